"""Arguments of an event mention: actors in their roles, weapon, target, place and date.

Roles come from surface patterns around the trigger, not from a parser (a parse per
sentence would cost most of the extraction's time budget, and the patterns that matter in
conflict reporting are few): "X struck Y", "Y was hit by X", "attacks by X on Y", "an
Israeli strike", "an IRGC weapons storage facility" (the facility's owner is the target),
"killing Gen. Qassim Soleimani" (the person killed is the target).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wiretally.extract.actors import ActorEntry, ActorHit
from wiretally.extract.typing import KIN_OF_VICTIMS
from wiretally.geo.gazetteer import distance_km
from wiretally.meta import dateline_span
from wiretally.records import Place, Timex

_WEAPON = re.compile(
    r"\b(?:(?:one-way|suicide|attack|armed|kamikaze|explosive-laden|ballistic|cruise|"
    r"anti-tank|anti-ship|guided|katyusha|grad|surface-to-surface|short-range|long-range|"
    r"precision|hand|rocket-propelled|improvised|roadside|car|truck|fighter|"
    r"unmanned|rubber|petrol|molotov|water)[- ]){0,3}(?:drones?|rockets?|missiles?|"
    r"mortars?(?: shells| rounds)?|"
    r"artillery(?: shells| fire)?|shells|air ?strikes?|airstrikes?|jets?|warplanes?|"
    r"helicopters?|grenades?|bombs?|ieds?|explosive devices?|landmines?|mines|"
    r"suicide vests?|gunfire|rifles?|guns?|knives|knife|machetes?|tear[ -]?gas|live ammunition|"
    # ("police used lathis", "sniper fire", "bulldozers razed")
    r"lathis?|sniper fire|snipers?|bulldozers?|"
    r"bullets|barrages?|uavs?|projectiles?|stones|rocks|cocktails|batons?|cannons?|pistols?|"
    r"firearms|ak-47s?|kalashnikovs?|arrows|spears|axes|fireworks|pepper spray|aircraft|"
    r"air assets|sticks|(?:iron )?rods|brickbats|bricks|brick chips|hammers|"
    r"machine[- ]guns?|heavy weapons|bows|dynamite|explosives|explosive charges?|slingshots|"
    r"metal bars?|clubs|"
    r"howitzers?|quadcopters?|unexploded ordnance|ordnance(?!\s+disposal)|explosive belts?|rpgs?|"
    # "a shell struck a house" (not "the charred shell of a sedan"); "an anti-tank mine"
    r"shell(?!\s+of\b)|(?<=anti-tank )mine|(?<=anti-personnel )mine|(?<=land )mine)\b",
    re.I,
)

_FIRED_ON = re.compile(r"\bfired\s+(?:up)?(?:on|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# Words that look like weapons but describe a barrage's means only inside a longer phrase.
_WEAK_WEAPON = {"barrage", "barrages", "shells", "mines", "guns", "gun"}

_TARGET = re.compile(
    r"\b(?:(?:an?|the|two|three|several|its|their)\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:facilit(?:y|ies)|sites?|air ?base|bases?|garrison|safe house|houses?|homes?|"
    r"hospitals?|shops?|stores?|markets?|vehicles?|cars?|convoys?|checkpoints?|schools?|"
    r"mosques?|churches?|buildings?|headquarters|depots?|warehouses?|outposts?|"
    r"positions?|camps?|embass(?:y|ies)|consulates?|hubs?|stockpiles?|gathering|"
    r"tents?|shelters?|airport|port|power (?:plant|station)|towers?|cables?|ships?|"
    r"tankers?|vessels?|destroyer|patrol|compound)\b",
    re.I,
)
_PASSIVE = re.compile(
    r"^[\s)\]]*(?:(?!(?:said|says|told|and|but)\b)[\w(),-]+\s+){0,7}?"
    r"(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|\w+en|hit|struck|shot)\b",
    re.I,
)


_NOT_AGENT_BY = re.compile(
    r"\b(?:(?:used|owned|operated|run|backed|supported|funded|escorted|accompanied|guarded|"
    r"protected|armed|controlled|held|occupied|housing|led|founded|replaced|succeeded|"
    # ("stormed a checkpoint manned by Security Belt Forces": those who held it were hit)
    r"manned|staffed|garrisoned|patrolled|defended|secured)\s+by|"
    # "The Somali National Army, with the support of local Macawisley forces, liberated":
    # the helper is associated, the army acted
    r"(?:with|under)\s+(?:the\s+)?(?:support|backing|help|assistance|cover)\s+(?:of|from))\s+"
    r"(?:the\s+)?(?:(?-i:[a-z]+)\s+)?$",
    re.I,
)
_PREP_BEFORE = re.compile(
    r"\b(?:on|against|at|targeting|targeted|attacked|struck|hit|killing|killed|with|of|for|"
    r"to|into|in|across|toward|towards|near|between|and|whom|accused)\s+(?:the\s+)?$",
    re.I,
)


# A speaker is a source, not a participant: "..., the army said", "the army says gunmen
# attacked", "according to the police". Its own act stays its own: "the army said it
# killed", "said its aircraft struck".
_SPEECH_AFTER = re.compile(
    # ("The Kurdistan Democratic Party of Iran (KDPI) says": the short name in brackets)
    # ("police in Hela Province said": where the speaker sits, capitalised)
    # ("police and residents said": two sources)
    r"^\)?(?:\s*\([^()]{1,40}\))?(?:\s+and\s+(?:local\s+)?(?:residents|witnesses|survivors|"
    r"villagers|elders|medics|doctors|relatives|community\s+leaders))?(?:\s+(?:in|of|at)\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)"
    r"(?:[\s-]+(?-i:[A-Z][\w'-]*)){0,3})?(?:(?:'s?)?\s+(?:\w+\s+)?(?:spokes\w+|statement|officials?|sources?|command|service)\b[^.;]{0,40}?)?"
    r"\s*(?:(?:has|had|have|also|later|then|on\s+\w+)\s+)?(?:said|says|say|told|announced|"
    r"stated|reported|confirmed|added|claimed|denied|denies|insisted|noted|alleged|"
    r"acknowledged|reports?|"
    # "Police also revised the toll from a drone attack on the police station": who counts
    r"(?:revised|raised|lowered|updated|put|gave)\s+(?:the|its|their)\s+(?:death\s+|casualty\s+)?"
    r"(?:toll|tally|figures?|count))\b",
    re.I,
)
_OWN_ACT = re.compile(
    r"^(?:[^.;]{0,60}?\b(?:said|says|say|announced|stated|confirmed|claimed|acknowledged)\s+"
    # ("said in a statement that its drones struck a convoy")
    # ("said in a statement on Tuesday (7 April) that it had taken", "claimed on social
    # media that its fighters attacked")
    r"(?:[^.;]{0,50}?\bthat\s+|\w+\s+|"
    # ("said on Thursday they had killed three militants")
    r"(?:on\s+|late\s+|early\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|"
    r"in\s+an?\s+(?:[\w-]+\s+)?(?:statement|communiqu\w+|post|message|video)\s+)?"
    r"(?:that\s+)?(?:it|its|they|their|he|his)\b|\s*(?:(?:has|had|have)\s+)?"
    r"(?:claimed|claims)\s+(?:responsibility|credit|(?:an?|the|two|three|several)\s))",
    re.I,
)
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:spokes\w+|statement|officials?|sources?)\s+(?:for|from|of|in)|"
    r"cited|quoting|citing|told)\s+(?:the\s+|an?\s+)?(?:[\w.'-]+\s+){0,2}$",
    re.I,
)
# Clause edges around the trigger: an actor in another clause ("... before French troops
# returned", "After the army withdrew, a bomb exploded") takes no role in this event.
_SUBORDINATOR = r"(?:before|after|until|while|whereas|when|once|because|although|though|as)"
_LATER_CLAUSE = re.compile(
    r";|\b" + _SUBORDINATOR + r"\s+(?=(?:[\w.'-]+\s+){1,6}?(?:\w+ly\s+)?(?:\w+ed|was|were|"
    # ("beaten to death by a crowd ..., before gendarmes could intervene")
    r"could|"
    r"had|has|have|did|came|went|took|fought|began|ran|held|left|withdrew|fled|arrived|"
    r"returned|retook|seized|struck|hit)\b)|,\s+(?:and|but)\s+(?=(?:[\w.'-]+\s+){1,4}?"
    r"(?:\w+ly\s+)?(?:\w+ed|was|were|had|has|did|came|went|took|fought|began|ran|"
    r"withdrew|fled|returned|retook|seized|struck|hit)\b)",
    re.I,
)
_EARLIER_CLAUSE = re.compile(
    r"(?:^|[,;]\s*)" + _SUBORDINATOR + r"\b[^,;]*?\b(?:\w+ed|was|were|had|came|went|took|"
    r"fought|began|ran|left|withdrew|fled|arrived|returned|retook|seized)\b[^,;]*[,;]",
    re.I,
)
# A force word that modifies an inanimate noun ("an army truck", "a police post") names the
# owner of what was hit: a target, never the agent.
_OWNED_THING = re.compile(
    r"^(?:'s?)?\s+(?:[\w-]+\s+)?(?:trucks?|vehicles?|posts?|checkpoints?|bases?|barracks|"
    r"outposts?|positions?|camps?|stations?|depots?|garrison|headquarters|offices?|"
    r"buildings?|compounds?|installations?|facilit(?:y|ies))\b",
    re.I,
)


_VERB_IN_TRIGGER = re.compile(
    r"\b(?:\w+ed|shot|hit|struck|fired|killing|wounding|opened\s+fire|on|at|against|"
    r"kills?|shoots?|wounds?|injures?|fires?|opens?\s+fire)\b",
    re.I,
)


def is_speaker(text: str, hit: ActorHit) -> bool:
    """Whether ``hit`` is the source of the report ("the army said") rather than an actor."""
    after = text[hit.end : hit.end + 120]
    if _SPEECH_AFTER.match(after) and not _OWN_ACT.match(after):
        return True
    return bool(_SOURCE_BEFORE.search(text[max(0, hit.start - 40) : hit.start]))


def is_owner_of_target(text: str, hit: ActorHit) -> bool:
    """Whether ``hit`` modifies an inanimate noun ("an army truck"): its force is a target."""
    return bool(_OWNED_THING.match(text[hit.end : hit.end + 40]))


def clause_bounds(text: str, t0: int, t1: int) -> tuple[int, int]:
    """``(start, end)`` of the trigger's clause, by surface cues (see _LATER_CLAUSE)."""
    lo = 0
    for m in _EARLIER_CLAUSE.finditer(text[:t0]):
        lo = m.end()
    later = _LATER_CLAUSE.search(text, t1)
    return lo, later.start() if later is not None else len(text)


