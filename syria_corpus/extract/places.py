"""Places: mentions of the gazetteer configs/places.yaml, with their kind and parent chain (README, "Places, claims").

    gazetteer()                      every place by canonical name, its parent chain up to a country
    place_matcher(lang)              the aliases a text in `lang` may use, folded and stemmed once
    extract_places(parsed)           rows: text, start, end, place, kind, parent, country, locative
    locate_figures(parsed, figures)  each figure gets the place and the date its sentence names

The gazetteer is shared by every language; what differs is data: letters folded, case endings peeled
and possessives cut as the language's `speakers` section says, proclitics and place nouns in its
`places` section. Inflected forms count (`в Алеппо`, `в Сирии`, `بحلب`, `وللرقة`, `Syria's`); the
text of a row is the name as written, without a proclitic or possessive (`بحلب` -> `حلب`).

A place whose name is also a common word or another place's (`ambiguous: true`: الباب `the door`,
Дума, Tripoli) counts only with context, unless the alias itself holds a place noun (`حي التضامن`):
a place noun before it (`town of`, `مدينة`, `город`), a listed preposition where the language allows
it (`in Nice`, `di Malang`), or, in the same document, an unambiguous mention of a place near it (one
of its ancestors below the country, a sibling under the same governorate or city, one of its own
descendants). A name shared by two places (Tripoli, عمان) goes to the one with such a neighbour or,
failing that, the one whose country (its direct parent) the document names; else to neither.
"""
from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from ..errors import CorpusError
from ..lang import get as get_language
from ..langdata import PlacesData, SpeakersData
from ..resources import per_configs, read_yaml, remember

if TYPE_CHECKING:
    from ..analysis import ParsedDoc

KINDS = ("country", "governorate", "district", "city", "site")
TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’‑][\p{L}\p{M}\p{N}]+)*")
MIN_STEM = 3          # a case ending is peeled only when this many letters remain (as in extract/mentions.py)
MIN_KEY = 2           # shorter folded aliases are never matched (`ОАЭ` is three letters and stays)
SHORT_CAPS = 5        # a word this short in capitals is an acronym: it matches an alias as written only
DATE_VALUE = regex.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")


# ---------------------------------------------------------------------------- the gazetteer

@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    parent: str | None
    aliases: Mapping[str, tuple[str, ...]]   # language -> forms as written
    ambiguous: bool = False
    acronyms: tuple[str, ...] = ()           # matched as written, case and all (US, AS)


@dataclass
class Gazetteer:
    places: dict[str, Place]
    children: dict[str, list[str]] = field(default_factory=dict)
    _chains: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _near: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def chain(self, name: str) -> tuple[str, ...]:
        """The place and its ancestors: ('Aleppo', 'Aleppo Governorate', 'Syria')."""
        got = self._chains.get(name)
        if got is None:
            out = [name]
            while (p := self.places[out[-1]].parent) is not None:
                if p in out:
                    raise CorpusError(f"configs/places.yaml: {name}: the parent chain loops at {p}")
                out.append(p)
            got = self._chains[name] = tuple(out)
        return got

    def country(self, name: str) -> str | None:
        top = self.chain(name)[-1]
        return top if self.places[top].kind == "country" else None

    def descendants(self, name: str) -> list[str]:
        out, todo = [], list(self.children.get(name, ()))
        while todo:
            n = todo.pop()
            out.append(n)
            todo.extend(self.children.get(n, ()))
        return out

    def near(self, name: str) -> frozenset[str]:
        """Places whose mention makes `name` the likely sense of an alias that is also a word: its
        ancestors below the country, its siblings under a parent that is no country, its descendants."""
        got = self._near.get(name)
        if got is None:
            p = self.places[name]
            out = {a for a in self.chain(name)[1:] if self.places[a].kind != "country"}
            if p.parent is not None and self.places[p.parent].kind != "country":
                out.update(self.children.get(p.parent, ()))
            out.update(self.descendants(name))
            out.discard(name)
            got = self._near[name] = frozenset(out)
        return got


