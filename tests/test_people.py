"""Readers find who wrote and reviewed each page: a list of everyone and a profile
each, with only live, public pages on it; search engines read the same; editors
add people in the admin."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site
from wagtail_factories import ImageFactory

from gutskin.clinic.models import ClinicSettings
from gutskin.people.models import Person

from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    HomePageFactory,
    MechanismPageFactory,
    PersonFactory,
    make_private,
)

HOST = "http://localhost"


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(tag):
    return " ".join(tag.get_text().split())


def publish(page):
    """Publish through a revision, as the admin does, so publish dates are set."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    entries = {}
    for url in root.findall("sm:url", NS):
        lastmod = url.findtext("sm:lastmod", namespaces=NS)
        entries[url.findtext("sm:loc", namespaces=NS)] = (
            datetime.date.fromisoformat(lastmod) if lastmod else None
        )
    return entries


@pytest.fixture
def ada(db):
    return PersonFactory(
        name="Ada Example",
        slug="ada-example",
        credentials="MD",
        job_title="Consultant dermatologist",
        biography=(
            "Trained in <b>dermatology</b> & medicine.\n\nSees adults with eczema."
        ),
        registration_number="X0000001",
    )


@pytest.fixture
def team(db):
    return PersonFactory(name="Clinic editorial team", job_title="Patient education")


def hidden_pages(site_tree, **byline):
    """A draft, an unpublished, a password-protected and a login-only page."""
    draft = ArticlePageFactory(
        parent=site_tree.articles, title="Draft piece", live=False, **byline
    )
    withdrawn = publish(
        ConditionPageFactory(
            parent=site_tree.conditions, title="Withdrawn rash", **byline
        )
    )
    withdrawn.unpublish()
    password = make_private(
        ArticlePageFactory(parent=site_tree.articles, title="Password piece", **byline)
    )
    login = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Staff pathway", **byline
    )
    PageViewRestriction.objects.create(
        page=login, restriction_type=PageViewRestriction.LOGIN
    )
    return [draft, withdrawn, password, login]


HIDDEN_TITLES = {"Draft piece", "Withdrawn rash", "Password piece", "Staff pathway"}


# The list of authors and reviewers


def test_index_lists_people_then_teams_with_credentials_roles_and_counts(
    client, site_tree, ada, team
):
    PersonFactory(name="Zed Writer", credentials="RN", job_title="Nurse")
    ArticlePageFactory(parent=site_tree.articles, author=ada)
    ArticlePageFactory(parent=site_tree.articles, author=ada)
    ConditionPageFactory(parent=site_tree.conditions, author=team, reviewed_by=ada)
    hidden_pages(site_tree, author=ada, reviewed_by=ada)

    soup = soup_of(client.get("/authors/"))

    assert [text(h) for h in soup.select("main h2")] == ["People", "Teams"]
    summaries = soup.select(".person-summary")
    assert [text(s.select_one(".person-summary__name")) for s in summaries] == [
        "Ada Example, MD",
        "Zed Writer, RN",
        "Clinic editorial team",
    ]
    first = summaries[0]
    assert first.select_one("a")["href"] == "/authors/ada-example/"
    assert text(first.select_one(".person-summary__role")) == "Consultant dermatologist"
    # Drafts, unpublished and private pages are not counted.
    assert text(first.select_one(".person-summary__counts")) == (
        "Wrote 2 pages; medically reviewed 1"
    )
    assert text(summaries[1].select_one(".person-summary__counts")) == (
        "No published pages yet"
    )
    assert text(summaries[2].select_one(".person-summary__counts")) == "Wrote 1 page"


def test_index_photo_is_a_sized_rendition_with_empty_alt_beside_the_name(
    client, site_tree, ada
):
    ada.photo = ImageFactory()
    ada.save()

    soup = soup_of(client.get("/authors/"))

    [photo] = soup.select(".person-summary img")
    # The name is right beside it; "Photo of Ada Example" would only repeat it.
    assert photo["alt"] == ""
    assert (photo["width"], photo["height"]) == ("96", "96")
    assert "/media/images/" in photo["src"]


