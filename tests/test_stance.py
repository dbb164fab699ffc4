"""Stance of the reporting verb: each class in each language, on the cue as written (inflected, with a
clitic), on quotes the extractor finds, after a negation, and the `report quotes --stance` filter."""
import json

import pytest

from extraction import quotes_of
from syria_corpus import stance
from syria_corpus.lang import get as get_language

LANGS = ("ar", "en", "id", "ru")

# (lang, cue as written, class): at least one cue of every class in every language, inflected forms included.
CUES = [
    ("en", "said", "neutral"), ("en", "stressed", "assertive"), ("en", "confirmed", "assertive"),
    ("en", "claimed", "doubtful"), ("en", "alleged", "doubtful"), ("en", "denied", "denial"),
    ("en", "accused", "accusation"), ("en", "promised", "commitment"), ("en", "pledged", "commitment"),
    ("ar", "قال", "neutral"), ("ar", "وقال", "neutral"), ("ar", "أكد", "assertive"), ("ar", "وأكدت", "assertive"),
    ("ar", "زعم", "doubtful"), ("ar", "نفى", "denial"), ("ar", "اتهم", "accusation"), ("ar", "وعد", "commitment"),
    ("id", "kata", "neutral"), ("id", "ujarnya", "neutral"), ("id", "menegaskan", "assertive"),
    ("id", "mengklaim", "doubtful"), ("id", "membantah", "denial"), ("id", "bantahnya", "denial"),
    ("id", "menuduh", "accusation"), ("id", "berjanji", "commitment"),
    ("ru", "сказал", "neutral"), ("ru", "заявила", "neutral"), ("ru", "подчеркнул", "assertive"),
    ("ru", "утверждал", "doubtful"), ("ru", "опроверг", "denial"), ("ru", "обвинил", "accusation"),
    ("ru", "пообещал", "commitment"),
]


@pytest.mark.parametrize("lang, cue, label", CUES)
def test_cue_class(lang, cue, label):
    assert stance.stance_of(cue, lang) == stance.Stance(label, True)


@pytest.mark.parametrize("lang", LANGS)
def test_every_class_has_cues_in_every_language(lang):
    classes = get_language(lang).data.stance.classes
    assert set(classes) == set(stance.CLASSES)
    assert all(classes[c] for c in stance.CLASSES)
    assert {label for cue_lang, _, label in CUES if cue_lang == lang} == set(stance.CLASSES)


@pytest.mark.parametrize("lang, cue", [("en", "quipped nervously"), ("en", "mused"), ("ru", "буркнул"),
                                       ("id", "berbisik"), ("ar", "همس")])
def test_unknown_cues_are_neutral_and_not_known(lang, cue):
    assert stance.stance_of(cue, lang) in (stance.Stance("neutral", False), stance.Stance("neutral", True))
    assert stance.stance_of("", lang) == stance.Stance("neutral", False)


@pytest.mark.parametrize("lang, before, cue", [("en", "The ministry did not ", "deny"),
                                               ("ar", "وقال إنه لم ", "يؤكد"),
                                               ("id", "Ia tidak ", "membantah"),
                                               ("ru", "Министр не ", "подтвердил")])
def test_a_negated_marked_cue_is_neutral(lang, before, cue):
    assert stance.stance_of(cue, lang, before) == stance.Stance("neutral", True)
    assert stance.stance_of(cue, lang) != stance.Stance("neutral", True)


