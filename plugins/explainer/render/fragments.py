"""The generated pages' most repeated pieces, written in Python rather than as Jinja macros.

An article page at 1,000 bench articles shows about a dozen statement cards and a few dozen
paragraphs with marked statements and linked terms, a person's page its statements with
every report of each: as macros, calling them cost more than everything else the templates
do (Jinja builds a new context for every call). These functions write the very markup the
macros wrote, byte for byte, and escape what they insert as autoescape does
(``markupsafe.escape``); the templates call them as globals (``render.pages._env``).
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from ..engine.model import Paragraph
from ..site.inline import Node
from ..site.pages import Card, SideGroup, format_date
from ..site.people_pages import Appearance, Entry, PersonPage

_ROLE_LABELS = {"claim": "Claim", "rebuttal": "Response"}
_REPORT_ROLES = {"claim": " — a claim, answered in the article", "rebuttal": " — a response"}


def card(c: Card, role: str) -> Markup:
    """A statement's card (data-role, data-speaker and data-statement are SPEC's stable
    hooks: keep them)."""
    s = c.statement
    speaker, sid = escape(s.speaker), escape(s.id)
    parts = [
        f'<figure class="ex-card" data-role="{escape(role)}" data-speaker="{speaker}" '
        f'data-statement="{sid}">\n  <figcaption class="ex-card-head">\n'
        f'    <span class="ex-role-label">{_ROLE_LABELS.get(role, "Statement")}</span>\n'
        f'    <span class="ex-speaker">{speaker}</span>']
    if s.role:
        parts.append(f'<span class="ex-speaker-role">{escape(s.role)}</span>')
    parts.append(f"</figcaption>\n  {card_text(c)}\n  <p class=\"ex-card-tags\">\n"
                 f'    <span class="ex-side">Side: {escape(c.side_label)}</span>\n'
                 f'    <span class="ex-kind">{escape(c.kind_label)}')
    if s.cue:
        parts.append(f" ({escape(s.cue)})")
    parts.append("</span>")
    if s.reviewed:
        parts.append('<span class="ex-reviewed">Checked by an editor</span>')
    parts.append(f'<a class="ex-card-link" href="#stmt-{sid}">In the article, paragraph '
                 f"{escape(s.paragraph)}</a>\n  </p>")
    for note in s.notes:
        sources = ";".join(f' <a href="{escape(src.url)}" rel="noopener noreferrer external">'
                           f"{escape(src.title)}</a>" for src in note.sources)
        parts.append(f'  <p class="ex-note"><strong>Editor\'s note:</strong> '
                     f"{escape(note.text)}{sources}</p>")
    parts.append("</figure>")
    return Markup("".join(parts))


def side_sections(groups: list[SideGroup]) -> Markup:
    """Statements in no answered exchange, one section per side, each card once: what the
    page shows instead of claims nobody is shown to answer. Marked for ``search_view`` to
    cut out (see ``render.pages``)."""
    sections = []
    for n, g in enumerate(groups, 1):
        count = len(g.cards)
        cards = "".join(card(c, "statement") for c in g.cards)
        sections.append(
            f'<section class="ex-side-group" data-side="{escape(g.side)}" '
            f'aria-labelledby="side-{n}">\n  <h3 class="ex-side-heading" id="side-{n}">'
            f'{escape(g.label)} <span class="ex-count">({count} statement{"s" * (count != 1)})'
            f'</span></h3>\n  <div class="ex-col">{cards}</div>\n</section>')
    return Markup(f'<!--explainer:nosearch--><div class="ex-sides" data-search-exclude>'
                  f'{"".join(sections)}</div><!--/explainer:nosearch-->\n')


def card_text(c: Card) -> Markup:
    """A card's words; a long statement's rest folded in a native <details>
    (site.quote_display.fold), so a speech quoted whole does not fill a phone's screen many
    times over."""
    paraphrase = " ex-paraphrase" if c.statement.kind != "direct" else ""
    more = (f'<details class="ex-more"><summary>Show the rest ({escape(c.more_words)} more '
            f"words)</summary><p>{escape(c.more_text)}</p></details>" if c.more_text else "")
    return Markup(f'<blockquote class="ex-card-text{paraphrase}"><p>{escape(c.display_text)}'
                  f"</p>{more}</blockquote>")


def article_text(paragraphs: list[tuple[Paragraph, list[Node]]], glossary_url: str,
                 terms: dict) -> Markup:
    """The article's paragraphs, each with its anchor (``p-<number>``)."""
    return Markup("".join(
        f'<p id="p-{paragraph.number}" data-paragraph="{paragraph.number}">'
        f"{inline(nodes, glossary_url, terms)}</p>" for paragraph, nodes in paragraphs))


