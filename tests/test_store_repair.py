"""Issue 10, item 7: a damaged store is reported in one line, checked, repaired; manifest paths stay
inside the store; store files follow the umask."""
import json
import os
import stat

import pyarrow.parquet as pq
import pytest

ARTICLE = 'Foreign Minister Sergei Lavrov said: "We will not stop." He added that 12 people were killed.\n'


@pytest.fixture
def ingested(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(ARTICLE.replace("12", str(12 + i)))
    assert corpus("ingest", src).exit_code == 0
    return src


def _manifest(corpus) -> dict:
    return json.loads((corpus.store / "manifest.json").read_text())


def test_truncated_shard_is_one_line_then_checked_and_repaired(corpus, ingested):
    rel = sorted(_manifest(corpus)["tables"]["figures"].values())[0]
    # the source files whose rows that shard holds (files are bucketed by a hash of their path: one or two)
    hit = len(set(pq.read_table(corpus.store / rel, columns=["path"]).column("path").to_pylist()))
    (corpus.store / rel).write_bytes((corpus.store / rel).read_bytes()[:50])
    res = corpus("report", "figures")
    assert res.exit_code == 2
    assert res.stderr.startswith(f"corpus: error: store {corpus.store}: damaged shard {rel}: ")
    assert len(res.stderr.splitlines()) == 1
    res = corpus("check")
    assert res.exit_code == 1
    assert res.stdout.startswith(f"damaged: {rel}: ")
    assert len(res.stdout.splitlines()) == 1
    res = corpus("repair")
    assert res.exit_code == 0
    assert f"1 damaged parts dropped; {hit} source files will be read again" in res.stderr
    assert corpus("check").exit_code == 0
    assert len(corpus("report", "figures", "--format", "csv").stdout.splitlines()) == 1 + 3 - hit   # header + files left
    res = corpus("ingest", ingested)
    assert f"{hit} documents read from {hit} files, {3 - hit} unchanged files skipped, 0 failed" in res.stderr
    values = sorted(corpus("report", "figures", "--format", "csv", "--columns", "value").stdout.split()[1:])
    assert values == ["12", "13", "14"]


@pytest.mark.parametrize("manifest", ["[]", '{"format": 1, "tables": 5, "sources": {}}',
                                      '{"format": 1, "tables": {"quotes": {"000": "../../etc/passwd"}}, "sources": {}}'])
def test_manifest_of_the_wrong_shape_or_outside_paths_is_refused_and_reset(corpus, ingested, manifest):
    (corpus.store / "manifest.json").write_text(manifest)
    res = corpus("report", "quotes")
    assert res.exit_code == 2
    assert res.stderr.startswith(f"corpus: error: store {corpus.store}: damaged manifest: ")
    assert "(see `corpus repair`)" in res.stderr
    assert corpus("check").stdout.startswith("damaged: manifest.json: ")
    assert corpus("repair").exit_code == 0
    assert corpus("ingest", ingested).exit_code == 0
    assert len(corpus("report", "documents", "--format", "csv").stdout.splitlines()) == 4


def test_store_files_follow_the_umask(corpus, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    old = os.umask(0o022)
    try:
        corpus("ingest", tmp_path / "a.txt")
    finally:
        os.umask(old)
    shard = next((corpus.store / "quotes").iterdir())
    assert stat.S_IMODE(os.stat(corpus.store / "manifest.json").st_mode) == 0o644
    assert stat.S_IMODE(os.stat(shard).st_mode) == 0o644
