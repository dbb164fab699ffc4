"""Questions about many spans (start, end) answered by bisection, so that asking them once per
mention, cue or figure stays n log n in a long document."""
from __future__ import annotations

import bisect


class Spans:
    """Spans (start, end) that may overlap each other, asked whether any overlaps [a, b) in
    O(log n): sorted by start, with the largest end of every prefix."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        for _, e in spans:
            self.max_end.append(max(e, self.max_end[-1]) if self.max_end else e)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)   # spans starting before b
        return i > 0 and self.max_end[i - 1] > a

    def holds(self, pos: int) -> bool:
        """Some span has start <= pos < end."""
        return self.overlaps(pos, pos + 1)
