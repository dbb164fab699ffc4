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


_AR_MARKS = "[\u064B-\u0652]*"   # Arabic short vowels, tanween, shadda, sukun: optional inside a cue word


def _marks_optional(w: str) -> str:
    """A cue word as a regex; Arabic-script words also match when written with short vowels (`أنّه`, `لافتًا`)."""
    if not re.search(r"[\u0600-\u06FF]", w):
        return re.escape(w)
    return _AR_MARKS.join(re.escape(ch) for ch in w)


@functools.lru_cache(maxsize=None)
def _conf(lang: str) -> dict:
    q = lang_data(lang).get("quotes") or {}
    clit = "|".join(map(re.escape, q.get("clitics") or []))
    pre = f"(?:{clit})?" if clit else ""

    def rx(words):
        words = sorted({str(w) for w in words}, key=len, reverse=True)
        alts = "|".join(_marks_optional(w) for w in words) or "(?!)"
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
        "participle_subject": bool(q.get("participle_subject")),   # `Trump …, saying that`: the clause's subject
        "noun_subject": [str(w) for w in q.get("common_noun_subject") or []],   # `the announcer said`
        "tail_words": int(q.get("tail_before_attribution", 0)),   # `“…” for X, she said.`
        "skip_quoted": bool(q.get("pronouns_skip_quoted")),   # a name only inside quotes is no pronoun's antecedent
        "final": bool(q.get("final_attribution")),
        "split_quotes": bool(q.get("split_quotes")),
        "object_verbs": set(map(str, q.get("object_verbs") or [])),   # `told X`: X listens, never speaks
        "continue_words": int(q.get("continue_max_words", 16)),   # `“…,” X said … . “…”`: words between
        "lead_words": int(q.get("subject_lead_words", 0)),   # `“…,” Trump lawyer Marc Kasowitz said`
        "bare_stop": re.compile(r"\s+(?:%s)(?![\w’'])" % "|".join(map(str, q["bare_not_before"])), re.I)
        if q.get("bare_not_before") else None,
        # `claimed the lives of`: a reporting verb in a phrase that reports nothing
        "not_cues": re.compile("|".join(f"(?:{x})" for x in q["not_cues"])) if q.get("not_cues") else None,
        "padded": bool(q.get("padded_marks")),        # a mark with spaces on both sides closes an open quote, else opens
        "unmarked": bool(q.get("unmarked_quotes")),   # `Kalimat …, ujarnya.`: quote marks lost in the source
        "pronoun_last_speaker": bool(q.get("pronoun_last_speaker")),   # `ujarnya`: the person quoted last
        "inverted": bool(q.get("inverted_reports")),   # `…, сообщил Конашенков.`: any verb, its subject after it
        "addressee": bool(q.get("quoted_addressee")),   # `сказал «Интерфаксу», что`: a quoted name may stand before `что`
        "name_labels": bool(q.get("name_labels")),      # `группировка «Хайят Тахрир аш-Шам»`: a quoted name is a label
        "recipient_first": bool(q.get("recipient_first")),   # `сообщил ТАСС источник`: an agency right after the verb is told
        "bare_comma": bool(q.get("bare_comma")),   # `X mengatakan, <clause>`: a comma stands for the complementizer
        "cataphora_over_name": q.get("cataphora_over_name", True),
        "glued": re.compile(f"(?:{q['glued_before']})$") if q.get("glued_before") else None,
        # regular expressions for the one told, right after a verb-first cue: skipped to reach the subject
        "recipient": re.compile("|".join(f"(?:{x})" for x in q["recipient"])) if q.get("recipient") else None,   # false: a pronoun with a name before it is not cataphoric
    }


# ---------------------------------------------------------------- quote marks

def _is_apostrophe(text: str, i: int) -> bool:
    return text[i] in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


_ONE_WAY_OPEN, _ONE_WAY_CLOSE = "«‹", "»›"


