"""Regression sentences for transcripts: turns labelled with a speaker's name in capitals.

Every sentence was written for this file (invented names).
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements

TRANSCRIPT = (
    "Gov. Mara Lindqvist spoke to the network on Sunday.\n\n"
    "TOM RAMAN: Do you think the shutdown will end this week?\n\n"
    "LINDQVIST: I think it will end when the Senate votes. I said so on Monday.\n\n"
    "UPDATE: The governor later said she would meet the senators."
)


def _statements(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.text) for s in extract_statements(text)]


def test_a_labelled_turn_is_what_its_speaker_said():
    """``TOM RAMAN: …`` (a first name and a surname) and ``LINDQVIST: …`` (the surname of
    someone named in full) each say their turn; the card names them as the article does
    elsewhere, not in capitals. ``UPDATE:`` names nobody."""
    assert _statements(TRANSCRIPT) == [
        ("Tom Raman", ":", "Do you think the shutdown will end this week?"),
        ("Mara Lindqvist", ":", "I think it will end when the Senate votes. I said so on Monday"),
        ("Mara Lindqvist", "said", "she would meet the senators"),
    ]


def test_page_furniture_in_capitals_is_no_speaker():
    """``BREAKING: …`` and ``STAT OF THE WEEK: …`` open paragraphs too, but name nobody."""
    text = "BREAKING: The council voted to close the pier.\n\nSTAT OF THE WEEK: 43 percent."
    assert _statements(text) == []
