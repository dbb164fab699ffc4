"""Arrow arrays built from Python values without pyarrow's converter.

pyarrow's conversion of Python objects (`pa.array([...])`, `pa.scalar(...)`, a Python value given
to a compute function, `Schema.empty_table()`) imports pandas whenever pandas is installed, to
recognise its missing values: half a second of start-up for a report that never uses pandas. The
few arrays the reports build from Python values (the values a filter keeps, row numbers) are made
here from raw buffers instead; everything else stays in Arrow."""
from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable

import pyarrow as pa


def strings(values: Iterable[str]) -> pa.Array:
    """A string array of `values` (none None). A lone surrogate (an undecodable command-line byte)
    is kept as it is and matches no stored value."""
    encoded = [v.encode("utf-8", "surrogatepass") for v in values]
    offsets = array("i", [0, *itertools.accumulate(len(b) for b in encoded)])
    return pa.Array.from_buffers(pa.string(), len(encoded),
                                 [None, pa.py_buffer(offsets.tobytes()), pa.py_buffer(b"".join(encoded))])


def int64s(values: Iterable[int]) -> pa.Array:
    """An int64 array of `values` (row numbers for `take`)."""
    data = array("q", values)
    return pa.Array.from_buffers(pa.int64(), len(data), [None, pa.py_buffer(data.tobytes())])


def empty(schema: pa.Schema) -> pa.Table:
    """A table of no rows with this schema."""
    return pa.Table.from_arrays([pa.nulls(0, f.type) for f in schema], schema=schema)


def known_true(mask):
    """A boolean mask with its nulls as false (pc.fill_null(mask, False) without a Python scalar)."""
    import pyarrow.compute as pc

    return pc.and_kleene(mask, pc.is_valid(mask))


def first_is(lists, value: str) -> list[bool]:
    """Per list of `lists` (an array or chunked array of lists of strings), whether its first item is
    `value`: False for an empty or null list (the stamp of stored search keys, crossdoc and report)."""
    import pyarrow.compute as pc

    heads = pc.list_slice(lists, 0, 1)   # each row's first item, or none
    found = iter(known_true(pc.is_in(pc.list_flatten(heads), value_set=strings([value]))).to_pylist())
    return [bool(n) and next(found) for n in pc.list_value_length(heads).to_pylist()]
