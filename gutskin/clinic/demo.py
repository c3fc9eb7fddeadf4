"""The demo clinic: its details, its logo and the words of its policy and contact pages.

Larkfield Skin Clinic is fictional, and says so: its address is on a street that
does not exist, its postcode area (ZZ) is not a real one, its phone number is in
the range Ofcom keeps for drama (01632 960000 to 960999) and its email and booking
link are on example.org. The site notice at the foot of every page says so too.

`load_clinic_demo(home, report)` is called by gutskin.demo.loader and works the
same way: each page is found by its parent and slug, the details by their site,
and nothing is written unless the demo's values differ from what is stored.
"""

from dataclasses import dataclass
from datetime import date, time
from html import escape
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Site

from .models import ClinicSettings, ContactPage, PolicyPage

LAST_UPDATED = date(2025, 10, 6)
LOGO_TITLE = "Larkfield Skin Clinic logo (demo)"
# static/img/clinic-logo.svg drawn at twice the size the header shows it.
LOGO_SIZE = 192


def _html(text, items=()):
    """Plain text as a rich text paragraph, with an optional bulleted list after it."""
    html = f"<p>{escape(text, quote=False)}</p>" if text else ""
    if items:
        rows = "".join(f"<li>{escape(item, quote=False)}</li>" for item in items)
        html += f"<ul>{rows}</ul>"
    return html


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def paragraph(text, items=()):
    return ("paragraph", _html(text, items))


def callout(kind, title, text, items=()):
    return ("callout", {"kind": kind, "title": title, "text": _html(text, items)})


def demo_notice(text):
    return callout("note", "A demonstration site", text)


EMERGENCY_GUIDANCE = (
    "If you or someone you care for has a rash with a high temperature or feels very "
    "unwell, has swelling of the lips, face or tongue, or has trouble breathing, "
    "call 999 or go to A&E now. For urgent advice that is not an emergency, call 111."
)

SITE_NOTICE = (
    "This is a demonstration site: the clinic, its staff and its contact details "
    "are fictional."
)

EDITORIAL_POLICY = {
    "slug": "editorial-policy",
    "title": "Editorial policy",
    "summary": (
        "How we write, check and correct the pages on this site, and how we choose "
        "and grade the research behind them."
    ),
    "body": [
        demo_notice(
            "Larkfield Skin Clinic is a fictional clinic. This page shows the kind of "
            "editorial policy a real clinic would publish, and it describes how this "
            "site's tools work."
        ),
        heading("Who writes our pages"),
        paragraph(
            "Our pages are written by clinic staff: nurses, doctors and our patient "
            "education team. Each page names its author. We write for patients and "
            "their families, in plain words. We aim for a reading level most adults "
            "find easy, about the level of a 13 or 14 year old."
        ),
        heading("How pages are medically reviewed"),
        paragraph(
            "No page goes live on the word of one person. When a writer finishes a "
            "new page or a change, they send it for medical review. A second person, "
            "one of our medical reviewers, reads it and checks it against its "
            "sources. The reviewer then approves it or sends it back with comments. "
            "Only an approval publishes the page. This applies to every change, "
            "however small.",
            [
                "Every page shows who medically reviewed it and on what date.",
                "We review each page again at least every 12 months, and sooner "
                "when new research or guidance comes out.",
                "If a page is overdue for its review, it says so at the top.",
                "If a change is ever published before a reviewer has checked it, "
                "for example an urgent safety fix, the page says that its latest "
                "changes are not yet reviewed.",
            ],
        ),
        heading("How we choose our sources"),
        paragraph(
            "We base what we say on research published in peer-reviewed journals "
            "and on guidelines from professional bodies. We prefer guidelines and "
            "reviews of many studies to single studies. Each page lists its "
            "references, and numbers in the text, such as [1], point to them. Where "
            "a paper has a DOI or a PubMed number (PMID), we give it, so you can "
            "find the paper yourself."
        ),
        paragraph(
            "Research on the gut and the skin is young. Much of it comes from small "
            "or early studies, and we say so when that is the case. We avoid words "
            "such as “cure” or “detox”, and we never promise results."
        ),
        heading("What the evidence levels mean"),
        paragraph(
            "Each reference has a label that says what kind of evidence it is. As a "
            "rough guide, from strongest to weakest:",
            [
                "Guideline: advice from an expert body that has weighed all the "
                "evidence on a question.",
                "Systematic review: a study that finds and combines all the good "
                "research on one question.",
                "Randomised trial: people are put into groups by chance, and one "
                "group gets the treatment being tested. This is the fairest way to "
                "test a treatment.",
                "Observational study: researchers watch what happens to groups of "
                "people without changing their care. It can show a link, but not "
                "that one thing causes another.",
                "Narrative review: an expert's summary of research on a topic, "
                "without a set method for finding every study.",
                "Laboratory or animal study: research on cells or animals. It can "
                "suggest ideas, but it does not show what happens in people.",
                "Expert opinion: the view of experienced clinicians where there is "
                "little research.",
            ],
        ),
        heading("Corrections and your feedback"),
        paragraph(
            "If we find a mistake, we correct it, and a reviewer checks the "
            "correction. If the mistake could have affected someone's care, we say "
            "on the page what we changed and when."
        ),
        paragraph(
            "Every page asks “Was this page helpful?”. Our reviewers read every "
            "answer and comment and use them to improve our pages. You can also "
            "write to us using the details on our contact page. We cannot answer "
            "questions about your own health this way."
        ),
        heading("Independence"),
        paragraph(
            "This site carries no advertising, and no company pays for or shapes "
            "what we write. Our funding and conflicts of interest page explains "
            "who pays for the site and how our staff declare their interests."
        ),
    ],
}

