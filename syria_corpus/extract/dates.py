"""Dates, times, durations and sets, with TIMEX3 values, for every language with a `dates:` section.

Each language's data supplies month names (all calendars in use, Russian stems), weekdays,
relative words, duration units and cue words; the patterns below are built from it once.
Relative expressions are resolved against the publication date when it is known
(docs/figures.md explains the conventions: a bare weekday is the most recent such day on or
before publication, or the next one after it when the sentence is in the future tense).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex
from hijridate import Gregorian, Hijri

from ..lang import get as get_language
from ..langdata import DatesData
from ..metadates import full_year, iso_date
from ..resources import per_configs
from .numbers import Memo, Number, NumberLexicon, Token, WordTable, head_numbers, number_lexicon, numbers_in

if TYPE_CHECKING:
    from ..analysis import ParsedDoc

# How far ahead of the publication date a day-month without year may lie before it is read as last year's.
FUTURE_SLACK = dt.timedelta(days=60)
DATELINE_CHARS = 300
DATELINE_WEEKDAY_CHARS = 1200   # a `Weekday (d/m/yyyy)` date line may stand further down
ISO_UNITS = {"Y": ("P", "Y"), "M": ("P", "M"), "W": ("P", "W"), "D": ("P", "D"), "H": ("PT", "H"),
             "MIN": ("PT", "M"), "S": ("PT", "S")}
YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
HIJRI_YEARS = range(1300, 1500)   # a numeric date with such a year is Hijri where the language has Hijri data
YEAR_SPAN = (1800, 2099)          # a number of years in this span is a year (`2015 годах`)
MONTH_ENDING = r"\p{L}{0,2}"     # a month stem alone (`ноябр*`) takes a case ending, not any suffix (`мартовский`)


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    value: str
    type: str = "date"
    anchored: bool = False


class DateGrammar:
    """The compiled patterns and word tables of one language."""

    def __init__(self, lang: str):
        language = get_language(lang)
        data = language.data.dates or DatesData()
        self.lex: NumberLexicon = number_lexicon(lang)
        alt = self.lex.alternation
        self.months = WordTable.inverted(self.lex, data.months)
        self.weekdays = WordTable.inverted(self.lex, {**data.weekday_abbr, **data.weekdays})
        self.hijri_months = WordTable.inverted(self.lex, data.hijri_months)
        self.months_cs = data.months_case_sensitive
        self.weekdays_cs = data.weekdays_case_sensitive
        self.order = data.numeric_order
        self.durations = WordTable(self.lex, data.duration_units)
        self.duals = WordTable(self.lex, data.duration_duals)
        rel = data.relative
        self.relative = {"days": WordTable(self.lex, rel.days), "weeks": WordTable(self.lex, rel.weeks),
                         "months": WordTable(self.lex, rel.months), "years": WordTable(self.lex, rel.years)}
        self.sets = WordTable(self.lex, data.sets)
        self.ordinals = WordTable.inverted(self.lex, data.day_ordinals)
        self.ordinal_not_after = regex.compile(data.ordinal_not_after) if data.ordinal_not_after else None
        self.year_parts = WordTable.inverted(self.lex, data.year_parts)
        # `UU Nomor 7 Tahun 1978`: a reference number, not a duration
        self.skip_before = WordTable(self.lex, dict.fromkeys(data.skip_before, True))
        self.not_after = {w.lower() for w in data.dateline_not_after}
        self.pm = regex.compile(data.pm_pattern, regex.I) if data.pm_pattern else None

        months, wds = _words(data.months), _words(data.weekdays) + _words(data.weekday_abbr)
        mon = f"(?P<m>{alt(months)})"
        if language.rules.month_gloss:   # `يوليو (تموز) 2014`, `أغسطس آب 2014`: a second calendar's name glosses it
            mon += rf"(?:\s*\(\s*(?:{alt(months)})\s*\)|\s+(?:{alt(months)}))?"
        wd = f"(?:(?P<wd>{alt(wds)})\\.?,?\\s*)?" if wds else ""
        suf = data.day_suffixes
        day = rf"(?P<d>\d{{1,2}})(?!\d)(?:{alt(suf)})?" if suf else r"(?P<d>\d{1,2})(?!\d)"
        ordinals = _words(data.day_ordinals)
        if ordinals:   # `الثالث من أغسطس`: a day written as an ordinal word
            day = rf"(?:{day}|(?P<dw>{alt(ordinals)})(?![\p{{L}}\p{{M}}]))"
        of = f"(?:(?:{alt(data.of_words)})\\s+){{0,2}}" if data.of_words else ""
        the = list(data.day_articles)
        the_re = f"(?:(?:{alt(the)})\\s+)?" if the else ""
        ysuf = f"(?:\\s*(?:{alt(data.year_suffixes)})(?!\\w))?" if data.year_suffixes else ""
        year = YEAR + ysuf
        rng = alt(data.range_words or ["-"])
        # `10/10/1436ه`: a Hijri marker after a numeric date belongs to it
        hijri_tail = rf"(?:\s*(?:{alt(data.hijri_markers)})(?![\p{{L}}\p{{M}}]))?" if data.hijri_markers else ""
        e = r"(?![\p{L}\p{M}])"
        leads: list[tuple[list[str], bool]] = []

        def s(words: Iterable[str], digit: bool = False) -> tuple[list[str], bool]:
            """The words (or a digit, when `digit`) a pattern's match starts with."""
            return [w for w in words if w], digit

        def c(first: tuple[list[str], bool], body: str) -> regex.Pattern:
            leads.append(first)
            # the first-character look-ahead lets the engine skip most positions quickly
            return regex.compile(self._starts(*first) + r"(?<![\p{L}\p{M}\d])" + body, regex.I)

        self.patterns: list[tuple[str, regex.Pattern]] = [
            ("range", c(s([], True), rf"(?P<d1>\d{{1,2}})(?!\d)\s*(?:{rng})\s*{day}\s+{of}{mon}(?:,?\s+{year})?" + e)),
            ("dmy", c(s(wds + the + ordinals, True), rf"{wd}{the_re}{day}\s+{of}{mon}(?:,?\s+{year})?" + e)),
            ("mdy", c(s(wds + months), rf"{wd}{mon}\s+{day}(?:,?\s+{year})?" + e)),
            ("my", c(s(months), rf"{mon}\s+{of}{year}" + e)),
            # `с ноября по декабрь 2010 года`, `من يناير إلى مارس`: a range of months is one row
            ("month_range", c(s(months), rf"{mon.replace('(?P<m>', '(?P<m1>', 1)}\s*(?:{rng})\s*{mon}"
                                         rf"(?:,?\s+{of}{year})?" + e)),
            # `2005-2010`, `в 2014-2015 годах`
            ("year_range", c(s([], True), rf"(?P<y1>(?:1[89]|20)\d\d)\s*[-–—]\s*{year}" + e)),
            # `11/11/2016`, `26 /9 /1436هـ` (spaced slashes need a four-digit year)
            ("numeric", c(s(wds + ["("], True), rf"{wd}\(?(?P<a>\d{{1,2}})(?P<sep>\s?[/.\-]\s?)(?P<b>\d{{1,2}})(?P=sep)"
                                                rf"(?P<y>\d{{4}}|(?<=/\d{{1,2}}/)\d\d)(?!\d)\)?{hijri_tail}")),
            ("iso", c(s([], True), r"(?P<y>\d{4})-(?P<a>\d\d)-(?P<b>\d\d)(?!\d)")),
            # `1436/10/30هـ`, `2015/07/22`: year first
            ("ymd", c(s([], True), r"(?P<y>\d{4})(?P<sep>[/.])(?P<a>\d{1,2})(?P=sep)(?P<b>\d{1,2})(?!\d)"
                                   + hijri_tail)),
        ]
        if data.year_parts:   # `صيف 2012` -> 2012-SU, `первое полугодие 2009 года` -> 2009-H1
            parts = _words(data.year_parts)
            cue = rf"(?:(?:{alt(data.year_cues)})\s+)?" if data.year_cues else ""
            self.patterns.append(("year_part", c(s(parts), rf"(?P<part>{alt(parts)})\s+{of}{cue}{year}" + e)))
        if data.months_alone:   # `по итогам июля`, `в сентябре или октябре`: Russian month names alone
            bare = _full_names(data.months)
            self.patterns.append(("month_bare", c(s(bare), rf"(?P<m>{alt(bare, MONTH_ENDING)})(?!\s*\d)" + e)))
        if data.month_after:   # `Februari lalu`, `أغسطس الماضي`: the last such month
            self.patterns.append(("month_past", c(s(months), rf"{mon}\s+(?:{alt(data.month_after)})" + e)))
        if wds:   # `Senin (21/2)`, `tadi malam (14/7)`: a weekday or a day word with a parenthesised day/month
            days = list(rel.days)
            lead = rf"(?:(?P<wd>{alt(wds)})|{alt(days)})" if days else rf"(?P<wd>{alt(wds)})"
            self.patterns.append(("numeric_dm", c(s(wds + days), rf"{lead}\.?,?\s*\(\s*(?P<a>\d{{1,2}})/"
                                                                 rf"(?P<b>\d{{1,2}})\s*\)")))
        if data.month_cues:
            self.patterns.append(("month", c(s(data.month_cues), rf"(?:{alt(data.month_cues)})\s+{mon}(?!\s*\d)" + e)))
        if data.year_cues:
            self.patterns.append(("year", c(s(data.year_cues), rf"(?:{alt(data.year_cues)})\s+{year}")))
        if data.year_suffixes:
            self.patterns.append(("year", c(s([], True), YEAR + rf"\s*(?:{alt(data.year_suffixes)})(?!\w)")))
        if data.weekdays:
            full = _words(data.weekdays)
            self.patterns.append(("weekday", c(s(full), f"(?P<wd>{alt(full)})" + e)))
        if self.hijri_months:
            hm = _words(data.hijri_months)
            marker = alt(data.hijri_markers)
            ycue = rf"(?:(?:{alt(data.year_cues)})\s+)?" if data.year_cues else ""   # `محرم عام 1437هـ`
            self.patterns.append(("hijri", c(s(hm + ordinals, True), rf"(?:{day}\s+{of})?(?P<m>{alt(hm)})"
                                                           rf"(?:\s+{ycue}(?P<y>1[34]\d\d)(?!\d)"
                                                           rf"(?:\s*(?:{marker})(?![\p{{L}}\p{{M}}]))?)?")))
            self.patterns.append(("hijri_year", c(s([], True),
                                                  rf"(?P<y>1[34]\d\d)\s*(?:{marker})(?![\p{{L}}\p{{M}}])")))
        words = [w for table in (rel.days, rel.weeks, rel.months, rel.years) for w in table]
        words += list(data.sets)
        if words:
            self.patterns.append(("relative", c(s(words), f"(?P<w>{alt(words)})" + e)))
        if data.time_cues or data.time_suffixes:
            cues = list(data.time_cues)
            tsuf = alt(data.time_suffixes)
            self.patterns.append(("time", c(s(cues, True), rf"(?:(?:{alt(cues)})\s+)?(?P<h>\d{{1,2}})[:.]"
                                                          rf"(?P<mi>\d\d)(?!\d)"
                                                          rf"(?:\s*(?:{tsuf})(?![\p{{L}}]))?")))
            if language.rules.time_suffix_alone:   # `3 a.m.`, `630 a.m.` (the colon lost): an hour needs its suffix
                self.patterns.append(("time", c(s(cues, True), rf"(?:(?:{alt(cues)})\s+)?(?P<h>\d{{1,2}})(?P<mi>\d\d)?"
                                                              rf"\s*(?:{tsuf})(?![\p{{L}}])")))
        fut = data.future_cues
        self.future = regex.compile("|".join(f"(?:{p})" for p in fut), regex.I) if fut else None
        self.gate = _Gate(self.lex.char_classes, leads)

    def _starts(self, words: Iterable[str], digit: bool = False) -> str:
        """A look-ahead for the possible first characters of a pattern."""
        chars = {c for w in words if w for c in (w[0].lower(), w[0].upper())}
        chars |= {x for c in list(chars) for cls in self.lex.char_classes if c in cls for x in cls}
        return "(?=[" + ("\\d" if digit else "") + "".join(regex.escape(c) for c in sorted(chars)) + "])"


