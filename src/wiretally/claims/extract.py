"""Figures reported about a conflict, one :class:`~wiretally.records.Claim` each.

Reads an article's text with its sentences, time expressions and places; writes claims
with the figure's bounds (from :mod:`wiretally.numbers`), what is counted in a normal form
(``attacks on US forces``, ``US personnel injured``, ``people killed``), where, since when,
as of when and according to whom. A figure is kept only when it counts something the
conflict is made of (attacks, strikes, casualties, troops, hostages, weapons): ages, sums
of money, dates, durations and vague amounts ("hundreds of civilians") are not claims.
Elliptical figures ("Of those, 29 have been in Iraq and 32 in Syria") take what they count
from the figure before them.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from wiretally.claims import context
from wiretally.numbers import find_figures
from wiretally.records import Article, Claim, Figure, Place, Sentence, Timex

T = TypeVar("T")

# head noun -> (kind, normal subject)
_NOUNS: dict[str, tuple[str, str]] = {
    "attacks": ("event", "attacks"), "assaults": ("event", "attacks"),
    "raids": ("event", "attacks"), "strikes": ("event", "strikes"),
    "airstrikes": ("event", "strikes"), "bombings": ("event", "strikes"),
    "people": ("people", "people"), "persons": ("people", "people"),
    "residents": ("people", "people"), "civilians": ("people", "civilians"),
    "children": ("people", "children"), "women": ("people", "women"),
    "palestinians": ("people", "Palestinians"), "israelis": ("people", "Israelis"),
    "iraqis": ("people", "Iraqis"), "syrians": ("people", "Syrians"),
    "ukrainians": ("people", "Ukrainians"), "fighters": ("people", "fighters"),
    "militants": ("people", "militants"), "journalists": ("people", "journalists"),
    # Civilians by what they do: counted only with what happened to them ("killing three
    # traders"), like any head count of people.
    "traders": ("people", "traders"), "workers": ("people", "workers"),
    "farmers": ("people", "farmers"), "herders": ("people", "herders"),
    "villagers": ("people", "villagers"), "shoppers": ("people", "shoppers"),
    "passengers": ("people", "passengers"), "students": ("people", "students"),
    "pupils": ("people", "students"), "worshippers": ("people", "worshippers"),
    "drivers": ("people", "drivers"), "fishermen": ("people", "fishermen"),
    "miners": ("people", "miners"), "pilgrims": ("people", "pilgrims"),
    "men": ("people", "men"), "policemen": ("people", "police"),
    "officers": ("people", "police"), "police": ("people", "police"),
    "troops": ("military", "troops"), "soldiers": ("military", "troops"),
    "forces": ("military", "troops"), "servicemembers": ("military", "troops"),
    "members": ("military", "troops"), "personnel": ("military", "personnel"),
    "marines": ("military", "Marines"), "sailors": ("military", "sailors"),
    "hostages": ("captive", "hostages"), "captives": ("captive", "hostages"),
    "prisoners": ("captive", "prisoners"), "detainees": ("captive", "detainees"),
    "rockets": ("weapon", "rockets"), "missiles": ("weapon", "missiles"),
    "mortars": ("weapon", "mortars"), "drones": ("weapon", "drones"),
    "shells": ("weapon", "shells"), "projectiles": ("weapon", "projectiles"),
    "systems": ("weapon", "air defense systems"), "batteries": ("weapon", "air defense systems"),
    "collapses": ("service", "service collapses"), "outages": ("service", "service outages"),
    "blackouts": ("service", "service outages"),
}  # fmt: skip
# Heads that count only with the word before them ("air defense systems", "service members").
_NEEDS_BEFORE = {"systems": {"defense", "defence"}, "batteries": {"defense", "patriot"},
                 "members": {"service"}}  # fmt: skip
_IRREGULAR_PLURALS = {"people", "personnel", "police", "children", "men", "women"}
_STOP = {
    "in", "on", "at", "since", "to", "from", "with", "by", "for", "against", "during",
    "across", "into", "have", "has", "had", "were", "was", "are", "is", "been", "be",
    "will", "would", "could", "may", "might", "as", "while", "which", "that", "who",
    "the", "a", "an", "than", "according", "under", "near", "inside", "outside",
    "including", "after", "before", "when", "where", "of", "this", "their", "its",
}  # fmt: skip
_NATIONALITY = {
    "u.s.": "US", "us": "US", "american": "US", "israeli": "Israeli",
    "palestinian": "Palestinian", "iraqi": "Iraqi", "syrian": "Syrian", "iranian": "Iranian",
    "russian": "Russian", "ukrainian": "Ukrainian", "lebanese": "Lebanese",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’]*[A-Za-z.]|[A-Za-z]|\d[\d,.]*|[^\sA-Za-z\d]")
_OUTCOME_BEFORE = re.compile(
    r"\b(killing|killed|kill|deaths?\s+of|dead\b[\w\s]{0,20}?|died|wounding|wounded|injuring|"
    r"injured|displacing|displaced|capturing|captured|abducting|abducted|kidnapping|shooting|"
    r"kidnapped|taking|took)\b[^.,;]{0,25}$",
    re.I,
)
_OUTCOME_AFTER = re.compile(
    r"\b(killed|dead|died|deaths|injured|wounded|injuries|hurt|displaced|abducted|"
    r"kidnapped|taken\s+hostage|detained|arrested|damaged|destroyed)\b",
    re.I,
)
_OUTCOMES = {
    "kill": "killed", "dead": "killed", "died": "killed", "death": "killed", "wound": "injured",
    "injur": "injured", "hurt": "injured", "displac": "displaced", "captur": "abducted",
    "abduct": "abducted", "kidnap": "abducted", "tak": "abducted", "took": "abducted",
    "detain": "detained", "arrest": "detained", "damag": "damaged", "destroy": "damaged",
    "shoot": "shot", "shot": "shot",
}  # fmt: skip
_STRIKE_VERB = re.compile(r"\b(struck|responded|retaliated|bombed)\b[\w\s]{0,25}$", re.I)
_US_TARGET = re.compile(
    r"\b(?:U\.S\.|US|American|coalition)\s+(?:military\s+)?(?:forces|troops|personnel|bases|"
    r"facilities|service\s*members|air\s+bases)\b|\btargeting\s+Americans\b"
)
_CLAIMED = re.compile(r"\b(?:credit\s+for|claimed\s+(?:responsibility\s+for\s+)?)", re.I)
_DAMAGE_CONTEXT = re.compile(
    r"\b(?:damaged|destroyed|killed|displaced|civilians|casualties|infrastructure)\b", re.I
)
_ELLIPSIS = re.compile(
    r"\s+(?:(?:have|has|had)\s+been\s+|occurred\s+|were\s+|was\s+|took\s+place\s+)?"
    r"(?:in|inside)\s+[A-Z]"
)
# "23 attacks, 14 of them near the border and 9 on the road": a breakdown of the figure
# before, each part counting what the total counts.
_PARTITIVE = re.compile(r"\s+of\s+(?:them|those|these|which)\b", re.I)
_SIBLING = re.compile(
    r"\s+(?:more\s+)?(?:(?:have\s+been|had\s+been|were|was|occurred|took\s+place)\s+)?"
    r"(?:in|on|near|at|along|around|inside|outside|across|from|by|against|between)\b",
    re.I,
)
_EVENT_ANAPHOR = re.compile(r"\bthe\s+(?:attack|assault|incursion|raid|strike|bombing|massacre)\b",
                            re.I)  # fmt: skip
_TWO_COUNTRIES = re.compile(r"\b(?:the\s+two|both)\b[\w\s-]{0,25}\bcountries\b", re.I)
_DIRECTIONS = (
    r"(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s+)?"
)
_LOCATIVE = re.compile(
    r"\b(?:in|into|across|inside|throughout|near|at|on|outside|attacked|struck|hit|invaded|"
    r"shelled|bombed)\s+(?:(?:the|a|an)\s+)?" + _DIRECTIONS + r"$",
    re.I,
)
_ACTOR_AFTER = re.compile(
    r"^['’]?s?\s*(?:officials?|forces|troops|military|personnel|government|army|president|"
    r"ally|allies|defense|defence|secretary|spokesman)\b",
    re.I,
)
_FLOW_KINDS = {"event"}
_FLOW_OUTCOMES = {"killed", "injured", "abducted", "displaced", "detained", "shot"}
# A head count without what happened to them is a claim only at the scale of a population
# or a displacement ("Gaza's 2.4 million people"), not "two people were in the car".
_MIN_STOCK_OF_PEOPLE = 1000


@dataclass(slots=True)
class _Counted:
    kind: str
    subject: str
    nationality: str | None
    end: int  # where the counted noun phrase ends in the article text


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable id: the same figure span of the same article always gets the same id."""
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


