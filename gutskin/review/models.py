"""Who medically reviews pages, and the review dates every content page carries."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from .dates import add_months, due_soon_limit


class Reviewer(index.Indexed, models.Model):
    """A clinician who medically reviews pages, as readers see them named."""

    name = models.CharField(
        max_length=120, help_text='As readers see it, e.g. "Consultant dermatologist".'
    )
    credentials = models.CharField(
        max_length=60, blank=True, help_text="Post-nominal letters, e.g. MD or FNP."
    )
    registration_number = models.CharField(
        max_length=40,
        blank=True,
        help_text="Professional registration number, if the clinic publishes it.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewer_profile",
        help_text="The admin login whose approvals are recorded as this reviewer.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("registration_number"),
        FieldPanel("user"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        permissions = [
            ("set_review_interval", "Can set how often a page is medically reviewed"),
        ]

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @classmethod
    def for_user(cls, user):
        """The reviewer an approving user stands for, made from their name if new."""
        reviewer, _ = cls.objects.get_or_create(
            user=user,
            defaults={"name": user.get_full_name() or user.get_username()},
        )
        return reviewer


class ReviewStatus(models.TextChoices):
    NOT_REVIEWED = "not-reviewed", "Not yet reviewed"
    OVERDUE = "overdue", "Review overdue"
    DUE_SOON = "due-soon", "Review due soon"
    CURRENT = "current", "Reviewed"


class MedicalReviewMixin(models.Model):
    """Who last reviewed a page and when, and when it is next due.

    The reviewer and date are written only when a Medical reviewer approves the
    page in the "Medical review" workflow (see gutskin.review.workflow), so the
    editor shows them read-only to everyone.
    """

    reviewed_by = models.ForeignKey(
        Reviewer,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    review_interval_months = models.PositiveSmallIntegerField(
        "review every (months)",
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text="How many months a review stays current (1 to 36).",
    )
    next_review_due = models.DateField(null=True, blank=True, editable=False)

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("reviewed_by", read_only=True),
                FieldPanel("last_reviewed", read_only=True),
                FieldPanel(
                    "review_interval_months",
                    permission="review.set_review_interval",
                ),
            ],
            heading="Medical review",
            help_text=(
                "Set when a Medical reviewer approves the page in the "
                "Medical review workflow."
            ),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.next_review_due = self.compute_next_review_due()
        super().save(*args, **kwargs)

    def compute_next_review_due(self):
        if self.last_reviewed is None:
            return None
        return add_months(self.last_reviewed, self.review_interval_months)

    def review_status(self, today=None):
        today = today or timezone.localdate()
        due = self.compute_next_review_due()
        if due is None:
            return ReviewStatus.NOT_REVIEWED
        if due < today:
            return ReviewStatus.OVERDUE
        if due <= due_soon_limit(today):
            return ReviewStatus.DUE_SOON
        return ReviewStatus.CURRENT

    @property
    def review_overdue(self):
        return self.review_status() == ReviewStatus.OVERDUE
