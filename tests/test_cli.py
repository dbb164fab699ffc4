"""The command line as users and scripts meet it: formats, filters, errors and exit codes."""
import csv
import io
import json

import pytest


@pytest.fixture
def seeded(corpus, folder):
    src = folder("000_911c19a518a1b7a8.txt", "001_1b03c4f4f3f24ebf.txt", "002_be61919c6dfe401a.txt",
                 "003_1b155dc13c4e1f4e.txt", "004_afd6af9369accf98.txt")
    res = corpus("ingest", src)
    assert res.exit_code == 0, res.stderr
    return corpus


def jsonl(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_documents_on_the_sample(seeded):
    rows = jsonl(seeded("report", "documents", "--format", "jsonl"))
    assert [r["path"].rsplit("/", 1)[1][:3] for r in rows] == ["000", "001", "002", "003", "004"]
    assert [r["lang"] for r in rows] == ["ar", "id", "ar", "en", "en"]
    assert [r["title"] is not None for r in rows] == [True, False, True, True, True]
    assert rows[3]["title"] == "Russia accuses the US of supporting terror groups in Syria"
    assert rows[1]["langs"] == ["id", "ru"]
    for r in rows:
        assert 0 <= r["lang_confidence"] <= 1 and len(r["sha256"]) == 64 and r["n_chars"] > 1000


def test_russian_fragment_is_a_segment(seeded):
    store = seeded.store
    from syria_corpus.report import load
    seg = load(str(store), "segments")
    assert list(seg["text"]) == ["РИА Новости"] and list(seg["lang"]) == ["ru"]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "jsonl"])
def test_every_format_renders_the_same_rows(seeded, fmt):
    res = seeded("report", "documents", "--format", fmt, "--columns", "path,lang,title")
    assert res.exit_code == 0
    out = res.stdout
    if fmt == "jsonl":
        rows = [json.loads(x) for x in out.splitlines()]
    elif fmt == "json":
        rows = json.loads(out)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        for r in rows:
            r["title"] = r["title"] or None
    else:
        lines = out.splitlines()
        assert lines[0].split() == ["path", "lang", "title"] and set(lines[1]) <= {"-", " "}
        assert len(lines) == 7 and lines[3].endswith("001_1b03c4f4f3f24ebf.txt  id")  # no title: no cell
        assert lines[2].endswith("…")  # a long title is cut for people
        rows = [{"lang": line.split()[1]} for line in lines[2:]]
    assert [r["lang"] for r in rows] == ["ar", "id", "ar", "en", "en"]
    if fmt != "table":
        assert rows[1]["title"] is None and rows[0]["path"].endswith("000_911c19a518a1b7a8.txt")


def test_default_format_off_a_terminal_is_jsonl(seeded):
    out = seeded("report", "documents").stdout.splitlines()
    assert len(out) == 5 and json.loads(out[0])["lang"] == "ar"


def test_filters(seeded):
    assert [r["lang"] for r in jsonl(seeded("report", "documents", "--lang", "en"))] == ["en", "en"]
    rows = jsonl(seeded("report", "documents", "--doc", "001_1b03c4f4f3f24ebf.txt"))
    assert [r["lang"] for r in rows] == ["id"]
    assert jsonl(seeded("report", "documents", "--limit", "2", "--lang", "ar", "--lang", "id")).__len__() == 2


def test_every_table_has_its_contract_columns(seeded):
    contract = {
        "documents": ["doc_id", "path", "lang", "lang_confidence", "title", "n_chars", "sha256"],
        "quotes": ["doc_id", "path", "lang", "speaker", "speaker_text", "speaker_start", "speaker_end", "text",
                   "kind", "cue", "start", "end"],
        "speakers": ["speaker", "aliases", "n_quotes", "n_docs", "langs"],
        "dates": ["doc_id", "path", "lang", "text", "value", "start", "end"],
        "figures": ["doc_id", "path", "lang", "text", "value", "qualifier", "unit", "category", "start", "end"],
    }
    for table, cols in contract.items():
        header = next(csv.reader(io.StringIO(seeded("report", table, "--format", "csv").stdout)))
        assert header[:len(cols)] == cols, table


