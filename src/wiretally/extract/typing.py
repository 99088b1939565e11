"""Event typing: which ACLED event type and sub-event type a sentence reports, and PLOVER.

Typing is lexical: each category has trigger patterns with weights, and a handful of
context rules decide between sub-types that share a trigger (an "attack" with drones is an
air/drone strike, with a grenade a grenade attack, on protesters excessive force). Rules are
fast (no parser: the whole extraction must keep pace with ingest) and explainable: the
winning trigger's span becomes the mention's ``trigger`` and its provenance.

The category keys are the CASE 2021 task 2 codes (ACLED sub-event types plus three
non-ACLED classes), so the same function serves extraction and the CASE evaluation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wiretally.numbers import parse_number

if TYPE_CHECKING:
    from wiretally.extract.typing_model import TypingModel

# key -> (ACLED event type, ACLED sub-event type, PLOVER event). Non-ACLED classes have no
# ACLED type: extraction drops them, the CASE evaluation still scores them.
CATEGORIES: dict[str, tuple[str | None, str | None, str | None]] = {
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike", "FIGHT"),
    "ART_MISS_ATTACK": (
        "Explosions/Remote violence", "Shelling/artillery/missile attack", "FIGHT"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "GRENADE": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "EXPLOSION": ("Explosions/Remote violence", None, "ASSAULT"),  # a blast, means unknown
    "ARMED_CLASH": ("Battles", "Armed clash", "FIGHT"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory", "FIGHT"),
    "NON_STATE_ACTOR_OVERTAKES_TER": (
        "Battles", "Non-state actor overtakes territory", "FIGHT"),
    "ATTACK": ("Violence against civilians", "Attack", "ASSAULT"),
    "ABDUCT_DISSAP": (
        "Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest", "PROTEST"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention", "PROTEST"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters", "COERCE"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration", "PROTEST"),
    "MOB_VIOL": ("Riots", "Mob violence", "ASSAULT"),
    "AGREEMENT": ("Strategic developments", "Agreement", "AGREE"),
    "ARREST": ("Strategic developments", "Arrests", "COERCE"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "NON_VIOL_TERRIT_TRANSFER": (
        "Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "OTHER": ("Strategic developments", "Other", "COERCE"),
    "ORG_CRIME": (None, None, None),
    "NATURAL_DISASTER": (None, None, None),
    "MAN_MADE_DISASTER": (None, None, None),
    "DIPLO": (None, None, "CONSULT"),
    "ATTRIB": (None, None, "ACCUSE"),  # a claim, accusation or denial of responsibility
}  # fmt: skip

# (category, pattern, weight). Patterns are matched case-insensitively on the sentence.
# Weights: 3 = the trigger names the sub-type by itself; 2 = strong cue; 1 = weak cue.
_LEXICON: list[tuple[str, str, float]] = [
    # Explosions / remote violence
    ("AIR_STRIKE", r"air ?strikes?|air[- ]raids?|airstrikes?|drone strikes?|aerial "
     r"(?:bombardment|attack|strike)s?|warplanes?|war ?planes?|fighter jets?|jets? "
     r"(?:struck|bombed|pounded|hit)|helicopter gunships?|gunships?|(?:bombed|bombing) "
     r"from the air|air force (?:struck|bombed)|(?:suicide|attack|armed|kamikaze) drones?|"
     r"one-way (?:attack |suicide )?drones?|drone (?:attacks?|barrages?)|uavs?|"
     r"unmanned aerial|predators?|reaper drones?|fighter (?:planes?|aircraft)|"
     r"(?:planes?|aircraft|jets|helicopters?) dropped (?:\w+ )?(?:bombs?|barrel bombs?|"
     r"munitions|explosives)|barrel bombs?|(?:helicopters?|aircraft|planes|jets) "
     # ("aircraft of the Nigerian Air Force bombarded a camp")
     r"(?:of (?:the )?(?:[\w-]+ ){1,4}?)?"
     r"(?:struck|bombed|bombarded|fired on|fired at|attacked|strafed|hit|pounded|targeted)",
     3.0),
    ("AIR_STRIKE", r"drones?|bombers?|sorties?", 1.5),
    # "a Palestinian driver rammed his car into a bus stop": a car used as a weapon
    ("ATTACK", r"rammed (?:\w+ ){0,2}(?:car|vehicle|truck|lorry|van|bus) into|car[- ]ramming|"
     r"ramming attack", 3.0),
    # "A Ukrainian drone struck a minibus": a drone that hits is the strike
    ("AIR_STRIKE", r"drones? (?:struck|hit|slammed into|crashed into|targeted|dropped|exploded)|"
     # "separatist fighters used a commercial drone to drop two improvised explosives"
     r"(?:used|using|flew|flying) (?:an? |the |two |several )?(?:[\w-]+ ){0,2}?drones? to "
     r"(?:drop|attack|strike|bomb|hit|target)",
     2.5),
    # "air assets had struck a column of attackers", "its aircraft had bombed ADF camps"
    ("AIR_STRIKE", r"(?:air assets|aircraft|air force|air component) (?:had |have |has )?"
     r"(?:struck|bombed|pounded|hit|targeted|destroyed)", 3.0),
    # "an Israeli drone this morning fired a guided missile at a motorcycle": the drone's
    ("AIR_STRIKE", r"(?:drones?|warplanes?|aircraft|helicopters?|jets?) (?:[\w-]+ ){0,3}?"
     r"(?:fired|launched) (?:an? |two |three |several )?(?:guided )?(?:missiles?|rockets?)",
     3.0),
    # Raids that "target" an area are from the air ("13 raids target Daraa"); "militants
    # carried out raids on villages" stays a raid.
    ("AIR_STRIKE", r"raids target\w*", 3.0),
    # Military usage: "US forces conducted a strike in Somalia" is from the air.
    # ("the air component carried out on Friday strikes against terrorist hideouts")
    ("AIR_STRIKE", r"(?:conducted|carried out|launched) (?:on \w+ )?(?:an? |two |several )?"
     r"(?:air |precision |targeted )?strikes?", 3.0),
    # "a strike on a fuel truck killed two people": a strike that hits a thing is no walkout
    ("AIR_STRIKE", r"(?<!general )(?<!labour )(?<!labor )(?<!hunger )"
     r"strikes? (?:on|against|targeting|hit) "
     r"(?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}?(?:truck|car|vehicle|house|home|"
     r"building|village|town|camp|base|position|convoy|motorcycle|area|site|school|market|"
     r"hospital|checkpoint|gathering|farm|depot|warehouse|outskirts)s?\b", 3.0),
    ("AIR_STRIKE", r"(?:israeli|u\.s\.|us|american|russian|turkish|coalition|saudi|drone|"
     r"aerial|precision|retaliatory) strikes?", 3.0),
    ("ART_MISS_ATTACK", r"shell(?:ed|ing|s)?|tanks? fired|tank fire|artillery|mortars?|"
     r"rockets?(?![- ]propelled)|missiles?|projectiles?|howitzers?|katyushas?|grad rockets?|"
     r"bombard(?:ed|ment|ing)|"
     r"mlrs|multiple rocket", 2.5),
    ("REM_EXPLOS", r"ieds?|improvised explosive|roadside bombs?|landmines?|land mines?|"
     r"mines? (?:exploded|blast)|explosive devices?|car bombs?|vbieds?|booby[- ]trap\w*|"
     # "The bomb struck an army patrol as it moved along a dirt track": a bomb that lay in
     # wait for a patrol or a vehicle
     r"\bbomb (?:struck|hit|targeted|ripped through|tore through) (?:an? |the )?(?:[\w-]+ ){0,2}"
     r"(?:patrol|convoy|vehicle|car|bus|truck|pickup|minibus)s?\b|"
     # "a car packed with explosives blew up outside the police headquarters": a car bomb
     r"(?:car|vehicle|truck|van|motorcycle|motorbike)s? (?:packed|laden|loaded|rigged|"
     r"filled|fitted) with explosives|explosives?-(?:laden|packed|rigged) (?:car|vehicle|"
     r"truck|van|motorcycle|motorbike)s?|"
     r"bomb (?:exploded|went off|blast)|planted (?:a )?bombs?|magnetic bombs?|sticky bombs?|"
     r"devices? (?:exploded|went off|detonated)|"
     # "a mine planted by AA terrorists exploded near the entrance of the market"
     r"(?:mines?|bombs?|devices?|explosives?)(?= (?:planted|laid|placed|hidden|left) "
     r"[^.;]{0,60}?(?:exploded|went off|detonated))|"
     r"(?:stepped on|struck|hit|drove over|ran over) an? "
     r"(?:anti-(?:personnel|tank) )?(?:land)?mine|"
     r"unexploded ordnance|uxo|minefields?|"
     r"dynamite (?:attack|charges?|blast|bombs?)|dynamited|sticks of dynamite", 3.0),
    ("SUIC_BOMB", r"suicide (?:bomb(?:er|ing|ers|ings)?|attack(?:er|ers)?|vest|car bomb|"
     r"blast|bomb attack)|blew (?:himself|herself|themselves) up|self-detonat\w*|svbied", 4.0),
    # ("small arms and a grenade launcher": a weapon of a firefight, not a grenade thrown)
    # (a rocket-propelled grenade is a fighter's weapon: "fought with machine guns and
    # rocket-propelled grenades" is a clash)
    # "fired rocket-propelled grenades from the hill ranges into Kwakta": launched from afar
    ("ART_MISS_ATTACK", r"(?:fired|launched|lobbed) (?:several |two |three |\d+ )?"
     r"(?:rocket-propelled grenades?|rocket propelled grenades?|rpgs?)\b", 3.0),
    ("GRENADE", r"(?<!rocket-propelled )(?<!rocket propelled )grenades?(?!\s+launch)|"
     r"hand grenades?", 3.5),
    ("CHEM_WEAP", r"chemical (?:weapons?|attack|agents?)|sarin|chlorine gas|mustard gas|"
     r"nerve agent|toxic gas", 4.0),
    ("EXPLOSION", r"explosions?|blasts?|explosives?|bomb(?:s|ing|ings|ed)?|detonat\w+", 1.5),
    ("EXPLOSION", r"blows? up|blew up|blown up|blowing up", 2.0),
    # "an explosion damaged the track", "a sabotage explosion": a charge laid on the ground
    ("REM_EXPLOS", r"sabotage (?:explosion|blast|attack)s?|explosions? (?:\w+ ){0,2}"
     r"(?:damaged|destroyed|tore up|ripped up) (?:the |a )?(?:section of (?:the )?)?"
     r"(?:rail(?:way)? )?(?:track|rail line|railway line|line|pipeline|bridge)|"
     # "blew up a high-voltage transmission tower ... using explosive charges": charges laid
     r"(?:blew|blow|blows|blown) up (?:an? |the )?(?:[\w-]+ ){0,3}?(?:towers?|pylons?|"
     r"pipelines?|bridges?|transmission lines?|power lines?|culverts?)|explosive charges?",
     3.0),
    # "struck a radar station of the S-400 system": a military target hit, means untold.
    ("EXPLOSION", r"(?:struck|hit) (?:an? |the )?(?:[\w-]+ ){0,3}(?:radar|air[- ]defen[cs]e "
     r"(?:system|battery)|(?:fuel|oil|ammunition|arms) depot|command post|airfield|air base|"
     r"refinery)s?", 2.0),
    # Battles
    # "Fighting between Hamar and Misseriya herders ... killed 11 people": two sides fought,
    # whatever its toll
    ("ARMED_CLASH", r"(?:fighting|clashes|gun ?battles?|gunfights?|firefights?|skirmishes)(?=\s+"
     r"between\s+(?:(?:the|rival|armed)\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+){0,3}?and\s+"
     r"(?:[\w'’-]+\s+){1,3}?(?:herders|herdsmen|pastoralists|farmers|communities|clans|tribes|"
     r"militias|militiamen|gunmen|fighters|gangs|factions)\b)", 3.5),
    ("ARMED_CLASH", r"clash(?:ed|es|ing)?|fighting|fought|gun ?battles?|firefights?|"
     r"exchanged? (?:of )?(?:gun)?fire|exchanged (?:[\w-]+ ){1,4}fire|exchange of fire|"
     r"return(?:ed|ing)? fire|traded (?:gun)?fire|"
     # "a joint team ... came under fire from armed miscreants"
     # (not "came under fire from critics", "... for its handling of the crisis")
     r"came under (?:heavy |intense |sustained )?(?:gun|small[- ]arms )?fire"
     r"(?! (?:for|over|after|from (?:critics|rights|human|lawmakers|opposition|the opposition|"
     r"activists|politicians|parliament|the media|civil society)))|"
     r"battles?|battled|skirmish\w*|"
     r"gun-?fights?|shoot-?outs?|"
     # ("killed when a tribal fight broke out": the fight of two clans)
     r"(?:tribal|clan|inter-?clan|communal|ethnic) (?:fights?|wars?|warfare)|"
     r"ambush(?:ed|es)?|engaged|offensive|assault(?:ed)? on|stormed|attacked (?:a |an )?"
     r"(?:military|army|police|checkpoint|base|position|outpost|convoy|patrol)|"
     r"counter[- ]?attack\w*|heavy fighting|armed confrontation|invasion|invaded|"
     # "Two armed men died ... in a confrontation on Federal Highway 57" (a translated
     # "enfrentamiento": a gunfight)
     r"(?<=in a )confrontation(?= (?:on|near|in|at|with|between|outside)\b)", 2.0),
    # "The farmers were seized on Wednesday afternoon while working on their farms", "still
    # missing after being seized by armed men": people taken (a town "was seized" is not)
    ("ABDUCT_DISSAP", r"(?<!town )(?<!city )(?<!base )(?<!area )(?<!village )(?<!district )"
     r"(?<!camp )(?<!post )(?<!position )(?<!territory )(?<!airport )(?<!weapons )(?<!arms )"
     r"(?<!drugs )(?<!cache )(?<!vehicle )(?<!truck )(?<!ship )(?<!vessel )(?<!tanker )"
     r"\b(?:were|been|being)\s+seized\b(?=\s+(?:on|while|from|by\s+(?:armed|gunmen|bandits|"
     r"kidnappers|unknown)|near|at|in|during|and\s+taken))", 3.0),
    # "local vigilantes repelled another group of attackers who tried to enter Aila": a fight
    ("ARMED_CLASH", r"(?:repell?ed|repulsed|fought off|beat back|beaten back|repels?|"
     r"repulses?) (?:an? |the |another |their |its )?(?:[\w-]+ ){0,3}?(?:attacks?|assaults?|"
     r"attackers|gunmen|militants|fighters|insurgents|raiders|bandits|offensive|incursions?)\b",
     3.0),
    # "Tuareg gunmen and Tebu gunmen opened fire on each other": two sides, one fight (over
    # the shooting it is told by)
    ("ARMED_CLASH", r"(?:opened fire|fired|shot) (?:on|at) (?:each other|one another)", 4.0),
    ("GOV_REGAINS_TERIT", r"(?:recaptured|regained|retook|retaken|liberated|"
     r"regained control|took back|recapture|regain control|recaptures|regains|retakes|"
     r"liberates|takes back|restores|retaking|retake|regaining|recapturing|"
     r"back under (?:government|state|army|federal) control|"
     # "army units entered Lalibela ... and secured the airport"
     r"secured the (?:town|city|village|airport|area|district|capital|border crossing)s?\b|"
     # "its troops had on Sunday seized a base of the separatist MFDC"
     r"(?:seized|captured|overran|took) (?:a|the|an) (?:\w+ )?(?:base|stronghold|camp) of)",
     2.5),
    # "controls a new town", "advance over IS in Aleppo countryside": ground taken in a fight.
    # ("government-controlled areas": whose, not taken)
    ("NON_STATE_ACTOR_OVERTAKES_TER", r"(?<!-)(?:controls?|controlled) (?:an? |the |\d+ |two |"
     r"three |several )?(?:new )?(?:towns?|villages?|cities|areas|hills?|neighbou?rhoods?)",
     1.5),
    ("ARMED_CLASH", r"advance[sd]? (?:over|on|into|against|at the expense of)", 1.5),
    # "In the Huliaipole direction, the enemy attacked 17 times": a front's communiqué on
    # assaults on its positions
    ("ARMED_CLASH", r"(?:the )?enemy (?:\w+ ){0,2}?(?:attacked|assaulted|stormed|tried to "
     r"advance|attempted to advance)", 3.0),
    # "gunmen ambushed a public motor vehicle ..., killing three passengers": an attack on
    # travellers, no battle
    ("ATTACK", r"ambush(?:ed|es)? (?:an? |the )?(?:\w+ ){0,2}?(?:public motor vehicle|"
     r"passenger (?:bus|vehicle|car|van)|minibus|bus|taxi|commuter)|"
     # ("a public motor vehicle travelling from Koroba to Tari was ambushed by gunmen")
     r"(?:public motor vehicle|passenger (?:bus|vehicle|car|van)|minibus|bus|taxi)"
     r"(?= [^.;]{0,60}?(?:was|were) ambushed\b)|"
     # "The bus, which was travelling from Kitale to Lodwar with about 50 passengers, came
     # under fire at around 7 a.m.": travellers shot at, no battle
     r"(?:public motor vehicle|passenger (?:bus|vehicle|car|van)|minibus|bus|taxi|matatu)"
     r"(?=[ ,][^.;]{0,90}?came under (?:heavy |intense )?(?:gun)?fire\b)", 3.0),
    # "The city was stormed by the RSF in December 2023": taken
    ("NON_STATE_ACTOR_OVERTAKES_TER", r"(?:(?<=city was )|(?<=town was )|(?<=village was )|"
     r"(?<=base was )|(?<=camp was ))stormed", 2.5),
    # "security forces conducted an intelligence based operation in the general area of Mir
    # Ali", "conducted a counter-terrorist operation in Khasavyurt": a raid that meets armed
    # men, as the armies' communiqués tell it
    ("ARMED_CLASH", r"(?:intelligence[- ]based|counter[- ]terrorist|counter[- ]terrorism|"
     r"anti[- ]terrorist) operation", 2.0),
    # "an Armenian sniper firing from the direction of Berd wounded an Azerbaijani soldier"
    ("ARMED_CLASH", r"snipers? (?:\w+ ){0,8}?(?:wounded|killed|hit|shot) (?:an? |two |three |"
     r"\w+ )?(?:\w+ )?(?:soldiers?|servicem[ae]n|troops|border guards?|policem[ae]n)", 3.0),
    # "a large group of terrorists entered Meluco, forcing the district administrator and
    # most of the population to withdraw": the town taken
    ("NON_STATE_ACTOR_OVERTAKES_TER", r"entered (?:the (?:town|village|city) of )?"
     r"[\w'-]+,? forcing (?:\w+ ){0,8}?to (?:withdraw|flee|evacuate|retreat|leave)",
     3.0),
    # "The terrorists subsequently vandalised the district administration building"
    ("PROPERTY_DISTRUCT", r"(?:terrorists|militants|insurgents|fighters|rebels|jihadists|"
     r"gunmen|soldiers|troops|bandits|militiamen) (?:\w+ ){0,2}?vandali[sz]ed", 4.0),
    # "the FARDC say they \"neutralised\" 17 militiamen during an operation": troops killed
    # fighters in a fight, as the armies' communiqués say it
    ("ARMED_CLASH", r"neutrali[sz](?:ed|ing)\W{0,2} (?:\w+ ){0,3}?(?:militiamen|militants|"
     r"fighters|terrorists|rebels|insurgents|bandits|assailants|attackers|jihadists|"
     r"gunmen|elements)", 2.5),
    # "During the ensuing engagement, about fifteen terrorists were neutralised": the same,
    # told in the passive
    ("ARMED_CLASH", r"(?:militiamen|militants|fighters|terrorists|rebels|insurgents|bandits|"
     r"assailants|attackers|jihadists|gunmen|elements) (?:were|have been|had been) "
     r"(?P<trig>neutrali[sz]ed)", 2.5),
    # "since Bukavu fell to the rebels in February 2025"
    ("NON_STATE_ACTOR_OVERTAKES_TER", r"fell to (?:the )?(?:\w+ ){0,2}(?:rebels|militants|"
     r"insurgents|jihadists|fighters|militias?|m23|rsf|taliban|houthis)", 3.0),
    ("NON_STATE_ACTOR_OVERTAKES_TER", r"(?:seized|captured|took control of|taken control|"
     r"overran|overrun|took over|seize control|captured the (?:town|village|city|district)|"
     r"seizes|captures|takes control of|overruns|takes over|"
     r"(?:took|taken|take|takes|seized|assumed) (?:full |total |complete )control (?:of|over))",
     2.0),
    # Violence against civilians
    ("ABDUCT_DISSAP", r"hostages?", 1.0),
    ("ATTACK", r"killed|shot dead|shot|gunned down|stabbed|hacked|beheaded|executed|"
     r"murdered|massacred?|massacres|lynched|tortured|beaten|beat|assaulted|attack(?:ed|s)?|"
     r"opened fire|shooting|assassinat\w+|slain|hanged|burned alive|killing|torture|"
     # headline present: "IS executes a man", "gunmen kill two", "sniper shoots a boy"
     r"kills|kill|executes|execute|shoots|stabs|murders|beheads|opens fire|open fire|"
     r"beheading|hacking|burning (?:\w+ ){0,2}(?:homes|houses|huts)|"
     r"flogged|flogs|lashed|lashes|whipped",
     1.0),
    ("ATTACK", r"incursion|raid(?:ed|s)?|rampage|infiltrat\w+", 1.2),
    # Who, not what: a cue for the category, never the trigger when a verb is there.
    ("ATTACK", r"gunmen", 0.9),
    # "hijacked a Yemeni-flagged fishing dhow with 11 crew": the crew taken with the vessel
    ("ABDUCT_DISSAP", r"hijack\w* (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:dhow|vessel|ship|boat|"
     r"trawler|tanker|bus|minibus|truck|lorry|vehicle)s? (?:[\w-]+ ){0,2}?with (?:its )?"
     r"(?:\w+ )?(?:crew|passengers|sailors|fishermen|people)", 3.5),
    # (the takers named, not the taking: "five suspected kidnappers were killed", "to demand
    # protection from kidnappers")
    ("ABDUCT_DISSAP", r"kidnappers|abductors", 0.8),
    # (nor a gang named by its trade: "an informant for a kidnapping gang")
    ("ABDUCT_DISSAP", r"abduct(?!ors?\b)\w*|"
     r"kidnap(?!pers?\b|ping\s+(?:gangs?|networks?|rings?|cells?|syndicates?|suspects?|"
     r"charges?|cases?)\b)\w*|taken captive|disappeared|"
     # ("nine people ... were taken when gunmen stopped the bus near Mbe")
     r"(?:were|was) taken (?:hostage |captive )?when (?:the )?(?:gunmen|armed men|kidnappers|"
     r"bandits|attackers|assailants|militants)|"
     r"forced disappearance|went missing|held captive|seized \d+ (?:people|civilians)|"
     # ("were taken from their home in the rural area of Corinto by armed men")
     # (the trigger is the verb: the men who took them are the agent, read after it)
     r"(?:were|was) (?:taken|seized|snatched|grabbed)(?= (?:(?:from|away) (?:[\w']+ ){0,9}?|"
     r"(?:[\w']+ ){0,4}?)by (?:\w+ )?(?:armed|masked|unidentified|unknown) men)|"
     r"(?:were|was) (?:taken|seized|snatched|grabbed)(?= (?:(?:from|away) (?:[\w']+ ){0,9}?|"
     r"(?:[\w']+ ){0,4}?)by (?:the )?"
     r"(?:gunmen|armed men|assailants|"
     r"kidnappers|abductors|attackers|insurgents|militants))|"
     # "seized a schoolteacher and two grain traders ... and took them to an unknown location"
     # ("... intercepted fishing canoes off Moba and took eight fishermen to an unknown location")
    r"(?:took|taken|led|drove|whisked) (?:them|him|her|(?:the|all|all the) \w+|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some) "
    r"(?:[\w-]+ )?\w+) (?:away )?to an? "
     r"(?:unknown|undisclosed|unidentified) (?:location|destination|place)|"
     # "entered shelters in Camp 13 and took away at least 15 Rohingya men and boys",
     # a brief's "presenter taken from his home by armed men"
     r"took away (?:at least |some |about )?(?:\d+|[a-z]+) (?:[\w-]+ ){0,3}?(?:men|women|"
     r"boys|girls|people|civilians|residents|villagers|children|farmers|youths|traders)|"
     # "Two Yanomami women were taken by miners from a community on the Marauiá River"
     r"(?:were|was) taken (?:away )?by (?:[\w-]+ ){1,3}?from (?:a|an|the|their|his|her) "
     r"(?:[\w-]+ ){0,2}?(?:community|village|homes?|houses?|camp|school|farm)\b|"
     # "armed men stopped a minibus on the Nekemte-Bako road ... and took nine passengers"
     r"stopped (?:an? |the )?(?:[\w-]+ ){0,2}?(?:bus|minibus|vehicle|car|truck|lorry|convoy)"
     r"\b[^.;]{0,80}? and (?:took|seized|took away|led away|marched off) "
     r"(?:at least |some |about )?(?:\d+|[a-z]+) (?:[\w-]+ ){0,2}?(?:passengers|travell?ers|"
     r"occupants|people|men|women)|"
     r"taken from (?:his|her|their) (?:homes?|houses?|cars?|vehicles?|shops?) "
     r"(?:[\w'-]+ ){0,3}?by (?:\w+ )?(?:armed|masked|unidentified|unknown) (?:men|gunmen)", 3.0),
    ("SEX_VIOL", r"rap(?:ed|e|ing)|sexual(?:ly)? (?:violence|assault\w*|abuse\w*)|"
     r"molest\w*|gang-?raped?", 4.0),
    # Protests and riots
    # "families linked to the MST occupied a cattle ranch on the outskirts of Marabá": a
    # land occupation, a protest in ACLED
    ("PEACE_PROTEST", r"(?:occupied|occupy|occupying|invaded) (?:a|an|the) (?:[\w-]+ ){0,2}?"
     r"(?:ranch|farm|estate|plantation|fazenda|hacienda|landholding)\b", 2.5),
    ("PEACE_PROTEST", r"(?:general|open-ended|nationwide|indefinite|labou?r|workers'?) strike|"
     r"stopped work|walk-?outs?|walked out|blocked (?:[\w'-]+ ){0,3}(?:roads?|streets?|highways?|"
     r"bridges?|traffic|transport|railway)|road blockades?|"
     # ("drivers parked their vehicles across the main roads of Ngaoundere")
     r"parked (?:their |the )?(?:[\w-]+ ){0,2}?(?:vehicles|trucks|buses|lorries|tractors|taxis|"
     r"cars|motorbikes) (?:across|on|along|in) (?:the )?(?:[\w-]+ ){0,2}?(?:roads?|streets?|"
     r"highways?)|"
     # "blocked the BR-155 for several hours", "blocked the N7"
     r"blocked (?:the )?[a-z]{1,4}-?\d{1,4}\b", 3.0),
    # ("Leaders of the protest movement threatened ...": the movement, not a protest)
    ("PEACE_PROTEST", r"protest(?:s|ed|ers?|ors?|ing)?(?!\s+(?:movements?|leaders?|"
     r"organi[sz]ers?))|demonstrat(?:ion|ions|ed|ors?|ing)|"
     r"rall(?:y|ies|ied)|march(?:ed|es)?|sit-ins?|picket\w*|strikers?|went on strike|hunger strike|"
     # ("staged a day-long dharna outside the tehsil office": South Asia's sit-in)
     r"boycott\w*|vigil|petition|processions?|dharnas?|gheraos?|"
     r"gathered (?:[\w'\u2019-]+ ){0,10}to (?:protest|demand|denounce|condemn|"
     r"call for|mourn)|gathered (?:\w+ ){0,8}in support of|gathered peacefully|"
     r"gathered [^.;]{0,160}?to (?:express|show|voice) (?:their )?(?:support|solidarity|anger)|"
     r"chant(?:ed|ing)|human chains?|(?:gathered|assembled|converged) (?:\w+ ){0,2}"
     r"(?:outside|in front of)|"
     # "gathered in Martyrs' Square holding banners that read ..."
     r"(?:gathered|assembled|converged|stood|sat)(?= [^.;]{0,80}?(?:holding|carrying|waving|"
     r"raising) (?:[\w-]+ ){0,2}(?:banners|placards|signs|flags|portraits|slogans|photographs|"
     r"photos|pictures))|"
     r"gathered(?= [^.;]{0,120}?(?:demanding|calling for|calling on)\b)", 2.0),
    # "are marching through central Uruapan ... to demand security and an end to extortion":
    # a march to demand something is a protest, whatever crime it is against
    ("PEACE_PROTEST", r"(?:took|take|takes|taking|poured|pour) (?:in)?to the streets|"
     r"(?:marched|marching|rallied) [^.;]{0,120}?\bto (?:demand|protest|denounce|call for)",
     3.0),
    ("PEACE_PROTEST", r"(?:one|two|three|\d+)-day strike|closed their shops|"
     r"shops? (?:stayed |were |remained )?(?:closed|shut) in protest|"
     # "shopkeepers held a strike in solidarity with the families of detained activists",
     # "most shops in the central bazaar stayed closed ... in a strike": a strike of trade
     r"(?:held|staged|observed) (?:a |an )?(?:(?!air\b|drone|missile|rocket|artillery)"
     r"[\w-]+ ){0,2}strikes?\b|"
     r"(?:shopkeepers|traders|merchants|bazaaris) (?:went|were|are) on strike|"
     r"strikes? (?:was|were) (?:also )?(?:widely )?observed|"
     r"(?:bazaars?|shops|markets?) (?:[^.;]{0,60}? )?(?:stayed|remained|was|were) "
     r"(?:largely |mostly |completely )?(?:closed|shut)(?= [^.;]{0,80}?\bstrike)", 2.5),
    # "6) QUETTA - Protest dispersed (8 Apr)"
    ("PROTEST_WITH_INTER", r"(?:protest|rally|march|demonstration|sit-in|crowd)s? (?:was |were )?"
     r"(?:dispersed|broken up)", 3.0),
    # "police in Chamchamal used batons to disperse several hundred employees"
    ("PROTEST_WITH_INTER", r"(?:batons?|tear ?gas|water cannons?|rubber bullets|pepper spray) "
     r"to (?:disperse|break up)", 3.0),
    # "Security forces fired tear gas and detained at least 14 people ... after hundreds of
    # mourners marched": the arrests of a protest broken up are the protest's
    ("PROTEST_WITH_INTER", r"tear ?gas (?:[\w-]+ ){0,4}?and (?:detained|arrested)|"
     r"to disperse (?:the )?(?:crowd|protesters|demonstrators|protest|rally|march)"
     r"[^.;]{0,20}? and (?:arrested|detained)", 3.5),
    ("PROTEST_WITH_INTER", r"(?:dispersed|broken up|broke up) by (?:the )?(?:riot )?(?:police|"
     r"security forces|gendarmes|troops)", 3.0),
    ("PROTEST_WITH_INTER", r"(?:police|security forces|authorities) (?:dispersed|broke up|"
     r"arrested|detained|blocked|prevented|stopped)|dispersed (?:the )?(?:protest|"
     r"demonstrat|crowd|rally|march)|tear ?gas|water cannons?|baton charged|lathi",
     2.0),
    ("FORCE_AGAINST_PROTEST", r"(?:killed|shot|injured|wounded|kills?|shoots?|injures?|"
     r"wounds?|fired live|fires? on|live "
     r"ammunition|live rounds)\W+(?:\w+\W+){0,4}(?:protesters|demonstrators|protestors)|"
     r"(?:protesters|demonstrators|protestors) (?:were )?(?:killed|shot|injured|wounded)|"
     r"opened fire (?:on|at|to disperse|into) (?:\S+ ){0,3}(?:protesters|demonstrators|"
     r"protestors|crowds?|marchers)|"
     r"fired (?:shots |live rounds |live )?(?:on|at|into) (?:the )?(?:\S+ ){0,2}"
     r"(?:protesters|demonstrators|protestors|crowds?|marchers)|"
     r"fired (?:live )?(?:ammunition|bullets) (?:at|on|into) (?:the )?(?:protest|"
     r"demonstrat|crowd)|brutally (?:attacked|beat)\w* (?:\w+ ){0,3}(?:demonstration|protest)",
     4.0),
    # "set cars alight and hurled fireworks at police", "attacked police vehicles with
    # fireworks and bottles": what a crowd throws makes it a riot.
    ("VIOL_DEMONSTR", r"set (?:\w+ ){1,3}alight|petrol bombs?|set (?:\w+ ){0,3}(?:vans?|vehicles?|"
     r"cars?|bus|buses|trucks?|tyres|tires) ablaze|"
     # (not "threw an explosive device at the police station": that is a bombing)
     r"(?:hurl\w*|threw|thrown|throwing|pelt\w*) "
     r"(?!(?:\w+ ){0,3}?(?:explosives?|bombs?|grenades?|devices?|dynamite|ieds?)\b)"
     r"(?:\w+ ){0,5}(?:at|towards|on) (?:the )?"
     r"(?:\w+ ){0,2}(?:police|officers|security forces|gendarmes|troops)|with (?:\w+ ){0,3}"
     r"(?:fireworks|bottles|stones|rocks|bricks)", 2.5),
    # "Police and youths clashed in Waterloo", "clashes between police and protesters"
    # "supporters of Evo Morales fought security forces trying to clear a road blockade"
    ("VIOL_DEMONSTR", r"(?:supporters|protesters|demonstrators|youths|residents|crowds?|"
     r"strikers|students)\s+(?:[\w-]+\s+){0,6}?(?:fought|clashed with|battled)\s+"
     r"(?:the\s+)?(?:riot\s+)?(?:security forces|police|gendarmes|officers)", 3.5),
    # ("Riot police and groups of hooded youths fought running battles")
    ("VIOL_DEMONSTR", r"(?:police|security forces|officers) and (?:\w+ ){0,3}(?:youths?|protesters|"
     r"demonstrators|rioters|students) (?:clashed|fought|battled)|"
     r"clash(?:es|ed)? between (?:the )?(?:riot )?"
     r"(?:police|security forces) and (?:\w+ ){0,2}(?:youths?|protesters|demonstrators|"
     r"students)", 3.0),
    # "anger over the reduction of food rations turned into a riot in Haradh town"
    ("VIOL_DEMONSTR", r"(?:turned|degenerated|descended|escalated|erupted) into "
     r"(?:a )?(?:full-scale )?riots?", 3.0),
    ("VIOL_DEMONSTR", r"riot\w*|threw (?:stones|rocks|petrol bombs|molotov)|stone[- ]pelt\w*|"
     r"pelted|torched|set (?:fire|ablaze)|vandali[sz]\w*|molotov|clashed with (?:the )?"
     r"police|burn(?:ed|t|ing) tyres|ransacked|turned violent|"
     r"(?:hurled|threw) (?:\w+ ){0,2}(?:projectiles|stones|rocks|bottles|bricks)", 2.0),
    ("FORCE_AGAINST_PROTEST", r"attacked (?:a |an |the )?(?:\S+ ){0,6}?(?:procession|rally|"
     r"protest|demonstration|march|sit-in)", 3.0),
    # "was beaten to death by a crowd at the livestock market": a lynching told plainly
    ("MOB_VIOL", r"(?:beaten|stoned|hacked|burn(?:ed|t)|killed|clubbed)(?: to death)?(?= by "
     r"(?:a |an )?(?:angry |irate |furious )?(?:crowds?|mobs?|villagers|residents|locals)\b)",
     3.0),
    # "a crowd beat and then burned a man near the public market"
    ("MOB_VIOL", r"\b(?:an?\s+|the\s+)?(?:angry\s+|irate\s+|furious\s+)?(?:crowd|mob)\s+"
     r"(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:beat|stoned|lynched|burned|burnt|hacked|clubbed|"
     r"set upon|dragged)\b", 3.0),
    ("MOB_VIOL", r"mob|lynch\w*|loyalists|vigilantes?|angry (?:crowd|villagers|residents)|"
     # (not "members of a local self-defence group ... clashed with ISSP fighters": armed men)
     r"(?:supporters|activists|cadres|factions|members) of (?!(?:an?|the)\s+(?:local\s+)?"
     r"(?:self-defen[cs]e|vigilante|militia|armed)).{0,80}? (?:clashed|attacked)|"
     # "activists of the Nepal Tarun Dal, ..., and the UML-affiliated Youth Association
     # Nepal clashed with sticks", "supporters of the BNP and Jamaat fought pitched battles"
     r"(?:supporters|activists|cadres) of [^.;]{0,140}? (?:clashed|fought)|"
     r"two (?:groups|factions)|rival (?:groups|factions|supporters)|communal clash\w*", 2.5),
    # Strategic developments
    ("AGREEMENT", r"agreements?|agreed|ceasefire|cease-fire|truce|peace (?:deal|accord|talks|"
     r"agreement)|signed|accord|prisoner (?:exchange|swap)|released \d+ (?:prisoners|"
     r"hostages)|deal", 2.0),
    # "have been held at the Amura military headquarters since Tuesday" (the place named,
    # not a headquarters set up)
    ("ARREST", r"(?:held|kept) (?:incommunicado |in custody )?(?:at|in) (?:the )?"
     r"(?:[\w-]+ ){0,3}?(?:headquarters|barracks|prison|jail|detention cent(?:er|re)|"
     r"police station|cells?)\b", 3.0),
    # ("access to detention sites in Russia": a place, no arrest)
    ("ARREST", r"arrest(?:ed|s|ing)?|detain(?:ed|s)?|"
     r"detention(?! (?:sites?|cent(?:er|re)s?|facilit(?:y|ies)|camps?|conditions))|"
     r"taken into custody|"
     r"apprehended|rounded up|nabbed|held for questioning", 2.5),
    # "seven NPA members surrendered to the 94th IB", "former fighters ... handed over their
    # weapons and surrendered"
    ("CHANGE_TO_GROUP_ACT", r"(?:members|fighters|rebels|militants|guerrillas|combatants|cadres|"
     r"insurgents|supporters)\b[^.;]{0,100}?\bsurrendered\b(?! (?:the|their|its|an?|\d+|\w+ty)\b)",
     3.0),
    ("CHANGE_TO_GROUP_ACT", r"deploy(?:ed|ment|s)|reinforcements?|recruit\w*|"
     # ("the mobilised popular resistance", "wives of mobilised soldiers": who, not what)
     r"(?<!the )(?<!of )(?<!newly )mobili[sz]\w*|troop (?:movement|build-?up)|"
     r"military (?:parade|exercise|drills?)|"
     r"training camp|joined|split|merged|pledged allegiance|new leader|appointed|"
     r"announced", 1.5),
    # ("published photos of seized weapons": the group shows its loot, no seizure told)
    ("DISR_WEAP", r"defus\w*(?!\s+(?:the\s+|growing\s+|rising\s+)?(?:tensions?|situation|crisis|"
     r"row|dispute|standoff|anger|conflict))|intercept\w*|shot down|"
     r"(?:shooting|shot) (?:them |it )?down|"
     r"thwart\w*|foil\w*|(?<!of )seized (?:a |an )?"
     r"(?:cache|weapons|arms|ammunition|explosives)|seized (?:\S+ ){0,4}(?:of )?"
     r"(?:explosive material|explosives|detonators|rifles|firearms|grenades)|"
     r"weapons cache|arms cache|"
     r"cache of|bomb disposal|dismantl\w*|neutrali[sz]ed (?:an? )?(?:ied|bomb|explosive)|"
     r"confiscated (?:weapons|arms)|air defen[cs]es? (?:intercepted|downed)", 3.0),
    # "a bomb disposal team safely detonated an improvised explosive device found in a bag
    # near the gate": a bomb found and made safe, none that went off
    ("DISR_WEAP", r"(?:safely\s+|later\s+)?(?:detonated|destroyed|disabled|defused|"
     r"removed)\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:improvised explosive "
     r"devices?|ieds?|bombs?|explosive devices?|(?:land)?mines?|grenades?)\s+(?:that\s+had\s+"
     r"been\s+|which\s+had\s+been\s+|that\s+was\s+|which\s+was\s+)?(?:found|discovered|planted|"
     r"left|hidden)\b|explosive ordnance disposal|controlled explosion", 3.5),
    # "air defence forces destroyed six Ukrainian UAVs over the Kurchatov district"
    ("DISR_WEAP", r"air defen[cs]es? (?:forces|systems|units|crews) (?:destroyed|downed|"
     r"intercepted|shot down)|(?:destroyed|downed|intercepted|shot down) (?:\w+ ){0,3}"
     r"(?:uavs|drones) over", 3.5),
    ("HQ_ESTABLISHED", r"(?:established|set up|opened) (?:a |an |its |their )?(?:new )?"
     r"(?:(?:forward|operating|forward operating|military|permanent|temporary) )?"
     r"(?:headquarters|base|office|outpost|camp|checkpoint)", 2.5),
    ("PROPERTY_DISTRUCT", r"loot\w*|plunder\w*|broke into (?:\w+ ){0,4}(?:warehouses?|"
     r"shops?|stores?|supermarkets?|depots?|homes|houses)|carried off|"
     # "stormed a fuel depot ... and drove off with three tanker trucks"
     r"(?:drove|made) off with|"
     # "armed men seized a fuel tanker ... and drove it off towards the south": goods and
     # vehicles taken by force
     r"(?:seized|hijacked|stole|commandeered) (?:an? |the |two |three |\d+ )?(?:[\w-]+ ){0,2}?"
     r"(?:tankers?|trucks?|lorr(?:y|ies)|pick-?ups?|cattle|livestock|camels|goats)\b|"
     r"drove (?:it|them) (?:off|away)|"
     r"destroyed (?:\w+ ){0,3}(?:houses|homes|"
     r"property|shops|crops|rafts|dredges|boats|engines|machinery|equipment)|"
     r"(?:burn(?:ed|t)|torched) (?:down )?(?:\w+ ){0,6}?"
     r"(?:houses|homes|shops|vehicles|buses|lorries|trucks|property|chapels?|churches|"
     r"church|mosques?|huts|"
     r"stalls|rafts|boats|dredges|machinery|equipment|trucks|tractors|granaries|schools)|"
     r"demolish\w*|razed|vandalised property|ransack\w*|set fire to|"
     # ("15 houses and a church building were burned")
     r"(?:houses?|homes?|farmhouses?|shops?|huts?|vehicles?|buildings?)"
     r"(?: and (?:an? |the )?(?:[\w-]+ ){0,2}?"
     r"(?:buildings?|church(?:es)?|mosques?|schools?|houses|homes|shops|huts))? (?:were|was) "
     r"(?:\w+ly )?(?:burned|burnt|torched|set (?:on fire|ablaze))",
     2.5),
    # "JNIM fighters entered Natiaboani after the army garrison withdrew"
    ("NON_STATE_ACTOR_OVERTAKES_TER", r"(?:entered|moved into|took over) [^.;]{0,60}?after "
     r"[^.;]{0,60}?(?:withdrew|pulled out|retreated|abandoned)", 3.0),
    # "officers ... were fired upon from a car"
    ("ATTACK", r"(?:(?<=were )|(?<=was ))fired (?:up)?on|"
     r"fired (?:\w+ ){0,3}(?:shots|rounds|bullets) (?:at|into)|"
     # "the KKB fired on a small aircraft as it was landing", "fired on a bus"
     r"fired (?:up)?on (?:an? |the )?(?:[\w-]+ ){0,2}?(?:aircraft|plane|bus|minibus|car|"
     r"vehicle|boat|house|home|crowd|civilians|villagers|passengers|worshippers|motorists)",
     2.0),
    # "3R elements fired on a MINUSCA patrol", "gunmen fired at an army checkpoint": fire on
    # a force is a battle
    ("ARMED_CLASH", r"fired (?:up)?(?:on|at) (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?"
     r"(?:patrols?|convoys?|positions?|posts?|checkpoints?|outposts?|bases?|garrisons?|troops|"
     r"soldiers|peacekeepers|policemen|police officers|gendarmes)\b", 2.0),
    # "truck drivers parked their vehicles outside the government building to demand ..."
    ("PEACE_PROTEST", r"(?:outside|in front of) [^.;]{0,70}?to (?:demand|protest against)", 2.0),
    ("NON_VIOL_TERRIT_TRANSFER", r"withdr(?:ew|awn|awal) from|handed (?:over )?control|"
     r"without (?:meeting |encountering |facing )?(?:any )?resistance|without a fight|"
     r"without firing a (?:single )?shot|"
     # "took over the checkpoints, which were handed over by the Al-Nasr Brigade without
     # incident"
     r"(?:were|was) handed over (?:to [^.;]{1,60}? )?by [^.;]{1,60}? without (?:any )?"
     r"(?:incident|resistance|clashes|a fight)|"
     r"pulled out of|retreated from|evacuated (?:the|their) (?:positions|base)", 2.5),
    ("OTHER", r"imposed (?:a |an )?(?:curfew|blockade|ban)|reimposed|blockades?|banned|"
     r"outlawed|deported|expelled|ordered (?:\S+ ){0,5}to (?:suspend|close|leave)|"
     r"shut down|suspended publication|state of emergency|martial law", 2.0),
    # Not ACLED (CASE 2021 unseen classes)
    ("NATURAL_DISASTER", r"earthquakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|"
     r"landslides?|tsunami|drought|wildfires?|tornado\w*|heavy rains?|storms?|"
     r"volcan\w*|avalanche|covid|pandemic|epidemic|outbreak", 3.0),
    ("MAN_MADE_DISASTER", r"(?:building|bridge|mine|dam) collapse\w*|collapsed|"
     r"derail\w*|train (?:crash|collision|accident)|plane crash|crashed|capsized|"
     r"(?:road|traffic|industrial) accident|gas leak|factory fire|fire broke out|"
     r"blaze|boiler explosion|gas cylinder|stampede|oil spill|short circuit", 3.0),
    ("ORG_CRIME", r"drug\w*|narcotic\w*|trafficking|smuggl\w*|cartel\w*|gang\w*|"
     r"robb\w*|extortion|ransom|money laundering|heroin|cocaine|methamphetamine|"
     r"counterfeit|poach\w*|theft|stole|burglar\w*|fraud|mafia", 2.5),
    ("DIPLO", r"visit(?:ed|s)?|talks|summit|met with|meeting|ambassador|diplomat\w*|"
     r"foreign minister|envoy|sanctions?|condemned|bilateral|embassy|negotiat\w*", 1.5),
]  # fmt: skip

# Patterns are lower-case: matched on the lower-cased text (faster than re.I), or with re.I
# on the rare text whose length changes when lower-cased.
_COMPILED = [(cat, re.compile(r"\b(?:" + pat + r")\b"), w) for cat, pat, w in _LEXICON]
_COMPILED_I = [(cat, re.compile(r"\b(?:" + pat + r")\b", re.I), w) for cat, pat, w in _LEXICON]

# Categories that are incidents of political violence or demonstration: the extraction
# makes mentions only for these (strategic developments need a stronger cue, see below).
VIOLENT = frozenset(
    k for k, v in CATEGORIES.items() if v[0] in (
        "Explosions/Remote violence", "Battles", "Violence against civilians", "Riots")
)  # fmt: skip

_GUNS = re.compile(
    r"\b(?:guns?|gunfire|gunshots?|fired|firing|bullets?|rounds|rifles?|"
    r"military|army|rebels?|insurgents?)\b",
    re.I,
)
_PROTEST_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|rall(?:y|ies)|march\w*|processions?|sit-ins?|vigils?|"
    r"dharnas?|blockades?|blocked|strikers|barricad\w+|to disperse)\b"
    # ("detained three relatives of a rally organiser": who he is, not a protest here)
    r"(?!\s+(?:organi[sz]ers?|leaders?|participants?)\b)",
    re.I,
)
CIVILIAN = re.compile(
    r"\b(?:(?<!armed )civilians?|villagers?|residents?|women|children|farmers?|worshippers?|"
    r"journalists?|students?|people|family|families|man|woman|boy|girl|teacher|"
    r"shepherd|passers-by|medics?|aid workers?|engineers|hostages?|detainees|prisoners|victims|"
    r"passengers|commuters|travell?ers|motorists|traders|drivers?|contractors?|"
    # ("opened fire on a convoy of three barges carrying relief food": aid, not troops)
    r"(?:relief|humanitarian|aid) (?:food|supplies|convoys?|trucks|barges|workers)|"
    r"(?:farming |fishing )?village|homes|"
    r"refugees|(?:a|an) \w+ "
    r"(?:man|woman|resident|civilian))\b",
    re.I,
)
_FORCES = re.compile(
    r"\b(?:soldiers?|troops?|forces?|army|military|police(?:men)?|militants?|militia\w*|"
    r"fighters?|rebels?|insurgents?|gunmen|personnel|officers?|guards?|base|outpost|"
    r"checkpoint|convoy|patrol|positions?|commanders?|militiamen|members? of (?:the )?"
    r"(?:\w+ ){0,3}(?:forces|army|militia|group|organi[sz]ation|brigade|faction)|"
    r"(?:[A-Z]{2,5}|Hezbollah|Hamas|Taliban) (?:members?|fighters?|militants?)|"
    r"brigadier|colonel|crew|conscripts|recruits)\b",
    re.I,
)


_BREAK_IN = re.compile(
    r"\b(?:storm(?:ed|ing)|broke into|forced their way into|overran)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}(?:parliament|building|offices?|compound|embassy|headquarters|palace|"
    r"ministry|court|police station|governor)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Typing:
    """A sentence's event category with the trigger that decided it."""

    key: str
    event_type: str | None
    sub_event_type: str | None
    plover: str | None
    score: float
    trigger_start: int
    trigger_end: int
    trigger: str


