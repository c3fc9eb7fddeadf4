"""Where a worker's memory goes: a new process serves the pages as a worker would.

The driver runs `python -m gutskin.bench.memory [--trace] URL...` under the bench
settings when a worker misses its memory target, and reads the JSON it prints:
without --trace, the process's RSS before Django, once it is set up and after
the pages; with --trace, what tracemalloc (started before Django is imported, so
imports count) finds allocated, by package and by source file. tracemalloc adds
much memory of its own, so the RSS figures come from the run without it.
"""

import json
import sys
import sysconfig
import tracemalloc
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
STDLIB = Path(sysconfig.get_paths()["stdlib"])
TOP = 12


def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def owner(filename):
    """The package or part of the project that allocated at a source line."""
    if filename.startswith("<frozen importlib"):
        return "code of imported modules"
    path = Path(filename)
    if "site-packages" in path.parts:
        return path.parts[path.parts.index("site-packages") + 1].removesuffix(".py")
    if path.is_relative_to(BASE_DIR):
        return "/".join(path.relative_to(BASE_DIR).parts[:2])
    return "Python's standard library"


def short_path(filename):
    path = Path(filename)
    if "site-packages" in path.parts:
        return "/".join(path.parts[path.parts.index("site-packages") + 1 :])
    if path.is_relative_to(BASE_DIR):
        return str(path.relative_to(BASE_DIR))
    if path.is_relative_to(STDLIB):
        return str(path.relative_to(STDLIB))
    return filename


def megabytes(pairs):
    return [[name, size / 2**20] for name, size in pairs]


def local_cache_size():
    """Entries and pickled bytes in this process's cache, when it is in memory."""
    from django.core.cache import cache

    entries = getattr(cache, "_cache", None)
    if not isinstance(entries, dict):
        return None  # Redis: the pages live in another process
    return [len(entries), sum(len(value) for value in entries.values()) / 2**20]


def serve(urls):
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/bench/baseline/?bytes=1")  # loads the URLconf and middleware
    after_setup = rss_mb()
    for url in urls:
        client.get(url)
    return after_setup


def main(argv):
    trace = argv[:1] == ["--trace"]
    urls = argv[1:] if trace else argv
    if not trace:
        started = rss_mb()
        after_setup = serve(urls)
        result = {
            "rss_start_mb": started,
            "rss_after_setup_mb": after_setup,
            "rss_after_pages_mb": rss_mb(),
            "requests": len(urls),
            "cache": local_cache_size(),
        }
    else:
        tracemalloc.start()
        serve(urls)
        snapshot = tracemalloc.take_snapshot()
        by_owner, by_file = Counter(), Counter()
        for stat in snapshot.statistics("filename"):
            filename = stat.traceback[0].filename
            by_owner[owner(filename)] += stat.size
            by_file[short_path(filename)] += stat.size
        result = {
            "traced_mb": tracemalloc.get_traced_memory()[0] / 2**20,
            "by_owner": megabytes(by_owner.most_common(TOP)),
            "by_file": megabytes(by_file.most_common(TOP)),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
