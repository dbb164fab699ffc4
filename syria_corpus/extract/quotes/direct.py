"""Direct quotes: the cue and speaker of each pair of marks (after the closing mark, before the
opening one, a dash signature), quotes that share an attribution, and block quotes after a colon."""
from __future__ import annotations

import bisect
import re

from ..mentions import Mention, names_a_place, speaker_lexicon
from .cues import negated
from .grammar import QuoteGrammar
from .marks import is_label, is_name_label
from .model import END, Cue, Quote, QuoteContext, rstrip_end, skip_space, words
from .slots import plain_gap, quoted_subject, speaker_slot, unaside


def attribute_direct(ctx: QuoteContext, q: Quote, quotes: list[Quote], cues: list[Cue], used: set) -> None:
    """A cue right after the closing mark (`," Lavrov said`, `», — сказал Лавров`) or before the
    opening mark in the same sentence and paragraph (`قال لافروف ...: "`), in that order."""
    text, g = ctx.text, ctx.g
    if g.name_labels and is_name_label(text, q):
        return   # `в интервью «Известиям» заявил, что`: the quoted name is no quote, the verb heads a clause
    pa, pb = ctx.paragraph(q.start)
    close = q.end + 1
    sign = _signature(ctx, close, pb)
    if sign:
        q.cue, q.speaker = sign
        return
    for c in ctx.cues_in(cues, close, pb):
        # `"…," imbuh Budi`, `"…," imbuhnya`: a continuation verb whose subject follows it or is its own attributes too
        inverted = c.kind == "cont" and (c.form.lower() in g.after or c.form.lower() in g.self)
        # `"…," Mustajab menambahkan`: so does one whose subject is named between the quote and it
        inverted = inverted or (c.kind == "cont" and g.side == "before" and any(
            m.np_end <= c.start and m.kind in ("name", "title") for m in ctx.between("np_start", close, c.start + 1)))
        if id(c) in used or (c.kind != "verb" and not inverted) \
                or negated(text, c.start, g):
            continue
        between = text[close:c.start]
        apposed = _apposed(ctx, close, c)
        sp = apposed or speaker_slot(ctx, c, close, pb)
        lead = text[close:sp.np_start] if sp and sp.np_start < c.start else between
        if g.attribution_adverb is not None:
            lead = g.attribution_adverb.sub(r"\1", lead, count=1)   # `"…," demikian Anies menanggapi`
        if re.search(r"[.!?؟]\s", lead + " "):
            break   # `«…». Глава … призвал`: a cue in the next sentence is not this quote's
        if (re.search(r"\w", lead) and not _tail(ctx, q, lead, sp, c) and not _np_lead(ctx, lead, sp, c)) \
                or (sp and sp is not apposed and sp.np_start < c.start
                    and not plain_gap(unaside(g, text[sp.np_end:c.start]))):
            break   # only punctuation, a dash and the speaker may stand between quote and cue
        tail = text[max(c.end, sp.np_end if sp else 0):]
        if g.comp.match(text, skip_space(text, max(c.end, sp.np_end if sp else 0))):
            break   # `"…." He added that …`: the verb reports a clause of its own
        if not re.match(r"\s*[,:،]\s*[\"“«„‘']", tail):   # `She added, "…"` introduces the next quote
            set_cue(q, c, sp, used, g)
            return
        if g.split_quotes and text[q.end:close + 1].lstrip().startswith(","):
            set_cue(q, c, sp, used, g)   # `"…," he said, "…"`: one quote split by its attribution
            return
        break
    s0, _ = ctx.sentence(max(q.start - 2, pa))
    # (`وأضاف X لوكالة «رويترز»: «…»`: a quoted name of the one told ends no earlier attribution)
    lo = max(_last_end(ctx, quotes, pa, q.start), s0, pa)
    pre = [c for c in ctx.cues_in(cues, lo, q.start) if id(c) not in used and not negated(text, c.start, g)]
    if not pre:
        return
    c = pre[-1]
    sp = speaker_slot(ctx, c, lo, q.start)
    rest = text[max(c.end, sp.np_end if sp else 0):q.start - 1].strip()
    # `قال لافروف: "…"`, `said, "…"`, `قال لافروف "…"` (but not `ذكرت "تاس"`, the quote as subject)
    # (not `заявил, что Москва …, «…»`: a complementizer after the cue opens a clause the quote ends)
    introduced = (rest.endswith((":", ",", "،")) and not g.comp.match(rest.lstrip(" ,،"))) \
        or (not rest and (sp is None or sp.np_start >= c.end))
    if is_label(text, q, g) and not introduced:
        return   # `ذكرت "تاس"`, `called it "barbarism"`: a label, not a quote
    # a cue further before heads a reported clause around the quote: _reported gets it too, and so
    # it does when a short quote sits inside the clause (`что банк «пока не видит оснований» для …`)
    near = introduced or (words(g.comp.sub("", rest)) <= 2 and not _inner_fragment(ctx, q))
    set_cue(q, c, sp, used if near else set(), g)
    if sp is None and g.conj.search(text, lo, c.start):
        q.implicit = True   # `сказал, что …, однако отметил, что Путин «…»`: the second verb keeps the subject


