"""Where the data files are: the `configs/` folder shipped inside the package, or a user's own.

The wheel installs the top-level `configs/` folder as the package `syria_corpus.configs`, found
through importlib.resources, so `pip install .` works from any folder. A user's own folder (a
copy with a language added, say) is chosen with `corpus --configs DIR` or `$CORPUS_CONFIG_DIR`.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .errors import CorpusError

CONFIG_ENV = "CORPUS_CONFIG_DIR"
# Entries of each per-word cache a worker keeps (folded forms, tags, stems, number readings...): the
# commonest word forms of news fit, and all the caches of a worker together stay a small part of its
# memory however long the corpus (at 200,000 each, a worker on SaudiNewsNet July passed 1 GB).
WORD_CACHE = 50_000


def remember(cache: dict, key: Any, value: Any) -> Any:
    """Store `value` in a per-word cache bounded by WORD_CACHE (emptied when full: the words of a
    corpus have no end) and return it."""
    if len(cache) > WORD_CACHE:
        cache.clear()
    cache[key] = value
    return value


F = TypeVar("F", bound=Callable[..., Any])
_CACHES: list[Any] = []


def per_configs(maxsize: int | None = None) -> Callable[[F], F]:
    """functools.lru_cache for what is read or built from the configs: emptied by use_configs()."""
    def wrap(fn: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached   # type: ignore[return-value]
    return wrap


def use_configs(path: str | os.PathLike | None) -> None:
    """Read language data, gazetteer and defaults from `path` (None: the packaged configs) from now
    on, in this process and the worker processes it starts."""
    if path:
        os.environ[CONFIG_ENV] = os.fspath(path)
    else:
        os.environ.pop(CONFIG_ENV, None)
    for cache in _CACHES:
        cache.cache_clear()


@functools.cache
def _config_dir(override: str | None) -> Path:
    if override:
        path = Path(override)
        if not (path / "default.yaml").is_file():
            raise CorpusError(f"{override} is not a configs folder (no default.yaml in it)")
        return path
    return Path(str(resources.files("syria_corpus.configs")))


def config_dir() -> Path:
    """The configs folder in use: $CORPUS_CONFIG_DIR, else the one inside the package."""
    return _config_dir(os.environ.get(CONFIG_ENV) or None)


# libyaml's loader when PyYAML was built with it: six times faster on the gazetteer (2,000 entries), same data
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHE_ENV = "SYRIA_CORPUS_CACHE"   # a folder for parsed data files, or `off`


def cache_dir() -> Path | None:
    """Where parsed data files are kept: $SYRIA_CORPUS_CACHE, else the user's cache folder; None when off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "syria-corpus"


@functools.cache
def _read_yaml(path: Path) -> Any:
    """A data file's content. Parsing YAML is slow (1.4 s for the gazetteer, every command), so the
    parsed data is kept as JSON under cache_dir(), named by the hash of the file's bytes and of the
    parser's version: a changed file is a new name. Data with number keys (the months of a language
    file) is kept under a name of its own (`.pairs.json`, which builds that read plain JSON never
    open), each such mapping as its list of pairs; only data that comes back equal is kept (not
    dates); a cache that cannot be written or read is passed by silently."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"{path}: cannot read: {e.strerror}") from None
    key = hashlib.sha256(raw + f"|{yaml.__version__}|{SAFE_LOADER.__name__}".encode()).hexdigest()[:32]
    folder = cache_dir()
    names = (folder / f"{path.stem}-{key}.json", folder / f"{path.stem}-{key}.pairs.json") if folder else ()
    for cached in names:
        try:
            with open(cached, encoding="utf-8") as f:
                return json.load(f, object_hook=_from_pairs)
        except (OSError, ValueError):
            pass
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as e:
        raise CorpusError(f"{path}: not valid YAML: {e}") from None
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: not UTF-8") from None
    if names:
        _keep(names, data)
    return data


PAIRS = "\u0000pairs"   # the one key of a mapping kept as its pairs (a key no data file holds)


def _to_pairs(data: Any) -> tuple[Any, bool]:
    """`data` with each mapping that has a key other than a string as {PAIRS: [[key, value], ...]};
    True when there was one."""
    if isinstance(data, dict):
        items = [(k, _to_pairs(v)) for k, v in data.items()]
        paired = any(p for _, (_, p) in items)
        if all(isinstance(k, str) and k != PAIRS for k, _ in items):
            return {k: v for k, (v, _) in items}, paired
        return {PAIRS: [[k, v] for k, (v, _) in items]}, True
    if isinstance(data, list):
        done = [_to_pairs(v) for v in data]
        return [v for v, _ in done], any(p for _, p in done)
    return data, False


def _from_pairs(obj: dict) -> dict:
    if len(obj) == 1 and PAIRS in obj and isinstance(obj[PAIRS], list):
        return {k: v for k, v in obj[PAIRS]}
    return obj


def _keep(names: tuple[Path, Path], data: Any) -> None:
    try:
        kept, paired = _to_pairs(data)
        text = json.dumps(kept, ensure_ascii=False)
        if json.loads(text, object_hook=_from_pairs) != data:
            return   # dates: JSON would not give the same data back
        target = names[1] if paired else names[0]
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except (OSError, TypeError, ValueError, RecursionError):
        pass


def read_yaml(name: str) -> dict:
    """A YAML mapping under configs/ (e.g. 'speakers.yaml'), {} when the file is absent."""
    path = config_dir() / name
    if not path.is_file():
        return {}
    data = _read_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected a mapping at the top level")
    return data
