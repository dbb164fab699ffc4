"""Issue 9: the store on an fsspec URL (memory://, file://, s3://...) holds the same tables as a store
folder, read back byte for byte the same by `corpus report`; re-ingest, check, the lock, the Dask
engine and the errors of a URL that cannot be opened."""
import json
import sys
import time
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from syria_corpus import storefs
from syria_corpus.cli import cli
from syria_corpus.errors import StoreLocked
from syria_corpus.model import TABLES
from syria_corpus.store import Store

fsspec = pytest.importorskip("fsspec", reason="a store URL needs fsspec (the `dask` extra)")

SEEDS = Path(__file__).parent.parent / "data" / "seeds"
FORMATS = ("jsonl", "csv")
ARTICLE = 'Foreign Minister Sergei Lavrov said: "We will not stop." He added that 12 people were killed.\n'


def run(*args, store):
    return CliRunner().invoke(cli, [str(a) for a in args], env={"CORPUS_STORE": str(store)}, catch_exceptions=False)


def reports(store) -> dict[tuple[str, str], str]:
    """Every table `corpus report` prints, in every machine format, plus one speaker's quotes (the
    filter pushed into the reading of the shards' row groups)."""
    out = {}
    for table in TABLES:
        for fmt in FORMATS:
            res = run("report", table, "--format", fmt, store=store)
            assert res.exit_code == 0, res.stderr
            out[table, fmt] = res.stdout
    res = run("report", "--speaker", "Churkin", "--format", "jsonl", store=store)
    assert res.exit_code == 0, res.stderr
    out["speaker", "jsonl"] = res.stdout
    return out


def url_manifest(url: str) -> dict:
    fs, root = fsspec.core.url_to_fs(url)
    return json.loads(fs.cat_file(f"{root}/manifest.json"))


def url_files(url: str) -> dict[str, bytes]:
    fs, root = fsspec.core.url_to_fs(url)
    root = root.rstrip("/")
    return {p[len(root) + 1:]: fs.cat_file(p) for p in sorted(fs.find(root))}


@pytest.fixture
def memory_url():
    url = f"memory://corpus-test-{uuid.uuid4().hex[:8]}"
    yield url
    fs, root = fsspec.core.url_to_fs(url)
    if fs.exists(root):
        fs.rm(root, recursive=True)


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    """The seeds in a store folder: the tables and reports every URL store must equal."""
    store = tmp_path_factory.mktemp("local") / "store"
    res = run("ingest", SEEDS, store=store)
    assert res.exit_code == 0, res.stderr
    assert "5 documents read from 5 files" in res.stderr
    return store, reports(store)


def local_files(store: Path) -> dict[str, bytes]:
    return {p.relative_to(store).as_posix(): p.read_bytes() for p in sorted(store.rglob("*")) if p.is_file()
            and p.name != "lock"}


def test_a_memory_store_holds_the_local_tables(local, memory_url):
    store, expected = local
    res = run("ingest", SEEDS, store=memory_url)
    assert res.exit_code == 0, res.stderr
    assert "5 documents read from 5 files, 0 unchanged files skipped, 0 failed" in res.stderr
    assert url_manifest(memory_url) == json.loads((store / "manifest.json").read_text())
    assert url_files(memory_url) == local_files(store)   # same shard names and bytes; no lock left behind
    got = reports(memory_url)
    assert got == expected
    assert expected["quotes", "jsonl"].count("\n") > 10 and expected["speaker", "jsonl"]
    res = run("ingest", SEEDS, store=memory_url)   # unchanged files are skipped, nothing is rewritten
    assert "0 documents read from 0 files, 5 unchanged files skipped, 0 failed" in res.stderr
    assert url_files(memory_url) == local_files(store)


def test_a_file_url_store_is_the_same_folder_as_a_path(local, tmp_path):
    store, expected = local
    url = (tmp_path / "url-store").as_uri()
    assert url.startswith("file:///")
    res = run("ingest", SEEDS, store=url)
    assert res.exit_code == 0, res.stderr
    assert local_files(tmp_path / "url-store") == local_files(store)
    assert reports(url) == expected
    res = run("ingest", SEEDS, store=url)
    assert "0 documents read from 0 files, 5 unchanged files skipped, 0 failed" in res.stderr
    for cmd in ("check", "repair"):   # every command takes the URL
        res = run(cmd, store=url)
        assert res.exit_code == 0, res.stderr
    # (how many shards the seeds fill depends on their paths, which name the source files)
    shards = sum(len(files) for files in json.loads((store / "manifest.json").read_text())["tables"].values())
    assert run("check", store=store).stderr == run("check", store=url).stderr == f"{shards} shards read, 0 damaged\n"
    html = tmp_path / "r.html"
    assert run("report", "html", "-o", html, store=url).exit_code == 0 and html.stat().st_size > 1000


