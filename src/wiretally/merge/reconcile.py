"""One :class:`Event` from a cluster of mentions: fields reconciled, never overwritten.

Each field is chosen by a rule a reader can check against the sources:

* date: the range all dated reports allow (the cluster profile's intersection), else the
  most precise report's;
* place: the most precise located report (precision 1 before 2 before 3);
* actors, weapon, sub-type: the most frequent normalised value, shown in its most
  frequent spelling;
* casualty figures: every report's figure is kept (the event's ``sources`` and
  ``mention_ids`` point back to each one, and ``merge_reasons`` lists them); the event's
  ``value`` is the latest, best-attributed report's, while ``lower`` is the largest lower
  bound and ``upper`` the smallest upper bound that the reports state;
* modality: ``contested`` when reports disagree on who is to blame, else the strongest
  real modality (asserted > claimed > denied), or for irrealis clusters the most common.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

from wiretally.extract.actors import actor_table, force_of
from wiretally.extract.names import POLICE_WORD, acled_force, country_name, people_of, police_of
from wiretally.merge.compat import Item, Profile, day_iso, names_compatible, norm_name
from wiretally.records import Event, Evidence, Figure, Location, Mention, Modality

# Words that show a figure is attributed to someone: a sourced figure beats a bare one.
_ATTRIBUTION = re.compile(
    r"\b(according to|said|says|told|reported|confirmed|announced|ministry|officials?|"
    r"spokes(?:man|woman|person)|statement)\b",
    re.IGNORECASE,
)
_REAL_STRENGTH: dict[str, int] = {"asserted": 3, "claimed": 2, "denied": 1}


def event_id(earliest_mention_id: str) -> str:
    """Stable id: the same earliest report gives the same event id on every run."""
    return "ev-" + hashlib.sha1(earliest_mention_id.encode("utf-8")).hexdigest()[:16]


def _most_common(values: Iterable[str | None], key: Callable[[str], str | None]) -> str | None:
    """Most frequent value by normalised form, shown in its most frequent spelling.

    Ties go to the value seen first (members arrive ordered by article date).
    """
    groups: dict[str, Counter[str]] = {}
    order: list[str] = []
    for value in values:
        if not value:
            continue
        norm = key(value)
        if not norm:
            continue
        if norm not in groups:
            groups[norm] = Counter()
            order.append(norm)
        groups[norm][value] += 1
    if not order:
        return None
    best = max(order, key=lambda n: (sum(groups[n].values()), -order.index(n)))
    return groups[best].most_common(1)[0][0]


def _named_first(names: Iterable[str | None]) -> list[str | None]:
    """The names, without the unidentified ones when some report names the group (an armed
    group's name, not a state force's: "gunmen" are never one report's "soldiers")."""
    given = [n for n in names if n]
    if not any(n.startswith("Unidentified") for n in given):
        return list(given)

    def group(n: str) -> bool:  # a named armed group, not a state's force
        entry = actor_table().get(n)
        return not n.startswith("Unidentified") and (
            entry is None or entry.type not in ("state force", "government", "civilians")
        )

    named = [n for n in given if group(n)]
    return list(named or given)


def _date_precision(start: int, end: int) -> int:
    span = end - start
    return 1 if span == 0 else 2 if span <= 7 else 3


def _fmt(num: float | None) -> str:
    if num is None:
        return "?"
    return f"{num:,.0f}" if float(num).is_integer() else f"{num:,}"


def _figure_text(fig: Figure) -> str:
    if fig.value is not None:
        return ("about " if fig.approximate else "") + _fmt(fig.value)
    if fig.lower is not None and fig.upper is not None:
        return f"{_fmt(fig.lower)}-{_fmt(fig.upper)}"
    if fig.lower is not None:
        return f"at least {_fmt(fig.lower)}"
    if fig.upper is not None:
        return f"at most {_fmt(fig.upper)}"
    return fig.text or "?"


def reconcile_figures(
    reports: list[tuple[Item, Figure]],
) -> tuple[Figure | None, list[str]]:
    """The event's figure from each report's, and the distinct readings (for the notes).

    ``reports`` come ordered by article date. The preferred report is the latest, then
    the attributed one, then the one with an exact value.
    """
    figures = [(it, fig) for it, fig in reports if fig is not None]
    if not figures:
        return None, []

    def rank(pair: tuple[Item, Figure]) -> tuple[int, int, int]:
        it, fig = pair
        attributed = 1 if _ATTRIBUTION.search(it.mention.text or "") else 0
        if fig.text and _ATTRIBUTION.search(fig.text):
            attributed = 1
        return (it.published or 0, attributed, 1 if fig.value is not None else 0)

    _, best = max(figures, key=rank)
    lowers = [f.lower for _, f in figures if f.lower is not None]
    uppers = [f.upper for _, f in figures if f.upper is not None]
    lower = max(lowers) if lowers else best.lower
    upper = min(uppers) if uppers else best.upper
    if lower is not None and upper is not None and lower > upper:
        # Reports contradict each other's bounds: keep the preferred report's own.
        lower, upper = best.lower, best.upper
    merged = Figure(
        value=best.value,
        lower=lower,
        upper=upper,
        approximate=best.approximate,
        text=best.text,
    )
    readings: list[str] = []
    if _disagree([f for _, f in figures]):
        for _, fig in figures:
            reading = _figure_text(fig)
            if reading not in readings:
                readings.append(reading)
    return merged, readings


def _interval(fig: Figure) -> tuple[float, float]:
    """The values a figure allows: "about 2,000" allows 10% either side."""
    if fig.value is not None:
        slack = abs(fig.value) * 0.1 if fig.approximate else 0.0
        return fig.value - slack, fig.value + slack
    low = fig.lower if fig.lower is not None else -math.inf
    high = fig.upper if fig.upper is not None else math.inf
    return low, high


def _disagree(figures: list[Figure]) -> bool:
    """Two figures that cannot both be true ("3" and "5"; not "at least 1,200" and "1,205")."""
    spans = [_interval(f) for f in figures]
    return any(
        a_hi < b_lo or b_hi < a_lo
        for i, (a_lo, a_hi) in enumerate(spans)
        for b_lo, b_hi in spans[i + 1 :]
    )


def _blame_disputed(members: list[Item]) -> bool:
    modalities = {it.mention.modality for it in members}
    if "contested" in modalities:
        return True
    if "denied" in modalities and modalities & {"asserted", "claimed"}:
        return True
    pairs = [(it.actor1, it.actor2) for it in members if it.actor1]

    def swapped(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
        # "Militia attacked US troops" / "US troops came under militia fire": roles swap.
        return bool(
            (a[0] and b[1] and names_compatible(a[0], b[1]))
            or (b[0] and a[1] and names_compatible(b[0], a[1]))
        )

    return any(
        not names_compatible(a[0] or "", b[0] or "") and not swapped(a, b)
        for i, a in enumerate(pairs)
        for b in pairs[i + 1 :]
    )


def _modality(members: list[Item], irrealis: bool) -> Modality:
    if irrealis:
        counts = Counter(it.mention.modality for it in members)
        # Ties: a threat is the stronger statement than a conjecture.
        return max(counts, key=lambda m: (counts[m], m == "threatened"))
    if _blame_disputed(members):
        return "contested"
    return max((it.mention.modality for it in members), key=lambda m: _REAL_STRENGTH.get(m, 0))


def _location(members: list[Item]) -> Item | None:
    """The member with the most precise located place (coordinates before bare names).

    Places are first narrowed to the country most stories name, so that one report's
    precise but wrong place ("Gaza" for an attack in southern Israel) does not outrank
    what the other stories agree on.
    """
    located = [it for it in members if it.mention.location is not None]
    if not located:
        return None
    stories: dict[str, set[str]] = {}
    for it in located:
        if it.country:
            stories.setdefault(it.country, set()).add(it.story)
    if len(stories) > 1:
        top = max(stories, key=lambda c: (len(stories[c]), -min(
            i for i, it in enumerate(located) if it.country == c)))  # fmt: skip
        located = [it for it in located if it.country in (top, None)]

    def rank(it: Item) -> tuple[int, int, int]:
        loc = it.mention.location
        assert loc is not None
        # it.lat is None when the mention's coordinates were missing or invalid. Between
        # places of one precision a headline's yields to its story's ("at Abyan checkpoint"
        # names the province; the story, "at the entrance of Mudiyah town", the district).
        headline = int(it.mention.sentence == 0)
        return (0 if it.lat is not None else 1, loc.precision or 3, headline)

    return min(located, key=rank)


def build_event(
    prof: Profile, reasons: list[str], *, irrealis: bool, event_type: str | None = None
) -> Event:
    """Reconcile a cluster's members into one event."""
    members = sorted(
        prof.members,
        key=lambda it: (it.published or 0, it.mention.article_id, it.mention.sentence,
                        it.mention.start, it.mention.id),
    )  # fmt: skip
    mentions: list[Mention] = [it.mention for it in members]
    earliest = min(members, key=lambda it: (it.published or 0, it.mention.id)).mention

    date_start: str | None = None
    date_end: str | None = None
    if prof.dated and prof.start is not None and prof.end is not None:
        date_start, date_end = day_iso(prof.start), day_iso(prof.end)
        precision: int | None = _date_precision(prof.start, prof.end)
    else:
        precision = None

    where = _location(members)
    location: Location | None = None
    admin_src: Mention | None = None
    if where is not None:
        loc = where.mention.location
        assert loc is not None
        location = Location(loc.name, where.lat, where.lon, loc.geonames_id, loc.precision)
        admin_src = where.mention
    country = (admin_src.country if admin_src and admin_src.country else None) or _most_common(
        (m.country for m in mentions), str.upper
    )
    # Admin areas only from reports in the event's country (never "Gaza Strip" in IL).
    same_country = [
        m for m in mentions if not country or (m.country or "").upper() in ("", country.upper())
    ]
    admin1 = (admin_src.admin1 if admin_src and admin_src.admin1 else None) or _most_common(
        (m.admin1 for m in same_country), norm_name
    )
    admin2 = (admin_src.admin2 if admin_src and admin_src.admin2 else None) or _most_common(
        (m.admin2 for m in same_country), norm_name
    )

    assoc: list[str] = []
    seen: set[str] = set()
    for m in mentions:
        for name in m.assoc_actors:
            norm = norm_name(name)
            if norm and norm not in seen:
                seen.add(norm)
                assoc.append(name)

    figure_notes: list[str] = []
    figure_reasons: list[str] = []
    figures: dict[str, Figure | None] = {}
    for label, attr in (("casualty", "fatalities"), ("injury", "injuries")):
        reports = [(it, getattr(it.mention, attr)) for it in members]
        merged, readings = reconcile_figures(reports)
        figures[attr] = merged
        if len(readings) > 1:
            figure_notes.append(f"{label} figures differ: {' vs '.join(readings)}")
        kept = [f"{it.mention.article_id}={_figure_text(f)}" for it, f in reports if f is not None]
        if kept and len(members) > 1:
            figure_reasons.append(f"{attr} by report: {', '.join(kept)}")

    modality = _modality(members, irrealis)
    articles = {m.article_id for m in mentions}
    stories = {it.story for it in members}
    notes = (
        f"Reported by {len(articles)} article{'s' if len(articles) != 1 else ''} "
        f"in {len(stories)} stor{'ies' if len(stories) != 1 else 'y'}"
    )
    extras = list(figure_notes)
    if modality == "contested":
        extras.append("sources disagree on who is responsible")
    elif irrealis:
        extras.append(f"{modality}, not reported as having happened")
    if extras:
        notes += "; " + "; ".join(extras)
    notes += "."

    # A group one report names outranks the "unidentified" group of another.
    actor1 = _most_common(_named_first(m.actor1 for m in mentions), norm_name)
    actor2 = _most_common(_named_first(m.actor2 for m in mentions), norm_name) or (
        _unnamed_victims(mentions, country)
    )
    if actor1 is None and (flier := _only_flier(mentions, country, actor2)) is not None:
        actor1 = flier
        notes = notes[:-1] + f"; {flier} as the only side flying there (no report names one)."
    actor1 = actor1 or _unnamed(mentions)
    actor1, actor2 = _other_side(mentions, actor1, actor2)
    sub_type = _most_common((m.sub_event_type for m in mentions), str)
    if (
        actor1 is not None
        and actor2 is not None
        and norm_name(actor1) == norm_name(actor2)
        and sub_type in _AGAINST_PEOPLE
    ):
        # One group named on both sides of an attack ("Gran Grif -> Gran Grif": the gang
        # named as the victims' foe too): the other side another report names, else the
        # people it was against.
        others = [
            m.actor2 for m in mentions if m.actor2 and norm_name(m.actor2) != norm_name(actor1)
        ]
        actor2 = _most_common(_named_first(others), norm_name) or _unnamed_victims(
            mentions, country
        )
    if actor2 is None and (
        sub_type == "Protest with intervention"
        # a riot its reports show the police meeting ("stoned police", "threw stones and
        # bottles at gendarmes")
        or (
            sub_type == "Violent demonstration"
            and any(POLICE_WORD.search(m.text) for m in mentions)
        )
    ):
        # A protest broken up by someone no report names: ACLED codes the country's police
        actor2 = police_of(country.upper() if country else None)
    if actor2 is None and sub_type == "Non-state actor overtakes territory":
        actor2 = _lost_by(actor1, country)
    # The police no report names further ("police arrested nine people") are the police of
    # the incident's country, named the ACLED way: "Police Forces of Turkey"; so are people
    # and a communal militia read before the incident had a country ("Civilians (Uganda)",
    # "Dodoth Ethnic Militia (Uganda)").
    if country:
        actor1, actor2 = (_of_country(a, country.upper()) for a in (actor1, actor2))
    return Event(
        id=event_id(earliest.id),
        event_type=event_type or _most_common((m.event_type for m in mentions), str) or "",
        sub_event_type=sub_type,
        plover=_most_common((m.plover for m in mentions), str),
        date_start=date_start,
        date_end=date_end,
        date_precision=precision,
        country=country.upper() if country else None,
        admin1=admin1,
        admin2=admin2,
        location=location,
        actor1=actor1,
        actor2=actor2,
        assoc_actors=assoc,
        weapon=_most_common((m.weapon for m in mentions), norm_name),
        fatalities=figures["fatalities"],
        injuries=figures["injuries"],
        modality=modality,
        historical=all(m.historical for m in mentions),
        sources=[Evidence(m.article_id, m.sentence, m.start, m.end, m.text) for m in mentions],
        source_count=len(articles),
        independent_source_count=len(stories),
        notes=notes,
        mention_ids=[m.id for m in mentions],
        merge_reasons=list(reasons) + figure_reasons,
        target=_most_common((m.target for m in mentions), norm_name),
    )


# Incidents someone carried out on the ground (a bomb planted or carried, a killing, an
# abduction, a house burned): with no one named in any report, ACLED codes the agent as an
# unidentified armed group, also in a background event ("the November 2014 attack on a bus
# outside Mandera"). An air strike or shelling stays unattributed, and so does a battle
# (its sides are named or it is not one) or a claim.
_PERPETRATED = frozenset({
    "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Attack",
    "Abduction/forced disappearance", "Looting/property destruction", "Sexual violence",
})  # fmt: skip


# Incidents whose target, when no report names one, is people: violence against civilians
# is against civilians by definition, and a looting, a house burned or an arrest with no
# group named hits people of the country (ACLED's "Civilians (Mali)").
_AGAINST_PEOPLE = frozenset({
    "Attack", "Abduction/forced disappearance", "Sexual violence",
    "Looting/property destruction", "Arrests",
})  # fmt: skip


def _of_country(name: str | None, country: str) -> str | None:
    if name == "Police":
        return police_of(country)
    if name == "Civilians":
        return people_of(name, country)
    if name is not None and name.endswith(" Ethnic Militia") and (land := country_name(country)):
        return f"{name} ({land})"
    return name


def _unnamed_victims(mentions: list[Mention], country: str | None) -> str | None:
    """ "Civilians (<country>)" for an incident against people no report names."""
    kinds = {m.sub_event_type for m in mentions}
    civilians = people_of("Civilians", country.upper() if country else None)
    if kinds and kinds <= _AGAINST_PEOPLE | {"Mob violence"}:
        return civilians  # (a mob's victim is a person: "a crowd beat a suspected thief")
    if (
        kinds
        and kinds <= _REMOTE
        and any(_CIVILIAN_HURT.search(m.text) for m in mentions)
        and not any(_FORCES_HURT.search(m.text) for m in mentions)
    ):
        # "artillery shells damaged four private houses; a 71-year-old resident suffered a
        # shrapnel wound": what the shells hit were people's homes, not a force
        return civilians
    return None


_REMOTE = frozenset({
    "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Air/drone strike",
    "Grenade",
})  # fmt: skip
_CIVILIAN_HURT = re.compile(
    r"\b(?:civilians?|residents?|villagers?|passers-?by|passengers?|homes?|houses?|"
    r"residential|market|shops?|school|children|child|women|woman|farmers?|traders?|"
    r"pedestrians?|bus\s+stop|worshippers|family|families)\b",
    re.I,
)
_FORCES_HURT = re.compile(
    r"\b(?:soldiers?|troops?|army|police(?:men|man)?|officers?|patrol|convoy|base|"
    r"checkpoint|militants?|fighters?|rebels?|positions?|camp|military|guards?)\b",
    re.I,
)


def _other_side(
    mentions: list[Mention], actor1: str | None, actor2: str | None
) -> tuple[str | None, str | None]:
    """A clash has two sides: the one no report names ("police exchanged fire with a group
    of suspected smugglers", "gunmen opened fire on a checkpoint, sparking a gunfight") is an
    unidentified armed group, as ACLED codes it. With neither side named nothing is said."""
    kinds = {m.sub_event_type for m in mentions}
    unknown = "Unidentified armed group"
    if kinds == {"Armed clash"} and actor1 is not None and actor1 == actor2 and len(mentions) > 1:
        # one report names the police shooting, the next the police under fire: the police
        # are one side, whoever fired on them the other
        return actor1, unknown
    if kinds != {"Armed clash"} or (actor1 is None) == (actor2 is None):
        return actor1, actor2
    if any(m.historical or m.modality in ("claimed", "denied") for m in mentions):
        return actor1, actor2
    if actor1 is None and actor2 != unknown:
        return unknown, actor2
    if actor2 is None and actor1 != unknown:
        return actor1, unknown
    return actor1, actor2


def _lost_by(actor1: str | None, country: str | None) -> str | None:
    """Who held a town a group overran when no report says: the country's own forces ("Singa
    was captured by the RSF in June 2024"), as ACLED codes it. Not when the taker is itself
    a state's force, whose loser is the other side of a war the reports would name."""
    entry = actor_table().get(actor1) if actor1 else None
    if actor1 is None or (entry is not None and entry.type in ("state force", "government")):
        return None
    if acled_force(actor1) is not None:
        return None
    force = force_of(country.upper() if country else None)
    return force.name if force is not None else None


# Where an unattributed air strike can only be the state's: no armed group there flies
# aircraft, and no foreign air force is at war there (_STATE_SKIES); where no armed group flies
# armed drones either (_STATE_DRONES), an unattributed drone strike is the state's too. A strike
# on the state's own forces is left unnamed everywhere.
_STATE_SKIES = frozenset({
    "ET", "SS", "NG", "NE", "ML", "BF", "TD", "MZ", "BJ", "TG", "CF", "CD", "MM", "PH", "KE",
    "UG", "BI", "CM", "MX", "CO", "VE", "HT", "TH", "IN", "BD", "NP", "DZ", "EG", "TZ", "ER",
})  # fmt: skip
_STATE_DRONES = frozenset({"ET", "SS", "NE", "TD", "MZ", "BJ", "TG", "PH", "BI", "ER", "TZ"})


def _only_flier(mentions: list[Mention], country: str | None, actor2: str | None) -> str | None:
    """The country's own military for an air strike no report attributes, where only it
    flies ("a drone strike on a crowded market in Bichena", "an air strike hit the church
    compound in Hpruso")."""
    code = (country or "").upper()
    if {m.sub_event_type for m in mentions} != {"Air/drone strike"} or code not in _STATE_SKIES:
        return None
    if any(m.historical or m.modality in ("claimed", "denied", "contested") for m in mentions):
        return None
    force = force_of(code)
    if force is None or actor2 == force.name or (actor2 and acled_force(actor2) is not None):
        return None  # strikes on the state's own forces are some armed group's
    drones = any((m.weapon and _DRONE.search(m.weapon)) or _DRONE.search(m.text) for m in mentions)
    if drones and code not in _STATE_DRONES:
        return None
    return force.name


def _unnamed(mentions: list[Mention]) -> str | None:
    """ "Unidentified armed group" for an incident on the ground no report attributes."""
    kinds = {m.sub_event_type for m in mentions}
    if any(m.modality in ("claimed", "denied") for m in mentions):
        return None
    if kinds and kinds <= _PERPETRATED:
        return "Unidentified armed group"
    # Shells that landed, or explosives a drone dropped, with no one said to have fired
    # them: ACLED's unidentified armed group (armed groups fly drones and fire mortars too;
    # aircraft bombing is a state's, left unnamed)
    if kinds == {"Shelling/artillery/missile attack"} or (
        kinds == {"Air/drone strike"}
        and all(m.weapon and _DRONE.search(m.weapon) for m in mentions)
    ):
        return "Unidentified armed group"
    return None


_DRONE = re.compile(r"\b(?:drones?|uavs?|quadcopters?|explosive devices?|explosives)\b", re.I)
