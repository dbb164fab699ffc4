"""The compiled quote grammar of one language: cue patterns and settings from its `quotes:` data
and the switches of its rules (syria_corpus/lang/<code>.py), built once per process."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...lang import get as get_language
from ...langdata import QuotesData, SpeakersData
from ...resources import per_configs, remember


@dataclass(frozen=True)
class QuoteGrammar:
    marks: dict[str, set[str]]   # opening mark -> closing marks
    label: int                   # a shorter quote with no cue is a label
    title_label: int             # a capitalised title this short (`“Fox and Friends.”`) is a label too
    verbs: re.Pattern            # reporting verbs and continuation verbs, with their clitics
    prefix: re.Pattern           # `according to`, `بحسب`
    cont: set[str]               # continuation verbs, lower-case
    comp: re.Pattern             # complementizers
    relay: re.Pattern            # `citing`, `نقلا عن`
    side: str                    # where the subject stands: before | after
    after: set[str]              # verbs whose subject follows them
    bare: set[str]               # verbs whose clause may follow without a complementizer
    self: set[str]               # verbs carrying their own subject (katanya)
    person: set[str]             # verbs reporting speech only with a person as their subject (`ia berharap`)
    gap: int                     # words between a cue and its complementizer
    comma_gap: int               # … when a comma right before the complementizer sets off a topic phrase
    fragment: int                # a quoted fragment this short inside a reported clause belongs to it
    conj: re.Pattern             # conjunctions
    participle_subject: bool     # `Trump …, saying that`: the clause's subject
    noun_subject: tuple[str, ...]   # determiners of a common-noun subject (`the announcer said`)
    subject_adverbs: str         # alternation of adverbs between subject and verb
    prepositions: frozenset[str]
    phrase_prepositions: str     # alternation of prepositions inside a common-noun subject
    function_words: frozenset[str]
    tail_words: int              # `“…” for X, she said.`
    skip_quoted: bool            # a name only inside quotes is no pronoun's antecedent
    final: bool                  # `The army took the town, the ministry said.`
    split_quotes: bool
    object_verbs: set[str]       # `told X`: X listens, never speaks
    continue_words: int          # `“…,” X said … . “…”`: words between
    lead_words: int              # `“…,” Trump lawyer Marc Kasowitz said`
    bare_stop: re.Pattern | None  # `said in a statement`: no bare clause
    not_cues: re.Pattern | None  # `claimed the lives of`: a reporting verb that reports nothing
    padded: bool                 # a mark with spaces on both sides closes an open quote, else opens
    unmarked: bool               # `Kalimat …, ujarnya.`: quote marks lost in the source
    pronoun_last_speaker: bool   # `ujarnya`: the person quoted last
    inverted: bool               # `…, сообщил Конашенков.`: any verb, its subject after it
    addressee: bool              # `сказал «Интерфаксу», что`
    name_labels: bool            # `группировка «Хайят Тахрир аш-Шам»`: a quoted name is a label
    recipient_first: bool        # `сообщил ТАСС источник`: an agency right after the verb is told
    bare_comma: bool             # `X mengatakan, <clause>`
    cataphora_over_name: bool
    glued: re.Pattern | None     # `لـ«…»`: a quoted name glued to a preposition is no speech
    described: re.Pattern | None  # `Pria lulusan … ini` opening the sentence before the verb: the last person
    recipient: re.Pattern | None  # the one told, right after a verb-first cue: skipped to reach the subject
    optional_marks: str          # a character class that may stand inside cue words ('' when none)
    letters: dict[int, str]      # str.translate table: each letter of a class -> the class's first letter
    listed: dict[str, str]       # a cue word folded with `letters` -> the word as listed in the data
    verb_gender: tuple[tuple[str, re.Pattern], ...]   # (gender, pattern) in data order
    organisation_gender: str | None
    recipient_words: re.Pattern | None   # an attached preposition + a body's name: told, never the subject
    relative: re.Pattern | None  # a relative clause set off by commas right before a cue
    negated: re.Pattern | None   # a negation and at most one word right before a verb (`did not say`)
    aside: re.Pattern | None     # a party tag (`(R-Ohio)`, `R-Ky.`) between a subject and its verb
    relatives: frozenset[str]    # relative words (`الذي`): `X الذي أكد أن` has X for subject
    attribution_adverb: re.Pattern | None   # `"…," demikian X menanggapi`: a word opening the attribution
    relative_bare: re.Pattern | None   # `Warga yang tinggal di dekat X mengatakan`: a relative clause with no commas
    final_prefix: int = 0        # `…، بحسب المرصد.`: words allowed after the source of a closing prefix cue
    final_self: re.Pattern | None = None   # `…، حسب قوله.`: the cue's own possessive stands for the last speaker
    opening_prefix: frozenset[str] = frozenset()   # prefix cues listed capitalised: open a sentence, agent right after
    prefix_bare: frozenset[str] = frozenset()   # `Menurut Rudiantara ada …`: these cues' clause right after the source
    anaphora: re.Pattern | None = None   # `Об этом сообщил X.`: opens a sentence reporting the one before
    participles: frozenset[str] = frozenset()       # continuation forms that are no finite verb (`مضيفا`, `saying`)
    first_particles: frozenset[str] = frozenset()   # `وكان X قد أعلن`: between a subject written first and its verb
    first_openers: frozenset[str] = frozenset()     # `وكان X، أعلن`: a sentence opener putting the subject first
    # answers about one word form (cue_form, gender_of), kept: a document's cues are a few verbs written
    # over and over
    _forms: dict = field(default_factory=dict, compare=False, repr=False)

    def listed_form(self, form: str) -> str:
        """The cue word as the data lists it (`اكد` -> `أكد`); `form` itself when the data has no letter classes."""
        return self.listed.get(form.translate(self.letters), form) if self.letters else form

    def cue_form(self, written: str) -> tuple[str, str]:
        """(the cue word as listed, verb | cont) of a reporting verb as written, marks and all."""
        key = ("cue", written)
        out = self._forms.get(key)
        if out is None:
            form = self.listed_form(re.sub(self.optional_marks, "", written) if self.optional_marks else written)
            bare = re.sub(self.optional_marks, "", form.lower()) if self.optional_marks else form.lower()
            out = self._remember(key, (form, "cont" if bare in self.cont else "verb"))
        return out

    def gender_of(self, verb: str) -> str | None:
        """m | f | n | p shown by a cue verb, None when the language's data does not say."""
        key = ("gender", verb)
        if key in self._forms:
            return self._forms[key]
        bare = re.sub(self.optional_marks, "", verb) if self.optional_marks else verb
        return self._remember(key, next((gender for gender, rx in self.verb_gender if rx.search(bare)), None))

    def _remember(self, key: tuple[str, str], value: Any) -> Any:
        return remember(self._forms, key, value)


