"""Event extraction: typed event mentions with actors, means, modality and provenance.

Stage contract: :func:`extract_mentions` reads an article with its sentences, places and
times and returns :class:`~wiretally.records.Mention` records (see ``events.py``).
"""

from wiretally.extract.events import extract_mentions, mention_id

__all__ = ["extract_mentions", "mention_id"]
