"""Event mentions: one per sentence that reports a specific incident, with every field sourced.

Contract: reads an :class:`Article`, its sentences, places and times; returns
:class:`Mention` records. A sentence (or each clause of one that reports incidents in
several places) becomes a mention when a trigger types it as political violence, a
demonstration, a stopped attack ("shot down missiles") or a strategic development that is
an incident (arrests, looting, territory handed over, a base set up) AND it reads as one
incident: a date, a place, a named victim, a single ("an Israeli strike") trigger, or a
headline or news-agency present tense ("Regime forces shell Idlib"). Counts
and trends ("61 attacks since Oct. 17", "the war has killed 41,000") are claims, not
incidents, and are left to the claims stage; a negated trigger ("no injuries", "isn't
hitting back") makes no mention. Each filled field's source span is in ``provenance``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

from wiretally.extract.actors import (
    ActorEntry,
    ActorHit,
    actor_table,
    force_of,
    ordinal_unit,
    sole_insurgency,
    surface_actors,
)
from wiretally.extract.arguments import (
    BRACKETED_ACRONYM,
    HAS_DAY,
    LATER_EVENT,
    REPORTING_DATE,
    SAID_THEN_AS,
    Roles,
    assign_roles,
    choose_place,
    choose_time,
    date_of,
    died_later,
    far_from_its_town,
    find_target,
    find_weapon,
    is_origin,
    is_reference_point,
    is_speaker,
    names_people,
    treated_at,
)
from wiretally.extract.discourse import (
    ArticleContext,
    apply_context,
    article_context,
    follow_up,
    march_before,
    second_act,
    split_by_site,
)
from wiretally.extract.modality import follow_up_modality, negated, sentence_modality
from wiretally.extract.names import (
    POLICE_WORD,
    acled_force,
    country_code,
    country_name,
    people_of,
    police_of,
)
from wiretally.extract.spans import evidence as _evidence
from wiretally.extract.spans import location_of as _location
from wiretally.extract.spans import mention_id
from wiretally.extract.typing import (
    CATEGORIES,
    CIVILIAN,
    VIOLENT,
    Typing,
    classify,
    scores,
    soldiers_killed,
)
from wiretally.geo.gazetteer import capital_name, distance_km
from wiretally.geo.parse import demonyms, geoparse, resolve_name
from wiretally.meta import MONTHS, PERIOD_LINE, dateline_span
from wiretally.records import (
    Article,
    Evidence,
    Figure,
    Mention,
    Place,
    Sentence,
    Timex,
)
from wiretally.text import LIST_ITEM, paragraph_break
from wiretally.times import tag_times
from wiretally.times.lexicon import SMALL_NUMBERS

CasualtyFinder = Callable[..., tuple[Figure | None, Figure | None, dict[str, tuple[int, int]]]]

_MAX_SENTENCE = 1500
# Ordinals of a running count: "the 31st junta airstrike since 1 April", "the fifth raid".
_NTH = (
    r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w+teenth|twentieth|thirtieth|fortieth|fiftieth)"
)
_ORDINAL = re.compile(r"\b(?:the|its|their)\s+" + _NTH + r"\b(?:\s+[\w-]+){0,3}\s*$", re.I)
# "Tuesday's blast was the third bombing ... since June": a tally about an incident told
# elsewhere in the article.
_IS_NTH = re.compile(
    r"\b(?:is|was|are|were|marks?|marked|becomes?|became)\s+(?:at\s+least\s+|already\s+)?"
    r"(?:the|its|their)\s+" + _NTH + r"\b",
    re.I,
)
# "It is at least the fourth lynching of its kind in the city this year": a count's window
_THIS_PERIOD = re.compile(
    r"\b(?:of\s+its\s+kind|(?:so\s+far\s+|earlier\s+)?this\s+(?:year|month|week)|"
    r"in\s+(?:the\s+)?(?:past|last|recent)\s+(?:\w+\s+)?(?:years?|months?|weeks?))\b",
    re.I,
)
# "has not seen a major jihadist attack since 2021": none happened.
_NONE_SEEN = re.compile(
    r"\b(?:not|never)\s+(?:\w+\s+)?(?:seen|experienced|suffered|witnessed|recorded|faced)\s+"
    r"(?:[\w-]+\s+){0,4}$",
    re.I,
)
_NO_FIGHT = re.compile(
    r"\s*(?:no (?:fighting|clashes?|shots?|resistance)\s+(?:was|were)\s+reported|"
    r"[^.;]*\bwithout (?:a fight|(?:any )?(?:fighting|resistance)|firing a (?:single )?shot))",
    re.I,
)
_INDOORS = re.compile(
    r"\s+(?:control\s+)?(?:of\s+|over\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:cell\w*|prison|jail|"
    r"wing|building|block|facility|compound|campus|situation|stadium|premises)\b",
    re.I,
)
_TREND_AFTER = re.compile(
    # "protests by teachers and escalated into war": "and" opens another clause
    r"(?:\s+(?:on|in|against|by)\s+[^.;,]{1,50}?)?(?<!\band)\s+(?:have\s+|has\s+)?"
    r"(?:intensified|"
    r"increased|escalated|surged|grown|risen|multiplied|continued|persisted)\b",
    re.I,
)
_DAYS_EVENT_IN_WHICH = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+[^,;.]{2,60},?\s+(?:in|during)\s+which\s+"
    r"[^,;.]{0,60}$"
)
# A sentence that opens on an incident named by its day, after the report told it:
# "Sunday's rally marked the 375th consecutive evening of protests on Rustaveli".
_DAYS_EVENT_OPENS = re.compile(
    r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday|Today)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:rally|march|protest|demonstration|sit-in|attack|strike|clash(?:es)?|raid|bombing|"
    r"blast|ambush|riots?|fighting)\b"
)
# "Organisers say tonight marks the 560th consecutive day of street protests": a running
# count of the protests the report tells, no incident of its own.
_NTH_RUNNING = re.compile(
    r"\bmark(?:s|ed)?\s+the\s+\d+(?:st|nd|rd|th)\s+(?:consecutive|straight)\s+"
    r"(?:day|night|evening|week|month)\b",
    re.I,
)
# "Police said it was the third grenade attack in the city this year", "Tuesday's clash was
# the fifth between the two parties": a tally of the incident told above
_NTH_OF_KIND = re.compile(
    r"\b(?:it|this|that|(?:the|\w+day's)\s+(?:[\w-]+\s+){0,2}?(?:attack|clash|blast|bombing|"
    r"incident|killing|ambush|strike|raid|shelling|air\s?strike)\s+(?:on|in|at)\s+[A-Z][\w'-]+)"
    r"\s+(?:was|is|marks|marked)\s+(?:the\s+(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|"
    # "Tuesday's strike on Kyauktaw was among the deadliest single attacks ... this year"
    r"(?:among|one\s+of)\s+the\s+(?:deadliest|worst|bloodiest|largest|most\s+\w+)\b)|"
    r"\b(?:it|this|that|(?:the|\w+day's)\s+(?:attack|clash|blast|bombing|incident|killing|"
    r"ambush|strike|raid))\s+(?:was|is|marks|marked)\s+(?:the\s+(?:second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|(?:among|one\s+of)\s+the\s+"
    r"(?:deadliest|worst|bloodiest|largest|most\s+\w+)\b)",
    re.I,
)
_WHEN_AFTER = re.compile(r",\s+when\s+[^,;]{0,60}$", re.I)
# Between an attack verb and its object: "fired on a traffic police post", "attacked a
# joint position of Central African troops".
_OBJECT_GAP = re.compile(r"\s*(?:on|at|upon|against)?\s*(?:[\w-]+\s+){0,5}?", re.I)
_TOLD_BEFORE = re.compile(
    r"\breported\s+(?:in|on)\s+(?:yesterday['’]s|the\s+previous|an\s+earlier|our\s+earlier|"
    r"last\s+week['’]s)\b",
    re.I,
)
_IN_DAYS_EVENT = re.compile(
    r"\b(?:in|during|after|since|following|with|by)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"yesterday|last\s+night)['’]s?\s+(?:[\w-]+\s+)?$",
    re.I,
)
_DEMAND_BEFORE = re.compile(
    r"\b(?:to|demanding|demand|calling for|against|over|protesting)\b[^.;]{0,80}$", re.I
)
_HABITUAL = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?:day|night|week|month|year)\b\s+there\s+(?:is|are)\b",
    re.I,
)
_IN_RANGE = re.compile(r"\s+(?:range|reach)\b", re.I)
_SUMMARY_LINE = re.compile(
    r"\s*(?:summary|overview|key points|highlights|in brief|at a glance)\s*[:\-–—]|"
    # "Situation update: Adamawa and East regions, Cameroon - kidnapping for ransom (4 August
    # 2026)": a brief's title, its incidents told below
    r"\s*(?:situation|security|protection|flash|weekly|monthly)\s+(?:update|report|brief|"
    r"digest|overview)\s*:|"
    # "Three incidents involving violence against civilians ... were verified in the
    # reporting period, plus one demonstration in Wamena": the brief's count, told item by item
    r"\s*(?:\w+|\d+)\s+(?:incidents|events|attacks)\b[^.;]{0,80}?\b(?:were|have\s+been)\s+"
    r"(?:verified|documented|recorded|reported|registered|logged)\s+(?:in|during|over)\s+"
    r"the\s+(?:reporting\s+period|period|week|month)\b",
    re.I,
)
_JUDICIAL = re.compile(
    r"\b(?:prison|jail|convicted|sentenced|death sentences?|court|trials?|verdict)\b", re.I
)
_FOUND_ON = re.compile(r"\b(?:found|seized|recovered|confiscated)\b", re.I)
_KILLED = re.compile(r"\b(?:kill|wound|injur|dead\b|died\b)", re.I)
_TOLL_UPDATE = re.compile(
    r"\b(?:death toll|toll|number of (?:dead|wounded|injured))\b(?:\s+\S+){0,8}?\s+"
    r"(?:has|had|have)?\s*(?:since\s+)?(?:risen|rose|climbed|increased|reached)\b",
    re.I,
)
# "Two of the soldiers wounded in Monday night's attack died in hospital", "the fifth man,
# detained with gunshot wounds after the firefight, died": a toll rising, the incident told
# before (the day is the death's, no second incident's)
_DIED_OF_EARLIER = re.compile(
    r"\b(?:wounded|injured|hurt|detained|arrested)\b[^.;]{0,80}?\b(?:in|after|during)\s+"
    r"(?:the|this|that|(?:last\s+)?\w+day(?:\s+(?:night|morning|evening|afternoon))?['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|assault|blast|bombing|explosion|ambush|strike|firefight|"
    r"gunfight|clash(?:es)?|fighting|shooting|raid)\b[^.;]{0,120}?\b(?:died|succumbed)\b|"
    # "Sepoy Abdul Mannan, 24, died at the Combined Military Hospital ..., bringing the death
    # toll from the ambush to three"
    r"^(?![^.;]*\b(?:killed|killing)\b)[^.;]{0,60}?\b(?:died|succumbed)\b[^.;]{0,160}?"
    r"\b(?:bringing|raising|taking|pushing)\s+the\s+"
    r"(?:death\s+)?toll\b",
    re.I,
)
_NO_ACCORD = re.compile(
    r"\bno\s+(?:formal\s+|final\s+|written\s+|peace\s+|lasting\s+)?(?:agreement|accord|deal|"
    r"truce|ceasefire)\s+(?:has|had|was|have)\s+(?:yet\s+)?been\s+(?:signed|reached|agreed)\b",
    re.I,
)
# "though it gave no details of the latest attacks": attacks told elsewhere, or none
_NO_DETAILS_OF = re.compile(
    r"\b(?:gave|give|gives|giving|provided|offered|released)\s+no\s+(?:further\s+|other\s+)?"
    r"(?:details|information|figures)\s+(?:of|on|about)\s+(?:the\s+|any\s+)?"
    r"(?:latest\s+|recent\s+|new\s+)?$",
    re.I,
)
# "the fighting in Reynosa could widen": a fight told already, and how it may grow
_FIGHT_MAY_GROW = re.compile(
    r"\s*(?:in\s+[^.;]{1,40}?\s+)?(?:could|might|may|would|will)\s+(?:\w+\s+)?(?:widen|spread|"
    r"escalate|intensify|worsen|spill\s+over|grow|deepen)\b",
    re.I,
)
# "Weekly protests after Friday prayers in the city have continued intermittently since",
# "Six people have now been arrested in connection with that disorder": a habit, a tally
_HABITUAL_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?:weekly|daily|nightly|near-daily|regular|recurring|monthly|periodic)\s+"
    r"(?:[\w-]+\s+)?$|\b(?:have|has)\s+now\s+been\s+$|"
    # "helped reduce kidnappings on major roads by about 40 per cent", "small armed groups
    # continue to tax and abduct civilians": a trend or a practice, no incident
    r"\b(?:reduc(?:e|es|ed|ing)|curb(?:s|ed|ing)?|(?:drop|fall|decline|rise|increase|surge)\s+"
    r"in)\s+(?:the\s+)?(?:number\s+of\s+)?$|"
    r"\bcontinue\s+to\s+(?:[\w-]+\s+(?:and|or)\s+)?$",
    re.I,
)
_ONE_OF_HABIT = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s+(?:weekly|daily|nightly|near-daily|regular|"
    r"recurring|monthly|periodic)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_CLAIMED_ATTACK = re.compile(
    r"\bclaim(?:s|ed|ing)?\s+(?:responsibility|credit|the\s+(?:attack|assault|ambush|raid|"
    r"operation))\b",
    re.I,
)
# An arrest sought, tried or called for, not made: "information leading to the arrest of",
# "called for the arrest of", "were trying to serve an arrest warrant", "tried to arrest"
_NO_ARREST_YET = re.compile(
    r"(?:\b(?:leading|lead|leads)\s+to\s+(?:the\s+)?|\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|"
    r"urg(?:e|es|ed|ing)|press(?:es|ed|ing)?)\s+for\s+(?:the\s+)?(?:immediate\s+)?|"
    r"\b(?:tried|trying|tries|attempt(?:ed|ing)?|sought|seeking|seek)\s+to\s+|"
    r"\bserv(?:e|ed|ing)\s+(?:an?\s+)?|\bwarrants?\s+for\s+(?:the\s+)?)$",
    re.I,
)
_TOLL_OF_THE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the|this|that|last\s+\w+['’]s|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_ON_TRIAL_FOR = re.compile(
    r"\b(?:sentenced|convicted|jailed|indicted|acquitted|found\s+guilty|"
    # ("charged with batons to disperse": a police charge)
    r"charged(?!\s+(?:with\s+(?:batons|truncheons|clubs|sticks)|at|into|toward|the\s+crowd))|"
    r"stand\s+trial|on\s+trial)\b[^.;]{0,80}?\b(?:for|over|with|in)\s+[^.;]{2,60}$|"
    # "the trial began on Monday of three men accused of the attack in November",
    # "upheld the death sentence of a Kurdish protester detained in 2022"
    r"\btrial\s+(?:began|opened|started|resumed)\b[^.;]{0,80}?\baccused\s+of\s+[^.;]{0,60}$|"
    # "adjourned until December the trial of seven men accused of the killing of a trader"
    r"\btrial\s+of\s+[^.;]{0,60}?\baccused\s+of\s+(?:the\s+)?$|"
    r"\b(?:upheld|confirmed|overturned|commuted)\s+(?:the\s+)?(?:death\s+|prison\s+)?"
    r"sentences?\s+of\s+[^.;]{0,60}$",
    re.I,
)
# A sentence that is a quotation and its speaker: '"..., shooting at everything that
# moved," said Rosemène Jean-Baptiste'
_WITNESS_QUOTE = re.compile(
    r"\s*[\"“](?P<words>[^\"“”]{10,400}?)[,.!?]?[\"”]\s*,?\s+(?:said|says|added|told|recalled|"
    r"explained)\b"
)
_MONTH_ALONE = re.compile(
    r"(?:(?:early|late|mid)[- ])?(?:"
    + "|".join(m for m in MONTHS if len(m) > 4 or m in ("march", "april", "may", "june", "july"))
    + r")(?:\s+(?:of\s+)?last\s+year)?",
    re.I,
)
# Arrested people named by their arrest: "those arrested", "the three detained men", "the
# Tumandok residents arrested in ..." (not "the police arrested")
_ARRESTED_ONES = re.compile(
    r"\b(?:those|(?:the|these)\s+(?!(?:\w+\s+)?(?:police|army|military|soldiers|troops|"
    r"authorities|gendarmes?|gendarmerie|forces|officers|agents|security|navy|guards|"
    r"rangers|militia|rebels|gunmen)\b)"
    # ("three individuals suspected of spreading these messages were arrested": the
    # messages are no one held)
    r"(?:(?!(?:were|was|are|is|had|have|has|been)\b)[\w-]+\s+){0,2})$",
    re.I,
)
_CUSTODY_NEWS = re.compile(
    r"\b(?:remand(?:s|ed)?|pre-trial\s+detention|trial|hearing|court|magistrate|judge|"
    r"released|freed|being\s+held|are\s+held|is\s+held|were\s+held|bail)\b",
    re.I,
)
_ACCUSED_OF_A_PART = re.compile(
    r"\b(?:accused|suspected)\s+of\s+(?:taking\s+part\s+in|involvement\s+in|"
    r"participating\s+in|carrying\s+out|organi[sz]ing|masterminding|plotting)\s+"
    r"(?:the\s+|last\s+\w+'s\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_COURT_AFTER = re.compile(
    r"\b(?:were|was|have\s+been|had\s+been)\s+(?:formally\s+)?(?:charged|sentenced|"
    r"convicted|remanded|arraigned|indicted|acquitted|jailed)\b|\b(?:appeared|appear)\s+"
    r"(?:in|before)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:court|judge|magistrate)",
    re.I,
)
_JUDGED_THE = re.compile(
    r"\b(?:called|termed|branded|labell?ed|hailed|praised|justified|defended|condemned|"
    r"denounced|deplored|decried)\s+(?:the|this|that|its|their|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_COUNTRY_FRAME = re.compile(r"(?:In|Across\s+the\s+border\s+in)\s+(?:neighbou?ring\s+)?")
_MODIFIES_PERSON = re.compile(
    r"(?:-for-ransom)?\s+(?:leaders?|commanders?|chiefs?|spokes(?:man|woman|person)|officials?|"
    r"organi[sz]ers?|committee|coordinators?|networks?|rings?|syndicates?|cells?)\b",
    re.I,
)
_FIGHT_WORD = re.compile(r"^(?:fighting|battles?|battled|fought|engaged)$", re.I)
# Triggers that name a whole war or campaign, not an incident.
_CAMPAIGN = re.compile(
    r"^(?:war|conflict|offensive|campaign|fighting|battles?|battled|"
    r"fought|engaged|deploy\w*|announced|joined|appointed|bombing)$",
    re.I,
)
_KILLED_WHEN = re.compile(
    r"\b(?:killed|died|wounded|injured|hurt)\b[^.;]{0,60}?\bwhen\s+(?:[\w'’()-]+\s+){1,16}$",
    re.I,
)
_ONE_FIGHT = re.compile(
    r"\s+(?:between\b|(?:broke|broken) out\b|erupted\b|for control of\b|"
    # "when rival armed groups fought with heavy machine guns": a fight told by its arms
    r"(?:with|using)\s+(?:[\w-]+\s+){0,3}?(?:guns|rifles|weapons|arms|grenades|machetes|"
    r"sticks|mortars)\b)",
    re.I,
)
_PAST_MANY = re.compile(r"\b(?:past|previous|earlier|prior|former)\s+(?:\w+\s+)?$", re.I)
# "a number of", "a wave of": words after "a" that make it many.
_MANY = r"(?:dozen|number|series|wave|spate|string|handful|couple|total|few|range|barrage)\b"
_SINGLE = re.compile(
    r"\b(?:an?|one|single)\s+(?!" + _MANY + r")(?:(?!(?:the|at|of|in|on|to)\b)[\w.'-]+\s+){0,3}$",
    re.I,
)
_THE_INCIDENT_ON = re.compile(
    r"\s*The\s+(?:shooting|attack|clash|fighting|raid|ambush|blast|explosion|gunfight|"
    r"firefight|gun\s+battle|assault|bombing|incident)\s+(?:(?:late|early)\s+)?on\s+"
)
_ONE_OBJECT = re.compile(r"\s+(?:(?:and|or)\s+\w+\s+)?(?:a|an|one)\s+(?!" + _MANY + r")", re.I)
_RESCUE = re.compile(r"\b(?:rescued|rescues?|freed|frees|released|liberated|found)\b", re.I)
# "the two schoolteachers abducted near Datta Khel last month were released on Sunday": the
# participle names whom a release freed (no ", who were released" after an abduction)
_RELEASED_AFTER = re.compile(
    r"(?:(?!\b(?:who|which|and|but|then)\b)[^.,;:])*?\b(?:were|was|have\s+been|has\s+been|"
    r"had\s+been)\s+(?:\w+ly\s+)?(?:released|freed|set\s+free|rescued)\b",
    re.I,
)
# "raised the number of attackers killed in that fighting to 21": a toll told again (a toll
# "from Wednesday's drone strike" may be that strike's only telling, and is kept)
_TOLL_AGAIN = re.compile(
    r"\b(?:raised|revised|updated|put)\s+the\s+(?:death\s+toll|toll|number\s+of\s+(?:\w+\s+){0,2}"
    r"(?:killed|dead|wounded|injured))\s+(?:in|from|of)\s+(?:that|this|these|those)\b",
    re.I,
)
# "At least 32 members of the security forces have been killed in Cauca since January": a
# running count (a count since a weekday may be one spell of fighting)
_KILLED_SINCE = re.compile(
    r"\b(?:have|has)\s+been\s+(?:killed|wounded|injured|abducted|kidnapped)\b[^.;]{0,60}?"
    r"\bsince\s+(?:(?:the\s+)?(?:start|beginning)\s+of|early\s+|late\s+|mid-?)?\s*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d{4}|the\s+(?:start|beginning)|the\s+year)\b",
)
_AHEAD_OF = re.compile(
    r"\b(?:ahead of|before|in the run-up to|plans? for|planned|calls? for|called for|"
    r"to hold|to stage)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\b(?:by (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    # ("What we know so far is that on Sunday the army clashed ...": what is known, no count)
    r"sunday|then|now)|(?<!know )(?<!known )(?<!learned )so far|to date|in total|a total of|tally|"
    r"altogether)\b",
    re.I,
)
_REPORTED_ON = re.compile(
    r"\b(?:reporting|reports?|coverage|images|footage|news|"
    r"investigation)\s+(?:on|of|about|into)\s+(?:\S+\s+){0,3}$|"
    # "The three had reported on the September drone strike": journalists' work
    r"\b(?:had|have|has)\s+(?:reported|written|filmed)\s+(?:on|about)\s+(?:the|a|an)\s+(?:\S+\s+){0,2}$",
    re.I,
)
_PLURAL_COUNT = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|"
    r"several|many|most|more|some|numerous|these|those|such|the|of|all|frequent|repeated|"
    r"sporadic|months of|years of|\w+ly)\s+(?:[\w.'-]+\s+){0,3}$",
    re.I,
)
# "on Wednesday 30 September", "on 30 September": a day told in full.
_DAY_AND_DATE = re.compile(
    r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)
_WEEKDAY_OR_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"overnight|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"in (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december))",
    re.I,
)
_RELATIVE_AFTER_COMMA = re.compile(
    # (", describing it as a new crime ... against the people of Taiz since 2015": a comment)
    r",\s+(?:which|where|who|whom|whose|describing|calling|branding|labelling|labeling)\b[^,;.]*|"
    # ("Leaders of two clans who have fought on and off near Wabag since 2022 signed a
    # peace agreement": who they are, no count)
    r"\b(?:who|which)\s+(?:have|has|had)\s+(?:[\w-]+\s+){1,8}?since\s+(?:19|20)\d\d\b"
)
_SINCE_DATE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\d{4}|last|early|late|mid|the (?:start|beginning|outbreak)|then|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|"
    r"august|september|october|november|december)",
    re.I,
)
# A tally's verbs and windows: "there have been 17 attacks", "monitors recorded 40 raids",
# "12 attacks between May 2 and June 9". A numbered plural with one of them is a count of
# incidents (a claim), never one incident.
_TALLY_VERB = re.compile(
    r"\b(?:there\s+(?:have|has|had)\s+been|record(?:ed|s)?|"
    r"register(?:ed|s)?|document(?:ed|s)?|logg(?:ed)?|log|count(?:ed|s)?|tall(?:ied|ies)|"
    r"track(?:ed|s)?|verifi(?:ed|es)|tot(?:al|alled|aled))\s+(?:\S+\s+){0,3}$",
    re.I,
)
_WHEN_WORD = (
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|early|late|mid|the (?:start|end|beginning))"
)
# A window of time, not of places: "between May 2 and June 9", not "from the estate to the
# town hall".
_TALLY_WINDOW = re.compile(
    # ("burned ... overnight between 16 and 17 September": one night, no window)
    r"\b(?:(?<!overnight )(?<!night )(?<!nights )between\s+"
    # ("between 150 and 200 residents demonstrated": a crowd's size, no window)
    r"(?!\d[\d,]*\s+and\s+\d[\d,]*\s+(?-i:[a-z]))"
    + _WHEN_WORD
    + r"\S*(?:\s+\S+){0,3}\s+and\s+\S+|from\s+"
    + _WHEN_WORD
    + r"\S*(?:\s+\S+){0,3}\s+(?:to|until|through)\s+\S+|in\s+the\s+(?:past|last)\s+"
    r"(?:\w+\s+)?(?:days|weeks|months|years))\b",
    re.I,
)
_PERIOD_TOLL = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+first\s+(?:\w+\s+)?(?:months?|weeks?|half|quarter)\b|"
    r"\bso\s+far\s+this\s+(?:year|month)\b|\bthis\s+year\s+alone\b|"
    r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|"
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months|years)\b|"
    # "police killed 321 people in the state between January and June"
    r"\bbetween\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+and\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b",
    re.I,
)
_NUMBERED = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"scores|hundreds)\s+(?:[\w.'-]+\s+){0,3}$",
    re.I,
)
# "two attacks between Monday and Wednesday" may be read as two incidents; a window alone
# makes a tally from three on.
_FEW = re.compile(r"^(?:1|2|two)\b", re.I)
# Used only when the places stage found nothing at all in the article (stage absent).
_PLACE_CUE = re.compile(r"\b(?:in|near|at|outside|into)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]")
# "engaged Lakurawa fighters in the Tangaza LGA border area": a named place the gazetteer
# lacks, marked as one by its unit word, still says where.
_UNLISTED_PLACE = re.compile(
    # ("in the city's Zindabazar area")
    r"\b(?:in|near|at|outside|around|to)\s+(?:the\s+)?(?:(?:city|town|capital)['’]s\s+)?"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?"
    r"\s+(?:LGA|Local\s+Government\s+Area|district|village|county|locality|township|commune|"
    r"sub-?county|territory|area|neighbou?rhood|quarter|upazila|thana|ward|woreda|kebele|"
    r"tehsil|barangay|municipality|junction|roundabout|crossroads?|"
    # ("in Sajek union", "in the Kilwilkie estate": Bangladesh's rural councils, housing
    # estates)
    r"union|para|estate|settlement|hamlet|"
    # "at the Amura military headquarters"
    r"(?:(?-i:[a-z]+)\s+)?(?:headquarters|barracks|prison|fortress))\b",
    re.I,
)
_BARE_MEANS = re.compile(
    r"^(?:[\w.-]+\s+)?(?:fighter jets?|jets?|warplanes?|drones?|rockets?|"
    r"missiles?|mortars?|shells|bombs?|explosives?)$",
    re.I,
)
_CHARGE = re.compile(
    r"\b(?:suspected|accused|accusing (?:them|him|her)) of\b|"
    # "arrested 37 suspected looters": what they are held for, no blame in dispute
    r"\b(?:arrested|detained|held)\s+(?:\w+\s+){0,2}suspected\s+\w+",
    re.I,
)
_DETAINED_PEOPLE = re.compile(
    r"(?:arrest\w*|detain\w*|rounded up|abduct\w*|kidnap\w*|seized)\s+(?:at least\s+)?"
    r"(?:(?!(?:in|at|on|of|for|by|with|from|after|during|over)\b)[\w()-]+\s+){0,4}?"
    r"(?:men|women|people|individuals|persons|youths|young men|residents|civilians|activists|"
    r"journalists|students|suspects|supporters|protesters|demonstrators|members|man|woman|"
    r"(?:university )?lecturers?|journalist|activist|student|teachers?|cleric|imam|priest|"
    r"pastor|bloggers?|lawyers?|doctors?|traders?|farmers?|youth|teenagers?|boys?|girls?|"
    r"resident|civilian|suspect|supporter|protester|demonstrator|member|villagers?|"
    r"looters?|thieves|thief|robbers?)\b",
    re.I,
)
# Between the people held and their group: "four members of a cell of the terrorist
# organisation", "men suspected to be members of", "activists of".
_MEMBERS_OF = re.compile(
    r"(?:\s+(?:suspected\s+)?(?:to\s+be\s+|of\s+being\s+)?(?:members?|cadres?|militants?|"
    r"fighters?|supporters?|activists?|leaders?|operatives?|affiliates?|collaborators?)?\s*"
    r"(?:of|from|belonging\s+to|linked\s+to|affiliated\s+with|with\s+links\s+to|loyal\s+to)"
    r"\b[^.;]{0,60}?)$",
    re.I,
)
_GROUP_TYPES = frozenset({"rebel group", "militia", "political party"})  # named, not "terrorists"
_HARM_VERB = re.compile(
    r"\b(?:struck|strikes?|bomb(?:ed|ing)|hit|pounded|targeted|targeting|"
    r"launched|fired|dropped|kill\w*|wound\w*|injur\w*|destroy\w*|"
    r"damag\w*|explod\w*|land(?:ed|ing)|slammed|rained|left (?:\w+ ){1,3}(?:dead|wounded)|"
    r"detonated(?! in a controlled)|went off|blew up)\b",
    re.I,
)
_DEFINITE_REF = re.compile(r"\bthe\s+(?:[\w.'’-]+\s+){0,3}$", re.I)
_PRESENT = re.compile(r"\b(?:is|are|continues?|continuing|this week|today|now|ongoing)\b", re.I)
# News-agency and headline present ("Regime forces shell the countryside of Idlib", "IS
# executes a man in Raqqa", "Clashes continue near Azaz"): a finite present verb of
# violence reports an incident of the day, as a past verb with a date does. A transitive
# verb needs its object after it; "strikes on", "attacks in" are nouns.
_NOW_TRANSITIVE = re.compile(
    r"\b(?:kills?|targets?|bombs?|shells?|hits?|strikes?|attacks?|executes?|storms?|pounds?|"
    r"ambushes|raids?|carry out|carries out|launch(?:es)?|renews?|assassinates?|abducts?|"
    r"kidnaps?|blows? up|detonates?|wounds?|injures?|leaves?|claims? the lives? of|rocks?|"
    r"downs?|shoots?(?: down)?|seizes?|captures?|takes? control of|recaptures?|retakes?|"
    r"restores?|regains?|bombards?|hammers?|besieges?|destroys?|commits?|causes?)"
    r"\s+(?=(?:the|a|an|at least|about|nearly|some|its|their|his|her|several|dozens|"
    r"east|west|north|south|\w+ern|human|heavy|"
    r"tens|hundreds|\d|two|three|four|five|six|seven|eight|nine|ten|[A-Z]|areas?|"
    r"positions?|sites?|countryside|villages?|towns?|cit(?:y|ies)|neighbou?rhoods?|"
    r"outskirts|vicinity|members|civilians|people|fighters|soldiers|troops|gunmen|"
    r"militants|a)\b)"
)
_NOW_INTRANSITIVE = re.compile(
    r"\b(?:continues?|rages?|erupts?|breaks? out|clash|fight|explodes?|advances?|"
    r"opens? fire|escalates?|renew)\s+(?=(?:in|near|at|around|between|against|with|on|"
    r"across|inside|outside|along|the)\b)"
)
_NOT_NOW = re.compile(
    r"\b(?:often|regularly|routinely|usually|frequently|typically|sometimes|generally|"
    r"always|never|tend to|tends to|every (?:day|week|night|month)|daily|nightly|each day|"
    r"day after day|constantly|continually|would|could|might|"
    r"may|can|will|if|whenever|unless)\b",
    re.I,
)
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|of|to|for|with|its|their|his|her|by|in|on|from|these|those|"
    r"such|more|many|several|two|three|four|five|\d+)\s+$",
    re.I,
)


def is_headline(article: Article, s: Sentence) -> bool:
    """Whether a sentence is the article's headline (a title analysed as text)."""
    return bool(article.title) and s.text.strip() == (article.title or "").strip()


def reported_now(text: str) -> bool:
    """Whether a sentence reports an incident in the present ("Warplanes bomb Idlib")."""
    if _NOT_NOW.search(text):
        return False
    for rx in (_NOW_TRANSITIVE, _NOW_INTRANSITIVE):
        for m in rx.finditer(text):
            if m.start() == 0 or _NOUN_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # "an attack on", "the shells": a noun, not the verb
            return True
    return False


_BACKGROUND_CUE = re.compile(
    r"\b(?:after|since|following|before|in retaliation for|in response to|sparked by|"
    r"a year on from|anniversary of)\s+(?:(?!(?:for|to|at|in|into|on|with)\b)\S+\s+){0,5}$|"
    # "The twin border districts had seen heavy shelling in May": the past before the news
    r"\bhad\s+(?:already\s+)?(?:seen|witnessed|experienced|suffered|endured)\s+(?:\S+\s+){0,3}$",
    re.I,
)
_VICTIMS = re.compile(
    r"\b(?:(?<!armed )civilians?|people|residents?|villagers?|worshippers?|children|women|families|"
    r"Palestinians|Israelis|journalists?|presenters?|broadcasters?|"
    r"photographers?|students?|engineers?|patients|medics|"
    r"aid workers|passers-by|a gathering of people|communities|farmers?|shepherds?|"
    r"teachers?|doctors?|traders?|fishermen|pilgrims|displaced|refugees|worshipers|IDPs|"
    r"person|persons|passengers|commuters|motorists|employees|shoppers|bystanders|mourners|"
    r"(?:boat |aid |road )?contractors?|"
    r"(?:wedding )?guests|migrants|asylum seekers|tourists|foreign nationals|sons|daughters|"
    r"village (?:chiefs?|heads?|elders?)|elders|drivers?|riders?|motorcyclists?|workers|"
    r"miners|vendors?|herders|(?-i:(?:security |night )?guards?)|watchm[ae]n|"
    r"herdsmen|customers|labou?rers|tappers|shopkeepers|boys|girls|farmworkers|volunteers?|"
    r"(?:trade )?unionists?|activists?|humanitarian workers|(?:national|NGO|aid|hospital|UN) staff|"
    r"members of (?:one|a|the same) family|"
    r"(?<!armed )(?<!masked )(?<!unknown )(?<!unidentified )(?<!gun)(?<!-)men)\b",
    re.I,
)
_POLICE_VICTIMS = re.compile(
    r"\b(?P<who>police(?:men|women| officers?| commandos?| personnel)?|policem[ae]n|"
    r"gendarmes?|constables?)\s+(?:were|was|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|shot|martyred)\b|\b(?:killing|wounding|injuring)\s+"
    r"(?:at least\s+)?(?:\w+\s+){0,2}?(?P<who2>policem[ae]n|police officers|gendarmes)\b",
    re.I,
)
# "..., wounding a 67-year-old woman", "killing a food vendor and wounding at least 14 people"
_HARMING_BEFORE = re.compile(
    r"\b(?:killing|wounding|injuring|hitting|maiming)\s+(?:at\s+least\s+|some\s+|about\s+|"
    r"more\s+than\s+)?(?:an?\s+|the\s+|[\d,]+\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_PASSIVE_VICTIMS = re.compile(
    # "Four members of one family, including a 9-year-old girl, were shot dead"
    _VICTIMS.pattern[:-3]
    # "two national staff of an international NGO were abducted"
    + r")(?:,[^.;]{1,90}?,|\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:were|was|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|shot|abducted|kidnapped|taken hostage|beaten)\b",
    re.I,
)


# One unarmed person hit: "shot dead a Palestinian man", "abducted a priest".
_ONE_CIVILIAN = re.compile(
    # "a local radio journalist": up to two plain words before the noun, none a force's
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:\d+-year-old\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?!police|military|army|security|rebel|militia|soldier|guard)[a-z]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|"
    r"teenager|child|baby|priest|pastor|imam|cleric|nun|monk|farmer|shepherd|trader|student|"
    r"teacher|doctor|nurse|journalist|civilian|resident|villager|family|couple|driver|"
    r"(?:village )?chief|vendor|worker|miner|herder|motorcyclist|shopkeeper|businessman|"
    r"lecturer|activist|patient|caretaker|presenter|unionist|porter|foreman|"
    r"(?:prayer|religious|community|tribal|youth) leader)\b"
    # "A boy aged 11 was killed": the age after the noun
    r"(?:\s+aged\s+\d{1,2})?"
)
# "a local radio journalist was beaten by three unidentified men": one civilian, passive.
_ONE_PASSIVE = re.compile(
    _ONE_CIVILIAN.pattern
    # "A woman and her eight-year-old son were killed"
    + r"(?:\s+and\s+(?:her|his|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+were))?"
    r"(?:,[^.;]{1,60}?,)?\s+(?:was|were|had been|has been)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot|beaten|stabbed|abducted|kidnapped|wounded|injured|attacked|hacked)\b"
)


