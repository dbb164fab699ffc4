#!/usr/bin/env python3
"""Language identification: accuracy on short texts and time per document.

Texts (read where they are; nothing is copied into the repository):
  news   sentences, titles and sentence prefixes of the development corpora:
         ar  ../shared/corpora/saudinewsnet-2015-07 (titles + content)
         en  ../shared/corpora/fakes/fakes.csv and polnear train texts
         id  ../shared/corpora/indonesian-news/berita.csv (cp1252)
         ru  ../shared/eval/dev_docs/ru (measurement only: no test expects anything of these)
  ui     translated messages of the programs installed on this machine
         (/usr/share/locale/<lang>/LC_MESSAGES/*.mo, msgstr differing from msgid, iso_* name lists
         left out): ar, ru, id and the confusable fa, ms, uk, bg, fr, de, es, tr.
Each sentence gives a full item and prefixes of <=20 and 20-60 letters (titles, captions and
one-line records are that short), so every length bucket is filled by real text; every item has
at least two words with letters (a lone word may be a name, which the design answers `und`). Letters are
counted as the library counts them (letters of a known script).

Three ways of deciding, all restricted to the same configured languages:
  langdetect  langdetect alone, seeded, restricted to the configured languages of the text's script
              (as the CLI restricts it), deciding on any text with letters;
  before      syria_corpus/language.py:detect at git revision --before (default: the merge base
              with main), with that revision's configs/default.yaml;
  after       the working tree's syria_corpus.language.detect (what `corpus ingest` calls).
The expected label of a text in a language that is not configured is that language all the same
(a Ukrainian line called `ru` is wrong whatever the list says).

Then time per document of language ID on the PolNeAR dev texts (before/after, whole detect call),
and with --profile, the share of language ID in `corpus ingest --jobs 1` of those texts (cProfile
of the ingest in this process; the cumulative time of the detect function over the total).

    .venv/bin/python benchmarks/langid.py [--per-bucket 150] [--before REV] [--profile]
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import csv
import gettext
import glob
import gzip
import importlib
import importlib.util
import io
import json
import os
import platform
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LETTER = re.compile(r"[^\W\d_]")
BUCKETS = ("<=20", "20-60", ">60")
NEWS_LANGS = ("ar", "en", "id", "ru")
UI_LANGS = ("ar", "ru", "id", "fa", "ms", "uk", "bg", "fr", "de", "es", "tr")


def letters(text: str) -> int:
    return len(LETTER.findall(text))


def bucket(text: str) -> str:
    n = letters(text)
    return "<=20" if n <= 20 else "20-60" if n <= 60 else ">60"


# -- collecting texts ----------------------------------------------------------------------

_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip(" \t\"'«»“”-–") for s in _SPLIT.split(text) if s and s.strip()]


def prefix(sentence: str, lo: int, hi: int, rng: random.Random) -> str | None:
    """The first words of `sentence` with between lo and hi letters, at least two words."""
    words = sentence.split()
    target = rng.randint(lo, hi)
    out: list[str] = []
    for w in words:
        if letters(" ".join(out + [w])) > target:
            break
        out.append(w)
    text = " ".join(out).rstrip(",;:")
    return text if len(out) >= 2 and lo <= letters(text) <= hi else None


def news_texts() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for path in sorted(glob.glob(str(SHARED / "corpora/saudinewsnet-2015-07/*.json.gz")))[:2]:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for art in json.load(f)[:400]:
                out["ar"].append(art.get("title") or "")
                out["ar"].extend(sentences(art.get("content") or ""))
    with open(SHARED / "corpora/fakes/fakes.csv", encoding="cp1252", errors="replace") as f:
        for row in list(csv.DictReader(f))[:300]:
            out["en"].append(row["title"])
            out["en"].extend(sentences(row["text"]))
    for path in sorted(glob.glob(str(SHARED / "corpora/polnear/train/text/*.txt")))[:60]:
        out["en"].extend(sentences(Path(path).read_text(encoding="utf-8", errors="replace")))
    with open(SHARED / "corpora/indonesian-news/berita.csv", encoding="cp1252", errors="replace") as f:
        for row in list(csv.DictReader(f, delimiter=";"))[:300]:
            out["id"].extend(sentences(row["berita"].replace("\n", " ")))
    for path in sorted(glob.glob(str(SHARED / "eval/dev_docs/ru/*.txt"))):
        out["ru"].extend(sentences(Path(path).read_text(encoding="utf-8")))
    return out


_PLACEHOLDER = re.compile(r"%[-#0 +'I]*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z%]|\{[^}]*\}|<[^>]*>|\$\{?\w+\}?|[_&](?=\w)|\\n")


def ui_texts(lang: str) -> list[str]:
    out = []
    for path in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        if os.path.basename(path).startswith("iso_"):
            continue   # names of countries and languages: single names, not text
        try:
            with open(path, "rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog   # type: ignore[attr-defined]
        except Exception:
            continue
        for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
            msgid = key[0] if isinstance(key, tuple) else key
            if not msgid or not value or value == msgid:
                continue
            text = " ".join(_PLACEHOLDER.sub(" ", value).split())
            if re.search(r"--?\w|/\w|\w\.\w", text):
                continue   # command-line options, paths, file names: not language
            out.extend(s for s in sentences(text) if len(s.split()) >= 2)
    return out


def two_words(text: str) -> bool:
    """At least two words with letters: a lone word may be a name, which the design calls `und`."""
    return sum(1 for w in text.split() if LETTER.search(w)) >= 2


def collect(per_bucket: int, seed: int = 0) -> dict[tuple[str, str], list[str]]:
    """(source, lang) -> texts, at most `per_bucket` of each length bucket, drawn reproducibly."""
    rng = random.Random(seed)
    pools: dict[tuple[str, str], list[str]] = {("news", k): v for k, v in news_texts().items()}
    for lang in UI_LANGS:
        pools[("ui", lang)] = ui_texts(lang)
    out = {}
    for key, pool in sorted(pools.items()):
        pool = sorted({s for s in pool if two_words(s)})
        rng.shuffle(pool)
        by: dict[str, list[str]] = defaultdict(list)
        for s in pool:
            cands = [s, prefix(s, 3, 20, rng), prefix(s, 21, 60, rng)]
            for c in cands:
                if c and two_words(c) and len(by[bucket(c)]) < per_bucket:
                    by[bucket(c)].append(c)
            if all(len(by[b]) >= per_bucket for b in BUCKETS):
                break
        out[key] = [t for b in BUCKETS for t in by[b]]
    return out


# -- the three deciders --------------------------------------------------------------------

def load_before(rev: str) -> types.ModuleType:
    """The syria_corpus package of git revision `rev` as a standalone package (`before_pkg`): its
    language.py with whatever it imports (chars.py; the langid subpackage since it exists)."""
    root = Path(tempfile.mkdtemp(prefix="langid_before_"))
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "syria_corpus"], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    tmp = root / "before_pkg"
    (root / "syria_corpus").rename(tmp)
    (tmp / "__init__.py").write_text("", encoding="utf-8")   # not the package's: it imports the CLI
    spec = importlib.util.spec_from_file_location("before_pkg", tmp / "__init__.py",
                                                  submodule_search_locations=[str(tmp)])
    assert spec and spec.loader
    pkg = importlib.util.module_from_spec(spec)
    sys.modules["before_pkg"] = pkg
    spec.loader.exec_module(pkg)
    return importlib.import_module("before_pkg.language")


def settings_at(rev: str) -> dict:
    import yaml
    src = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:configs/default.yaml"],
                         capture_output=True, text=True, check=True).stdout
    return yaml.safe_load(src)


def langdetect_alone(settings: dict) -> Callable[[str], str]:
    """langdetect, seeded, restricted to the configured languages of the text's main script."""
    from syria_corpus.chars import SCRIPTS
    rx = {name: re.compile(f"[{chars}]") for name, chars in SCRIPTS.items()}
    allowed = list(settings["languages"])
    script_langs = _script_langs(settings)
    factories: dict[tuple[str, ...], object] = {}

    def decide(text: str) -> str:
        counts = {name: len(r.findall(text)) for name, r in rx.items()}
        if not any(counts.values()):
            return "und"
        script = max(counts, key=lambda s: counts[s])
        cands = tuple(lang for lang in script_langs.get(script, []) if lang in allowed)
        if len(cands) == 1:
            return cands[0]
        if cands not in factories:
            factories[cands] = _factory(cands)
        factory = factories[cands]
        if factory is None:
            return "und"
        from langdetect.lang_detect_exception import LangDetectException
        det = factory.create()   # type: ignore[attr-defined]
        det.append(text)
        try:
            return det.detect()
        except LangDetectException:
            return "und"
    return decide


