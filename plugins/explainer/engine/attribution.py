"""Attach speakers: quotations nobody was credited with, then canonical names and kinds.

A quotation opening a sentence that no cue claimed continues the previous speaker
(follow-on quote paragraphs, ``“A,” she said. “B.”``), unless a round-up's bracketed source
closes its paragraph (:mod:`explainer.engine.cited`); every other candidate's mention is
resolved by :class:`~explainer.engine.resolver.Resolver`, bare pronouns are dropped, and each
statement is numbered and called direct, partial or indirect.
"""

from __future__ import annotations

import bisect
import re

from .article import _Article, _Candidate, headline_end
from .cited import cited_source
from .cues import has_cue
from .honest import UNNAMED, honest_speaker, named_in_subject
from .mentions import Mention
from .model import Statement
from .openers import _subject_start
from .quote_rules import after_byline
from .quotes import Quote
from .resolver import Resolver
from .sentences import is_abbreviation
from .shared import _WORD, MASK
from .subjects import _sentence_subject, _strip_adverbs

_BARE_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"]
)


def _orphan_quotes(art: _Article, candidates: list[_Candidate]) -> list[_Candidate]:
    """Quotations opening a sentence that no cue claimed: they continue the last speaker
    (``She said the plan failed. “We tried everything we could think of.”``); a quotation of
    fewer than four words (a title, a nickname) does not, unless it ends as a sentence does
    (``“…,” Tester said. “Very good.”``)."""
    spans = sorted((c.start, c.end) for c in candidates)
    starts = [a for a, _ in spans]
    out, seen_chain = [], set()
    for q in art.quotes:
        if q.chain in seen_chain:
            continue
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and spans[i][1] > q.start:
            seen_chain.add(q.chain)
            continue
        cited = cited_source(art, q)
        if cited is not None:  # "HOW FERRIES PAY “…” [Harbor Gazette.]": a round-up's source
            seen_chain.add(q.chain)
            out.append(_Candidate(q.start, art.chain_end[q.chain], "[]", *cited))
            continue
        if not _opens_sentence(art, q) or after_byline(art, q.start):
            continue
        seen_chain.add(q.chain)
        inner = art.body[q.start + 1 : q.end - 1]
        if len(_WORD.findall(inner)) < (2 if inner.rstrip().endswith((".", "!", "?")) else 4):
            continue  # "“Big time.”" is a sentence said; "“Veep”" a title
        signed = _signed(art, q)
        if signed is not None:
            out.append(_Candidate(q.start, art.chain_end[q.chain], "—", *signed))
            continue
        mention, pos = _after_a_person(art, q, starts) or (None, q.start)
        out.append(_Candidate(q.start, art.chain_end[q.chain], "", mention, pos, True))
    return out


# "- Bernie Sanders.", "-Michelle Marks, Philadelphia.": the name, then what it may add
_SIGN_OFF = re.compile(r"\s*[-—–]\s*(?P<name>[A-Z][^,\n]{1,60}?)(?:,[^\n]{1,80}?)?\.?\s*$")


def _signed(art: _Article, q: Quote):
    """``(mention, position)`` of the name that signs a quotation standing alone in its
    paragraph, from a paragraph of its own that a dash opens, as fact checks and pull quotes
    do (a paragraph ``“I helped write that bill.”``, then ``- Sanders.`` or ``-Ann Lee,
    Philadelphia.``); None otherwise."""
    end = art.chain_end[q.chain]
    para = art.paragraph_number(end - 1)  # 1-based: the next paragraph's index
    if para >= len(art.paragraphs) or art.body[end : art.paragraphs[para - 1].end].strip():
        return None
    nxt = art.paragraphs[para]
    m = _SIGN_OFF.fullmatch(art.body, nxt.start, nxt.end)
    if m is None or _CREDIT.match(m.group("name")):
        return None  # "— Reported by Ann Lee": the reporter's credit, not a signature
    mention = art.parse_speaker(m.group("name"))
    if mention is None or mention.kind == "pronoun":
        return None
    return mention, m.start("name")


