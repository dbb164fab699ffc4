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


# ------------------------------------------------------------------ counted nouns outside the lexicon

# lang, text, (figure text, value, unit) of every figure
PLAIN_NOUNS = [
    # Indonesian: any noun counts, not only the lexicon's
    ("id", "Kementerian memblokir 12 akun palsu pekan ini.", [("12 akun", 12, "akun")]),
    ("id", "Panitia menerima 3.450 laporan dari warga.", [("3.450 laporan", 3450, "laporan")]),
    ("id", "Warga membangun tiga jembatan bambu.", [("tiga jembatan", 3, "jembatan")]),
    # number words from two up count any noun after them
    ("ar", "وافتتحت البلدية ثلاث مدارس جديدة.", [("ثلاث مدارس", 3, "مدارس")]),
    ("ar", "ووصل أربعة من الوزراء إلى المدينة.", [("أربعة من الوزراء", 4, "الوزراء")]),
    ("ru", "Суд оправдал троих журналистов.", [("троих журналистов", 3, "журналистов")]),
    ("ru", "Город построит восемь новых мостов.", [("восемь новых", 8, "новых")]),
    # Arabic nouns that start like a clitic (ف, و) are listed, so they are no new clause
    ("ar", "ويضم المهرجان اثنين وعشرين فعالية ثقافية.", [("اثنين وعشرين فعالية", 22, "فعالية")]),
    ("ar", "واستقال خمسة وزراء أمس.", [("خمسة وزراء", 5, "وزراء")]),
    # a partitive counts the noun after the second number
    ("ru", "Пятеро из восьми депутатов проголосовали против.",
     [("Пятеро из восьми депутатов", 5, "депутатов"), ("восьми депутатов", 8, "депутатов")]),
]


@pytest.mark.parametrize("lang,text,expected", PLAIN_NOUNS)
def test_plain_counted_nouns(lang, text, expected):
    assert [(r["text"], r["value"], r["unit"]) for r in figures(text, lang)] == expected


@pytest.mark.parametrize("lang,text", [
    # verb shapes after a number are no counted noun
    ("id", "Pada hari itu 40 menginap di masjid."), ("id", "Saat itu 15 berangkat lebih dulu."),
    ("id", "Sejak pagi 30 dibebaskan polisi."),
    # a number right after a capitalised word is part of a name (`Densus 88`)
    ("id", "Tim Densus 88 datang ke lokasi."), ("id", "Kantornya di Jalan Merdeka Raya 15 dekat pasar."),
    # a leading zero marks a code, not a count
    ("id", "Komandan Kodim 0412 Kuningan hadir."),
    # `one of`: a member, not a count
    ("ru", "Одна из версий следствия подтвердилась."), ("ar", "وقال أحد القادة إن الهجوم فشل."),
    ("id", "Salah satu warga melapor ke polisi."), ("ar", "وكان واحد من الجنود في المكان."),
    # a conjunction written onto the next word opens a clause
    ("ar", "ارتفع العدد إلى 300 وتواصل القصف."),
    # fractions and words that are not nouns
    ("ar", "وأنفق ثلاثة أرباع الميزانية على التسليح."), ("id", "Dua lainnya agar segera pulang."),
])
def test_not_plain_counted_nouns(lang, text):
    assert figures(text, lang) == []


def test_a_capitalised_word_before_a_listed_noun_does_not_hide_the_count():
    assert [(r["value"], r["unit"]) for r in figures("Polisi menyita HP 4 buah dari sel.", "id")] == [(4, "buah")]


# ------------------------------------------------------------------ amounts without a counted noun

