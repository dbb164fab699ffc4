"""Arabic/Cyrillic -> Latin transliteration and phonetic keys for names.

All tables and rules are data (configs/translit.yaml); this module holds the mechanism once:

    normalize_name(s)  canonical comparison form in the name's own script (case, harakat,
                       tatweel, hamza seats, ى/ي, ة/ه, punctuation, possessive 's)
    to_latin(s)        the Latin form of an Arabic or Cyrillic name as English-language news write it:
                       each word (compounds of words first) from the name lexicons, else the letter tables
    lexicon_word(w)    the lexicon's Latin spelling of one name word, None when it is not listed
    spelling_key(s)    a Latin spelling with the variation of romanizations folded, vowels kept
    phonetic_key(s)    space-joined consonant skeletons of the name's tokens, stable across
                       scripts and the usual transliteration variants (Lavrov = لافروف = Лавров)
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .resources import per_configs, read_yaml

# Invisible characters scraped text carries inside names (zero-width space and joiners, word joiner,
# BOM, soft hyphen): `Walid\u200b al-Moualem` is `Walid al-Moualem`.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def visible(s: str) -> str:
    return s.translate(INVISIBLE)


@per_configs(maxsize=1)
def _data() -> dict:
    return read_yaml("translit.yaml")


@per_configs(maxsize=1)
def _normalizer():
    """(str.translate table, possessive suffixes) built once from the `normalize` section."""
    n = _data()["normalize"]
    table: dict[int, str | None] = {ord(c): None for c in n["drop_chars"] + n["delete"]}
    table.update({ord(k): v for k, v in n["fold"].items()})
    table.update({ord(c): " " for c in n["separators"]})
    return table, tuple(n["possessive"])


def script_of(s: str) -> str:
    """'arabic', 'cyrillic' or 'latin': the script of the first letter (names are one script)."""
    for ch in s:
        if ch.isalpha():
            return "latin" if ch.isascii() else _letter_script(ch)
    return "latin"


@functools.lru_cache(maxsize=8192)
def _letter_script(ch: str) -> str:
    """The script of one letter (a Unicode name lookup, once per letter rather than per use)."""
    name = unicodedata.name(ch, "")
    if name.startswith("ARABIC"):
        return "arabic"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    return "latin"


def _strip_latin_marks(s: str) -> str:
    """é -> e, ç -> c, ğ -> g, without touching Cyrillic й (a letter, not и + breve)."""
    return s if s.isascii() else "".join(ch if ch.isascii() else _plain_char(ch) for ch in s)


@functools.lru_cache(maxsize=8192)
def _plain_char(ch: str) -> str:
    """One non-ASCII character without its marks when it is Latin, else as it is (once per character)."""
    if script_of(ch) != "latin":
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


@per_configs(maxsize=200_000)
def normalize_name(s: str) -> str:
    """Comparison form of a name in its own script: casefolded, marks and letter variants folded,
    punctuation turned into single spaces, a trailing English possessive removed."""
    table, possessive = _normalizer()
    s = unicodedata.normalize("NFC", visible(s)).strip()
    for suf in possessive:
        if s.endswith(suf):
            s = s[: -len(suf)]
    s = _strip_latin_marks(s.translate(table)).casefold()
    return " ".join(s.split())


def _arabic_word(raw: str) -> str:
    """Letter-table reading of one Arabic word, lowercase ('al-' + rest for a word with the article)."""
    a = _data()["arabic"]
    table, _ = _normalizer()
    out = []
    # the article is recognised before hamza seats are folded: الهام is al- + هام, إلهام is Ilham
    bare = "".join(ch for ch in raw if ch not in _data()["normalize"]["drop_chars"])
    word = bare.translate(table).replace(" ", "")
    if bare.startswith(a["article"]) and len(word) > len(a["article"]) + 1:
        out.append(a["article_latin"])
        word = word[len(a["article"]):]
    vowels = a["vowel_letters"]
    for i, ch in enumerate(word):
        if ch in a["weak"]:
            nxt = word[i + 1] if i + 1 < len(word) else ""
            # consonant at the start of a word or before a vowel letter (وليد, يوري), else long vowel
            kind = "consonant" if i == 0 or (nxt and nxt in vowels) else "vowel"
            out.append(a["weak"][ch][kind])
        elif ch == "ه" and i == len(word) - 1 and i > 0:
            out.append(a["final_ha"])
        else:
            out.append(a["letters"].get(ch, ch))
    return "".join(out)


@per_configs(maxsize=1)
def _cyrillic_rules() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pat), rep) for pat, rep in _data().get("cyrillic_rules", [])]


def _cyrillic_word(word: str) -> str:
    """Letter-table reading of one Cyrillic word after the contextual rules; an initial capital (or a
    word in capitals) is kept."""
    table = _data()["cyrillic"]
    low = word.lower()
    for pat, rep in _cyrillic_rules():
        low = pat.sub(rep, low)
    latin = "".join(table.get(ch, ch) for ch in low)
    if len(word) > 1 and word.isupper():
        return latin.upper()
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


@dataclass
class _Lexicon:
    words: dict[str, str] = field(default_factory=dict)                 # normalized word -> Latin
    compounds: dict[tuple[str, ...], str] = field(default_factory=dict)  # normalized words -> Latin
    stems: dict[str, str] = field(default_factory=dict)                  # inflection stem -> Latin
    longest: int = 1


def peel(word: str, endings, min_stem: int) -> set[str]:
    """Every stem left by peeling one of `endings` off `word` (at least `min_stem` letters stay). The
    one mechanism for case endings: names, mentions and places each pass their own language's list."""
    return {word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= min_stem}