_LETTERS = regex.compile(r"[\p{L}\p{M}]*")
_DIGIT_RUN = regex.compile(r"\d+")
GATE_LETTERS = 4   # how many first letters of a lead word tell it apart (Arabic ones share the article)


class _Gate:
    """Where each date pattern may match, found from the number tokens instead of one scan of the whole
    text per pattern (each costs about as much as all the matching it leads to).

    A match starts at a token start (a word, a `(`) or at a digit run inside a digit token, with one of
    its pattern's lead words or a digit. A word token is a candidate when its first letters are those of
    a lead word, compared after mapping every letter to one representative of its letter class and case
    (the patterns match with the classes and `regex.I`). So every position where a pattern matches is
    tried, and few others."""

    def __init__(self, char_classes: Iterable[str], leads: list[tuple[list[str], bool]]):
        chars = {c for words, _ in leads for w in words for c in w[:GATE_LETTERS]}
        chars |= {x for cls in char_classes if chars & set(cls) for x in cls}
        root = {c: c for c in chars}

        def find(c: str) -> str:
            while root[c] != c:
                c = root[c]
            return c
        for cls in char_classes:   # one class is one letter to the patterns
            for x in cls:
                if x in root:
                    root[find(x)] = find(cls[0])
        for x in chars:            # and so are the cases of a letter
            for y in chars:
                if x < y and regex.fullmatch(regex.escape(x), y, regex.I):
                    root[find(y)] = find(x)
        groups: dict[str, list[str]] = {}
        for c in chars:
            groups.setdefault(find(c), []).append(c)
        self._classes = [(rep, regex.compile("[" + regex.escape("".join(cs)) + "]", regex.I))
                         for rep, cs in groups.items()]
        self._table = _Canon(self._classes)
        # (a lead word written with a digit first is found at digit runs, as digits are)
        self.digit = [k for k, (words, digit) in enumerate(leads) if digit or any(_DIGIT_RUN.match(w) for w in words)]
        self.keys: dict[str, list[int]] = {}
        for k, (words, _) in enumerate(leads):
            for w in words:
                letters = _LETTERS.match(w)
                n = min(letters.end(), GATE_LETTERS) if letters and letters.end() else 1
                ks = self.keys.setdefault(w[:n].translate(self._table), [])
                if k not in ks:
                    ks.append(k)
        self.lengths = sorted({len(key) for key in self.keys})
        self._memo: Memo[str, tuple[int, ...]] = Memo(self._patterns)

    def positions(self, tokens: Iterable[Token], n: int) -> list[list[int]]:
        """For each of the `n` patterns, the positions to try, in order."""
        out: list[list[int]] = [[] for _ in range(n)]
        memo, digit = self._memo, self.digit
        # (most words lead no pattern: the comprehension drops them without a Python-level loop step)
        for t in [t for t in tokens if t.is_digits or memo[t.text]]:
            if t.is_digits:
                for m in _DIGIT_RUN.finditer(t.text):
                    for k in digit:
                        out[k].append(t.start + m.start())
                continue
            for k in memo[t.text]:
                out[k].append(t.start)
        return out

    def _patterns(self, word: str) -> tuple[int, ...]:
        """The patterns one of whose lead words may start `word`."""
        head = word[:GATE_LETTERS].translate(self._table)
        return tuple(dict.fromkeys(k for size in self.lengths for k in self.keys.get(head[:size], ())))


