"""Regression sentences for today's platforms: X, Bluesky, Threads and the like.

Every sentence was written for this file (invented names). PolNeAR's news is from 2016, when
"on X." read like an initial; newsrooms now write it every day.
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def _statements(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.text) for s in extract_statements(text)]


def test_a_platform_named_x_ends_its_sentence():
    """``He posted the clip on X. “…,” Lee wrote.``: the lone capital after "on" is no
    initial, so the quotation opens a sentence of its own and is Lee's."""
    text = "He posted a clip of the hearing on X. “Ruiz has had four years to fix this,” Lee wrote."
    assert _statements(text) == [("Lee", "wrote", "“Ruiz has had four years to fix this,”")]


def test_an_initial_still_joins_a_name():
    """``signed by J. Edgar Hoover``: a capital after a lower-case word, before a name that
    does not open sentences, is still an initial."""
    text = "The memo was signed by J. Edgar Hoover, Ana Ruiz said."
    assert _statements(text) == [("Ana Ruiz", "said", "The memo was signed by J. Edgar Hoover")]


def test_where_a_cue_was_written_is_no_content():
    """``Sam Lee wrote on X. “…”`` and ``wrote on Bluesky that …``: the platform is where,
    like "on Twitter", and what follows is what was written."""
    assert _statements("Sam Lee wrote on X. “Ruiz has had four years to fix this.”") == [
        ("Sam Lee", "wrote on X", "“Ruiz has had four years to fix this.”")
    ]
    assert _statements("Sam Lee wrote on Bluesky that the count was wrong.") == [
        ("Sam Lee", "wrote on Bluesky", "the count was wrong")
    ]
