"""Whether two reports can be the same incident, and how strongly they say so.

A mention is first turned into an :class:`Item` (dates as day numbers, place as
coordinates and admin codes, actors folded) so that comparisons are cheap. A cluster
of items keeps a :class:`Profile`: the tightest date range its dated mentions agree on,
its most precise place, the actor names seen per role. A new item is compared with a
profile, never with every member, so that vague reports cannot chain two different
incidents together (A close to B, B close to C, A far from C).

:func:`compare` returns either a veto (a field contradicts) or a score: the sum of
the evidence weights of the fields that agree, with the names of those fields so that
every merge can be explained. Vetoes, cheapest first:

* date: ranges that do not overlap (two exact days may differ by one);
* place: precise places farther apart than the radius for their precision (25 km for
  the place itself, 50 km for "near"); different countries, unless one place is a larger
  area's centre close to the other; different provinces; two precise place names
  without coordinates that share nothing;
* type: sub-types outside one family (a drone strike and a shelling may be one report's
  wording against another's; a drone strike and a protest may not);
* actors: a different actor in one role, unless the roles are swapped, or the reports
  dispute the blame (claimed/denied) for one place on one day.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from wiretally.extract.actors import actor_table as _TABLE
from wiretally.extract.names import country_code
from wiretally.geo.gazetteer import distance_km
from wiretally.records import Mention
from wiretally.text import fold

# Reports of the same incident can be dated a day apart (local time vs UTC, "overnight").
_DAY = 1
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "and", "or", "with", "from",
        "as", "is", "was", "were", "be", "been", "has", "have", "had", "that", "this", "it", "its",
        "their", "his", "her", "said", "says", "say", "after", "before", "into", "near", "over",
    ]
)  # fmt: skip


@dataclass(slots=True)
class MergeConfig:
    """Every knob of the merging algorithm, with the defaults used on news about conflict.

    The same algorithm serves the ECB+ evaluation with a different ``type_key`` (the
    topic instead of the ACLED event family), a ``compatible`` test and other weights;
    nothing else changes.
    """

    # Mentions with different keys are never compared (the first level of blocking).
    type_key: Callable[[Mention], str] = lambda m: type_family(m.event_type)
    # Extra test on two mentions' types (e.g. sub-types); None: sub-type rule below.
    compatible: Callable[[Mention, Mention], bool] | None = None
    # km within which two places of a precision (1 the place, 2 near it) are one place.
    radius_km: tuple[float, float] = (25.0, 50.0)
    # Score a merge needs, and the higher score it needs when a place is unknown.
    threshold: float = 3.0
    unknown_place_threshold: float = 3.5
    # An undated report stands for the week before its publication date.
    fallback_days: int = 7
    # Whether two actors that differ (and are not each other's counterpart) forbid a merge.
    actor_veto: bool = True
    # Evidence weights.
    w_same_day: float = 2.0
    w_date_overlap: float = 1.0
    w_date_fallback: float = 0.5
    w_same_place: float = 2.0
    w_near_place: float = 1.5
    w_admin1: float = 1.0
    w_country: float = 0.5
    w_place_name: float = 1.5
    w_actor: float = 1.0
    w_same_story: float = 1.5
    w_same_text: float = 2.0
    w_trigger: float = 1.0
    w_weapon: float = 0.5
    w_subtype: float = 0.5
    # Two ACLED types of one family ("Battles" and "Violence against civilians") need
    # this much more evidence than one type.
    type_mismatch_penalty: float = 1.0
    # A larger area (precision 3) within this many km of the other place may lie across a
    # border from it; the mismatch then costs ``border_penalty`` instead of a veto.
    coarse_km: float = 100.0
    border_penalty: float = 0.5
    text_jaccard: float = 0.6


# ACLED sub-types that reports of one incident mix up: a "drone attack" in one report is
# a "rocket attack" in another, and militia "one-way drones" are coded either way.
_SUBTYPE_FAMILIES = (
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}),
    frozenset({"Armed clash", "Attack"}),
)


# ACLED event types that reports of one violent incident assign differently (a militia
# raid is a battle to one desk and an attack on civilians to another); protests and riots
# likewise. Mentions are blocked by family, and types within a family are compatible.
_TYPE_FAMILIES = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}


def type_family(event_type: str) -> str:
    return _TYPE_FAMILIES.get(event_type, event_type)


@functools.lru_cache(maxsize=4096)
def subtypes_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return any(a in fam and b in fam for fam in _SUBTYPE_FAMILIES)


def parse_day(text: str | None, *, end: bool = False) -> int | None:
    """An ISO date (or year, or year-month) as a day number; ``end`` takes the last day."""
    if not text:
        return None
    parts = text[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12 if end else 1, 31 if end else 1).toordinal()
        month = int(parts[1])
        if len(parts) == 2:
            if not end:
                return date(year, month, 1).toordinal()
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return nxt.toordinal() - 1
        return date(year, month, int(parts[2])).toordinal()
    except (ValueError, IndexError):
        return None


def day_iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


_INITIALS = re.compile(r"\b(?:[a-z] )+[a-z]\b")
# Country words that name the same side: "American troops" are "US forces".
_DEMONYMS = {
    "united states": "us", "usa": "us", "america": "us", "american": "us", "americans": "us",
    "united kingdom": "uk", "british": "uk", "britain": "uk",
    "israeli": "israel", "israelis": "israel", "iraqi": "iraq", "iraqis": "iraq",
    "syrian": "syria", "iranian": "iran", "russian": "russia", "ukrainian": "ukraine",
    "palestinian": "palestine", "lebanese": "lebanon", "yemeni": "yemen", "turkish": "turkey",
    "sudanese": "sudan", "somali": "somalia", "afghan": "afghanistan", "french": "france",
    "malian": "mali", "nigerian": "nigeria", "congolese": "congo",
}  # fmt: skip
_DEMONYM = re.compile(r"\b(" + "|".join(sorted(_DEMONYMS, key=len, reverse=True)) + r")\b")


def norm_name(name: str | None) -> str | None:
    """A name folded for matching: "U.S. Forces" -> "us forces", "American troops" ->
    "us troops" (initials joined, country adjectives mapped to one word)."""
    if not name:
        return None
    folded = " ".join(_WORD.findall(fold(name)))
    folded = _INITIALS.sub(lambda m: m.group(0).replace(" ", ""), folded)
    folded = _DEMONYM.sub(lambda m: _DEMONYMS[m.group(1)], folded)
    return folded or None


# Words that say what kind of actor, not which one: "US forces" and "US troops" are one
# actor, "Iraqi forces" and "Syrian forces" are not.
_GENERIC = frozenset(
    ["forces", "force", "troops", "troop", "military", "army", "soldiers", "personnel",
     "militants", "militia", "militias", "fighters", "group", "groups", "police", "officials",
     "government", "units", "unit", "members", "backed", "allied", "armed", "security",
     "service", "services", "men", "gunmen", "suspected", "unidentified", "unknown"]
)  # fmt: skip


def _core(name: str) -> set[str]:
    words = set(name.split())
    return (words - _GENERIC - _STOP) or words


def names_compatible(a: str, b: str) -> bool:
    """Folded names that are equal, or one whose distinctive words all occur in the other.

    Generic words ("forces", "troops") are set aside first, so that two wordings of one
    actor agree while two actors of one kind ("Iraqi forces", "Syrian forces") do not.
    """
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    if (wa <= _GENERIC and wa <= wb) or (wb <= _GENERIC and wb <= wa):
        return True  # "police" and "police forces of sierra leone": one kind, one named
    ta, tb = _core(a), _core(b)
    return ta <= tb or tb <= ta


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(text)) if w not in _STOP)


@dataclass(slots=True)
class Item:
    """A mention prepared for comparison."""

    mention: Mention
    key: str
    irrealis: bool  # hypothetical or threatened: never merged with asserted reports
    historical: bool  # background reports merge with each other only
    story: str
    published: int | None
    start: int | None  # first and last possible day
    end: int | None
    dated: bool  # the range comes from the report itself, not its publication date
    lat: float | None
    lon: float | None
    precision: int | None
    country: str | None
    admin1: str | None
    place_name: str | None
    actor1: str | None
    actor2: str | None
    words: frozenset[str]
    trigger: str | None

    @property
    def specificity(self) -> tuple[int, int, int]:
        """Sort key: precise reports found clusters, vague ones join them."""
        span = (self.end - self.start) if self.start is not None and self.end is not None else 9999
        place = self.precision if self.lat is not None and self.precision else 4
        if self.lat is None and self.country is None:
            place = 5
        return (0 if self.dated else 1, min(span, 9999), place)


def make_item(mention: Mention, *, story: str, published: str | None, config: MergeConfig) -> Item:
    pub = parse_day(published)
    start = parse_day(mention.date_start)
    end = parse_day(mention.date_end or mention.date_start, end=True)
    dated = start is not None and end is not None and start <= end
    if not dated:
        start = end = None
        # Background mentions ("the 2020 strike") are not about the week of publication.
        if pub is not None and not mention.historical:
            start, end = pub - config.fallback_days, pub
    loc = mention.location
    lat = loc.lat if loc is not None else None
    lon = loc.lon if loc is not None else None
    precision = loc.precision if loc is not None else None
    if (
        lat is None
        or lon is None
        or not (math.isfinite(lat) and math.isfinite(lon))
        or abs(lat) > 90
        or abs(lon) > 180
    ):
        lat = lon = None  # a NaN or out-of-range coordinate would pass every distance test
    elif precision is None:
        precision = 1  # coordinates without a stated precision: taken as the place itself
    return Item(
        mention=mention,
        key=config.type_key(mention),
        irrealis=mention.modality in ("hypothetical", "threatened"),
        historical=mention.historical,
        story=story,
        published=pub,
        start=start,
        end=end,
        dated=dated,
        lat=lat,
        lon=lon,
        precision=precision,
        country=(mention.country or "").upper() or None,
        admin1=norm_name(mention.admin1),
        place_name=norm_name(loc.name) if loc is not None else None,
        actor1=norm_name(mention.actor1),
        actor2=norm_name(mention.actor2),
        words=content_words(mention.text),
        trigger=norm_name(mention.trigger),
    )


@dataclass(slots=True)
class Profile:
    """What a cluster's members agree on; updated as members join."""

    key: str
    irrealis: bool
    start: int | None = None
    end: int | None = None
    dated: bool = False
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    place_names: set[str] = field(default_factory=set)
    actor1: set[str] = field(default_factory=set)
    actor2: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    weapons: set[str] = field(default_factory=set)
    subtypes: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    modalities: set[str] = field(default_factory=set)
    # Best precision among members that named a place (for the place-name veto).
    name_precision: int | None = None
    # (story, words) of the first members: copies of a story repeat a sentence.
    texts: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    members: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        m = item.mention
        if item.start is not None and item.end is not None:
            if item.dated and not self.dated:
                self.start, self.end, self.dated = item.start, item.end, True
            elif item.dated == self.dated and self.start is not None and self.end is not None:
                lo, hi = max(self.start, item.start), min(self.end, item.end)
                if lo <= hi:  # the tightest range they all allow
                    self.start, self.end = lo, hi
            elif self.start is None:
                self.start, self.end = item.start, item.end
        if item.lat is not None and (
            self.lat is None or (item.precision or 3) < (self.precision or 3)
        ):
            self.lat, self.lon, self.precision = item.lat, item.lon, item.precision
        if (
            item.place_name
            and item.precision is not None
            and (self.name_precision is None or item.precision < self.name_precision)
        ):
            self.name_precision = item.precision
        self.modalities.add(m.modality)
        self.types.add(m.event_type)
        self.country = self.country or item.country
        self.admin1 = self.admin1 or item.admin1
        for target, value in (
            (self.place_names, item.place_name),
            (self.actor1, item.actor1),
            (self.actor2, item.actor2),
            (self.triggers, item.trigger),
            (self.weapons, norm_name(m.weapon)),
            (self.subtypes, m.sub_event_type),
        ):
            if value:
                target.add(value)
        self.stories.add(item.story)
        self.articles.add(m.article_id)
        if len(self.texts) < 8:
            self.texts.append((item.story, item.words))
        self.members.append(item)


