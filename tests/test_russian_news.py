"""Russian news: rules found by writing TASS/RIA/Interfax-style war reports (`…, сообщил
Конашенков.`, `— добавил он`, `как сообщила`, `сообщил РИА Новости источник`, long role chains,
`тыс.`, inflected organisation heads, quoted names). All sentences are written for these tests."""
import pytest

from extraction import dates_of, figures_of, parsed, quotes_of
from syria_corpus.extract.dates import find_dateline


def quotes(text):
    return quotes_of("ru", text)


def figures(text):
    return figures_of("ru", text)


# ------------------------------------------------------------------ reported speech, subject after the verb

@pytest.mark.parametrize("text,start,speaker", [
    ("Самолеты ВКС совершили 20 боевых вылетов по объектам террористов, сообщил официальный представитель "
     "Минобороны генерал-майор Игорь Конашенков.", "Самолеты ВКС", "Игорь Конашенков"),
    ("Около 2 тыс. беженцев вернулись в свои дома за неделю, заявили в Центре по примирению сторон.",
     "Около 2 тыс.", "Центре"),
    ("Две ракеты упали на жилые кварталы Латакии в субботу, сообщило агентство SANA.", "Две ракеты", "агентство SANA"),
    ("Погибли трое военнослужащих и двое полицейских, уточнил собеседник агентства.", "Погибли", "собеседник агентства"),
    ("ДАМАСК, 12 сентября. /РИА Новости/. Режим прекращения огня вступил в силу в понедельник, передает "
     "корреспондент РИА Новости.", "Режим прекращения", "корреспондент РИА"),
])
def test_inverted_report(text, start, speaker):
    q = quotes(text)
    assert len(q) == 1 and q[0]["kind"] == "indirect"
    assert q[0]["text"].startswith(start)
    assert speaker in q[0]["speaker_text"]


def test_agency_after_the_verb_is_the_recipient():
    text = "В понедельник боевики обстреляли квартал Дамаска, сообщил РИА Новости источник в столичной полиции."
    assert quotes(text)[0]["speaker_text"].startswith("источник")


def test_anonymous_source_with_its_phrase_before_the_verb():
    q = quotes("Источник в сирийских силах безопасности сообщил, что погибли по меньшей мере 46 человек.")
    assert q[0]["speaker_text"] == "Источник в сирийских силах безопасности"
    assert q[0]["speaker_type"] == "anonymous"


@pytest.mark.parametrize("text,cue", [
    ("«В результате ударов ликвидированы свыше 200 боевиков», — добавил Конашенков.", "добавил"),
    ("Захарова выступила на брифинге. Как сообщила Захарова, Россия продолжит гуманитарные операции.", "Как сообщила"),
    ("Лавров и Керри провели переговоры. Керри, в свою очередь, заявил, что Вашингтон рассчитывает на Москву.", "заявил"),
])
def test_cues(text, cue):
    q = quotes(text)
    assert [r["cue"] for r in q] == [cue]
    assert q[0]["speaker_name"] in ("Конашенков", "Захарова", "Керри")


def test_quoted_addressee_before_the_complementizer():
    q = quotes("Глава комитета Владимир Шаманов в пятницу сказал «Интерфаксу», что группировка будет сокращена.")
    assert [(r["text"], r["speaker_name"]) for r in q] == [("группировка будет сокращена", "Владимир Шаманов")]


@pytest.mark.parametrize("text", [
    "Ответственность за нападение взяла на себя группировка «Хайят Тахрир аш-Шам».",
    "Гатилов дал интервью газете «Известия».",
])
def test_quoted_name_is_no_quote(text):
    assert [r for r in quotes(text) if r["kind"] == "direct"] == []


# ------------------------------------------------------------------ speakers

@pytest.mark.parametrize("text,name,role_part", [
    ("Как заявил журналистам официальный представитель Госдепа Джон Кирби, Вашингтон приостанавливает контакты.",
     "Джон Кирби", "Госдепа"),
    ("Гуманитарная помощь доставлена в Восточный Алеппо, сообщил представитель управления ООН по координации гуманитарных вопросов Йенс Лерке.",
     "Йенс Лерке", "по координации"),
    ("Накануне министр обороны Сергей Шойгу сообщил, что будет создан совместный центр.", "Сергей Шойгу", "министр обороны"),
])
def test_role_and_name(text, name, role_part):
    q = quotes(text)
    assert q[0]["speaker_name"] == name
    assert role_part in q[0]["role"] and not q[0]["role"].startswith("Накануне")


