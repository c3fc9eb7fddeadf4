"""Settings shared by every environment; safe for production on their own.

Debugging is off and secrets come from the environment. dev.py and test.py relax
what they need to.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "gutskin.core",
    "gutskin.home",
    "gutskin.clinic",
    "gutskin.taxonomy",
    "gutskin.people",
    "gutskin.review",
    "gutskin.references",
    "gutskin.feedback",
    "gutskin.checks",
    "gutskin.demo",
    "gutskin.search",
    "conditions",
    "articles",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "gutskin.core.admin_site.SuperuserAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves collected static files with far-future caching before any view runs.
    # https://whitenoise.readthedocs.io/en/stable/django.html
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags and 304s for every page, the cached ones included.
    "django.middleware.http.ConditionalGetMiddleware",
    # Whole pages for readers without a session: gutskin/core/page_cache.py
    "gutskin.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's Wagtail Site, kept between requests: gutskin/core/sites.py
    "gutskin.core.sites.KeptSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "gutskin.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "gutskin.wsgi.application"

# SQLite for a small clinic's several editors and readers at once: WAL lets
# readers carry on while one writer writes; a writer waits up to 20 s for another
# rather than failing with "database is locked"; and IMMEDIATE takes the write lock
# when a transaction starts, since SQLite cannot wait to upgrade a read lock later.
# https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-notes
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL",
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
}


def database_from_url(url):
    """One DATABASES entry for a database URL, with SQLite set up as above."""
    database = dj_database_url.parse(url, conn_max_age=60)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database["OPTIONS"] = {**SQLITE_OPTIONS, **database.get("OPTIONS", {})}
    return database


# DATABASE_URL chooses the database (postgres://… uses psycopg 3); without it the
# site runs on an SQLite file at the repository root.
DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}

# The shared cache: Redis when REDIS_URL is set (every worker and server sees
# one cache), otherwise each process's memory.
# https://docs.djangoproject.com/en/5.2/topics/cache/#redis
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "gutskin"),
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Each worker holds its own copy: enough for the pages readers ask
            # for most, bounded at some tens of megabytes.
            "OPTIONS": {"MAX_ENTRIES": 500},
        }
    )
}
# Whole pages for readers without a session (gutskin/core/page_cache.py), kept
# until anything they show changes; the time only bounds memory. 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 60 * 60))
# Paths never served from the page cache, whoever asks.
PAGE_CACHE_NEVER = ("/admin/", "/django-admin/", "/documents/", "/feedback/", "/bench/")
# How long a CDN in front of the site may keep a page (s-maxage). 0 makes it
# check back on every request; more needs the CDN purge below, and even then a
# change to a person or a setting waits this long on pages that were not purged.
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", 0))
# A CDN or caching proxy in front of the site is told to drop a page when it is
# published, unpublished or moved, when one of these is set:
# FRONTEND_CACHE_PURGE_URL for Varnish, Squid or any proxy that takes PURGE;
# CLOUDFLARE_ZONE_ID with CLOUDFLARE_API_TOKEN; CLOUDFRONT_DISTRIBUTION_ID.
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# Without a shared cache, the content version lives in this file, which every
# worker process on the server reads (gutskin/core/content_version.py).
CONTENT_VERSION_FILE = os.environ.get(
    "CONTENT_VERSION_FILE", str(BASE_DIR / "var" / "content-version")
)
# The models readers see on pages: saving or deleting one replaces the content
# version, so cached pages and the search vocabulary are rebuilt. Page covers
# every page type (publishing, unpublishing, moving and deleting save or delete
# its row); drafts, revisions, logs and reader feedback are not here.
CONTENT_MODELS = [
    "wagtailcore.Page",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailsearchpromotions.SearchPromotion",
    "taggit.Tag",
    "taxonomy.TaggedPage",
    "taxonomy.Synonym",
    "people.Person",
    "references.Reference",
    "clinic.ClinicSettings",
    "conditions.ConditionMechanism",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names, so browsers may keep each file for ever; gzipped copies beside
    # them, so whitenoise sends them compressed without compressing per request.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The page editor posts many fields for a long StreamField.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Gut & Skin"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend with each query's words capped: gutskin/search/backend.py
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "gutskin.search.backend",
        # PostgreSQL indexes and searches word stems ("probiotic" finds
        # "probiotics") whatever the server's default_text_search_config; a
        # database indexed under another configuration needs `update_index`.
        # SQLite stems through its FTS5 table's tokenizer (gutskin.search's
        # migration 0006).
        "SEARCH_CONFIG": "english",
    },
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Tags are one shared vocabulary: editors pick from it rather than invent near-copies.
TAGGIT_CASE_INSENSITIVE = True
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Editorial workflow: approval at the end of "Medical review" records the review.
WAGTAIL_FINISH_WORKFLOW_ACTION = "gutskin.review.workflow.publish_reviewed"
# A reviewer may approve a page they submitted themselves only when this is on (a
# clinic with one reviewer); readers then see the review marked as self-approved.
GUTSKIN_ALLOW_SELF_APPROVAL = os.environ.get(
    "GUTSKIN_ALLOW_SELF_APPROVAL", ""
).lower() in ("1", "true", "yes", "on")
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", "editorial@gutskin.invalid"
)
DEFAULT_FROM_EMAIL = WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# The read-only content API at /api/v2/ (gutskin/api.py). Its detail_url links
# start with this base rather than the Site record's hostname, which in the demo
# is localhost:80. https://docs.wagtail.org/en/stable/reference/settings.html#api
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 50

# Reader feedback (gutskin.feedback): how much one client may send, as (answers,
# seconds). One a minute about each page, so a reader can rate page after page;
# ten an hour across the site. Leave a key out to keep its default.
FEEDBACK_RATE_LIMITS = {"per_page": (1, 60), "per_site": (10, 60 * 60)}
# How long answers are kept; `manage.py delete_old_feedback` (daily from cron)
# deletes older ones, as the privacy notice tells readers.
FEEDBACK_RETENTION_DAYS = 365
# The reverse proxies in front of the site, as addresses or networks separated by
# commas (10.0.0.5,10.1.0.0/16). Only for a request from one of them is the
# reader's address read from X-Forwarded-For; otherwise the header is ignored,
# since any client can send it.
TRUSTED_PROXY_IPS = env_list("TRUSTED_PROXY_IPS")

# `make bench` turns this on (gutskin.settings.bench) to add a bare baseline route,
# /bench/baseline/, that a served site never has (docs/benchmarks.md).
BENCH = False

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"


def require_secret_key():
    """Refuse to start without a secret in an environment that has none set."""
    if not SECRET_KEY:
        raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
