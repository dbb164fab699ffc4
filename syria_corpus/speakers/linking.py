"""One canonical speaker across documents and scripts (docs/speakers.md has the user-facing version).

How a row gets its speaker:
  1. the name is the name inside `speaker_name` (names.name_core: leading titles, function words,
     common nouns and places peeled; None when nothing of a name is left), else inside
     `speaker_text` when that is a name (not a pronoun/title); anonymous rows keep their
     description;
  2. gazetteer alias match (normalized spelling, attached Arabic proclitic, Russian case ending);
     generic ministry names ("Deplu", "МИД") become the ministry of the country the rest of the
     document speaks for, when it has a clear majority;
  3. otherwise word by word (`words`: consonant key, what the lexicons know the word stands for,
     spelling key), and a merge needs evidence: full names agree word by word (`agree`) with a
     gazetteer person or with every member of a cluster, a short surname key only with the same
     spelling or a document in common; a full name that begins exactly one longer name joins it;
     a one-word name of a person, resolved in each of its documents apart, joins the only speaker
     that has it as surname (a long key suffices) or as first name (with the same spelling or a
     document in common; of several, the one its document names), an acronym the only speaker
     whose initials it spells (with a document in common); a one-letter slip only in a long
     key and its spelling, between persons, in a script with capitals;
  4. display: the gazetteer name, else the most frequent Latin full form written, else the
     romanization (translit.to_latin: name lexicons, then letter tables).
Every step works on distinct names, never on rows, and sorts before choosing, so the result does
not depend on row order.
"""
from __future__ import annotations

import functools
import json
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..langdata import language_data, languages_with_data
from ..resources import per_configs
from ..translit import (
    known_spelling,
    letter_skeleton,
    name_words,
    normalize_name,
    script_of,
    spelling_key,
    to_latin,
)
from . import memo
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .gloss import bracketed_name, country_of_adjective, organisation_gloss
from .names import (
    MIN_FUZZY_KEY,
    article_tokens,
    attached_prepositions,
    cased,
    clean_name,
    deletes,
    edit1,
    looks_like_name,
    name_core,
    opens_with_name,
    strip_leading,
    surnames,
)

if TYPE_CHECKING:
    import pandas as pd


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    import pandas as pd

    return df[name] if name in df.columns else pd.Series(None, index=df.index, dtype=object)


def _str_or_none(v):
    return v if isinstance(v, str) else None


def _name_forms(quotes: pd.DataFrame) -> pd.Series:
    """The name of each row: the name inside speaker_name (names.name_core), else inside speaker_text
    when that looks like a name; None for anonymous rows and rows naming no one."""
    import numpy as np
    import pandas as pd

    gaz = load_gazetteer()
    typ = _col(quotes, "speaker_type")
    cores: dict[tuple[str, str | None], str | None] = {}

    def core(v, t, text: bool):
        if not isinstance(v, str) or not v.strip():
            return None
        key = (v, _str_or_none(t))
        if key not in cores:
            # (kept from one run to the next while the linking runs: a pure function of the form)
            cores[key] = memo.cached("name_form", json.dumps([v, key[1], text], ensure_ascii=False),
                                     lambda: _form_core(gaz, v, key[1], text))
        return cores[key]

    # Worked out once per distinct (name, type, language, text), in the order they first occur, so
    # that `cores` fills as a walk over every row would fill it; the rows take their combination's.
    cols = {"speaker_name": _col(quotes, "speaker_name"), "speaker_type": typ, "lang": _col(quotes, "lang"),
            "speaker_text": _col(quotes, "speaker_text")}
    keys = pd.DataFrame(cols, index=quotes.index)
    codes = keys.groupby(list(cols), dropna=False, sort=False).ngroup().to_numpy()
    uniq = keys[~keys.duplicated()]
    written, types = uniq["speaker_name"].tolist(), uniq["speaker_type"].tolist()
    name = [core(v, t, False) or (v if t == "organisation" and _bare_body(v, lang) else None)
            for v, t, lang in zip(written, types, uniq["lang"].tolist())]
    # a written name that names no one (a common noun, a place) is not replaced by the mention
    text = [core(x, t, True) if not (isinstance(v, str) and v.strip()) else None
            for v, x, t in zip(written, uniq["speaker_text"].tolist(), types)]
    forms = np.empty(len(name), dtype=object)
    forms[:] = [n if n is not None else x for n, x in zip(name, text)]
    form = pd.Series(forms[codes], index=quotes.index, dtype=object)
    return form.where(typ != "anonymous")


