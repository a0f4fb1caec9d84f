"""Regression sentences for where a reported clause ends.

Every sentence was written for this file (invented names).
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.cue, s.text) for s in extract_statements(text)]


def test_a_gerund_after_consider_or_stop_goes_on_with_the_clause():
    """``said his office would consider adding the word …``: "adding" is what the office
    would consider, not a new statement of the reporter's; after a comma it still is one."""
    assert _statements("Ana Ruiz said her office would consider adding the word to the ad.") == [
        ("said", "her office would consider adding the word to the ad")
    ]
    text = "Ana Ruiz said the city would stop citing the poll, adding that it was flawed."
    assert _statements(text) == [
        ("said", "the city would stop citing the poll"),
        ("adding", "it was flawed"),
    ]
