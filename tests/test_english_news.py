"""English news rules: speakers of direct and reported speech, figures and times.
Every sentence here is written for the test."""
import pytest

from extraction import dates_of, figures_of, quotes_of


def quotes(text):
    return quotes_of("en", text)


def quote_with(text, content):
    return next(q for q in quotes(text) if content in q["text"])


def figures(text):
    return figures_of("en", text)


# ------------------------------------------------------------------ speakers

@pytest.mark.parametrize("text,content,speaker_text", [
    # a common noun as subject: a title that no earlier person answers to
    ("Omar Haddad left the room. Then the announcer said, “The polls are now closed in every district.”",
     "polls are now closed", "the announcer"),
    ("“We have no water and no bread left,” a resident of the town told reporters.",
     "no water and no bread", "a resident of the town"),
    # a parenthesis after the name is an aside, not the subject
    ("“This is a shameful day for the chamber,” Rep. Dana Miller (D-Ore.) said on Friday.",
     "shameful day", "Dana Miller"),
])
def test_subject_of_the_verb(text, content, speaker_text):
    q = quote_with(text, content)
    assert q["speaker_text"] == speaker_text


def test_common_noun_subject_takes_no_earlier_person():
    q = quote_with("Omar Haddad left the room. Then the announcer said, “The polls are now closed.”", "polls")
    assert q["speaker_name"] is None


@pytest.mark.parametrize("text", [
    "Residents on the ground said the shelling went on all night in the old quarter.",
    "Soldiers at the checkpoint said the road was closed to all traffic until noon.",
])
def test_no_noun_subject_after_a_preposition(text):
    assert all(q["speaker_text"] not in ("the ground", "the checkpoint") for q in quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ("A doctor in Idlib said the hospital was hit twice overnight.", "A doctor in Idlib"),
    ("A resident of Midan said the shelling went on all night.", "A resident of Midan"),
])
def test_the_noun_phrase_before_the_preposition_is_the_subject(text, speaker):
    assert [(q["speaker_text"], q["speaker_type"]) for q in quotes(text)] == [(speaker, "anonymous")]


@pytest.mark.parametrize("text,content,name", [
    # `, saying`: the participle's speaker is the subject of its clause, not the last speaker
    ("“We are ready,” said Karim Nasser. In a speech on Monday, Leila Farouk attacked the plan, saying it "
     "“would leave thousands without homes.”", "would leave thousands", "Leila Farouk"),
    ("Petra Novak met the envoy of the Commission. Daniel Roth criticised the deal, saying that the "
     "talks had been a waste of time.", "talks had been a waste", "Daniel Roth"),
])
def test_participle_takes_the_clause_subject(text, content, name):
    assert quote_with(text, content)["speaker_name"] == name


@pytest.mark.parametrize("text,content,name", [
    # `she` skips a man named last; `he` skips a woman
    ("Sarah Klein spoke after Mr. Tom Baxter left. “We will not give up,” she said.", "give up", "Sarah Klein"),
    ("Mrs. Alma Reyes greeted Peter Lund at the door. “It was a long night,” she said.", "long night", "Alma Reyes"),
    ("Robert Hale thanked the spokeswoman Nina Ortiz. “The figures are wrong,” he said.", "figures are wrong",
     "Robert Hale"),
])
def test_pronoun_gender(text, content, name):
    assert quote_with(text, content)["speaker_name"] == name


def test_name_inside_a_quote_is_no_antecedent():
    text = ("Lena Brandt testified on Tuesday.\n\n“The only way Wall Street will change is if bankers face "
            "jail time” for fraud, she said.")
    q = quote_with(text, "Wall Street will change")
    assert q["speaker_text"] == "she"
    assert q["speaker_name"] == "Lena Brandt"


@pytest.mark.parametrize("text,content,speaker_text", [
    # a few words between the quote and an attribution that ends the sentence
    ("“The only way this will end is a deal” between the two sides, Karim Nasser said.", "only way", "Karim Nasser"),
])
def test_tail_before_final_attribution(text, content, speaker_text):
    q = quote_with(text, content)
    assert q["speaker_text"] == speaker_text and q["kind"] == "direct"


