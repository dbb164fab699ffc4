"""The cheapest signal: which script the letters are in, and which languages their letters allow."""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from ..chars import SCRIPTS

LETTERS = {name: re.compile(f"[{chars}]") for name, chars in SCRIPTS.items()}
WORDS = {name: re.compile(f"[{chars}]+") for name, chars in SCRIPTS.items()}
CASED = frozenset({"latin", "cyrillic"})   # scripts with capital letters: a capitalised word may be a name


def script_counts(text: str) -> dict[str, int]:
    # the letters of each script, summed over its runs: a list of runs, not one string per letter
    return {name: sum(map(len, rx.findall(text))) for name, rx in WORDS.items()}


def main_script(counts: Mapping[str, int]) -> str | None:
    """The script with the most letters (the first of SCRIPTS on a tie), None without letters."""
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else None


def words(text: str, script: str) -> list[str]:
    return WORDS[script].findall(text)


def is_name(ws: Sequence[str], script: str) -> bool:
    """A single word that may be a name (capitalised, or in a script without case), which says
    nothing of the language of the text it comes from. A lower-case word is no name."""
    return len(ws) == 1 and (script not in CASED or ws[0][:1].isupper())


def rule_out(ws: Sequence[str], candidates: Sequence[str], alphabets: Mapping[str, str],
             share: float) -> tuple[str, ...]:
    """The candidates whose alphabet the words allow. A letter rules a language out when another
    candidate writes it and this one does not; a language is ruled out when at least `share` of
    the words (and at least one) carry such a letter. When every candidate would go, none does
    (mixed writing: leave it to the detector)."""
    known = set("".join(alphabets.get(c, "") for c in candidates))
    if not known or not ws:
        return tuple(candidates)
    lowered = [w.lower() for w in ws]
    need = max(1.0, share * len(lowered))
    lines = "\n".join(lowered)   # one word a line
    by_line = lines.count("\n") == len(lowered) - 1   # (words() never holds a line break)
    kept = []
    for c in candidates:
        alphabet = alphabets.get(c, "")
        foreign = known - set(alphabet) if alphabet else set()
        # the words carrying a foreign letter: one regex pass, not a set made per word and language
        if not foreign:
            hits = 0
        elif by_line:
            hits = len(_holding(frozenset(foreign)).findall(lines))
        else:
            hits = sum(1 for w in lowered if foreign.intersection(w))
        if hits < need:
            kept.append(c)
    return tuple(kept) or tuple(candidates)


@functools.lru_cache(maxsize=256)   # one per alphabet and set of candidates: a handful
def _holding(letters: frozenset[str]) -> re.Pattern:
    """A line holding any of `letters`, once per line: from its first such letter to its end (a regex
    opening with a class of letters skips to them in C, where one opening with `^` tries every position)."""
    return re.compile(f"[{re.escape(''.join(sorted(letters)))}][^\n]*")


def marked(ws: Sequence[str], langs: Sequence[str], markers: Mapping[str, Sequence[str]]) -> str | None:
    """The one of `langs` whose marker words the text uses, when only one's are there."""
    lowered = {w.lower() for w in ws}
    hits = [lang for lang in langs if lowered.intersection(markers.get(lang, ()))]
    return hits[0] if len(hits) == 1 else None
