"""Figures: counted amounts with their qualifier, counted noun and category (docs/figures.md).

A figure is a number phrase (numbers.py) followed by a counted noun, or governed by a verb whose
meaning gives it a category (`killing at least 139 people`, `menewaskan 22 orang`,
`11 million people displaced`). Dates, times, durations, years, ordinals, identifiers
(`resolution 2254`, `F-16`, `COVID-19`) and numbers in URLs are not figures.
"""
from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .. import chars
from ..lang import get as get_language
from ..langdata import FiguresData
from ..resources import per_configs
from .numbers import MULT, NUM, Number, NumberLexicon, Token, WordTable, number_lexicon
from .places import locate_figures
from .spans import Spans

if TYPE_CHECKING:
    from ..analysis import ParsedDoc

VERB_WINDOW_BEFORE = 4   # word tokens between a governing verb and the figure
VERB_WINDOW_AFTER = 3    # word tokens between the counted noun and a following verb
UNIT_LOOKAHEAD = 2       # words after the number searched for a lexicon noun
YEAR_RANGE = (1900, 2100)
URL_RE = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")   # what link_spans finds, in linear time
_LINK_HINT = regex.compile(r"@|https?://|www\.")
_SPACE = regex.compile(r"\s")
_SPACE_BEFORE = regex.compile(r"\s", flags=regex.REVERSE)
_DOT_WORD = regex.compile(r"\.(?=\w)", flags=regex.REVERSE)
_WORD_RUN = regex.compile(r"\w*")
_WEB = ("http://", "https://", "www.")
PUNCT_BREAK = set(chars.CLAUSE_PUNCT)
QUOTE_MARKS = set(chars.QUOTE_MARKS)
SENTENCE_OPENERS = set(chars.SENTENCE_END + chars.QUOTE_MARKS + chars.DASHES + ":;(")
GENERIC_VICTIM = "people"


@dataclass(frozen=True, slots=True)
class FigureGrammar:
    lex: NumberLexicon
    qualifier_re: regex.Pattern | None
    units: WordTable          # counted noun -> category
    victims: WordTable        # person noun -> victims label (people, civilians, children...)
    verbs: WordTable          # verb or event noun -> category
    stop: WordTable           # words that are never a counted noun
    unit_skip: WordTable      # words skipped on the way to the noun ("more" in "hundreds more")
    skip_before: WordTable    # identifiers: "resolution 2254", "رقم 5"
    blockers: WordTable       # conjunctions that end a verb's reach
    percent_re: regex.Pattern | None
    dual_suffixes: tuple[str, ...]
    dual_nouns: WordTable
    conjunction_prefixes: tuple[str, ...]
    definite_prefixes: tuple[str, ...]
    dual_stem_endings: Mapping[str, str]
    qualifier_labels: dict[str, set[str]]   # label -> folded phrases
    unit_nouns: WordTable | None = None   # counted nouns with no category (`unit`, `bus`)
    not_counts: WordTable | None = None   # number words that alone count nothing (أحد: "one of")
    currency_re: regex.Pattern | None = None   # money written before the amount (`$`, `Rp`, `USD`)
    currency_words: WordTable | None = None
    amount_cues: WordTable | None = None   # a bare number after these is an amount (`sebesar 15333`)
    name_numbers: bool = False    # digits right after a capitalised word belong to the name (`Densus 88`)
    unit_reject: regex.Pattern | None = None   # word shapes that are never a counted noun (verb endings)
    soft_blockers: bool = False   # a blocker right before a figure with no verb of its own does not block
    including_re: regex.Pattern | None = None   # `killed 42 people, including 11 children`: a part of the figure before
    measure_nouns: WordTable | None = None   # `indeks 13333`, `indeks penghasilan 64000`: the measure's value
    noun_before: bool = False     # `Laki-laki 170 dan wanita 70 orang`: a person noun before a bare number counts
    acronym_units: bool = False   # `11 DNS`: an all-capitals acronym after a number is a counted noun