def test_inflected_organisation_head():
    q = quotes("По данным Сирийской обсерватории по правам человека, погибли не менее 150 мирных жителей.")
    assert q[0]["speaker_text"] == "Сирийской обсерватории"


# ------------------------------------------------------------------ segmentation and dates

def test_abbreviation_does_not_end_the_sentence():
    text = "В городе живут 5 млн. жителей. Власти сообщили об этом."
    assert len(parsed("ru", text).sentences) == 2


@pytest.mark.parametrize("text,value", [
    ("МОСКВА, 5 апреля 2017 года. /ТАСС/. Лавров провел переговоры.", "2017-04-05"),
    ("С 30 сентября 2015 года по март 2016 года самолеты совершили 9 тыс. вылетов.", None),
])
def test_dateline(text, value):
    assert find_dateline(text, "ru") == value


def test_weekday_is_not_anchored_to_an_event_date():
    text = "С 30 сентября 2015 года ВКС ведут операцию. Шаманов в пятницу сказал, что группировка сократится."
    assert "XXXX-WXX-5" in [r["value"] for r in dates_of("ru", text)]


# ------------------------------------------------------------------ figures

@pytest.mark.parametrize("text,value,unit,category", [
    ("Около 2 тыс. беженцев вернулись в свои дома.", 2000, "беженцев", "refugees"),
    ("Самолеты совершили более 9 тыс. боевых вылетов.", 9000, "боевых вылетов", "sorties"),
    ("В Сирии останутся два десятка самолетов.", 20, "самолетов", "aircraft"),
    ("Уничтожены 12 опорных пунктов боевиков.", 12, "пунктов", "targets"),
    ("Еще 6 млн стали вынужденными переселенцами.", 6000000, None, "displaced"),
    ("Погибли 25 мирных жителей и около 60 получили ранения.", 60, None, "injured"),
    ("Погибли трое военнослужащих и двое полицейских.", 2, "полицейских", "killed"),
    ("Еще 17 человек госпитализированы.", 17, "человек", "injured"),
    ("В результате взрыва погибли четыре человека.", 4, "человека", "killed"),
])
def test_figures(text, value, unit, category):
    f = [r for r in figures(text) if r["value"] == value]
    assert [(r["unit"], r["category"]) for r in f] == [(unit, category)]


def test_genitive_title_and_name_after_po_slovam():
    text = ("По словам официального представителя Минобороны генерал-майора Игоря Конашенкова, самолеты "
            "совершили 45 боевых вылетов.")
    (r,) = quotes(text)
    assert (r["speaker_name"], r["role"], r["cue"]) == (
        "Игоря Конашенкова", "официального представителя Минобороны генерал-майора", "По словам")


# ---- speakers on unseen news (issue 8): split quotes, inflected roles, more verbs

@pytest.mark.parametrize("dash", ["—", "-", "–"])
def test_a_quote_split_by_its_attribution(dash):
    text = (f"Лавров заявил, что Москва настаивает на расследовании. «Мы предложили направить экспертов, {dash} "
            f"сказал министр. {dash} Возникает закономерный вопрос: чего они опасаются?»")
    rows = quotes_of("ru", text)
    assert [(r["kind"], r["cue"], r["speaker_name"], r["text"]) for r in rows] == [
        ("indirect", "заявил", "Лавров", "Москва настаивает на расследовании"),
        ("direct", "сказал", "Лавров", "Мы предложили направить экспертов"),
        ("direct", "сказал", "Лавров", "Возникает закономерный вопрос: чего они опасаются?")]


def test_a_dash_inside_a_quote_without_a_verb_does_not_split_it():
    text = "«Переговоры — это не уступки, а поиск решений», — заявил Лавров."
    assert [(r["speaker_name"], r["text"]) for r in quotes_of("ru", text)] == [
        ("Лавров", "Переговоры — это не уступки, а поиск решений")]


@pytest.mark.parametrize("verb", ["заметил", "парировал", "резюмировал", "посетовала", "продолжал"])
def test_more_verbs_of_saying(verb):
    text = f"«Разговор был откровенным, и это уже немало», — {verb} Лавров."
    (r,) = quotes_of("ru", text)
    assert (r["cue"], r["speaker_name"]) == (verb, "Лавров")


