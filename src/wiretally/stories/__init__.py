"""The stories stage: group the copies of one piece (reprints, rewrites, translations).

Reads: cleaned ``Article`` records (text, date, outlet, dateline, language) and the stories
of an earlier run. Writes: ``Story`` records (every article in exactly one, singletons too)
and the dates that copies inherit from their canonical (``StoryResult.inferred_dates``).

Steps, cheapest first so that the costly ones see few articles:

1. ``neardup``: MinHash/LSH over word 3-grams and over content-word sets proposes pairs
   (plus shared names and numbers for articles in different languages).
2. A pair is a ``reprint`` when most 3-grams of the shorter text are in the other and a
   lead sentence of each is in the other; otherwise ``align`` aligns their sentences with
   the embedder and accepts a ``rewrite`` only when many sentence pairs align closely, a
   lead sentence of each is among them, and no aligned pair names a different date. Across
   languages (``translation``) sentences are compared by their names and numbers.
3. Accepted pairs are joined into stories; each story's canonical is its earliest dated
   (a date the record gave, not one inferred), attributed, most complete copy, and each copy
   is compared with it for ``changes``.

Incremental: with ``previous`` stories, their memberships are kept; only articles in no
previous story are queried against the index of all articles, a new article joins the
story of its best match, and two previous stories are never merged. Only stories that
gain members are recomputed; the others are returned unchanged, ids included.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from wiretally.records import Article, Change, Relation, Story, StoryMember
from wiretally.stories.align import (
    THRESHOLDS,
    TRANSLATION_THRESHOLDS,
    Alignment,
    align,
    disagree,
    usable,
)
from wiretally.stories.changes import CHANGE_SIMILARITY, changes_for
from wiretally.stories.embed import AnchorEmbedder, Embedder, get_embedder
from wiretally.stories.neardup import (
    candidate_pairs,
    containment,
    jaccard,
    shingles,
    terms,
    tokens,
)
from wiretally.text import split_sentences

__all__ = ["StoryResult", "group_stories", "story_id"]

REPRINT_CONTAINMENT = 0.7  # a rewrite of the seeds keeps ~0.43 of its original's 3-grams
# A rewrite keeps most content words (the seeds' rewrite: Jaccard 0.59; the same topic's
# other stories there: 0.12-0.17). Pairs below this never reach the sentence aligner.
REWRITE_TERMS = 0.3
# A copy keeps its original's news: one of the first LEAD sentences of each article must
# have a counterpart in the other. Two updates on two incidents often share their background
# paragraphs word for word; their leads (what happened, where, when) differ.
LEAD = 2
# Sentences of one article that are aligned: a news piece has far fewer; a hostile input
# with a million lines must not make the alignment matrix quadratic in it.
MAX_SENTENCES = 400
# Exact containment is checked only where the signatures make a reprint plausible: a copy
# cut to half its original still has shingle Jaccard near 0.5.
REPRINT_SHINGLES_ESTIMATE = 0.3
_ANCHOR = re.compile(r"\b(?:[A-Z][\w-]{2,}|\d[\d,.]*\d)\b")
_ANCHOR_MAX_DF = 200  # a name in more articles than this says nothing about a pair
_MIN_SHARED_ANCHORS = 4


@dataclass(slots=True)
class StoryResult:
    stories: list[Story]
    inferred_dates: dict[str, str] = field(default_factory=dict)
    stats: dict[str, float] = field(default_factory=dict)


def story_id(canonical_article_id: str) -> str:
    """Stable id: the same canonical gives the same story id on every run."""
    return "s" + hashlib.sha1(canonical_article_id.encode()).hexdigest()[:16]


def _lang(article: Article) -> str:
    return (article.language or "en").lower()[:2]


class _Cache(OrderedDict[int, object]):
    """A small LRU: per-article work is reused across pairs but never held for the corpus."""

    def __init__(self, size: int, make: Callable[[int], object]) -> None:
        super().__init__()
        self.size = size
        self.make = make

    def get_or_make(self, key: int) -> object:
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = self[key] = self.make(key)
        if len(self) > self.size:
            self.popitem(last=False)
        return value


class _Texts:
    """Sentences, sentence vectors and shingles of articles, computed on demand only."""

    def __init__(self, articles: Sequence[Article], embedder: Embedder) -> None:
        self.articles = articles
        self.embedder = embedder
        # Across languages neither hashing.v1 nor all-MiniLM-L6-v2 (trained on English) has
        # more to go by than names and numbers (AnchorEmbedder); the fake keeps its own.
        self.cross: Embedder = embedder if embedder.name == "fake.v1" else AnchorEmbedder()
        self.sentences_embedded = 0
        # Alignments of accepted rewrite/translation pairs, reused for the changes list.
        self.aligned: dict[tuple[int, int], Alignment] = {}
        self._vectors = _Cache(256, self._embed)
        self._cross_vectors = _Cache(256, self._embed_cross)
        self._sentences = _Cache(4096, self._make_sentences)
        self._sets = _Cache(4096, self._make_sets)

    def _make_sentences(self, i: int) -> list[str]:
        found = [s.text for s in split_sentences(self.articles[i].text) if usable(s.text)]
        return found[:MAX_SENTENCES]

    def sentences(self, i: int) -> list[str]:
        return self._sentences.get_or_make(i)  # type: ignore[return-value]

    def embed(self, sentences: list[str]) -> np.ndarray:
        self.sentences_embedded += len(sentences)
        return self.embedder.embed(sentences)

    def _embed(self, i: int) -> tuple[list[str], np.ndarray]:
        sents = self.sentences(i)
        return sents, self.embed(sents)

    def alignment(self, canon: int, i: int, *, verbatim: bool, cross: bool = False) -> Alignment:
        """Sentence alignment of copy ``i`` to ``canon``.

        For a reprint most sentences are verbatim: those pair up by their text and only the
        rest is embedded, which keeps the cost of reprints near that of reading them.
        """
        if not verbatim:
            known = self.aligned.get((canon, i))
            if known is not None:
                return known
            known = self.aligned.get((i, canon))
            if known is not None:
                return Alignment([(b, a, s) for a, b, s in known.pairs], known.size_b, known.size_a)
            return align(self.get(canon, cross=cross)[1], self.get(i, cross=cross)[1])
        sa, sb = self.sentences(canon), self.sentences(i)
        where: dict[str, list[int]] = {}
        for j, text in enumerate(sb):
            where.setdefault(text, []).append(j)
        pairs: list[tuple[int, int, float]] = []
        rest_a: list[int] = []
        for k, text in enumerate(sa):
            if where.get(text):
                pairs.append((k, where[text].pop(0), 1.0))
            else:
                rest_a.append(k)
        used = {j for _, j, _ in pairs}
        rest_b = [j for j in range(len(sb)) if j not in used]
        if rest_a and rest_b:
            va = self.embed([sa[k] for k in rest_a])
            vb = self.embed([sb[j] for j in rest_b])
            pairs += [(rest_a[x], rest_b[y], sim) for x, y, sim in align(va, vb).pairs]
        return Alignment(pairs, len(sa), len(sb))

    def _embed_cross(self, i: int) -> tuple[list[str], np.ndarray]:
        sents = self.sentences(i)
        self.sentences_embedded += len(sents)
        return sents, self.cross.embed(sents)

    def get(self, i: int, *, cross: bool = False) -> tuple[list[str], np.ndarray]:
        cache = self._cross_vectors if cross else self._vectors
        return cache.get_or_make(i)  # type: ignore[return-value]

    def _make_sets(self, i: int) -> tuple[set[str], set[str]]:
        words = tokens(self.articles[i].text)
        return shingles(words), terms(words)

    def sets(self, i: int) -> tuple[set[str], set[str]]:
        return self._sets.get_or_make(i)  # type: ignore[return-value]

    def containment(self, i: int, j: int) -> float:
        return containment(self.sets(i)[0], self.sets(j)[0])

    def leads_shared(self, i: int, j: int) -> bool:
        """Whether a lead sentence of each article is (nearly) verbatim in the other."""
        for x, y in ((i, j), (j, i)):
            other = self.sets(y)[0]
            leads = [shingles(tokens(s)) for s in self.sentences(x)[:LEAD]]
            if leads and not any(containment(lead, other) >= 0.6 for lead in leads):
                return False
        return True

    def term_jaccard(self, i: int, j: int) -> float:
        return jaccard(self.sets(i)[1], self.sets(j)[1])


def _same_story(
    texts: _Texts, i: int, j: int, thresholds: tuple[float, float, int], *, cross: bool = False
) -> tuple[bool, Alignment, float]:
    sim_min, share_min, count_min = thresholds
    sa, va = texts.get(i, cross=cross)
    sb, vb = texts.get(j, cross=cross)
    alignment = align(va, vb)
    strong = [(a, b) for a, b, s in alignment.pairs if s >= sim_min]
    share = alignment.share(sim_min)
    if len(strong) < count_min or share < share_min:
        return False, alignment, share
    if not (any(a < LEAD for a, _ in strong) and any(b < LEAD for _, b in strong)):
        return False, alignment, share  # shared background, different news: see LEAD
    clashes = sum(1 for a, b in strong if disagree(sa[a], sb[b]))
    if clashes >= 2 or clashes > 0.25 * len(strong):
        return False, alignment, share
    return True, alignment, share


def _anchor_pairs(articles: Sequence[Article], query: list[int]) -> set[tuple[int, int]]:
    """Cross-language candidates: articles sharing several rare names and numbers."""
    langs = [_lang(a) for a in articles]
    if len(set(langs)) < 2:
        return set()
    anchors = [set(_ANCHOR.findall(a.text)) for a in articles]
    index: dict[str, list[int]] = {}
    for i, found in enumerate(anchors):
        for token in found:
            index.setdefault(token, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for i in query:
        counts: dict[int, int] = {}
        for token in anchors[i]:
            posting = index[token]
            if len(posting) > _ANCHOR_MAX_DF:
                continue
            for j in posting:
                if j != i and langs[j] != langs[i]:
                    counts[j] = counts.get(j, 0) + 1
        best = sorted((-c, j) for j, c in counts.items() if c >= _MIN_SHARED_ANCHORS)[:20]
        pairs |= {(min(i, j), max(i, j)) for _, j in best}
    return pairs


def _canonical_key(article: Article) -> tuple[int, str, int, int, str]:
    dated = bool(article.published) and not article.published_inferred
    attributed = bool(article.outlet or article.dateline)
    return (
        0 if dated else 1,
        article.published if dated and article.published else "9999",
        0 if attributed else 1,
        -len(article.text),
        article.id,
    )


class _Components:
    """Union-find that refuses to join two stories of an earlier run."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.fixed: list[bool] = [False] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, *, fixed: bool = False) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if not fixed and self.fixed[ri] and self.fixed[rj]:
            return False
        self.parent[rj] = ri
        self.fixed[ri] = self.fixed[ri] or self.fixed[rj] or fixed
        return True