@per_configs()
def figure_grammar(lang: str) -> FigureGrammar:
    language = get_language(lang)
    data = language.data.figures or FiguresData()
    lex = number_lexicon(lang)
    quals = data.qualifiers
    pre = "|".join(regex.escape(p) for p in lex.prefixes)
    phrase = lex.alternation([w for ws in quals.values() for w in ws])
    qualifier_re = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{pre})?(?P<q>{phrase})\s*$",
                                 regex.I | regex.V1) if phrase else None
    pct = data.percent
    percent_re = regex.compile(rf"\s*(?:{lex.alternation(pct)})(?![\p{{L}}])", regex.I | regex.V1) if pct else None

    def words(ws: Sequence[str]) -> WordTable:
        return WordTable(lex, dict.fromkeys(ws, True))

    return FigureGrammar(
        lex=lex,
        qualifier_re=qualifier_re,
        units=WordTable.inverted(lex, data.units),
        victims=WordTable.inverted(lex, data.victims),
        verbs=WordTable.inverted(lex, data.verbs),
        stop=words(data.stopwords),
        unit_skip=words(data.unit_skip),
        skip_before=words(data.skip_before),
        blockers=words(data.blockers),
        percent_re=percent_re,
        dual_suffixes=data.dual_suffixes,
        dual_nouns=words(data.dual_nouns),
        conjunction_prefixes=tuple(lex.fold(p) for p in data.conjunction_prefixes),
        definite_prefixes=tuple(lex.fold(p) for p in data.definite_prefixes),
        dual_stem_endings=data.dual_stem_endings,
        qualifier_labels={label: {" ".join(lex.fold(w).split()) for w in ws} for label, ws in quals.items()},
        unit_nouns=words(data.unit_nouns),
        not_counts=words(data.not_counts),
        currency_re=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<c>{lex.alternation(data.currency)})\.?\s?$",
                                  regex.I | regex.V1) if data.currency else None,
        currency_words=words(data.currency),
        amount_cues=words(data.amount_cues),
        measure_nouns=words(data.measure_nouns),
        noun_before=language.rules.noun_before,
        acronym_units=language.rules.acronym_units,
        name_numbers=language.rules.name_numbers,
        soft_blockers=language.rules.soft_blockers,
        unit_reject=regex.compile("|".join(f"(?:{p})" for p in data.unit_reject), regex.I)
        if data.unit_reject else None,
        including_re=regex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(data.including)})(?![\p{{L}}])",
                                   regex.I | regex.V1) if data.including else None,
    )


@dataclass(slots=True)
class Unit:
    index: int | None          # token indices of the counted noun (one or two words), None when there is none
    last: int | None
    category: str | None
    victims: str | None


def extract_figures(parsed: ParsedDoc) -> list[dict]:
    """Figures of a document; `quote_start` ties each to the quote whose content contains it, `place`
    and `date` are those its sentence names. Reads the rows of the quotes, dates and places extractors."""
    if parsed.data.figures is None:
        return []
    g = figure_grammar(parsed.lang)
    text = parsed.text
    tokens, numbers = parsed.number_tokens, parsed.numbers
    quotes = parsed.results.get("quotes", [])
    blocked = Spans([(d["start"], d["end"]) for d in parsed.results.get("dates", [])] + link_spans(text))
    quote_spans = _QuoteSpans(quotes)
    rows: list[dict] = []
    for num, is_dual in _numbers_and_duals(tokens, numbers, g):
        currency = None if is_dual else _currency(text, num, g)
        if blocked.overlaps(num.start, num.end) or (currency is None and _is_identifier(text, tokens, num, g)):
            continue
        row = _figure(text, tokens, num, is_dual, currency, blocked, g)
        if row is not None:
            if rows and _part_of(text, rows[-1], row, g):
                row["category"] = rows[-1]["category"]   # `…, including 11 children`: also killed
            row["quote_start"] = quote_spans.innermost(row["start"], row["end"])
            rows.append(row)
    locate_figures(parsed, rows)   # the place and the date the figure's sentence names
    return rows


def _part_of(text: str, prev: dict, row: dict, g: FigureGrammar) -> bool:
    """A figure with no category of its own (or only its victims) introduced by `including` right
    after another figure of the same sentence counts the same thing."""
    if not g.including_re or not prev["category"] or row["category"] not in (None, row["victims"]):
        return False
    gap = text[prev["end"]:row["start"]]
    return len(gap) <= 40 and not regex.search(r"[.!?؟\n]", gap) and bool(g.including_re.search(gap))