def _plural(low: str) -> bool:
    if low in _IRREGULAR_PLURALS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "'s", "’s", "us"))


def _counted(text: str, pos: int, limit: int) -> _Counted | None:
    """The counted noun after a figure: "13 drone or rocket attacks", "11 of the attacks"."""
    words = list(_WORD.finditer(text, pos, limit))[:10]
    i = 0
    # "attacks." -> "attacks"; "U.S." keeps its dots.
    low = [
        w.group(0).lower() if "." in w.group(0)[:-1] else w.group(0).lower().rstrip(".")
        for w in words
    ]
    if len(low) >= 2 and low[0] == "of" and low[1] in ("the", "these", "those", "its", "their"):
        i = 2  # partitive
    heads: list[str] = []
    nationality: str | None = None
    end = pos
    prev = ""
    while i < len(words) and i < 10:
        tok, w = words[i].group(0), low[i]
        if w == "," or w in ("and", "or"):
            prev, i = w, i + 1
            continue
        if not heads and w in _NATIONALITY:
            nationality = _NATIONALITY[w]
        if not w or w in _STOP or not w[0].isalpha():
            break
        if _plural(w):
            needs = _NEEDS_BEFORE.get(w)
            if w in _NOUNS and (needs is None or prev in needs):
                heads.append(w)
                end = words[i].end()
            elif heads:
                break
            else:
                return None
        elif heads:
            break
        prev = w if tok[0].isalpha() else prev
        i += 1
    if not heads:
        return None
    kinds = {_NOUNS[h][0] for h in heads}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    if kind == "weapon" and len(heads) > 1:
        names = sorted({_NOUNS[h][1] for h in heads})
        subject = ", ".join(names[:-1]) + " and " + names[-1]
    else:
        subject = _NOUNS[heads[-1]][1]
    return _Counted(kind, subject, nationality, end)


