"""schema.org structured data as JSON-LD, safe to embed in a ``<script>`` element.

Corpus text ends up inside JSON strings; ``<``, ``>`` and ``&`` are escaped as ``\\u003c``
etc., so no value can close the script element or open a comment, whatever it contains.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from .glossary import Term


def script(data: dict) -> Markup:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return Markup(f'<script type="application/ld+json">{text}</script>')


def defined_term_set(terms: list[Term], page_url: str, name: str = "Glossary") -> dict:
    """The glossary as a ``DefinedTermSet``; ``page_url`` is the page's absolute or site URL."""
    set_id = f"{page_url}#glossary"
    return {
        "@context": "https://schema.org",
        "@type": "DefinedTermSet",
        "@id": set_id,
        "name": name,
        "hasDefinedTerm": [
            {
                "@type": "DefinedTerm",
                "@id": f"{page_url}#{term.id}",
                "termCode": term.id,
                "name": term.name,
                "alternateName": list(term.aliases),
                "description": term.short,
                "inDefinedTermSet": set_id,
                "url": f"{page_url}#{term.id}",
                "subjectOf": [{"@type": "CreativeWork", "name": s.title, "url": s.url}
                              for s in term.sources],
            }
            for term in terms
        ],
    }