def _script_langs(settings: dict) -> dict[str, list[str]]:
    if "scripts" in settings:
        return settings["scripts"]
    from syria_corpus.langid.data import langid_data
    out: dict[str, list[str]] = defaultdict(list)
    for code, lang in langid_data().languages.items():
        out[lang.script].append(code)
    return dict(out)


def _factory(langs: tuple[str, ...]) -> object:
    import langdetect
    from langdetect.detector_factory import DetectorFactory
    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    profiles = [Path(folder, c).read_text(encoding="utf-8") for c in langs if os.path.exists(os.path.join(folder, c))]
    if not profiles:
        return None
    factory = DetectorFactory()
    factory.load_json_profile(profiles)
    factory.set_seed(0)
    return factory


# -- reporting -----------------------------------------------------------------------------

def machine() -> str:
    cpu = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    return f"{platform.platform()} | {cpu} | {os.cpu_count()} cores | Python {platform.python_version()}"


def accuracy_table(texts: dict[tuple[str, str], list[str]], deciders: dict[str, Callable[[str], str]]) -> None:
    """One table per length bucket: rows are sets (source/lang), columns the deciders."""
    answers = {key: {name: [f(t) for t in items] for name, f in deciders.items()} for key, items in texts.items()}
    for b in BUCKETS + ("all",):
        print(f"\nletters {b}:\n{'set':10} {'n':>5} " + " ".join(f"{n:>10}" for n in deciders))
        pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for (source, lang), items in texts.items():
            idx = [i for i, t in enumerate(items) if b == "all" or bucket(t) == b]
            if not idx:
                continue
            row = []
            for name in deciders:
                ok = sum(answers[(source, lang)][name][i] == lang for i in idx)
                row.append(f"{ok / len(idx):>10.3f}")
                if source == "news" or lang not in NEWS_LANGS:
                    pooled[name][0] += ok
                    pooled[name][1] += len(idx)
            print(f"{source + '/' + lang:10} {len(idx):>5} " + " ".join(row))
        n = next(iter(pooled.values()))[1]
        print(f"{'pooled':10} {n:>5} " + " ".join(f"{ok / max(1, m):>10.3f}" for ok, m in pooled.values()))


