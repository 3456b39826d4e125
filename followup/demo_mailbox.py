"""The demo mailbox, built from code: ``python -m followup.demo_mailbox examples/demo``.

The demo is a fictional job search by Alex Rivera in December 2026: a Maildir inbox, a Maildir of
sent mail, a folder of ``.ics`` files and the config. Every person, company and address is
invented, under ``.example`` domains that cannot reach anyone. The build is deterministic (fixed
Message-IDs and MIME boundaries): ``followup demo`` builds it into a temporary folder, so it works
from any install (``pipx install .`` included), and ``examples/demo/`` holds the same files for
reading; a test checks that the two never drift apart.

Interviews in it (America/New_York unless said otherwise):
- Lumen Labs, Backend Engineer, technical: recruiter thread + Google Calendar invite, Mon Dec 7
  14:00-15:00 with two interviewers. -> one draft per interviewer, new thread.
- Cobalt Freight, Data Engineer: Greenhouse-style confirmation with an .ics (Thu Dec 3), then an
  updated invite (same UID, SEQUENCE 1) moving it to Tue Dec 8 10:00-11:00. -> one draft, at the
  new time.
- Quarry Health, Product Analyst phone screen, time only in the mail body (Tue Dec 8 at 1:30 PM
  ET), then cancelled by e-mail. -> no draft.
- Birchwood Bank, hiring manager interview, a standalone Outlook .ics in the ics folder
  (Windows TZID "Eastern Standard Time"), Tue Dec 8 15:00-15:45. -> reply-less new draft.
- Marlowe Studio, UX Engineer screening call agreed in an e-mail thread, Mon Dec 7 11:00-11:30:
  the recruiter is the interviewer. -> one draft to her, threaded as a reply in that thread.
- Sable Robotics, onsite loop on Fri Dec 11: not yet due on the demo clock. -> nothing yet.
Look-alikes that are not interviews: a job alert, an interview-tips newsletter, an application
receipt, a dentist appointment, a podcast request, an internal 1:1 invite, a webinar.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
USER = "Alex Rivera <alex.rivera@example.com>"
USER_ADDR = "alex.rivera@example.com"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=NY)


def ics_time(dt: datetime) -> str:
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def vevent(
    *,
    uid: str,
    summary: str,
    start: datetime,
    end: datetime,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str, str]],
    sequence: int = 0,
    stamp: datetime,
    method: str = "REQUEST",
    description: str = "",
    location: str = "",
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{ics_time(start)}",
        f"DTEND:{ics_time(end)}",
        f"DTSTAMP:{ics_time(stamp)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for name, addr, partstat in attendees:
        # Google marks rooms CUTYPE=RESOURCE and gives them a resource.calendar address.
        cutype = "RESOURCE" if "@resource." in addr else "INDIVIDUAL"
        lines.append(
            f"ATTENDEE;CUTYPE={cutype};ROLE=REQ-PARTICIPANT;"
            f"PARTSTAT={partstat};CN={name}:mailto:{addr}"
        )
    lines += [
        f"DESCRIPTION:{description}",
        f"LOCATION:{location}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{summary}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def mail(
    *,
    sender: str,
    subject: str,
    date: datetime,
    body: str,
    to: str = USER,
    msgid_domain: str = "mail.example.net",
    in_reply_to: EmailMessage | None = None,
    ics: str | None = None,
    ics_method: str = "REQUEST",
    html: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["Delivered-To"] = USER_ADDR
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    # Deterministic ids (date + subject hash) so that regenerating gives the same files.
    digest = hashlib.sha1(f"{date.isoformat()}|{subject}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{date:%Y%m%d%H%M}.{digest}@{msgid_domain}>"
    if in_reply_to is not None:
        parent_id = in_reply_to["Message-ID"]
        refs = (in_reply_to.get("References", "") + " " + parent_id).strip()
        msg["In-Reply-To"] = parent_id
        msg["References"] = refs
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if ics is not None:
        if html is None:
            msg.add_alternative(ics, subtype="calendar", params={"method": ics_method})
        msg.add_attachment(
            ics.encode(), maintype="application", subtype="ics", filename="invite.ics"
        )
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():  # fixed boundaries, else every rebuild changes every file
            part.set_boundary(f"=_demo_{digest}_{n}")
    return msg


def write_maildir(folder: Path, messages: list[tuple[str, EmailMessage]], flags: str) -> None:
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for key, msg in messages:
        sub = "cur" if flags else "new"
        name = f"{key}:2,{flags}" if flags else key
        (folder / sub / name).write_bytes(bytes(msg))


def keyed(messages: list[EmailMessage], tag: str) -> list[tuple[str, EmailMessage]]:
    """Maildir unique names: delivery time, then a counter, as a real delivery agent writes them."""
    return [
        (f"{int(m['Date'].datetime.timestamp())}.{tag}{i:02d}.example", m)
        for i, m in enumerate(messages)
    ]


def build(target: Path) -> None:
    """Write the demo mailbox and its config into ``target`` (replacing what is there)."""
    inbox: list[EmailMessage] = []
    sent: list[EmailMessage] = []

    # --- Lumen Labs: recruiter thread, then a Google Calendar invite -------------------------
    lumen_1 = mail(
        sender="Priya Raman <priya.raman@lumenlabs.example>",
        subject="Lumen Labs - next step for the Backend Engineer role",
        date=at(1, 10, 12),
        msgid_domain="lumenlabs.example",
        body=(
            "Hi Alex,\n\nThanks for chatting last week! The team would like to move you forward to "
            "the technical interview for the Backend Engineer role.\n\nYou'll meet Dana Whitfield "
            "(Staff Engineer) and Marcus Oyelaran (Engineering Manager) on Monday, December 7 from "
            "2:00 to 3:00 PM ET. I'll send a calendar invite with the video link shortly.\n\n"
            "Best,\nPriya Raman\nTechnical Recruiter, Lumen Labs\n"
        ),
    )
    inbox.append(lumen_1)
    lumen_ics = vevent(
        uid="7kq2lumen0backend1technical@google.com",
        summary="Lumen Labs: Technical Interview - Backend Engineer (Alex Rivera)",
        start=at(7, 14),
        end=at(7, 15),
        organizer=("Priya Raman", "priya.raman@lumenlabs.example"),
        attendees=[
            ("Dana Whitfield", "dana.whitfield@lumenlabs.example", "ACCEPTED"),
            ("Marcus Oyelaran", "marcus.oyelaran@lumenlabs.example", "ACCEPTED"),
            ("Alex Rivera", USER_ADDR, "NEEDS-ACTION"),
            ("Lumen Labs Room Nimbus", "c_room.nimbus@resource.calendar.example", "ACCEPTED"),
        ],
        stamp=at(1, 10, 30),
        description="Technical interview with Dana and Marcus. Join: https://meet.example/abc-defg-hij",
        location="https://meet.example/abc-defg-hij",
    )
    inbox.append(
        mail(
            sender="Priya Raman <priya.raman@lumenlabs.example>",
            subject=(
                "Invitation: Lumen Labs: Technical Interview - Backend Engineer (Alex Rivera) "
                "@ Mon Dec 7, 2026 2pm - 3pm (EST) (alex.rivera@example.com)"
            ),
            date=at(1, 10, 30),
            msgid_domain="google.com",
            body=(
                "Lumen Labs: Technical Interview - Backend Engineer (Alex Rivera)\n"
                "Monday Dec 7, 2026 2pm - 3pm (Eastern Time - New York)\n\n"
                "Joining info: https://meet.example/abc-defg-hij\n\n"
                "Guests: Priya Raman - organizer, Dana Whitfield, Marcus Oyelaran, Alex Rivera\n\n"
                "Invitation from Google Calendar\n"
            ),
            ics=lumen_ics,
        )
    )

    # --- Cobalt Freight: Greenhouse confirmation, then rescheduled by an updated invite -------
    cobalt_uid = "gh-interview-88213-cobaltfreight@greenhouse.example"
    cobalt_first = vevent(
        uid=cobalt_uid,
        summary="Interview: Data Engineer - Cobalt Freight",
        start=at(3, 10),
        end=at(3, 11),
        organizer=("Renee Alvarez", "renee.alvarez@cobaltfreight.example"),
        attendees=[
            ("Sam Okafor", "sam.okafor@cobaltfreight.example", "ACCEPTED"),
            ("Alex Rivera", USER_ADDR, "NEEDS-ACTION"),
        ],
        stamp=at(1, 15),
        description="Data Engineer interview with Sam Okafor (Data Platform Lead).",
        location="Zoom: https://zoom.example/j/8821300",
    )
    inbox.append(
        mail(
            sender="Renee Alvarez <no-reply@greenhouse.example>",
            subject="Interview Confirmation: Data Engineer at Cobalt Freight",
            date=at(1, 15),
            msgid_domain="greenhouse.example",
            body=(
                "Hi Alex,\n\nThank you for your interest in the Data Engineer role at Cobalt "
                "Freight. Your interview is confirmed:\n\nThursday, December 3, 2026\n"
                "10:00 AM - 11:00 AM Eastern Time\nInterviewer: Sam Okafor, Data Platform Lead\n\n"
                "The calendar invite is attached. Reply to renee.alvarez@cobaltfreight.example "
                "with any questions.\n\nRenee Alvarez\nRecruiting Coordinator, Cobalt Freight\n"
            ),
            ics=cobalt_first,
        )
    )
    cobalt_moved = vevent(
        uid=cobalt_uid,
        summary="Interview: Data Engineer - Cobalt Freight",
        start=at(8, 10),
        end=at(8, 11),
        organizer=("Renee Alvarez", "renee.alvarez@cobaltfreight.example"),
        attendees=[
            ("Sam Okafor", "sam.okafor@cobaltfreight.example", "ACCEPTED"),
            ("Alex Rivera", USER_ADDR, "NEEDS-ACTION"),
        ],
        sequence=1,
        stamp=at(2, 9, 40),
        description="Data Engineer interview with Sam Okafor (Data Platform Lead). Moved to Dec 8.",
        location="Zoom: https://zoom.example/j/8821300",
    )
    inbox.append(
        mail(
            sender="Renee Alvarez <renee.alvarez@cobaltfreight.example>",
            subject="Updated invitation: Interview: Data Engineer - Cobalt Freight",
            date=at(2, 9, 40),
            msgid_domain="cobaltfreight.example",
            body=(
                "Hi Alex,\n\nSam had a conflict on Thursday, so we moved your interview to "
                "Tuesday, December 8, 10:00 - 11:00 AM ET. The updated invite is attached."
                "\n\nThanks for your flexibility!\nRenee\n"
            ),
            ics=cobalt_moved,
        )
    )

    # --- Quarry Health: phone screen in the body only, then cancelled -------------------------
    quarry_1 = mail(
        sender="Jordan Blake <jordan.blake@quarryhealth.example>",
        subject="Phone screen - Product Analyst at Quarry Health",
        date=at(2, 11, 5),
        msgid_domain="quarryhealth.example",
        body=(
            "Hi Alex,\n\nGreat to connect. I'd like to schedule a 30-minute phone screen for the "
            "Product Analyst position. Does Tuesday, December 8 at 1:30 PM ET work? I'll call you "
            "at the number on your resume.\n\nBest,\nJordan Blake\nTalent Partner, Quarry Health\n"
        ),
    )
    inbox.append(quarry_1)
    quarry_reply = mail(
        sender=USER,
        to="Jordan Blake <jordan.blake@quarryhealth.example>",
        subject="Re: Phone screen - Product Analyst at Quarry Health",
        date=at(2, 12, 0),
        msgid_domain="example.com",
        in_reply_to=quarry_1,
        body="Hi Jordan,\n\nTuesday at 1:30 PM ET works well for me. Talk then!\n\nAlex\n",
    )
    sent.append(quarry_reply)
    inbox.append(
        mail(
            sender="Jordan Blake <jordan.blake@quarryhealth.example>",
            subject="Re: Phone screen - Product Analyst at Quarry Health",
            date=at(4, 16, 20),
            msgid_domain="quarryhealth.example",
            in_reply_to=quarry_reply,
            body=(
                "Hi Alex,\n\nI'm sorry, but we need to cancel our phone screen on Tuesday: the "
                "Product Analyst role has been put on hold. I'll reach out if it reopens.\n\n"
                "Best,\nJordan\n"
            ),
        )
    )

    # --- Marlowe Studio: recruiter screen agreed in a thread; the recruiter is the interviewer --
    marlowe_1 = mail(
        sender="Tess Morgan <tess.morgan@marlowestudio.example>",
        subject="Marlowe Studio - UX Engineer screening call",
        date=at(2, 13, 40),
        msgid_domain="marlowestudio.example",
        body=(
            "Hi Alex,\n\nThanks for applying to the UX Engineer role at Marlowe Studio! I'd love "
            "to set up a 30-minute screening call with you. Would Monday, December 7 at 11:00 AM "
            "ET or Tuesday, December 8 at 9:30 AM ET work?\n\nTess Morgan\n"
            "Senior Recruiter, Marlowe Studio\n"
        ),
    )
    inbox.append(marlowe_1)
    marlowe_reply = mail(
        sender=USER,
        to="Tess Morgan <tess.morgan@marlowestudio.example>",
        subject="Re: Marlowe Studio - UX Engineer screening call",
        date=at(2, 15, 2),
        msgid_domain="example.com",
        in_reply_to=marlowe_1,
        body="Hi Tess,\n\nMonday at 11:00 AM ET works great for me.\n\nBest,\nAlex\n",
    )
    sent.append(marlowe_reply)
    inbox.append(
        mail(
            sender="Tess Morgan <tess.morgan@marlowestudio.example>",
            subject="Re: Marlowe Studio - UX Engineer screening call",
            date=at(2, 15, 30),
            msgid_domain="marlowestudio.example",
            in_reply_to=marlowe_reply,
            body=(
                "Perfect - you're confirmed for Monday, December 7 at 11:00-11:30 AM ET. I'll "
                "call you on the number on your resume.\n\nTalk soon,\nTess\n"
            ),
        )
    )

    # --- Sable Robotics: onsite loop on Friday Dec 11 (not yet due on the demo clock) --------
    sable_ics = vevent(
        uid="sable-onsite-2026-12-11-riv@sablerobotics.example",
        summary="Onsite interview: Robotics Software Engineer - Sable Robotics",
        start=at(11, 9, 30),
        end=at(11, 13),
        organizer=("Keiko Tanaka", "keiko.tanaka@sablerobotics.example"),
        attendees=[
            ("Lena Fischer", "lena.fischer@sablerobotics.example", "ACCEPTED"),
            ("Omar Haddad", "omar.haddad@sablerobotics.example", "ACCEPTED"),
            ("Alex Rivera", USER_ADDR, "ACCEPTED"),
        ],
        stamp=at(4, 9),
        description="Onsite loop: system design with Lena Fischer, coding with Omar Haddad.",
        location="Sable Robotics HQ, 200 Harbor St, Boston",
    )
    inbox.append(
        mail(
            sender="Keiko Tanaka <keiko.tanaka@sablerobotics.example>",
            subject="Invitation: Onsite interview: Robotics Software Engineer - Sable Robotics",
            date=at(4, 9),
            msgid_domain="sablerobotics.example",
            body=(
                "Hi Alex,\n\nWe're excited to host you for the onsite interview for the Robotics "
                "Software Engineer role on Friday, December 11, 9:30 AM - 1:00 PM ET. You'll meet "
                "Lena Fischer and Omar Haddad.\n\nKeiko Tanaka\nRecruiter, Sable Robotics\n"
            ),
            ics=sable_ics,
        )
    )

    # --- Look-alikes: none of these is an interview --------------------------------------------
    inbox.append(
        mail(
            sender="Job Alerts <jobalerts-noreply@jobsboard.example>",
            subject="12 new Backend Engineer jobs - interview tips inside",
            date=at(2, 7),
            msgid_domain="jobsboard.example",
            body=(
                "New jobs matching 'Backend Engineer':\n- Backend Engineer, Tessellate (Remote)\n"
                "- Platform Engineer, Northgate\n\nInterview tips: prepare stories with the STAR "
                "method before your next interview.\nUnsubscribe: https://jobsboard.example/u\n"
            ),
        )
    )
    inbox.append(
        mail(
            sender="The Hiring Brief <newsletter@hiringbrief.example>",
            subject="5 questions to ask at the end of every interview",
            date=at(3, 6, 30),
            msgid_domain="hiringbrief.example",
            body=(
                "This week: the five questions hiring managers love to hear at the end of an "
                "interview, and how to schedule your thank-you note.\n\nRead online. Unsubscribe.\n"
            ),
        )
    )
    inbox.append(
        mail(
            sender="Tessellate Careers <no-reply@ashby.example>",
            subject="Thanks for applying to Tessellate!",
            date=at(1, 18),
            msgid_domain="ashby.example",
            body=(
                "Hi Alex,\n\nThanks for applying for the Platform Engineer role at Tessellate. Our "
                "team reviews every application and we expect to schedule interviews with selected "
                "candidates over the coming weeks.\n\nThe Tessellate Talent Team\n"
            ),
        )
    )
    inbox.append(
        mail(
            sender="Bright Smile Dental <appointments@brightsmile.example>",
            subject="Appointment confirmed: Tuesday, December 8 at 4:00 PM",
            date=at(1, 9),
            msgid_domain="brightsmile.example",
            body=(
                "Hi Alex,\n\nYour cleaning with Dr. Patel is confirmed for Tuesday, December 8 at "
                "4:00 PM. Please arrive 10 minutes early.\n\nBright Smile Dental\n"
            ),
        )
    )
    inbox.append(
        mail(
            sender="Mia Chen <mia@devcastpodcast.example>",
            subject="Podcast interview request - DevCast episode 112",
            date=at(3, 14),
            msgid_domain="devcastpodcast.example",
            body=(
                "Hi Alex,\n\nI host DevCast and would love to interview you about your open-source "
                "work for an upcoming episode. Would Wednesday, December 9 at 3 PM ET work for a "
                "45-minute recording?\n\nMia\n"
            ),
        )
    )
    one_on_one = vevent(
        uid="weekly-1on1-alex-mentor@google.com",
        summary="Alex / Chris weekly 1:1",
        start=at(8, 16, 30),
        end=at(8, 17),
        organizer=("Alex Rivera", USER_ADDR),
        attendees=[("Chris Dalton", "chris.dalton@gmail.example", "ACCEPTED")],
        stamp=at(1, 8),
        description="Weekly catch-up on the side project.",
    )
    inbox.append(
        mail(
            sender="Google Calendar <calendar-notification@google.com>",
            subject="Invitation: Alex / Chris weekly 1:1 @ Tue Dec 8, 2026 4:30pm - 5pm (EST)",
            date=at(1, 8),
            msgid_domain="google.com",
            body="Alex / Chris weekly 1:1\nTuesday Dec 8, 2026 4:30pm - 5pm\n",
            ics=one_on_one,
        )
    )
    inbox.append(
        mail(
            sender="CareerLift Webinars <events@careerlift.example>",
            subject="You're registered: Ace Your Technical Interview (live webinar)",
            date=at(2, 19),
            msgid_domain="careerlift.example",
            body=(
                "Hi Alex,\n\nYou're registered for our live webinar 'Ace Your Technical Interview' "
                "on Thursday, December 10 at 12:00 PM ET.\nJoin link: https://webinar.example/w/77\n"
            ),
        )
    )

    # --- Write the mailbox ---------------------------------------------------------------------
    for name in ("inbox", "sent", "calendar"):
        shutil.rmtree(target / name, ignore_errors=True)
    inbox.sort(key=lambda m: m["Date"].datetime)
    write_maildir(target / "inbox", keyed(inbox, "demo"), flags="S")
    write_maildir(target / "sent", keyed(sent, "sent"), flags="S")
    (target / "calendar").mkdir()
    (target / "calendar" / "birchwood-hiring-manager.ics").write_text(BIRCHWOOD_ICS, newline="")
    (target / "config.yaml").write_text(CONFIG_YAML, encoding="utf-8")


CONFIG_YAML = """\
# Demo configuration: a fictional job seeker's local mailbox (see README.md beside this file).
# Relative paths are read from this file's folder. `followup demo` runs a copy of this folder.
user:
  name: Alex Rivera
  email: alex.rivera@example.com
  timezone: America/New_York
  signature: |
    Best regards,
    Alex Rivera
  why_interested: I'd love to bring my experience building reliable data systems to the team.
