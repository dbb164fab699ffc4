"""Dates: absolute forms in each language, ranges, Hijri, relative resolution, durations, false positives."""
import pytest

from extraction import extract
from syria_corpus.extract.dates import find_dateline
from syria_corpus.metadates import normalize_date


def dates(text, lang, pub=None):
    return extract("dates", lang, text, pub)


def values(text, lang, pub=None):
    return {r["text"]: r["value"] for r in dates(text, lang, pub)}


ABSOLUTE = [
    ("en", "He spoke on 29 September about it.", "29 September", "XXXX-09-29"),
    ("en", "after the 12th of September when", "the 12th of September", "XXXX-09-12"),
    ("en", "It began on 5 April 2017 in Idlib.", "5 April 2017", "2017-04-05"),
    ("en", "Wed 05 Apr 2017 Syria attack", "Wed 05 Apr 2017", "2017-04-05"),
    ("en", "On September 29, 2016 Kerry said", "September 29, 2016", "2016-09-29"),
    ("en", "It was signed on 10 November 2016.", "10 November 2016", "2016-11-10"),
    ("en", "since March 2011 the war", "March 2011", "2011-03"),
    ("en", "The war began in 2011.", "2011", "2011"),
    ("en", "between 4-11 February", "4-11 February", "XXXX-02-04/XXXX-02-11"),
    ("en", "the report dated 2016-11-11 says", "2016-11-11", "2016-11-11"),
    ("ar", "منذ سبتمبر 2015.", "سبتمبر 2015", "2015-09"),
    ("ar", "من 4 إلى 11 فبراير وأكدت", "4 إلى 11 فبراير", "XXXX-02-04/XXXX-02-11"),
    ("ar", "في ١٥ أغسطس الماضي", "١٥ أغسطس", "XXXX-08-15"),
    ("ar", "في 3 أيلول 2016", "3 أيلول 2016", "2016-09-03"),
    ("ar", "في 3 ايلول", "3 ايلول", "XXXX-09-03"),
    ("ar", "في 20 شباط 2016", "20 شباط 2016", "2016-02-20"),
    ("ar", "يوم 7 كانون الثاني 2016", "7 كانون الثاني 2016", "2016-01-07"),
    ("ar", "في 7 كانون الأول", "7 كانون الأول", "XXXX-12-07"),
    ("ar", "منذ عام 2015", "2015", "2015"),
    ("id", "Jakarta, Jumat (11/11/2016) - Polisi", "Jumat (11/11/2016)", "2016-11-11"),
    ("id", "pada 10 November 2016 lalu", "10 November 2016", "2016-11-10"),
    ("id", "sejak Maret 2011", "Maret 2011", "2011-03"),
    ("id", "pada tahun 2015", "2015", "2015"),
    ("id", "pada 13-14 Maret 2014", "13-14 Maret 2014", "2014-03-13/2014-03-14"),
    ("ru", "12 сентября в Женеве", "12 сентября", "XXXX-09-12"),
    ("ru", "29 сентября 2016 года", "29 сентября 2016 года", "2016-09-29"),
    ("ru", "в сентябре 2015 года", "сентябре 2015 года", "2015-09"),
    ("ru", "в 2015 году", "2015 году", "2015"),
    ("ru", "с 4 по 11 февраля", "4 по 11 февраля", "XXXX-02-04/XXXX-02-11"),
    ("ru", "опубликовано 05.04.2017", "05.04.2017", "2017-04-05"),
]


@pytest.mark.parametrize("lang,text,span,value", ABSOLUTE)
def test_absolute(lang, text, span, value):
    assert values(text, lang).get(span) == value


@pytest.mark.parametrize("lang,text,span,value", [
    ("ar", "الموافق 5 شوال 1436 هـ", "5 شوال 1436 هـ", "2015-07-21"),
    ("ar", "في 1 رمضان 1437هـ", "1 رمضان 1437هـ", "2016-06-06"),
    ("ar", "في ربيع الأول 1437 هـ", "ربيع الأول 1437 هـ", "2015-12-12/2016-01-10"),
])
def test_hijri(lang, text, span, value):
    assert values(text, lang).get(span) == value


