"""Rendering: HTML from the site model, with the package's Jinja templates and assets.

Owns ``templates/`` (autoescaped Jinja), ``assets/`` (CSS and JS), safe Markdown for
editor prose and the meta tags for sharing. May import the site model, the corpus and the
engine; never MkDocs.
"""

from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"
ASSETS = Path(__file__).parent / "assets"
