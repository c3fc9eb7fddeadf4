"""Checks that a reference's DOI and PMID are ones doi.org and PubMed can resolve.

Editors often paste a link or a labelled identifier ("https://doi.org/10...",
"PMID: 30042740"). The validators accept those forms, and `Reference.clean()`
stores the bare identifier; Django runs field validators before `clean()`, so
both have to agree on what a pasted value means.
https://docs.djangoproject.com/en/5.2/ref/models/instances/#validating-objects
"""

import re
from urllib.parse import unquote

from django.core.exceptions import ValidationError

DOI_LINK = re.compile(r"^(?:https?://)?(?:dx\.|www\.)?doi\.org/", re.IGNORECASE)
DOI_LABEL = re.compile(r"^doi:?\s*", re.IGNORECASE)
# The DOI Handbook's syntax: the directory indicator "10.", a registrant code of
# digits, a slash, then a suffix of any printable characters.
DOI = re.compile(r"10\.[0-9]{4,9}/\S+")

PMID_LINK = re.compile(
    r"^https?://(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/",
    re.IGNORECASE,
)
PMID_LABEL = re.compile(r"^pmid:?\s*", re.IGNORECASE)
PMID = re.compile(r"[0-9]{1,8}")


def normalise_doi(value):
    """The bare DOI from a DOI, a doi.org link or a "doi:" label."""
    value = value.strip()
    if DOI_LINK.match(value):
        # Browsers copy a link's special characters percent-encoded.
        return unquote(DOI_LINK.sub("", value))
    return DOI_LABEL.sub("", value)


def normalise_pmid(value):
    """The bare PubMed ID from an ID, a PubMed link or a "PMID:" label."""
    value = value.strip()
    if PMID_LINK.match(value):
        return PMID_LINK.sub("", value).split("?")[0].rstrip("/")
    return PMID_LABEL.sub("", value)


def validate_doi(value):
    if not DOI.fullmatch(normalise_doi(value)):
        raise ValidationError(
            "Enter a DOI such as 10.1038/s41586-020-2649-2.", code="invalid_doi"
        )


def validate_pmid(value):
    if not PMID.fullmatch(normalise_pmid(value)):
        raise ValidationError(
            "A PMID is a number of up to 8 digits, such as 30042740.",
            code="invalid_pmid",
        )