def _numbers_and_duals(tokens: Sequence[Token], numbers: Sequence[Number],
                       g: FigureGrammar) -> list[tuple[Number, bool]]:
    """(number, is_dual): number phrases plus Arabic-style duals, where the noun itself is the
    number (`قائدين` = two commanders), in text order."""
    nums = [(n, False) for n in numbers]
    if g.dual_suffixes:
        taken = {i for n, _ in nums for i in range(n.first, n.last + 1)}
        nums += [(Number(t.start, t.end, 2.0, None, i, i, False), True)
                 for i, t in enumerate(tokens)   # (one endswith test rejects most words)
                 if t.norm.endswith(g.dual_suffixes) and i not in taken and _dual_singular(t.norm, g)]
    return sorted(nums, key=lambda n: n[0].start)


def _dual_singular(norm: str, g: FigureGrammar) -> str | None:
    """The listed singular of a dual noun (طائرتين -> طائرة), else None; clitics are kept."""
    for suf in g.dual_suffixes:
        if norm.endswith(suf) and len(norm) > len(suf) + 1:
            stem = norm[: -len(suf)]
            # a stem ending that changes before the dual ending (ت for ة: طائرتين -> طائرة)
            fem = g.dual_stem_endings.get(stem[-1:])
            for singular in (stem, stem[:-1] + fem if fem else None):
                if singular and g.dual_nouns.get(singular):
                    return singular
    return None


