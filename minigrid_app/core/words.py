"""The residents' words that :mod:`minigrid_app.core.reading` recognises, as data.

One set of yes/no words, one table of house types, participation answers, month names and
units: every entry path (the households table, a paste, the survey import, the command
line) reads them from here, so "klopt" means yes everywhere or nowhere.

Words are compared after :func:`minigrid_app.core.reading.words` (lower case, accents
removed, punctuation a single space).
"""

from __future__ import annotations

#: Answers that mean "no answer" (the cell is treated as empty).
NO_ANSWER = frozenset({
    "", "nvt", "n v t", "na", "n a", "none", "onbekend", "unknown", "weet niet", "weet ik niet",
    "geen idee", "niet bekend", "nog niet bekend", "dont know", "don t know", "leeg",
})

#: Yes and no, for every yes/no field (cooking on gas, three-phase, ...).
YES = frozenset({
    "ja", "j", "yes", "y", "waar", "true", "1", "x", "wel", "jawel", "zeker", "ja zeker", "jazeker", "ja hoor",
    "klopt", "dat klopt", "v", "ok", "oke", "\u2713", "\u2714", "\u2611",
    "yep", "yeah", "yup", "of course", "correct", "definitely",  # English, as the Dutch 'jawel', 'klopt', 'zeker'
})
NO = frozenset({
    "nee", "n", "no", "onwaar", "false", "0", "niet", "geen", "nooit", "nee hoor", "never", "neen",
    "\u2717", "\u2718", "\u2610",
    "nope", "nah", "not anymore", "not any more", "no longer",
})
#: A first word that answers the question on its own ("Nee, inductie", "Ja, nog wel"): the
#: rest of the answer explains it, unless the rest says the opposite ("ja, maar nee").
LEADING_YES = frozenset({"ja", "jawel", "yes", "yep", "yeah"})
LEADING_NO = frozenset({"nee", "neen", "no", "nope", "nah"})
#: Field-specific answers that also mean yes / no ("inductie" answers "kookt u op gas?").
YES_NO_EXTRA = {
    "cooks_on_gas": (
        frozenset({"gas", "gasfornuis", "op gas", "gaskookplaat", "gaskomfoor", "gas hob", "gas cooker", "gas stove",
                   "on gas"}),
        frozenset({"inductie", "elektrisch", "keramisch", "electric", "induction", "elektrische kookplaat",
                   "kookplaat inductie", "induction hob", "electric hob", "electric cooker", "ceramic"}),
    ),
    "three_phase": (
        frozenset({"3 fase", "3fase", "drie fase", "driefase", "krachtstroom", "3x25a", "3x25", "3 x 25a",
                   "3 x 25 a"}),
        frozenset({"1 fase", "1fase", "enkel fase", "enkelfase", "een fase", "1x35a", "1x35", "1 x 35a",
                   "1x40a"}),
    ),
}

#: An answer to the intake's "Kabels en leidingen in de grond" that says there are none known
#: (besides a plain "nee"/"geen"): the source is then judged favourable on the scorecard.
NO_OBSTACLES = frozenset({
    "geen bekend", "niets bekend", "niets", "geen obstakels", "geen obstakels bekend", "geen kabels",
    "geen kabels of leidingen", "geen kabels en leidingen", "geen bijzonderheden", "nee geen", "nee niets",
    "none known", "nothing", "nothing known", "no obstacles", "no obstacles known", "none",
})

#: The first word of a row that sums or averages the rows above it, not a home ("Totaal", "Gemiddeld").
TOTAL_WORDS = frozenset({
    "totaal", "totalen", "subtotaal", "eindtotaal", "som", "gemiddeld", "gemiddelde", "gem", "mediaan",
    "total", "totals", "subtotal", "grand total", "sum", "average", "avg", "mean", "median",
})

#: Interest in the shared loop, per participation state.
PARTICIPATION = {
    "interested": frozenset({
        "ja", "j", "yes", "y", "x", "1", "true", "waar", "wel", "zeker", "graag", "ja graag", "interesse",
        "geinteresseerd", "interested", "positief", "doet mee", "meedoen", "wil meedoen", "deelnemen",
        "ja hoor", "klopt", "ja zeker", "jazeker", "belangstelling", "heeft belangstelling", "heeft interesse",
        # English, as the Dutch: 'undecided' and 'signed up' were 'not recognised' where 'twijfel', 'aangemeld' are read
        "yeah", "yep", "count me in", "im in", "i m in", "definitely", "keen", "want to join", "will join", "joining",
    }),
    "declined": frozenset({
        "nee", "n", "no", "0", "false", "onwaar", "niet", "geen", "geen interesse", "not interested",
        "declined", "doet niet mee", "negatief", "nee dank je", "nee bedankt", "nooit", "never", "neen",
        "niet geinteresseerd", "geen belangstelling", "geen interesse meer", "wil niet meedoen", "doe niet mee",
        "nope", "not for me", "no thank you", "not joining", "wont join", "won t join", "not participating",
        "opted out",
    }),
    "unknown": frozenset({
        "misschien", "weet niet", "weet ik niet", "twijfel", "twijfelt", "onbekend", "unknown", "maybe",
        "mogelijk", "wellicht", "nog niet bekend", "geen idee", "nog niet", "eerst meer weten",
        "wil eerst meer weten", "perhaps", "not sure", "dont know", "don t know", "neutraal", "nvt",
        "ik twijfel", "weet ik nog niet", "weet nog niet", "nog geen idee", "meer informatie", "wil meer informatie",
        "graag meer informatie", "meer info", "twijfel nog", "misschien later", "later misschien",
        "undecided", "unsure", "not sure yet", "not yet", "not decided", "not decided yet", "dont know yet",
        "don t know yet", "possibly", "maybe later", "perhaps later", "thinking about it", "will think about it",
        "considering", "more info", "more information", "need more info", "need more information",
        "more information please", "on the fence",
    }),
    "signed": frozenset({"getekend", "signed", "aangemeld", "ingeschreven", "ondertekend", "contract", "al getekend",
                         "heeft getekend", "ja getekend", "signed up", "already signed", "has signed", "registered",
                         "enrolled"}),
}