@dataclass(slots=True)
class Verdict:
    score: float
    reasons: list[str]
    veto: str | None = None
    place_known: bool = True


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_GENERIC_SIDES = frozenset(
    filter(None, (norm_name(n) for n in ("Protesters", "Rioters", "Police", "Civilians")))
)


def _unnamed_fits(a: str, b: str) -> bool:
    """An unidentified group in one report and a named group in another may be one: the
    "Islamist insurgents" of a wire are the "Islamic State Mozambique fighters" of a
    monitor's brief. Not a state's forces, which reports always name."""
    if a.startswith("unidentified") == b.startswith("unidentified"):
        return False
    return not _state_side(b if a.startswith("unidentified") else a)


@functools.lru_cache(maxsize=4096)
def _state_side(name: str) -> bool:
    """Whether a folded name is a state's force or government, or civilians (the table's)."""
    entry = _TABLE().get(name)
    return entry is not None and entry.type in ("state force", "government", "civilians")


@functools.lru_cache(maxsize=4096)
def _armed_group(name: str) -> bool:
    """Whether a folded name is a non-state armed group (the table's, or unidentified)."""
    entry = _TABLE().get(name)
    return name.startswith("unidentified") or (
        entry is not None and entry.type in ("rebel group", "militia")
    )


def _camp_and_its_people(a: str, b: str) -> bool:
    """A strike's target told two ways: the armed group whose camp was hit in one report,
    the civilians killed there in another ("drones hit a camp of the PDKI" / "killing
    families of party cadres")."""
    return (a.startswith("civilians") and _armed_group(b)) or (
        b.startswith("civilians") and _armed_group(a)
    )