@per_configs()
def gazetteer() -> Gazetteer:
    """configs/places.yaml, checked: known kinds, parents that exist, no loops."""
    entries = read_yaml("places.yaml").get("places") or []
    places: dict[str, Place] = {}
    for e in entries:
        name = str(e.get("name") or "")
        kind = e.get("kind")
        if not name or kind not in KINDS:
            raise CorpusError(f"configs/places.yaml: entry {name or e!r}: kind must be one of {', '.join(KINDS)}")
        if name in places:
            raise CorpusError(f"configs/places.yaml: {name}: listed twice")
        aliases = {str(lang): tuple(str(a) for a in forms or ()) for lang, forms in (e.get("aliases") or {}).items()}
        places[name] = Place(name, kind, e.get("parent"), aliases, bool(e.get("ambiguous")),
                             tuple(str(a) for a in e.get("acronyms") or ()))
    gaz = Gazetteer(places)
    for p in places.values():
        if p.parent is not None:
            if p.parent not in places:
                raise CorpusError(f"configs/places.yaml: {p.name}: unknown parent {p.parent!r}")
            gaz.children.setdefault(p.parent, []).append(p.name)
    for name in places:
        gaz.chain(name)
    return gaz


# ---------------------------------------------------------------------------- the matcher of a language

@dataclass(frozen=True)
class Alias:
    keys: tuple[str, ...]       # folded, stemmed words
    upper: tuple[bool, ...]     # the word is capitalised in the alias: the text must capitalise it too
    gaps: tuple[str, ...]       # punctuation between the words (`Tripoli, Lebanon`)
    places: tuple[str, ...]     # every place with this alias (two for Tripoli)
    safe: frozenset[str]        # places for which the alias needs no context
    forms: tuple[str, ...] = ()   # the words folded, not stemmed: a short word in capitals (an acronym,
                                  # `РИА` of РИА Новости) must be one of them exactly, not an inflection (Риау)
    twin: bool = False          # also listed with the article (رقة / الرقة): after a proclitic only that form
                                # counts (بالرقة, وللرقة), so that ورقة `paper` and فرقة `band` are no places


@dataclass
class PlaceMatcher:
    lang: str
    cased: bool
    table: dict
    endings: tuple[str, ...]
    possessives: tuple[str, ...]
    proclitics: tuple[str, ...]
    merges: dict[str, str]
    kind_words: frozenset[str]
    connectors: frozenset[str]
    prepositions: frozenset[str]
    locatives: frozenset[str] = frozenset()
    locative_stems: tuple[str, ...] = ()
    index: dict[str, list[Alias]] = field(default_factory=dict)     # first key -> aliases, longest first
    acronyms: dict[str, Alias] = field(default_factory=dict)        # as written -> alias
    _starts: dict[str, list[tuple[int, int, list[Alias]]]] = field(default_factory=dict, repr=False)
    _later: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict, repr=False)
    openings: tuple[str, ...] = ()   # the proclitics and article merges: what a first word may start with

    def starts(self, word: str) -> list[tuple[int, int, list[Alias]]]:
        """(cut, tail, aliases) of the readings of `word` that begin an alias; memoised by word (news
        repeat their words, and most words begin nothing)."""
        got = self._starts.get(word)
        if got is None:
            got = remember(self._starts, word, [(cut, tail, self.index[k])
                                                for cut, tail, k in self.variants(word, first=True) if k in self.index])
        return got

    def later(self, word: str) -> list[tuple[int, int, str]]:
        """variants(word, first=False), memoised as starts() is: a word after the first of a name is read
        again for every alias it may continue."""
        got = self._later.get(word)
        if got is None:
            got = remember(self._later, word, self.variants(word, first=False))
        return got

    def fold(self, w: str) -> str:
        w = w.lower() if self.cased else w
        return w.translate(self.table) if self.table else w

    def stem(self, w: str) -> str:
        for e in self.endings:
            if w.endswith(e) and len(w) - len(e) >= MIN_STEM:
                return w[: -len(e)]
        return w

    def key(self, w: str) -> str:
        return self.stem(self.fold(w))

    def variants(self, word: str, first: bool) -> list[tuple[int, int, str]]:
        """(chars cut at the front, chars cut at the end, key) readings of a word as written: itself,
        without a possessive, and (first word of a name) without a proclitic or with a merged article."""
        f = self.fold(word)
        out = [(0, 0, self.stem(f))]
        # (each loop below is entered only when the word ends or starts with one of its affixes at all:
        # one C-level endswith/startswith with a tuple; most words have none)
        if word.endswith(self.possessives):
            for p in self.possessives:
                if word.endswith(p) and len(word) > len(p):
                    out.append((0, len(p), self.key(word[: -len(p)])))
        if not first or not f.startswith(self.openings):
            return out
        for c in self.proclitics:
            if f.startswith(c) and len(f) - len(c) >= MIN_KEY:
                rest = f[len(c):]
                out.append((_cut(word, c, self), 0, self.stem(rest)))
                for m, article in self.merges.items():   # و + لل + رقة: the article merged with ل
                    if rest.startswith(m):
                        out.append((0, 0, self.stem(article + rest[len(m):])))
        for m, article in self.merges.items():
            if f.startswith(m) and len(f) - len(m) >= MIN_KEY:
                out.append((0, 0, self.stem(article + f[len(m):])))
        return out


