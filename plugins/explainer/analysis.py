"""One article body in, statements with sides and the exchanges between them out.

The order matters and lives here only: sides are needed before pairing, because a rebuttal
is an answer from someone who disagrees.
"""

from __future__ import annotations

from .exchanges import pair_exchanges
from .extract import extract_statements
from .model import Extraction
from .people import People
from .sides import assign_sides


def analyse(body: str, people: People | None = None) -> Extraction:
    statements = assign_sides(extract_statements(body), people, body)
    return Extraction(statements, pair_exchanges(statements, body))
