"""Casualty phrasings added while tuning on the GVDB dev split (sentences written here).

Each case is one general phrasing: a zero listing several groups, a family size or an age
that is not a count, a casualty that nearly happened, a bare plural object that makes the
count before the verb its agent, a pair of people under one article, a distinct third
victim, and a headline in which someone shot later dies.
"""

from __future__ import annotations

import pytest

from wiretally.extract.casualties import article_casualties, find_casualties
from wiretally.records import Figure


def _n(fig: Figure | None) -> float | None:
    if fig is None:
        return None
    for v in (fig.value, fig.lower, fig.upper):
        if v is not None:
            return v
    return None


# (sentence, fatalities, injuries): the best number of each, None when not stated.
SENTENCES = [
    # a zero naming several groups, with no verb in between
    ("No deputies or anyone else at the fair was injured, the sheriff said.", None, 0),
    ("No other people were hurt in the crash.", 0, 0),
    # ... but a clause of its own before the verb is not part of the zero
    ("No arrests were made and two people were hurt.", None, 2),
    # a family size and an age are not victim counts
    ("A father of four is dead after the robbery on Elm Street.", 1, None),
    ("Two boys under the age of 12 were killed in the fire.", 2, None),
    # a casualty that nearly happened
    ("The round came within inches of possibly killing the clerk.", None, None),
    ("The bullet narrowly missed the driver, nearly killing her.", None, None),
    # a bare plural object: the count before the verb is the agent, the victims are uncounted
    ("Three gunmen killed villagers in the raid.", None, None),
    ("He boasted that he had killed soldiers before.", None, None),
    # ... a counted object still counts
    ("The blast killed more than 20 villagers.", 21, None),
    # "both" and a subject pronoun after "and" start a new clause
    ("The robber shot the cashier and both robbers ran off.", None, 1),
    ("Falling debris injured him and he drove to the clinic.", None, 1),
    # "as well as" joins victims
    ("The man opened fire, killing his three sons as well as his wife.", 4, None),
    # a pair of people under one article
    ("Deputies found a man and woman dead inside the trailer.", 2, None),
    # a non-fatal shooting is not a death
    ("Detectives are investigating a non-fatal shooting on Pine Road.", None, None),
]


@pytest.mark.parametrize(("text", "dead", "hurt"), SENTENCES)
def test_sentence_counts(text: str, dead: float | None, hurt: float | None) -> None:
    fatalities, injuries, _ = find_casualties(text)
    assert (_n(fatalities), _n(injuries)) == (dead, hurt)


ARTICLES = [
    # a distinct third victim's injuries are not the dead victims' wounds
    (
        "Two brothers were shot and killed outside a store on Friday. "
        "A third man suffered wounds to his arm and is expected to live.",
        2,
        1,
    ),
    # ... while an injury of someone already counted stays dropped when someone died
    (
        "A woman was shot and killed at her home on Friday. "
        "The woman suffered gunshot wounds to the chest.",
        1,
        0,
    ),
    # headline: a person shot who later dies
    ("Teen shot near the skate park dies\nThe boy was found by a neighbour on Sunday.", 1, 0),
    ("Driver with gunshot wound dies\nPolice found the car on the ramp.", 1, 0),
    # the victim's body implies a death
    ("Hale's body was found in a field on Monday, the sheriff said.", 1, 0),
    # soft hyphens from a web page do not split the victim's noun
    ("A 40-year-old man shot his neigh\u00adbor in the leg on Sunday.", 0, 1),
    # another incident of another year does not count, a month before the year included
    (
        "A man was shot and killed on Main Street on Saturday. "
        "In March 2011, 12 people were killed in a shooting in the same town.",
        1,
        0,
    ),
    # a street block is not a year
    ("Two people were killed in the 2000 block of Oak Street on Monday.", 2, 0),
]


@pytest.mark.parametrize(("text", "dead", "hurt"), ARTICLES)
def test_article_counts(text: str, dead: int, hurt: int) -> None:
    fatalities, injuries = article_casualties(text)
    assert (int(_n(fatalities) or 0), int(_n(injuries) or 0)) == (dead, hurt)


