"""Glossary links in hand-written Markdown pages, as a Python-Markdown tree processor.

Article pages link terms from the page model; this does the same for ``docs/`` pages, on
the element tree rather than on HTML text, so it can skip what must not be linked: code,
preformatted text, headings, existing links (including glossary links) and abbreviations.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..corpus.glossary import Glossary, TermMatch

SKIP = frozenset({"a", "code", "pre", "kbd", "samp", "abbr", "script", "style", "h1", "h2",
                  "h3", "h4", "h5", "h6"})


class TermLinker(Treeprocessor):
    """Links the first use of each term on a page (or every use, if configured)."""

    def __init__(self, md: Markdown, extension: TermLinkExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        glossary = self.extension.glossary
        if glossary is None or not self.extension.glossary_url:
            return
        self.linked: set[str] = set()
        self.count = 0
        self._walk(root, glossary)

    def _walk(self, element: etree.Element, glossary: Glossary) -> None:
        if element.tag in SKIP or "ex-term" in (element.get("class") or ""):
            return
        self._link_text(element, None, glossary)
        for child in list(element):
            self._walk(child, glossary)
            self._link_text(element, child, glossary)

    def _link_text(self, parent: etree.Element, child: etree.Element | None,
                   glossary: Glossary) -> None:
        """Link terms in ``parent.text`` (child None) or in ``child.tail``."""
        text = parent.text if child is None else child.tail
        if not text:
            return
        matches = [m for m in glossary.find(text) if self._wanted(m)]
        if not matches:
            return
        pieces = self._pieces(text, matches, glossary)
        position = 0 if child is None else list(parent).index(child) + 1
        if child is None:
            parent.text = pieces[0]
        else:
            child.tail = pieces[0]
        for offset, element in enumerate(pieces[1:]):
            parent.insert(position + offset, element)

    def _wanted(self, match: TermMatch) -> bool:
        if self.extension.link_all_uses:
            return True
        if match.term_id in self.linked:
            return False
        self.linked.add(match.term_id)
        return True

    def _pieces(self, text: str, matches: list[TermMatch], glossary: Glossary) -> list:
        """Leading text, then one element per match whose tail is the text up to the next."""
        pieces: list = [text[: matches[0].start]]
        for index, match in enumerate(matches):
            end = matches[index + 1].start if index + 1 < len(matches) else len(text)
            element = self._term_element(text[match.start : match.end], match.term_id, glossary)
            element.tail = text[match.end : end]
            pieces.append(element)
        return pieces

    def _term_element(self, words: str, term_id: str, glossary: Glossary) -> etree.Element:
        term = glossary.get(term_id)
        self.count += 1
        tip_id = f"ex-doc-tip-{self.count}"
        wrap = etree.Element("span", {"class": "ex-term"})
        link = etree.SubElement(wrap, "a", {
            "href": f"{self.extension.glossary_url}#{term.id}",
            "data-term": term.id,
            "aria-describedby": tip_id,
        })
        link.text = words
        tip = etree.SubElement(wrap, "span", {"class": "ex-tip", "role": "tooltip",
                                              "id": tip_id, "data-search-exclude": ""})
        name = etree.SubElement(tip, "strong")
        name.text = f"{term.name}:"
        name.tail = f" {term.short}"
        return wrap


class TermLinkExtension(Extension):
    """Holds what the plugin learns per build (glossary) and per page (the glossary URL)."""

    def __init__(self, link_all_uses: bool = False) -> None:
        super().__init__()
        self.glossary: Glossary | None = None
        self.glossary_url = ""
        self.link_all_uses = link_all_uses

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown API name
        # After inline patterns (priority 20) so links and code already exist as elements.
        md.treeprocessors.register(TermLinker(md, self), "explainer_terms", 5)