#: House types in the residents' words (compared without spaces and hyphens), including
#: the English labels of the households table so copied English rows paste back.
HOUSE_TYPES = {
    "tussenwoning": frozenset({
        "tussenwoning", "tussen", "rijtjeshuis", "rijtjeswoning", "rijwoning", "middenwoning", "terraced",
        "terracedhouse", "midterrace", "midterraced", "rowhouse", "townhouse", "terrace", "terracehouse",
    }),
    "hoekwoning": frozenset({
        "hoekwoning", "hoek", "hoekhuis", "eindwoning", "kopwoning", "endterrace", "endofterrace",
        "cornerhouse", "corner",
    }),
    "twee-onder-een-kap": frozenset({
        "2onder1kap", "tweeondereenkap", "21kap", "2onder1", "twee1kap", "2onder1kapwoning", "2ondereenkap",
        "tweeondereenkapwoning", "semidetached", "semi", "helftdubbel", "dubbelwoning", "linkdetached", "duplex",
    }),
    "vrijstaand": frozenset({
        "vrijstaand", "vrijstaande", "vrijstaandewoning", "vrijstaandhuis", "bungalow", "villa", "detached",
        "detachedhouse",
    }),
    "appartement": frozenset({
        "appartement", "flat", "bovenwoning", "benedenwoning", "portiekwoning", "maisonnette", "apartment",
        "galerijwoning", "etagewoning", "maisonette", "condo",
    }),
    "anders": frozenset({"anders", "other", "overig", "overige"}),
}

#: Month names and abbreviations (Dutch and English) → month number.
MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2, "febr": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: Units people type after a number, per unit family (regular expressions, lower case).
#: Families are tried in this order, so "m3" wins over "m" and "kwh" over "kw".
UNITS = (
    ("m3", r"m3|m³|㎥|m\^3|kuub|kub|kubieke\s+meters?|cubic\s+met(?:re|er)s?|cbm"),
    ("m2", r"m2|m²|㎡|m\^2|vierkante\s+meters?|square\s+met(?:re|er)s?|sq\.?\s*m|sqm"),
    ("kwh", r"kwh|kilowattuur"),
    ("kw", r"kw"),
    ("percent", r"%|procent|percent|pct\.?"),
    ("eur", r"€|eur|euro'?s?"),
    # 'º' (the ordinal sign, a phone's and many a keyboard's degree) and '℃' are read as '°C'
    ("degc", r"[°º˚]\s*c?|℃|graden(?:\s+celsius)?|degrees(?:\s+c)?|deg\.?\s*c|c"),
    ("persons", r"personen|persoon|pers\.?|bewoners|mensen|people|persons"),
    ("years", r"(?:jaar|jaren|jr|years?|yrs?)(?:\s+oud|\s+old)?"),
    ("hours", r"uur|hours?"),
    ("m", r"meters?|metres?|mtr\.?|m1|m¹|m"),  # '8 m1', '8 mtr': running metres as quotes write them
)
#: How a unit family is named in messages (Dutch, English).
UNIT_NAMES = {
    "m3": ("m³", "m³"),
    "m2": ("m²", "m²"),
    "kwh": ("kWh", "kWh"),
    "kw": ("kW", "kW"),
    "percent": ("procent", "per cent"),
    "eur": ("euro", "euros"),
    "degc": ("°C", "°C"),
    "persons": ("personen", "persons"),
    "years": ("jaren", "years"),
    "hours": ("uren", "hours"),
    "m": ("meter", "metres"),
}

#: Words before an estimate ("ca. 1100", "ongeveer 1.200", "± 900"): the number is kept.
APPROX_BEFORE = (
    r"^(ca\.?|c\.a\.?|c\.|circa|ongeveer|ong\.?|plm\.?|pl\.m\.?|ruim|bijna|rond(om)?|zo'?n|about|around|"
    r"approx\.?|approximately|roughly|±|~|\+/-|\+-|<|>|≈)\s*"
)
#: Words after an estimate ("1100?", "1100 (geschat)").
APPROX_AFTER = r"\s*(\?+|\(?(geschat|schatting|ongeveer|ca\.?|circa|approx\.?|estimated?|est\.?|ish)\)?)$"

#: What a count of residents may say after its number word ("vier personen").
PERSON_NOUNS = frozenset({"personen", "persoon", "mensen", "bewoners", "persons", "people"})
#: What a count of homes may say after its number word ("zes woningen", the intake's planned connections).
HOME_NOUNS = frozenset({"woningen", "aansluitingen", "huizen", "huishoudens", "homes", "houses", "connections",
                        "households"})
#: Whole numbers written as words, for counts ("Met hoeveel personen woont u?" → "twee", "alleen").
NUMBER_WORDS = {
    "een": 1, "één": 1, "alleen": 1, "ikzelf": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    "one": 1, "alone": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
