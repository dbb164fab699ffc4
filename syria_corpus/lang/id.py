"""Indonesian: online-news copy loses or pads quote marks and attributes with inverted, -nya verbs."""
from .base import Rules

RULES = Rules(
    padded_marks=True,
    unmarked_quotes=True,
    pronoun_last_speaker=True,
    bare_comma=True,
    cataphora_over_name=False,   # long one-paragraph articles: `…, kata dia.` refers back to the last name
    role_org_name=True,
    closed_units=True,           # after a number Indonesian puts verbs, names and adverbs as often as nouns
)
