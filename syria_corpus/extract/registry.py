"""The extractors, declared once: what each needs and which table it fills.

The pipeline (pipeline.py), the spaCy components (components.py) and the tests all run
extractors through `run(parsed, names)`, which runs what a name needs first and keeps every
result on the ParsedDoc, so nothing is computed twice.

    EXTRACTORS["figures"].needs  == ("quotes", "dates", "places")   # figures read these tables
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..analysis import ParsedDoc

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class Extractor:
    name: str                      # the table it fills
    section: str                   # the language-data section it needs (no section: no rows)
    needs: tuple[str, ...]         # extractors whose rows it reads
    layers: tuple[str, ...]        # analysis layers it reads (documentation; computed on demand)
    function: str                  # module:function, imported on first use (keeps start-up light)

    def __call__(self, parsed: ParsedDoc) -> Rows:
        import importlib
        module, func = self.function.split(":")
        fn: Callable[[ParsedDoc], Rows] = getattr(importlib.import_module(module), func)
        return fn(parsed)


EXTRACTORS: dict[str, Extractor] = {e.name: e for e in (
    Extractor("quotes", "quotes", (), ("paragraphs", "sentences", "tokens", "mentions"),
              "syria_corpus.extract.quotes:extract_quotes"),
    Extractor("dates", "dates", (), ("number_tokens", "numbers", "dateline"),
              "syria_corpus.extract.dates:extract_dates"),
    Extractor("places", "places", (), (), "syria_corpus.extract.places:extract_places"),
    Extractor("figures", "figures", ("quotes", "dates", "places"), ("number_tokens", "numbers", "sentences"),
              "syria_corpus.extract.figures:extract_figures"),
)}


def order(names: Iterable[str] | None = None) -> list[str]:
    """Extractor names with everything they need before them (all extractors when `names` is None)."""
    out: list[str] = []

    def visit(n: str, path: tuple[str, ...] = ()) -> None:
        if n in out:
            return
        if n in path:
            raise ValueError(f"extractors need each other: {' -> '.join(path + (n,))}")
        for m in EXTRACTORS[n].needs:
            visit(m, path + (n,))
        out.append(n)

    for n in (EXTRACTORS if names is None else names):
        visit(n)
    return out


def run(parsed: ParsedDoc, names: Iterable[str] | None = None,
        on_error: Callable[[str, Exception], None] | None = None) -> dict[str, Rows]:
    """Run the named extractors (and what they need) on `parsed`; rows are kept in parsed.results.
    With `on_error`, an extractor's exception costs only its rows (reported there), else it raises."""
    for n in order(names):
        if n in parsed.results:
            continue
        ex = EXTRACTORS[n]
        if getattr(parsed.data, ex.section) is None:
            parsed.results[n] = []
            continue
        try:
            parsed.results[n] = ex(parsed)
        except Exception as e:
            if on_error is None:
                raise
            on_error(n, e)
            parsed.results[n] = []
    return parsed.results
