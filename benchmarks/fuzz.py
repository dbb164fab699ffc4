"""Run the property tests of tests/test_properties.py at scale and report how many examples passed.

    python benchmarks/fuzz.py [--examples 100000] [-k EXPR]

CI runs these properties with a few dozen examples each; this script runs the `long` profile
(`--examples` per property) through pytest with Hypothesis statistics, then prints one line per
property: passing examples, failing or invalid ones, and the time it took. Exits 1 on a failure.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=100_000)
    ap.add_argument("-k", default=None, help="only the properties this pytest expression selects")
    args = ap.parse_args()
    env = dict(os.environ, HYPOTHESIS_PROFILE="long", FUZZ_EXAMPLES=str(args.examples))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
           str(ROOT / "tests" / "test_properties.py")] + (["-k", args.k] if args.k else [])
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    test, seconds = None, "?"
    for line in proc.stdout.splitlines():
        if m := re.match(r"\S*test_properties.py::(\S+):", line):
            test = m.group(1)
        elif test and (m := re.search(r"during generate phase \(([\d.]+) seconds\)", line)):
            seconds = m.group(1)
        elif test and (m := re.search(r"(\d+) passing, (\d+) failing, and (\d+) invalid", line)):
            print(f"{test}: {m.group(1)} passing, {m.group(2)} failing, {m.group(3)} invalid examples "
                  f"in {seconds} s")
            test = None
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-2000:], sep="\n", file=sys.stderr)
    return 1 if proc.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
