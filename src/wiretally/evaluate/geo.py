"""Score the places stage on LGL and GeoVirus (``../shared/dev/geo/lgl_geovirus``).

Two separate measurements, reported per corpus:

* **Resolution** (the standard for Acc@161, as in Gritta et al. and Mordecai 3): each gold
  toponym span is resolved by :func:`wiretally.geo.geoparse` given that span, with the
  whole document read for context. Acc@161 is the share of gold toponyms placed within
  161 km (100 miles) of the gold point; an unresolved toponym counts as a miss with the
  largest error (20,039 km, half the Earth's circumference). Median error in km.
* **Detection**: :func:`geoparse` on the bare text; a predicted place matches a gold
  toponym whose span overlaps it. Precision, recall (the share of gold toponyms found),
  and Acc@161 of the matched ones.

Run: ``python -m wiretally.evaluate.geo [--limit N] [--corpus lgl|geovirus]``.
The data is read from ``$WIRETALLY_SHARED`` or ``../shared`` beside the repository.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from wiretally.geo import geoparse, get_gazetteer
from wiretally.geo.gazetteer import distance_km

MISS_KM = 20039.0


@dataclass(slots=True)
class Toponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    gold_name: str = ""  # the gazetteer entry the annotators chose (for --errors)
    gold_where: str = ""  # its feature code, admin1 and country, where given


@dataclass(slots=True)
class Miss:
    """A gold toponym resolved more than 161 km off (or not at all), for --errors."""

    doc: str
    text: str
    gold: str
    predicted: str
    km: float
    context: str


@dataclass(slots=True)
class Document:
    id: str
    text: str
    toponyms: list[Toponym]


@dataclass(slots=True)
class Scores:
    corpus: str
    documents: int
    toponyms: int
    acc161: float
    median_km: float
    mean_km: float
    resolved: float
    detect_precision: float
    detect_recall: float
    detect_acc161: float
    seconds: float

    def lines(self) -> list[str]:
        return [
            f"{self.corpus}: {self.documents} documents, {self.toponyms} gold toponyms",
            f"  resolution of gold spans: Acc@161 {self.acc161:.3f}  median error "
            f"{self.median_km:.1f} km  mean error {self.mean_km:.0f} km  "
            f"resolved {self.resolved:.3f}",
            f"  detection: precision {self.detect_precision:.3f}  recall "
            f"{self.detect_recall:.3f}  Acc@161 of matched {self.detect_acc161:.3f}",
            f"  time {self.seconds:.1f} s",
        ]


def shared_dir() -> Path:
    env = os.environ.get("WIRETALLY_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def _float(node: ElementTree.Element | None) -> float | None:
    if node is None or node.text is None:
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def load_lgl(path: Path) -> list[Document]:
    """LGL: ``<article docid><text>`` with ``<toponym><start><end><gaztag><lat><lon>``."""
    docs: list[Document] = []
    for article in ElementTree.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        tops = []
        for top in article.iter("toponym"):
            gaz = top.find("gaztag")
            lat = _float(gaz.find("lat")) if gaz is not None else None
            lon = _float(gaz.find("lon")) if gaz is not None else None
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            if lat is None or lon is None or end <= start:
                continue
            where = ""
            if gaz is not None:
                parts = [gaz.findtext(k) or "" for k in ("fcode", "admin1", "country")]
                where = "/".join(p for p in parts if p)
            gold_name = (gaz.findtext("name") or "") if gaz is not None else ""
            tops.append(Toponym(start, end, text[start:end], lat, lon, gold_name, where))
        docs.append(Document(article.get("docid") or str(len(docs)), text, tops))
    return docs


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """GeoVirus offsets are one character off in places: find the name nearest them."""
    if not name or text[start:end] == name:
        return start, end
    best: int | None = None
    pos = text.find(name, max(0, start - 10))
    while pos != -1 and pos <= start + 10:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(name, pos + 1)
    return (best, best + len(name)) if best is not None else (start, end)


def load_geovirus(path: Path) -> list[Document]:
    """GeoVirus: ``<article><text>`` with ``<location><start><end><lat><lon>``."""
    docs: list[Document] = []
    for n, article in enumerate(ElementTree.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        tops = []
        for loc in article.iter("location"):
            lat, lon = _float(loc.find("lat")), _float(loc.find("lon"))
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            if lat is None or lon is None or end <= start:
                continue
            start, end = _align(text, loc.findtext("name") or "", start, end)
            tops.append(Toponym(start, end, text[start:end], lat, lon))
        docs.append(Document(article.findtext("source") or str(n), text, tops))
    return docs


def score(corpus: str, docs: list[Document], misses: list[Miss] | None = None) -> Scores:
    """Resolution and detection scores of :func:`geoparse` on ``docs``.

    ``misses``, when given, receives every gold toponym resolved more than 161 km off.
    """
    gaz = get_gazetteer()
    t0 = time.perf_counter()
    errors: list[float] = []
    resolved = 0
    predicted = matched_pred = matched_gold = 0
    detect_errors: list[float] = []
    for doc in docs:
        spans = [(t.start, t.end) for t in doc.toponyms]
        places = geoparse(doc.text, article_id=doc.id, spans=spans, gazetteer=gaz)
        for top, place in zip(doc.toponyms, places, strict=True):
            if place.lat is None or place.lon is None:
                km = MISS_KM
            else:
                resolved += 1
                km = distance_km(top.lat, top.lon, place.lat, place.lon)
            errors.append(km)
            if misses is not None and km > 161:
                got = (
                    "-"
                    if place.name is None
                    else (f"{place.name} [{place.feature} {place.admin1 or ''}/{place.country}]")
                )
                snippet = doc.text[max(0, top.start - 60) : top.end + 60].replace("\n", " ")
                misses.append(
                    Miss(doc.id, top.text, f"{top.gold_name} [{top.gold_where}]", got, km, snippet)
                )
        found = geoparse(doc.text, article_id=doc.id, gazetteer=gaz)
        predicted += len(found)
        hit_gold: set[int] = set()
        for place in found:
            hits = [
                k for k, t in enumerate(doc.toponyms) if place.start < t.end and t.start < place.end
            ]
            if hits:
                matched_pred += 1
                for k in hits:
                    if k not in hit_gold and place.lat is not None and place.lon is not None:
                        t = doc.toponyms[k]
                        detect_errors.append(distance_km(t.lat, t.lon, place.lat, place.lon))
                hit_gold.update(hits)
        matched_gold += len(hit_gold)
    n = len(errors)
    return Scores(
        corpus=corpus,
        documents=len(docs),
        toponyms=n,
        acc161=sum(e <= 161 for e in errors) / n if n else 0.0,
        median_km=statistics.median(errors) if errors else 0.0,
        mean_km=statistics.fmean(errors) if errors else 0.0,
        resolved=resolved / n if n else 0.0,
        detect_precision=matched_pred / predicted if predicted else 0.0,
        detect_recall=matched_gold / n if n else 0.0,
        detect_acc161=(
            sum(e <= 161 for e in detect_errors) / len(detect_errors) if detect_errors else 0.0
        ),
        seconds=time.perf_counter() - t0,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("lgl", "geovirus", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="score the first N documents only")
    parser.add_argument(
        "--errors", metavar="FILE", help="write the misses (> 161 km) as TSV to FILE ('-': stdout)"
    )
    args = parser.parse_args(argv)
    base = shared_dir() / "dev" / "geo" / "lgl_geovirus"
    if not base.is_dir():
        print(f"no evaluation data at {base}: set WIRETALLY_SHARED to the shared folder")
        return 1
    t0 = time.perf_counter()
    get_gazetteer()
    print(f"gazetteer loaded in {time.perf_counter() - t0:.2f} s")
    loaders = {
        "lgl": (base / "lgl.xml", load_lgl),
        "geovirus": (base / "GeoVirus.xml", load_geovirus),
    }
    for name, (path, loader) in loaders.items():
        if args.corpus not in (name, "both"):
            continue
        docs = loader(path)
        if args.limit:
            docs = docs[: args.limit]
        misses: list[Miss] | None = [] if args.errors else None
        print("\n".join(score(name.upper() if name == "lgl" else "GeoVirus", docs, misses).lines()))
        if misses:
            rows = [
                "\t".join([name, m.doc, m.text, m.gold, m.predicted, f"{m.km:.0f}", m.context])
                for m in misses
            ]
            if args.errors == "-":
                print("\n".join(rows))
            else:
                mode = "a" if name == "geovirus" and args.corpus == "both" else "w"
                with open(args.errors, mode, encoding="utf-8") as handle:
                    handle.write("\n".join(rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