class _Canon(dict):
    """str.translate table: a character to its class representative; filled as characters are met
    (simple case folding makes the cases of a letter one set, so a character matches one class at most)."""

    def __init__(self, classes: list[tuple[str, regex.Pattern]]):
        super().__init__()
        self._classes = classes

    def __missing__(self, code: int) -> str:
        c = chr(code)
        rep = self[code] = next((rep for rep, cls in self._classes if cls.fullmatch(c)), c)
        return rep


def _words(groups: Mapping[Any, Iterable[str]]) -> list[str]:
    return [w for ws in groups.values() for w in ws]


def _full_names(months: Mapping[Any, Iterable[str]]) -> list[str]:
    """Month names without abbreviations (a name that begins another name of its month: `сен`, `сент`)."""
    out = []
    for names in months.values():
        stems = [n.rstrip("*") for n in names]
        out += [n for n, st in zip(names, stems) if not any(o != st and o.startswith(st) for o in stems)]
    return out


@per_configs()
def date_grammar(lang: str) -> DateGrammar:
    return DateGrammar(lang)


# ---------------------------------------------------------------- public functions

def extract_dates(parsed: ParsedDoc) -> list[dict]:
    """Date, time, duration and set expressions of a document, resolved against its publication date."""
    if parsed.data.dates is None:
        return []
    text = parsed.text
    anchor = _parse_iso(parsed.doc.date) or _parse_iso(parsed.dateline)
    cands = _candidates(text, parsed.lang, anchor, (parsed.number_tokens, parsed.numbers))
    return [{"text": text[c.start:c.end], "value": c.value, "type": c.type, "anchored": c.anchored,
             "start": c.start, "end": c.end} for c in cands]


