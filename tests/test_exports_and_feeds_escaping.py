"""What editors type reaches feed readers and spreadsheets as text, never as code."""

import csv
import io
from html import unescape

import feedparser
import pytest
from openpyxl import load_workbook
from wagtail.rich_text import RichText

from .factories import ArticlePageFactory, ConditionPageFactory

HOSTILE_TITLE = '<script>alert("x")</script> Eczema & <b>itch</b>'
HOSTILE_SUMMARY = (
    "Dry & itchy <i>skin</i>; <script>steal()</script> 'flares' &amp; more."
)
DENSE = (
    "Dysregulation of intestinal epithelial permeability facilitates systemic "
    "translocation of microbial metabolites, potentiating cutaneous inflammatory "
    "cascades characteristic of psoriasis and atopic dermatitis."
)
FORMULA_TITLES = [
    '=HYPERLINK("http://evil.test","Click")',
    "+1+1",
    "-2+3",
    "@SUM(1)",
    "\tTabbed",
    "\rReturned",
]


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_feed_descriptions_are_plain_text(client, site_tree):
    condition = ConditionPageFactory(
        parent=site_tree.conditions,
        title=HOSTILE_TITLE,
        slug="eczema",
        summary=HOSTILE_SUMMARY,
    )
    site_tree.articles.summary = HOSTILE_SUMMARY
    site_tree.articles.save()
    ArticlePageFactory(parent=site_tree.articles, conditions=[condition])
    about_condition = f"New articles about {HOSTILE_TITLE}: {HOSTILE_SUMMARY}"

    for url, expected in (
        ("/conditions/eczema/feed/", about_condition),
        ("/articles/feed/", HOSTILE_SUMMARY),
    ):
        # RSS readers render a channel's description as HTML: it must hold no
        # markup, only escaped text that renders as what the editor typed.
        detail = read_feed(client, url).feed.subtitle_detail
        assert detail.type == "text/html"
        assert "<" not in detail.value, url
        assert unescape(detail.value) == expected, url

    for url, expected in (
        ("/conditions/eczema/feed/atom/", about_condition),
        ("/articles/feed/atom/", HOSTILE_SUMMARY),
    ):
        # An Atom subtitle without a type is plain text: shown as is.
        detail = read_feed(client, url).feed.subtitle_detail
        assert detail.type == "text/plain"
        assert detail.value == expected, url


def csv_titles(response):
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    return [row[0] for row in csv.reader(io.StringIO(content, newline=""))][1:]


def xlsx_titles(response):
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)
    return [cell.value for cell in cells]


@pytest.mark.parametrize(
    "report", ["/admin/reports/medical-review/", "/admin/reports/reading-level/"]
)
def test_report_exports_keep_formula_like_titles_inert(admin_client, site_tree, report):
    for number, title in enumerate(FORMULA_TITLES):
        ConditionPageFactory(
            parent=site_tree.conditions,
            title=title,
            slug=f"formula-{number}",
            body=[("paragraph", RichText(f"<p>{DENSE}</p>"))],
        )
    ConditionPageFactory(
        parent=site_tree.conditions,
        title="Plain - title",
        slug="plain",
        body=[("paragraph", RichText(f"<p>{DENSE}</p>"))],
    )

    exported = csv_titles(admin_client.get(report, {"export": "csv"}))
    in_excel = xlsx_titles(admin_client.get(report, {"export": "xlsx"}))

    assert sorted(exported) == sorted(
        [f"'{title}" for title in FORMULA_TITLES] + ["Plain - title"]
    )
    # Excel cells are text (checked above); XML reads a carriage return as "\n".
    expected_in_excel = [title.replace("\r", "\n") for title in FORMULA_TITLES]
    assert sorted(in_excel) == sorted([*expected_in_excel, "Plain - title"])
