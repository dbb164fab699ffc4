"""Readers: one function per file format, each turning a file's bytes into RawDoc records.

The format comes from the file name (`.txt`, `.md`, `.json`, `.jsonl`, `.csv`, `.tsv`, `.html`,
each optionally `.gz`) unless the caller forces one. Record formats (JSON, CSV) give one document
per record, its path `FILE#N` (N counts records from 1); their fields are found by the common
names listed in configs/default.yaml (`fields:`).
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .decoding import decode, normalize_newlines
from .errors import InputError
from .metadates import normalize_date
from .model import INPUT_FORMATS

MAX_FILE_BYTES = 1 << 30  # `max_file_bytes` when settings leave it out


@dataclass
class RawDoc:
    path: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    n_replaced: int = 0
    meta: dict = field(default_factory=dict)
    key: str = ""   # identity: the file's resolved path and `#N` of a record (doc_id hashes it); path if unset


@dataclass
class ReadResult:
    docs: list[RawDoc]
    warnings: list[str]


FORMATS = INPUT_FORMATS
_EXT = {".txt": "txt", ".text": "txt", ".md": "txt", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
        ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".html": "html", ".htm": "html", ".xhtml": "html"}


def format_of(name: str) -> str | None:
    """The reader for a file name, or None for a name no reader claims."""
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    for ext, fmt in _EXT.items():
        if low.endswith(ext):
            return fmt
    return None


def read_file(path: str, data: bytes, settings: dict, fmt: str | None = None) -> ReadResult:
    """All documents of one file. Raises InputError when the file as a whole cannot be read."""
    reading = open_file(path, data, settings, fmt)
    warnings: list[str] = []
    docs = list(reading.documents(warnings))
    return ReadResult(docs, warnings + reading.decoding_warnings())


@dataclass
class Reading:
    """One file, decoded: its documents are read from the text on demand, one record at a time, so
    a long JSON array, JSON lines or CSV file never holds all of its documents at once."""
    path: str
    text: str
    fmt: str
    settings: dict
    encoding: str
    n_replaced: int = 0

    def documents(self, warnings: list[str]) -> Iterator[RawDoc]:
        """The file's documents in order; record-level warnings go to `warnings` as they are met.
        Raises InputError (after the documents before it) when the file is broken."""
        for d in READERS[self.fmt](self.path, self.text, self.settings, warnings):
            d.encoding = self.encoding
            d.n_replaced = d.text.count("\ufffd") if self.n_replaced else 0
            yield d

    def decoding_warnings(self) -> list[str]:
        """What the decoder had to guess or replace (after the records' warnings)."""
        if self.n_replaced:
            return [f"{self.path}: {self.n_replaced} byte(s) not valid {self.encoding}, replaced with U+FFFD"]
        if self.encoding not in ("utf-8",):
            return [f"{self.path}: decoded as {self.encoding}"]
        return []


def byte_bound(path: str, settings: dict, fmt: str | None = None) -> tuple[int, str] | None:
    """The most bytes a file may hold (after gzip decompression), with the setting that says so, or
    None when unbounded: `max_file_bytes`, and for plain text, where the file is one document, the
    bytes a document of `max_document_chars` can take (4 per character at most, in UTF-8 as in
    UTF-16), so a 200 MB one-line file is refused before it is read, not after it is decoded."""
    bounds = []
    if limit := int(settings.get("max_file_bytes", MAX_FILE_BYTES) or 0):
        bounds.append((limit, f"max_file_bytes ({limit:,} bytes)"))
    chars = int(settings.get("max_document_chars") or 0)
    if chars and (fmt or format_of(path) or "txt") == "txt":
        bounds.append((4 * chars, f"the {4 * chars:,} bytes a plain-text document of max_document_chars "
                                  f"({chars:,}) can take"))
    return min(bounds) if bounds else None


def open_file(path: str, data: bytes, settings: dict, fmt: str | None = None) -> Reading:
    """One file decompressed and decoded, ready to read. Raises InputError when it cannot be."""
    if path.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = _gunzip(path, data, byte_bound(path, settings, fmt))
    fmt = fmt or format_of(path) or "txt"
    dec = decode(data, path)
    return Reading(path, dec.text, fmt, settings, dec.encoding, dec.n_replaced)


def _gunzip(path: str, data: bytes, bound: tuple[int, str] | None) -> bytes:
    """The decompressed bytes. Beyond the bound (bytes, and the setting that sets it) the file is
    refused after a first pass that only counts (a gzip bomb is never held in memory)."""
    try:
        if bound is not None:
            n, (limit, why) = 0, bound
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
                while chunk := g.read(1 << 20):
                    n += len(chunk)
                    if n > limit:
                        raise InputError(f"{path}: decompresses to more than {why}")
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
            return g.read()
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"{path}: broken gzip data: {e}") from None


