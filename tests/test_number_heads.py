"""head_numbers(): the tokens and numbers of a text's head, derived from the whole text's, are exactly
numbers_in(head) (find_dateline relies on it), whatever character the cut falls on."""
import random

import pytest

from syria_corpus.extract.numbers import head_numbers, numbers_in

# Digits of two systems, every separator of the four languages, whitespace a separator may be or not
# be (space, no-break spaces, newline, tab, U+3000), letters with combining marks, punctuation.
PIECES = ["1", "2", "0", "٣", "٤", "۵", ",", ".", "٬", "٫", " ", " ", " ", "\xa0", "\u202f", "\n", "\t", "\u3000",
          "a", "of", "million", "half", "and", "тысяч", "две", "и", "ثلاثة", "و", "آلاف", "ألفا", "juta", "dua",
          "\u0301", "\u064b", "(", ")", "-", "/", "،", "$", "%", "1,250", "1 250 000", "2,5", "١٢٫٥", "1.000"]


@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru"])
def test_head_numbers_are_those_of_the_head(lang):
    rnd = random.Random(lang)
    for _ in range(300):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40)))
        whole = numbers_in(text, lang)
        for n in range(len(text) + 2):
            assert head_numbers(text, lang, whole, n) == numbers_in(text[:n], lang), (text, n)


@pytest.mark.parametrize("lang,text", [
    ("en", "killed 1,250 people"), ("ru", "погибли 1 250 000 человек"), ("ru", "1\xa0250 и 2 3"),
    ("id", "Rp 1.250.000,50 juta"), ("ar", "قتل ١٬٢٥٠ و٣٠ ألفا"), ("en", "a b " * 50 + "5 million and 6"),
])
def test_head_numbers_at_every_cut(lang, text):
    whole = numbers_in(text, lang)
    for n in range(len(text) + 1):
        assert head_numbers(text, lang, whole, n) == numbers_in(text[:n], lang), n
