"""The pages readers expect of a clinic's site (editorial policy, privacy,
accessibility, funding, disclaimer, contact) are editable pages under home, and
the demo fills them with a fictional clinic's words, once however often it runs."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail.test.utils import WagtailPageTestCase

from articles.models import ArticleIndexPage, ArticlePage
from conditions.models import ConditionIndexPage, ConditionPage
from gutskin.checks.checks import page_text, reading_grade
from gutskin.clinic import demo
from gutskin.clinic.demo import load_clinic_demo
from gutskin.clinic.models import ClinicSettings, ContactPage, PolicyPage
from gutskin.demo.loader import CREATED, UPDATED, LoadReport
from gutskin.home.models import HomePage

from .factories import ContactPageFactory, PolicyPageFactory


class TestPolicyPagesLiveUnderHome(WagtailPageTestCase):
    def test_policy_and_contact_pages_are_made_under_home_and_nowhere_else(self):
        for page_type in (PolicyPage, ContactPage):
            self.assertCanCreateAt(HomePage, page_type)
            self.assertCanNotCreateAt(ConditionIndexPage, page_type)
            self.assertCanNotCreateAt(ArticleIndexPage, page_type)
            self.assertCanNotCreateAt(ConditionPage, page_type)
            self.assertAllowedParentPageTypes(page_type, {HomePage})
            self.assertAllowedSubpageTypes(page_type, set())
        self.assertCanNotCreateAt(PolicyPage, ArticlePage)


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def json_ld(soup):
    script = soup.head.find("script", type="application/ld+json")
    return json.loads(script.string)["@graph"]


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


@pytest.fixture
def clinic(site_tree):
    return ClinicSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        clinic_name="Larkfield Skin Clinic (demo)",
        address_line_1="12 Example Street",
        locality="Sampletown",
        postcode="ZZ1 1ZZ",
        phone="01632 960 123",
        email="appointments@example.org",
        booking_url="https://example.org/book",
        emergency_guidance="Trouble breathing? Call 999 now.",
        opening_hours=[
            (
                "hours",
                {
                    "first_day": "Mo",
                    "last_day": "Fr",
                    "opens": "09:00",
                    "closes": "17:00",
                },
            )
        ],
    )


def test_policy_page_shows_its_text_date_breadcrumbs_and_meta(client, site_tree):
    page = PolicyPageFactory(
        parent=site_tree.home,
        title="Privacy notice",
        summary="What we store and why.",
        body=[("heading", {"text": "Cookies", "level": "h2"})],
    )
    soup = soup_of(client.get(page.url))
    main = soup.find("main")
    assert main.find("h1").get_text() == "Privacy notice"
    assert main.find("h2").get_text() == "Cookies"
    updated = main.find("time")
    assert text_of(updated.parent) == "Last updated 6 October 2025"
    assert updated["datetime"] == "2025-10-06"
    crumbs = soup.find("nav", attrs={"aria-label": "Breadcrumb"})
    assert [a["href"] for a in crumbs.find_all("a")] == ["/"]
    assert crumbs.find(attrs={"aria-current": "page"}).get_text() == "Privacy notice"
    assert soup.head.find("meta", attrs={"name": "description"})["content"] == (
        "What we store and why."
    )
    [node] = json_ld(soup)
    assert node["@type"] == "WebPage"
    assert node["dateModified"] == "2025-10-06"
    assert node["breadcrumb"]["itemListElement"][-1]["name"] == "Privacy notice"


def test_contact_page_shows_the_clinic_booking_and_emergency_guidance(
    client, clinic, site_tree
):
    page = ContactPageFactory(parent=site_tree.home, intro="<p>Write or call us.</p>")
    soup = soup_of(client.get(page.url))
    main = soup.find("main")
    assert "Write or call us." in text_of(main)
    emergency = main.find("aside")
    assert "Trouble breathing? Call 999 now." in text_of(emergency)
    assert main.find("a", href="https://example.org/book").get_text() == (
        "Book an appointment"
    )
    address = main.find("address")
    assert "12 Example Street" in text_of(address)
    assert address.find("a", href="tel:01632960123")
    assert address.find("a", href="mailto:appointments@example.org")
    assert "Monday to Friday 9am to 5pm" in text_of(main.find("dl"))
    assert "cannot give personal medical advice by email" in text_of(main)
    [node] = json_ld(soup)
    assert node["@type"] == "ContactPage"
    assert node["publisher"]["telephone"] == "01632 960 123"


def test_contact_page_renders_before_clinic_details_are_set(client, site_tree):
    page = ContactPageFactory(parent=site_tree.home)
    main = soup_of(client.get(page.url)).find("main")
    assert main.find("h1").get_text() == "Contact us"
    assert main.find("address") is None
    assert "Book an appointment" not in text_of(main)
    assert "cannot give personal medical advice by email" in text_of(main)


def test_editors_find_both_page_types_in_the_admin(client, editor, site_tree):
    client.force_login(editor)
    home = site_tree.home
    for model in ("policypage", "contactpage"):
        url = reverse("wagtailadmin_pages:add", args=["clinic", model, home.pk])
        assert client.get(url).status_code == 200, url
    page = PolicyPageFactory(parent=home)
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code
        == 200
    )


# The demo clinic


def snapshot():
    clinic = ClinicSettings.objects.values().get()
    clinic.pop("opening_hours")
    return {
        "pages": sorted(Page.objects.values_list("url_path", "live", "title")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "clinic": clinic,
        "hours": ClinicSettings.objects.get().schema_opening_hours,
    }


@pytest.fixture
def demo_clinic(site_tree):
    report = LoadReport()
    load_clinic_demo(site_tree.home, report)
    return report


def test_demo_clinic_loads_once_however_often_it_runs(demo_clinic, site_tree):
    assert demo_clinic.total(CREATED) == 8  # six pages, the logo, the details
    before = snapshot()
    again = LoadReport()
    load_clinic_demo(site_tree.home, again)
    assert again.total(CREATED) == again.total(UPDATED) == 0
    assert snapshot() == before


def test_demo_clinic_restores_what_an_editor_changed(demo_clinic, site_tree):
    ClinicSettings.objects.update(phone="01632 960 000", opening_hours=[])
    PolicyPage.objects.filter(slug="privacy").update(title="Changed")
    report = LoadReport()
    load_clinic_demo(site_tree.home, report)
    assert report.total(UPDATED) == 2
    clinic = ClinicSettings.objects.get()
    assert clinic.phone == demo.CLINIC["phone"]
    assert clinic.schema_opening_hours == ["Mo-Fr 09:00-17:30", "Sa 09:00-12:30"]
    assert PolicyPage.objects.get(slug="privacy").title == "Privacy notice"


def test_demo_clinic_is_shown_on_every_page_and_says_it_is_fictional(
    client, demo_clinic
):
    soup = soup_of(client.get("/"))
    header, footer = soup.find("header"), soup.find("footer")
    assert "Larkfield Skin Clinic (demo)" in text_of(header)
    # Decorative beside the name: the clinic is read out once.
    assert header.find("img", class_="site-header__logo", alt="")
    assert "This is a demonstration site" in text_of(footer)
    policies = footer.find("nav", attrs={"aria-label": "Policies"})
    assert [a["href"] for a in policies.find_all("a")] == [
        "/editorial-policy/",
        "/privacy/",
        "/accessibility/",
        "/funding/",
        "/medical-disclaimer/",
        "/contact/",
    ]
    for link in policies.find_all("a"):
        assert client.get(link["href"]).status_code == 200
    # Ofcom keeps 01632 960000-960999 for drama; example.org belongs to nobody.
    phone = footer.find("a", href=re.compile("^tel:"))
    assert re.fullmatch(r"tel:01632960\d{3}", phone["href"])
    assert footer.find("a", href="mailto:appointments@example.org")


def test_demo_policy_texts_are_plain_and_long_enough_to_be_useful(demo_clinic):
    for page in PolicyPage.objects.all():
        text = page_text(page)
        assert 300 <= len(text.split()) <= 700, page.slug
        # The writing checks' own measure; editors aim for grade 8.
        assert reading_grade(text) <= 8.5, page.slug
