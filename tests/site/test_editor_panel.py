"""The editor panel asks for a check of every speaker found through a pronoun: a personal
pronoun ("he") or a relative one ("Sanders, who said …")."""

from __future__ import annotations

import pytest

from explainer.engine.extract import extract_statements
from explainer.engine.model import Statement
from explainer.site.editor_panel import _speaker_doubt


def _statement(mention: str, corrected: bool = False) -> Statement:
    return Statement("s1", "Bernie Sanders", mention, "indirect", "said", 0, 4, "text", 1,
                     corrected=corrected)


@pytest.mark.parametrize("mention", ["he", "She", "they"])
def test_a_personal_pronoun_is_a_speaker_to_check(mention):
    assert _speaker_doubt(_statement(mention), None) == f"resolved from the pronoun {mention!r}"


@pytest.mark.parametrize("mention", ["who", "which", "that", "Who"])
def test_a_relative_pronoun_is_a_speaker_to_check(mention):
    assert _speaker_doubt(_statement(mention), None) == (
        f"resolved from the relative pronoun {mention!r}"
    )


@pytest.mark.parametrize("mention", ["Sanders", "whoever", "the campaign"])
def test_a_name_is_not_flagged_without_people(mention):
    assert _speaker_doubt(_statement(mention), None) is None


def test_a_corrected_speaker_is_not_flagged():
    assert _speaker_doubt(_statement("who", corrected=True), None) is None


def test_the_extractor_records_who_and_the_panel_flags_it():
    body = (
        "Senator Bernie Sanders spoke in Iowa on Monday.\n\n"
        "The crowd cheered Sanders, who said the system was rigged against working people.\n"
    )
    [statement] = [s for s in extract_statements(body) if s.mention == "who"]
    assert statement.speaker == "Bernie Sanders"
    assert _speaker_doubt(statement, None) == "resolved from the relative pronoun 'who'"


def test_links_too_weak_for_readers_are_the_editors_suggestions():
    """A reply the model finds possible but not likely enough is listed for the editor, with
    its evidence, and is not on the reader's page."""
    from explainer.corpus.articles import Article, ArticleSource
    from explainer.corpus.glossary import Glossary
    from explainer.engine.model import Extraction, Link
    from explainer.site.editor_panel import editor_panel
    from explainer.site.pages import article_view

    body = "Ann Ruiz said taxes rise.\n\nBo Lee said taxes fall.\n"
    statements = [
        Statement("s1", "Ann Ruiz", "Ann Ruiz", "indirect", "said", 14, 24, "taxes rise", 1,
                  side="a", side_inferred=True),
        Statement("s2", "Bo Lee", "Bo Lee", "indirect", "said", 40, 50, "taxes fall", 2,
                  side="b", side_inferred=True),
    ]
    lead = Link("s1", "s2", 0.07, "s2: possible answer, p=0.07; shared words taxes")
    article = Article("t", "corpus/articles/t.md", "T", body)
    view = article_view(ArticleSource("t", article.path, article),
                        Extraction(statements, [], suggestions=[lead]), Glossary(), None)
    assert view.answered == []
    panel = editor_panel(view, statements, None, Glossary())
    assert [(i.statement_id, i.text) for i in panel.suggestions] == [
        ("s2", "s1 → s2: s2: possible answer, p=0.07; shared words taxes")]
    assert any(title.startswith("Possible pairs") and items for title, items in panel.sections)


def test_a_declared_speaker_alone_in_an_article_is_explained_to_the_editor():
    """people.yml's side applies where two declared speakers speak; the panel says why a
    declared speaker's side was inferred instead of asking to declare them again."""
    from explainer.corpus.people import load_people
    from explainer.site.editor_panel import _inferred_why

    from projects import ROOT

    people = load_people(ROOT / "corpus" / "people.yml")
    trump = Statement("s1", "Donald Trump", "Trump", "direct", "said", 0, 4, "text", 1,
                      side="a", side_inferred=True)
    assert "declared 'federal'" in _inferred_why(trump, people)
    assert "another story" in _inferred_why(trump, people)
    other = Statement("s2", "Jeb Bush", "Bush", "direct", "said", 0, 4, "text", 1,
                      side="b", side_inferred=True)
    assert _inferred_why(other, people) == "side 'b' inferred; declare it in corpus/people.yml"
