"""Synthetic articles in bulk, to try the site with thousands of pages.

`manage.py generate_articles N` adds N articles under the demo's article index.
Their words are filler assembled from the fixed fragments below, hedged ("may",
"some studies suggest") and marked as generated in the title, the summary and a
note at the top of the body. Everything else they point at already exists in the
demo: its conditions, mechanisms and people, its tags (plus a few more) and copies
of the real references its pages cite, so nothing made up is cited. They are live
and public but never reviewed, which is the truth about generated text.

Each article is drawn from its own random stream, seeded by the seed and the
article's number, so a seed always gives the same articles in the same order, in
any batch size; numbers carry on from the generated articles already there, so
running the command twice never reuses a slug.

Why the fast path is correct
----------------------------
`parent.add_child(instance=page)` costs, for every page, two tree queries (the
parent's last child, then the parent's `numchild`), the search index entry and
the reference index entry, each written by a `post_save` handler, and then one
query or more per tag, reference and linked page. Here a batch is written in one
transaction instead:

- **Tree.** The article index's row is locked (`select_for_update`; SQLite's
  IMMEDIATE transactions already hold the write lock) and its last child read
  once; each page's materialised path is then the next step after it, built with
  treebeard's own `_get_path`, and `numchild` is raised once by the batch size.
  Each page is still saved through `Page.save()`, which validates it
  (`full_clean`: slug free among its siblings, unique path and translation key,
  lead image alt text), sets `url_path` from its parent (handed to it, so not
  fetched) and `draft_title`, and logs its creation, as `add_child` would.
- **Related rows.** References, tags and the condition and mechanism links are
  rows that hold nothing but keys and copied values, so they are written with
  `bulk_create`, one query per table per batch. That sends no signals; the only
  handlers that act on these rows (the reference index's) are deferred below.
- **Indexes.** For the pages being saved, modelsearch's `post_save` handler is
  disconnected and Wagtail's reference-index handlers are switched off with its
  own `disable_reference_index_auto_update()`; both come back in a `finally`,
  whatever happens. Before its transaction commits, each batch indexes its pages
  in one `add_bulk` per search backend (what `update_index` does, from
  `get_indexed_objects()` with its prefetching) and records their references with
  `ReferenceIndex.create_or_update_for_object`. So the index entries commit with
  the pages or roll back with them, and a page is never live without being
  searchable. The site's own `post_save` handler (the content version, which keeps
  cached pages and the search vocabulary current) still runs for every page.

Nothing is skipped that readers see: the pages have no revisions, like pages
made in code (Wagtail edits a page without one from the page itself), and no
`page_published` signal is sent: its handlers here record a medical review these
pages do not have, or purge caches a new page is not in.
"""

import datetime
import random
import re
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.management.base import OutputWrapper
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from modelsearch.signal_handlers import post_save_signal_handler as search_on_save
from taggit.models import Tag
from wagtail.blocks import StreamValue
from wagtail.images.models import Image
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.models import ArticleIndexPage, ArticlePage
from conditions.models import ConditionPage, MechanismPage
from gutskin.core import content_version
from gutskin.people.models import Person
from gutskin.references.models import Reference
from gutskin.taxonomy.models import TaggedPage

from . import content

MAX_ARTICLES = 100_000
DEFAULT_SEED = 2024
BATCH_SIZE = 250

# Articles appear to have first been published on a day in these six years.
FIRST_DAY = datetime.date(2019, 1, 1)
SPREAD_DAYS = 6 * 365

BODY_BLOCKS = ArticlePage._meta.get_field("body").stream_block
SLUG_NUMBER = re.compile(r"-generated-(\d+)$")
REFERENCE_FIELDS = (
    "authors",
    "title",
    "publisher",
    "year",
    "doi",
    "pmid",
    "url",
    "evidence_level",
)

