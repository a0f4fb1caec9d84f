"""An Atom feed (RFC 4287) of the newest articles, built with ``xml.etree`` (so escaped).

Entry ids are ``urn:uuid`` values derived from the article slug: they do not change when the
site moves or ``site_url`` is set later. Links are absolute when ``site_url`` is set, else
relative to the feed (which sits at the site root).
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable

from .pages import ArticleView, sort_key

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def entry_id(slug: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'explainer:article:{slug}')}"


def atom_feed(
    views: Iterable[ArticleView],
    title: str,
    article_url: Callable[[str], str],
    self_url: str = "feed.xml",
    site_url: str = "",
    limit: int = LIMIT,
) -> str:
    """The ``limit`` newest loaded articles. Undated articles come last and carry the date
    of the newest article (or 1970) as ``updated``, which Atom requires: the build never
    reads the clock, so the same corpus always gives the same feed."""
    loaded = sorted((v for v in views if v.article is not None), key=sort_key)[:limit]
    dates = [_timestamp(v.article.published) for v in loaded if v.article.published]
    newest = max(dates, default=_EPOCH)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", title)
    _text(feed, "subtitle", "Who claimed what, and who answered it: the newest articles.")
    feed_id = uuid.uuid5(uuid.NAMESPACE_URL, f"explainer:{title}")
    _text(feed, "id", site_url or f"urn:uuid:{feed_id}")
    _text(feed, "updated", _stamp(newest))
    _link(feed, self_url, "self", "application/atom+xml")
    if site_url:
        _link(feed, site_url, "alternate", "text/html")
    _text(feed, "generator", "explainer")
    for view in loaded:
        feed.append(_entry(view, article_url, newest))
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _entry(view: ArticleView, article_url: Callable[[str], str], newest: dt.datetime):
    article = view.article
    entry = ET.Element(f"{{{ATOM}}}entry")
    _text(entry, "title", article.title)
    _text(entry, "id", entry_id(article.slug))
    _link(entry, article_url(article.slug), "alternate", "text/html")
    if article.url and article.url.lower().startswith(("http://", "https://")):
        _link(entry, article.url, "related", "text/html")
    if article.published:
        stamp = _stamp(_timestamp(article.published))
        _text(entry, "published", stamp)
        _text(entry, "updated", stamp)
    else:
        _text(entry, "updated", _stamp(newest))
    names = [n for n in (article.author, article.publisher) if n]
    author = ET.SubElement(entry, f"{{{ATOM}}}author")
    _text(author, "name", " / ".join(names) or "Unknown")
    for topic in dict.fromkeys(row.topic for row in view.answered if row.topic):
        ET.SubElement(entry, f"{{{ATOM}}}category", term=topic)
    _text(entry, "summary", summary(view))
    return entry


def summary(view: ArticleView) -> str:
    """A one-line description of what the article page shows (also used for sharing)."""
    article = view.article
    source = ", ".join(p for p in (article.publisher, _day(article.published)) if p)
    said, claims, answers = view.statement_count, len(view.answered), view.rebuttal_count
    speakers = ", ".join(view.speakers[:4]) + (" and others" if len(view.speakers) > 4 else "")
    text = f"{said} statement{'s' if said != 1 else ''}" + (f" by {speakers}" if speakers else "")
    if claims:
        text += (f"; {claims} claim{'s' if claims != 1 else ''} answered by {answers} "
                 f"response{'s' if answers != 1 else ''}")
    return f"{text}{f' ({source})' if source else ''}."


def _day(published) -> str:
    if published is None:
        return ""
    return f"{published:%B} {published.day}, {published.year}"


def _timestamp(value: dt.date | dt.datetime) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(), dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _stamp(value: dt.datetime) -> str:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def _text(parent, tag: str, text: str):
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = _xml_safe(text)
    return element


def _link(parent, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", href=_xml_safe(href), rel=rel, type=kind)


def _xml_safe(text: str) -> str:
    """etree escapes markup but writes control characters XML 1.0 forbids; drop those."""
    return "".join(c for c in text if c in "\t\n\r" or (
        c >= " " and c not in "\ufffe\uffff" and not "\ud800" <= c <= "\udfff"))
