"""Claims that disagree: figures about the same thing, side by side, with who claims which number.

    claims_frame(store)                  one row per figure that can be compared (a claim)
    claim_groups(claims, ...)            the groups, one row each, with spread and a disagreement flag
    report(store, ...)                   what `corpus report claims` prints

Figures are about the same thing when they have
  - the same category (killed, injured, displaced, sorties...; counts of people with no event, money,
    percentages and inventories (countries, organisations, aircraft) are not compared) and compatible
    victims (people and civilians together; children, women, fighters, soldiers each apart);
  - the same place, or one is the other's parent below the country (Aleppo and Aleppo Governorate; not
    Aleppo Governorate and Syria):
    the place the figure's sentence names, else the place its document most often names as where
    things happen (`in Aleppo`; a city, a governorate or a site before a country);
  - the same scope: a running total (`the conflict has killed 280,000`, see `claims.totals` in the
    language files) is compared with running totals only, and a toll of several days (`374 killed during
    the past week`, `claims.periods`, or a range of days) with such tolls only; a part (`31 killed,
    including two medics`) is not compared at all; civilians count with people in one event's toll, not
    in a running total (`735 civilians killed in its strikes since 2014` is no count of the war's dead);
  - overlapping dates of the same grain: the calendar date the sentence names (a day, a month, a
    year), else the publication date, which stands for the WINDOW_DAYS days up to it (news report the
    toll of the day before). Day-grain claims are compared with day-grain claims only, so `more than
    250,000 killed since 2011` never meets a day's toll; a figure with neither date (an article with no
    date, metadata or dateline) is compared with undated figures only;
  - the same means (`figures.means`: chemical, air, shelling, bombing, shooting, fighting), when the
    sentence names one: a chemical attack's dead are not the same day's shelling dead in the same city
    (a figure whose sentence names no means joins the one group it fits, when only one fits).
Groups are seeded by their earliest claim and never chain: a claim joins a group when its dates
overlap the seed's and its place fits the seed's.

The claimant of a figure is its speaker (a figure inside a quote), else the outlet (`source` of the
document), else its file, compared case-insensitively (`SANA`, `sana`); a claimant's number is the largest
it gives in the group. Two claimants disagree when their numbers, carried by two different outlets, are apart by
THRESHOLD (1.5) or more and less than MAX_GAP (10: further apart, the group is flagged `apart`, for two
numbers an order of magnitude apart are far more often two incidents, or a part and its whole, than two counts
of one event), counting bounds as such: `more than 100` and `at least 100` disagree only with
numbers below them, `up to 100` and `less than 100` only with numbers above them. Compared are only the
figures whose own sentence names the place (a figure that takes its article's place is listed in the group
but compared with nothing) and that are counts: `dozens`, `hundreds`, `thousands of` say a size, not a number
anyone could check, and are listed only. One outlet's numbers never disagree with each other: two of them in
one article are two incidents or a part and its whole (`270 dead, of which 96 children`), and in two of its
articles a later toll or another incident, not two claims.
"""
from __future__ import annotations

import datetime as dt
import math
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .errors import CorpusError
from .extract.places import Gazetteer, gazetteer
from .langdata import language_data, languages_with_data

THRESHOLD = 1.5         # claimants disagree when one's number is at least 1.5 times another's
MAX_GAP = 10.0          # ... and less than 10 times: beyond an order of magnitude two numbers are far more often
                        # two incidents, or a part and its whole, than two counts of one event (`apart`)
WINDOW_DAYS = 3         # a figure dated by its publication covers the 3 days up to it
# amounts and inventories, not tolls of an event: `17 countries` at talks, `3 organisations`, `100 aircraft`
NOT_COMPARED = {"money", "countries", "organisations", "aircraft"}
LOWER = {"more_than", "at_least", "over"}            # the number is a floor
UPPER = {"less_than", "up_to", "at_most", "under"}   # the number is a ceiling
PEOPLE = "people"
UNDATED = (dt.date.min, dt.date.max, "undated")   # no date in the sentence, no publication date


