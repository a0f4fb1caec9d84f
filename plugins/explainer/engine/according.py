"""``According to X, …`` and ``…, according to X``: a source, not a reporting verb.

The source phrase is cut before a participle or relative clause, and records or data named
at the end of someone's reported clause are their evidence, and a news outlet named there
the reporter of their words, not a second speaker.
"""

from __future__ import annotations

import dataclasses
import re

from .article import _Article, _Candidate, _make
from .content import _quote_comma_end
from .mentions import Mention
from .names import OUTLET_WORDS, TITLE_EXPANSIONS
from .shared import _WORD, MASK, _skip_space, _trim_end

# the source runs to the next comma or full stop, but not the stop of "U.S." or "B." (an
# initial) nor a title's before a name: "according to U.S. officials", "according to Dennis
# B. Ross", "according to former Sen. Scott Brown"
_TITLE_DOT = "|".join(
    rf"(?<=\b{abbr[:-1].capitalize()})"
    for abbr in [*TITLE_EXPANSIONS, "mr.", "mrs.", "ms.", "dr."]
    if " " not in abbr
)
# nor past a dash set off by spaces or a closing parenthesis: "according to a poll last
# week - virtually the same as …", "(… white, according to exit polls), New Hampshire …"
_ACC_NP = re.compile(
    r"\s*((?:(?!\s[-—–]\s)[^,.;:)" + MASK + r"]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.|(?:"
    + _TITLE_DOT + r")\.(?=\s[A-Z]))+)"
)
_SOURCE_CUT = re.compile(
    r"\s+(?:conducted|released|obtained|published|filed|issued|who|that|which|by|from)\b"
)
# "the Roper Center for Public Opinion Research at Cornell University": the name before it
_PLACE_CUT = re.compile(r"\s+(?:at|in|for|of|with)\b")
_EVIDENCE = frozenset(
    [
        "records",
        "record",
        "data",
        "figures",
        "statistics",
        "documents",
        "filings",
        "logs",
        "numbers",
        "minutes",
        "transcripts",
        "files",
    ]
)


def _source_phrase(art: _Article, text: str) -> Mention | None:
    """The source after "according to": long descriptions are cut before a participle or
    relative clause ("exit polls conducted for the AP by Edison Research" -> "exit polls")."""
    mention = art.parse(text)
    if mention is None:
        cut = _SOURCE_CUT.search(text) or _PLACE_CUT.search(text)
        if cut:
            mention = art.parse(text[: cut.start()])
            if mention is None and cut.group().strip() == "by":
                mention = art.parse(text[cut.end() :])  # "a tally by the Associated Press"
            if mention is not None:  # the mention keeps every word naming the source
                mention = dataclasses.replace(mention, text=text.strip())
    return mention


def _evidence_inside(art: _Article, out: list[_Candidate], cs: int, ce: int, e: int) -> bool:
    """``Flores said that …, according to the county's records``: an ``according to`` ending
    a person's reported clause and naming records or data is their evidence, not a second
    statement by the records; naming a news outlet (``Jeff Weaver says …, according to the
    Associated Press``), it says who reported the person's words, not who spoke."""
    if not out:
        return False
    last = out[-1]
    if not (last.cue_pos < cs and last.start < cs <= last.end + 2):
        return False
    if last.mention is None or last.mention.kind not in ("person", "pronoun", "role"):
        return False
    m = _ACC_NP.match(art.masked, ce, e)
    words = m.group(1).lower().split() if m else []
    return bool(words) and (words[-1] in _EVIDENCE or words[-1] in OUTLET_WORDS)


def _according(art, s, e, cs, ce) -> _Candidate | None:
    """``According to X, …`` and ``…, according to X.``"""
    masked = art.masked
    lead = masked[s:cs].strip()
    if not lead or lead.lower() in {"but", "and", "yet", "so"}:
        comma = masked.find(",", ce, e)
        if comma < 0:
            return None
        mention = _source_phrase(art, masked[ce:comma])
        start = _skip_space(art.body, comma + 1, e)
        end = _quote_comma_end(art, start, e) or e
    else:
        m = _ACC_NP.match(masked[ce:e])
        if not m:
            return None
        mention = _source_phrase(art, m.group(1))
        after = masked[ce + m.end() : e]
        start = s
        end = (
            e
            if _WORD.search(after.lstrip(" ,"))
            and after.lstrip().startswith(",")
            and len(_WORD.findall(after)) > 3
            else cs
        )
    if mention is None:
        return None
    start = _skip_space(art.body, start, end)
    end = _trim_end(art.body, start, end)
    if end == _trim_end(art.body, start, cs) and art.body[end - 2 : end] in ("’s", "'s"):
        end -= 2  # "That’s according to the exit polls": the content is "That"
    return _make(art, start, end, art.body[cs:ce], "clause", mention, ce + 1)
