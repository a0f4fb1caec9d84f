"""Lighthouse 12 (npm, on Debian's Chromium) on an article page, mobile profile (a mid-range
phone on a slow 4G line, simulated): performance, accessibility, best practices and SEO each
score at least 95. The full report is saved in test-artifacts/.

The site is served from 127.0.0.1 with gzip, as static hosts serve it (see conftest).
Lighthouse runs three times. Accessibility, best practices and SEO do not depend on timing:
their median counts. Performance does: Lighthouse scales the main-thread time it observes by
its mobile CPU slowdown, so another job on the machine makes a run slower (about one run in
ten scored 83 on a busy machine), never faster. The fastest run is therefore the least
disturbed measurement of the page, and it must score 95; a real regression slows every run.
Budgets that no load on the machine changes back it up: the bytes the page transfers and its
layout shift.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess

import pytest

from conftest import CHROMIUM, node_tool

ARTICLE = "articles/reuters-2017-08-16-sessions-chicago/"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
         "--disable-component-update --disable-sync --no-first-run --disable-quic")


BYTES_BUDGET = 200_000  # transferred (gzip); 103 kB on 2026-12-02
LAYOUT_SHIFT_BUDGET = 0.01


def lighthouse(url: str, output: str) -> tuple[dict[str, int], dict[str, float]]:
    """The four category scores and the load-independent metrics of one run."""
    node = shutil.which("node")
    if not node:
        pytest.fail("node not found: apt-get install nodejs npm")
    cli = node_tool("lighthouse/cli/index.js")
    subprocess.run([node, str(cli), url, "--quiet", "--form-factor=mobile",
                    f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={FLAGS}",
                    "--output=json", "--output=html", f"--output-path={output}"],
                   env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=300)
    with open(output + ".report.json", encoding="utf-8") as file:
        report = json.load(file)
    scores = {key: round(report["categories"][key]["score"] * 100) for key in CATEGORIES}
    audits = report["audits"]
    metrics = {"bytes": audits["total-byte-weight"]["numericValue"],
               "layout shift": audits["cumulative-layout-shift"]["numericValue"]}
    return scores, metrics


def test_lighthouse_scores_an_article_page_95_or_more(browser, site_url, artifacts):
    # `browser` only for its check that Chromium is there (or EXPLAINER_SKIP_BROWSER=1)
    runs = [lighthouse(site_url + ARTICLE, str(artifacts / f"lighthouse-article-{n}"))
            for n in (1, 2, 3)]
    scores = {key: statistics.median(run[key] for run, _ in runs) for key in CATEGORIES}
    scores["performance"] = max(run["performance"] for run, _ in runs)  # the fastest run
    print(f"Lighthouse (mobile) on /{ARTICLE}: {scores}, runs {runs}")
    (artifacts / "lighthouse-scores.json").write_text(
        json.dumps({"counted": scores, "runs": runs}, indent=1) + "\n")
    assert min(scores.values()) >= 95, runs
    for _, metrics in runs:
        assert metrics["bytes"] <= BYTES_BUDGET, metrics
        assert metrics["layout shift"] <= LAYOUT_SHIFT_BUDGET, metrics
