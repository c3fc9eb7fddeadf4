from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from gutskin.feedback.models import Feedback


class Command(BaseCommand):
    help = (
        "Delete reader feedback older than FEEDBACK_RETENTION_DAYS, as the privacy "
        "notice promises."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say how many answers would be deleted, and delete none.",
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.FEEDBACK_RETENTION_DAYS
        if not isinstance(days, int) or days < 1:
            raise CommandError(
                "FEEDBACK_RETENTION_DAYS must be a whole number of days, 1 or more."
            )
        cutoff = timezone.now() - timedelta(days=days)
        old = Feedback.objects.filter(created_at__lt=cutoff)
        if dry_run:
            self.stdout.write(f"{old.count()} answers are older than {days} days.")
            return
        deleted, _ = old.delete()
        self.stdout.write(f"Deleted {deleted} answers older than {days} days.")
