"""In-document resolution of speaker mentions: every mention gets its fullest name in the article
and a type (person, organisation, anonymous). Surnames take the earlier full name, titles the last
person of their role class, pronouns the last fitting person, bare organisation heads the last
organisation with that head."""
from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Iterator

from .. import morph
from ..resources import remember
from ..speakers.gloss import country_of_adjective
from .mentions import Mention, SpeakerLexicon, _stem, listed_nominative, speaker_lexicon


def resolve(text: str, lang: str, mentions: list[Mention], speakers: tuple = (), quoted: tuple = (),
            clauses: tuple = ()) -> None:
    """Give every mention, in text order, its fullest in-document name and type.

    A surname-only name takes the earlier full name it ends with; a title the last person with a
    role of the same class; a pronoun the last person; a bare organisation head (`the ministry`,
    `الوزارة`) the last organisation with that head. A lone capitalised word (`Islamists`) is
    an antecedent only when it has a role or stands in a speaker slot (`speakers`). A person named again
    inside a relative clause (`clauses`: `Gubernur Anies yang … aksi WO Ananda …, mengaku`) stays where
    the last mention outside one put it: the clause's names are not the last person of the sentence."""
    lex = speaker_lexicon(lang)
    persons = _Persons(lex)   # (name, role classes), most recent last
    orgs: list[str] = []
    voiced: list[str] = []   # the bodies that spoke (a speaker slot), most recent last
    issued: list[str] = []   # … those whose sentence names a statement (`وأضافت السفارة في بيان`)
    genders: dict[str, str] = {}   # name -> m | f, from a title, role word or first name
    # a person named only inside quoted speech (`“… Wall Street …,” she said`) is no pronoun's antecedent
    inside = functools.partial(_inside, sorted(quoted))
    unquoted: set[str] = set()
    salient: set[str] = set()   # persons who spoke, or have a role or a gender
    spoke: set[str] = set()     # persons named as a speaker
    anons: list[str] = []
    ordered = sorted(mentions, key=lambda x: x.start)
    speaker_ids = {id(s) for s in speakers}   # identity, not equality: a set instead of a scan per mention
    later_names = _LaterNames(text, ordered)
    aliases: dict[str, str] = {}   # `Susilo Bambang Yudhoyono (SBY)`: the short form, then the full name
    role_quals: dict[str, frozenset] = {}   # person -> the words of its roles besides role words (nationality, body)
    things = _things(text, lex, ordered)   # names written after `bahasa`, `permainan`: no person
    subjects = _recurring_subjects(text, lex, ordered)   # `Mustajab lalu …`, `Mustajab kembali …`: a person
    for i, m in enumerate(ordered):
        surface = text[m.start:m.end]
        if lex.cased and surface in aliases and m.kind in ("name", "org"):
            m.speaker_name, m.speaker_type = aliases[surface], "person"
            persons.append((aliases[surface], persons.classes(aliases[surface])))
            continue
        if m.kind == "name" and not m.role and " " not in surface \
                and (body := _body(lex, surface) or _locative_body(lex, text, m.start, surface)):
            m.speaker_name, m.speaker_type = body, "organisation"   # `сообщили в Центризбиркоме`
            orgs.append(body)
            continue
        if m.kind == "name":
            full = _longer_name(lex, surface, persons) or surface
            if lex.cased and (short := _alias(text, m.end, full)):
                aliases[short] = full
            classes = m.classes | persons.classes(full)
            if (full in things or surface in things) and not m.role:
                m.speaker_name, m.speaker_type = full, "person"
                continue   # `permainan Pokemon Go`: never the antecedent of `ia`
            if full != surface or " " in full or m.role or id(m) in speaker_ids or surface in subjects:
                if not (clauses and persons.has(full) and _inside(list(clauses), m.start)):
                    persons.append((full, classes))
            if m.role:
                role_quals[full] = role_quals.get(full, frozenset()) | role_qualifiers(lex, m.role)
            if not quoted or not inside(m.start):
                unquoted.add(full)
            g = _gender(lex, text, m, full) if lex.gender else None
            if g:
                genders[full] = g
            if g or m.role or classes or id(m) in speaker_ids:
                salient.add(full)
            if id(m) in speaker_ids:
                spoke.add(full)
            m.speaker_name, m.speaker_type = full, "person"
        elif m.kind == "pronoun" and lex.norm(surface) in lex.plural:
            m.speaker_name, m.speaker_type = (orgs[-1], "organisation") if orgs else (None, None)
        elif m.kind in ("org", "title") and (acronym := _acronym_body(lex, surface)):
            m.speaker_name, m.speaker_type = acronym, "organisation"   # `state news agency SANA`: SANA
            orgs += [surface, acronym]   # `the agency` finds the description's head, `they` the acronym
            if id(m) in speaker_ids:
                voiced.append(acronym)
        elif m.kind == "title" and lex.cased and lex.norm(surface.split()[0]) in lex.indefinite:
            # `An official at the governor's office said`: someone new and unnamed, never a person named before
            m.speaker_name, m.speaker_type = surface, "anonymous"
            anons.append(surface)
        elif m.kind == "title" and lex.anonymous_aside is not None and lex.anonymous_aside.match(text, m.np_end):
            # `Представитель немецкой компании, пожелавший остаться неизвестным, сказал`: no one named
            m.speaker_name, m.speaker_type = surface, "anonymous"
            anons.append(surface)
        elif m.kind == "title" and (body := _voiced_body(lex, surface)):
            m.speaker_name, m.speaker_type = _org_name(lex, body, orgs), "organisation"   # `a WFP spokesman`
            orgs.append(m.speaker_name)
            if id(m) in speaker_ids:
                voiced.append(m.speaker_name)
        elif m.kind == "title" and not m.classes and lex.base(surface.split()[0]) in lex.anon_heads:
            # `Источник в Еврокомиссии сообщил`: an anonymous source with a body named in its phrase
            m.speaker_name, m.speaker_type = _earlier_source(lex, surface, anons) or surface, "anonymous"
            anons.append(m.speaker_name)
        elif m.kind == "title" and not m.classes and anons and lex.earlier_sources \
                and _stem(lex, lex.base(surface.split()[0])) in lex.earlier_sources:
            # `по словам собеседника агентства` after `источник в силовых структурах Сирии`: that source
            m.speaker_name, m.speaker_type = anons[-1], "anonymous"
        elif m.kind == "title" and lex.demonstrative is not None and lex.demonstrative.match(text, m.np_end) \
                and (recent := next((n for n, _ in reversed(persons) if n in spoke), None)) is not None:
            # `Dikatakan Wakil Ketua KRP se Jabodetabek ini, …`: this vice-chair, the person who spoke last
            m.speaker_name, m.speaker_type = recent, "person"
            spoke.add(recent)
        elif m.kind in ("title", "pronoun"):
            want = m.classes
            pg = lex.pronoun_gender.get(lex.norm(surface)) if m.kind == "pronoun" else None
            fits = [n for n, c in reversed(persons) if (not want or c & want or (c and want <= lex.generic_roles))
                    and (not pg or genders.get(n, pg) == pg)   # `she` skips a known man
                    and (m.kind != "pronoun" or not quoted or n in unquoted)]
            if lex.prefer_speakers and m.kind == "pronoun":
                fits = [n for n in fits if n in salient] + fits
            if m.kind == "pronoun" and (honour := lex.pronoun_roles.get(lex.norm(surface))):
                # `أكد سموه`: His Highness is the last prince or king named, not the last person
                fits = [n for n in fits if honour in persons.classes(n)] + fits
            quals = role_qualifiers(lex, surface) if m.kind == "title" else frozenset()
            if quals and not want <= lex.generic_roles:
                # `وزير النفط الإيراني` after `وزير الخارجية الفرنسي لوران فابيوس`: a role named with other
                # words only (another body and nationality) is another person's
                fits = [n for n in fits if qualifiers_fit(quals, role_quals.get(n, frozenset()))]
            elif quals and want and not lex.cased and (field := _field_words(lex, quals)):
                # `المسؤول الأمني` after `الرئيس الأميركي باراك أوباما`: a title of a class that fits any role,
                # with words of its own, is a person whose roles had those words (a nationality may be an
                # epithet: `المسؤول اليمني` for the Yemeni interior minister)
                fits = [n for n in fits if qualifiers_fit(field, role_quals.get(n, frozenset()), every=True)]
            if len(fits) > 1 and quals:
                # `الوزير الإسرائيلي` after `وزير الطاقة الإسرائيلي يوفال شتاينتز` and `وزير الخارجية الأميركي
                # جون كيري`: the person whose role had the title's other words, before the last one named
                fits = [n for n in fits if quals <= role_quals.get(n, frozenset())] + fits
            hit = fits[0] if fits else None
            if m.kind == "title" and want and lex.forward_titles:
                later = later_names.find(i, want)   # `Moscow's UN envoy … Vitaly Churkin` in one paragraph
                hit = (_longer_name(lex, text[later.start:later.end], persons)
                       or text[later.start:later.end]) if later else hit
            typ = "person"
            if m.kind == "title" and not want and lex.strict_titles:
                head = lex.base(surface.split()[-1]).rstrip("s")   # `the source(s)`: the last such anonymous source
                hit = next((o for o in reversed(anons) if head in {lex.base(w).rstrip("s") for w in o.split()}), None)
                typ = "anonymous" if hit else "person"
            if m.kind == "title" and hit is None and want and (want <= lex.source_classes or (
                    want <= lex.generic_roles and lex.base(surface.split()[0]) in lex.anon_heads)):
                # `أستاذ العلاقات الدولية`, `محلل بسوق المال`: nobody of the class named, a new unnamed source
                hit, typ = surface, "anonymous"
                anons.append(surface)
            m.speaker_name, m.speaker_type = hit, typ
            if hit and typ == "person":
                persons.append((hit, persons.classes(hit) | want))
                if id(m) in speaker_ids:
                    spoke.add(hit)
        elif m.kind == "org":
            words = surface.split()
            if words and lex.base(words[0]) in lex.document_heads:
                # `وأضاف البيان`, `the statement said`: whoever issued it (named after it, else the last body)
                # (a body that spoke before it, not a country named in passing: `الحدود مع سوريا`)
                issuer = _voiced_body(lex, " ".join(words[1:]), need_class=False)
                after = _issuer_words(lex, words[1:])
                if issuer is None and after:
                    # `بيان لوزارة الخارجية`, `تقرير لأمانو`: the issuer with the preposition of authorship
                    # written onto it: a body, else a person named in full before
                    issuer = _voiced_body(lex, " ".join(after), need_class=False)
                    author = None if issuer else _longer_name(lex, after[0], persons)
                    if author is not None:
                        m.speaker_name, m.speaker_type = author, "person"
                        continue
                m.speaker_name = _org_name(lex, issuer, orgs) if issuer else \
                    (issued or voiced or orgs or [surface])[-1]
            else:
                # (a body that spoke first: `وأضاف المجلس` is the council that spoke, not `مجلس الشورى`
                # named in passing after it)
                # (two scans, not a merged list: a long document's lists must not cost their product)
                of_voiced = _org_name(lex, surface, voiced)
                m.speaker_name = of_voiced if of_voiced != surface else _org_name(lex, surface, orgs)
                if m.speaker_name == surface:
                    m.speaker_name = _nominative_head(lex, surface)   # `в пресс-службе суда`: пресс-служба суда
            orgs.append(m.speaker_name)
            if id(m) in speaker_ids:
                voiced.append(m.speaker_name)
                if lex.document_heads and _names_statement(lex, text, m.end):
                    issued.append(m.speaker_name)
            m.speaker_type = "organisation"
        else:
            cls = lex.classes(surface) if len(surface.split()) == 1 else frozenset()
            known = next((n for n, c in reversed(persons) if c & cls), None) if cls else None
            if known:   # `Чиновник заметил` after `чиновник … Эдуард Товпинец`: the bare role is that person
                m.speaker_name, m.speaker_type = known, "person"
                continue
            m.speaker_name, m.speaker_type = _earlier_source(lex, surface, anons) or surface, "anonymous"
            anons.append(m.speaker_name)


