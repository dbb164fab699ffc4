"""Data files are parsed once: the parsed YAML is kept as JSON in the cache folder, named by the hash
of the file's bytes, and read back when the same bytes come again."""
import pytest

from syria_corpus import resources
from syria_corpus.errors import CorpusError


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path / "cache"))
    resources._read_yaml.cache_clear()
    yield tmp_path
    resources._read_yaml.cache_clear()


def test_parsed_once_then_read_from_the_cache(fresh, monkeypatch):
    f = fresh / "data.yaml"
    f.write_text("places: [{name: Aleppo, kind: city}]\n", encoding="utf-8")
    assert resources._read_yaml(f) == {"places": [{"name": "Aleppo", "kind": "city"}]}
    assert len(list((fresh / "cache").glob("data-*.json"))) == 1
    resources._read_yaml.cache_clear()
    monkeypatch.setattr(resources.yaml, "load", lambda *a, **k: pytest.fail("parsed again"))
    assert resources._read_yaml(f) == {"places": [{"name": "Aleppo", "kind": "city"}]}


def test_a_changed_file_is_parsed_again(fresh):
    f = fresh / "data.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    assert resources._read_yaml(f) == {"a": 1}
    resources._read_yaml.cache_clear()
    f.write_text("a: 2\n", encoding="utf-8")
    assert resources._read_yaml(f) == {"a": 2}
    assert len(list((fresh / "cache").glob("data-*.json"))) == 2


@pytest.mark.parametrize("text", ["day: 2015-07-01\n", "days: [2015-07-01]\n"])
def test_data_json_would_change_is_not_cached(fresh, text):
    f = fresh / "data.yaml"
    f.write_text(text, encoding="utf-8")
    first = resources._read_yaml(f)
    assert not list((fresh / "cache").glob("*.json"))
    resources._read_yaml.cache_clear()
    assert resources._read_yaml(f) == first


def test_number_keys_are_cached_as_pairs_under_a_name_of_their_own(fresh, monkeypatch):
    f = fresh / "data.yaml"
    f.write_text("months: {1: [january, jan], 12: [december]}\nnames: {a: {9: ramadan}}\nlist: [{2: b}, c]\n"
                 "yes: 1\n", encoding="utf-8")
    want = {"months": {1: ["january", "jan"], 12: ["december"]}, "names": {"a": {9: "ramadan"}},
            "list": [{2: "b"}, "c"], True: 1}
    assert resources._read_yaml(f) == want
    [cached] = (fresh / "cache").glob("data-*.json")
    assert cached.name.endswith(".pairs.json")   # never opened by a build that reads plain JSON
    assert cached.read_text(encoding="utf-8").startswith('{"\\u0000pairs": [["months", {"\\u0000pairs": [[1, ')
    resources._read_yaml.cache_clear()
    monkeypatch.setattr(resources.yaml, "load", lambda *a, **k: pytest.fail("parsed again"))
    got = resources._read_yaml(f)
    assert got == want and [type(k) for k in got["months"]] == [int, int] and list(got)[-1] is True


def test_a_mapping_that_looks_like_pairs_is_kept_as_it_is(fresh):
    f = fresh / "data.yaml"
    f.write_text('"\\0pairs": [[1, 2]]\n', encoding="utf-8")
    assert resources._read_yaml(f) == {"\0pairs": [[1, 2]]}
    resources._read_yaml.cache_clear()
    assert resources._read_yaml(f) == {"\0pairs": [[1, 2]]}


def test_off_and_unwritable_caches_are_passed_by(fresh, monkeypatch):
    f = fresh / "data.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    monkeypatch.setenv(resources.CACHE_ENV, "off")
    assert resources._read_yaml(f) == {"a": 1}
    resources._read_yaml.cache_clear()
    (fresh / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv(resources.CACHE_ENV, str(fresh / "file" / "cache"))   # under a file: cannot be made
    assert resources._read_yaml(f) == {"a": 1}


@pytest.mark.parametrize("data, message", [(b"a: [\n", "not valid YAML"), (b"a: \xff\n", "not UTF-8")])
def test_a_broken_data_file_is_one_line(fresh, data, message):
    f = fresh / "data.yaml"
    f.write_bytes(data)
    with pytest.raises(CorpusError, match=message):
        resources._read_yaml(f)


def test_a_damaged_cache_file_is_parsed_over(fresh):
    f = fresh / "data.yaml"
    f.write_text("a: 1\n", encoding="utf-8")
    resources._read_yaml(f)
    [cached] = (fresh / "cache").glob("data-*.json")
    cached.write_text('{"a": ', encoding="utf-8")
    resources._read_yaml.cache_clear()
    assert resources._read_yaml(f) == {"a": 1}
