"""Numbers in digits and in words, for every language with a `numbers:` section in its data.

The mechanism is written once: a tokenizer whose digit groups follow the language's separators,
a word lexicon (folded spelling, optional clitic prefixes stripped), and a small parser that
combines number words, scales (`hundred`, `puluh`), multipliers (`million`, `juta`, `млн`),
fractions (`half a million`, `5 and a half`) and vague amounts (`dozens`, `عشرات الآلاف`).
Vague amounts get the smallest value they denote and a qualifier saying so (docs/figures.md).
"""
from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

import regex

from ..lang import get as get_language
from ..langdata import NumbersData
from ..resources import WORD_CACHE, per_configs

FOLD_CACHE = WORD_CACHE   # folded forms kept per language (words repeat across articles)

_SPACE_BACKWARDS = regex.compile(r"\s", regex.V1 | regex.REVERSE)   # \s and \d as the token pattern reads them
_DIGIT = regex.compile(r"\d", regex.V1)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """`memo[key]`: compute(key), kept while the memo holds fewer than FOLD_CACHE keys. A hit is one
    dict look-up in C (`__missing__` runs only on a miss), no Python call: the per-token look-ups
    (folding, lexicon entries, word tables) run hundreds of thousands of times per corpus."""

    def __init__(self, compute: Callable[[K], V]):
        super().__init__()
        self.compute = compute

    def __missing__(self, key: K) -> V:
        value = self.compute(key)
        if len(self) < FOLD_CACHE:
            self[key] = value
        return value


# Lexicon entry kinds, in the order the parser tries them.
NUM, SCALE, ADDER, MULT, FRAC, VAGUE, CONN, ARTICLE, OF = (
    "num", "scale", "adder", "mult", "frac", "vague", "conn", "article", "of")


class Token(NamedTuple):
    """A word, a digit group or one other character. A NamedTuple: a document has tens of thousands,
    and a tuple is built in C, where a frozen dataclass sets each field through object.__setattr__."""
    start: int
    end: int
    text: str
    norm: str          # folded form used for look-ups
    is_digits: bool


@dataclass(frozen=True, slots=True)
class Number:
    """A number phrase: tokens[first:last+1] span text[start:end]."""
    start: int
    end: int
    value: float
    vague: str | None      # qualifier of a vague amount (`dozens_of`...), else None
    first: int             # token indices
    last: int
    is_digits: bool        # written (at least partly) in digits


