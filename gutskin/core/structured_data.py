"""What search engines and link previews read about a page.

`json_ld` builds the schema.org description of a page as plain dicts, one
builder per page type; `sharing_metadata` gathers the Open Graph and Twitter
card values. Both start from what readers can see: linked pages come through the
same `.live().public()` queries the templates use, so drafts and private pages
never appear.

https://schema.org/MedicalWebPage, https://ogp.me/
"""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.utils import timezone
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from articles.models import ArticlePage
from conditions.models import ConditionPage, MechanismPage
from gutskin.clinic.models import ClinicSettings, ContactPage, PolicyPage
from gutskin.home.models import HomePage
from gutskin.people.structured_data import byline_node

from .models import ContentPage, IndexPage

SCHEMA_CONTEXT = "https://schema.org"
LANGUAGE = "en-GB"
OPEN_GRAPH_LOCALE = "en_GB"
# The 1.91:1 size Open Graph and large Twitter cards show without cropping.
SHARE_IMAGE_SPEC = "fill-1200x630"
# The same rendition the header shows, so no second one is made.
CLINIC_LOGO_SPEC = "height-96"


@dataclass(frozen=True)
class ShareImage:
    """A page's image as link previews and search results show it."""

    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class SharingMetadata:
    """The values behind a page's Open Graph and Twitter card tags."""

    type: str
    title: str
    description: str
    url: str | None
    site_name: str
    locale: str
    image: ShareImage | None
    published_time: str | None
    modified_time: str | None

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image else "summary"


def json_ld(page, request=None):
    """The page's schema.org graph as a dict, or None for anything not a page."""
    if not isinstance(page, Page):
        return None
    if isinstance(page, ArticlePage):
        graph = article_graph(page, request)
    elif isinstance(page, ConditionPage):
        graph = [condition_page(page, request)]
    elif isinstance(page, MechanismPage):
        graph = [mechanism_page(page, request)]
    elif isinstance(page, ContentPage):
        graph = [medical_web_page(page, request)]
    elif isinstance(page, (PolicyPage, ContactPage)):
        graph = [clinic_page(page, request)]
    elif isinstance(page, HomePage):
        graph = home_graph(page, request)
    elif isinstance(page, IndexPage):
        graph = [web_page(page, request, "CollectionPage")]
    else:
        graph = [web_page(page, request, "WebPage")]
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}


def sharing_metadata(page, request=None):
    """Open Graph and Twitter card values for a page, or None for non-pages."""
    if not isinstance(page, Page):
        return None
    is_article = isinstance(page, ArticlePage)
    return SharingMetadata(
        type="article" if is_article else "website",
        title=page.seo_title or page.title,
        description=getattr(page, "meta_description", "") or page.search_description,
        url=page.get_full_url(request),
        site_name=settings.WAGTAIL_SITE_NAME,
        locale=OPEN_GRAPH_LOCALE,
        image=share_image(page, request),
        published_time=page.first_published.isoformat() if is_article else None,
        modified_time=date_modified(page) if is_article else None,
    )