# Topics: the demo's own, and a few more a clinic might use.
EXTRA_TAGS = [
    "antibiotics",
    "skin microbiome",
    "hydration",
    "polyphenols",
    "sun protection",
]
TAG_VOCABULARY = sorted(
    {
        tag
        for spec in (*content.CONDITIONS, *content.MECHANISMS, *content.ARTICLES)
        for tag in spec["tags"]
    }
    | set(EXTRA_TAGS)
)

# How a condition or mechanism reads inside a sentence; others use their title.
PHRASES = {
    "eczema": "eczema",
    "diet": "diet",
    "gut-barrier": "the gut barrier",
    "immune-modulation": "the immune system",
    "inflammation": "inflammation",
    "metabolites": "microbial metabolites",
    "nutrient-absorption": "nutrient absorption",
    "skin-barrier": "the skin barrier",
    "stress": "stress",
}

# ---------------------------------------------------------------------------
# Fragments: every sentence is hedged, and none promises an effect.
# ---------------------------------------------------------------------------

TITLES = [
    "{M} and {c}: what some studies suggest",
    "Could {m} play a part in {c}?",
    "{C}, {m} and the gut–skin axis",
    "What researchers are asking about {m} and {c}",
    "{C} and the gut: notes on {m}",
    "A closer look at {m} in {c}",
]
HEADINGS = [
    ("What the research is asking", "How {m} may be involved", "What this may mean"),
    ("Where the question comes from", "The part {m} may play", "Everyday things"),
    ("Why the gut comes up", "Looking at {m}", "Questions for your clinic"),
]
OPENERS = [
    "Some studies suggest that",
    "Early research hints that",
    "A few small studies report that",
    "Researchers think it is possible that",
    "Reviews of the research describe how",
]
LINKS = [
    "{m} may be linked to {c}",
    "{m} may play a part in {c}",
    "changes in {m} may shape how {c} flares",
    "{m} might influence how the skin behaves in {c}",
    "the gut microbiome may affect {c} through {m}",
]
BACKGROUND = [
    "The gut–skin axis is the name for the links between the gut and the skin.",
    "Trillions of microbes live in the gut, and most are harmless or helpful.",
    "The gut and the skin both act as barriers between the body and the world.",
    "Inflammation is one of the ways the body responds to a threat.",
    "Gut microbes help train the immune system from early in life.",
]
CAVEATS = [
    "Much of this research is early, and results differ between studies.",
    "Most of these studies are small, so the findings may not apply to everyone.",
    "More research is needed before anyone can say how strong the link is.",
    "A link seen in a study does not show that one thing causes the other.",
    "Studies in animals do not always hold true in people.",
]
EVERYDAY = [
    "A varied diet with plenty of fibre is a sensible choice for most people.",
    "Sleep, stress and diet may all shift the gut microbiome a little.",
    "Keeping a simple diary of flare-ups may help you and your clinician spot "
    "patterns.",
    "Any change to your diet is best discussed with your clinic first.",
    "Looking after your gut can go alongside treatment; it does not replace it.",
]
KEY_POINTS = [
    "{M} may be one of several links between the gut and {c}.",
    "The research on {c} and the gut is still early.",
    "Treatment from your clinic comes first.",
    "Ask your clinic before trying supplements.",
    "This page is generated sample text, not advice.",
]
GENERATED_NOTE = (
    "This article was generated automatically to test the site with many pages. "
    "It is sample text, not medical advice, and it has not been medically reviewed."
)


class GenerationError(Exception):
    """Articles cannot be generated: bad input, or the demo is not loaded."""


@dataclass(frozen=True)
class Sources:
    """What generated articles draw on, read from the loaded demo."""

    index: ArticleIndexPage
    conditions: list
    mechanisms: list
    people: list
    references: list  # dicts of field values, copied from the demo's references
    lead_images: list  # (image, alt text)


@dataclass(frozen=True)
class Article:
    """One generated article, before it is saved."""

    number: int
    title: str
    slug: str
    summary: str
    body: list
    tags: list
    conditions: list
    mechanisms: list
    author: Person
    first_published: datetime.date
    references: list
    lead_image: tuple | None


