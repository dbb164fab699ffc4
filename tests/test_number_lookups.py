"""The precomputed look-ups of numbers.py (prefixed forms, the fold table) answer what the plain
definitions answer, for every language, on the tables' own words with every prefix and on others."""
import dataclasses
import unicodedata

import pytest

from syria_corpus.extract.dates import date_grammar
from syria_corpus.extract.figures import figure_grammar
from syria_corpus.extract.numbers import WordTable, number_lexicon


def _words(lex, tables):
    words = {w for t in tables for w in list(t.exact) + [s for s, _ in t.stems]} | set(lex.entries) | set(lex.vague)
    words |= {w[:k] for w in set(words) for k in range(len(w))} | {w + "ات" for w in words} | {"x", "", "ab", "и", "в"}
    return {p + w for p in ["", *lex.prefixes, "ال", "و", "ب"] for w in words}


@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru"])
def test_forms_answer_as_the_definitions(lang):
    g, f = date_grammar(lang), figure_grammar(lang)
    lex = g.lex
    tables = [t for t in list(vars(g).values()) + [getattr(f, x.name) for x in dataclasses.fields(f)]
              + list(g.relative.values()) if isinstance(t, WordTable)]
    for norm in _words(lex, tables):
        assert lex.entry_word(norm) == lex.strip_prefix(norm, lex.entries), norm
        assert lex._vague_forms.get(norm) == lex.strip_prefix(norm, lex.vague), norm
        for t in tables:
            assert t.get(norm) == t._find(norm), norm


@pytest.mark.parametrize("word", ["Ab\u0301c", "ÉTÉ", "إِلَى", "أحمد", "Ёлка", "\u0301", "İstanbul", "ﻻ", "ß"])
@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru"])
def test_fold_table(lang, word):
    lex = number_lexicon(lang)
    plain = "".join(c for c in word.lower() if not unicodedata.combining(c)).translate(lex.fold_map)
    assert lex._fold(word) == plain
