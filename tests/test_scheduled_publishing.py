"""Go-live and expiry dates work through review: `publish_scheduled` acts on them."""

import datetime

import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.models import ArticlePage

from .editorial import as_user, current_task_state, submit_new_article
from .factories import ArticlePageFactory


def at(day, hour=9):
    return timezone.make_aware(datetime.datetime(2026, 3, day, hour))


def test_approved_page_goes_live_on_its_date(client, site_tree, editor, reviewer):
    with time_machine.travel(at(10), tick=False):
        page = submit_new_article(
            as_user(client, editor), site_tree, go_live_at="2026-03-20 08:00"
        )
        task_state = current_task_state(page)
        as_user(client, reviewer).post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "approve", task_state.pk],
            ),
            {"comment": ""},
        )
        page.refresh_from_db()
        assert not page.live
        assert page.get_latest_revision().approved_go_live_at is not None
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live

    with time_machine.travel(at(20, 9), tick=False):
        call_command("publish_scheduled")
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live
    assert page.last_reviewed == datetime.date(2026, 3, 10)
    client.logout()
    assert client.get(page.url).status_code == 200


def test_page_expires_on_its_date(client, site_tree):
    page = ArticlePageFactory(parent=site_tree.articles, title="Seasonal advice")
    page.expire_at = at(15)
    page.save()
    with time_machine.travel(at(14), tick=False):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    with time_machine.travel(at(16), tick=False):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(page.url).status_code == 404
