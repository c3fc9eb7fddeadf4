from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The site's home page."""

    name = "gutskin.home"
    label = "home"