def test_an_inflected_role_after_the_name_keeps_the_role():
    text = "По словам пресс-секретаря президента России Дмитрия Пескова, встреча прошла конструктивно."
    (r,) = quotes_of("ru", text)
    assert r["speaker_name"] == "Дмитрия Пескова" and r["role"] and "пресс-секретаря" in r["role"]


def test_interview_turns():
    text = ("Депутат Мустафа Джемилев ответил на вопросы «Голоса Америки».\n\n"
            "Голос Америки: Вы передавали письмо президенту?\n\n"
            "Мустафа Джемилев: Да, всё верно. Мы обсудили строительство университета.\n\n"
            "Голос Америки: Какова была реакция?\n\n"
            "Мустафа Джемилев: Положительная была реакция, он обещал помочь.")
    rows = [(r["speaker_name"], r["text"][:20]) for r in quotes_of("ru", text)]
    assert rows == [("Голос Америки", "Вы передавали письмо"), ("Мустафа Джемилев", "Да, всё верно. Мы об"),
                    ("Голос Америки", "Какова была реакция?"), ("Мустафа Джемилев", "Положительная была р")]


def test_one_name_and_colon_is_no_interview():
    text = "Лавров: Москва не отступит\n\nМинистр выступил в Женеве с речью о Сирии."
    assert quotes_of("ru", text) == []


def test_the_source_of_a_parenthesis_is_not_the_subject():
    text = "Японская полиция, по данным газеты, отметила, что число радикалов выросло."
    assert [(r["cue"], r["speaker_name"]) for r in quotes_of("ru", text)] == [("отметила", "Японская полиция")]


@pytest.mark.parametrize("text, speaker", [
    ("Первый замминистра Эдуард Товпинец заявил, что долг растет. Чиновник заметил, что санкции возможны.",
     "Эдуард Товпинец"),                          # a bare role noun is the person of that role named before
    ("Источник заметил, что санкции возможны.", "Источник"),   # an anonymous source stays anonymous
])
def test_a_bare_role_noun(text, speaker):
    assert quotes_of("ru", text)[-1]["speaker_name"] == speaker


# ------------------------------------------------------------------ adjectives and places are not names

@pytest.mark.parametrize("text,speaker_text", [
    # a capitalised adjective agreeing with the noun after it (`Питерского экономического форума`)
    ("Глава государства во время Питерского экономического форума заявил, что механизм будет тиражироваться.",
     "Глава"),
    # negative: a surname in -ий is a name, not an adjective
    ("Иван Петровский заявил, что механизм будет тиражироваться.", "Иван Петровский"),
])
def test_capitalised_adjective_is_no_speaker(text, speaker_text):
    q = quotes(text)
    assert len(q) == 1 and q[0]["speaker_text"] == speaker_text


@pytest.mark.parametrize("text,speaker", [
    # `в Западном Иерусалиме`: an inflected place (its longest ending is not its case ending) is no antecedent
    ("Премьер Нетаньяху выступил в Западном Иерусалиме. «Наша позиция остается прежней», — добавил он.",
     "Нетаньяху"),
    # negative: a person named before the place is still found
    ("Премьер Нетаньяху выступил в Иерусалиме. «Наша позиция остается прежней», — добавил он.", "Нетаньяху"),
])
def test_inflected_place_is_no_antecedent(text, speaker):
    assert [q["speaker_name"] for q in quotes(text)] == [speaker]


def test_possessive_pronoun_opening_a_quote_is_no_name():
    q = quotes("Нетаньяху выступил в Иерусалиме. «Наша позиция остается прежней», — добавил он.")
    assert q[0]["speaker_name"] != "Наша"


def test_reflexive_verb_of_opinion_is_a_cue():
    q = quotes("Премьер-министр РФ Владимир Путин высказался в том смысле, что терпеть произвол более недопустимо.")
    assert [(x["cue"], x["speaker_text"]) for x in q] == [("высказался", "Владимир Путин")]
    # negative: `высказался за` (in favour of) reports no clause
    assert quotes("Премьер-министр РФ Владимир Путин высказался за снижение цен на лекарства.") == []


# ------------------------------------------------------------------ issue 8: classes seen on articles of other sources