def test_index_has_title_description_canonical_and_sharing_tags(client, site_tree):
    soup = soup_of(client.get("/authors/"))

    assert text(soup.title) == "Authors and reviewers | Gut & Skin"
    assert soup.find("link", rel="canonical")["href"] == f"{HOST}/authors/"
    assert soup.find("meta", property="og:url")["content"] == f"{HOST}/authors/"
    assert soup.find("meta", property="og:type")["content"] == "website"
    assert soup.find("meta", attrs={"name": "description"})["content"]
    assert [text(li) for li in soup.select(".breadcrumbs li")] == [
        "Home",
        "Authors and reviewers",
    ]


def test_index_queries_do_not_grow_with_people_or_pages(
    client, site_tree, django_assert_max_num_queries
):
    first = PersonFactory(name="Writer 0", credentials="RN", photo=ImageFactory())
    ArticlePageFactory(parent=site_tree.articles, author=first)
    client.get("/authors/")  # makes the photo's rendition once
    with CaptureQueriesContext(connection) as few:
        client.get("/authors/")
    budget = len(few)  # read now: each request empties Django's query log
    for number in range(1, 15):
        person = PersonFactory(
            name=f"Writer {number}", credentials="RN", photo=ImageFactory()
        )
        person.photo.get_rendition("fill-96x96")
        ArticlePageFactory(parent=site_tree.articles, author=person, reviewed_by=first)
    client.get("/authors/")  # the first request after a change reads the site anew

    with django_assert_max_num_queries(budget):
        response = client.get("/authors/")

    assert len(soup_of(response).select(".person-summary")) == 15


# Profiles


def test_profile_shows_name_credentials_role_registration_and_escaped_biography(
    client, site_tree, ada
):
    ada.photo = ImageFactory(file__width=600, file__height=600)
    ada.save()

    soup = soup_of(client.get("/authors/ada-example/"))

    assert text(soup.h1) == "Ada Example, MD"
    assert text(soup.select_one(".page-header .lead")) == "Consultant dermatologist"
    assert "Professional registration number: X0000001" in text(soup.main)
    assert soup.select_one(".page-header .badge") is None  # not a team
    photo = soup.select_one(".profile__photo")
    assert photo["alt"] == ""  # the h1 beside it names her
    assert (photo["width"], photo["height"]) == ("240", "240")
    paragraphs = soup.select(".profile__biography p")
    assert [text(p) for p in paragraphs] == [
        "Trained in <b>dermatology</b> & medicine.",
        "Sees adults with eczema.",
    ]
    assert soup.select(".profile__biography b") == []


def test_team_profile_is_labelled_as_a_team(client, site_tree, team):
    soup = soup_of(client.get("/authors/clinic-editorial-team/"))

    assert text(soup.h1) == "Clinic editorial team"
    assert text(soup.select_one(".page-header .badge")) == "Team"
    assert "registration number" not in text(soup.main)


