"""Round 86 (fresh_146-149, spent): paraphrases of what a new user's first messages lost or got wrong, rules alone
(step-relatives, the kin of a partner, a parent's move, someone else's pronouns and work)."""

from collections.abc import Callable

# the fixture `said` (conftest.py): the rules' memories of a text, but the episode
Said = Callable[[str], list[tuple[str, str, str, str, str]]]


def _of(said: Said, text: str, subject: str) -> list[tuple[str, str, str, str, str]]:
    return [m for m in said(text) if m[1] == subject]


def test_a_partners_pronouns_in_brackets_are_theirs(said: Said) -> None:
    memories = said("So it's me, my wife Robin (genderfluid, they/them) and our two cats in a flat.")
    assert ("fact", "wife", "pronouns", "they/them", "My wife's pronouns are they/them.") in memories
    assert not [m for m in memories if m[1] == "user" and m[2] == "pronouns"]
    # the user's own, in brackets after their name, stay theirs
    assert ("fact", "user", "pronouns", "he/him", "My pronouns are he/him.") in said("I'm Tariq (he/him), 41.")


def test_a_parent_who_moved_away_lives_there_not_the_user(said: Said) -> None:
    memories = said("Grandpa brought up me and my little brother once dad moved to Doha for a job")
    assert ("place", "dad", "lives_in", "Doha", "My dad lives in Doha.") in memories
    assert not [m for m in memories if m[1] == "user" and m[2] == "lives_in"]


def test_mine_after_someone_elses_kin_is_not_the_user(said: Said) -> None:
    memories = said("We settled in Antwerp. Her folks live round the corner; mine are still in Curaçao with my aunt.")
    assert ("place", "user", "lives_in", "Antwerp", "I live in Antwerp.") in memories
    assert not [m for m in memories if m[1] == "user" and m[3] == "Curaçao"]


def test_where_someone_else_works_is_not_the_users_workplace(said: Said) -> None:
    memories = said("These days I mind my grandsons in Derby while their dad does nights at the hospital.")
    assert not [m for m in memories if m[1] == "user" and "hospital" in m[4]]
    memories = said("I babysit twice a week for a neighbour whose wife works at Boots.")
    assert not [m for m in memories if m[1] == "user" and m[2] == "employer"]
    assert ("fact", "user", "employer", "hospital", "I work at the hospital.") in said("I work shifts at the hospital.")


def test_a_name_before_and_my_someone_is_a_list_not_a_name(said: Said) -> None:
    memories = said("we share a house, my dad, Segun and my baby sister Ife who's 6.")
    assert not [m for m in memories if m[1] == "dad" and m[3] == "Segun"]
    assert ("person", "sister", "name", "Ife", "My sister's name is Ife.") in memories
    # with the name closed by a comma, it is his
    assert ("person", "dad", "name", "Segun", "My dad's name is Segun.") in said("My dad, Segun, and my aunt cook.")


def test_a_spouses_child_named_after_them_is_a_stepchild(said: Said) -> None:
    memories = said("My wife Hana is great. Hana's daughter Yuki just turned 9.")
    assert ("person", "stepdaughter", "name", "Yuki", "My stepdaughter's name is Yuki.") in memories
    memories = said("We live in Hilo, me and my husband Keanu and Keanu's boy Makoa.")
    assert not [m for m in memories if m[3] == "Keanu's"]


def test_which_marriage_does_not_hide_the_name(said: Said) -> None:
    memories = said("I'm in Dunedin with my third husband Rawiri these days.")
    assert ("person", "husband", "name", "Rawiri", "My husband's name is Rawiri.") in memories


def test_a_parents_new_spouse_is_a_step_parent(said: Said) -> None:
    memories = said("Now I live with my dad and his second wife Ingrid.")
    assert ("person", "stepmother", "name", "Ingrid", "My stepmother's name is Ingrid.") in memories
    memories = said("My mum's husband Desmond taught me to drive.")
    assert ("person", "stepfather", "name", "Desmond", "My stepfather's name is Desmond.") in memories
    assert ("person", "stepmother", "name", "Yolanda", "My stepmother's name is Yolanda.") in said(
        "my father remarried to a lady called Yolanda when I was 12"
    )
    assert ("person", "stepfather", "name", "Bernard", "My stepfather's name is Bernard.") in said(
        "Then my mom got married again to Bernard."
    )
    # not a first marriage, who may be the user's own parent
    assert not [m for m in said("My mom married Bernard in 1988.") if m[1].startswith("step")]


def test_the_children_a_user_is_step_parent_to(said: Said) -> None:
    memories = said("I've got none of my own, but I'm stepdad to Kwame (13) and Efua (10).")
    assert ("person", "stepchildren", "", "Kwame", "My stepchildren's names include Kwame.") in memories
    assert ("person", "stepchildren", "", "Efua", "My stepchildren's names include Efua.") in memories
    assert ("person", "stepchild", "name", "Ruby", "My stepchild's name is Ruby.") in said("I am a stepmom to Ruby.")
    assert not [m for m in said("If I were stepmum to Ruby I'd spoil her.") if m[1].startswith("step")]


def test_a_relations_relation_named_after_them(said: Said) -> None:
    memories = said("Our daughter's husband Callum fixed the boiler on Sunday.")
    assert ("person", "son-in-law", "name", "Callum", "My son-in-law's name is Callum.") in memories
    memories = said("my best friend's sister Priya is coming too")
    assert ("person", "best friend's sister", "name", "Priya", "My best friend's sister's name is Priya.") in memories


def test_an_age_said_before_someone_is_named_is_not_theirs(said: Said) -> None:
    memories = said(
        "My nephew Tama stays with us on weekdays. He's 11, loves rugby, and shares a room with my second son Wiremu."
    )
    assert ("person", "son", "name", "Wiremu", "My son's name is Wiremu.") in memories
    assert ("fact", "nephew", "age", "11", "My nephew's age is 11 (11 years old).") in memories
    assert not [m for m in memories if m[1] == "son" and m[2] == "age"]


def test_a_relations_dog_named_by_its_breed_is_their_dog(said: Said) -> None:
    memories = said("On Sundays I take my aunt's beagle Pip out.")
    assert ("person", "aunt's dog", "name", "Pip", "My aunt's dog's name is Pip.") in memories
