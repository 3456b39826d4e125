#!/usr/bin/env python3
"""Regenerate the blind174 evaluation set (UK graduate-scheme season, autumn 2026).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed, so running this twice
produces byte-identical files. Standard library + PyYAML + zoneinfo only.

Usage: python make_cases.py   (writes b174-*/ folders and labels.yaml next to this file)
"""
import base64
import json
import os
import quopri
import shutil
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

LON = ZoneInfo("Europe/London")
DUB = ZoneInfo("Europe/Dublin")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc

OWNER = "ffion.carraway@example.com"
OWNER_NAME = "Ffion Carraway"
OWNER_MOBILE = "07700 900418"

TZ_BY_ID = {"Europe/London": LON, "GMT Standard Time": LON, "Europe/Dublin": DUB,
            "America/New_York": NYC, "Eastern Standard Time": NYC}


# ----------------------------------------------------------------------------- time helpers
def t(y, mo, d, h=0, mi=0, s=0, tz=LON):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that the weekday we write in prose is the real weekday (in dt's own zone)."""
    assert dt.strftime("%A") == name, (dt.isoformat(), name)
    return dt


def iso(dt):
    return dt.isoformat()


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt, tzid):
    return dt.astimezone(TZ_BY_ID[tzid]).strftime("%Y%m%dT%H%M%S")


def rfc(dt):
    return format_datetime(dt)


def gtime(dt):
    """Calendar API dateTime rendering (Z for zero offset, like Google does)."""
    s = dt.isoformat()
    return s[:-6] + "Z" if s.endswith("+00:00") else s


def assert_offset(dt, expected):
    got = dt.strftime("%z")
    assert got == expected, (dt.isoformat(), expected)
    return dt


# ----------------------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def hdr(value):
    """Encode a header value (RFC 2047) only when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76, linesep="\n")


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def leaf(ctype, text, cte="quoted-printable", disp=None, extra=()):
    if cte == "base64":
        body = b64(text)
    elif cte == "quoted-printable":
        body = qp(text)
    else:
        body = text if text.endswith("\n") else text + "\n"
    h = "Content-Type: %s\n" % ctype
    for k, v in extra:
        h += "%s: %s\n" % (k, v)
    if disp:
        h += "Content-Disposition: %s\n" % disp
    h += "Content-Transfer-Encoding: %s\n" % cte
    return (h, body)


def multi(sub, boundary, parts, ctype_extra=""):
    h = 'Content-Type: multipart/%s; boundary="%s"%s\n' % (sub, boundary, ctype_extra)
    b = ""
    for ph, pb in parts:
        b += "\n--%s\n%s\n%s" % (boundary, ph, pb)
    b += "\n--%s--\n" % boundary
    return (h, b)


def received(host, ip, mx_id, date):
    return ("from %s (%s [%s])\n        by mx1.example.com with ESMTPS id %s\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            "        %s" % (host, host, ip, mx_id, OWNER, rfc(date.astimezone(UTC))))


def message(headers, root):
    """headers: list of (name, value); root: (content headers, body) node."""
    out = "Delivered-To: %s\n" % OWNER
    for k, v in headers:
        out += "%s: %s\n" % (k, v)
    out += "MIME-Version: 1.0\n"
    out += root[0] + "\n" + root[1]
    return out.encode("utf-8")


def html_doc(text, font="Calibri,Arial,sans-serif", size="11pt"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [escape(line) for line in p.split("\n")]
        if all(line.startswith("&gt;") for line in lines):
            inner = "<br>\n".join(line[4:].lstrip() for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body><div style="font-family:%s;font-size:%s">\n%s\n</div></body></html>\n'
            % (font, size, "\n".join(out)))


def alt(boundary, text, cte="quoted-printable", font="Calibri,Arial,sans-serif", html=None):
    return multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', text, cte),
        leaf('text/html; charset="UTF-8"', html if html is not None else html_doc(text, font), cte),
    ])


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    chunks, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            chunks.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    chunks.append(cur.decode("utf-8"))
    return "\r\n ".join(chunks)


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_DUBLIN = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_WIN_GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".split("\n")


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    if google:
        return ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                % (role, partstat, "TRUE" if rsvp else "FALSE", name or email, email))
    cn = ";CN=%s" % (('"%s"' % name) if any(c in name for c in ",;:") else name) if name else ""
    return "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s%s:mailto:%s" % (
        role, partstat, "TRUE" if rsvp else "FALSE", cn, email)


def dtline(prop, dt, tzid=None):
    if tzid is None:
        return "%s:%s" % (prop, utcz(dt))
    return "%s;TZID=%s:%s" % (prop, tzid, loc(dt, tzid))


def vcal(method, prodid, events, tz=(), extra_top=()):
    lines = ["BEGIN:VCALENDAR", "PRODID:%s" % prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append("METHOD:%s" % method)
    lines += list(extra_top)
    for block in tz:
        lines += block
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vevent(uid, start, end, summary, stamp, organizer=None, attendees=(), seq=0, tzid=None,
           description=None, location=None, status="CONFIRMED", extra=(), lang=None):
    L = ["BEGIN:VEVENT"]
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    L += list(attendees)
    d = "DESCRIPTION;LANGUAGE=%s" % lang if lang else "DESCRIPTION"
    if description:
        L.append("%s:%s" % (d, ics_esc(description)))
    s = "SUMMARY;LANGUAGE=%s" % lang if lang else "SUMMARY"
    L.append("%s:%s" % (s, ics_esc(summary)))
    L.append(dtline("DTSTART", start, tzid))
    L.append(dtline("DTEND", end, tzid))
    L.append("UID:%s" % uid)
    L.append("DTSTAMP:%s" % utcz(stamp))
    L.append("SEQUENCE:%d" % seq)
    if location:
        L.append("LOCATION:%s" % ics_esc(location))
    if status:
        L.append("STATUS:%s" % status)
    L += list(extra)
    L.append("END:VEVENT")
    return L


def outlook_extra(busy="TENTATIVE"):
    return ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:%s" % busy,
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]


def reminder(minutes=15):
    return ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT%dM" % minutes,
            "ACTION:DISPLAY", "END:VALARM"]


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
Meeting ID: %s
Passcode: %s
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams(thread, mid, pc):
    return TEAMS_BLOCK % (thread, mid, pc)


def outlook_when(start, end):
    """Outlook's 'When:' line: the label shows the zone's *standard* offset, even in summer."""
    s = start.astimezone(LON)
    e = end.astimezone(LON)
    return "%s %s-%s (UTC+00:00) Dublin, Edinburgh, Lisbon, London" % (
        s.strftime("%A, %-d %B %Y"), s.strftime("%H:%M"), e.strftime("%H:%M"))


# ----------------------------------------------------------------------------- text helpers
def longdate(dt):
    return dt.strftime("%A %-d %B %Y")


def hm(dt):
    return dt.strftime("%H:%M")


def ampm(dt):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return ("%d%s" % (h, suf)) if dt.minute == 0 else ("%d:%02d%s" % (h, dt.minute, suf))


def gcal_event(ev_id, created, updated, summary, description, organizer, attendees, start, end,
               tzname, seq=0, location=None, meet=None, status="confirmed"):
    ev = {
        "kind": "calendar#event",
        "etag": '"%d"' % (int(updated.timestamp()) * 1000 + 417),
        "id": ev_id,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(("%s %s" % (ev_id, OWNER)).encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "summary": summary,
    }
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": gtime(start), "timeZone": tzname}
    ev["end"] = {"dateTime": gtime(end), "timeZone": tzname}
    ev["iCalUID"] = "%s@google.com" % ev_id
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = "https://meet.google.com/%s" % meet
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/%s" % meet,
                             "label": "meet.google.com/%s" % meet}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def gatt(name, email, status="needsAction", organizer=False, self_=False):
    a = {"email": email}
    if name:
        a["displayName"] = name
    if organizer:
        a["organizer"] = True
    if self_:
        a["self"] = True
    a["responseStatus"] = status
    return a


def google_invite(start, end, tzlabel, summary, organizer, guests, description, uid, stamp,
                  msgid, date, bnd, meet, method="REQUEST", seq=0, status="CONFIRMED",
                  subject_prefix="Invitation", utc_times=True):
    """A Google Calendar invitation e-mail (multipart/mixed, text+html+calendar, invite.ics)."""
    s = start.astimezone(LON)
    e = end.astimezone(LON)
    when = "%s %s ⋅ %s – %s" % (s.strftime("%A %b %-d, %Y"), "", ampm(s), ampm(e))
    when = when.replace("  ⋅ ", " ⋅ ")
    guest_lines = []
    for name, email, role in guests:
        guest_lines.append("%s%s" % (name or email, " - organizer" if role == "organizer" else ""))
        if name:
            guest_lines.append(email)
    plain = ("%s\n%s\n%s\n\nJoin with Google Meet\nhttps://meet.google.com/%s\n\n"
             "Organizer\n%s\n%s\n\nGuests\n%s\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n"
             "%s\n\nReply for %s and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n"
             "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, "
             "be added to the guest list, invite others regardless of their own invitation status, or "
             "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n"
             % (summary, when, tzlabel, meet, organizer[0], organizer[1], "\n".join(guest_lines),
                uid[:24], description, OWNER, uid[:24]))
    atts = []
    for name, email, role in guests:
        ps = "ACCEPTED" if role == "organizer" else "NEEDS-ACTION"
        atts.append(attendee(name or email, email, "REQ-PARTICIPANT", ps, True, google=True))
    ev = vevent(uid, start, end, summary, stamp, organizer=organizer, attendees=atts, seq=seq,
                description=description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                "Join with Google Meet: https://meet.google.com/%s\n\nPlease do not edit this section.\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % meet,
                status=status,
                extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/%s" % meet,
                       "CREATED:%s" % utcz(stamp), "LAST-MODIFIED:%s" % utcz(stamp), "TRANSP:OPAQUE"]
                + reminder(30))
    ics = vcal(method, "-//Google Inc//Google Calendar 70.9054//EN", [ev])
    root = multi("mixed", bnd + "20", [
        multi("alternative", bnd + "1e", [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', html_doc(plain, "Roboto,Helvetica,Arial,sans-serif", "14px"),
                 "quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=%s' % method, ics, "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', ics, "base64", disp='attachment; filename="invite.ics"'),
    ])
    subj = "%s: %s @ %s %s - %s (%s) (%s)" % (
        subject_prefix, summary, s.strftime("%a %b %-d, %Y"), ampm(s), ampm(e),
        s.strftime("%Z"), OWNER)
    headers = [
        ("Received", received("mail-sor-f69.google.com", "209.85.220.69", msgid[9:21], date)),
        ("Return-Path", "<%s@calendar-server.bounces.google.com>" % uid[:22]),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<%s>" % msgid),
        ("Date", rfc(date.astimezone(UTC))),
        ("Subject", hdr(subj)),
        ("From", addr(*organizer)),
        ("To", OWNER),
    ]
    return message(headers, root), ics


LABELS = {}
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ============================================================================= POSITIVE CASES
@case
def c01():
    cid = "b174-01-fast-stream-virtual-fsac"
    start = wd(t(2026, 11, 10, 9, 0), "Tuesday")
    end = t(2026, 11, 10, 15, 45)
    assert_offset(start, "+0000")  # after the 25 October clock change
    d1 = wd(t(2026, 10, 19, 14, 5, 22), "Monday")
    d2 = wd(t(2026, 11, 6, 16, 20, 41), "Friday")
    files = {}
    body1 = """Dear Ffion,

Candidate number: FS27-118304
Scheme: Generalist Fast Stream (Central Departments)

Thank you for booking your place at the Fast Stream Assessment Centre (FSAC). Your booking is now confirmed:

Date: %s
Time: %s - %s (UK time)
Format: Virtual assessment centre (Microsoft Teams)

During the day you will complete a group leadership exercise, a written briefing exercise, an individual analysis exercise and a one-to-one interview with an assessor. The FSAC team will email your joining instructions and full timetable no later than two working days before your assessment centre.

Please make sure you are somewhere quiet with a reliable internet connection, and have photo ID ready: we will check it at the start of the day.

If you need to change your booking, please log in to your Fast Stream account before the booking deadline:
https://faststream.tal.net/vx/candidate/cand_portal/

If you have requested reasonable adjustments, these will be applied to your booking automatically.

Please do not reply to this email as this mailbox is not monitored. If you have a query, contact the FSAC team at fsac.enquiries@faststream-gov.example (Monday to Friday, 9am to 5pm).

Kind regards,

Fast Stream Recruitment Team
Civil Service Fast Stream
""" % (longdate(start), hm(start), hm(end))
    ics = vcal("PUBLISH", "-//Oleeo plc//Oleeo Recruit 11.4//EN", [vevent(
        "fsac-booking-FS27-118304-20261110@faststream.tal.net", start, end,
        "Fast Stream Assessment Centre (virtual)", d1, organizer=("Civil Service Fast Stream", "no-reply@tal.net"),
        attendees=[attendee(OWNER_NAME, OWNER, rsvp=False)], tzid="Europe/London",
        description="Virtual FSAC - Generalist Fast Stream. Candidate number FS27-118304. Joining instructions will follow from the FSAC team.",
        location="Online (Microsoft Teams)", extra=["TRANSP:OPAQUE"])], tz=[VTZ_LONDON])
    root = multi("mixed", "----=_Part_88213_1427719352.1792414522418", [
        alt("----=_Part_88214_771330811.1792414522418", body1, font="Arial,Helvetica,sans-serif"),
        leaf('text/calendar; charset=UTF-8; name="FSAC_booking.ics"', ics, "base64",
             disp='attachment; filename="FSAC_booking.ics"'),
    ])
    files["01-fsac-booking-confirmed.eml"] = message([
        ("Received", received("mta-07.tal.net", "185.46.212.37", "a7c1e0f3k2", d1)),
        ("Return-Path", "<bounces+fs27@tal.net>"),
        ("From", "Civil Service Fast Stream <no-reply@tal.net>"),
        ("Reply-To", "no-reply@tal.net"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Fast Stream Assessment Centre (FSAC) – booking confirmed")),
        ("Date", rfc(d1)),
        ("Message-ID", "<oleeo.1792414522418.88213@faststream.tal.net>"),
        ("X-Mailer", "Oleeo Recruit"),
        ("Auto-Submitted", "auto-generated"),
    ], root)

    body2 = """Dear Ffion,

