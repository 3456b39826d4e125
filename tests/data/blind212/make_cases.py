#!/usr/bin/env python3
"""Regenerate the blind212 evaluation set (case folders + labels.yaml) next to this file.

Written blind (without reading the detector). Standard library + PyYAML + zoneinfo only.
Deterministic: fixed dates, Message-IDs, MIME boundaries, UIDs -> identical bytes on every run.

Owner: Maribel Castellanos <maribel.castellanos@example.com>, HR Generalist at Brightwater Logistics
(Atlanta; work address mcastellanos@brightwater-logistics.example, auto-forwarded to the personal
mailbox). She is job hunting for HR business partner roles.
"""
import base64
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = timezone.utc

OWNER = "maribel.castellanos@example.com"
OWNER_NAME = "Maribel Castellanos"
WORK = "mcastellanos@brightwater-logistics.example"
PHONE = "404-555-0147"

# --------------------------------------------------------------------------- time helpers

def t(y, mo, d, h=0, mi=0, s=0, tz=ET):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def day(dt, name):
    """Return a weekday name for use in text, asserting it is right for dt."""
    full = dt.strftime("%A")
    assert full == name or full[:3] == name, (dt, name)
    return name


def rfc(dt):
    return format_datetime(dt)


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def hms(dt):
    """Google/Calendly style: 4pm, 4:45pm"""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}:{dt.minute:02d}{ap}" if dt.minute else f"{h}{ap}"


def longdate(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def gdate(dt):
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def mdy(dt):
    return f"{dt.month}/{dt.day}"


# --------------------------------------------------------------------------- MIME helpers

def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    e = base64.b64encode(data).decode("ascii")
    return "\n".join(e[i:i + width] for i in range(0, len(e), width))


def leaf(ctype, body, cte="7bit", extra=()):
    hdr = [f"Content-Type: {ctype}"]
    if cte:
        hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr += list(extra)
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    else:
        assert body.isascii(), body[:80]
        enc = body
    return "\n".join(hdr) + "\n\n" + enc.rstrip("\n") + "\n"


def multi_body(boundary, parts):
    return "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"


def multi_part(subtype, boundary, parts):
    return (f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
            + multi_body(boundary, parts))


def eml(headers, ctype, body, cte=None):
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    lines.append(f"Content-Type: {ctype}")
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    if cte == "quoted-printable":
        body = qp(body)
    elif cte == "base64":
        body = b64(body) + "\n"
    elif cte in (None, "7bit"):
        assert body.isascii(), body[:80]
    return "\n".join(lines) + "\n\n" + body


def mp_eml(headers, subtype, boundary, parts):
    return eml(headers, f'multipart/{subtype}; boundary="{boundary}"', multi_body(boundary, parts))


def received(host, ip, sid, to, dt):
    return ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}\n"
            f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc(dt)}")


def forwarded_hdrs():
    """Gmail auto-forward of her work mailbox into the personal one."""
    return [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]


def to_html(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(out)
            + "\n</div></body></html>\n")


# --------------------------------------------------------------------------- iCalendar helpers

def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    pieces, cur, curlen, lim = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > lim:
            pieces.append(cur)
            cur, curlen, lim = ch, n, 74
        else:
            cur += ch
            curlen += n
    pieces.append(cur)
    return "\r\n ".join(pieces)