def _marks_optional(w: str, marks: str, classes: Iterable[str] = ()) -> str:
    """A cue word as a regex; with `marks`, those characters may stand between its letters (`أنّه`);
    a letter of one of `classes` matches any letter of its class (`اكد` for `أكد`)."""
    if not re.search(r"\w", w) or w.isascii():
        return re.escape(w)

    def letter(ch: str) -> str:
        cls = next((c for c in classes if ch in c), None)
        return f"[{re.escape(cls)}]" if cls else re.escape(ch)
    return f"{marks}*".join(letter(ch) for ch in w) if marks else "".join(letter(ch) for ch in w)


def _alternation(words: list[str], marks: str, classes: tuple[str, ...]) -> str:
    """The words (longest first) as one alternation, written as a trie: `(?:قال(?:ت|)|أكد…)` instead of
    `قالت|قال|أكد…`, so a regex tries the words sharing a prefix once instead of one after another
    (find_cues ran the verb list at every word of a document: four times faster on Arabic news).
    Matches the same spans: at a position at most one branch of a node can take the next character,
    so the first success is the deepest, i.e. the longest word, as with the words longest first.
    Where that does not hold (classes sharing letters, a word holding an optional mark), the plain
    alternation."""
    plain = "|".join(_marks_optional(w, marks, classes) for w in words) or "(?!)"
    optional = re.compile(marks) if marks else None
    root: dict[str, dict] = {}
    sets: dict[str, frozenset[str]] = {}   # token -> the characters it takes
    for w in words:
        node = root
        tokens: list[str] = []
        if not re.search(r"\w", w) or w.isascii():
            tokens = [re.escape(ch) for ch in w]
            sets.update((t, frozenset(ch)) for t, ch in zip(tokens, w))
        else:
            for i, ch in enumerate(w):
                cls = next((c for c in classes if ch in c), ch)
                if i and marks:
                    tokens.append(marks + "*")
                tokens.append(f"[{re.escape(cls)}]" if len(cls) > 1 else re.escape(ch))
                sets[tokens[-1]] = frozenset(cls)
        for t in tokens:
            node = node.setdefault(t, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str | None:
        kids = [t for t in node if t]
        if len(kids) > 1 and (marks + "*" in kids or any(
                sets[a] & sets[b] for i, a in enumerate(kids) for b in kids[i + 1:])):
            return None   # two branches could take one character: the first success may not be the longest
        alts = []
        for t in kids:
            rest = emit(node[t])
            if rest is None:
                return None
            alts.append(t + rest)
        if "" in node:
            alts.append("")   # the word ends here, tried after every longer one
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    if optional is not None and any(optional.fullmatch(ch) for cs in sets.values() for ch in cs):
        return plain   # a word's mark, which the optional marks before it could take
    trie = emit(root) if root else None
    return trie if trie is not None else plain


def _negated(negations: Iterable[str]) -> re.Pattern | None:
    """A negation and at most one word, at the end of a text: `did not `, `never `, `didn’t `. A negation
    with an apostrophe is a clitic written onto the word before (`n’t`)."""
    ws = list(negations)
    whole = [re.escape(w) for w in ws if "'" not in w and "’" not in w]
    clitic = [re.escape(w) for w in ws if "'" in w or "’" in w]
    alts = ([rf"(?<![\w’'])(?:{'|'.join(whole)})"] if whole else []) + clitic
    return re.compile(rf"(?:{'|'.join(alts)})\s+(?:[a-z]\w*\s+)?$", re.I) if alts else None


def _attached(prepositions: Iterable[str], names: Iterable[str]) -> re.Pattern | None:
    """An attached preposition and an organisation's name (`لرويترز`): the one told."""
    preps, orgs = list(prepositions), sorted(names, key=len, reverse=True)
    if not preps or not orgs:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, preps))})ـ?\s?(?:{'|'.join(map(re.escape, orgs))})(?!\w)")