RELATIVE = [  # publication date Friday 2016-09-30
    ("en", "Kerry said on Monday that", "Monday", "2016-09-26", "XXXX-WXX-1"),
    ("en", "The talks will resume on Monday.", "Monday", "2016-10-03", "XXXX-WXX-1"),
    ("en", "It happened yesterday.", "yesterday", "2016-09-29", "XXXX-XX-XX"),
    ("en", "Talks today in Geneva", "today", "2016-09-30", "XXXX-XX-XX"),
    ("en", "as he said last week", "last week", "2016-W38", "XXXX-WXX"),
    ("en", "earlier this month the UN", "earlier this month", "2016-09", "XXXX-XX"),
    ("en", "last year the army", "last year", "2015", "XXXX"),
    ("en", "On Friday the UN met", "Friday", "2016-09-30", "XXXX-WXX-5"),
    ("ar", "قال مساء الاثنين إن", "الاثنين", "2016-09-26", "XXXX-WXX-1"),
    ("ar", "وأبدت روسيا الخميس استعدادها", "الخميس", "2016-09-29", "XXXX-WXX-4"),
    ("ar", "وقال أمس إن", "أمس", "2016-09-29", "XXXX-XX-XX"),
    ("ar", "اليوم (الاثنين)", "اليوم", "2016-09-30", "XXXX-XX-XX"),
    ("ar", "سيجتمع الوزراء الاثنين", "الاثنين", "2016-10-03", "XXXX-WXX-1"),
    ("id", "Polisi mengatakan, Senin, bahwa", "Senin", "2016-09-26", "XXXX-WXX-1"),
    ("id", "terjadi kemarin sore", "kemarin", "2016-09-29", "XXXX-XX-XX"),
    ("id", "hari ini di Jakarta", "hari ini", "2016-09-30", "XXXX-XX-XX"),
    ("id", "minggu lalu di Aleppo", "minggu lalu", "2016-W38", "XXXX-WXX"),
    ("ru", "заявил в понедельник", "в понедельник", "2016-09-26", "XXXX-WXX-1"),
    ("ru", "вчера в Москве", "вчера", "2016-09-29", "XXXX-XX-XX"),
    ("ru", "сегодня утром", "сегодня", "2016-09-30", "XXXX-XX-XX"),
    ("en", "on 29 September Kerry", "29 September", "2016-09-29", "XXXX-09-29"),
    ("ar", "من 4 إلى 11 فبراير", "4 إلى 11 فبراير", "2016-02-04/2016-02-11", "XXXX-02-04/XXXX-02-11"),
]


@pytest.mark.parametrize("lang,text,span,anchored,unanchored", RELATIVE)
def test_relative(lang, text, span, anchored, unanchored):
    rows = {r["text"]: r for r in dates(text, lang, "2016-09-30")}
    assert rows[span]["value"] == anchored and rows[span]["anchored"] is True
    assert values(text, lang)[span] == unanchored


def test_day_month_well_after_publication_is_last_year():
    assert values("on 20 December the siege", "en", "2016-02-12")["20 December"] == "2015-12-20"


DURATIONS = [
    ("en", "over the last 72 hours", "72 hours", "PT72H"), ("en", "a truce of seven days", "seven days", "P7D"),
    ("en", "in the five and a half years of war", "five and a half years", "P5.5Y"),
    ("en", "a 72-hour ceasefire", "72-hour", "PT72H"), ("en", "for 30 minutes", "30 minutes", "PT30M"),
    ("id", "Selama tujuh bulan terakhir", "tujuh bulan", "P7M"), ("id", "dalam 24 jam", "24 jam", "PT24H"),
    ("ar", "منذ خمس سنوات", "خمس سنوات", "P5Y"), ("ar", "خلال 48 ساعة", "48 ساعة", "PT48H"),
    ("ar", "منذ يومين", "يومين", "P2D"), ("ar", "خمسة عشر يوما", "خمسة عشر يوما", "P15D"),
    ("ru", "в течение пяти лет", "пяти лет", "P5Y"), ("ru", "за 72 часа", "72 часа", "PT72H"),
    ("ru", "три недели", "три недели", "P3W"),
]


