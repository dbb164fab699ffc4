"""Reports over extracted tables: speaker queries across scripts, figures with their claimant,
sums, timelines, and the provenance and determinism guarantees of every row."""
import json
from pathlib import Path

import pytest

SEEDS = sorted((Path(__file__).parent.parent / "data" / "seeds").glob("*.txt"))


def jsonl(result):
    assert result.exit_code == 0, result.stderr
    return [json.loads(x) for x in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    from click.testing import CliRunner

    from syria_corpus.cli import cli
    store = tmp_path_factory.mktemp("seeds") / "store"
    res = CliRunner().invoke(cli, ["ingest", str(SEEDS[0].parent), "--store", str(store)])
    assert res.exit_code == 0, res.stderr
    return store


@pytest.fixture
def on_seeds(corpus, seeds_store):
    return lambda *args: corpus(*args, store_dir=seeds_store)


@pytest.mark.parametrize("query", ["Lavrov", "Sergei Lavrov", "Sergey Lavrov", "لافروف", "Лавров", "lavrov", "Lavrof"])
def test_one_speaker_whatever_the_script(on_seeds, query):
    rows = jsonl(on_seeds("report", "--speaker", query, "--format", "jsonl"))
    assert {r["speaker"] for r in rows} == {"Sergei Lavrov"}
    assert {Path(r["path"]).name[:3] for r in rows} >= {"002", "003"}
    assert {r["lang"] for r in rows} >= {"ar", "en"}


@pytest.mark.parametrize("query, name", [("Gatilov", "Gennady Gatilov"), ("غاتيلوف", "Gennady Gatilov"),
                                         ("Samantha Power", "Samantha Power"), ("Zakharova", "Maria Zakharova"),
                                         ("Захарова", "Maria Zakharova"), ("Churkin", "Vitaly Churkin")])
def test_speaker_queries(on_seeds, query, name):
    rows = jsonl(on_seeds("report", "--speaker", query))
    assert rows and {r["speaker"] for r in rows} == {name}


def test_speakers_table_lists_forms_in_every_script(on_seeds):
    rows = {r["speaker"]: r for r in jsonl(on_seeds("report", "speakers"))}
    lavrov = rows["Sergei Lavrov"]
    assert {"Sergei Lavrov", "سيرغي لافروف"} <= set(lavrov["aliases"])
    assert lavrov["langs"] == ["ar", "en"] and lavrov["n_docs"] == 2 and lavrov["speaker_type"] == "person"
    assert rows["Russian Defence Ministry"]["speaker_type"] == "organisation"


def test_unknown_speaker_is_empty_not_a_guess(on_seeds):
    res = on_seeds("report", "--speaker", "Nobody Atall")
    assert res.exit_code == 0 and res.stdout == ""
    assert "no speaker matches 'Nobody Atall'" in res.stderr


@pytest.fixture
def report_store(corpus, folder):
    assert corpus("ingest", folder("en_report.json")).exit_code == 0
    return corpus


def test_ambiguous_speaker_lists_candidates(report_store):
    res = report_store("report", "--speaker", "Assad")
    assert res.exit_code == 2
    assert res.stderr.strip() == ("corpus: error: speaker 'Assad' is ambiguous: Asma al-Assad; Bashar al-Assad "
                                  "(name one of them)")
    rows = jsonl(report_store("report", "--speaker", "Asma al-Assad"))
    assert [r["text"] for r in rows] == ["the hospitals needed help"]


def test_figures_carry_who_claimed_them(report_store):
    rows = jsonl(report_store("report", "figures", "--columns", "text,value,qualifier,unit,category,speaker"))
    assert rows == [
        {"text": "12 civilians", "value": 12, "qualifier": None, "unit": "civilians", "category": "killed",
         "speaker": "Walid Muallem"},
        {"text": "More than 30 people", "value": 30, "qualifier": "more_than", "unit": "people",
         "category": "injured", "speaker": "Walid Muallem"},
        {"text": "at least 40 airstrikes", "value": 40, "qualifier": "at_least", "unit": "airstrikes",
         "category": "airstrikes", "speaker": "Syrian Observatory for Human Rights"},
    ]
    killed = jsonl(report_store("report", "figures", "--category", "killed", "--columns", "text"))
    assert killed == [{"text": "12 civilians"}]
    by_speaker = jsonl(report_store("report", "figures", "--speaker", "Muallem", "--columns", "text"))
    assert [r["text"] for r in by_speaker] == ["12 civilians", "More than 30 people"]


def test_figures_sum(report_store):
    res = report_store("report", "figures", "--sum", "--by", "category", "--format", "csv")
    assert res.stdout.splitlines() == [
        "category,n,total,min,max,docs",
        "airstrikes,1,40,40,40,1",
        "injured,1,30,30,30,1",
        "killed,1,12,12,12,1",
    ]


def test_dates_resolved_on_the_publication_date(report_store):
    rows = jsonl(report_store("report", "dates", "--columns", "text,value,type,anchored"))
    assert rows == [{"text": "Monday", "value": "2017-04-03", "type": "date", "anchored": True},
                    {"text": "yesterday", "value": "2017-04-04", "type": "date", "anchored": True}]
    timeline = jsonl(report_store("report", "dates", "--timeline"))
    assert [(r["value"], r["mentions"]) for r in timeline] == [("2017-04-03", 1), ("2017-04-04", 1)]


@pytest.mark.parametrize("table", ["quotes", "dates", "figures"])
def test_every_row_points_at_its_text(on_seeds, table):
    texts = {}
    for p in SEEDS:
        texts[p.name] = p.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    rows = jsonl(on_seeds("report", table))
    assert rows
    for r in rows:
        doc = texts[Path(r["path"]).name]
        assert doc[r["start"]:r["end"]] == r["text"]
        if table == "quotes" and r["speaker_start"] is not None:
            assert doc[r["speaker_start"]:r["speaker_end"]] == r["speaker_text"]


def test_tables_are_deterministic(corpus, tmp_path):
    stores = []
    for name in ("a", "b"):
        corpus("ingest", SEEDS[0].parent, "--jobs", "2", store_dir=tmp_path / name)
        stores.append({p.relative_to(tmp_path / name).as_posix(): p.read_bytes()
                       for p in sorted((tmp_path / name).rglob("*.parquet"))})
    assert stores[0] == stores[1]
    assert {k.split("/")[0] for k in stores[0]} == {"documents", "segments", "quotes", "speakers", "dates", "figures",
                                                    "places"}