def _pair_marks(text: str, a: int, b: int, marks: dict, padded: bool = False) -> tuple[list, list, int | None]:
    """Outermost (open, close) pairs of one paragraph, orphan closers, and an unclosed opener."""
    closers = set().union(*marks.values()) if marks else set()
    stack, pairs, orphans = [], [], []
    for i in range(a, b):
        c = text[i]
        if (c not in marks and c not in closers) or _is_apostrophe(text, i):
            continue
        before = text[i - 1] if i > a else " "
        after = text[i + 1] if i + 1 < b else " "
        # guillemets point one way only, so spacing cannot mislead (French `« Non »`, Arabic `« نعم »`)
        can_close = c in closers and (not before.isspace() or c in _ONE_WAY_CLOSE)
        lead = text[a:i].rstrip()[-1:]   # `قال: " جبهة` opens despite the space
        can_open = c in marks and (not before.isalnum() or before == "ـ") and (
            not after.isspace() or lead in (":", ",") or c in _ONE_WAY_OPEN)
        match = next((k for k in range(len(stack) - 1, -1, -1) if c in marks.get(text[stack[k]], ())), None)
        if padded and before.isspace() and after.isspace():   # `" Berita …, " kata Abu`: marks set off by spaces
            can_close, can_open = match is not None, match is None and c in marks
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
        pairs, orphans, unclosed = _pair_marks(text, a, b, conf["marks"], conf["padded"])
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
    out = [Cue(m.start(1), m.end(1), m.group(1), "cont" if re.sub(_AR_MARKS, "", m.group(1).lower()) in conf["cont"] else "verb")
           for m in conf["verbs"].finditer(text)
           if (not m.group(1)[0].isupper() or _sentence_initial(text, m.start(1)))
           and not (conf["not_cues"] and conf["not_cues"].match(text, m.start(1)))]
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
    comma = _participle(ctx, cue)
    if comma is not None:
        return _clause_subject(ctx, comma) if conf["participle_subject"] else None
    side = "after" if cue.kind == "prefix" or cue.form in conf["after"] or conf["side"] == "after" else "before"
    before = [m for m in ctx.ms if lo <= m.np_start and cue.start - _NEAR <= m.np_end <= cue.start
              and _plain_gap(text[m.np_end:cue.start]) and not _aside(text, m)
              and not (conf["noun_subject"] and _object_of_preposition(text, m))]
    if before and conf["conj"].search(text, before[-1].np_end, cue.start):
        before = []   # `Kerry said … and warned`: the subject is the earlier one, not `Aleppo`
    pick = before[-1] if before and side == "before" else None
    if pick and text[pick.np_end:cue.start].rstrip().endswith(",") \
            and not re.fullmatch(r"\s*,[^,.;:]{1,80},\s*", text[pick.np_end:cue.start]):   # `Керри, в свою очередь, заявил` keeps him
        # `…in Jarablus on Monday, said Yildirim`
        pick = _after(ctx, cue, hi) or (None if re.search(r"\w", text[pick.np_end:cue.start]) else pick)
    elif side == "after" or (not pick and cue.form not in conf["object_verbs"]):
        pick = _after(ctx, cue, hi)   # `said Lavrov`, but not `told AFP` (the listener)
    if not pick and side == "after" and before and not ctx.text[before[-1].np_end:cue.start].strip() \
            and cue.form not in conf["after"]:
        pick = before[-1]   # `ووزارة الدفاع أكدت`: Arabic also allows the subject first
    if not pick and side == "before" and conf["noun_subject"] and cue.kind == "verb":
        pick = _noun_subject(ctx, cue, lo)
    if not pick and conf["side"] == "after" and cue.kind != "prefix":
        pick = _joined_subject(ctx, cue, lo)
    return _relay(ctx, pick) if pick else None


def _joined_subject(ctx: _Ctx, cue: Cue, lo: int) -> Mention | None:
    """Verb-first: `وأكدت الوزارة مقتل … وأضافت أنه …`: a subject-less verb joined to an earlier verb
    of its sentence that reported no clause of its own takes that verb's subject."""
    for v in reversed(list(ctx.conf["verbs"].finditer(ctx.text, lo, cue.start))):
        m = _after(ctx, Cue(v.start(1), v.end(1), v.group(1), "verb"), cue.start)
        if m:
            between = ctx.text[m.np_end:cue.start]
            ok = not ctx.conf["comp"].search(between) and not re.search(r"[\"“”«».:;!?؟]", between)
            known = any(m is x for x in ctx.ms)   # not a bare run of words (`وأكدت قتل خمسة عناصر`)
            return m if known and ok and ctx.conf["conj"].search(between) else None
    return None


