"""wiretally: one sourced, deduplicated, geocoded record of events from overlapping news reports."""

__version__ = "0.1.0"