def _outcome(text: str, sent: Sentence, fig_start: int, noun_end: int, limit: int) -> str | None:
    before = _OUTCOME_BEFORE.search(text, max(sent.start, fig_start - 45), fig_start)
    if before is None:
        after = _OUTCOME_AFTER.search(text, noun_end, min(limit, noun_end + 60))
        word = after.group(1).lower() if after else None
    else:
        word = before.group(1).lower()
    if word is None:
        return None
    for stem, outcome in _OUTCOMES.items():
        if word.startswith(stem):
            return outcome
    return None


def _us_default(text: str) -> bool:
    """Whether the article is about US forces (their attackers, casualties, deployments)."""
    return len(_US_TARGET.findall(text)) >= 2


def _quantity(counted: _Counted, outcome: str | None, sentence: str, us_article: bool) -> str:
    if counted.kind == "event":
        if counted.nationality == "US":
            return "US strikes"
        if _CLAIMED.search(sentence):
            return "attacks claimed"
        if _US_TARGET.search(sentence) or us_article:
            return "attacks on US forces"
        return counted.subject
    nationality = counted.nationality
    if nationality is None and counted.kind == "military" and us_article:
        nationality = "US"
    subject = f"{nationality} {counted.subject}" if nationality else counted.subject
    wanted = counted.kind in ("people", "military", "captive") and outcome not in (None, "damaged")
    if wanted and not (counted.kind == "captive" and outcome == "abducted"):
        return f"{subject} {outcome}"
    return subject


def _place_name(place: Place) -> str:
    # A country by its gazetteer name ("Iraq"); smaller places as written ("Gaza City").
    # "southern Israel" counts as Israel: claims name places at the level figures are given.
    surface = re.sub(r"^(?:north|south|east|west|central)\w*\s+", "", place.text, flags=re.I)
    return (place.name if place.feature == "country" else None) or surface or place.text


def _place_group(text: str, places: list[Place], first: int) -> str:
    """The place at ``first`` and those joined to it by "and" or a comma, as one name."""
    names = [places[first]]
    for nxt in places[first + 1 :]:
        gap = text[names[-1].end : nxt.start]
        if re.fullmatch(r"\s*(?:,|and|, and)\s*", gap):
            names.append(nxt)
        else:
            break
    unique = sorted({_place_name(p) for p in names})
    return " and ".join(unique)


