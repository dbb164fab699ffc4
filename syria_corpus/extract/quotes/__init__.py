"""Direct and reported speech with their speakers: `extract_quotes(parsed) -> list[dict]`.

Steps: (1) pair quote marks per paragraph (marks.py); (2) find reporting cues with the language's
word lists (cues.py); (3) attach to each quote the cue next to it and the speaker mention in that
cue's subject slot (direct.py, slots.py); (4) turn the remaining cues with a clause into reported
speech (reported.py); (5) resolve each speaker mention to the fullest in-document name
(extract/coref.py) and hand the quotes of a paragraph that ends with a named speaker to that
speaker. All words come from configs/lang/<code>.yaml, the language's own rules from
syria_corpus/lang/<code>.py.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..coref import qualifiers_fit, resolve, role_qualifiers
from ..mentions import speaker_lexicon
from ..spans import Spans
from .booster import boost_speakers
from .cues import find_cues
from .direct import (
    attribute_direct,
    block_quotes,
    colon_quotes,
    colon_speaker,
    continue_after_attribution,
    headline_quotes,
    headline_subject,
    in_clause,
    interview_turns,
    share_groups,
    share_joined,
    split_at_attributions,
    subject_speaks,
)
from .grammar import quote_grammar
from .marks import direct_quotes, is_label
from .model import Cue, Quote, QuoteContext, rstrip_end, words
from .reported import anaphoric, drop_fragments, reported, unmarked
from .slots import quoted_addressee, quoted_subject, speaker_slot, titled_quoted_name

if TYPE_CHECKING:
    from ...analysis import ParsedDoc

__all__ = ["extract_quotes"]


def extract_quotes(parsed: ParsedDoc) -> list[dict]:
    g = quote_grammar(parsed.lang)
    text = parsed.text
    if g is None or not text.strip():
        return []
    ctx = QuoteContext(parsed, g)
    quotes = direct_quotes(ctx)
    if g.glued:   # `لـ«الشرق الأوسط»`, `بـ"الإرهاب"`: a quoted name glued to a preposition is no speech
        quotes = [q for q in quotes if not g.glued.search(text[max(0, q.start - 24):q.start - 1])]
    all_cues = find_cues(text, g)
    # `وقال «الحذيفي»:`: a short quoted name right after a cue is its subject, not a quote
    cue_ends = {c.end for c in all_cues if c.kind != "prefix"}
    quotes = [q for q in quotes if not _quoted_subject_of_cue(ctx, q, cue_ends)
              and not (g.addressee and _quoted_addressee_of_cue(ctx, q, cue_ends))]
    used: set[int] = set()
    quotes = split_at_attributions(ctx, quotes, all_cues, used)   # `«A, — сказал Лавров. — B»`
    # a cue inside a quote belongs to the quoted speech, not to the article
    quoted = Spans([(q.start, q.end) for q in quotes])
    cues = [c for c in all_cues if not quoted.holds(c.start) and id(c) not in used]
    for q in quotes:
        if not q.cue:
            attribute_direct(ctx, q, quotes, cues, used)
    if ctx.parsed.rules.colon_speaker:
        colon_speaker(ctx, quotes)
    share_joined(ctx, quotes)
    share_groups(quotes)
    continue_after_attribution(ctx, quotes)
    quotes = [q for q in quotes if q.cue or not is_label(text, q, g)]
    quotes += block_quotes(ctx, quotes, cues, used)
    quotes = sorted(quotes + colon_quotes(ctx, quotes, cues, used), key=lambda q: q.start)
    quotes = sorted(quotes + interview_turns(ctx, quotes, used), key=lambda q: q.start)
    quotes = sorted(quotes + headline_quotes(ctx, quotes, used), key=lambda q: q.start)
    if ctx.parsed.rules.headline_subject:
        headline_subject(ctx, quotes)
    if ctx.parsed.rules.subject_speaks:
        subject_speaks(ctx, quotes)
    boost_speakers(ctx, quotes)   # the optional dependency parse, where the rules found no speaker
    quoted = Spans([(q.start, q.end) for q in quotes])
    cues = [c for c in cues if not quoted.holds(c.start)]
    clauses = reported(ctx, quotes, cues, used)
    # a word both verb and prefix cue (`Kata X, …`) reports its clause once
    clauses = list({(q.start, q.end): q for q in reversed(clauses)}.values())[::-1]
    quotes = [q for q in quotes if not in_clause(ctx, q, clauses)] + clauses
    if g.unmarked or g.inverted:
        more = unmarked(ctx, quotes, cues, used)
        more += anaphoric(ctx, quotes + more, cues, used)
        quotes = sorted(drop_fragments(ctx, quotes, more) + more, key=lambda q: q.start)
    silent = _silent_subjects(ctx, quotes, cues, used)
    speakers = tuple(q.speaker for q in quotes if q.speaker) + tuple(m for _, m, _ in silent)
    known = {id(m) for m in ctx.ms}
    hidden = [(q.start, q.end) for q in quotes if q.kind == "direct"] if g.skip_quoted else []
    resolve(text, parsed.lang, ctx.ms + [s for s in speakers if id(s) not in known], speakers,
            tuple(sorted(hidden + (relatives := _relative_clauses(ctx)))), tuple(sorted(relatives)))
    return _rows(ctx, quotes, silent)


def _relative_clauses(ctx: QuoteContext) -> list[tuple[int, int]]:
    """`Gubernur Anies yang diminta tanggapannya terkait aksi WO Ananda …, mengaku`: a relative clause
    on a person closed by a comma (languages whose relatives need no comma, `quotes.bare_relative`);
    the names met only inside it are no pronoun's antecedent."""
    if ctx.g.relative_bare is None or not ctx.g.relatives:
        return []
    rx = re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(ctx.g.relatives)))})\s[^,.;:!?\"“”«»\n]{{1,140}},")
    return [(m.np_end, r.end()) for m in ctx.ms if m.kind == "name" and (r := rx.match(ctx.text, m.np_end))]