def ical(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_NY = [
    "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_WIN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name or email}:mailto:{email}"


def outlook_ics(*, method, organizer, attendees, summary, description, uid, start, end, stamp,
                seq=0, location="Microsoft Teams Meeting", teams_url=None, status="CONFIRMED",
                owner_appt="-1892311104"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ_WIN + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [att(n, e, role) for n, e, role in attendees]
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID=Eastern Standard Time:{loc(start)}",
              f"DTEND;TZID=Eastern Standard Time:{loc(end)}", "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{z(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{owner_appt}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def teams_block(meeting_id, passcode, tid):
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context="
           "%7b%22Tid%22%3a%2297c1e5a0-2b8d-4f0e-9c3a-5d1f27b6e410%22%7d")
    block = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
             "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
             "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
             "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
             "meetingOptions/>\n" + "_" * 80)
    return url, block


def outlook_when(start, end):
    # Outlook always prints the standard-time label, even in summer.
    return (f"When: {longdate(start)} {hm(start)}-{hm(end)} (UTC-05:00) Eastern Time (US & Canada).")


def outlook_invite(*, date, mid, sender, to, cc=(), subject, start, end, intro, uid, seq, attendees,
                   bnd, recv, thread_index, meeting_id, passcode, tid, extra_headers=(),
                   location="Microsoft Teams Meeting", owner_appt="-1892311104", teams=True):
    if teams:
        url, block = teams_block(meeting_id, passcode, tid)
    else:
        url, block = None, ""
    text = f"{outlook_when(start, end)}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro.strip()}\n\n{block}\n"
    ics = outlook_ics(method="REQUEST", organizer=sender, attendees=attendees, summary=subject,
                      description=text, uid=uid, start=start, end=end, stamp=date, seq=seq,
                      location=location, teams_url=url, owner_appt=owner_appt)
    fmt = lambda p: f"{p[0]} <{p[1]}>"
    headers = [("Delivered-To", OWNER), recv] + list(extra_headers) + [
        ("Return-Path", f"<{sender[1]}>"), ("From", fmt(sender)), ("To", ", ".join(fmt(p) for p in to))]
    if cc:
        headers.append(("CC", ", ".join(fmt(p) for p in cc)))
    headers += [("Subject", subject), ("Thread-Topic", subject), ("Thread-Index", thread_index),
                ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")), ("Message-ID", mid),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
                ("x-ms-publictraffictype", "Email")]
    parts = [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
             leaf('text/html; charset="utf-8"', to_html(text, "Aptos,Calibri,sans-serif", "11pt"),
                  "quoted-printable"),
             leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")]
    return mp_eml(headers, "alternative", bnd, parts)


def google_ics(*, method, organizer, attendees, summary, description, uid, start, end, stamp, created,
               seq=0, status="CONFIRMED", meet=None, location=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{z(start)}",
             f"DTEND:{z(end)}", f"DTSTAMP:{z(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in attendees:
        lines.append(att(n, e, partstat=ps, google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{z(created)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{z(stamp)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


GOOGLE_FOOTER = ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                 "You are receiving this email because you are an attendee on the event.\n\n"
                 "Forwarding this invitation could allow any recipient to send a response to the "
                 "organizer, be added to the guest list, invite others regardless of their own "
                 "invitation status, or modify your RSVP. Learn more "
                 "https://support.google.com/calendar/answer/37135#forwarding")


def google_invite(*, date, mid, organizer, attendees, summary, start, end, description, uid, created,
                  seq=0, kind="Invitation", meet=None, meet_phone=None, location="", bnd, recv,
                  eid):
    """Google Calendar invitation e-mail (multipart/mixed: alternative(text, html, calendar) + invite.ics)."""
    cancel = kind.startswith("Canceled")
    method = "CANCEL" if cancel else "REQUEST"
    tzn = start.tzname()
    subject = f"{kind}: {summary} @ {gdate(start)} {hms(start)} - {hms(end)} ({tzn}) ({OWNER})"
    lines = []
    if cancel:
        lines += ["This event has been canceled and removed from your calendar.", ""]
    elif kind.startswith("Updated"):
        lines += ["This event has been updated", ""]
    lines += [summary, f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {hms(start)} \u2013 {hms(end)}",
              "Eastern Time - New York", ""]
    if location:
        lines += ["Location", location, f"https://www.google.com/maps/search/{location.replace(' ', '+')}", ""]
    if meet and not cancel:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", ""]
        if meet_phone:
            lines += ["Join by phone", f"(US) {meet_phone[0]}", f"PIN: {meet_phone[1]}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _ in attendees:
        if e == organizer[1]:
            lines += [f"{n} - organizer", e]
        elif n:
            lines += [n, e]
        else:
            lines += [e]
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines += [f"View all guest info {view}", ""]
    if description:
        lines += [description, ""]
    if not cancel:
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["", "~~//~~", GOOGLE_FOOTER]
    text = "\n".join(lines) + "\n"
    ics = google_ics(method=method, organizer=organizer, attendees=attendees, summary=summary,
                     description=description, uid=uid, start=start, end=end, stamp=date,
                     created=created, seq=seq, status="CANCELLED" if cancel else "CONFIRMED",
                     meet=meet, location=location)
    alt = multi_part("alternative", bnd + "a", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(text, "Roboto,Helvetica,Arial,sans-serif"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64"),
    ])
    attach = leaf(f'application/ics; name="{"invite.ics"}"', ics, "base64",
                  ['Content-Disposition: attachment; filename="invite.ics"'])
    fmt = f"{organizer[0]} <{organizer[1]}>"
    headers = [("Delivered-To", OWNER), recv,
               ("Return-Path", "<3rWQfZhkKB0s7mDqPa-fo@calendar-server.bounces.google.com>"),
               ("Reply-To", fmt), ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", mid), ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")),
               ("Subject", subject), ("From", fmt), ("To", OWNER)]
    return mp_eml(headers, "mixed", bnd + "m", [alt.rstrip("\n") + "\n", attach])


def sig_owner():
    return f"Maribel Castellanos\n{PHONE}\nlinkedin.com/in/maribelcastellanos-hr"


def sig_work():
    return ("Maribel Castellanos, SHRM-CP\nHR Generalist | Brightwater Logistics\n"
            "4410 Fulton Industrial Blvd SW, Atlanta, GA 30336\no 404-555-0190")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


CASES = []


def case(slug, difficulty, category, notes):
    def deco(fn):
        CASES.append((slug, difficulty, category, notes, fn))
        return fn
    return deco


# =========================================================================== CASES

# --------------------------------------------------------------------------- 01
@case("b212-01-recruiter-phone-screen-thread", "medium", "positive/thread-relative-date",
      "Recruiter offers Wednesday 1:30 or Thursday 9-11 ET; the owner's reply (quoted) picks "
      "'Thursday at 10'; recruiter confirms 'Thursday at 10:00 ET', ~30 min. Thursday resolved "
      "against Mon Feb 16 -> Feb 19 (EST). Recruiter conducts the screen.")
def c01():
    tre = ("Trevor Nakamura-Hill", "tnakamurahill@larkspur-hospitality.example")
    d1 = t(2026, 2, 16, 9, 12, 31)
    d_reply = t(2026, 2, 16, 12, 40)
    d2 = t(2026, 2, 16, 13, 5, 8)
    start = t(2026, 2, 19, 10, 0)
    end = t(2026, 2, 19, 10, 30)
    wed = t(2026, 2, 18, 13, 30)
    day(d1, "Monday"); day(wed, "Wednesday"); day(start, "Thursday")
    subj = "Larkspur Hospitality Group - HR Business Partner, Hotel Operations (Southeast)"
    body1 = f"""Hi Maribel,

Thank you for applying for our HR Business Partner, Hotel Operations (Southeast) opening. I
reviewed your background and I'd like to set up a quick introductory call to learn more about
what you're doing at Brightwater and walk you through the role (it supports our 11 properties
across Georgia and the Carolinas).

Would you have 30 minutes this week? I'm open {day(wed, "Wednesday")} at 1:30 or {day(start, "Thursday")} morning
any time between 9 and 11 ET.

Best,
Trevor

Trevor Nakamura-Hill
Senior Talent Acquisition Partner
Larkspur Hospitality Group
o: 678-555-0133
"""
    m1 = eml([("Delivered-To", OWNER),
              received("mail-yw1-f171.larkspur-hospitality.example", "198.51.100.41", "a1c3e9d27f", OWNER, d1),
              ("Return-Path", f"<{tre[1]}>"), ("From", f"{tre[0]} <{tre[1]}>"),
              ("To", f"{OWNER_NAME} <{OWNER}>"), ("Subject", subj), ("Date", rfc(d1)),
              ("Message-ID", "<CAJ7k2Lq0pT9s1RnLH-hosp4410x@mail.larkspur-hospitality.example>")],
             'text/plain; charset="UTF-8"', body1, "7bit")
    reply = f"""Hi Trevor,

Thanks so much for reaching out! {day(start, "Thursday")} at 10 would be perfect. The best number to reach me
is {PHONE}.

Looking forward to it,
Maribel
"""
    body2 = f"""Perfect \u2014 Thursday at 10:00 ET it is. I'll call you at {PHONE}; plan on about
30 minutes. If anything comes up just reply here.

Talk soon,
Trevor

Trevor Nakamura-Hill
Senior Talent Acquisition Partner
Larkspur Hospitality Group
o: 678-555-0133

On Mon, Feb 16, 2026 at 12:40\u202fPM Maribel Castellanos <{OWNER}> wrote:
{quote(reply)}
>
> On Mon, Feb 16, 2026 at 9:12\u202fAM Trevor Nakamura-Hill <{tre[1]}> wrote:
{quote(quote(body1))}
"""
    assert d_reply.strftime("%a") == "Mon"
    m2 = mp_eml([("Delivered-To", OWNER),
                 received("mail-yw1-f178.larkspur-hospitality.example", "198.51.100.44", "b7e0f1a93c", OWNER, d2),
                 ("Return-Path", f"<{tre[1]}>"), ("From", f"{tre[0]} <{tre[1]}>"),
                 ("To", f"{OWNER_NAME} <{OWNER}>"), ("Subject", "Re: " + subj), ("Date", rfc(d2)),
                 ("Message-ID", "<CAJ7k2Lr5vXg0e3P-hosp4417q@mail.larkspur-hospitality.example>"),
                 ("In-Reply-To", "<CAMb3tq9XkE2oRw7-owner-8812@mail.example.com>"),
                 ("References", "<CAJ7k2Lq0pT9s1RnLH-hosp4410x@mail.larkspur-hospitality.example> "
                                "<CAMb3tq9XkE2oRw7-owner-8812@mail.example.com>")],
                "alternative", "00000000000071c30e0649a2b7d1",
                [leaf('text/plain; charset="UTF-8"', body2, "quoted-printable"),
                 leaf('text/html; charset="UTF-8"', to_html(body2), "quoted-printable")])
    items = [("01-larkspur-intro-call.eml", m1), ("02-re-larkspur-intro-call.eml", m2)]
    return items, [iv("Larkspur Hospitality Group", "HR Business Partner, Hotel Operations (Southeast)",
                      start, end, "scheduled", [tre[1]], [tre[1]], "phone_screen")]


# --------------------------------------------------------------------------- 02
@case("b212-02-candidate-confirms-interview-she-booked", "hard", "negative/user-is-interviewer",
      "A candidate replies 'Confirmed' to an interview confirmation the owner sent from her work "
      "account (auto-forwarded). The owner is the interviewer/coordinator, not the candidate.")
def c02():
    cand = ("Devon Ashcroft", "devon.ashcroft@postbox.example")
    d_orig = t(2026, 2, 25, 16, 40)
    d = t(2026, 2, 25, 19, 2, 44)
    cstart = t(2026, 3, 3, 10, 0)
    orig = f"""Hi Devon,

Thank you for your interest in Brightwater Logistics! This email confirms your interview for the
Dispatch Supervisor position:

Date: {day(cstart, "Tuesday")}, March 3, 2026
Time: 10:00 AM - 11:00 AM Eastern
Location: Brightwater Logistics, 4410 Fulton Industrial Blvd SW, Atlanta, GA 30336
(check in at the front lobby; visitor parking is on the left)
Interviewers: Raymond Okafor (Transportation Manager) and me

Please bring a photo ID. Reply to this email to confirm, or let me know if you need to reschedule.

Thank you,
{sig_work()}
"""
    body = f"""Hi Maribel,

Confirmed \u2014 I'll see you Tuesday at 10 at the Fulton Industrial facility. Should I bring
anything besides my ID (references, a printed resume)?

Thanks again,
Devon Ashcroft
(470) 555-0118

On Wed, Feb 25, 2026 at 4:40 PM, Maribel Castellanos <{WORK}> wrote:
{quote(orig)}
"""
    assert d_orig.strftime("%a") == "Wed"
    headers = [("Delivered-To", OWNER),
               received("mail-sor-f41.postbox.example", "203.0.113.61", "k2p8d0c17e", OWNER, d)] + forwarded_hdrs() + [
        ("Return-Path", f"<{cand[1]}>"), ("From", f"{cand[0]} <{cand[1]}>"),
        ("To", f"Maribel Castellanos <{WORK}>"),
        ("Subject", "Re: Interview Confirmation - Dispatch Supervisor - Brightwater Logistics"),
        ("Date", rfc(d)), ("Message-ID", "<1c9e8b2a-44f0-4d7b-9a2e-7d1f0c5b3e11@postbox.example>"),
        ("In-Reply-To", "<BL1PR08MB4412A7C1E2F0@BL1PR08MB4412.namprd08.prod.outlook.com>"),
        ("References", "<BL1PR08MB4412A7C1E2F0@BL1PR08MB4412.namprd08.prod.outlook.com>")]
    m = mp_eml(headers, "alternative", "----=_Part_418822_1930388173.1772064164",
               [leaf('text/plain; charset=UTF-8', body, "quoted-printable"),
                leaf('text/html; charset=UTF-8', to_html(body), "quoted-printable")])
    return [("01-re-interview-confirmation-dispatch-supervisor.eml", m)], []


# --------------------------------------------------------------------------- 03
@case("b212-03-greenhouse-hm-interview-confirmation", "medium", "positive/ats-greenhouse",
      "Greenhouse candidate confirmation (From no-reply@greenhouse.io, Reply-To coordinator) with "
      "invite.ics in UTC. Interviewer named without address -> interviewer_emails empty, follow-up "
      "goes to the coordinator from Reply-To.")
def c03():
    coord = ("Dana Ferreira", "dana.ferreira@halyard-mutual.example")
    d = t(2026, 2, 18, 11, 47, 3)
    start = t(2026, 2, 24, 14, 0)
    end = t(2026, 2, 24, 14, 45)
    role = "HR Business Partner"
    text = f"""Hi Maribel,

Thank you for your interest in the {role} role at Halyard Mutual Insurance! We're excited to
confirm your interview. Details are below.

Interview: Hiring Manager Interview
Date: {longdate(start)}
Time: {hm(start)} - {hm(end)} EST
Interviewer: Lorraine Abernathy, Director, People Partnerships

Location: Zoom
https://halyardmutual.zoom.us/j/84190236655?pwd=Qk5aR0xYeWZpN3d0
Meeting ID: 841 9023 6655
Passcode: 551874

A calendar invitation is attached. If you need to reschedule or need any accommodations, reply
to this email and I'll take care of it.

Best regards,
Dana Ferreira
Recruiting Coordinator, Halyard Mutual Insurance
"""
    day(start, "Tuesday")
    html_body = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Maribel,</p>
<p>Thank you for your interest in the <strong>{role}</strong> role at Halyard Mutual Insurance! We&#39;re excited to confirm your interview. Details are below.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Interview</b></td><td>Hiring Manager Interview</td></tr>
<tr><td><b>Date</b></td><td>{longdate(start)}</td></tr>
<tr><td><b>Time</b></td><td>{hm(start)} - {hm(end)} EST</td></tr>
<tr><td><b>Interviewer</b></td><td>Lorraine Abernathy, Director, People Partnerships</td></tr>
<tr><td><b>Location</b></td><td>Zoom<br><a href="https://halyardmutual.zoom.us/j/84190236655?pwd=Qk5aR0xYeWZpN3d0">https://halyardmutual.zoom.us/j/84190236655?pwd=Qk5aR0xYeWZpN3d0</a><br>Meeting ID: 841 9023 6655<br>Passcode: 551874</td></tr>
</table>
<p>A calendar invitation is attached. If you need to reschedule or need any accommodations, reply to this email and I&#39;ll take care of it.</p>
<p>Best regards,<br>Dana Ferreira<br>Recruiting Coordinator, Halyard Mutual Insurance</p>
<img src="https://app.greenhouse.io/email_tracking/open/8a1f0c2e7d.gif" width="1" height="1" alt="">
</body></html>
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Greenhouse//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:greenhouse-interview-31877204-5590213@greenhouse.io",
                f"DTSTAMP:{z(d)}", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
                "SUMMARY:Interview with Halyard Mutual Insurance - HR Business Partner",
                "DESCRIPTION:" + esc("Hiring Manager Interview with Lorraine Abernathy, Director, People "
                                     "Partnerships.\nZoom: https://halyardmutual.zoom.us/j/84190236655?pwd=Qk5aR0xYeWZpN3d0\n"
                                     "Questions? Reply to Dana Ferreira (dana.ferreira@halyard-mutual.example)"),
                "LOCATION:https://halyardmutual.zoom.us/j/84190236655?pwd=Qk5aR0xYeWZpN3d0",
                f"ORGANIZER;CN=Dana Ferreira:mailto:{coord[1]}",
                att(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
                "END:VEVENT", "END:VCALENDAR"])
    alt = multi_part("alternative", "--==_mimepart_67b4a1f7c2e3d_1a2f3c4d5e80a", [
        leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        leaf("text/html; charset=UTF-8", html_body, "quoted-printable")])
    headers = [("Delivered-To", OWNER),
               received("o7.email.greenhouse.io", "167.89.66.21", "c90e1ab4d2", OWNER, d),
               ("Return-Path", "<bounces+1918273-a0c1-maribel.castellanos=example.com@em.greenhouse.io>"),
               ("From", "Dana Ferreira <no-reply@greenhouse.io>"),
               ("Reply-To", f"{coord[0]} <{coord[1]}>"), ("To", OWNER),
               ("Subject", "Interview Confirmation: HR Business Partner at Halyard Mutual Insurance"),
               ("Date", rfc(d)), ("Message-ID", "<67b4a1f7c2e3d_1a2f3c4d5e80a@greenhouse-mailer-7d9f.mail>"),
               ("X-SG-EID", "u001.7Hk2mQxZp0cY1wE3nR5tA")]
    m = mp_eml(headers, "mixed", "--==_mimepart_67b4a1f7b9a10_1a2f3c4d5e7f1",
               [alt.rstrip("\n") + "\n",
                leaf('text/calendar; charset=UTF-8; method=REQUEST; name=invite.ics', ics, "base64",
                     ['Content-Disposition: attachment; filename=invite.ics'])])
    return [("01-greenhouse-interview-confirmation.eml", m)], [
        iv("Halyard Mutual Insurance", role, start, end, "scheduled", [], [coord[1]], "hiring_manager")]


# --------------------------------------------------------------------------- 04
@case("b212-04-greenhouse-interview-kit-reminder", "hard", "negative/interviewer-reminder",
      "Greenhouse interviewer reminder with interview kit and scorecard link, sent to the owner's "
      "work address (forwarded): she interviews a candidate. Not her interview.")
def c04():
    d = t(2026, 3, 10, 13, 0, 12)
    cstart = t(2026, 3, 11, 13, 0)
    cend = t(2026, 3, 11, 13, 45)
    day(cstart, "Wednesday")
    text = f"""Hi Maribel,

You have an upcoming interview:

Candidate: Kiara Lindsey-Moss
Job: Payroll & Benefits Specialist (Brightwater Logistics)
Interview: HR Screen - Culture & Benefits Knowledge
When: {longdate(cstart)}, {hm(cstart)} - {hm(cend)} EDT
Where: Google Meet - https://meet.google.com/vtq-hmzd-kro

Your interview kit is ready. It includes the candidate's resume, the focus attributes for this
interview (Benefits Administration, Attention to Detail, Communication) and suggested questions.

Open interview kit: https://app.greenhouse.io/guides/88213457/people/61029384?application_id=77410263

Please submit your scorecard within 24 hours of the interview so the hiring team can move
quickly.

Other interviewers: Pamela Rourke (Payroll Manager)

- Greenhouse

You're receiving this because you are on the interview panel for this candidate. Manage
notification settings: https://app.greenhouse.io/notification_settings
"""
    headers = [("Delivered-To", OWNER),
               received("o3.email.greenhouse.io", "167.89.66.18", "d55a0e8b1f", OWNER, d)] + forwarded_hdrs() + [
        ("Return-Path", "<bounces+1918273-77bb-mcastellanos=brightwater-logistics.example@em.greenhouse.io>"),
        ("From", "Greenhouse <no-reply@greenhouse.io>"), ("To", WORK),
        ("Subject", f"Reminder: You're interviewing Kiara Lindsey-Moss tomorrow at {hms(cstart)}"),
        ("Date", rfc(d)), ("Message-ID", "<67ce1a0c3f2b7_5d1e2a9b4c21@greenhouse-mailer-2b8c.mail>")]
    m = mp_eml(headers, "alternative", "--==_mimepart_67ce1a0c3e8f4_5d1e2a9b4c20",
               [leaf("text/plain; charset=UTF-8", text, "7bit"),
                leaf("text/html; charset=UTF-8", to_html(text), "quoted-printable")])
    return [("01-greenhouse-interviewer-reminder.eml", m)], []


# --------------------------------------------------------------------------- 05
@case("b212-05-workday-interview-across-dst", "hard", "positive/ats-workday-dst",
      "Workday notification sent Thu Mar 5 (EST, -05:00) for Wed Mar 11 9:30 AM Eastern, which is "
      "after the Mar 8 DST switch -> -04:00. .ics uses TZID America/New_York with VTIMEZONE. "
      "Interviewer named without address; follow-up to the recruiter address given in the text.")
def c05():
    rec = ("Shanice Whitaker", "shanice.whitaker@cumberland-health.example")
    d = t(2026, 3, 5, 16, 22, 40)
    start = t(2026, 3, 11, 9, 30)
    end = t(2026, 3, 11, 10, 30)
    assert d.utcoffset().total_seconds() == -5 * 3600 and start.utcoffset().total_seconds() == -4 * 3600
    role = "Human Resources Business Partner - Nursing Services"
    html_body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<p>Dear Maribel Castellanos,</p>
<p>Thank you for your interest in Cumberland Regional Health. An interview has been scheduled for the <b>{role}</b> position (R0041178).</p>
<p><b>Interview Details</b><br>
Date: {longdate(start)}<br>
Time: {hm(start)} - {hm(end)} (Eastern Time)<br>
Interview Type: Video - Microsoft Teams (link in the attached calendar invitation)<br>
Interviewer(s): Gwendolyn Achebe, Director, HR Business Partnerships</p>
<p>Please log in to your candidate home page to review the details: <a href="https://wd5.myworkdayjobs.example/cumberland/userHome">Candidate Home</a></p>
<p>If you have questions or need to reschedule, please contact your recruiter, Shanice Whitaker, at {rec[1]} or 615-555-0172.</p>
<p>Sincerely,<br>Talent Acquisition<br>Cumberland Regional Health</p>
<p style="font-size:11px;color:#777">This is a system-generated message from Workday. Please do not reply to this email.</p>
</td></tr></table></body></html>
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//EN",
                "METHOD:REQUEST"] + VTZ_NY + [
                "BEGIN:VEVENT", f"UID:INTERVIEW_EVENT-6-8841273@cumberlandhealth.workday",
                f"DTSTAMP:{z(d)}", f"DTSTART;TZID=America/New_York:{loc(start)}",
                f"DTEND;TZID=America/New_York:{loc(end)}",
                "SUMMARY:Interview - Human Resources Business Partner - Nursing Services (R0041178)",
                "DESCRIPTION:" + esc("Interviewer(s): Gwendolyn Achebe\nJoin Microsoft Teams meeting: "
                                     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk3%40thread.v2/0\n"
                                     "Recruiter: Shanice Whitaker"),
                "LOCATION:Microsoft Teams",
                "ORGANIZER;CN=Cumberland Regional Health:mailto:cumberlandhealth@myworkday.com",
                att(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    headers = [("Delivered-To", OWNER),
               received("smtp-out-7.myworkday.com", "159.92.160.27", "e4b2c81d90", OWNER, d),
               ("Return-Path", "<cumberlandhealth@myworkday.com>"),
               ("From", "Cumberland Regional Health <cumberlandhealth@myworkday.com>"),
               ("To", OWNER),
               ("Subject", f"Interview Scheduled for {role}"),
               ("Date", rfc(d)), ("Message-ID", "<1404876339.88211.1772745760211@wd5-prod-mail03>")]
    m = mp_eml(headers, "mixed", "----=_Part_88210_1771203345.1772745760210",
               [leaf("text/html; charset=UTF-8", html_body, "base64"),
                leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', ics, "base64",
                     ['Content-Disposition: attachment; filename="Interview.ics"'])])
    return [("01-workday-interview-scheduled.eml", m)], [
        iv("Cumberland Regional Health", role, start, end, "scheduled", [], [rec[1]], "hiring_manager")]


# --------------------------------------------------------------------------- 06
@case("b212-06-icims-phone-screen-ics", "medium", "positive/ats-icims",
      "iCIMS phone interview confirmation: HTML-only body (quoted-printable) plus .ics in UTC; "
      "Reply-To is the TA manager who conducts the phone screen.")
def c06():
    rec = ("Kendra Oyelaran", "kendra.oyelaran@tidewater-packaging.example")
    d = t(2026, 3, 9, 10, 5, 17)
    start = t(2026, 3, 13, 11, 0)
    end = t(2026, 3, 13, 11, 30)
    day(start, "Friday")
    role = "Senior HR Business Partner"
    html_body = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Phone Interview Confirmation</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="600" align="center" style="background:#ffffff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1f2933">
<tr><td style="padding:24px"><img src="https://careers-tidewaterpackaging.icims.com/logo.png" alt="Tidewater Packaging Co." height="40"></td></tr>
<tr><td style="padding:0 24px">
<p>Hello Maribel,</p>
<p>Thank you for scheduling a phone interview for the <strong>{role}</strong> position (Job ID 2026-1187) at Tidewater Packaging Co.</p>
<p><strong>Date:</strong> {longdate(start)}<br>
<strong>Time:</strong> {hm(start)} (GMT-04:00) Eastern Time (US &amp; Canada)<br>
<strong>Duration:</strong> 30 minutes<br>
<strong>Interviewer:</strong> Kendra Oyelaran, Talent Acquisition Manager</p>
<p>Kendra will call you at the phone number on your candidate profile (***-***-0147). If you need to update your number or reschedule, please reply to this message.</p>
<p>We look forward to speaking with you!</p>
<p>Tidewater Packaging Co. Talent Acquisition</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#8a94a6">Powered by iCIMS. This message was sent to {OWNER} regarding your application for Job ID 2026-1187.</td></tr>
</table></body></html>
"""
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//iCIMS//Interview Scheduling//EN", "VERSION:2.0",
                "METHOD:REQUEST", "BEGIN:VEVENT",
                "UID:icims-ev-2026-1187-0048817@tidewaterpackaging.icims.com",
                f"DTSTAMP:{z(d)}", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
                "SUMMARY:Phone Interview - Senior HR Business Partner - Tidewater Packaging Co.",
                "DESCRIPTION:" + esc("Kendra Oyelaran will call you at the number on your profile."),
                "LOCATION:Phone", f"ORGANIZER;CN=Kendra Oyelaran:mailto:{rec[1]}",
                att(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    headers = [("Delivered-To", OWNER),
               received("mta-112.icims.com", "64.34.52.112", "f1a7c3e02b", OWNER, d),
               ("Return-Path", "<bounce-2026-1187-48817@talent.icims.com>"),
               ("From", "Tidewater Packaging Co. <tidewaterpackaging@talent.icims.com>"),
               ("Reply-To", f"{rec[0]} <{rec[1]}>"), ("To", f"Maribel Castellanos <{OWNER}>"),
               ("Subject", "Phone Interview Confirmation - Senior HR Business Partner (2026-1187)"),
               ("Date", rfc(d)), ("Message-ID", "<icims.0048817.1773065117@talent.icims.com>")]
    m = mp_eml(headers, "mixed", "=_icims_3f0c9a1b7e2d",
               [leaf("text/html; charset=utf-8", html_body, "quoted-printable"),
                leaf('text/calendar; charset=utf-8; method=REQUEST; name="PhoneInterview.ics"', ics, "base64",
                     ['Content-Disposition: attachment; filename="PhoneInterview.ics"'])])
    return [("01-icims-phone-interview-confirmation.eml", m)], [
        iv("Tidewater Packaging Co.", role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")]


# --------------------------------------------------------------------------- 07
@case("b212-07-greenhouse-scorecard-request", "medium", "negative/scorecard-request",
      "Greenhouse asks the owner (as interviewer) to submit a scorecard for a candidate she "
      "interviewed that afternoon. Past, not hers.")
def c07():
    d = t(2026, 3, 16, 15, 10, 2)
    cstart = t(2026, 3, 16, 14, 0)
    day(cstart, "Monday")
    text = f"""Hi Maribel,

Please submit your scorecard for Jonah Pereira-Watts.

Job: Warehouse Operations Supervisor (Brightwater Logistics)
Interview: HR Interview - Leadership & Safety Culture
Interviewed: Monday, March 16, 2026 at {hm(cstart)} EDT

Submit scorecard: https://app.greenhouse.io/people/61044721/applications/77490018/scorecards/new?interview_id=48811302

Hiring manager Curtis Bellamy is waiting on feedback before deciding on next steps. Scorecards
are due within 24 hours.

- Greenhouse
"""
    headers = [("Delivered-To", OWNER),
               received("o2.email.greenhouse.io", "167.89.66.17", "g7d1e2a55c", OWNER, d)] + forwarded_hdrs() + [
        ("Return-Path", "<bounces+1918273-91ce-mcastellanos=brightwater-logistics.example@em.greenhouse.io>"),
        ("From", "Greenhouse <no-reply@greenhouse.io>"), ("To", WORK),
        ("Subject", "Scorecard due: Jonah Pereira-Watts - Warehouse Operations Supervisor"),
        ("Date", rfc(d)), ("Message-ID", "<67d8d4a2aa01c_77e2c9f0d3a8@greenhouse-mailer-2b8c.mail>")]
    m = mp_eml(headers, "alternative", "--==_mimepart_67d8d4a2a9f77_77e2c9f0d3a7",
               [leaf("text/plain; charset=UTF-8", text, "7bit"),
                leaf("text/html; charset=UTF-8", to_html(text), "quoted-printable")])
    return [("01-greenhouse-scorecard-due.eml", m)], []


# --------------------------------------------------------------------------- 08
@case("b212-08-google-invite-plus-recruiter-email", "medium", "positive/dedupe-email-and-invite",
      "Recruiter e-mail announcing the hiring-manager interview (Thursday 3/19 4pm ET, 45 min) plus "
      "the Google Calendar invitation for the same meeting -> ONE interview. Recruiter is organizer "
      "and says she won't join; interviewer is the VP People.")
def c08():
    rec = ("Asha Devereaux", "asha@fernbrook.example")
    hmgr = ("Colin Mbeki", "colin.mbeki@fernbrook.example")
    d1 = t(2026, 3, 16, 10, 20, 55)
    d2 = t(2026, 3, 16, 10, 24, 9)
    start = t(2026, 3, 19, 16, 0)
    end = t(2026, 3, 19, 16, 45)
    role = "Senior People Partner, Go-To-Market"
    body = f"""Hi Maribel,

Great news \u2014 Colin (our VP of People, and the hiring manager for the Senior People Partner,
Go-To-Market role) really enjoyed reading your notes from the screen and would love to meet you.

I've put 45 minutes on the calendar for {day(start, "Thursday")}, {mdy(start)} at {hms(start)} ET on Google Meet \u2014 the invite
should land in your inbox in a minute. I won't be on this one; it's just you and Colin. He'll want
to hear about the sales-org reorg you supported and how you partner with front-line managers.

Let me know if that time doesn't work and I'll find another.

Asha

--
Asha Devereaux | Talent Partner | Fernbrook
fernbrook.example/careers
"""
    m1 = mp_eml([("Delivered-To", OWNER),
                 received("mail-pl1-f182.google.com", "209.85.214.182", "h3c9a0e7d4", OWNER, d1),
                 ("Return-Path", f"<{rec[1]}>"), ("From", f"{rec[0]} <{rec[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"), ("Cc", f"{hmgr[0]} <{hmgr[1]}>"),
                 ("Subject", "Next step: meet Colin (Fernbrook)"), ("Date", rfc(d1)),
                 ("Message-ID", "<CAO9fe7Lm2wq-Ashd3vrx1=kT0@mail.gmail.com>")],
                "alternative", "0000000000004e1b9a0649d1c3f2",
                [leaf('text/plain; charset="UTF-8"', body, "quoted-printable"),
                 leaf('text/html; charset="UTF-8"', to_html(body), "quoted-printable")])
    desc = ("45-minute conversation with Colin Mbeki (VP People) for the Senior People Partner, "
            "Go-To-Market role. Questions before then? Reach Asha at asha@fernbrook.example.")
    m2 = google_invite(date=d2, mid="<calendar-5a1d7e90-3c4b-4d2e-8f61-0b9e2c7a4d13@google.com>",
                       organizer=rec,
                       attendees=[(rec[0], rec[1], "ACCEPTED"), (hmgr[0], hmgr[1], "ACCEPTED"),
                                  (None, OWNER, "NEEDS-ACTION")],
                       summary="Maribel Castellanos <> Colin Mbeki (Fernbrook)", start=start, end=end,
                       description=desc, uid="2v8k1q0pd7h3mfe9sa4tcb6n1o@google.com", created=d2,
                       meet="pxr-qmbt-zwa", meet_phone=("+1 470-555-0199", "318 552 907#"),
                       bnd="000000000000a19f3c0649d1c4", recv=received(
                           "mail-sor-f69.google.com", "209.85.220.69", "i8e2b7f1c0", OWNER, d2),
                       eid="MnY4azFxMHBkN2gzbWZlOXNhNHRjYjZuMW8gbWFyaWJlbC5jYXN0ZWxsYW5vc0BleGFtcGxlLmNvbQ")
    items = [("01-next-step-meet-colin.eml", m1), ("02-invitation-colin-mbeki.eml", m2)]
    return items, [iv("Fernbrook", role, start, end, "scheduled", [hmgr[1]], [hmgr[1]], "hiring_manager")]


# --------------------------------------------------------------------------- 09
@case("b212-09-teams-hr-leadership-panel-rescheduled", "hard", "positive/reschedule-panel-dst",
      "Exchange/Teams invite for an HR leadership panel on Fri Mar 6 1:00 PM EST; coordinator e-mail "
      "moves it; updated invite (SEQUENCE 1, same UID) for Tue Mar 10 10:30-11:45 with Windows TZID "
      "'Eastern Standard Time' and an '(UTC-05:00)' display label although Mar 10 is EDT (-04:00). "
      "Three panelists -> kind onsite; coordinator only schedules.")
def c09():
    coord = ("Monique Tran", "monique.tran@kestrel-aviation.example")
    pan = [("Rhonda Vasquez-Hale", "rvasquezhale@kestrel-aviation.example"),
           ("Desmond Achterberg", "dachterberg@kestrel-aviation.example"),
           ("Leah Kowalczyk", "lkowalczyk@kestrel-aviation.example")]
    owner = (OWNER_NAME, OWNER)
    d1 = t(2026, 3, 3, 14, 30, 21)
    d2 = t(2026, 3, 5, 9, 15, 40)
    d3 = t(2026, 3, 5, 9, 18, 2)
    s0, e0 = t(2026, 3, 6, 13, 0), t(2026, 3, 6, 14, 15)
    s1, e1 = t(2026, 3, 10, 10, 30), t(2026, 3, 10, 11, 45)
    assert s0.utcoffset() != s1.utcoffset()
    role = "Senior HR Business Partner - Maintenance & Engineering"
    subject = "HR Leadership Panel: Maribel Castellanos - Senior HR Business Partner"
    intro = f"""Hi Maribel,

Please find the invite for your panel interview for the {role} role. You'll meet with:

- Rhonda Vasquez-Hale, Chief Human Resources Officer
- Desmond Achterberg, VP, Total Rewards
- Leah Kowalczyk, Director, HR Operations

The panel will spend about an hour on a case discussion (a practical employee relations scenario
from one of our maintenance hangars) and leave 15 minutes for your questions. I'm
coordinating and won't be on the call.

Thank you,
Monique Tran
Talent Acquisition Coordinator | Kestrel Aviation Services
"""
    attendees = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")] + [(n, e, "REQ-PARTICIPANT") for n, e in pan]
    to = [owner] + pan
    uid = ("040000008200E00074C5B7101A82E00800000000C0F1D83B9EA8DC01000000000000000010000000"
           "5E2A7C1B9D4F3E48A61B0C2D7E9F4A13")
    m1 = outlook_invite(date=d1, mid="<SA1PR14MB7326E09D2A5F44C1B3E8@SA1PR14MB7326.namprd14.prod.outlook.com>",
                        sender=coord, to=to, subject=subject, start=s0, end=e0, intro=intro, uid=uid, seq=0,
                        attendees=attendees, bnd="_000_SA1PR14MB7326E09D2A5F44C1B3E8SA1PR14MB7326namp_",
                        recv=received("NAM04-SA1-obe.outbound.protection.outlook.com", "40.107.101.72",
                                      "j0f5c2d8e1", OWNER, d1),
                        thread_index="AdqLq2k9Vx0sYv7bQeOa3h1ZPfG1nA==", meeting_id="233 901 448 127",
                        passcode="Xq7Rk2", tid="MzU0NWE3YjEtOWQ0Zi00ZDcxLWE4MmUtNmYwYTQ3")
    day(s0, "Friday"); day(s1, "Tuesday")
    body2 = f"""Hi Maribel,

I'm sorry for the shuffle \u2014 Rhonda has been pulled into a board meeting on Friday afternoon, so
we need to move your panel. Could you do Tuesday, March 10 at 10:30 AM instead? Same panel, same
75 minutes. Unless I hear otherwise I'll send the updated invite now and the Friday slot will
drop off your calendar.

Thanks for your flexibility!
Monique

Monique Tran
Talent Acquisition Coordinator | Kestrel Aviation Services
"""
    m2 = mp_eml([("Delivered-To", OWNER),
                 received("NAM04-SA1-obe.outbound.protection.outlook.com", "40.107.101.75", "k4e9b1a7c2", OWNER, d2),
                 ("Return-Path", f"<{coord[1]}>"), ("From", f"{coord[0]} <{coord[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"), ("Subject", "Panel interview - new time"),
                 ("Thread-Topic", "Panel interview - new time"), ("Thread-Index", "AdqMyE4c0bTq1pLkR3WsnQ8uXc2Yhw=="),
                 ("Date", rfc(d2.astimezone(UTC))), ("Message-ID", "<SA1PR14MB7326F1B04C9E@SA1PR14MB7326.namprd14.prod.outlook.com>"),
                 ("Content-Language", "en-US")],
                "alternative", "_000_SA1PR14MB7326F1B04C9ESA1PR14MB7326namp_",
                [leaf('text/plain; charset="us-ascii"', body2.replace("\u2014", "-"), "quoted-printable"),
                 leaf('text/html; charset="us-ascii"', to_html(body2.replace("\u2014", "-"), "Aptos,Calibri,sans-serif", "11pt"),
                      "quoted-printable")])
    m3 = outlook_invite(date=d3, mid="<SA1PR14MB7326A7D3E10F5B@SA1PR14MB7326.namprd14.prod.outlook.com>",
                        sender=coord, to=to, subject=subject, start=s1, end=e1, intro=intro, uid=uid, seq=1,
                        attendees=attendees, bnd="_000_SA1PR14MB7326A7D3E10F5BSA1PR14MB7326namp_",
                        recv=received("NAM04-SA1-obe.outbound.protection.outlook.com", "40.107.101.72",
                                      "l1c7d0f3a9", OWNER, d3),
                        thread_index="AdqLq2k9Vx0sYv7bQeOa3h1ZPfG1nAAC4Tq0", meeting_id="233 901 448 127",
                        passcode="Xq7Rk2", tid="MzU0NWE3YjEtOWQ0Zi00ZDcxLWE4MmUtNmYwYTQ3")
    items = [("01-panel-invite.eml", m1), ("02-panel-new-time.eml", m2), ("03-panel-invite-updated.eml", m3)]
    emails = [e for _, e in pan]
    return items, [iv("Kestrel Aviation Services", role, s1, e1, "scheduled", emails, emails, "onsite")]


# --------------------------------------------------------------------------- 10
@case("b212-10-panel-she-sits-on-teams", "hard", "negative/user-on-hiring-panel",
      "Teams invite from a Brightwater manager to an interview panel for an external candidate; the "
      "owner (HR) is a panelist. Forwarded from her work mailbox. Not her interview.")
def c10():
    org = ("Curtis Bellamy", "cbellamy@brightwater-logistics.example")
    others = [("Maribel Castellanos", WORK), ("Raymond Okafor", "rokafor@brightwater-logistics.example")]
    d = t(2026, 4, 6, 8, 50, 33)
    s, e = t(2026, 4, 9, 13, 0), t(2026, 4, 9, 14, 30)
    day(s, "Thursday")
    subject = "Panel Interview: Sofia Arredondo - Fleet Maintenance Manager"
    intro = """Team,

Sofia Arredondo is coming in for the Fleet Maintenance Manager panel. She's currently a shop
supervisor at a regional carrier in Macon. Split of topics:

- Curtis: technical / DOT compliance, PM program
- Raymond: dispatch coordination and uptime
- Maribel (HR): leadership style, safety culture, comp expectations

Resume and interview guide are in Greenhouse. Please have scorecards in by end of day Friday.
Sofia will be onsite in Conference Room B; Teams link is for Raymond, who is at the Savannah yard.

Thanks,
Curtis Bellamy
Director, Fleet Operations | Brightwater Logistics
"""
    attendees = [(n, e_, "REQ-PARTICIPANT") for n, e_ in others]
    m = outlook_invite(date=d, mid="<BL1PR08MB4412C3D7F90A21@BL1PR08MB4412.namprd08.prod.outlook.com>",
                       sender=org, to=others, subject=subject, start=s, end=e, intro=intro,
                       uid="040000008200E00074C5B7101A82E008000000004B1E2C7F53C6DC0100000000000000001000000077A1C04E2B5D9F41BC0E8D31A6F20C55",
                       seq=0, attendees=attendees, bnd="_000_BL1PR08MB4412C3D7F90A21BL1PR08MB4412namp_",
                       recv=received("mail-oo1-f42.google.com", "209.85.161.42", "m8a3f6b0d1", OWNER, d),
                       thread_index="AdrGb1n6mLQ0YcW8T9e3QkU4s0Jm7w==", meeting_id="271 660 384 019",
                       passcode="Ht4Wz9", tid="YTc0ZTJmNDEtMGI1Yy00YjI2LWE3NDItZGU5OWMx",
                       extra_headers=forwarded_hdrs(),
                       location="Conference Room B - Fulton Industrial; Microsoft Teams Meeting")
    return [("01-panel-interview-sofia-arredondo.eml", m)], []


# --------------------------------------------------------------------------- 11
@case("b212-11-google-invite-then-cancelled", "medium", "positive/cancellation",
      "Google invite for Wed Mar 25 11:00 EDT, then the recruiter writes that the search is paused and "
      "a 'Canceled event' (METHOD:CANCEL, SEQUENCE 1) follows -> one interview, status cancelled, "
      "at its scheduled time.")
def c11():
    rec = ("Jasmine Kerr-Whitlock", "jkerrwhitlock@magnoliarow.example")
    hmgr = ("Bernard Oduya", "bernard.oduya@magnoliarow.example")
    d1 = t(2026, 3, 18, 15, 2, 16)
    d2 = t(2026, 3, 23, 8, 41, 50)
    d3 = t(2026, 3, 23, 8, 44, 5)
    start, end = t(2026, 3, 25, 11, 0), t(2026, 3, 25, 11, 45)
    day(start, "Wednesday"); day(d2, "Monday")
    role = "HR Business Partner"
    summary = "HRBP interview - Maribel Castellanos / Bernard Oduya"
    desc = ("Interview for the HR Business Partner role (supporting our 9 communities in metro Atlanta). "
            "Bernard Oduya, Regional VP of Operations, will lead the conversation. "
            "Coordinator: Jasmine Kerr-Whitlock")
    atts = [(rec[0], rec[1], "ACCEPTED"), (hmgr[0], hmgr[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    uid = "6fj0ql2m8e3v1c7b9r5hk4dsa2@google.com"
    eid = "NmZqMHFsMm04ZTN2MWM3YjlyNWhrNGRzYTIgbWFyaWJlbC5jYXN0ZWxsYW5vc0BleGFtcGxlLmNvbQ"
    m1 = google_invite(date=d1, mid="<calendar-b7c20e14-9d3a-4f58-a6e1-2c4f8d90b3e7@google.com>",
                       organizer=rec, attendees=atts, summary=summary, start=start, end=end, description=desc,
                       uid=uid, created=d1, meet="wbk-ytxn-qfe", bnd="0000000000009d2e7b064a11e0",
                       recv=received("mail-sor-f73.google.com", "209.85.220.73", "n5b1e8c2f7", OWNER, d1), eid=eid)
    body2 = f"""Hi Maribel,

I'm really sorry to be sending this. Late Friday our leadership team decided to pause the HR Business
Partner search while we finish integrating the two communities we acquired in January, so we need to
cancel Wednesday's conversation with Bernard. I'll remove the calendar hold.

This has nothing to do with your candidacy \u2014 Bernard was looking forward to meeting you. If the
role reopens in the summer I'll reach out to you first.

Warmly,
Jasmine

Jasmine Kerr-Whitlock
Talent Acquisition Manager | Magnolia Row Senior Living
"""
    m2 = mp_eml([("Delivered-To", OWNER),
                 received("mail-qt1-f170.google.com", "209.85.160.170", "o2c8f4a1d6", OWNER, d2),
                 ("Return-Path", f"<{rec[1]}>"), ("From", f"{rec[0]} <{rec[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"),
                 ("Subject", "Update on the HR Business Partner role"), ("Date", rfc(d2)),
                 ("Message-ID", "<CAK4mRow8dQ1-j2ZbVx0w+Hn4tE@mail.gmail.com>")],
                "alternative", "000000000000e41c8a064a5f21c7",
                [leaf('text/plain; charset="UTF-8"', body2, "quoted-printable"),
                 leaf('text/html; charset="UTF-8"', to_html(body2), "quoted-printable")])
    m3 = google_invite(date=d3, mid="<calendar-0e9f1a7c-52b8-4c3d-9e2a-71d4b6f08c25@google.com>",
                       organizer=rec, attendees=atts, summary=summary, start=start, end=end, description=desc,
                       uid=uid, created=d1, seq=1, kind="Canceled event", meet="wbk-ytxn-qfe",
                       bnd="000000000000f1a83c064a5f2d",
                       recv=received("mail-sor-f73.google.com", "209.85.220.73", "p9d3a6e0b4", OWNER, d3), eid=eid)
    items = [("01-invitation-hrbp-interview.eml", m1), ("02-update-on-the-role.eml", m2),
             ("03-canceled-event-hrbp-interview.eml", m3)]
    return items, [iv("Magnolia Row Senior Living", role, start, end, "cancelled", [hmgr[1]], [hmgr[1]],
                      "hiring_manager")]


# --------------------------------------------------------------------------- 12
@case("b212-12-candidate-reschedule-request", "hard", "negative/candidate-reschedule-request",
      "A candidate asks the owner (HR at Brightwater, via her forwarded work address) to move HIS "
      "interview from tomorrow 9:00 to Friday or Monday. Reschedule vocabulary, but she is the "
      "interviewer side.")
def c12():
    cand = ("Tomasz Wierzbicki", "t.wierzbicki@letterbox.example")
    d = t(2026, 3, 31, 7, 55, 19)
    cstart = t(2026, 4, 1, 9, 0)
    day(d, "Tuesday"); day(cstart, "Wednesday")
    body = f"""Good morning Maribel,

I'm very sorry for the short notice. My current manager just scheduled a mandatory forklift
recertification for tomorrow morning, which overlaps with my interview for the Inventory Control
Lead position (Wednesday at 9:00 with you and Mr. Okafor).

Would it be possible to move my interview to Friday morning, or any time on Monday? I'm really
interested in the role and don't want to miss the chance to meet the team.

Thank you for understanding,
Tomasz Wierzbicki
(678) 555-0164

Sent from my iPhone
"""
    headers = [("Delivered-To", OWNER),
               received("st43p00im-ztdg10073201.me.letterbox.example", "17.58.63.178", "q6e0b2d9a1", OWNER, d)] + forwarded_hdrs() + [
        ("Return-Path", f"<{cand[1]}>"), ("From", f"{cand[0]} <{cand[1]}>"), ("To", WORK),
        ("Subject", "Request to reschedule interview - Inventory Control Lead"), ("Date", rfc(d)),
        ("Message-Id", "<4E7B1C2A-9F3D-4B8E-A1C6-0D2F5E8B7A93@letterbox.example>"),
        ("X-Mailer", "iPhone Mail (22D82)")]
    m = eml(headers, "text/plain; charset=us-ascii", body, "7bit")
    return [("01-request-to-reschedule-interview.eml", m)], []


# --------------------------------------------------------------------------- 13
@case("b212-13-same-day-onsite-four-ics", "hard", "positive/onsite-loop",
      "Coordinator itinerary e-mail plus four standalone Exchange .ics files (one per session) for an "
      "in-person loop on Thu Apr 2: 9:00-9:45, 10:00-10:45, 11:00-11:45, lunch with the People team "
      "12:00-1:00 (no invite), 1:15-2:00. ONE onsite 9:00-14:00 EDT with the four interviewers; "
      "coordinator excluded.")
def c13():
    coord = ("Tamsin Boateng", "tboateng@chatsworth-textile.example")
    d = t(2026, 3, 27, 12, 10, 37)
    sessions = [
        ("Everett Caldwell", "ecaldwell@chatsworth-textile.example", "VP, Human Resources (hiring manager)",
         t(2026, 4, 2, 9, 0), t(2026, 4, 2, 9, 45)),
        ("Noor Haddad", "nhaddad@chatsworth-textile.example", "HR Business Partner, Corporate",
         t(2026, 4, 2, 10, 0), t(2026, 4, 2, 10, 45)),
        ("Luis Ferreira-Kane", "lferreirakane@chatsworth-textile.example", "Director, Plant Operations",
         t(2026, 4, 2, 11, 0), t(2026, 4, 2, 11, 45)),
        ("Dolores Whitcombe", "dwhitcombe@chatsworth-textile.example", "Chief Financial Officer",
         t(2026, 4, 2, 13, 15), t(2026, 4, 2, 14, 0)),
    ]
    lunch = (t(2026, 4, 2, 12, 0), t(2026, 4, 2, 13, 0))
    day(sessions[0][3], "Thursday")
    role = "HR Business Partner - Manufacturing"
    addr = "Chatsworth Textile Group, 3350 Riverwood Pkwy SE, Suite 1400, Atlanta, GA 30339"
    sched = "\n".join(
        [f"{hm(s)} - {hm(e)}   {n}, {title}" for n, _, title, s, e in sessions[:3]]
        + [f"{hm(lunch[0])} - {hm(lunch[1])}   Lunch with the People team (casual, on us)"]
        + [f"{hm(s)} - {hm(e)}   {n}, {title}" for n, _, title, s, e in sessions[3:]])
    body = f"""Hi Maribel,

We're excited to host you onsite for the {role} role! Here is your itinerary for
{longdate(sessions[0][3])}. Each interviewer will send (or already sent) a calendar hold for their
session.

{sched}

Location: {addr}. Visitor parking is in the deck off Riverwood Pkwy; take the elevator to 14 and
ask for me at reception. Please arrive around 8:45 so we can get your badge printed.

Dress is business casual. If you have any dietary restrictions for lunch, just let me know.

See you soon,
Tamsin Boateng
Recruiting Coordinator | Chatsworth Textile Group
o 770-555-0125
"""
    m = mp_eml([("Delivered-To", OWNER),
                received("NAM10-DM6-obe.outbound.protection.outlook.com", "40.107.93.54", "r3a9c1f7e2", OWNER, d),
                ("Return-Path", f"<{coord[1]}>"), ("From", f"{coord[0]} <{coord[1]}>"),
                ("To", f"Maribel Castellanos <{OWNER}>"),
                ("Subject", "Your onsite itinerary - Thursday, April 2"),
                ("Thread-Topic", "Your onsite itinerary - Thursday, April 2"),
                ("Thread-Index", "AdrQ0mX1Ff6a8kQ2Tm2bYw7pJc3Hfg=="),
                ("Date", rfc(d.astimezone(UTC))),
                ("Message-ID", "<DM6PR10MB3481B9E2C7D1@DM6PR10MB3481.namprd10.prod.outlook.com>"),
                ("Content-Language", "en-US")],
               "alternative", "_000_DM6PR10MB3481B9E2C7D1DM6PR10MB3481namp_",
               [leaf('text/plain; charset="us-ascii"', body, "quoted-printable"),
                leaf('text/html; charset="us-ascii"', to_html(body, "Aptos,Calibri,sans-serif", "11pt"),
                     "quoted-printable")])
    items = [("01-onsite-itinerary.eml", m)]
    for i, (n, e, title, s, en) in enumerate(sessions):
        last = n.split()[-1].lower()
        desc = (f"Onsite interview: Maribel Castellanos - {role}\n{n}, {title}\n"
                f"Coordinator: Tamsin Boateng ({coord[1]})")
        ics = outlook_ics(method="REQUEST", organizer=coord,
                          attendees=[(n, e, "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                          summary=f"Onsite Interview: Maribel Castellanos / {n}", description=desc,
                          uid=f"040000008200E00074C5B7101A82E0080000000091C2D4A1E7BEDC01000000000000000010000000{i:02d}3F8B6E1C9A",
                          start=s, end=en, stamp=d, seq=0, location=addr, owner_appt=f"-20{i}8344511")
        items.append((f"{i + 2:02d}-onsite-{last}.ics", ics))
    emails = [e for _, e, *_ in sessions]
    return items, [iv("Chatsworth Textile Group", role, sessions[0][3], sessions[-1][4], "scheduled",
                      emails, emails, "onsite")]


# --------------------------------------------------------------------------- 14
@case("b212-14-two-interviews-one-thread", "hard", "positive/two-interviews",
      "Recruiter proposes two next-round conversations on different days (Mon Apr 6 3:00-3:45 PM with "
      "the CPO over Teams, Wed Apr 8 9:00-9:30 AM with an EVP in person); the owner's quoted reply "
      "accepts both. Two interviews. CPO's address is in Cc; the EVP's address never appears, so "
      "the second interview's follow-up goes to the recruiter.")
def c14():
    rec = ("Garrett Lindholm", "glindholm@oconeevalleycu.example")
    cpo = ("Farah Siddiqui", "farah.siddiqui@oconeevalleycu.example")
    d1 = t(2026, 3, 26, 16, 45, 12)
    d2 = t(2026, 3, 27, 9, 2, 48)
    s1, e1 = t(2026, 4, 6, 15, 0), t(2026, 4, 6, 15, 45)
    s2, e2 = t(2026, 4, 8, 9, 0), t(2026, 4, 8, 9, 30)
    day(d1, "Thursday")
    role = "HR Business Partner - Retail Network"
    subj = "Oconee Valley CU - next steps for HR Business Partner"
    body1 = f"""Hi Maribel,

Thanks again for the great conversation on Tuesday. The team would like to move you forward for
the {role} role. The next step is two conversations:

1) {day(s1, "Monday")}, April 6, {hm(s1)}-{hm(e1)} - Farah Siddiqui, SVP & Chief People Officer (cc'd).
   Farah is the hiring manager for this role. Microsoft Teams; her assistant will send the link.

2) {day(s2, "Wednesday")}, April 8, {hm(s2)}-{hm(e2)} - Wendell Ambrose, EVP Retail Banking. In person at our
   Alpharetta Operations Center, 2200 Old Milton Pkwy, Alpharetta, GA 30009 (ask for Wendell at the
   front desk). This role would partner closely with Wendell's branch managers.

Do both of those work for you?

Thanks,
Garrett

Garrett Lindholm
Talent Acquisition Specialist
Oconee Valley Credit Union | NMLS #448120
"""
    m1 = mp_eml([("Delivered-To", OWNER),
                 received("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.58", "s0d7b3e9a4", OWNER, d1),
                 ("Return-Path", f"<{rec[1]}>"), ("From", f"{rec[0]} <{rec[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"), ("CC", f"{cpo[0]} <{cpo[1]}>"),
                 ("Subject", subj), ("Thread-Topic", subj), ("Thread-Index", "AdqdG7s2tVhC0Jw4S5u9oA1qRp8Zxg=="),
                 ("Date", rfc(d1.astimezone(UTC))),
                 ("Message-ID", "<BN8PR19MB2907D3F4A6B1@BN8PR19MB2907.namprd19.prod.outlook.com>"),
                 ("Content-Language", "en-US")],
                "alternative", "_000_BN8PR19MB2907D3F4A6B1BN8PR19MB2907namp_",
                [leaf('text/plain; charset="us-ascii"', body1, "quoted-printable"),
                 leaf('text/html; charset="us-ascii"', to_html(body1, "Calibri,sans-serif", "11pt"),
                      "quoted-printable")])
    reply = """Hi Garrett,

Both times work for me - thank you for lining these up so quickly. I'll plan to be at the
Alpharetta office a few minutes early on Wednesday.

Best,
Maribel"""
    body2 = f"""Perfect - both are locked in. Farah's assistant will send the Teams invite for Monday, and
I've let Wendell know to expect you Wednesday morning.

Garrett

From: Maribel Castellanos <{OWNER}>
Sent: Thursday, March 26, 2026 9:31 PM
To: Garrett Lindholm <{rec[1]}>
Cc: Farah Siddiqui <{cpo[1]}>
Subject: Re: {subj}

{reply}

From: Garrett Lindholm <{rec[1]}>
Sent: Thursday, March 26, 2026 4:45 PM
To: Maribel Castellanos <{OWNER}>
Cc: Farah Siddiqui <{cpo[1]}>
Subject: {subj}

{body1}"""
    m2 = mp_eml([("Delivered-To", OWNER),
                 received("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.61", "t8c2a5f0d3", OWNER, d2),
                 ("Return-Path", f"<{rec[1]}>"), ("From", f"{rec[0]} <{rec[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"), ("CC", f"{cpo[0]} <{cpo[1]}>"),
                 ("Subject", "RE: " + subj), ("Thread-Topic", subj),
                 ("Thread-Index", "AdqdG7s2tVhC0Jw4S5u9oA1qRp8ZxgAgT3kQ"),
                 ("Date", rfc(d2.astimezone(UTC))),
                 ("Message-ID", "<BN8PR19MB29075E0C8B22@BN8PR19MB2907.namprd19.prod.outlook.com>"),
                 ("In-Reply-To", "<CAMb3tq9Ls7Rz0-owner-9034@mail.example.com>"),
                 ("References", "<BN8PR19MB2907D3F4A6B1@BN8PR19MB2907.namprd19.prod.outlook.com> "
                                "<CAMb3tq9Ls7Rz0-owner-9034@mail.example.com>"),
                 ("Content-Language", "en-US")],
                "alternative", "_000_BN8PR19MB29075E0C8B22BN8PR19MB2907namp_",
                [leaf('text/plain; charset="us-ascii"', body2, "quoted-printable"),
                 leaf('text/html; charset="us-ascii"', to_html(body2, "Calibri,sans-serif", "11pt"),
                      "quoted-printable")])
    items = [("01-next-steps-hrbp.eml", m1), ("02-re-next-steps-hrbp.eml", m2)]
    return items, [
        iv("Oconee Valley Credit Union", role, s1, e1, "scheduled", [cpo[1]], [cpo[1]], "hiring_manager"),
        iv("Oconee Valley Credit Union", role, s2, e2, "scheduled", [], [rec[1]], "other"),
    ]


# --------------------------------------------------------------------------- 15
@case("b212-15-offer-call-she-runs", "hard", "negative/offer-call-user-runs",
      "Google Calendar invitation organized by the owner's work account for an offer call with a "
      "candidate; her personal address is a guest (that is how it reaches this mailbox). She extends "
      "the offer; not an interview and not her process.")
def c15():
    me_work = ("Maribel Castellanos", WORK)
    cand = ("Sofia Arredondo", "sofia.arredondo@mailhaven.example")
    hmgr = ("Curtis Bellamy", "cbellamy@brightwater-logistics.example")
    d = t(2026, 4, 15, 11, 30, 4)
    s, e = t(2026, 4, 17, 15, 0), t(2026, 4, 17, 15, 30)
    day(s, "Friday")
    desc = ("Offer call for the Fleet Maintenance Manager role. Maribel (HR) will walk through base salary, "
            "sign-on bonus, benefits and a proposed start date; Curtis will join for the first 10 minutes. "
            "The written offer letter follows by e-mail after the call.")
    m = google_invite(date=d, mid="<calendar-7d2c9e41-0b8a-4f3e-b5c1-94e6a2d07f18@google.com>",
                      organizer=me_work,
                      attendees=[(me_work[0], WORK, "ACCEPTED"), (cand[0], cand[1], "NEEDS-ACTION"),
                                 (hmgr[0], hmgr[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                      summary="Offer call - Sofia Arredondo (Fleet Maintenance Manager)", start=s, end=e,
                      description=desc, uid="0k3r7b9fq1m2e6s4v8dp5wc0hn@google.com", created=d,
                      meet="hzo-rdwe-mvk", bnd="0000000000003f7e1d064d2a8b",
                      recv=received("mail-sor-f69.google.com", "209.85.220.69", "u4f0e7b1c8", OWNER, d),
                      eid="MGszcjdiOWZxMW0yZTZzNHY4ZHA1d2MwaG4gbWFyaWJlbC5jYXN0ZWxsYW5vc0BleGFtcGxlLmNvbQ")
    return [("01-invitation-offer-call.eml", m)], []


# --------------------------------------------------------------------------- 16
@case("b212-16-gcal-api-central-time-screen", "medium", "positive/calendar-api-timezone",
      "Calendar API event only, created by a Dallas recruiter in America/Chicago (1:00 PM CDT = "
      "2:00 PM EDT for the Atlanta owner). Recruiter conducts the phone screen.")
def c16():
    rec = ("Marisol Ybarra", "marisol.ybarra@prairieline.example")
    s, e = t(2026, 3, 18, 13, 0, tz=CT), t(2026, 3, 18, 13, 30, tz=CT)
    day(s, "Wednesday")
    assert s.astimezone(ET).hour == 14
    ev = {
        "kind": "calendar#event",
        "etag": "\"3511894402118000\"",
        "id": "4nq8c2v0hs7k1m5b3t9ra6edlp",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NG5xOGMydjBoczdrMW01YjN0OXJhNmVkbHAgbWFyaWJlbC5jYXN0ZWxsYW5vc0BleGFtcGxlLmNvbQ",
        "created": "2026-03-12T19:41:07.000Z",
        "updated": "2026-03-12T19:42:01.059Z",
        "summary": "Prairieline Freight - HRBP phone screen (Maribel Castellanos)",
        "description": ("30-minute phone screen for the HR Business Partner (Field Operations) role.\n"
                        f"Marisol will call Maribel at {PHONE} at 1:00 PM Central (2:00 PM Eastern).\n"
                        "Topics: background, experience supporting drivers and terminal managers, "
                        "relocation (role is remote in the Southeast), salary expectations."),
        "location": f"Phone - Marisol calls {PHONE}",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": "4nq8c2v0hs7k1m5b3t9ra6edlp@google.com",
        "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return [("01-prairieline-phone-screen.gcal.json", json.dumps(ev, indent=2) + "\n")], [
        iv("Prairieline Freight", "HR Business Partner (Field Operations)", s, e, "scheduled",
           [rec[1]], [rec[1]], "phone_screen")]


# --------------------------------------------------------------------------- 17
@case("b212-17-availability-request-own-search", "hard", "negative/availability-request",
      "A prospective employer invites the owner to a first-round interview but only asks her to pick "
      "a slot via a scheduling link or send availability; nothing is booked.")
def c17():
    rec = ("Odessa Marchbanks", "omarchbanks@pinecrest-bh.example")
    d = t(2026, 4, 9, 10, 14, 26)
    wk = t(2026, 4, 13, 9, 0)
    wk_end = t(2026, 4, 17, 9, 0)
    day(wk, "Monday"); day(wk_end, "Friday")
    body = f"""Hi Maribel,

Thank you for applying to Pinecrest Behavioral Health! I'm happy to let you know the hiring team
would like to schedule a first-round interview for the HR Business Partner position with Dr. Nadine
Oyelaran-Brooks, our Director of Human Resources.

Interviews are 45 minutes over Zoom. Please choose a time that works for you here:
https://calendly.com/pinecrest-ta/hrbp-first-round

If none of the open times work, reply with two or three windows next week ({mdy(wk)} - {mdy(wk_end)}) and
I'll get something on the calendar.

Thank you,
Odessa Marchbanks
Talent Acquisition Partner | Pinecrest Behavioral Health
706-555-0108
"""
    m = mp_eml([("Delivered-To", OWNER),
                received("mail-ej1-f54.google.com", "209.85.218.54", "v2b8d4f1e7", OWNER, d),
                ("Return-Path", f"<{rec[1]}>"), ("From", f"{rec[0]} <{rec[1]}>"),
                ("To", OWNER),
                ("Subject", "Next steps: interview for HR Business Partner - Pinecrest Behavioral Health"),
                ("Date", rfc(d)), ("Message-ID", "<CAHpBh4e7Yw2-odm0Q1xZk@mail.gmail.com>")],
               "alternative", "000000000000c02b5e064f1a3d90",
               [leaf('text/plain; charset="UTF-8"', body, "7bit"),
                leaf('text/html; charset="UTF-8"', to_html(body), "quoted-printable")])
    return [("01-next-steps-interview-pinecrest.eml", m)], []


# --------------------------------------------------------------------------- 18
@case("b212-18-calendly-booked-intro-call", "medium", "positive/scheduling-link-booked",
      "Recruiter sends a Calendly link (unbooked), then Calendly's invitee confirmation with invite.ics "
      "shows the booked call: Tue Mar 24 11:30am-12:00pm Eastern. Recruiter hosts and conducts it.")
def c18():
    rec = ("Bettina Sorensen", "bettina.sorensen@copperline-energy.example")
    d1 = t(2026, 3, 18, 17, 5, 33)
    d2 = t(2026, 3, 19, 7, 48, 51)
    s, e = t(2026, 3, 24, 11, 30), t(2026, 3, 24, 12, 0)
    role = "HR Business Partner (Field Services)"
    body1 = f"""Hi Maribel,

I came across your profile and your application for our {role} opening \u2014 your
experience with a distributed, hourly workforce is exactly what our field operations leaders need.

Could you grab 30 minutes on my calendar for an intro call? Here's my link:
https://calendly.com/bsorensen-copperline/hrbp-intro-call

Talk soon,
Bettina Sorensen
Senior Recruiter, Copperline Energy Services
"""
    m1 = mp_eml([("Delivered-To", OWNER),
                 received("mail-io1-f49.google.com", "209.85.166.49", "w7e1c3a9b0", OWNER, d1),
                 ("Return-Path", f"<{rec[1]}>"), ("From", f"{rec[0]} <{rec[1]}>"), ("To", OWNER),
                 ("Subject", "HRBP opportunity at Copperline - intro call?"), ("Date", rfc(d1)),
                 ("Message-ID", "<CAF3cu9Xb1t-Bs0rN5pQ8w@mail.gmail.com>")],
                "alternative", "0000000000007a9d1e0649e3b2c5",
                [leaf('text/plain; charset="UTF-8"', body1, "quoted-printable"),
                 leaf('text/html; charset="UTF-8"', to_html(body1), "quoted-printable")])
    when = f"{hms(s)} - {hms(e)}, {longdate(s)} (Eastern Time - US & Canada)"
    text2 = f"""Hi Maribel Castellanos,

Your HRBP Intro Call with Bettina Sorensen at {hms(s)} (Eastern Time - US & Canada) on {longdate(s)} is scheduled.

Event Name:
HRBP Intro Call

Event Date/Time:
{when}

Location:
This is a Zoom web conference.
https://copperline.zoom.us/j/93381047265

Invitee:
{OWNER_NAME}

Invitee Email:
{OWNER}

Questions:
Please share anything that will help prepare for our meeting.
Currently an HR Generalist; interested in the field services HRBP role.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5d0e2a71-8c3f-4b9e-a6d4-19f2c07e8b31
Reschedule: https://calendly.com/reschedulings/5d0e2a71-8c3f-4b9e-a6d4-19f2c07e8b31

Powered by Calendly.com
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
                f"DTSTAMP:{z(d2)}", f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
                "UID:5d0e2a71-8c3f-4b9e-a6d4-19f2c07e8b31@calendly.com",
                "SUMMARY:HRBP Intro Call between Bettina Sorensen and Maribel Castellanos",
                "DESCRIPTION:" + esc("Event Name: HRBP Intro Call\n\nLocation: https://copperline.zoom.us/j/93381047265\n\n"
                                     "Need to make changes to this event?\nReschedule: "
                                     "https://calendly.com/reschedulings/5d0e2a71-8c3f-4b9e-a6d4-19f2c07e8b31"),
                "LOCATION:https://copperline.zoom.us/j/93381047265",
                f"ORGANIZER;CN=Bettina Sorensen:mailto:{rec[1]}",
                att(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp="FALSE"),
                "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    alt = multi_part("alternative", "--_NmP-7d1b0e9a4c3f2e18-Part_2", [
        leaf("text/plain; charset=UTF-8", text2, "quoted-printable"),
        leaf("text/html; charset=UTF-8", to_html(text2, "Helvetica,Arial,sans-serif", "15px"), "quoted-printable")])
    m2 = mp_eml([("Delivered-To", OWNER),
                 received("o1.ptr4417.mail.calendly.com", "149.72.154.36", "x1d9f5b2a6", OWNER, d2),
                 ("Return-Path", "<bounces+3318411-5be1-maribel.castellanos=example.com@mail.calendly.com>"),
                 ("From", "Calendly <notifications@calendly.com>"),
                 ("Reply-To", f"{rec[0]} <{rec[1]}>"), ("To", OWNER),
                 ("Subject", f"Confirmed: HRBP Intro Call with Bettina Sorensen on {longdate(s)}"),
                 ("Date", rfc(d2.astimezone(UTC))),
                 ("Message-ID", "<cal.5d0e2a71.20260319114851.ev@calendly.com>")],
                "mixed", "--_NmP-7d1b0e9a4c3f2e18-Part_1",
                [alt.rstrip("\n") + "\n",
                 leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics, "base64",
                      ['Content-Disposition: attachment; filename="invite.ics"'])])
    items = [("01-hrbp-opportunity-copperline.eml", m1), ("02-calendly-confirmed.eml", m2)]
    return items, [iv("Copperline Energy Services", role, s, e, "scheduled", [rec[1]], [rec[1]], "phone_screen")]


