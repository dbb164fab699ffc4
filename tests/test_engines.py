"""Every engine writes the same tables, byte for byte: one process, two worker processes, a Dask
cluster; and a run cut short then re-ingested ends with the tables of one clean run."""
import json
import shutil
from pathlib import Path

import pytest

from syria_corpus import ingest as ingest_mod

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).parent.parent / "data" / "seeds"
READABLE = ["records.json", "records.jsonl", "records.tsv", "semicolon.csv", "article.html", "article.json.gz",
            "ar_cp1256.txt", "en_cp1252.txt", "en_report.json", "en_utf16_bom.txt", "en_utf8_bom_crlf.txt"]


def parquet(store: Path) -> dict[str, bytes]:
    return {p.relative_to(store).as_posix(): p.read_bytes() for p in sorted(store.rglob("*.parquet"))}


def tables(store: Path) -> tuple[dict, dict[str, bytes]]:
    man = json.loads((store / "manifest.json").read_text())
    return man, parquet(store)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """More than 8 files (so --jobs 2 really starts workers), four languages, the seeds' speakers
    who recur across documents (so linking spans documents processed by different workers), and
    one file of 50 records (several Dask tasks, documents of one file on several workers)."""
    d = tmp_path_factory.mktemp("inputs") / "in"
    d.mkdir()
    for p in SEEDS.iterdir():
        shutil.copy(p, d / p.name)
    for n in READABLE:
        shutil.copy(FIXTURES / n, d / n)
    seeds = [p.read_text(encoding="utf-8-sig") for p in sorted(SEEDS.iterdir())]
    with open(d / "many.jsonl", "w", encoding="utf-8") as f:
        for i in range(50):
            f.write(json.dumps({"title": f"Report {i}", "date": "2017-04-05",
                                "text": seeds[i % len(seeds)] if i % 3 == 0 else
                                f"The ministry said on Monday that {i + 2} people were killed in the shelling. "
                                f'"We will respond," Sergei Lavrov told reporters in Moscow.'},
                               ensure_ascii=False) + "\n")
    return d


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory):
    """The local engine in one process: the tables every other engine must write."""
    store = tmp_path_factory.mktemp("ref") / "store"
    s = ingest_mod.ingest([str(inputs)], str(store), _settings(), jobs=1)
    assert not s.failed and s.documents > 60
    return tables(store)


def _settings() -> dict:
    from syria_corpus.config import load_settings
    return load_settings()


def test_two_worker_processes_write_the_same_tables(inputs, reference, tmp_path, monkeypatch):
    started = []
    real = ingest_mod.start_workers
    monkeypatch.setattr(ingest_mod, "start_workers", lambda *a, **k: started.append(a[1]) or real(*a, **k))
    ingest_mod.ingest([str(inputs)], str(tmp_path / "store"), _settings(), jobs=2)
    assert started == [2]   # the small-input shortcut did not fall back to one process
    assert tables(tmp_path / "store") == reference


def test_an_interrupted_run_completed_equals_one_clean_run(inputs, reference, tmp_path, monkeypatch):
    """Cut the run after its first intermediate commit (as Ctrl-C would), then run it again."""
    settings = dict(_settings(), commit_every=5)
    store = tmp_path / "store"
    man = _cut_run(inputs, store, settings, monkeypatch, lambda calls, pending: len(calls) == 2)
    assert man.get("linked") is False and 0 < len(man["sources"]) < 17
    summary = ingest_mod.ingest([str(inputs)], str(store), settings, jobs=1)
    assert summary.unchanged == len(man["sources"])
    assert tables(store) == reference


def _cut_run(inputs, store, settings, monkeypatch, stop) -> dict:
    """Run an ingest and interrupt it (as Ctrl-C would) right after the commit for which
    `stop(commits so far, its pending updates)` holds; the manifest it left."""
    real = ingest_mod._commit
    calls = []

    def cut(store, pending, settings, final=True):
        real(store, pending, settings, final)
        calls.append(final)
        if stop(calls, pending):
            raise KeyboardInterrupt

    monkeypatch.setattr(ingest_mod, "_commit", cut)
    with pytest.raises(KeyboardInterrupt):
        ingest_mod.ingest([str(inputs)], str(store), settings, jobs=1)
    monkeypatch.setattr(ingest_mod, "_commit", real)
    return json.loads((store / "manifest.json").read_text())


