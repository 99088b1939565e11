"""Whole-article readings found with the twenty-fifth field batch's styles (Burkina Faso's
Boucle du Mouhoun and Sahel, Sudan's Blue Nile and White Nile, western Oromia, Hodeidah and
Hajjah, northern Cauca and Huila, Bajaur and North Waziristan, Guerrero and Morelos;
sentences, pages and wire notes written for these tests)."""

from __future__ import annotations

from wiretally import meta


def test_a_dateline_whose_town_carries_an_accent_still_dates_the_copy() -> None:
    wire = (
        "Police officer killed in drone attack\n\nBy A. Writer\n\n"
        "POPAYÁN, Colombia, Aug 19 (Andes Wire) - A police officer was killed when explosives "
        "dropped from drones struck a police station on Sunday, officials said on Tuesday.\n"
    )
    assert meta.yearless_dateline(wire) == (8, 19)
    assert meta.infer_published(wire.replace("Aug 19", "Aug 19, 2025"), []) == "2025-08-19"
    assert meta.yearless_dateline(
        wire.replace("POPAYÁN, Colombia", "NOUMÉA, Nouvelle-Calédonie")
    ) == (8, 19)