class NumberLexicon:
    """Everything compiled from one language's `numbers:` data."""

    def __init__(self, lang: str):
        data = get_language(lang).data.numbers or NumbersData()
        self.lang = lang
        self._folded: Memo[str, str] = Memo(self._fold)
        self._values: Memo[str, float | None] = Memo(self._to_float)
        self.fold_map = str.maketrans(dict(data.fold))
        self._fold_table = _FoldTable(self.fold_map)
        self.prefixes = sorted((self.fold(p) for p in data.prefixes), key=len, reverse=True)
        self.char_classes = list(data.char_classes)
        self.short_words = data.short_words   # one-letter words are words (Russian `и`, `в`, `с`)
        self.entries: dict[str, tuple[str, object]] = {}
        for kind, table in ((NUM, data.words), (SCALE, data.scales), (ADDER, data.adders),
                            (MULT, data.multipliers), (FRAC, data.fractions)):
            for word, value in table.items():
                self.entries[self.fold(str(word))] = (kind, float(value))
        self.vague = {self.fold(w): (spec.value, spec.qualifier) for w, spec in data.vague.items()}
        for word, spec in self.vague.items():
            self.entries.setdefault(word, (VAGUE, spec))
        for kind, words in ((CONN, data.connectors), (ARTICLE, data.articles), (OF, data.of_words)):
            for word in words:
                self.entries.setdefault(self.fold(word), (kind, None))
        # strip_prefix()'s answer for every word it finds something for: a look-up is one dict get, hit
        # or miss (a memo would miss on every word of the corpus past its cap)
        self._entry_forms = self._prefixed_forms(self.entries)
        self._vague_forms = self._prefixed_forms(self.vague)
        self.grouped, self.plain = self._digit_regexes(data)
        self.token_re = self._token_regex()
        # Characters a digit group may hold between its digits (`1 250 000` in Russian), and those of
        # them that are separators on their own (see restart()).
        seps = [*data.thousands, *(data.decimal or ["."])]
        self._glue = {c for sep in seps for c in sep}
        self._lone = {sep for sep in seps if len(sep) == 1} - {c for sep in seps if len(sep) > 1 for c in sep}

    @staticmethod
    def _digit_regexes(data: NumbersData) -> tuple[regex.Pattern | None, regex.Pattern]:
        """(grouped, plain) digit patterns: `1,250,000.5` and `2,5` read by the language's separators."""
        ths = "|".join(regex.escape(s) for s in data.thousands)
        dec = "|".join(regex.escape(s) for s in data.decimal or ["."])
        grouped = regex.compile(rf"(?P<i>\d{{1,3}}(?:(?:{ths})\d{{3}})+)(?!\d)(?:(?:{dec})(?P<f>\d+))?") \
            if ths else None
        return grouped, regex.compile(rf"(?P<i>\d+)(?:(?:{dec})(?P<f>\d+))?")

    def _token_regex(self) -> regex.Pattern:
        digits = "|".join(p.pattern for p in (self.grouped, self.plain) if p is not None)
        digits = regex.sub(r"\(\?P<\w>", "(?:", digits)  # one pattern cannot repeat group names
        return regex.compile(rf"(?P<d>{digits})|[\p{{L}}\p{{M}}]+|\S", regex.V1)

    def restart(self, text: str, n: int) -> int:
        """A position r <= n where scanning text[:n] for tokens and scanning `text` are in the same state:
        the same tokens start before r and none of them reaches r. It follows a whitespace character
        no token can hold: each alternative of the token pattern stops at it (the engine never goes past
        it), except a digit group's separator, which is one only right after a digit. 0 when none."""
        for m in _SPACE_BACKWARDS.finditer(text, 0, n):   # the last one first
            w = m.start()
            c = text[w]
            if c not in self._glue or (c in self._lone and not (w and _DIGIT.match(text, w - 1))):
                return w + 1
        return 0

    def fold(self, word: str) -> str:
        """Case- and spelling-insensitive key: lower case, no diacritics, data-listed letter merges."""
        return self._folded[word]

    def _fold(self, word: str) -> str:
        return word.lower().translate(self._fold_table)

    def strip_prefix(self, norm: str, table: dict | set) -> tuple[str, int] | None:
        """`norm` or `norm` minus a listed clitic prefix (Arabic و ب ل ال...) found in `table`."""
        if norm in table:
            return norm, 0
        for p in self.prefixes:
            if norm.startswith(p) and norm[len(p):] in table and len(norm) - len(p) >= 2:
                return norm[len(p):], len(p)
        return None

    def _prefixed_forms(self, table: Mapping[str, Any]) -> dict[str, tuple[str, int]]:
        """strip_prefix(norm, table) for every `norm` it finds a word of `table` in."""
        forms: dict[str, tuple[str, int]] = {}
        for p in reversed(self.prefixes):   # the first listed prefix wins, and the bare word first
            forms.update((p + w, (w, len(p))) for w in table if len(w) >= 2)
        forms.update((w, (w, 0)) for w in table)
        return forms

    def entry_word(self, norm: str) -> tuple[str, int] | None:
        """strip_prefix(norm, self.entries): (the lexicon word, prefix length) or None."""
        return self._entry_forms.get(norm)

    def lookup(self, tok: Token) -> tuple[str, object, int] | None:
        """(kind, value, prefix length) of a word token, or None."""
        hit = self._entry_forms.get(tok.norm)
        if hit is None:
            return None
        kind, value = self.entries[hit[0]]
        return kind, value, original_prefix_len(tok.text, hit[1])

    def vague_lookup(self, tok: Token) -> tuple[tuple[float, str], int] | None:
        """((value, qualifier), prefix length) when the token is a vague amount word."""
        hit = None if tok.is_digits else self._vague_forms.get(tok.norm)
        return hit and (self.vague[hit[0]], original_prefix_len(tok.text, hit[1]))

    def to_float(self, digits: str) -> float | None:
        """The value of a digit token; None when Python's Unicode tables do not know its digits (the
        `regex` module's may be newer: U+16130 is a digit to it and to nothing else here)."""
        return self._values[digits]   # (the parser asks again for the same token, and numbers repeat)

    def _to_float(self, digits: str) -> float | None:
        m = (self.grouped and self.grouped.fullmatch(digits)) or self.plain.fullmatch(digits)
        assert m is not None, digits   # the tokenizer only yields digit tokens these patterns read
        frac = m.group("f") or ""
        if not all(c.isdecimal() for c in regex.findall(r"\d", m.group("i") + frac)):
            return None
        whole = "".join(c for c in m.group("i") if c.isdecimal())
        return float(f"{whole}.{frac}" if frac else whole)  # float() reads ١٢٣ and ۱۲۳ too

    def alternation(self, words: Iterable[str], ending: str = r"[\p{L}\p{M}]*") -> str:
        """A regex alternation of words/phrases, longest first; letters of one data-listed class
        (e.g. أ إ آ ا) match each other, spaces match any whitespace; a stem (`*`) takes `ending`."""
        return "|".join(self._pattern(w, ending) for w in sorted(set(words), key=len, reverse=True))

    def _pattern(self, word: str, ending: str = r"[\p{L}\p{M}]*") -> str:
        if word.endswith("*"):  # a stem: any ending
            return self._pattern(word[:-1]) + ending
        out = []
        for c in word:
            cls = next((k for k in self.char_classes if c in k), None)
            if cls:
                out.append(f"[{regex.escape(cls)}]")
            elif c.isspace():
                out.append(r"\s+")
            else:
                out.append(regex.escape(c))
        return "".join(out)


