"""Quotation marks: pairing per paragraph (nesting, apostrophes, missing and padded marks, quotes
that reopen on each paragraph), and telling a quote from a label (`"barbarism"`)."""
from __future__ import annotations

import functools
import re

from ... import chars
from .grammar import QuoteGrammar
from .model import END, Quote, QuoteContext, words


def is_apostrophe(text: str, i: int) -> bool:
    return text[i] in chars.APOSTROPHES and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def pair_marks(text: str, a: int, b: int, marks: dict, padded: bool = False) -> tuple[list, list, int | None]:
    """Outermost (open, close) pairs of one paragraph, orphan closers, and an unclosed opener."""
    closers = set().union(*marks.values()) if marks else set()
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    orphans: list[int] = []
    for hit in _any_of("".join(sorted({c for c in [*marks, *closers] if len(c) == 1}))).finditer(text, a, b):
        i = hit.start()   # (only the marks: nothing happens at any other character)
        c = text[i]
        if is_apostrophe(text, i):
            continue
        before = text[i - 1] if i > a else " "
        after = text[i + 1] if i + 1 < b else " "
        # `…the term 'African American outreach,' " he told`: a closing mark set off by a space from the
        # nested quote that closed right before it still closes the outer quote
        nested = bool(stack) and before.isspace() and i - 2 >= a and text[i - 2] in closers \
            and not text[i - 3:i - 2].isspace() and (after.isspace() or after in ",.;:!?")
        # guillemets point one way only, so spacing cannot mislead (French `« Non »`, Arabic `« نعم »`)
        can_close = c in closers and (not before.isspace() or c in chars.ONE_WAY_CLOSE or nested)
        lead = _last_visible(text, a, i)   # `قال: " جبهة` opens despite the space
        # a mark glued to a comma and followed by a space (`…saksi," kata`) closes, it never opens
        # a one-letter word glued onto a guillemet (`و«إعادة الأمل»`, `в«Известиях»`) is a proclitic: it still opens
        glued = c in chars.ONE_WAY_OPEN and before.isalpha() and (i - 1 == a or not text[i - 2].isalnum())
        can_open = c in marks and (not before.isalnum() or before in chars.JOINERS or glued) and (
            not after.isspace() or (lead in (":", ",") and before.isspace()) or c in chars.ONE_WAY_OPEN)
        match = next((k for k in range(len(stack) - 1, -1, -1) if c in marks.get(text[stack[k]], ())), None)
        if padded and before.isspace() and after.isspace():   # `" Berita …, " kata Abu`: marks set off by spaces
            can_close, can_open = match is not None, match is None and c in marks
        if can_close and match is not None and not (can_open and before.isspace() and not nested):
            start = stack[match]
            del stack[match:]
            if not stack:
                pairs.append((start, i))
        elif can_open:
            stack.append(i)
        elif can_close and not stack and c not in "'‘’" and (
                c not in marks or (before in ",.!?" and after.isspace() and not pairs)):
            # `"` alone is too ambiguous, unless it closes a paragraph's first sentence whose opener was lost
            # (`Kami siap," kata X`): the quote must not swallow its own attribution
            orphans.append(i)
    return pairs, orphans, (stack[0] if stack else None)


def _last_visible(text: str, a: int, i: int) -> str:
    """text[a:i].rstrip()[-1:] without copying the paragraph up to each mark (quadratic in a long one)."""
    while i > a and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > a else ""


@functools.lru_cache(maxsize=64)
def _any_of(characters: str) -> re.Pattern:
    return re.compile(f"[{re.escape(characters)}]" if characters else "(?!)")


def direct_quotes(ctx: QuoteContext) -> list[Quote]:
    text, g = ctx.text, ctx.g
    out: list[Quote] = []
    carry = None   # a quote left open at the end of the previous paragraph
    for a, b in ctx.paras:
        pairs, orphans, unclosed = pair_marks(text, a, b, g.marks, g.padded)
        reopened = carry if carry is not None and text[a] in g.marks else None
        carry = None
        for o, c in pairs:
            out.append(Quote(o + 1, c, "direct", group=reopened if o == a and reopened is not None else len(out)))
        for c in orphans:
            q = _orphan(ctx, a, c, out)
            if q:
                out.append(q)
        if unclosed is not None:
            gid = reopened if unclosed == a and reopened is not None else len(out)
            out.append(Quote(unclosed + 1, b, "direct", group=gid))
            carry = gid
    return [q for q in map(functools.partial(tidy, text), out) if q]


def _orphan(ctx: QuoteContext, para_start: int, close: int, found: list[Quote]) -> Quote | None:
    """A closing mark with no opener: it extends a quote closed shortly before in the paragraph
    (`“…Front” (banned…) which… stop,”`), else the quote ran from the start of its sentence
    (after a leading `According to him,`)."""
    text, g = ctx.text, ctx.g
    prev = [q for q in found if para_start <= q.start < close]
    between = re.sub(r"\([^)]*\)", "", text[prev[-1].end + 1:close]) if prev else ""
    if prev and words(between) <= 30 and not marks_in(between, g) and not re.search(r"[.!?؟]\s", between) \
            and text[prev[-1].end - 1] not in END:
        prev[-1].end = close
        return None
    s0 = max([s for s, e in ctx.parsed.sentences if s <= close] + [para_start])
    m = g.prefix.match(text, s0)
    comma = text.find(",", s0, close) if m else -1
    return Quote(comma + 1 if comma > 0 else s0, close, "direct")


def marks_in(s: str, g: QuoteGrammar) -> bool:
    return any(c in g.marks or any(c in v for v in g.marks.values()) for c in s.replace("’", "").replace("'", ""))


def tidy(text: str, q: Quote) -> Quote | None:
    a, b = q.start, q.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in chars.COMMAS):
        b -= 1
    if a >= b:
        return None
    q.start, q.end = a, b
    return q


def is_label(text: str, q: Quote, g: QuoteGrammar) -> bool:
    """A short quoted phrase that is not a sentence of its own: `"barbarism"`, `"anti-ISIS"`."""
    if g.name_labels and is_name_label(text, q):
        return True
    if words(text[q.start:q.end]) <= g.label and text[q.end - 1] not in END:
        return True
    # not in the headline (its first line), which capitalises every word
    # (a search up to the quote, not a copy of the text before it per quote)
    return bool(g.title_label) and text.find("\n", 0, q.start) >= 0 and _title(text[q.start:q.end], g.title_label)


def _title(s: str, n: int) -> bool:
    """`Fox and Friends.`, `Meet the Press.`: two to `n` words, the first and last capitalised, the others
    capitalised or short lower-case words, a full stop at most after them: the title of a show or a book."""
    ws = re.findall(r"[\w’'-]+", s)
    return 2 <= len(ws) <= n and bool(re.fullmatch(r"[\w’'\s-]+\.?", s)) and ws[0][0].isupper() \
        and ws[-1][0].isupper() and all(w[0].isupper() or (w.islower() and len(w) <= 3) for w in ws)


def is_name_label(text: str, q: Quote) -> bool:
    """A quoted name: `«Хайят Тахрир аш-Шам»`, `«Известиям»` (capitalised words, short particles)."""
    s = text[q.start:q.end]
    return words(s) <= 6 and s[-1] not in END and all(
        w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in re.findall(r"\w+", s))
