from _detdata import item

from detector import detect
from detector.model import Owner
from drafts.recipients import choose_recipients

OWNER = Owner(emails=frozenset({"cand@example.org"}))


def test_interviewer_not_room_declined_or_owner() -> None:
    (iv,) = detect([item("outlook-invite.eml")], OWNER).interviews
    assert [p.email for p in choose_recipients(iv, OWNER)] == ["ivan@globex.example"]


def test_recruiter_when_no_interviewer_address() -> None:
    (iv,) = detect([item("mailbox/01-screen.eml")], OWNER).interviews
    assert [p.email for p in choose_recipients(iv, OWNER)] == ["rita@acmewidgets.example"]


def test_calendar_api_event_skips_resource_and_self() -> None:
    (iv,) = detect([item("event.gcal.json")], OWNER).interviews
    assert [p.email for p in choose_recipients(iv, OWNER)] == ["bob@initech.example"]