def _issuer_words(lex: SpeakerLexicon, words: list[str]) -> list[str]:
    """The words after a document head without the preposition of authorship written onto the first
    (`speakers.issuer_prefixes`: `لأمانو` -> `أمانو`, `للخارجية` -> `الخارجية`), or [] without one."""
    if not words or not lex.issuer_prefixes:
        return []
    w = words[0]
    for p in lex.issuer_prefixes:
        if lex.norm(w).startswith(p) and len(w) > len(p) + 2:
            rest = w[len(p):]
            if lex.article and rest.startswith(lex.article[1:]) and not rest.startswith(lex.article):
                rest = lex.article[0] + rest   # `للخارجية`: ل + ال written with one lam
            return [rest] + list(words[1:])
    return []


def _names_statement(lex: SpeakerLexicon, text: str, pos: int) -> bool:
    """The rest of the sentence after `pos` names a statement (`في بيان`, `in a statement`)."""
    end = re.search(r"[.!?؟\n]", text[pos:pos + 400])
    rest = text[pos:pos + (end.start() if end else 400)]
    return any(lex.base(w) in lex.document_heads for w in re.findall(r"\w+", rest))


def role_qualifiers(lex: SpeakerLexicon, phrase: str) -> frozenset:
    """The folded words of a role phrase besides its role words (in any case form), stop words and
    determiners (`وزير النفط الإيراني`: oil, Iranian)."""
    return frozenset(lex.base(w) for w in phrase.split()
                     if w not in lex.stop and lex.norm(w) not in lex.stop and lex.norm(w) not in lex.determiners
                     and not lex.classes(w))