def _form_core(gaz: Gazetteer, v: str, t: str | None, text: bool) -> str | None:
    """The name inside a written speaker form (see _name_forms), or None."""
    if gaz.written_onto(v, attached_prepositions()):
        return None   # `قال لرويترز`: said to Reuters
    if gaz.lookup(v) is not None:
        return v
    if text and (not looks_like_name(v) or not opens_with_name(v)):
        return None
    return name_core(v, t)


# (name, type, document): the document only for a one-word name of a person, which is resolved per
# document (`يوسف` in one article is Youssef al-Mansour named there in full, in another someone else)
Form = tuple[str, "str | None", "str | None"]


def _order(f: Form) -> tuple[str, str, str]:
    return f[0], f[1] or "", f[2] or ""


class _Resolver:
    """Resolves the distinct (name, type) forms of a corpus to speakers (entry or cluster names).

    A merge needs evidence: two full names merge when they agree token by token (first name, the
    middle names of the shorter among those of the longer, surname); a one-word name joins the only
    speaker it can belong to, and when its key is short (2-3 consonants) only with a spelling of
    the same word or a document in common; an acronym joins the only speaker whose initials it
    spells when a document shows both. When unsure, two speakers stay two."""

    def __init__(self, counts: dict[Form, int], docs: dict[Form, frozenset[str]] | None = None):
        # counts: rows per distinct (form, type); docs: the documents each form occurs in
        self.gaz = load_gazetteer()
        self.counts = counts
        self.docs = docs or {}
        self.target: dict[Form, str] = {}   # (form, type) -> entity id
        self.display: dict[str, str] = {}   # entity id -> display name
        self._docs_of: dict[str, frozenset[str]] = {}   # entity id -> its documents
        # what a one-word name's resolution asks of its words alone, once per name (see _single_candidates)
        self._candidates: dict[tuple[str, str | None], tuple[set[tuple[str, int]], set[str], bool]] = {}
        self._letters: dict[tuple[str, str, int], bool] = {}
        self._spelled: dict[tuple[str, str, int], bool] = {}

    def run(self) -> dict[Form, str]:
        rest = self._gazetteer_pass()
        orgs = [f for f in rest if f[1] == "organisation"]
        people = [f for f in rest if f[1] != "organisation"]
        self._organisations(orgs)
        self._full_names([f for f in people if _full(f[0])])
        self._prefixes()
        self._single_names([f for f in people if not _full(f[0])])
        return self.target

    def _gazetteer_pass(self) -> list[Form]:
        rest = []
        for f in sorted(self.counts, key=_order):
            # (kept from one run to the next: a pure function of the form, its type and the data)
            name = memo.cached("gaz_entry", json.dumps(f[:2], ensure_ascii=False), lambda f=f: self._gaz_entry(f))
            if name is None:
                rest.append(f)
            else:
                self._assign(f, "gaz:" + name, name)
        return rest

    def _gaz_entry(self, f: Form) -> str | None:
        """The name of the gazetteer entry a form is, or None."""
        e = self.gaz.lookup(f[0])
        if e is None and f[1] == "organisation":
            e = self.gaz.lookup_body_prefix(f[0])
            if e is not None and e.generic and e.cls:
                e = self._of_country(e, f[0])
        if e is None and f[1] == "organisation" and (parts := bracketed_name(f[0])) is not None:
            # `مركز الأبحاث (بروكينغز)`: the body's own name in brackets, else its description
            e = self.gaz.lookup(parts[1]) or self.gaz.lookup(parts[0])
        return None if e is None else e.name

    def _of_country(self, e: Entry, form: str) -> Entry | None:
        """`وزارة الخارجية البحرينية`: a generic body (`وزارة الخارجية`) and a country's adjective is that
        country's body of the class: the gazetteer's, else None (a body of its own, glossed)."""
        ws = form.split()
        country = next((c for lang in sorted(languages_with_data()) if (c := country_of_adjective(ws[-1], lang))), None)
        if country is None or len(ws) < 3 or self.gaz.lookup(" ".join(ws[:-1])) is not e:
            return e
        return self.gaz.of_class(e.cls, country) if e.cls else e

    def _organisations(self, forms):
        """Unknown bodies: same normalized name only; names of bodies are not transliterated."""
        groups = defaultdict(list)
        for f in forms:
            # `مؤسسة النقد العربي السعودي (ساما)` is the body written without its bracketed name too, when
            # the description says more than a head and a word (`وكالة (آكي)`, `وكالة (وفا)` are two)
            parts = bracketed_name(f[0])
            key = parts[0] if parts and len(parts[0].split()) >= 3 else f[0]
            groups[clean_name(key)].append(f)
        for key, members in groups.items():
            self._cluster("org:" + key, members)

    # -- full names

    def _full_names(self, forms):
        """Full names: the gazetteer person all of whose tokens agree, else clusters of names that
        agree token by token, within one surname key (or one letter apart, both typed person)."""
        by_surname = defaultdict(list)
        for f in forms:
            e = self._gaz_full(f)
            if e:
                self._assign(f, "gaz:" + e, e)
            else:
                by_surname[tokens(f[0])[-1]].append(f)
        for group in self._merge_fuzzy(by_surname).values():
            for members in self._agreeing(group):
                self._cluster("cl:%s:%s" % (members[0][1] or "", members[0][0]), members)

    def _gaz_full(self, f: Form) -> str | None:
        """The gazetteer person a full name is (kept from one run to the next: a pure function of the
        name, its type and the data; the one-letter search walks every surname of the gazetteer)."""
        return memo.cached("gaz_full", json.dumps(f[:2], ensure_ascii=False), lambda: self._gaz_full_of(f))

    def _gaz_full_of(self, f: Form) -> str | None:
        ws = words(f[0])
        ks = tokens(f[0])
        hits = {n for n, alias in self.gaz_people.get(ks[-1], ())
                if agree(ws, words(alias), fuzzy=False) and self._telling(f[0], alias)}
        if not hits and f[1] == "person" and len(ks[-1]) >= MIN_FUZZY_KEY:
            hits = {n for k, entries in self.gaz_people.items() if k != ks[-1] and edit1(k, ks[-1])
                    for n, alias in entries if agree(ws, words(alias), fuzzy=True)}
        return next(iter(hits)) if len(hits) == 1 else None

    @functools.cached_property
    def gaz_people(self) -> dict[str, list[tuple[str, str]]]:
        """Surname key -> (entry name, alias) of every full-name alias of a gazetteer person."""
        out = defaultdict(list)
        for e in self.gaz.entries:
            if e.type == "person":
                for a in (e.name, *e.aliases):
                    ks = tokens(a)
                    if len(ks) > 1:
                        out[ks[-1]].append((e.name, a))
        return out

    def _telling(self, a: str, b: str) -> bool:
        """Is the agreement of two full names on a surname key telling? Yes for a key of 4+
        consonants; a short key (al-Omar, al-Amri, al-Marri are all `mr`) needs the same surname
        written (in any script, through the lexicons)."""
        if len(tokens(a)[-1]) >= MIN_FUZZY_KEY:
            return True
        return bool(spellings(strip_leading(a).split()[-1]) & spellings(strip_leading(b).split()[-1]))

    def _merge_fuzzy(self, groups: dict[str, list]) -> dict[str, list]:
        """Union surname groups whose keys differ by one letter (4+ letters), when both are typed
        person; returns {representative key: members}, representative = smallest key."""
        parent = {k: k for k in groups}

        def find(k):
            while parent[k] != k:
                k = parent[k]
            return k

        def typ(k):
            types = Counter(f[1] for f in groups[k] if f[1])
            return types.most_common(1)[0][0] if types else None

        buckets = defaultdict(list)
        for k in sorted(groups):
            if len(k) >= MIN_FUZZY_KEY and typ(k) == "person":
                for d in deletes(k):
                    buckets[d].append(k)
        for group in buckets.values():
            for a in group:
                for b in group:
                    if a < b and edit1(a, b):
                        ra, rb = find(a), find(b)
                        parent[max(ra, rb)] = min(ra, rb)
        merged = defaultdict(list)
        for k in sorted(groups):
            merged[find(k)].extend(groups[k])
        return merged

    def _agreeing(self, forms: list[Form]) -> list[list[Form]]:
        """Clusters of forms that agree token by token with every member: longest and most frequent
        forms first; a form agreeing with two clusters starts its own (unsure: kept apart)."""
        order = sorted(forms, key=lambda f: (-len(tokens(f[0])), -self.counts.get(f, 0), *_order(f)))
        clusters: list[list[Form]] = []
        # a form agrees with a cluster's first member only if their first words' keys are at most one
        # letter apart (agree): the clusters by the one-letter deletions of that key, instead of a
        # test of every cluster (quadratic in a large surname group)
        by_first: dict[str, list[int]] = defaultdict(list)
        for f in order:
            first = tokens(f[0])[0]
            near = sorted({i for d in deletes(first) for i in by_first.get(d, ())})
            fits = [clusters[i] for i in near if all(self._same_person(f, m) for m in clusters[i])]
            if len(fits) == 1:
                fits[0].append(f)
            else:
                for d in deletes(first):
                    by_first[d].append(len(clusters))
                clusters.append([f])
        return clusters

    def _same_person(self, f: Form, m: Form) -> bool:
        if not agree(words(f[0]), words(m[0]), fuzzy=f[1] == "person" and m[1] == "person"):
            return False
        return self._telling(f[0], m[0]) or bool(self.docs.get(f, frozenset()) & self.docs.get(m, frozenset()))

    def _prefixes(self):
        """A full-name cluster whose longest name is the beginning of the names of exactly one
        other speaker (`Sri Mulyani`, `Sri Mulyani Indrawati`) joins it: word by word the same
        consonants, the same known name, and for a short last word the same spelling."""
        names = self._full_forms()
        by_first: dict[str, set[str]] = defaultdict(set)   # first word key -> entities (as they were)
        # first two word keys -> entities with such a name, kept current as names move: a host begins
        # with every word of `mine` (same keys), so only those sharing its first two are tried (the
        # first key alone, a common first name, held hundreds of entities each tried name by name)
        by_two: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for ent, ns in names.items():
            for n in ns:
                by_first[tokens(n)[0]].add(ent)
                by_two[tokens(n)[:2]].add(ent)
        for ent in sorted(names):
            if not ent.startswith("cl:") or ent not in names:
                continue
            mine = max(names[ent], key=lambda n: (len(tokens(n)), n))
            mw = words(mine)
            if max(len(w[0]) for w in mw) < 3:
                continue
            first = by_first[mw[0][0]]
            pool = by_two[tuple(w[0] for w in mw[:2])] if len(mw) > 1 else first
            hosts = {other for other in pool if other != ent and other in names and other in first and any(
                self._begins(mine, mw, f) for f in names[other])}
            if len(hosts) == 1:
                host = next(iter(hosts))
                self._move(ent, host)
                moved = names.pop(ent)
                names[host] = sorted(set(names[host]) | set(moved))
                for n in moved:
                    by_two[tokens(n)[:2]].add(host)

    def _begins(self, mine: str, mw: tuple[Word, ...], other: str) -> bool:
        ow = words(other)
        if len(ow) <= len(mw) or not all(same_word(a, b, False) for a, b in zip(mw, ow)):
            return False
        if len(mw[-1][0]) >= MIN_FUZZY_KEY:
            return True
        last = strip_leading(mine).split()[-1]
        return any(spellings(last) & spellings(w) for w in strip_leading(other).split())

    # -- one-word names

    def _single_names(self, forms):
        """A one-word name joins the only speaker of the corpus it can belong to: by surname, by
        first name, or as an acronym of the name; else it stays its own speaker (one per key when
        the key is long enough to be telling, else one per spelling)."""
        full = self._full_forms()
        index = _NameIndex(full)
        self._docs_of = {ent: frozenset().union(*(self.docs.get(m, frozenset()) for m in members))
                         for ent, members in self.members.items()}
        own = defaultdict(list)
        for f in sorted(forms, key=_order):
            target = self._single_target(f, full, index)
            if target:
                self._assign(f, target, None)
            else:
                ws = words(f[0])
                k, known = ("".join(w[0] for w in ws), ws[0][1] if len(ws) == 1 else None) if ws else ("", None)
                tag = min(known) if known else ""
                own[(k, tag) if len(k) >= MIN_FUZZY_KEY else ("=" + clean_name(f[0]), "")].append(f)
        for (key, tag), members in own.items():
            self._cluster("sn:%s:%s" % (key, tag), members)

    def _single_target(self, f: Form, full: dict[str, list[str]], index: _NameIndex) -> str | None:
        ws = words(f[0])
        if not ws:
            return self._acronym_target(f, full)
        exact, slips, long_key = self._single_candidates(f[0], f[1], index)
        # a surname of 4+ consonants is telling on its own; a short one and a first name need evidence
        telling = {ent for ent, pos in exact if self._same_letters(f[0], ent, pos, full) and (
                   (pos == -1 and long_key) or self._evidence(f, ent, full, pos))}
        if len(telling) > 1:
            # `الشيخ يوسف` with several speakers named Youssef: a document in common outweighs the spelling
            telling = {ent for ent in telling if self.docs.get(f, frozenset()) & self._entity_docs(ent)} or telling
        if len(telling) == 1:
            return next(iter(telling))
        if not telling and len(slips) == 1:
            return next(iter(slips))
        if not telling and not slips and long_key and len(ws) == 1:
            hits = {"gaz:" + e for e in self.gaz.surname_keys.get(ws[0][0], ())}
            if len(hits) == 1:
                return next(iter(hits))
        return self._acronym_target(f, full) if not telling and not slips else None

    def _single_candidates(self, name: str, typ: str | None, index: _NameIndex
                           ) -> tuple[set[tuple[str, int]], set[str], bool]:
        """The speakers a one-word name may belong to by its words alone: (entity, position of the word
        in its names) exactly, entities one letter away (slips), and whether its key is long. The same
        for every document of the name, so computed once per name (a per-document name is one form
        per document)."""
        key = (name, typ)
        if key not in self._candidates:
            ws = words(name)
            size = len(ws)
            long_key = sum(len(w[0]) for w in ws) >= MIN_FUZZY_KEY
            # a one-letter slip is told from another word only where names are capitalised
            fuzzy = long_key and typ == "person" and cased(name)
            exact: set[tuple[str, int]] = set()
            slips: set[str] = set()
            for ent, nw in index.by_last.get(ws[-1][0], ()):
                if len(nw) > size and all(same_word(a, b, False) for a, b in zip(nw[-size:], ws)):
                    exact.add((ent, -1))
            if fuzzy:
                for ent, nw in index.near_last(ws[-1][0]):
                    if len(nw) > size and (ent, -1) not in exact and all(
                            same_word(a, b, True) for a, b in zip(nw[-size:], ws)):
                        slips.add(ent)
            for ent, nw in index.by_first.get(ws[0][0], ()):
                if len(nw) > size and all(same_word(a, b, False) for a, b in zip(nw[:size], ws)):
                    exact.add((ent, 0))
            self._candidates[key] = (exact, slips, long_key)
        return self._candidates[key]

    def _same_letters(self, name: str, ent: str, position: int, full: dict[str, list[str]]) -> bool:
        """Agreeing keys are no evidence when the speaker's names in the same script (one that
        leaves vowels unwritten) spell that word with other letters (كارنيغي is not الخرينج)."""
        key = (name, ent, position)
        if key not in self._letters:
            mine = letter_skeleton(strip_leading(name))
            theirs = {letter_skeleton(n.split()[position]) for n in full[ent] if script_of(n) == script_of(name)} \
                if mine is not None else set()
            self._letters[key] = mine is None or not theirs or mine in theirs
        return self._letters[key]

    def _evidence(self, f: Form, ent: str, full: dict[str, list[str]], position: int) -> bool:
        """A short word joins a speaker only when a name of it writes the same word (in any script,
        through the lexicons) at that position, or when a document names both."""
        key = (f[0], ent, position)
        if key not in self._spelled:
            mine = spellings(strip_leading(f[0]))
            self._spelled[key] = any(mine & spellings(n.split()[position]) for n in full[ent] if n.split())
        return self._spelled[key] or bool(self.docs.get(f, frozenset()) & self._entity_docs(ent))

    def _acronym_target(self, f: Form, full: dict[str, list[str]]) -> str | None:
        """`SBY` joins the only speaker whose name's initials it spells, when a document names both."""
        word = strip_leading(f[0]).replace(".", "")
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            return None
        hits = {ent for ent, names in full.items() if any(initials(n) == word for n in names)}
        hits = {ent for ent in hits if self.docs.get(f, frozenset()) & self._entity_docs(ent)}
        return next(iter(hits)) if len(hits) == 1 else None

    def _entity_docs(self, ent: str) -> frozenset[str]:
        """The documents of a speaker's full names (as they were before one-word names joined)."""
        return self._docs_of.get(ent, frozenset())

    def _full_forms(self) -> dict[str, list[str]]:
        """Entity -> its full names of two words or more (a gazetteer person seen in the corpus: all
        its spellings)."""
        out: dict[str, list[str]] = defaultdict(list)
        for ent, members in self.members.items():
            entry = self.gaz.by_name.get(ent[4:]) if ent.startswith("gaz:") else None
            if entry is not None:
                names = [entry.name, *entry.aliases] if entry.type == "person" else []
            else:
                names = [m[0] for m in members if m[1] != "organisation"]
            out[ent] = sorted(n for n in set(names) if len(tokens(n)) > 1)
        return {e: ns for e, ns in out.items() if ns}

    # -- bookkeeping

    @functools.cached_property
    def members(self) -> dict[str, list]:
        out = defaultdict(list)
        for f, ent in sorted(self.target.items(), key=lambda x: _order(x[0])):
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

    def _move(self, ent: str, host: str) -> None:
        members = self.members
        moved = members.pop(ent, [])
        for f in moved:
            self.target[f] = host
        self.display.pop(ent, None)
        # the cached members kept up to date rather than rebuilt from every target after each move
        members[host] = sorted(members.get(host, []) + moved, key=_order)
        if not host.startswith("gaz:"):
            self.display[host] = self._display(self.members[host])

    def _display(self, members: list) -> str:
        """Most frequent full form in Latin script (most tokens, then most rows, then alphabetical);
        without one, the same choice among all forms, romanized (translit.to_latin)."""
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