SENTENCES_MORE = [
    # "another" with its injuries or condition is one more person
    ("The blast left one man dead and another with serious injuries.", 1, 1),
    ("One guard was killed and another in critical condition.", 1, 1),
    # single victims named one by one in a sentence add up
    ("A man was shot in the chest and a woman was shot in the arm.", None, 2),
    # one person named by a role after the verb; the wounds of one who died are no injury
    ("A drone fired a missile at a motorcycle, killing its rider and wounding a passer-by.", 1, 1),
    ("The driver, a man born in 1971, died at the scene of his injuries.", 1, None),
    # "members of one family": the family is no count of the dead
    ("Four members of one family, including a girl, were shot dead late Tuesday.", 4, None),
]


@pytest.mark.parametrize(("text", "dead", "hurt"), SENTENCES_MORE)
def test_more_sentence_counts(text: str, dead: float | None, hurt: float | None) -> None:
    fatalities, injuries, _ = find_casualties(text)
    assert (_n(fatalities), _n(injuries)) == (dead, hurt)


ARTICLES_MORE = [
    # "also" reports one more victim than the sentence before
    (
        "A deputy fatally shot a man who charged at him with a knife. "
        "The deputy also accidentally shot and killed a bystander, a 60-year-old woman.",
        2,
        0,
    ),
    # ... but "he was also shot" is the same person again
    ("A clerk was shot in the arm on Monday. He was also shot in the leg.", 0, 1),
    # the gunman killed himself after killing others: one more death
    (
        "The man opened fire at the house, killing his two daughters. "
        "He then took his own life, police said.",
        3,
        0,
    ),
    # ... a toll that already counts him stays as it is
    (
        "Three people are dead after a murder-suicide at a motel. "
        "The man shot two guests and then killed himself.",
        3,
        0,
    ),
    # a sentence of two people found dead does not count the same person twice
    ("Woman found dead in her home died of a gunshot wound, police said.", 1, 0),
]


@pytest.mark.parametrize(("text", "dead", "hurt"), ARTICLES_MORE)
def test_more_article_counts(text: str, dead: int, hurt: int) -> None:
    fatalities, injuries = article_casualties(text)
    assert (int(_n(fatalities) or 0), int(_n(injuries) or 0)) == (dead, hurt)


ARTICLES_DIED = [
    # one of the wounded died: the dead come out of the injured
    (
        "Two men were wounded in the shooting on Friday. The older victim died at the hospital.",
        1,
        1,
    ),
    ("Two men were wounded in the shooting. He died later.", 1, 1),
    # ... a gunman killed, or someone killed, is not one of the wounded dying
    ("Three people were injured in the shooting. The gunman was killed by police.", 1, 3),
    ("Twenty soldiers were wounded in the attack. The commander was killed.", 1, 20),
]


@pytest.mark.parametrize(("text", "dead", "hurt"), ARTICLES_DIED)
def test_wounded_who_died(text: str, dead: int, hurt: int) -> None:
    fatalities, injuries = article_casualties(text)
    assert (int(_n(fatalities) or 0), int(_n(injuries) or 0)) == (dead, hurt)


def test_suffered_cuts_or_burns_are_injuries() -> None:
    assert _n(find_casualties("One man suffered a cut to his face in the brawl.")[1]) == 1
    assert _n(find_casualties("Two guards suffered minor burns in the fire.")[1]) == 2
    assert find_casualties("The city has suffered budget cuts.")[:2] == (None, None)


def test_conditional_sentence_is_no_toll() -> None:
    text = (
        "A woman was shot and killed on Friday. "
        "If the report is confirmed, the case becomes a double homicide."
    )
    fatalities, _ = article_casualties(text)
    assert _n(fatalities) == 1


