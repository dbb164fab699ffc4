"""Settings: configs/default.yaml, with a user's --config file merged over it."""
from __future__ import annotations

import copy
import hashlib
import json

import yaml

from .errors import CorpusError
from .langdata import load_yaml


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_settings(path: str | None = None) -> dict:
    settings = load_yaml("default.yaml")
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                user = yaml.safe_load(f) or {}
        except (OSError, yaml.YAMLError) as e:
            raise CorpusError(f"cannot read config {path}: {e}") from None
        if not isinstance(user, dict):
            raise CorpusError(f"config {path} must be a mapping of settings")
        settings = _merge(settings, user)
    return settings


def settings_fingerprint(settings: dict) -> str:
    """Changes when a setting that shapes the tables changes (then every file is re-processed)."""
    return hashlib.sha256(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]

