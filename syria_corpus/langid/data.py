"""configs/langid.yaml read into LangIdData (langdata/schema.py), once per configs folder."""
from __future__ import annotations

from ..langdata.schema import Curve, LangIdData
from ..langdata.validate import LanguageDataError, read
from ..resources import config_dir, per_configs, read_yaml

NAME = "langid.yaml"


@per_configs()
def langid_data() -> LangIdData:
    where = str(config_dir() / NAME)
    data = read(LangIdData, dict(read_yaml(NAME)), where)
    cal = data.calibration
    for name, curve in (("alone", cal.alone), ("agree", cal.agree), ("disagree", cal.disagree)):
        _check_curve(curve, where, f"calibration.{name}")
    for code, lang in data.languages.items():
        if lang.alphabet != lang.alphabet.lower():
            raise LanguageDataError(f"{where}: languages.{code}.alphabet: expected lower-case letters")
    return data


def _check_curve(curve: Curve, where: str, path: str) -> None:
    xs = [p[0] for p in curve]
    in_range = all(0 <= v <= 1 for p in curve for v in p)
    if not curve or any(len(p) != 2 for p in curve) or xs != sorted(xs) or not in_range:
        raise LanguageDataError(f"{where}: {path}: expected [x, y] points in 0..1 with x ascending")


def interpolate(curve: Curve, x: float) -> float:
    """The piecewise-linear curve through `curve`'s points at x (flat beyond its ends)."""
    if x <= curve[0][0]:
        return curve[0][1]
    for (x0, y0), (x1, y1) in zip(curve, curve[1:]):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0) if x1 > x0 else y1
    return curve[-1][1]
