"""StreamField blocks every content page's body is built from."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 keeps the outline under the page's h1."""

    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (h2)"), ("h3", "Subsection (h3)")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = "Heading"


class CalloutBlock(blocks.StructBlock):
    """A boxed note that stands out from the text, such as when to see a doctor."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("see-doctor", "When to see a doctor"),
            ("warning", "Caution"),
            ("tip", "Practical tip"),
            ("note", "Good to know"),
        ],
        default="see-doctor",
    )
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = "Callout"


class KeyPointsBlock(blocks.StructBlock):
    """A short list of the points a reader should take away."""

    title = blocks.CharBlock(max_length=120, default="Key points")
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_points_block.html"
        label = "Key points"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alt text readers of screen readers rely on."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = "Image"


class QuoteBlock(blocks.StructBlock):
    """A quotation with who said it."""

    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = "Quote"


class ContentBlocks(blocks.StreamBlock):
    """The blocks a content page's body may use."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        label="Text",
        template="blocks/paragraph_block.html",
    )
    callout = CalloutBlock()
    key_points = KeyPointsBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
