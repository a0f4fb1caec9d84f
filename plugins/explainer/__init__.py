"""explainer: turn news articles into explainer pages (claims, rebuttals, glossary)."""

__version__ = "0.1.0"
