"""Issue 10: one bad input costs that input, never the run; a document is identified by where it is."""
import codecs
import csv
import gzip
import io
import json
import os
import time

import pytest

import syria_corpus.pipeline as pipeline
import syria_corpus.readers as readers

ARTICLE = "Foreign Minister Sergei Lavrov said on Monday that 12 people were killed near Aleppo.\n"


def _rows(corpus, table="documents", columns="path,doc_id"):
    out = corpus("report", table, "--format", "csv", "--columns", columns).stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_lone_surrogate_in_json_fails_that_file_only(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad.json").write_text('[{"text": "Lavrov said \\ud800 that 5 people died."}, {"text": "Fine."}]')
    (src / "good.txt").write_text(ARTICLE)
    res = corpus("ingest", src)
    assert res.exit_code == 1, res.stderr
    assert "failed: " + os.path.join(str(src), "bad.json") + ": " in res.stderr
    assert "bad.json: record #1: text holds a lone surrogate (\\ud800), which is not text" in res.stderr
    assert [r["path"] for r in _rows(corpus)] == [os.path.join(str(src), "good.txt")]


def test_file_name_not_utf8_fails_that_file_only(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    with open(os.path.join(os.fsencode(src), b"caf\xe9.txt"), "w") as f:
        f.write(ARTICLE)
    (src / "good.txt").write_text(ARTICLE)
    res = corpus("ingest", src)
    assert res.exit_code == 1, res.stderr
    assert "caf\\xe9.txt: file name is not valid UTF-8" in res.stderr
    assert len(_rows(corpus)) == 1


def test_document_longer_than_the_limit_fails_its_file(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "big.txt").write_text(ARTICLE * 20)
    (src / "small.txt").write_text(ARTICLE)
    cfg = tmp_path / "limits.yaml"
    cfg.write_text(f"max_document_chars: {len(ARTICLE) * 10}\n")
    res = corpus("ingest", src, "--config", cfg)
    assert res.exit_code == 1
    assert "big.txt: 1,720 characters, more than max_document_chars (860)" in res.stderr
    assert [r["path"].rsplit("/", 1)[1] for r in _rows(corpus)] == ["small.txt"]


@pytest.mark.parametrize("name, data", [
    ("big.txt", (ARTICLE * 40).encode()),                        # 3,440 bytes on disk
    ("bomb.json.gz", gzip.compress(b'[{"text": "' + b"a" * 5000 + b'"}]')),   # small on disk, 5,014 inflated
])
def test_file_larger_than_max_file_bytes_fails_before_it_is_held(corpus, tmp_path, name, data):
    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_bytes(data)
    (src / "small.txt").write_text(ARTICLE)
    cfg = tmp_path / "limits.yaml"
    cfg.write_text("max_file_bytes: 3000\n")
    res = corpus("ingest", src, "--config", cfg)
    assert res.exit_code == 1
    line = next(ln for ln in res.stderr.splitlines() if name in ln)
    assert line.endswith("3,440 bytes, more than max_file_bytes (3,000 bytes)" if name == "big.txt"
                         else "decompresses to more than max_file_bytes (3,000 bytes)")
    assert [r["path"].rsplit("/", 1)[1] for r in _rows(corpus)] == ["small.txt"]


@pytest.mark.parametrize("name, data, why", [
    ("long.txt", b"word " * 250, "1,250 bytes, more than the 800 bytes a plain-text document of "
                                 "max_document_chars (200) can take"),
    ("long.txt.gz", gzip.compress(b"word " * 250), "decompresses to more than the 800 bytes a plain-text "
                                                   "document of max_document_chars (200) can take"),
])
def test_plain_text_too_long_for_one_document_is_refused_before_it_is_read(corpus, tmp_path, monkeypatch,
                                                                            name, data, why):
    """A plain-text file is one document: beyond 4 bytes per allowed character it cannot fit, so it
    is refused by its size (a 200 MB one-line file is never decoded) while a JSON lines file of the
    same size, many documents, is read."""
    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_bytes(data)
    (src / "many.jsonl").write_text("".join('{"text": "%s"}\n' % ("word " * 25) for _ in range(10)))
    cfg = tmp_path / "limits.yaml"
    cfg.write_text("max_document_chars: 200\n")
    decoded = []
    real = readers.decode
    monkeypatch.setattr(readers, "decode", lambda data, path: decoded.append(path) or real(data, path))
    res = corpus("ingest", src, "--config", cfg)
    assert res.exit_code == 1
    assert next(ln for ln in res.stderr.splitlines() if name in ln).endswith(why)
    assert [p.rsplit("/", 1)[1] for p in decoded] == ["many.jsonl"]
    assert len(_rows(corpus)) == 10


def test_a_gzip_bomb_is_refused_while_counting(monkeypatch):
    """The first pass counts the inflated bytes in chunks; the refused file is never inflated whole."""
    from syria_corpus import readers
    reads = []
    real = gzip.GzipFile.read
    monkeypatch.setattr(gzip.GzipFile, "read", lambda self, n=-1: reads.append(n) or real(self, n))
    bomb = gzip.compress(b"\0" * (8 << 20))
    with pytest.raises(readers.InputError, match="more than max_file_bytes"):
        readers.read_file("bomb.txt.gz", bomb, {"max_file_bytes": 3 << 20})
    assert reads and all(0 < n <= 1 << 20 for n in reads)


def test_document_past_the_time_backstop_fails_its_file(corpus, tmp_path, monkeypatch):
    real = pipeline.process

    def stalling(raw, settings):
        if "STALL" in raw.text:
            time.sleep(5)
        return real(raw, settings)

    monkeypatch.setattr(pipeline, "process", stalling)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"text": "STALL here"}\n{"text": "fine"}\n')
    (src / "b.txt").write_text(ARTICLE)
    cfg = tmp_path / "limits.yaml"
    cfg.write_text("max_document_seconds: 0.3\n")
    t0 = time.monotonic()
    res = corpus("ingest", src, "--config", cfg)
    assert time.monotonic() - t0 < 4
    assert res.exit_code == 1
    assert "a.jsonl: record #1: took more than 0.3 s (max_document_seconds), stopped" in res.stderr
    assert [r["path"].rsplit("/", 1)[1] for r in _rows(corpus)] == ["b.txt"]


def test_doc_id_is_the_resolved_path_not_the_path_as_typed(corpus, tmp_path, monkeypatch):
    for n, d in enumerate(("one", "two")):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(ARTICLE.replace("12", str(13 + n)))
    for d in ("one", "two"):
        monkeypatch.chdir(tmp_path / d)
        assert corpus("ingest", "a.txt").exit_code == 0
    rows = _rows(corpus)
    assert [r["path"] for r in rows] == ["a.txt", "a.txt"]
    assert len({r["doc_id"] for r in rows}) == 2
    figures = _rows(corpus, "figures", "doc_id,value")
    assert sorted(f["value"] for f in figures) == ["13", "14"]
    assert len({f["doc_id"] for f in figures}) == 2


def test_file_and_its_symlink_are_stored_once(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE)
    (src / "link.txt").symlink_to(src / "a.txt")
    assert corpus("ingest", src, src / "link.txt").exit_code == 0
    assert [r["path"].rsplit("/", 1)[1] for r in _rows(corpus)] == ["a.txt"]


def test_special_files_and_broken_links_are_listed_and_the_rest_ingested(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(ARTICLE)
    os.mkfifo(src / "pipe.txt")
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    res = corpus("ingest", src)
    assert res.exit_code == 1, res.stderr
    failed = sorted(line.split(": ")[1].rsplit("/", 1)[1] for line in res.stderr.splitlines()
                    if line.startswith("failed: "))
    assert failed == ["dangling.txt", "loop.txt", "pipe.txt"]
    assert "pipe.txt: not a regular file" in res.stderr
    assert [r["path"].rsplit("/", 1)[1] for r in _rows(corpus)] == ["good.txt"]


def test_unreadable_subfolder_is_reported(corpus, tmp_path, monkeypatch):
    src = tmp_path / "in"
    (src / "closed").mkdir(parents=True)
    (src / "closed" / "x.txt").write_text(ARTICLE)
    (src / "good.txt").write_text(ARTICLE)
    real = os.scandir

    def scandir(path="."):   # chmod 0 does not stop root: refuse the folder as the kernel would
        if os.fspath(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    res = corpus("ingest", src)
    assert res.exit_code == 1
    assert f"failed: {src / 'closed'}: cannot read folder: Permission denied" in res.stderr
    assert [r["path"].rsplit("/", 1)[1] for r in _rows(corpus)] == ["good.txt"]


def test_store_inside_the_input_folder_is_not_an_input(corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(ARTICLE)
    store = src / "store"
    assert corpus("ingest", src, store_dir=store).exit_code == 0
    res = corpus("ingest", src, store_dir=store)
    assert res.exit_code == 0, res.stderr
    assert "1 unchanged files skipped, 0 failed" in res.stderr


def test_ctrl_c_exits_130_with_one_line(corpus, tmp_path, monkeypatch):
    import syria_corpus.ingest as ingest_mod

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_mod, "ingest", interrupted)
    (tmp_path / "a.txt").write_text(ARTICLE)
    res = corpus("ingest", tmp_path / "a.txt")
    assert res.exit_code == 130
    assert res.stderr == "corpus: interrupted\n"


@pytest.mark.parametrize("yaml_text, line", [
    ('commit_every: "lots"', 'commit_every: must be a whole number of at least 1, not "lots"'),
    ("shards: 0", "shards: must be a whole number from 1 to 256, not 0"),
    ("shards: -3", "shards: must be a whole number from 1 to 256, not -3"),
    ('detect_sample_chars: "x"', 'detect_sample_chars: must be a whole number of at least 1, not "x"'),
    ("languages: nope", 'languages: must be a list of strings, not "nope"'),
    ("languages: [xx, ar]", "languages: unknown code(s) 'xx' (configs/langid.yaml knows ar, be, bg,"),
    ("fields: &f {text: *f}", "fields: must be a mapping of names to lists of strings, not a structure that contains itself"),
    ("comit_every: 5", "comit_every: unknown setting (known: languages,"),
])
def test_bad_settings_are_refused_up_front_one_line_each(corpus, tmp_path, yaml_text, line):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(yaml_text + "\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    res = corpus("ingest", tmp_path / "a.txt", "--config", cfg)
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [f"corpus: error: config {cfg} has 1 bad setting(s):", res.stderr.splitlines()[1]]
    assert res.stderr.splitlines()[1].startswith("  " + line)
    assert not corpus.store.exists()


RUSSIAN = "Министр иностранных дел России Сергей Лавров заявил, что пять человек погибли в Алеппо.\n"


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_russian_in_legacy_code_pages_is_decoded_and_labelled_russian(corpus, tmp_path, codec):
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode(codec))
    assert corpus("ingest", tmp_path / "ru.txt").exit_code == 0
    [doc] = _rows(corpus, columns="lang,encoding,n_replaced")
    assert doc == {"lang": "ru", "encoding": codec, "n_replaced": "0"}
    assert _rows(corpus, "documents", "title")[0]["title"] == RUSSIAN.strip()


def test_utf32_with_bom_is_utf32_and_a_bom_alone_is_an_empty_file(corpus, tmp_path):
    (tmp_path / "ru32.txt").write_bytes(RUSSIAN.encode("utf-32"))   # with its BOM
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8)
    res = corpus("ingest", tmp_path)
    assert res.exit_code == 1
    assert f"failed: {tmp_path / 'bom.txt'}: empty file (a byte order mark and nothing else)" in res.stderr
    assert _rows(corpus, columns="path,lang,encoding")[0]["encoding"] == "utf-32-le-bom"


def test_table_strips_terminal_escapes(corpus, tmp_path):
    (tmp_path / "esc.txt").write_text("Evil\x1b]0;owned\x07 title\x1b[2J\n\n" + ARTICLE)
    corpus("ingest", tmp_path / "esc.txt")
    out = corpus("report", "documents", "--columns", "title", "--format", "table").stdout
    assert out.splitlines()[2] == "Evil title"
    assert "\x1b" not in out


def test_empty_speaker_is_refused(corpus, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    corpus("ingest", tmp_path / "a.txt")
    res = corpus("report", "--speaker", " ")
    assert res.exit_code == 2
    assert "--speaker needs a name (it was empty)" in res.stderr


def test_figures_sum_by_a_column_twice_groups_once(corpus, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    corpus("ingest", tmp_path / "a.txt")
    res = corpus("report", "figures", "--sum", "--by", "path", "--by", "path", "--format", "csv")
    assert res.exit_code == 0, res.stderr
    assert res.stdout.splitlines()[0] == "path,n,total,min,max,docs"


def test_deeply_nested_jsonl_line_costs_that_line_only(corpus, tmp_path):
    nested = "[" * 100_000 + "]" * 100_000
    (tmp_path / "r.jsonl").write_text(f'{{"text": "{ARTICLE.strip()}"}}\n{nested}\n{{"text": "Fine too."}}\n')
    res = corpus("-v", "ingest", tmp_path / "r.jsonl")
    assert res.exit_code == 0, res.stderr
    assert f"warning: {tmp_path / 'r.jsonl'}#2: JSON nested too deeply, skipped" in res.stderr
    assert [r["path"].rsplit("#", 1)[1] for r in _rows(corpus)] == ["1", "3"]


def test_zero_width_characters_do_not_split_a_name(corpus, tmp_path):
    (tmp_path / "zw.txt").write_text('Opposition spokesman Hassan\u200b Tahir said on Monday: "We will not stop."\n\n'
                                     "Hassan Tahir added that 12 people were killed.\n")
    corpus("ingest", tmp_path / "zw.txt")
    [row] = _rows(corpus, "speakers", "speaker,aliases,n_quotes")
    assert row == {"speaker": "Hassan Tahir", "aliases": "Hassan Tahir", "n_quotes": "2"}


def test_reports_say_when_speakers_are_not_linked(corpus, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    corpus("ingest", tmp_path / "a.txt")
    manifest = corpus.store / "manifest.json"
    data = json.loads(manifest.read_text())
    data["linked"] = False   # as a run killed between two commits leaves it
    manifest.write_text(json.dumps(data))
    for args in (["speakers"], ["--speaker", "Lavrov"]):
        res = corpus("report", *args)
        assert res.exit_code == 0
        assert "corpus: warning: speakers are not linked (the last ingest stopped early)" in res.stderr


def _long_json(path, n: int, broken_at: int | None = None) -> None:
    records = [json.dumps({"text": f"Record {i}: Lavrov said {i} people died."}) for i in range(1, n + 1)]
    if broken_at:
        records[broken_at - 1] = '{"text": "cut'
    path.write_text("[\n" + ",\n".join(records) + "\n]\n")


def _watch(monkeypatch):
    """Events of an ingest (jobs=1, in this process): ("read", N) when the reader builds record N's
    document, ("process", NAME, live) when a document is processed, with how many of the documents
    the reader built are alive then."""
    import weakref

    from syria_corpus import readers
    events: list[tuple] = []
    built: list[weakref.ref] = []
    real_record, real_process = readers.record_doc, pipeline.process

    def record_doc(path, n, *a):
        d = real_record(path, n, *a)
        built.append(weakref.ref(d))
        events.append(("read", n))
        return d

    def process(raw, settings):
        events.append(("process", raw.path.rsplit("/", 1)[1], sum(r() is not None for r in built)))
        return real_process(raw, settings)

    monkeypatch.setattr(readers, "record_doc", record_doc)
    monkeypatch.setattr(pipeline, "process", process)
    return events


def test_a_long_json_array_is_processed_part_by_part_not_held_whole(tmp_path, monkeypatch):
    """Item 4: 50 records in parts of 10. A first pass reads every record and lets it go (it checks
    the file and counts its documents); the second reads each record as the worker takes it, so one
    document is alive at a time, not the file's 50."""
    from syria_corpus import ingest as ingest_mod
    from syria_corpus.config import load_settings
    src = tmp_path / "in"
    src.mkdir()
    _long_json(src / "long.json", 50)
    events = _watch(monkeypatch)
    summary = ingest_mod.ingest([str(src)], str(tmp_path / "store"), dict(load_settings(), part_documents=10), jobs=1)
    assert (summary.documents, summary.failed) == (50, [])
    assert events == [("read", n) for n in range(1, 51)] + [e for n in range(1, 51)
                                                            for e in (("read", n), ("process", f"long.json#{n}", 1))]
    man = json.loads((tmp_path / "store" / "manifest.json").read_text())
    assert sorted((m["part"], m["n_docs"]) for m in man["sources"].values()) == [(i, 10) for i in range(1, 6)]


@pytest.mark.parametrize("broken_at, why", [
    (45, "broken JSON at line 46 column 15: Invalid control character at"),   # line 1 is `[`
    (None, "record #45: text holds a lone surrogate (\\ud800), which is not text"),
])
def test_a_long_file_broken_after_its_first_parts_fails_whole(tmp_path, monkeypatch, broken_at, why):
    """A break (or a refused document) in the last part of a long file fails the file with one line
    before any of its documents is processed: nothing of it is stored, as for a short file."""
    from syria_corpus import ingest as ingest_mod
    from syria_corpus.config import load_settings
    src = tmp_path / "in"
    src.mkdir()
    _long_json(src / "long.json", 50, broken_at)
    if not broken_at:
        text = (src / "long.json").read_text()
        (src / "long.json").write_text(text.replace("Record 45:", "Record 45: \\ud800"))
    (src / "ok.txt").write_text(ARTICLE)
    events = _watch(monkeypatch)
    summary = ingest_mod.ingest([str(src)], str(tmp_path / "store"), dict(load_settings(), part_documents=10), jobs=1)
    assert summary.failed == [(str(src / "long.json"), why)]
    assert [e for e in events if e[0] == "process"] == [("process", "ok.txt", 0)]
    assert events[:-1] == [("read", n) for n in range(1, 45 if broken_at else 51)]
    man = json.loads((tmp_path / "store" / "manifest.json").read_text())
    assert [m["path"] for m in man["sources"].values()] == [str(src / "ok.txt")]


def test_the_rows_of_a_committed_part_are_let_go(tmp_path, monkeypatch):
    """Item 4: the rows of a long file's parts live until their commit, not until the file's end. At
    each commit (one per part of 10 here), the only finished part still alive is the one committed."""
    import weakref

    from syria_corpus import ingest as ingest_mod
    from syria_corpus.config import load_settings
    src = tmp_path / "in"
    src.mkdir()
    _long_json(src / "long.json", 50)
    made: list[weakref.ref] = []

    class Source(ingest_mod._Source):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            made.append(weakref.ref(self))

    alive_at_commit = []
    real_commit = ingest_mod._commit

    def commit(store, pending, settings, final=True):
        alive = [s for r in made if (s := r()) is not None and s.received == s.meta["n_docs"]]
        alive_at_commit.append(len(alive))
        return real_commit(store, pending, settings, final)

    monkeypatch.setattr(ingest_mod, "_Source", Source)
    monkeypatch.setattr(ingest_mod, "_commit", commit)
    settings = dict(load_settings(), part_documents=10, commit_every=10)
    summary = ingest_mod.ingest([str(src)], str(tmp_path / "store"), settings, jobs=1)
    assert (summary.documents, summary.failed, len(made)) == (50, [], 5)
    assert alive_at_commit == [1, 1, 1, 1, 1, 1]   # the last: the consumer loop's `src`, after the loop


def test_a_sentence_without_end_bounds_each_reported_clause():
    """A text without full stops is one sentence: each cue's clause (and the search for its speaker)
    stays within quotes.model.REACH characters of the cue, cut at a space, so the cost grows with
    the length, not with the number of cues times the length."""
    from syria_corpus.config import load_settings
    from syria_corpus.extract.quotes.model import REACH
    from syria_corpus.readers import RawDoc
    text = "Lavrov said that " + "the talks will go on " * 600
    [q] = [q for q in pipeline.process(RawDoc("long.txt", text), load_settings())["quotes"]]
    assert q["kind"] == "indirect" and q["speaker_text"] == "Lavrov" and q["text"] == text[q["start"]:q["end"]]
    assert REACH - len(" will go on") <= q["end"] - q["cue_end"] <= REACH and text[q["end"]] == " "
    short = "Lavrov said that " + "the talks will go on " * 100
    [q] = [q for q in pipeline.process(RawDoc("short.txt", short), load_settings())["quotes"]]
    assert q["end"] == len(short.rstrip())   # within reach: to the sentence end, as before