# (consonant key, the written words a known romanization stands for, spelling key of the romanization)
Word = tuple[str, "frozenset[str] | None", str]


class _NameIndex:
    """The full names of the corpus by the key of their first word and of their last word, and the
    last-word keys by their one-letter deletions (for slips)."""

    def __init__(self, full: dict[str, list[str]]):
        self.by_first: dict[str, list] = defaultdict(list)
        self.by_last: dict[str, list] = defaultdict(list)
        self._deletes: dict[str, set[str]] = defaultdict(set)
        for ent in sorted(full):
            for n in full[ent]:
                nw = words(n)
                self.by_first[nw[0][0]].append((ent, nw))
                self.by_last[nw[-1][0]].append((ent, nw))
        for k in self.by_last:
            if len(k) >= MIN_FUZZY_KEY:
                for d in deletes(k):
                    self._deletes[d].add(k)

    def near_last(self, key: str) -> list:
        """Names whose last-word key is one letter away from `key` (4+ letters)."""
        keys = {k for d in deletes(key) for k in self._deletes.get(d, ()) if k != key and edit1(k, key)}
        return [x for k in sorted(keys) for x in self.by_last[k]]


@per_configs(maxsize=200_000)
def words(name: str) -> tuple[Word, ...]:
    """The words of a name as (consonant key, what the lexicons know it stands for): ('mhmd', {محمد}),
    ('bn', {بن}), ('sd', {زايد}) for محمد بن زايد; articles and leading titles dropped. While the
    linking runs, kept from one run to the next (memo.py), as JSON lists."""
    if not memo.active():
        return _words(name)
    kept = memo.cached("words", name, lambda: [[k, None if s is None else sorted(s), sk] for k, s, sk in _words(name)])
    return tuple((k, None if s is None else frozenset(s), sk) for k, s, sk in kept)


