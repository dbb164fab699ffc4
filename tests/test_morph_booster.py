"""The optional Russian morphology booster (syria_corpus/morph.py): the rules give the same answers
on these sentences with pymorphy3 installed and with it taken away."""
import pytest

from extraction import parsed, quotes_of
from syria_corpus import morph


def names(text):
    p = parsed("ru", text)
    return [text[m.start:m.end] for m in p.mentions if m.kind == "name"]


GLUED = [
    ("Помощник Путина Юрий Ушаков заявил, что визит состоится.", "Юрий Ушаков"),
    ("Глава Сбербанка Герман Греф сказал, что ставки не снизят.", "Герман Греф"),
    ("Президент Грузии Михаил Саакашвили объявил о победе.", "Михаил Саакашвили"),
    # negative: a patronymic keeps all three words
    ("Президент Михаил Сергеевич Горбачев выступил в Думе.", "Михаил Сергеевич Горбачев"),
]


@pytest.fixture(params=["with", "without"])
def booster(request, monkeypatch):
    if request.param == "with":
        pytest.importorskip("pymorphy3")
        assert morph.analyzer("pymorphy3") is not None
    else:
        monkeypatch.setattr(morph, "analyzer", lambda name: None)
    return request.param


@pytest.mark.parametrize("text,name", GLUED)
def test_genitive_glued_before_a_name_belongs_to_the_role(booster, text, name):
    assert name in names(text)


def test_booster_keeps_a_nominative_first_name():
    # the rules alone take `Анна` (ending in -а) for a genitive; the dictionary knows it is a nominative
    pytest.importorskip("pymorphy3")
    assert "Анна Мария Смит" in names("Министр Анна Мария Смит выступила в Думе.")


def test_analyzer_absent_or_unnamed(monkeypatch):
    assert morph.analyzer(None) is None
    monkeypatch.setenv("SYRIA_CORPUS_NO_MORPH", "1")
    assert morph.analyzer("pymorphy3") is None


def test_booster_reads_the_case():
    pytest.importorskip("pymorphy3")
    m = morph.analyzer("pymorphy3")
    assert m.genitive_complement("Путина", "Юрий") is True
    assert m.genitive_complement("Анна", "Мария") is False
    assert m.genitive_complement("Японии", "Сейдзи") is None   # not a known first name: the rules decide


def speakers(text):
    return [(r["speaker_text"], r["speaker_name"], r["speaker_type"]) for r in quotes_of("ru", text)]


def test_booster_names_a_body_in_the_nominative():
    pytest.importorskip("pymorphy3")
    got = speakers("В Горсовете подтвердили, что ремонт начнётся весной. По словам Белова, денег хватит.")
    assert ("Горсовете", "Горсовет", "organisation") in got
    assert ("Белова", "Белова", "person") in got   # a surname in the genitive stays a person


def test_without_booster_rules_name_the_body_in_the_nominative(monkeypatch):
    # the rules (issue 8): a capitalised word after `в` is a body, named by its locative ending
    monkeypatch.setattr(morph, "analyzer", lambda name: None)
    got = speakers("В Горсовете подтвердили, что ремонт начнётся весной. По словам Белова, денег хватит.")
    assert ("Горсовете", "Горсовет", "organisation") in got
    assert ("Белова", "Белова", "person") in got   # no `в` before it: a surname in the genitive stays a person