@dataclass(slots=True)
class Roles:
    """Actors in their roles, each with the hit it was read from."""

    actor1: ActorHit | None = None
    actor2: ActorHit | None = None
    assoc: list[ActorHit] | None = None


def _actor_ok(entry: ActorEntry) -> bool:
    return entry.type not in ("protesters",)


# "Fighters loyal to the RSF", "members of Hamas": the group acts through its men.
_LOYAL_TO = re.compile(
    r"\b(?:fighters|gunmen|militiamen|members|men|troops|forces|units|elements|militants|"
    r"criminals|terrorists|cadres|rebels|insurgents|bandits|combatants|soldiers|"
    # "aircraft of the Nigerian Air Force bombarded a camp": the force acts through them
    r"aircraft|jets|warplanes|planes|helicopters|gunships|drones|"
    # "a group of armed men stormed a fuel depot", "dozens of gunmen"
    r"group|band|convoy|column|squad|dozens|scores|hundreds|"
    # "a joint team of police and soldiers exchanged fire with armed men"
    r"team|detachment|contingent|escort)\s+"
    r"(?:loyal\s+to|affiliated\s+with|allied\s+(?:to|with)|belonging\s+to|of)\s+(?:the\s+)?$",
    re.I,
)
# A bracketed acronym right after a name: "the Congolese army (FARDC)".
BRACKETED_ACRONYM = r"\(\s*[\w.'-]+\s*\)"
_BRACKETED = re.compile(rf"^\s*{BRACKETED_ACRONYM}")
_AND_THEN_TRIGGER = re.compile(r"(?:\band\s+(?:then\s+|later\s+)?|,\s+)$")
_OBJECT_OF_VERB = re.compile(
    r"\b(?:pursued|chased|tracked|followed|engaged|intercepted|ambushed|surrounded|"
    r"confronted|attacked|encountered|spotted)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$"
)
_OBJECT_OF_KILLING = re.compile(
    r"\b(?:killed|killing|kills?|wounded|injured|shot dead|executed|captured|arrested)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?(?:[\d,]+\s+|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of)\s+)?"
    # ("killed four suspected members of the Gulf Cartel")
    r"(?:(?:suspected|alleged|presumed)\s+)?(?:(?:members|fighters|militants|gunmen|"
    r"operatives|elements)\s+of\s+(?:the\s+)?)?"
    r"[\"“']?$",  # ('troops killed six "khawarij"': the state's word, quoted)
    re.I,
)
_SIDES_CLASHED = re.compile(
    r"(?:^|[.;,]\s*|\b(?:when|as|after)\s+)[^.;,]{2,60}?\s+and\s+[^.;,]{2,60}?\s+"
    r"(?:clash(?:ed|es)?|fought|exchanged\s+(?:[\w-]+\s+){0,2}?fire|battled)\b",
    re.I,
)
_BETWEEN_SIDES = re.compile(
    r"\b(?:fighting|clash(?:es|ed)?|battles?|fought|exchanges? of (?:gun)?fire|skirmish(?:es)?|"
    r"gunfights?|firefights?|shoot-?outs?|confrontations?|"
    # ("broke out in Beled Hawo town, Gedo region, between ...": the scene comes first)
    # (and an hour: "broke out at about 2:00am between ...")
    r"broke out)\s+(?:[\w'’:.-]+,?\s+){0,7}?between\s+[^.;]{2,60}?\s+and\s+[^.;,]{2,60}",
    re.I,
)
_FIRST_SIDE = re.compile(
    r"\s+(?:the\s+)?(?:(?:members|fighters|forces|militants|supporters)\s+(?:loyal\s+to|of)\s+"
    r"(?:the\s+)?)?",
    re.I,
)
_WHEN_AGENT = re.compile(
    r"[^.;]{0,60}?\b(?:when|as|after|where|in which|during which)\s+(?:suspected\s+)?"
    r"(?:(?:a|an|two|three|four|five|several|some|\d+)\s+)?(?P<who>[\w.'-]+(?:\s+[\w.'-]+){0,4}?)"
    r"\s+(?:opened\s+fire|attacked|fired|ambushed|stormed|struck|detonated|shelled|raided)\b",
    re.I,
)


def _headline_passive(text: str, gap: str, t1: int) -> bool:
    """A passive without its auxiliary: "An ISIS member killed in Homs", "two soldiers
    wounded near Gao" (the actor before the participle was hit)."""
    participle = r"\s*(?:[\w-]+\s+){0,3}?(?:killed|wounded|injured|shot|executed)"
    # ("The National Guard member killed last Sunday by an explosive dropped from a drone")
    if re.match(participle + r"(?:\s+(?:last|on|early|late|this)?\s*\w+day(?:\s+\w+)?)?\s+by\b",
                gap, re.I):  # fmt: skip
        return True  # "Three Hamas fighters killed by an Israeli strike"
    return bool(
        re.fullmatch(participle, gap, re.I)
        and re.match(r"\s*(?:$|[,.;:]|(?:in|at|on|near|during|by|when|after)\b)", text[t1:])
    )


# A demonym before one of these names a place or an office, not an actor: "the Russian
# region's governor", "Ukrainian officials", "Iraqi state media".
_NOT_AN_ACTOR_NOUN = re.compile(
    r"\s+(?:region|regions|regional|city|cities|town|village|province|provinces|district|"
    r"border|territory|soil|capital|officials?|authorities|governor|media|state media|"
    r"state TV|television|news agency|embassy|economy|language|side of the border|"
    # "attacked a Syrian family": people of that nationality, not its state
    r"family|families|nationals?|citizens?|migrants?|refugees?|asylum seekers?|man|men|"
    r"woman|women|boys?|girls?|child|children|teenagers?|students?|workers?|farmers?|"
    r"traders?|journalists?|doctors?|tourists?|fishermen|shepherds?|pilgrims?|couple)\b",
    re.I,
)


# "by X", "by Military Police officers", "by elements of X", "by a large group of armed
# criminals of the so-called X".
_BY_AGENT = re.compile(
    # ("launched by Iran's Islamic Revolutionary Guard Corps")
    r"\bby\s+(?:(?:a|an|the|some)\s+)?(?:(?!(?:and|or|but|then|when|after)\b)[\w'’-]+\s+){0,2}$|"
    r"\bby\s+(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:of|from)\s+(?:the\s+)?(?:so-called\s+)?"
    # "by members of the terrorist group Los Lobos"
    r"(?:(?:terrorist|armed|criminal|rebel|militant|jihadist|separatist|extremist)\s+)?"
    r"(?:(?:group|organi[sz]ation|gang|faction|movement|cartel)\s+)?$|"
    # "beaten by a group of about six Imbonerakure"
    r"\bby\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:group|band|gang|crowd|unit|squad|team|dozen)\s+of\s+"
    r"(?:(?:about|some|around|roughly|nearly|at\s+least|up\s+to|more\s+than)\s+)?"
    r"(?:\d+|[a-z]+)\s+(?:armed\s+)?$",
    re.I,
)


_FIGHT_NOUN = re.compile(
    r"\b(?:fire-?fight|gun-?fight|gun battle|clash(?:es)?|fighting|battle|exchange of fire|"
    r"shoot-?out|skirmish(?:es)?)\b",
    re.I,
)
_RECIPROCAL = re.compile(
    r"(?:fought|clashed|battled|exchanged fire|traded fire|"
    r"(?:opened fire|fired|shot) (?:on|at) (?:each other|one another))",
    re.I,
)
_ALLIED_WITH = re.compile(
    r"\s+(?:and|alongside|with|together with|backed by|supported by)\s+(?:the\s+)?"
    r"(?:allied\s+|its\s+|their\s+|pro-government\s+|affiliated\s+)?",
    re.I,
)


