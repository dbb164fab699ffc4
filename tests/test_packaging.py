"""The package ships everything it needs: every Python package folder is listed in pyproject.toml
(a forgotten one is missing from the wheel), and the configs are found inside the package."""
import sys
from pathlib import Path

from syria_corpus.resources import config_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "syria_corpus").rglob("__init__.py")}
    assert found | {"syria_corpus.configs"} == listed


def test_configs_come_from_the_package():
    d = config_dir()
    assert (d / "default.yaml").is_file() and {p.stem for p in (d / "lang").glob("*.yaml")} >= {"ar", "en", "id", "ru"}
