"""Event merging on hand-built mentions (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import count

import pytest

from wiretally.evaluate.events import actor_ok
from wiretally.merge import merge_mentions
from wiretally.merge.compat import names_compatible, norm_name
from wiretally.records import Event, Figure, Location, Mention

_ids = count()

# Two made-up towns 60 km apart, and a third 3 km from the first.
RIVERTON = Location("Riverton", 34.40, 40.90, 101, 1)
RIVERTON_EDGE = Location("Riverton outskirts", 34.42, 40.92, None, 2)
HILLCREST = Location("Hillcrest", 34.90, 40.60, 102, 1)


def mention(
    article: str,
    text: str = "Fighter jets struck a depot near the town on Monday, officials said.",
    *,
    day: str | None = "2023-10-27",
    day_end: str | None = None,
    place: Location | None = RIVERTON,
    **fields: object,
) -> Mention:
    n = next(_ids)
    values: dict[str, object] = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "country": "SY",
        "admin1": "Eastern Province",
        "actor1": "Northland military",
        "actor2": "Valley militia",
    }
    values.update(fields)
    return Mention(
        id=f"m{n:03d}",
        article_id=article,
        sentence=n % 5,
        start=0,
        end=len(text),
        text=text,
        date_start=day,
        date_end=day_end or day,
        date_precision=1 if day else None,
        location=place,
        **values,  # type: ignore[arg-type]
    )


def merge(
    mentions: list[Mention],
    stories: dict[str, str] | None = None,
    dates: Mapping[str, str | None] | None = None,
) -> list[Event]:
    articles = {m.article_id for m in mentions}
    story_of = stories if stories is not None else {a: f"s-{a}" for a in articles}
    published: dict[str, str | None] = dict(dates or {a: "2023-10-28" for a in articles})
    return merge_mentions(mentions, story_of=story_of, published=published)


def test_one_incident_from_three_stories_is_one_event_with_three_independent_sources():
    events = merge(
        [
            mention("a1"),
            mention("b1", "Warplanes hit a weapons store outside Riverton.", place=RIVERTON_EDGE),
            mention("c1", "An air raid on Riverton destroyed a depot, the ministry said."),
        ]
    )
    assert len(events) == 1
    event = events[0]
    assert event.source_count == 3
    assert event.independent_source_count == 3
    assert len(event.sources) == 3
    assert event.location is not None and event.location.precision == 1  # most precise wins
    assert event.notes is not None and event.notes.startswith("Reported by 3 articles in 3")


def test_copies_in_one_story_are_not_corroboration():
    copies = [mention(a) for a in ("wire", "reprint1", "reprint2", "rewrite")]
    story_of = {a: "story-1" for a in ("wire", "reprint1", "reprint2", "rewrite")}
    events = merge(copies, stories=story_of)
    assert len(events) == 1
    assert events[0].source_count == 4
    assert events[0].independent_source_count == 1
    assert "1 story" in (events[0].notes or "")
    assert all(m.story_id == "story-1" for m in copies)


def test_three_strikes_in_one_story_stay_three_events():
    # A wire piece and its three copies, each reporting three strikes on different days
    # in different towns: three events, each from four articles in one story.
    articles = ("wire", "reprint1", "reprint2", "rewrite")
    story_of = {a: "story-1" for a in articles}
    strikes = [("2023-10-27", RIVERTON), ("2023-11-08", HILLCREST), ("2023-11-12", RIVERTON)]
    mentions = [mention(a, day=d, place=p) for a in articles for d, p in strikes]
    events = merge(mentions, stories=story_of, dates={a: "2023-11-13" for a in articles})
    assert len(events) == 3
    assert [e.date_start for e in events] == ["2023-10-27", "2023-11-08", "2023-11-12"]
    assert all(e.source_count == 4 and e.independent_source_count == 1 for e in events)


def test_same_kind_on_different_days_stays_apart():
    events = merge([mention("a1", day="2023-10-20"), mention("b1", day="2023-10-24")])
    assert len(events) == 2


def test_same_kind_same_day_in_different_towns_stays_apart():
    events = merge([mention("a1", place=RIVERTON), mention("b1", place=HILLCREST)])
    assert len(events) == 2


def test_different_towns_without_coordinates_stay_apart():
    north = Location("Northbridge", None, None, None, 1)
    south = Location("Southmoor", None, None, None, 1)
    events = merge([mention("a1", place=north), mention("b1", place=south)])
    assert len(events) == 2
    same = merge([mention("a1", place=north), mention("b1", place=north)])
    assert len(same) == 1
    assert any("place name" in r for r in same[0].merge_reasons)


def test_hypothetical_is_not_merged_with_the_real_incident():
    real = mention("a1")
    threat = mention(
        "b1", "The militia warned it would hit the Riverton depot again.", modality="threatened"
    )
    guess = mention("c1", "A strike on Riverton could follow.", modality="hypothetical")
    events = merge([real, threat, guess])
    assert len(events) == 2
    modalities = sorted(e.modality for e in events)
    assert modalities == ["asserted", "threatened"]
    irrealis = next(e for e in events if e.modality != "asserted")
    assert irrealis.source_count == 2


def test_historical_reports_merge_with_each_other_only():
    old = dict(day="2020-01-03", historical=True)
    events = merge(
        [
            mention("a1", "Back in 2020 a drone strike hit Riverton.", **old),  # type: ignore[arg-type]
            mention("b1", "The 2020 Riverton strike is still remembered.", **old),  # type: ignore[arg-type]
            mention("c1", day="2020-01-03"),
        ]
    )
    assert sorted((e.historical, e.source_count) for e in events) == [(False, 1), (True, 2)]


def test_casualty_figures_are_reconciled_not_overwritten():
    early = mention(
        "a1", "Three people died in the strike.", fatalities=Figure(value=3, text="Three")
    )
    floor = mention(
        "b1", "At least four were killed.", fatalities=Figure(lower=4, text="At least four")
    )
    late = mention(
        "c1",
        "Five people were killed, the health ministry said.",
        fatalities=Figure(value=5, text="Five"),
    )
    dates = {"a1": "2023-10-27", "b1": "2023-10-28", "c1": "2023-10-29"}
    events = merge([late, floor, early], dates=dates)
    assert len(events) == 1
    fat = events[0].fatalities
    assert fat is not None
    assert fat.value == 5  # the latest, attributed report
    assert fat.lower == 4  # the largest stated lower bound
    assert "casualty figures differ: 3 vs at least 4 vs 5" in (events[0].notes or "")
    # every report's figure is still traceable
    assert [s.article_id for s in events[0].sources] == ["a1", "b1", "c1"]
    assert any("fatalities by report" in r and "a1=3" in r for r in events[0].merge_reasons)


def test_reasons_and_ids_are_recorded_and_stable():
    first = [mention("a1"), mention("b1")]
    events = merge(first)
    event = events[0]
    assert event.mention_ids == [m.id for m in first]
    joined = [r for r in event.merge_reasons if r.startswith(first[1].id) or
              r.startswith(first[0].id)]  # fmt: skip
    assert len(joined) == 1
    for field_name in ("type", "date", "place", "actor1", "actor2"):
        assert field_name in joined[0]
    again = merge(list(reversed(first)))
    assert again[0].id == event.id


def test_actors_that_differ_keep_incidents_apart_but_wordings_agree():
    assert names_compatible("northland forces", "northland troops")
    assert not names_compatible("iraqi forces", "syrian forces")
    us_forces, american_troops = norm_name("U.S. forces"), norm_name("American troops")
    assert us_forces and american_troops and names_compatible(us_forces, american_troops)
    assert norm_name("The United States military") == "the us military"
    events = merge([mention("a1"), mention("b1", actor1="Southland army")])
    assert len(events) == 2


def test_disputed_blame_at_one_place_and_day_is_one_contested_event():
    events = merge(
        [
            mention("a1", actor1="Northland military", modality="claimed"),
            mention("b1", actor1="Southland army", modality="claimed"),
        ]
    )
    assert len(events) == 1
    assert events[0].modality == "contested"
    assert "disagree on who is responsible" in (events[0].notes or "")


def test_vague_report_joins_the_precise_one_and_date_is_intersection():
    precise = mention("a1", day="2023-10-27")
    vague = mention(
        "b1", "Strikes hit the province last week.", day="2023-10-23", day_end="2023-10-29",
        place=None,
    )  # fmt: skip
    events = merge([vague, precise])
    assert len(events) == 1
    assert (events[0].date_start, events[0].date_end, events[0].date_precision) == (
        "2023-10-27", "2023-10-27", 1,
    )  # fmt: skip


def test_a_day_apart_at_one_place_by_one_actor_is_one_incident():
    # One report dated in local time, one in UTC.
    events = merge([mention("a1", day="2023-10-27"), mention("b1", day="2023-10-28")])
    assert len(events) == 1
    assert any("a day apart" in r for r in events[0].merge_reasons)


@pytest.mark.parametrize("n", [1, 7])
def test_every_mention_lands_in_exactly_one_event(n: int):
    mentions = [mention(f"a{i}", day=f"2023-10-{1 + 3 * i:02d}") for i in range(n)]
    events = merge(mentions)
    assert len(events) == n
    ids = [i for e in events for i in e.mention_ids]
    assert sorted(ids) == sorted(m.id for m in mentions)


def test_types_of_one_family_merge_with_more_evidence_and_say_so():
    events = merge(
        [
            mention("a1", event_type="Battles", sub_event_type="Armed clash"),
            mention("b1", event_type="Violence against civilians", sub_event_type="Attack"),
        ]
    )
    assert len(events) == 1
    assert any("type family" in r for r in events[0].merge_reasons)
    protest = mention("c1", event_type="Protests", sub_event_type="Peaceful protest")
    assert len(merge([mention("a1"), protest])) == 2


def test_input_order_does_not_change_the_events():
    import random

    mentions = [
        mention("a1"),
        mention("b1", place=RIVERTON_EDGE),
        mention("c1", place=HILLCREST),
        mention("d1", day="2023-10-30"),
        mention("e1", day=None, place=None),
        mention("f1", modality="threatened"),
    ]
    first = [(e.id, e.mention_ids) for e in merge(mentions)]
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert [(e.id, e.mention_ids) for e in merge(shuffled)] == first


def test_hostile_field_values_neither_crash_nor_merge_by_accident():
    # A NaN coordinate must not pass the distance test: the names decide, and differ.
    nowhere = Location("Nowhere", float("nan"), 40.0, None, 1)
    assert len(merge([mention("a1", place=nowhere), mention("b1", place=HILLCREST)])) == 2
    events = merge(
        [
            mention("a1", day="2023-02-30", place=nowhere),  # no such day
            mention("b1", day="not a date", place=Location("X", 95.0, 500.0, None, 1)),
            mention("c1", day="2023-10-27", day_end="2023-10-01"),  # ends before it starts
        ]
    )
    assert sum(e.source_count for e in events) == 3
    for event in events:
        assert event.date_start is None or event.date_start <= (event.date_end or "")
        if event.location is not None and event.location.lat is not None:
            assert abs(event.location.lat) <= 90


def test_a_region_across_a_border_from_a_town_can_be_one_incident():
    region = Location("Westland south", 34.45, 41.20, None, 3)  # a region's centre, 27 km off
    events = merge(
        [mention("a1", place=RIVERTON), mention("b1", place=region, country="XX", admin1=None)]
    )
    assert len(events) == 1
    assert any("countries differ" in r for r in events[0].merge_reasons)
    far = Location("Westland", 40.0, 50.0, None, 3)
    assert len(merge([mention("a1"), mention("b1", place=far, country="XX")])) == 2
    other_town = Location("Border town", 34.45, 41.0, None, 1)
    assert len(merge([mention("a1"), mention("b1", place=other_town, country="XX")])) == 2


def test_compatible_figures_are_not_called_a_difference():
    events = merge(
        [
            mention("a1", fatalities=Figure(lower=1200, text="at least 1,200")),
            mention("b1", fatalities=Figure(value=1205, text="1,205")),
        ]
    )
    fat = events[0].fatalities
    assert fat is not None and fat.lower == 1200
    assert "differ" not in (events[0].notes or "")


def test_one_precise_but_odd_place_does_not_outrank_what_most_stories_say():
    region = Location("Westland south", 34.45, 41.20, None, 3)
    odd = mention("a1", place=RIVERTON)  # precise, but the only story placing it there
    agreeing = [mention(a, place=region, country="XX", admin1=None) for a in ("b1", "c1", "d1")]
    events = merge([odd, *agreeing])
    assert len(events) == 1
    assert events[0].country == "XX"
    assert events[0].location is not None and events[0].location.name == "Westland south"
    assert events[0].admin1 is None  # not the other country's province


def test_swapped_roles_are_not_a_blame_dispute():
    events = merge(
        [
            mention("a1", actor1="Valley militia", actor2="Northland military"),
            mention("b1", actor1="Northland military", actor2="Valley militia"),
        ]
    )
    assert len(events) == 1
    assert events[0].modality == "asserted"


def test_an_incident_no_report_attributes_is_by_an_unidentified_armed_group() -> None:
    from wiretally.merge.reconcile import _unnamed
    from wiretally.records import Mention

    def mention(sub: str) -> Mention:
        return Mention(id=sub, article_id="a", sentence=0, start=0, end=1, text="x",
                       event_type="Explosions/Remote violence", sub_event_type=sub)  # fmt: skip

    assert _unnamed([mention("Remote explosive/landmine/IED")]) == "Unidentified armed group"
    assert _unnamed([mention("Air/drone strike")]) is None  # a strike stays unattributed
    # a killing or a kidnapping on the ground no report attributes: the same
    assert _unnamed([mention("Attack"), mention("Attack")]) == "Unidentified armed group"
    assert _unnamed([mention("Abduction/forced disappearance")]) == "Unidentified armed group"
    assert _unnamed([mention("Armed clash")]) is None  # a battle's sides are named or not
    claimed = mention("Attack")
    claimed.modality = "claimed"
    assert _unnamed([claimed]) is None  # a claim keeps what its text says
    past = mention("Attack")
    past.historical = True  # "the November 2014 attack on a bus outside Mandera"
    assert _unnamed([past]) == "Unidentified armed group"


def test_violence_against_people_no_report_names_is_against_civilians() -> None:
    from wiretally.merge.reconcile import _unnamed_victims
    from wiretally.records import Mention

    def mention(sub: str) -> Mention:
        return Mention(id=sub, article_id="a", sentence=0, start=0, end=1, text="x",
                       event_type="Violence against civilians", sub_event_type=sub)  # fmt: skip

    assert _unnamed_victims([mention("Attack")], "ml") == "Civilians (Mali)"
    assert _unnamed_victims([mention("Arrests")], None) == "Civilians"
    assert _unnamed_victims([mention("Armed clash")], "ML") is None
    past = mention("Attack")
    past.historical = True  # a background massacre was against civilians too
    assert _unnamed_victims([past], "bf") == "Civilians (Burkina Faso)"


def test_a_bare_kind_of_force_is_compatible_with_the_named_force() -> None:
    from wiretally.merge.compat import names_compatible, norm_name

    police, named = norm_name("Police"), norm_name("Police Forces of Sierra Leone")
    assert police and named and names_compatible(police, named)
    army = norm_name("Military Forces of Sierra Leone")
    assert army and not names_compatible(police, army)


def test_two_nearby_towns_one_article_names_stay_two_incidents() -> None:
    # About 18 km apart: within the radius two reports of one place may differ by, but one
    # report that names both towns tells two incidents.
    rylsk = Location("Rylsk", 51.57, 34.68, 501, 1)
    glushkovo = Location("Glushkovo", 51.40, 34.80, 502, 2)
    same_article = merge([mention("a1", place=rylsk), mention("a1", place=glushkovo)])
    assert len(same_article) == 2
    two_reports = merge([mention("a1", place=rylsk), mention("b1", place=glushkovo)])
    assert len(two_reports) == 1


def test_generic_sides_are_no_evidence_that_two_placeless_reports_are_one() -> None:
    from wiretally.merge import merge_mentions
    from wiretally.records import Mention

    def protest(mid: str, article: str, country: str | None) -> Mention:
        return Mention(
            id=mid, article_id=article, sentence=0, start=0, end=1, text="police broke it up",
            event_type="Protests", sub_event_type="Protest with intervention",
            actor1="Protesters", actor2="Police", date_start="2025-03-01",
            date_end="2025-03-31", date_precision=3, country=country,
        )  # fmt: skip

    pair = [protest("m1", "a1", "PK"), protest("m2", "a2", None)]
    published = {"a1": "2025-04-02", "a2": "2025-04-02"}
    assert len(merge_mentions(pair, story_of={"a1": "s1", "a2": "s2"}, published=published)) == 2
    # copies of one story (the same sentence) still join
    assert len(merge_mentions(pair, story_of={"a1": "s1", "a2": "s1"}, published=published)) == 1


def test_a_clash_s_unnamed_other_side_is_an_unidentified_armed_group() -> None:
    from wiretally.merge.reconcile import _other_side
    from wiretally.records import Mention

    clash = Mention(id="c", article_id="a", sentence=0, start=0, end=1, text="x",
                    event_type="Battles", sub_event_type="Armed clash")  # fmt: skip
    police = "Police Forces of Paraguay"
    assert _other_side([clash], police, None) == (police, "Unidentified armed group")
    assert _other_side([clash], None, police) == ("Unidentified armed group", police)
    assert _other_side([clash], None, None) == (None, None)  # nothing is said


def test_two_days_and_two_places_one_article_names_stay_two_incidents() -> None:
    # "late Tuesday" on Nabatieh and "on Wednesday" on a car in south Lebanon: one report's
    # two days at two places are two incidents; a coarse place does not bridge them.
    nabatieh = Location("Nabatieh", 33.38, 35.48, 601, 1)
    south = Location("South Lebanon", 33.27, 35.45, 602, 3)
    one_report = merge(
        [
            mention("a1", day="2025-10-14", place=nabatieh),
            mention("a1", day="2025-10-15", place=south),
        ]
    )
    assert len(one_report) == 2
    # one place on two days in one report may be a retelling whose day was misread
    same_place = merge(
        [
            mention("a1", day="2025-10-14", place=nabatieh),
            mention("a1", day="2025-10-15", place=nabatieh),
        ]
    )
    assert len(same_place) == 1


def test_a_protest_broken_up_by_no_one_named_faced_the_police() -> None:
    protest = mention(
        "a1",
        "Riot units dispersed the march on Monday.",
        event_type="Protests",
        sub_event_type="Protest with intervention",
        actor1="Protesters (Kenya)",
        actor2=None,
        country="KE",
    )
    (event,) = merge([protest])
    assert event.actor2 == "Police Forces of Kenya"


def test_a_town_overrun_with_no_loser_named_was_held_by_the_country_s_forces() -> None:
    def captured(actor1: str, country: str) -> Mention:
        return mention(
            "a1",
            "The town was captured in June 2024.",
            event_type="Strategic developments",
            sub_event_type="Non-state actor overtakes territory",
            actor1=actor1,
            actor2=None,
            country=country,
        )

    (by_group,) = merge([captured("Rapid Support Forces", "SD")])
    assert by_group.actor2 == "Sudanese Armed Forces"
    (unknown_land,) = merge([captured("Islamic State Mozambique", "MZ")])
    (no_row,) = merge([captured("Islamic State", "GQ")])
    assert no_row.actor2 == "Military Forces of Equatorial Guinea"
    assert actor_ok(unknown_land.actor2, "Military Forces of Mozambique")
    # a state's force taking a town lost it to the other side of a war, not to itself
    (by_army,) = merge([captured("Russian military", "UA")])
    assert by_army.actor2 is None


def test_an_unidentified_group_in_one_report_is_the_group_another_names() -> None:
    def attack(article: str, actor1: str) -> Mention:
        return mention(
            article,
            "Insurgents beheaded five civilians on the outskirts of the town on Monday.",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1=actor1,
            actor2="Civilians (Mozambique)",
            country="MZ",
        )

    (one,) = merge(
        [attack("a1", "Unidentified rebel group"), attack("b1", "Islamic State Mozambique")]
    )
    assert one.actor1 == "Islamic State Mozambique"  # the name outranks the unidentified
    # a state's force is never one report's unidentified gunmen
    two = merge([attack("a1", "Unidentified armed group"), attack("b1", "Mozambican military")])
    assert len(two) == 2


def test_a_riot_its_report_shows_meeting_the_police_faced_the_country_s_police() -> None:
    def riot(text: str) -> Mention:
        return mention(
            "a1",
            text,
            event_type="Riots",
            sub_event_type="Violent demonstration",
            actor1="Rioters (Kenya)",
            actor2=None,
            country="KE",
        )

    (met,) = merge([riot("Angry youths blocked the highway and stoned police on Monday.")])
    assert met.actor2 == "Police Forces of Kenya"
    (alone,) = merge([riot("Angry youths blocked the highway with burning tyres on Monday.")])
    assert alone.actor2 is None


def test_the_unnamed_police_are_named_the_acled_way_by_the_event_s_country():
    (event,) = merge(
        [
            mention(
                "a1",
                "Police arrested nine people in overnight raids on Wednesday.",
                event_type="Strategic developments",
                sub_event_type="Arrests",
                country="TR",
                actor1="Police",
                actor2="Civilians (Turkey)",
            )
        ]
    )
    assert event.actor1 == "Police Forces of Turkey"
    (placeless,) = merge(
        [mention("b1", sub_event_type="Arrests", country=None, actor1="Police", place=None)]
    )
    assert placeless.actor1 == "Police"


def test_shells_that_landed_or_a_drone_s_explosives_no_one_fired_are_an_armed_group_s() -> None:
    from wiretally.merge.reconcile import _unnamed
    from wiretally.records import Mention

    def mention(sub: str, weapon: str | None = None) -> Mention:
        return Mention(id=sub, article_id="a", sentence=0, start=0, end=1, text="x",
                       event_type="Explosions/Remote violence", sub_event_type=sub,
                       weapon=weapon)  # fmt: skip

    assert _unnamed([mention("Shelling/artillery/missile attack", "artillery shells")]) == (
        "Unidentified armed group"
    )
    assert _unnamed([mention("Air/drone strike", "explosive devices")]) == (
        "Unidentified armed group"
    )
    assert _unnamed([mention("Air/drone strike", "warplanes")]) is None  # a state's, unnamed


def test_one_gang_named_on_both_sides_of_an_attack_leaves_the_victims_to_the_people():
    # A headline names the gang as the attackers, a later copy as the foe of the village
    # that was hit: the attack stays the gang's, on the villagers.
    events = merge(
        [
            mention(
                "a1",
                "Gang gunmen kill nine in a village.",
                event_type="Violence against civilians",
                sub_event_type="Attack",
                actor1="Valley gang",
                actor2=None,
            ),
            mention(
                "b1",
                "The Valley gang attacked villagers who had resisted the Valley gang.",
                event_type="Violence against civilians",
                sub_event_type="Attack",
                actor1="Valley gang",
                actor2="Valley gang",
            ),
        ]
    )
    assert len(events) == 1
    assert events[0].actor1 == "Valley gang"
    assert events[0].actor2 is not None and events[0].actor2.startswith("Civilians")


def test_rioters_on_both_sides_of_mob_violence_stay_rioters():
    events = merge(
        [
            mention(
                "a1",
                "Rival youths fought with sticks.",
                event_type="Riots",
                sub_event_type="Mob violence",
                actor1="Rioters",
                actor2="Rioters",
            ),
        ]
    )
    assert events[0].actor2 is not None and events[0].actor2.startswith("Rioters")
