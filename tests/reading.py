"""One helper the whole-sentence extraction tests share: the mentions the pipeline's
per-article analysis reads in a text written for the test."""

from __future__ import annotations

from wiretally.analysis import analyse_article
from wiretally.records import Article, Mention


def read_mentions(text: str, published: str) -> list[Mention]:
    """The mentions of ``text`` read as one article published on ``published``."""
    return analyse_article(Article(id="f", source_path="f.txt", text=text, published=published))[0]


def read_news(text: str, published: str) -> list[Mention]:
    """The mentions of ``text`` that report the day's news (no historical background)."""
    return [m for m in read_mentions(text, published) if not m.historical]


def read_one(text: str, published: str) -> Mention:
    """The one news mention of ``text``; fails, listing them, when there are more or none."""
    got = read_news(text, published)
    assert len(got) == 1, [(m.sub_event_type, m.text) for m in got]
    return got[0]
