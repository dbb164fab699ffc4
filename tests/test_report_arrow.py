"""Reports read and rendered in Arrow: filters pushed into the reading of the shards give the rows a
plain read and filter gives, a pyarrow Table renders to the same bytes as its DataFrame in every
format, and the report commands do not load pandas."""
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from syria_corpus import report
from syria_corpus.arrays import empty, int64s, known_true, strings
from syria_corpus.output import FORMATS, render
from syria_corpus.store import Store

ROOT = Path(__file__).parent.parent
INPUTS = [ROOT / "tests/fixtures/claims/events.jsonl", ROOT / "data/seeds/002_be61919c6dfe401a.txt",
          ROOT / "data/seeds/003_1b155dc13c4e1f4e.txt", ROOT / "tests/fixtures/records.jsonl",
          ROOT / "tests/fixtures/en_report.json"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Four languages, files in several shards, figures with categories and places, linked speakers."""
    from click.testing import CliRunner

    from syria_corpus.cli import cli
    base = tmp_path_factory.mktemp("arrow")
    src = base / "in"
    src.mkdir()
    for p in INPUTS:
        shutil.copy(p, src / p.name)
    res = CliRunner().invoke(cli, ["ingest", str(src), "--store", str(base / "store"), "--jobs", "1"])
    assert res.exit_code == 0, res.stderr
    assert len(Store(base / "store").manifest()["tables"]["quotes"]) > 1   # several shards
    return str(base / "store")


def _rows(table: pa.Table) -> list[dict]:
    return table.to_pylist()


def _reference(store: str, table: str, keep) -> list[dict]:
    """Every row of the table read whole (pandas), then kept by `keep(row)`."""
    df = report.load(store, table)
    return [r for r in _rows(pa.Table.from_pandas(df, preserve_index=False)) if keep(r)]


@pytest.mark.parametrize("table,filters,keep", [
    ("quotes", dict(langs=("ar",)), lambda r: r["lang"] == "ar"),
    ("quotes", dict(langs=("en", "ru")), lambda r: r["lang"] in ("en", "ru")),
    ("quotes", dict(kind="direct"), lambda r: r["kind"] == "direct"),
    ("quotes", dict(kind="indirect", langs=("en",)), lambda r: r["kind"] == "indirect" and r["lang"] == "en"),
    ("quotes", dict(stance=("neutral",)), lambda r: r["stance"] == "neutral"),
    ("figures", dict(category=("killed",)), lambda r: r["category"] == "killed"),
    ("figures", dict(category=("killed", "sorties"), langs=("en", "ar")),
     lambda r: r["category"] in ("killed", "sorties") and r["lang"] in ("en", "ar")),
    ("figures", dict(category=("no such",)), lambda r: False),
    ("documents", dict(langs=("id",)), lambda r: r["lang"] == "id"),
    ("documents", dict(docs=("002_be61919c6dfe401a.txt",)), lambda r: r["path"].endswith("/002_be61919c6dfe401a.txt")),
    ("dates", dict(docs=("events.jsonl",)), lambda r: "/events.jsonl#" in r["path"]),
    ("speakers", dict(langs=("ar",)), lambda r: "ar" in r["langs"]),
    ("speakers", dict(langs=("xx",)), lambda r: False),
])
def test_pushed_filters_keep_the_rows_a_full_read_keeps(store, table, filters, keep):
    got = report.query_arrow(store, table, **filters)
    assert _rows(got) == _reference(store, table, keep)
    assert got.column_names == list(report.load(store, table).columns)


@pytest.mark.parametrize("table", ["quotes", "figures", "speakers", "documents", "dates"])
def test_a_speaker_query_keeps_the_rows_of_that_speaker(store, table):
    who = report.speakers_matching(store, "Lavrov")
    assert who == ["Sergei Lavrov"]
    got = report.query_arrow(store, table, speaker="Lavrov")
    if table in ("quotes", "figures", "speakers"):
        want = _reference(store, table, lambda r: r["speaker"] == "Sergei Lavrov")
    else:
        docs = {r["doc_id"] for r in _reference(store, "quotes", lambda r: r["speaker"] == "Sergei Lavrov")}
        want = _reference(store, table, lambda r: r["doc_id"] in docs)
    assert _rows(got) == want and (want or table == "figures")


def test_limit_and_unknown_speaker(store):
    assert _rows(report.query_arrow(store, "quotes", limit=3)) == _reference(store, "quotes", lambda r: True)[:3]
    assert report.query_arrow(store, "quotes", speaker="Nobody Atall").num_rows == 0


def test_query_in_pandas_is_the_arrow_rows(store):
    df = report.query(store, "figures", category=("killed",))
    assert _rows(pa.Table.from_pandas(df, preserve_index=False)) == _rows(
        report.query_arrow(store, "figures", category=("killed",)))


def test_read_where_is_a_filter_of_the_whole_table(store):
    st = Store(store)
    whole = st.read_arrow("quotes")
    for values in (["ar"], ["en", "id"], [], ["zz"]):
        got = st.read_where("quotes", {"lang": values})
        assert got.schema == whole.schema
        assert got.to_pylist() == whole.filter(pc.is_in(whole["lang"], value_set=pa.array(values, pa.string()))).to_pylist()
    got = st.read_where("quotes", {"lang": ["ar"], "kind": ["direct"]}, ["text", "kind"])
    assert got.column_names == ["text", "kind"] and set(got["kind"].to_pylist()) == {"direct"}


def _sample() -> pa.Table:
    return pa.table({
        "s": pa.array(["a", None, "with, comma", 'quote "x"', "line\nbreak", ""], pa.string()),
        "i": pa.array([1, None, -3, 0, 2**40, 7], pa.int64()),
        "f": pa.array([1.0, 2.5, None, float("nan"), 1e16, -0.0], pa.float64()),
        "b": pa.array([True, False, None, True, False, None], pa.bool_()),
        "l": pa.array([["x", "y"], [], None, ["z"], ["a;b", "c\nd"], ["only"]], pa.list_(pa.string())),
        "ln": pa.array([["x", None], [], None, [None], ["a"], []], pa.list_(pa.string())),
    })


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_renders_as_its_dataframe(fmt):
    import pandas as pd

    table = _sample()
    frame = table.to_pandas(types_mapper=pd.ArrowDtype)
    plain = pd.DataFrame({"s": ["a", None, "x", "y", "z", "w"], "n": [1.0, None, 3.5, 4.0, 5.0, 6.0]})
    for data, df in ((table, frame), (table.slice(0, 0), frame.head(0))):
        a, b = io.StringIO(), io.StringIO()
        render(data, fmt, a)
        render(df, fmt, b)
        assert a.getvalue() == b.getvalue()
    out = io.StringIO()
    render(plain, fmt, out)   # a DataFrame of numpy columns (sums, claims) still renders
    assert "3.5" in out.getvalue()


def test_cells_as_before():
    out = io.StringIO()
    render(_sample(), "csv", out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "s,i,f,b,l,ln"
    assert lines[1] == "a,1,1,true,x; y,x; "
    assert lines[2] == ",,2.5,false,,"
    assert ",1e+16," in out.getvalue() and "\n,7,0,,only,\n" in out.getvalue()   # -0.0 is 0
    rows = [json.loads(x) for x in _render(_sample(), "jsonl").splitlines()]
    assert rows[0] == {"s": "a", "i": 1, "f": 1, "b": True, "l": ["x", "y"], "ln": ["x", None]}
    assert rows[3]["f"] is None and rows[1]["l"] == [] and rows[2]["l"] is None


def _render(data, fmt) -> str:
    out = io.StringIO()
    render(data, fmt, out)
    return out.getvalue()


def test_arrays_without_the_converter():
    assert strings(["a", "é", "", "حلب"]).to_pylist() == ["a", "é", "", "حلب"]
    assert strings([]).to_pylist() == [] and strings([]).type == pa.string()
    assert int64s(range(3)).to_pylist() == [0, 1, 2]
    sch = pa.schema([("a", pa.string()), ("b", pa.list_(pa.string()))])
    assert empty(sch).schema == sch and empty(sch).num_rows == 0
    assert known_true(pa.array([True, None, False])).to_pylist() == [True, False, False]


@pytest.mark.parametrize("args", [["quotes"], ["--speaker", "Lavrov"], ["figures", "--category", "killed"],
                                  ["speakers"], ["documents", "--doc", "events.jsonl", "--lang", "en"]])
def test_reports_do_not_load_pandas(store, args):
    code = ("import sys; from syria_corpus.cli import cli\n"
            "try:\n    cli(sys.argv[1:], standalone_mode=False)\n"
            "finally:\n    print('pandas' in sys.modules, file=sys.stderr)")
    res = subprocess.run([sys.executable, "-c", code, "report", *args, "--store", store, "--format", "csv"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.count("\n") > 1 and res.stderr.strip().splitlines()[-1] == "False"
