"""The "Was this page helpful?" form readers post from the foot of a page."""

from django import forms

COMMENT_MAX_LENGTH = 1000
CHOOSE_AN_ANSWER = "Please choose Yes or No to say whether this page was helpful."
COMMENT_TOO_LONG = "Please keep your comment to 1,000 characters or fewer."


class CommentField(forms.CharField):
    """Free text counted as the reader counted it while typing."""

    def to_python(self, value):
        # Browsers send each typed line break as CRLF, which would count twice
        # against a limit the textarea's maxlength counts once.
        return super().to_python(value).replace("\r\n", "\n")


class FeedbackForm(forms.Form):
    """A yes/no answer, an optional comment, and a trap field only bots fill in."""

    helpful = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=lambda answer: answer == "yes",
        error_messages={
            "required": CHOOSE_AN_ANSWER,
            "invalid_choice": CHOOSE_AN_ANSWER,
        },
    )
    comment = CommentField(
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        error_messages={"max_length": COMMENT_TOO_LONG},
    )
    # The honeypot: hidden from people and from assistive technology, so only
    # a form-filling bot gives it a value. Views check is_bot() first.
    website = forms.CharField(required=False, strip=False)

    def is_bot(self):
        return bool(self.data.get("website"))
