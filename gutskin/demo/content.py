"""The demo site's words: the pages, authors and tags a fresh install is filled with.

Plain data, kept apart from the code that loads it (loader.py) so that editing a
sentence never means reading database code. Bodies are lists of (block type, value)
pairs shaped like the blocks in gutskin/core/blocks.py; the helpers below build them
from plain text, so the prose stays readable and its HTML is always well formed.

Authors are roles, never real people. Tags come from one small vocabulary shared by
conditions, mechanisms and articles, so each topic page gathers all three.
"""

from datetime import date
from html import escape


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


def see_doctor(text, items=()):
    return (
        "callout",
        {
            "kind": "see-doctor",
            "title": "When to see a doctor",
            "text": _html(text, items),
        },
    )


HOME = {
    "slug": "home",
    "title": "Gut & Skin",
    "heading": "How your gut and your skin are connected",
    "summary": (
        "Your gut and your skin are closely linked, a connection called the gut–skin "
        "axis. Our clinic's guide explains how gut health may affect acne, eczema, "
        "psoriasis and rosacea, and which everyday habits can support both."
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

EDITORIAL_TEAM = "Clinic editorial team"
NURSE_PRACTITIONER = "Family nurse practitioner"
DERMATOLOGIST = "Consultant dermatologist"

AUTHORS = [
    {"name": EDITORIAL_TEAM, "role": "Patient education", "credentials": ""},
    {"name": NURSE_PRACTITIONER, "role": "Nursing team", "credentials": "FNP"},
    {"name": DERMATOLOGIST, "role": "Dermatology", "credentials": "MD"},
]

MECHANISMS = [
    {
        "slug": "inflammation",
        "title": "Regulation of inflammation",
        "kind": "pathway",
        "summary": (
            "Inflammation is the body's alarm system. A balanced gut microbiome helps "
            "keep that alarm in proportion, which may lower the risk of the "
            "long-lasting, body-wide inflammation behind many skin conditions."
        ),
        "tags": ["inflammation", "immune system", "gut microbiome"],
        "body": [
            heading("What inflammation is"),
            paragraph(
                "Inflammation is how your immune system responds to injury or "
                "infection. It sends extra blood and immune cells to the area, which "
                "is why inflamed skin can look red, feel warm or swell. Short bursts "
                "of inflammation help you heal. Problems start when the response "
                "stays switched on for weeks or months."
            ),
            heading("Where the gut comes in"),
            paragraph(
                "Your gut is home to trillions of microbes, often called the gut "
                "microbiome or gut flora. When the mix of microbes is balanced, it "
                "helps train and calm the immune system. When the balance is upset, "
                "a state called dysbiosis, the immune system may stay on alert and "
                "low-level inflammation can spread through the body, including to "
                "the skin."
            ),
            key_points(
                "Inflammation is a normal defence, but inflammation that lasts can "
                "harm the skin.",
                "A balanced gut microbiome helps keep the immune response in check.",
                "Acne, eczema, psoriasis and rosacea are all driven by inflammation.",
                "Microbiome imbalance (dysbiosis) has been linked to more "
                "inflammation across the body.",
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
        "summary": (
            "The gut lining lets nutrients in and keeps harmful material out. When it "
            "becomes more porous, sometimes called leaky gut or increased intestinal "
            "permeability, the inflammation that follows may show up as skin "
            "flare-ups."
        ),
        "tags": ["leaky gut", "inflammation", "flare-ups", "gut microbiome"],
        "body": [
            heading("A careful gatekeeper"),
            paragraph(
                "The inside of your gut is lined with a thin layer of cells held "
                "tightly together. This lining lets water and nutrients pass into "
                "the blood. At the same time it keeps out toxins, microbes and food "
                "that has only been partly digested."
            ),
            heading('What "leaky gut" means'),
            paragraph(
                "The medical term is increased intestinal permeability. If the "
                "lining is damaged, or the links between its cells loosen, unwanted "
                "material can slip through into the bloodstream. The immune system "
                "reacts to it, and the result can be inflammation throughout the "
                "body. For some people that inflammation appears on the skin as a "
                "flare-up. Leaky gut is a popular name rather than a diagnosis in "
                "itself, and research into how much it matters is still going on."
            ),
            key_points(
                "The gut lining controls what passes from the gut into the "
                "bloodstream.",
                "A weakened lining is often called leaky gut; the medical term is "
                "increased intestinal permeability.",
                "Material that slips through can set off inflammation across the body.",
                "This inflammation has been linked to flare-ups of eczema, psoriasis "
                "and rosacea.",
            ),
            tip(
                "Be wary of quick fixes",
                "Tests and products sold online to diagnose or treat leaky gut are "
                "often unproven. Ask your clinic before spending money on them.",
            ),
        ],
    },
    {
        "slug": "metabolites",
        "title": "Microbial metabolites",
        "kind": "pathway",
        "summary": (
            "Gut bacteria make useful substances of their own, including short-chain "
            "fatty acids such as butyrate and some vitamins. These may calm "
            "inflammation and help the skin repair itself."
        ),
        "tags": ["short-chain fatty acids", "vitamins", "fibre", "gut microbiome"],
        "body": [
            heading("What gut bacteria make"),
            paragraph(
                "Metabolites are the substances microbes make as they feed. When "
                "bacteria in your large intestine break down fibre, they produce "
                "short-chain fatty acids (SCFAs), such as butyrate. SCFAs feed the "
                "cells of the gut lining and appear to calm inflammation and help "
                "steady the immune system."
            ),
            heading("Vitamins from your microbes"),
            paragraph(
                "Some gut bacteria also make vitamins, including B vitamins such as "
                "biotin, and vitamin K. Your skin needs a steady supply of nutrients "
                "like these to stay healthy and to repair itself."
            ),
            key_points(
                "Short-chain fatty acids (SCFAs), such as butyrate, are made when gut "
                "bacteria break down fibre.",
                "SCFAs may help calm inflammation and balance the immune system.",
                "Some gut bacteria make B vitamins, such as biotin, and vitamin K.",
                "Eating many kinds of fibre-rich food gives these bacteria what they "
                "need.",
            ),
            tip(
                "Feed your bacteria",
                "Fibre from vegetables, fruit, beans, lentils, oats and whole grains "
                "is the main fuel gut bacteria use to make short-chain fatty acids.",
            ),
        ],
    },
    {
        "slug": "immune-modulation",
        "title": "Immune system modulation",
        "kind": "pathway",
        "summary": (
            "A balanced microbiome helps teach the immune system to ignore harmless "
            "things. When that balance is lost, the immune system may over-react, "
            "which has been linked to eczema and psoriasis."
        ),
        "tags": ["immune system", "gut microbiome", "inflammation"],
        "body": [
            heading("Training the immune system"),
            paragraph(
                "Much of your immune system sits in and around the gut. The microbes "
                "that live there help it learn the difference between real threats, "
                "such as harmful germs, and harmless things, such as food, pollen or "
                "your own skin cells."
            ),
            heading("When the immune system over-reacts"),
            paragraph(
                "If the gut microbiome is out of balance (dysbiosis), this training "
                "may not work as well, and the immune system can start reacting to "
                "things that pose no danger. This kind of immune dysfunction has been "
                "linked to eczema and psoriasis, where the immune system keeps "
                "inflammation going in the skin."
            ),
            key_points(
                "Gut microbes help the immune system tell harmful from harmless.",
                "Dysbiosis, or microbiome imbalance, may leave the immune system more "
                "likely to over-react.",
                "Over-active immune responses play a part in eczema and psoriasis.",
            ),
        ],
    },
    {
        "slug": "nutrient-absorption",
        "title": "Nutrient absorption",
        "kind": "pathway",
        "summary": (
            "Healthy skin depends on nutrients from food. A healthy gut microbiome "
            "helps the body break down food and absorb those nutrients, so that what "
            "you eat can reach your skin."
        ),
        "tags": ["vitamins", "diet", "gut microbiome"],
        "body": [
            heading("From plate to skin"),
            paragraph(
                "Your body makes new skin cells all the time, and building them takes "
                "protein, healthy fats, vitamins and minerals. All of these come from "
                "food, and all of them have to pass through the gut first."
            ),
            paragraph(
                "Gut microbes help break down parts of food that your body cannot "
                "digest on its own, and they help keep the gut lining in good shape "
                "to take nutrients in. When the microbiome is balanced, your body may "
                "get more out of the food you eat."
            ),
            key_points(
                "Your skin relies on nutrients from food to grow and repair.",
                "A healthy microbiome helps the body digest food and absorb nutrients.",
                "Gut problems that affect absorption may also show in the skin.",
            ),
            see_doctor(
                "See a doctor if you have diarrhoea that keeps coming back, weight "
                "loss you cannot explain, or tiredness that does not go away. These "
                "can be signs that your body is not absorbing food properly."
            ),
        ],
    },
    {
        "slug": "skin-barrier",
        "title": "Skin barrier function",
        "kind": "pathway",
        "summary": (
            "The outer layer of skin shields you from pollution, UV light and germs "
            "and holds water in. When this barrier is weakened, skin can become dry, "
            "red and sore. Gut health may help support it."
        ),
        "tags": ["skin barrier", "redness", "flare-ups"],
        "body": [
            heading("Your skin's protective wall"),
            paragraph(
                "The top layer of your skin works like a brick wall. Skin cells are "
                "the bricks and natural fats are the mortar. Together they keep water "
                "in and keep irritants, pollution, UV light and germs out."
            ),
            heading("When the barrier is weakened"),
            paragraph(
                "A damaged barrier lets water escape and irritants get in. Skin may "
                "feel dry, tight or itchy and look red. Eczema is closely tied to a "
                "weak skin barrier. Research suggests the gut may support the barrier "
                "from the inside, through the nutrients it absorbs and by helping to "
                "keep inflammation down."
            ),
            key_points(
                "The skin barrier keeps moisture in and irritants out.",
                "A weakened barrier can cause dryness, redness and itching.",
                "Gut health may help support the skin barrier, alongside good skin "
                "care.",
            ),
            tip(
                "Look after the barrier from the outside too",
                "Use a fragrance-free moisturiser every day, wash with lukewarm "
                "rather than hot water, and wear sunscreen when you are outdoors.",
            ),
        ],
    },
    {
        "slug": "diet",
        "title": "The role of diet",
        "kind": "factor",
        "summary": (
            "What you eat feeds your gut microbes. Fibre, whole grains and fermented "
            "foods tend to support a healthy microbiome, while highly processed food, "
            "added sugar and too much alcohol can upset it."
        ),
        "tags": ["diet", "fibre", "probiotics", "fermented foods", "gut microbiome"],
        "body": [
            heading("Foods that support the microbiome"),
            paragraph(
                "Gut bacteria thrive on variety. Fibre-rich plant foods, such as "
                "vegetables, fruit, beans, lentils, nuts, seeds and whole grains, act "
                "as prebiotics: food for your helpful bacteria. Fermented foods such "
                "as live yogurt, kefir and sauerkraut contain live microbes, known as "
                "probiotics, that may add to the mix."
            ),
            heading("Foods that can upset it"),
            paragraph(
                "Diets high in processed food, added sugar and unhealthy fats, along "
                "with sugary drinks and too much alcohol, have been linked to a less "
                "varied microbiome. Cutting back on these may help your gut, and in "
                "turn your skin."
            ),
            key_points(
                "Aim for a wide range of plant foods each week.",
                "Fibre and prebiotics feed helpful gut bacteria.",
                "Fermented foods such as yogurt and sauerkraut provide probiotics.",
                "Limit processed food, sugary drinks and alcohol.",
            ),
            tip(
                "Change slowly",
                "Add fibre a little at a time and drink plenty of water. A sudden "
                "jump can cause wind and bloating while your gut gets used to it.",
            ),
        ],
    },
    {
        "slug": "stress",
        "title": "Stress and the gut–skin axis",
        "kind": "factor",
        "summary": (
            "Stress affects the gut as well as the mind. It can upset the balance of "
            "gut microbes and has been linked to skin flare-ups. Managing stress may "
            "help both your gut and your skin."
        ),
        "tags": ["stress", "flare-ups", "sleep", "gut microbiome"],
        "body": [
            heading("How stress reaches the gut and the skin"),
            paragraph(
                "Your brain and your gut are in constant contact through nerves and "
                "hormones. Under stress, the body releases hormones such as cortisol "
                "that change how the gut works. Over time, stress may upset the "
                "balance of gut microbes, known as dysbiosis, and that imbalance can "
                "feed inflammation that shows on the skin. Many people notice that "
                "acne, eczema, psoriasis or rosacea flares during stressful times."
            ),
            key_points(
                "Stress can disturb the balance of microbes in the gut.",
                "Microbiome imbalance may trigger or worsen skin flare-ups.",
                "Sleep, activity, diet and relaxation all help to manage stress.",
            ),
            tip(
                "Small steps count",
                "Regular sleep, a daily walk, time outdoors and a few minutes of slow "
                "breathing are simple ways to lower stress. Some people also ask "
                "about supplements; check with your clinic before starting one.",
            ),
            see_doctor(
                "If stress, worry or low mood is getting in the way of daily life, "
                "talk to your GP. Help is available, and it is fine to ask for it."
            ),
        ],
    },
]

CONDITIONS = [
    {
        "slug": "acne",
        "title": "Acne",
        "summary": (
            "Acne causes spots, blackheads and sometimes painful lumps, most often on "
            "the face, chest and back. Gut imbalance has been linked to acne, "
            "especially when it adds to inflammation or upsets hormones."
        ),
        "mechanisms": [
            (
                "inflammation",
                "Red, swollen spots are a sign of inflammation in the skin. A "
                "balanced gut microbiome may help keep that inflammation lower.",
            ),
            (
                "diet",
                "Diets high in sugar and processed food can upset gut bacteria and "
                "have been linked to acne. More fibre and fewer sugary foods may "
                "help.",
            ),
            (
                "stress",
                "Stress can disturb both the gut microbiome and the body's hormones, "
                "and many people find their acne flares at stressful times.",
            ),
            (
                "metabolites",
                "Short-chain fatty acids made by healthy gut bacteria may help calm "
                "inflammation, which could mean fewer inflamed spots.",
            ),
        ],
        "tags": ["inflammation", "hormones", "diet", "stress", "flare-ups"],
        "body": [
            heading("What acne is"),
            paragraph(
                "Acne starts in the hair follicles, the tiny openings in your skin. "
                "When oil and dead skin cells block a follicle, it can become a "
                "blackhead or a whitehead. If bacteria and inflammation join in, it "
                "can turn into a red spot or a deeper, painful lump."
            ),
            heading("The gut connection"),
            paragraph(
                "Gut dysbiosis, an imbalance in the gut microbiome, has been linked "
                "to acne. The link seems strongest when the imbalance raises "
                "inflammation in the body or disturbs the hormones that control oil "
                "in the skin. Diet and stress can both shift that balance."
            ),
            key_points(
                "Acne is an inflammatory condition of the hair follicles.",
                "Gut imbalance has been linked to acne through inflammation and "
                "hormones.",
                "A fibre-rich diet with fewer sugary and processed foods may help.",
                "Proven acne treatments from your clinic remain the first step.",
            ),
            see_doctor(
                "Book an appointment if your acne:",
                items=[
                    "is painful or forms deep lumps under the skin",
                    "is leaving scars or dark marks",
                    "has not improved after a few months of treatment from a pharmacy",
                    "is affecting your mood or confidence",
                ],
            ),
        ],
    },
    {
        "slug": "eczema",
        "title": "Eczema (atopic dermatitis)",
        "summary": (
            "Eczema makes skin dry, itchy and inflamed, and often comes and goes in "
            "flare-ups. Growing evidence links gut health to how eczema starts and "
            "how severe it becomes."
        ),
        "mechanisms": [
            (
                "immune-modulation",
                "In eczema the immune system over-reacts to harmless triggers. A "
                "balanced microbiome helps teach it to stay calm, and dysbiosis has "
                "been linked to eczema.",
            ),
            (
                "inflammation",
                "The itch and redness of eczema come from inflammation in the skin. "
                "A healthy microbiome may lower the inflammation that sets off "
                "flare-ups.",
            ),
            (
                "gut-barrier",
                "A leaky gut lining may let in material that stirs up the immune "
                "system, which could add to eczema flare-ups.",
            ),
            (
                "skin-barrier",
                "Skin with eczema has a weak barrier that loses water and lets "
                "irritants in. Gut health may help support that barrier from the "
                "inside.",
            ),
        ],
        "tags": [
            "skin barrier",
            "immune system",
            "inflammation",
            "leaky gut",
            "flare-ups",
        ],
        "body": [
            heading("What eczema is"),
            paragraph(
                "Eczema, also called atopic dermatitis, is a long-term condition "
                "that makes the skin dry, itchy and inflamed. It often starts in "
                "childhood but can appear at any age. It tends to come and go, with "
                "flare-ups followed by calmer spells."
            ),
            heading("The gut connection"),
            paragraph(
                "There is growing evidence that gut health plays a part in when "
                "eczema begins and how severe it gets. A healthy, varied microbiome "
                "may help keep down the inflammation that triggers flare-ups, and it "
                "helps the immune system respond in proportion."
            ),
            key_points(
                "Eczema is also known as atopic dermatitis, atopic eczema and "
                "neurodermatitis.",
                "It involves a weak skin barrier and an over-active immune response.",
                "Gut health has been linked to how eczema starts and how severe it is.",
                "Moisturising every day remains central to eczema care.",
            ),
            see_doctor(
                "See a doctor if:",
                items=[
                    "eczema keeps you or your child awake at night",
                    "it does not improve with moisturisers and prescribed creams",
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
        "summary": (
            "Psoriasis causes raised, scaly patches of skin that can itch or feel "
            "sore. It is an inflammatory condition associated with gut health, and a "
            "better-balanced microbiome may help reduce how severe it is."
        ),
        "mechanisms": [
            (
                "inflammation",
                "Psoriasis is driven by inflammation that makes skin cells grow too "
                "fast. Lowering inflammation across the body, including from the gut, "
                "may help.",
            ),
            (
                "immune-modulation",
                "In psoriasis the immune system targets the body's own skin. "
                "Dysbiosis has been linked to this kind of immune dysfunction.",
            ),
            (
                "gut-barrier",
                "A more permeable gut lining may let through substances that stir up "
                "the immune system and feed the inflammation behind psoriasis.",
            ),
        ],
        "tags": ["inflammation", "immune system", "leaky gut", "flare-ups"],
        "body": [
            heading("What psoriasis is"),
            paragraph(
                "Psoriasis is a long-term condition in which skin cells build up too "
                "quickly. They form raised, scaly patches called plaques, often on "
                "the elbows, knees, scalp and lower back. It is caused by an "
                "over-active immune system, and you cannot catch it from someone "
                "else."
            ),
            heading("The gut connection"),
            paragraph(
                "Psoriasis is closely tied to inflammation, and studies have found "
                "differences in the gut microbiome of people who have it. Improving "
                "the balance of gut microbes may help reduce how severe psoriasis "
                "is, alongside the treatment your clinic recommends."
            ),
            key_points(
                "Psoriasis is an inflammatory condition driven by the immune system.",
                "It has been associated with gut health and microbiome imbalance.",
                "Supporting a balanced microbiome may help reduce severity.",
                "Psoriasis is not contagious.",
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
        "summary": (
            "Rosacea causes lasting redness and small visible blood vessels on the "
            "face, sometimes with spots. It has been linked to gut imbalance, and "
            "improving gut health sometimes eases symptoms."
        ),
        "mechanisms": [
            (
                "inflammation",
                "The flushing, redness and spots of rosacea are signs of "
                "inflammation. Calming inflammation throughout the body may help the "
                "skin settle.",
            ),
            (
                "gut-barrier",
                "Gut imbalance and a leakier gut lining have been linked to rosacea, "
                "possibly by adding to inflammation in the skin.",
            ),
            (
                "diet",
                "Alcohol, spicy food and hot drinks can trigger flushing for some "
                "people, and a gut-friendly diet may help the skin over time.",
            ),
        ],
        "tags": ["inflammation", "redness", "diet", "flare-ups"],
        "body": [
            heading("What rosacea is"),
            paragraph(
                "Rosacea is a long-term condition that mainly affects the cheeks, "
                "nose, chin and forehead. It causes redness that does not fade, small "
                "blood vessels that you can see, and sometimes spots. Symptoms often "
                "come and go."
            ),
            heading("The gut connection"),
            paragraph(
                "Rosacea has been linked to gut dysbiosis. For some people, improving "
                "gut health, for example through diet, seems to ease symptoms. It "
                "does not replace treatment from your clinic, but it may help "
                "alongside it."
            ),
            key_points(
                "Rosacea causes lasting facial redness and visible blood vessels.",
                "It has been linked to an imbalanced gut microbiome.",
                "Improving gut health sometimes eases symptoms.",
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

ARTICLES = [
    {
        "slug": "how-your-gut-microbiome-influences-your-skin",
        "title": "How your gut microbiome influences your skin",
        "author": EDITORIAL_TEAM,
        "first_published": date(2023, 3, 9),
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
            "how it can affect your skin, and what that may mean for acne, eczema, "
            "psoriasis and rosacea."
        ),
        "tags": ["gut microbiome", "inflammation", "skin barrier", "diet", "stress"],
        "body": [
            heading("Meet your gut microbiome"),
            paragraph(
                "Your intestine is more than 8 metres long, and it is home to a huge "
                "community of tiny living things: by one estimate, more than 39 "
                "trillion of them. This community, called the gut microbiome or gut "
                "flora, includes bacteria, yeasts and other microbes. Most of them "
                "are harmless or helpful."
            ),
            heading("What is the gut–skin axis?"),
            paragraph(
                "The gut–skin axis is the name for the two-way link between your gut "
                "and your skin. When the gut microbiome is in balance, it helps keep "
                "inflammation in check and supports the skin's own defences. When it "
                "is out of balance, called dysbiosis, or when the gut lining is "
                "weakened, substances that cause inflammation can travel around the "
                "body and may start or worsen skin conditions."
            ),
            heading("How the gut affects the skin"),
            paragraph(
                "Researchers have found several pathways. A balanced microbiome helps "
                "regulate inflammation and trains the immune system not to "
                "over-react. The gut lining keeps harmful material out of the blood. "
                "Gut bacteria make helpful substances, such as short-chain fatty "
                "acids and some vitamins, and they help you absorb nutrients from "
                "food. Each of these may affect how well your skin barrier works."
            ),
            heading("Which skin conditions are linked?"),
            paragraph(
                "Acne, eczema, psoriasis and rosacea are all inflammatory skin "
                "conditions, and each has been linked to gut health. The links are "
                "not the same for every condition and research is still growing, but "
                "the shared thread is inflammation."
            ),
            heading("What you can do"),
            paragraph(
                "Two everyday factors have a big effect on the gut: diet and stress. "
                "A varied, fibre-rich diet feeds helpful bacteria, while highly "
                "processed food and too much alcohol can upset them. Stress can also "
                "disturb the microbiome, so managing it may help both your gut and "
                "your skin."
            ),
            key_points(
                "The gut and the skin are linked through the gut–skin axis.",
                "A balanced microbiome helps keep inflammation under control.",
                "Acne, eczema, psoriasis and rosacea have all been linked to gut "
                "health.",
                "Diet and stress are two factors you can influence.",
                "Looking after your gut supports treatment from your clinic; it does "
                "not replace it.",
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
        "author": NURSE_PRACTITIONER,
        "first_published": date(2023, 4, 23),
        "conditions": ["acne", "eczema", "rosacea"],
        "mechanisms": ["diet", "metabolites", "nutrient-absorption", "gut-barrier"],
        "summary": (
            "Everyday ways to eat for a healthier gut microbiome, from fibre and "
            "whole grains to fermented foods, and which foods and drinks to cut back "
            "on for the sake of your skin."
        ),
        "tags": [
            "diet",
            "fibre",
            "fermented foods",
            "probiotics",
            "short-chain fatty acids",
            "vitamins",
            "gut microbiome",
        ],
        "body": [
            paragraph(
                "You cannot see your gut microbes, but you feed them every day. The "
                "choices you make at meals shape which bacteria thrive, and a "
                "healthier gut may in turn support calmer skin. Here are some simple "
                "steps our nursing team suggests."
            ),
            heading("Eat a wide range of plants"),
            paragraph(
                "Different bacteria prefer different foods, so variety matters. Try "
                "to include many kinds of vegetables, fruit, beans, lentils, nuts and "
                "seeds across the week. Frozen and tinned vegetables and pulses "
                "count too, and they often cost less."
            ),
            heading("Choose whole grains"),
            paragraph(
                "Whole grains such as oats, brown rice, wholemeal bread and barley "
                "contain more fibre than white versions. When gut bacteria break "
                "down this fibre they make short-chain fatty acids, such as "
                "butyrate, which may help calm inflammation. Whole grains also "
                "bring B vitamins that your skin uses."
            ),
            heading("Add fermented foods"),
            paragraph(
                "Live yogurt, kefir, sauerkraut, kimchi and miso contain live "
                "microbes, also called probiotics. Adding small amounts to your meals "
                "is an easy way to bring more variety to your gut. Look for 'live' "
                "or 'active' cultures on the label."
            ),
            heading("Cut back on what upsets the balance"),
            paragraph(
                "Highly processed food, sugary drinks, food high in added sugar and "
                "unhealthy fats, and too much alcohol have all been linked to a less "
                "healthy microbiome. You do not have to give them up completely. "
                "Having them less often, and in smaller amounts, can still help."
            ),
            key_points(
                "Eat a wide variety of plant foods.",
                "Swap refined grains for whole grains.",
                "Include fermented foods such as yogurt and sauerkraut.",
                "Limit processed food, sugary drinks and alcohol.",
                "Make changes gradually and drink plenty of water.",
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
        "author": DERMATOLOGIST,
        "first_published": date(2024, 1, 18),
        "conditions": ["acne", "eczema", "psoriasis", "rosacea"],
        "mechanisms": ["stress", "gut-barrier", "immune-modulation", "inflammation"],
        "summary": (
            "Why skin often flares when life gets stressful, how stress can upset the "
            "gut microbiome along the way, and simple habits that may help your gut "
            "and your skin."
        ),
        "tags": ["stress", "flare-ups", "sleep", "gut microbiome", "inflammation"],
        "body": [
            paragraph(
                "Many people notice that their skin gets worse during exams, busy "
                "spells at work or hard times at home. This is not in your head. "
                "Stress has real effects on the body, and the gut is one of the "
                "places where it shows."
            ),
            heading("How stress affects the gut"),
            paragraph(
                "The brain and the gut are linked by nerves and hormones. Under "
                "stress, the body releases hormones that change how the gut moves "
                "and how well its lining holds together. Stress can also change "
                "which microbes thrive there, leading to an imbalance called "
                "dysbiosis."
            ),
            heading("From gut to skin"),
            paragraph(
                "An unbalanced microbiome and a leakier gut lining can both add to "
                "inflammation around the body, and the immune system may become more "
                "reactive. For people with acne, eczema, psoriasis or rosacea, this "
                "can be enough to set off a flare-up."
            ),
            heading("Ways to manage stress"),
            paragraph(
                "There is no single right way to manage stress. Regular sleep, "
                "movement you enjoy, time outside, talking to friends and relaxation "
                "methods such as slow breathing all help. A balanced diet supports "
                "the gut while you work on the rest. Some people ask about "
                "supplements; the evidence is still limited, so talk to us first."
            ),
            key_points(
                "Stress can upset the balance of gut microbes.",
                "Gut changes caused by stress may feed inflammation and skin "
                "flare-ups.",
                "Sleep, activity and relaxation support both gut and skin.",
                "Ask your clinic before trying supplements for stress.",
            ),
            see_doctor(
                "If stress, anxiety or low mood is hard to manage, or your skin is "
                "affecting your mental health, talk to your GP. Support is "
                "available, and caring for your skin and your mood together often "
                "works best."
            ),
        ],
    },
    {
        "slug": "eczema-and-the-gut-barrier",
        "title": "Eczema and the gut barrier",
        "author": DERMATOLOGIST,
        "first_published": date(2024, 9, 5),
        "conditions": ["eczema"],
        "mechanisms": ["gut-barrier", "skin-barrier", "immune-modulation"],
        "summary": (
            "Eczema involves two barriers: the skin and the lining of the gut. How a "
            "leaky gut may add to eczema flare-ups, what we know about probiotics, "
            "and what it means for everyday care."
        ),
        "tags": ["leaky gut", "skin barrier", "immune system", "probiotics"],
        "body": [
            paragraph(
                "When we think of eczema, we think of dry, itchy skin. Researchers "
                "are also looking at another barrier inside the body: the lining of "
                "the gut."
            ),
            heading("Two barriers, one problem"),
            paragraph(
                "The skin and the gut lining are both barriers. Each keeps useful "
                "things in and harmful things out. In eczema the skin barrier is "
                "weak, so it loses water and lets irritants in. There is growing "
                "interest in whether the gut barrier can be weakened in a similar "
                "way."
            ),
            heading("What a leaky gut may do"),
            paragraph(
                "Increased intestinal permeability, often called leaky gut, means "
                "the gut lining lets through more than it should. Bits of food and "
                "substances made by microbes that reach the blood can make the "
                "immune system react. In eczema, where the immune system already "
                "over-reacts, this may add to the inflammation behind flare-ups."
            ),
            heading("What about probiotics?"),
            paragraph(
                "Probiotics are live microbes found in some foods and supplements. "
                "Some studies suggest certain probiotics may help some people with "
                "eczema, but the results vary and no single product works for "
                "everyone. Please talk to us before giving supplements to a child."
            ),
            key_points(
                "Eczema involves a weak skin barrier and an over-active immune system.",
                "A leaky gut, or increased intestinal permeability, may add to "
                "inflammation.",
                "The evidence on probiotics for eczema is mixed.",
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
        "author": NURSE_PRACTITIONER,
        "first_published": date(2025, 3, 12),
        "conditions": ["acne"],
        "mechanisms": ["diet", "inflammation", "metabolites"],
        "summary": (
            "Does what you eat affect your acne? How sugary and processed foods may "
            "act through the gut and hormones, why fibre matters, and which changes "
            "are worth trying."
        ),
        "tags": ["diet", "hormones", "fibre", "short-chain fatty acids"],
        "body": [
            paragraph(
                "Diet and acne have a long and confusing history. Chocolate and chips "
                "were once blamed for spots, and later diet was said not to matter "
                "at all. Today the picture sits somewhere in between."
            ),
            heading("Where the gut fits in"),
            paragraph(
                "Gut dysbiosis has been linked to acne, especially when the imbalance "
                "raises inflammation or disturbs hormones. Foods high in sugar and "
                "refined starch push blood sugar up quickly, which may boost oil "
                "production in the skin. The same foods can also upset the balance "
                "of gut bacteria."
            ),
            heading("Fibre on your side"),
            paragraph(
                "Fibre feeds the gut bacteria that make short-chain fatty acids, "
                "which may help calm inflammation. It also slows down how fast sugar "
                "enters the blood. Whole grains, beans, vegetables and fruit are all "
                "good sources."
            ),
            key_points(
                "Gut imbalance has been linked to acne through inflammation and "
                "hormones.",
                "Sugary and highly processed foods may make acne worse for some "
                "people.",
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
    },
    {
        "slug": "rosacea-and-your-gut",
        "title": "Rosacea and your gut",
        "author": EDITORIAL_TEAM,
        "first_published": date(2025, 10, 2),
        "conditions": ["rosacea"],
        "mechanisms": ["inflammation", "gut-barrier", "diet"],
        "summary": (
            "Rosacea has been linked to an imbalanced gut microbiome. What that may "
            "mean, why improving gut health sometimes eases redness, and how to spot "
            "your own triggers."
        ),
        "tags": ["redness", "inflammation", "flare-ups", "diet", "gut microbiome"],
        "body": [
            paragraph(
                "Rosacea is common, especially in adults over 30, yet many people "
                "live with it for years before they get a diagnosis. Alongside skin "
                "treatments, there is growing interest in the part the gut plays."
            ),
            heading("What the research suggests"),
            paragraph(
                "Studies have linked rosacea to gut dysbiosis, an imbalance in the "
                "gut microbiome. A disturbed microbiome and a leakier gut lining may "
                "add to inflammation in the body, which can show as redness, "
                "flushing and spots on the face. For some people, improving gut "
                "health seems to ease their symptoms."
            ),
            heading("Food, drink and flushing"),
            paragraph(
                "Diet can affect rosacea in two ways. In the short term, alcohol, "
                "spicy food and hot drinks can trigger flushing in some people. Over "
                "the longer term, a fibre-rich diet with less processed food supports "
                "a healthier gut, which may help the skin settle."
            ),
            key_points(
                "Rosacea has been linked to gut dysbiosis.",
                "Inflammation links the gut and the redness of rosacea.",
                "Alcohol, spicy food and hot drinks are common flushing triggers.",
                "A gut-friendly diet may help over time, alongside treatment.",
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
# other names show on that page as "also known as" and in the A–Z.
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
        "other_names": ["atopic dermatitis", "atopic eczema", "neurodermatitis"],
        "search_terms": ["itchy skin", "dry itchy skin"],
    },
    {
        "term": "psoriasis",
        "page": "psoriasis",
        "other_names": ["plaque psoriasis"],
        "search_terms": ["scaly skin", "scaly patches", "flaky skin"],
    },
    {
        "term": "rosacea",
        "page": "rosacea",
        "other_names": ["acne rosacea"],
        "search_terms": ["facial redness", "red face", "flushing", "blushing"],
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
        "search_terms": ["vitamins", "malabsorption", "absorbing nutrients"],
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
