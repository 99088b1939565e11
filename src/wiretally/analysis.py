"""The analysis stages over stored articles, in data-flow order.

1. stories: group copies (reprints, rewrites, translations); copies without a date inherit
   the canonical's date (``published_inferred``).
2. per article (new, or whose date changed): sentences -> times -> places -> event mentions
   -> claims, stored together in one transaction per article.
3. merge: all mentions into events (independent sources counted in stories); all claims
   linked into series, parts and conflicts.
"""

from __future__ import annotations

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


def analyse_article(
    article: Article,
) -> tuple[list[Mention], list[Claim], list[Place], list[Timex]]:
    """Every per-article stage for one article."""
    from wiretally.claims import extract_claims
    from wiretally.extract import extract_mentions
    from wiretally.geo import geoparse
    from wiretally.times import tag_times

    sentences = split_sentences(article.text)
    times = tag_times(article.text, dct=article.published, article_id=article.id)
    places = geoparse(article.text, article_id=article.id, sentences=sentences)
    mentions = extract_mentions(article, sentences=sentences, places=places, times=times)
    claims = extract_claims(article, sentences=sentences, times=times, places=places)
    return mentions, claims, places, times


def run(store: Store, *, embedder: str = "hashing.v1") -> dict[str, int]:
    from wiretally.claims import link_claims
    from wiretally.merge import merge_mentions
    from wiretally.stories import group_stories

    articles = list(store.iter_articles())
    result = group_stories(articles, previous=list(store.iter_stories()), embedder=embedder)
    with store.transaction():
        store.replace_stories(result.stories)
        redated = apply_story_dates(store, result.stories, result.inferred_dates)

    done = store.analysed_article_ids()
    by_id = {a.id: a for a in store.iter_articles()}
    for article in by_id.values():
        if article.id in done and article.id not in redated:
            continue
        mentions, claims, places, times = analyse_article(article)
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