def _field_words(lex: SpeakerLexicon, quals: frozenset) -> frozenset:
    """The qualifiers of a title that are no country's adjective (`الأمني`, not `اليمني`)."""
    return frozenset(q for q in quals if not country_of_adjective(q, lex.lang))


def qualifiers_fit(quals: frozenset, held: frozenset, every: bool = False) -> bool:
    """A title's words besides its role words (`وزير النفط الإيراني`: oil, Iranian) fit a person whose
    roles were named with no such words, or with one of them (`رئيس الحكومة الإسرائيلية` for `رئيس الوزراء
    الإسرائيلي`), in any case or gender form, or a title with one such word only; with all of them if
    `every` (another role: the title must name nothing the person's roles did not)."""
    if not quals or (not held and not every) or (len(quals) < 2 and not every):
        return True   # one word may be an epithet (`المرشد الأعلى` for `الزعيم الإيراني`)
    found = (any(_same_word(q, h) for h in held) for q in quals)
    return all(found) if every else any(found)


def _earlier_source(lex: SpeakerLexicon, surface: str, anons: list[str]) -> str | None:
    """`المصادر` after `مصادر مطلعة`: a lone anonymous head written with the article is the last
    anonymous source with that head (uncased scripts with an article only)."""
    if lex.cased or not lex.article or " " in surface or lex.base(surface) == lex.norm(surface):
        return None
    head = lex.base(surface)
    return next((o for o in reversed(anons) if lex.base(o.split()[0]) == head and o != surface), None)