def group_stories(
    articles: list[Article],
    *,
    previous: Sequence[Story] = (),
    embedder: str = "hashing.v1",
) -> StoryResult:
    """Group ``articles`` into stories; see the module docstring for the contract."""
    articles = sorted(articles, key=lambda a: a.id)
    pos = {a.id: i for i, a in enumerate(articles)}
    n = len(articles)
    comps = _Components(n)
    old_story: dict[int, Story] = {}
    for story in previous:
        present = [pos[m.article_id] for m in story.members if m.article_id in pos]
        for i in present:
            comps.join(present[0], i, fixed=True)
            old_story[i] = story
        if present:  # a one-article story is fixed too (join(x, x) sets nothing)
            comps.fixed[comps.find(present[0])] = True
    new = [i for i in range(n) if i not in old_story]
    stats: dict[str, float] = {"articles": n, "new_articles": len(new)}
    if not new:
        kept = {id(s): s for s in old_story.values()}
        return StoryResult(list(kept.values()), _inferred(articles, list(kept.values())), stats)

    clock = time.perf_counter()
    proposed = candidate_pairs([a.text for a in articles], new)
    proposed += [(i, j, 0.0, 1.0) for i, j in sorted(_anchor_pairs(articles, new))]
    stats["candidate_pairs"] = len(proposed)

    texts = _Texts(articles, get_embedder(embedder))
    edges: list[tuple[float, int, int]] = []
    semantic: set[tuple[int, int]] = set()
    for i, j, est_shingles, est_terms in proposed:
        if i in old_story and j in old_story:
            continue
        if _lang(articles[i]) == _lang(articles[j]):
            if est_shingles >= REPRINT_SHINGLES_ESTIMATE:
                cont = texts.containment(i, j)
                if cont >= REPRINT_CONTAINMENT and texts.leads_shared(i, j):
                    edges.append((1.0 + cont, i, j))
                    continue
            if est_terms < REWRITE_TERMS:
                continue  # LSH's false positives: too few shared words to be a rewrite
        semantic.add((i, j))
    stats["neardup_seconds"] = time.perf_counter() - clock
    clock = time.perf_counter()
    for i, j in sorted(semantic):
        same_lang = _lang(articles[i]) == _lang(articles[j])
        thresholds = (THRESHOLDS if same_lang else TRANSLATION_THRESHOLDS)[embedder]
        ok, alignment, share = _same_story(texts, i, j, thresholds, cross=not same_lang)
        if ok:
            edges.append((share, i, j))
            texts.aligned[(i, j)] = alignment
    stats["semantic_seconds"] = time.perf_counter() - clock
    stats["semantic_pairs"] = len(semantic)
    stats["edges"] = len(edges)
    for _, i, j in sorted(edges, reverse=True):
        comps.join(i, j)

    clock = time.perf_counter()
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(comps.find(i), []).append(i)
    stories: list[Story] = []
    for members in groups.values():
        olds = {id(old_story[i]): old_story[i] for i in members if i in old_story}
        if olds and all(i in old_story for i in members):
            stories.append(next(iter(olds.values())))
            continue
        prior = next(iter(olds.values())) if olds else None
        stories.append(_build_story(articles, members, texts, embedder, prior))
    stories.sort(key=lambda s: s.id)
    stats["build_seconds"] = time.perf_counter() - clock
    stats["sentences_embedded"] = texts.sentences_embedded
    return StoryResult(stories, _inferred(articles, stories), stats)


