"""The gazetteer of known speakers (configs/speakers.yaml): entries, their aliases in every script,
and lookups that fold spelling, attached Arabic proclitics and Russian case endings."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..resources import per_configs, read_yaml
from .names import clean_name, index_keys, skeleton, variants


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
        for key in index_keys(clean_name(name)):
            self._keys[key].add(target)

    def match(self, name: str) -> set:
        """Targets of the exact form of `name`, else of all its affix variants together."""
        keys = variants(clean_name(name))
        if keys and keys[0] in self._keys:
            return self._keys[keys[0]]
        return set().union(*(self._keys.get(k, ()) for k in keys[1:]))

    def exact(self, name: str) -> set:
        """Targets of the form of `name` as written (normalized), without peeling affixes."""
        return self._keys.get(clean_name(name), set())


class Gazetteer:
    def __init__(self, data: dict, places: list | None = None):
        self.entries: list[Entry] = [_entry(e) for e in data.get("entries", [])]
        self.entries += [_entry({**g, "type": "organisation"}, generic=True) for g in data.get("generic", [])]
        self.ambiguous = {clean_name(a) for a in data.get("ambiguous_aliases", [])}
        self.by_name = {e.name: e for e in self.entries}
        self._index = AliasIndex()
        self._acronyms: dict[str, Entry] = {}
        self.full_keys: dict[tuple[str, str], set[str]] = defaultdict(set)   # (surname key, initial)
        self.surname_keys: dict[str, set[str]] = defaultdict(set)            # single-token aliases
        # a state speaks through its capital or its name (`Россия уверена`, `Moscow said`): countries of
        # configs/places.yaml (unambiguous aliases) answer when no listed speaker does
        self._states = AliasIndex()
        self._state_entries: dict[str, Entry] = {}
        for p in places or []:
            if p.get("kind") != "country" or p.get("ambiguous"):
                continue
            self._state_entries[p["name"]] = Entry(name=p["name"], type="organisation", role="state")
            self.by_name.setdefault(p["name"], self._state_entries[p["name"]])
            for a in [p["name"]] + [a for v in (p.get("aliases") or {}).values() for a in v or []]:
                if not str(a).isupper():   # `US`, `AS`: acronyms are matched case-sensitively elsewhere
                    self._states.add(str(a), p["name"])
        for e in self.entries:
            for a in (e.name,) + e.aliases:
                self._index.add(a, e.name)
                if e.type == "person":
                    sk, ini = skeleton(a)
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
        if not hits:
            states = self._states.match(name_as_written)
            return self._state_entries[next(iter(states))] if len(states) == 1 else None
        return self.by_name[next(iter(hits))] if len(hits) == 1 else None

    def lookup_body_prefix(self, name_as_written: str) -> Entry | None:
        """A known body with words run onto its name (`المرصد السوري لحقوق الإنسان بمقتل`, `... by the killing`):
        the longest leading part of two words or more that names one listed organisation."""
        ws = name_as_written.split() if isinstance(name_as_written, str) else []
        for k in range(len(ws) - 1, 1, -1):
            e = self.lookup(" ".join(ws[:k]))
            if e is not None and e.type == "organisation" and e.role != "state":
                return e
        return None

    def written_onto(self, name_as_written: str, prefixes: tuple[str, ...]) -> bool:
        """Is `name` an alias only with one of `prefixes` written onto it (لرويترز: `to Reuters`)?"""
        clean = clean_name(name_as_written) if isinstance(name_as_written, str) else ""
        if not clean or self._index.exact(clean):
            return False
        return any(clean.startswith(p) and len(clean) > len(p) + 2 and self._index.exact(clean[len(p):])
                   for p in prefixes)

    def of_class(self, cls: str, country: str) -> Entry | None:
        found = [e for e in self.entries if e.cls == cls and e.country == country and not e.generic]
        return found[0] if len(found) == 1 else None


def _entry(d: dict, generic: bool = False) -> Entry:
    return Entry(name=d["name"], type=d["type"], role=d.get("role"), country=d.get("country"),
                 cls=d.get("class"), generic=generic, aliases=tuple(d.get("aliases", [])),
                 acronyms=tuple(d.get("acronyms", [])))


@per_configs(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer(read_yaml("speakers.yaml"), read_yaml("places.yaml").get("places"))
