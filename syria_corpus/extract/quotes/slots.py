"""Speaker slots: the mention that is the subject of a reporting cue, before it (`Lavrov said`) or
after it (`said Lavrov`, `قال لافروف`, `according to X`), with the language's rules for recipients,
relays, participles, common-noun subjects and joined verbs."""
from __future__ import annotations

import re

from ..mentions import Mention, bare_name, speaker_lexicon
from .grammar import QuoteGrammar
from .model import NEAR, REACH, Cue, QuoteContext, skip_space, words


def participle_comma(ctx: QuoteContext, c: Cue) -> int | None:
    """`…, saying that` / `، مشيرا إلى أن`: a subject-less clause going on with the same speaker.
    Returns the offset of the comma that opens it."""
    ts = c.start
    while ts > 0 and ctx.text[ts - 1].isalpha():
        ts -= 1     # the clitic conjunction (وأضاف) belongs to the cue's word
    if c.kind != "cont" or ctx.paragraph(ts)[0] == ts:
        return None
    m = re.search(r"[,،]\s*(?:\w+\s+)?$", ctx.text[max(0, ts - 30):ts])
    return max(0, ts - 30) + m.start() if m else None


def speaker_slot(ctx: QuoteContext, cue: Cue, lo: int, hi: int) -> Mention | None:
    """The mention in the cue's subject slot: before it (`Lavrov said`) or after it
    (`said Lavrov`, `قال لافروف`, `according to X`), with at most two words in between."""
    text, g = ctx.text, ctx.g
    if cue.form.lower() in g.self:
        # `katanya`, `menurutnya`: the verb carries its own subject, unless it quotes someone
        # (`ujarnya mengutip pernyataan Menlu`): then the one quoted speaks
        r = g.relay.match(text, skip_space(text, cue.end))
        nxt = [x for x in ctx.between("np_start", r.end(), r.end() + NEAR)
               if words(text[r.end():x.np_start]) <= 1] if r else []
        return nxt[0] if nxt else None
    comma = participle_comma(ctx, cue)
    if comma is not None:
        if cue.form.lower() in g.after and (named := subject_after(ctx, cue, hi)) is not None:
            return relayed(ctx, named)   # `…, imbuh Budi`: an inverted verb names its subject after it
        return _clause_subject(ctx, comma) if g.participle_subject else None
    if g.side == "after" and g.participle_subject and cue.form.lower() in g.participles:
        # verb-first, no comma before it (`وأشار البيان أن … في سوريا موضحا أن`): a participle has no
        # subject of its own, not the word before it; its clause's subject speaks
        return _clause_subject(ctx, cue.start)
    side = "after" if cue.kind == "prefix" or cue.form in g.after or g.side == "after" else "before"
    tags = [(a.start(), a.end()) for a in g.aside.finditer(text, max(lo, cue.start - NEAR), cue.start)] \
        if g.aside else []
    before = [m for m in ctx.ending_between(cue.start - NEAR, cue.start) if lo <= m.np_start
              and plain_gap(unaside(g, text[m.np_end:cue.start])) and not _aside(text, m)
              and not any(a <= m.np_start and m.np_end <= b for a, b in tags)
              and not (g.noun_subject and _object_of_preposition(text, m, g)
                       and not (cue.kind == "cont" and m.kind == "name" and not text[m.np_end:cue.start].strip()))]
    # (`footage of Hillary Clinton asking, “…”`: a participle right after the name has it for subject)
    # `Японская полиция, по данным газеты, отметила`: the source of a parenthesis is not the verb's subject
    # (a comma before `lo` counts as `lo`: searched from there, not from the start of the text at every
    # mention; and no further back than REACH, whatever the caller's `lo`)
    far = max(lo, cue.start - REACH)
    before = [m for m in before if not g.prefix.search(
        text, max(far, text.rfind(",", far, m.np_start) + 1, text.rfind("،", far, m.np_start) + 1), m.np_start)]
    rel = g.relative_bare.search(text, max(lo, cue.start - 120), cue.start) if g.relative_bare and side == "before" \
        else None
    if rel:
        # `Warga yang tinggal di dekat Budi mengatakan`: the subject stands right before `yang`, never inside
        # (`Dokter gigi yang akrab disapa Feni`: a title, then words of its role the language lets follow it)
        chain = speaker_lexicon(ctx.lang).role_chain
        before = [m for m in ctx.ending_between(rel.start() - NEAR, rel.start()) if lo <= m.np_start
                  and (not text[m.np_end:rel.start()].strip()
                       or (m.kind == "title" and chain is not None and chain.fullmatch(text, m.np_end, rel.start())))
                  and not _aside(text, m)][-1:]
    elif g.relative and (rel := g.relative.search(text, max(lo, cue.start - 160), cue.start)):
        # `Нэнси Пелоси, которая … является главой …, отметила`: nobody inside the relative clause is the subject
        before = [m for m in before if m.np_start < rel.start()]
    if before and g.conj.search(text, before[-1].np_end, cue.start):
        before = []   # `Kerry said … and warned`: the subject is the earlier one, not `Aleppo`
    pick = before[-1] if before and side == "before" else None
    if pick is not None and pick.kind == "org":
        pick = _role_owner(ctx, pick, lo) or pick
    gap = re.sub(r"\s*\([^)]*\)", "", unaside(g, text[pick.np_end:cue.start])) if pick else ""   # `Kasich (R-OH), said`
    apposed = _apposed_subject(ctx, cue, lo) if side == "before" and ctx.parsed.rules.apposed_subjects else None
    if pick and gap.rstrip().endswith(",") and not re.fullmatch(r"\s*(?:,[^,.;:]{1,80}){1,3},\s*", gap):
        # (`Керри, в свою очередь,` and `Budi, di Jakarta, Senin (10/10),` keep the subject)
        # `…in Jarablus on Monday, said Yildirim`
        pick = apposed or _inverted(ctx, cue, subject_after(ctx, cue, hi)) or (None if re.search(r"\w", gap) else pick)
    elif side == "after" or (not pick and cue.form not in g.object_verbs):
        # `said Lavrov`, but not `told AFP` (the listener)
        # `The clip says Kaine “…”`: a common-noun subject before the verb, not the name after it
        noun = _noun_subject(ctx, cue, lo) if not pick and side == "before" and g.noun_subject \
            and cue.kind == "verb" else None
        pick = (apposed if not pick else None) or noun or _inverted(ctx, cue, subject_after(ctx, cue, hi))
    elif not pick:
        pick = apposed
    if not pick and side == "after" and cue.form not in g.after and cue.kind != "prefix":
        # `ووزارة الدفاع أكدت`, `خامنئي الذي أكد`, `وكان كارتر أكد`: Arabic also allows the subject first
        if before and _subject_first_gap(g, text[before[-1].np_end:cue.start], _opener(ctx, lo, before[-1])):
            pick = before[-1]
        else:
            pick = _bare_name_before(ctx, cue, lo)
    if not pick and side == "before" and g.noun_subject and cue.kind == "verb":
        pick = _noun_subject(ctx, cue, lo)
    if not pick and side == "before" and cue.kind == "verb" and g.described is not None \
            and (d := g.described.match(text, lo, cue.start)):
        # `Pria lulusan Universitas … jurusan kimia ini mengatakan`: a description of the last person named
        pick = Mention(d.start(1), d.end(1), "pronoun", d.start(1), d.end(1))
    if not pick and side == "before" and cue.kind == "verb" and not before:
        pick = _opening_subject(ctx, cue, lo) or _opening_title(ctx, cue, lo)
    if not pick and g.side == "after" and cue.kind != "prefix":
        pick = _joined_subject(ctx, cue, lo)
    return relayed(ctx, pick) if pick else None