def confidence_table(texts: dict[tuple[str, str], list[str]], detect: Callable, settings: dict) -> None:
    """Is `lang_confidence` calibrated? Accuracy of the decided texts per confidence band."""
    bands: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    paths: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    und: Counter[str] = Counter()
    for (_, lang), items in texts.items():
        if lang not in settings["languages"]:
            continue   # never right: the confidence is among the configured languages
        for t in items:
            d = detect(t, settings)
            paths[d.how][0] += d.lang == lang
            paths[d.how][1] += 1
            if d.lang == "und":
                und[bucket(t)] += 1
                continue
            lo = min(int(d.confidence * 10), 9) / 10
            band = f"{lo:.1f}-{lo + 0.1:.1f}"
            bands[band][0] += d.lang == lang
            bands[band][1] += 1
    print("confidence band   texts  accuracy")
    for band in sorted(bands):
        ok, n = bands[band]
        print(f"{band:15} {n:>7}  {ok / n:.3f}")
    print("und per bucket:", dict(sorted(und.items())))
    print("decided by:", ", ".join(f"{k} {n} ({ok / n:.3f} right)" for k, (ok, n) in sorted(paths.items())))


def corpus_documents() -> dict[str, list[str]]:
    """Whole documents of each corpus, with the language they are in."""
    out: dict[str, list[str]] = {}
    with gzip.open(SHARED / "corpora/saudinewsnet-2015-07/2015-07-23.json.gz", "rt", encoding="utf-8") as f:
        out["ar saudinewsnet"] = [a.get("content") or "" for a in json.load(f)[:300]]
    with open(SHARED / "corpora/fakes/fakes.csv", encoding="cp1252", errors="replace") as f:
        out["en fakes"] = [r["text"] for r in list(csv.DictReader(f))[:300]]
    out["en polnear-dev"] = polnear_dev()
    with open(SHARED / "corpora/indonesian-news/berita.csv", encoding="cp1252", errors="replace") as f:
        out["id indonesian-news"] = [r["berita"] for r in list(csv.DictReader(f, delimiter=";"))[:300]]
    for lang in ("ar", "id", "ru"):
        out[f"{lang} dev_docs"] = [Path(p).read_text(encoding="utf-8", errors="replace")
                                   for p in sorted(glob.glob(str(SHARED / f"eval/dev_docs/{lang}/*.txt")))]
    return out


