"""Property tests: the extractor never crashes and always honours the contract."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explainer.engine.extract import extract_statements
from explainer.engine.paragraphs import split_paragraphs

# Text that looks like news often enough to exercise the rules: words, names, titles,
# reporting verbs, every kind of quotation mark, blank lines and stray control characters.
_PIECES = st.sampled_from(
    [
        "said",
        "says",
        "told reporters",
        "according to",
        "accused",
        "saying",
        "added",
        "Sen.",
        "Gov.",
        "Supt.",
        "U.S.",
        "Jr.",
        "Mr.",
        "Ann Lee",
        "Lee",
        "Tom Ray",
        "he",
        "she",
        "they",
        "it",
        "the city",
        "officials",
        "that",
        "the plan will fail",
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        ",",
        ".",
        ":",
        ";",
        "?",
        "!",
        "—",
        "(",
        ")",
        "\n",
        "\n\n",
        " ",
        "\x00",
        "\t",
        "in a statement",
        "who spoke Monday",
    ]
)
NEWSLIKE = st.lists(_PIECES, max_size=60).map(" ".join)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(body: str) -> None:
    statements = extract_statements(body)
    paragraphs = split_paragraphs(body)
    numbers = {p.number for p in paragraphs}
    assert [s.id for s in statements] == [f"s{i}" for i in range(1, len(statements) + 1)]
    assert [s.start for s in statements] == sorted(s.start for s in statements)
    for s in statements:
        assert 0 <= s.start < s.end <= len(body)
        assert body[s.start : s.end] == s.text
        assert s.kind in {"direct", "partial", "indirect"}
        assert s.paragraph in numbers
        para = next(p for p in paragraphs if p.start <= s.start < p.end)
        assert s.paragraph == para.number
        assert s.speaker and s.speaker.lower() not in {"he", "she", "they", "it", "we", "i"}
        assert s.side is None
    assert extract_statements(body) == statements  # deterministic


@SETTINGS
@given(NEWSLIKE)
def test_newslike_text(body):
    _check(body)


@SETTINGS
@given(ANY_TEXT)
def test_arbitrary_text(body):
    _check(body)


@SETTINGS
@given(st.lists(NEWSLIKE, min_size=1, max_size=5).map("\n\n".join))
def test_many_paragraphs(body):
    _check(body)


def test_empty_and_blank():
    assert extract_statements("") == []
    assert extract_statements("\n\n  \n") == []
