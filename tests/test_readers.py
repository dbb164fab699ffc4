import pytest

from syria_corpus.config import load_settings
from syria_corpus.errors import InputError
from syria_corpus.readers import format_of, read_file

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
