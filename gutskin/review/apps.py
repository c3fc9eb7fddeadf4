from django.apps import AppConfig


class ReviewConfig(AppConfig):
    """Medical review: reviewers, review dates, the review workflow and reports."""

    name = "gutskin.review"
    label = "review"