# An actor that a violent verb follows is its subject: "in which Al-Shabaab gunmen killed".
_AGENT_VERB_AFTER = re.compile(
    r"(?:\s+(?:gunmen|fighters|militants|militiamen|members|troops|soldiers|forces|rebels|"
    r"insurgents|jihadists|elements))?\s+(?:had\s+)?(?:killed|executed|massacred|shot dead|"
    r"slaughtered|gunned down|opened fire|stormed|attacked|abducted)\b",
    re.I,
)
# "fired from Azerbaijani positions", "fired from hills where SPLM-N fighters are positioned"
_FIRED_FROM = re.compile(
    r"\b(?:fired|launched)\s+from\s+(?:[\w-]+\s+){0,6}?(?:where\s+)?(?:the\s+)?$", re.I
)
# "a drone strike attributed by local authorities and the Turkish ministry to the Turkish
# armed forces", "attributed to FACA"
_ATTRIBUTED_TO = re.compile(r"\battributed\s+(?:by\s+[^.;]{1,80}?\s+)?to\s+(?:the\s+)?$", re.I)


_SERVED_AS = re.compile(r"\s+(?:informers?|informants?|collaborators?|spies|spy|agents?)\b", re.I)
# "accusing him of being an informant for the gang", "accused of passing information to
# insurgents": whom the victim was said to serve, no side in the incident
_SERVED_FOR = re.compile(
    r"\b(?:(?:informers?|informants?|collaborators?|spies|spy|agents?)\s+(?:for|of)|"
    r"(?:passing|giving|supplying|providing|selling)\s+(?:[\w-]+\s+){0,3}?(?:information|"
    r"intelligence|food|supplies)\s+to|spying\s+for|collaborating\s+with|working\s+for)\s+"
    r"(?:the\s+|an?\s+|local\s+)?$",
    re.I,
)


def assign_roles(text: str, hits: list[ActorHit], t0: int, t1: int) -> Roles:
    """actor1 (who acted) and actor2 (who was targeted) around the trigger ``[t0, t1)``."""
    roles = Roles(assoc=[])
    everyone = hits
    lo, hi = clause_bounds(text, t0, t1)
    hits = [
        h
        for h in hits
        if not is_speaker(text, h)
        and not (h.adjective and _NOT_AN_ACTOR_NOUN.match(text, h.end))
        # "accusing him of being a police informer": what the victim was called
        and not _SERVED_AS.match(text, h.end)
        and not _SERVED_FOR.search(text, max(0, h.start - 60), h.start)
        and ((lo <= h.start and h.end <= hi) or (h.start < t1 and h.end > t0))
    ]
    owners = [h for h in hits if is_owner_of_target(text, h)]
    # An actor inside the trigger ("Israeli strike", "U.S. fighter jets") is the agent.
    inside = [h for h in hits if h.start < t1 and h.end > t0]
    # ... unless the trigger's own verb comes first ("shot dead two protesters"): that
    # actor was hit.
    hit_in_trigger = [h for h in inside if _VERB_IN_TRIGGER.search(text[t0 : h.start])]
    if inside and (inside[0] in owners or inside[0] in hit_in_trigger):
        roles.actor2 = inside[0]  # "an army-truck bombing": the owner was hit
        inside = inside[:1]
    elif inside:
        roles.actor1 = inside[0]
    hits = [h for h in hits if h not in inside]
    before = [h for h in hits if h.end <= t0]
    victim = bool(re.search(r"\b(?:kill\w*|assassinat\w+|slain|died)\b", text, re.I))
    after = [h for h in hits if h.start >= t1]
    # "by X" after the trigger or after a passive verb: X acted.
    for h in hits:
        pre = text[max(0, h.start - 80) : h.start]
        if not _BY_AGENT.search(pre) or h.entry.type == "civilians":
            continue
        if _NOT_AGENT_BY.search(pre):
            continue  # "sites used by the IRGC": the owner, a target
        if h.start >= t1 and h.start - t1 > 100:
            continue
        roles.actor1 = h
        break
    # Passive subject before the trigger: "Y was hit by X", "Y came under fire".
    cands = [h for h in before if roles.actor1 is None or h is not roles.actor1]
    if cands:
        last = cands[-1]
        gap = text[last.end : t1]
        passive = (
            bool(_PASSIVE.search(gap))
            or bool(re.search(r"\b(?:came|come|coming|comes)\s+under\b", gap, re.I))
            or _headline_passive(text, gap, t1)
        )
        if passive and roles.actor2 is None:
            roles.actor2 = last
        if roles.actor1 is None and not passive:
            # Demonym or name right before the trigger ("Israeli strike", "U.S. fighter
            # jets struck"), else the nearest subject not introduced by a preposition.
            for h in reversed(before):
                pre = text[max(0, h.start - 20) : h.start]
                if _PREP_BEFORE.search(pre) and not _LOYAL_TO.search(
                    text[max(0, h.start - 50) : h.start]
                ):
                    continue
                if _NOT_AGENT_BY.search(text[max(0, h.start - 40) : h.start]):
                    # "Rebels backed by Turkish forces advance": the backer is associated
                    if roles.assoc is not None:
                        roles.assoc.append(h)
                    continue
                if _OBJECT_OF_KILLING.search(text[max(0, h.start - 40) : h.start]):
                    # "said it had killed 30 militants in air strikes": they were hit
                    if roles.actor2 is None:
                        roles.actor2 = h
                    continue
                if h.entry.type == "civilians" or (h.entry.type == "person" and victim):
                    continue  # a person in a killing sentence is its victim, not its agent
                if (
                    _AND_THEN_TRIGGER.search(text, max(0, t0 - 12), t0)
                    and _OBJECT_OF_VERB.search(text, max(0, h.start - 40), h.start)
                    and any(e.end <= h.start for e in before)
                ):
                    # "Kenyan soldiers pursued the gunmen into the hills and exchanged fire
                    # with them": the first verb's object; the subject of both comes first
                    continue
                if h in owners:
                    # "An army truck hit a mine": the truck's owner was hit.
                    if roles.actor2 is None:
                        roles.actor2 = h
                    continue
                # "the Uganda People's Defence Force (UPDF)": one name, told twice
                head = h
                while (
                    (prev := next((e for e in reversed(before) if e.end <= head.start), None))
                    is not None
                    and prev.entry is head.entry
                    and re.fullmatch(r"\s*\(\s*", text[prev.end : head.start])
                ):
                    head = prev
                first = next((e for e in reversed(before) if e.end <= head.start), None)
                if (
                    first is not None
                    and first.entry is not h.entry
                    and first.entry.type not in ("civilians", "person")
                    # ("the Congolese army (FARDC) and the UPDF": the first leads)
                    and _ALLIED_WITH.fullmatch(
                        _BRACKETED.sub("", text[first.end : head.start]).removeprefix(")")
                    )
                ):
                    # "the Sudanese army and allied Joint Forces fought RSF fighters": the
                    # first named leads, the ally is associated.
                    roles.actor1 = first
                    if roles.assoc is not None:
                        roles.assoc.append(h)
                    break
                roles.actor1 = h
                break
    if roles.actor1 is not None and roles.assoc is not None:
        # "Rwandan and Mozambican forces clashed": the second is alongside the first.
        lead = roles.actor1
        ally = next((h for h in before if h.start >= lead.end), None)
        if (
            ally is not None
            and ally.entry is not lead.entry
            and _ALLIED_WITH.fullmatch(text[lead.end : ally.start])
        ):
            foe = [e for e in after if e.entry.type not in ("civilians", "person", "protesters")]
            if (
                roles.actor2 is None
                and not foe
                and _RECIPROCAL.fullmatch(text[t0:t1])
                and text[lead.end : ally.start].strip().lower() == "and"
                and ally.end <= t0
            ):
                roles.actor2 = ally  # "Fano militiamen and federal troops fought": foes
            else:
                roles.assoc.append(ally)
    if roles.actor1 is None:
        # "the June 2014 attack on the town, in which Al-Shabaab gunmen killed about 60
        # people", "a shell fired from Azerbaijani positions", "a strike attributed by local
        # sources to FACA": told after the trigger, still the one who acted.
        for h in after:
            if h.entry.type in ("civilians", "person", "protesters"):
                continue
            pre = text[max(0, h.start - 60) : h.start]
            # ("Islamic State West Africa Province (ISWAP) fighters attacked": past the
            # short name in brackets)
            aside = re.match(r"\s*\([^()]{1,20}\)", text[h.end : h.end + 24])
            end = h.end + (aside.end() if aside is not None else 0)
            if _AGENT_VERB_AFTER.match(text, end) or _FIRED_FROM.search(pre):
                roles.actor1 = h
                break
            # ("attributed by local authorities and the Turkish Ministry of National Defence
            # to the Turkish armed forces": the attributors may take many words)
            if _ATTRIBUTED_TO.search(text, max(0, h.start - 130), h.start):
                roles.actor1 = h
                break
    # Object: the first actor after the trigger not already actor1.
    for h in after:
        if roles.actor1 is not None and h.entry is roles.actor1.entry:
            continue
        if roles.actor2 is None:
            pre = text[t1 : h.start]
            by_agent = re.search(r"\bby\s+(?:the\s+)?$", pre, re.I) and not _NOT_AGENT_BY.search(
                pre
            )
            if len(pre) < 140 and not by_agent:
                roles.actor2 = h
                continue
        if (
            roles.assoc is not None
            and h.entry.type not in ("government",)
            and (roles.actor2 is None or h.entry is not roles.actor2.entry)
        ):
            roles.assoc.append(h)
    # "Two soldiers were killed during a firefight with FARC dissidents": the soldiers were
    # hit, the side they fought "with" is the other
    if roles.actor1 is None and roles.actor2 is not None and _FIGHT_NOUN.search(text[t0:t1]):
        other = next(
            (
                h
                for h in after
                if h.entry is not roles.actor2.entry
                and h.entry.type not in ("civilians", "person", "protesters")
                and re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, h.start - 10) : h.start])
            ),
            None,
        )
        if other is not None:
            roles.actor1 = other
            if roles.assoc is not None and other in roles.assoc:
                roles.assoc.remove(other)
    # An actor before the trigger after "on/against" is the target ("attacks on US forces").
    if roles.actor2 is None:
        for h in before:
            if re.search(
                r"\b(?:on|against|targeting|at)\s+(?:the\s+)?$",
                text[max(0, h.start - 14) : h.start],
                re.I,
            ):
                roles.actor2 = h
                break
    if roles.actor1 is None:
        # "A soldier was killed when militants opened fire on a patrol", "a shooting in
        # Celaya, where gunmen opened fire inside a bar": the agent is the subject of the
        # "when" or "where" clause.
        when = _WHEN_AGENT.match(text, t1)
        if when is not None:
            # ("when suspected insurgents attacked": the alias holds the hedge)
            agent = next((h for h in everyone if h.start <= when.start("who") < h.end), None)
            if agent is not None and agent.entry.type != "civilians":
                roles.actor1 = agent
                if roles.actor2 is agent:
                    roles.actor2 = None
    both = _SIDES_CLASHED.search(text[max(0, t0 - 90) : t1 + 12])
    if both is None and (roles.actor1 is None or roles.actor2 is None):
        # "fighting between the Arakan Army and junta troops", "clashes between X and Y"
        both = _BETWEEN_SIDES.search(text[max(0, t0 - 200) : t1 + 140])
    if both is not None and (roles.actor2 is None or both.re is _BETWEEN_SIDES):
        # "Government troops and RSF fighters clashed": the two sides of one battle.
        at = max(0, t0 - (200 if both.re is _BETWEEN_SIDES else 90))
        sides = [h for h in everyone if at + both.start() <= h.start < at + both.end()]
        # "between the South Sudan People's Defence Forces (SSPDF) and the SPLA-IO": a
        # name and its bracketed acronym are one side
        sides = [h for k, h in enumerate(sides) if not (k and sides[k - 1].entry is h.entry)]
        # "between SAF, supported by allied Joint Forces fighters, and the RSF": the helper
        # fights alongside, it is no side
        helpers = [
            h for h in sides[1:]
            if _NOT_AGENT_BY.search(text[max(0, h.start - 40) : h.start])
            or re.search(r"\b(?:allied|alongside)\s+$", text[max(0, h.start - 12) : h.start])
        ]  # fmt: skip
        if helpers and len(sides) - len(helpers) >= 2:
            sides = [h for h in sides if h not in helpers]
            if roles.assoc is not None:
                roles.assoc.extend(h for h in helpers if h not in roles.assoc)
        if len(sides) >= 2 and sides[0].entry is not sides[1].entry:
            roles.actor1, roles.actor2 = sides[0], sides[1]
        elif len(sides) == 1 and both.re is _BETWEEN_SIDES:
            # "clashes between the ELN and the 33rd Front" (a front the table lacks): the
            # side named first is actor1, not the target.
            between = text.find("between", at + both.start())
            if _FIRST_SIDE.fullmatch(text[between + len("between") : sides[0].start]):
                roles.actor1 = sides[0]
                if roles.actor2 is not None and roles.actor2.entry is sides[0].entry:
                    roles.actor2 = None
    if (
        roles.actor1 is not None
        and roles.actor2 is not None
        and roles.actor1.entry.name == roles.actor2.entry.name
    ):
        roles.actor2 = None
    return roles


