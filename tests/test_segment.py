"""Paragraphs, sentences and tokens, as a ParsedDoc computes them (syria_corpus.segment)."""
import pytest

from extraction import parsed
from syria_corpus.segment import paragraphs


def sentences(text, lang):
    return parsed(lang, text).sentences


def tokens(text, lang):
    return parsed(lang, text).tokens


def _texts(text, spans):
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("name,text,expected", [
    ("blank_lines", "First para.\n\nSecond para.", ["First para.", "Second para."]),
    ("single_newline", "One\nTwo", ["One", "Two"]),
    ("arabic_dot_comma_glue", "قال لافروف كذا., وأضاف كيري", ["قال لافروف كذا.", "وأضاف كيري"]),
    ("arabic_glue_after_quote", 'قال "نعم"., وأضاف', ['قال "نعم".', "وأضاف"]),
    ("latin_abbreviation_kept", "The U.S., and Inc., stayed.", ["The U.S., and Inc., stayed."]),
    ("surrounding_space_stripped", "  \n  text  \n\n", ["text"]),
])
def test_paragraphs(name, text, expected):
    assert _texts(text, paragraphs(text)) == expected


@pytest.mark.parametrize("name,lang,text,expected", [
    ("english", "en", "Lavrov spoke. Kerry answered!", ["Lavrov spoke.", "Kerry answered!"]),
    ("arabic_stop_after_quote", "ar", 'وقال "نعم". وأضاف كيري', ['وقال "نعم".', "وأضاف كيري"]),
    ("arabic_question_mark", "ar", "هل انتهى الأمر؟ قال لا", ["هل انتهى الأمر؟", "قال لا"]),
    ("russian", "ru", "Лавров заявил это. Керри ответил.", ["Лавров заявил это.", "Керри ответил."]),
    ("indonesian", "id", "Lavrov tiba. Ia mengatakan itu.", ["Lavrov tiba.", "Ia mengatakan itu."]),
    ("no_sentence_across_paragraphs", "en", "No stop here\n\nNext one", ["No stop here", "Next one"]),
    ("opening_mark_starts_next_sentence", "en", "He said so. “We stay.”", ["He said so.", "“We stay.”"]),
])
def test_sentences(name, lang, text, expected):
    assert _texts(text, sentences(text, lang)) == expected


def test_tokens_are_offsets_without_space():
    text = "Lavrov said, “Yes.”"
    toks = _texts(text, tokens(text, "en"))
    assert toks[:3] == ["Lavrov", "said", ","] and all(t.strip() for t in toks)


def test_unknown_language_falls_back_to_generic_tokenizer():
    assert _texts("Hello there. Bye.", sentences("Hello there. Bye.", "zz")) == ["Hello there.", "Bye."]


def test_a_pipeline_whose_vocabulary_outgrows_the_bound_is_built_afresh(monkeypatch):
    """spaCy keeps every string it tokenizes; past the bound the next text gets a fresh pipeline,
    and the tokens are the same."""
    from syria_corpus import segment
    text = "Lavrov said the talks in Geneva would resume. Kerry agreed."
    paras = segment.paragraphs(text)
    before = segment.split(text, "en", paras)
    first = segment._nlp("en")
    monkeypatch.setattr(segment, "_MAX_STRINGS", 1)
    assert segment.split(text, "en", paras) == before
    assert segment._nlp("en") is not first
    monkeypatch.setattr(segment, "_MAX_STRINGS", 10**9)
    kept = segment._nlp("en")
    segment.split(text, "en", paras)
    assert segment._nlp("en") is kept   # negative: under the bound the pipeline stays


@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru", "xx"])
def test_the_tokenizer_caches_as_many_chunks_as_the_pipeline_keeps_strings(lang, monkeypatch):
    """spaCy caches 10,000 chunks; Arabic news passes that in a few hundred articles and every later new
    chunk went through the affix rules again. Each pipeline, a rebuilt one too, caches more."""
    from syria_corpus import segment
    assert segment._nlp(lang).tokenizer.max_cache_size == segment._CACHE_CHUNKS >= segment._MAX_STRINGS
    monkeypatch.setattr(segment, "_MAX_STRINGS", 1)
    segment.split("Lavrov said.", lang, [(0, 12)])   # past the bound: built afresh
    assert segment._nlp(lang).tokenizer.max_cache_size == segment._CACHE_CHUNKS


