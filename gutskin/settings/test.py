"""Test runs: fast hashing, in-memory cache and e-mail, plain static storage."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
# Each test process (pytest-xdist worker) has its own content version, so one
# worker's changes never empty another's caches in the middle of a test.
CONTENT_VERSION_FILE = str(
    Path(tempfile.gettempdir()) / f"gutskin-tests-{os.getpid()}" / "content-version"
)
# Tests read each response's context and change rows behind the signals' back;
# the page cache's own tests (tests/test_page_cache.py) turn it on.
PAGE_CACHE_SECONDS = 0
# Static files are served from the app and static folders, as in development,
# rather than from a collectstatic run the tests never make.
WHITENOISE_AUTOREFRESH = True
