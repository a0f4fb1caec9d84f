"""Properties of the glossary that must hold for any text, any alias and any YAML."""

from __future__ import annotations

import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import explainer.corpus.glossary as glossary_module
from explainer.corpus.glossary import Glossary, Term, normalise, parse_glossary, variants

METACHARACTERS = ".*+?()[]{}|^$\\"
WORD = re.compile(r"\w")


def glossaries(aliases: st.SearchStrategy[str]) -> st.SearchStrategy[Glossary]:
    """Glossaries of 1-4 terms, each named by its first alias."""
    groups = st.lists(st.lists(aliases, min_size=1, max_size=3), min_size=1, max_size=4)
    return groups.map(lambda gs: Glossary(
        Term(f"t{i}", names[0], tuple(names[1:]), "Short.") for i, names in enumerate(gs)))


def all_variants(term: Term) -> set[str]:
    return {form for alias in (term.name, *term.aliases) for form in variants(alias)}


ANY_GLOSSARY = glossaries(st.text(max_size=12))
SMALL_ALPHABET = "ab -’'"
SMALL_GLOSSARY = glossaries(st.text(alphabet=SMALL_ALPHABET, min_size=1, max_size=6))
SMALL_TEXT = st.text(alphabet=SMALL_ALPHABET + "\n.", max_size=60)


@given(ANY_GLOSSARY, st.text(max_size=200))
def test_find_never_crashes_and_returns_sorted_disjoint_spans(glossary, text):
    matches = glossary.find(text)
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
    for before, after in zip(matches, matches[1:], strict=False):
        assert before.end <= after.start
    assert matches == sorted(matches)


@given(ANY_GLOSSARY, st.text(max_size=200))
def test_every_match_is_a_variant_of_its_term(glossary, text):
    for match in glossary.find(text):
        assert normalise(text[match.start:match.end]) in all_variants(glossary.get(match.term_id))


@given(SMALL_GLOSSARY, SMALL_TEXT)
def test_small_alphabet_matches_are_variants_of_their_terms(glossary, text):
    for match in glossary.find(text):
        assert normalise(text[match.start:match.end]) in all_variants(glossary.get(match.term_id))


@given(ANY_GLOSSARY, st.text(max_size=200))
def test_matching_is_deterministic(glossary, text):
    again = Glossary(glossary.terms)
    assert glossary.find(text) == glossary.find(text) == again.find(text)


@given(st.text(alphabet=METACHARACTERS, min_size=1, max_size=8),
       st.text(alphabet=METACHARACTERS + "ab ", max_size=40),
       st.text(alphabet=METACHARACTERS + "ab ", max_size=40))
def test_metacharacter_alias_matches_exactly_its_literal_occurrences(alias, before, after):
    text = before + alias + after
    glossary = Glossary([Term("meta", alias, (), "Short.")])
    spans = [(m.start, m.end) for m in glossary.find(text)]
    assert spans == literal_occurrences(text, alias)


def literal_occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return spans


@given(SMALL_GLOSSARY, st.text(alphabet=SMALL_ALPHABET, max_size=30))
@settings(max_examples=200)
def test_matches_equal_a_brute_force_leftmost_longest_scan(glossary, text):
    assert [(m.start, m.end) for m in glossary.find(text)] == brute_force(glossary, text)


def brute_force(glossary: Glossary, text: str) -> list[tuple[int, int]]:
    """Scan left to right; at each start take the longest span that normalises to a variant,
    with word boundaries where the variant starts or ends in a word character."""
    forms = set().union(*(all_variants(term) for term in glossary.terms))
    spans, i = [], 0
    while i < len(text):
        ends = [j for j in range(i + 1, len(text) + 1) if fits(text, i, j, forms)]
        if ends:
            spans.append((i, max(ends)))
            i = max(ends)
        else:
            i += 1
    return spans


def fits(text: str, i: int, j: int, forms: set[str]) -> bool:
    form = normalise(text[i:j])
    if form not in forms or text[i] in " -" or text[j - 1] in " -":
        return False
    if WORD.match(form[0]) and i > 0 and WORD.match(text[i - 1]):
        return False
    return not (WORD.match(form[-1]) and j < len(text) and WORD.match(text[j]))


@given(st.lists(st.text(alphabet="abc -’'", min_size=1, max_size=8), min_size=1, max_size=6))
def test_loaded_aliases_link_to_their_own_term(aliases):
    """After the loader has dropped clashing aliases, every kept alias finds its own term."""
    terms = [{"id": f"t{i}", "name": f"Name{i}", "aliases": [alias], "short": "S.",
              "sources": [{"title": "T", "url": "https://example.org"}]}
             for i, alias in enumerate(aliases)]
    glossary = parse_glossary(yaml.safe_dump({"terms": terms}))
    for term in glossary.terms:
        for alias in term.aliases:
            assert [m.term_id for m in glossary.find(alias)] == [term.id]


SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
KEYS = st.sampled_from(["id", "name", "aliases", "short", "definition", "sources", "related",
                        "contested", "title", "url", "side", "framing"]) | st.text(max_size=4)
YAML_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=25)


@given(st.lists(YAML_VALUES, max_size=4))
def test_loader_never_raises_on_any_yaml_structure(terms):
    check_loaded(parse_glossary(yaml.safe_dump({"terms": terms})))


@given(st.text(max_size=300))
def test_loader_never_raises_on_any_text(text):
    check_loaded(parse_glossary(text))


def check_loaded(glossary: Glossary) -> None:
    assert all(p.line >= 1 and p.column >= 1 for p in glossary.problems)
    ids = [term.id for term in glossary.terms]
    assert len(ids) == len(set(ids))
    for term in glossary.terms:
        assert term.sources
        assert all(s.url.lower().startswith(("http://", "https://")) for s in term.sources)
        assert set(term.related) <= set(ids)


def _fold_every_run(text: str) -> str:
    """The plain definition of folding: every separator run becomes one space (a newline
    when it holds a blank line)."""
    lowered = glossary_module._lower(text)
    pieces, pos = [], 0
    for run in re.finditer(glossary_module.SEPARATORS, text):
        start, end = run.span()
        pieces.append(lowered[pos:start])
        breaks = len(re.findall(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]", text[start:end]))
        pieces.append("\n" if end - start > 1 and breaks >= 2 else " ")
        pos = end
    pieces.append(lowered[pos:])
    return "".join(pieces).replace("\u2019", "'")


@given(st.text(alphabet=" \t\n\r-\u2010\u2011\u00a0aZ\u03a3\u0130\u2019.", max_size=80))
def test_folding_matches_its_plain_definition(text):
    assert glossary_module._fold(text) == _fold_every_run(text)
