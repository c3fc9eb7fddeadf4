from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from gutskin.demo.loader import DemoContentError, load_demo_content
from gutskin.demo.reviews import ReviewError
from gutskin.demo.users import create_demo_users


class Command(BaseCommand):
    """Loads the demo site from gutskin.demo.content; a second run changes nothing."""

    help = (
        "Create or update the demo site: pages, references, illustrations, people "
        "and their medical reviews; safe to rerun."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-demo-users",
            action="store_true",
            help="Also add one login per role (editor, reviewer, admin); DEBUG only.",
        )

    def handle(self, *args, **options):
        if options["with_demo_users"] and not settings.DEBUG:
            raise CommandError(
                "Demo users have known roles and printed passwords, so they are only "
                "made when DEBUG is on (gutskin.settings.dev). Nothing was changed."
            )
        try:
            report = load_demo_content()
        except (DemoContentError, ReviewError) as error:
            raise CommandError(error) from error
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {report.summary()}."))
            for kind in report.kinds():
                self.stdout.write(f"  {kind}: {report.summary(kind)}")
        if options["with_demo_users"]:
            self.write_users(create_demo_users())

    def write_users(self, rows):
        self.stdout.write("Demo users (passwords are shown only when created):")
        for username, role, password in rows:
            shown = password or "(exists already; password unchanged)"
            self.stdout.write(f"  {username:<9} {role:<18} {shown}")