def test_short_label_with_tail_stays_unattributed():
    text = "He called the raid “a crime” against the city, Karim Nasser said."
    assert [(q["kind"], q["speaker_name"], q["text"]) for q in quotes(text)] == [
        ("indirect", "Karim Nasser", "He called the raid “a crime” against the city")]


@pytest.mark.parametrize("text,content,speaker_text", [
    # the words before `, X said.` are reported speech
    ("The convoy reached the besieged town on Tuesday morning, the ministry said.",
     "The convoy reached the besieged town on Tuesday morning", "the ministry"),
    ("Troops entered the town of Jarablus on Wednesday, said Prime Minister Omar Demir.",
     "Troops entered the town of Jarablus on Wednesday", "Omar Demir"),
])
def test_final_attribution(text, content, speaker_text):
    q = quote_with(text, content)
    assert q["text"] == content and q["kind"] == "indirect" and q["speaker_text"] == speaker_text


@pytest.mark.parametrize("text", [
    "The blast claimed the lives of 21 people in the market.",
    "The group claimed responsibility for the bombing of the bridge.",
])
def test_claimed_lives_is_not_speech(text):
    assert quotes(text) == []


def test_bare_verb_with_an_adjunct_reports_nothing():
    assert quotes("The group said in a statement.") == []
    q = quote_with("The group said at least 40 airstrikes hit the province.", "airstrikes")
    assert q["text"] == "at least 40 airstrikes hit the province"


@pytest.mark.parametrize("text,speaker_text,name", [
    ("A source at Hama Police Command said that two people were killed. The source added that the "
     "attack damaged houses near Hama Square.", "The source", "A source at Hama Police Command"),
])
def test_definite_source_takes_the_earlier_source(text, speaker_text, name):
    q = quote_with(text, "damaged houses")
    assert q["speaker_text"] == speaker_text and q["speaker_name"] == name


@pytest.mark.parametrize("text,content,name,typ", [
    # an indefinite role is someone new: never the person or body quoted before
    ("The ministry said that rockets hit Homs. An official at the governor's office in Homs said that "
     "ten rockets hit the stadium.", "ten rockets", "An official at the governor's office in Homs", "anonymous"),
    # the definite role goes on with the official named before
    ("Omar Haddad, the governor, said that rockets hit Homs. The governor said that ten rockets hit the "
     "stadium.", "ten rockets", "Omar Haddad", "person"),
])
def test_indefinite_role_is_a_new_anonymous_source(text, content, name, typ):
    q = quote_with(text, content)
    assert (q["speaker_name"], q["speaker_type"]) == (name, typ)


@pytest.mark.parametrize("text,speaker_text,typ", [
    # the body or place after an anonymous source is part of it, up to the verb (possessive lost or kept)
    ("An official at the governors office in Homs said that ten rockets hit the stadium.",
     "An official at the governors office in Homs", "anonymous"),
    ("A source at the Defence Ministry told reporters that ten rockets hit the stadium.",
     "A source at the Defence Ministry", "anonymous"),
    # negative: a named body keeps its own name and type (the tail is for anonymous sources only)
    ("The United Nations in Geneva said that ten rockets hit the stadium.", "The United Nations in Geneva",
     "organisation"),
    # negative: an anonymous head that is the object of a preposition takes no tail (commas lost)
    ("The Observatory which relies on a network of sources inside Syria for its information said that ten "
     "rockets hit the stadium. A resident said that ten rockets hit the stadium.", "A resident", "anonymous"),
    # negative: no reporting verb right after the phrase, no tail
    ("An official said that ten rockets hit the stadium at the governors office in Homs.", "An official",
     "anonymous"),
])
def test_anonymous_source_keeps_its_body(text, speaker_text, typ):
    q = quote_with(text, "ten rockets")
    assert (q["speaker_text"], q["speaker_type"]) == (speaker_text, typ)


def test_a_qualified_title_is_the_person_named_with_that_qualifier():
    text = ("Israeli Energy Minister Yuval Steinitz said that the deal was bad. Secretary of State John Kerry "
            "said that no better deal was possible. The Israeli minister said that he rejected that claim.")
    assert quote_with(text, "rejected")["speaker_name"] == "Yuval Steinitz"


