"""Time expressions: find them in article text and normalise them against the DCT.

``tag_times(text, dct=...)`` returns :class:`wiretally.records.Timex` records with a
TIMEX3 value, the inclusive interval of days covered, a precision (1 day, 2 week or
stated range, 3 vaguer) and a role ("window_start" for "since X", "window_end" for
"by X", "range" for "between X and Y").
"""

from wiretally.times.tagger import tag_times

__all__ = ["tag_times"]