@pytest.mark.parametrize("text,speaker,start", [
    ("Военные зафиксировали за сутки 14 нарушений перемирия в Сирии. Об этом в понедельник сообщил журналистам "
     "официальный представитель Минобороны генерал-майор Игорь Конашенков.", "Игорь Конашенков", "Военные"),
    ("Концерн подал встречный иск в арбитраж. Об этом сообщил ТАСС глава концерна Алексей Миллер.",
     "Алексей Миллер", "Концерн"),
    ("Посланник ООН Андрей Смирнов рассчитывает возобновить переговоры в феврале. Об этом он сообщил журналистам.",
     "Андрей Смирнов", "Посланник"),
])
def test_about_this_reports_the_sentence_before(text, speaker, start):
    q = quotes(text)
    assert len(q) == 1 and q[0]["kind"] == "indirect" and q[0]["text"].startswith(start)
    assert q[0]["speaker_name"] == speaker and q[0]["cue"] == "сообщил"


@pytest.mark.parametrize("text", [
    "Переговоры прошли в Женеве. Об этом мало кто знал.",                           # no reporting verb
    "Переговоры прошли в Женеве.\n\nОб этом сообщил журналист Андрей Смирнов.",    # another paragraph
    "Переговоры прошли в Женеве. Об этом Андрей Смирнов сообщил, что итогов пока нет.",   # a clause of its own
])
def test_about_this_without_its_report(text):
    assert [r for r in quotes(text) if r["text"].startswith("Переговоры")] == []


@pytest.mark.parametrize("text,start,speaker", [
    ("Глава банка Андрей Смирнов решение комментировать не стал, заметив лишь, что банк «пока не видит оснований» "
     "для снижения ставок.", "банк «пока", "Андрей Смирнов"),
    ("По словам пресс-секретаря Андрея Смирнова, Москва «будет и дальше содействовать» политическому процессу.",
     "Москва «будет", "Андрея Смирнова"),
    ("Состав делегации согласуют до 8 февраля. В противном случае ООН «оставляет за собой право» сформировать "
     "делегацию, добавил Андрей Смирнов.", "В противном случае", "Андрей Смирнов"),
])
def test_a_short_quote_inside_a_clause_is_part_of_the_report(text, start, speaker):
    q = quotes(text)
    mine = [r for r in q if r["speaker_text"] == speaker]
    assert [r["kind"] for r in mine] == ["indirect"] and mine[0]["text"].startswith(start)
    assert not any(r["kind"] == "direct" for r in q)


@pytest.mark.parametrize("text,quoted", [
    ("Андрей Смирнов заявил: «Мы готовы» к диалогу.", "Мы готовы"),        # introduced by a colon: a quote
    ("Андрей Смирнов сказал, что «переговоры зашли в тупик».", "переговоры зашли в тупик"),   # the whole clause
])
def test_a_quote_that_is_the_report_stays_direct(text, quoted):
    q = quotes(text)
    assert [(r["kind"], r["text"]) for r in q if r["kind"] == "direct"] == [("direct", quoted)] \
        or [r["text"] for r in q] == [quoted]


def test_odnako_keeps_the_subject_for_the_second_verb():
    q = quotes("Пресс-секретарь Андрей Смирнов сказал, что Москва «дождется итогов», однако отметил, что президент "
               "«готов к конструктивному диалогу с любым избранным руководством».")
    last = [r for r in q if r["text"].startswith("готов")]
    assert last and last[0]["speaker_name"] == "Андрей Смирнов"


@pytest.mark.parametrize("text,speaker", [
    # an envoy is a diplomat: `дипломат` alone is the envoy named before
    ("Спецпосланник ООН по Сирии Андрей Смирнов рассчитывает на переговоры. «Я не собираюсь приглашать стороны "
     "ради фотографии», — подчеркнул дипломат.", "Андрей Смирнов"),
    # `Партии` (an inflected organisation head) is no name: the role runs on to the person
    ("Лидер Партии социалистов Игорь Петров набирает 52% голосов. «Первый визит я совершу в Москву», — пообещал "
     "политик.", "Игорь Петров"),
])
def test_a_role_noun_alone_is_the_person_of_that_role(text, speaker):
    q = [r for r in quotes(text) if r["kind"] == "direct"]
    assert [r["speaker_name"] for r in q] == [speaker]