def test_a_count_of_members_of_a_named_group() -> None:
    from wiretally.extract.casualties import find_casualties

    killed, hurt, _ = find_casualties(
        "Three suspected members of the Dawlah Islamiyah-Hassan group were killed and two "
        "soldiers were wounded in a firefight."
    )
    assert killed is not None and killed.value == 3
    assert hurt is not None and hurt.value == 2
    # "the militant group" is a group, not one militant.
    killed, _, _ = find_casualties("Three suspected members of the militant group were killed.")
    assert killed is not None and killed.value == 3


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 1 August, two children were killed when a shell exploded near Rutba.", 2.0),
        ("On Wednesday, two gunmen shot dead a Shia prayer leader outside his home.", 1.0),
        ("A suspected kidnapper was beaten to death by an angry crowd on Monday.", 1.0),
        ("Turkish security forces neutralised three members of the PKK in a clash.", 3.0),
        ("On Sunday, two terrorists were neutralised in an air-supported operation.", 2.0),
    ],
)
def test_counts_after_a_date_of_one_person_and_of_the_neutralised(text: str, dead: float) -> None:
    fatalities, _injuries, _spans = find_casualties(text)
    assert fatalities is not None and fatalities.value == dead


def test_a_count_repeated_in_figures_in_brackets() -> None:
    fatalities, injuries, spans = find_casualties(
        "Three (3) soldiers were wounded and two (2) killed."
    )
    assert (fatalities and fatalities.value, injuries and injuries.value) == (2.0, 3.0)
    assert spans["injuries"] == (0, 5)  # the words, offsets unchanged


def test_one_toll_per_side_adds_up() -> None:
    fatalities, _injuries, spans = find_casualties(
        "Two members of the IRGC Ground Force were martyred and four members of a terrorist "
        "team were killed in a clash near Saravan."
    )
    assert fatalities is not None and fatalities.value == 6.0
    assert spans["fatalities"][0] == 0
    # a side named at length, its acronym in brackets
    fatalities, _injuries, _spans = find_casualties(
        "Two members of the Islamic Revolution Guards Corps (IRGC) Ground Force were martyred "
        "and four members of a terrorist team were killed in a clash near Saravan."
    )
    assert fatalities is not None and fatalities.value == 6.0


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Two fighters of the Workers' Party (PKK) were killed in the strike.", 2.0, None),
        ("Four of the attackers were killed and one soldier was wounded.", 4.0, 1.0),
        ("Shells fell on the outskirts of the village without causing casualties.", 0.0, 0.0),
        ("The aircraft hit a depot, causing material damage only, a source said.", 0.0, 0.0),
        ("The strike caused only material damage.", 0.0, 0.0),
        ("No one was reported hurt as families had already fled.", 0.0, 0.0),
    ],
)
def test_acronym_asides_parts_of_a_group_and_tolls_of_none(
    text: str, dead: float | None, hurt: float | None
) -> None:
    fatalities, injuries, _spans = find_casualties(text)
    assert (fatalities and fatalities.value, injuries and injuries.value) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("BSF troops shot dead a Pakistani national at the border.", "a Pakistani national"),
        ("A mob beat a man to death in the Bakalia area on Sunday night.", "a man"),
        ("Villagers stoned a suspected thief to death near the market.", "a suspected thief"),
    ],
)
def test_one_dead_told_by_a_demonym_or_around_to_death(text: str, said: str) -> None:
    dead, _, _ = find_casualties(text)
    assert dead is not None and dead.value == 1.0 and dead.text == said


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Raiders struck a kraal on Sunday, shooting dead four herders and wounding two.", 4.0),
        ("Gunmen on a motorcycle shot dead a 48-year-old rubber tapper on Monday.", 1.0),
    ],
)
def test_shooting_dead_and_an_age_before_the_victim(text: str, dead: float) -> None:
    fatalities, _, _ = find_casualties(text)
    assert fatalities is not None and fatalities.value == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ('The army said in a statement that seven "terrorists" were killed.', 7.0),
        ('Police said two bandits were "neutralised" in the exchange of fire.', 2.0),
        ("Six suspected dahalo and one gendarme were killed in the firefight.", 7.0),
        ("During the exchange of fire, five khwarij were sent to hell.", 5.0),
    ],
)
def test_quoted_words_and_plurals_without_an_s(text: str, dead: float) -> None:
    fatalities, _, _ = find_casualties(text)
    assert fatalities is not None and fatalities.value == dead
