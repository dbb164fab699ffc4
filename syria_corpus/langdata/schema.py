"""The shape of a language file (configs/lang/<code>.yaml): one frozen dataclass per section.

Every key a language file may hold is a field here, with its type and default; a key not listed
is an error (see validate.py), so a misspelled key cannot silently disable a rule. Word lists
are tuples of strings, patterns are `Regex` strings checked when the file is read.
Behaviour switches that only one language needs are not data: they live with the language's
code, in syria_corpus/lang/<code>.py.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .validate import FrozenDict, Regex

Words = tuple[str, ...]
Patterns = tuple[Regex, ...]


def _empty() -> Mapping:
    return FrozenDict()


# ---------------------------------------------------------------------------- quotes

@dataclass(frozen=True)
class SegmentData:
    """Tokenizer and sentence-splitter adjustments for spaCy's blank pipeline of the language."""
    suffixes: Patterns = ()          # extra suffix patterns (`نفد".`: split the stop and the mark off)
    infixes: Patterns = ()           # extra infix patterns (`لـ«`: a mark after a prefix written apart)
    sentence_punct: str | None = None   # characters that end a sentence (default chars.SENTENCE_PUNCT)
    abbreviations: Words = ()        # `тыс.`: a full stop after these does not end a sentence before a lower-case word


@dataclass(frozen=True)
class QuotesData:
    marks: Mapping[str, Words]       # opening mark -> closing marks
    verbs: Words                     # reporting verbs
    complementizers: Words = ()      # that, أن, bahwa, что
    continuation: Words = ()         # verbs and participles going on with the speaker (adding, وأضاف)
    prefix_cues: Words = ()          # according to X, بحسب, menurut, по словам
    relay: Words = ()                # citing X, نقلا عن: the source relayed is the speaker
    clitics: Words = ()              # conjunctions written onto a verb (و, ف)
    conjunctions: Words = ()         # `X said … and warned`: the second verb keeps the subject
    speaker_side: Literal["before", "after"] = "before"   # where the subject stands (verb-first: after)
    after_verbs: Words = ()          # verbs whose speaker follows them ('"…," kata Lavrov')
    self_subject: Words = ()         # verbs carrying their own subject pronoun (katanya)
    object_verbs: Words = ()         # `told X`: the name after these listens, it does not speak
    bare_content_verbs: Words = ()   # verbs whose clause may follow without a complementizer
    person_verbs: Words = ()         # verbs reporting speech only with a person (a name, a pronoun) as their subject
    bare_not_before: Patterns = ()   # … but not a clause opening with one of these (`said in`)
    not_cues: Patterns = ()          # a reporting verb in a phrase that reports nothing (`claimed the lives`)
    common_noun_subject: Words = ()  # determiners of a common-noun subject (`the announcer said`)
    subject_adverbs: Words = ()      # adverbs between subject and verb (`he also said`)
    prepositions: Words = ()         # a name after these (and a common noun) is no subject
    phrase_prepositions: Words = ()  # prepositions inside a common-noun subject (`a doctor in Idlib`)
    function_words: Words = ()       # words never part of a subject noun phrase before a name
    negations: Words = ()            # `did not say`, `never said`: a negated verb reports nothing
    asides: Patterns = ()            # set off between a subject and its verb (`(R-Ohio)`, `, R-Ky.,`): no subject
    relative_words: Words = ()       # open a relative clause (`, которая …, отметила`): its names are no subject
    subject_first_particles: Words = ()   # may stand between a subject written first and its verb (`وكان X قد أعلن`)
    subject_first_openers: Words = ()   # a sentence opening with these (`وكان X، أعلن`) puts the subject before the
                                     # verb, set off from it by a comma too
    participle_subject: bool = False  # `X attacked Y, saying …`: the participle's speaker is the clause's subject
    name_labels: bool = False        # a quoted capitalised name (`«Хайят Тахрир аш-Шам»`) is a label, not a quote
    described_subject: Regex | None = None   # a sentence opening with a description of the last person named,
                                     # right before its verb (`Pria lulusan … ini mengatakan`)
    glued_before: Regex | None = None   # what, glued before an opening mark, makes the quote a name (لـ«…»)
    recipient: Patterns = ()         # the one told, between a verb-first cue and its subject
    optional_marks: Regex | None = None  # characters that may stand inside a cue word (Arabic short vowels)
    letter_classes: Words = ()       # letters that match each other in cue words (اأإآ: `اكد` is `أكد`)
    verb_gender: Mapping[str, Patterns] = field(default_factory=_empty)   # m | f | n | p -> patterns on a cue verb;
    # the first gender (in the order listed) whose pattern matches; an implicit subject agrees with it
    label_max_words: int = 3         # a shorter quote with no cue is a label ("barbarism")
    title_label_max_words: int = 0   # … and a capitalised title of at most this many words, its full stop
                                     # inside the marks (`on Fox News’s “Fox and Friends.”`); 0: off
    fragment_max_words: int = 5      # a quoted fragment this short inside a reported clause belongs to it
    max_gap: int = 6                 # words between a cue and its complementizer
    max_comma_gap: int = 0           # … when a comma sets the complementizer off (`وقال X حول … ، إن`)
    continue_max_words: int = 16     # `“…,” X said … . “…”`: the next quote is X's across this many words
    subject_lead_words: int = 0      # `“…,” Clinton campaign spokesman Brian Fallon said`
    tail_before_attribution: int = 0  # `“…” for criminal behavior, she said.`
    bare_relative: bool = False      # `X yang ada di Y menyatakan`: a relative clause needs no commas
    attribution_adverbs: Words = ()  # may open the attribution after a closing mark (`"…," demikian X menanggapi`)
    final_prefix_words: int = 0      # `…، بحسب المرصد.`: a prefix cue closing its sentence after a comma, with at
                                     # most this many words after its source, reports the words before (0: off)
    final_prefix_self: Words = ()    # `…، حسب قوله.`: words after such a cue that stand for the last speaker
    prefix_bare_clause: Words = ()   # `Menurut Rudiantara ada …`: these prefix cues' clause after the source, no comma
    anaphora: Words = ()             # open a sentence whose verb reports the sentence before (`Об этом сообщил X.`)
    segment: SegmentData = field(default_factory=SegmentData)