def _role_owner(ctx: QuoteContext, org: Mention, lo: int) -> Mention | None:
    """`Jon Fort, editor situs berita CNBC juga menyebutkan`, `dr X, ahli kanker dari Perhimpunan Y menjelaskan`:
    a body closing the role set after a name (a few lower-case words between) is part of that role; the
    name is the subject."""
    text = ctx.text
    prev = [m for m in ctx.between("np_start", lo, org.np_start + 1) if m.np_end <= org.np_start]
    if not prev or prev[-1].kind != "name" or not prev[-1].role or prev[-1].np_end <= prev[-1].end:
        return None
    gap = text[prev[-1].np_end:org.np_start]
    return prev[-1] if re.fullmatch(r"(?:\s+[^\W\d_A-ZÀ-ÞА-ЯЁ][\w-]*){0,4}\s+", gap) else None


def _inverted(ctx: QuoteContext, cue: Cue, m: Mention | None) -> Mention | None:
    """A mention after the verb as its subject: not a pronoun, where pronoun subjects stand first
    (`X said he would …`: `he` opens the reported clause), unless a quote closes right before the verb
    (`“…,” said he`); never a possessor (`said North Korea’s latest test …`)."""
    if m is None or not ctx.parsed.rules.pronoun_subject_first or cue.kind == "prefix":
        return m   # `according to him`: a prefix names its source after it
    text = ctx.text
    if re.match(r"[’']s\b", text[m.np_end:m.np_end + 3]):
        return None
    if m.kind == "pronoun" and not re.search(r"[\"”’»][\s,]*$", text[max(0, cue.start - 4):cue.start]):
        return None
    return m