@pytest.mark.parametrize("text,speaker_text", [
    ("Министр Андрей Смирнов прибыл в Брюссель. Источник в Еврокомиссии сообщил агентству Reuters, что Брюссель "
     "готов выступить посредником.", "Источник в Еврокомиссии"),
    ("Министр Андрей Смирнов прибыл в Дамаск. Между тем источник в силовых структурах Сирии сообщил РИА Новости, "
     "что погибли двое военнослужащих.", "источник в силовых структурах Сирии"),
])
def test_an_anonymous_source_with_a_body_named_in_its_phrase(text, speaker_text):
    q = quotes(text)
    assert [(r["speaker_text"], r["speaker_type"]) for r in q] == [(speaker_text, "anonymous")]


def test_a_named_person_after_the_source_phrase_is_not_absorbed():
    q = quotes("Источник в МИД Андрей Смирнов сообщил, что переговоры продолжатся.")
    assert q and q[0]["speaker_type"] != "anonymous"


# ---- issue 8 leftovers: bodies in an oblique case, the listener in the dative, genitive roles

@pytest.mark.parametrize("text,name,typ", [
    # rules, without the morphology booster: a listed head or name by its first listed form
    ("В прокуратуре сообщили, что начали проверку строительства.", "прокуратура", "organisation"),
    ("Как сообщили в пресс-службе суда, помимо срока назначен штраф.", "пресс-служба суда", "organisation"),
    ("В Кремле сообщили, что визит состоится в мае.", "Кремль", "organisation"),
    ("В Госдуме сообщили, что закон примут весной.", "Госдума", "organisation"),
    # an unlisted capitalised word after `в`, by its locative ending
    ("Явка, как сообщили в Центризбиркоме, составила 53,5%.", "Центризбирком", "organisation"),
    # negatives: a body in the nominative stays as written; a person after no `в` is no body
    ("Прокуратура сообщила, что начала проверку строительства.", "Прокуратура", "organisation"),
    ("Иван Петров сообщил, что начал проверку строительства.", "Иван Петров", "person"),
])
def test_oblique_bodies_are_named_in_the_nominative(text, name, typ, monkeypatch):
    monkeypatch.setenv("SYRIA_CORPUS_NO_MORPH", "1")
    (r,) = quotes(text)
    assert (r["speaker_name"], r["speaker_type"]) == (name, typ)


@pytest.mark.parametrize("text,speaker_text,typ", [
    # the agency in the dative is the one told; an aside asking not to be named makes the title anonymous
    ("Представитель немецкой компании-заказчика одного из спутников, пожелавший остаться неизвестным, сказал "
     "агентству DPA, что компания рассчитывает на страховую выплату.", "Представитель", "anonymous"),
    # negatives: a name before the verb speaks, the agency does not; an agency after the verb with no
    # dative head is still the subject
    ("Иван Петров сказал агентству DPA, что компания рассчитывает на выплату.", "Иван Петров", "person"),
    ("Две ракеты упали на жилые кварталы Латакии, сообщило агентство SANA.", "агентство SANA", "organisation"),
])
def test_the_one_told_in_the_dative_is_no_speaker(text, speaker_text, typ):
    (r,) = quotes(text)
    assert (r["speaker_text"], r["speaker_type"]) == (speaker_text, typ)


@pytest.mark.parametrize("text,speaker", [
    # the genitive adjective of a two-word role belongs to the role: `госсекретарь` finds its holder
    ("Переговоры министра иностранных дел России Сергея Лаврова и государственного секретаря США Рекса "
     "Тиллерсона не принесли прорыва. «Уровень доверия между нашими странами низок», — признал госсекретарь.",
     "Рекса Тиллерсона"),
])
def test_genitive_two_word_role(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text,office", [
    ("Переговоры Сергея Лаврова и государственного секретаря США Рекса Тиллерсона длились пять часов.", True),
    # negative: `секретаря` alone, of an embassy, is no secretary of state
    ("Переговоры Сергея Лаврова и секретаря посольства США Рекса Тиллерсона длились пять часов.", False),
])
def test_genitive_role_adjective(text, office):
    (m,) = [m for m in parsed("ru", text).mentions if m.kind == "name" and "Тиллерсона" in text[m.start:m.end]]
    assert ("secretary_of_state" in m.classes) is office


