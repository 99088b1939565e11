"""All-capitals text: the cased view the analysis reads, and quotes read back (no shared data)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from wiretally.analysis import analyse_article
from wiretally.casing import cased_view, is_shouting
from wiretally.evaluate.muc4 import load, matches, score
from wiretally.records import Article

SHOUTED = (
    "GUERRILLAS ATTACKED AN ARMY POST IN SAN MIGUEL ON MONDAY, KILLING THREE SOLDIERS, THE "
    "DEFENSE MINISTRY SAID. THE FMLN DENIED IT. SYRIAN TROOPS SHELLED IDLIB ON 12 MAY."
)


def test_shouting_is_told_from_ordinary_text() -> None:
    assert is_shouting(SHOUTED)
    assert not is_shouting("Guerrillas attacked an army post in San Miguel on Monday.")
    assert not is_shouting("UN, NATO")  # too short to tell


def test_cased_view_restores_sentences_names_and_acronyms() -> None:
    view = cased_view(SHOUTED)
    assert view is not None and len(view) == len(SHOUTED)
    assert view.startswith("Guerrillas attacked an army post in San Miguel on Monday, killing")
    assert "The FMLN denied it." in view  # no vowel: an acronym
    assert "Syrian troops shelled Idlib on 12 May." in view
    # An abbreviation's full stop ends no sentence, and stays in capitals.
    assert cased_view("REPORTS IN U.S. NEWSPAPERS SAID MR. JONES LEFT.") == (
        "Reports in U.S. newspapers said Mr. jones left."
    )


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_cased_view_never_changes_the_length(text: str) -> None:
    view = cased_view(text.upper())
    assert view is None or len(view) == len(text.upper())


def test_an_all_caps_report_gives_its_event_with_quotes_from_the_original() -> None:
    article = Article(id="c1", source_path="x", text=SHOUTED, published="1989-05-02")
    mentions = analyse_article(article)[0]
    m = mentions[0]
    assert (m.event_type, m.date_start, m.location.name if m.location else None) == (
        "Battles",
        "1989-05-01",
        "San Miguel",
    )
    for ev in m.provenance.values():
        assert SHOUTED[ev.start : ev.end] == ev.text  # quotes match the article's own text
    assert m.text == SHOUTED[m.start : m.end]


def test_muc4_scorer_on_an_invented_document(tmp_path: Path) -> None:
    path = tmp_path / "dev.json"
    path.write_text(
        json.dumps(
            {
                "DOC-1": {
                    "doc": "URBAN GUERRILLAS DYNAMITED A POWER PYLON IN SAN MIGUEL ON MONDAY.",
                    "roles": {
                        "perp_individual_id": [["URBAN GUERRILLAS"]],
                        "perp_organization_id": [],
                        "phys_tgt_id": [["POWER PYLON", "PYLON"]],
                        "hum_tgt_name": [],
                        "incident_instrument_id": [["DYNAMITE"]],
                    },
                }
            }
        ),
        encoding="utf-8",
    )
    (doc,) = load(path)
    assert doc.gold["perpetrator"] == [["URBAN GUERRILLAS"]]
    assert matches("a pylon", ["POWER PYLON"]) and not matches("the bridge", ["POWER PYLON"])
    result = score([doc])
    assert result.docs == 1 and result.with_incident == 1
    assert result.roles["perpetrator"].found == 1
