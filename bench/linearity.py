"""Does the work grow linearly with the input? CPU-time ratios for 4x the input.

    .venv/bin/python bench/linearity.py

About 4 means linear, about 16 quadratic. Each stage had a quadratic (or worse) path once:
the extractor (quotes rescanned per paragraph), pairing (every earlier statement scored),
the glossary matcher (a regex alternation), Python-Markdown on bracket soup. These are
measured here, by hand, rather than asserted in tests, because time on a shared machine is
noise; record the figures in bench/README.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from explainer.corpus.glossary import Glossary, Term
from explainer.corpus.people import load_people
from explainer.engine.exchanges import pair_exchanges
from explainer.engine.extract import extract_statements
from explainer.engine.sides import assign_sides
from explainer.render.safe_markdown import render

ROOT = Path(__file__).resolve().parents[1]


def cpu_ratio(run: Callable[[int], object], small: int, factor: int = 4) -> tuple[float, float]:
    """CPU seconds of ``run(small)`` and the ratio ``run(small * factor) / run(small)``."""
    times = []
    for n in (small, small * factor):
        started = time.process_time()
        run(n)
        times.append(time.process_time() - started)
    return times[0], times[1] / max(times[0], 1e-3)


def seed_bodies() -> list[str]:
    return [p.read_text("utf-8").split("\n---\n", 1)[1]
            for p in sorted((ROOT / "corpus/articles").glob("*.md"))]


def extraction(n: int) -> None:
    extract_statements("\n\n".join(seed_bodies() * n))


def run_on_sentence(n: int) -> None:
    extract_statements("Ann Lee said the plan, he said, would fail, she said " * (75 * n))


def pairing(n: int) -> None:
    people = load_people(ROOT / "corpus/people.yml")
    body = "\n\n".join(
        f"“Crime is down {i} percent,” Chicago police Superintendent Eddie Johnson said."
        if i % 2 else f"Attorney General Jeff Sessions said crime is up {i} percent."
        for i in range(n))
    statements = assign_sides(extract_statements(body), people, body)
    pair_exchanges(statements, body)


GLOSSARY = Glossary([Term(f"t{i}", f"term number {i}", (f"alias{i} of it",), "Short.")
                     for i in range(2000)])


def glossary(n: int) -> None:
    GLOSSARY.find("A term number 7 and alias12 of it, (a+)+$ and aaaaaaaaaaaa! " * (1000 * n))


def markdown_soup(n: int) -> None:
    render("Before " + "[" * (5000 * n) + " after.")


def main() -> None:
    print(f"# {time.strftime('%Y-%m-%d')}: CPU seconds at 1x, and the ratio at 4x the input")
    print("| stage | input at 1x | CPU s at 1x | 4x / 1x |")
    print("|---|---|---|---|")
    for name, run, small, unit in (
        ("extraction", extraction, 40, "the two seed articles x 40"),
        ("extraction, one run-on sentence", run_on_sentence, 4, "300 cues, no full stop"),
        ("sides + pairing", pairing, 200, "200 statements"),
        ("glossary matching (2,000 terms)", glossary, 1, "60 KB of text"),
        ("safe Markdown, unclosed brackets", markdown_soup, 1, "5,000 '['"),
    ):
        seconds, ratio = cpu_ratio(run, small)
        print(f"| {name} | {unit} | {seconds:.2f} | {ratio:.1f} |", flush=True)


if __name__ == "__main__":
    main()
