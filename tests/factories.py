"""Factories that build pages the way editors would: under the right parents."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from articles.models import ArticleIndexPage, ArticlePage
from conditions.models import (
    ConditionIndexPage,
    ConditionMechanism,
    ConditionPage,
    MechanismIndexPage,
    MechanismPage,
)
from gutskin.clinic.models import ContactPage, PolicyPage
from gutskin.home.models import HomePage
from gutskin.people.models import Person
from gutskin.taxonomy.models import Synonym


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Gut & Skin"
    slug = "home-test"
    summary = "How the gut microbiome bears on skin health."

    class Meta:
        model = HomePage


class ConditionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Conditions"
    slug = "conditions"
    show_in_menus = True
    summary = "Skin conditions linked to gut health."

    class Meta:
        model = ConditionIndexPage


class MechanismIndexPageFactory(wagtail_factories.PageFactory):
    title = "Mechanisms"
    slug = "mechanisms"
    show_in_menus = True
    summary = "How the gut influences the skin."

    class Meta:
        model = MechanismIndexPage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = "articles"
    show_in_menus = True
    summary = "Articles for patients."

    class Meta:
        model = ArticleIndexPage


class TaggedPageFactory(wagtail_factories.PageFactory):
    summary = factory.LazyAttribute(lambda page: f"About {page.title.lower()}.")

    @factory.post_generation
    def tags(page, create, names, **kwargs):
        if create and names:
            page.tags.set(names)
            page.save()


class MechanismPageFactory(TaggedPageFactory):
    title = factory.Sequence(lambda n: f"Mechanism {n}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))
    kind = MechanismPage.Kind.PATHWAY

    class Meta:
        model = MechanismPage
        skip_postgeneration_save = True


class ConditionPageFactory(TaggedPageFactory):
    title = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))

    class Meta:
        model = ConditionPage
        skip_postgeneration_save = True

    @factory.post_generation
    def other_names(page, create, names, **kwargs):
        if create and names:
            Synonym.objects.create(
                term=page.title, page=page, other_names="\n".join(names)
            )

    @factory.post_generation
    def mechanisms(page, create, mechanisms, **kwargs):
        if create and mechanisms:
            page.mechanism_links = [
                ConditionMechanism(
                    mechanism=mechanism, note=f"How {mechanism} acts.", sort_order=order
                )
                for order, mechanism in enumerate(mechanisms)
            ]
            page.save()


class PersonFactory(factory.django.DjangoModelFactory):
    """An author or reviewer; a name without credentials is taken as a team."""

    name = "Clinic editorial team"
    slug = factory.LazyAttribute(lambda person: slugify(person.name))
    job_title = "Patient education"
    kind = factory.LazyAttribute(
        lambda person: Person.Kind.PERSON if person.credentials else Person.Kind.TEAM
    )
    credentials = ""

    class Meta:
        model = Person
        django_get_or_create = ["slug"]


class ArticlePageFactory(TaggedPageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))
    author = factory.SubFactory(PersonFactory)
    first_published = factory.Sequence(
        lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def conditions(page, create, conditions, **kwargs):
        if create and conditions:
            page.conditions.set(conditions)
            page.save()

    @factory.post_generation
    def mechanisms(page, create, mechanisms, **kwargs):
        if create and mechanisms:
            page.mechanisms.set(mechanisms)
            page.save()


def make_private(page):
    """Put a page behind a password, as an editor would from the privacy menu."""
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    return page


class PolicyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Policy {n}")
    slug = factory.LazyAttribute(lambda page: page.title.lower().replace(" ", "-"))
    summary = factory.LazyAttribute(lambda page: f"About our {page.title.lower()}.")
    last_updated = datetime.date(2025, 10, 6)

    class Meta:
        model = PolicyPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact us"
    slug = "contact"
    summary = "How to reach the clinic."

    class Meta:
        model = ContactPage
