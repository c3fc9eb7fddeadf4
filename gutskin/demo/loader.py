"""Loads the demo content (content.py) into the site, as often as you like.

Every object is found by what identifies it to an editor (a page by its parent and
slug, a person by their profile address, an image by its title) and only written
when the demo's values differ from what is stored, so a second run creates
nothing, publishes nothing, starts no workflow and adds no revisions.

Section and policy pages are published directly. Conditions, mechanisms and
articles are medical content: the demo editor submits each one to the Medical
review workflow and a demo reviewer approves it (gutskin.demo.reviews), so their
review stamps are made the way the site makes them
(https://docs.wagtail.org/en/stable/reference/pages/model_reference.html).
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from articles.models import ArticleIndexPage, ArticlePage
from conditions.models import (
    ConditionIndexPage,
    ConditionMechanism,
    ConditionPage,
    MechanismIndexPage,
    MechanismPage,
)
from gutskin.clinic.demo import load_clinic_demo
from gutskin.core import content_version
from gutskin.home.models import HomePage
from gutskin.people.models import Person
from gutskin.references.models import Reference
from gutskin.taxonomy.models import Synonym

from . import content, illustrations, reviews

CREATED, UPDATED, UNCHANGED = OUTCOMES = ("created", "updated", "unchanged")

SITE = {"hostname": "localhost", "port": 80, "site_name": "Gut & Skin"}


class DemoContentError(Exception):
    """The database holds something the demo would have to overwrite or delete."""


@dataclass
class LoadReport:
    """How many of each kind of object a load created, updated or left unchanged."""

    counts: Counter = field(default_factory=Counter)

    def record(self, kind, outcome):
        self.counts[kind, outcome] += 1

    def total(self, outcome):
        return sum(n for (_, counted), n in self.counts.items() if counted == outcome)

    def kinds(self):
        return list(dict.fromkeys(kind for kind, _ in self.counts))

    def summary(self, kind=None):
        """E.g. "3 created, 1 updated, 20 unchanged", for one kind or for all."""
        if kind is None:
            numbers = [self.total(outcome) for outcome in OUTCOMES]
        else:
            numbers = [self.counts[kind, outcome] for outcome in OUTCOMES]
        return "{} created, {} updated, {} unchanged".format(*numbers)


# What a demo page holds, one value at a time. Each knows how to tell whether the
# stored page already has it and how to give it to the page, so values whose storage
# differs from how they read (stream blocks with generated ids, child rows, tags,
# many-to-many links) compare by what a reader sees rather than by ids.


@dataclass(frozen=True)
class Value:
    """A plain model field such as the title, summary or author."""

    name: str
    value: object

    def differs(self, page):
        return getattr(page, self.name) != self.value

    def apply(self, page):
        setattr(page, self.name, self.value)


@dataclass(frozen=True)
class Body:
    """A StreamField, compared without the block ids Wagtail generates on save."""

    blocks: list
    name: str = "body"

    def _stream(self, page):
        stream_block = page._meta.get_field(self.name).stream_block
        return StreamValue(
            stream_block,
            [
                (block_type, stream_block.child_blocks[block_type].to_python(raw))
                for block_type, raw in self.blocks
            ],
        )

    def differs(self, page):
        stored = getattr(page, self.name).get_prep_value()
        return _without_ids(stored) != _without_ids(self._stream(page).get_prep_value())

    def apply(self, page):
        setattr(page, self.name, self._stream(page))


@dataclass(frozen=True)
class Tags:
    """Free tags from the shared vocabulary; taggit matches names case-insensitively."""

    names: list

    def differs(self, page):
        stored = sorted(tag.name.casefold() for tag in page.tags.all())
        return stored != sorted(name.casefold() for name in self.names)

    def apply(self, page):
        page.tags.set(self.names)


@dataclass(frozen=True)
class Children:
    """An ordered child relation, such as a condition's mechanisms, row by row."""

    relation: str
    model: type
    rows: list

    def differs(self, page):
        names = {name for row in self.rows for name in row}
        stored = [
            {name: getattr(child, name) for name in names}
            for child in getattr(page, self.relation).all()
        ]
        return stored != list(self.rows)

    def apply(self, page):
        # Orderable rows keep the demo's order only if sort_order is set; it is
        # otherwise filled in by the admin's form, which this loader bypasses.
        children = [
            self.model(sort_order=order, **row) for order, row in enumerate(self.rows)
        ]
        setattr(page, self.relation, children)