def _apposed_subject(ctx: QuoteContext, cue: Cue, lo: int) -> Mention | None:
    """`Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said`,
    `Proponents of the bill, however, say`: the mention that opens its clause (at `lo`, after a comma, a mark
    or a sentence's start), then one to three phrases set off by commas and nothing else up to the verb."""
    text, g = ctx.text, ctx.g
    adverbs = rf"(?:(?:{g.subject_adverbs}|[a-z]+ly)\s+)?"
    s0 = ctx.sentence(cue.start)[0]
    for m in sorted(ctx.ending_between(max(lo, cue.start - 400), cue.start), key=lambda x: x.np_start):
        if m.np_start < max(lo, s0) or m.kind not in ("name", "title", "org", "anon") or _aside(text, m):
            continue
        lead = text[max(lo, s0):m.np_start].rstrip()
        if lead and lead[-1] not in ",;:(—–\"“”«»":
            continue
        # from the name's end when its noun phrase holds the first apposition (`X, senior director for Asian`)
        end = m.end if "," in text[m.end:m.np_end] else m.np_end
        gap = re.sub(r"\s*\([^)]*\)", "", unaside(g, text[end:cue.start]))
        if re.fullmatch(rf"(?:,[^,;:!?\"“”«»()\n]{{1,160}}){{1,3}},\s*{adverbs}", gap) \
                and not re.search(r"\w\w[.!?]\s", gap):
            return m
    return None


def _subject_first_gap(g: QuoteGrammar, gap: str, opened: bool = False) -> bool:
    """Nothing, a relative word alone or a particle (`وكان X قد أعلن`) between a subject written first
    and its verb; after a sentence opener (`وكانت المتحدثة … شذى المغربي، أعلنت`) a comma too."""
    if opened:
        gap = re.sub(r"^\s*[,،]", " ", gap)
    ws = gap.split()
    return not ws or (len(ws) == 1 and (ws[0] in g.relatives or ws[0] in g.first_particles))


def _opener(ctx: QuoteContext, lo: int, m: Mention) -> bool:
    """The sentence opens with a word that puts its subject first (`وكان`, `وكانت`), right before `m`."""
    if not ctx.g.first_openers:
        return False
    head = ctx.text[lo:m.np_start].split()
    return len(head) == 1 and head[0] in ctx.g.first_openers   # (with its clitics: `وكانت`)


