"""Geoparsing: find the place mentions of an article and resolve them in context.

Reads an article's text (and optionally its sentences); writes :class:`Place` records,
one per place mention, with offsets into the text. No model: capitalised spans are
looked up in the gazetteer (exact, then transliteration-skeleton keys), and each
mention's homonyms are ranked by population, kind of place and what the rest of the
article says (its countries, its admin1 areas, the places near the others).

Precision follows INTERFACE.md: 1 the place itself, 2 near it or a part of it
("near Boukamal", "the Bulbul district of Mayadin", "outside Erbil"), 3 a larger
area's centre (a country, a province, "eastern Syria", a sea): a country centroid is
never presented as a point.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wiretally.geo.gazetteer import AREA_FEATURES, Gazetteer, distance_km, get_gazetteer
from wiretally.geo.normalize import exact_key, skeleton_key
from wiretally.records import Place, Sentence
from wiretally.text import FUNCTION_WORDS, wordset

DEMONYMS = Path(__file__).resolve().parents[1] / "data" / "geo" / "demonyms.tsv"

# A word: letters (any script), digits, apostrophes and inner hyphens; or a dotted
# abbreviation such as U.S. or D.C.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,5}|[^\W\d_][\w’']{0,40}(?:-[\w’']{1,40}){0,3}")
# Lower-case words that may sit inside a place name ("Deir ez-Zor", "Gulf of Aden").
_NAME_LINKS = frozenset({"de", "del", "la", "le", "du", "des", "da", "di", "do", "dos", "das"})
_CONNECTORS = frozenset(
    {"al", "el", "ez", "ad", "as", "ash", "an", "ar", "at", "az", "ed", "es", "en", "ul",
     "de", "del", "la", "le", "du", "des", "da", "di", "do", "of", "the", "upon",
     "bin", "ibn", "y", "van", "von", "der", "den", "sur", "am", "im"}
)  # fmt: skip


# Capitalised words that are never places on their own.
_STOP = wordset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    i a an the this that these those there then they them their he she his her it its we
    our you your in on at by for from to of and or but not no yes if as so after before
    since while when where what who whom whose which why how all any some many most
    more less one two three four five six seven eight nine ten first second third
    mr mrs ms dr gen sen rep gov lt col maj capt sgt adm president minister secretary
    spokesman spokeswoman officials official police army navy military forces troops
    government state department ministry office news press reuters ap afp associated
    update breaking live video photo photos image file copyright said says according
    daily weekly brief briefing summary bulletin digest roundup
    however meanwhile also earlier later today tonight yesterday tomorrow week month
    year christmas easter ramadan eid god allah islam islamic muslim christian jewish
    sunni shia shiite isis isil is al qaeda hamas hezbollah houthi houthis taliban
    democrat democrats republican republicans congress senate house pentagon white
    north south east west northern southern eastern western central federal
    la las los el le les del
    mission support site base camp with can could would should will shall must might may
    do does did done be been being am are was were has have had having get got go going
    here now just only even still yet very much such own same other another each every
    both either neither nor than too again ever never always often once about above
    across against along among around behind below beneath beside between beyond down
    during except inside into like near off onto out outside over past through
    throughout toward towards under underneath until up upon via within without
    please thank thanks dear hello sir madam let lets see look make made take took
    new old big small good bad great high low long short young last next early late
    my me him ok marines marine soldiers brig arab arabs kurdish kurds persian
    university college academy institute hospital embassy
    massacre martyr martyrs clashes shelling explosion bombardment raids warplanes
    regime factions continued continuous renewed violent casualties wounded dozens tens
    hundreds airstrikes attack attacks ambush
    county province district governorate region prefecture
    kotwali"""
    # (an area's unit word on its own, "County Armagh", is no place: GeoNames' "Contai" is
    # spelt near enough)
    # ("kotwali": a South Asian city's main police station, "Kotwali police said"; GeoNames
    # lists it as another name of Rangpur)
)
# Titles that are written abbreviated with a full stop ("Gen.", "Sgt."); any other title word
# followed by a full stop ends a sentence.
_TITLE_ABBREVIATIONS = frozenset(
    [
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "pfc",
        "adm",
        "cmdr",
        "rep",
        "sen",
        "gov",
        "pres",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "prof",
        "brig",
        "gens",
    ]
)

