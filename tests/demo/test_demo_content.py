"""The demo loader builds the whole site once, however often it runs."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site, TaskState, WorkflowState

from articles.models import ArticlePage
from conditions.models import ConditionMechanism, ConditionPage, MechanismPage
from gutskin.demo import content
from gutskin.demo.illustrations import COLLECTION
from gutskin.people.models import Person
from gutskin.references.models import Reference
from gutskin.review.dates import add_months
from gutskin.review.models import ReviewStatus
from gutskin.taxonomy.models import TaggedPage

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
OVERDUE = "stress-and-your-skin"
AWAITING = "acne-and-diet"


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list(
                "url_path", "live", "title", "has_unpublished_changes"
            )
        ),
        "revisions": Revision.objects.count(),
        "workflows": sorted(WorkflowState.objects.values_list("object_id", "status")),
        "task states": TaskState.objects.count(),
        "reviews": sorted(
            (page.slug, page.reviewed_by_id, page.last_reviewed, page.next_review_due)
            for page in demo_pages()
        ),
        "references": sorted(Reference.objects.values_list("page_id", "title", "doi")),
        "links": sorted(
            ConditionMechanism.objects.values_list(
                "condition__slug", "mechanism__slug", "sort_order", "note"
            )
        ),
        "tags": sorted(Tag.objects.values_list("name", flat=True)),
        "tagged": TaggedPage.objects.count(),
        "people": sorted(
            Person.objects.values_list("slug", "name", "photo_id", "user_id")
        ),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
        "images": sorted(get_image_model().objects.values_list("title", "file")),
        "article_links": sorted(
            ArticlePage.conditions.through.objects.values_list(
                "articlepage_id", "conditionpage_id"
            )
        ),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
    }


def demo_pages():
    return [
        *ConditionPage.objects.live(),
        *MechanismPage.objects.live(),
        *ArticlePage.objects.live(),
    ]


def demo_people():
    return Person.objects.filter(slug__in=[spec["slug"] for spec in content.PEOPLE])


def test_demo_content_is_complete(demo, client):
    assert sorted(
        ConditionPage.objects.live().values_list("slug", flat=True)
    ) == sorted(CONDITIONS)
    assert sorted(
        MechanismPage.objects.live().values_list("slug", flat=True)
    ) == sorted(MECHANISMS)
    assert ArticlePage.objects.live().count() >= 4
    eczema = ConditionPage.objects.get(slug="eczema")
    assert {"atopic dermatitis", "atopic eczema"} <= set(eczema.also_known_as)
    assert [link.mechanism.slug for link in eczema.mechanism_links.all()] == [
        "immune-modulation",
        "inflammation",
        "gut-barrier",
        "skin-barrier",
    ]
    for article in ArticlePage.objects.all():
        assert article.conditions.exists() or article.mechanisms.exists()
    urls = ["/", "/conditions/", "/mechanisms/", "/articles/", "/topics/", "/authors/"]
    urls += [f"/conditions/{slug}/" for slug in CONDITIONS]
    urls += [f"/mechanisms/{slug}/" for slug in MECHANISMS]
    urls += [page.url for page in ArticlePage.objects.all()]
    urls += [f"/topics/{tag.slug}/" for tag in Tag.objects.all()]
    urls += [person.get_absolute_url() for person in demo_people()]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_home_page_says_the_site_is_a_demonstration(demo, client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    lead = soup.select_one(".hero__lead").get_text()
    assert "It is a demonstration: the clinic, its staff and the content" in lead


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


def test_demo_people_are_fictional_profiles_with_portraits(demo, client):
    people = list(demo_people())
    assert len(people) == len(content.PEOPLE)
    for person in people:
        assert "fictional" in person.biography, person.name
        assert person.photo is not None, person.name
        assert person.photo.collection.name == COLLECTION
        page = client.get(person.get_absolute_url())
        assert "fictional" in page.content.decode()
    team = Person.objects.get(slug=content.EDITORIAL_TEAM)
    assert team.is_team and not team.credentials
    # Role names stood in for people before; no role is a person's name now.
    names = {person.name for person in people}
    assert not names & {"Family nurse practitioner", "Consultant dermatologist"}
    diet_article = ArticlePage.objects.get(first_published=datetime.date(2023, 4, 23))
    assert diet_article.author.credentials == "FNP"
    assert diet_article.author.job_title == "Family nurse practitioner"


def test_demo_reviewers_are_two_people_whose_logins_cannot_sign_in(demo, client):
    reviewers = {page.reviewed_by for page in demo_pages()}
    assert len(reviewers) >= 2
    for reviewer in reviewers:
        assert reviewer.user is not None, reviewer.name
        assert not reviewer.user.has_usable_password()
        assert reviewer.user.groups.filter(name="Medical reviewers").exists()
        assert not client.login(username=reviewer.user.username, password="")
    editor = Person.objects.get(slug=content.SUBMITTED_BY).user
    assert not editor.has_usable_password()
    assert editor.groups.filter(name="Clinic editors").exists()


def test_every_demo_page_was_submitted_and_approved_by_different_people(demo):
    editor = Person.objects.get(slug=content.SUBMITTED_BY).user
    today = timezone.localdate()
    for page in demo_pages():
        assert page.author is not None, page.slug
        assert page.reviewed_by is not None, page.slug
        assert page.reviewed_by != page.author, page.slug
        assert page.reviewed_revision_id == page.live_revision_id, page.slug
        assert not page.review_self_approved
        approval = WorkflowState.objects.for_instance(page).get(
            status=WorkflowState.STATUS_APPROVED
        )
        assert approval.requested_by == editor
        approved = approval.task_states.get(status=TaskState.STATUS_APPROVED)
        assert approved.finished_by == page.reviewed_by.user
        assert approved.finished_by != editor
        # Reviewed after it was written, and never simply on the day it was loaded.
        assert page.first_published <= page.last_reviewed < today, page.slug
        assert page.updated_on != today, page.slug
        if page.content_updated:
            assert page.first_published < page.content_updated <= page.last_reviewed


def test_most_demo_pages_were_reviewed_in_the_last_few_months(demo):
    recent = timezone.localdate() - datetime.timedelta(days=183)
    statuses = {page.slug: page.review_status() for page in demo_pages()}
    assert [slug for slug, s in statuses.items() if s != ReviewStatus.CURRENT] == [
        OVERDUE
    ]
    for page in demo_pages():
        if page.slug != OVERDUE:
            assert page.last_reviewed >= recent, page.slug


def test_one_demo_page_is_overdue_for_review(demo, client):
    page = ArticlePage.objects.get(slug=OVERDUE)
    today = timezone.localdate()
    assert page.review_status() == ReviewStatus.OVERDUE
    assert add_months(today, -15) < page.last_reviewed < add_months(today, -13)
    assert page.next_review_due == add_months(page.last_reviewed, 12) < today
    # The approved revision carries the same dates, so later drafts keep them.
    approved = page.live_revision.content
    assert approved["last_reviewed"] == page.last_reviewed.isoformat()
    assert approved["next_review_due"] == page.next_review_due.isoformat()
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert "scheduled medical review is overdue" in soup.select_one(".trust").text


def test_one_demo_page_has_changes_awaiting_review(demo, client):
    page = ArticlePage.objects.get(slug=AWAITING)
    editor = Person.objects.get(slug=content.SUBMITTED_BY).user
    waiting = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert waiting.requested_by == editor
    assert waiting.current_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert "Ask before you cut out foods" in str(draft.body.raw_data)
    assert "Ask before you cut out foods" not in str(page.body.raw_data)
    # The live page is still the reviewed one, so it keeps its review stamp.
    assert page.review_status() == ReviewStatus.CURRENT
    assert not page.changes_awaiting_review
    text = BeautifulSoup(client.get(page.url).content, "html.parser").get_text()
    assert "Medically reviewed by" in text
    assert "Ask before you cut out foods" not in text
    in_progress = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    assert list(in_progress) == [waiting]


def test_loading_twice_changes_nothing(demo):
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert snapshot() == before
    assert "Demo content: 0 created, 0 updated," in out.getvalue()


def test_demo_users_need_debug(demo, settings):
    settings.DEBUG = False
    before = snapshot()
    with pytest.raises(CommandError, match="only made when DEBUG is on"):
        call_command("load_demo_content", "--with-demo-users", verbosity=0)
    assert snapshot() == before
    signins = get_user_model().objects.filter(username__in=["editor", "reviewer"])
    assert not signins.exists()


def test_demo_users_one_per_role_passwords_printed_once(demo, settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo_content", "--with-demo-users", stdout=out)
    users = {user.username: user for user in get_user_model().objects.all()}
    assert {"editor", "reviewer", "admin"} <= set(users)
    assert [g.name for g in users["editor"].groups.all()] == ["Clinic editors"]
    assert [g.name for g in users["reviewer"].groups.all()] == ["Medical reviewers"]
    assert users["admin"].is_superuser and not users["editor"].is_superuser
    reviewer = users["reviewer"].person
    assert reviewer.credentials == "MD"
    assert "fictional" in reviewer.biography
    assert reviewer.photo is not None
    for username in ("editor", "reviewer", "admin"):
        line = next(row for row in out.getvalue().splitlines() if username in row)
        password = line.split()[-1]
        assert users[username].check_password(password), username

    count = get_user_model().objects.count()
    again = io.StringIO()
    call_command("load_demo_content", "--with-demo-users", stdout=again)
    assert again.getvalue().count("password unchanged") == 3
    assert get_user_model().objects.count() == count
