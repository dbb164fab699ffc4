"""Extraction cost grows with the text, not faster (issue 10, item 2). The expensive sizes live in
benchmarks/linearity.py; these keep one small case of each class that was quadratic or worse."""
import base64
import random
import time

from syria_corpus.extract.dates import Cand, _non_overlapping
from syria_corpus.extract.figures import URL_RE, link_spans


def _cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def test_link_spans_equal_the_url_pattern_on_random_tokens():
    rng = random.Random(0)
    for _ in range(20000):
        t = "".join(rng.choice("a@.w/:hts b\n1_") for _ in range(rng.randint(0, 14)))
        t = rng.choice(["", "www.", "http://x "]) + t
        assert link_spans(t) == [m.span() for m in URL_RE.finditer(t)], repr(t)


def test_link_spans_of_a_200kb_base64_blob_and_of_at_runs_are_linear():
    blob = base64.b64encode(random.Random(0).randbytes(150_000)).decode()   # 200 KB, one token
    assert _cpu(lambda: link_spans("said 5 people " + blob)) < 1.0   # the pattern alone: minutes
    assert _cpu(lambda: link_spans("a@" * 100_000)) < 1.0            # the pattern alone: cubic
    assert link_spans("mail a@b.org now") == [(5, 12)]


def test_date_de_overlap_keeps_the_longest_and_is_not_quadratic():
    cands = [Cand(s, s + 10, "long") for s in range(0, 400_000, 20)]
    cands += [Cand(s + 2, s + 5, "inner") for s in range(0, 400_000, 20)]   # inside a long one: dropped
    cands += [Cand(s + 12, s + 15, "between") for s in range(0, 400_000, 20)]
    kept: list = []
    assert _cpu(lambda: kept.extend(_non_overlapping(cands))) < 2.0
    assert [c.value for c in kept[:4]] == ["long", "between", "long", "between"]
    assert len(kept) == 40_000
