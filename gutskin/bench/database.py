"""A fresh database for each run, never the one the developer works in."""

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

BENCH_SUFFIX = "_bench"


@dataclass(frozen=True)
class BenchDatabase:
    """Where a run's database lives, and how to describe it in the report."""

    url: str
    vendor: str  # "sqlite" or "postgresql"
    name: str

    @property
    def label(self):
        return "PostgreSQL" if self.vendor == "postgresql" else "SQLite"


def is_postgres(url):
    return urlsplit(url or "").scheme in ("postgres", "postgresql", "pgsql")


def fresh_database(database_url, scratch_dir):
    """SQLite in the scratch folder, or `<name>_bench` beside DATABASE_URL's."""
    if not is_postgres(database_url):
        path = scratch_dir / "bench.sqlite3"
        return BenchDatabase(url=f"sqlite:///{path}", vendor="sqlite", name=str(path))
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/") + BENCH_SUFFIX
    recreate_postgres_database(parts._replace(path="/postgres"), name)
    return BenchDatabase(
        url=urlunsplit(parts._replace(path=f"/{name}")), vendor="postgresql", name=name
    )


def recreate_postgres_database(maintenance_parts, name):
    """Drops and creates `name`, connected to the server's maintenance database."""
    import psycopg
    from psycopg import sql

    if not name.endswith(BENCH_SUFFIX):
        raise ValueError(f"refusing to drop {name!r}: not a benchmark database")
    with psycopg.connect(urlunsplit(maintenance_parts), autocommit=True) as conn:
        # FORCE: a run that was interrupted may have left a connection open.
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)
            )
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_postgres_database(bench_url):
    parts = urlsplit(bench_url)
    name = parts.path.lstrip("/")
    if not name.endswith(BENCH_SUFFIX):
        raise ValueError(f"refusing to drop {name!r}: not a benchmark database")
    import psycopg
    from psycopg import sql

    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)
            )
        )