def test_profile_lists_pages_written_and_reviewed_newest_first_with_type_and_date(
    client, site_tree, ada
):
    ArticlePageFactory(
        parent=site_tree.articles,
        title="Oldest piece",
        author=ada,
        first_published=datetime.date(2024, 1, 1),
    )
    ArticlePageFactory(
        parent=site_tree.articles,
        title="Newest piece",
        author=ada,
        first_published=datetime.date(2025, 6, 1),
    )
    ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        author=ada,
        first_published=datetime.date(2024, 5, 1),
    )
    MechanismPageFactory(
        parent=site_tree.mechanisms,
        title="Gut barrier",
        reviewed_by=ada,
        last_reviewed=datetime.date(2025, 3, 1),
    )
    MechanismPageFactory(
        parent=site_tree.mechanisms,
        title="Diet",
        reviewed_by=ada,
        last_reviewed=datetime.date(2026, 1, 10),
    )

    soup = soup_of(client.get("/authors/ada-example/"))

    written = soup.find(id="written-heading").find_parent("section")
    assert text(written.h2) == "Written by Ada Example"
    assert [text(li) for li in written.select("li")] == [
        "Newest piece Article First published 1 June 2025",
        "Eczema Condition First published 1 May 2024",
        "Oldest piece Article First published 1 January 2024",
    ]
    assert written.select_one("li a")["href"] == "/articles/newest-piece/"
    assert written.select_one("li time")["datetime"] == "2025-06-01"
    reviewed = soup.find(id="reviewed-heading").find_parent("section")
    assert text(reviewed.h2) == "Medically reviewed by Ada Example"
    assert [text(li) for li in reviewed.select("li")] == [
        "Diet Mechanism Reviewed 10 January 2026",
        "Gut barrier Mechanism Reviewed 1 March 2025",
    ]


def test_profile_never_lists_drafts_unpublished_or_private_pages(
    client, site_tree, ada
):
    ArticlePageFactory(
        parent=site_tree.articles,
        title="Public piece",
        author=ada,
        first_published=datetime.date(2024, 3, 1),
    )
    hidden_pages(site_tree, author=ada, reviewed_by=ada)

    soup = soup_of(client.get("/authors/ada-example/"))

    assert [text(li) for li in soup.select(".credit-list li")] == [
        "Public piece Article First published 1 March 2024"
    ]
    page_text = soup.decode()
    assert [title for title in HIDDEN_TITLES if title in page_text] == []
    assert text(soup.find(id="reviewed-heading").find_parent("section")).endswith(
        "No reviewed pages yet."
    )


def test_person_with_nothing_published_still_has_a_profile(client, site_tree, ada):
    hidden_pages(site_tree, author=ada)

    soup = soup_of(client.get("/authors/ada-example/"))

    assert text(soup.h1) == "Ada Example, MD"
    assert "No published pages yet." in text(soup.main)
    assert "No reviewed pages yet." in text(soup.main)
    # Still in the list of everyone, though search engines are not sent to it.
    listed = soup_of(client.get("/authors/")).select(".person-summary")
    assert [text(s.select_one(".person-summary__counts")) for s in listed] == [
        "No published pages yet"
    ]
    assert f"{HOST}/authors/ada-example/" not in sitemap_entries(client)


def test_unknown_long_or_odd_profile_addresses_are_not_found(client, site_tree, ada):
    longest = "a" * 120
    PersonFactory(name="Long name", slug=longest)
    paths = [
        "/authors/nobody/",
        # Cutting the address to the field's length would find the person above.
        f"/authors/{longest}b/",
        "/authors/" + "ada-example" * 50 + "/",
        "/authors/%E2%9C%93/",
        "/authors/ada.example/",
        "/authors/%3Cscript%3E/",
        "/authors/ada-example/extra/",
    ]

    assert {path: client.get(path).status_code for path in paths} == dict.fromkeys(
        paths, 404
    )
    assert client.get(f"/authors/{longest}/").status_code == 200


def test_profile_has_title_description_canonical_breadcrumbs_and_sharing_tags(
    client, site_tree, ada
):
    ada.photo = ImageFactory()
    ada.save()

    soup = soup_of(client.get("/authors/ada-example/"))

    def meta(key):
        tag = soup.head.find("meta", property=key) or soup.head.find(
            "meta", attrs={"name": key}
        )
        return tag and tag["content"]

    url = f"{HOST}/authors/ada-example/"
    assert text(soup.title) == ("Ada Example, MD | Authors and reviewers | Gut & Skin")
    assert meta("description") == (
        "Trained in <b>dermatology</b> & medicine. Sees adults with eczema."
    )
    assert [link["href"] for link in soup.head.find_all(rel="canonical")] == [url]
    crumbs = soup.select(".breadcrumbs li")
    assert [text(li) for li in crumbs] == [
        "Home",
        "Authors and reviewers",
        "Ada Example",
    ]
    assert crumbs[1].a["href"] == "/authors/"
    assert crumbs[2].select_one("[aria-current=page]")
    assert meta("og:url") == url
    assert meta("og:type") == "profile"
    assert meta("og:title") == "Ada Example, MD"
    assert meta("og:site_name") == "Gut & Skin"
    assert meta("og:locale") == "en_GB"
    assert meta("og:image").startswith(f"{HOST}/media/images/")
    assert meta("og:image:alt") == "Photo of Ada Example"
    assert meta("twitter:card") == "summary"
    assert meta("twitter:title") == "Ada Example, MD"