def validate_count(count):
    """The number of articles asked for, as an int, or a GenerationError."""
    if isinstance(count, str):
        count = count.strip()
        if not re.fullmatch(r"[+-]?\d+", count):
            raise GenerationError(
                f"The number of articles must be a whole number, not {count!r}."
            )
        count = int(count)
    if isinstance(count, bool) or not isinstance(count, int):
        raise GenerationError("The number of articles must be a whole number.")
    if not 1 <= count <= MAX_ARTICLES:
        raise GenerationError(
            f"The number of articles must be between 1 and {MAX_ARTICLES:,}, "
            f"not {count:,}."
        )
    return count


def find_sources():
    """The demo's article index, vocabularies, people and references, or an error."""
    index = ArticleIndexPage.objects.live().first()
    conditions = list(ConditionPage.objects.live().public().order_by("slug"))
    mechanisms = list(MechanismPage.objects.live().public().order_by("slug"))
    demo_people = [spec["slug"] for spec in content.PEOPLE]
    people = list(Person.objects.filter(slug__in=demo_people).order_by("slug"))
    references = _demo_references()
    missing = [
        name
        for name, found in (
            ("the article index", index),
            ("live condition pages", conditions),
            ("live mechanism pages", mechanisms),
            ("the demo's people", people),
            ("the demo's references", references),
        )
        if not found
    ]
    if missing:
        raise GenerationError(
            "Generated articles are built from the demo content, but "
            + ", ".join(missing)
            + " could not be found. Load the demo first with `make demo` or "
            "`manage.py load_demo_content`. Nothing was changed."
        )
    images = {image.title: image for image in Image.objects.all()}
    lead_images = [
        (images[spec["title"]], spec["alt"])
        for _, spec in sorted(content.ILLUSTRATIONS.items())
        if spec["title"] in images
    ]
    return Sources(index, conditions, mechanisms, people, references, lead_images)


def _demo_references():
    """Each distinct source the live pages cite, as field values to copy."""
    rows = Reference.objects.filter(page__live=True).values(*REFERENCE_FIELDS)
    distinct = {}
    for row in rows:
        key = row["doi"].lower() or row["pmid"] or row["url"] or row["title"]
        distinct.setdefault(key, row)
    return sorted(distinct.values(), key=lambda row: (row["title"], row["doi"]))


def _phrase(page):
    return PHRASES.get(page.slug, page.title.split(" (")[0].lower())


def _capitalised(text):
    return text[:1].upper() + text[1:]


def build_article(sources, seed, number):
    """Article number `number` for this seed: the same whenever it is asked for."""
    rng = random.Random(f"{seed}:{number}")  # noqa: S311 (filler text, not secrets)
    conditions = rng.sample(sources.conditions, rng.randint(1, 3))
    mechanisms = rng.sample(sources.mechanisms, rng.randint(1, 3))
    c, m = _phrase(conditions[0]), _phrase(mechanisms[0])
    words = {"c": c, "m": m, "C": _capitalised(c), "M": _capitalised(m)}
    label = f"generated {number:05d}"
    topic = rng.choice(TITLES).format(**words)
    title = f"{topic} ({label})"
    references = rng.sample(
        sources.references, min(len(sources.references), rng.randint(2, 4))
    )
    return Article(
        number=number,
        title=title,
        slug=f"{slugify(topic.replace('–', ' '))[:200]}-{slugify(label)}",
        summary=(
            f"Sample text ({label}) about {c} and {m}, made to test the site "
            "with many articles. It is not medical advice."
        ),
        body=_body(rng, words, len(references)),
        tags=rng.sample(TAG_VOCABULARY, 3),
        conditions=conditions,
        mechanisms=mechanisms,
        author=rng.choice(sources.people),
        first_published=FIRST_DAY + datetime.timedelta(rng.randrange(SPREAD_DAYS)),
        references=references,
        lead_image=rng.choice(sources.lead_images) if sources.lead_images else None,
    )