def find_weapon(text: str, t0: int) -> tuple[int, int] | None:
    """The weapon or means phrase nearest the trigger (strong weapons first)."""
    found = [
        m
        for m in _WEAPON.finditer(text)
        if (m.group(0).lower().split()[-1] not in _WEAK_WEAPON or len(m.group(0).split()) > 1)
        # "fired on a small aircraft as it was landing": the craft was the target
        and not _FIRED_ON.search(text, max(0, m.start() - 60), m.start())
    ]
    if not found:
        return None
    m = min(found, key=lambda m: abs(m.start() - t0))
    return m.start(), m.end()


def find_target(text: str, t1: int) -> tuple[int, int] | None:
    """The physical target after the trigger ("an IRGC weapons storage facility")."""
    m = _TARGET.search(text, t1)
    if m is None or m.start() - t1 > 80:
        return None
    start = m.start()
    # Do not start the phrase with a verb or preposition the lazy prefix swallowed.
    words = re.finditer(r"\S+", m.group(0))
    for w in words:
        if (
            w.group(0).lower() in _TARGET_SKIP
            or re.fullmatch(r"[\d,.]+", w.group(0))
            or (w.group(0).lower()[:3] in _MONTHS)
        ):
            start = m.start() + w.end() + 1
            continue
        break
    start = min(start, m.end())
    while start < m.end() and text[start] == " ":
        start += 1
    return (start, m.end()) if start < m.end() else None


_TARGET_SKIP = frozenset({
    "on", "at", "in", "near", "against", "hit", "struck", "targeted", "dropped", "bombs",
    "a", "an", "the", "and", "or", "of", "to", "by", "between", "from", "which", "that",
    "took", "place",
})  # fmt: skip
_MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
})  # fmt: skip
_COMPASS_PART = re.compile(r"(?:north|south|east|west|central)\w*\s", re.I)
_SPECIFIC_FEATURES = ("country", "region", "sea", "continent")
# A name followed by a common noun modifies it ("US bases", "Iraq war", "Gaza ceasefire").
_MODIFIES = re.compile(
    r"\s+(?!(?:and|or|on|in|at|of|to|for|from|with|by|as|is|was|were|are|said|says|has|"
    r"had|have|that|which|who|when|after|before|since|during|but|if|where|while)\b)[a-z]+"
)


# A later clause about another event: "..., hours after the burial of soldiers killed in
# Monguno", "..., days after security forces killed six insurgents", "..., as violence also
# flared in the West Bank". Its place and its toll are that event's.
LATER_EVENT = re.compile(
    r",?\s+(?:hours|days|a day|shortly|just|weeks)\s+(?:after|before)\b"
    # ("shortly after 9am today, killing at least five": an hour, not another event)
    r"(?!\s+(?:\d|(?:midnight|noon|midday|dawn|dusk|sunrise|sunset|daybreak|nightfall)\b))|"
    r",\s+(?:after|following|since)\s+(?:the|a|an)\b|"
    # "raided Eha-Amufu on Sunday, apparently in reprisal for the killing of a soldier": the
    # earlier event the raid answers
    r",?\s+(?:\w+ly\s+)?(?:in\s+(?:apparent\s+)?(?:reprisal|retaliation|revenge)\s+for|"
    r"to\s+avenge)\s+(?:the|a|an)\b|"
    r",\s+(?:as|while)\s+(?!well\b|(?:many|much|long|soon)\s+as\b)(?:\w+\s+){1,3}?"
    r"(?:also|continued|flared|mounted|rose|grew|spread|erupted)\b|"
    # ", as a roadside bomb and a rare street protest added to tensions in the region":
    # other incidents, told in their own paragraphs
    r",\s+as\s+(?:[\w-]+\s+){1,8}?(?:added|adding)\s+to\s+(?:the\s+)?(?:tensions?|fears|"
    r"unrest|instability|insecurity)\b|"
    # "An IED killed a truck driver on the N380, and a clash was reported in Chiure"
    r",?\s+and\s+(?:an?|another|two|several)\s+(?:[\w-]+\s+)?(?:clash(?:es)?|attacks?|"
    r"ambush(?:es)?|strikes?|explosions?|blasts?|shelling|protests?|raids?)\s+(?:was|were)\s+"
    r"(?:also\s+)?(?:reported|recorded|carried out)\b",
    re.I,
)


