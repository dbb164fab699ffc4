"""Rendering rows for people (aligned table) and for programs (csv, tsv, json, jsonl): one path."""
from __future__ import annotations

import csv
import json
import math
import re
from typing import IO, Any

import pandas as pd
import pyarrow as pa

FORMATS = ("table", "csv", "tsv", "json", "jsonl")
CELL_WIDTH = 48  # table cells longer than this are cut with an ellipsis
JSONL_CHUNK = 5000   # rows written at once: fewer writes, bounded text in memory


def plain(v: Any) -> Any:
    """A JSON-ready Python value: None for every kind of missing, ints for integral floats."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if hasattr(v, "tolist") and not isinstance(v, (str, bytes)):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, float):
        if math.isnan(v):
            return None
        return int(v) if v.is_integer() and abs(v) < 2**53 else v
    return v


def records(df: pd.DataFrame) -> list[dict]:
    cols = list(df.columns)
    return [dict(zip(cols, vals)) for vals in zip(*(_values(df[c]) for c in cols))]


def _values(col: pd.Series) -> list:
    """A column as plain values: Arrow-backed columns (every table read from the store) through
    Arrow's own conversion, column by column, instead of a type check per cell."""
    if isinstance(col.dtype, pd.ArrowDtype):
        arr = pa.array(col.array)
        inner = arr.type.value_type if pa.types.is_list(arr.type) else arr.type
        if not pa.types.is_floating(inner):   # floats go through plain(): NaN is None, 3.0 is 3
            return arr.to_pylist()
    return [plain(v) for v in col.tolist()]


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def render(df: pd.DataFrame, fmt: str, out: IO[str]) -> None:
    rows = records(df)
    cols = list(df.columns)
    if fmt == "jsonl":
        encode = json.JSONEncoder(ensure_ascii=False).encode   # json.dumps' defaults, built once, not per row
        for i in range(0, len(rows), JSONL_CHUNK):
            out.write("".join(encode(r) + "\n" for r in rows[i:i + JSONL_CHUNK]))
    elif fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r[c]).replace("\n", " ") if fmt == "tsv" else _cell(r[c]) for c in cols])
    elif fmt == "table":
        _table(rows, cols, out)
    else:
        raise ValueError(f"unknown format {fmt}")


TAIL_COLUMNS = {"path", "url", "file"}  # their ends say most: cut these at the front
# Terminal escape sequences (CSI, OSC) and other control characters: article text must not move the
# cursor, retitle the window or hide rows on the reader's terminal.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?"
                      r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _table(rows: list[dict], cols: list[str], out: IO[str]) -> None:
    def short(s: str, col: str) -> str:
        s = " ".join(_ESCAPES.sub("", s).split())
        if len(s) <= CELL_WIDTH:
            return s
        return "…" + s[1 - CELL_WIDTH:] if col in TAIL_COLUMNS else s[:CELL_WIDTH - 1] + "…"

    cells = [[short(_cell(r[c]), c) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