def link_spans(text: str) -> list[tuple[int, int]]:
    """The spans URL_RE.finditer(text) gives (web addresses, e-mail addresses), in time linear in the
    text: the pattern itself backtracks over every long token (a base64 blob) quadratically, and over
    `a@a@a@...` cubically. Only the whitespace-delimited tokens holding `@`, `http(s)://` or `www.`
    are looked at, each once."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (hint := _LINK_HINT.search(text, pos)) is not None:
        before = _SPACE_BEFORE.search(text, 0, hint.start())
        start = before.end() if before else 0
        after = _SPACE.search(text, hint.start())
        end = after.start() if after else len(text)
        out += [(start + a, start + b) for a, b in _token_links(text[start:end])]
        pos = end
    return out


def _token_links(t: str) -> list[tuple[int, int]]:
    r"""URL_RE's matches in one token without whitespace, found as its backtracking would: at each
    scanning position the web address first; else `\S+@\S+\.\w+`, which matches from position q
    exactly when an `@` stands after q and at least two characters before the token's last `.`
    followed by a word character, and then runs to the end of that word."""
    out: list[tuple[int, int]] = []
    dot = _DOT_WORD.search(t)
    at = t.rfind("@", 0, dot.start() - 1) if dot and dot.start() >= 2 else -1
    q = 0
    while q < len(t):
        if any(t.startswith(p, q) and q + len(p) < len(t) for p in _WEB):
            out.append((q, len(t)))
            break
        if dot is not None and at >= q + 1:
            run = _WORD_RUN.match(t, dot.end())   # `\w*` always matches
            end = run.end() if run else dot.end()
            out.append((q, end))
            q, at = end, -1   # the last `.word` is behind: no e-mail address after this one
            continue
        found = [i for p in _WEB if 0 <= (i := t.find(p, q + 1)) < len(t) - len(p)]
        if found:
            out.append((min(found), len(t)))
        break
    return out


def _currency(text: str, num: Number, g: FigureGrammar):
    """The money sign or code written just before the amount (`$5`, `Rp 553`, `USD88000`), a match or None."""
    if g.currency_re is None or not num.is_digits:
        return None
    return g.currency_re.search(text, max(0, num.start - 12), num.start)


def _is_identifier(text: str, tokens: Sequence[Token], num: Number, g: FigureGrammar) -> bool:
    """Part of a name, code, ordinal, time or reference: G20, F-16, Su-24, 12th, 10:30, 4/5, resolution 2254,
    a number with a leading zero (`0608`)."""
    if num.is_digits and regex.match(r"0\d", tokens[num.first].text):
        return True
    if num.first == num.last and g.not_counts and g.not_counts.get(tokens[num.first].norm):
        return True
    before = text[num.start - 1] if num.start else " "
    after = text[num.end] if num.end < len(text) else " "
    after2 = text[num.end + 1] if num.end + 1 < len(text) else " "
    if num.is_digits and ((before.isalnum() and not _clitic_before(text, num.start, g)) or after.isalpha()):
        return True
    if before == "-" and num.start >= 2 and text[num.start - 2].isalnum():
        return True
    if after == "-" and after2.isalpha():  # "12-year-old", "five-year": a compound adjective
        return True
    if before in ".," and num.start >= 2 and text[num.start - 2].isdigit():
        return True  # the tail of a number the language does not write that way ("2,4" in English)
    if not num.is_digits and _definite(tokens[num.first], g):
        return True
    if before in "/:#№" or (after in "/:" and after2.isdigit()) or (after in ".," and after2.isdigit()):
        return True
    prev = num.first - 1
    if prev > 0 and tokens[prev].text == "(":
        prev -= 1   # `المادة (6)`
    return prev >= 0 and bool(g.skip_before.get(tokens[prev].norm))


def _definite(t: Token, g: FigureGrammar) -> bool:
    """A number word carrying the definite article (الواحد والعشرين: the twenty-first)."""
    return any(t.norm.startswith(p) and g.lex.entries.get(t.norm[len(p):]) for p in g.definite_prefixes)


def _clitic_before(text: str, start: int, g: FigureGrammar) -> bool:
    """Digits after a listed clitic and its optional tatweel ("بـ500", "ل30") are still a number."""
    head = regex.search(r"[\p{L}\p{M}ـ]+$", text[max(0, start - 6):start])
    return head is not None and g.lex.fold(head.group()) in g.lex.prefixes


def _figure(text: str, tokens: Sequence[Token], num: Number, is_dual: bool, currency,
            blocked: Spans, g: FigureGrammar) -> dict | None:
    pct = g.percent_re.match(text, num.end) if g.percent_re and not is_dual and not currency else None
    if pct:
        unit = Unit(None, None, None, None)
    elif currency:
        unit = Unit(None, None, g.units.get(g.lex.fold(currency.group("c"))), None)
    elif is_dual:
        unit = Unit(num.first, num.first, *_noun_labels(_dual_singular(tokens[num.first].norm, g) or "", g))
    else:
        if num.value == 1 and num.last + 1 < len(tokens) and _is_of(tokens[num.last + 1], g):
            return None   # `one of the groups`, `Одна из групп`, `واحد من`: a member, not a count
        after = num.last + 1
        if _parenthesised(tokens, num):
            if _opens_sentence(text, tokens, num.first - 1):
                return None   # `(2) تقديم الطلب`: a list number
            after += 1   # `(130) عقارًا`, `(6) صور`: a number set in parentheses, its noun after them
        unit = _unit(tokens, after, g)
        if unit.index is None and g.noun_before:
            unit = _noun_before(text, tokens, num, g) or unit
        if g.name_numbers and _after_name(text, tokens, num, blocked) and not _known_noun(tokens, unit, g):
            return None   # `Densus 88 datang`: the number is part of a name
    category = unit.category or _verb_category(tokens, num, unit, g) or unit.victims
    amount = num.vague is None and (_has_multiplier(tokens, num, g) or _after_amount_cue(tokens, num, g))
    if not pct and not currency and not _is_figure(num, unit, category, amount):
        return None
    first = currency.start("c") if currency else tokens[num.first - 1].start if _parenthesised(tokens, num) \
        else num.start
    # `Laki-laki 170`: the noun stands first
    before = unit.index if unit.index is not None and unit.last is not None and unit.index < num.first else None
    if before is not None:
        first = tokens[before].start
    qual_start, qualifier = _qualifier(text, first, g)
    start = qual_start if qual_start is not None else first
    if pct:
        end, unit_text = pct.end(), pct.group().strip()
    elif currency:
        end, unit_text = num.end, currency.group("c")
    elif before is not None:
        end, unit_text = num.end, text[tokens[before].start:tokens[num.first - 1].end]
    elif unit.index is not None and unit.last is not None:
        end, unit_text = tokens[unit.last].end, text[tokens[unit.index].start:tokens[unit.last].end]
    else:
        end, unit_text = num.end, None
    return {"text": text[start:end], "value": num.value, "qualifier": qualifier or num.vague,
            "unit": "%" if pct else unit_text, "category": None if pct else category,
            "victims": unit.victims if unit.victims != GENERIC_VICTIM else None,
            "number_text": text[num.start:num.end], "start": start, "end": end}


def _is_figure(num: Number, unit: Unit, category: str | None, amount: bool) -> bool:
    """Precision rules: a number needs a counted noun, a governing verb, a multiplier (`50 juta`) or an
    amount cue (`sebesar 15333`); years are not counts; a number word worth one needs a listed noun."""
    if unit.index is None and category is None and not amount:
        return False
    if num.is_digits and num.vague is None and num.value == int(num.value) \
            and YEAR_RANGE[0] <= num.value <= YEAR_RANGE[1] and not (unit.category or unit.victims):
        return False
    if not num.is_digits and num.vague is None and num.value < 2:
        # "one" is mostly a pronoun or "one of"; counted only with a known noun
        return bool(unit.category or unit.victims)
    return True


def _parenthesised(tokens: Sequence[Token], num: Number) -> bool:
    return num.first > 0 and num.last + 1 < len(tokens) and tokens[num.first - 1].text == "(" \
        and tokens[num.last + 1].text == ")"


def _has_multiplier(tokens: Sequence[Token], num: Number, g: FigureGrammar) -> bool:
    """A number with a multiplier word (`50 juta`, `42 ألفا`, `1,5 млн`) is an amount even without a noun."""
    return any(not t.is_digits and g.lex.entries.get(g.lex.fold(t.text), ("",))[0] == MULT
               for t in tokens[num.first:num.last + 1])


def _after_amount_cue(tokens: Sequence[Token], num: Number, g: FigureGrammar) -> bool:
    """`sebesar 15333`, `в размере 40`: a cue of one or two words right before the number; `indeks 13333`,
    `indeks penghasilan 64000`: a measure noun right before it, or before one lower-case word qualifying it."""
    if not num.is_digits:
        return False
    if g.amount_cues and any(k >= 0 and (norm := _phrase(tokens, k, num.first - 1)) is not None
                             and g.amount_cues.get(norm) for k in (num.first - 1, num.first - 2)):
        return True
    if not g.measure_nouns:
        return False
    k = num.first - 1
    if k >= 0 and tokens[k].text[:1].isalpha() and g.measure_nouns.get(tokens[k].norm):
        return True
    return k >= 1 and tokens[k].text.isalpha() and tokens[k].text.islower() and not g.stop.get(tokens[k].norm) \
        and not g.blockers.get(tokens[k].norm) and tokens[k - 1].text[:1].isalpha() \
        and bool(g.measure_nouns.get(tokens[k - 1].norm))


def _noun_before(text: str, tokens: Sequence[Token], num: Number, g: FigureGrammar) -> Unit | None:
    """`Laki-laki 170 dan wanita 70 orang`: a listed person noun (one or two words) right before a bare
    number, which ends its clause or list member, is what the number counts. Years and `Pasien 1` are not."""
    if not num.is_digits or num.value < 2 or YEAR_RANGE[0] <= num.value <= YEAR_RANGE[1]:
        return None
    nxt = tokens[num.last + 1] if num.last + 1 < len(tokens) else None
    if nxt is not None and not (nxt.text in PUNCT_BREAK or nxt.text in chars.SENTENCE_END
                                or nxt.text in QUOTE_MARKS or g.blockers.get(nxt.norm)):
        return None
    last = num.first - 1
    for k in (last - 2, last - 1, last):   # `laki-laki 170` (three tokens), `warga sipil 30`, `pria 20`
        if k < 0 or not all(t.text[:1].isalpha() or t.text == "-" for t in tokens[k:last + 1]) \
                or not tokens[k].text[:1].isalpha():
            continue
        norm = " ".join(g.lex.fold(text[tokens[k].start:tokens[last].end]).split())
        if victims := g.victims.get(norm):
            return Unit(k, last, g.units.get(norm), victims)
    return None


def _after_name(text: str, tokens: Sequence[Token], num: Number, blocked: Spans) -> bool:
    """Digits right after a capitalised word that does not open its sentence and is no date word."""
    k = num.first - 1
    if not num.is_digits or k < 0 or not tokens[k].text[:1].isalpha() or tokens[k].text.islower():
        return False
    t = tokens[k]
    if blocked.overlaps(t.start, t.end):
        return False   # `Senin 20 orang`: a date word, not a name
    return not _opens_sentence(text, tokens, k)


def _opens_sentence(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token k is the first of its sentence, line or quotation."""
    return k == 0 or tokens[k - 1].text in SENTENCE_OPENERS or "\n" in text[tokens[k - 1].end:tokens[k].start]


