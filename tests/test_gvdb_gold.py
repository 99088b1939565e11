"""Gold derivation of the GVDB scorer: repeated victim entries count once (synthetic lists)."""

from __future__ import annotations

from wiretally.evaluate.gvdb import distinct_victims


def _victim(name: str = "", start: int = -1, was: tuple[str, ...] = ("injured",)) -> dict:
    end = start + len(name) if start >= 0 else -1
    return {
        "name": {"value": name, "startIndex": start, "endIndex": end},
        "victim-was": list(was),
    }


def test_list_submitted_twice_is_halved() -> None:
    a, b = _victim("Ann Lee", 10), _victim()
    assert distinct_victims([a, b, a, b]) == [a, b]


def test_same_name_span_is_one_victim() -> None:
    a, b = _victim("Ann Lee", 10), _victim()
    assert distinct_victims([a, b, b, a]) == [a, b, b]


def test_unnamed_and_distinct_victims_are_kept() -> None:
    one, two = _victim("unknown man", 5), _victim("unknown man", 90)
    blank = _victim(was=("killed",))
    assert distinct_victims([one, two]) == [one, two]
    assert distinct_victims([blank, blank, blank]) == [blank, blank, blank]
    assert distinct_victims([]) == []


def test_two_unnamed_victims_alike_are_two() -> None:
    blank = _victim()
    assert distinct_victims([blank, blank]) == [blank, blank]
