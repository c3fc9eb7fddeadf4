from django.core.management.base import BaseCommand, CommandError

from gutskin.demo.generate import (
    DEFAULT_SEED,
    MAX_ARTICLES,
    GenerationError,
    Progress,
    generate_articles,
)


class Command(BaseCommand):
    """Adds N generated, clearly labelled articles to the demo, for trying scale."""

    help = (
        "Add N live articles of generated sample text under the demo's article "
        "index, with tags, conditions, mechanisms, an author and references from "
        f"the demo (load it first). At most {MAX_ARTICLES:,}; the same --seed gives "
        "the same articles."
    )

    def add_arguments(self, parser):
        # A string, so that "abc" or "2.5" gets the same clear message as "0".
        parser.add_argument("count", help="How many articles to add.")
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help=f"Seed for the generated text (default {DEFAULT_SEED}).",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        try:
            ids = generate_articles(
                options["count"],
                seed=options["seed"],
                progress=Progress(self.stdout) if verbosity >= 1 else None,
            )
        except GenerationError as error:
            raise CommandError(error) from error
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Added {len(ids):,} generated articles; they are live and indexed "
                    "for search."
                )
            )