@functools.lru_cache(maxsize=4096)
def _lineage(name: str) -> frozenset[str]:
    """A folded name and the folded names of the bodies it answers to, by the table."""
    out = {name}
    entry = _TABLE().get(name)
    while entry is not None and entry.parent and len(out) < 6:
        parent = norm_name(entry.parent)
        if parent is None or parent in out:
            break
        out.add(parent)
        entry = _TABLE().get(entry.parent)
    return frozenset(out)


def _kin(a: str, b: str) -> bool:
    """Whether one folded name is the other's parent body (or a parent's parent)."""
    return a in _lineage(b) or b in _lineage(a)


_FORCE_WORDS = frozenset({"military", "army", "forces", "troops", "police"})


@functools.lru_cache(maxsize=4096)
def _state_country(name: str) -> str | None:
    """The country whose force or government a folded name is ("iran military", "islamic
    revolutionary guard corps", "police forces of kenya"); None for anyone else."""
    entry = _TABLE().get(name)
    if entry is not None:
        return entry.country if entry.type in ("state force", "government") else None
    m = re.fullmatch(r"(?:military|police) forces of (.+)", name)
    if m is not None:
        return country_code(m.group(1))
    words = name.split()
    if len(words) >= 2 and words[-1] in _FORCE_WORDS:
        return country_code(" ".join(words[:-1]))
    return None