@per_configs()
def quote_grammar(lang: str) -> QuoteGrammar | None:
    language = get_language(lang)
    q: QuotesData | None = language.data.quotes
    if q is None:
        return None
    rules = language.rules
    sp = language.data.speakers or SpeakersData()
    clit = "|".join(map(re.escape, q.clitics))
    pre = f"(?:{clit})?" if clit else ""
    om = q.optional_marks or ""
    classes = tuple(q.letter_classes)
    letters = {ord(ch): c[0] for c in classes for ch in c}

    def rx(words: Iterable[str]) -> re.Pattern:
        ws = sorted({str(w) for w in words}, key=len, reverse=True)
        return re.compile(rf"(?<![\w’']){pre}({_alternation(ws, om, classes)})(?![\w’'])")

    def alternation(words: Iterable[str]) -> re.Pattern | None:
        ws = list(words)
        return re.compile("|".join(f"(?:{x})" for x in ws)) if ws else None

    cont = list(q.continuation)
    return QuoteGrammar(
        marks={o: set(c) for o, c in q.marks.items()},
        label=q.label_max_words,
        title_label=q.title_label_max_words,
        verbs=rx(list(q.verbs) + cont + [w.capitalize() for w in q.verbs] + [w.capitalize() for w in cont]),
        prefix=rx(list(q.prefix_cues) + [w.capitalize() for w in q.prefix_cues]),
        cont={w.lower() for w in cont},
        participles=frozenset(w.lower() for w in cont) - {w.lower() for w in q.verbs},
        comp=rx(q.complementizers),
        relay=rx(q.relay),
        side=q.speaker_side,
        after=set(q.after_verbs),
        bare=set(q.bare_content_verbs),
        self={w.lower() for w in q.self_subject},
        person={w.lower() for w in q.person_verbs},
        gap=q.max_gap,
        comma_gap=max(q.max_gap, q.max_comma_gap),
        fragment=q.fragment_max_words,
        conj=rx(q.conjunctions),
        participle_subject=q.participle_subject,
        noun_subject=q.common_noun_subject,
        subject_adverbs="|".join(map(re.escape, q.subject_adverbs)) or "(?!)",
        prepositions=frozenset(q.prepositions),
        phrase_prepositions="|".join(map(re.escape, q.phrase_prepositions)) or "(?!)",
        function_words=frozenset(q.function_words),
        tail_words=q.tail_before_attribution,
        skip_quoted=rules.pronouns_skip_quoted,
        final=rules.final_attribution,
        final_prefix=q.final_prefix_words,
        final_self=re.compile(rf"\s*(?:{'|'.join(map(re.escape, q.final_prefix_self))})\s*[.!?؟…]*\s*$")
        if q.final_prefix_self else None,
        prefix_bare=frozenset(w.lower() for w in q.prefix_bare_clause),
        opening_prefix=frozenset(w for w in q.prefix_cues if w[:1].isupper()),
        anaphora=re.compile(rf"\s*(?:{'|'.join(re.escape(w[:1].upper() + w[1:]) for w in q.anaphora)})(?![\w’'])")
        if q.anaphora else None,
        split_quotes=rules.split_quotes,
        object_verbs=set(q.object_verbs),
        continue_words=q.continue_max_words,
        lead_words=q.subject_lead_words,
        bare_stop=re.compile(r"\s+(?:%s)(?![\w’'])" % "|".join(q.bare_not_before), re.I) if q.bare_not_before else None,
        not_cues=alternation(q.not_cues),
        padded=rules.padded_marks,
        unmarked=rules.unmarked_quotes,
        pronoun_last_speaker=rules.pronoun_last_speaker,
        inverted=rules.inverted_reports,
        addressee=rules.quoted_addressee,
        name_labels=q.name_labels,
        recipient_first=rules.recipient_first,
        bare_comma=rules.bare_comma,
        cataphora_over_name=rules.cataphora_over_name,
        glued=re.compile(f"(?:{q.glued_before})$") if q.glued_before else None,
        described=re.compile(f"(?:{q.described_subject})$") if q.described_subject else None,
        recipient=alternation(q.recipient),
        optional_marks=om,
        letters=letters,
        listed={str(w).translate(letters): str(w) for w in [*q.verbs, *cont, *q.prefix_cues]} if letters else {},
        verb_gender=tuple((gender, re.compile(p)) for gender, ps in q.verb_gender.items() for p in ps),
        organisation_gender=sp.organisation_gender,
        recipient_words=_attached(sp.attached_prepositions, sp.org_names),
        relative=re.compile(rf"[,،]\s*(?:{'|'.join(map(re.escape, q.relative_words))})(?![\w’'])"
                            r"[^,،.;:!?]{1,140}[,،]\s*$") if q.relative_words else None,
        aside=alternation(q.asides),
        negated=_negated(q.negations),
        relatives=frozenset(q.relative_words),
        first_particles=frozenset(q.subject_first_particles),
        first_openers=frozenset(q.subject_first_openers) | {c + w for c in q.clitics for w in q.subject_first_openers},
        relative_bare=re.compile(rf"(?<![\w’'])(?:{'|'.join(map(re.escape, q.relative_words))})(?![\w’'])"
                                 r"[^,،.;:!?\"“”«»\n]{1,100}$") if q.relative_words and q.bare_relative else None,
        attribution_adverb=re.compile(rf"(?i)^([\s,\"”’»]*)(?:{'|'.join(map(re.escape, q.attribution_adverbs))})\s+")
        if q.attribution_adverbs else None,
    )
