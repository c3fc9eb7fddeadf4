from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    """Topics: the shared tag vocabulary and the pages that browse it."""

    name = "gutskin.taxonomy"
    label = "taxonomy"

    def ready(self):
        from . import signals  # noqa: F401