PRIVACY_NOTICE = {
    "slug": "privacy",
    "title": "Privacy notice",
    "summary": (
        "What this site stores when you use it, why, how long we keep it and who "
        "to contact about it."
    ),
    "body": [
        demo_notice(
            "Larkfield Skin Clinic is a fictional clinic. This notice describes how "
            "this site handles information. A real clinic would also name who is "
            "responsible for your data and how to reach its data protection officer."
        ),
        heading("Reading our pages"),
        paragraph(
            "You can read every page without telling us who you are. By default the "
            "site uses no advertising, no tracking cookies and no analytics "
            "services, and it does not follow you around other websites."
        ),
        heading("When you answer “Was this page helpful?”"),
        paragraph(
            "At the end of most pages you can tell us whether the page helped you. "
            "If you answer, we store:",
            [
                "your answer (yes or no)",
                "any comment you choose to write",
                "which page you were reading",
                "the date and time",
                "a scrambled code made from your internet (IP) address",
            ],
        ),
        paragraph(
            "The scrambled code is a “keyed hash”: a one-way code made with a secret "
            "key that only the site holds. We use it only to limit how often the "
            "same answer can be sent again and again in a short time. We do not "
            "store your IP address itself, and the code cannot be turned back into "
            "it."
        ),
        paragraph(
            "Please do not write your name, contact details or anything about your "
            "health in a comment. We cannot reply to comments, and we delete any "
            "that contain personal details."
        ),
        heading("How long we keep it"),
        paragraph(
            "We keep feedback for 12 months and then delete it. Our medical "
            "reviewers may delete it sooner once they have acted on it. Only clinic "
            "staff who review pages can see it, and it is never shown on the site."
        ),
        heading("Cookies"),
        paragraph(
            "Cookies are small files a website stores in your browser. This site "
            "sets only the two it needs to work:",
            [
                "csrftoken: a security cookie set when a page has a form, such as "
                "the feedback question. It stops other websites from sending forms "
                "in your name. It holds a random value, not information about you.",
                "sessionid: set only if clinic staff sign in to edit the site. It "
                "keeps them signed in and is removed when they sign out.",
            ],
        ),
        paragraph(
            "Because these cookies are needed for the site to work safely, we do "
            "not ask for your consent to them. You can block cookies in your "
            "browser, but then the feedback form will not work."
        ),
        heading("Your rights and who to contact"),
        paragraph(
            "You can ask what information we hold about you, and ask us to correct "
            "or delete it. Feedback is stored without your name or IP address, so "
            "we usually cannot tell which answers are yours. To ask about privacy, "
            "write to us using the email address on our contact page. If you are "
            "unhappy with our reply, you can complain to the Information "
            "Commissioner's Office (ICO), the UK's data protection regulator."
        ),
    ],
}