# --------------------------------------------------------------------------- 19
@case("b212-19-hirevue-on-demand-video", "medium", "negative/one-way-video",
      "HireVue invitation to an on-demand (one-way) video interview with a completion deadline. "
      "One-way video assessments are not interviews.")
def c19():
    d = t(2026, 3, 23, 9, 0, 44)
    due = t(2026, 3, 27, 23, 59)
    day(due, "Friday")
    html_body = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<table width="560" align="center"><tr><td>
<h2 style="font-weight:500">Alderwood Outfitters has invited you to a video interview</h2>
<p>Hi Maribel,</p>
<p>Thank you for your interest in the <b>People Business Partner - Stores</b> position. As the next step in our process, we invite you to complete an on-demand video interview. You'll answer 5 questions on your own time; each answer can be up to 3 minutes and you'll get one practice question first.</p>
<p><b>Please complete your interview by {longdate(due)} at 11:59 PM ET.</b></p>
<p style="text-align:center"><a href="https://app.hirevue.com/interviews/invite/Ak29QmZx7vLp" style="background:#0a6cff;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Start Interview</a></p>
<p>Tips: find a quiet, well-lit space and test your camera and microphone before you begin. Most candidates finish in about 25 minutes.</p>
<p>Good luck!<br>Alderwood Outfitters Talent Team</p>
<p style="font-size:11px;color:#777">Need help? Visit https://hirevue.com/candidates/support. Please do not reply to this email.</p>
</td></tr></table></body></html>
"""
    m = eml([("Delivered-To", OWNER),
             received("mail-a.hirevue.com", "54.240.27.18", "y5c0a8e3d1", OWNER, d),
             ("Return-Path", "<0100018e6b0a92c4-7f3b1e2d-bounce@amazonses.hirevue.com>"),
             ("From", "Alderwood Outfitters via HireVue <noreply@hirevue.com>"), ("To", OWNER),
             ("Subject", "Alderwood Outfitters: complete your video interview for People Business Partner - Stores"),
             ("Date", rfc(d)), ("Message-ID", "<0100018e6b0a92c4-7f3b1e2d-5a6c-4d8e-b0f1-3e9a2c7d1b55-000000@email.amazonses.com>")],
            "text/html; charset=UTF-8", html_body, "base64")
    return [("01-hirevue-video-interview-invite.eml", m)], []


# --------------------------------------------------------------------------- 20
@case("b212-20-ceo-final-chat-ea-thread", "hard", "positive/final-chat-ceo",
      "Founder/CEO's executive assistant offers Mon 4/13 8:30am or Tue 4/14 5pm; owner's quoted reply "
      "picks Tuesday at 5; EA confirms 'Tuesday at 5:00 PM', 30 minutes, CEO calls. CEO (Cc) conducts; "
      "EA only schedules.")
def c20():
    ea = ("Celeste Park", "celeste.park@sweetgrass-naturals.example")
    ceo = ("Imani Rutherford", "imani@sweetgrass-naturals.example")
    d1 = t(2026, 4, 8, 10, 0, 9)
    d2 = t(2026, 4, 8, 14, 20, 37)
    opt1 = t(2026, 4, 13, 8, 30)
    s, e = t(2026, 4, 14, 17, 0), t(2026, 4, 14, 17, 30)
    role = "Senior HR Business Partner"
    subj = "Final conversation with Imani - Senior HR Business Partner"
    body1 = f"""Hi Maribel,

