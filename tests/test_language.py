import pytest

from syria_corpus.config import load_settings
from syria_corpus.language import detect, sample

SETTINGS = load_settings()

TEXTS = {
    "ar": "قال وزير الخارجية الروسي إن بلاده مستعدة لبحث وقف إطلاق النار في سوريا خلال الاجتماع المقبل في جنيف.",
    "fa": "وزیر امور خارجه روسیه گفت که کشورش آماده است درباره آتش بس در سوریه در نشست آینده گفتگو کند.",
    "en": "The Russian foreign minister said his country was ready to discuss a ceasefire in Syria at the next meeting.",
    "id": "Menteri Luar Negeri Rusia mengatakan bahwa negaranya siap membahas gencatan senjata di Suriah pekan depan.",
    "ru": "Министр иностранных дел России заявил, что его страна готова обсудить прекращение огня в Сирии.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_language_of_a_paragraph(lang):
    d = detect(TEXTS[lang], SETTINGS)
    assert d.lang == lang
    assert d.confidence >= 0.5


def test_too_short_is_und():
    assert detect("OK 12", SETTINGS).lang == "und"


def test_arabic_script_is_never_indonesian():
    settings = dict(SETTINGS, languages=["id", "en"])
    assert detect(TEXTS["ar"], settings).lang == "und"


def test_foreign_script_fragment_is_a_segment():
    text = TEXTS["id"] + "\n(kutipan\nРИА Новости):\n" + TEXTS["id"]
    d = detect(text, SETTINGS)
    assert d.lang == "id" and d.langs == ["id", "ru"]
    (seg,) = d.segments
    assert (seg.lang, text[seg.start:seg.end]) == ("ru", "РИА Новости")


def test_restricted_profiles_follow_settings():
    # with English removed from the set, an English text can only be called another Latin language
    assert detect(TEXTS["en"], dict(SETTINGS, languages=["id", "fr", "ar"])).lang in ("id", "fr")


def test_sample_is_bounded():
    long = (TEXTS["en"] + " ") * 2000
    assert len(sample(long, 4000)) <= 4003


def test_detection_is_deterministic():
    runs = {detect(TEXTS["id"] * 3, SETTINGS) for _ in range(5)}
    assert len(runs) == 1