# ---------------------------------------------------------------------------- speakers

@dataclass(frozen=True)
class SpeakersData:
    cased: bool = True               # names are capitalised (Latin, Cyrillic); Arabic is not
    fold: Mapping[str, str] = field(default_factory=_empty)   # letters folded before look-ups
    article: str = ""                # a definite article written onto words (ال)
    pronouns: Mapping[str, str] = field(default_factory=_empty)   # pronoun -> m | f | p (plural) | n (a body: `it`) | x
    honorifics: Words = ()
    degrees: Words = ()              # post-nominal degrees and credentials (SpPD, M.Kes, PhD): end a name, never in it
    roles: Mapping[str, Words] = field(default_factory=_empty)    # role class -> role words
    generic_role_classes: Words = ()   # a title of these classes (`the official`) fits a person of any role
    voice_classes: Words = ()        # role classes that speak for their body: `a WFP spokesman` is WFP
    former_words: Words = ()         # `mantan Menteri`, `الوزير السابق`: a past role, any person's besides the role now
    source_classes: Words = ()       # role classes of a described source (`an analyst`, `أستاذ العلاقات الدولية`):
    # with nobody of the class named, someone new and unnamed, never the person quoted last
    document_heads: Words = ()       # a statement speaks for its issuer: `the statement added` is that body
    thing_nouns: Words = ()          # a name right after these is a thing (`permainan Pokemon Go`), never a person
    earlier_sources: Words = ()      # anonymous heads that mean a source already quoted (`собеседник агентства`)
    demonstratives: Words = ()       # `Wakil Ketua KRP ini, …`: a title closed by one is the person just named
    organisation_gender: str | None = None   # grammatical gender of bodies (`وقالت الوزارة`: f)
    family_name_shape: Regex | None = None   # a family name with the article, as folded (`الحذيفي`)
    adverb_ending: str = ""          # an unknown word with this ending after a name is an adverb (`كيري ردا`)
    case_endings: Words = ()         # endings peeled to match inflected forms to listed ones (`Москвы` -> Москва)
    role_modifiers: Words = ()       # words that may continue a role phrase
    org_heads: Words = ()            # head words of organisations (ministry, وزارة)
    org_names: Words = ()            # names that are organisations on their own (Kremlin, ТАСС)
    # a body written in an oblique case is named in the nominative: a listed head or name by its first listed
    # form (`пресс-службе суда` -> `пресс-служба суда`, `Кремле` -> `Кремль`), a capitalised word after a
    # locative preposition by its ending (`в Центризбиркоме` -> `Центризбирком`); and a body named by its kind
    # alone (`в прокуратуре сообщили`) keeps that name as its canonical name
    nominative_bodies: bool = False
    anonymous_aside: Regex | None = None   # matched after a title: it asks not to be named (`, пожелавший
                                           # остаться неизвестным`), so the title is an anonymous source
    locative_prepositions: Words = ()
    locative_endings: Mapping[str, str] = field(default_factory=_empty)   # `е` -> ``, `ии` -> `ия`
    nominative_endings: Words = ()   # endings of listed nominatives that are no case ending (`правительство`)
    short_bodies: Mapping[str, str] = field(default_factory=_empty)   # short form -> the words of the full
    # name it stands for (`Pemkot` -> `pemerintah kota`): it names the last body so called (Pemerintah Kota Surabaya)
    connectors: Words = ()           # link role words, never end a mention (of, في)
    determiners: Words = ()          # may open a mention
    indefinite: Words = ()           # `a`, `seorang`: an indefinite phrase is an anonymous source
    anonymous_heads: Words = ()
    anonymous_without_determiner: bool = False   # `источник сообщил` is anonymous; English needs `a`
    stop: Words = ()                 # words that never belong to a name
    not_stop: Words = ()             # written forms that folding would turn into a stop word (علي)
    particles: Words = ()            # name particles (al-, bin, de)
    attached_prepositions: Words = ()   # written onto a word, they end a name (ل, ب, ك)
    name_words: Words = ()           # words with the article that belong to a name (الله)
    definite_prefixes: Words = ()    # preposition + article written together (لل): never a name
    group_words: Words = ()          # `وكبار مسؤولي`: with a conjunction written on, they open a second group
    possessive_endings: Words = ()   # `زيارته`, `جماعتها`: an unlisted word with these endings is no name word
    name_openers: Words = ()         # the word after these is a name word, whatever else it is (عبد الأمير)
    apposition_words: Words = ()     # `X وهو سياسي محلي`: they set off a description of the name before them
    pronoun_roles: Mapping[str, str] = field(default_factory=_empty)   # honorific pronoun -> role class
    # (`سموه` -> royal): it stands for the last person of that class, not merely the last person named
    anonymous_gloss: Mapping[str, str] = field(default_factory=_empty)   # anonymous head -> English word
    # (`مصادر` -> sources): an anonymous source is shown as `sources (مصادر مطلعة)` in the canonical speaker
    # English words of body names (syria_corpus/speakers/gloss.py): `وزارة` -> Ministry, `الداخلية` -> Interior;
    # an unknown body is shown as `Bahraini Interior Ministry (وزارة الداخلية البحرينية)`
    organisation_gloss: Mapping[str, str] = field(default_factory=_empty)
    issuer_prefixes: Words = ()      # `تقرير لأمانو`, `بيان لوزارة الخارجية`: the preposition of authorship
    # written onto the word after a document head: what follows it issued the document
    organisation_links: Mapping[str, str] = field(default_factory=_empty)   # clitic -> English (`ل` -> for)
    # (a key of several words is a linking phrase written apart, `من أجل` -> for: it also keeps the body's
    # mention going past it when the words after it are glossed as part of the name)
    organisation_plurals: Mapping[str, str] = field(default_factory=_empty)   # plural ending -> singular
    # ending of a nisba adjective used for its people (`يي` -> `ي`: `فلسطينيي` -> Palestinians)
    organisation_endings: Words = ()   # a feminine ending on a word the gloss lists without it (`ة`)
    organisation_nisba: Words = ()     # adjective endings on a country's name (`ية`: `البحرينية` -> Bahrain's)
    gender: Mapping[Literal["m", "f"], Words] = field(default_factory=_empty)   # first names, titles, role words
    possessives: Words = ()          # possessive endings (`Russia's envoy`)
    plural_suffixes: Words = ()      # `officials`: a plural anonymous head needs no determiner
    group_connectors: Words = ()     # `opponents of Assad said`: a plural noun, this word and a name are a group
                                     # that speaks (anonymous), not the name
    compound_adjective: Regex | None = None   # `US-led`, `Iranian-backed`: an adjective, not a name
    # `Питерского экономического форума`, `в Западном Иерусалиме`: a capitalised word with one of these
    # endings is an adjective, not a name, when the next word agrees with it or is a place
    adjective_endings: Words = ()
    role_chain: Regex | None = None  # words between a title and its name (`представитель управления ООН … Йенс Лерке`)
    anonymous_tail: Regex | None = None   # a phrase completing an anonymous source (`{verb}`: a reporting verb)
    # `помощник Путина Юрий Ушаков`: after a role word, the first of three or more name words with one of
    # these endings is the role's genitive complement, not the person's name (unless the next is a patronymic)
    genitive_endings: Words = ()
    relational_roles: Words = ()     # `помощник Путина`: a role word whose genitive complement is another person
    patronymic_endings: Words = ()   # `Владимир Владимирович Путин`: three words, one person
    morphology: str | None = None    # an optional analyser of word forms (pymorphy3), used when installed


