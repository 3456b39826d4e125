#!/usr/bin/env python3
"""Regenerate the blind266 evaluation set (interview detection), written blind.

Theme: a Yerevan-based data scientist (Asia/Yerevan, UTC+4, no DST) applying to Armenian
companies and banks (Yerevan, Gyumri), a Tbilisi company, a Limassol company (EET/EEST) and
US startups with Yerevan offices (Pacific; US DST ends 1 Nov 2026).

Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
Usage: python make_cases.py
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b266"

OWNER = "anahit.sargsyan@example.com"
OWNER_NAME = "Anahit Sargsyan"
OWNER_HY = "Անահիտ Սարգսյան"

YVN = ZoneInfo("Asia/Yerevan")
TBS = ZoneInfo("Asia/Tbilisi")
NIC = ZoneInfo("Asia/Nicosia")
LA = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
HY_WD = ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


def T(y, mo, d, h, mi, tz, weekday=None, s=0):
    """Aware datetime; asserts the weekday named in the case text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert WEEKDAYS[x.weekday()] == weekday, (x, weekday)
    return x


def iso(x):
    return x.isoformat()


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def rfc(x):
    return format_datetime(x)


# --------------------------------------------------------------------------- MIME helpers
def hdr(s):
    """Encode a header value (RFC 2047) only when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\n")


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email)


def b64(text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, cte="7bit", extra=()):
    if cte == "base64":
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = qp(body)
    else:
        payload = body
    lines = ["Content-Type: %s" % ctype] + list(extra) + ["Content-Transfer-Encoding: %s" % cte]
    return "\n".join(lines) + "\n\n" + payload.rstrip("\n") + "\n"


def multipart(subtype, boundary, parts):
    out = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary), ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p)
    out.append("--%s--" % boundary)
    return "\n".join(out) + "\n"


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body


def received(host, ip, owner, when, mid):
    return ("from %s (%s. [%s])\n        by mx.example.com with ESMTPS id %s\n"
            "        for <%s>; %s" % (host, host, ip, mid, owner, rfc(when)))


def html_wrap(text, font="Arial,sans-serif"):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>") for p in esc.split("\n\n")]
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n' % (font, body))


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def short_id(*parts, n=16):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


# --------------------------------------------------------------------------- iCalendar helpers
def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def cn(name):
    if any(c in name for c in ',;:'):
        return '"%s"' % name
    return name


VTZ = {
    "Asia/Yerevan": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Yerevan", "X-LIC-LOCATION:Asia/Yerevan",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Caucasus Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Caucasus Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400",
        "TZOFFSETTO:+0400", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GTB Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GTB Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}
WIN_LABEL = {
    "Caucasus Standard Time": "(UTC+04:00) Yerevan",
    "GTB Standard Time": "(UTC+02:00) Athens, Bucharest",
}


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    if google:
        return ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                % (role, partstat, rsvp, cn(name or email), email))
    return "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s" % (role, partstat, rsvp, cn(name or email), email)


# --------------------------------------------------------------------------- Google Calendar invites
def g_time(x):
    h = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return ("%d%s" % (h, ap)) if x.minute == 0 else ("%d:%02d%s" % (h, x.minute, ap))


def g_subject_when(start, end, tzabbr):
    return "%s %s %d, %d %s - %s (%s)" % (WD_SHORT[start.weekday()], MONTHS[start.month - 1][:3], start.day,
                                          start.year, g_time(start), g_time(end), tzabbr)


def google_invite(*, kind, summary, start, end, tzname_long, tzabbr, organizer, guests, description,
                  uid, sequence, sent, created, meet, phone, pin, bnd, location="", status="CONFIRMED",
                  changed=None, reply_to=None):
    """kind: Invitation | Updated invitation | Canceled event.  guests: [(name, email, partstat, optional)]"""
    method = "CANCEL" if kind == "Canceled event" else "REQUEST"
    org_name, org_email = organizer
    eid = base64.urlsafe_b64encode(("%s %s" % (uid.split("@")[0], OWNER)).encode()).decode().rstrip("=")
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s" % eid
    when_line = "%s %s %d, %d \u22c5 %s \u2013 %s" % (WEEKDAYS[start.weekday()], MONTHS[start.month - 1][:3],
                                                     start.day, start.year, g_time(start), g_time(end))
    glines = []
    for name, email, _ps, opt in guests:
        tag = " - organizer" if email == org_email else (" - optional" if opt else "")
        if name:
            glines.append("%s%s\n%s" % (name, tag, email))
        else:
            glines.append("%s%s" % (email, tag))
    head = ""
    if kind == "Updated invitation":
        head = "This event has been updated\nChanged: %s\n\n" % (changed or "time")
    elif kind == "Canceled event":
        head = "This event has been canceled.\n\n"
    meet_block = ""
    if meet:
        meet_block = ("Join with Google Meet\nhttps://meet.google.com/%s\n\nJoin by phone\n%s\nPIN: %s\n\n"
                      "More phone numbers\nhttps://tel.meet/%s?pin=%s\n\n" % (meet, phone, pin, meet, pin.replace(" ", "").rstrip("#") + "0417"))
    loc_block = ("Location\n%s\nView map https://www.google.com/maps/search/%s?hl=en\n\n"
                 % (location, location.replace(" ", "+"))) if location else ""
    text = (head + "%s\n%s\n%s\n\n" % (summary, when_line, tzname_long) + meet_block + loc_block +
            "Organizer\n%s\n%s\n\nGuests\n%s\nView all guest info %s\n\n" % (org_name, org_email, "\n".join(glines), view) +
            (description + "\n\n" if description else "") +
            "Reply for %s and view more details %s\n\n" % (OWNER, view))
    text += ("~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, "
             "be added to the guest list, invite others regardless of their own invitation status, or "
             "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    html = html_wrap(text, "Roboto,Helvetica,Arial,sans-serif")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:%s" % method, "BEGIN:VEVENT",
           "DTSTART:%s" % utcstamp(start), "DTEND:%s" % utcstamp(end), "DTSTAMP:%s" % utcstamp(sent),
           "ORGANIZER;CN=%s:mailto:%s" % (cn(org_name), org_email), "UID:%s" % uid]
    for name, email, ps, opt in guests:
        role = "OPT-PARTICIPANT" if opt else "REQ-PARTICIPANT"
        if email == org_email:
            cal.append(attendee(name, email, role, "ACCEPTED", "TRUE", google=True))
        elif email == OWNER:
            cal.append(attendee(OWNER, email, role, "NEEDS-ACTION" if method == "REQUEST" else ps, "TRUE", google=True))
        else:
            cal.append(attendee(name or email, email, role, ps, "TRUE", google=True))
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 "Join with Google Meet: https://meet.google.com/%s\n\nLearn more about Meet at: "
                 "https://support.google.com/a/users/answer/9282720\n\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % meet)
    cal += ["X-GOOGLE-CONFERENCE:https://meet.google.com/%s" % meet] if meet else []
    cal += ["CREATED:%s" % utcstamp(created), "DESCRIPTION:%s" % ics_text(desc),
            "LAST-MODIFIED:%s" % utcstamp(sent), "LOCATION:%s" % ics_text(location),
            "SEQUENCE:%d" % sequence, "STATUS:%s" % status, "SUMMARY:%s" % ics_text(summary),
            "TRANSP:OPAQUE"]
    if method == "REQUEST":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    caltext = ics(cal)
    b1, b2 = bnd
    body = multipart("mixed", b1, [
        multipart("alternative", b2, [
            part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
            part('text/html; charset="UTF-8"', html, "quoted-printable"),
            part('text/calendar; charset="UTF-8"; method=%s' % method, caltext, "7bit"),
        ]).rstrip("\n"),
        part('application/ics; name="invite.ics"', caltext, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    subj = "%s: %s @ %s (%s)" % (kind, summary, g_subject_when(start, end, tzabbr), OWNER)
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f69.google.com", "209.85.220.69", OWNER, sent, short_id(uid, str(sequence), n=12))),
        ("Return-Path", "<%s@calendar-server.bounces.google.com>" % short_id(uid, "rp", str(sequence), n=22)),
        ("Reply-To", addr(*reply_to) if reply_to else addr(org_name, org_email)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-%s@google.com>" % "-".join([short_id(uid, str(sequence), kind, n=8),
                                                              short_id(uid, "b", str(sequence), n=4),
                                                              short_id(uid, "c", str(sequence), n=4),
                                                              short_id(uid, "d", str(sequence), n=4),
                                                              short_id(uid, "e", str(sequence), n=12)])),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", hdr(subj)),
        ("From", addr(org_name, org_email)),
        ("To", OWNER),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- Exchange / Teams invites
def outlook_when(start, end, label):
    def t(x):
        return x.strftime("%I:%M %p").lstrip("0")
    return "%s, %s %d, %d %s-%s %s" % (WEEKDAYS[start.weekday()], MONTHS[start.month - 1], start.day, start.year,
                                       t(start), t(end), label)


def teams_block(meeting_id, passcode, tid, oid):
    url = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s"
           "%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (short_id(meeting_id, "m", n=40), tid, oid))
    sep = "_" * 80
    txt = (sep + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           "Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n"
           "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
           "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
           "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/"
           "?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US>\n" % (
               url, meeting_id, passcode, oid, tid, short_id(meeting_id, "m", n=40)) + sep)
    return txt, url


def teams_invite(*, method, summary, start, end, wintz, organizer, attendees, body_text, uid, sequence, sent,
                 msgid, meeting_id, passcode, tid, oid, bnd, lang="en-US", location="Microsoft Teams Meeting",
                 to_list=None, extra_headers=()):
    """attendees: [(name, email, role)].  method REQUEST or CANCEL."""
    org_name, org_email = organizer
    s_local, e_local = start.replace(tzinfo=None), end.replace(tzinfo=None)
    when = "When: %s.\nWhere: %s\n\n*~*~*~*~*~*~*~*~*~*\n\n" % (outlook_when(s_local, e_local, WIN_LABEL[wintz]), location)
    tb, url = teams_block(meeting_id, passcode, tid, oid)
    full = when + body_text.rstrip("\n") + "\n\n" + tb + "\n"
    html = html_wrap(full, "Aptos,Calibri,sans-serif")
    subj = summary if method == "REQUEST" else "Canceled: " + summary
    cal = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ[wintz]
    cal += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % (cn(org_name), org_email)]
    for name, email, role in attendees:
        cal.append(attendee(name, email, role, "NEEDS-ACTION", "TRUE"))
    cal += ["DESCRIPTION;LANGUAGE=%s:%s" % (lang, ics_text(full)),
            "UID:%s" % uid, "SUMMARY;LANGUAGE=%s:%s" % (lang, ics_text(subj)),
            "DTSTART;TZID=%s:%s" % (wintz, local(start)), "DTEND;TZID=%s:%s" % (wintz, local(end)),
            "CLASS:PUBLIC", "PRIORITY:%d" % (1 if method == "CANCEL" else 5), "DTSTAMP:%s" % utcstamp(sent),
            "TRANSP:%s" % ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"),
            "STATUS:%s" % ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
            "SEQUENCE:%d" % sequence, "LOCATION;LANGUAGE=%s:%s" % (lang, ics_text(location)),
            "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % sequence,
            "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (int(short_id(uid, n=7), 16) - 2**27),
            "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if method == "CANCEL" else "TENTATIVE"),
            "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if method == "CANCEL" else 1),
            "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-SKYPETEAMSMEETINGURL:%s" % url,
            "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-LOCATIONDISPLAYNAME:%s" % ics_text(location)]
    if method == "REQUEST":
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    caltext = ics(cal)
    body = multipart("alternative", bnd, [
        part('text/plain; charset="utf-8"', full, "quoted-printable"),
        part('text/html; charset="utf-8"', html, "quoted-printable"),
        part('text/calendar; charset="utf-8"; method=%s' % method, caltext, "base64"),
    ])
    to_list = to_list or [(n, e) for n, e, _r in attendees]
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.%d" % (sequence + 71),
                              OWNER, sent, short_id(msgid, n=12))),
        ("Return-Path", "<%s>" % org_email),
        ("From", addr(org_name, org_email)),
        ("To", ", ".join(addr(n, e) for n, e in to_list)),
        ("Subject", hdr(subj)),
        ("Thread-Topic", hdr(summary)),
        ("Thread-Index", base64.b64encode(hashlib.sha1(uid.encode()).digest()[:16]).decode() ),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", "<%s>" % msgid),
        ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + short_id(uid, "s", n=24)),
        ("x-ms-publictraffictype", "Email"),
    ] + list(extra_headers)
    return message(headers, body)


CASES = {}
LABELS = {}


def case(slug, label):
    def deco(fn):
        CASES[slug] = fn
        LABELS[slug] = label
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# =========================================================================== POSITIVE CASES
# --- 01 staff.am relay, Armenian, phone screen with the HR specialist, body only
C01_START = T(2026, 10, 13, 15, 0, YVN, "Tuesday")
C01_END = C01_START + timedelta(minutes=30)


@case("b266-01-staffam-relay-hr-phone-screen", lab(
    [iv("Akhuryan Bank", "Data Scientist", C01_START, C01_END, "scheduled",
        ["lilit.grigoryan@akhuryanbank.example"], ["lilit.grigoryan@akhuryanbank.example"], "phone_screen")],
    "medium", "positive/job-board-relay-armenian",
    "staff.am relays an Armenian message from the bank's HR specialist: phone interview on 'երեքշաբթի, "
    "հոկտեմբերի 13-ին, ժամը 15:00-ին' (Tue 13 Oct 15:00 Yerevan, ~30 min). The relay sender is no-reply; "
    "the HR specialist makes the call herself, so she is interviewer and follow-up recipient."))
def c01():
    sent = T(2026, 10, 8, 10, 12, UTC, s=33)
    msg = (
        "Հարգելի Անահիտ,\n\n"
        "Շնորհակալություն «Ախուրյան Բանկ» ՓԲԸ-ում Տվյալների գիտնականի (Data Scientist) թափուր հաստիքի "
        "համար Ձեր հայտի համար։ Ձեր ռեզյումեն մեզ հետաքրքրեց, և մենք կցանկանայինք ավելի մանրամասն "
        "ծանոթանալ Ձեզ հետ։\n\n"
        "Ձեզ համար նշանակել ենք հեռախոսային հարցազրույց երեքշաբթի, հոկտեմբերի 13-ին, ժամը 15:00-ին։ "
        "Զրույցը կտևի մոտ 30 րոպե․ ես կզանգահարեմ Ձեր ռեզյումեում նշված +374 համարով։ Կխոսենք Ձեր "
        "փորձի, աշխատավարձային սպասումների և բանկում աշխատելու մոտիվացիայի մասին։\n\n"
        "Եթե այդ ժամը Ձեզ հարմար չէ, խնդրում եմ տեղեկացնել ինձ ուղղակիորեն՝ "
        "lilit.grigoryan@akhuryanbank.example հասցեով կամ +374 10 55 12 40 հեռախոսահամարով։\n\n"
        "Հարգանքով՝\n"
        "Լիլիթ Գրիգորյան\n"
        "Անձնակազմի կառավարման վարչություն, HR մասնագետ\n"
        "«Ախուրյան Բանկ» ՓԲԸ / Akhuryan Bank CJSC\n"
        "lilit.grigoryan@akhuryanbank.example")
    text = (
        "Բարև Ձեզ, Անահիտ։\n\n"
        "Դուք ստացել եք նոր հաղորդագրություն staff.am-ում։\n\n"
        "Ընկերություն՝ Akhuryan Bank (Ախուրյան Բանկ)\n"
        "Հայտարարություն՝ Data Scientist / Տվյալների գիտնական\n\n"
        "------------------------------------------------------------\n"
        + msg +
        "\n------------------------------------------------------------\n\n"
        "Հաղորդագրությանը պատասխանելու համար մուտք գործեք Ձեր staff.am հաշիվ՝ "
        "https://staff.am/en/candidate/messages/41872256\n\n"
        "Այս նամակն ուղարկվել է ավտոմատ կերպով, խնդրում ենք չպատասխանել դրան։\n"
        "© staff.am — Աշխատանք Հայաստանում\n"
        "Ծանուցումների կարգավորումներ՝ https://staff.am/en/candidate/settings/notifications\n")
    body = multipart("alternative", "----=_Part_5521947_1203385811.1791713553000", [
        part('text/plain; charset=UTF-8', text, "base64"),
        part('text/html; charset=UTF-8', html_wrap(text, "'Noto Sans Armenian',Arial,sans-serif"), "base64"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mta-out-3.staff.am", "185.127.66.21", OWNER, sent, "q8Lf2m1Tx9aa")),
        ("Return-Path", "<bounce+41872256@staff.am>"),
        ("From", addr("staff.am", "no-reply@staff.am")),
        ("To", addr(OWNER_HY, OWNER)),
        ("Subject", hdr("Նոր հաղորդագրություն․ Akhuryan Bank — Data Scientist")),
        ("Date", rfc(sent)),
        ("Message-ID", "<msg.41872256.1791713553@staff.am>"),
        ("X-Mailer", "staff.am notifier"),
        ("List-Unsubscribe", "<https://staff.am/en/candidate/settings/notifications>"),
    ]
    return {"01-staffam-new-message-akhuryan-bank.eml": message(headers, body)}


# --- 02 Workable scheduling mail + Teams invite (Caucasus Standard Time) = one technical interview
C02_START = T(2026, 10, 19, 11, 0, YVN, "Monday")
C02_END = T(2026, 10, 19, 12, 0, YVN)
VP = "vostanpay.example"


@case("b266-02-workable-and-teams-caucasus-tz", lab(
    [iv("Vostan Pay", "Data Scientist (Risk)", C02_START, C02_END, "scheduled",
        ["gor.avetisyan@" + VP, "sona.hakobyan@" + VP], ["gor.avetisyan@" + VP, "sona.hakobyan@" + VP],
        "technical")],
    "medium", "positive/dedupe-ats-plus-teams",
    "Workable 'interview scheduled' mail (Mon 19 Oct 11:00-12:00 GMT+4) and the Teams invite from the lead "
    "data scientist (DTSTART;TZID=Caucasus Standard Time) are the same interview. Recruiter Mariam only "
    "coordinates (optional attendee); interviewers are Gor and Sona."))
def c02():
    sent1 = T(2026, 10, 14, 7, 41, UTC, s=5)
    txt = (
        "Hi Anahit,\n\n"
        "Good news! Your interview for the Data Scientist (Risk) position at Vostan Pay has been scheduled.\n\n"
        "Interview: Technical interview (ML & credit scoring case)\n"
        "Date: Monday, October 19, 2026\n"
        "Time: 11:00 - 12:00 (GMT+04:00) Asia/Yerevan\n"
        "Location: Microsoft Teams - the link will arrive in a separate calendar invitation\n"
        "Interviewers: Gor Avetisyan (Lead Data Scientist), Sona Hakobyan (ML Engineer)\n\n"
        "Please have Python ready - you'll be asked to reason through a small scoring model and a few SQL "
        "questions. If you need to reschedule, just reply to this email.\n\n"
        "Best regards,\n"
        "Mariam Karapetyan\n"
        "Talent Acquisition, Vostan Pay\n\n"
        "--\n"
        "Sent via Workable. Replies to this message are delivered to Vostan Pay's hiring team.\n"
        "Vostan Pay | 14 Arshakunyats Ave, Yerevan 0023, Armenia\n")
    html = html_wrap(txt, "Helvetica,Arial,sans-serif")
    m1 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail-a12.workablemail.com", "198.2.178.12", OWNER, sent1, "k2Wq0aX7bbr4")),
        ("Return-Path", "<bounces+3389104-7f2a@workablemail.com>"),
        ("From", addr("Vostan Pay", "noreply@workablemail.com")),
        ("Reply-To", "vostan-pay-3389104+c7f2a91d@candidates.workablemail.com"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Interview invitation: Data Scientist (Risk) at Vostan Pay"),
        ("Date", rfc(sent1)),
        ("Message-ID", "<0102019a21c7e1b5-3c8f4d5e-workable-3389104@email.workable.com>"),
        ("X-Workable-Account", "vostan-pay"),
    ], multipart("alternative", "b1_7d0e1c4f9a5b3e2d", [
        part("text/plain; charset=utf-8", txt, "quoted-printable"),
        part("text/html; charset=utf-8", html, "quoted-printable"),
    ]))
    sent2 = T(2026, 10, 14, 7, 52, UTC, s=10)
    body = ("Hi Anahit,\n\n"
            "Sending the Teams link for Monday. Sona and I will run the technical session: ~40 minutes on a "
            "credit-scoring case, the rest for your questions. Mariam is on the invite as optional.\n\n"
            "Gor Avetisyan\nLead Data Scientist | Vostan Pay\n")
    m2 = teams_invite(
        method="REQUEST", summary="Vostan Pay | Technical interview - Anahit Sargsyan (Data Scientist, Risk)",
        start=C02_START, end=C02_END, wintz="Caucasus Standard Time",
        organizer=("Gor Avetisyan", "gor.avetisyan@" + VP),
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), ("Sona Hakobyan", "sona.hakobyan@" + VP, "REQ-PARTICIPANT"),
                   ("Mariam Karapetyan", "mariam.karapetyan@" + VP, "OPT-PARTICIPANT")],
        body_text=body,
        uid="040000008200E00074C5B7101A82E00800000000B2C41E7C9A5FDC01000000000000000010000000" + short_id("c02", n=32).upper(),
        sequence=0, sent=sent2, msgid="AM9PR04MB8412C3E1F0A97D5B2E1C44B6A6D92@AM9PR04MB8412.eurprd04.prod.outlook.com",
        meeting_id="381 440 927 615", passcode="Ra7Xq2", tid="5b1e1f0c-2a44-4d8a-9c61-0f3c7e2a91d4",
        oid="9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", bnd="_000_AM9PR04MB8412C3E1F0A97D5B2E1C44B6A6D92AM9PR04MB8412eurp_")
    return {"01-workable-interview-invitation.eml": m1, "02-teams-technical-interview.eml": m2}


# --- 03 Greenhouse confirmation with .ics, Pacific time, between EU and US DST ends
C03_START = T(2026, 10, 29, 9, 0, LA, "Thursday")
C03_END = T(2026, 10, 29, 10, 0, LA)
assert C03_START.astimezone(YVN).hour == 20 and C03_START.utcoffset() == timedelta(hours=-7)
LV = "lumenvale.example"


@case("b266-03-greenhouse-pacific-before-us-dst-end", lab(
    [iv("Lumenvale AI", "Data Scientist, Forecasting", C03_START, C03_END, "scheduled",
        [], ["dana.whitfield@" + LV], "technical")],
    "hard", "positive/ats-email-with-ics-dst",
    "Greenhouse confirmation (no-reply sender, Reply-To the coordinator) for Thu 29 Oct 9:00-10:00 AM PDT = "
    "20:00 Yerevan; the EU has already left summer time but the US is still on PDT (-07:00). Interviewer is "
    "named without an address, so the thank-you goes to coordinator Dana."))
def c03():
    sent = T(2026, 10, 23, 17, 6, UTC, s=41)
    txt = (
        "Hi Anahit,\n\n"
        "Thank you for scheduling time with Lumenvale AI! Here are the details for your upcoming interview "
        "for the Data Scientist, Forecasting role (Yerevan office):\n\n"
        "Technical Interview - Time Series & Modeling\n"
        "Thursday, October 29, 2026\n"
        "9:00 AM - 10:00 AM PDT (Pacific Daylight Time)\n"
        "That's 8:00 PM - 9:00 PM in Yerevan (GMT+4).\n"
        "Interviewer: Marcus Liang, Staff Data Scientist\n"
        "Location: Zoom - https://lumenvale.zoom.us/j/84410927731?pwd=Q2xvZ2VyTGluZzIwMjY\n\n"
        "A calendar invitation is attached. If you need to make any changes, please reply to this email "
        "and I'll help you find a new time.\n\n"
        "Best,\n"
        "Dana Whitfield\n"
        "Recruiting Coordinator, Lumenvale AI\n"
        "San Francisco, CA | Yerevan, Armenia\n")
    html = html_wrap(txt, "Helvetica,Arial,sans-serif")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse//EN",
               "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] + VTZ["America/Los_Angeles"] + [
        "BEGIN:VEVENT", "UID:greenhouse-interview-58120447-technical@greenhouse.io",
        "DTSTAMP:%s" % utcstamp(sent),
        "DTSTART;TZID=America/Los_Angeles:%s" % local(C03_START),
        "DTEND;TZID=America/Los_Angeles:%s" % local(C03_END),
        "SUMMARY:%s" % ics_text("Interview with Lumenvale AI - Technical Interview (Time Series & Modeling)"),
        "DESCRIPTION:%s" % ics_text("Data Scientist, Forecasting\nInterviewer: Marcus Liang\n"
                                    "Zoom: https://lumenvale.zoom.us/j/84410927731?pwd=Q2xvZ2VyTGluZzIwMjY"),
        "LOCATION:%s" % ics_text("https://lumenvale.zoom.us/j/84410927731"),
        "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@" + LV,
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", "--==_mimepart_6a1f3c0b9e2d4_7c18f3e1c2a", [
        multipart("alternative", "--==_mimepart_6a1f3c0b9e2d4_7c18f3e1c2b", [
            part("text/plain; charset=UTF-8", txt, "quoted-printable"),
            part("text/html; charset=UTF-8", html, "quoted-printable"),
        ]).rstrip("\n"),
        part('text/calendar; charset=UTF-8; name="Lumenvale_AI_Interview.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="Lumenvale_AI_Interview.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("o11.sendgrid.greenhouse.io", "167.89.101.11", OWNER, sent, "Gh58120447aa")),
        ("Return-Path", "<bounces+1180542-9c1e@sendgrid.greenhouse.io>"),
        ("From", addr("Lumenvale AI", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@" + LV)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Interview Confirmation: Data Scientist, Forecasting - Lumenvale AI"),
        ("Date", rfc(sent)),
        ("Message-ID", "<6a1f3c0b9e2d4_7c18f3e1c29812@greenhouse-mailer-5c8d.mail>"),
    ]
    return {"01-greenhouse-interview-confirmation.eml": message(headers, body)}


# --- 04 Google invite, then updated invitation (SEQUENCE 1) moving the interview
C04_OLD_START = T(2026, 10, 14, 16, 0, YVN, "Wednesday")
C04_START = T(2026, 10, 15, 12, 0, YVN, "Thursday")
C04_END = C04_START + timedelta(minutes=45)
SIL = "sevaninsight.example"


@case("b266-04-google-meet-reschedule", lab(
    [iv("Sevan Insight Labs", "Data Scientist (NLP)", C04_START, C04_END, "scheduled",
        ["tigran.harutyunyan@" + SIL], ["tigran.harutyunyan@" + SIL], "hiring_manager")],
    "medium", "positive/reschedule-sequence",
    "Google invite for Wed 14 Oct 16:00 (GMT+4), then 'Updated invitation' (SEQUENCE:1, same UID) moving it to "
    "Thu 15 Oct 12:00-12:45. One interview at the final time. Organizer Nare only sets it up; the hiring "
    "manager Tigran runs it."))
def c04():
    uid = "5k2ouv9r1c7hq0dm3e4tbs8n6p@google.com"
    org = ("Nare Margaryan", "nare.margaryan@" + SIL)
    guests = [("Nare Margaryan", org[1], "ACCEPTED", False),
              ("Tigran Harutyunyan", "tigran.harutyunyan@" + SIL, "ACCEPTED", False),
              (None, OWNER, "NEEDS-ACTION", False)]
    desc1 = ("Hi Anahit, this is the hiring manager conversation for the Data Scientist (NLP) role. "
             "Tigran (Head of NLP) will run the call - expect questions about your Armenian-language text "
             "classification project. I'm only setting it up.\n\nNare | People Ops, Sevan Insight Labs")
    desc2 = ("Moved to Thursday at Tigran's request - he has a conflict on Wednesday afternoon. Same link.\n\n" + desc1)
    created = T(2026, 10, 9, 8, 14, UTC, s=2)
    m1 = google_invite(kind="Invitation", summary="Sevan Insight Labs - Hiring manager interview (Anahit Sargsyan)",
                       start=C04_OLD_START, end=C04_OLD_START + timedelta(minutes=45),
                       tzname_long="Armenia Standard Time - Yerevan", tzabbr="GMT+4", organizer=org, guests=guests,
                       description=desc1, uid=uid, sequence=0, sent=T(2026, 10, 9, 8, 15, UTC, s=19),
                       created=created, meet="vqe-hnbt-xka", phone="(US) +1 929-555-0162", pin="204 771 938#",
                       bnd=("000000000000c7d8e00623f4b1a1", "000000000000c7d8de0623f4b19f"))
    m2 = google_invite(kind="Updated invitation", summary="Sevan Insight Labs - Hiring manager interview (Anahit Sargsyan)",
                       start=C04_START, end=C04_END, tzname_long="Armenia Standard Time - Yerevan", tzabbr="GMT+4",
                       organizer=org, guests=guests, description=desc2, uid=uid, sequence=1,
                       sent=T(2026, 10, 12, 6, 3, UTC, s=47), created=created, meet="vqe-hnbt-xka",
                       phone="(US) +1 929-555-0162", pin="204 771 938#", changed="date, time",
                       bnd=("000000000000e1a3f90624a0c2d7", "000000000000e1a3f70624a0c2d5"))
    return {"01-invitation-hiring-manager-interview.eml": m1,
            "02-updated-invitation-moved-to-thursday.eml": m2}


# --- 05 Russian thread with a Tbilisi recruiter: two slots proposed, one confirmed
C05_START = T(2026, 10, 22, 15, 0, TBS, "Thursday")
C05_END = C05_START + timedelta(hours=1)
MD = "mtkvaridata.example"


@case("b266-05-tbilisi-russian-thread-confirm", lab(
    [iv("Mtkvari Data", "Data Scientist", C05_START, C05_END, "scheduled",
        ["giorgi.kipiani@" + MD], ["giorgi.kipiani@" + MD], "technical")],
    "hard", "positive/thread-propose-confirm-russian",
    "Russian thread: the Tbilisi recruiter proposes Wed 21 Oct 11:00 or Thu 22 Oct 15:00 (Tbilisi time = "
    "Yerevan time, GMT+4); the candidate's quoted reply picks Thursday; the recruiter confirms Thu 22 Oct "
    "15:00-16:00 and names the interviewer (in Cc). Wednesday is only a proposal."))
def c05():
    s1 = T(2026, 10, 12, 9, 20, TBS, s=11)
    t1 = ("Здравствуйте, Анаит!\n\n"
          "Спасибо за интерес к вакансии Data Scientist в Mtkvari Data (Тбилиси). Мы посмотрели ваше "
          "резюме и хотели бы пригласить вас на техническое собеседование онлайн (Google Meet, 1 час).\n\n"
          "Можем предложить два варианта:\n"
          "- среда, 21 октября, 11:00\n"
          "- четверг, 22 октября, 15:00\n\n"
          "Время тбилисское (GMT+4), то есть совпадает с ереванским. Какой вариант вам удобнее?\n\n"
          "С уважением,\n"
          "Нино Беридзе\n"
          "Рекрутер | Mtkvari Data\n"
          "Тбилиси, ул. Марджанишвили 7\n")
    mid1 = "<CAHk7Q2n0v8mXp4Tz3LrJ9sQe1Wb6YcD5uA8fG2hK0iN3oP7qR@mail.mtkvaridata.example>"
    m1 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail.mtkvaridata.example", "31.146.20.44", OWNER, s1, "Mtk01a9Xe2")),
        ("From", addr("Нино Беридзе", "nino.beridze@" + MD)),
        ("To", addr("Анаит Саргсян", OWNER)),
        ("Subject", hdr("Собеседование: Data Scientist — Mtkvari Data")),
        ("Date", rfc(s1)),
        ("Message-ID", mid1),
    ], multipart("alternative", "0000000000004b7e2a0624f1c8d3", [
        part('text/plain; charset="UTF-8"', t1, "base64"),
        part('text/html; charset="UTF-8"', html_wrap(t1), "quoted-printable"),
    ]))
    reply_mid = "<CAJr5Lw1dZ8xQ3nYp0sT7kVb2Hc9Ue4Gm6Af1Ri8Oj3Ks5Pl2Nq@mail.example.com>"
    reply = ("Добрый день, Нино!\n\n"
             "Спасибо за приглашение. Мне удобнее в четверг, 22 октября, в 15:00.\n\n"
             "С уважением,\nАнаит")
    s2 = T(2026, 10, 13, 10, 2, TBS, s=58)
    t2 = ("Анаит, отлично!\n\n"
          "Тогда фиксируем: четверг, 22 октября, 15:00–16:00 по Тбилиси (у вас в Ереване тоже 15:00). "
          "Собеседование проведёт Гиорги Кипиани, руководитель команды аналитики — он в копии "
          "(giorgi.kipiani@mtkvaridata.example). Ссылку на Google Meet он пришлёт накануне.\n\n"
          "Формат: 15 минут знакомства, затем разбор задачи по A/B-тестированию и немного SQL.\n\n"
          "Хорошего дня!\n"
          "Нино\n\n"
          "вт, 13 окт. 2026 г. в 09:41, Anahit Sargsyan <anahit.sargsyan@example.com>:\n"
          + quote(reply) + "\n>\n"
          "> пн, 12 окт. 2026 г. в 09:20, Нино Беридзе <nino.beridze@mtkvaridata.example>:\n"
          + quote(quote(t1)) + "\n")
    m2 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail.mtkvaridata.example", "31.146.20.44", OWNER, s2, "Mtk02b1Yf7")),
        ("From", addr("Нино Беридзе", "nino.beridze@" + MD)),
        ("To", addr("Anahit Sargsyan", OWNER)),
        ("Cc", addr("Гиорги Кипиани", "giorgi.kipiani@" + MD)),
        ("Subject", hdr("Re: Собеседование: Data Scientist — Mtkvari Data")),
        ("Date", rfc(s2)),
        ("Message-ID", "<CAHk7Q2n3c1pWb8Rm5Xs0LtVd6Ze2Ya9Fq4Gu7Hi1Jo8Kr3Ms@mail.mtkvaridata.example>"),
        ("In-Reply-To", reply_mid),
        ("References", "%s %s" % (mid1, reply_mid)),
    ], part('text/plain; charset="UTF-8"', t2, "quoted-printable"))
    return {"01-mtkvari-proposed-slots.eml": m1, "02-mtkvari-confirmed-thursday.eml": m2}


# --- 06 Limassol: talent partner e-mail + Teams invite with GTB Standard Time, before the EU DST end
C06_START = T(2026, 10, 22, 11, 0, NIC, "Thursday")
C06_END = C06_START + timedelta(minutes=45)
assert C06_START.utcoffset() == timedelta(hours=3) and C06_START.astimezone(YVN).hour == 12
AK = "akamas-analytics.example"


@case("b266-06-limassol-teams-gtb-eest", lab(
    [iv("Akamas Analytics", "Senior Data Scientist", C06_START, C06_END, "scheduled",
        ["e.charalambous@" + AK], ["e.charalambous@" + AK], "hiring_manager")],
    "hard", "positive/windows-tzid-dst-label",
    "Teams invite with TZID 'GTB Standard Time' and the display label '(UTC+02:00) Athens, Bucharest' for "
    "Thu 22 Oct 11:00; Cyprus is still on EEST (+03:00) until 25 Oct, which the talent partner's e-mail "
    "confirms ('12:00 in Yerevan'). Mail + invite = one interview with the Head of Data."))
def c06():
    s1 = T(2026, 10, 15, 9, 12, NIC, s=3)
    t1 = ("Hi Anahit,\n\n"
          "Thank you for your application and the portfolio link - the team enjoyed your churn-modelling write-up, "
          "and we would like to move you forward for the Senior Data Scientist role.\n\n"
          "Next step is a 45-minute conversation with Eleni Charalambous, our Head of Data, on Thursday "
          "22 October at 11:00 Limassol time, which is 12:00 in Yerevan (Cyprus is still on summer time "
          "until the 25th). Eleni will send you a Teams invitation directly.\n\n"
          "Kind regards,\n"
          "Andreas Georgiou\n"
          "Talent Partner | Akamas Analytics Ltd\n"
          "Limassol, Cyprus\n")
    m1 = message([
        ("Delivered-To", OWNER),
        ("Received", received("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.88", OWNER, s1, "Ak06x1Pq9w")),
        ("From", addr("Andreas Georgiou", "a.georgiou@" + AK)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Akamas Analytics - next step (Senior Data Scientist)"),
        ("Date", rfc(s1)),
        ("Message-ID", "<DB9PR07MB7180A1C2F4E5B6D7C8E9F0A1B2C3D@DB9PR07MB7180.eurprd07.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], multipart("alternative", "_000_DB9PR07MB7180A1C2F4E5B6D7C8E9F0A1B2C3DDB9PR07MB7180eurp_", [
        part('text/plain; charset="us-ascii"', t1, "quoted-printable"),
        part('text/html; charset="us-ascii"', html_wrap(t1, "Calibri,sans-serif"), "quoted-printable"),
    ]))
    body = ("Dear Anahit,\n\n"
            "Looking forward to our conversation about the Senior Data Scientist role - I'd like to hear about "
            "your forecasting work and how you'd approach our churn models. 11:00 our time = 12:00 Yerevan.\n\n"
            "Best,\nEleni Charalambous\nHead of Data, Akamas Analytics\n")
    m2 = teams_invite(
        method="REQUEST", summary="Interview: Anahit Sargsyan / Eleni Charalambous - Senior Data Scientist",
        start=C06_START, end=C06_END, wintz="GTB Standard Time",
        organizer=("Eleni Charalambous", "e.charalambous@" + AK),
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
        body_text=body,
        uid="040000008200E00074C5B7101A82E0080000000064F0A1F8B35FDC01000000000000000010000000" + short_id("c06", n=32).upper(),
        sequence=0, sent=T(2026, 10, 15, 13, 40, UTC, s=29),
        msgid="DB9PR07MB71809C8D7E6F5A4B3C2D1E0F9A8B7C6D5@DB9PR07MB7180.eurprd07.prod.outlook.com",
        meeting_id="352 918 004 276", passcode="cY3m9P", tid="a0c4e8f2-6b1d-4f3a-8e7c-2d9b5a1f0e63",
        oid="4d6f8a0c-2e4b-4d6f-8a0c-2e4b6d8f0a1c", lang="en-GB",
        bnd="_000_DB9PR07MB71809C8D7E6F5A4B3C2D1E0F9A8B7C6D5DB9PR07MB7180eurp_")
    return {"01-akamas-next-step.eml": m1, "02-teams-interview-head-of-data.eml": m2}


# --- 07 Gyumri company: Teams invite (Armenian, Caucasus Standard Time), then METHOD:CANCEL
C07_START = T(2026, 10, 21, 14, 0, YVN, "Wednesday")
C07_END = C07_START + timedelta(hours=1)
SD = "shirakdata.example"


@case("b266-07-gyumri-teams-cancelled", lab(
    [iv("Shirak Data Systems", "Data Scientist", C07_START, C07_END, "cancelled",
        ["davit.mkrtchyan@" + SD], ["davit.mkrtchyan@" + SD], "technical")],
    "medium", "positive/cancellation-method-cancel",
    "Armenian Teams invite for Wed 21 Oct 14:00-15:00 (Caucasus Standard Time) from the Gyumri team lead, "
    "then 'Canceled:' (METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE:1) because the position was frozen. Kept "
    "as one cancelled interview at its last time."))
def c07():
    uid = ("040000008200E00074C5B7101A82E00800000000D81C9E4A2E5FDC01000000000000000010000000"
           + short_id("c07", n=32).upper())
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), ("Անի Հարությունյան", "ani.harutyunyan@" + SD, "OPT-PARTICIPANT")]
    body1 = ("Բարև Ձեզ, Անահիտ։\n\n"
             "Հրավիրում եմ Ձեզ տեխնիկական հարցազրույցի Data Scientist հաստիքի համար՝ չորեքշաբթի, "
             "հոկտեմբերի 21-ին, ժամը 14:00-ին (Երևանի ժամանակով), Teams-ով։ Տևողությունը՝ 1 ժամ։ "
             "Կքննարկենք Ձեր նախագծերը և կլուծենք մի փոքր խնդիր Python-ով։ Անին (HR) կմիանա որպես "
             "դիտորդ։\n\n"
             "Հարգանքով՝\nԴավիթ Մկրտչյան\nՏվյալների թիմի ղեկավար\nShirak Data Systems, Գյումրի\n")
    body2 = ("Հարգելի Անահիտ,\n\n"
             "Ցավոք, ստիպված ենք չեղարկել չորեքշաբթի օրվա հարցազրույցը․ ընկերության ղեկավարությունը "
             "որոշել է մինչև տարեվերջ սառեցնել այս հաստիքը։ Ներողություն անհարմարության համար։ Ձեր "
             "ռեզյումեն կպահպանենք, և եթե հաստիքը վերաբացվի, առաջինը Ձեզ կգրենք։\n\n"
             "Հարգանքով՝\nԴավիթ Մկրտչյան\nShirak Data Systems\n")
    common = dict(summary="Տեխնիկական հարցազրույց — Անահիտ Սարգսյան (Data Scientist)", start=C07_START, end=C07_END,
                  wintz="Caucasus Standard Time", organizer=("Դավիթ Մկրտչյան", "davit.mkrtchyan@" + SD),
                  attendees=att, uid=uid, meeting_id="317 205 884 190", passcode="hV8t2K",
                  tid="c3e5a7b9-1d2f-4a6c-8e0b-7f9d1c3e5a7b", oid="e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", lang="hy-AM")
    m1 = teams_invite(method="REQUEST", body_text=body1, sequence=0, sent=T(2026, 10, 15, 8, 10, UTC, s=44),
                      msgid="FR3P281MB1734E2D1C0B9A8F7E6D5C4B3A2918@FR3P281MB1734.DEUP281.PROD.OUTLOOK.COM",
                      bnd="_000_FR3P281MB1734E2D1C0B9A8F7E6D5C4B3A2918FR3P281MB1734DEUP_", **common)
    m2 = teams_invite(method="CANCEL", body_text=body2, sequence=1, sent=T(2026, 10, 20, 6, 45, UTC, s=12),
                      msgid="FR3P281MB17347A6B5C4D3E2F1A0B9C8D7E6F5@FR3P281MB1734.DEUP281.PROD.OUTLOOK.COM",
                      bnd="_000_FR3P281MB17347A6B5C4D3E2F1A0B9C8D7E6F5FR3P281MB1734DEUP_", **common)
    return {"01-teams-invite-technical-interview.eml": m1, "02-teams-canceled-technical-interview.eml": m2}


# --- 08 US startup with a Yerevan office: technical (PDT), then founder chat (PST, after 1 Nov)
C08A_START = T(2026, 10, 30, 8, 30, LA, "Friday")
C08A_END = C08A_START + timedelta(hours=1)
C08B_START = T(2026, 11, 4, 8, 0, LA, "Wednesday")
C08B_END = C08B_START + timedelta(minutes=30)
assert C08A_START.utcoffset() == timedelta(hours=-7) and C08B_START.utcoffset() == timedelta(hours=-8)
assert (C08A_START.astimezone(YVN).hour, C08A_START.astimezone(YVN).minute) == (19, 30)
assert C08B_START.astimezone(YVN).hour == 20
PL = "parallaxloom.example"


@case("b266-08-us-startup-technical-then-founder", lab(
    [iv("Parallax Loom", "Data Scientist", C08A_START, C08A_END, "scheduled",
        ["kyle.brandt@" + PL, "vahe.nazaryan@" + PL], ["kyle.brandt@" + PL, "vahe.nazaryan@" + PL], "technical"),
     iv("Parallax Loom", "Data Scientist", C08B_START, C08B_END, "scheduled",
        ["ruben.aslanyan@" + PL], ["ruben.aslanyan@" + PL], "hiring_manager")],
    "hard", "positive/two-interviews-us-dst",
    "Two interviews. Technical: Google invite Fri 30 Oct 8:30-9:30am PDT (-07:00, 19:30 Yerevan) with Kyle "
    "and Vahe; recruiter Jess organizes only. Founder chat: Jess's mail + the CEO's own invite for Wed 4 Nov "
    "8:00-8:30am PST (-08:00) = 20:00 Yerevan, after the US fall-back on 1 Nov. The founder chat is "
    "labelled hiring_manager (final conversation with the CEO)."))
def c08():
    jess = ("Jess Morales", "jess.morales@" + PL)
    g1 = [("Jess Morales", jess[1], "ACCEPTED", False),
          ("Kyle Brandt", "kyle.brandt@" + PL, "ACCEPTED", False),
          ("Vahe Nazaryan", "vahe.nazaryan@" + PL, "ACCEPTED", False),
          (None, OWNER, "NEEDS-ACTION", False)]
    d1 = ("Technical interview for the Data Scientist role (Yerevan office).\n\n"
          "Kyle Brandt (Staff DS, San Francisco) and Vahe Nazaryan (ML Lead, Yerevan) will do a 60-min "
          "session: experiment design + a live pandas/SQL exercise. No prep needed beyond a working laptop.\n\n"
          "Times are shown in Pacific; for you in Yerevan it starts at 7:30 PM.\n- Jess (Recruiting)")
    m1 = google_invite(kind="Invitation", summary="Parallax Loom: Technical Interview - Anahit Sargsyan (Data Scientist)",
                       start=C08A_START, end=C08A_END, tzname_long="Pacific Time - Los Angeles", tzabbr="PDT",
                       organizer=jess, guests=g1, description=d1, uid="0q3lv8c2mfu4k7dr9s1ha5xnbe@google.com",
                       sequence=0, sent=T(2026, 10, 26, 17, 22, UTC, s=8), created=T(2026, 10, 26, 17, 21, UTC, s=40),
                       meet="tpw-kzra-fue", phone="(US) +1 650-555-0148", pin="611 983 402#",
                       bnd=("0000000000009f2b3c0625c1e7a4", "0000000000009f2b3a0625c1e7a2"))
    s2 = T(2026, 10, 30, 11, 48, LA, s=15)
    t2 = ("Hi Anahit,\n\n"
          "Kyle and Vahe really enjoyed this morning's session - thank you! We'd like to move you to the final "
          "step: a 30-minute conversation with our co-founder & CEO, Ruben Aslanyan.\n\n"
          "Ruben will send you an invite for Wednesday, November 4 at 8:00 AM Pacific. Heads-up: US clocks fall "
          "back on Sunday, November 1, so that is 8:00 PM in Yerevan (today's call started at 7:30 PM your time, "
          "so the gap to Yerevan grows by an hour).\n\n"
          "It's a relaxed chat about how you like to work, the Yerevan team, and your questions for him.\n\n"
          "Cheers,\n"
          "Jess Morales\n"
          "Recruiting | Parallax Loom\n"
          "San Francisco / Yerevan\n")
    m2 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f41.google.com", "209.85.220.41", OWNER, s2, "Pl08b2Zt6u")),
        ("From", addr(*jess)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr("Ruben Aslanyan", "ruben.aslanyan@" + PL)),
        ("Subject", "Next step: chat with Ruben (Parallax Loom)"),
        ("Date", rfc(s2)),
        ("Message-ID", "<CAG8rT3kW9p1Lz0Xq5Nv2Jm7Yb4Hc6Fd8Se1Ua3Oi9Ke2Rw5Pt@mail.gmail.com>"),
    ], multipart("alternative", "00000000000071c4e20625d0a9b6", [
        part('text/plain; charset="UTF-8"', t2, "7bit"),
        part('text/html; charset="UTF-8"', html_wrap(t2), "quoted-printable"),
    ]))
    ruben = ("Ruben Aslanyan", "ruben.aslanyan@" + PL)
    g3 = [("Ruben Aslanyan", ruben[1], "ACCEPTED", False), (None, OWNER, "NEEDS-ACTION", False),
          ("Jess Morales", jess[1], "ACCEPTED", True)]
    d3 = ("Looking forward to meeting you, Anahit! Informal 30 min - bring your questions.\nRuben")
    m3 = google_invite(kind="Invitation", summary="Anahit <> Ruben (Parallax Loom founder chat)",
                       start=C08B_START, end=C08B_END, tzname_long="Pacific Time - Los Angeles", tzabbr="PST",
                       organizer=ruben, guests=g3, description=d3, uid="7hk1c0p9sd4rmf2w8zvq6ag3yl@google.com",
                       sequence=0, sent=T(2026, 10, 30, 19, 5, UTC, s=51), created=T(2026, 10, 30, 19, 5, UTC, s=12),
                       meet="dgo-mrxq-bvn", phone="(US) +1 415-555-0193", pin="872 004 519#",
                       bnd=("000000000000a4d71e0625d3f0c8", "000000000000a4d71c0625d3f0c6"))
    return {"01-invitation-technical-interview.eml": m1, "02-parallax-next-step-founder.eml": m2,
            "03-invitation-founder-chat.eml": m3}


# --- 09 take-home assignment (not an interview) followed by a live review call (interview)
C09_START = T(2026, 10, 20, 17, 0, YVN, "Tuesday")
C09_END = C09_START + timedelta(hours=1)
GL = "garnilogistics.example"


@case("b266-09-take-home-then-review-call", lab(
    [iv("Garni Logistics", "Data Scientist (Demand Forecasting)", C09_START, C09_END, "scheduled",
        ["armine.hovsepyan@" + GL, "karen.vardanyan@" + GL], ["armine.hovsepyan@" + GL, "karen.vardanyan@" + GL],
        "technical")],
    "hard", "positive/take-home-review-call",
    "The take-home assignment (deadline Fri 16 Oct 18:00) is not an interview; the 60-min live review call "
    "where the candidate walks the team through her solution is (Tue 20 Oct 17:00 Yerevan, recruiter mail + "
    "standalone .ics = one). Interviewers Armine and Karen; recruiter Siranush only coordinates."))
def c09():
    s1 = T(2026, 10, 9, 12, 30, YVN, s=6)
    deadline = T(2026, 10, 16, 18, 0, YVN, "Friday")
    t1 = ("Բարև Անահիտ,\n\n"
          "Thank you for the intro call! As the next step for the Data Scientist (Demand Forecasting) role we "
          "ask every candidate to complete a short take-home assignment:\n\n"
          "- Dataset: 18 months of daily shipments for 40 warehouses (link below, valid 14 days)\n"
          "- Task: build a 4-week forecast and explain how you would evaluate it\n"
          "- Format: a notebook or a short report, max 4 hours of work\n"
          "- Deadline: Friday, October 16, 18:00 Yerevan time\n\n"
          "Dataset: https://files.garnilogistics.example/share/ds-takehome-2026-q4.zip\n\n"
          "Once we receive it, we'll set up a review call where you walk our analytics team through your "
          "solution.\n\n"
          "Հարգանքով,\n"
          "Siranush Melkonyan\n"
          "Recruiter, Garni Logistics\n"
          "siranush.melkonyan@garnilogistics.example | +374 91 44 80 12\n")
    mid1 = "<20261009083006.7F3A21C40B@mail.garnilogistics.example>"
    m1 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail.garnilogistics.example", "46.71.12.80", OWNER, s1, "Gl09a4Rw1x")),
        ("From", addr("Siranush Melkonyan", "siranush.melkonyan@" + GL)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Take-home assignment - Data Scientist (Demand Forecasting)"),
        ("Date", rfc(s1)),
        ("Message-ID", mid1),
        ("User-Agent", "Mozilla Thunderbird"),
    ], multipart("alternative", "------------4tQmZ0eW9xYb3cRd7fGh1JkL", [
        part("text/plain; charset=UTF-8; format=flowed", t1, "8bit"),
        part("text/html; charset=UTF-8", html_wrap(t1), "8bit"),
    ]))
    assert WEEKDAYS[deadline.weekday()] == "Friday"
    s2 = T(2026, 10, 17, 11, 4, YVN, s=37)
    sub_mid = "<CAOw7Yb2Lk0pFs3Qz8Vt1Nd5Jc9Hm4Xe6Ru2Ai7Gj0Kp3Wq8Zs@mail.example.com>"
    t2 = ("Hi Anahit,\n\n"
          "Thanks for submitting the assignment on time - the team has already had a look.\n\n"
          "Armine Hovsepyan (Head of Analytics) and Karen Vardanyan (Senior Data Scientist) would like to go "
          "through your solution with you in a 60-minute review call on Tuesday, October 20 at 17:00 Yerevan "
          "time. Plan for ~20 minutes presenting, then questions on your modelling choices. Armine will send "
          "the calendar invite with the Meet link.\n\n"
          "Հարգանքով,\n"
          "Siranush\n\n"
          "On Fri, Oct 16, 2026 at 5:21 PM Anahit Sargsyan <anahit.sargsyan@example.com> wrote:\n"
          + quote("Dear Siranush,\n\nPlease find my solution attached (notebook + a 2-page summary).\n\n"
                  "Best regards,\nAnahit") + "\n")
    m2 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail.garnilogistics.example", "46.71.12.80", OWNER, s2, "Gl09b7Tn2c")),
        ("From", addr("Siranush Melkonyan", "siranush.melkonyan@" + GL)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", "%s, %s" % (addr("Armine Hovsepyan", "armine.hovsepyan@" + GL),
                           addr("Karen Vardanyan", "karen.vardanyan@" + GL))),
        ("Subject", "Re: Take-home assignment - Data Scientist (Demand Forecasting)"),
        ("Date", rfc(s2)),
        ("Message-ID", "<20261017070437.2C9B14E7A1@mail.garnilogistics.example>"),
        ("In-Reply-To", sub_mid),
        ("References", "%s %s" % (mid1, sub_mid)),
        ("User-Agent", "Mozilla Thunderbird"),
    ], part("text/plain; charset=UTF-8; format=flowed", t2, "quoted-printable"))
    stamp = T(2026, 10, 17, 12, 15, YVN)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST"] + VTZ["Asia/Yerevan"] + [
        "BEGIN:VEVENT", "CREATED:%s" % utcstamp(stamp), "DTSTAMP:%s" % utcstamp(stamp),
        "LAST-MODIFIED:%s" % utcstamp(stamp), "SEQUENCE:0",
        "UID:8C2F41B7-3E9A-4D05-9B6E-71A0F3C2D8E4",
        "DTSTART;TZID=Asia/Yerevan:%s" % local(C09_START), "DTEND;TZID=Asia/Yerevan:%s" % local(C09_END),
        "SUMMARY:%s" % ics_text("Take-home review: Anahit Sargsyan - Data Scientist (Demand Forecasting)"),
        "DESCRIPTION:%s" % ics_text("Anahit presents her forecasting take-home (~20 min), then Q&A with "
                                    "Armine and Karen.\nGoogle Meet: https://meet.google.com/hsu-qwpe-rnd"),
        "LOCATION:https://meet.google.com/hsu-qwpe-rnd",
        "ORGANIZER;CN=Armine Hovsepyan:mailto:armine.hovsepyan@" + GL,
        attendee("Armine Hovsepyan", "armine.hovsepyan@" + GL, "CHAIR", "ACCEPTED", "FALSE"),
        attendee("Karen Vardanyan", "karen.vardanyan@" + GL, "REQ-PARTICIPANT", "ACCEPTED", "TRUE"),
        attendee(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE"),
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "URL;VALUE=URI:https://meet.google.com/hsu-qwpe-rnd",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    return {"01-garni-take-home-assignment.eml": m1, "02-garni-review-call-scheduled.eml": m2,
            "03-take-home-review-call.ics": cal}


# --- 10 Bank onsite day in Yerevan: Armenian itinerary e-mail + three Calendar API events (one loop)
C10_S1 = T(2026, 11, 3, 10, 0, YVN, "Tuesday")
C10_S2 = T(2026, 11, 3, 10, 30, YVN)
C10_S2E = T(2026, 11, 3, 11, 30, YVN)
C10_S3 = T(2026, 11, 3, 12, 30, YVN)
C10_END = T(2026, 11, 3, 13, 0, YVN)
EB = "erebunibank.example"
C10_IV = ["hasmik.zakaryan@" + EB, "armen.ghazaryan@" + EB, "mane.torosyan@" + EB, "samvel.danielyan@" + EB]


@case("b266-10-bank-onsite-gcal-json-loop", lab(
    [iv("Erebuni Bank", "Senior Data Scientist (Credit Risk)", C10_S1, C10_END, "scheduled",
        C10_IV, C10_IV, "onsite")],
    "hard", "positive/onsite-loop-calendar-api",
    "Armenian itinerary for the final round on Tue 3 Nov at the bank's head office plus three Calendar API "
    "events (10:00-10:30 HR intro, 10:30-11:30 case study, 12:30-13:00 CRO) after a lunch break: one onsite "
    "10:00-13:00 with all four interviewers. The coordinator Meri only organizes. The 'bring your passport' "
    "line is building access, not a separate appointment."))
def c10():
    s1 = T(2026, 10, 27, 16, 40, YVN, s=22)
    t1 = ("Հարգելի Անահիտ,\n\n"
          "Ուրախ եմ հաստատել Ձեր եզրափակիչ փուլի հարցազրույցները Erebuni Bank-ի գլխամասային գրասենյակում "
          "(Երևան, Տիգրան Մեծի պող. 48, 5-րդ հարկ)՝ երեքշաբթի, նոյեմբերի 3-ին։ Օրվա ծրագիրը՝\n\n"
          "10:00–10:30 — ծանոթացում, Հասմիկ Զաքարյան (HR բիզնես գործընկեր)\n"
          "10:30–11:30 — տեխնիկական case study, Ռիսկերի վերլուծության թիմ (Արմեն Ղազարյան, Մանե Թորոսյան)\n"
          "11:30–12:30 — ընդմիջում / ճաշ մեր ճաշարանում\n"
          "12:30–13:00 — զրույց ռիսկերի գծով տնօրեն (CRO) Սամվել Դանիելյանի հետ\n\n"
          "Օրացույցային հրավերները կստանաք առանձին։ Խնդրում եմ վերցնել անձնագիրը կամ ID քարտը՝ "
          "մուտքի անցագրի համար, և ներկայանալ 09:45-ին ընդունարան։\n\n"
          "Հարգանքով՝\n"
          "Մերի Թադևոսյան\n"
          "Հավաքագրման համակարգող, Erebuni Bank CJSC\n"
          "meri.tadevosyan@erebunibank.example | +374 10 59 30 00 (ներքին 2214)\n")
    m1 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mx2.erebunibank.example", "212.42.197.30", OWNER, s1, "Eb10a3Kq8m")),
        ("From", addr("Մերի Թադևոսյան", "meri.tadevosyan@" + EB)),
        ("To", addr(OWNER_HY, OWNER)),
        ("Subject", hdr("Եզրափակիչ փուլի հարցազրույց — նոյեմբերի 3 / Senior Data Scientist (Credit Risk)")),
        ("Date", rfc(s1)),
        ("Message-ID", "<a41c7e09b2d34f58@mx2.erebunibank.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "hy-AM"),
    ], multipart("alternative", "----=_NextPart_000_0A1B_01DD4E6F.2C3D4E50", [
        part('text/plain; charset="utf-8"', t1, "base64"),
        part('text/html; charset="utf-8"', html_wrap(t1, "Calibri,sans-serif"), "base64"),
    ]))
    org = {"email": "meri.tadevosyan@" + EB, "displayName": "Meri Tadevosyan"}
    me = {"email": OWNER, "self": True, "responseStatus": "accepted"}

    def ev(eid, summary, desc, start, end, people, created, updated, etag):
        att = [dict(org, organizer=True, responseStatus="accepted")]
        att += [{"email": e, "displayName": n, "responseStatus": "accepted"} for n, e in people]
        att.append(me)
        return json.dumps({
            "kind": "calendar#event", "etag": '"%s"' % etag, "id": eid, "status": "confirmed",
            "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(
                ("%s %s" % (eid, OWNER)).encode()).decode().rstrip("="),
            "created": created, "updated": updated, "summary": summary, "description": desc,
            "location": "Erebuni Bank HQ, 48 Tigran Mets Ave, Yerevan, 5th floor",
            "creator": org, "organizer": org,
            "start": {"dateTime": iso(start), "timeZone": "Asia/Yerevan"},
            "end": {"dateTime": iso(end), "timeZone": "Asia/Yerevan"},
            "iCalUID": eid + "@google.com", "sequence": 0, "attendees": att,
            "guestsCanInviteOthers": False, "reminders": {"useDefault": True}, "eventType": "default",
        }, indent=2, ensure_ascii=False) + "\n"
    e1 = ev("3fh8k2q0v6mzr1bc9tn4wx7ypd", "Erebuni Bank | Ծանոթացում HR-ի հետ (Anahit Sargsyan)",
            "Եզրափակիչ փուլ, 1/3. Ծանոթացում՝ Հասմիկ Զաքարյան (HR).", C10_S1, C10_S2,
            [("Hasmik Zakaryan", "hasmik.zakaryan@" + EB)],
            "2026-10-27T12:52:10.000Z", "2026-10-27T12:52:44.118Z", "3526610729088000")
    e2 = ev("9wq1d7rk3m5xzv0hc2ta8ns6jb", "Erebuni Bank | Credit risk case study - Anahit Sargsyan",
            "Final round, 2/3. Case study with the Risk Analytics team (PD model review + discussion).",
            C10_S2, C10_S2E,
            [("Armen Ghazaryan", "armen.ghazaryan@" + EB), ("Mane Torosyan", "mane.torosyan@" + EB)],
            "2026-10-27T12:54:03.000Z", "2026-10-27T12:55:17.602Z", "3526610735204000")
    e3 = ev("b0x6t3nq8c1kvp9rm4zs7dw2hf", "Erebuni Bank | Meeting with CRO - Anahit Sargsyan",
            "Final round, 3/3. Conversation with Samvel Danielyan, Chief Risk Officer.", C10_S3, C10_END,
            [("Samvel Danielyan", "samvel.danielyan@" + EB)],
            "2026-10-27T12:56:31.000Z", "2026-10-27T12:56:58.931Z", "3526610738117000")
    return {"01-erebuni-final-round-itinerary.eml": m1, "02-hr-intro.gcal.json": e1,
            "03-case-study.gcal.json": e2, "04-cro-meeting.gcal.json": e3}


# --- 11 job.am relay in Armenian with a relative date: 'վաղը՝ ժամը 11:00-ին'
C11_SENT = T(2026, 10, 28, 14, 5, YVN, "Wednesday", s=18)
C11_START = T(2026, 10, 29, 11, 0, YVN, "Thursday")
C11_END = C11_START + timedelta(hours=1)
assert C11_START.date() == C11_SENT.date() + timedelta(days=1)
KS = "kumayrisoft.example"


@case("b266-11-jobam-relay-tomorrow-gyumri", lab(
    [iv("Kumayri Soft", "Data Scientist (Computer Vision)", C11_START, C11_END, "scheduled",
        [], ["gohar.sahakyan@" + KS], "hiring_manager")],
    "hard", "positive/relative-date-armenian",
    "job.am relay sent Wed 28 Oct 14:05 +0400: interview 'վաղը՝ ժամը 11:00-ին' = Thu 29 Oct 11:00 Yerevan "
    "time at the Gyumri office, ~1 hour, with the data team lead (named, no address). Relay/no-reply "
    "addresses excluded; the HR manager's address from the text is the follow-up recipient."))
def c11():
    t = ("Հարգելի Անահիտ,\n\n"
         "Kumayri Soft ընկերությունը Ձեզ ուղարկել է հաղորդագրություն job.am-ի միջոցով՝ "
         "«Data Scientist (Computer Vision)» հայտարարության վերաբերյալ։\n\n"
         "------------------------------------------------------------\n"
         "Բարև Ձեզ, Անահիտ։\n\n"
         "Շնորհակալություն մեր ընկերությունում Data Scientist (Computer Vision) հաստիքի համար դիմելու "
         "համար։ Հրավիրում ենք Ձեզ հարցազրույցի վաղը՝ ժամը 11:00-ին, մեր Գյումրիի գրասենյակում "
         "(Վարդանանց հրապարակ 5, 3-րդ հարկ)։ Հարցազրույցը կանցկացնի մեր տվյալների թիմի ղեկավար Արմեն "
         "Պետրոսյանը, տևողությունը՝ մոտ 1 ժամ։\n\n"
         "Խնդրում ենք հաստատել Ձեր մասնակցությունը՝ պատասխանելով այս նամակին կամ գրելով ինձ "
         "gohar.sahakyan@kumayrisoft.example հասցեով։ Եթե գալիս եք Երևանից, կարող ենք փոխհատուցել "
         "ճանապարհածախսը։\n\n"
         "Հարգանքով՝\n"
         "Գոհար Սահակյան\n"
         "HR մենեջեր, Kumayri Soft\n"
         "+374 312 5 40 77\n"
         "------------------------------------------------------------\n\n"
         "Պատասխանը կփոխանցվի գործատուին։ Ձեր դիմումների կարգավիճակը՝ https://job.am/hy/profile/applications\n"
         "job.am — Աշխատանք և կարիերա Հայաստանում\n")
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("smtp2.job.am", "91.103.29.17", OWNER, C11_SENT, "Jb11c8Vd4e")),
        ("Return-Path", "<bounce-7c41e0b2@job.am>"),
        ("From", addr("Kumayri Soft via job.am", "notifications@job.am")),
        ("Reply-To", "reply+7c41e0b2d9@relay.job.am"),
        ("To", addr(OWNER_HY, OWNER)),
        ("Subject", hdr("Հրավեր հարցազրույցի | Kumayri Soft | Data Scientist (Computer Vision)")),
        ("Date", rfc(C11_SENT)),
        ("Message-ID", "<7c41e0b2d9.20261028100518@job.am>"),
        ("X-Mailer", "job.am mailer 3.2"),
    ]
    body = multipart("alternative", "=_jobam_7c41e0b2d9_alt", [
        part("text/plain; charset=utf-8", t, "8bit"),
        part("text/html; charset=utf-8", html_wrap(t, "'Noto Sans Armenian',Tahoma,sans-serif"), "8bit"),
    ])
    return {"01-jobam-interview-invitation.eml": message(headers, body)}


# --- 12 recruiter confirmation forwarded from the owner's old university mailbox
C12_START = T(2026, 10, 12, 10, 0, YVN, "Monday")
C12_END = C12_START + timedelta(minutes=30)
ZT = "zangaktelecom.example"


@case("b266-12-forwarded-recruiter-intro-call", lab(
    [iv("Zangak Telecom", "Data Scientist (Churn & CLV)", C12_START, C12_END, "scheduled",
        ["elen.avagyan@" + ZT], ["elen.avagyan@" + ZT], "phone_screen")],
    "medium", "positive/forwarded",
    "The owner forwards to her main address a recruiter's confirmation received on her old university "
    "mailbox: intro call Mon 12 Oct 10:00 Yerevan, about 30 min, the recruiter calls her (recruiter = "
    "interviewer). The forwarder address is the owner's own and is not a recipient."))
def c12():
    inner = ("Hi Anahit,\n\n"
             "Thanks for the quick chat on LinkedIn. As agreed, I've booked our intro call for Monday, "
             "12 October at 10:00 (Yerevan time). I'll call you on WhatsApp (the number on your CV); it will take "
             "about 30 minutes - mostly your experience with churn models and your expectations for the "
             "Data Scientist (Churn & CLV) role.\n\n"
             "If anything changes, just reply here.\n\n"
             "Best regards,\n"
             "Elen Avagyan\n"
             "Talent Acquisition Lead | Zangak Telecom\n"
             "elen.avagyan@zangaktelecom.example\n")
    s = T(2026, 10, 9, 21, 17, YVN, "Friday", s=50)
    t = ("Ուղարկում եմ հիմնական հասցեիս, որ չկորի։\n\n"
         "---------- Forwarded message ---------\n"
         "From: Elen Avagyan <elen.avagyan@zangaktelecom.example>\n"
         "Date: Thu, Oct 8, 2026 at 4:47 PM\n"
         "Subject: Intro call - Zangak Telecom\n"
         "To: Anahit Sargsyan <anahit.sargsyan@student.ysu.example>\n\n\n" + inner)
    html = html_wrap(t)
    return {"01-fwd-intro-call-zangak.eml": message([
        ("Delivered-To", OWNER),
        ("Received", received("mx.student.ysu.example", "94.43.160.5", OWNER, s, "Ys12f0Aa7b")),
        ("From", addr("Anahit Sargsyan", "anahit.sargsyan@student.ysu.example")),
        ("To", OWNER),
        ("Subject", "Fwd: Intro call - Zangak Telecom"),
        ("Date", rfc(s)),
        ("Message-ID", "<CAF2kPw8Xn0Lb5Yq3Tz9Rm1Vs7Jd4He6Gc2Ua8Oi5Kt0Np3Qw@mail.student.ysu.example>"),
        ("References", "<CAE9vLq1Ht6Zp3Xw0Rs8Nb4Ky2Jd7Fm5Uc1Ga9Oe3Ti6Wl0Pz@mail.zangaktelecom.example>"),
        ("In-Reply-To", "<CAE9vLq1Ht6Zp3Xw0Rs8Nb4Ky2Jd7Fm5Uc1Ga9Oe3Ti6Wl0Pz@mail.zangaktelecom.example>"),
    ], multipart("alternative", "000000000000d3b8f10624e7a1c9", [
        part('text/plain; charset="UTF-8"', t, "quoted-printable"),
        part('text/html; charset="UTF-8"', html, "quoted-printable"),
    ]))}


# --- 13 Armenian Google Meet panel with three interviewers
C13_START = T(2026, 10, 23, 10, 30, YVN, "Friday")
C13_END = C13_START + timedelta(hours=1)
MI = "masisinsurance.example"
C13_IV = ["ruzanna.arakelyan@" + MI, "ashot.babayan@" + MI, "narine.abrahamyan@" + MI]


@case("b266-13-armenian-google-meet-panel", lab(
    [iv("Masis Insurance", "Data Scientist (Actuarial Analytics)", C13_START, C13_END, "scheduled",
        C13_IV, C13_IV, "onsite")],
    "medium", "positive/panel-armenian-google",
    "Google invite with an Armenian description: panel on Fri 23 Oct 10:30-11:30 Yerevan with the head of "
    "actuarial analytics, the IT director and the HR partner (who organizes and also sits on the panel, per "
    "'և ես'). Panel -> kind onsite, all three are interviewers."))
def c13():
    org = ("Ruzanna Arakelyan", "ruzanna.arakelyan@" + MI)
    guests = [("Ruzanna Arakelyan", org[1], "ACCEPTED", False),
              ("Ashot Babayan", "ashot.babayan@" + MI, "ACCEPTED", False),
              ("Narine Abrahamyan", "narine.abrahamyan@" + MI, "NEEDS-ACTION", False),
              (None, OWNER, "NEEDS-ACTION", False)]
    d = ("Հարգելի Անահիտ,\n\n"
         "Հաստատում ենք Ձեր հարցազրույցը Masis Insurance-ում Data Scientist (Actuarial Analytics) հաստիքի "
         "համար՝ ուրբաթ, հոկտեմբերի 23-ին, ժամը 10:30-ին (Երևանի ժամանակով), Google Meet-ով։ "
         "Տևողությունը՝ 1 ժամ։\n\n"
         "Հարցազրույցին կմասնակցեն ակտուարային վերլուծության բաժնի ղեկավար Աշոտ Բաբայանը, ՏՏ տնօրեն "
         "Նարինե Աբրահամյանը և ես։\n\n"
         "Հարգանքով՝\nՌուզաննա Առաքելյան\nHR գործընկեր, Masis Insurance")
    m = google_invite(kind="Invitation",
                      summary="Հարցազրույց | Data Scientist (Actuarial Analytics) | Masis Insurance",
                      start=C13_START, end=C13_END, tzname_long="Armenia Standard Time - Yerevan", tzabbr="GMT+4",
                      organizer=org, guests=guests, description=d, uid="2nb7rx0k4q9cwv3m1hd8fs5tzl@google.com",
                      sequence=0, sent=T(2026, 10, 19, 9, 31, UTC, s=26), created=T(2026, 10, 19, 9, 30, UTC, s=55),
                      meet="fxa-qhtu-mwe", phone="(US) +1 347-555-0127", pin="508 337 161#",
                      bnd=("000000000000b5e9c30624f9d2e1", "000000000000b5e9c10624f9d2df"))
    return {"01-invitation-panel-interview.eml": m}


# =========================================================================== NEGATIVE CASES
def simple_with_ics(*, headers, text, cal, ics_name, bnd_mixed, bnd_alt, html_font="Arial,sans-serif",
                    text_cte="base64", cal_ctype="text/calendar; charset=utf-8; method=PUBLISH"):
    body = multipart("mixed", bnd_mixed, [
        multipart("alternative", bnd_alt, [
            part("text/plain; charset=utf-8", text, text_cte),
            part("text/html; charset=utf-8", html_wrap(text, html_font), text_cte),
        ]).rstrip("\n"),
        part('%s; name="%s"' % (cal_ctype, ics_name), cal, "base64",
             ['Content-Disposition: attachment; filename="%s"' % ics_name]),
    ])
    return message(headers, body)


# --- 14 e-queue booking at the police passport desk (ՀԾ) with an "interview" with the inspector
@case("b266-14-police-id-card-appointment", lab(
    [], "hard", "negative/government-appointment",
    "E-queue (ՀԾ) confirmation for an ID-card/passport appointment at the police passport desk, with an "
    ".ics and the phrase 'կարճ հարցազրույց տեսուչի հետ' (short interview with the inspector). A "
    "non-job interview/appointment -> not an interview."))
def c14():
    sent = T(2026, 10, 12, 9, 3, YVN, s=0)
    start = T(2026, 10, 16, 9, 40, YVN, "Friday")
    end = start + timedelta(minutes=20)
    text = ("Հարգելի Անահիտ Սարգսյան,\n\n"
            "Ձեր հերթագրումը հաստատված է։\n\n"
            "Ծառայություն՝ նույնականացման քարտի (ID քարտ) տրամադրում և անձնագրի փոխանակում\n"
            "Ստորաբաժանում՝ ոստիկանության անձնագրային ծառայության Կենտրոն բաժին (ՀԾ), Երևան, "
            "Մաշտոցի պող. 29\n"
            "Ամսաթիվ և ժամ՝ ուրբաթ, 16.10.2026, 09:40\n"
            "Հերթագրման համար՝ A-0417\n\n"
            "Ներկայանալիս անհրաժեշտ է ունենալ՝ գործող անձնագիրը, պետտուրքի վճարման անդորրագիրը և "
            "սոցիալական քարտը։ Լուսանկարահանումից առաջ կանցկացվի կարճ հարցազրույց տեսուչի հետ "
            "(անձնական տվյալների ճշտում)։ Ուշանալու դեպքում հերթագրումը կչեղարկվի։\n\n"
            "Հերթագրումը չեղարկելու համար՝ https://hertagrum.police.example/cancel/A-0417\n\n"
            "Սա ավտոմատ ծանուցում է, խնդրում ենք չպատասխանել։\n"
            "ՀԾ — Էլեկտրոնային հերթագրման համակարգ\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hertagrum//e-queue 2.4//HY", "METHOD:PUBLISH"] +
              VTZ["Asia/Yerevan"] + [
        "BEGIN:VEVENT", "UID:A-0417-20261016@hertagrum.police.example", "DTSTAMP:%s" % utcstamp(sent),
        "DTSTART;TZID=Asia/Yerevan:%s" % local(start), "DTEND;TZID=Asia/Yerevan:%s" % local(end),
        "SUMMARY:%s" % ics_text("ՀԾ հերթագրում A-0417 — ID քարտ / անձնագիր"),
        "LOCATION:%s" % ics_text("Անձնագրային ծառայության Կենտրոն բաժին, Մաշտոցի պող. 29, Երևան"),
        "DESCRIPTION:%s" % ics_text("Վերցնել անձնագիրը, անդորրագիրը։ Կարճ հարցազրույց տեսուչի հետ։"),
        attendee(OWNER_HY, OWNER, "REQ-PARTICIPANT", "ACCEPTED", "FALSE"),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail.hertagrum.police.example", "94.43.128.9", OWNER, sent, "Pl14q0Hh3a")),
        ("From", addr("ՀԾ Էլեկտրոնային հերթագրում", "no-reply@hertagrum.police.example")),
        ("To", OWNER),
        ("Subject", hdr("Հերթագրման հաստատում A-0417 — նույնականացման քարտ")),
        ("Date", rfc(sent)),
        ("Message-ID", "<A-0417.1791786180@hertagrum.police.example>"),
    ]
    return {"01-equeue-id-card-confirmation.eml": simple_with_ics(
        headers=headers, text=text, cal=cal, ics_name="hertagrum-A-0417.ics",
        bnd_mixed="=_equeue_mix_A0417", bnd_alt="=_equeue_alt_A0417")}


# --- 15 khorovats picnic invite from a friend
@case("b266-15-khorovats-picnic-invite", lab(
    [], "medium", "negative/social-invite",
    "Google invite from a friend to a khorovats picnic in Garni on Saturday; mentions a friend's job "
    "interview story. Social event, not an interview for the owner."))
def c15():
    org = ("Hayk Movsisyan", "hayk.movsisyan@mailbox.example")
    guests = [("Hayk Movsisyan", org[1], "ACCEPTED", False),
              ("Suren Gasparyan", "suren.gasparyan@mailbox.example", "ACCEPTED", False),
              ("Lusine Avetyan", "lusine.avetyan@mailbox.example", "NEEDS-ACTION", False),
              (None, OWNER, "NEEDS-ACTION", False)]
    start = T(2026, 10, 17, 12, 0, YVN, "Saturday")
    d = ("Ժողովուրդ ջան, շաբաթ օրը գնում ենք Գառնի՝ խորովածի 🔥\n"
         "Միսը ես եմ առնում, դուք բերեք լավաշ, կանաչի ու լավ տրամադրություն։ Սուրենը խոստացել է պատմել, "
         "թե ինչպես անցավ իր նոր աշխատանքի հարցազրույցը 😄\n"
         "Մեքենաներով հավաքվում ենք 11:00-ին Բարեկամության մետրոյի մոտ։")
    m = google_invite(kind="Invitation", summary="Խորոված Գառնիում 🔥", start=start, end=start + timedelta(hours=7),
                      tzname_long="Armenia Standard Time - Yerevan", tzabbr="GMT+4", organizer=org, guests=guests,
                      description=d, uid="6tm2pq9xv0hk4cz8rw1sj3nd7b@google.com", sequence=0,
                      sent=T(2026, 10, 13, 17, 44, UTC, s=2), created=T(2026, 10, 13, 17, 43, UTC, s=30),
                      meet=None, phone=None, pin=None, location="Garni, Armenia",
                      bnd=("000000000000f2c8a70624f0b3e6", "000000000000f2c8a50624f0b3e4"))
    return {"01-invitation-khorovats-garni.eml": m}


# --- 16 condominium (ՀԱՄԱՏԻՐՈՒԹՅՈՒՆ) general meeting: residents will interview building-manager candidates
@case("b266-16-condominium-meeting-manager-candidates", lab(
    [], "hard", "negative/user-interviews-others",
    "ՀԱՄԱՏԻՐՈՒԹՅՈՒՆ general meeting notice with .ics; agenda includes interviewing candidates for the "
    "building manager position ('թեկնածուների հետ հարցազրույց'). The owner is a resident/interviewer, "
    "not a candidate."))
def c16():
    sent = T(2026, 10, 18, 19, 26, YVN, s=40)
    start = T(2026, 10, 25, 18, 0, YVN, "Sunday")
    end = start + timedelta(minutes=90)
    text = ("Հարգելի բնակիչներ,\n\n"
            "«Դավթաշեն 21» ՀԱՄԱՏԻՐՈՒԹՅՈՒՆԸ հրավիրում է բոլոր սեփականատերերին ընդհանուր ժողովի կիրակի, "
            "հոկտեմբերի 25-ին, ժամը 18:00-ին, շենքի բակում (վատ եղանակի դեպքում՝ 1-ին մուտքի նկուղային "
            "սրահում)։\n\n"
            "Օրակարգ՝\n"
            "1. Վերելակների վերանորոգման ծախսերի հաշվետվություն\n"
            "2. Ձմռան ջեռուցման և մուտքերի լուսավորության հարցեր\n"
            "3. Նոր կառավարչի պաշտոնի համար թեկնածուների հետ հարցազրույց (3 թեկնածու) և քվեարկություն\n"
            "4. Անդամավճարի չափի վերանայում\n\n"
            "Խնդրում ենք անպայման մասնակցել․ քվորումի բացակայության դեպքում ժողովը կհետաձգվի։\n\n"
            "Հարգանքով՝\n"
            "Վարչության նախագահ Գագիկ Մանուկյան\n"
            "«Դավթաշեն 21» ՀԱՄԱՏԻՐՈՒԹՅՈՒՆ\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
               "METHOD:PUBLISH"] + VTZ["Asia/Yerevan"] + [
        "BEGIN:VEVENT", "CREATED:%s" % utcstamp(sent), "LAST-MODIFIED:%s" % utcstamp(sent),
        "DTSTAMP:%s" % utcstamp(sent), "UID:3d1c9f70-8a2e-4b61-9e05-davtashen21-gm-2026-10",
        "SUMMARY:%s" % ics_text("ՀԱՄԱՏԻՐՈՒԹՅԱՆ ընդհանուր ժողով — կառավարչի թեկնածուների հարցազրույց"),
        "DTSTART;TZID=Asia/Yerevan:%s" % local(start), "DTEND;TZID=Asia/Yerevan:%s" % local(end),
        "LOCATION:%s" % ics_text("Դավթաշեն 4-րդ թաղ., 21 շենքի բակ"),
        "DESCRIPTION:%s" % ics_text("Օրակարգ՝ վերելակներ, ջեռուցում, նոր կառավարչի թեկնածուների հետ "
                                    "հարցազրույց, անդամավճար։"),
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("smtp.mailbox.example", "80.241.0.16", OWNER, sent, "Hoa16k2Lp9")),
        ("From", addr("Դավթաշեն 21 ՀԱՄԱՏԻՐՈՒԹՅՈՒՆ", "davtashen21.hoa@mailbox.example")),
        ("To", addr("Դավթաշեն 21 բնակիչներ", "davtashen21-residents@lists.mailbox.example")),
        ("Subject", hdr("Ընդհանուր ժողով՝ կիրակի, հոկտեմբերի 25, 18:00 — նոր կառավարչի ընտրություն")),
        ("Date", rfc(sent)),
        ("Message-ID", "<20261018152640.5E1A@davtashen21.mailbox.example>"),
        ("List-Id", "<davtashen21-residents.lists.mailbox.example>"),
        ("Precedence", "list"),
    ]
    return {"01-hoa-general-meeting.eml": simple_with_ics(
        headers=headers, text=text, cal=cal, ics_name="zhoghov-2026-10-25.ics",
        bnd_mixed="------------mX7Hq2Rv9Lc0Tb5Nw3Ke", bnd_alt="------------aP4Fs8Jd1Gz6Ym0Uo2Wi",
        text_cte="quoted-printable")}


# --- 17 TV interview about a hackathon win (press)
@case("b266-17-tv-interview-hackathon", lab(
    [], "hard", "negative/press-interview",
    "TV journalist's Google invite 'Հարցազրույց «Տեխնո ժամ» հաղորդման համար' to film an interview about "
    "the owner's hackathon win. Press interview, not a job interview."))
def c17():
    org = ("Lusine Barseghyan", "l.barseghyan@arevtv.example")
    start = T(2026, 10, 15, 17, 0, YVN, "Thursday")
    guests = [("Lusine Barseghyan", org[1], "ACCEPTED", False),
              ("Arev TV Studio B", "studio-b@arevtv.example", "ACCEPTED", False),
              (None, OWNER, "NEEDS-ACTION", False)]
    d = ("Հարգելի Անահիտ,\n\n"
         "Եվս մեկ անգամ շնորհավորում ենք Yerevan Data Hackathon 2026-ում Ձեր թիմի հաղթանակի կապակցությամբ։ "
         "Ինչպես պայմանավորվել էինք հեռախոսով, հարցազրույցը կնկարահանենք մեր ստուդիայում հինգշաբթի, "
         "ժամը 17:00-ին։ Զրույցը՝ մոտ 15 րոպե, հարցերը՝ նախագծի, թիմի և Հայաստանում տվյալագիտության "
         "մասին։ Եթերը՝ կիրակի, ժամը 21:00-ին «Տեխնո ժամ» հաղորդման մեջ։\n\n"
         "Լուսինե Բարսեղյան\nլրագրող, Arev TV")
    m = google_invite(kind="Invitation", summary="Հարցազրույց «Տեխնո ժամ» հաղորդման համար — Yerevan Data Hackathon",
                      start=start, end=start + timedelta(minutes=40), tzname_long="Armenia Standard Time - Yerevan",
                      tzabbr="GMT+4", organizer=org, guests=guests, description=d,
                      uid="1rc5hw8zk3nq0vd6ty2mb9xf4p@google.com", sequence=0,
                      sent=T(2026, 10, 12, 11, 9, UTC, s=31), created=T(2026, 10, 12, 11, 8, UTC, s=50),
                      meet=None, phone=None, pin=None, location="Arev TV, Studio B, 12 Hovsep Emin St, Yerevan",
                      bnd=("0000000000008a1d6f0624e4c7b2", "0000000000008a1d6d0624e4c7b0"))
    return {"01-invitation-tv-interview-hackathon.eml": m}


# --- 18 the owner interviews an intern candidate (volunteer mentor)
@case("b266-18-owner-interviews-intern", lab(
    [], "hard", "negative/user-is-interviewer",
    "The owner volunteers as an interviewer for a non-profit internship programme: coordinator mail with "
    "the scorecard + Google invite 'Internship interview: Gayane Simonyan (candidate)'. The owner is the "
    "interviewer, not the candidate."))
def c18():
    start = T(2026, 10, 21, 18, 0, YVN, "Wednesday")
    end = start + timedelta(minutes=30)
    tat = ("Tatevik Poghosyan", "tatevik.poghosyan@databridge.example")
    s1 = T(2026, 10, 14, 15, 12, YVN, s=9)
    t1 = ("Hi Anahit,\n\n"
          "Thank you again for volunteering as an interviewer for the Data Bridge Armenia winter internship!\n\n"
          "Your slot: Wednesday, 21 October, 18:00-18:30 (Yerevan), with candidate Gayane Simonyan "
          "(3rd-year, Applied Mathematics). Her CV and the interview scorecard are in the shared folder: "
          "https://drive.databridge.example/interns-2026/gayane-simonyan\n\n"
          "Please ask the two standard questions (probability + a small pandas task) and submit the scorecard "
          "within 24 hours after the interview. I'll send the calendar invitation in a minute.\n\n"
          "Շնորհակալություն,\n"
          "Tatevik Poghosyan\n"
          "Programme Coordinator, Data Bridge Armenia\n")
    m1 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f52.google.com", "209.85.220.52", OWNER, s1, "Db18m1Xc5v")),
        ("From", addr(*tat)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Intern interviews: your slot on Wed 21 Oct"),
        ("Date", rfc(s1)),
        ("Message-ID", "<CAD4nVb7Qw2Jx9Lp0Zs5Tk3Rm8Yh1Fe6Gc4Ua2Oi7Kd9Ns0Pw@mail.gmail.com>"),
    ], multipart("alternative", "000000000000a2f5c90624f7e3b8", [
        part('text/plain; charset="UTF-8"', t1, "quoted-printable"),
        part('text/html; charset="UTF-8"', html_wrap(t1), "quoted-printable"),
    ]))
    guests = [("Tatevik Poghosyan", tat[1], "ACCEPTED", True),
              (None, OWNER, "NEEDS-ACTION", False),
              ("Gayane Simonyan", "gayane.simonyan@mailbox.example", "ACCEPTED", False)]
    d = ("Interviewer: Anahit Sargsyan\nCandidate: Gayane Simonyan\n"
         "Scorecard: https://drive.databridge.example/interns-2026/scorecard")
    m2 = google_invite(kind="Invitation", summary="Internship interview: Gayane Simonyan (candidate) / Anahit Sargsyan",
                       start=start, end=end, tzname_long="Armenia Standard Time - Yerevan", tzabbr="GMT+4",
                       organizer=tat, guests=guests, description=d, uid="4pz8mv1kc6tq9rx3hb0wn7sd2j@google.com",
                       sequence=0, sent=T(2026, 10, 14, 11, 16, UTC, s=45), created=T(2026, 10, 14, 11, 16, UTC, s=5),
                       meet="rbn-wxye-kqs", phone="(US) +1 646-555-0175", pin="330 918 274#",
                       bnd=("000000000000c3a7e20624f7e8d1", "000000000000c3a7e00624f7e8cf"))
    return {"01-databridge-interviewer-slot.eml": m1, "02-invitation-intern-interview.eml": m2}


# --- 19 dentist reminder with "վաղը"
@case("b266-19-dentist-reminder-tomorrow", lab(
    [], "easy", "negative/medical-appointment",
    "Dental clinic reminder 'վաղը՝ երեքշաբթի, հոկտեմբերի 20-ին, ժամը 15:00-ին' with an .ics. Personal "
    "appointment, not an interview."))
def c19():
    sent = T(2026, 10, 19, 12, 0, YVN, "Monday", s=4)
    start = T(2026, 10, 20, 15, 0, YVN, "Tuesday")
    end = start + timedelta(minutes=45)
    text = ("Հարգելի Անահիտ,\n\n"
            "Հիշեցնում ենք, որ վաղը՝ երեքշաբթի, հոկտեմբերի 20-ին, ժամը 15:00-ին Ձեզ սպասում ենք "
            "բժիշկ Արսեն Ղուկասյանի մոտ (ատամնաբույժ-թերապևտ)։\n\n"
            "Այցի նպատակը՝ կանխարգելիչ զննում և ատամնաքարի հեռացում\n"
            "Հասցե՝ Մեղրի Դենտալ, Կոմիտասի պող. 56, Երևան\n\n"
            "Խնդրում ենք ներկայանալ 10 րոպե շուտ։ Այցը չեղարկելու կամ տեղափոխելու համար զանգահարեք "
            "+374 10 27 45 45։\n\n"
            "Հարգանքով՝\nՄեղրի Դենտալ կլինիկա\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DentalSoft//Reminders 5.1//EN", "METHOD:PUBLISH"] +
              VTZ["Asia/Yerevan"] + [
        "BEGIN:VEVENT", "UID:appt-88412-20261020@meghridental.example", "DTSTAMP:%s" % utcstamp(sent),
        "DTSTART;TZID=Asia/Yerevan:%s" % local(start), "DTEND;TZID=Asia/Yerevan:%s" % local(end),
        "SUMMARY:%s" % ics_text("Ատամնաբույժ — բժ. Ա. Ղուկասյան"),
        "LOCATION:%s" % ics_text("Մեղրի Դենտալ, Կոմիտասի պող. 56, Երևան"),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail.meghridental.example", "5.10.214.33", OWNER, sent, "Md19d0Rt6y")),
        ("From", addr("Մեղրի Դենտալ", "info@meghridental.example")),
        ("To", OWNER),
        ("Subject", hdr("Հիշեցում․ Ձեր այցը վաղը՝ 15:00-ին")),
        ("Date", rfc(sent)),
        ("Message-ID", "<appt-88412.reminder.1792396804@meghridental.example>"),
    ]
    return {"01-dentist-reminder.eml": simple_with_ics(
        headers=headers, text=text, cal=cal, ics_name="appointment.ics",
        bnd_mixed="_mix_88412_reminder", bnd_alt="_alt_88412_reminder")}


# --- 20 Workable: application received, then a take-home assessment (no interview booked)
@case("b266-20-workable-take-home-assessment", lab(
    [], "medium", "negative/assessment",
    "Workable application receipt and a take-home assessment with a deadline (Sun 25 Oct 23:59); the "
    "interview is only promised 'if you pass'. No live conversation booked."))
def c20():
    hm = "hrazdanmobility.example"
    s1 = T(2026, 10, 15, 6, 2, UTC, s=17)
    t1 = ("Hi Anahit,\n\n"
          "Thanks for applying to the Data Scientist position at Hrazdan Mobility! We've received your "
          "application and our team will review it shortly. If your profile matches what we're looking for, "
          "we'll be in touch about next steps, which may include an assessment and interviews.\n\n"
          "Best regards,\nThe Hrazdan Mobility hiring team\n\n--\nSent via Workable\n")
    m1 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail-a07.workablemail.com", "198.2.178.7", OWNER, s1, "Wk20a5Hm1r")),
        ("From", addr("Hrazdan Mobility", "noreply@workablemail.com")),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Thanks for applying to Hrazdan Mobility"),
        ("Date", rfc(s1)),
        ("Message-ID", "<0102019a2e61b0a4-workable-5510238-applied@email.workable.com>"),
    ], multipart("alternative", "b1_2c9e4a7f1d3b6e08", [
        part("text/plain; charset=utf-8", t1, "quoted-printable"),
        part("text/html; charset=utf-8", html_wrap(t1, "Helvetica,Arial,sans-serif"), "quoted-printable"),
    ]))
    deadline = T(2026, 10, 25, 23, 59, YVN, "Sunday")
    s2 = T(2026, 10, 20, 8, 30, UTC, s=2)
    t2 = ("Hi Anahit,\n\n"
          "Great news - we'd like to invite you to the next stage for the Data Scientist role: a take-home "
          "assessment (ride-demand forecasting for Yerevan, ~3 hours).\n\n"
          "Start the assessment here: https://apply.workable.com/hrazdan-mobility/assessment/7f3c2a91/\n"
          "The link is valid until Sunday, October 25, 23:59 (GMT+04:00). Once you start, you'll have 72 hours "
          "to submit.\n\n"
          "Candidates who pass the assessment will be invited to a technical interview with our data team.\n\n"
          "Good luck!\n"
          "Armen Sahakyan\nHead of Data, Hrazdan Mobility\n\n--\nSent via Workable\n")
    m2 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail-a07.workablemail.com", "198.2.178.7", OWNER, s2, "Wk20b9Hm4s")),
        ("From", addr("Hrazdan Mobility", "noreply@workablemail.com")),
        ("Reply-To", "hrazdan-mobility-5510238+e41d07c3@candidates.workablemail.com"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Next step: take-home assessment - Data Scientist at Hrazdan Mobility"),
        ("Date", rfc(s2)),
        ("Message-ID", "<0102019a41f3c8e2-workable-5510238-assessment@email.workable.com>"),
    ], multipart("alternative", "b1_8d1f6c3a0e5b2947", [
        part("text/plain; charset=utf-8", t2, "quoted-printable"),
        part("text/html; charset=utf-8", html_wrap(t2, "Helvetica,Arial,sans-serif"), "quoted-printable"),
    ]))
    assert deadline.minute == 59
    return {"01-workable-application-received.eml": m1, "02-workable-take-home-assessment.eml": m2}


# --- 21 Greenhouse rejection referring to a past interview
@case("b266-21-greenhouse-rejection-after-interview", lab(
    [], "medium", "negative/rejection",
    "Greenhouse rejection from a US startup that mentions the interview on 'Thursday, October 8' in the "
    "past and invites future applications. Nothing to schedule."))
def c21():
    s = T(2026, 10, 14, 20, 11, UTC, s=36)
    past = T(2026, 10, 8, 9, 0, LA, "Thursday")
    t = ("Hi Anahit,\n\n"
         "Thank you for taking the time to interview with our team on Thursday, October %d for the Senior "
         "Data Scientist role in our Yerevan office. We really enjoyed learning about your work.\n\n"
         "After careful consideration, we've decided to move forward with other candidates whose experience "
         "more closely matches our current needs. This was a difficult decision.\n\n"
         "We'd be glad to interview you again for future openings - we'll keep your profile on file.\n\n"
         "Best wishes,\n"
         "Priya Raman\n"
         "Talent Team, Tallowfield Labs\n" % past.day)
    return {"01-greenhouse-update-on-application.eml": message([
        ("Delivered-To", OWNER),
        ("Received", received("o3.sendgrid.greenhouse.io", "167.89.101.3", OWNER, s, "Gh21r7Tl0k")),
        ("From", addr("Tallowfield Labs", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Priya Raman", "priya.raman@tallowfield.example")),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Update on your application to Tallowfield Labs"),
        ("Date", rfc(s)),
        ("Message-ID", "<5e2a9c7d1b3f8_6d14e2a8c3711@greenhouse-mailer-7b2f.mail>"),
    ], multipart("alternative", "--==_mimepart_5e2a9c7d1b3f8_6d14e2a8c37a", [
        part("text/plain; charset=UTF-8", t, "quoted-printable"),
        part("text/html; charset=UTF-8", html_wrap(t, "Helvetica,Arial,sans-serif"), "quoted-printable"),
    ]))}


# --- 22 Russian availability request with an unbooked scheduling link
@case("b266-22-russian-availability-request", lab(
    [], "hard", "negative/availability-request",
    "Russian recruiter mail asking to pick a slot for a first interview next week via a Calendly link or "
    "to propose 2-3 options; nothing is booked in the case."))
def c22():
    s = T(2026, 10, 16, 15, 35, YVN, "Friday", s=12)
    t = ("Анаит, добрый день!\n\n"
         "Меня зовут Арам Симонян, я рекрутер Kotayk Data (Ереван). Ваше резюме на позицию Data Scientist "
         "нам очень понравилось, и мы хотели бы назначить первое собеседование с нашим тимлидом на следующей "
         "неделе.\n\n"
         "Пожалуйста, выберите удобный слот по ссылке: https://calendly.com/aram-simonyan-kotayk/30min\n"
         "(свободные слоты — со вторника по четверг, с 10:00 до 18:00 по ереванскому времени).\n\n"
         "Если ни один не подходит, просто напишите 2–3 удобных варианта, и я подстроюсь.\n\n"
         "С уважением,\n"
         "Арам Симонян\n"
         "Рекрутер, Kotayk Data\n"
         "aram.simonyan@kotaykdata.example\n")
    return {"01-kotayk-pick-a-slot.eml": message([
        ("Delivered-To", OWNER),
        ("Received", received("mail.kotaykdata.example", "37.252.70.14", OWNER, s, "Kd22s3Fa8g")),
        ("From", addr("Арам Симонян", "aram.simonyan@kotaykdata.example")),
        ("To", addr("Анаит Саргсян", OWNER)),
        ("Subject", hdr("Kotayk Data — собеседование на позицию Data Scientist")),
        ("Date", rfc(s)),
        ("Message-ID", "<e8b1c3f0-4a2d-4c9e-9b17-kotayk-0a7d@mail.kotaykdata.example>"),
        ("X-Mailer", "Yandex Mail"),
    ], part('text/plain; charset="utf-8"', t, "base64"))}


# =========================================================================== README + main
def readme():
    pos = [k for k, v in LABELS.items() if v["interview"]]
    neg = [k for k, v in LABELS.items() if not v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    sched = sum(1 for i in ivs if i["status"] == "scheduled")
    canc = sum(1 for i in ivs if i["status"] == "cancelled")
    rows = "\n".join("| %s | %s | %s | %d |" % (k, v["category"], v["difficulty"], len(v["interviews"]))
                     for k, v in LABELS.items())
    return """# blind266: Yerevan data scientist, Armenian/Russian/English mail across UTC+4, EET/EEST and Pacific DST (written blind)

