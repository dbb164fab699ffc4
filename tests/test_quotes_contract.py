"""The row contract of extract_quotes, the language data it needs, speed, and the sample articles."""
import time
from pathlib import Path

import pytest
import yaml

from syria_corpus.extract.quotes import extract_quotes
from syria_corpus.langdata import lang_data
from syria_corpus.model import Document

KEYS = {"speaker_text", "speaker_start", "speaker_end", "speaker_name", "speaker_type", "role", "text",
        "kind", "cue", "cue_start", "cue_end", "start", "end"}
SEEDS = Path("/work/shared/seeds")
GOLD = Path("/work/shared/eval/seeds_dev_gold.yaml")
LANGS = {"000": "ar", "001": "id", "002": "ar", "003": "en", "004": "en"}

MIXED = ("Russian Foreign Minister Sergei Lavrov said that the talks failed. “We will stay,” Lavrov said.\n\n"
         "A White House official said the patience of the US had run out. “Nobody knows.”")


def seed_docs():
    return [Document(p.name, str(p), p.read_text(encoding="utf-8"), LANGS[p.name[:3]])
            for p in sorted(SEEDS.glob("*.txt")) if p.name[:3] in LANGS]


def test_rows_have_exactly_the_contract_keys_and_valid_offsets():
    rows = extract_quotes(Document("t", "t", MIXED, "en"))
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
    a = extract_quotes(Document("t", "t", MIXED, "en"))
    assert a == extract_quotes(Document("t", "t", MIXED, "en"))
    assert [(r["start"], r["end"]) for r in a] == sorted((r["start"], r["end"]) for r in a)


@pytest.mark.parametrize("text", ["", "   \n\n ", "No quotes here at all.", "“", "”", "«»", "\"\"\"\""])
def test_degenerate_inputs(text):
    for lang in ("ar", "en", "id", "ru"):
        assert isinstance(extract_quotes(Document("t", "t", text, lang)), list)


@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru"])
def test_language_data_has_the_quote_and_speaker_sections(lang):
    data = lang_data(lang)
    for key in ("marks", "verbs", "complementizers", "continuation", "prefix_cues", "speaker_side"):
        assert data["quotes"].get(key) is not None, key
    for key in ("roles", "pronouns", "org_heads", "anonymous_heads", "stop"):
        assert data["speakers"].get(key) is not None, key
    words = [w for v in data["quotes"].values() if isinstance(v, list) for w in v]
    assert all(isinstance(w, (str, list)) for w in words)   # YAML did not turn a word into a bool


@pytest.mark.skipif(not SEEDS.is_dir(), reason="sample articles not available")
def test_fast_on_the_sample_articles():
    docs = seed_docs()
    for d in docs:
        extract_quotes(d)                      # build the per-language pipelines once
    for d in docs:
        t0 = time.perf_counter()
        extract_quotes(Document(d.doc_id, d.path, d.text + " ", d.lang))
        assert (time.perf_counter() - t0) * 5000 / max(len(d.text), 1000) < 0.05


@pytest.mark.skipif(not GOLD.exists(), reason="gold annotation not available")
def test_required_gold_quotes_are_found_with_a_speaker():
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["docs"]
    found = total = 0
    for d in seed_docs():
        for q in (gold.get(d.doc_id) or {}).get("quotes") or []:
            if not q.get("required", True):
                continue
            a = d.text.index(q["contains"])
            b = a + len(q["contains"])
            hits = [r for r in extract_quotes(d)
                    if min(b, r["end"]) - max(a, r["start"]) >= 0.6 * (b - a) and r["speaker_name"]]
            total += 1
            found += bool(hits)
    assert total and found / total >= 0.9
