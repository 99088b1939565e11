"""Casualty counts (killed, injured) from one sentence, and from a whole article.

Reads what a report says about how many people died or were hurt and returns it as
:class:`~wiretally.records.Figure` bounds with the character span it was read from.
Rule-based on purpose: this runs on every sentence of every article, so it must stay at
thousands of sentences per second, and a reader must be able to see why a count was taken.

How a count is linked to a casualty word (``killed``, ``dead``, ``wounded``, ``hurt``, ...):

* after an active verb or a toll: ``killing two``, ``wounded at least 12 people``,
  ``killed the gunman`` (1), ``death toll rose to 20``;
* before a passive verb, adjective or noun, over a short gap of words with no clause
  break: ``two soldiers were killed``, ``one dead and three wounded``, ``at least 60
  U.S. personnel have reported minor injuries``; counts joined by ``and`` add up
  (``five citizens and a child killed`` is 6);
* a single person stands for one: ``a 25-year-old man was shot dead`` (the age is not a
  count), ``he died``, ``Jane Doe, 31, was wounded``, ``X was killed`` (singular ``was``);
* zero: ``no casualties``, ``no one was hurt``, ``no injuries were reported``;
* a casualty word with an implied but unstated count (``suffered minor injuries`` with no
  subject count, ``a fatal shooting``) gives ``lower=1`` approximate: someone was hurt,
  the report does not say how many.

Counts come from :func:`wiretally.numbers.find_figures`, so qualifiers follow the
project's convention (``at least 3`` -> lower 3, ``more than 20`` -> lower 21,
``dozens`` -> lower 24 approximate).

* a count is not a victim count when it is the agent (``two gunmen killed a guard`` is
  1), a number of wounds (``two gunshot wounds``), or a plural under a singular ``was``
  (``a man carrying two rifles was shot`` is 1).

``shot`` on its own is kept apart from ``injured``: a person shot may have died. A
sentence's injuries are the explicit injuries or, failing those, the people shot minus
the people killed in the same sentence; :func:`article_casualties` applies the same rule
over the whole article, which is what whole-article gold (GVDB) counts.

Decisions taken on the GVDB dev split (see ``wiretally.evaluate.gvdb``):

* per article, the largest count of each kind wins over the sum (news repeats one
  incident's toll in several sentences; summing double-counts);
* sentences about other years or running totals (``since 2007``, ``this year``) are
  left out of the article count;
* "weak" counts (a pronoun or definite ``the man``, injuries known only from ``gunshot
  wound``/``taken to hospital``) are dropped from an article's injuries when someone
  died: they are most often the dead victim's wounds.

Modality (``threatened to kill``, ``could kill``) is the events stage's job; only base
forms after ``to``/modals are skipped here, as they never report a toll.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wiretally.numbers import find_figures, parse_figure
from wiretally.records import Figure
from wiretally.text import split_sentences

Category = str  # "D" died/killed, "I" injured, "S" shot (outcome unknown)

# --------------------------------------------------------------------------- vocabulary

_PERSON_SG = (
    r"man|woman|boy|girl|teen|teenager|child|baby|infant|toddler|person|victim|officer|"
    r"policeman|policewoman|soldier|civilian|resident|student|driver|passenger|deputy|"
    r"trooper|suspect|gunman|shooter|father|mother|son|daughter|wife|husband|brother|"
    r"sister|friend|fighter|militant|journalist|reporter|worker|employee|clerk|customer|"
    r"guard|pedestrian|bystander|neighbou?r|youth|male|female|individual|member|commander|"
    r"motorist|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|girlfriend|boyfriend|"
    r"roommate|cop|agent|contractor|marine|sailor|pilot|doctor|nurse|teacher|farmer|"
    r"shepherd|fisherman|worshipp?er|protester|demonstrator|robber|intruder|homeowner|"
    r"owner|cashier|attendant|juvenile|adult|senior|pastor|priest|inmate|prisoner|"
    r"security guard|staff member|service member|servicemember|sergeant|captain|"
    r"lieutenant|colonel|corporal|citizen|child|gunwoman|attacker|"
    r"assailant|bomber|occupant|patron|security officer|police officer|sheriff's deputy|"
    r"leader|cleric|imam|presenter|activist|kidnapper|bodyguard|chief|trader|vendor|herder|"
    r"shopkeeper|caretaker|patient|monk|nun|lecturer|businessman|official|councillor|porter|"
    r"thief|gendarme|ranger|jawan|raider|rustler|warrior|bandit|terrorist|insurgent|rebel|"
    r"jihadist|poacher|smuggler|militiaman|combatant"
)
_PERSON_PL = (
    r"men|women|boys|girls|teens|teenagers|children|babies|people|persons|victims|"
    r"officers|policemen|soldiers|troops|civilians|residents|students|drivers|passengers|"
    r"deputies|suspects|gunmen|fighters|militants|journalists|workers|employees|members|"
    r"others|personnel|individuals|family members|relatives|youths|adults|juveniles|"
    r"citizens|protesters|demonstrators|bystanders|pedestrians|worshippers|inmates|"
    r"prisoners|marines|sailors|servicemembers|guards|friends|siblings|brothers|sisters|"
    r"sons|daughters|kids|more|elements|militiamen|rebels|insurgents|attackers|jihadists|"
    r"combatants|recruits|cadets|pilots|farmers|shepherds|fishermen|nationals|refugees|"
    r"migrants|patrons|customers|occupants|"
    # plurals without an s: "eight suspected dahalo", "nine khwarij were sent to hell"
    r"dahalo|khwarij|khawarij|mujahideen|mujahidin"
)
_PERSON_WORD = re.compile(rf"\b(?:{_PERSON_SG}|{_PERSON_PL})\b", re.IGNORECASE)

_STOP = (
    r"with|from|of|to|in|at|on|by|for|and|or|was|is|were|are|who|that|which|had|has|"
    r"have|a|an|the|his|her|their|after|before|when|as|but|said|says|told|one|where|while"
)
_STOP_AFTER = _STOP.replace("of|", "")
# A count followed by the people it counts: "two soldiers", "60 U.S. personnel".
_NOT_PEOPLE = (
    r"shots|rounds|times|years|hours|days|weeks|months|minutes|seconds|miles|feet|blocks|"
    r"percent|dollars|cars|vehicles|houses|homes|buildings|rockets|missiles|shells|drones|"
    r"bullets|guns|handguns|rifles|weapons|attacks|incidents|shootings|cases|homicides|"
    r"killings|strikes|airstrikes|bombs|mortars|grenades|wounds|injuries|fractures|burns"
)
# Any plural noun other than those is taken as the people counted ("20 villagers").
_PERSON_AFTER = re.compile(
    # ("Two General Service Unit (GSU) officers": a unit's name of three words)
    rf"\s+(?:(?-i:[A-Z][\w'’.-]+)\s+(?:(?-i:[A-Z][\w'’.-]+)\s+){{2}}(?:\([A-Z]{{2,6}}\)\s+)?"
    rf"(?={_PERSON_PL}\b)|(?:(?!(?:{_STOP_AFTER})\b)[\w'’.-]+\s+){{0,3}}?)"
    rf"(?:{_PERSON_SG}|{_PERSON_PL}|(?!(?:{_NOT_PEOPLE})\b)[a-z]{{2,}}s)\b",
    re.IGNORECASE,
)
# One person: "a 25-year-old man", "the gunman", "another victim", "he", "him".
_ONE = re.compile(
    rf"\b(?:(?P<det>an?|one|another|the|this|his|her|their|its)\s+"
    rf"(?:(?!(?:{_STOP})\b)[\w'’.-]+\s+){{0,3}}?(?:{_PERSON_SG})\b(?![-'’]s?\w)"
    # "the militant group", "the rebel commander's ...": a word that qualifies a group
    r"(?!\s+(?:group|groups|faction|cell|movement|organi[sz]ation|wing|network|outfit)\b)"
    r"|(?P<pro>he|she|him|himself|herself)\b"
    r"|the\s+other\b(?=\s+(?:was|is|were|had|has|died|\w+ed|with|in)\b)"
    r"|another\b(?=\s+(?:was|is|were|had|has|died|\w+ed|with|in)\b))",
    re.IGNORECASE,
)
# "a man and woman", "a male and female": two people under one article.
_PAIR = re.compile(
    rf"\ban?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_SG})\s+and\s+(?:{_PERSON_SG})\b(?![-'’]s?\w)",
    re.IGNORECASE,
)
_DISTINCT = re.compile(r"\b(?:second|third|fourth|other|another)\b", re.IGNORECASE)
# Determiners that point back at someone already counted ("the man", "his wife", "he").
_ANAPHORIC = {"the", "this", "his", "her", "their", "its"}
# "Jane Doe, 31," and "Doe, 31,": a name with an age in apposition is one person.
_NAME_AGE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3},\s*\d{1,3}\s*,")
# Headline style, no article: "Augusta man shot", "teen killed".
_BARE_PERSON_BEFORE = re.compile(
    rf"\b(?:{_PERSON_SG})\s+(?:(?:found|was|is|reportedly|fatally|critically)\s+)?$",
    re.IGNORECASE,
)
# Headline style, a person and what happened to them before "dies": "Girl shot at party
# dies", "Man with gunshot wound dies", "Person shot in head while driving has died".
_HEADLINE_SUBJECT = re.compile(
    rf"(?:^|[|:\-–—]\s*)(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_SG})\s+"
    r"(?:shot|wounded|injured|stabbed|hurt|with\s+(?:a\s+)?gunshot\s+wounds?)\b"
    r"(?:\s+(?!(?:who|that|which|was|is|were|are|said|says|and|but)\b)[\w'’.-]+){0,7}"
    r"\s+(?:has\s+|later\s+)?$",
    re.IGNORECASE,
)
# A bare name right before a singular verb: "John Smith was killed", "Smith died".
_NAME_BEFORE = re.compile(r"(?:^|(?<=\s))[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]+){0,3}\s+$")
_NAME_OBJECT = re.compile(
    r"\s+((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|In|On|At|The|A|An|And|But|Police|Officers)\b)"
    r"(?:[A-Z][a-z]{1,3}\.\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2})"
)
# "one of them", "one of the victims": the number normaliser skips "one of" on purpose.
_ONE_OF = re.compile(r"\b(one|each)\s+of\s+(?:them|those|whom|these|the\s+\w+)", re.IGNORECASE)
# After an active casualty verb, any "a/an + noun" object is one person ("killed a
# shopkeeper"), and a determiner means the verb has an object: the count before the verb
# is then the agent ("two gunmen killed the guard"), never the victims.
# ("shot dead a Pakistani national": a demonym before the noun)
_A_OBJECT = re.compile(
    # ("shot dead a 52-year-old rubber tapper": an age before the noun)
    r"\s+(an?\s+(?:(?:[a-z]|\d{1,3}-|[A-Z][a-z]+(?:i|n|ese|ish)\b)[\w'’-]*\s+){0,2}?[a-z][\w'’-]*?)"
    r"(?=[\s,.;:]|$)"
)
_BARE_OBJECT = re.compile(
    rf"\s+((?:[a-z][\w'’-]*\s+){{0,2}}?(?:{_PERSON_SG}))\b(?![-'’]s?\w)", re.IGNORECASE
)
_DET_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|him|them|it|my|our|your)\b", re.I)
_DIED_OF = re.compile(
    # ("died at the scene of his injuries")
    r"\b(?:died|dies|dead|succumbed|death)\s+(?:(?:at|on|in)\s+(?:the\s+)?[\w'’-]+\s+)?"
    r"(?:of|from|to)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# "killing its rider", "shot the driver": one person named by a role, after the verb
_ROLE_OBJECT = re.compile(
    r"\s+((?:its|his|her|their|the)\s+(?:[a-z][\w'’-]*\s+)?(?:rider|driver|owner|pilot|"
    r"passenger|guard|son|daughter|wife|husband|brother|sister|father|mother|commander|leader|"
    r"chief|imam|priest|headman|shepherd|conductor))\b(?![-'’]?s\b)",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\b(?:both|a couple)\b", re.IGNORECASE)

_DEATH_PASSIVE = (
    r"shot (?:and|&) killed|shot to death|shot dead|"
    # ("beaten and burned to death by a crowd")
    r"(?:stabbed|beaten|burned|burnt|hacked|stoned|clubbed|tortured|trampled|lynched)"
    r"(?:\s+(?:and|or)\s+(?:stabbed|beaten|burned|burnt|hacked|stoned|clubbed|set\s+alight))?"
    r"\s+to\s+death|"
    r"gunned down|fatally (?:shot|wounded|injured|stabbed|struck|hit)|"
    r"killed|slain|murdered|assassinated|dead|deceased|died|dies|perished|executed|martyred|massacred|"
    r"lost (?:their|his|her) lives|succumbed|passed away|"
    # a state agency's word for enemies killed ("three terrorists were neutralised"), and
    # the Pakistani army's ("nine khwarij were sent to hell")
    r"neutrali[sz]ed|sent to hell"
)
_DEATH_NOUN = r"deaths|fatalities|bodies|corpses|martyrs"
_INJ_PASSIVE = (
    r"shot (?:and|&) (?:wounded|injured)|critically (?:injured|wounded)|"
    r"seriously (?:injured|wounded)|injured|wounded|hurt|hospitali[sz]ed|maimed|"
    r"in (?:critical|serious|stable|grave|fair|good|life-threatening) condition|"
    r"(?:is|was|remains|remained) critical|grazed|stabbed|pistol-whipped|"
    r"suffered\s+(?:a\s+)?(?:(?:minor|serious|deep|severe)\s+)?(?:cuts?|bruises|lacerations?|"
    r"burns|fractures?|broken\s+(?:bones?|ribs?|arms?|legs?))"
)
# Taken to hospital: hurt, or dead on arrival; weak (see _Count.weak).
_HOSPITAL = (
    r"(?:taken|rushed|transported|sent|sends|airlifted|flown|driven)\s+to\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?hospital"
)
_INJ_NOUN = r"injuries|injury|wounds|wound"
_SHOT = (
    r"shot(?!\s+(?:at|up|down|into|out|through|off|back)\b)|"
    r"struck by (?:gunfire|a bullet|bullets|a stray bullet)|hit by (?:gunfire|bullets)"
)
_DEATH_ACTIVE = (
    r"killing|kills|killed|kill|murdering|murdered|executing|executes|executed|assassinat(?:ed|es|ing)|"
    r"neutrali[sz](?:ed|ing|e)|"
    r"shot (?:and|&) killed|shot dead|gunned down|shooting dead|shooting and killing|"
    r"stabbing to death|beating to death|hacking to death|"
    r"fatally (?:shot|wounded|stabbed)|claim(?:ed|ing)? the lives of|took the lives of|"
    # ("bringing the number of dead to five")
    r"number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|those\s+killed)\s+"
    r"(?:to|at|stood\s+at|rose\s+to|reached)|"
    # ("The number of Colombian soldiers killed in an ambush in Antioquia's Bajo Cauca
    # region rose to five")
    r"number\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:killed|dead)(?:\s+[\w'’-]+){0,12}?\s+"
    r"(?:has\s+|had\s+)?(?:risen|rose|climbed|increased|jumped)\s+to|"
    # ("raising the death toll from Monday's attack to four")
    r"(?:(?:death|casualty|fatality) )?toll(?:\s+[\w'’-]+){0,4}?\s+(?:to|at|of|is|was|reached|hit)|"
    # ("the death toll from an ambush on a passenger vehicle near Wapenamanda in Papua New
    # Guinea's Enga province has risen to seven": the incident told at length in between)
    r"(?:death|casualty|fatality) toll(?:\s+[\w'’-]+){5,16}?\s+(?:has\s+|had\s+)?(?:since\s+)?"
    r"(?:(?:risen|rose|climbed|increased|jumped) to|reached)"
)
_INJ_ACTIVE = (
    r"wounding|wounds|wounded|injuring|injures|injured|injure|hurting|shot (?:and|&) wounded"
)
# "to kill", "could injure": a base form after these is not a report of casualties.
_MODAL_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|should|shall|not|n't|did|does|do|"
    r"let|help|helps|go|threaten|threatens|vow|vows|try|tries)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_ENABLED_TO = re.compile(
    r"\b(?:made it possible\s+|enabled\s+(?:\w+\s+){0,2}?|allowed\s+(?:\w+\s+){0,2}?)to\s+$",
    re.I,
)
# "nearly killing", "within inches of killing": a casualty that did not happen.
_HEDGE_BEFORE = re.compile(
    r"\b(?:possibly|nearly|almost|narrowly|potentially|(?:inches|close|short)\s+of)\s+$",
    re.IGNORECASE,
)
# A bare plural object ("killed people", "wounding civilians") with no count of its own.
_PLURAL_OBJECT = re.compile(
    rf"\s+(?:(?i:{_PERSON_PL})|(?!(?:{_NOT_PEOPLE}|its|this|his|hers|was|is|has|as|us|thus|"
    r"plus|across|towards|afterwards|besides|whereas|less|unless)\b)[a-z]{2,}s)\b"
    r"(?!\s+(?:was|were|had|have)\b)"
)
_SHOT_ACTIVE = r"(?:shooting|shot)(?!\s+(?:at|up|down|into|out|through|off|back)\b)"

_TRIGGER = re.compile(
    rf"\b(?:(?P<D>{_DEATH_PASSIVE}|{_DEATH_NOUN}|{_DEATH_ACTIVE})"
    rf"|(?P<I>{_INJ_PASSIVE}|{_INJ_NOUN}|{_INJ_ACTIVE}|{_HOSPITAL})"
    rf"|(?P<S>{_SHOT}|{_SHOT_ACTIVE}))\b",
    re.IGNORECASE,
)
_ACTIVE = re.compile(rf"(?:{_DEATH_ACTIVE}|{_INJ_ACTIVE}|{_SHOT_ACTIVE})", re.IGNORECASE)
_TOLL = re.compile(r"toll", re.IGNORECASE)
_NOUN_TRIGGER = re.compile(rf"(?:{_DEATH_NOUN}|{_INJ_NOUN})", re.IGNORECASE)

# Quick filter: most sentences mention no casualty at all.
_ANY = re.compile(
    r"kill|assassin|dead|died|dies|death|fatal|slain|murder|perish|execut|martyr|massacr|lives|bod|"
    r"corpse|succumb|injur|wound|hurt|hospital|maim|graz|stab|whip|shot|shoot|gunfire|bullet|casualt|harm|"
    r"deceas|condition|critical|homicide|victim|toll|suffered|neutrali|material damage|"
    r"sent to hell",
    re.IGNORECASE,
)

_ZERO = re.compile(
    r"\b(?:(?:no\s+one|nobody|none|no(?:\s+(?!(?:was|were|has|have|had|and|but|after|when|"
    r"while|who|that|which|if)\b)[\w'’-]+){1,8}?\s+(?=was|were|has|have|had))"
    r"(?:\s+else)?(?:\s+\w+)??\s*"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|got)?\s*(?:reported\s+|immediately\s+)?"
    r"(?:seriously\s+)?(?P<zv>killed|hurt|injured|wounded|harmed|died|shot)"
    r"|no\s+(?:other\s+|serious\s+|immediate\s+|reported\s+|further\s+|known\s+|additional\s+)?"
    r"(?P<zn>injuries|injury|casualties|deaths|fatalities)"
    r"|(?:without|no\s+reports?\s+of)\s+(?:causing\s+|leaving\s+)?(?:any\s+)?"
    r"(?P<zw>injuries|injury|casualties)"
    # "causing material damage only": no one was hurt
    r"|(?P<zm>(?:causing\s+|caused\s+)?(?:only\s+)?material\s+damage\s+only|"
    r"(?:causing|caused)\s+only\s+material\s+damage)"
    r"|(?:was|were)\s+not\s+(?P<zp>injured|hurt|wounded|killed|harmed))\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(r"\b(?:else|other|others|further|additional|serious|seriously)\b", re.I)
_ZERO_CATS = {
    "killed": "D", "died": "D", "deaths": "D", "fatalities": "D",
    "hurt": "DI", "harmed": "DI", "casualties": "DI",
    "injured": "I", "wounded": "I", "injuries": "I", "injury": "I", "shot": "I",
}  # fmt: skip

# Words that end the subject of a casualty verb: a count before them is not its count.
_BLOCK = {
    "and", "or", "but", "while", "after", "before", "when", "because", "since", "said",
    "says", "than", "if", "as", "where", "then", "including", "shots", "rounds", "times",
    "years", "year", "hours", "days", "weeks", "months", "minutes", "block", "miles",
    "feet", "attacks", "incidents", "shootings", "cases", "homicides", "killings",
}  # fmt: skip
_UNITS = {
    "shots", "rounds", "times", "years", "year", "hours", "hour", "days", "day", "weeks",
    "months", "minutes", "miles", "feet", "blocks", "percent", "dollars",
}  # fmt: skip
_AUX_ANY = re.compile(
    r"\b(?:was|were|is|are|be|been|being|got|get)(?:\s+\w+ly)?\s+$", re.IGNORECASE
)
_VERBISH = {
    "was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "did", "got",
}  # fmt: skip
# Words a bare number may have between it and a passive verb: "2 were killed", "3 more".
_AUXLIKE = _VERBISH | {
    "also", "reportedly", "later", "all", "others", "more", "people", "other", "of", "them",
    "reported", "confirmed", "left", "found", "now", "already", "allegedly", "seriously",
    "critically", "fatally", "were", "lay",
}  # fmt: skip
_GAP_WORD = re.compile(r"[\w'’.-]+")
_MAX_GAP = 7
_LATER = r"(?:\w+ly|found|pronounced|confirmed|declared|later|reported|left|then|also)"
_AUX_SG = re.compile(
    rf"\b(?:was|is|has\s+been|had\s+been)(?:\s+{_LATER}){{0,2}}\s+$", re.IGNORECASE
)
_AND_BEFORE = re.compile(
    rf"(?:\band|,|\bwhere\s+they|\bthey|\bwho)\s+(?:{_LATER}\s+)?"
    rf"(?:was\s+|were\s+|is\s+|has\s+|had\s+)?"
    rf"(?:been\s+)?(?:{_LATER}\s+){{0,2}}$",
    re.IGNORECASE,
)
_OBJECT_LEAD = re.compile(
    # ('they "neutralised" 17 militiamen': the verb quoted, the count after it)
    r"[\"”’']?\s*(?:(?:his|her|their|its|the|all|another|an\s+estimated|some)\s+)?",
    re.IGNORECASE,
)
_WOUND_UNITS = re.compile(r"\b(?:gunshot|stab|bullet|shrapnel)\b", re.IGNORECASE)


# A death or shooting stated without a count: "a fatal shooting", "a double shooting".
_IMPLIED = re.compile(
    r"\b(?<!non-)(?:(?P<d>fatal(?:ly)?\s+(?:shooting|shot|stabbing|wound(?:ed)?|injur(?:ed|ies))|"
    r"(?:shooting|stabbing) deaths?|(?:deadly|fatal)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:shooting|stabbing|attack)|(?:the\s+)?body\s+of|"
    r"[a-z][\w-]+['’]s\s+body(?!\s*(?:armou?r|camera|cam|language|shop|work|part))|"
    r"homicide victim|murder victim|the fatality|(?:his|her)\s+death)"
    r"|(?P<k>double|triple|quadruple)\s+(?P<what>shooting|homicide|murder|slaying))\b",
    re.IGNORECASE,
)
_MULTIPLE = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}


@dataclass(slots=True)
class _Count:
    start: int
    end: int
    figure: Figure
    person: bool  # a phrase naming people ("a man", "he"), not a bare number
    weak: bool = False  # implied ("suffered injuries") or pointing back ("he"): may repeat


@dataclass(slots=True)
class _Hit:
    cat: Category
    count: _Count
    trigger_end: int
    also: bool = False  # "X was also shot", "also killed a neighbour": one more victim
    word: str = ""  # the casualty word, lower case


def _num(fig: Figure) -> float:
    """A figure's single best number for comparing and adding (value, else lower, else upper)."""
    for v in (fig.value, fig.lower, fig.upper):
        if v is not None:
            return v
    return 0.0