def _words(name: str) -> tuple[Word, ...]:
    return tuple((k, known_spelling(w), spelling_key(w)) for w, k in name_words(strip_leading(name)))


def _full(name: str) -> bool:
    """A name of two written words or more, two of them with consonants (a first name and a
    surname); `عبدالرحمن` (Abdul Rahman) is one word, a first name alone."""
    return len(strip_leading(name).split()) > 1 and len(tokens(name)) > 1


def tokens(name: str) -> tuple[str, ...]:
    """The consonant keys of the words of a name: ('mhmd', 'bn', 'sd') for محمد بن زايد."""
    return tuple(w[0] for w in words(name))


def same_word(a: Word, b: Word, fuzzy: bool) -> bool:
    """One word of two names: the same consonants, and not two different names the lexicons know
    (محمد Mohammed, محمود Mahmoud); when `fuzzy`, a one-letter slip in a key of 4+ letters that is a
    one-letter slip in the spelling too (Petrovsly, Petrovsky; not Sudjarno, Sjahranie)."""
    if a[1] and b[1] and not a[1] & b[1]:
        return False
    if a[0] == b[0]:
        return True
    return fuzzy and min(len(a[0]), len(b[0])) >= MIN_FUZZY_KEY and edit1(a[0], b[0]) and edit1(a[2], b[2])