def _known_noun(tokens: Sequence[Token], unit: Unit, g: FigureGrammar) -> bool:
    return bool(unit.category or unit.victims or (unit.index is not None and g.unit_nouns
                                                  and g.unit_nouns.get(tokens[unit.index].norm)))


def _unit(tokens: Sequence[Token], j: int, g: FigureGrammar) -> Unit:
    """The counted noun after the number: the first lexicon noun within a few words, else the
    first content word. Quote marks, `of` words and `more` are skipped on the way."""
    first_word = None
    seen = 0
    if 0 < j < len(tokens) and tokens[j].text == "." and tokens[j].start == tokens[j - 1].end \
            and g.lex.entries.get(tokens[j - 1].norm, ("",))[0] == MULT:
        j += 1   # `2 тыс. беженцев`: the abbreviation's full stop
    while j < len(tokens) and seen < UNIT_LOOKAHEAD:
        t = tokens[j]
        if seen == 0 and _is_of(t, g):
            j += 1   # `dozens of`; `Шестеро из семи кандидатов`: the partitive's number word is skipped too
            while j < len(tokens) and not tokens[j].is_digits and _is_number_word(tokens[j], g):
                j += 1
            continue
        if t.text in QUOTE_MARKS or g.unit_skip.get(t.norm):
            j += 1
            continue
        if not t.text[0].isalpha() or t.is_digits or g.stop.get(t.norm) or g.blockers.get(t.norm):
            break
        if g.currency_words and g.currency_words.get(t.norm) and j + 1 < len(tokens) and tokens[j + 1].is_digits:
            break   # `62 juta menjadi Rp 553 juta`: the sign opens the next amount
        for last in (j + 1, j):  # two-word nouns first: "serangan udara", "мирных жителей"
            norm = _phrase(tokens, j, last)
            category, victims = _noun_labels(norm, g) if norm else (None, None)
            if category or victims:
                return Unit(j, last, category, victims)
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if _verb_at(tokens, j, g) or (first_word is None and not _plain_word(t, g, nxt)):
            break  # "200 killed": no noun, the verb gives the category
        if first_word is None:
            first_word = j
        seen += 1
        j += 1
    return Unit(first_word, first_word, None, None)


