"""Regression sentences for block quotations that lost their markup.

Every sentence was written for this file (invented names). Blogs print a letter, a tweet or
a speech as a paragraph of its own after ``X wrote:``; copied as text, the block quotation
has no quotation marks left, and the paragraph is what X wrote.
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract_statements(text)]


def test_a_paragraph_after_a_cue_and_a_colon_is_what_was_said():
    """``In a statement, Mayor Ana Ruiz's office said:`` ends its paragraph; the next
    paragraph, without quotation marks, is the statement."""
    text = (
        "The council voted 5-4 to close the pier.\n\n"
        "In a statement, Mayor Ana Ruiz said:\n\n"
        "The pier has served this town for a century and it will serve it again. "
        "We will find the money.\n\n"
        "The pier closes on Friday."
    )
    assert _statements(text) == [
        (
            "Ana Ruiz",
            "The pier has served this town for a century and it will serve it again. "
            "We will find the money",
        )
    ]


def test_a_short_line_or_another_announcement_is_no_block():
    """A label of a few words (``Her full statement:``) or a paragraph that itself ends with
    a colon introduces something else: nothing is credited."""
    text = (
        "Tom Hale wrote:\n\nRead more below:\n\nThe vote is on Friday.\n\n"
        "Ana Ruiz said:\n\nThank you all.\n\nThe vote is on Friday."
    )
    assert _statements(text) == []


def test_when_before_the_colon_is_no_content():
    """``Ruiz responded on Twitter shortly before midnight:`` then the tweet as a paragraph:
    "shortly before midnight" says when, and the tweet is what she wrote."""
    text = (
        "Ana Ruiz spoke in Iowa.\n\n"
        "Ruiz responded on Twitter shortly before midnight:\n\n"
        "Tom Hale spent four years selling the deal. Now he pretends he is against it.\n"
    )
    assert _statements(text) == [
        ("Ana Ruiz", "Tom Hale spent four years selling the deal. Now he pretends he is against it")
    ]
