"""The clinic's details, typed once under Settings › Clinic details, show on every
page: the header, the footer and the structured data. Only medical reviewers and
superusers change them, bad values are refused, and a fresh install without them
still renders."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_factories import ImageFactory

from gutskin.clinic.models import ClinicSettings

from .factories import ConditionPageFactory, PolicyPageFactory, make_private

DETAILS = {
    "clinic_name": "Larkfield Skin Clinic (demo)",
    "tagline": "Dermatology and skin health",
    "address_line_1": "12 Example Street",
    "locality": "Sampletown",
    "postcode": "ZZ1 1ZZ",
    "country": "United Kingdom",
    "phone": "01632 960 123",
    "email": "appointments@example.org",
    "booking_url": "https://example.org/book",
    "emergency_guidance": "Trouble breathing? Call 999 now.",
    "site_notice": "This is a demonstration site: the clinic is fictional.",
}
HOURS = [
    (
        "hours",
        {"first_day": "Mo", "last_day": "Fr", "opens": "09:00", "closes": "17:30"},
    ),
    ("hours", {"first_day": "Sa", "last_day": "", "opens": "09:00", "closes": "12:30"}),
    ("hours", {"first_day": "Su", "last_day": "", "opens": None, "closes": None}),
]
ATTACK = "<script>alert('x')</script>"


def default_site():
    return Site.objects.get(is_default_site=True)


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


def publisher_of(response):
    """Who the page's JSON-LD says publishes it: on the home page a node of its own."""
    script = soup_of(response).head.find("script", type="application/ld+json")
    graph = json.loads(script.string)["@graph"]
    for node in graph:
        if node["@type"] in ("MedicalClinic", "Organization"):
            return node
    return graph[0]["publisher"]


def settings_url():
    return reverse(
        "wagtailsettings:edit", args=["clinic", "clinicsettings", default_site().pk]
    )