# "the army", "an army drone", "its aircraft": a state force left unnamed. It is the force
# the article names (when it names one), else the force of the country it reports from.
_GENERIC_FORCE = re.compile(
    r"\b(?:army|military(?!\s+police)|armed forces|air force|air defen[cs]es?|soldiers|troops|"
    r"warplanes|"
    r"government (?:forces|troops|soldiers|positions|aircraft|warplanes|jets|planes|"
    r"helicopters|gunships|drones)|security forces|"
    # "fighting between government-aligned forces and the Houthi movement"
    r"government-(?:aligned|allied|backed)\s+(?:forces|troops|fighters)|"
    # "attacked a security outpost near Kyaukphyu": the host's forces' post
    r"security(?=\s+(?:outposts?|posts?|checkpoints?|bases?|camps?|patrols?|convoys?)\b)|"
    # "a patrol vehicle struck an improvised explosive device"
    r"(?<!police )(?<!rebel )patrol(?=\s+(?:vehicles?|trucks?|cars?|boats?)\b)|"
    # "Fano militiamen and federal troops fought": the host's federal army
    r"federal (?:forces|troops|soldiers|army|military)|"
    # "Units of the Ministry of Defence clashed with smugglers": the host's army
    r"(?:units?|forces|troops|personnel)\s+of\s+the\s+(?:ministry\s+of\s+defen[cs]e|"
    r"defen[cs]e\s+ministry)|"
    # "border guards opened fire on a group of kolbars": the host's border force
    r"border (?:guards|guard forces|troops|police)|"
    # Thailand's and Pakistan's paramilitary rangers, under the army (not a park's rangers)
    r"(?<!park )(?<!wildlife )(?<!forest )(?<!game )(?:paramilitary\s+)?rangers?"
    r"(?=\s+(?:patrol|outpost|base|post|unit|camp|checkpoint|company|regiment)|s\b)s?)\b",
    re.I,
)
# Sentence-initial, after a comma ("On Sunday, soldiers shot ...") or a determiner, with at
# most one plain word between ("ambushed a two-vehicle ranger patrol").
_GENERIC_OPENER = re.compile(
    r"(?:^|[,;:]\s*|\s[-–—]\s+|[.:]\*\*\s+|\b(?:the|an?|its|their)\s+"
    r"(?:(?!(?:rebel|militia|enemy|insurgent|jihadist|opposition|foreign)\b)(?-i:[a-z][\w-]*)\s+)?|"
    r"\b(?:accus\w*|blam\w*)\s+|"
    # "a farmer ... was killed by soldiers on Tuesday night": the host's soldiers acted
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:killed|shot|shot dead|beaten|arrested|detained|"
    r"abducted|wounded|injured|tortured)\s+by\s+|"
    # "attacked army positions on the outskirts of Nasir": the host's army, hit
    r"\b(?:attacked|struck|shelled|targeted|ambushed|raided|stormed|overran|bombed)\s+|"
    # "Two paramilitary rangers were killed when a roadside bomb ...": numbered, the host's
    r"(?:^|[,;:\-–]\s*|\b(?:the|an?)\s+)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|some)\s+(?:(?-i:[a-z][\w-]*)\s+)?|"
    # "a joint team of soldiers and police", "a unit of troops"
    r"\b(?:the|an?)\s+(?:joint\s+)?(?:team|unit|detachment|contingent|patrol|platoon)\s+of\s+|"
    # ("State television said on Tuesday that air force drones had struck ...")
    r"\b(?:said|says|added|reported)\s+(?:on\s+\w+day\s+)?(?:that\s+)?|"
    # "PDF fighters and troops clashed near Myaing": the other side, the host's troops
    r"\b(?:fighters|militants|rebels|insurgents|militiamen|guerrillas|gunmen)\s+and\s+|"
    # "a kolbar was killed when border guards fired on a group of porters"
    r"\b(?:when|after|as)\s+)$",
    re.I,
)  # "residents accuse soldiers of killing five civilians", "the army said troops clashed
# with ...": the host's soldiers
# "On Wednesday soldiers clashed with ...", "Late Sunday troops stormed ...": a day that
# opens the sentence without its comma.
_DAY_OPENER = re.compile(
    r"(?:(?:on|late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+",
    re.I,
)
# "The army said its aircraft targeted a storage site": the next sentence names the agent.
_OWN_STRIKE = re.compile(
    r"\b(?:said|says|announced|confirmed|stated)\s+(?:(?:on\s+)?\w+day\s+|"
    r"in an?\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|post|message)\s+)?"
    r"(?:that\s+)?(?:it|its\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aircraft|jets?|warplanes?|drones?|helicopters?|forces|troops|artillery|units?))\s+"
    r"(?:had\s+|has\s+)?(?:(?:on\s+)?\w+day\s+|\w+ly\s+)?[\"“]?(?:targeted|struck|hit|bombed|"
    r"shelled|attacked|carried out|conducted|launched|destroyed|fired|killed|repelled)\b",
    re.I,
)


# "whom Israel says it killed": a country that speaks is an actor, not where it happened.
_LOCAL_POLICE_IN = re.compile(
    r"\b(?:police|policemen|police officers)\s+in\s+(?:(?:north|south|east|west|central)\w*\s+)?$",
    re.I,
)
_SPEAKS = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:says|said|say|claims|claimed|announced|denied|denies|"
    r"accused|accuses|blamed|blames|insists|insisted|warned|warns|vowed|vows|"
    # "Baku has not commented on the Tegh incident": a government silent, not a place
    r"(?:not|never)\s+(?:commented|responded|confirmed)|declined\s+to\s+comment|"
    r"did\s+not\s+(?:comment|respond|confirm))\b",
    re.I,
)


# "The militants' opening salvo", "the insurgents fired": a definite class noun that points
# back at the armed group named just before.
_ANAPHORIC_AGENT = re.compile(
    r"\b[Tt]he\s+(?:militants|militias|militiamen|insurgents|rebels|fighters|jihadists|"
    # ("cadres of the outfit triggered a low-intensity IED")
    r"attackers|armed\s+groups?|groups?|outfit|outfit['’]s\s+cadres)(?:['’]s?)?(?=[\s,])"
)
_PARAMILITARY = re.compile(
    r"\b(?:[Tt]he\s+)?paramilitar(?:y|ies)(?:\s+(?:fighters|forces|group|troops|units))?\b"
)
_NON_STATE = frozenset({"militia", "rebel group", "unidentified armed group"})
_UNNAMED_TYPES = frozenset({"unidentified armed group"})
# The table's rows for groups left unnamed ("gunmen", "rebels"): a definite "the rebels"
# that points back at a named group gives way to it.
_UNNAMED_GROUPS = frozenset({"Unidentified armed group", "Unidentified rebel group"})


_OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:rival\s+)?")


_FORCES_OF = re.compile(
    r"^(?:the\s+)?(?:(?:National\s+)?Defen[cs]e|Armed|Security|Military|Defense)\s+Forces\s+of\s+"
    r"(?:the\s+)?(?P<land>[A-Z][\w ]+)$"
)


def _country_force(h: ActorHit, host: ActorEntry | None = None) -> ActorHit:
    """A name kept as written that is a country's own forces ("the Defence Forces of
    Ukraine", "Armed Forces of the Philippines", "Units of the Angolan Armed Forces") is that
    country's military; a unit of the host's ("the Army's Jungle Brigade", "the Rapid
    Intervention Battalion") is the host's force."""
    if h.entry.type is not None:
        return h
    code: str | None = None
    if (m := _FORCES_OF.match(h.entry.name)) is not None:
        code = country_code(m.group("land"))
    elif (d := _DEMONYM_UNIT.search(h.entry.name)) is not None:
        code = demonyms().get(d.group("dem").lower())
    elif (
        host is not None
        and host.type == "state force"
        # ("the 25th Division" is the army's; Syria's "Hamza Division" a faction of its own)
        and (
            _HOST_UNIT.search(h.entry.name)
            or (h.entry.name.endswith("Division") and ordinal_unit(h.entry.name))
        )
    ):
        return ActorHit(host, h.start, h.end, h.text)
    force = force_of(code)
    return ActorHit(force, h.start, h.end, h.text) if force is not None else h


_DEMONYM_UNIT = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+(?:Armed Forces|Army|Navy|Air Force|Defen[cs]e Forces?|"
    r"Gendarmerie|National Guard)\b"
)
# Weapons only one side of a war fields: Russia's drones, missiles and glide bombs striking
# Ukraine, Ukraine's Western missiles striking Russia.
_WEAPON_OF = {
    ("UA", "RU"): re.compile(
        r"\b(?:Geran(?:-?[23])?|Shaheds?|Iskanders?|Kinzhals?|Kalibrs?|Lancets?|Oreshnik|"
        r"Kh-\d{2,3}|KABs?|(?i:glide\s+bombs?|guided\s+aerial\s+bombs?))\b"
    ),
    ("RU", "UA"): re.compile(
        r"\b(?:ATACMS|Storm\s+Shadows?|SCALP|HIMARS|Neptunes?|Lyutyi|Flamingo)\b"
    ),
}


def _weapon_user(m: Mention, s: Sentence, article: Article) -> None:
    """An agentless strike whose weapon only one side fields: "Overnight, Geran-2
    (Shahed-type) drones struck the city's eastern part" in Sloviansk is Russia's."""
    for (where, user), weapon in _WEAPON_OF.items():
        if m.country != where:
            continue
        hit = weapon.search(s.text)
        force = force_of(user)
        if hit is not None and force is not None:
            m.actor1, m.actor1_type = force.name, force.type
            m.provenance["actor1"] = _evidence(
                article, s, s.start + hit.start(), s.start + hit.end()
            )
            return


_HOST_UNIT = re.compile(
    r"^(?:the\s+)?(?:Army's|Army\b|Units\s+of\s+the\s+National\s+Army\b)|\b(?:Battalion|Regiment|"
    r"Infantry|Task Force|Border Security|Special Forces|Gendarmerie)\b"
)


# "a group of armed men believed to be Ambazonian fighters", "armed cadres, suspected to
# belong to NSCN-K (YA)": the unnamed group is the named one.
_BELIEVED_TO_BE = re.compile(
    r"[^.;]{0,40}?\b(?:believed|suspected|thought|said|alleged|identified|reported)\s+"
    r"(?:to\s+(?:be|belong\s+to|have\s+been)|as)\s+"
    r"(?:members\s+of\s+|fighters\s+of\s+|remnants\s+of\s+|elements\s+of\s+)?"
    r"(?:the\s+)?"
    # ("identified as members of the self-defence group "El Machete"")
    r"(?:(?:self-defen[cs]e|armed|criminal|vigilante)\s+group\s+(?:known\s+as\s+)?[\"“]?)?"
)


_CROWD_COUNT = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores|\d[\d,]*)\s+(?:of\s+)?(?:[\w-]+\s+)?(?:people|"
    r"residents|protesters|demonstrators|students|women|workers|villagers|supporters|families|"
    r"relatives|mourners|traders|farmers|teachers)\b[^.;]*$",
    re.I,
)


# Where the force a report names is an occupier's: the West Bank's "soldiers" are Israel's.
_OCCUPIED = frozenset({("PS", "IL")})


def _believed_to_be(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """An unnamed group the sentence then names ("armed men believed to be Ambazonian
    fighters") stands, where it stands, for the named group."""
    out: list[ActorHit] = []
    for h in hits:
        if h.entry.name in _UNNAMED_GROUPS:
            named = next(
                (
                    g for g in hits
                    if g.start > h.end and g.entry.type in _ARMED_GROUP_TYPES
                    and g.entry.name not in _UNNAMED_GROUPS
                    and _BELIEVED_TO_BE.fullmatch(text, h.end, g.start)
                ),
                None,
            )  # fmt: skip
            if named is not None:
                out.append(ActorHit(named.entry, h.start, h.end, h.text))
                continue
        out.append(h)
    return out


def _settlers_elsewhere(h: ActorHit, force: ActorEntry | None) -> bool:
    """Bare "settlers" in a report from another land ("a group of settlers carrying sticks"
    in the Chittagong Hill Tracts) are not Israel's; "Israeli settlers" are, anywhere."""
    return (
        h.entry.name == "Israeli settlers"
        and force is not None
        and force.country not in ("IL", "PS")
        and not re.search(r"\b(?:Israeli|Jewish)\b", h.text)
    )


def _members_of_named(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """ "gunmen of the CJNG", "fighters from the SPLA-IO": the unnamed word is the group
    named right after it."""
    starts = {h.start for h in hits if h.entry.type not in _UNNAMED_TYPES}
    return [
        h
        for h in hits
        if not (
            h.entry.type in _UNNAMED_TYPES
            and (of := _OF_THE.match(text, h.end)) is not None
            and of.end() in starts
        )
    ]


def _set_actor(m: Mention, role: str, hit: ActorHit, article: Article, s: Sentence) -> None:
    """``m``'s ``role`` ("actor1" or "actor2") is ``hit``, found in sentence ``s``."""
    setattr(m, role, hit.entry.name)
    setattr(m, role + "_type", hit.entry.type)
    m.provenance[role] = _evidence(article, s, s.start + hit.start, s.start + hit.end)


def _named_first(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """Hits without the generic noun that follows a named group ("Al-Shabaab militants",
    "Hamas gunmen"): the name says who they are."""
    out: list[ActorHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and h.entry.name in _UNNAMED_GROUPS
            and prev.entry.name not in _UNNAMED_GROUPS
            and prev.entry.type in _NON_STATE
            # ("Islamic State (ISIL) gunmen": the acronym told between)
            and re.fullmatch(
                rf"\)?(?:['’]s)?\s+(?:{BRACKETED_ACRONYM}\s+)?", text[prev.end : h.start]
            )
        ):
            continue
        out.append(h)
    return out


def _anaphoric_agent(
    m: Mention,
    typing: Typing,
    sentences: list[Sentence],
    i: int,
    article: Article,
    told: list[Mention] | None = None,
) -> None:
    """actor1 of "the militants' salvo": the last armed group named in the two sentences
    before (or earlier in this one); of "cadres of the outfit", the group the report's
    earlier incidents were done by, however it was named ("the banned ULFA-I")."""
    if m.actor1 is not None and m.actor1 not in _UNNAMED_GROUPS:
        return
    a = _ANAPHORIC_AGENT.search(sentences[i].text[: typing.trigger_start])
    # ("the outfit": the one group the report is about, however far above)
    reach = i + 1 if a is not None and "outfit" in a.group(0) else 3
    if a is None:
        # "paramilitary fighters looted shops": the paramilitary group the article names
        a = _PARAMILITARY.search(sentences[i].text[: typing.trigger_start])
        reach = i + 1
    if a is None:
        return
    got = m.provenance.get("actor1")
    here_at = sentences[i].start + a.start()
    if m.actor1 is not None and (got is None or not here_at <= got.start < here_at + len(a[0])):
        return  # an unnamed group named elsewhere in the sentence ("rebels attacked ...")
    if "outfit" in a.group(0):
        # (a group named by the acronym the article defines may carry no type)
        by = next(
            (
                p for p in reversed(told or [])
                if p.actor1 is not None and p.actor1 not in _UNNAMED_GROUPS
                and (p.actor1_type in _NON_STATE or p.actor1_type is None)
                and p.provenance.get("actor1") is not None
            ),
            None,
        )  # fmt: skip
        if by is not None:
            m.actor1, m.actor1_type = by.actor1, by.actor1_type
            m.provenance["actor1"] = by.provenance["actor1"]
            return
    here = sentences[i]
    spans = [(here, here.text[: a.start()])] + [
        (sentences[j], sentences[j].text) for j in range(i - 1, max(-1, i - reach), -1)
    ]
    for s, span in spans:
        groups = [
            h
            for h in actor_table().find(span, adjectives=True)
            if h.entry.type in _NON_STATE
            and h.entry.name != m.actor2
            and h.entry.name not in _UNNAMED_GROUPS
        ]
        if groups:
            h = groups[-1]
            _set_actor(m, "actor1", h, article, s)
            return


def _civilians_hit(m: Mention, evidence: Evidence) -> None:
    """The mention's target is the civilians of its country, as ``evidence`` says."""
    m.actor2, m.actor2_type = people_of("Civilians", m.country), "civilians"
    m.provenance["actor2"] = evidence


class _HostForce:
    """Which state force an unnamed "the army" is (see _GENERIC_FORCE): the one force the
    article names; when it names several, the last one named before; else the force of the
    country most of its places are in."""

    def __init__(self, hits: list[ActorHit], places: list[Place]) -> None:
        self.named = [
            (h.start, h.entry) for h in hits if h.entry.type == "state force" and h.entry.country
        ]
        counts: dict[str, int] = {}
        for p in places:
            if p.country:
                counts[p.country] = counts.get(p.country, 0) + 1
        self.country = max(sorted(counts), key=lambda c: counts[c]) if counts else None
        self.local = force_of(self.country) if self.country else None

    def at(self, pos: int) -> ActorEntry | None:
        countries = {e.country for _, e in self.named}
        if len(countries) == 1:
            entry = self.named[0][1]
            return force_of(entry.country) or entry
        earlier = [e for start, e in self.named if start < pos]
        if earlier:
            return force_of(earlier[-1].country) or earlier[-1]
        return self.local


_DEMONYM_FORCE = re.compile(
    # "Thai F-16 jets": a model between the demonym and the force word
    r"\b(?P<dem>(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?))(?P<own>'s?)?\s+"
    r"(?:(?-i:[A-Z]{1,3}-?\d{1,3}[A-Z]?s?)\s+)?(?:army|military|"
    r"armed forces|"
    r"air force|soldiers|troops|warplanes|forces|government (?:forces|troops|soldiers)|"
    r"security forces|special forces|jets|fighter jets|navy|marines|general staff|"
    r"border guards|border troops|border police|border service|border posts?|army posts?|"
    r"defen[cs]e ministry|ministry of defen[cs]e|"
    # "Azerbaijani units opened fire", "a small Azerbaijani drone", "from Azerbaijani
    # positions": a country's forces told by their means or their lines
    r"units|positions|drones?|artillery|"
    # "rockets fired from the Cambodian side landed near a market"
    r"side(?=\s+(?:of\s+the\s+border\s+)?(?:landed|hit|struck|killed|wounded|fell)|"
    r"\s*[,.;]))\b",
    re.I,
)


_SAHEL_FORCES = re.compile(
    r"\b(?:defen[cs]e and security forces|(?-i:FDS)|forces de d[ée]fense et de s[ée]curit[ée])\b",
    re.I,
)
_JUNTA_FORCE = re.compile(
    r"\bjunta(?:'s)?\s+(?:troops|forces|soldiers|army|military|jets?|fighter jets?|aircraft|"
    r"warplanes?|artillery|drones?)\b|\b(?:the\s+)?junta\b",
    re.I,
)


_DEMONYM_AND = re.compile(r"\b(?P<dem1>[A-Z][a-z]+)\s+and\s+$")


def _kept_as_written(h: ActorHit, g: re.Match[str]) -> bool:
    """A name the table lacks, kept as written, that a demonym and a force word make up
    ("Senegalese Armed Forces")."""
    return h.entry.type is None and g.start() <= h.start and h.end <= g.end()


def _demonym_force_hits(text: str, hits: list[ActorHit]) -> list[ActorHit]:
    """Hits for "Colombian soldiers", "Ethiopian federal forces" when the alias table has no
    force of that country: the country's military, named for it ("Military Forces of
    Colombia")."""
    out: list[ActorHit] = []
    table = demonyms()
    for g in _DEMONYM_FORCE.finditer(text):
        dem = g.group("dem").lower().replace("-", " ")
        # "Senegalese Armed Forces": the second capitalised word is the force's, not the
        # people's.
        code = (
            table.get(dem)
            or table.get(dem.split()[-1])
            or table.get(dem.split()[0])
            or country_code(g.group("dem"))
        )
        if code is None or any(
            h.start < g.end() and g.start() < h.end and not _kept_as_written(h, g) for h in hits
        ):
            continue
        force = force_of(code)
        if force is not None:
            out.append(ActorHit(force, g.start(), g.end(), g.group(0)))
        pair = _DEMONYM_AND.search(text, max(0, g.start() - 30), g.start())
        if pair is not None and (first := table.get(pair.group("dem1").lower())) not in (
            None,
            code,
        ):
            # "Rwandan and Mozambican forces": both countries' forces
            ally = force_of(first)
            if ally is not None and not any(
                h.start < pair.end("dem1") and pair.start("dem1") < h.end for h in hits
            ):
                out.append(ActorHit(ally, pair.start("dem1"), pair.end("dem1"), pair["dem1"]))
    return sorted(out, key=lambda h: h.start)


def _inside(h: ActorHit, g: ActorHit) -> bool:
    """Whether hit ``h`` lies strictly inside the longer hit ``g``."""
    return g.start <= h.start and h.end <= g.end and g.end - g.start > h.end - h.start


def _generic_hits(text: str, hits: list[ActorHit], force: ActorEntry | None) -> list[ActorHit]:
    """Hits for "the army", "an army drone", "its troops" standing for ``force``; and for a
    country's forces named by its demonym ("Colombian soldiers")."""
    out = [h for h in _demonym_force_hits(text, hits) if not _described(text, h)]
    if force is None:
        return out
    for g in _JUNTA_FORCE.finditer(text):
        if not any(h.start < g.end() and g.start() < h.end for h in [*hits, *out]):
            out.append(ActorHit(force, g.start(), g.end(), g.group(0)))  # the host's junta
    for g in _SAHEL_FORCES.finditer(text):
        # "the Defence and Security Forces (FDS)": a Sahel state's own forces, whose name
        # holds the police alias "security forces" (the caller drops the inner hit).
        if not any(h.start < g.end() and g.start() < h.end for h in out):
            out.append(ActorHit(force, g.start(), g.end(), g.group(0)))
    for g in _GENERIC_FORCE.finditer(text):
        a, b = g.start(), g.end()
        if any(h.start < b and a < h.end for h in [*hits, *out]):
            continue
        # "when government forces and the Huthis clashed", "attacked government positions":
        # the government's forces are the host's wherever they stand
        government = g.group(0).lower().startswith(
            ("government", "federal")
        ) and not _OTHER_SIDE.search(text[max(0, a - 20) : a])
        opener = _GENERIC_OPENER.search(text[max(0, a - 32) : a]) or _DAY_OPENER.fullmatch(text[:a])
        if not government and not opener:
            continue  # "French troops", "rebel army": someone else's force
        if g.group(0).lower() == "patrol" and any(h.entry.name == "Police" for h in hits):
            continue  # "GSU officers ... ambushed their patrol vehicle": the police's patrol
        own = _SPEAKING_STATE.search(text, 0, a)
        speaker = None
        if own is not None:
            land = own.group("land")
            # ("Turkey's defence ministry", "the Turkish defence ministry")
            code = (
                country_code(land)
                if own.group("s")
                else (demonyms().get(land.lower()) or country_code(land))
            )
            speaker = force_of(code)
        # "Turkey's defence ministry said its troops had killed four PKK militants",
        # "Burundi's defence ministry said fighters attacked an army position": the speaking
        # state's troops, not the host's (a brief's last country, say)
        out.append(ActorHit(speaker or force, a, b, text[a:b]))
    return [h for h in out if not _described(text, h)]


# A country's organ after its name: "Turkey's defence ministry", "Ukraine's General Staff".
_STATE_ORGAN = re.compile(
    r"['’]s\s+(?:(?:own|top|new|former|acting|national|federal|state)\s+)?(?:defen[cs]e\s+|"
    r"foreign\s+|interior\s+)?(?:ministry|minister|government|general\s+staff|army|military|"
    r"armed\s+forces|president|prime\s+minister|spokes(?:man|woman|person)|officials?|"
    r"authorities|embassy|mission)\b",
    re.I,
)
_SPEAKING_STATE = re.compile(
    r"\b(?P<land>(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?))(?P<s>'s)?\s+(?:defen[cs]e ministry|"
    r"ministry of defen[cs]e|army|military|armed forces|general staff|government)\b",
    re.I,
)


# "wounding two soldiers", "three troops were killed": the host's force was hit.
_FORCE_VICTIMS = re.compile(
    r"\b(?:(?:(?:kill|wound|injur)(?:ing|ed|s|es)?\s+(?:at\s+least\s+|some\s+|about\s+)?|"
    # ("the attack on the town's camp, which left dozens of soldiers dead")
    r"(?:left|leaving)\s+(?=(?:[\w-]+\s+){0,3}?(?:soldiers?|troops)\s+(?:dead|wounded|injured)))"
    r"(?:[\w-]+\s+){0,2}?(?P<a>soldiers?|troops|servicem[ae]n|service\s+members?)\b|"
    r"(?P<b>soldiers?|troops|servicem[ae]n|service\s+members?)"
    # ("A soldier and two suspected communist rebels were killed")
    r"(?:\s+and\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s+(?:were|was|had\s+been|"
    r"have\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot|martyred))",
    re.I,
)
# A capitalised count or determiner ("Two soldiers were killed") names no one's force.
_NOT_OWNER = (
    r"(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Some|"
    r"Many|Few|Dozens|Scores|Hundreds|Both|All|Other|More|Most|The|Its|Their)\b)"
)
_QUALIFIED_FORCE = re.compile(
    rf"\b({_NOT_OWNER}[A-Z][a-z]+|rebel|militia|enemy|insurgent|jihadist)\s+(?:troops|"
    r"soldiers|servicemen|forces|army|military)\b"
)
_OTHER_SIDE = re.compile(
    rf"(?:\b{_NOT_OWNER}[A-Z][a-z]+|\b(?:rebel|militia|enemy|insurgent|jihadist))\s+$"
)


def _state_striker(
    m: Mention,
    s: Sentence,
    hits: list[ActorHit],
    force: ActorEntry | None,
    article: Article,
    t0: int,
    t1: int,
) -> None:
    """An air strike on an armed group that no clause credits to anyone is a state's: the
    force the sentence names ("aircraft of the Nigerian Air Force ... bombarded a camp, where
    30 terrorists were killed", "the army said a drone had struck a 3R camp"), else the
    host's ("aircraft of the Air Component carried out strikes against terrorists"). So is
    a bomb defused or a drone downed that no one is said to have stopped."""
    disrupted = m.sub_event_type == "Disrupted weapons use"  # "a device was defused"
    if (
        m.actor1 is not None
        or not (
            disrupted or (m.sub_event_type == "Air/drone strike" and m.actor2_type in _NON_STATE)
        )
        or m.historical
        or m.modality in ("denied", "contested")
    ):
        return
    state = next(
        (h for h in hits if h.entry.type == "state force" and h.entry.name != m.actor2), None
    )
    if state is not None:
        _set_actor(m, "actor1", state, article, s)
    elif force is not None:
        m.actor1, m.actor1_type = force.name, force.type
        m.provenance["actor1"] = _evidence(article, s, t0, t1)  # the strike itself


_FOUGHT_WITH = re.compile(
    r"\b(?:with|by)\s+(?:(?:the|a|an|suspected|armed)\s+)?(?:[\w-]+\s+){0,2}$"
)


def _force_as_victim(m: Mention, s: Sentence, force: ActorEntry | None, article: Article) -> None:
    """actor2 of a strike that wounded "two soldiers": the host's force (see _HostForce),
    unless the soldiers are someone else's ("Chadian soldiers", "rebel troops")."""
    if force is None or m.actor1 == force.name:
        return
    # "Two soldiers were killed ... during a firefight with FARC dissidents": the group the
    # soldiers fought is the side that hit them, the host's force the side hit.
    # (Only where the group is what they fought "with" or were attacked "by": "members of
    # the NPA were killed and a soldier was wounded" is the army's fight.)
    group = m.provenance.get("actor2")
    swap = (
        group is not None
        and m.actor1 is None
        and m.sub_event_type == "Armed clash"
        and m.actor2_type in _NON_STATE
        and _FOUGHT_WITH.search(article.text[max(0, group.start - 40) : group.start]) is not None
    )
    # "Three suspected members of the Dawlah Islamiyah were killed and two soldiers were
    # wounded in a firefight": the army's fight, the soldiers the side that fought the group
    army_fought = (
        m.actor2 is not None
        and not swap
        and m.actor1 is None
        and m.sub_event_type == "Armed clash"
        and m.actor2_type in _NON_STATE
    )
    if m.actor2 is not None and not swap and not army_fought:
        return
    if m.actor1_type == "state force" and _country_of(m.actor1) == force.country:
        return
    own = {a.lower() for a in force.adjectives} | {force.name.split()[0].lower()}
    own |= {k for k, code in demonyms().items() if code == force.country}  # "Afghan"
    for q in _QUALIFIED_FORCE.finditer(s.text):
        if q.start() > 0 and q.group(1).lower() not in own:
            return  # "ambushed Chadian troops, killing six soldiers": theirs, not the host's
    for v in _FORCE_VICTIMS.finditer(s.text):
        g = "a" if v.group("a") else "b"
        a, b = v.start(g), v.end(g)
        side = _OTHER_SIDE.search(s.text[max(0, a - 20) : a])
        if side and a > 0 and side.group(0).strip().lower() not in own:
            continue  # "rebel troops", "Chadian soldiers": not the host's
        if army_fought:
            m.actor1, m.actor1_type = force.name, force.type
            m.provenance["actor1"] = _evidence(article, s, s.start + a, s.start + b)
            return
        if swap:
            m.actor1, m.actor1_type = m.actor2, m.actor2_type
            if (ev := m.provenance.pop("actor2", None)) is not None:
                m.provenance["actor1"] = ev
        m.actor2, m.actor2_type = force.name, force.type
        m.provenance["actor2"] = _evidence(article, s, s.start + a, s.start + b)
        return


# "Two fighters of the Syrian Democratic Forces (SDF) were killed when a Turkish drone
# struck their vehicle": the group whose members were hit.
_MEMBERS_OF_BEFORE = re.compile(
    r"\b(?:fighters?|members?|militants?|combatants?|soldiers?|troops|personnel|officers?|"
    r"commanders?)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
_WERE_HIT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:were|was|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b",
    re.I,
)


# "killed on Tuesday during a police operation against the Comando Vermelho drug faction"
_OPERATION_AGAINST = re.compile(
    r"\b(?:during|in)\s+(?:an?|the)\s+(?:(?:joint|major|large-scale|special|new)\s+)?"
    r"(?:police|military|army|security|counter-?terror(?:ism)?|counter-?insurgency)\s+"
    r"(?:operation|raid|offensive|sweep|crackdown)\s+against\s+(?:the\s+)?"
    r"(?:suspected\s+|alleged\s+)?",
    re.I,
)


def _operation_against(m: Mention, s: Sentence, hits: list[ActorHit], article: Article) -> None:
    """People killed "during a police operation against the Comando Vermelho" died in the
    force's fight with that group: a battle between the two, whoever the dead were."""
    if m.event_type not in ("Violence against civilians", "Battles") or m.historical:
        return
    op = _OPERATION_AGAINST.search(s.text)
    if op is None:
        return
    force = next(
        (h for h in hits if op.start() <= h.start < op.end() and h.entry.type == "state force"),
        None,
    )
    group = next(
        (h for h in hits if 0 <= h.start - op.end() <= 3 and h.entry.type in _ARMED_GROUP_TYPES),
        None,
    )
    if force is None or group is None:
        return
    _set_actor(m, "actor1", force, article, s)
    _set_actor(m, "actor2", group, article, s)
    m.event_type, m.sub_event_type, m.plover = "Battles", "Armed clash", "FIGHT"


def _members_killed(m: Mention, s: Sentence, hits: list[ActorHit], article: Article) -> None:
    """The armed group whose members a violent incident killed or wounded is its target."""
    if m.actor2 is not None or m.event_type not in _VIOLENT_TYPES or m.actor1 is None:
        return
    for h in hits:
        if (
            h.entry.type in ("rebel group", "militia", "state force")
            and h.entry.name != m.actor1
            and _MEMBERS_OF_BEFORE.search(s.text[max(0, h.start - 30) : h.start])
            and _WERE_HIT_AFTER.match(s.text, h.end)
        ):
            _set_actor(m, "actor2", h, article, s)
            return


_FIGHT_WITH_BEFORE = re.compile(
    r"\b(?:exchange\s+of\s+fire|gunfight|gun\s+battle|shoot-?out|firefight|fire-?fight|"
    r"clash(?:es)?|encounter)\s+with\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _force_fell_too(m: Mention, s: Sentence, hits: list[ActorHit], article: Article) -> None:
    """ "A member of the General Security service and a gunman were killed in an exchange
    of fire": a fight whose dead include a state force's member is that force's fight with
    the group named beside it."""
    if m.sub_event_type != "Armed clash" or m.actor1 is not None or m.actor2 is None:
        return
    if m.actor2_type not in _NON_STATE:
        return
    for h in hits:
        if (
            h.entry.type == "state force"
            and h.entry.name != m.actor2
            and _MEMBERS_OF_BEFORE.search(s.text[max(0, h.start - 30) : h.start])
            and _WERE_HIT_AFTER.match(s.text, h.end)
        ):
            _set_actor(m, "actor1", h, article, s)
            return
        if (
            h.entry.type == "state force"
            and h.entry.name != m.actor2
            and _FIGHT_WITH_BEFORE.search(s.text[max(0, h.start - 40) : h.start])
        ):
            # "Two armed men were killed in an exchange of fire with the Marine Police
            # Force": the force they fought
            _set_actor(m, "actor1", h, article, s)
            return


def _agent_in_next(
    m: Mention, s: Sentence, nxt: Sentence | None, force: ActorEntry | None, article: Article
) -> None:
    """An agentless strike whose next sentence says "the army said its aircraft targeted"."""
    if m.actor1 is not None or nxt is None or m.event_type == "Protests":
        return
    said = _OWN_STRIKE.search(nxt.text)
    if said is None:
        return
    hits = actor_table().find(nxt.text[: said.start()], adjectives=True)
    hits += _generic_hits(nxt.text[: said.start()], hits, force)
    speakers = [h for h in hits if h.entry.type not in ("civilians", "person", "protesters")]
    if not speakers:
        return
    who = max(speakers, key=lambda h: h.end)
    if who.entry.name == m.actor2:
        return
    _set_actor(m, "actor1", who, article, nxt)


_THE_TOWN = re.compile(
    r"\b(?:in|of|near|outside|across|around|on) the (?:city|town|village|capital|area|"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?(?:outskirts|suburbs|edge))\b"
    r"(?!\s+of\b)",
    re.I,
)
_THIS_TOWN = re.compile(
    r"\b(?:in|of|near|outside|around|on) this (?:[\w-]+\s+){0,2}?(?:city|town|village)\b", re.I
)
# "In the capital, ...", "in the capital on Sunday": the country's capital, not a named one
# ("the capital of North Kordofan", "the regional capital" are others).
_THE_CAPITAL = re.compile(
    r"\b(?:in|of|near|outside|across|around) (the (?:country's |nation's )?capital)\b"
    r"(?!\s+of\b|\s*,?\s+(?-i:[A-Z]))",
    re.I,
)


def _capital_of(force: ActorEntry | None, article: Article, a: int, b: int) -> Place | None:
    """The capital of the country whose force is the article's host, as a place."""
    country = force.country if force is not None else None
    if not country:
        return None
    name = capital_name(country)
    if not name:
        return None
    found = resolve_name(name, context_countries=[country])
    if found is None or found.country != country:
        return None
    if found.feature in _WIDE:
        # "in the capital" of Djibouti (or Kuwait, Singapore): the city, not the country
        # that shares its name
        town = _town_named(name, country)
        found = town if town is not None else found
    return Place(
        article_id=article.id, start=a, end=b, text=article.text[a:b], name=found.name,
        lat=found.lat, lon=found.lon, country=found.country, admin1=found.admin1,
        admin2=found.admin2, geonames_id=found.geonames_id, feature=found.feature, precision=1,
    )  # fmt: skip


def _town_named(name: str, country: str) -> Place | None:
    """The most populous town called ``name`` in ``country``, as a place."""
    from wiretally.geo import get_gazetteer

    gaz = get_gazetteer()
    ids, _ = gaz.lookup(name)
    towns = [c for c in ids if gaz.country[c] == country and gaz.feature[c] not in _WIDE]
    if not towns:
        return None
    c = max(towns, key=lambda k: gaz.population[k])
    return Place(
        article_id="", start=0, end=0, text=name, name=gaz.names[c], lat=gaz.lat[c],
        lon=gaz.lon[c], country=country, admin1=gaz.admin1[c], admin2=gaz.admin2[c],
        geonames_id=gaz.geonames_id[c], feature=gaz.feature[c], precision=1,
    )  # fmt: skip


_REPELLED_DIRECT = re.compile(
    r"\b(?:repel(?:s|led)?|repuls(?:e|es|ed)|fought off|fight off|beat back|thwart(?:s|ed)?|"
    r"foil(?:s|ed)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|assault|offensive|"
    r"raid|incursion|infiltration)",
    re.I,
)
_TARGET_WORD_AFTER = re.compile(r"\s+(?:post|base|position|camp|checkpoint|outpost|convoy)")
_REPELLED = re.compile(
    r"\b(?:said|says|reported|announced)\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:troops|forces|units|fighters|soldiers|defenders)\s+(?:had\s+|have\s+)?"
    r"(?:repelled|repulsed|fought off|beat back|thwarted|pushed back|held off)\b",
    re.I,
)


def _defender_speaks(m: Mention, s: Sentence, hits: list[ActorHit], article: Article) -> None:
    """ "Ukraine's army said its troops had repelled a Russian assault": the speaker held
    the ground; it is the side attacked."""
    if m.event_type not in ("Battles", "Violence against civilians"):
        return
    direct = _REPELLED_DIRECT.search(s.text)
    if direct is not None:
        # "the Defence and Security Forces repel a terrorist attack near Torodi": the subject
        # held; the attackers (named or not) acted.
        before = [h for h in hits if h.end <= direct.start()]
        who = before[-1] if before else None
        if who is not None and who.entry.type not in ("civilians", "person", "protesters"):
            _set_actor(m, "actor2", who, article, s)
            by = next(
                (
                    h
                    for h in hits
                    if h.start > direct.start()
                    and h.entry.name != who.entry.name
                    and not _TARGET_WORD_AFTER.match(s.text, h.end)
                ),
                None,
            )  # "a Russian assault", "an attack by JNIM fighters"; not "a military post"
            if by is not None and by.entry.type not in ("civilians", "person", "protesters"):
                _set_actor(m, "actor1", by, article, s)
            else:
                m.actor1, m.actor1_type = None, None
                m.provenance.pop("actor1", None)
            return
    if m.actor2 is not None or m.event_type != "Battles":
        return
    said = _REPELLED.search(s.text)
    if said is None:
        return
    speakers = [h for h in hits if h.end <= said.start() and h.entry.name != m.actor1]
    if speakers and speakers[-1].entry.type not in ("civilians", "person", "protesters"):
        who = speakers[-1]
        _set_actor(m, "actor2", who, article, s)


_CLAIMED_IT = re.compile(
    r"\b(?:claimed|claims|has claimed|claiming)\s+(?:(?:responsibility\s+for\s+)?"
    r"(?:the|this|that|its|both|all)\b|responsibility\b(?!\s+for\s+(?:an?|another)\b))"
    # "Al-Shabaab militants who cross from Somalia had planted the explosive"
    r"|\bhad\s+planted\s+(?:the|an?)\s+(?:explosives?|bombs?|device|mines?|IEDs?)\b"
    # "The BLA said in a statement it had planted the device"
    r"|\bsaid\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?it\s+had\s+(?:planted|carried\s+out|"
    r"staged|launched|detonated|targeted)\b",
    re.I,
)


_ATTRIBUTED = re.compile(
    r"\b(?:attribut(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|pointed the finger at|held responsible|"
    r"(?:bore|bears|had) the hallmarks of)\b",
    re.I,
)


_ATTRIBUTED_TO = re.compile(
    r"\b(?:attribut(?:e|ed|es|ing)\s+(?:the\s+)?(?:\w+\s+){0,2}?to|blam(?:ed|es|ing)|"
    r"accus(?:ed|es|ing)|"
    # "medics ... said the drone was launched by the RSF"
    r"(?:was|were|had\s+been)\s+(?:launched|fired|flown|sent|carried\s+out)\s+by)"
    r"\s+(?:the\s+)?",
    re.I,
)


def _strike_attributed(
    m: Mention,
    s: Sentence,
    typing: Typing,
    following: list[Sentence],
    scan: _Scan,
    force: ActorEntry | None,
) -> None:
    """The force a strike with no named agent is attributed to, in its own sentence after
    the trigger or in the next ones: "a drone strike hit a monastery ..., according to local
    sources, which attributed the strike to the MAF"; "Residents attributed the strike to
    the Togolese armed forces"; "He blamed the military". Only the first named after the
    blame word, and only before a new day is told."""
    if m.actor1 is not None or m.event_type != "Explosions/Remote violence":
        return
    if (claimer := _claimed_in_sentence(s, typing, scan)) is not None:
        # "an explosive drone launched from Lebanon struck near Kiryat Shmona; Hezbollah
        # claimed it"
        _set_actor(m, "actor1", claimer, scan.article, s)
        return
    spans = [(s, typing.trigger_end), *((x, 0) for x in following)]
    for k, (x, start) in enumerate(spans):
        if k and any(x.start <= t.start < x.end for t in scan.times):
            return
        blame = _ATTRIBUTED_TO.search(x.text, start)
        if blame is None:
            continue
        hits = _actor_hits(x.text, scan.acronyms)
        hits += _generic_hits(x.text, hits, force)
        named = sorted(
            (h for h in hits if blame.end() <= h.start <= blame.end() + 30
             and h.entry.type in (*_ARMED, "state force")),
            key=lambda h: h.start,
        )  # fmt: skip
        if not named:
            continue
        target = m.provenance.get("actor2")
        if named[0].entry.name == m.actor2:
            if target is None or target.start != x.start + named[0].start:
                return  # the target is that force, named elsewhere
            m.actor2 = m.actor2_type = None  # the blamed force was read as the target
            m.provenance.pop("actor2", None)
        _set_actor(m, "actor1", named[0], scan.article, x)
        return


def _claimed_in_sentence(s: Sentence, typing: Typing, scan: _Scan) -> ActorHit | None:
    """The armed actor that claims the strike in a clause after its trigger ("...; Hezbollah
    claimed it"), looked for only where the sentence says "claimed" after the trigger."""
    if _CLAIMED_AFTER.search(s.text, typing.trigger_end) is None:
        return None
    return next(
        (
            h for h in _actor_hits(s.text, scan.acronyms)
            if h.start > typing.trigger_end
            and h.entry.type in (*_ARMED, "state force")
            and _CLAIMED_AFTER.match(s.text, h.end)
            and re.search(r"[;,]\s*(?:and\s+)?(?:the\s+)?$", s.text[: h.start])
        ),
        None,
    )  # fmt: skip


_CLAIMED_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|later\s+)?claimed\s+(?:it|responsibility|the\s+(?:attack|strike))\b"
)
_SHOTS = re.compile(
    r"\b(?:opened fire|open fire|opens fire|shot dead|shot and killed|shot and wounded|"
    r"gunned down|gunfire|gunshots?|shootings?|shoot-?outs?|gun ?battles?|gun-?fights?|"
    r"firefights?|exchanged? (?:of )?(?:gun)?fire|fired (?:shots|on|at|upon)|"
    # "shot him dead in front of his family", "shooting dead a trader"
    r"shot (?:\w+ ){1,3}?dead|shooting (?:\w+ ){0,3}?dead)\b",
    re.I,
)
_ARSON = re.compile(
    r"\b(?:set fire to|setting fire to|set (?:\w+ ){0,3}?(?:ablaze|alight|on fire)|torched|"
    r"arson(?: attack)?|burn(?:ed|t) down|firebomb(?:ed|ing)?|"
    # "fighters from the Hiwa clan burned more than 40 houses"
    r"(?:burned|burnt|burning) (?:\w+ ){0,4}?(?:houses|homes|huts|shops|vehicles|cars|"
    r"buildings|churches|mosques|schools|stalls|shelters|villages?))\b",
    re.I,
)
_GUNMEN = re.compile(r"\bgunm[ae]n\b", re.I)
_ARRESTED = re.compile(r"\b(?:arrested|detained|apprehended|took into custody)\b", re.I)


def _retyped(key: str, score: float, trigger: re.Match[str]) -> Typing:
    """A sentence's typing set to category ``key``, its trigger the matched words."""
    event_type, sub, plover = CATEGORIES[key]
    return Typing(
        key, event_type, sub, plover, score, trigger.start(), trigger.end(), trigger.group()
    )


_SEIZING = re.compile(r"\b(?:seized|seizing|confiscated|confiscating|recovered|recovering)\b", re.I)


def _arrests_with_seizure(typing: Typing, text: str) -> Typing:
    """ "police arrested seven men in a safe house and seized assault rifles": arrests, the
    seizure their by-product (a seizure alone stays disrupted weapons use)."""
    if typing.key != "DISR_WEAP":
        return typing
    if not re.match(r"(?:seized|confiscated|recovered|found)\b", typing.trigger, re.I) and (
        # "arrested three suspects ... and recovered hand grenades and detonators": the
        # seizure told by its own verb, whatever word the trigger fell on
        not _SEIZING.search(text) or _DEFUSED.search(text)
    ):
        return typing
    arrest = _ARRESTED.search(text)
    if arrest is None:
        return typing
    return _retyped("ARREST", typing.score, arrest)


# "police arrested 14 people on Friday after several hundred worshippers marched out of
# Al-Azhar Mosque": arrests at the crowd's own march, the protest met by the police
_AFTER_CROWD = re.compile(
    r"\s*(?:(?:on|late|early)\s+(?:on\s+)?\w+\s+)?(?:shortly\s+|soon\s+|moments\s+|just\s+)?"
    r"after\s+(?:[\w-]+\s+){0,4}?(?:protesters|demonstrators|worshippers|marchers|crowds?|"
    r"residents|youths|students|supporters|activists)\s+(?:had\s+)?(?:marched|rallied|gathered|"
    r"protested|demonstrated|took\s+to\s+the\s+streets)\b",
    re.I,
)
_HELD_WHOM = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:people|protesters|demonstrators|men|"
    r"women|youths|students|worshippers|activists|others)\b",
    re.I,
)