def _things(text: str, lex: SpeakerLexicon, ordered: list[Mention]) -> set[str]:
    """Names written anywhere right after a noun of things (`bahasa Latin`, `permainan Pokemon Go`), or
    opening with one (`Bahasa Suryani`)."""
    if not lex.thing_nouns:
        return set()
    out = set()
    for m in ordered:
        if m.kind != "name":
            continue
        surface = text[m.start:m.end]
        w = re.search(r"([^\W\d_]+)\s+$", text[max(0, m.np_start - 30):m.np_start])
        first = surface.split()[0] if " " in surface else None
        if (w and lex.norm(w.group(1)) in lex.thing_nouns) or (first and lex.norm(first) in lex.thing_nouns):
            out.add(surface)
    return out


_CLAUSE_OPEN = re.compile(r"(?:^|[.,;:!?\"“”‘’'\n])\s*$")


def _recurring_subjects(text: str, lex: SpeakerLexicon, ordered: list[Mention]) -> set[str]:
    """Cased scripts: a one-word name that opens a clause before a lower-case word (`Mustajab lalu
    celingukan`, `…, Mustajab kembali ngoceh`) at least twice in the article is a person the article
    is about, an antecedent like a name with a role."""
    if not lex.cased:
        return set()
    seen: dict[str, int] = {}
    inner: set[str] = set()   # capitalised inside a sentence too (`…, Mustajab lalu`): no sentence's first word
    for m in ordered:
        surface = text[m.start:m.end]
        if m.kind != "name" or m.role or " " in surface or m.np_start != m.start:
            continue
        before = text[max(0, m.start - 3):m.start].rstrip()
        if before and (before[-1].isalnum() or before[-1] == ","):
            inner.add(surface)
        if _CLAUSE_OPEN.search(text, max(0, m.start - 3), m.start) \
                and re.match(r"\s+[^\W\d_A-Z]", text[m.end:m.end + 3]):
            seen[surface] = seen.get(surface, 0) + 1
    return {w for w, n in seen.items() if n >= 2 and w in inner}