def _actor_clash(
    name: str | None, same_role: set[str], other_role: set[str], *, remote_target: bool = False
) -> bool:
    if not name or not same_role:
        return False
    if any(names_compatible(name, n) or _unnamed_fits(name, n) for n in same_role):
        return False
    # "Security Belt forces, loyal to the STC" in one report, "STC-affiliated forces" in
    # another: a unit and the body it answers to
    if any(_kin(name, n) for n in same_role):
        return False
    # "Iranian drones" in one report, "IRGC drones" in another: one state's forces
    state = _state_country(name)
    if state is not None and any(_state_country(n) == state for n in same_role):
        return False
    if remote_target and any(_camp_and_its_people(name, n) for n in same_role):
        return False
    # Reports swap roles ("militia attacked US forces" / "US forces came under fire").
    return not any(names_compatible(name, n) for n in other_role)


_DISPUTED = frozenset({"claimed", "contested", "denied"})
_REMOTE = "Explosions/Remote violence"


def _coarse_and_close(item: Item, prof: Profile, config: MergeConfig) -> bool:
    """One place is a larger area's centre and the two lie within ``coarse_km``."""
    if item.lat is None or prof.lat is None or item.lon is None or prof.lon is None:
        return False
    if max(item.precision or 1, prof.precision or 1) < 3:
        return False
    return distance_km(item.lat, item.lon, prof.lat, prof.lon) <= config.coarse_km


