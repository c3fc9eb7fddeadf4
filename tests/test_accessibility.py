"""Readers using a real browser, a keyboard or a screen reader can use the site.

Runs Debian's Chromium through Playwright against a live server and checks each
kind of page with axe-core.
"""

import os
import shutil

import pytest
from django.core.management import call_command

from articles.models import ArticlePage

# The live server needs committed data; serialized rollback restores the rows
# Wagtail's migrations create (the root page, the default site) between tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = [
    "/",
    "/conditions/",
    "/conditions/eczema/",
    "/mechanisms/",
    "/mechanisms/gut-barrier/",
    "/articles/",
    "/articles/?condition=acne",
    "/topics/",
    "/topics/diet/",
    "/no-such-page/",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made
    # here between browser steps (loading content, flushing the database) are
    # ordinary blocking ones, so Django's async-context guard is lifted for them.
    allowed = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
    if allowed is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = allowed


@pytest.fixture
def site(browser, live_server):
    call_command("load_demo_content", verbosity=0)
    return live_server.url


def test_pages_have_no_axe_violations(browser, site):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    pages = [*PAGES, ArticlePage.objects.live().first().url]
    page = browser.new_page()
    found = {}
    for path in pages:
        page.goto(site + path)
        results = axe.run(page)
        violations = results.response["violations"]
        if violations:
            found[path] = [
                f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)" for v in violations
            ]
        assert results.response["passes"], f"axe checked nothing on {path}"
    assert found == {}


def test_keyboard_reader_skips_to_content_with_visible_focus(browser, site):
    page = browser.new_page()
    page.goto(site + "/conditions/eczema/")
    page.keyboard.press("Tab")
    text, outline, border = page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return [document.activeElement.textContent.trim(),
                    parseFloat(style.outlineWidth) *
                        (style.outlineStyle === "none" ? 0 : 1),
                    parseFloat(style.borderTopWidth)];
        }"""
    )
    assert text == "Skip to main content"
    assert max(outline, border) >= 2, "focus must be visible"
    assert page.locator(".skip-link, a[href='#main-content']").first.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main-content"


def test_small_screens_do_not_scroll_sideways(browser, site):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    for path in ("/", "/conditions/eczema/", "/articles/"):
        page.goto(site + path)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, path
