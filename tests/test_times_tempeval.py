"""The TempEval scorer on tiny TimeML files written here (no shared data needed)."""

from __future__ import annotations

from pathlib import Path

from wiretally.evaluate.tempeval import read_meantime, read_tml, score_docs

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-17" functionInDocument="CREATION_TIME">2023-11-17</TIMEX3></DCT>
<TEXT>
Drones hit the base <TIMEX3 tid="t1" type="DATE" value="2023-11-14">Tuesday</TIMEX3> and <EVENT eid="e1">again</EVENT> on <TIMEX3 tid="t2" type="DATE" value="2023-11-12">Nov. 12</TIMEX3>; talks lasted <TIMEX3 tid="t3" type="DURATION" value="P2D">two full days</TIMEX3> &amp; ended.
</TEXT>
</TimeML>
"""  # noqa: E501

NAF = """<?xml version="1.0" ?><Document doc_id="1">
<token sentence="0" t_id="1">Talks</token>
<token sentence="0" t_id="2">end</token>
<token sentence="1" t_id="3">November</token>
<token sentence="1" t_id="4">17</token>
<token sentence="1" t_id="5">,</token>
<token sentence="1" t_id="6">2023</token>
<token sentence="2" t_id="7">Envoys</token>
<token sentence="2" t_id="8">met</token>
<token sentence="2" t_id="9">on</token>
<token sentence="2" t_id="10">Tuesday</token>
<token sentence="2" t_id="11">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2023-11-17" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2023-11-14" functionInDocument="NONE">
<token_anchor t_id="10"/>
</TIMEX3>
</Markables>
</Document>
"""


def test_read_tml_offsets_and_dct(tmp_path: Path) -> None:
    path = tmp_path / "t1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "2023-11-17"
    assert [(g.text, g.value) for g in doc.timexes] == [
        ("Tuesday", "2023-11-14"), ("Nov. 12", "2023-11-12"), ("two full days", "P2D"),
    ]  # fmt: skip
    for g in doc.timexes:
        assert doc.text[g.start : g.end] == g.text
    assert "&" in doc.text and "<EVENT" not in doc.text


def test_scores_strict_relaxed_and_values(tmp_path: Path) -> None:
    path = tmp_path / "t1.tml"
    path.write_text(TML, encoding="utf-8")
    errors: list[str] = []
    scores = score_docs([read_tml(path)], errors=errors)
    assert scores["gold"] == 3
    assert scores["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}, errors
    assert scores["value_accuracy"] == 1.0
    assert scores["type_accuracy"] == 1.0
    assert errors == []


def test_read_meantime_skips_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "m.xml"
    path.write_text(NAF, encoding="utf-8")
    doc = read_meantime(path)
    assert doc.dct == "2023-11-17"
    assert doc.text.splitlines()[1] == "November 17, 2023"
    assert [g.text for g in doc.timexes] == ["Tuesday"]
    scores = score_docs([doc])
    assert scores["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