def _stems(word: str) -> set[str]:
    """The word less one inflection ending (Лаврова -> лаврov); only for scripts with endings."""
    inf = _data().get("inflection", {})
    if script_of(word) != "cyrillic":
        return set()
    return peel(word, inf.get("cyrillic_endings", []), inf.get("min_stem", 3))


@per_configs(maxsize=1)
def _lexicon() -> _Lexicon:
    """Every lexicon of translit.yaml `lexicons`, all sections merged (their scripts do not overlap)."""
    lex = _Lexicon()
    stems: dict[str, set[str]] = {}
    for name in _data().get("lexicons", []):
        for section in read_yaml(name).values():
            for written, latin in (section or {}).items():
                key = tuple(normalize_name(str(written)).split())
                if not key:
                    continue
                if len(key) > 1:
                    lex.compounds[key] = str(latin)
                    lex.longest = max(lex.longest, len(key))
                    continue
                lex.words[key[0]] = str(latin)
    for w, latin in lex.words.items():
        for st in _stems(w) | {w}:
            stems.setdefault(st, set()).add(latin)
    lex.stems = {st: next(iter(v)) for st, v in stems.items() if len(v) == 1}
    return lex


@per_configs(maxsize=200_000)
def lexicon_word(word: str) -> str | None:
    """The lexicon spelling of one name word: as written, else without the article (al- + the bare
    word's spelling), else without a case ending; None when the lexicon does not know it."""
    lex = _lexicon()
    norm = normalize_name(word)
    if not norm or " " in norm:
        return None
    if norm in lex.words:
        return lex.words[norm]
    a = _data()["arabic"]
    article = normalize_name(a["article"])
    if norm.startswith(article) and len(norm) > len(article) + 2:
        bare = lex.words.get(norm[len(article):])
        if bare is not None:
            return bare if bare.lower().startswith(a["article_latin"]) else a["article_latin"] + bare
    for st in sorted(_stems(norm), key=len, reverse=True):
        if st in lex.words:
            return lex.words[st]
        if st in lex.stems:
            return lex.stems[st]
    return None


def _fallback_word(part: str, script: str) -> str:
    if script == "cyrillic":
        return _cyrillic_word(part)
    latin = _arabic_word(part)
    article = _data()["arabic"]["article_latin"]
    if latin.startswith(article):
        return article + latin[len(article):][:1].upper() + latin[len(article):][1:]
    return latin[:1].upper() + latin[1:]


@per_configs(maxsize=200_000)
def to_latin(s: str) -> str:
    """Latin form of an Arabic or Cyrillic name as English-language news write it: the longest
    lexicon compound at each position, else the lexicon word, else the letter tables (title-cased,
    the article in lowercase: 'al-Sbagh'). Words keep their separators (spaces, hyphens). Latin text
    is returned unchanged."""
    script = script_of(s)
    if script == "latin":
        return s
    parts: list[tuple[str, str]] = []        # (separator before, part)
    for w in s.split():
        for i, p in enumerate(w.split("-")):
            if p:
                parts.append(("-" if i else " ", p))
    keys = [normalize_name(p) for _, p in parts]
    lex = _lexicon()
    out: list[str] = []
    i = 0
    while i < len(parts):
        sep = parts[i][0] if out else ""
        for n in range(min(lex.longest, len(parts) - i), 1, -1):
            latin = lex.compounds.get(tuple(" ".join(keys[i:i + n]).split()))
            if latin is not None:
                out.append(sep + latin)
                i += n
                break
        else:
            latin = lexicon_word(parts[i][1])
            out.append(sep + (latin if latin is not None else _fallback_word(parts[i][1], script)))
            i += 1
    return "".join(out)


def title_case(latin: str) -> str:
    """Display casing for a transliteration: 'bashar al-asad' -> 'Bashar al-Asad'."""
    particles = set(_data()["lowercase_particles"])
    words = []
    for i, w in enumerate(latin.lower().split()):
        parts = w.split("-")
        words.append("-".join(p if p in particles and (i or j) else p[:1].upper() + p[1:]
                              for j, p in enumerate(parts)))
    return " ".join(words)