def _bare_name_before(ctx: QuoteContext, cue: Cue, lo: int) -> Mention | None:
    """`وكان كارتر أكد`: a name without title right before the verb (or its relative word), known
    as a name word or met in the document, is the subject written first."""
    text = ctx.text
    ts = cue.start
    while ts > 0 and text[ts - 1].isalpha():
        ts -= 1     # the clitic conjunction written onto the verb
    head = text[max(lo, ts - 80):ts]
    ws = list(re.finditer(r"\S+", head))
    if ws and ws[-1].group() in ctx.g.relatives:
        ws.pop()
    if not ws or re.search(r"[\"“”«».,،:;!?؟]", ws[-1].group()):
        return None
    end = max(lo, ts - 80) + ws[-1].end()
    for w in ws[-3:]:   # the longest name ending right there
        m = bare_name(ctx.parsed, max(lo, ts - 80) + w.start(), ctx.known_names)
        if m is not None and m.end == end:
            return m
    return None


def _opening_subject(ctx: QuoteContext, cue: Cue, lo: int) -> Mention | None:
    """`Глава государства во время Питерского форума заявил`, `Dia terkekeh dan berkata`: the mention (a
    pronoun too) opening the sentence is the subject of its verb across an adverbial phrase, when nothing
    between them could be (no other mention, no punctuation, no other verb of saying, at most ten words)."""
    text = ctx.text
    if cue.start - lo > 600:
        return None   # a mention and at most ten words: a longer span holds no opening subject (and stays cheap)
    inside = sorted((m for m in ctx.ending_between(lo, cue.start) if m.np_start >= lo), key=lambda m: m.np_start)
    first = inside[0] if inside else None
    if first is None or first.kind not in ("name", "title", "org", "pronoun") or text[lo:first.np_start].strip() \
            or first.np_end >= cue.start or len(inside) > 1:
        return None
    gap = text[first.np_end:cue.start]
    if words(gap) > 10 or re.search(r"[\"“”«».,:;!?؟—()]", gap) or ctx.g.verbs.search(gap):
        return None
    return first


_WORD = re.compile(r"\w+")
_SPACE_OR_WORD = re.compile(r"\s+|[^\W\d_][\w-]*")
_LOWER_WORDS = re.compile(r"(?:\s+(?![^\W\d_]*[A-ZÀ-ÞА-ЯЁ])[^\W\d_][\w-]*){0,8}\s*(?:,[^,.;:!?\"“”«»()]{1,80},)?\s*")


def _opening_title(ctx: QuoteContext, cue: Cue, lo: int) -> Mention | None:
    """`Представитель немецкой компании-заказчика …, пожелавший остаться неизвестным, сказал`: a title opening
    the sentence is the subject of its verb across its lower-case complement (bodies in it written in lower
    case) and one comma-enclosed aside, with no other verb of saying between them."""
    text = ctx.text
    if cue.start - lo > 400:
        return None
    inside = sorted((m for m in ctx.ending_between(lo, cue.start) if m.np_start >= lo), key=lambda m: m.np_start)
    if not inside or inside[0].kind != "title" or text[lo:inside[0].np_start].strip():
        return None
    if any(m.kind != "org" or not text[m.start:m.start + 1].islower() for m in inside[1:]):
        return None
    gap = text[inside[0].np_end:cue.start]
    if not _LOWER_WORDS.fullmatch(gap) or ctx.g.verbs.search(gap):
        return None
    return inside[0]


def _joined_subject(ctx: QuoteContext, cue: Cue, lo: int) -> Mention | None:
    """Verb-first: `وأكدت الوزارة مقتل … وأضافت أنه …`: a subject-less verb joined to an earlier verb
    of its sentence that reported no clause of its own takes that verb's subject."""
    for v in reversed(list(ctx.g.verbs.finditer(ctx.text, lo, cue.start))):
        m = subject_after(ctx, Cue(v.start(1), v.end(1), v.group(1), "verb"), cue.start)
        if m:
            between = ctx.text[m.np_end:cue.start]
            ok = not ctx.g.comp.search(between) and not re.search(r"[\"“”«».:;!?؟]", between)
            known = ctx.is_mention(m)   # not a bare run of words (`وأكدت قتل خمسة عناصر`)
            return m if known and ok and ctx.g.conj.search(between) else None
    return None


