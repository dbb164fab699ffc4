"""Language of a document and of the passages inside it written in another script: the mechanism is
the package syria_corpus.langid (script, letters, lingua, langdetect when unsure), its data
configs/langid.yaml. This module keeps the name the pipeline imports."""
from __future__ import annotations

from .langid import Detection, Segment, candidates, decide, detect, foreign_segments, sample, script_counts

__all__ = ["Detection", "Segment", "candidates", "decide", "detect", "foreign_segments", "sample", "script_counts"]