# A crowd of unarmed people as the subject of "stormed"
_CROWD_STORMED = re.compile(
    r"\b(?:(?:hundreds|thousands|dozens|scores)\s+of|(?:a|an angry)\s+(?:crowd|mob)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:people|residents|villagers|youths|women|men|miners|diggers|"
    r"traders|students|farmers|workers|displaced|protesters|demonstrators|inmates|fans)\b"
    r"[^.;]{0,40}?\b(?P<verb>stormed)\b",
    re.I,
)


def scores(text: str) -> dict[str, tuple[float, int, int]]:
    """Weight per category, with the span of its strongest (then first) trigger.

    Each distinct trigger word counts once: a report that says "killed" five times is not
    five times more an attack on civilians than one that says it once.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low, compiled = text, _COMPILED_I
    else:
        compiled = _COMPILED
    out: dict[str, tuple[float, int, int]] = {}
    best_w: dict[str, float] = {}
    seen: set[tuple[str, str]] = set()
    for cat, rx, w in compiled:
        for m in rx.finditer(low):
            surface = text[m.start() : m.end()]
            if surface in ("March", "May") or surface.startswith("Rall"):
                continue  # the month, or a name (Rallis), not a demonstration
            if surface == "Blaze" and m.start() > 0:
                continue  # "in the Blaze forest": a name, not a fire
            if _ANNIVERSARY_OF.search(low, max(0, m.start() - 60), m.start()):
                continue  # "on the 30th anniversary of the Eldorado do Carajás massacre"
            if cat == "AGREEMENT" and _ACCORD_NAMED.search(low, max(0, m.start() - 50), m.start()):
                continue  # "a faction that rejected the 2022 peace agreement": no new accord
            word = m.group(0).lower()
            prev = out.get(cat)
            if prev is None or w > best_w[cat]:
                # (a rule may name its trigger word inside what it matches: "(?P<trig>...)")
                span = m.span("trig") if "trig" in rx.groupindex else m.span()
                best_w[cat] = w
            else:
                span = (prev[1], prev[2])
            add = 0.0 if (cat, word) in seen else w
            seen.add((cat, word))
            out[cat] = ((prev[0] if prev else 0.0) + add, span[0], span[1])
    if (crowd := _CROWD_STORMED.search(text)) is not None and not _GUNS.search(text):
        # "hundreds of displaced people stormed a food distribution point": a crowd that
        # breaks in riots; no fight between armed sides
        weight = out.get("VIOL_DEMONSTR", (0.0, 0, 0))[0] + 2.5
        out["VIOL_DEMONSTR"] = (weight, crowd.start("verb"), crowd.end("verb"))
    return out


_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[^\s,.;]+\s+){0,5}$")


# An accord named as known or refused: "rejected the 2022 peace agreement", "in violation
# of the ceasefire".
_ACCORD_NAMED = re.compile(
    r"\b(?:(?:rejected|opposed|refused|reject|opposes|rejects|violat\w+|breach\w*|"
    r"flout\w*)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}|(?:the|a)\s+(?:19|20)\d\d\s+"
    r"(?:[\w-]+\s+)?)$"
)


_KILL_VERB = re.compile(
    r"\b(?:killed|killing|kills?|shot dead|shoots? dead|attacked|attacks?|ambush\w*|"
    r"gunned down|guns? down|slain)\b",
    re.I,
)


def soldiers_killed(text: str) -> bool:
    """Whether an attack's victims (after an active verb, before a passive one) are armed.

    "Gunmen killed three soldiers" is a battle; "soldiers beat detainees" and "militants
    tried to assassinate the prime minister" are not.
    """
    for m in _KILL_VERB.finditer(text):
        t0, t1 = m.span()
        passive = re.search(r"\b(?:were|was|been|being)\s+$", text[max(0, t0 - 12) : t0], re.I)
        before, after = text[max(0, t0 - 60) : t0], text[t1 : t1 + 80]
        window = before if passive else after
        if _FORCES.search(window) and not CIVILIAN.search(window):
            return True
        if (
            not passive
            and m.group(0).lower() == "killed"
            and re.match(r"\s*(?:$|[,.;:]|(?:in|at|on|near|during|by|when|after|while)\b)", after)
        ):
            # A headline's passive without its auxiliary: "An ISIS member killed in Homs".
            near = before[-40:]
            if _FORCES.search(near) and not CIVILIAN.search(near):
                return True
    return False


_NUM = (
    r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:-\w+)?)"
)
_KILLED_IN_FIGHTING = re.compile(
    r"\b(?:killed|died|dead|wounded|injured)\b[^.;]{0,40}?\b(?:in|during|amid)\s+"
    r"(?:\w+\s+){0,2}(?:clash(?:es)?|fighting|battles?|gun ?battles?|gunfights?|firefights?|"
    r"skirmish(?:es)?|exchanges? of fire)\b",
    re.I,
)
_STOPPED = r"(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)"
_ALL_STOPPED = re.compile(
    rf"\b(?:all|both|each|every one)\b(?: \w+){{0,4}} (?:were |was )?{_STOPPED}|"
    rf"\b{_STOPPED} (?:them )?all\b|\b(?:shot down|intercepted) all\b|"
    r"\bno (?:damage|casualties|injuries)\b|\b(?:no one|nobody) was\b",
    re.I,
)
_SOME_STOPPED = re.compile(
    rf"\b(?:(?:most|some|many|several|part) of|all but \w+)\b(?: \w+){{0,4}} "
    rf"(?:were |was )?{_STOPPED}|\b{_STOPPED} (?:most|some|many|several) of\b|"
    rf"\b{_STOPPED} (?:\w+ )?(?P<part>{_NUM}) (?:out )?of (?:the )?(?P<whole>{_NUM})\b|"
    r"\b(?:the rest|others?|one|two|several|some) (?:\w+ ){0,3}(?:hit|struck|landed|"
    r"fell|exploded|slammed)\b|\b(?:killing|killed|wounding|wounded|injuring|injured|"
    r"damag(?:ed|ing))\b",
    re.I,
)
_LAUNCHED = re.compile(
    rf"\b(?:launched|fired|sent)\s+(?:a (?:barrage|swarm|wave) of\s+)?(?P<n>{_NUM})\s+"
    r"(?:\w+\s+){0,2}(?:drones?|missiles?|rockets?|projectiles|shaheds?|uavs?)",
    re.I,
)
_COUNT_STOPPED = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:\w+\s+){{0,2}}(?:were |was )?{_STOPPED}|"
    rf"\b{_STOPPED}\s+(?P<m>{_NUM})\b",
    re.I,
)


def got_through(text: str) -> bool:
    """Whether an interception was partial: some of the weapons still hit.

    "35 of the 40 drones were shot down", "most were intercepted but one hit a block" and
    "intercepted 60 of the 75 projectiles, and the rest struck" are strikes in ACLED; "both
    missiles were intercepted" is a disrupted weapons use.
    """
    if _ALL_STOPPED.search(text):
        return False
    some = _SOME_STOPPED.search(text)
    if some:
        part, whole = some.group("part"), some.group("whole")
        if part is None:
            return True
        a, b = parse_number(part), parse_number(whole)
        return a is None or b is None or a < b
    fired = [n for m in _LAUNCHED.finditer(text) if (n := parse_number(m.group("n")))]
    stopped = [
        n
        for m in _COUNT_STOPPED.finditer(text)
        if (n := parse_number(m.group("n") or m.group("m") or ""))
    ]
    return bool(fired and stopped) and stopped[0] < fired[0]


_PROTESTED = re.compile(
    r"\b(?:against|over|condemning|denouncing|to condemn|to denounce|in protest at)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_CARRIED = re.compile(r"\b(?:armed|equipped)\s+with\s+(?:[\w-]+\s+){0,5}$", re.I)
# Arms held, not used: "the men were carrying two pistols, a hand grenade and maps", "four
# hand grenades, a suicide vest and ammunition were recovered from the house".
_HELD_BEFORE = re.compile(
    r"\b(?:carrying|recovered|seized|confiscated|possession\s+of|haul\s+of|cache\s+of|"
    r"stockpile\s+of)\b[^.;:]{0,80}$",
    re.I,
)
_HELD_AFTER = re.compile(
    r"^[^.;:]{0,120}?\b(?:were|was|had\s+been|have\s+been)\s+(?:recovered|seized|found|"
    r"confiscated)\b",
    re.I,
)


def _adjust(text: str, sc: dict[str, tuple[float, int, int]]) -> dict[str, float]:
    """Context rules between categories that share trigger words."""
    s = {k: v[0] for k, v in sc.items()}
    if "GRENADE" in sc and _CARRIED.search(text[max(0, sc["GRENADE"][1] - 60) : sc["GRENADE"][1]]):
        # "militants armed with rifles and grenades attacked the police station": what the
        # attackers carried, not a grenade thrown
        s["GRENADE"] = 0.0
    for k in ("GRENADE", "SUIC_BOMB"):
        if k in sc and (
            _HELD_BEFORE.search(text[max(0, sc[k][1] - 90) : sc[k][1]])
            or _HELD_AFTER.search(text[sc[k][2] :])
        ):
            s[k] = 0.0
    protest = bool(_PROTEST_WORDS.search(text))
    if protest:
        for k in ("GRENADE", "AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "ATTACK"):
            if k in sc and _PROTESTED.search(text[max(0, sc[k][1] - 50) : sc[k][1]]):
                # "a procession ... raised slogans against Wednesday's grenade attack": the
                # crowd's cause, told by the protest
                s[k] = 0.0
    civilians = bool(CIVILIAN.search(text))
    forces = bool(_FORCES.search(text))
    # Remote means outrank the generic "attack/killed" cue: the weapon decides the type.
    remote = max(
        s.get(k, 0.0)
        for k in (
            "AIR_STRIKE",
            "ART_MISS_ATTACK",
            "REM_EXPLOS",
            "SUIC_BOMB",
            "GRENADE",
            "CHEM_WEAP",
        )
    )
    if remote >= 2.5:
        s["ATTACK"] = s.get("ATTACK", 0.0) * 0.3
        s["ARMED_CLASH"] = s.get("ARMED_CLASH", 0.0) * 0.6
        s["EXPLOSION"] = 0.0
    if "EXPLOSION" in s and remote < 2.5:
        s["EXPLOSION"] += 1.5  # "a blast killed hundreds": remote violence, means unknown
        s["ATTACK"] = s.get("ATTACK", 0.0) * 0.5
    if "DISR_WEAP" in s and ("AIR_STRIKE" in s or "ART_MISS_ATTACK" in s):
        if got_through(text):
            s["DISR_WEAP"] = 0.0  # "35 of the 40 drones were shot down": the rest hit
        else:
            s["DISR_WEAP"] += 1.5  # "shot down missiles": the weapon was stopped
    if "ATTACK" in s:
        if civilians and not forces:
            s["ATTACK"] += 1.5
        elif forces and not civilians and soldiers_killed(text):
            # Killing soldiers or fighters is a battle in ACLED, not violence against civilians.
            s["ARMED_CLASH"] = max(s.get("ARMED_CLASH", 0.0) + 1.2, s["ATTACK"] + 0.5)
    if "ARMED_CLASH" in s and "ATTACK" in s and _KILLED_IN_FIGHTING.search(text):
        # "eleven people were killed in clashes between herders and farmers": the clash is
        # the event, its dead are its toll.
        s["ARMED_CLASH"] = max(s["ARMED_CLASH"], s["ATTACK"] + 1.0)
    if protest:
        for k in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"):
            if k in s:
                s[k] += 1.5
        if _BREAK_IN.search(text):
            # "Protesters stormed the parliament": a demonstration that broke in by force.
            s["VIOL_DEMONSTR"] = max(s.get("VIOL_DEMONSTR", 0.0), s.get("PEACE_PROTEST", 0.0)) + 1.0
        s["ATTACK"] = s.get("ATTACK", 0.0) * 0.5
        s["ARMED_CLASH"] = s.get("ARMED_CLASH", 0.0) * 0.5
        s["ARREST"] = s.get("ARREST", 0.0) * 0.6
    else:
        s.pop("PROTEST_WITH_INTER", None) if s.get("PROTEST_WITH_INTER", 0) < 3 else None
    if "MOB_VIOL" in s and "ARMED_CLASH" in s:
        if _GUNS.search(re.sub(r"(?i)rubber bullets|tear ?gas|did not mention", "", text)):
            s["ARMED_CLASH"] += 1.5  # party factions firing guns fight a battle, not a brawl
        else:
            s["MOB_VIOL"] += 2.0
    if "VIOL_DEMONSTR" in s and "ARMED_CLASH" in s and not _GUNS.search(text):
        s["VIOL_DEMONSTR"] += 1.5  # "attacked police vans with bottles": no guns, a riot
    if s.get("ABDUCT_DISSAP", 0.0) >= 3.0 and "ORG_CRIME" in s:
        # "a trafficking gang intercepted a truck ... and took all passengers to an unknown
        # location": people taken by a gang are abducted, whatever its trade
        s["ORG_CRIME"] = min(s["ORG_CRIME"], s["ABDUCT_DISSAP"] - 0.5)
    if (
        s.get("ABDUCT_DISSAP", 0.0) >= 3.0
        and "DISR_WEAP" in s
        and not re.search(
            r"missiles?|rockets?|drones?|uavs?|weapons|arms|explosives?|ammunition|bombs?|"
            r"mines?|ieds?|grenades?|rifles?|guns?|shells?|projectiles?",
            text,
            re.I,
        )
    ):
        # "intercepted fishing canoes ... and took eight fishermen to an unknown location":
        # what was stopped is people, not a weapon
        s["DISR_WEAP"] = min(s["DISR_WEAP"], s["ABDUCT_DISSAP"] - 0.5)
    if "ART_MISS_ATTACK" in s and re.search(r"tear ?gas (?:shells?|canisters?)", text, re.I):
        s["ART_MISS_ATTACK"] = max(0.0, s["ART_MISS_ATTACK"] - 2.5)
    if (
        "SUIC_BOMB" in s
        and re.search(r"suicide drones?", text, re.I)
        and not re.search(r"suicide bomb(?:er|ing)|blew (?:him|her|them)sel", text, re.I)
    ):
        s["SUIC_BOMB"] = 0.0
    return s


def _typer(typer: str | None) -> str:
    if typer is None:
        from wiretally.settings import SETTINGS

        typer = str(SETTINGS.typer)
    if typer not in TYPERS:
        raise ValueError(f"unknown typer {typer!r}: set 'typer' to one of {', '.join(TYPERS)}")
    return typer


# typer -> sentence embedder of its classifier's second half (None: words and cues only).
TYPERS: dict[str, str | None] = {
    "rules": None,
    "learned.v1": None,
    "learned-minilm.v1": "minilm.v1",  # extra ``embed``
}


def _model(typer: str) -> TypingModel | None:
    """The classifier behind a typer (None for the rules alone)."""
    if typer == "rules":
        return None
    from wiretally.extract.typing_model import default_model

    return default_model(TYPERS[typer])


def _blank(
    pattern: re.Pattern[str], text: str, *, group: int | str = 0, unless_empty: bool = False
) -> str:
    """``text`` with each match of ``pattern`` (or its ``group``) blanked to spaces, offsets
    kept; with ``unless_empty``, unchanged where nothing the lexicon knows would be left."""

    def blanked(m: re.Match[str]) -> str:
        a, b = m.start(group) - m.start(), m.end(group) - m.start()
        return m.group()[:a] + " " * (b - a) + m.group()[b:]

    masked = pattern.sub(blanked, text)
    if masked == text or (unless_empty and not scores(masked)):
        return text
    return masked


def classify(text: str, *, typer: str | None = None, within_cues: bool = True) -> Typing | None:
    """The best category for a sentence or snippet, or None when no trigger is present.

    The rules decide whether the text reports anything (a trigger fired) and where the
    trigger is; with the ``learned.v1`` typer (the default) a classifier trained on the
    project's own snippets then chooses the category, seeing the rules' cues as features
    (:mod:`wiretally.extract.typing_model`); ``learned-minilm.v1`` adds a sentence-embedding
    half to that classifier (extra ``embed``). ``typer="rules"`` keeps the lexicon's choice.
    With ``within_cues`` (extraction) the classifier refines the category inside the
    families of events the triggers opened: a "blast" may become an IED or a shelling,
    but not a factory accident, and "X claimed the drone attack" stays the attack (its
    modality says claimed). A category that would drop the event needs its own trigger.
    :func:`snippet_code` (classifying a snippet known to report one event) lets it choose
    freely.
    """
    # ("detained eight elders who had organised the protest": no protest of its own)
    text = _blank(_EARLIER_PROTEST, text)
    # ("summoned Iran's charge d'affaires on Monday to protest the Koya strike": a state's
    # complaint, no crowd)
    text = _blank(_DIPLOMATIC_PROTEST, text)
    # ("relatives of two young men abducted near Al-Joura last week staged a sit-in": who
    # the crowd is, an earlier incident; the sit-in is the news)
    if _CROWD_ACTS.search(text):
        text = _blank(KIN_OF_VICTIMS, text)
        # ("marched ... to demand an end to kidnappings": what the crowd wants stopped)
        text = _blank(_CROWD_CAUSE, text, group="what", unless_empty=True)
    # ("around a dozen men armed with assault rifles blocked the road with tree trunks":
    # the ambush's roadblock, no protest)
    text = _blank(_ARMED_BLOCKADE, text, group="verb")
    # ("two hostages, herders abducted in March, were freed": who the hostages are)
    text = _blank(_EARLIER_TAKING, text, unless_empty=True)
    # ("arrested six activists who had posted videos of Friday's march": an earlier crowd,
    # named by its day; the arrests are the news)
    text = _blank(_EARLIER_CROWD, text, unless_empty=True)
    # ("police said they had arrested 12 people in connection with the grenade attack": the
    # attack is why; the arrests are the news)
    if _ARREST_VERB.search(text):
        text = _blank(_ARREST_CAUSE, text, unless_empty=True)
    sc = scores(text)
    if not sc:
        return None
    adjusted = _adjust(text, sc)
    if not adjusted:
        return None
    key = max(adjusted, key=lambda k: (adjusted[k], -sc[k][1] if k in sc else 0))
    if adjusted[key] <= 0:
        return None
    model = _model(_typer(typer))
    if model is not None:
        ranked = model.ranked(text, sc, adjusted)
        if within_cues:
            opened = {_family(k) for k, w in adjusted.items() if w > 0}
            # The classifier's order inside the families is informed only when it finds
            # the text to be of those families at all; otherwise the trigger decides.
            # A change of hands needs a word of its own ("retook", "seized"): a sniper who
            # wounded a soldier at a position is no town regained.
            if sum(p for k, p in ranked if _family(k) in opened) >= _FAMILY_TRUST:
                chosen = next(
                    (
                        k for k, _ in ranked
                        if _family(k) in opened
                        and (k not in _TERRITORIAL or adjusted.get(k, 0.0) > 0)
                    ),
                    key,
                )  # fmt: skip
                # (a category the extraction drops needs its own cue: "officers ...
                # detained two men for questioning over the blasts" stays an arrest)
                if chosen in _TALK and adjusted.get(chosen, 0.0) <= 0 and key not in _TALK:
                    chosen = next((k for k, _ in ranked if adjusted.get(k, 0.0) > 0), key)
                # (nor a protest the text has no word for: "police detained three
                # relatives of a rally organiser" is an arrest)
                if (
                    _family(chosen) == "Protests"
                    and adjusted.get(chosen, 0.0) <= 0
                    and not _PROTEST_WORDS.search(text)
                    and not re.search(r"\b(?:crowds?|protesters|demonstrators)\b", text, re.I)
                ):
                    chosen = next((k for k, _ in ranked if adjusted.get(k, 0.0) > 0), key)
                key = chosen
        else:
            key = ranked[0][0]
    # A category raised by context alone ("attacked" + soldiers -> a battle) keeps the
    # trigger that raised it.
    donor = key if key in sc else next((k for k in ("ATTACK", "EXPLOSION") if k in sc), None)
    if donor is None:
        # The classifier chose a category no trigger names: the strongest trigger stands in.
        donor = max(sc, key=lambda k: (adjusted.get(k, 0.0), -sc[k][1]))
    event_type, sub_type, plover = CATEGORIES[key]
    _, t0, t1 = sc[donor]
    return Typing(key, event_type, sub_type, plover, adjusted.get(key, 0.0), t0, t1, text[t0:t1])


_FAMILY_TRUST = 0.5
# "detained eight elders who had organised the protest": a protest told before, the arrest
# is the news.
_EARLIER_PROTEST = re.compile(
    r"\b(?:who|which|that)\s+had\s+(?:\w+\s+){0,2}?(?:organi[sz]ed|led|staged|called|"
    r"joined|taken\s+part\s+in|held)\s+(?:the|a|an|their|last\s+\w+'s)\s+"
    r"(?:\w+\s+){0,2}?(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?)\b",
    re.I,
)
_ARMED_BLOCKADE = re.compile(
    r"\b(?:gunm[ae]n|armed\s+(?:men|group)|(?:men|group)\s+armed\s+with\s+[^,.;]{1,40}?|"
    r"bandits|kidnappers|attackers|assailants|militants|rebels|insurgents|jihadists|"
    r"highwaymen|robbers)\s+(?:[\w-]+\s+){0,3}?(?P<verb>blocked)\b",
    re.I,
)
_EARLIER_TAKING = re.compile(
    r"(?<=,)\s+(?:[\w-]+\s+){0,3}?(?:who\s+(?:were|was|had\s+been)\s+)?(?:abducted|kidnapped|"
    r"seized|taken)\s+(?:in|on|last|earlier\s+in|back\s+in)\s+(?:(?-i:[A-Z])[a-z]+|\d{4}|"
    r"week|month|year)\b[^,;.]{0,30},",
    re.I,
)
_EARLIER_CROWD = re.compile(
    r"\b(?:of|after|since|over|following|about|for)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day|yesterday|last\s+(?:week|month|year))['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|sit-ins?|vigils?)\b",
    re.I,
)
_ARREST_VERB = re.compile(
    r"\b(?:arrested|detained|apprehended|rounded\s+up|picked\s+up|took\s+into\s+custody)\b",
    re.I,
)
_ARREST_CAUSE = re.compile(
    r"\b(?:in\s+connection\s+with|over|suspected\s+of\s+(?:involvement\s+in|links\s+to|"
    r"taking\s+part\s+in|carrying\s+out)|for\s+(?:their\s+|his\s+|her\s+)?(?:alleged\s+)?"
    r"(?:role|involvement|part)\s+in)\s+(?:the\s+|a\s+|last\s+\w+['’]s\s+|\w+day['’]s\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|killings?|murders?|"
    r"ambush(?:es)?|shootings?|abductions?|kidnappings?|raids?|strikes?)\b",
    re.I,
)
_CROWD_CAUSE = re.compile(
    r"\b(?:to\s+demand\s+(?:an\s+end\s+to|protection\s+from|action\s+(?:on|against))|"
    r"to\s+(?:protest|denounce|condemn)\s+(?:against\s+)?|over|against|denouncing|protesting|"
    r"condemning)\s+(?:the\s+)?(?:recent\s+|rising\s+|growing\s+|a\s+wave\s+of\s+|"
    r"a\s+spate\s+of\s+)?(?P<what>kidnappings?|abductions?|killings?|attacks?|arrests?|"
    r"detentions?)\b",
    re.I,
)
# (also read by arguments.choose_time: the kin clause's own day is the earlier incident's)
KIN_OF_VICTIMS = re.compile(
    r"\b(?:relatives|families|family\s+members|mothers|parents|wives|widows|friends|"
    r"colleagues)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:who\s+(?:were|was)\s+)?"
    r"(?:abducted|kidnapped|killed|detained|arrested|jailed|disappeared|missing|slain|murdered|"
    r"shot\s+dead)\b",
    re.I,
)
_CROWD_ACTS = re.compile(
    r"\b(?:staged|held|gathered|protested|marched|rallied|demonstrated|blocked)\b[^.;]{0,40}?"
    r"|\bsit-ins?\b|\bvigil\b",
    re.I,
)
_DIPLOMATIC_PROTEST = re.compile(
    r"\bsummon(?:ed|s|ing)?\s+[^.;]{0,80}?\bto\s+protest\b|"
    r"\b(?:lodged|filed|delivered|handed(?:\s+over)?|sent)\s+(?:(?:him|her|them|it)\s+)?"
    r"(?:a\s+|an\s+)?(?:formal\s+|strong\s+|"
    r"official\s+)?(?:diplomatic\s+)?(?:protest|note\s+of\s+protest|protest\s+note)\b",
    re.I,
)
# Categories the extraction does not report as incidents (talk about events, mostly): the
# classifier may not turn a cued arrest into one ("officers ... detained two men for
# questioning over the blasts" is no "other" development).
_TALK = frozenset({"OTHER", "AGREEMENT", "CHANGE_TO_GROUP_ACT"})
_TERRITORIAL = frozenset(
    {"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER"}
)


def _family(key: str) -> str:
    """ACLED event type of a category; a non-ACLED category is its own family."""
    return CATEGORIES[key][0] or key


def warm_up(typer: str | None = None) -> None:
    """Load (or train) the typing model now, e.g. before forking workers that share it."""
    _model(_typer(typer))


def snippet_code(text: str, *, typer: str | None = None) -> str:
    """The CASE 2021 code of a snippet that is known to report one event.

    Unlike :func:`classify`, a snippet with no trigger still gets a code: the classifier's
    best guess with the ``learned.v1`` typer, ``OTHER`` with the rules alone.
    """
    t = classify(text, typer=typer, within_cues=False)
    if t is None:
        model = _model(_typer(typer))
        return model.ranked(text)[0][0] if model is not None else "OTHER"
    return "REM_EXPLOS" if t.key == "EXPLOSION" else t.key
