"""One canonical speaker across documents and scripts; the gazetteer; speaker queries.

    load_gazetteer()                  the known speakers of configs/speakers.yaml (cached)
    Gazetteer.lookup(name)            entry whose alias matches `name` in any script, else None
    canonicalize(quotes)              canonical display `speaker` of every quote row
    speakers_table(quotes)            one row per canonical speaker
    find_speakers(query, speakers)    canonical speakers a user query refers to

How a row gets its speaker (docs/speakers.md has the user-facing version):
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
import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from .langdata import load_yaml
from .translit import normalize_name, phonetic_key, script_of, title_case, to_latin

MIN_FUZZY_KEY = 4  # shortest surname key for which a one-letter difference is tolerated


# ----------------------------------------------------------------------------- name forms

@functools.lru_cache(maxsize=1)
def _rules() -> dict:
    """Matching rules: leading words and non-names from speakers.yaml, affixes from translit.yaml."""
    spk, tr = load_yaml("speakers.yaml"), load_yaml("translit.yaml")
    inf = tr["inflection"]
    return {
        "leading": {normalize_name(w) for w in spk.get("leading_words", [])},
        "non_names": {normalize_name(w) for w in spk.get("non_names", [])},
        "proclitics": tuple(inf["arabic_proclitics"]),
        "endings": tuple(sorted(inf["cyrillic_endings"], key=len, reverse=True)),
        "min_stem": inf["min_stem"],
        "articles": set(tr["phonetic"]["article_tokens"]),
    }


def strip_leading(name: str) -> str:
    """The name as written without leading articles/honorifics: 'the Kremlin' -> 'Kremlin'."""
    tokens = name.split()
    leading = _rules()["leading"]
    while len(tokens) > 1 and normalize_name(tokens[0]) in leading:
        tokens = tokens[1:]
    return " ".join(tokens)


@functools.lru_cache(maxsize=200_000)
def clean_name(name: str) -> str:
    """normalize_name without leading articles/honorifics: 'the Kremlin' -> 'kremlin'."""
    return normalize_name(strip_leading(name))


def _stems_ru(token: str) -> set[str]:
    """The token and every stem left by peeling one case ending. Two inflected forms of one name
    share a stem even when their longest endings differ (Сергей -> серг/серге, Сергея -> серге)."""
    r = _rules()
    return {token} | {token[: -len(e)] for e in r["endings"]
                      if token.endswith(e) and len(token) - len(e) >= r["min_stem"]}


def _stem_keys(clean: str) -> list[str]:
    """'~'-marked keys of every combination of per-token stems, sorted."""
    return sorted("~" + " ".join(c) for c in itertools.product(*(_stems_ru(t) for t in clean.split())))


def _variants(clean: str) -> list[str]:
    """Keys under which a cleaned name may be found, most literal first: itself, then without an
    attached Arabic proclitic, then with Russian case endings peeled (on both sides of a lookup)."""
    if not clean:
        return []
    out = [clean]
    script = script_of(clean)
    if script == "arabic":
        first, _, rest = clean.partition(" ")
        for p in _rules()["proclitics"]:
            if first.startswith(p) and len(first) > len(p) + 2:
                out.append((first[len(p):] + " " + rest).strip())
    elif script == "cyrillic":
        out += _stem_keys(clean)
    return out


def _index_keys(clean: str) -> list[str]:
    """Keys an alias is stored under: itself and, for Cyrillic, its stemmed form (proclitics are
    only peeled on the query side: an alias never starts with one)."""
    return [clean] + (_stem_keys(clean) if script_of(clean) == "cyrillic" else [])


@functools.lru_cache(maxsize=200_000)
def _skeleton(name: str) -> tuple[str, str | None]:
    """(surname key, first-name initial or None) of a person's name; ('', None) when unusable."""
    tokens = [t for t in phonetic_key(strip_leading(name)).split() if t]
    if not tokens:
        return "", None
    return tokens[-1], (tokens[0][0] if len(tokens) > 1 else None)


def _surnames(name: str) -> set[str]:
    """Forms of the last token of a name, Arabic article dropped, Russian endings peeled: two
    names share a surname when these sets meet."""
    tokens = [t for t in clean_name(name).split() if t not in _rules()["articles"]]
    if not tokens:
        return set()
    last = tokens[-1]
    if script_of(last) == "arabic" and last.startswith("ال") and len(last) > 4:
        last = last[2:]
    return _stems_ru(last) if script_of(last) == "cyrillic" else {last}


