"""Number parsing: digits and separators of each language, digit systems, number words, vague amounts."""
import pytest

from syria_corpus.extract.numbers import numbers_in, parse_number

CASES = [
    # separators
    ("en", "1,000", 1000), ("en", "2.5", 2.5), ("en", "1,250,000", 1250000), ("en", "1000", 1000),
    ("id", "1.000", 1000), ("id", "2,5", 2.5), ("id", "1.250.000", 1250000),
    ("id", "437,000", 437000), ("id", "1,09", 1.09),   # a comma before exactly three digits groups (copied English)
    ("ru", "1 000", 1000), ("ru", "1\u00a0500", 1500), ("ru", "2,5", 2.5),
    ("ar", "١٢٫٥", 12.5), ("ar", "١٬٠٠٠", 1000), ("ar", "1,888", 1888),
    # digit systems
    ("ar", "١٨٨٨", 1888), ("ar", "۱۲۳", 123), ("ar", "١٥", 15),
    # words, scales, multipliers, fractions
    ("en", "three", 3), ("en", "twenty five", 25), ("en", "two thousand five hundred", 2500),
    ("en", "half a million", 500000), ("en", "11 million", 11000000), ("en", "5 and a half", 5.5),
    ("en", "five and a half", 5.5), ("en", "a hundred", 100), ("en", "1.9 million", 1900000), ("en", "two dozen", 24),
    ("id", "tujuh", 7), ("id", "dua puluh lima", 25), ("id", "dua belas", 12), ("id", "2,5 juta", 2500000),
    ("id", "seribu", 1000), ("id", "setengah juta", 500000), ("id", "tiga ratus", 300),
    ("ru", "два", 2), ("ru", "двух", 2), ("ru", "двое", 2), ("ru", "2,5 млн", 2500000),
    ("ru", "полтора миллиона", 1500000), ("ru", "три тысячи", 3000), ("ru", "двадцать пять", 25),
    ("ar", "ثلاث", 3), ("ar", "خمسة وعشرين", 25), ("ar", "خمسة عشر", 15), ("ar", "ثلاثة آلاف", 3000),
    ("ar", "نصف مليون", 500000), ("ar", "مليون", 1000000), ("ar", "وثلاث", 3), ("ar", "2.5 مليون", 2500000),
    ("ar", "2,4 مليار", 2.4e9),  # a comma before other than three digits is decimal
    # vague amounts: smallest value denoted
    ("en", "dozens", 12), ("en", "hundreds", 100), ("en", "tens of thousands", 10000),
    ("en", "hundreds of thousands", 100000), ("en", "thousands", 1000),
    ("id", "puluhan", 10), ("id", "ribuan", 1000), ("id", "ratusan", 100), ("id", "puluhan ribu", 10000),
    ("ru", "десятки тысяч", 10000), ("ru", "сотни", 100), ("ru", "тысячи", 1000),
    ("ar", "عشرات", 10), ("ar", "عشرات الآلاف", 10000), ("ar", "آلاف", 1000), ("ar", "مئات", 100),
]


@pytest.mark.parametrize("lang,text,value", CASES)
def test_parse_number(lang, text, value):
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("lang,text", [
    ("en", "the"), ("en", "a"), ("en", "half"), ("en", "and"), ("id", "orang"), ("ar", "دولة"), ("ru", "человек"),
    ("en", "three people"),  # a phrase with more than a number is not one number
])
def test_not_a_number(lang, text):
    assert parse_number(text, lang) is None


@pytest.mark.parametrize("lang,text,vague", [
    ("en", "dozens of", "dozens_of"), ("en", "tens of thousands", "tens_of"), ("id", "ribuan", "thousands_of"),
    ("ar", "عشرات الآلاف", "tens_of"), ("ru", "сотни", "hundreds_of"),
])
def test_vague_qualifier(lang, text, vague):
    _, nums = numbers_in(text, lang)
    assert nums[0].vague == vague


def test_numbers_offsets_and_clitic_prefix():
    text = "تضم 17 دولة وثلاث منظمات"
    _, nums = numbers_in(text, "ar")
    assert [(text[n.start:n.end], n.value) for n in nums] == [("17", 17), ("ثلاث", 3)]


@pytest.mark.parametrize("lang,text,value", [
    # Russian number words in every case, collectives, trillions
    ("ru", "шестисот", 600), ("ru", "семистах", 700), ("ru", "двумястами", 200), ("ru", "пятерых", 5),
    ("ru", "двадцати пяти", 25), ("ru", "сорока", 40), ("ru", "более триллиона", None), ("ru", "триллиона", 1e12),
    ("ru", "трех миллиардов", 3e9),
    # Arabic construct and accusative forms, glued conjunctions after a multiplier, Persian letters
    ("ar", "ألفي", 2000), ("ar", "42 ألفا", 42000), ("ar", "13 ألفا و845", 13845), ("ar", "مليار و460 مليون", 1.46e9),
    ("ar", "ألف و500", 1500), ("ar", "اثنين وعشرين", 22), ("ar", "ثلاثمائة وخمسة وعشرين", 325), ("ar", "15 ملیون", 15e6),
])
def test_number_forms(lang, text, value):
    assert parse_number(text, lang) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("lang,text,parts", [
    ("en", "5 million and 6", [5e6, 6]),             # a connector before digits joins only when written onto them
    ("id", "2 juta dan 300", [2e6, 300]),
    ("ar", "3 آلاف و5 آلاف", [3000, 5000]),           # a second thousand is a second number
    ("ar", "خمس وأربع", [5, 4]),                      # units do not add to units: five and four
    ("ar", "5 و6", [5, 6]),
])
def test_numbers_that_do_not_join(lang, text, parts):
    _, nums = numbers_in(text, lang)
    assert [n.value for n in nums] == parts


def test_seven_three_are_two_numbers():
    _, nums = numbers_in("seven days, three days", "en")
    assert [n.value for n in nums] == [7, 3]


@pytest.mark.parametrize("token, value", [("1,250", 1250.0), ("3.5", 3.5), ("١٢", 12.0),
                                          ("\U00016130", None)])   # a digit only in newer Unicode tables
def test_digit_tokens_python_cannot_read_are_no_numbers(token, value):
    from syria_corpus.extract.numbers import number_lexicon
    assert number_lexicon("en").to_float(token) == value
