"""The load benchmark's baseline route exists only under BENCH; its parts hold up."""

import importlib
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import NoReverseMatch, clear_url_caches, reverse

import gutskin.urls
from gutskin.bench import database, load, report
from gutskin.bench.load import CACHED, UNCACHED, Page
from gutskin.bench.views import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
# Variables the bench settings read, cleared so the developer's own never leak in.
BENCH_ENV = {"SECRET_KEY", "DATABASE_URL", "GUTSKIN_BENCH_DIR", "GUTSKIN_BENCH_RUN"}


def reload_urls():
    importlib.reload(gutskin.urls)
    clear_url_caches()


@pytest.fixture
def bench_on(settings):
    """The URLconf as gutskin.settings.bench builds it, restored afterwards."""
    settings.BENCH = True
    reload_urls()
    yield
    settings.BENCH = False
    reload_urls()


@pytest.mark.django_db
def test_baseline_route_is_not_there_without_bench(client, settings):
    assert settings.BENCH is False
    with pytest.raises(NoReverseMatch):
        reverse("bench_baseline")
    assert client.get("/bench/baseline/?bytes=100").status_code == 404


@pytest.mark.parametrize("size", [0, 1, 31_000, 250_001])
def test_baseline_serves_exactly_the_bytes_asked_for_without_queries(
    client, bench_on, size
):
    # No database access is allowed in this test: one query would fail it.
    response = client.get(f"/bench/baseline/?bytes={size}")
    assert response.status_code == 200
    assert len(response.content) == size
    assert response["Content-Type"] == "text/html; charset=utf-8"


def test_baseline_body_is_built_once_per_size(client, bench_on):
    first = client.get("/bench/baseline/?bytes=4096").content
    second = client.get("/bench/baseline/?bytes=4096").content
    assert first == second
    assert reverse("bench_baseline") == "/bench/baseline/"


@pytest.mark.parametrize("size", ["-1", "abc", str(MAX_BYTES + 1), "1e3"])
def test_baseline_refuses_sizes_it_cannot_serve(client, bench_on, size):
    assert client.get(f"/bench/baseline/?bytes={size}").status_code == 400


