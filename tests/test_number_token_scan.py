"""numbers._tokens builds each token from the match's positions (the digit group's presence read from
its start): the same tokens as reading the named group `d` of every match."""
import pytest

from syria_corpus.extract.numbers import Token, _tokens, number_lexicon


def _reference(lex, text, pos=0, endpos=None):
    out = []
    for m in lex.token_re.finditer(text, pos, endpos):
        w, d = m.group(0, "d")
        out.append(Token(m.start(), m.end(), w, lex.fold(w), d is not None))
    return tuple(out)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March, 1,250,000.5 people (about 12%) fled; 2.5m more - U.S. data."),
    ("ar", "قتل ١٢٣ شخصا و 45 آخرون في ٢٠١٥/٣/٤، بنسبة ٣٫٥٪ من السكان."),
    ("ru", "Погибли 1 250 000 человек, 2,5 тыс. ранены; и в 1999-м."),
    ("id", "Sebanyak 1.250 orang, 3,5 persen, tewas pada 12 Maret."),
    ("en", ""),
    ("en", "no digits at all"),
])
def test_tokens_as_read_by_group_name(lang, text):
    lex = number_lexicon(lang)
    got = _tokens(lex, text)
    assert got == _reference(lex, text)
    assert all(type(t) is Token for t in got)
    assert any(t.is_digits for t in got) == any(ch.isdigit() for ch in text)
    assert _tokens(lex, text, 3, len(text) - 2) == _reference(lex, text, 3, len(text) - 2)
