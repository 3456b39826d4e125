"""Many patterns searched at once give exactly the answers of searching each one."""

from hypothesis import given, settings
from hypothesis import strategies as st

from detector import classify, texttime
from detector.patternset import PatternSet, required_literals, top_level_alternatives


def test_literals_of_a_plain_word_and_its_endings() -> None:
    assert required_literals(r"\binterview(?:s|ing)?\b") == {"interview"}


def test_a_small_class_spells_out_and_joins_its_neighbours() -> None:
    assert required_literals(r"s[iy]nent") == {"sinent", "synent"}


def test_an_alternation_needs_one_of_its_branches() -> None:
    assert required_literals(r"(?:panel|loop) interview") == {
        "panel interview",
        "loop interview",
    }


def test_the_longest_run_is_chosen_around_unknown_pieces() -> None:
    # \d and \w+ match unknown text: the literals on either side are separate runs
    assert required_literals(r"at \d+ (?:am|pm) with \w+ from the hiring team") == {
        " from the hiring team"
    }


def test_nothing_is_promised_where_a_piece_may_be_absent() -> None:
    assert required_literals(r"(?:interview)?\d") is None
    assert required_literals(r"a|\d") is None  # one branch has no literal
    assert required_literals(r"(?:a|)") is None  # an empty branch
    assert required_literals(r"[^x]+") is None
    assert required_literals(r"(?i:interview)") is None  # a case-insensitive group


def test_lookarounds_consume_nothing_and_end_a_run() -> None:
    # "onsite" and "interview" are separate: the lookahead checks text it does not consume
    assert required_literals(r"onsite(?! visit) interview") == {" interview"}
    assert required_literals(r"(?<=the )panel") == {"panel"}


def test_a_repeat_needs_its_body_at_least_once() -> None:
    assert required_literals(r"(?:round )+two") == {"round "}  # the longer of the two
    assert required_literals(r"(?:round ){0,2}two") == {"two"}


def test_top_level_cuts_skip_groups_classes_and_escapes() -> None:
    assert top_level_alternatives(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]
    assert top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert top_level_alternatives(r"(?s)a|b") == ["(?s)a|b"]  # flags for the whole pattern


def test_case_insensitive_answers_and_confirmation_by_the_original() -> None:
    patterns = PatternSet([r"(?-i:\bMCU\b)", r"interview", r"\d{2}:\d{2}"])
    assert patterns.matching("Book your MCU") == {0}
    assert patterns.matching("a mcu") == set()  # the folded gate fires; the original does not
    assert patterns.matching("INTERVIEW at 10:30") == {1, 2}


def _naive(patterns: PatternSet, text: str) -> set[int]:
    return {i for i, p in enumerate(patterns.patterns) if p.search(text)}


words = st.sampled_from(
    ["Interview", "INTERVIEW", "Vorstellungsgespräch", "Mülakat", "İş görüşmesi", "Entrevue",
     "Rozmowa rekrutacyjna", "Співбесіда", "ΣΥΝΈΝΤΕΥΞΗ", "Hiring Process", "Rejection", "MCU",
     "Recruiter", "the QA role", "Candidate B", "Application for", "Your CV", "ſ", "ı", "K",
     "phone screen", "Pacific Time", "CET", "(GMT+01:00) Amsterdam", "10:30 am ET", "BST",
     "we regret", "webinar", "final round", "background check", "onsite", "Zoom"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(words, st.text(max_size=8)), max_size=12))
def test_signals_and_zone_words_match_exactly_as_searched_one_by_one(parts: list[str]) -> None:
    text = " ".join(parts)
    for patterns in (classify._SIGNAL_SEARCH, texttime._ZONE_SEARCH):
        assert patterns.matching(text) == _naive(patterns, text)


def test_every_alternative_of_the_signals_has_a_literal() -> None:
    # one without a literal is searched in every mail: this keeps the speed from eroding unseen
    for patterns in (classify._SIGNAL_SEARCH, texttime._ZONE_SEARCH):
        assert patterns.unfiltered_sources() == []


def test_a_common_prefix_factored_out_by_the_parser_still_spells_whole_words() -> None:
    assert required_literals(r"interview|intern") == {"interview", "intern"}