def documents_table(deciders: dict[str, Callable[[str], str]]) -> None:
    print(f"{'documents':22} {'n':>4} " + " ".join(f"{n:>11}" for n in deciders) + "  after != before")
    for name, docs in corpus_documents().items():
        lang = name.split()[0]
        docs = [d for d in docs if letters(d) > 0]
        answers = {n: [f(d) for d in docs] for n, f in deciders.items()}
        diff = sum(a != b for a, b in zip(answers["before"], answers["after"]))
        print(f"{name:22} {len(docs):>4} " + " ".join(
            f"{sum(x == lang for x in a) / len(docs):>11.3f}" for a in answers.values()) + f"  {diff:>15}")


def fit(per_bucket: int) -> None:
    """Calibration curves for configs/langid.yaml from texts drawn with another seed than the report's."""
    import dataclasses

    from syria_corpus.config import load_settings
    decide_mod = importlib.import_module("syria_corpus.langid.decide")
    from syria_corpus.langdata.schema import Calibration
    from syria_corpus.langid.data import langid_data
    identity = ((0.0, 0.0), (1.0, 1.0))
    raw_data = dataclasses.replace(langid_data(), calibration=Calibration(identity, identity, identity, 1.0))
    decide_mod.langid_data = lambda: raw_data   # type: ignore[assignment]
    settings = load_settings()
    seen: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for (_, lang), items in collect(per_bucket, seed=1).items():
        if lang not in settings["languages"]:
            continue   # never right: the confidence is among the configured languages
        for t in items:
            d = decide_mod.detect(t, settings)
            seen["alone" if d.how == "lingua" else d.how].append((d.confidence, d.lang == lang))
    print("# fitted by benchmarks/langid.py --fit", per_bucket)
    for how, edges in (("alone", (0.7, 0.8, 0.9, 0.95, 0.99, 1.01)), ("agree", (0, .2, .3, .4, .5, .6, .7)),
                       ("disagree", (0, .3, .4, .5, .6, .7))):
        pts = []
        for lo, hi in zip(edges, edges[1:]):
            band = [ok for c, ok in seen[how] if lo <= c < hi]
            if band:
                x = sum(c for c, _ in seen[how] if lo <= c < hi) / len(band)
                pts.append([round(x, 3), sum(band) / len(band), len(band)])
        blocks: list[list[float]] = []   # monotone (pool adjacent violators): [sum right, n, first, last]
        for i, (_, y, n) in enumerate(pts):
            blocks.append([y * n, n, i, i])
            while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
                b = blocks.pop()
                blocks[-1] = [blocks[-1][0] + b[0], blocks[-1][1] + b[1], blocks[-1][2], b[3]]
        for tot, n, first, last in blocks:
            for i in range(int(first), int(last) + 1):
                pts[i][1] = tot / n
        curve = ", ".join(f"[{x}, {y:.3f}]" for x, y, _ in pts)
        print(f"  {how}: [{curve}]   # n: " + " ".join(str(n) for *_, n in pts))
    for how in ("letters", "markers"):
        ok = [right for _, right in seen[how]]
        print(f"  {how}: {sum(ok) / max(1, len(ok)):.3f}   # n: {len(ok)}")
    print("# answers by kind:", {k: len(v) for k, v in sorted(seen.items())})


