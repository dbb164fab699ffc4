"""Bytes to text: the encodings news exports come in, and a refusal for binary files.

Order of trust: a BOM; strict UTF-8; UTF-8 that is valid but for a few stray bytes (decoded with
U+FFFD and a count, so offsets stay meaningful); a legacy single-byte code page (Windows-1251 or
KOI8-R when the high bytes read as Russian prose, Windows-1256 when they read as Arabic letters,
Windows-1252 when every byte is defined there). Line ends become LF so that offsets agree with what
users see in any editor.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import InputError

# Signatures of common binary formats; a NUL byte also marks a file as binary.
_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive", b"\x7fELF": "executable", b"RIFF": "RIFF media", b"\x1f\x8b": "gzip data",
    b"BZh": "bzip2 data", b"\xfd7zXZ": "xz data", b"PAR1": "Parquet file", b"SQLite format 3": "SQLite file",
}
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_UNDEFINED = set(b"\x81\x8d\x8f\x90\x9d")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")
# The commonest Russian letters, lower case: most of the letters of Russian text decoded with the
# right code page; few when Arabic (cp1256) or the other Cyrillic code page is read as this one.
_RUSSIAN_COMMON = re.compile("[оеаинтсрвл]")
RUSSIAN_SHARE = 0.5   # of the letters outside ASCII (Russian prose: about two thirds)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    n_replaced: int = 0  # bytes that were not valid in `encoding` and became U+FFFD


def sniff_binary(data: bytes) -> str | None:
    """A short description when `data` is a binary file, else None."""
    head = data[:16]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return what
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in data[:65536]:
        return "binary data (NUL bytes)"
    return None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, name: str = "<input>", encoding: str | None = None) -> Decoded:
    """Decode file contents; raise InputError for binary data. `encoding` forces a codec."""
    if encoding:
        try:
            return Decoded(normalize_newlines(data.decode(encoding)), encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise InputError(f"{name}: cannot decode as {encoding}: {e}") from None
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                       (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom):]
            if not body.strip(b"\x00 \t\r\n"):
                raise InputError(f"{name}: empty file (a byte order mark and nothing else)")
            try:
                return Decoded(normalize_newlines(body.decode(codec)), codec + "-bom")
            except UnicodeDecodeError:
                text = body.decode(codec, errors="replace")
                return Decoded(normalize_newlines(text), codec + "-bom", text.count("\ufffd"))
    what = sniff_binary(data)
    if what:
        raise InputError(f"{name}: skipped, {what}")
    try:
        return Decoded(normalize_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_imperfect(data)


def _russian(data: bytes) -> Decoded | None:
    """Windows-1251 or KOI8-R, when either reads the high bytes as Russian prose."""
    best: tuple[float, str, str] | None = None
    for codec in ("cp1251", "koi8-r"):
        text = data.decode(codec, errors="replace")
        letters = len(_NON_ASCII_LETTER.findall(text))
        share = len(_RUSSIAN_COMMON.findall(text)) / letters if letters else 0.0
        if share >= RUSSIAN_SHARE and (best is None or share > best[0]):
            best = (share, codec, text)
    if best is None:
        return None
    return Decoded(normalize_newlines(best[2]), best[1], best[2].count("\ufffd"))


def _decode_imperfect(data: bytes) -> Decoded:
    multibyte = len(_UTF8_MULTIBYTE.findall(data))
    lenient = data.decode("utf-8", errors="replace")
    stray = lenient.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
    # Real UTF-8 sequences outnumber the bad bytes: a UTF-8 file with a few stray bytes.
    if multibyte and multibyte >= stray:
        return Decoded(normalize_newlines(lenient), "utf-8", stray)
    high = {b for b in data if b >= 0x80}
    russian = _russian(data)
    if russian:
        return russian
    arabic = data.decode("cp1256", errors="replace")
    letters = len(_LETTER.findall(arabic))
    if letters and len(_ARABIC_LETTER.findall(arabic)) > 0.2 * letters:
        return Decoded(normalize_newlines(arabic), "cp1256", arabic.count("\ufffd"))
    if not high & _CP1252_UNDEFINED:
        return Decoded(normalize_newlines(data.decode("cp1252")), "cp1252")
    return Decoded(normalize_newlines(lenient), "utf-8", stray)
