from django.apps import AppConfig


class PeopleConfig(AppConfig):
    """The authors and medical reviewers readers see named on pages."""

    name = "gutskin.people"
    label = "people"
    verbose_name = "People"