ACCESSIBILITY_STATEMENT = {
    "slug": "accessibility",
    "title": "Accessibility statement",
    "summary": (
        "How we make this site usable by as many people as possible, how we test "
        "it, what is not yet right and how to tell us about a problem."
    ),
    "body": [
        demo_notice(
            "Larkfield Skin Clinic is a fictional clinic. This statement describes "
            "the website as it is built and tested."
        ),
        heading("Our aim"),
        paragraph(
            "We want everyone to be able to use this site, including people who use "
            "a screen reader, a keyboard instead of a mouse, speech recognition or "
            "screen magnification. We aim to meet the Web Content Accessibility "
            "Guidelines (WCAG) version 2.2 at level AA. You should be able to:",
            [
                "zoom in up to 400% without text spilling off the screen",
                "use the whole site with a keyboard, with a clear outline showing "
                "where you are",
                "skip straight to the main content from the top of each page",
                "listen to every page with a screen reader",
                "use the site on a small screen without scrolling sideways",
                "search the site with JavaScript turned off",
            ],
        ),
        heading("How we test the site"),
        paragraph(
            "Each time the site's code changes, automatic tests check it:",
            [
                "Every kind of page, from the home page to search results and "
                "these policy pages, is checked with axe, a widely used "
                "accessibility testing tool.",
                "The same pages are checked with the W3C's Nu Html Checker, "
                "because correct HTML helps assistive technology read a page.",
                "A keyboard test checks that the skip link works and that the "
                "outline showing where you are is always visible.",
                "Tests check that pages fit small screens and that the search "
                "suggestions work with a keyboard.",
            ],
        ),
        paragraph(
            "We also check new pages by hand with a keyboard. Automatic tools find "
            "only some problems, and the site has not yet had a full audit by "
            "disabled users or an independent specialist."
        ),
        heading("What is not yet right"),
        paragraph(
            "We know about these problems and are working on them:",
            [
                "Research papers we link to are on other websites. Many are PDF "
                "files that may be hard to use with a screen reader.",
                "The gut–skin map is a large table. It can be slow to explore with "
                "a screen reader; each condition page lists the same links more "
                "simply.",
                "Some medical words cannot be avoided. We explain them where they "
                "first appear.",
            ],
        ),
        heading("Tell us about a problem"),
        paragraph(
            "If you find something hard to use, or you need information in another "
            "format, such as large print, please contact us using the details on "
            "our contact page. Tell us the address of the page and what went wrong. "
            "We aim to reply within 5 working days."
        ),
        paragraph(
            "If you are not happy with our reply, you can contact the Equality "
            "Advisory and Support Service (EASS)."
        ),
    ],
}

FUNDING = {
    "slug": "funding",
    "title": "Funding and conflicts of interest",
    "summary": (
        "Who pays for this site, why it carries no advertising or sponsorship, and "
        "how our writers and reviewers declare their interests."
    ),
    "body": [
        demo_notice(
            "Larkfield Skin Clinic is a fictional clinic. This page shows the policy "
            "a real clinic would follow and publish."
        ),
        heading("Who pays for the site"),
        paragraph(
            "The clinic pays for this site from its own budget. That covers the "
            "staff time to write and review pages and the cost of running the "
            "website. We do not take grants, sponsorship or donations for it."
        ),
        heading("No advertising or sponsorship"),
        paragraph(
            "The site has no adverts, no sponsored content and no paid links. We do "
            "not sell products on the site, and no page exists to sell a treatment."
        ),
        heading("No money from makers of supplements"),
        paragraph(
            "We write about probiotics, prebiotics and supplements because patients "
            "ask us about them. We do not accept payments, free products, gifts or "
            "hospitality from companies that make or sell probiotics, supplements, "
            "skin care products or medicines. When we mention a type of product, we "
            "describe the evidence for it, not a brand."
        ),
        heading("How interests are declared"),
        paragraph(
            "Everyone who writes or reviews our pages tells us, at least once a "
            "year, about any interest that others might think could affect their "
            "judgement. For example:",
            [
                "paid work, talks or advice for a company whose products we might "
                "write about",
                "shares in such a company",
                "research funding from such a company",
                "a close family member with any of these",
            ],
        ),
        paragraph(
            "A reviewer does not review a page on a subject where they have a "
            "relevant interest: another reviewer does it instead. If an author has "
            "an interest that relates to a page, we say so on that page. At the "
            "time of writing, none of our authors or reviewers has declared a "
            "relevant interest."
        ),
        heading("Our own services"),
        paragraph(
            "The clinic offers appointments, and the site links to our booking "
            "page. We keep that apart from the information we give. Our pages "
            "explain conditions and the evidence whether or not the clinic treats "
            "them, and they tell you when your GP, a pharmacist or another service "
            "is the better place to go."
        ),
    ],
}

