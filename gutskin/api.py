"""The read-only content API at /api/v2/: published public pages, and images.

Wagtail's API v2 already serves only live pages an anonymous reader may see, and
only images outside restricted collections. These endpoints add a topic filter that
works across page types, and answer bad query values with a 400 and a message
rather than an error page. https://docs.wagtail.org/en/stable/advanced_topics/api/v2/
"""

from django.core.exceptions import ValidationError
from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from taggit.managers import _TaggableManager
from taggit.models import Tag
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import TagsField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from gutskin.core.navigation import parent
from gutskin.core.privacy import readable
from gutskin.core.querystring import clean_lookup
from gutskin.search.backend import cap_words

MAX_TOPICS = 10
# Far more pages than the site will hold, and far below what a database's
# OFFSET accepts (PostgreSQL's bigint, SQLite's 64-bit integer).
MAX_OFFSET = 1_000_000


class TopicFilter(BaseFilterBackend):
    """`?tag=<slug or name>` or `?tags=a,b`: pages of any type carrying every topic.

    Wagtail's own `?tags=` works only with `?type=`, and there it fails: it joins
    taxonomy.TaggedPage, keyed on wagtailcore.Page, to the page type's own table.
    """

    def filter_queryset(self, request, queryset, view):
        wanted = [request.GET.get("tag", ""), *request.GET.get("tags", "").split(",")]
        wanted = [value.strip() for value in wanted if value.strip()]
        if len(wanted) > MAX_TOPICS:
            raise BadRequestError(f"filter by at most {MAX_TOPICS} topics at once")
        for value in wanted:
            # No slug or name is that long, and SQLite refuses a LIKE pattern
            # (iexact) of 50,000 bytes; such a topic is unknown, as is a NUL.
            value = clean_lookup(
                value, max_length=Tag._meta.get_field("name").max_length
            )
            if not value:
                return queryset.none()
            tag = Tag.objects.filter(Q(slug=value) | Q(name__iexact=value)).first()
            if tag is None:
                return queryset.none()
            # By id rather than a join, so ?search= can still run over the result.
            tagged = Page.objects.filter(tagged_items__tag=tag).values("pk")
            queryset = queryset.filter(pk__in=tagged)
        return queryset


class PlainTextSearchFilter(SearchFilter):
    """Wagtail's `?search=`, without what SQLite's full-text index chokes on.

    The SQLite search backend quotes each word without escaping quotes inside it,
    so `?search="gut` is a syntax error, and so is a query of only spaces; the API
    searches plain words, so neither loses anything.
    """

    def filter_queryset(self, request, queryset, view):
        search = request.GET.get("search")
        if search is not None:
            # At most MAX_SEARCH_WORDS words: the backend caps them too.
            plain = cap_words(search.replace('"', " ").strip())
            if plain != search:
                query = request.GET.copy()
                query["search"] = plain
                request._request.GET = query
        return super().filter_queryset(request, queryset, view)


def with_plain_text_search(filter_backends):
    # Search stays last, as in Wagtail: its results cannot be filtered further.
    others = [backend for backend in filter_backends if backend is not SearchFilter]
    return [*others, PlainTextSearchFilter]


class BoundedPagination(WagtailPagination):
    """Wagtail's ?offset= and ?limit=, refusing an offset no database accepts."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail answers with its own message
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class ReadOnlyAPIMixin:
    """Anonymous, read-only access, with bad query values answered by a 400."""

    # Nobody signs in through the API: it shows what any reader sees, and without
    # DRF's default Basic authentication it cannot be used to guess passwords.
    authentication_classes = []
    http_method_names = ["get", "head", "options"]
    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Databases refuse NUL in a query (SQLite's search, PostgreSQL everywhere).
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError("null characters are not allowed")

    def filter_queryset(self, queryset):
        # Wagtail's field filters pass values such as ?first_published=abc to the
        # database unchecked; Django refuses them with these two exceptions.
        try:
            return super().filter_queryset(queryset)
        except (ValueError, ValidationError) as error:
            raise BadRequestError("a filter value does not fit its field") from error

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValueError, ValidationError) as error:
            raise BadRequestError("id must be a positive integer") from error


class ContentPagesAPIViewSet(ReadOnlyAPIMixin, PagesAPIViewSet):
    """Live public pages, filterable by type, topic, parent and search terms."""

    filter_backends = [
        TopicFilter,
        *with_plain_text_search(PagesAPIViewSet.filter_backends),
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["tag", "tags"]
    )

    def get_base_queryset(self):
        """The live pages of the reader's site outside every private section.

        As Wagtail's, but with the restrictions kept per content version
        (gutskin.core.privacy) rather than read on each request; a page behind a
        password stays out even for a reader who has entered it, since the API
        answers every reader alike.
        """
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        return readable(Page.objects.descendant_of(site.root_page, inclusive=True))

    def get_object(self):
        """The page with what its fields show fetched alongside, and its parent
        from the kept page frame (gutskin.core.navigation)."""
        if not hasattr(self, "_served_object"):
            # The plain page, found as Wagtail finds it; then its own type's row.
            found = super(PagesAPIViewSet, self).get_object()
            model = found.specific_class or type(found.specific)
            related = [
                *getattr(model, "served_with", ()),
                *getattr(model, "api_served_with", ()),
            ]
            page = model.objects.select_related(*related).get(pk=found.pk)
            above = parent(page)
            if above is not None:
                page._cached_parent_obj = above
            self._served_object = page
        return self._served_object

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only=db_fields_only)
        if db_fields_only:
            # TopicFilter answers ?tags= instead of Wagtail's field filter.
            return [name for name in fields if name != "tags"]
        return fields


class PrefetchedTagsField(TagsField):
    """Tag names, A to Z, from the tags fetched with the whole listing.

    Wagtail's field sorts in the database, one query per image listed.
    """

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class PublicImageSerializer(ImageSerializer):
    def build_property_field(self, field_name, model_class):
        if isinstance(getattr(model_class, field_name, None), _TaggableManager):
            return PrefetchedTagsField, {}
        return super().build_property_field(field_name, model_class)


class PublicImagesAPIViewSet(ReadOnlyAPIMixin, ImagesAPIViewSet):
    """Images outside restricted collections, with their descriptive alt text."""

    base_serializer_class = PublicImageSerializer
    filter_backends = with_plain_text_search(ImagesAPIViewSet.filter_backends)
    body_fields = [*ImagesAPIViewSet.body_fields, "description"]

    def get_queryset(self):
        return super().get_queryset().prefetch_related("tags")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ContentPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
