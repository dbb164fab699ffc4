"""Reporting cues: verbs (and their continuation forms) and prefix markers of the language."""
from __future__ import annotations

import re

from .grammar import QuoteGrammar
from .model import END, Cue


def find_cues(text: str, g: QuoteGrammar) -> list[Cue]:
    def kind(form: str) -> str:
        bare = re.sub(g.optional_marks, "", form.lower()) if g.optional_marks else form.lower()
        return "cont" if bare in g.cont else "verb"

    # a capitalised verb is a cue only where a sentence starts (`Said Ellis:`, not `United States`)
    def listed(form: str) -> str:   # `اكد` is the listed `أكد`
        return g.listed_form(re.sub(g.optional_marks, "", form) if g.optional_marks else form)

    out = [Cue(m.start(1), m.end(1), listed(m.group(1)), kind(listed(m.group(1))))
           for m in g.verbs.finditer(text)
           if (not m.group(1)[0].isupper() or _sentence_initial(text, m.start(1)))
           and not (g.not_cues and g.not_cues.match(text, m.start(1)))]
    out += [Cue(m.start(1), m.end(1), listed(m.group(1)), "prefix") for m in g.prefix.finditer(text)
            if not (g.not_cues and g.not_cues.match(text, m.start(1)))]
    return sorted(out, key=lambda c: c.start)


def negated(text: str, i: int, g: QuoteGrammar) -> bool:
    """`did not say`, `has never said`, `didn’t say`: the verb at `i` is negated. It heads a reported clause
    still (`isn’t saying if …`), but never attributes a direct quote: those words were not said."""
    return bool(g.negated and g.negated.search(text[max(0, i - 30):i]))


def _sentence_initial(text: str, i: int) -> bool:
    before = text[max(0, i - 20):i].rstrip()
    return (i < 20 and not before) or (bool(before) and before[-1] in END + "\n\"”»:")