def _shouted(t: Token, nxt: Token | None) -> bool:
    """`10 UJUNG JARI`: a run of capitalised words is text set in capitals, not an acronym."""
    return nxt is not None and nxt.start - t.end <= 1 and len(nxt.text) > 1 and nxt.text.isalpha() \
        and nxt.text.isupper()


def _plain_word(t: Token, g: FigureGrammar, next_token: Token | None = None) -> bool:
    """Could be a counted noun outside the lexicon: not a capitalised name ("iPhone 6 Plus",
    "5 Jakarta") and not a word carrying a conjunction clitic ("مئة وتخفيف")."""
    if g.unit_nouns and g.unit_nouns.get(t.norm):
        return True    # a listed noun, whatever it starts with (فعالية, وزراء)
    if g.acronym_units and regex.fullmatch(r"\p{Lu}{2,6}", t.text) and not _shouted(t, next_token):
        return True    # `11 DNS`, `3 ABK`: an acronym names what is counted
    if t.text[0].isupper() or (g.unit_reject and g.unit_reject.search(t.text)):
        return False   # `6 млн стали`: a verb, not a counted noun
    return not any(t.norm.startswith(c) for c in g.conjunction_prefixes)


def _phrase(tokens: Sequence[Token], i: int, last: int) -> str | None:
    """Folded words i..last joined by spaces, None past the end or across punctuation."""
    if last >= len(tokens):
        return None
    if last == i >= 0:   # (the common case, without a generator)
        return tokens[i].norm if tokens[i].text[0].isalpha() else None
    if any(not t.text[0].isalpha() for t in tokens[i:last + 1]):
        return None
    return " ".join(t.norm for t in tokens[i:last + 1])