def _cut(word: str, clitic: str, m: PlaceMatcher) -> int:
    """How many characters of `word` as written make the folded `clitic` (and the tatweel or marks after it)."""
    k = 1
    while k < len(word) and m.fold(word[:k]) != clitic:
        k += 1
    while k < len(word) and m.fold(word[k]) == "":
        k += 1
    return k


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN.finditer(text)]


def _gap(text: str) -> str:
    return "".join(text.split())


@per_configs()
def place_matcher(lang: str) -> PlaceMatcher:
    language = get_language(lang)
    sp = language.data.speakers or SpeakersData()
    pl = language.data.places or PlacesData()
    m = PlaceMatcher(lang=lang, cased=sp.cased, table=str.maketrans(dict(sp.fold)) if sp.fold else {},
                     endings=tuple(sorted(sp.case_endings, key=len, reverse=True)), possessives=tuple(sp.possessives),
                     proclitics=(), merges={}, kind_words=frozenset(), connectors=frozenset(),
                     prepositions=frozenset())
    m.proclitics = tuple(sorted({m.fold(c) for c in pl.proclitics}, key=len, reverse=True))
    m.merges = {m.fold(k): m.fold(v) for k, v in pl.article_merges.items()}
    m.openings = m.proclitics + tuple(m.merges)
    m.kind_words = frozenset(m.key(w) for w in pl.kind_words)
    m.connectors = frozenset(m.fold(w) for w in pl.connectors)
    m.prepositions = frozenset(m.fold(w) for w in pl.prepositions)
    m.locatives = frozenset(m.fold(w) for w in pl.locatives if not w.endswith("*"))
    m.locative_stems = tuple(m.fold(w[:-1]) for w in pl.locatives if w.endswith("*"))
    gaz = gazetteer()
    kinds_of = {lang: m.kind_words, "en": m.kind_words if lang == "en" else _kind_keys("en", m)}
    article = m.fold(sp.article) if sp.article else ""
    found: dict[tuple, tuple[list[str], set[str], tuple[bool, ...], tuple[str, ...]]] = {}
    twins: set[tuple] = set()
    for p in gaz.places.values():
        for alias_lang in dict.fromkeys((lang, "en")):
            kinds = kinds_of[alias_lang]
            forms = {m.fold(a) for a in p.aliases.get(alias_lang, ())}
            for alias in p.aliases.get(alias_lang, ()):
                spans = _words(alias)
                if not spans:
                    continue
                words = [alias[a:b] for a, b in spans]
                keys = tuple(m.key(w) for w in words)
                if len("".join(keys)) < MIN_KEY:
                    continue
                gaps = tuple(_gap(alias[spans[i][1]:spans[i + 1][0]]) for i in range(len(spans) - 1))
                upper = tuple(m.cased and w[:1].isupper() for w in words)
                names, safe, _, _ = found.setdefault((keys, gaps), ([], set(), upper, tuple(m.fold(w) for w in words)))
                if p.name not in names:
                    names.append(p.name)
                if not p.ambiguous or any(k in kinds for k in keys):
                    safe.add(p.name)
                if article and article + m.fold(alias) in forms:
                    twins.add((keys, gaps))
    for (keys, gaps), (names, safe, upper, as_written) in found.items():
        if len(names) == 1 and len(keys) > 1 and any(len(found.get(((k,), ()), ((),))[0]) > 1 for k in keys):
            safe.add(names[0])   # `Tripoli, Lebanon`, `طرابلس الشام`: the longer form settles a shared name
        a = Alias(keys, upper, gaps, tuple(names), frozenset(safe) if len(names) == 1 else frozenset(), as_written,
                  (keys, gaps) in twins)
        m.index.setdefault(keys[0], []).append(a)
    for aliases in m.index.values():
        aliases.sort(key=lambda a: -len(a.keys))
    for p in gaz.places.values():
        for acr in p.acronyms:
            m.acronyms[acr] = Alias((acr,), (False,), (), (p.name,), frozenset({p.name}))
    return m


