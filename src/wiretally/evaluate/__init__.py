"""Scorers for the dev sets in ``../shared`` and the seeds gold: the project's accuracy gate.

Each module scores one dev set and can be run as ``python -m wiretally.evaluate.NAME``.
"""