def _named_places_differ(item: Item, prof: Profile) -> bool:
    """Two precise places with names that share nothing: two towns, not two spellings.

    Only used when coordinates are missing; names of a larger area (precision 3) or of
    unknown precision never veto, since a town lies inside its province.
    """
    if item.precision is None or item.precision > 2 or prof.name_precision is None:
        return False
    if prof.name_precision > 2:
        return False
    assert item.place_name is not None
    return not any(names_compatible(item.place_name, n) for n in prof.place_names)


def _another_town_same_article(item: Item, prof: Profile) -> bool:
    """An article that tells a drone strike in Rylsk and another in Glushkovo, 20 km apart,
    tells two incidents: two towns named by one report are never one place."""
    if (item.precision or 3) > 2 or item.lat is None or item.lon is None or not item.place_name:
        return False
    for other in prof.members:
        if (
            other.mention.article_id == item.mention.article_id
            and (other.precision or 3) <= 2
            and other.lat is not None
            and other.lon is not None
            and other.place_name
            and not names_compatible(item.place_name, other.place_name)
            and distance_km(item.lat, item.lon, other.lat, other.lon) > 5.0
        ):
            return True
    return False


def _another_day_same_article(item: Item, prof: Profile) -> bool:
    """An article that tells strikes "late Tuesday" on Nabatieh and "on Wednesday" on a car
    in south Lebanon tells two incidents: two days and two places one report names are never
    one incident. (One place on two days may be a retelling whose day was misread.)"""
    if not item.dated or item.start is None or item.start != item.end:
        return False
    return any(
        other.mention.article_id == item.mention.article_id
        and other.dated
        and other.start is not None
        and other.start == other.end
        and other.start != item.start
        and not (
            item.place_name
            and other.place_name
            and names_compatible(item.place_name, other.place_name)
            # (a retelling tells the same kind of incident: pirates killing fishermen at sea
            # on Tuesday and a shootout with the police on Wednesday, both "in Manta", are
            # two)
            and (
                item.mention.sub_event_type == other.mention.sub_event_type
                or not item.mention.sub_event_type
                or not other.mention.sub_event_type
            )
        )
        for other in prof.members
    )


