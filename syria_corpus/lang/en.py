"""English: newspaper attribution style (split quotes, closing attributions, pronoun genders)."""
from .base import Rules

RULES = Rules(
    split_quotes=True,
    final_attribution=True,
    pronouns_skip_quoted=True,
    titles_need_class=True,
    pronouns_prefer_speakers=True,
    forward_titles=True,
    postposed_roles=True,
    time_suffix_alone=True,
    subject_speaks=True,
    apposed_subjects=True,
    headline_subject=True,
    colon_speaker=True,
    pronoun_subject_first=True,
)