class _FoldTable(dict):
    """str.translate table of fold(): a combining mark is deleted, any other character takes the data's
    letter merge (what dropping the marks and then translating does), filled as characters are met."""

    def __init__(self, fold_map: Mapping[int, Any]):
        super().__init__()
        self.fold_map = fold_map

    def __missing__(self, code: int) -> Any:
        value = self[code] = None if unicodedata.combining(chr(code)) else self.fold_map.get(code, code)
        return value


class WordTable:
    """Words mapped to values, looked up with the language's folding and clitic prefixes.
    A data key ending in `*` is a stem (Russian inflection: `убит*` matches убиты, убитых)."""

    def __init__(self, lex: NumberLexicon, mapping: Mapping[str, object]):
        self.lex = lex
        self.memo: Memo[str, Any] = Memo(self._find_known)
        self.exact: dict[str, object] = {}
        self.stems: list[tuple[str, object]] = []
        for word, value in mapping.items():
            key = lex.fold(word)
            if key.endswith("*"):
                self.stems.append((key[:-1], value))
            else:
                self.exact[key] = value
        self.stems.sort(key=lambda kv: len(kv[0]), reverse=True)
        self._prefixes = ("",) + tuple(lex.prefixes)
        # `get(norm)`: the value of a folded word, trying it bare and minus each listed prefix; None if
        # absent. Without stems, every form it finds is listed once; else the memo's own look-up. Either
        # way a known word costs no Python call.
        self._exact_forms = self._forms()
        self.get: Callable[[str], Any] = self.memo.__getitem__ if self.stems else self._exact_forms.get
        # what a word _find() finds something for starts with: a listed prefix (or none) and a stem
        self._stem_heads = tuple(p + stem for p in self._prefixes for stem, _ in self.stems)

    def _forms(self) -> dict[str, Any]:
        """_find(norm) for every `norm` it finds an exact word in."""
        forms: dict[str, Any] = {}
        for p in reversed(self._prefixes):   # the bare word first, then the listed prefixes in order
            forms.update((p + w, v) for w, v in self.exact.items() if len(w) >= 2 or (not p and self.lex.short_words))
        return forms

    @classmethod
    def inverted(cls, lex: NumberLexicon, groups: Mapping[Any, Iterable[str]] | None) -> WordTable:
        """From data shaped `{value: [word, ...]}`."""
        return cls(lex, {w: value for value, words in (groups or {}).items() for w in words or []})

    def _find_known(self, norm: str):
        """_find(norm), the loops skipped for a word no exact form is and no stem can start (most
        words, and memo misses are frequent: a corpus has more words than a memo keeps)."""
        if norm in self._exact_forms or norm.startswith(self._stem_heads):
            return self._find(norm)
        return None

    def _find(self, norm: str):
        for p in self._prefixes:
            if not norm.startswith(p) or (len(norm) - len(p) < 2 and (p or not self.lex.short_words)):
                continue
            w = norm[len(p):]
            if w in self.exact:
                return self.exact[w]
            for stem, value in self.stems:
                if w.startswith(stem) and " " not in w[len(stem):]:  # a stem inflects one word only
                    return value
        return None

    def __bool__(self) -> bool:
        return bool(self.exact or self.stems)


def original_prefix_len(text: str, folded_len: int) -> int:
    """Length in `text` of its first `folded_len` folded characters (diacritics are dropped by fold)."""
    n = i = 0
    while i < len(text) and n < folded_len:
        if not unicodedata.combining(text[i]):
            n += 1
        i += 1
    return i