Owner: Anahit Sargsyan (`%s`), a data scientist based in Yerevan (Asia/Yerevan, UTC+4, no DST), applying to
Armenian tech companies and banks in Yerevan and Gyumri, to a Tbilisi company (UTC+4), to a Limassol company
(Cyprus, EET/EEST) and to US startups with Yerevan offices (Pacific time).

Written blind: the author did not read the detection tool, its tests or any other evaluation set; only the
shared eval README (label schema and rules) and two or three dev files for the file formats were consulted.
All people and companies are invented (`.example` domains); vendor senders (staff.am, job.am, Workable,
Greenhouse, Google Calendar) keep their product domains. Everything is regenerated by `python make_cases.py`
(stdlib + PyYAML + zoneinfo, byte-identical output).

## What it stresses
- Armenian-script mail ('հարցազրույց', 'երեքշաբթի, հոկտեմբերի 13-ին, ժամը 15:00-ին', 'վաղը', 'Հարգանքով'),
  Russian threads, English ATS mail; job-board relays (staff.am, job.am) with no-reply / relay senders where
  the human address is only in the text.
- Time zones: Yerevan and Tbilisi are both UTC+4; Cyprus is on EEST (+03:00) until 25 Oct 2026 and EET after;
  US Pacific stays on PDT (-07:00) until 1 Nov 2026, so 25 Oct - 1 Nov has a different gap; the founder chat on
  4 Nov is PST (-08:00). Teams invites use Windows TZIDs 'Caucasus Standard Time' and 'GTB Standard Time' with
  their fixed '(UTC+04:00) Yerevan' / '(UTC+02:00) Athens, Bucharest' labels; Google invites carry UTC times.