_PAREN_ALIAS = re.compile(r"\s*\(([^\W\d_]{2,12})\)")


def _alias(text: str, end: int, full: str) -> str | None:
    """The short form written in parentheses right after a person's name: its initials (`Susilo Bambang
    Yudhoyono (SBY)`) or a nickname opening like one of its words (`Joko Widodo (Jokowi)`)."""
    m = _PAREN_ALIAS.match(text, end)
    if not m:
        return None
    short, words = m.group(1), full.split()
    if len(words) < 2:
        return None
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if short.isupper() and len(short) >= 2 and _subsequence(short, initials):
        return short
    if short[:1].isupper() and not short.isupper() and any(len(w) >= 3 and short.startswith(w[:3]) for w in words):
        return short
    return None


def _subsequence(short: str, letters: str) -> bool:
    it = iter(letters)
    return all(ch in it for ch in short)


class _Persons:
    """The persons named so far, each once, most recently named last, with its role classes. A name's
    classes only grow, so its latest entry answers every question its earlier ones did: scans cost
    the number of distinct persons, not of mentions (a list of every mention was quadratic)."""

    def __init__(self, lex: SpeakerLexicon) -> None:
        self.lex = lex
        self._d: dict[str, frozenset] = {}
        self._when: dict[str, int] = {}   # name -> when it was last named
        self.words: dict[str, list[str]] = {}   # name -> its folded words
        self._by: dict[tuple[str, str], list[str]] = {}   # a key of its folded words -> the names
        self._clock = 0

    def append(self, item: tuple[str, frozenset]) -> None:
        name, classes = item
        self._d.pop(name, None)   # moves the name to the end
        self._d[name] = classes
        if name not in self._when:
            full = self.words[name] = [self.lex.norm(w) for w in name.split()]
            if full:   # what _longer_name asks: the last word's first five letters, the first word, a middle word
                for key in {("last", full[-1][:5]), ("first", full[0])} | {("middle", w) for w in full[1:-1]}:
                    self._by.setdefault(key, []).append(name)
        self._clock += 1
        self._when[name] = self._clock

    def latest_first(self, keys) -> list[str]:
        """The names with any of `keys` (see append), most recently named first."""
        names = {n for k in keys for n in self._by.get(k, ())}
        return sorted(names, key=self._when.__getitem__, reverse=True)

    def classes(self, name: str) -> frozenset:
        return self._d.get(name, frozenset())

    def has(self, name: str) -> bool:
        return name in self._d

    def __reversed__(self):
        return reversed(self._d.items())


def _body(lex: SpeakerLexicon, word: str) -> str | None:
    """With the morphology booster: a one-word name that is an inanimate noun in an oblique case
    (`Кремле`) is a body, named in the nominative."""
    a = morph.analyzer(lex.morphology)
    return a.body_lemma(word) if a else None


