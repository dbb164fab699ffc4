"""Speakers: names with titles and appositions, organisations, anonymous sources, and the
references resolved within a document (pronouns, implicit subjects, continuation cues, titles,
surnames, a speaker named after a run of quotes)."""
import pytest

from extraction import quotes_of

rows = quotes_of


def first(lang, text):
    r = rows(lang, text)[0]
    return r["speaker_text"], r["speaker_name"], r["speaker_type"], r["role"]


@pytest.mark.parametrize("name,lang,text,expected", [
    ("en_title_before_name", "en", "Russian Foreign Minister Sergei Lavrov said that the talks failed.",
     ("Sergei Lavrov", "Sergei Lavrov", "person", "Russian Foreign Minister")),
    ("en_apposition", "en", "Vitaly Churkin, Russia's envoy, said the resolution would fail.",
     ("Vitaly Churkin", "Vitaly Churkin", "person", "Russia's envoy")),
    ("en_title_with_of", "en", "“It will fail,” Russian Ambassador to the UN Vitaly Churkin said.",
     ("Vitaly Churkin", "Vitaly Churkin", "person", "Russian Ambassador to the UN")),
    ("ar_title_before_name", "ar", "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات فشلت.",
     ("سيرغي لافروف", "سيرغي لافروف", "person", "وزير الخارجية الروسي")),
    ("ar_apposition_between_commas", "ar",
     "فقد قال المندوب الروسي الدائم لدى الأمم المتحدة، فيتالي تشوركين، في مؤتمر صحفي إن الرايات ترفرف.",
     ("فيتالي تشوركين", "فيتالي تشوركين", "person", "المندوب الروسي الدائم لدى الأمم المتحدة")),
    ("ar_role_after_name", "ar", "وقالت ماريا زاكاروفا المتحدثة باسم الخارجية الروسية إن واشنطن تتحمل المسؤولية.",
     ("ماريا زاكاروفا", "ماريا زاكاروفا", "person", "المتحدثة باسم الخارجية الروسية")),
    ("ar_spokesman_of_white_house", "ar", "من جهته قال المتحدث باسم البيت الأبيض جوش إرنست إن الصبر نفد.",
     ("جوش إرنست", "جوش إرنست", "person", "المتحدث باسم البيت الأبيض")),
    ("id_title", "id", "Menteri Luar Negeri AS John Kerry mengatakan bahwa kerja sama dihentikan.",
     ("John Kerry", "John Kerry", "person", "Menteri Luar Negeri AS")),
    ("ru_title", "ru", "Министр иностранных дел России Сергей Лавров заявил, что Москва не отступит.",
     ("Сергей Лавров", "Сергей Лавров", "person", "Министр иностранных дел России")),
    # organisations
    ("en_org", "en", "The Russian Defence Ministry said that the jets hit 40 targets.",
     ("The Russian Defence Ministry", "The Russian Defence Ministry", "organisation", None)),
    ("ar_org", "ar", "وأعلنت وزارة الدفاع الروسية أن الطيران نفذ 510 طلعات.",
     ("وزارة الدفاع الروسية", "وزارة الدفاع الروسية", "organisation", None)),
    ("id_org_abbreviation", "id", "Deplu menyatakan bahwa kerja sama dihentikan.",
     ("Deplu", "Deplu", "organisation", None)),
    # anonymous sources
    ("en_anonymous", "en", "A White House official said the patience of the US had run out.",
     ("A White House official", "A White House official", "anonymous", None)),
    ("id_anonymous", "id", 'Seorang pejabat Gedung Putih mengatakan "kesabaran AS telah habis".',
     ("Seorang pejabat Gedung Putih", "Seorang pejabat Gedung Putih", "anonymous", None)),
    ("ar_anonymous", "ar", "وقال مصدر عسكري إن الطائرات قصفت مواقع المسلحين.",
     ("مصدر عسكري", "مصدر عسكري", "anonymous", None)),
    ("ar_anonymous_before_preposition", "ar", "وأكد مسؤول أميركي لوكالة رويترز أن واشنطن تدرس خيارات جديدة.",
     ("مسؤول أميركي", "مسؤول أميركي", "anonymous", None)),
    ("ru_anonymous_without_article", "ru", "«Россия продолжит операцию», — сообщил источник в Минобороны.",
     ("источник в Минобороны", "источник в Минобороны", "anonymous", None)),
    ("ar_family_name_with_article", "ar", "وقال الرئيس السوري بشار الأسد في مقابلة: «لن نتراجع عن تحرير حلب».",
     ("بشار الأسد", "بشار الأسد", "person", "الرئيس السوري")),
    ("en_initials_and_abbreviated_title", "en", "“It was a sad day,” said Rep. G.K. Butterfield.",
     ("G.K. Butterfield", "G.K. Butterfield", "person", "Rep.")),
])
def test_speaker_mentions(name, lang, text, expected):
    assert first(lang, text) == expected