_TAKEN_BEFORE = re.compile(
    r"\b(?:abduct|kidnap|arrest|detain|seiz|took|taken|evacuat|rescu|expell|displac)\w*\b[^.;]*$",
    re.I,
)
_PEOPLE_FROM = (
    r"(?:men|women|people|residents|villagers|workers|labou?rers|traders|pilgrims|migrants|"
    r"fighters|militants|soldiers|troops|passengers|students|families|tourists|"
    # "Armed Dodoth warriors from neighbouring Kaabong district struck a kraal in ..."
    r"raiders|warriors|rustlers|herders|pastoralists)\s+"
    r"(?:\w+\s+){0,2}"
)
_FROM_BEFORE = re.compile(
    rf"\b(?:{_PEOPLE_FROM}|(?:fired|launched|coming|came|crossed)\s+)from\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+)?$",
    re.I,
)
# "shot dead four men from Punjab province": where people come from is never where.
_PEOPLE_FROM_BEFORE = re.compile(rf"\b{_PEOPLE_FROM}from\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)


_PART_OF_TOWN = re.compile(
    r"(?:\s+(?:[A-Z][\w'-]*|de|del|la|las|los|el|al|du|des))*\s+"
    r"(?:neighbou?rhood|quarter|suburb|district|area|sector|colonia|"
    r"barrio|estate)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z]"
)
_PART_NAMES = frozenset({"old city", "old town", "old quarter", "medina", "casbah", "kasbah"})
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_MEDIA_AFTER = re.compile(
    r"\s+(?:Wire|News|Times|Post|Tribune|Herald|Gazette|Radio|Television|TV|Broadcasting|"
    r"Press(?!\s+Club)|Agency|Journal|Chronicle)\b"
)
_BORDER_WITH = re.compile(
    r"\bborders?(?:\s+(?:crossing|post|point|area|town))?\s+with\s+(?:the\s+)?"
    # ("near the border with Chad and the Central African Republic": both neighbours)
    r"(?:(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,3},?\s+(?:and|or)\s+(?:the\s+)?)?$",
    re.I,
)
# "in Charla mandal, close to the Chhattisgarh border", "near the Kandhamal border": the
# neighbouring region names the frontier, not where.
_NEAR_THE = re.compile(r"\b(?:close\s+to|near|not\s+far\s+from|towards?)\s+the\s+$", re.I)
_BORDER_AFTER = re.compile(r"\s+border\b(?!\s+(?:town|village|district|post|area|region|crossing))")


# Where the hurt were cared for or died, not where they were hurt.
_CARE_VERB = r"(?:died|treated|taken|admitted|evacuated|transferred|rushed|hospitali[sz]ed)"
_HOSPITAL_IN = re.compile(
    rf"\b(?:{_CARE_VERB}|treatment)\s+(?:[\w-]+\s+){{0,6}}?(?:in|at|to)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:hospitals?|clinics?|medical cent(?:er|re)s?|health cent(?:er|re)s?)\s+"
    r"(?:in|at|near|outside)\s+"
    r"(?:the\s+)?$",
    re.I,
)


_IN_A_BEFORE = re.compile(
    rf"\b{_CARE_VERB}\s+(?:[\w-]+\s+){{0,6}}?(?:in|at|to)\s+(?:an?|the)\s+$",
    re.I,
)
_NAMED_HOSPITAL = re.compile(
    r"(?-i:[A-Z])[\w'’.-]*(?:[\s-](?-i:[A-Z])[\w'’.-]*){0,3}(?:['’]s)?\s+(?:[a-z]+\s+)?"
    r"(?:hospital|clinic|medical\s+cent(?:er|re)|health\s+cent(?:er|re))\b",
    re.I,
)


def treated_at(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where the hurt were treated or died ("one of the
    injured later died in hospital in Baalbek", "died in a Medellín hospital"), not where
    they were hurt."""
    return (
        _HOSPITAL_IN.search(text, max(0, start - 90), start) is not None
        or (
            _IN_A_BEFORE.search(text, max(0, start - 90), start) is not None
            and _NAMED_HOSPITAL.match(text, start) is not None
        )
        # "who were taken across the border to Zouerate for treatment"
        or _TAKEN_TO.search(text, max(0, start - 60), start) is not None
    )


_TAKEN_TO = re.compile(
    r"\b(?:taken|evacuated|transferred|rushed|airlifted|flown|referred)\s+(?:[\w-]+\s+){0,5}?"
    r"to\s+(?:the\s+)?$",
    re.I,
)


# "Those arrested will be arraigned in court in Lodwar": where they are tried, not where.
_COURT_IN = re.compile(
    r"\b(?:arraigned|charged|tried|prosecuted|produced|appear(?:ed|s)?|brought)\b[^.;]{0,40}?"
    r"\b(?:court|tribunal|magistrates?)\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_TOWARDS_BEFORE = re.compile(
    r"\b(?:withdr[ae]w\w*|retreat\w*|fled|flee\w*|moved|headed|pulled back|escaped)\s+"
    r"(?:\w+\s+){0,2}(?:towards?|in the direction of|(?<=fled )into|(?<=escaped )into|"
    r"(?<=retreated )into|(?<=withdrew )into)\s+(?:the\s+)?$",
    re.I,
)  # a drone launched "toward Jazan province" is aimed there: that is where
# "Imo police spokesman Chinedu Okafor told AFP", "the Borno state government said": a
# place naming the authority that speaks, not where it happened.
_AUTHORITY_AFTER = re.compile(
    r"\s+(?:[Ss]tate\s+|[Pp]rovincial\s+|[Rr]egional\s+)?(?:(?:police|army|military|security|"
    # ("the Medenine court spokesman said")
    r"court|tribunal|prosecutor's|prosecution|hospital|municipal|city)"
    r"\s+)?(?:spokes(?:man|woman|person)|commissioner|command(?:er)?|governor|officials?|"
    r"authorities|government|administrator)\b"
    # "to hand the Raya area back to the Tigray interim administration"
    r"|\s+(?:interim|transitional|regional|provincial|state)\s+administration\b"
    # "..., Central Papua police said": the force that speaks
    r"|\s+(?:police|army|military)\s+(?:said|says|say|reported|told|stated)\b"
)
_OWNED_BUILDING_AFTER = re.compile(
    r"\s+(?:governorate|provincial|province|state|regional|region|county|district)\s+"
    r"(?:government\s+|administration\s+)?(?:building|headquarters|offices?|council|"
    r"compound|hall)\b",
    re.I,
)
_BUILDING_AFTER = re.compile(
    r"\s+(?:building|headquarters|compound|offices?|premises|house|palace|complex)\b", re.I
)
# "the neglect of the south by authorities in Tripoli": the government, not where.
_AUTHORITY_BEFORE = re.compile(
    r"\b(?:authorities|government|officials|ministry|regime|leadership)\s+(?:in|of)\s+"
    r"(?:both\s+)?(?:[A-Z][\w'-]+\s+and\s+)?$"
)
# "several hundred residents of Murzuq gathered": the crowd's own town is where.
_RESIDENTS_OF = re.compile(
    r"\b(?:residents|inhabitants|villagers|people|youths|traders|women)\s+(?:of|from)\s+$", re.I
)
# "gathered at Kwakeithel Bazar demanding the release of two persons arrested at Khurai":
# what the crowd asks for, not where it stood.
_DEMAND_BEFORE = re.compile(
    r"\b(?:demanding|demanded|to demand|calling for|called for|to call for)\s+(?:the\s+)?"
    r"(?:release|return|arrest|punishment|trial|withdrawal|justice)\b[^.;:]{0,80}$",
    re.I,
)
_ROAD_TO_BEFORE = re.compile(
    # ("on the RN3 towards Bouar": a national road by its number)
    r"\b(?:road|roads|highway|route|motorway|railway|(?-i:R?N\d{1,3}|[AB]\d{1,3}))\s+"
    r"(?:to|towards|leading to|linking"
    r"(?:\s+[A-Z][\w'-]+)?\s+(?:with|to))\s+(?:the\s+)?$",
    re.I,
)
# "a bus travelling from Elwak to Mandera town near Lafey": the journey's ends, not where
_ROUTE_END_BEFORE = re.compile(
    r"\b(?:travell?(?:ing|ed)|going|driving|heading|headed|plying|journeying|on\s+(?:its|their|"
    r"his|her)\s+way)\s+(?:back\s+)?from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?"
    r"(?:(?:town|city|village)\s+)?(?:(?:to|towards|for)\s+(?:the\s+)?)?$",
    re.I,
)
_BOUND_FOR = re.compile(
    r"\b(?:bound|destined|headed|heading|en\s+route)\s+(?:for|to|towards)\s+(?:the\s+)?$", re.I
)
_UNIT_WORD_AFTER = re.compile(
    r"\s+(?:district|municipality|commune|county|department|tehsil|upazila|woreda|LGA)\b", re.I
)
_PROVINCE_WORD_AFTER = re.compile(
    r"\s+(?:province|governorate|region|state|oblast|prefecture|department|county)\b", re.I
)
_ROAD_END_AFTER = re.compile(
    r"[-–](?:[A-Z][\w'’]+\s)?[A-Z][\w'’]{2,}\s+(?:main\s+|trunk\s+)?"
    r"(?:road|highway|expressway|motorway|axis|route|corridor)\b"
)
_ROAD_END_BEFORE = re.compile(r"[A-Z][\w'’]{2,}[-–]$")
_SPOKE_IN = re.compile(
    r"\b(?:told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference)|"
    r"(?:at|during)\s+an?\s+(?:news|press)\s+conference|"
    r"speaking\s+(?:to\s+(?:reporters|journalists)\s+)?)\s+in\s+$",
    re.I,
)
_INCIDENT_NAMED_AFTER = re.compile(
    r"\s+((?:drone\s+|air\s+|missile\s+)?(?:strikes?|attacks?|massacres?|bombings?|shelling|"
    # ("carrying photographs of the Kani Masi victims": the incident's dead, named by it)
    r"killings?|ambush|blast|explosion|victims|martyrs|dead))\b",
    re.I,
)
_ROAD_NAMED_AFTER = re.compile(r"\s+(?:road|highway|expressway|route|motorway)\b", re.I)
_FOR_PEOPLE_IN_BEFORE = re.compile(
    r"\b(?:in\s+support\s+of|in\s+solidarity\s+with|for)\s+(?:the\s+)?(?:people|"
    r"(?-i:[A-Z])\w+(?:ns|is|ese|ians|ans|s))\s+(?:of|in)\s+(?:the\s+)?$",
    re.I,
)
_AGAINST_BEFORE = re.compile(
    r"\b(?:against|in support of|in solidarity with)\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w'-]*,?\s+){1,3}(?:and|or)\s+(?:the\s+)?)?$",
    re.I,
)
_DISTANCE_OF = re.compile(
    # ("lies a few kilometres from Ain al-Asad air base")
    r"\b(?:\d[\d,.]*|a\s+few|a\s+couple\s+of|several|few)\s*"
    r"(?:km|kilomet(?:er|re)s?|miles?|mi)\s+(?:\([^)]{1,20}\)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?\w+)?\s+)?(?:of|from)\s+(?:the\s+)?$"
    # "raided the village of Sinjil, north of Ramallah": the place, then its bearing
    r"|\w,\s+(?:just\s+|some\s+|further\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)?\s+of\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.I,
)


# "In Bolgatanga, ...", "- Santiago: On Wednesday evening, ..."
_IN_FRAME = re.compile(
    r"\s*(?:[-*\u2022]\s*|\d+[.)]\s*)?(?:(?:In|At|"
    # "Further east, in Kobo, several thousand residents marched"
    r"(?:(?:Further|Farther)\s+(?:north|south|east|west)|Meanwhile|Elsewhere|Separately),?\s+"
    r"(?:in|at))\s+(?:the\s+)?(?:town\s+of\s+|"
    # "In the regional capital Semera, ...": the capital named in apposition
    r"(?:(?:regional|provincial|state|district|county|national)\s+)?capital,?\s+)?)?$"
)
# ("In Hawija town itself, ...", "In Bawku itself, ...")
_FRAME_END = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:town|city|village))?(?:\s+itself)?"
    # ("In Lichinga on Wednesday, Mozambican and Rwandan officials signed ...")
    r"(?:\s+(?:on\s+)?(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|"
    r"\d{1,2}\s+[A-Z][a-z]+)(?:\s+(?:morning|afternoon|evening|night))?)?\s*[,:]"
)
# "The wider Hawija district was retaken by Iraqi forces": the passive's subject is where.
_PASSIVE_SUBJECT = re.compile(
    r"\s+(?:(?:town|city|village|district|area|region|camp|base)\s+)?"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$"
)


def is_origin(text: str, at: int) -> bool:
    """Whether the place at ``at`` names where people come from ("four men from Punjab")."""
    return _PEOPLE_FROM_BEFORE.search(text, max(0, at - 50), at) is not None


def is_reference_point(text: str, p: Place) -> bool:
    """Whether a place is named only to locate another ("12 km east of Baidoa", "the village
    of Sinjil, north of Ramallah")."""
    return (
        _DISTANCE_OF.search(text, max(0, p.start - 60), p.start) is not None
        # "Karimama lies close to the area where, in April 2025, JNIM attacks ..."
        or _LIES_NEAR.match(text, p.end) is not None
    )


# "arrested 12 Rakhine residents", "two Kachin women": a state or region named for its
# people (many are named after one), not where the event was.
_PEOPLE_AFTER = re.compile(
    r"\s+(?:residents|villagers|civilians|men|women|youths|people|farmers|families|"
    r"refugees|students|traders|fishermen|workers|Muslims|Christians|Buddhists)\b"
)
_NAMED_FOR_PEOPLE = frozenset({"admin1", "region"})


def names_people(text: str, place: Place, offset: int = 0) -> bool:
    """Whether ``place`` (at ``place.end - offset`` in ``text``) stands for its people:
    "arrested 12 Rakhine residents" names Rakhine's people, not where they were."""
    return place.feature in _NAMED_FOR_PEOPLE and bool(
        _PEOPLE_AFTER.match(text, place.end - offset)
    )


_LIES_NEAR = re.compile(
    r"\s+(?:lies|is\s+located|is\s+situated|sits)\s+(?:close\s+to|near|next\s+to|"
    r"not\s+far\s+from)\b",
    re.I,
)
# "Khan Arnabah (Quneitra) - protest", "Tasil (western Daraa, Yarmouk basin)": what follows a
# place in brackets only says where that place lies.
_IN_BRACKETS_AFTER = re.compile(r"[ \t]*\((?:[^()\n]{0,40}[ ,])?")


# "the Complexo da Penha, a cluster of hillside favelas in Rio de Janeiro's North Zone",
# "Olaria, a suburb of Lagos": the place, then the town it lies in.
_LIES_IN = re.compile(
    r"(?:,\s+(?:an?|the)\s+[^,.;]{0,60}?\b(?:in|of|near|outside)|\s+(?:in|near))\s+(?:the\s+)?"
)


def far_from_its_town(text: str, p: Place, places: list[Place]) -> bool:
    """Whether ``p`` is said to lie in a town the gazetteer puts far from it: a namesake
    elsewhere ("Penha" of Santa Catarina for Rio's Complexo da Penha), not the place."""
    if p.lat is None or p.lon is None or p.feature in _WIDE_PLACE:
        return False
    for q in places:
        if q.feature in _WIDE_PLACE or q.lat is None or q.lon is None:
            continue
        after = 0 < q.start - p.end <= 90 and _LIES_IN.fullmatch(text, p.end, q.start)
        # ("Rio's Complexo da Penha")
        before = 0 <= p.start - q.end <= 40 and _TOWNS_PART.fullmatch(text, q.end, p.start)
        if after or before:
            return distance_km(p.lat, p.lon, q.lat, q.lon) > 150
    return False


_TOWNS_PART = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}")


_WIDE_PLACE = frozenset({"country", "admin1", "region", "sea", "continent"})


def choose_place(
    places: list[Place], s0: int, s1: int, t0: int, text: str | None = None
) -> Place | None:
    """The sentence's place for the event: after the trigger, most specific, nearest.

    With the article ``text``, a country used as a modifier ("US bases in Iraq") comes
    after one that is where ("in Iraq").
    """
    inside = [p for p in places if s0 <= p.start < s1]
    if text is not None:
        # "after 3R fighters withdrew overnight towards the Cameroon border": a heading.
        inside = [
            p for p in inside if not _TOWARDS_BEFORE.search(text, max(0, p.start - 60), p.start)
        ]
        inside = [
            p
            for p in inside
            if not is_origin(text, p.start)
            or _TAKEN_BEFORE.search(text, max(0, p.start - 60), p.start)
        ]
        # "the Medenine court spokesman said": the authority that speaks, never where
        inside = [
            p
            for p in inside
            if not (
                (said := _AUTHORITY_AFTER.match(text, p.end)) is not None
                and p.start > t0
                # ("outside the Basra provincial government building": a place)
                and not _BUILDING_AFTER.match(text, said.end())
            )
        ]
        # "one of the injured later died in hospital in Baalbek": where he was treated
        inside = [p for p in inside if not treated_at(text, p.start)]
        inside = [p for p in inside if not _COURT_IN.search(text, max(0, p.start - 90), p.start)]
        # "a security source told West Africa Wire": a newsroom's name, not a place
        inside = [p for p in inside if not _MEDIA_AFTER.match(text, p.end)]
        # "an army spokesman told reporters in Cucuta": where it was said
        inside = [p for p in inside if not _SPOKE_IN.search(text, max(0, p.start - 60), p.start)]
        # "a protest ... denouncing the Bir Lahlou strike": a place naming another incident
        inside = [
            p
            for p in inside
            if not (
                (named := _INCIDENT_NAMED_AFTER.match(text, p.end)) is not None
                and text[max(0, p.start - 4) : p.start].lower() == "the "
                and not (named.start(1) <= t0 < named.end(1))
            )
        ]
        # "ambushed an army patrol ... near the border with Guinea-Bissau": the country
        # across the border is a landmark, not where
        inside = [
            p
            for p in inside
            if not (
                p.feature == "country" and _BORDER_WITH.search(text, max(0, p.start - 40), p.start)
            )
            and not (
                p.feature in _WIDE_PLACE | {"district", "admin2"}
                and _BORDER_AFTER.match(text, p.end)
                and _NEAR_THE.search(text, max(0, p.start - 30), p.start)
            )
        ]
        # "demanding the release of two persons arrested at Khurai": what the crowd asks;
        # "in support of Palestinians in Gaza": the people the crowd backs
        inside = [
            p
            for p in inside
            if not _DEMAND_BEFORE.search(text, max(0, p.start - 120), p.start)
            and not _FOR_PEOPLE_IN_BEFORE.search(text, max(0, p.start - 60), p.start)
        ]
        # "Karimama lies close to the area where ... attacks killed 54 soldiers": near there
        inside = [p for p in inside if not _LIES_NEAR.match(text, p.end)]
        inside = [
            p
            for p in inside
            if not any(
                q.end <= p.start and _IN_BRACKETS_AFTER.fullmatch(text, q.end, p.start)
                for q in inside
            )
        ] or inside
        inside = [p for p in inside if not names_people(text, p)]
        inside = [p for p in inside if not far_from_its_town(text, p, inside)]
        # "outside the North Sinai governorate building": the province owns the building,
        # which stands in its capital
        inside = [
            p
            for p in inside
            if not (
                p.feature in ("admin1", "admin2", "region")
                and _OWNED_BUILDING_AFTER.match(text, p.end)
            )
        ] or inside
        inside = [
            p for p in inside if not _ROUTE_END_BEFORE.search(text, max(0, p.start - 80), p.start)
        ] or inside
    if not inside:
        return None

    def modifies(p: Place) -> bool:
        broad = (p.feature or "") in _SPECIFIC_FEATURES
        return broad and text is not None and bool(_MODIFIES.match(text, p.end))

    # Only one country named as where ("US bases in Iraq"); with several ("in Syria and
    # Iraq") the sentence names no one place and the nearest stands.
    where = [
        p for p in inside
        if p.start >= t0 and (p.feature or "") in _SPECIFIC_FEATURES and not modifies(p)
    ]  # fmt: skip
    use_modifier = len({p.name for p in where}) == 1

    # "... protest on Monday, hours after the burial of soldiers killed in Monguno": a place
    # in a later "after" clause is that other event's.
    later = LATER_EVENT.search(text, t0, s1) if text is not None else None
    cut = later.start() if later is not None else s1
    if later is not None and later.group().lstrip(", ").startswith("and"):
        # another incident, coordinated: its place is never this one's
        inside = [p for p in inside if p.start < cut]
        if not inside:
            return None

    def rank(p: Place) -> tuple[int, int, int, int, int, int, int, int, int]:
        # After the trigger first ("Israel launched its offensive on Gaza after Hamas
        # attacked southern Israel": the attack is in Israel), then the most specific: a
        # town before its province ("in Chhattisgarh's Bijapur district").
        feature = p.feature or ""
        broad = (
            # ("the Metina region of northern Iraq": a region before the country it is in)
            3
            if feature == "country"
            or (feature == "region" and _COMPASS_PART.match(p.name or "") is not None)
            else 2
            if feature in _SPECIFIC_FEATURES
            else int(
                feature == "admin1"
                # "TANJAY CITY, Negros Oriental": a province (a second-level area the
                # gazetteer knows by its title) beside its town; "in Harib district" is where
                or (
                    feature == "admin2"
                    and not (text is not None and _UNIT_WORD_AFTER.match(text, p.end))
                )
                # "near the town of Amadiya in Duhok province": the province, though the
                # gazetteer knows that spelling only for its capital
                or (text is not None and bool(_PROVINCE_WORD_AFTER.match(text, p.end)))
            )
        )
        side = (
            0
            if p.start >= t0
            or (text is not None and _RESIDENTS_OF.search(text, max(0, p.start - 30), p.start))
            or (text is not None and _PASSIVE_SUBJECT.fullmatch(text, p.end, t0))
            else 1
        )
        other = int(p.start >= cut)
        # "shot dead four men from Punjab province", "drones fired from Yemen at Eilat":
        # where someone came from is not where it happened, when the sentence names that.
        origin = (
            int(
                text is not None
                and bool(_FROM_BEFORE.search(text, max(0, p.start - 50), p.start))
                # "abducted 14 men from Kutum": taken from there, so it happened there
                and not _TAKEN_BEFORE.search(text, max(0, p.start - 60), p.start)
            )
            or int(
                # "chanting slogans against the United States": whom, not where
                text is not None
                and bool(_AGAINST_BEFORE.search(text, max(0, p.start - 30), p.start))
            )
            or int(
                # "blocked the main road to Amara": where the road leads, not where
                text is not None
                and bool(_ROAD_TO_BEFORE.search(text, max(0, p.start - 40), p.start))
            )
            or int(
                # "seized rifles and explosives reportedly bound for Myanmar": where they went
                text is not None and bool(_BOUND_FOR.search(text, max(0, p.start - 30), p.start))
            )
            or int(
                # "on the Bolgatanga-Bawku highway near Zebilla": the road's ends name it; the
                # town it passes is where
                text is not None
                and bool(
                    _ROAD_END_AFTER.match(text, p.end)
                    or (
                        _ROAD_END_BEFORE.search(text, max(0, p.start - 40), p.start)
                        and _ROAD_NAMED_AFTER.match(text, p.end)
                    )
                )
            )
            or int(
                # "12 km south-east of Baidoa town, on the Bur Hakaba road": the road's name
                text is not None
                and bool(_ROAD_NAMED_AFTER.match(text, p.end))
                and text[max(0, p.start - 4) : p.start].lower() == "the "
            )
            or int(
                # "Imo police spokesman ... said": the authority speaking, not where
                text is not None
                and (
                    bool(_AUTHORITY_AFTER.match(text, p.end))
                    or bool(_AUTHORITY_BEFORE.search(text, max(0, p.start - 60), p.start))
                )
            )
            or int(
                # "passing coordinates to Ukraine's security service": a country's own body
                broad >= 2 and text is not None and text.startswith(("'s ", "\u2019s "), p.end)
            )
        )
        # "In Kindia, about 135 km northeast of Conakry, ...": a distance's reference point.
        ref = int(
            text is not None and bool(_DISTANCE_OF.search(text, max(0, p.start - 60), p.start))
        )
        modifier = int(use_modifier and modifies(p))
        # "in the Lomas del Real de Jarachina neighbourhood of Reynosa": the city is the
        # surer place (a neighbourhood's name is often some other town's).
        part = int(
            text is not None
            and (
                bool(_PART_OF_TOWN.match(text, p.end))
                # "the Old City of Nablus": a generic part's name
                or (p.text.lower() in _PART_NAMES and bool(_OF_NAME.match(text, p.end)))
            )
        )
        # "In Bolgatanga, hundreds marched ... 'Bawku needs peace'": a town that opens the
        # sentence as its frame is where, whatever the rest names.
        framed = int(
            not (
                text is not None
                and feature not in _SPECIFIC_FEATURES
                and feature not in ("admin1", "admin2")
                and (frame := _IN_FRAME.match(text, s0, p.start)) is not None
                and (end := _FRAME_END.match(text, p.end)) is not None
                # "Timbuktu: the FAMa repel an attack in Goundam": a label, no frame
                and not (end.group().endswith(":") and not frame.group().strip())
                # "SABHA, Libya - Fighters clashed ... south-east of Kufra": a dateline
                # names where the report was filed
                and not (p.text.isupper() and len(p.text) > 3)
                and dateline_span(text, s0) is None
            )
        )
        return (other, origin, framed, side, broad, part, ref, modifier, abs(p.start - t0))

    best = min(inside, key=rank)
    if (
        text is not None
        and best.feature in ("admin1", "region")
        and best.lat is not None
        and best.lon is not None
    ):
        # "FSB officers in Sevastopol detained a woman accused of passing the coordinates of
        # positions in occupied Crimea": a town of that area named before the trigger is
        # the more precise place of the same incident
        towns = [
            p
            for p in inside
            if p.start < t0
            and p.feature not in _WIDE_PLACE
            and p.country == best.country
            and p.lat is not None
            and p.lon is not None
            and distance_km(p.lat, p.lon, best.lat, best.lon) <= 150
            and rank(p)[:3] == rank(best)[:3]
            # ("MINNA - Five soldiers were killed ... in Niger State": where it was filed)
            and not (p.text.isupper() and len(p.text) > 3)
            and not ((span := dateline_span(text, s0)) is not None and p.start < span[1])
        ]
        if len({p.name for p in towns}) == 1:
            return towns[-1]
    return best


def date_of(timex: Timex) -> tuple[str | None, str | None, int | None]:
    """``(date_start, date_end, precision)`` of a time expression."""
    start = timex.date_start
    end = timex.date_end
    if start is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value or ""):
        start = end = timex.value
    if start is None and re.fullmatch(r"\d{4}-\d{2}", timex.value or ""):
        start = timex.value + "-01"
        end = None
    precision = timex.precision
    if precision is None and start is not None:
        precision = 1 if start == end else 3
    return start, end or start, precision


# "... the group that attacked an army post on March 9": a date inside a relative clause
# after the trigger belongs to the clause's own verb.
_RELATIVE_CLAUSE = re.compile(
    # Not a crowd's own gathering: "to disperse worshippers who marched ... today".
    r"\b(?:that|which|who|whose)\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:\w+ly\s+)?"
    # ("to disperse hundreds of youths who blocked the road in Torit on Monday": the crowd's
    # blockade is the protest)
    r"(?!(?:marched|gathered|rallied|protested|assembled|demonstrated|blocked|barricaded|"
    r"occupied|stormed)\b)"
    # ("the armed clashes that erupted in Zawiya on Monday night": the clash's own time)
    r"(?!(?:erupted|occurred|happened|flared|started|began|unfolded)\b)\w+ed\b",
    re.IGNORECASE,
)


def _names_another(text: str, t: Timex) -> bool:
    """ "the 2023 fighting", "the October 2019 ambush", "against Wednesday's grenade attack"
    (not "the Sunday service")."""
    return bool(
        re.search(r"\d{4}", t.text)
        and re.search(r"\bthe\s+$", text[max(0, t.start - 6) : t.start])
        and re.match(r"\s+(?!and\b|to\b|until\b|through\b)[a-z]{3,}", text[t.end : t.end + 20])
    ) or bool(_DAYS_EVENT.match(text, t.end))


_DEADLINE = re.compile(
    r"(?:the\s+)?(?:(?:coming|next)\s+)?(?:winter|summer|spring|autumn|fall|rainy season|"
    r"dry season|harvest|end of (?:the|this) (?:year|month)|new year)",
    re.I,
)
_BY_WHEN = re.compile(r"\b(?:before|by|until|ahead of)\s+$", re.I)
_PROTESTED_ACT = re.compile(
    r"\bto\s+(?:protest|denounce|condemn|mourn|demand\s+justice\s+for)\s+(?:against\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:killings?|deaths?|murders?|arrests?|detentions?|"
    r"abductions?|kidnappings?|shootings?|attacks?)\b[^.;]{0,80}$",
    re.I,
)
_DAYS_EVENT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|strikes?|shootings?|killings?|"
    r"massacres?|ambush(?:es)?|raids?|clash(?:es)?|explosions?|violence|protests?|marches|"
    r"march|rall(?:y|ies)|riots?|fighting|arrests?)\b",
    re.I,
)


_HOLIDAY = re.compile(r"(?:[A-Z][\w'’]*\s+){0,2}(?:Day|Eve|Christmas|Thanksgiving|Halloween)")
_SERVICE_AFTER = re.compile(r"\s+(?:prayers?|sermons?|services?|mass|worship)\b", re.I)
# "The Friday protests carry heavy symbolism": a weekly habit names no day.
_HABIT_AFTER = re.compile(r"\s+(?:protests|rallies|marches|demonstrations|sit-ins)\b", re.I)


_WHEN_NEXT = re.compile(r",?\s+when\b")


# "8 November at about 7:30 pm", "Tuesday, around 10 pm": an hour told after its day
# A time expression that names its own day ("Sunday night", "last night", "8 p.m. on 3 May")
HAS_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|this|last|"
    # ("12 March", "March 12"; not "8 a.m.", whose "a" the case-blind flag would take)
    r"overnight|\d{1,2}\s+(?-i:[A-Z][a-z])|"
    r"(?-i:[A-Z][a-z]+)\.?\s+\d)",
    re.I,
)
_HOUR_OF_DAY = re.compile(
    r",?\s+(?:at|around|about|at about|at around|from|by|shortly (?:before|after))\s+", re.I
)


