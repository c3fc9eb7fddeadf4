"""`manage.py generate_articles N` adds N labelled, live articles readers can reach."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from taggit.models import Tag
from wagtail.models import Page, ReferenceIndex, Site

from articles.models import ArticleIndexPage, ArticlePage
from conditions.models import ConditionPage
from gutskin.demo import generate
from gutskin.references.models import Reference

from ..test_search import result_urls, search
from ..test_sitemap import sitemap_entries

COUNT = 12


def generated_articles():
    return ArticlePage.objects.filter(slug__contains="-generated-").order_by("path")


def run(count=COUNT, *args, **options):
    out = io.StringIO()
    call_command("generate_articles", str(count), *args, stdout=out, **options)
    return out.getvalue()


def listed_count(client):
    response = client.get("/articles/")
    assert response.status_code == 200
    heading = BeautifulSoup(response.content, "html.parser").select_one(
        "#results-heading"
    )
    return int(heading.get_text().split()[0].replace(",", ""))


def demo_state():
    """What a refused run must leave as it was."""
    return (
        Page.objects.count(),
        Reference.objects.count(),
        Tag.objects.count(),
        ArticleIndexPage.objects.get().numchild,
    )


def test_generated_articles_are_live_listed_searchable_and_in_the_sitemap(demo, client):
    index = ArticleIndexPage.objects.get()
    before = ArticlePage.objects.child_of(index).live().count()
    listed_before = listed_count(client)

    output = run()

    articles = list(generated_articles())
    assert len(articles) == COUNT
    assert ArticlePage.objects.child_of(index).live().public().count() == (
        before + COUNT
    )
    assert listed_count(client) == listed_before + COUNT
    assert Page.find_problems() == ([], [], [], [], [])
    assert Page.objects.get(pk=index.pk).numchild == before + COUNT
    assert f"Generating articles: {COUNT}/{COUNT} (100%)" in output

    root_url = Site.objects.get(is_default_site=True).root_url
    in_sitemap = set(sitemap_entries(client))
    for article in articles:
        assert article.url_path == f"{index.url_path}{article.slug}/"
        response = client.get(article.url)
        assert response.status_code == 200, article.url
        assert "generated automatically" in response.content.decode()
        assert "reference missing" not in response.content.decode()
        assert root_url + article.url in in_sitemap
        number = re.search(r"\(generated (\d{5})\)$", article.title)[1]
        assert result_urls(search(client, f"generated {number}")) == [article.url]


def test_generated_articles_are_labelled_classified_and_cite_only_demo_sources(
    demo,
):
    demo_sources = set(
        Reference.objects.filter(page__live=True).values_list("doi", "pmid", "title")
    )
    run()

    articles = generated_articles().prefetch_related(
        "tags", "conditions", "mechanisms", "references"
    )
    assert articles.count() == COUNT
    for article in articles:
        assert article.title.endswith(")") and "(generated " in article.title
        assert "not medical advice" in article.summary
        assert len(article.tags.all()) == 3
        assert 1 <= len(article.conditions.all()) <= 3
        assert 1 <= len(article.mechanisms.all()) <= 3
        assert article.author is not None
        assert article.last_reviewed is None and article.reviewed_by is None
        references = article.references.all()
        assert 2 <= len(references) <= 4
        assert {(r.doi, r.pmid, r.title) for r in references} <= demo_sources
        block_types = [block.block_type for block in article.body]
        assert block_types.count("paragraph") >= 4
        assert {"heading", "key_points", "callout"} <= set(block_types)
        # The admin's usage counts see the new pages, as for a page saved by hand.
        assert (
            ReferenceIndex.get_references_to(article.author)
            .filter(object_id=str(article.pk))
            .exists()
        )
    assert len({article.first_published.year for article in articles}) > 1


def test_the_same_seed_gives_the_same_articles(demo):
    def titles(seed):
        with transaction.atomic():
            run(5, "--seed", seed, verbosity=0)
            found = list(generated_articles().values_list("title", flat=True))
            transaction.set_rollback(True)
        return found

    assert titles(7) == titles(7)
    assert titles(7) != titles(8)


def test_a_second_run_carries_on_the_numbering(demo):
    run(3, verbosity=0)
    run(2, verbosity=0)

    slugs = list(generated_articles().values_list("slug", flat=True))
    assert [slug[-5:] for slug in slugs] == [
        "00001",
        "00002",
        "00003",
        "00004",
        "00005",
    ]


def test_pages_saved_after_generating_are_indexed_as_usual(demo, client):
    run(2, verbosity=0)

    article = generated_articles().first()
    article.summary += " Quokkas are not involved."
    article.save()

    assert result_urls(search(client, "quokkas")) == [article.url]


@pytest.mark.parametrize("count", ["0", "-3", "abc", "2.5", "", "100001"])
def test_a_bad_number_is_refused_and_changes_nothing(demo, count):
    before = demo_state()

    with pytest.raises(CommandError, match="number of articles"):
        call_command("generate_articles", count, stdout=io.StringIO())

    assert demo_state() == before


def unpublish_conditions():
    Page.objects.type(ConditionPage).update(live=False)


def delete_article_index():
    ArticleIndexPage.objects.get().delete()


@pytest.mark.parametrize(
    ("break_demo", "missing"),
    [
        (unpublish_conditions, "live condition pages"),
        (delete_article_index, "the article index"),
    ],
)
def test_without_the_demo_it_says_to_load_it_and_changes_nothing(
    demo, break_demo, missing
):
    break_demo()
    before = (Page.objects.count(), Reference.objects.count(), Tag.objects.count())

    with pytest.raises(CommandError) as refused:
        run()

    message = str(refused.value)
    assert missing in message
    assert "load_demo_content" in message and "make demo" in message
    assert (Page.objects.count(), Reference.objects.count(), Tag.objects.count()) == (
        before
    )


def test_a_failing_batch_leaves_no_half_built_article(demo, client, monkeypatch):
    index_batch = generate._index
    batches = []

    def fail_second_batch(ids):
        batches.append(ids)
        if len(batches) == 2:
            raise RuntimeError("disk full")
        index_batch(ids)

    monkeypatch.setattr(generate, "_index", fail_second_batch)
    before = ArticleIndexPage.objects.get().numchild

    with pytest.raises(RuntimeError, match="disk full"):
        generate.generate_articles(25, batch_size=10)

    # The first batch is whole; nothing of the second is left.
    assert generated_articles().count() == 10
    assert ArticleIndexPage.objects.get().numchild == before + 10
    assert not Reference.objects.filter(page__isnull=True).exists()
    assert Page.find_problems() == ([], [], [], [], [])
    # Saves after the failure are indexed as usual again.
    article = generated_articles().first()
    article.summary += " Wombats are not involved."
    article.save()
    assert result_urls(search(client, "wombats")) == [article.url]


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_redraws_one_line_on_a_terminal_and_writes_lines_in_a_log():
    log, terminal = io.StringIO(), Terminal()
    for stream in (log, terminal):
        progress = generate.Progress(stream)
        for done in range(1, 101):
            progress(done, 100)

    assert log.getvalue().splitlines() == [
        f"Generating articles: {n}/100 ({n}%)" for n in (1, *range(10, 101, 10))
    ]
    assert terminal.getvalue().startswith("\rGenerating articles: 1/100 (1%)\r")
    assert terminal.getvalue().endswith("\rGenerating articles: 100/100 (100%)\n")
    assert terminal.getvalue().count("\n") == 1
