"""The stylesheets and scripts a page loads, as the server sends them."""

import gzip
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin

from bs4 import BeautifulSoup

# Everything a page makes the browser fetch before it can style and script it.
BUDGET_BYTES = 50_000


@dataclass(frozen=True)
class Asset:
    url: str
    bytes: int
    gzip_bytes: int
    cache_control: str
    content_encoding: str  # of the response to Accept-Encoding: gzip


def fetch(url, accept_encoding="identity"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": accept_encoding})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read(), response.headers


def asset_urls(html, page_url):
    soup = BeautifulSoup(html, "html.parser")
    urls = [
        link["href"]
        for link in soup.find_all("link", href=True)
        if "stylesheet" in (link.get("rel") or [])
    ]
    urls += [script["src"] for script in soup.find_all("script", src=True)]
    return [urljoin(page_url, url) for url in urls]


def page_assets(page_url):
    """Each CSS and JS file the page links, plain and gzipped."""
    html, _headers = fetch(page_url)
    assets = []
    for url in asset_urls(html, page_url):
        plain, headers = fetch(url)
        compressed, gzip_headers = fetch(url, "gzip")
        encoding = gzip_headers.get("Content-Encoding", "")
        assets.append(
            Asset(
                url=url,
                bytes=len(plain),
                # Without a gzipped copy from the server, what gzip would make of it.
                gzip_bytes=len(compressed)
                if encoding == "gzip"
                else len(gzip.compress(plain)),
                cache_control=headers.get("Cache-Control", ""),
                content_encoding=encoding,
            )
        )
    return assets
