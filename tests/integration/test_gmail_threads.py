"""Thread completion and deletions of GmailMailbox, against the fake Google server over HTTP.

A scheduling thread is read whole: the pre-filter selects one message of it ("phone screen"),
the user's "Thursday at 3 works" and the recruiter's "moved to Thursday" match nothing, and the
detector still needs them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from google.oauth2.credentials import Credentials

from detector.model import Owner, SourceItem
from drafts.settings import DraftSettings
from followup.ledger import SqliteLedger
from followup.sync import Connectors, run_pass
from integrations.gmail import GmailMailbox
from integrations.google_client import RetryPolicy
from tests.fakes import FakeGoogle
from tests.fakes.mail_factory import make_mail

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def mailbox(fake: FakeGoogle) -> GmailMailbox:
    fake.now = NOW
    return GmailMailbox(
        Credentials(token="fake"),
        api_endpoint=fake.url,
        now=lambda: NOW,
        retry=RetryPolicy(sleep=lambda s: None, rand=lambda: 0.5),
    )


def scheduling_thread(fake: FakeGoogle, start: datetime) -> dict[str, str]:
    """A thread whose only candidate is the first message (matched by a body phrase)."""
    ask = make_mail(
        "Quick question",
        "pat@initech.example",
        body="Would you have time for a phone screen this week?",
        date=start,
        message_id="<ask@initech.example>",
    )
    first = fake.add_message(ask, internal_date=start)
    reply = make_mail(
        "Re: Quick question",
        "me@example.com",
        "pat@initech.example",
        body="Thursday at 3 works for me.",
        date=start + HOUR,
        message_id="<reply@example.com>",
        in_reply_to="<ask@initech.example>",
    )
    return {
        "ask": first,
        "reply": fake.add_message(reply, ("SENT",), thread_id=first, internal_date=start + HOUR),
    }


def ids(items: tuple[SourceItem, ...]) -> set[str]:
    return {item.id for item in items}


def test_first_sync_reads_whole_candidate_threads(fake_google: FakeGoogle) -> None:
    thread = scheduling_thread(fake_google, NOW - 3 * 24 * HOUR)
    moved = fake_google.add_message(
        make_mail(
            "Re: Quick question",
            "pat@initech.example",
            body="Could we move it to Thursday at 4?",
            in_reply_to="<reply@example.com>",
        ),
        thread_id=thread["ask"],
        internal_date=NOW - 2 * 24 * HOUR,
    )
    fake_google.add_message(
        make_mail("Re: Quick question", "me@example.com"),
        ("DRAFT",),
        thread_id=thread["ask"],
        internal_date=NOW - 24 * HOUR,
    )
    fake_google.add_message(make_mail("lunch?", "friend@example.org"), internal_date=NOW - HOUR)
    changes = mailbox(fake_google).changes(None)
    assert ids(changes.items) == {f"gmail:{m}" for m in (thread["ask"], thread["reply"], moved)}
    assert changes.items[0].id == f"gmail:{thread['ask']}"  # oldest first
    # candidates + window listing, no threads.get, one get per message of the thread
    assert fake_google.requests["messages.list"] == 2
    assert fake_google.requests["threads.get"] == 0
    assert fake_google.requests["messages.get"] == 3
    assert thread["ask"] in json.loads(changes.cursor)["threads"]


def test_a_reply_in_a_known_thread_is_read_from_the_history(fake_google: FakeGoogle) -> None:
    thread = scheduling_thread(fake_google, NOW - 3 * 24 * HOUR)
    box = mailbox(fake_google)
    first = box.changes(None)
    moved = fake_google.add_message(
        make_mail("Re: Quick question", "pat@initech.example", body="Moved to Thursday at 4."),
        thread_id=thread["ask"],
        internal_date=NOW,
    )
    fake_google.reset_counters()
    second = box.changes(first.cursor)
    assert ids(second.items) == {f"gmail:{moved}"}
    assert fake_google.requests["messages.list"] == 0  # no search: the thread is known
    assert fake_google.requests["messages.get"] == 1
    assert fake_google.total_units == 2 + 5


def test_new_candidate_replying_in_an_old_thread_lists_that_thread(
    fake_google: FakeGoogle,
) -> None:
    box = mailbox(fake_google)
    first = box.changes(None)
    coffee = fake_google.add_message(
        make_mail("Coffee next week?", "sam@globex.example", message_id="<c1@globex.example>"),
        internal_date=NOW - HOUR,
    )
    mine = fake_google.add_message(
        make_mail(
            "Re: Coffee next week?",
            "me@example.com",
            body="Sure, Tuesday?",
            message_id="<c2@example.com>",
            in_reply_to="<c1@globex.example>",
        ),
        ("SENT",),
        thread_id=coffee,
        internal_date=NOW - HOUR / 2,
    )
    second = box.changes(first.cursor)
    assert second.items == ()  # nothing there is a candidate yet
    turn = fake_google.add_message(
        make_mail(
            "Re: Coffee next week?",
            "sam@globex.example",
            body="Let's make it a proper interview with our CTO on Tuesday at 10.",
            in_reply_to="<c2@example.com>",
        ),
        thread_id=coffee,
        internal_date=NOW,
    )
    invite = fake_google.add_message(
        make_mail("Interview invitation", "hr@ashbyhq.com", ics_uid="u-new"), internal_date=NOW
    )
    fake_google.reset_counters()
    third = box.changes(second.cursor)
    assert ids(third.items) == {f"gmail:{m}" for m in (coffee, mine, turn, invite)}
    # Only the thread whose candidate is a reply is listed; the invite starts its own thread.
    assert fake_google.requests["threads.get"] == 1
    assert fake_google.requests["messages.get"] == 4
    assert {coffee, invite} <= set(json.loads(third.cursor)["threads"])


def test_deleted_messages_become_removed(fake_google: FakeGoogle) -> None:
    thread = scheduling_thread(fake_google, NOW - 24 * HOUR)
    box = mailbox(fake_google)
    first = box.changes(None)
    draft_id = box.create(make_mail("Re: Quick question", "me@example.com"), thread["ask"])
    fake_google.delete_message(thread["reply"])
    box.delete(draft_id)  # our own draft's message: never an item, never "removed"
    second = box.changes(first.cursor)
    assert second.removed == (f"gmail:{thread['reply']}",)
    assert second.items == ()
    added_then_gone = fake_google.add_message(
        make_mail("Interview on Monday", "hr@ashbyhq.com"), internal_date=NOW
    )
    fake_google.delete_message(added_then_gone)
    third = box.changes(second.cursor)
    assert third.items == () and third.removed == (f"gmail:{added_then_gone}",)


def test_the_ledger_forgets_a_deleted_message(fake_google: FakeGoogle, tmp_path: Path) -> None:
    thread = scheduling_thread(fake_google, NOW - 24 * HOUR)
    box = mailbox(fake_google)
    owner = Owner(emails=frozenset({"me@example.com"}), name="Me", timezone="UTC")
    settings = DraftSettings(user_name="Me", user_email="me@example.com", timezone="UTC")
    connectors = Connectors(mail=[box], calendars=[], drafts=box)
    with SqliteLedger.open(tmp_path / "ledger.sqlite3") as ledger:
        run_pass(owner, settings, connectors, ledger, NOW)
        assert f"gmail:{thread['reply']}" in {item.id for item in ledger.items()}
        fake_google.delete_message(thread["reply"])
        run_pass(owner, settings, connectors, ledger, NOW + HOUR)
        assert {item.id for item in ledger.items()} == {f"gmail:{thread['ask']}"}
