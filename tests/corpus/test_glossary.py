"""The glossary: loading with line-numbered problems, the real glossary, and term matching."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from explainer.corpus.glossary import (
    Glossary,
    Source,
    Term,
    TermMatch,
    first_uses,
    load_glossary,
    normalise,
    variants,
)
from explainer.corpus.problems import Problem

from projects import ROOT

GLOSSARY = ROOT / "corpus" / "glossary.yml"
ARTICLES = ROOT / "corpus" / "articles"

VALID_TERM = """\
  - id: detainer
    name: Immigration detainer
    aliases: [detainer]
    short: A request to hold someone.
    sources:
      - title: 8 CFR 287.7
        url: https://www.law.cornell.edu/cfr/text/8/287.7
"""


def load(tmp_path: Path, text: str) -> Glossary:
    path = tmp_path / "glossary.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_glossary(path)


def where(glossary: Glossary) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in glossary.problems]


def only_problem(glossary: Glossary) -> Problem:
    assert len(glossary.problems) == 1, glossary.problems
    return glossary.problems[0]


# --- Problem --------------------------------------------------------------------------------


def test_problem_prints_as_path_line_column_message():
    assert str(Problem("corpus/glossary.yml", 12, 5, "bad")) == "corpus/glossary.yml:12:5: bad"


def test_problems_sort_by_file_then_position():
    later, earlier = Problem("a.yml", 9, 1, "x"), Problem("a.yml", 2, 7, "y")
    assert sorted([later, earlier]) == [earlier, later]


# --- loading: the happy path ----------------------------------------------------------------


def test_valid_term_loads_with_all_fields(tmp_path):
    glossary = load(tmp_path, """\
terms:
  - id: sanctuary-policy
    name: Sanctuary policy
    aliases: [sanctuary city, Sanctuary City, sanctuary policy]
    short: A local limit on helping immigration enforcement.
    definition: |
      **No statute** defines it.
    sources:
      - title: CRS R44795
        url: https://www.everycrsreport.com/reports/R44795.html
    related: [detainer, detainer]
    contested:
      - side: Federal government
        framing: refuses to comply
