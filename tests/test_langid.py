"""Language identification on short texts: every decision kind, through the library and the CLI."""
import json
import re
import shutil

import pytest

from syria_corpus.config import load_settings
from syria_corpus.langdata import LanguageDataError
from syria_corpus.langid import detectors
from syria_corpus.langid.data import interpolate, langid_data
from syria_corpus.langid.letters import rule_out
from syria_corpus.language import detect
from syria_corpus.resources import config_dir, use_configs

SETTINGS = load_settings()
LETTERS_CONFIDENCE = langid_data().calibration.letters


# -- the letters decide, however short the text --------------------------------------------

@pytest.mark.parametrize("name,text,lang", [
    ("arabic fragment of 17 letters", "قال الوزير إن الهدنة", "ar"),
    ("arabic title", "مقتل جنديين في درعا", "ar"),
    ("arabic word with teh marbuta", "الحكومة", "ar"),
    ("russian one-liner with ы", "Путин прибыл в Минск.", "ru"),
    ("ukrainian one-liner", "Він сказав, що війна триває", "uk"),
    ("ukrainian place name", "Київ", "uk"),
])
def test_letters_only_one_language_writes_decide(name, text, lang):
    d = detect(text, SETTINGS)
    assert (d.lang, d.confidence, d.how) == (lang, LETTERS_CONFIDENCE, "letters"), name


# -- the detector decides the rest ---------------------------------------------------------

@pytest.mark.parametrize("name,text,lang", [
    ("russian one-liner without ы, э, ё", "Министр подал в отставку", "ru"),
    ("persian line (no Arabic-only letter, Urdu still possible)", "این کتاب را خواندم", "fa"),
    ("bulgarian line", "Кабинетът подаде оставка", "bg"),
    ("english line", "The minister resigned", "en"),
    ("indonesian line", "Pemerintah mengatakan bahwa uang itu", "id"),
    ("french line", "Le ministre a démissionné", "fr"),
    ("turkish line", "Bakan istifa etti", "tr"),
    ("german line", "Der Minister ist zurückgetreten", "de"),
    ("spanish line", "El ministro dimitió", "es"),
])
def test_short_lines_are_decided(name, text, lang):
    d = detect(text, SETTINGS)
    assert d.lang == lang and d.how in ("lingua", "agree"), name
    assert 0.5 < d.confidence < 1


def test_malay_is_read_as_indonesian():
    # Malay is not configured (told from Indonesian unreliably, see configs/default.yaml)
    assert detect("Kerajaan Malaysia berkata bahawa wang itu akan dipulangkan", SETTINGS).lang == "id"


# -- und only when nothing decides ---------------------------------------------------------

@pytest.mark.parametrize("name,text,how", [
    ("digits only", "12 345 (2016)", "none"),
    ("symbols only", "— … *** %", "none"),
    ("a single Latin name", "Obama", "name"),
    ("a single Cyrillic name", "Путин", "name"),
    ("a single Arabic word its letters do not place", "محمد", "name"),
    ("a single Persian-letter word, Persian or Urdu", "گفت", "name"),
    ("a name and digits", "OK 12", "name"),
    ("letters of no known script", "北京 上海", "none"),
])
def test_und_only_where_nothing_decides(name, text, how):
    assert (detect(text, SETTINGS).lang, detect(text, SETTINGS).confidence, detect(text, SETTINGS).how) == \
        ("und", 0.0, how), name


def test_two_words_of_a_name_are_decided_with_little_confidence():
    d = detect("Barack Obama", SETTINGS)
    assert d.lang != "und" and d.confidence < 0.6


# -- ruling out by letters -----------------------------------------------------------------

ALPHABETS = {code: langid_data().languages[code].alphabet for code in ("ar", "fa", "ur", "ru", "uk", "bg")}


