"""Feedback limits hold back floods, not readers: one answer a minute per page and
ten an hour per reader, readers told by a proxy apart only when it is trusted, and
a held-back answer kept for the reader to send later."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.checks import run_checks
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from gutskin.feedback.limits import client_address
from gutskin.feedback.models import Feedback, client_key_for

from .factories import ArticlePageFactory

READER = "203.0.113.7"
PROXY = "10.0.0.5"


@pytest.fixture
def pages(site_tree):
    return [
        ArticlePageFactory(parent=site_tree.articles, title=f"Page {n}")
        for n in range(3)
    ]


def send(client, page, address=READER, forwarded_for=None, **data):
    """Post the form as a browser would, maybe through a proxy."""
    fields = {"helpful": "yes", "comment": "", "website": "", **data}
    headers = {"REMOTE_ADDR": address}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    url = reverse("feedback:submit", args=[page.pk])
    return client.post(url, fields, **headers)


def form_in(response):
    return BeautifulSoup(response.content, "html.parser").find(
        "form", class_="feedback__form"
    )


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


# Limits


def test_a_reader_can_rate_two_pages_in_a_row(client, pages):
    assert send(client, pages[0], comment="First").status_code == 303
    assert send(client, pages[1], comment="Second").status_code == 303
    assert sorted(Feedback.objects.values_list("comment", flat=True)) == [
        "First",
        "Second",
    ]


def test_a_second_answer_about_a_page_is_held_back_with_the_form_kept(client, pages):
    assert send(client, pages[0]).status_code == 303
    comment = "Please explain <fibre> & oats\nin plainer words."
    response = send(client, pages[0], helpful="no", comment=comment)

    assert response.status_code == 429
    assert Feedback.objects.count() == 1
    text = text_of(response)
    assert "You have just sent feedback about this page." in text
    wait = re.search(r"You can send this in about (\d+) seconds\.", text)
    assert wait, text
    assert 1 <= int(wait.group(1)) <= 60
    assert response["Retry-After"] == wait.group(1)
    assert "Your answer and comment are kept below." in text

    form = form_in(response)
    assert form["action"] == reverse("feedback:submit", args=[pages[0].pk])
    assert form.find("input", value="no").has_attr("checked")
    assert not form.find("input", value="yes").has_attr("checked")
    assert form.find("textarea").text == comment
    assert "&lt;fibre&gt; &amp; oats" in response.content.decode()


def test_more_than_ten_answers_an_hour_are_held_back_for_minutes(client, pages):
    key = client_key_for(READER)
    for _ in range(10):
        Feedback.objects.create(page=pages[0], helpful=True, client_key=key)
    Feedback.objects.update(created_at=timezone.now() - timedelta(minutes=5))

    response = send(client, pages[1], comment="One more")
    assert response.status_code == 429
    text = text_of(response)
    assert "You have sent a lot of feedback in a short time." in text
    assert "You can send this in about 55 minutes." in text
    assert 54 * 60 < int(response["Retry-After"]) <= 55 * 60
    assert form_in(response).find("textarea").text == "One more"
    assert Feedback.objects.count() == 10

    # Another reader is not held up.
    assert send(client, pages[1], address="192.0.2.99").status_code == 303


def test_limits_come_from_the_settings(client, pages, settings):
    settings.FEEDBACK_RATE_LIMITS = {"per_site": (2, 600)}
    assert send(client, pages[0]).status_code == 303
    assert send(client, pages[1]).status_code == 303
    response = send(client, pages[2])
    assert response.status_code == 429
    assert 590 < int(response["Retry-After"]) <= 600
    # The per-page default still applies.
    settings.FEEDBACK_RATE_LIMITS = {"per_site": (10, 600)}
    assert send(client, pages[0]).status_code == 429


def test_a_refused_answer_without_a_comment_says_only_the_answer_is_kept(client, pages):
    send(client, pages[0])
    response = send(client, pages[0])
    assert "Your answer is kept below." in text_of(response)


def test_a_readers_comment_survives_every_refusal_it_can_be_sent_after(client, pages):
    url = reverse("feedback:submit", args=[pages[0].pk])
    no_answer = {"comment": "Kept while I choose", "website": ""}
    response = client.post(url, no_answer, REMOTE_ADDR=READER)
    assert response.status_code == 400
    assert form_in(response).find("textarea").text == "Kept while I choose"

    assert send(client, pages[0]).status_code == 303
    response = send(client, pages[0], comment="Kept while I wait")
    assert response.status_code == 429
    assert form_in(response).find("textarea").text == "Kept while I wait"
    assert Feedback.objects.count() == 1


# Telling readers apart


def test_x_forwarded_for_counts_only_from_a_trusted_proxy(client, pages, settings):
    def status(address, forwarded_for):
        return send(client, pages[0], address, forwarded_for).status_code

    settings.TRUSTED_PROXY_IPS = []
    assert status(PROXY, "198.51.100.1") == 303
    # Without the setting a different X-Forwarded-For does not make a new reader.
    assert status(PROXY, "198.51.100.2") == 429

    settings.TRUSTED_PROXY_IPS = [PROXY]
    assert status(PROXY, "198.51.100.3") == 303
    # Nor does it when the request does not come from the proxy.
    assert status(READER, "198.51.100.4") == 303
    assert status(READER, "198.51.100.5") == 429
    assert Feedback.objects.count() == 3


def test_readers_behind_a_trusted_proxy_are_limited_separately(client, pages, settings):
    settings.TRUSTED_PROXY_IPS = [PROXY]
    first = send(client, pages[0], address=PROXY, forwarded_for="198.51.100.1")
    second = send(client, pages[0], address=PROXY, forwarded_for="198.51.100.2")
    assert (first.status_code, second.status_code) == (303, 303)

    # The same reader again, whatever they put in front of the proxy's entry.
    again = send(
        client, pages[0], address=PROXY, forwarded_for="192.0.2.50, 198.51.100.1"
    )
    assert again.status_code == 429
    assert Feedback.objects.count() == 2


def address_of(remote, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client_address(RequestFactory().post("/", **headers))


@pytest.mark.parametrize(
    ("remote", "forwarded_for", "reader"),
    [
        # The right-most address that is not a trusted proxy is the reader.
        (PROXY, "192.0.2.1, 198.51.100.1", "198.51.100.1"),
        ("10.1.2.3", "198.51.100.1, 10.0.0.9", "198.51.100.1"),
        (PROXY, "198.51.100.1:4711", "198.51.100.1"),
        (PROXY, "[2001:db8::1]:443", "2001:db8::1"),
        (PROXY, "2001:db8::2", "2001:db8::2"),
        # Nothing usable forwarded: the nearest address that can be believed.
        (PROXY, None, PROXY),
        (PROXY, "", PROXY),
        (PROXY, "not-an-address", PROXY),
        (PROXY, "10.0.0.9", "10.0.0.9"),
        # Not from a trusted proxy: the header is the client's own say-so.
        ("192.0.2.10", "198.51.100.1", "192.0.2.10"),
    ],
)
def test_client_address_trusts_only_the_named_proxies(
    settings, remote, forwarded_for, reader
):
    settings.TRUSTED_PROXY_IPS = [PROXY, "10.0.0.0/8"]
    assert address_of(remote, forwarded_for) == reader


def test_client_address_is_remote_addr_without_the_setting(settings):
    settings.TRUSTED_PROXY_IPS = []
    assert address_of(PROXY, "198.51.100.1") == PROXY


def test_a_mistyped_trusted_proxy_is_reported_and_skipped(settings):
    settings.TRUSTED_PROXY_IPS = ["10.0.0.300", PROXY, " "]
    errors = [error for error in run_checks() if error.id == "feedback.E001"]
    assert [error.msg for error in errors] == [
        "TRUSTED_PROXY_IPS holds '10.0.0.300', which is not an IP address or network."
    ]
    assert address_of(PROXY, "198.51.100.1") == "198.51.100.1"


def test_answers_older_than_the_retention_period_are_deleted(
    db, site_tree, settings, time_machine
):
    """The privacy notice promises a year; the daily command keeps that promise."""
    from django.core.management import call_command

    from gutskin.feedback.models import Feedback

    settings.FEEDBACK_RETENTION_DAYS = 365
    time_machine.move_to("2025-01-10 12:00Z")
    old = Feedback.objects.create(page=site_tree.home, helpful=True, client_key="a")
    time_machine.move_to("2025-06-01 12:00Z")
    recent = Feedback.objects.create(page=site_tree.home, helpful=False, client_key="b")
    time_machine.move_to("2026-01-11 12:00Z")

    call_command("delete_old_feedback", "--dry-run")
    assert Feedback.objects.count() == 2
    call_command("delete_old_feedback")
    assert list(Feedback.objects.all()) == [recent]
    assert not Feedback.objects.filter(pk=old.pk).exists()