# "aged 31", "under the age of 12": an age; "a mother of three": the size of a family.
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:aged?|ages|age\s+of)|\b(?:mother|father|mom|dad|parent|grandmother|"
    r"grandfather|grandparent)s?\s+of|"
    # "a married couple aged 67 and 70": the second age too
    r"\baged?\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or|to|-|\u2013))\s*$",
    re.IGNORECASE,
)


def _counts(text: str) -> list[_Count]:
    """Count phrases in ``text``: figures from the number normaliser plus single persons."""
    out: list[_Count] = []
    for s, e, fig in find_figures(text):
        span = text[s:e]
        if "%" in span or "percent" in span.lower() or "cent" in span.lower():
            continue
        v = _num(fig)
        if v <= 0 or v > 10_000_000 or not float(v).is_integer():
            continue
        # "Jane Doe, 31," and "(31)" and "aged 31": an age, not a count.
        before, after = text[max(0, s - 2) : s], text[e : e + 2]
        if (before.endswith(",") or before.endswith(", ")) and after.lstrip().startswith(","):
            continue
        if before.endswith("(") and after.startswith(")"):
            continue
        if _NOT_A_COUNT_BEFORE.search(text[max(0, s - 24) : s]):
            continue
        out.append(_Count(s, e, fig, _PERSON_AFTER.match(text, e) is not None))
    taken = [(c.start, c.end) for c in out]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _PAIR.finditer(text):
        if free(*m.span()):
            out.append(_Count(m.start(), m.end(), Figure(value=2.0, text=m.group(0)), True))
            taken.append(m.span())
    for m in _ONE.finditer(text):
        s, e = m.span()
        # "one" of "one man" may already be a figure: keep the longer person phrase.
        inside = [c for c in out if c.start >= s and c.end <= e]
        if inside and all(_num(c.figure) == 1 for c in inside):
            out = [c for c in out if c not in inside]
            taken = [(c.start, c.end) for c in out]
        if free(s, e):
            det = (m.group("det") or "").lower()
            weak = bool(m.group("pro")) or (det in _ANAPHORIC and not _DISTINCT.search(m.group(0)))
            out.append(_Count(s, e, Figure(value=1.0, text=m.group(0)), True, weak))
            taken.append((s, e))
    for m in _NAME_AGE.finditer(text):
        s, e = m.start(), m.end()
        if free(s, e):
            out.append(_Count(s, e - 1, Figure(value=1.0, text=text[s : e - 1]), True))
            taken.append((s, e))
    for m in _ONE_OF.finditer(text):
        if free(m.start(1), m.end(1)):
            out.append(_Count(m.start(1), m.end(1), Figure(value=1.0, text=m.group(1)), True))
            taken.append(m.span(1))
    for m in _BOTH.finditer(text):
        if free(*m.span()):
            out.append(_Count(m.start(), m.end(), Figure(value=2.0, text=m.group(0)), True))
    out.sort(key=lambda c: c.start)
    return out