def _object_of_preposition(text: str, m: Mention) -> bool:
    """`a doctor in Idlib said`, `a resident of Midan said`: a bare place or name right after a preposition
    that follows a common noun is not the subject (`Democrat of California said` keeps California)."""
    prev = re.search(r"(\S+)\s+([\w’']+)\s+$", text[max(0, m.np_start - 40):m.np_start])
    return m.kind in ("name", "org") and not m.role and bool(prev) and prev.group(2) in _PREPS \
        and not prev.group(1)[:1].isupper()


def _aside(text: str, m: Mention) -> bool:
    """A mention in parentheses (`Rep. Gwen Moore (D-Wis.) said`) is an aside, never the subject."""
    return text[m.np_start - 1:m.np_start] == "(" and text[m.np_end:m.np_end + 1] == ")"


def _clause_subject(ctx: _Ctx, comma: int) -> Mention | None:
    """The subject of the clause a participle (`, saying that`) goes on from: the first mention of
    its sentence that opens it, or follows an opening phrase or quote (`In Ohio, Trump …, saying`)."""
    s0, _ = ctx.sentence(comma)
    for m in ctx.ms:
        if s0 <= m.np_start < comma:
            lead = ctx.text[s0:m.np_start].rstrip()
            if not lead or lead[-1] in ",\"”»":
                return m
            if ctx.conf["side"] == "after" and len(lead.split()) == 1 and lead[-1].isalpha():
                return m   # verb-first: `ونفى الوزير … ، قائلا`
    return None


_ADVERBS = "also|later|then|has|had|have|previously|earlier|again|reportedly|further|recently|once|just|repeatedly"
_PREPS = {"on", "in", "at", "of", "from", "to", "for", "with", "by", "into", "about", "over", "under", "near", "than", "as"}


def _noun_subject(ctx: _Ctx, cue: Cue, lo: int) -> Mention | None:
    """`the announcer said`, `a narrator asks`: a determiner and up to three lower-case words right
    before the verb make a title that no known person answers to (the determiners are listed in
    `quotes.common_noun_subject`). Not after a preposition (`on the ground said`)."""
    text, a = ctx.text, max(lo, cue.start - 80)
    dets = "|".join(map(re.escape, ctx.conf["noun_subject"]))
    pp = r"(?:\s+(?:in|at|of|from|near|for|with)\s+(?:(?:the|a|an)\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3}){0,2}"
    m = re.search(rf"(?:^|(?<=[\s,(]))((?i:{dets})\s+(?:[a-z][\w’'-]*\s+){{0,3}}?[a-z][\w’'-]*{pp})"
                  rf"(?:\s+(?:{_ADVERBS}))*\s+$", text[a:cue.start])
    if not m:
        return None
    before = re.findall(r"[\w’']+", text[a:a + m.start(1)])
    words = re.match(r"\S+(?:\s+[a-z][\w’'-]*)*", m.group(1)).group().split()   # the head noun closes the lower-case run
    if (before and before[-1].lower() in _PREPS) or words[-1].lower() in ctx.conf["cont"] \
            or any(ctx.conf["conj"].fullmatch(w) for w in words):
        return None
    s, e = a + m.start(1), a + m.end(1)
    kind = "title" if words[0].lower() in ("the", "this", "that") else "anon"
    return Mention(s, e, kind, s, e, text[s:e], frozenset({"~" + words[-1].lower()}))


def _plain_gap(gap: str) -> bool:
    """At most two words and no sentence punctuation between subject and verb, a parenthesis
    aside (`Rep. Gwen Moore (D-Wis.) said`)."""
    gap = re.sub(r"\([^)]*\)|^\s*,[^,.;:\"“”]{1,80},", "", gap)   # `(D-Wis.)`, `, a writer for X,`
    return _words(gap) <= 2 and not re.search(r"[\"“”«».:;!?؟]", gap)