def _quoted_subject_of_cue(ctx: QuoteContext, q: Quote, cue_ends: set[int]) -> bool:
    """`cue_ends`: where the cues that are not prefixes end."""
    text = ctx.text
    mark = q.start - 1
    while mark > 0 and text[mark].isspace():
        mark -= 1
    before = rstrip_end(text, mark)
    if before in cue_ends:
        return quoted_subject(ctx, mark) is not None
    # `وأضاف المهندس "المالكي":`: a title between the cue and the quoted name of its holder
    return any(rstrip_end(text, m.np_start) in cue_ends and titled_quoted_name(ctx, m)
               for m in ctx.ending_between(before, before) if m.kind in ("title", "org"))


def _quoted_addressee_of_cue(ctx: QuoteContext, q: Quote, cue_ends: set[int]) -> bool:
    """`— рассказала «Коммерсанту» жительница села`: the quoted outlet right after a cue is told, no quote."""
    mark = q.start - 1
    before = rstrip_end(ctx.text, mark)
    return before in cue_ends and quoted_addressee(ctx, mark) is not None


def _silent_subjects(ctx: QuoteContext, quotes: list[Quote], cues: list[Cue], used: set) -> list[tuple]:
    """(position, subject, verb gender) of reporting verbs that gave no quote (`واعترفت إيران بتنفيذ …`):
    their subject is the one a later subject-less verb (`وقالت إن …`) goes on with."""
    out = []
    quoted = Spans([(q.start, q.end) for q in quotes])
    for c in cues:
        if id(c) in used or c.kind != "verb":
            continue
        s0, s1 = ctx.sentence(c.start)
        sp = speaker_slot(ctx, c, s0, s1)
        if sp is not None and sp.kind in ("name", "org", "title") and not quoted.holds(c.start):
            out.append((c.start, sp, ctx.g.gender_of(c.form)))
    return out


