"""Benchmark claim → rebuttal pairing on the hand-annotated PolNeAR train articles.

Usage: ``python bench/exchanges.py [--shared ../shared] [--by-article] [--misses] [--cost]``

Runs ``explainer extract --json`` in process on every article of
``shared/exchanges/train.json`` (the command independent evaluation runs) and scores the
result with the reference scorer ``shared/exchanges/score.py`` itself, so the figures printed
are the reference figures: pair recall, directed recall, precision, F1 and speaker accuracy.

``--by-article`` adds one row per article; ``--misses`` prints each gold pair that was not
found, with whether both of its statements were extracted at all (so a miss can be blamed on
extraction or on linking). ``--cost`` times, on one core, extraction against sides and
pairing over all PolNeAR train texts (CPU time, the fastest of three rounds of each, taken
in turns so that a busy machine slows both alike).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from explainer.cli import main as cli  # noqa: E402
from explainer.engine.exchanges import pair  # noqa: E402
from explainer.engine.extract import extract_statements  # noqa: E402
from explainer.engine.sides import assign_sides  # noqa: E402


def reference_scorer(shared: Path):
    """The shared scorer as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("exchange_score", shared / "exchanges/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(paths: list[Path]) -> dict:
    """What ``explainer extract --json PATHS`` prints, parsed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli(["extract", "--json", *map(str, paths)])
    return json.loads(out.getvalue())


def misses(scorer, gold: dict, text_dir: Path, pred: dict) -> list[str]:
    """One line per gold pair no predicted link matches."""
    preds = {Path(a["path"]).stem: a for a in pred["articles"]}
    lines = []
    for stem, article in gold.items():
        text = (text_dir / f"{stem}.txt").read_text(encoding="utf-8")
        statements = preds[stem]["statements"]
        links = {(e["claim"], r) for e in preds[stem]["exchanges"] for r in e["rebuttals"]}

        def found(snippet, text=text, statements=statements):
            span = scorer.gold_span(text, snippet)
            return [s["id"] for s in statements if scorer.matches((s["start"], s["end"]), span)]

        for annotated in article["exchanges"]:
            claims = found(annotated["claim"]["text"])
            answers = found(annotated["rebuttal"]["text"])
            if any((c, r) in links or (r, c) in links for c in claims for r in answers):
                continue
            state = "both extracted" if claims and answers else "not extracted"
            claim, answer = annotated["claim"], annotated["rebuttal"]
            lines.append(f"{stem} [{state}]\n  claim  {claim['speaker']}: {claim['text'][:90]}"
                         f"\n  answer {answer['speaker']}: {answer['text'][:90]}")
    return lines


def cost(text_dir: Path, rounds: int = 3) -> dict[str, float]:
    """CPU seconds of extraction, of sides and of pairing over every text in ``text_dir``."""
    bodies = [p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))]
    best = {"extraction": math.inf, "sides": math.inf, "pairing": math.inf}
    for _ in range(rounds):
        started = time.process_time()
        found = [extract_statements(body) for body in bodies]
        extracted = time.process_time()
        sided = [assign_sides(s, None, body) for s, body in zip(found, bodies, strict=True)]
        with_sides = time.process_time()
        for statements, body in zip(sided, bodies, strict=True):
            pair(statements, body)
        paired = time.process_time()
        for name, seconds in (("extraction", extracted - started),
                              ("sides", with_sides - extracted), ("pairing", paired - with_sides)):
            best[name] = min(best[name], seconds)
    return {**{k: round(v, 3) for k, v in best.items()}, "articles": len(bodies),
            "pairing / extraction": round(best["pairing"] / best["extraction"], 2),
            "sides and pairing / extraction": round(
                (best["sides"] + best["pairing"]) / best["extraction"], 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--by-article", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--cost", action="store_true")
    args = parser.parse_args(argv)
    scorer = reference_scorer(args.shared)
    gold = json.loads((args.shared / "exchanges/train.json").read_text(encoding="utf-8"))
    gold = gold["articles"]
    text_dir = args.shared / "polnear/train/text"
    pred = predict([text_dir / f"{stem}.txt" for stem in gold])
    print(json.dumps(scorer.score(gold, str(text_dir), pred, args.by_article), indent=1))
    if args.misses:
        print("\n".join(misses(scorer, gold, text_dir, pred)))
    if args.cost:
        print(json.dumps(cost(text_dir), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
