"""Direct quotes: every quotation style, labels, apostrophes, nesting, missing marks,
multi-paragraph quotes, colon block quotes and the dash style."""
import pytest

from extraction import quotes_of

run = quotes_of


def direct(lang, text):
    return [(r["text"], r["speaker_name"]) for r in run(lang, text) if r["kind"] == "direct"]


@pytest.mark.parametrize("name,lang,text,expected", [
    ("ascii_double", "en", '"We will stay," Lavrov said.', [("We will stay", "Lavrov")]),
    ("curly_double", "en", "“We will stay,” Lavrov said.", [("We will stay", "Lavrov")]),
    ("guillemets", "ru", "«Мы останемся», — сказал Лавров.", [("Мы останемся", "Лавров")]),
    ("low_high", "ru", "„Мы останемся“, — сказал Лавров.", [("Мы останемся", "Лавров")]),
    ("curly_single", "en", "‘We will stay,’ Lavrov said.", [("We will stay", "Lavrov")]),
    ("ascii_single", "en", "'We will stay,' Lavrov said.", [("We will stay", "Lavrov")]),
    ("arabic_double", "ar", 'وقال لافروف: "سنبقى في سوريا".', [("سنبقى في سوريا", "لافروف")]),
    ("indonesian_kata", "id", '"Kami akan tetap," kata Lavrov.', [("Kami akan tetap", "Lavrov")]),
])
def test_quotation_styles(name, lang, text, expected):
    assert direct(lang, text) == expected


@pytest.mark.parametrize("name,lang,text", [
    ("scare_quotes", "en", 'The so-called "anti-ISIS" coalition and its "barbarism" continue.'),
    ("arabic_label", "ar", 'قدمت روسيا عرضا "ملموسا" لوقف إطلاق النار في سوريا.'),
    ("label_next_to_name_only", "ar", 'وذكرت "تاس" نقلا عن الوزارة أن الطائرات نفذت غارات.'),
])
def test_labels_are_not_quotes(name, lang, text):
    assert direct(lang, text) == []


def test_apostrophes_are_not_quote_marks():
    text = "Russia’s top diplomat met O’Brien. 'We won’t stop,' Lavrov said."
    assert direct("en", text) == [("We won’t stop", "Lavrov")]


def test_nested_quote_stays_inside_its_parent():
    text = "“He told me ‘we will never leave Aleppo’ and he meant it,” Churkin said."
    assert direct("en", text) == [("He told me ‘we will never leave Aleppo’ and he meant it", "Churkin")]


def test_missing_opening_mark_starts_after_according_to():
    text = ("Stephen O’Brien warned the council. According to him, what is happening in Aleppo "
            "is the worst disaster in Syria.”")
    rows = run("en", text)
    assert [(r["text"], r["kind"], r["cue"], r["speaker_text"], r["speaker_name"]) for r in rows] == [
        ("what is happening in Aleppo is the worst disaster in Syria.", "direct", "According to", "him",
         "Stephen O’Brien")]


def test_missing_closing_mark_runs_to_paragraph_end():
    assert direct("en", "Lavrov said: “We will stay in Syria\n\nThe talks ended.") == [("We will stay in Syria", "Lavrov")]


def test_closer_after_parenthesis_extends_the_quote():
    text = "“What they do is a gift to terrorists” (banned in Russia. — ) which they want to stop,” — said Power."
    (quote, who), = direct("en", text)
    assert quote.startswith("What they do") and quote.endswith("they want to stop") and who == "Power"


def test_multi_paragraph_quote_reopens_and_is_attributed_once():
    text = "“We have tried everything. We talked every day.\n\n“We will keep trying,” Kerry said."
    assert direct("en", text) == [("We have tried everything. We talked every day.", "Kerry"),
                                  ("We will keep trying", "Kerry")]


@pytest.mark.parametrize("name,lang,text,quote,who,cue", [
    ("indonesian_briefing", "id", "Josh Earnest berbicara kepada wartawan.\nEarnest saat pengarahan:\n"
     "Rusia belum mencapai satu tujuan pun dalam perang melawan ISIS.",
     "Rusia belum mencapai satu tujuan pun dalam perang melawan ISIS.", "Josh Earnest", ":"),
    ("cue_before_colon", "id", "TASS mengutip pernyataan juru bicara Kementerian Luar Negeri Maria Zakharova:\n"
     "Kami menyesali keputusan Washington.", "Kami menyesali keputusan Washington.", "Maria Zakharova", "mengutip"),
    ("english_colon_then_quoted_paragraph", "en", "Caddell continued:\n\n\"The voters are worried.\"",
     "The voters are worried.", "Caddell", "continued"),
])
def test_colon_block_quotes(name, lang, text, quote, who, cue):
    rows = [r for r in run(lang, text) if r["kind"] == "direct"]
    assert [(r["text"], r["speaker_name"], r["cue"]) for r in rows] == [(quote, who, cue)]


def test_headline_with_colon_introduces_nothing():
    assert run("ar", "روسيا تفاخر:\nالحصار المطبق على حلب والقصف الجوي مستمر.") == []


@pytest.mark.parametrize("name,lang,text,who", [
    ("english_dash_said", "en", "“It is a gift to terrorists,” — said Pauer.", "Pauer"),
    ("russian_dash", "ru", "«Это подарок террористам», — заявила Мария Захарова.", "Мария Захарова"),
    ("signature_dash", "en", "“Fear is what I feel.” ― Karen Bobadilla", "Karen Bobadilla"),
])
def test_dash_style(name, lang, text, who):
    assert [w for _, w in direct(lang, text)] == [who]


def test_quote_without_speaker_is_kept_with_null_speaker():
    rows = run("en", "The talks collapsed.\n\n“We will not give up on Syria.”")
    assert [(r["text"], r["speaker_text"], r["speaker_name"], r["speaker_type"]) for r in rows] == [
        ("We will not give up on Syria.", None, None, None)]


def test_short_quote_inside_reported_clause_belongs_to_it():
    text = "Lavrov said the groups were ‘in bed with terrorists’ all along."
    rows = run("en", text)
    assert [(r["kind"], r["text"]) for r in rows] == [("indirect", "the groups were ‘in bed with terrorists’ all along")]