def _object_of_preposition(text: str, m: Mention, g: QuoteGrammar) -> bool:
    """`a doctor in Idlib said`, `a resident of Midan said`: a bare place or name right after a preposition
    that follows a common noun is not the subject (`Democrat of California said` keeps California)."""
    prev = re.search(r"(\S+)\s+([\w’']+)\s+$", text[max(0, m.np_start - 40):m.np_start])
    return m.kind in ("name", "org") and not m.role and prev is not None and prev.group(2) in g.prepositions \
        and not prev.group(1)[:1].isupper()


def _aside(text: str, m: Mention) -> bool:
    """A mention in parentheses (`Rep. Gwen Moore (D-Wis.) said`) is an aside, never the subject."""
    return text[m.np_start - 1:m.np_start] == "(" and text[m.np_end:m.np_end + 1] == ")"


def _clause_subject(ctx: QuoteContext, comma: int) -> Mention | None:
    """The subject of the clause a participle (`, saying that`) goes on from: the first mention of
    its sentence that opens it, or follows an opening phrase or quote (`In Ohio, Trump …, saying`)."""
    s0, _ = ctx.sentence(comma)
    if ctx.g.side == "after":   # verb-first: the subject of the clause's first verb (`وأكد شكري …، مشيرا`)
        first = next((v for v in ctx.g.verbs.finditer(ctx.text, s0, comma)
                      if v.group(1).lower() not in ctx.g.cont), None)
        if first is not None:
            sp = subject_after(ctx, Cue(first.start(1), first.end(1), first.group(1), "verb"), comma)
            if sp is not None:
                return sp
    for m in ctx.between("np_start", s0, comma):
        lead = ctx.text[s0:m.np_start].rstrip()
        if not lead or lead[-1] in ",\"”»":
            return m
        if ctx.g.side == "after" and len(lead.split()) == 1 and lead[-1].isalpha():
            return m   # verb-first: `ونفى الوزير … ، قائلا`
    if ctx.g.side == "after" and (first := re.match(r"\s*\w+\s+", ctx.text[s0:comma])):
        # verb-first: `وحاول كارتر تبديد القلق، مؤكدا`: a bare name, met before, after the opening verb
        return bare_name(ctx.parsed, s0 + first.end(), ctx.known_names)
    return None


def _noun_subject(ctx: QuoteContext, cue: Cue, lo: int) -> Mention | None:
    """`the announcer said`, `a narrator asks`: a determiner and up to three lower-case words right
    before the verb make a title that no known person answers to (the determiners are listed in
    `quotes.common_noun_subject`). Not after a preposition (`on the ground said`)."""
    text, a = ctx.text, max(lo, cue.start - 80)
    dets = "|".join(map(re.escape, ctx.g.noun_subject))
    # `a doctor in Idlib`, `a narrator in the Clinton ad`: a place or a name, or a noun it modifies
    pp = (rf"(?:\s+(?:{ctx.g.phrase_prepositions})\s+(?:(?:{dets})\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}[\w’'-]+"
          rf"(?:\s+[A-Z][\w’'-]*){{0,3}}){{0,2}}")
    m = re.search(rf"(?:^|(?<=[\s,(]))((?i:{dets})\s+(?:[a-z][\w’'-]*\s+){{0,3}}?[a-z][\w’'-]*{pp})"
                  rf"(?:\s+(?:{ctx.g.subject_adverbs}))*\s+$", text[a:cue.start])
    if not m:
        return None
    before = re.findall(r"[\w’']+", text[a:a + m.start(1)])
    head = re.match(r"\S+(?:\s+[a-z][\w’'-]*)*", m.group(1))   # the head noun closes the lower-case run
    ws = head.group().split() if head else []
    if not ws or (before and before[-1].lower() in ctx.g.prepositions) or ws[-1].lower() in ctx.g.cont \
            or any(ctx.g.conj.fullmatch(w) for w in ws):
        return None
    s, e = a + m.start(1), a + m.end(1)
    definite = ctx.parsed.data.speakers.determiners if ctx.parsed.data.speakers else ()
    kind = "title" if ws[0].lower() in definite else "anon"
    return Mention(s, e, kind, s, e, text[s:e], frozenset({"~" + ws[-1].lower()}))


