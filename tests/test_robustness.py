"""Hostile input: mutated and truncated files never crash an ingest, and never cost other files."""
import random

import pytest

NAMES = ["records.json", "records.jsonl", "semicolon.csv", "records.tsv", "article.html", "article.json.gz",
         "ar_cp1256.txt", "en_utf16_bom.txt", "caption_title.txt"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.choice(["flip", "cut", "insert", "dup"])
        if not b:
            break
        i = rng.randrange(len(b))
        if op == "flip":
            b[i] = rng.randrange(256)
        elif op == "cut":
            del b[i:i + rng.randint(1, 40)]
        elif op == "insert":
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 6)))
        else:
            b[i:i] = b[max(0, i - 30):i]
    return bytes(b)


@pytest.mark.parametrize("seed", range(3))
def test_fuzzed_files_are_reported_not_fatal(corpus, fixtures, tmp_path, seed):
    rng = random.Random(seed)
    src = tmp_path / "fuzz"
    src.mkdir()
    for k in range(24):
        name = rng.choice(NAMES)
        (src / f"{k:02d}_{name}").write_bytes(mutate((fixtures / name).read_bytes(), rng))
    (src / "zz_good.txt").write_text("A clean article that must survive its neighbours, about Aleppo and Homs.\n")
    res = corpus("ingest", src)
    assert res.exit_code in (0, 1), res.stderr
    assert "Traceback" not in res.stderr
    docs = corpus("report", "documents", "--format", "csv", "--columns", "path").stdout
    assert "zz_good.txt" in docs
