"""Where a cue of a subordinate clause stops: at the comma before the main clause.

``While Ramos said that journalists must stay neutral, he appears uneasy``: what Ramos said ends
at the comma, because a subject and its verb (``he appears``) open the main clause after it.
Without that clause after the comma the content goes on (``When Lee said the plan, which …``);
a comma right after the cue (``As the Post reported, the mayor had …``) makes the main clause
the content. A quotation may close the clause with the comma inside its mark: ``When Trump
said he would “protect our citizens,” the crowd applauded``. The same holds for a subordinate
clause inside the sentence, after a comma or a conjunction (``The chairman is opposed, and
while he said he'd hold a hearing, it's unlikely to …``), except before a verb whose subject
came before the comma (``the Islamic State, or ISIS, has used …``).
"""
from __future__ import annotations

import re

from .shared import _WORD, AUXILIARIES, MASK, _trim_end

_SUBORDINATOR = re.compile(
    r"[\s\"“‘'(" + MASK + r"]*(?:After|When|While|Although|Though|As|Because|If|Since|Before|Once|"
    r"Until|Whenever|Unless|Even though|Even if|Whereas)\s",
)
_PRONOUN = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "there", "nobody", "everyone", "everybody",
     "someone", "somebody", "anyone", "no-one", "others"]
)
_NOT_SUBJECT = frozenset(
    ["and", "or", "but", "which", "who", "whom", "whose", "that", "including", "such", "as",
     "in", "on", "at", "of", "for", "from", "with", "by", "to", "about", "like", "not", "nor",
     "if", "when", "while", "because", "after", "before", "since", "although", "though"]
)
_INNER_SUBORDINATOR = re.compile(
    r"(?:,|\band|\bbut)\s+(?:while|although|though|when|if|as|because|after|before|since|"
    r"whereas|once|unless)\s+$"
)
_CLAUSE_COMMA = re.compile(r",(?=\s)")
_VERB_NEXT = re.compile(r"\s+(?:has|have|had|is|was|are|were|will|would|can|could|did|does)\b")
_TOKENS = re.compile(r"[\w’'.-]+|[^\w\s]")


def main_clause_at(masked: str, pos: int, e: int) -> bool:
    """A subject then its verb right after ``pos``: ``he appears``, ``President Obama has``,
    ``some workers felt``; not ``Nev.``, ``which …`` nor ``and other costs``."""
    toks = _TOKENS.findall(masked, pos, min(e, pos + 80))
    if len(toks) < 2 or not toks[0][:1].isalpha():
        return False
    if toks[0].lower() in _PRONOUN:
        return toks[1][:1].isalpha() and toks[1].islower()
    for i, tok in enumerate(toks[:6]):
        low = tok.lower()
        if not tok[:1].isalpha() or low in _NOT_SUBJECT:
            return False
        verb = low in AUXILIARIES or low.endswith("ed") or low.endswith("s") and low[-2] != "s"
        if i and tok.islower() and verb:
            return i <= 4
    return False


def clause_end(art, s: int, cs: int, mpos: int, start: int, end: int, e: int) -> int:
    """The end of the content ``[start, end)`` of a cue at ``cs`` whose speaker is at
    ``mpos``, in the sentence ``[s, e)``: the comma before the main clause when the cue is in
    a subordinate clause that opens the sentence, or that starts inside it, else ``end``."""
    masked = art.masked
    head = _SUBORDINATOR.match(masked, s, cs)
    # "As the Post reported, even then …": the main clause is what it reported
    if head is not None and masked.find(",", s, start) < 0:
        end = _main_clause_cut(art, start, end, e, opening=True)
    if _INNER_SUBORDINATOR.search(masked, max(s, mpos - 40), mpos):
        end = _main_clause_cut(art, start, end, e, opening=False)
    return end


def _main_clause_cut(art, start: int, end: int, e: int, opening: bool) -> int:
    """``end`` cut at the first comma (not "2,400") before a main clause; inside a sentence
    not before a verb right after the comma, whose subject came before it."""
    masked = art.masked
    cut = next((c.start() for c in _CLAUSE_COMMA.finditer(masked, start, end)
                if main_clause_at(masked, c.end(), e)
                and (opening or not _VERB_NEXT.match(masked, c.end()))), end)
    if opening:
        cut = _quotation_comma(art, start, cut)
    if cut < end and len(_WORD.findall(art.body, start, cut)) >= 2:
        return _trim_end(art.body, start, cut)
    return end


def _quotation_comma(art, start: int, cut: int) -> int:
    """The end of the first quotation in ``[start, cut)`` whose closing mark holds the comma
    that closes the clause (``… “protect our citizens,” the crowd …``), else ``cut``."""
    pos = art.masked.find(MASK, start, cut)
    while pos >= 0:
        q = art.quote_at(pos)
        if q is None or art.chain_end[q.chain] >= cut:
            break
        if art.body[art.chain_end[q.chain] - 2] == ",":
            return art.chain_end[q.chain]
        pos = art.masked.find(MASK, art.chain_end[q.chain], cut)
    return cut