_INCLUDING = re.compile(
    r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them|"
    # "Four people, two of them children, were killed": the aside's part is no subject
    r"[\w-]+\s+of\s+(?:them|whom))\b[^,;]*,",
    re.IGNORECASE,
)
_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z][A-Za-z-]{1,9}\)")
_NOT_AS_REPORTED = re.compile(
    r",\s+not\s+[\w-]+(?:\s+as\s+(?:first|earlier|initially|previously)\s+(?:reported|stated|"
    r"announced|said))?\s*,",
    re.I,
)
# "a man accused of being an informant for the gangs was beaten to death": what he was
# accused of says who he was
_ACCUSED_ASIDE = re.compile(
    r"^\s+(?:accused|suspected)\s+of\s+[^,;.]{1,60}?(?=\s+(?:was|were|had\s+been)\s*$)", re.I
)
_INCLUDING_BEFORE = re.compile(
    r"(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them)\s+$", re.IGNORECASE
)


def _gap_ok(gap: str, *, need_person: bool) -> bool:
    if any(ch in gap for ch in ';:()"“”?!'):
        return False
    words = _GAP_WORD.findall(gap)
    # "Three suspected members of the Dawlah Islamiyah group were killed": a group's name
    # after "of the" may take a word more.
    if len(words) > _MAX_GAP + (1 if re.search(r"\bof\s+the\b", gap) else 0):
        return False
    if any(w.lower() in _BLOCK for w in words):
        return False
    return not need_person or _PERSON_WORD.search(gap) is not None