def _after(ctx: _Ctx, cue: Cue, hi: int) -> Mention | None:
    text = ctx.text
    pos = _skip_space(text, cue.end)
    if ctx.conf["recipient"] and (r := ctx.conf["recipient"].match(text, pos)):
        pos = _skip_space(text, r.end())   # `وقال لـ«الشرق الأوسط» اللواء …`: the paper told, then the speaker
    here = [m for m in ctx.ms if m.np_start == pos]
    if here and ctx.conf["recipient_first"] and here[0].kind == "org":
        # `сообщил РИА Новости источник в полиции`: the agency told is the recipient, the subject follows
        nxt = [m for m in ctx.ms if m.np_start > here[0].np_end
               and not re.sub(r"[^\W\d_][\w-]*", lambda w: "" if w.group()[0].isupper() else "x",
                              text[here[0].np_end:m.np_start]).strip()   # `РИА Новости`
               and m.kind in ("name", "title", "anon")]
        here = nxt or here
    if here:
        return here[0]
    bare = bare_name(text, ctx.lang, pos)
    if bare and not ctx.conf["comp"].match(text, pos):
        return bare
    if ctx.conf["side"] == "after" and (w := re.match(r"\w+", text[pos:])):
        # `وقال الجبير`: a family name with the article, seen earlier closing a full name
        if any(m.kind == "name" and m.end <= pos and text[m.start:m.end].split()[-1] == w.group(0) for m in ctx.ms):
            return Mention(pos, w.end() + pos, "name", pos, w.end() + pos)
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
    if conf["glued"]:   # `لـ«الشرق الأوسط»`, `بـ"الإرهاب"`: a quoted name glued to a preposition is no speech
        quotes = [q for q in quotes if not conf["glued"].search(text[max(0, q.start - 7):q.start - 1])]
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
    if conf["unmarked"] or conf["inverted"]:
        quotes = sorted(quotes + _unmarked(ctx, quotes, cues, used), key=lambda q: q.start)
    speakers = tuple(q.speaker for q in quotes if q.speaker)
    resolve(text, lang, ctx.ms + [s for s in speakers if not any(s is m for m in ctx.ms)], speakers,
            tuple((q.start, q.end) for q in quotes if q.kind == "direct") if conf["skip_quoted"] else ())
    return _rows(text, ctx, quotes)


def _attribute_direct(ctx: _Ctx, q: Quote, quotes: list[Quote], cues: list[Cue], used: set) -> None:
    """A cue right after the closing mark (`," Lavrov said`, `», — сказал Лавров`) or before the
    opening mark in the same sentence and paragraph (`قال لافروف ...: "`), in that order."""
    text, conf = ctx.text, ctx.conf
    if conf["name_labels"] and _name_label(text, q):
        return   # `в интервью «Известиям» заявил, что`: the quoted name is no quote, the verb heads a clause
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
        if (re.search(r"\w", lead) and not _tail(ctx, q, lead, sp, c) and not _np_lead(ctx, lead, sp, c)) \
                or (sp and sp.np_start < c.start and not _plain_gap(text[sp.np_end:c.start])):
            break   # only punctuation, a dash and the speaker may stand between quote and cue
        tail = text[max(c.end, sp.np_end if sp else 0):]
        if conf["comp"].match(text, _skip_space(text, max(c.end, sp.np_end if sp else 0))):
            break   # `"…." He added that …`: the verb reports a clause of its own
        if not re.match(r"\s*[,:،]\s*[\"“«„‘']", tail):   # `She added, "…"` introduces the next quote
            _set(q, c, sp, used, conf)
            return
        if conf["split_quotes"] and text[q.end:close + 1].lstrip().startswith(","):
            _set(q, c, sp, used, conf)   # `"…," he said, "…"`: one quote split by its attribution
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


