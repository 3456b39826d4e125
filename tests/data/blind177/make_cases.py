#!/usr/bin/env python3
"""Regenerate the blind177 evaluation set (written blind).

Theme: mail clients and formats for a Denver retail store manager moving into district/regional
roles.  Standard library + PyYAML only.  Every run writes the same bytes: all dates, Message-IDs,
UIDs and MIME boundaries are fixed literals; every UTC offset is computed with zoneinfo and every
weekday named in a message is asserted.

Usage:  python make_cases.py        (writes b177-* folders and labels.yaml next to this file)
"""
import base64
import json
import quopri
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
OWNER = "marisol.quintero@example.com"
OWNER_NAME = "Marisol Quintero"
DEN = ZoneInfo("America/Denver")
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=DEN):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(x, name):
    """Assert that a datetime falls on the weekday we name in the text."""
    assert x.strftime("%A") == name, (x, x.strftime("%A"), name)
    return x


def hdate(x, pad=True, utc=False, paren=None):
    """RFC 5322 Date header value the way a given client writes it."""
    if utc:
        x = x.astimezone(UTC)
    s = format_datetime(x)
    if utc:
        s = s.replace("-0000", "+0000")
    if not pad:  # Apple Mail / Yahoo: "Mon, 2 Feb 2026"
        s = s[:5] + s[5:7].lstrip("0") + s[7:]
    if paren:
        s += f" ({paren})"
    return s


def iso(x):
    return x.isoformat() if x else None


