"""Speaker mentions (names, titles, organisations, anonymous sources, pronouns) and their
resolution to the fullest in-document name.

Mentions are found by chunking tokens into runs of name-like, role and organisation words, with
the word lists of the `speakers:` section of configs/lang/<code>.yaml. Cased scripts use capitals
to spot names; Arabic has none, so a bare word counts as a name only after a title, before a
post-posed title, or in a speaker slot (see `bare_name`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING

from .. import morph
from ..lang import get as get_language
from ..langdata import QuotesData, SpeakersData, country_names, name_lexicon, place_names
from ..resources import per_configs, remember
from ..speakers.gloss import common_words, country_of_adjective, organisation_gloss
from ..translit import peel

if TYPE_CHECKING:
    from ..analysis import ParsedDoc


@dataclass
class Mention:
    start: int              # the speaker text: the name, else the whole phrase
    end: int
    kind: str               # name | title | org | anon | pronoun
    np_start: int           # the whole noun phrase with its role (for adjacency to a cue)
    np_end: int
    role: str | None = None
    classes: frozenset = frozenset()
    speaker_name: str | None = None   # filled by resolve()
    speaker_type: str | None = None


@dataclass
class SpeakerLexicon:
    """The `speakers:` data of one language, folded and indexed for tagging words."""
    cased: bool
    fold: dict
    article: str
    pronouns: set
    titles: set
    role_entries: list       # (folded entry, class)
    modifiers: set
    org_heads: set
    org_names: set
    anon_heads: set
    indefinite: set
    stop: set
    honorifics: set
    particles: set
    cues: set = field(default_factory=set)
    table: dict = field(default_factory=dict)
    bare_anonymous: bool = False
    prepositions: tuple = ()
    plural: set = field(default_factory=set)       # pronouns of a body: plural (`they`) or neuter (`it`)
    neuter: set = field(default_factory=set)       # `it`: speaks only as the subject of a reporting verb
    determiners: set = field(default_factory=set)
    connectors: set = field(default_factory=set)
    not_stop: set = field(default_factory=set)   # written forms that folding would turn into a stop word (علي, not على)
    proclitics: tuple = ()
    conjunctions: tuple = ()   # conjunctions written onto a word (و, ف): `وكبار`, `ومحمد` start a new member
    group_words: set = field(default_factory=set)   # `كبار`, `أعضاء`: a coordinated group, never a name word
    possessive_endings: tuple = ()   # `زيارته`: a noun with a pronoun suffix, never an unlisted name word
    name_words: set = field(default_factory=set)          # one-letter words written onto the next (و, ف, ب, ل, ك)
    definite_prefixes: tuple = ()   # Arabic `لل`: a preposition merged with the article (للمستشفى)
    lang: str = ""
    countries: set = field(default_factory=set)   # country names: bodies, not after a connector (`في الأردن`)
    gender: dict = field(default_factory=dict)     # folded first name / title / role word -> m | f
    strict_titles: bool = False      # a title without a role class (`the source`) takes no person
    prefer_speakers: bool = False    # a pronoun prefers a person who spoke, has a role or a gender
    postposed_roles: bool = False    # `Rami Abdel Rahman head of the Observatory` (commas lost)
    forward_titles: bool = False     # a title takes a later person of its class in the same paragraph first
    place_kinds: frozenset = frozenset()  # `مدينة`, `city`: a place noun before a place name
    openers: frozenset = frozenset()      # `عبد الأمير`: the word after these belongs to the name
    apposition: frozenset = frozenset()   # `X وهو سياسي محلي`: a description of X follows
    role_org_name: bool = False      # `Kepala Bagian Protokol Masjid Istiqlal, Abu Hurairah`
    org_head_first: bool = False     # `Universitas Paramadina`: a body
    generic_roles: frozenset = frozenset()   # title classes that fit a person of any role
    voice_classes: frozenset = frozenset()   # `a WFP spokesman` speaks for WFP
    former: frozenset = frozenset()          # `former`: a past role, held besides any role now
    source_classes: frozenset = frozenset()  # `an analyst`: with no analyst named, a new unnamed source
    names: dict = field(default_factory=dict)   # folded name word -> section of configs/names/<code>.yaml
    given_names: frozenset = frozenset()        # the words of `names` in its `given` section
    places: dict = field(default_factory=dict)  # first folded word (or stem) of a place alias -> word tuples
    place_lengths: dict = field(default_factory=dict)  # the same keys -> the lengths of their aliases
    title_stems: set = field(default_factory=set)      # stems of role words and anonymous heads
    short_bodies: dict = field(default_factory=dict)   # folded short form (`pemkot`) -> folded full words
    org_head_stems: set = field(default_factory=set)   # stems of organisation heads
    endings: tuple = ()                         # case endings peeled when matching places
    article_places: set = field(default_factory=set)   # place words always written with the article (الرياض)
    family_shape: re.Pattern | None = None      # a family name with the article (nisba: الحذيفي)
    adverb_ending: str = ""                     # the ending of adverbial accusatives (ردا, جدا): no name word
    document_heads: frozenset = frozenset()  # `the statement`: its issuer speaks
    issuer_prefixes: tuple = ()      # `تقرير لأمانو`: the preposition of authorship written onto the issuer
    thing_nouns: frozenset = frozenset()     # `bahasa Latin`, `permainan Pokemon Go`: a thing's name
    earlier_sources: frozenset = frozenset()  # stems of `собеседник`: the anonymous source quoted before
    demonstrative: re.Pattern | None = None   # `Wakil Ketua KRP se Jabodetabek ini,`: the title ends with one
    possessives: tuple = ()          # `’s`: links a role word to its owner
    plural_suffixes: tuple = ()      # `officials`
    group_of: re.Pattern | None = None   # `opponents of ` right before a name: a group speaks, not the name
    compound: re.Pattern | None = None        # `US-led`: an adjective, not a name
    adjective_endings: tuple = ()             # `Питерского экономического`: an adjective, not a name
    anonymous_tail: re.Pattern | None = None  # a lower-case phrase completing an anonymous source
    role_chain: re.Pattern | None = None      # words between a title and the name it belongs to
    genitive_endings: tuple = ()     # `помощник Путина Юрий Ушаков`: the role's complement, not the name
    relational: frozenset = frozenset()   # stems of `помощник`: `по словам помощника Путина` names the aide, not Putin
    patronymic_endings: tuple = ()
    morphology: str | None = None    # the optional analyser's name (syria_corpus/morph.py)
    anonymous_aside: re.Pattern | None = None   # `Представитель X, пожелавший остаться неизвестным`: anonymous
    nominatives: dict = field(default_factory=dict)   # base of a listed body head or name -> its first listed form
    locative_prepositions: frozenset = frozenset()
    locative_endings: tuple = ()     # (ending, nominative ending), longest first
    _norms: dict = field(default_factory=dict, repr=False)   # norm() cache
    _bases: dict = field(default_factory=dict, repr=False)   # base() cache
    _tags: dict = field(default_factory=dict, repr=False)    # _tag() cache
    _words: dict = field(default_factory=dict, repr=False)   # _word() cache
    _stem_sets: dict = field(default_factory=dict, repr=False)   # _stems() cache
    _aliases: dict = field(default_factory=dict, repr=False)     # _place_aliases() cache
    _classes: dict = field(default_factory=dict, repr=False)     # classes() cache
    _org_word_sets: dict = field(default_factory=dict, repr=False)   # body name -> its words without article (coref)
    pronoun_gender: dict = field(default_factory=dict)
    # `, SpB(K) Onk,`: a degree with its bracketed grade and field, set off by commas after a name
    degree_gap: re.Pattern | None = None
    pronoun_roles: dict = field(default_factory=dict)   # folded honorific pronoun -> role class (سموه: royal)
    link_phrases: tuple = ()   # `من أجل`: a body's name goes on past them (folded word tuples)
    link_firsts: frozenset = frozenset()   # their first words
    bracketed_names: bool = False   # `مركز الابحاث المستقل (غايدار)`: the bracketed name is the body's own

    def norm(self, w: str) -> str:
        r = self._norms.get(w)
        if r is None:
            r = w.lower() if self.cased else w
            r = _remember(self._norms, w, r.translate(self.table) if self.table else r)
        return r

    def base(self, w: str) -> str:
        """Folded, without the definite article (Arabic ال)."""
        r = self._bases.get(w)
        if r is None:
            n = self.norm(w)
            a = self.norm(self.article) if self.article else ""
            r = _remember(self._bases, w, n[len(a):] if a and n.startswith(a) and len(n) > len(a) + 2 else n)
        return r

    def classes(self, phrase: str) -> frozenset:
        r = self._classes.get(phrase)
        if r is None:
            r = _remember(self._classes, phrase, self._find_classes(phrase))
        return r

    def _find_classes(self, phrase: str) -> frozenset:
        for p in self.possessives:
            phrase = phrase.replace(p, " ")
        # `Sen.`, `Gov.`: an abbreviated role word is the listed word without its full stop
        bases = [self.base(w[:-1] if w.endswith(".") and "." not in w[:-1] else w) for w in phrase.split()]
        if self.endings:   # `государственного секретаря`: inflected role words match by their stems
            bases = [_stem(self, b) for b in bases]
        words = set(bases)
        low = " " + " ".join(bases) + " "
        return frozenset(c for e, c in self.role_entries if (" " + e + " ") in low or e in words)


_remember = remember   # (the lexicon's per-word caches: bounded for long-running workers)


@per_configs()
def speaker_lexicon(lang: str) -> SpeakerLexicon:
    language = get_language(lang)
    sp = language.data.speakers or SpeakersData()
    q = language.data.quotes or QuotesData(marks={}, verbs=())
    rules = language.rules
    lex = SpeakerLexicon(cased=sp.cased, fold=dict(sp.fold), article=sp.article,
                         pronouns=set(), titles=set(), role_entries=[], modifiers=set(), org_heads=set(),
                         org_names=set(), anon_heads=set(), indefinite=set(), stop=set(), honorifics=set(),
                         particles=set(), lang=lang)
    lex.table = str.maketrans(dict(lex.fold))
    n = lex.norm
    lex.pronouns = {n(p) for p in sp.pronouns}
    lex.plural = {n(p) for p, g in sp.pronouns.items() if g in ("p", "n")}   # a body may be `they` or `it`
    lex.neuter = {n(p) for p, g in sp.pronouns.items() if g == "n"}
    lex.pronoun_gender = {n(p): g for p, g in sp.pronouns.items() if g in ("m", "f")}
    lex.pronoun_roles = {n(p): c for p, c in sp.pronoun_roles.items()}
    lex.gender = {n(w.rstrip(".")): g for g, words in sp.gender.items() for w in words}
    lex.strict_titles = rules.titles_need_class
    lex.prefer_speakers = rules.pronouns_prefer_speakers
    lex.postposed_roles = rules.postposed_roles
    lex.forward_titles = rules.forward_titles
    lex.role_org_name = rules.role_org_name
    lex.apposition = frozenset(n(w) for w in sp.apposition_words)
    lex.openers = frozenset(n(w) for w in sp.name_openers)
    places_data = language.data.places
    lex.place_kinds = frozenset(lex.base(w) for w in (places_data.kind_words if places_data else ()))
    lex.org_head_first = rules.org_head_first
    lex.bracketed_names = rules.bracketed_names
    lex.generic_roles = frozenset(sp.generic_role_classes)
    lex.voice_classes = frozenset(sp.voice_classes)
    lex.source_classes = frozenset(sp.source_classes)
    lex.former = frozenset(n(w) for w in sp.former_words)
    lex.names = {n(w): section for w, (section, _) in name_lexicon(lang).items()}
    lex.given_names = frozenset(w for w, section in lex.names.items() if section == "given")
    lex.family_shape = re.compile(sp.family_name_shape) if sp.family_name_shape else None
    lex.adverb_ending = sp.adverb_ending
    lex.document_heads = frozenset(lex.base(w) for w in sp.document_heads)
    lex.issuer_prefixes = tuple(n(p) for p in sp.issuer_prefixes)
    lex.thing_nouns = frozenset(lex.norm(w) for w in sp.thing_nouns)
    lex.endings = tuple(sorted(sp.case_endings, key=len, reverse=True))
    lex.earlier_sources = frozenset(_stem(lex, lex.base(w)) for w in sp.earlier_sources)
    if sp.demonstratives:   # (a bracketed acronym, and up to two short or capitalised words of the role, between)
        lex.demonstrative = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:[^\W\d_]{1,3}|[^\W\d_a-z][\w-]*)){0,2}"
                                       r"\s+(?:%s)\s*," % "|".join(re.escape(w) for w in sp.demonstratives))
    if sp.degrees and lex.cased:
        alts = "|".join(sorted((re.escape(d) for d in sp.degrees), key=len, reverse=True))
        conn = "|".join(re.escape(w) for w in sp.connectors)   # `, SpS dari Eka Hospital BSD,`: where the degree works
        lex.degree_gap = re.compile(r"\s*,\s*((?:%s)(?:\([^()\s]{1,5}\))?(?:[\s-]+[A-Z][a-z]{1,4})?"
                                    r"(?:\s+(?:%s)\s[^,.;:!?\"“”()]{1,60})?)\s*,\s*" % (alts, conn or "(?!)"))
    for cls, words in sp.roles.items():
        for w in words:
            entry = [lex.base(x) for x in w.split()]
            lex.role_entries.append((" ".join(_stem(lex, x) for x in entry) if lex.endings else " ".join(entry), cls))
            if " " not in w:
                lex.titles.add(lex.base(w))
    lex.connectors = {n(w) for w in sp.connectors}
    lex.modifiers = {n(w) for w in sp.role_modifiers} | lex.connectors
    lex.org_heads = {lex.base(w) for w in sp.org_heads}
    # a country speaks for its government (`وقالت البحرين في بيان`), as the listed capitals and bodies do
    lex.countries = {n(w) for w in country_names(lang)} - {n(w) for w in sp.org_names}
    lex.org_names = {n(w) for w in sp.org_names} | lex.countries
    lex.short_bodies = {n(k): " ".join(n(w) for w in v.split()) for k, v in sp.short_bodies.items()}
    lex.anon_heads = {lex.base(w) for w in sp.anonymous_heads}
    lex.indefinite = {n(w) for w in sp.indefinite}
    lex.bare_anonymous = sp.anonymous_without_determiner
    lex.possessives = sp.possessives
    lex.plural_suffixes = sp.plural_suffixes
    if sp.group_connectors and sp.plural_suffixes and lex.cased:
        lex.group_of = re.compile(r"(?<![\w'’-])([^\W\d_]{3,}(?:%s))\s+(?:%s)\s+$" % (
            "|".join(re.escape(x) for x in sp.plural_suffixes), "|".join(re.escape(x) for x in sp.group_connectors)))
    lex.compound = re.compile(sp.compound_adjective) if sp.compound_adjective else None
    lex.adjective_endings = tuple(sorted(sp.adjective_endings, key=len, reverse=True))
    # `Источник в сирийских силах безопасности сообщил`: a lower-case phrase completing an anonymous source
    # `представитель управления ООН по координации гуманитарных вопросов Йенс Лерке`: lower-case words
    # and acronyms between a title and the name it belongs to
    lex.role_chain = re.compile(sp.role_chain) if sp.role_chain else None
    lex.genitive_endings = tuple(sp.genitive_endings)
    lex.relational = frozenset(_stem(lex, lex.base(w)) for w in sp.relational_roles)
    lex.patronymic_endings = tuple(sp.patronymic_endings)
    lex.morphology = sp.morphology
    lex.anonymous_aside = re.compile(sp.anonymous_aside) if sp.anonymous_aside else None
    if sp.nominative_bodies:   # the lists give the nominative first: `прокуратура, …, прокуратуре`
        for w in list(sp.org_heads) + list(sp.org_names):
            b = lex.base(w)
            for e in sp.nominative_endings:   # `правительство`: an ending only nominatives have
                if b.endswith(e) and len(b) - len(e) >= 3:
                    lex.nominatives.setdefault(b[:-len(e)], w)
            lex.nominatives.setdefault(_stem(lex, b), w)
        lex.locative_prepositions = frozenset(n(w) for w in sp.locative_prepositions)
        lex.locative_endings = tuple(sorted(sp.locative_endings.items(), key=lambda e: -len(e[0])))
    lex.prepositions = tuple(sp.attached_prepositions)
    lex.link_phrases = tuple(sorted((tuple(n(w) for w in k.split()) for k in sp.organisation_links if " " in k.strip()),
                                    key=len, reverse=True))
    lex.link_firsts = frozenset(p[0] for p in lex.link_phrases)
    lex.not_stop = set(sp.not_stop)
    lex.name_words = {n(w) for w in sp.name_words}
    lex.definite_prefixes = tuple(n(p) for p in sp.definite_prefixes)
    lex.proclitics = tuple(n(p) for p in list(lex.prepositions) + list(q.clitics) if len(p) == 1)
    lex.conjunctions = tuple(n(p) for p in q.clitics if len(p) == 1)
    lex.group_words = {lex.base(w) for w in sp.group_words}
    lex.possessive_endings = tuple(n(w) for w in sp.possessive_endings)
    lex.determiners = {n(w) for w in sp.determiners} | lex.indefinite
    # cased scripts stop on the capitalised form only (`In` starts a sentence, `in` links a role)
    lex.stop = {w if lex.cased else n(w) for w in sp.stop}
    lex.honorifics = {n(w) for w in sp.honorifics}
    lex.particles = {n(w) for w in sp.particles}
    clitics = list(q.clitics) or [""]
    for v in list(q.verbs) + list(q.continuation):
        lex.cues.update((c + v) if lex.cased else n(c + v) for c in clitics + [""])
    # a one-word prefix cue (`بحسب`, `menurut`) ends a name written before it
    lex.cues.update(v if lex.cased else n(v) for v in q.prefix_cues if " " not in v.strip())
    if sp.anonymous_tail:   # `{verb}`: any of the language's reporting verbs (`quotes.verbs`)
        verbs = "|".join(sorted((re.escape(v) for v in q.verbs), key=len, reverse=True))
        lex.anonymous_tail = re.compile(sp.anonymous_tail.replace("{verb}", f"(?:{verbs})"))
    if lex.endings:   # inflected forms of role words and organisation heads (`министра`, `ведомства`)
        lex.title_stems = {_stem(lex, w) for w in lex.titles | lex.anon_heads}
        lex.org_head_stems = {_stem(lex, w) for w in lex.org_heads}
    bare_forms: set[str] = set()
    for alias in place_names(lang):
        ws = tuple(lex.base(w) for w in alias.split())
        if ws:
            for st in _stems(lex, ws[0]):
                lex.places.setdefault(st, set()).add(ws)
        bare_forms.update(lex.base(w) for w in alias.split() if lex.base(w) == lex.norm(w))
    lex.place_lengths = {st: tuple(sorted({len(ws) for ws in aliases})) for st, aliases in lex.places.items()}
    # `الرياض` is a place, `رياض` a given name: words that places write only with the article
    lex.article_places = {lex.base(w) for alias in place_names(lang) for w in alias.split()} - bare_forms \
        if lex.article else set()
    return lex


def _stem(lex: SpeakerLexicon, w: str) -> str:
    """`w` without a case ending (`москвы` -> `москв`), for matching inflected place names."""
    for e in lex.endings:
        if w.endswith(e) and len(w) - len(e) >= 3:
            return w[: -len(e)]
    return w


def listed_nominative(lex: SpeakerLexicon, w: str) -> str | None:
    """The first listed form of the body head or name `w` inflects (`прокуратуре` -> `прокуратура`), or None."""
    return lex.nominatives.get(_stem(lex, lex.base(w))) if lex.nominatives else None


def _stems(lex: SpeakerLexicon, w: str) -> frozenset[str]:
    """Every reading of `w` with one case ending peeled, and `w` itself: the longest ending is not always
    the case ending (`иерусалим` ends in `-им` as `иерусалиме` ends in `-е`)."""
    r = lex._stem_sets.get(w)
    if r is None:
        r = _remember(lex._stem_sets, w, frozenset({w} | peel(w, lex.endings, 3)))
    return r


def _same_word(lex: SpeakerLexicon, x: str, y: str) -> bool:
    # a stem of three letters that both words reach by endings of other lengths is no match (`Майя` is not
    # `Майами`; `края` is `край`)
    return x == y or any(len(st) > 3 or st in (x, y) or abs(len(x) - len(y)) < 2
                         for st in _stems(lex, x) & _stems(lex, y))


_NO_ALIASES: set = set()   # (shared, never changed)


def _place_aliases(lex: SpeakerLexicon, w: str) -> set:
    """The listed places (word tuples) whose first word `w` may be; the set is shared: not to be changed."""
    if not lex.endings:   # (no case endings: `w` is its only stem, its aliases the index's own set, no copy)
        return lex.places.get(w, _NO_ALIASES)
    found = lex._aliases.get(w)
    if found is None:
        found = set()
        for st in _stems(lex, w):
            found |= lex.places.get(st, set())
        _remember(lex._aliases, w, found)
    return found


def names_a_place(lex: SpeakerLexicon, words: list[str]) -> bool:
    """The words (as `lex.base` gives them) hold a listed place (`Syria`, `сирии`)."""
    for i, w in enumerate(words):
        for alias in _place_aliases(lex, w):
            got = words[i:i + len(alias)]
            if len(got) == len(alias) and all(_same_word(lex, x, y) for x, y in zip(got, alias)):
                return True
    return False


def _places(lex: SpeakerLexicon, written: list[str], norms: list[str], words: list[str], aliases: list[set],
            tags: list[str]) -> list[str]:
    """Tags with the tokens of a listed place (`Cianjur`, `عدن`, `в Москву`) turned into modifiers:
    a place is never a person's name, and stays part of a role (`Bupati Cianjur`). Places that are
    also organisation names (`Россия`, `Washington`) keep their tag: a country speaks for its government.
    `written` are the sentence's words as written, `norms` the same folded, `words` their bases and
    `aliases` the listed places each base may start (see `_word`)."""
    if not lex.places:
        return tags
    out = list(tags)
    # (only the few words that may start a place are looked at: compress picks them in C)
    for i in compress(range(len(words)), aliases):
        w = words[i]
        if w in lex.article_places and w == norms[i]:
            continue   # `رياض حجاب`: written without the article, the word is no such place
        if lex.endings:
            found = [len(alias) for alias in aliases[i] if len(alias) <= len(words) - i
                     and all(_same_word(lex, x, y) for x, y in zip(words[i:i + len(alias)], alias))]
        else:
            # without case endings a word is the same word only as itself: one set test per length of the
            # aliases the word starts (`منطقة` starts 172 of them, in 3 lengths), not one per alias
            found = [k for k in lex.place_lengths[w] if i + k <= len(words) and tuple(words[i:i + k]) in aliases[i]]
        for k in found:   # (each place found turns its words into L; the order of the places changes nothing)
            for j in range(i, i + k):
                if out[j] in ("N", "X") and (lex.cased is False or written[j][0].isupper()):
                    out[j] = "L"
                elif out[j] == "G" and j and norms[j] in lex.countries and norms[j - 1] in lex.connectors:
                    out[j] = "L"   # `المتحدثة … في الأردن شذى المغربي`: where the role holds, no speaker
    return out


def _word(lex: SpeakerLexicon, w: str) -> tuple[str, str, str, set]:
    """(norm, tag, base, place aliases) of a word as written: find_mentions reads all four for every
    token of every sentence, so they are worked out, and looked up, once per distinct word."""
    r = lex._words.get(w)
    if r is None:
        b = lex.base(w)
        r = _remember(lex._words, w, (lex.norm(w), _tag(lex, w), b,
                                      _place_aliases(lex, b) if lex.places else _NO_ALIASES))
    return r


def _tag(lex: SpeakerLexicon, w: str) -> str:
    r = lex._tags.get(w)
    if r is None:
        r = _remember(lex._tags, w, _tag_word(lex, w))
    return r


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")


def _tag_word(lex: SpeakerLexicon, w: str) -> str:
    """N name-like, R role word, O organisation head, G organisation name, M modifier, P pronoun, X other."""
    if lex.cased and _INITIALS.fullmatch(w) and w[0].isupper():
        return "N"   # initials: `G.K.`
    n, b = lex.norm(w.rstrip(".")), lex.base(w.rstrip("."))   # `Rep.`, `Sen.`
    if not w.isalpha() and not any(ch.isalpha() for ch in w):   # (most words are letters only: one C call)
        return "M" if w == "-" or w in lex.possessives else "X"
    if n in lex.pronouns:
        return "P"
    if not lex.cased and len(w) > 1 and w[0] in "-–—ـ":
        return "X"   # `سلمان بن عبدالعزيز -حفظه-`: a word with a dash run onto it opens an aside, no name word
    if n in lex.name_words:
        return "N"   # `نصر الله`, `عبد الله`: a word with the article that belongs to a name
    if ((w if lex.cased else n) in lex.stop and w not in lex.not_stop) or (w if lex.cased else n) in lex.cues:
        return "X"
    if not lex.cased and n[:1] in lex.proclitics and len(n) > 2 and n[1:] in lex.stop and w not in lex.not_stop \
            and n not in lex.names and n not in lex.titles:   # `ولي` (العهد) is a title, not و + لي
        return "X"   # `فإن`, `وفي`: a clitic on a word that never starts a name
    if not lex.cased and n[:1] in lex.conjunctions and len(n) > 3 and n not in lex.names \
            and (lex.base(n[1:]) in lex.titles or lex.base(n[1:]) in lex.org_heads):
        return "X"   # `لوران فابيوس ووزير الخارجية`: a conjunction on a role word opens the next member
    if n in lex.org_names or w in lex.org_names:
        return "G"
    if b in lex.org_heads or n in lex.org_heads:
        return "O"
    if not lex.cased and n[:1] in lex.prepositions and len(n) > 3 and lex.base(n[1:]) in lex.org_heads:
        return "O"   # `لحزب الله`, `لوزارة الدفاع`: an attached preposition before an organisation head
    if not lex.cased and n[:1] in lex.prepositions and n[1:].lstrip("ـ") in lex.org_names:
        return "X"   # `لرويترز`: the agency told, never part of a name
    if b in lex.titles or b in lex.anon_heads:
        return "R"
    if lex.endings and w[:1].islower():
        st = _stem(lex, b)
        if st in lex.org_head_stems:
            return "O"
        if st in lex.title_stems:
            return "R"
    if n in lex.modifiers or n in lex.honorifics or n in lex.indefinite:
        return "M"
    if lex.cased:
        if w[0].isupper() and not (len(w) > 1 and w.isupper()):
            return "N"
        if 3 <= len(w) <= 6 and w.isupper() and w.isalpha():
            return "G"   # `MUI`, `KPU`, `ОБСЕ`: an acronym names a body (or a person spelled out in the text)
        return "M" if w.isupper() or n in lex.particles else "X"
    article = lex.norm(lex.article)
    if lex.definite_prefixes and n.startswith(lex.definite_prefixes) and len(n) > 4:
        return "M"
    # `والأسد`, `بالرئيس`: a one-letter clitic before the article; not `خالد`, `سالم`, `صالح`
    clitic = n[:1] in lex.proclitics and len(n) >= 6 if lex.proclitics else True   # not `فالح`
    # the article is matched as written: a hamza-seated alef (`ألكسندر`) is a name's letter, not the article's
    return "M" if article and (w.startswith(lex.article) or (clitic and w[1:].startswith(lex.article))) else "N"


# tag strings of find_mentions: a pronoun, or a run of chunk tags (`m`: an `M` that opens a run only)
_RUNS = re.compile(r"P|[NROGMLm][NROGML]*")
_LOWER_AFTER_NAME = re.compile(r"(?<=N)M")
_NAMED_TAGS = re.compile(r"[NROG]")


_WORD_BEFORE = re.compile(r"(\w+)\s+$")   # the last word of a text before a mention, and the space after it


def find_mentions(parsed: ParsedDoc) -> list[Mention]:
    """All speaker-like mentions of a document, in order."""
    text = parsed.text
    lex = speaker_lexicon(parsed.lang)
    out: list[Mention] = []
    all_toks = parsed.tokens
    starts = parsed.token_starts
    lower = _lower_words(text) if lex.cased else frozenset()
    compounds = _match_positions(lex.compound, text, [b for _, b in all_toks]) if lex.compound else set()
    for s0, s1 in parsed.sentences:
        toks = all_toks[bisect.bisect_left(starts, s0):bisect.bisect_right(starts, s1 - 1)]
        words = [text[a:b] for a, b in toks]
        # (the passes below share them; one cache lookup per token gives all four)
        got = lex._words.get
        info = [got(w) or _word(lex, w) for w in words]
        norms, tags, bases, aliases = (list(x) for x in zip(*info)) if info else ([], [], [], [])
        tags = _places(lex, words, norms, bases, aliases, tags)
        if lower:
            tags = _common_opener(text, lex, toks, tags, lower)
        if lex.degree_gap is not None and "," in text[s0:s1]:
            tags = _degrees(text, lex, toks, tags, s0, s1)
        # `الجار الله`, `عبد الله`: a name word (الله) makes one name with the word before it
        # (each pass below that rewrites one kind of tag is skipped, by a set or substring test, in a
        # sentence that has nothing for it to rewrite)
        if "M" in tags and not lex.name_words.isdisjoint(norms):
            tags = ["N" if g == "M" and k + 1 < len(toks) and norms[k + 1] in lex.name_words else g
                    for k, g in enumerate(tags)]
        if lex.openers or (lex.family_shape is not None and lex.names):
            tags = _name_words_in_context(lex, norms, tags)
        # `Komunitas Reyog Ponorogo (KRP)`: an acronym defined in brackets names what stands before it
        if "G" in tags and text.find("(", s0, s1) >= 0:
            tags = ["X" if g == "G" and 0 < k < len(toks) - 1 and text[toks[k - 1][0]] == "("
                    and text[toks[k + 1][0]] == ")" else g for k, g in enumerate(tags)]
        if not lex.cased and lex.prepositions and "O" in tags:
            # `قال الوزير محمد الغبان لوكالة الصحافة الفرنسية`: after a name, an organisation head with an
            # attached preposition is the body told, not part of the name (after a role it is the role's
            # body: `الأمين العام لحزب الله`)
            tags = ["X" if g == "O" and k and (tags[k - 1] == "N" or tags[k - 2:k] == ["N", "M"])
                    and norms[k][:1] in lex.prepositions else g
                    for k, g in enumerate(tags)]   # (N M: a family name with the article, `محمد الغبان`)
        if not lex.cased:
            tags = _known_bodies(norms, tags, parsed.lang)
            tags = _coordinated(lex, norms, tags)
            if lex.link_phrases:
                tags = _linked_bodies(text, lex, toks, norms, tags, parsed.lang)
            if lex.names and lex.conjunctions:
                tags = _conjoined_nouns(lex, norms, tags)
        if compounds:   # `Britain-based`, `US-led`, `Iranian-backed`: an adjective, not a name (none: no pass)
            tags = ["X" if b in compounds else g for g, (a, b) in zip(tags, toks)]
        if lex.adjective_endings:
            tags = _adjectives(text, lex, toks, tags)
        # the chunks are runs of the tag string, found by one regex instead of a loop per token: a
        # lower-case word after a name (`Assad said`) starts a run of its own unless it is a particle
        # (`bin`), so it is marked `m`, which may open a run but not continue one
        t = "".join(tags)
        if "NM" in t:
            marks = list(t)
            for h in _LOWER_AFTER_NAME.finditer(t):
                if words[h.start()].islower() and norms[h.start()] not in lex.particles:
                    marks[h.start()] = "m"
            t = "".join(marks)
        for run in _RUNS.finditer(t):
            i, j = run.span()
            if j == i + 1 and t[i] == "P":
                a, b = toks[i]
                out.append(Mention(a, b, "pronoun", a, b))
            elif _NAMED_TAGS.search(t, i, j):   # (modifiers and places alone make no mention: no _chunk)
                # a capitalised first word is a name when a reporting verb follows (`Lavrov said:`)
                first = i == 0 and not (j < len(toks) and words[j] in lex.cues)
                m = _chunk(text, lex, toks[i:j], tags[i:j], at_sentence_start=first)
                if m:
                    out.append(m)
    if lex.anonymous_tail:
        for k, m in enumerate(out):
            tail = None
            if m.kind == "anon":   # (the word before is read for an anonymous source only)
                # (not the object of a preposition: `a network of sources inside Syria … said`)
                prev = _WORD_BEFORE.search(text[max(0, m.np_start - 20):m.np_start])
                if not (prev and lex.norm(prev.group(1)) in lex.connectors):
                    tail = lex.anonymous_tail.match(text, m.np_end)
            inner = [o for o in out if m.np_end < o.np_start < tail.end()] if tail else []
            # `источник в силовых структурах Сирии`: a place or body named in the phrase belongs to it
            if tail and all(o.kind == "org" and o.np_end <= tail.end() for o in inner):
                out[k] = Mention(m.start, tail.end(), "anon", m.np_start, tail.end())
                out = [o for o in out if not any(o is i for i in inner)]
    if lex.group_of is not None:
        out = _groups_of_names(text, lex, out, parsed)
    if lex.role_chain:
        out = _role_chains(text, lex, out)
    if lex.bracketed_names:
        out = [_bracketed_name(text, lex, m, parsed.lang) if m.kind == "org" else m for m in out]
    out = _appositions(text, out, lex)
    return _body_words(text, lex, _quoted_bodies(text, lex, out)) if lex.cased else out


def _match_positions(pattern: re.Pattern, text: str, positions: list[int]) -> set[int]:
    """The positions (ascending) at which `pattern.match(text, p)` succeeds, with one search per match
    found instead of one match per position: a search from p stops at the first position that matches."""
    found: set[int] = set()
    hit = None
    for p in positions:
        if hit is None or hit.start() < p:
            hit = pattern.search(text, p)
            if hit is None:
                break   # no match anywhere after p
        if hit.start() == p:
            found.add(p)
    return found


_QUOTED_BODY = re.compile(r"\s*[«\"“„]([^«»\"“”„\n]{1,40})[»\"”“]\s*")


def _quoted_bodies(text: str, lex: SpeakerLexicon, ms: list[Mention]) -> list[Mention]:
    """`аналитика ИК «Восток-Капитал» Дмитрия Лебедева`: a title, a body's name in quote marks, then a name
    are one person, the quoted name part of the role."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        j = i + 1
        quoted = _QUOTED_BODY.match(text, m.np_end)
        while j < len(ms) and quoted and ms[j].np_start < quoted.end():
            j += 1   # the quoted name taken for a mention of its own
        q = quoted if m.kind == "title" else None
        if q and j < len(ms) and ms[j].np_start == q.end() and ms[j].kind == "name" and not ms[j].role \
                and len(q.group(1).split()) <= 4:
            n = ms[j]
            role = text[m.np_start:n.np_start].strip()
            out.append(Mention(n.start, n.end, "name", m.np_start, n.np_end, role, m.classes | lex.classes(role)))
            i = j + 1
            continue
        out.append(m)
        i += 1
    return out


