"""Who is speaking: resolve a parsed :class:`~explainer.engine.mentions.Mention` to a
canonical name, using what the article said before it.

The rules, in order:

* a surname resolves to the earliest full mention with that surname;
* "the mayor"-style references resolve to the latest person before them whose role has that
  word (else the first in the article);
* he/she resolve to the nearest earlier person of compatible gender (first-name lexicon,
  honorifics), named in full or by surname alone (preferring the name that opens that
  sentence, its subject), or to the speaker of the statement before when it ends later;
  a run of capitals that nothing shows to be a person ("New Hampshire") only when nobody
  else is there; they/it to the nearest earlier group or organisation, "it" else to the
  document named last;
* "the lawsuit" after "a lawsuit filed by the city of Chicago" is the city's lawsuit, and
  "the company" the latest company named before it or, failing that, the latest
  organisation that spoke ("the newspaper": the latest news outlet);
* anything else (a group or organisation) is its own canonical speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .alone import FIRST_NAMES, alone, capitalised_words
from .article import _has_mid_cap, _word_char
from .mentions import FIRST, Mention
from .names import FEMALE, NOT_NAME_ENDINGS, OUTLET_WORDS, PLACES, ROLE_NOUNS
from .sentences import is_abbreviation

_ARTICLES = frozenset(["a", "an", "the", "another"])
_LOOKBACK = 60  # statements or name mentions searched back for a pronoun's antecedent


# "a lawsuit filed by the city of Chicago": the document noun and who filed it. One pattern for
# every noun, read once per article (a pattern per noun cost more to compile than to run).
_OWNED = re.compile(  # (the word boundary tested after the first letter, as a lookbehind:
    # the search then skips in C to the next a, t or i instead of trying every character)
    r"(?:a(?<!\w.)n?|t(?<!\w.)he(?:ir)?|i(?<!\w.)ts)\s+(?:new\s+|recent\s+)?(\S+)"
    r"\s+(?:(?:filed|written|issued|released|brought|published|sent)\s+)?by\s+"
    r"((?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
)


# definite descriptions that name an organisation mentioned earlier ("the company said")
_DEFINITE_ORGS = frozenset(
    [
        "company",
        "firm",
        "district",
        "union",
        "county",
        "city",
        "council",
        "board",
        "agency",
        "department",
        "commission",
        "coalition",
        "association",
        "alliance",
        "authority",
        "hospital",
        "university",
        "college",
        "utility",
    ]
)
# last words of company names ("Harlow Chemical", "Acme Corp.")
_COMPANY_WORDS = frozenset(
    [
        "company",
        "co.",
        "co",
        "corp.",
        "corp",
        "corporation",
        "inc.",
        "inc",
        "llc",
        "ltd.",
        "ltd",
        "chemical",
        "chemicals",
        "industries",
        "energy",
        "motors",
        "pharmaceuticals",
        "airlines",
        "technologies",
        "holdings",
        "bank",
        "foods",
        "systems",
        "manufacturing",
        "mining",
        "oil",
        "steel",
        "utilities",
    ]
)
# definite descriptions of an organisation that spoke before ("the company said")
_SPOKEN_ORGS = frozenset(
    ["company", "firm", "organization", "organisation", "agency", "newspaper", "paper", "network"]
)
_ORG_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*")


@dataclass
class Person:
    """A person named in the article: canonical full name, role and gender when known.

    ``known``: something besides capital letters says this is a person (a gender, a role, or
    the surname standing alone somewhere in the article); see :meth:`Resolver._surnames_alone`.
    """

    name: str
    role: str | None
    gender: str
    known: bool = False


class Resolver:
    """Turns mentions into canonical speakers using what the article said before them."""

    def __init__(self, people: list[tuple[int, Mention]], body: str | None = None):
        """``people``: every full-name or role mention outside quotations, with offsets;
        ``body``: the (masked) article text, for naming documents by their authors."""
        self.body = body
        self._owners: dict[str, list[tuple[int, str]]] | None = None
        self._orgs: dict[str, list[tuple[int, str]]] = {}
        self._by_role: dict[str, Person | bool] = {}
        self.by_surname: dict[str, Person] = {}
        self.by_full: dict[str, Person] = {}
        self.timeline: list[tuple[int, Person]] = []
        for pos, m in people:
            person = self._register(m)
            if person:
                self.timeline.append((pos, person))
        if body is not None:
            self.timeline.extend(self._surnames_alone(body))
            self.timeline.sort(key=lambda t: t[0])  # stable: the first named last at a tie
        self._positions = [p for p, _ in self.timeline]
        if body is not None:
            self._appositive_roles(body)

    def _surnames_alone(self, body: str) -> list[tuple[int, Person]]:
        """Where a person named in full is later named by surname alone (``Christie slipped in
        a back door. He said …``), and which runs of capitals are people at all.

        The surname mentions join the timeline, so that "he" finds Christie, named last,
        rather than "New Jersey" two sentences back. A run of capitals with no gender or role
        whose last word never stands alone ("New Hampshire", "Goldman Sachs", "Judicial
        Watch") is most likely a place or an organisation: it stays out of pronoun
        resolution (``known`` is False); a person is soon called by surname ("Devine said")."""
        out = []
        by_word: dict[str, list[Person]] = {}
        for person in {id(p): p for p in self.by_full.values()}.values():
            by_word.setdefault(person.name.split()[-1], []).append(person)
        capitalised = capitalised_words(body)
        for word, people in by_word.items():
            places = alone(body, word, capitalised)
            main = self.by_surname.get(word.lower())
            # "Clinton" alone after Bill and Hillary Clinton names either: "she" takes
            # Hillary, "he" Bill, and one of the same gender the first named
            if len(people) > 1:
                people.sort(key=lambda p: p is main)
            for person in people:
                person.known = person.known or bool(person.gender or person.role or places)
                out.extend((pos, person) for pos in places)
        return out + self._first_names_alone(body, by_word, capitalised)

    def _first_names_alone(self, body: str, surnames, capitalised) -> list[tuple[int, Person]]:
        """``a 52-year-old resident named Caroline. … “…,” she said``: a common first name
        standing alone is a person of that gender: the one named in full with it
        ("Hillary" after Hillary Clinton) or else someone the article calls by it alone."""
        by_first: dict[str, Person] = {}
        for person in self.by_full.values():
            by_first.setdefault(person.name.split()[0], person)
        out = []
        # the set operations run in C: only the few first names present are looked at
        for word in capitalised.keys() & FIRST_NAMES - surnames.keys():
            gender = "f" if word.lower() in FEMALE else "m"
            person = by_first.get(word)
            if person is None or person.gender not in ("", gender):
                person = by_first[word] = Person(word, None, gender, known=True)
            out.extend((pos, person) for pos in alone(body, word, capitalised))
        return out

    def _register(self, m: Mention) -> Person | None:
        """Record a person's mention: a full name is keyed by first and last name and gives
        its surname, a surname alone finds that person (``Sessions`` after ``Jeff Sessions``),
        and ``Mr. Hannity`` / ``Sen. Grassley`` is a person even when named no other way."""
        if m.kind != "person" or m.gender == "p":
            return None  # "Ann Lee and Tom Ruiz" is two people: named so, not registered
        tokens = _without_descriptor(m.name.split(), self.body)
        surname = tokens[-1].lower()
        if len(tokens) >= 2:
            key = (tokens[0] + " " + tokens[-1]).lower()
            person = self.by_full.get(key)
            if person is None:
                person = Person(" ".join(tokens), m.role, m.gender)
                self.by_full[key] = person
                self.by_surname.setdefault(surname, person)
            elif person.name.isupper() and not m.name.isupper():
                person.name = " ".join(tokens)  # "JAKE TAPPER:" labels a transcript's turn
            if not person.role and m.role:
                person.role = m.role
            return person
        person = self.by_surname.get(surname)
        if person is None and (m.gender or m.role):
            # "Mr. Hannity", "Sen. Grassley": a surname with an honorific or title is a person
            person = self.by_surname[surname] = Person(
                m.name, m.role, m.gender, known=bool(m.gender)
            )
        return person

    def resolve(self, m: Mention, pos: int, previous: list[tuple[int, str, str, str]]):
        """Return ``(speaker, role, gender)`` or None when the mention cannot be resolved.

        ``previous``: earlier statements as ``(pos, speaker, kind, gender)``.
        """
        if m.kind == "person":
            person = self._register(m)
            if person is None:
                return m.name, m.role, m.gender
            if m.role and not person.role:
                person.role = m.role
            return person.name, m.role or person.role, person.gender
        if m.kind == "role" and m.described:
            # "the presumptive Republican presidential nominee": only a person whose role has
            # every word ("the Vermont senator" is not any senator)
            person = self._latest_with_role(m.name, pos, m.role.lower().split())
            if person:
                return person.name, person.role, person.gender
            return _unnamed_role(m), m.role, ""
        if m.kind == "role" and _place_of(m):
            # "the Wisconsin Republican": only a person whose role names Wisconsin, not the
            # Republican leader named last; else the card says what the article says
            person = self._latest_with_role(m.name, pos, _place_of(m))
            if person:
                return person.name, person.role, person.gender
            unnamed = _unnamed_role(m)
            return (unnamed if unnamed[:1].islower() else "the " + unnamed), m.role, ""
        if m.kind == "role":
            person = self._latest_with_role(m.name, pos)
            if person is None:
                person = self._by_role.get(m.name)
            if person is None:
                person = next(
                    (p for _, p in self.timeline if p.role and m.name in p.role.lower()), None
                )
                self._by_role[m.name] = person or False
            if person:
                return person.name, person.role, person.gender
            return _unnamed_role(m), m.role, ""
        if m.kind == "group":
            owner = (
                self._possessor(m.name, pos, previous)
                or self._owner(m.name, pos)
                or self._named_org(m.name, pos)
                or self._org_that_spoke(m.name, previous)
                or self._outlet_named(m.name, pos)
            )
            return owner or m.name, None, m.gender
        return self._pronoun(m.gender, pos, previous)

    def _appositive_roles(self, body: str) -> None:
        """``Chris Christie, the brusque … governor of New Jersey``, ``Christine Todd Whitman,
        the former New Jersey governor``: a role in an appositive after a full name is that
        person's role when no title gave one ("the governor said" is then Christie)."""
        for m in _APPOSED_ROLE.finditer(body):
            name = _NAME_BEFORE.search(body, max(0, m.start() - 60), m.start())
            if name is None:
                continue
            words = name.group().split()
            person = self.by_full.get((words[0] + " " + words[-1]).lower())
            if person is not None and not person.role:
                person.role = m.group(1)

    def _latest_with_role(self, noun: str, pos: int, also=()) -> Person | None:
        """``the senator`` after Sen. Elizabeth Warren and then Sen. Bernie Sanders: the
        latest person before the mention whose role has that word (and the words ``also``),
        as a reader takes it."""
        i = bisect.bisect_left(self._positions, pos) - 1
        for k in range(i, max(-1, i - _LOOKBACK), -1):
            person = self.timeline[k][1]
            if not person.role:
                continue
            role = person.role.lower()
            if "former" in role and "former" not in also:
                continue  # "the governor" is not the former governor
            if noun in role and all(w in role for w in also) and (person.known or not also):
                return person
        return None

    def _named_org(self, name: str, pos: int) -> str | None:
        """``the company`` after ``Eastvale Water Company`` or ``Harlow Chemical``: a definite
        institution noun names the latest organisation before it whose name ends in that
        noun (or, for a company, in a word companies are named with)."""
        words = name.split()
        if self.body is None or len(words) != 2 or words[0] != "the":
            return None
        head = words[1]
        if head not in _DEFINITE_ORGS:
            return None
        found = self._orgs.get(head)
        if found is None:
            ends = _COMPANY_WORDS if head in ("company", "firm") else frozenset([head])
            found = self._orgs[head] = []
            for m in _ORG_RUN.finditer(self.body):
                run = m.group().split()
                cut = [
                    k
                    for k, w in enumerate(run[:-1])
                    if w.endswith(".") and len(w) > 3 and w.lower() not in _COMPANY_WORDS
                ]
                if cut:
                    run = run[cut[-1] + 1 :]  # "… Muslim Ban. The St. Paul City Council"
                last = run[-1].lower()
                if last not in ends or len(run) < 2:
                    continue
                if run[0] in ("The", "A", "An"):
                    run = run[1:]
                if len(run) >= 2 or last not in _DEFINITE_ORGS:
                    found.append((m.start(), " ".join(run)))
        i = bisect.bisect_left(found, (pos, "")) - 1
        return found[i][1] if i >= 0 else None

    def _possessor(self, name: str, pos: int, previous) -> str | None:
        """``He now had a rally scheduled … his campaign said``: "his" or "her" before a noun
        is the person "he" or "she" would be there, so the card says "Bernie Sanders’s
        campaign", not "his campaign"."""
        words = name.split()
        if not 2 <= len(words) <= 4 or words[0] not in ("his", "her") or self.body is None:
            return None
        if any(not w.isalpha() or w.endswith(("ed", "ing")) for w in words[1:]):
            return None  # "his campaign shelled out …": no noun phrase
        person = self._pronoun("m" if words[0] == "his" else "f", pos, previous)
        if person is None:
            return None
        mark = "’" if "’" in self.body else "'"
        return f"{person[0]}{mark}s {' '.join(words[1:])}"

    def _outlet_named(self, name: str, pos: int) -> str | None:
        """``… the network's Jake Tapper … the network said``: "the network" (newspaper,
        paper) that no outlet spoke before is the latest news outlet named before it."""
        if name not in ("the network", "the newspaper", "the paper") or self.body is None:
            return None
        last = _last_match(_OUTLET_NAME, self.body, pos, 2000)
        return last.group() if last else None

    def _org_that_spoke(self, name: str, previous) -> str | None:
        """``Twitter said in a statement … The company said …``, ``The Journal notes … The
        newspaper writes …``: "the company" (firm, organization, agency) is the latest
        organisation named as a speaker before it, "the newspaper" (paper, network) the
        latest news outlet; one a reader would take it for, not a person."""
        words = name.split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _SPOKEN_ORGS:
            return None
        outlet = words[1] in ("newspaper", "paper", "network")
        for _p, speaker, kind, g in reversed(previous[-_LOOKBACK:]):
            last = speaker.split()[-1]
            if not last[:1].isupper() or last.lower() in _SPOKEN_ORGS:
                continue  # "company executives", "Newspaper" (a headline's): no name
            if outlet:
                if last.lower() in OUTLET_WORDS:
                    return speaker
                continue
            if last.lower() in OUTLET_WORDS:
                continue
            if kind == "group" and g == "o":
                return speaker  # "the State Department said … the agency said"
            if (
                kind == "person"
                and not g
                and " " not in speaker
                and speaker.lower() not in self.by_surname
                and self.body is not None
                and _has_mid_cap(self.body, speaker)
            ):
                # "Twitter", "Verizon": one word, nobody's surname, capitalised mid-sentence
                # too (not "Both")
                return speaker
        return None

    def _owner(self, name: str, pos: int) -> str | None:
        """``the lawsuit`` after ``a lawsuit filed by the city of Chicago``: name the document
        by whoever filed, wrote or issued it (``the city of Chicago's lawsuit``)."""
        words = name.split()
        if self.body is None or len(words) != 2 or words[0] != "the":
            return None
        noun = words[1]
        if self._owners is None:  # every "a <noun> filed by …" of the article, found once
            self._owners = {}
            for m in _OWNED.finditer(self.body):
                self._owners.setdefault(m.group(1), []).append((m.start(), m.group(2)))
        found = self._owners.get(noun, [])
        i = bisect.bisect_left(found, (pos, "")) - 1
        if i < 0:
            return None
        owner = found[i][1].split()
        while owner and owner[-1].rstrip(".").lower() in NOT_NAME_ENDINGS:
            owner.pop()
        if not owner:
            return None
        mark = "’" if "’" in self.body else "'"
        return f"{' '.join(owner)}{mark}s {noun}"

    def _pronoun(self, gender: str, pos: int, previous):
        """Nearest compatible antecedent; looks back a bounded distance so that long
        articles stay linear."""
        recent = previous[-_LOOKBACK:]
        if gender == "p":
            # "they": many speakers first ("Cohen and DeLong", "critics"), then any group
            for _p, speaker, _kind, g in reversed(recent):
                if g == "p":
                    return speaker, None, g
        if gender in ("p", "o"):
            # a group; or for "it", the thing an earlier "it" stood for ("it said", "it read")
            for _p, speaker, kind, g in reversed(recent):
                if kind == "group" and (g == gender or gender == "p") or g == gender == "o":
                    return speaker, None, g
            if gender == "o" and self.body is not None:
                thing = _document_before(self.body, pos)
                if thing:
                    return thing, None, "o"
            return None
        if gender == "s":
            return None
        best = fallback = None
        i = bisect.bisect_left(self._positions, pos) - 1
        for k in range(i, max(-1, i - _LOOKBACK), -1):
            p, person = self.timeline[k]
            if person.gender and person.gender != gender:
                continue
            if self.body is not None and not person.known:
                # "New Hampshire", "Goldman Sachs": most likely no person "he" stands for;
                # the nearest of them only when the article offers nobody else
                fallback = fallback or (p, person.name, person.role, person.gender)
                continue
            best = (p, person.name, person.role, person.gender)
            best = self._first_in_sentence(k, gender) or best
            break
        for p, speaker, kind, g in reversed(recent):
            if kind == "person" and (not g or g == gender):
                if not g and " " not in speaker and speaker.lower() not in self.by_surname:
                    continue  # "RNC", "Politico": one word, no gender, nobody named in full
                if best is None or p >= best[0]:
                    return speaker, None, g
                break
        best = best or fallback
        if best:
            return best[1], best[2], best[3]
        return None


    def _first_in_sentence(self, k: int, gender: str):
        """The first person of compatible gender named in the sentence of timeline entry
        ``k``: "he" picks up the sentence's subject, not its object ("Trump went after Bush,
        calling him “a total stiff.” He says, …" is Trump)."""
        p = self.timeline[k][0]
        body = self.body
        stop = body.rfind(". ", 0, p)
        while stop > 0 and is_abbreviation(body, stop):  # "Mr. Bezos owns …"
            stop = body.rfind(". ", 0, stop)
        start = max(stop, body.rfind("\n", 0, p), body.rfind("? ", 0, p))
        first = None
        for j in range(k - 1, max(-1, k - 12), -1):
            q, person = self.timeline[j]
            if q <= start:
                break
            if person.known and (not person.gender or person.gender == gender):
                first = (q, person.name, person.role, person.gender)
        if first is None or len(body[start + 1 : first[0]].split()) > 2:
            return None  # only the name opening the sentence is surely its subject
        verb = next((w for w in body[first[0] : first[0] + 80].split() if w[:1].islower()), "")
        if verb in _ASKING:
            return None  # "Hannity asked Trump how high … “…,” he said": the one asked answers
        return first

# a news outlet's name: "The Des Moines Register", "Fox News", "CNN"
_OUTLET_NAME = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w.&’'-]*\s+)*(?:Press|Times|Post|News|Journal|Tribune|"
    r"Herald|Globe|Gazette|Chronicle|Examiner|Observer|Guardian|Telegraph|Register|Star|Sun)"
    r"|CNN|MSNBC|NBC|ABC|CBS|NPR|PBS|Politico|Reuters|Bloomberg|Univision|Telemundo)\b"
)
# "Name, the … governor of New Jersey": a full name, a comma, an article and a role noun
# found from the comma on (the name before it is looked for only there: a faster scan)
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]*)+$")
_APPOSED_ROLE = re.compile(
    r",\s+(?:the|a|an)\s+([^.;:“”\"]{0,80}?\b(?:"
    + "|".join(sorted(ROLE_NOUNS))
    + r"))\b(?=\s*[,.?;)]|\s+(?:of|and|for|at|in|from)\b)"  # not "…, the candidate boasted"
)
_ASKING = frozenset(["asked", "asks", "pressed", "questioned", "interviewed", "quizzed"])
# things that "say": "The post showed a man in a wig. It says: …", "On his website … “…,” it
# now says"
_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[\w-]+\s+){0,2}?"
    r"(ad|advertisement|post|website|site|email|e-mail|letter|memo|statement|report|document|"
    r"tweet|message|video|editorial|column|article|release|filing|complaint|petition|lawsuit|"
    r"ruling|order|page|banner|sign|note|book|survey|poll|study)\b"
)