def _body(rng, words, reference_count):
    """Headings, four to six paragraphs, key points and when to see a doctor.

    Every claim cites a reference, and every reference is cited at least once,
    so the writing checks find nothing uncited.
    """
    citations = iter(range(reference_count * 3))

    def claim():
        cited = next(citations) % reference_count + 1
        link = rng.choice(LINKS).format(**words)
        return f"{rng.choice(OPENERS)} {link} [{cited}]."

    def paragraph(*sentences):
        return content.paragraph(" ".join(sentences))

    first, second, third = (h.format(**words) for h in rng.choice(HEADINGS))
    blocks = [
        (
            "callout",
            {
                "kind": "note",
                "title": "Generated text",
                "text": f"<p>{GENERATED_NOTE}</p>",
            },
        ),
        content.heading(first),
        paragraph(rng.choice(BACKGROUND), claim(), rng.choice(CAVEATS)),
        content.heading(second),
        paragraph(claim(), claim(), rng.choice(CAVEATS)),
    ]
    for _ in range(rng.randint(1, 3)):
        blocks.append(paragraph(rng.choice(BACKGROUND), claim()))
    blocks += [
        content.heading(third),
        paragraph(*rng.sample(EVERYDAY, 2)),
        content.key_points(*(p.format(**words) for p in rng.sample(KEY_POINTS, 3))),
        content.see_doctor(
            "Book an appointment with your clinic or GP if a skin condition is "
            "painful, spreading, or not getting better with treatment."
        ),
    ]
    return blocks


def next_number(index):
    """The number after the highest generated article already under the index."""
    slugs = (
        ArticlePage.objects.child_of(index)
        .filter(slug__contains="-generated-")
        .values_list("slug", flat=True)
    )
    numbers = [int(match[1]) for slug in slugs if (match := SLUG_NUMBER.search(slug))]
    return max(numbers, default=0) + 1


@contextmanager
def deferred_indexing():
    """Article saves skip the search and reference index; the caller indexes them.

    modelsearch connects its handler per model, so only ArticlePage's is taken
    off; it is put back however the block ends. Signals are shared by the whole
    process, so this belongs in a management command, never in a web request.
    """
    disconnected = post_save.disconnect(search_on_save, sender=ArticlePage)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        if disconnected:
            post_save.connect(search_on_save, sender=ArticlePage)


class Progress:
    """ "Generating articles: 4200/10000 (42%)", redrawn on a terminal, else lines.

    Called with how many are done and the total; without a terminal (a log, CI)
    it writes a line at every tenth rather than a stream of carriage returns.
    """

    def __init__(self, stream=None, label="Generating articles"):
        self.stream = stream or sys.stdout
        self.label = label
        self.redraw = getattr(self.stream, "isatty", lambda: False)()
        self.shown = -1  # the percentage (or tenth, without a terminal) last shown
        self.drawn_at = 0.0

    def __call__(self, done, total):
        percent = done * 100 // total
        finished = done >= total
        line = f"{self.label}: {done}/{total} ({percent}%)"
        if self.redraw:
            now = time.monotonic()
            if not finished and percent == self.shown and now - self.drawn_at < 0.5:
                return
            self.shown, self.drawn_at = percent, now
            self._write("\r" + line + ("\n" if finished else ""))
        elif finished or percent // 10 > self.shown:
            self.shown = percent // 10
            self._write(line + "\n")

    def _write(self, text):
        if isinstance(self.stream, OutputWrapper):
            self.stream.write(text, ending="")  # it would end every write with \n
        else:
            self.stream.write(text)
        self.stream.flush()


