"""axe-core (from npm, injected into the page) on the pages readers use (home, indexes,
glossary, sources, method, every article and every person's page), in both palettes and at a
desktop and a phone width: no violation of any WCAG 2.0/2.1/2.2 A or AA rule, and none of
axe's best-practice rules either (landmarks, heading order, dialog names, ...).

Nothing is excluded: what axe found in Material's own markup is repaired (contrast by our CSS,
the search dialog's name by explainer.plugin.theme_fixes).
"""

from __future__ import annotations

import pytest

import explainer.site.disputes as disputes
import explainer.site.pages as pages
import explainer.site.people_pages as people_pages

from conftest import node_tool, served
from projects import build_project, copy_project

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PAGES = ["", "articles/", "glossary/", "people/", "topics/", "topics/crime/", "sources/",
         "method/", "editors/"]
EACH = ("articles", "people")  # every article and every person's page, up to LIMIT of each
LIMIT = 30  # keeps the run short if the corpus grows; the first ones by address are checked
ARTICLE = "articles/reuters-2017-08-16-sessions-chicago/"
RUN = """async ([selector, tags]) => {
  const result = await axe.run(selector || document, {runOnly: {type: 'tag', values: tags},
                                         resultTypes: ['violations']});
  return result.violations.map(v => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    return node_tool("axe-core/axe.min.js").read_text(encoding="utf-8")


def axe(page, source: str, selector: str | None = None, tags=(*WCAG, "best-practice")):
    """axe's violations on the page (or inside the elements that match selector)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=source)
    return page.evaluate(RUN, [selector, list(tags)])


def describe(violations) -> str:
    return "\n".join(f"{v['rule']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"])
                     for v in violations)


@pytest.fixture(scope="module")
def reader_pages(built_site) -> list[str]:
    pages = list(PAGES)
    for folder in EACH:
        found = sorted(p.parent.relative_to(built_site).as_posix() + "/"
                       for p in (built_site / folder).glob("*/index.html"))
        pages += found[:LIMIT]
    assert ARTICLE in pages and "people/jeff-sessions/" in pages
    return pages


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_no_axe_violations(browser, site_url, axe_source, reader_pages, scheme, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    failures = []
    for path in reader_pages:
        page.goto(site_url + path)
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
        violations = axe(page, axe_source)
        if violations:
            failures.append(f"/{path} ({scheme}, {width}px):\n{describe(violations)}")
    context.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_open_tooltip_and_a_hovered_link_pass_axe(browser, site_url, axe_source, scheme):
    """axe skips hidden tooltips and sees links at rest: open one (by keyboard focus), hover a
    link, and check both."""
    context = browser.new_context(viewport={"width": 375, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + ARTICLE)
    link = page.locator(".ex-text a[data-term]").first
    link.focus()
    tip = page.locator("#" + link.get_attribute("aria-describedby"))
    assert tip.is_visible()
    violations = axe(page, axe_source, ".ex-term:focus-within")
    card_link = page.locator(".ex-card-link").first
    card_link.hover()  # links change colour on hover and focus
    violations += axe(page, axe_source, ".ex-card:has(.ex-card-link:hover)")
    context.close()
    assert not violations, describe(violations)


def test_pages_in_parts_pass_axe(browser, axe_source, tmp_path, monkeypatch):
    """The seed site has no page long enough to be split: split them at two entries."""
    monkeypatch.setattr(people_pages, "ENTRIES_PER_PART", 2)
    monkeypatch.setattr(disputes, "ROWS_PER_PART", 2)
    monkeypatch.setattr(pages, "ARTICLES_PER_PART", 1)
    project = copy_project(tmp_path)
    site = build_project(project / "mkdocs.yml", tmp_path / "site")
    paths = ["people/jeff-sessions/", "people/jeff-sessions/2/", "topics/crime/",
             "topics/crime/2/", "articles/", "articles/index/2/"]
    assert all((site / path / "index.html").is_file() for path in paths)
    context = browser.new_context(viewport={"width": 375, "height": 900})
    page = context.new_page()
    failures = []
    with served(site) as url:
        for path in paths:
            page.goto(url + path)
            violations = axe(page, axe_source)
            if violations:
                failures.append(f"/{path}:\n{describe(violations)}")
    context.close()
    assert not failures, "\n".join(failures)
