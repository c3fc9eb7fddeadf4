"""The demo loader builds the whole site once, however often it runs."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from taggit.models import Tag
from wagtail.models import Page, Revision, Site

from articles.models import ArticlePage, Author
from conditions.models import ConditionMechanism, ConditionPage, MechanismPage
from gutskin.core.models import TaggedPage

CONDITIONS = ["acne", "eczema", "psoriasis", "rosacea"]
MECHANISMS = [
    "inflammation",
    "gut-barrier",
    "metabolites",
    "immune-modulation",
    "nutrient-absorption",
    "skin-barrier",
    "diet",
    "stress",
]


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "live", "title")),
        "revisions": Revision.objects.count(),
        "links": sorted(
            ConditionMechanism.objects.values_list(
                "condition__slug", "mechanism__slug", "sort_order", "note"
            )
        ),
        "tags": sorted(Tag.objects.values_list("name", flat=True)),
        "tagged": TaggedPage.objects.count(),
        "authors": sorted(Author.objects.values_list("name", "credentials")),
        "article_links": sorted(
            ArticlePage.conditions.through.objects.values_list(
                "articlepage_id", "conditionpage_id"
            )
        ),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
    }


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def test_demo_content_is_complete(demo, client):
    assert sorted(
        ConditionPage.objects.live().values_list("slug", flat=True)
    ) == sorted(CONDITIONS)
    assert sorted(
        MechanismPage.objects.live().values_list("slug", flat=True)
    ) == sorted(MECHANISMS)
    assert ArticlePage.objects.live().count() >= 4
    eczema = ConditionPage.objects.get(slug="eczema")
    assert {"atopic dermatitis", "neurodermatitis"} <= set(eczema.also_known_as)
    assert [link.mechanism.slug for link in eczema.mechanism_links.all()] == [
        "immune-modulation",
        "inflammation",
        "gut-barrier",
        "skin-barrier",
    ]
    diet_article = ArticlePage.objects.get(first_published="2023-04-23")
    assert diet_article.author.credentials == "FNP"
    for article in ArticlePage.objects.all():
        assert article.author is not None
        assert article.conditions.exists() or article.mechanisms.exists()
    urls = ["/", "/conditions/", "/mechanisms/", "/articles/", "/topics/"]
    urls += [f"/conditions/{slug}/" for slug in CONDITIONS]
    urls += [f"/mechanisms/{slug}/" for slug in MECHANISMS]
    urls += [page.url for page in ArticlePage.objects.all()]
    urls += [f"/topics/{tag.slug}/" for tag in Tag.objects.all()]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_demo_topics_mix_page_types(demo):
    mixed = [
        tag
        for tag in Tag.objects.all()
        if len(
            {page.specific_class for page in Page.objects.filter(tagged_items__tag=tag)}
        )
        > 1
    ]
    assert mixed


def test_demo_authors_are_roles_not_people(demo):
    names = set(Author.objects.values_list("name", flat=True))
    assert "Family nurse practitioner" in names
    assert "Clinic editorial team" in names


def test_loading_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


def test_demo_users_need_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only made when DEBUG is on"):
        call_command("load_demo_content", "--with-demo-users", verbosity=0)
    assert not get_user_model().objects.exists()
    assert not Page.objects.type(ArticlePage).exists()


def test_demo_users_one_per_role_passwords_printed_once(db, settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo_content", "--with-demo-users", stdout=out)
    users = {user.username: user for user in get_user_model().objects.all()}
    assert set(users) == {"editor", "reviewer", "admin"}
    assert [g.name for g in users["editor"].groups.all()] == ["Clinic editors"]
    assert [g.name for g in users["reviewer"].groups.all()] == ["Medical reviewers"]
    assert users["admin"].is_superuser and not users["editor"].is_superuser
    assert users["reviewer"].reviewer_profile.credentials == "MD"
    for username, user in users.items():
        line = next(row for row in out.getvalue().splitlines() if username in row)
        password = line.split()[-1]
        assert user.check_password(password), username

    again = io.StringIO()
    call_command("load_demo_content", "--with-demo-users", stdout=again)
    assert again.getvalue().count("password unchanged") == 3
    assert get_user_model().objects.count() == 3