def _kind_keys(lang: str, m: PlaceMatcher) -> frozenset[str]:
    """Place nouns of `lang` keyed the way `m` keys words (English aliases are read in every language)."""
    data = get_language(lang).data.places
    return frozenset(m.key(w) for w in (data.kind_words if data else ()))


# ---------------------------------------------------------------------------- mentions in a text

@dataclass
class Match:
    start: int        # the name as written, without proclitic or possessive
    end: int
    first: int        # word indices
    last: int
    alias: Alias


def find_matches(text: str, m: PlaceMatcher) -> tuple[list[Match], list[tuple[int, int]]]:
    """Every alias written in `text` (longest first, no overlaps), and the words of the text."""
    words = _words(text)
    starts = [a for a, _ in words]
    taken = _acronyms(text, words, starts, m)
    keys: list[str | None] = [None] * len(words)   # plain keys of the words, computed when needed
    out: list[Match] = list(taken.values())
    # the readings of each distinct word, looked up once: most words begin no alias, and only the words
    # that do (or an acronym) need a visit, in order; the others are stepped over as before
    written = [text[a:b] for a, b in words]
    readings_of = {}
    for w in set(written):
        r = m._starts.get(w)   # (the memo read directly: most words of a text are met before)
        if r is None:
            r = m.starts(w)
        if r:
            readings_of[w] = r
    visit = sorted(set(taken).union(i for i, w in enumerate(written) if w in readings_of))
    i = 0   # the first word not yet inside a match
    for k in visit:
        if k < i:
            continue
        i = k
        if i in taken:
            i = taken[i].last + 1
            continue
        best = _match_at(text, words, keys, i, readings_of[written[i]], m)
        if best is not None and any(j in taken for j in range(best.first, best.last + 1)):
            best = None
        if best is not None:
            out.append(best)
            i = best.last + 1
        else:
            i += 1
    out.sort(key=lambda mt: mt.start)
    return out, words


def _acronyms(text: str, words: list[tuple[int, int]], starts: list[int], m: PlaceMatcher) -> dict[int, Match]:
    """`US`, `U.S.`, `AS`: as written, not inside a shouted line (`AS HE SAID`) -> first word index: match."""
    if not m.acronyms:
        return {}
    alt = "|".join(regex.escape(a) for a in sorted(m.acronyms, key=len, reverse=True))
    out = {}
    for hit in regex.finditer(rf"(?<![\p{{L}}\p{{N}}.])(?:{alt})(?![\p{{L}}\p{{N}}])", text):
        first = bisect.bisect_right(starts, hit.start()) - 1
        last = bisect.bisect_left(starts, hit.end()) - 1
        if first < 0 or words[first][0] != hit.start():
            continue
        shouted = [k for k in (first - 1, last + 1) if 0 <= k < len(words)
                   and len(text[words[k][0]:words[k][1]]) > 1 and text[words[k][0]:words[k][1]].isupper()
                   and text[words[k][0]:words[k][1]] not in m.acronyms]
        if shouted:
            continue
        out[first] = Match(hit.start(), hit.end(), first, last, m.acronyms[hit.group()])
    return out


