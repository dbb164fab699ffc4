"""Reported speech: a cue with its clause (after a complementizer, a prefix cue's comma, a bare
clause, or the words before a closing attribution), and sentences whose quote marks were lost."""
from __future__ import annotations

import bisect
import re

from ..mentions import Mention, speaker_lexicon
from .direct import set_cue
from .marks import marks_in, tidy
from .model import END, REACH, Cue, Quote, QuoteContext, skip_space, words
from .slots import participle_comma, speaker_slot, subject_after


def reported(ctx: QuoteContext, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    text, g = ctx.text, ctx.g
    out: list[Quote] = []
    starts = [c.start for c in cues]   # cues come in text order (find_cues sorts them)
    qstarts = [d.start for d in quotes] if all(a.start <= b.start for a, b in zip(quotes, quotes[1:])) else None
    longest = max((d.end - d.start for d in cues), default=0)
    for c in cues:
        if id(c) in used:
            continue
        # (the cues overlapping c start within `longest` before it: a window, not a scan of every cue)
        near = cues[bisect.bisect_right(starts, c.start - longest):bisect.bisect_left(starts, c.end)]
        if c.kind == "prefix" and any(id(d) in used and d.start < c.end and c.start < d.end for d in near):
            continue   # `"…," kata Abu kepada …`: `kata` already attributed the quote, it heads no clause
        s0, s1 = _around(text, c, *ctx.sentence(c.start))
        sp = speaker_slot(ctx, c, s0, s1)
        if c.kind == "prefix" and c.form in g.opening_prefix \
                and (sp is None or sp.np_start < c.end or words(text[c.end:sp.np_start])):
            continue   # a prefix cue listed capitalised (`Dijelaskan X, …`) opens a sentence, its agent right after it
        if c.form.lower() in g.person and (sp is None or sp.kind not in ("name", "pronoun")):
            continue   # `Warga berharap hujan turun`: a wish or a note of a group or body is no statement
        if sp is None and c.form.lower() in g.self:   # `Menurutnya, …`: the cue carries its pronoun
            sp = Mention(c.start, c.end, "pronoun", c.start, c.end)
        a = _content_start(ctx, c, sp, s1)
        if a is not None and c.kind == "prefix":
            a = _parenthesis_start(ctx, c, s0, a)
        span = _final_prefix(ctx, c, sp, s0, s1) if c.kind == "prefix" else None
        span = span or ((a, _clause_end(ctx, cues, starts, a, s1, c)) if a is not None
                        else _final_clause(ctx, c, sp, s0, s1) or _aside_clause(ctx, c, sp, s0, s1))
        if span is None:
            continue
        q = tidy(text, Quote(span[0], span[1], "indirect", c, sp))
        if not q or words(text[q.start:q.end]) < 2 or text[q.end - 1] == ":":
            continue
        q.implicit = sp is None
        if sp is None and not (participle_comma(ctx, c) is not None or g.side == "after"
                               or g.conj.search(text, s0, c.start)):
            continue   # `said` with nobody saying it is not reported speech
        inner = [d for d in _starting_in(quotes, qstarts, q.start, q.end) if d.kind == "direct" and d.end <= q.end]
        outside = words(text[q.start:q.end]) - sum(words(text[d.start:d.end]) for d in inner)
        if inner and outside < 3:
            continue   # `said that "…"`: the quote is the report
        out.append(q)
    return out


def _around(text: str, c: Cue, s0: int, s1: int) -> tuple[int, int]:
    """The sentence (s0, s1) of cue c, within REACH characters of it on either side."""
    if c.start - s0 > REACH:
        cut = text.find(" ", c.start - REACH, c.start)
        s0 = cut + 1 if cut >= 0 else c.start - REACH
    if s1 - c.end > REACH:
        cut = text.rfind(" ", c.end, c.end + REACH)
        s1 = cut if cut >= 0 else c.end + REACH
    return s0, s1


def unmarked(ctx: QuoteContext, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    """`Ini penghinaan, ujarnya.` / `…, tegas Astried.`: a sentence closed by a comma and an inverted
    or self-subject verb is a direct quote whose marks the source lost (`unmarked_quotes`)."""
    text, g = ctx.text, ctx.g
    out: list[Quote] = []
    for c in cues:
        own = c.form in g.after or c.form.lower() in g.self
        if id(c) in used or c.kind == "prefix" or not ((own and g.unmarked) or (g.inverted and c.kind == "verb")):
            continue
        comma = re.search(r"[,،]\s*$", text[max(0, c.start - 4):c.start])
        s0, s1 = ctx.sentence(c.start)
        if lead := DATELINE.match(text[s0:c.start]):
            s0 += lead.end()
        tail = text[c.end:s1].split(",")
        if not comma or g.prefix.match(text, s0) or (len(tail) > 1 and words(tail[1]) > 4):
            continue   # `Pada kesempatan itu, lanjut Suparno, KRP meminta …`: an aside, the sentence goes on
        q = tidy(text, Quote(s0, max(0, c.start - 4) + comma.start(), "direct"))
        if not q or words(text[q.start:q.end]) < 3 or (own and marks_in(text[s0:c.start], g)) \
                or any(o.start < q.end and q.start < o.end and not _fragment_in(ctx, o, q) for o in quotes):
            continue
        sp = speaker_slot(ctx, c, s0, s1) if own else subject_after(ctx, c, s1)
        if (not own or c.form.lower() not in g.self) and (sp is None or sp.np_start < c.start):
            continue   # `…, jelas …` (an adverb) or a verb with nobody after it
        if not own:   # `…, сообщил Конашенков.`: reported speech with the subject after its verb
            q.kind = "indirect"
        set_cue(q, c, sp, used, g)
        out.append(q)
    return out


def anaphoric(ctx: QuoteContext, quotes: list[Quote], cues: list[Cue], used: set) -> list[Quote]:
    """`Российские военные зафиксировали 14 нарушений. Об этом сообщил журналистам Игорь Конашенков.`:
    a sentence opened by an anaphoric phrase (`quotes.anaphora`), a few words, a reporting verb and its
    subject, with no clause of its own, reports the sentence before it in the same paragraph."""
    text, g = ctx.text, ctx.g
    out: list[Quote] = []
    if g.anaphora is None:
        return out
    for c in cues:
        if id(c) in used or c.kind != "verb":
            continue
        s0, s1 = ctx.sentence(c.start)
        m = g.anaphora.match(text, s0, c.start)
        lead = text[m.end():c.start] if m else ""
        if m is None or words(lead) > ANAPHORA_LEAD or re.search(r"[,:;\"“”«»]", lead) \
                or g.comp.search(text, c.end, s1) or s0 == 0:
            continue   # `Об этом он сообщил, что …` has a clause of its own
        sp = speaker_slot(ctx, c, m.end(), s1)
        if sp is None or sp.np_start < m.end():
            sp = subject_after(ctx, c, s1)
        p0, p1 = ctx.sentence(s0 - 1)
        if sp is None or ctx.paragraph(p0) != ctx.paragraph(s0):
            continue
        if dl := DATELINE.match(text[p0:p1]):
            p0 += dl.end()
        end = p1
        while end > p0 and text[end - 1] in END + " \n":
            end -= 1
        q = tidy(text, Quote(p0, end, "indirect"))
        if not q or words(text[q.start:q.end]) < 3 \
                or any(o.start < q.end and q.start < o.end and not _fragment_in(ctx, o, q) for o in quotes + out):
            continue
        set_cue(q, c, sp, used, g)
        out.append(q)
    return out


ANAPHORA_LEAD = 4   # `Об этом во вторник сообщил`: words between the anaphoric phrase and the verb


def _fragment_in(ctx: QuoteContext, o: Quote, q: Quote) -> bool:
    """`ООН «оставляет за собой право» самостоятельно сформировать делегацию, добавил он.`: a short quote
    with no cue of its own inside the clause `q` is part of it (`quotes.fragment_max_words`)."""
    return o.kind == "direct" and o.cue is None and q.start < o.start and o.end < q.end \
        and words(ctx.text[o.start:o.end]) <= ctx.g.fragment


def drop_fragments(ctx: QuoteContext, quotes: list[Quote], clauses: list[Quote]) -> list[Quote]:
    """The quotes without those that are fragments of one of `clauses`."""
    return [o for o in quotes if not any(_fragment_in(ctx, o, q) for q in clauses)]


def _parenthesis_start(ctx: QuoteContext, c: Cue, s0: int, a: int) -> int:
    """`Их первой жертвой, по словам президента, становится реформа`: a prefix cue set off by commas
    inside its sentence reports the whole sentence, the words before it too (a few, with no quote
    mark, cue or clause boundary among them)."""
    text = ctx.text
    if lead := DATELINE.match(text[s0:c.start]):
        s0 += lead.end()
    head = text[s0:c.start]
    if not head.rstrip().endswith(",") or words(head) > PARENTHESIS_LEAD \
            or re.search(r"[\"“”«»:;—–]|\s-\s", head) or ctx.g.verbs.search(head) or ctx.g.comp.search(head):
        return a
    return s0


PARENTHESIS_LEAD = 6   # words before a prefix cue set off by commas that still belong to the report


def _content_start(ctx: QuoteContext, c: Cue, sp: Mention | None, s1: int) -> int | None:
    """After the complementizer (`that`, `أن`, `bahwa`, `что`) near the cue; after the comma of a
    prefix cue; right after the verb where the subject stands before it (`the minister said the…`)."""
    text, g = ctx.text, ctx.g
    pos = max(c.end, sp.np_end if sp else 0)
    m = g.comp.search(text, pos, s1)
    # `заявил, что` and `، فيتالي تشوركين، في … إنه` keep their commas
    gap = re.sub(r"^\s*[,،]|[,،]\s*$", "", text[pos:m.start()]) if m else ""
    gap = re.sub(r"[«“\"]\w[\w\s-]{0,30}[»”\"]", "X", gap) if g.addressee else gap   # `сказал «Интерфаксу», что`
    if g.side == "after":   # `وقال باسم الضامن ”شاهد عيان“ ان`: a short quoted description of the subject
        gap = re.sub(r"[«“”\"]\w[\w\s-]{0,30}[»”“\"]", "X", gap)
    for rx in (g.recipient, g.recipient_words):   # `كشف الوزير لـ «عكاظ» أن`: the one told stands in between
        gap = rx.sub(" ", gap) if rx is not None else gap
    # verb-first languages: another reporting verb before the complementizer owns it (`وأكدت قتل … وأضافت أنه`)
    own = not (m and g.verbs.search(text, pos, m.start()))
    # `وقال X حول جهود الفريق … ، إن`: a long topic phrase set off by a comma before the complementizer
    set_off = bool(m and g.comma_gap > g.gap and re.search(r"[,،]\s*$", text[pos:m.start()]))
    limit = g.comma_gap if set_off else g.gap
    # (a phrase set off by commas may hold a comma of its own: `وأوضحت X من أجل Y، في بيان أمس، أن`)
    if m and own and words(gap) <= limit and not re.search(r"[\"“«:]" if set_off else r"[\"“«:,،]", gap):
        end = m.end()
        while (more := g.comp.match(text, skip_space(text, end))):   # `قوله إن`, `bahwasanya`
            end = more.end()
        return end
    if c.kind != "prefix" and (c.form.lower() in g.after or c.form.lower() in g.self) \
            and (aside := _aside_cue(ctx, c, pos, s1)) is not None:   # a prefix cue (`По его словам`) opens its clause
        return aside
    if c.kind == "prefix":
        degree = speaker_lexicon(ctx.lang).degree_gap
        if sp is not None and degree is not None and (d := degree.match(text, pos, s1)):
            return d.end()   # `Menurut dokter …, dr Herianto Tjandra, SpS dari Eka Hospital BSD, berbagai …`
        comma = re.search(r"[,،]", text[pos:s1])
        if comma and g.verbs.match(text, skip_space(text, pos + comma.end())):
            return None   # `X, по данным газеты, отметила, что`: a parenthesis inside another report
        after = pos + comma.end() if comma else s1
        if comma and (v := g.verbs.search(text, after, s1)) and words(text[after:v.start()]) <= 12 \
                and not re.search(r"[,،.;:!?\"“”«»]", text[after:v.start()]) \
                and g.comp.match(text, skip_space(text, v.end() + len(text[v.end():s1]) - len(
                    text[v.end():s1].lstrip(" ,،")))):
            return None   # `как передает РИА «Новости», замминистра Сергей Рябков заявил, что`: the relay of a report
        if c.form.lower() in g.self:   # `По его мнению страны Балтии …`: the clause follows the cue, comma or not
            return pos + len(text[pos:s1]) - len(text[pos:s1].lstrip().removeprefix(",").removeprefix("،"))
        if comma and words(text[pos:pos + comma.start()]) <= 8:
            return pos + comma.end()
        return _bare_after_source(ctx, c, sp, pos, s1)
    if c.form.lower() in g.bare and sp and sp.np_end <= c.start and re.match(r"\s+\w", text[pos:s1]) \
            and not (g.bare_stop and g.bare_stop.match(text, pos, s1)):
        return pos   # not `said in a statement`, `said on Monday`
    if c.form.lower() in g.bare and sp and sp.np_end <= c.start and g.bare_comma \
            and (cm := re.match(r"\s*,\s+(?=\w)", text[pos:s1])):
        return pos + cm.end()   # `Johan Budi mengatakan, pihaknya belum …`
    if c.kind == "cont" and sp is None and g.bare_comma and (cm := re.match(r"\s*,\s+(?=\w)", text[pos:s1])):
        return pos + cm.end()   # `…," ungkapnya sambil menambahkan, berita itu …`: the speaker goes on
    return None


def _bare_after_source(ctx: QuoteContext, c: Cue, sp: Mention | None, pos: int, s1: int) -> int | None:
    """`Menurut Rudiantara ada sejumlah alasan …`, `menurut dia banyak sekali …` (`quotes.prefix_bare_clause`):
    the source right after the prefix cue, then a clause opening with a lower-case word and no comma
    near: the clause starts after the source."""
    text = ctx.text
    if c.form.lower() not in ctx.g.prefix_bare or sp is None or sp.np_start < c.end or words(text[c.end:sp.np_start]) \
            or not re.match(r"\s+[^\W\d_A-ZÀ-ÞА-ЯЁ]\w*\s+\w", text[pos:s1]) or words(text[pos:s1]) < 4:
        return None
    return skip_space(text, pos)


ASIDE_LEAD_WORDS = 3   # `Pada kesempatan itu, lanjut X, …`: an opening adverbial this long at most


def _aside_cue(ctx: QuoteContext, c: Cue, pos: int, s1: int) -> int | None:
    """`Pada kesempatan itu, lanjut Budi, warga …`, `Lagipula, lanjutnya, …`: an inverted or self-subject
    verb set off by commas after a short opening adverbial (or opening the sentence) reports the clause
    after its second comma. `pos`: the end of the cue or of its subject."""
    text = ctx.text
    s0, _ = ctx.sentence(c.start)
    if d := DATELINE.match(text, s0, c.start):
        s0 = d.end()
    lead = text[s0:c.start].rstrip()
    if lead and (not lead.endswith((",", "،")) or words(lead) > ASIDE_LEAD_WORDS):
        return None
    m = re.match(r"[^,،.;:!?\"“”«»\n]{0,40}?[,،]\s*(?=\w)", text[pos:s1])
    if not m or words(m.group()) > 3:
        return None
    return pos + m.end()


# A dateline opening an article's first sentence: `Jakarta - `, `Jakarta, Senin (10/10/2016) - `,
# `BEIRUT (Reuters) - `, `/РИА Новости/.`: not part of what anyone said.
DATELINE = re.compile(r"\s*(?:/[^/\n]{1,40}/\.?|[^\W\d_][\w.]*(?:[ ,]+[^\W\d_][\w.]*){0,3}"
                       r"(?:\s*\((?:[\d/.\-]{3,12}|[^\W\d_][\w. ]{1,20})\))?\s+[-–—])\s+")


def _final_clause(ctx: QuoteContext, c: Cue, sp: Mention | None, s0: int, s1: int) -> tuple[int, int] | None:
    """`The army took the town, the ministry said on Monday.`: an attribution closing the sentence
    after a comma reports the words before it (`quotes.final_attribution`)."""
    text = ctx.text
    if not ctx.g.final or sp is None or c.kind != "verb":
        return None
    head, tail = min(sp.np_start, c.start), max(sp.np_end, c.end)
    lead = text[s0:head].rstrip()
    after = text[tail:s1]
    if not lead.endswith(",") or words(after) > 8 or re.search(r"[\"“”«»:;,]", after) \
            or ctx.g.comp.search(after) or words(lead) < 4:
        return None
    a = s0 + (m.end() if (m := DATELINE.match(text[s0:head])) else 0)
    while a < head and (text[a].isspace() or text[a] in "\"“”«»'‘’"):
        a += 1
    return a, s0 + len(lead) - 1


def _final_prefix(ctx: QuoteContext, c: Cue, sp: Mention | None, s0: int, s1: int) -> tuple[int, int] | None:
    """`قتل 18 شخصا في القصف، بحسب ما ذكر المرصد.`, `…، حسب قوله.`: a prefix cue closing its sentence after
    a comma reports the words before it (`quotes.final_prefix_words`): its source, or the speaker quoted
    last when the cue's own possessive (`قوله`) names none. Not when the words before hold a complementizer
    or a colon of their own (`قال X إن …، بحسب الوكالة`: the verb reports them, the agency relays)."""
    text, g = ctx.text, ctx.g
    if not g.final_prefix or c.kind != "prefix":
        return None
    if sp is None:
        if g.final_self is None or not g.final_self.match(text, c.end, s1):
            return None
        tail = ""
    elif sp.np_start < c.end:
        return None
    else:
        tail = text[sp.np_end:s1]
        if words(text[c.end:sp.np_start]) > 2:
            return None
    lead = text[s0:c.start].rstrip()
    if lead_m := DATELINE.match(text[s0:c.start]):
        s0 += lead_m.end()
        lead = text[s0:c.start].rstrip()
    if not lead.endswith((",", "،")) or words(lead) < 4 or words(tail) > g.final_prefix \
            or re.search(r"[\"“”«»:;,،]", tail) or ":" in lead or g.comp.search(lead):
        return None
    a = s0
    while a < c.start and (text[a].isspace() or text[a] in "\"“”«»'‘’"):
        a += 1
    return a, s0 + len(lead) - 1


def _aside_clause(ctx: QuoteContext, c: Cue, sp: Mention | None, s0: int, s1: int) -> tuple[int, int] | None:
    """`Сейчас, продолжал он, правительство ассигновало …`: a verb and its subject set off by commas
    inside the sentence report the whole sentence (a few words before it, a clause after it)."""
    text = ctx.text
    if sp is None or c.kind != "verb" or sp.np_start < c.end or not ctx.g.inverted:
        return None
    lead, after = text[s0:c.start], text[sp.np_end:s1]
    if not lead.rstrip().endswith(",") or words(lead) > PARENTHESIS_LEAD or re.search(r"[\"“”«»:;—–]", lead) \
            or not re.match(r"\s*[,،]\s*\w", after) or words(after) < 3 or re.search(r"[\"“”«»]", after) \
            or words(text[c.end:sp.np_start]) > 1:
        return None
    end = s1
    while end > s0 and text[end - 1] in END + " ":
        end -= 1
    return s0 + len(lead) - len(lead.lstrip()), end


def _starting_in(quotes: list[Quote], starts: list[int] | None, a: int, b: int) -> list[Quote]:
    """The quotes starting in [a, b]: a bisection when they are in text order (`starts`), else a scan."""
    if starts is None:
        return [d for d in quotes if a <= d.start <= b]
    return quotes[bisect.bisect_left(starts, a):bisect.bisect_right(starts, b)]


def _clause_end(ctx: QuoteContext, cues: list[Cue], starts: list[int], a: int, s1: int, c: Cue | None = None) -> int:
    """The sentence end, or the next participle cue (`, saying that`, `، مشيرا إلى أن`). `starts`:
    the cues' starts, in order, so only the cues of the clause are looked at. The clause of a
    participle set off by commas (`X, noting that …, added:`) ends at the comma before the main verb."""
    text = ctx.text
    for d in cues[bisect.bisect_right(starts, a):bisect.bisect_left(starts, s1)]:
        comma = participle_comma(ctx, d)
        if comma is not None and comma > a:
            return comma
        if c is not None and c.kind == "cont" and d.kind == "verb" and ctx.g.side == "before" \
                and (m := re.search(r"[,،]\s*$", text[max(a, d.start - 4):d.start])):
            return max(a, d.start - 4) + m.start()
    end = s1
    while end > a and text[end - 1] in END + "\"”»’“« ":
        end -= 1
    return end