def _locative_body(lex: SpeakerLexicon, text: str, start: int, word: str) -> str | None:
    """Without the morphology booster: a capitalised word right after a locative preposition (`сообщили в
    Центризбиркоме`, `в Кремле`) is a body, named in the nominative: its listed form, else by its ending."""
    if not lex.locative_prepositions or morph.analyzer(lex.morphology) is not None or lex.names.get(lex.norm(word)):
        return None
    prev = re.search(r"(\w+)\s+$", text[max(0, start - 8):start])
    if not prev or lex.norm(prev.group(1)) not in lex.locative_prepositions:
        return None
    listed = listed_nominative(lex, word)
    if listed:
        return word[:1] + listed[1:]   # `Кремле` -> Кремль, `Минфине` -> Минфин (listed as a head)
    for ending, nominative in lex.locative_endings:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:len(word) - len(ending)] + nominative
    return None


def _nominative_head(lex: SpeakerLexicon, surface: str) -> str:
    """A body named as written, its first word a listed head in an oblique case: that head in its first
    listed form (`пресс-службе суда` -> `пресс-служба суда`, `прокуратуре` -> `прокуратура`)."""
    if not lex.nominatives:
        return surface
    first, _, rest = surface.partition(" ")
    listed = listed_nominative(lex, first)
    if not listed or listed[:1].isupper() != first[:1].isupper():
        return surface
    return f"{listed} {rest}" if rest else listed


def _acronym_body(lex: SpeakerLexicon, surface: str) -> str | None:
    """`the official news agency SANA`, `the UN children's agency UNICEF`: an organisation head in lower
    case followed by an acronym is a description and the body's name; the name is the acronym."""
    words = surface.split()
    if not lex.cased or len(words) < 2 or not (len(words[-1]) > 1 and words[-1].isupper()) \
            or not words[-2].islower() or lex.base(words[-2]) not in lex.org_heads:
        return None
    return words[-1]


def _org_name(lex: SpeakerLexicon, surface: str, orgs: list[str]) -> str:
    """A short head (`the ministry`, `الوزارة`) is the last body with that head; a short form (`Pemkot`) the
    last body whose name opens with the words it stands for (`Pemerintah Kota Surabaya`); else the name as written."""
    words = surface.split()
    full = lex.short_bodies.get(lex.norm(words[0])) if len(words) == 1 and lex.short_bodies else None
    if full:
        return next((o for o in _latest_first(orgs) if " ".join(lex.norm(w) for w in o.split()).startswith(full + " ")),
                    surface)
    heads = [w for w in words if lex.base(w) in lex.org_heads]
    # `agency UNICEF`: a head with the body's own acronym names that body, not the last agency
    named = lex.cased and any(len(w) > 1 and w.isupper() and lex.base(w) not in lex.org_heads for w in words)
    # `وكالة الأناضول`: a head with a listed name is that body, not the last agency (`وكالة رويترز`)
    named = named or any(lex.norm(w) in lex.org_names or lex.base(w) in lex.org_names for w in words) \
        or any(ch in surface for ch in "«»\"“”")   # `صحيفة «الحياة»`: a head with its quoted name
    # `وكالة (وفا)`: a body's own name in brackets (mentions.bracketed_names) names that body too
    named = named or (lex.bracketed_names and surface.rstrip().endswith(")") and "(" in surface)
    if len(words) <= 2 and heads and not named:
        # every word it has but function words: `وزارة الخارجية` (head words both) and `وزارة الداخلية` are
        # not the last `وزارة` (another ministry); `the ministry` is
        need = {lex.base(w) for w in words if lex.norm(w) not in lex.stop and lex.norm(w) not in lex.determiners
                and lex.norm(w) not in lex.connectors and w not in lex.stop}
        hit = next((o for o in _latest_first(orgs) if need <= _org_words(lex, o) and o != surface), surface)
        return _acronym_body(lex, hit) or hit
    return surface


def _latest_first(orgs: list[str]) -> Iterator[str]:
    """The bodies named so far, latest first, each once: a long document names the same few bodies
    over and over, and a look-up that scanned every naming made it quadratic."""
    seen: set[str] = set()
    for o in reversed(orgs):
        if o not in seen:
            seen.add(o)
            yield o


