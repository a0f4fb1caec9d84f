"""JSON-LD embedded in a ``<script>`` element, whatever the corpus text inside it.

Corpus text ends up inside JSON strings; ``<``, ``>`` and ``&`` are escaped as ``\\u003c``
etc., so no value can close the script element or open a comment.
"""

from __future__ import annotations

import json

from markupsafe import Markup


def script(data: dict) -> Markup:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return Markup(f'<script type="application/ld+json">{text}</script>')
