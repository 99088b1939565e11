"""Whole-article readings found with the fourteenth and fifteenth field batches' styles
(north-eastern Ukraine, Ecuador's coast, Sindh, the Central African Republic with southern
Chad, south-eastern Myanmar, India's Maoist belt, the Tajik-Afghan border, South Sudan's
Equatoria; sentences written for these tests)."""

from __future__ import annotations

from wiretally import meta


def test_a_yearless_dateline_takes_the_year_its_lede_weekday_fits() -> None:
    # The copy names only background years (2018, 2021); its lede says the news came out
    # on a Wednesday, and 18 March fell on a Wednesday in 2026, not in 2021.
    text = (
        "Rebels kill four soldiers near Bocaranga\n\n"
        "BANGUI, March 18 (Wire) - Rebels attacked an army position outside Bocaranga on\n"
        "Monday, killing four soldiers, an army spokesman said on Wednesday.\n\n"
        "The group signed a peace deal in 2018 and its founder died in 2021.\n"
    )
    assert meta.infer_published(text, []) == "2026-03-18"
    # No weekday in the lede: the latest year it names stands.
    plain = text.replace("said on Wednesday", "said")
    assert meta.infer_published(plain, []) == "2021-03-18"


def test_a_numeric_stamp_is_ordered_by_the_weekday_it_names() -> None:
    # 8 October 2026 was a Thursday; 10 August 2026 a Monday.
    text = "DISTRICT POLICE\nPRESS RELEASE No. 318\nDated: 08-10-2026 (Thursday)\n\nPolice said.\n"
    assert meta.leading_date(text)[0] == "2026-10-08"
    assert meta.leading_date(text.replace("Thursday", "Monday"))[0] == "2026-08-10"


def test_a_bold_published_field_dates_a_digest_and_keeps_its_heading() -> None:
    text = (
        "# Access Digest - Week 5\n\n**Coverage:** 29 January - 4 February 2026\n"
        "**Published:** 6 February 2026\n\nPartners reported nine incidents.\n"
    )
    day, removed = meta.leading_date(text)
    assert day == "2026-02-06"
    assert removed is None


def test_a_statements_place_and_date_line_is_its_date() -> None:
    text = (
        "ADIVASI RIGHTS FORUM\nPress Statement\nRanchi, 20 September 2025\n\n"
        "A fact-finding team visited the village on 18 and 19 September 2025. The forum will\n"
        "hold a sit-in on 2 October 2025.\n"
    )
    assert meta.leading_date(text)[0] == "2025-09-20"