_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_DAY_MONTH = re.compile(
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.I,
)
_TOLL_ROSE = re.compile(
    r"\b(?:rose|risen|rises|climbed|increased|jumped|grew)\s+to\s+(?:at\s+least\s+)?"
    r"[\w-]+(?:\s+(?:people|dead|deaths|victims))?\s+(?:on\s+|by\s+|late\s+|early\s+)?$",
    re.I,
)
# "Three men were killed at the scene; a fourth died of his injuries two days later": the
# day a wounded victim died (not "died on Sunday 14 September after being beaten": a death
# in custody is the incident)
_DIED_BEFORE = re.compile(
    r"\b(?:died|succumbed)\b(?P<hurt>\s+(?:of|from|to)\s+(?:his|her|their|the)\s+"
    # ("one of whom died of his wounds in hospital on 10 March")
    r"(?:injuries|wounds)(?:\s+in\s+(?:a\s+|the\s+)?hospital)?|\s+in\s+hospital|"
    # "died at the Regional Institute of Medical Sciences late on Tuesday"
    r"\s+(?:at|in)\s+(?:a|the)\s+(?:[\w-]+\s+){0,4}?(?:hospital|clinic|medical\s+(?:centre|"
    r"center|college)|institute\s+of\s+medical\s+sciences|health\s+(?:centre|center|post)))?"
    r"[^.;,]{0,12}$",
    re.I,
)
_LATER_DAY = re.compile(r"\blater\b|\b(?:next|following)\s+(?:day|morning)", re.I)


