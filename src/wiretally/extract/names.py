"""ACLED's names for a country's people and forces, from ISO codes: "Civilians (Mali)",
"Police Forces of Kenya". The extract stage names actors with them; the merge stage names an
incident's unnamed victims the same way."""

from __future__ import annotations

import re
from functools import lru_cache

_COUNTRY_NAMES = {
    "IL": "Israel", "PS": "Palestine", "IQ": "Iraq", "SY": "Syria", "LB": "Lebanon",
    "IR": "Iran", "YE": "Yemen", "US": "United States", "UA": "Ukraine", "RU": "Russia",
    "AF": "Afghanistan", "SO": "Somalia", "SD": "Sudan", "ML": "Mali", "NG": "Nigeria",
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "TZ": "Tanzania",
    "BO": "Bolivia", "VE": "Venezuela", "KR": "South Korea", "KP": "North Korea", "LA": "Laos",
    "MD": "Moldova", "SS": "South Sudan", "CF": "Central African Republic", "TW": "Taiwan",
    "VN": "Vietnam", "CI": "Ivory Coast", "TR": "Turkey", "XK": "Kosovo", "CV": "Cape Verde",
    "SZ": "Eswatini", "BN": "Brunei", "FM": "Micronesia", "VA": "Vatican",
}  # fmt: skip


def country_name(code: str | None) -> str | None:
    """A country's common English name from its ISO code ("IN" -> "India")."""
    if not code:
        return None
    name = _COUNTRY_NAMES.get(code)
    if name is None:
        try:
            import pycountry

            found = pycountry.countries.get(alpha_2=code)
        except (ImportError, LookupError, KeyError):
            found = None
        name = getattr(found, "common_name", None) or getattr(found, "name", None)
    return name


_COUNTRY_ALIASES = {"democratic republic of congo": "CD", "dr congo": "CD", "drc": "CD",
                    "republic of congo": "CG", "ivory coast": "CI", "russia": "RU",
                    "syria": "SY", "iran": "IR", "palestine": "PS", "the us": "US",
                    "the united states": "US", "the uk": "GB", "britain": "GB",
                    # names pycountry lacks or has changed ("Türkiye", "Myanmar", "Cabo Verde")
                    "turkey": "TR", "kosovo": "XK", "burma": "MM", "cape verde": "CV",
                    "east timor": "TL", "brunei": "BN", "macedonia": "MK", "swaziland": "SZ",
                    "cote d'ivoire": "CI", "côte d'ivoire": "CI", "somaliland": "SO",
                    "micronesia": "FM", "vatican": "VA", "holland": "NL"}  # fmt: skip


@lru_cache(maxsize=4096)
def country_code(name: str, *, fuzzy: bool = False) -> str | None:
    """ISO code of a country named in English ("Niger" -> "NE"); None for other words.
    ``fuzzy`` also tries pycountry's fuzzy search (for gold files, not for article text)."""
    key = " ".join(name.lower().split())
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key]
    if key.startswith("the ") and key[4:] in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key[4:]]
    if key.startswith("the "):
        name = name.strip()[4:]  # "the Philippines", "the Gambia"
    try:
        import pycountry

        return str(pycountry.countries.lookup(name).alpha_2)
    except (ImportError, LookupError):
        pass
    if fuzzy:
        try:
            import pycountry

            return str(pycountry.countries.search_fuzzy(name)[0].alpha_2)
        except (ImportError, LookupError):
            return None
    return None


def people_of(kind: str, country: str | None) -> str:
    """ACLED's name for unorganised people of a country: "Civilians (Mali)", "Protesters
    (Kenya)"; the bare kind when the country is unknown."""
    land = country_name(country) or country
    return f"{kind} ({land})" if land else kind


# Words that name the police in a report ("riot police", "gendarmes"): the extract stage
# reads a protest's or a riot's other side from them, and the merge stage a riot's.
POLICE_WORD = re.compile(r"\b(?:police(?:men)?|gendarmes?|gendarmerie|riot units)\b", re.I)


# Countries ACLED names with the article in a force's name: "Military Forces of the
# Philippines", "Police Forces of the United States" (but "Civilians (Philippines)").
_WITH_THE = frozenset(
    {"PH", "US", "GB", "CD", "CG", "CF", "DO", "NL", "GM", "BS", "AE", "KM", "MV", "CZ"}
)


# A territory whose forces are those of the state that holds it: Morocco's army and police
# patrol Western Sahara west of the berm (ACLED names them Morocco's).
_HELD_BY = {"EH": "MA"}


def holder(country: str | None) -> str | None:
    """The state whose forces act in ``country``: itself, or the state holding it."""
    return _HELD_BY.get(country or "", country)


def forces_land(country: str | None) -> str | None:
    """A country's name as it stands in ACLED's name for its forces ("the Philippines")."""
    land = country_name(holder(country))
    return f"the {land}" if land and country in _WITH_THE else land


def police_of(country: str | None) -> str:
    """ACLED's name for a country's police: "Police Forces of Kenya"; "Police" when the
    country is unknown."""
    land = forces_land(country)
    return f"Police Forces of {land}" if land else "Police"


# ACLED's names for state forces: "Military Forces of Mali (2021-)", "Police Forces of Niger".
_ACLED_FORCE = re.compile(
    r"^(?P<kind>Military|Police) Forces of (?:the )?(?P<land>.+?)(?:\s+\([\d-]+\))?$"
)


def acled_force(name: str, *, fuzzy: bool = False) -> tuple[str, str | None] | None:
    """The kind ("Military" or "Police") and the country code of a state force named the
    ACLED way ("Military Forces of Mali (2021-)"); None for any other name."""
    m = _ACLED_FORCE.match(name.strip())
    if m is None:
        return None
    return m.group("kind"), country_code(m.group("land"), fuzzy=fuzzy)