AMOUNTS = [
    # a multiplier makes an amount
    ("id", "Data yang bocor kini 1,09 juta.", "1,09 juta", 1090000, None, None),
    ("ar", "وقال إن منهم 42 ألفا من الطلاب.", "42 ألفا من الطلاب", 42000, None, None),
    ("ru", "Ущерб оценили в два миллиарда.", "два миллиарда", 2e9, None, None),
    # an amount cue before a bare number
    ("id", "Dengan indeks sebesar 16000, gajinya naik.", "16000", 16000, None, None),
    ("ar", "وقال إن عدد الجرحى يتجاوز 60 حتى الآن.", "يتجاوز 60", 60, "more_than", "injured"),
    ("ru", "Штраф составил 450 по итогам проверки.", "450", 450, None, None),
    # money written before the amount, with or without a space
    ("id", "Gaji itu naik menjadi Rp 48 juta per bulan.", "Rp 48 juta", 48e6, None, "money"),
    ("id", "Ia menerima sekitar USD18000 per tahun.", "sekitar USD18000", 18000, "about", "money"),
    ("id", "Tarifnya Rp4,5 juta per malam.", "Rp4,5 juta", 4.5e6, None, "money"),
    ("en", "The fund pledged $5 million to the camps.", "$5 million", 5e6, None, "money"),
]


@pytest.mark.parametrize("lang,text,span,value,qualifier,category", AMOUNTS)
def test_amounts(lang, text, span, value, qualifier, category):
    f = one(text, lang)
    assert (f["text"], f["qualifier"], f["category"]) == (span, qualifier, category)
    assert f["value"] == pytest.approx(value)


@pytest.mark.parametrize("lang,text", [
    ("id", "Penduduknya kini 400 di desa itu."),      # a bare number without a cue or multiplier
    ("id", "Tim Densus 88 sebesar itu."),             # no digits after the cue
    ("id", "Nilainya sebesar 2015 pada waktu itu."),  # a year, even after a cue
    ("ar", "وقال إن النتيجة كانت 60 في النهاية."),   # no cue: a score, a rank, anything
])
def test_not_amounts(lang, text):
    assert figures(text, lang) == []


def test_the_sign_before_the_next_amount_is_not_the_counted_noun():
    rows = figures("Gajinya naik dari Rp 62 juta menjadi Rp 553 juta per bulan.", "id")
    assert [(r["text"], r["value"]) for r in rows] == [("Rp 62 juta", 62e6), ("Rp 553 juta", 553e6)]


# ------------------------------------------------------------------ number words (Russian cases, Arabic forms)

WORD_FIGURES = [
    ("ru", "В форуме участвовали около шестисот делегатов.", "около шестисот делегатов", 600),
    ("ru", "Бюджет недополучит более триллиона рублей.", "более триллиона рублей", 1e12),
    ("ru", "Турции выделят шесть миллиардов евро.", "шесть миллиардов евро", 6e9),   # `тур*` no longer hides it
    ("ru", "Помощь получили двумстам семьям.", "двумстам семьям", 200),
    ("ar", "وشارك نحو ألفي طالب في المسيرة.", "نحو ألفي طالب", 2000),
    ("ar", "وبلغت المساعدات 15 ملیون دولار.", "15 ملیون دولار", 15e6),   # Persian ی in ملیون
    ("ar", "وحصد 13 ألفا و845 صوتا.", "13 ألفا و845 صوتا", 13845),
]


@pytest.mark.parametrize("lang,text,span,value", WORD_FIGURES)
def test_number_word_figures(lang, text, span, value):
    f = one(text, lang)
    assert f["text"] == span and f["value"] == pytest.approx(value)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Депутаты Думы 112 созыва собрались."),   # an ordinal
    ("ru", "Они вернулись в свою семью."),           # `семью` is "family", not seven
])
def test_not_number_word_figures(lang, text):
    assert figures(text, lang) == []


# ------------------------------------------------------------------ numbers in parentheses (Saudi official style)

@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "وبدأت إجراءات نزع ملكية (130) عقارا في المنطقة.", [("(130) عقارا", 130)]),
    ("ar", "بتكلفة بلغت (24,525,125) ريالا للمشروع.", [("(24,525,125) ريالا", 24525125)]),
    ("ar", "ويتسع المسجد لأكثر من ( 3000 ) مصل يوم الجمعة.", [("أكثر من ( 3000 ) مصل", 3000)]),
    # a list number, a reference and an age in parentheses are no counts
    ("ar", "الشروط:\n(1) تقديم الطلب\n(2) صورة الهوية", []),
    ("ar", "وأوضح أن المادة (6) من النظام واضحة.", []),
    ("ar", "أن لا يتجاوز عمر المتقدم (35) عاما.", []),
])
def test_parenthesised_numbers(lang, text, expected):
    assert [(r["text"], r["value"]) for r in figures(text, lang)] == expected
