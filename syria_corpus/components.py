"""The extractors as spaCy pipeline components, for use in other people's pipelines:

    import spacy, syria_corpus.components  # registers the factories
    nlp = spacy.blank("ar")
    nlp.add_pipe("syria_quotes"); nlp.add_pipe("syria_dates"); nlp.add_pipe("syria_figures")
    doc = nlp(text)
    doc._.quotes, doc.spans["quotes"], doc._.figures, doc.spans["figures"]

Each component runs the plain extractor on `doc.text` with the pipeline's language, stores the
rows in `doc._.<name>` and their spans (token-aligned, expanded) in `doc.spans[<name>]`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .model import Document

for _name in ("quotes", "dates", "figures"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _document(doc: Doc, pub_date: str | None) -> Document:
    return Document(doc_id="", path="", text=doc.text, lang=doc.lang_, date=pub_date)


def _keep(doc: Doc, name: str, rows: list[dict]) -> Doc:
    setattr(doc._, name, rows)
    spans = [doc.char_span(r["start"], r["end"], label=r.get("kind") or r.get("category") or r.get("type") or name,
                           alignment_mode="expand") for r in rows]
    doc.spans[name] = [s for s in spans if s is not None]
    return doc


class _Component:
    def __init__(self, name: str, pub_date: str | None):
        self.name, self.pub_date = name, pub_date


class QuotesComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        from .extract.quotes import extract_quotes
        return _keep(doc, "quotes", extract_quotes(_document(doc, self.pub_date)))


class DatesComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        from .extract.dates import extract_dates
        return _keep(doc, "dates", extract_dates(_document(doc, self.pub_date)))


class FiguresComponent(_Component):
    """Attributes figures to the quotes of `doc._.quotes` when syria_quotes ran before it."""

    def __call__(self, doc: Doc) -> Doc:
        from .extract.figures import extract_figures
        return _keep(doc, "figures", extract_figures(_document(doc, self.pub_date), doc._.quotes or []))


@Language.factory("syria_quotes", default_config={"pub_date": None})
def make_quotes(nlp: Language, name: str, pub_date: str | None):
    return QuotesComponent(name, pub_date)


@Language.factory("syria_dates", default_config={"pub_date": None})
def make_dates(nlp: Language, name: str, pub_date: str | None):
    return DatesComponent(name, pub_date)


@Language.factory("syria_figures", default_config={"pub_date": None})
def make_figures(nlp: Language, name: str, pub_date: str | None):
    return FiguresComponent(name, pub_date)