def _match_at(text: str, words: list[tuple[int, int]], keys: list[str | None], i: int,
              readings: list[tuple[int, int, list[Alias]]], m: PlaceMatcher) -> Match | None:
    """The longest alias starting at word i (its first word may carry a proclitic), or None."""
    best: Match | None = None
    a0, b0 = words[i]
    w0 = text[a0:b0]
    shouted = m.cased and len(w0) <= SHORT_CAPS and w0.isupper()
    # (the gap before each next word, whether it holds a line break, and the word: read once here, not once
    # per alias tried, since a common first word (`دير`, `تل`) starts hundreds of aliases)
    nexts: list[tuple[str, bool, str]] = []
    second: set[str] | None = None   # every key by which word i+1 may match an alias's second word
    for cut, tail, aliases in readings:
        for alias in aliases:
            n = len(alias.keys)
            if best is not None and n <= best.last - best.first + 1:
                break
            if i + n > len(words) or (alias.upper[0] and not w0[cut:cut + 1].isupper()) or (n > 1 and tail) \
                    or (cut and alias.twin) or (shouted and m.fold(w0) not in alias.forms):
                continue   # a possessive ends a name; a proclitic goes with the form with the article
            if n > 1:   # (one set test rules out most aliases of a common first word: `مدينة` starts 81)
                if second is None:
                    w1 = text[words[i + 1][0]:words[i + 1][1]]
                    k1 = keys[i + 1]
                    if k1 is None:
                        k1 = keys[i + 1] = m.key(w1)
                    second = {k1} | {v[2] for v in m.later(w1) if v[1]}
                if alias.keys[1] not in second:
                    continue
            end_tail = tail
            for j in range(1, n):
                if j > len(nexts):
                    a, b = words[i + j]
                    between = text[words[i + j - 1][1]:a]
                    nexts.append((_gap(between), "\n" in between, text[a:b]))
                gap, newline, w = nexts[j - 1]
                if gap != alias.gaps[j - 1] or newline or (alias.upper[j] and not w[:1].isupper()):
                    break
                if keys[i + j] is None:
                    keys[i + j] = m.key(w)
                if keys[i + j] == alias.keys[j]:
                    continue
                cuts = [v[1] for v in m.later(w) if v[1] and v[2] == alias.keys[j]]
                if j == n - 1 and cuts:
                    end_tail = cuts[0]    # `Deir ez-Zor's`
                    continue
                break
            else:
                best = Match(a0 + cut, words[i + n - 1][1] - end_tail, i, i + n - 1, alias)
                break
    return best


def resolve(text: str, matches: list[Match], words: list[tuple[int, int]], m: PlaceMatcher,
            gaz: Gazetteer | None = None) -> list[tuple[Match, str]]:
    """(match, place) for the matches that name one place: a safe alias, or an ambiguous one with context."""
    gaz = gaz or gazetteer()
    sure = {mt.alias.places[0] for mt in matches if mt.alias.safe}
    out = []
    for mt in matches:
        if mt.alias.safe:
            out.append((mt, mt.alias.places[0]))
            continue
        neighbours = [p for p in mt.alias.places if gaz.near(p) & sure]
        if not neighbours and len(mt.alias.places) > 1:   # Tripoli: the country names which one
            neighbours = [p for p in mt.alias.places if gaz.places[p].parent in sure]
        if len(neighbours) == 1:
            out.append((mt, neighbours[0]))
        elif not neighbours and len(mt.alias.places) == 1 and _announced(text, words, mt.first, m):
            out.append((mt, mt.alias.places[0]))
    return out


def _announced(text: str, words: list[tuple[int, int]], i: int, m: PlaceMatcher) -> bool:
    """A place noun (`town of`, `مدينة`, `городе`) or an allowed preposition (`in`, `di`) right before word i."""
    j = i - 1
    if j < 0:
        return False
    a, b = words[j]
    if _gap(text[b:words[i][0]]):
        return False    # punctuation between: `... city. Nice` is no announcement
    w = m.fold(text[a:b])
    if w in m.prepositions:
        return True
    if w in m.connectors and j > 0:
        a, b = words[j - 1]
        if _gap(text[b:words[j][0]]):
            return False
    return any(k in m.kind_words for _, _, k in m.variants(text[a:b], first=True))


