"""Whole-article readings found with the sixteenth field batch's styles (Niger's Diffa and
Tillaberi, Amhara with the Tigray border, Peru's VRAEM and coastal Ecuador, the southern
Philippines; sentences written for these tests)."""

from __future__ import annotations

from reading import read_mentions
from wiretally.records import Mention


def _read(text: str, published: str = "2026-05-19") -> list[Mention]:
    return read_mentions(text, published)


def test_a_bold_numbered_heading_dates_its_item() -> None:
    # Markdown keeps its bold marks in the text: "**1. Town (Region) - 4 May**" is the
    # item's heading all the same.
    text = (
        "# Protection Flash Update\n\n### Main incidents\n\n"
        "**1. Makalondi (Torodi department, Tillaberi) – 4 May**\n"
        "Unidentified armed men stopped a vehicle near Makalondi and abducted a nurse.\n\n"
        "**2. Tera department (Tillaberi) – 12 May**\n"
        "A military convoy struck an improvised explosive device on the Tera road. Six "
        "soldiers were killed.\n"
    )
    days = sorted((m.sub_event_type, m.date_start) for m in _read(text) if m.sub_event_type)
    assert days == [
        ("Abduction/forced disappearance", "2026-05-04"),
        ("Remote explosive/landmine/IED", "2026-05-12"),
    ]
