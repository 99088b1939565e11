"""Actor normalisation: an alias table matched in front of any statistical NER.

General-purpose NER mislabels Arabic names (Kataeb Hezbollah as PERSON), so actors come
from a curated table (``data/actors/actors.tsv``) that users extend with a TSV of the same
shape named in ``WIRETALLY_ACTORS_EXTRA``. Each alias maps to one canonical actor with a
type, country and Wikidata id; spelling variants (Qassem / Qassim Soleimani, al-Sudani /
Sudani) are aliases of one row. An ALL-CAPS alias (IRGC, IS, IDF) matches case-sensitively
so that the word "is" is never the Islamic State.

TSV columns: name, aliases (``|``-separated), type, wikidata, country, adjectives (demonyms
that stand for the actor before an attack word: "Israeli strike"), parent (the group a
person or unit belongs to).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from wiretally.extract.names import forces_land, holder

# Same-length character folding so that match offsets are offsets into the original text.
# Accented Latin letters fold to their plain ones: "Burkinabè troops" are "Burkinabe troops".
_FOLD = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}
    | dict(zip("àáâãäåèéêëìíîïòóôõöùúûüçñÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÇÑ",
               "aaaaaaeeeeiiiiooooouuuucnAAAAAAEEEEIIIIOOOOOUUUUCN", strict=True))
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One row of the alias table."""

    name: str
    type: str | None
    wikidata: str | None
    country: str | None
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    parent: str | None


@dataclass(frozen=True, slots=True)
class ActorHit:
    """An alias found in a text, with its offsets."""

    entry: ActorEntry
    start: int
    end: int
    text: str
    adjective: bool = False  # matched as a demonym ("Israeli"), not as a name


def _parse_tsv(text: str) -> list[ActorEntry]:
    rows: list[ActorEntry] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 7
        name = cols[0].strip()
        if not name:
            continue
        aliases = tuple(a.strip() for a in cols[1].split("|") if a.strip())
        rows.append(
            ActorEntry(
                name=name,
                type=cols[2].strip() or None,
                wikidata=cols[3].strip() or None,
                country=cols[4].strip() or None,
                aliases=(name, *aliases),
                adjectives=tuple(a.strip() for a in cols[5].split("|") if a.strip()),
                # Tolerate stray trailing tabs: the parent is the last non-empty column.
                parent=next((c.strip() for c in reversed(cols[6:]) if c.strip()), None),
            )
        )
    return rows


def _alias_regex(aliases: list[str], *, adjective: bool) -> re.Pattern[str] | None:
    if not aliases:
        return None
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        body = re.escape(alias.translate(_FOLD)).replace(r"\ ", r"\s+")
        flag = "" if alias.isupper() or (adjective and len(alias) <= 3) else "(?i:"
        parts.append(f"{flag}{body})" if flag else body)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


_INSIDE_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An|In|On|At|By|For|From|With|And|But|As|Of)\b)"
    r"[A-Z][a-z]+\s+$"
)
_INSIDE_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+")