def died_later(text: str, t: Timex, since: int = 0) -> bool:
    """Whether the day ``t`` is when a wounded victim died, told after the incident."""
    died = _DIED_BEFORE.search(text, max(since, t.start - 60), t.start)
    return died is not None and (bool(died.group("hurt")) or bool(_LATER_DAY.search(t.text)))


# "relatives of two young men abducted near Al-Joura last week staged a sit-in": the day in
# the clause that says who the crowd is dates the earlier incident, not the sit-in
_KIN_OF_VICTIMS_BEFORE = re.compile(KIN_OF_VICTIMS.pattern + r"[^.;,]{0,60}$", re.I)


# The verbs of a statement, as the dates and clauses around one are read below.
_SAY_VERB = r"(?:said|says|told|announced|added|stated|reported|confirmed)"
# "Ryder said Wednesday": the day of the statement, not of the event.
REPORTING_DATE = re.compile(
    rf"\b{_SAY_VERB}\s+"
    r"(?:in an?\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|post|message|video|interview)\s+)?"
    r"(?:on\s+)?(?:[A-Z][a-z]+day\s*\(\s*)?$",
    re.I,
)
# "..., police said on Wednesday, as authorities arrested three men": the clause after the
# statement is of about its day, not of a day its main clause names ("Monday's attack")
_SAID_AS = re.compile(
    rf"\b{_SAY_VERB}\s+(?:on\s+)?"
    r"(?:[A-Z][a-z]+day|today|yesterday|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*,\s+as\s+",
    re.I,
)
# Any statement followed by an as-clause ("officials said, as ..."), with or without its day:
# what comes before it is of the statement's subject, what comes after of the news told with it.
SAID_THEN_AS = re.compile(rf"\b{_SAY_VERB}\b[^,;]{{0,30}},\s+as\s+", re.I)


