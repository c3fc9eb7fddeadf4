from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content: the sample pages, authors and tags a fresh install can load."""

    name = "gutskin.demo"
    label = "demo"
    verbose_name = "Demo content"
