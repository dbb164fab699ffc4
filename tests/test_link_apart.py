"""Speaker linking in a process of its own on large stores (crossdoc.py, linkproc.py): the same
files, byte for byte, as linking in the ingest process; a failed child leaves the store as it was."""
import json
import subprocess
import sys

import pytest

from syria_corpus import crossdoc
from syria_corpus.store import Store

SEEDS = ["000_911c19a518a1b7a8.txt", "001_1b03c4f4f3f24ebf.txt", "004_afd6af9369accf98.txt"]


def _files(store) -> dict[str, bytes]:
    return {p.relative_to(store).as_posix(): p.read_bytes() for p in sorted(store.rglob("*"))
            if p.is_file() and p.name != "lock"}


def _config(tmp_path, quotes: int):
    path = tmp_path / f"apart{quotes}.yaml"
    path.write_text(f"link_apart_quotes: {quotes}\n", encoding="utf-8")
    return path


@pytest.fixture
def children(monkeypatch):
    """The linking processes started (the command lines)."""
    started: list[list[str]] = []
    real = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda cmd, *a, **k: started.append(cmd) or real(cmd, *a, **k))
    return started


def test_linking_apart_writes_the_files_of_linking_here(corpus, folder, tmp_path, children):
    src = folder(*SEEDS)
    here, apart = tmp_path / "here", tmp_path / "apart"
    assert corpus("ingest", src, "--config", _config(tmp_path, 0), store_dir=here).exit_code == 0
    assert children == []
    assert corpus("ingest", src, "--config", _config(tmp_path, 1), store_dir=apart).exit_code == 0
    assert children == [[sys.executable, "-m", "syria_corpus.linkproc"]]
    assert _files(apart) == _files(here)
    assert json.loads((apart / "manifest.json").read_text(encoding="utf-8"))["tables"]["speakers"]


def test_a_store_below_the_bound_links_here(corpus, folder, tmp_path, children):
    src = folder(*SEEDS)
    assert corpus("ingest", src, "--config", _config(tmp_path, 10**6)).exit_code == 0
    assert children == []


def test_the_quote_count_is_read_from_the_footers(corpus, folder, tmp_path):
    src = folder(*SEEDS)
    store = tmp_path / "s"
    assert corpus("ingest", src, store_dir=store).exit_code == 0
    rows = corpus("report", "quotes", "--format", "jsonl", "--store", store).stdout.splitlines()
    assert crossdoc.quote_count(Store(store).begin(16)) == len(rows) > 10


def test_a_failed_linking_process_is_one_line_and_the_store_keeps_its_commit(corpus, folder, tmp_path, monkeypatch):
    src = folder(*SEEDS[:2])
    store = tmp_path / "s"
    assert corpus("ingest", src, store_dir=store).exit_code == 0
    before = (store / "manifest.json").read_bytes()
    folder(SEEDS[2])
    monkeypatch.setattr(crossdoc, "child_command",
                        lambda: [sys.executable, "-c", "import sys; sys.exit('out of memory, say')"])
    res = corpus("ingest", src, "--config", _config(tmp_path, 1), store_dir=store)
    assert res.exit_code == 2
    assert res.stderr.splitlines()[-1] == \
        "corpus: error: speaker linking failed (the store keeps its previous commit): out of memory, say"
    assert (store / "manifest.json").read_bytes() == before   # nothing published (the new shard
    # files it wrote are named by no manifest: the next commit collects them)
    monkeypatch.undo()
    assert corpus("ingest", src, store_dir=store).exit_code == 0   # the next run does the work
    assert json.loads((store / "manifest.json").read_text(encoding="utf-8"))["sources"].keys() >= \
        {str((src / n).resolve()) for n in SEEDS}


def test_a_url_store_links_apart_too_and_a_memory_store_here(corpus, folder, tmp_path, children):
    src = folder(*SEEDS)
    here = tmp_path / "here"
    assert corpus("ingest", src, "--config", _config(tmp_path, 0), store_dir=here).exit_code == 0
    url = (tmp_path / "url").as_uri()
    assert corpus("ingest", src, "--config", _config(tmp_path, 1), store_dir=url).exit_code == 0
    assert len(children) == 1
    assert _files(tmp_path / "url") == _files(here)
    # fsspec's memory filesystem lives in this process: another process would find it empty
    assert corpus("ingest", src, "--config", _config(tmp_path, 1), store_dir="memory://apart-test").exit_code == 0
    assert len(children) == 1


def test_a_killed_linking_process_is_named_by_its_signal(corpus, folder, tmp_path, monkeypatch):
    src = folder(*SEEDS)
    monkeypatch.setattr(crossdoc, "child_command",
                        lambda: [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"])
    res = corpus("ingest", src, "--config", _config(tmp_path, 1))
    assert res.exit_code == 2
    assert res.stderr.splitlines()[-1] == \
        "corpus: error: speaker linking failed (the store keeps its previous commit): killed by signal 9"


def test_the_speakers_table_stays_one_shard_whatever_the_store_held(corpus, folder, tmp_path):
    """A speakers shard of another name (a store written by another tool) is dropped when the
    speakers are linked again, not read beside the new table (every speaker twice)."""
    store = tmp_path / "s"
    assert corpus("ingest", folder(SEEDS[0]), store_dir=store).exit_code == 0
    st = Store(store)
    with st.lock():
        commit = st.begin(16)
        commit.put("speakers", "000", commit.read("speakers", "all"))
        assert commit.finish(linked=True)
    assert set(Store(store).manifest()["tables"]["speakers"]) == {"000", "all"}
    assert corpus("ingest", folder(SEEDS[1]), store_dir=store).exit_code == 0
    assert set(Store(store).manifest()["tables"]["speakers"]) == {"all"}
    rows = corpus("report", "speakers", "--format", "jsonl", "--store", store).stdout.splitlines()
    names = [json.loads(r)["speaker"] for r in rows]
    assert len(names) == len(set(names)) > 0


@pytest.mark.parametrize("name,lists,offset,expected", [
    ("first_item_decides", [["v:x", "a"], ["a", "v:x"], ["v:x"]], 0, [True, False, True]),
    ("empty_and_null_lists", [[], None, ["v:x"]], 0, [False, False, True]),
    ("null_first_item", [[None, "v:x"]], 0, [False]),
    ("a_slice_of_an_array", [["v:x"], [], ["b"], ["v:x", "c"]], 1, [False, False, True]),
    ("no_lists", [], 0, []),
])
def test_first_is_reads_each_lists_first_item(name, lists, offset, expected):
    """Which stored search keys carry the current stamp, read in Arrow (arrays.first_is)."""
    import pyarrow as pa

    from syria_corpus.arrays import first_is
    arr = pa.array(lists, pa.list_(pa.string())).slice(offset)
    assert first_is(arr, "v:x") == expected
    assert first_is(pa.chunked_array([arr, arr], arr.type), "v:x") == expected * 2
