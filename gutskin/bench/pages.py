"""The pages measured, found in the bench database, and what each costs in-process.

Imported only once Django is set up with the bench settings and database.
"""

import re
import secrets
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page as WagtailPage

from articles.models import ArticleIndexPage, ArticlePage
from conditions.models import ConditionPage, MechanismPage
from gutskin.taxonomy.models import Synonym
from gutskin.taxonomy.views import tags_in_use

from .load import CACHED, UNCACHED, Page

HOST = "127.0.0.1"


@dataclass(frozen=True)
class InProcess:
    """One page fetched in-process with the test client."""

    status: int
    bytes: int
    queries: dict  # mode -> SQL queries for one request
    ms: dict  # mode -> how long that request took


class PageError(Exception):
    """A page the benchmark needs is missing or does not answer 200."""


def path_of(page):
    _site_id, _root_url, path = page.specific.get_url_parts()
    return path


def live(model):
    page = model.objects.live().public().order_by("path").first()
    if page is None:
        raise PageError(f"No live {model._meta.verbose_name}: is the demo loaded?")
    return page


def search_terms():
    """Real words from the synonym list: a condition's one-word name, a two-word
    name, a misspelling, and a word that only the synonym list ties to its page."""
    synonyms = sorted(
        Synonym.objects.filter(page__in=WagtailPage.objects.live().public())
        .select_related("page")
        .order_by("term"),
        key=lambda synonym: -len(synonym.all_terms()),
    )
    conditions = [
        s
        for s in synonyms
        if s.term.isalpha() and isinstance(s.page.specific, ConditionPage)
    ]
    if not conditions:
        raise PageError("No synonym names a live condition: is the demo loaded?")
    two_words = next(s.term for s in synonyms if len(s.term.split()) == 2)
    synonym = next(
        word
        for s in synonyms
        for word in s.other_name_list + s.search_term_list
        if not set(re.findall(r"\w+", word.lower()))
        & set(re.findall(r"\w+", s.page.title.lower()))
    )
    # The second and third letters swapped, in the longest name ("psoriasis"
    # becomes "posriasis"): a slip readers make.
    longest = max((s.term.lower() for s in conditions), key=len)
    misspelt = longest[0] + longest[2] + longest[1] + longest[3:]
    return {
        "one word": conditions[0].term.lower(),
        "two words": two_words.lower(),
        "misspelling": misspelt,
        "synonym": synonym.lower(),
    }


def discover():
    """Every public page type, at URLs of live pages in this database."""
    article_index = live(ArticleIndexPage)
    condition = live(ConditionPage)
    mechanism = live(MechanismPage)
    article = live(ArticlePage)
    topic = tags_in_use().order_by("-page_count", "name").first()
    if topic is None:
        raise PageError("No topic is in use: is the demo loaded?")
    terms = search_terms()
    search = reverse("search")
    pages = [
        Page("home", "/"),
        Page("articles index", path_of(article_index)),
        Page("condition", path_of(condition), kind="content"),
        Page("mechanism", path_of(mechanism), kind="content"),
        Page("article", path_of(article), kind="content"),
        Page("topic index", reverse("topic_index")),
        Page("topic", reverse("topic_detail", args=[topic.slug])),
        Page("A–Z", reverse("a_to_z")),
        Page("map", reverse("gut_skin_map")),
        *(
            Page(f"search: {label}", f"{search}?{urlencode({'q': term})}", "search")
            for label, term in terms.items()
        ),
        Page(
            "search suggestions",
            f"{reverse('search_suggest')}?{urlencode({'q': terms['one word'][:3]})}",
            kind="search",
        ),
        Page(
            "articles feed",
            path_of(article_index) + article_index.reverse_subpage("rss_feed"),
        ),
        Page(
            "condition feed", path_of(condition) + condition.reverse_subpage("rss_feed")
        ),
        Page("sitemap.xml", reverse("sitemap")),
        Page("API list", "/api/v2/pages/", bust_param="_"),
        Page("API detail", f"/api/v2/pages/{article.pk}/", bust_param="_"),
    ]
    return pages


def client():
    # The bench settings allow 127.0.0.1, not the test client's "testserver".
    return Client(HTTP_HOST=HOST)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def measure(page):
    """Status, size, SQL queries and time of one request in each mode, after a
    first request that warms what any process warms once (imports, vocabulary)."""
    browser = client()
    browser.get(page.url_for(UNCACHED, "warm-" + secrets.token_hex(4)))
    queries, ms = {}, {}
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = browser.get(page.url_for(UNCACHED, secrets.token_hex(6)))
        content = body(response)
        ms[UNCACHED] = (time.perf_counter() - started) * 1000
    queries[UNCACHED] = len(captured)
    if response.status_code != 200:
        raise PageError(f"{page.name} ({page.url}) answered {response.status_code}")
    browser.get(page.url)  # a page cache stores it here, if the site has one
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        repeated = browser.get(page.url)
        body(repeated)
        ms[CACHED] = (time.perf_counter() - started) * 1000
    queries[CACHED] = len(captured)
    if repeated.status_code != 200:
        raise PageError(f"{page.name} ({page.url}) answered {repeated.status_code}")
    return InProcess(response.status_code, len(content), queries, ms)


def profile(page, mode, seconds=3.0, max_requests=300):
    """Where the time goes for one page, from pyinstrument over repeated requests."""
    from pyinstrument import Profiler

    browser = client()
    browser.get(page.url_for(mode, "warm-" + secrets.token_hex(4)))
    browser.get(page.url)
    token = secrets.token_hex(6)
    profiler = Profiler(interval=0.0005)
    count = 0
    started = time.perf_counter()
    profiler.start()
    while count < max_requests and time.perf_counter() - started < seconds:
        browser.get(page.url_for(mode, f"{token}-{count}"))
        count += 1
    profiler.stop()
    text = profiler.output_text(
        unicode=False,
        color=False,
        time="percent_of_total",
        processor_options={"filter_threshold": 0.02},
    )
    # The tree only: the banner above it says nothing about the page.
    lines = text.splitlines()
    start = next(
        (i for i, line in enumerate(lines) if line.startswith("Profile at")), -1
    )
    session = profiler.last_session
    # The call tree cannot say which query a template's loop ran: the SQL can.
    with CaptureQueriesContext(connection) as captured:
        browser.get(page.url_for(mode, f"{token}-sql"))
    queries = [(float(query["time"]) * 1000, query["sql"]) for query in captured]
    return Profile(
        requests=count,
        seconds=session.duration,
        cpu_seconds=session.cpu_time,
        tree="\n".join(lines[start + 1 :]).strip("\n"),
        queries=len(queries),
        query_ms=sum(ms for ms, _sql in queries),
        slowest=[(ms, shorten(sql)) for ms, sql in sorted(queries, reverse=True)[:3]],
    )


def shorten(sql, limit=900):
    """A query without its long column lists, which say little about its cost."""
    sql = re.sub(r"^SELECT .*? FROM ", "SELECT ... FROM ", sql, count=1)
    sql = re.sub(
        r" GROUP BY .*?(?= HAVING | ORDER BY | LIMIT |$)", " GROUP BY ...", sql
    )
    return sql if len(sql) <= limit else sql[:limit] + " ..."


@dataclass(frozen=True)
class Profile:
    """pyinstrument's call tree over `requests` in-process requests to one page,
    and the SQL of one more."""

    requests: int
    seconds: float
    cpu_seconds: float
    tree: str
    queries: int
    query_ms: float
    slowest: list  # (ms, SQL) of the slowest queries