def looks_like_name(text: str | None) -> bool:
    """Is a speaker_text a name (to fall back on) rather than a pronoun or a bare title?
    Cased scripts: every remaining token capitalised; Arabic: no token is a known non-name word."""
    if not isinstance(text, str) or not text.strip():
        return False
    if load_gazetteer().lookup(text) is not None:
        return True
    clean = clean_name(text)
    tokens = clean.split()
    r = _rules()
    if not tokens or clean in r["non_names"] or any(t in r["non_names"] for t in tokens):
        return False
    if script_of(text) == "arabic":
        return True
    words = [w for w in text.split() if w[:1].isalpha()
             and normalize_name(w) not in r["articles"] and normalize_name(w) not in r["leading"]]
    return 0 < len(words) <= 6 and all(w[0].isupper() for w in words)


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _deletes(key: str) -> set[str]:
    """The key and all its one-letter deletions: two keys within edit distance 1 share one."""
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


# ----------------------------------------------------------------------------- gazetteer

@dataclass(frozen=True)
class Entry:
    name: str
    type: str
    role: str | None = None
    country: str | None = None
    cls: str | None = None        # ministry class ("foreign ministry"), for generic resolution
    generic: bool = False         # an unqualified class name ("Deplu"), resolved per document
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()


class AliasIndex:
    """Names -> targets, matched after normalization, proclitic and case-ending variants."""

    def __init__(self):
        self._keys: dict[str, set] = defaultdict(set)

    def add(self, name: str, target) -> None:
        for key in _index_keys(clean_name(name)):
            self._keys[key].add(target)

    def match(self, name: str) -> set:
        """Targets of the exact form of `name`, else of all its affix variants together."""
        variants = _variants(clean_name(name))
        if variants and variants[0] in self._keys:
            return self._keys[variants[0]]
        return set().union(*(self._keys.get(k, ()) for k in variants[1:]))


class Gazetteer:
    def __init__(self, data: dict):
        self.entries: list[Entry] = [_entry(e) for e in data.get("entries", [])]
        self.entries += [_entry({**g, "type": "organisation"}, generic=True) for g in data.get("generic", [])]
        self.ambiguous = {clean_name(a) for a in data.get("ambiguous_aliases", [])}
        self.by_name = {e.name: e for e in self.entries}
        self._index = AliasIndex()
        self._acronyms: dict[str, Entry] = {}
        self.full_keys: dict[tuple[str, str], set[str]] = defaultdict(set)   # (surname key, initial)
        self.surname_keys: dict[str, set[str]] = defaultdict(set)            # single-token aliases
        for e in self.entries:
            for a in (e.name,) + e.aliases:
                self._index.add(a, e.name)
                if e.type == "person":
                    sk, ini = _skeleton(a)
                    if sk and ini:
                        self.full_keys[(sk, ini)].add(e.name)
                    elif sk:
                        self.surname_keys[sk].add(e.name)
            for a in e.acronyms:
                self._acronyms[a.replace(".", "")] = e

    def lookup(self, name_as_written: str) -> Entry | None:
        """The entry one of whose aliases matches; None when unknown or ambiguous."""
        if not isinstance(name_as_written, str) or not name_as_written.strip():
            return None
        acronym = self._acronyms.get(name_as_written.strip().replace(".", ""))
        if acronym:
            return acronym
        hits = self._index.match(name_as_written)
        return self.by_name[next(iter(hits))] if len(hits) == 1 else None

    def of_class(self, cls: str, country: str) -> Entry | None:
        found = [e for e in self.entries if e.cls == cls and e.country == country and not e.generic]
        return found[0] if len(found) == 1 else None


def _entry(d: dict, generic: bool = False) -> Entry:
    return Entry(name=d["name"], type=d["type"], role=d.get("role"), country=d.get("country"),
                 cls=d.get("class"), generic=generic, aliases=tuple(d.get("aliases", [])),
                 acronyms=tuple(d.get("acronyms", [])))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer(load_yaml("speakers.yaml"))


