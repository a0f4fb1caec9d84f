"""What several statement rules share: the quotation mask, word classes, span trimming.

The rules read a *masked* copy of the article, in which every quotation is blanked out with
:data:`MASK`, so that reporting verbs and speaker names are only looked for in the reporter's
own words. The word lists here are the ones more than one rule module reads;
:data:`AUXILIARIES` and :data:`POSSESSIVES` are also the mention parser's
(:mod:`explainer.engine.mentions`).
"""

from __future__ import annotations

import re

MASK = "\x1a"
# words in -ly that are nouns, not adverbs: "a lawyer for the family", "a Trump ally"
LY_NOUNS = r"(?!(?:family|ally|rally|assembly|supply|elderly|monopoly|only)\b)"
# adverbs, auxiliaries, days and "in a statement" between a subject and its verb
_ADVERB_BEFORE = re.compile(  # (the lookahead fails at once where no space starts a match)
    r"(?=\s)(?:\s+(?:also|later|earlier|then|again|recently|previously|repeatedly|publicly|privately|"
    r"often|once|has|have|had|would|will|could|might|may|should|can|did|does|do|is|was|are|"
    r"were|been|never|always|frequently|flatly|strongly|sharply|quickly|simply|openly|"
    r"firmly|angrily|bluntly|further|just|long|reportedly|separately|then|yesterday|"
    r"nevertheless|nonetheless|already|even|still|only|"
    + LY_NOUNS + r"[a-z]{3,}ly|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:this\s+past|this|last|next)\s+(?:week|weekend|month|year)|"
    r"in\s+a\s+statement|in\s+an\s+interview))+\s*$"
)
_ADVERBIAL = re.compile(
    r"(?:,?\s+(?:in\s+(?:a|an|his|her|their|its|the)\s+(?:written\s+|joint\s+|prepared\s+)?"
    r"(?:statement|interview|speech|email|e-mail|letter|tweet|post|release|op-ed|radio "
    r"interview|television interview|TV interview|memo|report|news release|press release|"
    r"ruling|decision|opinion|book|column|letter|affidavit|filing|complaint|testimony|remarks|"
    r"message|blog post|Facebook post|newsletter|essay|op-ed)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"
    r"|on\s+(?:Twitter|Facebook|Instagram|X|Threads|Bluesky|TikTok|YouTube|LinkedIn|Truth Social|"
    r"CNN|Fox(?:\s+News)?|MSNBC|NBC|CBS|ABC|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day "
    r"(?:morning|afternoon|evening|night))(?![\w’'])"  # not "on MSNBC’s “Morning Joe”"
    r"|(?:last\s+|on\s+|this\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?![\w’'])"  # not "said Monday’s ruling …"
    # "wrote back: “…”", "chanted back at him, “…”" (not "back in 2015", "back the plan")
    r"|back(?=[,:]|\s+at\s+(?:him|her|them)\b)"
    r"|(?:also|later|earlier|then|again|recently|previously|repeatedly|publicly|privately|"
    r"often|once|further|simply|bluntly|flatly|repeatedly|yesterday|today|tonight|"
    r"afterward|afterwards|separately|frequently|firmly|angrily|openly|sharply|strongly)"
    r"|for\s+(?:days|weeks|months|years|decades|some\s+time|a\s+while)"
    r"|(?:in|over)\s+(?:recent|the\s+past|the\s+last)\s+(?:days|weeks|months|years)"
    r"|at\s+(?:a|an|the)\s+(?:news conference|press conference|rally|briefing|town hall|"
    r"hearing|debate|event|campaign event|forum)(?:\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"
    r"))*"
)
# auxiliary verbs: one list for the statement rules (the walk back from a cue to its subject
# stops at one, and a finite one shows a clause of its own) and the mention parser (a phrase
# holding one is a clause, never a speaker's name: mentions._CLAUSE_WORDS)
AUXILIARIES = frozenset(
    [
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "must", "do", "does", "did",
    ]
)
# words a noun phrase before a cue never runs back over: prepositions, reporting verbs,
# auxiliaries, negation and conjunctions
_STOP_BACK = AUXILIARIES | frozenset(
    [
        "from", "in", "on", "at", "by", "with", "into", "about", "over", "after", "before",
        "during", "against", "to", "than", "said", "says", "told", "not", "never", "also", "when",
        "while", "if", "because", "although", "though", "since", "until", "unless", "as", "so",
    ]
)
# possessive (*+, ++): giving characters of a name back can never let a run continue, and
# not trying to makes the scan over every capitalised word of an article a third faster
_NAME_TOKEN = r"[A-Z](?:[\w’'\-]++|\.(?=[A-Za-z]))*+\.?"
_RUN = re.compile(r"(?:" + _NAME_TOKEN + r")(?:[ ](?:" + _NAME_TOKEN + r"|of(?= [A-Z])))*")
# the runs of _RUN that have two words or more (a shorter run fails at every later start too)
_RUNS_OF_TWO = re.compile(r"(?:" + _NAME_TOKEN + r")(?:[ ](?:" + _NAME_TOKEN + r"|of(?= [A-Z])))+")
_RUN_NOISE = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "Of",
        "To",
        "As",
        "After",
        "Before",
        "During",
        "When",
        "While",
        "If",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "Your",
        "We",
        "I",
        "He",
        "She",
        "It",
        "They",
        "Last",
        "Next",
        "Since",
        "Until",
        "Under",
        "Over",
        "Despite",
        "Although",
        "Though",
        "Because",
        "Meanwhile",
        "However",
        "Still",
        "Now",
        "Then",
        "Also",
        "Even",
        "Just",
        "Only",
        "Many",
        "Some",
        "Most",
        "More",
        "Every",
        "Each",
        "Both",
        "According",
        "Asked",
        "Speaking",
        "Like",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Co.",  # "D.E. Shaw & Co.\xa0Obama adviser David Plouffe": a company's end, no name
        "Inc.",
        "Corp.",
        "Ltd.",
    ]
)
_WORD = re.compile(r"\w+")
# possessive determiners: one list for the statement rules and the mention parser
# (mentions._FUNCTION_WORDS)
POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my", "your"])
# the words that open a noun phrase ("his candidacy", "the plan", "no comment")
_DETERMINERS = POSSESSIVES | frozenset(["a", "an", "the", "this", "no"])
_PAREN = re.compile(r"\([^()]{0,100}\)")


