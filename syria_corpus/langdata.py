"""Per-language data (cue verbs, titles, number words, month names...) from configs/lang/<code>.yaml.

Code holds each mechanism once; everything that differs between languages lives in these files,
so adding a language is a data change. Files are read once per process.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

import yaml


def config_dir() -> Path:
    """The configs/ folder: $CORPUS_CONFIG_DIR, else the one beside the package (source checkout)."""
    env = os.environ.get("CORPUS_CONFIG_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "configs", here / "configs"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("cannot find the configs/ folder; set CORPUS_CONFIG_DIR")


@functools.lru_cache(maxsize=None)
def load_yaml(name: str) -> dict:
    """A YAML file under configs/ (e.g. 'speakers.yaml'), {} when absent."""
    p = config_dir() / name
    if not p.exists():
        return {}
    with open(p, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


@functools.lru_cache(maxsize=None)
def lang_data(code: str) -> dict:
    """All data of one language; {} for a language without a file (extractors then find nothing)."""
    return load_yaml(f"lang/{code}.yaml")


@functools.lru_cache(maxsize=1)
def languages_with_data() -> frozenset[str]:
    """Languages with a data file: the extractors run on documents in these only."""
    return frozenset(p.stem for p in (config_dir() / "lang").glob("*.yaml"))
