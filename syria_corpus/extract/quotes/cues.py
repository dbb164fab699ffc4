"""Reporting cues: verbs (and their continuation forms) and prefix markers of the language."""
from __future__ import annotations

from .grammar import QuoteGrammar
from .model import END, Cue


def find_cues(text: str, g: QuoteGrammar) -> list[Cue]:
    # `اكد` is the listed `أكد` (g.cue_form: the listed form and the kind, once per written form)
    # a capitalised verb is a cue only where a sentence starts (`Said Ellis:`, not `United States`)
    out = [Cue(m.start(1), m.end(1), *g.cue_form(m.group(1)))
           for m in g.verbs.finditer(text)
           if (not m.group(1)[0].isupper() or _sentence_initial(text, m.start(1)))
           and not (g.not_cues and g.not_cues.match(text, m.start(1)))]
    out += [Cue(m.start(1), m.end(1), g.cue_form(m.group(1))[0], "prefix") for m in g.prefix.finditer(text)
            if not (g.not_cues and g.not_cues.match(text, m.start(1)))]
    return sorted(out, key=lambda c: c.start)


def negated(text: str, i: int, g: QuoteGrammar) -> bool:
    """`did not say`, `has never said`, `didn’t say`: the verb at `i` is negated. It heads a reported clause
    still (`isn’t saying if …`), but never attributes a direct quote: those words were not said."""
    return bool(g.negated and g.negated.search(text[max(0, i - 30):i]))


def _sentence_initial(text: str, i: int) -> bool:
    before = text[max(0, i - 20):i].rstrip()
    return (i < 20 and not before) or (bool(before) and before[-1] in END + "\n\"”»:")