def _rows(ctx: QuoteContext, quotes: list[Quote], silent: Sequence[tuple] = ()) -> list[dict]:
    """Rows of the contract. A subject-less cue (`وأضاف:`, `Adding,`) and an unresolved pronoun
    take the speaker of a quote before, the latest whose gender agrees with the verb (`وأضافت`
    skips a man quoted since, when the language's data tells the verb's gender)."""
    _cataphora(ctx, quotes)
    text, g = ctx.text, ctx.g
    lex = speaker_lexicon(ctx.lang)
    said: list[tuple[str, str | None, str | None]] = []   # (name, type, gender) of speakers so far, latest last
    genders: dict[str, str] = {}
    last_end = 0
    held = _held_roles(ctx, lex)
    rows = []
    pending = sorted(silent, key=lambda x: x[0])
    for q in sorted(quotes, key=lambda x: (x.start, x.end)):
        while pending and pending[0][0] < q.start:
            _, m, gender = pending.pop(0)
            if m.speaker_name:
                if gender and m.speaker_type == "person":
                    genders.setdefault(m.speaker_name, gender)
                elif m.speaker_type == "organisation" and g.organisation_gender:
                    genders.setdefault(m.speaker_name, g.organisation_gender)
                said.append((m.speaker_name, m.speaker_type, genders.get(m.speaker_name)))
        sp, ref = q.speaker, q.referent or q.speaker
        name, typ = (ref.speaker_name, ref.speaker_type) if ref else (None, None)
        verb_gender = g.gender_of(q.cue.form) if q.cue and q.cue.kind != "prefix" else None
        role_only = sp is not None and sp.kind == "title" and any(not c.startswith("~") for c in sp.classes)
        # a quote with no cue at all that follows the last speaker's quote in its paragraph or the next
        carried = q.cue is None and q.kind == "direct" and said and _near(ctx, last_end, q.start)
        # `it said`: a body or a text, resolved to the last body or nobody, never to a person quoted before
        neuter = sp is not None and sp.kind == "pronoun" and lex.norm(text[sp.start:sp.end]) in lex.neuter
        if name is None and sp is None and q.cue and (h := _honorific_before(ctx, lex, q.cue.start)):
            name, typ = h.speaker_name, h.speaker_type   # `لما أعلنه سموه … حينما قال`: His Highness speaks
        if name is None and not neuter and (q.implicit or (sp and sp.kind == "pronoun") or role_only or carried):
            # `— сказал глава МИД России`: a role alone, nobody of that role named, is the person quoted
            # last (a role is held by a person: never a body or an anonymous source quoted before), one
            # that may hold it: not named with a role of another class or other words (`وزير النفط الإيراني`
            # is not `وزير الخارجية الفرنسي`), nor of the other gender than the verb's
            people = [s for s in said if s[1] == "person" and _may_hold(lex, text, sp, held.get(s[0]))] \
                if role_only else said
            if people:
                name, typ = _agreeing(people, genders, verb_gender, strict=role_only)
            elif q.cue and not role_only and (m := _last_named(ctx, q.cue.start)) is not None:
                name, typ = m.speaker_name, m.speaker_type   # `وسئل الوزير X … فقال`: nobody spoke yet
        elif g.pronoun_last_speaker and sp and sp.kind == "pronoun" and q.referent is None and not neuter \
                and said and said[-1][1] == "person" and not _introduced_since(ctx, name, last_end, q.start):
            name, typ = said[-1][:2]   # `…, ujarnya.`: the person quoted last, not any name since
        if name:
            last_end = q.end
            if typ == "organisation" and g.organisation_gender:
                genders.setdefault(name, g.organisation_gender)
            elif verb_gender and sp is not None and sp.kind in ("name", "title") and q.cue \
                    and _subject_of(ctx, sp, q.cue):
                genders.setdefault(name, verb_gender)   # `وقالت بيرفين بولدان`: the verb shows her gender
            said.append((name, typ, genders.get(name)))
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


def _near(ctx: QuoteContext, after: int, pos: int) -> bool:
    """`pos` in the paragraph of `after` or the next one, with no name in between."""
    k = ctx.paragraph_index
    pa, qa = ctx.paragraph(after)[0], ctx.paragraph(pos)[0]
    if pa not in k or qa not in k or k[qa] - k[pa] > 1:
        return False
    return not any(m.kind in ("name", "org") for m in ctx.between("start", after, pos))


def _introduced_since(ctx: QuoteContext, name: str | None, after: int, before: int) -> bool:
    """A person introduced with a title outside any quote since the last quote (`Versi kedua datang
    dari Kombes Martinus Sitompul. Menurutnya, …`), or named again as the subject opening a sentence
    (`Mustajab lalu menggeser badannya. Coba pikir, kata dia, …`): a pronoun now refers to that person."""
    if name is None:
        return False
    # (`Pihak Konjen, kata dia, …`: the name opening the quote's own sentence is its topic)
    s0 = ctx.sentence(before)[0]
    return any(m.kind == "name" and m.speaker_name == name
               and (m.role or (m.start < s0 and not ctx.text[ctx.sentence(m.start)[0]:m.np_start].strip()))
               for m in ctx.between("start", after, before))