# ---------------------------------------------------------------------------- numbers

@dataclass(frozen=True)
class VagueAmount:
    value: float                     # the smallest value the word denotes (`dozens` is 12)
    qualifier: str                   # dozens_of, tens_of, ...


@dataclass(frozen=True)
class NumbersData:
    thousands: Words = ()            # digit group separators
    decimal: Words = (".",)
    fold: Mapping[str, str] = field(default_factory=_empty)
    char_classes: Words = ()         # letters that match each other in patterns (اأإآ)
    prefixes: Words = ()             # clitics stripped when the bare word is in a lexicon
    words: Mapping[str, float] = field(default_factory=_empty)
    scales: Mapping[str, float] = field(default_factory=_empty)        # hundred, puluh
    adders: Mapping[str, float] = field(default_factory=_empty)        # belas, عشر
    multipliers: Mapping[str, float] = field(default_factory=_empty)   # thousand, million
    fractions: Mapping[str, float] = field(default_factory=_empty)     # half
    vague: Mapping[str, VagueAmount] = field(default_factory=_empty)
    connectors: Words = ()           # `five and a half`
    articles: Words = ()             # `a hundred`
    of_words: Words = ()             # `hundreds of`
    short_words: bool = False        # one-letter words are words (`a`, `и`), not clitic leftovers