def find_dateline(text: str, lang: str,
                  numbers: tuple[tuple[Token, ...], tuple[Number, ...]] | None = None) -> str | None:
    """The first full calendar date written at the top of an article (`Wed 05 Apr 2017`,
    `Jakarta, Jumat (11/11/2016)`), ISO, or None. `numbers`: the whole text's numbers_in(), when
    known; the heads' are derived from them instead of tokenizing the heads again."""
    if get_language(lang).data.dates is None:
        return None

    def head_numbers_of(n: int):
        return head_numbers(text, lang, numbers, n) if numbers is not None else None
    head = text[:DATELINE_CHARS]
    # `С 30 сентября 2015 года по …`: a date after a preposition is an event's, not the article's
    not_after = date_grammar(lang).not_after
    for c in _candidates(head, lang, None, head_numbers_of(DATELINE_CHARS)):
        prev = re.search(r"(\w+)\W*$", head[:c.start]) if not_after else None
        if prev and prev.group(1).lower() in not_after:
            continue
        if c.type == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", c.value):
            return c.value
    # `…, Selasa (21/2/2017).` further down the lead: the wire style of the reporting day
    for c in _candidates(text[:DATELINE_WEEKDAY_CHARS], lang, None, head_numbers_of(DATELINE_WEEKDAY_CHARS)):
        if c.type == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", c.value) \
                and re.fullmatch(r"\w+\.?,?\s*\(\s*\d[\d/.\-]+\d\s*\)", text[c.start:c.end]):
            return c.value
    return None


