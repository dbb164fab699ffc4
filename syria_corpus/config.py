"""Settings: configs/default.yaml, with a user's --config file merged over it."""
from __future__ import annotations

import copy
import functools
import hashlib
import json
from pathlib import Path

import yaml

from .errors import CorpusError
from .resources import config_dir, read_yaml


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_settings(path: str | None = None) -> dict:
    settings = read_yaml("default.yaml")
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                user = yaml.safe_load(f) or {}
        except (OSError, yaml.YAMLError) as e:
            raise CorpusError(f"cannot read config {path}: {e}") from None
        if not isinstance(user, dict):
            raise CorpusError(f"config {path} must be a mapping of settings")
        settings = _merge(settings, user)
    problems = validate(settings)
    if problems:
        where = f"config {path}" if path else "the default settings"
        raise CorpusError(f"{where} has {len(problems)} bad setting(s):\n  " + "\n  ".join(problems))
    return copy.deepcopy(settings)


def _int(lo: int, hi: int | None = None):
    def check(v) -> str | None:
        if isinstance(v, bool) or not isinstance(v, int) or v < lo or (hi is not None and v > hi):
            return f"a whole number {'from %d to %d' % (lo, hi) if hi is not None else 'of at least %d' % lo}"
        return None
    return check


def _seconds(v) -> str | None:
    return "a number of seconds, 0 or more" if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0 else None


def _words(v) -> str | None:
    return None if isinstance(v, list) and all(isinstance(x, str) for x in v) else "a list of strings"


def _lists_of_words(v) -> str | None:
    if isinstance(v, dict) and all(isinstance(k, str) and _words(x) is None for k, x in v.items()):
        return None
    return "a mapping of names to lists of strings"


# Every setting of configs/default.yaml and what it must be: a bad value is refused before any work.
_SCHEMA = {
    "languages": _words, "detect_sample_chars": _int(1), "fields": _lists_of_words, "debris_lines": _words,
    "title_max_chars": _int(0), "commit_every": _int(1), "part_documents": _int(1),
    "shards": _int(1, 256), "link_apart_quotes": _int(0),
    "max_document_chars": _int(0), "max_file_bytes": _int(0), "max_document_seconds": _seconds,
}


def validate(settings: dict) -> list[str]:
    """One line per bad setting: unknown keys, wrong types, languages the identifier does not know."""
    problems = []
    for key, value in settings.items():
        check = _SCHEMA.get(key)
        if check is None:
            problems.append(f"{key}: unknown setting (known: {', '.join(_SCHEMA)})")
        elif (want := check(value)) is not None:
            problems.append(f"{key}: must be {want}, not {_show(value)}")
    if not problems:
        from .langid.data import langid_data

        known = set(langid_data().languages)
        unknown = [c for c in settings["languages"] if c not in known]
        if unknown or not settings["languages"]:
            what = "unknown code(s) " + ", ".join(map(repr, unknown)) if unknown else "none given"
            problems.append(f"languages: {what} (configs/langid.yaml knows {', '.join(sorted(known))})")
    return problems


def _show(v) -> str:
    try:
        text = json.dumps(v, ensure_ascii=False)
    except ValueError:   # a recursive YAML alias
        return "a structure that contains itself"
    return text if len(text) <= 40 else text[:39] + "…"


# Settings that change how a run goes, not what it extracts.
_RUN_ONLY = {"commit_every", "shards", "part_documents", "link_apart_quotes"}


def settings_fingerprint(settings: dict) -> str:
    """Changes when anything that shapes the tables changes: a setting, the language data or the code.
    A file ingested under another fingerprint is processed again even if its bytes are the same."""
    h = hashlib.sha256()
    h.update(json.dumps({k: v for k, v in settings.items() if k not in _RUN_ONLY}, sort_keys=True,
                        ensure_ascii=False, default=str).encode())
    h.update(_code_and_data_digest(config_dir()).encode())
    from .boosters import installed
    h.update(json.dumps(installed(), sort_keys=True).encode())   # an optional booster changes the tables
    return h.hexdigest()[:16]


def code_and_data_digest() -> str:
    """A digest of the package's code and of the configs in use (same value on any machine with the
    same version and data)."""
    return _code_and_data_digest(config_dir())


@functools.cache
def _code_and_data_digest(configs: Path) -> str:
    h = hashlib.sha256()
    for root in (Path(__file__).resolve().parent, configs):
        for p in sorted(list(root.rglob("*.py")) + list(root.rglob("*.yaml"))):
            if "configs" in p.relative_to(root).parts[:1] and root != configs:
                continue   # the packaged configs are hashed as the configs in use, not as code
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()