def agree(a: tuple[Word, ...], b: tuple[Word, ...], fuzzy: bool) -> bool:
    """Two full names of one person: the same first name and surname (a one-letter slip in a
    surname of 4+ letters when `fuzzy`; in a first name of 3+ letters when the surnames agree
    exactly: Staffa, Staffan de Mistura), and the middle words of the shorter among those of the
    longer, in order (`Mohammed Zayed` and `Mohammed bin Zayed`; not `Maher al-Assad`)."""
    if len(a) < 2 or len(b) < 2 or not same_word(a[-1], b[-1], fuzzy):
        return False
    if not same_word(a[0], b[0], False):
        slip = a[-1][0] == b[-1][0] and len(a[-1][0]) >= MIN_FUZZY_KEY and min(len(a[0][0]), len(b[0][0])) >= 3
        if not (slip and (not a[0][1] or not b[0][1] or a[0][1] & b[0][1]) and edit1(a[0][0], b[0][0])
                and edit1(a[0][2], b[0][2])):
            return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    rest = iter(long_[1:-1])   # a middle word may be shortened (Abd, Abdul)
    return all(any(same_word(k, m, False) or edit1(k[0], m[0]) for m in rest) for k in short[1:-1])


@per_configs(maxsize=200_000)
def spellings(word: str) -> frozenset[str]:
    """How a word may be written: within its own script, its surname forms; in Latin, the spelling
    key of its romanization (lexicons first); the Arabic article left out."""
    out = set(surnames(word))
    latin = [spelling_key(t) for t in normalize_name(to_latin(word)).split() if t not in article_tokens()]
    out.add(" ".join(latin))
    out.update(latin)
    return frozenset(o for o in out if o)


