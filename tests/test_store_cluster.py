"""Quotes shards stored sorted by speaker, in small row groups: every read gives the rows back in the
table's order, a speaker query reads only the row groups whose statistics can hold the speaker, and
a shard written before (no row numbers, one row group) is read as it was."""
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from syria_corpus import report
from syria_corpus import store as store_mod
from syria_corpus.model import schema
from syria_corpus.store import ORDER, Store, row_groups

SPEAKERS = ["Lavrov", None, "Kerry", "Assad", "Kerry", None, "Lavrov", "Kerry", "Zarif", "Assad", "Kerry", "Abe"]


def _quotes(speakers=SPEAKERS) -> pa.Table:
    rows = [dict(doc_id=f"d{i // 3}", path=f"/in/f{i // 6}.txt", file=f"/in/f{i // 6}.txt", lang="en",
                 speaker=s, text=f"quote {i}", kind="direct", start=i * 10, end=i * 10 + 5)
            for i, s in enumerate(speakers)]
    return pa.Table.from_pylist(rows, schema=schema("quotes"))


@pytest.fixture
def small_groups(monkeypatch):
    monkeypatch.setattr(store_mod, "CLUSTER_ROWS", 3)


def _store(tmp_path, data: pa.Table, raw: bytes | None = None) -> tuple[Store, str]:
    st = Store(tmp_path / "store")
    st.root.mkdir()
    files: dict = {}
    if raw is None:
        st.write_shard("quotes", "000", data, files)
    else:   # a shard as the store wrote it before clustering
        (st.root / "quotes").mkdir()
        (st.root / "quotes/000-old.parquet").write_bytes(raw)
        files["000"] = "quotes/000-old.parquet"
    st.publish({"format": 1, "shards": 1, "tables": {"quotes": files}, "sources": {}})
    return st, files["000"]


def test_a_quotes_shard_is_stored_by_speaker_and_read_in_table_order(tmp_path, small_groups):
    data = _quotes()
    st, rel = _store(tmp_path, data)
    stored = pq.read_table(st.root / rel)
    assert stored[ORDER].to_pylist() == [11, 3, 9, 2, 4, 7, 10, 0, 6, 8, 1, 5]
    assert stored["speaker"].to_pylist() == ["Abe", "Assad", "Assad", "Kerry", "Kerry", "Kerry", "Kerry",
                                             "Lavrov", "Lavrov", "Zarif", None, None]
    meta = pq.read_metadata(st.root / rel)
    assert [meta.row_group(g).num_rows for g in range(meta.num_row_groups)] == [3, 3, 3, 3]
    assert st.read_shard("quotes", rel).to_pylist() == data.to_pylist()
    assert st.read_arrow("quotes").to_pylist() == data.to_pylist()
    assert st.read_shard("quotes", rel, ["text", "speaker"]).to_pylist() == data.select(["text", "speaker"]).to_pylist()
    assert st.read_shard("quotes", rel).column_names == schema("quotes").names


def test_row_groups_are_chosen_by_their_statistics(tmp_path, small_groups):
    st, rel = _store(tmp_path, _quotes())
    meta = pq.read_metadata(st.root / rel)
    # groups: [Abe Assad Assad] [Kerry Kerry Kerry] [Kerry Lavrov Lavrov] [Zarif None None]
    assert row_groups(meta, {"speaker": ["Kerry"]}) == [1, 2]
    assert row_groups(meta, {"speaker": ["Abe"]}) == [0]
    assert row_groups(meta, {"speaker": ["Zarif", "Abe"]}) == [0, 3]
    assert row_groups(meta, {"speaker": ["Khan"]}) == [2]        # between Kerry and Lavrov: read, no match
    assert row_groups(meta, {"speaker": ["Obama"]}) == []
    assert row_groups(meta, {"speaker": []}) == []
    assert row_groups(meta, {"speaker": ["Kerry"], "lang": ["ru"]}) == []
    assert row_groups(meta, {"speaker": ["Kerry"], "lang": ["en"]}) == [1, 2]


def test_a_group_of_null_speakers_holds_no_speaker(tmp_path, small_groups):
    st, rel = _store(tmp_path, _quotes(["Kerry", None, None, None, None]))
    meta = pq.read_metadata(st.root / rel)
    assert meta.num_row_groups == 2 and row_groups(meta, {"speaker": ["Kerry"]}) == [0]