def _arrests_at_a_crowd(typing: Typing, text: str) -> Typing:
    """Arrests made as a march or rally is broken up are the protest's intervention."""
    if typing.key != "ARREST":
        return typing
    held = _HELD_WHOM.match(text, typing.trigger_end)
    if held is None or _AFTER_CROWD.match(text, held.end()) is None:
        return typing
    event_type, sub, plover = CATEGORIES["PROTEST_WITH_INTER"]
    return Typing("PROTEST_WITH_INTER", event_type, sub, plover, typing.score,
                  typing.trigger_start, typing.trigger_end, typing.trigger)  # fmt: skip


_DEFUSED = re.compile(
    r"\b(?:defused|defusing|dismantled|deactivated|disarmed|made safe|controlled (?:explosion|"
    r"detonation|manner)|bomb disposal|detected and destroyed|"
    # "gendarmerie teams found a hand-made explosive device buried under the asphalt"
    r"(?:found|discovered|detected|uncovered) (?:a |an |the |two |several )?(?:[\w-]+ ){0,4}?"
    r"(?:explosive devices?|ieds?|bombs?|landmines?))\b",
    re.I,
)


def _defused(typing: Typing, text: str) -> Typing:
    """ "explosives experts detected and destroyed in a controlled manner an improvised
    explosive device": a bomb that never went off is disrupted weapons use."""
    if typing.key not in ("REM_EXPLOS", "EXPLOSION") or _KILLED.search(text):
        return typing
    cue = _DEFUSED.search(text)
    if cue is None:
        return typing
    return _retyped("DISR_WEAP", typing.score, cue)


_THWARTED_ATTACK = re.compile(
    r"\b(?:thwart(?:ed|s)?|foil(?:ed|s)?|repel(?:led|s)?|repuls(?:ed|es))\s+(?:on\s+\w+\s+)?"
    r"(?:an?|the|two|several)\s+(?:[\w-]+\s+){0,3}?(?:attack|infiltration|assault|advance|"
    r"incursion|offensive)s?\b",
    re.I,
)


def _attack_repelled(typing: Typing | None, text: str) -> Typing | None:
    """ "Units of the National Army thwarted on Monday an infiltration attempt by the Houthi
    militia": an attack beaten back is a battle, not a disrupted weapon (nor nothing)."""
    if typing is not None and typing.key != "DISR_WEAP":
        return typing
    hit = _THWARTED_ATTACK.search(text)
    if hit is None:
        return typing
    return _retyped("ARMED_CLASH", typing.score if typing is not None else 2.0, hit)


def _same_item(following: list[Sentence]) -> list[Sentence]:
    """The sentences of ``following`` that continue the current item: a list bullet or a
    numbered entry ("* Clashes near Wanlaweyn", "2. WANLAWEYN - ...") starts another."""
    out = []
    for nxt in following:
        if LIST_ITEM.match(nxt.text):
            break
        out.append(nxt)
    return out


_KIND_CLAIMED = {
    "Explosions/Remote violence": re.compile(
        r"\s*(?:\w+\s+)?(?:bombing|blast|explosion|bomb|attack|strike|shelling)\b", re.I
    ),
    "Battles": re.compile(r"\s*(?:\w+\s+)?(?:attack|assault|raid|ambush|offensive)\b", re.I),
    "Violence against civilians": re.compile(
        r"\s*(?:\w+\s+)?(?:attack|killing|killings|massacre|abduction|kidnapping|raid)\b", re.I
    ),
}


def _claims_this_kind(text: str, at: int, m: Mention) -> bool:
    """Whether a claim ("claimed responsibility for the bombing") names m's kind of act."""
    kind = _KIND_CLAIMED.get(m.event_type)
    return kind is not None and kind.match(text, at) is not None


def _another_day(t: Timex, m: Mention) -> bool:
    """Whether a time expression tells a day other than the mention's."""
    if t.type not in ("DATE", "TIME") or not t.date_start:
        return False
    if t.type == "TIME" and not HAS_DAY.search(t.text):
        return False  # "shortly after midday": an hour, no day of its own
    if m.date_start is None:
        return True
    first, last = t.date_start[:10], (t.date_end or t.date_start)[:10]
    return last < m.date_start[:10] or first > (m.date_end or m.date_start)[:10]


def _named_later(m: Mention, following: list[Sentence], scan: _Scan) -> None:
    """An agent left unnamed ("jihadists stormed an army camp") that the next sentences
    name: "JNIM claimed the burning", "Fighters of the Group to Support Islam and Muslims
    (JNIM) arrived on motorcycles ...". Only a named armed group that claims the act, or
    one that opens the next sentence as its subject, and only before a new day is told."""
    if m.actor1 is not None and m.actor1 not in _UNNAMED_GROUPS:
        return
    if m.event_type not in (*_VIOLENT_TYPES, "Strategic developments"):
        return
    article = scan.article
    retold = 0
    for k, nxt in enumerate(following):
        if k == retold and _THE_EVENT_OPENER.match(nxt.text):
            # "The attack took place on Tuesday on the national road near Diema": the same
            # incident told again, its day its own
            retold += 1
        elif any(nxt.start <= t.start < nxt.end and _another_day(t, m) for t in scan.times):
            # (a duration, "at midday" or the incident's own day is no new day)
            return
        groups = [
            h
            for h in _actor_hits(nxt.text, scan.acronyms)
            if h.entry.type in _NON_STATE
            and h.entry.name not in _UNNAMED_GROUPS
            and h.entry.name != m.actor2
        ]
        if not groups:
            continue
        claim = _CLAIMED_IT.search(nxt.text)
        if k >= 4 and (claim is None or not _claims_this_kind(nxt.text, claim.end(), m)):
            continue  # further on, only a claim of this kind of act ("for the bombing")
        blame = _ATTRIBUTED.search(nxt.text)
        if claim is not None:
            claimants = [h for h in groups if h.end <= claim.start()]
            who = claimants[-1] if claimants else None
        elif blame is not None and (named := [h for h in groups if h.start >= blame.end()]):
            # "Officials attributed the attack to Islamic State cells", "District police
            # blamed the TTP": the group the authorities name.
            who = named[0]
        else:
            first = groups[0]
            named_as = _IDENTIFIED_AS.search(nxt.text[: first.start])
            opens = _GROUP_OPENS.match(nxt.text[: first.start]) or named_as
            # (who the perpetrators were, said outright, a sentence or two on: "The victim
            # ... was ambushed by three men. Police said the suspects were members of an NPA
            # 'sparrow' unit")
            # ("The KIA says the shell was fired by the military": a speaker, not the agent)
            who = (
                first
                if opens is not None
                and (k <= retold or (named_as and k <= 2))
                and not is_speaker(nxt.text, first)
                else None
            )
        if who is not None:
            _set_actor(m, "actor1", who, article, nxt)
            return