def _honorific_before(ctx: QuoteContext, lex, pos: int):
    """The last mention before `pos` in its sentence, when it is a resolved honorific pronoun (`سموه`):
    the subject a later verb with no subject of its own goes on with."""
    if not lex.pronoun_roles:
        return None
    s0, _ = ctx.sentence(pos)
    last = next(reversed(ctx.between("start", s0, pos)), None)
    return last if last is not None and last.kind == "pronoun" and last.speaker_name \
        and lex.norm(ctx.text[last.start:last.end]) in lex.pronoun_roles else None


def _last_named(ctx: QuoteContext, pos: int):
    """The last person named before `pos` in its paragraph or the one before, for a subject-less
    verb when nobody has been quoted yet."""
    k = ctx.parsed.paragraph_starts
    a = ctx.paragraph(pos)[0]
    i = ctx.paragraph_index.get(a, 0)
    lo = k[i - 1] if i > 0 else a
    return ctx.last_name(lo, pos)


def _subject_of(ctx: QuoteContext, sp, cue: Cue) -> bool:
    """The mention is the verb's own subject (next to it), not a source it relays (`نقلت وسائل الإعلام عن X`)."""
    if sp.np_end <= cue.start:
        return words(ctx.text[sp.np_end:cue.start]) <= 2
    return words(ctx.text[cue.end:sp.np_start]) <= 2


def _agreeing(said: list[tuple[str, str | None, str | None]], genders: dict[str, str],
              verb_gender: str | None, strict: bool = False) -> tuple[str | None, str | None]:
    """The latest speaker whose gender is not known to differ from the verb's; else the latest
    (else nobody, when `strict`: `وقالت رئيسة الاتحاد` after men only)."""
    for name, typ, _ in reversed(said):
        known = genders.get(name)
        if not verb_gender or not known or known == verb_gender:
            return name, typ
    return (None, None) if strict else (said[-1][0], said[-1][1])


def _held_roles(ctx: QuoteContext, lex) -> dict[str, tuple[frozenset, frozenset]]:
    """Person -> the classes and the other words (nationality, body) of the roles it was named with;
    a degree or a profession (`الدكتور ممدوح الدماطي، وزير الآثار`) is no office held."""
    out: dict[str, tuple[frozenset, frozenset]] = {}
    for m in ctx.ms:
        if m.kind == "name" and m.role and m.speaker_name and not m.classes <= lex.source_classes:
            c, w = out.get(m.speaker_name, (frozenset(), frozenset()))
            out[m.speaker_name] = (c | {x for x in m.classes if not x.startswith("~")},
                                   w | role_qualifiers(lex, m.role))
    return out


def _may_hold(lex, text: str, sp, held: tuple[frozenset, frozenset] | None) -> bool:
    """The title `sp` may be a role of a person named with the roles `held`. A title of a class in
    common (or of a class that fits any role) with a word of the role's; a title of another class
    (`сказал министр` after `глава МИД Сергей Лавров`) with no word the roles lacked (`وزير الداخلية
    الإيراني` is not `الرئيس الإيراني حسن روحاني`, `الأمين العام` not `رئيس الوزراء البريطاني`)."""
    if not held:
        return True
    classes, quals = held
    want = frozenset(c for c in sp.classes if not c.startswith("~"))
    before = text[max(0, sp.np_start - 20):sp.np_start].split()[-1:]
    if want <= lex.generic_roles or any(lex.norm(w) in lex.former for w in before + text[sp.start:sp.end].split()):
        return True   # `ungkap mantan Menteri … itu` after `Gubernur Anies Baswedan`: a past role of anyone
    same = not classes or bool(classes & want)
    return qualifiers_fit(role_qualifiers(lex, text[sp.start:sp.end]), quals, every=not same)


def _cataphora(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """`"…" She added, "…" … "…," Samantha Power said.`: the quotes of a paragraph before its
    last quote, when that one is followed by a named speaker, are that speaker's unless named."""
    direct = sorted([q for q in quotes if q.kind == "direct"], key=lambda x: x.start)
    starts = [q.start for q in direct]
    for a, b in ctx.paras:
        qs = direct[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        if not qs or not qs[-1].speaker or qs[-1].speaker.kind != "name" or qs[-1].speaker.start < qs[-1].end:
            continue
        for q in reversed(qs[:-1]):
            if q.speaker and q.speaker.kind != "pronoun" and not q.implicit:
                break
            if not ctx.g.cataphora_over_name and q.speaker and any(
                    m.kind == "name" for m in ctx.between("start", a, q.speaker.start)):
                break   # `…, kata dia.` after a name earlier in the paragraph refers back to it
            q.referent = qs[-1].speaker
