"""Production settings served on loopback for `make bench` (gutskin.bench)."""

import os
import tempfile
from pathlib import Path

from django.conf import global_settings

from .production import *  # noqa: F403

BENCH = True

# wrk speaks plain HTTP to 127.0.0.1: a redirect to https would be all it measured.
SECURE_SSL_REDIRECT = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

# The driver gives each run a scratch folder for the SQLite file, the collected
# static files, the demo's images and the content version, so a run never touches
# the developer's db.sqlite3, media/, staticfiles/ or var/.
BENCH_DIR = Path(
    os.environ.get("GUTSKIN_BENCH_DIR") or Path(tempfile.gettempdir()) / "gutskin-bench"
)
STATIC_ROOT = BENCH_DIR / "static"
MEDIA_ROOT = BENCH_DIR / "media"
CONTENT_VERSION_FILE = str(BENCH_DIR / "content-version")
if not os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": database_from_url(  # noqa: F405
            f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
        )
    }

# Redis outlives a run: a run's own key prefix keeps it from reading pages that an
# earlier run, or the developer's site, cached from another database.
CACHES = {
    name: {**cache, "KEY_PREFIX": f"bench-{os.environ.get('GUTSKIN_BENCH_RUN', '')}"}
    for name, cache in globals().get("CACHES", global_settings.CACHES).items()
}