def _body_words(text: str, lex: SpeakerLexicon, ms: list[Mention]) -> list[Mention]:
    """`Sekjen Paguyuban Reog Jabodetabek Agus Setiyoko` where the article also writes `Komunitas Reog
    Jabodetabek`: the words that name a body after its head elsewhere in the document belong to the role,
    not to the person's name."""
    tails: set[tuple[str, ...]] = set()
    for m in ms:
        ws = text[m.np_start:m.np_end].split()
        k = next((i for i, w in enumerate(ws) if lex.base(w) in lex.org_heads), None)
        if k is not None and k + 1 < len(ws) and m.kind in ("name", "org") and not m.role:   # a body, no person
            tails.add(tuple(ws[k + 1:]))
    if not tails:
        return ms
    out = []
    for m in ms:
        if m.kind == "name" and m.role and any(lex.base(w) in lex.org_heads for w in m.role.split()):
            ws = text[m.start:m.end].split()
            n = max((len(t) for t in tails if len(t) <= len(ws) and tuple(ws[:len(t)]) == t), default=0)
            if n == len(ws):   # `kata Sekjen Paguyuban Reog Jabodetabek, Senin`: the role alone, nobody named
                role = text[m.np_start:m.np_end]
                m = Mention(m.np_start, m.np_end, "title", m.np_start, m.np_end, role, lex.classes(role))
            elif n:
                start = m.start + len(text[m.start:m.end]) - len(text[m.start:m.end].split(None, n)[n])
                role = text[m.np_start:start].strip()
                m = Mention(start, m.end, "name", m.np_start, m.np_end, role, lex.classes(role))
        out.append(m)
    return out


