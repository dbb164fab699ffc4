"""Reported (indirect) speech: each cue pattern of each language, and the content span."""
import pytest

from extraction import quotes_of

rows = quotes_of


def one(lang, text):
    (r,) = rows(lang, text)
    return r["kind"], r["cue"], r["speaker_name"], r["text"]


CASES = [
    # English
    ("en_said_that", "en", "Sergei Lavrov said that the talks had failed.",
     ("indirect", "said", "Sergei Lavrov", "the talks had failed")),
    ("en_said_bare", "en", "Sergei Lavrov said the talks had failed.",
     ("indirect", "said", "Sergei Lavrov", "the talks had failed")),
    ("en_told", "en", "John Kerry told reporters that Russia must stop the bombing.",
     ("indirect", "told", "John Kerry", "Russia must stop the bombing")),
    ("en_added", "en", "Samantha Power added that the convoy had been hit.",
     ("indirect", "added", "Samantha Power", "the convoy had been hit")),
    ("en_warned", "en", "John Kirby warned that attacks on Russian cities were possible.",
     ("indirect", "warned", "John Kirby", "attacks on Russian cities were possible")),
    ("en_according_to", "en", "According to the Russian Defence Ministry, the jets hit 40 targets.",
     ("indirect", "According to", "the Russian Defence Ministry", "the jets hit 40 targets")),
    ("en_stated", "en", "The Kremlin stated that the operation would go on.",
     ("indirect", "stated", "Kremlin", "the operation would go on")),
    ("en_noted", "en", "Maria Zakharova noted that Washington had broken its word.",
     ("indirect", "noted", "Maria Zakharova", "Washington had broken its word")),
    ("en_claimed", "en", "Bashar Assad claimed that the rebels had used gas.",
     ("indirect", "claimed", "Bashar Assad", "the rebels had used gas")),
    ("en_insisted", "en", "Sergei Lavrov insisted that Moscow would not retreat.",
     ("indirect", "insisted", "Sergei Lavrov", "Moscow would not retreat")),
    # Arabic: verb first, feminine forms, و/ف prefixes, complementizers
    ("ar_qala_inna", "ar", "وقال لافروف إن المحادثات فشلت.", ("indirect", "قال", "لافروف", "المحادثات فشلت")),
    ("ar_akkada_anna", "ar", "أكد كيري أن المباحثات ستتناول كل أوجه النزاع.",
     ("indirect", "أكد", "كيري", "المباحثات ستتناول كل أوجه النزاع")),
    ("ar_feminine", "ar", "وأعلنت وزارة الدفاع الروسية أن الطيران نفذ 510 طلعات.",
     ("indirect", "أعلنت", "وزارة الدفاع الروسية", "الطيران نفذ 510 طلعات")),
    ("ar_ashara_ila_anna", "ar", "وأشار تشوركين إلى أن روسيا طرحت مشروع قرار.",
     ("indirect", "أشار", "تشوركين", "روسيا طرحت مشروع قرار")),
    ("ar_itabara", "ar", "واعتبر المرصد السوري أن الغارات استهدفت المدنيين.",
     ("indirect", "اعتبر", "المرصد السوري", "الغارات استهدفت المدنيين")),
    ("ar_fa_prefix", "ar", "فقال كيري إن الصبر نفد.", ("indirect", "قال", "كيري", "الصبر نفد")),
    ("ar_bihasab", "ar", "وبحسب المرصد السوري لحقوق الإنسان، قتل 20 مدنيا في الغارات.",
     ("indirect", "بحسب", "المرصد السوري لحقوق الإنسان", "قتل 20 مدنيا في الغارات")),
    ("ar_naqalat_an_qawlahu", "ar", "ونقلت وكالة إنترفاكس عن نائب وزير الخارجية غينادي غاتيلوف قوله إن موسكو مستعدة للحوار.",
     ("indirect", "نقلت", "غينادي غاتيلوف", "موسكو مستعدة للحوار")),
    ("ar_nafa", "ar", "ونفت الوزارة أن يكون الطيران يستهدف المدنيين.",
     ("indirect", "نفت", "الوزارة", "يكون الطيران يستهدف المدنيين")),
    # Indonesian
    ("id_mengatakan_bahwa", "id", "Maria Zakharova mengatakan bahwa Rusia menyesali keputusan itu.",
     ("indirect", "mengatakan", "Maria Zakharova", "Rusia menyesali keputusan itu")),
    ("id_mengatakan_bare", "id", "Maria Zakharova mengatakan Rusia menyesali keputusan itu.",
     ("indirect", "mengatakan", "Maria Zakharova", "Rusia menyesali keputusan itu")),
    ("id_menurut", "id", "Menurut Zakharova, Washington gagal memenuhi janji.",
     ("indirect", "Menurut", "Zakharova", "Washington gagal memenuhi janji")),
    ("id_menegaskan", "id", "Sergei Lavrov menegaskan bahwa Moskow tidak akan mundur.",
     ("indirect", "menegaskan", "Sergei Lavrov", "Moskow tidak akan mundur")),
    ("id_menyatakan", "id", "Deplu menyatakan bahwa kerja sama dihentikan.",
     ("indirect", "menyatakan", "Deplu", "kerja sama dihentikan")),
    ("id_menjelaskan", "id", "John Kerry menjelaskan bahwa gencatan senjata gagal.",
     ("indirect", "menjelaskan", "John Kerry", "gencatan senjata gagal")),
    # Russian
    ("ru_zayavil_chto", "ru", "Сергей Лавров заявил, что Москва не намерена прекращать операцию.",
     ("indirect", "заявил", "Сергей Лавров", "Москва не намерена прекращать операцию")),
    ("ru_feminine", "ru", "Мария Захарова заявила, что Вашингтон срывает договоренности.",
     ("indirect", "заявила", "Мария Захарова", "Вашингтон срывает договоренности")),
    ("ru_po_slovam", "ru", "По словам Лаврова, переговоры провалились.",
     ("indirect", "По словам", "Лаврова", "переговоры провалились")),
    ("ru_otmetil", "ru", "Виталий Чуркин отметил, что резолюция не пройдет.",
     ("indirect", "отметил", "Виталий Чуркин", "резолюция не пройдет")),
    ("ru_soobshil_neuter", "ru", "Минобороны России сообщило, что авиация нанесла 60 ударов.",
     ("indirect", "сообщило", "Минобороны", "авиация нанесла 60 ударов")),
    ("ru_podcherknul", "ru", "Сергей Лавров подчеркнул, что Россия готова к диалогу.",
     ("indirect", "подчеркнул", "Сергей Лавров", "Россия готова к диалогу")),
]