@dataclass
class Claim:
    category: str
    victims: str
    place: str
    place_from: str          # sentence | document
    start: dt.date
    end: dt.date
    grain: str               # day | month | year | undated
    value: float
    low: float               # what the claim allows: [low, high]
    high: float
    claimant: str
    claimant_kind: str       # speaker | outlet | file
    total: bool = False      # a running total (`the war has killed 280000`)
    row: dict = field(default_factory=dict)
    period: bool = False     # a toll of several days (`374 killed during the past week`)
    outlet: str = ""         # the document's source (else its file): an outlet does not disagree with itself
    means: str | None = None  # how (`figures.means`: chemical, air, shelling...), None when the sentence does not say


# ---------------------------------------------------------------------------- dates

def span_of(value: str | None) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, grain) of a TIMEX3 calendar value: 2015-07-03, 2015-07, 2015, or a range A/B."""
    if not value:
        return None
    parts = str(value).split("/")
    spans = [_one(p) for p in parts[:2]]
    if any(s is None for s in spans):
        return None
    first, last = spans[0], spans[-1]
    assert first is not None and last is not None
    grain = first[2] if first[2] == last[2] else "year"
    return first[0], max(first[1], last[1]), grain


def _one(v: str) -> tuple[dt.date, dt.date, str] | None:
    try:
        if len(v) == 10:
            d = dt.date.fromisoformat(v)
            return d, d, "day"
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:7])
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return dt.date(y, m, 1), nxt - dt.timedelta(days=1), "month"
        if len(v) == 4:
            return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31), "year"
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------------------- claims

@dataclass(frozen=True)
class _Vocab:
    victims: frozenset[str]      # victims labels of every language (also categories of bare counts)


def _vocab() -> _Vocab:
    labels = {PEOPLE}
    for code in languages_with_data():
        fig = language_data(code).figures
        if fig is not None:
            labels.update(fig.victims)
    return _Vocab(frozenset(labels))


def plain(df: pd.DataFrame) -> pd.DataFrame:
    """Columns as Python objects with None for every missing value (Arrow-backed frames hold pd.NA)."""
    out = df.astype(object)
    return out.where(df.notna(), None)


def _victims_class(v: str | None, total: bool = False) -> str:
    """People and civilians are one class in an event's toll; in a running total civilians are a part."""
    if v in (None, PEOPLE) or (v == "civilians" and not total):
        return PEOPLE
    return str(v)


def _bounds(value: float, qualifier: str | None) -> tuple[float, float]:
    if qualifier in LOWER or (qualifier or "").endswith("_of"):   # dozens_of, tens_of, thousands_of: floors
        return value, math.inf
    if qualifier in UPPER:
        return 0.0, value
    return value, value


def _document_places(places: pd.DataFrame, gaz: Gazetteer) -> dict[str, str]:
    """doc_id -> the place a document is about: the one it most often says something happened in (`in
    Aleppo`, not `Moscow said`; smaller than a country first, earliest on a tie), when every other such
    place below a country is on its chain (Jayrud and Rif Dimashq). A document about several places
    (Aleppo and Idlib) has none: its figures without a place of their own are not compared."""
    out: dict[str, str] = {}
    if places.empty:
        return out
    p = plain(places[places["locative"].fillna(False).astype(bool)][["doc_id", "place", "kind", "start"]])
    for doc_id, rows in p.groupby("doc_id", sort=False):
        counts: dict[str, list] = {}
        for place, kind, start in zip(rows["place"], rows["kind"], rows["start"]):
            c = counts.setdefault(place, [kind == "country", 0, start])
            c[1] -= 1
            c[2] = min(c[2], start)
        top = min(counts, key=lambda k: (counts[k][0], counts[k][1], counts[k][2], k))
        chain = set(gaz.chain(top))
        if all(p in chain or top in gaz.chain(p) for p, c in counts.items() if not c[0] and p in gaz.places):
            out[str(doc_id)] = top
    return out


