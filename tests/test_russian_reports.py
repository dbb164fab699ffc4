"""Russian reported speech, issue 8: classes of errors read off the dev gold, each with a sentence
written for the test that has it and one that must not."""
import pytest

from extraction import quotes_of


def quotes(text):
    return quotes_of("ru", text)


# ------------------------------------------------------------------ `по его словам`: the cue carries its pronoun

@pytest.mark.parametrize("text,start,name", [
    ("Ирина Соколова вернулась в Москву. По её словам, переговоры шли трудно и долго.", "переговоры", "Ирина Соколова"),
    ("Павел Орлов выступил в среду. По его мнению, кризис продлится не меньше года.", "кризис", "Павел Орлов"),
    ("Павел Орлов выступил в среду. Вместе с тем, по его словам, угрозы для урожая сейчас нет.", "Вместе",
     "Павел Орлов"),
])
def test_prefix_cue_with_its_own_pronoun(text, start, name):
    q = [r for r in quotes(text) if r["kind"] == "indirect"]
    assert len(q) == 1 and q[0]["text"].startswith(start)
    assert q[0]["speaker_name"] == name


def test_prefix_cue_pronoun_with_nobody_before_gives_no_name():
    q = quotes("По его словам, переговоры шли трудно и долго.")
    assert all(r["speaker_name"] is None for r in q)


# ------------------------------------------------------------------ a prefix cue set off by commas mid-sentence

def test_parenthetical_prefix_cue_reports_the_whole_sentence():
    text = "Сенатор Иван Белов выступил в среду. Первой мерой, по словам сенатора, станет снижение налогов."
    q = [r for r in quotes(text) if r["cue"] == "по словам"]
    assert len(q) == 1 and q[0]["text"] == "Первой мерой, по словам сенатора, станет снижение налогов"


def test_sentence_initial_prefix_cue_keeps_its_clause():
    text = "Когда парламент собрался на заседание в пятницу утром, по словам сенатора, налоги снизят."
    q = [r for r in quotes(text) if r["cue"] == "по словам"]
    assert len(q) == 1 and q[0]["text"] == "налоги снизят"   # too long a lead: an adverbial clause, not the report


# ------------------------------------------------------------------ a long adverbial between verb and `что`

def test_long_gap_before_complementizer():
    text = "Министр Олег Зуев написал на своей странице в социальной сети Twitter, что налоги снизят."
    q = quotes(text)
    assert len(q) == 1 and q[0]["text"] == "налоги снизят" and q[0]["speaker_name"] == "Олег Зуев"


def test_far_complementizer_is_not_the_verbs():
    # `что` ten words on is a relative pronoun of another clause, not the verb's complementizer
    text = "Министр Олег Зуев написал письмо главе крупной компании из Самары о проблемах рабочих, что вызвало споры."
    assert not [r for r in quotes(text) if r["kind"] == "indirect"]


# ------------------------------------------------------------------ family roles: one relation each

def test_spouse_is_not_the_mother_named_since():
    text = ("Ольга Миронова рассказала, что приехала в суд. С ней приехали дочь Лиза и мать фермера Вера. "
            "Супруга уверена, что приговор отменят.")
    q = [r for r in quotes(text) if r["speaker_text"] == "Супруга"]
    assert q and q[0]["speaker_name"] == "Ольга Миронова"


def test_mother_is_the_mother():
    text = ("Жена фермера Ольга Миронова приехала в суд. Там была и его мать Вера Миронова. "
            "Мать уверена, что приговор отменят.")
    q = [r for r in quotes(text) if r["speaker_text"] == "Мать"]
    assert q and q[0]["speaker_name"] == "Вера Миронова"


# ------------------------------------------------------------------ `По его мнению` with no comma after it

def test_own_pronoun_cue_without_comma():
    text = "Депутат Пётр Котов голосовал против. По его мнению страны региона должны договориться."
    q = [r for r in quotes(text) if r["cue"] == "По его мнению"]
    assert len(q) == 1 and q[0]["text"] == "страны региона должны договориться"
    assert q[0]["speaker_name"] == "Пётр Котов"


def test_own_pronoun_cue_clause_is_not_cut_at_a_later_comma():
    text = "Депутат Пётр Котов голосовал против. По его словам Москва и Киев, увы, не договорятся."
    q = [r for r in quotes(text) if r["cue"] == "По его словам"]
    assert len(q) == 1 and q[0]["text"].startswith("Москва и Киев")


# ------------------------------------------------------------------ `Сейчас, продолжал он, …`: a verb aside

def test_verb_and_subject_set_off_by_commas_report_the_sentence():
    text = "Министр Иван Белов выступил в Думе. Сейчас, продолжал он, бюджет выделил на это 10 млн рублей."
    q = [r for r in quotes(text) if r["cue"] == "продолжал"]
    assert len(q) == 1 and q[0]["text"] == "Сейчас, продолжал он, бюджет выделил на это 10 млн рублей"
    assert q[0]["speaker_name"] == "Иван Белов"


def test_verb_closing_its_sentence_is_no_aside():
    # the subject after the verb ends the sentence: nothing follows the second comma
    text = "Министр Иван Белов выступил в Думе. Сейчас, как и прежде, ничего не изменилось, заметил он."
    assert not [r for r in quotes(text) if r["text"].startswith("Сейчас, как")
                and r["cue"] == "заметил" and "заметил" in r["text"]]


# ------------------------------------------------------------------ a participle speaks for its clause's subject

def test_participle_takes_the_subject_of_its_clause():
    text = ("Ольга Миронова заявила, что налоги снизят. В свою очередь, министр Олег Зуев на встрече "
            "с журналистами резко отреагировал на это заявление, заявив, что денег в бюджете нет.")
    q = [r for r in quotes(text) if r["cue"] == "заявив"]
    assert len(q) == 1 and q[0]["speaker_name"] == "Олег Зуев"


def test_participle_with_no_clause_subject_goes_on_with_the_last_speaker():
    text = ("Ольга Миронова заявила, что налоги снизят. На встрече с журналистами "
            "обсуждали бюджет, заявив, что денег в нём нет.")
    q = [r for r in quotes(text) if r["cue"] == "заявив"]
    assert len(q) == 1 and q[0]["speaker_name"] == "Ольга Миронова"


# ------------------------------------------------------------------ a quoted outlet after the verb is told

def test_quoted_outlet_after_the_verb_is_the_addressee():
    text = "«Вода ушла только к утру», — рассказала «Вестнику» жительница посёлка Ирина Котова."
    q = quotes(text)
    assert [r["text"] for r in q] == ["Вода ушла только к утру"]
    assert q[0]["speaker_name"].endswith("Ирина Котова")


def test_quoted_words_before_a_conjunction_are_no_addressee():
    text = "Министр Олег Зуев выслушал вопрос, сказал «Мы уйдём» и ушёл."
    assert "Мы уйдём" in [r["text"] for r in quotes(text)]


# ------------------------------------------------------------------ the subject after the verb, past a hyphenated word

def test_subject_after_verb_past_a_hyphenated_place_and_a_role_chain():
    text = "«Условия не выполнены», — заявил на пресс-конференции глава комиссии ФИФА по Европе швед Ларс Берг."
    q = quotes(text)
    assert len(q) == 1 and q[0]["speaker_name"] == "Ларс Берг"
    assert q[0]["role"].startswith("глава комиссии ФИФА по Европе")


def test_subject_too_far_after_the_verb_is_not_taken():
    text = "«Условия не выполнены», — заявил вчера вечером на встрече глава комиссии Ларс Берг."
    assert quotes(text)[0]["speaker_name"] is None