def _inner_fragment(ctx: QuoteContext, q: Quote) -> bool:
    """A quote of a few words (`quotes.fragment_max_words`) with words of its sentence before and
    after it (`что Москва «будет и дальше содействовать» политическому процессу`): part of a clause."""
    text = ctx.text
    if words(text[q.start:q.end]) > ctx.g.fragment:
        return False
    s0, s1 = ctx.sentence(q.start)
    before = re.sub(r"[\"“”«»„'‘’,،:]", " ", text[s0:max(s0, q.start - 1)])
    return words(before) >= 1 and bool(re.match(r"[\"”»“’']?\s*\w", text[q.end:s1])) \
        and words(text[q.end:s1]) >= 2


def _last_end(ctx: QuoteContext, quotes: list[Quote], lo: int, hi: int) -> int:
    """The last end in [lo, hi) of a quote that is not the quoted name of the one told, else -1: by
    bisection over the ends (a scan of every quote per quote made long documents quadratic)."""
    ends = ctx.ends_of(quotes)
    k = bisect.bisect_left(ends, (hi,)) - 1
    while k >= 0 and ends[k][0] >= lo:
        if not _told(ctx, quotes[ends[k][1]]):
            return ends[k][0]
        k -= 1
    return -1


def _told(ctx: QuoteContext, o: Quote) -> bool:
    """The quote is the quoted name of the one told (`لوكالة «رويترز»`, `لـ«الشرق الأوسط»`)."""
    if ctx.g.recipient is None:
        return False
    return any(m.start() < o.start and m.end() >= o.end
               for m in ctx.g.recipient.finditer(ctx.text, max(0, o.start - 16), min(len(ctx.text), o.end + 2)))


def _apposed(ctx: QuoteContext, close: int, c: Cue) -> Mention | None:
    """`“…,” Karl Moss, the attorney general of Idaho, one of the states suing, said`: the mention right
    after the closing mark, then up to three appositions set off by commas and nothing else up to the
    verb, is the verb's subject (whoever the appositions name)."""
    text, g = ctx.text, ctx.g
    at = close + len(text[close:c.start]) - len(text[close:c.start].lstrip(" \t,\"”’»"))
    first = next((x for x in ctx.between("np_start", at, at + 1) if x.kind in ("name", "title")), None)
    if first is None or first.end >= c.start:
        return None
    # from the name's end: its noun phrase may already hold the first apposition
    gap = re.sub(r"\s*\([^)]*\)", "", unaside(g, text[first.end:c.start]))
    adverbs = rf"(?:(?:{g.subject_adverbs})\s+)?"
    if not re.fullmatch(rf"(?:,[^,;:!?\"“”«»()\n]{{1,160}}){{1,3}},\s*{adverbs}", gap) \
            or re.search(r"\w\w[.!?]\s", gap):
        return None
    return first


def _np_lead(ctx: QuoteContext, lead: str, sp: Mention | None, c: Cue) -> bool:
    """`“…,” Clinton campaign spokesman Brian Fallon said`: words before the mention that belong to
    its noun phrase (`quotes.subject_lead_words` at most, no function word, no punctuation)."""
    n, g = ctx.g.lead_words, ctx.g
    ws = re.findall(r"[\w’'-]+", lead)
    return bool(n and sp and sp.np_start < c.start and len(ws) <= n and re.fullmatch(r"[\s,\"”’»]*[\w’'\s-]+", lead)
                and not any(w.lower() in g.prepositions or w.lower() in g.function_words or g.conj.fullmatch(w)
                            for w in ws))