@per_configs()
def number_lexicon(lang: str) -> NumberLexicon:
    return NumberLexicon(lang)


def tokenize(text: str, lang: str) -> tuple[Token, ...]:
    return _tokens(number_lexicon(lang), text)


def _tokens(lex: NumberLexicon, text: str, pos: int = 0, endpos: int | None = None) -> tuple[Token, ...]:
    """The tokens of text[pos:endpos], at their offsets in `text` (the token pattern has no anchor and
    no look-behind, so this is what scanning the slice finds)."""
    folded = lex._folded
    new = tuple.__new__   # Token(...) without NamedTuple's Python-level __new__
    d = lex.token_re.groupindex["d"]
    # (a list comprehension, the word as m[0] and the digit group's presence as its start, -1 when it
    # took no part: no generator frame, no group looked up by name per token)
    return tuple([new(Token, (m.start(), m.end(), w, folded[w], m.start(d) >= 0))
                  for m in lex.token_re.finditer(text, pos, endpos) for w in (m[0],)])


def numbers_in(text: str, lang: str) -> tuple[tuple[Token, ...], tuple[Number, ...]]:
    """(tokens, number phrases) of a text (a document's are kept by analysis.ParsedDoc)."""
    tokens = tokenize(text, lang)
    return tokens, find_numbers(tokens, lang)


def head_numbers(text: str, lang: str, numbers: tuple[tuple[Token, ...], tuple[Number, ...]],
                 n: int) -> tuple[tuple[Token, ...], tuple[Number, ...]]:
    """numbers_in(text[:n], lang), given `numbers`, the tokens and number phrases of the whole `text`:
    its tokens up to a safe restart point, and only the rest of the head tokenized again."""
    if n >= len(text):
        return numbers
    lex = number_lexicon(lang)
    tokens = numbers[0]
    r = lex.restart(text, n)
    head = tokens[:bisect.bisect_left(tokens, r, key=_start)] + _tokens(lex, text, r, n)
    return head, find_numbers(head, lang)


def _start(t: Token) -> int:
    return t.start


def find_numbers(tokens: Sequence[Token], lang: str) -> tuple[Number, ...]:
    """Every number phrase, left to right, non-overlapping."""
    lex = number_lexicon(lang)
    forms = lex._entry_forms
    out = []
    i = 0   # the first token after the last number found
    # what _parse_at finds first: no number starts at a word of no lexicon entry (lookup())
    for k in [k for k, t in enumerate(tokens) if t.is_digits or t.norm in forms]:
        if k >= i and (num := _parse_at(tokens, k, lex)) is not None:
            out.append(num)
            i = num.last + 1
    return tuple(out)


def parse_number(s: str, lang: str) -> float | None:
    """The value of a string that is one number phrase (`2,5 juta`, `عشرات الآلاف`), else None."""
    tokens = tokenize(s, lang)
    num = _parse_at(tokens, 0, number_lexicon(lang)) if tokens else None
    return num.value if num and num.last == len(tokens) - 1 else None


def _kind(tokens: Sequence[Token], j: int, lex: NumberLexicon):
    """(kind, value, prefix length) of token j; digits are NUM; None past the end or unknown."""
    if j >= len(tokens):
        return None
    t = tokens[j]
    if t.is_digits:
        value = lex.to_float(t.text)
        return None if value is None else (NUM, value, 0)
    return lex.lookup(t)


def _number(tokens, first, last, value, vague, lex, prefix=0) -> Number:
    digits = any(t.is_digits for t in tokens[first:last + 1])
    return Number(tokens[first].start + prefix, tokens[last].end, value, vague, first, last, digits)


