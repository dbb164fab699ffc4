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
    return copy.deepcopy(settings)


# Settings that change how a run goes, not what it extracts.
_RUN_ONLY = {"commit_every", "shards"}


def settings_fingerprint(settings: dict) -> str:
    """Changes when anything that shapes the tables changes: a setting, the language data or the code.
    A file ingested under another fingerprint is processed again even if its bytes are the same."""
    h = hashlib.sha256()
    h.update(json.dumps({k: v for k, v in settings.items() if k not in _RUN_ONLY}, sort_keys=True,
                        ensure_ascii=False, default=str).encode())
    h.update(_code_and_data_digest(config_dir()).encode())
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
