"""One helper the whole-sentence extraction tests share: the mentions the pipeline's
per-article analysis reads in a text written for the test."""

from __future__ import annotations

from wiretally.analysis import analyse_article
from wiretally.records import Article, Mention


def read_mentions(text: str, published: str) -> list[Mention]:
    """The mentions of ``text`` read as one article published on ``published``."""
    return analyse_article(Article(id="f", source_path="f.txt", text=text, published=published))[0]
