"""Classification and merging capabilities added after the blind set: booking direction,
internal employer events, final-step founder chats, HTML-only schedules, cross-channel
merge of mail with an invite, and cancellations written in prose outside the thread."""

from __future__ import annotations

from datetime import UTC, datetime

from detector import classify, detect
from detector.extract import is_group_address
from detector.model import Owner, Person, SourceItem
from detector.observe import text_when

OWNER = Owner(emails=frozenset({"cand.person@example.org"}))
TOKENS = classify.owner_tokens(OWNER.emails, ["Cand Person"])


def test_booking_direction_follows_host_and_invitee() -> None:
    as_invitee = "Host: Ola Berg (Recruiter, Quill)\nInvitee: Cand Person\n"
    as_host = "Host: Cand Person\nInvitee: Rita Stone\nInvitee Email: rita@else.example\n"
    assert classify.booking_direction(as_invitee, OWNER.emails, TOKENS)[0][1] > 0
    assert classify.booking_direction(as_host, OWNER.emails, TOKENS)[0][1] <= -8
    # the old behaviour stays for a host notification that names only someone else
    assert classify.booking_direction("Invitee: Rita Stone\n", OWNER.emails, TOKENS)[0][1] < 0
    assert classify.booking_direction("Host: A B\nInvitee: C D\n", OWNER.emails, TOKENS) == []
    assert classify.booking_direction("no booking lines here", OWNER.emails, TOKENS) == []


def test_group_addresses_are_not_people() -> None:
    for addr in ["team@x.example", "data-team@x.example", "eng-list@x.example", "a@groups.x.io"]:
        assert is_group_address(addr), addr
    for addr in ["teresa@x.example", "allison.m@x.example", "dl.smith@x.example"]:
        assert not is_group_address(addr), addr
    org = Person("Boss", "boss@corp.example")
    team = [Person("Team", "platform-team@corp.example"), Person("Me", "cand.person@example.org")]
    signals = classify.structure(OWNER.emails, org, team, None)
    assert any(w < 0 and "distribution list" in why for why, w in signals)


def test_internal_offsite_agenda_scores_below_accept() -> None:
    text = (
        "Hi team, our offsite agenda: retro, then interview loop calibration for the "
        "hiring process and panel training."
    )
    s, reasons = classify.score(text)
    assert any(r.startswith("internal meeting") for r in reasons)
    assert s - 4 < classify.ACCEPT  # with the team-list structure signal it is rejected


def test_founder_chat_as_final_stage_is_accepted() -> None:
    s, reasons = classify.score(
        "You're through to the final stage for the Head of\nSales role: a relaxed chat with "
        "our co-founder on Friday."
    )
    assert s >= classify.ACCEPT, reasons
    assert classify.score("Lunch with friends on Friday")[0] < classify.ACCEPT


def test_diary_removal_is_a_cancellation() -> None:
    assert classify.is_cancel("I've taken Thursday's session out of the diary.")
    assert classify.is_cancel("We removed the interview from your calendar")
    assert not classify.is_cancel("I've added it to the diary.")


def test_schedule_rows_extend_to_the_last_session() -> None:
    text = (
        "Your schedule for Tuesday, April 14, 2026.\n\nTime\nSession\n"
        "9:30 AM - 10:15 AM\nDesign\n10:15 AM - 11:00 AM\nCoding\n"
        + "(the coding session uses a shared editor; no setup needed) " * 4
        + "\n11:10 AM - 11:50 AM\nManager\n"
    )
    ref = datetime(2026, 4, 8, tzinfo=UTC)
    start, end, *_ = text_when(text, ref, UTC)
    assert start is not None and end is not None
    assert (start.hour, start.minute, end.hour, end.minute) == (9, 30, 11, 50)
    far = text.replace("11:10 AM - 11:50 AM", "4:00 PM - 4:30 PM")
    _, end2, *_ = text_when(far, ref, UTC)  # a gap of hours is not the same schedule
    assert end2 is not None and (end2.hour, end2.minute) == (11, 0)


