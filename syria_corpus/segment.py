"""Paragraphs, sentences and tokens as character spans, with spaCy's per-language blank tokenizers.

Sentences never cross a paragraph boundary. Some corpora (Arabic ones especially) glue paragraphs
together with ".," instead of a line break, so that separator ends a paragraph too. Per-language
tokenizer fixes (e.g. Arabic, whose blank tokenizer leaves `نفد".` as one token, so the
sentencizer misses the full stop) come from `quotes.segment` in configs/lang/<code>.yaml.
The results are kept by analysis.ParsedDoc, computed once per document.
"""
from __future__ import annotations

import re
from typing import Any

import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import chars
from .lang import get as get_language
from .langdata import SegmentData
from .resources import per_configs

Span = tuple[int, int]

# A line break ends a paragraph; so does the ".," glue of scraped non-Latin articles (the full
# stop stays with its paragraph; Latin text is left alone because of "Inc., etc.,").
_PARA_BREAK = re.compile(r"(?P<brk>\n\s*)|(?:(?<=[^\W\d_A-Za-z]{2})|(?<=[\"”»)]))[.!?؟](?P<glue>[,،]\s+)")
_OPENING_AT_END = re.compile(r"(?<=\s)[" + re.escape(chars.OPENING_MARKS) + r"]+\s*$")


def _segment_data(lang: str) -> SegmentData:
    q = get_language(lang).data.quotes
    return q.segment if q is not None else SegmentData()


@per_configs()
def _nlp(lang: str) -> Any:
    """A blank pipeline with a sentencizer, built once per language (split() runs its tokenizer and
    applies the sentencizer's rule itself, see _sentence_starts; other users get the whole pipeline)."""
    try:
        nlp = spacy.blank(lang, vocab=_vocab(lang))
    except Exception:  # a language spaCy does not know: its tokenizer rules are the generic ones
        nlp = spacy.blank("xx", vocab=_vocab("xx"))
    conf = _segment_data(lang)
    tokenizer: Any = nlp.tokenizer
    if conf.suffixes:
        suffixes = list(nlp.Defaults.suffixes or []) + list(conf.suffixes)
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    if conf.infixes:
        infixes = list(nlp.Defaults.infixes or []) + list(conf.infixes)
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # spaCy caches the tokens of at most 10,000 distinct whitespace-separated chunks; Arabic news,
    # with its attached clitics, passes that within a few hundred articles, and every new chunk after
    # it went through the affix rules again (3,340 SaudiNewsNet articles: 5.8 -> 3.3 s). The cache
    # lives as long as the pipeline, which split() rebuilds after _MAX_STRINGS new strings.
    tokenizer.max_cache_size = _CACHE_CHUNKS
    punct = set(conf.sentence_punct or chars.SENTENCE_PUNCT)
    nlp.add_pipe("sentencizer", config={"punct_chars": sorted(punct)})
    vocab: Any = nlp.vocab
    # the strings the pipeline holds as built (32,000 for Indonesian, whose tokenizer has 16,000
    # exceptions): the bound in split() counts the strings added beyond them
    nlp.meta["strings_as_built"] = len(vocab.strings)
    return nlp


def _vocab(lang: str) -> Any:
    """The language's vocabulary, computing of a word's lexical attributes only the two read here:
    is_space (split) and is_punct (the sentencizer). The others (shape, like_url, like_num, norm...)
    took a fifth of the tokenizing time, and a quarter of building the Indonesian tokenizer, whose
    16,000 exceptions are each a new word (2.3 -> 1.7 s)."""
    from spacy.util import get_lang_class
    from spacy.vocab import create_vocab

    vocab: Any = create_vocab(lang, get_lang_class(lang).Defaults)
    vocab.lex_attr_getters = {k: f for k, f in vocab.lex_attr_getters.items() if k in (IS_SPACE, IS_PUNCT)}
    return vocab