def share_image(page, request=None):
    """The page's lead image at link-preview size, or None if it has none."""
    image = getattr(page, "lead_image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except SourceImageIOError:
        # A missing original file must not take the page down; the preview
        # simply goes without a picture.
        return None
    return ShareImage(
        url=absolute_url(page, request, rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=page.lead_image_alt,
    )


# Page types


def web_page(page, request, schema_type):
    """The node every page starts from: what it is called, where, and by whom."""
    url = page.get_full_url(request)
    return compact(
        {
            "@type": schema_type,
            "@id": node_id(url, "webpage"),
            "url": url,
            "name": page.title,
            "description": getattr(page, "summary", "") or page.search_description,
            "inLanguage": LANGUAGE,
            "publisher": organisation(page, request),
            "breadcrumb": breadcrumb(page, request),
        }
    )


def medical_web_page(page, request):
    """A condition, mechanism or article page: patient material, and its review."""
    node = web_page(page, request, "MedicalWebPage")
    node.update(
        compact(
            {
                # schema.org's Patient type is also a Person; a MedicalAudience
                # whose audienceType is "Patient" says who the page is for
                # without claiming the page is about a patient.
                "medicalAudience": {
                    "@type": "MedicalAudience",
                    "audienceType": "Patient",
                },
                "dateModified": date_modified(page),
                "lastReviewed": page.last_reviewed and page.last_reviewed.isoformat(),
                "author": author(page.author, request),
                "reviewedBy": reviewer(page.reviewed_by, request),
            }
        )
    )
    return node


def condition_page(page, request):
    """A condition page, about the condition and the live mechanisms behind it.

    Modifiable factors (diet, stress) are schema.org risk factors: "a modifiable
    or non-modifiable factor that increases the risk of a patient contracting
    this condition". Pathways (the gut barrier, inflammation) are not causes
    (MedicalCause claims a causative agent) nor anatomy (associatedAnatomy is
    for body structures), so they go into `pathophysiology`, the text for
    "changes in the normal ... functions that are associated with this
    condition", built from each pathway's name and the editors' note.
    """
    factors, pathways = [], []
    for mechanism, note in page.linked_mechanisms():
        if mechanism.kind == MechanismPage.Kind.FACTOR:
            factors.append(entity("MedicalRiskFactor", mechanism, request))
        else:
            pathways.append(f"{mechanism.title}: {sentence(note)}")
    condition = entity("MedicalCondition", page, request)
    condition.update(
        compact(
            {
                "alternateName": page.also_known_as,
                "description": page.summary,
                "riskFactor": factors,
                "pathophysiology": " ".join(pathways),
            }
        )
    )
    node = medical_web_page(page, request)
    node["about"] = condition
    return node


def mechanism_page(page, request):
    """A mechanism page, about the mechanism and the live conditions it bears on.

    A modifiable factor is a MedicalRiskFactor, which names the conditions it
    raises the risk of. A pathway has no closer schema.org type than
    MedicalEntity and no property linking it to a condition, so the page is
    about the pathway and each of those conditions.
    """
    conditions = [
        entity("MedicalCondition", condition, request)
        for condition, _note in page.linked_conditions()
    ]
    node = medical_web_page(page, request)
    if page.kind == MechanismPage.Kind.FACTOR:
        factor = entity("MedicalRiskFactor", page, request)
        factor.update(
            compact({"description": page.summary, "increasesRiskOf": conditions})
        )
        node["about"] = factor
    else:
        pathway = entity("MedicalEntity", page, request)
        pathway.update(compact({"description": page.summary}))
        node["about"] = [pathway, *conditions]
    return node


def article_graph(page, request):
    """The article page and the article on it, as two nodes linked by @id.

    Validators read a MedicalWebPage whose mainEntity is an Article more
    reliably than one node typed as both.
    """
    webpage = medical_web_page(page, request)
    url = webpage.get("url")
    image = share_image(page, request)
    article = compact(
        {
            "@type": "Article",
            "@id": node_id(url, "article"),
            "mainEntityOfPage": webpage.get("@id") and {"@id": webpage["@id"]},
            "url": url,
            "headline": page.title,
            "description": page.summary,
            "inLanguage": LANGUAGE,
            "author": author(page.author, request),
            "datePublished": page.first_published.isoformat(),
            "dateModified": date_modified(page),
            "image": image and image.url,
            "publisher": organisation(page, request),
            "about": [
                entity("MedicalCondition", condition, request)
                for condition in page.live_conditions()
            ],
        }
    )
    if "@id" in article:
        webpage["mainEntity"] = {"@id": article["@id"]}
    return [webpage, article]


def clinic_page(page, request):
    """A policy or contact page of the clinic's, dated as its editors date it."""
    node = web_page(page, request, page.schema_type)
    last_updated = getattr(page, "last_updated", None)
    node.update(compact({"dateModified": last_updated and last_updated.isoformat()}))
    return node


def home_graph(page, request):
    """The site itself and the clinic that publishes it."""
    url = page.get_full_url(request)
    publisher = organisation(page, request)
    if url:
        publisher["@id"] = node_id(url, "organization")
    website = compact(
        {
            "@type": "WebSite",
            "@id": node_id(url, "website"),
            "url": url,
            "name": settings.WAGTAIL_SITE_NAME,
            "description": page.summary,
            "inLanguage": LANGUAGE,
            "publisher": publisher.get("@id") and {"@id": publisher["@id"]},
        }
    )
    return [website, publisher]


# Parts


def entity(schema_type, page, request):
    """A medical thing the site has a page about, named and linked."""
    return compact(
        {"@type": schema_type, "name": page.title, "url": page.get_full_url(request)}
    )


def organisation(page, request):
    """Who publishes the site: the clinic, once Settings › Clinic details names it.

    Until then, the publisher is the site itself, by its name.
    """
    root_url = site_root_url(page, request)
    url = root_url and f"{root_url}/"
    clinic = ClinicSettings.for_reader(
        request, site=None if request is not None else page.get_site()
    )
    if not clinic.clinic_name:
        return compact(
            {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME, "url": url}
        )
    return compact(
        {
            "@type": "MedicalClinic",
            "name": clinic.clinic_name,
            "url": url,
            "logo": clinic_logo(clinic, page, request),
            "address": postal_address(clinic),
            "telephone": clinic.phone,
            "email": clinic.email,
            "openingHours": clinic.schema_opening_hours,
        }
    )


def postal_address(clinic):
    if not clinic.has_address:
        return None
    return compact(
        {
            "@type": "PostalAddress",
            "streetAddress": clinic.street_address,
            "addressLocality": clinic.locality,
            "postalCode": clinic.postcode,
            "addressCountry": clinic.country,
        }
    )


def clinic_logo(clinic, page, request):
    """The logo's address at the size the header shows it, or None without one."""
    if clinic.logo is None:
        return None
    try:
        rendition = clinic.logo.get_rendition(CLINIC_LOGO_SPEC)
    except SourceImageIOError:
        return None  # a missing file costs the logo, never the page
    return absolute_url(page, request, rendition.url)


def author(person, request=None):
    """Who wrote a page: a Person, or an Organization for a team, with their profile.

    The person's `kind` says which; credentials are no guide, since many writers
    have none.
    """
    return byline_node(person, request)


def reviewer(person, request=None):
    """Who medically reviewed a page, linked to their profile like an author."""
    return byline_node(person, request)


def breadcrumb(page, request):
    """Home, the sections above the page, then the page: the visible breadcrumb."""
    # The home page (depth 2, under Wagtail's root) has no trail above it.
    if not page.depth or page.depth <= 2:
        return None
    trail = [*page.get_ancestors()[1:], page]
    items = []
    for position, crumb in enumerate(trail, start=1):
        items.append(
            compact(
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": "Home" if position == 1 else crumb.title,
                    "item": crumb.get_full_url(request),
                }
            )
        )
    return {"@type": "BreadcrumbList", "itemListElement": items}


def date_modified(page):
    """When the page was last published, or when an article first was."""
    if page.last_published_at:
        published = timezone.localtime(page.last_published_at)
        return published.isoformat(timespec="seconds")
    first_published = getattr(page, "first_published", None)
    return first_published and first_published.isoformat()


def site_root_url(page, request):
    """The scheme and host of the site the page belongs to, such as https://x.org."""
    url_parts = page.get_url_parts(request)
    return url_parts[1] if url_parts else None


def absolute_url(page, request, url):
    """A media URL made absolute on the page's own site, as previews need."""
    root_url = site_root_url(page, request)
    if root_url:
        return urljoin(f"{root_url}/", url)
    return request.build_absolute_uri(url) if request else url


def node_id(url, name):
    return url and f"{url}#{name}"


def sentence(text):
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".?!" else f"{text}."


def compact(node):
    """The node without empty values, which readers would take as real claims."""
    return {key: value for key, value in node.items() if value not in (None, "", [])}