_BEGAN_BEFORE = re.compile(r"\b(?:that|which)\s+(?:began|started)\b[^,.;]{0,50}$", re.I)
_WENT_ON_BEFORE = re.compile(
    r"\b(?:continued|went\s+on|entered)\s+(?:for\s+)?(?:a|its)\s+(?:second|third|fourth|"
    r"fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day\b"
    r"[^,.;]{0,20}$",
    re.I,
)
_AFTER_BEING = re.compile(r"\s+(?:after|since)\s+(?:(?:being|having\s+been)\s+)?")


def choose_time(
    times: list[Timex], s0: int, s1: int, t0: int, text: str | None = None
) -> Timex | None:
    """The sentence's dated expression nearest the trigger, skipping windows ("since X").

    With the article ``text``, a date after the trigger that sits in a relative clause
    ("the group that attacked a post on March 9") dates that clause's event, not this one.
    """
    inside = [
        t for t in times
        if s0 <= t.start < s1 and t.type in ("DATE", "TIME")
        # "since October 2017, when militants attacked police stations": that day's event
        and (t.role != "window_start"
             or (text is not None and _WHEN_NEXT.match(text, t.end) is not None))
        and date_of(t)[0] is not None
        and not (text is not None and t.start > t0 and _RELATIVE_CLAUSE.search(text, t0, t.start))
        # "marched ... for families displaced by the 2023 fighting": another event's name
        and not (text is not None and t.start > t0 and _names_another(text, t))
        # "blocked the motorway to protest the killing of a driver on Saturday": the day
        # of the killing protested, not of the blockade
        and not (text is not None and t.start > t0
                 and _PROTESTED_ACT.search(text, max(0, t0 - 4), t.start))
        # "the number of people killed in a drone strike ... rose to three on Wednesday":
        # the day the toll rose, not the strike's
        and not (text is not None and t.start > t0
                 and _TOLL_ROSE.search(text, max(t0, t.start - 50), t.start))
        and not (text is not None and t.start > t0 and died_later(text, t, t0))
        # "demanded that the government 'restore peace in Bajaur before the winter'": a
        # deadline, no day of the act
        and not (text is not None and t.start > t0 and _DEADLINE.fullmatch(t.text)
                 and _BY_WHEN.search(text, max(s0, t.start - 12), t.start))
        and not (text is not None and t.end <= t0 and _SAID_AS.search(text, t.end, t0))
        and not (text is not None and t.start < t0
                 and _KIN_OF_VICTIMS_BEFORE.search(text, max(s0, t.start - 120), t.start))
    ]  # fmt: skip
    if text is not None:
        # "after Friday prayers today": the weekly service's day yields to another date, and
        # so does a holiday ("On Monday, 15 September, while Independence Day parades ...":
        # not every country's is on July 4).
        services = [
            t for t in inside if _SERVICE_AFTER.match(text, t.end) or _HOLIDAY.fullmatch(t.text)
        ]
        if len(services) < len(inside):
            inside = [t for t in inside if t not in services]
        inside = [t for t in inside if not (_HABIT_AFTER.match(text, t.end) and t.text.istitle())]
        # "shortly after midnight on Tuesday", "On 8 November at about 7:30 pm": the day
        # the hour is on dates it.
        days = [t for t in inside if t.type == "DATE"]
        inside = [
            t for t in inside
            if not (
                t.type == "TIME"
                and any(re.fullmatch(r"\s+(?:on|of)\s+", text[t.end : d.start])
                        or _HOUR_OF_DAY.fullmatch(text[d.end : t.start])
                        # ("**1. Milagro - Wednesday 14 January.** Unknown men hurled a
                        # grenade ... at around 8 p.m.": an hour of the day told before)
                        or (d.end <= t.start and not HAS_DAY.search(t.text))
                        for d in days)
            )
        ]  # fmt: skip
    if text is not None:
        # "on Friday, 21 Shahrivar (12 September)": the weekday's own date, told beside it
        told = [
            t for t in inside
            if _WEEKDAY_ONLY.fullmatch(t.text)
            and any(
                u.start > t.end and u.start - t.end <= 40 and _DAY_MONTH.search(u.text)
                and re.fullmatch(r"[\s,(]*(?:\d{1,2}\s+[A-Z][a-z]+\s*)?[\s,(]*",
                                 text[t.end : u.start])
                for u in inside
            )
        ]  # fmt: skip
        inside = [t for t in inside if t not in told]
    if text is not None:
        # "still missing on Monday after being seized by armed men ... last Thursday": the
        # day before "after being" is the main clause's, not the seizure's
        inside = [
            t for t in inside
            if not (t.end <= t0 and _AFTER_BEING.fullmatch(text, t.end, t0))
        ] or inside  # fmt: skip
        # "a sit-in that began outside the press club on Wednesday continued for a second day
        # on Thursday": the day told is the day it went on
        began = [t for t in inside if _BEGAN_BEFORE.search(text, max(s0, t.start - 60), t.start)]
        if began and any(
            _WENT_ON_BEFORE.search(text, max(s0, t.start - 50), t.start) for t in inside
        ):
            inside = [t for t in inside if t not in began]
    if not inside:
        return None
    if text is not None:
        # "The 2014 massacre", "the October 7 attack": the date that names the event.
        naming = [t for t in inside if t.end <= t0 and not text[t.end : t0].strip()]
        if naming:
            return naming[-1]
    return min(inside, key=lambda t: ((t.precision or 3) > 2, abs(t.start - t0)))
