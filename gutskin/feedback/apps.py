from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    """ "Was this page helpful?" answers from readers, for reviewers to act on."""

    name = "gutskin.feedback"
    label = "feedback"