_CREDIT = re.compile(r"(?:[A-Z][a-z]+ )?(?:by|from)\b|(?:Reporting|Compiled|Contributing)\b")


def _after_a_person(art: _Article, q: Quote, starts: list[int]):
    """``Clinton touted her credentials as a co-sponsor. “We need to find ways …”``: a
    quotation after a sentence of the same paragraph that a person opens (named in full or
    by a surname of one) and that holds no statement nor quotation goes on with that
    person, not with the previous speaker: ``(mention, pos)``. So does a quotation that a
    person's sentence introduces with a colon (``Kasich resisted: “Ohio governors …”``)."""
    para = art.paragraphs[q.paragraph]
    s = _sentence_before(art, para.start, q.start)
    if s is None or MASK in art.masked[s : q.start] or bisect.bisect_left(
        starts, s
    ) < bisect.bisect_left(starts, q.start):
        return None  # no sentence before, or one with a quotation or a statement
    mention, pos = _sentence_subject(art, s, q.start)
    if mention is None or pos != s + _subject_start(art.masked[s : q.start]):
        return None  # nobody opens it ("But the oversized Trump face … hasn't hurt")
    known = " " in mention.name or mention.name.lower() in art.surnames()
    return (mention, pos) if mention.kind == "person" and known else None


def _sentence_before(art: _Article, start: int, pos: int) -> int | None:
    """Where the sentence ending right before ``pos`` (with a stop, or a colon that
    introduces a quotation) starts, within the paragraph."""
    text = art.masked[start:pos].rstrip()
    if not text.endswith((".", "!", "?", ":")):
        return None
    cut = max(text.rfind(". ", 0, len(text) - 1), text.rfind("? ", 0, len(text) - 1),
              text.rfind("! ", 0, len(text) - 1))
    while cut > 0 and is_abbreviation(art.masked, start + cut):
        cut = text.rfind(". ", 0, cut)
    return start + cut + 2 if cut >= 0 else start


def _opens_sentence(art: _Article, q: Quote) -> bool:
    """True when only sentence punctuation or the paragraph start precedes the quotation:
    ``… she said. “We tried …”`` opens a sentence, ``the so-called “death tax”`` does not."""
    para = art.paragraphs[q.paragraph]
    before = art.masked[max(para.start, q.start - 40) : q.start].rstrip()
    return not before or before.endswith((".", "!", "?", MASK, ":"))


