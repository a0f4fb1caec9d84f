"""The glossary: policy terms read from ``corpus/glossary.yml``, and where an article uses them.

Two jobs, both free of MkDocs so they can be tested and reused on their own:

* Loading. ``glossary.yml`` is edited by hand, so loading never raises for bad content: every
  mistake becomes a `Problem` with the file and line to fix. A term whose id, name, short
  definition or sources are unusable is left out (a broken term must not reach readers); a
  bad alias, related id or framing is dropped and the rest of its term is kept. A file that
  cannot be read (missing, not UTF-8) is a problem on line 1, not an exception, so the build
  shows it like any other editor mistake.
* Matching. `Glossary.find` works on the article body as PLAIN TEXT and returns offsets into
  it; the renderer builds HTML from those offsets and never searches HTML. The text is folded
  (lower case, any run of whitespace or hyphens as one space, curly apostrophes as straight
  ones), split into tokens (runs of word characters, and single other characters), and
  walked through a trie of the folded names, aliases and their inflections, taking the
  longest match at each token. Alias text is only ever compared as data, never compiled, so
  an alias such as ``(a+)+$`` matches only that text, and matching takes time linear in the
  text (times the token length of the longest alias) whatever the aliases are. A single
  regular-expression alternation was tried first: it was as correct, but it tries every
  alternative at every character, which grew to minutes for a large glossary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..engine.cues import trie_pattern
from .problems import Problem
from .yamlnodes import KeyRules, NodeReader, is_text, kind


@dataclass(frozen=True)
class Source:
    """Where a definition's facts can be checked; the primary source comes first."""

    title: str
    url: str


@dataclass(frozen=True)
class Framing:
    """How one side names or frames a contested term, in its own words."""

    side: str
    framing: str


@dataclass(frozen=True)
class Term:
    """A glossary entry. ``short`` is one plain-text sentence (tooltips); ``definition`` is
    Markdown; ``related`` holds ids of other terms."""

    id: str
    name: str
    aliases: tuple[str, ...]
    short: str
    definition: str = ""
    sources: tuple[Source, ...] = ()
    related: tuple[str, ...] = ()
    contested: tuple[Framing, ...] = ()


@dataclass(frozen=True, order=True)
class TermMatch:
    """A use of a term in the text: ``text[start:end]`` (Python ``str`` offsets)."""

    start: int
    end: int
    term_id: str


# ---------------------------------------------------------------------------------------------
# Folding and variants: the one definition of "the same words" shared by aliases and text.

SEPARATORS = r"[\s\-\u2010\u2011]+"  # what may split the words of a term
_SEPARATORS = re.compile(SEPARATORS)
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_NOT_PLURAL = ("ss", "us", "is")
_SIBILANT = ("s", "x", "z", "ch", "sh")


def _lower(segment: str) -> str:
    """Lower case one character at a time, so that offsets map one to one and the result
    does not depend on context (``str.lower`` turns a word-final Σ into ς, but not a lone one).

    The few characters that lower to two (``İ``) stay as they are rather than shift offsets.
    """
    if segment.isascii():
        return segment.lower()
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in segment)


def _lowered(text: str) -> str:
    """``text`` in lower case offset for offset (see :func:`_lower`), curly apostrophes
    straight."""
    lowered = text.lower()
    if len(lowered) != len(text) or "\u03a3" in text:  # İ, word-final Σ: one at a time
        lowered = _lower(text)
    return lowered.replace("\u2019", "'")


def _fold(text: str) -> str:
    """The folded text: lower case, and each separator run one space, or a newline when it
    holds a blank line, so a term never links across a paragraph break."""
    lowered = _lowered(text)
    pieces: list[str] = []
    pos = 0
    for run in _SEPARATORS.finditer(text):
        start, end = run.span()
        pieces.append(lowered[pos:start])
        pieces.append(_folded_run(text, start, end))
        pos = end
    pieces.append(lowered[pos:])
    return "".join(pieces)


def _folded_run(text: str, start: int, end: int) -> str:
    """The separator run ``text[start:end]`` folded: a newline for a blank line, else a space
    (one character holds at most one line break: a single space, tab or newline)."""
    blank = end - start > 1 and len(_LINE_BREAK.findall(text, start, end)) >= 2
    return "\n" if blank else " "


