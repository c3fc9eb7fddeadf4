"""The admin form for people: a slug left empty is made from the name."""

from wagtail.admin.forms import WagtailAdminModelForm


class PersonForm(WagtailAdminModelForm):
    """Lets editors leave the slug empty: `Person.clean` makes one from the name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        slug = self.fields.get("slug")
        if slug is None:
            return
        slug.required = False
        slug.help_text = (
            "The last part of the profile's address, e.g. ada-example. Leave it "
            "empty to make one from the name."
        )
        # Django's default ("Person with this Slug already exists.") does not say
        # what to do about it.
        slug.error_messages["unique"] = (
            "Another person or team already has this address. Choose another "
            "slug, or leave it empty to make one from the name."
        )