def unaside(g: QuoteGrammar, gap: str) -> str:
    """`gap` without the language's asides (`, R-Ky.,` -> `,`), which never hold a subject."""
    if g.aside is None:
        return gap
    return re.sub(r",\s*\0\s*,", " ", g.aside.sub("\0", gap)).replace("\0", "")


def plain_gap(gap: str) -> bool:
    """At most two words and no sentence punctuation between subject and verb, a parenthesis
    aside (`Rep. Gwen Moore (D-Wis.) said`)."""
    gap = re.sub(r"\([^)]*\)|^\s*,[^,.;:\"“”]{1,80},", "", gap)   # `(D-Wis.)`, `, a writer for X,`
    return words(gap) <= 2 and not re.search(r"[\"“”«».:;!?؟]", gap)


ADDRESSEE = re.compile(r"[«“\"](?=[^\W\d_])[^«»“”\".,:;!?\n]{1,40}[»”\"](?=\s+[^\W\d_])")


def quoted_addressee(ctx: QuoteContext, pos: int) -> int | None:
    """`сказал «Интерфаксу» источник`: a short quoted name right after a cue, the sentence going on
    after it, is the one told (`quotes.addressee`); the end of its closing mark."""
    m = ADDRESSEE.match(ctx.text, pos)
    if not m or not m.group()[1].isupper() or words(m.group()) > 3 \
            or ctx.g.conj.match(ctx.text, skip_space(ctx.text, m.end())):
        return None   # `сказал «Нет» и ушёл`: the words said, then the next verb
    return m.end()


def quoted_subject(ctx: QuoteContext, pos: int) -> Mention | None:
    """`وقال «الحذيفي»:`, `قال «المسؤول اليمني»`: verb-first, a short quoted name or title right after
    the cue is its subject, not a quote."""
    text, g = ctx.text, ctx.g
    if g.side != "after" or pos >= len(text) or text[pos] not in g.marks:
        return None
    closers = g.marks[text[pos]]
    end = next((i for i in range(pos + 1, min(len(text), pos + 60)) if text[i] in closers), None)
    inner = text[pos + 1:end] if end else ""
    if not inner.strip() or words(inner) > 4 or re.search(r"[.!?؟:،,\n]", inner):
        return None
    if end is None or re.match(r"\s*(?:[.!?؟]|$)", text[end + 1:end + 3]):
        return None   # `قال «نعم».`: a one-word answer that ends the sentence is a quote
    a = pos + 1 + len(inner) - len(inner.lstrip())
    b = pos + 1 + len(inner.rstrip())
    lex = speaker_lexicon(ctx.lang)
    role = any(lex.base(w) in lex.titles or lex.base(w) in lex.anon_heads for w in inner.split())
    org = any(lex.base(w) in lex.org_heads for w in inner.split())
    kind = "title" if role else "org" if org else "name"
    return Mention(a, b, kind, pos, (end or b) + 1, inner.strip() if role else None,
                   lex.classes(inner) if role else frozenset())


