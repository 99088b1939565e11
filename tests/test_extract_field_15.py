"""Whole-article readings found with the twenty-third field batch's styles (Burkina Faso's
East, North Darfur, DR Congo's Tanganyika, the Philippines' Negros and Panay, Myanmar's
Sagaing, Ukraine's south, Mexico's Zacatecas; sentences and mastheads written for these
tests)."""

from __future__ import annotations

from wiretally.meta import leading_date


def test_a_masthead_dates_itself_in_filipino_or_indonesian_month_first() -> None:
    head = (
        "=====================\n      TINIG NG BAYBAY\n=====================\n"
        "Biyernes, Oktubre 9, 2026  |  Tomo II, Numero 4  |  P15.00\n"
        "---------------------\n\nBody text follows here.\n"
    )
    assert leading_date(head)[0] == "2026-10-09"
    assert leading_date("Kamis, 14 Mei 2026 | Edisi 77\n\nBody.\n")[0] == "2026-05-14"


def test_a_french_masthead_date_keeps_its_price_set_apart_by_spaces() -> None:
    head = (
        "           LE PHARE DU KIVU\n"
        "Goma, jeudi 5 février 2026                           Prix: 500 FC\n\nBody.\n"
    )
    assert leading_date(head)[0] == "2026-02-05"
    # a sentence that only names a day in passing is no masthead
    assert leading_date("The talks of 5 février 2026 ended with no deal at all.\n")[0] is None