def claims_frame(figures: pd.DataFrame, documents: pd.DataFrame, places: pd.DataFrame,
                 window: int = WINDOW_DAYS) -> list[Claim]:
    """The figures that can be compared, as claims (a category that is an event, a value, a place and a date)."""
    gaz = gazetteer()
    vocab = _vocab()
    docs = plain(documents.set_index("doc_id")[["date", "source"]])
    doc_date = docs["date"].to_dict()
    doc_source = docs["source"].to_dict()
    cols = ["doc_id", "path", "lang", "text", "value", "qualifier", "category", "victims", "speaker", "place",
            "date", "start", "total", "part_of", "period", "means"]
    f = plain(figures[[c for c in cols if c in figures.columns]])
    f = f[f["category"].notna() & ~f["category"].isin(vocab.victims | NOT_COMPARED)]
    doc_place = _document_places(places[places["doc_id"].isin(set(f["doc_id"]))], gaz)
    out = []
    for r in f.to_dict("records"):
        value = r["value"]
        if value is None or not value > 0 or r.get("part_of") is not None:
            continue   # `31 killed, including two medics`: the two are no claim of their own
        place, place_from = r.get("place"), "sentence"
        if place is None or place not in gaz.places:
            place, place_from = doc_place.get(r["doc_id"]), "document"
        if place is None:
            continue
        total = bool(r.get("total"))
        span = None if total else span_of(r.get("date"))   # a total's date is that of its report (`since 2011`)
        if span is None:
            pub = span_of(doc_date.get(r["doc_id"]))
            if pub is not None and pub[2] == "day":
                span = (pub[0] - dt.timedelta(days=window), pub[1], "day")
            else:
                span = UNDATED
        low, high = _bounds(float(value), r.get("qualifier"))
        outlet = str(doc_source.get(r["doc_id"]) or os.path.basename(str(r["path"]).split("#")[0]))
        if r.get("speaker"):
            claimant, kind = str(r["speaker"]), "speaker"
        elif doc_source.get(r["doc_id"]):
            claimant, kind = str(doc_source[r["doc_id"]]), "outlet"
        else:
            claimant, kind = os.path.basename(str(r["path"]).split("#")[0]), "file"
        out.append(Claim(r["category"], _victims_class(r.get("victims"), total), place, place_from, span[0], span[1],
                         span[2], float(value), low, high, claimant, kind, total, r,
                         period=bool(r.get("period")) and not total, outlet=outlet.casefold(), means=r.get("means")))
    return out


# ---------------------------------------------------------------------------- groups

def _fits(place: str, seed: str, gaz: Gazetteer) -> bool:
    """The same place, or one is the other's parent below the country: a country's toll is never a city's."""
    if place == seed:
        return True
    a, b = gaz.places[place], gaz.places[seed]
    return (a.parent == seed and b.kind != "country") or (b.parent == place and a.kind != "country")


