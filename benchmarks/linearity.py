"""Cost of one document against its length, on texts built to hurt (one base64 blob, a paragraph of
dates, a paragraph of names and titles, `a@` runs, unbalanced quote marks, digits of every system...).

    python benchmarks/linearity.py [--sizes 25000,50000,100000,200000] [--kinds b64,dates,...] [--profile]

For each kind it processes texts of growing size with `pipeline.process` (CPU seconds, after one
warm-up document) and prints the time per size and the growth exponent between the two largest
sizes: 1.0 is linear, 2.0 quadratic. A kind whose exponent is above 1.3 is flagged SLOW. CPU time,
not wall time, so other work on the machine moves the figures little.
"""
from __future__ import annotations

import argparse
import base64
import cProfile
import math
import pstats
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syria_corpus.config import load_settings
from syria_corpus.pipeline import process
from syria_corpus.readers import RawDoc


def _repeat(unit: str, n: int, sep: str = " ") -> str:
    return sep.join([unit] * max(1, n // (len(unit) + len(sep))))


def _words(rng: random.Random, alphabet: str, n: int) -> str:
    out, size = [], 0
    while size < n:
        w = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 9)))
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


def _seed_sentences(n: int) -> str:
    """Lines of 30 words drawn at random from the bundled samples (Arabic, English, Russian, Indonesian
    news words with their names, titles, cue verbs and numbers): many quotes, names and bodies per
    document, the load of a long real article, where a scan per quote or per name shows."""
    rng = random.Random(2)
    pool = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).split()
    out, size = [], 0
    while size < n:
        line = " ".join(rng.choice(pool) for _ in range(30)) + "."
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)[:n]


SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
KINDS: dict[str, Callable[[int], str]] = {
    "b64": lambda n: "The ministry said 5 people were killed. " + base64.b64encode(
        random.Random(0).randbytes(n * 3 // 4)).decode(),
    "at": lambda n: "a@" * (n // 2),
    "url": lambda n: "see http://" + "x" * n,
    "dates": lambda n: _repeat("On 5 May 2015 and 6 June 2016, he said.", n),
    "names": lambda n: _repeat("Foreign Minister Sergei Lavrov said the UN envoy met the spokesman, "
                               "Walid al-Moualem.", n),
    "titles": lambda n: _repeat("The minister said the spokesman told the envoy that the official", n),
    "en_news": lambda n: _repeat('"We will not stop," Lavrov said on Monday, adding that 50 people '
                                 'were killed in 12 airstrikes near Aleppo.', n),
    "ar": lambda n: _repeat("وقال وزير الخارجية سيرغي لافروف إن 5 أشخاص قتلوا في 5 مايو 2015.", n),
    "ru": lambda n: _repeat("Министр иностранных дел Сергей Лавров заявил, что 5 человек погибли "
                            "5 мая 2015 года.", n),
    "id": lambda n: _repeat("Menurut Menteri Luar Negeri Retno Marsudi, 5 orang tewas pada 5 Mei 2015.", n),
    "quotes_open": lambda n: _repeat('“He said «they ‹ came „ and " left', n),
    "digits": lambda n: _repeat("١٢٣ ۴۵۶ 789 १२३ ১২৩ 12,345.6 1.2.3.4", n),
    "one_number": lambda n: "1" * n,
    "comma_numbers": lambda n: ",".join(["1"] * (n // 2)),
    "capitals": lambda n: _repeat("Abc", n),
    "no_spaces_ar": lambda n: "قال" * (n // 3),
    "punct": lambda n: "!?.,;:" * (n // 6),
    "mixed": lambda n: _words(random.Random(1), "abcdefghАБВГДЕабвгдеابتثجحخ0123456789«»\"'.,:", n),
    "lines": lambda n: _repeat("Lavrov said:", n, sep="\n"),
    "seed_words": _seed_sentences,
}


def measure(kind: str, sizes: list[int], settings: dict, profile: bool = False) -> list[tuple[int, float]]:
    out = []
    for n in sizes:
        text = KINDS[kind](n)
        raw = RawDoc(f"{kind}.txt", text)
        t0 = time.process_time()
        if profile and n == sizes[-1]:
            prof = cProfile.Profile()
            prof.runcall(process, raw, settings)
            pstats.Stats(prof).sort_stats("tottime").print_stats(8)
        else:
            process(raw, settings)
        out.append((len(text), time.process_time() - t0))
    return out


def exponent(points: list[tuple[int, float]]) -> float:
    (n1, t1), (n2, t2) = points[-2], points[-1]
    if t1 <= 0.02 or t2 <= 0.02:
        return 1.0   # too fast to tell
    return math.log(t2 / t1) / math.log(n2 / n1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="25000,50000,100000,200000")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    settings = load_settings()
    settings["max_document_chars"] = max(sizes) * 4
    process(RawDoc("warm.txt", KINDS["en_news"](2000) + KINDS["ar"](2000) + KINDS["ru"](2000)), settings)
    slow = []
    print(f"{'kind':<14}" + "".join(f"{n:>10}" for n in sizes) + "  exponent")
    for kind in args.kinds.split(","):
        pts = measure(kind, sizes, settings, args.profile)
        e = exponent(pts)
        flag = "  SLOW" if e > 1.3 else ""
        print(f"{kind:<14}" + "".join(f"{t:>9.2f}s" for _, t in pts) + f"  {e:8.2f}{flag}", flush=True)
        if flag:
            slow.append(kind)
    print(f"{len(args.kinds.split(','))} kinds, {len(slow)} super-linear: {', '.join(slow) or 'none'}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
