"""The cascade: letters first, one detector on a bounded sample, the second only when it is unsure."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..chars import SCRIPTS
from ..resources import per_configs
from . import detectors
from .data import interpolate, langid_data
from .letters import LETTERS, WORDS, is_name, main_script, marked, rule_out, script_counts, words


@dataclass(frozen=True)
class Segment:
    lang: str
    start: int
    end: int


@dataclass(frozen=True)
class Detection:
    lang: str
    confidence: float
    segments: tuple[Segment, ...] = ()
    how: str = ""   # script | letters | lingua | agree | disagree | markers | name | none (no letters, no candidate)

    @property
    def langs(self) -> list[str]:
        rest = sorted({s.lang for s in self.segments} - {self.lang})
        return ([self.lang] if self.lang != "und" else []) + rest


UND = Detection("und", 0.0, how="none")


def sample(text: str, size: int) -> str:
    """Up to `size` characters: whole text when short, else slices from its start, middle and end."""
    if len(text) <= size:
        return text
    k = 4
    step = len(text) // k
    part = size // k
    pieces = []
    for i in range(k):
        a = i * step
        # begin and end on whitespace so no word is cut in two
        a = text.find(" ", a) + 1 if i else 0
        pieces.append(text[a:a + part].rsplit(" ", 1)[0])
    return "\n".join(pieces)


def candidates(script: str, allowed: Sequence[str]) -> tuple[str, ...]:
    """The configured languages written in `script`, in the order of configs/langid.yaml."""
    return _candidates(script, tuple(allowed))   # (asked per document and script: the same few answers)


@per_configs(maxsize=256)
def _candidates(script: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    known = langid_data().languages
    return tuple(code for code, lang in known.items() if lang.script == script and code in allowed)


def decide(text: str, script: str, cands: tuple[str, ...], use_detectors: bool = True) -> Detection:
    """The language of `text` (written mostly in `script`) among `cands`."""
    data = langid_data()
    ws = words(text, script)
    if len(cands) == 1:
        return Detection(cands[0], 1.0, how="script")
    alphabets = {c: data.languages[c].alphabet for c in cands}
    left = rule_out(ws, cands, alphabets, data.rule_out_share)
    if len(left) == 1:
        return Detection(left[0], data.calibration.letters, how="letters")
    if not use_detectors or is_name(ws, script):
        return Detection("und", 0.0, how="name")
    lang, raw = detectors.lingua(text, left)
    if lang is None:
        return Detection("und", 0.0, how="none")
    cal = data.calibration
    if raw >= data.unsure:
        return Detection(lang, round(interpolate(cal.alone, raw), 3), how="lingua")
    second = detectors.langdetect(text, left)
    if second is None:
        return Detection(lang, round(interpolate(cal.alone, raw), 3), how="lingua")
    if second == lang:
        return Detection(lang, round(interpolate(cal.agree, raw), 3), how="agree")
    backed = marked(ws, (lang, second), {c: data.languages[c].markers for c in left})
    if backed:
        return Detection(backed, cal.markers, how="markers")
    return Detection(lang, round(interpolate(cal.disagree, raw), 3), how="disagree")


def detect(text: str, settings: dict) -> Detection:
    """The language of a document (or a title, a caption, a one-line record) and the passages in
    it written in another script. `und` only when nothing decides: no letters of a known script,
    no configured language for them, or a name alone whose letters do not tell."""
    allowed = list(settings.get("languages") or [])
    sample_text = sample(text, int(settings.get("detect_sample_chars", 1000)))
    script = main_script(script_counts(sample_text))
    if script is None:
        return Detection("und", 0.0, tuple(foreign_segments(text, None, allowed)), how="none")
    cands = candidates(script, allowed)
    segments = tuple(foreign_segments(text, script, allowed))
    if not cands:
        return Detection("und", 0.0, segments, how="none")
    d = decide(sample_text, script, cands)
    return Detection(d.lang, d.confidence, segments, d.how)


# A run of words of one script, allowing spaces and light punctuation between them.
_WORD = r"[{c}]+(?:['’\-][{c}]+)*"
_RUN = {name: re.compile(f"{_WORD.format(c=chars)}(?:[ \\t,.:;()\"'«»\\-–]+{_WORD.format(c=chars)})*")
        for name, chars in SCRIPTS.items()}


def foreign_segments(text: str, main: str | None, allowed: Sequence[str], min_letters: int = 4) -> list[Segment]:
    """Runs of words in a script other than the document's main one, with their language: decided
    like a text when long enough (segment_min_letters), else by their letters, else the script's
    default language (Cyrillic: ru), else `und`."""
    data = langid_data()
    out = []
    for script, rx in _RUN.items():
        if script == main:
            continue
        cands = candidates(script, allowed)
        if not cands:
            continue
        for m in rx.finditer(text):
            run = m.group().rstrip(" \t,.:;(\"'«-–")
            letters = len(LETTERS[script].findall(run))
            if letters < min_letters or (script == "latin" and len(WORDS[script].findall(run)) < 3):
                continue  # a lone Latin acronym in an Arabic article is not a passage
            lang = decide(run, script, cands, use_detectors=letters >= data.segment_min_letters).lang
            if lang == "und":
                lang = data.defaults.get(script, "und")   # type: ignore[call-overload]
                lang = lang if lang in cands else "und"
            out.append(Segment(lang, m.start(), m.start() + len(run)))
    return sorted(out, key=lambda s: s.start)