def test_role_alone_never_takes_a_body_quoted_before():
    text = "The ministry said that rockets hit Homs. The minister told reporters that ten rockets hit the stadium."
    assert quote_with(text, "ten rockets")["speaker_name"] is None


@pytest.mark.parametrize("text,content,name", [
    # a lower-case description ending in an organisation head, then the body's acronym: the acronym
    ("Rockets hit a school in Idlib, state news agency SANA said.", "Rockets hit", "SANA"),
    ("The official news agency SANA said that 12 people were wounded.", "12 people", "SANA"),
    # a head with another body's acronym is that body, not the last agency named
    ("Rockets hit a school, state news agency SANA said. The UN children's agency UNICEF said that 22 "
     "children were killed.", "22 children", "UNICEF"),
    # a bare head still takes the last body with that head
    ("Rockets hit a school, state news agency SANA said. The agency said that 22 children were killed.",
     "22 children", "SANA"),
    # a capitalised name before the acronym is the body's own name
    ("The Syrian Arab News Agency SANA said that 12 people were wounded.", "12 people",
     "The Syrian Arab News Agency SANA"),
])
def test_agency_and_its_acronym(text, content, name):
    assert quote_with(text, content)["speaker_name"] == name


def test_pronoun_prefers_a_speaker_over_a_place_name():
    text = ("Jets hit targets near North Ridge. Ivan Petrenko said that 40 fighters were killed. "
            "He added that the strikes would go on near North Ridge.\n\n“We will continue,” he said.")
    assert quote_with(text, "We will continue")["speaker_name"] == "Ivan Petrenko"


@pytest.mark.parametrize("text,speaker_text,role", [
    # commas lost in the source: a name, then its role and organisation
    ("Samir Abdel Karim head of the Syrian Observatory for Human Rights said the attack killed 16 people.",
     "Samir Abdel Karim", "head of the Syrian Observatory for Human Rights"),
])
def test_postposed_role(text, speaker_text, role):
    q = quotes(text)[0]
    assert (q["speaker_text"], q["role"]) == (speaker_text, role)


@pytest.mark.parametrize("text,speaker_text", [
    ("The Britain-based Syrian Observatory for Human Rights said that 16 people were killed.",
     "Syrian Observatory for Human Rights"),
    ("The US-led coalition said that it hit twenty targets near the dam.", "coalition"),
])
def test_adjective_compound_is_not_a_name(text, speaker_text):
    assert quotes(text)[0]["speaker_text"] == speaker_text


# ------------------------------------------------------------------ figures and times

@pytest.mark.parametrize("text,value", [
    ("The shells fell at 3 a.m. on the old quarter.", "XXXX-XX-XXT03:00"),
    ("Jets struck the town at 630 a.m. and again later.", "XXXX-XX-XXT06:30"),
    ("I heard the blast around 230 pm near the school.", "XXXX-XX-XXT14:30"),
])
def test_hour_with_suffix_is_a_time_not_a_figure(text, value):
    assert value in [d["value"] for d in dates_of("en", text)]
    assert not [f for f in figures(text) if f["value"] in (3, 630, 230, 1000000)]


@pytest.mark.parametrize("text,unit,category", [
    ("Some estimates suggest 470000 may have died in the war.", None, "killed"),
    ("Police put the death toll at 16 earlier in the day.", None, "killed"),
    ("The army fired 40 rocket and mortar shells at the town.", "rocket", "missiles"),
    ("Jets flew 21 chopper missions over the province.", "missions", "sorties"),
    ("The Pentagon sent more than 200 special forces to the front.", "forces", "soldiers"),
])
def test_figure_units(text, unit, category):
    f = figures(text)[0]
    assert (f["unit"], f["category"]) == (unit, category)


# ------------------------------------------------------------------ later additions

def test_forward_title_takes_the_later_person_of_its_class():
    text = ("Foreign Minister Ivan Sokolov met his Turkish colleague in Ankara.\n\nMoscow’s UN envoy said that the "
            "draft was unacceptable, and Russian Ambassador Pavel Orlov called for new talks.")
    assert quote_with(text, "draft was unacceptable")["speaker_name"] == "Pavel Orlov"


