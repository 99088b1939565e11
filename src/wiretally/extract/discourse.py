"""Discourse: what the rest of the article adds to a sentence's event.

News states some things once and relies on them later: "attacks by Iran's proxies" and
"the bulk of the attacks have been with one-way drones or rockets" (the article's general
attacker and means), "U.S. officials said IRGC-related personnel were there and likely
struck" (the next sentence names the target), "at al-Asad air base and al-Tanf" (one
sentence, two sites, two incidents). Each addition keeps the span it was read from.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from wiretally.extract.actors import actor_table
from wiretally.extract.arguments import LATER_EVENT, find_weapon
from wiretally.extract.names import people_of
from wiretally.extract.spans import evidence as _evidence
from wiretally.extract.spans import location_of as _location
from wiretally.extract.spans import mention_id
from wiretally.extract.typing import Typing, classify
from wiretally.records import Article, Evidence, Mention, Place, Sentence, Timex, to_dict


@dataclass(slots=True)
class ArticleContext:
    """What an article says about its attacks in general, for mentions that leave it out.

    "Attacks by Iran's proxies" and "the bulk of the attacks have been with one-way drones
    or rockets" are stated once; a later "the initial attacks at al-Asad" relies on them.
    """

    attacker: tuple[str, str | None, Evidence] | None = None
    victim: tuple[str, str | None, Evidence] | None = None
    means: tuple[str, Evidence] | None = None


_ATTACKS_BY = re.compile(r"\battacks?\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?$", re.I)
_ATTACKS_ON = re.compile(r"\battacks?\s+(?:on|against)\b[^.;]{0,60}$", re.I)
_LAUNCHED = re.compile(
    r"^\W*(?:\w+\W+){0,2}(?:have|has|had)?\s*(?:launched|carried out|mounted|claimed)\b"
    r"[^.;]{0,50}\battacks\b",
    re.I,
)
_MEANS = re.compile(r"\battacks\b[^.;]{0,80}?\b(?:have been|were|was|been)?\s*with\s+", re.I)


def article_context(article: Article, sentences: list[Sentence]) -> ArticleContext:
    """The article's general attacker and means of attack, each with its source sentence."""
    table = actor_table()
    ctx = ArticleContext()
    counts: dict[str, int] = {}
    victims: dict[str, int] = {}
    first: dict[str, tuple[str | None, Evidence]] = {}
    for s in sentences:
        low = s.text.lower()
        if "attack" not in low:
            continue
        for h in table.find(s.text):
            if h.entry.type in ("government", "civilians", "person"):
                continue
            if _ATTACKS_BY.search(s.text[max(0, h.start - 40) : h.start]) or _LAUNCHED.match(
                s.text[h.end : h.end + 90]
            ):
                counts[h.entry.name] = counts.get(h.entry.name, 0) + 1
            elif _ATTACKS_ON.search(s.text[max(0, h.start - 70) : h.start]):
                victims[h.entry.name] = victims.get(h.entry.name, 0) + 1
            else:
                continue
            first.setdefault(
                h.entry.name,
                (h.entry.type, _evidence(article, s, s.start + h.start, s.start + h.end)),
            )
        if ctx.means is None:
            m = _MEANS.search(s.text)
            if m is not None:
                w = find_weapon(s.text[m.end() : m.end() + 60], 0)
                if w is not None and w[0] == 0:
                    a, b = m.end() + w[0], m.end() + w[1]
                    ctx.means = (s.text[a:b], _evidence(article, s, s.start + a, s.start + b))
    if counts:
        name = max(counts, key=lambda k: counts[k])
        ctx.attacker = (name, first[name][0], first[name][1])
    victims.pop(ctx.attacker[0] if ctx.attacker else "", None)
    if victims:
        name = max(victims, key=lambda k: victims[k])
        if victims[name] >= 2:  # said once may be a side remark; the article's theme recurs
            ctx.victim = (name, first[name][0], first[name][1])
    return ctx


