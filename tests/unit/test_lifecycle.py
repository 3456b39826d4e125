import json

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


def _gcal(body: dict[str, object]) -> SourceItem:
    return SourceItem(f"{len(str(body))}.gcal.json", "gcal-json", json.dumps(body).encode())


def test_calendar_api_deletion_cancels_whatever_the_stamps() -> None:
    event = {
        "id": "ev9",
        "iCalUID": "ev9@google.com",
        "status": "confirmed",
        "summary": "Interview: Data Engineer",
        "start": {"dateTime": "2026-08-20T09:30:00-07:00"},
        "end": {"dateTime": "2026-08-20T10:30:00-07:00"},
        "updated": "2026-08-10T17:00:00Z",
        "organizer": {"email": "rt@sablecrest.example"},
        "attendees": [{"email": "cand@example.org", "self": True}],
    }
    deleted = {"id": "ev9", "status": "cancelled"}
    (iv,) = detect([_gcal(event), _gcal(deleted)], OWNER).interviews
    assert iv.status == "cancelled" and iv.start.isoformat() == "2026-08-20T09:30:00-07:00"


def _mail(mid: str, body: str, date: str, reply_to: str | None = None) -> SourceItem:
    head = (
        "From: Leo <leo@bramble.example>\r\nTo: cand@example.org\r\n"
        f"Subject: Bramble - chat\r\nDate: {date}\r\nMessage-ID: {mid}\r\n"
        + (f"In-Reply-To: {reply_to}\r\nReferences: {reply_to}\r\n" if reply_to else "")
    )
    return SourceItem(mid, "rfc822", (head + "\r\n" + body).encode())


def test_a_short_booking_counts_in_a_hiring_thread_and_takes_its_length() -> None:
    ask = _mail(
        "<a@bramble.example>",
        "Thanks for applying for the Mobile Engineer role. A 30 minute intro call next week?",
        "Mon, 3 Aug 2026 09:00:00 -0700",
    )
    book = _mail(
        "<b@bramble.example>",
        "Great - let's do tomorrow at 2.",
        "Tue, 4 Aug 2026 10:00:00 -0700",
        "<a@bramble.example>",
    )
    (iv,) = detect([ask, book], OWNER).interviews
    assert iv.start.isoformat() == "2026-08-05T14:00:00-07:00"
    assert iv.end is not None and iv.end.isoformat() == "2026-08-05T14:30:00-07:00"
    assert iv.role == "Mobile Engineer"
    assert any("earlier mail in the thread" in e for e in iv.evidence)
    assert detect([book], OWNER).interviews == ()  # alone it is not an interview


def test_relative_date_without_a_message_date_uses_now() -> None:
    from datetime import UTC, datetime

    mail = SourceItem(
        "m",
        "rfc822",
        b"From: Ana <ana@acme.example>\r\nTo: cand@example.org\r\nSubject: Interview confirmed"
        b"\r\n\r\nYour phone screen for the Data Engineer role is confirmed for tomorrow at "
        b"10:00 AM UTC.",
    )
    (iv,) = detect([mail], OWNER, now=datetime(2026, 5, 4, 8, 0, tzinfo=UTC)).interviews
    assert iv.start.isoformat() == "2026-05-05T10:00:00+00:00"


def test_an_availability_request_then_a_keyword_free_reply_books_the_interview() -> None:
    ask = _mail(
        "<q@bramble.example>",
        "Next step for the Data Analyst role is a conversation with our CTO. "
        "When are you free this week?",
        "Mon, 3 Aug 2026 09:00:00 -0700",
    )
    # no interview word at all: the prescreen alone would drop it; the thread keeps it
    book = _mail(
        "<r@bramble.example>",
        "Perfect, tomorrow at 4pm it is.",
        "Wed, 5 Aug 2026 17:00:00 -0700",
        "<q@bramble.example>",
    )
    (iv,) = detect([ask, book], OWNER).interviews
    assert iv.start.isoformat() == "2026-08-06T16:00:00-07:00"
    assert detect([book], OWNER).interviews == ()