def _lower_words(text: str) -> frozenset[str]:
    """The words a document writes in lower case."""
    return frozenset(filter(str.islower, re.findall(r"[^\W\d_]+", text)))


def _common_opener(text: str, lex: SpeakerLexicon, toks: list, tags: list[str], lower: frozenset) -> list[str]:
    """Cased scripts: the capitalised first word of a sentence that the document also writes in lower case
    is a common word (`Pendukung Anies menyuarakan`, `Aksi Ananda diikuti`), not part of a name."""
    k = next((k for k, (a, b) in enumerate(toks) if any(ch.isalpha() for ch in text[a:b])), None)
    if k is None or tags[k] != "N":
        return tags
    nxt = text[toks[k + 1][0]:toks[k + 1][1]] if k + 1 < len(toks) else ""
    if nxt in lex.cues or lex.norm(nxt) in lex.cues:
        return tags   # right before a reporting verb it speaks as itself: `Police said`
    w = text[toks[k][0]:toks[k][1]]
    # (a name particle opens a name: `De Blasio said`, though the text writes `de Mistura`)
    if w[1:].islower() and w.lower() in lower and lex.norm(w) not in lex.names and w.lower() not in lex.particles:
        return tags[:k] + ["X"] + tags[k + 1:]
    return tags


def _degrees(text: str, lex: SpeakerLexicon, toks: list, tags: list[str], s0: int, s1: int) -> list[str]:
    """`dr Dradjat R Suardi, SpB(K) Onk, ahli kanker`: the words of a degree set off by commas are no name."""
    assert lex.degree_gap is not None
    spans = [d.span(1) for d in lex.degree_gap.finditer(text, s0, s1)]
    if not spans:
        return tags
    return ["X" if any(a < tb and ta < b for a, b in spans) else g for g, (ta, tb) in zip(tags, toks)]


