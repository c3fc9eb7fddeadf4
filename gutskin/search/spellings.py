"""British and American spellings of the words patients search for.

A reader who types "yoghurt" should find pages written with "yogurt", and one who
types "esophagus" pages written with "oesophagus". Stemming cannot do this (the
stems differ), so each word of a query also searches its other spelling.

Each pair is a British and an American start of a word; the rest of the word
carries over, so "fibres" finds "fibers" and "haemoglobin" finds "hemoglobin".
A start that also begins unrelated words ("hem" in "hemp") would only add a
variant that matches nothing; the few such words that are common are listed in
NOT_SWAPPED all the same.
"""

from functools import cache

# (British, American) starts of words. Keep each start specific to the words
# it is meant for.
SPELLING_PAIRS = [
    ("yoghurt", "yogurt"),
    ("yoghourt", "yogurt"),
    ("oesophag", "esophag"),
    ("haemoglobin", "hemoglobin"),
    ("haematolog", "hematolog"),
    ("haemorrh", "hemorrh"),
    ("haem", "hem"),
    ("anaemi", "anemi"),
    ("anaesthe", "anesthe"),
    ("oedema", "edema"),
    ("oestrogen", "estrogen"),
    ("diarrhoe", "diarrhe"),
    ("coeliac", "celiac"),
    ("caecum", "cecum"),
    ("faeces", "feces"),
    ("faecal", "fecal"),
    ("foetus", "fetus"),
    ("foetal", "fetal"),
    ("paediatric", "pediatric"),
    ("orthopaedic", "orthopedic"),
    ("leukaemi", "leukemi"),
    ("ischaemi", "ischemi"),
    ("dyspnoea", "dyspnea"),
    ("fibre", "fiber"),
    ("centre", "center"),
    ("colour", "color"),
    ("flavour", "flavor"),
    ("odour", "odor"),
    ("tumour", "tumor"),
    ("humour", "humor"),
    ("behaviour", "behavior"),
    ("favour", "favor"),
    ("labour", "labor"),
    ("grey", "gray"),
    ("mould", "mold"),
    ("sulph", "sulf"),
    ("moisturis", "moisturiz"),
    ("recognis", "recogniz"),
    ("minimis", "minimiz"),
    ("maximis", "maximiz"),
    ("optimis", "optimiz"),
    ("randomis", "randomiz"),
    ("hospitalis", "hospitaliz"),
    ("immunis", "immuniz"),
    ("sensitis", "sensitiz"),
    ("desensitis", "desensitiz"),
    ("pasteuris", "pasteuriz"),
    ("stabilis", "stabiliz"),
    ("metabolis", "metaboliz"),
    ("characteris", "characteriz"),
    ("organis", "organiz"),
    ("specialis", "specializ"),
    ("personalis", "personaliz"),
    ("practise", "practice"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("analyse", "analyze"),
    ("analysing", "analyzing"),
    ("paralyse", "paralyze"),
    ("paralysing", "paralyzing"),
]

# Words that begin like a pair but are not spellings of it: "hemp" is not
# "haemp", "colorectal" is the same in both.
NOT_SWAPPED = frozenset(
    "hem hemp hemisphere hemispheres hemline colorectal organism organisms".split()
)


@cache
def _starts():
    """Each start with its other spellings, longest starts first."""
    others = {}
    for british, american in SPELLING_PAIRS:
        others.setdefault(british, []).append(american)
        others.setdefault(american, []).append(british)
    return sorted(others.items(), key=lambda item: len(item[0]), reverse=True)


def other_spellings(word):
    """The word's other spellings, British or American, if it has any."""
    word = word.casefold()
    if word in NOT_SWAPPED:
        return []
    for start, others in _starts():
        if word.startswith(start):
            return [other + word[len(start) :] for other in others]
    return []


def spellings(word):
    """The word as typed, then its other spellings."""
    return [word, *other_spellings(word)]
