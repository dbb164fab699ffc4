# Installed as the package `syria_corpus.configs` (see pyproject.toml), so the wheel ships the data.