def normalise(text: str) -> str:
    """How an alias (or a matched span) compares: folded, single spaces, no outer spaces."""
    return _fold(text).replace("\n", " ").strip(" ")


def _plural(form: str) -> str:
    if form.endswith(_SIBILANT):
        return form + "es"
    if len(form) > 1 and form[-1] == "y" and form[-2] not in "aeiou":
        return form[:-1] + "ies"
    return form + "s"


def variants(alias: str) -> frozenset[str]:
    """The normalised forms an alias matches: itself, its plural and its possessive.

    Only a final word inflects. An alias that already looks plural ("JAG grants") or ends in
    a digit or a dot ("8 U.S.C. 1373") is matched as written.
    """
    base = normalise(alias)
    if not base:
        return frozenset()
    forms = {base}
    looks_plural = base.endswith("s") and not base.endswith(_NOT_PLURAL)
    if base[-1].isalpha() and not looks_plural:
        forms.add(_plural(base))
    if base[-1].isalnum() and not looks_plural:
        forms.add(base + "'s")
    return frozenset(forms)


@dataclass(frozen=True)
class _Token:
    """A token of folded text: the separator before it ("", " ", or "\\n" for a paragraph
    break), its text, and its span in the folded text."""

    gap: str
    text: str
    start: int
    end: int


def _tokens(folded: str) -> list[_Token]:
    """Word runs and single other characters. Matching whole tokens is what gives word
    boundaries: ``jag`` never matches inside the token ``jaguar``."""
    tokens = []
    previous_end = 0
    for m in _TOKEN.finditer(folded):
        tokens.append(_Token(folded[previous_end:m.start()], m.group(), m.start(), m.end()))
        previous_end = m.end()
    return tokens


def _path(form: str) -> list[tuple[str, str]]:
    """Trie keys for a variant: (gap, token) pairs; the first gap is always ""."""
    return [("" if i == 0 else t.gap, t.text) for i, t in enumerate(_tokens(form))]


_TERM = ("", "")  # the trie key under which a node stores the term id; no token is empty


class _Matcher:
    """A trie over the tokens of every variant of every name and alias.

    A variant belongs to the first term that has it (the loader reports clashes). One
    regular expression finds the tokens that some variant starts with (a few in an article:
    looking at every token was two thirds of the time); from each, the walk goes as deep as
    the text allows and keeps the deepest term id, which is the longest match there; the
    scan then resumes after it, so matches never overlap.
    """

    def __init__(self, terms: Sequence[Term]):
        self.root: dict = {}
        for term in terms:
            for alias in (term.name, *term.aliases):
                for form in variants(alias):
                    node = self.root
                    for key in _path(form):
                        node = node.setdefault(key, {})
                    node.setdefault(_TERM, term.id)
        firsts = sorted({token for _, token in self.root}, key=lambda t: (-len(t), t))
        words = sorted(t for t in firsts if t[0].isalnum() or t[0] == "_")
        others = [re.escape(t) for t in firsts if not (t[0].isalnum() or t[0] == "_")]
        # a whole token: a run of word characters, or one other character (see _TOKEN). Only
        # the word that is the whole run can match, so the words need no order: factored by
        # their prefixes, the regex engine tries a few letters at a word's start, not each word
        alternatives = ([r"(?<!\w)(?:" + trie_pattern(words) + r")(?!\w)"] if words else []
                        ) + others
        self.first = re.compile("|".join(alternatives)) if alternatives else None

    def find(self, text: str) -> list[TermMatch]:
        """The uses of a term in ``text``, read as folded (:func:`_fold`) without folding all
        of it: tokens are the same in the lower-cased text, and only the separators between
        the tokens of the few candidate matches need folding."""
        if self.first is None:
            return []
        lowered = _lowered(text)
        matches = []
        search = self.first.search
        m = search(lowered)
        while m is not None:
            start, end = m.span()
            longest = self._longest(text, lowered, m.group(), end)
            if longest is not None:
                end, term_id = longest
                matches.append(TermMatch(start, end, term_id))
            m = search(lowered, end)
        return matches

    def _longest(self, text: str, lowered: str, first: str, end: int) -> tuple[int, str] | None:
        """The end and term id of the longest variant that starts with the token ``first``,
        which ends at ``end``."""
        node = self.root.get(("", first))
        longest = None
        while node is not None:
            if _TERM in node:
                longest = (end, node[_TERM])
            run = _SEPARATORS.match(text, end)
            gap = "" if run is None else _folded_run(text, end, run.end())
            token = _TOKEN.match(lowered, end if run is None else run.end())
            if token is None:
                break
            node = node.get((gap, token.group()))
            end = token.end()
        return longest


