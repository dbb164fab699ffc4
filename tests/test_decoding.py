import pytest

from syria_corpus.decoding import decode
from syria_corpus.errors import InputError


@pytest.mark.parametrize("name, encoding, snippet, replaced", [
    ("ar_cp1256.txt", "cp1256", "سيرغي لافروف", 0),
    ("en_cp1252.txt", "cp1252", "“We are ready,”", 0),
    ("en_utf16_bom.txt", "utf-16-le-bom", "“We are ready,” the envoy", 0),
    ("en_utf8_bom_crlf.txt", "utf-8-bom", "Talks resume in Geneva\n\n“We", 0),
    ("en_stray_bytes.txt", "utf-8", "Monday\ufffd.", 2),
])
def test_encodings(fixtures, name, encoding, snippet, replaced):
    d = decode((fixtures / name).read_bytes(), name)
    assert d.encoding == encoding
    assert snippet in d.text
    assert d.n_replaced == replaced
    assert "\r" not in d.text and not d.text.startswith("\ufeff")


@pytest.mark.parametrize("name, what", [("binary.png", "PNG image"), ("nul_bytes.txt", "NUL bytes")])
def test_binary_files_are_refused(fixtures, name, what):
    with pytest.raises(InputError, match=what):
        decode((fixtures / name).read_bytes(), name)


def test_plain_utf8_and_line_ends():
    assert decode(b"a\r\nb\rc").text == "a\nb\nc"