def _build_story(
    articles: Sequence[Article],
    members: list[int],
    texts: _Texts,
    embedder: str,
    prior: Story | None,
) -> Story:
    canon = min(members, key=lambda i: _canonical_key(articles[i]))
    canon_article = articles[canon]
    sid = prior.id if prior else story_id(canon_article.id)
    story = Story(sid, canon_article.id, [StoryMember(canon_article.id, "canonical")])
    for i in sorted(members, key=lambda k: articles[k].id):
        if i == canon:
            continue
        relation: Relation
        sim = CHANGE_SIMILARITY[embedder]
        if _lang(articles[i]) != _lang(canon_article):
            relation, sim = "translation", TRANSLATION_THRESHOLDS[embedder][0]
        elif texts.containment(i, canon) >= REPRINT_CONTAINMENT:
            relation = "reprint"
        else:
            relation = "rewrite"
        story.members.append(StoryMember(articles[i].id, relation))
        changes: list[Change] = changes_for(
            articles[i].id,
            texts.sentences(canon),
            texts.sentences(i),
            texts.alignment(
                canon, i, verbatim=relation == "reprint", cross=relation == "translation"
            ),
            threshold=sim,
            relation=relation,
        )
        story.changes += changes
    return story


def _inferred(articles: Sequence[Article], stories: Sequence[Story]) -> dict[str, str]:
    """Copies without a date the record gave inherit their canonical's date."""
    by_id = {a.id: a for a in articles}
    out: dict[str, str] = {}
    for story in stories:
        canon = by_id.get(story.canonical_article_id)
        if canon is None or not canon.published:
            continue
        for member in story.members:
            article = by_id.get(member.article_id)
            if article is None or member.relation == "canonical":
                continue
            if not article.published or (
                article.published_inferred and not canon.published_inferred
            ):
                out[article.id] = canon.published
    return out
