"""Topics (tags) are one vocabulary shared by conditions, mechanisms and articles."""

from django.contrib.contenttypes.models import ContentType

from gutskin.core.registry import patient_material_models
from gutskin.taxonomy.models import TaggedPage

from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    make_private,
)


def test_topic_page_mixes_page_types_with_labels(client, site_tree):
    ConditionPageFactory(parent=site_tree.conditions, title="Eczema", tags=["itch"])
    MechanismPageFactory(
        parent=site_tree.mechanisms, title="Gut barrier", tags=["itch"]
    )
    ArticlePageFactory(parent=site_tree.articles, title="Itchy skin", tags=["itch"])
    response = client.get("/topics/itch/")
    assert response.status_code == 200
    pages = {page.title: page.type_label for page in response.context["pages"]}
    assert pages == {
        "Eczema": "Condition",
        "Gut barrier": "Mechanism",
        "Itchy skin": "Article",
    }
    html = response.content.decode()
    for label in ("Condition", "Mechanism", "Article"):
        assert label in html


def test_topic_index_counts_only_readable_pages(client, site_tree):
    ConditionPageFactory(parent=site_tree.conditions, tags=["diet", "itch"])
    ArticlePageFactory(parent=site_tree.articles, tags=["diet"])
    ArticlePageFactory(parent=site_tree.articles, tags=["diet"]).unpublish()
    make_private(ArticlePageFactory(parent=site_tree.articles, tags=["diet", "secret"]))
    response = client.get("/topics/")
    assert response.status_code == 200
    counts = {topic.slug: topic.page_count for topic in response.context["topics"]}
    assert counts == {"diet": 2, "itch": 1}
    assert 'href="/topics/diet/"' in response.content.decode()


def test_a_topic_only_on_hidden_pages_is_not_found(client, site_tree):
    ArticlePageFactory(parent=site_tree.articles, tags=["secret"]).unpublish()
    response = client.get("/topics/secret/")
    assert response.status_code == 404


def test_unknown_topic_is_a_404_that_helps_the_reader_on(client, site_tree):
    response = client.get("/topics/no-such-topic/")
    assert response.status_code == 404
    html = response.content.decode()
    for path in ("/topics/", "/conditions/", "/articles/"):
        assert f'href="{path}"' in html


def test_page_tags_live_in_the_taxonomy_app_and_keep_their_table(db):
    """The page–tag link moved to the taxonomy app with the other vocabularies;
    its table, and so every page's topics, stayed where they were."""
    for model in patient_material_models():
        through = model._meta.get_field("tags").remote_field.through
        assert through is TaggedPage, model
    assert TaggedPage._meta.app_label == "taxonomy"
    assert TaggedPage._meta.db_table == "core_taggedpage"
    assert ContentType.objects.filter(app_label="taxonomy", model="taggedpage").exists()
    assert not ContentType.objects.filter(app_label="core", model="taggedpage").exists()
