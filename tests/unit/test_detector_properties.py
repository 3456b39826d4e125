import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from detector import detect
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
