"""Language of a document and of the passages inside it written in another script.

Three signals, cheapest first:
1. the script of the letters (Arabic script cannot be Indonesian; Cyrillic narrows to ru/uk/bg...);
2. langdetect, seeded for determinism and restricted to the configured languages of that script;
3. lingua, restricted the same way, as an independent second opinion.
Both detectors read a bounded sample of the text (slices spread over the whole document), so cost
does not grow with article length. langdetect's own probability is uninformative (its wrong answers
score 0.99+), so `lang_confidence` is built from evidence instead: the share of sampled paragraphs
on which lingua agrees with the document language, halved when the two detectors disagree on the
whole sample. Runs of another script (a Russian `РИА Новости` inside an Indonesian article) are
returned as segments.
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .chars import SCRIPTS

_LETTERS = {name: re.compile(f"[{chars}]") for name, chars in SCRIPTS.items()}
_WORD = r"[{c}]+(?:['’\-][{c}]+)*"
# A run of words of one script, allowing spaces and light punctuation between them.
_RUN = {name: re.compile(f"{_WORD.format(c=chars)}(?:[ \\t,.:;()\"'«»\\-–]+{_WORD.format(c=chars)})*")
        for name, chars in SCRIPTS.items()}


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

    @property
    def langs(self) -> list[str]:
        rest = sorted({s.lang for s in self.segments} - {self.lang})
        return ([self.lang] if self.lang != "und" else []) + rest


def script_counts(text: str) -> dict[str, int]:
    return {name: len(rx.findall(text)) for name, rx in _LETTERS.items()}


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


# -- detectors, restricted to the configured languages -----------------------------------

@functools.cache
def _langdetect_factory(langs: tuple[str, ...]):
    import json

    import langdetect
    from langdetect.detector_factory import DetectorFactory

    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    profiles = []
    for code in langs:
        p = os.path.join(folder, code)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                profiles.append(json.load(f))
    if not profiles:
        return None
    factory = DetectorFactory()
    factory.load_json_profile([json.dumps(p) for p in profiles])
    factory.set_seed(0)
    return factory


def langdetect_lang(text: str, langs: tuple[str, ...]) -> str | None:
    if len(langs) == 1:
        return langs[0]
    factory = _langdetect_factory(langs)
    if factory is None:
        return None
    from langdetect.lang_detect_exception import LangDetectException
    det = factory.create()
    det.append(text)
    try:
        return det.detect()
    except LangDetectException:
        return None


@functools.cache
def _lingua_detector(langs: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = []
    for code in langs:
        try:
            chosen.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            continue
    if len(chosen) < 2:
        return None, chosen
    return LanguageDetectorBuilder.from_languages(*chosen).build(), chosen


def lingua_lang(text: str, langs: tuple[str, ...]) -> str | None:
    if len(langs) == 1:
        return langs[0]
    detector, chosen = _lingua_detector(langs)
    if detector is None:
        return chosen[0].iso_code_639_1.name.lower() if chosen else None
    found = detector.detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else None


# -- the document ------------------------------------------------------------------------

def candidates(script: str | None, allowed: Sequence[str],
               script_langs: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The configured languages that can be written in `script` (`scripts:` in configs/default.yaml)."""
    if script is None:
        return ()
    return tuple(lang for lang in script_langs.get(script, []) if lang in allowed) or tuple(
        lang for lang in allowed if not any(lang in v for v in script_langs.values()))


def detect(text: str, settings: dict) -> Detection:
    allowed = list(settings.get("languages") or [])
    script_langs = settings.get("scripts") or {}
    sample_text = sample(text, int(settings.get("detect_sample_chars", 4000)))
    counts = script_counts(sample_text)
    if sum(counts.values()) < int(settings.get("min_letters", 20)):
        return Detection("und", 0.0)
    script = max(counts, key=lambda s: counts[s])
    cands = candidates(script, allowed, script_langs)
    if not cands:
        return Detection("und", 0.0, tuple(foreign_segments(text, None, allowed, script_langs)))
    by_langdetect = langdetect_lang(sample_text, cands)
    by_lingua = lingua_lang(sample_text, cands)
    paragraphs = _sample_paragraphs(sample_text, script)
    votes = [lingua_lang(p, cands) for p in paragraphs]
    lang = by_langdetect or by_lingua or cands[0]
    if by_langdetect and by_lingua and by_langdetect != by_lingua:
        # the detectors disagree: side with the one the paragraphs back
        if votes.count(by_lingua) > votes.count(by_langdetect):
            lang = by_lingua
    agree = votes.count(lang) / len(votes) if votes else (1.0 if by_lingua == lang else 0.5)
    confidence = agree if by_lingua in (None, by_langdetect) else agree / 2
    return Detection(lang, round(confidence, 3), tuple(foreign_segments(text, script, allowed, script_langs)))


def _sample_paragraphs(text: str, script: str, min_chars: int = 40, most: int = 12) -> list[str]:
    rx = _LETTERS[script]
    paras = [p for p in re.split(r"\n+|(?<=[.!?؟])\s+", text) if len(rx.findall(p)) >= min_chars]
    if len(paras) > most:
        step = len(paras) / most
        paras = [paras[int(i * step)] for i in range(most)]
    return paras


def foreign_segments(text: str, main: str | None, allowed: Sequence[str], script_langs: Mapping[str, Sequence[str]],
                     min_letters: int = 4) -> list[Segment]:
    """Runs of words in a script other than the document's main one, with their language."""
    out = []
    for script, rx in _RUN.items():
        if script == main:
            continue
        cands = candidates(script, allowed, script_langs)
        if not cands:
            continue
        for m in rx.finditer(text):
            run = m.group().rstrip(" \t,.:;(\"'«-–")
            letters = len(_LETTERS[script].findall(run))
            if letters < min_letters or (script == "latin" and len(run.split()) < 3):
                continue  # a lone Latin acronym in an Arabic article is not a passage
            lang = cands[0] if len(cands) == 1 else (
                lingua_lang(run, cands) if letters >= 20 else None) or (
                cands[0] if script != "latin" else "und")
            out.append(Segment(lang, m.start(), m.start() + len(run)))
    return sorted(out, key=lambda s: s.start)