def test_a_store_folder_inside_the_input_is_not_read_as_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    url = (src / "store").as_uri()
    assert run("ingest", src, store=url).exit_code == 0
    res = run("ingest", src, store=url)   # manifest.json in the store is not an input file
    assert "0 documents read from 0 files, 1 unchanged files skipped, 0 failed" in res.stderr


def test_check_finds_a_damaged_shard_on_a_url_and_repair_drops_it(memory_url, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(ARTICLE.replace("12", str(12 + i)))
    assert run("ingest", src, store=memory_url).exit_code == 0
    res = run("check", store=memory_url)
    assert res.exit_code == 0 and res.stdout == ""
    rel = sorted(url_manifest(memory_url)["tables"]["figures"].values())[0]
    fs, root = fsspec.core.url_to_fs(memory_url)
    fs.pipe_file(f"{root}/{rel}", fs.cat_file(f"{root}/{rel}")[:50])
    res = run("report", "figures", store=memory_url)
    assert res.exit_code == 2 and len(res.stderr.splitlines()) == 1
    assert res.stderr.startswith(f"corpus: error: store {memory_url}: damaged shard {rel}: ")
    res = run("check", store=memory_url)
    assert res.exit_code == 1 and res.stdout.startswith(f"damaged: {rel}: ") and len(res.stdout.splitlines()) == 1
    assert run("repair", store=memory_url).exit_code == 0
    assert run("check", store=memory_url).exit_code == 0
    assert rel.split("/")[1] not in {p.rsplit("/", 1)[1] for p in fs.find(root)}   # collected
    assert run("ingest", src, store=memory_url).exit_code == 0
    values = run("report", "figures", "--format", "csv", "--columns", "value", store=memory_url).stdout.split()[1:]
    assert sorted(values) == ["12", "13", "14"]


def test_a_changed_file_replaces_its_shards_and_the_old_files_are_removed(memory_url, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    assert run("ingest", src, store=memory_url).exit_code == 0
    before = set(url_files(memory_url))
    (src / "a.txt").write_text(ARTICLE.replace("12", "40"))
    assert run("ingest", src, store=memory_url).exit_code == 0
    after = url_files(memory_url)
    named = {rel for files in url_manifest(memory_url)["tables"].values() for rel in files.values()}
    assert set(after) == named | {"manifest.json"} and set(after) != before
    assert run("report", "figures", "--format", "csv", "--columns", "value", store=memory_url).stdout == "value\n40\n"


def test_a_second_writer_on_a_url_is_refused(memory_url, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    with Store(memory_url).lock():
        with pytest.raises(StoreLocked, match="being written by another `corpus ingest`"), Store(memory_url).lock():
            pass
        res = run("ingest", src, store=memory_url)
        assert res.exit_code == 2 and res.stderr.startswith(f"corpus: error: store {memory_url} is being written")
    assert run("ingest", src, store=memory_url).exit_code == 0   # released at the end of the first


@pytest.mark.parametrize("lock", [
    {"token": "x", "host": "elsewhere", "pid": 1, "time": 0},                  # not renewed for a lease
    {"token": "x", "host": "HOST", "pid": 2 ** 22 + 17, "time": "NOW"},         # its process is gone
    "",                                                                         # a write cut short
])
def test_a_stale_lock_is_taken_over(memory_url, lock):
    import socket

    fs, root = fsspec.core.url_to_fs(memory_url)
    if isinstance(lock, dict):
        lock = json.dumps(dict(lock, host=lock["host"].replace("HOST", socket.gethostname()),
                               time=time.time() if lock["time"] == "NOW" else lock["time"]))
    fs.pipe_file(f"{root}/lock", lock.encode())
    with Store(memory_url).lock():
        assert json.loads(fs.cat_file(f"{root}/lock"))["token"] != "x"
    assert not fs.exists(f"{root}/lock")


def test_a_live_lock_elsewhere_is_not_taken_over(memory_url):
    fs, root = fsspec.core.url_to_fs(memory_url)
    fs.pipe_file(f"{root}/lock", json.dumps({"token": "x", "host": "elsewhere", "pid": 1,
                                             "time": time.time()}).encode())
    with pytest.raises(StoreLocked, match=r"\(pid 1 on elsewhere\)"), Store(memory_url).lock():
        pass


def test_a_writer_whose_lock_was_taken_over_does_not_commit(memory_url):
    store = Store(memory_url)
    fs, root = fsspec.core.url_to_fs(memory_url)
    with store.lock(), pytest.raises(StoreLocked, match="lock was taken over"):
        fs.pipe_file(f"{root}/lock", json.dumps({"token": "other", "time": time.time()}).encode())
        store.publish({"format": 1, "tables": {}, "sources": {}})
    assert not fs.exists(f"{root}/manifest.json")


def test_the_dask_engine_writes_the_same_tables_to_a_url(local, memory_url):
    distributed = pytest.importorskip("distributed", reason="the Dask engine needs the `dask` extra")
    store, expected = local
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        res = run("ingest", SEEDS, "--engine", "dask", "--scheduler", cluster.scheduler_address, store=memory_url)
    assert res.exit_code == 0, res.stderr
    assert "5 documents read from 5 files" in res.stderr
    assert url_files(memory_url) == local_files(store)
    assert reports(memory_url) == expected


def test_an_unknown_protocol_is_one_line(tmp_path):
    res = run("report", "quotes", store="nosuchfs://bucket/corpus")
    assert res.exit_code == 2
    assert res.stderr == "corpus: error: --store nosuchfs://bucket/corpus: fsspec knows no protocol 'nosuchfs'\n"


def test_a_missing_backend_is_one_line(monkeypatch):
    def no_backend(url, **kw):
        raise ImportError("Install s3fs to access S3")
    monkeypatch.setattr(fsspec.core, "url_to_fs", no_backend)
    res = run("report", "quotes", store="s3://bucket/corpus")
    assert res.exit_code == 2
    assert res.stderr == ("corpus: error: --store s3://bucket/corpus needs the fsspec backend of 's3': "
                          "Install s3fs to access S3\n")


def test_a_url_without_fsspec_is_one_line(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "fsspec", None)   # import fsspec raises ImportError
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    for args in (("report", "quotes"), ("ingest", src), ("check",)):
        res = run(*args, store="s3://bucket/corpus")
        assert res.exit_code == 2
        assert res.stderr == 'corpus: error: --store s3://bucket/corpus needs fsspec: pip install "syria-corpus[dask]"\n'


def test_a_plain_path_is_a_local_folder_store(tmp_path):
    assert isinstance(Store(tmp_path / "s").fs, storefs.LocalFS)
    assert isinstance(Store(str(tmp_path / "s")).fs, storefs.LocalFS)
    assert isinstance(Store("memory://x").fs, storefs.UrlFS)
    assert isinstance(Store("rel/folder").fs, storefs.LocalFS)


def test_a_shard_cut_short_by_a_crash_is_written_again(memory_url):
    """A crash during a shard's upload leaves a file of its (content-derived) name but not its size,
    named by no manifest; the next run writes it whole instead of trusting the name."""
    done = f"{memory_url}-done"
    assert run("ingest", SEEDS, store=done).exit_code == 0
    want = url_files(done)
    rel = sorted(url_manifest(done)["tables"]["quotes"].values())[0]
    fs, root = fsspec.core.url_to_fs(memory_url)
    fs.pipe_file(f"{root}/{rel}", want[rel][:100])
    assert run("ingest", SEEDS, store=memory_url).exit_code == 0
    assert url_files(memory_url) == want
    fs.rm(fsspec.core.url_to_fs(done)[1], recursive=True)


def test_a_speaker_query_on_a_url_reads_only_the_row_groups_that_can_hold_it(memory_url, monkeypatch):
    """Store.read_where reads the Parquet footers through fsspec and decodes the matching groups only."""
    from syria_corpus import store as store_mod

    monkeypatch.setattr(store_mod, "CLUSTER_ROWS", 2)   # many small row groups in each quotes shard
    assert run("ingest", SEEDS, store=memory_url).exit_code == 0
    store = Store(memory_url)
    read, real = [], store_mod._read

    def counting(pf, columns, groups):
        read.append(pf.metadata.num_row_groups if groups is None else len(groups))
        return real(pf, columns, groups)
    monkeypatch.setattr(store_mod, "_read", counting)
    who = ["Vitaly Churkin"]
    got = store.read_where("quotes", {"speaker": who}, ["speaker", "text"])
    decoded = sum(read)
    groups = sum(store._metadata(rel).num_row_groups for rel in url_manifest(memory_url)["tables"]["quotes"].values())
    everything = store.read_arrow("quotes", ["speaker", "text"])
    assert got.num_rows > 0 and got.to_pylist() == [r for r in everything.to_pylist() if r["speaker"] in who]
    assert 0 < decoded < groups


def test_a_shard_gone_from_a_url_is_one_line_naming_it(memory_url, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    assert run("ingest", src, store=memory_url).exit_code == 0
    rel = sorted(url_manifest(memory_url)["tables"]["quotes"].values())[0]
    fs, root = fsspec.core.url_to_fs(memory_url)
    fs.rm_file(f"{root}/{rel}")
    res = run("report", "quotes", store=memory_url)
    assert res.exit_code == 2 and res.stderr == f"corpus: error: No such file or directory: {memory_url}/{rel}\n"
    res = run("check", store=memory_url)
    assert res.exit_code == 1 and res.stdout == f"damaged: {rel}: missing\n"
