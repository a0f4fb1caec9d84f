"""Markdown for editor-written prose (glossary definitions, notes) that cannot carry code.

Definitions are Markdown so editors can emphasise and link, but the corpus is untrusted:
raw HTML and HTML entities are shown as text (``&amp;`` reads "&amp;", as everywhere else in
the corpus), only http(s) links survive (others become plain text), and images show as their
alt text (no remote loads). External links open safely with ``rel="noopener noreferrer"``.
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
    """Unlink every anchor whose target is not http(s); images become their alt text."""

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "img":
                    self._alt_text(parent, child)
                elif child.tag == "a":
                    self._guard(parent, list(parent).index(child), child)

    @staticmethod
    def _alt_text(parent: etree.Element, image: etree.Element) -> None:
        text = (image.get("alt") or "") + (image.tail or "")
        siblings = list(parent)
        position = siblings.index(image)
        if position:
            before = siblings[position - 1]
            before.tail = (before.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(image)

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


class _LiteralAmpersands(Treeprocessor):
    """Make every ``&`` in text literal. Python-Markdown's serialiser leaves anything that
    looks like an entity alone, so ``&lt;b&gt;`` would reach the reader as ``<b>``; with
    each ``&`` written as ``&amp;`` first, it reads as typed. Code already escapes its own."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag not in ("code", "pre") and element.text:
                element.text = element.text.replace("&", "&amp;")
            if element.tail:
                element.tail = element.tail.replace("&", "&amp;")
            if element.get("title"):
                element.set("title", element.get("title").replace("&", "&amp;"))


class _NoRawHtml(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - API name
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        md.treeprocessors.register(_LinkGuard(md), "explainer_link_guard", 0)
        md.treeprocessors.register(_LiteralAmpersands(md), "explainer_literal_amp", -1)


@lru_cache(maxsize=1)
def _renderer() -> markdown.Markdown:
    return markdown.Markdown(extensions=[_NoRawHtml()], output_format="html")


def render(text: str) -> Markup:
    """Render untrusted Markdown to HTML that contains no author-supplied markup or scripts."""
    md = _renderer()
    md.reset()
    html = md.convert(_defuse(text))
    for bracket, placeholder in _PLACEHOLDERS.items():
        html = html.replace(placeholder, bracket)
    return Markup(html)


# Python-Markdown looks for the end of a link from every "[" and "(" that could open one, to the
# end of the text: 20,000 unclosed "[" took a minute, 10,000 nested pairs 17 seconds. A bracket
# that nothing closes cannot open a link, nor in practice can one nested deeper than a few
# levels; those are set aside as private-use characters and put back after rendering: the same
# text, in linear time.
_PLACEHOLDERS = {"[": "\ue000", "(": "\ue001"}
_CLOSES = {"]": "[", ")": "("}
_MAX_DEPTH = 4


def _defuse(text: str) -> str:
    chars = list(text)
    open_at: dict[str, list[int]] = {"[": [], "(": []}
    index = 0
    while index < len(chars):
        char = chars[index]
        if char == "\\":  # an escaped bracket is text already
            index += 2
            continue
        if char in open_at and len(open_at[char]) >= _MAX_DEPTH:
            chars[index] = _PLACEHOLDERS[char]
        elif char in open_at:
            open_at[char].append(index)
        elif char in _CLOSES and open_at[_CLOSES[char]]:
            open_at[_CLOSES[char]].pop()
        index += 1
    for bracket, positions in open_at.items():
        for position in positions:
            chars[position] = _PLACEHOLDERS[bracket]
    return "".join(chars)
