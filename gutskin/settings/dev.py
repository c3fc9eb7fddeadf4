"""Local development: debugging on, e-mail to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# Pages change with every edit to a template or view here, which no signal
# announces, so the page cache is off unless asked for.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 0))