def _usable(text: str, place: Place, sent: Sentence, blocked: tuple[int, int] | None) -> bool:
    if blocked and blocked[0] <= place.start < blocked[1]:
        return False  # inside the claimant ("the health ministry of Gaza")
    if place.text in ("U.S.", "US", "America"):
        return False
    if _ACTOR_AFTER.match(text[place.end : place.end + 20]):
        return False  # "Israeli officials", "US forces": an actor, not where
    offset = max(sent.start, place.start - 25)
    # "the Islamic Resistance in Iraq": a name that ends in a place (a capital inside the
    # sentence, not its first word: "Fighting in Gaza" is where).
    m = re.search(r"([A-Z][a-z]+)\s+in\s+$", text[offset : place.start])
    if m is None or offset + m.start(1) == sent.start:
        return True
    return m.group(1).lower() in _NOUNS or m.group(1) == "Marines"


def _place(
    text: str, sent: Sentence, fig_start: int, noun_end: int, limit: int,
    places: list[Place], blocked: tuple[int, int] | None,
) -> str | None:  # fmt: skip
    inside = [p for p in places if sent.start <= p.start < sent.end]
    for k, p in enumerate(inside):
        if noun_end <= p.start < limit and _usable(text, p, sent, blocked):
            lead = text[max(sent.start, p.start - 40) : p.start]
            if _LOCATIVE.search(lead):
                return _place_group(text, inside, k)
            break
    for k in range(len(inside) - 1, -1, -1):
        p = inside[k]
        lead = text[max(sent.start, p.start - 40) : p.start]
        possessive = re.match(r"['’]s\b", text[p.end : p.end + 2])
        if (
            p.end <= fig_start
            and _usable(text, p, sent, blocked)
            and (_LOCATIVE.search(lead) or possessive)
        ):
            # the whole group that ends here
            first = k
            while first > 0 and re.fullmatch(
                r"\s*(?:,|and|, and)\s*", text[inside[first - 1].end : inside[first].start]
            ):
                first -= 1
            return _place_group(text, inside, first)
    return None


def _by_sentence(
    items: Iterable[T], starts: list[int], key: Callable[[T], int]
) -> dict[int, list[T]]:
    out: dict[int, list[T]] = {}
    for item in items:
        i = bisect.bisect_right(starts, key(item)) - 1
        if i >= 0:
            out.setdefault(i, []).append(item)
    return out


def extract_claims(
    article: Article,
    *,
    sentences: list[Sentence],
    times: list[Timex],
    places: list[Place],
) -> list[Claim]:
    """Claims of one article, in text order (see the module docstring for what counts)."""
    text = article.text
    if not places:
        places = context.fallback_places(text, article.id)
    us_article = _us_default(text)
    # Everything bucketed by sentence once: a long article costs its length, not
    # sentences x figures.
    starts = [s.start for s in sentences]
    figs_by = _by_sentence(find_figures(text), starts, lambda f: f[0])
    places_by = _by_sentence(sorted(places, key=lambda p: p.start), starts, lambda p: p.start)
    times_by = _by_sentence(times, starts, lambda t: t.start)
    claims: list[Claim] = []
    window: str | None = None  # the latest "since X" seen: applies to later tallies
    window_sentence = -1
    for sent in sentences:
        in_sent = figs_by.get(sent.index, [])
        here = places_by.get(sent.index, [])
        before = sent.index - 1
        sent_anchors = context.anchors(
            text, sent.start, sent.end, article.published, times_by.get(sent.index, [])
        )
        since = [a for a in sent_anchors if a.since]
        who, who_span = context.claimant(sent.text)
        if who is None and article.outlet:
            # "Our monitors recorded", "we counted": the publisher is the source.
            who_span = context.first_person(sent.text)
            who = article.outlet.strip() if who_span else None
        blocked = (sent.start + who_span[0], sent.start + who_span[1]) if who_span else None
        if who is None and in_sent:
            nxt = sentences[sent.index + 1] if sent.index + 1 < len(sentences) else None
            if nxt is not None and not figs_by.get(nxt.index):
                m = re.search(r"\baccording to\s+[^,.;]+[.]?$", nxt.text)
                if m:
                    who = context.claimant(nxt.text[m.start() :])[0]
        as_of = context.as_of_weekday(sent.text, article.published) or article.published
        listing: Claim | None = None  # the total whose parts this sentence lists
        for k, (start, end, fig) in enumerate(in_sent):
            limit = in_sent[k + 1][0] if k + 1 < len(in_sent) else sent.end
            claim = _claim(article, sent, start, end, fig, limit, here, blocked, us_article, claims)
            if claim is None and listing is not None and _SIBLING.match(text, end):
                claim = _claim(article, sent, start, end, fig, limit, here, blocked, us_article,
                               [listing], sibling=True)  # fmt: skip
            if claim is None:
                continue
            total = _stated_total(text, sent, end, claim, claims, listing)
            if total is not None:
                listing = total
                total.parts.append(claim.id)
                if claim.place == total.place:
                    claim.place = None  # a part of the total's place, not all of it
            if claim.place is None and sent.index > 0 and _TWO_COUNTRIES.search(sent.text):
                prev = sentences[sent.index - 1]
                inside = [p for p in places_by.get(before, []) if _usable(text, p, prev, None)]
                if inside:
                    claim.place = " and ".join(sorted({_place_name(p) for p in inside}))
            claim.as_of = as_of
            if claim.claimant is None:
                claim.claimant = who
            _set_window(claim, text, sent, sentences, since, sent_anchors,
                        places_by.get(before, []), times_by.get(before, []),
                        article, window if window_sentence < sent.index else None)  # fmt: skip
            claims.append(claim)
        if since:
            window, window_sentence = since[-1].date_start, sent.index
    _theatre(claims)
    return claims