I support Imani Rutherford, our founder and CEO (copied here). Imani meets every finalist for
leadership-facing roles before the team makes a decision, and she'd like to have a final
conversation with you about the {role} position.

Would either of these work?
- {day(opt1, "Monday")} {mdy(opt1)} at {hms(opt1)}
- {day(s, "Tuesday")} {mdy(s)} at {hms(s)}

All times Eastern. It's a 30-minute phone call; Imani will call your cell.

Best,
Celeste Park
Executive Assistant to the CEO | Sweetgrass Naturals
"""
    m1 = mp_eml([("Delivered-To", OWNER),
                 received("mail-vs1-f45.google.com", "209.85.217.45", "z3e7b1d0c9", OWNER, d1),
                 ("Return-Path", f"<{ea[1]}>"), ("From", f"{ea[0]} <{ea[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"), ("Cc", f"{ceo[0]} <{ceo[1]}>"),
                 ("Subject", subj), ("Date", rfc(d1)),
                 ("Message-ID", "<CAPk8sWn1f4Hq-cel3stE0p=9Ab@mail.gmail.com>")],
                "alternative", "0000000000005b8f2c064f3e1a77",
                [leaf('text/plain; charset="UTF-8"', body1, "7bit"),
                 leaf('text/html; charset="UTF-8"', to_html(body1), "quoted-printable")])
    reply = f"""Hi Celeste,

