"""Figures: qualifiers, counted nouns and categories per language, quotes, and what is not a figure."""
import pytest

from syria_corpus.analysis import ParsedDoc
from syria_corpus.extract import registry
from syria_corpus.model import Document


def figures(text, lang, quotes=()):
    """Figures of `text` with the quotes given (none by default) instead of the quote extractor's."""
    p = ParsedDoc(Document("t", "t", text, lang, date="2016-02-12"))
    p.results["quotes"] = list(quotes)
    rows = registry.run(p, ["figures"])["figures"]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        assert text[r["start"]:r["end"]].find(r["number_text"]) >= 0
    return rows


def one(text, lang):
    rows = figures(text, lang)
    assert len(rows) == 1, rows
    return rows[0]


# text, expected figure text, value, qualifier, category, victims
CASES = [
    ("en", "Russia and Assad launched more than 150 airstrikes over the city",
     "more than 150 airstrikes", 150, "more_than", "airstrikes", None),
    ("en", "killing at least 139 people.", "at least 139 people", 139, "at_least", "killed", None),
    ("en", "more than half a million people were killed.", "more than half a million people", 500000, "more_than", "killed", None),
    ("en", "and some 11 million people displaced.", "some 11 million people", 11e6, "about", "displaced", None),
    ("en", "after that 350 attacks by the opposition", "350 attacks", 350, None, "attacks", None),
    ("en", "and injuring hundreds more.", "hundreds", 100, "hundreds_of", "injured", None),
    ("en", "The strike killed 12 children in Idlib.", "12 children", 12, None, "killed", "children"),
    ("en", "nearly 5000 refugees arrived", "nearly 5000 refugees", 5000, "nearly", "refugees", None),
    ("en", "up to 200 civilians were wounded", "up to 200 civilians", 200, "up_to", "injured", "civilians"),
    ("en", "fewer than 40 countries", "fewer than 40 countries", 40, "less_than", "countries", None),
    ("en", "tens of thousands of residents fled", "tens of thousands of residents", 10000, "tens_of", "displaced", None),
    ("en", "dozens of fighters", "dozens of fighters", 12, "dozens_of", "fighters", "fighters"),
    ("en", "with 1.5 million refugees", "1.5 million refugees", 1.5e6, None, "refugees", None),
    ("en", "more than 200 killed", "more than 200", 200, "more_than", "killed", None),
    ("ar", "نفذ 510 طلعات جوية", "510 طلعات", 510, None, "sorties", None),
    ("ar", "لضرب 1888 \"هدفا إرهابيا\" في", "1888 \"هدفا", 1888, None, "targets", None),
    ("ar", "الضربات دمرت نحو 1900 هدف للمتشددين", "نحو 1900 هدف", 1900, "about", "targets", None),
    ("ar", "التي تضم 17 دولة", "17 دولة", 17, None, "countries", None),
    ("ar", "وأكدت مقتل قائدين من جماعات مسلحة", "قائدين", 2, None, "killed", "fighters"),
    ("ar", "نزوح عشرات الآلاف من المدنيين إلى", "عشرات الآلاف من المدنيين", 10000, "tens_of", "displaced", "civilians"),
    ("ar", "مقتل ما لا يقل عن ١٤ جنديا", "ما لا يقل عن ١٤ جنديا", 14, "at_least", "killed", "soldiers"),
    ("ar", "أصيب أكثر من 30 شخصا", "أكثر من 30 شخصا", 30, "more_than", "injured", None),
    ("ar", "قرابة 200 لاجئ", "قرابة 200 لاجئ", 200, "about", "refugees", None),
    ("ar", "أقل من 50 غارة", "أقل من 50 غارة", 50, "less_than", "airstrikes", None),
    ("ar", "وسقطت طائرتين", "طائرتين", 2, None, "aircraft", None),
    ("ar", "حوالي ٣٫٥ مليون نازح", "حوالي ٣٫٥ مليون نازح", 3.5e6, "about", "displaced", None),
    ("id", "menewaskan 22 orang dan", "22 orang", 22, None, "killed", None),
    ("id", "dan melukai lebih dari 30 orang.", "lebih dari 30 orang", 30, "more_than", "injured", None),
    ("id", "sedikitnya 2,5 juta pengungsi", "sedikitnya 2,5 juta pengungsi", 2.5e6, "at_least", "refugees", None),
    ("id", "setidaknya 1.000 warga sipil tewas", "setidaknya 1.000 warga sipil", 1000, "at_least", "killed", "civilians"),
    ("id", "sekitar tujuh serangan udara", "sekitar tujuh serangan udara", 7, "about", "airstrikes", None),
    ("id", "hampir puluhan tentara", "hampir puluhan tentara", 10, "nearly", "soldiers", "soldiers"),
    ("id", "kurang dari 10 negara", "kurang dari 10 negara", 10, "less_than", "countries", None),
    ("id", "ribuan orang mengungsi", "ribuan orang", 1000, "thousands_of", "displaced", None),
    ("ru", "погибли 12 человек", "12 человек", 12, None, "killed", None),
    ("ru", "ранены более 30 мирных жителей", "более 30 мирных жителей", 30, "more_than", "injured", "civilians"),
    ("ru", "около 1 500 боевиков", "около 1 500 боевиков", 1500, "about", "fighters", "fighters"),
    ("ru", "не менее 20 авиаударов", "не менее 20 авиаударов", 20, "at_least", "airstrikes", None),
    ("ru", "свыше 2,5 млн беженцев", "свыше 2,5 млн беженцев", 2.5e6, "more_than", "refugees", None),
    ("ru", "почти 40 стран", "почти 40 стран", 40, "nearly", "countries", None),
    ("ru", "до 100 вылетов", "до 100 вылетов", 100, "up_to", "sorties", None),
    ("ru", "менее 10 целей", "менее 10 целей", 10, "less_than", "targets", None),
    ("ru", "убиты двое детей", "двое детей", 2, None, "killed", "children"),
    ("ru", "десятки тысяч человек бежали", "десятки тысяч человек", 10000, "tens_of", "displaced", None),
]


