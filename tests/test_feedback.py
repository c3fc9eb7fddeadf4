"""Readers tell us whether a page helped; reviewers read, handle, export and delete it.

Every refusal is checked for what the reader is told and for storing nothing.
"""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from gutskin.feedback.models import Feedback

from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    make_private,
)

THANKS = "Thank you, your feedback has been sent."
SCRIPT = '<script>alert("gotcha")</script>'
ESCAPED_SCRIPT = "&lt;script&gt;alert("
FORMULA = '=HYPERLINK("https://evil.example", "Click")'


@pytest.fixture
def pages(site_tree):
    return {
        "condition": ConditionPageFactory(
            parent=site_tree.conditions, title="Eczema", slug="eczema"
        ),
        "mechanism": MechanismPageFactory(
            parent=site_tree.mechanisms, title="Gut barrier", slug="gut-barrier"
        ),
        "article": ArticlePageFactory(
            parent=site_tree.articles, title="Food and skin", slug="food-and-skin"
        ),
    }


@pytest.fixture
def article(pages):
    return pages["article"]


def submit_url(page_or_id):
    return reverse("feedback:submit", args=[getattr(page_or_id, "pk", page_or_id)])


def send(client, page, **data):
    """Post the form as a browser would, from a given address if asked."""
    address = data.pop("address", "203.0.113.7")
    fields = {"helpful": "yes", "comment": "", "website": "", **data}
    return client.post(submit_url(page), fields, REMOTE_ADDR=address)


def feedback_section(response):
    return BeautifulSoup(response.content, "html.parser").find(
        "section", class_="feedback"
    )


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def assert_refused(response, status, message):
    assert response.status_code == status
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert message in text_of(response)
    assert Feedback.objects.count() == 0


# ---------- Readers ----------


@pytest.mark.parametrize("kind", ["condition", "mechanism", "article"])
def test_every_content_page_has_a_form_that_posts_without_javascript(
    client, pages, kind
):
    page = pages[kind]
    section = feedback_section(client.get(page.url))
    assert section["aria-labelledby"] == "feedback-heading"
    assert section.find("h2", id="feedback-heading").text == "Was this page helpful?"
    form = section.find("form")
    assert form["method"] == "post"
    assert form["action"] == submit_url(page)
    # The page is the same for every reader, so it can be cached whole.
    assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert form.find("fieldset").find("legend").text == "Was this page helpful?"
    answers = form.find_all("input", attrs={"name": "helpful"})
    assert [(answer["type"], answer["value"]) for answer in answers] == [
        ("radio", "yes"),
        ("radio", "no"),
    ]
    comment = form.find("textarea", attrs={"name": "comment"})
    assert comment["maxlength"] == "1000"
    label = form.find("label", attrs={"for": comment["id"]}).text
    assert "Please don't include personal or medical details." in label
    assert "1,000 characters" in form.find(id=comment["aria-describedby"]).text
    trap = form.find("input", attrs={"name": "website"})
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    assert trap.find_parent(attrs={"aria-hidden": "true"})["class"] == [
        "visually-hidden"
    ]
    assert form.find("button", type="submit")

    # Exactly the fields the form holds, as a browser without JavaScript sends them.
    response = send(client, page, helpful="no")
    assert response.status_code == 303
    assert Feedback.objects.get().page_id == page.pk


def test_good_feedback_is_stored_with_its_page_and_time_then_thanked(client, article):
    before = timezone.now()
    response = send(client, article, comment="Explain fibre more simply.")
    assert response.status_code == 303
    assert response["Location"] == (
        "/articles/food-and-skin/?feedback=sent#feedback-heading"
    )
    feedback = Feedback.objects.get()
    assert feedback.page.specific == article
    assert feedback.helpful is True
    assert feedback.comment == "Explain fibre more simply."
    assert before <= feedback.created_at <= timezone.now()
    assert feedback.handled is False
    assert len(feedback.client_key) == 64
    assert "203.0.113.7" not in feedback.client_key

    thanked = feedback_section(client.get(response["Location"]))
    assert THANKS in thanked.find(attrs={"role": "status"}).text
    assert thanked.find("form") is None


def test_answer_no_is_stored_as_not_helpful(client, article):
    send(client, article, helpful="no")
    assert Feedback.objects.get().helpful is False


def test_the_raw_ip_address_is_never_stored(client, article):
    send(client, article, address="198.51.100.23")
    row = Feedback.objects.values().get()
    assert not any("198.51.100.23" in str(value) for value in row.values())


