"""What the quote steps share: a cue, a quote under construction, and the document context."""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ... import chars
from ..mentions import Mention, speaker_lexicon
from .grammar import QuoteGrammar

if TYPE_CHECKING:
    from ...analysis import ParsedDoc

END = chars.SENTENCE_END
NEAR = 120   # characters: how far a speaker mention may stand from its cue (a bound, for speed)
# A reported clause, its speaker and what comes before the cue are looked for within this many
# characters of the cue, cut at a space, however long the sentence. News sentences stay under about
# 2,500 characters; a text without full stops (a list, a punctuation-stripped export) can make one
# sentence of a whole document, and every cue's clause ran to its end: quadratic in the length.
REACH = 3000


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
        self._indexes: dict[str, tuple[list, int, Any]] = {}

    def _index(self, name: str, items: list, build: Callable[[list], Any]) -> Any:
        """What `build` makes of a list (mentions, cues, quotes), kept while it is the same list of the
        same length: the questions asked per cue or per quote are answered by bisection, not by a scan
        of every mention, which made long documents quadratic."""
        kept = self._indexes.get(name)
        if kept is None or kept[0] is not items or kept[1] != len(items):
            kept = self._indexes[name] = (items, len(items), build(items))
        return kept[2]

    def between(self, attr: str, lo: int, hi: int) -> list[Mention]:
        """The mentions whose `attr` (start, np_start, end, np_end) is in [lo, hi), in the order of `ms`."""
        def build(ms: list[Mention]) -> tuple[list[int], list[int]]:
            order = sorted(range(len(ms)), key=lambda i: getattr(ms[i], attr))
            return [getattr(ms[i], attr) for i in order], order
        keys, order = self._index(attr, self.ms, build)
        a, b = bisect.bisect_left(keys, lo), bisect.bisect_left(keys, hi)
        return [self.ms[i] for i in sorted(order[a:b])]

    def ending_between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose noun phrase ends in [lo, hi] (hi included), in the order of `ms`."""
        return self.between("np_end", lo, hi + 1)

    def name_before(self, word: str, pos: int, full: bool = False) -> bool:
        """Whether a name mention (of two words or more, when `full`) ending by `pos` ends with the
        word `word` (`وقال الجبير` after `عادل الجبير`): the earliest end of each last word, kept."""
        def build(ms: list[Mention]) -> dict[tuple[str, bool], int]:
            first: dict[tuple[str, bool], int] = {}
            for m in ms:
                if m.kind == "name" and (ws := self.text[m.start:m.end].split()):
                    for key in {(ws[-1], False), (ws[-1], " " in self.text[m.start:m.end])}:
                        first[key] = min(first.get(key, m.end), m.end)
            return first
        end = self._index("last words", self.ms, build).get((word, full))
        return end is not None and end <= pos

    def cues_in(self, cues: list[Cue], lo: int, hi: int) -> list[Cue]:
        """The cues of `cues` (sorted by start, as find_cues gives them) starting in [lo, hi)."""
        starts = self._index("cue starts", cues, lambda cs: [c.start for c in cs])
        return cues[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def ends_of(self, quotes: list[Quote]) -> list[tuple[int, int]]:
        """(end, index) of every quote of `quotes`, sorted."""
        return self._index("quote ends", quotes, lambda qs: sorted((q.end, i) for i, q in enumerate(qs)))

    def first_around(self, spans: list[Quote], start: int, end: int) -> Quote | None:
        """The first of `spans` (in list order) starting by `start` and ending at `end` or later. When
        the list is in start order, by bisection over its starts and the running maximum of its ends;
        else by a scan."""
        def build(xs: list[Quote]) -> tuple[list[int], list[int] | None]:
            if any(a.start > b.start for a, b in zip(xs, xs[1:])):
                return [], None
            return [x.start for x in xs], list(itertools.accumulate((x.end for x in xs), max))
        starts, tops = self._index("around", spans, build)
        if tops is None:
            return next((x for x in spans if x.start <= start and end <= x.end), None)
        k = bisect.bisect_left(tops, end, 0, bisect.bisect_right(starts, start))
        return spans[k] if k < len(spans) and spans[k].start <= start and tops[k] >= end else None

    def is_mention(self, m: Mention) -> bool:
        """Whether `m` is one of the document's mentions (the object itself, not an equal one)."""
        return id(m) in self._index("ids", self.ms, lambda ms: frozenset(map(id, ms)))

    def last_name(self, lo: int, pos: int) -> Mention | None:
        """The last name of `ms` starting at or after `lo`, whose noun phrase ends by `pos`, with a
        speaker name: walking back from `pos` over names only (mentions come in text order)."""
        ms = self.ms

        def build(ms: list[Mention]) -> tuple[bool, list[int], list[int]]:
            in_order = all(ms[i].start <= ms[i + 1].start for i in range(len(ms) - 1))
            idx = [i for i, m in enumerate(ms) if m.kind == "name"]
            return in_order, idx, [ms[i].start for i in idx]
        in_order, idx, starts = self._index("names", ms, build)
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


_WORDS = re.compile(r"\w+")


def words(s: str) -> int:
    return len(_WORDS.findall(s))   # (compiled once: asked per cue, quote and mention)


def rstrip_end(text: str, i: int) -> int:
    """len(text[:i].rstrip()) without copying the text (a copy per quote made long documents quadratic)."""
    i = max(0, i + len(text)) if i < 0 else min(i, len(text))
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
