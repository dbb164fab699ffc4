"""Language files are typed: an unknown key, a value of the wrong type or a broken pattern is an
error that names the file and the key (exit 2 from the CLI), never a rule silently switched off."""
import shutil

import pytest

from syria_corpus.lang import get as get_language
from syria_corpus.langdata import LanguageData, LanguageDataError, QuotesData
from syria_corpus.langdata.validate import FrozenDict, read
from syria_corpus.resources import config_dir, use_configs


@pytest.mark.parametrize("body,message", [
    ("quotes:\n  marks: {'«': ['»']}\n  verbs: [a dit]\n  verbz: [a dit]\n",
     "configs/lang/fr.yaml: quotes.verbz: unknown key (did you mean 'verbs'?)"),
    ("quotes:\n  marks: {'«': ['»']}\n  verbs: [a dit]\n  max_gap: six\n",
     "configs/lang/fr.yaml: quotes.max_gap: expected a whole number, got str 'six'"),
    ("quotes:\n  marks: {'«': ['»']}\n  verbs: [a dit, on]\n",
     "configs/lang/fr.yaml: quotes.verbs[1]: expected a string (quote words YAML reads as other types: "
     "'on', 'no', '1'), got bool True"),
    ("quotes:\n  marks: {'«': ['»']}\n  verbs: [a dit]\n  speaker_side: left\n",
     "configs/lang/fr.yaml: quotes.speaker_side: expected one of 'before', 'after', got str 'left'"),
    ("quotes:\n  marks: {'«': ['»']}\n  verbs: [a dit]\n  not_cues: ['dit(']\n",
     "configs/lang/fr.yaml: quotes.not_cues[0]: not a valid regular expression (missing ) at position 4)"),
    ("quotes:\n  verbs: [a dit]\n", "configs/lang/fr.yaml: quotes.marks: missing (required)"),
    ("figurez: {}\n", "configs/lang/fr.yaml: figurez: unknown key (did you mean 'figures'?)"),
])
def test_a_broken_language_file_is_one_clear_line(tmp_path, folder, body, message):
    configs = tmp_path / "configs"
    shutil.copytree(config_dir(), configs)
    (configs / "lang" / "fr.yaml").write_text(body, encoding="utf-8")
    from click.testing import CliRunner

    from syria_corpus.cli import cli
    res = CliRunner().invoke(cli, ["--configs", str(configs), "ingest", str(folder("no_title.txt")),
                                   "--store", str(tmp_path / "st")], env={"CORPUS_CONFIG_DIR": ""})
    _clear_caches()
    assert res.exit_code == 2
    assert res.stderr.strip() == f"corpus: error: {message}".replace("configs/lang/fr.yaml", str(configs / "lang" / "fr.yaml"))


def test_a_good_language_file_is_read_into_frozen_objects():
    data = read(LanguageData, {"code": "fr", "quotes": {"marks": {"«": ["»"]}, "verbs": ["a dit"]}}, "fr.yaml")
    assert isinstance(data.quotes, QuotesData)
    assert data.quotes.verbs == ("a dit",) and data.quotes.marks == {"«": ("»",)}
    assert data.quotes.max_gap == 6 and data.figures is None   # defaults, and an absent section
    with pytest.raises(TypeError):
        data.quotes.marks["“"] = ("”",)   # type: ignore[index]
    with pytest.raises(AttributeError):
        data.quotes.verbs = ()   # type: ignore[misc]


def test_the_library_raises_a_language_data_error():
    with pytest.raises(LanguageDataError, match=r"x\.yaml: max_gap: expected a whole number, got float 2\.5"):
        read(QuotesData, {"marks": {}, "verbs": [], "max_gap": 2.5}, "x.yaml")


@pytest.mark.parametrize("lang", ["ar", "en", "id", "ru"])
def test_the_shipped_languages_are_valid_and_complete(lang):
    language = get_language(lang)
    data = language.data
    assert data.code == lang
    assert all(getattr(data, s) is not None for s in ("quotes", "speakers", "numbers", "dates", "figures"))
    assert isinstance(data.quotes.marks, FrozenDict)


def test_rules_live_with_their_language():
    assert get_language("id").rules.unmarked_quotes and not get_language("en").rules.unmarked_quotes
    assert get_language("en").rules.split_quotes and not get_language("ru").rules.split_quotes
    assert get_language("zz").rules == type(get_language("zz").rules)()   # no module: the shared rules alone


def _clear_caches():
    """The packaged configs again for the next tests (the CLI run pointed this process elsewhere)."""
    use_configs(None)