""" + VALID_TERM)
    assert glossary.problems == ()
    term = glossary.get("sanctuary-policy")
    assert term == Term(
        id="sanctuary-policy",
        name="Sanctuary policy",
        aliases=("sanctuary city",),
        short="A local limit on helping immigration enforcement.",
        definition="**No statute** defines it.",
        sources=(Source("CRS R44795", "https://www.everycrsreport.com/reports/R44795.html"),),
        related=("detainer",),
        contested=term.contested,
    )
    assert [(f.side, f.framing) for f in term.contested] == [("Federal government",
                                                             "refuses to comply")]
    assert [t.id for t in glossary.terms] == ["sanctuary-policy", "detainer"]
    assert glossary.get("nope") is None


# --- loading: each mistake, on its line -----------------------------------------------------


@pytest.mark.parametrize("missing", ["id", "name", "short", "sources"])
def test_missing_required_field_is_reported_on_the_term_and_drops_it(tmp_path, missing):
    lines = [line for line in VALID_TERM.splitlines() if f"{missing}:" not in line]
    lines[0] = "  - " + lines[0].lstrip(" -")
    if missing == "sources":
        lines = [line for line in lines if "title:" not in line and "url:" not in line]
    glossary = load(tmp_path, "terms:\n" + "\n".join(lines) + "\n")
    problem = only_problem(glossary)
    assert problem.line == 2
    assert f"missing '{missing}'" in problem.message
    assert glossary.terms == ()


def test_duplicate_id_is_reported_on_the_second_term(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + VALID_TERM.replace("[detainer]", "[]"))
    assert where(glossary) == [(9, "duplicate id 'detainer' (first used on line 2); ids must "
                                   "be unique")]
    assert len(glossary.terms) == 1


def test_duplicate_id_is_reported_even_when_the_first_term_is_broken(tmp_path):
    broken = "  - id: detainer\n    name: Broken\n"
    glossary = load(tmp_path, "terms:\n" + broken + VALID_TERM)
    assert (4, "duplicate id 'detainer' (first used on line 2); ids must be unique") in \
        where(glossary)
    assert glossary.terms == ()


def test_short_definition_is_one_plain_line(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM.replace(
        "short: A request to hold someone.", "short: |\n      A request\n        to hold."))
    assert glossary.get("detainer").short == "A request to hold."


@pytest.mark.parametrize("alias", ["Detainer", "DETAINERS", "detainer’s", "Immigration-detainer"])
def test_alias_clashing_with_another_term_is_reported_on_its_line(tmp_path, alias):
    other = VALID_TERM.replace("id: detainer", "id: other").replace(
        "name: Immigration detainer", "name: Other").replace("[detainer]", f'["{alias}"]')
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + other)
    problem = only_problem(glossary)
    assert problem.line == 11
    assert f"alias '{alias}' of term 'other' clashes with" in problem.message
    assert glossary.get("other").aliases == ()  # dropped, the term itself stays


def test_blank_alias_is_reported(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM.replace("[detainer]", '[" - "]'))
    assert where(glossary) == [(4, "alias '-' of term 'detainer' has no words to match")]


def test_unknown_related_id_is_reported_on_its_entry(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + "    related:\n      - byrne-jag\n")
    assert where(glossary) == [(10, "related term 'byrne-jag' of term 'detainer' does not "
                                   "exist")]
    assert glossary.get("detainer").related == ()


def test_self_reference_in_related_is_reported(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + "    related: [detainer]\n")
    assert where(glossary) == [(9, "term 'detainer' lists itself in 'related'")]


def test_related_link_to_a_broken_term_is_dropped_quietly(tmp_path):
    broken = "  - id: byrne-jag\n    name: Byrne JAG\n"
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + "    related: [byrne-jag]\n" + broken)
    assert [p.message for p in glossary.problems] == [
        "term 'byrne-jag' is missing 'short'", "term 'byrne-jag' is missing 'sources'"]
    assert glossary.get("detainer").related == ()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "/relative",
                                 "https://", "http://exa mple.org"])
def test_non_web_source_url_is_reported_on_the_url(tmp_path, url):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM.replace(
        "https://www.law.cornell.edu/cfr/text/8/287.7", f'"{url}"'))
    problem = only_problem(glossary)
    assert (problem.line, problem.column) == (8, 14)
    assert "must be an http:// or https:// address" in problem.message
    assert glossary.terms == ()  # no usable source left


def test_bad_source_is_dropped_when_another_source_is_good(tmp_path):
    extra = "      - title: Bad\n        url: mailto:x@example.org\n"
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + extra)
    assert [p.line for p in glossary.problems] == [10]
    assert [s.title for s in glossary.get("detainer").sources] == ["8 CFR 287.7"]


def test_empty_sources_list_is_reported(tmp_path):
    text = VALID_TERM.split("    sources:")[0] + "    sources: []\n"
    glossary = load(tmp_path, "terms:\n" + text)
    assert where(glossary) == [(6, "term 'detainer' needs at least one source")]


def test_source_entry_missing_url_is_reported(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM.replace(
        "        url: https://www.law.cornell.edu/cfr/text/8/287.7\n", ""))
    assert where(glossary) == [(7, "an entry of 'sources' in term 'detainer' is missing 'url'")]


@pytest.mark.parametrize(("old", "new", "line", "expected"), [
    ("id: detainer", "id: 1373", 2, "'id' of a term must be text, not a number (put it in "
                                    "quotes)"),
    ("name: Immigration detainer", "name: [a, b]", 3, "'name' of term 'detainer' must be "
                                                      "text, not a list"),
    ("aliases: [detainer]", "aliases: detainer", 4, "'aliases' of term 'detainer' must be a "
                                                    "list, not text"),
    ("aliases: [detainer]", "aliases: [detainer, 12]", 4, "each entry of 'aliases' in term "
                                                          "'detainer' must be non-empty text"),
    ("short: A request to hold someone.", "short: yes", 5, "'short' of term 'detainer' must "
                                                           "be text, not true/false (put it "
                                                           "in quotes)"),
    ("short: A request to hold someone.", "short:", 5, "'short' of term 'detainer' must be "
                                                       "text, not empty (put it in quotes)"),
    ("short: A request to hold someone.", "short: '  '", 5, "'short' of term 'detainer' is "
                                                            "empty"),
    ("id: detainer", "id: Detainer Term", 2, "id 'Detainer Term' must be a slug: lower-case "
                                             "letters, digits and single hyphens (e.g. "
                                             "'sanctuary-policy')"),
    ("aliases: [detainer]", "alias: [detainer]", 4, "unknown key 'alias' in a term (known: "
                                                    "id, name, aliases, short, definition, "
                                                    "sources, related, contested)"),
    ("aliases: [detainer]", "name: Again", 4, "'name' appears twice in a term; keep one"),
    ("aliases: [detainer]", "? [a]\n    : b", 4, "unknown key a list in a term (known: id, "
                                              "name, aliases, short, definition, sources, "
                                              "related, contested)"),
])
def test_wrong_types_and_keys_are_reported_on_their_line(tmp_path, old, new, line, expected):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM.replace(old, new))
    assert (line, expected) in where(glossary)


def test_contested_entry_must_be_a_mapping(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + "    contested:\n      - just text\n")
    assert where(glossary) == [(10, "each entry of 'contested' in term 'detainer' must have "
                                   "'side' and 'framing'")]
    assert glossary.get("detainer").contested == ()


def test_invalid_yaml_is_reported_at_the_error(tmp_path):
    glossary = load(tmp_path, "terms:\n  - id: detainer\n    name: [unclosed\n    short: x\n")
    problem = only_problem(glossary)
    assert problem.message.startswith("invalid YAML:")
    assert problem.line == 4


@pytest.mark.parametrize(("text", "expected"), [
    ("", (1, "the glossary is empty: start it with 'terms:' and a list of terms")),
    ("- a\n- b\n", (1, "the glossary must be a mapping with a 'terms:' list")),
    ("words: []\n", (1, "unknown key 'words' in the glossary (known: terms)")),
    ("terms: nothing\n", (1, "'terms' must be a list of terms, not text")),
    ("terms:\n  - just a string\n", (2, "each term must be a mapping of id, name, short, …; "
                                        "not text")),
])
def test_wrong_file_shape_is_reported(tmp_path, text, expected):
    assert expected in where(load(tmp_path, text))


def test_missing_file_is_a_problem_not_an_exception(tmp_path):
    glossary = load_glossary(tmp_path / "absent.yml")
    problem = only_problem(glossary)
    assert problem.path == str(tmp_path / "absent.yml")
    assert problem.message.startswith("cannot read the glossary:")
    assert glossary.terms == ()


def test_non_utf8_file_is_reported_with_its_line(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_bytes(b"terms:\n  - id: caf\xe9\n")
    assert where(load_glossary(path)) == [(2, "the glossary is not valid UTF-8; save it as "
                                              "UTF-8")]


def test_problems_name_the_file_and_come_in_line_order(tmp_path):
    glossary = load(tmp_path, "terms:\n" + VALID_TERM + "    related: [b, a]\n")
    assert [str(p).split(":")[0] for p in glossary.problems] == [str(tmp_path / "glossary.yml")] * 2
    assert [p.column for p in glossary.problems] == [15, 18]


# --- the real glossary ----------------------------------------------------------------------


def test_real_glossary_loads_without_problems():
    glossary = load_glossary(GLOSSARY)
    assert glossary.problems == ()
    ids = [term.id for term in glossary.terms]
    for required in ("sanctuary-policy", "detainer", "byrne-jag", "section-1373",
                     "community-policing", "ucr", "welcoming-city-ordinance", "criminal-alien",
                     "undocumented-immigrant"):
        assert required in ids


def test_every_real_term_is_sourced_linked_and_short():
    glossary = load_glossary(GLOSSARY)
    for term in glossary.terms:
        assert term.sources, term.id
        assert all(s.url.startswith("https://") for s in term.sources), term.id
        assert all(glossary.get(r) for r in term.related), term.id
        assert term.definition, term.id
        assert "\n" not in term.short and term.short.endswith("."), term.id


@pytest.mark.parametrize(("text", "term_id"), [
    ("sanctuary policies", "sanctuary-policy"), ("sanctuary city", "sanctuary-policy"),
    ("sanctuary cities", "sanctuary-policy"), ("sanctuary jurisdiction", "sanctuary-policy"),
    ("sanctuary status", "sanctuary-policy"), ("sanctuary-city", "sanctuary-policy"),
    ("detainer", "detainer"), ("immigration detainer", "detainer"),
    ("ICE detainer", "detainer"), ("Byrne JAG", "byrne-jag"),
    ("Byrne Justice Assistance Grant", "byrne-jag"), ("JAG grants", "byrne-jag"),
    ("8 U.S.C. 1373", "section-1373"), ("Section 1373", "section-1373"),
    ("community policing", "community-policing"), ("Uniform Crime Reporting", "ucr"),
    ("welcoming city", "welcoming-city-ordinance"), ("criminal alien", "criminal-alien"),
    ("undocumented immigrants", "undocumented-immigrant"),
])
def test_real_glossary_finds_the_aliases_editors_expect(text, term_id):
    matches = load_glossary(GLOSSARY).find(f"About {text}, today.")
    assert matches == [TermMatch(6, 6 + len(text), term_id)]


def test_law_enforcement_grants_is_not_an_alias():
    assert load_glossary(GLOSSARY).find("some law enforcement grants to cities") == []


# --- matching -------------------------------------------------------------------------------


def glossary_of(**aliases: tuple[str, ...]) -> Glossary:
    """A glossary whose term ids are the keyword names and whose names are their first alias."""
    return Glossary(Term(term_id.replace("_", "-"), names[0], names[1:], "Short.")
                    for term_id, names in aliases.items())


def found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.term_id) for m in glossary.find(text)]


SANCTUARY = glossary_of(sanctuary=("sanctuary city", "sanctuary policy"),
                        detainer=("detainer", "ICE detainer"))


def test_matching_ignores_case():
    assert found(SANCTUARY, "A SANCTUARY City. Sanctuary POLICY") == [
        ("SANCTUARY City", "sanctuary"), ("Sanctuary POLICY", "sanctuary")]


@pytest.mark.parametrize("text", ["sanctuary cities", "sanctuary policies", "detainers",
                                  "sanctuary city's", "sanctuary city’s", "detainer's"])
def test_plurals_and_possessives_match_in_full(text):
    term_id = "detainer" if "detainer" in text else "sanctuary"
    assert found(SANCTUARY, f"({text})") == [(text, term_id)]


def test_sibilant_and_y_plurals():
    glossary = glossary_of(tax=("tax",), bench=("bench",), day=("day",))
    assert [t for t, _ in found(glossary, "taxes benches days dais")] == ["taxes", "benches",
                                                                         "days"]


def test_multi_word_terms_match_across_spaces_newlines_and_hyphens():
    text = "sanctuary\ncity, sanctuary  \t city, sanctuary-city, Sanctuary -\n City"
    assert len(found(SANCTUARY, text)) == 4


def test_terms_never_link_across_a_blank_line():
    assert found(SANCTUARY, "a sanctuary\n\ncity and\n \n sanctuary city") == [
        ("sanctuary city", "sanctuary")]


def test_longest_match_wins():
    glossary = glossary_of(policy=("sanctuary city policy",), city=("sanctuary city",))
    assert found(glossary, "the sanctuary city policy of a sanctuary city") == [
        ("sanctuary city policy", "policy"), ("sanctuary city", "city")]


def test_overlapping_aliases_of_different_terms_never_overlap():
    glossary = glossary_of(a=("sanctuary city",), b=("city policy",))
    assert found(glossary, "sanctuary city policy") == [("sanctuary city", "a")]
    assert found(glossary, "the city policy") == [("city policy", "b")]


@pytest.mark.parametrize("text", ["undetainered", "detainees", "detainer2", "predetainer",
                                  "detainer_x"])
def test_no_match_inside_a_word(text):
    assert found(SANCTUARY, text) == []


def test_acronym_alias_does_not_match_inside_a_word():
    glossary = glossary_of(jag=("JAG",))
    assert found(glossary, "a JAGuar, a JAG, a jag.") == [("JAG", "jag"), ("jag", "jag")]


@pytest.mark.parametrize("alias", ["(a+)+$", ".*", "a|b", "[x]", "\\d+", "^", "?"])
def test_metacharacter_alias_matches_only_its_literal_text(alias):
    glossary = glossary_of(meta=(alias,))
    text = f"aaaa ab x d9 {alias} end"
    assert [(m.start, m.end) for m in glossary.find(text)] == [(13, 13 + len(alias))]


def test_aliases_with_dots_and_section_signs():
    glossary = glossary_of(s1373=("8 U.S.C. 1373", "8 U.S.C. § 1373"))
    assert found(glossary, "under 8 U.S.C. 1373; 8 u.s.c.\n§ 1373.") == [
        ("8 U.S.C. 1373", "s1373"), ("8 u.s.c.\n§ 1373", "s1373")]


def test_offsets_index_the_original_text_after_length_changing_characters():
    text = "İİ Straße \n\n  sanctuary -\n  cities’ end"
    (match,) = SANCTUARY.find(text)
    assert text[match.start:match.end] == "sanctuary -\n  cities"


def test_first_uses_keeps_the_first_match_of_each_term_in_order():
    matches = SANCTUARY.find("detainer, sanctuary city, detainers, sanctuary policy")
    assert [(m.term_id, m.start) for m in first_uses(matches)] == [("detainer", 0),
                                                                  ("sanctuary", 10)]


def test_empty_glossary_finds_nothing():
    assert Glossary().find("sanctuary city") == []


def test_earlier_term_wins_an_alias_shared_by_direct_construction():
    glossary = glossary_of(first=("detainer",), second=("Detainer",))
    assert found(glossary, "detainer") == [("detainer", "first")]


def test_variants_and_normalise():
    assert normalise("  Sanctuary-\nCity’s ") == "sanctuary city's"
    assert variants("Sanctuary policy") == {"sanctuary policy", "sanctuary policies",
                                            "sanctuary policy's"}
    assert variants("JAG grants") == {"jag grants"}
    assert variants("8 U.S.C. 1373") == {"8 u.s.c. 1373", "8 u.s.c. 1373's"}
    assert variants(" - ") == frozenset()


# --- the seed articles ----------------------------------------------------------------------


def body(name: str) -> str:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


@pytest.fixture(scope="module")
def real() -> Glossary:
    return load_glossary(GLOSSARY)


def test_dnainfo_article_terms(real):
    text = body("dnainfo-2017-08-16-sessions-call-your-mayor.md")
    uses = {(text[m.start:m.end], m.term_id) for m in real.find(text)}
    assert {("sanctuary cities", "sanctuary-policy"), ("sanctuary status", "sanctuary-policy"),
            ("sanctuary policies", "sanctuary-policy"), ("criminal alien", "criminal-alien"),
            ("community policing", "community-policing"),
            ("undocumented immigrants", "undocumented-immigrant")} <= uses
    assert "detainer" not in {term_id for _, term_id in uses}


def test_reuters_article_terms_and_detainees_are_not_detainers(real):
    text = body("reuters-2017-08-16-sessions-chicago.md")
    assert "detainees" in text
    matches = real.find(text)
    uses = [(text[m.start:m.end], m.term_id) for m in matches]
    assert ("sanctuary policies", "sanctuary-policy") in uses
    assert ("sanctuary city policies", "sanctuary-policy") in uses
    assert ("Uniform Crime Reporting", "ucr") in uses
    assert ("undocumented immigrants", "undocumented-immigrant") in uses
    assert all(term_id != "detainer" for _, term_id in uses)
    assert [m.term_id for m in first_uses(matches)] == ["sanctuary-policy", "ucr",
                                                       "undocumented-immigrant"]


def test_large_glossary_on_long_text_stays_fast():
    """A regex alternation took minutes here; the token trie is linear in the text."""
    terms = [Term(f"t{i}", f"term number {i}", (f"alias{i} of it",), "Short.")
             for i in range(2000)]
    terms[0] = Term("t0", "term number 0", ("(a+)+$",), "Short.")
    glossary = Glossary(terms)
    text = "A term number 7 and alias12 of it, (a+)+$ and aaaaaaaaaaaa! " * 4000
    matches = glossary.find(text)  # its speed is measured by bench/linearity.py
    assert len(matches) == 3 * 4000
