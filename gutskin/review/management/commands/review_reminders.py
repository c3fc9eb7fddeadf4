from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string

from gutskin.review.queries import pages_needing_review

REVIEWERS_GROUP = "Medical reviewers"


class Command(BaseCommand):
    help = "Email Medical reviewers the pages whose review is overdue or due soon."

    def handle(self, *args, **options):
        pages = list(pages_needing_review())
        if not pages:
            self.stdout.write("No pages are due for medical review.")
            return
        recipients = list(
            get_user_model()
            .objects.filter(is_active=True, groups__name=REVIEWERS_GROUP)
            .exclude(email="")
            .values_list("email", flat=True)
            .distinct()
        )
        if not recipients:
            self.stderr.write(
                f"{len(pages)} pages are due for review, but no active member of "
                f'"{REVIEWERS_GROUP}" has an email address.'
            )
            return
        context = {"pages": pages, "base_url": settings.WAGTAILADMIN_BASE_URL}
        send_mail(
            subject=f"Medical review: {len(pages)} pages due",
            message=render_to_string("review/reminder_email.txt", context),
            from_email=None,
            recipient_list=recipients,
        )
        self.stdout.write(
            f"Sent the list of {len(pages)} pages to {len(recipients)} reviewers."
        )