# ---------------------------------------------------------------- candidates

def _candidates(text: str, lang: str, anchor: dt.date | None,
                numbers: tuple[tuple[Token, ...], tuple[Number, ...]] | None = None) -> list[Cand]:
    g = date_grammar(lang)
    numbers = numbers or numbers_in(text, lang)
    found: list[Cand] = []
    for (kind, pat), positions in zip(g.patterns, g.gate.positions(numbers[0], len(g.patterns))):
        end = 0
        for p in positions:   # what `pat.finditer(text)` finds: the next match starts at or after the last end
            if p >= end and (m := pat.match(text, p)):
                end = m.end()
                cand = _BUILDERS[kind](g, m, anchor, text)
                if cand is not None:
                    found.append(cand)
    found += _durations(numbers, g)
    return _non_overlapping(found)


def _non_overlapping(cands: list[Cand]) -> list[Cand]:
    """Longest first; a candidate overlapping a kept one is dropped. The characters kept candidates
    cover are marked in a bytearray, so the cost is the total length of the candidates (each pattern's
    matches do not overlap each other: a few times the text), not their number squared."""
    kept: list[Cand] = []
    if not cands:
        return kept
    size = max(c.end for c in cands) + 1
    taken, starts = bytearray(size), bytearray(size)
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if c.end > c.start:
            free = taken.find(1, c.start, c.end) < 0
        else:   # an empty candidate overlaps a kept one only strictly inside it
            free = not (c.start > 0 and taken[c.start - 1] and taken[c.start] and not starts[c.start])
        if free:
            kept.append(c)
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            starts[c.start] = 1
    return sorted(kept, key=lambda c: c.start)


def _case_ok(word: str | None, case_sensitive: bool) -> bool:
    """Capitalised-only names: "may"/"march" (verbs) and "minggu" (week) are not dates."""
    return not (case_sensitive and word and word[:1].islower())


def _month(g: DateGrammar, m) -> int | None:
    word = m.group("m")
    if not _case_ok(word, g.months_cs):
        return None
    return g.months.get(g.lex.fold(word.rstrip(".")))


def _weekday_ok(g: DateGrammar, m) -> bool:
    wd = m.groupdict().get("wd")
    return wd is None or _case_ok(wd, g.weekdays_cs)


def _day(g: DateGrammar, m) -> int | None:
    """The day of a match: digits (`d`) or an ordinal word (`dw`)."""
    if m.groupdict().get("d"):
        return int(m.group("d"))
    word = m.groupdict().get("dw")
    value = g.ordinals.get(" ".join(g.lex.fold(word).split())) if word else None
    return int(value) if value is not None else None


def _adjective_ordinal(g: DateGrammar, m, text: str) -> bool:
    """`الأسبوع الأول من أغسطس`: an ordinal after a definite noun qualifies it; it is no day."""
    if not m.groupdict().get("dw") or g.ordinal_not_after is None or m.groupdict().get("wd"):
        return False
    prev = regex.search(r"(\S+)\s+$", text[max(0, m.start() - 30):m.start()])
    return bool(prev and g.ordinal_not_after.search(prev.group(1))
                and g.weekdays.get(g.lex.fold(prev.group(1))) is None)   # `الأحد العاشر من رمضان` is a day


