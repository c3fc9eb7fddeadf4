"""Loads the demo content (content.py) into the page tree, as often as you like.

Every object is found by what identifies it to an editor (a page by its parent and
slug, an author by name) and only written when the demo's values differ from what
is stored, so a second run creates nothing, publishes nothing and adds no revisions.
A changed page is saved as a new revision and published, as an editor would do it
(https://docs.wagtail.org/en/stable/reference/pages/model_reference.html).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from articles.models import ArticleIndexPage, ArticlePage, Author
from conditions.models import (
    ConditionIndexPage,
    ConditionMechanism,
    ConditionPage,
    MechanismIndexPage,
    MechanismPage,
)
from gutskin.home.models import HomePage
from gutskin.search.models import Synonym

from . import content

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
        authors = {spec["name"]: _sync_author(spec, report) for spec in content.AUTHORS}
        home = _sync_home(report)
        _sync_site(home, report)

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
        mechanisms = {
            spec["slug"]: _sync_page(
                mechanism_index, MechanismPage, spec, report, _mechanism_values(spec)
            )
            for spec in content.MECHANISMS
        }
        conditions = {
            spec["slug"]: _sync_page(
                condition_index,
                ConditionPage,
                spec,
                report,
                _condition_values(spec, mechanisms),
            )
            for spec in content.CONDITIONS
        }
        for spec in content.ARTICLES:
            values = _article_values(spec, authors, conditions, mechanisms)
            _sync_page(article_index, ArticlePage, spec, report, values)
        pages = {**conditions, **mechanisms}
        for spec in content.SYNONYMS:
            _sync_synonym(spec, pages, report)
    return report


def _index_values(spec):
    return [Value("title", spec["title"]), Value("summary", spec["summary"])]


def _content_values(spec):
    return [
        *_index_values(spec),
        Body(spec["body"]),
        Tags(spec["tags"]),
    ]


def _mechanism_values(spec):
    return [*_content_values(spec), Value("kind", spec["kind"])]


def _condition_values(spec, mechanisms):
    links = [
        {"mechanism_id": mechanisms[slug].pk, "note": note}
        for slug, note in spec["mechanisms"]
    ]
    return [
        *_content_values(spec),
        Children("mechanism_links", ConditionMechanism, links),
    ]


def _article_values(spec, authors, conditions, mechanisms):
    return [
        *_content_values(spec),
        Value("author", authors[spec["author"]]),
        Value("first_published", spec["first_published"]),
        Related("conditions", [conditions[slug] for slug in spec["conditions"]]),
        Related("mechanisms", [mechanisms[slug] for slug in spec["mechanisms"]]),
    ]


def _home_values(spec):
    return [*_index_values(spec), Value("heading", spec["heading"])]


def _sync_page(parent, model, spec, report, values=None):
    """Create the page under its parent or bring it up to date, publishing on change.

    values are what the page should hold; by default an index page's title and
    summary.
    """
    if values is None:
        values = _index_values(spec)
    page = parent.get_children().filter(slug=spec["slug"]).specific().first()
    if page is not None and not isinstance(page, model):
        raise DemoContentError(
            f"{page.url_path} is a {page.specific_class.__name__}, "
            f"not the {model.__name__} the demo needs."
        )
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


def _sync_author(spec, report):
    author = Author.objects.filter(name=spec["name"]).order_by("pk").first()
    if author is None:
        report.record("authors", CREATED)
        return Author.objects.create(**spec)
    if all(getattr(author, name) == value for name, value in spec.items()):
        report.record("authors", UNCHANGED)
        return author
    for name, value in spec.items():
        setattr(author, name, value)
    author.save()
    report.record("authors", UPDATED)
    return author


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
