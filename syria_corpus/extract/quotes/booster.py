"""The optional dependency-parse booster (syria_corpus/boosters.py): a direct quote the rules left
without a speaker takes the subject of the verb that governs it in a parse of its sentences
(`“…,” Karl Moss, one of the founders, said`, `Moss sings “…”`). Only those sentences are parsed,
and nothing changes when no parser is installed."""
from __future__ import annotations

from typing import Any

from ... import boosters
from ..mentions import Mention, speaker_lexicon
from .cues import negated
from .direct import HEADLINE_MAX_WORDS, body_names
from .model import NEAR, Cue, Quote, QuoteContext, words

MAX_SPAN = 1500   # characters parsed around one quote at most (a bound, for speed)
UP = 3            # head steps from the quote to its governing verb


def boost_speakers(ctx: QuoteContext, quotes: list[Quote]) -> None:
    # no speaker, or only the implicit one that _rows would guess: of a participle (`…, saying “…”`) or
    # of a verb joined to an earlier one (`X stressed … and said: “…”`), whose subject the parse names
    todo = [q for q in quotes if q.kind == "direct" and q.speaker is None and q.referent is None
            and (not q.implicit or (q.cue is not None and q.cue.kind in ("cont", "verb")))]
    if not todo:
        return
    nlp = boosters.parser(ctx.lang)
    if nlp is None:
        return
    by_cue: dict[int, list[Quote]] = {}   # the direct quotes without a speaker, by the start of their cue
    for o in quotes:
        if o.cue is not None and o.speaker is None and o.referent is None and o.kind == "direct":
            by_cue.setdefault(o.cue.start, []).append(o)
    parses: dict[tuple[int, int], Any] = {}   # the quotes of one sentence share its parse (read only)
    for q in todo:
        if q.speaker is not None:
            continue   # given by a quote of the same cue
        a = ctx.sentence(max(q.start - 2, 0))[0]
        b = ctx.sentence(min(q.end + 1, len(ctx.text) - 1))[1]
        if b - a > MAX_SPAN:
            continue
        if (a, b) not in parses:
            parses[a, b] = nlp(ctx.text[a:b])
        found = _governing_subject(parses[a, b], a, q, ctx)
        if found is None:
            continue
        verb, subj = found
        sp = _mention(ctx, subj, a)
        if sp is None or not _trusted_in_headline(ctx, q, sp):
            continue
        if q.cue is None:
            q.cue = Cue(a + verb.idx, a + verb.idx + len(verb), verb.text, "verb")
        for o in [q, *by_cue.get(q.cue.start, ())]:   # `“…,” X said. “…”`: the quotes of the same cue share it
            if o is q or o.speaker is None:
                o.speaker, o.implicit = sp, False


def _trusted_in_headline(ctx: QuoteContext, q: Quote, sp: Mention) -> bool:
    """In a headline (a short first paragraph) every word is capitalised, so the parser takes any words
    for a name (`The Trends Are ‘Terrifying’`): there a name needs a word the article's body ends a name
    with (`Hillary Clinton Speaks ‘…’`: Clinton), as headline_quotes asks. A pronoun or a title passes."""
    a, b = ctx.paras[0] if ctx.paras else (0, 0)
    if len(ctx.paras) < 2 or not a <= q.start < b or sp.kind != "name" or words(ctx.text[a:b]) > HEADLINE_MAX_WORDS:
        return True
    lex = speaker_lexicon(ctx.lang)
    again = body_names(ctx, lex)
    return any(lex.base(w) in again for w in ctx.text[sp.start:sp.end].split())


def _inside(tok: Any, a: int, q: Quote) -> bool:
    return q.start <= a + tok.idx < q.end


def _governing_subject(doc: Any, a: int, q: Quote, ctx: QuoteContext) -> tuple[Any, Any] | None:
    """(verb, subject token): the nearest verb outside the quote above the quote's words (`X said “…”`)
    or below them (`“…,” X said` parsed with the quote's verb as the root), with a subject outside it."""
    def cue(v: Any) -> bool:
        return bool(ctx.g.verbs.fullmatch(v.text)) and not negated(ctx.text, a + v.idx, ctx.g)

    lex = speaker_lexicon(ctx.lang)
    inner = [t for t in doc if _inside(t, a, q)]
    if not inner:
        return None
    roots = {t.i for t in inner if not _inside(t.head, a, q) or t.head.i == t.i}
    cands: list[tuple[int, Any]] = []
    for t in inner:
        if t.i not in roots:
            continue
        h, steps = t, 0
        while h.head.i != h.i and steps < UP:
            below, h, steps = h, h.head, steps + 1
            # a verb of the language's data, or any verb whose clause the quote is (`X sings “…”`), not
            # one whose object holds a quoted label (`names the so-called “…”`)
            if not _inside(h, a, q) and h.pos_ in ("VERB", "AUX") \
                    and (cue(h) or below.dep_ not in ("dobj", "pobj", "attr", "oprd", "appos", "npadvmod", "nsubj")):
                cands.append((steps, h))
    for t in inner:   # the parser made the quote the root and the reporting verb its dependant
        for c in t.children:
            # not a verb with an object of its own (`but then X said nothing`)
            if not _inside(c, a, q) and c.pos_ == "VERB" and c.dep_ in ("parataxis", "ccomp", "advcl", "conj") \
                    and cue(c) and not any(o.dep_ == "dobj" for o in c.children):
                cands.append((2, c))
    # a reporting verb of the language's data first (`said` over the `spent` of a reported clause)
    cands.sort(key=lambda x: (not cue(x[1]), x[0]))
    for _, v in cands:
        if any(c.dep_ == "neg" for c in v.children):
            continue   # `did not say “…”`: words not said
        subj = next((c for c in v.children if c.dep_ in ("nsubj",) and not _inside(c, a, q)), None)
        if subj is not None and (cue(v) or lex.norm(subj.text) not in lex.neuter):   # `It remains “…”`
            return v, subj
    return None


def _mention(ctx: QuoteContext, subj: Any, a: int) -> Mention | None:
    """The speaker mention of a subject token: a known mention holding it, else one made of its phrase."""
    head0, head1 = a + subj.idx, a + subj.idx + len(subj)
    left = a + subj.left_edge.idx
    near = ctx.ending_between(head1, head1 + NEAR)   # a bisection, not a scan of every mention
    known = [m for m in near if m.start <= head0 and head1 <= m.end] or \
            [m for m in near if m.np_start <= head0 and head1 <= m.np_end]
    if known:
        return known[0]
    text = ctx.text[left:head1]
    lex = speaker_lexicon(ctx.lang)
    if subj.pos_ == "PRON":
        if lex.norm(subj.text) not in lex.pronouns:
            return None   # `it`, `which`, `who`: no person to resolve
        return Mention(head0, head1, "pronoun", head0, head1)
    if subj.pos_ == "PROPN":
        return Mention(left, head1, "name", left, head1)
    if not text.strip():
        return None
    return Mention(left, head1, "title", left, head1, text, lex.classes(text) or frozenset({"~" + subj.text.lower()}))