@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru"])
@pytest.mark.parametrize("name,text", [
    ("stops_and_marks", "A. B! C? D… E.\" F.) G .. H ?! I"),
    ("punctuation_after_stop", "Yes.)) , next . . word. ;x"),
    ("space_tokens", "one .\n\n  two.   \t three"),
    ("leading_stop", ". . start"),
    ("only_punctuation", "...!!!"),
    ("arabic_and_cyrillic", "قال لافروف. وأضاف؟ «نعم». Лавров заявил. Да!"),
])
def test_sentence_starts_follow_spacys_sentencizer(lang, name, text):
    """split() applies the Sentencizer's rule to the token array itself; the starts must be the ones
    spaCy's own component sets on the same tokens."""
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH

    from syria_corpus import segment
    nlp = segment._nlp(lang)
    doc = nlp(text)   # tokenizer + spaCy's sentencizer
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, ORTH]).tolist()
    assert segment._sentence_starts(rows, segment._punct_ids(lang)) == [s.start for s in doc.sents]


_TOKENIZER_TEXTS = {
    "id": "Anak-anak di Jl. Sudirman, kata Kapolri Jend. Tito, Senin (11/11/2016): \"Tidak ada.\" dll. 12,5% s.d. 3 km.",
    "en": "U.S. officials didn't say (Mr. O'Neil's aides) that 1,200 people--at least--were killed; e.g. in Aleppo.",
    "ar": "قال لافروف: «نعم». وأضاف\u060c إن 12 شخصاً قتلوا في حلب\u061f نفد\".",
    "ru": "Лавров заявил: «Да». Т.е. 12 чел. погибли, сообщил т. н. источник (ТАСС).",
}


@pytest.mark.parametrize("lang", sorted(_TOKENIZER_TEXTS))
def test_the_trimmed_vocabulary_tokenizes_as_spacys_own(lang):
    """The pipeline's vocabulary computes only is_space and is_punct of a word (faster to build and to
    run); its tokens and their is_space / is_punct are those of spaCy's blank pipeline with the
    language's own vocabulary and the same affix rules."""
    import spacy
    from spacy.attrs import IS_PUNCT, IS_SPACE

    from syria_corpus import segment
    ours = segment._nlp(lang)
    assert set(ours.vocab.lex_attr_getters) == {IS_SPACE, IS_PUNCT}
    theirs = spacy.blank(lang)
    theirs.tokenizer.suffix_search = ours.tokenizer.suffix_search
    theirs.tokenizer.infix_finditer = ours.tokenizer.infix_finditer
    text = _TOKENIZER_TEXTS[lang]
    assert [(t.idx, t.text, t.is_space, t.is_punct) for t in ours.tokenizer(text)] == \
        [(t.idx, t.text, t.is_space, t.is_punct) for t in theirs.tokenizer(text)]
    assert len(ours.vocab.strings) < len(theirs.vocab.strings)   # (it did not compute the rest)


@pytest.mark.parametrize("lang", ["ar", "en", "ru"])
@pytest.mark.parametrize("name,text", [
    # the stop that ends a paragraph starts no sentence in the next one, whatever that one opens with
    ("stop_then_paragraph_opening_with_punctuation", "One. Two.\n\n« Three » four. Five\n\n. . six"),
    ("stop_then_paragraph_opening_with_dashes", "One.\n\n- - Three four.\n\n(( Five"),
    ("paragraph_of_punctuation_only", "Alpha beta.\n\n...\n\nGamma. Delta"),
    ("stop_at_paragraph_end_then_word", "Alpha!\nBeta? Gamma\n\nDelta."),
])
def test_sentences_are_spacys_per_paragraph(lang, name, text):
    """split()'s sentences are those spaCy's sentencizer sets on each paragraph parsed alone: no
    sentence crosses a paragraph boundary or starts after one because of the stop before it."""
    from syria_corpus import segment
    nlp = segment._nlp(lang)
    paras = paragraphs(text)
    expected = []
    for a, b in paras:
        doc = nlp(text[a:b])
        expected += [(a + s.start_char, a + s.end_char) for s in doc.sents]
    got, _ = segment.split(text, lang, paras)
    # (split strips each sentence of surrounding space, as spaCy's spans already are)
    assert got == expected