_GENERIC_ATTACK = re.compile(r"^(?:attacks?|assaults?|barrages?|salvos?)$", re.I)


def apply_context(m: Mention, typing: Typing, ctx: ArticleContext) -> None:
    """Fill a generic attack's agent and means from what the article says in general."""
    if not _GENERIC_ATTACK.match(typing.trigger) or m.actor2_type == "civilians":
        return
    if m.actor1 is None and ctx.attacker is not None and ctx.attacker[0] != m.actor2:
        m.actor1, m.actor1_type = ctx.attacker[0], ctx.attacker[1]
        m.provenance["actor1"] = ctx.attacker[2]
    if m.actor2 is None and ctx.victim is not None and ctx.victim[0] != m.actor1:
        m.actor2, m.actor2_type = ctx.victim[0], ctx.victim[1]
        m.provenance["actor2"] = ctx.victim[2]
    if m.weapon is None and ctx.means is not None:
        m.weapon = ctx.means[0]
        m.provenance["weapon"] = ctx.means[1]
        t = classify(ctx.means[0])
        if t is not None and t.event_type == "Explosions/Remote violence":
            m.event_type, m.sub_event_type, m.plover = t.event_type, t.sub_event_type, t.plover


_SITE_FEATURES = frozenset({"airbase", "garrison", "base", "city", "town", "village", "camp",
                            "district", "building", "port", "airport"})  # fmt: skip


_SITES_JOIN = re.compile(r"[^.;]{0,25}\band\s+(?:in\s+|at\s+)?(?:the\s+)?")
_COUNTED_JOIN = re.compile(
    r"[^.;]{0,25}\band\s+(?:[\w-]+\s+){1,3}?(?:in|at)\s+"
    r"(?:the\s+(?:town|city|village|camp)\s+of\s+)?(?:the\s+)?"
)


def split_by_site(
    m: Mention, places: list[Place], s: Sentence, typing: Typing, article: Article
) -> list[Mention]:
    """Extra mentions when plural attacks hit several named sites ("at A and B"), or an
    arrest is told town by town ("eight of them in Jenin and three in the town of Tubas")."""
    arrest = typing.key == "ARREST"
    if not (typing.trigger.lower().endswith("s") or arrest) or m.location is None:
        return []
    # ("in Londonderry and Lurgan on Sunday night, a day after rioting in north Belfast":
    # the earlier incident's place is none of these sites)
    later = LATER_EVENT.search(s.text, typing.trigger_end)
    cut = s.start + later.start() if later is not None else s.end
    sites = [
        p for p in places
        if s.start <= p.start < cut and (p.feature or "") in _SITE_FEATURES
        and p.start > s.start + typing.trigger_start
    ]  # fmt: skip
    # (arrests "in the Villa Nueva and Los Pinos neighbourhoods" of one city are one event)
    join = _COUNTED_JOIN if arrest else _SITES_JOIN
    joined = any(
        join.fullmatch(article.text[a.end : b.start]) and a.name != b.name
        for a, b in itertools.pairwise(sites)
    )
    if not joined:
        return []  # "a shelter in the Bulbul area of Mayadin": one site inside another
    extra: list[Mention] = []
    seen = {m.location.name}
    for p in sites:
        if p.name in seen:
            continue
        seen.add(p.name)
        copy = Mention.from_dict(to_dict(m))
        copy.id = mention_id(article.id, s.index, p.start)
        copy.country, copy.admin1, copy.admin2 = p.country, p.admin1, p.admin2
        copy.location = _location(p, article.text)
        copy.provenance["location"] = _evidence(article, s, p.start, p.end)
        extra.append(copy)
    return extra


