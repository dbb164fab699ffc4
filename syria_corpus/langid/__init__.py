"""Language identification, designed (configs/langid.yaml holds what it knows of each language).

1. Script: the letters' script narrows the answer to the configured languages written in it.
2. Letters: a letter only some of them write rules the others out (پ is not Arabic, ы not
   Ukrainian, ї not Russian); one language left decides, however short the text.
3. lingua, restricted to the languages left, on a bounded sample of the text (slices spread over
   the document, `detect_sample_chars`), so cost does not grow with article length.
4. langdetect (seeded), only when lingua is unsure (`unsure:`): whether it agrees says how sure
   the answer is; lingua's answer is kept (measured: when the two disagree it is right more often).
`lang_confidence` is calibrated: how often an answer of that kind and raw confidence was right on
held-out texts (benchmarks/langid.py --fit). `und` only when nothing decides: no letters of a known
script, no configured language for them, or a name alone whose letters do not tell.
Passages in another script (a Russian `РИА Новости` inside an Indonesian article) are segments.
"""
from .decide import Detection, Segment, candidates, decide, detect, foreign_segments, sample
from .letters import script_counts

__all__ = ["Detection", "Segment", "candidates", "decide", "detect", "foreign_segments", "sample", "script_counts"]
