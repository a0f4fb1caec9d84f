"""Statement extraction: find reported speech in an article body and who said it.

The public entry point is :func:`extract_statements`. It is rule-based, pure Python and
deterministic. The pipeline:

1. paragraphs (:mod:`explainer.engine.paragraphs`) and quotations (:mod:`explainer.engine.quotes`);
2. a *masked* copy of the body in which every quotation is blanked out, so reporting verbs
   and speaker names are only looked for in the reporter's own words
   (:mod:`explainer.engine.article`);
3. sentences (:mod:`explainer.engine.sentences`), never broken inside a quotation or at a title;
4. per sentence, every reporting cue (:mod:`explainer.engine.cues`) is read in one of three shapes:
   trailing (``“…,” X said`` / ``…, said X``), leading (``X said (that) …`` / ``X said: “…”``)
   (:mod:`explainer.engine.reported`) or ``according to X`` (:mod:`explainer.engine.according`);
   participles (``…, saying …``) take the clause's subject. The speaker is found by
   :mod:`explainer.engine.subjects`, the content's ends by :mod:`explainer.engine.content`;
   a sentence with a quotation but no cue in these shapes is tried by
   :mod:`explainer.engine.quote_rules` (``Said X, “…”``, ``Name: “…”``);
5. quotations nobody was credited with, opening a sentence, continue the previous speaker
   (follow-on quote paragraphs, ``“A,” she said. “B.”``; :mod:`explainer.engine.attribution`);
6. speakers are parsed (:mod:`explainer.engine.mentions`) and resolved to canonical names
   (:mod:`explainer.engine.resolver`).

Quotations that belong to no reporting cue (scare quotes, titles of books or laws, nicknames)
are never statements on their own.
"""

from __future__ import annotations

import re

from .according import _according, _evidence_inside
from .article import _Article, _Candidate, _is_headline
from .asked import passive_question
from .attribution import _orphan_quotes, _resolve
from .clauses import has_clause
from .content import end_before_role
from .cues import QUOTE_ONLY_FORMS, find_cues, is_participle
from .issued import colon_clause_quote, issued_statement
from .mentions import Mention
from .model import Statement, changed
from .possessive import owned_statement, possessive_claim
from .quote_rules import (
    _colon_quote,
    _name_verb_after_quote,
    _quote_then_any_verb,
    _quoted_after_verb,
    _said_first,
    linked_quote,
)
from .quote_style import double_quoted
from .reported import _ASKED_WHEN, _is_noun_or_infinitive, _noun_cue_quote, _verb
from .sentences import split_sentences
from .shared import _WORD, MASK, _trim_end
from .signs import READ_FORMS, reads_a_quotation
from .transcripts import transcript_turns

_WH = re.compile(r"\s*(?:whether|if|who|whom|what|when|where|why|how|which)\b", re.IGNORECASE)
_SAY_FORMS = frozenset(["say", "argue", "insist", "suggest", "warn", "claim"])
_LAST_CONJ = re.compile(r"(?:,?\s+(?:and|but)(?:\s+(?:also|then|later))?|,)\s*$")


def extract_statements(body: str) -> list[Statement]:
    """Return the statements of ``body`` ordered by start, with ids s1, s2, …"""
    read = double_quoted(body)  # British marks read as American ones, offsets unchanged
    found = _statements(read)
    if read is body:
        return found
    return [changed(s, text=body[s.start : s.end]) for s in found]


def _statements(body: str) -> list[Statement]:
    """:func:`extract_statements` of a body quoted with double marks."""
    art = _Article(body)
    candidates: list[_Candidate] = []
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for q in art.quotes:
        by_paragraph.setdefault(q.paragraph, []).append((q.start, q.end))
    for index, para in enumerate(art.paragraphs):
        protected = by_paragraph.get(index, [])
        previous: tuple[int, int] | None = None
        for s, e in split_sentences(body, para.start, para.end, protected):
            for a, b in _chunks(art.masked, s, e):
                candidates.extend(_sentence(art, a, b, previous))
            previous = (s, e)
    candidates.extend(transcript_turns(art))
    candidates.extend(_orphan_quotes(art, candidates))
    return _resolve(art, _dedupe(art.masked, candidates))


_CHUNK = 1500


