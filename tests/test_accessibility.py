"""Readers using a real browser, a keyboard or a screen reader can use the site.

Runs Debian's Chromium through Playwright against a live server and checks each
kind of page with axe-core.
"""

import shutil

import pytest

from .servers import demo_database, running_site, site_env

PAGES = [
    "/",
    "/conditions/",
    "/conditions/eczema/",
    "/mechanisms/",
    "/mechanisms/gut-barrier/",
    "/articles/",
    "/articles/?condition=acne",
    "/articles/supporting-your-microbiome-for-healthier-skin/",
    "/topics/",
    "/topics/diet/",
    "/search/?q=eczema",
    "/search/?q=excema",
    "/a-z/",
    "/map/",
    "/no-such-page/",
    # The clinic's pages (gutskin/clinic/demo.py): a policy page and the contact page.
    "/privacy/",
    "/contact/",
    # Authors and reviewers: the list, a person's profile and a team's.
    "/authors/",
    "/authors/imogen-testwell/",
    "/authors/editorial-team/",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory, django_db_setup, django_db_blocker):
    """The site as `make run` serves it, with the demo content, in its own database.

    A separate server process keeps the browser's requests off the test database
    and out of this thread's event loop.
    """
    database = tmp_path_factory.mktemp("site") / "site.sqlite3"
    env = site_env(database)
    demo_database(database, django_db_blocker, env)
    with running_site(env) as url:
        yield url


@pytest.fixture(scope="module")
def browser(site):
    """Chromium, started once the site is up: Playwright runs an event loop in
    this thread, in which the site fixture could no longer use the database."""
    from playwright.sync_api import sync_playwright

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


def test_pages_have_no_axe_violations(browser, site):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = browser.new_page()
    found = {}
    for path in PAGES:
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
    for path in ("/", "/conditions/eczema/", "/articles/", "/search/?q=diet", "/map/"):
        page.goto(site + path)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, path


def test_search_box_offers_suggestions_to_keyboard_users(browser, site):
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    page.goto(site + "/")
    box = page.locator("#site-search-query")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    options = page.locator("#site-search-query-suggestions [role=option]")

    box.press_sequentially("atop")
    options.first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert "atopic dermatitis" in options.locator(".suggest__label").all_inner_texts()
    assert (
        page.locator("[role=status]")
        .inner_text()
        .startswith(f"{options.count()} suggestion")
    )
    violations = Axe().run(page).response["violations"]
    assert [violation["id"] for violation in violations] == []

    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    assert page.evaluate("() => document.activeElement.id") == "site-search-query"
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None

    box.fill("")
    box.press_sequentially("leaky")
    options.first.wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(site + "/mechanisms/gut-barrier/")


def test_search_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    assert page.locator("#site-search-query").get_attribute("role") is None
    page.fill("#site-search-query", "leaky gut")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=leaky+gut")
    first = page.locator(".search-result__title a").first
    assert first.get_attribute("href") == "/mechanisms/gut-barrier/"
    context.close()