MEDICAL_DISCLAIMER = {
    "slug": "medical-disclaimer",
    "title": "Medical disclaimer",
    "summary": (
        "The information on this site is general. It is not a diagnosis and does "
        "not replace advice from a clinician who knows you."
    ),
    "body": [
        demo_notice(
            "This is a demonstration site. The clinic, its staff and its contact "
            "details are fictional. Please do not rely on this site for decisions "
            "about your own health."
        ),
        heading("General information only"),
        paragraph(
            "Our pages explain what research says about the gut, the skin and some "
            "common skin conditions. They are written for people in general, not "
            "for you in particular. They cannot take account of your medical "
            "history, your medicines or your test results. Reading a page here is "
            "not a consultation with the clinic."
        ),
        heading("Not a diagnosis"),
        paragraph(
            "Many skin conditions look alike. Please do not use this site to "
            "diagnose yourself or someone else. If you notice a change in your "
            "skin, or a problem that is not getting better, see a clinician such as "
            "your GP, a pharmacist or a dermatologist."
        ),
        heading("Before you change your treatment"),
        paragraph(
            "Do not stop, start or change a treatment you have been prescribed "
            "because of something you read here. Talk to the clinician who "
            "prescribed it first. This includes starting probiotics or supplements "
            "and cutting out foods, which are not safe for everyone: for example "
            "during pregnancy, for young children or for people whose immune "
            "system is weakened."
        ),
        callout(
            "see-doctor",
            "Get help now",
            "Call 999 or go to A&E if you or someone you care for has:",
            [
                "a rash with a high temperature, or feels very unwell",
                "swelling of the lips, face, tongue or throat",
                "trouble breathing",
                "skin that blisters or peels over a large area",
            ],
        ),
        paragraph(
            "For urgent advice that is not an emergency, call 111. Outside the UK, "
            "use your local emergency number."
        ),
        heading("Research changes"),
        paragraph(
            "Research on the gut–skin axis is growing fast, and much of it is early "
            "work. We review every page at least once a year, but something may "
            "have changed since a page was last reviewed. Each page shows when a "
            "medical reviewer last checked it."
        ),
        heading("Links to other websites"),
        paragraph(
            "We link to research papers and to other organisations so that you can "
            "check what we say. We are not responsible for what other websites say, "
            "and a link does not mean that we recommend a product or service."
        ),
    ],
}

# In the order the footer lists them, with the Clinic details field for each.
POLICY_PAGES = [
    ("editorial_policy_page", EDITORIAL_POLICY),
    ("privacy_page", PRIVACY_NOTICE),
    ("accessibility_page", ACCESSIBILITY_STATEMENT),
    ("funding_page", FUNDING),
    ("disclaimer_page", MEDICAL_DISCLAIMER),
]

CONTACT = {
    "slug": "contact",
    "title": "Contact us",
    "summary": (
        "How to reach Larkfield Skin Clinic, book an appointment and get urgent "
        "help. The clinic is fictional: this is a demonstration site."
    ),
    "intro": "".join(
        (
            _html(
                "Larkfield Skin Clinic is a fictional clinic, made up to show how "
                "this website works. The address, phone number, email and booking "
                "link below are examples. They do not reach anyone."
            ),
            _html(
                "At a real clinic, this is where you would find the right way to "
                "reach us:",
                [
                    "To book, change or cancel an appointment, use the booking link "
                    "or call us during opening hours.",
                    "For questions about a letter, a referral or a bill, call or "
                    "email us.",
                    "To tell us about a mistake on a page, or something on the site "
                    "you could not use, email us with the address of the page.",
                    "To make a complaint, email us and ask for the practice manager.",
                ],
            ),
            _html(
                "Our team reads emails on weekdays, and we aim to reply within 2 "
                "working days. Please do not send photos of your skin or details "
                "of your health by email."
            ),
        )
    ),
    "advice_note": (
        "We cannot give personal medical advice by email or through this website. "
        "If you have a question about your own skin or health, please book an "
        "appointment, or speak to your GP or a pharmacist."
    ),
}

CLINIC = {
    "clinic_name": "Larkfield Skin Clinic (demo)",
    "tagline": "Dermatology and skin health",
    "logo_alt_text": "Larkfield Skin Clinic logo",
    "address_line_1": "12 Example Street",
    "address_line_2": "",
    "locality": "Sampletown",
    "postcode": "ZZ1 1ZZ",
    "country": "United Kingdom",
    "phone": "01632 960 123",
    "email": "appointments@example.org",
    "booking_url": "https://example.org/larkfield-skin-clinic/book",
    "emergency_guidance": EMERGENCY_GUIDANCE,
    "site_notice": SITE_NOTICE,
}