def bench_settings(**env):
    """gutskin.settings.bench as a new process reads it from this environment."""
    script = (
        "import json, gutskin.settings.bench as s; print(json.dumps({name: "
        "getattr(s, name) for name in dir(s) if name.isupper()}, default=str))"
    )
    environment = {
        name: value for name, value in os.environ.items() if name not in BENCH_ENV
    }
    result = subprocess.run(  # noqa: S603 (this Python, a fixed script)
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    return result


def test_bench_settings_relax_only_what_loopback_needs(tmp_path):
    result = bench_settings(
        SECRET_KEY="made-for-this-test",
        GUTSKIN_BENCH_DIR=str(tmp_path),
        GUTSKIN_BENCH_RUN="run42",
    )
    assert result.returncode == 0, result.stderr
    bench = json.loads(result.stdout)
    production = runpy.run_path(str(ROOT / "gutskin" / "settings" / "base.py"))
    assert bench["BENCH"] is True
    assert bench["DEBUG"] is False
    assert bench["SECURE_SSL_REDIRECT"] is False
    assert bench["ALLOWED_HOSTS"] == ["127.0.0.1", "localhost"]
    assert bench["SECRET_KEY"] == "made-for-this-test"
    assert bench["MIDDLEWARE"] == production["MIDDLEWARE"]
    assert bench["STORAGES"]["staticfiles"] == production["STORAGES"]["staticfiles"]
    # Never the developer's db.sqlite3, media/ or staticfiles/.
    assert bench["DATABASES"]["default"]["NAME"] == str(tmp_path / "bench.sqlite3")
    assert bench["MEDIA_ROOT"] == str(tmp_path / "media")
    assert bench["STATIC_ROOT"] == str(tmp_path / "static")
    assert all(
        cache["KEY_PREFIX"] == "bench-run42" for cache in bench["CACHES"].values()
    )


def test_bench_settings_refuse_to_start_without_a_secret(tmp_path):
    result = bench_settings(GUTSKIN_BENCH_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_postgres_benchmark_uses_its_own_database_never_the_named_one(monkeypatch):
    made = []
    monkeypatch.setattr(
        database,
        "recreate_postgres_database",
        lambda parts, name: made.append((parts.path, name)),
    )
    bench = database.fresh_database(
        "postgres://postgres@127.0.0.1:5432/gutskin", Path("/scratch")
    )
    assert bench.url == "postgres://postgres@127.0.0.1:5432/gutskin_bench"
    assert made == [("/postgres", "gutskin_bench")]


def test_only_a_bench_database_is_ever_dropped():
    with pytest.raises(ValueError, match="not a benchmark database"):
        database.drop_postgres_database("postgres://postgres@127.0.0.1:5432/gutskin")


def test_sqlite_benchmark_database_lives_in_the_scratch_folder(tmp_path):
    bench = database.fresh_database("", tmp_path)
    assert bench.vendor == "sqlite"
    assert bench.url == f"sqlite:///{tmp_path / 'bench.sqlite3'}"


def test_uncached_urls_never_repeat_and_cached_ones_always_do():
    page = Page("search", "/search/?q=eczema")
    api = Page("API list", "/api/v2/pages/", bust_param="_")
    assert page.url_for(CACHED, "a") == "/search/?q=eczema"
    assert page.url_for(UNCACHED, "a") == "/search/?q=eczema&bench=a"
    assert page.url_for(UNCACHED, "b") != page.url_for(UNCACHED, "a")
    assert api.url_for(UNCACHED, "7") == "/api/v2/pages/?_=7"


def test_wrk_summary_is_read_from_the_scripts_result_line():
    output = (
        "Running 10s test @ http://127.0.0.1:8000/\n"
        'BENCH-RESULT {"requests": 2500, "duration_us": 10000000, "bytes": 1, '
        '"p50_us": 2500, "p95_us": 9000, "p99_us": 15000, "max_us": 40000, '
        '"errors": {"connect": 0, "read": 1, "write": 0, "status": 2, '
        '"timeout": 0}}\n'
    )
    result = load.parse(output)
    assert result.per_second == 250
    assert (result.p50_ms, result.p95_ms, result.p99_ms) == (2.5, 9.0, 15.0)
    assert result.errors == 3
    with pytest.raises(load.LoadError):
        load.parse("wrk: connection refused\n")


def test_report_keeps_the_other_databases_section(tmp_path):
    document = tmp_path / "benchmarks.md"
    document.write_text(
        "# Old intro\n\n<!-- bench:postgresql -->\n\n## PostgreSQL\n\nKept.\n\n"
        "<!-- bench:/postgresql -->\n"
    )

    class SqliteRun:
        database = database.BenchDatabase("sqlite:///x", "sqlite", "x")

    original = report.render_section
    try:
        report.render_section = lambda run: "## SQLite\n\nNew figures.\n"
        report.write_document(document, SqliteRun())
    finally:
        report.render_section = original
    text = document.read_text()
    assert text.startswith("# Benchmarks\n") and "Old intro" not in text
    assert "New figures." in text and "Kept." in text
    assert text.index("## SQLite") < text.index("## PostgreSQL")


def test_tables_are_padded_as_prettier_pads_them():
    assert report.table(["Page", "Req/s"], [["home", "1,234"]], right={1}) == (
        "| Page | Req/s |\n| ---- | ----: |\n| home | 1,234 |"
    )


def test_profiled_sql_keeps_what_a_query_costs_and_drops_column_lists():
    from gutskin.bench.pages import shorten

    sql = (
        'SELECT "a"."id", "a"."title" FROM "a" LEFT OUTER JOIN "b" ON (1) '
        'WHERE "a"."live" GROUP BY "a"."id", "a"."title" HAVING COUNT(*) > 1 '
        'ORDER BY "a"."title" ASC'
    )
    assert shorten(sql) == (
        'SELECT ... FROM "a" LEFT OUTER JOIN "b" ON (1) WHERE "a"."live" '
        'GROUP BY ... HAVING COUNT(*) > 1 ORDER BY "a"."title" ASC'
    )
