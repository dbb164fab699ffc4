"""Property tests (issue 10): random Unicode through the readers and every extractor. No exception
escapes, every row's `text == document_text[start:end]`, and the output is deterministic.

CI runs the `ci` profile (a few dozen examples each); `benchmarks/fuzz.py` runs the `long` profile,
100,000 examples of each (`FUZZ_EXAMPLES`), and reports the counts."""
import contextlib
import json
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from syria_corpus.analysis import ParsedDoc
from syria_corpus.config import load_settings
from syria_corpus.errors import InputError
from syria_corpus.extract import registry
from syria_corpus.model import Document
from syria_corpus.readers import read_file

settings.register_profile("ci", max_examples=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=int(os.environ.get("FUZZ_EXAMPLES", 100_000)), deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Pieces news text is made of, and the ones that break naive code: RTL and zero-width marks,
# combining marks, quote marks of every style (unbalanced), digits of every system, mixed scripts.
PIECES = [
    "Lavrov said", "قال لافروف", "заявил Лавров", "kata Retno", " ", "\n", "\n\n", ", ", ". ", ": ", " — ",
    "«", "»", "“", "”", "„", "‘", "’", '"', "'", "‹", "›", "「", "」",
    "5", "12", "١٢", "۱۲", "१२", "1,500", "3.5", "%", "$", "people", "قتيلا", "человек", "orang",
    "May 5, 2015", "5 мая 2015 года", "٥ أيار ٢٠١٥", "5 Mei 2015", "Senin (10/10)",
    "\u200f", "\u200e", "\u200b", "\u200d", "\u0301", "\u064b", "\ufeff", "\u202e",
    "Aleppo", "حلب", "Алеппо", "UN", "a@b.com", "http://x.org/a", "killed", "ministry",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map("".join)
SETTINGS = load_settings()


def _extract(text: str, lang: str) -> dict:
    parsed = ParsedDoc(Document("p", "p.txt", text, lang))
    return registry.run(parsed)   # no on_error: an extractor's exception fails the test


@given(text=texts, lang=st.sampled_from(["ar", "en", "id", "ru"]))
@example(text="\U00016130", lang="ar")   # found by the long profile: a digit to `regex`, not to Python
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_extractors_never_raise_keep_offsets_and_are_deterministic(text, lang):
    text = text.replace("\r", "\n")
    first = _extract(text, lang)
    for table, rows in first.items():
        for r in rows:
            if r.get("start") is not None and r.get("text") is not None:
                assert r["text"] == text[r["start"]:r["end"]], (table, r)
    assert _extract(text, lang) == first


@given(records=st.lists(st.dictionaries(st.sampled_from(["text", "title", "date", "body", "x"]),
                                        st.one_of(texts, st.just("a\ud800b"), st.integers(), st.none(),
                                                  st.lists(st.integers())),
                                        max_size=4), max_size=5),
       fmt=st.sampled_from(["json", "jsonl"]))
def test_readers_never_raise_but_input_errors(records, fmt):
    data = json.dumps(records).encode() if fmt == "json" else "\n".join(json.dumps(r) for r in records).encode()
    try:
        result = read_file(f"r.{fmt}", data, SETTINGS)
    except InputError:
        return
    for d in result.docs:
        assert isinstance(d.text, str)


@given(data=st.binary(max_size=300), name=st.sampled_from(["a.txt", "a.csv", "a.tsv", "a.html", "a.json"]))
def test_readers_on_random_bytes(data, name):
    with contextlib.suppress(InputError):
        read_file(name, data, SETTINGS)