def test_overlong_comment_is_refused_and_kept_for_the_reader_to_shorten(
    client, article
):
    response = send(client, article, comment="x" * 1001)
    assert_refused(
        response, 400, "Please keep your comment to 1,000 characters or fewer."
    )
    kept = feedback_section(response).find("textarea")
    assert kept.text == "x" * 1001
    assert kept["aria-invalid"] == "true"
    assert f'href="{article.url}"' in response.content.decode()


def test_a_full_comment_with_line_breaks_fits_the_limit_the_reader_saw(client, article):
    # Browsers send each line break as CRLF; the textarea counted it as one.
    comment = "\r\n".join(["y" * 99] * 10)
    assert len(comment.replace("\r\n", "\n")) == 999
    assert send(client, article, comment=comment).status_code == 303
    assert Feedback.objects.get().comment == comment.replace("\r\n", "\n")


@pytest.mark.parametrize("helpful", [None, "", "maybe", "True"])
def test_missing_or_unknown_answer_is_refused(client, article, helpful):
    data = {"comment": "Hello"}
    if helpful is not None:
        data["helpful"] = helpful
    response = client.post(submit_url(article), data)
    assert_refused(response, 400, "Please choose Yes or No")


def test_filled_honeypot_is_treated_as_a_bot(client, article):
    response = send(client, article, website="https://spam.example")
    assert_refused(response, 400, "looked as if it had been filled in automatically")
    assert feedback_section(response) is None


def test_the_form_posts_without_a_csrf_token_from_the_page_itself(article):
    browser = Client(enforce_csrf_checks=True)
    form = feedback_section(browser.get(article.url)).find("form")
    response = browser.post(
        form["action"], {"helpful": "yes"}, headers={"Origin": "http://testserver"}
    )
    assert response.status_code == 303
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "https://elsewhere.example"}, {"Sec-Fetch-Site": "cross-site"}],
    ids=["origin", "fetch metadata"],
)
def test_a_post_from_another_site_is_refused_and_stores_nothing(article, headers):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(submit_url(article), {"helpful": "yes"}, headers=headers)
    assert_refused(response, 403, "was sent from another website")
    assert Feedback.objects.count() == 0


def test_repeat_post_about_a_page_within_a_minute_waits_then_is_accepted(client, pages):
    assert send(client, pages["article"]).status_code == 303

    again = send(client, pages["article"], helpful="no", comment="Second thought")
    assert again.status_code == 429
    assert 55 <= int(again["Retry-After"]) <= 60
    assert "You have just sent feedback about this page." in text_of(again)
    assert Feedback.objects.count() == 1

    # Another reader is not held up by the first one.
    assert send(client, pages["article"], address="192.0.2.99").status_code == 303

    Feedback.objects.update(created_at=timezone.now() - timedelta(seconds=61))
    assert send(client, pages["article"]).status_code == 303
    assert Feedback.objects.count() == 3


def test_feedback_for_a_draft_private_or_unknown_page_is_not_found(client, pages):
    pages["condition"].unpublish()
    make_private(pages["mechanism"])
    for page_id in (pages["condition"].pk, pages["mechanism"].pk, 999_999):
        assert send(client, page_id).status_code == 404, page_id
    assert Feedback.objects.count() == 0


def test_get_is_not_allowed(client, article):
    response = client.get(submit_url(article))
    assert response.status_code == 405
    assert Feedback.objects.count() == 0


def test_html_in_a_comment_is_stored_as_typed_and_never_rendered(client, article):
    send(client, article, comment=f"Nice {SCRIPT} page & more")
    assert Feedback.objects.get().comment == f"Nice {SCRIPT} page & more"

    refused = send(client, article, comment=SCRIPT + "x" * 1000, address="192.0.2.1")
    assert SCRIPT not in refused.content.decode()
    assert ESCAPED_SCRIPT in refused.content.decode()


# ---------- Reviewers in the admin ----------


def admin_url(name, *args):
    return reverse(f"wagtailsnippets_feedback_feedback:{name}", args=args)


def listed_pages(response):
    """The page titles heading each row of the admin listing, top to bottom."""
    table = BeautifulSoup(response.content, "html.parser").find("table", "listing")
    if table is None:
        return []
    return [
        cell.get_text(strip=True)
        for cell in table.select("tbody td.title .title-wrapper")
    ]


def user_with(django_user_model, username, *codenames):
    """A Wagtail user holding exactly these permissions, granted directly."""
    user = django_user_model.objects.create_user(username, password="pw")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
        *Permission.objects.filter(
            content_type__app_label="feedback", codename__in=codenames
        ),
    )
    return user


