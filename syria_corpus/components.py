"""The extractors as spaCy pipeline components, for use in other people's pipelines:

    import spacy, syria_corpus.components  # registers the factories
    nlp = spacy.blank("ar")
    nlp.add_pipe("syria_quotes"); nlp.add_pipe("syria_dates"); nlp.add_pipe("syria_figures")
    doc = nlp(text)
    doc._.quotes, doc.spans["quotes"], doc._.figures, doc.spans["figures"]

One factory `syria_<name>` per extractor of extract/registry.py. Each component analyses the text
once (a ParsedDoc kept in `doc._.syria`, with the pipeline's language and the `pub_date` of its
config), runs its extractor and whatever that one needs, stores the rows in `doc._.<name>` and
their spans (token-aligned, expanded) in `doc.spans[<name>]`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .analysis import ParsedDoc
from .extract import registry
from .model import Document

for _name in [*registry.EXTRACTORS, "syria"]:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class ExtractorComponent:
    def __init__(self, name: str, extractor: str, pub_date: str | None):
        self.name, self.extractor, self.pub_date = name, extractor, pub_date

    def __call__(self, doc: Doc) -> Doc:
        parsed = doc._.syria
        if parsed is None or parsed.text != doc.text:
            parsed = doc._.syria = ParsedDoc(Document(doc_id="", path="", text=doc.text, lang=doc.lang_,
                                                      date=self.pub_date))
        rows = registry.run(parsed, [self.extractor])[self.extractor]
        setattr(doc._, self.extractor, rows)
        spans = [doc.char_span(r["start"], r["end"], alignment_mode="expand",
                               label=r.get("kind") or r.get("category") or r.get("type") or self.extractor)
                 for r in rows]
        doc.spans[self.extractor] = [s for s in spans if s is not None]
        return doc


def _register(extractor: str) -> None:
    @Language.factory(f"syria_{extractor}", default_config={"pub_date": None})
    def make(nlp: Language, name: str, pub_date: str | None) -> ExtractorComponent:
        return ExtractorComponent(name, extractor, pub_date)
    globals()[f"make_{extractor}"] = make   # the entry points of pyproject.toml name these


for _extractor in registry.EXTRACTORS:
    _register(_extractor)