def test_status_cancelled_cancels_under_publish() -> None:
    def cal(seq: int, status: str) -> SourceItem:
        ics = (
            "BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:pub-1\r\n"
            f"SEQUENCE:{seq}\r\nDTSTAMP:2026060{seq + 1}T100000Z\r\nDTSTART:20260610T150000Z\r\n"
            "DTEND:20260610T160000Z\r\nSUMMARY:Interview - Analyst - Initech\r\n"
            "ORGANIZER:mailto:hr@initech.example\r\n"
            "ATTENDEE;CN=Dr. Bob Ray:mailto:bob@initech.example"
            f"\r\nATTENDEE:mailto:cand@example.org\r\nSTATUS:{status}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        return SourceItem(f"{seq}.ics", "ics", ics.encode())

    (iv,) = detect([cal(0, "CONFIRMED"), cal(1, "CANCELLED")], OWNER).interviews
    assert iv.status == "cancelled" and iv.start.isoformat() == "2026-06-10T15:00:00+00:00"


def test_a_localized_quote_header_time_is_not_a_second_interview() -> None:
    first = _mail(
        "<s@bramble.example>",
        "We invite you to an interview for the QA Engineer role on 12 August 2026 at 10:00.",
        "Mon, 3 Aug 2026 09:00:00 +0200",
    )
    reply = _mail(
        "<t@bramble.example>",
        "Great, see you then.\r\n\r\nVon: Cand <cand@example.org>\r\n"
        "Gesendet: Montag, 3. August 2026 11:48\r\nAn: Leo <leo@bramble.example>\r\n"
        "\r\nPasst gut, danke.",
        "Mon, 3 Aug 2026 13:00:00 +0200",
        "<s@bramble.example>",
    )
    (iv,) = detect([first, reply], OWNER).interviews
    assert iv.start.isoformat() == "2026-08-12T10:00:00+02:00"


def test_an_ats_details_block_is_not_taken_for_a_quote_header() -> None:
    mail = _mail(
        "<u@bramble.example>",
        "Your interview for the QA Engineer role is confirmed.\r\n"
        "Contact: leo@bramble.example\r\nWhen: Wednesday, 12 August 2026 10:00 CEST\r\n",
        "Mon, 3 Aug 2026 09:00:00 +0200",
    )
    (iv,) = detect([mail], OWNER).interviews
    assert iv.start.isoformat() == "2026-08-12T10:00:00+02:00"


def test_two_mails_about_one_slot_end_in_the_later_state() -> None:
    booked = _mail(
        "<a1@relay.example>",
        "Chef Andre would like to meet you for the Line Cook position.\r\n"
        "Interview: Tuesday, April 14 at 12:00 PM - 12:30 PM\r\n",
        "Wed, 8 Apr 2026 15:44:00 -0400",
    )
    cancelled = _mail(
        "<a2@relay.example>",
        "Unfortunately the employer has cancelled your interview for Line Cook scheduled for "
        "Tuesday, April 14 at 12:00 PM.\r\n",
        "Sun, 12 Apr 2026 10:03:00 -0400",
    )
    (iv,) = detect([booked, cancelled], OWNER).interviews
    assert iv.status == "cancelled"


def test_an_ats_mail_for_an_invites_earlier_time_is_the_same_interview() -> None:
    def invite(seq: int, day: int, stamp: str) -> SourceItem:
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tech-1@bramble.example\r\n"
            f"SEQUENCE:{seq}\r\nDTSTAMP:{stamp}\r\nDTSTART:202603{day}T150000Z\r\n"
            f"DTEND:202603{day}T160000Z\r\nSUMMARY:Technical interview\r\n"
            "ORGANIZER:mailto:leo@bramble.example\r\nATTENDEE:mailto:cand@example.org\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        return SourceItem(f"inv{seq}.ics", "ics", ics.encode())

    ats = _mail(
        "<ats1@bramble.example>",
        "Your technical interview for the QA Engineer role is confirmed:\r\n"
        "Thursday, March 26, 2026, 3:00 PM - 4:00 PM UTC\r\n",
        "Fri, 20 Mar 2026 11:10:00 +0000",
    )
    items = [invite(0, "26", "20260320T111400Z"), ats, invite(1, "31", "20260324T094800Z")]
    (iv,) = detect(items, OWNER).interviews
    assert iv.start.day == 31


def test_a_forwarder_of_another_companys_interview_mail_is_not_the_employer() -> None:
    raw = (
        "From: Becky Lawson <becky@harrowgate.example>\r\nTo: cand@example.org\r\n"
        "Subject: Fwd: Interview - Senior Product Manager\r\n"
        "Date: Fri, 23 Oct 2026 16:48:00 +0100\r\n"
        "Message-ID: <fw1@harrowgate.example>\r\n\r\n"
        "Hi Tom, Nordlicht want to meet you on Thursday 29 October at 10am UK time. I'll call you "
        "Monday to prep.\r\n\r\n---------- Forwarded message ---------\r\n"
        "From: Stefanie Brandt <s.brandt@nordlicht-energie.example>\r\n"
        "Subject: Interview - Senior Product Manager\r\n\r\n"
        "We would like to interview him for the Senior Product Manager role. The interview is "
        "led by Dr. Matthias Keller (m.keller@nordlicht-energie.example) and me.\r\n"
        "Stefanie Brandt\r\nTalent Acquisition | Nordlicht Energie\r\n"
    )
    (iv,) = detect([SourceItem("fw1", "rfc822", raw.encode())], OWNER).interviews
    assert iv.company == "Nordlicht Energie"
    assert "becky@harrowgate.example" not in {p.email for p in iv.interviewers}


def test_a_reply_from_someone_a_hiring_mail_introduced_books_the_time() -> None:
    intro = SourceItem(
        "intro",
        "rfc822",
        (
            b"From: Felix <felix@mail.example>\r\nTo: cand@example.org\r\n"
            b"Subject: Fwd: Staff Engineer intro\r\nDate: Fri, 27 Feb 2026 18:03:00 -0800\r\n"
            b"Message-ID: <i1@mail.example>\r\n\r\n"
            b"Dana is keen to talk to you about the Staff Engineer role. Email her at "
            b"dana@greyhaven.example.\r\n"
        ),
    )
    reply = SourceItem(
        "reply",
        "rfc822",
        (
            b"From: Dana <dana@greyhaven.example>\r\nTo: cand@example.org\r\n"
            b"Subject: Re: Intro via Felix\r\nDate: Mon, 2 Mar 2026 08:51:00 -0500\r\n"
            b"Message-ID: <r1@greyhaven.example>\r\nIn-Reply-To: <own1@example.org>\r\n\r\n"
            b"Wednesday at 2pm ET it is. I'll block 45 minutes and call your cell.\r\n"
        ),
    )
    (iv,) = detect([intro, reply], OWNER).interviews
    assert iv.start.isoformat() == "2026-03-04T14:00:00-05:00"


def test_a_hold_the_owner_declined_is_not_attended() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:hold-1@bramble.example\r\n"
        "DTSTAMP:20260415T160300Z\r\nDTSTART:20260421T150000Z\r\nDTEND:20260421T154500Z\r\n"
        "SUMMARY:HOLD 1 - Technical interview (Bramble)\r\nORGANIZER:mailto:leo@bramble.example\r\n"
        "ATTENDEE;PARTSTAT=DECLINED:mailto:cand@example.org\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:amara@bramble.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert detect([SourceItem("hold.ics", "ics", ics.encode())], OWNER).interviews == ()