REFERENCES = [
    ("en_pronoun", "en", "Sergei Lavrov arrived in Geneva. He said that the talks had failed.", "He", "Sergei Lavrov"),
    ("id_pronoun", "id", "Menlu Rusia Sergei Lavrov tiba di Jenewa. Ia mengatakan perundingan gagal.", "Ia", "Sergei Lavrov"),
    ("ru_pronoun", "ru", "Мария Захарова выступила в Москве. Она отметила, что США не выполнили обязательства.",
     "Она", "Мария Захарова"),
    ("en_surname", "en", "Sergei Lavrov arrived.\n\n“We will stay,” Lavrov said.", "Lavrov", "Sergei Lavrov"),
    ("ru_inflected_surname", "ru", "Мария Захарова выступила. По словам Захаровой, Вашингтон срывает договоренности.",
     "Захаровой", "Мария Захарова"),
    ("en_title_only", "en", "Russian Foreign Minister Sergei Lavrov arrived. The Russian top diplomat said the truce failed.",
     "The Russian top diplomat", "Sergei Lavrov"),
    ("ar_title_only", "ar", "قال المندوب الروسي فيتالي تشوركين إن موسكو ترفض. وأعلن الدبلوماسي الروسي أن موسكو لا تعتزم التراجع.",
     "الدبلوماسي الروسي", "فيتالي تشوركين"),
    ("ar_org_head", "ar", "وأعلنت وزارة الدفاع الروسية أن الطيران نفذ طلعات. وقالت الوزارة في بيان إن المسلحين يفرون.",
     "الوزارة", "وزارة الدفاع الروسية"),
    ("ar_implicit_subject", "ar", 'وقال لافروف "قدمنا اقتراحات ملموسة". وأضاف: "ننتظر الرد الأميركي".', "أضاف", "لافروف"),
    ("ar_tabaa", "ar", 'أكد كيري أن المباحثات "ستتناول كل أوجه النزاع في سوريا". وتابع: "نريد إحراز تقدم".', "تابع", "كيري"),
    ("en_adding", "en", '“We tried,” John Kerry said. Adding, “We will try again.”', "Adding", "John Kerry"),
    ("id_menambahkan", "id", '"Kami mencoba," kata John Kerry. Ia menambahkan bahwa perundingan akan berlanjut.', "Ia", "John Kerry"),
    ("id_first_name", "id", 'Arrmanatha Nasir tiba di Jakarta. "Kami terus memantau," ujar Arrmanatha.',
     "Arrmanatha", "Arrmanatha Nasir"),
    ("id_self_subject", "id", 'Igor Konashenkov membantah laporan itu. "Itu bohong," ujarnya.', "ujarnya", "Igor Konashenkov"),
]


@pytest.mark.parametrize("name,lang,text,mention,resolved", REFERENCES, ids=[r[0] for r in REFERENCES])
def test_references_resolve_to_the_named_speaker(name, lang, text, mention, resolved):
    last = rows(lang, text)[-1]
    kind = "organisation" if name.endswith("_org_head") else "person"
    assert (last["speaker_text"], last["speaker_name"], last["speaker_type"]) == (mention, resolved, kind)


def test_relayed_source_is_the_speaker():
    text = "ونقلت الوكالة عن الوزارة القول إن الضربات دمرت نحو 1900 هدف."
    prior = "وأعلنت وزارة الدفاع الروسية أن الطيران نفذ طلعات. "
    assert first("ar", prior + text) == ("وزارة الدفاع الروسية", "وزارة الدفاع الروسية", "organisation", None)
    assert rows("ar", prior + text)[-1]["speaker_text"] == "الوزارة"


def test_speaker_named_after_a_run_of_quotes():
    text = ("“What Russia is doing is barbarism.” She added, “They bomb convoys and hospitals.” "
            "Adding, “Russia and Assad make war,” Samantha Power said.")
    out = rows("en", text)
    assert [r["speaker_name"] for r in out] == ["Samantha Power"] * 3
    assert [r["speaker_text"] for r in out] == ["Samantha Power", "She", "Samantha Power"]


def test_quotes_joined_by_a_conjunction_share_the_speaker():
    text = 'Seorang pejabat Gedung Putih mengatakan "kesabaran AS telah habis" dan "Rusia dan Iran mendukung Assad."'
    assert {r["speaker_name"] for r in rows("id", text)} == {"Seorang pejabat Gedung Putih"}


def test_quote_after_an_attribution_continues_it():
    text = "“It was a sad day,” said Rep. G.K. Butterfield. “We will not forget it.”"
    assert [r["speaker_name"] for r in rows("en", text)] == ["G.K. Butterfield"] * 2


def test_a_verb_with_its_own_clause_does_not_attribute_the_quote_before():
    text = 'Kremlin spokesman Dmitry Peskov told reporters: "We do not agree." He added that Moscow would go on.'
    out = rows("en", text)
    assert [(r["kind"], r["cue"], r["speaker_text"], r["speaker_name"]) for r in out] == [
        ("direct", "told", "Dmitry Peskov", "Dmitry Peskov"), ("indirect", "added", "He", "Dmitry Peskov")]


def test_never_a_random_name():
    text = "Sergei Lavrov met John Kerry in Geneva.\n\n“Nobody knows what comes next.”"
    assert [(r["speaker_name"], r["speaker_type"]) for r in rows("en", text)] == [(None, None)]


def test_conjoined_verb_keeps_the_first_subject():
    text = "John Kerry said that talks were irrational in Aleppo and warned that the US would stop them."
    assert [r["speaker_name"] for r in rows("en", text)] == ["John Kerry", "John Kerry"]
