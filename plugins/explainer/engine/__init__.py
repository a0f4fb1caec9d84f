"""The engine: news text in, statements, sides and exchanges out.

Owns sentence splitting, quotations, reporting cues, speaker names, the statement rules,
sides and the pairing of claims with the answers they got. Pure text processing: it imports
only the standard library and its own modules, never the corpus files, the site or MkDocs,
so it can run on any article (``explainer extract``) and be scored on PolNeAR by ``bench/``.
What it needs to know about people (an editor's ``people.yml``) comes in through the small
``Directory`` protocol in :mod:`explainer.engine.directory`.
"""
