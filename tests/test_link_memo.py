"""The linking's per-name results are kept from one run to the next (speakers/memo.py): a new file
costs the names it brings, not every name of the store again, and the tables do not change."""
import json

import pytest

from syria_corpus.speakers import memo, names

SEED = "001_1b03c4f4f3f24ebf.txt"   # one of the samples (data/seeds)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("SYRIA_CORPUS_CACHE", str(folder))
    return folder


def _memo_keys(cache) -> set[str]:
    [path] = cache.glob("link-memo-*.json")
    return set(json.loads(path.read_text(encoding="utf-8"))["name_core"])


def test_a_new_file_works_out_only_the_names_the_store_has_not_met(corpus, folder, cache, monkeypatch):
    src = folder("000_911c19a518a1b7a8.txt", SEED, "002_be61919c6dfe401a.txt", "003_1b155dc13c4e1f4e.txt")
    assert corpus("ingest", src).exit_code == 0
    before = _memo_keys(cache)
    assert len(before) > 5
    worked: list[str] = []
    real = names._name_core
    monkeypatch.setattr(names, "_name_core", lambda form, typ=None: worked.append(json.dumps(
        [form, typ], ensure_ascii=False)) or real(form, typ))
    folder("004_afd6af9369accf98.txt")   # a new file, with names of its own
    assert corpus("ingest", src).exit_code == 0
    assert worked and not set(worked) & before   # nothing kept was worked out again
    assert set(worked) == _memo_keys(cache) - before   # and the memo now holds what was


def test_kept_names_give_the_tables_of_a_run_without_them(corpus, folder, cache, tmp_path, monkeypatch):
    src = folder("000_911c19a518a1b7a8.txt", SEED, "004_afd6af9369accf98.txt")
    assert corpus("ingest", src).exit_code == 0
    assert corpus("ingest", src, "--prune").exit_code == 0
    warm = tmp_path / "warm"
    assert corpus("ingest", src, store_dir=warm).exit_code == 0   # a fresh store, names kept by the runs above
    monkeypatch.setenv("SYRIA_CORPUS_CACHE", "off")
    cold = tmp_path / "cold"
    assert corpus("ingest", src, store_dir=cold).exit_code == 0
    assert [corpus("report", t, "--format", "jsonl", "--store", warm).stdout for t in ("quotes", "speakers")] == \
        [corpus("report", t, "--format", "jsonl", "--store", cold).stdout for t in ("quotes", "speakers")]


@pytest.mark.parametrize("content", ["not json", '{"name_core": [1, 2]}', '["a"]'])
def test_a_broken_memo_is_passed_by_and_written_again(corpus, folder, cache, content):
    src = folder(SEED)
    assert corpus("ingest", src).exit_code == 0
    [path] = cache.glob("link-memo-*.json")
    good = path.read_text(encoding="utf-8")
    path.write_text(content, encoding="utf-8")
    (src / "more.txt").write_text((src / SEED).read_text(encoding="utf-8") + "\nmore\n", encoding="utf-8")
    res = corpus("ingest", src)
    assert res.exit_code == 0, res.stderr
    assert set(json.loads(good)["name_core"]) <= set(json.loads(path.read_text(encoding="utf-8"))["name_core"])


def test_another_build_has_another_memo(cache, monkeypatch):
    """The file is named by the digest of the code and data: a changed build never reads it."""
    monkeypatch.setattr("syria_corpus.config.code_and_data_digest", lambda: "a" * 64)
    first = memo._path()
    monkeypatch.setattr("syria_corpus.config.code_and_data_digest", lambda: "b" * 64)
    assert memo._path() != first and memo._path().parent == first.parent == cache


def test_a_run_with_a_new_file_splits_only_the_new_names_into_words(corpus, folder, cache, monkeypatch):
    """The words of every name (linking.words) and the name inside every form are kept too: the
    second run works out the words of the names the new file brings, not of the whole store."""
    from syria_corpus.speakers import linking
    linking.words.cache_clear()   # (the process-wide cache of this test session)
    src = folder("000_911c19a518a1b7a8.txt", SEED)
    assert corpus("ingest", src).exit_code == 0
    [path] = cache.glob("link-memo-*.json")
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert kept["words"] and kept["name_form"]
    split: list[str] = []
    real = linking._words
    monkeypatch.setattr(linking, "_words", lambda name: split.append(name) or real(name))
    linking.words.cache_clear()
    folder("004_afd6af9369accf98.txt")
    assert corpus("ingest", src).exit_code == 0
    assert split and not set(split) & set(kept["words"])


def test_files_of_other_builds_are_forgotten_but_the_newest_few(corpus, folder, cache):
    import os
    cache.mkdir(parents=True)
    old = [cache / f"link-memo-{i:024d}.json" for i in range(memo.KEEP_BUILDS + 2)]
    for i, p in enumerate(old):
        p.write_text("{}", encoding="utf-8")
        os.utime(p, (1_000_000 + i, 1_000_000 + i))   # the last written last
    (cache / "other.json").write_text("{}", encoding="utf-8")   # not a memo file: left alone
    assert corpus("ingest", folder(SEED)).exit_code == 0
    left = {p.name for p in cache.iterdir()}
    assert {p.name for p in old[-memo.KEEP_BUILDS:]} <= left
    assert not {p.name for p in old[:-memo.KEEP_BUILDS]} & left
    assert "other.json" in left and len([n for n in left if n.startswith("link-memo-")]) == memo.KEEP_BUILDS + 1
