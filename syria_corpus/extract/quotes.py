"""Direct and reported speech with their speakers: `extract_quotes(doc) -> list[dict]`.

Steps: (1) pair quote marks per paragraph (nesting, apostrophes, missing marks, quotes that
reopen on each paragraph); (2) find reporting cues with the language's word lists; (3) attach to
each quote the cue next to it and the speaker mention next to that cue; (4) turn the remaining
cues with a complementizer (that/أن/bahwa/что) into reported speech; (5) resolve each speaker
mention to the fullest in-document name (mentions.resolve) and hand the quotes of a paragraph
that ends with a named speaker to that speaker. All words come from configs/lang/<code>.yaml.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..langdata import lang_data
from ..model import Document
from ..segment import paragraphs, sentences
from .mentions import Mention, bare_name, find_mentions, resolve

_END = ".!?؟…"
_NEAR = 120   # characters: how far a speaker mention may stand from its cue (a bound, for speed)


@dataclass
class Cue:
    start: int
    end: int
    form: str          # the cue word as listed in the data
    kind: str          # verb | prefix | cont


@dataclass
class Quote:
    start: int
    end: int
    kind: str
    cue: Cue | None = None
    speaker: Mention | None = None
    implicit: bool = False     # speaker taken from context (continuation, implicit subject)
    referent: Mention | None = None   # who a pronoun or continuation here refers to, when known later
    group: int = -1            # pieces of one multi-paragraph quote share a group


@functools.lru_cache(maxsize=None)
def _conf(lang: str) -> dict:
    q = lang_data(lang).get("quotes") or {}
    clit = "|".join(map(re.escape, q.get("clitics") or []))
    pre = f"(?:{clit})?" if clit else ""

    def rx(words):
        words = sorted({str(w) for w in words}, key=len, reverse=True)
        alts = "|".join(re.escape(w) for w in words) or "(?!)"
        return re.compile(rf"(?<![\w’']){pre}({alts})(?![\w’'])")
    cont = [str(w) for w in q.get("continuation") or []]
    return {
        "marks": {o: set(c) for o, c in (q.get("marks") or {}).items()},
        "label": int(q.get("label_max_words", 3)),
        "verbs": rx(list(q.get("verbs") or []) + cont + [str(w).capitalize() for w in q.get("verbs") or []]
                    + [w.capitalize() for w in cont]),
        "prefix": rx(list(q.get("prefix_cues") or []) + [w.capitalize() for w in q.get("prefix_cues") or []]),
        "cont": {w.lower() for w in cont},
        "comp": rx(q.get("complementizers") or []),
        "relay": rx(q.get("relay") or []),
        "side": q.get("speaker_side", "before"),
        "after": set(map(str, q.get("after_verbs") or [])),
        "bare": set(map(str, q.get("bare_content_verbs") or [])),
        "self": set(map(str, q.get("self_subject") or [])),
        "gap": int(q.get("max_gap", 6)),
        "fragment": int(q.get("fragment_max_words", 5)),
        "conj": rx(q.get("conjunctions") or []),
    }


# ---------------------------------------------------------------- quote marks

def _is_apostrophe(text: str, i: int) -> bool:
    return text[i] in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _pair_marks(text: str, a: int, b: int, marks: dict) -> tuple[list, list, int | None]:
    """Outermost (open, close) pairs of one paragraph, orphan closers, and an unclosed opener."""
    closers = set().union(*marks.values()) if marks else set()
    stack, pairs, orphans = [], [], []
    for i in range(a, b):
        c = text[i]
        if (c not in marks and c not in closers) or _is_apostrophe(text, i):
            continue
        before = text[i - 1] if i > a else " "
        after = text[i + 1] if i + 1 < b else " "
        can_close = c in closers and not before.isspace()
        lead = text[a:i].rstrip()[-1:]   # `قال: " جبهة` opens despite the space
        can_open = c in marks and (not before.isalnum() or before == "ـ") and (not after.isspace() or lead in (":", ","))
        match = next((k for k in range(len(stack) - 1, -1, -1) if c in marks.get(text[stack[k]], ())), None)
        if can_close and match is not None and not (can_open and before.isspace()):
            start = stack[match]
            del stack[match:]
            if not stack:
                pairs.append((start, i))
        elif can_open:
            stack.append(i)
        elif can_close and not stack and c not in marks and c not in "'‘’":   # `"` alone is too ambiguous
            orphans.append(i)
    return pairs, orphans, (stack[0] if stack else None)


def _direct_quotes(text: str, lang: str, conf: dict) -> list[Quote]:
    out: list[Quote] = []
    carry = None   # a quote left open at the end of the previous paragraph
    for a, b in paragraphs(text):
        pairs, orphans, unclosed = _pair_marks(text, a, b, conf["marks"])
        reopened = carry if carry is not None and text[a] in conf["marks"] else None
        carry = None
        for o, c in pairs:
            out.append(Quote(o + 1, c, "direct", group=reopened if o == a and reopened is not None else len(out)))
        for c in orphans:
            q = _orphan(text, lang, conf, a, c, out)
            if q:
                out.append(q)
        if unclosed is not None:
            gid = reopened if unclosed == a and reopened is not None else len(out)
            out.append(Quote(unclosed + 1, b, "direct", group=gid))
            carry = gid
    return [q for q in map(functools.partial(_tidy, text), out) if q]


def _orphan(text: str, lang: str, conf: dict, para_start: int, close: int, found: list[Quote]) -> Quote | None:
    """A closing mark with no opener: it extends a quote closed shortly before in the paragraph
    (`“…Front” (banned…) which… stop,”`), else the quote ran from the start of its sentence
    (after a leading `According to him,`)."""
    prev = [q for q in found if para_start <= q.start < close]
    between = re.sub(r"\([^)]*\)", "", text[prev[-1].end + 1:close]) if prev else ""
    if prev and _words(between) <= 30 and not _marks_in(between, conf) and not re.search(r"[.!?؟]\s", between) \
            and text[prev[-1].end - 1] not in _END:
        prev[-1].end = close
        return None
    s0 = max([s for s, e in sentences(text, lang) if s <= close] + [para_start])
    m = conf["prefix"].match(text, s0)
    comma = text.find(",", s0, close) if m else -1
    return Quote(comma + 1 if comma > 0 else s0, close, "direct")


def _marks_in(s: str, conf: dict) -> bool:
    return any(c in conf["marks"] or any(c in v for v in conf["marks"].values()) for c in s.replace("’", "").replace("'", ""))


def _tidy(text: str, q: Quote) -> Quote | None:
    a, b = q.start, q.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",،"):
        b -= 1
    if a >= b:
        return None
    q.start, q.end = a, b
    return q


# ---------------------------------------------------------------- cues and speakers

def _cues(text: str, conf: dict) -> list[Cue]:
    # a capitalised verb is a cue only where a sentence starts (`Said Ellis:`, not `United States`)
    out = [Cue(m.start(1), m.end(1), m.group(1), "cont" if m.group(1).lower() in conf["cont"] else "verb")
           for m in conf["verbs"].finditer(text)
           if not m.group(1)[0].isupper() or _sentence_initial(text, m.start(1))]
    out += [Cue(m.start(1), m.end(1), m.group(1), "prefix") for m in conf["prefix"].finditer(text)]
    return sorted(out, key=lambda c: c.start)


def _sentence_initial(text: str, i: int) -> bool:
    before = text[max(0, i - 20):i].rstrip()
    return i < 20 and not before or bool(before) and before[-1] in _END + "\n\"”»:"


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


@dataclass
class _Ctx:
    """What every step needs about one document."""
    text: str
    lang: str
    conf: dict
    ms: list
    sents: list
    starts: list
    paras: list

    def __post_init__(self):
        self.para_starts = [a for a, _ in self.paras]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return self.sents[i]

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.para_starts, pos) - 1)
        return self.paras[i]


def _participle(ctx: _Ctx, c: Cue) -> int | None:
    """`…, saying that` / `، مشيرا إلى أن`: a subject-less clause going on with the same speaker.
    Returns the offset of the comma that opens it."""
    ts = c.start
    while ts > 0 and ctx.text[ts - 1].isalpha():
        ts -= 1     # the clitic conjunction (وأضاف) belongs to the cue's word
    if c.kind != "cont" or ctx.paragraph(ts)[0] == ts:
        return None
    m = re.search(r"[,،]\s*(?:\w+\s+)?$", ctx.text[max(0, ts - 30):ts])
    return max(0, ts - 30) + m.start() if m else None


def _speaker(ctx: _Ctx, cue: Cue, lo: int, hi: int) -> Mention | None:
    """The mention in the cue's subject slot: before it (`Lavrov said`) or after it
    (`said Lavrov`, `قال لافروف`, `according to X`), with at most two words in between."""
    text, conf = ctx.text, ctx.conf
    if _participle(ctx, cue) is not None:
        return None
    side = "after" if cue.kind == "prefix" or cue.form in conf["after"] or conf["side"] == "after" else "before"
    before = [m for m in ctx.ms if lo <= m.np_start and cue.start - _NEAR <= m.np_end <= cue.start
              and _plain_gap(text[m.np_end:cue.start])]
    if before and conf["conj"].search(text, before[-1].np_end, cue.start):
        before = []   # `Kerry said … and warned`: the subject is the earlier one, not `Aleppo`
    pick = before[-1] if before and side == "before" else None
    if side == "after" or not pick:
        pick = _after(ctx, cue, hi)
    if not pick and side == "after" and before and not ctx.text[before[-1].np_end:cue.start].strip() \
            and cue.form not in conf["after"]:
        pick = before[-1]   # `ووزارة الدفاع أكدت`: Arabic also allows the subject first
    return _relay(ctx, pick) if pick else None


def _plain_gap(gap: str) -> bool:
    """At most two words and no sentence punctuation between subject and verb, a parenthesis
    aside (`Rep. Gwen Moore (D-Wis.) said`)."""
    gap = re.sub(r"\([^)]*\)|^\s*,[^,.;:\"“”]{1,80},", "", gap)   # `(D-Wis.)`, `, a writer for X,`
    return _words(gap) <= 2 and not re.search(r"[\"“”«».:;!?؟]", gap)


def _after(ctx: _Ctx, cue: Cue, hi: int) -> Mention | None:
    text = ctx.text
    pos = _skip_space(text, cue.end)
    here = [m for m in ctx.ms if m.np_start == pos]
    if here:
        return here[0]
    bare = bare_name(text, ctx.lang, pos)
    if bare and not ctx.conf["comp"].match(text, pos):
        return bare
    for m in ctx.ms:
        if not cue.end <= m.np_start < min(hi, cue.end + _NEAR):
            continue
        gap = text[cue.end:m.np_start]
        if _words(gap) <= 2 and not re.search(r"[\"“”«».:;!?؟,،]", gap) \
                and not ctx.conf["comp"].search(gap):
            return m
    return None


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _relay(ctx: _Ctx, m: Mention) -> Mention:
    """`نقلت الوكالة عن الوزارة` / `citing the ministry`: the source relayed is the speaker."""
    r = ctx.conf["relay"].match(ctx.text, _skip_space(ctx.text, m.np_end))
    if not r:
        return m
    nxt = [x for x in ctx.ms if r.end() <= x.np_start < r.end() + _NEAR and _words(ctx.text[r.end():x.np_start]) <= 1]
    return nxt[0] if nxt else m


# ---------------------------------------------------------------- assembling

def extract_quotes(doc: Document) -> list[dict]:
    lang, text = doc.lang, doc.text
    if not lang_data(lang).get("quotes") or not text.strip():
        return []
    conf = _conf(lang)
    sents = sentences(text, lang)
    ctx = _Ctx(text, lang, conf, find_mentions(text, lang), sents, [s for s, _ in sents], paragraphs(text))
    quotes = _direct_quotes(text, lang, conf)
    # a cue inside a quote belongs to the quoted speech, not to the article
    cues = [c for c in _cues(text, conf) if not any(q.start <= c.start < q.end for q in quotes)]
    used: set[int] = set()
    for q in quotes:
        _attribute_direct(ctx, q, quotes, cues, used)
    _share_joined(ctx, quotes)
    _share_groups(quotes)
    _continue_after_attribution(ctx, quotes)
    quotes = [q for q in quotes if q.cue or not _label(text, q, conf)]
    quotes += _block_quotes(ctx, quotes, cues, used)
    cues = [c for c in cues if not any(q.start <= c.start < q.end for q in quotes)]
    reported = _reported(ctx, quotes, cues, used)
    quotes = [q for q in quotes if not _in_clause(ctx, q, reported)] + reported
    speakers = tuple(q.speaker for q in quotes if q.speaker)
    resolve(text, lang, ctx.ms + [s for s in speakers if not any(s is m for m in ctx.ms)], speakers)
    return _rows(text, ctx, quotes)


def _attribute_direct(ctx: _Ctx, q: Quote, quotes: list[Quote], cues: list[Cue], used: set) -> None:
    """A cue right after the closing mark (`," Lavrov said`, `», — сказал Лавров`) or before the
    opening mark in the same sentence and paragraph (`قال لافروف ...: "`), in that order."""
    text, conf = ctx.text, ctx.conf
    pa, pb = ctx.paragraph(q.start)
    close = q.end + 1
    sign = _signature(ctx, close, pb)
    if sign:
        q.cue, q.speaker = sign
        return
    for c in cues:
        if not (close <= c.start < pb) or id(c) in used or c.kind != "verb":
            continue
        between = text[close:c.start]
        sp = _speaker(ctx, c, close, pb)
        lead = text[close:sp.np_start] if sp and sp.np_start < c.start else between
        if re.search(r"\w", lead) or (sp and sp.np_start < c.start and not _plain_gap(text[sp.np_end:c.start])):
            break   # only punctuation, a dash and the speaker may stand between quote and cue
        tail = text[max(c.end, sp.np_end if sp else 0):]
        if conf["comp"].match(text, _skip_space(text, max(c.end, sp.np_end if sp else 0))):
            break   # `"…." He added that …`: the verb reports a clause of its own
        if not re.match(r"\s*[,:،]\s*[\"“«„‘']", tail):   # `She added, "…"` introduces the next quote
            _set(q, c, sp, used, conf)
            return
        break
    s0, _ = ctx.sentence(max(q.start - 2, pa))
    lo = max([o.end for o in quotes if pa <= o.end < q.start] + [s0, pa])
    pre = [c for c in cues if lo <= c.start < q.start and id(c) not in used]
    if not pre:
        return
    c = pre[-1]
    sp = _speaker(ctx, c, lo, q.start)
    rest = text[max(c.end, sp.np_end if sp else 0):q.start - 1].strip()
    # `قال لافروف: "…"`, `said, "…"`, `قال لافروف "…"` (but not `ذكرت "تاس"`, the quote as subject)
    introduced = rest.endswith((":", ",", "،")) or bool(sp and sp.np_start >= c.end and not rest)
    if _label(text, q, conf) and not introduced:
        return   # `ذكرت "تاس"`, `called it "barbarism"`: a label, not a quote
    # a cue further before heads a reported clause around the quote: _reported gets it too
    near = introduced or _words(conf["comp"].sub("", rest)) <= 2
    _set(q, c, sp, used if near else set(), conf)


def _signature(ctx: _Ctx, close: int, pb: int) -> tuple[Cue, Mention] | None:
    """`“…” ― Karen Bobadilla`: a dash and a name closing the paragraph sign the quote."""
    m = re.match(r"[\s,.]*([―—–])\s*", ctx.text[close:pb])
    if not m:
        return None
    at = close + m.end()
    sp = next((x for x in ctx.ms if x.np_start == at and x.kind in ("name", "org", "anon", "title")), None)
    if sp and re.fullmatch(r"[\s.,]*", ctx.text[sp.np_end:pb]):
        return Cue(close + m.start(1), close + m.end(1), m.group(1), "verb"), sp
    return None


def _set(q: Quote, c: Cue, sp: Mention | None, used: set, conf: dict) -> None:
    if sp is None and c.form in conf["self"]:   # `ujarnya`: the verb carries its pronoun
        sp = Mention(c.start, c.end, "pronoun", c.start, c.end)
    q.cue, q.speaker = c, sp
    q.implicit = sp is None and (c.kind == "cont" or conf["side"] == "after" or c.form in conf["self"])
    used.add(id(c))


def _share_joined(ctx: _Ctx, quotes: list[Quote]) -> None:
    """`said "…" and "…"`: quotes joined by a conjunction share the cue."""
    for a, b in zip(quotes, quotes[1:]):
        gap = ctx.text[a.end + 1:b.start - 1]
        if a.cue and not b.cue and re.fullmatch(r"[\s,،]*", ctx.conf["conj"].sub("", gap, count=1)) and gap.strip():
            b.cue, b.speaker, b.implicit = a.cue, a.speaker, a.implicit


def _share_groups(quotes: list[Quote]) -> None:
    """A quote running over paragraphs is attributed once, usually after its last piece."""
    for q in quotes:
        src = next((o for o in reversed(quotes) if o.group == q.group and o.cue), None)
        if src and not q.cue:
            q.cue, q.speaker, q.implicit = src.cue, src.speaker, src.implicit


def _label(text: str, q: Quote, conf: dict) -> bool:
    """A short quoted phrase that is not a sentence of its own: `"barbarism"`, `"anti-ISIS"`."""
    return _words(text[q.start:q.end]) <= conf["label"] and text[q.end - 1] not in _END


def _continue_after_attribution(ctx: _Ctx, quotes: list[Quote]) -> None:
    """`“…,” she said. “…”`: a quote that follows the attribution of the quote before, with
    nothing else in between, is the same speaker's."""
    for p, q in zip(quotes, quotes[1:]):
        between = ctx.text[p.end + 1:q.start - 1]
        if p.cue and not q.cue and p.end < p.cue.start < q.start and "\n" not in between.strip() \
                and _words(between) <= 16:
            q.cue, q.speaker, q.implicit = p.cue, p.speaker, p.implicit