def polnear_dev() -> list[str]:
    return [Path(p).read_text(encoding="utf-8", errors="replace")
            for p in sorted(glob.glob(str(SHARED / "corpora/polnear/dev/text/*.txt")))]


def time_per_doc(detect: Callable, settings: dict, docs: list[str], repeat: int = 3) -> float:
    detect(docs[0], settings)   # load the detectors' models first: a worker does that once
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            detect(d, settings)
        best = min(best, time.perf_counter() - t0)
    return best / len(docs)


def profile_ingest(folder: Path) -> None:
    """cProfile of `corpus ingest --jobs 1` in this process: share of the language detection."""
    from click.testing import CliRunner

    from syria_corpus import cli
    with tempfile.TemporaryDirectory() as tmp:
        prof = cProfile.Profile()
        prof.enable()
        r = CliRunner().invoke(cli.cli, ["ingest", str(folder), "--store", str(Path(tmp) / "store"), "--jobs", "1"])
        prof.disable()
    if r.exit_code not in (0, 1):
        raise SystemExit(r.output)
    stats = pstats.Stats(prof, stream=io.StringIO())
    total = max(v[3] for v in stats.stats.values())   # type: ignore[attr-defined]
    detect = sum(v[3] for k, v in stats.stats.items()   # type: ignore[attr-defined]
                 if k[2] == "detect" and k[0].endswith(("language.py", "langid/__init__.py", "langid/decide.py")))
    print(f"ingest --jobs 1 of {folder}: {total:.2f} s under cProfile, language ID {detect:.2f} s "
          f"({100 * detect / total:.1f} %)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-bucket", type=int, default=150)
    ap.add_argument("--before", default=None, help="git revision of the code before (default: merge-base with main)")
    ap.add_argument("--profile", action="store_true", help="also cProfile `corpus ingest --jobs 1` of PolNeAR dev")
    ap.add_argument("--no-accuracy", action="store_true")
    ap.add_argument("--fit", action="store_true", help="print calibration curves for configs/langid.yaml and stop")
    a = ap.parse_args()
    if a.fit:
        sys.path.insert(0, str(REPO))
        fit(a.per_bucket)
        return 0
    rev = a.before or subprocess.run(["git", "-C", str(REPO), "merge-base", "HEAD", "main"],
                                     capture_output=True, text=True, check=True).stdout.strip()
    sys.path.insert(0, str(REPO))
    from syria_corpus.config import load_settings
    from syria_corpus.language import detect
    after_settings = load_settings()
    before = load_before(rev)
    before_settings = settings_at(rev)
    print("machine:", machine())
    print(f"before: {rev[:10]}  after: working tree of {REPO}")
    print("configured languages before:", before_settings["languages"], " after:", after_settings["languages"])
    if not a.no_accuracy:
        t0 = time.perf_counter()
        texts = collect(a.per_bucket)
        print(f"\ntexts collected in {time.perf_counter() - t0:.1f} s; accuracy (n per cell in brackets):")
        accuracy_table(texts, {
            "langdetect": langdetect_alone(after_settings),
            "before": lambda t: before.detect(t, before_settings).lang,
            "after": lambda t: detect(t, after_settings).lang,
        })
        print("(pooled: news sets of ar/en/id/ru and ui sets of the other languages)\n")
        print("after: calibration of lang_confidence (texts of seed 0; curves fitted on seed 1)")
        confidence_table(texts, detect, after_settings)
        print("\nwhole documents: share given the corpus language")
        documents_table({
            "langdetect": langdetect_alone(after_settings),
            "before": lambda t: before.detect(t, before_settings).lang,
            "after": lambda t: detect(t, after_settings).lang,
        })
    docs = polnear_dev()
    t_before = time_per_doc(before.detect, before_settings, docs)
    t_after = time_per_doc(detect, after_settings, docs)
    words = sum(len(d.split()) for d in docs) / len(docs)
    print(f"\nlanguage ID per PolNeAR dev document ({len(docs)} docs, {words:.0f} words on average), best of 3:")
    print(f"  before {1000 * t_before:.2f} ms   after {1000 * t_after:.2f} ms   ({t_before / t_after:.1f}x)")
    if a.profile:
        profile_ingest(SHARED / "corpora/polnear/dev/text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