def _tail(ctx: QuoteContext, q: Quote, lead: str, sp: Mention | None, c: Cue) -> bool:
    """`“…” for criminal behavior, she said.`: a few words and a comma between the quote and an
    attribution that closes the sentence (`quotes.tail_before_attribution` words at most)."""
    n, text = ctx.g.tail_words, ctx.text
    return bool(n and sp and sp.np_start < c.start and words(lead) <= n
                and re.fullmatch(r"[^.!?;:\"“”«»\n]*,\s*", lead) and not is_label(text, q, ctx.g)
                and re.match(r"(?:\s*[\w’'-]+){0,4}?\s*(?:[.!?,]|$)", text[c.end:]))


def _signature(ctx: QuoteContext, close: int, pb: int) -> tuple[Cue, Mention] | None:
    """`“…” ― Karen Bobadilla`: a dash and a name closing the paragraph sign the quote."""
    m = re.match(r"[\s,.]*([―—–])\s*", ctx.text[close:pb])
    if not m:
        return None
    at = close + m.end()
    sp = next((x for x in ctx.between("np_start", at, at + 1) if x.kind in ("name", "org", "anon", "title")), None)
    if sp and re.fullmatch(r"[\s.,]*", ctx.text[sp.np_end:pb]):
        return Cue(close + m.start(1), close + m.end(1), m.group(1), "verb"), sp
    return None


def set_cue(q: Quote, c: Cue, sp: Mention | None, used: set, g: QuoteGrammar) -> None:
    if sp is None and c.form.lower() in g.self:   # `ujarnya`: the verb carries its pronoun
        sp = Mention(c.start, c.end, "pronoun", c.start, c.end)
    q.cue, q.speaker = c, sp
    q.implicit = sp is None and (c.kind == "cont" or g.side == "after" or c.form.lower() in g.self)
    used.add(id(c))


