"""The demo site's words: its pages, people, sources and illustrations.

Plain data, kept apart from the code that loads it (loader.py) so that editing a
sentence never means reading database code. Bodies are lists of (block type, value)
pairs shaped like the blocks in gutskin/core/blocks.py; the helpers below build them
from plain text, so the prose stays readable and its HTML is always well formed.

Everything here is a demonstration. The clinic (Larkfield Skin Clinic), its staff
and their profiles are fictional and say so. The references are real papers: each
title, journal, year, DOI and PMID was checked against the paper's PubMed or
publisher page, and a detail that could not be checked is left blank rather than
guessed. Text cites them by number ([1], [2]) in the order each page lists them.

Dates: `first_published` and `content_updated` are fixed calendar dates. Review
dates are counted back from the day the loader records the review
(`reviewed_days_ago`), so the demo stays "recently reviewed" whenever it is
installed, and "Updated" is never simply the day the loader ran.
"""

from datetime import date
from html import escape

# ---------------------------------------------------------------------------
# Body helpers
# ---------------------------------------------------------------------------


def _html(text, items=()):
    """Plain text as a rich text paragraph, with an optional bulleted list after it."""
    html = f"<p>{escape(text, quote=False)}</p>"
    if items:
        rows = "".join(f"<li>{escape(item, quote=False)}</li>" for item in items)
        html += f"<ul>{rows}</ul>"
    return html


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(text):
    return ("paragraph", _html(text))


def key_points(*points, title="Key points"):
    return ("key_points", {"title": title, "points": list(points)})


def tip(title, text):
    return ("callout", {"kind": "tip", "title": title, "text": _html(text)})


def warning(title, text, items=()):
    return ("callout", {"kind": "warning", "title": title, "text": _html(text, items)})


def see_doctor(text, items=()):
    return (
        "callout",
        {
            "kind": "see-doctor",
            "title": "When to see a doctor",
            "text": _html(text, items),
        },
    )


def illustration(key, caption=""):
    """One of ILLUSTRATIONS as an image block; the loader puts the image in."""
    return ("image", {"illustration": key, "caption": caption})


def proven_treatments_first(text):
    """The warning every condition page carries: treatment first, gut changes after."""
    return warning(
        "Proven treatments come first",
        "Changes aimed at your gut may help alongside treatment, not instead of it. "
        + text
        + " Be wary of quick fixes, and of any product that promises to clear your "
        "skin for good.",
    )


# ---------------------------------------------------------------------------
# The site's front pages
# ---------------------------------------------------------------------------

HOME = {
    "slug": "home",
    "title": "Gut & Skin",
    "heading": "How your gut and your skin are connected",
    "summary": (
        "Your gut and your skin are closely linked, a connection called the gut–skin "
        "axis. This guide explains how gut health may affect acne, eczema, psoriasis "
        "and rosacea. It is a demonstration: the clinic, its staff and the content "
        "are examples."
    ),
}

CONDITION_INDEX = {
    "slug": "conditions",
    "title": "Skin conditions",
    "summary": (
        "Acne, eczema, psoriasis and rosacea are all driven by inflammation, and each "
        "has been linked to gut health. Find out how, and when to get help."
    ),
}

MECHANISM_INDEX = {
    "slug": "mechanisms",
    "title": "How the gut affects the skin",
    "summary": (
        "The biological pathways that connect your gut and your skin, and the "
        "everyday factors, such as diet and stress, that can shift them."
    ),
}

ARTICLE_INDEX = {
    "slug": "articles",
    "title": "Articles",
    "summary": (
        "Plain-English guides from our clinic team on gut health, diet, stress and "
        "the skin conditions we treat."
    ),
}

# ---------------------------------------------------------------------------
# People: fictional, and their profiles say so
# ---------------------------------------------------------------------------

EDITORIAL_TEAM = "editorial-team"
TESTWELL = "imogen-testwell"
SAMPLETON = "jonah-sampleton"
PLACEHOLDER = "sam-placeholder"
DRAFTSWORTH = "robin-draftsworth"

FICTIONAL = (
    "This is a fictional demo profile: {name} is not a real person, and Larkfield "
    "Skin Clinic is not a real clinic."
)

# "user" names the demo login a person acts through: reviewers approve pages and
# the editor submits them. The loader makes these logins with unusable passwords,
# so nobody can sign in as them; they exist so that the demo's reviews are real
# workflow approvals by a second person.
PEOPLE = [
    {
        "slug": EDITORIAL_TEAM,
        "name": "Clinic editorial team",
        "kind": "team",
        "credentials": "",
        "job_title": "Patient education",
        "biography": (
            "The team that plans, writes and updates this site's pages. Every page "
            "the team writes is checked by one of our medical reviewers before it "
            "goes live. This is a fictional demo team at the fictional Larkfield "
            "Skin Clinic."
        ),
        "avatar": {"initials": "ET", "colour": "#23663f"},
        "user": None,
    },
    {
        "slug": TESTWELL,
        "name": "Dr Imogen Testwell",
        "kind": "person",
        "credentials": "MD",
        "job_title": "Consultant dermatologist",
        "biography": (
            FICTIONAL.format(name="Dr Imogen Testwell")
            + " In this demonstration she is the clinic's consultant dermatologist. "
            "She sees adults and children with eczema, acne and rosacea, and "
            "medically reviews our pages on skin conditions."
        ),
        "avatar": {"initials": "IT", "colour": "#0b4f5c"},
        "user": {
            "username": "demo.testwell",
            "first_name": "Imogen",
            "last_name": "Testwell",
            "group": "Medical reviewers",
        },
    },
    {
        "slug": SAMPLETON,
        "name": "Dr Jonah Sampleton",
        "kind": "person",
        "credentials": "MD",
        "job_title": "Consultant gastroenterologist",
        "biography": (
            FICTIONAL.format(name="Dr Jonah Sampleton")
            + " In this demonstration he is a gut specialist who works with the "
            "clinic and medically reviews our pages on the gut, diet and stress."
        ),
        "avatar": {"initials": "JS", "colour": "#2a5d86"},
        "user": {
            "username": "demo.sampleton",
            "first_name": "Jonah",
            "last_name": "Sampleton",
            "group": "Medical reviewers",
        },
    },
    {
        "slug": PLACEHOLDER,
        "name": "Sam Placeholder",
        "kind": "person",
        "credentials": "FNP",
        "job_title": "Family nurse practitioner",
        "biography": (
            FICTIONAL.format(name="Sam Placeholder")
            + " In this demonstration Sam is a family nurse practitioner (FNP) who "
            "runs the clinic's skin and diet advice sessions and writes our "
            "practical guides."
        ),
        "avatar": {"initials": "SP", "colour": "#a84a00"},
        "user": None,
    },
    {
        "slug": DRAFTSWORTH,
        "name": "Robin Draftsworth",
        "kind": "person",
        "credentials": "",
        "job_title": "Patient information editor",
        "biography": (
            FICTIONAL.format(name="Robin Draftsworth")
            + " In this demonstration Robin edits the clinic's patient information "
            "and sends each new page or change to a medical reviewer."
        ),
        "avatar": {"initials": "RD", "colour": "#4a5a60"},
        "user": {
            "username": "demo.draftsworth",
            "first_name": "Robin",
            "last_name": "Draftsworth",
            "group": "Clinic editors",
        },
    },
]

# Who submits every demo page to the Medical review workflow.
SUBMITTED_BY = DRAFTSWORTH

# ---------------------------------------------------------------------------
# Illustrations, drawn by gutskin.demo.illustrations (no photos, no downloads)
# ---------------------------------------------------------------------------

