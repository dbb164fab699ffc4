"""Plain YAML values -> typed, frozen dataclasses, with errors that name the file, the key and
what was expected. Used for the language files; any dataclass whose fields are annotated with
the types below can be read this way.

Supported annotations: bool, int, float, str, `Regex` (a str that must compile), Literal[...],
`X | None`, tuple[X, ...], Mapping[K, V] (read into a FrozenDict), and nested dataclasses.
"""
from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from collections.abc import Mapping
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

import regex

from ..errors import CorpusError

T = TypeVar("T")

# A string that must compile as a regular expression (checked when the file is read).
Regex = Annotated[str, "regex"]


class LanguageDataError(CorpusError):
    """A language or data file with an unknown key, a value of the wrong type or a bad pattern."""


class FrozenDict(dict):
    """A dict that refuses changes after it is built (language data is shared by every document)."""

    def _read_only(self, *args: Any, **kwargs: Any) -> typing.NoReturn:
        raise TypeError("language data is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _read_only

    def __reduce__(self) -> tuple:
        return (FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(self.items()))


def read(cls: type[T], data: Any, where: str, path: str = "") -> T:
    """An instance of dataclass `cls` from the mapping `data`; `where` names the file."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        _fail(where, path, "a mapping of keys", data)
    hints = get_type_hints(cls, include_extras=True)
    fields = {f.name: f for f in dataclasses.fields(cls)}   # type: ignore[arg-type]
    unknown = sorted(str(k) for k in data if k not in fields)
    if unknown:
        key = f"{path}.{unknown[0]}" if path else unknown[0]
        close = difflib.get_close_matches(unknown[0], list(fields), n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(sorted(fields))}"
        raise LanguageDataError(f"{where}: {key}: unknown key ({hint})")
    values = {}
    for name, f in fields.items():
        if name in data:
            values[name] = _convert(data[name], hints[name], where, f"{path}.{name}" if path else name)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise LanguageDataError(f"{where}: {path + '.' if path else ''}{name}: missing (required)")
    return cls(**values)


def _convert(value: Any, hint: Any, where: str, path: str) -> Any:
    origin = get_origin(hint)
    if origin is Annotated:
        base, *meta = get_args(hint)
        value = _convert(value, base, where, path)
        if "regex" in meta:
            try:
                regex.compile(value)
            except regex.error as e:
                raise LanguageDataError(f"{where}: {path}: not a valid regular expression ({e})") from None
        return value
    if origin in (Union, types.UnionType):
        args = get_args(hint)
        if value is None and type(None) in args:
            return None
        rest = [a for a in args if a is not type(None)]
        return _convert(value, rest[0], where, path)
    if origin is Literal:
        if value not in get_args(hint):
            _fail(where, path, "one of " + ", ".join(map(repr, get_args(hint))), value)
        return value
    if origin is tuple:
        item = get_args(hint)[0]
        if not isinstance(value, (list, tuple)):
            _fail(where, path, "a list", value)
        return tuple(_convert(v, item, where, f"{path}[{i}]") for i, v in enumerate(value))
    if origin in (Mapping, dict, typing.Mapping):
        kt, vt = get_args(hint)
        if not isinstance(value, Mapping):
            _fail(where, path, "a mapping", value)
        return FrozenDict((_convert(k, kt, where, f"{path} key"), _convert(v, vt, where, f"{path}.{k}"))
                          for k, v in value.items())
    if dataclasses.is_dataclass(hint):
        return read(hint, value, where, path)   # type: ignore[arg-type]
    if hint is bool:
        if not isinstance(value, bool):
            _fail(where, path, "true or false", value)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(where, path, "a whole number", value)
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            _fail(where, path, "a number", value)
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            _fail(where, path, "a string (quote words YAML reads as other types: 'on', 'no', '1')", value)
        return value
    if hint is Any:
        return value
    raise TypeError(f"unsupported annotation {hint!r} at {path}")


def _fail(where: str, path: str, expected: str, value: Any) -> typing.NoReturn:
    shown = repr(value)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    raise LanguageDataError(f"{where}: {path}: expected {expected}, got {type(value).__name__} {shown}")
