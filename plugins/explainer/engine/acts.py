"""What a card shows for a statement whose content is only the object of its cue.

"Sessions criticized the city of Chicago’s political leadership": the extractor's content is
"the city of Chicago’s political leadership", a noun phrase that asserts nothing. The card
shows the act with its object instead ("criticized the city of Chicago’s political
leadership"); the statement's span (what the scorers and the open data use) stays the same.
"""

from __future__ import annotations

from .cues import INFINITIVE_OK, cue_info
from .model import Statement


def shown_text(statement: Statement) -> str:
    """The words a reader sees for ``statement``.

    Cues whose content is their object keep their verb: "accused Republicans of placing the
    interests of the NRA ahead of …", "criticizes Chicago and its high murder rate"; so do
    promises of an act: "pledged to enact judicial reform". Quotes and clauses ("said the plan
    would fail") are shown as they are.
    """
    text = " ".join(statement.text.split())
    words = statement.cue.split()
    if statement.kind != "indirect" or not words:
        return text
    lemma, cls = cue_info(words[-1])
    if cls == "object" or (lemma in INFINITIVE_OK and text.startswith("to ")):
        return f"{' '.join(words)} {text}"
    return text
