from companion_memory.domain.search_terms import word_query


def test_a_relation_word_brings_its_group() -> None:
    query = word_query("what's my missus called?")
    assert query.groups == ("wife missus missis wifey",)
    assert "called" not in query.text  # the question's frame, as "remember" is


def test_short_relation_words_count_only_after_my() -> None:
    assert word_query("what does me da like?").text == "what does me father like?"
    assert "father" in word_query("what does me da like?").groups[0]
    assert word_query("I got an MA in history").text == "I got an MA in history"


def test_asking_what_someone_does_asks_about_their_work() -> None:
    assert word_query("what does my brother do?").groups == ("brother bro", word_query("job").groups[0])
    assert word_query("what did my boss do with the report?").groups == ()
    assert "work" not in word_query("what did my sister do at the weekend?").text
    assert word_query("what do you do?").groups == ()


def test_asking_where_one_went_to_uni_asks_about_ones_studies() -> None:
    # "where did I go to uni?" of "I studied in Galway" (kept from "did uni in Galway")
    assert word_query("where did I go to uni?").groups == word_query("I studied in Galway").groups
    assert word_query("where did I go to uni?").groups != ()


def test_words_of_the_questions_frame_are_not_sought() -> None:
    # No answer holds them ("I studied in Galway", "I support Celtic", "I love jazz").
    assert word_query("where did I go to uni?").text == "where did I uni?"
    assert word_query("what team do I support?").text == "what do I support?"
    assert word_query("Which kind of music does Mel like?").text == "Which does Mel like?"
    # Said of something, not asked, they stay.
    assert word_query("my team does well").text == "my team does well"
    assert word_query("what team is she in?").text == "what team is she in?"
