"""The A–Z and the gut–skin map list exactly the live pages and their links."""

from bs4 import BeautifulSoup

from gutskin.taxonomy.models import Synonym

from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    make_private,
)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_to_z_lists_live_conditions_mechanisms_and_other_names(client, site_tree):
    eczema = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        other_names=["atopic dermatitis", "neurodermatitis"],
    )
    barrier = MechanismPageFactory(parent=site_tree.mechanisms, title="Gut barrier")
    Synonym.objects.create(
        term="gut barrier", page=barrier, other_names="leaky gut", search_terms="lining"
    )
    ConditionPageFactory(parent=site_tree.conditions, title="Draft").unpublish()
    make_private(MechanismPageFactory(parent=site_tree.mechanisms, title="Secret"))
    hidden = ConditionPageFactory(parent=site_tree.conditions, title="Hidden")
    Synonym.objects.create(term="hidden", page=hidden, other_names="also hidden")
    hidden.unpublish()
    ArticlePageFactory(parent=site_tree.articles, title="An article")

    soup = soup_of(client, "/a-z/")
    entries = [
        (item.get_text(" ", strip=True), item.find("a")["href"])
        for item in soup.select(".az-group__list li")
    ]
    assert entries == [
        ("atopic dermatitis: see Eczema", eczema.url),
        ("Eczema Condition", eczema.url),
        ("Gut barrier Mechanism", barrier.url),
        ("leaky gut: see Gut barrier", barrier.url),
        ("neurodermatitis: see Eczema", eczema.url),
    ]


def test_a_to_z_letter_navigation_links_only_letters_with_entries(client, site_tree):
    ConditionPageFactory(parent=site_tree.conditions, title="Acne")
    ConditionPageFactory(parent=site_tree.conditions, title="Rosacea")
    soup = soup_of(client, "/a-z/")
    nav = soup.find("nav", attrs={"aria-label": "Letters"})
    assert [link.get_text() for link in nav.find_all("a")] == ["A", "R"]
    assert len(nav.find_all("li")) == 27
    assert soup.find(id="letter-A").name == "h2"
    assert soup.find(id="letter-R") is not None


def map_cells(soup):
    """{(condition, mechanism): cell text} for every body cell, and the headers."""
    table = soup.find("table", class_="gut-skin-map")
    columns = [th.get_text(strip=True) for th in table.select("thead th")]
    cells = {}
    for row in table.select("tbody tr"):
        condition = row.find("th", scope="row").get_text(strip=True)
        for column, cell in zip(columns, row.find_all("td"), strict=True):
            cells[condition, column] = cell
    return columns, cells


def test_map_shows_each_link_with_its_note_and_article_count(client, site_tree):
    diet = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet", slug="diet")
    stress = MechanismPageFactory(parent=site_tree.mechanisms, title="Stress")
    acne = ConditionPageFactory(
        parent=site_tree.conditions, title="Acne", slug="acne", mechanisms=[diet]
    )
    ConditionPageFactory(
        parent=site_tree.conditions, title="Rosacea", mechanisms=[diet, stress]
    )
    for _ in range(2):
        ArticlePageFactory(
            parent=site_tree.articles, conditions=[acne], mechanisms=[diet]
        )
    ArticlePageFactory(
        parent=site_tree.articles, conditions=[acne], mechanisms=[diet]
    ).unpublish()
    make_private(
        ArticlePageFactory(
            parent=site_tree.articles, conditions=[acne], mechanisms=[diet]
        )
    )

    soup = soup_of(client, "/map/")
    columns, cells = map_cells(soup)
    assert columns == ["Diet", "Stress"]
    assert sorted({condition for condition, _ in cells}) == ["Acne", "Rosacea"]

    acne_diet = cells["Acne", "Diet"]
    assert "How Diet acts." in acne_diet.get_text()
    link = acne_diet.find("a")
    assert link["href"] == "/articles/?condition=acne&mechanism=diet"
    assert link.get_text(" ", strip=True).startswith("2 articles")
    assert "Not linked" in cells["Acne", "Stress"].get_text()
    assert "No articles yet" in cells["Rosacea", "Stress"].get_text()


def test_map_leaves_out_draft_and_private_conditions_and_mechanisms(client, site_tree):
    diet = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet")
    hidden = MechanismPageFactory(parent=site_tree.mechanisms, title="Hidden")
    secret = MechanismPageFactory(parent=site_tree.mechanisms, title="Secret")
    ConditionPageFactory(
        parent=site_tree.conditions, title="Acne", mechanisms=[diet, hidden, secret]
    )
    ConditionPageFactory(
        parent=site_tree.conditions, title="Draft", mechanisms=[diet]
    ).unpublish()
    hidden.unpublish()
    make_private(secret)
    columns, cells = map_cells(soup_of(client, "/map/"))
    assert columns == ["Diet"]
    assert list(cells) == [("Acne", "Diet")]


def test_map_is_an_accessible_table(client, site_tree):
    diet = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet")
    ConditionPageFactory(parent=site_tree.conditions, title="Acne", mechanisms=[diet])
    soup = soup_of(client, "/map/")
    table = soup.find("table")
    assert table.find("caption").get_text(strip=True)
    assert all(th["scope"] == "col" for th in table.select("thead th"))
    assert all(th["scope"] == "row" for th in table.select("tbody th"))


def test_map_query_count_does_not_grow_with_content(
    client, site_tree, django_assert_max_num_queries
):
    mechanisms = [MechanismPageFactory(parent=site_tree.mechanisms) for _ in range(6)]
    for _ in range(4):
        condition = ConditionPageFactory(
            parent=site_tree.conditions, mechanisms=mechanisms
        )
        ArticlePageFactory(
            parent=site_tree.articles, conditions=[condition], mechanisms=mechanisms
        )
    with django_assert_max_num_queries(12):
        client.get("/map/")


def test_mechanism_page_shows_its_other_names(client, site_tree):
    barrier = MechanismPageFactory(parent=site_tree.mechanisms, title="Gut barrier")
    Synonym.objects.create(
        term="gut barrier", page=barrier, other_names="leaky gut", search_terms="lining"
    )
    soup = soup_of(client, barrier.url)
    assert soup.select_one(".aka").get_text(strip=True) == "Also known as leaky gut"
