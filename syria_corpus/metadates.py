"""Publication dates from record metadata (`date`, `date_extracted`, `tanggal` fields) as ISO dates.

Exports write dates as `2015-07-21 02:51:32`, `4/5/17` (month first, as FA-KES does, unless the
first number cannot be a month), `14.05.2011`, or with a month name in any language with data:
`05 Apr 2017`, `April 5, 2017`, `Jumat, 11 November 2016`, `14 мая 2011 г.`, `21 يوليو 2015`.
Month names come from each language's `dates.months`; nothing here depends on the extractors.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .lang import get as get_language
from .langdata import languages_with_data
from .resources import per_configs

_YEAR = r"((?:1[89]|20)\d\d)"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")   # Arabic-Indic and Persian digits
_WORD = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\.?", re.U)


def normalize_date(raw: str | None) -> str | None:
    """`raw` as `YYYY-MM-DD`, or None when it holds no full calendar date."""
    s = unicodedata.normalize("NFKC", (raw or "").strip()).translate(_DIGITS)
    if not s:
        return None
    if m := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        return iso_date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s):
        a, b, y = int(m[1]), int(m[2]), full_year(m[3])
        return iso_date(y, a, b) if a <= 12 else iso_date(y, b, a)
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s):
        return iso_date(int(m[3]), int(m[2]), int(m[1]))
    return _with_month_name(s)


def _with_month_name(s: str) -> str | None:
    """Day, month name and year in either order (`05 Apr 2017`, `April 5, 2017`); weekdays ignored."""
    for m in re.finditer(rf"(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({_WORD.pattern}),?\s+{_YEAR}(?!\d)", s):
        month = _month(m[2])
        if month:
            return iso_date(int(m[3]), month, int(m[1]))
    for m in re.finditer(rf"({_WORD.pattern})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)", s):
        month = _month(m[1])
        if month:
            return iso_date(int(m[3]), month, int(m[2]))
    return None


def _month(word: str) -> int | None:
    """The month a name means in some language (exact form, else a listed stem); a two-word
    match is tried whole, then by its last word (`Jumat, 11 November`)."""
    exact, stems = _month_names()
    w = _fold(word.rstrip("."))
    for cand in (w, w.split()[-1] if " " in w else None, w.split()[0] if " " in w else None):
        if not cand:
            continue
        if cand in exact:
            return exact[cand]
        for stem, month in stems:
            if cand.startswith(stem):
                return month
    return None


@per_configs(maxsize=1)
def _month_names() -> tuple[dict[str, int], list[tuple[str, int]]]:
    exact: dict[str, int] = {}
    stems: list[tuple[str, int]] = []
    for code in sorted(languages_with_data()):
        dates = get_language(code).data.dates
        for month, names in (dates.months.items() if dates else ()):
            for name in names:
                if name.endswith("*"):
                    stems.append((_fold(name[:-1]), month))
                else:
                    exact.setdefault(_fold(name), month)
    return exact, sorted(stems, key=lambda x: -len(x[0]))


def _fold(w: str) -> str:
    w = "".join(c for c in unicodedata.normalize("NFKD", w.lower()) if not unicodedata.combining(c))
    return w.translate(str.maketrans("أإآ", "ااا"))


def iso_date(y: int, m: int, d: int) -> str | None:
    """`YYYY-MM-DD`, or None for a day the calendar does not have."""
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def full_year(y: str) -> int:
    """A two-digit year in the century news of these wars means: 15 -> 2015, 98 -> 1998."""
    n = int(y)
    return n if len(y) == 4 else 2000 + n if n < 70 else 1900 + n
