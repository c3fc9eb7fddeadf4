"""Every kind of page readers see is valid HTML, checked by the Nu Html Checker."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from taggit.models import Tag

from articles.models import ArticlePage
from conditions.models import ConditionPage, MechanismPage
from gutskin.clinic.models import ContactPage, PolicyPage
from gutskin.people.models import Person

VNU_JAR = (
    Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def vnu_command():
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        pytest.fail(
            "The Nu Html Checker needs Java and node_modules/vnu-jar "
            "(run `make test`, which installs it with `npm ci`)."
        )
    # A short run: the quick (C1) compiler alone halves the checker's CPU time,
    # and it needs a deeper thread stack than the default to read the schema.
    jvm = ["-XX:TieredStopAtLevel=1", "-Xss4m"]
    return [java, *jvm, "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]


def demo_urls():
    urls = ["/", "/conditions/", "/mechanisms/", "/articles/", "/topics/"]
    urls += ["/articles/?condition=acne&mechanism=diet", "/articles/?tag=nothing"]
    urls += ["/no-such-page/", "/topics/no-such-topic/"]
    urls += ["/search/", "/search/?q=eczema", "/search/?q=excema&type=nope"]
    urls += ["/search/?q=nothing+matches+this", "/a-z/", "/map/"]
    for model in (ConditionPage, MechanismPage, ArticlePage, PolicyPage, ContactPage):
        urls += [page.url for page in model.objects.live()]
    urls += [f"/topics/{tag.slug}/" for tag in Tag.objects.all()[:3]]
    urls += ["/authors/", "/authors/no-such-person/"]
    urls += [person.get_absolute_url() for person in Person.objects.all()]
    return urls


def test_demo_pages_are_valid_html(demo, client, tmp_path):
    files = {}
    for number, url in enumerate(demo_urls()):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"page-{number}.html"
        path.write_bytes(response.content)
        files[str(path)] = url
    result = subprocess.run(  # noqa: S603 (fixed arguments, our own files)
        [*vnu_command(), *files],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    report = json.loads(result.stderr)
    assert "version" in report, result.stderr
    messages = report["messages"]
    problems = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: "
        f"{m.get('message')} (line {m.get('lastLine')})"
        for m in messages
    ]
    assert problems == []
    assert result.returncode == 0
    assert len(files) >= 25
