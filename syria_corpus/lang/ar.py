"""Arabic: verb-first reports, clitics and the article are data (configs/lang/ar.yaml); here, the rules
only Arabic writing needs."""
from .base import Rules

RULES = Rules(
    month_gloss=True,   # Saudi and Levantine papers gloss the Gregorian month with the Syriac one
    bracketed_names=True,   # `بحسب مركز الابحاث المستقل (غايدار)`: no capitals mark a body's own name
)
