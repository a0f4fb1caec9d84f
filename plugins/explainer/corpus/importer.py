"""``explainer new``: a corpus article from a saved web page or a plain-text copy.

Pasted articles arrive wrapped in a site's furniture: archive notices, bylines, "Read more"
links. The byline, date and dateline belong in the front matter; the furniture belongs
nowhere. What is dropped is reported, so an editor can check nothing real was lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import yaml

_BOILERPLATE = re.compile(
    r"^(advertisement|read (more|the press release here|next)\b.*|share (this|on)\b.*|"
    r"(sign up|subscribe)\b.*|click here\b.*|related:?.*|follow us\b.*|"
    r".*\bbrought to you by\b.*|.*\ball rights reserved\b.*|©.*|copyright\b.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^by\s+(?P<author>[^|•·]+?)\s*(?:[|•·]\s*(?P<date>.+))?$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'/-]{1,40}?)\s*(?:\((?P<agency>[A-Za-z .]+)\)\s*)?[—–-]{1,2}\s+")
_AGENCY_ONLY = re.compile(r"^\((?P<agency>[A-Za-z .]+)\)\s*[—–-]{1,2}\s+")
_DATE_FORMATS = ("%B %d, %Y %I:%M%p", "%B %d, %Y %I:%M %p", "%B %d, %Y", "%b %d, %Y",
                 "%b. %d, %Y", "%d %B %Y", "%Y-%m-%d")


@dataclass
class Draft:
    """The article as imported: front-matter fields, body paragraphs, and what was dropped."""

    fields: dict = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        header = yaml.safe_dump(self.fields, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{header}---\n" + "\n\n".join(self.paragraphs) + "\n"


def from_text(text: str) -> Draft:
    """Title from the first line, then byline and dateline, then paragraphs of body."""
    draft = Draft()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines:
        if _BOILERPLATE.match(line):
            draft.dropped.append(line)
        elif "title" not in draft.fields:
            draft.fields["title"] = line
        elif "author" not in draft.fields and _byline(line, draft):
            draft.dropped.append(line)
        else:
            draft.paragraphs.append(line)
    _take_dateline(draft)
    return draft


def from_html(html: str) -> Draft:
    """Metadata from <meta>/<title>, body from the <p> elements of <article> (or the page)."""
    page = _Page()
    page.feed(html)
    page.close()
    draft = from_text("\n".join([page.title, *page.paragraphs()]))
    draft.fields.update({k: v for k, v in page.fields().items() if v})
    return draft


def _byline(line: str, draft: Draft) -> bool:
    match = _BYLINE.match(line)
    if not match:
        return False
    draft.fields["author"] = match["author"].strip()
    published = parse_date(match["date"] or "")
    if published:
        draft.fields["published"] = published
    return True


def parse_date(text: str) -> str | None:
    """An ISO date or date-time from the common ways sites print them."""
    cleaned = re.sub(r"\s+", " ", text.strip().replace("a.m.", "am").replace("p.m.", "pm"))
    for form in _DATE_FORMATS:
        try:
            value = dt.datetime.strptime(cleaned, form)
        except ValueError:
            continue
        return value.isoformat() if "%H" in form or "%I" in form else value.date().isoformat()
    try:
        return dt.datetime.fromisoformat(cleaned).isoformat()
    except ValueError:
        return None


def _take_dateline(draft: Draft) -> None:
    """Move "CHICAGO — " or "(Reuters) - " from the first paragraph into the front matter."""
    if not draft.paragraphs:
        return
    first = draft.paragraphs[0]
    match = _DATELINE.match(first) or _AGENCY_ONLY.match(first)
    if not match:
        return
    place = match.groupdict().get("place")
    if place:
        draft.fields["dateline"] = place.strip()
    if match["agency"]:
        draft.fields.setdefault("publisher", match["agency"].strip())
    draft.paragraphs[0] = first[match.end():]


class _Page(HTMLParser):
    """Collects <title>, metadata and the text of <p> elements, outside page furniture."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript"}
    META = {"author": "author", "article:published_time": "published",
            "og:site_name": "publisher", "og:url": "url", "og:title": "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self.in_article: list[str] = []
        self.anywhere: list[str] = []
        self._stack: list[str] = []
        self._text: list[str] | None = None
        self._article_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            if key in self.META and attrs.get("content"):
                self.meta.setdefault(self.META[key], attrs["content"].strip())
            return
        if tag == "link" and attrs.get("rel") == "canonical" and attrs.get("href"):
            self.meta.setdefault("url", attrs["href"])
        self._stack.append(tag)
        if tag == "article":
            self._article_depth += 1
        if tag in ("p", "title", "h1") and not self.SKIP.intersection(self._stack):
            self._text = []

    def handle_endtag(self, tag):
        if tag not in self._stack:
            return
        while self._stack and self._stack.pop() != tag:
            pass
        if tag == "article":
            self._article_depth -= 1
        if self._text is not None and tag in ("p", "title", "h1"):
            text = " ".join("".join(self._text).split())
            self._text = None
            if tag in ("title", "h1"):
                self.title = self.title if (self.title and tag == "title") else text
            elif text:
                (self.in_article if self._article_depth else self.anywhere).append(text)

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def paragraphs(self) -> list[str]:
        return self.in_article or self.anywhere

    def fields(self) -> dict:
        fields = dict(self.meta)
        if "published" in fields:
            fields["published"] = parse_date(fields["published"]) or fields["published"]
        if not fields.get("url", "").startswith(("http://", "https://")):
            fields.pop("url", None)
        fields.pop("title", None)  # the page's own <h1>/<title> wins over og:title
        return fields
