"""The read-only content API at /api/v2/: what it serves, and what it never does."""

import datetime
from urllib.parse import quote

import pytest
from django.test import Client
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_factories import ImageFactory

from gutskin.people.models import Person

from .conftest import build_site_tree, fresh_pages, page_keys, shared_data
from .editorial import record_review
from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    PersonFactory,
    make_private,
)

PAGES = "/api/v2/pages/"


def build_content(site_tree):
    """A condition, mechanism and article, each linked to a draft and a private page."""
    barrier = MechanismPageFactory(
        parent=site_tree.mechanisms,
        title="Gut barrier",
        kind="pathway",
        tags=["gut"],
    )
    draft_mechanism = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Draft mechanism", tags=["gut"]
    )
    private_mechanism = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Private mechanism", tags=["gut"]
    )
    eczema = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        summary="Dry, itchy skin that flares.",
        other_names=["Atopic dermatitis"],
        mechanisms=[barrier, draft_mechanism, private_mechanism],
        tags=["gut", "itchy skin"],
    )
    eczema.review_interval_months = 6
    record_review(
        eczema,
        Person.objects.create(
            name="Consultant dermatologist",
            slug="consultant-dermatologist",
            credentials="MD",
            registration_number="X1",
        ),
        on=datetime.date(2025, 3, 1),
    )
    psoriasis = ConditionPageFactory(
        parent=site_tree.conditions, title="Psoriasis", mechanisms=[barrier]
    )
    draft_condition = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Draft condition",
        mechanisms=[barrier],
        tags=["gut"],
    )
    private_condition = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Private condition",
        mechanisms=[barrier],
        tags=["gut"],
    )
    author = PersonFactory(
        name="Clinic nurse team", job_title="Nurse practitioners", credentials="FNP"
    )
    article = ArticlePageFactory(
        parent=site_tree.articles,
        title="Eczema and your gut",
        author=author,
        first_published=datetime.date(2025, 2, 14),
        conditions=[eczema, draft_condition, private_condition],
        mechanisms=[barrier, draft_mechanism, private_mechanism],
        tags=["gut"],
    )
    article.lead_image = ImageFactory(title="Library title")
    article.lead_image_alt = "A bowl of oats with berries."
    article.save()
    sibling = ArticlePageFactory(
        parent=site_tree.articles, title="Itchy skin at night", conditions=[eczema]
    )
    draft_article = ArticlePageFactory(
        parent=site_tree.articles,
        title="Draft article",
        conditions=[eczema],
        mechanisms=[barrier],
        tags=["gut"],
    )
    private_article = ArticlePageFactory(
        parent=site_tree.articles,
        title="Private article",
        conditions=[eczema],
        mechanisms=[barrier],
        tags=["gut"],
    )
    for page in (draft_mechanism, draft_condition, draft_article):
        page.unpublish()
    for page in (private_mechanism, private_condition, private_article):
        make_private(page)
    return {
        "barrier": barrier,
        "eczema": eczema,
        "psoriasis": psoriasis,
        "article": article,
        "sibling": sibling,
        "hidden": [
            draft_mechanism,
            draft_condition,
            draft_article,
            private_mechanism,
            private_condition,
            private_article,
        ],
    }


@pytest.fixture(scope="class")
def published_content(django_db_setup, django_db_blocker):
    """The content, built once for a class of tests: the pages' keys by name."""
    with shared_data(django_db_blocker):
        yield page_keys(build_content(build_site_tree()))


@pytest.fixture
def content(published_content, db):
    """The shared content, as fresh pages for one test."""
    return fresh_pages(published_content)


def listing(client, **params):
    response = client.get(PAGES, params)
    assert response.status_code == 200, response.content
    return response.json()