def _mail(
    mid: str, sender: str, to: str, subject: str, date: str, body: str, extra: str = ""
) -> SourceItem:
    head = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: {mid}\r\n{extra}Content-Type: text/plain; charset=utf-8\r\n"
    )
    return SourceItem(mid, "rfc822", (head + "\r\n" + body).encode())


def _invite(
    uid: str, start: str, end: str, summary: str, stamp: str = "20260601T100000Z"
) -> SourceItem:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:{stamp}\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER;CN=Rae Cole:mailto:rae.cole@quill.example\r\n"
        "ATTENDEE;CN=Nils Dahl:mailto:nils.dahl@quill.example\r\n"
        "ATTENDEE:mailto:cand.person@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return SourceItem(f"{uid}.ics", "ics", ics.encode())


def test_relay_mail_merges_with_the_invite_within_minutes() -> None:
    mail = _mail(
        "<m1@relay.example>",
        "Rae Cole <noreply@relay.example>",
        "cand.person@example.org",
        "Quill - interview booked",
        "Mon, 1 Jun 2026 09:00:00 +0000",
        "Your technical interview for the Data Engineer role is booked for Friday 5 June "
        "at 14:02 UTC with Nils Dahl.",
        "Reply-To: Rae Cole <rae.cole@quill.example>\r\n",
    )
    inv = _invite("q-1", "20260605T140000Z", "20260605T150000Z", "Quill technical interview")
    (iv,) = detect([mail, inv], OWNER).interviews
    assert iv.key == "uid:q-1" and len(iv.source_ids) == 2
    # two invites with different UIDs at different times stay two
    other = _invite("q-2", "20260605T160000Z", "20260605T170000Z", "Quill technical interview")
    assert len(detect([inv, other], OWNER).interviews) == 1  # same day, same company: onsite
    later = _invite("q-3", "20260612T140000Z", "20260612T150000Z", "Quill technical interview")
    assert len(detect([inv, later], OWNER).interviews) == 2


def test_owner_withdrawal_in_a_new_thread_cancels_but_a_rebooking_stays() -> None:
    inv = _invite("q-1", "20260605T140000Z", "20260605T150000Z", "Quill technical interview")
    withdraw = _mail(
        "<w1@example.org>",
        "Cand Person <cand.person@example.org>",
        "Rae Cole <rae.cole@quill.example>",
        "My application",
        "Tue, 2 Jun 2026 09:00:00 +0000",
        "Hi Rae, I would like to withdraw my application for the Data Engineer role. "
        "Sorry about Friday's interview.",
    )
    (iv,) = detect([inv, withdraw], OWNER).interviews
    assert iv.status == "cancelled"
    assert any("candidate withdrew" in e for e in iv.evidence)
    rebooked = _invite(
        "q-9",
        "20260619T140000Z",
        "20260619T150000Z",
        "Quill technical interview",
        "20260610T100000Z",
    )
    ivs = sorted(detect([inv, withdraw, rebooked], OWNER).interviews, key=lambda i: i.start)
    assert [i.status for i in ivs] == ["cancelled", "scheduled"]


def test_owner_clash_is_not_a_withdrawal() -> None:
    assert classify.is_withdrawal("I have accepted another offer, so please cancel Friday")
    assert not classify.is_withdrawal("I'm no longer available at 3pm on Friday, sorry")
    inv = _invite("q-1", "20260605T140000Z", "20260605T150000Z", "Quill technical interview")
    clash = _mail(
        "<c1@example.org>",
        "Cand Person <cand.person@example.org>",
        "Rae Cole <rae.cole@quill.example>",
        "Friday interview",
        "Tue, 2 Jun 2026 09:00:00 +0000",
        "Hi Rae, sorry - I'm no longer available on Friday for the Data Engineer interview.",
    )
    (iv,) = detect([inv, clash], OWNER).interviews
    assert iv.status == "scheduled"