def paragraphs(text: str) -> list[Span]:
    """Non-empty paragraphs as (start, end), surrounding whitespace excluded."""
    out, pos = [], 0
    for m in _PARA_BREAK.finditer(text):
        brk = m.span("brk") if m.group("brk") else m.span("glue")
        out.append((pos, brk[0]))
        pos = brk[1]
    out.append((pos, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in out) if s]


def _strip(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


@per_configs()
def _abbreviations(lang: str) -> re.Pattern | None:
    words = _segment_data(lang).abbreviations
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\.\s*$", re.I) if words else None


def split(text: str, lang: str, paras: list[Span]) -> tuple[list[Span], list[Span]]:
    """(sentences, tokens) of the whole text, each paragraph parsed on its own."""
    nlp = _nlp(lang)
    sents: list[Span] = []
    toks: list[Span] = []
    abbr = _abbreviations(lang)
    punct = _punct_ids(lang)
    for (a, _), doc in zip(paras, nlp.tokenizer.pipe(text[x:y] for x, y in paras)):
        # one array of the token attributes: no Token object made per token
        rows = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, ORTH]).tolist()
        starts = _sentence_starts(rows, punct)
        raw = [[a + rows[s][0], a + rows[e - 1][0] + rows[e - 1][1]] for s, e in zip(starts, starts[1:] + [len(rows)])]
        for cur, nxt in zip(raw, raw[1:]):
            lead = _OPENING_AT_END.search(text, cur[0], cur[1])
            if lead:   # the sentencizer leaves the next quote's opening mark at this sentence's end
                cur[1], nxt[0] = lead.start(), lead.start()
        if abbr:   # `2 тыс. беженцев`: an abbreviation's stop before a lower-case word
            for k in range(len(raw) - 1, 0, -1):
                if abbr.search(text, raw[k - 1][0], raw[k - 1][1]) and text[raw[k][0]:raw[k][0] + 1].islower():
                    raw[k - 1][1] = raw[k][1]
                    del raw[k]
        sents.extend(span for span in (_strip(text, x, y) for x, y in raw) if span)
        toks.extend((a + i, a + i + n) for i, n, space, _, _ in rows if not space)
    if len(nlp.vocab.strings) - nlp.meta.get("strings_as_built", 0) > _MAX_STRINGS:
        # spaCy's vocabulary keeps every string it has tokenized: on a long run it grows with the
        # corpus. A fresh pipeline (tokens do not depend on that store) bounds it (_nlp is an lru_cache).
        _nlp.cache_clear()   # type: ignore[attr-defined]
    return sents, toks


# About 0.45 KB per string (its lexeme and the tokenizer's cache entry): 100,000 hold ~45 MB. A
# fresh pipeline costs its build (1.7 s for Indonesian, under 0.1 s for the others) and a cold cache
# (the tokenizer's cache of words seen makes a known word several times cheaper), so the bound is
# not set lower.
_MAX_STRINGS = 100_000
# Distinct chunks cached per pipeline (about 0.15 KB each: +26 MB on the 3,340 articles above).
_CACHE_CHUNKS = 2 * _MAX_STRINGS


@per_configs()
def _punct_ids(lang: str) -> frozenset[int]:
    """String ids of the sentencizer's sentence-final characters (ids are hashes of the text, the
    same in every vocabulary)."""
    sentencizer = _nlp(lang).get_pipe("sentencizer")
    return frozenset(spacy.strings.get_string_id(c) for c in sentencizer.punct_chars)


def _sentence_starts(rows: list[list[int]], punct: frozenset[int]) -> list[int]:
    """Indexes of the tokens that start a sentence, by spaCy's Sentencizer rule (a sentence starts at
    the first token after a sentence-final character that is neither punctuation nor such a
    character), read from the rows (idx, length, is_space, is_punct, orth) of Doc.to_array instead
    of a Token object per token, which took most of the segmenting time."""
    if not rows:
        return []
    starts, seen = [0], False
    for i, (_, _, _, is_punct, orth) in enumerate(rows):
        if orth in punct:
            seen = True
        elif seen and not is_punct:
            starts.append(i)
            seen = False
    return starts
