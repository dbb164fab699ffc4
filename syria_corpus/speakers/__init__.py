"""Speakers across documents and scripts.

    names.py       name forms and keys (clean_name, skeleton, surnames, variants)
    gazetteer.py   the known speakers of configs/speakers.yaml and alias lookups
    linking.py     canonicalize(quotes): one canonical name per speaker across the corpus
    table.py       speakers_table(quotes): one row per canonical speaker
    query.py       find_speakers(query, speakers): what a user's --speaker means
"""
from .gazetteer import Gazetteer, load_gazetteer
from .linking import canonicalize
from .names import clean_name, looks_like_name
from .query import find_speakers
from .table import speakers_table

__all__ = ["Gazetteer", "canonicalize", "clean_name", "find_speakers", "load_gazetteer", "looks_like_name",
           "speakers_table"]
