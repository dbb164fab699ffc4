"""Kill, starve and lock out `corpus ingest`, and check that the store never breaks.

    python benchmarks/fault_injection.py [--kills 100] [--seed 0] [INPUT ...]

1. A clean run over the inputs (default: data/seeds and the dev gold documents of ../shared, copied
   to one temporary folder so that every run sees the same paths) gives the reference tables.
2. SIGKILL: a run on a second store is killed at a random moment between its start and the clean
   run's duration (commits every 3 documents, and a JSON lines export of the inputs' texts stored
   in parts of 4, so kills land in extraction, in a commit, in the rename and inside a long file),
   while a concurrent `corpus report documents` reads the store at another random moment.
   After every kill: `corpus check` finds no damage, every table reads back, no doc_id is stored
   twice and every quote belongs to a stored document. Runs go on over the same store until one
   ends by itself; then its tables must equal the clean run's, and the store starts empty again.
3. A failing write: runs under RLIMIT_FSIZE limits (a write past the limit fails with EFBIG, as a
   full disk fails with ENOSPC) must exit with a message and no traceback, leave the last commit
   readable, and a later run must complete it to the clean tables.
4. A read-only store folder: the run is refused with one line and the store is left as it was.

Prints the counts; exits 1 when any check failed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_INPUTS = [ROOT / "data" / "seeds", *(SHARED / "eval" / "dev_docs" / lang for lang in ("ar", "id", "ru"))]
TABLES = ("documents", "segments", "quotes", "speakers", "dates", "figures", "places")
CONFIG = "commit_every: 3\npart_documents: 4\nshards: 4\n"


def corpus(*args: str, limit: int | None = None) -> subprocess.Popen:
    def starve() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return subprocess.Popen([sys.executable, "-m", "syria_corpus", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=starve)


def tables(store: Path) -> dict[str, str]:
    """sha256 of every table, read through the library as `corpus report` reads it."""
    from syria_corpus.output import records
    from syria_corpus.report import load

    out = {}
    for t in TABLES:
        rows = records(load(str(store), t))
        out[t] = hashlib.sha256("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
                                        for r in rows).encode()).hexdigest()
    return out


def sound(store: Path) -> str | None:
    """Why the store is not sound after a fault, or None."""
    from syria_corpus.report import load
    from syria_corpus.storecheck import check

    if not (store / "manifest.json").exists():
        return None   # killed before its first commit: nothing to read, nothing lost
    _, damage = check(str(store))
    if damage:
        return f"corpus check: {damage[0].what}: {damage[0].why}"
    docs = load(str(store), "documents")
    if docs["doc_id"].duplicated().any():
        return "a doc_id is stored twice"
    for t in TABLES[1:]:
        rows = load(str(store), t)
        if "doc_id" in rows.columns and not set(rows["doc_id"]) <= set(docs["doc_id"]):
            return f"{t} holds rows of a document that is not stored"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="faults-"))
    src = work / "in"
    src.mkdir()
    for p in args.inputs or DEFAULT_INPUTS:
        if p.is_dir():
            shutil.copytree(p, src / p.name)
        else:
            shutil.copy(p, src)
    # one long export too, so that kills also land inside a file stored in parts
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in sorted(src.rglob("*.txt"))]
    with open(src / "export.jsonl", "w", encoding="utf-8") as out:
        for i, t in enumerate(texts):
            out.write(json.dumps({"title": f"record {i}", "text": t}, ensure_ascii=False) + "\n")
    cfg = work / "cfg.yaml"
    cfg.write_text(CONFIG)
    run = ("ingest", str(src), "--config", str(cfg), "-q", "--store")
    failures: list[str] = []
    counts = dict(kills=0, ended_alone=0, concurrent_reads=0, completed_and_equal=0, fsize_runs=0,
                  fsize_failed_cleanly=0, readonly_refused=0)

    t0 = time.monotonic()
    clean = work / "clean"
    p = corpus(*run, str(clean))
    _, err = p.communicate()
    if p.returncode != 0:
        print(f"clean run failed: {err}", file=sys.stderr)
        return 1
    duration = time.monotonic() - t0
    reference = tables(clean)
    from syria_corpus.report import load
    n_docs = len(load(str(clean), "documents"))
    print(f"clean run: {n_docs} documents in {duration:.1f} s", file=sys.stderr)

    def finish(store: Path, why: str) -> None:
        p = corpus(*run, str(store))
        _, err = p.communicate()
        if p.returncode != 0:
            failures.append(f"{why}: completing run exited {p.returncode}: {err.strip()[-300:]}")
        elif tables(store) != reference:
            failures.append(f"{why}: tables differ from the clean run")
        else:
            counts["completed_and_equal"] += 1

    # SIGKILL at random moments, with a concurrent reader
    store = work / "killed"
    while counts["kills"] < args.kills:
        p = corpus(*run, str(store))
        kill_at, read_at = rng.uniform(0.3, duration), rng.uniform(0, duration)
        started, reader = time.monotonic(), None
        while p.poll() is None and time.monotonic() - started < kill_at:
            if reader is None and time.monotonic() - started >= read_at and (store / "manifest.json").exists():
                reader = corpus("report", "documents", "--format", "jsonl", "--store", str(store))
            time.sleep(0.01)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            p.wait()
            counts["kills"] += 1
        else:
            p.communicate()
            counts["ended_alone"] += 1
        if reader is not None:
            out, err = reader.communicate()
            ids = [json.loads(line)["doc_id"] for line in out.splitlines()]
            counts["concurrent_reads"] += 1
            if reader.returncode != 0 or len(ids) != len(set(ids)):
                failures.append(f"concurrent report: exit {reader.returncode}, {err.strip()[-200:]}")
        why = sound(store)
        if why:
            failures.append(f"after kill {counts['kills']}: {why}")
        if p.returncode == 0:   # this run ended by itself: compare, then start over from nothing
            finish(store, f"after kill {counts['kills']}")
            shutil.rmtree(store)
        if counts["kills"] % 10 == 0 and p.returncode != 0:
            print(f"{counts['kills']} kills, {len(failures)} failures", file=sys.stderr)
    if store.exists():
        finish(store, "after the last kill")

    # failing writes: every file the run writes is capped
    for limit in (2_000, 8_000, 32_000, 128_000, 512_000):
        store = work / f"fsize-{limit}"
        p = corpus(*run, str(store), limit=limit)
        _, err = p.communicate()
        counts["fsize_runs"] += 1
        if p.returncode != 0:
            if "Traceback" in err or not err.strip():
                failures.append(f"RLIMIT_FSIZE {limit}: exit {p.returncode} without one clear line: {err[-300:]}")
            else:
                counts["fsize_failed_cleanly"] += 1
        why = sound(store)
        if why:
            failures.append(f"RLIMIT_FSIZE {limit}: {why}")
        finish(store, f"RLIMIT_FSIZE {limit}")

    # a read-only store folder holding a partial commit
    if os.geteuid() == 0:
        print("read-only store: skipped, root writes into a read-only folder", file=sys.stderr)
    else:
        store = work / "readonly"
        p = corpus(*run, str(store))
        time.sleep(duration / 3)
        p.send_signal(signal.SIGKILL)
        p.wait()
        before = (store / "manifest.json").read_bytes() if (store / "manifest.json").exists() else None
        os.chmod(store, 0o555)
        p = corpus(*run, str(store))
        _, err = p.communicate()
        os.chmod(store, 0o755)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        after = (store / "manifest.json").read_bytes() if (store / "manifest.json").exists() else None
        if p.returncode != 0 and len(lines) == 1 and after == before:
            counts["readonly_refused"] += 1
        else:
            failures.append(f"read-only store: exit {p.returncode}, stderr {err.strip()[-300:]!r}")
        finish(store, "read-only store")

    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(dict(counts, failures=len(failures), documents=n_docs,
                          seconds=round(time.monotonic() - t0))))
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