# ---------------------------------------------------------------------------- dates

DurationUnit = Literal["Y", "M", "W", "D", "H", "MIN", "S", "DECADE"]
YearPart = Literal["SP", "SU", "FA", "WI", "H1", "H2", "Q1", "Q2", "Q3", "Q4"]   # TIMEX3 seasons, halves, quarters


@dataclass(frozen=True)
class RelativeData:
    days: Mapping[str, int] = field(default_factory=_empty)
    weeks: Mapping[str, int] = field(default_factory=_empty)
    months: Mapping[str, int] = field(default_factory=_empty)
    years: Mapping[str, int] = field(default_factory=_empty)


@dataclass(frozen=True)
class DatesData:
    months: Mapping[int, Words] = field(default_factory=_empty)
    hijri_months: Mapping[int, Words] = field(default_factory=_empty)
    hijri_markers: Words = ()
    weekdays: Mapping[int, Words] = field(default_factory=_empty)
    weekday_abbr: Mapping[int, Words] = field(default_factory=_empty)   # only before a date
    months_case_sensitive: bool = False     # "may", "march" are months only when capitalised
    months_alone: bool = False       # a lower-case month name needs no cue (Russian names mean nothing else)
    month_after: Words = ()          # `Februari lalu`, `أغسطس الماضي`: a past word after a month name makes it a month
    day_ordinals: Mapping[int, Words] = field(default_factory=_empty)   # `الثالث من أغسطس`: day words
    ordinal_not_after: Regex | None = None   # the word before an ordinal that makes it an adjective (الأسبوع الأول من)
    year_parts: Mapping[YearPart, Words] = field(default_factory=_empty)   # `صيف 2012`, `первое полугодие 2009 года`
    weekdays_case_sensitive: bool = False
    of_words: Words = ()
    day_suffixes: Words = ()         # 1st, 2nd
    day_articles: Words = ()         # `the 3rd of May`
    range_words: Words = ("-",)
    numeric_order: Literal["dmy", "mdy"] = "dmy"
    year_suffixes: Words = ()        # году, م
    month_cues: Words = ()
    year_cues: Words = ()
    dateline_not_after: Words = ()   # a date after these is an event's, not the article's
    relative: RelativeData = field(default_factory=RelativeData)
    sets: Mapping[str, str] = field(default_factory=_empty)   # every day -> P1D
    future_cues: Patterns = ()
    time_cues: Words = ()
    time_suffixes: Words = ()
    pm_pattern: Regex | None = None  # a time suffix that adds twelve hours (`2:30 pm`)
    skip_before: Words = ()          # `UU Nomor 7 Tahun 1978`: a reference, not a duration
    duration_units: Mapping[str, DurationUnit] = field(default_factory=_empty)
    duration_duals: Mapping[str, DurationUnit] = field(default_factory=_empty)   # يومين = two days