def _np_lead(ctx: _Ctx, lead: str, sp: Mention | None, c: Cue) -> bool:
    """`“…,” Clinton campaign spokesman Brian Fallon said`: words before the mention that belong to
    its noun phrase (`quotes.subject_lead_words` at most, no function word, no punctuation)."""
    n = ctx.conf["lead_words"]
    words = re.findall(r"[\w’'-]+", lead)
    return bool(n and sp and sp.np_start < c.start and len(words) <= n and re.fullmatch(r"[\s,\"”’»]*[\w’'\s-]+", lead)
                and not any(w.lower() in _PREPS or w.lower() in _FUNCTION or ctx.conf["conj"].fullmatch(w) for w in words))


_FUNCTION = {"but", "then", "when", "while", "after", "before", "also", "though", "so", "yet", "because", "if",
             "the", "a", "an", "this", "that", "who", "which", "where", "not", "it", "is", "was"}


def _tail(ctx: _Ctx, q: Quote, lead: str, sp: Mention | None, c: Cue) -> bool:
    """`“…” for criminal behavior, she said.`: a few words and a comma between the quote and an
    attribution that closes the sentence (`quotes.tail_before_attribution` words at most)."""
    n, text = ctx.conf["tail_words"], ctx.text
    return bool(n and sp and sp.np_start < c.start and _words(lead) <= n
                and re.fullmatch(r"[^.!?;:\"“”«»\n]*,\s*", lead) and not _label(text, q, ctx.conf)
                and re.match(r"(?:\s*[\w’'-]+){0,4}?\s*(?:[.!?,]|$)", text[c.end:]))


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
    if conf["name_labels"] and _name_label(text, q):
        return True
    return _words(text[q.start:q.end]) <= conf["label"] and text[q.end - 1] not in _END


def _name_label(text: str, q: Quote) -> bool:
    """A quoted name: `«Хайят Тахрир аш-Шам»`, `«Известиям»` (capitalised words, short particles)."""
    s = text[q.start:q.end]
    return _words(s) <= 6 and s[-1] not in _END and all(
        w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in re.findall(r"\w+", s))


def _continue_after_attribution(ctx: _Ctx, quotes: list[Quote]) -> None:
    """`“…,” she said. “…”`: a quote that follows the attribution of the quote before, with
    nothing else in between, is the same speaker's."""
    for p, q in zip(quotes, quotes[1:]):
        between = ctx.text[p.end + 1:q.start - 1]
        if p.cue and not q.cue and p.end < p.cue.start < q.start and "\n" not in between.strip() \
                and _words(between) <= ctx.conf["continue_words"]:
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
        if c.kind == "prefix" and any(id(d) in used and d.start < c.end and c.start < d.end for d in cues):
            continue   # `"…," kata Abu kepada …`: `kata` already attributed the quote, it heads no clause
        s0, s1 = ctx.sentence(c.start)
        sp = _speaker(ctx, c, s0, s1)
        a = _content_start(ctx, c, sp, s1)
        span = (a, _clause_end(ctx, cues, a, s1)) if a is not None else _final_clause(ctx, c, sp, s0, s1)
        if span is None:
            continue
        q = _tidy(text, Quote(span[0], span[1], "indirect", c, sp))
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