@pytest.mark.parametrize("lang,text,span,value,qualifier,category,victims", CASES)
def test_figure(lang, text, span, value, qualifier, category, victims):
    f = one(text, lang)
    assert (f["text"], f["qualifier"], f["category"], f["victims"]) == (span, qualifier, category, victims)
    assert f["value"] == pytest.approx(value)


@pytest.mark.parametrize("lang,text", [
    ("en", "Security Council resolution 2254 calls"), ("en", "an F-16 and two Su-24 jets"),
    ("en", "the G20 summit on COVID-19"), ("en", "after the 12th of September"),
    ("en", "It started in 2015 and"), ("en", "on 29 September 2016 Kerry"), ("en", "at 10:30 GMT"),
    ("en", "see http://example.com/news/2016/123456 for"), ("en", "a 12-year-old boy"),
    ("en", "one of the groups"), ("en", "over the last 72 hours"), ("en", "S-400 systems"),
    ("ar", "من 4 إلى 11 فبراير"), ("ar", "منذ سبتمبر 2015"), ("ar", "القرار رقم 2254"), ("ar", "منذ خمس سنوات"),
    ("ar", "المدنيين والمسلحين"),  # plurals with -ين are not duals
    ("id", "Jakarta, Jumat (11/11/2016)"), ("id", "iPhone 6 Plus"), ("id", "pasal 28 ayat 2"),
    ("id", "Selama tujuh bulan terakhir"),
    ("ru", "12 сентября 2016 года"), ("ru", "в 2015 году"), ("ru", "резолюция 2254"), ("ru", "за 72 часа"),
])
def test_not_figures(lang, text):
    assert figures(text, lang) == []


@pytest.mark.parametrize("lang,text", [("en", "inflation of 12.5%"), ("id", "naik 50 persen"), ("ar", "بنسبة 3.2%")])
def test_percentages_have_no_category(lang, text):
    f = one(text, lang)
    assert f["unit"] == "%" and f["category"] is None


def test_year_sized_count_with_a_noun_is_a_figure():
    assert one("destroyed 2000 targets", "en")["value"] == 2000


def test_quote_start_links_the_enclosing_quote():
    text = 'She said: "Russia launched 150 airstrikes." Later 20 people died.'
    q = text.index("Russia")
    quotes = [{"start": q, "end": text.index('."') + 1, "kind": "direct", "speaker_name": "Power"}]
    rows = figures(text, "en", quotes)
    assert [(r["value"], r["quote_start"]) for r in rows] == [(150, q), (20, None)]


def test_unknown_language_gives_nothing():
    assert figures("killed 20 people", "xx") == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Air strikes killed at least 42 people, including 11 children, in Idlib."),
    ("id", "Serangan itu menewaskan 30 orang, termasuk 8 anak-anak."),
    ("ar", "قتل 20 شخصا بينهم 5 أطفال في القصف."),
    ("ru", "Погибли 20 человек, в том числе пятеро детей."),
])
def test_a_part_introduced_by_including_counts_the_same(lang, text):
    from extraction import figures_of
    whole, part = figures_of(lang, text)
    assert (whole["category"], part["category"], part["victims"]) == ("killed", "killed", "children")
