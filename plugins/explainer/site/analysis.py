"""One article body in, statements with sides and the exchanges between them out.

The order matters and lives here only: an editor's corrections come first (pairing must see
the right speakers), sides are needed before pairing (a rebuttal is an answer from someone
who disagrees), an editor's own pairings come next, and inferred sides are aligned with the
exchanges last (whoever answers someone is not on their side).
"""

from __future__ import annotations

from ..corpus import reviews
from ..corpus.people import People
from ..engine.exchanges import pair
from ..engine.extract import extract_statements
from ..engine.model import Extraction
from ..engine.sides import align_sides, assign_sides


def analyse(body: str, people: People | None = None,
            review: reviews.Review | None = None) -> Extraction:
    statements = extract_statements(body)
    if review is None:
        sided = assign_sides(statements, people, body)
        pairing = pair(sided, body)
        return Extraction(align_sides(sided, pairing.exchanges), pairing.exchanges,
                          suggestions=pairing.suggestions)
    statements = reviews.apply_statement_decisions(statements, body, review)
    sided = reviews.keep_decided_sides(statements, assign_sides(statements, people, body))
    pairing = pair(sided, body)
    exchanges = reviews.apply_exchange_decisions(sided, pairing.exchanges, review)
    return Extraction(align_sides(sided, exchanges), exchanges, list(review.problems),
                      reviews.open_suggestions(pairing.suggestions, exchanges))