# "Gunmen killed at least 11 villagers and abducted more than 30 people": two acts, two
# events (ACLED codes the killing and the abduction apart), same time, place and agent.
_KILLED_AND_TOOK = re.compile(
    r"\b(?P<kill>kill(?:ed|ing)|shot dead|shooting dead|hacked to death|massacred|executed)\b"
    r"[^.;]{0,100}?(?:,\s*|\s+)and\s+(?P<took>abduct(?:ed|ing)|kidnapp(?:ed|ing)|seiz(?:ed|ing)|"
    r"carr(?:ied|ying) (?:off|away)|(?:took|taking) away)\b",
    re.I,
)


def second_act(m: Mention, s: Sentence, article: Article) -> list[Mention]:
    """The abduction told beside a killing in one sentence, or the killing beside an
    abduction, as a mention of its own; the killing keeps the toll (``m`` loses it when it
    is the abduction)."""
    if m.sub_event_type not in ("Attack", "Abduction/forced disappearance"):
        return []
    both = _KILLED_AND_TOOK.search(s.text)
    if both is None:
        return []
    copy = Mention.from_dict(to_dict(m))
    if m.sub_event_type == "Attack":
        at, end = both.span("took")
        copy.event_type, copy.sub_event_type = (
            "Violence against civilians",
            "Abduction/forced disappearance",
        )
        copy.fatalities = None
        copy.provenance.pop("fatalities", None)
    else:
        at, end = both.span("kill")
        copy.event_type, copy.sub_event_type = "Violence against civilians", "Attack"
        m.fatalities = None  # the toll is the killing's, now told by the copy
        m.provenance.pop("fatalities", None)
    copy.id = mention_id(article.id, s.index, s.start + at)
    copy.trigger = s.text[at:end]
    copy.provenance["event_type"] = _evidence(article, s, s.start + at, s.start + end)
    return [copy]


# "youths fought running battles ..., hours after thousands of people marched peacefully
# through the capital": the march that came before the riot is an event of its own.
_MARCHED_BEFORE = re.compile(
    r"\b(?:hours|shortly|soon|minutes)\s+after\s+(?P<march>(?:[\w-]+\s+){0,4}?"
    r"(?:marched|rallied|demonstrated|gathered)\s+peacefully)\b",
    re.I,
)


def march_before(m: Mention, s: Sentence, article: Article) -> list[Mention]:
    """The peaceful march a riot followed, told in the riot's sentence, as its own mention."""
    if m.sub_event_type != "Violent demonstration":
        return []
    before = _MARCHED_BEFORE.search(s.text)
    if before is None:
        return []
    at, end = before.span("march")
    copy = Mention.from_dict(to_dict(m))
    copy.event_type, copy.sub_event_type, copy.plover = "Protests", "Peaceful protest", "PROTEST"
    copy.actor1 = people_of("Protesters", m.country)
    copy.actor1_type = "protesters"
    copy.actor2 = copy.actor2_type = copy.weapon = None
    copy.fatalities = copy.injuries = None
    for key in ("actor1", "actor2", "weapon", "fatalities", "injuries"):
        copy.provenance.pop(key, None)
    copy.id = mention_id(article.id, s.index, s.start + at)
    copy.trigger = s.text[at:end]
    copy.provenance["event_type"] = _evidence(article, s, s.start + at, s.start + end)
    copy.provenance["actor1"] = copy.provenance["event_type"]
    return [copy]


_ANAPHOR = re.compile(
    r"^\W*(?:they|it|he|she|the (?:\w+ ){0,2}(?:were|was)|"
    r"(?:\w+[- ]){0,3}(?:personnel|people|fighters|members))\b",
    re.I,
)
_REMOTE_VERB = re.compile(
    r"\b(?:bombed|bombing|shelled|shelling|missile|air ?strike|drone)\b", re.I
)
_STRUCK = re.compile(r"\b(?:struck|hit|killed|targeted|wounded)\b", re.I)


# "Drones struck a hamlet in western Michoacan ... The devices dropped small bombs on homes
# in El Aguaje, in the municipality of Aguililla": the next sentence tells the same attack.
_SAME_ATTACK = re.compile(
    r"^\W*(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:devices?|drones|attack|attackers|strikes?|"
    r"blast|explosion|bombs?|bombing|ambush|shooting|grenade|shells|raid|gunmen|assailants|"
    r"militants|fighters|bombers?)\b",
    re.I,
)
_TOWN_FEATURES = ("city", "town", "village", "district", "camp", "base", "garrison", "airbase")