# Words before a name that make it a person's.
_TITLES = wordset(
    """mr mrs ms miss dr prof president vice prime minister secretary gen general lt col
    colonel maj major capt captain sgt sergeant adm admiral cmdr commander sen senator
    rep representative gov governor mayor sheikh sheik ayatollah imam pope king queen
    prince princess emir judge justice chief deputy ambassador spokesman spokeswoman
    spokesperson leader lawyer attorney officer pfc cpl corporal pvt private st saint
    brother sister father rev reverend mullah cleric"""
)
# Words after a place that keep it a place in an organisation or facility name
# ("Cottonport Fire Station", "Baghdad government").
_FACILITY = wordset(
    """fire station police department county city council school high middle elementary
    hospital airport road street avenue highway bridge park church mosque university
    college library court courthouse jail prison office sheriff sheriffs government
    province governorate district area region border crossing market square hotel
    stadium center centre township village town municipal regional international
    chamber mall museum club regency parliament assembly secretariat bazaar bazar chowk
    pier terminal teaching referral local lga poc camp"""
)
# Facility and landform words that are seldom a person's name ("Park", "Court" and
# "Street" are): "the Sierra de Coalcomán" is a range named after its town, not a person.
_NO_SURNAME = wordset(
    """hospital school university college mosque church airport prison jail market bazaar
    stadium hotel museum library secretariat sierra cerro valle serra wadi jebel jabal"""
)
# A street, square or bridge named after a town ("Republic Square", "Baghdad Street",
# "Jalalabad Road") is seldom in that town.
_DISEASE_AFTER = re.compile(r"\s+(?:virus|fever)\b", re.I)
_NAMED_AFTER = frozenset({"road", "street", "avenue", "highway", "square", "bridge"})
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}?([A-Z][\w-]*)\b(?![ \t]+[A-Z])")
# Words that make a capitalised span an organisation: no sub-span of it is a place.
_ORG = wordset(
    """resistance brigade brigades battalion battalions corps guard guards front party
    defence defense
    movement army forces force militia militias group committee council organization
    organisation observatory agency command network company corporation inc ltd llc
    times post journal herald tribune gazette news press telegraph foundation institute
    association union league federation alliance coalition ministry kataeb kataib congress
    hezbollah hizballah nujaba jihad cartel cartels gang gangs gendarmerie prefectura
    ejército ejercito exército exercito armée armee fuerzas forças forcas frente partido
    movimiento movimento mouvement autodefensas"""
)
# Relief bodies whose names are also towns' ("The Red Cross now says 27 were injured": the
# organisation, not Red Cross, North Carolina).
_AID_ORGS = (["red", "cross"], ["red", "crescent"])
_COMPASS = {
    "north": (1, 0), "northern": (1, 0), "south": (-1, 0), "southern": (-1, 0),
    "east": (0, 1), "eastern": (0, 1), "west": (0, -1), "western": (0, -1),
    "northeast": (1, 1), "northeastern": (1, 1), "north-east": (1, 1), "north-eastern": (1, 1),
    "northwest": (1, -1), "northwestern": (1, -1), "north-west": (1, -1),
    "north-western": (1, -1), "southeast": (-1, 1), "southeastern": (-1, 1),
    "south-east": (-1, 1), "south-eastern": (-1, 1), "southwest": (-1, -1),
    "southwestern": (-1, -1), "south-west": (-1, -1), "south-western": (-1, -1),
    "central": (0, 0),
}  # fmt: skip
_COMPASS_BEFORE = re.compile(
    r"\b("
    + "|".join(sorted((re.escape(k) for k in _COMPASS), key=len, reverse=True))
    + r")\s+(?:parts?\s+of\s+|countryside\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_NEAR_BEFORE = re.compile(
    r"\b(?:near|nearby|outside|outskirts\s+of|vicinity\s+of|close\s+to|around|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-?\w+)?\s+of|"
    r"\d+\s*(?:km|kilometers|kilometres|miles|mi)\s+(?:from|of|\w+\s+of)|"
    r"(?:suburbs?|outskirts|edge|countryside)\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SUFFIX_AFTER = re.compile(
    r"\s+(air\s?base|air\s+field|airfield|airport|base|garrison|camp|refugee\s+camp|"
    r"border\s+crossing|crossing|oil\s?field|gas\s+field|landing\s+zone|military\s+base|"
    r"province|governorate|district|county|parish|region|state|LGA|local\s+government\s+area|"
    r"township|territory|regency)\b",
    re.IGNORECASE,
)
# "the Kidal region", "Idlib province" (after the name); "province of Idlib" (before it).
# "Idlib countryside", "the countryside of Homs": the rural part of the province named
# after its capital (the usual sense in Syrian and Iraqi reporting), so the province wins
# over its namesake town; a town that names no province stays the town, "near" it.
_COUNTY_AFTER = re.compile(r"\s+county\b", re.IGNORECASE)
# Countries whose first-level divisions are counties ("Mandera County"); elsewhere (the US,
# South Sudan) a county is smaller than a province.
_COUNTY_PROVINCES = frozenset({"KE", "LR", "IE", "NO", "SE", "HR", "EE", "HU", "RO"})
_HOOD_AFTER = re.compile(
    r"(?:\s*(?:,|and)\s+[A-Z][\w'’-]+)*\s+(?:neighbou?rhoods?|quarters?|suburbs?|slums?)\b"
)
_AREA_WORD_AFTER = re.compile(
    r"\s+(?:province|governorate|region|state|prefecture|oblast|department|countryside|governor)\b",
    re.IGNORECASE,
)
_DISTRICT_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)
_AREA_WORD_BEFORE = re.compile(
    r"\b(?:province|governorate|region|state|countryside)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# "Homs countryside", "Daraa outskirts": the area around the town, not the town itself.
_NEAR_AFTER = re.compile(r"^\s+(?:countryside|outskirts|suburbs|environs|vicinity)\b", re.I)
_PART_OF_AFTER = re.compile(
    r"^\s+(?:district|neighbou?rhood|area|quarter|camp|suburb)\s+(?:of|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_PART_WORDS = ("district", "neighbourhood", "neighborhood", "quarter", "area", "camp", "suburb")
_OF_AFTER = re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?", re.IGNORECASE)
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:town|village|city|municipality|commune|district|hamlet|settlement|locality|"
    r"neighbou?rhood|suburb|county|woreda|upazila|sub-district|parish|canton|area|outskirts|"
    r"environs)\s+of\s+|"
    # "a house in a village near Miranshah", "camps outside Dakoro": a place word said to
    # lie by it vouches for the name as a place
    r"\b(?:town|village|villages|hamlet|settlement|camps?|checkpoint)\s+(?:near|outside)\s+$|"
    # "And in neighbouring Llochegua, in Ayacucho region": a neighbour is a place
    r"\b(?:in|to|into|from|of)\s+(?:the\s+)?(?:neighbou?ring|nearby)\s+$|"
    # "about 20 km north of Mijek": a distance is measured from a place
    r"\b\d+\s*(?:km|kms|kilometres|kilometers|miles)\s+(?:\(\d+\s+miles\)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?(?:wards?)?\s+of\s+$",
    re.I,
)
_SLASH_HEAD_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,2}[.)])?[ \t]*(?P<province>[A-Z][A-Z' -]+)[ \t]*/[ \t]*$"
)
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_DATELINE_AFTER = re.compile(
    r"(?:,[ \t]+[A-Z][\w.'’ -]{1,30}?)?"
    # ("GUASDUALITO, Venezuela, Sept. 18, 2025 (AFP) -": the day may follow)
    r"(?:,[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})"
    r"(?:,?[ \t]+\d{4})?)?"
    r"[ \t]*(?:\([A-Za-z.&' ]{2,30}\)[ \t]*)?[-–—:][ \t]"
)
_LANGUAGE_BEFORE = re.compile(r"\b(?:translated|translation)\s+(?:from|into)\s+(?:the\s+)?$", re.I)
# "walked into the premises on Calle Hidalgo": a street named for a place or a person
_STREET_BEFORE = re.compile(
    r"\b(?:Calle|Avenida|Av\.|Rua|Rue|Bulevar|Boulevard|Carrera|Jir[oó]n|Paseo|Calzada)\s+"
    r"(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+)?$"
)
# (also in Markdown's bold or under a heading's hashes: "## 7. Jasim (northern Daraa) - ...")
_ITEM_HEAD_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:\*\*|__|#{1,6} )?(?:\d{1,2}[.)]|\[\d{1,2}\])|[a-h]\)|[-*•])?[ \t]*$"
)
_ITEM_DASH_AFTER = re.compile(r"[ \t]+[-–—][ \t]")
# "(Haute-Kotto) -", "(northern Daraa) —": a province, perhaps after a bearing
_PROVINCE_AFTER = re.compile(
    r"[ \t]*\((?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?[ \t]+)?(?-i:[A-Z])[^()\n]{2,40}\)[ \t]*[-–—:]"
)
_UNIT_AFTER = re.compile(
    r"\s+(?:district|township|commune|municipality|upazila|woreda|sub-district|subdistrict|"
    r"county|LGA|local government area|village|town|hill|locality|department|"
    r"front|frontline|axis|sector|camp)\b"  # ("army positions on the Kirsh front")
    r"(?!\s+of\b)"  # "the Syunik village of Tegh": the province's village, named after
)
_IN_NAMED_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern|-\w+)?\s+)?[A-Z][a-z]"
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)\s+$", re.I)
# "in Panjgur", "the streets of Sankwala" (lower case: "In" opening a sentence is no cue)
_LOCATIVE_PLAIN = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|of|to)\s+$")
_STRUCK_BEFORE = re.compile(
    r"\b(?:shelled|bombed|bombarded|struck|attacked|stormed|raided|captured|liberated|"
    r"overran|pounded|shelling|bombing)\s+$"
)
_SAID_AFTER = re.compile(r"^\s*,?\s*(?:said|says|told|added|wrote|explained|stated)\b")
# "Dublin, Ohio"; "Gangaw town, Magway Region"
# ("Tak Bai district, Narathiwat": the district's province)
_QUALIFIER_AFTER = re.compile(
    r"^(?:\s+(?:village|town|city|township|district|sub-district|upazila|municipality|LGA))?,\s*"
)
_IN_AREA_AFTER = re.compile(
    r"^(?:(?:\s+(?:village|town|city|area|district|neighbou?rhood|camp|locality|township))?"
    r",?\s+in\s+(?:the\s+)?|"
    # "in Raman district of neighbouring Yala province"
    r"\s+(?:district|township|sub-county|municipality)\s+of\s+(?:the\s+)?)"
    r"(?:neighbou?ring\s+|nearby\s+)?"
    # "El Aguaje, in the municipality of Aguililla"
    r"(?:(?:municipality|district|commune|county|department|province|region|governorate|"
    r"canton|parish|sub-county|local government area)\s+of\s+(?:the\s+)?)?"
)
# AP state abbreviations, used only in "City, Abbrev." qualifiers.
_STATE_ABBREV = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas",
    "ky": "Kentucky", "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts",
    "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nebr": "Nebraska", "nev": "Nevada",
    "n h": "New Hampshire", "n j": "New Jersey", "n m": "New Mexico", "n y": "New York",
    "n c": "North Carolina", "n d": "North Dakota", "okla": "Oklahoma", "ore": "Oregon",
    "pa": "Pennsylvania", "r i": "Rhode Island", "s c": "South Carolina",
    "s d": "South Dakota", "tenn": "Tennessee", "tex": "Texas", "vt": "Vermont",
    "va": "Virginia", "wash": "Washington", "w va": "West Virginia", "wis": "Wisconsin",
    "wyo": "Wyoming", "d c": "District of Columbia",
}  # fmt: skip
_STATE_ABBREV_AT = re.compile(
    r"^,\s*((?:[A-Z]\.\s?){2,3}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans?|Ky|"
    r"La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Nebr?|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)"
    r"\.|W\.\s?Va\.)"
)
# Weights of the context evidence (tuned on the LGL and GeoVirus dev sets).
WEIGHTS = {
    "population": 0.4,  # times log10 of a town's population
    "million": 0.75,  # for a town of a million people, and again for three million
    "share": 4.0,  # times the share of the article's mentions in the candidate's country
    "admin1": 1.0,  # a candidate in an admin1 area the article names
    "admin1_step": 0.3,  # per further mention of that area (up to three)
    "cell": 1.2,  # another place of the article within the same one-degree cell
    "cell_near": 0.6,  # ... or a neighbouring cell
    "county": 1.5,  # a town whose county the article names, or that county
    "coloc": 0.4,  # per other name with a possible reading nearby (up to three)
    "named_area": 2.0,  # ... more when the article names that admin1 area itself
    "ambiguous": 1.5,  # context weight of a name with several readings (a clear one: 2)
    "weak": 0.0,  # context weight of a detected name that is a weak reading ("Couple")
}
MAX_WORDS = 6
MAX_CANDIDATES = 60