ILLUSTRATIONS = {
    "gut-skin-axis": {
        "title": "Demo illustration: the gut–skin axis",
        "alt": (
            "Drawing of a coiled tube for the gut, linked by a dotted line to layers "
            "of skin."
        ),
    },
    "gut-loops": {
        "title": "Demo illustration: gut loops and microbes",
        "alt": "Drawing of a looping tube for the gut, with small microbes inside.",
    },
    "microbes": {
        "title": "Demo illustration: many kinds of microbes",
        "alt": "Drawing of many small circles in different sizes and colours.",
    },
    "skin-layers": {
        "title": "Demo illustration: layers of the skin",
        "alt": (
            "Drawing of skin in layers, with a top layer of cells laid like bricks."
        ),
    },
    "gut-lining": {
        "title": "Demo illustration: the gut lining",
        "alt": "Drawing of a row of cells packed side by side, like a fence.",
    },
    "fibre-plate": {
        "title": "Demo illustration: a plate of fibre-rich food",
        "alt": "Drawing of a plate with green leaves, beans and grains.",
    },
    "villi": {
        "title": "Demo illustration: the folds of the small bowel",
        "alt": "Drawing of finger-like folds, with dots for nutrients above them.",
    },
    "calm-waves": {
        "title": "Demo illustration: slow breathing",
        "alt": "Drawing of soft rings spreading out, like slow, calm breaths.",
    },
    "inflammation": {
        "title": "Demo illustration: inflammation",
        "alt": "Drawing of warm orange rings around a small red centre.",
    },
    "immune-cells": {
        "title": "Demo illustration: immune cells",
        "alt": "Drawing of a large round cell with smaller cells gathered around it.",
    },
}

# ---------------------------------------------------------------------------
# References: real papers, checked against PubMed or the publisher
# ---------------------------------------------------------------------------


def reference(authors, title, publisher, year, evidence_level, doi="", pmid="", url=""):
    return {
        "authors": authors,
        "title": title,
        "publisher": publisher,
        "year": year,
        "doi": doi,
        "pmid": pmid,
        "url": url,
        "evidence_level": evidence_level,
    }


SALEM_2018 = reference(
    "Salem I, Ramser A, Isham N, Ghannoum MA",
    "The gut microbiome as a major regulator of the gut-skin axis",
    "Frontiers in Microbiology",
    2018,
    "narrative-review",
    doi="10.3389/fmicb.2018.01459",
    pmid="30042740",
)
DE_PESSEMIER_2021 = reference(
    "De Pessemier B, Grine L, Debaere M, Maes A, Paetzold B, Callewaert C",
    "Gut-skin axis: current knowledge of the interrelationship between microbial "
    "dysbiosis and skin conditions",
    "Microorganisms",
    2021,
    "narrative-review",
    doi="10.3390/microorganisms9020353",
)
VAUGHN_2017 = reference(
    "Vaughn AR, Notay M, Clark AK, Sivamani RK",
    "Skin-gut axis: the relationship between intestinal bacteria and skin health",
    "World Journal of Dermatology",
    2017,
    "narrative-review",
    doi="10.5314/wjd.v6.i4.52",
)
HELANDER_2014 = reference(
    "Helander HF, Fändriks L",
    "Surface area of the digestive tract – revisited",
    "Scandinavian Journal of Gastroenterology",
    2014,
    "observational",
    doi="10.3109/00365521.2014.898326",
)
SENDER_2016 = reference(
    "Sender R, Fuchs S, Milo R",
    "Revised estimates for the number of human and bacteria cells in the body",
    "PLoS Biology",
    2016,
    "narrative-review",
    doi="10.1371/journal.pbio.1002533",
    pmid="27541692",
)
MARCO_2021 = reference(
    "Marco ML, Sanders ME, Gänzle M, et al.",
    "The International Scientific Association for Probiotics and Prebiotics (ISAPP) "
    "consensus statement on fermented foods",
    "Nature Reviews Gastroenterology & Hepatology",
    2021,
    "expert-opinion",
    doi="10.1038/s41575-020-00390-5",
    pmid="33398112",
)
CAMILLERI_2019 = reference(
    "Camilleri M",
    "Leaky gut: mechanisms, measurement and clinical implications in humans",
    "Gut",
    2019,
    "narrative-review",
    doi="10.1136/gutjnl-2019-318427",
    pmid="31076401",
)
LACY_2024 = reference(
    "Lacy BE, Wise JL, Cangemi DJ",
    "Leaky gut syndrome: myths and management",
    "Gastroenterology & Hepatology",
    2024,
    "narrative-review",
    pmid="39193076",
)
MAKRGEOROU_2018 = reference(
    "Makrgeorgou A, Leonardi-Bee J, Bath-Hextall FJ, Murrell DF, Tang MLK, "
    "Roberts A, Boyle RJ",
    "Probiotics for treating eczema",
    "Cochrane Database of Systematic Reviews",
    2018,
    "systematic-review",
    doi="10.1002/14651858.CD006135.pub3",
    pmid="30480774",
)
REYNOLDS_2024 = reference(
    "Reynolds RV, Yeung H, Cheng CE, et al.",
    "Guidelines of care for the management of acne vulgaris",
    "Journal of the American Academy of Dermatology",
    2024,
    "guideline",
    doi="10.1016/j.jaad.2023.12.017",
    pmid="38300170",
)
# The authors are left blank: the PubMed record checked did not show them.
LEBLANC_2013 = reference(
    "",
    "Bacteria as vitamin suppliers to their host: a gut microbiota perspective",
    "Current Opinion in Biotechnology",
    2013,
    "narrative-review",
    doi="10.1016/j.copbio.2012.08.005",
    pmid="22940212",
)
WASTYK_2021 = reference(
    "Wastyk HC, Fragiadakis GK, Perelman D, et al.",
    "Gut-microbiota-targeted diets modulate human immune status",
    "Cell",
    2021,
    "randomised-trial",
    doi="10.1016/j.cell.2021.06.019",
    pmid="34256014",
)
UNGPRASERT_2017 = reference(
    "Ungprasert P, Wijarnpreecha K, Kittanamongkolchai W",
    "Psoriasis and risk of celiac disease: a systematic review and meta-analysis",
    "Indian Journal of Dermatology",
    2017,
    "systematic-review",
    doi="10.4103/0019-5154.198031",
    pmid="28216724",
)
BOWE_2011 = reference(
    "Bowe WP, Logan AC",
    "Acne vulgaris, probiotics and the gut-brain-skin axis – back to the future?",
    "Gut Pathogens",
    2011,
    "narrative-review",
    doi="10.1186/1757-4749-3-1",
)
THIBOUTOT_2020 = reference(
    "Thiboutot D, Anderson R, Cook-Bolden F, et al.",
    "Standard management options for rosacea: the 2019 update by the National "
    "Rosacea Society Expert Committee",
    "Journal of the American Academy of Dermatology",
    2020,
    "guideline",
    doi="10.1016/j.jaad.2020.01.077",
)
ELMETS_2021 = reference(
    "Elmets CA, Korman NJ, Prater EF, et al.",
    "Joint AAD-NPF guidelines of care for the management and treatment of psoriasis "
    "with topical therapy and alternative medicine modalities for psoriasis "
    "severity measures",
    "Journal of the American Academy of Dermatology",
    2021,
    "guideline",
    doi="10.1016/j.jaad.2020.07.087",
    pmid="32738429",
)
KWON_2012 = reference(
    "Kwon HH, Yoon JY, Hong JS, Jung JY, Park MS, Suh DH",
    "Clinical and histological effect of a low glycaemic load diet in treatment of "
    "acne vulgaris in Korean patients: a randomized, controlled trial",
    "Acta Dermato-Venereologica",
    2012,
    "randomised-trial",
    doi="10.2340/00015555-1346",
)
DENG_2018 = reference(
    "Deng Y, Wang H, Zhou J, Mou Y, Wang G, Xiong X",
    "Patients with acne vulgaris have a distinct gut microbiota in comparison with "
    "healthy controls",
    "Acta Dermato-Venereologica",
    2018,
    "observational",
    doi="10.2340/00015555-2968",
)

# ---------------------------------------------------------------------------
# Review states: what the loader leaves each page's medical review looking like
# ---------------------------------------------------------------------------

REVIEWED = "reviewed"
# Reviewed about 14 months ago; with the default 12-month interval it is overdue.
OVERDUE = "overdue"
# Reviewed, then changed by an editor: the change waits in the workflow.
AWAITING = "awaiting"
OVERDUE_DAYS_AGO = 426

