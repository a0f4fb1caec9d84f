"""people.yml: loading, lookup, and problems that point at the right line."""

from __future__ import annotations

from pathlib import Path

from explainer.corpus.people import load_people
from explainer.engine.model import Statement
from explainer.engine.sides import assign_sides, side_labels

from projects import ROOT

CORPUS_PEOPLE = ROOT / "corpus" / "people.yml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "people.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_corpus_people_file_is_clean_and_covers_the_seed_speakers():
    people = load_people(CORPUS_PEOPLE)
    assert people.problems == []
    assert people.sides == {
        "federal": "Federal government",
        "chicago": "Chicago and supporters of sanctuary policies",
    }
    expected = {
        "Sessions": ("Jeff Sessions", "federal"),
        "President Donald Trump": ("Donald Trump", "federal"),
        "the Justice Department": ("Trump administration", "federal"),
        "Chicago Mayor Rahm Emanuel": ("Rahm Emanuel", "chicago"),
        "Chicago police superintendent Eddie Johnson": ("Eddie Johnson", "chicago"),
        "Democratic city and state leaders": ("Democratic city and state leaders", "chicago"),
        "immigration advocates": ("Immigration advocates", "chicago"),
        "Proponents of sanctuary policies": ("Proponents of sanctuary policies", "chicago"),
        "the city’s lawsuit": ("City of Chicago", "chicago"),
    }
    for mention, (name, side) in expected.items():
        person = people.lookup(mention)
        assert person is not None, mention
        assert (person.name, person.side) == (name, side)
    assert people.lookup("Eddie Johnson").role == "Chicago Police Superintendent"
    assert people.lookup("immigration advocates").kind == "group"


def test_lookup_ignores_case_spacing_and_a_leading_the(tmp_path):
    people = load_people(
        write(tmp_path, "people:\n  - name: The Riders Alliance\n    aliases: [riders' group]\n")
    )
    assert people.lookup("riders   ALLIANCE").name == "The Riders Alliance"
    assert people.lookup("the riders’ group").name == "The Riders Alliance"
    assert people.lookup("riders") is None
    assert people.lookup("") is None


def test_missing_file_means_no_people_and_no_problem(tmp_path):
    people = load_people(tmp_path / "nope.yml")
    assert people.persons == [] and people.problems == []


def test_invalid_yaml_is_a_problem_with_its_line(tmp_path):
    path = write(tmp_path, "people:\n  - name: A\n    aliases: [unclosed\n")
    people = load_people(path)
    assert len(people.problems) == 1
    problem = people.problems[0]
    assert problem.path == str(path) and problem.line >= 3
    assert "not valid YAML" in problem.message


BAD = """\
sides:
  north: "North side"
people:
  - name: Ana Ruiz
    side: south
  - name: Bo Lee
    kind: robot
  - aliases: [nobody]
  - name: Cy Park
    colour: blue
  - name: Di Fox
    aliases: [ana ruiz]
  - just a string
  - name: Ed Moe
    aliases: oops
"""


def test_each_bad_entry_is_reported_at_its_line_and_good_data_is_kept(tmp_path):
    people = load_people(write(tmp_path, BAD))
    lines = {p.line for p in people.problems}
    assert lines == {5, 7, 8, 10, 11, 13, 15}, people.problems
    assert any("not declared under 'sides:'" in p.message and p.line == 5 for p in people.problems)
    assert any("'person' or 'group'" in p.message and p.line == 7 for p in people.problems)
    assert any("no 'name'" in p.message and p.line == 8 for p in people.problems)
    assert any("unknown field 'colour'" in p.message and p.line == 10 for p in people.problems)
    assert any("already names Ana Ruiz" in p.message and p.line == 11 for p in people.problems)
    assert any("must be a mapping" in p.message and p.line == 13 for p in people.problems)
    assert any("must be a list" in p.message and p.line == 15 for p in people.problems)
    assert [p.name for p in people.persons] == ["Ana Ruiz", "Bo Lee", "Cy Park", "Di Fox", "Ed Moe"]
    assert people.lookup("ana ruiz").name == "Ana Ruiz"  # the first entry keeps the key
    assert all(str(p).startswith(str(tmp_path)) for p in people.problems)


def test_wrong_top_level_shapes_are_problems(tmp_path):
    assert load_people(write(tmp_path, "- a\n- b\n")).problems[0].line == 1
    people = load_people(write(tmp_path, "people: {name: x}\nsides: [a]\nextra: 1\n"))
    assert sorted(p.line for p in people.problems) == [1, 2, 3]
    assert load_people(write(tmp_path, "")).problems == []


def test_declared_sides_and_roles_fill_statements():
    people = load_people(CORPUS_PEOPLE)
    statements = [Statement("s1", "Sessions", "Sessions", "direct", "said", 0, 5, "Crime", 1),
                  Statement("s2", "Emanuel", "Emanuel", "direct", "said", 10, 15, "No", 2)]
    sided, answer = assign_sides(statements, people)
    assert (sided.speaker, sided.side, sided.side_inferred) == ("Jeff Sessions", "federal", False)
    assert sided.role == "U.S. Attorney General"
    assert answer.side == "chicago" and not answer.side_inferred
    assert side_labels([sided], people) == {"federal": "Federal government"}


def test_a_declared_camp_heard_alone_is_not_this_story_s_side():
    """people.yml declares the speakers of one story: Trump, the only one of them in a
    campaign story, keeps his canonical name but gets a side from that story, and no role
    declared for that story (he was no president in the campaign)."""
    people = load_people(CORPUS_PEOPLE)
    statements = [Statement("s1", "Trump", "Trump", "direct", "said", 0, 5, "We win", 1),
                  Statement("s2", "Jeb Bush", "Bush", "direct", "said", 10, 15, "No", 2)]
    trump, bush = assign_sides(statements, people)
    assert (trump.speaker, trump.side, trump.side_inferred) == ("Donald Trump", "a", True)
    assert trump.role is None
    assert bush.side == "b" and bush.side_inferred
    assert side_labels([trump, bush], people) == {"a": "Side of Donald Trump",
                                                  "b": "Side of Jeb Bush"}


def test_inferred_sides_get_labels_a_reader_can_read():
    statements = [
        Statement("s1", "Ann Ruiz", "Ruiz", "indirect", "said", 0, 5, "Taxes", 1),
        Statement("s2", "Ben Tate", "Tate", "indirect", "said", 10, 15, "No", 2),
    ]
    sided = assign_sides(statements, None)
    assert [s.side for s in sided] == ["a", "b"] and all(s.side_inferred for s in sided)
    assert side_labels(sided) == {"a": "Side of Ann Ruiz", "b": "Side of Ben Tate"}


def test_an_inferred_side_is_named_after_who_leads_it():
    """The speaker it quotes most, not whoever the article quoted first; a group is named
    as itself."""
    def said(n, speaker, side):
        return Statement(f"s{n}", speaker, speaker, "indirect", "said", n * 10, n * 10 + 5,
                         "Taxes", n, side=side, side_inferred=True)
    sided = [said(1, "Ann Ruiz", "a"), said(2, "Ben Tate", "b"), said(3, "Clinton campaign", "b"),
             said(4, "Clinton campaign", "b"), said(5, "city records", "neutral")]
    assert side_labels(sided) == {"a": "Side of Ann Ruiz", "b": "Clinton campaign",
                                  "neutral": "Not taking a side (facts and figures)"}