def zulu(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


# --------------------------------------------------------------------------- encoders
def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def ew(text, charset="utf-8"):
    """RFC 2047 encoded word (only if needed)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email):
    n = ew(name)
    if n == name and any(c in name for c in ",.()"):
        n = f'"{name}"'
    return f"{n} <{email}>"


def part(headers, body):
    return "\n".join(headers) + "\n\n" + body.rstrip("\n")


def multipart(boundary, parts, preamble=None):
    s = (preamble + "\n\n") if preamble else ""
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def message(headers, body):
    return "\n".join(headers) + "\n\n" + body.rstrip("\n") + "\n"


def flowed(text, width=72):
    """format=flowed: soft breaks keep a trailing space, quoted lines keep their '>' prefix."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        prefix = ">" * depth + (" " if depth else "")
        rest = line[depth:].lstrip(" ") if depth else line
        if len(prefix + rest) <= width:
            out.append((prefix + rest).rstrip(" "))
            continue
        wrapped = textwrap.wrap(rest, width=width - len(prefix), break_long_words=False, break_on_hyphens=False)
        out.extend(prefix + w + " " for w in wrapped[:-1])
        out.append(prefix + wrapped[-1])
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def html_paras(paras, wrap=("<div>", "</div>"), br="<div><br></div>"):
    out = []
    for p in paras:
        p = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        out.append(f"{wrap[0]}{p}{wrap[1]}")
    return br.join(out)


# --------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ical(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def lf(s):
    return s.replace("\r\n", "\n")


VTZ_DENVER = [
    "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_WIN_MOUNTAIN = [
    "BEGIN:VTIMEZONE", "TZID:Mountain Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def exchange_ics(method, uid, seq, start, end, summary, location, desc, organizer, attendees,
                 dtstamp, owner_appt_id, status=None):
    """Exchange / Outlook for Mac invite body with a Windows TZID."""
    tz = "Mountain Standard Time"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ_WIN_MOUNTAIN + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={tz}:{local(start)}",
              f"DTEND;TZID={tz}:{local(end)}",
              "CLASS:PUBLIC",
              "PRIORITY:1" if method == "CANCEL" else "PRIORITY:5",
              f"DTSTAMP:{zulu(dtstamp)}",
              "TRANSP:TRANSPARENT" if method == "CANCEL" else "TRANSP:OPAQUE",
              f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}",
              f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{owner_appt_id}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def exchange_mail(*, sender, to, cc, subject, date, msgid, thread_index, body_text, ics, method,
                  boundary, received_from, mta_id, agent="Microsoft-MacOutlook/16.90.24102012",
                  extra_headers=()):
    """Outlook for Mac (Exchange Online) meeting request: multipart/alternative with a base64
    text/calendar part, Date in +0000 as Exchange writes it."""
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt">\n'
            + html_paras(body_text.strip("\n").split("\n\n"), ("<p>", "</p>"), "\n")
            + "\n</div>\n</body>\n</html>\n")
    hdrs = [f"Delivered-To: {OWNER}",
            f"Received: from {received_from[0]} ({received_from[1]})\n\tby mx.example.com with ESMTPS id {mta_id}\n"
            f"\tfor <{OWNER}>; {hdate(date + timedelta(seconds=3), utc=True)}",
            f"From: {addr(*sender)}",
            "To: " + ",\n\t".join(addr(*t) for t in to)]
    if cc:
        hdrs.append("CC: " + ",\n\t".join(addr(*c) for c in cc))
    hdrs += [f"Subject: {ew(subject)}",
             f"Thread-Topic: {ew(subject.split(': ', 1)[1] if subject.startswith('Canceled: ') else subject)}",
             f"Thread-Index: {thread_index}",
             f"Date: {hdate(date, utc=True)}",
             f"Message-ID: <{msgid}>",
             "Accept-Language: en-US",
             "Content-Language: en-US",
             "X-MS-Has-Attach:",
             "X-MS-TNEF-Correlator:",
             f"user-agent: {agent}"]
    hdrs += list(extra_headers)
    hdrs += [f'Content-Type: multipart/alternative;\n\tboundary="{boundary}"', "MIME-Version: 1.0"]
    body = multipart(boundary, [
        part(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
             qp(body_text)),
        part(['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
             qp(html)),
        part([f'Content-Type: text/calendar; charset="utf-8"; method={method}',
              "Content-Transfer-Encoding: base64"], b64(ics)),
    ])
    return message(hdrs, body)


def google_ics(method, uid, seq, start, end, summary, desc, organizer, attendees, dtstamp, created,
               meet=None, location=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}", f"DTSTAMP:{zulu(dtstamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, partstat in attendees:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT="
                     f"{partstat};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [f"CREATED:{zulu(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zulu(dtstamp)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def gcal_when(start, end):
    """'Mon Mar 2, 2026 2pm - 2:45pm (MST)' as Google Calendar subjects show it."""
    def hm(x):
        h = x.hour % 12 or 12
        return f"{h}{'' if x.minute == 0 else ':%02d' % x.minute}{'am' if x.hour < 12 else 'pm'}"
    return f"{start.strftime('%a %b')} {start.day}, {start.year} {hm(start)} - {hm(end)} ({start.tzname()})"


def google_invite(*, organizer, subject_prefix, title, start, end, date, msgid, outer, inner, ics,
                  method, text, received_id, eid):
    when = gcal_when(start, end)
    subject = f"{subject_prefix}: {title} @ {when} ({OWNER})"
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body><div itemscope itemtype="http://schema.org/EventReservation">'
            + html_paras(text.strip("\n").split("\n\n"), ("<p>", "</p>"), "")
            + f'<p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}">View event</a></p>'
            + "</div></body></html>")
    hdrs = [f"Delivered-To: {OWNER}",
            f"Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n"
            f"\tby mx.example.com with SMTPS id {received_id}\n\tfor <{OWNER}>\n"
            f"\t(Google Transport Security);\n\t{hdate(date + timedelta(seconds=1))}",
            f"Reply-To: {addr(*organizer)}",
            "Sender: Google Calendar <calendar-notification@google.com>",
            f"Message-ID: <{msgid}>",
            f"Date: {hdate(date, utc=True)}",
            f"Subject: {ew(subject)}",
            f"From: {addr(*organizer)}",
            f"To: {OWNER}",
            f'Content-Type: multipart/mixed; boundary="{outer}"',
            "MIME-Version: 1.0"]
    plain = text.strip("\n") + f"\n\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n" \
        "Reply for " + OWNER + " and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=" + eid + \
        "\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n" \
        "You are receiving this email because you are an attendee on the event.\n"
    alt = multipart(inner, [
        part(['Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes',
              "Content-Transfer-Encoding: base64"], b64(plain)),
        part(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(html)),
        part([f'Content-Type: text/calendar; charset="UTF-8"; method={method}', "Content-Transfer-Encoding: 7bit"],
             lf(ics)),
    ])
    body = multipart(outer, [
        part([f'Content-Type: multipart/alternative; boundary="{inner}"'], alt),
        part(['Content-Type: application/ics; name="invite.ics"',
              'Content-Disposition: attachment; filename="invite.ics"',
              "Content-Transfer-Encoding: base64"], b64(ics)),
    ])
    return message(hdrs, body)


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def rcv(host, ip, mid, when):
    return (f"Received: from {host} ({host} [{ip}])\n\tby mx.example.com with ESMTPS id {mid}\n"
            f"\tfor <{OWNER}>; {hdate(when + timedelta(seconds=2))}")


# =========================================================================== POSITIVES
@case
def c01():
    """Apple Mail, multipart/alternative, quoted-printable; relative 'this Thursday'."""
    sent = wd(T(2026, 2, 2, 16, 12, 5), "Monday")
    start = wd(T(2026, 2, 5, 10, 30), "Thursday")
    end = start + timedelta(minutes=30)
    nadia = ("Nadia Ferreira", "nadia.ferreira@larkspur-rx.example")
    text = """Hi Marisol,

Thanks for calling me back this afternoon – it was great to put a voice to the résumé.

As promised, here’s the confirmation: I have you down for a phone screen this Thursday at 10:30 a.m. Mountain. Plan on about 30 minutes. I’ll call you at (720) 555-0148, so no link needed.

We’ll talk through your multi-store experience, the Cherry Creek remodel you mentioned, and what you’re looking for in a District Manager role. Nothing to prepare beyond that.

If something comes up, just reply here or text me at (303) 555-0192.

Talk Thursday,
Nadia

Nadia Ferreira
Senior Talent Acquisition Partner, Retail Field Leadership
Larkspur Pharmacy | 1550 Wewatta St, Denver, CO 80202
nadia.ferreira@larkspur-rx.example
"""
    paras = text.strip("\n").split("\n\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + html_paras(paras) + "</body></html>")
    bnd = "Apple-Mail=_5C1E9A2B-7D43-4F0E-9B1A-2E6C8D4F7A10"
    hdrs = [f"Return-Path: <{nadia[1]}>", f"Delivered-To: {OWNER}",
            rcv("smtp-out.larkspur-rx.example", "198.51.100.24", "4Tz9Lw1bq2z3Hk", sent),
            f"From: {addr(*nadia)}",
            f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"',
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
            "Subject: " + ew("Phone screen Thursday – District Manager, Front Range"),
            "Message-Id: <8E2D1F4A-3B6C-4C9E-A1D7-5F0B2E9C6A31@larkspur-rx.example>",
            f"Date: {hdate(sent, pad=False)}",
            f"To: {addr(OWNER_NAME, OWNER)}",
            "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    body = multipart(bnd, [
        part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain;\n\tcharset=utf-8"], qp(text)),
        part(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;\n\tcharset=utf-8"], qp(html)),
    ])
    items = [("01-phone-screen-thursday.eml", message(hdrs, body))]
    return "b177-01-apple-mail-qp-phone-screen", items, lab(
        [iv("Larkspur Pharmacy", "District Manager, Front Range", start, end, "scheduled",
            [nadia[1]], [nadia[1]], "phone_screen")],
        "easy", "positive/email-body-only",
        "Apple Mail QP body (curly quotes, en dash). 'this Thursday at 10:30 a.m. Mountain' resolved against "
        "Mon 2 Feb 2026 -> Thu 5 Feb (MST). Recruiter calls her, so the recruiter is the interviewer.")


@case
def c02():
    """Thunderbird, ISO-8859-1 8bit, format=flowed thread; interview on the Monday after spring-forward."""
    m1 = wd(T(2026, 2, 27, 14, 41, 9), "Friday")
    m2 = wd(T(2026, 3, 2, 10, 15, 33), "Monday")
    reply = wd(T(2026, 2, 28, 9, 3), "Saturday")
    start = wd(T(2026, 3, 9, 8, 0), "Monday")
    end = start + timedelta(minutes=45)
    wd(T(2026, 3, 10), "Tuesday")
    assert start.utcoffset() == timedelta(hours=-6) and m1.utcoffset() == timedelta(hours=-7)
    ines = ("Inés Calderón", "ines.calderon@pinon-market.example")
    raul = ("Raúl Benavides", "raul.benavides@pinon-market.example")
    sig = """-- 
Inés Calderón
Talent Acquisition | Piñon Market
ines.calderon@pinon-market.example | (505) 555-0117"""
    t1 = f"""Hola Marisol,

Thank you for completing the online questionnaire for our District Manager - North Metro Denver opening. Raúl Benavides, our Regional Director of Store Operations, would like to meet with you for 45 minutes over Microsoft Teams. He has two openings:

  * Monday, March 9, 8:00-8:45 a.m.
  * Tuesday, March 10, 1:00-1:45 p.m.

Both are Mountain time. Let me know which one works for you and I'll lock it in.

Saludos,
Inés

{sig}
"""
    owner_reply = """Hi Inés,

Monday the 9th at 8:00 works great for me. Thank you!

Marisol
"""
    t2 = f"""Hi Marisol,

Perfect, you're confirmed with Raúl for Monday, March 9, 8:00-8:45 a.m. Mountain time. He'll send the Teams link from his calendar this week; if you don't see it by Friday, let me know.

One heads-up since this is the first business day after the time change: clocks spring forward early Sunday, March 8, so 8:00 a.m. on Monday is Mountain Daylight Time.

Raúl is copied here in case you need to reach him directly.

Saludos,
Inés

{sig}

On 2/28/26 9:03 AM, Marisol Quintero wrote:
{quote(owner_reply)}
>
> On 2/27/26 2:41 PM, Inés Calderón wrote:
{quote(t1.split(chr(10) + sig)[0].rstrip(), '>> ')}
"""
    subj = "Piñon Market - District Manager, North Metro Denver - next step"
    id1 = "3c1f7a2e-9b5d-4e81-a6f0-2d8c4b7e19a3@pinon-market.example"
    id_r = "b7e40c19-2f6a-4d3b-8e51-90a4c6d2f7e8@example.com"
    id2 = "e91d0b6c-5a2f-4c7e-b3d8-6f1a2e9c4b70@pinon-market.example"

    def tb(sent, mid, subject, text, refs, mta):
        h = [f"Return-Path: <{ines[1]}>", f"Delivered-To: {OWNER}",
             rcv("mail.pinon-market.example", "203.0.113.41", mta, sent),
             f"Message-ID: <{mid}>", f"Date: {hdate(sent)}", "MIME-Version: 1.0",
             "User-Agent: Mozilla Thunderbird", "Content-Language: es-MX",
             f"To: {addr(OWNER_NAME, OWNER)}", f"Cc: {Header(raul[0], 'iso-8859-1').encode()} <{raul[1]}>",
             f"From: {Header(ines[0], 'iso-8859-1').encode()} <{ines[1]}>",
             "Subject: " + ("Re: " if subject.startswith("Re: ") else "")
             + Header(subject[4:] if subject.startswith("Re: ") else subject, 'iso-8859-1').encode()]
        if refs:
            h += [f"References: {' '.join('<%s>' % r for r in refs)}", f"In-Reply-To: <{refs[-1]}>"]
        h += ["Content-Type: text/plain; charset=ISO-8859-1; format=flowed", "Content-Transfer-Encoding: 8bit"]
        return message(h, flowed(text)).encode("iso-8859-1")

    items = [("01-ines-two-options.eml", tb(m1, id1, subj, t1, [], "4Tq2Zf0Lm8z1Qa")),
             ("02-ines-confirmed-monday.eml", tb(m2, id2, "Re: " + subj, t2, [id1, id_r], "4Tr7Bc3Pn1z9Kd"))]
    return "b177-02-thunderbird-latin1-flowed-dst", items, lab(
        [iv("Piñon Market", "District Manager - North Metro Denver", start, end, "scheduled",
            [raul[1]], [raul[1]], "hiring_manager")],
        "medium", "positive/thread-propose-confirm",
        "Thunderbird, ISO-8859-1 8bit, format=flowed. Two slots offered, the quoted reply picks Monday the 9th, "
        "the confirmation restates it. First business day after spring-forward: 08:00 MDT (-06:00) although "
        "every Date header in the thread is -0700. Raúl (Cc) conducts; recruiter only schedules.")


@case
def c03():
    """Outlook for Mac / Exchange invite, Windows TZID, panel the Tuesday after fall-back."""
    sent = wd(T(2026, 10, 27, 9, 22, 41), "Tuesday")
    start = wd(T(2026, 11, 3, 13, 0), "Tuesday")
    end = start + timedelta(minutes=90)
    assert start.utcoffset() == timedelta(hours=-7) and sent.utcoffset() == timedelta(hours=-6)
    brianna = ("Brianna Holt", "brianna.holt@foothill-grocers.example")
    panel = [("Marcus Delacroix", "marcus.delacroix@foothill-grocers.example"),
             ("Tessa Yamamoto", "tessa.yamamoto@foothill-grocers.example"),
             ("Glen Ashby", "glen.ashby@foothill-grocers.example")]
    text = """Hi Marisol,

Thank you for making time for the next step. This invite is for your panel interview for the District Manager - Southern Colorado position.

When: Tuesday, November 3, 2026, 1:00 PM - 2:30 PM (UTC-07:00) Mountain Time (US & Canada)
Where: Foothill Grocers Support Center, 4400 Tower Road, Conference Room Aspen (in person)

Your panel:
- Marcus Delacroix, Director of Retail Operations
- Tessa Yamamoto, HR Business Partner
- Glen Ashby, Regional Vice President

Please check in at the front desk 10 minutes early; parking is free in the north lot. Reach me at this address or (303) 555-0163 with any questions.

Thanks,
Brianna Holt
Recruiting Coordinator | Foothill Grocers
"""
    ics = exchange_ics("REQUEST",
                       "040000008200E00074C5B7101A82E0080000000070A3C51F4E46DC01000000000000000010000000"
                       "5B1E3A7C9D2F4E6A8B0C1D2E3F4A5B6C", 0, start, end,
                       "Panel Interview - District Manager, Southern Colorado - Marisol Quintero",
                       "Foothill Grocers Support Center, 4400 Tower Road - Conf Rm Aspen", text, brianna,
                       [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")] + [(n, e, "REQ-PARTICIPANT") for n, e in panel],
                       sent, "-1893520044")
    eml = exchange_mail(sender=brianna, to=[(OWNER_NAME, OWNER)] + panel, cc=[],
                        subject="Panel Interview - District Manager, Southern Colorado - Marisol Quintero",
                        date=sent, msgid="BY5PR08MB6421C3E1A9F2D04B7E5A1C8DD9A2@BY5PR08MB6421.namprd08.prod.outlook.com",
                        thread_index="AdtGF3k2m9YqvXcPTw6yQ1b8u4ZJ0A==", body_text=text, ics=ics, method="REQUEST",
                        boundary="_000_BY5PR08MB6421C3E1A9F2D04B7E5A1C8DD9A2BY5PR08MB6421namp_",
                        received_from=("BY5PR08MB6421.namprd08.prod.outlook.com", "2603:10b6:a03:1f2::18"),
                        mta_id="4Yk2Rt9Mhqz6PvB")
    items = [("01-panel-interview-invite.eml", eml)]
    return "b177-03-outlook-mac-windows-tz-panel", items, lab(
        [iv("Foothill Grocers", "District Manager - Southern Colorado", start, end, "scheduled",
            [e for _, e in panel], [e for _, e in panel], "onsite")],
        "medium", "positive/exchange-invite-panel",
        "Outlook for Mac via Exchange: base64 text/calendar, TZID 'Mountain Standard Time' with VTIMEZONE. "
        "Sent 27 Oct during MDT (Date header in +0000) for the Tuesday after fall-back, so 13:00 is -07:00. "
        "Three-person panel -> onsite; the coordinator/organizer is not an interviewer.")


@case
def c04():
    """Yahoo Mail, HTML-only with an itinerary table (one in-person loop)."""
    sent = wd(T(2026, 4, 2, 13, 48, 12), "Thursday")
    day = wd(T(2026, 4, 15), "Wednesday")
    start = day.replace(hour=9)
    end = day.replace(hour=11, minute=15)
    bev = ("Bev Hartsock", "bhartsock@tallgrass-rg.example")
    luis = ("Luis Ortega", "lortega@tallgrass-rg.example")
    pam = ("Pam Whitlock", "pwhitlock@tallgrass-rg.example")
    rows = [("9:00 &ndash; 9:45 AM", "Interview", f"Bev Hartsock, COO<br>{bev[1]}"),
            ("9:45 &ndash; 10:30 AM", "Restaurant walk at our Centennial Blvd location (Luis will ask how you&#39;d coach the GM)",
             f"Luis Ortega, Area Coach<br>{luis[1]}"),
            ("10:30 &ndash; 11:15 AM", "Interview &ndash; people leadership &amp; scheduling",
             f"Pam Whitlock, Director of People<br>{pam[1]}")]
    trs = "".join(
        f'<tr><td style="border:1px solid #ccc;padding:6px;white-space:nowrap">{a}</td>'
        f'<td style="border:1px solid #ccc;padding:6px">{b}</td>'
        f'<td style="border:1px solid #ccc;padding:6px">{c}</td></tr>' for a, b, c in rows)
    html = f"""<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Marisol,</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Kyle passed your resume along and we&#39;d love to have you down to the Springs for the Multi-Unit Area Director opening. Here&#39;s the plan for your visit &ndash; all times Mountain:</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false"><b>Wednesday, April 15, 2026</b> &ndash; Tallgrass Restaurant Group support office, 2130 Garden of the Gods Rd, Colorado Springs</div><div><br></div><table style="border-collapse:collapse;font-size:13px"><thead><tr><th style="border:1px solid #ccc;padding:6px;background:#eee">Time</th><th style="border:1px solid #ccc;padding:6px;background:#eee">What</th><th style="border:1px solid #ccc;padding:6px;background:#eee">With</th></tr></thead><tbody>{trs}</tbody></table><div><br></div><div dir="ltr" data-setdir="false">Park in the back lot and ask for me at reception. Wear whatever you&#39;d wear on a store visit; you&#39;ll be in the kitchen for part of the walk.</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">If the day doesn&#39;t work, call my cell (719) 555-0142.</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Bev</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Bev Hartsock<br>Chief Operating Officer<br>Tallgrass Restaurant Group</div></div></body></html>"""
    hdrs = [f"Return-Path: <{bev[1]}>", f"Delivered-To: {OWNER}",
            rcv("sonic304-21.consmr.mail.bf2.yahoo.com", "98.139.215.147", "4Tz0Kq6Wdbz1Rm", sent),
            f"Date: {hdate(sent, pad=False, utc=True, paren='UTC')}",
            f"From: {addr(*bev)}",
            f"To: {addr(OWNER_NAME, OWNER)}",
            "Message-ID: <1846203577.2318844.1775159292118@mail.yahoo.com>",
            "Subject: Your visit to Tallgrass - Wed 4/15",
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "X-Mailer: WebService/1.1.23553 YMailNorrin"]
    items = [("01-visit-itinerary.eml", message(hdrs, qp(html)))]
    return "b177-04-yahoo-html-only-table-onsite", items, lab(
        [iv("Tallgrass Restaurant Group", "Multi-Unit Area Director", start, end, "scheduled",
            [bev[1], luis[1], pam[1]], [bev[1], luis[1], pam[1]], "onsite")],
        "hard", "positive/html-only-table-onsite",
        "Yahoo Mail HTML-only (QP) with the itinerary in a table; Date header in UTC. Three back-to-back "
        "sessions on one day incl. an evaluated restaurant walk -> one onsite 09:00-11:15 MDT with all three.")


@case
def c05():
    """Proton Mail, base64 bodies, two interviews with the same company."""
    m1 = wd(T(2026, 3, 12, 9, 30, 44), "Thursday")
    owner_at = wd(T(2026, 3, 12, 11, 2), "Thursday")
    m2 = wd(T(2026, 3, 12, 11, 40, 5), "Thursday")
    m3 = wd(T(2026, 3, 18, 11, 5, 10), "Wednesday")
    s1 = wd(T(2026, 3, 17, 9, 0), "Tuesday")
    s2 = wd(T(2026, 3, 24, 13, 0), "Tuesday")
    keiko = ("Keiko Brandt", "keiko.brandt@alpine-hardware.example")
    dwight = ("Dwight Okonjo", "dwight.okonjo@alpine-hardware.example")
    sig = """Best,
Keiko Brandt
Talent Acquisition Lead
Alpine Hardware Cooperative
keiko.brandt@alpine-hardware.example

Sent with Proton Mail secure email."""
    t1 = f"""Hi Marisol,

Thanks for applying for our District Manager – Denver West opening. Your background running a high-volume store at Cherry Creek is exactly what we look for.

Would Tuesday, March 17 at 9:00 a.m. Mountain work for a 30-minute phone screen with me? I'd call the number on your application.

{sig}
"""
    owner_txt = """Hi Keiko,

Tuesday the 17th at 9:00 works. My cell is (720) 555-0148.

Thanks,
Marisol"""
    t2 = f"""Great – you're on my calendar for Tuesday the 17th at 9:00 a.m. I'll call (720) 555-0148.

{sig}

------- Original Message -------
On Thursday, March 12th, 2026 at 11:02 AM, Marisol Quintero <{OWNER}> wrote:

{quote(owner_txt)}
"""
    t3 = f"""Hi Marisol,

Thanks for your time yesterday – I really enjoyed our conversation, and I've shared my notes with the hiring manager.

Dwight Okonjo, our Regional Manager for the Front Range, would like to meet you in person at our Lakewood support center (12150 W Jewell Ave) next Tuesday, March 24, from 1:00 to 2:00 p.m. Dwight is copied here; he'll walk you through the district and the first 90 days.

Please reply to confirm and let me know if you need a parking pass.

{sig}
"""
    bnd = ["b1_7c2e9f4a1d3b5e6f8a0c2d4e6f8a1b3c", "b1_3e5a7c9e1f3b5d7f9a1c3e5a7c9e1f3b", "b1_9d1f3b5d7f9a1c3e5a7c9e1f3b5d7f9a"]

    def proton(sent, mid, subj, text, refs, b, cc, mta):
        h = [f"Return-Path: <{keiko[1]}>", f"Delivered-To: {OWNER}",
             rcv("mail-4322.protonmail.ch", "185.70.43.22", mta, sent),
             f"Date: {hdate(sent, utc=True)}", f"To: {addr(OWNER_NAME, OWNER)}"]
        if cc:
            h.append(f"Cc: {addr(*cc)}")
        h += [f"From: {addr(*keiko)}", f"Subject: {ew(subj)}", f"Message-ID: <{mid}>"]
        if refs:
            h += [f"In-Reply-To: <{refs[-1]}>", f"References: {' '.join('<%s>' % r for r in refs)}"]
        h += [f"Feedback-ID: 7315402:user:proton", "X-Pm-Message-ID: " + mid.split("=@")[0][:24],
              "MIME-Version: 1.0", f'Content-Type: multipart/alternative;\n boundary="{b}"']
        html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">'
                + html_paras(text.strip("\n").split("\n\n"), ("<div>", "</div>"), "<div><br></div>") + "</div>")
        body = multipart(b, [
            part(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"], b64(text)),
            part(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"], b64(html)),
        ], preamble="This is a multi-part message in MIME format.")
        return message(h, body)

    id1 = "Xq3vN8mBzL1kR7tYcW2pHs9fJd4gA6eUo0iVbK5nMxQ=@alpine-hardware.example"
    idr = "D4F7A2C9-1B3E-4A5D-8C6F-9E0A1B2C3D4E@example.com"
    id2 = "Pf6sT2wQmE9hG4kZuR1yLc8vXn3bJ7aDo5iWeK0tNqM=@alpine-hardware.example"
    id3 = "Hn2cV7xBpF4jK9qWtL6sYe1rZa8gM3dUo0iTbN5kCwE=@alpine-hardware.example"
    subj = "District Manager – Denver West: phone screen"
    items = [("01-keiko-phone-screen-proposal.eml", proton(m1, id1, subj, t1, [], bnd[0], None, "4TwQ1m2Xcz3PdA")),
             ("02-keiko-screen-confirmed.eml", proton(m2, id2, "Re: " + subj, t2, [id1, idr], bnd[1], None, "4TwS8k5Ytz7LbR")),
             ("03-keiko-meet-dwight-lakewood.eml",
              proton(m3, id3, "Next step: meet Dwight in Lakewood (District Manager – Denver West)", t3, [id1, idr, id2],
                     bnd[2], dwight, "4V0h3n9Fqz2WsE"))]
    assert owner_at < m2
    return "b177-05-proton-base64-two-rounds", items, lab(
        [iv("Alpine Hardware Cooperative", "District Manager – Denver West", s1, s1 + timedelta(minutes=30),
            "scheduled", [keiko[1]], [keiko[1]], "phone_screen"),
         iv("Alpine Hardware Cooperative", "District Manager – Denver West", s2, s2 + timedelta(hours=1),
            "scheduled", [dwight[1]], [dwight[1]], "hiring_manager")],
        "medium", "positive/two-interviews",
        "Proton Mail, base64 text and HTML, Date in +0000. Phone screen (proposed, accepted in quoted reply, "
        "confirmed) plus an in-person hiring-manager meeting one week later -> two interviews. "
        "'next Tuesday, March 24' stated explicitly.")


@case
def c06():
    """Fastmail, agency recruiter forwards the client's mail as a message/rfc822 attachment; Central vs Mountain."""
    inner_sent = wd(T(2026, 5, 8, 11, 2, 15, tz=CHI), "Friday")
    orig = wd(T(2026, 5, 7, 16, 55, tz=CHI), "Thursday")
    outer_sent = wd(T(2026, 5, 8, 11, 20, 37), "Friday")
    start_ct = wd(T(2026, 5, 13, 16, 0, tz=CHI), "Wednesday")
    start = start_ct.astimezone(DEN)
    assert start.hour == 15
    end = start + timedelta(minutes=45)
    corinne = ("Corinne Vale", "corinne@highplains-search.example")
    tom = ("Tom Reinholt", "tom.reinholt@juniper-outdoor.example")
    inner_text = f"""Corinne,

Thanks - her numbers at Summit are impressive, especially the shrink reduction. Could she do Wednesday, May 13 at 4:00 pm Central? I'll call her directly; plan on 45 minutes. Please send me her cell.

Tom

Tom Reinholt
VP of Stores | Juniper Outdoor Supply
312-555-0176

-----Original Message-----
From: Corinne Vale <{corinne[1]}>
Sent: Thursday, May 7, 2026 4:55 PM
To: Tom Reinholt <{tom[1]}>
Subject: Marisol Quintero - District Manager, Rocky Mountain

Tom,

Attached is Marisol Quintero's resume for your District Manager, Rocky Mountain opening. She runs our client's flagship in Cherry Creek (Summit Outfitters, $14M volume) and has covered two other stores as acting DM. She is open most weekday afternoons next week.

Corinne
"""
    inner = message([
        f"From: {addr(*tom)}", f"To: {addr(*corinne)}",
        "Subject: RE: Marisol Quintero - District Manager, Rocky Mountain",
        "Thread-Topic: Marisol Quintero - District Manager, Rocky Mountain",
        "Thread-Index: AQHcvQ2x8kLmT5e0S0OuVn7d1p3wFg==",
        f"Date: {hdate(inner_sent)}",
        "Message-ID: <CH3PR11MB7420A1B2C3D4E5F6A7B8C9D0E1F2@CH3PR11MB7420.namprd11.prod.outlook.com>",
        "References: <a4e1f0c2-8b7d-4e39-9c5a-2f6d1b3e7a90@app.fastmail.com>",
        "In-Reply-To: <a4e1f0c2-8b7d-4e39-9c5a-2f6d1b3e7a90@app.fastmail.com>",
        "Content-Language: en-US", "X-MS-Has-Attach:", "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit"], inner_text)
    text = f"""Hi Marisol,

Good news: Tom Reinholt, VP of Stores at Juniper Outdoor Supply, wants to talk with you about the District Manager, Rocky Mountain role. His note is attached so you have his direct email.

I've confirmed Wednesday, May 13 for you. He's in Chicago, so his 4:00 pm Central is 3:00 pm your time. He'll call your cell and has set aside 45 minutes.

Afterward, please send your thank-you straight to Tom and copy me.

Corinne

--
Corinne Vale
Principal, High Plains Search Partners
{corinne[1]} | (720) 555-0135
"""
    html = ('<!DOCTYPE html><html><head><title></title></head><body>'
            + html_paras(text.strip("\n").split("\n\n"), ("<div>", "</div>"), "<div><br></div>") + "</body></html>")
    outer_b, alt_b = "c3a1e5f07b2d4e9a8f6b1c0d2e4a6b8c", "5d2f8a1c3e6b4d7f9a0c2e4b6d8f1a3c"
    alt = multipart(alt_b, [
        part(["Content-Type: text/plain", "Content-Transfer-Encoding: quoted-printable"], qp(text)),
        part(["Content-Type: text/html", "Content-Transfer-Encoding: quoted-printable"], qp(html)),
    ])
    fname = "RE Marisol Quintero - District Manager, Rocky Mountain.eml"
    body = multipart(outer_b, [
        part([f'Content-Type: multipart/alternative;\n boundary={alt_b}'], alt),
        part([f'Content-Type: message/rfc822; name="{fname}"',
              f'Content-Disposition: attachment; filename="{fname}"'], inner),
    ])
    hdrs = [f"Return-Path: <{corinne[1]}>", f"Delivered-To: {OWNER}",
            rcv("fout-a3-smtp.messagingengine.com", "103.168.172.146", "4V2m7Qh5Lkz8TnC", outer_sent),
            "X-ME-Sender: <xms:Hx4dZp8kQ2mR7vT1yW3nB6cF9gJ0>",
            "MIME-Version: 1.0", "User-Agent: Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20260421.001-g3a29173c",
            f"Date: {hdate(outer_sent)}",
            f"From: {addr(*corinne)}", f"To: {addr(OWNER_NAME, OWNER)}",
            "Message-Id: <e5f27b3a-91c4-4d8e-a0b6-3c7d2f9e1a54@app.fastmail.com>",
            "Subject: Fwd: RE: Marisol Quintero - District Manager, Rocky Mountain",
            f'Content-Type: multipart/mixed;\n boundary="{outer_b}"']
    items = [("01-fwd-tom-reinholt.eml", message(hdrs, body))]
    return "b177-06-fastmail-forward-rfc822-central", items, lab(
        [iv("Juniper Outdoor Supply", "District Manager, Rocky Mountain", start, end, "scheduled",
            [tom[1]], [tom[1]], "hiring_manager")],
        "hard", "positive/forwarded-rfc822",
        "Agency recruiter on Fastmail forwards the client VP's mail as a message/rfc822 attachment. Client "
        "proposes 4:00 pm Central; agency confirms it (= 3:00 pm Mountain). Company is the client, not the "
        "agency; Tom conducts and his address is only inside the attached message.")


@case
def c07():
    """AOL, windows-1252 QP, reschedule across the November fall-back."""
    m1 = wd(T(2026, 10, 19, 15, 14, 2), "Monday")
    r1 = wd(T(2026, 10, 20, 7, 31, 10), "Tuesday")
    m2 = wd(T(2026, 10, 28, 9, 2, 44), "Wednesday")
    r2 = wd(T(2026, 10, 28, 12, 47, 3), "Wednesday")
    m3 = wd(T(2026, 10, 29, 8, 12, 30), "Thursday")
    old = wd(T(2026, 10, 30, 10, 0), "Friday")
    start = wd(T(2026, 11, 2, 10, 0), "Monday")
    end = start + timedelta(hours=1)
    assert old.utcoffset() == timedelta(hours=-6) and start.utcoffset() == timedelta(hours=-7)
    walt = ("Walt Pruitt", "walt@pruitt-ranchhome.example")
    sig = """Walt Pruitt
President, Pruitt Ranch & Home
1820 8th Ave, Greeley CO 80631
(970) 555-0129"""
    t1 = f"""Marisol,

Thank you for your interest in our Regional Operations Manager opening – it’s a new role for us now that we’re at six stores.

I’d like to sit down with you Friday, October 30 at 10:00 am at our office in Greeley (1820 8th Ave, upstairs). Plan on about an hour. Let me know if that doesn’t work.

{sig}
"""
    o1 = "Friday at 10 works – see you in Greeley.\n\nMarisol"
    t2 = f"""Marisol,

I’ve got a vendor audit Friday that I can’t move, sorry about that. Can we push our meeting to Monday, Nov. 2, same time (10:00 am), same place?

{sig}

On Tuesday, October 20, 2026 at 07:31:10 AM MDT, Marisol Quintero <{OWNER}> wrote:

{quote(o1)}
"""
    o2 = "Monday the 2nd at 10 is fine. Thanks, Walt.\n\nMarisol"
    t3 = f"""Good – Monday, Nov. 2 at 10:00 am it is. Come up the stairs by the feed counter.

Walt

On Wednesday, October 28, 2026 at 12:47:03 PM MDT, Marisol Quintero <{OWNER}> wrote:

{quote(o2)}
"""
    def aol(sent, mid, subj, text, refs, bnd, mta):
        html = ('<html><head></head><body><div style="font-family:Arial, Helvetica, sans-serif;font-size:16px;">'
                + html_paras(text.strip("\n").split("\n\n"), ("<div>", "</div>"), "<div><br></div>")
                + "</div></body></html>")
        h = [f"Return-Path: <{walt[1]}>", f"Delivered-To: {OWNER}",
             rcv("sonic313-15.consmr.mail.ne1.yahoo.com", "66.163.188.153", mta, sent),
             f"Date: {hdate(sent, pad=False, utc=True, paren='UTC')}",
             f"From: {addr(*walt)}", f"To: {addr(OWNER_NAME, OWNER)}", f"Message-ID: <{mid}>"]
        if refs:
            h += [f"In-Reply-To: <{refs[-1]}>", f"References: {' '.join('<%s>' % r for r in refs)}"]
        h += [f"Subject: {ew(subj, 'windows-1252')}", "MIME-Version: 1.0",
              f'Content-Type: multipart/alternative; \n\tboundary="{bnd}"',
              "X-Mailer: WebService/1.1.24562 AolMailNorrin"]
        body = multipart(bnd, [
            part(["Content-Type: text/plain; charset=windows-1252", "Content-Transfer-Encoding: quoted-printable"],
                 qp(text, "windows-1252")),
            part(["Content-Type: text/html; charset=windows-1252", "Content-Transfer-Encoding: quoted-printable"],
                 qp(html, "windows-1252")),
        ])
        return message(h, body)

    subj = "Regional Operations Manager – meeting"
    i1 = "1302245876.4471203.1792437242117@mail.aol.com"
    ir1 = "C9A1F3E5-7B2D-4E6F-8A0C-1D3E5F7A9B2C@example.com"
    i2 = "870145233.5120987.1793113364502@mail.aol.com"
    ir2 = "0E2C4A6B-8D1F-4B3C-9E5A-7F1B3D5E7A9C@example.com"
    i3 = "512377841.5233610.1793196750884@mail.aol.com"
    items = [("01-walt-friday-oct30.eml", aol(m1, i1, subj, t1, [], "----=_Part_4471202_1877301559.1792437242116", "4Vb1Xk7Npz4MrD")),
             ("02-walt-push-to-monday.eml", aol(m2, i2, "Re: " + subj, t2, [i1, ir1], "----=_Part_5120986_402118377.1793113364501", "4Vj9Rc2Ltz1QwF")),
             ("03-walt-monday-confirmed.eml", aol(m3, i3, "Re: " + subj, t3, [i1, ir1, i2, ir2], "----=_Part_5233609_1150442871.1793196750883", "4Vk6Hs8Bmz5NyG"))]
    assert r1 < m2 and r2 < m3
    return "b177-07-aol-cp1252-reschedule-fallback", items, lab(
        [iv("Pruitt Ranch & Home", "Regional Operations Manager", start, end, "scheduled",
            [walt[1]], [walt[1]], "hiring_manager")],
        "hard", "positive/reschedule-by-email",
        "AOL, windows-1252 QP (=92/=96), Date headers in UTC. Fri Oct 30 10:00 MDT moved to Mon Nov 2 10:00, "
        "which is MST (-07:00) after the Nov 1 fall-back. 'Plan on about an hour' -> end 11:00.")


@case
def c08():
    """ATS mail, .ics attached as application/ics with an odd file name, DTSTART in UTC + DURATION."""
    sent = wd(T(2026, 6, 2, 12, 5, 0), "Tuesday")
    start = wd(T(2026, 6, 11, 14, 0), "Thursday")
    end = start + timedelta(minutes=45)
    shauna = ("Shauna Mbeki", "shauna.mbeki@westgate-home.example")
    noreply = "careers-noreply@westgate-home.example"
    text = f"""Hi Marisol,

Your video interview for Store Operations District Manager (Req 26-0412) is scheduled.

Date: Thursday, June 11, 2026
Time: 2:00 PM - 2:45 PM Mountain Time
Interviewer: Ken Sato, Area Director - Colorado & Wyoming
Format: Microsoft Teams video (link in the attached calendar file)

Please test your camera and microphone beforehand. To reschedule, reply to this email and Shauna Mbeki, Recruiting Coordinator, will help you.

Westgate Home Centers Talent Acquisition

This message was sent from an unmonitored mailbox. Replies are routed to your recruiting coordinator.
"""
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;color:#222"><table width="600" cellpadding="0" '
            'cellspacing="0" style="margin:auto"><tr><td style="background:#0b3d2e;color:#fff;padding:16px;font-size:18px">'
            'Westgate Home Centers</td></tr><tr><td style="padding:16px">'
            + html_paras(text.strip("\n").split("\n\n"), ("<p>", "</p>"), "") + "</td></tr></table></body></html>")
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Westgate Home Centers//Interview Scheduler 4.2//EN",
                "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:int-26-0412-5531@westgate-home.example",
                f"DTSTAMP:{zulu(sent)}", f"DTSTART:{zulu(start)}", "DURATION:PT45M",
                "SUMMARY:Video Interview - Store Operations District Manager (Req 26-0412)",
                "DESCRIPTION:" + esc("Interviewer: Ken Sato, Area Director\nJoin Microsoft Teams meeting: "
                                     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WGH2604125531%40thread.v2/0\n"
                                     "Meeting ID: 241 887 306 55  Passcode: h7Q2tX"),
                "LOCATION:Microsoft Teams Meeting",
                f"ORGANIZER;CN=Westgate Home Centers Recruiting:mailto:{noreply}",
                f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
                "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    outer, alt_b = "==_mimepart_6a1f3c2e9b0d4_7e2a1b3c4d5e", "==_mimepart_6a1f3c2e8f7a2_7e2a1b3c4d5f"
    alt = multipart(alt_b, [
        part(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(text)),
        part(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(html)),
    ])
    fname = "Interview_Invite (1).ICS"
    body = multipart(outer, [
        part([f'Content-Type: multipart/alternative;\n boundary="{alt_b}";\n charset=UTF-8'], alt),
        part([f'Content-Type: application/ics;\n name="{fname}"', "Content-Transfer-Encoding: base64",
              f'Content-Disposition: attachment;\n filename="{fname}"'], b64(ics)),
    ])
    hdrs = [f"Return-Path: <bounces+2231907-ab12@em.westgate-home.example>", f"Delivered-To: {OWNER}",
            rcv("o1.em.westgate-home.example", "198.51.100.77", "4Vq3Tn8Kxz6JmP", sent),
            f"Date: {hdate(sent, utc=True)}",
            f'From: "Westgate Home Centers Careers" <{noreply}>',
            f"Reply-To: {addr(*shauna)}", f"To: {OWNER}",
            "Message-ID: <6a1f3c2e9b0d4_7e2a1b3c4d5e1f@ats-worker-7.westgate-home.example.mail>",
            "Subject: Interview scheduled: Store Operations District Manager (Req 26-0412)",
            "Mime-Version: 1.0", f'Content-Type: multipart/mixed;\n boundary="{outer}";\n charset=UTF-8',
            "Content-Transfer-Encoding: 7bit"]
    items = [("01-interview-scheduled-westgate.eml", message(hdrs, body))]
    return "b177-08-ats-application-ics-utc-duration", items, lab(
        [iv("Westgate Home Centers", "Store Operations District Manager", start, end, "scheduled",
            [], [shauna[1]], "hiring_manager")],
        "medium", "positive/ats-email-with-ics",
        "ATS mail from an unmonitored sender with Reply-To the coordinator; attachment 'Interview_Invite (1).ICS' "
        "as application/ics, METHOD:PUBLISH, DTSTART 20:00Z + DURATION:PT45M = 14:00-14:45 MDT. Ken Sato's "
        "address never appears -> no interviewer e-mails, follow-up to the coordinator.")


@case
def c09():
    """Thunderbird mail with a hand-attached .ics: text/calendar without METHOD, UTC DTSTART, DURATION, March DST."""
    sent = wd(T(2026, 3, 4, 16, 47, 19), "Wednesday")
    start = wd(T(2026, 3, 10, 10, 30), "Tuesday")
    end = start + timedelta(hours=1)
    assert sent.utcoffset() == timedelta(hours=-7) and start.utcoffset() == timedelta(hours=-6)
    colleen = ("Colleen Ashdown", "colleen.ashdown@bluespruce-market.example")
    text = f"""Hi Marisol,

Thanks for your patience while we sorted out schedules. I'd like to meet with you myself for the District Manager, Denver Metro role: next Tuesday, the 10th, at 10:30 our time, for an hour over Zoom. I've attached a calendar file with the Zoom link.

Heads-up: our scheduling export writes the file in UTC, so if your calendar shows something odd, go by this email - 10:30 a.m. Mountain.

Looking forward to it,
Colleen

-- 
Colleen Ashdown
Regional Director, Colorado Stores
Blue Spruce Market
{colleen[1]}
"""
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
                "BEGIN:VEVENT", f"CREATED:{zulu(sent - timedelta(minutes=6))}", f"LAST-MODIFIED:{zulu(sent - timedelta(minutes=1))}",
                f"DTSTAMP:{zulu(sent - timedelta(minutes=1))}", "UID:7f3c2a91-5d8e-4b6a-9c1f-e2a4d6b8f013",
                "SUMMARY:" + esc("Interview: Marisol Quintero - District Manager, Denver Metro"),
                f"ORGANIZER;CN={colleen[0]}:mailto:{colleen[1]}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER_NAME}:mailto:{OWNER}",
                f"DTSTART:{zulu(start)}", "DURATION:PT1H",
                "LOCATION:https://bluesprucemarket.zoom.us/j/84512093377?pwd=Qm5kT2xVb0Z3",
                "DESCRIPTION:" + esc("Interview with Colleen Ashdown (Regional Director).\nZoom: "
                                     "https://bluesprucemarket.zoom.us/j/84512093377?pwd=Qm5kT2xVb0Z3\nMeeting ID: 845 1209 3377"),
                "END:VEVENT", "END:VCALENDAR"])
    bnd = "------------0hY8fQk2sLrV3eN6bTzA1mC4"
    fname = "DM interview - Quintero.ics"
    body = multipart(bnd, [
        part(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 7bit"], flowed(text)),
        part([f'Content-Type: text/calendar; charset=UTF-8; name="{fname}"',
              f'Content-Disposition: attachment; filename="{fname}"', "Content-Transfer-Encoding: base64"], b64(ics)),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = [f"Return-Path: <{colleen[1]}>", f"Delivered-To: {OWNER}",
            rcv("smtp.bluespruce-market.example", "192.0.2.58", "4TxK2p7Rvz3BcN", sent),
            f'Content-Type: multipart/mixed; boundary="{bnd}"',
            "Message-ID: <0b6d2e8f-3a1c-4f7e-9d5b-8c2a4e6f1b37@bluespruce-market.example>",
            f"Date: {hdate(sent)}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", "Content-Language: en-US",
            f"To: {addr(OWNER_NAME, OWNER)}", f"From: {addr(*colleen)}",
            "Subject: Interview next Tuesday - District Manager, Denver Metro"]
    items = [("01-colleen-interview-next-tuesday.eml", message(hdrs, body))]
    return "b177-09-thunderbird-ics-no-method-utc-march", items, lab(
        [iv("Blue Spruce Market", "District Manager, Denver Metro", start, end, "scheduled",
            [colleen[1]], [colleen[1]], "hiring_manager")],
        "hard", "positive/ics-no-method-utc",
        "Sent Wed 4 Mar (MST); 'next Tuesday, the 10th, at 10:30 our time' is after the Mar 8 change. Attached "
        "text/calendar with no method parameter and no METHOD line, DTSTART 16:30Z + DURATION:PT1H = 10:30-11:30 "
        "MDT. A converter that assumes -07:00 lands on 09:30.")


@case
def c10():
    """iPhone Apple Mail confirmation + Calendar API event in Eastern time -> one interview."""
    sent = wd(T(2026, 5, 18, 13, 10, 27), "Monday")
    start = wd(T(2026, 5, 22, 13, 0), "Friday")
    end = start + timedelta(hours=1)
    lena = ("Lena Whitfield", "lena.whitfield@aspenoak.example")
    derek = ("Derek Holloway", "derek.holloway@aspenoak.example")
    text = f"""Hi Marisol,

You’re all set with Derek for this Friday, 1:00–2:00 your time (3:00 Eastern – we’re in Atlanta). I just sent the invite from my Google calendar so it should land in a minute.

I’ll hop on for the first five minutes to introduce you, then it’s you and Derek. He’ll want to hear about how you’d run a district of 9–11 showrooms, so bring a couple of examples.

Lena

Sent from my iPhone

Lena Whitfield | Senior Recruiter, Field Leadership
Aspen & Oak Furniture
{lena[1]}
"""
    hdrs = [f"Return-Path: <{lena[1]}>", f"Delivered-To: {OWNER}",
            rcv("mail-out2.aspenoak.example", "203.0.113.90", "4W1d5Fk9Hqz2XrT", sent),
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
            f"From: {addr(*lena)}", "Mime-Version: 1.0 (1.0)",
            "Subject: Friday with Derek - Regional Manager, Mountain West",
            f"Date: {hdate(sent, pad=False)}",
            "Message-Id: <1A7C3E5F-9B2D-4F6A-8C0E-2D4F6A8C0E1B@aspenoak.example>",
            f"To: {addr(OWNER_NAME, OWNER)}", "X-Mailer: iPhone Mail (22F76)"]
    eml = message(hdrs, qp(text))
    s_ny, e_ny = start.astimezone(NYC), end.astimezone(NYC)
    ev = {
        "kind": "calendar#event", "etag": "\"3494120455702000\"", "id": "6k2q9d1vbn4r7s0m3t5h8jqc0p",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NmsycTlkMXZibjRyN3MwbTN0NWg4anFjMHAgbWFyaXNvbC5xdWludGVyb0BleGFtcGxlLmNvbQ",
        "created": "2026-05-18T19:08:44.000Z", "updated": "2026-05-18T19:09:15.851Z",
        "summary": "Aspen & Oak: Marisol Quintero <> Derek Holloway (Regional Manager, Mountain West)",
        "description": "Hiring manager interview with Derek Holloway, VP of Stores. Lena Whitfield (Recruiting) joins for the first 5 minutes for introductions.",
        "creator": {"email": lena[1], "displayName": lena[0]},
        "organizer": {"email": lena[1], "displayName": lena[0]},
        "start": {"dateTime": s_ny.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": e_ny.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": "6k2q9d1vbn4r7s0m3t5h8jqc0p@google.com", "sequence": 0,
        "attendees": [
            {"email": lena[1], "displayName": lena[0], "organizer": True, "responseStatus": "accepted"},
            {"email": derek[1], "displayName": derek[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/qfe-mzka-tvr",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/qfe-mzka-tvr",
                                            "label": "meet.google.com/qfe-mzka-tvr"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "qfe-mzka-tvr"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    items = [("01-lena-friday-with-derek.eml", eml),
             ("02-derek-interview-event.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")]
    return "b177-10-iphone-mail-plus-gcal-json-eastern", items, lab(
        [iv("Aspen & Oak Furniture", "Regional Manager, Mountain West", start, end, "scheduled",
            [derek[1]], [derek[1]], "hiring_manager")],
        "medium", "positive/dedupe-email-and-api-event",
        "iPhone Mail (QP, en dashes) says 'this Friday, 1:00-2:00 your time (3:00 Eastern)'; the Calendar API "
        "event carries 15:00-04:00 America/New_York. Same interview -> one. Lena only introduces.")


@case
def c11():
    """Outlook for Mac request then METHOD:CANCEL."""
    sent = wd(T(2026, 4, 2, 10, 2, 51), "Thursday")
    cancel = wd(T(2026, 4, 6, 16, 40, 12), "Monday")
    start = wd(T(2026, 4, 8, 11, 0), "Wednesday")
    end = start + timedelta(minutes=30)
    wes = ("Wes Farrow", "wes.farrow@cinderlane.example")
    subj = "Phone Screen: Marisol Quintero / District Manager - Colorado"
    uid = ("040000008200E00074C5B7101A82E00800000000E0D7A4F2A0C2DC01000000000000000010000000"
           "8C2F4A6B1D3E5F7A9B0C2D4E6F8A1B3C")
    t1 = """Hi Marisol,

Looking forward to our call. I'll ring you at (720) 555-0148 - about 30 minutes to talk through the District Manager - Colorado role, your current district coverage and timing.

Wes Farrow
Talent Acquisition Partner | Cinder Lane Apparel
"""
    t2 = """Hi Marisol,

I'm sorry to do this: the District Manager - Colorado role has been put on hold while we finish a regional reorganization, so I'm cancelling Wednesday's screen. I'll reach out personally if it reopens.

Wes
"""
    loc = "Phone - Wes will call"
    e1 = exchange_mail(sender=wes, to=[(OWNER_NAME, OWNER)], cc=[], subject=subj, date=sent,
                       msgid="MW4PR12MB7002D1E3F5A7B9C1D3E5F7A9B1C3@MW4PR12MB7002.namprd12.prod.outlook.com",
                       thread_index="AdvGAaS1a3m8Qf0KRrG7yVnLc2Xb4w==", body_text=t1,
                       ics=exchange_ics("REQUEST", uid, 0, start, end, subj, loc, t1, wes,
                                        [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], sent, "2117430587"),
                       method="REQUEST", boundary="_000_MW4PR12MB7002D1E3F5A7B9C1D3E5F7A9B1C3MW4PR12MB7002namp_",
                       received_from=("MW4PR12MB7002.namprd12.prod.outlook.com", "2603:10b6:303:21c::9"),
                       mta_id="4TmZ7c1Qd9z4VhL")
    e2 = exchange_mail(sender=wes, to=[(OWNER_NAME, OWNER)], cc=[], subject="Canceled: " + subj, date=cancel,
                       msgid="MW4PR12MB7002F3A5C7E9B1D3F5A7C9E1B3D5@MW4PR12MB7002.namprd12.prod.outlook.com",
                       thread_index="AdvGAaS1a3m8Qf0KRrG7yVnLc2Xb4wAA3kPq", body_text=t2,
                       ics=exchange_ics("CANCEL", uid, 1, start, end, "Canceled: " + subj, loc, t2, wes,
                                        [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], cancel, "2117430587"),
                       method="CANCEL", boundary="_000_MW4PR12MB7002F3A5C7E9B1D3F5A7C9E1B3D5MW4PR12MB7002namp_",
                       received_from=("MW4PR12MB7002.namprd12.prod.outlook.com", "2603:10b6:303:21c::9"),
                       mta_id="4TqB3v6Wn2z8XsJ")
    items = [("01-phone-screen-invite.eml", e1), ("02-canceled-phone-screen.eml", e2)]
    return "b177-11-outlook-mac-request-then-cancel", items, lab(
        [iv("Cinder Lane Apparel", "District Manager - Colorado", start, end, "cancelled",
            [wes[1]], [wes[1]], "phone_screen")],
        "medium", "positive/cancellation",
        "Exchange REQUEST then METHOD:CANCEL (SEQUENCE 1, STATUS:CANCELLED), Windows TZID; role put on hold. "
        "Kept as cancelled at 11:00 MDT. Wes organizes and conducts the screen himself.")


@case
def c12():
    """Recruiter mail + three standalone .ics sessions on one day (one in UTC) -> one onsite, after fall-back."""
    sent = wd(T(2026, 10, 29, 15, 12, 8), "Thursday")
    day = wd(T(2026, 11, 5), "Thursday")
    assert day.utcoffset() == timedelta(hours=-7)
    jess = ("Jess Tran", "jess.tran@granitepeak.example")
    hal = ("Hal Brennan", "hal.brennan@granitepeak.example")
    yol = ("Yolanda Pierce", "yolanda.pierce@granitepeak.example")
    ana = ("Ana Sorensen", "ana.sorensen@granitepeak.example")
    sessions = [(day.replace(hour=9), day.replace(hour=9, minute=45), hal, "Session 1 - Hal Brennan, District Director",
                 "Granite Peak HQ, 1900 Pearl St, Boulder - 3rd floor, Flatirons room", False),
                (day.replace(hour=10), day.replace(hour=10, minute=45), yol, "Session 2 - Yolanda Pierce, HR Director",
                 "Granite Peak HQ, 1900 Pearl St, Boulder - 3rd floor, Flatirons room", False),
                (day.replace(hour=11), day.replace(hour=12), ana, "Session 3 - Store walk with Ana Sorensen, Regional VP",
                 "Granite Peak Pearl Street store, 1345 Pearl St, Boulder", True)]
    text = f"""Hi Marisol,

Your onsite for the District Manager - Denver/Boulder role is set for Thursday, November 5 at our Boulder HQ. It's three back-to-back sessions from 9:00 am to noon:

9:00-9:45   Hal Brennan, District Director
10:00-10:45 Yolanda Pierce, HR Director
11:00-12:00 Store walk with Ana Sorensen, Regional VP (Pearl Street store, two blocks away)

I'm sending each session as its own calendar file so you have the rooms and names. Reminder that we fall back the Sunday before, so these are Mountain Standard Time.

See you on the 5th,
Jess

Jess Tran
Recruiting Coordinator | Granite Peak Sporting Goods
{jess[1]}
"""
    bnd_o = "000000000000f4a2c10624b7e9d1"
    html = '<div dir="ltr">' + html_paras(text.strip("\n").split("\n\n"), ("<div>", "</div>"), "<div><br></div>") + "</div>"
    hdrs = [f"Delivered-To: {OWNER}",
            rcv("mail-sor-f41.google.com", "209.85.220.41", "4VmR6d2Qsz7KtB", sent),
            "MIME-Version: 1.0", f"From: {addr(*jess)}", f"Date: {hdate(sent)}",
            "Message-ID: <CAK7vQf2mZx8Lr1pT5hNc9Yd3Bw6Ja0Es4Gu2Rk8Vn1Xq@mail.gmail.com>",
            "Subject: Onsite Thursday 11/5 - District Manager, Denver/Boulder",
            f"To: {addr(OWNER_NAME, OWNER)}",
            f'Content-Type: multipart/alternative; boundary="{bnd_o}"']
    body = multipart(bnd_o, [
        part(['Content-Type: text/plain; charset="UTF-8"'], text),
        part(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(html)),
    ])
    items = [("01-jess-onsite-itinerary.eml", message(hdrs, body))]
    names = ["02-session-1-hal-brennan.ics", "03-session-2-yolanda-pierce.ics", "04-session-3-store-walk.ics"]
    for i, (s, e, who, summary, loc, in_utc) in enumerate(sessions):
        lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
        if not in_utc:
            lines += VTZ_DENVER
        lines += ["BEGIN:VEVENT"]
        if in_utc:
            lines += [f"DTSTART:{zulu(s)}", f"DTEND:{zulu(e)}"]
        else:
            lines += [f"DTSTART;TZID=America/Denver:{local(s)}", f"DTEND;TZID=America/Denver:{local(e)}"]
        lines += [f"DTSTAMP:{zulu(sent + timedelta(minutes=2 + i))}",
                  f"ORGANIZER;CN={jess[0]}:mailto:{jess[1]}",
                  f"UID:{['1r8k3m0vq5b2', '7t4n9c2xw6d1', '0p6s1h8zf3g5'][i]}lq2g7j4e9a6c@google.com",
                  f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={who[0]};X-NUM-GUESTS=0:mailto:{who[1]}",
                  f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME};X-NUM-GUESTS=0:mailto:{OWNER}",
                  f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN={jess[0]};X-NUM-GUESTS=0:mailto:{jess[1]}",
                  f"CREATED:{zulu(sent)}",
                  "DESCRIPTION:" + esc(f"Onsite interview for District Manager - Denver/Boulder.\n{summary}.\n"
                                       "Coordinator: Jess Tran"),
                  f"LAST-MODIFIED:{zulu(sent + timedelta(minutes=2 + i))}", f"LOCATION:{esc(loc)}", "SEQUENCE:0",
                  "STATUS:CONFIRMED", f"SUMMARY:{esc('Onsite: Marisol Quintero - ' + summary)}", "TRANSP:OPAQUE",
                  "END:VEVENT", "END:VCALENDAR"]
        items.append((names[i], ical(lines)))
    s0, e_last = sessions[0][0], sessions[-1][1]
    ivs = [hal[1], yol[1], ana[1]]
    return "b177-12-onsite-loop-standalone-ics-fallback", items, lab(
        [iv("Granite Peak Sporting Goods", "District Manager - Denver/Boulder", s0, e_last, "scheduled",
            ivs, ivs, "onsite")],
        "medium", "positive/onsite-loop",
        "Gmail-sent itinerary plus three standalone .ics files (two TZID=America/Denver with VTIMEZONE, the "
        "store walk in UTC 'Z'). Same day, back-to-back -> one onsite 09:00-12:00 MST (-07:00, after Nov 1).")


@case
def c13():
    """Google Calendar invite, cancellation, then a brand-new event across the March change -> two entries."""
    inv1 = wd(T(2026, 2, 17, 10, 31, 2), "Tuesday")
    can = wd(T(2026, 2, 27, 8, 5, 40), "Friday")
    inv2 = wd(T(2026, 3, 2, 9, 18, 55), "Monday")
    s1 = wd(T(2026, 3, 2, 14, 0), "Monday")
    s2 = wd(T(2026, 3, 12, 14, 0), "Thursday")
    e1, e2 = s1 + timedelta(minutes=45), s2 + timedelta(minutes=45)
    assert s1.utcoffset() == timedelta(hours=-7) and s2.utcoffset() == timedelta(hours=-6)
    marta = ("Marta Quist", "marta.quist@lariatboots.example")
    dale = ("Dale Whitacre", "dale.whitacre@lariatboots.example")
    title = "Interview: Marisol Quintero / Regional Sales Manager (Dale Whitacre)"
    desc1 = ("Dale Whitacre, Regional Sales Director, will interview you for the Regional Sales Manager - "
             "Colorado & New Mexico role. 45 minutes on Google Meet.\n\nQuestions: Marta Quist, Recruiting")
    att = [(marta[0], marta[1], "ACCEPTED"), (dale[0], dale[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    uid1, uid2 = "5n7c2v9q1k3x8m4r6t0b2d4f6h@google.com", "2h6j9l1n4p7r0t3v5x8z1b4d6f@google.com"

    def txt(start, end, lead):
        return (f"{lead}\n\n{title}\n{start.strftime('%A %b')} {start.day}, {start.year} ⋅ "
                f"{gcal_when(start, end).split(' ', 4)[4].split(' (')[0]}\nMountain Time - Denver\n\n"
                f"Join with Google Meet\nhttps://meet.google.com/vbr-kqne-sxt\n\nOrganizer\n{marta[0]}\n{marta[1]}\n\n"
                f"Guests\n{marta[0]} - organizer\n{marta[1]}\n{dale[0]}\n{dale[1]}\n{OWNER}")

    ics1 = google_ics("REQUEST", uid1, 0, s1, e1, title, desc1, marta, att, inv1, inv1,
                      meet="https://meet.google.com/vbr-kqne-sxt")
    ics_c = google_ics("CANCEL", uid1, 1, s1, e1, title, desc1, marta, att, can, inv1,
                       meet="https://meet.google.com/vbr-kqne-sxt")
    ics2 = google_ics("REQUEST", uid2, 0, s2, e2, title, desc1.replace("45 minutes", "45 minutes (rebooked)"),
                      marta, att, inv2, inv2, meet="https://meet.google.com/hyt-ucdw-pzo")
    items = [
        ("01-invitation-mar2.eml", google_invite(
            organizer=marta, subject_prefix="Invitation", title=title, start=s1, end=e1, date=inv1,
            msgid="0000000000004d1a7c0611f3b2e8@google.com", outer="0000000000004d1a7c0611f3b2e9",
            inner="0000000000004d1a7b0611f3b2e7", ics=ics1, method="REQUEST",
            text=txt(s1, e1, desc1), received_id="a1b2c3d4e5f6g7.20.2026.02.17", eid="NW43YzJ2OXExazN4OG00cjZ0MGIyZDRmNmg")),
        ("02-canceled-event-mar2.eml", google_invite(
            organizer=marta, subject_prefix="Canceled event", title=title, start=s1, end=e1, date=can,
            msgid="000000000000a3e51f0612c4d7b0@google.com", outer="000000000000a3e51f0612c4d7b1",
            inner="000000000000a3e51e0612c4d7af", ics=ics_c, method="CANCEL",
            text=txt(s1, e1, "This event has been canceled.\n\nMarta: Dale is out sick next week - I'll send a new invite as soon as I have his calendar."),
            received_id="h8i9j0k1l2m3n4.11.2026.02.27", eid="NW43YzJ2OXExazN4OG00cjZ0MGIyZDRmNmg")),
        ("03-invitation-mar12.eml", google_invite(
            organizer=marta, subject_prefix="Invitation", title=title, start=s2, end=e2, date=inv2,
            msgid="0000000000007b9e2d0613d5c1a4@google.com", outer="0000000000007b9e2d0613d5c1a5",
            inner="0000000000007b9e2c0613d5c1a3", ics=ics2, method="REQUEST",
            text=txt(s2, e2, "Dale is back - here is the new time.\n\n" + desc1), received_id="p5q6r7s8t9u0v1.7.2026.03.02",
            eid="Mmg2ajlsMW40cDdyMHQzdjV4OHoxYjRkNmY")),
    ]
    return "b177-13-google-cancel-then-rebook-new-event", items, lab(
        [iv("Lariat Boot Company", "Regional Sales Manager - Colorado & New Mexico", s1, e1, "cancelled",
            [dale[1]], [dale[1]], "hiring_manager"),
         iv("Lariat Boot Company", "Regional Sales Manager - Colorado & New Mexico", s2, e2, "scheduled",
            [dale[1]], [dale[1]], "hiring_manager")],
        "hard", "positive/cancel-and-rebook",
        "Google Calendar invite (UTC DTSTART) for Mon 2 Mar 14:00 MST, cancelled (METHOD:CANCEL), then a NEW "
        "event (different UID) on Thu 12 Mar 14:00 MDT -> two entries, one cancelled and one scheduled. "
        "Marta organizes; Dale interviews.")


# =========================================================================== NEGATIVES
SUMMIT = "summit-outfitters.example"
GREG = ("Greg Lindqvist", f"greg.lindqvist@{SUMMIT}")


@case
def c14():
    """Current employer: district manager's store-visit schedule; she interviews ASM candidates."""
    sent = wd(T(2026, 3, 9, 7, 48, 20), "Monday")
    start = wd(T(2026, 3, 12, 10, 0), "Thursday")
    end = start.replace(hour=15)
    text = """Marisol,

Here's the plan for my visit Thursday. Please have the Q4 shrink results and the spring floor set photos ready.

10:00 Sales floor walk / spring set
11:30 P&L and labor review (back office)
1:00 Lunch
2:00 ASM candidate interviews - Jordan Reyes (2:00) and Kim Abara (2:30). You lead, I'll observe and we'll debrief after.
3:00 Wrap-up

Greg

Greg Lindqvist
District Manager, Denver Metro | Summit Outfitters
"""
    uid = ("040000008200E00074C5B7101A82E00800000000B0A1C3D5E6F7DC01000000000000000010000000"
           "4A6C8E0B2D4F6A8C0E2B4D6F8A0C2E4B")
    ics = exchange_ics("REQUEST", uid, 0, start, end, "DM Store Visit - #214 Cherry Creek (incl. ASM interviews)",
                       "Store #214 Cherry Creek", text, GREG, [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], sent, "-620117345")
    eml = exchange_mail(sender=GREG, to=[(OWNER_NAME, OWNER)], cc=[],
                        subject="DM Store Visit - #214 Cherry Creek (incl. ASM interviews)", date=sent,
                        msgid="DM6PR04MB5210A2C4E6F8B0D2F4A6C8E0B2D4@DM6PR04MB5210.namprd04.prod.outlook.com",
                        thread_index="AdqxUc8vN0t7bFhQTRy3e2A5kL9mDg==", body_text=text, ics=ics, method="REQUEST",
                        boundary="_000_DM6PR04MB5210A2C4E6F8B0D2F4A6C8E0B2D4DM6PR04MB5210namp_",
                        received_from=("DM6PR04MB5210.namprd04.prod.outlook.com", "2603:10b6:5:3a1::14"),
                        mta_id="4TvF2n8Lcz5PqW")
    return "b177-14-current-employer-store-visit-asm-interviews", [("01-dm-store-visit.eml", eml)], lab(
        [], "hard", "negative/current-employer-store-visit",
        "Her own district manager's store-visit invite (Outlook for Mac); the 'interviews' block is Marisol "
        "interviewing assistant-manager candidates for her store -> user is the interviewer, not a candidate.")


@case
def c15():
    """Loss-prevention fact-finding interview about an incident at her store."""
    sent = wd(T(2026, 3, 18, 13, 26, 4), "Wednesday")
    start = wd(T(2026, 3, 23, 9, 0), "Monday")
    end = start + timedelta(minutes=30)
    dev = ("Devin Malhotra", f"devin.malhotra@{SUMMIT}")
    text = """Hi Marisol,

As part of the investigation into the cash-office variance reported at Store #214 on 3/14 (case LP-26-0314), I need to interview you about the closing procedures that night. This is a standard fact-finding interview; you are not the subject of the investigation.

Please have the safe log and the 3/14 closing checklist available. Greg is aware.

Devin Malhotra
Regional Loss Prevention Manager | Summit Outfitters
________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_LP260314%40thread.v2/0
Meeting ID: 286 114 903 72  Passcode: Lp3x9Q
________________________________________________________________________________
"""
    uid = ("040000008200E00074C5B7101A82E00800000000C1D3E5F7A9B1DC01000000000000000010000000"
           "9E1A3C5E7B9D1F3A5C7E9B1D3F5A7C9E")
    subj = "LP Interview - Case LP-26-0314 (Store #214)"
    ics = exchange_ics("REQUEST", uid, 0, start, end, subj, "Microsoft Teams Meeting", text, dev,
                       [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (GREG[0], GREG[1], "OPT-PARTICIPANT")], sent, "1488203377")
    eml = exchange_mail(sender=dev, to=[(OWNER_NAME, OWNER)], cc=[GREG], subject=subj, date=sent,
                        msgid="SA1PR04MB8876B3D5F7A9C1E3B5D7F9A1C3E5@SA1PR04MB8876.namprd04.prod.outlook.com",
                        thread_index="AdqyGw4kR1sT9pL2QyK8v0a3m6NcXA==", body_text=text, ics=ics, method="REQUEST",
                        boundary="_000_SA1PR04MB8876B3D5F7A9C1E3B5D7F9A1C3E5SA1PR04MB8876namp_",
                        received_from=("SA1PR04MB8876.namprd04.prod.outlook.com", "2603:10b6:806:3b2::7"),
                        mta_id="4TyW9k1Mdz3RtV", agent="Microsoft Outlook 16.0")
    return "b177-15-loss-prevention-interview-incident", [("01-lp-interview-invite.eml", eml)], lab(
        [], "hard", "negative/loss-prevention-interview",
        "Teams invite titled 'LP Interview' from her current employer's loss-prevention manager about an "
        "incident at her store: an internal investigation, not a hiring process.")


@case
def c16():
    """Vendor fixture walk-through, .ics as application/ics; mentions interviewing floor leads."""
    sent = wd(T(2026, 4, 14, 17, 3, 36), "Tuesday")
    start = wd(T(2026, 4, 21, 7, 30), "Tuesday")
    end = start + timedelta(minutes=90)
    sam = ("Sam Kettering", "sam.kettering@brightwater-display.example")
    text = f"""Hi Marisol,

Confirming our fixture walk-through at Cherry Creek next Tuesday, April 21 at 7:30 am, before you open. We'll measure the front table zone and the new denim wall, and I'd like to interview two of your floor leads for ten minutes each about how shoppers move through the entrance - it feeds the planogram study for all Summit stores.

Calendar file attached. Coffee's on me.

Sam Kettering
Field Merchandising Rep, Rocky Mountain
Brightwater Display Co.
{sam[1]} | (303) 555-0181
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fastmail/2020.5/EN", "METHOD:REQUEST"] + VTZ_DENVER + [
                "BEGIN:VEVENT", "UID:3f9a1c7e-2b5d-4e8f-a0c6-1d3b5f7e9a2c", "SEQUENCE:0",
                f"DTSTAMP:{zulu(sent)}", f"DTSTART;TZID=America/Denver:{local(start)}", "DURATION:PT1H30M",
                "SUMMARY:Brightwater fixture walk-through - Summit #214 Cherry Creek",
                "LOCATION:" + esc("Summit Outfitters #214, 3000 E 1st Ave, Denver"),
                "DESCRIPTION:" + esc("Measure front table zone + denim wall. 10-min shopper-flow interviews with two floor leads."),
                f"ORGANIZER;CN={sam[0]}:mailto:{sam[1]}",
                f"ATTENDEE;CN={OWNER_NAME};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:{OWNER}",
                "END:VEVENT", "END:VCALENDAR"])
    outer, alt_b = "8e1c3a5f7b9d4e2a6c0f1b3d5e7a9c2e", "2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a"
    html = ('<!DOCTYPE html><html><head><title></title></head><body>'
            + html_paras(text.strip("\n").split("\n\n"), ("<div>", "</div>"), "<div><br></div>") + "</body></html>")
    alt = multipart(alt_b, [
        part(["Content-Type: text/plain", "Content-Transfer-Encoding: quoted-printable"], qp(text)),
        part(["Content-Type: text/html", "Content-Transfer-Encoding: quoted-printable"], qp(html)),
    ])
    body = multipart(outer, [
        part([f"Content-Type: multipart/alternative;\n boundary={alt_b}"], alt),
        part(['Content-Type: application/ics; name="walkthru.ics"', 'Content-Disposition: attachment; filename="walkthru.ics"',
              "Content-Transfer-Encoding: base64"], b64(ics)),
    ])
    hdrs = [f"Return-Path: <{sam[1]}>", f"Delivered-To: {OWNER}",
            rcv("fout-b1-smtp.messagingengine.com", "103.168.172.151", "4W4c8Rj2Ntz6YmF", sent),
            "MIME-Version: 1.0", "User-Agent: Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20260407.001-g3a29173c",
            f"Date: {hdate(sent)}", f"From: {addr(*sam)}", f"To: {addr(OWNER_NAME, OWNER)}",
            "Message-Id: <9c4e2a7f-5b1d-4f3e-8a6c-0d2b4f6e8a13@app.fastmail.com>",
            "Subject: Fixture walk-through Tue 4/21 7:30am - Cherry Creek",
            f'Content-Type: multipart/mixed;\n boundary="{outer}"']
    return "b177-16-vendor-walkthrough-application-ics", [("01-vendor-walkthrough.eml", message(hdrs, body))], lab(
        [], "medium", "negative/vendor-walkthrough",
        "Display vendor confirms a store walk-through with an .ics (application/ics, DURATION); 'interview two "
        "of your floor leads' is shopper-flow research, and Marisol is the store host, not a candidate.")


@case
def c17():
    """Staffing agency shift confirmation (HTML table + UTC/DURATION .ics)."""
    sent = wd(T(2026, 11, 20, 14, 30, 0), "Friday")
    start = wd(T(2026, 11, 28, 6, 0), "Saturday")
    sched = "scheduling@milehigh-staffing.example"
    rows = [("Alexis M.", "Seasonal Sales Associate", "6:00 AM &ndash; 2:30 PM"),
            ("Brandon T.", "Seasonal Stock Associate", "6:00 AM &ndash; 2:30 PM"),
            ("Carmen R.", "Seasonal Cashier", "6:00 AM &ndash; 2:30 PM")]
    trs = "".join(f"<tr><td style=\"padding:6px;border-bottom:1px solid #ddd\">{a}</td><td style=\"padding:6px;border-bottom:1px solid #ddd\">{b}</td>"
                  f"<td style=\"padding:6px;border-bottom:1px solid #ddd\">{c}</td></tr>" for a, b, c in rows)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px"><table width="620" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#7a1f2b;color:#fff;padding:14px;font-size:18px">Mile High Staffing &ndash; Shift Confirmation</td></tr><tr><td style="padding:14px"><p>Hello Marisol,</p><p>Your order <b>#MH-88412</b> for <b>Summit Outfitters #214 (Cherry Creek)</b> is confirmed for <b>Saturday, November 28, 2026</b>.</p><table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr><th align="left" style="padding:6px;background:#f2f2f2">Associate</th><th align="left" style="padding:6px;background:#f2f2f2">Position</th><th align="left" style="padding:6px;background:#f2f2f2">Shift</th></tr>{trs}</table><p>All associates have been interviewed, screened and background-checked by Mile High Staffing. Please have a supervisor meet them at the receiving door at 5:50 AM and approve their timecards in the portal by Monday.</p><p>Questions about this order? Call the branch at (303) 555-0110. This mailbox is not monitored.</p></td></tr></table></body></html>"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mile High Staffing//ShiftBoard//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:MH-88412-20261128@milehigh-staffing.example", f"DTSTAMP:{zulu(sent)}",
                f"DTSTART:{zulu(start)}", "DURATION:PT8H30M",
                "SUMMARY:Shift: 3 seasonal associates - Summit Outfitters #214",
                "DESCRIPTION:" + esc("Order #MH-88412. Associates interviewed and background-checked. Meet at receiving door 5:50 AM."),
                "LOCATION:" + esc("3000 E 1st Ave, Denver, CO"), f"ORGANIZER;CN=Mile High Staffing:mailto:{sched}",
                f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
                "END:VEVENT", "END:VCALENDAR"])
    outer = "----=_NextPart_MH_88412_000_01DC5A"
    body = multipart(outer, [
        part(['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(html)),
        part(['Content-Type: text/calendar; name="MH-88412.ics"', 'Content-Disposition: attachment; filename="MH-88412.ics"',
              "Content-Transfer-Encoding: base64"], b64(ics)),
    ])
    hdrs = [f"Return-Path: <{sched}>", f"Delivered-To: {OWNER}",
            rcv("mta3.milehigh-staffing.example", "198.51.100.130", "4Z1q7Tc3Kbz9HnW", sent),
            f'From: "Mile High Staffing" <{sched}>', f"To: {OWNER}",
            "Subject: Shift Confirmation: Order #MH-88412 - Sat 11/28 - Summit Outfitters #214",
            f"Date: {hdate(sent)}", "Message-ID: <20261120213000.MH88412.conf@milehigh-staffing.example>",
            "MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{outer}"']
    return "b177-17-staffing-agency-shift-confirmation", [("01-shift-confirmation.eml", message(hdrs, body))], lab(
        [], "medium", "negative/staffing-shift",
        "Staffing agency confirms temp associates for her store on Black Friday weekend (HTML-only table + .ics "
        "with UTC DTSTART/DURATION). 'Interviewed and background-checked' refers to the temps.")


@case
def c18():
    """'Stay interview' with her own manager (Outlook for Mac invite)."""
    sent = wd(T(2026, 5, 27, 16, 2, 33), "Wednesday")
    start = wd(T(2026, 6, 4, 15, 0), "Thursday")
    end = start + timedelta(minutes=30)
    text = """Hi Marisol,

HR is rolling out stay interviews for every store manager this quarter, so I've put 30 minutes on the calendar for ours on Thursday, June 4 at 3:00 in your office.

It's not a performance review. I want to hear what keeps you at Summit, what frustrates you, and what would make you think about leaving. The five questions from HR are below if you want to think ahead.

1. What do you look forward to when you come to work?
2. What would you change about your job?
3. What might tempt you to leave?
4. What do you want to learn this year?
5. How can I best support you?

Greg
"""
    subj = "Stay Interview - Marisol Quintero / Greg Lindqvist"
    uid = ("040000008200E00074C5B7101A82E00800000000D2E4F6A8B0C2DC01000000000000000010000000"
           "1B3D5F7A9C1E3B5D7F9A1C3E5B7D9F1A")
    ics = exchange_ics("REQUEST", uid, 0, start, end, subj, "Store #214 - SM office", text, GREG,
                       [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], sent, "-1204566019")
    eml = exchange_mail(sender=GREG, to=[(OWNER_NAME, OWNER)], cc=[], subject=subj, date=sent,
                        msgid="DM6PR04MB5210E4A6C8B0D2F4A6C8E0B2D4F6@DM6PR04MB5210.namprd04.prod.outlook.com",
                        thread_index="AdrOKd3xP6nV2cJ9R0mT4yB8q1LgHw==", body_text=text, ics=ics, method="REQUEST",
                        boundary="_000_DM6PR04MB5210E4A6C8B0D2F4A6C8E0B2D4F6DM6PR04MB5210namp_",
                        received_from=("DM6PR04MB5210.namprd04.prod.outlook.com", "2603:10b6:5:3a1::14"),
                        mta_id="4W9n3Pk6Hbz1LsT")
    return "b177-18-stay-interview-own-manager", [("01-stay-interview-invite.eml", eml)], lab(
        [], "hard", "negative/stay-interview",
        "Retention 'stay interview' with her current manager, sent as an Outlook invite while she is job hunting; "
        "an internal 1:1, not a hiring interview.")


@case
def c19():
    """Unbooked self-scheduling link for a first interview."""
    sent = wd(T(2026, 4, 23, 10, 15, 0), "Thursday")
    wd(T(2026, 4, 28), "Tuesday")
    wd(T(2026, 4, 30), "Thursday")
    rachel = ("Rachel Donnelly", "rachel.donnelly@prairiewind.example")
    link = "https://schedule.prairiewind.example/s/8KQ2-zD7m-4hX1"
    text = f"""Hi Marisol,

Congratulations! The District Operations team would like to move you forward for the District Manager - Denver North position.

Please pick a time for your first interview (30 minutes, video) using the link below. Available times are Tuesday, April 28 through Thursday, April 30, between 8:00 AM and 5:00 PM Mountain.

Schedule your interview: {link}

Once you choose a time you'll receive a calendar invitation with the video link. The link expires in 5 days.

Rachel Donnelly
Talent Acquisition, Prairie Wind Markets
"""
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif">'
            + html_paras(text.strip("\n").split("\n\n"), ("<p>", "</p>"), "").replace(
                f"Schedule your interview: {link}",
                f'<a href="{link}" style="background:#2f6b3a;color:#fff;padding:10px 18px;text-decoration:none">Schedule your interview</a>')
            + "</body></html>")
    bnd = "--_NmP-8f2c4e6a1b3d5f7a-Part_1"
    body = multipart(bnd, [
        part(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(text)),
        part(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(html)),
    ])
    hdrs = [f"Return-Path: <bounce-7712@mail.prairiewind.example>", f"Delivered-To: {OWNER}",
            rcv("mail.prairiewind.example", "192.0.2.140", "4WBt6Lc8Mqz3PdK", sent),
            f'From: "Rachel Donnelly (Prairie Wind Markets)" <talent-noreply@prairiewind.example>',
            f"Reply-To: {addr(*rachel)}", f"To: {OWNER}",
            "Subject: Action needed: schedule your interview - District Manager, Denver North",
            f"Date: {hdate(sent)}", "Message-ID: <sched.8KQ2zD7m4hX1.1776960900@prairiewind.example>",
            "MIME-Version: 1.0", f'Content-Type: multipart/alternative; boundary="{bnd}"']
    return "b177-19-unbooked-scheduling-link", [("01-schedule-your-interview.eml", message(hdrs, body))], lab(
        [], "medium", "negative/availability-request",
        "Self-scheduling link with a window of available days; nothing is booked in the case.")


@case
def c20():
    """One-way (on-demand) video interview."""
    sent = wd(T(2026, 4, 29, 8, 0, 12), "Wednesday")
    due = wd(T(2026, 5, 3, 23, 59), "Sunday")
    noreply = "no-reply@ondemand.vidscreen.example"
    html = f"""<html><body style="margin:0;font-family:Arial,sans-serif;background:#f4f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="24" cellspacing="0" style="background:#fff"><tr><td><h2 style="margin:0 0 12px">Ridgeway Department Stores</h2><p>Hi Marisol,</p><p>You've been invited to complete an <b>on-demand video interview</b> for <b>Area Manager &ndash; Denver</b>.</p><table cellpadding="6" cellspacing="0" style="border:1px solid #ddd"><tr><td><b>Questions</b></td><td>5 recorded questions, 2 minutes each</td></tr><tr><td><b>Live interviewer</b></td><td>None &ndash; record at any time</td></tr><tr><td><b>Complete by</b></td><td>Sunday, May 3, 2026, 11:59 PM MT</td></tr></table><p style="margin-top:20px"><a href="https://ondemand.vidscreen.example/i/RW-5521-Q8" style="background:#1a56db;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Start my interview</a></p><p style="color:#666;font-size:12px">Recruiters at Ridgeway will review your responses. Please do not reply to this email.</p></td></tr></table></td></tr></table></body></html>"""
    hdrs = [f"Return-Path: <{noreply}>", f"Delivered-To: {OWNER}",
            rcv("o7.ondemand.vidscreen.example", "198.51.100.201", "4WDf1Hn5Vrz8QkM", sent),
            f'From: "Ridgeway Department Stores via VidScreen" <{noreply}>', f"To: {OWNER}",
            "Subject: Your video interview for Area Manager - Denver is ready",
            f"Date: {hdate(sent)}", "Message-ID: <RW-5521-Q8.invite.1777471212@ondemand.vidscreen.example>",
            "MIME-Version: 1.0", "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"]
    assert due > sent
    return "b177-20-one-way-video-interview", [("01-on-demand-video-interview.eml", message(hdrs, b64(html)))], lab(
        [], "medium", "negative/one-way-video",
        "HTML-only base64 invitation to a recorded, on-demand video interview with a completion deadline and "
        "no live interviewer.")


@case
def c21():
    """Rejection after a past interview, windows-1252 QP from Outlook."""
    sent = wd(T(2026, 2, 23, 15, 41, 7), "Monday")
    past = wd(T(2026, 2, 17), "Tuesday")
    harper = ("Harper Lindgren", "harper.lindgren@canyoncreek-crafts.example")
    text = """Dear Marisol,

Thank you for interviewing with us for the District Manager – Front Range role on Tuesday, February 17. Our team enjoyed meeting you and hearing about your work at Cherry Creek.

After careful consideration, we’ve decided to move forward with another candidate whose experience more closely matches our needs at this time. We’ll keep your résumé on file and may reach out about future openings.

We wish you the very best in your search.

Kind regards,

Harper Lindgren
Talent Acquisition | Canyon Creek Crafts
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-1252"></head><body lang="EN-US"><div class="WordSection1">'
            + html_paras(text.strip("\n").split("\n\n"), ('<p class="MsoNormal">', "</p>"),
                         '<p class="MsoNormal">&nbsp;</p>') + "</div></body></html>")
    bnd = "----=_NextPart_000_0047_01DCA4F1.3B2C9E80"
    body = multipart(bnd, [
        part(['Content-Type: text/plain;\n\tcharset="windows-1252"', "Content-Transfer-Encoding: quoted-printable"],
             qp(text, "windows-1252")),
        part(['Content-Type: text/html;\n\tcharset="windows-1252"', "Content-Transfer-Encoding: quoted-printable"],
             qp(html.replace("–", "&#8211;").replace("’", "&#8217;").replace("é", "&eacute;"), "windows-1252")),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [f"Return-Path: <{harper[1]}>", f"Delivered-To: {OWNER}",
            rcv("smtp.canyoncreek-crafts.example", "203.0.113.12", "4TpK5d9Lwz2NhB", sent),
            f"From: {addr(*harper)}", f"To: {addr(OWNER_NAME, OWNER)}",
            "Subject: " + ew("Your application – District Manager, Front Range", "windows-1252"),
            f"Date: {hdate(sent)}", "Message-ID: <004701dca4f1$3b2c9e80$b185db80$@canyoncreek-crafts.example>",
            "MIME-Version: 1.0", f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"',
            "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdykgzPmhJ1oT0eVQbGJ5mX2k3b9Zg==",
            "Content-Language: en-us"]
    assert past < sent
    return "b177-21-rejection-after-interview-cp1252", [("01-application-update.eml", message(hdrs, body))], lab(
        [], "easy", "negative/rejection",
        "windows-1252 QP rejection that names the date of a past interview; no interview is scheduled in the case.")


@case
def c22():
    """Trade-press interview with a calendar invite (Yahoo Mail sender)."""
    sent = wd(T(2026, 9, 9, 14, 22, 51), "Wednesday")
    start = wd(T(2026, 9, 16, 11, 0), "Wednesday")
    end = start + timedelta(minutes=45)
    gwen = ("Gwen Castellano", "gwen@rmretailreport.example")
    text = f"""Hi Marisol,

Thanks again for agreeing to the interview for our holiday-staffing feature! I've attached an invite for Wednesday, September 16 at 11:00 am (45 min, by phone). I'll ask about how you plan seasonal hiring at Cherry Creek, how you onboard temps, and what you'd tell a first-year store manager. Summit's PR team has already signed off.

The piece runs in the October issue.

Gwen Castellano
Senior Reporter, Rocky Mountain Retail Report
{gwen[1]} | (303) 555-0157
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yahoo//Yahoo Calendar//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", "UID:rmrr-holiday-staffing-quintero-20260916", "SEQUENCE:0", f"DTSTAMP:{zulu(sent)}",
                f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
                "SUMMARY:" + esc("Interview: Marisol Quintero (Summit Outfitters) - holiday staffing feature"),
                "DESCRIPTION:" + esc("Rocky Mountain Retail Report phone interview. Gwen will call."),
                f"ORGANIZER;CN={gwen[0]}:mailto:{gwen[1]}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
                "END:VEVENT", "END:VCALENDAR"])
    bnd, alt_b = "----=_Part_6620137_1455012298.1789071771201", "----=_Part_6620136_306627135.1789071771200"
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + html_paras(text.strip("\n").split("\n\n"), ('<div dir="ltr" data-setdir="false">', "</div>"),
                         '<div dir="ltr" data-setdir="false"><br></div>') + "</div></body></html>")
    alt = multipart(alt_b, [
        part(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit"], text),
        part(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 7bit"], html),
    ])
    body = multipart(bnd, [
        part([f'Content-Type: multipart/alternative; \n\tboundary="{alt_b}"'], alt),
        part(['Content-Type: text/calendar; name="invite.ics"', "Content-Transfer-Encoding: base64",
              'Content-Disposition: attachment; filename="invite.ics"'], b64(ics)),
    ])
    hdrs = [f"Return-Path: <{gwen[1]}>", f"Delivered-To: {OWNER}",
            rcv("sonic316-11.consmr.mail.gq1.yahoo.com", "98.137.66.147", "4Zt2Mf7Qkz5RbD", sent),
            f"Date: {hdate(sent, pad=False, utc=True, paren='UTC')}", f"From: {addr(*gwen)}",
            f"To: {addr(OWNER_NAME, OWNER)}", "Message-ID: <1455012298.6620138.1789071771202@mail.yahoo.com>",
            "Subject: Interview for holiday staffing feature - Wed 9/16", "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; \n\tboundary="{bnd}"', "X-Mailer: WebService/1.1.24562 YMailNorrin"]
    return "b177-22-trade-press-interview", [("01-press-interview-invite.eml", message(hdrs, body))], lab(
        [], "medium", "negative/press-interview",
        "Trade-magazine reporter's phone interview with an invite titled 'Interview: Marisol Quintero'; press, "
        "not hiring.")


# =========================================================================== writer
def main():
    for old in OUT.glob("b177-*"):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, label = fn()
        assert slug.startswith(f"b177-{i:02d}-"), slug
        d = OUT / slug
        d.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for name, data in items:
            if isinstance(data, str):
                if name.endswith(".eml"):
                    data.encode("ascii")  # every 8-bit byte must be deliberate (bytes items)
                data = data.encode("utf-8")
            (d / name).write_bytes(data)
        labels[slug] = label
    header = ("# blind177 labels (written blind). Generated by make_cases.py - do not edit by hand.\n"
              "# Schema: /work/shared/eval/README.md\n")
    (OUT / "labels.yaml").write_text(
        header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    n_pos = sum(1 for l in labels.values() if l["interview"])
    print(f"wrote {len(labels)} cases ({n_pos} positive, {len(labels) - n_pos} negative)")


if __name__ == "__main__":
    main()