# ---------------------------------------------------------------------------- figures

@dataclass(frozen=True)
class FiguresData:
    qualifiers: Mapping[str, Words] = field(default_factory=_empty)   # label -> phrases
    units: Mapping[str, Words] = field(default_factory=_empty)        # category -> counted nouns
    victims: Mapping[str, Words] = field(default_factory=_empty)      # victims label -> person nouns
    verbs: Mapping[str, Words] = field(default_factory=_empty)        # category -> verbs and event nouns
    including: Words = ()            # `N people, including M children`
    percent: Words = ()
    stopwords: Words = ()            # never the counted noun
    unit_skip: Words = ()            # skipped on the way to the noun (`hundreds more`)
    unit_nouns: Words = ()           # counted nouns without a category (`unit`, `bus`), also when
                                     # they start like a clitic (فعالية) or a rejected shape
    unit_reject: Patterns = ()       # word shapes that are never a counted noun (verb endings)
    skip_before: Words = ()          # identifiers: `resolution 2254`
    not_counts: Words = ()           # number words that alone are no count (أحد: "one of")
    currency: Words = ()             # money written before the amount: `$5`, `Rp 553 juta`, `USD88000`
    amount_cues: Words = ()          # a bare number after these is an amount: `sebesar 15333`, `в размере 40`
    measure_nouns: Words = ()        # a bare number after these nouns, or after one word qualifying them, is
                                     # the measure's value: `indeks 13333`, `indeks penghasilan 64000`
    blockers: Words = ()             # conjunctions that end a verb's reach
    dual_suffixes: Words = ()        # a noun with this ending is two of it (قائدين)
    dual_nouns: Words = ()
    dual_stem_endings: Mapping[str, str] = field(default_factory=_empty)   # ت -> ة: طائرتين -> طائرة
    conjunction_prefixes: Words = ()   # a word starting with these opens a new clause
    definite_prefixes: Words = ()    # a number word with the article is an ordinal


# ---------------------------------------------------------------------------- places

@dataclass(frozen=True)
class PlacesData:
    """How the language writes the names of configs/places.yaml (the gazetteer itself is shared).
    Letters are folded, case endings peeled and possessives cut as the `speakers` section says."""
    proclitics: Words = ()           # written onto a name (Arabic و ف ب ل ك and pairs: وب, بال is ب + the name's ال)
    article_merges: Mapping[str, str] = field(default_factory=_empty)   # لل -> ال: a preposition merged with ال
    kind_words: Words = ()           # city, town, مدينة, kota, город: a place noun before a name that is also a word
    connectors: Words = ()           # `the town of Douma`: words between the place noun and the name
    prepositions: Words = ()         # `in Nice`, `di Malang`: enough context for a name that is also a word
                                     # (not in Arabic or Russian, where `في الميدان`, `в Думе` mislead)
    locatives: Words = ()            # `in`, `في`, `ب`, `di`, `в`, `north`, `севере*`: the place is where something
                                     # happened (a figure takes such a place first; a country only so)


# ---------------------------------------------------------------------------- claims

Means = Literal["chemical", "air", "shelling", "bombing", "shooting", "fighting"]   # shared by every language


