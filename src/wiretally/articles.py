"""From one input record to clean articles: split, clean, read metadata, assign ids.

Contract: ``prepare(raw)`` reads a ``RawDocument`` and returns ``Prepared``: the articles
(content-hash ids, or the caller's id) and the segments dropped with a reason. Removed
spans keep offsets into the raw record's text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from wiretally import meta
from wiretally.clean import clean_block
from wiretally.records import Article, RawDocument, Removed
from wiretally.split import split_block


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Prepared:
    articles: list[Article] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # reasons, one per dropped segment


def prepare(raw: RawDocument) -> Prepared:
    out = Prepared()
    segments = split_block(raw.text)
    several = len(segments) > 1
    # The record's identity: its text (whitespace-insensitive) and where it says it is from.
    # The same text with the same provenance is a duplicate; the same text from another
    # outlet or address is another report (a reprint), kept as its own article.
    identity = "\x1f".join([" ".join(raw.text.split()), raw.url or "", raw.outlet or ""])
    file_hash = content_hash(identity)[:16]
    parent_id = (raw.input_id or file_hash) if several else None
    for n, seg in enumerate(segments):
        base = seg.start
        block = raw.text[seg.start : seg.end]
        removed: list[Removed] = []
        stamp, cut = meta.leading_date(block)
        if cut is not None:
            removed.append(Removed(base + cut.start, base + cut.end, cut.text, cut.reason))
            base += cut.end
            block = block[cut.end :]
        title = seg.title or raw.title
        if title is None:
            title, _ = meta.leading_title(block)
        author: str | None = None
        captions: list[str] = []
        if title is not None and block.strip() == title.strip():
            # A headline-only record (a feed item, a list of headlines): the headline is
            # the report, kept as the text rather than removed as the title.
            text = block.strip()
        else:
            author, by = meta.byline(block)
            drop = {by.text: "byline"} if by is not None else None
            cleaned = clean_block(block, title=title, drop=drop)
            removed += [
                Removed(base + r.start, base + r.end, r.text, r.reason) for r in cleaned.removed
            ]
            text = cleaned.text
            captions = cleaned.captions
        if not text.strip():
            out.dropped.append(f"segment {n + 1}: no article text left after cleaning")
            continue
        place, wire = meta.dateline(text)
        published, inferred = raw.published or stamp or meta.dateline_date(text), False
        if published is None and title and (on_title := meta.full_dates(title)):
            published = max(on_title).isoformat()  # a heading line "Kabul | 19 March 2026"
        if published is None:
            published = (
                meta.correction_date(text)
                or meta.path_date(raw.source_path, text)
                or meta.infer_published(text, captions)
            )
            inferred = published is not None
        digest = content_hash(text)
        if raw.input_id:
            article_id = f"{raw.input_id}-{n + 1}" if several else raw.input_id
        else:
            # The record's bytes and the segment's place: the same file ingested twice gives
            # the same ids, while two outlets' identical reprints stay two articles.
            article_id = content_hash(f"{file_hash}:{n}:{digest}")[:16]
        out.articles.append(
            Article(
                id=article_id,
                source_path=raw.source_path,
                text=text,
                title=title,
                outlet=raw.outlet or wire,
                url=raw.url,
                published=published,
                published_inferred=inferred,
                language=raw.language or meta.detect_language(text),
                parent_id=parent_id,
                author=raw.author or author,
                dateline=place,
                input_id=raw.input_id,
                content_hash=digest,
                removed=removed,
                captions=captions,
            )
        )
    return out
