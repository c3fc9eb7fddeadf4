"""Editors can open, save and preview every demo page, links and all, and the
demo passes Wagtail's own page checks."""

from wagtail.test.utils import WagtailPageTestCase

from conditions.models import ConditionPage

from ..test_preview import (
    CONTENT_MODELS,
    assert_preview_shows_its_links,
    edit_form_data,
    live_content_pages,
    preview_of,
    titles_linked_in,
)


class TestDemoPreviews(WagtailPageTestCase):
    """Each demo page's edit form round-trips and previews with its links.

    Wagtail's assertions are given the edit form's data: without it they would
    post a form with no StreamField inputs at all, which fails before reaching
    the page's own code.
    """

    def test_every_demo_page_is_editable_and_previews_with_its_links(self):
        pages = live_content_pages()
        assert {type(page) for page in pages} == set(CONTENT_MODELS)
        editor = self.create_superuser("preview-editor")
        for page in pages:
            with self.subTest(page=page.url_path):
                self.client.force_login(editor)
                data = edit_form_data(self.client, page)
                assert_preview_shows_its_links(self.client, page, data)
                # Wagtail's checks sign out when they finish. Their edit view
                # post saves the unchanged form as a draft: it must be accepted.
                revisions = page.revisions.count()
                self.assertPageIsEditable(page, post_data=data)
                assert page.revisions.count() == revisions + 1, f"{page} did not save"
                self.assertPageIsPreviewable(page, post_data=data)

    def test_preview_shows_an_unsaved_change_to_the_mechanisms(self):
        condition = next(
            page
            for page in ConditionPage.objects.live()
            if page.mechanism_links.count()
        )
        first = condition.mechanism_links.first().mechanism
        self.client.force_login(self.create_superuser("preview-editor"))
        data = edit_form_data(self.client, condition)
        data["mechanism_links-0-DELETE"] = ["1"]
        main = preview_of(self.client, condition, data)
        section = main.find(id="mechanisms-heading").find_parent("section")
        assert first.title not in titles_linked_in(section)
        condition.refresh_from_db()
        assert condition.mechanism_links.filter(mechanism=first).exists()