def colon_speaker(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """`The timing does not surprise Republican pollster Daron Shaw: “…”`, `- Carl Bialik: “…”`: a quote no
    cue claims, opened right after a colon that closes the noun phrase of a person (a name or a title with a
    role), is that person's words; the colon is its cue (`A lesson from Loretta Lynch: ‘…’`; in a headline,
    headline_subject replaces a speaker the body never names: `Elizabeth Warren Hammers Wells Fargo CEO: ‘…’`)."""
    text = ctx.text
    for q in quotes:
        if q.cue or q.kind != "direct":
            continue
        m = re.search(r":\s*$", text[max(0, q.start - 4):q.start - 1])
        if not m:
            continue
        colon = max(0, q.start - 4) + m.start()
        end = rstrip_end(text, colon)
        # a name opening its paragraph (`Kessler: ‘…’`) is a turn or a headline's speaker: headline_quotes
        sp = next((x for x in ctx.ending_between(end, end) if x.np_end == end and x.kind in ("name", "title")
                   and (x.kind == "name" or x.role) and text[ctx.paragraph(end)[0]:x.np_start].strip()), None)
        if sp is not None:
            q.cue, q.speaker = Cue(colon, colon + 1, ":", "verb"), sp


def share_joined(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """`said "…" and "…"`: quotes joined by a conjunction share the cue."""
    for a, b in zip(quotes, quotes[1:]):
        gap = ctx.text[a.end + 1:b.start - 1]
        if a.cue and not b.cue and re.fullmatch(r"[\s,،]*", ctx.g.conj.sub("", gap, count=1)) and gap.strip():
            b.cue, b.speaker, b.implicit = a.cue, a.speaker, a.implicit


def share_groups(quotes: list[Quote]) -> None:
    """A quote running over paragraphs is attributed once, usually after its last piece."""
    # the last piece with a cue of each group (a piece that takes a cue takes that one's, so the
    # last with a cue says the same whichever it is; a scan per piece was quadratic)
    last = {o.group: o for o in quotes if o.cue}
    for q in quotes:
        src = last.get(q.group)
        if src and not q.cue:
            q.cue, q.speaker, q.implicit = src.cue, src.speaker, src.implicit


def continue_after_attribution(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """`“…,” she said. “…”`: a quote that follows the attribution of the quote before, with
    nothing else in between, is the same speaker's; a label with no cue between (`“Fox and Friends.”`) is
    no quote and does not stand between."""
    quotes = [q for q in quotes if q.cue or not is_label(ctx.text, q, ctx.g)]
    for p, q in zip(quotes, quotes[1:]):
        between = ctx.text[p.end + 1:q.start - 1]
        if p.cue and not q.cue and p.end < p.cue.start < q.start and "\n" not in between.strip() \
                and words(between) <= ctx.g.continue_words:
            q.cue, q.speaker, q.implicit = p.cue, p.speaker, p.implicit


def in_clause(ctx: QuoteContext, q: Quote, reported: list[Quote]) -> bool:
    """True when a quote inside a reported clause is dropped: a short one is part of the clause
    (`… are ‘in bed with terrorists’`); a longer one without a cue of its own takes the clause's."""
    outer = ctx.first_around(reported, q.start, q.end - 2)
    if q.kind != "direct" or outer is None:
        return False
    if words(ctx.text[q.start:q.end]) <= ctx.g.fragment:
        return True
    if not q.cue:
        q.cue, q.speaker, q.implicit = outer.cue, outer.speaker, outer.implicit
    return False


def block_quotes(ctx: QuoteContext, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    """A paragraph ending with a colon introduces the next paragraph(s) as a quote."""
    text, out, paras = ctx.text, [], ctx.paras
    for k, (a, b) in enumerate(paras[:-1]):
        if text[b - 1] != ":":
            continue
        named = [m for m in ctx.ms if a <= m.start < b and m.kind != "pronoun"]
        here = [c for c in cues if a <= c.start < b and c.kind != "prefix"]
        if not (here or any(m.kind != "org" for m in named)):
            continue  # a headline such as `روسيا تفاخر:` introduces nothing
        na = paras[k + 1][0]
        opened = [q for q in quotes if q.start <= na + 1 < q.end or q.start == na + 1]
        if opened:   # `Caddell continued:` then a quoted paragraph
            if not opened[0].cue and here:
                set_cue(opened[0], here[-1], speaker_slot(ctx, here[-1], a, b), used, ctx.g)
            continue
        j = k + 1
        while j + 1 < len(paras) and text[paras[j][1] - 1] not in END + "\"”»":
            j += 1   # a line-wrapped paragraph goes on
        pa = paras[k - 1][0] if k and not here else a   # `… (kutipan\nРИА Новости):`
        cands = [c for c in cues if pa <= c.start < b and c.kind != "prefix"]
        q = Quote(na, paras[j][1], "direct")
        if cands:
            set_cue(q, cands[-1], speaker_slot(ctx, cands[-1], pa, b), used, ctx.g)
        else:
            q.cue, q.speaker = Cue(b - 1, b, ":", "verb"), (named[-1] if named else None)
        out.append(q)
    return out


def colon_quotes(ctx: QuoteContext, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    """`وقال لـ"الوطن": نظرا لـ…`, `He said: the talks …`: a reporting verb, its subject or the one told,
    then a colon introduces the rest of the sentence as a quote even without quotation marks."""
    text, g = ctx.text, ctx.g
    out: list[Quote] = []
    marks = set(g.marks)
    for c in cues:
        if id(c) in used or c.kind == "prefix":
            continue
        s0, s1 = ctx.sentence(c.start)
        colon = text.find(":", c.end, s1)
        if colon < 0:
            continue
        head = text[c.end:colon]
        mark = next((i for i in range(c.end, colon) if text[i] in marks), None)
        if mark is not None and (named := quoted_subject(ctx, mark)) and not text[named.np_end:colon].strip():
            head = text[c.end:mark]   # `وقال «الحذيفي»:`, `وأضاف المهندس "المالكي":`: the quoted name is the subject
        for rx in (g.recipient, g.recipient_words):
            head = rx.sub(" ", head) if rx is not None else head
        start = skip_space(text, colon + 1)
        if words(head) > 6 or any(ch in marks for ch in head) or start >= s1 or text[start] in marks \
                or g.comp.search(head):
            continue
        end = s1
        while end > start and text[end - 1] in END + " ":
            end -= 1
        if words(text[start:end]) < 3 or any(q.start < end and start < q.end for q in quotes + out):
            continue
        q = Quote(start, end, "direct")
        set_cue(q, c, speaker_slot(ctx, c, s0, colon), used, g)
        out.append(q)
    return out


_DASH_BEFORE = re.compile(r"([,.!?…])\s*[—–-]\s*$")
_DASH_AFTER = re.compile(r"[.,:]\s*[—–-]\s+")


def split_at_attributions(ctx: QuoteContext, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    """`«A, — сказал Лавров. — B»`, `«A, - пояснила она. - B»`: one pair of marks holding an attribution set
    off by dashes is two quotes of the speaker the attribution names."""
    text, out = ctx.text, []
    starts = [c.start for c in cues]   # in text order (find_cues sorts them): only a quote's own cues are looked at
    for q in quotes:
        for c in cues[bisect.bisect_right(starts, q.start):bisect.bisect_left(starts, q.end)]:
            if c.kind == "prefix":
                continue
            before = _DASH_BEFORE.search(text, q.start, c.start)
            after = _DASH_AFTER.search(text, c.end, min(q.end, c.end + 160))
            if not before or not after or words(text[c.end:after.start()]) > 12:
                continue
            first = Quote(q.start, before.start() + (0 if before.group(1) == "," else 1), "direct", group=q.group)
            second = Quote(after.end(), q.end, "direct", group=q.group)
            sp = speaker_slot(ctx, c, c.start, after.start())
            for part in (first, second):
                set_cue(part, c, sp, used, ctx.g)
            out += [first, second]
            break
        else:
            out.append(q)
    return out


HEADLINE_MAX_WORDS = 30


def body_names(ctx: QuoteContext, lex) -> dict[str, Mention]:
    """The names and bodies the article's body (after its first paragraph) mentions, by the base of their
    last word, the first mention of each: a headline capitalises every word, so its words name someone
    only when the body names them again."""
    out: dict[str, Mention] = {}
    if len(ctx.paras) < 2:
        return out
    body = ctx.paras[1][0]
    for x in ctx.ms:
        if x.start >= body and x.kind in ("name", "org") and (ws := ctx.text[x.start:x.end].split()):
            out.setdefault(lex.base(ws[-1]), x)
    return out


def headline_quotes(ctx: QuoteContext, quotes: list[Quote], used: set) -> list[Quote]:
    """`Kasich: ‘We Are Going …’`, `الجبير: نحن مع الاتفاق …`, `Лавров: «…»`: a headline that opens with a
    speaker and a colon gives its quotes to that speaker; unmarked, the rest of the headline is the quote.
    Only the document's first paragraph, when short (a headline); only a name the article's body names
    again (a headline capitalises every word: `The Latest:` is no name), and never a place (`Syria: …`)."""
    if len(ctx.paras) < 2:
        return []
    text = ctx.text
    a, b = ctx.paras[0]
    m = _TURN.match(text, skip_space(text, a), b)
    if not m or words(text[a:b]) > HEADLINE_MAX_WORDS:
        return []
    lex = speaker_lexicon(ctx.lang)
    name = m.group(1)
    ws = [lex.base(w) for w in name.split()]
    if lex.cased and not all(w[:1].isupper() for w in name.split()):
        return []
    if names_a_place(lex, ws) or any(w in lex.stop or w in lex.pronouns for w in ws):
        return []
    again = body_names(ctx, lex).get(ws[-1])
    if again is None:
        return []
    head = next((x for x in ctx.ms if x.np_start == m.start(1) and x.np_end == m.end(1)), None)
    if head is None:
        kind = "org" if any(w in lex.org_heads or w in lex.org_names for w in ws) else "name"
        head = Mention(m.start(1), m.end(1), kind, m.start(1), m.end(1))
    colon = text.index(":", m.end(1))
    cue, start = Cue(colon, colon + 1, ":", "verb"), m.end()
    inside = [q for q in quotes if start <= q.start < b]
    for q in inside:
        if not q.cue:   # the body's mention names the speaker in full (`Kasich` -> `John Kasich`)
            q.cue, q.speaker, q.referent = cue, head, again
    if inside or any(ch in ctx.g.marks for ch in text[start:b]):
        return []
    end = b
    while end > start and text[end - 1] in END + " ":
        end -= 1
    if words(text[start:end]) < 3:
        return []
    q = Quote(start, end, "direct")
    q.cue, q.speaker, q.referent = cue, head, again
    return [q]


_HEAD_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def headline_subject(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """`Obama Says African-American Museum Will Tell of ‘Suffering and Delight’`, `Elizabeth Warren Hammers
    Wells Fargo CEO: ‘…’`, `Obama on Climate Change: The Trends Are ‘Terrifying’`: in a title-case headline
    every word is capitalised, so a name is told by the body: the opening run of up to three capitalised
    words that ends with a word the body ends a name with is the speaker of the headline's quotes that have
    none, or only a run of headline words the body never names (`Museum Will Tell`). Never a place, a stop
    word (`The Latest`) or a possessor (`Eric Trump’s`)."""
    if len(ctx.paras) < 2:
        return
    text = ctx.text
    a, b = ctx.paras[0]
    qs = [q for q in quotes if a <= q.start < b and q.kind == "direct"]
    if not qs or words(text[a:b]) > HEADLINE_MAX_WORDS or "," in text[qs[0].end:qs[0].end + 3]:
        return   # `Guns Are ‘…,’ Howard Dean Tells …`: the attribution follows the quote
    lex = speaker_lexicon(ctx.lang)
    again = body_names(ctx, lex)
    run: list[re.Match] = []
    for m in _HEAD_WORD.finditer(text, skip_space(text, a), qs[0].start):
        if (run and text[run[-1].end():m.start()].strip()) or not m.group()[0].isupper() or len(run) == 3:
            break
        run.append(m)
    # the words the body writes with each name (`Elizabeth` with `Warren`): `Protesters Slam Trump` is no name
    written: dict[str, set[str]] = {}
    for x in ctx.ms:
        if x.start >= ctx.paras[1][0] and x.kind in ("name", "org") and (xs := text[x.start:x.end].split()):
            written.setdefault(lex.base(xs[-1]), set()).update(lex.base(w) for w in xs)
    ks = [k for k in range(len(run), 0, -1) if (last := lex.base(run[k - 1].group())) in again
          and all(lex.base(m.group()) in written.get(last, ()) for m in run[:k - 1])]
    if not ks or re.match(r"[’']s\b", text[run[ks[0] - 1].end():]):
        return
    ws = [lex.base(m.group()) for m in run[:ks[0]]]
    if ws[0] in lex.stop or names_a_place(lex, ws) or any(w in lex.pronouns for w in ws):
        return
    s, e = run[0].start(), run[ks[0] - 1].end()
    kind = "org" if any(w in lex.org_heads or w in lex.org_names for w in ws) else "name"
    head = Mention(s, e, kind, s, e)
    ref = again[ws[-1]]
    verb = _HEAD_WORD.match(text, skip_space(text, e))
    cue = Cue(verb.start(), verb.end(), verb.group(), "verb") if verb else Cue(e, e, "", "verb")
    for q in qs:
        sp = q.speaker
        if sp is None or (a <= sp.start < b and sp.kind in ("name", "title")
                          and lex.base(text[sp.start:sp.end].split()[-1]) not in again):
            q.cue, q.speaker, q.referent, q.implicit = cue, head, ref, False


def subject_speaks(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """`Bush called Trump “unhinged.”`, `He expressed amusement that Mr. Rubio had … “not only …”`: a quote no
    cue claims, in a sentence that opens with a person (after an adverbial set off by a comma at most) and
    a verb after it, is that person's words; the verb is its cue. Not a possessive (`Trump’s aides …`), not
    when another quote or a sentence end stands between."""
    text, g = ctx.text, ctx.g
    for q in quotes:
        if q.cue or q.speaker or q.kind != "direct":
            continue
        s0, _ = ctx.sentence(max(q.start - 2, 0))
        # `On Twitter, …`, `With New Hampshire set to vote Tuesday, …`: an opening phrase set off by commas
        leads = [skip_space(text, s0)] + [s0 + m.end() for m in
                                          re.finditer(r"(?:[^,.!?;:\"“”«»\n]{1,100},\s+){1,2}", text[s0:q.start])][:1]
        heads = [x for x in ctx.between("np_start", min(leads), max(leads) + 1) if x.np_start in leads
                 and x.np_end < q.start and x.kind in ("name", "title", "pronoun")]
        if not heads or any(s0 <= o.start < q.start for o in quotes if o is not q):
            continue
        sp = min(heads, key=lambda x: x.np_start)
        if sp.kind == "title" and not sp.role:
            continue
        after = text[sp.np_end:q.start]
        # `Christie, New Jersey’s sitting governor, repeated`, `Kasich (R-OH) called`: an aside before the verb
        aside = re.match(r"\s*\([^)]{1,40}\)|\s*,[^,.;:\"“”«»()]{1,80},", after)
        skip = aside.end() if aside else 0
        v = re.match(rf"\s+(?:(?:{g.subject_adverbs})\s+)?([a-z][\w’'-]*)\b", after[skip:])
        if not v or re.match(r"[’']s\b", after) or v.group(1) in g.function_words or v.group(1) in g.prepositions:
            continue
        if re.search(r"[.!?]\s", after):
            continue
        c0 = sp.np_end + skip + v.start(1)
        lex = speaker_lexicon(ctx.lang)
        if sp.kind == "pronoun" and lex.norm(text[sp.start:sp.end]) in lex.neuter and not g.verbs.fullmatch(v.group(1)):
            continue   # `It remains “…”`: `it` speaks only through a reporting verb
        nxt = [c0 + w.start() for w in re.finditer(r"(?<=\s)[\w’']+", text[c0:c0 + 40])][:2]
        if any(negated(text, i, g) for i in nxt):
            continue   # `Moss did not say “…”`: words not said
        q.cue, q.speaker = Cue(c0, c0 + len(v.group(1)), v.group(1), "verb"), sp


_TURN = re.compile(r"((?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*)\s*:\s+")


def _opens_like_a_speaker(ctx: QuoteContext, lex, label: str) -> bool:
    """Uncased scripts with a name lexicon: a turn's label opens with a listed name word, a word of a
    name met in the document, a title, an organisation head or name."""
    w = label.split()[0]
    n, b = lex.norm(w), lex.base(w)
    return n in lex.names or n in ctx.known_names or b in lex.titles or b in lex.org_heads or n in lex.org_names \
        or b in lex.anon_heads


def interview_turns(ctx: QuoteContext, quotes: list[Quote], used: set) -> list[Quote]:
    """`Мустафа Джемилев: Да, всё верно. …` / `Голос Америки: …`: in an interview, a paragraph that opens
    with a speaker's name and a colon is that speaker's turn. Only when two paragraphs at least open
    that way, so that a headline (`Лавров: …`) is not taken for an interview."""
    text = ctx.text
    lex = speaker_lexicon(ctx.lang)
    turns: list[tuple[tuple[int, int], Mention, int]] = []
    for a, b in ctx.paras:
        m = _TURN.match(text, a, b)
        if not m or (lex.cased and not all(w[0].isupper() for w in m.group(1).split())):
            continue
        name = m.group(1)
        if not lex.cased and lex.names and not _opens_like_a_speaker(ctx, lex, name):
            continue   # `فقلت له:`, `وأجبته بهدوء:`: a narrator's verb before the colon, no speaker's name
        kind = "org" if any(lex.base(w) in lex.org_heads or lex.norm(w) in lex.org_names for w in name.split()) \
            else "name"
        head = Mention(a, m.end(1), kind, a, m.end(1))
        if m.end() < b:
            turns.append(((a, b), head, m.end()))
    if len(turns) < 2:
        return []
    out = []
    for (_, b), head, start in turns:
        if any(q.start < b and start < q.end for q in quotes):
            continue
        q = Quote(start, b, "direct")
        q.cue, q.speaker = Cue(start - 1, start, ":", "verb"), head
        out.append(q)
    return out