@dataclass(slots=True)
class Mention:
    """A candidate place mention and its gazetteer candidates."""

    start: int
    end: int
    text: str
    candidates: list[int]
    exact: bool
    precision_hint: int | None = None  # 2 for "near X" / "part of X"
    compass: tuple[int, int] | None = None  # "eastern Syria"
    region_start: int | None = None  # where "eastern" begins
    forced: bool = False  # a caller's span: always reported
    demonym: str | None = None  # country code when the span is an adjective
    within: int | None = None  # "Dublin, Ohio": index of the qualifying area
    near: Mention | None = None  # "Nyaung Pin Thar village in Shwebo Township": the town
    strong: bool = False
    report: bool | None = True  # None: report only if it resolves to a clear place
    area_word: bool = False  # followed by "province", "region", "governorate"...
    county_word: bool = False  # followed by "County": a province in Kenya or Liberia
    hood_word: bool = False  # "the Brooklyn and Boston neighbourhoods": a town's quarter
    chosen: int | None = None
    scores: dict[int, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Exact key of a demonym -> ISO country code."""
    table: dict[str, str] = {}
    with DEMONYMS.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip() or line.startswith("country\t"):
                continue
            code, _, forms = line.rstrip("\n").partition("\t")
            for form in forms.split("|"):
                if form.strip():
                    table[exact_key(form)] = code.strip()
    return table


# --------------------------------------------------------------------------- detection


def _top_candidates(gaz: Gazetteer, ids: list[int], name: str) -> list[int]:
    """At most MAX_CANDIDATES homonyms, keeping the likeliest ones.

    "San Jose" names hundreds of places: the cut must keep the big ones, areas and places
    whose own name this is, not the first ones the gazetteer happened to index.
    """
    if len(ids) <= MAX_CANDIDATES:
        return ids
    key = exact_key(name)

    def prior(c: int) -> tuple[bool, bool, int]:
        return (
            gaz.feature[c] in AREA_FEATURES or c in gaz.curated,
            exact_key(gaz.names[c]) == key,
            gaz.population[c],
        )

    return sorted(ids, key=prior, reverse=True)[:MAX_CANDIDATES]


def _add_inside(gaz: Gazetteer, m: Mention) -> None:
    """Bring back homonyms inside the qualifying area that the candidate cut dropped
    ("Bara in North Kordofan State": the Sudanese Bara ranks low among a dozen)."""
    w = m.within
    if w is None:
        return
    ids, _ = gaz.lookup(m.text)
    for c in ids:
        if (
            c not in m.candidates
            and gaz.country[c] == gaz.country[w]
            and (gaz.feature[w] == "country" or gaz.admin1[c] == gaz.admin1[w])
        ):
            m.candidates.append(c)


def _is_cap(token: str) -> bool:
    if token[0].isupper():
        return True
    # "al-Tanf", "ez-Zor": a lower-case article glued to a capitalised name.
    head, dash, rest = token.partition("-")
    return bool(dash and rest and rest[0].isupper() and head.lower() in _CONNECTORS)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _wrapped(text: str, end: int, start: int) -> bool:
    """Whether a line break between two words is a hard wrap inside a paragraph ("a dirt
    track in Wadi" / "Horan, roughly 120 km west"), not a heading's or a list's end: the
    line it ends runs long and the next goes straight on."""
    if text[end:start] != "\n":
        return False
    line = text.rfind("\n", 0, end) + 1
    # ("... shepherds abducted near Rutba" / "HADITHA — Fighters ...": a headline, then a
    # dateline in capitals)
    dateline = re.match(r"[A-Z][A-Z'’.-]{2,}\b(?!\s+[a-z])", text[start : start + 40])
    return end - line >= 60 and text[end - 1].isalnum() and dateline is None


def _spans(text: str, tokens: list[tuple[int, int, str]]) -> list[list[int]]:
    """Runs of capitalised tokens (with connectors inside), split at punctuation."""
    spans: list[list[int]] = []
    current: list[int] = []
    for k, (s, _e, tok) in enumerate(tokens):
        joined = bool(current) and (
            text[tokens[current[-1]][1] : s] in (" ", "\u00a0")
            or _wrapped(text, tokens[current[-1]][1], s)
        )
        if _is_cap(tok) and not re.search(r"-(?:backed|based|led|linked|aligned)$", tok, re.I):
            if not joined and current:
                spans.append(current)
                current = []
            current.append(k)
            if tok.endswith(("'s", "’s")):
                # "Mogadishu's Dayniile district": a possessive ends one name.
                spans.append(current)
                current = []
        elif joined and tok.lower() in _CONNECTORS:
            current.append(k)
        else:
            if current:
                spans.append(current)
            current = []
    if current:
        spans.append(current)
    out = []
    for span in spans:
        while (
            span and tokens[span[-1]][2].lower() in _CONNECTORS and not _is_cap(tokens[span[-1]][2])
        ):
            span = span[:-1]
        if span:
            out.append(span)
    return out


def _strip_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix, start, end):
            return end - 2
    if end - start > 1 and text[end - 1] in "'’":
        return end - 1
    return end


# English words that look like romanised Arabic articles at the start of a sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_SENTENCE_LEADS = wordset(
    """in on at after before near outside inside across around since during from into
    throughout while when where as across both elsewhere meanwhile also"""
)
_ARTICLES = wordset("the a an this that these those")
_ENGLISH_LEADS = frozenset({"as", "at", "an", "en", "es", "ad", "ar", "el"})
_ENGLISH_SUFFIX = re.compile(r"(?:ing|ed|ly|tion|ness|ment|ful|less)$")
_STRONG = frozenset({"airbase", "airport", "base", "garrison", "camp", "border crossing"})


def _plausible(
    gaz: Gazetteer,
    ids: list[int],
    name: str,
    n_words: int,
    lower_words: set[str],
    cued: bool = False,
    in_named_area: Callable[[int], bool] | None = None,
    struck: bool = False,
    province: str | None = None,
) -> list[int]:
    """Drop homonyms that are more likely an ordinary word or a name than this place.

    GeoNames' alternate names include many foreign and historical forms ("Can", "With"
    and "Ali" all name some village); a capitalised word is taken for a small place only
    on its main name, and a word the article also uses in lower case ("Keeping") only
    for a country, a province or a curated place.
    """
    key = exact_key(name)
    skel = skeleton_key(name)
    common = key in _STOP or key in lower_words
    englishy = _ENGLISH_SUFFIX.search(key) is not None
    short_caps = name.isupper() and len(key) <= 3
    shouting = name.isupper() and not short_caps
    out: list[int] = []
    in_area: list[int] = []
    found = gaz.exact.get(key)
    exact_ids = (found,) if isinstance(found, int) else (found or ())
    for c in ids:
        feature = gaz.feature[c]
        if short_caps and c not in exact_ids:
            continue  # "KIA" is an acronym, not Kayah spelt loosely
        if province is not None and exact_key(gaz.admin1[c] or "") == exact_key(province):
            # "5. KIRKUK / Hawija - Arrests": a town of the province the heading names, however
            # few people GeoNames gives it (Al Ḩawījah has none)
            out.append(c)
            continue
        strong = (feature in AREA_FEATURES and feature != "admin2") or c in gaz.curated
        if strong or (feature in _STRONG and n_words > 1):
            out.append(c)
            continue
        if (common and not cued) or short_caps:
            continue  # (but "the city of Hit" is a town, though the article says "hit")
        pop = gaz.population[c]
        if shouting and pop < 100_000 and not cued:
            continue
        main = exact_key(gaz.names[c]) == key
        if englishy and not main:
            continue  # "Keeping" is an alternate name of Changsha
        if main:
            # "the municipality of Teorama": a place word before it vouches for a village
            # GeoNames lists with no population.
            floor = 1000 if n_words == 1 and not cued else 0
        elif gaz.exact.get(key) is not None:
            # A name of two words or more is specific ("Bint Jbeil" for Bent Jbaïl, a town
            # GeoNames lists with no population).
            # A long single name is seldom an ordinary word: "Huliaipole" (an alternate
            # spelling of Hulyaypole, 13,000 people).
            # "the city of Rask" (Rāsak, 10,000 people): a place word vouches for it too.
            # "shelled Tyotkino" (Tëtkino, 3,900 people): a strike verb's object is a place
            # too, though not a village GeoNames lists with no one (it may be a person).
            # "near the town of Amadiya", "villages in Amadiya district" (Al ‘Amādīyah, no
            # population listed): a place word vouches for any spelling of the town.
            floor = (
                (0 if cued else 1000 if struck else 5000 if len(key) >= 8 else 20_000)
                if n_words == 1
                else 0
            )
        elif skeleton_key(gaz.names[c]) == skel:
            # ("The wider Hawija district", Al Ḩawījah with no population listed: the unit
            # word vouches for it)
            floor = 0 if cued else 5000 if n_words == 1 and not struck else 1000
        else:
            floor = 100_000 if n_words == 1 else 20_000
        if pop >= floor or feature == "admin2":
            out.append(c)
        elif (
            in_named_area is not None
            and (main or (floor <= 20_000 and len(key) >= 6))
            and in_named_area(c)
        ):
            # "attacked a camp in Panjgur" in an article that names Balochistan, "near
            # Miranshah" (Miran Shah) beside Khyber Pakhtunkhwa: a village GeoNames lists
            # with no population, in the province the article is about
            in_area.append(c)
    # (only when no better-known place has the name: "Moscow" beside "Pennsylvania" is
    # still the capital)
    return out or in_area


_RIVER_AFTER = re.compile(r"\s+river\b")


def detect(text: str, gaz: Gazetteer) -> list[Mention]:
    """Candidate place mentions: capitalised spans (longest gazetteer match first)."""
    tokens = _tokens(text)
    lower_words = {tok for _s, _e, tok in tokens if tok.islower()}
    mentions: list[Mention] = []
    person_tail: set[str] = set()
    areas: dict[str, bool] = {}
    deferred: list[tuple[int, int, str, list[int]]] = []

    def area_named(c: int) -> bool:
        """Whether the article names place ``c``'s province ("Balochistan")."""
        area = gaz.admin1[c]
        if not area:
            return False
        if area not in areas:
            areas[area] = re.search(rf"\b{re.escape(area)}\b", text) is not None
        return areas[area]

    for span in _spans(text, tokens):
        while (
            len(span) > 1
            and tokens[span[0]][2].lower() in _SENTENCE_LEADS
            and not gaz.has_key(text[tokens[span[0]][0] : tokens[span[-1]][1]])
        ):
            span = span[1:]  # "In Omdurman, police ...": a sentence's first word, no name
        if (
            len(span) > 2
            and tokens[span[1]][2] == "of"
            and _SENTENCE_START.search(text, 0, tokens[span[0]][0])
            and not gaz.has_key(text[tokens[span[0]][0] : tokens[span[-1]][1]])
        ):
            span = span[2:]  # "Residents of Maiduguri poured ...": a noun of a place
        first_start = tokens[span[0]][0]
        before = text[max(0, first_start - 40) : first_start]
        prev_word = re.search(r"([A-Za-z]+)(\.?)\s+$", before)
        # "Gen. Qassem" is a title; "... the new leader. In Gaza" ends a sentence.
        titled = bool(
            prev_word
            and prev_word.group(1).lower() in _TITLES
            and (not prev_word.group(2) or prev_word.group(1).lower() in _TITLE_ABBREVIATIONS)
        )
        lowered = [tokens[k][2].lower().rstrip(".") for k in span]
        if (
            len(span) == 1
            and lowered[0] in _TITLE_ABBREVIATIONS
            and text.startswith(".", tokens[span[0]][1])
        ):
            continue  # "St." or "Gen." alone is an abbreviation, not a place
        if prev_word and prev_word.group(1) == "St" and prev_word.group(2):
            # "St. Louis", "St. Petersburg": the saint's name is the place's.
            st_start = first_start - len(before) + prev_word.start()
            end = _strip_possessive(text, first_start, tokens[span[-1]][1])
            st_ids, st_exact = gaz.lookup(text[st_start:end])
            more, more_exact = gaz.lookup("Saint " + text[first_start:end])
            st_ids += [c for c in more if c not in st_ids]
            if st_ids:
                st_name = text[st_start:end]
                candidates = _top_candidates(gaz, st_ids, st_name)
                mentions.append(Mention(st_start, end, st_name, candidates, st_exact or more_exact))
                continue
        # "Supreme Leader Ayatollah Ali Khamenei": the words after a title are a name.
        # ("the Hospital General de Matehuala": a title followed by "de" is no rank)
        titles = [
            t for t, w in enumerate(lowered[:-1])
            if w in _TITLES and lowered[t + 1] not in _NAME_LINKS
        ]  # fmt: skip
        if titles and not gaz.has_key(text[first_start : tokens[span[-1]][1]]):
            # ("The Governor of the Region of Timbuktu" holds an office of a place: no name)
            if lowered[titles[-1] + 1] != "of":
                person_tail.update(exact_key(tokens[k][2]) for k in span[titles[-1] + 1 :])
            span, lowered = span[: titles[0]], lowered[: titles[0]]
            if not span:
                continue
        # "the Bogura Press Club": a venue (where South Asian protests gather), not a paper
        venue = lowered[-2:] == ["press", "club"]
        if lowered[-2:] in _AID_ORGS:
            continue  # "the Lebanese Red Cross": the relief body, no town of that name
        is_org = any(w in _ORG for w in lowered) and not venue
        if (
            not is_org
            and tokens[span[-1]][2].endswith(("'s", "\u2019s"))
            and (tail := _NAME_GOES_ON.match(text, tokens[span[-1]][1]))
        ):
            # "the Sierra Leone People's Party": the name goes on past the possessive.
            is_org = tail.group(1).lower() in _ORG
        whole_end = _strip_possessive(text, first_start, tokens[span[-1]][1])
        whole_text = text[first_start:whole_end]
        whole_known = gaz.has_key(whole_text)
        # An abbreviated rank or honorific ("Sgt. Johnson", "Dr. Paris") is only ever
        # followed by a person, even one whose name is also a town; "St." is a saint.
        ranked = bool(titled and prev_word and prev_word.group(2)) and (
            prev_word is not None and prev_word.group(1).lower() not in ("st", "gov", "pres")
        )
        if titled and (ranked or not whole_known):
            # "Gen. Qassem Soleimani": later "Qassem" or "Soleimani" alone is him too.
            person_tail.update(exact_key(tokens[k][2]) for k in span)
            continue
        i = 0
        n_before = len(mentions)
        while i < len(span):
            matched = False
            for j in range(min(len(span), i + MAX_WORDS), i, -1):
                a, b = span[i], span[j - 1]
                if lowered[i] in _CONNECTORS and not _is_cap(tokens[a][2]):
                    break
                if lowered[j - 1] in _CONNECTORS and not _is_cap(tokens[b][2]):
                    continue
                s = tokens[a][0]
                e = _strip_possessive(text, s, tokens[b][1])
                name = text[s:e]
                key = exact_key(name)
                if not key or key in _STOP or key in demonyms():
                    continue  # a common word, or "Syrian" (a people, not the town Serian)
                if _DISEASE_AFTER.match(text, e):
                    continue  # "West Nile virus", "Lassa fever": a disease's name
                river = _RIVER_AFTER.match(text, e) is not None
                if _LANGUAGE_BEFORE.search(text, max(0, s - 40), s):
                    continue  # "[Translated from Cebuano.]": a language (Cebuano is a town too)
                if _STREET_BEFORE.search(text, max(0, s - 24), s):
                    continue  # "on Calle Hidalgo": a street's name
                suffix = _SUFFIX_AFTER.match(text, e)
                ids: list[int] = []
                exact = False
                if suffix and j == len(span):
                    ids, exact = gaz.lookup(text[s : suffix.end()])
                    if ids:
                        e = suffix.end()
                        name = text[s:e]
                if not ids:
                    ids, exact = gaz.lookup(name)
                    if not exact and j - i > 1 and lowered[i] in _ENGLISH_LEADS:
                        ids = []  # "As Israel" matched "Israel" once the article was dropped
                    # "the town of X", or "X district" / "X township" (a lower-case unit
                    # word after it)
                    cued = (
                        _PLACE_OF_BEFORE.search(text, max(0, s - 40), s) is not None
                        or _UNIT_AFTER.match(text, e) is not None
                        # "a drone strike near Tessalit in northern Mali": a place said to
                        # lie in a larger named one
                        or (
                            _LOCATIVE_BEFORE.search(text, max(0, s - 8), s) is not None
                            and _IN_NAMED_AFTER.match(text, e) is not None
                        )
                        # a dateline: "TANJAY CITY, Negros Oriental - Eleven members ..."
                        or (
                            name.isupper()
                            and _LINE_START_BEFORE.search(text, max(0, s - 4), s) is not None
                            and _DATELINE_AFTER.match(text, e) is not None
                        )
                        # a brief's item heading "5. KIRKUK / Hawija - Arrests": the town
                        # after the province
                        or _SLASH_HEAD_BEFORE.search(text, max(0, s - 40), s) is not None
                        # a brief's item heading: "3. BRIA (Haute-Kotto) - 12 March."
                        or (
                            _ITEM_HEAD_BEFORE.search(text, max(0, s - 8), s) is not None
                            and (
                                _PROVINCE_AFTER.match(text, e) is not None
                                # "5) TURBAT - IED hits FC vehicle (7 Apr)"
                                or _ITEM_DASH_AFTER.match(text, e) is not None
                            )
                        )
                    )
                    located = _LOCATIVE_PLAIN.search(text, max(0, s - 8), s) is not None
                    struck = _STRUCK_BEFORE.search(text, max(0, s - 14), s) is not None
                    slash = _SLASH_HEAD_BEFORE.search(text, max(0, s - 40), s)
                    raw = ids
                    ids = _plausible(
                        gaz,
                        ids,
                        name,
                        j - i,
                        lower_words,
                        cued,
                        area_named if located else None,
                        struck=struck,
                        province=slash.group("province").strip() if slash else None,
                    )
                    if not ids and exact and j - i == 1 and key not in lower_words:
                        deferred.append((s, e, name, raw))
                if not ids:
                    continue
                # Inside a longer capitalised name (not merely beside a connector:
                # "Iraq as Syria" is two names).
                # A capitalised article before it opens a sentence ("The Bocaranga attack").
                partial = (
                    i > 0
                    and _is_cap(tokens[span[i - 1]][2])
                    and tokens[span[i - 1]][2].lower() not in _ARTICLES
                ) or (
                    j < len(span)
                    and (
                        _is_cap(tokens[span[j]][2])
                        # "Banco de Arena": a Romance name goes on past its "de"
                        or (lowered[j] in _NAME_LINKS and j + 1 < len(span))
                    )
                )
                if partial and is_org:
                    continue
                if (
                    is_org
                    and i > 1
                    and lowered[i - 1] in _NAME_LINKS
                    and _is_cap(tokens[span[i - 2]][2])
                ):
                    continue  # "Ejército Gaitanista de Colombia": the group's name goes on

                if partial and not exact and all(gaz.feature[c] == "country" for c in ids):
                    continue  # "Spin Boldak-Chaman": "Spin" is no loose spelling of Spain
                if river and all(gaz.feature[c] != "river" for c in ids):
                    continue  # "along the Santiago river": a river, not a town so named
                mention = Mention(s, e, name, _top_candidates(gaz, ids, name), exact)
                mention.county_word = _COUNTY_AFTER.match(text, e) is not None
                mention.hood_word = _HOOD_AFTER.match(text, e) is not None
                mention.area_word = bool(
                    _AREA_WORD_AFTER.match(text, e)
                    # "Lac province": the word is inside the name
                    or (" " in name and _AREA_WORD_AFTER.match(" " + name.rsplit(None, 1)[-1]))
                    or _AREA_WORD_BEFORE.search(text, max(0, s - 24), s)
                )
                if partial:
                    # Inside a longer capitalised name: a place when the rest is a
                    # facility ("Cottonport Fire Station"), else decided after scoring.
                    rest, head = lowered[j:], lowered[:i]
                    # ("Faskari Local Government Area of Katsina State": up to the "of")
                    # (an area only: the "Supreme Court of Justice" is no town's court)
                    cut = next((k for k, w in enumerate(rest) if w in _CONNECTORS), len(rest))
                    if cut and rest[cut - 1] in ("area", "lga", "district", "county"):
                        rest = rest[:cut]
                    facility = (
                        i == 0
                        and all(
                            (w in _FACILITY or (venue and w == "press")) and w not in _NAMED_AFTER
                            for w in rest
                        )
                    ) or (j == len(span) and all(w in _FACILITY or w in _TITLES for w in head))
                    mention.report = True if facility else None
                mentions.append(mention)
                matched = True
                i = j
                break
            if not matched:
                i += 1
        shouted = all(tokens[k][2].isupper() for k in span)
        # Only capitalised words make a person's name ("the Huliaipole direction" is none).
        # "The Bocaranga attack": a capitalised article at a sentence's start is no name.
        named = (
            sum(
                1
                for k in span
                if _is_cap(tokens[k][2]) and tokens[k][2].lower() not in FUNCTION_WORDS
            )
            >= 2
        )
        # "the Old City of Nablus": a run joined by "of" names a place's part, not a person
        joined_by_of = any(tokens[k][2] == "of" for k in span)
        # "the Teaching Hospital Turbat": a facility named after its town, not a person
        # ("Dulles Airport" still hides a lone "Airport" elsewhere)
        facility_named = any(w in _NO_SURNAME for w in lowered[:-1])
        # "in Greater Salvador", "Metropolitan Manila": a town's wider area, not a person
        wider = lowered[0] in ("greater", "metropolitan", "metro", "inner", "outer")
        if (
            len(span) >= 2
            and named
            and not is_org
            and not whole_known
            and not shouted
            and not joined_by_of
            and not facility_named
            and not wider
        ):
            # "Khalil Salim": a capitalised run that is no place and holds no clear place
            # is a name; its last word alone later on is that person. An all-caps run is
            # a shouted headline ("GUNMEN KILLED OFF SEMPORNA"), not a name.
            strong = any(
                gaz.feature[c] in AREA_FEATURES or c in gaz.curated
                for m in mentions[n_before:] for c in m.candidates
            )  # fmt: skip
            last = tokens[span[-1]][2]
            # "surrendered before the Bhadradri Kothagudem Superintendent ... at the
            # district police office in Kothagudem": a tail the text puts a place
            # preposition before elsewhere is a place named with its district's prefix.
            # ("SSP Shikarpur" beside "Shikarpur city", "Shikarpur police")
            placed = re.search(
                rf"\b(?:in|near|at|outside|around)\s+{re.escape(last)}\b(?!\s+[A-Z])|"
                rf"\b{re.escape(last)}\s+(?:city|town|village|district|province|police)\b",
                text,
            )
            if not strong and placed is None:
                person_tail.add(exact_key(last))
    mentions += _road_ends(text, gaz, mentions, lower_words)
    mentions += _same_name_again(mentions, deferred)
    out = []
    for m in mentions:
        if exact_key(m.text) in person_tail and not any(
            gaz.feature[c] == "country" for c in m.candidates
        ):
            continue  # the surname of a person named earlier or later ("Soleimani")
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out


def _same_name_again(
    mentions: list[Mention], deferred: list[tuple[int, int, str, list[int]]]
) -> list[Mention]:
    """One name, one place per article: a village GeoNames lists with no population that
    the article once names where a cue vouches for it ("PARACHINAR: Two shepherds ...", the
    "Thall-Parachinar road") is that place at its bare mentions too ("a protest ... in
    Parachinar")."""
    known: dict[str, Mention] = {}
    for m in mentions:
        if m.report is True and m.candidates:
            known.setdefault(exact_key(m.text), m)
    out = []
    for s, e, name, raw in deferred:
        seen = known.get(exact_key(name))
        if seen is None or not set(seen.candidates) & set(raw):
            continue
        if any(m.start < e and s < m.end for m in mentions):
            continue
        out.append(Mention(s, e, name, list(seen.candidates), True))
    return out


# "on the Kapedo-Lomelo road", "the Bolgatanga-Bawku highway": a road named by its ends.
_ROAD_ENDS = re.compile(
    r"\b(?P<a>(?:[A-Z][\w'’]+\s){0,2}[A-Z][\w'’]{2,})[-–](?P<b>[A-Z][\w'’]{2,})"
    r"(?=\s+(?:main\s+|trunk\s+)?(?:road|highway|expressway|motorway|axis|route|corridor|stretch"
    r"|section)\b)"
)


def _road_ends(
    text: str, gaz: Gazetteer, mentions: list[Mention], lower_words: set[str]
) -> list[Mention]:
    """The towns at the ends of a road named "A-B road", where the joined name is no
    place the gazetteer knows."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for road in _ROAD_ENDS.finditer(text):
        for part in ("a", "b"):
            e = road.end(part)
            # ("the Tuz Khurmatu-Amerli road": the longest run of words that names a place)
            starts = [road.start(part)] + [
                road.start(part) + w.end() for w in re.finditer(r"\s", road[part])
            ]
            for s in starts:
                # (a mention that only covers part of the name, "Tuz" of "Tuz Khurmatu",
                # gives way to the whole)
                inside = [
                    m for m in mentions if s <= m.start and m.end <= e and m.end - m.start < e - s
                ]
                if any(
                    a < e and s < b
                    for a, b in taken
                    if not any((m.start, m.end) == (a, b) for m in inside)
                ):
                    break
                name = text[s:e]
                ids, exact = gaz.lookup(name)
                ids = _plausible(gaz, ids, name, len(name.split()), lower_words, cued=True)
                if ids:
                    for m in inside:
                        mentions.remove(m)
                    out.append(Mention(s, e, name, _top_candidates(gaz, ids, name), exact))
                    break
    return out


def _annotate(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Near/part-of/compass/qualifier cues around each mention."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        before = text[max(0, m.start - 60) : m.start]
        after = text[m.end : m.end + 80]
        if _NEAR_BEFORE.search(before) or _NEAR_AFTER.match(after):
            m.precision_hint = 2
        compass = _COMPASS_BEFORE.search(before)
        if compass and not before[compass.start(1) - 1 : compass.start(1)].isalpha():
            word = compass.group(1)
            m.compass = _COMPASS[word.lower()]
            m.region_start = m.start - (len(before) - compass.start(1))
        part = _PART_OF_AFTER.match(after)
        if part is None and m.text.lower().endswith(_PART_WORDS):
            part = _OF_AFTER.match(after)
        if part:
            parent = by_start.get(m.end + part.end())
            if parent is not None:
                m.precision_hint = 2
                towns = [c for c in parent.candidates if gaz.feature[c] not in AREA_FEATURES]
                if towns and m.candidates:
                    # "the Al-Shati area of Abu Zabad": a part lies by its town (not the
                    # Gaza camp of that name); with no namesake near it, the town says where
                    m.candidates = [
                        c for c in m.candidates
                        if any(distance_km(gaz.lat[c], gaz.lon[c], gaz.lat[t], gaz.lon[t])
                               <= 60 for t in towns)
                    ]  # fmt: skip
        if _SAID_AFTER.match(after) and not (
            _LOCATIVE_BEFORE.search(before)
            # "police in south Galkayo said": a town's part, no surname
            or (
                m.compass is not None
                and m.region_start is not None
                and _LOCATIVE_BEFORE.search(before, 0, m.region_start - m.start + len(before))
            )
        ):
            # "Kirby said": a surname; keep only places that are clearly places ("our
            # correspondent in Makeni says" names a town).
            m.candidates = [
                c for c in m.candidates
                if (gaz.feature[c] in AREA_FEATURES and gaz.feature[c] != "admin2")
                or gaz.population[c] >= 1_000_000 or c in gaz.curated
            ]  # fmt: skip
        _list_cues(text, m, gaz, by_start, by_end)
        qual = _IN_AREA_AFTER.match(after) or _QUALIFIER_AFTER.match(after)
        # "Dublin, Ohio" qualifies a town; "Syria, Iraq, Iran" is a list of areas. So does
        # "Bara in North Kordofan State" (only when the next name is an area, see below).
        if qual and (
            not any(gaz.feature[c] in ("country", "admin1") for c in m.candidates)
            or _town_of_the_province_after(gaz, m, by_start.get(m.end + qual.end()))
        ):
            nxt = by_start.get(m.end + qual.end())
            if nxt is not None:
                areas = [
                    c for c in nxt.candidates if gaz.feature[c] in ("country", "admin1", "admin2")
                ]
                if (
                    areas
                    and qual.re is _IN_AREA_AFTER
                    and len(areas) < len(nxt.candidates)
                    # ("in Murzuq district": the area, said so)
                    and not (nxt.area_word or _DISTRICT_AFTER.match(text, nxt.end))
                ):
                    areas = []  # "in Shwebo": a town's name, not surely the area
                if not areas and qual.re is _IN_AREA_AFTER:
                    m.near = nxt  # "X village in Shwebo Township": X lies by that town
                if areas:
                    m.within = areas[0] if len(areas) == 1 else None
                    nxt.strong = True
                    if m.within is None:
                        m.within = max(areas, key=lambda c: gaz.population[c])
                    _add_inside(gaz, m)
                    # "Rego Park, New York": the qualifier is the state, not the city.
                    if m.within in nxt.candidates and len(nxt.candidates) > 1:
                        nxt.candidates = [m.within]
            else:
                abbrev = _STATE_ABBREV_AT.match(after)
                if abbrev:
                    state = _STATE_ABBREV.get(exact_key(abbrev.group(1)))
                    area = gaz.area("admin1", "US", state) if state else None
                    if area is not None:
                        m.within = area


def _town_of_the_province_after(gaz: Gazetteer, m: Mention, nxt: Mention | None) -> bool:
    """Whether ``m``, a name some province also bears, is a town of the one province named
    next: "La Libertad, Petén" (Guatemala's town, not El Salvador's department), where a
    list of areas ("Syria, Iraq") names no town of the next area."""
    if nxt is None or not nxt.candidates:
        return False
    if any(gaz.feature[c] != "admin1" for c in nxt.candidates):
        return False
    provinces = {(gaz.country[c], gaz.admin1[c]) for c in nxt.candidates}
    return any(
        gaz.feature[c] not in AREA_FEATURES and (gaz.country[c], gaz.admin1[c]) in provinces
        for c in m.candidates
    )


_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)$")
_COUNTIES_AFTER = re.compile(
    r"^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)"
    r"[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,2}){0,12}"
    r"\s+(?i:counties|parishes|county\s+lines?)\b",
)


def _list_neighbours(
    text: str, m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]
) -> list[Mention]:
    """The mentions next to ``m`` in a list ("Ohio, New York and Texas")."""
    out = []
    for gap in range(1, 8):
        after = by_start.get(m.end + gap)
        if after is not None and _LIST_SEP.match(text[m.end : after.start]):
            out.append(after)
        before = by_end.get(m.start - gap)
        if before is not None and _LIST_SEP.match(text[before.end : m.start]):
            out.append(before)
    return out


def _list_cues(
    text: str,
    m: Mention,
    gaz: Gazetteer,
    by_start: dict[int, Mention],
    by_end: dict[int, Mention],
) -> None:
    """Names listed together are of one kind (the list is read from ``m`` both ways).

    "Becker, Clay and Douglas counties" (or "the Otter Tail/Grant county line") are
    counties; "Georgia, Ohio, New York and Texas" beside other US states are states,
    not the country or the city.
    """
    # Walk the list to its end to see whether "counties" follows it.
    chain, seen, frontier = [m], {m.start}, [m]
    while frontier and len(chain) < 40:
        cur = frontier.pop()
        for n in _list_neighbours(text, cur, by_start, by_end):
            if n.start not in seen:
                seen.add(n.start)
                chain.append(n)
                frontier.append(n)
    if _COUNTIES_AFTER.match(text[m.end : m.end + 300]):
        counties = [c for c in m.candidates if gaz.feature[c] == "admin2"]
        for word in (" County", " Parish"):
            ids, _exact = gaz.lookup(m.text + word)
            counties += [c for c in ids if gaz.feature[c] == "admin2" and c not in counties]
        if counties:
            m.candidates = counties
            return
    if len(chain) < 2 or len(m.candidates) < 2:
        return
    others = [n for n in chain if n is not m]
    if (
        len(others) == 1
        and others[0].start > m.end
        and _town_of_the_province_after(gaz, m, others[0])
    ):
        return  # "La Libertad, Petén": a town and its province, no list of two provinces
    states = sum(
        1 for n in others
        if n.candidates and all(gaz.feature[c] == "admin1" for c in n.candidates[:1])
        and any(gaz.feature[c] == "admin1" for c in n.candidates)
        and not any(gaz.feature[c] == "country" for c in n.candidates)
    )  # fmt: skip
    if states >= 1 and states * 2 >= len(others):
        areas = [c for c in m.candidates if gaz.feature[c] == "admin1"]
        if areas:
            m.candidates = areas


# --------------------------------------------------------------------------- resolution

# Areas score by kind alone (a province's population would outweigh its capital's).
_FEATURE_PRIOR = {
    "country": 4.5, "admin1": 3.0, "continent": 5.0, "sea": 4.0, "region": 3.5,
    "admin2": 1.2, "airbase": 0.8, "airport": 0.2, "base": 1.0, "garrison": 1.0,
    "camp": 0.8, "border crossing": 0.8, "district": 0.6, "river": 2.0,
}  # fmt: skip


def _base_score(gaz: Gazetteer, c: int, m: Mention, main_exists: bool) -> float:
    """Prior of candidate ``c`` for mention ``m``, before context.

    A place whose own name is the mention beats one that merely lists it among its
    alternate names (``Florida`` is an alternate name of a Californian village).
    """
    feature = gaz.feature[c]
    score = _FEATURE_PRIOR.get(feature, 0.0)
    if feature not in AREA_FEATURES:
        pop = gaz.population[c]
        # World cities are what a bare name means almost whatever the article's country.
        score += WEIGHTS["population"] * math.log10(pop + 10)
        score += WEIGHTS["million"] * (pop >= 1_000_000) + WEIGHTS["million"] * (pop >= 3_000_000)
        if c in gaz.curated:
            score += 2.5
    elif c in gaz.curated and feature != "country":
        score += 1.0
    if feature == "country" or exact_key(gaz.names[c]) == exact_key(m.text):
        score += 1.2  # a country by any of its names ("America", "Britain")
    elif skeleton_key(gaz.names[c]) == skeleton_key(m.text):
        score += 0.4
    elif main_exists:
        score -= 1.0
    if not m.exact:
        score -= 0.3
    return score


# Weighted tallies (a clear reading counts 2, an ambiguous one 1.5, a doubtful one 0).
_Tally = defaultdict[str, float]
_AreaTally = defaultdict[tuple[str | None, str | None], float]
_NO_COUNTS: tuple[_Tally, _AreaTally] = (defaultdict(float), defaultdict(float))
_NO_KEYS: frozenset[str] = frozenset()


_ONE_LAND: dict[str, tuple[str, ...]] = {"EH": ("EH", "MA"), "MA": ("MA", "EH")}


@dataclass(slots=True)
class _Context:
    """What the other mentions of an article say: countries, admin1 areas, points.

    Counts are kept per mention key too, so that a name never votes for itself ("Kansas"
    the state must not make Kansas, Illinois look local).
    """

    countries: _Tally
    admin1s: _AreaTally
    points: list[tuple[str, float, float]]
    by_key: dict[str, tuple[_Tally, _AreaTally]]
    # Provinces the article names itself ("SINDH POLICE"), by the names that name them.
    named_areas: dict[tuple[str | None, str | None], set[str]] = field(default_factory=dict)

    def country_share(self, key: str, cc: str | None) -> float:
        if not cc:
            return 0.0
        own_c, _ = self.by_key.get(key, _NO_COUNTS)
        total = sum(self.countries.values()) - sum(own_c.values())
        # (a territory and the state that holds it count as one land: Smara, which GeoNames
        # files under Morocco, beside Tifariti in Western Sahara)
        lands = _ONE_LAND.get(cc, (cc,))
        here = sum(self.countries.get(k, 0.0) - own_c.get(k, 0.0) for k in lands)
        return here / total if total > 0 else 0.0

    def admin1_count(self, key: str, cc: str | None, admin1: str | None) -> float:
        if not admin1:
            return 0
        _, own_a = self.by_key.get(key, _NO_COUNTS)
        return self.admin1s.get((cc, admin1), 0.0) - own_a.get((cc, admin1), 0.0)


def _context(gaz: Gazetteer, mentions: Sequence[Mention], extra: Iterable[str]) -> _Context:
    ctx = _Context(defaultdict(float), defaultdict(float), [], {})
    for code in extra:
        ctx.countries[code] += 2
    for m in mentions:
        key = exact_key(m.text)
        own = ctx.by_key.setdefault(key, (defaultdict(float), defaultdict(float)))
        if m.demonym:
            ctx.countries[m.demonym] += 1
            own[0][m.demonym] += 1
            continue
        if m.chosen is None:
            continue
        c = m.chosen
        weight: float = 2 if (len(m.candidates) == 1 or m.strong) else WEIGHTS["ambiguous"]
        if not m.forced and _weak(gaz, m, c, key):
            weight *= WEIGHTS["weak"]
        if m.report is None and gaz.feature[c] not in AREA_FEATURES and c not in gaz.curated:
            # A small town's name inside a longer capitalised name, never reported as a
            # place ("Seth Mohan Lal", "Ali Gul Teghani"): no vote either.
            weight *= WEIGHTS["weak"]
        cc = gaz.country[c]
        if cc:
            ctx.countries[cc] += weight
            own[0][cc] += weight
        if gaz.admin1[c]:
            ctx.admin1s[(cc, gaz.admin1[c])] += weight
            own[1][(cc, gaz.admin1[c])] += weight
        if gaz.feature[c] not in AREA_FEATURES:
            ctx.points.append((key, gaz.lat[c], gaz.lon[c]))
        elif gaz.feature[c] == "admin1" and weight > 0:
            ctx.named_areas.setdefault((cc, gaz.admin1[c]), set()).add(key)
    return ctx


def _weak(gaz: Gazetteer, m: Mention, c: int, key: str) -> bool:
    """A detected mention whose reading is doubtful: another name of a small place
    ("Couple" read as Copley), or a capitalised word that is one of many small towns.
    Such readings still resolve, but they barely vote on the article's context."""
    if gaz.feature[c] in AREA_FEATURES or c in gaz.curated:
        return False
    if exact_key(gaz.names[c]) != key:
        return gaz.population[c] < 100_000
    return " " not in m.text and gaz.population[c] < 5000 and len(m.candidates) > 3


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat), math.floor(lon))


