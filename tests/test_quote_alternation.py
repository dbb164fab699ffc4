"""The quote grammar's word lists compiled as a trie match exactly what the plain alternation
(longest word first) matches."""
from __future__ import annotations

import re

import pytest

from syria_corpus.extract.quotes.grammar import _alternation, _marks_optional
from syria_corpus.lang import get

MARKS = "[\u064B-\u0652]"


def _pair(words: list[str], marks: str = "", classes: tuple[str, ...] = (), pre: str = ""):
    ws = sorted(set(words), key=len, reverse=True)
    plain = "|".join(_marks_optional(w, marks, classes) for w in ws) or "(?!)"
    trie = _alternation(ws, marks, classes)
    wrap = lambda alts: re.compile(rf"(?<![\w’']){pre}({alts})(?![\w’'])")
    return wrap(plain), wrap(trie), trie != plain


def _same(a: re.Pattern, b: re.Pattern, texts: list[str]) -> None:
    for s in texts:
        assert [m.span(1) for m in a.finditer(s)] == [m.span(1) for m in b.finditer(s)], s
        for i in range(len(s)):
            ma, mb = a.match(s, i), b.match(s, i)
            assert (ma and ma.span(1)) == (mb and mb.span(1)), (s, i)


def test_longest_word_wins_as_before():
    a, b, trie = _pair(["said", "said on", "sa", "says", "say", "pointed out", "pointed"])
    assert trie
    _same(a, b, ["he said on Monday", "said, says; sa said-on", "pointed out. pointed outward", "say’s"])


def test_arabic_marks_and_letter_classes():
    a, b, trie = _pair(["قال", "قالت", "أكد", "اكد", "أكدت", "أشار"], MARKS, ("اأإآ",), "(?:و|ف)?")
    assert trie
    _same(a, b, ["وقالَت إن", "فأكّد أن", "واكد: قالَ", "قالتْ وأشارَ", "وقالو قال"])


def test_unsafe_lists_keep_the_plain_alternation():
    # a word holding an optional mark, classes sharing a letter
    assert not _pair(["أنّه", "أن"], MARKS)[2]
    assert not _pair(["аг", "вг"], "", ("аб", "бв"))[2]


@pytest.mark.parametrize("lang", ["ar", "en", "ru", "id"])
def test_language_lists(lang):
    q = get(lang).data.quotes
    marks, classes = q.optional_marks or "", tuple(q.letter_classes)
    pre = f"(?:{'|'.join(map(re.escape, q.clitics))})?" if q.clitics else ""
    for words in (list(q.verbs) + [w.capitalize() for w in q.verbs] + list(q.continuation),
                  list(q.prefix_cues), list(q.complementizers), list(q.relay), list(q.conjunctions)):
        a, b, _ = _pair([str(w) for w in words], marks, classes, pre)
        ws = sorted({str(w) for w in words}, key=len, reverse=True)
        _same(a, b, [" ".join(ws), "، و".join(ws) + ".", "\u064e ".join(ws)])