def _parse_at(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Number | None:
    k = _kind(tokens, i, lex)
    if k is None:
        return None
    kind, value, prefix = k
    vague = lex.vague_lookup(tokens[i])
    if kind == VAGUE or (kind == MULT and vague):  # "آلاف" alone is "thousands", after a number "thousand"
        assert vague is not None   # a VAGUE entry comes from the vague table
        return _parse_vague(tokens, i, lex, vague[0], vague[1])
    if kind == FRAC:  # half a million / نصف مليون / setengah juta
        j = i + 1 + (_is(tokens, i + 1, lex, ARTICLE))
        m = _kind(tokens, j, lex)
        if m and m[0] == MULT and m[2] == 0:
            return _number(tokens, i, j, value * m[1], None, lex, prefix)
        return None
    if kind == ARTICLE:  # only before a scale or multiplier: "a hundred", "a million"
        m = _kind(tokens, i + 1, lex)
        if not (m and m[0] in (SCALE, MULT) and m[2] == 0):
            return None
        num = _parse_cardinal(tokens, i + 1, lex, 0)
        return num and _number(tokens, i, num.last, num.value, None, lex, prefix)
    if kind not in (NUM, SCALE, MULT, ADDER):
        return None
    return _parse_cardinal(tokens, i, lex, prefix)


def _is(tokens, j, lex, kind) -> bool:
    k = _kind(tokens, j, lex)
    return bool(k and k[0] == kind and k[2] == 0)


def _parse_vague(tokens, i, lex, spec, prefix) -> Number:
    """`dozens`, `hundreds of thousands`, `عشرات الآلاف`, `десятки тысяч`, `puluhan ribu`."""
    value, qualifier = spec
    last = i
    j = i + 1 + _is(tokens, i + 1, lex, OF)
    m = _kind(tokens, j, lex)
    if m and m[0] in (VAGUE, MULT):
        value *= m[1][0] if m[0] == VAGUE else m[1]
        last = j
    return _number(tokens, i, last, value, qualifier, lex, prefix)


def _parse_cardinal(tokens, i, lex, prefix) -> Number | None:
    """Digits or number words with scales, multipliers, `and a half`; stops at the first misfit."""
    total, current, last, j = 0.0, None, None, i
    part = None          # the last number part added (for "خمسة وعشرين" against "خمس وأربع")
    mult = None          # the smallest multiplier so far ("ألفا و845" = 1845, "3 آلاف و5 آلاف" is two)
    while j < len(tokens):
        k = _kind(tokens, j, lex)
        if k is None:
            break
        kind, value, pre = k
        if j > i and pre and kind not in (NUM, FRAC):
            break  # a clitic only joins a following number word ("وعشرين", "ونصف")
        if kind == NUM:
            if current is not None and (tokens[j].is_digits or tokens[i].is_digits
                                        or not (value < current or pre)):
                break  # "seven, three" or "17 وثلاث": a new number, not a compound
            if pre and part is not None and _magnitude(value) == _magnitude(part):
                break  # "خمس وأربع": five and four, two numbers
            if tokens[j].is_digits and j > i and _is(tokens, j - 1, lex, CONN) and not (
                    mult and value < mult and tokens[j - 1].end == tokens[j].start
                    and not _mult_at_least(tokens, j + 1, lex, mult)):
                break  # "5 million and 6 people", "3 آلاف و5 آلاف"; but "13 ألفا و845" (the connector on the digits)
            current = (current or 0) + value
            part = value
        elif kind == SCALE:
            current = (current or 1) * value
        elif kind == ADDER:  # "dua belas", "خمسة عشر"; alone it is its own value
            current = (current or 0) + value
        elif kind == MULT:
            if mult is not None and value >= mult:
                break  # "ألف مليون" is no compound this parser reads
            total += (current if current is not None else 1) * value
            current, mult = None, value
        elif kind == FRAC:
            if last is None or (not pre and not _after_conn(tokens, j, lex)):
                break
            current = (current or 0) + value
        elif kind in (CONN, ARTICLE):
            if last is None or not _continues(tokens, j, lex):
                break
            j += 1
            continue
        else:
            break
        last = j
        j += 1
    if last is None:
        return None
    return _number(tokens, i, last, total + (current or 0), None, lex, prefix)


def _mult_at_least(tokens, j, lex, mult: float) -> bool:
    k = _kind(tokens, j, lex)
    return bool(k and k[0] == MULT and k[1] >= mult)


def _magnitude(value: float) -> int:
    """Units, teens, tens, hundreds...: parts of one magnitude do not add up ("five and four")."""
    return 0 if value < 10 else 1 if value < 20 else len(str(int(value)))


def _after_conn(tokens, j, lex) -> bool:
    """A fraction adds only after a connector: "five and a half"."""
    back = j - 1
    if _is(tokens, back, lex, ARTICLE):
        back -= 1
    return _is(tokens, back, lex, CONN)


def _continues(tokens, j, lex) -> bool:
    """A connector or article continues the phrase only if a number part follows it."""
    n = j + 1
    if _is(tokens, n, lex, ARTICLE):
        n += 1
    k = _kind(tokens, n, lex)
    return bool(k and k[0] in (NUM, FRAC, SCALE, MULT))
