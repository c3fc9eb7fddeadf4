"""Give every topic a slug, so every topic page has an address."""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from taggit.models import Tag

from .slugs import topic_slug


@receiver(pre_save, sender=Tag)
def give_topic_a_slug(sender, instance, **kwargs):
    # taggit slugifies the name, which leaves nothing of "🔥" or "???"; an empty
    # slug has no URL, so /topics/ and every page carrying the tag would fail.
    if not instance.slug:
        others = sender._default_manager.exclude(pk=instance.pk)
        instance.slug = topic_slug(
            instance.name, lambda slug: others.filter(slug=slug).exists()
        )