def _colocation(gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Favour homonyms that lie near a possible reading of another name in the article.

    "Paris" and "Henry County" are each ambiguous, but only in Tennessee do both exist
    within a degree of each other. Cells of one degree; each other name found nearby
    adds to the score (at most three).
    """
    cells: dict[str, set[tuple[int, int]]] = {}
    for m in mentions:
        if not m.scores:
            continue
        key = exact_key(m.text)
        top = sorted(m.scores, key=m.scores.__getitem__, reverse=True)[:15]
        own = cells.setdefault(key, set())
        for c in top:
            if gaz.feature[c] not in ("country", "admin1", "continent", "sea", "region"):
                own.add(_cell(gaz.lat[c], gaz.lon[c]))
    if len(cells) < 2:
        return
    # A town and the county it lies in, both named ("Paris" and "Henry County").
    counties: dict[tuple[str | None, str | None], set[str]] = {}
    towns: dict[tuple[str | None, str | None], set[str]] = {}
    for m in mentions:
        key = exact_key(m.text)
        for c in m.scores:
            if gaz.feature[c] == "admin2":
                counties.setdefault((gaz.admin1[c], gaz.names[c]), set()).add(key)
            elif gaz.admin2[c]:
                towns.setdefault((gaz.admin1[c], gaz.admin2[c]), set()).add(key)
    for m in mentions:
        if len(m.scores) < 2:
            continue
        key = exact_key(m.text)
        for c in m.scores:
            pair: tuple[str | None, str | None]
            if gaz.feature[c] == "admin2":
                pair, table = (gaz.admin1[c], gaz.names[c]), towns
            else:
                pair, table = (gaz.admin1[c], gaz.admin2[c]), counties
            if table.get(pair, _NO_KEYS) - {key}:
                m.scores[c] += WEIGHTS["county"]
    index: dict[tuple[int, int], set[str]] = {}
    for key, found in cells.items():
        for cell in found:
            index.setdefault(cell, set()).add(key)
    for m in mentions:
        if len(m.scores) < 2:
            continue
        key = exact_key(m.text)
        for c in m.scores:
            if gaz.feature[c] in ("country", "continent", "sea", "region"):
                continue
            y, x = _cell(gaz.lat[c], gaz.lon[c])
            near: set[str] = set()
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    near |= index.get((y + dy, x + dx), set())
            near.discard(key)
            m.scores[c] += WEIGHTS["coloc"] * min(len(near), 3)


def _resolve(gaz: Gazetteer, mentions: list[Mention], extra_countries: Sequence[str]) -> None:
    for m in mentions:
        if m.demonym or not m.candidates:
            continue
        key = exact_key(m.text)
        main = any(exact_key(gaz.names[c]) == key for c in m.candidates)
        m.scores = {c: _base_score(gaz, c, m, main) for c in m.candidates}
    _colocation(gaz, mentions)
    for m in mentions:
        if m.scores:
            m.chosen = max(m.scores, key=m.scores.__getitem__)
    for _round in range(2):
        ctx = _context(gaz, mentions, extra_countries)
        cells: dict[tuple[int, int], set[str]] = {}
        for k, la, lo in ctx.points:
            cells.setdefault(_cell(la, lo), set()).add(k)
        done: dict[tuple[str, int | None, int, bool, bool], int | None] = {}
        for m in mentions:
            if m.demonym or not m.candidates or len(m.candidates) == 1:
                continue
            key = exact_key(m.text)
            memo = (key, m.within, len(m.candidates), m.area_word, m.county_word)
            if memo not in done:
                done[memo] = _choose(gaz, m, key, ctx, cells)
            m.chosen = done[memo]
    before = [m.chosen for m in mentions]
    misplaced = _drop_incoherent(gaz, mentions, _context(gaz, mentions, extra_countries))
    # A name dropped as incoherent where the article places it elsewhere too keeps that
    # reading ("RSF seizes Bara" read as Bara, Nigeria, beside "the town of Bara, some 60
    # kilometres north of El Obeid", Sudan's Barah).
    kept: dict[str, Counter[int]] = defaultdict(Counter)
    for m in mentions:
        if m.chosen is not None and not m.demonym:
            kept[exact_key(m.text)][m.chosen] += 1
    for m, was in zip(mentions, before, strict=True):
        key = exact_key(m.text)
        if (
            was is not None
            and m.chosen is None
            and m.within is None
            and id(m) not in misplaced
            and kept.get(key)
        ):
            m.chosen = kept[key].most_common(1)[0][0]
    _one_sense(gaz, mentions, _context(gaz, mentions, extra_countries))


def _one_sense(gaz: Gazetteer, mentions: list[Mention], ctx: _Context) -> None:
    """One name, one place in an article: "the town of Bara, some 60 kilometres north of
    El Obeid" (Sudan's Bārah) is the same Bara when it comes back bare ("Bara's central
    market"), not the Indian homonym. Where the readings of a name differ, the one whose
    country the rest of the article names most wins (a name qualified by its area keeps
    its own reading). Readings in one country (a town and its province) stay apart."""
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.chosen is not None and not m.demonym:
            by_key.setdefault(exact_key(m.text), []).append(m)
    for key, group in by_key.items():
        readings = {m.chosen for m in group if m.chosen is not None}
        # (a town and its province of one name, "Homs" and "Homs city", are both right)
        if len({gaz.country[c] for c in readings}) < 2:
            continue
        best = max(
            readings,
            key=lambda c: (ctx.country_share(key, gaz.country[c]), c in gaz.curated),
        )
        for m in group:
            c = m.chosen
            if (
                c is not None
                and gaz.country[c] != gaz.country[best]
                and m.within is None
                and not m.forced
            ):
                m.chosen = best


def _drop_incoherent(gaz: Gazetteer, mentions: list[Mention], ctx: _Context) -> set[int]:
    """Unresolve a town that contradicts the article: outside the area that qualifies it
    ("Bara in North Kordofan State" is not Bara, Nigeria), or a small or loosely matched
    town in a country the article never otherwise names while it names another one firmly
    ("Masisi" read as Maxixe, Mozambique, in a report on North Kivu). An unknown place is
    better left unknown than put in the wrong country.

    A town placed near another ("Calbiga town in Samar province") is judged last, once
    that other has been judged itself (Samar, Ukraine, dropped from a report on the
    Philippines).

    Returns the ids of the mentions dropped for lying outside the area or away from the
    town the text puts them in ("El Aguaje, in the municipality of Aguililla" is not the
    Guerrero hamlet): no other mention's reading is lent to them."""
    misplaced: set[int] = set()
    told = Counter(exact_key(m.text) for m in mentions if not m.demonym)
    for m in sorted(mentions, key=lambda m: m.near is not None):
        c = m.chosen
        if c is None or m.demonym or m.forced:
            continue
        if c in gaz.curated and (m.exact or gaz.feature[c] in AREA_FEATURES):
            # (a curated place is trusted under its own name; "Miraale", a valley of
            # Somalia's Cal Miskaad range, is no spelling of Pakistan's curated Mir Ali)
            continue
        cc = gaz.country[c]
        if gaz.feature[c] in ("admin1", "admin2"):
            # "Tripoli Medical Centre" read as Burkina Faso's Centre region, "Qassem" (a
            # man's name) as Saudi Arabia's Al-Qassim: a province of a country the article
            # never otherwise names, in an article firmly elsewhere.
            key = exact_key(m.text)
            own_c, _ = ctx.by_key.get(key, _NO_COUNTS)
            others = sum(ctx.countries.values()) - sum(own_c.values())
            if others >= 3 and ctx.country_share(key, cc) == 0 and not m.area_word:
                m.chosen = None
            continue
        if gaz.feature[c] in AREA_FEATURES:
            continue
        if m.within is not None:
            w = m.within

            def inside(k: int, w: int = w) -> bool:
                return gaz.country[w] == gaz.country[k] and (
                    gaz.feature[w] == "country"
                    or gaz.admin1[k] is None  # not known: the country must do
                    or gaz.admin1[w] == gaz.admin1[k]
                )

            if gaz.feature[w] in ("country", "admin1") and not inside(c):
                m.chosen = next((k for k in m.candidates if inside(k)), None)
                misplaced.add(id(m))
            continue
        town = m.near.chosen if m.near is not None else None
        if town is not None and gaz.feature[town] not in AREA_FEATURES:

            def close(k: int, town: int = town) -> bool:
                return distance_km(gaz.lat[k], gaz.lon[k], gaz.lat[town], gaz.lon[town]) <= 80

            if not close(c):
                m.chosen = next((k for k in m.candidates if close(k)), None)
                misplaced.add(id(m))
            continue
        key = exact_key(m.text)
        own_c, _ = ctx.by_key.get(key, _NO_COUNTS)
        others = sum(ctx.countries.values()) - sum(own_c.values())
        top = max(ctx.countries, key=lambda k: ctx.countries[k]) if ctx.countries else None
        if m.hood_word and others >= 2 and top is not None and top != cc:
            # "fought gangs in the Brooklyn and Boston neighbourhoods" in a report on Haiti:
            # quarters of the article's town named after far cities, whatever their size
            m.chosen = None
            continue
        loose = exact_key(gaz.names[c]) != key
        if (
            loose
            and m.near is None
            and top is not None
            and top != cc
            and ctx.countries[top] >= 6  # firmly elsewhere: three clear names at least
            and ctx.countries[top] >= 3 * (ctx.countries.get(cc or "", 0) - own_c.get(cc or "", 0))
            and gaz.population[c] < 200_000
        ):
            # A loose spelling of a town in a country the article names only in passing
            # ("the Amura military headquarters" in Bissau read as Amora, Portugal).
            m.chosen = None
            continue
        # A loose match ("Al-Mak" read as Mack, US) goes in a country barely named besides.
        share = ctx.country_share(key, cc)
        # A town of a country the article never names, in an article firmly elsewhere,
        # up to a middling city ("Lere", Nigeria, 93,000, for Léré in Mali).
        limit = 200_000 if others >= 5 and share == 0 else 50_000
        if (
            others > 0
            and (share == 0 or (loose and share < 0.1))
            and (loose or gaz.population[c] < limit)
        ):
            # Far from every other place the article names ("Gulistan", a Dhaka
            # neighbourhood, read as Guliston, Uzbekistan), or the article firmly elsewhere.
            far = all(
                distance_km(la, lo, gaz.lat[c], gaz.lon[c]) > 1500
                for k, la, lo in ctx.points
                if k != key
            )
            if others >= 3 or (far and any(k != key for k, _, _ in ctx.points)):
                m.chosen = None
                continue
        # A small town of a province the article never names, in an article firmly about
        # another province of that country and far from all it names ("Venkatapuram" read
        # as the Tamil Nadu village in a report on Telangana's Mulugu district).
        # (Near at most a fifth of the other names: "Gutti Koya men" may read as a town.)
        a1 = gaz.admin1[c]
        firm = max(
            (n for (k_cc, k_a1), n in ctx.admin1s.items() if k_cc == cc and k_a1 != a1),
            default=0.0,
        )
        # (A province's seat that the article names three times or more is one of its
        # subjects: "In Ghat, a soldier was killed", the headline's "bomb near Ghat", in a
        # report from Ubari.)
        seat = told[key] >= 3 and re.search(rf"\b{re.escape(key)}\b", exact_key(a1 or ""))
        if (
            a1
            and gaz.population[c] < 50_000
            and firm >= 4
            and ctx.admin1_count(key, cc, a1) == 0
            and not seat
        ):
            keys = {k for k, _, _ in ctx.points if k != key}
            near = {
                k
                for k, la, lo in ctx.points
                if k != key and distance_km(la, lo, gaz.lat[c], gaz.lon[c]) <= 400
            }
            if len(keys) >= 3 and 5 * len(near) <= len(keys):
                m.chosen = None
    return misplaced


def _choose(
    gaz: Gazetteer,
    m: Mention,
    key: str,
    ctx: _Context,
    cells: dict[tuple[int, int], set[str]],
) -> int | None:
    """The best candidate of ``m`` given the article's context."""
    # A country, a curated region or sea, or a province of the article's country called
    # by this very name outranks towns that share it.
    area_main = any(
        gaz.feature[c] == "country"
        or (gaz.feature[c] in ("continent", "sea", "region") and c in gaz.curated)
        or (
            gaz.feature[c] == "admin1"
            and exact_key(gaz.names[c]) == key
            and ctx.country_share(key, gaz.country[c]) >= 0.3
            and not _capital_named(gaz, m, c, key)
        )
        for c in m.candidates
    )
    best, best_score = None, -1e9
    for c in m.candidates:
        score = _context_score(gaz, m, c, key, ctx, cells, area_main)
        if score > best_score:
            best, best_score = c, score
    return best


def _capital_named(gaz: Gazetteer, m: Mention, area: int, key: str) -> bool:
    """Whether a province is named after a sizeable town inside it ("Kidal", "Idlib").

    A bare name then means the town, as conflict reports use it ("an army post in
    Kidal"); the province is written as one ("the Kidal region"), which the gazetteer
    lookup of the longer name or the suffix already catches.
    """
    return any(
        gaz.feature[c] not in AREA_FEATURES
        and gaz.country[c] == gaz.country[area]
        and gaz.admin1[c] == gaz.admin1[area]
        and gaz.population[c] >= 10_000
        and exact_key(gaz.names[c]) == key
        for c in m.candidates
    )


def _context_score(
    gaz: Gazetteer,
    m: Mention,
    c: int,
    key: str,
    ctx: _Context,
    cells: dict[tuple[int, int], set[str]],
    area_main: bool,
) -> float:
    """Candidate ``c``'s prior plus what the rest of the article says for it."""
    score = m.scores[c]
    cc = gaz.country[c]
    feature = gaz.feature[c]
    share = ctx.country_share(key, cc)
    score += WEIGHTS["share"] * share
    if feature == "admin1" and share == 0 and c not in gaz.curated:
        score -= 1.0  # a province abroad ("Gaza", Mozambique) needs context
    a1 = ctx.admin1_count(key, cc, gaz.admin1[c])
    if a1 > 0 and feature != "admin1":
        score += WEIGHTS["admin1"] + WEIGHTS["admin1_step"] * min(a1, 3)
        if ctx.named_areas.get((cc, gaz.admin1[c]), set()) - {key}:
            # The province is named outright, not only inferred from its towns' homonyms
            # ("Shikarpur" and "Khanpur" each have a namesake near the other in Uttar
            # Pradesh; the release is headed "SINDH POLICE").
            score += WEIGHTS["named_area"]
    if feature not in AREA_FEATURES:
        # Another place of the article in the same one-degree cell, or next to it.
        y, x = _cell(gaz.lat[c], gaz.lon[c])
        if cells.get((y, x), _NO_KEYS) - {key}:
            score += WEIGHTS["cell"]
        elif any(
            cells.get((y + dy, x + dx), _NO_KEYS) - {key} for dy in (-1, 0, 1) for dx in (-1, 0, 1)
        ):
            score += WEIGHTS["cell_near"]
    if feature == "admin1" and (m.area_word or (m.county_word and cc in _COUNTY_PROVINCES)):
        # "the Kidal region" is the province; "Dnipropetrovsk region" too, though its
        # capital has been renamed Dnipro
        score += 4.0
    elif feature == "admin1" and _capital_named(gaz, m, c, key):
        score -= 2.5  # "Kidal" bare is the town
    if (
        area_main
        and feature not in AREA_FEATURES
        and c not in gaz.curated
        and m.within is None
        and (gaz.population[c] < 1_000_000 or exact_key(gaz.names[c]) != key)
        and exact_key(gaz.admin1[c] or "") != key  # a province's namesake capital
    ):
        score -= 3.0  # "Egypt" is the country, not Egypt, Alabama; "Mexico" not its city
    if m.within is not None:
        w = m.within
        inside = gaz.country[w] == cc and (
            gaz.feature[w] == "country" or gaz.admin1[w] == gaz.admin1[c]
        )
        score += 4.0 if inside else -2.0
    return score


def _region(gaz: Gazetteer, c: int, compass: tuple[int, int]) -> tuple[float, float]:
    """Centre of "eastern X": a quarter of the way from X's centre toward that side."""
    lat, lon = gaz.lat[c], gaz.lon[c]
    cc = gaz.country[c]
    if gaz.feature[c] == "country" and cc in gaz.extent:
        lat0, lat1, lon0, lon1 = gaz.extent[cc]
    else:  # an admin1 area or a region: take it as about 60 km across
        lat0, lat1, lon0, lon1 = lat - 0.3, lat + 0.3, lon - 0.3, lon + 0.3
    dlat, dlon = compass
    lat = lat + dlat * (lat1 - lat0) / 4 if dlat else lat
    lon = lon + dlon * (lon1 - lon0) / 4 if dlon else lon
    return round(lat, 4), round(lon, 4)


def _place(gaz: Gazetteer, text: str, m: Mention, article_id: str) -> Place:
    c = m.chosen
    if c is None:
        return Place(article_id, m.start, m.end, m.text)
    feature = gaz.feature[c]
    lat, lon = gaz.lat[c], gaz.lon[c]
    start = m.start
    precision = 3 if feature in AREA_FEATURES or feature == "river" else 1
    name = gaz.names[c]
    if m.compass is not None and feature in ("country", "admin1", "region") and m.region_start:
        lat, lon = _region(gaz, c, m.compass)
        start = m.region_start
        precision = 3
        feature = "region"
        name = f"{text[start : m.start].strip()} {name}"
    elif m.precision_hint == 2 and precision == 1:
        precision = 2
    admin1 = gaz.admin1[c]
    return Place(
        article_id=article_id, start=start, end=m.end, text=text[start : m.end], name=name,
        lat=lat, lon=lon, country=gaz.country[c],
        admin1=admin1 if feature not in ("country",) else None,
        admin2=gaz.admin2[c], geonames_id=gaz.geonames_id[c], feature=feature,
        precision=precision,
    )  # fmt: skip


# --------------------------------------------------------------------------- public


def _fallbacks(name: str) -> list[str]:
    """Other forms to try for a given span the gazetteer lacks as written."""
    out = []
    if name.lower().startswith("the "):
        out.append(name[4:])
    for suffix in (" Township", " Co.", " Twp."):
        if name.endswith(suffix):
            out.append(name[: -len(suffix)])
            if suffix == " Co.":
                out.append(name[: -len(suffix)] + " County")
    # A county or parish named without its word ("Oconee", "Pointe Coupee").
    out += [name + " County", name + " Parish"]
    # "W. Columbia", "Mt. Hood": abbreviated words spelled out.
    spelled = _ABBREVIATED.sub(lambda m: _SPELLED[m.group(1).lower()], name)
    if spelled != name:
        out.append(spelled)
    # People of a place ("Ohioans", "Ontarians", "New Londoners", "Dagestani").
    for suffix, repl in _DEMONYM_ENDINGS:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            out.append(name[: -len(suffix)] + repl)
    # A feature named after a place the gazetteer has ("Neches River", "Lake Lanier",
    # "Readington Township", "Port of Los Angeles"): the place stands in for it.
    for pattern in _GENERIC_WORDS:
        stripped = pattern.sub("", name).strip()
        if stripped and stripped != name:
            out.append(stripped)
    return out


_SPELLED = {"w": "West", "e": "East", "n": "North", "s": "South", "mt": "Mount",
            "ft": "Fort", "st": "Saint", "pt": "Point"}  # fmt: skip
_ABBREVIATED = re.compile(r"\b(W|E|N|S|Mt|Ft|St|Pt)\.\s*")
_DEMONYM_ENDINGS = (
    ("ians", "ia"), ("ians", "io"), ("ians", "y"), ("ans", ""), ("ans", "a"), ("ns", ""),
    ("ers", ""), ("ites", ""), ("ns", "s"), ("n", "s"), ("ian", "ia"), ("vian", ""),
    ("an", "e"), ("an", "a"), ("i", ""),
)  # fmt: skip
_GENERIC_WORDS = tuple(
    re.compile(p)
    for p in (
        r"\s+(?:River|Creek|Lake|Valley|Park|Station|Township|Twp\.?|Islands?|Harbou?r|"
        r"National Park|National Forest|Bay|Sound|Mountains?)$",
        r"^(?:River|Lake|Mount|Town of|Township of|Port of|City of|Village of)\s+",
        r"^(?:North|South|East|West|Downtown|Upper|Lower)\s+",
    )
)


def _forced_mentions(text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[Mention]:
    table = demonyms()
    out = []
    for s, e in spans:
        name = text[s:e]
        key = exact_key(name)
        m = Mention(s, e, name, [], True, forced=True)
        state = _STATE_ABBREV.get(key) if "." in name else None
        code = table.get(key)
        area = None
        if state is not None:
            area = gaz.area("admin1", "US", state)
        elif code is not None:
            area = gaz.area("country", code)
        if area is not None:
            m.candidates = [area]
        else:
            ids, m.exact = gaz.lookup(name)
            variant = name
            for variant in _fallbacks(name) if not ids else ():
                ids, m.exact = gaz.lookup(variant)
                if ids:
                    break
            if ids and variant != name and any(p.search(name) for p in _GENERIC_WORDS):
                m.precision_hint = 2  # "Neches River" placed at Neches: near it, not it
            m.candidates = _top_candidates(gaz, ids, variant)
        out.append(m)
    return out


def _demonym_mentions(text: str) -> list[Mention]:
    table = demonyms()
    out = []
    for match in re.finditer(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b", text):
        code = table.get(exact_key(match.group()))
        if code:
            out.append(Mention(match.start(), match.end(), match.group(), [], True, demonym=code))
    return out


def geoparse(
    text: str,
    *,
    article_id: str,
    sentences: list[Sentence] | None = None,
    gazetteer: Gazetteer | None = None,
    context_countries: Sequence[str] = (),
    spans: Sequence[tuple[int, int]] | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> list[Place]:
    """Every place mention of ``text``, resolved, in text order.

    ``names`` are spans of names that are no places whatever words they hold (armed groups:
    "the Vostok group of forces", "Islamic State West Africa Province"): nothing inside
    them is read, not even as context for the other names.

    ``sentences`` is accepted for the pipeline's uniform stage signature (mentions never
    cross a sentence boundary in practice, and detection needs no sentences).
    ``context_countries`` (ISO codes) favour homonyms in those countries. ``spans``, when
    given, are the mentions to resolve (for example an evaluation's gold toponyms): the
    rest of the text is still read for context, and one place comes back per span (with
    ``name`` None where nothing matched).
    """
    del sentences  # detection works on the text itself
    gaz = gazetteer if gazetteer is not None else get_gazetteer()
    detected = [
        d for d in detect(text, gaz) if not any(a <= d.start and d.end <= b for a, b in names)
    ]
    forced: list[Mention] = []
    if spans is not None:
        forced = _forced_mentions(text, spans, gaz)
        covered = [(f.start, f.end) for f in forced]
        detected = [d for d in detected if not any(d.start < e and s < d.end for s, e in covered)]
        mentions = sorted(forced + detected, key=lambda m: m.start)
    else:
        mentions = detected
    _annotate(text, mentions, gaz)
    context = mentions + _demonym_mentions(text)
    _resolve(gaz, context, context_countries)
    if spans is not None:
        # One place per requested span, in the caller's order.
        return [_place(gaz, text, m, article_id) for m in forced]
    places: list[Place] = []
    for m in mentions:
        if m.chosen is None:
            continue
        if m.report is None:
            # A place named inside a longer capitalised name: report only clear places.
            c = m.chosen
            if not (gaz.feature[c] in AREA_FEATURES or c in gaz.curated):
                continue
        elif m.report is False:
            continue
        places.append(_place(gaz, text, m, article_id))
    parts = _unknown_parts(gaz, text, mentions, article_id)
    spans_of = {(p.start, p.end) for p in parts}
    places = [p for p in places if (p.start, p.end) not in spans_of] + parts
    places.sort(key=lambda p: p.start)
    return places


_UNKNOWN_PART = re.compile(
    r"\b((?:[A-Z][\w'’-]{1,40}\s){1,3}(?:district|neighbou?rhood|quarter|suburb|area))"
    r"\s+(?:of|in)\s+(?:the\s+)?",
)


def _unknown_parts(
    gaz: Gazetteer, text: str, mentions: Sequence[Mention], article_id: str
) -> list[Place]:
    """ "the Hamidiya district of Deir ez-Zor": a part the gazetteer lacks, placed at its
    town with precision 2, so that the event keeps the name the report gave."""
    by_start = {m.start: m for m in mentions if m.chosen is not None}
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for match in _UNKNOWN_PART.finditer(text):
        parent = by_start.get(match.end())
        s, e = match.span(1)
        if text[s:e].split()[0] in ("The", "A", "An", "In", "At", "On"):
            s = s + len(text[s:e].split()[0]) + 1
        if parent is None or s >= e or any(a < e and s < b for a, b in taken):
            continue
        c = parent.chosen
        if c is None or gaz.feature[c] in ("country", "continent", "sea"):
            continue
        out.append(
            Place(
                article_id=article_id, start=s, end=e, text=text[s:e], name=text[s:e],
                lat=gaz.lat[c], lon=gaz.lon[c], country=gaz.country[c], admin1=gaz.admin1[c],
                admin2=gaz.admin2[c] or gaz.names[c], geonames_id=None, feature="district",
                precision=2,
            )
        )  # fmt: skip
    # "in Sussuarana, in the city's Miolo region", "in Valéria, on the city's northern
    # outskirts": a part of the town the report last named.
    for match in _PART_OF_THE_CITY.finditer(text):
        s, e = match.span(1)
        towns = [
            m for m in mentions
            if m.end <= s and m.chosen is not None and gaz.feature[m.chosen] == "city"
            and m.report is not False
        ]  # fmt: skip
        if not towns:
            continue
        c = towns[-1].chosen
        assert c is not None
        named = [m for m in mentions if m.start < e and s < m.end]
        if named:
            # a namesake the gazetteer knows far away ("Cajazeiras" of Paraíba for the
            # Salvador neighbourhood) gives way; a place near the town stands
            near = [
                m for m in named
                if m.chosen is not None
                and distance_km(gaz.lat[m.chosen], gaz.lon[m.chosen], gaz.lat[c], gaz.lon[c]) <= 150
            ]  # fmt: skip
            if near or any(m.start != s or m.end != e for m in named):
                continue
        out.append(
            Place(
                article_id=article_id, start=s, end=e, text=text[s:e], name=text[s:e],
                lat=gaz.lat[c], lon=gaz.lon[c], country=gaz.country[c], admin1=gaz.admin1[c],
                admin2=gaz.names[c], geonames_id=None, feature="district", precision=2,
            )
        )  # fmt: skip
    return out


_PART_OF_THE_CITY = re.compile(
    r"\b(?:in|at)\s+((?-i:[A-Z][\w'’-]+)(?:\s+(?:d[aeo]s?|del|de\s+la|(?-i:[A-Z][\w'’-]+))){0,3})"
    r",\s+(?:on|in|at)\s+the\s+(?:city|capital|town)['’]s\s"
)


def resolve_name(
    name: str, *, context_countries: Sequence[str] = (), gazetteer: Gazetteer | None = None
) -> Place | None:
    """The most likely place called ``name`` (e.g. an event's location text), or None."""
    if not name or not name.strip():
        return None
    places = geoparse(
        name, article_id="", gazetteer=gazetteer, context_countries=context_countries,
        spans=[(0, len(name))],
    )  # fmt: skip
    if places and places[0].name is not None:
        return places[0]
    # Fall back on detection inside the text ("near the town of Boukamal").
    found = geoparse(name, article_id="", gazetteer=gazetteer, context_countries=context_countries)
    return found[0] if found else None