_BRACKETS = re.compile(r"[ \t]*\(\s*([^()\n\d]{2,40}?)\s*\)")


def _bracketed_name(text: str, lex: SpeakerLexicon, m: Mention, lang: str) -> Mention:
    """`بحسب مركز الابحاث المستقل (غايدار)`, `منظمة العفو الدولية (أمنستي)`: one to three words in brackets
    right after a body are its own name (or short form), part of its mention; not a phrase of function
    words, reporting verbs, a place (`(لندن)`), a noun with a pronoun suffix (`(مقرها لندن)`), a description
    opening with a body's head (`(البنك المركزي)`) or a clause after a conjunction (`(ومقره مسقط)`)."""
    hit = _BRACKETS.match(text, m.end)
    if hit is None:
        return m
    ws = hit.group(1).split()
    bases = [lex.base(w) for w in ws]
    if not 1 <= len(ws) <= 3 or any(not any(ch.isalpha() for ch in w) for w in ws) \
            or any(_tag(lex, w) in ("X", "P") for w in ws) or any(_possessive(lex, lex.norm(w)) for w in ws) \
            or names_a_place(lex, bases) or any(b in lex.titles or b in lex.anon_heads for b in bases) \
            or bases[0] in lex.org_heads or (len(ws) > 1 and lex.norm(ws[0])[:1] in lex.conjunctions):
        return m   # (`(ومقره مسقط)`: a clause)
    if common_words(ws, lang):
        return m   # `(البنك المركزي)`: what the body is, not its name
    return Mention(m.start, hit.end(), m.kind, m.np_start, max(m.np_end, hit.end()), m.role, m.classes)


def _name_words_in_context(lex: SpeakerLexicon, ws: list[str], tags: list[str]) -> list[str]:
    """Name words their neighbours reveal: the word after a name opener (`عبد الأمير`, not the title
    `الأمير`), and a listed given name that is also a function word before a family name (`صباح النعماني`,
    not `صباح اليوم`)."""
    # only a word after an opener or a listed given name may change (set tests find the sentences with none)
    listed, openers = lex.given_names, lex.openers
    if listed.isdisjoint(ws) and openers.isdisjoint(ws):
        return tags
    out = list(tags)
    for k in [k for k, w in enumerate(ws) if w in listed or (k and ws[k - 1] in openers)]:
        w = ws[k]
        opened = k > 0 and ws[k - 1] in lex.openers and out[k] in "RMX" and out[k - 1] == "N"
        given = out[k] == "X" and lex.names.get(w) == "given" and k + 1 < len(ws) and out[k + 1] in "NM" \
            and (lex.names.get(ws[k + 1]) == "family"
                 or (lex.family_shape is not None and bool(lex.family_shape.fullmatch(ws[k + 1]))))
        # `وقال باسم الضامن`: a given name that is also a role's modifier (`المتحدث باسم`), right after a
        # reporting verb and before no body, opens a name
        modifier = out[k] == "M" and w in lex.modifiers and lex.names.get(w) == "given" and k > 0 \
            and ws[k - 1] in lex.cues and k + 1 < len(ws) and out[k + 1] in "NM"
        if opened or given or modifier:
            out[k] = "N"
    return out


def _groups_of_names(text: str, lex: SpeakerLexicon, out: list[Mention], parsed: ParsedDoc) -> list[Mention]:
    """`Opponents of Bashar al-Assad said`, `supporters of Donald Trump say`: a plural common noun (lower
    case, or the sentence's first word; no title, body or name word) joined to a name by a group connector
    is an anonymous group, and it is the one who speaks; the name is only who they are for or against."""
    assert lex.group_of is not None
    keep: list[Mention] = []
    for m in out:
        hit = lex.group_of.search(text, max(0, m.np_start - 60), m.np_start) if m.kind == "name" else None
        if hit is not None:
            w = hit.group(1)
            s0 = parsed.sentence(hit.start(1))[0]
            first = not text[s0:hit.start(1)].strip(" \t\n\"“‘'(")
            b = lex.base(w)
            if (w.islower() or (first and w[1:].islower())) and b not in lex.titles and b not in lex.org_heads \
                    and lex.norm(w) not in lex.name_words and lex.norm(w) not in lex.stop:
                a = hit.start(1)
                while keep and keep[-1].np_end > a:   # `Opponents` taken for a name of its own
                    keep.pop()
                keep.append(Mention(a, m.np_end, "anon", a, m.np_end))
                continue
        keep.append(m)
    return keep


# tag positions that _coordinated and _conjoined_nouns look at, found in the tag string at once
_AFTER_NAME = re.compile(r"(?<=N)[NM]")
_NAME_BEFORE_MODIFIER = re.compile(r"N(?=M)")