mailbox:
  provider: maildir
  maildir:
    inbox: inbox
    sent: sent
    ics_folder: calendar
    drafts: Drafts
followup:
  delay: 24h
  working_hours:
    start: "09:00"
    end: "18:00"
ledger:
  path: state/ledger.sqlite3
"""


# An Outlook-style standalone invite: Windows TZID with its VTIMEZONE, X-MICROSOFT props.
BIRCHWOOD_ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:Eastern Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Grace Whitman:mailto:grace.whitman@birchwoodbank.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Rivera:mailto:"
        + USER_ADDR,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henry Osei:mailto:henry.osei@"
        "birchwoodbank.example",
        "DESCRIPTION;LANGUAGE=en-US:Hiring manager interview for the Senior Risk Analyst "
        "position with Henry Osei\\, Head of Credit Risk.\\n\\nMicrosoft Teams meeting\\nJoin: "
        "https://teams.example/l/meetup-join/19%3ameeting",
        "UID:040000008200E00074C5B7101A82E00800000000B0F3A1C2D3E4D9010000000000000000100000009C1F",
        "SUMMARY;LANGUAGE=en-US:Senior Risk Analyst - Hiring Manager Interview (Birchwood Bank)",
        "DTSTART;TZID=Eastern Standard Time:20261208T150000",
        "DTEND;TZID=Eastern Standard Time:20261208T154500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261202T141500Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example/l/meetup-join/19%3ameeting",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("examples/demo"))