Thank you! Tuesday at 5 works best for me. My cell is {PHONE}.

Best,
Maribel"""
    body2 = f"""Wonderful \u2014 you're confirmed for Tuesday, April 14 at 5:00 PM ET. Imani will call you at
{PHONE}; plan on 30 minutes. I've put a hold on her calendar.

Celeste

Celeste Park
Executive Assistant to the CEO | Sweetgrass Naturals

On Wed, Apr 8, 2026 at 1:52\u202fPM Maribel Castellanos <{OWNER}> wrote:
{quote(reply)}
>
> On Wed, Apr 8, 2026 at 10:00\u202fAM Celeste Park <{ea[1]}> wrote:
{quote(quote(body1))}
"""
    m2 = mp_eml([("Delivered-To", OWNER),
                 received("mail-vs1-f52.google.com", "209.85.217.52", "a9b4c0e2f8", OWNER, d2),
                 ("Return-Path", f"<{ea[1]}>"), ("From", f"{ea[0]} <{ea[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"), ("Cc", f"{ceo[0]} <{ceo[1]}>"),
                 ("Subject", "Re: " + subj), ("Date", rfc(d2)),
                 ("Message-ID", "<CAPk8sWq7Tz2-cel3stE0p=4Lm@mail.gmail.com>"),
                 ("In-Reply-To", "<CAMb3tq9Wd0Pa2-owner-9377@mail.example.com>"),
                 ("References", "<CAPk8sWn1f4Hq-cel3stE0p=9Ab@mail.gmail.com> "
                                "<CAMb3tq9Wd0Pa2-owner-9377@mail.example.com>")],
                "alternative", "000000000000d71a93064f41c2e0",
                [leaf('text/plain; charset="UTF-8"', body2, "quoted-printable"),
                 leaf('text/html; charset="UTF-8"', to_html(body2), "quoted-printable")])
    items = [("01-final-conversation-with-imani.eml", m1), ("02-re-final-conversation.eml", m2)]
    return items, [iv("Sweetgrass Naturals", role, s, e, "scheduled", [ceo[1]], [ceo[1]], "other")]


# --------------------------------------------------------------------------- 21
@case("b212-21-exit-interview-ics", "medium", "negative/exit-interview",
      "Standalone .ics (Google) for an exit interview the owner conducts with a departing Brightwater "
      "employee; her personal address is a guest. 'Interview' in the title, but not a hiring interview.")
def c21():
    emp = ("Marcus Delgado", "mdelgado@brightwater-logistics.example")
    created = t(2026, 4, 10, 16, 3, 27)
    s, e = t(2026, 4, 14, 10, 0), t(2026, 4, 14, 10, 30)
    day(s, "Tuesday")
    desc = ("Confidential exit interview with HR (Maribel Castellanos). We'll cover your reasons for leaving, "
            "final paycheck and PTO payout, your COBRA packet, and return of your badge and handheld scanner. "
            "Last day: Friday 4/17.")
    ics = google_ics(method="REQUEST", organizer=("Maribel Castellanos", WORK),
                     attendees=[("Maribel Castellanos", WORK, "ACCEPTED"), (emp[0], emp[1], "ACCEPTED"),
                                (None, OWNER, "ACCEPTED")],
                     summary="Exit Interview - Marcus Delgado (Yard Operations Lead)", description=desc,
                     uid="3h9t1c5vk0e7m2bq8s4pjr6ad1@google.com", start=s, end=e, stamp=created,
                     created=created, location="HR Office (Bldg A, Room 112)")
    return [("01-exit-interview-marcus-delgado.ics", ics)], []


# --------------------------------------------------------------------------- 22
@case("b212-22-agency-recruiter-client-interview", "hard", "positive/agency-forwarded-block",
      "Agency recruiter forwards the client's scheduling note (forwarded block) and sends a Teams invite "
      "from the agency's Exchange with '(UTC-05:00)' label in April (EDT). Company is the client "
      "(Ironbridge Cold Storage), not the agency. Client HR director attends with her address -> "
      "interviewer; agency recruiter and client coordinator only schedule.")
def c22():
    agent = ("Hector Villanueva-Ross", "hvross@summit-talent.example")
    coord = ("Jenna Holloway", "jholloway@ironbridgecold.example")
    hmgr = ("Allison Marchetti", "allison.marchetti@ironbridgecold.example")
    d0 = t(2026, 3, 25, 17, 48)
    d1 = t(2026, 3, 26, 12, 0, 41)
    d2 = t(2026, 3, 26, 12, 7, 13)
    s, e = t(2026, 4, 1, 14, 30), t(2026, 4, 1, 15, 30)
    day(s, "Wednesday"); day(d0, "Wednesday")
    role = "HR Business Partner (Distribution Centers)"
    fwd = f"""---------- Forwarded message ---------
