import csv
import io
import json

import pytest

from syria_corpus.config import load_settings
from syria_corpus.errors import InputError
from syria_corpus.readers import _lines, format_of, open_file, read_file

SETTINGS = load_settings()


def read(fixtures, name, fmt=None):
    return read_file(name, (fixtures / name).read_bytes(), SETTINGS, fmt)


@pytest.mark.parametrize("name, fmt", [
    ("a.txt", "txt"), ("a.md", "txt"), ("a.json", "json"), ("a.jsonl", "jsonl"), ("a.csv", "csv"),
    ("a.tsv", "tsv"), ("a.html", "html"), ("a.htm", "html"), ("a.json.gz", "json"), ("A.CSV.GZ", "csv"),
    ("a.pdf", None), ("a", None),
])
def test_format_by_extension(name, fmt):
    assert format_of(name) == fmt


@pytest.mark.parametrize("name, title", [
    ("caption_title.txt", "Russia accuses the US"),     # caption debris `image` skipped
    ("no_title.txt", None),                             # long first line, no blank line after it
    ("en_utf8_bom_crlf.txt", "Talks resume in Geneva"),
])
def test_text_titles(fixtures, name, title):
    docs = read(fixtures, name).docs
    assert len(docs) == 1 and docs[0].title == title


def test_json_object_with_array(fixtures):
    res = read(fixtures, "records.json")
    assert [d.path for d in res.docs] == ["records.json#1", "records.json#3"]
    first = res.docs[0]
    assert (first.title, first.date, first.source, first.url) == (
        "Strikes on Aleppo", "2016-10-04", "wire", "http://example.org/1")
    assert res.docs[1].text.startswith("Министр")
    assert res.warnings == ["records.json#2: record has no text field (text, content, article_content, berita, ...), skipped"]


def test_jsonl_skips_broken_lines(fixtures):
    res = read(fixtures, "records.jsonl")
    assert [d.path for d in res.docs] == ["records.jsonl#1", "records.jsonl#3"]
    assert any("records.jsonl#2: broken JSON line" in w for w in res.warnings)


def test_broken_json_fails_the_file(fixtures):
    with pytest.raises(InputError, match="broken JSON at line 1"):
        read(fixtures, "broken.json")


def test_csv_semicolon_multiline(fixtures):
    docs = read(fixtures, "semicolon.csv").docs
    assert [d.path for d in docs] == ["semicolon.csv#1", "semicolon.csv#2"]
    assert docs[0].text == "Jakarta, Serangan udara di Aleppo\nmenewaskan 22 orang; kata pejabat."
    assert docs[1].text == 'Kedua; artikel "dikutip" di sini.'


def test_tsv_dates_normalized(fixtures):
    docs = read(fixtures, "records.tsv").docs
    assert [(d.title, d.date) for d in docs] == [("First", "2017-04-05"), ("Second", "2016-11-11")]


def test_csv_without_text_column(fixtures):
    with pytest.raises(InputError, match="no text column"):
        read(fixtures, "no_text_column.csv")


def test_html_visible_text_and_title(fixtures):
    (doc,) = read(fixtures, "article.html").docs
    assert doc.title == "Headline of the story"
    assert doc.text == ('Headline of the story\n\nThe minister said on Monday that "talks" would resume.\n\n'
                        'Second paragraph.')


def test_gzip_json(fixtures):
    (doc,) = read(fixtures, "article.json.gz").docs
    assert (doc.path, doc.title) == ("article.json.gz#1", "Gz")


def test_format_override(fixtures):
    (doc,) = read(fixtures, "records.tsv", fmt="txt").docs
    assert doc.path == "records.tsv" and doc.text.startswith("id\ttitle")


# -- long record files are read one record at a time ------------------------------------------------

def _array(n: int, tail: str = "]\n") -> str:
    return "[\n" + ",\n".join(json.dumps({"text": f"Record {i} says 3 people died."}) for i in range(1, n + 1)) + tail