def _unmarked(ctx: _Ctx, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    """`Ini penghinaan, ujarnya.` / `…, tegas Astried.`: a sentence closed by a comma and an inverted
    or self-subject verb is a direct quote whose marks the source lost (`unmarked_quotes`)."""
    text, conf, out = ctx.text, ctx.conf, []
    for c in cues:
        own = c.form in conf["after"] or c.form in conf["self"]
        if id(c) in used or c.kind == "prefix" or not (own and conf["unmarked"] or conf["inverted"] and c.kind == "verb"):
            continue
        comma = re.search(r"[,،]\s*$", text[max(0, c.start - 4):c.start])
        s0, s1 = ctx.sentence(c.start)
        if lead := _DATELINE.match(text[s0:c.start]):
            s0 += lead.end()
        tail = text[c.end:s1].split(",")
        if not comma or conf["prefix"].match(text, s0) or (len(tail) > 1 and _words(tail[1]) > 4):
            continue   # `Pada kesempatan itu, lanjut Suparno, KRP meminta …`: an aside, the sentence goes on
        q = _tidy(text, Quote(s0, max(0, c.start - 4) + comma.start(), "direct"))
        if not q or _words(text[q.start:q.end]) < 3 or (own and _marks_in(text[s0:c.start], conf)) \
                or any(o.start < q.end and q.start < o.end for o in quotes):
            continue
        sp = _speaker(ctx, c, s0, s1) if own else _after(ctx, c, s1)
        if (not own or c.form not in conf["self"]) and (sp is None or sp.np_start < c.start):
            continue   # `…, jelas …` (an adverb) or a verb with nobody after it
        if not own:   # `…, сообщил Конашенков.`: reported speech with the subject after its verb
            q.kind = "indirect"
        _set(q, c, sp, used, conf)
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
    gap = re.sub(r"[«“\"]\w[\w\s-]{0,30}[»”\"]", "X", gap) if conf["addressee"] else gap   # `сказал «Интерфаксу», что`
    # verb-first languages: another reporting verb before the complementizer owns it (`وأكدت قتل … وأضافت أنه`)
    own = not (m and conf["side"] == "after" and conf["verbs"].search(text, pos, m.start()))
    if m and own and _words(gap) <= conf["gap"] and not re.search(r"[\"“«:,،]", gap):
        end = m.end()
        while (more := conf["comp"].match(text, _skip_space(text, end))):   # `قوله إن`, `bahwasanya`
            end = more.end()
        return end
    if c.kind == "prefix":
        comma = re.search(r"[,،]", text[pos:s1])
        return pos + comma.end() if comma and _words(text[pos:pos + comma.start()]) <= 8 else None
    if c.form.lower() in conf["bare"] and sp and sp.np_end <= c.start and re.match(r"\s+\w", text[pos:s1]) \
            and not (conf["bare_stop"] and conf["bare_stop"].match(text, pos, s1)):
        return pos   # not `said in a statement`, `said on Monday`
    if c.form.lower() in conf["bare"] and sp and sp.np_end <= c.start and conf["bare_comma"] \
            and (cm := re.match(r"\s*,\s+(?=\w)", text[pos:s1])):
        return pos + cm.end()   # `Johan Budi mengatakan, pihaknya belum …`
    return None


# A dateline opening an article's first sentence: `Jakarta - `, `Jakarta, Senin (10/10/2016) - `,
# `BEIRUT (Reuters) - `, `/РИА Новости/.`: not part of what anyone said.
_DATELINE = re.compile(r"\s*(?:/[^/\n]{1,40}/\.?|[^\W\d_][\w.]*(?:[ ,]+[^\W\d_][\w.]*){0,3}"
                       r"(?:\s*\((?:[\d/.\-]{3,12}|[^\W\d_][\w. ]{1,20})\))?\s+[-–—])\s+")


def _final_clause(ctx: _Ctx, c: Cue, sp: Mention | None, s0: int, s1: int) -> tuple[int, int] | None:
    """`The army took the town, the ministry said on Monday.`: an attribution closing the sentence
    after a comma reports the words before it (`quotes.final_attribution`)."""
    text = ctx.text
    if not ctx.conf["final"] or sp is None or c.kind != "verb":
        return None
    head, tail = min(sp.np_start, c.start), max(sp.np_end, c.end)
    lead = text[s0:head].rstrip()
    after = text[tail:s1]
    if not lead.endswith(",") or _words(after) > 8 or re.search(r"[\"“”«»:;,]", after) \
            or ctx.conf["comp"].search(after) or _words(lead) < 4:
        return None
    a = s0 + (m.end() if (m := _DATELINE.match(text[s0:head])) else 0)
    while a < head and (text[a].isspace() or text[a] in "\"“”«»'‘’"):
        a += 1
    return a, s0 + len(lead) - 1


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
        elif ctx.conf["pronoun_last_speaker"] and sp and sp.kind == "pronoun" and q.referent is None \
                and last and last[1] == "person":
            name, typ = last   # `…, ujarnya.`: the person quoted last, not any name since
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
            if not ctx.conf["cataphora_over_name"] and q.speaker and any(
                    m.kind == "name" and a <= m.start < q.speaker.start for m in ctx.ms):
                break   # `…, kata dia.` after a name earlier in the paragraph refers back to it
            q.referent = qs[-1].speaker
