"""The optional morphology booster: an analyser of word forms (pymorphy3 for Russian), used only
when it is installed (`pip install -e ".[ru]"`; its dictionaries come with the package, nothing is
downloaded at run time). This is the one place that imports it; callers get None when it is absent,
or when `SYRIA_CORPUS_NO_MORPH` is set, and keep to their rules. Which analyser a language uses is
data: `speakers.morphology` in configs/lang/<code>.yaml."""
from __future__ import annotations

import os
from typing import Any

from .resources import remember

_loaded: dict[str, Morph | None] = {}


def analyzer(name: str | None) -> Morph | None:
    """The analyser named by a language's data (`pymorphy3`), or None when unnamed or not installed."""
    if not name or os.environ.get("SYRIA_CORPUS_NO_MORPH"):
        return None
    if name not in _loaded:
        _loaded[name] = _load(name)
    return _loaded[name]


def _load(name: str) -> Morph | None:
    if name != "pymorphy3":
        return None
    try:
        import pymorphy3  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    return Morph(pymorphy3.MorphAnalyzer())


class Morph:
    """Questions the rules ask about a word form, answered from its dictionary readings."""

    def __init__(self, analyser: Any) -> None:
        self._a = analyser
        self._tags: dict[str, list[set[str]]] = {}

    def tags(self, word: str) -> list[set[str]]:
        """The grammemes of each reading of `word` (`{'NOUN', 'Surn', 'gent', …}`), likeliest first."""
        r = self._tags.get(word)
        if r is None:
            r = remember(self._tags, word, [set(str(p.tag).replace(" ", ",").split(",")) for p in self._a.parse(word)])
        return r

    def genitive_complement(self, first: str, second: str) -> bool | None:
        """`Путина Юрий Ушаков`: the likeliest reading of `first` is a genitive while `second` is a
        known first name, so `first` is a genitive complement of the role before them (`путина`, the
        fishing season, is a less likely nominative). None when the dictionary does not know `second`
        as a first name (the rules decide)."""
        if not any("Name" in t for t in self.tags(second)):
            return None
        readings = self.tags(first)
        return bool(readings) and "gent" in readings[0]

    def body_lemma(self, word: str) -> str | None:
        """`Кремле`, `Центризбиркоме`: a capitalised word whose likeliest reading is an inanimate noun in
        an oblique case names a body or place, not a person; its nominative, capitalised as written.
        None for anything else (a surname, a first name, a nominative, a word the dictionary guesses)."""
        parses = self._a.parse(word)
        if not parses or not word[:1].isupper():
            return None
        top = parses[0]
        tags = set(str(top.tag).replace(" ", ",").split(","))
        if "NOUN" not in tags or "inan" not in tags or tags & {"Name", "Surn", "Patr", "nomn"} \
                or not any(type(m).__name__ == "DictionaryAnalyzer" for m in self._methods(top)):
            return None
        lemma = top.normal_form
        return word[:1] + lemma[1:] if lemma[:1] == word[:1].lower() else None

    @staticmethod
    def _methods(parse: Any) -> list:
        return [step[0] for step in parse.methods_stack]