def settings_form(**changes):
    """What the Clinic details form posts, with the given fields changed."""
    data = {
        **{name: "" for name in ClinicSettings.POLICY_PAGE_FIELDS},
        **DETAILS,
        "address_line_2": "",
        "logo": "",
        "logo_alt_text": "",
        # A form posts an empty time as an empty string.
        "opening_hours": streamfield(
            [(kind, {k: v or "" for k, v in row.items()}) for kind, row in HOURS]
        ),
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def clinic(site_tree):
    return ClinicSettings.objects.create(
        site=default_site(), opening_hours=HOURS, **DETAILS
    )


def test_header_shows_the_clinic_name_tagline_and_booking_link(client, clinic):
    header = soup_of(client.get("/conditions/")).find("header", class_="site-header")
    name = header.find("a", class_="site-header__name")
    assert text_of(name) == "Larkfield Skin Clinic (demo)"
    assert name["href"] == "/"
    assert "Gut & Skin" not in text_of(header)
    assert "Dermatology and skin health" in text_of(header)
    book = header.find("a", string="Book an appointment")
    # A real link in the header, so keyboard users reach it with Tab.
    assert book["href"] == "https://example.org/book"
    assert not book.has_attr("tabindex")


def test_header_logo_is_decorative_beside_the_clinics_name(client, clinic):
    """Screen readers hear the clinic's name once, not the logo's alt text too."""
    clinic.logo = ImageFactory()
    clinic.logo_alt_text = "Larkfield Skin Clinic logo"
    clinic.save()
    header = soup_of(client.get("/")).find("header", class_="site-header")
    logo = header.find("img", class_="site-header__logo")
    assert logo["alt"] == ""
    assert logo["src"]
    link = logo.find_parent("a")
    assert " ".join(link.get_text(" ").split()) == "Larkfield Skin Clinic (demo)"


def test_footer_shows_address_phone_email_hours_emergency_and_notice(client, clinic):
    footer = soup_of(client.get("/conditions/")).find("footer")
    address = footer.find("address")
    assert text_of(address).startswith(
        "12 Example Street Sampletown ZZ1 1ZZ United Kingdom"
    )
    assert address.find("a", href="tel:01632960123").get_text() == "01632 960 123"
    assert address.find("a", href="mailto:appointments@example.org")
    hours = [text_of(row) for row in footer.select(".opening-hours__row")]
    assert hours == [
        "Monday to Friday 9am to 5:30pm",
        "Saturday 9am to 12:30pm",
        "Sunday Closed",
    ]
    assert "Trouble breathing? Call 999 now." in text_of(footer)
    assert "the clinic is fictional" in text_of(footer)
    # The footer navigation and general disclaimer stay.
    assert footer.find("nav", attrs={"aria-label": "Footer"}).find("a", href="/a-z/")
    assert "not a substitute for advice from your clinician" in text_of(footer)


def test_international_number_dials_without_the_bracketed_zero(clinic):
    clinic.phone = "+44 (0)1632 960 123"
    assert clinic.phone_uri == "tel:+441632960123"


def test_fresh_install_without_clinic_details_shows_the_site_name(client, site_tree):
    soup = soup_of(client.get("/conditions/"))
    header = soup.find("header", class_="site-header")
    assert text_of(header.find("a", class_="site-header__name")) == "Gut & Skin"
    assert header.find("a", string="Book an appointment") is None
    assert soup.find("footer").find("address") is None
    assert publisher_of(client.get("/conditions/")) == {
        "@type": "Organization",
        "name": "Gut & Skin",
        "url": "http://localhost/",
    }
    # Reading a page never writes an empty settings row.
    assert not ClinicSettings.objects.exists()


def test_pages_render_when_no_site_is_set_up(client, db):
    Site.objects.all().delete()
    for url in ("/topics/", "/no-such-page/"):
        response = client.get(url)
        assert response.status_code in (200, 404)
        header = BeautifulSoup(response.content, "html.parser").find("header")
        assert "Gut & Skin" in text_of(header)


def test_everything_editors_type_is_escaped(client, clinic):
    clinic.clinic_name = f"{ATTACK} Clinic"
    clinic.tagline = ATTACK
    clinic.address_line_1 = f"{ATTACK} Street"
    clinic.emergency_guidance = ATTACK
    clinic.site_notice = ATTACK
    clinic.save()
    response = client.get("/conditions/")
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Clinic" in html
    publisher = publisher_of(response)
    assert publisher["name"] == f"{ATTACK} Clinic"
    assert publisher["address"]["streetAddress"] == f"{ATTACK} Street"


def test_footer_links_only_live_public_policy_pages(client, clinic, site_tree):
    home = site_tree.home
    live = PolicyPageFactory(parent=home, title="Privacy notice")
    draft = PolicyPageFactory(parent=home, title="Editorial policy", live=False)
    private = make_private(PolicyPageFactory(parent=home, title="Funding"))
    clinic.privacy_page = live
    clinic.editorial_policy_page = draft
    clinic.funding_page = private
    clinic.save()
    policies = soup_of(client.get("/")).find("nav", attrs={"aria-label": "Policies"})
    assert [(a.get_text(), a["href"]) for a in policies.find_all("a")] == [
        ("Privacy notice", "/privacy-notice/")
    ]
    live.unpublish()
    assert (
        soup_of(client.get("/")).find("nav", attrs={"aria-label": "Policies"}) is None
    )


def test_structured_data_names_the_clinic_as_publisher(client, clinic, site_tree):
    clinic.logo = ImageFactory()
    clinic.logo_alt_text = "Logo"
    clinic.save()
    condition = ConditionPageFactory(parent=site_tree.conditions)
    for url in ("/", "/conditions/", condition.url):
        publisher = publisher_of(client.get(url))
        assert publisher["@type"] == "MedicalClinic", url
    assert publisher["name"] == "Larkfield Skin Clinic (demo)"
    assert publisher["url"] == "http://localhost/"
    assert publisher["logo"].startswith("http://localhost/")
    assert publisher["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "12 Example Street",
        "addressLocality": "Sampletown",
        "postalCode": "ZZ1 1ZZ",
        "addressCountry": "United Kingdom",
    }
    assert publisher["telephone"] == "01632 960 123"
    assert publisher["openingHours"] == ["Mo-Fr 09:00-17:30", "Sa 09:00-12:30"]


# Who may change the details, and what they may change them to


@pytest.fixture
def log_in(client):
    def log_in(user):
        client.force_login(user)
        return client

    return log_in


def test_editor_cannot_open_or_change_clinic_details(log_in, editor, clinic):
    client = log_in(editor)
    response = client.get(settings_url())
    assert response.status_code in (302, 403)
    assert response.get("Location") != settings_url()
    client.post(settings_url(), settings_form(clinic_name="Taken over"))
    assert ClinicSettings.objects.get().clinic_name == DETAILS["clinic_name"]
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert settings_url() not in dashboard


def test_reviewer_changes_clinic_details_and_readers_see_them(log_in, reviewer, clinic):
    client = log_in(reviewer)
    assert client.get(settings_url()).status_code == 200
    response = client.post(
        settings_url(),
        settings_form(clinic_name="Larkfield Clinic", phone="01632 960 999"),
    )
    assert response.status_code == 302
    saved = ClinicSettings.objects.get()
    assert (saved.clinic_name, saved.phone) == ("Larkfield Clinic", "01632 960 999")
    assert saved.schema_opening_hours == ["Mo-Fr 09:00-17:30", "Sa 09:00-12:30"]
    client.logout()
    footer = soup_of(client.get("/")).find("footer")
    assert footer.find("a", href="tel:01632960999")


def test_superuser_opens_clinic_details(log_in, django_user_model, site_tree):
    admin = django_user_model.objects.create_superuser("admin", password="pw")
    assert log_in(admin).get(settings_url()).status_code == 200


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"phone": "call reception"}, "phone", "Use digits, spaces, brackets"),
        ({"phone": "123"}, "phone", "between 6 and 15 digits"),
        ({"email": "not an address"}, "email", "valid email"),
        ({"booking_url": "javascript:alert(1)"}, "booking_url", "valid URL"),
        ({"booking_url": "ftp://example.org/"}, "booking_url", "valid URL"),
    ],
)
def test_bad_details_are_refused_with_a_clear_message(
    log_in, reviewer, clinic, changes, field, message
):
    response = log_in(reviewer).post(settings_url(), settings_form(**changes))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert ClinicSettings.objects.get().phone == DETAILS["phone"]