def test_dask_engine_writes_the_same_tables(inputs, reference, tmp_path):
    """A LocalCluster of two in-process workers, reached by its address as a real cluster would be."""
    distributed = pytest.importorskip("distributed", reason="the Dask engine needs the `dask` extra")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = ingest_mod.ingest([str(inputs)], str(tmp_path / "store"), _settings(), engine="dask",
                                    scheduler=cluster.scheduler_address)
        with distributed.Client(cluster) as client:
            workers = client.scheduler_info()["workers"]
    assert len(workers) == 2 and summary.documents > 60
    assert tables(tmp_path / "store") == reference


def test_dask_engine_through_the_cli(corpus, inputs, reference, monkeypatch):
    """`corpus ingest --engine dask` without --scheduler starts (and stops) its own LocalCluster
    (of threads here: worker processes would each load the language data again, a minute on CI)."""
    pytest.importorskip("distributed", reason="the Dask engine needs the `dask` extra")
    from syria_corpus import engines
    monkeypatch.setattr(engines, "LOCAL_CLUSTER_PROCESSES", False)
    res = corpus("ingest", inputs, "--engine", "dask", "--jobs", "2")
    assert res.exit_code == 0, res.stderr
    assert tables(corpus.store) == reference


def test_scheduler_needs_the_dask_engine(corpus, inputs):
    res = corpus("ingest", inputs, "--scheduler", "tcp://127.0.0.1:8786")
    assert res.exit_code == 2 and "--scheduler applies to --engine dask" in res.stderr


def test_the_speaker_pass_rewrites_only_shards_whose_speakers_change(inputs, reference, tmp_path, monkeypatch):
    """A run that finds the store unlinked (killed before its final commit) relinks it; with no
    file changed, no quote or figure shard is serialized again, and the tables stay the same."""
    from syria_corpus.store import Store

    store = tmp_path / "store"
    shutil.copytree(_store_of(reference, inputs, tmp_path), store)
    man = json.loads((store / "manifest.json").read_text())
    man["linked"] = False
    (store / "manifest.json").write_text(json.dumps(man))
    written = []
    real = Store.write_shard
    monkeypatch.setattr(Store, "write_shard", lambda self, table, sid, data, files:
                        written.append(table) or real(self, table, sid, data, files))
    summary = ingest_mod.ingest([str(inputs)], str(store), _settings(), jobs=1)
    assert summary.unchanged == summary.files and summary.documents == 0
    assert written == ["speakers"]
    assert tables(store) == reference


def _store_of(reference, inputs, tmp_path) -> Path:
    """A store holding the reference tables (ingested again: the fixture keeps only its bytes)."""
    st = tmp_path / "ref-copy"
    ingest_mod.ingest([str(inputs)], str(st), _settings(), jobs=1)
    assert tables(st) == reference
    return st


# -- long files in parts --------------------------------------------------------------------------

def _parted(**extra) -> dict:
    return dict(_settings(), part_documents=20, **extra)


@pytest.fixture(scope="module")
def parted_reference(inputs, tmp_path_factory):
    """One clean run storing many.jsonl (50 records) in parts of 20 documents."""
    store = tmp_path_factory.mktemp("parted") / "store"
    ingest_mod.ingest([str(inputs)], str(store), _parted(), jobs=1)
    return tables(store)


def test_a_long_file_is_stored_in_parts(parted_reference, inputs):
    man, _ = parted_reference
    key = str((inputs / "many.jsonl").resolve())
    parts = {k: m for k, m in man["sources"].items() if m.get("file") == key}
    assert [(m["part"], m["parts"], m["n_docs"]) for m in parts.values()] == [(1, 3, 20), (2, 3, 20), (3, 3, 10)]
    assert key not in man["sources"]
    assert all(k.startswith(key + "#part") for k in parts)
    # files of fewer documents stay one entry each
    assert sum(1 for m in man["sources"].values() if "file" not in m) == len(man["sources"]) - 3


def test_a_run_killed_inside_a_long_file_keeps_its_finished_parts(inputs, parted_reference, tmp_path, monkeypatch):
    """Cut the run at its first intermediate commit, which falls inside many.jsonl; the rerun
    processes only the parts not yet stored and ends with the tables of one clean run."""
    settings = _parted(commit_every=20)
    store = tmp_path / "store"
    man = _cut_run(inputs, store, settings, monkeypatch,
                   lambda calls, pending: any("#part" in u.key for u in pending))
    stored = [m["part"] for m in man["sources"].values() if "part" in m]
    assert 0 < len(stored) < 3
    summary = ingest_mod.ingest([str(inputs)], str(store), settings, jobs=1)
    total = sum(m["n_docs"] for m in parted_reference[0]["sources"].values())
    assert summary.documents == total - sum(m["n_docs"] for m in man["sources"].values())
    assert tables(store) == parted_reference