def _in_clause(ctx: _Ctx, q: Quote, reported: list[Quote]) -> bool:
    """True when a quote inside a reported clause is dropped: a short one is part of the clause
    (`… are ‘in bed with terrorists’`); a longer one without a cue of its own takes the clause's."""
    outer = next((r for r in reported if r.start <= q.start and q.end <= r.end + 2), None)
    if q.kind != "direct" or outer is None:
        return False
    if _words(ctx.text[q.start:q.end]) <= ctx.conf["fragment"]:
        return True
    if not q.cue:
        q.cue, q.speaker, q.implicit = outer.cue, outer.speaker, outer.implicit
    return False


def _block_quotes(ctx: _Ctx, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    """A paragraph ending with a colon introduces the next paragraph(s) as a quote."""
    text, out, paras = ctx.text, [], ctx.paras
    for k, (a, b) in enumerate(paras[:-1]):
        if text[b - 1] != ":":
            continue
        named = [m for m in ctx.ms if a <= m.start < b and m.kind != "pronoun"]
        here = [c for c in cues if a <= c.start < b and c.kind != "prefix"]
        if not (here or [m for m in named if m.kind != "org"]):
            continue  # a headline such as `روسيا تفاخر:` introduces nothing
        na = paras[k + 1][0]
        opened = [q for q in quotes if q.start <= na + 1 < q.end or q.start == na + 1]
        if opened:   # `Caddell continued:` then a quoted paragraph
            if not opened[0].cue and here:
                _set(opened[0], here[-1], _speaker(ctx, here[-1], a, b), used, ctx.conf)
            continue
        j = k + 1
        while j + 1 < len(paras) and text[paras[j][1] - 1] not in _END + "\"”»":
            j += 1   # a line-wrapped paragraph goes on
        pa = paras[k - 1][0] if k and not here else a   # `… (kutipan\nРИА Новости):`
        cands = [c for c in cues if pa <= c.start < b and c.kind != "prefix"]
        q = Quote(na, paras[j][1], "direct")
        if cands:
            _set(q, cands[-1], _speaker(ctx, cands[-1], pa, b), used, ctx.conf)
        else:
            q.cue, q.speaker = Cue(b - 1, b, ":", "verb"), (named[-1] if named else None)
        out.append(q)
    return out


def _reported(ctx: _Ctx, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    text, conf, out = ctx.text, ctx.conf, []
    for c in cues:
        if id(c) in used:
            continue
        s0, s1 = ctx.sentence(c.start)
        sp = _speaker(ctx, c, s0, s1)
        a = _content_start(ctx, c, sp, s1)
        if a is None:
            continue
        q = _tidy(text, Quote(a, _clause_end(ctx, cues, a, s1), "indirect", c, sp))
        if not q or _words(text[q.start:q.end]) < 2 or text[q.end - 1] == ":":
            continue
        q.implicit = sp is None
        if sp is None and not (_participle(ctx, c) is not None or conf["side"] == "after" or conf["conj"].search(text, s0, c.start)):
            continue   # `said` with nobody saying it is not reported speech
        inner = [d for d in quotes if d.kind == "direct" and q.start <= d.start and d.end <= q.end]
        outside = _words(text[q.start:q.end]) - sum(_words(text[d.start:d.end]) for d in inner)
        if inner and outside < 3:
            continue   # `said that "…"`: the quote is the report
        out.append(q)
    return out


def _content_start(ctx: _Ctx, c: Cue, sp: Mention | None, s1: int) -> int | None:
    """After the complementizer (`that`, `أن`, `bahwa`, `что`) near the cue; after the comma of a
    prefix cue; right after the verb where the subject stands before it (`the minister said the…`)."""
    text, conf = ctx.text, ctx.conf
    pos = max(c.end, sp.np_end if sp else 0)
    m = conf["comp"].search(text, pos, s1)
    # `заявил, что` and `، فيتالي تشوركين، في … إنه` keep their commas
    gap = re.sub(r"^\s*[,،]|[,،]\s*$", "", text[pos:m.start()]) if m else ""
    if m and _words(gap) <= conf["gap"] and not re.search(r"[\"“«:,،]", gap):
        end = m.end()
        while (more := conf["comp"].match(text, _skip_space(text, end))):   # `قوله إن`, `bahwasanya`
            end = more.end()
        return end
    if c.kind == "prefix":
        comma = re.search(r"[,،]", text[pos:s1])
        return pos + comma.end() if comma and _words(text[pos:pos + comma.start()]) <= 8 else None
    if c.form.lower() in conf["bare"] and sp and sp.np_end <= c.start and re.match(r"\s+\w", text[pos:s1]):
        return pos
    return None


def _clause_end(ctx: _Ctx, cues: list[Cue], a: int, s1: int) -> int:
    """The sentence end, or the next participle cue (`, saying that`, `، مشيرا إلى أن`)."""
    text = ctx.text
    for d in cues:
        comma = _participle(ctx, d) if a < d.start < s1 else None
        if comma is not None and comma > a:
            return comma
    end = s1
    while end > a and text[end - 1] in _END + "\"”»’“« ":
        end -= 1
    return end


def _rows(text: str, ctx: _Ctx, quotes: list[Quote]) -> list[dict]:
    """Rows of the contract. A subject-less cue (`وأضاف:`, `Adding,`) and an unresolved pronoun
    take the speaker of the quote before."""
    _cataphora(ctx, quotes)
    last, rows = None, []
    for q in sorted(quotes, key=lambda x: (x.start, x.end)):
        sp, ref = q.speaker, q.referent or q.speaker
        name, typ = (ref.speaker_name, ref.speaker_type) if ref else (None, None)
        if name is None and (q.implicit or (sp and sp.kind == "pronoun")) and last:
            name, typ = last
        if name:
            last = (name, typ)
        shown = sp or ref
        st = (shown.start, shown.end) if shown else (None, None)
        if shown is None and name and q.cue:
            st = (q.cue.start, q.cue.end)   # `وأضاف:`: the verb stands for its implicit subject
        rows.append({
            "speaker_text": text[st[0]:st[1]] if st[0] is not None else None,
            "speaker_start": st[0], "speaker_end": st[1],
            "speaker_name": name, "speaker_type": typ,
            "role": ref.role if ref else None,
            "text": text[q.start:q.end], "kind": q.kind,
            "cue": text[q.cue.start:q.cue.end] if q.cue else None,
            "cue_start": q.cue.start if q.cue else None, "cue_end": q.cue.end if q.cue else None,
            "start": q.start, "end": q.end,
        })
    return rows


def _cataphora(ctx: _Ctx, quotes: list[Quote]) -> None:
    """`"…" She added, "…" … "…," Samantha Power said.`: the quotes of a paragraph before its
    last quote, when that one is followed by a named speaker, are that speaker's unless named."""
    for a, b in ctx.paras:
        qs = sorted([q for q in quotes if a <= q.start < b and q.kind == "direct"], key=lambda x: x.start)
        if not qs or not qs[-1].speaker or qs[-1].speaker.kind != "name" or qs[-1].speaker.start < qs[-1].end:
            continue
        for q in reversed(qs[:-1]):
            if q.speaker and q.speaker.kind != "pronoun" and not q.implicit:
                break
            q.referent = qs[-1].speaker
