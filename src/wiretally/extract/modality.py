"""Modality of an event mention: asserted, claimed, contested, denied, hypothetical, threatened.

A report of an attack that did not happen (yet) must not be counted as an incident:
"could escalate" and "threatened to attack" are kept with their modality so that the merge
and the export can leave them out of counts. Cues are read in the trigger's sentence, and
for blame in the sentence after it ("Hamas blamed Israel for the explosion, but Israel has
denied it").
"""

from __future__ import annotations

import re

from wiretally.records import Modality

_HYPO_BEFORE = re.compile(
    r"\b(?:could|might|(?-i:may)|would|should|(?-i:will)|wo|(?-i:can)|if|unless|whether|potential(?:ly)?|"
    # ("Residents fear fresh attacks on Marrupa itself": attacks feared, not told)
    r"fear(?:s|ed)? (?:fresh|new|further|more|renewed|another|an?)|"
    # "Reports circulated of an imminent attack on Bama"
    r"imminent|impending|"
    r"possible|prospect of|risk(?:s|ing)? of|fear(?:s|ed)? of|fear(?:s|ed)? (?:that )?"
    r"(?:they|he|she|it|the \w+) (?:had|have|has|may|might) been|plans? to|planning to|"
    r"prepar(?:es|ing|ations) (?:for|to|an?)|plott(?:ed|ing)|looming|upcoming|future|expected to|"
    r"intends? to|aim(?:s|ed)? to|seek(?:s|ing)? to|wants? to|ready to|in the event of|"
    # 'has called for "a great peaceful march" next week'
    r"call(?:s|ed|ing)? for|"
    # "have called a national day of road blockades": a day still to come
    r"call(?:s|ed|ing)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?)\s+of|"
    r"without triggering|deter|to prevent|prevent(?:ing)?|avoid(?:ing)?|waiting to see|"
    # "and did not rule out a general strike"
    r"(?:not|n't|never)\s+rul(?:e|ed|ing)\s+out)\b"
    r"[^.;]{0,40}$",
    re.I,
)
# "an assault on Sittwe could trigger a new wave of displacement": the trigger heads the
# subject of a modal verb, an event that may come.
_HYPO_SUBJECT = re.compile(
    r"\w+(?:\s+(?:on|in|against|of|by)\s+[^.;,]{1,40}?)?\s+(?:could|might|would|may)\s+"
    r"(?:well\s+|also\s+)?(?:trigger|lead|spark|cause|result|escalate|spread|prompt|follow|"
    r"come|happen|occur|provoke|displace|destabili[sz]e|intensify|increase|worsen|resume|"
    r"continue|rise|grow)\b",
    re.I,
)
_THREAT = re.compile(
    r"\b(?:threaten(?:ed|s|ing)? (?:to|a|an|with|retaliation)|vow(?:ed|s) to|"
    # "threatened attacks on Kurdish forces in Kirkuk", "threatened further strikes"
    r"threaten(?:ed|s|ing)?\s+(?:new\s+|further\s+|more\s+|fresh\s+|renewed\s+)?"
    r"(?:attacks?|strikes?|reprisals?|violence|assaults?)\b|"
    r"threaten(?:ed|s|ing)?(?=\s+(?:(?:new|further|more|fresh|renewed)\s+)?$)|"
    # "threatened in a radio broadcast to attack Beledweyne"
    r"(?:threaten(?:ed|s|ing)?|vow(?:ed|s)|warned)\s+(?:on|in|via|over|during|through)\s+"
    r"[^.;,]{1,40}?\s+(?:to|that)|"
    r"warn(?:ed|s|ing)? (?:of|that|against|it would)|threats? of|pledged to)\b[^.;]{0,60}$",
    re.I,
)
_CLAIM = re.compile(
    r"\b(?:claimed (?:responsibility|credit)|claims? of responsibility|took credit|"
    r"taken credit|(?:has|have) claimed|claimed the (?:attack|strike)|said it (?:had )?"
    r"(?:carried out|launched|targeted|struck|fired|killed)|says it (?:had )?killed|"
    r"claimed to have killed)\b",
    re.I,
)
_DENY = re.compile(
    r"\b(?:denied|denies|deny|denying|"
    r"(?:rejects?|rejected|dismiss(?:es|ed)?) (?:the |these |those |such )?"
    r"(?:claims?|accusations?|allegations?|reports?)|"
    r"did not carry out|was not behind|not responsible|"
    # "Reports ... of a massacre in Zemio were checked ... and are assessed as false"
    r"(?:assessed|found|proved|proven|shown|determined|confirmed)\s+(?:to\s+be\s+|as\s+)?"
    r"(?:false|unfounded|baseless|fabricated)|(?:was|were|is|are)\s+(?:a\s+)?hoax(?:es)?|"
    # "messages circulated on social media alleging that officials shot an innocent villager
    # ... are false"
    # "rejected as 'false' reports that soldiers had looted shops", "described as 'complete
    # lies' the militia's claims that it had shot down an aircraft"
    r"(?:rejected|dismissed|described|denounced)\s+as\s+[\"“']?(?:\w+\s+)?(?:false|lies|baseless|"
    r"fabricated|fabrications|propaganda|untrue|unfounded)[\"”']?\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs)|"
    r"(?:messages|posts|reports|claims|allegations|rumou?rs|videos)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:alleging|claiming|saying|suggesting)\b[^.;]{0,200}?\b(?:are|were|is|was)\s+"
    r"(?:\w+ly\s+)?(?:false|untrue|baseless|fabricated|unfounded|fake))\b",
    re.I,
)
_BLAME = re.compile(
    r"\b(?:blamed|blames|blaming|blame|accused|accuses|accusing|accuse|held responsible|"
    r"attributed|suspected|alleged(?:ly)?|misfire)\b",
    re.I,
)
_DESCRIBED_SUSPECT = re.compile(
    r"\b(?:suspected|alleged)\s+(?:(?:[\w-]+\s+){0,2}?|(?:(?:[A-Z][\w'-]*|al|of|the|in)\s+){1,6}?)"
    r"(?:militants?|fighters?|rebels?|"
    r"insurgents?|jihadists?|gunmen|attackers?|assailants?|bandits?|separatists?|members?|"
    r"militiamen|herders?|kidnappers?|robbers?|"
    # "a man identified as the alleged head of a cell of Guerreros Unidos"
    r"head|heads|leaders?|commanders?|financiers?|finance officers?|couriers?|cell)\b",
    re.I,
)
_NEG = re.compile(
    r"\b(?:no|not|n't|never|without|yet to|no sign of|instead of|rather than|"
    # "had not fired a single shot"
    r"stopped short of)\W+(?:\w+\W+){0,2}(?:a\s+single\s+)?$|"
    # "No one had been arrested by Saturday"
    r"\b(?:no one|nobody|none)\s+(?:has|had|have|was|were|is)\s+(?:yet\s+)?(?:been\s+)?$",
    re.I,
)
# "No group claimed the attack", "nobody has claimed responsibility", "there was no
# immediate claim of responsibility": the absence of a claim, which asserts nothing.
_CLAIM_NEGATED = re.compile(
    r"\b(?:no|not|n't|never|nobody|no\s+one|none|neither|yet\s+to|without)\b"
    r"(?:\W+\w+){0,3}\W*$",
    re.I,
)
_UNCOMMENTED = re.compile(
    r"\b(?:has not commented|did not comment|declined to comment|"
    r"(?:is|was|remains) (?:still )?alive|survived the)\b",
    re.I,
)