def _dm(g, m, anchor, text) -> Cand | None:
    mon = _month(g, m)
    if mon is None or not _weekday_ok(g, m) or _adjective_ordinal(g, m, text):
        return None
    day = _day(g, m)
    if day is None:
        return None
    y = m.groupdict().get("y")
    if y:
        v = iso_date(int(y), mon, day)
        return Cand(m.start(), m.end(), v) if v else None
    return _day_month(m.start(), m.end(), mon, day, anchor)


def _day_month(start, end, mon, day, anchor) -> Cand | None:
    if not 1 <= day <= 31:
        return None
    if anchor is None:
        return Cand(start, end, f"XXXX-{mon:02d}-{day:02d}")
    v = iso_date(_year_for(anchor, mon, day), mon, day)
    return Cand(start, end, v, anchored=True) if v else None


def _range(g, m, anchor, text) -> Cand | None:
    hi = _dm(g, m, anchor, text)
    d1 = int(m.group("d1"))
    if hi is None or not d1 < (_day(g, m) or 0):
        return None
    lo_value = hi.value[:-2] + f"{d1:02d}"
    return Cand(m.start(), m.end(), f"{lo_value}/{hi.value}", anchored=hi.anchored)


def _my(g, m, anchor, text) -> Cand | None:
    mon = _month(g, m)
    return Cand(m.start(), m.end(), f"{int(m.group('y')):04d}-{mon:02d}") if mon else None


def _month_range(g, m, anchor, text) -> Cand | None:
    """`с ноября по декабрь 2010 года` -> 2010-11/2010-12; a range over New Year starts the year before."""
    first = m.group("m1")
    lo = g.months.get(g.lex.fold(first.rstrip("."))) if _case_ok(first, g.months_cs) else None
    hi = _month(g, m)
    if lo is None or hi is None or lo == hi:
        return None
    if m.group("y"):
        y, anchored = int(m.group("y")), False
    elif anchor is not None:
        y, anchored = _year_for(anchor, hi, 1), True
    else:
        return Cand(m.start(), m.end(), f"XXXX-{lo:02d}/XXXX-{hi:02d}")
    y1 = y if lo < hi else y - 1
    return Cand(m.start(), m.end(), f"{y1:04d}-{lo:02d}/{y:04d}-{hi:02d}", anchored=anchored)


def _year_range(g, m, anchor, text) -> Cand | None:
    y1, y2 = int(m.group("y1")), int(m.group("y"))
    return Cand(m.start(), m.end(), f"{y1}/{y2}") if y1 < y2 <= y1 + 100 else None


def _year_part(g, m, anchor, text) -> Cand | None:
    part = g.year_parts.get(" ".join(g.lex.fold(m.group("part")).split()))
    return Cand(m.start(), m.end(), f"{m.group('y')}-{part}") if part else None


def _month_bare(g, m, anchor, text) -> Cand | None:
    """A month name standing alone, in lower case (`Марта` may be a name)."""
    return _month_alone(g, m, anchor, text) if m.group("m")[:1].islower() else None


def _month_past(g, m, anchor, text) -> Cand | None:
    """`Februari lalu`: the latest such month up to the publication date."""
    mon = _month(g, m)
    if mon is None or regex.search(r"\d\s*$", text[max(0, m.start() - 5):m.start()]):
        return None   # `١٥ أغسطس الماضي`: a day and month, read by the day-month pattern
    if anchor is None:
        return Cand(m.start(), m.end(), f"XXXX-{mon:02d}")
    y = anchor.year if mon <= anchor.month else anchor.year - 1
    return Cand(m.start(), m.end(), f"{y:04d}-{mon:02d}", anchored=True)


def _numeric(g, m, anchor, text) -> Cand | None:
    if not _weekday_ok(g, m):
        return None
    a, b_, y = int(m.group("a")), int(m.group("b")), full_year(m.group("y"))
    mon, day = (a, b_) if g.order == "mdy" else (b_, a)
    if y in HIJRI_YEARS and g.hijri_months:   # `الاحد 10/10/1436ه`: a Hijri date written in digits
        try:
            return Cand(m.start(), m.end(), Hijri(y, mon, day).to_gregorian().isoformat())
        except (ValueError, OverflowError):
            return None
    v, other = iso_date(y, mon, day), iso_date(y, day, mon)
    wd = m.group("wd") and g.weekdays.get(g.lex.fold(m.group("wd")))
    if v is None or (wd and other and _weekday_of(other) == wd != _weekday_of(v)):
        v = other  # the other order is the only possible one, or the one the weekday confirms
    start, end = m.start(), m.end()
    if text[start] == "(" and m.group("wd") is None:
        start += 1
    if text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    return Cand(start, end, v) if v else None


