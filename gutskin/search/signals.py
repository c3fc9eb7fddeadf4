"""Keep the search index and the cached vocabulary in step with edits."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from gutskin.taxonomy.models import Synonym

from . import vocabulary


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
    vocabulary.changed()


@receiver(post_delete, sender=Synonym)
def synonym_deleted(sender, instance, **kwargs):
    if instance.page_id:
        reindex_page(instance.page_id)
    vocabulary.changed()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, **kwargs):
    vocabulary.changed()


@receiver(post_save)
@receiver(post_delete)
def page_changed(sender, instance, **kwargs):
    # Publishing, unpublishing, moving and deleting all save or delete the page
    # row, whichever page type it is.
    if isinstance(instance, Page):
        vocabulary.changed()
