"""The generated pages' most repeated pieces, written in Python rather than as Jinja macros.

An article page at 1,000 bench articles shows about a dozen statement cards and a few dozen
paragraphs with marked statements and linked terms, a person's page its statements with
every report of each: as macros, calling them cost more than everything else the templates
do (Jinja builds a new context for every call). These functions write the very markup the
macros wrote, byte for byte, and escape what they insert as autoescape does
(``markupsafe.escape``: see ``_escaped``); the templates call them as globals
(``render.pages._env``).
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from ..engine.model import Paragraph
from ..site.inline import Node
from ..site.pages import Card, SideGroup, format_date
from ..site.people_pages import Appearance, Entry, PersonPage


def _escaped(value: object) -> str:
    """What ``markupsafe.escape`` makes of a value, as text: ``&<>'"`` replaced in the same
    way (its own pure-Python replacement), without the ``Markup`` object made for every
    value (a quarter of a million at 1,000 articles; making them cost more than the
    escaping). A value with ``__html__`` is HTML already, as for ``escape``."""
    if type(value) is not str:
        html = getattr(value, "__html__", None)
        if html is not None:
            return html()
        value = str(value)
    return (value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


_ROLE_LABELS = {"claim": "Claim", "rebuttal": "Response"}
_REPORT_ROLES = {"claim": " — a claim, answered in the article", "rebuttal": " — a response"}


def card(c: Card, role: str) -> Markup:
    """A statement's card (data-role, data-speaker and data-statement are SPEC's stable
    hooks: keep them)."""
    s = c.statement
    speaker, sid = _escaped(s.speaker), _escaped(s.id)
    parts = [
        f'<figure class="ex-card" data-role="{_escaped(role)}" data-speaker="{speaker}" '
        f'data-statement="{sid}">\n  <figcaption class="ex-card-head">\n'
        f'    <span class="ex-role-label">{_ROLE_LABELS.get(role, "Statement")}</span>\n'
        f'    <span class="ex-speaker">{speaker}</span>']
    if s.role:
        parts.append(f'<span class="ex-speaker-role">{_escaped(s.role)}</span>')
    parts.append(f"</figcaption>\n  {card_text(c)}\n  <p class=\"ex-card-tags\">\n"
                 f'    <span class="ex-side">Side: {_escaped(c.side_label)}</span>\n'
                 f'    <span class="ex-kind">{_escaped(c.kind_label)}')
    if s.cue:
        parts.append(f" ({_escaped(s.cue)})")
    parts.append("</span>")
    if s.reviewed:
        parts.append('<span class="ex-reviewed">Checked by an editor</span>')
    parts.append(f'<a class="ex-card-link" href="#stmt-{sid}">In the article, paragraph '
                 f"{_escaped(s.paragraph)}</a>\n  </p>")
    for note in s.notes:
        sources = ";".join(f' <a href="{_escaped(src.url)}" rel="noopener noreferrer external">'
                           f"{_escaped(src.title)}</a>" for src in note.sources)
        parts.append(f'  <p class="ex-note"><strong>Editor\'s note:</strong> '
                     f"{_escaped(note.text)}{sources}</p>")
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
            f'<section class="ex-side-group" data-side="{_escaped(g.side)}" '
            f'aria-labelledby="side-{n}">\n  <h3 class="ex-side-heading" id="side-{n}">'
            f'{_escaped(g.label)} <span class="ex-count">({count} statement{"s" * (count != 1)})'
            f'</span></h3>\n  <div class="ex-col">{cards}</div>\n</section>')
    return Markup(f'<!--explainer:nosearch--><div class="ex-sides" data-search-exclude>'
                  f'{"".join(sections)}</div><!--/explainer:nosearch-->\n')


def card_text(c: Card) -> Markup:
    """A card's words; a long statement's rest folded in a native <details>
    (site.quote_display.fold), so a speech quoted whole does not fill a phone's screen many
    times over."""
    paraphrase = " ex-paraphrase" if c.statement.kind != "direct" else ""
    more = (f'<details class="ex-more"><summary>Show the rest ({_escaped(c.more_words)} more '
            f"words)</summary><p>{_escaped(c.more_text)}</p></details>" if c.more_text else "")
    return Markup(f'<blockquote class="ex-card-text{paraphrase}"><p>{_escaped(c.display_text)}'
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
    url = _escaped(glossary_url)
    parts = []
    for node in nodes:
        children = getattr(node, "children", None)
        if children is not None:
            anchor = f' id="stmt-{_escaped(node.statement_id)}"' if node.first else ""
            parts.append(f'<mark class="ex-stmt"{anchor}>{inline(children, glossary_url, terms)}'
                         "</mark>")
        elif hasattr(node, "term_id"):
            t = terms[node.term_id]
            tid, tip = _escaped(t.id), f"ex-tip-{_escaped(node.number)}"
            parts.append(f'<span class="ex-term"><a href="{url}#{tid}" data-term="{tid}" '
                         f'aria-describedby="{tip}">{_escaped(node.text)}</a><span '
                         f'class="ex-tip" role="tooltip" id="{tip}" data-search-exclude>'
                         f"<strong>{_escaped(t.name)}:</strong> {_escaped(t.short)}</span></span>")
        else:
            parts.append(_escaped(node.text))
    return Markup("".join(parts))


def source_line(a: Appearance, article_url: Callable[[str], str]) -> Markup:
    """Where a statement was reported (a person's or topic's page lists thousands): the
    article linked at the statement, its publisher and date."""
    article = a.article
    parts = [f'<span class="ex-source"><a href="{_escaped(article_url(article.slug))}#'
             f'{_escaped(a.anchor)}">{_escaped(article.title)}</a>']
    if article.publisher:
        parts.append(f', <span class="ex-publisher">{_escaped(article.publisher)}</span>')
    if article.published:
        parts.append(f', <time datetime="{_escaped(article.published.isoformat())}">'
                     f"{_escaped(format_date(article.published))}</time>")
    parts.append("</span>")
    return Markup("".join(parts))


def person_entry(e: Entry, article_url: Callable[[str], str]) -> Markup:
    """One statement on a person's page: its wording (``e.primary``), then every report of
    it, with a report's own words where they are not the ones shown."""
    a = e.primary
    reported = (f' <strong class="ex-reported">Reported by {_escaped(e.sources)} sources</strong>'
                if e.sources > 1 else "")
    shown = (a.card.kind_label, a.card.display_text)
    reports = []
    for r in e.appearances:
        role = _REPORT_ROLES.get(r.role, "")
        wording = ""
        if (r.card.kind_label, r.card.display_text) != shown:
            paraphrase = " ex-paraphrase" if r.statement.kind != "direct" else ""
            wording = (f': <span class="ex-kind">{_escaped(r.card.kind_label)}</span> <span '
                       f'class="ex-wording{paraphrase}">{_escaped(r.card.display_text)}</span>')
        reports.append(f"<li>{source_line(r, article_url)}{role}{wording}</li>")
    return Markup(f'<li class="ex-entry">\n    {card_text(a.card)}\n    <p class="ex-card-tags">'
                  f'<span class="ex-kind">{_escaped(a.card.kind_label)}</span>{reported}</p>\n'
                  f'    <ul class="ex-reports">{"".join(reports)}</ul>\n  </li>')


def listed_person(p: PersonPage, article_url: Callable[[str], str]) -> Markup:
    """A speaker without a page of their own, on a listing page: who they are, and a link
    to each of their statements."""
    parts = [f'<li id="{_escaped(p.slug)}"><span class="ex-speaker">{_escaped(p.name)}</span>']
    if p.roles:
        parts.append(f" ({'; '.join(_escaped(role) for role in p.roles)})")
    if p.side_labels:
        parts.append(f', <span class="ex-side">'
                     f"{'; '.join(_escaped(label) for label in p.side_labels)}</span>")
    parts.append(":")
    parts.append(";".join(
        ";".join(f' <a href="{_escaped(article_url(a.article.slug))}#{_escaped(a.anchor)}">'
                 f"{_escaped(a.article.title)}, paragraph {_escaped(a.statement.paragraph)}</a>"
                 for a in e.appearances if a.speaker == p.name)
        for e in p.entries))
    parts.append("</li>")
    return Markup("".join(parts))