def _numeric_dm(g, m, anchor, text) -> Cand | None:
    if not _weekday_ok(g, m):
        return None
    a, b_ = int(m.group("a")), int(m.group("b"))
    mon, day = (a, b_) if g.order == "mdy" else (b_, a)
    return _day_month(m.start(), m.end(), mon, day, anchor) if 1 <= mon <= 12 else None


def _iso_date(g, m, anchor, text) -> Cand | None:
    y, mon, day = int(m.group("y")), int(m.group("a")), int(m.group("b"))
    if y in HIJRI_YEARS and g.hijri_months:
        try:
            return Cand(m.start(), m.end(), Hijri(y, mon, day).to_gregorian().isoformat())
        except (ValueError, OverflowError):
            return None
    v = iso_date(y, mon, day) if 1800 <= y < 2100 else None
    return Cand(m.start(), m.end(), v) if v else None


def _month_alone(g, m, anchor, text) -> Cand | None:
    mon = _month(g, m)
    if mon is None:
        return None
    start = m.start("m")
    if anchor is None:
        return Cand(start, m.end(), f"XXXX-{mon:02d}")
    return Cand(start, m.end(), f"{_year_for(anchor, mon, 1):04d}-{mon:02d}", anchored=True)


def _year(g, m, anchor, text) -> Cand:
    return Cand(m.start("y"), m.end(), m.group("y"))


def _weekday(g, m, anchor, text) -> Cand | None:
    word = m.group("wd")
    if not _case_ok(word, g.weekdays_cs):
        return None
    wd = g.weekdays.get(g.lex.fold(word))
    if wd is None:
        return None
    if anchor is None:
        return Cand(m.start(), m.end(), f"XXXX-WXX-{wd}")
    back = (anchor.isoweekday() - wd) % 7
    if _future(g, text, m.start(), m.end()):
        day = anchor + dt.timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)
    else:
        day = anchor - dt.timedelta(days=back)
    return Cand(m.start(), m.end(), day.isoformat(), anchored=True)


def _future(g: DateGrammar, text: str, start: int, end: int) -> bool:
    """A future-tense cue in the same clause before the weekday, or a `next` word right after it."""
    if g.future is None:
        return False
    left = re.split(r"[.!?\n;]", text[max(0, start - 60):start])[-1]
    right = re.split(r"[.!?\n;,]", text[end:end + 20])[0]
    return bool(g.future.search(left) or g.future.search(right))


def _relative(g, m, anchor, text) -> Cand | None:
    norm = g.lex.fold(m.group("w"))
    if (period := g.sets.get(norm)) is not None:
        return Cand(m.start(), m.end(), str(period), type="set")
    for kind, table in g.relative.items():
        shift = table.get(norm)
        if shift is not None:
            return _shifted(m.start(), m.end(), kind, int(shift), anchor)
    return None


def _shifted(start, end, kind, shift, anchor) -> Cand:
    if anchor is None:
        return Cand(start, end, {"days": "XXXX-XX-XX", "weeks": "XXXX-WXX", "months": "XXXX-XX", "years": "XXXX"}[kind])
    if kind == "days":
        value = (anchor + dt.timedelta(days=shift)).isoformat()
    elif kind == "weeks":
        y, w, _ = (anchor + dt.timedelta(weeks=shift)).isocalendar()
        value = f"{y:04d}-W{w:02d}"
    elif kind == "months":
        k = anchor.year * 12 + anchor.month - 1 + shift
        value = f"{k // 12:04d}-{k % 12 + 1:02d}"
    else:
        value = f"{anchor.year + shift:04d}"
    return Cand(start, end, value, anchored=True)