# Quotes as the extractor finds them: (lang, text, cue, stance). Arabic وعد and Indonesian berjanji are no
# quote cues of the extractor (its rules are another module's), so commitment is checked above for those two.
QUOTES = [
    ("en", '"The talks will resume next week," the minister said.', "said", "neutral"),
    ("en", '"The talks will resume next week," the minister stressed.', "stressed", "assertive"),
    ("en", '"The rebels used chemical weapons," the ministry claimed.', "claimed", "doubtful"),
    ("en", '"Our aircraft did not strike any hospital," the ministry denied.', "denied", "denial"),
    ("en", 'The ministry accused the rebels of shelling the city: "They fired rockets at homes."', "accused",
     "accusation"),
    ("en", '"We will rebuild every school," the governor promised.', "promised", "commitment"),
    ("ar", 'قال الوزير إن "المحادثات ستستأنف الأسبوع المقبل".', "قال", "neutral"),
    ("ar", 'أكد الوزير أن "المحادثات ستستأنف الأسبوع المقبل".', "أكد", "assertive"),
    ("ar", 'زعم المتحدث أن "المعارضة استخدمت أسلحة كيميائية".', "زعم", "doubtful"),
    ("ar", 'نفى المتحدث أن "الطائرات قصفت المستشفى".', "نفى", "denial"),
    ("ar", 'اتهم المتحدث المعارضة بأنها "قصفت الأحياء السكنية".', "اتهم", "accusation"),
    ("id", '"Perundingan akan dilanjutkan pekan depan," kata menteri itu.', "kata", "neutral"),
    ("id", '"Perundingan akan dilanjutkan pekan depan," tegas menteri itu.', "tegas", "assertive"),
    ("id", 'Kementerian itu mengklaim, "Pemberontak menggunakan senjata kimia."', "mengklaim", "doubtful"),
    ("id", 'Kementerian itu membantah, "Pesawat kami tidak menyerang rumah sakit."', "membantah", "denial"),
    ("id", 'Kementerian itu menuduh, "Pemberontak menembakkan roket ke rumah warga."', "menuduh", "accusation"),
    ("ru", "«Переговоры возобновятся на следующей неделе», — сказал министр.", "сказал", "neutral"),
    ("ru", "«Переговоры возобновятся на следующей неделе», — подчеркнул министр.", "подчеркнул", "assertive"),
    ("ru", "«Боевики применили химическое оружие», — утверждал представитель министерства.", "утверждал",
     "doubtful"),
    ("ru", "«Наши самолеты не наносили ударов по больнице», — опроверг представитель министерства.", "опроверг",
     "denial"),
    ("ru", "«Боевики обстреляли жилые кварталы», — обвинил представитель министерства.", "обвинил", "accusation"),
    ("ru", "«Мы восстановим каждую школу», — пообещал губернатор.", "пообещал", "commitment"),
]


@pytest.mark.parametrize("lang, text, cue, label", QUOTES)
def test_quotes_get_the_stance_of_their_cue(lang, text, cue, label):
    rows = quotes_of(lang, text, "2016-07-12")
    stance.annotate(rows, text, lang)
    assert [(r["cue"], r["stance"]) for r in rows] == [(cue, label)]


@pytest.fixture(scope="module")
def stance_store(tmp_path_factory):
    """One document per language holding a neutral and a denial quote, ingested by the CLI."""
    from click.testing import CliRunner

    from syria_corpus.cli import cli
    d = tmp_path_factory.mktemp("stance")
    pick = {"en": (0, 3), "ar": (6, 9), "id": (11, 14), "ru": (16, 19)}
    with open(d / "quotes.jsonl", "w", encoding="utf-8") as f:
        for lang, (a, b) in pick.items():
            text = QUOTES[a][1] + "\n\n" + QUOTES[b][1]
            f.write(json.dumps({"title": lang, "lang": lang, "date": "2016-07-12", "text": text},
                               ensure_ascii=False) + "\n")
    store = d / "store"
    res = CliRunner().invoke(cli, ["ingest", str(d / "quotes.jsonl"), "--store", str(store)])
    assert res.exit_code == 0, res.stderr
    return store


def test_report_quotes_filters_by_stance(corpus, stance_store):
    res = corpus("report", "quotes", "--stance", "denial", "--columns", "lang,cue,stance", "--format", "jsonl",
                 store_dir=stance_store)
    assert res.exit_code == 0, res.stderr
    rows = sorted((r["lang"], r["cue"], r["stance"]) for r in map(json.loads, res.stdout.splitlines()))
    assert rows == [("ar", "نفى", "denial"), ("en", "denied", "denial"), ("id", "membantah", "denial"),
                    ("ru", "опроверг", "denial")]
    res = corpus("report", "quotes", "--stance", "neutral", "--stance", "denial", "--format", "jsonl",
                 store_dir=stance_store)
    assert len(res.stdout.splitlines()) == 8


def test_stance_applies_to_quotes_only(corpus, stance_store):
    res = corpus("report", "figures", "--stance", "denial", store_dir=stance_store)
    assert res.exit_code == 2 and "--stance applies to quotes" in res.stderr