@pytest.mark.parametrize("lang,text,span,value", DURATIONS)
def test_durations(lang, text, span, value):
    rows = {r["text"]: r for r in dates(text, lang)}
    assert rows[span]["value"] == value and rows[span]["type"] == "duration"


@pytest.mark.parametrize("lang,text,value,type_", [
    ("en", "Every day in Aleppo", "P1D", "set"), ("id", "setiap hari", "P1D", "set"),
    ("en", "at 10:30 GMT", "XXXX-XX-XXT10:30", "time"), ("id", "pukul 03.40 WIB", "XXXX-XX-XXT03:40", "time"),
])
def test_sets_and_times(lang, text, value, type_):
    rows = dates(text, lang)
    assert [(r["value"], r["type"]) for r in rows] == [(value, type_)]


@pytest.mark.parametrize("lang,text", [
    ("en", "They may march on Damascus."), ("en", "The Sun reported it"), ("en", "we sat down"),
    ("en", "killed 139 people"), ("en", "resolution 2254"), ("en", "in the wed of"),
    ("id", "selama seminggu sekali"), ("id", "sabtu dan minggu"), ("ar", "قتل 17 شخصا"), ("ru", "в окружающую среду"),
])
def test_not_dates(lang, text):
    assert dates(text, lang) == []


@pytest.mark.parametrize("text,lang,iso", [
    ("Wed 05 Apr 2017 Syria attack symptoms", "en", "2017-04-05"),
    ("Jakarta, Jumat (11/11/2016) - Polisi menangkap", "id", "2016-11-11"),
    ("Saturday 16 Jul 2016 Turkish", "en", "2016-07-16"),
    ("No date here at all", "en", None),
])
def test_find_dateline(text, lang, iso):
    assert find_dateline(text, lang) == iso


@pytest.mark.parametrize("s,iso", [
    ("4/5/17", "2017-04-05"), ("2015-07-21 02:51:32", "2015-07-21"), ("2016-11-11", "2016-11-11"),
    ("25/12/2016", "2016-12-25"), ("05 Apr 2017", "2017-04-05"), ("", None), (None, None), ("n/a", None),
    ("Wed 05 Apr 2017 10:12", "2017-04-05"), ("April 5, 2017", "2017-04-05"), ("14.05.2011", "2011-05-14"),
    ("Jumat, 11 November 2016", "2016-11-11"), ("14 мая 2011 г.", "2011-05-14"), ("21 يوليو 2015", "2015-07-21"),
    ("٢١ يوليو ٢٠١٥", "2015-07-21"), ("31 February 2016", None), ("May 2016", None),
])
def test_metadata_dates_in_every_language(s, iso):
    assert normalize_date(s) == iso


def test_dateline_anchors_when_no_publication_date():
    rows = dates("Wed 05 Apr 2017 Victims said on Tuesday that", "en")
    assert {r["text"]: r["value"] for r in rows}["Tuesday"] == "2017-04-04"


def test_hijri_month_is_a_gregorian_range_typed_as_a_date():
    from extraction import dates_of
    (row,) = dates_of("ar", "صدر القرار في شوال 1436 هـ بعد الاجتماع.")
    assert (row["text"], row["value"], row["type"], row["anchored"]) == (
        "شوال 1436 هـ", "2015-07-17/2015-08-15", "date", False)


# ------------------------------------------------------------------ parts of years, ranges, ordinal days, Hijri digits