class Glossary:
    """The valid terms in file order, the problems found loading them, and the matcher.

    The matcher is built once here; `find` may be called for every article.
    """

    def __init__(self, terms: Iterable[Term] = (), problems: Iterable[Problem] = ()):
        self.terms: tuple[Term, ...] = tuple(terms)
        self.problems: tuple[Problem, ...] = tuple(problems)
        self._by_id = {term.id: term for term in self.terms}
        self._matcher = _Matcher(self.terms)

    def get(self, term_id: str) -> Term | None:
        """The term with this id, or None (ids come from editors' front matter too)."""
        return self._by_id.get(term_id)

    def find(self, text: str) -> list[TermMatch]:
        """Every use of a term in plain ``text``: sorted, never overlapping, longest first.

        Case-insensitive; words may be split by any whitespace (a line break too, but not a
        blank line) or a hyphen; plurals and possessives of names and aliases count.
        """
        return self._matcher.find(text)


def first_uses(matches: Iterable[TermMatch]) -> list[TermMatch]:
    """Only the first match of each term, in text order: what an article links by default."""
    seen: set[str] = set()
    firsts = []
    for match in matches:
        if match.term_id not in seen:
            seen.add(match.term_id)
            firsts.append(match)
    return firsts


# ---------------------------------------------------------------------------------------------
# Loading and validation.

_TOP_KEYS = ("terms",)
_TERM_KEYS = ("id", "name", "aliases", "short", "definition", "sources", "related", "contested")
_REQUIRED = ("id", "name", "short", "sources")
_SOURCE_KEYS = ("title", "url")
_FRAMING_KEYS = ("side", "framing")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_KEYS = KeyRules(is_text, "unknown key {shown} in {what} (known: {known})",
                 "'{key}' appears twice in {what}; keep one")


@dataclass
class _Draft:
    """A term that passed its own checks, with the nodes needed for cross-term checks."""

    term: Term
    node: yaml.Node
    names: list[tuple[str, yaml.Node]]  # name first, then aliases
    related: list[tuple[str, yaml.Node]]


