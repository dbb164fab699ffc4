"""What the quote steps share: a cue, a quote under construction, and the document context."""
from __future__ import annotations

import bisect
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
        self._np_ends: tuple[int, list[int], list[int]] | None = None
        self._names: tuple[int, bool, list[int], list[int]] | None = None
        self._by: dict[str, tuple[int, list[int], list[int]]] = {}
        self._last_words: tuple[int, dict[tuple[str, bool], int]] | None = None
        self._ids: tuple[int, frozenset[int]] | None = None
        self._cue_starts: tuple[list[Cue], list[int]] | None = None
        self._ends: tuple[list[Quote], list[tuple[int, int]]] | None = None
        self._around: tuple[list[Quote], list[int], list[int] | None] | None = None

    def ending_between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose noun phrase ends in [lo, hi], in the order of `ms`: a bisection instead
        of a scan of every mention per cue, which made long documents quadratic."""
        if self._np_ends is None or self._np_ends[0] != len(self.ms):
            order = sorted(range(len(self.ms)), key=lambda i: self.ms[i].np_end)
            self._np_ends = (len(self.ms), [self.ms[i].np_end for i in order], order)
        _, ends, order = self._np_ends
        a, b = bisect.bisect_left(ends, lo), bisect.bisect_right(ends, hi)
        return [self.ms[i] for i in sorted(order[a:b])]

    def between(self, attr: str, lo: int, hi: int) -> list[Mention]:
        """The mentions whose `attr` (start, np_start, end) is in [lo, hi), in the order of `ms`: a
        bisection, so that a question asked per cue or per quote costs no scan of every mention."""
        index = self._by.get(attr)
        if index is None or index[0] != len(self.ms):
            order = sorted(range(len(self.ms)), key=lambda i: getattr(self.ms[i], attr))
            index = self._by[attr] = (len(self.ms), [getattr(self.ms[i], attr) for i in order], order)
        _, keys, order = index
        a, b = bisect.bisect_left(keys, lo), bisect.bisect_left(keys, hi)
        return [self.ms[i] for i in sorted(order[a:b])]

    def name_before(self, word: str, pos: int, full: bool = False) -> bool:
        """Whether a name mention (of two words or more, when `full`) ending by `pos` ends with the
        word `word` (`وقال الجبير` after `عادل الجبير`): the earliest end of each last word, kept."""
        if self._last_words is None or self._last_words[0] != len(self.ms):
            first: dict[tuple[str, bool], int] = {}
            for m in self.ms:
                if m.kind == "name" and (ws := self.text[m.start:m.end].split()):
                    for key in {(ws[-1], False), (ws[-1], " " in self.text[m.start:m.end])}:
                        first[key] = min(first.get(key, m.end), m.end)
            self._last_words = (len(self.ms), first)
        end = self._last_words[1].get((word, full))
        return end is not None and end <= pos

    def cues_in(self, cues: list[Cue], lo: int, hi: int) -> list[Cue]:
        """The cues of `cues` (sorted by start, as find_cues gives them) starting in [lo, hi)."""
        if self._cue_starts is None or self._cue_starts[0] is not cues or len(self._cue_starts[1]) != len(cues):
            self._cue_starts = (cues, [c.start for c in cues])
        starts = self._cue_starts[1]
        return cues[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def ends_of(self, quotes: list[Quote]) -> list[tuple[int, int]]:
        """(end, index) of every quote of `quotes`, sorted (kept while the list is)."""
        if self._ends is None or self._ends[0] is not quotes or len(self._ends[1]) != len(quotes):
            self._ends = (quotes, sorted((q.end, i) for i, q in enumerate(quotes)))
        return self._ends[1]

    def first_around(self, spans: list[Quote], start: int, end: int) -> Quote | None:
        """The first of `spans` (in list order) starting by `start` and ending at `end` or later. When
        the list is in start order, by bisection over its starts and the running maximum of its ends
        (kept while the list is); else by a scan."""
        if self._around is None or self._around[0] is not spans or len(self._around[1]) != len(spans):
            ordered = all(a.start <= b.start for a, b in zip(spans, spans[1:]))
            reach, top = [], -1
            for x in spans:
                top = max(top, x.end)
                reach.append(top)
            self._around = (spans, [x.start for x in spans], reach if ordered else None)
        _, starts, tops = self._around
        if tops is None:
            return next((x for x in spans if x.start <= start and end <= x.end), None)
        k = bisect.bisect_left(tops, end, 0, bisect.bisect_right(starts, start))
        return spans[k] if k < len(spans) and spans[k].start <= start and tops[k] >= end else None

    def is_mention(self, m: Mention) -> bool:
        """Whether `m` is one of the document's mentions (the object itself, not an equal one)."""
        if self._ids is None or self._ids[0] != len(self.ms):
            self._ids = (len(self.ms), frozenset(id(x) for x in self.ms))
        return id(m) in self._ids[1]

    def last_name(self, lo: int, pos: int) -> Mention | None:
        """The last name of `ms` starting at or after `lo`, whose noun phrase ends by `pos`, with a
        speaker name: walking back from `pos` over names only (mentions come in text order)."""
        ms = self.ms
        if self._names is None or self._names[0] != len(ms):
            in_order = all(ms[i].start <= ms[i + 1].start for i in range(len(ms) - 1))
            idx = [i for i, m in enumerate(ms) if m.kind == "name"]
            self._names = (len(ms), in_order, idx, [ms[i].start for i in idx])
        _, in_order, idx, starts = self._names
        if not in_order:   # cannot walk back: scan
            names = [m for m in ms if m.kind == "name" and lo <= m.start and m.np_end <= pos and m.speaker_name]
            return names[-1] if names else None
        k = bisect.bisect_right(starts, pos) - 1
        while k >= 0 and starts[k] >= lo:
            m = ms[idx[k]]
            if m.np_end <= pos and m.speaker_name:
                return m
            k -= 1
        return None

    @functools.cached_property
    def known_names(self) -> frozenset[str]:
        """Folded words of the names met in the document (a bare `شكري` after `سامح شكري`)."""
        lex = speaker_lexicon(self.lang)
        return frozenset(lex.norm(w) for m in self.ms if m.kind == "name" for w in self.text[m.start:m.end].split())

    @functools.cached_property
    def paragraph_index(self) -> dict[int, int]:
        """Paragraph start -> its position in `parsed.paragraph_starts` (the first, as list.index)."""
        out: dict[int, int] = {}
        for i, a in enumerate(self.parsed.paragraph_starts):
            out.setdefault(a, i)
        return out

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
