"""Meta tags for sharing a page (Open Graph, Twitter cards): plain values, escaped by the
template that prints them. ``og:url`` only when the page has an absolute (canonical) URL,
which MkDocs knows only when ``site_url`` is set."""

from __future__ import annotations

DESCRIPTION_LIMIT = 300


def meta_tags(title: str, description: str, kind: str, url: str | None,
              site_name: str) -> list[tuple[str, str, str]]:
    """``(attribute, key, content)`` triples; attribute is ``property`` or ``name``."""
    title, description = _clean(title), _clean(description, DESCRIPTION_LIMIT)
    tags = [("property", "og:title", title), ("property", "og:description", description),
            ("property", "og:type", kind if kind in ("article", "profile") else "website"),
            ("property", "og:site_name", _clean(site_name))]
    if url and url.lower().startswith(("http://", "https://")):
        tags.append(("property", "og:url", url))
    # X (Twitter) reads the title and description from og:title and og:description when
    # twitter:title and twitter:description are absent: repeating them cost every page bytes
    tags.append(("name", "twitter:card", "summary"))
    return tags


def _clean(text: str, limit: int | None = None) -> str:
    """One line of text; long descriptions are cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if limit and len(text) > limit:
        text = text[:limit - 1].rsplit(" ", 1)[0] + "…"
    return text
