"""Steps the content apps' migrations share to repoint bylines and reviews at people.

Used only by migrations (articles 0005, conditions 0005); kept here so the mapping
from the old Author and Reviewer ids is written once.
"""

from django.db import migrations, models

# (old field, temporary field, legacy id on Person)
FIELDS = {
    "author": ("author_person", "legacy_author_id"),
    "reviewed_by": ("reviewer_person", "legacy_reviewer_id"),
}


def add_temporary_fields(model_name, names):
    return [
        migrations.AddField(
            model_name=model_name,
            name=FIELDS[name][0],
            field=models.ForeignKey(
                null=True,
                blank=True,
                on_delete=models.SET_NULL,
                related_name="+",
                to="people.person",
            ),
        )
        for name in names
    ]


def swap_fields(model_name, names):
    """Drop the old foreign keys and give the new ones their names."""
    operations = []
    for name in names:
        operations += [
            migrations.RemoveField(model_name=model_name, name=name),
            migrations.RenameField(
                model_name=model_name, old_name=FIELDS[name][0], new_name=name
            ),
        ]
    return operations


def repoint(app_label, model_names, names):
    """A RunPython function copying each page's author/reviewer to its person.

    Revisions hold the ids too (a page's drafts and history are JSON), so they are
    rewritten as well: reverting to an old revision must name the same person.
    """

    def forwards(apps, schema_editor):
        Person = apps.get_model("people", "Person")
        Revision = apps.get_model("wagtailcore", "Revision")
        ContentType = apps.get_model("contenttypes", "ContentType")
        maps = {
            name: dict(
                Person.objects.filter(**{f"{legacy}__isnull": False}).values_list(
                    legacy, "pk"
                )
            )
            for name, (_temp, legacy) in FIELDS.items()
            if name in names
        }
        for model_name in model_names:
            model = apps.get_model(app_label, model_name)
            for page in model.objects.all():
                for name in names:
                    old = getattr(page, f"{name}_id")
                    setattr(page, f"{FIELDS[name][0]}_id", maps[name].get(old))
                page.save(update_fields=[FIELDS[name][0] for name in names])
            content_type = ContentType.objects.filter(
                app_label=app_label, model=model_name.lower()
            ).first()
            if content_type is None:
                continue
            revisions = Revision.objects.filter(content_type=content_type)
            for revision in revisions.iterator():
                changed = False
                for name in names:
                    old = revision.content.get(name)
                    if old is not None:
                        revision.content[name] = maps[name].get(old)
                        changed = True
                if changed:
                    revision.save(update_fields=["content"])

    return forwards
