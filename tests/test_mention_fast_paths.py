"""The shortcuts of the mention chunker give what the tests they skip would have given."""
import itertools
import re

import pytest

from syria_corpus.extract import mentions as M

AR_WORDS = ["محمد", "الأسد", "بالسفير", "عبد", "الله", "وزير", "لوزارة", "في", "قال", "العيساوي", "ومحمد", "بجدة"]
EN_WORDS = ["John", "Kerry", "of", "Said", "the", "Minister", "Assad"]


def _toks(text):
    return [m.span() for m in re.finditer(r"\S+", text)]


def _slow(text, lex, toks, t, first):
    """_chunk's chain of tests after trimming, without its shortcut for short runs of name words."""
    return (M._indefinite_source(text, lex, toks, t) or M._postposed(text, lex, toks, t)
            or M._person(text, lex, toks, t, first) or M._group(text, lex, toks, t))


@pytest.mark.parametrize("lang,words", [("ar", AR_WORDS), ("en", EN_WORDS)])
@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("first", [True, False])
def test_short_name_runs_as_person_reads_them(lang, words, n, first):
    lex = M.speaker_lexicon(lang)
    for combo in itertools.islice(itertools.product(words, repeat=n), 200):
        text = " ".join(combo) + " قال" if lang == "ar" else " ".join(combo) + " said"
        toks = _toks(text)[:n]
        tags = ["N"] * n
        trimmed, ttags = M._trim(toks, tags, lex, text)
        want = _slow(text, lex, trimmed, "".join(ttags), first) if trimmed else None
        assert M._chunk(text, lex, toks, tags, first) == want, (lang, combo)


def test_short_name_run_is_bare_in_arabic():
    lex = M.speaker_lexicon("ar")
    text = "محمد الأسد بالسفير"
    got = M._chunk(text, lex, _toks(text), ["N", "N", "N"], at_sentence_start=False)
    assert got == M.Mention(0, len(text), "bare", 0, len(text))


def test_inner_name_needs_a_title_before_a_name_word():
    """_person skips _inner_name when the tag string holds no `RN`: then it finds nothing."""
    lex = M.speaker_lexicon("ar")
    text = "وزير محمد الأسد عبد الله"
    toks = _toks(text)
    skipped = 0
    for t in map("".join, itertools.product("NRMOG", repeat=len(toks))):
        if "RN" in t:
            continue
        for lo in range(len(t)):
            for hi in range(lo + 1, len(t) + 1):
                assert M._inner_name(text, lex, toks, t, lo, hi) is None, (t, lo, hi)
                skipped += 1
    assert skipped > 1000


def _trim_reference(toks, tags, lex, text):
    """_trim as it was written before (a helper per edge word)."""
    def connector(t, keep=frozenset()):
        w = lex.norm(text[t[0]:t[1]])
        return w in lex.connectors and w not in keep and (not lex.cased or text[t[0]:t[1]].islower())
    while toks and connector(toks[-1]):
        toks, tags = toks[:-1], tags[:-1]
    while toks and connector(toks[0], lex.determiners):
        toks, tags = toks[1:], tags[1:]
    return toks, tags


@pytest.mark.parametrize("lang,text", [
    ("en", "of the Minister of"),
    ("en", "Of the Minister Of"),
    ("en", "the spokesman for"),
    ("en", "a spokesman of the"),
    ("en", "of of"),
    ("ar", "في وزير الخارجية في"),
    ("ar", "لدى المتحدث باسم"),
    ("ar", "في في"),
    ("id", "dari Menteri Luar Negeri dari"),
    ("ru", "по словам министра в"),
])
def test_trim_as_before(lang, text):
    lex = M.speaker_lexicon(lang)
    toks = _toks(text)
    tags = ["M"] * len(toks)
    got = M._trim(toks, tags, lex, text)
    assert got == _trim_reference(toks, tags, lex, text)


def _places_reference(lex, written, norms, words, aliases, tags):
    """_places as it was written before: every alias of a word that may start a place tried in turn."""
    if not lex.places:
        return tags
    out = list(tags)
    for i in range(len(words)):
        if not aliases[i]:
            continue
        w = words[i]
        if w in lex.article_places and w == norms[i]:
            continue
        for alias in aliases[i]:
            k = len(alias)
            got = words[i:i + k]
            if len(got) == k and (all(M._same_word(lex, x, y) for x, y in zip(got, alias)) if lex.endings
                                  else tuple(got) == alias):
                for j in range(i, i + k):
                    if out[j] in ("N", "X") and (lex.cased is False or written[j][0].isupper()):  # noqa: SIM114
                        out[j] = "L"
                    elif out[j] == "G" and j and norms[j] in lex.countries and norms[j - 1] in lex.connectors:
                        out[j] = "L"
    return out


@pytest.mark.parametrize("lang,text", [
    ("ar", "قال أمير منطقة مكة المكرمة إن منطقة تل أبيض ومدينة دير الزور في منطقة"),
    ("ar", "المتحدثة في الأردن شذى المغربي قالت في مدينة تونس"),
    ("ar", "رياض حجاب في الرياض وسوريا وفي حلب ومنطقة"),
    ("en", "New York City officials and the New York State governor met in New Delhi and New"),
    ("en", "Rural Damascus and East Ghouta, Deraa and Hamah"),
    ("id", "Bupati Cianjur di Jakarta Pusat dan Jakarta"),
    ("ru", "в Москве и в Западном Иерусалиме, Москвы"),
])
def test_places_as_before(lang, text):
    lex = M.speaker_lexicon(lang)
    written = text.replace(",", " ,").split()
    norms, tags, bases, aliases = (list(x) for x in zip(*[M._word(lex, w) for w in written]))
    want = _places_reference(lex, written, norms, bases, aliases, tags)
    assert M._places(lex, written, norms, bases, aliases, tags) == want
    if lang != "ru":
        assert want != tags   # (the sentence holds places the tags change)