def _without_descriptor(tokens: list[str], body: str | None) -> list[str]:
    """A capitalised word before a first name and a surname describes the person, opening the
    sentence, when the article also names them without it or writes the word in lower case
    elsewhere: "Billionaire Donald Trump praised …" is the Donald Trump named elsewhere,
    "Actor Clint Howard" the actor. "Mario Vargas Llosa" keeps Mario, a first name itself;
    "Giovanni Maria Vian", never "Maria Vian" alone nor "giovanni", keeps Giovanni."""
    if len(tokens) < 3 or body is None or not tokens[0].isalpha() \
            or tokens[0].lower() in FIRST or tokens[1].lower() not in FIRST:
        return tokens
    alone = _occurs_as_words(body, " ".join(tokens[1:]), not_after=tokens[0] + " ")
    return tokens[1:] if alone or _occurs_as_words(body, tokens[0].lower()) else tokens


def _occurs_as_words(body: str, phrase: str, not_after: str = "") -> bool:
    """``phrase`` occurs in ``body`` with a word boundary (``\\b``) at both ends, and not right
    after ``not_after``. A ``str.find`` loop: a regular expression built for each name costs
    more to compile than the search, and one opening with a lookbehind is tried at every
    character of the body."""
    n = len(phrase)
    i = body.find(phrase)
    while i >= 0:
        if (
            _boundary(body, i)
            and _boundary(body, i + n)
            and not (not_after and body.endswith(not_after, 0, i))
        ):
            return True
        i = body.find(phrase, i + 1)
    return False


