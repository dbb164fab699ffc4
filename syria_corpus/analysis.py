"""One document, analysed once: the object every extractor receives and enriches.

    parsed = ParsedDoc(document)
    parsed.paragraphs, parsed.sentences, parsed.tokens     spans, computed on first use
    parsed.number_tokens, parsed.numbers                   number phrases (extract/numbers.py)
    parsed.mentions                                        speaker mentions (extract/mentions.py)
    parsed.dateline, parsed.pub_date                       the publication date used to anchor dates
    parsed.results["quotes"]                               rows each extractor added (extract/registry.py)

Each layer is computed at most once per document and only when an extractor asks for it, so no
step repeats another's work and nothing is cached across documents by their text.
"""
from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Any

from . import segment
from .lang import Language
from .lang import get as get_language
from .model import Document

if TYPE_CHECKING:
    from .extract.mentions import Mention
    from .extract.numbers import Number, Token

Span = tuple[int, int]


class ParsedDoc:
    def __init__(self, doc: Document, language: Language | None = None):
        self.doc = doc
        self.text = doc.text
        self.lang = doc.lang
        self.language = language or get_language(doc.lang)
        self.data = self.language.data
        self.rules = self.language.rules
        self.results: dict[str, list[dict[str, Any]]] = {}

    # -- text layers ----------------------------------------------------------------------
    @functools.cached_property
    def paragraphs(self) -> list[Span]:
        return segment.paragraphs(self.text)

    @functools.cached_property
    def _split(self) -> tuple[list[Span], list[Span]]:
        return segment.split(self.text, self.lang, self.paragraphs)

    @property
    def sentences(self) -> list[Span]:
        return self._split[0]

    @property
    def tokens(self) -> list[Span]:
        return self._split[1]

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @functools.cached_property
    def token_starts(self) -> list[int]:
        return [t[0] for t in self.tokens]

    @functools.cached_property
    def paragraph_starts(self) -> list[int]:
        return [a for a, _ in self.paragraphs]

    def sentence(self, pos: int) -> Span:
        """The sentence holding `pos` (the one before it when `pos` falls between two)."""
        i = max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)
        return self.sentences[i]

    def paragraph(self, pos: int) -> Span:
        i = max(0, bisect.bisect_right(self.paragraph_starts, pos) - 1)
        return self.paragraphs[i]

    # -- numbers, mentions, dates ------------------------------------------------------------
    @functools.cached_property
    def _numbers(self) -> tuple[tuple[Token, ...], tuple[Number, ...]]:
        from .extract.numbers import numbers_in
        return numbers_in(self.text, self.lang)

    @property
    def number_tokens(self) -> tuple[Token, ...]:
        return self._numbers[0]

    @property
    def numbers(self) -> tuple[Number, ...]:
        return self._numbers[1]

    @functools.cached_property
    def mentions(self) -> list[Mention]:
        from .extract.mentions import find_mentions
        return find_mentions(self)

    @functools.cached_property
    def dateline(self) -> str | None:
        """The first full calendar date written at the top of the article, ISO, or None."""
        from .extract.dates import find_dateline
        return find_dateline(self.text, self.lang, self._numbers)   # (the heads reuse the text's tokens)

    @property
    def pub_date(self) -> str | None:
        """Publication date: the metadata's, else the dateline's."""
        return self.doc.date or self.dateline