@pytest.mark.parametrize("words,cands,left", [
    (["Він", "сказав", "війна"], ("ru", "uk", "bg"), ("uk",)),       # і, ї: no Russian, no Bulgarian
    (["прибыл", "в", "Минск"], ("ru", "uk", "bg"), ("ru",)),         # ы
    (["подал", "в", "отставку"], ("ru", "uk", "bg"), ("ru", "uk", "bg")),
    (["Кабинетът", "подаде"], ("ru", "uk", "bg"), ("ru", "bg")),      # ъ: no Ukrainian
    (["این", "کتاب", "را"], ("ar", "fa", "ur"), ("fa", "ur")),        # ی, ک: not Arabic
    # one quoted Ukrainian word among twenty rules nothing out; one in ten does (at least 10 %)
    (["в"] * 19 + ["Україна"], ("ru", "uk", "bg"), ("ru", "uk", "bg")),
    (["в"] * 9 + ["Україна"], ("ru", "uk", "bg"), ("uk",)),
    # every candidate ruled out (mixed writing): none is, the detector decides
    (["ы", "ї"], ("ru", "uk"), ("ru", "uk")),
])
def test_rule_out(words, cands, left):
    assert rule_out(words, cands, ALPHABETS, 0.1) == left


def test_one_persian_loan_word_keeps_a_long_arabic_text_arabic():
    text = "قال وزير الخارجية إن بلاده مستعدة لبحث وقف إطلاق النار في سوريا خلال اجتماع جنيف المقبل مع بيرمنگهام"
    assert detect(text, SETTINGS).lang == "ar"


# -- the cascade: the second detector only when the first is unsure ------------------------

@pytest.fixture
def fake_detectors(monkeypatch):
    calls = []

    def install(first, second):
        monkeypatch.setattr(detectors, "lingua", lambda text, langs: (calls.append(("lingua", langs)), first)[1])
        monkeypatch.setattr(detectors, "langdetect", lambda text, langs: (calls.append(("langdetect", langs)), second)[1])
        return calls
    return install


def test_a_sure_first_detector_decides_alone(fake_detectors):
    calls = fake_detectors(("en", 0.95), "id")
    d = detect("The minister resigned on Monday", SETTINGS)
    cal = langid_data().calibration
    assert (d.lang, d.confidence, d.how) == ("en", round(interpolate(cal.alone, 0.95), 3), "lingua")
    assert [c[0] for c in calls] == ["lingua"]


@pytest.mark.parametrize("second,how", [("en", "agree"), ("id", "disagree")])
def test_an_unsure_first_detector_asks_the_second(fake_detectors, second, how):
    calls = fake_detectors(("en", 0.5), second)
    d = detect("The minister resigned on Monday", SETTINGS)
    curve = getattr(langid_data().calibration, how)
    assert (d.lang, d.confidence, d.how) == ("en", round(interpolate(curve, 0.5), 3), how)
    assert [c[0] for c in calls] == ["lingua", "langdetect"]


@pytest.mark.parametrize("text,lang", [
    ("не е наличен модул", "bg"),          # `е`: a Bulgarian marker word
    ("модуль не найден", "ru"),             # no marker: the first detector's answer stands
])
def test_marker_words_settle_a_disagreement(fake_detectors, text, lang):
    fake_detectors(("ru", 0.5), "bg")
    d = detect(text, SETTINGS)
    cal = langid_data().calibration
    expected = (cal.markers, "markers") if lang == "bg" else (round(interpolate(cal.disagree, 0.5), 3), "disagree")
    assert (d.lang, d.confidence, d.how) == (lang, *expected)


def test_agreement_is_surer_than_disagreement():
    cal = langid_data().calibration
    for raw in (0.3, 0.5, 0.65):
        assert interpolate(cal.disagree, raw) < interpolate(cal.agree, raw) < interpolate(cal.alone, 0.7) + 0.01


def test_the_detectors_read_the_letters_survivors_only(fake_detectors):
    calls = fake_detectors(("ru", 0.99), "ru")
    detect("Кабинетът подаде оставка", SETTINGS)
    assert calls == [("lingua", ("ru", "bg"))]


def test_a_long_document_is_read_through_a_bounded_sample_by_one_detector(monkeypatch):
    seen = []
    real = detectors.lingua
    monkeypatch.setattr(detectors, "lingua", lambda text, langs: (seen.append(len(text)), real(text, langs))[1])
    monkeypatch.setattr(detectors, "langdetect", lambda text, langs: pytest.fail("the second detector was asked"))
    d = detect("The minister resigned on Monday after a long dispute over the budget. " * 2000, SETTINGS)
    assert d.lang == "en" and len(seen) == 1 and seen[0] <= SETTINGS["detect_sample_chars"] + 3


