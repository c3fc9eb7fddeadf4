"""Readers never meet a bare error; the admin sites are closed to them."""

import pytest
from django.test import Client
from django.urls import path

from gutskin import urls as site_urls


def test_unknown_url_gets_the_helpful_404_page(client, site_tree):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1" in html
    for section in ("/conditions/", "/mechanisms/", "/articles/", "/topics/"):
        assert f'href="{section}"' in html


def broken_view(request):
    raise RuntimeError("boom")


@pytest.fixture
def broken_url(settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__
    return "/broken/"


urlpatterns = [path("broken/", broken_view), *site_urls.urlpatterns]


def test_server_error_gets_the_custom_500_page(db, broken_url):
    response = Client(raise_request_exception=False).get(broken_url)
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1" in html
    assert 'href="/"' in html


@pytest.mark.parametrize("url", ["/admin/", "/admin/pages/", "/django-admin/"])
def test_admin_sites_need_a_login(client, site_tree, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_django_admin_is_for_superusers_only(client, django_user_model, site_tree):
    staff = django_user_model.objects.create_user("staff", password="pw", is_staff=True)
    client.force_login(staff)
    assert client.get("/django-admin/").status_code == 302
    staff.is_superuser = True
    staff.save()
    assert client.get("/django-admin/").status_code == 200
