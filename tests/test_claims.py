"""`corpus report claims` and `corpus report places` on tests/fixtures/claims/events.jsonl: three events
told in four languages (Aleppo on 9 July: 30, 45, 32 and 75 killed; Idlib on 19 July: 12 and 12; Aleppo
on 29 July: 8 and 20), plus a running total that meets no daily toll. The numbers are apart when one
is 1.5 times another (claims.THRESHOLD), floors and ceilings counted."""
import json

import pytest

from extraction import figures_of
from syria_corpus.claims import Claim, disagreement, group_claims, summary, widest
from syria_corpus.extract.places import gazetteer

COLUMNS = "group,place,date_from,date_to,langs,min,max,gap,disagree"


def rows(result):
    assert result.exit_code == 0, result.stderr
    return [json.loads(x) for x in result.stdout.splitlines()]


@pytest.fixture
def claims(corpus, events_store):
    return lambda *args: rows(corpus("report", "claims", *args, "--format", "jsonl", store_dir=events_store))


def test_one_event_in_several_languages_is_one_flagged_group_and_two_events_are_two_groups(claims):
    got = [(r["place"], r["date_from"], r["langs"], r["min"], r["max"], r["gap"], r["disagree"])
           for r in claims("--columns", COLUMNS)]
    assert got == [
        ("Aleppo", "2016-07-29", ["ar", "en"], 8, 20, 2.5, True),
        ("Aleppo", "2016-07-09", ["ar", "en", "ru"], 30, 75, 2.34, True),   # 75 / 32: `at least 30` is a floor
        ("Idlib", "2016-07-19", ["en", "id"], 12, 12, 1, False),
    ]


def test_who_claims_which_number(claims):
    got = [(r["claimant"], r["claimant_kind"], r["value"], r["qualifier"], r["lang"])
           for r in claims("--detail", "--place", "Aleppo", "--until", "2016-07-15")]
    assert got == [("residents", "speaker", 30, "at_least", "en"), ("tass", "outlet", 32, None, "ru"),
                   ("Rami Abdel Rahman", "speaker", 45, "at_least", "en"), ("aawsat", "outlet", 75, None, "ar")]


@pytest.mark.parametrize("args, places", [
    (("--place", "حلب"), ["Aleppo", "Aleppo"]),
    (("--place", "Алеппо", "--since", "2016-07-20"), ["Aleppo"]),
    (("--place", "Idlib Governorate"), ["Idlib"]),            # the places inside it count
    (("--since", "2016-07-15", "--until", "2016-07-20"), ["Idlib"]),
    (("--min-ratio", "2"), ["Aleppo", "Aleppo"]),
    (("--disagree",), ["Aleppo", "Aleppo"]),
    (("--category", "injured"), []),
    (("--lang", "id", "--lang", "en"), ["Aleppo", "Idlib"]),    # Aleppo on the 29th has one claimant left
])
def test_filters(claims, args, places):
    assert [r["place"] for r in claims(*args)] == places


@pytest.mark.parametrize("args, message", [
    (("--place", "Atlantis"), "no place 'Atlantis' in the gazetteer"),
    (("--since", "July"), "not a date: 'July'"),
])
def test_bad_filters_are_one_line(corpus, events_store, args, message):
    res = corpus("report", "claims", *args, store_dir=events_store)
    assert res.exit_code != 0 and message in res.stderr and len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("lang, expected", [
    ("ar", [("حلب", "Aleppo", "city", "Aleppo Governorate", True), ("حلب", "Aleppo", "city", "Aleppo Governorate",
                                                                        True)]),
    ("en", [("Aleppo", "Aleppo", "city", "Aleppo Governorate", True)] * 2 + [("Syria", "Syria", "country", None, True),
                                                                             ("Idlib", "Idlib", "city",
                                                                              "Idlib Governorate", True),
                                                                             ("Aleppo", "Aleppo", "city",
                                                                              "Aleppo Governorate", True)]),
    ("id", [("Idlib", "Idlib", "city", "Idlib Governorate", True)]),
    ("ru", [("Алеппо", "Aleppo", "city", "Aleppo Governorate", True), ("России", "Russia", "country", None, False)]),
])
def test_report_places_per_language(corpus, events_store, lang, expected):
    got = rows(corpus("report", "places", "--lang", lang, "--format", "jsonl", store_dir=events_store))
    assert [(r["text"], r["place"], r["kind"], r["parent"], r["locative"]) for r in got] == expected
    assert all({"doc_id", "path", "lang", "text", "start", "end"} <= set(r) for r in got)


