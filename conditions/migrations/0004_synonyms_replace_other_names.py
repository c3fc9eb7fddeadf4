"""A condition's other names move to synonyms, which also serve search and the A–Z."""

from django.db import migrations


def other_names_to_synonyms(apps, schema_editor):
    ConditionOtherName = apps.get_model("conditions", "ConditionOtherName")
    Synonym = apps.get_model("search", "Synonym")
    names_by_condition = {}
    for other in ConditionOtherName.objects.select_related("condition").order_by(
        "condition_id", "sort_order"
    ):
        names_by_condition.setdefault(other.condition, []).append(other.name)
    for condition, names in names_by_condition.items():
        Synonym.objects.create(
            term=condition.title[:80],
            page_id=condition.pk,
            other_names="\n".join(names),
        )


def synonyms_to_other_names(apps, schema_editor):
    ConditionPage = apps.get_model("conditions", "ConditionPage")
    ConditionOtherName = apps.get_model("conditions", "ConditionOtherName")
    Synonym = apps.get_model("search", "Synonym")
    for synonym in Synonym.objects.filter(
        page_id__in=ConditionPage.objects.values("pk")
    ):
        names = [name.strip() for name in synonym.other_names.splitlines()]
        ConditionOtherName.objects.bulk_create(
            ConditionOtherName(condition_id=synonym.page_id, name=name, sort_order=i)
            for i, name in enumerate(filter(None, names))
        )


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0003_conditionpage_last_reviewed_and_more"),
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(other_names_to_synonyms, synonyms_to_other_names),
        migrations.DeleteModel(name="ConditionOtherName"),
    ]
