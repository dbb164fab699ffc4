"""Reports on a store of a million quotes: `--speaker`, `figures --category killed`, `speakers`.

    python benchmarks/million_quotes.py --from STORE [--quotes 1000000] [--runs 3] [--keep DIR]

A real ingest of a million quotes takes hours here, so the store is grown from a real one (e.g.
SaudiNewsNet July, 50,000 quotes): every per-file table is copied k times, each copy with its own
`doc_id`, `path` and `file` (a year of the same newspaper). The same people keep speaking, so the
speakers met in several documents keep their names (their counts grow k times); the long tail of
speakers met in one document only is renamed in every copy ("Name ~k"), so the speakers table grows
as a real corpus's does. The shards are written through the store's own code (16 shards, content-
named files, one manifest), so `corpus report` reads it like any store.

Each command runs `--runs` times through the CLI (`python -m syria_corpus`, a fresh process each,
output to /dev/null); the script prints the median wall time and the CPU time of each, the store's
row counts, and the machine's cores and load.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from syria_corpus.config import code_and_data_digest
from syria_corpus.model import PER_FILE_TABLES, schema
from syria_corpus.report import load
from syria_corpus.speakers.query import search_keys
from syria_corpus.store import FORMAT, Store, shard_of


def grow(src: str, dst: Path, quotes: int, shards: int = 16) -> dict[str, int]:
    store = Store(src)
    n_quotes = store.read_arrow("quotes", ["doc_id"]).num_rows
    k = max(1, -(-quotes // max(n_quotes, 1)))
    speakers = load(src, "speakers")
    tail = set(speakers.loc[speakers["n_docs"] == 1, "speaker"])
    dst.mkdir(parents=True, exist_ok=True)
    out = Store(dst)
    out.init()
    tables: dict[str, dict[str, str]] = {}
    counts = {}
    for table in PER_FILE_TABLES:
        base = store.read_arrow(table)
        copies = []
        for i in range(k):
            t = base
            if i:
                suffix = f"~{i}"
                for col in ("doc_id", "path", "file"):
                    if col in t.column_names:
                        t = t.set_column(t.schema.get_field_index(col), col,
                                         pc.binary_join_element_wise(t[col], suffix, ""))
                if "speaker" in t.column_names:
                    renamed = [f"{s} ~{i}" if s in tail else s for s in t["speaker"].to_pylist()]
                    t = t.set_column(t.schema.get_field_index("speaker"), "speaker", pa.array(renamed, pa.string()))
            copies.append(t)
        whole = pa.concat_tables(copies)
        counts[table] = whole.num_rows
        files = whole["file"].to_pylist()
        shard_ids = {f: shard_of(f, shards) for f in set(files)}
        ids = pa.array([shard_ids[f] for f in files], pa.int32())
        files_of: dict[str, str] = {}
        for s in range(shards):
            part = whole.filter(pc.equal(ids, s))
            part = part.take(pc.sort_indices(part, sort_keys=[("file", "ascending")]))
            out.write_shard(table, f"{s:03d}", part.cast(schema(table)), files_of)
        tables[table] = files_of
    # speakers: the table of the grown quotes
    q = pa.concat_tables([out.read_shard("quotes", rel, ["speaker", "doc_id", "lang"])
                          for rel in tables["quotes"].values()]).to_pandas()
    q = q[q["speaker"].notna()]
    by = {r.speaker: r for r in speakers.itertuples(index=False)}
    rows = []
    stats = q.groupby("speaker").agg(n_quotes=("doc_id", "size"), n_docs=("doc_id", "nunique"),
                                     langs=("lang", lambda s: sorted(set(s))))
    for name, st in stats.iterrows():
        orig = by.get(name.rsplit(" ~", 1)[0] if name not in by else name)
        rows.append(dict(speaker=name, aliases=list(orig.aliases) if orig is not None else [],
                         n_quotes=int(st.n_quotes), n_docs=int(st.n_docs), langs=list(st.langs),
                         speaker_type=orig.speaker_type if orig is not None and isinstance(orig.speaker_type, str)
                         else None,   # (a speaker of no known type is NA in the loaded frame)
                         roles=list(orig.roles) if orig is not None else []))
    rows.sort(key=lambda r: (-r["n_quotes"], r["speaker"]))
    # the search keys the ingest's speaker pass stores with the table (crossdoc._search_keys)
    import pandas as pd
    stamp = "v:" + code_and_data_digest()[:16]
    for r, keys in zip(rows, search_keys(pd.DataFrame(rows))):
        r["keys"] = [stamp, *keys]
    sp: dict[str, str] = {}
    out.write_shard("speakers", "all", pa.Table.from_pylist(rows, schema=schema("speakers")), sp)
    tables["speakers"] = sp
    counts["speakers"] = len(rows)
    sources = defaultdict(dict)
    out.publish({"format": FORMAT, "shards": shards, "tables": tables, "sources": dict(sources)})
    counts["copies"] = k
    return counts


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        before = os.times()
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - t0)
        after = os.times()
        cpus.append(after.children_user - before.children_user + after.children_system - before.children_system)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="src", required=True, help="a real store to grow from")
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build the store here and keep it (default: a temporary folder)")
    ap.add_argument("--speaker", default=None, help="the speaker to query (default: the most quoted person)")
    args = ap.parse_args()
    dst = args.keep or Path(tempfile.mkdtemp(prefix="million-")) / "store"
    if not (dst / "manifest.json").exists():
        t0 = time.perf_counter()
        counts = grow(args.src, dst, args.quotes)
        print(f"built {dst} in {time.perf_counter() - t0:.0f} s: " + json.dumps(counts), file=sys.stderr)
    top = load(str(dst), "speakers")
    who = args.speaker or top.loc[top["speaker_type"] == "person", "speaker"].iloc[0]
    n = {t: Store(dst).read_arrow(t, ["doc_id"] if t != "speakers" else ["speaker"]).num_rows
         for t in ("documents", "quotes", "figures", "speakers")}
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; store: " +
          ", ".join(f"{v:,} {t}" for t, v in n.items()))
    corpus = [sys.executable, "-m", "syria_corpus"]
    commands = {
        f"report --speaker {who!r}": [*corpus, "report", "quotes", "--speaker", who],
        "report figures --category killed": [*corpus, "report", "figures", "--category", "killed"],
        "report speakers": [*corpus, "report", "speakers"],
        "report speakers --limit 20": [*corpus, "report", "speakers", "--limit", "20"],
    }
    print(f"{'command':44} {'wall s':>7} {'cpu s':>7}")
    for name, cmd in commands.items():
        wall, cpu = timed([*cmd, "--store", str(dst), "--format", "csv"], args.runs)
        print(f"{name:44} {wall:7.2f} {cpu:7.2f}")
    if not args.keep:
        shutil.rmtree(dst.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
