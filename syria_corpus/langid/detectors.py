"""The two detectors, each restricted to the candidate languages and deterministic.

lingua (first): its confidence among the candidates is informative (calibrated in langid.yaml).
langdetect (second, only when lingua is unsure): seeded; its own probability is not informative
(its wrong answers score 0.99+), so only whether it agrees is used.
"""
from __future__ import annotations

import functools
import json
import os


@functools.cache
def _lingua(langs: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = []
    for code in langs:
        try:
            chosen.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            continue
    if len(chosen) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*chosen).build()


def lingua(text: str, langs: tuple[str, ...]) -> tuple[str | None, float]:
    """lingua's language among `langs` and its confidence (0..1), (None, 0) when it cannot say."""
    detector = _lingua(langs)
    if detector is None:
        return None, 0.0
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value <= 0:
        return None, 0.0
    return values[0].language.iso_code_639_1.name.lower(), float(values[0].value)


@functools.cache
def _langdetect(langs: tuple[str, ...]):
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    profiles = []
    for code in langs:
        p = os.path.join(folder, code)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                profiles.append(json.dumps(json.load(f)))
    if len(profiles) < 2:
        return None
    factory = DetectorFactory()
    factory.load_json_profile(profiles)
    factory.set_seed(0)
    return factory


def langdetect(text: str, langs: tuple[str, ...]) -> str | None:
    """langdetect's language among `langs` (those it has a profile of), None when it cannot say."""
    factory = _langdetect(langs)
    if factory is None:
        return None
    from langdetect.lang_detect_exception import LangDetectException
    det = factory.create()
    det.append(text)
    try:
        return det.detect()
    except LangDetectException:
        return None
