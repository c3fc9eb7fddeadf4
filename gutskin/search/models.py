"""The search vocabulary's version; synonyms are in gutskin.taxonomy."""

from django.db import models


class VocabularyVersion(models.Model):
    """A number raised whenever what readers may find changes (a page published,
    unpublished, moved, deleted or made private; a synonym edited), so every
    worker process knows at once that its cached vocabulary is out of date."""

    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "search vocabulary version"

    def __str__(self):
        return f"Search vocabulary version {self.number}"