From: Jenna Holloway <{coord[1]}>
Date: Wed, Mar 25, 2026 at 5:48 PM
Subject: RE: Maribel Castellanos - HRBP (Distribution Centers)
To: Hector Villanueva-Ross <{agent[1]}>

Hi Hector,

Allison would like to meet Maribel. She can do Wednesday 4/1 at 2:30 ET for an hour over Teams.
Can you confirm with Maribel and get it on her calendar? Allison will cover the DC network, the
two new sites in Savannah and Macon, and how the HRBP partners with GMs.

Thanks!
Jenna Holloway
Talent Acquisition Coordinator | Ironbridge Cold Storage
"""
    body1 = f"""Hi Maribel,

Good news \u2014 Ironbridge Cold Storage wants to move forward! See Jenna's note below. You're set for
Wednesday, April 1 at 2:30 ET (60 minutes) with Allison Marchetti, their Sr. Director of HR and
the hiring manager for the {role} role. I'll send a Teams invite from my calendar so it's on yours,
and I'll call you Tuesday evening to prep.

Hector

Hector Villanueva-Ross
Principal Recruiter, HR & Talent Practice
Summit Talent Partners | Atlanta
c 404-555-0161

{fwd}"""
    m1 = mp_eml([("Delivered-To", OWNER),
                 received("NAM02-CY1-obe.outbound.protection.outlook.com", "40.107.100.91", "b2f8d6a0e4", OWNER, d1),
                 ("Return-Path", f"<{agent[1]}>"), ("From", f"{agent[0]} <{agent[1]}>"),
                 ("To", f"Maribel Castellanos <{OWNER}>"),
                 ("Subject", "FW: Maribel Castellanos - HRBP (Distribution Centers)"),
                 ("Thread-Topic", "Maribel Castellanos - HRBP (Distribution Centers)"),
                 ("Thread-Index", "AdqdCc9fHq2Lk0uSTwqZ5Dn8vR1xAgAm2Wc8"),
                 ("Date", rfc(d1.astimezone(UTC))),
                 ("Message-ID", "<CY1PR02MB6618E7A0D4C3@CY1PR02MB6618.namprd02.prod.outlook.com>"),
                 ("Content-Language", "en-US")],
                "alternative", "_000_CY1PR02MB6618E7A0D4C3CY1PR02MB6618namp_",
                [leaf('text/plain; charset="utf-8"', body1, "quoted-printable"),
                 leaf('text/html; charset="utf-8"', to_html(body1, "Calibri,sans-serif", "11pt"), "quoted-printable")])
    intro = f"""Hi Maribel,