def group_claims(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims about the same thing, each group seeded by its earliest claim (see the module's doc). Claims
    whose sentence names a means are grouped first, by means; a claim whose sentence names none then joins
    the one group it fits, if only one fits, else it is grouped with the others that name none."""
    gaz = gazetteer()
    by_key: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_key.setdefault((c.category, c.victims, c.grain, c.total, c.period), []).append(c)
    groups: list[list[Claim]] = []
    for key in sorted(by_key):
        items = sorted(by_key[key], key=lambda c: (c.start, c.end, str(c.row.get("path")), c.row.get("start") or 0))
        named = _seeded([c for c in items if c.means], gaz, same_means=True)
        near: dict[str, list[list[Claim]]] = defaultdict(list)   # groups by their seed's place and its parent
        for g in named:
            near[g[0].place].append(g)
            if gaz.places[g[0].place].parent:
                near[str(gaz.places[g[0].place].parent)].append(g)
        rest = []
        for c in items:
            if c.means:
                continue
            maybe = near.get(c.place, []) + near.get(str(gaz.places[c.place].parent), [])
            fit = list({id(g): g for g in maybe if g[0].start <= c.end and c.start <= g[0].end
                        and _fits(c.place, g[0].place, gaz)}.values())
            if len(fit) == 1:
                fit[0].append(c)
            else:
                rest.append(c)
        groups += named + _seeded(rest, gaz, same_means=False)
    return groups


def _seeded(items: list[Claim], gaz: Gazetteer, same_means: bool) -> list[list[Claim]]:
    """Groups of claims in date order, each seeded by its earliest claim; never chained."""
    groups: list[list[Claim]] = []
    active: list[list[Claim]] = []
    for c in items:
        active = [g for g in active if g[0].end >= c.start]   # seeds that ended before can take nothing
        for g in active:
            if (not same_means or g[0].means == c.means) and _fits(c.place, g[0].place, gaz):
                g.append(c)
                break
        else:
            g = [c]
            active.append(g)
            groups.append(g)
    return groups


def compared(c: Claim) -> bool:
    """A claim that can disagree: its own sentence names the place, and it is a count, not a size."""
    return c.place_from == "sentence" and not (c.row.get("qualifier") or "").endswith("_of")


def claimant_key(c: Claim) -> str:
    return c.claimant.casefold()


def widest(group: list[Claim]) -> tuple[float, Claim | None, Claim | None]:
    """The largest ratio between two claimants' numbers given by two different outlets, counting floors
    and ceilings (1.0: they agree). A claimant's number is the largest it gives in a document: its smaller
    ones are usually parts (one neighbourhood's dead, an earlier toll of the same day), not another count of
    the same thing. Only compared claims count (see `compared`). Returns the ratio and the two claims."""
    best: tuple[float, Claim | None, Claim | None] = (1.0, None, None)
    top: dict[tuple[str, str], Claim] = {}
    for c in group:
        if compared(c):
            k = (claimant_key(c), str(c.row["doc_id"]))
            if k not in top or (c.value, c.low) > (top[k].value, top[k].low):
                top[k] = c
    # the lowest ceilings against the highest floors; 64 of each bound the work in a large group (the best
    # pair lies further only when 64 ceilings all share the floor's claimant or document)
    ceilings = sorted(top.items(), key=lambda kv: kv[1].high)[:64]
    floors = sorted(top.items(), key=lambda kv: -kv[1].low)[:64]
    for (a, doc_a), ca in ceilings:
        for (b, doc_b), cb in floors:
            if a != b and doc_a != doc_b and ca.outlet != cb.outlet and ca.high > 0 and cb.low > ca.high:
                if cb.low / ca.high > best[0]:
                    best = (cb.low / ca.high, ca, cb)
    return best


def disagreement(group: list[Claim]) -> float:
    return widest(group)[0]


def summary(groups: list[list[Claim]], threshold: float = THRESHOLD, min_claimants: int = 2,
            max_gap: float = MAX_GAP) -> pd.DataFrame:
    rows = []
    for g in groups:
        claimants = sorted({claimant_key(c) for c in g})
        if len(claimants) < min_claimants:
            continue
        values = [c.value for c in g]
        gap, low, high = widest(g)
        seed = g[0]
        places = sorted({c.place for c in g}, key=lambda p: (p != seed.place, p))
        rows.append({
            "category": seed.category, "victims": seed.victims, "place": seed.place, "places": places,
            "date_from": _day(min(c.start for c in g)), "date_to": _day(max(c.end for c in g)),
            "total": seed.total, "period": seed.period, "means": seed.means,
            "n_claims": len(g), "n_claimants": len(claimants),
            "n_docs": len({c.row["doc_id"] for c in g}),
            "langs": sorted({str(c.row["lang"]) for c in g}),
            "min": min(values), "max": max(values), "ratio": round(max(values) / min(values), 2),
            "gap": round(gap, 2), "disagree": threshold <= gap < max_gap, "apart": gap >= max_gap,
            "lowest": _claim_text(low) if low else None, "highest": _claim_text(high) if high else None,
            "claims": [_claim_text(c) for c in sorted(g, key=lambda c: (c.value, c.claimant))],
            "_group": g,
        })
    cols = ["category", "victims", "place", "places", "date_from", "date_to", "total", "period", "means", "n_claims",
            "n_claimants", "n_docs", "langs", "min", "max", "ratio", "gap", "disagree", "apart", "lowest", "highest",
            "claims", "_group"]
    df = pd.DataFrame(rows, columns=cols)
    if df.empty:
        return df
    df = df.sort_values(["disagree", "gap", "ratio", "n_claims", "date_from", "category", "place"],
                        ascending=[False, False, False, False, True, True, True], kind="stable")
    df.insert(0, "group", range(1, len(df) + 1))
    return df.reset_index(drop=True)


def _day(d: dt.date) -> str | None:
    return None if d in (dt.date.min, dt.date.max) else d.isoformat()


def _claim_text(c: Claim) -> str:
    q = c.row.get("qualifier")
    value = f"{int(c.value) if c.value.is_integer() else c.value}"
    return f"{c.claimant}: {q + ' ' if q else ''}{value} ({c.row['lang']}, {os.path.basename(str(c.row['path']))})"


def detail(df: pd.DataFrame) -> pd.DataFrame:
    """One row per claim of the groups in `df`."""
    rows = []
    for gid, disagree, g in zip(df["group"], df["disagree"], df["_group"]):
        for c in sorted(g, key=lambda c: (c.value, c.claimant)):
            r = c.row
            rows.append({"group": gid, "disagree": disagree, "category": c.category, "victims": c.victims,
                         "place": c.place, "place_from": c.place_from, "claimant": c.claimant,
                         "claimant_kind": c.claimant_kind, "value": c.value, "qualifier": r.get("qualifier"),
                         "text": r["text"], "lang": r["lang"], "date": r.get("date"),
                         "date_from": _day(c.start), "date_to": _day(c.end), "doc_id": r["doc_id"],
                         "path": r["path"], "start": r.get("start")})
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------- the report

def resolve_place(query: str) -> str:
    """A place as the user names it (canonical name or any alias, any script) -> its canonical name."""
    gaz = gazetteer()
    q = " ".join(query.split()).casefold()
    for p in gaz.places.values():
        if p.name.casefold() == q:
            return p.name
    hits = sorted({p.name for p in gaz.places.values() for forms in p.aliases.values() for a in forms
                   if a.casefold() == q})
    if not hits:
        raise CorpusError(f"no place {query!r} in the gazetteer (configs/places.yaml)")
    if len(hits) > 1:
        raise CorpusError(f"place {query!r} is ambiguous: {'; '.join(hits)} (name one of them)")
    return hits[0]


def report(store_dir: str, *, categories: tuple[str, ...] = (), place: str | None = None,
           since: str | None = None, until: str | None = None, min_ratio: float | None = None,
           langs: tuple[str, ...] = (), threshold: float = THRESHOLD, max_gap: float = MAX_GAP,
           window: int = WINDOW_DAYS,
           min_claimants: int = 2, disagree_only: bool = False, details: bool = False) -> pd.DataFrame:
    from .report import load

    where = resolve_place(place) if place else None
    claims = claims_frame(load(store_dir, "figures"), load(store_dir, "documents"), load(store_dir, "places"), window)
    if categories:
        claims = [c for c in claims if c.category in categories]
    if langs:
        claims = [c for c in claims if c.row["lang"] in langs]
    df = summary(group_claims(claims), threshold, min_claimants, max_gap)
    if df.empty:
        return _empty(details)
    if where:
        gaz = gazetteer()
        df = df[df["places"].map(lambda ps: any(where in gaz.chain(p) for p in ps))]
    if since:
        df = df[df["date_to"].map(lambda d: d is not None and d >= _iso(since))]
    if until:
        df = df[df["date_from"].map(lambda d: d is not None and d <= _iso(until, last=True))]
    if min_ratio is not None:
        df = df[df["ratio"] >= min_ratio]
    if disagree_only:
        df = df[df["disagree"]]
    if details:
        return detail(df)
    return df.drop(columns=["_group"]).reset_index(drop=True)


def _iso(day: str, last: bool = False) -> str:
    s = span_of(day)
    if s is None:
        raise CorpusError(f"not a date: {day!r} (write YYYY-MM-DD, YYYY-MM or YYYY)")
    return (s[1] if last else s[0]).isoformat()


def _empty(details: bool) -> pd.DataFrame:
    if details:
        return pd.DataFrame(columns=["group", "disagree", "category", "victims", "place", "place_from", "claimant",
                                     "claimant_kind", "value", "qualifier", "text", "lang", "date", "date_from",
                                     "date_to", "doc_id", "path", "start"])
    return pd.DataFrame(columns=["group", "category", "victims", "place", "places", "date_from", "date_to", "total",
                                 "period", "means", "n_claims", "n_claimants", "n_docs", "langs", "min", "max",
                                 "ratio", "gap", "disagree", "apart", "lowest", "highest", "claims"])
