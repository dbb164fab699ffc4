"""What the quote steps share: a cue, a quote under construction, and the document context."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ... import chars
from ..mentions import Mention, speaker_lexicon
from .grammar import QuoteGrammar

if TYPE_CHECKING:
    from ...analysis import ParsedDoc

END = chars.SENTENCE_END
NEAR = 120   # characters: how far a speaker mention may stand from its cue (a bound, for speed)


@dataclass
class Cue:
    start: int
    end: int
    form: str          # the cue word as listed in the data
    kind: str          # verb | prefix | cont


@dataclass
class Quote:
    start: int
    end: int
    kind: str
    cue: Cue | None = None
    speaker: Mention | None = None
    implicit: bool = False     # speaker taken from context (continuation, implicit subject)
    referent: Mention | None = None   # who a pronoun or continuation here refers to, when known later
    group: int = -1            # pieces of one multi-paragraph quote share a group


class QuoteContext:
    """What every step needs about one document: its analysis, the language's quote grammar and
    the speaker mentions (to which speaker slots found later are added)."""

    def __init__(self, parsed: ParsedDoc, g: QuoteGrammar):
        self.parsed = parsed
        self.text = parsed.text
        self.lang = parsed.lang
        self.g = g
        self.ms: list[Mention] = parsed.mentions
        self.paras = parsed.paragraphs

    @functools.cached_property
    def known_names(self) -> frozenset[str]:
        """Folded words of the names met in the document (a bare `شكري` after `سامح شكري`)."""
        lex = speaker_lexicon(self.lang)
        return frozenset(lex.norm(w) for m in self.ms if m.kind == "name" for w in self.text[m.start:m.end].split())

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.parsed.sentence(pos)

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self.parsed.paragraph(pos)


def words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
