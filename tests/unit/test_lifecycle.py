from _detdata import item

from detector import detect
from detector.model import Owner, SourceItem

OWNER = Owner(emails=frozenset({"cand@example.org"}))


def _invite(seq: int, method: str, start: str, stamp: str) -> SourceItem:
    ics = (
        f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nUID:loop-1\r\nSEQUENCE:{seq}\r\n"
        f"DTSTAMP:{stamp}\r\nDTSTART:{start}\r\nDTEND:{start[:9]}235900Z\r\n"
        "SUMMARY:Initech - Technical Interview\r\nORGANIZER:mailto:hr@initech.example\r\n"
        "ATTENDEE;CN=Bob:mailto:bob@initech.example\r\nATTENDEE:mailto:cand@example.org\r\n"
        + ("STATUS:CANCELLED\r\n" if method == "CANCEL" else "")
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return SourceItem(f"{seq}{method}.ics", "ics", ics.encode())


def test_body_only_then_cancel_by_mail_keeps_time() -> None:
    det = detect([item("mailbox/01-screen.eml"), item("mailbox/02-cancel.eml")], OWNER)
    (iv,) = det.interviews
    assert iv.status == "cancelled" and iv.start.isoformat() == "2026-03-05T11:00:00-08:00"
    assert iv.company == "Acme Widgets" and iv.key == "thread:<screen-1@acmewidgets.example>"


def test_higher_sequence_wins_whatever_the_order() -> None:
    first = _invite(0, "REQUEST", "20260310T150000Z", "20260301T000000Z")
    moved = _invite(1, "REQUEST", "20260312T150000Z", "20260302T000000Z")
    for items in ([first, moved], [moved, first]):
        (iv,) = detect(items, OWNER).interviews
        assert iv.start.isoformat().startswith("2026-03-12") and iv.key == "uid:loop-1"


def test_cancel_invite_marks_cancelled() -> None:
    first = _invite(0, "REQUEST", "20260310T150000Z", "20260301T000000Z")
    cancel = _invite(1, "CANCEL", "20260310T150000Z", "20260302T000000Z")
    (iv,) = detect([cancel, first], OWNER).interviews
    assert iv.status == "cancelled"


def test_alert_is_not_an_interview_and_broken_item_reported() -> None:
    det = detect([item("mailbox/03-alert.eml"), item("mailbox/04-broken.ics")], OWNER)
    assert det.interviews == () and any(p.source_id == "04-broken.ics" for p in det.problems)
