"""Admin panels for people."""

from wagtail.admin.panels import TitleFieldPanel


class NameFieldPanel(TitleFieldPanel):
    """The name, which fills the slug as it is typed, for new people only.

    Wagtail stops this sync once a page is live; a person has no live state, so
    it stops once they are saved: renaming someone must not move their profile.
    """

    class BoundPanel(TitleFieldPanel.BoundPanel):
        def get_should_apply(self):
            return not (self.instance and self.instance.pk)