def _forward_count(text: str, pos: int, counts: list[_Count]) -> _Count | None:
    """The count right after an active verb: ``killing two``, ``killed the gunman``."""
    lead = _OBJECT_LEAD.match(text, pos)
    limit = lead.end() if lead else pos
    for c in counts:
        if pos <= c.start <= max(limit, pos + 1) and (
            text[pos : c.start].strip() == "" or c.start <= limit
        ):
            nxt = _GAP_WORD.match(text, c.end + 1)
            if nxt and nxt.group(0).lower() in _UNITS:
                return None
            return c
        if c.start > limit + 1:
            break
    return None


def _backward_count(
    text: str, start: int, counts: list[_Count], *, need_person: bool
) -> _Count | None:
    """The count of the subject before a passive verb, adjective or noun.

    A count inside an ``including`` aside is a part, not the subject: ``Seven people,
    including three children, were killed`` is 7.
    """
    skip_to: int | None = None
    for c in reversed(counts):
        if c.end > start or (skip_to is not None and c.end > skip_to):
            continue
        if (
            _INCLUDING_BEFORE.search(text[max(0, c.start - 40) : c.start])
            or re.search(r",\s+not\s+$", text[max(0, c.start - 8) : c.start])
            or (
                re.search(r",\s*$", text[max(0, c.start - 3) : c.start])
                and re.match(r"\s+of\s+(?:them|whom)\b", text[c.end : c.end + 12])
            )
        ):
            skip_to = c.start
            continue  # the count of the aside itself ("seven, not six as first reported,")
        if re.search(r"\bmembers\s+of\s+$", text[max(0, c.start - 12) : c.start]):
            continue  # "Four members of one family ... were shot dead": the family's count
        gap = _INCLUDING.sub(" ", text[c.end : start])
        # "Two fighters of the Syrian Democratic Forces (SDF) were killed": an acronym
        gap = _ACRONYM_ASIDE.sub("", gap)
        gap = _ACCUSED_ASIDE.sub(" ", gap)
        # ("seven militants, not six as first reported, had been killed")
        gap = _NOT_AS_REPORTED.sub(" ", gap)
        if not _gap_ok(gap, need_person=need_person and not c.person):
            return None
        raw = _GAP_WORD.findall(gap)
        words = [w.lower() for w in raw]
        # "Three of the kidnappers were killed": a part of a group named after it
        of_them = re.match(r"\s+of\s+(?:the|these|those|them)\b", gap) is not None
        if (
            not c.person
            and not of_them
            and any(w.lower() not in _AUXLIKE and not w[0].isupper() for w in raw)
        ):
            # "a man wielding two handguns was shot": a bare number needs a person noun,
            # a name ("30 Taliban killed") or nothing but auxiliaries before the verb.
            return None
        if _num(c.figure) > 1 and "was" in words:
            return None  # a plural count cannot be the subject of "was"
        return c
    return None