def test_profile_without_biography_describes_who_they_are(client, site_tree, team):
    soup = soup_of(client.get("/authors/clinic-editorial-team/"))

    description = soup.head.find("meta", attrs={"name": "description"})["content"]
    assert description == (
        "Clinic editorial team, Patient education: the pages they wrote and "
        "medically reviewed."
    )
    assert soup.head.find("meta", property="og:type")["content"] == "website"
    assert soup.head.find("meta", property="og:image") is None


def test_profile_queries_do_not_grow_with_its_pages(
    client, site_tree, ada, django_assert_max_num_queries
):
    ada.photo = ImageFactory()
    ada.save()
    reviewed = datetime.date(2025, 1, 1)
    ArticlePageFactory(
        parent=site_tree.articles, author=ada, reviewed_by=ada, last_reviewed=reviewed
    )
    client.get("/authors/ada-example/")  # makes the photo's renditions once
    with CaptureQueriesContext(connection) as one_page:
        client.get("/authors/ada-example/")
    budget = len(one_page)  # read now: each request empties Django's query log
    for number in range(19):
        factory, parent = [
            (ArticlePageFactory, site_tree.articles),
            (ConditionPageFactory, site_tree.conditions),
            (MechanismPageFactory, site_tree.mechanisms),
        ][number % 3]
        factory(
            parent=parent,
            author=ada,
            reviewed_by=ada,
            last_reviewed=reviewed,
        )

    client.get("/authors/ada-example/")  # the first request after a change

    with django_assert_max_num_queries(budget):
        response = client.get("/authors/ada-example/")

    soup = soup_of(response)
    for heading in ("written-heading", "reviewed-heading"):
        items = soup.find(id=heading).find_parent("section").select(".credit-list li")
        assert len(items) == 20
        assert all(item.select_one(".badge") and item.time for item in items)


# Structured data


def json_ld(response):
    scripts = soup_of(response).head.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def test_profile_is_a_profile_page_about_the_person(client, site_tree, ada):
    ada.photo = ImageFactory()
    ada.save()
    ClinicSettings.objects.create(
        site=Site.objects.get(is_default_site=True), clinic_name="Larkfield Skin Clinic"
    )

    [page] = json_ld(client.get("/authors/ada-example/"))

    url = f"{HOST}/authors/ada-example/"
    assert page["@type"] == "ProfilePage"
    assert page["url"] == url
    assert [item["name"] for item in page["breadcrumb"]["itemListElement"]] == [
        "Home",
        "Authors and reviewers",
        "Ada Example",
    ]
    person = page["mainEntity"]
    image = person.pop("image")
    assert image.startswith(f"{HOST}/media/images/")
    assert person == {
        "@type": "Person",
        "@id": f"{url}#person",
        "name": "Ada Example",
        "honorificSuffix": "MD",
        "jobTitle": "Consultant dermatologist",
        "url": url,
        "description": (
            "Trained in <b>dermatology</b> & medicine. Sees adults with eczema."
        ),
        "worksFor": {"@type": "MedicalClinic", "name": "Larkfield Skin Clinic"},
    }


