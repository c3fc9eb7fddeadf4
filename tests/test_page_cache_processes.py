"""Two server processes on one database keep whole pages, and a change made in a
third process reaches both on their very next request: with Redis as the shared
cache, and on a server without it."""

import json
import shutil
import socket
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass

import pytest

from .servers import demo_database, manage, running_site, site_env

# The servers copy the migrated test database, which pytest-django only builds
# for a run in which some test asks for the database.
pytestmark = pytest.mark.django_db


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=2):
            return True
    except OSError:
        return False


@dataclass
class Sites:
    env: dict
    urls: list
    paths: dict = None

    def shell(self, code):
        """Run Python in a third process, as an editor's change in the admin."""
        return manage("shell", "--no-imports", "-c", code, env=self.env).stdout.strip()

    def get(self, base, path):
        """(status, X-Page-Cache, body) for a reader without cookies."""
        try:
            with urllib.request.urlopen(base + path, timeout=20) as response:  # noqa: S310
                body = response.read().decode()
                return response.status, response.headers["X-Page-Cache"], body
        except urllib.error.HTTPError as error:
            return error.code, error.headers["X-Page-Cache"], ""

    def assert_rebuilt_with(self, path, text):
        """Each process builds the page again, with the change, and keeps it."""
        for base in self.urls:
            status, cached, body = self.get(base, path)
            assert (status, cached) == (200, "miss")
            assert text in body
            assert self.get(base, path)[1] == "hit"

    def warm(self, path):
        """Both processes keep the page: each serves its second request whole."""
        for base in self.urls:
            self.get(base, path)
            assert self.get(base, path)[:2] == (200, "hit")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, django_db_setup, django_db_blocker):
    """The demo in an SQLite file, loaded once and copied for each variant."""
    database = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    env = site_env(database)
    env.pop("REDIS_URL", None)
    demo_database(database, django_db_blocker, env)
    return database


@pytest.fixture(scope="module", params=["redis", "no shared cache"])
def sites(request, tmp_path_factory, demo_file):
    folder = tmp_path_factory.mktemp("page-cache")
    database = folder / "site.sqlite3"
    shutil.copyfile(demo_file, database)
    extra = {"PAGE_CACHE_SECONDS": "3600"}
    if request.param == "redis":
        if not redis_answers():
            pytest.fail(
                "Redis is not answering on 127.0.0.1:6379; start it to run the "
                "page cache's Redis tests."
            )
        extra["REDIS_URL"] = "redis://127.0.0.1:6379/0"
        extra["CACHE_KEY_PREFIX"] = f"gutskin-test-{uuid.uuid4().hex}"
    else:
        extra["CONTENT_VERSION_FILE"] = str(folder / "content-version")
    env = site_env(database, **extra)
    if request.param != "redis":
        env.pop("REDIS_URL", None)
    with running_site(env) as first, running_site(env) as second:
        sites = Sites(env, [first, second])
        sites.paths = json.loads(sites.shell(PATHS))
        yield sites


FIRST_ARTICLE = (
    "from articles.models import ArticlePage\n"
    "page = ArticlePage.objects.live().order_by('pk').first()\n"
)
LAST_ARTICLE = (
    "from articles.models import ArticlePage\n"
    "page = ArticlePage.objects.live().order_by('-pk').first()\n"
)
FIRST_SYNONYM = (
    "from gutskin.taxonomy.models import Synonym\n"
    "synonym = Synonym.objects.filter(page__live=True).order_by('pk').first()\n"
)
PATHS = (
    "import json\n"
    + FIRST_ARTICLE
    + "first = page.url\n"
    + LAST_ARTICLE
    + FIRST_SYNONYM
    + "print(json.dumps({'first': first, 'last': page.url, "
    "'synonym': synonym.page.url}))"
)


def test_publishing_reaches_both_processes(sites):
    path = sites.paths["first"]
    sites.warm(path)
    title = f"Gut and skin, revised {uuid.uuid4().hex[:8]}"

    sites.shell(
        FIRST_ARTICLE + f"page.title = {title!r}\npage.save_revision().publish()"
    )

    sites.assert_rebuilt_with(path, title)


def test_unpublishing_reaches_both_processes(sites):
    path = sites.paths["last"]
    sites.warm(path)

    sites.shell(LAST_ARTICLE + "page.unpublish()")

    for base in sites.urls:
        assert sites.get(base, path)[0] == 404


def test_an_author_edit_reaches_both_processes(sites):
    path = sites.paths["first"]
    sites.warm(path)
    name = f"Dr Renamed {uuid.uuid4().hex[:8]}"

    sites.shell(FIRST_ARTICLE + f"page.author.name = {name!r}\npage.author.save()")

    sites.assert_rebuilt_with(path, name)


def test_a_synonym_edit_reaches_both_processes(sites):
    path = sites.paths["synonym"]
    suggest = "/search/suggest/?q=zz"
    sites.warm(path)
    sites.warm(suggest)
    word = f"zz{uuid.uuid4().hex[:8]}"

    sites.shell(FIRST_SYNONYM + f"synonym.other_names = {word!r}\nsynonym.save()")

    sites.assert_rebuilt_with(path, word)
    for base in sites.urls:
        suggestions = json.loads(sites.get(base, suggest)[2])["suggestions"]
        assert [item["label"] for item in suggestions] == [word]
