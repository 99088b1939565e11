"""Spans and ids shared by the extraction modules: evidence, locations, mention ids.

Every field of a mention points at the characters it was read from; these helpers build
those pointers the same way everywhere so that ``article.text[start:end] == text`` holds.
"""

from __future__ import annotations

import hashlib
import math
import re

from wiretally.records import Article, Evidence, Location, Place, Sentence


def mention_id(article_id: str, sentence: int, trigger_start: int) -> str:
    """Stable id: the same article, sentence and trigger give the same id on every run."""
    key = f"{article_id}|{sentence}|{trigger_start}".encode()
    return hashlib.sha1(key, usedforsecurity=False).hexdigest()[:16]


def evidence(article: Article, s: Sentence, start: int, end: int) -> Evidence:
    """Evidence for the article span ``[start, end)`` read in sentence ``s``."""
    return Evidence(article.id, s.index, start, end, article.text[start:end])


# "about 30 km south of Tal Afar", "40 kilometres north-east of Banikoara": a distance and
# a bearing from the named place.
_BEARING_OF = re.compile(
    r"\b(?P<n>\d{1,3}(?:\.\d)?)\s*(?P<unit>km|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:\([^)]{1,20}\)\s+)?(?:to\s+the\s+)?"
    r"(?P<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|wards?)?"
    r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:town|city|village|centre|center)\s+of\s+)?$",
    re.I,
)
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
             "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0}  # fmt: skip


def _moved(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from ``(lat, lon)`` on ``bearing`` degrees (a flat earth is close
    enough for tens of kilometres)."""
    rad = math.radians(bearing)
    dlat = km * math.cos(rad) / 111.32
    dlon = km * math.sin(rad) / (111.32 * max(0.01, math.cos(math.radians(lat))))
    return round(lat + dlat, 4), round(lon + dlon, 4)


def location_of(place: Place, text: str) -> Location:
    """A place as an event location; precision 2 when the text says "near" or "outside".

    "About 30 km south of Tal Afar" keeps the town's name at the point that far on that
    bearing, with precision 2: the report gives no closer place."""
    bearing = _BEARING_OF.search(text, max(0, place.start - 60), place.start)
    if (
        bearing is not None
        and place.lat is not None
        and place.lon is not None
        and (place.feature or "") not in ("country", "region", "admin1", "province", "sea")
    ):
        km = float(bearing["n"]) * (1.609 if bearing["unit"].lower().startswith("mile") else 1.0)
        if 0 < km <= 300:
            heading = _BEARINGS[bearing["dir"].lower().replace("-", "")]
            lat, lon = _moved(place.lat, place.lon, km, heading)
            return Location(place.name or place.text, lat, lon, place.geonames_id, 2)
    precision = place.precision
    if precision is None:
        near = re.search(
            r"\b(?:near|outside|north|south|east|west|of the|district of|"
            r"outskirts of|province|area)\W+(?:\w+\W+){0,2}$",
            text[max(0, place.start - 30) : place.start],
            re.I,
        )
        broad = (place.feature or "") in ("country", "region", "admin1", "province")
        precision = 3 if broad else (2 if near else 1)
    return Location(place.name or place.text, place.lat, place.lon, place.geonames_id, precision)