# lang, text, publication date, {text: value} expected exactly
MORE_DATES = [
    # seasons, halves and quarters of a year
    ("ar", "اندلعت الاشتباكات في صيف 2013 واستمرت.", None, {"صيف 2013": "2013-SU"}),
    ("ar", "وقع الاتفاق في النصف الأول من عام 2015.", None, {"النصف الأول من عام 2015": "2015-H1"}),
    ("ru", "Выручка в первом полугодии 2016 года выросла.", None, {"первом полугодии 2016 года": "2016-H1"}),
    ("en", "The siege began in the summer of 2013.", None, {"summer of 2013": "2013-SU"}),
    ("id", "Laba perusahaan naik pada kuartal III 2017.", None, {"kuartal III 2017": "2017-Q3"}),
    # a part of a year as a year cue
    ("ar", "وصادق عليها الرئيس في أواخر 2014 بعد جدل.", None, {"2014": "2014"}),
    # days written as ordinal words
    ("ar", "ويعقد الاجتماع في الثالث من أغسطس المقبل.", None, {"الثالث من أغسطس": "XXXX-08-03"}),
    ("ar", "وانطلقت الحملة في الحادي والعشرين من مارس.", None, {"الحادي والعشرين من مارس": "XXXX-03-21"}),
    ("ar", "وافتتح المعرض في العاشر من رمضان 1436 هـ.", None, {"العاشر من رمضان 1436 هـ": "2015-06-27"}),
    ("ar", "وافتتح المعرض الأحد العاشر من رمضان 1436 هـ.", "2015-06-30",
     {"الأحد": "2015-06-28", "العاشر من رمضان 1436 هـ": "2015-06-27"}),
    ("en", "It opened on the third of May in Aleppo.", None, {"the third of May": "XXXX-05-03"}),
    # a Hijri date in digits, beside its weekday; a Gregorian one stays Gregorian
    ("ar", "ويقام الحفل يوم الأحد 10/10/1436ه في الرياض.", None, {"الأحد 10/10/1436ه": "2015-07-26"}),
    ("ar", "ويقام الحفل يوم 10/10/2015 في الرياض.", None, {"10/10/2015": "2015-10-10"}),
    ("ar", "وتستمر المهلة حتى ١٤٣٦/١٠/٣٠ هـ وفق البيان.", None, {"١٤٣٦/١٠/٣٠ هـ": "2015-08-15"}),   # year first
    ("ar", "وتسلم الطلبات الأحد 10-10-1436هـ في المقر.", None, {"الأحد 10-10-1436هـ": "2015-07-26"}),
    ("en", "The memo dated 2015/07/22 was read.", None, {"2015/07/22": "2015-07-22"}),
    ("ar", "وقعت الحادثة بتاريخ 19 / 6 / 1436هـ في الرياض.", None, {"19 / 6 / 1436هـ": "2015-04-08"}),   # spaced slashes
    ("ar", "بشرط ألا يتجاوز عمره (35) عاما.", None, {"(35) عاما": "P35Y"}),
    ("ar", "وتغلق الأبواب الساعة 7:30 مساء يوميا.", None, {"الساعة 7:30 مساء": "XXXX-XX-XXT19:30", "يوميا": "P1D"}),
    # Russian ordinal years
    ("ru", "Закон принят в 2010-м году и действует.", None, {"2010-м году": "2010"}),
    ("ar", "وأغلق باب التسجيل في الأول من محرم عام 1437هـ.", None, {"الأول من محرم عام 1437هـ": "2015-10-14"}),
    ("id", "Koran itu terbit Senin 8 Muharam 1422 H di Amman.", "2001-04-05",
     {"Senin": "2001-04-02", "8 Muharam 1422 H": "2001-04-02"}),
    # ranges of months and of years are one row
    ("ru", "Судья заявила, что с ноября по декабрь 2010 года он действовал.", None,
     {"ноября по декабрь 2010 года": "2010-11/2010-12"}),
    ("ru", "С ноября по март 2016 года цены росли.", None, {"ноября по март 2016 года": "2015-11/2016-03"}),
    ("ar", "ارتفعت الأسعار من يناير إلى مارس 2015.", None, {"يناير إلى مارس 2015": "2015-01/2015-03"}),
    ("id", "Ia menjabat periode 2005-2010 di sana.", None, {"2005-2010": "2005/2010"}),
    ("ru", "В 2014-2015 годах компания получила контракты.", None, {"2014-2015 годах": "2014/2015"}),
    # Russian weekdays in other cases, month names alone
    ("ru", "Поставки ограничат с понедельника.", None, {"понедельника": "XXXX-WXX-1"}),
    ("ru", "Вода начнет спадать не раньше пятницы.", None, {"пятницы": "XXXX-WXX-5"}),
    ("ru", "Инфляция по итогам июля замедлилась.", None, {"июля": "XXXX-07"}),
    ("ru", "Снижение возможно в сентябре или октябре.", None, {"сентябре": "XXXX-09", "октябре": "XXXX-10"}),
    # a month followed by a past word: the last such month
    ("id", "Februari kemarin ada 200 lokasi.", None, {"Februari kemarin": "XXXX-02"}),
    ("id", "Februari kemarin ada 200 lokasi.", "2017-11-10", {"Februari kemarin": "2017-02"}),
    ("ar", "وفي أغسطس الماضي وقعت الحادثة.", "2015-07-20", {"أغسطس الماضي": "2014-08"}),
    # Indonesian day words, also before a parenthesised day/month
    ("id", "Sejak pagi tadi beredar kabar.", None, {"pagi tadi": "XXXX-XX-XX"}),
    ("id", "Secara resmi tadi malam (14/7) Kominfo mengumumkan.", None, {"tadi malam (14/7)": "XXXX-07-14"}),
    # a number of years is a duration unless it is a year
    ("en", "It has a 2000-year-old colonnade.", None, {"2000-year": "P2000Y"}),
]