_AS_WELL_AS = re.compile(r"\bas\s+well\s+as\b", re.IGNORECASE)
# Never the object of a verb: "shot the customer and both suspects fled", "injured him and
# he pulled over" start a new clause.
_SUBJECT_ONLY = re.compile(r"he|she|they|both|a couple", re.IGNORECASE)


def _chain(text: str, first: _Count, counts: list[_Count]) -> _Count:
    """Add counts joined by ``and``: ``five citizens and a child`` is 6."""
    total = _num(first.figure)
    start = first.start
    approx = first.figure.approximate
    exact = first.figure.value is not None
    idx = counts.index(first)
    while idx > 0:
        prev = counts[idx - 1]
        gap = text[prev.end : start]
        m = re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,3}?,?\s*(?:and|as well as)\s+", gap)
        words = _GAP_WORD.findall(_AS_WELL_AS.sub(" ", gap))
        if not m or any(w.lower() in _BLOCK - {"and"} or w.lower() in _VERBISH for w in words):
            break
        if any(_TRIGGER.fullmatch(w) for w in words):
            break
        if not (prev.person or _PERSON_WORD.search(gap)):
            break
        total += _num(prev.figure)
        approx = approx or prev.figure.approximate
        exact = exact and prev.figure.value is not None
        start = prev.start
        idx -= 1
    # "killed a man and his wife": counts after the first one join it too.
    end = first.end
    idx = counts.index(first)
    while idx + 1 < len(counts):
        nxt = counts[idx + 1]
        gap = text[end : nxt.start]
        m = re.fullmatch(
            r"\s+(?:[\w'’-]+\s+){0,3}?,?\s*(?:and|as well as)\s+(?:(?:his|her|their)\s+)?", gap
        )
        words = _GAP_WORD.findall(_AS_WELL_AS.sub(" ", gap))
        if (
            not m
            or not nxt.person
            or _SUBJECT_ONLY.fullmatch(nxt.figure.text or "")
            or any(
                w.lower() in _BLOCK - {"and"} or w.lower() in _VERBISH or _TRIGGER.fullmatch(w)
                for w in words
            )
        ):
            break
        if first.start < end and not (first.person or _PERSON_WORD.search(gap)):
            break
        total += _num(nxt.figure)
        approx = approx or nxt.figure.approximate
        exact = exact and nxt.figure.value is not None
        end = nxt.end
        idx += 1
    if start == first.start and end == first.end:
        return first
    fig = (
        Figure(value=total, approximate=approx, text=text[start:end])
        if exact
        else Figure(lower=total, approximate=approx, text=text[start:end])
    )
    return _Count(start, end, fig, True)


_INJURY_NOUNS = ("wounds", "wound", "injuries", "injury")
_NO_SUBJECT = ("killing", "wounding", "injuring", "shooting", "hurting")


# "was also shot", "also accidentally shot and killed": another victim than those before.
_ALSO_BEFORE = re.compile(r"\balso(?:\s+\w+ly)?\s+$", re.IGNORECASE)