def initials(name: str) -> str:
    """Capitals of the capitalised words of a name as written: `Susilo Bambang Yudhoyono` -> SBY."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _specialize_generic(quotes: pd.DataFrame, entity: pd.Series, gaz: Gazetteer) -> pd.Series:
    """Generic ministry rows take the ministry of their document's majority country: the country
    most rows of the document resolved to (a strict majority over the runner-up), if that country
    has a ministry of the class in the gazetteer."""
    import pandas as pd

    entries = {ent: gaz.by_name[ent[4:]] for ent in entity.dropna().unique() if ent.startswith("gaz:")}
    generic = {ent for ent, e in entries.items() if e.generic}
    if not generic:
        return entity
    doc = _col(quotes, "doc_id")
    country = entity.map({ent: e.country for ent, e in entries.items()})   # (NaN for the rest: dropped)
    votes = pd.DataFrame({"doc": doc, "country": country}).dropna().value_counts().rename("n").reset_index()
    votes = votes.sort_values(["doc", "n", "country"], ascending=[True, False, True]).reset_index(drop=True)
    # a document's first row has its most votes: it wins alone, or over the next row of the same document
    first = ~votes["doc"].duplicated()
    alone = votes["doc"].shift(-1) != votes["doc"]
    wins = first & (alone | (votes["n"] > votes["n"].shift(-1)))
    winner = dict(zip(votes.loc[wins, "doc"].tolist(), votes.loc[wins, "country"].tolist()))
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


def _anonymous_display(described: pd.Series) -> pd.Series:
    """An anonymous source as written, one form per description: `Activists`, `activists` and `the
    activists` are one row of `report speakers`, shown in their most frequent spelling."""
    import pandas as pd

    forms = described.dropna()
    if forms.empty:
        return described
    keys = forms.map(lambda v: clean_name(v) or v)
    best = (pd.DataFrame({"key": keys, "form": forms}).value_counts().reset_index(name="n")
            .sort_values(["key", "n", "form"], ascending=[True, False, True]).drop_duplicates("key"))
    shown = dict(zip(best["key"], best["form"]))
    return described.where(described.isna(), keys.map(shown))


@per_configs(maxsize=4096)
def _glossed(described: str, lang) -> str:
    """An anonymous source in a language whose data glosses its head (`speakers.anonymous_gloss`): the
    English word first, the description as written after it (`sources (مصادر مطلعة)`), so that `report
    --speaker sources` finds it whatever the script; else the description as written."""
    if not isinstance(lang, str) or lang not in languages_with_data():
        return described
    sp = language_data(lang).speakers
    if sp is None or not sp.anonymous_gloss:
        return described
    gloss = _gloss_table(lang)
    article = normalize_name(sp.article) if sp.article else ""
    for w in described.split():
        n = normalize_name(w)
        head = gloss.get(n) or (gloss.get(n[len(article):]) if article and n.startswith(article) else None)
        if head:
            return f"{head} ({described})"
    return described


def _bare_body(name, lang) -> bool:
    """A body named by its kind alone, in the nominative (`в прокуратуре сообщили` -> прокуратура, `пресс-служба
    суда`), keeps that name in a language whose data says so (`speakers.nominative_bodies`); an oblique form
    left as written (`на заседании правительства`) names no one."""
    if not isinstance(name, str) or not name.strip() or not isinstance(lang, str) \
            or lang not in languages_with_data():
        return False
    sp = language_data(lang).speakers
    if not sp or not sp.nominative_bodies:
        return False
    from ..extract.mentions import listed_nominative, speaker_lexicon
    first = name.split()[0]
    listed = listed_nominative(speaker_lexicon(lang), first)
    return listed is not None and listed.lower() == first.lower()


@per_configs(maxsize=8)
def _gloss_table(lang: str) -> dict[str, str]:
    sp = language_data(lang).speakers
    return {normalize_name(k): v for k, v in (sp.anonymous_gloss if sp else {}).items()}


def _own_first(name: str) -> str:
    """`مركز الابحاث المستقل (غايدار)` -> `غايدار / مركز الابحاث المستقل`: a body's own name, then its description."""
    parts = bracketed_name(name)
    return f"{parts[1]} / {parts[0]}" if parts else name


