from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    """Patient-education articles and their authors."""

    name = "articles"
