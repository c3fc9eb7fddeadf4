"""Callouts say their kind to screen readers once, and a caution stands apart."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from wagtail.rich_text import RichText

from .factories import ArticlePageFactory


def callout(kind, title):
    return (
        "callout",
        {"kind": kind, "title": title, "text": RichText("<p>Some advice.</p>")},
    )


def callouts_on(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("div", class_="body").find_all("aside", class_="callout")


def read_out(callout):
    """The callout's title as a screen reader reads it, hidden label included."""
    return " ".join(callout.find("p", class_="callout__title").get_text().split())


@pytest.fixture
def article(site_tree):
    return ArticlePageFactory(
        parent=site_tree.articles,
        body=[
            callout("warning", "High-dose supplements"),
            callout("see-doctor", "When to see a doctor"),
            callout("tip", "practical TIP"),
            callout("note", "Why fibre matters"),
            callout("see-doctor", "If the rash spreads"),
        ],
    )


def test_a_caution_callout_is_labelled_and_styled_as_a_caution(client, article):
    warning = callouts_on(client, article)[0]
    assert warning["class"] == ["callout", "callout--warning"]
    assert warning.find(class_="visually-hidden").get_text() == "Caution: "
    assert read_out(warning) == "Caution: High-dose supplements"
    assert warning.find("strong").get_text() == "High-dose supplements"


def test_the_kind_is_read_out_once_even_when_the_title_names_it(client, article):
    doctor, tip, note, other_doctor = callouts_on(client, article)[1:]
    assert read_out(doctor) == "When to see a doctor"
    assert doctor.find(class_="visually-hidden") is None
    assert read_out(tip) == "practical TIP"
    assert tip.find(class_="visually-hidden") is None
    assert read_out(note) == "Good to know: Why fibre matters"
    assert read_out(other_doctor) == "When to see a doctor: If the rash spreads"


def test_callout_title_is_escaped(client, site_tree):
    page = ArticlePageFactory(
        parent=site_tree.articles, body=[callout("warning", "<b>Caution</b>")]
    )
    response = client.get(page.url)
    assert "<b>Caution</b>" not in response.content.decode()
    [warning] = callouts_on(client, page)
    assert read_out(warning) == "Caution: <b>Caution</b>"


def test_the_caution_style_has_its_own_colour_and_a_marker_beyond_colour():
    with open(finders.find("css/site.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    assert ".callout--warning {" in css
    assert '.callout--warning .callout__title::before {\n    content: "!";' in css
