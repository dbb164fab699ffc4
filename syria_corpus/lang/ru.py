"""Russian: inverted reports (`…, сообщил Конашенков.`), agencies as addressees, paired subjects."""
from .base import Rules

RULES = Rules(
    inverted_reports=True,
    quoted_addressee=True,
    recipient_first=True,
    soft_blockers=True,
)