@dataclass(frozen=True)
class Related:
    """A ParentalManyToManyField, such as the conditions an article is about."""

    name: str
    pages: list

    def differs(self, page):
        stored = {related.pk for related in getattr(page, self.name).all()}
        return stored != {related.pk for related in self.pages}

    def apply(self, page):
        setattr(page, self.name, self.pages)


def _without_ids(data):
    if isinstance(data, dict):
        return {key: _without_ids(val) for key, val in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


def load_demo_content():
    """Create or update the whole demo site in one transaction; return a LoadReport."""
    report = LoadReport()
    with transaction.atomic():
        collection = illustrations.demo_collection()
        images = _sync_illustrations(collection, report)
        people = {
            spec["slug"]: _sync_person(spec, collection, report)
            for spec in content.PEOPLE
        }
        home = _sync_home(report)
        _sync_site(home, report)
        load_clinic_demo(home, report)

        # Sections in the order the site's navigation lists them.
        condition_index = _sync_page(
            home, ConditionIndexPage, content.CONDITION_INDEX, report
        )
        mechanism_index = _sync_page(
            home, MechanismIndexPage, content.MECHANISM_INDEX, report
        )
        article_index = _sync_page(
            home, ArticleIndexPage, content.ARTICLE_INDEX, report
        )
        demo = DemoStaff(people, images, report)
        mechanisms = {
            spec["slug"]: demo.sync_reviewed_page(
                mechanism_index, MechanismPage, spec, _mechanism_values(spec, demo)
            )
            for spec in content.MECHANISMS
        }
        conditions = {
            spec["slug"]: demo.sync_reviewed_page(
                condition_index,
                ConditionPage,
                spec,
                _condition_values(spec, demo, mechanisms),
            )
            for spec in content.CONDITIONS
        }
        for spec in content.ARTICLES:
            values = _article_values(spec, demo, conditions, mechanisms)
            demo.sync_reviewed_page(article_index, ArticlePage, spec, values)
        pages = {**conditions, **mechanisms}
        for spec in content.SYNONYMS:
            _sync_synonym(spec, pages, report)
        # Some rows above are written by queryset updates, which send no signal;
        # every cached page and kept piece of the site is rebuilt after the load.
        content_version.changed()
    return report


def _index_values(spec):
    return [Value("title", spec["title"]), Value("summary", spec["summary"])]


def _content_values(spec, demo):
    return [
        *_index_values(spec),
        Body(demo.body(spec["body"])),
        Tags(spec["tags"]),
        Value("author", demo.people[spec["author"]]),
        Value("first_published", spec["first_published"]),
        Value("content_updated", spec["content_updated"]),
        Children("references", Reference, spec["references"]),
    ]


def _mechanism_values(spec, demo):
    return [*_content_values(spec, demo), Value("kind", spec["kind"])]


def _condition_values(spec, demo, mechanisms):
    links = [
        {"mechanism_id": mechanisms[slug].pk, "note": note}
        for slug, note in spec["mechanisms"]
    ]
    return [
        *_content_values(spec, demo),
        Children("mechanism_links", ConditionMechanism, links),
    ]


def _article_values(spec, demo, conditions, mechanisms):
    lead = spec["lead_image"]
    return [
        *_content_values(spec, demo),
        Value("lead_image", demo.images[lead]),
        Value("lead_image_alt", content.ILLUSTRATIONS[lead]["alt"]),
        Related("conditions", [conditions[slug] for slug in spec["conditions"]]),
        Related("mechanisms", [mechanisms[slug] for slug in spec["mechanisms"]]),
    ]


def _home_values(spec):
    return [*_index_values(spec), Value("heading", spec["heading"])]


class DemoStaff:
    """The demo's people at work: the editor who submits, the reviewers who approve."""

    def __init__(self, people, images, report):
        self.people = people
        self.images = images
        self.report = report
        self.editor = people[content.SUBMITTED_BY].user
        self.today = timezone.localdate()

    def body(self, blocks):
        """A page body from content.py, its illustrations swapped for the images."""
        resolved = []
        for block_type, value in blocks:
            if block_type == "image":
                spec = content.ILLUSTRATIONS[value["illustration"]]
                value = {
                    "image": self.images[value["illustration"]].pk,
                    "alt_text": spec["alt"],
                    "caption": value["caption"],
                }
            resolved.append((block_type, value))
        return resolved

    def sync_reviewed_page(self, parent, model, spec, values):
        """Create or update a medical page through review; leave it as the demo says.

        A page with a review in progress is an editor's and reviewer's business and
        is left alone. Otherwise a page whose values differ, or that was never
        reviewed, is saved as a new revision by the demo editor, submitted to the
        Medical review workflow and approved by its demo reviewer; the review is
        then dated, and the demo's one page with changes awaiting review gets them.
        """
        page = _find_child(parent, model, spec["slug"])
        if page is not None:
            if reviews.in_review(page):
                self.report.record("pages", UNCHANGED)
                return page
            changed = [value for value in values if value.differs(page)]
            if not changed and page.live and page.last_reviewed is not None:
                self.report.record("pages", UNCHANGED)
                return page
            for value in changed:
                value.apply(page)
            outcome = UPDATED
        else:
            page = model(slug=spec["slug"], live=False)
            for value in values:
                value.apply(page)
            parent.add_child(instance=page)
            outcome = CREATED
        page.save_revision(user=self.editor, log_action=True)
        reviewer = self.people[spec["reviewer"]].user
        reviews.submit_and_approve(page, self.editor, reviewer)
        reviews.date_review(page, self.review_day(spec), spec["first_published"])
        self.report.record("pages", outcome)
        self.report.record("reviews", CREATED)
        if spec.get("review_state") == content.AWAITING:
            self.submit_pending_change(page, spec)
        return model.objects.get(pk=page.pk)

    def review_day(self, spec):
        """The day the demo says the page was reviewed: never before it changed."""
        day = self.today - datetime.timedelta(days=spec["reviewed_days_ago"])
        earliest = spec["content_updated"] or spec["first_published"]
        return max(day, earliest)

    def submit_pending_change(self, page, spec):
        """The editor's later change: saved as a draft and sent for review.

        Readers keep seeing the reviewed page, and its review stamp, until a
        reviewer approves the change.
        """
        draft = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
        blocks = [*spec["body"][:-1], *spec["pending_change"], spec["body"][-1]]
        Body(self.body(blocks)).apply(draft)
        draft.save_revision(user=self.editor, log_action=True)
        reviews.submit(draft, self.editor)
        self.report.record("changes awaiting review", CREATED)


def _find_child(parent, model, slug):
    page = parent.get_children().filter(slug=slug).specific().first()
    if page is not None and not isinstance(page, model):
        raise DemoContentError(
            f"{page.url_path} is a {page.specific_class.__name__}, "
            f"not the {model.__name__} the demo needs."
        )
    return page


def _sync_page(parent, model, spec, report, values=None):
    """Create the page under its parent or bring it up to date, publishing on change.

    values are what the page should hold; by default an index page's title and
    summary, shown in the site's menus (navigation_tags lists sections by it).
    """
    if values is None:
        values = [*_index_values(spec), Value("show_in_menus", True)]
    page = _find_child(parent, model, spec["slug"])
    if page is None:
        page = model(slug=spec["slug"])
        for value in values:
            value.apply(page)
        parent.add_child(instance=page)
        outcome = CREATED
    else:
        changed = [value for value in values if value.differs(page)]
        if not changed and page.live:
            report.record("pages", UNCHANGED)
            return page
        for value in changed:
            value.apply(page)
        outcome = UPDATED
    page.save_revision().publish()
    report.record("pages", outcome)
    return page


def _sync_home(report):
    root = Page.get_first_root_node()
    _remove_welcome_page(root)
    return _sync_page(root, HomePage, content.HOME, report, _home_values(content.HOME))


def _remove_welcome_page(root):
    """Delete Wagtail's "Welcome to your new Wagtail site!" page, which holds the slug.

    Wagtail's first migration creates it as a plain Page; only that exact, childless
    placeholder is removed, never a page anyone has built on.
    """
    welcome = (
        root.get_children()
        .filter(
            slug=content.HOME["slug"],
            content_type=ContentType.objects.get_for_model(Page),
        )
        .first()
    )
    if welcome is None:
        return
    if welcome.get_children_count():
        raise DemoContentError(
            f"{welcome.url_path} has child pages; move or delete them first."
        )
    # Site.root_page cascades on delete: re-root the site for the moment rather than
    # lose it; _sync_site then points it at the new home page.
    Site.objects.filter(root_page=welcome).update(root_page=root)
    welcome.delete()


def _sync_site(home, report):
    """Make the default site serve the home page at localhost."""
    site = Site.objects.filter(is_default_site=True).first()
    wanted = {**SITE, "root_page_id": home.pk}
    if site is None:
        Site.objects.create(is_default_site=True, **wanted)
        report.record("site", CREATED)
        return
    if all(getattr(site, name) == value for name, value in wanted.items()):
        report.record("site", UNCHANGED)
        return
    for name, value in wanted.items():
        setattr(site, name, value)
    site.save()
    report.record("site", UPDATED)


def _sync_illustrations(collection, report):
    """Every drawing in content.ILLUSTRATIONS as a Wagtail image, keyed by name."""
    return {
        key: illustrations.sync_image(
            collection,
            spec["title"],
            illustrations.DRAWINGS[key],
            f"demo-{key}.png",
            report,
        )
        for key, spec in content.ILLUSTRATIONS.items()
    }


def _sync_person(spec, collection, report):
    """A demo author or reviewer, with their portrait and, if they act, a login."""
    avatar = spec["avatar"]
    photo = illustrations.sync_image(
        collection,
        f"Demo portrait: {spec['name']}",
        lambda: illustrations.avatar(avatar["initials"], avatar["colour"]),
        f"demo-portrait-{spec['slug']}.png",
        report,
    )
    wanted = {
        name: spec[name]
        for name in ("name", "kind", "credentials", "job_title", "biography")
    }
    wanted["photo"] = photo
    wanted["user"] = _sync_user(spec["user"], report) if spec["user"] else None
    person = Person.objects.filter(slug=spec["slug"]).first()
    if person is None:
        report.record("people", CREATED)
        return Person.objects.create(slug=spec["slug"], **wanted)
    if all(getattr(person, name) == value for name, value in wanted.items()):
        report.record("people", UNCHANGED)
        return person
    for name, value in wanted.items():
        setattr(person, name, value)
    person.save()
    report.record("people", UPDATED)
    return person


def _sync_user(spec, report):
    """A demo login nobody can sign in with (an unusable password), in its role.

    It exists so that the demo's submissions and approvals are made by named
    people through the workflow. An existing user's password is never touched.
    """
    User = get_user_model()
    user = User.objects.filter(username=spec["username"]).first()
    if user is None:
        user = User(
            username=spec["username"],
            first_name=spec["first_name"],
            last_name=spec["last_name"],
        )
        user.set_unusable_password()
        user.save()
        report.record("users", CREATED)
    else:
        report.record("users", UNCHANGED)
    group = Group.objects.get(name=spec["group"])
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
    return user


def _sync_synonym(spec, pages, report):
    """A synonym is found by its term; its page and words follow the demo."""
    wanted = {
        "page_id": pages[spec["page"]].pk if spec["page"] else None,
        "other_names": "\n".join(spec["other_names"]),
        "search_terms": "\n".join(spec["search_terms"]),
    }
    synonym = Synonym.objects.filter(term=spec["term"]).order_by("pk").first()
    if synonym is None:
        Synonym.objects.create(term=spec["term"], **wanted)
        report.record("synonyms", CREATED)
        return
    if all(getattr(synonym, name) == value for name, value in wanted.items()):
        report.record("synonyms", UNCHANGED)
        return
    for name, value in wanted.items():
        setattr(synonym, name, value)
    synonym.save()
    report.record("synonyms", UPDATED)