# ----------------------------------------------------------------------------- canonicalize

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
        full = [f for f in people if _skeleton(f[0])[1]]
        self._full_names(full)
        self._surnames([f for f in people if not _skeleton(f[0])[1]])
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
            sk, ini = _skeleton(f[0])
            e = self._gaz_full(sk, ini, f[1])
            if e:
                self._assign(f, "gaz:" + e, e)
            else:
                clusters[(sk, ini)].append(f)
        for key, members in self._merge_fuzzy(clusters).items():
            self._cluster("cl:%s:%s" % key, members)

    def _gaz_full(self, sk: str, ini: str, typ) -> str | None:
        hits = self.gaz.full_keys.get((sk, ini), set())
        if not hits and typ == "person" and len(sk) >= MIN_FUZZY_KEY:
            hits = {n for (k, i), names in self.gaz.full_keys.items() if i == ini and _edit1(k, sk)
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
                for d in _deletes(k[0]):
                    buckets[(d, k[1])].append(k)
        for group in buckets.values():
            for a in group:
                for b in group:
                    if a < b and _edit1(a[0], b[0]):
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
                sk, ini = _skeleton(name)
                if sk and (ini or entry is not None):
                    present[sk].add(ent)
        own = defaultdict(list)
        for f in forms:
            sk, _ = _skeleton(f[0])
            ent = self._surname_target(sk, f[1], present)
            if ent:
                self._assign(f, ent, None)
            else:
                own[sk or clean_name(f[0])].append(f)
        for key, members in own.items():
            self._cluster("sn:" + key, members)

    def _surname_target(self, sk: str, typ, present) -> str | None:
        if not sk:
            return None
        hits = present.get(sk, set())
        if not hits and typ == "person" and len(sk) >= MIN_FUZZY_KEY:
            hits = {e for k, ents in present.items() if _edit1(k, sk) for e in ents}
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
        weight = Counter()
        for f in members:
            weight[f[0]] += self.counts.get(f, 0)

        def best(names):
            return min(names, key=lambda s: (-len(clean_name(s).split()), -weight[s], s))

        latin = [s for s in weight if script_of(s) == "latin"]
        if latin:
            return " ".join(best(latin).split())
        choice = best(list(weight))
        return choice if members[0][1] == "organisation" else title_case(to_latin(choice))


def _specialize_generic(quotes: pd.DataFrame, entity: pd.Series, gaz: Gazetteer) -> pd.Series:
    """Generic ministry rows take the ministry of their document's majority country: the country
    most rows of the document resolved to (a strict majority over the runner-up), if that country
    has a ministry of the class in the gazetteer."""
    entries = {ent: gaz.by_name.get(ent[4:]) for ent in entity.dropna().unique() if ent.startswith("gaz:")}
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
        e = gaz.of_class(entries[ent].cls, winner.get(d)) if d in winner else None
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


# ----------------------------------------------------------------------------- speakers table

def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical speaker (the `speaker` column of `quotes` when present, else
    canonicalize): aliases, n_quotes, n_docs, langs, speaker_type, roles."""
    cols = ["speaker", "aliases", "n_quotes", "n_docs", "langs", "speaker_type", "roles"]
    q = pd.DataFrame({
        "speaker": quotes["speaker"] if _col(quotes, "speaker").notna().any() else canonicalize(quotes),
        "doc_id": _col(quotes, "doc_id"), "lang": _col(quotes, "lang"),
        "speaker_type": _col(quotes, "speaker_type"), "role": _col(quotes, "role"),
        "speaker_name": _col(quotes, "speaker_name"),
        # an implicit subject (Arabic `وأضاف`) is recorded on the verb itself: not a form of the name
        "speaker_text": _col(quotes, "speaker_text").where(
            _col(quotes, "speaker_start").isna() | (_col(quotes, "speaker_start") != _col(quotes, "cue_start")),
            None),
    }).dropna(subset=["speaker"])
    if q.empty:
        return pd.DataFrame(columns=cols)
    text_ok = {t: looks_like_name(t) for t in q["speaker_text"].dropna().unique()}
    alias_rows = pd.concat([
        q[["speaker", "speaker_name"]].rename(columns={"speaker_name": "form"}),
        q.loc[q["speaker_text"].map(lambda t: text_ok.get(t, False)), ["speaker", "speaker_text"]]
         .rename(columns={"speaker_text": "form"}),
    ]).dropna().drop_duplicates()
    gaz = load_gazetteer()
    g = q.groupby("speaker")
    out = pd.DataFrame({"n_quotes": g.size(), "n_docs": g["doc_id"].nunique()})
    out["aliases"] = _sorted_sets(alias_rows, "form", out.index)
    out["langs"] = _sorted_sets(q, "lang", out.index)
    out["roles"] = _sorted_sets(q, "role", out.index)
    types = q[["speaker", "speaker_type"]].dropna().value_counts().reset_index()
    types = types.sort_values(["speaker", "count", "speaker_type"], ascending=[True, False, True])
    out["speaker_type"] = types.drop_duplicates("speaker").set_index("speaker")["speaker_type"]
    out["speaker_type"] = out["speaker_type"].astype(object).where(out["speaker_type"].notna(), None)
    for name in out.index:
        e = gaz.by_name.get(name)
        if e is not None:
            out.at[name, "speaker_type"] = e.type
            if e.role:
                out.at[name, "roles"] = sorted(set(out.at[name, "roles"]) | {e.role})
    out = out.rename_axis("speaker").reset_index()
    return out.sort_values(["n_quotes", "speaker"], ascending=[False, True], ignore_index=True)[cols]


def _sorted_sets(df: pd.DataFrame, col: str, speakers: pd.Index) -> pd.Series:
    """Per speaker, the sorted distinct non-null values of `col` ([] when none). Deduplicating
    before grouping keeps this fast on millions of rows."""
    pairs = df[["speaker", col]].dropna().drop_duplicates().sort_values(["speaker", col])
    lists = pairs.groupby("speaker")[col].agg(list)
    return pd.Series([lists.get(s, []) for s in speakers], index=speakers, dtype=object)


# ----------------------------------------------------------------------------- queries

def find_speakers(query: str, speakers: pd.DataFrame) -> list[str]:
    """Canonical speakers of `speakers` (a speakers table) that `query` refers to, best tier only:
    exact name/alias (any script, via the gazetteer too); for a one-word query also every speaker
    with that surname (so 'Assad' lists each al-Assad); then equal phonetic keys; then a one-letter
    difference in a surname key of 4+ letters. Several results mean a genuinely ambiguous query."""
    if not isinstance(query, str) or not clean_name(query) or speakers.empty:
        return []
    gaz = load_gazetteer()
    forms = _speaker_forms(speakers, gaz)
    order = _ranking(speakers)
    one_word = len(clean_name(query).split()) == 1

    index = AliasIndex()
    for s, fs in forms.items():
        for f in fs:
            index.add(f, s)
    hits = set(index.match(query))
    e = gaz.lookup(query)
    if e is not None and e.name in forms:
        hits.add(e.name)
    if one_word:
        sq = _surnames(query)
        hits |= {s for s, fs in forms.items() if any(_surnames(f) & sq for f in fs)}
    if not hits:
        hits = _phonetic_hits(query, forms, one_word)
    return sorted(hits, key=lambda s: (order.get(s, 0), s))


def _speaker_forms(speakers: pd.DataFrame, gaz: Gazetteer) -> dict[str, list[str]]:
    """Every name a speaker is known by: display name, aliases seen, gazetteer aliases."""
    out = {}
    aliases = speakers["aliases"] if "aliases" in speakers.columns else [None] * len(speakers)
    for s, al in zip(speakers["speaker"], aliases):
        if not isinstance(s, str):
            continue
        fs = [s] + [a for a in (al if al is not None else []) if isinstance(a, str)]
        e = gaz.by_name.get(s)
        out[s] = fs + (list(e.aliases) if e else [])
    return out


def _ranking(speakers: pd.DataFrame) -> dict[str, int]:
    if "n_quotes" not in speakers.columns:
        return {}
    return {s: -int(n) for s, n in zip(speakers["speaker"], speakers["n_quotes"])}


def _phonetic_hits(query: str, forms: dict[str, list[str]], one_word: bool) -> set[str]:
    """Equal phonetic keys (surname key for a one-word query); else one-letter-off surname keys."""
    qk = phonetic_key(strip_leading(query))
    sk, ini = _skeleton(query)
    if not sk:
        return set()

    def key_of(f):
        return _skeleton(f)[0] if one_word else phonetic_key(strip_leading(f))

    exact = {s for s, fs in forms.items() if any(key_of(f) == (sk if one_word else qk) for f in fs)}
    if exact or len(sk) < MIN_FUZZY_KEY:
        return exact

    def close(f):
        fk, fi = _skeleton(f)
        return len(fk) >= MIN_FUZZY_KEY and _edit1(fk, sk) and (ini is None or fi is None or fi == ini)

    return {s for s, fs in forms.items() if any(close(f) for f in fs)}