@pytest.mark.parametrize("curve,x,y", [
    (((0.2, 0.5), (0.6, 0.9)), 0.0, 0.5),
    (((0.2, 0.5), (0.6, 0.9)), 0.4, 0.7),
    (((0.2, 0.5), (0.6, 0.9)), 1.0, 0.9),
    (((0.2, 0.5), (0.2, 0.8), (0.6, 0.9)), 0.2, 0.5),
])
def test_interpolate(curve, x, y):
    assert interpolate(curve, x) == pytest.approx(y)


# -- segments keep working -----------------------------------------------------------------

def test_a_ukrainian_passage_in_an_indonesian_article_is_ukrainian():
    text = "Menteri Luar Negeri Rusia mengatakan bahwa negaranya siap (Київ) membahas gencatan senjata pekan depan."
    d = detect(text, SETTINGS)
    assert d.lang == "id" and [(s.lang, text[s.start:s.end]) for s in d.segments] == [("uk", "Київ")]


def test_a_short_cyrillic_name_in_an_arabic_article_falls_back_to_russian():
    text = "قال وزير الخارجية الروسي إن بلاده مستعدة لبحث وقف إطلاق النار، بحسب وكالة (ТАСС) للأنباء."
    d = detect(text, SETTINGS)
    assert d.lang == "ar" and d.langs == ["ar", "ru"]


def test_identification_is_deterministic():
    texts = ["Menteri mundur", "Barack Obama", "ok", "Това е новината за деня"]
    runs = {tuple(detect(t, SETTINGS) for t in texts) for _ in range(3)}
    assert len(runs) == 1


# -- languages as data ---------------------------------------------------------------------

def test_a_language_is_configured_by_data_alone(tmp_path):
    """Belarusian: in configs/langid.yaml with its alphabet, switched on in `languages:`."""
    settings = dict(SETTINGS, languages=SETTINGS["languages"] + ["be"])
    assert detect("Беларусь ў вайне", SETTINGS).lang != "be"
    assert detect("Беларусь ў вайне", settings).lang == "be"   # ў: only Belarusian writes it


@pytest.mark.parametrize("body,message", [
    ("languages:\n  ar: {script: arabik}\n", "languages.ar.script: expected one of 'arabic', 'cyrillic', 'latin'"),
    ("languages:\n  ar: {script: arabic, alfabet: ب}\n", "languages.ar.alfabet: unknown key (did you mean 'alphabet'?)"),
    ("languages:\n  ru: {script: cyrillic, alphabet: АБВ}\n", "languages.ru.alphabet: expected lower-case letters"),
    ("languages: {}\ncalibration:\n  alone: [[0.9, 1.0], [0.5, 0.9]]\n",
     "calibration.alone: expected [x, y] points in 0..1 with x ascending"),
])
def test_a_broken_langid_file_is_one_clear_error(tmp_path, body, message):
    configs = tmp_path / "configs"
    shutil.copytree(config_dir(), configs)
    (configs / "langid.yaml").write_text(body, encoding="utf-8")
    use_configs(configs)
    try:
        with pytest.raises(LanguageDataError, match=re.escape(message)):
            langid_data()
    finally:
        use_configs(None)


# -- through the CLI -----------------------------------------------------------------------

SHORT_FILES = {
    "ar_fragment.txt": ("قال الوزير إن الهدنة\n", "ar"),
    "ru_line.txt": ("Министр подал в отставку\n", "ru"),
    "uk_line.txt": ("Він сказав, що війна триває\n", "uk"),
    "digits.txt": ("12 345 (2016)\n", "und"),
    "name.txt": ("Obama\n", "und"),
}


def test_short_records_through_the_cli(corpus, tmp_path):
    src = tmp_path / "short"
    src.mkdir()
    for name, (text, _) in SHORT_FILES.items():
        (src / name).write_text(text, encoding="utf-8")
    assert corpus("ingest", src).exit_code == 0
    res = corpus("report", "documents", "--format", "jsonl", "--columns", "path,lang,lang_confidence")
    got = {r["path"].rsplit("/", 1)[1]: (r["lang"], r["lang_confidence"]) for r in map(json.loads, res.stdout.splitlines())}
    assert {k: v[0] for k, v in got.items()} == {k: v[1] for k, v in SHORT_FILES.items()}
    assert got["digits.txt"][1] == 0.0 and got["ar_fragment.txt"][1] == LETTERS_CONFIDENCE

