"""How content pages describe their bylines and related pages in the content API.

Related pages always come from the page methods readers' pages use
(`related_articles()`, `live_conditions()` and so on), which start from
`readable()` queries (gutskin.core.privacy), so drafts and private pages never
appear in the API either.
"""

from rest_framework import serializers
from wagtail.images.api.fields import ImageRenditionField


def page_link(page, request=None):
    """One related page as the API shows it: id, title, absolute URL and type."""
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "type": page.specific_class._meta.label,
    }


class PageLinksField(serializers.Field):
    """A list of related pages, taken from a page method such as related_articles."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, pages):
        request = self.context.get("request")
        return [page_link(page, request) for page in pages]


class NotedPageLinksField(PageLinksField):
    """Related pages with the editors' note on how each connects to this one."""

    def to_representation(self, links):
        request = self.context.get("request")
        return [{**page_link(page, request), "note": note} for page, note in links]


class TagNamesField(serializers.Field):
    """A page's tag names, A to Z, from the tags the page already read."""

    def __init__(self, **kwargs):
        kwargs.update(source="live_tags", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, tags):
        return [tag.name for tag in tags]


class PersonSerializer(serializers.Serializer):
    """An author or reviewer as readers see them named, with their profile."""

    name = serializers.CharField(read_only=True)
    kind = serializers.CharField(read_only=True)
    credentials = serializers.CharField(read_only=True)
    job_title = serializers.CharField(read_only=True)
    profile_url = serializers.SerializerMethodField()

    def get_profile_url(self, person):
        # On the site's own host, like the pages' URLs beside it.
        return person.get_full_url(self.context.get("request"))


class LeadImageField(serializers.Field):
    """An article's lead image with the alt text its editor wrote for it."""

    # The rendition the article page itself shows, so none is made just for the API.
    rendition = ImageRenditionField("width-960")

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, page):
        if page.lead_image is None:
            return None
        # The article's own alt text, not the image library's generic one.
        return {
            **self.rendition.to_representation(page.lead_image),
            "id": page.lead_image_id,
            "alt": page.lead_image_alt,
        }
