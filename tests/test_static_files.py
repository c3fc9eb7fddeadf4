"""Production serves static files itself: hashed names, cached for ever, gzipped,
and the CSS and JS a reader's browser fetches for a page stay within a budget."""

import gzip
import re
import runpy
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.templatetags.static import static
from django.test import override_settings

from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory

ROOT = Path(__file__).resolve().parent.parent
# base.py as production reads it: test.py swaps in plain storage, in place.
PRODUCTION = runpy.run_path(str(ROOT / "gutskin" / "settings" / "base.py"))
FAR_FUTURE = "max-age=315360000, public, immutable"
BUDGET_BYTES = 50_000
HASHED = re.compile(r"^/static/css/site\.[0-9a-f]{12}\.css$")


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """`collectstatic` with production's storage, once for the module."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root, STORAGES=PRODUCTION["STORAGES"]):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def production_static(collected):
    with override_settings(
        STATIC_ROOT=collected,
        STORAGES=PRODUCTION["STORAGES"],
        MIDDLEWARE=PRODUCTION["MIDDLEWARE"],
    ):
        yield collected


def body(response):
    return b"".join(response.streaming_content)


def test_production_serves_static_files_through_whitenoise():
    middleware = PRODUCTION["MIDDLEWARE"]
    security = middleware.index("django.middleware.security.SecurityMiddleware")
    assert middleware[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    assert PRODUCTION["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_stylesheet_has_a_hashed_name_and_is_cached_for_ever(client, production_static):
    url = static("css/site.css")
    assert HASHED.match(url), url
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == FAR_FUTURE
    assert response["Content-Type"].startswith("text/css")
    assert (
        body(response)
        == (production_static / url.removeprefix("/static/")).read_bytes()
    )


def test_unhashed_name_is_not_cached_for_ever(client, production_static):
    """A name without a hash may change content at the next deploy."""
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]


def test_static_files_are_sent_gzipped_when_the_browser_accepts_it(
    client, production_static
):
    url = static("css/site.css")
    plain = body(client.get(url))
    response = client.get(url, headers={"accept-encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    compressed = body(response)
    assert gzip.decompress(compressed) == plain
    assert len(compressed) < len(plain) / 2


@pytest.fixture
def reader_pages(site_tree):
    mechanism = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Diet", slug="diet", kind="factor"
    )
    condition = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        slug="eczema",
        mechanisms=[mechanism],
    )
    ArticlePageFactory(
        parent=site_tree.articles,
        title="Food and skin",
        slug="food-and-skin",
        conditions=[condition],
        mechanisms=[mechanism],
    )
    return ["/", "/conditions/eczema/", "/articles/food-and-skin/", "/search/?q=eczema"]


def test_css_and_js_each_page_loads_stay_under_50_kb(
    client, production_static, reader_pages
):
    weights = {}
    for page in reader_pages:
        response = client.get(page)
        assert response.status_code == 200, page
        soup = BeautifulSoup(response.content, "html.parser")
        urls = [
            link["href"]
            for link in soup.find_all("link", href=True)
            if "stylesheet" in link.get("rel", [])
        ] + [script["src"] for script in soup.find_all("script", src=True)]
        assert urls, f"{page} loads no CSS or JS"
        plain = gzipped = 0
        for url in urls:
            asset = client.get(url)
            assert asset.status_code == 200, url
            assert asset["Cache-Control"] == FAR_FUTURE, url
            plain += len(body(asset))
            gzipped += len(body(client.get(url, headers={"accept-encoding": "gzip"})))
        weights[page] = (plain, gzipped)
    over = {page: sizes for page, sizes in weights.items() if sizes[0] >= BUDGET_BYTES}
    assert not over, f"CSS + JS (bytes, gzipped) over {BUDGET_BYTES:,} bytes: {over}"
