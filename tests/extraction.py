"""Helpers shared by the extractor tests: run one extractor on a text written for the test, and
check the provenance of every row it returns (`text == doc[start:end]`, same for speaker and cue)."""
from syria_corpus.extract.dates import extract_dates, find_dateline
from syria_corpus.extract.figures import extract_figures
from syria_corpus.extract.quotes import extract_quotes
from syria_corpus.model import Document


def document(lang, text, date=None):
    return Document("t", "t.txt", text, lang, date=date)


def quotes_of(lang, text, date=None):
    rows = extract_quotes(document(lang, text, date))
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker_text"]
        if r["cue_start"] is not None:
            assert text[r["cue_start"]:r["cue_end"]] == r["cue"]
    return rows


def figures_of(lang, text, date=None):
    d = document(lang, text, date)
    rows = extract_figures(d, extract_quotes(d))
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
    return rows


def dates_of(lang, text, date=None):
    """Dates anchored like the pipeline does: the publication date, else a dateline in the text."""
    d = document(lang, text, date)
    d.date = d.date or find_dateline(text, lang)
    rows = extract_dates(d)
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
    return rows
