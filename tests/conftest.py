import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from syria_corpus.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).parent.parent / "data" / "seeds"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def corpus(tmp_path):
    """Run the CLI like a user: corpus(*args) -> click Result; the store lives in tmp_path."""
    store = tmp_path / "store"

    def run(*args, store_dir=store):
        runner = CliRunner()
        return runner.invoke(cli, [str(a) for a in args], env={"CORPUS_STORE": str(store_dir)},
                             catch_exceptions=False)
    run.store = store
    return run


@pytest.fixture
def folder(tmp_path):
    """Copy named fixture files into a fresh input folder."""
    def make(*names, to="in"):
        d = tmp_path / to
        d.mkdir(exist_ok=True)
        for n in names:
            src = FIXTURES / n if (FIXTURES / n).exists() else SEEDS / n
            shutil.copy(src, d / n)
        return d
    return make


@pytest.fixture(scope="session")
def events_store(tmp_path_factory):
    """tests/fixtures/claims/events.jsonl ingested once: three events told in ar, en, id and ru."""
    store = tmp_path_factory.mktemp("claims") / "store"
    res = CliRunner().invoke(cli, ["ingest", str(FIXTURES / "claims"), "--store", str(store)])
    assert res.exit_code == 0, res.stderr
    return store
