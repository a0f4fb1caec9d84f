"""Reading corpus articles: front matter, body, and everything an editor can get wrong.

Article files are untrusted input pasted from the web. Loading never raises for bad content:
each mistake becomes a `Problem` with file, line and what to do, and a file that cannot be
read at all still yields an `ArticleSource` (with no `article`) so that the site can show the
error on that article's page instead of dropping it.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..engine.paragraphs import split_paragraphs
from .problems import Problem

ARTICLE_SUFFIXES = (".md", ".txt")
# Far beyond any news article (a long feature is ~100,000 characters in ~200 paragraphs). A
# bigger file is a whole web page or several articles pasted in; it is reported, not analysed,
# so that one paste cannot stall every build and preview.
MAX_BODY_CHARS = 300_000
MAX_PARAGRAPHS = 2_000
MAX_SLUG = 80
MAX_FRONT_MATTER_CHARS = 20_000  # a dozen short lines in practice; YAML is slow on megabytes
_FIELDS = {
    "title": str,
    "publisher": str,
    "author": str,
    "published": (dt.date, str),
    "url": str,
    "dateline": str,
    "terms": list,
}
_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_RESERVED = {"con", "prn", "aux", "nul", "index", *(f"com{n}" for n in range(10)),
             *(f"lpt{n}" for n in range(10))}  # Windows devices; "index" is the list page
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
# Control characters have no place in published text and some would break HTML or a terminal;
# each becomes U+FFFD (one character for one, so offsets are unchanged). Tab, newline and
# form feed stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother = 2, 60, 60


@dataclass(frozen=True)
class Article:
    """A loaded article. ``body`` is the text that statement offsets index."""

    slug: str
    path: str
    title: str
    body: str
    body_line: int = 1
    publisher: str | None = None
    author: str | None = None
    published: dt.date | dt.datetime | None = None
    url: str | None = None
    dateline: str | None = None
    terms: tuple[str, ...] = ()
    terms_line: int = 1


@dataclass
class ArticleSource:
    """One corpus file: its slug, the article if it loaded, and the problems found."""

    slug: str
    path: str
    article: Article | None
    problems: list[Problem] = field(default_factory=list)


def slugify(stem: str) -> str:
    """A URL- and filesystem-safe slug: ASCII letters, digits and hyphens only.

    Look-alike characters fold to ASCII (NFKD) or drop out, so no slug can contain a path
    separator, ``..`` or a reserved device name on its own; it is at most ``MAX_SLUG`` long.
    """
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")
    slug = slug[:MAX_SLUG].rstrip("-") or "article"  # a folder name must fit the file system
    return f"{slug}-article" if slug in _RESERVED else slug


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """A distinct page slug per name; names that fold to the same slug get -2, -3 in name
    order, so the result does not depend on the order the names were met in."""
    slugs: dict[str, str] = {}
    taken = {"index"}
    for name in sorted(set(names)):
        base = slugify(name)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        slugs[name] = slug
        taken.add(slug)
    return slugs


def decode_text(raw: bytes, path: str) -> tuple[str, list[Problem]]:
    """Decode UTF-8 the way ``Path.read_text()`` would, so offsets agree with other tools.

    Newlines are normalised to ``\\n`` (universal newlines), a leading BOM is dropped, and NUL
    and other control characters become U+FFFD so no invalid character reaches the HTML.
    Bytes that are not UTF-8 are replaced, and reported with their line so the editor can fix
    the file.
    """
    problems = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.append(
            Problem(path, line, 1, "the file is not valid UTF-8 (byte "
                    f"0x{raw[err.start]:02x}); save it as UTF-8")
        )
        text = raw.decode("utf-8", errors="replace")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("\ufffd", text), problems


def load_article(path: Path, display_path: str | None = None,
                 raw: bytes | None = None) -> ArticleSource:
    """Load one ``.md`` (front matter + body) or ``.txt`` (first line = title) file;
    ``raw``: its bytes, when the caller has read them already."""
    shown = display_path or str(path)
    slug = slugify(path.stem)
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as err:
            return ArticleSource(slug, shown, None,
                                 [Problem(shown, 1, 1, f"cannot read: {err}")])
    text, problems = decode_text(raw, shown)
    if path.suffix == ".txt":
        article = _from_txt(text, slug, shown)
    else:
        article = _from_markdown(text, slug, shown, problems)
    if article is not None and not article.body.strip():
        problems.append(Problem(shown, article.body_line, 1, "the article has no body text"))
    elif article is not None:
        problems.extend(_size_problems(article))
    return ArticleSource(slug, shown, article, problems)


def too_long(article: Article) -> bool:
    """Whether the article is beyond the limits that analysis is meant for (see below)."""
    return oversized(article.body)


def oversized(body: str) -> bool:
    """Whether a text is longer than ``MAX_BODY_CHARS`` or ``MAX_PARAGRAPHS``. A paragraph
    holds at least one line, so a text of fewer lines is not split to count them (the build
    asks this of every article before it is analysed, 0.1 s at 5,000 articles)."""
    return len(body) > MAX_BODY_CHARS or (
        body.count("\n") >= MAX_PARAGRAPHS and len(split_paragraphs(body)) > MAX_PARAGRAPHS)


def _size_problems(article: Article) -> list[Problem]:
    if not oversized(article.body):
        return []
    chars, paragraphs = len(article.body), len(split_paragraphs(article.body))
    return [Problem(article.path, article.body_line, 1, (
        f"the article is too long to be one article ({chars:,} characters in {paragraphs:,} "
        f"paragraphs; the limits are {MAX_BODY_CHARS:,} and {MAX_PARAGRAPHS:,}): is it a whole "
        "web page or several articles pasted in? Keep only the article's text; split it into "
        "one file per article. It is not analysed until then"))]


def _from_txt(text: str, slug: str, shown: str) -> Article:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return Article(slug=slug, path=shown, title=first or slug, body=text)


def _from_markdown(text: str, slug: str, shown: str, problems: list[Problem]) -> Article | None:
    opening = _FENCE.match(text)  # trailing spaces allowed, as on the closing line
    if opening is None:
        problems.append(Problem(shown, 1, 1, "missing front matter: start the file with a "
                                "'---' line, then 'title: ...', then a closing '---' line"))
        return None
    closing = _FENCE.search(text, opening.end() + 1)
    if closing is None:
        problems.append(Problem(shown, 1, 1, "the front matter never closes: add a '---' line "
                                "after the last metadata line"))
        return None
    header = text[opening.end() + 1 : closing.start()]
    if len(header) > MAX_FRONT_MATTER_CHARS:
        problems.append(Problem(shown, 1, 1, (
            f"the front matter is {len(header):,} characters long (at most "
            f"{MAX_FRONT_MATTER_CHARS:,}): it should be a few 'key: value' lines; is the "
            "article text above the closing '---' line?")))
        return None
    body_offset = min(closing.end() + 1, len(text))
    body_line = text.count("\n", 0, body_offset) + 1
    meta = _parse_front_matter(header, shown, problems)
    if meta is None:
        return None
    fields = _check_fields(meta, shown, problems)
    if "title" not in fields:
        return None
    return Article(slug=slug, path=shown, body=text[body_offset:], body_line=body_line, **fields)


_POINT_AT_CONTEXT = ("<stream end>", "end of stream", "could not find expected ':'")


def _parse_front_matter(header: str, shown: str, problems: list[Problem]) -> dict | None:
    try:
        meta = yaml.load(header, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        problems.append(Problem(shown, 2, 1, "the front matter nests lists or mappings too "
                                "deeply; write plain 'key: value' lines"))
        return None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        if any(what in str(getattr(err, "problem", "")) for what in _POINT_AT_CONTEXT):
            mark = getattr(err, "context_mark", None) or mark  # where the broken thing began
        line, column = _position(header, mark.index) if mark else (2, 1)
        reason = getattr(err, "problem", None) or str(err)
        problems.append(Problem(shown, line, column, f"invalid YAML in front matter: {reason}"))
        return None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        problems.append(Problem(shown, 2, 1, "front matter must be 'key: value' lines"))
        return None
    return meta


def _check_fields(meta: dict, shown: str, problems: list[Problem]) -> dict:
    """Keep the well-typed known fields; report the rest with the line they are on."""
    fields: dict = {}
    for key, line in getattr(meta, "repeated", []):
        problems.append(Problem(shown, line, 1, f"'{key}' appears twice in the front matter; "
                                "keep one (only the last would count)"))
    for key, value in meta.items():
        line = _key_line(meta, key)
        expected = _FIELDS.get(key)
        if expected is None:
            known = ", ".join(_FIELDS)
            name = str(key) if len(str(key)) <= 60 else str(key)[:59] + "…"
            problems.append(Problem(shown, line, 1, f"unknown field '{name}' (known: {known})"))
        elif not isinstance(value, expected) or isinstance(value, bool):
            problems.append(Problem(shown, line, 1, _type_message(key, value)))
        else:
            checked = _check_value(key, value, shown, line, problems)
            if checked is not None:
                fields[key] = checked
                if key == "terms":
                    fields["terms_line"] = line
    if "title" not in meta:
        problems.append(Problem(shown, 2, 1, "missing 'title' in front matter"))
    elif isinstance(meta["title"], str) and not meta["title"].strip():
        problems.append(Problem(shown, _key_line(meta, "title"), 1, "'title' is empty"))
    if not fields.get("title"):
        fields.pop("title", None)
    return fields


def _check_value(key: str, value, shown: str, line: int, problems: list[Problem]):
    if key == "published":
        return _published(value, shown, line, problems)
    if key == "url":
        if _URL.match(value.strip()):
            return value.strip()
        problems.append(Problem(shown, line, 1, "'url' must be an http:// or https:// address"))
        return None
    if key == "terms":
        if all(isinstance(term, str) for term in value):
            return tuple(value)
        problems.append(Problem(shown, line, 1, "'terms' must be a list of glossary term ids"))
        return None
    return value.strip() or None


def _published(value, shown: str, line: int, problems: list[Problem]):
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        problems.append(Problem(shown, line, 1, f"'published' is not a date: {value!r} "
                                "(write 2017-08-16 or 2017-08-16T14:58:00-05:00)"))
        return None


def _type_message(key: str, value) -> str:
    wanted = {"published": "a date such as 2017-08-16", "terms": "a list such as [detainer]"}
    hint = ""
    if key not in wanted and isinstance(value, int | float | bool | dt.date):
        hint = f" (put it in quotes: {key}: \"{value}\")"
    return (f"'{key}' should be {wanted.get(key, 'text')}, "
            f"not {type(value).__name__} {_SHORT.repr(value)}{hint}")


def _key_line(meta: dict, key: str) -> int:
    return getattr(meta, "lines", {}).get(key, 2)


def _position(header: str, index: int) -> tuple[int, int]:
    """File line and column of a character of the front matter (which starts on line 2).

    Counted here rather than taken from YAML, which also breaks lines at U+2028, U+2029 and
    U+0085: text pasted from the web carries those, and editors do not show them as new lines.
    """
    line_start = header.rfind("\n", 0, index) + 1
    return header.count("\n", 0, index) + 2, index - line_start + 1


class _LineDict(dict):
    """A mapping that remembers the file line of each key, for error messages, and which
    text keys were written more than once (YAML would silently keep the last)."""

    lines: dict
    repeated: list


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings record key lines (front matter starts on file line 2).

    PyYAML's constructors raise plain Python errors for values they cannot build, such as
    ``!!int abc``, an empty ``!!int``, ``!!timestamp x`` or the date ``2017-13-45``; those
    become YAML errors that point at the value, like any other mistake in the file.
    """

    def construct_object(self, node: yaml.Node, deep: bool = False):
        try:
            return super().construct_object(node, deep=deep)
        except (yaml.YAMLError, RecursionError):
            raise
        except Exception as err:  # IndexError, ValueError, …: whatever a constructor throws
            value = node.value if isinstance(node, yaml.ScalarNode) else node.tag
            what = " as a date" if node.tag.endswith(":timestamp") else ""
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {_SHORT.repr(value)}{what} ({err})", node.start_mark
            ) from err


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.lines, mapping.repeated = {}, []
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            key = loader.construct_object(key_node)  # as the mapping has it: 1, True, "a"
            line = _position(loader.buffer, key_node.start_mark.index)[0]
            if key in mapping.lines:
                mapping.repeated.append((_SHORT.repr(key).strip("'"), line))
            mapping.lines[key] = line
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