# "Unconfirmed social-media posts reported a grenade explosion", "Reports of clashes in
# Ulang could not be confirmed by our monitors": rumours the reporter would not vouch for
# are not known to have happened.
_UNCONFIRMED = re.compile(
    r"\b(?:unconfirmed|unverified)\s+(?:[\w-]+\s+){0,3}?(?:reports?|posts?|rumou?rs?|"
    r"accounts?|videos?)\b|\b(?:reports?|posts?|rumou?rs?)\b[^.;]{0,160}?\b(?:could|can|"
    r"has|have)\s+not\s+(?:yet\s+)?(?:be(?:en)?\s+)?(?:independently\s+)?(?:confirmed|verified)|"
    # "Social media posts claimed that an IS attack killed four Peshmerga": no source a
    # coder can weigh ("the NRF claimed on social media" is the group's own claim)
    r"\bsocial[- ]media\s+(?:posts?|accounts?|reports?|users?|claims?|rumou?rs?|videos?|"
    r"messages?|allegations?|pages?)\b",
    re.I,
)


# "Speakers announced a half-day road blockade across the district on Saturday if the
# culprits are not arrested by then": a threat with its condition, not a blockade held.
# "a similar gathering of POW families is planned in Kharkiv next Saturday", "A planned
# gathering of traders ... was called off": an event still to come, or one that never came.
_NOT_YET_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:is|are|was|were|has\s+been|had\s+been)\s+(?:being\s+)?"
    r"(?:planned|scheduled|called\s+off|cancell?ed|postponed|due)|"
    r"(?:will|would)\s+be\s+held|to\s+be\s+held)\b|"
    # "the threat level remains substantial, meaning an attack is likely"
    r"\w*\s+(?:is|are|remains?)\s+(?:(?:highly|very|still|now|considered)\s+)?"
    r"(?:likely|possible|probable|expected|imminent)\b",
    re.I,
)
# A protest called, not held ("the CPI (Maoist) has called a 24-hour bandh across the Kolhan
# region on Saturday"), and one said not to have been held ("they have not yet staged any
# protest").
_CALLED_ACTION = re.compile(
    r"\bcall(?:s|ed|ing)?\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:\d+-hour\s+|general\s+|total\s+|"
    r"indefinite\s+|nationwide\s+|statewide\s+|province-wide\s+)?(?:bandh|strike|shutdown|"
    r"hartal|protest|march|rally|sit-in|demonstration)s?\b[^.;]{0,80}",
    re.I,
)
_NO_PROTEST_HELD = re.compile(
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:staged|held)\s+(?:any\s+|a\s+)?"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|marches?)\b",
    re.I,
)
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announced|declared|called|gave notice of|warned of)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_UNLESS_AFTER = re.compile(
    r"\b(?:if|unless)\s+(?:the|their|its|his|her|they|he|she|authorities|government|police)\b",
    re.I,
)


