"""Round 88 (fresh_150-153, spent): paraphrases of what a new user's first messages lost or got wrong, rules alone
(whose "his"/"her" is after someone named or several people, a partner's family where they live, the jobs, firms
and exams of law, finance and consulting)."""

from collections.abc import Callable

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


def _names(said: Said, text: str) -> set[tuple[str, str]]:
    return {(m[1], m[3]) for m in said(text) if m[0] == "person"}


def _homes(said: Said, text: str) -> set[tuple[str, str]]:
    return {(m[1], m[3]) for m in said(text) if m[0] == "place" and m[2] == "lives_in"}


def _user_values(said: Said, text: str) -> set[str]:
    return {m[3] for m in said(text) if m[1] == "user" and m[3]}


def test_her_after_a_named_ones_kin_is_the_named_ones(said: Said) -> None:
    text = "My girlfriend Priya is a chemist and my nan adores her. Priya's brother is shy, but her dad Anil is loud."
    names = _names(said, text)
    assert ("girlfriend's dad", "Anil") in names
    assert not [n for n in names if n[0].startswith("nan")]


def test_his_after_several_people_is_the_one_before(said: Said) -> None:
    text = "I moved to Accra with my boyfriend Kwame. My parents live in Tema and his grandmother lives in Kumasi."
    homes = _homes(said, text)
    assert ("boyfriend's grandmother", "Kumasi") in homes
    assert ("parents", "Tema") in homes
    assert ("parents", "Kumasi") not in homes


def test_a_partners_family_where_they_live(said: Said) -> None:
    homes = _homes(said, "We got married in June. My wife Mariko's parents are in Sapporo, so we fly out at New Year.")
    assert ("wife's parents", "Sapporo") in homes
    homes = _homes(said, "My husband grew up in Lyon, his whole family lives in Annecy.")
    assert ("husband's family", "Annecy") in homes
    assert ("husband", "Annecy") not in homes
    assert ("wife's family", "York") in _homes(
        said, "My wife and I rent in Leeds. I'm from Hull and her family is in York."
    )
    # their family's home is not theirs
    homes = _homes(said, "My partner Jo's family lives in Leeds.")
    assert ("partner's family", "Leeds") in homes
    assert ("partner", "Leeds") not in homes
    # "his" after someone's family is that someone's
    homes = _homes(said, "we rent in Tbilisi, my wife's family is from Batumi and her parents still live there.")
    assert ("wife's parents", "Batumi") in homes
    assert not [h for h in homes if h[0].startswith("wife's family's")]
    # nor the user's parents' ("my parents place ... his whole family")
    homes = _homes(said, "we live at my parents place in Giza. he's from Tanta, his whole family lives in Tanta.")
    assert ("parents's family", "Tanta") not in homes


def test_jobs_of_law_finance_and_consulting(said: Said) -> None:
    assert {"senior associate", "Linklaters"} <= _user_values(said, "Work-wise I'm a senior associate at Linklaters.")
    assert "in-house counsel" in _user_values(said, "I'm in-house counsel for an airline.")
    assert "PwC" in _user_values(said, "Honestly I audit for PwC and it is brutal.")
    assert "Allen & Overy" in _user_values(said, "I finally made partner at Allen & Overy last month!")
    assert "tax partner" in _user_values(said, "I'm a tax partner at a small practice in Lyon.")
    assert "trainee" in _user_values(said, "These days I'm a trainee at a big City firm, on the litigation seat.")
    # a trainee of a longer job stays that job
    values = _user_values(said, "i'm a trainee flight attendant with Qantas")
    assert "trainee flight attendant" in values
    assert "trainee" not in values


def test_the_exams_and_articles_worked_toward(said: Said) -> None:
    assert "CFA" in _user_values(said, "These days I'm revising for my CFA after work.")
    assert "ACCA" in _user_values(said, "I am studying for the ACCA at weekends, two papers to go.")
    assert "articling" in _user_values(said, "Right now I'm articling with a firm in Halifax.")
    # someone else's exam stays theirs
    assert "ACCA" not in _user_values(said, "My sister passed her ACCA.")