def test_a_speaker_query_reads_only_its_row_groups(tmp_path, small_groups, monkeypatch):
    data = _quotes()
    st, _ = _store(tmp_path, data)
    read: list = []
    real = pq.ParquetFile.read_row_groups

    def spy(self, groups, columns=None, **kw):
        read.append((list(groups), sorted(columns or [])))
        return real(self, groups, columns=columns, **kw)

    monkeypatch.setattr(pq.ParquetFile, "read_row_groups", spy)
    got = st.read_where("quotes", {"speaker": ["Kerry"]}, ["text", "speaker", "file"])
    assert got.to_pylist() == [dict(text=f"quote {i}", speaker="Kerry", file=f"/in/f{i // 6}.txt") for i in (2, 4, 7, 10)]
    assert [g for g, _ in read] == [[1, 2], [1, 2]]
    assert read[1][1] == [ORDER, "file", "speaker", "text"]
    read.clear()
    assert st.read_where("quotes", {"speaker": ["Obama"]}).num_rows == 0 and read == []
    whole = st.read_arrow("quotes")
    for who in (["Assad"], ["Lavrov", "Abe"], ["Khan"], ["Bush"], []):
        want = whole.filter(pc.is_in(whole["speaker"], value_set=pa.array(who, pa.string())))
        assert st.read_where("quotes", {"speaker": who}).to_pylist() == want.to_pylist()
        assert st.read_where("quotes", {"speaker": who}, ["speaker"]).to_pylist() == want.select(["speaker"]).to_pylist()


def test_a_shard_written_before_clustering_is_read_as_stored(tmp_path):
    data = _quotes()
    st, rel = _store(tmp_path, data, raw=store_mod.parquet_bytes(data))
    assert ORDER not in pq.read_table(st.root / rel).column_names
    assert st.read_arrow("quotes").to_pylist() == data.to_pylist()
    assert st.read_where("quotes", {"speaker": ["Kerry"]}, ["start"]).to_pylist() == [
        {"start": s} for s in (20, 40, 70, 100)]
    assert report.query_arrow(str(st.root), "quotes", kind="direct").to_pylist() == data.drop_columns("file").to_pylist()


def test_a_shard_without_statistics_is_read_whole(tmp_path, small_groups):
    data = _quotes()
    sink = pa.BufferOutputStream()
    stored, _ = store_mod.clustered("quotes", data)
    pq.write_table(stored, sink, row_group_size=3, write_statistics=False)
    st, rel = _store(tmp_path, data, raw=sink.getvalue().to_pybytes())
    assert row_groups(pq.read_metadata(st.root / rel), {"speaker": ["Obama"]}) == [0, 1, 2, 3]
    assert st.read_where("quotes", {"speaker": ["Kerry"]}, ["start"]).to_pylist() == [
        {"start": s} for s in (20, 40, 70, 100)]


def test_figures_are_stored_by_category(tmp_path, small_groups):
    cats = ["killed", None, "money", "killed", None, "injured", "killed"]
    data = pa.Table.from_pylist([dict(doc_id="d", path="/p", file="/p", lang="en", text=str(i), category=c, start=i)
                                 for i, c in enumerate(cats)], schema=schema("figures"))
    st = Store(tmp_path)
    files: dict = {}
    st.write_shard("figures", "000", data, files)
    stored = pq.read_table(st.root / files["000"])
    assert stored["category"].to_pylist() == ["injured", "killed", "killed", "killed", "money", None, None]
    assert stored[ORDER].to_pylist() == [5, 0, 3, 6, 2, 1, 4]
    assert row_groups(pq.read_metadata(st.root / files["000"]), {"category": ["killed"]}) == [0, 1]
    assert st.read_shard("figures", files["000"]).to_pylist() == data.to_pylist()


def test_other_tables_are_stored_as_before(tmp_path):
    st = Store(tmp_path)
    data = _quotes().select(["doc_id", "path", "lang", "file"])
    files: dict = {}
    st.write_shard("documents", "000", pa.Table.from_pylist(data.to_pylist(), schema=schema("documents")), files)
    assert ORDER not in pq.read_table(st.root / files["000"]).column_names


def test_an_ingested_store_holds_clustered_quotes_and_answers_as_a_filter(corpus, folder):
    src = folder("001_1b03c4f4f3f24ebf.txt", "003_1b155dc13c4e1f4e.txt", "records.json")
    assert corpus("ingest", src).exit_code == 0
    st = Store(corpus.store)
    shards = st.manifest()["tables"]["quotes"]
    assert shards
    for rel in shards.values():
        stored = pq.read_table(st.root / rel)
        assert sorted(stored[ORDER].to_pylist()) == list(range(stored.num_rows))
        names = [s for s in stored["speaker"].to_pylist() if s is not None]
        assert names == sorted(names)
    for rel in st.manifest()["tables"]["figures"].values():
        cats = [c for c in pq.read_table(st.root / rel)["category"].to_pylist() if c is not None]
        assert cats == sorted(cats)
    whole = st.read_arrow("quotes")
    for who in {s for s in whole["speaker"].to_pylist() if s}:
        want = whole.filter(pc.equal(whole["speaker"], who))
        assert st.read_where("quotes", {"speaker": [who]}).to_pylist() == want.to_pylist()
    figures = st.read_arrow("figures")
    for cat in {c for c in figures["category"].to_pylist() if c}:
        want = figures.filter(pc.equal(figures["category"], cat))
        assert st.read_where("figures", {"category": [cat]}).to_pylist() == want.to_pylist()


