"""Benchmark claim → rebuttal pairing on the hand-annotated PolNeAR train articles.

Usage: ``python bench/exchanges.py [--shared ../shared] [--by-article] [--misses]``

Runs ``explainer extract --json`` in process on every article of
``shared/exchanges/train.json`` (the command independent evaluation runs) and scores the
result with the reference scorer ``shared/exchanges/score.py`` itself, so the figures printed
are the reference figures: pair recall, directed recall, precision, F1 and speaker accuracy.

``--by-article`` adds one row per article; ``--misses`` prints each gold pair that was not
found, with whether both of its statements were extracted at all (so a miss can be blamed on
extraction or on linking).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from explainer.cli import main as cli  # noqa: E402


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

        for pair in article["exchanges"]:
            claims, answers = found(pair["claim"]["text"]), found(pair["rebuttal"]["text"])
            if any((c, r) in links or (r, c) in links for c in claims for r in answers):
                continue
            state = "both extracted" if claims and answers else "not extracted"
            lines.append(f"{stem} [{state}]\n  claim  {pair['claim']['speaker']}: "
                         f"{pair['claim']['text'][:90]}\n  answer {pair['rebuttal']['speaker']}: "
                         f"{pair['rebuttal']['text'][:90]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--by-article", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    scorer = reference_scorer(args.shared)
    gold = json.loads((args.shared / "exchanges/train.json").read_text(encoding="utf-8"))
    gold = gold["articles"]
    text_dir = args.shared / "polnear/train/text"
    pred = predict([text_dir / f"{stem}.txt" for stem in gold])
    print(json.dumps(scorer.score(gold, str(text_dir), pred, args.by_article), indent=1))
    if args.misses:
        print("\n".join(misses(scorer, gold, text_dir, pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