def test_team_profile_is_about_an_organisation(client, site_tree, team):
    [page] = json_ld(client.get("/authors/clinic-editorial-team/"))

    url = f"{HOST}/authors/clinic-editorial-team/"
    assert page["mainEntity"] == {
        "@type": "Organization",
        "@id": f"{url}#team",
        "name": "Clinic editorial team",
        "url": url,
    }


def test_biography_cannot_break_out_of_the_profile_json_ld(client, site_tree):
    breakout = "</script><script>alert(1)</script><!-- & >"
    PersonFactory(
        name=f"Ada {breakout}", slug="ada", credentials="MD", biography=breakout
    )

    response = client.get("/authors/ada/")

    html = response.content.decode()
    assert "<script>alert" not in html
    [page] = json_ld(response)
    assert page["mainEntity"]["name"] == f"Ada {breakout}"
    assert page["mainEntity"]["description"] == breakout


def test_content_pages_name_author_and_reviewer_by_kind_with_their_profiles(
    client, site_tree, team
):
    # No credentials, but a person: the kind says so, not the letters.
    writer = PersonFactory(name="Sam Writer", kind=Person.Kind.PERSON)
    ConditionPageFactory(
        parent=site_tree.conditions, slug="acne", author=writer, reviewed_by=team
    )
    MechanismPageFactory(parent=site_tree.mechanisms, slug="diet", author=team)

    [condition] = json_ld(client.get("/conditions/acne/"))
    [mechanism] = json_ld(client.get("/mechanisms/diet/"))

    writer_url = f"{HOST}/authors/sam-writer/"
    team_url = f"{HOST}/authors/clinic-editorial-team/"
    assert condition["author"] == {
        "@type": "Person",
        "@id": f"{writer_url}#person",
        "name": "Sam Writer",
        "jobTitle": "Patient education",
        "url": writer_url,
    }
    assert condition["reviewedBy"] == {
        "@type": "Organization",
        "@id": f"{team_url}#team",
        "name": "Clinic editorial team",
        "url": team_url,
    }
    assert mechanism["author"]["@type"] == "Organization"
    assert mechanism["author"]["url"] == team_url
    assert "reviewedBy" not in mechanism


# Sitemap


def published_on(page, day):
    """Give a page the publish date the sitemap reads, without a new revision."""
    when = datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)
    Page.objects.filter(pk=page.pk).update(last_published_at=when)
    return page


def test_sitemap_lists_the_index_and_profiles_with_live_public_pages(
    client, site_tree, ada, team
):
    writer = PersonFactory(name="Sam Writer", credentials="RN")
    PersonFactory(name="Idle Person", credentials="MD")
    published_on(
        ArticlePageFactory(parent=site_tree.articles, author=team, reviewed_by=ada),
        datetime.date(2025, 5, 1),
    )
    published_on(
        ConditionPageFactory(parent=site_tree.conditions, author=team),
        datetime.date(2025, 8, 1),
    )
    hidden_pages(site_tree, author=writer, reviewed_by=writer)

    entries = sitemap_entries(client)

    people = {url: date for url, date in entries.items() if "/authors/" in url}
    assert people == {
        f"{HOST}/authors/": datetime.date(2025, 8, 1),
        f"{HOST}/authors/ada-example/": datetime.date(2025, 5, 1),
        f"{HOST}/authors/clinic-editorial-team/": datetime.date(2025, 8, 1),
    }
    # Pages are still there too.
    assert f"{HOST}/articles/" in entries


def test_sitemap_lists_only_profiles_with_pages_on_the_site_asked_for(
    client, site_tree, ada
):
    other_home = HomePageFactory(
        parent=Page.get_first_root_node(), title="Elsewhere", slug="elsewhere"
    )
    Site.objects.create(hostname="elsewhere.test", port=80, root_page=other_home)
    ConditionPageFactory(parent=other_home, author=ada)

    locations = set(sitemap_entries(client))

    assert f"{HOST}/authors/" in locations
    assert f"{HOST}/authors/ada-example/" not in locations


