"""Builds synthetic RFC 5322 messages for seeding the fake mailbox (no real personal data)."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

ICS_TEMPLATE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//fake//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
ORGANIZER;CN=Recruiter:mailto:{sender}
ATTENDEE;CN=Me:mailto:me@example.com
END:VEVENT
END:VCALENDAR
"""


def make_mail(
    subject: str,
    sender: str = "someone@example.org",
    to: str = "me@example.com",
    body: str = "Hello.",
    date: datetime | None = None,
    ics_uid: str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    """One message; with ``ics_uid`` it carries an ``invite.ics`` attachment."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(domain="example.org")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    if ics_uid is not None:
        start = (date or datetime(2026, 11, 1)) + timedelta(days=2)
        ics = ICS_TEMPLATE.format(
            uid=ics_uid,
            start=start.strftime("%Y%m%dT%H%M%SZ"),
            end=(start + timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ"),
            summary=subject,
            sender=sender.split("<")[-1].rstrip(">"),
        )
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()
