"""Per-language data (cue verbs, titles, number words, month names...) from configs/lang/<code>.yaml,
read into the typed, frozen objects of schema.py.

Code holds each mechanism once; everything that differs between languages lives in these files,
so adding a language is a data change. Files are read and checked once per process; an unknown
key or a value of the wrong type raises LanguageDataError naming the file and the key.
"""
from __future__ import annotations

import re

from ..resources import config_dir, per_configs, read_yaml
from .schema import (
    ClaimsData,
    DatesData,
    FiguresData,
    LanguageData,
    NameSection,
    NumbersData,
    PlacesData,
    QuotesData,
    SegmentData,
    SpeakersData,
    StanceData,
)
from .validate import FrozenDict, LanguageDataError, read

__all__ = [
    "ClaimsData",
    "DatesData",
    "FiguresData",
    "FrozenDict",
    "LanguageData",
    "LanguageDataError",
    "NumbersData",
    "PlacesData",
    "QuotesData",
    "SegmentData",
    "SpeakersData",
    "StanceData",
    "check_all",
    "language_data",
    "languages_with_data",
    "name_lexicon",
    "place_names",
]


@per_configs()
def language_data(code: str) -> LanguageData:
    """The data of one language; an empty LanguageData for a language without a file."""
    name = f"lang/{code}.yaml"
    raw = dict(read_yaml(name))
    raw.setdefault("code", code)
    data = read(LanguageData, raw, f"configs/{name}" if _is_packaged() else str(config_dir() / name))
    if data.code != code:
        raise LanguageDataError(f"configs/{name}: code: {data.code!r} does not match the file name")
    return data


def _is_packaged() -> bool:
    import os

    from ..resources import CONFIG_ENV
    return not os.environ.get(CONFIG_ENV)


@per_configs()
def name_lexicon(code: str) -> dict[str, tuple[str, str]]:
    """configs/names/<code>.yaml: name words as written in the language -> (section, Latin spelling as
    English-language news write it); sections such as given, family, compounds, particles, foreign.
    {} for a language without one."""
    name = f"names/{code}.yaml"
    out: dict[str, tuple[str, str]] = {}
    for section, words in read_yaml(name).items():
        entries = read(NameSection, {"words": words}, f"configs/{name}", str(section)).words
        for word, latin in entries.items():
            out.setdefault(word, (str(section), latin))
    return out


@per_configs()
def place_names(code: str) -> frozenset[str]:
    """Every alias of a place (configs/places.yaml) a text in language `code` may use: its own
    aliases and the English ones (news in any Latin-script language also write those; in other
    scripts they cannot match). As written; callers fold them."""
    out: set[str] = set()
    for entry in read_yaml("places.yaml").get("places") or []:
        aliases = entry.get("aliases") or {}
        names = [str(a) for a in list(aliases.get(code) or []) + list(aliases.get("en") or [])]
        if entry.get("ambiguous"):
            # `Douma` is also the Russian parliament, `Solo` a word: the aliases the notes name need context;
            # the entry's other aliases (`Иерусалим` beside `Аль-Кудс`) are safe
            clash = set(_letter_words(str(entry.get("notes") or "")))
            names = [a for a in names if not clash & set(_letter_words(a))]
        out.update(names)
    return frozenset(out)


@per_configs()
def country_names(code: str) -> frozenset[str]:
    """One-word names of the countries of configs/places.yaml in language `code` (not the ambiguous
    ones): a country named as the subject of a reporting verb speaks for its government."""
    out: set[str] = set()
    for entry in read_yaml("places.yaml").get("places") or []:
        if entry.get("kind") == "country" and not entry.get("ambiguous"):
            out.update(str(a) for a in (entry.get("aliases") or {}).get(code) or [] if " " not in str(a))
    return frozenset(out)


def _letter_words(s: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]{3,}", s)]


@per_configs()
def languages_with_data() -> frozenset[str]:
    """Languages with a data file: the extractors run on documents in these only."""
    return frozenset(p.stem for p in (config_dir() / "lang").glob("*.yaml"))


def check_all() -> None:
    """Read every language file once, so a broken one stops a run before any work is done."""
    for code in sorted(languages_with_data()):
        language_data(code)
        name_lexicon(code)
