"""One document through the pipeline: an extractor's slip costs a value or a table, never the run."""
from syria_corpus.config import load_settings
from syria_corpus.extract import dates as dates_mod
from syria_corpus.pipeline import process
from syria_corpus.readers import RawDoc

TEXT = "The ministry said on Monday that 12 people were killed in the shelling of the town."


def test_a_wrongly_typed_value_becomes_null_with_a_warning(monkeypatch):
    monkeypatch.setattr(dates_mod, "extract_dates", lambda doc: [
        {"text": "Monday", "value": "XXXX-WXX-1", "type": False, "anchored": False, "start": 20, "end": 26}])
    rows = process(RawDoc("t.txt", TEXT), load_settings())
    assert rows["dates"][0]["type"] is None and rows["dates"][0]["value"] == "XXXX-WXX-1"
    assert rows["errors"] == ["dates.type: bool False is not string, stored as null"]


def test_a_crashing_extractor_costs_only_its_rows(monkeypatch):
    def boom(doc):
        raise RuntimeError("bug")
    monkeypatch.setattr(dates_mod, "extract_dates", boom)
    rows = process(RawDoc("t.txt", TEXT), load_settings())
    assert rows["dates"] == [] and rows["errors"] == ["dates extractor failed: RuntimeError: bug"]
    assert [f["value"] for f in rows["figures"]] == [12] and rows["quotes"]


def test_an_internal_error_is_one_line(corpus, folder, monkeypatch):
    from syria_corpus.store import Store

    def broken(self, *a, **k):
        raise ValueError("disk format")
    monkeypatch.setattr(Store, "publish", broken)
    res = corpus("ingest", folder("records.tsv"))
    assert res.exit_code == 3
    assert res.stderr.strip() == "corpus: internal error: ValueError: disk format (run with -v for the traceback)"