# -- plain text -----------------------------------------------------------------------------

def read_txt(path: str, text: str, settings: dict, warnings: list[str]) -> Iterator[RawDoc]:
    yield RawDoc(path, text, title=text_title(text, settings))


def text_title(text: str, settings: dict) -> str | None:
    """The first line when it is a short headline followed by a blank line, after caption debris."""
    debris = {d.casefold() for d in settings.get("debris_lines", [])}
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].strip().casefold() in debris):
        i += 1
    if i + 1 >= len(lines):
        return None
    head = lines[i].strip()
    if len(head) > settings.get("title_max_chars", 250) or lines[i + 1].strip():
        return None
    if head.endswith(":"):
        return None
    return head


# -- records ------------------------------------------------------------------------------

def _field_names(settings: dict) -> dict[str, list[str]]:
    return {k: [n.lower() for n in v] for k, v in settings.get("fields", {}).items()}


def _pick(low: dict, names: list[str]):
    """The first non-empty value among `names` in a record whose keys are lower-cased."""
    for n in names:
        v = low.get(n)
        if v not in (None, ""):
            return v
    return None


def record_doc(path: str, n: int, record: dict, names: dict[str, list[str]], warnings: list[str]) -> RawDoc | None:
    """A RawDoc from one JSON/CSV record, or None (with a warning) when it has no text field.
    `names` is `_field_names(settings)`, computed once per file."""
    low = {str(k).lower().strip(): v for k, v in record.items()}
    text = _pick(low, names.get("text", []))
    if not isinstance(text, str) or not text.strip():
        warnings.append(f"{path}#{n}: record has no text field ({', '.join(names.get('text', [])[:4])}, ...), skipped")
        return None

    def s(key):
        v = _pick(low, names.get(key, []))
        return None if v is None else str(v).strip() or None

    raw_date = s("date")
    return RawDoc(f"{path}#{n}", normalize_newlines(text), title=s("title"), date=normalize_date(raw_date),
                  source=s("source"), url=s("url"), meta={"date_raw": raw_date} if raw_date else {})


def read_json(path: str, text: str, settings: dict, warnings: list[str]) -> Iterator[RawDoc]:
    """A top-level array is read record by record (`_array_items`): its first documents come out
    before the rest is parsed, and a break further on is met when reading reaches it, with the
    message `json.loads` gives. An object holding an array is parsed whole, as is anything else."""
    start = _skip_ws(text, 0)
    if text.startswith("[", start):
        records: Iterable = _array_items(path, text, start)
    else:
        found = _records_of(_load_json(path, text))
        if found is None:
            raise InputError(f"{path}: JSON holds no array of records")
        records = found
    names = _field_names(settings)
    for n, rec in enumerate(records, 1):
        if isinstance(rec, dict):
            doc = record_doc(path, n, rec, names, warnings)
            if doc:
                yield doc
        elif isinstance(rec, str) and rec.strip():
            yield RawDoc(f"{path}#{n}", rec)
        else:
            warnings.append(f"{path}#{n}: not a record, skipped")


def _broken_json(path: str, e: json.JSONDecodeError) -> InputError:
    return InputError(f"{path}: broken JSON at line {e.lineno} column {e.colno}: {e.msg}")