SITE_LAUNCH = date(2023, 2, 6)
EVIDENCE_UPDATE = date(2026, 6, 15)

# ---------------------------------------------------------------------------
# Mechanisms
# ---------------------------------------------------------------------------

MECHANISMS = [
    {
        "slug": "inflammation",
        "title": "Regulation of inflammation",
        "kind": "pathway",
        "author": EDITORIAL_TEAM,
        "reviewer": SAMPLETON,
        "first_published": SITE_LAUNCH,
        "content_updated": None,
        "reviewed_days_ago": 34,
        "summary": (
            "Inflammation is the body's alarm system. A balanced gut microbiome may "
            "help keep that alarm in proportion. Long-lasting inflammation plays a "
            "part in many skin conditions."
        ),
        "tags": ["inflammation", "immune system", "gut microbiome"],
        "references": [SALEM_2018, DE_PESSEMIER_2021, WASTYK_2021],
        "body": [
            heading("What inflammation is"),
            paragraph(
                "Inflammation is how your immune system responds to an injury or a "
                "germ. It sends extra blood and immune cells to the area. That is "
                "why inflamed skin can look red, feel warm or swell. Short bursts "
                "are a normal part of getting better. Problems start when it stays "
                "switched on for weeks or months."
            ),
            illustration("inflammation"),
            heading("Where the gut comes in"),
            paragraph(
                "Your gut is home to tens of trillions of microbes, often called the "
                "gut microbiome or gut flora. When the mix is balanced, it seems to "
                "help train and calm the immune system [1]. When the balance is "
                "upset, a state called dysbiosis, low-level inflammation may spread "
                "through the body. Reviews of the research link this to acne, "
                "eczema, psoriasis and rosacea [1, 2]."
            ),
            heading("What we know so far"),
            paragraph(
                "Much of this evidence comes from lab work or from studies that "
                "compare groups of people. In one small trial, healthy adults who "
                "ate more fermented food had lower levels of some signs of "
                "inflammation in their blood [3]. The trial did not look at skin. "
                "We do not yet know if changing your gut microbes calms your skin."
            ),
            key_points(
                "Inflammation is a normal defence, but inflammation that lasts can "
                "harm the skin.",
                "A balanced gut microbiome may help keep the immune response in check.",
                "Acne, eczema, psoriasis and rosacea all involve inflammation.",
                "Most of the evidence is early, and none of it replaces treatment.",
            ),
            see_doctor(
                "Speak to a doctor straight away if your skin is painful, hot or "
                "swollen, if a rash spreads quickly, or if you also have a fever. "
                "These can be signs of an infection that needs prompt treatment."
            ),
        ],
    },
    {
        "slug": "gut-barrier",
        "title": 'Gut barrier integrity ("leaky gut")',
        "kind": "pathway",
        "author": EDITORIAL_TEAM,
        "reviewer": SAMPLETON,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 52,
        "summary": (
            "The gut lining lets food in and keeps harmful things out. Some illnesses "
            "make it more leaky. People call this leaky gut, but it is not a "
            "recognised diagnosis, and its part in skin problems is unclear."
        ),
        "tags": ["leaky gut", "inflammation", "flare-ups", "gut microbiome"],
        "references": [CAMILLERI_2019, LACY_2024, BOWE_2011],
        "body": [
            heading("A careful gatekeeper"),
            paragraph(
                "The inside of your gut is lined with a thin layer of cells held "
                "tightly together. This lining lets water and nutrients pass into "
                "the blood. It also keeps out most germs and food that has not been "
                "fully digested [1]."
            ),
            illustration("gut-lining"),
            heading('What people mean by "leaky gut"'),
            paragraph(
                "The medical term is increased intestinal permeability. Some gut "
                "diseases, some medicines and very hard exercise can make the "
                "lining let more through [1]. An old idea, now being studied again, "
                "is that a leaky gut may add to inflammation that shows in the "
                "skin [3]. This has not been proven."
            ),
            heading("Not a diagnosis"),
            paragraph(
                "Leaky gut syndrome is not a recognised medical diagnosis. No test "
                "has been shown to diagnose it, and the tests sold for it are not "
                "reliable [2]. It is also unproven that repairing the gut lining "
                "helps illnesses outside the gut [1]."
            ),
            key_points(
                "The gut lining controls what passes from the gut into the blood.",
                "The medical term for a leaky lining is increased intestinal "
                "permeability.",
                "Leaky gut syndrome is not a recognised diagnosis.",
                "A link to skin flare-ups is an idea that is still being tested.",
            ),
            warning(
                "Be wary of quick fixes",
                "Tests, diets and supplements sold to find or fix a leaky gut are "
                "unproven. Ask your clinic before you spend money on them.",
            ),
            see_doctor(
                "See a doctor if you have tummy pain, diarrhoea or blood in your poo "
                "that does not settle, or you lose weight without trying. These need "
                "proper tests, not a leaky gut test."
            ),
        ],
    },
    {
        "slug": "metabolites",
        "title": "Microbial metabolites",
        "kind": "pathway",
        "author": EDITORIAL_TEAM,
        "reviewer": SAMPLETON,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 52,
        "summary": (
            "Gut bacteria make useful substances of their own, such as short-chain "
            "fatty acids and some vitamins. Some of these may calm inflammation. "
            "Whether they help the skin is not yet known."
        ),
        "tags": ["short-chain fatty acids", "vitamins", "fibre", "gut microbiome"],
        "references": [SALEM_2018, LEBLANC_2013, DE_PESSEMIER_2021],
        "body": [
            heading("What gut bacteria make"),
            paragraph(
                "Metabolites are the substances microbes make as they feed. When "
                "bacteria in your large bowel break down fibre, they make "
                "short-chain fatty acids (SCFAs), such as butyrate. SCFAs feed the "
                "cells of the gut lining. Studies, mostly in the lab and in animals, "
                "suggest they may calm inflammation and steady the immune system "
                "[1, 3]."
            ),
            illustration("microbes"),
            heading("Vitamins from your microbes"),
            paragraph(
                "Some gut bacteria can make vitamins, such as some B vitamins and "
                "vitamin K [2]. Most of the vitamins you need still come from food. "
                "It has not been shown that vitamins made by gut bacteria make any "
                "difference to your skin."
            ),
            key_points(
                "Short-chain fatty acids (SCFAs), such as butyrate, are made when gut "
                "bacteria break down fibre.",
                "SCFAs may help calm inflammation, mostly going by lab studies.",
                "Some gut bacteria make vitamins, but a benefit to the skin is "
                "unproven.",
                "Eating many kinds of fibre-rich food feeds these bacteria.",
            ),
            tip(
                "Feed your bacteria",
                "Fibre from vegetables, fruit, beans, lentils, oats and whole grains "
                "is the main fuel gut bacteria use to make short-chain fatty acids.",
            ),
            see_doctor(
                "Talk to a doctor before you take vitamin pills for your skin. Some "
                "vitamins, such as vitamin A, can be harmful in high doses, "
                "especially in pregnancy."
            ),
        ],
    },
    {
        "slug": "immune-modulation",
        "title": "Immune system modulation",
        "kind": "pathway",
        "author": EDITORIAL_TEAM,
        "reviewer": TESTWELL,
        "first_published": SITE_LAUNCH,
        "content_updated": None,
        "reviewed_days_ago": 75,
        "summary": (
            "A balanced gut microbiome helps teach the immune system to ignore "
            "harmless things. When that balance is lost, the immune system may "
            "over-react. This has been linked to eczema and psoriasis."
        ),
        "tags": ["immune system", "gut microbiome", "inflammation"],
        "references": [SALEM_2018, DE_PESSEMIER_2021],
        "body": [
            heading("Training the immune system"),
            paragraph(
                "Much of your immune system sits in and around the gut. The microbes "
                "that live there seem to help it learn the difference between real "
                "threats, such as harmful germs, and harmless things, such as food "
                "or pollen [1]."
            ),
            illustration("immune-cells"),
            heading("When the immune system over-reacts"),
            paragraph(
                "If the gut microbiome is out of balance, this training may not work "
                "as well. The immune system may then react to things that pose no "
                "danger. Studies have found changes in the gut microbes of people "
                "with eczema and with psoriasis, where the immune system keeps "
                "inflammation going in the skin [1, 2]. Whether one leads to the "
                "other is not yet known."
            ),
            key_points(
                "Gut microbes seem to help the immune system tell harmful from "
                "harmless.",
                "Microbiome imbalance may leave the immune system more likely to "
                "over-react.",
                "Over-active immune responses play a part in eczema and psoriasis.",
            ),
            see_doctor(
                "Call 999 if you have swelling of the lips, tongue or throat, or "
                "trouble breathing. See a doctor the same day if a rash spreads "
                "fast, blisters, or comes with a fever."
            ),
        ],
    },
    {
        "slug": "nutrient-absorption",
        "title": "Nutrient absorption",
        "kind": "pathway",
        "author": EDITORIAL_TEAM,
        "reviewer": SAMPLETON,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 52,
        "summary": (
            "Healthy skin depends on nutrients from food, and your gut takes them in. "
            "Coeliac disease, which stops the gut taking in food well, is more "
            "common in people with psoriasis."
        ),
        "tags": ["vitamins", "diet", "gut microbiome"],
        "references": [HELANDER_2014, DE_PESSEMIER_2021, LEBLANC_2013, UNGPRASERT_2017],
        "body": [
            heading("From plate to skin"),
            paragraph(
                "Your body makes new skin cells all the time. It builds them from "
                "protein, fats, vitamins and minerals in your food. All of these "
                "pass into the body through the gut. Its lining has many tiny "
                "folds. Spread out, it would cover about 30 square metres, around "
                "half a badminton court [1]."
            ),
            illustration("villi"),
            paragraph(
                "Gut microbes break down some fibre your body cannot digest on its "
                "own [2]. Some also make small amounts of vitamins [3]. How much "
                "this matters for the skin is not known."
            ),
            heading("Absorption and psoriasis"),
            paragraph(
                "In coeliac disease, gluten in food harms the lining of the gut, so "
                "food is not taken in well. A review of studies found coeliac "
                "disease about three times as often in people with psoriasis [4]. "
                "This does not show that poor absorption causes psoriasis."
            ),
            key_points(
                "Your skin relies on nutrients from food to grow and repair.",
                "The gut takes in those nutrients, helped by its microbes.",
                "Coeliac disease is more common in people with psoriasis.",
            ),
            see_doctor(
                "See a doctor if you have diarrhoea that keeps coming back, weight "
                "loss you cannot explain, or tiredness that does not go away. These "
                "can be signs that your body is not taking in food well. Tell them "
                "if you have psoriasis too."
            ),
        ],
    },
    {
        "slug": "skin-barrier",
        "title": "Skin barrier function",
        "kind": "pathway",
        "author": EDITORIAL_TEAM,
        "reviewer": TESTWELL,
        "first_published": SITE_LAUNCH,
        "content_updated": None,
        "reviewed_days_ago": 75,
        "summary": (
            "The outer layer of skin shields you from pollution, UV light and germs "
            "and holds water in. When it is weak, skin can become dry, red and sore. "
            "Gut health may play a part."
        ),
        "tags": ["skin barrier", "redness", "flare-ups"],
        "references": [SALEM_2018, DE_PESSEMIER_2021, VAUGHN_2017],
        "body": [
            heading("Your skin's protective wall"),
            paragraph(
                "The top layer of your skin works like a brick wall. Skin cells are "
                "the bricks and natural fats are the mortar. Together they keep water "
                "in and keep irritants, pollution, UV light and germs out."
            ),
            illustration("skin-layers"),
            heading("When the barrier is weak"),
            paragraph(
                "A damaged barrier lets water escape and irritants get in. Skin may "
                "feel dry, tight or itchy and look red. Eczema is closely tied to a "
                "weak skin barrier. Research suggests gut microbes may affect how "
                "skin cells grow and mature [1, 2, 3]. This is early work, and it does "
                "not change how the barrier is cared for."
            ),
            key_points(
                "The skin barrier keeps moisture in and irritants out.",
                "A weak barrier can lead to dryness, redness and itching.",
                "Gut health may play a part, but good skin care comes first.",
            ),
            tip(
                "Look after the barrier from the outside",
                "Use a fragrance-free moisturiser every day, wash with lukewarm "
                "rather than hot water, and wear sunscreen when you are outdoors.",
            ),
            see_doctor(
                "See a doctor if dry, cracked skin bleeds, weeps or looks infected, "
                "or if it does not get better after two weeks of moisturiser."
            ),
        ],
    },
    {
        "slug": "diet",
        "title": "The role of diet",
        "kind": "factor",
        "author": EDITORIAL_TEAM,
        "reviewer": SAMPLETON,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 52,
        "summary": (
            "What you eat feeds your gut microbes. Fibre and whole grains tend to "
            "support a varied microbiome, while highly processed food, added sugar "
            "and too much alcohol have been linked to a less varied one."
        ),
        "tags": ["diet", "fibre", "probiotics", "fermented foods", "gut microbiome"],
        "references": [DE_PESSEMIER_2021, MARCO_2021, WASTYK_2021],
        "body": [
            heading("Foods that feed the microbiome"),
            paragraph(
                "Gut bacteria thrive on variety. Plant foods such as vegetables, "
                "fruit, beans, lentils, nuts, seeds and whole grains are rich in "
                "fibre. Some kinds of fibre, called prebiotics, are food for helpful "
                "bacteria [1]."
            ),
            illustration("fibre-plate"),
            heading("Fermented foods and probiotics"),
            paragraph(
                "Fermented foods, such as yogurt, kefir, sauerkraut and kimchi, are "
                "made with the help of microbes [2]. Some still hold live microbes "
                "when you eat them, but many do not, for example if they are heated "
                "after they are made. So a fermented food is not always a "
                "probiotic. Probiotics are live microbes, taken in a set amount, "
                "that have been shown to have a health benefit [2]."
            ),
            paragraph(
                "In one small trial in healthy adults, a diet rich in fermented food "
                "made the mix of gut microbes more varied [3]. The trial did not "
                "look at skin."
            ),
            heading("Foods that can upset the balance"),
            paragraph(
                "Diets high in processed food, added sugar and unhealthy fats have "
                "been linked to a less varied microbiome, and some studies link them "
                "to skin problems too [1]. Cutting back on them is good for your "
                "general health."
            ),
            key_points(
                "Aim for a wide range of plant foods each week.",
                "Fibre and prebiotics feed helpful gut bacteria.",
                "Fermented foods are not always probiotics: many have no live "
                "microbes left.",
                "Limit processed food, sugary drinks and alcohol.",
            ),
            tip(
                "Change slowly",
                "Add fibre a little at a time and drink plenty of water. A sudden "
                "jump can cause wind and bloating while your gut gets used to it.",
            ),
            see_doctor(
                "Talk to a doctor or dietitian before you cut out whole food groups. "
                "See a doctor if tummy pain, bloating or diarrhoea keeps coming "
                "back, or if you lose weight without trying."
            ),
        ],
    },
    {
        "slug": "stress",
        "title": "Stress and the gut–skin axis",
        "kind": "factor",
        "author": EDITORIAL_TEAM,
        "reviewer": SAMPLETON,
        "first_published": SITE_LAUNCH,
        "content_updated": None,
        "reviewed_days_ago": 34,
        "summary": (
            "Stress affects the gut as well as the mind. It may upset the balance of "
            "gut microbes, and many people notice skin flare-ups when life is hard. "
            "Managing stress is good for your health either way."
        ),
        "tags": ["stress", "flare-ups", "sleep", "gut microbiome"],
        "references": [BOWE_2011, ELMETS_2021],
        "body": [
            heading("How stress may reach the gut and the skin"),
            paragraph(
                "Your brain and your gut are in touch all the time through nerves and "
                "hormones. Nearly 100 years ago, skin doctors suggested that stress "
                "and low mood might upset gut microbes, make the gut leaky and feed "
                "inflammation in the skin. Parts of this idea have support from "
                "newer research, but much of it is still being tested [1]."
            ),
            illustration("calm-waves"),
            paragraph(
                "Many people notice that acne, eczema, psoriasis or rosacea flares "
                "at stressful times. Care guidelines for psoriasis look at ways to "
                "manage stress, such as meditation, as things some people add to "
                "their treatment [2]."
            ),
            key_points(
                "Stress may disturb the balance of microbes in the gut.",
                "Many people notice skin flare-ups at stressful times.",
                "Sleep, activity and relaxation help you manage stress.",
            ),
            tip(
                "Small steps count",
                "Regular sleep, a daily walk, time outdoors and a few minutes of slow "
                "breathing are simple ways to lower stress. Check with your clinic "
                "before you take any supplement for stress.",
            ),
            see_doctor(
                "If stress, worry or low mood is getting in the way of daily life, "
                "talk to your GP. Help is available, and it is fine to ask for it."
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Conditions
# ---------------------------------------------------------------------------

CONDITIONS = [
    {
        "slug": "acne",
        "title": "Acne",
        "author": EDITORIAL_TEAM,
        "reviewer": TESTWELL,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 21,
        "summary": (
            "Acne causes spots, blackheads and sometimes painful lumps, most often on "
            "the face, chest and back. Gut imbalance has been linked to acne, but "
            "proven acne treatments come first."
        ),
        "mechanisms": [
            (
                "inflammation",
                "Red, swollen spots are a sign of inflammation in the skin. A "
                "balanced gut microbiome may help keep that inflammation lower.",
            ),
            (
                "diet",
                "Small studies suggest meals lower in sugar and refined starch may "
                "go with fewer spots for some people.",
            ),
            (
                "stress",
                "Many people find their acne flares at stressful times; stress may "
                "act partly through the gut.",
            ),
            (
                "metabolites",
                "Short-chain fatty acids made by gut bacteria may calm inflammation, "
                "mostly going by lab studies.",
            ),
        ],
        "tags": ["inflammation", "hormones", "diet", "stress", "flare-ups"],
        "references": [DENG_2018, BOWE_2011, REYNOLDS_2024],
        "body": [
            heading("What acne is"),
            paragraph(
                "Acne starts in the hair follicles, the tiny openings in your skin. "
                "When oil and dead skin cells block a follicle, it can become a "
                "blackhead or a whitehead. If bacteria and inflammation join in, it "
                "can turn into a red spot or a deeper, painful lump."
            ),
            illustration("inflammation"),
            heading("The gut connection"),
            paragraph(
                "One study found that people with acne had a different mix of gut "
                "bacteria from people without acne, with fewer of some bacteria "
                "thought to be helpful [1]. Researchers think the gut may affect "
                "acne through inflammation, blood sugar and stress [2]. This is "
                "still being studied, and it has not led to a proven treatment."
            ),
            heading("Treatment comes first"),
            paragraph(
                "Acne has good, proven treatments. They include gels and creams with "
                "benzoyl peroxide or a retinoid, antibiotics, and for severe acne a "
                "tablet called isotretinoin [3]."
            ),
            proven_treatments_first(
                "Start with the acne treatment your pharmacist or clinician suggests."
            ),
            key_points(
                "Acne is an inflammatory condition of the hair follicles.",
                "Gut imbalance has been linked to acne, but the link is not proven.",
                "Proven acne treatments from your clinic remain the first step.",
            ),
            see_doctor(
                "Book an appointment if your acne:",
                items=[
                    "is painful or forms deep lumps under the skin",
                    "is leaving scars or dark marks",
                    "has not got better after a few months of treatment from a "
                    "pharmacy",
                    "is affecting your mood or confidence",
                ],
            ),
        ],
    },
    {
        "slug": "eczema",
        "title": "Eczema (atopic dermatitis)",
        "author": EDITORIAL_TEAM,
        "reviewer": TESTWELL,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 21,
        "summary": (
            "Eczema makes skin dry, itchy and inflamed, and often comes and goes in "
            "flare-ups. Studies link gut health to eczema, but moisturisers and "
            "prescribed treatment are still the basis of care."
        ),
        "mechanisms": [
            (
                "immune-modulation",
                "In eczema the immune system over-reacts to harmless triggers. "
                "Changes in gut microbes have been linked to eczema.",
            ),
            (
                "inflammation",
                "The itch and redness of eczema come from inflammation in the skin. "
                "A healthy microbiome may help keep inflammation lower.",
            ),
            (
                "gut-barrier",
                "A leakier gut lining may stir up the immune system; this idea is "
                "still being tested.",
            ),
            (
                "skin-barrier",
                "Skin with eczema has a weak barrier that loses water and lets "
                "irritants in. Daily moisturiser is the main way to support it.",
            ),
        ],
        "tags": [
            "skin barrier",
            "immune system",
            "inflammation",
            "leaky gut",
            "flare-ups",
        ],
        "references": [SALEM_2018, DE_PESSEMIER_2021, MAKRGEOROU_2018],
        "body": [
            heading("What eczema is"),
            paragraph(
                "Eczema, also called atopic dermatitis, is a long-term condition "
                "that makes the skin dry, itchy and inflamed. It often starts in "
                "childhood but can appear at any age. It tends to come and go, with "
                "flare-ups followed by calmer spells."
            ),
            illustration("skin-layers"),
            heading("The gut connection"),
            paragraph(
                "Studies have found differences in the gut microbes of people with "
                "eczema [1, 2]. A varied microbiome may help the immune system "
                "respond in proportion. But this has not yet led to a proven "
                "treatment."
            ),
            heading("What about probiotics?"),
            paragraph(
                "A large review of trials found that probiotic supplements probably "
                "make little or no difference to eczema symptoms [3]. So we do not "
                "suggest them as a treatment for eczema."
            ),
            proven_treatments_first(
                "Daily moisturiser and the creams your clinician prescribes come first."
            ),
            key_points(
                "Eczema is also known as atopic dermatitis and atopic eczema.",
                "It involves a weak skin barrier and an over-active immune response.",
                "Gut health has been linked to eczema, but the link is not proven.",
                "Moisturising every day remains central to eczema care.",
            ),
            see_doctor(
                "See a doctor if:",
                items=[
                    "eczema keeps you or your child awake at night",
                    "it does not get better with moisturisers and prescribed creams",
                    "the skin becomes hot, weepy, crusted or painful, which can mean "
                    "an infection",
                    "painful blisters appear suddenly, especially with a fever; get "
                    "help the same day",
                ],
            ),
        ],
    },
    {
        "slug": "psoriasis",
        "title": "Psoriasis",
        "author": EDITORIAL_TEAM,
        "reviewer": TESTWELL,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 21,
        "summary": (
            "Psoriasis causes raised, scaly patches of skin that can itch or feel "
            "sore. It has been linked to gut health, but proven treatments for the "
            "skin come first."
        ),
        "mechanisms": [
            (
                "inflammation",
                "Psoriasis is driven by inflammation that makes skin cells grow too "
                "fast.",
            ),
            (
                "immune-modulation",
                "In psoriasis the immune system targets the body's own skin. "
                "Changes in gut microbes have been linked to it.",
            ),
            (
                "gut-barrier",
                "A leakier gut lining may feed the inflammation behind psoriasis; "
                "this is not proven.",
            ),
            (
                "nutrient-absorption",
                "Coeliac disease, in which the gut does not take in food well, is "
                "more common in people with psoriasis.",
            ),
        ],
        "tags": ["inflammation", "immune system", "leaky gut", "flare-ups"],
        "references": [SALEM_2018, UNGPRASERT_2017, ELMETS_2021],
        "body": [
            heading("What psoriasis is"),
            paragraph(
                "Psoriasis is a long-term condition in which skin cells build up too "
                "quickly. They form raised, scaly patches called plaques, often on "
                "the elbows, knees, scalp and the small of the back. It comes from an "
                "over-active immune system, and you cannot catch it from someone "
                "else."
            ),
            illustration("immune-cells"),
            heading("The gut connection"),
            paragraph(
                "Studies have found differences in the gut microbes of people with "
                "psoriasis [1]. Whether changing them changes psoriasis is not yet "
                "known. Coeliac disease, a gut condition, is about three times as "
                "common in people with psoriasis [2]. If you have gut symptoms too, "
                "ask your doctor about a test."
            ),
            heading("Treatment comes first"),
            paragraph(
                "Psoriasis has proven treatments. Steroid creams and vitamin D "
                "creams work well, especially for milder psoriasis [3]. Light "
                "treatment, tablets and injections can help when it is more severe."
            ),
            proven_treatments_first(
                "Start with the treatment your clinician recommends."
            ),
            key_points(
                "Psoriasis is an inflammatory condition driven by the immune system.",
                "It has been linked to gut health, but the link is not proven.",
                "Coeliac disease is more common in people with psoriasis.",
                "Psoriasis is not catching.",
            ),
            see_doctor(
                "See a doctor if you think you have psoriasis or your treatment is "
                "not working. Tell them too if your joints are painful, swollen or "
                "stiff, as this can be a sign of psoriatic arthritis."
            ),
        ],
    },
    {
        "slug": "rosacea",
        "title": "Rosacea",
        "author": EDITORIAL_TEAM,
        "reviewer": TESTWELL,
        "first_published": SITE_LAUNCH,
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 21,
        "summary": (
            "Rosacea causes lasting redness and small visible blood vessels on the "
            "face, sometimes with spots. It has been linked to gut imbalance, but "
            "proven skin treatments come first."
        ),
        "mechanisms": [
            (
                "inflammation",
                "The flushing, redness and spots of rosacea are signs of inflammation.",
            ),
            (
                "gut-barrier",
                "Gut imbalance has been linked to rosacea, possibly by adding to "
                "inflammation; this is not proven.",
            ),
            (
                "diet",
                "Alcohol, spicy food and hot drinks can bring on flushing for some "
                "people.",
            ),
        ],
        "tags": ["inflammation", "redness", "diet", "flare-ups"],
        "references": [DE_PESSEMIER_2021, THIBOUTOT_2020],
        "body": [
            heading("What rosacea is"),
            paragraph(
                "Rosacea is a long-term condition that mainly affects the cheeks, "
                "nose, chin and forehead. It leads to redness that does not fade, "
                "small blood vessels that you can see, and sometimes spots. Symptoms "
                "often come and go."
            ),
            illustration("inflammation"),
            heading("The gut connection"),
            paragraph(
                "Studies have linked rosacea to gut imbalance and to some gut "
                "conditions [1]. We do not yet know if caring for your gut helps "
                "rosacea."
            ),
            heading("Treatment comes first"),
            paragraph(
                "Rosacea has proven treatments. They include gentle skin care, sun "
                "protection, creams and gels, tablets, and laser or light treatment "
                "for redness and blood vessels [2]. Knowing and avoiding your own "
                "triggers is part of care too [2]."
            ),
            proven_treatments_first(
                "Start with the treatment your clinician recommends."
            ),
            key_points(
                "Rosacea causes lasting facial redness and visible blood vessels.",
                "It has been linked to gut imbalance, but the link is not proven.",
                "A symptom diary can help you spot your own triggers.",
            ),
            see_doctor(
                "See a doctor if redness on your face does not go away, if your skin "
                "burns or stings, or if your eyes often feel gritty, dry or sore, as "
                "rosacea can affect the eyes too."
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------

ARTICLES = [
    {
        "slug": "how-your-gut-microbiome-influences-your-skin",
        "title": "How your gut microbiome influences your skin",
        "author": EDITORIAL_TEAM,
        "reviewer": TESTWELL,
        "first_published": date(2023, 3, 9),
        # The gut's length and the number of microbes were corrected.
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 40,
        "lead_image": "gut-skin-axis",
        "conditions": ["acne", "eczema", "psoriasis", "rosacea"],
        "mechanisms": [
            "inflammation",
            "gut-barrier",
            "metabolites",
            "immune-modulation",
            "nutrient-absorption",
            "skin-barrier",
            "diet",
            "stress",
        ],
        "summary": (
            "A plain-English guide to the gut–skin axis: what the gut microbiome is, "
            "how it may affect your skin, and what that may mean for acne, eczema, "
            "psoriasis and rosacea."
        ),
        "tags": ["gut microbiome", "inflammation", "skin barrier", "diet", "stress"],
        "references": [HELANDER_2014, SENDER_2016, SALEM_2018, DE_PESSEMIER_2021],
        "body": [
            heading("Meet your gut microbiome"),
            paragraph(
                "Your gut runs from your mouth to your bottom. In an adult it is "
                "about 5 metres long [1]. It is home to a huge community of tiny "
                "living things, called the gut microbiome or gut flora. There are "
                "tens of trillions of them: about 38 trillion bacteria, by one "
                "careful estimate [2]. Most are harmless or helpful."
            ),
            illustration("gut-loops"),
            heading("What is the gut–skin axis?"),
            paragraph(
                "The gut–skin axis is the name for the link between your gut and "
                "your skin. When gut microbes are in balance, they seem to help keep "
                "inflammation in check [3]. When they are out of balance, called "
                "dysbiosis, inflammation may travel around the body and show in the "
                "skin [3, 4]. Much of this research is early."
            ),
            heading("How the gut may affect the skin"),
            paragraph(
                "Researchers have found several possible pathways. Gut microbes help "
                "train the immune system. The gut lining keeps harmful material out "
                "of the blood. Gut bacteria make useful substances, such as "
                "short-chain fatty acids. Each of these may play a part in skin "
                "health [3, 4]."
            ),
            heading("Which skin conditions are linked?"),
            paragraph(
                "Acne, eczema, psoriasis and rosacea all involve inflammation, and "
                "each has been linked to gut health in studies [4]. The links are "
                "not the same for every condition, and none has led to a proven gut "
                "treatment for the skin yet."
            ),
            heading("What you can do"),
            paragraph(
                "Two everyday things shape the gut: diet and stress. A varied, "
                "fibre-rich diet feeds helpful bacteria. Highly processed food and "
                "too much alcohol have been linked to a less varied microbiome [4]. "
                "Managing stress is good for your health either way."
            ),
            key_points(
                "The gut and the skin are linked through the gut–skin axis.",
                "A balanced microbiome may help keep inflammation under control.",
                "Acne, eczema, psoriasis and rosacea have all been linked to gut "
                "health.",
                "Looking after your gut can go alongside treatment from your clinic; "
                "it does not replace it.",
            ),
            see_doctor(
                "Book an appointment with your clinic or GP if a skin condition is "
                "painful, spreading, disturbing your sleep or your mood, or not "
                "getting better with treatment."
            ),
        ],
    },
    {
        "slug": "supporting-your-microbiome-for-healthier-skin",
        "title": "Supporting your microbiome for healthier skin",
        "author": PLACEHOLDER,
        "reviewer": TESTWELL,
        "first_published": date(2023, 4, 23),
        # Fermented foods are no longer called probiotics across the board.
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 40,
        "lead_image": "fibre-plate",
        "conditions": ["acne", "eczema", "rosacea"],
        "mechanisms": ["diet", "metabolites", "nutrient-absorption", "gut-barrier"],
        "summary": (
            "Everyday ways to eat for a healthier gut microbiome, from fibre and "
            "whole grains to fermented foods, and which foods and drinks to cut back "
            "on."
        ),
        "tags": [
            "diet",
            "fibre",
            "fermented foods",
            "probiotics",
            "short-chain fatty acids",
            "gut microbiome",
        ],
        "references": [DE_PESSEMIER_2021, MARCO_2021, WASTYK_2021],
        "body": [
            paragraph(
                "You cannot see your gut microbes, but you feed them every day. What "
                "you eat shapes which bacteria thrive [1]. Here are some simple "
                "steps our nursing team suggests. They are good for your general "
                "health, and they may help your gut."
            ),
            heading("Eat a wide range of plants"),
            paragraph(
                "Different bacteria prefer different foods, so variety matters. Try "
                "to eat many kinds of vegetables, fruit, beans, lentils, nuts and "
                "seeds across the week. Frozen and tinned vegetables and pulses "
                "count too, and they often cost less."
            ),
            heading("Choose whole grains"),
            paragraph(
                "Whole grains such as oats, brown rice, wholemeal bread and barley "
                "have more fibre than white versions. When gut bacteria break down "
                "this fibre they make short-chain fatty acids, such as butyrate, "
                "which may help calm inflammation [1]."
            ),
            heading("Try fermented foods"),
            paragraph(
                "Yogurt, kefir, sauerkraut, kimchi and miso are made with the help "
                "of microbes [2]. Some still hold live microbes when you eat them, "
                "but others do not, for example if they were heated. Look for "
                "\u201clive\u201d or \u201cactive\u201d cultures on the label. A "
                "fermented food is not the same as a probiotic, which is a set "
                "amount of live microbes shown to have a health benefit [2]."
            ),
            paragraph(
                "In one small trial, healthy adults who ate more fermented food had "
                "a more varied mix of gut microbes and lower levels of some signs of "
                "inflammation [3]. The trial did not look at skin."
            ),
            heading("Cut back on what upsets the balance"),
            paragraph(
                "Highly processed food, sugary drinks, food high in added sugar and "
                "unhealthy fats, and too much alcohol have all been linked to a less "
                "varied microbiome [1]. You do not have to give them up completely. "
                "Having them less often, and in smaller amounts, still counts."
            ),
            key_points(
                "Eat a wide variety of plant foods.",
                "Swap refined grains for whole grains.",
                "Try fermented foods, but know that many hold no live microbes.",
                "Limit processed food, sugary drinks and alcohol.",
                "Make changes slowly and drink plenty of water.",
            ),
            tip(
                "Start small",
                "Pick one change this week, such as adding beans to a soup or "
                "swapping white bread for wholemeal. Small changes you keep up are "
                "worth more than big changes you drop.",
            ),
            see_doctor(
                "Talk to your clinic before making big changes to your diet, cutting "
                "out whole food groups or starting supplements, especially if you "
                "are pregnant, have a long-term condition or take regular medicines."
            ),
        ],
    },
    {
        "slug": "stress-and-your-skin",
        "title": "Stress and your skin: where the gut fits in",
        "author": TESTWELL,
        "reviewer": SAMPLETON,
        "first_published": date(2024, 1, 18),
        "content_updated": None,
        # The demo's one page whose yearly review is overdue.
        "review_state": OVERDUE,
        "reviewed_days_ago": OVERDUE_DAYS_AGO,
        "lead_image": "calm-waves",
        "conditions": ["acne", "eczema", "psoriasis", "rosacea"],
        "mechanisms": ["stress", "gut-barrier", "immune-modulation", "inflammation"],
        "summary": (
            "Why skin often flares when life gets stressful, how stress may upset "
            "the gut along the way, and simple habits that are good for you either "
            "way."
        ),
        "tags": ["stress", "flare-ups", "sleep", "gut microbiome", "inflammation"],
        "references": [BOWE_2011, CAMILLERI_2019, ELMETS_2021],
        "body": [
            paragraph(
                "Many people notice that their skin gets worse during exams, busy "
                "spells at work or hard times at home. You are not imagining it. "
                "Stress has real effects on the body, and the gut may be one of the "
                "places where it shows."
            ),
            heading("How stress may affect the gut"),
            paragraph(
                "The brain and the gut are linked by nerves and hormones. Skin "
                "doctors first suggested long ago that stress might upset gut "
                "microbes and make the gut leaky [1]. Physical stress, such as very "
                "hard exercise, can make the gut lining let more through [2]. "
                "Whether everyday worry does the same is less clear."
            ),
            heading("From gut to skin"),
            paragraph(
                "An unbalanced microbiome and a leakier gut lining may add to "
                "inflammation around the body [1]. For people with acne, eczema, "
                "psoriasis or rosacea, this might be part of why skin flares at "
                "stressful times. This idea is still being tested."
            ),
            heading("Ways to manage stress"),
            paragraph(
                "There is no single right way to manage stress. Regular sleep, "
                "movement you enjoy, time outside, talking to friends and slow "
                "breathing all help many people. Psoriasis care guidelines look at "
                "meditation and stress reduction as things some people add to "
                "their treatment [3]. Some people ask about supplements; the "
                "evidence is limited, so talk to us first."
            ),
            key_points(
                "Stress may upset the balance of gut microbes.",
                "Gut changes from stress may add to inflammation; this is not proven.",
                "Sleep, activity and relaxation are good for you either way.",
                "Ask your clinic before trying supplements for stress.",
            ),
            see_doctor(
                "If stress, worry or low mood is hard to manage, or your skin is "
                "affecting your mental health, talk to your GP. Support is "
                "available, and caring for your skin and your mood together often "
                "works best."
            ),
        ],
    },
    {
        "slug": "eczema-and-the-gut-barrier",
        "title": "Eczema and the gut barrier",
        "author": TESTWELL,
        "reviewer": SAMPLETON,
        "first_published": date(2024, 9, 5),
        # Leaky gut is now described as an idea under study, not a diagnosis.
        "content_updated": EVIDENCE_UPDATE,
        "reviewed_days_ago": 64,
        "lead_image": "gut-lining",
        "conditions": ["eczema"],
        "mechanisms": ["gut-barrier", "skin-barrier", "immune-modulation"],
        "summary": (
            "Eczema involves a weak skin barrier. Some researchers ask whether the gut "
            "barrier matters too. What we know, what we do not, and what it means "
            "for everyday care."
        ),
        "tags": ["leaky gut", "skin barrier", "immune system", "probiotics"],
        "references": [SALEM_2018, CAMILLERI_2019, LACY_2024, MAKRGEOROU_2018],
        "body": [
            paragraph(
                "When we think of eczema, we think of dry, itchy skin. Some "
                "researchers are also looking at another barrier inside the body: "
                "the lining of the gut [1]."
            ),
            heading("Two barriers"),
            paragraph(
                "The skin and the gut lining are both barriers. Each keeps useful "
                "things in and harmful things out. In eczema the skin barrier is "
                "weak, so it loses water and lets irritants in. Some researchers "
                "wonder if the gut barrier can be weak in a similar way [1]."
            ),
            heading("What a leaky gut may do"),
            paragraph(
                "The medical term for a leakier gut lining is increased intestinal "
                "permeability. It happens in some gut diseases [2]. It is unproven "
                "that a leaky gut adds to eczema, or that fixing the lining helps "
                "the skin [2]. Leaky gut syndrome is not a recognised diagnosis, "
                "and the tests sold for it are not reliable [3]."
            ),
            heading("What about probiotics?"),
            paragraph(
                "Probiotics are live microbes taken as supplements or in some foods. "
                "A large review of trials found that probiotics probably make little "
                "or no difference to eczema symptoms [4]. Please talk to us before "
                "giving supplements to a child."
            ),
            key_points(
                "Eczema involves a weak skin barrier and an over-active immune system.",
                "A link between a leaky gut and eczema is an idea, not a proven fact.",
                "Leaky gut syndrome is not a recognised diagnosis.",
                "Probiotics probably make little or no difference to eczema.",
                "Moisturisers and prescribed treatments remain the basis of care.",
            ),
            see_doctor(
                "Get medical help the same day if eczema suddenly becomes very "
                "painful, with clusters of blisters or open sores and a fever. This "
                "can be a sign of a serious skin infection."
            ),
        ],
    },
    {
        "slug": "acne-and-diet",
        "title": "Acne and diet: what we know",
        "author": PLACEHOLDER,
        "reviewer": TESTWELL,
        "first_published": date(2025, 3, 12),
        "content_updated": None,
        # The demo's one page with a change waiting for medical review.
        "review_state": AWAITING,
        "reviewed_days_ago": 88,
        "lead_image": "fibre-plate",
        "conditions": ["acne"],
        "mechanisms": ["diet", "inflammation", "metabolites"],
        "summary": (
            "Does what you eat affect your acne? What small studies suggest about "
            "sugar and refined starch, where the gut may fit in, and which changes "
            "are worth trying."
        ),
        "tags": ["diet", "hormones", "fibre", "short-chain fatty acids"],
        "references": [KWON_2012, BOWE_2011, REYNOLDS_2024],
        "body": [
            paragraph(
                "Diet and acne have a long and confusing history. Chocolate and chips "
                "were once blamed for spots, and later diet was said not to matter "
                "at all. Today the picture sits somewhere in between."
            ),
            heading("What small studies suggest"),
            paragraph(
                "Foods high in sugar and refined starch push blood sugar up quickly. "
                "In one small trial, people with acne who ate fewer of these foods "
                "for ten weeks had fewer spots than a control group [1]. The trial "
                "was small, so we cannot be sure the result applies to everyone."
            ),
            heading("Where the gut may fit in"),
            paragraph(
                "Some researchers think diet and gut bacteria may work together in "
                "acne, for example through blood sugar and inflammation [2]. This "
                "is an idea that is still being tested."
            ),
            heading("Fibre on your side"),
            paragraph(
                "Fibre feeds gut bacteria and slows down how fast sugar enters the "
                "blood. Whole grains, beans, vegetables and fruit are all good "
                "sources, and they are good for your general health."
            ),
            paragraph(
                "Diet changes go alongside acne treatment, not instead of it. Gels, "
                "creams and tablets for acne are backed by much stronger evidence "
                "[3]."
            ),
            key_points(
                "Small studies suggest less sugar and refined starch may mean fewer "
                "spots for some people.",
                "Gut bacteria may play a part; this is not proven.",
                "Fibre-rich foods support gut bacteria and steadier blood sugar.",
                "Diet changes work alongside acne treatment, not instead of it.",
            ),
            tip(
                "Test one change at a time",
                "If you want to see whether a food affects your skin, change one "
                "thing for at least eight weeks and keep notes. Skin takes time to "
                "respond.",
            ),
            see_doctor(
                "Speak to your clinic if your acne is leaving scars, causing painful "
                "lumps or knocking your confidence. Effective treatments are "
                "available, and starting early can help prevent scarring."
            ),
        ],
        # The draft an editor has sent for review since: a new tip about dairy
        # and supplements. It waits for a reviewer; readers still see the body above.
        "pending_change": [
            tip(
                "Ask before you cut out foods",
                "Please talk to us before cutting out dairy or other whole food "
                "groups, or before taking supplements for acne. Some are not safe "
                "for everyone.",
            ),
        ],
    },
    {
        "slug": "rosacea-and-your-gut",
        "title": "Rosacea and your gut",
        "author": DRAFTSWORTH,
        "reviewer": TESTWELL,
        "first_published": date(2025, 10, 2),
        "content_updated": None,
        "reviewed_days_ago": 28,
        "lead_image": "gut-loops",
        "conditions": ["rosacea"],
        "mechanisms": ["inflammation", "gut-barrier", "diet"],
        "summary": (
            "Rosacea has been linked to an imbalanced gut microbiome. What that may "
            "mean, what is proven, and how to spot your own triggers."
        ),
        "tags": ["redness", "inflammation", "flare-ups", "diet", "gut microbiome"],
        "references": [DE_PESSEMIER_2021, THIBOUTOT_2020],
        "body": [
            paragraph(
                "Rosacea is common, especially in adults over 30, yet many people "
                "live with it for years before they get a diagnosis. Alongside skin "
                "treatments, there is growing interest in the part the gut may play."
            ),
            heading("What the research suggests"),
            paragraph(
                "Studies have linked rosacea to gut imbalance and to some gut "
                "conditions [1]. A disturbed microbiome may add to inflammation, "
                "which can show as redness, flushing and spots on the face. We do "
                "not yet know if caring for your gut eases rosacea."
            ),
            heading("Food, drink and flushing"),
            paragraph(
                "Alcohol, spicy food and hot drinks can bring on flushing in some "
                "people. Knowing and avoiding your own triggers is part of rosacea "
                "care [2]. A fibre-rich diet with less processed food is good for "
                "your general health too."
            ),
            heading("Treatment comes first"),
            paragraph(
                "Rosacea has proven treatments, from creams and gels to tablets and "
                "laser or light treatment [2]. Gut-friendly habits can go alongside "
                "them, not instead of them."
            ),
            key_points(
                "Rosacea has been linked to gut imbalance, but the link is not proven.",
                "Alcohol, spicy food and hot drinks are common flushing triggers.",
                "Proven rosacea treatments come first.",
            ),
            tip(
                "Keep a symptom diary",
                "For a few weeks, note what you ate and drank, the weather, your "
                "stress level and how your skin looked each day. Patterns can help "
                "you and your clinician find your triggers.",
            ),
            see_doctor(
                "See a doctor if facial redness does not fade, if the skin on your "
                "nose becomes thick or bumpy, or if your eyes are often red, dry or "
                "gritty."
            ),
        ],
    },
]


# The words readers type for what the site explains. "page" is the slug of the
# condition or mechanism the words name (None for words that name no one page);
# other names show on that page as "also known as" and in the A–Z, so they must be
# true synonyms. Words that readers type but that mean something else in English
# ("neurodermatitis" is lichen simplex chronicus), name only one form ("plaque
# psoriasis") or are outdated ("acne rosacea") are search terms: they find the page
# without being shown as its other name.
SYNONYMS = [
    {
        "term": "acne",
        "page": "acne",
        "other_names": ["acne vulgaris"],
        "search_terms": ["spots", "pimples", "zits", "breakouts", "blackheads"],
    },
    {
        "term": "eczema",
        "page": "eczema",
        "other_names": ["atopic dermatitis", "atopic eczema"],
        "search_terms": ["itchy skin", "dry itchy skin", "neurodermatitis"],
    },
    {
        "term": "psoriasis",
        "page": "psoriasis",
        "other_names": [],
        "search_terms": [
            "plaque psoriasis",
            "scaly skin",
            "scaly patches",
            "flaky skin",
        ],
    },
    {
        "term": "rosacea",
        "page": "rosacea",
        "other_names": [],
        "search_terms": [
            "acne rosacea",
            "facial redness",
            "red face",
            "flushing",
            "blushing",
        ],
    },
    {
        "term": "gut barrier",
        "page": "gut-barrier",
        "other_names": ["leaky gut", "intestinal permeability"],
        "search_terms": ["intestinal barrier", "gut lining"],
    },
    {
        "term": "short-chain fatty acids",
        "page": "metabolites",
        "other_names": [],
        "search_terms": ["SCFA", "SCFAs", "butyrate"],
    },
    {
        "term": "inflammation",
        "page": "inflammation",
        "other_names": [],
        "search_terms": ["inflamed", "inflammatory", "swelling"],
    },
    {
        "term": "immune modulation",
        "page": "immune-modulation",
        "other_names": ["immune regulation"],
        "search_terms": ["immune system", "overactive immune system"],
    },
    {
        "term": "nutrient absorption",
        "page": "nutrient-absorption",
        "other_names": [],
        "search_terms": [
            "vitamins",
            "malabsorption",
            "absorbing nutrients",
            "coeliac disease",
            "celiac disease",
        ],
    },
    {
        "term": "skin barrier",
        "page": "skin-barrier",
        "other_names": ["epidermal barrier"],
        "search_terms": ["dry skin", "sensitive skin"],
    },
    {
        "term": "diet",
        "page": "diet",
        "other_names": [],
        "search_terms": ["food", "nutrition", "eating", "fibre", "fiber"],
    },
    {
        "term": "stress",
        "page": "stress",
        "other_names": [],
        "search_terms": ["anxiety", "worry", "gut-brain axis"],
    },
    {
        "term": "dysbiosis",
        "page": None,
        "other_names": ["microbiome imbalance"],
        "search_terms": ["gut imbalance", "imbalanced gut bacteria"],
    },
    {
        "term": "microbiome",
        "page": None,
        "other_names": ["gut flora"],
        "search_terms": ["gut bacteria", "gut microbiota", "microbiota"],
    },
]
