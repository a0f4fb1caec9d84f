"""How sure the engine is that one statement answers another: a logistic model.

The weights in ``pair_weights.json`` are trained by ``bench/train_pairing.py`` on the
hand-annotated PolNeAR train articles (``shared/exchanges/train.json`` and
``bench/data/exchanges-extra.json``), never on held-out news; the same script reports
their k-fold figures with the reference scorer. A cue (a reply verb, a contradiction, a
pointer back) links two statements only when the model gives the pair at least ``gate``;
below, it is not evidence enough.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

WEIGHTS = Path(__file__).with_name("pair_weights.json")


@dataclass(frozen=True)
class PairModel:
    bias: float
    weights: dict[str, float]
    gate: float  # a link on a cue needs this probability
    suggest: float  # an unlinked statement's likeliest target is an editor's lead from here
    # share of the links shown at ``gate`` that careful readers also drew, k-fold on the
    # annotated train news: what a page may tell its readers about them
    precision: float = 0.0

    def probability(self, features: dict[str, float]) -> float:
        return self.probability_of(map(self.weights.__getitem__, features), features.values())

    def probability_of(self, weights: Iterable[float], values: Iterable[float]) -> float:
        """The probability for feature ``values`` with their ``weights``, in one order: the
        weighted sum term by term, as a generator would add it, without a Python frame per
        term (pairing scores some 30 pairs an article)."""
        z = self.bias + sum(map(operator.mul, weights, values))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def vector(self, names: Iterable[str]) -> tuple[float, ...]:
        """The weights of the features ``names``, in that order (for :meth:`probability_of`)."""
        return tuple(map(self.weights.__getitem__, names))

    def to_json(self) -> str:
        data = {"bias": self.bias, "gate": self.gate, "suggest": self.suggest,
                "precision": self.precision, "weights": self.weights}
        return json.dumps(data, indent=1, sort_keys=True) + "\n"


@functools.cache
def trained() -> PairModel:
    """The committed model (read once per process)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return PairModel(data["bias"], data["weights"], data["gate"], data["suggest"],
                     data["precision"])