def _stated_total(
    text: str, sent: Sentence, end: int, claim: Claim, claims: list[Claim],
    listing: Claim | None,
) -> Claim | None:  # fmt: skip
    """The total a figure is stated as a part of: "14 of them" (the figure just before, in
    this sentence or the last), or a sibling listed after such a part ("and 9 on the road")."""
    if listing is not None and claim.quantity == listing.quantity and _SIBLING.match(text, end):
        return listing
    if not _PARTITIVE.match(text, end):
        return None
    prev = next((c for c in reversed(claims) if (c.sentence or 0) >= sent.index - 1), None)
    if prev is None or prev.quantity != claim.quantity or prev.unit != claim.unit:
        return None
    return prev


def _theatre(claims: list[Claim]) -> None:
    """Attacks on US forces and US casualties that do not say where happened where the
    article's attacks on US forces did: the widest place its attack figures give."""
    places = {c.place for c in claims if c.quantity == "attacks on US forces" and c.place}
    widest = [
        p for p in places if all(set(o.split(" and ")) <= set(p.split(" and ")) for o in places)
    ]
    if len(widest) != 1:
        return
    for c in claims:
        casualty = c.quantity.startswith("US ") and c.quantity.split()[-1] in ("injured", "killed")
        if c.place is None and (c.quantity == "attacks on US forces" or casualty):
            c.place = widest[0]


