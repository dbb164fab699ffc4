"""Arabic/Cyrillic -> Latin transliteration and phonetic keys for names.

All tables and rules are data (configs/translit.yaml); this module holds the mechanism once:

    normalize_name(s)  canonical comparison form in the name's own script (case, harakat,
                       tatweel, hamza seats, ى/ي, ة/ه, punctuation, possessive 's)
    to_latin(s)        readable Latin form of an Arabic or Cyrillic name; Latin passes through
    phonetic_key(s)    space-joined consonant skeletons of the name's tokens, stable across
                       scripts and the usual transliteration variants (Lavrov = لافروف = Лавров)
"""
from __future__ import annotations

import re
import unicodedata

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
            name = unicodedata.name(ch, "")
            if name.startswith("ARABIC"):
                return "arabic"
            if name.startswith("CYRILLIC"):
                return "cyrillic"
            return "latin"
    return "latin"


def _strip_latin_marks(s: str) -> str:
    """é -> e, ç -> c, ğ -> g, without touching Cyrillic й (a letter, not и + breve)."""
    out = []
    for ch in s:
        if ch.isascii() or script_of(ch) != "latin":
            out.append(ch)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)))
    return "".join(out)


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


def _cyrillic_word(word: str) -> str:
    table = _data()["cyrillic"]
    out = []
    for ch in word:
        lat = table.get(ch.lower(), ch)
        out.append(lat.capitalize() if ch.isupper() and lat else lat)
    return "".join(out)


@per_configs(maxsize=200_000)
def to_latin(s: str) -> str:
    """Latin form of an Arabic or Cyrillic name (Arabic comes out lowercase, Cyrillic keeps its case);
    Latin text is returned unchanged."""
    script = script_of(s)
    if script == "latin":
        return s
    if script == "arabic":
        return " ".join(_arabic_word(w) for w in s.split())
    return " ".join(_cyrillic_word(w) for w in s.split())


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
def phonetic_key(name: str) -> str:
    """Consonant skeleton of each token of `name`, space-joined, articles dropped.

    'Sergei Lavrov', 'Сергей Лавров' and 'سيرغي لافروف' all give 'srg lfrf'; tokens whose skeleton is
    empty (all vowels) are kept as '' so token positions stay aligned with the name."""
    prefix, article_tokens, _, _ = _phonetic_rules()
    latin = normalize_name(to_latin(unicodedata.normalize("NFC", name)))
    tokens = [prefix.sub("", t) for t in latin.split() if t not in article_tokens]
    return " ".join(_token_key(t) for t in tokens if t)