# Cards


def test_article_cards_name_the_author_with_credentials_as_plain_text(
    client, site_tree, ada
):
    publish(site_tree.articles)
    ArticlePageFactory(parent=site_tree.articles, title="Oats and skin", author=ada)

    soup = soup_of(client.get("/articles/"))

    [card] = [c for c in soup.select(".card") if "Oats and skin" in text(c)]
    assert text(card.select_one(".card__author")) == "Ada Example, MD"
    assert card.select_one(".card__meta a") is None
    assert len(card.select("a")) == 1


def test_condition_cards_show_no_byline(client, site_tree, ada):
    publish(site_tree.conditions)
    ConditionPageFactory(parent=site_tree.conditions, title="Acne", author=ada)

    soup = soup_of(client.get("/conditions/"))

    [card] = soup.select(".card")
    assert card.select_one(".card__meta") is None
    assert "Ada Example" not in text(card)


# Admin


ADD_URL = "/admin/snippets/people/person/add/"


def person_form(**values):
    return {
        "kind": "person",
        "name": "",
        "slug": "",
        "credentials": "",
        "job_title": "",
        "photo": "",
        "biography": "",
        "registration_number": "",
        "user": "",
        **values,
    }


def test_editor_adds_a_person_and_the_slug_is_made_from_the_name(client, editor):
    client.force_login(editor)
    assert client.get(ADD_URL).status_code == 200

    for _ in range(2):
        response = client.post(
            ADD_URL,
            person_form(name="Dr Ada Example", credentials="MD", job_title="GP"),
        )
        assert response.status_code == 302

    slugs = sorted(Person.objects.values_list("slug", flat=True))
    assert slugs == ["dr-ada-example", "dr-ada-example-2"]
    assert client.get("/authors/dr-ada-example/").status_code == 200


def test_the_name_fills_the_slug_as_typed_for_new_people_only(client, editor, ada):
    client.force_login(editor)
    edit_url = f"/admin/snippets/people/person/edit/{ada.pk}/"

    new = soup_of(client.get(ADD_URL))
    existing = soup_of(client.get(edit_url))

    name = new.find(id="id_name")
    assert name["data-w-sync-target-value"] == "#id_slug"
    assert "w-sync#apply" in name["data-action"]
    assert new.find(id="id_slug")["data-w-slug-allow-unicode-value"] == "false"
    assert not new.find(id="id_slug").has_attr("required")
    # Renaming someone must not move their profile.
    assert not existing.find(id="id_name").has_attr("data-action")


def test_a_team_with_credentials_is_refused_with_a_message(client, editor):
    client.force_login(editor)

    response = client.post(
        ADD_URL, person_form(kind="team", name="Nursing team", credentials="RN")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "A team has no credentials; name its members instead." in html
    # The empty slug is not an error: it would have been made from the name.
    assert "This field is required." not in html
    assert not Person.objects.exists()


def test_a_slug_already_in_use_is_refused_with_a_clear_message(client, editor, ada):
    client.force_login(editor)

    response = client.post(ADD_URL, person_form(name="Ada Other", slug="ada-example"))

    assert response.status_code == 200
    assert "Another person or team already has this address." in (
        response.content.decode()
    )
    assert Person.objects.count() == 1


def test_admin_list_filters_by_kind_searches_and_links_to_profiles(
    client, editor, ada, team
):
    client.force_login(editor)
    listing = "/admin/snippets/people/person/"

    teams = client.get(listing, {"kind": "team"}).content.decode()
    found = client.get(listing, {"q": "dermatologist"}).content.decode()

    assert "Clinic editorial team" in teams
    assert "Ada Example" not in teams
    assert "Ada Example" in found
    assert "Clinic editorial team" not in found
    profile_links = BeautifulSoup(found, "html.parser").select(
        'a[href="/authors/ada-example/"]'
    )
    assert [text(link) for link in profile_links] == ["ada-example"]