def _claim(
    article: Article, sent: Sentence, start: int, end: int, fig: Figure, limit: int,
    places: list[Place], blocked: tuple[int, int] | None, us_article: bool,
    earlier: list[Claim], *, sibling: bool = False,
) -> Claim | None:  # fmt: skip
    text = article.text
    if fig.value is None and fig.approximate:
        return None  # "hundreds", "several": not a figure anyone can check
    bare = fig.lower is None and fig.upper is None and not fig.approximate
    if fig.value == 1 and fig.lower is None and fig.upper is None:
        return None  # "one contractor died": an incident detail, not a tally
    if bare and re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.I):
        return None  # "the 60 attacks": a reference back, not a new report
    unit = "percent" if re.search(r"%|percent|per cent", fig.text or "") else None
    counted = _counted(text, end, limit)
    quantity: str | None = None
    inherited: Claim | None = None
    if unit == "percent":
        if not _DAMAGE_CONTEXT.search(sent.text):
            return None
        m = re.match(r"\s+of\s+(?:the\s+)?(\w+)", text[end:limit])
        after = _OUTCOME_AFTER.search(text, end, limit)
        harm = " damaged" if after and after.group(1).lower() in ("damaged", "destroyed") else ""
        quantity = f"share of {m.group(1)}{harm}" if m else "share" + harm
        noun_end = end
    elif counted is None:
        nxt = re.match(r"\s+times\b", text[end:limit])
        if nxt and _STRIKE_VERB.search(text, max(sent.start, start - 40), start):
            us = re.search(r"U\.S\.|\bUS\b|\bAmerican\b", text[sent.start : start])
            quantity = "US strikes" if us else "strikes"
            noun_end = end + nxt.end()
        elif (
            sibling
            or _ELLIPSIS.match(text, end)
            or _PARTITIVE.match(text, end)
            or re.match(r"Of (?:those|these)\b", sent.text)
        ):
            inherited = next(
                (c for c in reversed(earlier) if (c.sentence or 0) >= sent.index - 1), None
            )
            if inherited is None:
                return None
            quantity, unit, noun_end = inherited.quantity, inherited.unit, end
        else:
            return None
    else:
        outcome = _outcome(text, sent, start, counted.end, limit)
        quantity = _quantity(counted, outcome, sent.text, us_article)
        noun_end = counted.end
        size = fig.value if fig.value is not None else (fig.lower or fig.upper or 0)
        if counted.kind == "people" and outcome is None and size < _MIN_STOCK_OF_PEOPLE:
            return None
    place = _place(text, sent, start, noun_end, limit, places, blocked)
    return Claim(
        id=claim_id(article.id, start, end),
        quantity=quantity,
        value=fig.value,
        lower=fig.lower,
        upper=fig.upper,
        approximate=fig.approximate,
        unit=unit,
        place=place,
        window_start=inherited.window_start if inherited else None,
        window_end=inherited.window_end if inherited else None,
        as_of=None,
        claimant=inherited.claimant if inherited else None,
        article_id=article.id,
        start=start,
        end=end,
        text=text[start:end],
        sentence=sent.index,
    )


def _is_flow(claim: Claim) -> bool:
    words = claim.quantity.split()
    return claim.quantity.startswith(("attacks", "US strikes", "strikes")) or (
        words[-1] in _FLOW_OUTCOMES
    )


def _own_range(text: str, claim: Claim, ranges: list[context.Anchor]) -> context.Anchor | None:
    """The range that dates this figure: the nearest one with no other figure or "since"
    between them ("52 attacks from May 2 to June 10, and 11 since then": not the 11)."""

    def between(a: context.Anchor) -> str:
        return text[claim.end : a.start] if a.start >= claim.end else text[a.end : claim.start]

    if re.match(r"[^,;.]*\bsince\b", text[claim.end : claim.end + 80], re.I):
        return None  # the figure states its own window
    ordered = sorted(ranges, key=lambda a: (a.start < claim.end, abs(a.start - claim.end)))
    for a in ordered:
        if not re.search(r"\d|\bsince\b", between(a), re.I):
            return a
    return None


def _set_window(
    claim: Claim, text: str, sent: Sentence, sentences: list[Sentence],
    since: list[context.Anchor], sent_anchors: list[context.Anchor],
    prev_places: list[Place], prev_times: list[Timex], article: Article,
    inherited_window: str | None,
) -> None:  # fmt: skip
    """Since when the figure counts: "since Oct. 17" in its sentence, an event's own date
    ("killed in the Oct. 7 attack"), or the article's running window for tallies."""
    if since:
        claim.window_start = since[-1].date_start
        return
    if claim.window_start is not None:
        return
    ranges = [a for a in sent_anchors if a.range]
    if ranges and _is_flow(claim):
        # "27 attacks between Feb. 3 and April 9": the window is the range, both ends.
        rng = _own_range(text, claim, ranges)
        if rng is not None:
            claim.window_start, claim.window_end = rng.date_start, rng.date_end
            return
    # Casualties and captives of one attack are counted at that attack's date.
    casualty = claim.quantity.split()[-1] in (*_FLOW_OUTCOMES, "hostages", "prisoners")
    anchors = [a for a in sent_anchors if not a.since]
    if casualty and not anchors and _EVENT_ANAPHOR.search(sent.text) and sent.index > 0:
        prev = sentences[sent.index - 1]
        anchors = [
            a
            for a in context.anchors(text, prev.start, prev.end, article.published, prev_times)
            if not a.since
        ]
        if anchors and claim.place is None:
            claim.place = _place(text, prev, prev.end, prev.start, prev.end, prev_places, None)
    if casualty and anchors:
        claim.window_start, claim.window_end = anchors[0].date_start, anchors[0].date_end
        return
    if not anchors and inherited_window and _is_flow(claim):
        claim.window_start = inherited_window