def load_glossary(path: str | Path) -> Glossary:
    """Read and validate a glossary file. Never raises: unreadable files become problems."""
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        return Glossary(problems=[Problem(shown, 1, 1, f"cannot read the glossary: {err}")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return Glossary(problems=[Problem(shown, line, 1, "the glossary is not valid UTF-8; "
                                          "save it as UTF-8")])
    return parse_glossary(text, shown)


def parse_glossary(text: str, path: str = "glossary.yml") -> Glossary:
    """Validate glossary YAML ``text``; ``path`` is only used to name the file in problems."""
    reader = NodeReader(path, _KEYS)
    term_nodes = _term_nodes(text, reader)
    declared: dict[str, int] = {}
    drafts = [d for d in (_read_term(n, reader, declared) for n in term_nodes) if d]
    _check_aliases(drafts, reader)
    valid = {draft.term.id for draft in drafts}
    terms = [_resolve_related(draft, set(declared), valid, reader) for draft in drafts]
    return Glossary(terms, sorted(reader.problems))


def _term_nodes(text: str, reader: NodeReader) -> list[yaml.Node]:
    """The nodes of the ``terms:`` list, or [] after reporting why there are none."""
    try:
        root = yaml.compose(text.removeprefix("\ufeff"), Loader=yaml.SafeLoader)
    except RecursionError:
        reader.problem(None, "the glossary nests lists or mappings too deeply to read")
        return []
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        reason = getattr(err, "problem", None) or str(err)
        if "stream end" in reason or "end of stream" in reason:  # point at what never closed
            mark = getattr(err, "context_mark", None) or mark
        reader.problem_at(mark, f"invalid YAML: {reason}")
        return []
    if root is None:
        reader.problem(None, "the glossary is empty: start it with 'terms:' and a list of terms")
        return []
    if not isinstance(root, yaml.MappingNode):
        reader.problem(root, "the glossary must be a mapping with a 'terms:' list")
        return []
    fields = reader.fields(root, _TOP_KEYS, "the glossary")
    terms = fields.get("terms")
    if terms is None:
        reader.problem(root, "missing 'terms:' (the list of glossary terms)")
        return []
    if not isinstance(terms, yaml.SequenceNode):
        reader.problem(terms, f"'terms' must be a list of terms, not {kind(terms)}")
        return []
    return terms.value


def _text(fields: dict[str, yaml.Node], key: str, what: str, reader: NodeReader) -> str | None:
    """The stripped text of ``key``, or None after reporting a wrong type or empty value."""
    node = fields.get(key)
    if node is None:
        return None
    if not is_text(node):
        hint = " (put it in quotes)" if isinstance(node, yaml.ScalarNode) else ""
        reader.problem(node, f"'{key}' of {what} must be text, not {kind(node)}{hint}")
        return None
    if not node.value.strip():
        reader.problem(node, f"'{key}' of {what} is empty")
        return None
    return node.value.strip()


def _list_items(fields: dict[str, yaml.Node], key: str, what: str,
                reader: NodeReader) -> list[yaml.Node]:
    """The items of a list field; a field that is not a list is reported and yields none."""
    node = fields.get(key)
    if node is None:
        return []
    return reader.sequence(node, f"'{key}' of {what} must be a list, not {kind(node)}")


def _text_list(fields: dict[str, yaml.Node], key: str, what: str,
               reader: NodeReader) -> list[tuple[str, yaml.Node]]:
    """The non-empty text entries of a list field, each with its node for later problems."""
    entries = []
    for item in _list_items(fields, key, what, reader):
        if is_text(item) and item.value.strip():
            entries.append((item.value.strip(), item))
        else:
            reader.problem(item, f"each entry of '{key}' in {what} must be non-empty text")
    return entries


def _records(fields: dict[str, yaml.Node], key: str, keys: tuple[str, ...], what: str,
             reader: NodeReader) -> list[tuple[tuple[str, ...], dict[str, yaml.Node]]]:
    """Complete entries of a list of small mappings (sources, framings): their texts in
    ``keys`` order, and their value nodes for problems found later."""
    records = []
    for item in _list_items(fields, key, what, reader):
        if not isinstance(item, yaml.MappingNode):
            reader.problem(item, f"each entry of '{key}' in {what} must have "
                           f"{' and '.join(repr(k) for k in keys)}")
            continue
        entry = reader.fields(item, keys, f"an entry of '{key}'")
        values = tuple(_text(entry, k, f"an entry of '{key}'", reader) for k in keys)
        for k in keys:
            if k not in entry:
                reader.problem(item, f"an entry of '{key}' in {what} is missing '{k}'")
        if None not in values:
            records.append((values, entry))
    return records


def _sources(fields: dict[str, yaml.Node], what: str, reader: NodeReader) -> list[Source]:
    """Sources with an http(s) URL; anything else could be a javascript: link in a page."""
    before = len(reader.problems)
    sources = []
    for (title, url), entry in _records(fields, "sources", _SOURCE_KEYS, what, reader):
        if is_web_url(url):
            sources.append(Source(title, url))
        else:
            reader.problem(entry["url"], f"source url {url!r} of {what} must be an http:// or "
                           "https:// address")
    if "sources" in fields and not sources and len(reader.problems) == before:
        reader.problem(fields["sources"], f"{what} needs at least one source")
    return sources


def is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and \
        not any(c.isspace() for c in url)


def _read_term(node: yaml.Node, reader: NodeReader, declared: dict[str, int]) -> _Draft | None:
    """Check one term on its own.

    ``declared`` maps each id seen so far to its line, even for terms that are dropped: a
    repeated id is always a mistake (links would be ambiguous), and a 'related' link to a
    broken term should not also be reported as unknown.
    """
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, "each term must be a mapping of id, name, short, …; "
                             f"not {kind(node)}")
        return None
    fields = reader.fields(node, _TERM_KEYS, "a term")
    term_id = _text(fields, "id", "a term", reader)
    what = f"term '{term_id}'" if term_id else "a term"
    for key in _REQUIRED:
        if key not in fields:
            reader.problem(node, f"{what} is missing '{key}'")
    if term_id in declared:
        reader.problem(fields["id"], f"duplicate id '{term_id}' (first used on line "
                       f"{declared[term_id]}); ids must be unique")
        return None
    if term_id is not None:
        declared[term_id] = reader.line(fields["id"])
        if not _SLUG.match(term_id):
            reader.problem(fields["id"], f"id {term_id!r} must be a slug: lower-case letters, "
                           "digits and single hyphens (e.g. 'sanctuary-policy')")
            term_id = None
    name = _text(fields, "name", what, reader)
    short = _text(fields, "short", what, reader)
    short = " ".join(short.split()) if short else None  # a tooltip is one plain line
    definition = _text(fields, "definition", what, reader) or ""
    aliases = _text_list(fields, "aliases", what, reader)
    related = _text_list(fields, "related", what, reader)
    sources = _sources(fields, what, reader)
    records = _records(fields, "contested", _FRAMING_KEYS, what, reader)
    contested = [Framing(*values) for values, _ in records]
    if term_id is None or name is None or short is None or not sources:
        return None
    term = Term(term_id, name, tuple(a for a, _ in aliases), short, definition,
                tuple(sources), (), tuple(contested))
    return _Draft(term, node, [(name, fields["name"]), *aliases], related)


def _check_aliases(drafts: list[_Draft], reader: NodeReader) -> None:
    """Each name, alias, plural or possessive may link to one term only.

    A clashing alias is reported and dropped from the later term; a clashing name stays the
    term's name but links to the earlier term. Blank aliases (only spaces or hyphens) are
    reported because they could never match. Repeats within one term are harmless and merged.
    """
    owner: dict[str, tuple[str, str, int]] = {}
    for draft in drafts:
        term_id = draft.term.id
        kept = []
        for position, (alias, node) in enumerate(draft.names):
            label = "alias" if position else "name"
            clash = _clash(alias, term_id, owner)
            if not normalise(alias):
                reader.problem(node, f"{label} {alias!r} of term '{term_id}' has no words to match")
            elif clash:
                other_alias, other_id, line = clash
                reader.problem(node, f"{label} {alias!r} of term '{term_id}' clashes with "
                               f"{other_alias!r} of term '{other_id}' (line {line}): "
                               "a text can link to one term only")
            else:
                if position:
                    kept.append(alias)
                for form in variants(alias):
                    owner.setdefault(form, (alias, term_id, reader.line(node)))
        draft.term = replace(draft.term, aliases=_distinct(draft.term.name, kept))


def _distinct(name: str, aliases: list[str]) -> tuple[str, ...]:
    """Aliases without repeats of each other or of the name, compared as the matcher does."""
    seen = {normalise(name)}
    distinct = []
    for alias in aliases:
        if normalise(alias) not in seen:
            seen.add(normalise(alias))
            distinct.append(alias)
    return tuple(distinct)


def _clash(alias: str, term_id: str, owner: dict[str, tuple[str, str, int]]):
    for form in sorted(variants(alias)):
        if form in owner and owner[form][1] != term_id:
            return owner[form]
    return None


def _resolve_related(draft: _Draft, declared: set[str], valid: set[str],
                     reader: NodeReader) -> Term:
    """Keep related ids of valid terms. Unknown ids and self-links are reported; links to a
    declared but broken term are dropped quietly (that term's own problems say why)."""
    related = []
    for related_id, node in draft.related:
        if related_id == draft.term.id:
            reader.problem(node, f"term '{related_id}' lists itself in 'related'")
        elif related_id not in declared:
            reader.problem(node, f"related term '{related_id}' of term '{draft.term.id}' does "
                           "not exist")
        elif related_id in valid:
            related.append(related_id)
    return replace(draft.term, related=tuple(dict.fromkeys(related)))
