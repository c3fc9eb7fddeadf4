from django.apps import AppConfig


class ChecksConfig(AppConfig):
    """Writing checks editors see while they edit: reading grade, claim words."""

    name = "gutskin.checks"
    label = "checks"
