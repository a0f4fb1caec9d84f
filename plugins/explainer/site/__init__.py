"""The site model: the corpus as the site shows it, without any HTML.

Owns the analysis of each article (engine + editor reviews), article page models, people,
topics and sources pages, the open-data exports, the Atom feed, JSON-LD structures, the
editor panel and the on-disk store that keeps analyses between builds. May import the corpus
and the engine; never Jinja, HTML helpers or MkDocs.
"""