def _is_of(t: Token, g: FigureGrammar) -> bool:
    entry = g.lex.entries.get(t.norm)
    return bool(entry and entry[0] == "of")


def _is_number_word(t: Token, g: FigureGrammar) -> bool:
    hit = g.lex.entry_word(t.norm)
    return bool(hit and g.lex.entries[hit[0]][0] in (NUM, MULT))


def _noun_labels(norm: str, g: FigureGrammar) -> tuple[str | None, str | None]:
    return g.units.get(norm), g.victims.get(norm)


def _verb_category(tokens: Sequence[Token], num: Number, unit: Unit, g: FigureGrammar) -> str | None:
    """Category from a governing verb just before the figure (`killing at least 139`), else from
    one just after its noun (`11 million people displaced`, `14 جنديا أفغانيا قتلوا`)."""
    first = num.first
    for j in range(first - 1, max(-1, first - 1 - VERB_WINDOW_BEFORE - 3), -1):
        if _breaks(tokens[j], g):
            break
        if (cat := _verb_at(tokens, j, g)) is not None:
            return cat
    last = unit.last if unit.last is not None else num.last
    for j in range(last + 1, min(len(tokens), last + 1 + VERB_WINDOW_AFTER)):
        if _breaks(tokens[j], g):
            break
        if (cat := _verb_at(tokens, j, g)) is not None:
            return cat
    if g.soft_blockers and first > 0 and g.blockers.get(tokens[first - 1].norm):
        # `погибли трое военнослужащих и двое полицейских`: with no verb of its own, the second
        # member of a pair takes the verb of the first
        for j in range(first - 2, max(-1, first - 2 - VERB_WINDOW_BEFORE - 3), -1):
            if tokens[j].text in PUNCT_BREAK or g.blockers.get(tokens[j].norm):
                break
            if (cat := _verb_at(tokens, j, g)) is not None:
                return cat
    return None


def _verb_at(tokens: Sequence[Token], j: int, g: FigureGrammar) -> str | None:
    """Category of a verb (or a two-word verb phrase) starting at token j."""
    for last in (j + 1, j):
        norm = _phrase(tokens, j, last)
        if norm and (cat := g.verbs.get(norm)) is not None:
            return cat
    return None


def _breaks(t: Token, g: FigureGrammar) -> bool:
    return t.text in PUNCT_BREAK or t.is_digits or bool(g.blockers.get(t.norm))


def _qualifier(text: str, first: int, g: FigureGrammar) -> tuple[int | None, str | None]:
    """(start, label) of a qualifier right before the number or its currency (`more than`, `نحو`, `не менее`)."""
    if g.qualifier_re is None:
        return None, None
    window = text[max(0, first - 40):first]
    m = g.qualifier_re.search(window)
    if not m:
        return None, None
    phrase = g.lex.fold(m.group("q"))
    phrase = " ".join(phrase.split())
    label = next((lab for lab, ws in g.qualifier_labels.items() if phrase in ws), None)
    return first - len(window) + m.start("q"), label


class _QuoteSpans:
    """The quotes of a document, asked for the innermost one whose content span holds a figure."""

    def __init__(self, quotes: list[dict]):
        spans = sorted((q["start"], q["end"]) for q in quotes or []
                       if q.get("start") is not None and q.get("end") is not None)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.max_end: list[int] = []
        for e in self.ends:
            self.max_end.append(max(e, self.max_end[-1]) if self.max_end else e)

    def innermost(self, start: int, end: int) -> int | None:
        """Start of the innermost quote with start <= `start` and `end` <= its end: walking back from
        the last quote that starts in time, and stopping as soon as no earlier quote reaches `end`."""
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.max_end[i] >= end:
            if self.ends[i] >= end:
                return self.starts[i]
            i -= 1
        return None