@pytest.mark.parametrize("args, code, message", [
    (["ingest", "does/not/exist"], 2, "corpus: error: no such file or folder: does/not/exist"),
    (["report", "documents"], 2, "corpus: error: no store at "),
    (["report", "nonsense"], 2, "'nonsense' is not one of 'documents', 'quotes', 'speakers', 'dates', 'figures'"),
    (["report", "documents", "--format", "xml"], 2, "Invalid value for '--format'"),
    (["report"], 2, "name a TABLE or give --speaker"),
])
def test_usage_errors_are_one_line(corpus, args, code, message):
    res = corpus(*args)
    assert res.exit_code == code
    assert message in res.stderr
    assert "Traceback" not in res.stderr and res.stdout == ""


def test_empty_folder(corpus, tmp_path):
    (tmp_path / "empty").mkdir()
    res = corpus("ingest", tmp_path / "empty")
    assert res.exit_code == 2
    assert res.stderr.strip() == f"corpus: error: no input files found in {tmp_path / 'empty'}"


def test_bad_files_fail_alone(corpus, folder):
    src = folder("binary.png", "nul_bytes.txt", "empty.txt", "broken.json", "no_text_column.csv",
                 "en_stray_bytes.txt", "records.json", "ar_cp1256.txt")
    res = corpus("ingest", src)
    assert res.exit_code == 1
    failed = sorted(line for line in res.stderr.splitlines() if line.startswith("failed: "))
    assert [f.split(": ")[1].rsplit("/", 1)[1] for f in failed] == [
        "broken.json", "empty.txt", "no_text_column.csv", "nul_bytes.txt"]
    assert "binary.png" not in res.stderr  # not a text file type: skipped when inside a folder
    assert "4 failed" in res.stderr.splitlines()[-1]
    docs = jsonl(corpus("report", "documents"))
    assert sorted(d["path"].rsplit("/", 1)[1] for d in docs) == [
        "ar_cp1256.txt", "en_stray_bytes.txt", "records.json#1", "records.json#3"]
    by_name = {d["path"].rsplit("/", 1)[1]: d for d in docs}
    assert (by_name["ar_cp1256.txt"]["encoding"], by_name["ar_cp1256.txt"]["lang"]) == ("cp1256", "ar")
    assert by_name["en_stray_bytes.txt"]["n_replaced"] == 2


def test_binary_file_named_explicitly_fails(corpus, fixtures):
    res = corpus("ingest", fixtures / "binary.png")
    assert res.exit_code == 1 and "binary.png: skipped, PNG image" in res.stderr


def test_quiet_ingest_prints_nothing(corpus, folder):
    res = corpus("ingest", "-q", folder("records.tsv"))
    assert res.exit_code == 0 and res.stderr == "" and res.stdout == ""


def test_verbose_shows_warnings(corpus, folder):
    res = corpus("-v", "ingest", folder("en_cp1252.txt"))
    assert "warning: " in res.stderr and "decoded as cp1252" in res.stderr


def test_module_entry_point():
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "syria_corpus", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("corpus, version ")


def test_a_closed_pipe_ends_quietly(corpus, tmp_path):
    """`corpus report ... | head -1`: exit 0 and nothing on stderr once the reader has gone."""
    import subprocess
    import sys
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(json.dumps({"title": f"Item {i}", "text": f"Short English note number {i} about the "
                                         "weather in the city today and tomorrow."}) for i in range(400)))
    assert corpus("ingest", src, "--jobs", "1").exit_code == 0
    p = subprocess.Popen([sys.executable, "-m", "syria_corpus", "report", "documents", "--store", str(corpus.store),
                          "--format", "jsonl"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()
    assert p.wait(timeout=60) == 0
    assert json.loads(first)["title"] == "Item 0"
    assert p.stderr.read() == b""