def _narrow_place(
    m: Mention, nxt: Sentence, places: list[Place], times: list[Timex], article: Article
) -> None:
    """A lead placed only in a province or region takes the town the next sentence names
    when that sentence refers back to the same attack ("The strike hit Gaba Jimata, a
    village outside the town of Gimbi, on Tuesday morning"), and its day when the lead
    had only the report's."""
    if m.historical or not _SAME_ATTACK.match(nxt.text):
        return  # (a background event keeps its own time and place)
    told = [t for t in times if nxt.start <= t.start < nxt.end and t.date_start]
    # "shortly after midnight on Tuesday": the day, not the hour read against the report
    day = next((t for t in told if t.type == "DATE"), told[0] if told else None)
    if (
        day is not None
        and m.date_start is not None  # dated by its report only, not undated
        and m.date_precision != 1
        and day.date_start == day.date_end
    ):
        m.date_start, m.date_end, m.date_precision = day.date_start, day.date_end, 1
        m.provenance["date"] = _evidence(article, nxt, day.start, day.end)
    if m.location is not None and (m.location.precision or 1) < 3:
        return
    towns = [
        p for p in places
        if nxt.start <= p.start < nxt.end and (p.feature or "") in _TOWN_FEATURES
        and (m.country is None or p.country == m.country)
    ]  # fmt: skip
    if not towns:
        return
    p = towns[0]
    m.country, m.admin1, m.admin2 = p.country, p.admin1, p.admin2
    m.location = _location(p, article.text)
    m.provenance["location"] = _evidence(article, nxt, p.start, p.end)


def follow_up(
    m: Mention,
    typing: Typing,
    sentences: list[Sentence],
    i: int,
    times: list[Timex],
    article: Article,
    places: list[Place] | None = None,
) -> None:
    """The next sentences often complete the event: who was hit, what was used, and (with
    ``places``) the town a lead told only by its province.

    "U.S. officials said IRGC-related personnel were there and likely struck" names the
    target; "they bombed the vehicle" says the attack was remote. Only the two sentences
    that follow are read, each only when it has no date of its own and refers back
    ("they", "it", "... personnel"), so that a second incident is never folded in.
    """
    for k, nxt in enumerate(sentences[i + 1 : i + 3]):
        if k == 0 and places is not None:
            _narrow_place(m, nxt, places, times, article)
        if any(nxt.start <= t.start < nxt.end for t in times):
            return
        body = re.sub(r"^[^,]{0,60}\bsaid\s+(?:that\s+)?", "", nxt.text)
        body = re.sub(r"^\W+", "", body)
        if not _ANAPHOR.search(body) and not re.search(r"\bthey\b", nxt.text, re.I):
            continue
        if k == 0 and m.actor2 is None and _STRUCK.search(nxt.text):
            for h in actor_table().find(nxt.text):
                if h.entry.type in ("government", "civilians") or h.entry.name == m.actor1:
                    continue
                m.actor2, m.actor2_type = h.entry.name, h.entry.type
                m.provenance["actor2"] = _evidence(
                    article, nxt, nxt.start + h.start, nxt.start + h.end
                )
                break
        if typing.key == "ATTACK" and m.event_type == "Violence against civilians":
            v = _REMOTE_VERB.search(nxt.text)
            if v is not None:
                t = classify(nxt.text)
                remote = t is not None and t.event_type == "Explosions/Remote violence"
                m.event_type = "Explosions/Remote violence"
                m.sub_event_type = t.sub_event_type if remote and t else None
                m.plover = "ASSAULT"
                m.provenance["event_type"] = _evidence(
                    article, nxt, nxt.start + v.start(), nxt.start + v.end()
                )
                return