def test_rows_put_back_in_order_from_any_part_of_a_shard():
    stored, _ = store_mod.clustered("quotes", _quotes())
    assert store_mod.in_order(stored).to_pylist() == _quotes().to_pylist()
    part = stored.filter(pc.equal(stored["speaker"], "Kerry"))
    assert store_mod.in_order(part)["start"].to_pylist() == [20, 40, 70, 100]
    assert store_mod.in_order(stored.slice(0, 0)).column_names == schema("quotes").names
    assert store_mod.in_order(stored.slice(0, 1))["start"].to_pylist() == [110]


def _tables(corpus, store) -> dict[str, str]:
    out = {t: corpus("report", t, "--format", "jsonl", store_dir=store).stdout for t in ("quotes", "figures", "speakers")}
    st = Store(store)
    whole = st.read_arrow("quotes")
    for who in sorted({s for s in whole["speaker"].to_pylist() if s}):
        got = st.read_where("quotes", {"speaker": [who]})
        assert got.to_pylist() == whole.filter(pc.equal(whole["speaker"], who)).to_pylist()
        out[who] = "".join(f"{r}\n" for r in got.to_pylist())
    return out


def _layouts(store) -> list[bool]:
    st = Store(store)
    return [ORDER in pq.read_schema(st.root / rel).names for rel in sorted(st.manifest()["tables"]["quotes"].values())]


def test_an_older_store_updated_by_an_incremental_ingest_answers_as_a_fresh_one(corpus, folder, monkeypatch, tmp_path):
    src = folder("001_1b03c4f4f3f24ebf.txt", "003_1b155dc13c4e1f4e.txt", "records.json")
    with monkeypatch.context() as m:
        m.setattr(store_mod, "CLUSTER", {})   # the layout of a store written before clustering
        assert corpus("ingest", src).exit_code == 0
    assert _layouts(corpus.store) and not any(_layouts(corpus.store))
    old = _tables(corpus, corpus.store)
    # the older store read by this build: the same answers as the same input in a store of this build
    fresh = tmp_path / "fresh"
    assert corpus("ingest", src, store_dir=fresh).exit_code == 0 and all(_layouts(fresh))
    assert _tables(corpus, fresh) == old
    # a changed file and an added one: their shards (and those the speaker pass rewrites) get the new
    # layout, the others keep the old one, and the store answers as a fresh ingest of the same files
    text = (src / "001_1b03c4f4f3f24ebf.txt").read_text(encoding="utf-8")
    (src / "001_1b03c4f4f3f24ebf.txt").write_text(text.replace("\n\n", "\n\nA new first paragraph.\n\n", 1),
                                                  encoding="utf-8")
    folder("002_be61919c6dfe401a.txt", "en_report.json")
    assert corpus("ingest", src).exit_code == 0
    assert corpus("ingest", src, store_dir=tmp_path / "fresh2").exit_code == 0
    mixed = _layouts(corpus.store)
    assert any(mixed) and not all(mixed)
    assert _tables(corpus, corpus.store) == _tables(corpus, tmp_path / "fresh2")


def test_long_names_and_names_too_long_for_statistics_are_found(tmp_path, small_groups):
    long1, long2, huge, ar = "Ahmad " * 20 + "x", "Ahmad " * 20 + "y", "B" * 5000, "عبد" * 40 + "ز"
    data = _quotes([long1, "Zed", huge, long2, None, ar, "Ali", huge, long1])
    st, rel = _store(tmp_path, data)
    meta = pq.read_metadata(st.root / rel)
    assert [g for g in range(meta.num_row_groups) if not meta.row_group(g).column(3).statistics.has_min_max] == [1]
    whole = st.read_arrow("quotes")
    for who in (long1, long2, huge, ar, "Ali", "Ahmad " * 20, "B" * 4999):
        want = whole.filter(pc.equal(whole["speaker"], who))
        assert st.read_where("quotes", {"speaker": [who]}).to_pylist() == want.to_pylist()
    assert st.read_where("quotes", {"speaker": [huge]})["start"].to_pylist() == [20, 70]


def test_repeated_row_numbers_are_a_damaged_shard(tmp_path):
    stored, _ = store_mod.clustered("quotes", _quotes())
    stored = stored.set_column(stored.schema.get_field_index(ORDER), ORDER,
                               pa.array([11] + [0] * 11, pa.int32()))
    st, _ = _store(tmp_path, _quotes(), raw=store_mod.parquet_bytes(stored))
    with pytest.raises(store_mod.DamagedShard, match="row numbers repeat"):
        st.read_arrow("quotes")