def generate_articles(count, seed=DEFAULT_SEED, progress=None, batch_size=BATCH_SIZE):
    """Add `count` live generated articles to the demo; return the new pages' ids.

    Each batch of `batch_size` is written in one transaction, indexes included;
    `progress(done, total)` is called after each.
    """
    count = validate_count(count)
    sources = find_sources()
    first = next_number(sources.index)
    now = timezone.now()
    ids = []
    with deferred_indexing():
        for start in range(first, first + count, batch_size):
            stop = min(start + batch_size, first + count)
            articles = [build_article(sources, seed, n) for n in range(start, stop)]
            ids += _write_batch(sources.index.pk, articles, now)
            if progress is not None:
                progress(len(ids), count)
    refresh_planner_statistics()
    content_version.changed()  # the index's child count was raised by an update
    return ids


def refresh_planner_statistics():
    """Tell the database's query planner how many rows there are now.

    After a bulk load its statistics still describe the small library, and it
    would plan a scan of every article where an index walk stops early.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _write_batch(index_pk, articles, now):
    """Save one batch of articles, their relations and index entries, or none."""
    with transaction.atomic():
        index = Page.objects.select_for_update().get(pk=index_pk)
        last = index.get_last_child()
        position = last._get_lastpos_in_path() if last else 0
        pages = []
        for article in articles:
            position += 1
            page = _new_page(index, article, position, now)
            page.save()
            pages.append(page)
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
        _write_relations(pages, articles)
        ids = [page.pk for page in pages]
        _index(ids)
    return ids


def _new_page(index, article, position, now):
    page = ArticlePage(
        title=article.title,
        slug=article.slug,
        summary=article.summary,
        author=article.author,
        first_published=article.first_published,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        locale_id=index.locale_id,
        depth=index.depth + 1,
        path=ArticlePage._get_path(index.path, index.depth + 1, position),
        numchild=0,
    )
    if article.lead_image:
        page.lead_image, page.lead_image_alt = article.lead_image
    # The blocks' raw (JSON) form, as stored: StreamField reads it lazily.
    page.body = StreamValue(
        BODY_BLOCKS,
        [{"type": kind, "value": value} for kind, value in article.body],
        is_lazy=True,
    )
    # Page.save() sets url_path from the parent; treebeard keeps it here.
    page._cached_parent_obj = index
    return page


def _write_relations(pages, articles):
    tags = _tags({name for article in articles for name in article.tags})
    conditions = ArticlePage._meta.get_field("conditions")
    mechanisms = ArticlePage._meta.get_field("mechanisms")
    references, tagged, condition_links, mechanism_links = [], [], [], []
    for page, article in zip(pages, articles, strict=True):
        references += [
            Reference(page_id=page.pk, sort_order=order, **fields)
            for order, fields in enumerate(article.references)
        ]
        tagged += [
            TaggedPage(content_object_id=page.pk, tag_id=tags[name.casefold()])
            for name in article.tags
        ]
        condition_links += _links(conditions, page, article.conditions)
        mechanism_links += _links(mechanisms, page, article.mechanisms)
    Reference.objects.bulk_create(references)
    TaggedPage.objects.bulk_create(tagged)
    conditions.remote_field.through.objects.bulk_create(condition_links)
    mechanisms.remote_field.through.objects.bulk_create(mechanism_links)


def _links(field, page, targets):
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    return [
        through(**{f"{source}_id": page.pk, f"{target}_id": other.pk})
        for other in targets
    ]


def _tags(names):
    """Tag ids by lower-cased name, making any topic the site does not have yet."""
    found = {}
    for tag in Tag.objects.all():
        found.setdefault(tag.name.casefold(), tag.pk)
    for name in sorted(names):
        if name.casefold() not in found:
            found[name.casefold()] = Tag.objects.create(name=name).pk
    return found


def _index(ids):
    """Search entries and reference-index rows for the new pages, in bulk."""
    pages = list(
        ArticlePage.get_indexed_objects()
        .filter(pk__in=ids)
        .select_related("lead_image")
        .prefetch_related(
            "synonyms", "references", "tagged_items", "conditions", "mechanisms"
        )
    )
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(ArticlePage, pages)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)