@pytest.mark.parametrize("text,content,speaker_text", [
    # words of the subject's noun phrase before the name
    ("“We expect her back on the trail by Thursday,” campaign spokesman Brian Ortega said on Monday.",
     "back on the trail", "Brian Ortega"),
    ("“We are pleased with the ruling,” Trump lawyer Mark Kessler said.", "pleased with the ruling", "Mark Kessler"),
])
def test_subject_lead_words(text, content, speaker_text):
    assert quote_with(text, content)["speaker_text"] == speaker_text


def test_lead_with_a_function_word_does_not_attribute():
    q = quote_with("“We are pleased with the ruling,” but then Mark Kessler said nothing.", "pleased")
    assert q["speaker_text"] is None


def test_next_quote_continues_after_a_long_attribution():
    text = ("“Our progress is on the ballot,” Ms. Ada Moreno said on Saturday night at the annual gala dinner of the "
            "foundation in the capital, where her rival also spoke. “Tolerance is on the ballot.”")
    assert quote_with(text, "Tolerance")["speaker_name"] == "Ada Moreno"


@pytest.mark.parametrize("text,speaker_text", [
    # a place after a preposition is not the subject; the common-noun phrase is
    ("A doctor at a hospital in Idlib said that the attack had killed more than 50 people.",
     "A doctor at a hospital in Idlib"),
    # `told X`: X is the listener
    ("A resident of Hama told AFP that she heard two blasts.", "A resident of Hama"),
])
def test_subject_after_a_preposition(text, speaker_text):
    assert quotes(text)[0]["speaker_text"] == speaker_text


@pytest.mark.parametrize("text", [
    "Airstrikes on the town claimed more than 100 civilians including children.",
    "The bombing claimed 21 lives in the border town.",
])
def test_claimed_with_a_count_is_not_speech(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Deaths fell to 300 a month in the spring.", ("300", None)),   # `a` is no counted noun
    ("Gunmen fired 4 rocket shells at the school.", ("4 rocket shells", "rocket shells")),
    ("Two mortar rounds hit the square.", ("Two mortar rounds", "mortar rounds")),
])
def test_figure_text_and_unit(text, expected):
    assert [(f["text"], f["unit"]) for f in figures(text)][-1] == expected


def test_split_quote_shares_its_attribution():
    text = 'Nadia Roth spoke first. "The charts come in every morning," she said, "and they are terrifying."'
    rows = [q for q in quotes(text) if q["kind"] == "direct"]
    assert [q["speaker_name"] for q in rows] == ["Nadia Roth", "Nadia Roth"]


def test_dateline_is_not_part_of_a_final_attribution():
    text = ("BEIRUT (Reuters) - Air strikes killed at least 42 people in Idlib on Tuesday, "
            "the Syrian Observatory for Human Rights said.")
    (r,) = quotes(text)
    assert r["text"] == "Air strikes killed at least 42 people in Idlib on Tuesday"


# ------------------------------------------------------------------ who speaks when no reporting verb does

@pytest.mark.parametrize("text,content,name", [
    # a verb that characterizes in the speaker's own words
    ("Governor Mark Ellison called the new plan “a betrayal of every family in the valley.”",
     "betrayal of every family", "Mark Ellison"),
    ("Senator Ruth Okafor described the ceasefire as “fragile but real, for the first time in years.”",
     "fragile but real", "Ruth Okafor"),
    # any verb: the subject that opens the sentence holds the quote
    ("Carla Menendez thanked the volunteers for “keeping the clinic open through the winter.”",
     "keeping the clinic open", "Carla Menendez"),
    ("On Twitter, Former Governor Peter Lund mocked the rally as “a show for nobody in the hall.”",
     "a show for nobody", "Peter Lund"),
    ("Tom Varga, the mayor of Easton, repeated his warning that the river would “rise over the bridge by Friday.”",
     "rise over the bridge", "Tom Varga"),
])
def test_the_sentence_subject_speaks(text, content, name):
    assert quote_with(text, content)["speaker_name"] == name


