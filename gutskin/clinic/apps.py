from django.apps import AppConfig


class ClinicConfig(AppConfig):
    """The clinic behind the site: its details and its policy pages."""

    name = "gutskin.clinic"
    label = "clinic"
