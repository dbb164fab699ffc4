"""Stance of a reporting verb: what the outlet's choice of verb says about the words it reports.

    stance_of("denied", "en") -> Stance("denial", known=True)
    annotate(quote_rows, text, lang)      sets `stance` on every quote row

Classes (configs/lang/<code>.yaml, `stance.classes`): neutral (said, قال, kata, сказал), assertive
(stressed, أكد, menegaskan, подчеркнул), doubtful (claimed, زعم, mengklaim, утверждал), denial
(denied, نفى, membantah, опроверг), accusation (accused, اتهم, menuduh, обвинил), commitment
(promised, وعد, berjanji, пообещал). A cue is folded as the language's `speakers` section folds
letters, its conjunction clitics (`quotes.clitics`: و, ف) are tried off, then it is looked up as a
whole phrase, as a stem (`подчеркн*`), and word by word. A cue in no class is neutral and `known`
is False (benchmarks/stance_cues.py counts those per language). A marked cue right after a negation
(`did not deny`, `لم ينف`, `не подтвердил`) is neutral: it asserts nothing of the marked kind.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from .lang import get as get_language
from .langdata import QuotesData, SpeakersData
from .model import STANCES
from .resources import per_configs

CLASSES = STANCES
NEUTRAL = "neutral"
WORD = regex.compile(r"[\p{L}\p{M}'’]+")


@dataclass(frozen=True)
class Stance:
    label: str
    known: bool      # the cue is listed in some class (a neutral fallback is not)


@dataclass
class StanceLexicon:
    cased: bool
    table: dict
    clitics: tuple[str, ...]
    exact: dict[str, str] = field(default_factory=dict)            # folded word or phrase -> class
    stems: list[tuple[str, str]] = field(default_factory=list)     # (folded stem, class), longest first
    negations: frozenset[str] = frozenset()
    _memo: dict[str, Stance] = field(default_factory=dict, repr=False)

    def fold(self, s: str) -> str:
        s = " ".join((s.lower() if self.cased else s).replace("’", "'").split())
        return s.translate(self.table) if self.table else s

    def lookup(self, phrase: str) -> str | None:
        hit = self.exact.get(phrase)
        if hit is not None:
            return hit
        for stem, label in self.stems:
            if phrase.startswith(stem):
                return label
        return None


@per_configs()
def stance_lexicon(lang: str) -> StanceLexicon | None:
    data = get_language(lang).data
    if data.stance is None:
        return None
    sp = data.speakers or SpeakersData()
    q = data.quotes or QuotesData(marks={}, verbs=())
    lex = StanceLexicon(cased=sp.cased, table=str.maketrans(dict(sp.fold)) if sp.fold else {}, clitics=())
    lex.clitics = tuple(lex.fold(c) for c in q.clitics if c)
    for label, cues in data.stance.classes.items():
        for cue in cues:
            f = lex.fold(cue)
            if f.endswith("*"):
                lex.stems.append((f[:-1], label))
            else:
                lex.exact[f] = label
    lex.stems.sort(key=lambda s: (-len(s[0]), s[0]))
    lex.negations = frozenset(lex.fold(w) for w in data.stance.negations)
    return lex


def stance_of(cue: str | None, lang: str, before: str = "") -> Stance:
    """The stance of a cue as written; `before` is the text just before it (for a negation)."""
    lex = stance_lexicon(lang)
    if lex is None or not cue:
        return Stance(NEUTRAL, False)
    got = lex._memo.get(cue)
    if got is None:
        got = _classify(lex, lex.fold(cue))
        if len(lex._memo) > 50_000:
            lex._memo.clear()
        lex._memo[cue] = got
    if got.label != NEUTRAL and before and lex.negations:
        words = [lex.fold(w) for w in WORD.findall(before)[-2:]]
        if any(w in lex.negations or any(w.endswith(n) for n in lex.negations if "'" in n) for w in words):
            return Stance(NEUTRAL, True)
    return got


def _classify(lex: StanceLexicon, cue: str) -> Stance:
    for form in _forms(lex, cue):
        label = lex.lookup(form)
        if label is not None:
            return Stance(label, True)
    words = cue.split()
    if len(words) > 1:
        for w in words:
            for form in _forms(lex, w):
                label = lex.exact.get(form)
                if label is not None and label != NEUTRAL:
                    return Stance(label, True)
        for w in words:
            for form in _forms(lex, w):
                if lex.lookup(form) is not None:
                    return Stance(lex.lookup(form) or NEUTRAL, True)
    return Stance(NEUTRAL, False)


def _forms(lex: StanceLexicon, w: str) -> list[str]:
    """The word, and the word without a conjunction clitic written onto it (وأكد -> أكد)."""
    return [w] + [w[len(c):] for c in lex.clitics if w.startswith(c) and len(w) > len(c) + 1]


def annotate(quotes: list[dict[str, Any]], text: str, lang: str) -> None:
    """Set `stance` on quote rows from their cue and the words before it."""
    for q in quotes:
        start = q.get("cue_start")
        before = text[max(0, start - 40):start] if isinstance(start, int) else ""
        q["stance"] = stance_of(q.get("cue"), lang, before).label