def blank_parens(text: str) -> str:
    """``text`` with each short bracketed aside (``Sen. Ann Lee (D-Ore.)``) blanked out with
    spaces, offsets kept; most texts have no bracket, and the search is skipped for them."""
    if "(" not in text:
        return text
    return _PAREN.sub(lambda m: " " * len(m.group()), text)


# a quotation ending in ? or ! right before the sentence: "“Too forced?” He tweeted when …"
_ASKS_OR_EXCLAIMS = re.compile(r"[?!][”\"]\s*$")
# the auxiliaries that show a clause with a finite verb of its own ("reported six planes had
# filled the sky"); not the non-finite "be" and "been", and, as it always was, not "do"
# and "must"
_FINITE = AUXILIARIES - {"be", "been", "do", "must"}
_ED_ADJECTIVES = frozenset(
    [
        "elected", "alleged", "armed", "retired", "registered", "married", "related", "concerned",
        "interested", "skilled", "qualified", "so-called",
    ]
)


def _skip_space(body: str, pos: int, end: int) -> int:
    """Skip spaces and the punctuation that opens content: ``said: “…”`` starts at the mark."""
    while pos < end and (body[pos].isspace() or body[pos] in ",:—–"):
        pos += 1
    return pos


def _trim_end(body: str, start: int, end: int) -> int:
    """Drop trailing spaces and sentence punctuation outside quotation marks: ``the plan
    failed, she said.`` ends at "failed"; ``“It failed.”`` keeps its stop inside the marks."""
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:—–-"):
        end -= 1
    return end


# after a trailing or inverted cue, the second part of a split quotation
_SPLIT_QUOTE = re.compile(
    # every match ends at a quotation: the first lookahead fails at once, in one pass of C,
    # when none is ahead (most sentences), before the other two try every comma in reach
    r"(?=[^" + MASK + r"]*" + MASK + r")"
    # “A,” she said, “B” / “A,” he said of the plan, “B” / “A,” she said - “B”
    # but not “A,” he said, adding, “B” (or noting that … “B”): a participle opens a statement
    # of its own; nor “A,” she said, but despite the delays, “B”: a clause of the reporter's
    r"\s*(?![^.!?;:" + MASK + r"]{0,60}?,\s*(?:and\s+)?[a-z]+ing\b"
    r"(?:[,:]?\s*" + MASK + r"|\s+that\b))"
    r"(?![^.!?;:" + MASK + r"]{0,60}?,\s*(?:but|and|while|although|though)\s+[^,]+,\s*"
    + MASK + r")"
    r"(?:[^.!?;:" + MASK + r"]{0,60}?,\s*|[,:—–-]*\s*)" + MASK
)