def _boundary(text: str, pos: int) -> bool:
    """A word boundary (``\\b``) at ``pos``: a word character on one side only."""
    before = pos > 0 and _word_char(text[pos - 1])
    return before != (pos < len(text) and _word_char(text[pos]))


def _document_before(body: str, pos: int) -> str | None:
    """``it`` with no organisation before it to stand for: the latest document or message
    named in the 600 characters before (``The post showed … It says: …`` -> "the post"; a
    long paragraph about the memo, then ``“…,” it reads``); a card then says what spoke,
    rather than dropping the quote or naming a person."""
    last = _last_match(_DOCUMENT, body, pos, 600)
    return f"the {last.group(1)}" if last else None


def _last_match(pattern: re.Pattern[str], body: str, pos: int, reach: int) -> re.Match | None:
    """The last match of ``pattern`` in the ``reach`` characters before ``pos``: what a
    reference back ("the network", "it") most likely stands for."""
    found = list(pattern.finditer(body, max(0, pos - reach), pos))
    return found[-1] if found else None


def _place_of(m: Mention) -> list[str]:
    """The words of a place in a role mention ("Wisconsin" in "the Wisconsin Republican")."""
    words = (m.role or "").lower().split()
    return [w for w in words if w in PLACES]


def _unnamed_role(m: Mention) -> str:
    """Who spoke when a role names nobody in the article: the role as written, so a card
    says "a New Hampshire Democrat" or "the governor", not a bare "democrat"."""
    first, _, rest = m.text.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in _ARTICLES else m.text