def titled_quoted_name(ctx: QuoteContext, title: Mention) -> Mention | None:
    """`وأضاف المهندس "المالكي":`: a title right after the cue, then the quoted name of its holder: the
    name is the subject, the title its role. `وقالت صحيفة «وول ستريت جورنال»`: an organisation head
    written bare (no article, so it cannot stand alone), then the body's quoted name: that body."""
    if title.kind not in ("title", "org") or ctx.g.side != "after":
        return None
    if title.kind == "org":
        lex = speaker_lexicon(ctx.lang)
        head = ctx.text[title.start:title.end]
        if lex.cased or not lex.article or " " in head.strip() or lex.base(head) != lex.norm(head) \
                or lex.base(head) not in lex.org_heads:
            return None
    named = quoted_subject(ctx, skip_space(ctx.text, title.np_end))
    if named is None or named.kind not in ("name", "org"):
        return None
    if title.kind == "org":   # the head with the name (`الصحيفة` later finds it by its head)
        return Mention(title.start, named.np_end, "org", title.np_start, named.np_end)
    if named.kind != "name":
        return None
    return Mention(named.start, named.end, "name", title.np_start, named.np_end, title.role, title.classes)


def _recipient_at(ctx: QuoteContext, pos: int) -> int | None:
    """The end of the one told (`لـ«عكاظ»`, `لرويترز`, `لوكالة الأنباء`) when it starts at `pos`."""
    if ctx.g.addressee and (a := quoted_addressee(ctx, pos)) is not None:
        return a   # `— рассказала «Коммерсанту» жительница села`: the outlet told, then the speaker
    for rx in (ctx.g.recipient, ctx.g.recipient_words):
        if rx is not None and (r := rx.match(ctx.text, pos)) and r.end() > pos:
            return r.end()
    return None


def subject_after(ctx: QuoteContext, cue: Cue, hi: int) -> Mention | None:
    text = ctx.text
    pos = skip_space(text, cue.end)
    while (r := _recipient_at(ctx, pos)) is not None:
        pos = skip_space(text, r)   # `وقال لـ«الشرق الأوسط» اللواء …`, `قال لرويترز X`: the one told, then the speaker
    if cue.form in ctx.g.object_verbs and (told := quoted_subject(ctx, pos)) is not None:
        pos = skip_space(text, told.np_end)   # `وأبلغ «الشرق الأوسط» X أن`: the outlet told, then the speaker
    if quoted := quoted_subject(ctx, pos):
        return quoted
    here = ctx.between("np_start", pos, pos + 1)
    if here and (named := titled_quoted_name(ctx, here[0])):
        return named
    if here and ctx.g.recipient_first and here[0].kind == "org":
        # `сообщил РИА Новости источник в полиции`: the agency told is the recipient, the subject follows
        # (only capitalised words between: `РИА Новости`)
        nxt = [m for m in ctx.between("np_start", here[0].np_end + 1, _capitalised_run(text, here[0].np_end) + 1)
               if m.kind in ("name", "title", "anon")]
        here = nxt or here
    if here:
        return _title_holder(ctx, here[0]) or here[0]
    bare = bare_name(ctx.parsed, pos, ctx.known_names)
    if bare and not ctx.g.comp.match(text, pos):
        return bare
    if ctx.g.side == "after" and (w := _WORD.match(text, pos)):
        # `وقال الجبير`: a family name with the article, seen earlier closing a full name
        if ctx.name_before(w.group(0), pos):
            return Mention(pos, w.end(), "name", pos, w.end())
    for m in ctx.between("np_start", pos, min(hi, cue.end + NEAR)):
        # after the one told, if any; `заявил на пресс-конференции глава …`: a hyphenated word is one;
        # a word in brackets is a gloss (`kata (Mon) merupakan singkatan`), never the subject
        gap = text[pos:m.np_start]
        if len(gap.split()) <= 2 and not re.search(r"[\"“”«».:;!?؟,،(\[]", gap) \
                and not ctx.g.comp.search(gap):
            return m
        if m.kind == "name" and _described_role(ctx, gap):
            return m
    return None


def _capitalised_run(text: str, pos: int) -> int:
    """Where the run of spaces and capitalised words from `pos` ends (a word: a letter, then word
    characters and hyphens): a gap ending by then holds nothing else."""
    while (t := _SPACE_OR_WORD.match(text, pos)) and (t.group()[0].isspace() or t.group()[0].isupper()):
        pos = t.end()
    return pos


