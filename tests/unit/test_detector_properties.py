import contextlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detector import classify, detect
from detector.model import Owner, SourceItem
from detector.parse import UnreadableItem, parse_item

OWNER = Owner(emails=frozenset({"cand@example.org"}))
header = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=60, deadline=None)
@given(subject=header, sender=header, body=st.text(max_size=400), cal=st.text(max_size=300))
def test_never_raises(subject: str, sender: str, body: str, cal: str) -> None:
    raw = (
        f"From: {sender}\nSubject: interview {subject}\nDate: {sender}\n"
        f"Content-Type: text/calendar\n\n{body}\nBEGIN:VCALENDAR\n{cal}"
    ).encode("utf-8", "replace")
    items = [
        SourceItem("m", "rfc822", raw),
        SourceItem("c", "ics", cal.encode()),
        SourceItem("g", "gcal-json", body.encode()),
    ]
    for it in items:
        with contextlib.suppress(UnreadableItem):
            parse_item(it)
    detect(items, OWNER)


def _ics(seq: int, day: int) -> SourceItem:
    text = (
        f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x-1\nSEQUENCE:{seq}\nDTSTART:202603{day:02d}T150000Z\n"
        "SUMMARY:Technical interview\nORGANIZER:mailto:a@corp.example\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    return SourceItem(f"{seq}.ics", "ics", text.encode())


@settings(max_examples=30, deadline=None)
@given(st.permutations([_ics(0, 10), _ics(1, 11), _ics(2, 12)]))
def test_order_independent(items: list[SourceItem]) -> None:
    (iv,) = detect(items, OWNER).interviews
    assert iv.start.day == 12


_CASE_INSENSITIVE_PRESCREEN = [
    re.compile(rx.pattern, re.I) for rx in (classify._PRESCREEN, classify._ENCODED)
]
_WORDS = ["INTERVIEW", "Recruit", "VCALENDAR", "Content-Transfer-Encoding: BASE64", "=?UTF-8?B?"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.binary(max_size=12)), max_size=8))
def test_prescreen_on_lowered_bytes_equals_a_case_insensitive_search(parts: list[object]) -> None:
    raw = b" ".join(p if isinstance(p, bytes) else str(p).encode() for p in parts)
    expected = any(rx.search(raw) for rx in _CASE_INSENSITIVE_PRESCREEN)
    assert classify.prescreen(raw) == expected


def test_prescreen_patterns_are_written_in_lower_case() -> None:
    # an upper-case letter in them would never match the lowered bytes
    for rx in (classify._PRESCREEN, classify._ENCODED):
        assert not re.search(rb"(?<!\\)[A-Z]", rx.pattern), rx.pattern
