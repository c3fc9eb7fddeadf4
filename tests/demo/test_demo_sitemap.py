"""The demo's sitemap dates every page, and every address in it answers."""

from wagtail.models import Site

from ..test_sitemap import sitemap_entries


def test_demo_site_map_gives_every_page_a_lastmod_and_every_url_works(demo, client):
    entries = sitemap_entries(client)

    assert len(entries) > 10
    assert all(entries.values())
    for url in entries:
        path = url.removeprefix(Site.objects.get(is_default_site=True).root_url)
        assert client.get(path).status_code == 200, url
