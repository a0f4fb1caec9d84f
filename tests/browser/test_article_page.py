"""An article page in a real browser: the glossary tooltip (hover, keyboard, touch, Esc)
and the claim/response layout on a wide screen and on a phone."""

from __future__ import annotations

import pytest

from conftest import CUT_OFF

DNAINFO = "articles/dnainfo-2017-08-16-sessions-call-your-mayor/"
REUTERS = "articles/reuters-2017-08-16-sessions-chicago/"


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + REUTERS)
    yield page
    context.close()


def tooltip_of(page, term_id):
    link = page.locator(f".ex-text a[data-term='{term_id}']").first
    tip = page.locator("#" + link.get_attribute("aria-describedby"))
    return link, tip


def test_tooltip_opens_on_hover_and_closes_with_escape(page):
    link, tip = tooltip_of(page, "sanctuary-policy")
    assert not tip.is_visible()
    link.hover()
    assert tip.is_visible()
    assert "sanctuary" in tip.inner_text().lower()
    tip.hover()  # the pointer can move onto the tooltip without losing it (WCAG 1.4.13)
    assert tip.is_visible()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.mouse.move(0, 0)
    link.hover()
    assert tip.is_visible()


def test_tooltip_opens_on_keyboard_focus_and_closes_with_escape(page):
    link, tip = tooltip_of(page, "sanctuary-policy")
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.term") == "sanctuary-policy":
            break
    else:
        pytest.fail("the glossary link was never reached with Tab")
    assert tip.is_visible()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    assert page.evaluate("document.activeElement.dataset.term") == "sanctuary-policy"


def test_first_tap_shows_the_definition_second_tap_follows_the_link(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 800}, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    page.goto(site_url + REUTERS)
    link, tip = tooltip_of(page, "sanctuary-policy")
    link.scroll_into_view_if_needed()
    link.tap()
    assert tip.is_visible()
    assert page.url.endswith(REUTERS)
    link.tap()
    page.wait_for_url("**/glossary/#sanctuary-policy")
    context.close()


@pytest.mark.parametrize("width", [1280, 375, 320])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("article", [DNAINFO, REUTERS])
def test_claims_and_responses_layout(browser, site_url, artifacts, width, scheme, article):
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + article)
    rows = page.locator("[data-exchange]")
    assert rows.count() >= 2
    for index in range(rows.count()):
        row = rows.nth(index)
        claims = row.locator("[data-role='claim']")
        claim, last = claims.first.bounding_box(), claims.last.bounding_box()
        response = row.locator("[data-role='rebuttal']")
        if response.count() == 0:
            continue
        answer = response.first.bounding_box()
        if width >= 1000:
            assert answer["x"] > claim["x"] + claim["width"] - 1  # side by side, claims left
            assert abs(answer["y"] - claim["y"]) < 2
        else:
            assert answer["y"] >= last["y"] + last["height"] - 1  # stacked, the claims first
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(CUT_OFF) == []  # nothing reaches past the edge of the screen
    name = "article" if article == DNAINFO else "article-reuters"
    page.screenshot(path=str(artifacts / f"{name}-{width}-{scheme}.png"), full_page=True)
    context.close()
