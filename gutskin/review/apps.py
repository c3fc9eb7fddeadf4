from django.apps import AppConfig


class ReviewConfig(AppConfig):
    """Medical review: reviewers, review dates, the review workflow and reports."""

    name = "gutskin.review"
    label = "review"

    def ready(self):
        from . import signals  # noqa: F401
