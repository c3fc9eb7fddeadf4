"""`python -m gutskin.bench`: the load benchmark that `make bench` runs."""

import argparse
import sys
from pathlib import Path

from .run import DOCUMENT, main


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m gutskin.bench",
        description=(
            "Build a fresh database (SQLite, or PostgreSQL with DATABASE_URL), serve "
            "the production settings with gunicorn, load every public page type "
            "with wrk beside a bare baseline view, check the targets and write "
            "docs/benchmarks.md. Exits 1 when a target is missed."
        ),
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=10_000,
        help="generated articles added to the demo (default 10000)",
    )
    parser.add_argument(
        "--seconds", type=int, default=10, help="each measurement (default 10)"
    )
    parser.add_argument(
        "--warmup", type=int, default=2, help="warm-up before each (default 2)"
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="measure only this page, by its name in the report (repeatable)",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the database and the temporary folder afterwards",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DOCUMENT,
        help="the report to update (default docs/benchmarks.md)",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main(parse_args()))
