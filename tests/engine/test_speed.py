"""What the engine's shortcuts for speed rest on, checked so that a new rule cannot quietly
break one (no timings here: the machine is shared)."""

from __future__ import annotations

import re
from re import _constants as c
from re import _parser

from explainer.engine import content, pair_features, sides


def _starts_within(items: list, allowed) -> bool:
    """Whether every match of the parsed pattern ``items`` starts with a character that
    ``allowed`` (a predicate on a parsed first element) accepts; zero-width parts are
    skipped, an optional part must be followed by an accepted start too."""
    if not items:
        return False  # an empty match starts nowhere in particular
    op, av = items[0]
    rest = list(items[1:])
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _starts_within(rest, allowed)
    if op is c.SUBPATTERN:
        return _starts_within(list(av[3]) + rest, allowed)
    if op is c.BRANCH:
        return all(_starts_within(list(alt) + rest, allowed) for alt in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, sub = av
        if not _starts_within(list(sub), allowed):
            return False
        return low > 0 or _starts_within(rest, allowed)
    return allowed(op, av)


def _comma_semicolon_or_space(op, av) -> bool:
    if op is c.LITERAL:
        return chr(av) in ",;" or chr(av).isspace()
    return op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)]


def test_every_clause_tail_starts_where_its_lookahead_lets_the_search_stop():
    inner = content._CLAUSE_TAIL.pattern.removeprefix(r"(?=[,;\s])(?:").removesuffix(")")
    assert content._CLAUSE_TAIL.pattern != inner  # the lookahead is there
    assert _starts_within(list(_parser.parse(inner)), _comma_semicolon_or_space)
    # and the check itself refuses an alternative that starts elsewhere
    assert not _starts_within(list(_parser.parse(inner + "|and then")),
                              _comma_semicolon_or_space)


def test_stance_patterns_searched_in_lower_case_hold_no_capital():
    """sides.search_any_case searches a pattern in lower-cased text: a capital in one of
    its words would never match."""
    patterns = [sides._CONTRAST, sides._NEGATION, sides._ANAPHOR_OPENING, sides._ANAPHOR_TAIL,
                sides._ANAPHOR_PRONOUN, sides._ANAPHOR_NOUN, pair_features._DISMISSIVE]
    for pattern in patterns:
        assert not re.search(r"[A-Z]", re.sub(r"\\.", "", pattern.pattern)), pattern.pattern
        assert not pattern.flags & re.IGNORECASE


def test_search_any_case_finds_what_a_case_insensitive_search_finds():
    texts = ["THAT IS NOT TRUE.", "He didn’t.", "thıs is nonsense", "ſo wrong", "İt is false",
             "They DENY that.", "Ann Lee said none of it."]
    for text in texts:
        for pattern in (sides._NEGATION, sides._ANAPHOR_PRONOUN, pair_features._DISMISSIVE):
            found = sides.search_any_case(pattern, text)
            expected = re.search(pattern.pattern, text, re.IGNORECASE)
            assert (found and found.span()) == (expected and expected.span()), (text, pattern)


def test_anaphor_ends_let_the_full_patterns_through():
    """sides tries _ANAPHOR_TAIL and _ANAPHOR_PRONOUN only where their ends are found: the
    words pointing back are still found, in any case."""
    assert sides.anaphor("Voters are tired of that.") == "of that"
    assert sides.anaphor("VOTERS ARE TIRED OF THAT!") == "OF THAT!"  # as main has it: "!" stays
    assert sides.anaphor("Nobody here believes that, Lee added") == "believes that"
    assert sides.anaphor("We want more buses") is None
