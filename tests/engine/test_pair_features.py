"""The evidence pairing weighs: what each candidate pair carries into the model (sentences
written for these tests)."""

from __future__ import annotations

import json

from explainer.engine.exchanges import candidates
from explainer.engine.pair_features import Evidence
from explainer.engine.pair_model import WEIGHTS, trained
from explainer.engine.sides import assign_sides

from handbuilt import Camps, build

BODY = (
    "Mayor Ann Ruiz said the new buses will cut commute times.\n\n"
    "Rider Ben Tate said the buses are always late.\n\n"
    "Ruiz said the city will hire more drivers.\n\n"
    "Tate said that claim is false and the drivers quit.\n"
)
SPECS = (
    ("Ann Ruiz", "the new buses will cut commute times", "said"),
    ("Ben Tate", "the buses are always late", "said"),
    ("Ann Ruiz", "the city will hire more drivers", "said"),
    ("Ben Tate", "that claim is false and the drivers quit", "said"),
)


def evidence(camps=None):
    statements = assign_sides(build(BODY, *SPECS), Camps(camps) if camps else None, BODY)
    return Evidence(statements, BODY), {s.id: s for s in statements}


def test_candidates_are_earlier_statements_of_other_speakers_nearest_first():
    found, by_id = evidence()
    pairs = candidates(found, by_id["s4"])
    assert [claim.id for claim, _ in pairs] == ["s3", "s1"]
    nearest, farther = (features for _, features in pairs)
    assert nearest["nearest other speaker"] == 1 and farther["nearest other speaker"] == 0
    # Tate spoke (s2) between Ruiz's s1 and his s4, not between s3 and s4
    assert nearest["answerer silent since"] == 1 and farther["answerer silent since"] == 0
    assert nearest["dismisses"] == 1  # "false"
    assert nearest["alternatives"] == farther["alternatives"] > 0


def test_a_declared_ally_is_no_candidate():
    found, by_id = evidence({"Ann Ruiz": "city", "Ben Tate": "city"})
    assert candidates(found, by_id["s4"]) == []


def test_the_committed_model_knows_every_feature():
    found, by_id = evidence()
    names = {name for _, features in candidates(found, by_id["s4"]) for name in features}
    assert names == set(trained().weights)
    assert set(json.loads(WEIGHTS.read_text(encoding="utf-8"))) == {
        "bias", "gate", "precision", "suggest", "weights"}
    assert 0 < trained().suggest <= trained().gate < 1