@dataclass(frozen=True)
class ClaimsData:
    """What makes a figure a running total rather than one event's count (`the conflict has killed more than
    280000`, `منذ بداية الأزمة`, `sejak awal`, `с начала войны`): patterns searched in the figure's sentence.
    `corpus report claims` compares totals with totals only. `periods`: what makes it the toll of several days
    rather than of one incident (`during the past week`, `since the offensive began`, `خلال الأيام الماضية`,
    `selama sepekan`, `за последнюю неделю`): compared with such tolls only; a total's pattern wins."""
    totals: Patterns = ()
    periods: Patterns = ()
    # how the dead were killed (`figures.means`: chemical, air, shelling, bombing, shooting, fighting): the
    # class of the match nearest the figure in its sentence; one class's patterns are tried before the next
    # class's at a position (`barrel bombs` is air before `bombs` is bombing). Two claims with different
    # means are about two incidents.
    means: Mapping[Means, Patterns] = field(default_factory=_empty)


# ---------------------------------------------------------------------------- stance

Stance = Literal["neutral", "assertive", "doubtful", "denial", "accusation", "commitment"]


@dataclass(frozen=True)
class StanceData:
    """What the reporting verb says about the reported words: class -> cue words and phrases, as
    written or as stems (`подчеркн*` matches any ending). A cue in no class is neutral (and counted
    as unknown by benchmarks/stance_cues.py)."""
    classes: Mapping[Stance, Words] = field(default_factory=_empty)
    negations: Words = ()            # a marked cue right after these is neutral (`did not deny`, `не подтвердил`)


# ---------------------------------------------------------------------------- name lexicons

@dataclass(frozen=True)
class NameSection:
    """One section of configs/names/<code>.yaml: name word as written -> its Latin spelling in news."""
    words: Mapping[str, str] = field(default_factory=_empty)


# ---------------------------------------------------------------------------- a language

@dataclass(frozen=True)
class LanguageData:
    """Everything one language file holds; a missing section disables its extractor."""
    code: str
    quotes: QuotesData | None = None
    speakers: SpeakersData | None = None
    numbers: NumbersData | None = None
    dates: DatesData | None = None
    figures: FiguresData | None = None
    places: PlacesData | None = None
    stance: StanceData | None = None
    claims: ClaimsData | None = None


# ---------------------------------------------------------------------------- language identification

Script = Literal["arabic", "cyrillic", "latin"]
Curve = tuple[tuple[float, float], ...]   # (x, y) points, x ascending


@dataclass(frozen=True)
class LangIdLanguage:
    """One language as configs/langid.yaml describes it to the language identifier."""
    script: Script                   # the script its letters are in (chars.SCRIPTS)
    alphabet: str = ""               # its letters of that script, lower case; a text whose words use
                                     # others is not in it (ы is not Ukrainian). Empty: never ruled out
    markers: Words = ()              # frequent words the other languages of its script do not write
                                     # (Bulgarian `са`, `ще`): they settle a disagreement of the detectors


@dataclass(frozen=True)
class Calibration:
    """How often the detector is right, by its own confidence: (raw, right) points, piecewise linear.
    Fitted by `benchmarks/langid.py --fit` on texts other than those it reports on."""
    alone: Curve = ((0.0, 0.0), (1.0, 1.0))      # the first detector sure enough to decide alone
    agree: Curve = ((0.0, 0.0), (1.0, 1.0))      # unsure, and the second detector says the same
    disagree: Curve = ((0.0, 0.0), (1.0, 1.0))   # unsure, and the second detector says otherwise
    letters: float = 0.99            # the letters left one language (`ї`: Ukrainian)
    markers: float = 0.5             # the detectors disagreed and marker words sided with one


@dataclass(frozen=True)
class LangIdData:
    """configs/langid.yaml: the languages the identifier knows, in order (the first configured of a
    script is its default for a passage nothing else decides), and its thresholds."""
    languages: Mapping[str, LangIdLanguage]
    rule_out_share: float = 0.1      # a language is ruled out when this share of the words (and at
                                     # least one) have a letter outside its alphabet
    unsure: float = 0.7              # the first detector's confidence below which the second is asked
    segment_min_letters: int = 20    # a shorter passage of another script is decided by letters only
    defaults: Mapping[Script, str] = field(default_factory=_empty)   # a passage of the script that
                                     # nothing decides (a name in Cyrillic): this language; else und
    calibration: Calibration = field(default_factory=Calibration)