def _org_words(lex: SpeakerLexicon, name: str) -> frozenset[str]:
    """The words of a body's name without the article, cached per language (bounded)."""
    out = lex._org_word_sets.get(name)
    if out is None:
        out = remember(lex._org_word_sets, name, frozenset(lex.base(w) for w in name.split()))
    return out


def _voiced_body(lex: SpeakerLexicon, phrase: str, need_class: bool = True) -> str | None:
    """The body a phrase names from its first organisation head on (`متحدث باسم برنامج الأغذية` ->
    `برنامج الأغذية`), when the phrase's role speaks for a body (or `need_class` is off)."""
    if need_class and not (lex.classes(phrase) & lex.voice_classes):
        return None
    words = phrase.split()
    i = next((k for k, w in enumerate(words) if lex.base(w) in lex.org_heads or lex.norm(w) in lex.org_names), None)
    return " ".join(words[i:]) if i is not None else None


class _LaterNames:
    """The next named person of a mention's paragraph whose role shares a class with a title's, in
    O(log n) per question: the indices of names of each class, in text order, and the next line end."""

    def __init__(self, text: str, ordered: list):
        self.ordered = ordered
        self.newlines = [nl.start() for nl in re.finditer("\n", text)]
        self.by_class: dict[str, list[int]] = {}
        for j, x in enumerate(ordered):
            if x.kind == "name":
                for c in x.classes:
                    self.by_class.setdefault(c, []).append(j)

    def find(self, i: int, want: frozenset) -> Mention | None:
        nexts = [idx[k] for c in want
                 if (idx := self.by_class.get(c)) and (k := bisect.bisect_right(idx, i)) < len(idx)]
        if not nexts:
            return None
        x = self.ordered[min(nexts)]
        k = bisect.bisect_left(self.newlines, self.ordered[i].end)   # the first line end after the title
        return None if k < len(self.newlines) and self.newlines[k] < x.start else x


def _inside(spans: list, pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _gender(lex: SpeakerLexicon, text: str, m: Mention, full: str) -> str | None:
    """m | f from the title right before the name (`Mrs.`), a role word (`spokeswoman`) or a word of
    the name before its last (`speakers.gender` lists them), else None: the first name may follow a
    word the name was written with (`Rival Hillary Clinton`, `Democratic Sen. Claire McCaskill`)."""
    prev = re.search(r"([^\W\d_]+)\.?\s+$", text[max(0, m.start - 12):m.start])
    ws = full.split()
    words = ([prev.group(1)] if prev else []) + (m.role or "").split() + (ws[:-1] or ws[:1])
    return next((lex.gender[w] for w in map(lex.norm, words) if w in lex.gender), None)


def _longer_name(lex: SpeakerLexicon, surface: str, persons) -> str | None:
    words = [lex.norm(w) for w in surface.split() if lex.norm(w) not in lex.honorifics]
    if not words:
        return None
    # (only names sharing the last word's stem or the first word can answer: an index, not a scan of
    # every person, which made a long document with many names quadratic)
    for name in persons.latest_first({("last", words[-1][:5]), ("first", words[0])}):
        full = persons.words[name]
        if len(full) > len(words) and (all(map(_same_word, full[-len(words):], words))
                                       or full[:len(words)] == words):   # `Arrmanatha` for `Arrmanatha Nasir`
            return name
    for name in persons.latest_first({("middle", words[0])}):   # `Martinus` for `Kombes Martinus Sitompul`
        full = persons.words[name]   # (a rank kept in the name)
        if len(full) > len(words) and any(full[i:i + len(words)] == words for i in range(1, len(full) - len(words))):
            return name
    return None


def _same_word(a: str, b: str) -> bool:
    """Equal, or the same stem with a different case ending of up to two letters."""
    if a == b:
        return True
    if a[:5] != b[:5] or len(a) < 5 or len(b) < 5:
        return False   # fast path: a shared stem needs five letters
    k = len(os.path.commonprefix([a, b]))
    return k >= 5 and k >= max(len(a), len(b)) - 2
