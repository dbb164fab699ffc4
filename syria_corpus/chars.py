"""Character classes shared by every step: scripts, quotation marks, punctuation.

Kept in one module so that the readers, the language detector, the sentence splitter and the
extractors agree on what a mark or a sentence end is.
"""
from __future__ import annotations

# Unicode blocks of the scripts told apart; every other letter counts as Latin-like.
SCRIPTS = {
    "arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "cyrillic": "\u0400-\u04ff\u0500-\u052f",
    "latin": "A-Za-z\u00c0-\u024f\u1e00-\u1eff",
}

SENTENCE_END = ".!?؟…"              # ends a sentence inside a quote or a clause
SENTENCE_PUNCT = SENTENCE_END + "。"  # what the sentencizer splits on by default
QUOTE_MARKS = "\"'«»“”„‘’"           # every quotation mark, opening or closing
OPENING_MARKS = "\"“«„‘'"
CLOSING_MARKS = "\"”»’“"
ONE_WAY_OPEN, ONE_WAY_CLOSE = "«‹", "»›"   # guillemets point one way only
APOSTROPHES = "'’"
JOINERS = "ـ"                        # tatweel: stretches a word; a prefix written apart ends with it
COMMAS = ",،"
DASHES = "-–—―"
CLAUSE_PUNCT = ".,;:!?()[]{}،؛؟"      # ends a noun phrase or a verb's reach