def _resolve(art: _Article, candidates: list[_Candidate]) -> list[Statement]:
    """Resolve every candidate's speaker, merge continuations, number the statements."""
    if not candidates:
        return []  # no statement: the article's people need not be found
    top = headline_end(art.masked)  # a headline's capitals ("Urges Britain") are no people
    resolver = Resolver([(p, m) for p, m in art.people() if p >= top], art.masked)
    previous: list[tuple[int, str, str, str]] = []
    done: list[dict] = []
    honest: dict = {}  # honest_speaker's answers for this article
    for c in candidates:
        para = art.paragraph_number(c.start)
        if c.inherit:
            last = next((d for d in reversed(done) if not d["question"]), None)
            if last is None or para - last["paragraph"] > 4:
                continue
            if last["mention"] in ("who", "which"):
                last = _last_speaker(art, done)  # "“…,” said Lee, who recalled …. “…”"
            if (
                last["paragraph"] == para
                and (last["kind"] == "direct" or _ends_quoted(art, last))
                and _only_attribution_between(art, last, c.start)
            ):
                last["end"] = c.end
                continue
        if c.inherit and c.mention is None:
            entry = dict(
                _last_speaker(art, done),
                start=c.start,
                end=c.end,
                kind="direct",
                paragraph=para,
                mention_pos=c.start,
            )
            done.append(entry)
            continue
        resolved = resolver.resolve(c.mention, c.mention_pos, previous) or _first_person(c)
        if resolved is None:
            continue
        speaker, role, gender = resolved
        if not speaker or speaker.lower() in _BARE_PRONOUNS:
            continue  # never show a bare pronoun as a speaker
        mention_text = art.body[c.mention_pos : c.mention_pos + len(c.mention.text)]
        if mention_text != c.mention.text:
            mention_text = c.mention.text
        else:
            mention_text = _relative_subject(art, c) or mention_text
        kind = c.mention.kind if c.mention.kind != "role" else "person"
        named = None
        if done and done[-1]["mention_pos"] == c.mention_pos and done[-1].get("named"):
            named = done[-1]["named"]  # "… that Sanders thanked … and called …": his too
        elif honest_speaker(speaker, mention_text, art.body, memo=honest) == UNNAMED:
            named = _named_in_subject(art, resolver, c, previous)
        if named is not None:
            speaker, role, gender = named
            kind = "person"
        # a speaker stays the latest person named until the end of what they said: in
        # "Feinstein said none of the emails came from Clinton. “…,” she said." she is
        # Feinstein, not the Clinton named inside Feinstein's words
        if c.mention.described and not speaker[:1].isupper():
            kind = "group"  # "the Vermont senator" naming nobody here: no "he" to stand for
        if not c.cue.lower().startswith("ask") or MASK in art.masked[c.start : c.end]:
            # "Todd asked Pence whether …. “We will,” he said.": "he" is not the one asking
            previous.append((max(c.end, c.mention_pos), speaker, kind, gender))
        done.append(
            dict(
                start=c.start,
                end=c.end,
                speaker=speaker,
                mention=mention_text,
                cue=c.cue,
                role=role,
                paragraph=para,
                kind=_kind(art, c.start, c.end),
                mention_pos=c.mention_pos,
                question=c.question,
                named=named,
            )
        )
    statements = []
    for n, d in enumerate(done, 1):
        statements.append(
            Statement(
                id=f"s{n}",
                speaker=honest_speaker(
                    d["speaker"],
                    d["mention"],
                    art.body,
                    art.masked[max(0, d["mention_pos"] - 12) : d["mention_pos"]],
                    honest,
                ),
                mention=d["mention"],
                kind=d["kind"],
                cue=d["cue"],
                start=d["start"],
                end=d["end"],
                text=art.body[d["start"] : d["end"]],
                paragraph=d["paragraph"],
                role=d["role"],
            )
        )
    return statements


def _named_in_subject(art: _Article, resolver: Resolver, c: _Candidate, previous):
    """The person whose surname stands right before the verb in the words taken for a
    speaker who names nobody, resolved (``… such a presence that Sanders during a rally
    thanked``: Bernie Sanders); None when there is nobody the article names in full or
    quoted before."""
    people = art.surnames() | {p[1].split()[-1].lower() for p in previous if p[2] == "person"}
    named = named_in_subject(art.masked, people, c.mention_pos, c.cue_pos)
    if named is None:
        return None
    return resolver.resolve(Mention("person", named[0], named[0]), named[1], previous)


def _ends_quoted(art: _Article, d: dict) -> bool:
    """A partly quoted content that ends with its quotation (``But “if you are critical …,”
    said Roffman. “He turns like a light switch.”``): the next quotation may continue it."""
    return d["kind"] == "partial" and art.masked[d["end"] - 1] == MASK


def _last_speaker(art: _Article, done: list[dict]) -> dict | None:
    """The statement a quotation nobody claimed goes on from: the last one (not a question),
    unless that is a clause reported inside the attribution of a quotation just before it
    (``“…,” Trump said at his party, two hours after news outlets declared him the victor.
    “…”``): the quotation goes on with the one quoted, not with "news outlets"."""
    said = [d for d in done if not d["question"]]
    if len(said) < 2:
        return said[-1] if said else None
    last, before = said[-1], said[-2]
    if (
        last["kind"] == "indirect"
        and before["kind"] == "direct"
        and before["paragraph"] == last["paragraph"]
        and before["end"] <= before["mention_pos"] < last["start"]
        and not _ends_a_sentence(art.masked[before["end"] : last["start"]])
    ):
        return before
    return last


_FIRST_PERSON = {"i": "the author", "we": "the authors"}