def test_a_new_part_size_replaces_the_old_parts(inputs, reference, parted_reference, tmp_path):
    """Parts of 20, then the default size (one entry): no document stored twice, the tables of a
    clean run with the default; and back."""
    store = tmp_path / "store"
    ingest_mod.ingest([str(inputs)], str(store), _parted(), jobs=1)
    summary = ingest_mod.ingest([str(inputs)], str(store), _settings(), jobs=1)
    assert summary.documents == 50 and summary.unchanged == summary.files - 1
    assert tables(store) == reference
    ingest_mod.ingest([str(inputs)], str(store), _parted(), jobs=1)
    assert tables(store) == parted_reference


def test_a_changed_long_file_and_a_pruned_one(inputs, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(inputs, src)
    store = tmp_path / "store"
    ingest_mod.ingest([str(src)], str(store), _parted(), jobs=1)
    with open(src / "many.jsonl", "a", encoding="utf-8") as f:   # 50 -> 61 records: parts 20, 20, 20, 1
        for i in range(11):
            f.write(json.dumps({"text": f"Officials said {i + 3} people were wounded."}) + "\n")
    ingest_mod.ingest([str(src)], str(store), _parted(), jobs=1)
    clean = tmp_path / "clean"
    ingest_mod.ingest([str(src)], str(clean), _parted(), jobs=1)
    assert tables(store) == tables(clean)
    (src / "many.jsonl").unlink()
    summary = ingest_mod.ingest([str(src)], str(store), _parted(), jobs=1, prune=True)
    man = json.loads((store / "manifest.json").read_text())
    assert summary.removed == 1 and not any("part" in m for m in man["sources"].values())


def test_search_keys_are_computed_for_new_and_changed_speakers_only(inputs, tmp_path, monkeypatch):
    from syria_corpus.report import speakers_matching
    from syria_corpus.speakers import query
    from syria_corpus.store import Store

    src = tmp_path / "in"
    shutil.copytree(inputs, src)
    store = tmp_path / "store"
    ingest_mod.ingest([str(src)], str(store), _settings(), jobs=1)
    before = Store(store).read_arrow("speakers", ["speaker", "aliases", "keys"]).to_pylist()
    assert before and all(r["keys"][0].startswith("v:") for r in before)
    computed = []
    real = query.search_keys
    monkeypatch.setattr(query, "search_keys", lambda df: computed.extend(df["speaker"]) or real(df))
    (src / "new.txt").write_text('"We will hold the line," Defence Minister Petro Ivanenko told reporters '
                                 'in Kyiv on Monday.\n', encoding="utf-8")
    ingest_mod.ingest([str(src)], str(store), _settings(), jobs=1)
    after = Store(store).read_arrow("speakers", ["speaker", "aliases", "keys"]).to_pylist()
    old = {(r["speaker"], tuple(r["aliases"])) for r in before}
    assert sorted(computed) == sorted(r["speaker"] for r in after if (r["speaker"], tuple(r["aliases"])) not in old)
    assert "Petro Ivanenko" in computed and len(computed) < len(after) / 2
    assert speakers_matching(str(store), "Lavrov") == ["Sergei Lavrov"]
    assert speakers_matching(str(store), "Ivanenko") == ["Petro Ivanenko"]


def test_search_keys_of_other_code_are_not_trusted(inputs, tmp_path, monkeypatch):
    """After an upgrade and before the next ingest the stored keys may be stale: a full search."""
    from syria_corpus import config, report
    from syria_corpus.speakers import query

    store = tmp_path / "store"
    ingest_mod.ingest([str(inputs)], str(store), _settings(), jobs=1)
    looked = []
    real = query._candidates
    monkeypatch.setattr(query, "_candidates", lambda *a: looked.append(1) or real(*a))
    assert report.speakers_matching(str(store), "Lavrov") == ["Sergei Lavrov"] and looked == [1]
    monkeypatch.setattr(report, "code_and_data_digest", lambda: "another version")
    assert report.speakers_matching(str(store), "Lavrov") == ["Sergei Lavrov"] and looked == [1]
    assert config.code_and_data_digest() != "another version"


def test_a_failed_part_of_a_new_layout_stores_no_document_twice(inputs, tmp_path, monkeypatch):
    """Parts of 20, then of 25 with a document of the new first part failing: the old entries still
    go (with the next part), so no document is stored twice."""
    import syria_corpus.pipeline as pipeline
    from syria_corpus.report import load

    store = tmp_path / "store"
    ingest_mod.ingest([str(inputs)], str(store), _parted(), jobs=1)
    real = pipeline.process
    monkeypatch.setattr(pipeline, "process", lambda raw, settings: 1 / 0 if raw.path.endswith("many.jsonl#3")
                        else real(raw, settings))
    summary = ingest_mod.ingest([str(inputs)], str(store), dict(_settings(), part_documents=25), jobs=1)
    assert [p for p, _ in summary.failed] == [str(inputs / "many.jsonl")]
    docs = load(str(store), "documents")
    assert not docs["doc_id"].duplicated().any()
    man = json.loads((store / "manifest.json").read_text())
    parts = sorted((m["part"], m["part_size"]) for m in man["sources"].values() if "part" in m)
    assert parts == [(2, 25)]


def test_more_local_jobs_than_cores_start_one_worker_per_core(inputs, tmp_path, monkeypatch):
    # `--jobs 64` on 2 cores took 5 GB: local workers beyond the cores only add memory
    started = []

    def fake_workers(engine, jobs, settings, scheduler):
        started.append(jobs)
        raise KeyboardInterrupt   # enough: the pool's size is what this test asks about

    monkeypatch.setattr(ingest_mod.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(ingest_mod, "start_workers", fake_workers)
    with pytest.raises(KeyboardInterrupt):
        ingest_mod.ingest([str(inputs)], str(tmp_path / "store"), _settings(), jobs=64)
    assert started == [2]


@pytest.mark.parametrize("texts,warmed", [
    (["وقال المتحدث إن القصف استمر.", "أعلنت الوزارة مقتل 12 شخصا."], ["ar"]),
    (["وقال المتحدث إن القصف استمر.", "Лавров заявил, что переговоры продолжатся в Женеве на этой неделе."],
     ["ar", "ru"]),
    (None, ["en", "ar", "id", "ru"]),   # no sample: every language with data
])
def test_the_warm_up_loads_the_languages_of_the_first_documents(texts, warmed, monkeypatch):
    from syria_corpus import engines
    from syria_corpus.readers import RawDoc

    done = []
    monkeypatch.setattr(engines, "process", lambda raw, settings: done.append(raw.path))
    sample = [RawDoc(path=f"d{i}", text=t) for i, t in enumerate(texts)] if texts else None
    engines.warm_up(_settings(), sample)
    assert done == [f"<warm-up {lang}>" for lang in warmed]


def test_a_document_the_detector_chokes_on_only_goes_unwarmed(monkeypatch):
    from syria_corpus import engines, language
    from syria_corpus.readers import RawDoc

    done = []
    monkeypatch.setattr(engines, "process", lambda raw, settings: done.append(raw.path))
    real = language.detect
    monkeypatch.setattr(language, "detect", lambda text, s: (_ for _ in ()).throw(RecursionError("deep"))
                        if text == "bad" else real(text, s))
    engines.warm_up(_settings(), [RawDoc(path="a", text="bad"), RawDoc(path="b", text="وقال المتحدث إن القصف استمر.")])
    assert done == ["<warm-up ar>"]


def test_the_thread_watching_the_workers_wakes_on_their_exits_not_on_each_result(monkeypatch):
    """multiprocessing's Pool also wakes it whenever a result waits in the pipe, and it then spins
    until the result thread has read it: CPU taken from the workers. Here it wakes a few times in
    all (start, close, the end), not once or more per result."""
    from syria_corpus import engines
    from syria_corpus.readers import RawDoc

    woken = []
    wait = engines._Pool._wait_for_updates
    monkeypatch.setattr(engines._Pool, "_wait_for_updates", staticmethod(lambda *a, **k: woken.append(1) or wait(*a, **k)))
    monkeypatch.setattr(engines, "warm_up", lambda settings, docs: None)
    docs = [RawDoc(path=f"d{i}", text=f"The ministry said that {i} people were killed.") for i in range(200)]
    with engines.LocalWorkers(2, _settings()) as pool:
        rows = list(pool.imap(iter(docs)))
    assert [r["documents"][0]["path"] for r in rows] == [d.path for d in docs]
    assert len(woken) < 10

