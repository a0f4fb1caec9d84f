"""What a reader on a phone, a keyboard or paper gets, in headless Chromium.

- every page reflows at 320 px: nothing is cut off at the edge of the screen;
- long quotes, names, titles and links wrap (a corpus copy with very long words);
- every visible link is reachable with Tab, and each glossary tooltip opens on focus, fits on
  the screen and closes with Esc;
- the side and the role of each statement are written in text, not shown by colour alone;
- printed, each claim stays beside its responses, on one page (a PDF is saved in
  test-artifacts/);
- on a phone, article and person pages open their table of contents ("On this page") by
  touch or keyboard, and a screen reader hears a collapsed, then expanded, button.
"""

from __future__ import annotations

import functools
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import CUT_OFF, _QuietHandler
from projects import build_project, copy_project

REUTERS = "articles/reuters-2017-08-16-sessions-chicago/"
DNAINFO = "articles/dnainfo-2017-08-16-sessions-call-your-mayor/"
READER_PAGES = ["", "articles/", REUTERS, DNAINFO, "glossary/", "people/",
                "people/jeff-sessions/", "topics/", "topics/crime/", "sources/", "method/"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_reflows_at_320_px(browser, site_url, scheme):
    context = browser.new_context(viewport={"width": 320, "height": 640}, color_scheme=scheme)
    page = context.new_page()
    cut = {}
    for path in READER_PAGES:
        page.goto(site_url + path)
        if found := page.evaluate(CUT_OFF):
            cut["/" + path] = found[:5]
    context.close()
    assert cut == {}


# --- long words -------------------------------------------------------------------------------

LONG_NAME = ("Hubert Blaine Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"
             "schaferswessenschafewarenwohlgepflegt Sr.")
LONG_ARTICLE = """---
title: "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewaren \
and the Sanctuary-Policy-Implementation-Coordination-Interagency-Taskforce"
publisher: The Extraordinarily Long Publication Name Gazette-Chronicle-Herald-Tribune-Observer
author: Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschafers
published: 2017-08-17
---
“Sanctuary policies are a Pneumonoultramicroscopicsilicovolcanoconiosis-grade-catastrophe-for-\
law-and-order-everywhere, and https://example.org/a/very/long/path/that/never/breaks/anywhere/\
at/all/because/it/is/one/word proves it,” Hubert Wolfeschlegelsteinhausenbergerdorff said.

Mayor Rahm Emanuel said that is wrong: sanctuary policy builds trust between immigrant \
communities and police, Supercalifragilisticexpialidocious-Antidisestablishmentarianism-\
Floccinaucinihilipilification.
"""
LONG_PERSON = f"""
  - name: {LONG_NAME}
    aliases: [Hubert Wolfeschlegelsteinhausenbergerdorff]
    role: Commissioner of the Sanctuary-Policy-Implementation-Coordination-Interagency-\
Taskforce-and-Working-Group
    side: federal
    kind: person
"""


@pytest.fixture(scope="module")
def long_site_url(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("long"))
    (project / "corpus/articles/long-words.md").write_text(LONG_ARTICLE, encoding="utf-8")
    with (project / "corpus/people.yml").open("a", encoding="utf-8") as people:
        people.write(LONG_PERSON)
    site = build_project(project / "mkdocs.yml", project / "site", strict=False)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_long_quotes_and_names_wrap(browser, long_site_url, artifacts, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(long_site_url + "articles/long-words/")
    claim = page.locator("[data-exchange] [data-role='claim']").first
    assert claim.locator(".ex-speaker").text_content() == LONG_NAME  # the test's premise
    name = claim.locator(".ex-speaker").bounding_box()
    assert name["height"] > 40  # the name wraps onto several lines, within its card
    assert page.evaluate(CUT_OFF) == []
    page.screenshot(path=str(artifacts / f"long-words-{width}.png"), full_page=True)
    for path in ["glossary/", "articles/", "topics/", "sources/", "people/"]:
        page.goto(long_site_url + path)
        assert page.evaluate(CUT_OFF) == [], path
    page.locator(".md-content a", has_text="Hubert").first.click()  # the person's page
    assert page.locator("h1").inner_text() == LONG_NAME
    assert page.evaluate(CUT_OFF) == [], page.url
    context.close()


# --- keyboard ---------------------------------------------------------------------------------

TAB_STOP = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const tip = el.dataset.term ? document.getElementById(el.getAttribute('aria-describedby'))
                              : null;
  const box = tip && tip.getBoundingClientRect();
  return {key: el.dataset.tabKey || null, term: el.dataset.term || null,
          tipShown: tip ? getComputedStyle(tip).display !== 'none' : null,
          tipInside: tip ? box.left >= 0 && box.right <= innerWidth : null};
}"""
MARK_LINKS = """() => {
  const links = [...document.querySelectorAll('a[href]')].filter(a =>
    a.checkVisibility({visibilityProperty: true}) && a.getClientRects().length
    && a.tabIndex >= 0 && !a.closest('[inert]'));
  links.forEach((a, i) => { a.dataset.tabKey = String(i); });
  return links.map(a => a.outerHTML.slice(0, 120));
}"""


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("path", [REUTERS, DNAINFO, "glossary/", "people/jeff-sessions/"])
def test_every_link_and_tooltip_is_reachable_by_tab(browser, site_url, width, path):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site_url + path)
    links = page.evaluate(MARK_LINKS)
    assert len(links) > 20
    reached, terms = set(), 0
    for _ in range(len(links) * 3 + 50):
        page.keyboard.press("Tab")
        stop = page.evaluate(TAB_STOP)
        if stop is None:
            continue
        if stop["key"] is not None:
            if stop["key"] in reached:
                break  # round the page once
            reached.add(stop["key"])
        if stop["term"]:
            terms += 1
            assert stop["tipShown"], f"tooltip of {stop['term']} not shown on focus"
            assert stop["tipInside"], f"tooltip of {stop['term']} runs off the screen"
            page.keyboard.press("Escape")
            again = page.evaluate(TAB_STOP)
            assert again["term"] == stop["term"]  # Esc keeps the focus where it was
            assert not again["tipShown"], f"tooltip of {stop['term']} not closed by Esc"
    missed = [links[int(k)] for k in map(str, range(len(links))) if k not in reached]
    assert missed == []
    assert terms == page.locator(".ex-text a[data-term]").count()
    assert terms > 0 or not path.startswith("articles/")
    context.close()



@pytest.mark.parametrize("article", [REUTERS, DNAINFO])
def test_tooltips_fit_a_320_px_screen_on_tap_and_hover(browser, site_url, article):
    context = browser.new_context(viewport={"width": 320, "height": 640}, has_touch=True)
    page = context.new_page()
    page.goto(site_url + article)
    links = page.locator(".ex-text a[data-term]")
    assert links.count() > 0
    for index in range(links.count()):
        link = links.nth(index)
        tip = page.locator("#" + link.get_attribute("aria-describedby"))
        link.scroll_into_view_if_needed()
        for show in (link.tap, link.hover):
            show()
            assert tip.is_visible()
            box = tip.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 320, (index, show.__name__)
            page.keyboard.press("Escape")
            assert not tip.is_visible()
            page.mouse.move(0, 0)  # the pointer leaves, so the next hover counts
    context.close()

# --- sides in words ---------------------------------------------------------------------------

# a statement in no answered exchange is listed by side, as a "Statement"
ROLE_LABELS = {"claim": "Claim", "rebuttal": "Response", "statement": "Statement"}


@pytest.mark.parametrize("path", [REUTERS, DNAINFO, "topics/crime/"])
def test_sides_and_roles_are_written_in_text(browser, site_url, path):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(site_url + path)
    cards = page.locator("[data-role]")
    assert cards.count() > 2
    for index in range(cards.count()):
        card = cards.nth(index)
        role = ROLE_LABELS[card.get_attribute("data-role")]
        label = card.locator(".ex-role-label")
        side = card.locator(".ex-side")
        assert label.is_visible() and label.text_content() == role
        assert side.is_visible() and side.text_content().startswith("Side: ")
        assert len(side.text_content()) > len("Side: ")
        speaker = card.locator(".ex-speaker").text_content()
        assert speaker and speaker in card.locator(".ex-card-head").inner_text()
    context.close()


# --- print ------------------------------------------------------------------------------------

def test_print_keeps_each_claim_with_its_responses(browser, site_url, artifacts):
    context = browser.new_context(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    page = context.new_page()
    page.goto(site_url + REUTERS)
    page.emulate_media(media="print")
    rows = page.locator("[data-exchange]")
    assert rows.count() > 2
    for index in range(rows.count()):
        row = rows.nth(index)
        assert row.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
        claims = row.locator("[data-role='claim']").all()
        responses = row.locator("[data-role='rebuttal']").all()
        for card in (*claims, *responses):
            assert card.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
            assert card.is_visible()
        if responses:  # side by side on paper, claims left
            left, right = claims[0].bounding_box(), responses[0].bounding_box()
            assert right["x"] >= left["x"] + left["width"] and abs(right["y"] - left["y"]) < 2
        # avoid can only hold what fits on a page (A4 less Chromium's default margins)
        assert row.bounding_box()["height"] < 1123 - 2 * 38
    assert page.locator(".ex-tip").first.evaluate("e => getComputedStyle(e).display") == "none"
    pdf = Path(artifacts / "article-print.pdf")
    page.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000
    context.close()


# --- "On this page" on a phone ------------------------------------------------------------


def disclosure_state(page, name: str) -> bool | None:
    """Whether Chromium's accessibility tree, which screen readers read, has the disclosure
    button ``name`` expanded (None: no such button)."""
    nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    for node in nodes:
        if (node.get("role", {}).get("value") == "DisclosureTriangle"
                and node.get("name", {}).get("value") == name):
            states = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            return bool(states.get("expanded"))
    return None


@pytest.mark.parametrize("width", [320, 375, 412])
@pytest.mark.parametrize("path, section", [(REUTERS, "article-text"),
                                           ("people/jeff-sessions/", "topic-1")])
def test_a_phone_opens_the_pages_contents_by_keyboard(browser, site_url, width, path, section):
    context = browser.new_context(viewport={"width": width, "height": 700})
    page = context.new_page()
    try:
        page.goto(site_url + path)
        toggle = page.locator("details.ex-toc > summary")
        assert toggle.is_visible()
        assert disclosure_state(page, "On this page") is False  # "collapsed" to a reader
        link = page.locator(f"details.ex-toc a[href='#{section}']")
        assert not link.is_visible()
        toggle.focus()
        page.keyboard.press("Enter")
        assert link.is_visible()
        assert disclosure_state(page, "On this page") is True
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        link.focus()
        page.keyboard.press("Enter")
        page.wait_for_function(f"location.hash === '#{section}'")
        heading = page.locator(f"#{section}").bounding_box()
        assert 0 <= heading["y"] < 700  # scrolled into view
    finally:
        context.close()


def test_wide_screens_keep_materials_sidebar_for_an_articles_contents(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_url + REUTERS)
        assert not page.locator("details.ex-toc").is_visible()
        assert page.locator(".md-sidebar--secondary a[href='#article-text']").is_visible()
    finally:
        context.close()
