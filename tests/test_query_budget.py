"""Every public page type runs a fixed number of SQL queries, at most 12, whether
the library holds 10 articles or 2,000.

The counts are taken with the page cache off (the test settings), on a request
after the first: what every reader's request costs once the per-version data
(the site, its frame, privacy settings, the search vocabulary) is built.
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.images.models import Image

from articles.models import ArticlePage
from conditions.models import ConditionPage, MechanismPage
from gutskin.clinic.models import ContactPage, PolicyPage
from gutskin.demo.generate import generate_articles

from .conftest import shared_data

# The data is built once for the module; pytest-django builds the test database
# only for a run in which some test asks for it.
pytestmark = pytest.mark.django_db

BUDGET = 12
SMALL, LARGE = 10, 2_000


def public_urls():
    """One URL of each kind readers, feed readers, crawlers and the API fetch."""
    article = ArticlePage.objects.live().order_by("pk").first()
    condition = ConditionPage.objects.live().order_by("pk").first()
    mechanism = MechanismPage.objects.live().order_by("pk").first()
    index = article.get_parent()
    tag = Tag.objects.filter(taxonomy_taggedpage_items__isnull=False).first()
    person = article.author
    image = Image.objects.order_by("pk").first()
    return {
        "home": "/",
        "condition index": condition.get_parent().url,
        "mechanism index": mechanism.get_parent().url,
        "article index": index.url,
        "article index, page 2": f"{index.url}?page=2",
        "article index, by condition": f"{index.url}?condition={condition.slug}",
        "condition": condition.url,
        "mechanism": mechanism.url,
        "article": article.url,
        "policy page": PolicyPage.objects.live().first().url,
        "contact page": ContactPage.objects.live().first().url,
        "topic index": "/topics/",
        "topic": f"/topics/{tag.slug}/",
        "A to Z": "/a-z/",
        "map": "/map/",
        "search, one word": "/search/?q=gut",
        "search, two words": "/search/?q=gut+barrier",
        "search, misspelt": "/search/?q=excema",
        "search, lay term": "/search/?q=spots",
        "search, by type": "/search/?q=skin&type=article",
        "suggestions": "/search/suggest/?q=ecz",
        "article feed (RSS)": f"{index.url}feed/",
        "article feed (Atom)": f"{index.url}feed/atom/",
        "condition feed": f"{condition.url}feed/",
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        "authors": "/authors/",
        "author profile": f"/authors/{person.slug}/",
        "API page list": "/api/v2/pages/",
        "API article list": "/api/v2/pages/?type=articles.ArticlePage",
        "API article": f"/api/v2/pages/{article.pk}/",
        "API condition": f"/api/v2/pages/{condition.pk}/",
        "API mechanism": f"/api/v2/pages/{mechanism.pk}/",
        "API images": "/api/v2/images/",
        "API image": f"/api/v2/images/{image.pk}/",
        "not found": "/no-such-page/",
    }


def count_queries(urls):
    """{name: (status, queries)} for the third request to each URL."""
    client = Client()
    counts = {}
    for name, url in urls.items():
        client.get(url)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        counts[name] = (response.status_code, len(queries))
    return counts


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    """The counts with 10 articles, then with 2,000, on the demo."""
    with shared_data(django_db_blocker):
        call_command("load_demo_content", verbosity=0)
        demo_articles = ArticlePage.objects.count()
        generate_articles(SMALL - demo_articles)
        urls = public_urls()
        small = count_queries(urls)
        generate_articles(LARGE - SMALL)
        assert ArticlePage.objects.live().count() == LARGE
        large = count_queries(urls)
        yield small, large


def kinds():
    return [
        "home",
        "condition index",
        "mechanism index",
        "article index",
        "article index, page 2",
        "article index, by condition",
        "condition",
        "mechanism",
        "article",
        "policy page",
        "contact page",
        "topic index",
        "topic",
        "A to Z",
        "map",
        "search, one word",
        "search, two words",
        "search, misspelt",
        "search, lay term",
        "search, by type",
        "suggestions",
        "article feed (RSS)",
        "article feed (Atom)",
        "condition feed",
        "sitemap",
        "robots.txt",
        "authors",
        "author profile",
        "API page list",
        "API article list",
        "API article",
        "API condition",
        "API mechanism",
        "API images",
        "API image",
        "not found",
    ]


@pytest.mark.parametrize("kind", kinds())
def test_a_page_runs_the_same_few_queries_at_any_size(counts, kind):
    small, large = counts
    status, queries = small[kind]
    assert status == (404 if kind == "not found" else 200)
    assert queries <= BUDGET, f"{kind}: {queries} queries with {SMALL} articles"
    assert large[kind] == small[kind], (
        f"{kind}: {small[kind][1]} queries with {SMALL} articles, "
        f"{large[kind][1]} with {LARGE}"
    )


def test_every_kind_of_page_is_counted(counts):
    small, _large = counts
    assert sorted(small) == sorted(kinds())
