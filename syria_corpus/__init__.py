"""syria-corpus: who said what, when, and with which figures, in Arabic, English, Indonesian and Russian news."""

__version__ = "0.1.0"