- Dedupe (ATS mail + Teams invite; recruiter mail + invite; itinerary + three Calendar API events = one onsite),
  a reschedule (SEQUENCE 1), a METHOD:CANCEL cancellation, a two-interview case (technical, then founder chat),
  a take-home followed by a live review call, a relative date ('վաղը'), a forwarded confirmation, a panel.
- Look-alike negatives: police e-queue ID-card appointment (ՀԾ, "short interview with the inspector"), a
  khorovats picnic invite, a ՀԱՄԱՏԻՐՈՒԹՅՈՒՆ meeting interviewing building-manager candidates, a TV interview
  about a hackathon, the owner interviewing an intern, a dentist reminder, a take-home assessment, a rejection,
  an availability request with an unbooked Calendly link.

## Counts
- %d cases: %d positive, %d negative.
- %d labelled interviews: %d scheduled, %d cancelled.

## Formats
`.eml` (Google Calendar invitations multipart/mixed with text/calendar + invite.ics; Exchange/Teams invites
multipart/alternative with base64 text/calendar and X-MICROSOFT-CDO-*; Greenhouse/Workable/staff.am/job.am mail;
base64, quoted-printable and 8bit UTF-8 bodies; RFC 2047 Armenian/Russian headers; threads with In-Reply-To /
References and quoted replies; a Gmail-style forward), a standalone `.ics` (Apple Calendar, TZID=Asia/Yerevan),
and `.gcal.json` Calendar API v3 events.

## Cases
| case | category | difficulty | interviews |
|---|---|---|---|
%s
""" % (OWNER, len(LABELS), len(pos), len(neg), len(ivs), sched, canc, rows)


def main():
    for old in HERE.glob(PREFIX + "-*"):
        if old.is_dir():
            shutil.rmtree(old)
    for slug, fn in CASES.items():
        d = HERE / slug
        d.mkdir()
        files = fn()
        for name in files:
            assert name[:3] in ("%02d-" % (i + 1) for i in range(len(files))), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
        for name, content in files.items():
            data = content.encode("utf-8")
            if name.endswith(".eml"):
                assert OWNER in content
            (d / name).write_bytes(data)
    for i, slug in enumerate(CASES):
        assert slug.startswith("%s-%02d-" % (PREFIX, i + 1)), slug
    with open(HERE / "labels.yaml", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind266 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (HERE / "README.md").write_text(readme(), encoding="utf-8", newline="\n")
    print("wrote %d cases to %s" % (len(CASES), HERE))


if __name__ == "__main__":
    main()