@pytest.fixture
def reviewer_client(client, django_user_model, site_tree):
    client.force_login(
        user_with(
            django_user_model,
            "feedback-reviewer",
            "view_feedback",
            "change_feedback",
            "delete_feedback",
        )
    )
    return client


@pytest.fixture
def feedback(pages):
    return {
        "article": Feedback.objects.create(
            page=pages["article"],
            helpful=False,
            comment=f"Too long. {SCRIPT}",
            client_key="a" * 64,
        ),
        "condition": Feedback.objects.create(
            page=pages["condition"],
            helpful=True,
            comment=FORMULA,
            client_key="b" * 64,
        ),
    }


def test_reviewer_sees_the_list_with_readers_html_escaped(reviewer_client, feedback):
    response = reviewer_client.get(admin_url("list"))
    assert response.status_code == 200
    assert listed_pages(response) == ["Eczema", "Food and skin"]  # newest first
    html = response.content.decode()
    assert SCRIPT not in html
    assert ESCAPED_SCRIPT in html
    assert f'href="{admin_url("add")}"' not in html


def test_reviewer_sees_the_edit_and_inspect_pages_with_readers_html_escaped(
    reviewer_client, feedback
):
    pk = feedback["article"].pk
    for url in (admin_url("edit", pk), admin_url("inspect", pk)):
        response = reviewer_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert SCRIPT not in html, url
        assert ESCAPED_SCRIPT in html, url


@pytest.mark.parametrize("codenames", [(), ("add_feedback",)])
def test_list_is_closed_to_users_without_feedback_permissions(
    client, django_user_model, feedback, codenames
):
    client.force_login(user_with(django_user_model, "editor-only", *codenames))
    response = client.get(admin_url("list"))
    assert response.status_code in (302, 403)
    assert listed_pages(response) == []


def test_list_needs_a_login(client, feedback):
    response = client.get(admin_url("list"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_nobody_adds_feedback_in_the_admin_not_even_a_superuser(
    client, django_user_model, feedback
):
    client.force_login(django_user_model.objects.create_superuser("boss", "", "pw"))
    listing = client.get(admin_url("list"))
    assert listing.status_code == 200
    assert f'href="{admin_url("add")}"' not in listing.content.decode()
    response = client.post(admin_url("add"), {"helpful": "on", "page": 1})
    assert response.status_code in (302, 403)
    assert Feedback.objects.count() == 2


def test_reviewer_marks_feedback_handled_and_cannot_change_what_readers_sent(
    reviewer_client, feedback
):
    item = feedback["article"]
    response = reviewer_client.post(
        admin_url("edit", item.pk),
        {"handled": "on", "helpful": "on", "comment": "Rewritten", "page": 1},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.handled is True
    assert item.helpful is False
    assert item.comment == f"Too long. {SCRIPT}"

    unhandled = reviewer_client.get(admin_url("list"), {"handled": "false"})
    assert listed_pages(unhandled) == ["Eczema"]


def test_filtering_by_page_narrows_the_list(reviewer_client, feedback):
    page = feedback["article"].page
    response = reviewer_client.get(admin_url("list"), {"page": page.pk})
    assert listed_pages(response) == ["Food and skin"]


def test_search_finds_feedback_by_comment(reviewer_client, feedback):
    response = reviewer_client.get(admin_url("list"), {"q": "too long"})
    assert listed_pages(response) == ["Food and skin"]


def test_csv_export_holds_the_rows_with_formulas_made_harmless(
    reviewer_client, feedback
):
    response = reviewer_client.get(admin_url("list"), {"export": "csv"})
    assert response.status_code == 200
    assert 'filename="reader-feedback.csv"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Page"] for row in rows] == ["Eczema", "Food and skin"]
    by_page = {row["Page"]: row for row in rows}
    assert by_page["Food and skin"]["Helpful?"] == "No"
    assert by_page["Food and skin"]["Comment"] == f"Too long. {SCRIPT}"
    # A leading apostrophe makes a spreadsheet show the formula as text.
    assert by_page["Eczema"]["Comment"] == "'" + FORMULA
    assert "client" not in content.lower()


def test_xlsx_export_downloads(reviewer_client, feedback):
    response = reviewer_client.get(admin_url("list"), {"export": "xlsx"})
    assert response.status_code == 200
    assert "reader-feedback.xlsx" in response["Content-Disposition"]


def test_reviewer_deletes_feedback(reviewer_client, feedback):
    item = feedback["article"]
    response = reviewer_client.post(admin_url("delete", item.pk))
    assert response.status_code == 302
    assert not Feedback.objects.filter(pk=item.pk).exists()
    assert Feedback.objects.count() == 1
