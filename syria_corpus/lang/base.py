"""What a language is to the extractors: its typed data and the switches of its own rules."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..langdata import LanguageData


@dataclass(frozen=True)
class Rules:
    """Rules that one language's writing needs and the others would be hurt by. Off by default;
    each language module turns on its own (see ar.py, en.py, id.py, ru.py)."""
    # quotes
    split_quotes: bool = False          # `"…," he said, "…"`: the attribution inside a split quote serves both halves
    final_attribution: bool = False     # `The army took the town, the ministry said.`: the words before report it
    pronouns_skip_quoted: bool = False  # a name met only inside quotes is no pronoun's antecedent
    padded_marks: bool = False          # `" Berita …, " kata Abu`: a mark set off by spaces closes an open quote
    unmarked_quotes: bool = False       # `Ini penghinaan, ujarnya.`: quote marks stripped by the source
    pronoun_last_speaker: bool = False  # `ujarnya`, `kata dia`: the person quoted last
    bare_comma: bool = False            # `X mengatakan, <clause>`: a comma stands for the complementizer
    cataphora_over_name: bool = True    # a pronoun before a later named speaker refers forward even past a name
    inverted_reports: bool = False      # `…, сообщил Конашенков.`: any verb, its subject after it
    quoted_addressee: bool = False      # `сказал «Интерфаксу», что`: a quoted name may stand before the complementizer
    recipient_first: bool = False       # `сообщил ТАСС источник`: an agency right after the verb is the one told
    subject_speaks: bool = False        # `Bush called Trump “unhinged.”`: a quote no cue claims is the words of
                                        # the subject that opens its sentence, whatever the verb
    apposed_subjects: bool = False      # `Jean-Marc Ayrault, the foreign minister of France, …, said`: a mention
                                        # opening its clause, then appositions set off by commas, is the verb's subject
    headline_subject: bool = False      # `Obama Says … ‘Suffering and Delight’`: a title-case headline's quote is
                                        # the words of the name opening it, when the article's body names it again
    colon_speaker: bool = False         # `Republican pollster Daron Shaw: “…”`: a person right before the colon
                                        # that opens a quote no cue claims is its speaker
    pronoun_subject_first: bool = False   # `X said he would …`: a pronoun after a verb opens the reported clause;
                                          # it is the verb's subject only right after a quote (`“…,” said he`)
    # speakers
    titles_need_class: bool = False     # `the source` resolves to the last `a source …`, never to the last person
    pronouns_prefer_speakers: bool = False   # a pronoun prefers a person who spoke or has a role or gender
    forward_titles: bool = False        # a title takes a later person of its class in the same paragraph first
    postposed_roles: bool = False       # `Rami Abdel Rahman head of the Observatory` (commas lost)
    role_org_name: bool = False         # `Kepala Bagian Protokol Masjid Istiqlal, Abu Hurairah`: the name closes it
    org_head_first: bool = False        # `Universitas Paramadina`: one capitalised word after an organisation head
                                        # (no role before it) names the body, not a person
    bracketed_names: bool = False       # `مركز الابحاث المستقل (غايدار)`: a short name in brackets right after a
                                        # body's description is the body's own name, part of its mention
    # dates
    month_gloss: bool = False           # `يوليو (تموز) 2014`: a second calendar's month name glosses the first
    time_suffix_alone: bool = False     # `3 a.m.`: an hour without minutes is a time before a suffix
    # figures
    name_numbers: bool = False          # `Densus 88`, `Aksi 212`: digits right after a capitalised word are part
                                        # of the name unless a known counted noun follows (`HP 4 buah`)
    soft_blockers: bool = False         # `погибли трое … и двое полицейских`: the second member takes the first's verb
    noun_before: bool = False           # `Laki-laki 170 dan wanita 70 orang`: a listed person noun right before a
                                        # number with no noun after it is what the number counts
    acronym_units: bool = False         # `11 DNS`, `3 ABK`: an all-capitals acronym after a number is a counted noun


@dataclass(frozen=True)
class Language:
    code: str
    data: LanguageData
    rules: Rules = field(default_factory=Rules)