# The next sentence opens on a named group as its subject: "Fighters of the Group to Support
# Islam and Muslims (JNIM) arrived", "Hundreds of fighters from the Al-Qaeda-linked JNIM".
_GROUP_OPENS = re.compile(
    r"\W*(?:(?:hundreds|dozens|scores|a\s+group|a\s+band|a\s+column|\d+|[a-z]+\s+hundred)\s+"
    r"of\s+)?(?:(?:the\s+)?(?:fighters|members|militants|elements|gunmen|insurgents|"
    r"combatants|jihadists)\s+(?:of|from|belonging\s+to|loyal\s+to)\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)


# "The attackers, presented by the same sources as fighters of the JNIM, struck ...",
# "gunmen whom residents identified as members of Gran Grif"
_IDENTIFIED_AS = re.compile(
    r"\b(?:attackers|assailants|gunmen|militants|fighters|raiders|armed men)\b[^.;]{0,40}?"
    r"\b(?:identified|described|presented|named|believed to be)\b[^.;]{0,40}?\b(?:as\s+)?"
    r"(?:(?:fighters|members|militants|elements)\s+(?:of|from)\s+)?(?:the\s+)?$|"
    # "Police said the perpetrators were NPA members", "the suspects were members of an NPA
    # 'sparrow' unit"
    r"\b(?:perpetrators|suspects|attackers|assailants|gunmen|killers|shooters|culprits|"
    r"arsonists)\s+(?:were|was|are|had\s+been)\s+(?:(?:suspected|believed|thought)\s+to\s+be\s+)?"
    r"(?:(?:fighters|members|militants|elements|operatives)\s+(?:of|from)\s+)?(?:an?\s+|the\s+)?$",
    re.I,
)


def _casualty_finder() -> CasualtyFinder | None:
    """The casualty stage's function when it is installed (it is written separately)."""
    try:
        from wiretally.extract.casualties import find_casualties
    except ImportError:
        return None
    return find_casualties


def _shift_year(day: str | None, years: int) -> str | None:
    if day is None:
        return None
    try:
        d = date.fromisoformat(day[:10])
        return d.replace(year=d.year + years).isoformat()
    except ValueError:
        return day


def _statement_date(stated: list[Timex], s: Sentence) -> Timex | None:
    """The day a sentence's statement was made ("..., the army said on Friday")."""
    days = [t for t in stated if s.start <= t.start < s.end and (t.precision or 3) <= 1]
    return days[-1] if days else None


def _shift_days(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return day


_AFTER_ANOTHER = re.compile(
    r"(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening|night)", re.I
)


def _after_report(timex: Timex, article: Article) -> bool:
    age = _days_before(article.published, date_of(timex)[0])
    return age is not None and age < 0


def _not_after(
    start: str | None, end: str | None, timex: Timex, article: Article
) -> tuple[str | None, str | None]:
    """A reported event cannot postdate its report: "on Oct. 7" in an August article is
    last October. Only a yearless expression is moved, and only by one year."""
    if re.search(r"\b\d{4}\b", timex.text):
        return start, end
    age = _days_before(article.published, start)
    if age is not None and age < -1:
        return _shift_year(start, -1), _shift_year(end, -1)
    return start, end


def _long_before(timex: Timex | None, article: Article) -> bool:
    """Whether a time expression dates an event long before the report: over 300 days, or
    a month named with its year over 30 days before ("in March 2025" in a May 2026 report)."""
    if timex is None:
        return False
    age = _days_before(article.published, date_of(timex)[1])
    if age is None:
        return False
    return age > 300 or (age > 30 and re.search(r"\b(?:19|20)\d\d\b", timex.text) is not None)


def _days_before(published: str | None, day: str | None) -> int | None:
    if not published or not day:
        return None
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    except ValueError:
        return None


_PERIOD_SUMMARY = re.compile(
    r"\b(?:an?|another)\s+(?:(?:tense|quiet|quieter|violent|deadly|bloody|heavy|busy|calm|"
    r"calmer|difficult|turbulent|relatively\s+\w+)\s+)?(?:week(?:end)?|day|month|fortnight|"
    r"(?:24|48|72)\s+hours)\b(?:\s+than\s+(?:the\s+)?(?:last|previous)\s+\w+)?"
    r"(?:,\s*with|\s+marked\s+by|:)\s",
    re.I,
)


_CAUSED_PROTEST = re.compile(
    r"\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:triggered|sparked|prompted|called|"
    r"organi[sz]ed|convened|led|provoked|fuelled|fueled)\s+(?:by|after|over)\b",
    re.I,
)
_KIN_GATHERED = re.compile(
    r"\b(?:relatives|families|family\s+members|parents|mourners|kin)\b[^.;]{0,40}$", re.I
)
_PROTEST_CUE = re.compile(
    r"\b(?:protest\w*|demand\w*|chant\w*|slogans?|banners?|placards?|demonstrat\w*|"
    r"march\w*|block\w*|sit-in|rall\w+|justice|denounc\w*|condemn\w*)\b",
    re.I,
)


_THROWN = re.compile(
    r"\b(?:thr[eo]w|throwing|hurl\w*|pelt\w*|lobb\w*|flung|fling\w*|toss\w*)\b", re.I
)


def _is_specific(
    s: Sentence,
    typing: Typing,
    has_time: bool,
    has_place: bool,
    named_victim: bool,
    now: bool = False,
    live: bool = False,
    past: bool = False,
) -> bool:
    """Whether the trigger reports one incident rather than a count, trend or campaign.

    ``past``: the sentence dates it long before the report ("the January 2023 suicide
    bombing at a mosque in Peshawar"): a background event named by its date is one incident
    (coded as historical), not a reference to an incident the report tells."""
    trig = typing.trigger.lower()
    before = s.text[: typing.trigger_start]
    # (one past incident named by its date, not "the most coordinated attacks ... in the
    # post-2003 period")
    past = past and not trig.endswith("s")
    if _CAMPAIGN.match(trig) and not (has_time and has_place):
        return False
    if _BARE_MEANS.match(trig) and not (
        now
        or _HARM_VERB.search(s.text)
        or re.search(r"\battack(?:ed|ing)\b", s.text, re.I)
        # "officers were pelted with petrol bombs": means thrown at someone are used
        or _THROWN.search(s.text)
    ):
        return False  # "moved warships, fighter jets", "an arsenal of rockets": no attack
    if _CAUSED_PROTEST.match(s.text, typing.trigger_end) and re.search(
        r"(?:^|[.!?]\s+)(?:The|This|That|Their)\s+$", before
    ):
        # "The protest was triggered by the killing of a bus driver last Thursday": the
        # protest told above, and the day and place of its cause
        return False
    if (
        _KIN_GATHERED.search(before[-60:])
        and re.match(r"gather", trig)
        and not _PROTEST_CUE.search(s.text)
    ):
        # "Relatives gathered outside the gates said they heard explosions": kin waiting
        # for news, no protest
        return False
    indefinite = re.search(r"\b(?:an?|one)\s+$", before) is not None
    if (
        not indefinite
        and not past
        and _DEFINITE_REF.search(before[-40:])
        and _BACKGROUND_CUE.search(_DEFINITE_REF.sub("", before[-70:]) + " ")
        # "following the attack on a passenger train near Mindouli on Wednesday 30
        # September": told here with its own day and place
        and not (
            has_place and _DAY_AND_DATE.search(s.text, typing.trigger_end, typing.trigger_end + 70)
        )
    ):
        # "in retaliation for the October 7 attack": a known event, named ("following the
        # aftermath of a shooting" is not one)
        return False
    if (
        not past
        and _DEFINITE_REF.search(before[-40:])
        and re.match(r"(?:attacks?|strikes?|blast|explosion|incursion|bombing|fighting)$", trig)
        and not _HARM_VERB.search(s.text)
        # "The attack perpetrated on Sunday 15 March by ...": dated where it is told
        and not _WEEKDAY_OR_DAY.search(s.text, typing.trigger_end, typing.trigger_end + 70)
    ):
        return False  # "the October 7 attack": a reference to a known event
    if (
        typing.key == "GRENADE"
        and _FOUND_ON.search(s.text)
        and not _KILLED.search(s.text)
        and not re.search(r"\b(?:thrown|threw|hurled|lobbed|exploded|blast)\b", s.text, re.I)
    ):
        return False  # "two pistols and a grenade were found on them": a seizure, no attack
    if (
        trig.endswith("s")
        and re.search(r"\b(?:hundreds|thousands|scores|dozens)\s+of\s+$", before)
        and re.search(r"\b(?:since|over the past|in recent)\b", s.text[typing.trigger_end :])
    ):
        return False  # "hundreds of strikes on Syrian military sites since the fall ...": a tally
    if _REACTION_TO.search(before[-60:]):
        return False  # "the UN chief said he was 'deeply alarmed' by the renewed fighting"
    if (
        _VICTIMS_OF.search(before[-50:])
        and (
            _INCIDENT_NOUN.fullmatch(trig)
            # ("burying the victims of a drone strike on their market"; "the victims of last
            # Tuesday's suicide bombing ..., in which at least eight people were killed" may be
            # its only telling)
            or (
                _INCIDENT_NOUN.fullmatch(trig.split()[-1] if trig else "") is not None
                and re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", before[-20:]) is not None
            )
        )
    ):
        return False  # "Families of the victims of Tuesday's attack were burying their dead"
    if _IT_WAS_A.match(before):
        return False  # '"It was a cowardly attack against the men who patrol these streets"'
    if trig.endswith("s") and _SPELL_OF.search(before[-40:]):
        return False  # "residents described a week of raids and shootings": a spell
    if _REMEMBERED.search(before[-90:]):
        return False  # "the women also remembered the villagers killed in the drone attacks"
    if _INQUIRY_INTO.search(before[-80:]):
        return False  # "a magisterial inquiry had been ordered into the Koutruk attack"
    if _NONE_SEEN.search(before[-60:]):
        return False  # "has not seen a major attack since 2021": no incident
    if _HABITUAL.search(s.text):
        return False  # "Every week there is a new raid, a new funeral": a habit
    if _IN_RANGE.match(s.text, typing.trigger_end):
        return False  # "puts El Obeid within artillery range": a reach, not a shelling
    if _SUMMARY_LINE.match(s.text):
        return False  # "Summary: Six security incidents documented ...": told item by item
    if _TOLD_BEFORE.search(s.text):
        return False  # "Update on the 3R attack ... reported in yesterday's brief": told before
    if _IN_DAYS_EVENT.search(before[-40:]):
        return False  # "27 people were injured in Wednesday's clashes": told before
    if _DAYS_EVENT_IN_WHICH.search(before[-120:]):
        return False  # "Tuesday's fighting in Alamata, in which ... were killed": told before
    if typing.key == "GRENADE" and re.search(
        r"\b(?:stun|flash|sound|smoke|tear[- ]gas|rubber)[- ]?(?:bang\s+)?grenades?\b", s.text, re.I
    ):
        return False  # "hit in the leg by a stun grenade": crowd control, told with its riot
    if typing.key == "GOV_REGAINS_TERIT" and _INDOORS.match(s.text, typing.trigger_end):
        return False  # "riot units regained control of the cellblock": the riot's end
    if re.match(r"(?:hanged|executed|put to death)$", trig) and _JUDICIAL.search(s.text):
        return False  # "hanged in Zahedan Central Prison after being convicted": a sentence
    if trig.endswith("s") and _TREND_AFTER.match(s.text, typing.trigger_end):
        return False  # "as cross-border attacks on Belgorod intensified this week": a trend
    if _PAST_MANY.search(before[-30:]) and trig.endswith("s"):
        return False  # "accused over past attacks on the field": earlier ones, in general
    # ("since October 2017, when militants attacked police stations": that first attack)
    since_when = past and _WHEN_AFTER.search(before) is not None
    # ("the FARDC and the UPDF, who have been conducting joint operations since 2021, said
    # their aircraft had bombed ADF camps": the count is the relative clause's, not theirs)
    # ("have been held at the Amura military headquarters since Tuesday": the day the
    # detention began, no count)
    held_since = typing.key == "ARREST" and _SINCE_DAY.search(s.text) is not None
    if (
        _SINCE_DATE.search(_RELATIVE_AFTER_COMMA.sub("", before))
        and not named_victim
        and not since_when
        and not held_since
    ):
        return False  # "since Oct. 17 ... a spike in attacks": a running count
    if _ORDINAL.search(before[-40:]) and (
        _SINCE_DATE.search(s.text) or _THIS_PERIOD.search(s.text, typing.trigger_end)
    ):
        # "the 31st junta airstrike in Sagaing since 1 April", "It is at least the fourth
        # lynching of its kind in the city this year": a count
        return False
    if (
        (nth := _IS_NTH.search(s.text, typing.trigger_end)) is not None
        and _SINCE_DATE.search(s.text)
        and not _KILLED.search(s.text, 0, nth.start())
    ):
        return False  # "Tuesday's raid was the fifth ADF incursion since January": a count
    if _TOLL_AGAIN.search(s.text) or _KILLED_SINCE.search(s.text):
        return False  # a toll told again, a running count
    if _TOLL_UPDATE.search(s.text) and not _WEEKDAY_OR_DAY.search(s.text):
        return False  # "the death toll had since risen to 11": an earlier event's update
    if _NO_DETAILS_OF.search(before[-60:]):
        return False  # "though it gave no details of the latest attacks"
    if _DIED_OF_EARLIER.search(s.text):
        return False  # "Two of the soldiers wounded in Monday's attack died in hospital"
    if _MODIFIES_PERSON.match(s.text, typing.trigger_end):
        return False  # "a local vigilante leader ... said", "protest organisers": people
    if _REPORTED_ON.search(before[-50:]):
        return False  # "reporting on a blast": the report, not a second blast
    if _HABITUAL_BEFORE.search(before[-40:]) and not _ONE_OF_HABIT.search(before[-40:]):
        # "Weekly protests after Friday prayers have continued": a habit (not "gathered
        # ... for the weekly rally called by the Houthis", one of them)
        return False
    if typing.key == "DISR_WEAP" and _CLAIMED_ATTACK.search(s.text):
        # "ISWAP claimed the attack ..., saying its fighters had killed 'dozens of apostate
        # soldiers' and seized weapons": the spoils of the attack claimed, no seizure
        return False
    if typing.key == "ARREST" and _NO_ARREST_YET.search(before[-60:]):
        return False  # "a reward for information leading to the arrest of those behind ..."
    if typing.key == "ABDUCT_DISSAP" and (
        _RESCUE.search(before[-60:])
        or (
            not re.search(r"\b(?:were|was|been|being|is|are)\s+$", before)
            and _RELEASED_AFTER.match(s.text, typing.trigger_end)
        )
    ):
        return False  # "troops rescued 14 kidnapped schoolchildren": a rescue
    if typing.event_type == "Protests" and _AHEAD_OF.search(before[-40:]):
        return False  # "arrested 45 supporters ahead of the general strike": not yet held
    before = _WEEKDAY_OR_DAY.sub(lambda m: "_" * len(m.group(0)), before)
    single = (
        bool(_SINGLE.search(before[-40:]))
        # "guerrillas killed a peasant", "shelled a school": one victim, one incident
        or (typing.key in VIOLENT and bool(_ONE_OBJECT.match(s.text, typing.trigger_end)))
        # "The shooting on Thursday evening began ... after a dispute": the sentence's
        # subject, one incident told by its day
        or (
            (the := _THE_INCIDENT_ON.match(s.text)) is not None
            and _WEEKDAY_OR_DAY.match(s.text, the.end()) is not None
        )
    )
    plural_generic = (
        bool(_PLURAL_COUNT.search(before[-40:]))
        and not single
        # "at least 15 people were detained": the count is of the people an arrest names
        # ("132 people were killed yesterday" stays a day's toll)
        and not (
            typing.key == "ARREST"
            and re.search(r"\b(?:were|was|have been|had been)\s+(?:\w+ly\s+)?$", before)
        )
        # "By Thursday afternoon, hundreds of residents gathered ...": a crowd's size
        and not (typing.event_type == "Protests" and _CROWD_COUNT.search(before[-60:]))
    )
    # ("... approaches to Kutum, which the RSF has held since 2023": the town's, not a count)
    unqualified = _RELATIVE_AFTER_COMMA.sub("", s.text)
    if (
        plural_generic
        and not since_when
        and (_SINCE_DATE.search(unqualified) or _CUMULATIVE.search(s.text))
    ):
        return False  # "61 attacks ... since Oct. 17", "By Tuesday, 13 attacks had ..."
    if (
        plural_generic
        and (n := _NUMBERED.search(before[-40:])) is not None
        and (
            _TALLY_VERB.search(before[-60:])
            or (_TALLY_WINDOW.search(s.text) and not _FEW.match(n.group(0)))
        )
    ):
        return False  # "recorded 27 attacks between May 2 and June 9": a tally
    if _PERIOD_TOLL.search(s.text) and not _WEEKDAY_OR_DAY.search(s.text):
        # "over 3,000 people were killed in the first six months of this year alone": a
        # period's toll, no incident
        return False
    day_cue = (
        has_time
        or any(
            not REPORTING_DATE.search(s.text[max(0, d.start() - 50) : d.start()])
            # ("at least 17 people killed since 2 November": a count's start, no incident's day)
            and not re.search(r"\bsince\s+(?:the\s+)?$", s.text[max(0, d.start() - 12) : d.start()])
            for d in _WEEKDAY_OR_DAY.finditer(s.text)
        )
    )
    if named_victim or ((now or live) and has_place):
        return True  # "Warplanes bomb Idlib"; a live blog's entry tells the day's news
    if plural_generic and not (day_cue and has_place):
        return False
    return (
        (day_cue and (has_place or single))
        or (single and has_place)
        or (day_cue and bool(_VICTIMS.search(s.text)))
    )


_SINCE_DAY = re.compile(
    r"\bsince\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday)\b",
    re.I,
)
_REACTION_TO = re.compile(
    r"\b(?:alarmed|concerned|worried|dismayed|saddened|appalled|troubled)[\"”']?\s+"
    r"(?:by|at|over|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)

_VICTIMS_OF = re.compile(
    r"\b(?:victims|families|relatives|funerals?|burials?|survivors|mourners)\s+of\s+"
    r"(?:the\s+|last\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+|week['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_INCIDENT_NOUN = re.compile(
    r"(?:attacks?|shootings?|bombings?|blasts?|explosions?|massacres?|ambush(?:es)?|raids?|"
    r"killings?|clash(?:es)?|strikes?|violence)",
    re.I,
)
_IT_WAS_A = re.compile(
    r"\W*(?:it|this|that)\s+(?:was|is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.I
)
_SPELL_OF = re.compile(
    r"\b(?:an?\s+(?:week|month|year|fortnight|night|day)|(?:days|weeks|months|years|nights))"
    r"\s+of\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "remembered the villagers killed in the drone attacks on Koutruk in March": the dead of
# an earlier incident honoured, no new one
_REMEMBERED = re.compile(
    r"\b(?:remembered|commemorated|mourned|honou?red|paid\s+tribute\s+to|prayed\s+for)\s+"
    r"(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?:killed|who\s+died|slain|lost)\s+(?:in|by|during)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$|"
    # "a funeral for the slain policemen was held in Zahedan on Thursday": the mourning
    r"\b(?:funerals?|burials?|wakes?|memorial\s+services?|vigils?)\s+(?:for|of)\s+"
    r"(?:the\s+|those\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "an inquiry had been ordered into the Koutruk attack": an incident told before, named
_INQUIRY_INTO = re.compile(
    r"\b(?:inquiry|enquiry|investigation|probe)\s+(?:(?:has|had|have)\s+been\s+|was\s+)?"
    r"(?:\w+\s+)?into\s+the\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def _accused(text: str, hits: list[ActorHit]) -> ActorHit | None:
    """Whom a blame sentence accuses ("accused Israel of killing X")."""
    for h in hits:
        if re.search(
            r"\b(?:accused|accuses|blamed|blames)\s+(?:the\s+)?$",
            text[max(0, h.start - 20) : h.start],
            re.I,
        ):
            return h
    return None


def _refine_roles(
    m: Mention,
    key: str,
    hits: list[ActorHit],
    roles: Roles,
    s: Sentence,
    article: Article,
    previous: list[Mention],
) -> None:
    """Role fixes that need the event type or the article's earlier mentions."""
    prov = m.provenance
    if key == "DISR_WEAP" and roles.actor1 is not None:
        # "A U.S. destroyer shot down missiles fired by the Houthis": the interceptor acts,
        # the launcher is the other side.
        subject = next((h for h in hits if h.end <= roles.actor1.start), None)
        if subject is not None and subject.entry is not roles.actor1.entry:
            m.actor2, m.actor2_type = roles.actor1.entry.name, roles.actor1.entry.type
            prov["actor2"] = prov["actor1"]
            _set_actor(m, "actor1", subject, article, s)
    # A government named as the agent of violence stands for its forces when they are named.
    if m.actor1_type == "government":
        force = next(
            (
                h
                for h in hits
                if h.entry.type == "state force"
                and h.entry.country == _country_of(m.actor1)
                and h.entry.name != m.actor2
            ),
            None,
        )
        if force is not None:
            _set_actor(m, "actor1", force, article, s)
        elif m.event_type in ("Battles", "Explosions/Remote violence"):
            # "Israel said its jets struck ...": a state strikes through its military.
            own = force_of(_country_of(m.actor1))
            if own is not None and own.name != m.actor2:
                m.actor1, m.actor1_type = own.name, own.type
    # A named person killed is the target when no other target was found.
    if m.actor2 is None:
        t0 = m.provenance["event_type"].start - s.start
        persons = [h for h in hits if h.entry.type == "person" and h.entry.name != m.actor1]
        person = min(persons, key=lambda h: abs(h.start - t0)) if persons else None
        if person is not None:
            _set_actor(m, "actor2", person, article, s)
    # Violence against civilians targets a country's people, not its government.
    if m.event_type == "Violence against civilians" and m.actor2_type == "government":
        m.actor2, m.actor2_type = people_of("Civilians", _country_of(m.actor2)), "civilians"
    # An agent left unnamed ("fighter jets dropped bombs") continues the previous mention's.
    if m.actor1 is None and previous:
        last = previous[-1]
        if (
            last.article_id == m.article_id
            and s.index - last.sentence <= 2
            and last.event_type == m.event_type
            and last.actor1 is not None
            # an air force's strike leaves no agent to the suicide bombing or the roadside
            # bomb told next, and no drone strike to "a landmine of unknown origin"
            and not (
                m.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED")
                and (last.actor1_type == "state force" or last.sub_event_type != m.sub_event_type)
            )
            # nor past a brief's next item ("* Tanguieta (Atacora), 10 April - ...")
            and not any(
                LIST_ITEM.match(line) for line in article.text[last.end : s.start].split("\n")[1:]
            )
            # nor where the sentence names its own armed men ("Armed Dodoth warriors struck a
            # kraal"), whom the communal pass names
            and not any(g["arm"] or g["name"] or g["sus"] for g in _ETHNIC_ARMED.finditer(s.text))
        ):
            m.actor1, m.actor1_type = last.actor1, last.actor1_type
            if "actor1" in last.provenance:
                prov["actor1"] = last.provenance["actor1"]


_ARMED = frozenset({"state force", "militia", "rebel group", "unidentified armed group"})
_WITHDREW = re.compile(
    r"(?:\s+(?:troops|soldiers|forces|units|garrison|fighters))?\s+(?:had\s+)?(?:withdrew|"
    r"withdrawn|pulled out|retreated|fled|abandoned)\b",
    re.I,
)
_CROWD_AGENT = re.compile(
    r"\b(?:a|the|an angry)\s+(?:crowd|mob|group)\s+of\s+(?:\w+\s+){0,3}?"
    r"(?:young men|youths|residents|villagers|people|men)\b(?:\s+\w+){0,3}\s*$|"
    r"\b(?:a|the|an angry)\s+(?:crowd|mob)\b(?:\s+\w+){0,3}\s*$|"
    # "a crowd at the town market in Lalaua beat two traders to death"
    r"\b(?:a|the|an angry)\s+(?:crowd|mob)\s+(?:at|in|near|outside)\s+(?:[\w'’-]+\s+){1,6}?$",
    re.I,
)
# "Tuesday's fighting in Alamata between forces loyal to the TPLF and the Tigray Peace Force
# killed at least seven people": the fight killed them.
_CIVILIAN_THING = re.compile(
    r"\b(?:passenger (?:car|bus|vehicle|train)|civilian (?:car|vehicle|bus)|minibus|"
    r"tractor|residential (?:building|block|area|neighbou?rhood|district|quarter)s?|"
    r"apartment (?:building|block)s?|"
    r"(?:private )?homes?|(?<!safe )houses?|(?<!-)market|school|hospital|mosque|church|bakery|"
    # "Military jets bombed a village", "an anti-ship missile at a Liberian-flagged bulk
    # carrier", "a roadside bomb struck a fuel truck"
    r"shop|(?<!near the )(?<!near a )(?<!outside the )(?<!close to the )(?:villages?|hamlets?)|"
    r"(?:farm|fuel|water|food) (?:truck|lorry|tanker)|bulk carrier|"
    r"merchant (?:ship|vessel)|cargo (?:ship|vessel)|fishing boats?|(?:displacement|idp) camp)\b",
    re.I,
)
_FIGHT_BETWEEN = re.compile(
    r"\b(?:fighting|clashes|battles?|gunfights?|firefights?)\b[^.;]{0,60}?\bbetween\b", re.I
)
_ASSAULT_WORD = re.compile(
    r"^(?:attacks?|attacked|assaults?|assaulted|stormed|storms?|counter[- ]?attacks?|"
    r"incursions?|"
    r"opened fire|open fire|opens fire|fired (?:up)?on|ambush(?:ed|es)?|raided)$",
    re.I,
)


_FIGHTING = frozenset(
    {"ARMED_CLASH", "REM_EXPLOS", "SUIC_BOMB", "GOV_REGAINS_TERIT", "AIR_STRIKE", "ART_MISS_ATTACK"}
)
_SECURITY_FORCES = re.compile(r"(?:the\s+)?security\s+forces", re.I)


def _other_side(m: Mention, s: Sentence, hits: list[ActorHit], article: Article) -> None:
    """A clash has two sides: "Houthi fighters attacked government positions ..., and three
    soldiers were killed in the ensuing clashes" fought the government's forces, named
    away from the trigger. The first other armed side of the sentence that is not its
    source ("a military official said"). Rival factions of one group ("armed followers of
    two rival commanders of the MILF fought") are that group on both sides."""
    if _RIVALS_OF.search(s.text):
        own = next((h for h in hits if h.entry.name == m.actor1), None)
        if own is not None:
            _set_actor(m, "actor2", own, article, s)
            return
    for h in hits:
        if (
            h.entry.name != m.actor1
            and h.entry.type in _ARMED
            and not is_speaker(s.text, h)
            and not (h.adjective and _NOT_A_SIDE.match(s.text, h.end))
        ):
            _set_actor(m, "actor2", h, article, s)
            return


_RIVALS_OF = re.compile(
    r"\b(?:two\s+)?(?:rival|feuding)\s+(?:commanders|factions|wings|units|leaders|camps)\s+"
    r"(?:of|within)\s+(?:the\s+)?",
    re.I,
)


# A demonym before words that name no fighters: "a military official", "Kyrgyz territory".
_NOT_A_SIDE = re.compile(
    r"\s+(?:official|officials|source|sources|spokes\w+|statement|ministry|media|outlets?|"
    r"territory|side|border|authorities|government|state|television|tv|news|agency|court|"
    r"leaders?|commanders?|analysts?|experts?)\b",
    re.I,
)


# "an explosive device dropped from a quadcopter", "launched from a drone": a drone's strike
_FROM_DRONE = re.compile(
    r"\b(?:dropped|launched|released|fired)\s+(?:by|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:drones?|quadcopters?|uavs?|unmanned\s+aerial\s+vehicles?)\b|"
    # "drones fitted with homemade explosive charges hit the perimeter of the base"
    r"\b(?:drones?|quadcopters?)\s+(?:fitted|loaded|armed|rigged|laden)\s+with\s+"
    r"(?:[\w-]+\s+){0,3}?(?:explosives?|charges?|bombs?|grenades?)\b",
    re.I,
)


def _dropped_by_drone(m: Mention, s: Sentence) -> None:
    """A bomb a drone dropped is an air/drone strike in ACLED's coding, not an IED."""
    if (
        m.sub_event_type in ("Remote explosive/landmine/IED", "Grenade")
        or (m.event_type == "Explosions/Remote violence" and m.sub_event_type is None)
    ) and _FROM_DRONE.search(s.text):
        m.event_type, m.sub_event_type = "Explosions/Remote violence", "Air/drone strike"


_BRAWL = re.compile(r"\b(?:clash\w*|fought|fighting|battles?|brawl\w*|between)\b", re.I)
_TWO_CROWDS = re.compile(
    r"\b(?:activists|supporters|cadres|workers|groups|communities|factions)\b", re.I
)


def _party_brawl(m: Mention, s: Sentence) -> None:
    """Party supporters who brawl are rioters, as ACLED codes them, the party associated:
    "supporters of the BNP and Jamaat-e-Islami fought pitched battles with sticks" is
    Rioters against Rioters."""
    if m.sub_event_type != "Mob violence":
        return
    rioters = people_of("Rioters", m.country)  # (bare "Rioters" where no country is read yet)
    for role in ("actor1", "actor2"):
        if getattr(m, role + "_type") == "political party":
            name = getattr(m, role)
            if name and name not in m.assoc_actors:
                m.assoc_actors.append(name)
            setattr(m, role, rioters)
            setattr(m, role + "_type", "rioters")
    if (
        (m.actor1 or "").startswith("Rioters")
        and (m.actor2 is None or m.actor2_type in ("civilians", "protesters"))
        and _BRAWL.search(s.text)
        and (m.assoc_actors or _TWO_CROWDS.search(s.text))
    ):
        m.actor2, m.actor2_type = rioters, "rioters"  # the other side's crowd


# Unarmed people who fight: "young men clashed with security forces", "residents of two
# neighbouring villages fought with machetes", "a crowd stormed a polling centre".
_CROWD_SUBJECT = re.compile(
    r"\b(?:young\s+men|youths|residents|villagers|(?:a|an\s+angry|the)\s+crowd|crowds|"
    r"(?:a|an\s+angry|the)\s+mob|mobs|protesters|demonstrators)\b",
    re.I,
)
_ARMED_PEOPLE = re.compile(
    r"\b(?:gunmen|militants|armed\s+(?:men|group|gang)|fighters|bandits|rebels|insurgents|"
    r"jihadists|militia\w*|soldiers\s+and|gangs?)\b",
    re.I,
)
_FORCES_WORD = re.compile(r"\b(?:security\s+forces|soldiers|troops)\b", re.I)


# "a mob beat to death a young man", "a crowd beat and then burned a man": one person set upon
_MOB_VICTIM = re.compile(
    r"\b(?:an?|the|two|three|four|five)\s+(?:young\s+|elderly\s+|suspected\s+|local\s+)?"
    r"(?:m[ae]n|wom[ae]n|youths?|boys?|girls?|teenagers?|persons?|people|suspects?|thie(?:f|ves)|"
    r"herders?|traders?|drivers?|villagers?|residents?)\b",
    re.I,
)


# "a roadside bomb exploded as a military truck passed": the truck's force was hit
_FORCE_PASSING = re.compile(
    r"\b(?:exploded|went\s+off|detonated|blew\s+up)\s+(?:as|when|while|under|beneath)\s+"
    r"(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<who>military|army|police|soldiers['’]?|"
    r"troops['’]?)\s+(?:[\w-]+\s+)?(?:trucks?|vehicles?|convoys?|patrols?|pickups?|cars?|"
    r"jeeps?|vans?)\b",
    re.I,
)


def _force_passing(m: Mention, s: Sentence, article: Article) -> None:
    """An explosion under a passing force's vehicle hit that force (the host's army or
    police), when no target is named otherwise."""
    if m.event_type != "Explosions/Remote violence" or m.actor2 is not None:
        return
    hit = _FORCE_PASSING.search(s.text)
    if hit is None or not m.country:
        return
    said = _evidence(article, s, s.start + hit.start("who"), s.start + hit.end("who"))
    if hit.group("who").lower() == "police":
        m.actor2, m.actor2_type = police_of(m.country), "state force"
    else:
        force = force_of(m.country)
        if force is None:
            return
        m.actor2, m.actor2_type = force.name, "state force"
    m.provenance["actor2"] = said


def _neutralised_by_state(m: Mention, s: Sentence, article: Article) -> None:
    """Fighters "neutralised" with no one named to do it were killed by the country's forces:
    the word is an army's ("about fifteen terrorists were neutralised")."""
    if (
        m.actor1 is not None
        or m.actor2_type not in _NON_STATE
        or not m.country
        or not (m.trigger or "").lower().startswith("neutrali")
    ):
        return
    force = force_of(m.country)
    said = m.provenance.get("event_type")
    if force is None or said is None:
        return
    m.actor1, m.actor1_type = force.name, force.type
    m.provenance["actor1"] = said


def _mob_on_person(m: Mention, s: Sentence, article: Article) -> None:
    """A mob that sets upon a person: the crowd are ACLED's Rioters and the person one of
    the country's civilians ("In Geidam, a mob on Thursday beat to death a young man")."""
    if m.sub_event_type != "Mob violence":
        return
    if m.actor1 is None or m.actor1_type == "protesters":
        m.actor1, m.actor1_type = people_of("Rioters", m.country), "rioters"
    said = m.provenance.get("event_type")
    if m.actor2 is not None or said is None:
        return
    victim = _MOB_VICTIM.search(s.text, said.end - s.start)
    if victim is not None and victim.start() - (said.end - s.start) < 60:
        _civilians_hit(m, _evidence(article, s, s.start + victim.start(), s.start + victim.end()))


def _crowd_fight(m: Mention, s: Sentence) -> None:
    """A "clash" of unarmed people is a riot: with the police or troops, a violent
    demonstration; between crowds or villages, mob violence (ACLED's Rioters)."""
    if m.sub_event_type != "Armed clash" or m.historical:
        return
    if m.actor1 is not None and m.actor1 not in _UNNAMED_GROUPS:
        return
    said = m.provenance.get("event_type")
    t0 = said.start - s.start if said is not None else len(s.text)
    crowd = _CROWD_SUBJECT.search(s.text, max(0, t0 - 80), t0)
    if crowd is None or _ARMED_PEOPLE.search(s.text):
        return
    rioters = people_of("Rioters", m.country)
    m.event_type, m.plover = "Riots", "PROTEST"
    m.actor1, m.actor1_type = rioters, "rioters"
    if POLICE_WORD.search(s.text, crowd.end()) or _FORCES_WORD.search(s.text, crowd.end()):
        m.sub_event_type = "Violent demonstration"
        if m.actor2 in _UNNAMED_GROUPS:
            m.actor2 = m.actor2_type = None
    else:
        m.sub_event_type = "Mob violence"
        if m.actor2 is None or m.actor2 in _UNNAMED_GROUPS:
            m.actor2, m.actor2_type = rioters, "rioters"


def _groups_fought(m: Mention, s: Sentence) -> None:
    """ "Members of the Clan del Golfo and a FARC dissident structure clashed": two armed
    groups' members who fight fight a battle, not a brawl (a mob is unarmed people)."""
    if m.sub_event_type != "Mob violence" or not _BRAWL.search(s.text):
        return
    if m.actor1_type in ("rebel group", "militia") and m.actor2_type in ("rebel group", "militia"):
        m.event_type, m.sub_event_type, m.plover = "Battles", "Armed clash", "FIGHT"


def _armed_on_armed(m: Mention, typing: Typing, s: Sentence) -> None:
    """An attack by one armed group on another is a battle in ACLED, not violence against
    civilians: "SDF carry out an attack at the walls of Raqqa", "militants stormed an army
    post", "gunmen killed two guards". Only an assault word, or a killing whose victims are
    armed, is re-read, and only with no civilian in sight."""
    if m.event_type != "Violence against civilians":
        return
    fight = _FIGHT_BETWEEN.search(s.text, 0, typing.trigger_start)
    if not (_ASSAULT_WORD.match(typing.trigger) or soldiers_killed(s.text) or fight):
        return
    armed = [t for t in (m.actor1_type, m.actor2_type) if t is not None]
    if not armed or any(t not in _ARMED for t in armed) or m.actor2_type == "civilians":
        return
    # "attacked a joint position of troops ..., leaving at least seven people dead": a
    # toll's "people" names no civilian target.
    victims = [v.group() for v in _VICTIMS.finditer(s.text)]
    civilians = [c.group().lower() for c in CIVILIAN.finditer(s.text)]
    if fight:
        # (a fight's toll of "people" names its dead, not its target)
        civilians = [c for c in civilians if c not in ("people", "persons")]
    if any(v.lower() not in ("people", "persons") for v in victims) or civilians:
        return
    if victims and m.actor2_type not in _ARMED:
        return
    m.event_type, m.sub_event_type, m.plover = "Battles", "Armed clash", "FIGHT"


_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:has|had|have|also|then|again|reportedly|allegedly|overnight)\s+)*"
    r"(?:[a-z]+ed|launch(?:es)?|fires|strikes|shells|bombs|hits|attacks|targets|pounds|"
    r"carried out|carries out|struck|hit|sent|shot|fought|beat|drove|threw|took|"
    r"keeps?|kept|continues?)\b"
)


def _country_subject(
    m: Mention, s: Sentence, places: list[Place], t0: int, article: Article
) -> None:
    """A country that is the subject of a violent verb is its military: "Russia launched
    drones at Kyiv", "Turkey shelled Kurdish positions near Kobani". The place stage reads
    the name as a place; here it is the one who acted."""
    if m.event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return
    for p in places:
        at = p.start - s.start
        if not (0 <= at < t0) or (p.feature or "") != "country":
            continue
        head = s.text[:at].rstrip()
        if head.strip(" \"'") and not head.endswith((",", ";", ":")):
            continue  # not at the head of its clause
        if not _SUBJECT_VERB.match(s.text, p.end - s.start):
            continue
        force = force_of(p.country)
        if force is not None and force.name != m.actor2:
            m.actor1, m.actor1_type = force.name, force.type
            m.provenance["actor1"] = _evidence(article, s, p.start, p.end)
        return


_VERB_FIRST = re.compile(
    r"(?:\w+ly\s+)?(?:[a-z]+ed|(?:renew|continue|launch|carry out|carrie|target|shell|bomb|"
    r"kill|attack|storm|seize|capture|advance|execute|abduct|kidnap|fire|open fire|pound|hit|"
    r"strike|wound|injure|destroy|burn|raid|detonate|clash|fight|besiege|ambush|bombard|"
    r"take|drop)(?:s|es|d)?)\b"
)


def _shared_subject(m: Mention, s: Sentence, mentions: list[Mention]) -> None:
    """actor1 of a clause that opens on its verb ("Regime forces shell Idlib and renew
    clashes in Hama"): the subject of the sentence's clause before it."""
    if not _VERB_FIRST.match(s.text):
        return
    before = next(
        (p for p in reversed(mentions) if p.sentence == s.index and p.start < s.start), None
    )
    if before is None or before.actor1 is None:
        return
    m.actor1, m.actor1_type = before.actor1, before.actor1_type
    if "actor1" in before.provenance:
        m.provenance["actor1"] = before.provenance["actor1"]


def _country_of(name: str | None) -> str | None:
    entry = actor_table().get(name) if name else None
    return entry.country if entry else None


def _force_country(name: str | None) -> str | None:
    """The country of a state force, by the table or by its ACLED name."""
    if name is None:
        return None
    named = acled_force(name)
    return named[1] if named else _country_of(name)


_SEIZED_PEOPLE = re.compile(
    r"\s+(?:(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|dozens\s+of)"
    r"\s+)?(?:[\w-]+\s+)?(?:men|women|people|persons|civilians|villagers|traders|farmers|"
    r"children|boys|girls|passengers|hostages|herders|students|teachers|workers|man|woman|"
    r"fishermen|fishers|miners|drivers|pupils|schoolchildren|travell?ers|motorists|"
    r"worshipp?ers|pilgrims|engineers|nurses|doctors|journalists)\b",
    re.I,
)
_SEIZED_GOODS = re.compile(
    r"(?:\s+(?:an?|the|some|large|\d+|quantit(?:y|ies)|amounts?|of|their|its|several|"
    r"stocks?|caches?|boxes|crates|rounds)\b)*\s*"
    r"\b(?:phones?|cash|money|weapons|arms|rifles|guns|pistols|ammunition|drugs|cocaine|"
    r"documents|vehicles|motorbikes|explosives|detonators|equipment|laptops|goods|cargo)\b",
    re.I,
)


_ARMED_BLOCKERS = re.compile(
    r"\b(?:gunmen|militants|fighters|insurgents|rebels|bandits|terrorists|armed men|"
    r"jihadists|attackers|assailants)\s+(?:\w+\s+){0,2}$",
    re.I,
)


_NAMED_BEFORE = re.compile(r"\b(?:the|this|that|its|their|these|those)\s+$", re.I)


def _type_sentence(text: str) -> Typing | None:
    t = classify(text)
    if (
        t is not None
        and (before := LATER_EVENT.search(text)) is not None
        and t.trigger_start >= before.start()
        # (set off by a comma: "The latest jump in attacks began 10 days after Hamas' Oct. 7
        # incursion" dates a running count, no act of its own)
        and (
            before.group().startswith(",")
            # (", barely five days after a crowd ... beat to death two traders")
            or re.search(r",\s+(?:[\w-]+\s+){0,2}$", text[: before.start() + 1]) is not None
        )
    ):
        # "Several hundred residents marched to the governor's office on Monday ..., a day
        # after gunmen abducted a cattle trader": the main clause's act is the news, the
        # clause after it the earlier incident it answers
        own = classify(text[: before.start()])
        # (not "The abduction came days after a drone struck ...": the main clause names an
        # incident told before; the clause after it is new)
        if own is not None and not _NAMED_BEFORE.search(text, 0, own.trigger_start):
            t = own
    if t is not None and (later := LATER_EVENT.search(text, t.trigger_end)) is not None:
        # "Soldiers carried out a raid in Eha-Amufu on Sunday, apparently in reprisal for the
        # killing of a soldier": the raid is typed by what it did, not by the event it answers
        own = classify(text[: later.start()])
        if own is not None and own.trigger_start == t.trigger_start:
            t = own
    if (
        t is not None
        and t.event_type == "Protests"
        and _AHEAD_OF.search(text[: t.trigger_start][-40:])
    ):
        # "arrested 45 supporters ahead of the general strike": the strike is not yet
        # held; type the sentence by what else it reports.
        t = _without_trigger(text, t)
    if (
        t is not None
        and t.key == "ORG_CRIME"
        and {"ATTACK", "ARREST", "ARMED_CLASH"} & set(scores(text))
    ):
        # "Cartel gunmen kill eight in a bar", "police arrested 11 people suspected of
        # collecting extortion payments for the Islamic State", "clashed with a gang of
        # smugglers": the killing, the arrest or the clash is
        # the event (ACLED codes gang and cartel violence); read it without the crime words
        # ("the Anti-Narcotics Department arrested seven suspects ... drugs smuggled").
        first, masked = t, text
        for _ in range(8):  # (each pass blanks one crime word)
            if t is None or t.key != "ORG_CRIME":
                break
            masked = _masked(masked, t)
            t = classify(masked)
        t = t or first
    if (
        t is not None
        and t.key == "NON_STATE_ACTOR_OVERTAKES_TER"
        and t.trigger.lower() in ("seized", "seize", "seizes", "seizing")
        and (whom := _SEIZED_PEOPLE.match(text, t.trigger_end)) is not None
    ):
        # "a crowd at the town market seized two men ... and beat them to death", "gunmen
        # seized five women from a minibus": people taken, no town
        # (the verb stays the trigger: the words before it name who seized them)
        other = _without_trigger(text, t)
        taken = re.compile(r"\S+").match(text, t.trigger_start)
        t = other if other is not None else _retyped("ABDUCT_DISSAP", t.score, taken or whom)
    if (
        t is not None
        and t.key == "NON_STATE_ACTOR_OVERTAKES_TER"
        and (
            (t.trigger.lower() == "seized" and _SEIZED_GOODS.search(text))
            # "his forces had captured a quantity of ammunition before withdrawing"
            or (
                t.trigger.lower() in ("captured", "seized", "captures", "seizes")
                and _SEIZED_GOODS.match(text, t.trigger_end)
            )
        )
    ):
        t = _without_trigger(text, t)  # "mobile phones and cash were seized": goods
    if (
        t is not None
        and t.key == "AGREEMENT"
        and (
            re.search(r"\b(?:who|which)\s+(?:had\s+|has\s+)?$", text[: t.trigger_start])
            # "agreed to a temporary separation of herds, but no formal agreement has been
            # signed": talks, no accord
            or _NO_ACCORD.search(text)
        )
    ):
        # "a former FARC fighter who signed the peace accord was shot dead": who he was
        t = _without_trigger(text, t) or t
    if t is not None and _CAMPAIGN.match(t.trigger):
        # "launched its offensive ... after fighters attacked": the war word names the
        # campaign; type the sentence by what else it reports. A fight word with nothing
        # else ("the army fought RSF fighters at Babanusa on Tuesday") stays, for
        # _is_specific to keep only when it has its own day and place.
        other = _without_trigger(text, t)
        acled = other is not None and other.event_type is not None
        # ("officers of the police, supported by the Gang Suppression Force, fought gang
        # members": what else it says is no ACLED event, so the fight stands.)
        # "killed when fighting between two clans broke out": that fight is the event.
        # ("two people were killed when armed followers of two rival commanders fought
        # over a disputed piece of land": the fight that killed them)
        one_fight = _FIGHT_WORD.match(t.trigger) and (
            _ONE_FIGHT.match(text, t.trigger_end) or _KILLED_WHEN.search(text, 0, t.trigger_start)
        )
        # ("Members of a local militia fought a group of armed men ... on Tuesday, barely five
        # days after a crowd beat to death two traders": the other act is an earlier one)
        earlier = (
            other is not None
            and (le := LATER_EVENT.search(text, t.trigger_end)) is not None
            and le.start() < other.trigger_start
        )
        t = (
            other
            if ((acled and not one_fight) or not _FIGHT_WORD.match(t.trigger)) and not earlier
            else t
        )
    if (
        t is not None
        and t.key == "PEACE_PROTEST"
        and t.trigger.lower().startswith("blocked")
        and _ARMED_BLOCKERS.search(text[max(0, t.trigger_start - 40) : t.trigger_start])
    ):
        # "Gunmen blocked the N-25 highway ... and shot dead four men": a roadblock by armed
        # men is their attack's means, no protest
        t = _without_trigger(text, t)
    if t is not None and t.key == "MAN_MADE_DISASTER" and _CAUSED_BY_BLAST.search(text):
        # "A freight train derailed after an explosion damaged the track": the blast.
        t = _without_trigger(text, t) or t
    if (
        t is not None
        and t.key not in VIOLENT
        and (main := _main_clause(text, _CAUSE.search(text, 0, t.trigger_start))) is not None
    ):
        # "Clashes broke out ... after the SDF detained a local man": the main clause tells
        # the event; the "after" clause, what set it off.
        t = main
    if (
        t is not None
        and t.key in VIOLENT
        and (main := _main_clause(text, _LATER_CAUSE.search(text, 0, t.trigger_start))) is not None
    ):
        # "Police fired tear gas to disperse youths who set a patrol van ablaze ..., a day
        # after a motorcyclist was shot dead at a checkpoint": the killing set it off.
        t = main
    if (
        t is not None
        and t.event_type == "Protests"
        and (main := _main_clause(text, _CAUSE.search(text, t.trigger_end))) is not None
        and main.event_type != "Protests"
    ):
        # "police detained 41 people in dawn raids ..., a day after officers fired tear gas
        # at crowds": the crowd is the "after" clause's; the main clause tells the event.
        t = main
    if t is None or t.event_type is None:
        return None
    if t.key == "DISR_WEAP" and (given := scores(text).get("CHANGE_TO_GROUP_ACT")) is not None:
        score, a, b = given
        if text[a:b].lower().endswith("surrendered") and not _SEIZING.search(text):
            # "seven NPA members surrendered to the 94th IB, bringing with them four
            # firearms": the fighters leave their group; their guns come with them
            t = Typing("CHANGE_TO_GROUP_ACT", *CATEGORIES["CHANGE_TO_GROUP_ACT"], score, a, b,
                       text[a:b])  # fmt: skip
    if t.key in VIOLENT or t.key in _REPORTED_KEYS:
        return t
    if (
        t.key == "AGREEMENT"
        and _SIGNED_ACCORD.search(text)
        # ("clans who have fought near Wabag since 2022 signed ...": who they are)
        and not _A_YEAR.search(_RELATIVE_AFTER_COMMA.sub("", text))
    ):
        # an accord signed (on a day, not "in 2025"): a development of its own, not talk
        return t
    if t.key == "CHANGE_TO_GROUP_ACT" and t.trigger.lower().endswith("surrendered"):
        return t  # a group's fighters leave it
    return None


def _main_clause(text: str, cause: re.Match[str] | None) -> Typing | None:
    """The typing of what comes before a cause clause ("..., after ..."), when it tells an
    incident of its own."""
    if cause is None:
        return None
    main = classify(text[: cause.start()])
    if main is None or main.event_type is None:
        return None
    return main if main.key in VIOLENT or main.key in _REPORTED_KEYS else None


_CAUSED_BY_BLAST = re.compile(
    r"\b(?:after|when|as)\s+(?:an?\s+)?(?!gas\b|boiler\b)(?:[\w-]+\s+)?(?:explosion|blast|"
    r"explosive device|bomb)\b|\bsabotage\b",
    re.I,
)
_LATER_CAUSE = re.compile(
    r",\s+(?:a\s+day|two\s+days|days|hours|a\s+week|weeks|shortly)\s+after\s+"
    # "marched ... demanding that water be restored a year after the army retook the area"
    r"|\s+(?:a|one|two|three|several|\d+)\s+(?:months?|years?)\s+after\s+",
    re.I,
)
_CAUSE = re.compile(r"\s+(?:after|following|because|as a result of)\s+", re.I)


def _masked(text: str, t: Typing) -> str:
    """``text`` with ``t``'s trigger blanked out (offsets unchanged)."""
    return text[: t.trigger_start] + " " * (t.trigger_end - t.trigger_start) + text[t.trigger_end :]


def _without_trigger(text: str, t: Typing) -> Typing | None:
    """The sentence typed again with ``t``'s trigger blanked out (offsets unchanged)."""
    return classify(_masked(text, t))


# Besides violence: stopped attacks, demonstrations, and the strategic developments that
# are incidents of their own (arrests, looting and destruction, territory handed over, a
# base set up). Agreements, announcements and "other" are left to the reader: in news they
# are mostly talk about events, not events.
# A pact signed, not one talked of: "the two clans signed a peace covenant on Saturday",
# "signed on Monday a non-aggression pact", "a local agreement had been signed in Debark".
_SIGNED_ACCORD = re.compile(
    # (a pact named in quotes: 'signed a "non-aggression and peaceful coexistence" pact')
    r"\b(?<!to )(?:signed|sealed|inked)\s+(?:\w+\s+){0,5}?(?:an?\s+|the\s+)?"
    r"(?:[\"“]?[\w-]+[\"”]?\s+){0,4}?[\"“]?"
    r"(?:pact|agreement|accord|truce|ceasefire|cease-fire|peace\s+deal|covenant|"
    r"memorandum)\b|"
    # "met the sub-prefect on 15 March and agreed to a local truce"
    r"\bagreed\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|"
    r"cease-fire|pact|peace\s+deal)\b|"
    r"\b(?:pact|agreement|accord|truce|ceasefire|cease-fire|covenant)\s+(?:had\s+been|has\s+been|"
    r"was)\s+signed\b",
    re.I,
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REPORTED_KEYS = frozenset(
    {
        "DISR_WEAP",
        "PEACE_PROTEST",
        "PROTEST_WITH_INTER",
        "FORCE_AGAINST_PROTEST",
        "ARREST",
        "PROPERTY_DISTRUCT",
        "NON_VIOL_TERRIT_TRANSFER",
        "HQ_ESTABLISHED",
    }
)


# Where one clause of a sentence ends and the next begins: "..., and", "while", ";".
_LOCATIVE = re.compile(
    r"\b(?:in|at|on|near|into|across|outside|around|of|from|over|towards?)\s+(?:the\s+)?$", re.I
)
_PLACE_PAIR = re.compile(
    r"\b(?:between|(?:border|borders|frontier|tri-border area|junction|triangle)\s+"
    r"(?:with|of)|linking|connecting)\s+(?:the\s+)?[^,;]{1,40}$",
    re.I,
)
_PARTICIPLE = re.compile(r"(?:also\s+)?(?-i:[a-z]+ing)\b(?!\s+(?:of|to|at|on|in)\b)")
_PARTICIPLE_BEFORE = re.compile(r",\s+(?-i:[a-z]+ing)\s")
_CLAUSE_JOIN = re.compile(r"\s*,?\s+(?:and|while|whereas)\s+|\s*;\s+|\s*,\s+as\s+", re.I)
# The same, less a plain "and" between two nouns ("with sticks and brickbats in the city's
# Zindabazar area": one clause): a bare "and" joins clauses before a determiner or a verb.
_PLACE_CLAUSE_JOIN = re.compile(
    r"\s*,\s+(?:and|while|whereas)\s+|\s+(?:while|whereas)\s+|\s*;\s+|\s*,\s+as\s+|"
    r"\s+and\s+(?=(?:the|a|an|then|later|police|troops|soldiers|\w+ed)\b)",
    re.I,
)


# "... captured by the RSF in June 2024 and retaken by the army": the second hand-over.
_TAKEN_BACK = re.compile(
    r"(?<=\w)\s*,?\s+(?:and|but|before\s+being|only\s+to\s+be)\s+(?:was\s+|were\s+)?"
    r"(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
    r"(?=(?:re-?captured|retaken|retook|regained|recovered|liberated|won\s+back)\s+by\b)",
    re.I,
)


_TOLL_THEN_CAUSE = re.compile(
    r"[^.;]{0,60}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\s+"
    r"(?:[^.;]{0,30}?\s+)?when\b",
    re.I,
)
_TOLL_ONLY = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\s*$", re.I)


_FORCE_OF_PLACE = re.compile(
    r"\s+(?:police|policem[ae]n|officers?|army|military|armed forces|forces|troops|soldiers?|"
    r"security forces|government|authorities|officials?|border guards?)\b",
    re.I,
)


# ", where 19 landless workers were killed by Military Police officers on 17 April 1996"
_WHERE_YEARS_AGO = re.compile(r",\s+where\s+(?=[^.;]*?\b(?:19\d\d|20[0-1]\d)\b)")


def event_clauses(s: Sentence, places: list[Place]) -> list[Sentence]:
    """The clauses of a sentence that reports incidents in several places, one each.

    "Warplanes bomb Idlib and clashes continue in the countryside of Hama" is two incidents
    (ACLED codes one event per place): a join splits the sentence when each side has a
    trigger of its own and a place of its own, and the places differ. "Shelling in Idlib and
    Hama" (one trigger) and "clashes between the army and rebels in Daraa" (one place) stay
    whole. Each clause keeps the sentence's index; its offsets are the clause's.
    """
    comes = _COMES_AS.match(s.text)
    if comes is not None and _CAME_AFTER.match(s.text) is None:
        # "The protest comes as the death toll from Monday's bombing rose to four",
        # "Tonight's rally comes a day after police arrested ...": the subject is the
        # incident told; only what the clause after tells may be news
        b = comes.end()
        if _type_sentence(s.text[b:]) is None:
            return []
        return [Sentence(s.index, s.start + b, s.end, s.text[b:])]
    after = _CAME_AFTER.match(s.text)
    if after is not None and _type_sentence(s.text[after.end() :]) is not None:
        # "The attack came a day after police in neighbouring Digboi arrested two men": the
        # subject points back at the incident told; the clause after "after" is another
        b = after.end()
        return [Sentence(s.index, s.start + b, s.end, s.text[b:])]
    where = _WHERE_YEARS_AGO.search(s.text)
    if (
        where is not None
        and _type_sentence(s.text[: where.start()]) is not None
        and _type_sentence(s.text[where.end() :]) is not None
    ):
        # "some 3,000 people blocked the BR-155 at the Curva do S, where 19 landless workers
        # were killed by police on 17 April 1996": the place's past is an incident of its own
        a, b = where.start(), where.end()
        return [
            Sentence(s.index, s.start, s.start + a, s.text[:a]),
            Sentence(s.index, s.start + b, s.end, s.text[b:]),
        ]
    back = _TAKEN_BACK.search(s.text)
    if back is not None and _type_sentence(s.text[: back.start()]) is not None:
        # "Singa was captured by the RSF in June 2024 and retaken by the army later that
        # year": the town changed hands twice, two incidents at one place
        a, b = back.start(), back.end()
        return [
            Sentence(s.index, s.start, s.start + a, s.text[:a]),
            Sentence(s.index, s.start + b, s.end, s.text[b:]),
        ]
    here = [
        p
        for p in places
        if s.start <= p.start < s.end
        and not is_origin(s.text, p.start - s.start)
        and not names_people(s.text, p, s.start)
        # ("fought a gun battle with Kosovo police": whose police, not a second scene)
        and not _FORCE_OF_PLACE.match(s.text, p.end - s.start)
    ]  # fmt: skip  ("shot dead four men from Punjab province": where the victims come from)
    if len({p.name for p in here}) < 2 or _SUMMARY_LINE.match(s.text):
        return [s]  # ("SUMMARY: fighting around Kutum; drones over Nyala": told item by item)
    text = s.text

    def reports(a: int, b: int) -> bool:
        part = text[a:b]
        if not scores(part):
            return False
        typed = _type_sentence(part)
        if typed is None:
            return False
        later = LATER_EVENT.search(part, 0, typed.trigger_start)
        if later is not None and not _type_sentence(part[: later.start()]):
            # "... with petrol bombs in Londonderry and Lurgan on Sunday night, a day after
            # rioting in north Belfast": the part's only trigger is an earlier incident's
            return False
        # A place counts as where when it follows the trigger or a preposition: "Russia
        # launched a missile and drone attack on Lviv" names Russia as the one who acted.
        return any(
            a <= (at := p.start - s.start) < b
            and (at - a >= typed.trigger_start or _LOCATIVE.search(text[max(a, at - 12) : at]))
            for p in here
        )

    def names(a: int, b: int) -> set[str | None]:
        return {p.name for p in here if a <= p.start - s.start < b}

    bounds: list[tuple[int, int]] = []
    start = 0
    for j in _CLAUSE_JOIN.finditer(text):
        if j.start() <= start:
            continue
        if _PLACE_PAIR.search(text[start : j.start()]):
            # "on the road between Gao and Ansongo", "near the border with Niger and Burkina
            # Faso": one place pair, not two clauses
            continue
        if _PARTICIPLE.match(text, j.end()) and _PARTICIPLE_BEFORE.search(text, start, j.start()):
            # "marched through Zakho, carrying pictures ... and chanting against Ankara": the
            # same crowd's doing, told by a participle, not a second incident
            continue
        if _TOLL_THEN_CAUSE.match(text, j.end()) and _TOLL_ONLY.search(text, start, j.start()):
            # "Rauf Aliyev was killed and his son was injured when their tractor struck an
            # anti-tank mine near Lachin": one toll, the cause told once for both
            continue
        if (
            reports(start, j.start())
            and reports(j.end(), len(text))
            and names(j.end(), len(text)) - names(start, j.start())
        ):
            bounds.append((start, j.start()))
            start = j.end()
    if not bounds:
        return [s]
    bounds.append((start, len(text)))
    return [Sentence(s.index, s.start + a, s.start + b, text[a:b]) for a, b in bounds]


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)")


def defined_acronyms(
    text: str, hits: list[ActorHit], country: str | None = None
) -> dict[str, ActorEntry]:
    """Acronyms an article defines for a known actor: "Somali National Army (SNA)" makes
    every later "SNA" of that article the Somali army, not the table's Syrian National
    Army. A name several rows share and the article leaves undefined is the row of the
    country the article is about (``country``, where most of its places are)."""
    out: dict[str, ActorEntry] = {}
    for h in hits:
        m = _ACRONYM_AFTER.match(text, h.end)
        if m is not None and m.group("acr") != h.text:
            out.setdefault(m.group("acr"), h.entry)
    for h in hits:
        local = actor_table().in_country(h.text, country)
        if local is not None:
            out.setdefault(h.text, local)
    return out


def _as_defined(h: ActorHit, acronyms: dict[str, ActorEntry]) -> ActorHit:
    entry = acronyms.get(h.text)
    if entry is None or entry is h.entry:
        return h
    return ActorHit(entry, h.start, h.end, h.text, h.adjective)


_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Rr]etired)\s*(?:[A-Z][\w-]*\s+){0,4}$")
_APPOINTED_AFTER = re.compile(r"-(?:appointed|installed)\b|\s+appointees?\b", re.I)


def _described(text: str, h: ActorHit) -> bool:
    """Whether the force names only what a civilian was or who appointed him: "a former
    Afghan National Army sergeant", "a junta-appointed ward administrator"."""
    return bool(
        _FORMER_BEFORE.search(text, max(0, h.start - 60), h.start)
        or _APPOINTED_AFTER.match(text, h.end)
    )


# "a Community Policing Unit (UPC)": the words before an acronym in brackets
_DEFINITION = re.compile(r"((?:[\w'’-]+\s+){1,8})\((?P<acr>[A-Z]{2,7})\)")
_CONTENT_WORD = re.compile(r"(?-i:[A-Z])[A-Za-z]{3,}")


def _defined_otherwise(text: str, h: ActorHit, acronyms: dict[str, ActorEntry]) -> bool:
    """Whether an acronym the table knows is defined in the article as something else: "a
    Community Policing Unit (UPC)" in Ecuador is no Central African rebel group. (A
    definition whose capitals spell the acronym, "Union pour la Paix en Centrafrique (UPC)",
    or that shares a word with the group's names, may be the group in any language.)"""
    if not h.text.isupper() or h.text in acronyms or f"({h.text})" not in text:
        return False
    known = {w.lower() for n in (h.entry.name, *h.entry.aliases) for w in _CONTENT_WORD.findall(n)}
    for d in _DEFINITION.finditer(text):
        if d.group("acr") != h.text:
            continue
        caps = [w for w in d.group(1).split() if w[:1].isupper()]
        spelt = "".join(w[0] for w in caps[-len(h.text) :]).upper() == h.text
        words = {w.lower() for w in _CONTENT_WORD.findall(d.group(1))}
        if caps and not spelt and not words & known:
            return True
    return False


def _actor_hits(
    text: str, acronyms: dict[str, ActorEntry], *, adjectives: bool = False
) -> list[ActorHit]:
    """The table's actors in ``text``, read as the article defines its acronyms, and the
    acronyms it defines that the table lacks: after "the so-called Arakan Army (AA)",
    "AA terrorists attacked a security outpost" names the Arakan Army."""
    hits = [_as_defined(h, acronyms) for h in actor_table().find(text, adjectives=adjectives)]
    hits = [h for h in hits if not _defined_otherwise(text, h, acronyms)]
    for acr, entry in acronyms.items():
        for m in re.finditer(rf"(?<!\()\b{re.escape(acr)}\b", text):  # (not the definition)
            if not any(h.start < m.end() and m.start() < h.end for h in hits):
                hits.append(ActorHit(entry, m.start(), m.end(), acr))
    return sorted(hits, key=lambda h: h.start)


def _outside_names(hits: list[ActorHit], places: list[Place], text: str) -> list[Place]:
    """Places that are not part of an armed group's name: "Islamic State West Africa
    Province fighters raided Malam Fatori" happened in Malam Fatori, not in West Africa;
    "Islamic Resistance in Iraq" names a group, not where it struck."""
    names = [(h.start, h.end, h.entry.type in _ARMED_GROUP_TYPES) for h in hits]
    # ('members of the extremist "Shene" group': a town's name that is all of an armed
    # group's alias is the group where a group word follows it; "in Rada'a city" is the town)
    return [
        p for p in places
        if not any(a <= p.start and p.end <= b
                   and (b - a > p.end - p.start
                        or (group and p.feature not in _WIDE
                            and _GROUP_WORD_AFTER.match(text, p.end) is not None))
                   for a, b, group in names)
    ]  # fmt: skip


_GROUP_WORD_AFTER = re.compile(
    r"[\"”’']?\s+(?:group|militia|movement|fighters|rebels|militants|members|elements)\b"
)


_ARMED_GROUP_TYPES = frozenset({"rebel group", "militia"})


def extract_mentions(
    article: Article,
    *,
    sentences: list[Sentence],
    places: list[Place],
    times: list[Timex],
    names: list[ActorHit] | None = None,
) -> list[Mention]:
    """Event mentions of one article, in sentence order (see the module docstring).

    ``names`` are the article's actor-table hits when the caller has read them already (the
    analysis reads them once, for the places stage too)."""
    text = article.text
    # "MACOMIA, Mozambique, Oct 16, 2025 (AFP) -": the dateline dates the report.
    datelines = [d for s in sentences if (d := dateline_span(text, s.start)) is not None]
    times_here = [
        t for t in times
        if not REPORTING_DATE.search(text[max(0, t.start - 50) : t.start])
        and not any(a <= t.start < b for a, b in datelines)
        # "protests known as the October 17 uprising": a name, not the protests' day
        and not _NAMED_BY_DAY.match(text, t.end)
    ]  # fmt: skip
    stated = [t for t in times if t not in times_here]
    if names is None:
        names = actor_table().find(text)  # the article's actor names, read once
    places = _outside_names(names, places, text)
    # ("Rio's Complexo da Penha": not the Penha of Santa Catarina)
    places = [p for p in places if not far_from_its_town(text, p, places)]
    host = _HostForce(names, places)
    scan = _Scan(
        article,
        places,
        times_here,
        article_context(article, sentences),
        host,
        stated,
        acronyms=defined_acronyms(text, names, host.country),
        live_from=live_entries_start(text),
        datelines=datelines,
        period=_period(article, times),
    )
    for i, whole in enumerate(sentences):
        if whole.index in scan.absorbed:
            continue
        if len(whole.text) > _MAX_SENTENCE:
            # A "sentence" this long is a splitter failure (a table, a list, junk): read its
            # start only, so that hostile input costs bounded time.
            whole = Sentence(
                whole.index, whole.start, whole.start + _MAX_SENTENCE, whole.text[:_MAX_SENTENCE]
            )
        for s in event_clauses(whole, places):
            # The neighbours of a clause are its sentence's neighbours.
            seq = sentences if s is sentences[i] else [*sentences[:i], s, *sentences[i + 1 :]]
            scan.mentions.extend(_clause_mentions(scan, seq, i, whole))
    _headline_place(scan, sentences)
    _launcher_of_downed(scan.mentions, names, sentences, article)
    _the_insurgents(scan.mentions, names, sentences, article)
    _the_air_power(scan.mentions)
    _hands_changed(scan.mentions)
    _retaken_from(scan.mentions, names, sentences, article)
    _struck_fighters(scan.mentions, names, sentences, article)
    _crowd_first(scan.mentions)
    scan.mentions[:] = _dispersal_of_riot(scan.mentions, sentences, article)
    scan.mentions[:] = _protest_met(scan.mentions, sentences, article)
    _toll_told_later(scan.mentions, sentences, article)
    _both_sides_dead(scan.mentions, sentences, article)
    scan.mentions[:] = _without_retold_highlights(scan.mentions, text)
    return scan.mentions


# A brief's block of highlights ("HIGHLIGHTS" over bullet lines, up to a blank line) and a
# live blog's recap ("To recap: ...", "Here is a summary of what happened: ..."): each line
# retells an item the report tells in full elsewhere.
_HIGHLIGHTS_BLOCK = re.compile(
    r"^[ \t]*(?:highlights|key points|key developments|at a glance|in brief|summary)[ \t]*:?"
    r"[ \t]*\n(?:[ \t]*\S[^\n]*\n?)+",
    re.I | re.M,
)
_RECAP = re.compile(r"\s*(?:to recap|in summary|recap|here is a summary of [^:]{0,40})\s*:", re.I)


def _without_retold_highlights(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less a highlight or recap line that retells an incident the report
    tells in full elsewhere (the same kind, at the same place): "- Landmine kills two
    children on the outskirts of Singa." over "In Sennar State, on 15 May, a landmine of
    unknown origin exploded ... on the outskirts of Singa"."""
    blocks = [(b.start(), b.end()) for b in _HIGHLIGHTS_BLOCK.finditer(text[:3000])]

    def summary(m: Mention) -> bool:
        # (a headline too: "Participants of an unsanctioned rally detained in Almaty")
        heading = m.start < 200 and len(m.text) <= 160 and text[m.end : m.end + 1] == "\n"
        return (
            any(a <= m.start < b for a, b in blocks)
            or _RECAP.match(m.text) is not None
            or (heading and not m.text.rstrip().endswith("."))
        )

    def told(m: Mention, other: Mention) -> bool:
        return (
            other is not m
            and not summary(other)
            and not other.historical
            and other.sub_event_type == m.sub_event_type
            and m.location is not None
            and other.location is not None
            and m.location.name == other.location.name
        )

    return [m for m in mentions if not (summary(m) and any(told(m, o) for o in mentions))]


_NONE_HURT = re.compile(
    r"^\W*(?:no\s+(?:casualties|deaths|fatalities|injuries|one)|nobody|none\s+of)\b", re.I
)


def _told_after(
    m: Mention, sentences: list[Sentence], article: Article, count: int
) -> list[Sentence]:
    """The ``count`` sentences after mention ``m``, up to the end of its paragraph: where a
    report tells more of the incident just told (its toll, its dispersal)."""
    out: list[Sentence] = []
    for x in [x for x in sentences if x.start >= m.end][:count]:
        if _PARAGRAPH.search(article.text, m.end, x.start):
            break
        out.append(x)
    return out


def _toll_told_later(mentions: list[Mention], sentences: list[Sentence], article: Article) -> None:
    """A toll told a sentence or two after the incident, in its paragraph, before anything
    else happens ("... mortar shells were fired at the army camp in Dori. Contacts attribute
    the fire to ISSP fighters. No casualties reported."); for a toll of some dead, only
    after a violent incident and past the very next sentence, which _told_next reads."""
    finder = _casualty_finder()
    if finder is None:
        return
    told = {m.sentence for m in mentions}
    for m in mentions:
        if m.fatalities is not None or m.historical:
            continue
        for k, x in enumerate(_told_after(m, sentences, article, 3)):
            if LIST_ITEM.match(x.text):
                break
            if x.index in told:
                break  # another incident told first: its toll, not this one's
            none = _NONE_HURT.match(x.text) is not None
            if not none and (k == 0 or m.event_type not in _VIOLENT_TYPES):
                continue  # (the very next sentence's toll is _told_next's to read)
            fat, _, spans = finder(x.text, offset=x.start)
            if fat is not None and "fatalities" in spans and (none or fat.value != 0):
                # "Fighting lasted around two hours ... Local sources report at least 11
                # VDP killed": the toll of the fight told just before
                _set_toll(m, fat, spans, article, x)
                break
            if none:
                break
        if m.fatalities is None and m.event_type in _VIOLENT_TYPES:
            _toll_of_the_operation(m, sentences, article, told, finder)


# A toll that names the incident it counts: "more than 40 Khawarij fighters were killed
# during the operation", "14 terrorists were neutralised in the course of the operation".
_DURING_IT = re.compile(
    r"\b(?:during|in|in\s+the\s+course\s+of|throughout)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:operation|fighting|clash(?:es)?|assault|offensive|battle|raid|attack|exchange\s+of\s+"
    r"fire|gunfight|firefight)\b",
    re.I,
)


_CLAIMED_TOLL = re.compile(r"\b(?:claim(?:s|ed)?|alleg\w+|rumou?rs?|hoax|denied|false)\b", re.I)
_AT_NAMED = re.compile(r"\s+(?:in|at|near|around)\s+(?:the\s+)?(?-i:([A-Z][\w-]+))")


def _toll_of_the_operation(
    m: Mention,
    sentences: list[Sentence],
    article: Article,
    told: set[int],
    finder: CasualtyFinder,
) -> None:
    """The toll a later paragraph gives for "the operation" told above, before any other
    incident is told (up to six sentences on)."""
    for x in sentences[m.sentence + 1 : m.sentence + 7]:
        if x.index in told or LIST_ITEM.match(x.text):
            return
        during = _DURING_IT.search(x.text)
        if during is None:
            continue
        if _CLAIMED_TOLL.search(x.text):
            return  # "claims ... that its members had killed two soldiers during the fighting"
        there = _AT_NAMED.match(x.text, during.end())
        if there is not None and there.group(1) not in (
            m.location.name or "" if m.location else ""
        ):
            return  # "... during the fighting in Kago": another place's fight
        fat, _, spans = finder(x.text, offset=x.start)
        if fat is not None and "fatalities" in spans and fat.value != 0:
            _set_toll(m, fat, spans, article, x)
        return


def _set_toll(
    m: Mention, fat: Figure, spans: dict[str, tuple[int, int]], article: Article, x: Sentence
) -> None:
    """The mention's fatalities, read from sentence ``x`` at the finder's span."""
    m.fatalities = fat
    a, b = spans["fatalities"]
    m.provenance["fatalities"] = _evidence(article, x, a, b)


# Which side a toll counts: the state's ("two (2) martyrs", "three soldiers"), or the
# fighters it fought ("fourteen (14) assailants", "nine khwarij").
_OWN_DEAD = re.compile(
    r"^\W*(?:\(\d+\)\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers?|troops|martyrs?|servicem[ae]n|"
    r"personnel|policem[ae]n|police officers?|gendarmes?|guards?|rangers?)\b",
    re.I,
)
_ENEMY_DEAD = re.compile(
    r"^\W*(?:\(\d+\)\s+)?(?:[\w-]+\s+){0,2}?(?:militants?|terrorists?|assailants?|"
    r"attackers?|insurgents?|fighters?|khwarij|khawarij|bandits?|rebels?|gunmen|jihadists?|"
    r"militiamen)\b",
    re.I,
)


def _both_sides_dead(mentions: list[Mention], sentences: list[Sentence], article: Article) -> None:
    """A battle whose report gives each side's dead in turn ("the FAMa ... neutralise fourteen
    (14) assailants ... On the friendly side, the General Staff deplores two (2) martyrs")
    killed them all: ACLED's fatalities count both sides."""
    finder = _casualty_finder()
    if finder is None:
        return
    text = article.text
    told = {m.sentence for m in mentions}
    for m in mentions:
        fig = m.fatalities
        said = m.provenance.get("fatalities")
        if m.event_type != "Battles" or fig is None or said is None or fig.value is None:
            continue
        first = _side_of(text, said.end)
        if first is None:
            continue
        after = [x for x in sentences if x.start >= said.end][:2]
        for x in after:
            if x.index in told and x.index != m.sentence:
                break
            if _PARAGRAPH.search(text, said.end, x.start):
                break
            other, _, spans = finder(x.text, offset=x.start)
            if other is None or other.value is None or "fatalities" not in spans:
                continue
            a, b = spans["fatalities"]
            if a < said.end or _side_of(text, b) in (None, first):
                continue
            m.fatalities = Figure(value=fig.value + other.value, text=f"{fig.text} + {other.text}")
            m.provenance["fatalities"] = _evidence(article, x, a, b)
            break


def _side_of(text: str, end: int) -> str | None:
    """Whose dead a count just before ``end`` is: "own" (the state's), "enemy", or None."""
    after = text[end : end + 40]
    if _OWN_DEAD.match(after):
        return "own"
    if _ENEMY_DEAD.match(after):
        return "enemy"
    return None


_DISPERSED_THEM = re.compile(
    r"\b(?:to disperse|dispersed|broke up|to break up)\s+(?:the\s+)?(?:crowds?|them|"
    r"protesters|rioters|youths|demonstrators)\b",
    re.I,
)


def _police_met(m: Mention, article: Article, x: Sentence, cue: re.Match[str]) -> None:
    """The crowd's other side is the country's police, as ``cue`` in sentence ``x`` says."""
    m.actor2, m.actor2_type = police_of(m.country), "state force"
    m.provenance["actor2"] = _evidence(article, x, x.start + cue.start(), x.start + cue.end())


def _dispersal_of_riot(
    mentions: list[Mention], sentences: list[Sentence], article: Article
) -> list[Mention]:
    """A riot whose dispersal the report tells a sentence or two later ("... set fire to a
    generator room. The fire was put out ... Police fired tear gas to disperse the crowd in
    the early hours of Friday."): the police met the riot; the dispersal is no protest of
    its own."""
    dropped: set[str] = set()
    for k, m in enumerate(mentions):
        if m.sub_event_type != "Violent demonstration" or m.actor2 is not None:
            continue
        for n in mentions[k + 1 : k + 3]:
            if n.sentence - m.sentence > 2 or _PARAGRAPH.search(article.text, m.end, n.start):
                break
            if n.sub_event_type == "Protest with intervention" and _DISPERSED_THEM.search(n.text):
                m.actor2, m.actor2_type = n.actor2 or police_of(m.country), "state force"
                if (ev := n.provenance.get("actor2") or n.provenance.get("event_type")) is not None:
                    m.provenance["actor2"] = ev
                dropped.add(n.id)
                break
        if m.actor2 is not None:
            continue
        # ("... Several shops near the scene were looted. Police fired tear gas to disperse
        # them.": no incident of its own, told of the riot)
        for x in _told_after(m, sentences, article, 2):
            cue = _DISPERSED_THEM.search(x.text)
            if cue is not None and (POLICE_WORD.search(x.text) or _RIOT_FORCE.search(x.text)):
                _police_met(m, article, x, cue)
                break
            # ("Angry youths set fire to the gendarmerie post ... Two gendarmes were injured
            # by stones.": the rioters fought the police)
            if (hurt := _POLICE_HURT.search(x.text)) is not None:
                _police_met(m, article, x, hurt)
                break
    return [m for m in mentions if m.id not in dropped]


# Who else breaks up a riot for the state: "Units of the National Guard fired tear gas to
# disperse them" (Tunisia's), "security forces dispersed the crowd".
_RIOT_FORCE = re.compile(r"\b(?:security\s+forces|national\s+guard|anti-riot|riot\s+squad)\b", re.I)
_POLICE_HURT = re.compile(
    r"\b(?:(?:police(?:men)?|gendarmes?|officers)\s+(?:were|was)\s+(?:injured|wounded|hurt)|"
    r"(?:stoned|pelted|attacked|set\s+fire\s+to|torched|ransacked)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:police|gendarmerie)(?:\s+(?:station|post|vehicles?|cars?|officers|patrol))?)\b",
    re.I,
)


# What the police do to a crowd: "Police detained four women after about half an hour",
# "the police threw tear gas to break it up", "police moved in, pushed the protesters off".
_MET_CROWD = re.compile(
    r"\b(?:detained|arrested|fired\s+tear\s*gas|threw\s+tear\s*gas|used\s+tear\s*gas|"
    r"tear\s*gas\s+(?:was|were)\s+(?:fired|used)|water\s+cannons?|rubber\s+bullets|batons|"
    r"moved\s+in|pushed\s+(?:the\s+)?(?:protesters|demonstrators|crowd)|"
    r"to\s+(?:disperse|break\s+(?:it|them)\s+up)|broke\s+(?:it|them)\s+up|"
    r"were\s+delivered\s+to\s+the\s+(?:\w+\s+)?police)\b",
    re.I,
)


_NO_INTERVENTION = re.compile(
    r"\b(?:did\s+not|didn't|without\s+(?:police\s+)?(?:intervening|intervention|incident)|"
    r"no\s+arrests|peacefully)\b",
    re.I,
)
_THE_CROWD = re.compile(
    r"\b(?:them|it|the\s+(?:crowd|protesters|demonstrators|gathering|marchers|protest|rally|"
    r"march|sit-in|citizens|women|residents)|(?:of|among)\s+them)\b",
    re.I,
)


def _protest_met(
    mentions: list[Mention], sentences: list[Sentence], article: Article
) -> list[Mention]:
    """A peaceful protest the police met a sentence or three later, in its paragraph ("...
    gathered outside the Defence Ministry on Saturday ... Police detained four women after
    about half an hour"): a protest with intervention, the police its other side; arrests
    told there are that intervention, not an incident of their own."""
    dropped: set[str] = set()
    for m in mentions:
        if m.sub_event_type != "Peaceful protest" or m.historical or m.actor2 is not None:
            continue
        for x in _told_after(m, sentences, article, 3):
            if any(
                n.sentence == x.index
                and n.sub_event_type not in ("Arrests", "Protest with intervention")
                for n in mentions
            ):
                break  # another incident's report
            if _NO_INTERVENTION.search(x.text):
                break  # "Police officers filmed the participants but did not intervene"
            cue = _MET_CROWD.search(x.text)
            if cue is None or not POLICE_WORD.search(x.text) or not _THE_CROWD.search(x.text):
                continue
            m.sub_event_type, m.plover = "Protest with intervention", "PROTEST"
            _police_met(m, article, x, cue)
            for n in mentions:
                if (
                    n is not m
                    and n.sentence == x.index
                    and n.sub_event_type == "Protest with intervention"
                    and (n.date_start is None or n.date_start == m.date_start)
                ):
                    dropped.add(n.id)  # the same intervention, told as a protest again
            break
    return [m for m in mentions if m.id not in dropped]


def _crowd_first(mentions: list[Mention]) -> None:
    """A protest or a riot is the crowd's act, the police who meet it its other side ("Our
    reporter saw riot police chasing small groups of protesters into side streets")."""
    for m in mentions:
        if (
            m.event_type in ("Protests", "Riots")
            # (deadly force on a crowd is coded either way round; the force's own act)
            and m.sub_event_type != "Excessive force against protesters"
            and m.actor1_type == "state force"
            and (m.actor2 or "").startswith(("Protesters", "Rioters"))
        ):
            m.actor1, m.actor2 = m.actor2, m.actor1
            m.actor1_type, m.actor2_type = m.actor2_type, m.actor1_type
            one, two = m.provenance.pop("actor1", None), m.provenance.pop("actor2", None)
            if two is not None:
                m.provenance["actor1"] = two
            if one is not None:
                m.provenance["actor2"] = one
            if m.actor1 is not None and m.sub_event_type in (
                "Violent demonstration",
                "Mob violence",
            ):
                m.actor1 = m.actor1.replace("Protesters", "Rioters", 1)
        elif (
            m.sub_event_type == "Mob violence"
            and (m.actor1 or "").startswith("Rioters")
            and (m.actor2 or "").startswith("Protesters")
        ):
            # "was beaten and burned to death by a crowd": the crowd is the mob itself,
            # not its victim
            m.actor2 = m.actor2_type = None
            m.provenance.pop("actor2", None)


# The words for an insurgency's fighters left unnamed: "Islamist insurgents", "militants",
# "rebel fighters", "non-state armed groups (NSAG)". Not "terrorists": a state's word for
# whoever it fights.
_INSURGENT_WORDS = re.compile(
    r"insurgen|militant|jihadi|islamist|rebel|guerrill|separatist|\bNSAGs?\b|non-state armed|"
    r"extremist",
    re.I,
)


_EXTREMIST = re.compile(r"\bextremist", re.I)
_TERRORISTS = re.compile(r"\bterrorists?\b", re.I)


def _the_insurgents(
    mentions: list[Mention], names: list[ActorHit], sentences: list[Sentence], article: Article
) -> None:
    """Unnamed insurgents in a report that has named one insurgent group of the country
    before are that group's fighters ("Insurgents abducted seven civilians" after an item
    on Islamic State Mozambique). Two such groups, or none before, leave them unnamed."""
    for m in mentions:
        if m.historical or not m.country:
            continue
        for role in ("actor1", "actor2"):
            if getattr(m, role) not in _UNNAMED_GROUPS:
                continue
            said = m.provenance.get(role)
            if said is None:
                continue
            # "terrorists entered Meluco": where a country has one insurgency, its unnamed
            # fighters (a state's "terrorists" too) are that group, unless the report names
            # another armed group of the country
            known = sole_insurgency(m.country)
            insurgent = _INSURGENT_WORDS.search(said.text) is not None
            # (for "insurgents", a community militia that fights them, the Naparama, is no
            # rival; "terrorists" beside a named militia may be either)
            rivals = ("rebel group",) if insurgent else ("rebel group", "militia")
            if known is not None and any(
                n.entry.type in rivals
                and n.entry.country == m.country
                and n.entry.name != known.name
                for n in names
            ):
                known = None
            if not insurgent:
                if known is not None and _TERRORISTS.search(said.text):
                    setattr(m, role, known.name)
                    setattr(m, role + "_type", known.type)
                continue
            # (introduced before, as a reader meets it)
            # ("extremist elements": a state's word for the one militia or rebel group it
            # fights, Fano in Amhara)
            kinds = ("rebel group", "militia") if _EXTREMIST.search(said.text) else ("rebel group",)
            # (or in the same sentence: "three communist guerrillas were killed ... where the
            # New People's Army (NPA) insurgency has proved hard to stamp out")
            own = next((x for x in sentences if x.start <= said.start < x.end), None)
            h = _sole_group(names, m.country, kinds, before=own.end if own else said.start)
            if h is not None:
                _set_named_elsewhere(m, role, h, sentences, article)
            elif known is not None:
                setattr(m, role, known.name)
                setattr(m, role + "_type", known.type)


def _the_air_power(mentions: list[Mention]) -> None:
    """An air or drone strike no clause credits, in a report whose other strikes all come
    from one state's forces ("Russian glide bombs hit Zaporizhzhia ... A glide bomb struck
    Orikhiv"): that state's, the only air power the report shows. None when the strike hit
    that state's own forces or the report shows two."""
    air = "Air/drone strike"
    credited = {
        m.actor1 for m in mentions
        if m.sub_event_type == air and m.actor1 and m.actor1_type == "state force"
        and m.modality == "asserted"
    }  # fmt: skip
    if len(credited) != 1:
        return
    (force,) = credited
    source = next(m for m in mentions if m.sub_event_type == air and m.actor1 == force)
    for m in mentions:
        if (
            m.sub_event_type == air
            and m.actor1 is None
            and not m.historical
            and m.modality == "asserted"
            and m.actor2 != force
        ):
            m.actor1, m.actor1_type = force, "state force"
            if (ev := source.provenance.get("actor1")) is not None:
                m.provenance["actor1"] = ev


# The group of the people an arrest holds, named with them: "six suspected ARSA members",
# "BYC organiser Gulnaz Baloch", "two active cadres of the proscribed PREPAK (Pro)",
# "11 officials of the opposition party CHADEMA", "on suspicion of belonging to the Mai-Mai
# Apa Na Pale", "The opposition APC's youth leader".
_NAME = r"(?-i:[A-Z][\w-]*(?:[ -](?:[A-Z][\w-]*|Na|de|al))*(?:\s+\([A-Z][\w-]*\))?)"
# ("the 33rd Front", "3R": a numbered front, a name that opens with a figure)
_NAME_OR_UNIT = (
    r"(?-i:(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z0-9][\w-]*(?:[ -](?:[A-Z][\w-]*|Na|de|al))*)"
)
_ROLE = (
    r"(?:members?|cadres?|militants?|fighters?|activists?|supporters?|organi[sz]ers?|leaders?|"
    r"officials?|youth\s+leader|operatives?|commanders?|finance\s+officers?|financiers?|"
    r"couriers?)"
)
_MEMBERS_HELD = re.compile(
    rf"(?:(?:suspected|alleged|active)\s+)?(?P<a>{_NAME})(?:['’]s)?\s+(?:\w+\s+)?{_ROLE}\b|"
    # "two men they described as 3R members"
    rf"\b(?:described|identified)\s+as\s+(?P<g>{_NAME_OR_UNIT})\s+{_ROLE}\b|"
    rf"{_ROLE}\s+(?:\w+\s+){{0,2}}?of\s+(?:the\s+)?(?:(?:proscribed|banned|outlawed|"
    rf"opposition|armed|separatist|criminal|terrorist)\s+)*(?:(?:party|group|movement|"
    rf"organi[sz]ation)\s+)?(?P<b>{_NAME})|"
    rf"(?:suspicion|suspected)\s+of\s+(?:belonging|membership|links?|ties)\s+(?:to|in|with)\s+"
    rf"(?:the\s+)?(?P<c>{_NAME})|"
    # "two men the army said belonged to the 33rd Front", "men believed to belong to ..."
    rf"(?:said|believed|alleged|thought|suspected)\s+(?:to\s+)?(?:have\s+)?belong(?:ed|s)?\s+to\s+"
    rf"(?:the\s+)?(?P<f>{_NAME_OR_UNIT})|"
    # "the alleged head of a cell of the criminal group Guerreros Unidos"
    rf"(?:head|leader|members?)\s+of\s+(?:an?\s+|the\s+)?cell\s+of\s+(?:the\s+)?"
    rf"(?:(?:criminal|terrorist|armed)\s+)?(?:group\s+)?(?P<d>{_NAME})|"
    # "suspected of supplying food and money to the MIT remnants"
    rf"suspected\s+of\s+(?:supplying|providing|smuggling|selling)\s+[^.;]{{0,50}}?\bto\s+"
    rf"(?:the\s+)?(?P<e>{_NAME})",
    re.I,
)
_NOT_GROUPS = frozenset({"UN", "NGO", "The", "A", "An", "Two", "Three", "Police", "Army"})
_TIME_WORD = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec|yesterday|today|last|overnight",
    re.I,
)


def _members_held(m: Mention, s: Sentence, article: Article, t0: int) -> None:
    """actor2 of an arrest of a group's people: that group, as ACLED codes it, not the
    civilians of the country."""
    if m.actor2 is not None and not (
        m.actor2.startswith("Civilians") or m.actor2 in _UNNAMED_GROUPS
    ):
        return
    lo = max(0, t0 - 60)
    for g in _MEMBERS_HELD.finditer(s.text, lo, min(len(s.text), t0 + 160)):
        if g.end() <= t0 and not re.fullmatch(
            r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?",
            s.text[g.end() : t0],
        ):
            continue  # before the verb only as its passive subject ("APC's leader was held")
        key = next(k for k in ("a", "b", "c", "d", "e", "f", "g") if g[k])
        name = g[key].strip()
        if (
            name.split()[0] in _NOT_GROUPS
            or demonyms().get(name.lower())
            or (len(name) < 3 and not any(c.isdigit() for c in name))  # ("3R")
            or _TIME_WORD.match(name)
            # "four Baluch civil activists": people of a community, no group
            or (
                key == "a"
                and re.match(
                    r"\s+(?:civil|civic|rights|human|environmental|community|student|women's)\s",
                    s.text[g.end(key) : g.end()],
                    re.I,
                )
            )
            # "the West Pokot police commander": an official of a place, no group
            or re.match(
                r"\s+(?:police|army|military|county|district|regional|provincial)\b",
                s.text[g.end(key) : g.end()],
                re.I,
            )
        ):
            continue
        entry = actor_table().get(name)
        if entry is not None and entry.type in ("state force", "government", "civilians"):
            continue
        m.actor2 = entry.name if entry is not None else name
        m.actor2_type = entry.type if entry is not None else "political party"
        a, b = g.start(key), g.end(key)
        m.provenance["actor2"] = _evidence(article, s, s.start + a, s.start + b)
        if m.actor1 == m.actor2:
            # "The opposition APC's youth leader was arrested": held, not holding; the
            # country's police arrest
            m.actor1, m.actor1_type = police_of(m.country), "state force"
            m.provenance["actor1"] = m.provenance["event_type"]
        return


def _hands_changed(mentions: list[Mention]) -> None:
    """A town taken and taken back in one sentence: each side is the other's other side
    ("captured by the RSF in June 2024 and retaken by the army later that year")."""
    for a, b in pairwise(mentions):
        if (
            a.sentence != b.sentence
            or a.sub_event_type != "Non-state actor overtakes territory"
            or b.sub_event_type != "Government regains territory"
        ):
            continue
        for taker, loser in ((a, b), (b, a)):
            if loser.actor2 is None and taker.actor1 is not None:
                loser.actor2, loser.actor2_type = taker.actor1, taker.actor1_type
                if (ev := taker.provenance.get("actor1")) is not None:
                    loser.provenance["actor2"] = ev


def _sole_group(
    names: list[ActorHit],
    country: str,
    types: tuple[str, ...],
    before: int | None = None,
    borderless: bool = False,
) -> ActorHit | None:
    """The first hit of the one armed group of ``country`` (of these types) the article
    names (before ``before``); None when it names two, or none. ``borderless`` counts the
    groups the table gives no country (JNIM, ISSP across the Sahel) as the country's too."""
    groups: dict[str, ActorHit] = {}
    for h in names:
        if (
            h.entry.type in types
            and (h.entry.country == country or (borderless and not h.entry.country))
            and h.entry.name not in _UNNAMED_GROUPS
            and (before is None or h.start < before)
        ):
            groups.setdefault(h.entry.parent or h.entry.name, h)
    return next(iter(groups.values())) if len(groups) == 1 else None


def _set_named_elsewhere(
    m: Mention, role: str, h: ActorHit, sentences: list[Sentence], article: Article
) -> None:
    """Set ``role`` to the actor of hit ``h``, its evidence the sentence that names it."""
    s = next((x for x in sentences if x.start <= h.start < x.end), None)
    if s is not None:
        setattr(m, role, h.entry.name)
        setattr(m, role + "_type", h.entry.type)
        m.provenance[role] = _evidence(article, s, h.start, h.end)


def _retaken_from(
    mentions: list[Mention], names: list[ActorHit], sentences: list[Sentence], article: Article
) -> None:
    """Whom a town was taken back from, where no clause says: the group the report told
    taking it ("fighters of ISWAP entered Marte ... On 7 January, troops re-entered Marte"),
    else the one rebel group of the country the report names."""
    for m in mentions:
        if m.sub_event_type != "Government regains territory" or m.actor2 is not None:
            continue
        if not m.country or m.historical:
            continue
        here = m.location.name if m.location is not None else None
        taker = next(
            (
                n for n in mentions
                if n.sub_event_type in ("Non-state actor overtakes territory",
                                        "Non-violent transfer of territory")
                and n.actor1 and n.actor1 not in _UNNAMED_GROUPS and n.actor1 != m.actor1
                and here is not None and n.location is not None and n.location.name == here
            ),
            None,
        )  # fmt: skip
        if taker is not None:
            m.actor2, m.actor2_type = taker.actor1, taker.actor1_type
            if (ev := taker.provenance.get("actor1")) is not None:
                m.provenance["actor2"] = ev
            continue
        _sole_rebel_targeted(m, names, sentences, article)


def _sole_rebel_targeted(
    m: Mention, names: list[ActorHit], sentences: list[Sentence], article: Article
) -> bool:
    """Set ``m``'s other side to the one rebel group the report names (and say so)."""
    h = _sole_group(names, m.country or "", ("rebel group",), borderless=True)
    if h is None or h.entry.name == m.actor1:
        return False
    _set_named_elsewhere(m, "actor2", h, sentences, article)
    return True


# What a state's aircraft or guns struck, when it was fighters: "struck a terrorist camp in
# the forests of Muidumbe", "struck a column of rebel vehicles near Zouar".
_FIGHTERS_STRUCK = re.compile(
    r"\b(?:terrorists?|rebels?|militants?|jihadists?|insurgents?|bandits?)['’]?\s+(?:camps?|positions?|hideouts?|bases?|columns?|"
    r"concentrations?|gatherings?|vehicles|convoy|training\s+camp|logistics\s+base|targets)\b"
    r"|\b(?:camps?|positions?|hideouts?|bases?|columns?|concentrations?)\s+of\s+(?:the\s+)?"
    r"(?:terrorists|rebels|militants|jihadists|insurgents|bandits)\b",
    re.I,
)


def _struck_fighters(
    mentions: list[Mention], names: list[ActorHit], sentences: list[Sentence], article: Article
) -> None:
    """A state's strike on fighters no clause names ("helicopters of the Mozambican Air
    Force struck a terrorist camp in the forests of Muidumbe"): the country's one insurgency,
    or the one rebel group the report names."""
    for m in mentions:
        if (
            m.sub_event_type not in ("Air/drone strike", "Shelling/artillery/missile attack")
            or m.actor2 is not None
            or m.actor1_type != "state force"
            or not m.country
            or m.historical
            or not _FIGHTERS_STRUCK.search(m.text)
        ):
            continue
        if _sole_rebel_targeted(m, names, sentences, article):
            continue
        if (known := sole_insurgency(m.country)) is not None:
            m.actor2, m.actor2_type = known.name, known.type


def _launcher_of_downed(
    mentions: list[Mention], names: list[ActorHit], sentences: list[Sentence], article: Article
) -> None:
    """The other side of a drone downed or a bomb defused that no clause says is whose
    ("SAF air defences shot down two drones over the city"): the one armed group of the
    event's own country the article names as a party (the RSF in a report on Sudan), as the
    field writers and ACLED code it. Two such groups, or none, leave it open."""
    for m in mentions:
        if (
            m.sub_event_type != "Disrupted weapons use"
            or m.actor2 is not None
            or m.actor1_type != "state force"
            or not m.country
        ):
            continue
        h = _sole_group(names, m.country, ("militia", "rebel group"))
        if h is not None:
            _set_named_elsewhere(m, "actor2", h, sentences, article)


# ("the October 17 uprising"; "ahead of the 11 September anniversary": a day's name)
_NAMED_BY_DAY = re.compile(
    r"\s+(?:uprising|revolution|movement|revolt|intifada|anniversary|commemorations?)\b", re.I
)
_STREET = re.compile(
    r"\b(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?\s+(?-i:Avenue|Street|Square|Boulevard|"
    r"Road|Highway)\b"
)


def _unlisted_part(p: Place) -> bool:
    """A part of a town the gazetteer lacks, placed at its town ("in Sussuarana, in the
    city's Miolo region"; see geo.parse): it stands for its town, not for a town of its own."""
    return p.geonames_id is None and p.feature == "district" and p.precision == 2


def _headline_place(scan: _Scan, sentences: list[Sentence]) -> None:
    """The one town a headline names, for the current incidents told with no place at all:
    "LIVE: Karachi protests on Women's Day" then "an unidentified man threw a hand grenade at a
    police mobile on Chakiwara Road" (a street the gazetteer does not list)."""
    if not sentences or not any(m.location is None and not m.historical for m in scan.mentions):
        return
    head = sentences[0]
    text = scan.article.text
    towns: list[Place] = []
    if "\n" in text[head.start : head.end + 1] and len(head.text) <= 160:  # a line of its own
        towns = [
            p for p in scan.places if head.start <= p.start < head.end and p.feature not in _WIDE
        ]
        if not towns:
            # "LIVE: Serbia protests - updates" then "... after a long night in Belgrade":
            # the one town the opening lines name
            lede = sentences[1:4]
            towns = [
                p for p in scan.places
                if lede and lede[0].start <= p.start < lede[-1].end and p.feature not in _WIDE
                and _LOCATIVE.search(text[max(0, p.start - 12) : p.start])
            ]  # fmt: skip
            # (a town before a part the gazetteer lacks and placed at a town)
            towns = [p for p in towns if not _unlisted_part(p)] or towns
            head = next((x for x in lede if towns and x.start <= towns[0].start < x.end), head)
    if not towns:
        # "Police disperse Rustaveli rally" over a report that names Tbilisi five times and
        # no other town twice: the article's own town
        counts: dict[str, list[Place]] = {}
        for p in scan.places:
            # (a part the gazetteer lacks, placed at its town, stands for the town)
            if p.feature not in _WIDE and p.name and not _unlisted_part(p):
                counts.setdefault(p.name, []).append(p)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if (
            ranked
            and len(ranked[0]) >= 3
            and (len(ranked) == 1 or len(ranked[1]) * 2 <= len(ranked[0]))
        ):
            towns = ranked[0][:1]
            head = next((x for x in sentences if x.start <= towns[0].start < x.end), head)
    if not towns:
        # "LIVE: Georgia protests ... / Last updated: Sunday 14 June 2026, 09:15 (Tbilisi,
        # GMT+4)": a heading cut off as page furniture names the town the text names too
        header = " \n ".join(
            [scan.article.title or ""] + [r.text for r in scan.article.removed if r.start == 0]
        )
        # (only where it names one place below the country: "clash in Noakhali; police
        # disperse a procession in Dhaka" is two scenes)
        named = {
            p.name for p in geoparse(header, article_id=scan.article.id)
            if p.name and p.feature not in ("country", "continent", "sea")
        }  # fmt: skip
        # (and that the report names more than in passing)
        if len(named) == 1 and sum(p.name in named for p in scan.places) >= 2:
            towns = [p for p in scan.places if p.name in named][:1]
            head = next((x for x in sentences if towns and x.start <= towns[0].start < x.end), head)
    if len({p.name for p in towns}) != 1:
        return
    town = towns[0]
    for m in scan.mentions:
        if m.location is not None or m.historical or m.country not in (None, town.country):
            continue
        here, said = town, head
        line = text.rfind("\n", 0, m.start) + 1
        if _UNIT_LABEL.match(text, line):
            # "Kamashi zone: On 18 February, ...": the item's own place, the last town its
            # paragraph named ("Mana Sibu woreda: OLA fighters entered Mendi town ... ENDF
            # units re-entered the town"), or none the gazetteer knows
            on_line = [
                p for p in scan.places if line <= p.start < m.start and p.feature not in _WIDE
            ]
            if not on_line:
                continue
            here = on_line[-1]
            said = next((x for x in sentences if x.start <= here.start < x.end), head)
        m.country, m.admin1, m.admin2 = here.country, here.admin1, here.admin2
        m.location = _location(here, text)
        m.provenance["location"] = _evidence(scan.article, said, here.start, here.end)


# A brief's item that opens on the unit it reports from: "Sibu Sire woreda: On 10
# February, ...", "Kamashi zone - ...".
_UNIT_LABEL = re.compile(
    r"(?:[-*•]\s+|\d+[.)]\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:woreda|zone|district|county|"
    r"province|region|upazila|commune|department|governorate|state|municipality|prefecture|"
    r"sector|territory|LGA|kebele|tehsil|subdistrict)\s*(?::|-|–|—)\s"
)


@dataclass(slots=True)
class _Scan:
    """What reading one article carries from sentence to sentence."""

    article: Article
    places: list[Place]
    times: list[Timex]  # without the dates of statements ("said Wednesday")
    ctx: ArticleContext
    host: _HostForce
    stated: list[Timex]  # the dates of statements ("the army said on Friday")
    mentions: list[Mention] = field(default_factory=list)
    absorbed: set[int] = field(default_factory=set)  # sentences folded into a mention
    acronyms: dict[str, ActorEntry] = field(default_factory=dict)  # "Somali National Army (SNA)"
    live_from: int | None = None  # where a live blog's first time-stamped entry starts
    datelines: list[tuple[int, int]] = field(default_factory=list)
    period: tuple[str, str, int, int] | None = None  # a report's stated period (see _period)


def _period(article: Article, times: list[Timex]) -> tuple[str, str, int, int] | None:
    """The first and last day of the period a report covers, and where its header says so
    (or ``(-1, -1)`` when the header was cut off with the report's date stamp): an incident
    it tells without a day of its own ("- Two staff of a national NGO abducted near Wum;
    both released.") happened within it."""
    text = article.text
    line = PERIOD_LINE.search(text, 0, 1500)
    if line is not None:
        days = [
            (t.date_start[:10], t.date_end[:10])
            for t in times
            if line.start() <= t.start < line.end() and t.date_start and t.date_end
        ]
        at = (line.start(), line.end())
    else:
        header = next((r.text for r in article.removed if r.reason == "date-stamp"), "")
        cut = PERIOD_LINE.search(header)
        if cut is None:
            return None
        days = [
            (t.date_start[:10], t.date_end[:10])
            for t in tag_times(cut.group(0), dct=article.published, article_id=article.id)
            if t.date_start and t.date_end
        ]
        at = (-1, -1)
    if not days:
        return None
    first, last = min(a for a, _ in days), max(b for _, b in days)
    if len(first) < 10 or len(last) < 10 or first > last:
        return None
    return first, last, *at


# A live blog's entry stamp: "14:20", "14:40 GMT", "16:05 (Yerevan time)", "09:40 - ...".
_LIVE_STAMP = re.compile(
    # ("21:05 IST", "13:05 NPT -": any zone's letters)
    r"^[ \t]*\[?\d{1,2}[:.]\d{2}\]?(?:[ \t]*(?:[ap]\.?m\.?|(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?|"
    r"local(?: time)?|\([^()\n]{1,30}\)))?[ \t]*(?:$|[-–—|:][ \t])",
    re.M | re.I,
)


def live_entries_start(text: str) -> int | None:
    """Where the time-stamped entries of a live blog begin (three stamps or more): each
    entry reports the day of the page, so an incident told there without its own day
    happened that day."""
    stamps = list(_LIVE_STAMP.finditer(text))
    return stamps[0].start() if len(stamps) >= 3 else None


_PARAGRAPH = re.compile(r"\n\s*\n")
_WIDE = ("country", "admin1", "region", "sea", "continent")
_COUNTRYS_PART = re.compile(
    r"\b(?:the country's|the|its)\s+(?:far\s+|extreme\s+|remote\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"(?:\s+of\s+the\s+country)?\b(?!\s+(?:of|bank)\b)",
    re.I,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|near|outside)\s+$", re.I)
_THESE = re.compile(r"\b(?:these|those|such)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _within_item(ctx: ArticleContext, text: str, s: Sentence) -> ArticleContext:
    """The article's general attacker, target and means, less what another item of a brief
    says: "5) KALAT - ... The BLA claimed responsibility" is no agent of item 2."""

    def apart(evidence: Evidence) -> bool:
        a, b = sorted((evidence.start, s.start))
        return any(LIST_ITEM.match(line) for line in text[a:b].split("\n")[1:])

    return ArticleContext(
        attacker=ctx.attacker if ctx.attacker is None or not apart(ctx.attacker[2]) else None,
        victim=ctx.victim if ctx.victim is None or not apart(ctx.victim[2]) else None,
        means=ctx.means if ctx.means is None or not apart(ctx.means[1]) else None,
    )


# "The city was stormed by the RSF in December 2023": the town just named is the scene.
_TOWN_SUBJECT = re.compile(
    r"\s*(?:the|this)\s+(?:(?:provincial|state|regional|district)\s+)?"
    r"(?:city|town|village|capital|port)\s+(?:was|were|had\s+been|has\s+been)\s+$",
    re.I,
)


def _scene_place(scan: _Scan, s: Sentence, typing: Typing) -> Place | None:
    """The town or district a sentence's paragraph, or the paragraph before it, last named:
    where an incident told without a place happened. None across a list item or a heading
    (each item of a brief has its own place), for countries and regions (too wide), and
    where the sentence refers back ("these attacks") or the article has already reported
    this kind of incident (a retelling: "the governor said the drone hit the livestock
    market around midday")."""
    text = scan.article.text
    before = s.text[: typing.trigger_start]
    town_subject = _TOWN_SUBJECT.match(before) is not None  # "The city was stormed by ..."
    # ("residents of the Gonia neighbourhood stormed the police station": a verb after its
    # subject, not "the attack" told before)
    verb = re.match(r"\w+ed\b", typing.trigger) is not None and not re.search(
        r"\b(?:the|this|that|its|their)\s+$", before, re.I
    )
    refers_back = not verb and _REFERS_BACK.search(before[-50:]) is not None
    if not town_subject and (refers_back or _THESE.search(before[-30:])):
        return None
    # (a brief's item that tells its own day is an incident of its own, under its heading:
    # "Nzérékoré urban commune" / "- On 12 August, hundreds of residents ... stormed ...")
    own_item = LIST_ITEM.match(s.text) is not None and HAS_DAY.search(s.text) is not None
    if not own_item and any(
        m.sub_event_type == typing.sub_event_type and not m.historical for m in scan.mentions
    ):
        return None
    line = text.rfind("\n", 0, s.start) + 1
    labelled = _UNIT_LABEL.match(text, line) is not None  # "Kamashi zone: On 18 February"
    for k in range(len(scan.places) - 1, -1, -1):
        p = scan.places[k]
        if p.end > s.start:
            continue
        if labelled and p.start < line:
            return None  # the item's own unit, which the gazetteer lacks
        between = text[p.end : s.start]
        if any(LIST_ITEM.match(line) for line in between.split("\n")[1:]):
            return None
        if own_item and "\n" in between and not _heading_above(text, p, s):
            return None  # only its own line or the headings just above place an item
        if len(_PARAGRAPH.findall(between)) > 1:
            return _scene_of_last(scan, s)
        speaks = _SPEAKS.match(text, p.end) and not _AFTER_PREPOSITION.search(
            text, max(0, p.start - 12), p.start
        )  # "Moscow says" is a government; "our correspondent in Makeni says", a place
        if p.feature in ("country", "region", "sea", "continent") or speaks:
            continue
        if town_subject and p.feature in ("admin1", "admin2", "district"):
            continue  # "The city was stormed by the RSF": a town, not the state named since
        town = scan.places[k - 1] if k > 0 else None
        if (
            p.feature == "admin1"
            and town is not None
            and town.feature not in (*_WIDE, "admin1")
            and re.fullmatch(r",\s+(?:the\s+)?(?:\w+\s+){0,2}of\s+", text[town.end : p.start])
        ):
            return town  # "In El Obeid, the capital of North Kordofan, ...": the town
        return p
    return None


def _heading_above(text: str, p: Place, s: Sentence) -> bool:
    """Whether place ``p`` stands on a heading line above item ``s`` with nothing but
    headings and blank lines between ("CONAKRY" / "Ratoma - Bambeto" / "- On 14 August
    ..."), not on an earlier item's line."""
    first = text.rfind("\n", 0, p.start) + 1
    lines = text[first : s.start].split("\n")
    return all(
        not line.strip()
        or (len(line) <= 80 and not LIST_ITEM.match(line) and not line.rstrip().endswith("."))
        for line in lines[:-1]
    )


def _two_days(
    timex: Timex, times: list[Timex], text: str, start: str | None, end: str | None
) -> tuple[str | None, str | None]:
    """ "On Monday and Tuesday, fighters looted shops": the days joined by "and" are one
    span (the time tagger, like TimeML, marks each day)."""
    if start is None or start != end:
        return start, end
    for t in times:
        if t is timex or t.type != "DATE":
            continue
        first, second = (timex, t) if t.start > timex.start else (t, timex)
        if not re.fullmatch(r"\s+and\s+", text[first.end : second.start]):
            continue
        a, b = date_of(first)[0], date_of(second)[0]
        if (
            a
            and b
            and (date_of(first)[1], date_of(second)[1]) == (a, b)
            and 0 < (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days <= 6
        ):
            return a, b
    return start, end


def _scene_of_last(scan: _Scan, s: Sentence) -> Place | None:
    """The place of the incident told just before (not past a paragraph between them), for
    a story that stays at one scene: "Police made 22 arrests [in Nanterre] on Wednesday
    morning" then, in the next paragraph, "On Wednesday afternoon around 600 people
    marched peacefully ..."."""
    prev = next((m for m in reversed(scan.mentions) if m.end <= s.start), None)
    if prev is None or prev.historical:
        return None
    where = prev.provenance.get("location")
    if where is None or len(_PARAGRAPH.findall(scan.article.text[prev.end : s.start])) > 1:
        return None
    return next((p for p in scan.places if p.start == where.start and p.feature not in _WIDE), None)


def _in_dateline(scan: _Scan, p: Place) -> bool:
    return any(a <= p.start < b for a, b in scan.datelines)


# The words that name a kind of incident's means where the weapon finder, wary of their
# other senses ("shell companies", "gold mines"), passes them over.
_MEANS_OF = {
    "Shelling/artillery/missile attack": re.compile(
        r"\b(?:(?:mortar|artillery|tank)\s+)?shells\b|\bshell(?:ed|ing)\b", re.I
    ),
    "Remote explosive/landmine/IED": re.compile(r"\b(?:land)?mines?\b|\bdynamite\b", re.I),
    "Suicide bomb": re.compile(
        r"\bexplosive[- ](?:vest|belt)s?\b|\bcar bomb(?:er)?\b|\bexplosives?-(?:laden|packed) "
        r"(?:vehicle|car|truck)\b",
        re.I,
    ),
    "Air/drone strike": re.compile(
        r"\baerial bombardment\b|\bair strikes?\b|\bairstrikes?\b|\bwarplanes?\b|"
        r"\bdrones?\b",
        re.I,
    ),
}


# A numbered item as a Markdown heading: "## 7. Jasim (northern Daraa) - abduction, ..."
_MD_ITEM_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+(?:\d{1,2}[.)]|\[\d{1,2}\])[ \t]")


# What may follow a heading's label: its day ("- drone strike, Monday 9 March", "- incursion
# and arrests, night of 9-10 March")
_DAY_ONLY_AFTER = re.compile(
    r"[\s,:;.\u2013\u2014-]+(?:(?:on|the\s+night\s+of|night\s+of|overnight)\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"\d{1,2}(?:\s*[\u2013-]\s*\d{1,2})?\s+(?-i:[A-Z][a-z]{2,8})\.?(?:\s+\d{4})?",
    re.I,
)


def _labels_item(s: Sentence, typing: Typing, sentences: list[Sentence], i: int, text: str) -> bool:
    """Whether a brief's item heading names its incident only by a label ("4. JAMAAME (Lower
    Juba) - 17 Aug - Airstrike") over a line that reports it ("US Africa Command stated
    that it conducted an airstrike against Al-Shabaab ..."): the report is the mention."""
    if not LIST_ITEM.match(s.text) or len(s.text) > 120 or "\n" not in text[s.end : s.end + 2]:
        return False
    if typing.trigger_end < len(s.text.rstrip(" .")) - 2 and not _DAY_ONLY_AFTER.fullmatch(
        s.text.rstrip(" .*"), typing.trigger_end
    ):
        return False  # the heading goes on after its trigger: more than a label
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    if nxt is None or (
        "\n\n" in text[s.end : nxt.start] and not _MD_ITEM_HEADING.match(text, s.start)
    ):
        return False
    told = _type_sentence(nxt.text)
    return told is not None and told.event_type == typing.event_type


def _subheading_over_report(
    s: Sentence, typing: Typing, sentences: list[Sentence], i: int, scan: _Scan
) -> bool:
    """Whether ``s`` is a page's subheading ("Bomb wounds soldiers near Dreikish") over the
    paragraph that reports its incident ("In a separate incident on Wednesday, a roadside
    bomb exploded ..."): the paragraph is the mention, and dates it."""
    text = scan.article.text
    if i == 0 or s.start == 0 or len(s.text) > 100 or s.text.rstrip()[-1:] in ".!?:\"”'":
        return False
    if text[s.start - 1] != "\n" or not text.startswith("\n", s.end):
        return False  # not a line of its own
    if not s.text.startswith(("**", "#")) and not any(
        len(x.text) > 80 and x.text.rstrip()[-1:] in '.!?"”' for x in sentences[:i]
    ):
        return False  # the page's headline (under a masthead's lines), not a subheading
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    if nxt is None or text[s.end : nxt.start].strip() or text[s.end : nxt.start].count("\n") > 2:
        return False
    if any(s.start <= t.start < s.end for t in scan.times) and not (
        any(nxt.start <= t.start < nxt.end for t in scan.times)
        and (
            any(nxt.start <= p.start < nxt.end for p in scan.places)
            or not any(s.start <= p.start < s.end for p in scan.places)
        )
    ):
        # a heading that gives its day tells it, unless its paragraph opens with the day
        # (and a place, where the heading names one) too: "**3. Manono territory - sexual
        # violence (11 March).**" over "On 11 March, five women were raped by armed men
        # near Kiambi ..."
        return False
    told = _type_sentence(nxt.text)
    return told is not None and told.event_type == typing.event_type


def _item_header(
    scan: _Scan, whole: Sentence, sentences: list[Sentence]
) -> tuple[Timex, Sentence, Place | None] | None:
    """The day (and place) a brief's numbered item opens with, for the item's later
    sentences that tell none: "1. Ceel Afweyn district (Sanaag) - 1 September. Heavy
    fighting was reported ..."."""
    text = scan.article.text
    line = below = text.rfind("\n", 0, whole.start) + 1
    own_line = True
    if not LIST_ITEM.match(text, line):
        # "1. BANDIAGARA (Mopti) - Wednesday 3 June" on a line of its own, the item's report
        # on the next one
        above = text.rfind("\n", 0, max(0, line - 1)) + 1
        if above == line - 1 and above > 0:
            # "## 2. Tasil (western Daraa) - drone strike, Monday 9 March", a blank line, then
            # the item's report: a Markdown heading stands apart from its paragraph
            over = text.rfind("\n", 0, above - 1) + 1
            if _MD_ITEM_HEADING.match(text, over):
                above = over
        if line == 0 or not LIST_ITEM.match(text, above) or line - above > 120:
            return None
        below, line, own_line = line, above, False
    head = next((x for x in sentences if x.start >= line), None)
    if head is None or head.start >= whole.start or len(head.text) > 120:
        return None
    if any(m.start >= line for m in scan.mentions):
        return None  # the item's incident is told; later sentences only add to it
    if own_line and "\n" in text[head.end : whole.start]:
        return None  # another line: not the same item
    if not own_line and text[head.end : whole.start].count("\n") > 1 + int(
        bool(_MD_ITEM_HEADING.match(text, line))
    ):
        return None
    timex = next((t for t in scan.times if head.start <= t.start < head.end), None)
    if timex is None and not own_line:
        # "[1] NARATHIWAT - Rueso district - ARMED CLASH" / "Mon 09 Mar, approx. 16:10.
        # Unidentified gunmen ambushed ...": the day opens the item's next line, before its
        # report
        between = [x for x in sentences if below <= x.start < whole.start]
        if between and all(len(x.text) <= 40 for x in between):
            timex = next((t for t in scan.times if below <= t.start < whole.start), None)
    if timex is None:
        return None
    towns = [p for p in scan.places if head.start <= p.start < head.end and p.feature not in _WIDE]
    # "[1] NARATHIWAT - Rueso district - ARMED CLASH", "4. AL-QUSAYR (Homs, SY)": a town
    # named as its province is the province, where the heading names a town inside it
    towns = [
        p for p in towns
        if not (p.name == p.admin1 and any(q is not p and q.admin1 == p.admin1 for q in towns))
    ] or towns  # fmt: skip
    place = (towns[0] if towns else None) or next(
        (p for p in scan.places if head.start <= p.start < head.end), None
    )
    return timex, head, place


# "A sergeant who was shot in the chest died at ... Hospital": a victim's later death
_HURT_THEN_DIED = re.compile(
    r"\W*(?:(?:an?|the|one|two|three|another)\s+)?(?:[\w-]+\s+){0,3}?(?:who|that)\s+"
    r"(?:was|were|had\s+been)\s+(?P<hurt>shot|wounded|injured|hurt|stabbed|burned|burnt)\b"
    r"[^.;]{0,60}?\b(?:later\s+)?(?:died|succumbed)\b",
    re.I,
)
# "The incident took place on Tuesday evening": the day of the incident just told
_TOOK_PLACE = re.compile(
    r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:incident|attack|abduction|kidnapping|"
    r"killing|murder|assault|ambush|raid|clash(?:es)?|shooting|explosion|blast|strike|"
    r"bombing|protest|riot|arrests?)\s+(?:took\s+place|occurred|happened|was\s+carried\s+out)"
    r"\b"
)


def _day_told_next(
    scan: _Scan, whole: Sentence, sentences: list[Sentence], i: int
) -> tuple[Timex, Sentence] | None:
    """The day the next sentence gives the incident ``whole`` tells without one: "Three
    youths have been abducted by armed men from Ruilui para. The incident took place on
    Tuesday evening." Only the very next sentence, in the same paragraph."""
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    if nxt is None or not _TOOK_PLACE.match(nxt.text):
        return None
    if _PARAGRAPH.search(scan.article.text, whole.end, nxt.start):
        return None
    day = next(
        (
            t for t in scan.times
            if nxt.start <= t.start < nxt.end and t.type in ("DATE", "TIME")
            and HAS_DAY.search(t.text)
        ),
        None,
    )  # fmt: skip
    return (day, nxt) if day is not None else None


_BARE_WEEKDAY = re.compile(
    r"(?:(?:on|late|early|last)\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.I,
)


def _weekday_of(timex: Timex) -> str | None:
    """The weekday ("wednesday") of a time expression that names one day."""
    start, end, _ = date_of(timex)
    if start is None or start != end or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", start):
        return None
    return date.fromisoformat(start).strftime("%A").lower()


def _item_day(
    scan: _Scan, whole: Sentence, sentences: list[Sentence]
) -> tuple[Timex, Sentence] | None:
    """The day an earlier sentence of the same numbered item told, for a sentence of the item
    that tells none, while the item has no incident yet: "1) NABLUS CITY - Armed clash" /
    "Israeli forces entered the Old City of Nablus at approximately 02:30 on Wed 10 Sep ..."
    / "Gunmen opened fire on the troops ..."."""
    text = scan.article.text
    start = text.rfind("\n", 0, whole.start) + 1
    for _ in range(6):
        if LIST_ITEM.match(text, start):
            break
        if start == 0 or text[max(0, start - 2) : start] == "\n\n":
            return None  # a paragraph break before any item line
        start = text.rfind("\n", 0, start - 1) + 1
    else:
        return None
    if any(m.start >= start for m in scan.mentions):
        return None
    days = [
        t for t in scan.times
        if start <= t.start < whole.start and t.type in ("DATE", "TIME") and date_of(t)[0]
    ]  # fmt: skip
    if not days:
        return None
    src = next((x for x in sentences if x.start <= days[-1].start < x.end), None)
    return (days[-1], src) if src is not None else None


_PART_OF_DAY = re.compile(
    r"(?:(?:from|in|during|early|late|by)\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
    r"(?:morning|afternoon|evening|night|dawn|daybreak|midday|noon|hours)",
    re.I,
)
_OPENS_ON_PLACE = re.compile(r"\s*(?:In|At)\s+(?:the\s+)?[A-Z][^,.;]{1,60},")


def _previous_day(
    scan: _Scan, s: Sentence, sentences: list[Sentence], far: bool = False
) -> tuple[Timex, Sentence] | None:
    """The day of the incident told just before (not past a paragraph between them), for a
    sentence whose only time is an hour ("shortly before midnight", "at about 2 am"). Only a
    precise day of a current incident carries."""
    prev = next((m for m in reversed(scan.mentions) if m.end <= s.start), None)
    if prev is None or prev.historical or prev.date_precision != 1:
        return None
    said = prev.provenance.get("date")
    if said is None or (
        not far and len(_PARAGRAPH.findall(scan.article.text[prev.end : s.start])) > 1
    ):
        return None
    timex = next((t for t in scan.times if t.start == said.start), None)
    src = next((x for x in sentences if x.start <= said.start < x.end), None)
    return (timex, src) if timex is not None and src is not None else None


# "The raid came two days after ...", "The attack came a day after ..."
_COMES_AS = re.compile(
    r"\s*(?:The|This|That|Tonight['’]s|Today['’]s|Yesterday['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day['’]s)\s+(?:[\w-]+\s+){0,2}?(?:protests?|rall(?:y|ies)|march(?:es)?|"
    r"demonstrations?|sit-ins?|strikes?|attacks?|raids?|bombings?|blasts?|clash(?:es)?|killings?|"
    r"abductions?|arrests?|violence|unrest)(?:\s+(?:in|at|outside|near)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\s+(?:comes|came)\s+(?:as|amid|"
    r"(?:just\s+|only\s+)?(?:a\s+day|days|hours|a\s+week|weeks)\s+after)\s+",
    re.I,
)
_CAME_AFTER = re.compile(
    r"\s*(?:The|This|That|It|Its|Their|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|Sunday's)\b(?:\s+[\w-]+){0,2}?(?:\s+(?P<noun>[\w-]+))??\s+(?:came|comes|"
    r"happened|followed|occurred|"
    r"took\s+place)\s+(?:less\s+than\s+|just\s+|barely\s+|some\s+)?"
    r"(?P<lag>(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+days?|hours|just\s+hours|the\s+day)\s+(?:after|since)\s+",
    re.I,
)


def _days_before_told(
    scan: _Scan, s: Sentence, whole: Sentence, typing: Typing
) -> tuple[str, int, int] | None:
    """The day of an incident told in a "came two days after" clause: the day of the
    incident the sentence opens on (the one told before) less the lag, with the span of
    the lag ("two days after") as its evidence."""
    after = _CAME_AFTER.match(whole.text)
    if after is None or whole.start + after.end() > s.start + typing.trigger_start:
        return None
    current = [
        m for m in scan.mentions
        if m.end <= s.start and not m.historical and m.date_precision == 1
        and m.modality not in ("threatened", "hypothetical") and m.date_start
    ]  # fmt: skip
    # the incident the subject names ("The raid", "Tuesday's bombing"), else the one the
    # report opened on
    noun = after.group("noun")
    named = [m for m in current if noun and re.search(rf"\b{re.escape(noun)}", m.text, re.I)]
    told = named[-1] if named else current[0] if current else None
    if told is None or (day := told.date_start) is None:
        return None
    n = after.group("n")
    if n is not None:
        lag = int(n) if n.isdigit() else int(SMALL_NUMBERS[n.lower()])
    else:  # "hours after" the same day, "the day after" the day before
        lag = 1 if after.group("lag").lower() == "the day" else 0
    return _shift_days(day[:10], -lag), whole.start + after.start("lag"), whole.start + after.end()


# A sentence that opens inside the incident told before, however far above: its day.
# ("As the operation unfolded, men linked to the faction set fire to four city buses")
_DURING_OPENER = re.compile(
    r"\s*(?:as the (?:operation|raid|assault|offensive|fighting|clashes|battle|siege|protest|"
    r"march|rally|unrest) (?:unfolded|went on|continued|raged|was under way|got under way)|"
    r"during the (?:operation|raid|assault|fighting|clashes|battle|protest|march|rally)),",
    re.I,
)


def _far_homonym(place: Place, head: Place) -> bool:
    """Whether the place a report's sentence names lies more than 100 km from its item
    heading's town and in another province: "**1. La Plata (Huila) - 4 September.** ...
    between the urban centre and the Belén area" names a hamlet of La Plata, not the Belén
    400 km away ("**2. Kufra ...** ... near Jabal al-Uwaynat" is far, but in the heading's
    province)."""
    if place is head or place.lat is None or place.lon is None:
        return False
    if head.lat is None or head.lon is None:
        return False
    return (
        distance_km(place.lat, place.lon, head.lat, head.lon) > 100 and place.admin1 != head.admin1
    )


# "**1. La Plata (Huila) - 4 September.**": a brief's item heading in bold, its place first
_BOLD_ITEM_HEAD = re.compile(
    r"\s*\*\*\s*\d{1,2}[.)]\s+(?P<head>[^*\n]{3,80}?)\s+[-–—]\s+[^*\n]{3,40}?\*\*"
)
# "During the ensuing engagement,", "In the firefight that followed,": the fight the sentence
# before led to
_ENSUING = re.compile(
    r"\s*(?:during|in) the (?:ensuing|subsequent) (?:engagement|clash(?:es)?|fighting|"
    r"firefight|gunfight|exchange of fire|battle|shoot-?out|confrontation|combat)\b",
    re.I,
)


# A sentence that opens on a short lag after what was just told: the same day.
_LAG_OPENER = re.compile(
    r"\s*(?:within (?:an|the) hour|(?:minutes|an hour|hours|moments) later|"
    r"shortly (?:after(?:wards)?|afterwards?)|soon after(?:wards)?|later that (?:day|evening|"
    r"night|morning|afternoon)|that (?:same )?(?:evening|night|afternoon))\b",
    re.I,
)


# "The driver, a Mozambican national, was taken by the armed men": someone the sentence
# before introduced.
_BACK_TO_SUBJECT = re.compile(
    r"\s*The\s+(?:driver|victims?|men|women|man|woman|passengers?|boys?|girls?|children|"
    r"students|workers|farmers|hostages|captives|soldiers|officers?|civilians|villagers)\b"
)


def _scene_set(
    scan: _Scan, sentences: list[Sentence], i: int
) -> tuple[Timex, Sentence, Place | None] | None:
    """The day and the place of the sentence just before, when it set the scene without an
    incident of its own ("On 12 January, a vehicle ... was stopped by unidentified armed men
    on the N380 road near Macomia town.") and this one goes on about its people ("The
    driver ... was taken by the armed men")."""
    if i == 0:
        return None
    prev = sentences[i - 1]
    # (or any sentence after one that set a scene with a day and a town of its own and no
    # incident: "On 21 October, a joint force surrounded a house in Bacho district. ... an
    # exchange of fire lasting several hours ended with two suspected insurgents killed.")
    backs = _BACK_TO_SUBJECT.match(sentences[i].text) is not None
    text = scan.article.text
    if _PARAGRAPH.search(text, prev.end, sentences[i].start) or any(
        m.sentence == prev.index for m in scan.mentions
    ):
        return None
    days = [
        t for t in scan.times
        if prev.start <= t.start < prev.end and t.type in ("DATE", "TIME")  # "Sunday night"
        and (d := date_of(t))[0] is not None and d[0] == d[1]
    ]  # fmt: skip
    if len(days) != 1 or _long_before(days[0], scan.article):
        return None
    here = [p for p in scan.places if prev.start <= p.start < prev.end and p.feature not in _WIDE]
    # ("Tension spread to Guimara upazila on Tuesday afternoon": a unit the gazetteer lacks)
    unlisted = _UNLISTED_PLACE.search(prev.text) is not None
    if not backs and (not (here or unlisted) or not _SCENE_SET.search(prev.text)):
        return None
    return days[0], prev, (here[-1] if here else None)


# A sentence that sets a scene for what follows: forces moving in on a place.
_SCENE_SET = re.compile(
    r"\b(?:surrounded|cordoned off|encircled|raided|stormed|entered|launched|carried out|"
    r"conducting|were checking|tracked|pursued|caught up with|"
    # "The deadliest episode happened on Sunday night in Sussuarana."
    r"(?:episode|incident|attack|violence|shooting|clash|fighting|tensions?|unrest)\s+"
    r"(?:\w+\s+)?(?:happened|occurred|took place|unfolded|broke out|spread|flared|erupted))\b",
    re.I,
)
_IN_WHERE = re.compile(r"\bin\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?,\s+where\b")


_THEN = re.compile(
    # "Traders kept their shops closed for the rest of the day in protest against the blast"
    r"\b(?:subsequently|afterwards|thereafter|for the rest of the day|later (?:that|the same) "
    r"day|the same day)\b",
    re.I,
)


def _day_continued(
    scan: _Scan, s: Sentence, sentences: list[Sentence]
) -> tuple[Timex, Sentence] | None:
    """The day of the incident told just before, for a sentence that opens on a place of its
    own and tells no day: "In Kitengela, a crowd set tyres alight on Thursday afternoon ..."
    then "In Kisumu, several hundred people marched peacefully ..."."""
    return _previous_day(scan, s, sentences) if _OPENS_ON_PLACE.match(s.text) else None


def _clause_mentions(
    scan: _Scan, sentences: list[Sentence], i: int, whole: Sentence
) -> list[Mention]:
    """The mention that clause ``sentences[i]`` (of sentence ``whole``) reports, with a copy
    per further site it names; none when it reports no single incident."""
    s = sentences[i]
    article, places, times_here = scan.article, scan.places, scan.times
    ctx, host, mentions, absorbed = scan.ctx, scan.host, scan.mentions, scan.absorbed
    table = actor_table()
    casualties = _casualty_finder()
    text = article.text
    typing = _attack_repelled(_type_sentence(s.text), s.text)
    if typing is None:
        return []
    if _PERIOD_SUMMARY.search(whole.text, 0, s.start - whole.start + typing.trigger_start):
        # "Diyala lived through a tense week, with a tribal dispute turning deadly ..., a
        # night attack on a post ... and an angry protest": the week's list, each item told
        # below on its own (in whichever clause of the list)
        return []
    typing = _arrests_with_seizure(typing, s.text)
    typing = _arrests_at_a_crowd(typing, s.text)
    typing = _defused(typing, s.text)
    t0, t1 = s.start + typing.trigger_start, s.start + typing.trigger_end
    if negated(s.text[: typing.trigger_start], typing.trigger):
        return []
    if _labels_item(s, typing, sentences, i, text):
        return []  # the item's own report, next, tells it (dated by this heading)
    if _subheading_over_report(s, typing, sentences, i, scan):
        return []
    if (quote := _WITNESS_QUOTE.match(s.text)) is not None and (
        typing.trigger_end <= quote.end("words") and any(not p.historical for p in scan.mentions)
    ):
        # '"They came down the road at dawn, shooting at everything that moved," said a
        # market vendor who fled': a witness's words on the incident told above
        return []
    if (_DAYS_EVENT_OPENS.match(s.text) or _NTH_RUNNING.search(s.text)) and any(
        p.event_type == typing.event_type and not p.historical for p in scan.mentions
    ):
        return []  # "Sunday's rally marked the 375th consecutive evening ...": told above
    if (
        typing.key == "ARREST"
        and (
            (
                _ARRESTED_ONES.search(s.text, 0, typing.trigger_start)
                and re.fullmatch(r"(?i)arrested|detained", typing.trigger)
                and _CUSTODY_NEWS.search(s.text)
            )
            # ("a judge ordered pre-trial detention for ...": a court's order)
            or (
                typing.trigger.lower() == "detention"
                and re.search(
                    r"(?i)(?:pre-?trial|preventive|provisional)\s+$", s.text[: typing.trigger_start]
                )
            )
        )
    ):
        # "a judge ordered pre-trial detention for nine of those arrested on 18 April", "the
        # three detained men had been released": people arrested before, their custody now
        return []
    if _ON_TRIAL_FOR.search(s.text, 0, typing.trigger_start) or (
        _ACCUSED_OF_A_PART.search(s.text, 0, typing.trigger_start)
        and _COURT_AFTER.search(s.text, typing.trigger_end)
    ):
        # "the military court on Tuesday sentenced three men to death for their role in a
        # 2019 Boko Haram attack", "a man appeared in court charged over the shooting",
        # "three men accused of taking part in the Garsen clashes were charged with murder":
        # a court's day, the incident told before or long past
        return []
    if (
        _TOLL_OF_THE.search(s.text, 0, typing.trigger_start)
        or _JUDGED_THE.search(s.text, 0, typing.trigger_start)
    ) and any(not p.historical for p in scan.mentions):
        # "..., bringing the death toll from the ambush in Ruma's Paindu union to three
        # soldiers", "The KNF ... called the ambush a 'defensive action'": the incident told
        # above, its toll updated or its author's word on it
        return []
    if _NTH_OF_KIND.search(s.text) and any(not p.historical for p in scan.mentions):
        return []  # "Tuesday's clash was the fifth between the two former allies": told above
    hits = _actor_hits(s.text, scan.acronyms, adjectives=True)
    force = host.at(s.start)
    # (a report that names the forces of two countries, or names another country's only
    # while most of its places are in this one: "soldiers" in a sentence placed in Sittwe
    # are Myanmar's, though Bangladesh's border guards were the force named)
    here = next(
        (
            p.country for p in places
            if s.start <= p.start < s.end and p.country and p.feature not in _WIDE
        ),
        None,
    )  # fmt: skip
    item_head = _item_header(scan, whole, sentences)
    item_place = item_head[2] if item_head is not None else None
    own_head = None
    if item_head is None and (bold := _BOLD_ITEM_HEAD.match(text, whole.start)) is not None:
        # "**1. La Plata (Huila) - 4 September.** An improvised explosive device ...": the
        # heading and its report read as one sentence
        own_head = next(
            (p for p in places if bold.start("head") <= p.start < bold.end("head")
             and p.feature not in _WIDE),
            None,
        )  # fmt: skip
    if item_place is not None and item_place.country:
        # ("### 4. La Libertad, Petén (Guatemala)" / "An army patrol clashed with armed men
        # ... close to the border with Mexico": the item's country, the host)
        here = item_place.country
    # ("In neighbouring Chad, the army said its troops had repelled ...": Chad's army)
    framed_by = next(
        (
            p.country for p in places
            if s.start <= p.start < s.start + 40 and p.feature == "country" and p.country
            and _COUNTRY_FRAME.fullmatch(text, s.start, p.start)
        ),
        None,
    )  # fmt: skip
    if force is not None and framed_by is not None and framed_by != force.country:
        force = force_of(framed_by) or force
    if (
        force is not None
        and here is not None
        and here != force.country
        and (
            len({e.country for _, e in host.named}) > 1
            or here == host.country
            or item_place is not None
            # ("troops clashed with militants in rural Cukurca" in a copy from Duhok: the
            # troops of the country they stand in, where the copy names no force, or names
            # that country's)
            or not host.named
            or any(e.country == here for _, e in host.named)
        )
        and (here, force.country) not in _OCCUPIED  # ("occupation forces stormed Sinjil")
    ):
        force = force_of(here) or force
    hits = [_country_force(h, force) for h in hits + surface_actors(s.text, hits)]
    hits = [h for h in hits if not _settlers_elsewhere(h, force) and not _described(s.text, h)]
    named = bool(hits)
    generic = _generic_hits(s.text, hits, force)
    hits = [h for h in hits if not any(_inside(h, g) for g in generic)]
    hits = sorted(hits + generic, key=lambda h: h.start)
    hits = _named_first(s.text, hits)
    hits = _members_of_named(s.text, hits)
    hits = _believed_to_be(s.text, hits)
    timex = choose_time(times_here, s.start, s.end, t0, text)
    if timex is not None and _AFTER_ANOTHER.fullmatch(timex.text) and _after_report(timex, article):
        # "after a night-long gunfight ... and an arson attack in Guimara the following day":
        # a day counted from another incident, not from the report
        timex = None
    if timex is None and s is not whole:  # a clause: its sentence's date is its own
        timex = choose_time(times_here, whole.start, whole.end, t0, text)
        if (
            timex is not None
            and _AFTER_ANOTHER.fullmatch(timex.text)
            and _after_report(timex, article)
        ):
            timex = None  # (another clause's "the following day", counted from this one)
    if timex is None:
        # "..., officials said on Wednesday, as hundreds of people marched in Beledweyne":
        # the act told with the statement is of the statement's day
        told_as = next(reversed(list(SAID_THEN_AS.finditer(text, whole.start, t0))), None)
        if told_as is not None:
            timex = next(
                (t for t in scan.stated if told_as.start() <= t.start < told_as.end()), None
            )
    # ("police in Fallujah said they had arrested ...": police answer for their own town)
    where = [
        p for p in places
        if (not _SPEAKS.match(text, p.end)
            or _LOCAL_POLICE_IN.search(text, max(0, p.start - 30), p.start))
        # ("Turkey's defence ministry said its troops had killed four PKK militants in the
        # Metina region": a state speaking, not where)
        and not (p.feature == "country" and _STATE_ORGAN.match(text, p.end))
    ]  # fmt: skip
    if any(s.start <= p.start < s.end and not _in_dateline(scan, p) for p in where):
        # "ADDIS ABABA (AFP) - A drone strike ... in western Ethiopia's Oromia region": the
        # dateline's town is where the report was filed.
        where = [p for p in where if not _in_dateline(scan, p)]
    place = choose_place(where, s.start, s.end, t0, text)
    if (
        place is not None
        and any(a <= place.start < b for a, b in scan.datelines)
        and _COUNTRYS_PART.search(s.text)
    ):
        # "COTONOU, Benin (AFP) - ... an assault on an army post in the country's far
        # north": the dateline's town is where the report was filed; the country is where.
        place = next(
            (p for p in places if s.start <= p.start < s.end and p.feature == "country"), None
        )
    if (place is None or place.feature in ("country", "continent", "region")) and (
        capital := _THE_CAPITAL.search(s.text)
    ) is not None:
        # "In the capital, several hundred people gathered": the capital of the country the
        # article reports from.
        place = _capital_of(
            host.local, article, s.start + capital.start(1), s.start + capital.end(1)
        )
    if (place is None or place.feature in _WIDE) and _THIS_TOWN.search(s.text):
        # "GUASDUALITO, Venezuela (AFP) - ... fighting ... in the countryside outside this
        # Venezuelan border town": the dateline's town
        place = next((p for p in places if _in_dateline(scan, p) and p.feature not in _WIDE), place)
    if place is None and _THE_TOWN.search(s.text):
        # "A Russian strike on a hypermarket in the city on May 25, 2024": the town the
        # article last named.
        before = [
            p
            for p in places
            if p.start < s.start
            and p.feature not in ("country", "admin1", "region", "sea", "continent")
            and not _SPEAKS.match(text, p.end)
            and not _SUBJECT_VERB.match(text, p.end)
            and not is_reference_point(text, p)  # ("Al Mughayyir, northeast of Ramallah")
        ]  # fmt: skip  ("Moscow launched its invasion": a government, not a town)
        place = before[-1] if before else None
    day_src: Sentence | None = None
    place_src: Sentence | None = None
    if (
        timex is None
        or _PART_OF_DAY.fullmatch(timex.text)
        # ("**1. Camp 8W (Balukhali), Ukhiya - Monday 3 August.**" / "A gunfight broke out
        # at about 2:00am ...": an hour of the heading's day)
        or (timex.type == "TIME" and not HAS_DAY.search(timex.text))
    ) and (head := _item_header(scan, whole, sentences)) is not None:
        # "1. Ceel Afweyn district (Sanaag) - 1 September. Heavy fighting was reported from
        # mid-morning ...": the item's opening line dates and places its first report.
        timex, day_src, head_place = head
        broad = place is None or (place.feature or "") in _WIDE
        if broad and head_place is not None:
            place = head_place
            place_src = day_src
    if (
        timex is not None
        and (weekday := _BARE_WEEKDAY.fullmatch(timex.text)) is not None
        and (head := item_head) is not None
        and _weekday_of(head[0]) == weekday.group("day").lower()
    ):
        # "### 1. Baneh (Kurdistan province) - 10 September" / "Border guards opened fire
        # ... on Wednesday evening": the heading's Wednesday, not the one before the brief
        # came out
        timex, day_src = head[0], head[1]
    elif (
        timex is not None
        and (weekday := _BARE_WEEKDAY.fullmatch(timex.text)) is not None
        and LIST_ITEM.match(text, whole.start)
    ):
        # "**2. Isi-Uzo LGA, Enugu State - 7 June.** Soldiers carried out a raid in Eha-Amufu
        # on Sunday": the item's heading and its report are one sentence; its Sunday is the
        # heading's 7 June, not the Sunday before the brief came out
        timex = next(
            (
                t
                for t in scan.times
                if whole.start <= t.start < timex.start
                and _weekday_of(t) == weekday.group("day").lower()
            ),
            timex,
        )
    if place is not None and own_head is not None and _far_homonym(place, own_head):
        place = own_head  # (the heading's town, its hamlet a homonym far away)
    if (
        place is not None
        and place.country is not None
        and item_head is not None
        and item_place is not None
        and item_place.country is not None
        and (
            item_place.country != place.country
            or (item_place.feature not in _WIDE and _far_homonym(place, item_place))
        )
    ):
        # "### 4. La Libertad, Petén (Guatemala)" / "... near El Naranjo, close to the
        # border with Mexico": the item's heading says which country; a homonym abroad
        # is a misreading, the heading's place the item's
        place, place_src = item_place, item_head[1]
    if timex is None and (in_item := _item_day(scan, whole, sentences)) is not None:
        timex, day_src = in_item  # "1) NABLUS CITY - Armed clash" ... "Gunmen opened fire ..."
    if timex is None and (next_day := _day_told_next(scan, whole, sentences, i)) is not None:
        timex, day_src = next_day  # "... abducted by armed men. The incident took place on Tuesday"
    if (
        timex is not None
        and timex.type == "TIME"
        and not HAS_DAY.search(timex.text)
        and not scan.live_from
        and (same := _previous_day(scan, s, sentences)) is not None
    ):
        # "... stormed the camp late Tuesday. The attackers entered the site shortly before
        # midnight": the hour of the day just told, not of the report's day.
        timex, day_src = same
    if timex is None and place is not None and (carried := _day_continued(scan, s, sentences)):
        timex, day_src = carried  # "In Kisumu, several hundred people marched ..."
    if (
        timex is None
        and (
            _LAG_OPENER.match(whole.text)
            # "The terrorists subsequently vandalised the district administration building"
            or _THEN.search(s.text)
        )
        and (carried := _previous_day(scan, s, sentences))
    ):
        timex, day_src = carried  # "Within an hour, dozens of angry bike riders ..."
    if (
        timex is None
        and _DURING_OPENER.match(whole.text)
        and (carried := _previous_day(scan, s, sentences, far=True))
    ):
        timex, day_src = carried  # "As the operation unfolded, men ... set fire to buses"
    if timex is None and i > 0 and _ENSUING.match(whole.text):
        # "On Wednesday 24 September the units located the terrorist group in a wooded area
        # west of Nouna. During the ensuing engagement, about fifteen terrorists were
        # neutralised": the fight that followed what the sentence before told, its day and
        # place those of that sentence
        prev = sentences[i - 1]
        timex = choose_time(times_here, prev.start, prev.end, prev.end, text)
        day_src = prev if timex is not None else None
        if place is None:
            place = choose_place(where, prev.start, prev.end, prev.end, text)
            place_src = prev if place is not None else None
    if timex is None and typing.key == "ARREST" and (since := _SINCE_DAY.search(s.text)):
        # "have been held at the Amura military headquarters since Tuesday": held that day
        timex = next((t for t in times_here if s.start + since.start() <= t.start < s.end), None)
    if timex is None and place is None and (setting := _scene_set(scan, sentences, i)):
        timex, day_src, place = setting  # "... was stopped by armed men ... The driver ..."
    elif (
        timex is not None
        and day_src is None
        and timex.type == "TIME"
        and not HAS_DAY.search(timex.text)
        and place is None
        and (setting := _scene_set(scan, sentences, i))
    ):
        # "The deadliest episode happened on Sunday night in Sussuarana. ... armed men
        # entered an area ... at around 9 pm": the hour of the day the scene was set on
        timex, day_src, place = setting
    named_victim = any(h.entry.type == "person" for h in hits) and bool(
        re.search(r"\b(?:kill\w*|assassinat\w+|struck|targeted)\b", s.text, re.I)
    )
    has_place = place is not None or (not places and bool(_PLACE_CUE.search(s.text)))
    has_place = has_place or find_target(s.text, typing.trigger_end) is not None
    unlisted = _UNLISTED_PLACE.search(s.text, typing.trigger_end, typing.trigger_end + 120)
    has_place = has_place or (
        unlisted is not None
        and not _PLACE_CLAUSE_JOIN.search(s.text, typing.trigger_end, unlisted.start())
    )
    # ("soldiers searching houses in a neighbourhood near the Azezo junction shot dead four
    # civilians": the scene before the trigger, in the same clause)
    trig = typing.trigger_start
    ahead = _UNLISTED_PLACE.search(s.text, max(0, trig - 120), trig)
    has_place = has_place or (
        ahead is not None and not _PLACE_CLAUSE_JOIN.search(s.text, ahead.end(), trig)
    )
    # "had begun on Saturday afternoon in Pernambués, where a bus driver was shot dead": a
    # scene the gazetteer lacks, named as where
    has_place = has_place or _IN_WHERE.search(s.text, 0, typing.trigger_start) is not None
    # "to clear thousands of demonstrators from Rustaveli Avenue": a street the gazetteer
    # lacks is still a scene (the article's town places it, see _headline_place)
    has_place = has_place or _STREET.search(s.text) is not None
    # "Police made 22 arrests on Wednesday morning": a dated report whose place the
    # paragraph (or the one before) has set. The scene counts as a place only for a
    # sentence that tells its own day.
    scene = _scene_place(scan, s, typing) if place is None and timex is not None else None
    has_place = has_place or scene is not None
    # "The raid came two days after a boy was killed in a shootout ...": the day of the
    # incident told before, less the lag
    lagged = _days_before_told(scan, s, whole, typing) if timex is None else None
    # A headline reports the day's news: "Renewed fighting in Ghouta" needs no verb.
    headline = is_headline(article, whole)
    live = scan.live_from is not None and s.start >= scan.live_from
    now = timex is None and (headline or reported_now(whole.text))
    early = sentence_modality(s.text, typing.trigger_start)
    if early in ("threatened", "hypothetical"):
        # Kept (never counted as incidents) when someone is named as the would-be agent.
        if not named:
            return []
        lead = s.text[max(0, typing.trigger_start - 5) : typing.trigger_start]
        if re.search(r"\bthe\s+$", lead) and _FIGHT_MAY_GROW.match(s.text, typing.trigger_end):
            return []  # "the fighting in Reynosa could widen": how a told fight may grow
    elif not _is_specific(
        s,
        typing,
        # "KIA said in a statement on Tuesday that it had taken Bhamo": a day is told
        timex is not None or lagged is not None or _statement_date(scan.stated, whole) is not None,
        has_place,
        named_victim,
        now or headline,
        live=live and timex is None,
        past=_long_before(timex, article),
    ):
        _crowd_turned_violent(scan.mentions, s, typing, article)
        return []
    m = Mention(
        id=mention_id(article.id, s.index, t0),
        article_id=article.id,
        sentence=s.index,
        start=s.start,
        end=s.end,
        text=s.text,
        event_type=typing.event_type or "",
        sub_event_type=typing.sub_event_type,
        plover=typing.plover,
        trigger=typing.trigger,
    )
    prov = m.provenance
    prov["event_type"] = _evidence(article, s, t0, t1)
    # Date: the sentence's own expression, else present-tense reporting dates to the
    # article (precision 2), else the previous sentence's expression.
    if (
        timex is None
        and i > 0
        and re.match(r"\s*(?:It|The (?:strike|attack|blast|explosion)|Then|Later)\b", s.text)
    ):
        prev = sentences[i - 1]
        timex = choose_time(times_here, prev.start, prev.end, prev.end)
        tsrc = prev
    else:
        tsrc = day_src or s
    if timex is not None:
        m.date_start, m.date_end, m.date_precision = date_of(timex)
        m.date_start, m.date_end = _two_days(timex, times_here, text, m.date_start, m.date_end)
        m.date_start, m.date_end = _not_after(m.date_start, m.date_end, timex, article)
        prov["date"] = _evidence(article, tsrc, timex.start, timex.end)
    elif lagged is not None:
        lag_day, a, b = lagged
        m.date_start = m.date_end = lag_day
        m.date_precision = 1
        prov["date"] = _evidence(article, whole, a, b)
    elif scan.period is not None and s.start > scan.period[3] and not live:
        # A situation report's highlight with no day ("- Aerial bombardment in Nasir town
        # kills at least 11 civilians"): within the period it covers, even told in the
        # present tense.
        first, last, a, b = scan.period
        m.date_start, m.date_end, m.date_precision = first, last, 2
        header = next((x for x in sentences if x.start <= a < x.end), None)
        if header is not None:
            prov["date"] = _evidence(article, header, a, b)
        else:  # the header went with the date stamp: the sentence the period dates
            prov["date"] = _evidence(article, s, s.start, s.end)
    elif article.published and (
        now or live or _PRESENT.search(s.text[: typing.trigger_start + 30])
    ):
        # The day's news: the day of the report or the day before (a week-or-range
        # precision, so that the merge does not take it for a stated day).
        m.date_start = _shift_days(article.published[:10], -1)
        m.date_end = article.published[:10]
        m.date_precision = 2
        prov["date"] = _evidence(article, s, s.start, s.end)
    elif (said := _statement_date(scan.stated, whole)) is not None:
        # "A roadside bomb wounded three soldiers, the army said on Friday": on or shortly
        # before the day it was reported.
        day = date_of(said)[0]
        if day is not None:
            m.date_start, m.date_end, m.date_precision = _shift_days(day[:10], -2), day[:10], 2
            prov["date"] = _evidence(article, whole, said.start, said.end)
    if place is not None:
        m.country, m.admin1, m.admin2 = place.country, place.admin1, place.admin2
        m.location = _location(place, text)
        prov["location"] = _evidence(article, place_src or s, place.start, place.end)
    elif (
        s.start > whole.start
        and (sib := next((p for p in reversed(scan.mentions) if p.sentence == s.index), None))
        is not None
        and sib.location is not None
    ):
        # "The city was stormed by the RSF in December 2023 and recaptured by the army in
        # January 2025": the second clause's town is the first's
        m.country, m.admin1, m.admin2 = sib.country, sib.admin1, sib.admin2
        m.location = sib.location
        if (ev := sib.provenance.get("location")) is not None:
            prov["location"] = ev
    elif scene is not None:
        named_in = next((x for x in sentences if x.start <= scene.start < x.end), s)
        m.country, m.admin1, m.admin2 = scene.country, scene.admin1, scene.admin2
        m.location = _location(scene, text)
        prov["location"] = _evidence(article, named_in, scene.start, scene.end)
    # Actors.
    local_t0, local_t1 = typing.trigger_start, typing.trigger_end
    roles = assign_roles(s.text, hits, local_t0, local_t1)
    for role, hit in (("actor1", roles.actor1), ("actor2", roles.actor2)):
        if hit is None:
            continue
        if (
            hit.entry.name == "Police"
            and typing.key in _FIGHTING
            and force is not None
            and _SECURITY_FORCES.fullmatch(hit.text)
            # (but in southern Syria, where the report's one named force is Israel's,
            # "clashes between security forces and the gunmen" are Syria's own)
            and not (
                host.country is not None
                and force.country != host.country
                and (host.country, force.country) not in _OCCUPIED
            )
        ):
            # "security forces" who fight an armed group or are hit by its bombs are the
            # host's military (Pakistan's ISPR, Turkey's commandos); at a protest or an
            # arrest they stay the police
            hit = ActorHit(force, hit.start, hit.end, hit.text)
        setattr(m, role, hit.entry.name)
        setattr(m, role + "_type", hit.entry.type)
        prov[role] = _evidence(article, s, s.start + hit.start, s.start + hit.end)
    if typing.key == "ARMED_CLASH" and m.actor1 is not None and m.actor2 is None:
        _other_side(m, s, hits, article)
    if m.actor2 is None and typing.key in (
        "ATTACK",
        "AIR_STRIKE",
        "ART_MISS_ATTACK",
        "REM_EXPLOS",
        "SUIC_BOMB",
        "GRENADE",
        "EXPLOSION",
        "ABDUCT_DISSAP",
        "SEX_VIOL",
    ):
        v = _VICTIMS.search(s.text, local_t1) or _ONE_CIVILIAN.search(s.text, local_t1)
        if (
            v is not None
            and v.start() - local_t1 >= 120
            and _HARMING_BEFORE.search(s.text, max(0, v.start() - 40), v.start())
        ):
            pass  # "..., wounding a 67-year-old woman": far from the trigger, still its victim
        elif v is None or v.start() - local_t1 >= 120:
            # "At least four people were killed when drones slammed into ...": before it.
            v = _PASSIVE_VICTIMS.search(s.text, 0, local_t1) or _ONE_PASSIVE.search(
                s.text, 0, local_t1 + 40
            )
            if v is not None and (
                _POLICE_VICTIMS.search(s.text, 0, v.start())
                or _FORCE_VICTIMS.search(s.text, 0, v.start())
            ):
                # "Two policemen were martyred and seven people, including three
                # shopkeepers, were injured when a bomb hit a police van": the force was hit
                v = None
        said_in = s
        if (
            v is None
            and i + 1 < len(sentences)
            and not any(
                sentences[i + 1].start <= t.start < sentences[i + 1].end for t in times_here
            )
        ):
            # "... struck an IED near Oasse. The driver was killed and his assistant ...":
            # the victims the next sentence opens on.
            nxt_v = _ONE_PASSIVE.match(sentences[i + 1].text) or _PASSIVE_VICTIMS.match(
                sentences[i + 1].text, 4 if sentences[i + 1].text.startswith("The ") else 0
            )
            if nxt_v is not None:
                v, said_in = nxt_v, sentences[i + 1]
        if said_in is not s and v is not None:
            _civilians_hit(
                m, _evidence(article, said_in, said_in.start + v.start(), said_in.start + v.end())
            )
        elif v is not None and (
            v.start() < local_t0
            or v.start() - local_t1 < 120
            or _HARMING_BEFORE.search(s.text, max(0, v.start() - 40), v.start())
        ):
            _civilians_hit(m, _evidence(article, s, s.start + v.start(), s.start + v.end()))
            if typing.key in ("ATTACK",) or m.event_type == "Battles":
                m.event_type, m.sub_event_type = "Violence against civilians", "Attack"
        elif (
            v is None
            and m.event_type == "Explosions/Remote violence"
            and (thing := _CIVILIAN_THING.search(s.text, local_t0)) is not None
            and thing.start() - local_t1 < 60
            and not _FORCE_VICTIMS.search(s.text)  # ("four soldiers were wounded when ...")
        ):
            # "an enemy FPV drone hit a passenger car", "their tractor struck an anti-tank
            # mine": what was hit was civilians'
            _civilians_hit(m, _evidence(article, s, s.start + thing.start(), s.start + thing.end()))
    if typing.key in ("ARREST", "ABDUCT_DISSAP"):
        # "detained two men ... on behalf of Ukrainian intelligence", "abducted 14 men,
        # accusing them of collaborating with the army": the people taken are the target.
        held = _DETAINED_PEOPLE.match(s.text, local_t0)
        target_ev = m.provenance.get("actor2")
        if (
            held is not None
            and target_ev is not None
            and m.actor2_type in _GROUP_TYPES
            and _MEMBERS_OF.match(s.text, held.end(), target_ev.start - s.start)
        ):
            # "detained four members of a cell of the 'Islamic State'", "arrested five
            # suspected members of Barrio 18": the group is who was arrested.
            held = None
        if held is not None and (
            m.actor2 is None or target_ev is None or target_ev.start - s.start >= held.end()
        ):
            _civilians_hit(m, _evidence(article, s, s.start + held.start(), s.start + held.end()))
        if typing.key == "ARREST":
            _members_held(m, s, article, local_t0)
    _refine_roles(m, typing.key, hits, roles, s, article, mentions)
    # A foreign state's forces taking a town ("Units of the Vostok group of forces liberated
    # the settlement of Pokrovske") overtake it as ACLED codes it: only the country's own
    # government regains its territory.
    own = _force_country(m.actor1)
    foreign = (
        m.actor1_type == "state force"
        and None not in (own, m.country)
        and own != m.country
        # ("RDF units ... retook the village": an ally taking a place back for the host)
        and not re.match(r"re(?:took|taken|captur|gain)", typing.trigger, re.I)
    )
    if m.sub_event_type == "Government regains territory" and (
        m.actor1_type in _NON_STATE or foreign
    ):
        # "Al-Shabaab's recapture of several villages": only a state regains territory.
        m.sub_event_type = "Non-state actor overtakes territory"
    elif m.sub_event_type == "Non-state actor overtakes territory" and (
        m.actor1_type == "state force" and not foreign
    ):
        m.sub_event_type = "Government regains territory"
    next_text = sentences[i + 1].text if i + 1 < len(sentences) else ""
    if m.sub_event_type == "Government regains territory" and (
        _NO_FIGHT.search(s.text) or _NO_FIGHT.match(next_text)
    ):
        # "FACA units entered Niem after 3R fighters withdrew. No fighting was reported.": a
        # government regains a town by battle; with no armed interaction it is a transfer.
        m.event_type, m.sub_event_type, m.plover = (
            "Strategic developments", "Non-violent transfer of territory", "RETREAT"
        )  # fmt: skip
    crowd_of: str | None = None
    if m.sub_event_type == "Protest with intervention":
        # "Police fired tear gas to disperse residents who had blocked a road to protest",
        # "... to break up a procession by supporters of the Awami League": in a protest
        # the crowd acts (with the group it supports alongside) and the police intervene.
        intervener = next((h for h in hits if h.entry.type == "state force"), None)
        if intervener is not None:
            for name, kind in ((m.actor1, m.actor1_type), (m.actor2, m.actor2_type)):
                if (
                    name
                    and name != intervener.entry.name
                    and kind not in ("civilians", "protesters")
                ):
                    crowd_of = crowd_of or name
            _set_actor(m, "actor2", intervener, article, s)
            m.actor1 = None
            m.provenance.pop("actor1", None)
    crowd_hit = (
        _CROWD_AGENT.search(s.text, max(0, local_t0 - 70), local_t0)
        if m.actor1 is None and typing.key in ("ATTACK", "PROPERTY_DISTRUCT")
        else None
    )
    if crowd_hit is not None and not any(h.entry.type in _ARMED for h in hits):
        # "A crowd of young men attacked the party office", "a crowd looted four shops": an
        # unarmed crowd's violence is mob violence (ACLED's Riots), its actor the rioters.
        m.event_type, m.sub_event_type, m.plover = "Riots", "Mob violence", "ASSAULT"
        prov["event_type"] = _evidence(article, s, s.start + crowd_hit.start(), s.start + local_t1)
    if m.sub_event_type in (
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    ):
        # "ISWAP fighters entered Marte after Nigerian Army troops withdrew": who withdrew
        # gave the town up; the other armed side took it.
        left = next((h for h in hits if _WITHDREW.match(s.text, h.end)), None)
        taker = next((h for h in hits if h is not left and h.entry.type in _ARMED), None)
        if left is not None and taker is not None:
            _set_actor(m, "actor1", taker, article, s)
            _set_actor(m, "actor2", left, article, s)
    if m.actor2 is None and m.sub_event_type in (
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    ):
        # "youths ... attacked police vehicles": the state force the sentence names is the
        # other side of a riot or a protest broken up.
        state = next(
            (h for h in hits if h.entry.type == "state force" and h.entry.name != m.actor1), None
        )
        if state is not None:
            _set_actor(m, "actor2", state, article, s)
    if (
        m.sub_event_type == "Peaceful protest"
        and m.actor1_type == "state force"
        and (ev := prov.get("actor1")) is not None
        and _DEMAND_BEFORE.search(s.text, 0, ev.start - s.start)
    ):
        # "women held a sit-in to demand news of relatives detained by the army": the force
        # is what they protest about, not who acted
        m.actor1 = m.actor1_type = None
        prov.pop("actor1", None)
    if (
        m.sub_event_type in ("Protest with intervention", "Violent demonstration", "Mob violence")
        and m.actor1_type == "state force"
        and m.actor2 is None
    ):
        # "Police fired tear gas to disperse youths who set a patrol van ablaze": the crowd
        # acts, the police are the other side.
        m.actor2, m.actor2_type = m.actor1, m.actor1_type
        if (ev := prov.pop("actor1", None)) is not None:
            prov["actor2"] = ev
        m.actor1 = m.actor1_type = None
    if (
        m.sub_event_type in ("Peaceful protest", "Protest with intervention")
        and m.actor1 is not None
        and m.actor1_type != "protesters"
    ):
        # ACLED's actor of a demonstration is its crowd ("Protesters (Yemen)"): a group that
        # called it ("the weekly rally called by the Houthis") is associated with it, a force
        # it names ("in support of the army") is what it is about, or who broke it up.
        if m.actor1_type == "state force":
            if m.sub_event_type == "Protest with intervention" and m.actor2 is None:
                m.actor2, m.actor2_type = m.actor1, m.actor1_type
                if "actor1" in prov:
                    prov["actor2"] = prov["actor1"]
        elif m.actor1 not in m.assoc_actors:
            m.assoc_actors = [*m.assoc_actors, m.actor1]
        m.actor1 = m.actor1_type = None
        prov.pop("actor1", None)
    if m.sub_event_type == "Peaceful protest" and m.actor2 is not None:
        # A peaceful protest has no other side ("chanting slogans against the United
        # States" names whom it is against, not a party to it).
        m.actor2 = m.actor2_type = None
        prov.pop("actor2", None)
    if m.actor1 is None and m.event_type in ("Protests", "Riots"):
        # Those who demonstrate are the actor ACLED codes, named by their country when no
        # group is: "several hundred residents marched through Butembo".
        crowd = "Protesters" if m.event_type == "Protests" else "Rioters"
        m.actor1, m.actor1_type = people_of(crowd, m.country), "protesters"
    if m.actor1 is None and s is not whole:
        _shared_subject(m, s, mentions)
    if m.actor1 is None:
        _country_subject(m, s, places, local_t0, article)
    _force_as_victim(m, s, force, article)
    _members_killed(m, s, hits, article)
    _force_fell_too(m, s, hits, article)
    # (a lone headline gives no frame: on Syria, where several air forces strike, it says
    # nothing of whose)
    framed = bool(host.named) or len(sentences) > 2
    _state_striker(m, s, hits, force if framed else None, article, t0, t1)
    _operation_against(m, s, hits, article)
    civil = m.provenance.get("actor2") if m.actor2_type == "civilians" else None
    if (m.actor2 is None or civil is not None) and m.event_type in _VIOLENT_TYPES:
        police_hit = _POLICE_VICTIMS.search(s.text)
        police = actor_table().get("Police")
        if (
            police_hit is not None
            and police is not None
            and m.actor1 != police.name
            # ("Two policemen were martyred and seven people, including three shopkeepers,
            # were injured": the police named first were the target)
            and (civil is None or s.start + police_hit.start() < civil.start)
        ):
            # "Two police commandos were killed when ...": the police were hit.
            m.actor2, m.actor2_type = police.name, police.type
            g = "who" if police_hit.group("who") else "who2"
            m.provenance["actor2"] = _evidence(
                article, s, s.start + police_hit.start(g), s.start + police_hit.end(g)
            )
    _agent_in_next(m, s, s, force, article)  # "The army said it had killed 30 militants"
    for nxt in _same_item(sentences[i + 1 : i + 3]):
        if any(nxt.start <= t.start < nxt.end for t in times_here):
            break  # a sentence with its own day tells another incident
        _agent_in_next(m, s, nxt, force, article)
    _named_later(m, _same_item(sentences[i + 1 : i + 7]), scan)
    _strike_attributed(m, s, typing, _same_item(sentences[i + 1 : i + 3]), scan, force)
    _anaphoric_agent(m, typing, sentences, i, article, scan.mentions)
    _defender_speaks(m, s, hits, article)
    if m.actor1 is None:
        # "Soldiers and VDP fought off a large-scale assault on Djibo": the defenders are the
        # other side now, and the assault's agent may be named further on
        _named_later(m, _same_item(sentences[i + 1 : i + 7]), scan)
    if m.actor1 is None and m.sub_event_type == "Arrests":
        # "Four men were arrested in Kokrajhar": an arrest is made by the state, its police
        # unless the text names another force.
        m.actor1, m.actor1_type = police_of(m.country), "state force"
        prov["actor1"] = _evidence(article, s, t0, t1)
    if m.actor1 is None and m.event_type == "Explosions/Remote violence":
        _weapon_user(m, s, article)
    target = prov.get("actor2")
    if (
        m.sub_event_type == "Attack"
        and m.actor2_type == "state force"
        and target is not None
        and target.start >= s.start + local_t1
        and _OBJECT_GAP.fullmatch(text[s.start + local_t1 : target.start]) is not None
    ):
        # "gunmen fired on a police checkpoint", "rebels attacked a position of troops": an
        # attack on armed forces is a battle in ACLED's coding, not violence against civilians
        m.event_type, m.sub_event_type, m.plover = "Battles", "Armed clash", "FIGHT"
    assoc = {h.entry.name for h in roles.assoc or []} | ({crowd_of} if crowd_of else set())
    m.assoc_actors = sorted((assoc | set(m.assoc_actors)) - {m.actor1, m.actor2})
    # Weapon and target.
    w = find_weapon(s.text, local_t0)
    if w is not None and any(
        h.start < w[1] and w[0] < h.end and s.text[h.start - 1 : h.start] in ('"', "“")
        for h in hits
    ):
        w = None  # ('the self-defence group "El Machete"': a group's name, no weapon)
    if w is not None and (m.event_type != "Protests" or m.sub_event_type != "Peaceful protest"):
        # A protest's means are those used against it ("police fired tear gas").
        m.weapon = s.text[w[0] : w[1]]
        prov["weapon"] = _evidence(article, s, s.start + w[0], s.start + w[1])
    elif m.sub_event_type != "Peaceful protest" and (shots := _SHOTS.search(s.text)):
        # "gunmen opened fire on a minibus", "was shot dead", "police opened fire on the
        # crowd": the means the verb names
        m.weapon = "gunfire"
        prov["weapon"] = _evidence(article, s, s.start + shots.start(), s.start + shots.end())
    elif m.sub_event_type != "Peaceful protest" and (burnt := _ARSON.search(s.text)):
        # "gunmen set fire to 20 fuel tankers", "settlers torched two homes": arson
        m.weapon = "arson"
        prov["weapon"] = _evidence(article, s, s.start + burnt.start(), s.start + burnt.end())
    elif m.event_type in ("Battles", "Violence against civilians") and (
        gunmen := _GUNMEN.search(s.text)
    ):
        # "gunmen ambushed a public motor vehicle": men named by their guns
        m.weapon = "gunfire"
        prov["weapon"] = _evidence(article, s, s.start + gunmen.start(), s.start + gunmen.end())
    means = _MEANS_OF.get(m.sub_event_type or "")
    # "several shells landed in a residential area", "the RSF shelled the market",
    # "detonated a mine", "an explosive vest": the kind's own means, said plainly
    if m.weapon is None and means is not None and (plain := means.search(s.text)) is not None:
        m.weapon = plain.group(0)
        prov["weapon"] = _evidence(article, s, s.start + plain.start(), s.start + plain.end())
    tg = find_target(s.text, local_t1)
    if tg is not None:
        m.target = s.text[tg[0] : tg[1]]
        prov["target"] = _evidence(article, s, s.start + tg[0], s.start + tg[1])
    # Casualties (separate stage; absent until it is installed).
    if casualties is not None:
        # "..., days after security forces killed six insurgents": another event's toll.
        later = LATER_EVENT.search(s.text, local_t1)
        clause = s.text[: later.start()] if later is not None else s.text
        # "The death toll from an assault on an army base has risen to nine soldiers,
        # officials said on Wednesday, as hundreds of people marched": the toll before the
        # statement is the earlier incident's, not the act told after it
        cut = max((x.end() for x in SAID_THEN_AS.finditer(clause, 0, local_t0)), default=0)
        fat, inj, spans = casualties(clause[cut:], offset=s.start + cut)
        m.fatalities, m.injuries = fat, inj
        for key, (a, b) in spans.items():
            prov[key] = _evidence(article, s, a, b)
    # Modality, then background.
    modality = sentence_modality(s.text, local_t0)
    if (
        typing.key in ("ARREST", "ABDUCT_DISSAP")
        and modality == "contested"
        and _CHARGE.search(s.text)
    ):
        modality = "asserted"  # "arrested 11 men suspected of ...": the charge, not blame
    if modality in ("asserted", "claimed") and i + 1 < len(sentences):
        nxt = sentences[i + 1]
        nxt_hits = table.find(nxt.text, adjectives=True)
        shared = (
            m.actor2 is not None
            and m.actor2_type == "person"
            and any(h.entry.name == m.actor2 for h in nxt_hits)
        )
        follow = follow_up_modality(nxt.text, shared_actor=shared)
        if follow is not None and (modality == "asserted" or follow == "contested"):
            modality = follow
            prov["modality"] = _evidence(article, nxt, nxt.start, nxt.end)
            absorbed.add(nxt.index)  # the blame sentence is about this event
            if shared:
                accused = _accused(nxt.text, nxt_hits)
                if m.actor1 is None and accused is not None:
                    _set_actor(m, "actor1", accused, article, nxt)
    m.modality = modality
    if m.modality != "asserted" and "modality" not in prov:
        prov["modality"] = _evidence(article, s, s.start, s.end)
    age = _days_before(article.published, m.date_start)
    if age is not None and age < 0 and m.modality == "asserted":
        # "Shia organisations announced a protest for Friday" in a Thursday report: an
        # event dated after its report has not happened yet.
        m.modality = "hypothetical"
        prov["modality"] = prov.get("date") or _evidence(article, s, s.start, s.end)
    cue = bool(_BACKGROUND_CUE.search(s.text[:local_t0][-60:]))
    # ("On 3 October 2024, Gran Grif fighters killed at least 115 people in Pont-Sondé" in
    # a July 2025 report: a day given with its year, months before, is the story's past)
    dated = prov.get("date")
    yeared = dated is not None and re.search(r"\b(?:19|20)\d\d\b", dated.text) is not None
    # ("In June, clashes between herders and farmers near Garsen forced thousands from their
    # homes" in a September report: a month named alone, ended two months before, is past)
    month_only = dated is not None and _MONTH_ALONE.fullmatch(dated.text) is not None
    ended = _days_before(article.published, m.date_end) if month_only else None
    m.historical = age is not None and (
        age > 300
        or (cue and age > 30)
        or (yeared and age > 90)
        or (ended is not None and ended > 60)
    )
    if m.historical:
        prov["historical"] = prov.get("date") or _evidence(article, s, t0, t1)
    apply_context(m, typing, _within_item(ctx, text, s))
    retold = (
        m.date_start is not None
        and _THE_EVENT_OPENER.match(s.text, 0, typing.trigger_end + 1) is not None
        and (told := _referred_event(s, typing, mentions)) is not None
        and told.sub_event_type == m.sub_event_type
        and _same_days(m, told)
    )
    if retold:
        # "The drone hit the minibus near a bus stop shortly after 8 a.m., the governor
        # wrote": the incident just told, told again in detail.
        return []
    if (
        m.date_start is not None
        and m.event_type in _VIOLENT_TYPES
        and _DAYS_NOUN_BEFORE.search(s.text, 0, typing.trigger_start) is not None
        and any(
            p.article_id == m.article_id
            and p.event_type in _VIOLENT_TYPES
            and not p.historical
            and _same_days(m, p)
            for p in mentions
        )
    ):
        # "Moroccan authorities described Thursday's attack as 'a deliberate targeting of
        # civilians'": the incident of that day, told before, named by its day
        return []
    if (
        m.date_start is not None
        and m.event_type in _VIOLENT_TYPES
        and _THE_ATTACKERS.match(s.text) is not None
        # (one that names a town of its own, "The militants attacked the checkpoint at the
        # entrance of Mudiyah town", tells more and stays)
        and (m.location is None or (m.location.precision or 0) >= 3)
        and any(
            p.article_id == m.article_id
            and p.sentence == s.index - 1
            and p.event_type in _VIOLENT_TYPES
            and not p.historical
            and _same_days(m, p)
            for p in mentions
        )
    ):
        # "... when armed herders attacked Okokolo on Saturday. The attackers, said to number
        # more than 50, stormed the community at about 4pm on Saturday": the same attack
        return []
    if (
        (later_death := _HURT_THEN_DIED.match(s.text)) is not None
        and later_death.start("hurt") <= typing.trigger_start < later_death.end("hurt")
        and any(p.article_id == m.article_id and p.event_type in _VIOLENT_TYPES for p in mentions)
    ):
        # "A sergeant who was shot in the chest died at Our Lady of Lourdes Hospital on
        # Tuesday evening": one hurt in the incident told died later; no new incident
        return []
    if _DENIED_ACT.search(s.text[: typing.trigger_start]) and m.event_type in _VIOLENT_TYPES:
        # "Pakistan's military spokesman denied that its troops had opened fire first": the
        # other side's answer to the incident just told, which it disputes
        same_day = [
            p for p in mentions
            if p.article_id == m.article_id and not p.historical
            and p.event_type in _VIOLENT_TYPES and p.date_start == m.date_start
        ]  # fmt: skip
        if same_day and m.date_start is not None:
            told = same_day[-1]
            if told.modality in ("asserted", "claimed"):
                told.modality = "contested"
                told.provenance["modality"] = _evidence(article, s, s.start, s.end)
            return []
    if m.date_start is None and article.published and not m.historical:
        told = _referred_event(s, typing, mentions) or _told_before(
            m, mentions, in_told=_IN_THE_INCIDENT.search(s.text, typing.trigger_end) is not None
        )
        if told is not None:
            # "Russian officials have not confirmed the attack", "outlets accused the US of
            # hitting a farm": an undated sentence about an incident told just before.
            if m.modality in ("contested", "denied") and told.modality in ("asserted", "claimed"):
                told.modality = "contested"
                told.provenance["modality"] = _evidence(article, s, s.start, s.end)
            for key in ("fatalities", "injuries"):
                # ("One guardsman was killed ... in Sunday's attack": that attack's toll)
                if getattr(told, key) is None and getattr(m, key) is not None:
                    setattr(told, key, getattr(m, key))
                    told.provenance[key] = m.provenance[key]
            return []
    follow_up(m, typing, sentences, i, times_here, article, places)
    _told_next(m, sentences[i + 1] if i + 1 < len(sentences) else None, whole, scan)
    _killing_not_looting(m)
    _protesters_held(m, s, article)
    _intervened_here(m, s, article)
    _deadly_force_on_crowd(m, s)
    _arson_not_attack(m, s)
    _communal_sides(m, s, article)
    _armed_on_armed(m, typing, s)
    _groups_fought(m, s)
    _party_brawl(m, s)
    _mob_on_person(m, s, article)
    _force_passing(m, s, article)
    _neutralised_by_state(m, s, article)
    _crowd_fight(m, s)
    _dropped_by_drone(m, s)
    if m.actor1 is not None and m.actor1 == m.actor2 and m.event_type not in ("Battles", "Riots"):
        # ("Three soldiers were martyred when a suicide bomber rammed ... a security forces'
        # camp": the camp's force was hit, not the bomber; two units of one force may fight
        # each other, but no force bombs itself)
        m.actor1 = m.actor1_type = None
        m.provenance.pop("actor1", None)
    return [
        m,
        *split_by_site(m, places, s, typing, article),
        *second_act(m, s, article),
        *march_before(m, s, article),
    ]


_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_DENIED_ACT = re.compile(
    r"\b(?:denied|denies|rejected)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}(?:had\s+|has\s+)?$", re.I
)
_REFERS_BACK = re.compile(
    r"(?:\b(?:the|this|that|its|their|[a-z]+'s)\s+(?:[\w-]+\s+){0,2}$|"
    r"\baccus\w*\s+(?:\S+\s+){1,4}of\s+(?:\w+\s+){0,6}$)",
    re.I,
)


_DAYS_NOUN_BEFORE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday)['’]s\s+(?:[\w-]+\s+)?$"
)
# A sentence that opens on the incident itself, named definitely: "The drone hit ...",
# "The strike destroyed ...", "The attackers ...".
_THE_ATTACKERS = re.compile(
    r"\s*The\s+(?:attackers|gunmen|assailants|raiders|militants|bandits|armed\s+men)\b"
)
_THE_EVENT_OPENER = re.compile(
    r"\s*(?:The|That|This|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|Yesterday's|Today's)"
    r"\s+(?:[\w-]+\s+)?(?:drones?|strikes?|air ?strikes?|blast|explosion|"
    r"bomb|shells?|missiles?|rockets?|attack|ambush|raid|shelling|bombing|"
    # "Sunday's rally marked the 375th consecutive evening of protests": the rally just told
    r"rally|protest|march|demonstration|sit-in|riot|clashes|fighting)\b"
)


def _same_days(a: Mention, b: Mention) -> bool:
    """Whether two mentions' date ranges overlap."""
    if not (a.date_start and b.date_start):
        return False
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    return a.date_start[:10] <= b_end[:10] and b.date_start[:10] <= a_end[:10]


def _referred_event(s: Sentence, typing: Typing, mentions: list[Mention]) -> Mention | None:
    """The incident an undated sentence refers back to ("the attack", "accused the US of
    hitting ..."): the last mention of the same kind up to three sentences before."""
    if not _REFERS_BACK.search(s.text[: typing.trigger_start][-50:]):
        return None
    family = typing.event_type
    for p in reversed(mentions):
        if s.index - p.sentence > 3:
            return None
        if p.event_type == family or (p.event_type in _VIOLENT_TYPES and family in _VIOLENT_TYPES):
            return p
    return None


_INTERVENED = re.compile(
    r"\b(?:tear ?gas|water cannons?|pepper spray|dispers\w+|baton\w*|rubber bullets|"
    r"fired (?:shots|live (?:rounds|ammunition)|in the air)|shots in the air|broke up|charged)\b",
    re.I,
)


# "The march dispersed without incident": the crowd left, nobody broke it up.
_CROWD_VIOLENCE = re.compile(
    r"\b(?:stones|rocks|bottles|petrol bombs|molotov cocktails)\s+(?:were|had been)\s+"
    r"(?:thrown|hurled)|\b(?:threw|hurled|pelted)\s+(?:\w+\s+){0,2}?(?:stones|rocks|bottles|"
    r"petrol bombs|molotov)|\b(?:set fire to|torched|burned|ransacked|looted)\b",
    re.I,
)
_LEFT_CALMLY = re.compile(
    r"\bwithout (?:incidents?|violence|arrests|intervening)\b|\bdispersed (?:\w+ )?(?:peacefully|"
    r"calmly|quietly|on (?:its|their) own)\b|\bpeacefully dispersed\b|\bdid not intervene\b|"
    r"\b(?:passed off|ended|passed|went off) (?:\w+ )?(?:peacefully|calmly|without incident)\b|"
    # "The gathering was peaceful and dispersed at midday after the mayor received a
    # delegation", "the youths dispersed after the district head addressed them"
    r"\b(?:was|were|remained) (?:largely |entirely |completely )?peaceful\b|"
    r"\bdispersed (?:\w+ ){0,3}?after (?:the |a )?(?:\w+ ){0,2}?(?:addressed|received|met|"
    r"spoke|promised|listened)|"
    # "The gathering dispersed after a memorandum was handed to consulate staff": the crowd
    # left of itself (not "were dispersed by police")
    r"\b(?:gathering|crowd|rally|march|protest|demonstration|sit-in|vigil|marchers|protesters|"
    r"demonstrators|participants)\s+(?:later\s+|then\s+|eventually\s+)?dispersed\b"
    r"(?!\s+(?:by|with|using|after\s+(?:police|security|troops|soldiers)))|"
    # "the protesters handed a petition to county officials before dispersing"
    r"\b(?:before|then)\s+dispers(?:ing|ed)\b|"
    r"\bdispersed\s+after\s+(?:handing|submitting|delivering|presenting|reading)\b",
    re.I,
)
_CROWD_TURNED = re.compile(
    r"\s*(?:(?:In\s+the\s+course\s+of|During)\s+the\s+(?:blockade|protest|march|"
    r"demonstration|rally|sit-in)|(?:Some|Several|A\s+group\s+of)\s+(?:of\s+the\s+)?"
    r"(?:participants|protesters|demonstrators|marchers)|"
    # "The protest turned violent when some participants forced open a warehouse"
    r"The\s+(?:protest|demonstration|march|rally|crowd|sit-in)\s+turned\s+violent)\b"
)
_CROWD_AGAIN = re.compile(
    r"\s*(?:The|These|Those)\s+(?:\w+\s+)?(?:protesters|demonstrators|marchers|crowd|"
    r"protest|march|rally|sit-in)\b"
)


def _intervened_here(m: Mention, s: Sentence, article: Article) -> None:
    """A protest whose own sentence tells the police breaking it up ("police fired rubber
    bullets and arrested eight people when residents marched to municipal offices") is a
    protest with intervention."""
    if m.sub_event_type != "Peaceful protest" or _LEFT_CALMLY.search(s.text):
        return
    cue = _INTERVENED_HERE.search(s.text)
    if cue is None or not POLICE_WORD.search(s.text) or m.actor1_type == "state force":
        return
    m.sub_event_type = "Protest with intervention"
    m.provenance["event_type"] = _evidence(article, s, s.start + cue.start(), s.start + cue.end())


# The police's own means in a protest's sentence ("... before dispersing" is the crowd's).
_INTERVENED_HERE = re.compile(
    r"\b(?:tear ?gas|water cannons?|pepper spray|batons?|baton charges?|rubber bullets|"
    r"fired (?:shots|live (?:rounds|ammunition)|in the air)|shots in the air|broke up|"
    r"dispersed (?:the|a|them)\b|to disperse)",
    re.I,
)
# Property burned with no one hurt: "an arson attack damaged a refugee shelter".
_HURT = re.compile(
    r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|hurt|shot|shots|opened fire|fired at|"
    r"stabb\w*|beat(?:en|ing)?|hacked|assault\w*|abduct\w*|kidnap\w*|raped)\b",
    re.I,
)


_CROWD_KILLED = re.compile(
    r"\b(?:protesters|demonstrators|marchers|worshippers|mourners)\s+(?:\w+\s+){0,2}?"
    r"(?:died|were killed|were shot dead)|(?:opened fire on|fired (?:live \w+ )?(?:on|at|into))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:protesters|demonstrators|marchers|supporters marching|"
    r"crowds?)\b",
    re.I,
)


def _deadly_force_on_crowd(m: Mention, s: Sentence) -> None:
    """A protest the police broke up where protesters died ("85 protesters died after
    security forces broke up a demonstration"), or a state force's killing of people who
    were marching ("security forces opened fire on supporters marching at Sacaba, killing
    ten"), is excessive force against protesters."""
    dead = m.fatalities is not None and any(
        v for v in (m.fatalities.value, m.fatalities.lower) if v
    )
    if not dead or not _CROWD_KILLED.search(s.text):
        return
    if m.sub_event_type == "Protest with intervention" or (
        m.sub_event_type == "Attack" and m.actor1_type == "state force"
    ):
        m.event_type, m.sub_event_type, m.plover = (
            "Protests", "Excessive force against protesters", "PROTEST"
        )  # fmt: skip
        if m.actor2_type == "civilians":  # those killed were protesters
            m.actor2, m.actor2_type = people_of("Protesters", m.country), "protesters"


def _arson_not_attack(m: Mention, s: Sentence) -> None:
    """An arson on property that hurt no one is property destruction, not an attack; nor a
    riot, where an armed group set the fire ("its fighters burned a backhoe and a dump truck
    at a quarry")."""
    if not _ARSON.search(s.text):
        return
    if m.sub_event_type == "Violent demonstration" and m.actor1_type in (
        "rebel group",
        "militia",
        "unidentified armed group",
    ):
        m.event_type, m.sub_event_type = "Strategic developments", "Looting/property destruction"
        m.plover = "COERCE"
        return
    if m.sub_event_type != "Attack":
        return
    if m.fatalities is not None and (m.fatalities.value or m.fatalities.lower or 0) > 0:
        return
    if m.injuries is not None and (m.injuries.value or m.injuries.lower or 0) > 0:
        return
    if _HURT.search(s.text.replace("no injuries", "").replace("nobody was hurt", "")):
        return
    m.event_type, m.sub_event_type = "Strategic developments", "Looting/property destruction"
    m.plover = "COERCE"


# "... and fired several shots at the security guard on duty": people fired at.
_FIRED_AT_PEOPLE = re.compile(
    r"\b(?:fired|opened fire)\s+(?:[\w-]+\s+){0,3}?(?:at|on)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:guards?|m[ae]n|wom[ae]n|drivers?|residents?|people|workers?|"
    r"farmers?|famil(?:y|ies)|civilians?|villagers?|passengers?)\b",
    re.I,
)


# Communities that fight as such, named as ACLED names communal militias: "the Hiwa clan"
# ("Hiwa Clan Militia (Papua New Guinea)"), "Arab herders and Dadjo farmers" ("Arab Ethnic
# Militia (Chad)"), "rival clans" ("Unidentified Clan Militia (...)").
_GROUP_WORD = {
    "clan": "Clan", "clans": "Clan", "clansmen": "Clan", "tribe": "Tribal", "tribes": "Tribal",
    "tribesmen": "Tribal", "tribal": "Tribal", "community": "Communal", "communities": "Communal",
    "communal": "Communal",
}  # fmt: skip
_NAMED_COMMUNITY = re.compile(
    r"\b(?:the\s+)?(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+))\s+"
    r"(?P<word>clan|clansmen|tribe|tribesmen)\b",
    re.I,
)
# "Biimaal and Habar Gidir clan militias clashed": two clans named before one clan word
_CLAN_PAIR = re.compile(
    r"\b(?P<a>(?-i:(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+))\s+and\s+(?:the\s+)?"
    r"(?P<b>(?-i:(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+))\s+(?P<word>clans|clan|tribes|tribal)\b",
    re.I,
)
# Peoples whose armed men ACLED codes as "<People> Ethnic Militia (<country>)": "armed
# Fulani herders", "Misseriya gunmen", "Lendu militiamen".
_PEOPLES = (
    r"Fulani|Fula|Peulh?|Tiv|Berom|Dogon|Bambara|Mossi|Hema|Lendu|Murle|Dinka|Nuer|Misseriya|"
    r"Masalit|Zaghawa|Rizeigat|Dadjo|Kusasi|Mamprusi|Konkomba|Chokwe|Twa|Luba|Borana|Gabra|"
    r"Garre|Degodia|Pokot|Turkana|Samburu|Afar|Issa|Oromo|Gedeo|Guji|Tuareg|Toubou|Tebu|Teda|Arab|"
    # the Karamoja cluster's pastoralists, on both sides of the Uganda-Kenya-South Sudan borders
    r"Karamojong|Karimojong|Karimojongs?|Dodoth|Jie|Matheniko|Bokora|Toposa|Nyangatom|"
    r"Didinga|Marakwet|Dassanech|Anyuak|Anuak|Gumuz|"
    # western DR Congo's Kwamouth conflict and the Kasais
    r"Teke|Yaka|Lulua|Pende|"
    # the Kordofans' and Darfur's Baggara and camel-herding peoples
    r"Hamar|Kababish|Hawazma|Habbaniya|Maalia|Salamat|Beni Halba|Messiria|Nuba"
)
_ETHNIC_PAIR = re.compile(
    r"\bbetween\s+(?P<a>(?-i:[A-Z][\w'’-]+))\s+(?:herders|farmers|pastoralists|hunters|"
    r"villagers|youths|fishermen|communities|community members)\s+and\s+(?P<b>(?-i:[A-Z][\w'’-]+))"
    r"\s+(?:herders|farmers|pastoralists|hunters|villagers|youths|fishermen|communities|"
    r"community members)\b"
    # "Armed Turkana and Pokot herders clashed", "Borana and Gabra militias fought": two
    # peoples sharing one noun
    rf"|\b(?:armed\s+)?(?P<a2>(?-i:{_PEOPLES}))\s+and\s+(?P<b2>(?-i:{_PEOPLES}))\s+"
    r"(?:herders|pastoralists|herdsmen|youths|militiamen|militias|gunmen|fighters|raiders|"
    r"warriors|communities|clans)\b"
    # "militias from the Habar Jeclo and Habar Yonis sub-clans fought": Somalia's clans
    r"|\b(?:clan\s+)?militi(?:as|amen)\s+(?:from|of)\s+the\s+"
    r"(?P<a3>(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))\s+and\s+"
    r"(?P<b3>(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))\s+(?:sub-?)?clans?\b",
    re.I,
)
# "elders of the Habar Jeclo and Habar Yonis signed a ceasefire": the two clans agree
_CLAN_ELDERS = re.compile(
    r"\belders\s+(?:of|from)\s+the\s+(?P<a>(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))\s+and\s+"
    r"(?:the\s+)?(?P<b>(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))\b"
)
_ETHNIC_ARMED = re.compile(
    rf"\b(?:(?P<arm>armed\s+)?(?P<armed>(?-i:{_PEOPLES}))\s+(?:herders|pastoralists|herdsmen|youths)|"
    # ("Teke self-defence militiamen")
    rf"(?P<name>(?-i:{_PEOPLES}))\s+(?:self-defen[cs]e\s+)?(?:militiamen|militias?|gunmen|"
    r"fighters|raiders|warriors|bandits|"
    r"rustlers|attackers|armed\s+(?:group|men))s?|"
    # "raiders believed to be from the Toposa community", "suspected to be Karimojong"
    r"(?:raiders|gunmen|attackers|assailants|rustlers|warriors|armed\s+men)\s+(?:who\s+were\s+)?"
    r"(?:believed|suspected|thought|said)\s+to\s+(?:be|have\s+been)\s+(?:from\s+)?(?:the\s+)?"
    rf"(?P<sus>(?-i:{_PEOPLES}))\b)\b",
    re.I,
)  # ("abducted two Fulani herders": herders are people until they are armed)
# "Turkana raiders from Kenya", "the Toposa community of South Sudan": the people's own
# country, across a border from the scene
_PEOPLE_FROM = re.compile(
    r"\s*(?:community\s+|communities\s+|pastoralists\s+|herders\s+)?(?:from|of)\s+"
    r"(?:neighbou?ring\s+)?(?:the\s+)?(?P<land>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\b"
)
# Nigeria's herders who are armed or suspected of an attack (who are Fulani in ACLED's coding)
_NG_HERDERS = re.compile(
    r"\b(?:armed|suspected(?:\s+armed)?|(?:believed|suspected)\s+to\s+be(?:\s+armed)?)\s+"
    r"(?:herders|herdsmen|pastoralists)\b",
    re.I,
)
_UNNAMED_COMMUNITIES = re.compile(
    # ("two Huli clans fought": clans of one people, each side that people's militia)
    r"\b(?:rival|two|neighbouring|neighboring|opposing|feuding)\s+(?:local\s+)?"
    r"(?:(?P<people>(?-i:[A-Z][\w'’-]+))\s+)?"
    r"(?P<word>clans|tribes|communities)\b|\b(?:between|among)\s+(?P<w2>clans|tribes)\b|"
    r"\b(?P<w3>tribal|clan|communal)\s+(?:clash(?:es)?|fighting|fights?|violence|feud|war)\b",
    re.I,
)


def _communal_sides(m: Mention, s: Sentence, article: Article) -> None:
    """The sides of a fight between communities, named as ACLED names communal militias,
    where no report names them otherwise."""
    if m.event_type not in ("Battles", "Violence against civilians", "Strategic developments"):
        return
    if m.historical:
        return
    # (with no country yet, "Dodoth Ethnic Militia": the merge adds the incident's country)
    land = (country_name(m.country) or m.country) if m.country else None

    def of(name: str, land: str | None) -> str:
        return f"{name} ({land})" if land else name

    def open_(role: str) -> bool:
        name = getattr(m, role)
        return (
            name is None
            or name in _UNNAMED_GROUPS
            or name == "Unidentified gang"  # ("suspected Pokot bandits": a people's raiders)
            or (
                role == "actor2"
                and m.sub_event_type == "Armed clash"
                and name.startswith("Civilians")
            )
        )

    def put(role: str, name: str, a: int, b: int) -> None:
        setattr(m, role, name)
        setattr(m, role + "_type", "militia")
        m.provenance[role] = _evidence(article, s, s.start + a, s.start + b)

    pair = _ETHNIC_PAIR.search(s.text)
    if pair is not None and m.sub_event_type == "Armed clash":
        if open_("actor1"):
            a = next(k for k in ("a", "a2", "a3") if pair[k])
            put("actor1", of(f"{pair[a]} Ethnic Militia", land), pair.start(a), pair.end(a))
        if open_("actor2"):
            b = next(k for k in ("b", "b2", "b3") if pair[k])
            put("actor2", of(f"{pair[b]} Ethnic Militia", land), pair.start(b), pair.end(b))
        return
    elders = _CLAN_ELDERS.search(s.text)
    if elders is not None and m.sub_event_type == "Agreement":
        for side, k in (("actor1", "a"), ("actor2", "b")):
            if open_(side):
                put(side, of(f"{elders[k]} Ethnic Militia", land), elders.start(k), elders.end(k))
        return
    clash = m.sub_event_type == "Armed clash"  # ("Dozo hunters and Fulani herders clashed")
    peoples = [
        g for g in _ETHNIC_ARMED.finditer(s.text) if g["arm"] or g["name"] or g["sus"] or clash
    ]
    if peoples:
        roles = ["actor1", "actor2"] if m.sub_event_type == "Armed clash" else ["actor1"]
        if m.sub_event_type == "Arrests":
            roles = ["actor2"]  # "police arrested four suspected Pokot raiders": those held
        for g in peoples[:2]:
            role = next((r for r in roles if open_(r)), None)
            if role is None:
                break
            who = "armed" if g["armed"] else "sus" if g["sus"] else "name"
            home = _PEOPLE_FROM.match(s.text, g.end())
            code = country_code(home["land"]) if home is not None else None
            own = (country_name(code) or land) if code else land
            put(role, of(f"{g[who].capitalize()} Ethnic Militia", own), g.start(who), g.end())
            roles.remove(role)
        return
    herders = _NG_HERDERS.search(s.text) if m.country == "NG" else None
    if herders is not None and m.sub_event_type != "Arrests" and open_("actor1"):
        # "armed herders attacked Okokolo community": in Nigeria, ACLED's Fulani militia
        put("actor1", "Fulani Ethnic Militia (Nigeria)", herders.start(), herders.end())
        return
    pair2 = _CLAN_PAIR.search(s.text)
    if pair2 is not None and m.sub_event_type == "Armed clash":
        kind = _GROUP_WORD[pair2["word"].lower()]
        for role, key in (("actor1", "a"), ("actor2", "b")):
            if open_(role):
                put(
                    role, of(f"{pair2[key]} {kind} Militia", land), pair2.start(key), pair2.end(key)
                )
        return
    named = [
        g
        for g in _NAMED_COMMUNITY.finditer(s.text)
        if g["name"].lower() not in ("the", "a") and not _TIME_WORD.match(g["name"])
    ]
    if named:
        roles = ["actor1", "actor2"] if m.sub_event_type == "Armed clash" else ["actor1"]
        for role, g in zip(roles, named, strict=False):
            if open_(role):
                kind = _GROUP_WORD[g["word"].lower()]
                put(role, of(f"{g['name']} {kind} Militia", land), g.start(), g.end())
        return
    unnamed = _UNNAMED_COMMUNITIES.search(s.text)
    if unnamed is not None and m.sub_event_type == "Armed clash":
        word = (unnamed["word"] or unnamed["w2"] or unnamed["w3"]).lower()
        name = of(f"Unidentified {_GROUP_WORD[word]} Militia", land)
        if unnamed["people"] and not _TIME_WORD.match(unnamed["people"]):
            name = of(f"{unnamed['people']} Ethnic Militia", land)
        for role in ("actor1", "actor2"):
            if open_(role):
                put(role, name, unnamed.start(), unnamed.end())


# Those arrested for a protest: "arrested six student activists", "detained 12 people whom
# the agency described as 'ringleaders' of shopkeepers' strikes", "arrested two of the
# protest's organisers".
_PROTESTERS_HELD = re.compile(
    r"\b(?:protesters|demonstrators|activists|marchers|strikers|organi[sz]ers|ringleaders|"
    r"protest\s+leaders|students\s+who\s+were\s+(?:putting|handing|protesting|marching))\b",
    re.I,
)


_CIVIL_BEFORE = re.compile(r"\b(?:civil|civic|rights|environmental|community)\s+$", re.I)


def _protesters_held(m: Mention, s: Sentence, article: Article) -> None:
    """Arrests of people held for a protest: ACLED's other side is the protesters."""
    if m.sub_event_type != "Arrests" or (m.actor2 and not m.actor2.startswith("Civilians")):
        return
    said = m.provenance.get("event_type")
    at = said.end - s.start if said is not None else 0
    held = _PROTESTERS_HELD.search(s.text, max(0, at), max(0, at) + 90)
    if held is None or _CIVIL_BEFORE.search(s.text, max(0, held.start() - 20), held.start()):
        return  # ("four Baluch civil activists", "rights activists": civilians)
    m.actor2, m.actor2_type = people_of("Protesters", m.country), "protesters"
    m.provenance["actor2"] = _evidence(article, s, s.start + held.start(), s.start + held.end())


def _killing_not_looting(m: Mention) -> None:
    """A house or a health centre set on fire where people were killed or fired at is an
    attack on civilians, not damage to property (ACLED's coding)."""
    dead = m.fatalities
    if m.sub_event_type == "Looting/property destruction" and (
        (dead is not None and (dead.value or dead.lower or 0) > 0)
        or _FIRED_AT_PEOPLE.search(m.text)
    ):
        m.event_type, m.sub_event_type = "Violence against civilians", "Attack"
        m.plover = "ASSAULT"


_CROWD_OPENER = re.compile(
    r"\s*(?:(?:angry|some|several|dozens\s+of|hundreds\s+of|a\s+group\s+of)\s+)?"
    r"(?:(?:young\s+)?(?:youths?|men|protesters|demonstrators|marchers|residents)|the\s+crowd|"
    r"some\s+of\s+them|they)\b",
    re.I,
)


def _crowd_turned_violent(
    mentions: list[Mention], s: Sentence, typing: Typing, article: Article
) -> None:
    """A protest the report has just told whose crowd turns violent in the next sentence
    or the one after, told with no day or place of its own ("On 19 June, residents of
    Tessaoua took to the streets ... Angry youths set fire to the gendarmerie post"): one
    incident, a violent demonstration."""
    if typing.key != "VIOL_DEMONSTR" or not _CROWD_OPENER.match(s.text):
        return
    told = next(
        (
            p for p in reversed(mentions)
            if p.article_id == article.id and not p.historical
            and p.sub_event_type == "Peaceful protest"
            and 0 < s.index - p.sentence <= 2
        ),
        None,
    )  # fmt: skip
    if told is None:
        return
    told.event_type, told.sub_event_type, told.plover = "Riots", "Violent demonstration", "PROTEST"
    told.provenance["event_type"] = _evidence(
        article, s, s.start + typing.trigger_start, s.start + typing.trigger_end
    )
    if told.actor1 and told.actor1.startswith("Protesters"):
        told.actor1 = told.actor1.replace("Protesters", "Rioters", 1)
        told.actor1_type = "rioters"


# "One guardsman was killed and three were wounded in Sunday's attack": the toll of an
# incident the article has told, named after the trigger
_IN_THE_INCIDENT = re.compile(
    r"\b(?:in|during|from)\s+(?:the|this|that|(?:last\s+)?\w+day(?:\s+night)?['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|strike|air\s?strike|blast|bombing|explosion|ambush|raid|"
    r"assault|shelling)\b",
    re.I,
)


def _told_before(m: Mention, mentions: list[Mention], *, in_told: bool = False) -> Mention | None:
    """An earlier mention of the article that an undated one repeats: the same kind of
    incident at the same place ("An IED killed a truck driver on the N380" in a brief's
    summary, after the dated report of that IED); with no place of its own either, the
    same kind of incident told just before ("Four officers were killed, one of whom died of
    his wounds on 10 March", "The device was hidden in a culvert and detonated as the vehicle
    passed"); with ``in_told`` (the sentence names "Sunday's attack" after its trigger), any
    violent incident told just before."""
    if m.location is None:
        for p in reversed(mentions):
            if p.article_id != m.article_id or m.sentence - p.sentence > 2:
                break
            if p.historical or not p.date_start:
                continue
            if p.sub_event_type == m.sub_event_type or (
                # ("... in Sunday's attack": any violent incident just told)
                in_told and p.event_type in _VIOLENT_TYPES and m.event_type in _VIOLENT_TYPES
            ):
                return p
        return None
    if m.location.lat is None or m.location.lon is None:
        return None
    for p in reversed(mentions):
        if p.article_id != m.article_id or p.sub_event_type != m.sub_event_type:
            continue
        loc = p.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        if distance_km(loc.lat, loc.lon, m.location.lat, m.location.lon) <= 50:
            return p
    return None


_ARMED_WITH = re.compile(r"\b(?:armed\s+with|wielding|carrying)\s+", re.I)


def _within_night(m: Mention, t: Timex) -> bool:
    """Whether a day named after an incident is the incident's own or the morning after."""
    if m.date_start is None or t.date_start is None:
        return False
    last = m.date_end or m.date_start
    day = t.date_start[:10]
    return m.date_start[:10] <= day <= _shift_days(last[:10], 1)


# The people a raid came for fired back: "The persons inside opened fire on the officials",
# "the suspects fired at the team", "a shootout ensued".
_RAID_FIRED_ON = re.compile(
    r"\b(?:opened\s+fire\s+on|fired\s+(?:shots\s+)?(?:at|on))\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:officials|officers|police(?:men)?|troops|soldiers|security\s+forces|team|agents|"
    r"operatives|personnel|rangers)\b|\b(?:shoot-?out|gun-?fight|fire-?fight|exchange\s+of\s+"
    r"fire)\s+(?:ensued|broke\s+out|followed)\b",
    re.I,
)
_ATTACKERS_AGAIN = re.compile(
    r"\s*The\s+(?:assailants|attackers|gunmen|militants|fighters|raiders|kidnappers|"
    r"abductors|insurgents|bandits)\b"
)
# A sentence that is only a toll: "Two people were killed, one of whom died in hospital on 9
# August, and six others injured." Told right after its incident it is that incident's toll,
# not a second incident (a cause of its own, "when ...", "by ...", would make it one).
_BARE_TOLL = re.compile(
    r"\s*(?:[\w,'’()-]+\s+){1,6}?(?:were|was)\s+(?:killed|wounded|injured|hurt)\b"
    r"(?![^.;]*\b(?:when|after|as|by|while|during|in\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:attack|ambush|blast|explosion|strike|raid|clash))\b)",
    re.I,
)


def _told_next(m: Mention, nxt: Sentence | None, whole: Sentence, scan: _Scan) -> None:
    """What the sentence after the incident adds: its toll ("... an attack against fishermen
    near Bosso. Five (5) civilians were killed."), who was hit, and for a protest whether the
    police broke it up. Only the very next sentence of the same paragraph, and only when it
    names no day and no other place of its own (else it may tell another incident)."""
    if nxt is None:
        return
    if paragraph_break(scan.article.text, whole.end, nxt.start) and not (
        (
            (m.sub_event_type == "Peaceful protest" and _CROWD_AGAIN.match(nxt.text))
            # "The assailants, armed with machetes and rifles, went from house to house"
            or (
                m.event_type in _VIOLENT_TYPES
                and _ATTACKERS_AGAIN.match(nxt.text)
                and not _PARAGRAPH.search(scan.article.text, whole.end, nxt.start)
            )
        )
        and not LIST_ITEM.match(nxt.text)
    ):
        return  # a paragraph or list break: another item, unless "The protesters ..." go on
    crowd = m.sub_event_type in ("Peaceful protest", "Violent demonstration")
    days = [
        t for t in scan.times
        if nxt.start <= t.start < nxt.end and t.type in ("DATE", "TIME")
        # ("a fourth died of his injuries two days later": the day a victim died)
        and not died_later(scan.article.text, t, nxt.start)
    ]  # fmt: skip
    if days and not (crowd and all(_within_night(m, t) for t in days)):
        # a day of its own ("after two hours" is no day); "Police fired tear gas in the
        # early hours of Friday" after a night's riot is the same night
        return
    loc = m.location
    here = [
        p for p in scan.places
        if nxt.start <= p.start < nxt.end and not (loc is not None and p.name == loc.name)
        # "army spokesman in Ituri said": a province or country names no other scene
        and p.feature not in _WIDE
        and not treated_at(scan.article.text, p.start)  # ("died ... in a clinic near Tindouf")
        # "near the Jos terminus" after a road block outside Jos: the same scene
        and not (loc is not None and p.lat is not None and loc.lat is not None
                 and p.lon is not None and loc.lon is not None
                 and distance_km(p.lat, p.lon, loc.lat, loc.lon) <= 30)
    ]  # fmt: skip
    if here or _OPENS_ON_PLACE.match(nxt.text):
        return  # "In the Bambeto neighbourhood, ...": another scene
    article = scan.article
    if (
        m.sub_event_type == "Arrests"
        and (fire := _RAID_FIRED_ON.search(nxt.text)) is not None
        and m.actor1_type == "state force"
    ):
        # "... surrounded and searched a house, acting on an arrest warrant. The persons
        # inside opened fire on the officials, who were compelled to return fire": the raid
        # became a fight, as ACLED codes it
        m.event_type, m.sub_event_type, m.plover = "Battles", "Armed clash", "FIGHT"
        m.provenance["event_type"] = _evidence(
            article, nxt, nxt.start + fire.start(), nxt.start + fire.end()
        )
        if m.actor2_type != "rebel group" and m.actor2_type != "militia":
            m.actor2, m.actor2_type = "Unidentified armed group", "unidentified armed group"
            m.provenance["actor2"] = m.provenance["event_type"]
    if crowd and (cue := _INTERVENED.search(nxt.text)) and not _LEFT_CALMLY.search(nxt.text):
        # "Police fired tear gas and shots in the air to disperse the crowd." A riot stays a
        # riot, with the police as the side it fought.
        said = _evidence(article, nxt, nxt.start + cue.start(), nxt.start + cue.end())
        if m.sub_event_type == "Peaceful protest" and _CROWD_VIOLENCE.search(nxt.text):
            # "Police used tear gas to disperse the demonstrators after stones were thrown at
            # vehicles": the crowd turned violent first, a riot
            m.event_type, m.sub_event_type = "Riots", "Violent demonstration"
            m.actor1 = people_of("Rioters", m.country)
            m.provenance["event_type"] = said
        elif m.sub_event_type == "Peaceful protest":
            m.sub_event_type = "Protest with intervention"
            m.provenance["event_type"] = said
        police = next((h for h in actor_table().find(nxt.text) if h.entry.type == "state force"),
                      None)  # fmt: skip
        if police is not None and m.actor2 is None:
            _set_actor(m, "actor2", police, article, nxt)
        elif m.actor2 is None and POLICE_WORD.search(nxt.text):
            # "Riot police dispersed them with batons": the country's police
            _police_met(m, article, nxt, cue)
        scan.absorbed.add(nxt.index)  # the dispersal is this protest's, no second one
        w = find_weapon(nxt.text, cue.start())
        if m.weapon is None and w is not None:
            m.weapon = nxt.text[w[0] : w[1]]  # the means used against the crowd
            m.provenance["weapon"] = _evidence(article, nxt, nxt.start + w[0], nxt.start + w[1])
    if (
        m.sub_event_type == "Peaceful protest"
        and _CROWD_TURNED.match(nxt.text)
        and (burnt := _CROWD_VIOLENCE.search(nxt.text)) is not None
    ):
        # "In the course of the blockade, some participants set fire to a passenger bus and
        # threw stones at state police officers": the protest became a riot
        m.event_type, m.sub_event_type = "Riots", "Violent demonstration"
        m.actor1 = people_of("Rioters", m.country)
        m.provenance["event_type"] = _evidence(
            article, nxt, nxt.start + burnt.start(), nxt.start + burnt.end()
        )
        if m.actor2 is None and (police_word := POLICE_WORD.search(nxt.text)) is not None:
            _police_met(m, article, nxt, police_word)
        scan.absorbed.add(nxt.index)
    armed = _ARMED_WITH.search(nxt.text)
    if (
        (m.weapon is None or m.weapon in ("gunfire", "arson"))  # (or only read off a verb)
        and armed is not None
        and m.event_type in _VIOLENT_TYPES
    ):
        # "The attackers, armed with machetes and rifles, entered the site ...": the means
        w = find_weapon(nxt.text, armed.end())
        if w is not None and w[0] - armed.end() < 30:
            m.weapon = nxt.text[w[0] : w[1]]
            m.provenance["weapon"] = _evidence(article, nxt, nxt.start + w[0], nxt.start + w[1])
    casualties = _casualty_finder()
    if casualties is None or (m.fatalities is not None and m.injuries is not None):
        return
    fat, inj, spans = casualties(nxt.text, offset=nxt.start)
    for key, fig in (("fatalities", fat), ("injuries", inj)):
        if fig is not None and getattr(m, key) is None and key in spans:
            setattr(m, key, fig)
            a, b = spans[key]
            m.provenance[key] = _evidence(article, nxt, a, b)
            if (
                m.actor2 is None
                and _VICTIMS.match(article.text, b + 1, b + 30)
                # ("Two policemen were killed and eight people were injured": the police
                # named first were the target)
                and not _POLICE_VICTIMS.search(nxt.text, 0, a - nxt.start)
                and not _FORCE_VICTIMS.search(nxt.text, 0, a - nxt.start)
            ):
                # "Four civilians were killed": the incident hit civilians.
                _civilians_hit(m, m.provenance[key])
            if key == "fatalities" and _BARE_TOLL.match(nxt.text):
                scan.absorbed.add(nxt.index)  # the toll is this incident's, no second one


def hits_in(text: str) -> list[ActorHit]:
    """Actor hits in a text (names and demonyms): a convenience for tests and the UI."""
    return actor_table().find(text, adjectives=True)
