"""Editors' review files: read with line numbers, applied on every build, never rewritten."""

from __future__ import annotations

from pathlib import Path

from explainer.corpus.review_file import write_review
from explainer.corpus.reviews import find_statement, load_review
from explainer.engine.model import Statement
from explainer.site.analysis import analyse

BODY = (
    "Mayor Jane Roe said the tax would hurt families.\n\n"
    "“It is a disaster,” Roe said.\n\n"
    "Gov. Sam Poe said that the tax was fair and the city was wrong.\n\n"
    "The council meets in May, officials said.\n"
)


def review(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.yml"
    path.write_text(text, encoding="utf-8")
    return path


def speakers(extraction) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extraction.statements]


def test_fix_drop_add_and_notes_are_applied(tmp_path):
    path = review(tmp_path, """\
statements:
  - quote: the tax would hurt families
    speaker: Jane Roe
    side: city
    reviewed: true
    note: Roe proposed a different tax in 2019.
    sources:
      - title: City records
        url: https://example.org/records
  - quote: The council meets in May
    drop: true
add:
  - text: the city was wrong
    speaker: Sam Poe
    kind: indirect
""")
    result = analyse(BODY, None, load_review(path))
    assert result.problems == []
    texts = [s.text for s in result.statements]
    assert not any("council meets" in t for t in texts)
    roe = next(s for s in result.statements if "hurt families" in s.text)
    assert (roe.speaker, roe.side, roe.reviewed, roe.side_inferred) == (
        "Jane Roe", "city", True, False)
    assert roe.notes[0].text.startswith("Roe proposed") and roe.notes[0].sources[0].url
    added = next(s for s in result.statements if s.text == "the city was wrong")
    assert BODY[added.start:added.end] == added.text and added.paragraph == 3
    assert [s.id for s in result.statements] == [f"s{n}" for n in range(1, len(texts) + 1)]


def test_editor_pairing_and_split_replace_the_engines(tmp_path):
    path = review(tmp_path, """\
exchanges:
  - claim: It is a disaster
    rebuttals: [the tax was fair]
    topic: the tax
split:
  - the tax would hurt families
""")
    result = analyse(BODY, None, load_review(path))
    assert result.problems == []
    by_id = {s.id: s for s in result.statements}
    pairs = {(by_id[e.claim].text[:12], tuple(by_id[r].text[:12] for r in e.rebuttals), e.topic)
             for e in result.exchanges}
    assert ("“It is a dis", ("the tax was ",), "the tax") in pairs
    hurt = next(e for e in result.exchanges if "hurt" in by_id[e.claim].text)
    assert hurt.rebuttals == ()


def test_mistakes_are_reported_with_file_and_line(tmp_path):
    path = review(tmp_path, """\
statements:
  - quote: words that are nowhere
    drop: true
  - quote: said
    reviewd: true
add:
  - text: the tax  would hurt families
    speaker: Someone
  - text: hurt
    kind: rumour
    speaker: X
    sources: [{title: bad, url: "javascript:alert(1)"}]
""")
    loaded = load_review(path)
    result = analyse(BODY, None, loaded)
    messages = {(p.line, p.message.split(";")[0].split(":")[0]) for p in result.problems}
    assert (2, "no statement contains 'words that are nowhere'") in messages
    assert any(line == 5 and "unknown statement field 'reviewd'" in m for line, m in
               {(p.line, p.message) for p in result.problems})
    assert any(p.line == 7 and "spacing or quotation marks differ" in p.message
               for p in result.problems)
    assert any(p.line == 10 and "'kind' must be one of" in p.message for p in result.problems)
    assert any(p.line == 12 and "http" in p.message for p in result.problems)
    assert all(p.path == str(path) for p in result.problems)


def test_invalid_yaml_is_a_problem_not_a_crash(tmp_path):
    loaded = load_review(review(tmp_path, "statements: [unclosed\n"))
    assert loaded.empty and loaded.problems[0].message.startswith("invalid YAML")


def test_ambiguous_quote_asks_for_more_words():
    statements = [Statement("s1", "A", "A", "direct", "said", 0, 5, "the tax", 1),
                  Statement("s2", "B", "B", "direct", "said", 6, 20, "the tax is fair", 1)]
    found, why = find_statement(statements, "tax")
    assert found is None and "in 2 statements (s1, s2); quote more words" in why
    assert find_statement(statements, "The tax.")[0].id == "s1"  # the exact one wins
    assert find_statement(statements, "“the  TAX is”")[0].id == "s2"


def test_review_command_starts_then_only_appends(tmp_path):
    statements = analyse(BODY).statements
    path = tmp_path / "reviews" / "story.yml"
    assert write_review(path, "story.md", statements).ok
    first = path.read_text()
    assert first.count("- quote:") == len(statements) and "reviewed: false" in first
    edited = first.replace("reviewed: false", "reviewed: true  # checked", 1) + (
        "  - quote: Mayor Jane Roe\n    drop: true\n")
    path.write_text(edited)
    outcome = write_review(path, "story.md", statements)
    assert outcome.ok and "nothing to add" in outcome.message
    assert path.read_text() == edited
    shorter = edited.split("  - quote:")[0] + "  - quote:" + edited.split("  - quote:")[1]
    path.write_text(shorter)
    outcome = write_review(path, "story.md", statements)
    assert outcome.ok and "added" in outcome.message
    assert path.read_text().startswith(shorter)
    assert load_review(path).fixes[0].reviewed is True


def test_review_command_refuses_to_touch_a_broken_or_reordered_file(tmp_path):
    statements = analyse(BODY).statements
    path = review(tmp_path, "statements: [unclosed\n")
    outcome = write_review(path, "story.md", statements)
    assert not outcome.ok and path.read_text() == "statements: [unclosed\n"
    text = "statements:\n  - quote: the tax would hurt\n    reviewed: true\nsplit: []\n"
    path.write_text(text)
    outcome = write_review(path, "story.md", statements)
    assert not outcome.ok and "Paste these" in outcome.message and outcome.entries
    assert path.read_text() == text