def _chunks(masked: str, s: int, e: int) -> list[tuple[int, int]]:
    """A run-on "sentence" longer than any real one (no full stops: lists, transcripts,
    hostile input) is read in pieces cut at commas or spaces, so that the work per cue stays
    bounded and extraction stays linear in the length of the article."""
    if e - s <= 2 * _CHUNK:
        return [(s, e)]
    out = []
    while e - s > 2 * _CHUNK:
        cut = max(masked.rfind(", ", s + _CHUNK // 2, s + _CHUNK), masked.rfind(" ", s, s + _CHUNK))
        cut = cut + 1 if cut > s else s + _CHUNK
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def _sentence(art: _Article, s: int, e: int, previous) -> list[_Candidate]:
    """All statements whose cue lies in the sentence ``[s, e)``."""
    out: list[_Candidate] = []
    masked = art.masked
    subject: tuple[Mention, int] | None = None
    # the subject of a cue inside what another cue reports, for the later cues but a
    # participle outside what is reported
    inner: tuple[tuple[Mention, int], int, int] | None = None
    headline = s == 0 and _is_headline(masked, s, e)
    cues = list(find_cues(masked, s, e, headline))
    art.cues = (s, e, cues)  # reused by _content_end instead of scanning again
    for m in cues:
        cs, ce = m.span()
        # a participle outside that content ("…, saying") takes the main clause's subject
        outside = inner and not inner[1] <= cs < inner[2] and is_participle(m.verb or "")
        here = inner[0] if inner and not outside else subject
        if (
            here is None
            and out
            and (_comma_participle(masked, m) or masked.endswith(", and ", 0, m.start()))
            and out[-1].mention is not None
        ):
            # "Some candidates urged allies to …, saying …", "A senior official said …, and
            # insisted that …": a group speaks on, too
            here = (out[-1].mention, out[-1].mention_pos)
        if m.group("acc"):
            if _evidence_inside(art, out, cs, ce, e):
                continue  # "X said that …, according to records": X's evidence, not a speaker
            cand = _according(art, s, e, cs, ce)
        else:
            word = m.group("verb")
            if _is_noun_or_infinitive(masked, s, cs, word) and not _to_say_that(masked, cs, ce):
                cand = (
                    _noun_cue_quote(art, s, e, cs, ce, word, here)
                    or passive_question(art, s, e, cs, ce, word)
                    or possessive_claim(art, s, e, cs, ce, word)
                )
                if cand is None:
                    continue
            elif word in QUOTE_ONLY_FORMS and masked.find(MASK, s, e) < 0:
                continue  # "market share", "remember the flood": no quotation, no statement
            elif word in READ_FORMS and not reads_a_quotation(masked, s, cs, ce):
                continue  # "Rubio read a newspaper aloud so “…”": no text's words
            else:
                cand = _verb(art, s, e, cs, ce, word, here, previous)
        if cand is not None:
            if cand.start > cs:
                cand.start, cand.end = linked_quote(art, cand.start, cand.end) or (
                    cand.start, cand.end
                )
            elif cand.end <= cand.mention_pos:
                cand.end = end_before_role(art, cand.start, cand.end, cand.mention_pos)
            if cand.mention is not None and cand.mention.kind != "group" and not (
                cand.cue.startswith("ask") and _ASKED_WHEN.search(masked, s, cand.mention_pos)
            ):
                # "when I asked Ruiz if …, he … said": the asker is no later cue's subject
                host = _reporting(out, cs)
                if host is None:
                    subject, inner = (cand.mention, cand.mention_pos), None
                else:
                    inner = ((cand.mention, cand.mention_pos), *host)
            cand.cue_pos = cs
            if cand.end > cand.start:
                if out:
                    _yield_clause(art, out[-1], cand)
                out.append(cand)
    out = [c for c in out if c.end > c.start]
    if not out:
        if masked.find(MASK, s, e) < 0 and masked.find(":", s, e) < 0:
            # the other rules need a quotation (or a colon) in the sentence
            extra = _name_verb_after_quote(art, s, e, previous)
        else:
            extra = (
                _said_first(art, s, e)
                or issued_statement(art, s, e)
                or _colon_quote(art, s, e)
                or colon_clause_quote(art, s, e)
                or _quoted_after_verb(art, s, e)
                or _quote_then_any_verb(art, s, e)
                or _name_verb_after_quote(art, s, e, previous)
                or owned_statement(art, s, e)
            )
        if extra is not None:
            out.append(extra)
    return out


def _to_say_that(masked: str, cs: int, ce: int) -> bool:
    """``Lee went out of her way to say that …``, ``voters were more likely to say they
    preferred Lee``: an infinitive cue whose content is a clause ("that" or a subject and a
    finite verb) reports what the subject said (``declined to say whether …`` does not)."""
    if not masked.endswith(" to ", 0, cs):
        return False
    if masked.startswith(" that ", ce):
        return True
    stop = masked.find(".", ce)
    if masked[cs:ce] not in _SAY_FORMS or _WH.match(masked, ce) or MASK in masked[ce:stop]:
        return False  # a quotation after it is the other rules' ("to suggest he had: “…”")
    return has_clause(masked, ce, ce + len(" ".join(masked[ce : ce + 60].split()[:4])) + 1)


def _comma_participle(masked: str, m) -> bool:
    """``…, saying …``: a participle cue right after a comma."""
    return is_participle(m.verb or "") and masked.endswith(", ", 0, m.start())


def _reporting(out: list[_Candidate], cs: int) -> tuple[int, int] | None:
    """The content of the earlier statement of the sentence that holds the cue at ``cs``: in
    "Obama rebuked critics who say he should condemn …, saying …", "he" is the subject of
    the cues in what the critics say, not of the participle after it."""
    return next(((c.start, c.end) for c in reversed(out) if c.start <= cs < c.end), None)


def _yield_clause(art: _Article, first: _Candidate, second: _Candidate) -> None:
    """``X didn't disclose A, but he did say B``: the earlier content stops where a later
    speaker's own clause begins, if a comma or semicolon separates them. A question put to
    someone (``Officials say, they were asked to keep the sites up``) is part of the earlier
    content, which it does not cut."""
    if second.question:
        return
    if first.start < second.cue_pos < first.end and not first.start < second.mention_pos:
        # "he respects Clinton and calls her …": a second verb of the same subject
        m = _LAST_CONJ.search(art.masked, max(first.start, second.cue_pos - 80), second.cue_pos)
        if m:
            end = _trim_end(art.body, first.start, m.start())
            if len(_WORD.findall(art.masked, first.start, end)) >= 2:
                first.end = end
        return
    if not first.start < second.mention_pos < first.end:
        return
    gap = art.masked[first.start : second.mention_pos]
    cut = max(gap.rfind(","), gap.rfind(";"))
    if cut < 0:
        _yield_at_conjunction(art, first, gap)
        return
    end = _trim_end(art.body, first.start, first.start + cut)
    quoted = gap.rfind(MASK) + 1
    if (
        quoted > cut
        and second.start >= first.start + quoted
        and art.body[first.start : first.start + quoted].rstrip("”\"'").endswith(",")
    ):
        # "said the contractor, Acme, had hired his firm to advise on “safety,” work he
        # said …": the comma closing the quotation is the last one, not the appositive's
        end = first.start + quoted
    n_words = len(_WORD.findall(art.masked, first.start, end))
    if n_words >= 3 or n_words and _new_subject_after(art, first, second, first.start + cut + 1):
        first.end = end


# "A did X while Sanders suggests …", "… and others have said": the next speaker's clause
_CONJ_BEFORE = re.compile(r"\s+(?:while|whereas|but|and)\s+$|\s+[-—–]+\s+$")


def _yield_at_conjunction(art: _Article, first: _Candidate, gap: str) -> None:
    """``… regarding her Wall Street links while Sanders suggests …``: with no comma before
    a later speaker inside the earlier content, a conjunction or a dash right before that
    speaker ends the earlier content (when three words are left of it)."""
    m = _CONJ_BEFORE.search(gap)
    if m is None:
        return
    end = _trim_end(art.body, first.start, first.start + m.start())
    if len(_WORD.findall(art.masked, first.start, end)) >= 3:
        first.end = end


_OPENS_CLAUSE = re.compile(
    r"(?i:that|if|when|whenever|before|after|because|while|as|since|unless|although|though|"
    r"until|once|whether)\b"
)
_PASSIVE = re.compile(r"\w+\s+by\b")  # "data, a practice criticized by Miller": no speaker
_LINKS = re.compile(r"\s*(?:(?:and|but|yet|so|even|then)\s+)*")


def _new_subject_after(art: _Article, first: _Candidate, second: _Candidate, comma: int) -> bool:
    """``After Ann Lee attacked the mayor, Tom Ruiz said …``: a short object (``the mayor``)
    ends at the comma when the next speaker's name follows it at once, so that his clause is
    his and not the object's; a content that opens a clause of its own (``said that, because
    …``, ``said if elected, she would …``) goes on past its comma."""
    if _OPENS_CLAUSE.match(art.masked, first.start) or _PASSIVE.match(art.masked, second.cue_pos):
        return False
    return _LINKS.match(art.masked, comma, second.mention_pos).end() == second.mention_pos


def _dedupe(masked: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Sort by position and drop a candidate nested inside (or equal to) an earlier one.

    Of two with the same start, the shorter wins when the longer holds its cue: ``“…,”
    Clinton said, drawing applause at her play on his name.`` overran its sentence part."""
    out: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            if c.start == out[-1].start and out[-1].start < c.cue_pos < out[-1].end:
                # "“…,” Clinton said, drawing applause at her play on his name.": the longer
                # content holds the shorter one's own cue, so it overran its sentence part
                out[-1] = c
                continue
            if (
                c.start == out[-1].start
                and out[-1].cue_pos < out[-1].start <= c.cue_pos
                and ":" not in masked[out[-1].cue_pos : c.start]
            ):
                # "Others agree. “…,” said Stan Green." / "Nothing he said “will help,” the
                # senator said.": the cue after the quotation names its speaker, unless the
                # one before introduced it with a colon ("Trump said: “…,” the Times reported")
                out[-1] = c
                continue
            if (
                c.start == out[-1].start
                and out[-1].cue_pos < c.cue_pos < c.start
                and out[-1].cue.lower() != "according to"
            ):
                # "While Lee pledged to …, Ruiz insisted that …": of two cues before one
                # content, the nearer one reports it
                out[-1] = c
                continue
            if c.end <= out[-1].end:
                continue
            if c.start == out[-1].start:
                continue
        out.append(c)
    return out