def compare(item: Item, prof: Profile, config: MergeConfig) -> Verdict:
    """How strongly ``item`` belongs to the cluster summarised by ``prof``."""
    m = item.mention
    reasons: list[str] = []
    score = 0.0
    # Cheap vetoes first (most candidates fail on the day or the distance).
    if item.start is not None and item.end is not None and prof.start is not None:
        assert prof.end is not None
        slack = _DAY if item.dated and prof.dated else 0
        if item.start > prof.end + slack or prof.start > item.end + slack:
            return Verdict(0.0, [], veto="date")
    dist: float | None = None
    border: str | None = None
    if item.lat is not None and prof.lat is not None:
        assert item.lon is not None and prof.lon is not None
        coarse = max(item.precision or 1, prof.precision or 1)
        if coarse <= 2:
            dist = distance_km(item.lat, item.lon, prof.lat, prof.lon)
            if dist > config.radius_km[coarse - 1]:
                return Verdict(0.0, [], veto="place")
    if _another_town_same_article(item, prof):
        return Verdict(0.0, [], veto="place (another town of the same article)")
    if _another_day_same_article(item, prof):
        return Verdict(0.0, [], veto="date (another day of the same article)")
    if item.country and prof.country and item.country != prof.country:
        # "Southern Israel" (a region's centre) and "Gaza" (a town) can name one
        # cross-border incident; two precise places, or far-apart ones, cannot.
        if not _coarse_and_close(item, prof, config):
            return Verdict(0.0, [], veto="country")
        border = "countries differ (a larger area, nearby)"
    # Type: sub-types (or the caller's own test) must not contradict.
    if config.compatible is not None:
        if not all(config.compatible(m, other.mention) for other in prof.members[:4]):
            return Verdict(0.0, [], veto="type")
    elif m.sub_event_type and prof.subtypes:
        if not all(subtypes_compatible(m.sub_event_type, s) for s in prof.subtypes):
            return Verdict(0.0, [], veto="sub-type")
        if m.sub_event_type in prof.subtypes:
            score += config.w_subtype
            reasons.append("sub-type")
    if config.compatible is None and prof.types and m.event_type not in prof.types:
        score -= config.type_mismatch_penalty
        reasons.insert(0, "type family")
    else:
        reasons.insert(0, "type")
    if item.trigger and item.trigger in prof.triggers:
        score += config.w_trigger
        reasons.append("trigger")

    # Dates: ranges must overlap; a day either side is allowed between two exact days.
    if item.start is not None and item.end is not None and prof.start is not None:
        assert prof.end is not None
        if item.dated and prof.dated:
            if item.start == item.end == prof.start == prof.end:
                score += config.w_same_day
                reasons.append("date")
            elif item.start == item.end and prof.start == prof.end:
                # A day apart: one report in local time, one in UTC, or two incidents.
                score += config.w_date_overlap
                reasons.append("date (a day apart)")
            else:
                score += config.w_date_overlap
                reasons.append("date range")
        else:
            score += config.w_date_fallback
            reasons.append("publication week")

    # Places: a distance that depends on precision; admin areas and countries must agree.
    place_known = True
    if border is not None:
        score -= config.border_penalty
        reasons.append(border)
    if item.lat is not None and prof.lat is not None:
        coarse = max(item.precision or 1, prof.precision or 1)
        if dist is not None:  # both precise, within the radius (checked above)
            near = coarse == 1 and dist <= 5.0
            score += config.w_same_place if near else config.w_near_place
            reasons.append(f"place ({dist:.0f} km)")
        elif item.admin1 and prof.admin1:
            if item.admin1 != prof.admin1:
                return Verdict(0.0, [], veto="admin1")
            score += config.w_admin1
            reasons.append("admin1")
        elif item.country and prof.country:
            score += config.w_country
            reasons.append("country")
    elif item.place_name and item.place_name in prof.place_names:
        score += config.w_place_name
        reasons.append("place name")
    elif item.place_name and prof.place_names and _named_places_differ(item, prof):
        return Verdict(0.0, [], veto="place name")
    elif item.admin1 and prof.admin1:
        if item.admin1 != prof.admin1:
            return Verdict(0.0, [], veto="admin1")
        score += config.w_admin1
        reasons.append("admin1")
    elif item.country and prof.country:
        score += config.w_country
        reasons.append("country")
    else:
        place_known = False

    # Actors: a different actor in the same role (not explained by swapped roles) clashes,
    # unless the reports dispute who did it (one claims, one denies) at one place and day:
    # then it is one incident with contested blame, not two incidents.
    if config.actor_veto and (
        _actor_clash(item.actor1, prof.actor1, prof.actor2)
        or _actor_clash(
            item.actor2, prof.actor2, prof.actor1, remote_target=m.event_type == _REMOTE
        )
    ):
        disputed = item.mention.modality in _DISPUTED or bool(prof.modalities & _DISPUTED)
        pinned = "date" in reasons and any(r.startswith("place (") for r in reasons)
        if not (disputed and pinned):
            return Verdict(0.0, [], veto="actors")
        reasons.append("actors disagree (blame disputed)")
    for role, name, seen in (
        ("actor1", item.actor1, prof.actor1),
        ("actor2", item.actor2, prof.actor2),
    ):
        # ("Protesters" and "Police" with no country say nothing of which incident, in
        # another article: a placeless report of a protest broken up fits every one)
        generic = name in _GENERIC_SIDES and m.article_id not in prof.articles
        if name and not generic and any(names_compatible(name, n) for n in seen):
            score += config.w_actor
            reasons.append(role)

    weapon = norm_name(m.weapon)
    if weapon and weapon in prof.weapons:
        score += config.w_weapon
        reasons.append("weapon")

    # Copies of one story: the same sentence in two copies is the same report.
    if item.story in prof.stories:
        score += config.w_same_story
        reasons.append("same story")
        if any(
            story == item.story and _jaccard(item.words, words) >= config.text_jaccard
            for story, words in prof.texts
        ):
            score += config.w_same_text
            reasons.append("same sentence")
    return Verdict(score, reasons, place_known=place_known)
