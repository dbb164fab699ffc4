"""The extractors as spaCy components: one factory per extractor of the registry, runnable alone
(what a component needs runs first, once) and in a pipeline."""
import spacy

import syria_corpus.components  # noqa: F401 - registers the factories
from syria_corpus.extract import registry

TEXT = ("Russian Foreign Minister Sergei Lavrov said on Monday that airstrikes killed 20 fighters. "
        "“We will go on,” Lavrov said.")


def test_one_factory_per_extractor():
    assert {f"syria_{n}" for n in registry.EXTRACTORS} <= set(spacy.registry.factories.get_all())


def test_figures_alone_runs_what_it_needs():
    nlp = spacy.blank("en")
    nlp.add_pipe("syria_figures")
    doc = nlp(TEXT)
    assert [(f["value"], f["category"], f["quote_start"]) for f in doc._.figures] == [
        (20, "killed", TEXT.index("airstrikes"))]   # inside the reported clause
    assert [s.text for s in doc.spans["figures"]] == ["20 fighters"]
    assert doc._.syria.results["quotes"][0]["speaker_name"] == "Sergei Lavrov"   # ran once, kept


def test_a_full_pipeline():
    nlp = spacy.blank("en")
    for name in registry.order():
        nlp.add_pipe(f"syria_{name}", config={"pub_date": "2016-02-15"})
    doc = nlp(TEXT)
    assert [(q["kind"], q["speaker_name"]) for q in doc._.quotes] == [("indirect", "Sergei Lavrov"),
                                                                     ("direct", "Sergei Lavrov")]
    assert [(d["text"], d["value"]) for d in doc._.dates] == [("Monday", "2016-02-15")]
    assert [s.label_ for s in doc.spans["quotes"]] == ["indirect", "direct"]


def test_the_registry_orders_what_each_extractor_needs_first():
    assert registry.order(["figures"]) == ["quotes", "dates", "places", "figures"]
    assert registry.order() == ["quotes", "dates", "places", "figures"]