def test_json_array_yields_its_first_documents_before_parsing_the_rest():
    """A JSON array is read record by record: with a broken tail, the 1,000 records before it come
    out one by one, then the file fails with the line and column json.loads gives for the whole."""
    text = _array(1000, ',\n{"text": "cut off')
    with pytest.raises(json.JSONDecodeError) as whole:
        json.loads(text)
    warnings: list[str] = []
    docs = open_file("big.json", text.encode(), SETTINGS).documents(warnings)
    assert next(docs).path == "big.json#1"      # json.loads would have failed before any record
    got = ["big.json#1"]
    with pytest.raises(InputError) as broken:
        for d in docs:
            got.append(d.path)
    assert got == [f"big.json#{i}" for i in range(1, 1001)]
    e = whole.value
    assert str(broken.value) == f"big.json: broken JSON at line {e.lineno} column {e.colno}: {e.msg}"
    assert str(broken.value) == "big.json: broken JSON at line 1002 column 10: Unterminated string starting at"
    assert warnings == []


@pytest.mark.parametrize("text", [
    "[", "[ ", "[1", "[1,", "[1, ]", "[1 2]", '[{"text": "a"} {"text": "b"}]', "[1]]", "[1] x", "[,1]",
    '[{"text": "a"}, {"text": }]', '[{"text": "a",}]', "[[1, 2], [3,]]", '[\n  {"text": "a"},\n  nope\n]', "[1]\n\n,",
])
def test_streamed_json_array_fails_with_json_loads_own_message(text):
    with pytest.raises(json.JSONDecodeError) as whole:
        json.loads(text)
    e = whole.value
    with pytest.raises(InputError) as broken:
        read_file("b.json", text.encode(), SETTINGS)
    assert str(broken.value) == f"b.json: broken JSON at line {e.lineno} column {e.colno}: {e.msg}"


@pytest.mark.parametrize("text", [
    "[]", " [ ] ", '[{"text": "a"}, "b", 3, null, {"title": "x"}]\n', '\n\t[ {"text": "a\\nb", "date": "2016-10-04"} ]  \n',
])
def test_streamed_json_array_reads_what_json_loads_reads(text):
    res = read_file("a.json", text.encode(), SETTINGS)
    whole = read_file("a.json", json.dumps({"records": json.loads(text), "n": 1}).encode(), SETTINGS)
    if json.loads(text) and isinstance(json.loads(text)[0], dict):   # the object path: the array it holds
        assert [vars(d) for d in res.docs] == [vars(d) for d in whole.docs]
        assert res.warnings == whole.warnings
    assert [d.path for d in res.docs] == [f"a.json#{i + 1}" for i, r in enumerate(json.loads(text))
                                          if (isinstance(r, dict) and "text" in r) or isinstance(r, str)]


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "a\nb", "a\n\nb\n", "\n\n", 'x,"y\nz"\n1,2'])
def test_lines_are_those_of_split_and_of_a_file(text):
    assert list(_lines(text)) == text.split("\n")
    assert list(_lines(text, ends=True)) == io.StringIO(text, newline="").readlines()


@pytest.mark.parametrize("text, delim", [
    ('title,text\nA,"one\nline two"\nB,two\n', ","), ('title;text\nA;"never closed\nstill"\n\nC;x', ";"),
    ("text\n\n\n", ","), ('text\n"a""b"', ","), ('title\ttext\nA\t"open to the end\n', "\t"),
])
def test_csv_rows_are_those_of_the_whole_text(text, delim):
    """CSV rows come from the text's lines one at a time, as csv reads a file opened with newline=''."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    docs = read_file("a.csv", text.encode(), SETTINGS).docs
    assert [(d.path, d.text) for d in docs] == [(f"a.csv#{n}", r[-1]) for n, r in enumerate(rows[1:], 1)
                                                if r and r[-1].strip()]
