"""The search view leaves out the statement marks and the paragraphs' anchors: Material's
search must make the same entries from it as from the article text with them."""

from __future__ import annotations

import itertools

import pytest

from explainer.render.pages import NOSEARCH_END, NOSEARCH_START, search_view

Parser = pytest.importorskip("material.plugins.search.plugin").Parser


def sections(html: str) -> list[tuple]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id, s.el.tag, "".join(s.title).strip(), "".join(s.text).strip(),
             s.is_excluded()) for s in parser.data]


def page(*paragraphs: str, cards: bool = True) -> str:
    """An article page's content, with a block of cards marked for the search view to cut
    (``cards``), or without it: what Material's search read before marks were left out."""
    text = "".join(f'<p id="p-{n}" data-paragraph="{n}">{p}</p>'
                   for n, p in enumerate(paragraphs, 1))
    block = (f'{NOSEARCH_START}<div data-search-exclude><h3 id="x">card</h3></div>'
             f"{NOSEARCH_END}" if cards else "")
    return (f'<div class="ex-article" data-article="a">\n<h1>Title</h1>\n{block}\n'
            f'<h2 id="article-text">Article text</h2>\n<div class="ex-text">{text}</div>\n</div>')


def mark(text: str, anchor: str = "") -> str:
    anchor = f' id="stmt-{anchor}"' if anchor else ""
    return f'<mark class="ex-stmt"{anchor}>{text}</mark>'


# text, marks, whitespace alone (which the parser collapses), a character reference and a
# term with its tooltip, three at a time in every order
PIECES = ["He said ", mark("“it works,”", "s1"), " ", "  ", "\n", mark("we agree", "s2"),
          " and more.", mark(" spaced ", ""), "&amp; co",
          '<span class="ex-term"><a href="#t">term</a><span class="ex-tip" '
          "data-search-exclude><strong>T:</strong> t</span></span>"]


@pytest.mark.parametrize("combination", list(itertools.product(PIECES, repeat=3)))
def test_search_view_makes_the_same_entries(combination):
    text = "".join(combination)
    view = search_view(page(text, "Plain text."))
    assert sections(view) == sections(page(text, "Plain text.", cards=False))


def test_search_view_has_no_marks_or_anchors_where_text_is_not_only_whitespace():
    view = search_view(page(f"A {mark('b', 's1')} c.", "D."))
    assert "<mark" not in view and 'id="p-' not in view
    assert "A b c." in view