def _described_role(ctx: QuoteContext, gap: str) -> bool:
    """`kata kuasa hukum importir permen dot Prihadi Saputra`: a role word (lower case, no mention of its
    own), then the lower-case words the language lets stand between a role and its holder's name."""
    lex = speaker_lexicon(ctx.lang)
    ws = re.sub(r"\([^)]*\)", " ", gap).split()
    cap = next((k for k, w in enumerate(ws) if not w.islower()), None)
    if cap is not None:   # `… pegawai di Pengadilan Negeri (PN) Kabupaten Tuban, Bahyu`: the place or body it is at
        if not (cap > 0 and lex.norm(ws[cap - 1]) in lex.connectors and all(w[:1].isupper() for w in ws[cap:])):
            return False
        ws = ws[:cap]
    if lex.role_chain is None or not 2 < len(ws) <= 6 or not lex.cased:
        return False
    for j in (2, 1):   # `kuasa hukum`, `pengacara`
        role = " ".join(ws[:j])
        if role.islower() and lex.classes(role) and lex.role_chain.fullmatch(" " + " ".join(ws[j:]) + " "):
            return True
    # `Menurut salah satu pegawai di Pengadilan Negeri Tuban, Bahyu …`: someone indefinite, described
    k = 2 if lex.norm(ws[0]) == "salah" else 1
    return lex.norm(ws[0]) in lex.indefinite and len(ws) > k \
        and bool(lex.role_chain.fullmatch(" " + " ".join(ws[k:]) + " "))


def _title_holder(ctx: QuoteContext, m: Mention) -> Mention | None:
    """`kata Kepala Biro Hukum, Komunikasi, dan Informasi Publik Kementerian X, Budi`: a title whose long
    name runs on over commas (capitalised words, connectors) and closes with the name of its holder."""
    if m.kind != "title" or not ctx.parsed.data.speakers or not ctx.parsed.data.speakers.cased:
        return None
    text = ctx.text
    links = {w.lower() for w in ctx.parsed.data.speakers.connectors}
    for x in ctx.between("np_start", m.np_end + 1, m.np_end + 161):
        if x.kind != "name":
            continue
        gap = text[m.np_end:x.np_start]
        ws = re.findall(r"[^\s,()]+", gap)
        if gap.rstrip().endswith(",") and not re.search(r"[.;:!?\"“”«»\n]", gap) and all(
                w[:1].isupper() or w[:1].isdigit() or w.lower() in links or ctx.g.conj.fullmatch(w) for w in ws):
            return x
        break
    return None


def relayed(ctx: QuoteContext, m: Mention) -> Mention:
    """`نقلت الوكالة عن الوزارة` / `citing the ministry`: the source relayed is the speaker; a person
    named citing unnamed sources (`وقال دي ميستورا نقلا عن مصادر محلية`) speaks himself."""
    r = ctx.g.relay.match(ctx.text, skip_space(ctx.text, m.np_end))
    if not r:
        return m
    lex = speaker_lexicon(ctx.lang)
    if m.kind == "name" and m.role and lex.norm(r.group(1)) in lex.connectors:
        return m   # `بروين بولدان وهي نائبة عن حزب …`: a connector after a role belongs to the role
    nxt = [x for x in ctx.between("np_start", r.end(), r.end() + NEAR) if words(ctx.text[r.end():x.np_start]) <= 1]
    if not nxt and (named := _named_before(ctx, skip_space(ctx.text, r.end()))) is not None:
        nxt = [named]   # `نقلت الوكالة عن الخزرجي قوله`: a family name met closing a full name before
    return nxt[0] if nxt and not (m.kind == "name" and nxt[0].kind == "anon") else m


def _named_before(ctx: QuoteContext, pos: int) -> Mention | None:
    """Verb-first: a word at `pos` that closed a full name earlier in the text (`وقال الجبير`)."""
    w = _WORD.match(ctx.text, pos)
    if ctx.g.side != "after" or w is None:
        return None
    if ctx.name_before(w.group(0), pos, full=True):
        return Mention(pos, w.end(), "name", pos, w.end())
    return None