# "gunmen in a car without plates abducted ...": "without" ends a noun phrase, and the
# trigger that follows it is the sentence's own verb (but "without being attacked")
_WITHOUT_NOUN = re.compile(r"\bwithout\s+(?:\w+\s+){0,2}$", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:being|been|getting|having)\s+$", re.I)


def negated(before: str, trigger: str = "") -> bool:
    """True when the words just before the trigger negate it ("no attacks", "isn't hitting")."""
    if _NEG.search(before[-40:]) is None:
        return False
    return not (
        trigger.lower().endswith("ed")
        and _WITHOUT_NOUN.search(before[-40:])
        and not _PASSIVE_AUX.search(before)
    )


def _claims(text: str) -> bool:
    """Whether the text reports a claim of responsibility (a negated one is none)."""
    return any(
        not _CLAIM_NEGATED.search(text[max(0, m.start() - 40) : m.start()])
        for m in _CLAIM.finditer(text)
    )


_ACCUSED_OF_SIDING = re.compile(
    r"\baccus\w*\s+(?:him|her|them|the\s+\w+)\s+of\s+(?:being|spying|collaborating|working|"
    r"informing|supporting|helping|aiding)\b",
    re.I,
)


def sentence_modality(text: str, trigger_start: int) -> Modality:
    """The modality read in the trigger's own sentence (``text`` is that sentence)."""
    before = text[:trigger_start]
    if _THREAT.search(before[-90:]):
        return "threatened"
    if (
        _HYPO_BEFORE.search(before[-60:])
        or _UNCONFIRMED.search(text)
        or _HYPO_SUBJECT.match(text, trigger_start)
        or (_ANNOUNCED_BEFORE.search(before[-60:]) and _UNLESS_AFTER.search(text, trigger_start))
        or _NOT_YET_AFTER.match(text, trigger_start)
        or any(c.start() <= trigger_start < c.end() for c in _CALLED_ACTION.finditer(text))
        or _NO_PROTEST_HELD.search(text)
    ):
        return "hypothetical"
    # ("killed a villager after accusing him of being a police informer": why he was
    # killed, not who did it)
    blames = len(_BLAME.findall(_ACCUSED_OF_SIDING.sub("", text)))
    if blames == 1 and not _DENY.search(text) and _DESCRIBED_SUSPECT.search(text):
        # "an ambush by suspected separatist fighters": who is uncertain, not disputed.
        blames = 0
    if _DENY.search(text) and blames:
        return "contested"
    if blames and _UNCOMMENTED.search(text):
        return "contested"
    if _DENY.search(text):
        return "denied"
    if blames:
        return "contested"
    if _claims(text):
        return "claimed"
    return "asserted"


