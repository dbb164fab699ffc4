"""What the speaker linking works out per distinct written name, kept from one run to the next.

Linking runs over every quote of the store at the end of each ingest, so adding one file to a large
store would work out the name inside every speaker form of the store again (names.name_core: the
largest part of the linking once the quotes are read). Kept: names.name_core and looks_like_name,
the name inside each written form (linking._form_core), the words of a name (linking.words) and a
body's English gloss. These results are pure functions of the form
and of the code and language data, so they are kept as JSON under resources.cache_dir(), in a file
named by the digest of the code and data: another build, or other configs, never reads them. Only the
linking consults them (`persisted()` around it); a cache that cannot be read or written is passed by
silently, as the parsed data files are. The file keeps the names the last run used, so it holds one
store's names, not every name ever linked on this machine.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

_MISSING = object()


class _Memo:
    def __init__(self, data: dict[str, dict]):
        self.data = data                          # function name -> key -> result
        self.used: dict[str, dict] = {name: {} for name in data}
        self.new = 0

    def get(self, fn: str, key: str):
        value = self.data.get(fn, {}).get(key, _MISSING)
        if value is not _MISSING:
            self.used.setdefault(fn, {})[key] = value
        return value

    def put(self, fn: str, key: str, value) -> None:
        self.data.setdefault(fn, {})[key] = value
        self.used.setdefault(fn, {})[key] = value
        self.new += 1


_active: _Memo | None = None


def active() -> bool:
    return _active is not None


def cached(fn: str, key: str, compute):
    """`compute()`, or its result kept from an earlier run while the linking runs."""
    if _active is None:
        return compute()
    value = _active.get(fn, key)
    if value is _MISSING:
        value = compute()
        _active.put(fn, key, value)
    return value


def _path() -> Path | None:
    from ..config import code_and_data_digest
    from ..resources import cache_dir

    folder = cache_dir()
    return folder / f"link-memo-{code_and_data_digest()[:24]}.json" if folder else None


@contextlib.contextmanager
def persisted() -> Iterator[None]:
    """Within: name results are read from and added to the file of this build's code and data."""
    global _active
    path = _path()
    data: dict = {}
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            with open(path, encoding="utf-8") as f:
                loaded = json.load(f)
            if isinstance(loaded, dict) and all(isinstance(v, dict) for v in loaded.values()):
                data = loaded
    memo = _active = _Memo(data)
    try:
        yield
    finally:
        _active = None
    if path is not None and (memo.new or sum(map(len, memo.used.values())) < sum(map(len, data.values()))):
        _save(path, memo.used)


def _save(path: Path, data: dict) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                # (dumps, not dump: json encodes in C only in one piece; dump ran the Python encoder)
                f.write(json.dumps(data, ensure_ascii=False))
            os.replace(tmp, path)   # another run reads the old file or the new one
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _forget_old_builds(path)


KEEP_BUILDS = 4   # memo files of other builds kept (two installs may be used side by side)


def _forget_old_builds(path: Path) -> None:
    """Every build of the code writes a file of its own: keep the most recently written few."""
    others = sorted((p for p in path.parent.glob("link-memo-*.json") if p != path),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_BUILDS:]:
        with contextlib.suppress(OSError):
            old.unlink()
