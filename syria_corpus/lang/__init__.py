"""Languages: each one's data (configs/lang/<code>.yaml) and its own rules (syria_corpus/lang/<code>.py).

As in spaCy's `lang/<code>/`, a language module holds what cannot be data: the switches of rules
only that language needs and, later, hooks such as a morphological analyser. A language with a
data file but no module (French, say) runs on the shared rules alone.

    get("ar") -> Language (data + rules), cached per process
"""
from __future__ import annotations

import importlib

from ..langdata import language_data
from ..resources import per_configs
from .base import Language, Rules

__all__ = ["Language", "Rules", "get"]


@per_configs()
def get(code: str) -> Language:
    try:
        module = importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError as e:
        if e.name != f"{__name__}.{code}":
            raise
        return Language(code, language_data(code), Rules())
    return Language(code, language_data(code), module.RULES)
