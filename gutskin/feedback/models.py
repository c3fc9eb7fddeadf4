"""Readers' answers to "Was this page helpful?", kept for reviewers to act on."""

from django.db import models
from django.utils.crypto import salted_hmac

# Changing the salt starts every client afresh; it is not a secret on its own.
CLIENT_KEY_SALT = "gutskin.feedback.client_key"


def client_key_for(address):
    """A keyed SHA-256 of a client's IP address: it links repeat posts, not people."""
    # Keyed with SECRET_KEY (an HMAC) so nobody holding the table can hash the small
    # IPv4 space in bulk and read addresses back from the stored keys.
    return salted_hmac(CLIENT_KEY_SALT, address, algorithm="sha256").hexdigest()


class Feedback(models.Model):
    """One reader's answer about one page, with an optional comment."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback"
    )
    helpful = models.BooleanField("helpful?")
    comment = models.TextField(max_length=1000, blank=True)
    created_at = models.DateTimeField("sent", auto_now_add=True, db_index=True)
    handled = models.BooleanField(
        default=False,
        help_text="Tick once a reviewer has read this and acted on it if needed.",
    )
    client_key = models.CharField(max_length=64, db_index=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "reader feedback"
        verbose_name_plural = "reader feedback"

    def __str__(self):
        answer = "Helpful" if self.helpful else "Not helpful"
        return f"{answer}: {self.page.title}"
