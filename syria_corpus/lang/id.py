"""Indonesian: online-news copy loses or pads quote marks and attributes with inverted, -nya verbs."""
from .base import Rules

RULES = Rules(
    padded_marks=True,
    unmarked_quotes=True,
    pronoun_last_speaker=True,
    bare_comma=True,
    cataphora_over_name=False,   # long one-paragraph articles: `…, kata dia.` refers back to the last name
    role_org_name=True,
    org_head_first=True,         # `Kolese Kanisius`, `Universitas Paramadina`: bodies, not persons
    noun_before=True,            # `Laki-laki 170 dan wanita 70 orang`
    acronym_units=True,          # `11 DNS`, `3 ABK`
    name_numbers=True,           # `Densus 88`, `Aksi 212`, `Jl Menteng Raya 62`: numbers name units, events, places
)