def _hijri(g, m, anchor, text) -> Cand | None:
    """A Hijri date converted to Gregorian; a month alone becomes the range of its days. Without a
    year the Hijri year of the publication date is assumed (nothing is read without either)."""
    mon = g.hijri_months.get(g.lex.fold(m.group("m")))
    d = _day(g, m)
    if mon is None or not (m.group("y") or d) or _adjective_ordinal(g, m, text):
        return None  # a bare month name (رمضان) is a season, not a date
    if m.group("y"):
        y, anchored = int(m.group("y")), False
    elif anchor is not None:
        y, anchored = Gregorian.fromdate(anchor).to_hijri().year, True
    else:
        return Cand(m.start(), m.end(), "XXXX-XX-XX")
    try:
        if d:
            return Cand(m.start(), m.end(), Hijri(y, mon, d).to_gregorian().isoformat(), anchored=anchored)
        first = Hijri(y, mon, 1)
        last = Hijri(y, mon, first.month_length())
    except (ValueError, OverflowError):
        return None
    return Cand(m.start(), m.end(), f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}",
                anchored=anchored)


def _hijri_year(g, m, anchor, text) -> Cand | None:
    y = int(m.group("y"))
    try:
        first, last = Hijri(y, 1, 1).to_gregorian(), Hijri(y, 12, Hijri(y, 12, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return Cand(m.start(), m.end(), f"{first.isoformat()}/{last.isoformat()}")


def _time(g, m, anchor, text) -> Cand | None:
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    whole = m.group()
    if h < 12 and g.pm is not None and g.pm.search(whole):
        h += 12   # `2:30 pm`
    if not (h < 24 and mi < 60) or (":" not in whole and whole[:1].isdigit() and whole[-1:].isdigit()):
        return None  # "10.30" is a time only with a cue or a suffix
    return Cand(m.start(), m.end(), f"XXXX-XX-XXT{h:02d}:{mi:02d}", type="time")


_BUILDERS = {"range": _range, "dmy": _dm, "mdy": _dm, "my": _my, "numeric": _numeric, "numeric_dm": _numeric_dm,
             "iso": _iso_date, "ymd": _iso_date, "month_range": _month_range, "year_range": _year_range,
             "year_part": _year_part, "month_bare": _month_bare, "month_past": _month_past,
             "month": _month_alone, "year": _year, "weekday": _weekday, "relative": _relative,
             "hijri": _hijri, "hijri_year": _hijri_year, "time": _time}


# ---------------------------------------------------------------- durations

def _durations(numbers: tuple[tuple[Token, ...], tuple[Number, ...]], g: DateGrammar) -> list[Cand]:
    """`72 hours`, `seven days`, `tujuh bulan`, `خمس سنوات`, `five and a half years`, `72-hour`,
    and Arabic dual units (`يومين` = two days)."""
    out = []
    tokens, nums = numbers
    for num in nums:
        if num.vague or (num.first > 0 and g.skip_before.get(tokens[num.first - 1].norm)):
            continue
        j, start = num.last + 1, num.start
        if j < len(tokens) and tokens[j].text == "-" and tokens[j].start == tokens[num.last].end:
            j += 1  # "72-hour"
        elif j < len(tokens) and tokens[j].text == ")" and num.first > 0 and tokens[num.first - 1].text == "(":
            j, start = j + 1, tokens[num.first - 1].start   # `(35) عاماً`
        unit = g.durations.get(tokens[j].norm) if j < len(tokens) else None
        if unit == "Y" and num.is_digits and YEAR_SPAN[0] <= num.value <= YEAR_SPAN[1] and j == num.last + 1:
            continue   # `в 2015 годах`: a year, not 2015 years (but `a 2000-year-old colonnade`)
        if unit is not None:
            out.append(Cand(start, tokens[j].end, _period(num.value, str(unit)), type="duration"))
    if g.duals:
        duals = g.duals.get
        out += [Cand(t.start, t.end, _period(2, str(unit)), type="duration")
                for t in tokens if (unit := duals(t.norm)) is not None]
    return out


def _period(value: float, unit: str) -> str:
    n = int(value) if value == int(value) else value
    if unit == "DECADE":
        n, unit = n * 10, "Y"
    prefix, letter = ISO_UNITS[unit]
    return f"{prefix}{n}{letter}"


# ---------------------------------------------------------------- calendar helpers

def _weekday_of(iso: str) -> int:
    return dt.date.fromisoformat(iso).isoweekday()


def _parse_iso(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _year_for(anchor: dt.date, mon: int, day: int) -> int:
    """The year of a day-month near the publication date: this year unless that is well in the future."""
    try:
        cand = dt.date(anchor.year, mon, min(day, 28))
    except ValueError:
        return anchor.year
    return anchor.year - 1 if cand > anchor + FUTURE_SLACK else anchor.year
