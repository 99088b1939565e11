"""Places stage: gazetteer, place-mention detection and resolution.

``geoparse(text, article_id=...)`` returns one :class:`~wiretally.records.Place` per
place mention; ``resolve_name(name)`` resolves a single name (for the events stage);
``get_gazetteer()`` loads the offline gazetteer once per process.
"""

from wiretally.geo.gazetteer import Gazetteer, GazetteerError, get_gazetteer, supplement_gazetteer
from wiretally.geo.parse import geoparse, resolve_name

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "geoparse",
    "get_gazetteer",
    "resolve_name",
    "supplement_gazetteer",
]
