"""Helpers shared by the extractor tests: run one extractor of the registry (and what it needs) on
a text written for the test, and check the provenance of every row it returns
(`text == doc[start:end]`, same for speaker and cue)."""
from syria_corpus.analysis import ParsedDoc
from syria_corpus.extract import registry
from syria_corpus.model import Document


def parsed(lang, text, date=None):
    return ParsedDoc(Document("t", "t.txt", text, lang, date=date))


def extract(name, lang, text, date=None):
    """Rows of extractor `name`, anchored like the pipeline: the publication date, else a dateline."""
    p = parsed(lang, text, date)
    p.doc.date = p.doc.date or p.dateline
    rows = registry.run(p, [name])[name]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        if r.get("speaker_start") is not None:
            assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker_text"]
        if r.get("cue_start") is not None:
            assert text[r["cue_start"]:r["cue_end"]] == r["cue"]
    return rows


def quotes_of(lang, text, date=None):
    return extract("quotes", lang, text, date)


def figures_of(lang, text, date=None):
    return extract("figures", lang, text, date)


def dates_of(lang, text, date=None):
    return extract("dates", lang, text, date)