Your virtual Fast Stream Assessment Centre is on %s. Below are your joining instructions and timetable. All times are UK time (GMT - please note the clocks will have gone back on 25 October).

08:45  Log in to Microsoft Teams, ID and technology check
09:00  Welcome briefing from the lead assessor
09:20 - 10:40  Leadership exercise (group)
11:00 - 12:30  Written briefing exercise
12:30 - 13:15  Lunch break
13:30 - 14:30  One-to-one interview with an assessor
14:45 - 15:45  Individual analysis exercise

The assessment centre finishes at 15:45. Each exercise has a separate Teams link, which you will find in your candidate account under "My FSAC". Your assessors' names will be shared on the day.

Please keep your camera on throughout, and have a pen and paper ready for the written exercises.

If you experience technical difficulties on the day, call the FSAC helpline on 0300 123 4690.

Kind regards,

FSAC Team
Civil Service Fast Stream
""" % longdate(start)
    files["02-fsac-joining-instructions.eml"] = message([
        ("Received", received("mail-gov.faststream-gov.example", "51.140.77.12", "b09d3c1f7e", d2)),
        ("Return-Path", "<fsac.enquiries@faststream-gov.example>"),
        ("From", "FSAC Team <fsac.enquiries@faststream-gov.example>"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Your virtual FSAC on %s – joining instructions and timetable" % start.strftime("%A %-d %B"))),
        ("Date", rfc(d2)),
        ("Message-ID", "<LO2P265MB4471C0A1F2E9B3D5@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Your virtual FSAC - joining instructions and timetable"),
        ("Content-Language", "en-GB"),
    ], alt("_000_LO2P265MB4471C0A1F2E9B3D5LO2P265MB4471GBRP_", body2))
    lab = label([iv("Civil Service Fast Stream", "Generalist Fast Stream", start, end, "scheduled", [], [], "onsite")],
                "hard", "positive/assessment-centre-virtual-ats",
                "Oleeo booking confirmation (+ PUBLISH .ics) and FSAC timetable for one virtual assessment centre day "
                "with several exercises and an assessor interview = ONE onsite, 09:00-15:45 GMT (after the clock change). "
                "08:45 is a log-in/ID check, not a session. Assessors unnamed; only no-reply and the FSAC team mailbox "
                "(a group address) are present, so followup_recipients is empty.")
    return cid, files, lab


@case
def c02():
    cid = "b174-02-bigfour-vac-then-partner-interview"
    co = "harcourtlyle.example"
    pm = ("Priyanka Mehta", "priyanka.mehta@" + co)
    ja = ("Jonathan Ashby-Kerr", "jonathan.ashby-kerr@" + co)
    vac_s = wd(t(2026, 10, 14, 9, 30), "Wednesday")
    vac_e = t(2026, 10, 14, 13, 0)
    pi_s = wd(t(2026, 11, 2, 11, 0), "Monday")
    pi_e = t(2026, 11, 2, 11, 45)
    assert_offset(vac_s, "+0100")
    assert_offset(pi_s, "+0000")
    d1 = wd(t(2026, 10, 2, 10, 14, 8), "Friday")
    d2 = wd(t(2026, 10, 19, 17, 2, 51), "Monday")
    d3 = wd(t(2026, 10, 20, 16, 42, 17), "Tuesday")
    sig = """Priyanka Mehta
Graduate Recruitment Coordinator | Student Recruitment
Harcourt Lyle LLP | 1 Wellington Place, Leeds LS1 4AP
T: +44 113 496 0182 | priyanka.mehta@harcourtlyle.example

Harcourt Lyle LLP is a limited liability partnership registered in England and Wales. This email is confidential and may be privileged."""
    files = {}
    b1 = """Hi Ffion,

Congratulations on your online assessment results - I'm delighted to invite you to the next stage of our Audit & Assurance Graduate Programme (Leeds, September 2027 intake).

I can confirm your place at our Virtual Assessment Centre:

Date: %s
Time: %s - %s (UK time)
Platform: Microsoft Teams (joining links will be emailed to you the day before)

