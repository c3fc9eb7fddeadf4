from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from articles import views as articles_views
from conditions import views as conditions_views
from gutskin.api import api_router
from gutskin.core import views as core_views
from gutskin.core.sitemaps import PageSitemap
from gutskin.people.sitemaps import PeopleSitemap
from gutskin.taxonomy import views as taxonomy_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("topics/", taxonomy_views.topic_index, name="topic_index"),
    path("topics/<str:slug>/", taxonomy_views.topic_detail, name="topic_detail"),
    path("authors/", include("gutskin.people.urls")),
    path("feedback/", include("gutskin.feedback.urls")),
    path("search/", include("gutskin.search.urls")),
    path("a-z/", conditions_views.a_to_z, name="a_to_z"),
    path("map/", articles_views.gut_skin_map, name="gut_skin_map"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": PageSitemap, "people": PeopleSitemap}},
        name="sitemap",
    ),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The load benchmark's baseline exists only under gutskin.settings.bench.
if settings.BENCH:
    from gutskin.bench import views as bench_views

    urlpatterns += [
        path("bench/baseline/", bench_views.baseline, name="bench_baseline"),
    ]

urlpatterns += [path("", include(wagtail_urls))]