class ActorTable:
    """The alias table compiled into two regexes (names, demonyms)."""

    def __init__(self, entries: list[ActorEntry]) -> None:
        by_name: dict[str, ActorEntry] = {}
        for e in entries:
            by_name[e.name] = e  # a later row (a user's extra table) replaces an earlier one
        self.entries = by_name
        self._alias: dict[str, ActorEntry] = {}
        self._shared: dict[str, list[ActorEntry]] = {}  # aliases several rows hold
        self._adj: dict[str, ActorEntry] = {}
        # Aliases that are common nouns ("coalition forces", "security forces")
        self._common: set[str] = set()
        for e in by_name.values():
            for a in e.aliases:
                key = a.translate(_FOLD).lower()
                if a == a.lower():
                    self._common.add(key)
                if key in self._alias and self._alias[key] is not e:
                    self._shared.setdefault(key, [self._alias[key]]).append(e)
                self._alias.setdefault(key, e)
            for a in e.adjectives:
                self._adj.setdefault(a.translate(_FOLD).lower(), e)
        self._names = _alias_regex(
            [a for e in by_name.values() for a in e.aliases], adjective=False
        )
        self._adjs = _alias_regex(
            [a for e in by_name.values() for a in e.adjectives], adjective=True
        )

    def get(self, name: str) -> ActorEntry | None:
        """An entry by canonical name or alias (case-insensitive)."""
        return self.entries.get(name) or self._alias.get(name.translate(_FOLD).lower())

    def in_country(self, alias: str, country: str | None) -> ActorEntry | None:
        """The row of ``country`` among those that share ``alias``: "SNA" is the Syrian
        National Army in Syria and the Somali National Army in Somalia; "Khawarij" is the
        Pakistani state's word for the TTP and the Somali state's for al-Shabaab."""
        for e in self._shared.get(re.sub(r"\s+", " ", alias.translate(_FOLD)).lower(), []):
            if country is not None and e.country == country:
                return e
        return None

    def find(self, text: str, *, adjectives: bool = False) -> list[ActorHit]:
        """Non-overlapping alias hits in ``text``, longest first at each position.

        A possessor directly followed by another actor ("Iran's Islamic Revolutionary
        Guard Corps") is dropped: the second names the actor.
        """
        folded = text.translate(_FOLD)
        hits: list[ActorHit] = []
        rx = self._names
        if rx is not None:
            for m in rx.finditer(folded):
                entry = self._alias.get(re.sub(r"\s+", " ", m.group(0)).lower())
                if entry is None:
                    continue
                if (
                    entry.type != "person"
                    and entry.country is not None  # a named group, not "security forces"
                    and " " in m.group(0)
                    and (word := _INSIDE_NAME_BEFORE.search(folded, 0, m.start())) is not None
                    and word.group(0).strip().lower() not in self._adj
                ):
                    # "West Papua National Liberation Army": a longer name the table does
                    # not know, not Colombia's National Liberation Army.
                    continue
                words = m.group(0).split()
                if (
                    len(words) > 1
                    and " ".join(words).lower() in self._common
                    and words[-1][:1].isupper()
                    and _INSIDE_NAME_AFTER.match(folded, m.end())
                ):
                    continue  # "the opposition coalition Forces Vives": a name, not troops
                hits.append(ActorHit(entry, m.start(), m.end(), text[m.start() : m.end()]))
        if adjectives and self._adjs is not None:
            taken = [(h.start, h.end) for h in hits]
            for m in self._adjs.finditer(folded):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if _INSIDE_NAME_BEFORE.search(folded, 0, m.start()) and _INSIDE_NAME_AFTER.match(
                    folded, m.end()
                ):
                    continue  # "Datu Saudi Ampatuan": a word of a proper name, no demonym
                entry = self._adj.get(m.group(0).lower())
                if entry is not None:
                    hits.append(
                        ActorHit(entry, m.start(), m.end(), text[m.start() : m.end()], True)
                    )
            hits.sort(key=lambda h: h.start)
        out: list[ActorHit] = []
        for i, h in enumerate(hits):
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            if nxt is not None and re.fullmatch(r"'s?\s+(?:\w+\s+)?", folded[h.end : nxt.start]):
                continue
            out.append(h)
        return out


def _default_rows() -> list[ActorEntry]:
    data = resources.files("wiretally").joinpath("data/actors/actors.tsv")
    return _parse_tsv(data.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _table(extra: str) -> ActorTable:
    rows = _default_rows()
    for path in filter(None, extra.split(os.pathsep)):
        rows.extend(_parse_tsv(Path(path).read_text(encoding="utf-8")))
    return ActorTable(rows)


def actor_table() -> ActorTable:
    """The packaged table plus the user's extra tables (setting ``actors_extra``; cached).

    The environment is read at call time so that ``WIRETALLY_ACTORS_EXTRA`` set after
    start-up still counts; otherwise the resolved setting (config file, CLI flag) is used.
    """
    from wiretally.settings import live

    return _table(live("actors_extra"))


@lru_cache(maxsize=1)
def _insurgencies() -> dict[str, str]:
    data = resources.files("wiretally").joinpath("data/actors/insurgencies.tsv")
    out: dict[str, str] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, group = line.split("\t")[:2]
            out[country.strip()] = group.strip()
    return out


def sole_insurgency(country: str | None) -> ActorEntry | None:
    """The one insurgent group of a country that has only one (see insurgencies.tsv)."""
    name = _insurgencies().get(country or "")
    return actor_table().get(name) if name else None


def force_of(country: str | None) -> ActorEntry | None:
    """The table's main state force of a country, else one named by the country."""
    country = holder(country)
    if not country:
        return None
    forces = [
        e
        for e in actor_table().entries.values()
        if e.type == "state force" and e.country == country and e.parent is None
    ]
    forces.sort(key=lambda e: (not e.name.endswith(" military"), e.name))
    if forces:
        return forces[0]
    name = forces_land(country)
    if not name:
        return None
    label = f"Military Forces of {name}"
    return ActorEntry(label, "state force", None, country, (label,), (), None)


# A named group the table lacks: capitalised words ending in a group noun.
_SURFACE = re.compile(
    # ("the 444th Combat Brigade": a numbered unit keeps its number)
    r"\b(?:the\s+)?((?:\d{1,4}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'-]+\s+(?:of\s+(?:the\s+)?)?){1,5}"
    r"(?:Brigades?|Front|Army|Movement|Forces|Militia|Battalions?|Organi[sz]ation|Corps|Division|"
    # ("the Teghani gang": Sindh's dacoit gangs are named by their clan)
    r"Liberation\s+[A-Z]\w+|Mujahideen|Jihad|Guards?|[Gg]ang)"
    # "Movement of Democratic Forces of Casamance": the name goes on after "of"; "the
    # Popular Front for the Rebirth of Central Africa": after "for", up to its last word.
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]+)"
    r"{0,3})?)\b"
)