OPENING_HOURS = [
    {"first_day": "Mo", "last_day": "Fr", "opens": time(9), "closes": time(17, 30)},
    {"first_day": "Sa", "last_day": "", "opens": time(9), "closes": time(12, 30)},
    {"first_day": "Su", "last_day": "", "opens": None, "closes": None},
]


def load_clinic_demo(home, report):
    """Create or update the clinic's pages, logo and details under the home page.

    Records what it did in report (a gutskin.demo.loader.LoadReport); a second
    run with nothing changed creates, updates and publishes nothing.
    """
    # Imported here: the loader imports this module, and either may load first.
    from gutskin.demo import loader

    pages = {
        field: loader._sync_page(
            home, PolicyPage, spec, report, _policy_values(loader, spec)
        )
        for field, spec in POLICY_PAGES
    }
    pages["contact_page"] = loader._sync_page(
        home, ContactPage, CONTACT, report, _contact_values(loader, CONTACT)
    )
    logo = _sync_logo(loader, report)
    _sync_clinic_details(loader, logo, pages, report)


def _policy_values(loader, spec):
    return [
        loader.Value("title", spec["title"]),
        loader.Value("summary", spec["summary"]),
        loader.Value("last_updated", LAST_UPDATED),
        loader.Body(spec["body"]),
    ]


def _contact_values(loader, spec):
    return [
        loader.Value(name, spec[name])
        for name in ("title", "summary", "intro", "advice_note")
    ]


def _sync_logo(loader, report):
    """The demo logo as a Wagtail image, found by its title; made once."""
    Image = get_image_model()
    logo = Image.objects.filter(title=LOGO_TITLE).order_by("pk").first()
    if logo is not None:
        report.record("images", loader.UNCHANGED)
        return logo
    logo = Image.objects.create(
        title=LOGO_TITLE,
        file=ImageFile(_draw_logo(), name="larkfield-clinic-logo.png"),
    )
    report.record("images", loader.CREATED)
    return logo


def _draw_logo():
    """static/img/clinic-logo.svg as a PNG, since Wagtail images do not take SVG."""
    scale = LOGO_SIZE / 96
    image = PillowImage.new("RGBA", (LOGO_SIZE, LOGO_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def box(left, top, right, bottom):
        return [round(value * scale) for value in (left, top, right, bottom)]

    draw.rounded_rectangle(box(0, 0, 96, 96), radius=round(20 * scale), fill="#ffffff")
    draw.ellipse(box(18, 18, 78, 78), outline="#0b4f5c", width=round(9 * scale))
    draw.ellipse(box(38, 38, 58, 58), fill="#a84a00")
    data = BytesIO()
    image.save(data, format="PNG")
    data.seek(0)
    return data


@dataclass(frozen=True)
class OpeningHours:
    """The opening hours rows, compared by what they say rather than how stored.

    Stored rows hold times as text and carry block ids; read back, they are the
    same days and times as the demo's.
    """

    rows: list

    def differs(self, clinic):
        stored = [(row.block_type, dict(row.value)) for row in clinic.opening_hours]
        return stored != [("hours", row) for row in self.rows]

    def apply(self, clinic):
        clinic.opening_hours = [("hours", row) for row in self.rows]


def _sync_clinic_details(loader, logo, pages, report):
    """The default site's Clinic details, written only where they differ."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise loader.DemoContentError("There is no default site to set details on.")
    values = [
        *(loader.Value(name, value) for name, value in CLINIC.items()),
        loader.Value("logo_id", logo.pk),
        *(loader.Value(f"{field}_id", page.pk) for field, page in pages.items()),
        OpeningHours(OPENING_HOURS),
    ]
    clinic = ClinicSettings.objects.filter(site=site).first()
    if clinic is None:
        clinic, outcome = ClinicSettings(site=site), loader.CREATED
    elif any(value.differs(clinic) for value in values):
        outcome = loader.UPDATED
    else:
        report.record("clinic details", loader.UNCHANGED)
        return clinic
    for value in values:
        value.apply(clinic)
    clinic.full_clean()
    clinic.save()
    report.record("clinic details", outcome)
    return clinic
