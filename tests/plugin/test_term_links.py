"""Glossary links in hand-written Markdown: first use, never in code, headings or links."""

from __future__ import annotations

import markdown

from explainer.corpus.glossary import Glossary, Term
from explainer.plugin.term_links import TermLinkExtension

from htmlquery import parse

GLOSSARY = Glossary([
    Term("detainer", "Detainer", ("immigration detainer",), "A request to hold someone."),
    Term("sanctuary-policy", "Sanctuary policy", ("sanctuary city",), "Limits on cooperation."),
])


def render(text: str, link_all: bool = False) -> str:
    extension = TermLinkExtension(link_all)
    extension.glossary, extension.glossary_url = GLOSSARY, "../glossary/"
    return markdown.markdown(text, extensions=["toc", extension])


def linked(html: str) -> list[tuple[str, str]]:
    return [(a.attrs["data-term"], a.text) for a in parse(html).find_all("a", data_term=True)]


def reading_text(element) -> str:
    """The text a reader sees in order, without the (hidden) tooltips."""
    if isinstance(element, str):
        return element
    if element.attrs.get("role") == "tooltip":
        return ""
    return "".join(reading_text(child) for child in element.children)


def test_first_use_is_linked_with_a_tooltip():
    html = render("An *Immigration detainers* note. Another detainer here.")
    assert linked(html) == [("detainer", "Immigration detainers")]
    doc = parse(html)
    link = doc.find("a", data_term="detainer")
    assert link.attrs["href"] == "../glossary/#detainer"
    tip = doc.find(id=link.attrs["aria-describedby"])
    assert tip.attrs["role"] == "tooltip" and "hold someone" in tip.text
    assert reading_text(doc) == "An Immigration detainers note. Another detainer here."


def test_code_headings_and_links_are_skipped():
    text = ("# Detainer\n\n`detainer` and [a detainer](https://x.org) and\n\n"
            "    detainer in code\n\nplain sanctuary cities and a detainer.")
    assert linked(render(text)) == [("sanctuary-policy", "sanctuary cities"),
                                    ("detainer", "detainer")]


def test_every_use_when_configured_and_text_is_kept_in_order():
    html = render("detainer, sanctuary city, detainer.", link_all=True)
    assert [t for t, _ in linked(html)] == ["detainer", "sanctuary-policy", "detainer"]
    assert reading_text(parse(html)) == "detainer, sanctuary city, detainer."


def test_nothing_happens_without_a_glossary_url():
    extension = TermLinkExtension()
    extension.glossary = GLOSSARY
    assert "data-term" not in markdown.markdown("a detainer", extensions=[extension])
