from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: synonyms readers type, spelling help and suggestions."""

    name = "gutskin.search"
    label = "search"

    def ready(self):
        from . import signals  # noqa: F401