Here is the Teams link for your interview with Allison Marchetti (Sr. Director of HR, Ironbridge Cold
Storage) for the {role} role. Jenna from Ironbridge is copied as optional. I won't be on the call.

Good luck \u2014 you've got this!
Hector
"""
    m2 = outlook_invite(date=d2, mid="<CY1PR02MB66189B1F3E72@CY1PR02MB6618.namprd02.prod.outlook.com>",
                        sender=agent, to=[(OWNER_NAME, OWNER), hmgr], cc=[coord],
                        subject="Ironbridge Cold Storage - Video Interview w/ Allison Marchetti (Maribel Castellanos)",
                        start=s, end=e, intro=intro,
                        uid="040000008200E00074C5B7101A82E00800000000A3D71E09BDBCDC01000000000000000010000000C4E8F21A7B3D6E49906F1B2C3D4E5F60",
                        seq=0,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (hmgr[0], hmgr[1], "REQ-PARTICIPANT"),
                                   (coord[0], coord[1], "OPT-PARTICIPANT")],
                        bnd="_000_CY1PR02MB66189B1F3E72CY1PR02MB6618namp_",
                        recv=received("NAM02-CY1-obe.outbound.protection.outlook.com", "40.107.100.94",
                                      "c6a1e9f3b7", OWNER, d2),
                        thread_index="AdqdCiE7xN0aPq4vR0yO8tZk1mHc3Q==", meeting_id="248 115 907 362",
                        passcode="Lp3Vy8", tid="ZjE4NmQyYTAtNzNiNS00ZTExLWI4YzQtMDE5ZjJh")
    items = [("01-fw-ironbridge-interview.eml", m1), ("02-teams-invite-ironbridge.eml", m2)]
    return items, [iv("Ironbridge Cold Storage", role, s, e, "scheduled", [hmgr[1]], [hmgr[1]], "hiring_manager")]


# =========================================================================== main

def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b212-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, (slug, difficulty, category, notes, fn) in enumerate(CASES, 1):
        assert slug.startswith(f"b212-{i:02d}-"), slug
        items, interviews = fn()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        folder = os.path.join(HERE, slug)
        os.makedirs(folder)
        for fname, content in items:
            assert fname[:2].isdigit() and fname.endswith((".eml", ".ics", ".gcal.json")), fname
            if fname.endswith((".eml", ".ics")):
                assert content.isascii(), fname
            with open(os.path.join(folder, fname), "wb") as fh:
                fh.write(content.encode("utf-8"))
        labels[slug] = {
            "user": OWNER,
            "interview": bool(interviews),
            "interviews": interviews,
            "difficulty": difficulty,
            "category": category,
            "notes": notes,
            "source": "synthetic",
        }
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# blind212 labels - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    n_c = sum(1 for v in labels.values() for x in v["interviews"] if x["status"] == "cancelled")
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, "
          f"{n_iv} interviews ({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