The morning is made up of three parts:
- a group exercise with other candidates
- a written case study (you'll be sent the pack on the day)
- an interview with one of our audit managers, focusing on your strengths and motivation for audit

There's nothing to prepare for the case study, but do have a look at our website and think about why Audit & Assurance at Harcourt Lyle.

If you have any questions or need any adjustments, just reply to this email.

Best wishes,
Priyanka

%s
""" % (longdate(vac_s), hm(vac_s), hm(vac_e), sig)
    files["01-virtual-assessment-centre-confirmation.eml"] = message([
        ("Received", received("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.63", "k3j2hgt0pa", d1)),
        ("Return-Path", "<%s>" % pm[1]),
        ("From", addr(*pm)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Virtual Assessment Centre - Audit & Assurance Graduate Programme (Leeds)"),
        ("Thread-Topic", "Virtual Assessment Centre - Audit & Assurance Graduate Programme (Leeds)"),
        ("Thread-Index", "AdtS0Q1cU8W7mYxLT4CjG2w5pQe0Zg=="),
        ("Date", rfc(d1)),
        ("Message-ID", "<AM9PR03MB7121A5D04E3C8F21B9@AM9PR03MB7121.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ], alt("_000_AM9PR03MB7121A5D04E3C8F21B9AM9PR03MB7121eurp_", b1))
    b2 = """Hi Ffion,

Thank you for attending our Virtual Assessment Centre last Wednesday. I'm really pleased to let you know that you have been successful and we'd like to invite you to the final stage - a partner interview.

Jonathan Ashby-Kerr, one of our Audit Partners in Leeds, will be interviewing you. I'll send a Teams invitation shortly for Monday 2 November at 11:00 (45 minutes) - please let me know if that doesn't work.

Best wishes,
Priyanka

%s
""" % sig
    files["02-vac-outcome-partner-stage.eml"] = message([
        ("Received", received("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.71", "m0c7bq2s1x", d2)),
        ("Return-Path", "<%s>" % pm[1]),
        ("From", addr(*pm)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Good news - Audit & Assurance Graduate Programme"),
        ("Thread-Topic", "Good news - Audit & Assurance Graduate Programme"),
        ("Date", rfc(d2)),
        ("Message-ID", "<AM9PR03MB71215E77C0D1B62A40@AM9PR03MB7121.eurprd03.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt("_000_AM9PR03MB71215E77C0D1B62A40AM9PR03MB7121eurp_", b2))
    desc = """Hi Ffion,

As promised, here is the invitation for your partner interview with Jonathan Ashby-Kerr (Audit Partner, Leeds). The interview will last 45 minutes and will be held on Teams. Jonathan will want to hear about your motivation for audit and for Harcourt Lyle, and there will be time for your questions at the end.

Please accept this invitation so it appears in your calendar.

Best wishes,
Priyanka

""" + teams("ZGE3YzM1N2MtNTk0Zi00ZDE1LWI4NmQtYjIwNDJjYjM5ZTRh", "381 562 907 114", "Xq8rT2")
    plain = "When: %s\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (outlook_when(pi_s, pi_e), desc)
    ics = vcal("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        "040000008200E00074C5B7101A82E00800000000C0F8D13AA42BDD010000000000000000100000007A1F0C6E5D2A8B4E",
        pi_s, pi_e, "Partner interview - Ffion Carraway - Audit & Assurance (Leeds)", d3,
        organizer=pm, attendees=[attendee(OWNER_NAME, OWNER), attendee(*ja)], tzid="GMT Standard Time",
        description=plain, location="Microsoft Teams Meeting", lang="en-GB",
        extra=outlook_extra() + ["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE3YzM1N2MtNTk0Zi00ZDE1LWI4NmQtYjIwNDJjYjM5ZTRh%40thread.v2/0",
                                 "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"] + reminder(15))],
        tz=[VTZ_WIN_GMT])
    root = multi("alternative", "_000_AM9PR03MB7121F30E6B2D5C91C7AM9PR03MB7121eurp_", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_doc(plain), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64"),
    ])
    files["03-partner-interview-teams-invite.eml"] = message([
        ("Received", received("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.88", "r5p1ve8u4n", d3)),
        ("Return-Path", "<%s>" % pm[1]),
        ("From", addr(*pm)),
        ("To", "%s, %s" % (addr(OWNER_NAME, OWNER), addr(*ja))),
        ("Subject", "Partner interview - Ffion Carraway - Audit & Assurance (Leeds)"),
        ("Thread-Topic", "Partner interview - Ffion Carraway - Audit & Assurance (Leeds)"),
        ("Date", rfc(d3)),
        ("Message-ID", "<AM9PR03MB7121F30E6B2D5C91C7@AM9PR03MB7121.eurprd03.prod.outlook.com>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("Content-Language", "en-GB"),
    ], root)
    role = "Audit & Assurance Graduate Programme"
    lab = label([
        iv("Harcourt Lyle LLP", role, vac_s, vac_e, "scheduled", [], [pm[1]], "onsite"),
        iv("Harcourt Lyle LLP", role, pi_s, pi_e, "scheduled", [ja[1]], [ja[1]], "hiring_manager"),
    ], "hard", "positive/two-interviews-across-clock-change",
        "Big Four-style: virtual assessment centre (group exercise + case study + manager interview, one morning "
        "= ONE onsite, BST, body only, assessors unnamed -> coordinator) and a partner interview via Teams "
        "invite (TZID 'GMT Standard Time', display label UTC+00:00) after the clock change, 2 Nov = +00:00.")
    return cid, files, lab


@case
def c03():
    cid = "b174-03-hirevue-on-demand-then-live"
    co = "pembertonmarsh.example"
    ab = ("Aisha Begum", "aisha.begum@" + co)
    start = wd(t(2026, 10, 15, 14, 0), "Thursday")
    end = t(2026, 10, 15, 14, 45)
    deadline = wd(t(2026, 9, 27, 23, 59), "Sunday")
    d1 = wd(t(2026, 9, 21, 8, 2, 44, tz=UTC), "Monday")
    d2 = wd(t(2026, 10, 1, 13, 37, 12, tz=UTC), "Thursday")
    d3 = wd(t(2026, 10, 2, 8, 55, 3), "Friday")
    files = {}
    hv_footer = """
---
This message was sent by HireVue on behalf of Pemberton Marsh.
HireVue, Inc. | 10876 S River Front Pkwy, Suite 500 | South Jordan, UT 84095
Privacy: https://www.hirevue.com/privacy"""
    b1 = """Hi Ffion,

Thank you for your application to the Pemberton Marsh Graduate Programme - Corporate Banking.

The next step is a HireVue video interview. This is an on-demand interview: you will record your answers to a short set of pre-recorded questions at a time that suits you. There is no live interviewer.

- 5 questions
- 30 seconds thinking time and up to 3 minutes to answer each question
- Allow around 30 minutes

Please complete your video interview by 23:59 BST on %s.

Start your interview: https://app.hirevue.com/interviews/pmarsh-grad27-cb/start?token=8f3ca1d2e7

We recommend that you use the practice questions first to check your camera and microphone.

Good luck!
Pemberton Marsh Early Careers
%s
""" % (longdate(deadline), hv_footer)
    files["01-hirevue-video-interview-invitation.eml"] = message([
        ("Received", received("o7.email.hirevue.com", "167.89.48.201", "hvq81ab0c2", d1)),
        ("Return-Path", "<bounces+1884210-4f1a-%s@email.hirevue.com>" % OWNER.replace("@", "=")),
        ("From", "Pemberton Marsh via HireVue <noreply@hirevue.com>"),
        ("To", OWNER),
        ("Subject", "Pemberton Marsh - Your Video Interview Invitation"),
        ("Date", rfc(d1)),
        ("Message-ID", "<hv.8f3ca1d2e7.20260921080244@email.hirevue.com>"),
        ("List-Unsubscribe", "<https://app.hirevue.com/unsubscribe/8f3ca1d2e7>"),
    ], alt("hv_alt_8f3ca1d2e7_0921", b1, font="Helvetica,Arial,sans-serif"))
    b2 = """Hi Ffion,

Your Live Interview for Graduate Programme - Corporate Banking has been scheduled.

Date: %s
Time: %s - %s (GMT+01:00) Europe/London
Interviewer(s): Callum Rhodes

Join your interview: https://app.hirevue.com/interviews/live/pm-7741093/join

Join from a laptop or desktop with Chrome, Edge or Safari and a working webcam and microphone. We recommend joining 5 minutes early to test your audio and video.

Add this interview to your calendar using the attached file.

Pemberton Marsh Early Careers
%s
""" % (start.strftime("%A, %B %-d, %Y"), start.strftime("%-I:%M %p"), end.strftime("%-I:%M %p"), hv_footer)
    ics = vcal("REQUEST", "-//HireVue//Live Interview//EN", [vevent(
        "live-pm-7741093@hirevue.com", start, end, "Pemberton Marsh - Live Interview", d2,
        organizer=("Pemberton Marsh via HireVue", "noreply@hirevue.com"),
        attendees=[attendee(OWNER_NAME, OWNER, partstat="NEEDS-ACTION")],
        description="Live interview with Callum Rhodes. Join: https://app.hirevue.com/interviews/live/pm-7741093/join",
        location="https://app.hirevue.com/interviews/live/pm-7741093/join")])
    files["02-hirevue-live-interview-scheduled.eml"] = message([
        ("Received", received("o7.email.hirevue.com", "167.89.48.201", "hvq9x3l7a1", d2)),
        ("Return-Path", "<bounces+1884210-9c2e-%s@email.hirevue.com>" % OWNER.replace("@", "=")),
        ("From", "Pemberton Marsh via HireVue <noreply@hirevue.com>"),
        ("To", OWNER),
        ("Subject", "Your Live Interview has been scheduled - Pemberton Marsh"),
        ("Date", rfc(d2)),
        ("Message-ID", "<hv.live.pm-7741093.20261001133712@email.hirevue.com>"),
    ], multi("mixed", "hv_mixed_pm7741093", [
        alt("hv_alt_pm7741093", b2, font="Helvetica,Arial,sans-serif"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST; name="interview.ics"', ics, "base64",
             disp='attachment; filename="interview.ics"'),
    ]))
    b3 = """Hi Ffion,

Just a quick note to go with the HireVue confirmation you'll have received yesterday. Your live interview on Thursday 15th will be with Callum Rhodes, a Director in our Corporate Banking team. It's a competency and motivation interview rather than a technical one, so think about examples from your degree, your part-time work and your society roles.

If anything changes or you have trouble with the link, please reply to me directly rather than to the HireVue address.

Kind regards,
Aisha

Aisha Begum
Early Careers Recruitment Partner
Pemberton Marsh | 22 Cornhill, London EC3V 3ND
aisha.begum@pembertonmarsh.example
"""
    files["03-recruiter-note-live-interview.eml"] = message([
        ("Received", received("mail-eopbgr130083.outbound.protection.outlook.com", "40.107.13.83", "pe2b7w4n0k", d3)),
        ("Return-Path", "<%s>" % ab[1]),
        ("From", addr(*ab)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Your live interview on 15 October"),
        ("Date", rfc(d3)),
        ("Message-ID", "<DB9PR08MB6620B7E1A34C09F5E2@DB9PR08MB6620.eurprd08.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt("_000_DB9PR08MB6620B7E1A34C09F5E2DB9PR08MB6620eurp_", b3))
    lab = label([iv("Pemberton Marsh", "Graduate Programme - Corporate Banking", start, end, "scheduled", [],
                    [ab[1]], "other")],
                "medium", "positive/hirevue-live-after-on-demand",
                "First mail is a HireVue on-demand (one-way) video interview with a deadline: not an interview. "
                "Second is a HireVue LIVE interview with a named interviewer (.ics in UTC): the one interview. "
                "Interviewer Callum Rhodes has no address in the case -> follow up with recruiter Aisha Begum.")
    return cid, files, lab


@case
def c04():
    cid = "b174-04-dublin-office-technical-standalone-ics"
    co = "liffeysidebank.example"
    ok = ("Orla Keane", "orla.keane@" + co)
    sn = ("Siobhán Ní Bhriain", "siobhan.nibhriain@" + co)
    ka = ("Kwame Asante", "kwame.asante@" + co)
    start = wd(t(2026, 10, 27, 10, 0, tz=DUB), "Tuesday")
    end = t(2026, 10, 27, 11, 0, tz=DUB)
    assert_offset(start, "+0000")
    d1 = wd(t(2026, 10, 15, 11, 20, 37, tz=DUB), "Thursday")
    files = {}
    b1 = """Hi Ffion,

Thanks for completing our online assessment - we'd love to invite you to a technical interview for the Technology Graduate Programme (Software Engineering), based in our Dublin office.

When: Tuesday 27 October at 10:00 Irish time (the same as UK time - and note that the clocks go back in both Ireland and the UK on Sunday 25 October, so it will be 10:00 GMT)
Length: 60 minutes
Where: Webex (link in the calendar invitation)
Interviewers: Siobhán Ní Bhriain (Engineering Lead, Payments Platform) and Kwame Asante (Senior Software Engineer)

The interview is a mix of a short coding exercise (any language you like) and a conversation about a project you've worked on. You'll receive the calendar invitation separately; please accept it so the team know you're coming.

Go raibh maith agat,
Orla

Orla Keane
Graduate Talent Acquisition | Liffeyside Bank
Sir John Rogerson's Quay, Dublin 2, D02 X576
+353 1 555 0147
"""
    files["01-recruiter-technical-interview.eml"] = message([
        ("Received", received("mail-db8eur05on2061.outbound.protection.outlook.com", "40.107.20.61", "lb4c2m9q0e", d1)),
        ("Return-Path", "<%s>" % ok[1]),
        ("From", addr(*ok)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Technical interview - Technology Graduate Programme (Dublin)"),
        ("Date", rfc(d1)),
        ("Message-ID", "<VI1PR02MB5983D0B3A1F26C7E48@VI1PR02MB5983.eurprd02.prod.outlook.com>"),
        ("Content-Language", "en-IE"),
    ], alt("_000_VI1PR02MB5983D0B3A1F26C7E48VI1PR02MB5983eurp_", b1, cte="base64"))
    ics = vcal("REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [vevent(
        "liffeyside-grad-tech-20261027-carraway@liffeysidebank.example", start, end,
        "Technical interview - Ffion Carraway - Technology Graduate Programme", d1, organizer=ok,
        attendees=[attendee(*sn), attendee(*ka), attendee(OWNER_NAME, OWNER)], tzid="Europe/Dublin",
        description="Technical interview (60 min): short coding exercise + project discussion.\n"
                    "Interviewers: Siobhán Ní Bhriain and Kwame Asante.\n"
                    "Webex: https://liffeysidebank.webex.com/meet/grad.interviews.3",
        location="Webex - https://liffeysidebank.webex.com/meet/grad.interviews.3",
        extra=outlook_extra() + reminder(15))], tz=[VTZ_DUBLIN])
    files["02-technical-interview.ics"] = ics.encode("utf-8")
    lab = label([iv("Liffeyside Bank", "Technology Graduate Programme (Software Engineering)", start, end,
                    "scheduled", [sn[1], ka[1]], [sn[1], ka[1]], "technical")],
                "medium", "positive/dublin-standalone-ics",
                "Dublin office: recruiter e-mail (base64 bodies) + standalone .ics with a Europe/Dublin VTIMEZONE "
                "(IST/GMT). Interview on 27 Oct, two days after the EU clock change -> +00:00. One interview "
                "through two channels; two interviewers with addresses in the .ics.")
    return cid, files, lab


@case
def c05():
    cid = "b174-05-new-york-interview-dst-gap-week"
    co = "halvardbrothers.example"
    do = ("Danielle Ortega", "dortega@" + co)
    mf = ("Marcus Feld", "marcus.feld@" + co)
    start = wd(t(2026, 10, 29, 10, 0, tz=NYC), "Thursday")
    end = t(2026, 10, 29, 10, 45, tz=NYC)
    alt_slot = t(2026, 10, 29, 11, 30, tz=NYC)
    assert_offset(start, "-0400")
    assert start.astimezone(LON).hour == 14 and start.astimezone(LON).strftime("%z") == "+0000"
    d1 = wd(t(2026, 10, 20, 15, 12, 9, tz=NYC), "Tuesday")
    d_reply = wd(t(2026, 10, 20, 21, 4, tz=LON), "Tuesday")
    d2 = wd(t(2026, 10, 21, 9, 3, 40, tz=NYC), "Wednesday")
    sig = """Danielle Ortega
Campus Recruiting | Halvard Brothers & Co.
300 Vesey Street, New York, NY 10282
(212) 555-0188"""
    files = {}
    b1 = """Hi Ffion,

Thank you for your application to our 2027 Analyst Program - Markets Technology (New York). I'm pleased to let you know the team would like to move forward with a first-round interview.

Would either of these times work for you?

  * Thursday, October 29 at 10:00 AM ET
  * Thursday, October 29 at 11:30 AM ET

I know you're based in the UK, so if neither works with your lecture schedule just let me know and I'll find alternatives. The interview is 45 minutes over Zoom.

Best,
Danielle

%s
""" % sig
    mid1 = "<BL1PR13MB5107A6C2E89D1F04B3@BL1PR13MB5107.namprd13.prod.outlook.com>"
    files["01-first-round-availability.eml"] = message([
        ("Received", received("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.92.117", "ny3u0d7c5h", d1)),
        ("Return-Path", "<%s>" % do[1]),
        ("From", addr(*do)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Halvard Brothers - 2027 Analyst Program first round interview"),
        ("Date", rfc(d1)),
        ("Message-ID", mid1),
        ("Content-Language", "en-US"),
    ], alt("_000_BL1PR13MB5107A6C2E89D1F04B3BL1PR13MB5107namp_", b1))
    reply = """Hi Danielle,

Thank you so much - Thursday at 10:00 AM ET works well for me. If I've got the time difference right that's 3pm here in the UK.

Looking forward to it.

Best wishes,
Ffion"""
    first_q = quote(b1.strip())
    b2 = """Hi Ffion,

Great - you're confirmed for Thursday, October 29 at 10:00 AM ET.

One small correction on the time difference: the UK clocks go back on Sunday, October 25 but ours don't change until November 1, so that week we're only four hours apart. It'll be 2:00 PM for you in London, not 3:00 PM.

You'll be speaking with Marcus Feld (Vice President, Markets Technology - marcus.feld@halvardbrothers.example) for 45 minutes. Expect a mix of behavioral questions and a conversation about a technical project from your degree. Zoom details are below.

Best,
Danielle

%s

Topic: Halvard Brothers - Analyst interview (F. Carraway)
Time: Oct 29, 2026 10:00 AM Eastern Time (US and Canada)
Join Zoom Meeting
https://halvardbrothers.zoom.us/j/93184027716?pwd=Qm9yZUx5c0RhdGFXbE5qZz09
Meeting ID: 931 8402 7716
Passcode: 551903

On Tue, Oct 20, 2026 at 4:04 PM Ffion Carraway <%s> wrote:
%s
>
>> From: Danielle Ortega <%s>
>> Sent: Tuesday, October 20, 2026 3:12 PM
>> To: Ffion Carraway <%s>
>> Subject: Halvard Brothers - 2027 Analyst Program first round interview
>>
%s
""" % (sig, OWNER, quote(reply), do[1], OWNER, "\n".join(">" + l for l in first_q.split("\n")))
    assert d_reply.astimezone(NYC).strftime("%-I:%M %p") == "4:04 PM"
    files["02-re-first-round-confirmed.eml"] = message([
        ("Received", received("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.92.121", "ny8k2x1p6w", d2)),
        ("Return-Path", "<%s>" % do[1]),
        ("From", addr(*do)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr(*mf)),
        ("Subject", "RE: Halvard Brothers - 2027 Analyst Program first round interview"),
        ("Date", rfc(d2)),
        ("Message-ID", "<BL1PR13MB51070D44F1E8C62A91@BL1PR13MB5107.namprd13.prod.outlook.com>"),
        ("In-Reply-To", "<CAF7pLr+0kN2xWq4dYb8mE3vR1sTz6uHc9@mail.example.com>"),
        ("References", "%s <CAF7pLr+0kN2xWq4dYb8mE3vR1sTz6uHc9@mail.example.com>" % mid1),
        ("Content-Language", "en-US"),
    ], alt("_000_BL1PR13MB51070D44F1E8C62A91BL1PR13MB5107namp_", b2))
    assert alt_slot.hour == 11
    lab = label([iv("Halvard Brothers & Co.", "2027 Analyst Program - Markets Technology", start, end, "scheduled",
                    [mf[1]], [mf[1]], "technical")],
                "hard", "positive/new-york-dst-gap-thread",
                "Propose/confirm thread with a New York bank. 10:00 AM ET on Thu 29 Oct 2026 = EDT (-04:00): the "
                "US clocks change on 1 Nov, the UK ones on 25 Oct, so London is 14:00 GMT that week; the candidate's "
                "'3pm' guess is corrected in the reply.")
    return cid, files, lab


@case
def c06():
    cid = "b174-06-sova-technical-interview-rescheduled"
    co = "severnside-aero.example"
    lh = ("Lowri Hughes", "lowri.hughes@" + co)
    gp = ("Gareth Powell", "gareth.powell@" + co)
    s0 = wd(t(2026, 10, 20, 10, 0), "Tuesday")
    e0 = t(2026, 10, 20, 11, 0)
    s1 = wd(t(2026, 10, 22, 14, 0), "Thursday")
    e1 = t(2026, 10, 22, 15, 0)
    d1 = wd(t(2026, 10, 5, 12, 31, 4), "Monday")
    d2 = wd(t(2026, 10, 15, 17, 48, 30), "Thursday")
    d_r = wd(t(2026, 10, 15, 19, 2), "Thursday")
    d3 = wd(t(2026, 10, 16, 9, 10, 12), "Friday")
    d4 = wd(t(2026, 10, 16, 9, 14, 55), "Friday")
    sova_from = "Severnside Aerostructures Early Careers <no-reply@sovaassessment.com>"
    uid = "sova-int-55c1e2a0-7f3b-4b8e-9a61-0d2f6c4e8b17@sovaassessment.com"
    files = {}

    def sova_mail(seq, s, e, stamp, intro):
        body = """Dear Ffion,

%s

Role: Graduate Stress Engineer (Aerostructures)
Stage: Technical interview
Date: %s
Time: %s - %s (BST)
Interviewer: Gareth Powell, Principal Stress Engineer
Location: Microsoft Teams - the joining link is in the attached calendar invitation

The interview will include a discussion of your final-year project and a short hand calculation - please have a pen, paper and calculator to hand.

You can view your booking at any time on your candidate dashboard: https://severnside.sovaassessment.com/candidate/dashboard

Kind regards,
Early Careers Team
Severnside Aerostructures

This is an automated message sent via Sova. Replies to this address are not monitored.
""" % (intro, longdate(s), hm(s), hm(e))
        ics = vcal("REQUEST", "-//Sova Assessment//Scheduler 3.2//EN", [vevent(
            uid, s, e, "Severnside Aerostructures - Technical interview (Ffion Carraway)", stamp,
            organizer=("Severnside Early Careers", "no-reply@sovaassessment.com"),
            attendees=[attendee(*gp, partstat="ACCEPTED", rsvp=False), attendee(OWNER_NAME, OWNER)],
            seq=seq, tzid="Europe/London",
            description="Technical interview with Gareth Powell (Principal Stress Engineer).\n"
                        "Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmJhY2Q4%40thread.v2/0",
            location="Microsoft Teams")], tz=[VTZ_LONDON])
        return body, ics

    b1, ics1 = sova_mail(0, s0, e0, d1, "Your technical interview with Severnside Aerostructures has been booked.")
    files["01-sova-technical-interview-booked.eml"] = message([
        ("Received", received("mail.sovaassessment.com", "35.177.41.90", "sv1a8c3d0f", d1)),
        ("Return-Path", "<bounce@sovaassessment.com>"),
        ("From", sova_from),
        ("To", OWNER),
        ("Subject", "Technical interview booked - Severnside Aerostructures"),
        ("Date", rfc(d1)),
        ("Message-ID", "<sova.notify.55c1e2a0.0@sovaassessment.com>"),
    ], multi("mixed", "=_sova_b1_55c1e2a0", [
        alt("=_sova_a1_55c1e2a0", b1, font="Arial,sans-serif"),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"', ics1, "base64",
             disp='attachment; filename="invite.ics"'),
    ]))
    b2 = """Hi Ffion,

Apologies for the short notice - Gareth has to be at our Filton site all day on Tuesday, so we need to move your technical interview. Could you do Thursday 22nd at 2pm instead? Same format, same length (one hour).

Thanks,
Lowri

Lowri Hughes
Early Careers Coordinator
Severnside Aerostructures
Tel: 0117 496 0733
"""
    mid2 = "<CAH3b7Q1s+9kPz0wQv5JtR8mN2eY4xLdG6@mail.severnside-aero.example>"
    files["02-request-to-move-interview.eml"] = message([
        ("Received", received("mail-wr1-f54.google.com", "209.85.221.54", "lh2f7g1k9d", d2)),
        ("Return-Path", "<%s>" % lh[1]),
        ("From", addr(*lh)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Your technical interview on Tuesday"),
        ("Date", rfc(d2)),
        ("Message-ID", mid2),
    ], alt("000000000000a41f7e06221c5b0d", b2, font="Arial,Helvetica,sans-serif"))
    reply = """Hi Lowri,

No problem at all - Thursday at 2pm is fine.

Thanks,
Ffion"""
    b3 = """Brilliant, thanks Ffion - I've moved it in Sova so you should get an updated invitation in a few minutes.

Lowri

On Thu, 15 Oct 2026 at 19:02, Ffion Carraway <%s> wrote:
%s
>
> On Thu, 15 Oct 2026 at 17:48, Lowri Hughes <%s> wrote:
%s
""" % (OWNER, quote(reply), lh[1], "\n".join(">" + l for l in quote(b2.strip()).split("\n")))
    files["03-re-move-confirmed.eml"] = message([
        ("Received", received("mail-wr1-f41.google.com", "209.85.221.41", "lh5m0q3r8t", d3)),
        ("Return-Path", "<%s>" % lh[1]),
        ("From", addr(*lh)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Re: Your technical interview on Tuesday"),
        ("Date", rfc(d3)),
        ("Message-ID", "<CAH3b7Q3xV2mLq8cJ1nT0wPz5kR7fYbE9u@mail.severnside-aero.example>"),
        ("In-Reply-To", "<CAOw1nF5pYq2Hk8LmT0cVb3eJ7rX9sDz4A@mail.example.com>"),
        ("References", "%s <CAOw1nF5pYq2Hk8LmT0cVb3eJ7rX9sDz4A@mail.example.com>" % mid2),
    ], alt("000000000000c83b2a0622261f91", b3, font="Arial,Helvetica,sans-serif"))
    assert d_r.hour == 19
    b4, ics2 = sova_mail(1, s1, e1, d4, "Your technical interview with Severnside Aerostructures has been rescheduled. "
                                        "Your previous booking on %s has been replaced by the booking below." %
                         s0.strftime("%A %-d %B"))
    files["04-sova-technical-interview-updated.eml"] = message([
        ("Received", received("mail.sovaassessment.com", "35.177.41.90", "sv7e2b9c4a", d4)),
        ("Return-Path", "<bounce@sovaassessment.com>"),
        ("From", sova_from),
        ("To", OWNER),
        ("Subject", "Updated: technical interview rescheduled - Severnside Aerostructures"),
        ("Date", rfc(d4)),
        ("Message-ID", "<sova.notify.55c1e2a0.1@sovaassessment.com>"),
    ], multi("mixed", "=_sova_b1_55c1e2a1", [
        alt("=_sova_a1_55c1e2a1", b4, font="Arial,sans-serif"),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"', ics2, "base64",
             disp='attachment; filename="invite.ics"'),
    ]))
    lab = label([iv("Severnside Aerostructures", "Graduate Stress Engineer (Aerostructures)", s1, e1, "scheduled",
                    [gp[1]], [gp[1]], "technical")],
                "medium", "positive/reschedule-ats-and-email",
                "Sova booking (SEQUENCE 0, Tue 20 Oct 10:00) moved by the coordinator to 'Thursday 22nd at 2pm'; "
                "updated Sova invite SEQUENCE 1 with the same UID. One interview at the final time. Interviewer's "
                "address is in the .ics attendee list.")
    return cid, files, lab


@case
def c07():
    cid = "b174-07-strengths-interview-cancelled-outlook"
    co = "kingsgatemutual.example"
    ho = ("Hannah Osei", "hannah.osei@" + co)
    start = wd(t(2026, 11, 6, 13, 30), "Friday")
    end = t(2026, 11, 6, 14, 15)
    assert_offset(start, "+0000")
    d1 = wd(t(2026, 10, 28, 10, 5, 19), "Wednesday")
    d2 = wd(t(2026, 11, 3, 15, 22, 48), "Tuesday")
    uid = "040000008200E00074C5B7101A82E00800000000F1A2C35B0F6ADD01000000000000000010000000C3E94B2A17D6F04F"
    sig = """Hannah Osei
Early Careers Talent Partner
Kingsgate Mutual | Kingsgate House, Northampton NN4 7XB
hannah.osei@kingsgatemutual.example

Kingsgate Mutual Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority."""
    desc1 = """Hi Ffion,

Following your Cappfinity assessment results, I'd like to invite you to a strengths-based interview for our 2027 Risk Graduate Programme. I'll be conducting the interview myself - it will last around 45 minutes on Teams. There's no need to prepare anything specific; we're interested in what energises you and what you do well.

Kind regards,
Hannah

%s

%s""" % (sig, teams("OTQ1ZjZiMDEtYTcxMi00N2QxLTk0ZjUtMGQ1ZDAyNDlhOGQ3", "347 108 652 289", "u7Vh3B"))
    subj = "Strengths-based interview - Risk Graduate Programme"
    plain1 = "When: %s\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (outlook_when(start, end), desc1)
    ics1 = vcal("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid, start, end, subj, d1, organizer=ho, attendees=[attendee(OWNER_NAME, OWNER)], tzid="GMT Standard Time",
        description=plain1, location="Microsoft Teams Meeting", lang="en-GB",
        extra=outlook_extra() + reminder(15))], tz=[VTZ_WIN_GMT])
    files = {}
    files["01-strengths-interview-invite.eml"] = message([
        ("Received", received("GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.20.131", "kg0e4f7t2w", d1)),
        ("Return-Path", "<%s>" % ho[1]),
        ("From", addr(*ho)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", subj),
        ("Thread-Topic", subj),
        ("Date", rfc(d1)),
        ("Message-ID", "<CWLP265MB3218A0E7C4F19D25B6@CWLP265MB3218.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("Content-Language", "en-GB"),
    ], multi("alternative", "_000_CWLP265MB3218A0E7C4F19D25B6CWLP265MB3218GBRP_", [
        leaf('text/plain; charset="utf-8"', plain1, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_doc(plain1), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics1, "base64"),
    ]))
    desc2 = """Hi Ffion,

I'm really sorry to do this, but I need to cancel your interview on Friday. We have now filled all of the places on the 2027 Risk Graduate Programme, so we won't be holding any further interviews this year.

I appreciate the time you've already put into your application. If you'd like us to consider you for our other programmes, just reply and let me know which interests you.

Kind regards,
Hannah

%s""" % sig
    plain2 = "When: %s\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (outlook_when(start, end), desc2)
    ics2 = vcal("CANCEL", "Microsoft Exchange Server 2010", [vevent(
        uid, start, end, "Cancelled: " + subj, d2, organizer=ho, attendees=[attendee(OWNER_NAME, OWNER, rsvp=False)],
        tzid="GMT Standard Time", seq=1, description=plain2, location="Microsoft Teams Meeting", lang="en-GB",
        status="CANCELLED", extra=outlook_extra("FREE") + ["X-MICROSOFT-CDO-APPT-SEQUENCE:1"])], tz=[VTZ_WIN_GMT])
    ics2 = ics2.replace("X-MICROSOFT-CDO-APPT-SEQUENCE:0\r\n", "")
    files["02-cancelled-strengths-interview.eml"] = message([
        ("Received", received("GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.20.140", "kg6r1c3y8q", d2)),
        ("Return-Path", "<%s>" % ho[1]),
        ("From", addr(*ho)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Cancelled: " + subj),
        ("Thread-Topic", subj),
        ("Date", rfc(d2)),
        ("Message-ID", "<CWLP265MB32187B19D0E6A54C38@CWLP265MB3218.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-GB"),
    ], multi("alternative", "_000_CWLP265MB32187B19D0E6A54C38CWLP265MB3218GBRP_", [
        leaf('text/plain; charset="utf-8"', plain2, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_doc(plain2), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=CANCEL', ics2, "base64"),
    ]))
    lab = label([iv("Kingsgate Mutual", "Risk Graduate Programme", start, end, "cancelled", [ho[1]], [ho[1]], "other")],
                "medium", "positive/cancellation-outlook",
                "Teams invite for a strengths-based interview conducted by the talent partner herself, then "
                "METHOD:CANCEL / STATUS:CANCELLED (SEQUENCE 1, same UID) because the programme is full. Kept as "
                "cancelled at its last time (Fri 6 Nov 13:30 GMT). Cancellation-only positive.")
    return cid, files, lab


@case
def c08():
    cid = "b174-08-amberjack-phone-interview-cancelled-then-rebooked"
    co = "northmoorwater.example"
    tb = ("Tom Beresford", "tom.beresford@" + co)
    s1 = wd(t(2026, 10, 8, 16, 0), "Thursday")
    e1 = t(2026, 10, 8, 16, 30)
    s2 = wd(t(2026, 10, 14, 12, 30), "Wednesday")
    e2 = t(2026, 10, 14, 13, 0)
    d1 = wd(t(2026, 9, 28, 19, 40, 2), "Monday")
    d2 = wd(t(2026, 10, 6, 8, 15, 30), "Tuesday")
    d3 = wd(t(2026, 10, 6, 8, 16, 11), "Tuesday")
    d4 = wd(t(2026, 10, 7, 21, 2, 45), "Wednesday")
    book_by = wd(t(2026, 10, 9, 23, 59), "Friday")
    frm = "Northmoor Water Early Careers <earlycareers-noreply@northmoorwater.example>"
    foot = """
Questions? Contact Tom Beresford, Early Careers Advisor: tom.beresford@northmoorwater.example
Please do not reply to this email - this mailbox is not monitored.

Northmoor Water Services Ltd, Northmoor House, Wakefield WF1 2TE
Candidate scheduling powered by Amberjack"""
    files = {}

    def booking(ref, s, e, stamp, extra_line):
        body = """Hi Ffion,

Your booking is confirmed.

Event: Telephone interview - Graduate Engineering Scheme (Water Networks)
Date: %s
Time: %s - %s
Booking reference: %s

%sWe will call you on the mobile number in your application (ending %s). The interview lasts up to 30 minutes and covers your motivation for the scheme and some competency questions.

If you need to cancel or change your booking, please use the link below at least 48 hours before your interview:
https://northmoorwater.amberjack.example/manage-booking/%s

Good luck!
Northmoor Water Early Careers Team
%s
""" % (longdate(s), hm(s), hm(e), ref, extra_line, OWNER_MOBILE[-3:], ref, foot)
        ics = vcal("REQUEST", "-//Amberjack//Candidate Scheduling//EN", [vevent(
            "%s@northmoorwater.amberjack.example" % ref, s, e,
            "Northmoor Water - Telephone interview (%s)" % ref, stamp,
            organizer=("Northmoor Water Early Careers", "earlycareers-noreply@northmoorwater.example"),
            attendees=[attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)], tzid="Europe/London",
            description="Telephone interview - Graduate Engineering Scheme (Water Networks). We will call you.",
            location="Telephone")], tz=[VTZ_LONDON])
        return body, ics

    b1, ics1 = booking("NW-TI-40721", s1, e1, d1, "")
    files["01-booking-confirmed-telephone-interview.eml"] = message([
        ("Received", received("smtp.amberjack.example", "20.108.33.14", "aj1c0k7m3s", d1)),
        ("Return-Path", "<bounces@northmoorwater.example>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Booking confirmed: Telephone interview - Northmoor Water"),
        ("Date", rfc(d1)),
        ("Message-ID", "<aj-booking-NW-TI-40721-confirm@northmoorwater.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", "aj_mixed_NWTI40721", [
        alt("aj_alt_NWTI40721", b1, font="Verdana,Arial,sans-serif"),
        leaf('text/calendar; method=REQUEST; charset=UTF-8; name="booking.ics"', ics1, "base64",
             disp='attachment; filename="booking.ics"'),
    ]))
    b2 = """Hi Ffion,

Unfortunately we need to cancel your telephone interview on %s at %s (booking reference NW-TI-40721) because the interviewer is no longer available. We're very sorry for the inconvenience.

This booking has now been cancelled and the reference is no longer valid. You will receive a separate invitation shortly so that you can choose a new interview slot.

Northmoor Water Early Careers Team
%s
""" % (s1.strftime("%A %-d %B"), hm(s1), foot)
    ics_c = vcal("CANCEL", "-//Amberjack//Candidate Scheduling//EN", [vevent(
        "NW-TI-40721@northmoorwater.amberjack.example", s1, e1,
        "CANCELLED: Northmoor Water - Telephone interview (NW-TI-40721)", d2,
        organizer=("Northmoor Water Early Careers", "earlycareers-noreply@northmoorwater.example"),
        attendees=[attendee(OWNER_NAME, OWNER, rsvp=False)], seq=1, tzid="Europe/London",
        status="CANCELLED")], tz=[VTZ_LONDON])
    files["02-telephone-interview-cancelled.eml"] = message([
        ("Received", received("smtp.amberjack.example", "20.108.33.14", "aj4p8v2n6d", d2)),
        ("Return-Path", "<bounces@northmoorwater.example>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Your telephone interview on %s has been cancelled" % s1.strftime("%-d %B")),
        ("Date", rfc(d2)),
        ("Message-ID", "<aj-booking-NW-TI-40721-cancel@northmoorwater.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", "aj_mixed_NWTI40721c", [
        alt("aj_alt_NWTI40721c", b2, font="Verdana,Arial,sans-serif"),
        leaf('text/calendar; method=CANCEL; charset=UTF-8; name="cancel.ics"', ics_c, "base64",
             disp='attachment; filename="cancel.ics"'),
    ]))
    b3 = """Hi Ffion,

You are invited to book a telephone interview for the Graduate Engineering Scheme (Water Networks).

Please choose a slot between Monday 12 and Friday 16 October using the link below. Slots are allocated on a first come, first served basis.

Book your interview: https://northmoorwater.amberjack.example/book/inv-7c2e91

Please book by %s on %s.

Northmoor Water Early Careers Team
%s
""" % (hm(book_by), longdate(book_by), foot)
    files["03-invitation-to-book-new-slot.eml"] = message([
        ("Received", received("smtp.amberjack.example", "20.108.33.14", "aj5t0w9e1b", d3)),
        ("Return-Path", "<bounces@northmoorwater.example>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Action required: book your telephone interview - Northmoor Water"),
        ("Date", rfc(d3)),
        ("Message-ID", "<aj-invite-inv-7c2e91@northmoorwater.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt("aj_alt_inv7c2e91", b3, font="Verdana,Arial,sans-serif"))
    b4, ics4 = booking("NW-TI-41188", s2, e2, d4, "Your interviewer will be Sana Iqbal, Network Engineer.\n\n")
    files["04-booking-confirmed-new-slot.eml"] = message([
        ("Received", received("smtp.amberjack.example", "20.108.33.14", "aj8g3h5j2l", d4)),
        ("Return-Path", "<bounces@northmoorwater.example>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Booking confirmed: Telephone interview - Northmoor Water"),
        ("Date", rfc(d4)),
        ("Message-ID", "<aj-booking-NW-TI-41188-confirm@northmoorwater.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", "aj_mixed_NWTI41188", [
        alt("aj_alt_NWTI41188", b4, font="Verdana,Arial,sans-serif"),
        leaf('text/calendar; method=REQUEST; charset=UTF-8; name="booking.ics"', ics4, "base64",
             disp='attachment; filename="booking.ics"'),
    ]))
    role = "Graduate Engineering Scheme (Water Networks)"
    lab = label([
        iv("Northmoor Water", role, s1, e1, "cancelled", [], [tb[1]], "phone_screen"),
        iv("Northmoor Water", role, s2, e2, "scheduled", [], [tb[1]], "phone_screen"),
    ], "hard", "positive/cancel-then-new-booking",
        "Amberjack-style booking (ref NW-TI-40721, UID A) cancelled by the employer with METHOD:CANCEL; the "
        "candidate is sent a fresh invitation and makes a NEW booking (ref NW-TI-41188, new UID) -> two entries, "
        "one cancelled and one scheduled. The unbooked invitation in between is not an interview. Interviewer "
        "Sana Iqbal has no address; the advisor named in the footer is the human contact.")
    return cid, files, lab


@case
def c09():
    cid = "b174-09-in-person-assessment-centre-gcal-sessions"
    co = "brackenfieldrail.example"
    ed = ("Ellie Drummond", "ellie.drummond@" + co)
    sa = ("Sam Adeyemi", "sam.adeyemi@" + co)
    op = ("Owen Pritchard", "owen.pritchard@" + co)
    mk = ("Martina Kowalski", "martina.kowalski@" + co)
    day = (2026, 11, 4)
    s_a, e_a = wd(t(*day, 9, 30), "Wednesday"), t(*day, 11, 30)
    s_b, e_b = t(*day, 11, 45), t(*day, 12, 15)
    s_c, e_c = t(*day, 13, 0), t(*day, 14, 0)
    assert_offset(s_a, "+0000")
    d1 = wd(t(2026, 10, 22, 13, 2, 26), "Thursday")
    created = t(2026, 10, 22, 12, 48, 0)
    files = {}
    b1 = """Hi Ffion,

Congratulations again on reaching our assessment centre for the Graduate Systems Engineer scheme! Here is your itinerary for the day at our Derby Technical Centre (Brackenfield House, Pride Park, Derby DE24 8UP) on %s:

09:30 - 11:30  Welcome, introductions and group design exercise
11:45 - 12:15  Competency interview with Sam Adeyemi (HR Business Partner)
12:15 - 13:00  Lunch with some of our current graduates (informal - not assessed)
13:00 - 14:00  Technical interview with Owen Pritchard (Principal Systems Engineer) and Martina Kowalski (Signalling Design Lead)

You should be finished by 2pm. Please arrive at reception by 9:15 and bring photo ID. I've put each session in your Google Calendar separately so you have the room details.

We'll reimburse standard-class rail travel - keep your tickets.

See you on the 4th!
Ellie

--
Ellie Drummond
Early Careers Coordinator
Brackenfield Rail Engineering
01332 555 0219
""" % longdate(s_a)
    files["01-assessment-centre-itinerary.eml"] = message([
        ("Received", received("mail-ed1-f47.google.com", "209.85.208.47", "br1n7f3q0c", d1)),
        ("Return-Path", "<%s>" % ed[1]),
        ("From", addr(*ed)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Your assessment centre itinerary - Wednesday 4 November"),
        ("Date", rfc(d1)),
        ("Message-ID", "<CAB8x+Dm4Lq1zYh0WpK7nT2cVr9sFe3uJw@mail.brackenfieldrail.example>"),
    ], alt("0000000000007be5910622aa1c63", b1, font="Arial,Helvetica,sans-serif"))
    where = "Brackenfield House, Pride Park, Derby DE24 8UP"
    files["02-ac-welcome-group-exercise.gcal.json"] = gcal_event(
        "4b1kq7ur2m0v9e3cdl8s6p5h1a", created, t(2026, 10, 22, 12, 51, 10),
        "Assessment Centre: Welcome & group design exercise (Graduate Systems Engineer)",
        "Welcome and introductions from the Early Careers team, followed by the group design exercise. "
        "Meeting Room 2.14 (Severn).", ed,
        [gatt(ed[0], ed[1], "accepted", organizer=True), gatt(None, OWNER, "accepted", self_=True)],
        s_a, e_a, "Europe/London", location=where + " - Meeting Room 2.14")
    files["03-ac-competency-interview.gcal.json"] = gcal_event(
        "7h2mq0ds5kb1t8ue4oa9cv3r6g", created, t(2026, 10, 22, 12, 53, 44),
        "Assessment Centre: Competency interview - Ffion Carraway",
        "Competency interview with Sam Adeyemi. Meeting Room 1.06.", ed,
        [gatt(ed[0], ed[1], "accepted", organizer=True), gatt(sa[0], sa[1], "accepted"),
         gatt(None, OWNER, "accepted", self_=True)],
        s_b, e_b, "Europe/London", location=where + " - Meeting Room 1.06")
    files["04-ac-technical-interview.gcal.json"] = gcal_event(
        "1c9vt4pe8ra2k6m0qsl3ud7hbf", created, t(2026, 10, 22, 12, 56, 2),
        "Assessment Centre: Technical interview - Ffion Carraway",
        "Technical interview with Owen Pritchard and Martina Kowalski. You'll be asked to talk through a "
        "system you have designed and to sketch a simple interlocking problem on the whiteboard. Meeting Room 2.03.",
        ed,
        [gatt(ed[0], ed[1], "accepted", organizer=True), gatt(op[0], op[1], "accepted"),
         gatt(mk[0], mk[1], "tentative"), gatt(None, OWNER, "accepted", self_=True)],
        s_c, e_c, "Europe/London", location=where + " - Meeting Room 2.03")
    ivs = [sa[1], op[1], mk[1]]
    lab = label([iv("Brackenfield Rail Engineering", "Graduate Systems Engineer", s_a, e_c, "scheduled", ivs, ivs,
                    "onsite")],
                "hard", "positive/onsite-loop-several-events",
                "In-person assessment centre on one day, sent as an itinerary e-mail plus three Calendar API events "
                "(group exercise, competency interview, technical interview; lunch not an event). ONE onsite "
                "09:30-14:00 GMT with all three interviewers; coordinator Ellie only organises.")
    return cid, files, lab


@case
def c10():
    cid = "b174-10-careers-service-booked-employer-interview"
    uni = "holmfirth-uni.example"
    co = "quayledunn.example"
    bl = ("Bethan Lloyd", "bethan.lloyd@" + uni)
    rw = ("Rosie Whitlock", "rosie.whitlock@" + co)
    start = wd(t(2026, 10, 19, 11, 20), "Monday")
    end = t(2026, 10, 19, 11, 50)
    d1 = wd(t(2026, 10, 9, 11, 47, 33), "Friday")
    d2 = wd(t(2026, 10, 15, 18, 20, 5), "Thursday")
    files = {}
    b1 = """Dear Ffion,

Your first-round interview has been booked through Careers Connect.

Employer: Quayle & Dunn Consulting
Vacancy: Graduate Consultant (Management Consulting) - 2027 start
Date: %s
Time: %s - %s
Location: Careers Centre, Interview Room 3 (Level 1, Student Hub)
Interviewer: Rosie Whitlock, Senior Consultant

Quayle & Dunn are holding first-round interviews for their graduate scheme on campus this term. This interview is part of the employer's own selection process and is not a practice session. Please arrive 10 minutes early and let the Careers Centre reception know you are here.

If you can no longer attend, please cancel through Careers Connect at least 24 hours in advance so that another student can take the slot.

If you have any questions about the arrangements, please contact Bethan Lloyd, Employer Engagement Officer (bethan.lloyd@holmfirth-uni.example).

Best wishes,

Careers & Employability Service
Holmfirth University

This is an automated message from Careers Connect. Please do not reply to this address.
""" % (longdate(start), hm(start), hm(end))
    ics = vcal("PUBLISH", "-//Holmfirth University//Careers Connect//EN", [vevent(
        "cc-appt-2026-118734@careers.holmfirth-uni.example", start, end,
        "Interview: Quayle & Dunn Consulting (Graduate Consultant)", d1,
        organizer=("Careers & Employability", "careers-noreply@" + uni),
        attendees=[attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)], tzid="Europe/London",
        description="First-round interview with Rosie Whitlock (Senior Consultant), Quayle & Dunn Consulting.",
        location="Careers Centre, Interview Room 3 (Level 1, Student Hub)")], tz=[VTZ_LONDON])
    files["01-careers-connect-interview-booked.eml"] = message([
        ("Received", received("smtp-out.careers.holmfirth-uni.example", "194.80.12.66", "hu2d9k4w7e", d1)),
        ("Return-Path", "<careers-noreply@%s>" % uni),
        ("From", "Careers & Employability <careers-noreply@%s>" % uni),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Booking confirmation: Quayle & Dunn Consulting - first-round interview"),
        ("Date", rfc(d1)),
        ("Message-ID", "<careersconnect.appt.118734.1791110853@careers.holmfirth-uni.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", "=_cc_118734_mixed", [
        alt("=_cc_118734_alt", b1, font="Arial,sans-serif"),
        leaf('text/calendar; charset=utf-8; name="appointment.ics"', ics, "base64",
             disp='attachment; filename="appointment.ics"'),
    ]))
    b2 = """Hi Ffion,

I saw you're on my interview list at Holmfirth on Monday - I'm looking forward to meeting you at 11:20 at the Careers Centre.

It's a 30-minute conversation: about 20 minutes on your experience and why consulting, then a short case discussion (nothing to prepare - I'll talk you through it). Do bring any questions you have about the graduate scheme.

If anything changes on your side, just drop me a line here.

See you Monday,
Rosie

Rosie Whitlock
Senior Consultant | Quayle & Dunn Consulting
rosie.whitlock@quayledunn.example | 0161 555 0140
"""
    files["02-interviewer-see-you-monday.eml"] = message([
        ("Received", received("mail-lf1-f52.google.com", "209.85.167.52", "qd7a1v8z3x", d2)),
        ("Return-Path", "<%s>" % rw[1]),
        ("From", addr(*rw)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Monday's interview"),
        ("Date", rfc(d2)),
        ("Message-ID", "<CAGq4Nd7vK1sM0pWx2Yb9cLr8TfJz3eHu5@mail.quayledunn.example>"),
    ], leaf('text/plain; charset="UTF-8"', b2, "quoted-printable"))
    lab = label([iv("Quayle & Dunn Consulting", "Graduate Consultant (Management Consulting)", start, end, "scheduled",
                    [rw[1]], [rw[1]], "other")],
                "medium", "positive/careers-service-booked-interview",
                "Employer first-round interview booked through the university careers service system (careers "
                "no-reply + PUBLISH .ics), explicitly 'not a practice session'; the interviewer writes separately "
                "from her own address. Look-alike of the careers-fair and mock-interview negatives.")
    return cid, files, lab


@case
def c11():
    cid = "b174-11-phone-call-monday-half-nine-clocks-back"
    co = "tillingham-associates.example"
    jo = ("James Okoro", "james.okoro@" + co)
    d1 = wd(t(2026, 10, 24, 22, 47, 10), "Saturday")
    assert_offset(d1, "+0100")
    d_r = wd(t(2026, 10, 24, 23, 30, 0), "Saturday")
    d2 = wd(t(2026, 10, 25, 9, 5, 31), "Sunday")
    assert_offset(d2, "+0000")
    start = wd(t(2026, 10, 26, 9, 30), "Monday")
    end = t(2026, 10, 26, 10, 0)
    assert_offset(start, "+0000")
    files = {}
    b1 = """Hi Ffion,

Thanks for your application for our graduate civil engineer role - I'm one of the directors here and I'll be making the hire, so I'd like to have a first chat by phone.

Would Monday morning at half nine work? I'll ring you on the mobile number on your CV. It should take about half an hour - I'll tell you a bit about the practice and the drainage and flood-risk projects the graduate would work on, and ask you about your course and your summer placement.

Apologies for emailing on a Saturday night, no need to reply until tomorrow!

Best,
James

James Okoro CEng MICE
Director | Tillingham Associates
Structural & Civil Engineering Consultants

Sent from my iPhone"""
    mid1 = "<6E2F1A9C-4B7D-4E21-9C3A-8D5F0B7A1E44@tillingham-associates.example>"
    files["01-graduate-civil-engineer-quick-call.eml"] = message([
        ("Received", received("mail-pl1-f178.google.com", "209.85.214.178", "ti3q8w0e5r", d1)),
        ("Return-Path", "<%s>" % jo[1]),
        ("From", addr(*jo)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Graduate civil engineer – quick call?")),
        ("Date", rfc(d1)),
        ("Message-ID", mid1),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], leaf('text/plain; charset=utf-8', b1, "quoted-printable"))
    reply = """Hi James,

Thank you for getting in touch! Monday at 9:30 is perfect - I don't have lectures until the afternoon.

Best wishes,
Ffion"""
    b2 = """Great stuff - speak to you tomorrow at 9:30. Don't forget the clocks went back last night!

James

Sent from my iPhone

> On 24 Oct 2026, at 23:30, Ffion Carraway <%s> wrote:
>
%s
>
>> On 24 Oct 2026, at 22:47, James Okoro <%s> wrote:
>>
%s""" % (OWNER, quote(reply), jo[1], "\n".join(">" + l for l in quote(b1).split("\n")))
    assert d_r.hour == 23
    files["02-re-quick-call-confirmed.eml"] = message([
        ("Received", received("mail-pl1-f181.google.com", "209.85.214.181", "ti6z2x7c1v", d2)),
        ("Return-Path", "<%s>" % jo[1]),
        ("From", addr(*jo)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Re: Graduate civil engineer – quick call?")),
        ("Date", rfc(d2)),
        ("Message-ID", "<A91C3E57-0D2B-4F68-B1E9-7C4A2D6F8B03@tillingham-associates.example>"),
        ("In-Reply-To", "<CAJh2Kp9sW+4rQz1mNx7bV0cLt3yFe8uDg@mail.example.com>"),
        ("References", "%s <CAJh2Kp9sW+4rQz1mNx7bV0cLt3yFe8uDg@mail.example.com>" % mid1),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], leaf('text/plain; charset=utf-8', b2, "quoted-printable"))
    lab = label([iv("Tillingham Associates", "Graduate Civil Engineer", start, end, "scheduled", [jo[1]], [jo[1]],
                    "phone_screen")],
                "hard", "positive/relative-date-across-clock-change",
                "Body-only iPhone thread. Saturday 24 Oct (BST) 'Monday morning at half nine', confirmed on Sunday "
                "25 Oct (now GMT) as 'tomorrow at 9:30' -> Mon 26 Oct 09:30 +00:00; 'about half an hour' -> 10:00. "
                "Director who is hiring conducts the call.")
    return cid, files, lab


@case
def c12():
    cid = "b174-12-final-chat-with-md-moved-gcal-json"
    co = "pellowgeo.example"
    kp = ("Karen Pellow", "karen@" + co)
    s0 = wd(t(2026, 11, 11, 16, 0), "Wednesday")
    start = wd(t(2026, 11, 12, 16, 0), "Thursday")
    end = t(2026, 11, 12, 16, 30)
    d1 = wd(t(2026, 11, 5, 10, 31, 12), "Thursday")
    d2 = wd(t(2026, 11, 9, 17, 55, 40), "Monday")
    files = {}
    b1 = """Hi Ffion,

Thanks for sending back the mapping exercise - Dan and I were really impressed with the flood-extent analysis.

The final step in our process for the Graduate GIS Analyst role is a conversation with me. It's informal, about half an hour, and mostly a chance for you to ask questions about working at a small company like ours.

Could you do Wednesday 11 November at 4pm? I'll send a Google Meet invite.

Best wishes,
Karen

Karen Pellow
Managing Director, Pellow Geospatial Ltd
"""
    mid1 = "<CAKp8Wm2eY5+qT0vLx9cNb3rHs7dFj1uGz@mail.pellowgeo.example>"
    files["01-final-stage-conversation.eml"] = message([
        ("Received", received("mail-yw1-f170.google.com", "209.85.128.170", "pg4b0n8m2q", d1)),
        ("Return-Path", "<%s>" % kp[1]),
        ("From", addr(*kp)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Graduate GIS Analyst - final stage"),
        ("Date", rfc(d1)),
        ("Message-ID", mid1),
    ], alt("000000000000e1c6d30623a0bb21", b1, font="Arial,Helvetica,sans-serif"))
    assert s0.hour == 16
    b2 = """Hi Ffion,

Something has come up on Wednesday afternoon, I'm afraid - I've moved our chat to Thursday (the 12th), same time, 4pm. The calendar invite has been updated. Sorry for the shuffle!

Karen

On Thu, 5 Nov 2026 at 10:31, Karen Pellow <%s> wrote:
%s
""" % (kp[1], quote(b1))
    files["02-re-final-stage-moved.eml"] = message([
        ("Received", received("mail-yw1-f174.google.com", "209.85.128.174", "pg7k3j9h1s", d2)),
        ("Return-Path", "<%s>" % kp[1]),
        ("From", addr(*kp)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Re: Graduate GIS Analyst - final stage"),
        ("Date", rfc(d2)),
        ("Message-ID", "<CAKp8Wm5tR1+zH4kQv7cMb0nLs2dXe9uFy@mail.pellowgeo.example>"),
        ("In-Reply-To", mid1),
        ("References", mid1),
    ], alt("0000000000003f2a7c0623e2d410", b2, font="Arial,Helvetica,sans-serif"))
    files["03-final-stage-chat.gcal.json"] = gcal_event(
        "2d8smq4kvo7e1bh3fr9cl0u6ta", t(2026, 11, 5, 14, 2, 0), t(2026, 11, 9, 17, 53, 18),
        "Ffion Carraway <> Karen Pellow - final stage (Graduate GIS Analyst)",
        "Final step for the Graduate GIS Analyst role: an informal conversation with Karen (MD).", kp,
        [gatt(kp[0], kp[1], "accepted", organizer=True), gatt(None, OWNER, "accepted", self_=True)],
        start, end, "Europe/London", seq=1, meet="vfr-qkdm-zps")
    lab = label([iv("Pellow Geospatial", "Graduate GIS Analyst", start, end, "scheduled", [kp[1]], [kp[1]],
                    "hiring_manager")],
                "medium", "positive/gcal-json-reschedule",
                "Final-stage conversation with the MD proposed for Wed 11 Nov 4pm, moved by e-mail to Thursday 12th "
                "same time; the Calendar API event (sequence 1) carries the final time (written with Z, GMT). "
                "The mapping exercise was a take-home, not an interview.")
    return cid, files, lab


@case
def c13():
    cid = "b174-13-panel-interview-oleeo-plus-teams-dedupe"
    co = "sterlingvale.example"
    nf = ("Nadia Farouk", "nadia.farouk@" + co)
    dc = ("Dev Chauhan", "dev.chauhan@" + co)
    om = ("Olivia Marsh", "olivia.marsh@" + co)
    start = wd(t(2026, 10, 16, 11, 0), "Friday")
    end = t(2026, 10, 16, 11, 45)
    assert_offset(start, "+0100")
    d1 = wd(t(2026, 10, 5, 16, 3, 27), "Monday")
    d2 = wd(t(2026, 10, 5, 16, 40, 2), "Monday")
    d3 = wd(t(2026, 10, 15, 9, 0, 4), "Thursday")
    oleeo_from = "Sterling Vale Early Careers <no-reply@sterlingvale.tal.net>"
    files = {}
    b1 = """Dear Ffion,

Thank you for selecting your interview slot. We are pleased to confirm your panel interview for the Graduate Actuarial Programme.

Date: %s
Time: %s (UK time)
Duration: 45 minutes
Format: Video interview on Microsoft Teams

A Microsoft Teams invitation will be sent to you separately by our Early Careers team.

If you have any questions, please contact Nadia Farouk, Early Careers Coordinator, at nadia.farouk@sterlingvale.example.

Kind regards,

Early Careers Team
Sterling Vale Insurance

Please do not reply to this email.
""" % (longdate(start), hm(start))
    files["01-oleeo-panel-interview-confirmed.eml"] = message([
        ("Received", received("mta-03.tal.net", "185.46.212.31", "sv0c8q1w4e", d1)),
        ("Return-Path", "<bounces+svgrad@tal.net>"),
        ("From", oleeo_from),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Interview confirmation - Graduate Actuarial Programme"),
        ("Date", rfc(d1)),
        ("Message-ID", "<oleeo.1791212607.30417@sterlingvale.tal.net>"),
        ("X-Mailer", "Oleeo Recruit"),
        ("Auto-Submitted", "auto-generated"),
    ], alt("----=_Part_30417_1133045112.1791212607512", b1, font="Arial,Helvetica,sans-serif"))
    desc = """Hi Ffion,

Please find below the Teams details for your panel interview for the Graduate Actuarial Programme. You'll be interviewed by Dev Chauhan (Actuarial Manager) and Olivia Marsh (Senior Actuarial Analyst). I've organised the meeting but won't be joining the call.

Best wishes,
Nadia

Nadia Farouk
Early Careers Coordinator | Sterling Vale Insurance

%s""" % teams("MjQ0ZWM4ZjItOGQ3Ny00YjlmLWEzMmYtNGE3ZDA5YzZmMTE1", "316 904 775 218", "Gk4pZ9")
    subj = "Graduate Actuarial Programme - Panel Interview - Ffion Carraway"
    plain = "When: %s\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (outlook_when(start, end), desc)
    assert "(UTC+00:00)" in plain and start.strftime("%z") == "+0100"
    ics = vcal("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        "040000008200E00074C5B7101A82E00800000000A7D39C1E0D54DD01000000000000000010000000E4B81F2C9A6D0E41",
        start, end, subj, d2, organizer=nf,
        attendees=[attendee(OWNER_NAME, OWNER), attendee(*dc), attendee(*om)], tzid="GMT Standard Time",
        description=plain, location="Microsoft Teams Meeting", lang="en-GB",
        extra=outlook_extra() + reminder(15))], tz=[VTZ_WIN_GMT])
    files["02-teams-invite-panel-interview.eml"] = message([
        ("Received", received("GBR01-CWL-obe.outbound.protection.outlook.com", "40.107.11.95", "sv3m7b2n9x", d2)),
        ("Return-Path", "<%s>" % nf[1]),
        ("From", addr(*nf)),
        ("To", "%s, %s, %s" % (addr(OWNER_NAME, OWNER), addr(*dc), addr(*om))),
        ("Subject", subj),
        ("Thread-Topic", subj),
        ("Date", rfc(d2)),
        ("Message-ID", "<LO4P265MB6032D8A1E0F7C34B92@LO4P265MB6032.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("Content-Language", "en-GB"),
    ], multi("alternative", "_000_LO4P265MB6032D8A1E0F7C34B92LO4P265MB6032GBRP_", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_doc(plain), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64"),
    ]))
    b3 = """Dear Ffion,

This is a reminder that your panel interview for the Graduate Actuarial Programme is tomorrow, %s, at %s (UK time).

Please join the Microsoft Teams meeting from the invitation sent by our Early Careers team a few minutes before the start time.

Good luck!

Early Careers Team
Sterling Vale Insurance

Please do not reply to this email.
""" % (start.strftime("%A %-d %B"), hm(start))
    files["03-oleeo-interview-reminder.eml"] = message([
        ("Received", received("mta-03.tal.net", "185.46.212.31", "sv5t1y6u0i", d3)),
        ("Return-Path", "<bounces+svgrad@tal.net>"),
        ("From", oleeo_from),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Reminder: your interview tomorrow - Graduate Actuarial Programme"),
        ("Date", rfc(d3)),
        ("Message-ID", "<oleeo.1792051204.31882@sterlingvale.tal.net>"),
        ("X-Mailer", "Oleeo Recruit"),
        ("Auto-Submitted", "auto-generated"),
    ], alt("----=_Part_31882_90417733.1792051204881", b3, font="Arial,Helvetica,sans-serif"))
    lab = label([iv("Sterling Vale Insurance", "Graduate Actuarial Programme", start, end, "scheduled",
                    [dc[1], om[1]], [dc[1], om[1]], "onsite")],
                "medium", "positive/dedupe-ats-teams-reminder",
                "Oleeo confirmation + Outlook/Teams invite + Oleeo reminder for ONE panel interview. Outlook's "
                "'When' label says (UTC+00:00) but 16 Oct is BST -> +01:00. Two interviewers -> panel = onsite; "
                "coordinator organises only.")
    return cid, files, lab


# ============================================================================= NEGATIVE CASES
UNI = "holmfirth-uni.example"
CAREERS_FROM = "Careers & Employability <careers-noreply@%s>" % UNI


@case
def c14():
    cid = "b174-14-careers-fair-meet-the-employer-slot"
    start = wd(t(2026, 10, 7, 13, 40), "Wednesday")
    end = t(2026, 10, 7, 13, 55)
    d1 = wd(t(2026, 9, 29, 12, 10, 44), "Tuesday")
    files = {}
    b1 = """Dear Ffion,

Thank you for booking a "Meet the Employer" slot at the Autumn Graduate Recruitment Fair.

Employer: Ravensworth Engineering (Stand 22)
Date: %s
Time: %s - %s
Venue: Great Hall, Holmfirth University

Meet the Employer slots are 15-minute informal conversations with an organisation's graduate recruiters and recent graduates. They are a chance to ask questions about graduate schemes, placements and the application process. They are not interviews and do not form part of any employer's selection process - but do bring a few copies of your CV, as some recruiters like to see them.

Top tips:
- Research the employer beforehand and prepare two or three questions
- Think about your "elevator pitch" - who you are and what you're looking for
- Visit the Careers Centre stand for a quick CV check before your slot

Over 80 employers will be at the fair, including Harcourt Lyle, Brackenfield Rail and the Civil Service Fast Stream. The fair is open from 11:00 to 16:00.

Best wishes,
Careers & Employability Service
Holmfirth University
""" % (longdate(start), hm(start), hm(end))
    files["01-meet-the-employer-slot-confirmed.eml"] = message([
        ("Received", received("smtp-out.careers.holmfirth-uni.example", "194.80.12.66", "hu0x4c7v1b", d1)),
        ("Return-Path", "<careers-noreply@%s>" % UNI),
        ("From", CAREERS_FROM),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Autumn Graduate Recruitment Fair - your Meet the Employer slot"),
        ("Date", rfc(d1)),
        ("Message-ID", "<careersconnect.event.5521.44917@careers.holmfirth-uni.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt("=_cc_5521_44917_alt", b1, font="Arial,sans-serif"))
    ics = vcal("PUBLISH", "-//Holmfirth University//Careers Connect//EN", [vevent(
        "cc-fair-2026-autumn-slot-44917@careers.holmfirth-uni.example", start, end,
        "Careers fair: Meet the Employer - Ravensworth Engineering (Stand 22)", d1,
        organizer=("Careers & Employability", "careers-noreply@" + UNI),
        attendees=[attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)], tzid="Europe/London",
        description="Autumn Graduate Recruitment Fair. 15-minute informal conversation with Ravensworth "
                    "Engineering's graduate recruiters. Not an interview.",
        location="Great Hall, Holmfirth University - Stand 22")], tz=[VTZ_LONDON])
    files["02-autumn-fair-slot.ics"] = ics.encode("utf-8")
    lab = label([], "medium", "negative/careers-fair-slot",
                "Careers-fair 'Meet the Employer' slot with a calendar file and a time; explicitly not an interview "
                "or part of any selection process.")
    return cid, files, lab


@case
def c15():
    cid = "b174-15-careers-mock-partner-interview"
    ap = ("Dr Alun Price", "alun.price@" + UNI)
    start = wd(t(2026, 10, 29, 14, 0), "Thursday")
    end = t(2026, 10, 29, 14, 45)
    assert_offset(start, "+0000")
    d1 = wd(t(2026, 10, 22, 9, 31, 5), "Thursday")
    d2 = wd(t(2026, 10, 22, 9, 44, 37), "Thursday")
    files = {}
    b1 = """Dear Ffion,

Your careers appointment has been booked.

Appointment type: Mock interview (practice interview with feedback)
Adviser: Dr Alun Price, Careers Consultant
Date: %s
Time: %s - %s
Location: Careers Centre, Consultation Room B

Mock interviews are a chance to practise in a supportive setting and get feedback on your answers. Please send your adviser the job description or a link to the scheme you are preparing for at least two working days before your appointment.

If you can't attend, please cancel via Careers Connect so another student can use the appointment.

Careers & Employability Service
Holmfirth University
""" % (longdate(start), hm(start), hm(end))
    files["01-careers-appointment-booked.eml"] = message([
        ("Received", received("smtp-out.careers.holmfirth-uni.example", "194.80.12.66", "hu5n2m8k3j", d1)),
        ("Return-Path", "<careers-noreply@%s>" % UNI),
        ("From", CAREERS_FROM),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Appointment confirmed: Mock interview - Thursday 29 October"),
        ("Date", rfc(d1)),
        ("Message-ID", "<careersconnect.appt.119502.1792657865@careers.holmfirth-uni.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt("=_cc_119502_alt", b1, font="Arial,sans-serif"))
    desc = ("Practice partner-style interview for Big Four audit graduate schemes. I'll play the partner for "
            "30 minutes, then we'll spend 15 minutes on feedback. Please bring the job description of the scheme "
            "you're preparing for.\n\nAlun\nCareers Consultant, Holmfirth University")
    eml, _ = google_invite(start, end, "United Kingdom Time", "Mock interview - partner interview practice (Ffion Carraway)",
                           ap, [(ap[0], ap[1], "organizer"), (None, OWNER, "guest")], desc,
                           "0q7hc2mvl9ks4e1tbd3rf8au5n@google.com", d2,
                           "calendar-6c1f0e2a-93b4-4d8e-b7a1-2f5c9d0e4a31@google.com", d2, "0000000000009a3c5e", "mxp-tvqa-huk")
    files["02-invitation-mock-interview.eml"] = eml
    lab = label([], "hard", "negative/careers-mock-interview",
                "Careers-service mock interview (practice with feedback) sent as a Google Calendar invite with "
                "'interview' in the title, framed as partner-interview practice; mock/coaching is not an interview.")
    return cid, files, lab


@case
def c16():
    cid = "b174-16-cappfinity-aptitude-test-deadline"
    deadline = wd(t(2026, 10, 11, 23, 59), "Sunday")
    d1 = wd(t(2026, 9, 28, 10, 0, 12), "Monday")
    d2 = wd(t(2026, 10, 9, 9, 0, 3), "Friday")
    d3 = wd(t(2026, 9, 28, 10, 6, 0), "Monday")
    frm = "Ashdown Lane Bank Early Careers <no-reply@cappfinity.com>"
    files = {}
    b1 = """Dear Ffion,

Thank you for applying to the Ashdown Lane Bank Graduate Programme 2027 - Technology.

The next step is to complete our online assessment, which combines a situational strengths test and a numerical reasoning test. It takes around 45 minutes and must be completed in one sitting.

Please complete your assessment by 23:59 (UK time) on %s.

Start your assessment: https://assess.cappfinity.com/ashdownlane/grad27-tech?c=FC-88310

Candidates who meet the required benchmark will be invited to a video interview and then to an assessment centre in November.

Top tips: find a quiet space, use a laptop or desktop computer, and have a calculator and paper ready for the numerical section.

Good luck,
Ashdown Lane Bank Early Careers

This email was sent by Cappfinity on behalf of Ashdown Lane Bank. Please do not reply to this email.
""" % longdate(deadline)
    files["01-online-assessment-invitation.eml"] = message([
        ("Received", received("mail-out.cappfinity.com", "52.56.201.18", "cf1b9n4m0z", d1)),
        ("Return-Path", "<bounce-88310@cappfinity.com>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Ashdown Lane Bank - complete your online assessment"),
        ("Date", rfc(d1)),
        ("Message-ID", "<cf-invite-FC-88310-20260928@cappfinity.com>"),
    ], alt("cf_alt_FC88310_0928", b1, font="Arial,Helvetica,sans-serif"))
    ics = vcal(None, "-//Apple Inc.//macOS 15.1//EN", [vevent(
        "7F21B0C4-3A9E-4D15-8C6B-E02A91F4D573", t(2026, 10, 11, 18, 0), t(2026, 10, 11, 19, 0),
        "Ashdown Lane online test - DEADLINE 23:59 (do before interview stage!)", d3,
        organizer=(OWNER_NAME, OWNER), attendees=[attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)],
        tzid="Europe/London", description="Cappfinity strengths + numerical. Link in email from 28 Sept.",
        status=None, extra=["TRANSP:OPAQUE", "CREATED:%s" % utcz(d3)] + reminder(60))], tz=[VTZ_LONDON])
    files["02-own-reminder-test-deadline.ics"] = ics.encode("utf-8")
    b2 = """Dear Ffion,

This is a reminder that you have not yet completed your online assessment for the Ashdown Lane Bank Graduate Programme 2027 - Technology.

Your assessment closes at 23:59 (UK time) on %s - that's in 2 days.

Continue your assessment: https://assess.cappfinity.com/ashdownlane/grad27-tech?c=FC-88310

Ashdown Lane Bank Early Careers

This email was sent by Cappfinity on behalf of Ashdown Lane Bank. Please do not reply to this email.
""" % longdate(deadline)
    files["03-reminder-two-days-left.eml"] = message([
        ("Received", received("mail-out.cappfinity.com", "52.56.201.18", "cf6x3c8v2b", d2)),
        ("Return-Path", "<bounce-88310@cappfinity.com>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Reminder: 2 days left to complete your Ashdown Lane Bank assessment"),
        ("Date", rfc(d2)),
        ("Message-ID", "<cf-reminder-FC-88310-20261009@cappfinity.com>"),
    ], alt("cf_alt_FC88310_1009", b2, font="Arial,Helvetica,sans-serif"))
    lab = label([], "medium", "negative/aptitude-test-deadline",
                "Cappfinity online assessment invitation + reminder with a deadline, and the student's own "
                "calendar hold for doing the test; mentions a later 'video interview' stage but nothing is booked.")
    return cid, files, lab


@case
def c17():
    cid = "b174-17-spring-insight-alumni-day"
    kh = ("Kitty Harrow", "kitty.harrow@marlowegrant.example")
    start = wd(t(2026, 10, 21, 10, 0), "Wednesday")
    end = t(2026, 10, 21, 16, 0)
    d1 = wd(t(2026, 9, 30, 11, 25, 14), "Wednesday")
    d2 = wd(t(2026, 10, 2, 15, 8, 51), "Friday")
    files = {}
    b1 = """Hi Ffion,

As one of our Spring Insight Week 2025 alumni, you're invited back to Marlowe Grant for our Finalists' Insight Day in Manchester.

Date: %s
Time: %s - %s
Venue: Marlowe Grant, 1 St Peter's Square, Manchester M2 3DE

The day includes talks from our Investment Management, Operations and Technology teams, a networking lunch with graduates, and an interview-skills workshop run by our Early Careers team. Spring Insight alumni who attend the day and then apply for the 2027 Graduate Programme will be fast-tracked straight to our final-round interview.

Please RSVP using the calendar invitation Kitty will send you.

Best wishes,
Marlowe Grant Early Careers
""" % (longdate(start), hm(start), hm(end))
    files["01-finalists-insight-day-invitation.eml"] = message([
        ("Received", received("mail-qt1-f201.google.com", "209.85.160.201", "mg2w8e5r1t", d1)),
        ("Return-Path", "<earlycareers@marlowegrant.example>"),
        ("From", "Marlowe Grant Early Careers <earlycareers@marlowegrant.example>"),
        ("To", OWNER),
        ("Subject", "You're invited: Finalists' Insight Day (Spring Insight alumni)"),
        ("Date", rfc(d1)),
        ("Message-ID", "<CAMg7Tq2wR9+eL1kPz5vNb8cXs0dYh4uJf@mail.marlowegrant.example>"),
    ], alt("0000000000008d71f40622b7e3a9", b1, font="Arial,Helvetica,sans-serif"))
    desc = ("Finalists' Insight Day for Spring Insight Week alumni: business-area talks, networking lunch and an "
            "interview-skills workshop. Please RSVP.\n\nKitty Harrow\nEarly Careers Events, Marlowe Grant")
    eml, _ = google_invite(start, end, "United Kingdom Time", "Marlowe Grant Finalists' Insight Day (Manchester)",
                           kh, [(kh[0], kh[1], "organizer"), (None, OWNER, "guest")], desc,
                           "5jd0ruq8e3m1c7bk9s2hvf4ol6@google.com", d2,
                           "calendar-2a9e7b41-0c5d-4f83-a6e2-91b07d3c58fe@google.com", d2, "000000000000b52e4d", "qyh-wrnc-taz")
    files["02-invitation-insight-day.eml"] = eml
    lab = label([], "hard", "negative/insight-day",
                "Spring-insight alumni day with a Google Calendar invitation, 'interview-skills workshop' and a "
                "fast-track 'to our final-round interview': an event, not an interview.")
    return cid, files, lab


@case
def c18():
    cid = "b174-18-student-society-committee-interview"
    su = "su.holmfirth-uni.example"
    zm = ("Zain Malik", "zain.malik@" + su)
    ef = ("Eleanor Fitch", "eleanor.fitch@" + su)
    start = wd(t(2026, 10, 7, 18, 15), "Wednesday")
    end = t(2026, 10, 7, 18, 35)
    d1 = wd(t(2026, 10, 4, 20, 15, 9), "Sunday")
    files = {}
    b1 = """Hi Ffion,

Thanks so much for applying for VP Careers on the HUFIS committee this year - we had loads of applications!

We'd love to interview you on Wednesday 7 October at 6:15pm in the Students' Union, Room G.14. The interview panel will be me and Eleanor (our Treasurer) and it'll take about 20 minutes: we'll ask about your ideas for the spring-week and graduate-scheme events programme and how you'd work with our sponsors.

I've put it in your calendar - let me know if the time doesn't work.

Cheers,
Zain
President, Holmfirth University Finance & Investment Society (HUFIS)
"""
    files["01-hufis-committee-interview.eml"] = message([
        ("Received", received("mail-eopbgr60112.outbound.protection.outlook.com", "40.107.6.112", "su8k1j6h2g", d1)),
        ("Return-Path", "<%s>" % zm[1]),
        ("From", addr(*zm)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr(*ef)),
        ("Subject", "HUFIS committee - VP Careers interview"),
        ("Date", rfc(d1)),
        ("Message-ID", "<AS8PR07MB7894E2C1D05B36A7F4@AS8PR07MB7894.eurprd07.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt("_000_AS8PR07MB7894E2C1D05B36A7F4AS8PR07MB7894eurp_", b1))
    files["02-hufis-vp-careers-interview.gcal.json"] = gcal_event(
        "6pk2vb9rq1e4t7mc0hsd8lu3fa", t(2026, 10, 4, 20, 9, 0), t(2026, 10, 4, 20, 11, 37),
        "Interview: HUFIS VP Careers - Ffion Carraway",
        "Committee interview for VP Careers. Panel: Zain (President), Eleanor (Treasurer).", zm,
        [gatt(zm[0], zm[1], "accepted", organizer=True), gatt(ef[0], ef[1], "accepted"),
         gatt(None, OWNER, "needsAction", self_=True)],
        start, end, "Europe/London", location="Students' Union, Room G.14")
    lab = label([], "hard", "negative/society-committee-interview",
                "Interview for an unpaid student-society committee role (e-mail + Calendar API event titled "
                "'Interview: ...' with a panel): not a job interview.")
    return cid, files, lab


@case
def c19():
    cid = "b174-19-hirevue-on-demand-video-interview"
    deadline = wd(t(2026, 10, 20, 23, 59), "Tuesday")
    d1 = wd(t(2026, 10, 13, 8, 30, 2, tz=UTC), "Tuesday")
    d2 = wd(t(2026, 10, 19, 8, 30, 5, tz=UTC), "Monday")
    d3 = wd(t(2026, 10, 19, 21, 13, 48, tz=UTC), "Monday")
    frm = "Ordwell Energy via HireVue <noreply@hirevue.com>"
    foot = """
---
This message was sent by HireVue on behalf of Ordwell Energy.
Privacy: https://www.hirevue.com/privacy"""
    files = {}
    b1 = """Hi Ffion,

Congratulations - you have been invited to the next stage of the Ordwell Energy Engineering Graduate Scheme: a video interview.

This is an on-demand video interview. You will see each question on screen and record your answer; no interviewer will be present and you can complete it at any time before the deadline.

Deadline: %s at 23:59 (Europe/London)
Questions: 6 (2 minutes to answer each, with 1 minute to prepare)

Start your video interview: https://app.hirevue.com/interviews/ordwell-eng-grad27/start?token=c41e7a09bd

Tip: try the practice questions first so you're comfortable with the format.

Ordwell Energy Early Careers
%s
""" % (longdate(deadline), foot)
    files["01-hirevue-video-interview-invitation.eml"] = message([
        ("Received", received("o7.email.hirevue.com", "167.89.48.201", "hv2n7b4v9c", d1)),
        ("Return-Path", "<bounces+1884210-b11d-%s@email.hirevue.com>" % OWNER.replace("@", "=")),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Ordwell Energy - Video Interview Invitation"),
        ("Date", rfc(d1)),
        ("Message-ID", "<hv.c41e7a09bd.20261013083002@email.hirevue.com>"),
    ], alt("hv_alt_c41e7a09bd_1013", b1, font="Helvetica,Arial,sans-serif"))
    b2 = """Hi Ffion,

Your Ordwell Energy video interview is due to expire in 1 day. Please complete it by %s at 23:59 (Europe/London).

Continue your interview: https://app.hirevue.com/interviews/ordwell-eng-grad27/start?token=c41e7a09bd

Ordwell Energy Early Careers
%s
""" % (longdate(deadline), foot)
    files["02-hirevue-reminder-expires-soon.eml"] = message([
        ("Received", received("o7.email.hirevue.com", "167.89.48.201", "hv4c1x8z3a", d2)),
        ("Return-Path", "<bounces+1884210-b11e-%s@email.hirevue.com>" % OWNER.replace("@", "=")),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Reminder: Your Ordwell Energy interview expires soon"),
        ("Date", rfc(d2)),
        ("Message-ID", "<hv.c41e7a09bd.20261019083005@email.hirevue.com>"),
    ], alt("hv_alt_c41e7a09bd_1019", b2, font="Helvetica,Arial,sans-serif"))
    b3 = """Hi Ffion,

Thank you for completing your video interview for the Ordwell Energy Engineering Graduate Scheme. Your responses have been submitted successfully.

Our team will review your interview and we'll be in touch about next steps, usually within three weeks.

Ordwell Energy Early Careers
%s
""" % foot
    files["03-hirevue-interview-completed.eml"] = message([
        ("Received", received("o7.email.hirevue.com", "167.89.48.201", "hv9q6w2e7r", d3)),
        ("Return-Path", "<bounces+1884210-b11f-%s@email.hirevue.com>" % OWNER.replace("@", "=")),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Thank you for completing your interview - Ordwell Energy"),
        ("Date", rfc(d3)),
        ("Message-ID", "<hv.c41e7a09bd.20261019211348@email.hirevue.com>"),
    ], alt("hv_alt_c41e7a09bd_1019c", b3, font="Helvetica,Arial,sans-serif"))
    lab = label([], "medium", "negative/one-way-video-interview",
                "HireVue on-demand video interview: invitation with a deadline, reminder, completion receipt. No live "
                "interviewer, no booked time -> not an interview under the rules.")
    return cid, files, lab


@case
def c20():
    cid = "b174-20-rejection-then-feedback-call"
    co = "callowayreid.example"
    mz = ("Mei Lin Zhou", "meilin.zhou@" + co)
    ac_day = wd(t(2026, 10, 22, 9, 0), "Thursday")
    start = wd(t(2026, 11, 2, 12, 0), "Monday")
    end = t(2026, 11, 2, 12, 15)
    d1 = wd(t(2026, 10, 27, 14, 30, 2), "Tuesday")
    d2 = wd(t(2026, 10, 28, 8, 47, 19), "Wednesday")
    files = {}
    b1 = """Dear Ffion,

Thank you for attending our assessment centre for the Consulting Graduate Programme on %s, and for the time and effort you put into your application.

I'm sorry to tell you that on this occasion we will not be progressing your application to the final interview stage. The standard of candidates was very high and this was a difficult decision.

We offer everyone who attends an assessment centre a 15-minute feedback call. If you'd like one, please book a time that suits you here: https://calendly.com/meilin-zhou-callowayreid/ac-feedback

We'd encourage you to apply again in future and wish you every success.

Kind regards,
Mei Lin

Mei Lin Zhou
Graduate Recruitment Adviser | Calloway Reid
meilin.zhou@callowayreid.example
""" % ac_day.strftime("%A %-d %B")
    files["01-assessment-centre-outcome.eml"] = message([
        ("Received", received("mail-eopbgr20108.outbound.protection.outlook.com", "40.107.2.108", "cr3v9b1n5m", d1)),
        ("Return-Path", "<%s>" % mz[1]),
        ("From", addr(*mz)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Your application - Consulting Graduate Programme"),
        ("Date", rfc(d1)),
        ("Message-ID", "<PAXPR06MB8112C4A0E93B57D2F1@PAXPR06MB8112.eurprd06.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt("_000_PAXPR06MB8112C4A0E93B57D2F1PAXPR06MB8112eurp_", b1))
    b2 = """Hi Ffion Carraway,

Your event has been scheduled.

Event Type:
Assessment centre feedback call (15 min)

Event Date/Time:
12:00pm - 12:15pm, %s (GMT)

Invitee:
%s

Location:
Mei Lin will call you on: +44 %s

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/0d6c2a94-b3f1-4e7a-9c85-1fa2e7d40b63
Reschedule: https://calendly.com/reschedulings/0d6c2a94-b3f1-4e7a-9c85-1fa2e7d40b63

Powered by Calendly.com
""" % (start.strftime("%A, %-d %B %Y"), OWNER, OWNER_MOBILE[1:])
    ics = vcal("REQUEST", "-//Calendly//Calendly//EN", [vevent(
        "0d6c2a94-b3f1-4e7a-9c85-1fa2e7d40b63@calendly.com", start, end,
        "Assessment centre feedback call (15 min) between Mei Lin Zhou and Ffion Carraway", d2,
        organizer=mz, attendees=[attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)],
        description="Feedback on your Calloway Reid assessment centre. Mei Lin will call you.",
        location="Phone call")])
    files["02-calendly-feedback-call-scheduled.eml"] = message([
        ("Received", received("o1.ptr4417.mail.calendly.com", "149.72.161.59", "cl8m2n5b7v", d2)),
        ("Return-Path", "<bounces+3310052-2a4c-%s@mail.calendly.com>" % OWNER.replace("@", "=")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr(*mz)),
        ("To", OWNER),
        ("Subject", "Confirmed: Assessment centre feedback call (15 min) with Mei Lin Zhou on %s"
         % start.strftime("%A, %B %-d, %Y")),
        ("Date", rfc(d2)),
        ("Message-ID", "<0d6c2a94-b3f1-4e7a-9c85-1fa2e7d40b63.invitee@calendly.com>"),
    ], multi("mixed", "calendly_mixed_0d6c2a94", [
        alt("calendly_alt_0d6c2a94", b2, font="Helvetica,Arial,sans-serif"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics, "base64",
             disp='attachment; filename="invite.ics"'),
    ]))
    lab = label([], "hard", "negative/rejection-feedback-call",
                "Rejection after an assessment centre (past, no time given), then a booked 15-minute feedback call "
                "via Calendly: the hiring process is over, so the call is not an interview.")
    return cid, files, lab


@case
def c21():
    cid = "b174-21-dissertation-research-interviews-user-hosts"
    lg = ("Lewis Grant", "lewis.grant@students.holmfirth-uni.example")
    hb = ("Dr Helen Birch", "h.birch@" + UNI)
    start = wd(t(2026, 10, 15, 15, 0), "Thursday")
    end = t(2026, 10, 15, 15, 30)
    d1 = wd(t(2026, 10, 12, 11, 4, 39), "Monday")
    d2 = wd(t(2026, 10, 13, 19, 22, 7), "Tuesday")
    files = {}
    b1 = """Lewis Grant booked an appointment with you

Dissertation research interview (30 min)
%s %s - %s
United Kingdom Time

Booked by
Lewis Grant
lewis.grant@students.holmfirth-uni.example

Booking form answers
Programme of study: BSc Economics, Year 2
Have you used a university careers service this year?: Yes

Join with Google Meet
https://meet.google.com/kbt-ewzq-rfd

View your appointment schedule https://calendar.google.com/calendar/appointments/schedules/AcZssZ2w8Kq

Invitation from Google Calendar: https://calendar.google.com/calendar/
You are receiving this email because you own this appointment schedule.
""" % (start.strftime("%A %b %-d, %Y"), ampm(start), ampm(end))
    files["01-appointment-booked-participant.eml"] = message([
        ("Received", received("mail-sor-f69.google.com", "209.85.220.69", "gc2k9w4z8x", d1)),
        ("Return-Path", "<3pR8aZw0kLtQ@calendar-server.bounces.google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr(*lg)),
        ("To", OWNER),
        ("Subject", "Appointment booked: Dissertation research interview (30 min) - Lewis Grant @ %s %s - %s (%s)"
         % (start.strftime("%a %b %-d, %Y"), ampm(start), ampm(end), start.strftime("%Z"))),
        ("Date", rfc(d1.astimezone(UTC))),
        ("Message-ID", "<calendar-appointment-8e41c0d2-5b7a-4c39-9f1e-d03a6b2c7e95@google.com>"),
    ], alt("000000000000f3e8a10622cc5b17", b1, cte="base64", font="Roboto,Helvetica,Arial,sans-serif"))
    b2 = """Hi Ffion,

Just confirming I'm still good for Thursday at 3 for your dissertation interview - happy to talk about how I used the careers service for my spring week applications. Do I need to sign anything beforehand?

Lewis
"""
    files["02-participant-confirms.eml"] = message([
        ("Received", received("mail-ej1-f45.google.com", "209.85.218.45", "lg7d1s3a0p", d2)),
        ("Return-Path", "<%s>" % lg[1]),
        ("From", addr(*lg)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr(*hb)),
        ("Subject", "Dissertation interview Thursday"),
        ("Date", rfc(d2)),
        ("Message-ID", "<CAPn3Vx8qK2+fT7bLr0wMz5cYh1dGe9sUk@mail.students.holmfirth-uni.example>"),
    ], leaf('text/plain; charset="UTF-8"', b2, "7bit"))
    lab = label([], "hard", "negative/user-is-interviewer",
                "The student runs her own dissertation research interviews (Google appointment schedule she owns; "
                "a participant confirms). The user is the interviewer, not the candidate.")
    return cid, files, lab


@case
def c22():
    cid = "b174-22-assessment-centre-invite-to-book-unbooked"
    d1 = wd(t(2026, 10, 14, 10, 12, 40), "Wednesday")
    d2 = wd(t(2026, 10, 19, 10, 0, 18), "Monday")
    book_by = wd(t(2026, 10, 20, 23, 59), "Tuesday")
    days = [wd(t(2026, 11, 10, 9, 0), "Tuesday"), wd(t(2026, 11, 11, 9, 0), "Wednesday"),
            wd(t(2026, 11, 12, 9, 0), "Thursday")]
    frm = "Whitcombe Defence Systems Early Careers <earlycareers-noreply@whitcombe.example>"
    foot = """
Whitcombe Defence Systems Ltd, Whitcombe Park, Farnborough GU14 6YU
Candidate scheduling powered by Amberjack. Please do not reply to this email."""
    files = {}
    b1 = """Dear Ffion,

Congratulations! Following your video interview, we are delighted to invite you to our Assessment Centre for the Electronic Engineering Graduate Scheme.

The assessment centre is a full day at our Farnborough site (09:00 - 16:30) and includes a technical interview, a group exercise and a presentation. Please choose one of the following dates:

  - %s
  - %s
  - %s

Book your place: https://whitcombe.amberjack.example/book/ac-ee-27?inv=58d1f3

Please book by %s on %s. Places are limited and allocated on a first come, first served basis.

Early Careers Team
Whitcombe Defence Systems
%s
""" % (longdate(days[0]), longdate(days[1]), longdate(days[2]), hm(book_by), longdate(book_by), foot)
    files["01-invitation-to-book-assessment-centre.eml"] = message([
        ("Received", received("smtp.amberjack.example", "20.108.33.14", "wd1f5g8h2j", d1)),
        ("Return-Path", "<bounces@whitcombe.example>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Invitation to Assessment Centre - Electronic Engineering Graduate Scheme"),
        ("Date", rfc(d1)),
        ("Message-ID", "<aj-invite-ac-ee-27-58d1f3@whitcombe.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt("aj_alt_58d1f3_1014", b1, font="Verdana,Arial,sans-serif"))
    b2 = """Dear Ffion,

We noticed you haven't yet booked your place at our Assessment Centre for the Electronic Engineering Graduate Scheme. Only a few places remain on %s and %s; the %s is now full.

Book your place: https://whitcombe.amberjack.example/book/ac-ee-27?inv=58d1f3

The booking deadline is %s tomorrow (%s).

Early Careers Team
Whitcombe Defence Systems
%s
""" % (days[1].strftime("%-d"), days[2].strftime("%-d November"), days[0].strftime("%-d November"),
       hm(book_by), book_by.strftime("%A %-d October"), foot)
    files["02-reminder-not-yet-booked.eml"] = message([
        ("Received", received("smtp.amberjack.example", "20.108.33.14", "wd6k0l3z9x", d2)),
        ("Return-Path", "<bounces@whitcombe.example>"),
        ("From", frm),
        ("To", OWNER),
        ("Subject", "Reminder: you haven't booked your Assessment Centre yet"),
        ("Date", rfc(d2)),
        ("Message-ID", "<aj-reminder-ac-ee-27-58d1f3@whitcombe.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt("aj_alt_58d1f3_1019", b2, font="Verdana,Arial,sans-serif"))
    lab = label([], "medium", "negative/availability-request-unbooked",
                "Amberjack-style invitation to self-book an assessment centre (three candidate dates, 09:00-16:30) "
                "and a 'not yet booked' reminder; nothing is booked, so no interview.")
    return cid, files, lab


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b174-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        cid, files, lab = fn()
        assert cid.startswith("b174-%02d-" % i), (cid, i)
        assert cid not in labels
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        prefix = cid.split("-")[1]
        for fname, data in sorted(files.items()):
            assert fname[:3] in ("%02d-" % k for k in range(1, 10)), fname
            assert fname.endswith((".eml", ".ics", ".gcal.json")), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        assert prefix == "%02d" % i
        labels[cid] = lab
    pos = [k for k, v in labels.items() if v["interview"]]
    assert len(labels) == 22 and len(pos) == 13, (len(labels), len(pos))
    text = ("# blind174 labels (written blind). Regenerate with: python make_cases.py\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    n_c = sum(1 for v in labels.values() for x in v["interviews"] if x["status"] == "cancelled")
    print("cases=%d positives=%d negatives=%d interviews=%d (scheduled=%d cancelled=%d)"
          % (len(labels), len(pos), len(labels) - len(pos), n_iv, n_iv - n_c, n_c))


if __name__ == "__main__":
    main()
