"""Two small repairs to the HTML that Material for MkDocs writes around every page, and the
indentation taken out of the pages the plugin makes.

The repairs were found by the checks in tests/browser (axe-core, Lighthouse, the Nu HTML
checker). Each one is an exact string of Material's templates; if a Material update changes
it, nothing is replaced and those tests say so.
"""

from __future__ import annotations

import re

# Material's search box is role="dialog" with no name: screen readers announce "dialog" and
# nothing else (axe and Lighthouse: aria-dialog-name).
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
NAMED_SEARCH_DIALOG = SEARCH_DIALOG[:-1] + ' aria-label="Search">'

# The table of contents' title is a <label for="__toc">; the checkbox it belongs to is written
# only in the navigation entry of the current page, so pages that are not in the navigation
# (articles, people, topic parts, open data) point the label at nothing (Nu checker: "The value
# of the for attribute of the label element must be the ID of a non-hidden form control").
TOC_LABEL = '<label class="md-nav__title" for="__toc">'
TOC_CHECKBOX = 'id="__toc"'


def repair(output: str) -> str:
    output = output.replace(SEARCH_DIALOG, NAMED_SEARCH_DIALOG, 1)
    if TOC_LABEL in output and TOC_CHECKBOX not in output:
        output = output.replace(TOC_LABEL, '<label class="md-nav__title">', 1)
    return output


_INDENT = re.compile(r"\n[ \t]+")


def unindent(output: str) -> str:
    """The page without the spaces that start its lines (the templates' indentation: 2.2 MB
    of a 1,000-article site). A browser shows the newline before them as the same space,
    except in preformatted text: a page with a <pre>, or with an article's problems (shown
    pre-wrap), is left as it is."""
    if "<pre" in output or "ex-problems" in output:
        return output
    return _INDENT.sub("\n", output)