_UNVERIFIED_CLAIM = re.compile(
    r"^\W*(?:the|this|that|their|its)\s+(?:claims?|figures?|account)\s+(?:could|can|has|have)"
    r"\s+not\s+(?:yet\s+)?(?:been\s+)?(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)",
    re.I,
)


_NOT_VERIFIED_HERE = re.compile(
    r"^\W*(?:we|afp|reuters|the ap|it|(?-i:[A-Z]{2,6}))\s+(?:could|can|was|were|has|have)"
    r"\s*(?:not|n't)\s+"
    r"(?:been\s+able\s+to\s+|able\s+to\s+)?(?:independently\s+)?(?:verify|confirm)\s+"
    r"(?:this|it|that|the\s+(?:report|reports|claim|account|incident))\b",
    re.I,
)
_NEVER_HAPPENED = re.compile(
    r"\b(?:denied that any \w+ (?:had\s+)?(?:occurred|took place|happened)|"
    r"no such (?:incident|attack|shooting|strike|event)\s+(?:had\s+)?(?:occurred|took place|"
    r"happened)|(?:it|the (?:incident|attack|shooting|strike))\s+(?:never|did not|didn't)\s+"
    r"(?:happen|take place|occur)|"
    # "These reports are totally fabricated"
    r"(?:these|such|the|those|this|that)\s+(?:reports?|claims?|allegations?|accusations?|stories)"
    r"\s+(?:are|were|is|was)\s+(?:\w+ly\s+)?(?:false|fabricated|baseless|untrue|fake|unfounded|"
    r"lies))\b",
    re.I,
)


def follow_up_modality(next_text: str, *, shared_actor: bool = False) -> Modality | None:
    """Blame or denial in the next sentence that refers back to the event, if any.

    The next sentence refers back when it says "it", "the explosion" and the like, or
    names the same victim (``shared_actor``).
    """
    if _UNVERIFIED_CLAIM.search(next_text):
        return "claimed"  # "The claim could not be independently verified."
    if _NEVER_HAPPENED.search(next_text):
        return "denied"  # "The TTPS wishes to state that NO such incident occurred."
    if _NOT_VERIFIED_HERE.search(next_text):
        return "hypothetical"  # "We could not verify this": a report the writer won't count
    if not shared_actor and not re.search(
        r"\b(?:it|the (?:explosion|blast|strike|attack|bombing|killing))\b", next_text, re.I
    ):
        return None
    blame = bool(_BLAME.search(next_text))
    deny = bool(_DENY.search(next_text))
    if (blame and deny) or len(_BLAME.findall(next_text)) >= 2 or _UNCOMMENTED.search(next_text):
        return "contested"
    if deny:
        return "denied"
    if _claims(next_text):
        return "claimed"
    return None
