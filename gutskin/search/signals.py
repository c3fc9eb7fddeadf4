"""Keep the search index in step with synonym edits.

The cached vocabulary follows the content version, which every page, privacy and
synonym change replaces (gutskin/core/content_version.py).
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.search import index

from gutskin.taxonomy.models import Synonym


def reindex_page(page_id):
    """A page's synonyms are indexed with it, so re-index it when they change."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        index.insert_or_update_object(page.specific)


@receiver(pre_save, sender=Synonym)
def remember_previous_page(sender, instance, **kwargs):
    instance._previous_page_id = (
        Synonym.objects.filter(pk=instance.pk).values_list("page_id", flat=True).first()
        if instance.pk
        else None
    )


@receiver(post_save, sender=Synonym)
def synonym_saved(sender, instance, **kwargs):
    for page_id in {instance.page_id, getattr(instance, "_previous_page_id", None)}:
        if page_id:
            reindex_page(page_id)


@receiver(post_delete, sender=Synonym)
def synonym_deleted(sender, instance, **kwargs):
    if instance.page_id:
        reindex_page(instance.page_id)