def _first_person(c: _Candidate) -> tuple[str, None, None] | None:
    """``I told the judge that …`` in the reporter's own words (a memoir excerpt, an
    op-ed, a column): nobody else is there for "I" to stand for, so the writer speaks.
    """
    author = _FIRST_PERSON.get(c.mention.text.lower()) if c.mention is not None else None
    return (author, None, None) if author else None


_RELATIVE_SUBJECT = re.compile(r"[\s,(—–-](who|which|that)\s*$")


def _relative_subject(art: _Article, c: _Candidate) -> str | None:
    """``Sanders, who said …``: the relative pronoun is the cue's subject as written.

    The speaker is still the antecedent; the mention records the words that actually stand
    before the verb, as it records "he" for a pronoun."""
    after = c.mention_pos + len(c.mention.text)
    if not after < c.cue_pos <= after + 200:
        return None
    gap = art.masked[after : c.cue_pos]
    if "who" not in gap and "which" not in gap and "that" not in gap:
        return None
    gap = _strip_adverbs(gap)
    m = _RELATIVE_SUBJECT.search(gap, max(0, len(gap) - 12)) if gap else None
    if m is None:
        return None
    return m.group(1)


def _only_attribution_between(art: _Article, last: dict, b: int) -> bool:
    """``“A,” she said. “B.”``: only the attribution of the first quotation sits between the
    two. Up to 6 words always; up to 40 when the first quotation's speaker is named in them
    and they are one sentence (``“A,” said Rita Stone, a 59-year-old nurse from Hilton Head,
    who voted early. “B.”``): a split quotation is one statement, however long the words
    that name its speaker."""
    a = last["end"]
    gap = art.masked[a:b]
    if MASK in gap.strip() and not _only_titles(art, a, b):
        return False
    words = len(_WORD.findall(gap))
    if words <= 6:
        return True
    return (
        words <= _ATTRIBUTION_WORDS
        and not _SECOND_CLAUSE.search(gap)
        and a <= last["mention_pos"] < b
        and not _ends_a_sentence(gap.rstrip())
    )


def _only_titles(art: _Article, a: int, b: int) -> bool:
    """The quotations in ``[a, b)`` are names of shows, books or phrases (``said on ABC’s
    “This Week.”``, ``the author of “Hacked World Order,”``), not something said."""
    return all(_is_title(_WORD.findall(art.body, q.start, q.end)) for q in art.quotes_in(a, b))


def _is_title(words: list[str]) -> bool:
    """At most four words, or a name in title case (``“This Week With George Stephanopoulos”``)."""
    return len(words) <= _TITLE_WORDS or all(w[0].isupper() or w in _TITLE_SMALL for w in words)


_TITLE_WORDS = 4
_TITLE_SMALL = frozenset(["a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at"])


def _ends_a_sentence(text: str) -> bool:
    """A full stop, ! or ? followed by a capital inside ``text``, not an abbreviation's
    ("said Gen. Ann Ruiz, an adviser to Sen. Tom Lee")."""
    return any(not is_abbreviation(text, m.start()) for m in _SENTENCE_END.finditer(text))


_ATTRIBUTION_WORDS = 40
# "“A,” Lee said, and her husband cut in. “B.”" / "…, then turned to the mayor.": a clause
# of its own after the attribution (not "said Lee, then ambassador to Peru")
_SECOND_CLAUSE = re.compile(r",\s+(?:and|but|while|then\s+[a-z]+ed\b)\s")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def _kind(art: _Article, start: int, end: int) -> str:
    """direct: the content is quotation(s) only (``“A,” she said, “B.”``); partial: it contains
    one (``called it “a disgrace”``); else indirect (``said the plan failed``)."""
    quotes = art.quotes_in(start, end)
    if not quotes:
        return "indirect"
    if quotes[0].start == start and art.chain_end[quotes[-1].chain] >= end:
        outside = art.masked[start:end].replace(MASK, "")
        words = len(_WORD.findall(outside))
        if words <= 6 and has_cue(outside) or not words:
            return "direct"
    return "partial"