_TO_DEATH = re.compile(
    r"\b(?:beat|beats|beating|hacked|hacks|hacking|stoned|stones|stoning|burned|burnt|burns|"
    r"burning|lynched|kicked|clubbed|trampled)\s+(?:(an?\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_PERSON_SG}))\s+to\s+death\b|"
    # ("an angry mob beat to death a man they accused of spying")
    rf"to\s+death\s+(an?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_SG}))\b)",
    re.IGNORECASE,
)


# "a crowd beat two traders to death", "beat to death two men accused of spying"
_MANY_TO_DEATH = re.compile(
    r"\b(?:beat|beats|beating|hacked|hacking|stoned|stoning|burned|burnt|lynched|clubbed|"
    r"kicked|trampled)\s+(?:(?P<n1>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_PL}|traders|herders|vendors|villagers)\s+to\s+death|"
    r"to\s+death\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_PL}|traders|herders|vendors|villagers))\b",
    re.IGNORECASE,
)


def _fixed_hits(text: str) -> list[_Hit]:
    """Hits that need no count linking: zeros ("no one was hurt") and implied counts."""
    hits: list[_Hit] = []
    for m in _ZERO.finditer(text):
        word = (
            "casualties"
            if m.group("zm")
            else (m.group("zv") or m.group("zn") or m.group("zw") or m.group("zp")).lower()
        )
        zero = _Count(m.start(), m.end(), Figure(value=0.0, text=m.group(0)), True)
        cats = _ZERO_CATS.get(word, "")
        if cats == "I" and word != "shot" and not _OTHERS.search(m.group(0)):
            # "Nobody was injured", "no injuries were reported": nobody died either (but
            # "no one else was hurt" after a toll says nothing of the dead)
            cats = "DI"
        hits.extend(_Hit(cat, zero, m.end()) for cat in cats)
    for m in _TO_DEATH.finditer(text):
        # "A mob beat a man to death": one dead, told around its object
        g = 1 if m.group(1) else 2
        one = _Count(m.start(g), m.end(g), Figure(value=1.0, text=m.group(g)), True)
        hits.append(_Hit("D", one, m.end()))
    for m in _MANY_TO_DEATH.finditer(text):
        name = "n1" if m.group("n1") else "n2"
        fig = parse_figure(m.group(name))
        if fig is not None and fig.value:
            many = _Count(m.start(name), m.end(name), fig, True)
            hits.append(_Hit("D", many, m.end()))
    for m in _IMPLIED.finditer(text):
        if m.group("d"):
            fig = Figure(lower=1.0, approximate=True, text=m.group(0))
            cat = "D"
        else:
            fig = Figure(value=_MULTIPLE[m.group("k").lower()], text=m.group(0))
            cat = "S" if m.group("what").lower() == "shooting" else "D"
        hits.append(_Hit(cat, _Count(m.start(), m.end(), fig, True, weak=True), m.end()))
    return hits


def _one(m: re.Match[str], *, weak: bool = False) -> _Count:
    """One person, read from group 1 of ``m``."""
    return _Count(m.start(1), m.end(1), Figure(value=1.0, text=m.group(1)), True, weak)


def _object_count(
    text: str, m: re.Match[str], cat: Category, counts: list[_Count]
) -> tuple[_Count | None, bool]:
    """The victims after an active verb, and whether the verb must be dropped.

    Dropped: a base form that is an order or a wish ("to kill"), a toll with no number,
    and a verb whose object is not a count ("killed the villagers"): the count before
    such a verb is its agent, never its victims.
    """
    ts, te = m.span()
    word = m.group(0)
    low = word.lower()
    before = text[max(0, ts - 30) : ts]
    if low in ("kill", "injure", "neutralise", "neutralize"):
        # Present tense only with its object ("attacks kill 28"); never "to kill", but a
        # communiqué's "made it possible to neutralise fourteen (14) assailants" reports.
        if _MODAL_BEFORE.search(before) and not _ENABLED_TO.search(before):
            return None, True
        target = _forward_count(text, te, counts)
        if target is None or target.weak:
            return None, True  # "go ahead and kill him": an order or a wish, not a toll
        return _chain(text, target, counts), False
    if not _ACTIVE.fullmatch(word) or _AUX_ANY.search(before):
        return None, False
    if _HEDGE_BEFORE.search(before):
        return None, True  # "within inches of possibly killing the trooper": it did not
    count = _forward_count(text, te, counts)
    if count is not None:
        return _chain(text, count, counts), False
    if cat != "S" and _PLURAL_OBJECT.match(text, te):
        return None, True  # "he killed people like him": the count before is the agent
    if _TOLL.search(word):
        return None, True
    obj = _A_OBJECT.match(text, te)
    if obj and cat != "S" and not _PERSON_WORD.search(obj.group(1)):
        return _one(obj), False  # "killed a shopkeeper"
    if obj is None and cat != "S" and (role := _ROLE_OBJECT.match(text, te)) is not None:
        return _one(role), False  # "killing its rider"
    if obj is None and _DET_OBJECT.match(text, te):
        return None, True
    bare = _BARE_OBJECT.match(text, te)
    if bare and cat != "S":
        return _one(bare), False  # headline style: "Cop shoots and wounds robbery suspect"
    name = _NAME_OBJECT.match(text, te)
    group = name is not None and " " not in name.group(1) and name.group(1).endswith("s")
    if name and not group and word[0].islower():
        # "troopers who shot DeGroat" names one person; "wounding Iraqis" is a group.
        return _one(name, weak=True), False
    return None, False


def _subject_count(text: str, ts: int, low: str, counts: list[_Count]) -> _Count | None:
    """The count before a passive verb, adjective or noun ("two soldiers were killed")."""
    if low in _NO_SUBJECT:
        return None
    back = _backward_count(text, ts, counts, need_person=low in ("wounds", "wound"))
    if back is None:
        return None
    if low in _INJURY_NOUNS and _WOUND_UNITS.search(text[back.end : ts]) and not back.person:
        return None  # "two gunshot wounds" counts wounds, not people
    return _chain(text, back, counts)


def _implicit_count(text: str, m: re.Match[str], last: _Hit | None) -> _Count | None:
    """A count the words imply: "and later died" (the same people), "X was killed" (one)."""
    ts, te = m.span()
    word = m.group(0)
    low = word.lower()
    before = text[max(0, ts - 60) : ts]
    if last is not None and _AND_BEFORE.search(before) and last.trigger_end >= ts - 70:
        return last.count  # "were shot and later died": the same people
    if (
        (_AUX_SG.search(before) and low.endswith(("ed", "t", "n", "d")))
        or (low in ("died", "dies", "succumbed") and _NAME_BEFORE.search(before))
        or (low in ("shot", "dead", "deceased") and _NAME_BEFORE.search(before))
        or (_BARE_PERSON_BEFORE.search(before) and not _NOUN_TRIGGER.fullmatch(word))
        or (low in ("died", "dies") and _HEADLINE_SUBJECT.search(before))
    ):
        return _Count(ts, te, Figure(value=1.0, text=word), True)
    if low in _INJURY_NOUNS:
        # Injuries without a count: someone was hurt, how many is not said.
        return _Count(ts, te, Figure(lower=1.0, approximate=True, text=word), True, weak=True)
    return None


