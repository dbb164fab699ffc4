"""Rendering rows for people (aligned table) and for programs (csv, tsv, json, jsonl): one path.

`render` takes a pyarrow Table (what `corpus report` reads from the store) or a pandas DataFrame
(sums, timelines, claims); both become the same columns of plain Python values, then one writer
per format. pandas is not imported here: a report that never builds a DataFrame does not load it."""
from __future__ import annotations

import csv
import json
import math
import re
import sys
from typing import IO, Any

import pyarrow as pa

FORMATS = ("table", "csv", "tsv", "json", "jsonl")
CELL_WIDTH = 48  # table cells longer than this are cut with an ellipsis
JSONL_CHUNK = 5000   # rows written at once: fewer writes, bounded text in memory


def _is_missing(v: Any) -> bool:
    pd = sys.modules.get("pandas")   # pandas' missing values exist only once pandas is loaded
    return v is None or (pd is not None and (v is pd.NA or v is pd.NaT))


def plain(v: Any) -> Any:
    """A JSON-ready Python value: None for every kind of missing, ints for integral floats."""
    if _is_missing(v):
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


def column_names(data: Any) -> list[str]:
    """The columns of a pyarrow Table or a DataFrame."""
    return list(data.column_names) if isinstance(data, pa.Table) else list(data.columns)


def select(data: Any, columns: list[str] | None = None, limit: int | None = None) -> Any:
    """These columns (all when None) and the first `limit` rows of a pyarrow Table or a DataFrame."""
    if columns is not None:
        data = data.select(columns) if isinstance(data, pa.Table) else data[columns]
    if limit is not None:
        data = data.slice(0, limit) if isinstance(data, pa.Table) else data.head(limit)
    return data


def _columns(data: Any) -> tuple[list[str], list[Any]]:
    """Names and columns: an Arrow array for Arrow data (a pyarrow Table, or the Arrow-backed columns
    of every DataFrame read from the store), else a list of plain values."""
    if isinstance(data, pa.Table):
        return list(data.column_names), [col.combine_chunks() if col.num_chunks != 1 else col.chunk(0)
                                         for col in data.columns]
    pd = sys.modules["pandas"]
    columns: list[Any] = []
    for c in range(data.shape[1]):
        col = data.iloc[:, c]
        if isinstance(col.dtype, pd.ArrowDtype):
            columns.append(pa.array(col.array))
        else:
            columns.append([plain(v) for v in col.tolist()])
    return list(data.columns), columns


def _values(col: Any) -> list:
    """A column as plain values: an Arrow column through Arrow's own conversion, column by column,
    instead of a type check per cell; floats go through plain() (NaN is None, 3.0 is 3)."""
    if isinstance(col, list):
        return col
    inner = col.type.value_type if pa.types.is_list(col.type) else col.type
    if not pa.types.is_floating(inner):
        return col.to_pylist()
    return [plain(v) for v in col.to_pylist()]


def records(data: Any) -> list[dict]:
    cols, columns = _columns(data)
    return [dict(zip(cols, vals)) for vals in zip(*(_values(c) for c in columns))]


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _cells(col: Any) -> list:
    """A column's csv cells: _cell() of each value, or a value the csv module writes the same way (it
    writes None as an empty field, an int or a float as str() does). Strings, integers and floats
    (plain() made integral floats ints) pass as they are; a list of strings is joined in Arrow."""
    if isinstance(col, list):
        return [_cell(v) for v in col]
    t = col.type
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_integer(t) or pa.types.is_floating(t):
        return _values(col)
    if pa.types.is_list(t) and pa.types.is_string(t.value_type):
        import pyarrow.compute as pc

        from .arrays import strings

        if pc.list_flatten(col).null_count == 0:
            return pc.binary_join(col, strings(["; "])[0]).to_pylist()   # a null list: None, an empty field
    return [_cell(v) for v in _values(col)]


def render(data: Any, fmt: str, out: IO[str]) -> None:
    """Rows of a pyarrow Table or a pandas DataFrame, written to `out` in one of FORMATS."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt}")
    cols, columns = _columns(data)
    if fmt in ("jsonl", "json"):
        rows = (dict(zip(cols, r)) for r in zip(*(_values(c) for c in columns)))
        if fmt == "json":
            json.dump(list(rows), out, ensure_ascii=False, indent=1)
            out.write("\n")
            return
        encode = json.JSONEncoder(ensure_ascii=False).encode   # json.dumps' defaults, built once, not per row
        while chunk := [encode(r) for _, r in zip(range(JSONL_CHUNK), rows)]:
            out.write("\n".join(chunk) + "\n")
        return
    cells = [_cells(c) for c in columns]
    if fmt == "table":
        _table([[_cell(v) for v in col] for col in cells], cols, out)
        return
    if fmt == "tsv":
        cells = [[v.replace("\n", " ") if isinstance(v, str) else v for v in col] for col in cells]
    w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    w.writerow(cols)
    w.writerows(zip(*cells))


TAIL_COLUMNS = {"path", "url", "file"}  # their ends say most: cut these at the front
# Terminal escape sequences (CSI, OSC) and other control characters: article text must not move the
# cursor, retitle the window or hide rows on the reader's terminal.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?"
                      r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _table(columns: list[list[str]], cols: list[str], out: IO[str]) -> None:
    def short(s: str, col: str) -> str:
        s = " ".join(_ESCAPES.sub("", s).split())
        if len(s) <= CELL_WIDTH:
            return s
        return "…" + s[1 - CELL_WIDTH:] if col in TAIL_COLUMNS else s[:CELL_WIDTH - 1] + "…"

    cells = [[short(v, c) for v in col] for col, c in zip(columns, cols)]
    widths = [max([len(c)] + [len(v) for v in col]) for col, c in zip(cells, cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in zip(*cells):
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
