"""How search engines and link previews read about people and their profiles.

`byline_node` is the schema.org Person (or Organization, for a team) that content
pages name as `author` and `reviewedBy`; `profile_graph` is the profile page
itself, a ProfilePage whose mainEntity is the same node with more said about it.
Both give the node the same `@id`, so consumers can tell it is one person.

https://schema.org/ProfilePage, https://developers.google.com/search/docs/appearance/structured-data/profile-page
"""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.urls import reverse
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError

from gutskin.core.structured_data import publisher

from .models import site_root_url

SCHEMA_CONTEXT = "https://schema.org"
# The same language and locale as the site's pages (gutskin.core.structured_data).
LANGUAGE = "en-GB"
OPEN_GRAPH_LOCALE = "en_GB"
# A square portrait, large enough for link previews and search results.
SHARE_PHOTO_SPEC = "fill-480x480"
DESCRIPTION_LENGTH = 160


@dataclass(frozen=True)
class SharePhoto:
    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class ProfileSharing:
    """The values behind a profile's (or the index's) Open Graph and Twitter tags."""

    type: str
    title: str
    description: str
    url: str
    site_name: str
    locale: str
    image: SharePhoto | None = None
    # A portrait, not a wide picture: the small card suits it best.
    twitter_card: str = "summary"


def byline_node(person, request=None):
    """A person or a team named on a page, linked to their profile."""
    if person is None:
        return None
    url = person.get_full_url(request)
    if person.is_team:
        # jobTitle and honorificSuffix belong to people only.
        return compact(
            {
                "@type": "Organization",
                "@id": f"{url}#team",
                "name": person.name,
                "url": url,
            }
        )
    return compact(
        {
            "@type": "Person",
            "@id": f"{url}#person",
            "name": person.name,
            "honorificSuffix": person.credentials,
            "jobTitle": person.job_title,
            "url": url,
        }
    )


def profile_graph(person, request=None):
    """The profile page as schema.org JSON-LD: a ProfilePage about the person."""
    url = person.get_full_url(request)
    photo = share_photo(person, request)
    entity = byline_node(person, request)
    entity.update(
        compact(
            {
                "description": " ".join(person.biography.split()),
                "image": photo and photo.url,
                "worksFor": None if person.is_team else works_for(request),
            }
        )
    )
    root_url = site_root_url(request)
    index_url = root_url + reverse("person_index")
    crumbs = [("Home", f"{root_url}/"), ("Authors and reviewers", index_url)]
    crumbs.append((person.name, url))
    page = compact(
        {
            "@type": "ProfilePage",
            "@id": f"{url}#webpage",
            "url": url,
            "name": profile_title(person),
            "description": profile_description(person),
            "inLanguage": LANGUAGE,
            "breadcrumb": {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": name,
                        "item": item,
                    }
                    for position, (name, item) in enumerate(crumbs, start=1)
                ],
            },
            "mainEntity": entity,
        }
    )
    return {"@context": SCHEMA_CONTEXT, "@graph": [page]}


def profile_sharing(person, request=None):
    """Open Graph and Twitter card values for a profile."""
    return ProfileSharing(
        # https://ogp.me/#type_profile is for a person; a team is a website.
        type="website" if person.is_team else "profile",
        title=profile_title(person),
        description=profile_description(person),
        url=person.get_full_url(request),
        site_name=settings.WAGTAIL_SITE_NAME,
        locale=OPEN_GRAPH_LOCALE,
        image=share_photo(person, request),
    )


def index_sharing(request, description):
    """Open Graph and Twitter card values for the list of authors and reviewers."""
    return ProfileSharing(
        type="website",
        title="Authors and reviewers",
        description=description,
        url=site_root_url(request) + reverse("person_index"),
        site_name=settings.WAGTAIL_SITE_NAME,
        locale=OPEN_GRAPH_LOCALE,
    )


def profile_title(person):
    return f"{person.name}, {person.credentials}" if person.credentials else person.name


def profile_description(person):
    """The biography's opening, or who the person is, for meta descriptions."""
    biography = " ".join(person.biography.split())
    if biography:
        return Truncator(biography).chars(DESCRIPTION_LENGTH)
    role = f", {person.job_title}" if person.job_title else ""
    return f"{person.name}{role}: the pages they wrote and medically reviewed."


def share_photo(person, request=None):
    """The person's photo at preview size, or None without one (or its file)."""
    if person.photo is None:
        return None
    try:
        rendition = person.photo.get_rendition(SHARE_PHOTO_SPEC)
    except SourceImageIOError:
        # A missing original file must not take the profile down.
        return None
    return SharePhoto(
        # Media may live on another host (a CDN); urljoin keeps such URLs whole.
        url=urljoin(f"{site_root_url(request)}/", rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=f"Photo of {person.name}",
    )


def works_for(request):
    """The clinic the site belongs to, when its details name it."""
    # The publisher every page names (the clinic, through its hook), in brief.
    clinic = publisher(request)
    return {"@type": clinic["@type"], "name": clinic["name"]} if clinic else None


def compact(node):
    """The node without empty values, which readers would take as real claims."""
    return {key: value for key, value in node.items() if value not in (None, "", [])}
