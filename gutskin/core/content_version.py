"""One version for everything readers see, shared by every worker process.

Whole pages (page_cache.py), the search vocabulary and anything else derived from
published content are kept under the current version. Any change a reader could
see (a page published, unpublished, moved or deleted, a privacy setting, a snippet
shown on pages: see CONTENT_MODELS in the settings) replaces the version, so every
process stops using what it kept at once, and nothing has to know which pages a
change touched.

The version lives where every worker reads it: in the shared cache (Redis) when
there is one; otherwise in a small file, which every worker on this server reads
(a per-process memory cache cannot tell one process about another's change).
Reading it is one cache round trip or one small file read, never SQL.
"""

import functools
import os
import secrets
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.test.signals import setting_changed

CACHE_KEY = "gutskin.content-version"
# What `kept` builds is current through the version; this only frees memory.
KEPT_SECONDS = 24 * 60 * 60
MISSING = object()


def new_token():
    return secrets.token_hex(8)


class CacheStore:
    """The version as one key in a cache every process shares."""

    def read(self):
        version = cache.get(CACHE_KEY)
        if version is None:
            # Evicted or never set: any new value makes every older entry unused.
            cache.add(CACHE_KEY, new_token(), None)
            version = cache.get(CACHE_KEY)
        return version

    def replace(self):
        cache.set(CACHE_KEY, new_token(), None)


class FileStore:
    """The version as the text of a file, replaced in one step when it changes."""

    def __init__(self, path):
        self.path = Path(path)

    def read(self):
        try:
            return self.path.read_text()
        except FileNotFoundError:
            self.replace()
            return self.path.read_text()

    def replace(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".version-")
        with os.fdopen(fd, "w") as stamp:
            stamp.write(new_token())
        os.replace(temporary, self.path)  # readers see the old text or the new


def shared_cache():
    """Whether the default cache is one every worker process reads."""
    return not isinstance(caches["default"], LocMemCache | DummyCache)


_store = None


def store():
    global _store
    if _store is None:
        _store = (
            CacheStore() if shared_cache() else FileStore(settings.CONTENT_VERSION_FILE)
        )
    return _store


@receiver(setting_changed)
def reset_store(setting=None, **kwargs):
    """Choose the store again when a test swaps the cache settings."""
    global _store
    if setting in (None, "CACHES", "CONTENT_VERSION_FILE"):
        _store = None


_request = threading.local()


@contextmanager
def pinned():
    """Read the version once for a request, so its parts agree and it costs one
    read; a change the request makes itself still moves it on."""
    _request.pinned, _request.version = True, None
    try:
        yield
    finally:
        _request.pinned, _request.version = False, None


def current():
    """The version of what readers see now."""
    if getattr(_request, "pinned", False):
        if _request.version is None:
            _request.version = store().read()
        return _request.version
    return store().read()


def replace():
    store().replace()
    _request.version = None


def changed():
    """Mark everything kept under the current version out of date.

    Done at once, so this process sees its own change, and again when the
    transaction commits: until then, another process reading the database sees
    the old content, and anything it kept meanwhile must not outlive the commit.
    """
    replace()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(replace)


# This process's copies of what `kept` built: {name: (version, value)}.
_process = {}


def kept(name, build):
    """What `build()` returns for the current content, built once per version.

    Held in this process, so a request does not fetch and unpickle it each time,
    and in the shared cache, so one process builds it for all.
    """
    version = current()
    held = _process.get(name)
    if held is not None and held[0] == version:
        return held[1]
    key = f"gutskin.kept.{name}.{version}"
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = build()
        cache.set(key, value, KEPT_SECONDS)
    _process[name] = (version, value)
    return value


@functools.cache
def content_models():
    """The models whose rows readers see on pages, from CONTENT_MODELS."""
    return tuple(apps.get_model(label) for label in settings.CONTENT_MODELS)


def content_saved_or_deleted(sender, instance, **kwargs):
    if isinstance(instance, content_models()):
        changed()


def connect_signals():
    # Page subclasses send the signals under their own class, so the receiver
    # hears every model and checks what the instance is.
    post_save.connect(content_saved_or_deleted, dispatch_uid="gutskin-content-saved")
    post_delete.connect(
        content_saved_or_deleted, dispatch_uid="gutskin-content-deleted"
    )