def _claim(place, value, claimant, day=9, total=False, place_from="sentence", doc=None, outlet=None, means=None,
           qualifier=None, period=False):
    import datetime as dt
    d = dt.date(2016, 7, day)
    low, high = (value, float("inf")) if qualifier else (value, value)
    doc = doc or claimant
    return Claim("killed", "people", place, place_from, d, d, "day", value, low, high, claimant, "outlet", total,
                 {"doc_id": doc, "lang": "en", "path": doc, "start": 0, "qualifier": qualifier},
                 period=period, outlet=outlet or claimant, means=means)


def test_grouping_rules():
    gazetteer()
    groups = group_claims([_claim("Aleppo", 30, "a"), _claim("Aleppo Governorate", 40, "b"),   # parent: together
                           _claim("Syria", 300, "c"),                                           # a country: apart
                           _claim("Aleppo", 35, "d", day=20),                                   # another day: apart
                           _claim("Aleppo", 500, "e", total=True)])                             # a total: apart
    assert sorted(sorted(c.claimant for c in g) for g in groups) == [["a", "b"], ["c"], ["d"], ["e"]]


def test_a_claimant_counts_with_its_largest_number():
    # `a` gives one neighbourhood's 3 dead and the day's 30: it agrees with `b`'s 32.
    assert disagreement([_claim("Aleppo", 3, "a"), _claim("Aleppo", 30, "a"), _claim("Aleppo", 32, "b")]) == 32 / 30
    assert disagreement([_claim("Aleppo", 30, "a"), _claim("Aleppo", 75, "b")]) == 2.5


def test_only_figures_that_name_their_place_are_compared():
    # `c`'s 5812 takes its article's place (a toll of another paragraph): listed, compared with nothing
    assert disagreement([_claim("Aleppo", 4, "a"), _claim("Aleppo", 5, "b"),
                         _claim("Aleppo", 5812, "c", place_from="document")]) == 5 / 4
    # two figures whose sentences name the place, far apart: a disagreement
    assert disagreement([_claim("Aleppo", 4, "a"), _claim("Aleppo", 48, "c")]) == 12.0


def test_one_outlet_never_disagrees_with_itself():
    # a police source and the agency carrying it, in one article: two incidents, not two claims
    assert disagreement([_claim("Aleppo", 2, "police", doc="d1", outlet="sana"),
                         _claim("Aleppo", 72, "sana", doc="d1", outlet="sana")]) == 1.0
    # the same outlet in two articles (`SANA` and `sana`): a later toll or another incident
    assert disagreement([_claim("Aleppo", 2, "SANA", doc="d1", outlet="sana"),
                         _claim("Aleppo", 72, "sana", doc="d2", outlet="sana")]) == 1.0
    # one speaker quoted by two outlets at 2 and another at 72: they disagree
    assert disagreement([_claim("Aleppo", 2, "police", doc="d1", outlet="sana"),
                         _claim("Aleppo", 72, "observatory", doc="d2", outlet="reuters")]) == 36.0


def test_vague_sizes_are_listed_not_compared():
    # `thousands of` says a size, not a number: no disagreement with 8
    group = [_claim("Aleppo", 8, "a"), _claim("Aleppo", 1000, "b", qualifier="thousands_of")]
    assert disagreement(group) == 1.0
    assert widest([_claim("Aleppo", 8, "a"), _claim("Aleppo", 100, "b", qualifier="more_than")])[0] == 12.5


