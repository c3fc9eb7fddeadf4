"""Give a slug to every topic saved without one (a name of only emoji or
punctuation slugified to nothing), so each has a topic page again."""

from django.db import migrations

from gutskin.taxonomy.slugs import topic_slug


def give_every_topic_a_slug(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    for tag in Tag.objects.filter(slug=""):

        def is_taken(slug, pk=tag.pk):
            return Tag.objects.exclude(pk=pk).filter(slug=slug).exists()

        tag.slug = topic_slug(tag.name, is_taken)
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        (
            "taggit",
            "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx",
        ),
    ]

    operations = [
        migrations.RunPython(give_every_topic_a_slug, migrations.RunPython.noop),
    ]
