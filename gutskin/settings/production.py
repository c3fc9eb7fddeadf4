"""Production: everything secret or host-specific comes from the environment."""

from .base import *  # noqa: F403

require_secret_key()  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 30
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