# Linking is local (a count sits within a few words of its verb), and its cost grows with
# counts x casualty words: a run-on "sentence" of hostile input is cut into pieces.
_MAX_PIECE = 1_000


def _pieces(text: str) -> list[tuple[int, int]]:
    """``text`` cut at clause punctuation or spaces into spans of at most _MAX_PIECE."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > _MAX_PIECE:
        window = text[start : start + _MAX_PIECE]
        cut = max(window.rfind(ch) for ch in ";.!?\n")
        if cut < _MAX_PIECE // 2:
            cut = window.rfind(" ")
        end = start + (cut + 1 if cut > 0 else _MAX_PIECE)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _shift(hit: _Hit, by: int) -> _Hit:
    c = hit.count
    return _Hit(
        hit.cat,
        _Count(c.start + by, c.end + by, c.figure, c.person, c.weak),
        hit.trigger_end + by,
        hit.also,
        hit.word,
    )


def _hits(text: str) -> list[_Hit]:
    """Every casualty word in ``text`` with the count it is linked to."""
    if not _ANY.search(text):
        return []
    if len(text) > _MAX_PIECE:
        return [_shift(h, s) for s, e in _pieces(text) for h in _piece_hits(text[s:e])]
    return _piece_hits(text)


def _piece_hits(text: str) -> list[_Hit]:
    hits = _fixed_hits(text)
    zero_spans = [(h.count.start, h.count.end) for h in hits if h.count.figure.value == 0]
    counts: list[_Count] | None = None
    last: _Hit | None = None
    for m in _TRIGGER.finditer(text):
        ts, te = m.span()
        if any(a <= ts < b for a, b in zero_spans):
            continue
        if counts is None:
            counts = _counts(text)
        cat = "D" if m.group("D") else ("I" if m.group("I") else "S")
        low = m.group(0).lower()
        count, drop = _object_count(text, m, cat, counts)
        if drop:
            continue
        if low in _INJURY_NOUNS and _DIED_OF.search(text[max(0, ts - 60) : ts]):
            continue  # "died of his wounds": the wounds of the dead
        if count is None:
            count = _subject_count(text, ts, low, counts)
        if count is None:
            count = _implicit_count(text, m, last)
        if count is None:
            continue
        if (
            (low in _INJURY_NOUNS or low.endswith("hospital"))
            and not count.weak
            and not _DISTINCT.search(count.figure.text or "")
        ):
            # "a man with a gunshot wound", "taken to hospital": a victim counted
            # elsewhere, who may be the one who died ("a third man suffered injuries" is
            # someone else).
            count = _Count(count.start, count.end, count.figure, count.person, weak=True)
        also = _ALSO_BEFORE.search(text[max(0, ts - 30) : ts]) is not None
        last = _Hit(cat, count, te, also, low)
        hits.append(last)
    return hits


def _with_sums(hits: list[_Hit]) -> list[_Hit]:
    """``hits`` plus, per kind, the sum of distinct single victims named one by one.

    "A man was shot in the chest and a woman was shot in the arm" is two people shot.
    Only new, single persons named by a phrase add up: a pronoun or ``the man`` points
    back at someone counted already, a count implied by the verb alone ("a girl found
    dead ... died") may be the same person twice, and a sentence with a larger count
    already gives its total.
    """
    out = list(hits)
    for cat in "DIS":
        mine = [h for h in hits if h.cat == cat]
        if len(mine) < 2 or any(_num(h.count.figure) > 1 for h in mine):
            continue
        singles = {
            (h.count.start, h.count.end): h
            for h in mine
            if h.count.figure.value == 1
            and not h.count.weak
            and h.count.person
            and not _TRIGGER.fullmatch(h.count.figure.text or "")  # "X was killed": implied
        }
        if len(singles) < 2:
            continue
        first = min(singles.values(), key=lambda h: h.count.start)
        last = max(singles.values(), key=lambda h: h.count.end)
        fig = Figure(value=float(len(singles)), text=first.count.figure.text)
        out.append(
            _Hit(cat, _Count(first.count.start, last.count.end, fig, True), last.trigger_end)
        )
    return out


def _best(hits: list[_Hit], cat: Category) -> _Count | None:
    best: _Count | None = None
    for h in hits:
        if h.cat == cat and (best is None or _num(h.count.figure) > _num(best.figure)):
            best = h.count
    return best


def _shot_injuries(shot: _Count | None, dead: _Count | None) -> Figure | None:
    """People shot and not reported killed: the injured of a shooting."""
    if shot is None:
        return None
    n = _num(shot.figure) - (_num(dead.figure) if dead is not None else 0)
    if n <= 0:
        return None
    if dead is None:
        return shot.figure
    return Figure(value=n, approximate=shot.figure.approximate, text=shot.figure.text)


_DEAD_WORD = r"(?:killed|martyred|dead|neutrali[sz]ed|shot dead)"
_TWO_TOLLS = re.compile(
    # (a side's name may hold its acronym: "members of the IRGC (IRGC) Ground Force")
    r"\b(?P<a>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w'()-]+\s+){1,12}?"
    rf"(?:were|was)\s+{_DEAD_WORD}\s+(?:and|while)\s+"
    r"(?P<b>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'()-]+\s+){1,12}?"
    rf"(?:were|was)\s+(?:also\s+)?{_DEAD_WORD}\b",
    re.I,
)
# "Five (5) civilians were killed": official style repeats a count in figures.
_LEGAL_COUNT = re.compile(r"\b([A-Za-z]+(?:-[A-Za-z]+)?)\s*\((\d{1,4})\)")


def _blank_repeat(m: re.Match[str]) -> str:
    """The count in words, its repeat in figures blanked (offsets kept)."""
    fig = parse_figure(m.group(1))
    if fig is None or fig.value != float(m.group(2)):
        return m.group(0)
    return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))


# (and a digest's Markdown emphasis: "killing **2** Mauritanian nationals")
_QUOTES_AS_SPACE = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "*": " "})


# "Two civilians, a married couple aged 67 and 70, were killed", "Two men, one from each
# community, were killed": the apposition between the count and its verb says who they
# were (its numbers are no counts).
_APPOSITION = re.compile(
    r"(?<=\w),\s+(?:a|an|the|both|all|including|among\s+them|one\s+(?:from|of|on)\s+each)"
    r"\s[^,.;]{3,70},"
    r"(?=\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s)",
    re.IGNORECASE,
)


def find_casualties(
    text: str, *, offset: int = 0
) -> tuple[Figure | None, Figure | None, dict[str, tuple[int, int]]]:
    """Fatalities and injuries stated in one sentence (or short passage).

    Returns ``(fatalities, injuries, spans)``; ``spans`` maps ``"fatalities"`` and
    ``"injuries"`` to the character span (plus ``offset``) of the phrase the count was
    read from. Several counts of one kind in a sentence keep the largest (a later
    ``total``-style count usually repeats the earlier ones).
    """
    # ('nine "terrorists" were killed', 'two bandits were "neutralised"': a state's words
    # in quotes read as words; "**2** killed": words in bold too)
    clean = _LEGAL_COUNT.sub(_blank_repeat, text).translate(_QUOTES_AS_SPACE)
    clean = _APPOSITION.sub(lambda m: " " * len(m.group()), clean)
    hits = _with_sums(_hits(clean))
    if not hits:
        return None, None, {}
    dead = _best(hits, "D")
    hurt = _best(hits, "I")
    shot = _best(hits, "S")
    spans: dict[str, tuple[int, int]] = {}
    fatalities = dead.figure if dead is not None else None
    injuries: Figure | None = hurt.figure if hurt is not None else None
    inj_span = hurt
    if injuries is None or (injuries.value == 0 and shot is not None):
        from_shot = _shot_injuries(shot, dead)
        if from_shot is not None:
            injuries, inj_span = from_shot, shot
    two = _TWO_TOLLS.search(clean)
    if two is not None:
        # "Two members of the IRGC were martyred and four members of a terrorist team were
        # killed": one toll per side, added up
        a, b = parse_figure(two.group("a")), parse_figure(two.group("b"))
        if a is not None and b is not None and a.value and b.value:
            total = a.value + b.value
            if fatalities is None or (fatalities.value or 0) < total:
                fatalities = Figure(value=total, text=two.group(0))
                dead = _Count(two.start(), two.end(), fatalities, True)
    if dead is not None:
        spans["fatalities"] = (dead.start + offset, dead.end + offset)
    if injuries is not None and inj_span is not None:
        spans["injuries"] = (inj_span.start + offset, inj_span.end + offset)
    return fatalities, injuries, spans


# Background in a sentence: other incidents, other years, running totals.
_BACKGROUND = re.compile(
    r"\b(?:(?:since|in|of|during)\s+(?:(?:early|late|mid|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b"
    r"(?!\s+block)|last\s+year|this\s+year|so\s+far|"
    r"year-to-date|annual|in\s+recent\s+years|nationwide|statewide)",
    re.IGNORECASE,
)


# The gunman's own death after killing others; "shot himself" alone may not be fatal.
_SUICIDE = re.compile(
    r"\b(?:kill(?:ed|ing|s)\s+(?:him|her)self|took\s+(?:his|her)\s+own\s+life|"
    r"turned\s+the\s+(?:gun|weapon)\s+on\s+(?:him|her)self)\b",
    re.IGNORECASE,
)
_REFLEXIVE = re.compile(r"(?:him|her|them)sel(?:f|ves)", re.IGNORECASE)


# Dying of wounds already reported; "killed" may be someone else ("the commander was killed").
_DIED = {"died", "dies", "succumbed", "passed away", "dead", "deceased"}
# The other side of a shooting: "the gunman was killed" is not one of the wounded dying.
_SHOOTER = re.compile(
    r"\b(?:gunm[ae]n|shooters?|suspects?|attackers?|assailants?|robbers?|intruders?|bombers?|"
    r"gunwom[ae]n|militants?|fighters?)\b",
    re.IGNORECASE,
)


# "If that is confirmed, the case becomes a triple homicide": not a reported toll.
_CONDITIONAL = re.compile(r"\s*[\"“]?(?:if|had|unless|should)\s", re.IGNORECASE)


def article_casualties(text: str) -> tuple[Figure | None, Figure | None]:
    """Fatalities and injuries of the incident a whole article reports.

    Takes the largest count of each kind over the sentences: news repeats one incident's
    toll sentence after sentence, rarely splitting it to be added up (on GVDB dev the
    largest beats the sum). People shot but not reported dead count as injured. An
    injury known only by implication or by a pronoun (``he suffered gunshot wounds``)
    is dropped when someone died: it is usually the dead victim's wounds.

    Two exceptions add up: a victim reported as one more (``the officer also shot and
    killed a neighbour``) adds to the count just before it, and a gunman who killed
    himself after the toll his victims make (``killing his wife ... then took his own
    life``) adds one. One takes away: a victim already counted as hurt who died (``two
    men were wounded ... the older victim died``) leaves the injured.
    """
    best: dict[str, _Count] = {}
    best_strong_i: _Count | None = None
    prev: dict[str, _Count] = {}  # the last count of each kind, for "also"
    dead_is_object = False  # the largest death toll is the object of an active verb
    suicide = False
    # Deaths told only of people already counted as hurt ("Two men were wounded. The
    # older victim died."): the dead come out of the injured.
    dead_among_hurt = False
    text = text.replace("\u00ad", "")  # soft hyphens split words ("neigh\u00adbor")
    for sent in split_sentences(text):
        if _BACKGROUND.search(sent.text) or _CONDITIONAL.match(sent.text):
            continue
        suicide = suicide or _SUICIDE.search(sent.text) is not None
        for h in _with_sums(_hits(sent.text)):
            before = prev.get(h.cat)
            if h.also and before is not None and not h.count.weak and h.count.person:
                # "The officer also shot and killed a neighbour": one more than before.
                total = _num(before.figure) + _num(h.count.figure)
                fig = Figure(value=total, text=h.count.figure.text)
                h = _Hit(h.cat, _Count(h.count.start, h.count.end, fig, True), h.trigger_end)
            prev[h.cat] = h.count
            if (
                h.cat == "D"
                and h.word in _DIED
                and h.count.weak
                and best_strong_i is not None
                and not _SHOOTER.search(h.count.figure.text or "")
            ):
                dead_among_hurt = True
            cur = best.get(h.cat)
            if cur is None or _num(h.count.figure) > _num(cur.figure):
                best[h.cat] = h.count
                if h.cat == "D":
                    dead_is_object = h.count.start >= h.trigger_end and not _REFLEXIVE.fullmatch(
                        h.count.figure.text or ""
                    )
            if (
                h.cat == "I"
                and not h.count.weak
                and (best_strong_i is None or _num(h.count.figure) > _num(best_strong_i.figure))
            ):
                best_strong_i = h.count
    dead = best.get("D")
    hurt = best.get("I")
    if dead is not None and _num(dead.figure) > 0:
        hurt = best_strong_i
    fatalities = dead.figure if dead is not None else None
    if fatalities is not None and dead_is_object and suicide:
        # "killing his wife and son ... then took his own life": the gunman died too.
        fatalities = Figure(
            value=fatalities.value + 1 if fatalities.value is not None else None,
            lower=fatalities.lower + 1 if fatalities.lower is not None else None,
            approximate=fatalities.approximate,
            text=fatalities.text,
        )
    injuries = hurt.figure if hurt is not None else None
    if (
        dead_among_hurt
        and dead is not None
        and injuries is not None
        and injuries.value is not None
        and injuries.value > _num(dead.figure)
    ):
        injuries = Figure(value=injuries.value - _num(dead.figure), text=injuries.text)
    from_shot = _shot_injuries(best.get("S"), dead)
    if from_shot is not None and (injuries is None or _num(from_shot) > _num(injuries)):
        injuries = from_shot
    return fatalities, injuries
