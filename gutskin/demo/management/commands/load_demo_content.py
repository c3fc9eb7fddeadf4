from django.core.management.base import BaseCommand, CommandError

from gutskin.demo.loader import DemoContentError, load_demo_content


class Command(BaseCommand):
    help = "Create or update the demo site: pages, authors and tags; safe to rerun."

    def handle(self, *args, **options):
        try:
            report = load_demo_content()
        except DemoContentError as error:
            raise CommandError(error) from error
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {report.summary()}."))
            for kind in report.kinds():
                self.stdout.write(f"  {kind}: {report.summary(kind)}")