def canonicalize(quotes: pd.DataFrame) -> pd.Series:
    """Canonical display speaker of every row (index-aligned with `quotes`); see the module doc."""
    import pandas as pd

    if quotes.empty:
        return pd.Series([], index=quotes.index, dtype=object, name="speaker")
    import numpy as np

    gaz = load_gazetteer()
    form = _name_forms(quotes)
    typ = _col(quotes, "speaker_type").where(lambda s: s.isin(["person", "organisation"]))
    pairs = pd.DataFrame({"form": form, "type": typ, "doc": _col(quotes, "doc_id")})
    named = pairs.dropna(subset=["form"])
    # (an acronym is no first name: `SBY` joins the name it spells on the evidence of any one document)
    single = {f: not _full(f) and not f.replace(".", "").isupper() for f in named["form"].unique()}
    forms = pairs["form"].tolist()
    types = [t if isinstance(t, str) else None for t in pairs["type"].tolist()]   # (NaN: None)
    pairs["key_doc"] = key_docs = [d if t == "person" and isinstance(d, str) and single.get(f) else None
                                   for f, t, d in zip(forms, types, pairs["doc"].tolist())]
    named = pairs.dropna(subset=["form"])
    distinct = named.groupby(["form", "type", "key_doc"], dropna=False).size()
    counts = {(f, _str_or_none(t), _str_or_none(k)): int(n) for (f, t, k), n in distinct.items()}   # missing: None
    docs: dict = defaultdict(set)
    dd = named[["form", "type", "key_doc", "doc"]].drop_duplicates()
    for f, t, k, d in zip(*(dd[c].tolist() for c in dd.columns)):   # (plain tuples: no namedtuple a row)
        if isinstance(d, str):
            docs[(f, _str_or_none(t), _str_or_none(k))].add(d)
    del dd
    resolver = _Resolver(counts, {k: frozenset(v) for k, v in docs.items()})
    target = resolver.run()
    entity = pd.Series([target.get((f, t, k)) if isinstance(f, str) else None
                        for f, t, k in zip(forms, types, key_docs)],
                       index=quotes.index, dtype=object)
    del pairs, named, forms, types, key_docs, docs   # a row each: let them go before the next per-row steps
    entity = _specialize_generic(quotes, entity, gaz)
    display = {**resolver.display, **{"gaz:" + e.name: e.name for e in gaz.entries}}
    anon = _col(quotes, "speaker_type") == "anonymous"
    # (the anonymous rows only: the others never take their description)
    described = _anonymous_display(_col(quotes, "speaker_name")[anon].fillna(_col(quotes, "speaker_text")[anon]))
    described = pd.Series([_glossed(d, lang) if isinstance(d, str) else d
                           for d, lang in zip(described.tolist(), _col(quotes, "lang")[anon].tolist())],
                          index=described.index, dtype=object)
    # a body the gazetteer does not list, in a language whose data glosses body names: the English words
    # first, the name as written after them (`Bahraini Interior Ministry (وزارة الداخلية البحرينية)`)
    # (one display per body, whatever the language of the row)
    langs = sorted(languages_with_data())
    # (a body's own name in brackets comes first: `Ghaidar / Independent Research Center (غايدار / مركز …)`)
    glossed = {e: f"{g} ({_own_first(d)})" for e, d in display.items() if e.startswith("org:")
               and (g := memo.cached("gloss", d, lambda d=d: next(
                   (x for lang in langs if (x := organisation_gloss(d, lang))), None)))}
    # each distinct entity's display worked out once, the rows take theirs by code (-1, no entity: None)
    codes, uniq = pd.factorize(entity)
    shown = np.array([glossed.get(e, display.get(e)) for e in uniq] + [None], dtype=object)
    speaker = pd.Series(shown[codes], index=quotes.index, dtype=object)
    out = speaker.where(~anon, described).astype(object)
    return out.where(out.notna(), None).rename("speaker")
