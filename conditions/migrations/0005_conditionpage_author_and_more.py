"""Conditions and mechanisms get a byline; reviews name people and what was approved."""

import django.db.models.deletion
import django.utils.timezone
import wagtail.fields
from django.db import migrations, models

from gutskin.people.migration_steps import add_temporary_fields, repoint, swap_fields

NAMES = ["reviewed_by"]


def first_published_from_history(apps, schema_editor):
    """Existing pages were first published when Wagtail says they were."""
    for model_name in ("ConditionPage", "MechanismPage"):
        model = apps.get_model("conditions", model_name)
        for page in model.objects.exclude(first_published_at=None):
            page.first_published = page.first_published_at.date()
            page.save(update_fields=["first_published"])


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0004_synonyms_replace_other_names"),
        ("people", "0002_people_from_authors_and_reviewers"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *add_temporary_fields("conditionpage", NAMES),
        *add_temporary_fields("mechanismpage", NAMES),
        migrations.RunPython(
            repoint("conditions", ["ConditionPage", "MechanismPage"], NAMES),
            migrations.RunPython.noop,
        ),
        *swap_fields("conditionpage", NAMES),
        *swap_fields("mechanismpage", NAMES),
        migrations.AddField(
            model_name="conditionpage",
            name="author",
            field=models.ForeignKey(
                blank=True,
                help_text="Who wrote the page; their profile is linked from the byline.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.person",
            ),
        ),
        migrations.AddField(
            model_name="conditionpage",
            name="changes_awaiting_review",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Set when a page is published other than by approval.",
                verbose_name="published changes not yet reviewed",
            ),
        ),
        migrations.AddField(
            model_name="conditionpage",
            name="content_updated",
            field=models.DateField(
                blank=True,
                help_text="Set this when what the page says changes in substance (not for typo fixes); readers see it as “Updated”.",
                null=True,
                verbose_name="last updated",
            ),
        ),
        migrations.AddField(
            model_name="conditionpage",
            name="first_published",
            field=models.DateField(
                default=django.utils.timezone.localdate,
                help_text="The date readers see as first published; set it for older pieces.",
            ),
        ),
        migrations.AddField(
            model_name="conditionpage",
            name="review_included_edits",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="The reviewer changed the page in the same step as approving it.",
                verbose_name="reviewer edited while approving",
            ),
        ),
        migrations.AddField(
            model_name="conditionpage",
            name="review_self_approved",
            field=models.BooleanField(
                default=False,
                editable=False,
                verbose_name="approved by the person who submitted it",
            ),
        ),
        migrations.AddField(
            model_name="conditionpage",
            name="reviewed_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
            ),
        ),
        migrations.AddField(
            model_name="mechanismpage",
            name="author",
            field=models.ForeignKey(
                blank=True,
                help_text="Who wrote the page; their profile is linked from the byline.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.person",
            ),
        ),
        migrations.AddField(
            model_name="mechanismpage",
            name="changes_awaiting_review",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Set when a page is published other than by approval.",
                verbose_name="published changes not yet reviewed",
            ),
        ),
        migrations.AddField(
            model_name="mechanismpage",
            name="content_updated",
            field=models.DateField(
                blank=True,
                help_text="Set this when what the page says changes in substance (not for typo fixes); readers see it as “Updated”.",
                null=True,
                verbose_name="last updated",
            ),
        ),
        migrations.AddField(
            model_name="mechanismpage",
            name="first_published",
            field=models.DateField(
                default=django.utils.timezone.localdate,
                help_text="The date readers see as first published; set it for older pieces.",
            ),
        ),
        migrations.AddField(
            model_name="mechanismpage",
            name="review_included_edits",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="The reviewer changed the page in the same step as approving it.",
                verbose_name="reviewer edited while approving",
            ),
        ),
        migrations.AddField(
            model_name="mechanismpage",
            name="review_self_approved",
            field=models.BooleanField(
                default=False,
                editable=False,
                verbose_name="approved by the person who submitted it",
            ),
        ),
        migrations.AddField(
            model_name="mechanismpage",
            name="reviewed_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
            ),
        ),
        migrations.AlterField(
            model_name="conditionpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("callout", 6),
                    ("key_points", 10),
                    ("image", 14),
                    ("quote", 17),
                ],
                blank=True,
                block_lookup={
                    0: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("h2", "Section (h2)"),
                                ("h3", "Subsection (h3)"),
                            ]
                        },
                    ),
                    2: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 0), ("level", 1)]],
                        {},
                    ),
                    3: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "italic", "link", "ol", "ul"],
                            "icon": "pilcrow",
                            "label": "Text",
                            "template": "blocks/paragraph_block.html",
                        },
                    ),
                    4: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("see-doctor", "When to see a doctor"),
                                ("warning", "Caution"),
                                ("tip", "Practical tip"),
                                ("note", "Good to know"),
                            ]
                        },
                    ),
                    5: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "ul"]},
                    ),
                    6: (
                        "wagtail.blocks.StructBlock",
                        [[("kind", 4), ("title", 0), ("text", 5)]],
                        {},
                    ),
                    7: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"default": "Key points", "max_length": 120},
                    ),
                    8: ("wagtail.blocks.CharBlock", (), {"max_length": 300}),
                    9: ("wagtail.blocks.ListBlock", (8,), {"min_num": 1}),
                    10: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 7), ("points", 9)]],
                        {},
                    ),
                    11: ("wagtail.images.blocks.ImageChooserBlock", (), {}),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for people who cannot see it.",
                            "max_length": 250,
                        },
                    ),
                    13: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"max_length": 250, "required": False},
                    ),
                    14: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 11), ("alt_text", 12), ("caption", 13)]],
                        {},
                    ),
                    15: ("wagtail.blocks.TextBlock", (), {}),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"max_length": 120, "required": False},
                    ),
                    17: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 15), ("attribution", 16)]],
                        {},
                    ),
                },
            ),
        ),
        migrations.AlterField(
            model_name="conditionpage",
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.person",
            ),
        ),
        migrations.AlterField(
            model_name="mechanismpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("heading", 2),
                    ("paragraph", 3),
                    ("callout", 6),
                    ("key_points", 10),
                    ("image", 14),
                    ("quote", 17),
                ],
                blank=True,
                block_lookup={
                    0: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                    1: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("h2", "Section (h2)"),
                                ("h3", "Subsection (h3)"),
                            ]
                        },
                    ),
                    2: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 0), ("level", 1)]],
                        {},
                    ),
                    3: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "italic", "link", "ol", "ul"],
                            "icon": "pilcrow",
                            "label": "Text",
                            "template": "blocks/paragraph_block.html",
                        },
                    ),
                    4: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("see-doctor", "When to see a doctor"),
                                ("warning", "Caution"),
                                ("tip", "Practical tip"),
                                ("note", "Good to know"),
                            ]
                        },
                    ),
                    5: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "ul"]},
                    ),
                    6: (
                        "wagtail.blocks.StructBlock",
                        [[("kind", 4), ("title", 0), ("text", 5)]],
                        {},
                    ),
                    7: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"default": "Key points", "max_length": 120},
                    ),
                    8: ("wagtail.blocks.CharBlock", (), {"max_length": 300}),
                    9: ("wagtail.blocks.ListBlock", (8,), {"min_num": 1}),
                    10: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 7), ("points", 9)]],
                        {},
                    ),
                    11: ("wagtail.images.blocks.ImageChooserBlock", (), {}),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Describe what the image shows for people who cannot see it.",
                            "max_length": 250,
                        },
                    ),
                    13: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"max_length": 250, "required": False},
                    ),
                    14: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 11), ("alt_text", 12), ("caption", 13)]],
                        {},
                    ),
                    15: ("wagtail.blocks.TextBlock", (), {}),
                    16: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"max_length": 120, "required": False},
                    ),
                    17: (
                        "wagtail.blocks.StructBlock",
                        [[("text", 15), ("attribution", 16)]],
                        {},
                    ),
                },
            ),
        ),
        migrations.AlterField(
            model_name="mechanismpage",
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.person",
            ),
        ),
        migrations.RunPython(first_published_from_history, migrations.RunPython.noop),
    ]
