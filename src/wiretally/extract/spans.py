"""Spans and ids shared by the extraction modules: evidence, locations, mention ids.

Every field of a mention points at the characters it was read from; these helpers build
those pointers the same way everywhere so that ``article.text[start:end] == text`` holds.
"""

from __future__ import annotations

import hashlib
import re

from wiretally.records import Article, Evidence, Location, Place, Sentence


def mention_id(article_id: str, sentence: int, trigger_start: int) -> str:
    """Stable id: the same article, sentence and trigger give the same id on every run."""
    key = f"{article_id}|{sentence}|{trigger_start}".encode()
    return hashlib.sha1(key, usedforsecurity=False).hexdigest()[:16]


def evidence(article: Article, s: Sentence, start: int, end: int) -> Evidence:
    """Evidence for the article span ``[start, end)`` read in sentence ``s``."""
    return Evidence(article.id, s.index, start, end, article.text[start:end])


def location_of(place: Place, text: str) -> Location:
    """A place as an event location; precision 2 when the text says "near" or "outside"."""
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
