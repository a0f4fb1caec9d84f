"""Markdown for editor-written prose (glossary definitions, notes) that cannot carry code.

Definitions are Markdown so editors can emphasise and link, but the corpus is untrusted:
raw HTML is shown as text, and only http(s) links survive (others become plain text).
External links open safely with ``rel="noopener noreferrer"``.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from functools import lru_cache

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

_SAFE_SCHEMES = ("http://", "https://")


class _LinkGuard(Treeprocessor):
    """Unlink every anchor whose target is not http(s); drop images (no remote loads)."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    parent.remove(child)
                elif child.tag == "a":
                    self._guard(parent, index, child)

    @staticmethod
    def _guard(parent: etree.Element, index: int, link: etree.Element) -> None:
        href = (link.get("href") or "").strip()
        if href.lower().startswith(_SAFE_SCHEMES):
            link.set("rel", "noopener noreferrer external")
            return
        span = etree.Element("span")
        span.text, span.tail = link.text, link.tail
        span.extend(list(link))
        parent.remove(link)
        parent.insert(index, span)


class _NoRawHtml(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - API name
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_LinkGuard(md), "explainer_link_guard", 0)


@lru_cache(maxsize=1)
def _renderer() -> markdown.Markdown:
    return markdown.Markdown(extensions=[_NoRawHtml()], output_format="html")


def render(text: str) -> Markup:
    """Render untrusted Markdown to HTML that contains no author-supplied markup or scripts."""
    md = _renderer()
    md.reset()
    return Markup(md.convert(text))