@pytest.mark.parametrize("name,lang,text,expected", CASES, ids=[c[0] for c in CASES])
def test_reported_speech(name, lang, text, expected):
    assert one(lang, text) == expected


@pytest.mark.parametrize("name,lang,text,texts", [
    ("en_participle_clause", "en", "Sergei Lavrov accused the US of failing, saying that Russia was in dialogue with Turkey.",
     ["the US of failing", "Russia was in dialogue with Turkey"]),
    ("ar_participle_clause", "ar", "وأضاف تشوركين أن موسكو لا تقبل ذلك، مشيرا إلى أنه توجد فرصة لوقف الأعمال العدائية.",
     ["موسكو لا تقبل ذلك", "توجد فرصة لوقف الأعمال العدائية"]),
])
def test_participle_starts_a_new_report_by_the_same_speaker(name, lang, text, texts):
    out = rows(lang, text)
    assert [r["text"] for r in out] == texts
    assert len({r["speaker_name"] for r in out}) == 1


@pytest.mark.parametrize("name,lang,text", [
    ("en_said_without_subject", "en", "It was said in passing that nobody came."),
    ("en_warned_object_only", "en", "John Kerry warned the council."),
    ("ar_verb_without_complementizer", "ar", "وأكدت الوزارة مقتل قائدين."),
])
def test_no_report_without_a_clause(name, lang, text):
    assert rows(lang, text) == []


def test_language_without_data_finds_nothing():
    assert quotes_of("fr", '"Bonjour," dit-il.') == []