@pytest.mark.parametrize("text,content", [
    # a possessive opens the sentence: the person is not its subject
    ("Mark Ellison’s office released a list of “priorities for the coming session of parliament.”",
     "priorities for the coming"),
    # a sentence end between the subject and the quote
    ("Mark Ellison left early. “The session was a waste of everybody’s time and money,” a guard muttered later on.",
     "waste of everybody"),
])
def test_no_subject_speaks_for_the_quote(text, content):
    assert quote_with(text, content)["speaker_name"] != "Mark Ellison"


@pytest.mark.parametrize("text", [
    "The report names the so-called “reform package for the northern districts” as the cause of the delay.",
    "The ministers called for talks on the so-called “reform package for the northern districts” last week.",
])
def test_so_called_and_called_for_are_no_cues(text):
    assert [q["cue"] for q in quotes(text)] == [None]


def test_name_with_party_state_and_comma_before_said():
    text = "After the vote, Gov. John Kessler (R-OH), said, “We are going all the way to the convention.”"
    assert quote_with(text, "all the way")["speaker_name"] == "John Kessler"


@pytest.mark.parametrize("lang,text,content,name", [
    ("en", "Kessler: ‘We Are Going All the Way to the Convention and We Will Win.’\n\nGov. John Kessler spoke on Monday.",
     "We Are Going All the Way", "John Kessler"),
    ("en", "Mark Ellison: The Party Has Lost Its Way on Taxes\n\nSenator Mark Ellison spoke on Monday.",
     "The Party Has Lost Its Way", "Mark Ellison"),
])
def test_headline_opening_with_a_speaker_and_a_colon(lang, text, content, name):
    q = next(q for q in quotes_of(lang, text) if content in q["text"])
    assert (q["speaker_name"], q["cue"], q["kind"]) == (name, ":", "direct")


@pytest.mark.parametrize("text", [
    "The Latest: Voters Head to the Polls in Ohio on a Cold Morning\n\nPolls opened at 6 a.m.",
    "Syria: Twelve Killed in Shelling of a Market in the North\n\nThe shelling began at dawn.",
])
def test_headline_opening_with_a_word_or_place_has_no_speaker(text):
    assert [q for q in quotes(text) if q["cue"] == ":"] == []


@pytest.mark.parametrize("text,name,typ", [
    # a group of unnamed people is an anonymous source, never a person named `Rebels`
    ('"We will not leave the city," Rebels said on Monday.', "Rebels", "anonymous"),
    ("Medics said 12 people were killed in the shelling.", "Medics", "anonymous"),
    # negative: a group word as a person's title leaves the person
    ('"We hold the line," said rebel commander Abu Omar.', "Abu Omar", "person"),
])
def test_groups_of_unnamed_people_are_anonymous(text, name, typ):
    assert [(q["speaker_name"], q["speaker_type"]) for q in quotes_of("en", text)] == [(name, typ)]


@pytest.mark.parametrize("text,typ", [
    # a plural organisation head names a body, not a person
    ("The Local Coordination Committees said 12 people were killed in Daraa.", "organisation"),
    ("The Qassam Brigades said the rockets hit the town.", "organisation"),
    # negative: the head word as a person's title leaves the person
    ('"We will respond," said committee chairman John Smith.', "person"),
])
def test_plural_organisation_heads_name_bodies(text, typ):
    assert [q["speaker_type"] for q in quotes_of("en", text)] == [typ]


@pytest.mark.parametrize("text, speaker_text", [
    # a sentence's first word that the text also writes in lower case is no name word, except a name
    # particle (`de Mistura` and `De Blasio`) and a word right before its reporting verb (`Police said`)
    ("Staffan de Mistura met the envoys. De Blasio said that there was no connection to the blasts.",
     "De Blasio"),
    ("The police closed the road. Police said the man was arrested near the station.", "Police"),
    # negative: before a name it is a common word (`Rival Hillary Clinton`)
    ("The rival campaigns met. Rival Hillary Clinton said that the debate was fair.", "Hillary Clinton"),
])
def test_a_sentence_opener_written_in_lower_case_elsewhere(text, speaker_text):
    assert quotes(text)[-1]["speaker_text"] == speaker_text
