"""The shortcuts of the mention and place scans give what the per-position scans they replace gave."""
import re

import pytest

from syria_corpus.extract.mentions import _match_positions


@pytest.mark.parametrize("pattern,text", [
    (r"-(?:[a-z]+ed|based)\b", "US-led and Britain-based -led groups, -ledger"),
    (r"aa", "aaaa baaab aa"),          # overlapping matches: each position on its own
    (r"(?<=x)y|\by", "xy y zy yy"),    # lookbehind and word boundaries see the text before the position
    (r"q", "no such letter"),
])
def test_match_positions_is_match_at_each_position(pattern, text):
    compiled = re.compile(pattern)
    positions = list(range(len(text) + 1))
    assert _match_positions(compiled, text, positions) == {p for p in positions if compiled.match(text, p)}
    some = positions[::3]
    assert _match_positions(compiled, text, some) == {p for p in some if compiled.match(text, p)}
