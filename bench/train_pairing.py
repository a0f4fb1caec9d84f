"""Train the pairing model on the hand-annotated train articles; report k-fold figures.

Usage: ``python bench/train_pairing.py [--shared ../shared] [--extra FILE] [--folds 5]
[--write]``

Data, PolNeAR train articles only (held-out news is never read):
``shared/exchanges/train.json`` (120 articles annotated by the guide, the reference) and
``bench/data/exchanges-extra.json`` (more train articles annotated by the same guide for this
project, see ``bench/data/README.md``). Each article is run through the engine as
``explainer extract`` runs it (statements, inferred sides, no people.yml), and every
(earlier statement, later statement) candidate that pairing considers
(:func:`explainer.engine.exchanges.candidates`) is one example, positive when the reference
scorer's span match puts the two on a gold pair.

The model is a logistic regression fitted by Newton's method with an L2 penalty (some ten
thousand examples, thirty features: pure Python is enough). The gate is the one
that gives the best pooled k-fold pair F0.5 (precision counted twice as much as recall: a
reader misled by a wrong link is worse off than one shown none; of gates within ``F1_TIE``
of the best, which the folds cannot tell apart, the lowest, which shows more) of the
*reference scorer*
over the folds' held-out articles (folds over all annotated articles; the figures are
printed for all of them and for the reference articles alone), so the figures are honest
estimates for unseen news from the same population. ``--write`` refits on all articles and
writes ``engine/pair_weights.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "bench"))

from exchanges import reference_scorer  # noqa: E402

from explainer.engine.exchanges import candidates, pair  # noqa: E402
from explainer.engine.extract import extract_statements  # noqa: E402
from explainer.engine.pair_features import Evidence  # noqa: E402
from explainer.engine.pair_model import WEIGHTS, PairModel  # noqa: E402
from explainer.engine.sides import assign_sides  # noqa: E402

EXTRA = ROOT / "bench/data/exchanges-extra.json"
L2 = 1.0
F1_TIE = 0.005  # about one link's worth of pooled F1 or F0.5 on the annotated news
GATES = (0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12, 0.15, 0.2)


def examples(scorer, body: str, statements, pairs) -> list[tuple[dict[str, float], int]]:
    """Every candidate link of one article with its gold label."""
    gold = set()
    for annotated in pairs:
        spans = [scorer.gold_span(body, annotated[k]["text"]) for k in ("claim", "rebuttal")]
        ids = [{s.id for s in statements if scorer.matches((s.start, s.end), span)}
               for span in spans]
        gold |= {(a, b) for a in ids[0] for b in ids[1]} | {(b, a) for a in ids[0] for b in ids[1]}
    evidence = Evidence(statements, body)
    return [(features, int((claim.id, answer.id) in gold))
            for answer in evidence.statements for claim, features in candidates(evidence, answer)]


def fit(rows: list[tuple[dict[str, float], int]], names: list[str]) -> PairModel:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    xs = [[1.0] + [f[n] for n in names] for f, _ in rows]
    ys = [y for _, y in rows]
    d = len(names) + 1
    w = [0.0] * d
    for _ in range(15):
        hess = [[0.0] * d for _ in range(d)]
        grad = [0.0] * d
        for x, y in zip(xs, ys, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            nonzero = [(k, v) for k, v in enumerate(x) if v]
            for k, v in nonzero:
                grad[k] += (p - y) * v
                for m, u in nonzero:
                    hess[k][m] += p * (1 - p) * v * u
        for k in range(1, d):
            grad[k] += L2 * w[k]
            hess[k][k] += L2
        hess[0][0] += 1e-9
        w = [a - b for a, b in zip(w, solve(hess, grad), strict=True)]
    weights = {n: round(v, 4) for n, v in zip(names, w[1:], strict=True)}
    return PairModel(round(w[0], 4), weights, 0.5, 0.5)


def solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gauss-Jordan elimination with partial pivoting (the matrix is small and dense)."""
    n = len(rhs)
    m = [row[:] + [rhs[i]] for i, row in enumerate(matrix)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def predictions(articles: dict, stems: list[str], model: PairModel,
                suggested: bool = False) -> dict:
    """What ``explainer extract --json`` would print for ``stems`` with ``model``; with
    ``suggested``, the editors' suggestions count as links too."""
    out = []
    for stem in stems:
        body, statements = articles[stem]
        pairing = pair(statements, body, model)
        exchanges = [{"claim": e.claim, "rebuttals": list(e.rebuttals)}
                     for e in pairing.exchanges]
        if suggested:
            exchanges += [{"claim": k.claim, "rebuttals": [k.answer]} for k in pairing.suggestions]
        out.append({"path": f"{stem}.txt",
                    "statements": [{"id": s.id, "start": s.start, "end": s.end,
                                    "speaker": s.speaker} for s in statements],
                    "exchanges": exchanges})
    return {"articles": out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--extra", type=Path, default=EXTRA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    scorer = reference_scorer(args.shared)
    reference = annotations(args.shared / "exchanges/train.json")
    gold = {**annotations(args.extra), **reference}
    text_dir = args.shared / "polnear/train/text"
    articles, rows = {}, {}
    for stem, annotated in gold.items():
        body = (text_dir / f"{stem}.txt").read_text(encoding="utf-8")
        statements = assign_sides(extract_statements(body), None, body)
        articles[stem] = (body, statements)
        rows[stem] = examples(scorer, body, statements, annotated["exchanges"])
    names = sorted(next(f for r in rows.values() for f, _ in r))
    stems = sorted(gold)
    random.Random(0).shuffle(stems)
    folds = [stems[i :: args.folds] for i in range(args.folds)]
    models = [fit([r for s in stems if s not in fold for r in rows[s]], names) for fold in folds]
    results = [(gate, *_pooled(scorer, gold, reference, text_dir, articles, folds, models,
                               gate, gate)) for gate in GATES]
    for gate, on_all, on_reference in results:
        print(f"gate {gate:.2f}: all {_brief(on_all)}; reference {_brief(on_reference)}")
    top = max(_f_half(r[1]) for r in results)  # the lowest gate the folds cannot tell apart
    best = min((r for r in results if _f_half(r[1]) >= top - F1_TIE), key=lambda r: r[0])
    print(f"{args.folds}-fold over {len(gold)} articles, chosen gate {best[0]}")
    print(f"  all annotated: {json.dumps(best[1])}")
    print(f"  reference ({len(reference)} of shared/exchanges): {json.dumps(best[2])}")
    leads = [(suggest, *_pooled(scorer, gold, reference, text_dir, articles, folds, models,
                                best[0], suggest, suggested=True))
             for suggest in GATES if suggest <= best[0]]
    for suggest, on_all, _ in leads:
        print(f"links and suggestions from {suggest:.2f}: all {_brief(on_all)}")
    lead = _chosen(leads, key=lambda r: (r[1]["pair_recall"], r[1]["pair_f1"]))
    print(f"  chosen suggest {lead[0]}: {json.dumps(lead[1])}")
    if args.write:
        model = fit([r for s in stems for r in rows[s]], names)
        WEIGHTS.write_text(PairModel(model.bias, model.weights, best[0], lead[0],
                                     best[1]["pair_precision"]).to_json())
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


def _pooled(scorer, gold, reference, text_dir, articles, folds, models, gate, suggest,
            suggested=False) -> tuple[dict, dict]:
    """The reference scorer's figures over all annotated articles and over the reference
    ones, each article paired by the model of the fold that did not see it."""
    pooled = {"articles": []}
    for fold, model in zip(folds, models, strict=True):
        tuned = PairModel(model.bias, model.weights, gate, suggest)
        pooled["articles"] += predictions(articles, fold, tuned, suggested)["articles"]
    return (scorer.score(gold, str(text_dir), pooled),
            scorer.score(reference, str(text_dir), pooled))


def _chosen(results: list[tuple], key) -> tuple:
    """Among the settings within ``F1_TIE`` of the best pair F1 (on all annotated articles;
    differences this small are within the folds' noise), the best by ``key``: the
    suggestions for editors take the one that finds most."""
    top = max(r[1]["pair_f1"] for r in results)
    near = [r for r in results if r[1]["pair_f1"] >= top - F1_TIE]
    return max(near, key=key)


def _f_half(figures: dict) -> float:
    """F0.5 of the pair precision and recall: the reader's gate weighs precision twice."""
    p, r = figures["pair_precision"], figures["pair_recall"]
    return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0


def annotations(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def _brief(figures: dict) -> str:
    return " ".join(f"{k}={figures[k]}" for k in ("predicted_links", "pair_recall",
                                                  "pair_precision", "pair_f1"))


if __name__ == "__main__":
    sys.exit(main())
