"""What Clinic editors and Medical reviewers may do to a page, beyond Wagtail's rules.

The roles' page permissions (migration review 0005) give editors "add" and
"change", and reviewers also "publish", "lock" and "unlock". With those alone
Wagtail would let editors delete anyone's unpublished page, and reviewers delete,
move and make private any page, because it ties deleting and moving to "change"
and "publish", and privacy to "publish"
(https://docs.wagtail.org/en/stable/topics/permissions.html#page-permissions).
The clinic wants those reserved to site administrators (superusers), so pages
that mix this in answer with the tester below (Wagtail asks the page:
``Page.permissions_for_user``). README "Who may do what" has the table.
"""

from wagtail.models import PagePermissionTester


class ClinicPagePermissionTester(PagePermissionTester):
    """One's own never-published drafts may be deleted; the rest is for admins."""

    def can_delete(self, ignore_bulk=False):
        if not self.user.is_active or self.page_is_root:
            return False
        if self.user.is_superuser:
            return True
        if "add" not in self.permissions:
            return False
        if (
            "bulk_delete" not in self.permissions
            and not ignore_bulk
            and not self.page.is_leaf()
        ):
            return False
        # Every page that would go must be the user's own and never published.
        pages = self.page.get_descendants(inclusive=True)
        return not pages.exclude(
            owner=self.user, live=False, first_published_at__isnull=True
        ).exists()

    def can_move(self):
        return self.user.is_active and self.user.is_superuser and not self.page_is_root

    def can_set_view_restrictions(self):
        return self.user.is_active and self.user.is_superuser and not self.page_is_root


class RolePermissionsMixin:
    """Makes a page type answer permission questions with the clinic's rules."""

    def permissions_for_user(self, user):
        return ClinicPagePermissionTester(user, self)
