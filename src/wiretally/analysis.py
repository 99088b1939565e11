"""The analysis stages over stored articles, in data-flow order.

1. stories: group copies (reprints, rewrites, translations); copies without a date inherit
   the canonical's date (``published_inferred``); a yearless wire copy whose year was only
   guessed takes the year of the firmly dated reports beside it.
2. per article (new, or whose date changed): sentences -> times -> places -> event mentions
   -> claims, stored together in one transaction per article.
3. merge: all mentions into events (independent sources counted in stories); all claims
   linked into series, parts and conflicts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import replace

from wiretally.records import Article, Claim, Mention, Place, Story, Timex
from wiretally.store import Store
from wiretally.text import split_sentences


def apply_story_dates(store: Store, stories: list[Story], inferred: dict[str, str]) -> set[str]:
    """Give copies the canonical's date; return ids of articles whose date changed."""
    changed: set[str] = set()
    for article_id, day in inferred.items():
        article = store.get_article(article_id)
        if article is None or (article.published == day and article.published_inferred):
            continue
        if article.published and not article.published_inferred:
            continue  # a date the record itself gave wins over an inherited one
        article.published = day
        article.published_inferred = True
        store.put_article(article)
        changed.add(article_id)
    return changed


def apply_corpus_years(store: Store) -> set[str]:
    """Give a yearless wire copy whose year was guessed the year of the firmly dated reports
    stored beside it (see :func:`meta.nearest_year`); return ids of articles redated."""
    from datetime import date

    from wiretally import meta

    articles = list(store.iter_articles())
    # (a date read from a full date in the text, a masthead's or a caption's, is firm too;
    # only another yearless copy's is a guess)
    # (a copy that says "so far in 2025" is firm in its year too)
    firm = [
        date.fromisoformat(a.published[:10])
        for a in articles
        if a.published
        and not (
            a.published_inferred and meta.yearless_dateline(a.text) and not meta.stated_year(a.text)
        )
    ]
    changed: set[str] = set()
    for article in articles:
        if article.published and not article.published_inferred:
            continue
        yearless = meta.yearless_dateline(article.text)
        if yearless is None or meta.path_date(article.source_path, article.text):
            continue  # (a file name's day is no guess: "wire_yei_20250812.txt")
        if meta.stated_year(article.text):
            continue
        day = meta.nearest_year(*yearless, article.published, firm)
        if day is not None and day != article.published:
            article.published = day
            article.published_inferred = True
            store.put_article(article)
            changed.add(article.id)
    return changed


def analyse_article(
    article: Article,
) -> tuple[list[Mention], list[Claim], list[Place], list[Timex]]:
    """Every per-article stage for one article.

    An article written all in capitals is read through a cased view of its text (same
    length, so offsets hold); quoted spans are then read back from the original.
    """
    from wiretally.casing import cased_view, is_shouting, restore_evidence
    from wiretally.claims import extract_claims
    from wiretally.extract import extract_mentions
    from wiretally.extract.actors import actor_table
    from wiretally.geo import geoparse
    from wiretally.times import tag_times

    original = article
    view = cased_view(article.text) if is_shouting(article.text) else None
    if view is not None:
        article = replace(article, text=view)
    sentences = split_sentences(article.text)
    times = tag_times(article.text, dct=article.published, article_id=article.id)
    names = actor_table().find(article.text)  # read once, for places and for mentions
    groups = [(h.start, h.end) for h in names if " " in h.text]
    places = geoparse(article.text, article_id=article.id, sentences=sentences, names=groups)
    mentions = extract_mentions(
        article, sentences=sentences, places=places, times=times, names=names
    )
    claims = extract_claims(article, sentences=sentences, times=times, places=places)
    if view is not None:
        restore_evidence([mentions, claims, places, times], original.text)
    return mentions, claims, places, times


def _analysed(
    articles: list[Article], *, workers: int
) -> Iterator[tuple[Article, tuple[list[Mention], list[Claim], list[Place], list[Timex]]]]:
    """Each article with its analysis, in order; several processes for a large batch.

    The per-article stages are pure CPU work on one article, so a batch spreads over the
    machine's cores (fork: the workers inherit the loaded gazetteer, actor table and typing
    model).
    """
    if workers <= 1 or len(articles) < PARALLEL_FROM:
        for article in articles:
            yield article, analyse_article(article)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from wiretally.extract.typing import warm_up
    from wiretally.geo import get_gazetteer

    get_gazetteer()  # load once here; forked workers share it
    warm_up()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from zip(articles, pool.map(analyse_article, articles, chunksize=8), strict=True)


PARALLEL_FROM = 64  # below this, starting processes costs more than it saves


def run(
    store: Store,
    *,
    embedder: str = "hashing.v1",
    progress: bool | None = None,
    workers: int | None = None,
) -> dict[str, int]:
    from wiretally.claims import link_claims
    from wiretally.merge import merge_mentions
    from wiretally.stories import group_stories

    articles = list(store.iter_articles())
    result = group_stories(articles, previous=list(store.iter_stories()), embedder=embedder)
    with store.transaction():
        store.replace_stories(result.stories)
        redated = apply_story_dates(store, result.stories, result.inferred_dates)
        redated |= apply_corpus_years(store)

    done = store.analysed_article_ids()
    by_id = {a.id: a for a in store.iter_articles()}
    pending = [a for a in by_id.values() if a.id not in done or a.id in redated]
    analysed = _analysed(pending, workers=workers if workers is not None else os.cpu_count() or 1)
    show = progress if progress is not None else (sys.stderr.isatty() and len(pending) > 20)
    if show:
        from tqdm import tqdm

        analysed = tqdm(analysed, total=len(pending), unit="article", desc="analyse",
                        file=sys.stderr, dynamic_ncols=True)  # fmt: skip
    for article, (mentions, claims, places, times) in analysed:
        with store.transaction():
            store.put_analysis(
                article.id, mentions=mentions, claims=claims, places=places, times=times
            )

    story_of = {m.article_id: s.id for s in result.stories for m in s.members}
    published = {a.id: a.published for a in by_id.values()}
    events = merge_mentions(list(store.iter_mentions()), story_of=story_of, published=published)
    claims = link_claims(list(store.iter_raw_claims()), stories=result.stories, articles=by_id)
    with store.transaction():
        store.replace_events(events)
        store.replace_claims(claims)
    return {k: v for k, v in store.counts().items() if k != "articles"}
