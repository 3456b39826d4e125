"""The lower-case gates find something wherever the case-insensitive signals do."""

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from detector import classify
from detector.foldsearch import fold, gate

SIGNALS = classify.SIGNALS
GATES = {s.name: gate(s.pattern.pattern) for s in SIGNALS}


def test_fold_agrees_with_re_ignorecase_on_every_letter_the_signals_write() -> None:
    """For each letter of the signals' patterns, the characters ``re.I`` matches to it are
    exactly those that fold to the same text."""
    letters = {c for s in SIGNALS for c in s.pattern.pattern if c.isalpha()}
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    for letter in sorted(letters):
        matched = set(re.findall(re.escape(letter), every, re.I))
        folding_alike = {c for c in matched | set(letter.swapcase()) if fold(c) == fold(letter)}
        assert matched == folding_alike, letter


def test_turkish_dotted_capital_and_greek_final_sigma() -> None:
    pattern = re.compile("işe alım|θέσης", re.I)
    compiled = gate(pattern.pattern)
    assert compiled is not None
    for text in ("İŞE ALIM süreci", "ΘΈΣΗΣ", "θέσησ"):
        assert pattern.search(text) and compiled.search(fold(text)), text


def test_escapes_keep_their_meaning() -> None:
    compiled = gate(r"\bM\u00dcLAKAT\b|\Sx\W|[A-Z]\d")
    assert compiled is not None
    assert compiled.search(fold("Mülakat")) and compiled.search(fold("ax!"))
    assert compiled.search(fold("B7")) and not compiled.search(fold("a x!"))


def test_no_gate_where_case_insensitive_cannot_be_promised() -> None:
    assert gate(r"(?-i:[^A-Z]x)") is None  # a negated class that must see the case
    assert gate(r"(?-i:\bET\b)(?<!x)") is not None  # a lookbehind outside the group is fine
    assert gate(r"(?-i:(?<!M)ET)") is None
    assert gate(r"[A-z]") is None  # lowers to a different range
    # loosened inside a negative lookahead, the group would reject "volunteers loved"
    assert gate(r"volunteers?(?! (?-i:[A-Z]))") is None
    assert gate(r"volunteers?(?= (?-i:[a-z]))") is not None  # a positive one only widens


words = st.sampled_from(
    ["Interview", "INTERVIEW", "Vorstellungsgespräch", "Mülakat", "İş görüşmesi", "Entrevue",
     "Rozmowa rekrutacyjna", "Співбесіда", "ΣΥΝΈΝΤΕΥΞΗ", "Hiring Process", "Rejection", "MCU",
     "Recruiter", "the QA role", "Candidate B", "Application for", "Your CV", "ſ", "ı", "K"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(words, st.text(max_size=8)), max_size=10))
def test_gates_never_miss_what_the_signals_find(parts: list[str]) -> None:
    text = " ".join(parts)
    folded = fold(text)
    for sig in SIGNALS:
        if sig.pattern.search(text):
            compiled = GATES[sig.name]
            assert compiled is not None and compiled.search(folded), sig.name
