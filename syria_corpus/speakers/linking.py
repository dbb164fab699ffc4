"""One canonical speaker across documents and scripts (docs/speakers.md has the user-facing version).

How a row gets its speaker:
  1. the name is `speaker_name`, else `speaker_text` when that is a name (not a pronoun/title);
     anonymous rows keep their description, rows without a name get None;
  2. gazetteer alias match (normalized spelling, attached Arabic proclitic, Russian case ending);
     generic ministry names ("Deplu", "МИД") become the ministry of the country the rest of the
     document speaks for, when it has a clear majority;
  3. otherwise phonetic keys across scripts (translit.phonetic_key): a full name joins the
     gazetteer person or unknown cluster with the same surname key and first initial; a surname
     alone joins the only full-name speaker of the corpus with that surname key; a one-letter
     difference in a surname key of 4+ letters is tolerated only between speakers both typed
     `person` (the context check);
  4. display: the gazetteer name, else the most frequent Latin full form written, else the
     title-cased transliteration.
Every step works on distinct names, never on rows, and sorts before choosing, so the result does
not depend on row order.
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict

import pandas as pd

from ..translit import script_of, to_latin
from .gazetteer import Gazetteer, load_gazetteer
from .names import MIN_FUZZY_KEY, clean_name, deletes, edit1, looks_like_name, skeleton


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    return df[name] if name in df.columns else pd.Series(None, index=df.index, dtype=object)


def _str_or_none(v):
    return v if isinstance(v, str) else None


def _name_forms(quotes: pd.DataFrame) -> pd.Series:
    """The name of each row: speaker_name, else speaker_text when it looks like a name; None."""
    name = _col(quotes, "speaker_name").where(lambda s: s.map(lambda v: isinstance(v, str) and bool(v.strip())))
    text = _col(quotes, "speaker_text")
    usable = {t: looks_like_name(t) for t in text.dropna().unique()}
    fallback = text.where(text.map(lambda t: usable.get(t, False)))
    form = name.fillna(fallback)
    return form.where(_col(quotes, "speaker_type") != "anonymous")


class _Resolver:
    """Resolves the distinct (name, type) forms of a corpus to speakers (entry or cluster names)."""

    def __init__(self, counts: dict[tuple[str, str | None], int]):
        # counts: rows per distinct (form, type)
        self.gaz = load_gazetteer()
        self.counts = counts
        self.target: dict[tuple[str, str | None], str] = {}   # (form, type) -> entity id
        self.display: dict[str, str] = {}                      # entity id -> display name

    def run(self) -> dict[tuple[str, str | None], str]:
        rest = self._gazetteer_pass()
        orgs = [f for f in rest if f[1] == "organisation"]
        people = [f for f in rest if f[1] != "organisation"]
        self._organisations(orgs)
        full = [f for f in people if skeleton(f[0])[1]]
        self._full_names(full)
        self._surnames([f for f in people if not skeleton(f[0])[1]])
        return self.target

    def _gazetteer_pass(self) -> list[tuple[str, str | None]]:
        rest = []
        for form, typ in sorted(self.counts, key=lambda x: (x[0], x[1] or "")):
            e = self.gaz.lookup(form)
            if e is None:
                rest.append((form, typ))
            else:
                self._assign((form, typ), "gaz:" + e.name, e.name)
        return rest

    def _organisations(self, forms):
        """Unknown bodies: same normalized name only; names of bodies are not transliterated."""
        groups = defaultdict(list)
        for f in forms:
            groups[clean_name(f[0])].append(f)
        for key, members in groups.items():
            self._cluster("org:" + key, members)

    def _full_names(self, forms):
        """Full names: gazetteer by phonetic key, else clusters by (surname key, initial), merged
        fuzzily between person-typed clusters."""
        clusters = defaultdict(list)
        for f in forms:
            sk, ini = skeleton(f[0])
            e = self._gaz_full(sk, ini, f[1]) if ini else None
            if e:
                self._assign(f, "gaz:" + e, e)
            else:
                clusters[(sk, ini)].append(f)
        for key, members in self._merge_fuzzy(clusters).items():
            self._cluster("cl:%s:%s" % key, members)

    def _gaz_full(self, sk: str, ini: str, typ) -> str | None:
        hits = self.gaz.full_keys.get((sk, ini), set())
        if not hits and typ == "person" and len(sk) >= MIN_FUZZY_KEY:
            hits = {n for (k, i), names in self.gaz.full_keys.items() if i == ini and edit1(k, sk)
                    for n in names}
        return next(iter(hits)) if len(hits) == 1 else None

    def _merge_fuzzy(self, clusters: dict) -> dict:
        """Union clusters with the same initial whose surname keys differ by one letter, when both
        are typed person; returns {representative key: members}, representative = smallest key."""
        parent = {k: k for k in clusters}

        def find(k):
            while parent[k] != k:
                k = parent[k]
            return k

        def typ(k):
            types = Counter(t for _, t in clusters[k] if t)
            return types.most_common(1)[0][0] if types else None

        buckets = defaultdict(list)
        for k in sorted(clusters):
            if len(k[0]) >= MIN_FUZZY_KEY and typ(k) == "person":
                for d in deletes(k[0]):
                    buckets[(d, k[1])].append(k)
        for group in buckets.values():
            for a in group:
                for b in group:
                    if a < b and edit1(a[0], b[0]):
                        ra, rb = find(a), find(b)
                        parent[max(ra, rb)] = min(ra, rb)
        merged = defaultdict(list)
        for k in sorted(clusters):
            merged[find(k)].extend(clusters[k])
        return merged

    def _surnames(self, forms):
        """A surname alone joins the only speaker of the corpus with that surname key (gazetteer
        entry or cluster), else the only gazetteer person with that surname alias, else stays itself."""
        present = defaultdict(set)
        for ent, members in self.members.items():
            names = [f for f, t in members if t != "organisation"]
            entry = self.gaz.by_name.get(ent[4:]) if ent.startswith("gaz:") else None
            if entry is not None:   # a gazetteer person seen in the corpus: all its spellings count
                names = [entry.name, *entry.aliases] if entry.type == "person" else []
            for name in names:
                sk, ini = skeleton(name)
                if sk and (ini or entry is not None):
                    present[sk].add(ent)
        own = defaultdict(list)
        for f in forms:
            sk, _ = skeleton(f[0])
            target = self._surname_target(sk, f[1], present)
            if target:
                self._assign(f, target, None)
            else:
                own[sk or clean_name(f[0])].append(f)
        for key, members in own.items():
            self._cluster("sn:" + key, members)

    def _surname_target(self, sk: str, typ, present) -> str | None:
        if not sk:
            return None
        hits = present.get(sk, set())
        if not hits and typ == "person" and len(sk) >= MIN_FUZZY_KEY:
            hits = {e for k, ents in present.items() if edit1(k, sk) for e in ents}
        if not hits and len(sk) >= 3:
            hits = {"gaz:" + n for n in self.gaz.surname_keys.get(sk, ())}
        return next(iter(hits)) if len(hits) == 1 else None

    # -- bookkeeping

    @functools.cached_property
    def members(self) -> dict[str, list]:
        out = defaultdict(list)
        for f, ent in self.target.items():
            out[ent].append(f)
        return out

    def _assign(self, form, ent: str, display: str | None) -> None:
        self.target[form] = ent
        if display:
            self.display[ent] = display
        self.__dict__.pop("members", None)

    def _cluster(self, ent: str, members: list) -> None:
        for f in members:
            self.target[f] = ent
        self.display[ent] = self._display(members)
        self.__dict__.pop("members", None)

    def _display(self, members: list) -> str:
        """Most frequent full form in Latin script (most tokens, then most rows, then alphabetical);
        without one, the same choice among all forms, transliterated and title-cased."""
        weight: Counter[str] = Counter()
        for f in members:
            weight[f[0]] += self.counts.get(f, 0)

        def best(names):
            return min(names, key=lambda s: (-len(clean_name(s).split()), -weight[s], s))

        latin = [s for s in weight if script_of(s) == "latin"]
        if latin:
            return " ".join(best(latin).split())
        choice = best(list(weight))
        return choice if members[0][1] == "organisation" else to_latin(choice)


def _specialize_generic(quotes: pd.DataFrame, entity: pd.Series, gaz: Gazetteer) -> pd.Series:
    """Generic ministry rows take the ministry of their document's majority country: the country
    most rows of the document resolved to (a strict majority over the runner-up), if that country
    has a ministry of the class in the gazetteer."""
    entries = {ent: gaz.by_name[ent[4:]] for ent in entity.dropna().unique() if ent.startswith("gaz:")}
    generic = {ent for ent, e in entries.items() if e.generic}
    if not generic:
        return entity
    doc = _col(quotes, "doc_id")
    country = entity.map(lambda ent: entries[ent].country if ent in entries else None)
    votes = pd.DataFrame({"doc": doc, "country": country}).dropna().value_counts().rename("n").reset_index()
    votes = votes.sort_values(["doc", "n", "country"], ascending=[True, False, True])
    winner = {}
    for d, grp in votes.groupby("doc", sort=False):
        ns = grp["n"].tolist()
        if len(ns) == 1 or ns[0] > ns[1]:
            winner[d] = grp["country"].iloc[0]
    rows = entity.isin(generic)
    pairs = pd.DataFrame({"ent": entity[rows], "doc": doc[rows]}).drop_duplicates()
    best = {}
    for ent, d in zip(pairs["ent"], pairs["doc"]):
        cls = entries[ent].cls
        e = gaz.of_class(cls, winner[d]) if d in winner and cls else None
        best[(ent, d)] = "gaz:" + e.name if e is not None else ent
    out = entity.copy()
    out[rows] = [best[k] for k in zip(entity[rows], doc[rows])]
    return out


def canonicalize(quotes: pd.DataFrame) -> pd.Series:
    """Canonical display speaker of every row (index-aligned with `quotes`); see the module doc."""
    if quotes.empty:
        return pd.Series([], index=quotes.index, dtype=object, name="speaker")
    gaz = load_gazetteer()
    form = _name_forms(quotes)
    typ = _col(quotes, "speaker_type").where(lambda s: s.isin(["person", "organisation"]))
    pairs = pd.DataFrame({"form": form, "type": typ})
    distinct = pairs.dropna(subset=["form"]).groupby(["form", "type"], dropna=False).size()
    counts = {(f, _str_or_none(t)): int(n) for (f, t), n in distinct.items()}   # one missing marker: None
    resolver = _Resolver(counts)
    target = resolver.run()
    entity = pd.Series([target.get((f, _str_or_none(t))) if isinstance(f, str) else None
                        for f, t in zip(pairs["form"], pairs["type"])], index=quotes.index, dtype=object)
    entity = _specialize_generic(quotes, entity, gaz)
    display = {**resolver.display, **{"gaz:" + e.name: e.name for e in gaz.entries}}
    speaker = entity.map(display)
    anon = _col(quotes, "speaker_type") == "anonymous"
    described = _col(quotes, "speaker_name").fillna(_col(quotes, "speaker_text"))
    out = speaker.where(~anon, described).astype(object)
    return out.where(out.notna(), None).rename("speaker")