def test_bodies_in_the_nominative_through_the_cli(corpus, tmp_path):
    """`в прокуратуре сообщили` and `в Центризбиркоме` give canonical speakers in the nominative; a body
    left in an oblique case (`на заседании правительства`) is no speaker name of its own."""
    import json
    d = tmp_path / "in"
    d.mkdir()
    (d / "ru_bodies.txt").write_text(
        "Выборы в Молдавии прошли спокойно\n\n"
        "В краевой прокуратуре сообщили, что начали проверку законности строительства жилых домов. "
        "Явка, как сообщили в Центризбиркоме, составила 53,5%, что выше, чем в первом туре.\n",
        encoding="utf-8")
    assert corpus("ingest", d).exit_code == 0
    res = corpus("report", "quotes", "--format", "jsonl")
    assert res.exit_code == 0, res.stderr
    speakers = {json.loads(x)["speaker"] for x in res.stdout.splitlines()}
    assert speakers == {"прокуратура", "Центризбирком"}


# ------------------------------------------------------------------ issue 8: classes of misattribution

@pytest.mark.parametrize("text,name", [
    # a given name whose stem is short is no place that shares it (`Майя` is not `Майами`)
    ("Его соперница, экс-министр образования Майя Санду, получает 47,7%.", "Майя Санду"),
    # a place reached by another ending of the same length stays a place (`края`, `край`)
    ("Губернатор Приморского края Владимир Миклушевский прилетел сегодня.", "Владимир Миклушевский"),
])
def test_short_stems_of_places(text, name):
    names = [text[m.start:m.end] for m in parsed("ru", text).mentions if m.kind == "name"]
    assert names == [name]


@pytest.mark.parametrize("text,speaker", [
    # an interlocutor is the anonymous source quoted before
    ("Источник в силовых структурах Сирии сообщил РИА Новости, что обстрел длился час. Еще 11 человек, по словам "
     "собеседника агентства, получили ранения.", "Источник в силовых структурах Сирии"),
    # a role after the source is the person of that role named before, not the source
    ("Представитель МИД Сирии Фейсал Мекдад заявил, что обстрел длился час. Источник в силовых структурах Сирии "
     "сообщил РИА Новости, что обстрел длился час. Еще 11 человек, по словам дипломата, получили ранения.",
     "Фейсал Мекдад"),
])
def test_interlocutor_is_the_source_quoted_before(text, speaker):
    q = [r for r in quotes(text) if r["cue"] == "по словам"]
    assert [r["speaker_name"] for r in q] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # `как передает X`, then a subject and a verb with `что`: the relay of that report, not a report of its own
    ("Ранее в среду, как передает РИА «Новости», заместитель министра иностранных дел России Сергей Рябков "
     "заявил, что Москва не видит смысла в новых раундах консультаций.", "Сергей Рябков"),
    # a parenthesis with no verb of saying after it reports its sentence
    ("Ранее в среду, как передает РИА «Новости», в Москве прошли консультации по Сирии.", "РИА"),
])
def test_relay_of_a_report(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)] == [speaker]


def test_quote_closing_a_that_clause_is_part_of_it():
    text = ("Рябков заявил, что Москва не видит смысла в новых раундах консультаций, "
            "«если они будут сводиться к обмену упреками».")
    q = quotes(text)
    assert any(r["text"].startswith("Москва не видит смысла") and r["speaker_name"] == "Рябков" for r in q)
    # a comma right before the quote, no `что`: the verb introduces the quote
    q = quotes("Рябков заявил, «Москва не видит смысла в консультациях».")
    assert [(r["text"], r["kind"]) for r in q] == [("Москва не видит смысла в консультациях", "direct")]


@pytest.mark.parametrize("text,speaker", [
    # a body's name in quote marks between a title and a name belongs to the role; the name speaks
    ("Не все эксперты согласны. По оценке аналитика ИК «Восток-Капитал» Дмитрия Лебедева, из-за высокой стоимости "
     "денег реальный сектор может недополучить кредитов.", "Дмитрия Лебедева"),
    # a quoted name after the verb is the one told, never joined to the title before the verb
    ("Представитель МИД заявил «Интерфаксу», что ничего не знает.", None),
])
def test_quoted_body_between_title_and_name(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # `помощника Путина`: the aide of the person named, the aide named before
    ("Об этом сообщил ТАСС помощник президента России Юрий Ушаков. По словам помощника Путина, стороны обсудят "
     "расширение сотрудничества.", "Юрий Ушаков"),
    # a role that is no relation to another person: the name after it is the person's own
    ("По словам министра Лаврова, стороны обсудят расширение сотрудничества.", "Лаврова"),
])
def test_relational_role_names_the_aide_not_the_person(text, speaker):
    q = [r for r in quotes(text) if r["cue"] == "По словам"]
    assert [r["speaker_name"] for r in q] == [speaker]
