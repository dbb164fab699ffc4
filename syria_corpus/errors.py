"""Exceptions the library raises; the CLI turns each into one clear line and an exit status."""


class CorpusError(Exception):
    """A problem the user can fix (bad path, missing store...): exit status 2."""

    exit_code = 2


class InputError(CorpusError):
    """One input file cannot be read; the run goes on with the others (exit status 1)."""

    exit_code = 1


class StoreLocked(CorpusError):
    """Another `corpus ingest` holds the store."""