def place_rows(text: str, lang: str) -> list[dict[str, Any]]:
    """Rows of the places table: the name as written, the place, its kind, parent and country, and
    `locative`: the text says something happened there (`in Aleppo`, `بحلب`, `в Сирии`), not that the
    place acts (`Moscow said`)."""
    m = place_matcher(lang)
    gaz = gazetteer()
    matches, words = find_matches(text, m)
    rows = []
    for mt, name in resolve(text, matches, words, m, gaz):
        p = gaz.places[name]
        rows.append({"text": text[mt.start:mt.end], "place": name, "kind": p.kind, "parent": p.parent,
                     "start": mt.start, "end": mt.end, "country": gaz.country(name),
                     "locative": _locative(text, mt.start, m)})
    return rows


def extract_places(parsed: ParsedDoc) -> list[dict[str, Any]]:
    """Mentions of places in a document (registry entry `places`)."""
    if parsed.data.places is None:
        return []
    return place_rows(parsed.text, parsed.lang)


# ---------------------------------------------------------------------------- figures: where and when

def locate_figures(parsed: ParsedDoc, figures: Sequence[dict[str, Any]]) -> None:
    """Each figure gets where, when and how it counts, from its sentence:

    `place`: a place the sentence names as where something happened (after a locative: `in`, `في`,
    `بـ`, `di`, `в`, `north of`), the nearest such; failing that the nearest place that is no country
    (`Aleppo was shelled`); a country never without its locative (`Russia and Assad … killing 139`:
    Russia acts, it is not where). `date`: the nearest calendar date the sentence names (TIMEX3: a day,
    month or year, or a range of them). `total`: the sentence makes it a running total (`claims.totals`
    patterns: `the conflict has killed`, `منذ بداية`, `с начала`). `period`: else the sentence makes it
    the toll of several days (`claims.periods`: `during the past week`, `since the offensive began`), or
    its date is a range of days. `means`: how they were killed or hurt (`claims.means`: chemical, air,
    shelling...), the class named nearest the figure in its sentence. `part_of`: the start of the
    figure it is part of (`31 people were killed, including two medics`: `figures.including`)."""
    if not figures:
        return
    text = parsed.text
    places = [p for p in parsed.results.get("places") or [] if p["locative"] or p["kind"] != "country"]
    dates = [d for d in parsed.results.get("dates") or []
             if d.get("type") == "date" and DATE_VALUE.match(str(d.get("value") or ""))]
    place_starts = [p["start"] for p in places]
    date_starts = [d["start"] for d in dates]
    totals, periods, including = _figure_cues(parsed.lang)
    means = _means(parsed.lang)
    # what a sentence says for all its figures, searched once per sentence (a long sentence with many
    # figures would otherwise be searched once per figure): total, period, (position, class) of each means
    said: dict[int, tuple[bool, bool, list[tuple[int, str]]]] = {}
    prev: dict | None = None
    for f in sorted(figures, key=lambda f: f["start"]):
        a, b = parsed.sentence(f["start"])
        if a not in said:
            said[a] = (bool(totals and totals.search(text, a, b)), bool(periods and periods.search(text, a, b)),
                       means.matches(text, a, b) if means else [])
        total, period, named = said[a]
        near = min(named, key=lambda m: abs(m[0] - f["start"]), default=None)
        f["means"] = near[1] if near else None
        f["place"] = _nearest(f, _within(places, place_starts, a, b), rank=lambda p: not p["locative"], value="place")
        f["date"] = _nearest(f, _within(dates, date_starts, a, b), rank=lambda d: False, value="value")
        f["total"] = total
        f["period"] = not total and (period or _days_range(f["date"]))
        f["part_of"] = None
        if prev is not None and including is not None and a <= prev["start"] and prev["end"] <= f["start"] \
                and including.search(text, prev["end"], f["start"]):
            f["part_of"] = prev["part_of"] if prev["part_of"] is not None else prev["start"]
        prev = f