@pytest.mark.parametrize("lang,text,pub,expected", MORE_DATES)
def test_more_date_forms(lang, text, pub, expected):
    assert values(text, lang, pub) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a part of a year needs the year
    ("ru", "Выручка в первом полугодии выросла.", {}),
    ("en", "They scored in the first half of the match.", {}), ("en", "The summer was hot.", {}),
    # an ordinal after a definite noun qualifies it (the first week of August)
    ("ar", "وتبدأ الدراسة في الأسبوع الأول من أغسطس.", {}),
    ("ar", "ونفذت حملات خلال الربع الأول من شهر رمضان.", {}),
    # a Hijri month is no season (ربيع)
    ("ar", "صدر القرار في ربيع الأول 1437 هـ.", {"ربيع الأول 1437 هـ": "2015-12-12/2016-01-10"}),
    # two months apart, a descending pair of years, an ISO date
    ("ru", "В ноябре цены выросли, а в декабре 2010 года упали.", {"ноябре": "XXXX-11", "декабре 2010 года": "2010-12"}),
    ("en", "Scores of 2015-2010 were not recorded.", {"2015": "2015"}),
    ("en", "A report dated 2016-11-11 said so.", {"2016-11-11": "2016-11-11"}),
    ("ar", "وسجل الرقم 1436/13/40 في الدفتر.", {}),   # no such Hijri day
    ("en", "The score was 4 / 5 / 16 at the break.", {}),   # spaced slashes need a four-digit year
    # `среды` is "environment" without a preposition; names and adjectives are no months
    ("ru", "Это вредит окружающей среды.", {}), ("ru", "Марта Иванова выступила.", {}),
    ("ru", "Итоги мартовских выборов известны.", {}),
    # a year followed by `годах` is no duration of 2015 years
    ("ru", "Контракты заключены в 2015 годах прошлых.", {"2015 годах": "2015"}),
    # a day before the month keeps its day-month reading
    ("ar", "وفي ١٥ أغسطس الماضي وقعت الحادثة.", {"١٥ أغسطس": "XXXX-08-15"}),
])
def test_not_more_date_forms(lang, text, expected):
    assert values(text, lang) == expected


@pytest.mark.parametrize("lang", ["en", "ar", "id", "ru"])
def test_gate_tries_every_position_a_pattern_matches(lang):
    """_candidates tries each pattern only where the gate says it may start: never a match missed."""
    from syria_corpus.extract.dates import date_grammar
    from syria_corpus.extract.numbers import numbers_in
    g = date_grammar(lang)
    texts = [t for rows in (ABSOLUTE, MORE_DATES) for row in rows if row[0] == lang for t in row[1:2]]
    text = " ".join(texts + [t.upper() for t in texts] + [t.title() for t in texts]) + " (1/2) x(3)4-5"
    positions = g.gate.positions(numbers_in(text, lang)[0], len(g.patterns))
    for (kind, pat), tried in zip(g.patterns, positions):
        assert {m.start() for m in pat.finditer(text)} <= set(tried), kind