def test_widest_names_the_two_claims():
    gap, low, high = widest([_claim("Aleppo", 30, "a"), _claim("Aleppo", 32, "b"), _claim("Aleppo", 90, "c")])
    assert (gap, low.claimant, high.claimant) == (3.0, "a", "c")
    assert widest([_claim("Aleppo", 30, "a")]) == (1.0, None, None)


def test_means_and_period_keep_incidents_apart():
    gazetteer()
    groups = group_claims([_claim("Aleppo", 70, "a", means="chemical"), _claim("Aleppo", 5, "b", means="shelling"),
                           _claim("Aleppo", 60, "c"),                   # no means, two groups fit: apart
                           _claim("Aleppo", 300, "d", period=True)])   # a week's toll: apart
    assert sorted(sorted(c.claimant for c in g) for g in groups) == [["a"], ["b"], ["c"], ["d"]]
    groups = group_claims([_claim("Aleppo", 70, "a", means="chemical"), _claim("Aleppo", 60, "c"),
                           _claim("Idlib", 5, "b", means="shelling")])
    assert sorted(sorted(c.claimant for c in g) for g in groups) == [["a", "c"], ["b"]]   # c fits one group only


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Government shelling killed 12 people in Aleppo on Monday, while a chemical attack killed 70 in Idlib.",
     [("12", "shelling", False), ("70", "chemical", False)]),
    ("en", "Airstrikes have killed 374 people in Aleppo during the past week.", [("374", "air", True)]),
    ("en", "The offensive has killed 200 civilians in Aleppo since it was launched on November 15.",
     [("200", None, True)]),
    ("ar", "قتل 12 شخصا بغارات جوية على حلب.", [("12", "air", False)]),
    ("ar", "قتل 40 شخصا في حلب خلال الأيام الماضية.", [("40", None, True)]),
    ("ar", "قتل منذر 3 أشخاص.", [("3", None, False)]),      # منذر is a name, not منذ
    ("id", "Sebanyak 12 orang tewas akibat serangan udara di Aleppo.", [("12", "air", False)]),
    ("id", "Sebanyak 300 orang tewas di Aleppo selama sepekan terakhir.", [("300", None, True)]),
    ("ru", "В результате авиаудара в Алеппо погибли 12 человек.", [("12", "air", False)]),
    ("ru", "За последнюю неделю в Алеппо погибли 300 человек.", [("300", None, True)]),
])
def test_means_and_period_per_language(lang, text, expected):
    assert [(f["number_text"], f["means"], f["period"]) for f in figures_of(lang, text, "2016-07-12")] == expected


@pytest.mark.parametrize("values, disagree, apart", [
    ((30, 32), False, False),      # within 1.5: they agree
    ((30, 75), True, False),       # 2.5 times: a disagreement
    ((4, 39), True, False),        # under 10 times
    ((4, 40), False, True),        # an order of magnitude: two incidents or a part and its whole, far more often
])
def test_disagree_below_an_order_of_magnitude_apart_beyond(values, disagree, apart):
    gazetteer()
    df = summary(group_claims([_claim("Aleppo", float(v), name) for v, name in zip(values, "ab")]))
    assert (bool(df["disagree"][0]), bool(df["apart"][0])) == (disagree, apart)


@pytest.mark.parametrize("category, compared", [("killed", True), ("sorties", True), ("money", False),
                                                ("countries", False), ("organisations", False)])
def test_only_tolls_of_events_are_claims(category, compared):
    import pandas as pd

    from syria_corpus.claims import claims_frame
    figures = pd.DataFrame([{"doc_id": "d", "path": "d.txt", "lang": "en", "text": "17", "value": 17.0,
                             "qualifier": None, "category": category, "victims": None, "speaker": None,
                             "place": "Aleppo", "date": "2016-07-09", "start": 0, "total": False, "part_of": None}])
    documents = pd.DataFrame([{"doc_id": "d", "date": "2016-07-10", "source": "x"}])
    places = pd.DataFrame(columns=["doc_id", "place", "kind", "start", "locative"])
    assert bool(claims_frame(figures, documents, places)) == compared