def inline(nodes: list[Node], glossary_url: str, terms: dict) -> Markup:
    """A paragraph's text: marked statements (the first part of each carries its anchor)
    and linked glossary terms, each with its tooltip."""
    url = escape(glossary_url)
    parts = []
    for node in nodes:
        children = getattr(node, "children", None)
        if children is not None:
            anchor = f' id="stmt-{escape(node.statement_id)}"' if node.first else ""
            parts.append(f'<mark class="ex-stmt"{anchor}>{inline(children, glossary_url, terms)}'
                         "</mark>")
        elif hasattr(node, "term_id"):
            t = terms[node.term_id]
            tid, tip = escape(t.id), f"ex-tip-{escape(node.number)}"
            parts.append(f'<span class="ex-term"><a href="{url}#{tid}" data-term="{tid}" '
                         f'aria-describedby="{tip}">{escape(node.text)}</a><span '
                         f'class="ex-tip" role="tooltip" id="{tip}" data-search-exclude>'
                         f"<strong>{escape(t.name)}:</strong> {escape(t.short)}</span></span>")
        else:
            parts.append(str(escape(node.text)))
    return Markup("".join(parts))


def source_line(a: Appearance, article_url: Callable[[str], str]) -> Markup:
    """Where a statement was reported (a person's or topic's page lists thousands): the
    article linked at the statement, its publisher and date."""
    article = a.article
    parts = [f'<span class="ex-source"><a href="{escape(article_url(article.slug))}#'
             f'{escape(a.anchor)}">{escape(article.title)}</a>']
    if article.publisher:
        parts.append(f', <span class="ex-publisher">{escape(article.publisher)}</span>')
    if article.published:
        parts.append(f', <time datetime="{escape(article.published.isoformat())}">'
                     f"{escape(format_date(article.published))}</time>")
    parts.append("</span>")
    return Markup("".join(parts))


def person_entry(e: Entry, article_url: Callable[[str], str]) -> Markup:
    """One statement on a person's page: its wording (``e.primary``), then every report of
    it, with a report's own words where they are not the ones shown."""
    a = e.primary
    reported = (f' <strong class="ex-reported">Reported by {escape(e.sources)} sources</strong>'
                if e.sources > 1 else "")
    shown = (a.card.kind_label, a.card.display_text)
    reports = []
    for r in e.appearances:
        role = _REPORT_ROLES.get(r.role, "")
        wording = ""
        if (r.card.kind_label, r.card.display_text) != shown:
            paraphrase = " ex-paraphrase" if r.statement.kind != "direct" else ""
            wording = (f': <span class="ex-kind">{escape(r.card.kind_label)}</span> <span '
                       f'class="ex-wording{paraphrase}">{escape(r.card.display_text)}</span>')
        reports.append(f"<li>{source_line(r, article_url)}{role}{wording}</li>")
    return Markup(f'<li class="ex-entry">\n    {card_text(a.card)}\n    <p class="ex-card-tags">'
                  f'<span class="ex-kind">{escape(a.card.kind_label)}</span>{reported}</p>\n'
                  f'    <ul class="ex-reports">{"".join(reports)}</ul>\n  </li>')


def listed_person(p: PersonPage, article_url: Callable[[str], str]) -> Markup:
    """A speaker without a page of their own, on a listing page: who they are, and a link
    to each of their statements."""
    parts = [f'<li id="{escape(p.slug)}"><span class="ex-speaker">{escape(p.name)}</span>']
    if p.roles:
        parts.append(f" ({'; '.join(escape(role) for role in p.roles)})")
    if p.side_labels:
        parts.append(f', <span class="ex-side">'
                     f"{'; '.join(escape(label) for label in p.side_labels)}</span>")
    parts.append(":")
    parts.append(";".join(
        ";".join(f' <a href="{escape(article_url(a.article.slug))}#{escape(a.anchor)}">'
                 f"{escape(a.article.title)}, paragraph {escape(a.statement.paragraph)}</a>"
                 for a in e.appearances if a.speaker == p.name)
        for e in p.entries))
    parts.append("</li>")
    return Markup("".join(parts))
