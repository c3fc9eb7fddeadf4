"""Django's admin site, open to superusers only; staff work in the Wagtail admin."""

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig


class SuperuserAdminSite(AdminSite):
    """Django's admin, where only superusers may sign in."""

    site_header = "Gut & Skin: site administration"

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser


class SuperuserAdminConfig(AdminConfig):
    default_site = "gutskin.core.admin_site.SuperuserAdminSite"