def _load_json(path: str, text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise _broken_json(path, e) from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply") from None


_WS = re.compile(r"[ \t\n\r]*")   # JSON's whitespace, as json.decoder skips it
_DECODER = json.JSONDecoder()     # json.loads's own settings


def _skip_ws(text: str, i: int) -> int:
    return _WS.match(text, i).end()  # type: ignore[union-attr]  # `*` always matches


def _trailing_comma() -> tuple[str, bool]:
    """How this Python's json reports `[0, ]`: its message, and whether at the comma (3.13 on:
    "Illegal trailing comma before end of array") or at the `]` (before: "Expecting value")."""
    try:
        json.loads("[0, ]")
    except json.JSONDecodeError as e:
        return e.msg, e.pos == 2
    return "Expecting value", False


_TRAILING_MSG, _TRAILING_AT_COMMA = _trailing_comma()


def _array_items(path: str, text: str, start: int) -> Iterator:
    """The items of the JSON array opening at `text[start]`, one at a time, each parsed by the
    decoder `json.loads` uses. The array's own punctuation is checked as json's scanner checks it, so
    a broken file fails with the message (and line and column) `json.loads(text)` gives, once the
    items before the break have been yielded."""
    n = len(text)
    i = _skip_ws(text, start + 1)
    if i < n and text[i] == "]":
        i += 1
    else:
        while True:
            try:
                item, i = _DECODER.raw_decode(text, i)
            except json.JSONDecodeError as e:
                raise _broken_json(path, e) from None
            except RecursionError:
                raise InputError(f"{path}: JSON nested too deeply") from None
            yield item
            i = _skip_ws(text, i)
            if i < n and text[i] == "]":
                i += 1
                break
            if i >= n or text[i] != ",":
                raise _broken_json(path, json.JSONDecodeError("Expecting ',' delimiter", text, i))
            comma, i = i, _skip_ws(text, i + 1)
            if _TRAILING_AT_COMMA and i < n and text[i] == "]":
                raise _broken_json(path, json.JSONDecodeError(_TRAILING_MSG, text, comma))
    i = _skip_ws(text, i)
    if i != n:
        raise _broken_json(path, json.JSONDecodeError("Extra data", text, i))


def _records_of(data) -> list | None:
    """An array, an object holding an array (the longest one), or a single record."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        arrays = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if arrays:
            return max(arrays, key=len)
        return [data]
    return None


def read_jsonl(path: str, text: str, settings: dict, warnings: list[str]) -> Iterator[RawDoc]:
    names = _field_names(settings)
    for n, line in enumerate(_lines(text), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            warnings.append(f"{path}#{n}: broken JSON line ({e.msg}), skipped")
            continue
        except RecursionError:   # `[[[[…` thousands deep: that line, not the file
            warnings.append(f"{path}#{n}: JSON nested too deeply, skipped")
            continue
        if isinstance(rec, dict):
            doc = record_doc(path, n, rec, names, warnings)
            if doc:
                yield doc


def _lines(text: str, ends: bool = False) -> Iterator[str]:
    """`text.split("\\n")` one line at a time (with its "\\n" when `ends`, as a file would give it,
    and then no empty line after a last "\\n"): no list of every line of a long file."""
    start, n = 0, len(text)
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end + 1 if ends else end]
        start = end + 1
    if start < n or not ends:
        yield text[start:]


def _sniff_delimiter(sample: str, default: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return default


def read_csv(path: str, text: str, settings: dict, warnings: list[str], default_delim: str = ",") -> Iterator[RawDoc]:
    header_line = next(_lines(text))
    delim = _sniff_delimiter(header_line, default_delim) if header_line else default_delim
    csv.field_size_limit(1 << 30)
    # Decoded text holds no CR: its lines are those io.StringIO(text, newline="") would give,
    # without the copy of the whole text StringIO makes.
    lines = io.StringIO(text, newline="") if "\r" in text else _lines(text, ends=True)
    reader = csv.reader(lines, delimiter=delim)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{path}: empty CSV") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    names = _field_names(settings)
    if not any(h.lower() in names.get("text", []) for h in header):
        raise InputError(f"{path}: no text column among {header[:8]} (expected one of {names.get('text', [])[:5]}...)")
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise InputError(f"{path}: broken CSV after record {n}: {e}") from None
        n += 1
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            warnings.append(f"{path}#{n}: {len(row)} fields where the header has {len(header)}")
        doc = record_doc(path, n, dict(zip(header, row)), names, warnings)
        if doc:
            yield doc


def read_tsv(path: str, text: str, settings: dict, warnings: list[str]) -> Iterator[RawDoc]:
    return read_csv(path, text, settings, warnings, default_delim="\t")


# -- HTML ---------------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "blockquote", "pre", "figure", "figcaption", "hr", "dd", "dt", "main"}
_HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.title: str | None = None
        self.h1: str | None = None
        self._grab: str | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("title", "h1") and self._grab is None:
            self._grab, self._buf = tag, []
        if tag in _HIDDEN and tag != "head":
            self.hidden += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == self._grab:
            value = " ".join("".join(self._buf).split()) or None
            if tag == "title" and self.title is None:
                self.title = value
            elif tag == "h1" and self.h1 is None:
                self.h1 = value
            self._grab = None
        if tag in _HIDDEN and tag != "head" and self.hidden:
            self.hidden -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._grab:
            self._buf.append(data)
        if not self.hidden and self._grab != "title":
            self.parts.append(data)


def read_html(path: str, text: str, settings: dict, warnings: list[str]) -> Iterator[RawDoc]:
    p = _TextExtractor()
    p.feed(text)
    p.close()
    body = "".join(p.parts)
    lines = [" ".join(line.split()) for line in body.split("\n")]
    visible = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    yield RawDoc(path, visible, title=p.h1 or p.title)


READERS: dict[str, Callable[..., Iterator[RawDoc]]] = {
    "txt": read_txt, "json": read_json, "jsonl": read_jsonl, "csv": read_csv, "tsv": read_tsv, "html": read_html,
}