def detail(client, page):
    response = client.get(f"{PAGES}{page.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def titles(items):
    return {item["title"] for item in items}


def logged_in(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def link(page):
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.full_url,
        "type": page.specific_class._meta.label,
    }


class TestPublishedContent:
    """Tests that read one set of pages, built once for the class."""

    def test_listing_by_type_shows_condition_fields_and_related_pages(
        self, client, content
    ):
        eczema, barrier = content["eczema"], content["barrier"]

        data = listing(client, type="conditions.ConditionPage", fields="*")

        items = {item["title"]: item for item in data["items"]}
        assert set(items) == {"Eczema", "Psoriasis"}
        item = items["Eczema"]
        assert item["meta"]["type"] == "conditions.ConditionPage"
        assert item["meta"]["html_url"] == eczema.full_url
        assert item["summary"] == "Dry, itchy skin that flares."
        assert item["tags"] == ["gut", "itchy skin"]
        assert item["also_known_as"] == ["Atopic dermatitis"]
        assert item["mechanisms"] == [{**link(barrier), "note": f"How {barrier} acts."}]
        assert item["related_conditions"] == [link(content["psoriasis"])]
        assert titles(item["related_articles"]) == {
            "Eczema and your gut",
            "Itchy skin at night",
        }
        assert item["related_articles"][0]["url"].startswith("http")

    def test_condition_shows_its_medical_review_without_private_reviewer_details(
        self, client, content
    ):
        data = detail(client, content["eczema"])

        assert data["reviewed_by"] == {
            "name": "Consultant dermatologist",
            "kind": "person",
            "credentials": "MD",
            "job_title": "",
            "profile_url": "http://localhost/authors/consultant-dermatologist/",
        }
        assert data["last_reviewed"] == "2025-03-01"
        assert data["next_review_due"] == "2025-09-01"
        assert data["review_interval_months"] == 6
        assert data["meta"]["first_published_at"]
        assert data["meta"]["last_published_at"]

    def test_bylines_link_to_absolute_profile_urls_on_the_sites_host(
        self, client, content
    ):
        article = detail(client, content["article"])
        listed = listing(client, type="articles.ArticlePage", fields="author")["items"]

        profile = "http://localhost/authors/clinic-nurse-team/"
        assert article["author"]["profile_url"] == profile
        assert {item["author"]["profile_url"] for item in listed} == {
            profile,
            "http://localhost/authors/clinic-editorial-team/",
        }
        # The same address readers (and the sitemap) use for the profile.
        assert client.get(profile.removeprefix("http://localhost")).status_code == 200

    def test_mechanism_lists_its_live_conditions_with_notes_and_articles(
        self, client, content
    ):
        barrier = content["barrier"]

        data = detail(client, barrier)

        assert data["kind"] == "pathway"
        assert [item["title"] for item in data["conditions"]] == ["Eczema", "Psoriasis"]
        assert data["conditions"][0] == {
            **link(content["eczema"]),
            "note": f"How {barrier} acts.",
        }
        assert data["related_articles"] == [link(content["article"])]

    def test_article_shows_byline_dates_lead_image_and_live_links(
        self, client, content
    ):
        article = content["article"]

        data = detail(client, article)

        assert data["author"] == {
            "name": "Clinic nurse team",
            "kind": "person",
            "credentials": "FNP",
            "job_title": "Nurse practitioners",
            "profile_url": "http://localhost/authors/clinic-nurse-team/",
        }
        assert data["first_published"] == "2025-02-14"
        assert data["reading_time"] == article.reading_time
        assert data["conditions"] == [link(content["eczema"])]
        assert data["mechanisms"] == [link(content["barrier"])]
        assert data["related_articles"] == [link(content["sibling"])]
        lead_image = data["lead_image"]
        assert lead_image["id"] == article.lead_image_id
        assert lead_image["alt"] == "A bowl of oats with berries."
        rendition = article.lead_image.get_rendition("width-960")
        assert (lead_image["url"], lead_image["width"]) == (
            rendition.url,
            rendition.width,
        )

    def test_tag_filter_finds_every_page_type_by_slug_or_name(self, client, content):
        expected = {"Gut barrier", "Eczema", "Eczema and your gut"}

        assert titles(listing(client, tag="gut")["items"]) == expected
        assert titles(listing(client, tags="gut")["items"]) == expected
        assert titles(listing(client, tag="itchy-skin")["items"]) == {"Eczema"}
        assert titles(listing(client, tag="Itchy Skin")["items"]) == {"Eczema"}
        assert titles(listing(client, tags="gut,itchy skin")["items"]) == {"Eczema"}

    def test_tag_filter_combines_with_type_and_search(self, client, content):
        by_type = listing(client, type="conditions.ConditionPage", tags="gut")
        searched = listing(client, tag="gut", search="eczema")

        assert titles(by_type["items"]) == {"Eczema"}
        assert "Eczema" in titles(searched["items"])
        assert "Gut barrier" not in titles(searched["items"])

    def test_unknown_tag_gives_an_empty_list(self, client, content):
        assert listing(client, tag="no-such-topic")["items"] == []
        assert listing(client, tags="<script>alert(1)</script>")["items"] == []

    def test_drafts_and_private_pages_never_listed(self, client, content):
        hidden = {page.title for page in content["hidden"]}

        for params in (
            {},
            {"limit": 50},
            {"type": "conditions.ConditionPage"},
            {"type": "conditions.MechanismPage"},
            {"type": "articles.ArticlePage"},
            {"type": "articles.ArticlePage,conditions.ConditionPage"},
            {"tag": "gut"},
            {"search": "draft"},
            {"search": "private"},
            {"child_of": content["article"].get_parent().pk},
        ):
            assert not titles(listing(client, **params)["items"]) & hidden, params

    @pytest.mark.parametrize(
        "title",
        [
            "Draft mechanism",
            "Draft condition",
            "Draft article",
            "Private mechanism",
            "Private condition",
            "Private article",
        ],
    )
    def test_draft_or_private_page_detail_is_not_found(self, client, content, title):
        [page] = [page for page in content["hidden"] if page.title == title]

        response = client.get(f"{PAGES}{page.pk}/")

        assert response.status_code == 404
        assert page.title not in response.content.decode()

    def test_private_page_stays_out_when_private_after_it_was_listed(
        self, client, content
    ):
        eczema = content["eczema"]
        assert "Eczema" in titles(listing(client)["items"])

        make_private(eczema)

        assert "Eczema" not in titles(listing(client)["items"])
        assert client.get(f"{PAGES}{eczema.pk}/").status_code == 404
        mechanism = detail(client, content["barrier"])
        assert "Eczema" not in titles(mechanism["conditions"])

    def test_unpublished_changes_stay_out_of_the_api(self, client, content):
        eczema = content["eczema"]
        eczema.title = "Unreviewed new title"
        eczema.summary = "Unreviewed new summary."
        eczema.save_revision()

        data = detail(client, eczema)

        assert data["title"] == "Eczema"
        assert data["summary"] == "Dry, itchy skin that flares."
        assert "Unreviewed" not in client.get(PAGES, {"fields": "*"}).content.decode()

    @pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
    @pytest.mark.parametrize("path", ["", "{pk}/"])
    def test_writes_are_refused(self, content, method, path, admin_user):
        eczema = content["eczema"]
        url = PAGES + path.format(pk=eczema.pk)
        for client in (Client(), logged_in(admin_user)):
            response = getattr(client, method)(
                url, {"title": "Hacked"}, content_type="application/json"
            )

            assert response.status_code == 405
        eczema.refresh_from_db()
        assert eczema.title == "Eczema"
        assert eczema.live

    def test_head_answers_like_get(self, client, content):
        response = client.head(f"{PAGES}{content['eczema'].pk}/")

        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"

    def test_signing_in_shows_no_more_than_anonymous_readers_see(
        self, content, admin_user
    ):
        members_only = ArticlePageFactory(
            parent=content["article"].get_parent(), title="Members only"
        )
        PageViewRestriction.objects.create(
            page=members_only, restriction_type=PageViewRestriction.LOGIN
        )
        client = logged_in(admin_user)
        assert client.get(members_only.url).status_code == 200

        response = client.get(PAGES, {"limit": 50})

        assert "Members only" not in titles(response.json()["items"])
        assert client.get(f"{PAGES}{members_only.pk}/").status_code == 404

    def test_listing_takes_the_same_queries_however_many_pages(
        self, client, content, django_assert_max_num_queries
    ):
        for _ in range(15):
            ArticlePageFactory(parent=content["article"].get_parent())

        with django_assert_max_num_queries(8):
            response = client.get(PAGES, {"type": "articles.ArticlePage"})

        assert len(response.json()["items"]) == 17

    @pytest.mark.parametrize(
        "query",
        [
            "tags=" + quote("<script>alert(1)</script>"),
            "type=conditions.ConditionPage&tags=" + quote("<script>"),
            "search=" + quote('"'),
            "search=" + quote('"gut barrier'),
            "search=" + quote("   "),
            "search=" + quote("AND OR NOT ( * ^"),
            "type=articles.ArticlePage&search=" + quote("'\\"),
            "type=articles.ArticlePage&body=abc",
            "type=articles.ArticlePage&summary=" + quote("<b>"),
        ],
    )
    def test_odd_query_values_answer_200(self, client, content, query):
        response = client.get(f"{PAGES}?{query}")

        assert response.status_code == 200
        assert "<script>" not in response.content.decode()

    def test_find_by_path_redirects_to_a_live_page_only(self, client, content):
        found = client.get(f"{PAGES}find/", {"html_path": "/conditions/eczema/"})
        hidden = client.get(
            f"{PAGES}find/", {"html_path": "/articles/private-article/"}
        )

        assert found.status_code == 302
        assert found["Location"].endswith(f"/api/v2/pages/{content['eczema'].pk}/?")
        assert hidden.status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "type=nope.Nope",
        "type=nope",
        "type=wagtailimages.Image",
        "limit=abc",
        "limit=-1",
        "limit=1000",
        "offset=-1",
        "offset=abc",
        "child_of=abc",
        "order=nope",
        "fields=nope",
        "fields=title(",
        "unknown=1",
        "type=articles.ArticlePage&first_published=abc",
        "type=articles.ArticlePage&next_review_due=2025-13-45",
        "type=articles.ArticlePage&author=abc",
        "type=articles.ArticlePage&conditions=abc",
        "type=articles.ArticlePage&review_interval_months=abc",
        "tag=%00",
        "search=%00",
        "tags=" + ",".join(f"t{n}" for n in range(11)),
    ],
)
def test_bad_query_values_answer_400_with_a_message(client, site_tree, query):
    response = client.get(f"{PAGES}?{query}")

    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        f"{PAGES}find/?id=abc",
        f"{PAGES}find/?html_path=%00",
        f"{PAGES}99999999999999999999/",
        "/api/v2/images/?width=abc",
        "/api/v2/images/?search=%22",
    ],
)
def test_odd_lookups_never_answer_500(client, site_tree, url):
    assert client.get(url).status_code in {200, 400, 404}


def test_images_endpoint_lists_images_outside_private_collections(client, db):
    public = ImageFactory(title="Oats", description="A bowl of oats.")
    private_collection = Collection.get_first_root_node().add_child(name="Staff")
    CollectionViewRestriction.objects.create(
        collection=private_collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="secret",
    )
    private = ImageFactory(title="Staff only", collection=private_collection)

    listed = client.get("/api/v2/images/", {"fields": "description"})
    hidden = client.get(f"/api/v2/images/{private.pk}/")

    assert listed.status_code == 200
    items = listed.json()["items"]
    assert [(item["title"], item["description"]) for item in items] == [
        ("Oats", "A bowl of oats.")
    ]
    assert items[0]["id"] == public.pk
    assert hidden.status_code == 404
    assert client.post("/api/v2/images/").status_code == 405