def _coordinated(lex: SpeakerLexicon, norms: list[str], tags: list[str]) -> list[str]:
    """Uncased scripts: after a name word, a word with a conjunction written onto it opens the next member
    of a coordination (`جون كيري وكبار مسؤولي الإدارة`, `كيري ومحمد ظريف`) when what follows the
    conjunction is a name word, a title, an organisation head, a word that never starts a name or a group
    word (`كبار`); a name word that starts with the letter itself (`وليد`) stays."""
    if not lex.conjunctions:
        return tags
    out = list(tags)
    for h in _AFTER_NAME.finditer("".join(tags)):   # (a name word or modifier right after a name word)
        k = h.start()
        n = norms[k]
        if n[:1] not in lex.conjunctions or len(n) < 4 or n in lex.names or n in lex.name_words:
            continue
        rest, head = n[1:], lex.base(n[1:])
        if (tags[k] == "M" and lex.article and rest.startswith(lex.norm(lex.article))) or (tags[k] == "N" and (
                rest in lex.names or rest in lex.stop or head in lex.group_words or head in lex.titles
                or head in lex.anon_heads or head in lex.org_heads
                or (lex.adverb_ending and rest.endswith(lex.adverb_ending) and len(rest) > 3))):   # `وتعزيزا`
            out[k] = "X"   # (`والوفد المرافق`: the conjunction and the article)
    return out


def _linked_bodies(text: str, lex: SpeakerLexicon, toks: list, norms: list[str], tags: list[str],
                   lang: str) -> list[str]:
    """Uncased scripts: a linking phrase of the language's data (`من أجل`, `speakers.organisation_links`)
    after the words of a body goes on with the body's name (`مجموعة العمل من أجل فلسطينيي سورية`) when the
    body's gloss renders words after it as part of the name; else it is a purpose clause after the body
    (`الحكومة من أجل تخفيف الأزمة`), outside the mention."""

    out = list(tags)
    # (only a word that opens a linking phrase is looked at: most sentences have none)
    for k in [k for k, w in enumerate(norms) if w in lex.link_firsts and k]:
        p = next((p for p in lex.link_phrases if tuple(norms[k:k + len(p)]) == p), None)
        if p is None:
            continue
        h = k   # the body's head: the nearest organisation word of the run before the phrase
        while h > 0 and out[h - 1] in "NMOGL" and out[h - 1] not in "OG":
            h -= 1
        if h == 0 or out[h - 1] not in "OG":
            continue
        h -= 1
        e = k + len(p)
        while e < len(toks) and out[e] in "NML":
            e += 1
        if e == k + len(p):
            continue
        whole = organisation_gloss(text[toks[h][0]:toks[e - 1][1]], lang)
        if whole is not None and whole != organisation_gloss(text[toks[h][0]:toks[k - 1][1]], lang):
            out[k:k + len(p)] = ["M"] * len(p)
    return out


def _conjoined_nouns(lex: SpeakerLexicon, norms: list[str], tags: list[str]) -> list[str]:
    """Uncased scripts with a name lexicon: a word with a conjunction written onto it (`وقدرة`, `ومدى`,
    `واحترقت`), listed as no name word with or without it, before a word with the article that is no name
    word either (`وقدرة الأجهزة`, `ومدى الانسجام`): a common noun and its genitive, or a verb and its
    subject, opening a new member of the sentence; never a name. A listed first name (`وليد المعلم`) or
    a family name after the word (`فالح العيساوي`) keeps it a name."""
    out = list(tags)
    art = lex.norm(lex.article) if lex.article else ""
    if not art:
        return out
    for h in _NAME_BEFORE_MODIFIER.finditer("".join(tags)):
        k = h.start()
        n, nxt = norms[k], norms[k + 1]
        if n[:1] not in lex.conjunctions or len(n) < 4 or n in lex.names or n in lex.name_words \
                or n[1:] in lex.names or n[1:] in lex.name_words:
            continue
        if not nxt.startswith(art) or nxt in lex.names or nxt in lex.name_words or _family(lex, nxt):
            continue
        out[k] = "X"
    return out


def _adjectives(text: str, lex: SpeakerLexicon, toks: list, tags: list[str]) -> list[str]:
    """A capitalised word is an adjective, not a name, when its adjectival ending agrees with the
    lower-case word after it (`Питерского экономического форума`) or a place follows (`Западном Иерусалиме`)."""
    out = list(tags)
    for k in range(len(toks) - 1):
        if tags[k] != "N":
            continue
        w, nxt = text[toks[k][0]:toks[k][1]], text[toks[k + 1][0]:toks[k + 1][1]]
        end = next((e for e in lex.adjective_endings if w.endswith(e) and len(w) > len(e) + 2), None)
        if end and ((nxt[:1].islower() and nxt.endswith(end)) or tags[k + 1] == "L"):
            out[k] = "X"
    return out


@per_configs(maxsize=16)
def _body_aliases(lang: str) -> tuple[dict[str, int], frozenset[tuple[str, ...]]]:
    """Organisations of the speakers gazetteer as word sequences normalized for `lang`: (longest alias
    length by first word, the aliases). Uncased scripts have no capitals to find `العفو الدولية` by."""
    from ..speakers.gazetteer import load_gazetteer
    lex = speaker_lexicon(lang)
    seqs = set()
    for e in load_gazetteer().entries:
        if e.type != "organisation":
            continue
        for alias in e.aliases:
            ws = tuple(lex.norm(w) for w in alias.split())
            if 1 < len(ws) <= 6 and not any(ch.isascii() and ch.isalpha() for ch in alias):
                seqs.add(ws)
    first: dict[str, int] = {}
    for ws in seqs:
        first[ws[0]] = max(first.get(ws[0], 0), len(ws))
    return first, frozenset(seqs)


def _known_bodies(norms, tags, lang):
    """Uncased scripts: the words of an organisation the gazetteer lists (`العفو الدولية تقول`) are one
    body (G), the longest alias first, whatever their words' own tags."""
    first, seqs = _body_aliases(lang)
    if not first:
        return tags
    if first.keys().isdisjoint(norms):
        return tags   # (most sentences: no word that starts a listed body)
    out, nxt = list(tags), 0
    for i in [i for i, w in enumerate(norms) if w in first]:
        if i < nxt:
            continue   # inside a body found before
        for n in range(min(first[norms[i]], len(norms) - i), 1, -1):
            if tuple(norms[i:i + n]) in seqs:
                out[i:i + n] = ["G"] * n
                nxt = i + n
                break
    return out