_ORDINAL_UNIT = re.compile(
    r"(?:\d{1,4}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
    r"Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|"
    r"Eighteenth|Nineteenth|Twentieth|Twenty-\w+|Thirtieth)\s+(?:[A-Z][\w-]+\s+){0,2}"
    r"(?:Brigades?|Battalions?|Division|Regiment|Corps|Army)"
)


def _is_area_division(name: str) -> bool:
    """Whether ``name`` is an administrative division ("Dhaka Division", "Sylhet Division")."""
    if not name.endswith(" Division"):
        return False
    from wiretally.geo.gazetteer import get_gazetteer  # a heavy load, only when asked

    gaz = get_gazetteer()
    ids, exact = gaz.lookup(name[: -len(" Division")])
    return exact and any(gaz.feature[i] == "admin1" for i in ids)


def ordinal_unit(name: str) -> bool:
    """Whether ``name`` is a numbered unit ("the 25th Division", "Ninth Brigade")."""
    return _ORDINAL_UNIT.search(name) is not None


_MEMBERS_LEAD = re.compile(
    r"(?:Fighters|Members|Militants|Combatants|Elements|Rebels|Gunmen|Supporters|Commanders?)"
    r"\s+(?:of|from)\s+(?:the\s+)?"
)
_TROOPS_OF = re.compile(
    r"\b(?:troops|soldiers)\s+(?:from|of)\s+"
    r"(?:the\s+)?(?:army['’]s\s+)?$",
    re.I,
)


def surface_actors(text: str, taken: list[ActorHit]) -> list[ActorHit]:
    """Named armed groups the table does not know, kept as written (type unknown)."""
    out: list[ActorHit] = []
    for m in _SURFACE.finditer(text):
        a, b = m.start(1), m.end(1)
        if lead := _MEMBERS_LEAD.match(text, a, b):
            a = lead.end()  # "Fighters of the Patriotic Front ...": the group is the Front
        if any(h.start < b and a < h.end for h in taken):
            continue
        if text.startswith(("-held", "-controlled", "-run", "-led", "-backed", "-allied"), b):
            continue  # "the Arakan Army-held town of Kyauktaw": whose town, not an actor here
        # "the Libyan National Army's Subul al-Salam Brigade": a unit of a known force,
        # which acts through it
        if any(re.fullmatch(r"['’]s\s+[\w' -]{0,30}", text[h.end : a]) for h in taken):
            continue
        # "the Central Sulawesi Mobile Brigade (Brimob)": the unit's known short name, told
        # next in brackets, names it
        if any(re.fullmatch(r"\s*\(\s*", text[b : h.start]) for h in taken):
            continue
        if _ORDINAL_UNIT.fullmatch(m.group(1)) and _TROOPS_OF.search(text, max(0, a - 40), a):
            continue  # "troops of the Ninth Brigade": the army's unit, the troops its army
        name = re.sub(r"\s+", " ", text[a:b])
        if _is_area_division(name):
            continue  # "Dhaka Division": Bangladesh's province, no armed group
        entry = ActorEntry(name, None, None, None, (name,), (), None)
        out.append(ActorHit(entry, a, b, text[a:b]))
    for m in _QUOTED_GROUP.finditer(text):
        # 'the self-defence group "El Machete"', 'the armed group known as "Los Autónomos"':
        # a group's name given in quotes
        a, b = m.start("name"), m.end("name")
        if any(h.start < b and a < h.end for h in [*taken, *out]):
            continue
        name = re.sub(r"\s+", " ", m.group("name")).strip()
        entry = ActorEntry(name, "militia", None, None, (name,), (), None)
        out.append(ActorHit(entry, a, b, text[a:b]))
    return out


_QUOTED_GROUP = re.compile(
    r"\b(?:self-defen[cs]e\s+group|armed\s+group|militia|vigilante\s+group|criminal\s+group|"
    r"gang|cell)\s+(?:known\s+as\s+|called\s+|calling\s+itself\s+)?[\"“]"
    r"(?P<name>(?-i:[A-Z])[\w'’ .-]{1,40}?)[\"”]",
    re.I,
)


def normalise_actor(name: str) -> str:
    """The canonical name for an alias, or the name itself when the table lacks it."""
    entry = actor_table().get(name.strip())
    return entry.name if entry else name.strip()
