"""`corpus report html`: one self-contained file (style, script, data and plotly.js inside, no network),
and the same file opened in headless Chromium with the network off (skipped, saying so, without one)."""
import re

import pytest

from syria_corpus.html_report import check


@pytest.fixture(scope="module")
def page(events_store, tmp_path_factory):
    from click.testing import CliRunner

    from syria_corpus.cli import cli
    out = tmp_path_factory.mktemp("html") / "report.html"
    res = CliRunner().invoke(cli, ["report", "html", "-o", str(out), "--store", str(events_store)])
    assert res.exit_code == 0, res.stderr
    assert res.stdout == "" and res.stderr.startswith(f"wrote {out} (7 documents, ")
    return out


def test_the_page_needs_nothing_outside_itself(page):
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|img|iframe)[^>]*\ssrc=|<link\b", html, re.I)
    assert "default-src 'none'" in html                       # the page may not connect anywhere
    assert "plotly.js v" in html and html.count("<script") == 4   # error hook, data, plotly.js, the app


def test_the_page_carries_every_language_and_the_disagreement(page):
    html = page.read_text(encoding="utf-8")
    for text in ("حلب", "aawsat", "tass", "Rami Abdel Rahman", "antara", "reuters"):
        assert text in html


def test_a_bad_output_path_is_one_line(corpus, events_store, tmp_path):
    res = corpus("report", "html", "-o", tmp_path / "no" / "such" / "dir" / "r.html", store_dir=events_store)
    assert res.exit_code != 0 and len(res.stderr.strip().splitlines()) == 1


def test_the_page_renders_offline_in_chromium(page):
    if check.find_browser() is None:
        pytest.skip("no Chromium here (.ci/run installs Debian's chromium; it could not be installed)")
    r = check.check_page(page)
    assert r.ready and r.console_errors == []
    assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in r.requests), r.requests
    assert {"chart-timeline", "chart-values", "chart-claims", "chart-speakers"} <= set(r.chart_ids)
    assert r.svg_charts >= 4 and r.rtl_texts > 0        # Arabic set right-to-left
    assert "75 شخصا" in r.text and "aawsat" in r.text   # the Arabic claim of the disagreement, shown


@pytest.mark.parametrize("sentence_day, pub, on_timeline", [
    ("2016-07-11", "2016-07-12", "2016-07-11"),    # the day before publication: the figure's own day
    ("1967-06-05", "2016-07-12", None),            # history (`in June 1967`): off the timeline
    ("2016-07-20", "2016-07-12", None),            # after publication: a misread date
    (None, "2016-07-12", "2016-07-12"),            # no day of its own: its document's
])
def test_the_timeline_keeps_the_news_not_history(sentence_day, pub, on_timeline):
    import pandas as pd

    from syria_corpus.html_report import _figures, _Strings
    figures = pd.DataFrame([{"doc_id": "d", "text": "12 people", "value": 12.0, "qualifier": None,
                             "category": "killed", "speaker": None, "date": sentence_day, "place": "Aleppo"}])
    docs = pd.DataFrame({"date": [pub]}, index=[0])
    got = _figures(figures, docs, {"d": 0}, _Strings())["date"]
    assert got == ([on_timeline] if on_timeline else [])
