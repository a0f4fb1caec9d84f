"""The corpus: the editor's files, read and checked.

Owns article files (text, Markdown front matter, imported HTML), ``people.yml``,
``glossary.yml`` and the per-article review files, all read through one YAML node reader
(:mod:`explainer.corpus.yamlnodes`) so that every problem names its file and line. May
import the engine (for paragraphs and statement types), nothing above it.
"""