def _role_chains(text: str, lex: SpeakerLexicon, ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        k = len(out) - 1
        while k >= 0 and out[k].kind == "org":
            k -= 1
        t = out[k] if k >= 0 else None
        if m.kind == "name" and t is not None and t.kind == "title" and lex.role_chain is not None \
                and lex.role_chain.fullmatch(text, t.np_end, m.np_start):
            role = text[t.np_start:m.np_start].strip()
            out[k:] = [Mention(m.start, m.end, "name", t.np_start, m.np_end, role, lex.classes(role))]
            continue
        out.append(m)
    return out


def _trim(toks, tags, lex, text):
    """Drop connectors (`of`, `the`, `لدى`) at either edge of a chunk; a determiner may open it.
    A connector is a word whose folded form the language lists, written in lower case in a cased script."""
    # (it runs on every chunk: the test is written out in the two loops, no helper call per edge word)
    norm, connectors, cased = lex.norm, lex.connectors, lex.cased
    while toks:
        w = text[toks[-1][0]:toks[-1][1]]
        if norm(w) not in connectors or (cased and not w.islower()):
            break
        toks, tags = toks[:-1], tags[:-1]
    while toks:
        w = text[toks[0][0]:toks[0][1]]
        n = norm(w)
        if n not in connectors or n in lex.determiners or (cased and not w.islower()):
            break
        toks, tags = toks[1:], tags[1:]
    return toks, tags


# Uncased scripts: one to three name-like words and nothing else are a bare name (kept only as the name
# of an apposition): no anonymous source (no title), nothing post-posed, no place, organisation or role
# for _person's tests to weigh, whose every branch before its `bare` one needs a tag other than N (or a
# longer run); _chunk returns it at once.
_SHORT_NAME_RUNS = frozenset({"N", "NN", "NNN"})


def _chunk(text, lex, toks, tags, at_sentence_start) -> Mention | None:
    """One mention from a run of tagged tokens, or None."""
    toks, tags = _trim(toks, tags, lex, text)
    if not toks:
        return None
    t = "".join(tags)
    if t in _SHORT_NAME_RUNS and not lex.cased:
        # (the commonest chunk of an uncased script: what _person makes of it, without its tests; see
        # _SHORT_NAME_RUNS)
        return Mention(toks[0][0], toks[-1][1], "bare", toks[0][0], toks[-1][1])
    if "L" in t:
        # a place closing a run of names is no part of a person (`… Irvan hadir di Cianjur`), but stays in
        # an organisation's name (`Pemuda Muhammadiyah Provinsi DKI Jakarta`) and in a role (`Bupati Cianjur`)
        k = len(t) - len(t.rstrip("LM"))
        if k and "L" in t[len(t) - k:] and not re.search("[OG]", t) and "N" in t[:len(t) - k]:
            toks, t = toks[:len(t) - k], t[:len(t) - k]
        elif k and "L" in t[len(t) - k:] and "G" in t and not re.search("[RO]", t):
            g = toks[t.index("G")]   # `MUI Indramayu`: a body and its place
            return Mention(g[0], toks[-1][1], "org", g[0], toks[-1][1])
        t = t.replace("L", "M")
    if not lex.cased and len(t) > 2 and t[0] in "LM" and t[1] == "N" \
            and names_a_place(lex, [lex.base(text[toks[0][0]:toks[0][1]])]):
        # `… في الأردن شذى المغربي`: a place before a name is where the title before it holds, not the name
        return _chunk(text, lex, toks[1:], list(tags[1:]), at_sentence_start=False)
    return (_indefinite_source(text, lex, toks, t) or _postposed(text, lex, toks, t)
            or _person(text, lex, toks, t, at_sentence_start)
            or _group(text, lex, toks, t))


def _postposed(text, lex, toks, t) -> Mention | None:
    """`Rami Abdel Rahman head of the Syrian Observatory` (a comma lost): two or more capitalised
    words, then a lower-case role word and an organisation make one person with that role."""
    k = len(t) - len(t.lstrip("N"))
    if not lex.postposed_roles or k < 2 or k >= len(t) or t[k] != "R" or not text[toks[k][0]].islower() \
            or not re.search("[OG]", t[k:]):
        return None
    role = text[toks[k][0]:toks[-1][1]]
    return Mention(toks[0][0], toks[k - 1][1], "name", toks[0][0], toks[-1][1], role, lex.classes(role))


def _indefinite_source(text, lex, toks, t) -> Mention | None:
    """Uncased scripts with an article (`مصدر عسكري`): an anonymous-source word without the article is
    indefinite; no name follows."""
    w0 = text[toks[0][0]:toks[0][1]]
    if lex.cased or t[0] != "R" or lex.base(w0) not in lex.anon_heads or lex.base(w0) != lex.norm(w0):
        return None
    k = 1
    while k < min(len(toks), 3) and t[k] == "N" and not text[toks[k][0]:toks[k][1]].startswith(tuple(lex.prepositions)):
        k += 1   # `مسؤول أميركي` but not `… لوكالة رويترز`
    return Mention(toks[0][0], toks[k - 1][1], "anon", toks[0][0], toks[k - 1][1])


def _person(text, lex, toks, t, at_sentence_start) -> Mention | None:
    """A name run with its role words before it (`Russian Foreign Minister Sergei Lavrov`,
    `وزير الخارجية الروسي سيرغي لافروف`) or, in Arabic, after it (`جون كيربي المتحدث باسم …`)."""
    while not lex.cased and len(t) > 2 and t.endswith("NM") and "R" in t[:-2] \
            and _prepositional(lex, text[toks[-2][0]:toks[-2][1]]):
        toks, t = toks[:-2], t[:-2]   # `رئيس الاتحاد لكرة القدم`: a prepositional phrase of the title, no name
    # `الوزير خالد سعيد بالسفير`: a preposition on the article starts a phrase after the name
    while not lex.cased and len(t) > 2 and t.endswith("NM") \
            and _preposition_on_article(lex, text[toks[-1][0]:toks[-1][1]]):
        toks, t = toks[:-1], t[:-1]
    if not lex.cased and lex.names and "R" in t and len(t) > 3:
        # `رئيس الفريق الإعلامي حمد العمر استمرار الحملة`: a listed first name and a listed family name
        # close the name after a title; an unlisted bare word after them is the verb's object
        ws = [lex.norm(text[x:y]) for x, y in toks]
        for p in range(1, len(t) - 2):
            if t[p] == "N" and t[p + 2] == "N" and "R" in t[:p] and lex.names.get(ws[p]) == "given" \
                    and _family(lex, text[toks[p + 1][0]:toks[p + 1][1]]) and lex.names.get(ws[p + 2]) is None:
                toks, t = toks[:p + 2], t[:p + 2]
                break
    a, b = toks[0][0], toks[-1][1]
    if not lex.cased and len(t) > 3 and t.endswith("NMM") and "R" in t[:-3] and all(
            _family(lex, text[x:y]) for x, y in toks[-2:]):
        t = t[:-2] + "NN"   # two family names with the article: `حمد العمر الخالدي`
        converted = True
    elif not lex.cased and len(t) > 2 and t.endswith("NM") and "R" in t \
            and lex.norm(text[toks[-1][0]:toks[-1][1]]) not in lex.modifiers:
        t = t[:-1] + "N"   # a family name with the article closes the name: `بشار الأسد`
        converted = True
    else:
        converted = False
    k = _name_length(text, lex, toks, t) if lex.cased else len(t) - len(t.rstrip("N"))
    if k and not lex.cased and k < len(t) and _scope_word(lex, text[toks[-k][0]:toks[-k][1]]):
        if k > 2 and (named := _listed_name_inside(text, lex, toks, t)) and named.start > toks[-k][0]:
            return named   # `مدير جمعية الثقافة بجدة عمر الجاسر`: a name after the place that closes the role
        # `المدير العام للتعليم بحائل`: a preposition on a place or a body closes the role, it opens no name
        toks, t, k = toks[:len(t) - k], t[:len(t) - k], 0
        b = toks[-1][1]
    if k and not lex.cased and k < len(t) and t[-k - 1] == "O" and lex.article and not \
            lex.norm(text[toks[-k - 1][0]:toks[-k - 1][1]]).startswith(lex.norm(lex.article)):
        # `وكيل محافظة عدن نايف البكري`: the word after an indefinite organisation head is its genitive
        k = 0 if k == 2 and converted else k - 1
    if k and lex.org_head_first and t[0] == "O" and "R" not in t and _acronym_after(text, toks):
        return None   # `Komisi Pemilihan Umum (KPU)`: a body spelled out before its acronym
    if k == 1 and lex.org_head_first and len(t) > 1 and t[-2] == "O" and "N" not in t[:-1]:
        if "R" not in t:
            return None   # `Kolese Kanisius`: the word after an organisation head names the body
        # `Rektor Universitas Paramadina`: the role's body, no person named
        return Mention(a, b, "title", a, b, text[a:b], lex.classes(text[a:b]))
    if k and not lex.cased and lex.names and k < len(t) and "RN" in t \
            and (inner := _inner_name(text, lex, toks, t, len(t) - k, len(t) - k + _listed_run(text, lex, toks[-k:]))):
        return inner
    if k > 1 and not lex.cased and lex.names and "R" in t[:-k]:
        n = _listed_run(text, lex, toks[-k:])
        if n < k:   # `الشيخ عبدالرحمن النمراوي فرار قيادات داعش`: the verb's object after the name
            toks, t, k = toks[:len(t) - k + n], t[:len(t) - k] + "N" * n, n
            b = toks[-1][1]
    if k and lex.cased and _names_organisation(text, lex, toks[:-k], t[:-k]):
        return None   # `Observatory for Human Rights`: capitalised words after an organisation head name it
    if k and lex.cased and k < len(t) and "R" in t[:-k] and text[toks[-k - 1][0]:toks[-k - 1][1]] in lex.connectors \
            and lex.norm(text[toks[-k - 1][0]:toks[-k - 1][1]]) not in lex.determiners:
        # `the mayor of Easton`, `a spokesman for Hamas`: the name after the role's preposition is its
        # scope (a place, a body), not the person; the phrase is a title
        return Mention(a, b, "title", a, b, text[a:b], lex.classes(text[a:b]))
    if k >= 3 and lex.genitive_endings and "R" in t[:-k] and _glued_genitive(text, lex, toks[-k:]):
        k -= 1   # `Помощник Путина Юрий Ушаков`: `Путина` belongs to the role
    if k == 1 and lex.relational and len(t) > 1 and t[-2] == "R" \
            and _stem(lex, lex.base(text[toks[-2][0]:toks[-2][1]])) in lex.relational \
            and lex.norm(text[toks[-1][0]:toks[-1][1]]).endswith(lex.genitive_endings):
        # `по словам помощника Путина`: the aide of the person named, nobody else named
        role = text[a:toks[-2][1]]
        return Mention(a, b, "title", a, b, text[a:b], lex.classes(role))
    if k and (lex.cased or "R" in t[:-k]):
        if k == len(t) == 1 and lex.cased and at_sentence_start and text.count(text[a:b]) < 2:
            return None  # a capitalised first word seen once is too often not a name
        has_role = "R" in t[:-k]
        ra = a if lex.cased or not has_role else toks[t.index("R")][0]   # Arabic roles start at the title
        role = _role_text(text, lex, toks[:-k], ra) if has_role else None
        return Mention(toks[-k][0], b, "name", a, b, role, lex.classes(role) if role else frozenset())
    if lex.cased:
        return None
    if set(t) == {"N"} and k <= 3:
        return Mention(a, b, "bare", a, b)   # kept only as the name of an apposition, see _appositions
    fam = _FAMILY_TAGS.match(t)
    if fam and "R" not in t and (_family(lex, text[toks[fam.end() - 1][0]:toks[fam.end() - 1][1]])
                                 or (fam.end() == len(t) and _closed(text, lex, b))):
        # `فالح العيساوي، نائب رئيس …`, `عبدالله الحمراني مغادرة`: a family name with the article closes the
        # name (the verb's object may follow); kept only as the name of an apposition
        return Mention(a, toks[fam.end() - 1][1], "bare", a, toks[fam.end() - 1][1])
    k = len(t) - len(t.lstrip("N"))
    if 0 < k <= 3 and t[k:k + 2] == "MR":
        k += 1   # `فالح العيساوي عضو مجلس …`: the family name with the article, then the title
    if 0 < k <= 4 and t == "N" * k + "R" and lex.names \
            and lex.names.get(lex.norm(text[toks[0][0]:toks[0][1]])) is not None \
            and lex.names.get(lex.norm(text[toks[-1][0]:toks[-1][1]])) == "family":
        # `أبو مهدي المهندس`, `محمد القاضي`: a listed family name that is also a role word, right after a
        # listed name and closing the run, ends that name (before a name, `المهندس مسفر`, it is a title)
        return Mention(a, b, "name", a, b)
    if 0 < k <= 4 and "R" in t:
        if lex.names and (inner := _inner_name(text, lex, toks, t, 0, k)):
            return inner
        w0 = lex.norm(text[toks[0][0]:toks[0][1]])
        lone = k == 1 and not (lex.family_shape is not None and lex.family_shape.fullmatch(w0))
        if (at_sentence_start or lone) and lex.names and lex.names.get(w0) is None:
            # `شكا سكان الحي`, `استنكرت مملكة البحرين`: a verb-first sentence opens with its verb, not a
            # name before a post-posed title (a name opening the sentence starts with a listed word); one
            # unlisted word alone before a title is a common noun (`مهرجان`, `جديد`), not a name
            return _chunk(text, lex, toks[1:], t[1:], at_sentence_start=False) if len(toks) > 1 else None
        role = text[toks[k][0]:b]
        return Mention(a, toks[k - 1][1], "name", a, b, role, lex.classes(role))
    # a name between two titles or after an adjective, before its post-posed title:
    # `الدكتور محمد الزعبي المدير الطبي`, `الجمهوري جون بينر رئيس مجلس النواب`
    m = _NAME_BEFORE_TITLE_TAGS.match(t)   # (`راشد بن عبد الله آل خليفة`: 6 words)
    if m:
        i, j = m.end(1), m.end(2)
        role = text[toks[j][0]:b]
        return Mention(toks[i][0], toks[j - 1][1], "name", a, b, role, lex.classes(role))
    return _listed_name_inside(text, lex, toks, t)


# tag patterns of _person, compiled once (it runs on every chunk)
_FAMILY_TAGS = re.compile("N{1,3}M")
_NAME_BEFORE_TITLE_TAGS = re.compile(r"([MROG]{1,4}?)(N{1,7}M?)(?=R)")


def _listed_name_inside(text, lex, toks, t) -> Mention | None:
    """`مدير جمعية الثقافة والفنون بجدة عمر الجاسر`, `رئيس بلدية ينبع د. حاتم طه أهمية الدور`: a title whose
    body or place runs on to a name: the first listed first name after the title opens the person's name
    (two words at least, as `_listed_run` takes them); the words before it are the role."""
    if not lex.names or "R" not in t:
        return None
    ws = [lex.norm(text[x:y]) for x, y in toks]
    for p in range(t.index("R") + 1, len(t) - 1):
        if t[p] != "N" or (t[p - 1] == "N" and not _scope_word(lex, text[toks[p - 1][0]:toks[p - 1][1]])) \
                or not (lex.names.get(ws[p]) == "given" or f"{ws[p]} {ws[p + 1]}" in lex.names):
            continue   # (after a place or body the role is at: `… بجدة عمر الجاسر`)
        q = p
        while q < len(t) and t[q] in "NM":
            q += 1
        n = _listed_run(text, lex, toks[p:q])
        if n < 2:
            continue
        role = _role_text(text, lex, toks[:p], toks[t.index("R")][0])
        return Mention(toks[p][0], toks[p + n - 1][1], "name", toks[0][0], toks[p + n - 1][1], role,
                       lex.classes(role) if role else frozenset())
    return None


def _closed(text: str, lex: SpeakerLexicon, pos: int) -> bool:
    """A quote mark or a function word (`إن`, `ان`) right after `pos`: a name before it ends there."""
    m = re.match(r"\s*(?:([«»“”\"])|(\w+))", text[pos:pos + 40])
    return m is not None and (m.group(1) is not None or lex.norm(m.group(2) or "") in lex.stop)


def _family(lex: SpeakerLexicon, w: str) -> bool:
    """A listed family name or one of the family-name shape (`العيساوي`)."""
    n = lex.norm(w)
    return lex.names.get(n) == "family" or (lex.family_shape is not None and bool(lex.family_shape.fullmatch(n)))


def _listed_run(text, lex, toks) -> int:
    """Uncased scripts with a name lexicon: how many of the name-like words `toks` after a title make the
    name. Listed name words and compounds, particles and the word after them, family names of the
    listed shape; one unlisted word only to close the name (`جيف ديفيس`, `أحمد حسن عسيري`), and not a
    word with the article after two name words (`كريم حداد الحدود`). All of them when the first word is
    unlisted (a foreign name: nothing to judge by)."""
    ws = [lex.norm(text[a:b]) for a, b in toks]
    if lex.names.get(ws[0]) is None and not (len(ws) > 1 and f"{ws[0]} {ws[1]}" in lex.names):
        return len(ws)
    article = lex.norm(lex.article) if lex.article else "\0"

    def named(w: str) -> bool:   # a listed name word or a family name of the listed shape
        return lex.names.get(w) not in (None, "particles") or bool(lex.family_shape and lex.family_shape.fullmatch(w))
    i, after_particle = 0, False
    while i < len(ws):
        w = ws[i]
        section = lex.names.get(w)
        if i + 1 < len(ws) and f"{w} {ws[i + 1]}" in lex.names:
            i, after_particle = i + 2, False
            continue
        if section is not None or after_particle or w in lex.name_words or named(w):
            i, after_particle = i + 1, section == "particles"
            continue
        if i + 1 < len(ws) and (named(ws[i + 1]) or ws[i + 1] in lex.name_words):
            i += 1   # an unlisted father's name before a family name (`عيد عماش الكربولي`)
            continue
        closing = i == len(ws) - 1 or (i == len(ws) - 2 and _possessive(lex, ws[-1]))   # (`… زيارته`)
        if closing and not (i >= 2 and w.startswith(article)) and not _possessive(lex, w):
            i += 1   # one unlisted word closing the name
        break
    while i > 1 and lex.names.get(ws[i - 1]) == "particles":
        i -= 1
    return i


def _possessive(lex: SpeakerLexicon, w: str) -> bool:
    """`زيارته`, `جماعتها`: a folded word ending in a pronoun suffix, and longer than the suffix by three letters."""
    return any(w.endswith(e) and len(w) >= len(e) + 3 for e in lex.possessive_endings)


# a title, then the name-like run after it (_inner_name): the only tag strings that may hold such a
# person are those with `RN` in them, which _person tests before working out the run
_TITLED_RUN = re.compile(r"R+(N+)")


def _inner_name(text, lex, toks, t, lo, hi) -> Mention | None:
    """Uncased scripts with a name lexicon: `من جهة أخرى اعتمد الأمير فيصل بن خالد أمير منطقة عسير
    برامج الملتقى`: the run taken for the name, toks[lo:hi], starts with no name word (words before a
    title, the verb's object after a post-posed one), while a title elsewhere in the chunk is followed
    by a run that starts with a listed name word: that one is the person, its titles around it."""
    # (a particle alone opens no name here: `فإن` folds to the particle `فان`); a listed word may open the
    # run taken only when a name at least two words longer follows a title (`سلمان بن فهد آل سعود ولي عهد
    # المملكة`: `عهد` is a name word, here the title's)
    shorter = lex.names.get(lex.norm(text[toks[lo][0]:toks[lo][1]])) not in (None, "particles")
    # the longest such run, the later of two as long (`ولي عهد` holds the name word `عهد`)
    for m in sorted(_TITLED_RUN.finditer(t), key=lambda x: (x.end(1) - x.start(1), x.start()), reverse=True):
        i, j = m.start(1), m.end(1)
        if (lo < j and i < hi) or j >= len(t) or \
                lex.names.get(lex.norm(text[toks[i][0]:toks[i][1]])) in (None, "particles") or \
                (shorter and j - i < hi - lo + 2):
            continue
        while j < len(t) - 1 and t[j] == "M" and (lex.names.get(w := lex.norm(text[toks[j][0]:toks[j][1]])) or (
                lex.family_shape is not None and lex.family_shape.fullmatch(w))) and w not in lex.modifiers:
            j += 1   # the family name with the article (`عبدالرحمن النمراوي`), not `باسم` (on behalf of)
        ra = toks[m.start()][0]
        end = toks[lo - 1 if lo > j else -1][1]
        role = text[ra:toks[i - 1][1]] + " " + text[toks[j][0]:end]
        return Mention(toks[i][0], toks[j - 1][1], "name", ra, toks[-1][1], role, lex.classes(role))
    return None


def _glued_genitive(text, lex, toks) -> bool:
    """The first of a run of name words is a genitive complement of the role before it (`Помощник
    Путина Юрий Ушаков`, `Глава Сбербанка Герман Греф`): its ending is a genitive one and the next word is
    no patronymic (`Михаил Сергеевич Горбачев`); with the morphology booster, its reading decides."""
    w0, w1 = (text[a:b] for a, b in toks[:2])
    m = morph.analyzer(lex.morphology)
    verdict = m.genitive_complement(w0, w1) if m else None
    if verdict is not None:
        return verdict
    return lex.norm(w0).endswith(lex.genitive_endings) and not lex.norm(w1).endswith(lex.patronymic_endings)


def _acronym_after(text, toks) -> bool:
    """The chunk is followed by its initials in parentheses: `Badan Narkotika Nasional (BNN)`."""
    m = re.match(r"\s*\(([A-Z]{2,8})\)", text[toks[-1][1]:toks[-1][1] + 14])
    initials = "".join(text[a] for a, _ in toks if text[a].isupper())
    return m is not None and initials[:1] == m.group(1)[:1] and _in_order(m.group(1), initials)


def _in_order(short: str, letters: str) -> bool:
    it = iter(letters)
    return all(ch in it for ch in short)


def _names_organisation(text, lex, toks, t) -> bool:
    """The role part ends with an organisation head and a connector: `Observatory for`, `Ministry of`."""
    i = len(t)
    while i > 0 and t[i - 1] == "M" and text[toks[i - 1][0]:toks[i - 1][1]] in lex.connectors:
        i -= 1
    # `Observatorium Suriah untuk Hak Asasi Manusia`: a country may stand between head and connector
    return i < len(t) and i > 0 and (t[i - 1] == "O" or (i > 1 and t[i - 1] == "G" and t[i - 2] == "O"))


def _name_length(text, lex, toks, t) -> int:
    """Tokens of the name closing a chunk in a cased script: capitalised words with the particles
    and hyphens between or before them (`Asma al-Assad`, `Walid al-Muallem`, `bin Salman`)."""
    k, i = 0, len(t) - 1
    while i >= 0:
        w = text[toks[i][0]:toks[i][1]]
        if t[i] == "N":
            k = len(t) - i
        elif not (k and t[i] == "M" and (w == "-" or lex.norm(w) in lex.particles)):
            break
        i -= 1
    return k


def _group(text, lex, toks, t) -> Mention | None:
    """An anonymous source, an organisation, a country standing for its government, or a title."""
    a, b = toks[0][0], toks[-1][1]
    if "R" not in t and "O" not in t:
        if "G" not in t:
            return None
        i = j = t.index("G")
        while not lex.cased and j + 1 < len(t) and t[j + 1] == "G":   # a body of several words (_known_bodies)
            j += 1
        if not lex.cased and j > i and j + 1 < len(t) and t[j + 1] == "M" \
                and country_of_adjective(text[toks[j + 1][0]:toks[j + 1][1]], lex.lang):
            j += 1   # `وزارة الخارجية البحرينية`: a listed body and its country's adjective
        return Mention(toks[i][0], toks[j][1], "org", toks[i][0], toks[j][1])
    if "R" in t:
        head = text[toks[t.rfind("R")][0]:toks[t.rfind("R")][1]]
        indefinite = lex.norm(text[toks[0][0]:toks[0][1]]) in lex.indefinite
        plural = t.endswith("R") and head.endswith(lex.plural_suffixes or ("\0",))   # `officials said`
        if lex.cased and lex.base(head) in lex.anon_heads and (indefinite or plural or lex.bare_anonymous):
            return Mention(a, b, "anon", a, b)
        if not lex.cased and _definite_source(text, lex, toks, t):
            return Mention(a, b, "anon", a, b)
        return Mention(a, b, "title", a, b, text[a:b], lex.classes(text[a:b]))
    if not lex.cased:
        i = t.index("O")
        a = toks[i][0]   # the organisation starts at its head word: `وزارة الدفاع الروسية`
        if lex.article and lex.norm(text[a:toks[i][1]]).startswith(lex.norm(lex.article)):
            # a definite head takes no bare noun after it (`الوزارة مقتل …`), only adjectives and
            # prepositional complements (`المرصد السوري لحقوق الإنسان`)
            j = i + 1
            while j < len(t) and (t[j] != "N" or text[toks[j][0]:toks[j][1]].startswith(lex.prepositions or ("\0",))):
                j += 1
            b = toks[j - 1][1]
        else:
            # an indefinite head takes its genitive (`قيادة التحالف`, `منظمة أطباء بلا حدود`); a bare word after
            # a definite one is the verb or object that follows the body (`قيادة التحالف وقف العمليات`)
            art = lex.norm(lex.article) if lex.article else "\0"
            ws = [lex.norm(text[x:y]) for x, y in toks]
            # (a conjunction on the definite word too: `وزارة التجارة والصناعة بدء تطبيق …`)
            definite = [w.startswith(art) or (w[:1] in lex.conjunctions and w[1:].startswith(art)) for w in ws]
            j = i + 1
            # (listed name words go on: `جامعة الإمام محمد بن سعود`)
            while j < len(t) and not (t[j] == "N" and definite[j - 1] and not _prepositional(lex, ws[j])
                                      and ws[j] not in lex.name_words and ws[j] not in lex.names):
                j += 1
            b = toks[j - 1][1]
    return Mention(a, b, "org", a, b)


def _prepositional(lex: SpeakerLexicon, w: str) -> bool:
    """`لكرة`, `بمنطقة`: an attached preposition on an unlisted word (Arabic), not a name word (`لطفي`, `بكر`)."""
    n = lex.norm(w)
    return n[:1] in lex.prepositions and len(n) >= 4 and n not in lex.names and n not in lex.name_words


def _scope_word(lex: SpeakerLexicon, w: str) -> bool:
    """`بحائل`, `بجدة`, `لوزارة`: an attached preposition on a listed place, a role word or an organisation
    head (Arabic): the scope of a title, never a name."""
    if not _prepositional(lex, w):
        return False
    rest = lex.norm(w)[1:]
    return rest in lex.titles or lex.base(rest) in lex.org_heads or lex.base(rest) in lex.anon_heads \
        or any(len(alias) == 1 for alias in _place_aliases(lex, lex.base(rest)))


def _preposition_on_article(lex: SpeakerLexicon, w: str) -> bool:
    """`للمجلس`, `بالسفير`, `بالوزارة`: a preposition written onto the article (Arabic), before a role word,
    an organisation head or a place; not a family name that opens so (`بالحصا`, `المعتصم بالله`)."""
    n, art = lex.norm(w), lex.norm(lex.article) if lex.article else ""
    if not art or len(n) <= len(art) + 2:
        return False
    if n.startswith(lex.definite_prefixes or ("\0",)):
        return True
    rest = lex.base(n[1:])
    return n[:1] in lex.prepositions and n[1:].startswith(art) and (
        rest in lex.titles or rest in lex.anon_heads or rest in lex.org_heads or bool(_place_aliases(lex, rest)))


def _definite_source(text, lex, toks, t) -> bool:
    """Uncased scripts with an article: `المسؤولون الأميركيون`, `المصادر العسكرية`, `المصدر`: an
    anonymous-source head with the article but no role class of a person (the plural of a role word,
    or a source) stays an anonymous source; it never stands for the last person named."""
    if not lex.article:
        return False
    w = text[toks[t.index("R")][0]:toks[t.index("R")][1]]
    return lex.base(w) in lex.anon_heads and lex.base(w) != lex.norm(w) \
        and not lex.classes(text[toks[0][0]:toks[-1][1]])


def _role_text(text, lex, toks, start) -> str | None:
    """The role words before a name, without a leading connector (`of the French representative`)."""
    toks = [t for t in toks if t[0] >= start]
    while toks and lex.norm(text[toks[0][0]:toks[0][1]]) in lex.connectors:
        toks = toks[1:]
    return text[toks[0][0]:toks[-1][1]].strip(" ,،") if toks else None


def _appositions(text: str, ms: list[Mention], lex: SpeakerLexicon | None = None) -> list[Mention]:
    """`Name, role,` and `role, Name,` become one person mention with that role."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        gap = text[prev.np_end:m.np_start] if prev else ""
        kinds = {prev.kind, m.kind} if prev else set()
        if prev and lex is not None and lex.apposition and prev.kind in ("bare", "name") and not prev.role \
                and m.kind in ("title", "name", "anon", "bare") and _apposition_gap(lex, gap):
            # `وقال أدهم باشو وهو سياسي محلي`: the words after the pronoun describe the name before it;
            # they name nobody else (`وهي نائبة كبيرة` holds no name `كبيرة`)
            role = text[m.np_start:m.np_end]
            out[-1] = Mention(prev.start, prev.end, "name", prev.np_start, m.np_end, role, lex.classes(role))
            continue
        # `Menteri … ( Menkominfo), Rudiantara`: the role's short form in brackets, then the name
        if prev and lex is not None and lex.role_org_name and _role_org(text, lex, prev) and m.kind == "name" \
                and not m.role and re.fullmatch(r"\)?\s*(?:\([^()]{1,80}\)\s*)?,?\s*", gap.lstrip()) \
                and not _listed(text, out, prev):
            role = text[prev.np_start:prev.np_end]
            out[-1] = Mention(m.start, m.end, "name", prev.np_start, m.np_end, role, lex.classes(role))
            continue
        if prev and lex is not None and prev.kind == "title" and m.kind in ("bare", "name") and not m.role \
                and not lex.cased \
                and _placed_gap(lex, gap):
            # `القنصل السعودي في مدينة مشهد، عبدالله الحمراني`: the title, where it holds, then its holder
            out[-1] = Mention(m.start, m.end, "name", prev.np_start, m.np_end, prev.role, prev.classes)
            continue
        if prev and (gap.strip() in (",", "،") or (lex is not None and lex.degree_gap is not None
                                                  and lex.degree_gap.fullmatch(gap))) \
                and kinds in ({"name", "title"}, {"bare", "title"}) and not (
                prev.kind == "name" and prev.role) and not (m.kind == "name" and m.role):
            name, title = (m, prev) if prev.kind == "title" else (prev, m)
            out[-1] = Mention(name.start, name.end, "name", prev.np_start, m.np_end, title.role, title.classes)
            continue
        out.append(m)
    if lex is not None and lex.apposition:   # `قال هارونا كابيل وهو …`: a description follows, so a name
        out = [Mention(m.start, m.end, "name", m.np_start, m.np_end) if m.kind == "bare"
               and _apposition_gap(lex, " ".join(text[m.np_end:m.np_end + 12].split()[:1]))
               else m for m in out]
    return [m for m in out if m.kind != "bare"]


def _placed_gap(lex: SpeakerLexicon, gap: str) -> bool:
    """Uncased scripts: the gap is a preposition (`في`) and up to four words that hold a listed place,
    perhaps closed by a comma: where a title holds, between it and its holder."""
    ws = gap.replace("،", " ").replace(",", " ").split()
    return 2 <= len(ws) <= 5 and lex.norm(ws[0]) in lex.connectors and not re.search(r"[.:;!?؟\"“”«»()]", gap) \
        and (names_a_place(lex, [lex.base(w) for w in ws[1:]]) or lex.base(ws[1]) in lex.place_kinds)


def _apposition_gap(lex: SpeakerLexicon, gap: str) -> bool:
    """The gap is one apposition word (`وهو`, `وهي`), perhaps after a comma."""
    ws = gap.replace("،", " ").replace(",", " ").split()
    return len(ws) == 1 and lex.norm(ws[0]) in lex.apposition
def _listed(text: str, out: list[Mention], prev: Mention) -> bool:
    """`Telegram, Tumblr, Vimeo`: `prev` follows another mention and a comma, a list of names, no role."""
    before = out[-2] if len(out) > 1 else None
    return before is not None and re.fullmatch(r"\s*,\s*", text[before.np_end:prev.np_start]) is not None


def _role_org(text: str, lex: SpeakerLexicon, m: Mention) -> bool:
    """A role of an organisation with no person in it yet: `Juru bicara Kementerian Luar Negeri`,
    `Kepala Bagian Protokol Masjid Istiqlal` (the capitalised words name the body, not a person)."""
    if m.kind == "org":
        # `rajin ke masjid, Anwar …`: a body right after a preposition is where one goes, not whose role it is
        prev = re.search(r"(\w+)\s+$", text[max(0, m.np_start - 20):m.np_start])
        return not (prev and lex.norm(prev.group(1)) in lex.connectors)
    if m.kind == "title" and m.role:
        return True
    words = re.findall(r"\w+", text[m.np_start:m.np_end])
    return m.kind == "name" and bool(m.role) and any(lex.base(w) in lex.org_heads for w in words)


def bare_name(parsed: ParsedDoc, pos: int, known: frozenset[str] = frozenset(), max_tokens: int = 4) -> Mention | None:
    """A name written right at `pos` without any title (`قال تشوركين`), for speaker slots.

    Cased scripts: a run of capitalised words. Uncased scripts with a name lexicon (Arabic): the
    first word must be a listed name word or a word of a name met elsewhere in the document
    (`known`, folded); the run goes on through listed words, particles and the words after them,
    known words, and family names with the article (`speakers.family_name_shape`), so that the word
    after a name (`كيري ردا`, `حرص بلاده`) is not taken for one."""
    text = parsed.text
    lex = speaker_lexicon(parsed.lang)
    all_toks = parsed.tokens
    i = bisect.bisect_left(parsed.token_starts, pos)
    toks = all_toks[i:i + max_tokens + 1]
    gated = not lex.cased and bool(lex.names)
    run: list[tuple[int, int]] = []
    after_particle = unknown_taken = False
    for k, (a, b) in enumerate(toks):
        w = text[a:b]
        tag = _tag(lex, w)
        if text[pos:a].strip():
            break
        if gated:
            n = lex.norm(w)
            section = lex.names.get(n)
            listed = section is not None or n in known
            family = tag == "M" and lex.family_shape is not None and bool(lex.family_shape.fullmatch(n))
            nxt = lex.names.get(lex.norm(text[toks[k + 1][0]:toks[k + 1][1]])) if k + 1 < len(toks) else None
            # `وقال باسم الضامن ”شاهد عيان“ ان`: a word with the article after a listed first word closes
            # the name when a quote mark or a function word follows it
            closing = tag == "M" and len(run) == 1 and not unknown_taken and _closed(text, lex, b)
            if tag not in ("N", "M") or (tag == "M" and not (family or listed or closing)):
                break
            if not run and not (listed or nxt == "particles"):   # `يوهانس فان در كلاوو`
                break
            if not run and n in lex.modifiers and k + 1 < len(toks) \
                    and _tag(lex, text[toks[k + 1][0]:toks[k + 1][1]]) in ("O", "G"):
                break   # `وقال باسم الحكومة`: on behalf of a body, no name
            if run and not (listed or after_particle or family):
                # one unknown word closing a name that began with listed words (`جيف ديفيس`), not an
                # adverb in the accusative (`كيري ردا`)
                end = toks[k + 1][0] if k + 1 < len(toks) else len(text)
                closes = k + 1 >= len(toks) or _tag(lex, text[toks[k + 1][0]:toks[k + 1][1]]) != "N" \
                    or text[b:end].strip() != ""
                family_before = lex.names.get(lex.norm(text[run[-1][0]:run[-1][1]])) == "family"
                if unknown_taken or not closes or n.endswith(lex.adverb_ending or "\0") or family_before \
                        or _possessive(lex, n):
                    break   # nor a word after a family name (`وحاول حداد تبديد القلق`)
                unknown_taken = True
            after_particle = section == "particles"
        elif tag != "N":
            break
        run.append((a, b))
        pos = b
    while run and gated and lex.names.get(lex.norm(text[run[-1][0]:run[-1][1]])) == "particles":
        run.pop()   # `يوهانس فان` cut before its surname: the particle is no name's end
    run = run[:max_tokens]
    return Mention(run[0][0], run[-1][1], "name", run[0][0], run[-1][1]) if run else None