@dataclass(frozen=True)
class _Means:
    """The means classes (`claims.means`) in the data's order, one pattern each."""
    names: tuple[str, ...]
    patterns: tuple[regex.Pattern, ...]
    union: regex.Pattern   # `(?P<air>…)|(?P<shelling>…)|…`

    def matches(self, text: str, a: int, b: int) -> list[tuple[int, str]]:
        """(start, class) of what `union.finditer(text, a, b)` finds, found class by class: the union
        made the engine try every class at every character, where one class alone is looked for by its
        own words (the sentences of 600 SaudiNewsNet articles: 0.87 s, class by class 0.49 s). The next
        match is the leftmost of the classes' next matches, the first class of the data on a tie, as the
        union's alternation takes it."""
        out: list[tuple[int, str]] = []
        pos = a
        ahead: list[Any] = [None] * len(self.patterns)   # each class's next match; False: none left
        while True:
            best, k = None, -1
            for i, pat in enumerate(self.patterns):
                m = ahead[i]
                if m is None or (m is not False and m.start() < pos):
                    m = ahead[i] = pat.search(text, pos, b) or False
                if m is not False and (best is None or m.start() < best.start()):
                    best, k = m, i
            if best is None:
                return out
            if best.end() == best.start():   # (an empty match: the union's own rule for what follows one)
                return [(m.start(), str(m.lastgroup)) for m in self.union.finditer(text, a, b)]
            out.append((best.start(), self.names[k]))
            pos = best.end()


@per_configs()
def _means(lang: str) -> _Means | None:
    data = get_language(lang).data
    classes = {name: "|".join(f"(?:{p})" for p in patterns)
               for name, patterns in (data.claims.means if data.claims else {}).items() if patterns}
    if not classes:
        return None
    flags = regex.I | regex.V1
    return _Means(tuple(classes), tuple(regex.compile(alt, flags) for alt in classes.values()),
                  regex.compile("|".join(f"(?P<{name}>{alt})" for name, alt in classes.items()), flags))


def _days_range(value: str | None) -> bool:
    """A TIMEX3 range of two different days (`between 21 and 26 September`: 2016-09-21/2016-09-26)."""
    parts = str(value or "").split("/")
    return len(parts) == 2 and len(parts[0]) == len(parts[1]) == 10 and parts[0] != parts[1]


@per_configs()
def _figure_cues(lang: str) -> tuple[regex.Pattern | None, regex.Pattern | None, regex.Pattern | None]:
    data = get_language(lang).data
    totals = data.claims.totals if data.claims else ()
    periods = data.claims.periods if data.claims else ()
    including = data.figures.including if data.figures else ()
    alt = "|".join(regex.escape(w) for w in sorted(including, key=len, reverse=True))

    def union(patterns: tuple) -> regex.Pattern | None:
        return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.I | regex.V1) if patterns else None
    return (union(totals), union(periods),
            regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])", regex.I | regex.V1) if alt else None)


def _locative(text: str, start: int, m: PlaceMatcher) -> bool:
    """The place at `start` follows a locative word (`in Aleppo`, `в Сирии`) or carries one (`بحلب`)."""
    k = start
    while k > 0 and (text[k - 1].isalpha() or unicodedata.category(text[k - 1]).startswith("M")):
        k -= 1
    if k < start and _is_locative(m.fold(text[k:start]), m):
        return True
    before = _WORD_BEFORE.search(text[max(0, k - 40):k])
    if before is None:
        return False
    w = m.fold(before.group(1))
    return any(_is_locative(form, m) for form in [w] + [w[len(c):] for c in m.proclitics if w.startswith(c)])


# the word right before a place (compiled once: regex.search with a pattern string pays a cache lookup per call)
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[^\S\n]*$")


def _is_locative(w: str, m: PlaceMatcher) -> bool:
    return w in m.locatives or any(w.startswith(s) for s in m.locative_stems)


def _within(rows: list[dict], starts: list[int], a: int, b: int) -> list[dict]:
    return rows[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]


def _nearest(f: dict, rows: Iterable[dict], rank, value: str) -> Any:
    best = None
    for r in rows:
        if r["start"] < f["end"] and f["start"] < r["end"]:
            dist = 0
        else:
            dist = f["start"] - r["end"] if r["end"] <= f["start"] else r["start"] - f["end"]
        k = (rank(r), dist, r["start"])
        if best is None or k < best[0]:
            best = (k, r[value])
    return None if best is None else best[1]
