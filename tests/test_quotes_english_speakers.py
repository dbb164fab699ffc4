"""English speaker classes of issue 8: party tags and appositions between a quote and its verb, verb
forms used as nouns."""
import pytest

from extraction import quotes_of


def speakers(text):
    return [(r["speaker_text"], r["speaker_name"]) for r in quotes_of("en", text)]


@pytest.mark.parametrize("text,expected", [
    ('Intro.\n\n"Fees are not optional," panel Chairman Rep. Nora Hale (R-Utah) said after the vote.', "Nora Hale"),
    ('Intro.\n\n"Our view is firm," Senate Majority Leader Tom Vale, R-Ky., said Tuesday.', "Tom Vale"),
    ('Intro.\n\n"The plan is weak," Rep. Tom Vale (D-N.Y.), a panel member, said in an interview.', "Tom Vale"),
])
def test_party_tag_is_an_aside(text, expected):
    assert speakers(text)[0][0] == expected


def test_party_tag_is_never_a_speaker():
    # negative: a party tag alone, with nobody before it, names no one
    assert all(sp != "R" for sp, _ in speakers('Intro.\n\n"Fees are not optional," (R-Utah) said the clerk.'))


@pytest.mark.parametrize("text,expected", [
    ('Intro.\n\n"It is an overreach," Karl Moss, the attorney general of Idaho, one of the states suing, '
     'said at a Boston event.', "Karl Moss"),
    ('Intro.\n\n"He is right," Flynn, a top campaign surrogate, said Thursday on the radio.', "Flynn"),
    ('Intro.\n\n"It was fine," Sen. Jane Doe, Democrat of Ohio, said.', "Jane Doe"),
])
def test_appositions_after_a_quote_keep_the_first_mention(text, expected):
    assert speakers(text)[0][0] == expected


def test_apposition_chain_stops_at_a_sentence():
    # negative: a sentence ends between the name and the verb; the name is not the verb's subject
    rows = speakers('Intro.\n\n"It is fine," Karl Moss, the mayor, left early. Reporters, tired, said so.')
    assert all(sp != "Karl Moss" for sp, _ in rows)


def test_verb_form_after_a_determiner_is_a_noun():
    rows = quotes_of("en", 'Intro.\n\n"It is an overreach," Karl Moss, head of one of the states suing, said.')
    assert rows[0]["cue"] == "said"
    # positive counterpart: the same word as a verb still reports
    rows = quotes_of("en", 'Intro.\n\nThe report states that "the river is clean again."')
    assert rows and rows[0]["cue"] == "states"
