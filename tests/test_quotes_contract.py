"""The row contract of the quote extractor, the language data it needs, and the sample articles."""
from pathlib import Path

import pytest
import yaml

from extraction import parsed, quotes_of
from syria_corpus.extract import registry
from syria_corpus.lang import get as get_language

KEYS = {"speaker_text", "speaker_start", "speaker_end", "speaker_name", "speaker_type", "role", "text",
        "kind", "cue", "cue_start", "cue_end", "start", "end"}
CHECKOUT = Path(__file__).resolve().parent.parent
SEEDS = CHECKOUT / "data" / "seeds"
GOLD = CHECKOUT.parent / "shared" / "eval" / "seeds_dev_gold.yaml"   # the shared dev material beside the checkout
LANGS = {"000": "ar", "001": "id", "002": "ar", "003": "en", "004": "en"}

MIXED = ("Russian Foreign Minister Sergei Lavrov said that the talks failed. “We will stay,” Lavrov said.\n\n"
         "A White House official said the patience of the US had run out. “Nobody knows.”")


def seed_docs():
    """(file name, text, rows) of the sample articles."""
    out = []
    for p in sorted(SEEDS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out.append((p.name, text, quotes_of(LANGS[p.name[:3]], text)))
    return out


def extract_quotes(lang, text):
    return registry.run(parsed(lang, text), ["quotes"])["quotes"]


def test_rows_have_exactly_the_contract_keys_and_valid_offsets():
    rows = extract_quotes("en", MIXED)
    assert rows
    for r in rows:
        assert set(r) == KEYS
        assert MIXED[r["start"]:r["end"]] == r["text"]
        assert r["kind"] in ("direct", "indirect")
        assert r["speaker_type"] in ("person", "organisation", "anonymous", None)
        assert (r["speaker_start"] is None) == (r["speaker_text"] is None)
        if r["speaker_start"] is not None:
            assert MIXED[r["speaker_start"]:r["speaker_end"]] == r["speaker_text"]
        if r["cue_start"] is not None:
            assert MIXED[r["cue_start"]:r["cue_end"]] == r["cue"]


def test_sorted_and_deterministic():
    a = extract_quotes("en", MIXED)
    assert a == extract_quotes("en", MIXED)
    assert [(r["start"], r["end"]) for r in a] == sorted((r["start"], r["end"]) for r in a)


@pytest.mark.parametrize("text", ["", "   \n\n ", "No quotes here at all.", "“", "”", "«»", "\"\"\"\""])
def test_degenerate_inputs(text):
    for lang in ("ar", "en", "id", "ru"):
        assert extract_quotes(lang, text) == []


@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru"])
def test_language_data_has_the_quote_and_speaker_sections(lang):
    data = get_language(lang).data
    assert data.quotes is not None and data.speakers is not None
    for key in ("marks", "verbs", "complementizers", "continuation", "prefix_cues"):
        assert getattr(data.quotes, key), key
    for key in ("roles", "pronouns", "org_heads", "anonymous_heads", "stop"):
        assert getattr(data.speakers, key), key


@pytest.mark.skipif(not GOLD.exists(), reason="gold annotation not available")
def test_required_gold_quotes_are_found_with_a_speaker():
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["docs"]
    found = total = 0
    for name, text, rows in seed_docs():
        for q in (gold.get(name) or {}).get("quotes") or []:
            if not q.get("required", True):
                continue
            a = text.index(q["contains"])
            b = a + len(q["contains"])
            hits = [r for r in rows if min(b, r["end"]) - max(a, r["start"]) >= 0.6 * (b - a) and r["speaker_name"]]
            total += 1
            found += bool(hits)
    assert total and found / total >= 0.9