@per_configs(maxsize=1)
def _phonetic_rules():
    p = _data()["phonetic"]
    rules = [(re.compile(pat), rep) for pat, rep in p["rules"]]
    vowels = re.compile(f"[{re.escape(p['vowels'])}]")
    return re.compile(p["article_prefix"]), set(p["article_tokens"]), rules, vowels


def _token_key(token: str) -> str:
    _, _, rules, vowels = _phonetic_rules()
    for pat, rep in rules:
        token = pat.sub(rep, token)
    token = re.sub(r"(.)\1+", r"\1", token)
    return vowels.sub("", token).lower()


@per_configs(maxsize=200_000)
def name_words(name: str) -> tuple[tuple[str, str], ...]:
    """(romanized word, its consonant key) of each word of a name, articles dropped, words whose key
    is empty (all vowels) left out: 'محمد بن زايد' -> (('mohammed', 'mhmd'), ('bin', 'bn'), ('zayed', 'sd'))."""
    prefix, article_tokens, _, _ = _phonetic_rules()
    latin = normalize_name(to_latin(unicodedata.normalize("NFC", name)))
    words = [prefix.sub("", t) for t in latin.split() if t not in article_tokens]
    return tuple((w, k) for w in words if w and (k := _token_key(w)))


@per_configs(maxsize=1)
def _known_spellings() -> dict[str, frozenset[str]]:
    """Spelling key of each Latin word the lexicons give -> the written words it stands for (a
    compound's words aligned one to one when their numbers agree)."""
    out: dict[str, set[str]] = {}
    lex = _lexicon()
    _, article_tokens, _, _ = _phonetic_rules()
    article = normalize_name(_data()["arabic"]["article"])

    def bare(w: str) -> str:
        return w[len(article):] if w.startswith(article) and len(w) > len(article) + 2 else w

    pairs = [((w,), latin) for w, latin in lex.words.items()] + list(lex.compounds.items())
    for written, latin in pairs:
        written = tuple(bare(w) for w in written)
        latin_words = [w for w in normalize_name(latin).split() if w not in article_tokens]
        if len(written) == 1 and len(latin_words) > 1:
            written = tuple(written) * len(latin_words)   # one written word, two Latin ones: Abdul Rahman
        if len(latin_words) != len(written):
            continue
        for w, lw in zip(written, latin_words):
            out.setdefault(spelling_key(lw), set()).add(w)
    return {k: frozenset(v) for k, v in out.items()}


def known_spelling(latin_word: str) -> frozenset[str] | None:
    """The written words (in the lexicons' scripts) a romanized word stands for, None when the
    lexicons do not give it: Mohammed {محمد}, Mahmoud {محمود}, Khaled and Khalid {خالد}. Two known
    words with nothing in common are different names, though their consonants agree (m-h-m-d)."""
    return _known_spellings().get(spelling_key(latin_word))


@per_configs(maxsize=200_000)
def phonetic_key(name: str) -> str:
    """Consonant skeleton of each token of `name`, space-joined, articles dropped.

    'Sergei Lavrov', 'Сергей Лавров' and 'سيرغي لافروف' all give 'srg lfrf'; tokens whose skeleton is
    empty (all vowels) are kept as '' so token positions stay aligned with the name."""
    prefix, article_tokens, _, _ = _phonetic_rules()
    latin = normalize_name(to_latin(unicodedata.normalize("NFC", name)))
    tokens = [prefix.sub("", t) for t in latin.split() if t not in article_tokens]
    return " ".join(_token_key(t) for t in tokens if t)


@per_configs(maxsize=1)
def _spelling_rules() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pat), rep) for pat, rep in _data().get("spelling", [])]


@per_configs(maxsize=200_000)
def spelling_key(latin: str) -> str:
    """A Latin spelling folded for comparison, vowels kept: 'Kerry' and 'Kery' -> 'keri',
    'Hussein' and 'Hussain' -> 'husain'; 'Omar' and 'Omari' stay apart."""
    out = normalize_name(latin)
    for pat, rep in _spelling_rules():
        out = pat.sub(rep, out)
    return out


@per_configs(maxsize=200_000)
def letter_skeleton(word: str) -> str | None:
    """A word of a script that leaves vowels unwritten (Arabic), in that script without its article
    and its long-vowel letters, for comparing two spellings of that script: نتانياهو and نتنياهو
    agree, كارنيغي and الخرينج do not (their Latin keys do). None for other scripts."""
    a = _data()["arabic"]
    if script_of(word) != "arabic":
        return None
    w = normalize_name(word).replace(" ", "")
    article = normalize_name(a["article"])
    if w.startswith(article) and len(w) > len(article) + 2:
        w = w[len(article):]
    return "".join(ch for ch in w if ch not in a["vowel_letters"]) or None