def test_logo_needs_alt_text(log_in, reviewer, clinic):
    image = ImageFactory()
    response = log_in(reviewer).post(
        settings_url(), settings_form(logo=image.pk, logo_alt_text="  ")
    )
    assert response.status_code == 200
    assert "Describe the logo" in " ".join(
        response.context["form"].errors["logo_alt_text"]
    )
    assert ClinicSettings.objects.get().logo is None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"first_day": "Fr", "last_day": "Mo", "opens": "09:00", "closes": "17:00"},
            "Choose a day after the first day",
        ),
        (
            {"first_day": "Mo", "last_day": "", "opens": "17:00", "closes": "09:00"},
            "closing time must be after the opening time",
        ),
        (
            {"first_day": "Mo", "last_day": "", "opens": "09:00", "closes": ""},
            "Give both times",
        ),
    ],
)
def test_impossible_opening_hours_are_refused(log_in, reviewer, clinic, row, message):
    response = log_in(reviewer).post(
        settings_url(), settings_form(opening_hours=streamfield([("hours", row)]))
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert len(ClinicSettings.objects.get().opening_hours) == 3


def test_phone_numbers_in_everyday_formats_are_accepted(clinic):
    for phone in ("01632 960 123", "+44 (0)1632 960123", "(01632) 960-123"):
        clinic.phone = phone
        clinic.full_clean()
    clinic.phone = "01632 960 123 ext 4"
    with pytest.raises(ValidationError):
        clinic.full_clean()


def test_opening_hours_read_as_one_day_or_a_run_of_days():
    clinic = ClinicSettings(
        opening_hours=[
            (
                "hours",
                {
                    "first_day": "We",
                    "last_day": "We",
                    "opens": datetime.time(12),
                    "closes": datetime.time(19, 45),
                },
            )
        ]
    )
    [row] = clinic.opening_hours
    assert (row.value.days_label, row.value.hours_label) == (
        "Wednesday",
        "12pm to 7:45pm",
    )
    assert clinic.schema_opening_hours == ["We 12:00-19:45"]
