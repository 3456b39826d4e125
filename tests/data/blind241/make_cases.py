#!/usr/bin/env python3
"""Deterministically regenerate the blind241 evaluation cases and labels.yaml.

Theme: a remote US backend engineer in Austin, Texas (Central time) interviewing with
tech companies in autumn 2026 (US DST ends Sun 1 Nov 2026).

Standard library + PyYAML only.  Every time is computed with zoneinfo; every weekday
named in the text is asserted.  Running the script twice yields identical bytes.
"""
import base64
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b241-"

CT = ZoneInfo("America/Chicago")
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
UTC = timezone.utc

OWNER = "caleb.restrepo@example.com"
OWNER_NAME = "Caleb Restrepo"
OWNER_WORK = "caleb.restrepo@tallgrass-logistics.example"   # current employer, auto-forwarded
OWNER_PHONE = "+1 512-555-0143"

# --------------------------------------------------------------------------- time helpers


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that datetime d (in its own zone) falls on weekday `name`; return name."""
    full = d.strftime("%A")
    assert full == name or full[:3] == name, (d, name, full)
    return name


def rfc(d):
    return format_datetime(d)


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def localstamp(d):
    return d.strftime("%Y%m%dT%H%M%S")


def h12(d, style="upper"):
    """'1:00 PM' (upper), '1:00pm' (lower), '1pm' (google)."""
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if style == "upper":
        return f"{h}:{d.minute:02d} {ap}"
    if style == "lower":
        return f"{h}:{d.minute:02d}{ap.lower()}"
    if style == "google":
        return f"{h}{ap.lower()}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap.lower()}"
    raise ValueError(style)


def long_date(d):
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def iso(d):
    return d.isoformat() if d is not None else None


# --------------------------------------------------------------------------- MIME helpers


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    raw = text.encode("utf-8")
    out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    if not out.endswith("\n"):
        out += "\n"
    return out


def leaf(ctype, body, cte="7bit", extra=()):
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body)
    else:
        assert all(ord(c) < 128 for c in body), ("non-ascii in 7bit part", body[:80])
        enc = body if body.endswith("\n") else body + "\n"
    hdr = [("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)]
    return {"hdr": hdr, "body": enc}


def multi(subtype, boundary, parts, extra=()):
    return {"hdr": [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')] + list(extra),
            "parts": parts, "boundary": boundary}


def fold_header(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def hdr_text(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, email):
    return formataddr((name, email))


def render(node):
    lines = [fold_header(k, v) for k, v in node["hdr"]]
    head = "\n".join(lines) + "\n\n"
    if "parts" in node:
        b = node["boundary"]
        body = ""
        for p in node["parts"]:
            body += f"--{b}\n" + render(p)
            if not body.endswith("\n"):
                body += "\n"
        body += f"--{b}--\n"
        return head + body
    return head + node["body"]


def eml(headers, root):
    out = []
    for k, v in headers:
        if k == "Subject":
            v = hdr_text(v)
        out.append(fold_header(k, v))
    out.append("MIME-Version: 1.0")
    return "\n".join(out) + "\n" + render(root)


def received(host, ip, mid, when):
    return ("Received", f"from {host} ({host}. [{ip}])\n        by mx.example.com with ESMTPS id {mid}\n"
                        f"        for <{OWNER}>;\n        {rfc(when)}")


def gmail_alt(boundary, text, html=None):
    """Gmail-style multipart/alternative with QP plain + html."""
    if html is None:
        html = text_to_html(text)
    return multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
    ])


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;").replace("'", "&#39;"))


def text_to_html(text, font="arial,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">"):
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in p.split("\n"))
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">' + esc(inner).replace("\n", "<br>") + "</blockquote>")
        else:
            out.append("<div>" + esc(p).replace("\n", "<br>") + "</div>")
    return f'<div dir="ltr"><div style="font-family:{font}">' + "<div><br></div>".join(out) + "</div></div>\n"


def quote(text):
    return "\n".join(">" if not l else "> " + l for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------- iCalendar helpers


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b" ", 75
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


def vtz_iana(tzid):
    spec = {
        "America/Chicago": ("-0600", "-0500", "CST", "CDT"),
        "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
        "America/New_York": ("-0500", "-0400", "EST", "EDT"),
    }[tzid]
    std, dst, sname, dname = spec
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtz_windows(tzid):
    std, dst = {"Pacific Standard Time": ("-0800", "-0700"),
                "Central Standard Time": ("-0600", "-0500")}[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", cutype="INDIVIDUAL", rsvp=True,
             google=False):
    p = f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    p += f";CN={name}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


# --------------------------------------------------------------------------- Google Calendar invitation e-mail


def gcal_range(start, end, sep=" – "):
    return f"{h12(start, 'google')}{sep}{h12(end, 'google')}"


def google_invite(*, kind, summary, start, end, tzname, tzlabel, organizer, guests, description, uid, seq,
                  dtstamp, msgid, sent, boundary_tag, meet=None, location="", reply_to=None):
    """kind: 'Invitation' | 'Updated invitation' | 'Canceled event'.
    organizer: (name, email); guests: list of (name, email, partstat) incl. organizer and owner."""
    loc = start.astimezone(ZoneInfo(tzname))
    loce = end.astimezone(ZoneInfo(tzname))
    abbrev = loc.strftime("%Z")
    short = f"{loc.strftime('%a %b')} {loc.day}, {loc.year}"
    subj = f"{kind}: {summary} @ {short} {gcal_range(loc, loce, ' - ')} ({abbrev}) ({OWNER})"
    longd = f"{loc.strftime('%A %b')} {loc.day}, {loc.year} ⋅ {gcal_range(loc, loce)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if kind == "Updated invitation":
        lines += ["This event has been updated", "Changed: time", ""]
    if kind == "Canceled event":
        lines += ["This event has been canceled.", ""]
    lines += [summary, longd, tzlabel, ""]
    if meet and kind != "Canceled event":
        lines += ["Join with Google Meet", meet, ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _ in guests:
        lines.append(f"{n} - organizer" if e == organizer[1] else n)
        lines.append(e)
    lines += [f"View all guest info {view}", ""]
    if description and kind != "Canceled event":
        lines += [description, ""]
    if kind != "Canceled event":
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            + "".join(f"<p>{esc(block).replace(chr(10), '<br>')}</p>\n" for block in plain.strip().split("\n\n"))
            + "</div></body></html>\n")
    method = "CANCEL" if kind == "Canceled event" else "REQUEST"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(dtstamp)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in guests:
        cal.append(attendee(n, e, ps, google=True))
    if meet and kind != "Canceled event":
        cal.append(f"X-GOOGLE-CONFERENCE:{meet}")
    desc = description
    if meet:
        desc += f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: {meet}\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    cal += [f"CREATED:{utcstamp(dtstamp - timedelta(minutes=3))}", f"DESCRIPTION:{ics_escape(desc)}",
            f"LAST-MODIFIED:{utcstamp(dtstamp)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
            f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SUMMARY:{ics_escape(summary)}",
            "TRANSP:OPAQUE"]
    if method == "REQUEST":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    calt = ics(cal)
    bt = boundary_tag
    root = multi("mixed", f"0000000000{bt}0a", [
        multi("alternative", f"0000000000{bt}0b", [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
            leaf(f'text/calendar; charset="UTF-8"; method={method}', calt, "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', calt, "base64",
             extra=[("Content-Disposition", 'attachment; filename="invite.ics"')]),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("mail-sor-f69.google.com", "209.85.220.69", f"g{bt}", sent),
        ("Return-Path", f"<{bt}calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*(reply_to or organizer))),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Subject", subj),
        ("From", addr(*organizer)),
        ("To", OWNER),
    ]
    return eml(headers, root)


# --------------------------------------------------------------------------- Exchange / Outlook meeting request


def outlook_invite(*, frm, to, cc=(), subject, sent, msgid, thread_index, body_text, ics_lines, method="REQUEST",
                   boundary, extra_headers=()):
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">'
            + "".join(f'<p class="MsoNormal">{esc(p).replace(chr(10), "<br>")}</p>\n'
                      for p in body_text.strip().split("\n\n"))
            + "</div></body></html>\n")
    root = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', body_text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics(ics_lines), "base64"),
    ])
    headers = [("Delivered-To", OWNER)] + list(extra_headers) + [
        ("From", addr(*frm)),
        ("To", ", ".join(addr(*t) for t in to)),
    ]
    if cc:
        headers.append(("CC", ", ".join(addr(*c) for c in cc)))
    headers += [
        ("Subject", subject),
        ("Thread-Topic", subject),
        ("Thread-Index", thread_index),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", msgid),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ]
    return eml(headers, root)


def gmail_headers(*, frm, to, subject, sent, msgid, cc=None, reply_to=None, in_reply_to=None, refs=None,
                  host="mail-sor-f41.google.com", ip="209.85.220.41", extra=()):
    h = [("Delivered-To", OWNER), received(host, ip, msgid[1:9].lower(), sent + timedelta(seconds=2)),
         ("Return-Path", f"<{frm[1]}>")] + list(extra)
    h += [("Date", rfc(sent)), ("From", addr(*frm)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", subject))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", refs))
    return h


def forwarded_headers(sent):
    """Work mail auto-forwarded from the owner's current-employer mailbox to the personal one."""
    return [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}"),
            received("mail-dm6nam10on2091.outbound.protection.outlook.example", "40.107.93.91",
                     "fwd" + sent.strftime("%d%H%M"), sent + timedelta(seconds=4))]


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# =========================================================================== POSITIVE CASES


@case
def c01():
    slug = "b241-01-karat-screen-for-employer"
    co, role = "Juniper Relay", "Senior Backend Engineer, Messaging Infrastructure"
    noor = ("Noor Haddad", "noor.haddad@juniper-relay.example")
    s1 = T(2026, 10, 12, 10, 14, PT, 22)
    wd(s1, "Monday")
    fri = T(2026, 10, 9, 12, 0, PT)
    wd(fri, "Friday")
    start, end = T(2026, 10, 15, 13, 0, CT), T(2026, 10, 15, 14, 0, CT)
    wd(start, "Thursday")
    t1 = f"""Hi Caleb,

Thanks again for making time on Friday. The team really liked what you shared about the Kafka-to-Postgres outbox migration you led at Tallgrass.

Next step for the {role} role is a 60 minute technical interview. For this round we partner with Karat: one of their Interview Engineers runs the session on our behalf, using our questions and our rubric, and the write-up comes straight back to our hiring team. You'll get an email from Karat in the next day or so with a link to pick a time that works for you.

Format is a couple of short code review / system questions and then one coding problem in whatever language you're most comfortable in. Nothing to prep specifically.

Any questions, just reply here.

Noor

--
Noor Haddad | Technical Recruiter
Juniper Relay | San Francisco, CA
{noor[1]}
"""
    m1 = "<CAJr8xQk2m7bN0vYpA4tGq3Lw9eHfZ1uR5sD@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=noor, to=addr(OWNER_NAME, OWNER), subject=f"Juniper Relay - next steps (technical interview via Karat)",
                           sent=s1, msgid=m1), gmail_alt("00000000000071c2a40623a11e8b", t1))

    s2 = T(2026, 10, 13, 14, 2, UTC, 37)
    join = "https://candidate.karat.com/join/jr-7f3c9a21e4"
    resched = "https://candidate.karat.com/reschedule/jr-7f3c9a21e4"
    when_line = f"{h12(start)} - {h12(end)} {start.strftime('%Z')} (Central Time)"
    t2 = f"""Hi Caleb,

Your technical interview for the {role} role at {co} is confirmed.

Date: {long_date(start)}
Time: {when_line}
Duration: 60 minutes
Interview Engineer: Marcus T.
Join link: {join}

Before your interview
- Use a laptop or desktop with a recent version of Chrome or Firefox.
- Check your camera, microphone and connection here: https://candidate.karat.com/system-check
- You'll code in the Karat interview environment. Pick any of the supported languages.

Karat conducts this interview on behalf of {co}. Your interview recording and feedback are shared only with {co}'s hiring team.

Need to reschedule? Please do it at least 24 hours before your start time: {resched}

Good luck!
The Karat Team

This mailbox is not monitored. For help visit https://support.karat.com
"""
    html2 = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d1d1f">'
             '<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>'
             f'<p>Hi Caleb,</p><p>Your technical interview for the <b>{esc(role)}</b> role at <b>{co}</b> is confirmed.</p>'
             '<table cellpadding="6" style="border:1px solid #e0e0e0;border-radius:6px">'
             f'<tr><td><b>Date</b></td><td>{long_date(start)}</td></tr>'
             f'<tr><td><b>Time</b></td><td>{esc(when_line)}</td></tr>'
             '<tr><td><b>Duration</b></td><td>60 minutes</td></tr>'
             '<tr><td><b>Interview Engineer</b></td><td>Marcus T.</td></tr></table>'
             f'<p><a href="{join}" style="background:#3b5bdb;color:#fff;padding:10px 18px;text-decoration:none">Join interview</a></p>'
             '<p><b>Before your interview</b></p><ul><li>Use a laptop or desktop with a recent version of Chrome or Firefox.</li>'
             '<li>Check your camera, microphone and connection: <a href="https://candidate.karat.com/system-check">system check</a></li>'
             '<li>You&#39;ll code in the Karat interview environment. Pick any of the supported languages.</li></ul>'
             f'<p>Karat conducts this interview on behalf of {co}. Your interview recording and feedback are shared only with {co}&#39;s hiring team.</p>'
             f'<p>Need to reschedule? Please do it at least 24 hours before your start time: <a href="{resched}">reschedule</a></p>'
             '<p>Good luck!<br>The Karat Team</p><p style="font-size:11px;color:#888">This mailbox is not monitored. For help visit '
             '<a href="https://support.karat.com">support.karat.com</a></p></td></tr></table></body></html>\n')
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Karat//Interview Scheduling//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:interview-jr-7f3c9a21e4@karat.com", f"DTSTAMP:{utcstamp(s2)}",
               f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", "SEQUENCE:0",
               f"SUMMARY:{co} Technical Interview (conducted by Karat)",
               "DESCRIPTION:" + ics_escape(f"Technical interview for the {role} role at {co}.\nInterview Engineer: Marcus T.\nJoin: {join}\nReschedule: {resched}"),
               f"LOCATION:{join}", "ORGANIZER;CN=Karat:mailto:no-reply@karat.com",
               attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp=False), "STATUS:CONFIRMED", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", "----=_Part_448120_1733902615.1791900157000", [
        multi("alternative", "----=_Part_448121_502118807.1791900157000", [
            leaf("text/plain; charset=UTF-8", t2, "quoted-printable"),
            leaf("text/html; charset=UTF-8", html2, "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="interview.ics"')]),
    ])
    e2 = eml([("Delivered-To", OWNER), received("o12.email.karat.com", "167.89.101.12", "k7f3c9a2", s2),
              ("Return-Path", "<bounces+2918331-af01@email.karat.com>"), ("Date", rfc(s2).replace("-0000", "+0000")),
              ("From", "Karat <no-reply@karat.com>"), ("To", OWNER),
              ("Subject", f"Confirmed: your {co} technical interview on {start.strftime('%A, %B')} {start.day}"),
              ("Message-ID", "<0100019a7e3c9a21-5b6f0c1e-2d44-4f5e-9a0b-1c3d5e7f9a2b-000000@email.karat.com>"),
              ("X-SG-EID", "u001.Jr7f3c9a21e4")], root)
    lab = label([interview(co, role, start, end, "scheduled", [], [noor[1]], "technical")], "hard",
                "positive/third-party-interviewer",
                "Karat runs the technical screen on behalf of Juniper Relay: company is the employer, not Karat. "
                "Karat interviewer is first-name only (no address) and the Karat sender is no-reply, so the "
                "thank-you goes to the employer's recruiter Noor. Time in CDT (Oct 15, before DST end).")
    return slug, {"01-noor-next-step-karat.eml": e1, "02-karat-interview-confirmed.eml": e2}, lab


@case
def c02():
    slug = "b241-02-modernloop-virtual-onsite-lunch"
    co, role = "Basalt Labs", "Staff Backend Engineer, Storage"
    jess = ("Jess Albrecht", "jess.albrecht@basaltlabs.example")
    day = T(2026, 11, 3, 0, 0, CT)
    wd(day, "Tuesday")
    sessions = [  # (start h, m, end h, m, title, interviewer name, title, email, link)
        (10, 30, 11, 15, "Coding (CoderPad)", "Ravi Menon", "Senior Software Engineer", "ravi.menon@basaltlabs.example"),
        (11, 15, 12, 15, "System Design", "Hannah Sato", "Staff Software Engineer", "hannah.sato@basaltlabs.example"),
        (12, 15, 12, 45, "Lunch break", None, None, None),
        (12, 45, 13, 30, "Collaboration & Values", "Luis Ocampo", "Engineering Manager, Platform", "luis.ocampo@basaltlabs.example"),
        (13, 30, 14, 15, "Hiring Manager", "Tamsin Wright", "Director of Engineering, Storage", "tamsin.wright@basaltlabs.example"),
    ]
    rows = [(T(2026, 11, 3, a, b, CT), T(2026, 11, 3, c, d, CT), ti, n, nt, em) for a, b, c, d, ti, n, nt, em in sessions]
    start, end = rows[0][0], rows[-1][1]
    pst = start.astimezone(PT)
    pend = end.astimezone(PT)
    s1 = T(2026, 10, 22, 15, 48, PT, 10)
    wd(s1, "Thursday")
    t1 = f"""Hey Caleb!

Great news: the team wants to bring you in for the final round for the {role} role. It's a virtual onsite over Zoom, four conversations plus a lunch break. We're looking at Tuesday, November 3, roughly {h12(pst, 'lower').replace(':00', '')}-{h12(pend, 'lower')} Pacific, so {h12(start, 'lower')}-{h12(end, 'lower')} your time in Austin (heads up that the clocks change the weekend before, I double-checked the math).

Once everyone's calendars are locked I'll send the full itinerary through ModernLoop along with a calendar hold. Let me know if that date doesn't work for some reason.

Jess

Jess Albrecht
Recruiting Coordinator, Basalt Labs
"""
    m1 = "<CAF9kQ2r4Lw8xTmVbN3pY7cZ0eRgHs6uJ1dA@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=jess, to=addr(OWNER_NAME, OWNER), subject="Basalt Labs final round!", sent=s1, msgid=m1),
             gmail_alt("000000000000a3f19c0623c4d7e1", t1))

    s2 = T(2026, 10, 27, 17, 5, PT, 44)
    wd(s2, "Tuesday")
    zoom = "https://basaltlabs.zoom.us/j/{}"
    zids = ["86120354471", "86120354472", None, "86120354474", "86120354475"]
    plain_rows, html_rows = [], []
    for (a, b, ti, n, nt, _), z in zip(rows, zids):
        tr = f"{h12(a)} - {h12(b)}"
        if n:
            plain_rows.append(f"{tr}  |  {ti}  |  {n}, {nt}  |  {zoom.format(z)}")
            html_rows.append(f'<tr><td style="padding:8px;border-bottom:1px solid #eee">{tr}</td>'
                             f'<td style="padding:8px;border-bottom:1px solid #eee"><b>{esc(ti)}</b></td>'
                             f'<td style="padding:8px;border-bottom:1px solid #eee">{n}<br><span style="color:#6b7280">{esc(nt)}</span></td>'
                             f'<td style="padding:8px;border-bottom:1px solid #eee"><a href="{zoom.format(z)}">Join Zoom</a></td></tr>')
        else:
            plain_rows.append(f"{tr}  |  {ti}  |  (no interviewer - grab some food, a $30 DoorDash credit is on us)")
            html_rows.append(f'<tr style="background:#f9fafb"><td style="padding:8px">{tr}</td><td style="padding:8px" colspan="3">'
                             f'<i>{ti}</i> - grab some food, a $30 DoorDash credit is on us</td></tr>')
    t2 = f"""Hi Caleb,

Here is your interview schedule with Basalt Labs for the {role} position.

{long_date(start)}
All times are shown in Central Time (US & Canada) ({start.strftime('%Z')}).

""" + "\n".join(plain_rows) + f"""

The coding session uses CoderPad; Ravi will paste the pad link into the Zoom chat. For system design, Hannah will share an Excalidraw board.

Questions? Reply to this email to reach Jess Albrecht.

Powered by ModernLoop
"""
    html2 = ('<html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111827">'
             f'<p>Hi Caleb,</p><p>Here is your interview schedule with Basalt Labs for the <b>{esc(role)}</b> position.</p>'
             f'<p><b>{long_date(start)}</b><br><span style="color:#6b7280">All times are shown in Central Time (US &amp; Canada) ({start.strftime("%Z")}).</span></p>'
             '<table cellspacing="0" style="border-collapse:collapse;width:100%"><tr style="text-align:left;color:#6b7280">'
             '<th style="padding:8px">Time</th><th style="padding:8px">Session</th><th style="padding:8px">Interviewer</th><th style="padding:8px"></th></tr>'
             + "".join(html_rows) +
             '</table><p>The coding session uses CoderPad; Ravi will paste the pad link into the Zoom chat. For system design, '
             'Hannah will share an Excalidraw board.</p><p>Questions? Reply to this email to reach Jess Albrecht.</p>'
             '<p style="color:#9ca3af;font-size:12px">Powered by ModernLoop</p></body></html>\n')
    m2 = "<01000192d4f7c1a8-8a1f2b3c-modernloop-itinerary-7741@email.modernloop.io>"
    e2 = eml([("Delivered-To", OWNER), received("a8-31.smtp-out.amazonses.com", "54.240.8.31", "ml7741ab", s2),
              ("Return-Path", "<01000192d4f7c1a8@amazonses.com>"), ("Date", rfc(s2)),
              ("From", addr("Jess Albrecht via ModernLoop", "notifications@modernloop.io")),
              ("Reply-To", addr(*jess)), ("To", addr(OWNER_NAME, OWNER)),
              ("Subject", f"Your interview schedule with Basalt Labs - {start.strftime('%A, %B')} {start.day}"),
              ("Message-ID", m2)], multi("alternative", "b1_8d4c0a7f3e2b1c9d", [
                  leaf("text/plain; charset=utf-8", t2, "quoted-printable"),
                  leaf("text/html; charset=utf-8", html2, "quoted-printable")]))

    s3 = T(2026, 10, 27, 17, 9, PT, 2)
    desc3 = ("Virtual onsite for the " + role + " role. The detailed itinerary with a Zoom link per session was sent "
             "to you through ModernLoop. This hold covers the whole block including the lunch break.\n\nJess")
    e3 = google_invite(kind="Invitation", summary=f"Basalt Labs Virtual Onsite - {OWNER_NAME}", start=start, end=end,
                       tzname="America/Chicago", tzlabel="Central Time - Chicago", organizer=jess,
                       guests=[(jess[0], jess[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")], description=desc3,
                       uid="5q0b3s7kd1m8r2c6v9ajx4ne0t@google.com", seq=0, dtstamp=s3.astimezone(UTC),
                       msgid="<calendar-7b0e51c4-93a2-4c6f-b8d1-2f4e6a8c0b13@google.com>", sent=s3, boundary_tag="9c41e2")

    s4 = T(2026, 10, 30, 11, 22, PT, 51)
    wd(s4, "Friday")
    t4 = f"""Hi Caleb,

Quick one before next week. A couple of candidates have asked for the interviewers' emails so they can send notes afterwards, so here they are in case that's useful:

Ravi Menon - {rows[0][5]}
Hannah Sato - {rows[1][5]}
Luis Ocampo - {rows[3][5]}
Tamsin Wright - {rows[4][5]}

Totally optional, no one expects it. Good luck Tuesday!

Jess

On Tue, Oct 27, 2026 at 5:05 PM Jess Albrecht via ModernLoop <notifications@modernloop.io> wrote:
{quote("Hi Caleb," + chr(10) + chr(10) + "Here is your interview schedule with Basalt Labs for the " + role + " position.")}
"""
    m4 = "<CAF9kQ2sVt3nHc8RzL0wq5YbJ2eXmPdK7aGu@mail.gmail.com>"
    e4 = eml(gmail_headers(frm=jess, to=addr(OWNER_NAME, OWNER), subject="Re: Your interview schedule with Basalt Labs - Tuesday, November 3",
                           sent=s4, msgid=m4, in_reply_to=m2, refs=m2), gmail_alt("000000000000e07a5b0623f8c219", t4))
    ivs = [r[5] for r in rows if r[5]]
    lab = label([interview(co, role, start, end, "scheduled", ivs, ivs, "onsite")], "hard", "positive/onsite-loop",
                "ModernLoop itinerary with per-session rows (4 sessions + lunch) on one day = ONE onsite from the first "
                "session start to the last session end; Google hold for the whole block is the same interview. "
                "Interviewer addresses only appear in the coordinator's later note. Loop is Nov 3 (CST) while the "
                "mails are sent in PDT.")
    return slug, {"01-jess-final-round.eml": e1, "02-modernloop-itinerary.eml": e2,
                  "03-invitation-onsite-hold.eml": e3, "04-jess-interviewer-emails.eml": e4}, lab


@case
def c03():
    slug = "b241-03-goodtime-panel-pacific-times"
    co, role = "Marigold Compute", "Senior Software Engineer, API Platform"
    maribel = ("Maribel Cruz", "maribel.cruz@marigoldcompute.example")
    sched = ("Marigold Interview Scheduling", "interview-scheduling@marigoldcompute.example")
    a1, a2 = T(2026, 11, 9, 9, 0, PT), T(2026, 11, 9, 10, 0, PT)
    a3 = T(2026, 11, 9, 11, 0, PT)
    wd(a1, "Monday")
    s1 = T(2026, 11, 3, 17, 41, UTC, 9)
    rows = [(a1, a2, "Technical Deep Dive", "Anders Kim, Staff Engineer", "https://marigold.zoom.us/j/97310022481"),
            (a2, a3, "Architecture Panel", "Priti Shah, Principal Engineer; Gabe Romero, Engineering Manager",
             "https://marigold.zoom.us/j/97310022482")]
    datel = long_date(a1)
    plain = f"""Hi Caleb,

Thank you for your interest in {co}! Your interviews for the {role} position are confirmed.

{datel}
Time zone: Pacific Standard Time (PST)

"""
    for a, b, ti, who, z in rows:
        plain += f"{h12(a)} - {h12(b)}  {ti}\n    With: {who}\n    Zoom: {z}\n\n"
    plain += f"""Calendar invitations for each session are attached.

If you need to make any changes, please reply to this email and {maribel[0]} will help.

Best,
{co} Recruiting

This message was sent using GoodTime on behalf of {co}.
"""
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
            f'<p>Hi Caleb,</p><p>Thank you for your interest in {co}! Your interviews for the <b>{esc(role)}</b> position are confirmed.</p>'
            f'<h3 style="margin:16px 0 4px">{datel}</h3><p style="color:#666;margin:0 0 12px">Time zone: Pacific Standard Time (PST)</p>'
            '<table border="0" cellpadding="8" style="border:1px solid #ddd;border-collapse:collapse">'
            '<tr style="background:#f4f4f4"><th align="left">Time</th><th align="left">Interview</th><th align="left">Interviewer(s)</th><th></th></tr>'
            + "".join(f'<tr><td>{h12(a)} - {h12(b)}</td><td>{ti}</td><td>{esc(who).replace("; ", "<br>")}</td>'
                      f'<td><a href="{z}">Join</a></td></tr>' for a, b, ti, who, z in rows)
            + f'</table><p>Calendar invitations for each session are attached.</p><p>If you need to make any changes, please reply '
              f'to this email and {maribel[0]} will help.</p><p>Best,<br>{co} Recruiting</p>'
              f'<p style="font-size:11px;color:#999">This message was sent using GoodTime on behalf of {co}.</p></body></html>\n')
    parts = [multi("alternative", "=_gt_alt_6b2d90f1c4", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable"),
                                                          leaf("text/html; charset=UTF-8", html, "quoted-printable")])]
    for i, (a, b, ti, who, z) in enumerate(rows, 1):
        cal = ["BEGIN:VCALENDAR", "PRODID:-//GoodTime.io//Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:gt-54118-{i}-cruz@goodtime.io", f"DTSTAMP:{utcstamp(s1)}",
               f"DTSTART:{utcstamp(a)}", f"DTEND:{utcstamp(b)}", "SEQUENCE:0",
               f"SUMMARY:{co} Interview: {ti} ({OWNER_NAME})",
               "DESCRIPTION:" + ics_escape(f"{ti} for the {role} position.\nWith: {who}\nZoom: {z}"),
               f"LOCATION:{z}", f"ORGANIZER;CN={sched[0]}:mailto:{sched[1]}",
               attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
        parts.append(leaf(f'text/calendar; charset=UTF-8; method=REQUEST; name="Interview_{i}.ics"', ics(cal), "base64",
                          extra=[("Content-Disposition", f'attachment; filename="Interview_{i}.ics"')]))
    m1 = "<gt.54118.8c2e71d0a9@mailer.goodtime.io>"
    e1 = eml([("Delivered-To", OWNER), received("mailer.goodtime.io", "149.72.180.14", "gt54118", s1),
              ("Return-Path", "<bounce-54118@mailer.goodtime.io>"), ("Date", rfc(s1).replace("-0000", "+0000")),
              ("From", addr(f"{co} Recruiting", "no-reply@goodtime.io")), ("Reply-To", addr(*maribel)),
              ("To", addr(OWNER_NAME, OWNER)), ("Subject", f"Interview Confirmation: {co} - {role}"), ("Message-ID", m1)],
             multi("mixed", "=_gt_mix_6b2d90f1c4", parts))
    s2 = T(2026, 11, 3, 9, 58, PT, 30)
    wd(s2, "Tuesday")
    a1c, a3c = a1.astimezone(CT), a3.astimezone(CT)
    t2 = f"""Hi Caleb,

Just flagging since you're in Austin: the GoodTime confirmation shows Pacific time, so Monday works out to {h12(a1c, 'google')}-{h12(a3c, 'google')} Central for you. It's two back-to-back sessions, no break in between.

Shout if anything looks off!

Maribel Cruz
Senior Recruiting Coordinator | {co}
{maribel[1]}
"""
    e2 = eml(gmail_headers(frm=maribel, to=addr(OWNER_NAME, OWNER), subject=f"Re: Interview Confirmation: {co} - {role}",
                           sent=s2, msgid="<CAL3pVt8Qk1bXn6mRw0sZ4gYcJ7eHa2dUf9N@mail.gmail.com>", in_reply_to=m1, refs=m1),
             gmail_alt("0000000000004b8e2d06240a9f3c", t2))
    lab = label([interview(co, role, a1, a3, "scheduled", [], [maribel[1]], "onsite")], "hard", "positive/onsite-loop",
                "GoodTime confirmation with per-session rows in PST and two .ics (one per session) = one same-day panel "
                "(onsite) 9-11am PST = 11am-1pm CST. Interviewers named without addresses; organizer is a group "
                "scheduling calendar and sender is no-reply -> follow-up to the human coordinator (Reply-To).")
    return slug, {"01-goodtime-confirmation.eml": e1, "02-maribel-timezone-note.eml": e2}, lab


@case
def c04():
    slug = "b241-04-calendly-reschedule-across-dst"
    co, role = "Pellucid Health", "Backend Engineer (Go), Care Coordination"
    kendra = ("Kendra Vo", "kendra.vo@pellucidhealth.example")
    link = "https://calendly.com/kendra-vo-pellucid/recruiter-screen"
    s1 = T(2026, 10, 21, 9, 3, PT, 18)
    wd(s1, "Wednesday")
    t1 = f"""Hi Caleb,

Thanks for applying to the {role} role on our Care Coordination team! I'd love to set up a 30 minute intro call to walk through your background and tell you more about Pellucid.

Grab whatever works on my calendar here: {link}

I'll call you at the number you pick in Calendly.

Talk soon,
Kendra

Kendra Vo
Technical Recruiter, Pellucid Health (Seattle)
"""
    m1 = "<CAK2w9Fq0tBz7Yh3Lm6aRc1xNe4Vd8uG5sJp@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=kendra, to=addr(OWNER_NAME, OWNER), subject=f"Pellucid Health - {role}", sent=s1, msgid=m1),
             gmail_alt("000000000000d1c7e40623d52b8a", t1))
    old_s, old_e = T(2026, 10, 30, 10, 0, CT), T(2026, 10, 30, 10, 30, CT)
    wd(old_s, "Friday")
    new_s, new_e = T(2026, 11, 2, 10, 0, CT), T(2026, 11, 2, 10, 30, CT)
    wd(new_s, "Monday")
    tzl = "Central Time - US & Canada"

    def cal_mail(sent, subject, body, uid, s, e, msgid, boundary, seq=0):
        cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN",
                   "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTAMP:{utcstamp(sent)}", f"UID:{uid}",
                   f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}", f"SEQUENCE:{seq}",
                   f"SUMMARY:Recruiter Screen between {kendra[0]} and {OWNER_NAME}",
                   "DESCRIPTION:" + ics_escape(f"Event Name: Recruiter Screen\n\nLocation: This is a phone call. {kendra[0]} will call "
                                               f"you at {OWNER_PHONE}\n\nNeed to make changes to this event?\nCancel: "
                                               f"https://calendly.com/cancellations/{uid[:8]}\nReschedule: https://calendly.com/reschedulings/{uid[:8]}\n\n"
                                               "Powered by Calendly.com"),
                   f"LOCATION:{OWNER_PHONE}", f"ORGANIZER;CN={kendra[0]}:mailto:{kendra[1]}",
                   attendee(kendra[0], kendra[1], "ACCEPTED", rsvp=False),
                   attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"), "STATUS:CONFIRMED", "TRANSP:OPAQUE",
                   "END:VEVENT", "END:VCALENDAR"])
        html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055">'
                + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")
        root = multi("mixed", boundary + "mix", [
            multi("alternative", boundary + "alt", [leaf("text/plain; charset=UTF-8", body, "quoted-printable"),
                                                    leaf("text/html; charset=UTF-8", html, "quoted-printable")]),
            leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', cal, "base64",
                 extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
        return eml([("Delivered-To", OWNER), received("o3.mail.calendly.com", "167.89.95.3", uid[:8], sent),
                    ("Return-Path", "<bounces+5201455-9c1a@mail.calendly.com>"), ("Date", rfc(sent).replace("-0000", "+0000")),
                    ("From", "Calendly <no-reply@calendly.com>"), ("Reply-To", addr(*kendra)),
                    ("To", addr(OWNER_NAME, OWNER)), ("Subject", subject), ("Message-ID", msgid)], root)

    s2 = T(2026, 10, 21, 18, 37, UTC, 50)
    b2 = f"""Hi {OWNER_NAME},

A new event has been scheduled.

Event Type:
Recruiter Screen

Invitee:
{OWNER_NAME}

Event Date/Time:
{h12(old_s, 'lower')} - {h12(old_e, 'lower')} ({tzl}) on {long_date(old_s)}

Location:
This is a phone call. {kendra[0]} will call you at {OWNER_PHONE}

Invitee Time Zone:
{tzl}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3e8a1f07
Reschedule: https://calendly.com/reschedulings/3e8a1f07

Powered by Calendly.com
"""
    e2 = cal_mail(s2, f"Confirmed: Recruiter Screen with {kendra[0]} on {long_date(old_s)}", b2,
                  "3e8a1f07-6c2d-4b19-a0e5-8f4d2c7b9e11", old_s, old_e,
                  "<3e8a1f07.confirm.20261021183750@calendly.com>", "=_cal_3e8a_")
    s3 = T(2026, 10, 27, 13, 12, UTC, 5)
    b3 = f"""Hi {OWNER_NAME},

Your event has been rescheduled.

Event Type:
Recruiter Screen

Invitee:
{OWNER_NAME}

Former: {h12(old_s, 'lower')} - {long_date(old_s)} ({tzl})
Updated: {h12(new_s, 'lower')} - {h12(new_e, 'lower')} - {long_date(new_s)} ({tzl})

Rescheduled by:
{OWNER_NAME}

Reason for rescheduling:
Got pulled into an incident review Friday morning, sorry Kendra! Monday same time works.

Location:
This is a phone call. {kendra[0]} will call you at {OWNER_PHONE}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/b7d40c92
Reschedule: https://calendly.com/reschedulings/b7d40c92

Powered by Calendly.com
"""
    e3 = cal_mail(s3, f"Updated: Recruiter Screen with {kendra[0]} on {long_date(new_s)}", b3,
                  "b7d40c92-1e5f-4a83-9c26-0d7e3b5a8f64", new_s, new_e,
                  "<b7d40c92.reschedule.20261027131205@calendly.com>", "=_cal_b7d4_")
    lab = label([interview(co, role, new_s, new_e, "scheduled", [kendra[1]], [kendra[1]], "phone_screen")], "hard",
                "positive/reschedule",
                "Calendly recruiter screen booked for Fri Oct 30 10:00 CDT, then rescheduled by the candidate through "
                "the Calendly reschedule link to Mon Nov 2 10:00 CST (after DST end; UTC hour shifts). Calendly issues "
                "a new event UID on reschedule, but the mail says 'rescheduled' -> one interview at the final time. "
                "Recruiter conducts the screen.")
    return slug, {"01-kendra-intro-calendly-link.eml": e1, "02-calendly-confirmed.eml": e2,
                  "03-calendly-rescheduled.eml": e3}, lab


@case
def c05():
    slug = "b241-05-ashby-interview-cancelled-req-paused"
    co, role = "Ridgeback Analytics", "Senior Backend Engineer, Data Platform"
    owen = ("Owen Gallagher", "owen.gallagher@ridgeback.example")
    priyanka = ("Priyanka Rao", "priyanka.rao@ridgeback.example")
    start, end = T(2026, 10, 29, 14, 0, CT), T(2026, 10, 29, 15, 0, CT)
    wd(start, "Thursday")
    zoom = "https://ridgeback.zoom.us/j/91844207735?pwd=c1JyZ0RxbE5hQ2tBdUVv"
    s1 = T(2026, 10, 20, 19, 12, UTC, 44)
    t1 = f"""Hi Caleb,

You're all set! Here are the details for your upcoming interview for {role} at {co}.

Technical Interview: Systems & Data Modeling
{long_date(start)}
{h12(start)} - {h12(end)} {start.strftime('%Z')}
Interviewer: {priyanka[0]} (Staff Software Engineer)
Location: Zoom - {zoom}

You'll also receive a calendar invitation from {owen[0]}.

Questions? Just reply to this email to reach {owen[0]}.

Sent with Ashby
"""
    html1 = ('<!DOCTYPE html><html><body style="margin:0;background:#f6f7f9"><table role="presentation" width="100%"><tr><td align="center">'
             '<table role="presentation" width="560" style="background:#fff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;padding:24px">'
             + "".join(f"<tr><td><p>{esc(p).replace(chr(10), '<br>')}</p></td></tr>" for p in t1.strip().split("\n\n"))
             + "</table></td></tr></table></body></html>\n")
    m1 = "<ashby.interview.7Qm2Rk9vT4xB@mail.ashbyhq.com>"
    e1 = eml([("Delivered-To", OWNER), received("mail.ashbyhq.com", "198.2.180.44", "ash7qm2r", s1),
              ("Return-Path", "<bounce@mail.ashbyhq.com>"), ("Date", rfc(s1).replace("-0000", "+0000")),
              ("From", addr(co, "no-reply@ashbyhq.com")), ("Reply-To", addr(*owen)), ("To", addr(OWNER_NAME, OWNER)),
              ("Subject", f"Your interview with {co} is scheduled"), ("Message-ID", m1)],
             multi("alternative", "--ashby-7Qm2Rk9vT4xB", [leaf("text/plain; charset=utf-8", t1, "base64"),
                                                          leaf("text/html; charset=utf-8", html1, "base64")]))
    uid = "ashby-int-7qm2rk9vt4xb@google.com"
    summ = f"{co} | Technical Interview: Systems & Data Modeling | {OWNER_NAME}"
    guests = [(owen[0], owen[1], "ACCEPTED"), (priyanka[0], priyanka[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    desc = (f"Technical interview for the {role} role with {priyanka[0]}.\n\nZoom: {zoom}\n\n"
            f"Scheduled via Ashby. Reply to {owen[1]} with any questions.")
    s2 = T(2026, 10, 20, 19, 13, UTC, 2)
    e2 = google_invite(kind="Invitation", summary=summ, start=start, end=end, tzname="America/Chicago",
                       tzlabel="Central Time - Chicago", organizer=owen, guests=guests, description=desc, uid=uid, seq=0,
                       dtstamp=s2, msgid="<calendar-1f0c8a33-5e27-4d9b-a6c4-77b2e9d1f054@google.com>", sent=s2,
                       boundary_tag="5e27a1", location=zoom)
    s3 = T(2026, 10, 26, 8, 41, PT, 7)
    wd(s3, "Monday")
    t3 = f"""Hi Caleb,

I'm really sorry to send this one. We need to cancel Thursday's interview with Priyanka: leadership put the Data Platform headcount on hold this morning while they finish 2027 planning, so we're pausing all interviews for the role.

This has nothing to do with you, and your recruiter screen feedback was strong. If the req opens back up I'll reach out to you first. I'm cancelling the calendar invite now.

Again, really sorry about the short notice.

Owen

--
Owen Gallagher | Recruiter | {co}

On Tue, Oct 20, 2026 at 12:12 PM {co} <no-reply@ashbyhq.com> wrote:
{quote(t1)}
"""
    e3 = eml(gmail_headers(frm=owen, to=addr(OWNER_NAME, OWNER), subject=f"Re: Your interview with {co} is scheduled",
                           sent=s3, msgid="<CAO1gH7xPz3Kq9Lm2VtRb5yNc8eWd0sFj4uA@mail.gmail.com>", in_reply_to=m1, refs=m1),
             gmail_alt("000000000000f2a9c306241a7b5d", t3))
    s4 = T(2026, 10, 26, 15, 44, UTC, 19)
    e4 = google_invite(kind="Canceled event", summary=summ, start=start, end=end, tzname="America/Chicago",
                       tzlabel="Central Time - Chicago", organizer=owen, guests=guests, description=desc, uid=uid, seq=1,
                       dtstamp=s4, msgid="<calendar-6a92d0e7-0b3f-4c15-9e84-c3f1a7b5d208@google.com>", sent=s4,
                       boundary_tag="0b3f77", location=zoom)
    lab = label([interview(co, role, start, end, "cancelled", [priyanka[1]], [priyanka[1]], "technical")], "medium",
                "positive/cancellation",
                "Ashby confirmation + Google invite (one interview), then the recruiter cancels (req on hold) and a "
                "METHOD:CANCEL follows. Kept with status cancelled at the last scheduled time; interviewer's address "
                "is in the invite guest list.")
    return slug, {"01-ashby-interview-scheduled.eml": e1, "02-invitation-technical.eml": e2,
                  "03-owen-cancel.eml": e3, "04-canceled-event.eml": e4}, lab


@case
def c06():
    slug = "b241-06-gem-outreach-thread-phone-screen"
    co, role = "Tessellate Payments", "Senior Backend Engineer, Payments Infrastructure"
    brody = ("Brody Nakamura", "brody.nakamura@tessellate.example")
    s1 = T(2026, 10, 19, 8, 3, PT, 0)
    wd(s1, "Monday")
    t1 = f"""Hi Caleb,

I came across your talk on idempotency keys from last year's Austin Go meetup and your work on tidequeue. We're hiring a {role} (fully remote, US) to work on the ledger and payouts services, mostly Go and Postgres, and your background lines up really well.

Would you be open to a quick 30 min call this week to hear more? No prep needed.

Best,
Brody

Brody Nakamura
Senior Technical Recruiter | Tessellate Payments
"""
    html1 = text_to_html(t1) + '<img src="https://t.gem.com/o/AAEk3Zx9pQ7r2mVt" width="1" height="1" alt="" style="display:none">\n'
    m1 = "<CAGem4r8Tq2Wz6Yb1Nc9Lx3Kp5Vd7sHe0uJm@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=brody, to=addr(OWNER_NAME, OWNER), subject="Backend at Tessellate (payments infra, remote US)",
                           sent=s1, msgid=m1, extra=[("X-Gem-Sequence-Step", "1")]),
             gmail_alt("000000000000c5a18e0623e01f44", t1, html1))
    r1 = T(2026, 10, 19, 21, 47, CT, 0)
    call = T(2026, 10, 22, 13, 0, CT)
    call_end = call + timedelta(minutes=30)
    wd(call, "Thursday")
    caleb = f"""Hey Brody,

Thanks for reaching out, and glad the idempotency talk was useful to someone! I'd be up for a call. I'm in Austin (Central). Wednesday or Thursday afternoon works, anytime after 12:30 my time.

Caleb"""
    s2 = T(2026, 10, 20, 16, 12, PT, 40)
    wd(s2, "Tuesday")
    t2 = f"""Perfect. Let's do Thursday at 1pm your time ({h12(call.astimezone(PT), 'google')} for me in SF). I'll give you a call at {OWNER_PHONE}, plan on about 30 minutes. We'll cover your background, what the team is building and how our process works.

Talk Thursday!
Brody

On Mon, Oct 19, 2026 at 7:47 PM Caleb Restrepo <{OWNER}> wrote:
{quote(caleb + chr(10) + chr(10) + f"On Mon, Oct 19, 2026 at 8:03 AM Brody Nakamura <{brody[1]}> wrote:" + chr(10) + quote(t1))}
"""
    m_c = "<CAB7nRt2Kq9Lw4Zx6Vm1Yc8Pd3Ns5eHf0gJu@mail.gmail.com>"
    e2 = eml(gmail_headers(frm=brody, to=addr(OWNER_NAME, OWNER), subject="Re: Backend at Tessellate (payments infra, remote US)",
                           sent=s2, msgid="<CAGem5z1Hw7Rb3Qk8Lt2Xn6Vc9Pd4sYe0aMj@mail.gmail.com>", in_reply_to=m_c,
                           refs=f"{m1} {m_c}"), gmail_alt("000000000000a8e34d0623f2c7b0", t2))
    assert r1.astimezone(PT).strftime("%I:%M %p").lstrip("0") == "7:47 PM"
    lab = label([interview(co, role, call, call_end, "scheduled", [brody[1]], [brody[1]], "phone_screen")], "medium",
                "positive/thread-relative-date",
                "Gem-sourced outreach, candidate reply quoted, recruiter confirms 'Thursday at 1pm your time' (resolved "
                "against Tue Oct 20 -> Thu Oct 22 1pm CDT; '11am for me' is the same instant). Recruiter calls = "
                "interviewer. Gem tracking pixel only in HTML.")
    return slug, {"01-brody-gem-outreach.eml": e1, "02-brody-confirms-thursday.eml": e2}, lab


@case
def c07():
    slug = "b241-07-two-rounds-coderpad-and-hm"
    co, role = "Sorrel Ledger", "Backend Engineer, Ledger Services"
    sab = ("Sabrina Kowalczyk", "sabrina.k@sorrelledger.example")
    dmitri = ("Dmitri Volkov", "dmitri.volkov@sorrelledger.example")
    alana = ("Alana Greer", "alana.greer@sorrelledger.example")
    t_s, t_e = T(2026, 11, 10, 9, 0, PT), T(2026, 11, 10, 10, 0, PT)
    h_s, h_e = T(2026, 11, 12, 13, 30, PT), T(2026, 11, 12, 14, 15, PT)
    wd(t_s, "Tuesday")
    wd(h_s, "Thursday")
    s1 = T(2026, 11, 4, 11, 20, PT, 31)
    wd(s1, "Wednesday")
    pad = "https://app.coderpad.io/PX7QK2R9"
    tc, tce, hc, hce = (d.astimezone(CT) for d in (t_s, t_e, h_s, h_e))
    t1 = f"""Hi Caleb!

Great news, the team wants to keep going for the {role} role. Here's what I've got locked in for you:

1) Technical interview, live coding in CoderPad with {dmitri[0]} (Senior Engineer, Ledger)
   Tuesday, Nov 10, {h12(t_s, 'google')}-{h12(t_e, 'google')} PT ({h12(tc, 'google')}-{h12(tce, 'google')} your time)

2) Hiring manager conversation with {alana[0]} (Engineering Manager, Ledger Services)
   Thursday, Nov 12, {h12(h_s, 'lower')}-{h12(h_e, 'lower')} PT ({h12(hc, 'lower')}-{h12(hce, 'lower')} CT)

Calendar invites with the Zoom links are coming from me separately. The CoderPad link will be in the technical invite, feel free to poke around beforehand.

Let me know if you have any questions!

Sabrina Kowalczyk (she/her)
Recruiter, Sorrel Ledger
"""
    m1 = "<CAS0rL3dQ8vB2mXk7Nc4Rz1Yt6Pw9eHg5uJa@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=sab, to=addr(OWNER_NAME, OWNER), subject="Sorrel Ledger - next two interviews", sent=s1, msgid=m1),
             gmail_alt("000000000000b9d2f70624158e3a", t1))
    s2 = T(2026, 11, 4, 19, 31, UTC, 12)
    e2 = google_invite(kind="Invitation", summary=f"Sorrel Ledger: Technical Interview (CoderPad) - {OWNER_NAME}",
                       start=t_s, end=t_e, tzname="America/Chicago", tzlabel="Central Time - Chicago", organizer=sab,
                       guests=[(sab[0], sab[1], "ACCEPTED"), (dmitri[0], dmitri[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                       description=f"Live coding with {dmitri[0]}.\nCoderPad: {pad}\nZoom: https://sorrelledger.zoom.us/j/82290114530",
                       uid="0r7k2tq9v4bx1mz6nc3yp8sl5e@google.com", seq=0, dtstamp=s2,
                       msgid="<calendar-3c7d1e92-a48b-4f06-8d2e-5b9c0f1a7e36@google.com>", sent=s2, boundary_tag="3c7d1e",
                       location="https://sorrelledger.zoom.us/j/82290114530")
    s3 = T(2026, 11, 4, 19, 34, UTC, 48)
    e3 = google_invite(kind="Invitation", summary=f"Sorrel Ledger: Hiring Manager Interview - {OWNER_NAME}",
                       start=h_s, end=h_e, tzname="America/Chicago", tzlabel="Central Time - Chicago", organizer=sab,
                       guests=[(sab[0], sab[1], "ACCEPTED"), (alana[0], alana[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                       description=f"Conversation with {alana[0]}, Engineering Manager for Ledger Services.\nZoom: https://sorrelledger.zoom.us/j/82290114977",
                       uid="9dw2hc6ma0rt8qe4kx1vb7nz3j@google.com", seq=0, dtstamp=s3,
                       msgid="<calendar-e81f4a27-6c3b-49d0-b2a5-0f7e9d3c1b84@google.com>", sent=s3, boundary_tag="e81f4a",
                       location="https://sorrelledger.zoom.us/j/82290114977")
    lab = label([interview(co, role, tc, tce, "scheduled", [dmitri[1]], [dmitri[1]], "technical"),
                 interview(co, role, hc, hce, "scheduled", [alana[1]], [alana[1]], "hiring_manager")], "medium",
                "positive/multiple",
                "Recruiter mail (Pacific times with Central conversions) announces two interviews on different days; "
                "each also arrives as its own Google invite -> two interviews, not four. Coordinator Sabrina only "
                "schedules.")
    return slug, {"01-sabrina-two-rounds.eml": e1, "02-invitation-technical-coderpad.eml": e2,
                  "03-invitation-hiring-manager.eml": e3}, lab


@case
def c08():
    slug = "b241-08-outlook-zoom-hiring-manager-pst"
    co, role = "Kitefin Insurance", "Senior Software Engineer - Claims APIs"
    greg = ("Greg Oduya", "goduya@kitefin.example")
    lena = ("Lena Park", "lena.park@kitefin.example")
    group = ("Kitefin Recruiting", "recruiting@kitefin.example")
    start, end = T(2026, 11, 5, 10, 0, PT), T(2026, 11, 5, 10, 45, PT)
    wd(start, "Thursday")
    s1 = T(2026, 10, 28, 9, 14, PT, 51)
    wd(s1, "Wednesday")
    sc = start.astimezone(CT)
    t1 = f"""Hi Caleb,

Thanks for a great conversation yesterday! Greg Oduya, the hiring manager for the {role} role, would like to meet you next. He'll send the invite himself for next Thursday (11/5) at {h12(start, 'google')} Pacific, which should be {'noon' if sc.hour == 12 and sc.minute == 0 else h12(sc, 'google')} for you in Austin. It's 45 minutes on Zoom.

Let me know if that time doesn't work and I'll find another slot.

Best,
Lena

Lena Park
Talent Acquisition Partner | Kitefin Insurance
{lena[1]}
"""
    assert sc.hour == 12 and sc.minute == 0
    m1 = "<BY5PR11MB40327A1C9E2D4F6B8C0A3E71D5F2A@BY5PR11MB4032.namprd11.prod.outlook.com>"
    e1 = eml([("Delivered-To", OWNER), received("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.212.98", "kf1028a", s1),
              ("Return-Path", f"<{lena[1]}>"), ("From", addr(*lena)), ("To", addr(OWNER_NAME, OWNER)),
              ("Subject", "Next step: hiring manager conversation"), ("Thread-Topic", "Next step: hiring manager conversation"),
              ("Thread-Index", "AdtJZ2k8XfQ1mR0bSkW3gPq7nLc4Hw=="), ("Date", rfc(s1.astimezone(UTC)).replace("-0000", "+0000")),
              ("Message-ID", m1), ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
             multi("alternative", "_000_BY5PR11MB40327A1C9E2D4F6B8C0A3E71D5F2ABY5PR11MB4032namp_", [
                 leaf('text/plain; charset="us-ascii"', t1, "quoted-printable"),
                 leaf('text/html; charset="us-ascii"', text_to_html(t1, "Calibri,sans-serif"), "quoted-printable")]))
    zoom = "https://kitefin.zoom.us/j/83112470098?pwd=bXlKc3FwV2hRN0tzZEx3"
    s2 = T(2026, 10, 28, 13, 2, PT, 16)
    body = f"""When: {long_date(start)} {h12(start)}-{h12(end)} (UTC-08:00) Pacific Time (US & Canada).
Where: Zoom

Hi Caleb - looking forward to talking about the Claims APIs team and the {role} role. Zoom details are below.

Greg

Greg Oduya
Director of Engineering, Claims Platform | Kitefin Insurance

________________________________________________________________________________
Join Zoom Meeting
{zoom}

Meeting ID: 831 1247 0098
Passcode: 552901

One tap mobile
+16694449171,,83112470098#,,,,*552901# US
________________________________________________________________________________
"""
    desc = body.split("\n", 3)[3]
    uid = "040000008200E00074C5B7101A82E00800000000B0D1C9A6F245DD01000000000000000010000000A3F58E2C71B94D4F9E6D02C8A5B7E103"
    cal = (["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
           + vtz_windows("Pacific Standard Time")
           + ["BEGIN:VEVENT", f"ORGANIZER;CN={greg[0]}:mailto:{greg[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
              f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={group[0]}:mailto:{group[1]}",
              "DESCRIPTION;LANGUAGE=en-US:" + ics_escape(desc), f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:Kitefin | Hiring Manager Interview (Zoom) - {OWNER_NAME}",
              f"DTSTART;TZID=Pacific Standard Time:{localstamp(start)}", f"DTEND;TZID=Pacific Standard Time:{localstamp(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(s2)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-US:Zoom", "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1204417391",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:Zoom", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    e2 = outlook_invite(frm=greg, to=[(OWNER_NAME, OWNER)], cc=[group],
                        subject=f"Kitefin | Hiring Manager Interview (Zoom) - {OWNER_NAME}", sent=s2,
                        msgid="<SJ0PR11MB5184C2E7A9F1B3D5E8C0A4F6B2D91@SJ0PR11MB5184.namprd11.prod.outlook.com>",
                        thread_index="AdtJb4Qw7mZk2PcVTRy8nL1eXa5f3g==", body_text=body, ics_lines=cal,
                        boundary="_000_SJ0PR11MB5184C2E7A9F1B3D5E8C0A4F6B2D91SJ0PR11MB5184namp_",
                        extra_headers=[received("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.220.61",
                                                "kf1028b", s2), ("Return-Path", f"<{greg[1]}>")])
    lab = label([interview(co, role, start, end, "scheduled", [greg[1]], [greg[1]], "hiring_manager")], "medium",
                "positive/outlook-windows-tzid",
                "Exchange meeting request with Windows TZID 'Pacific Standard Time', body label (UTC-08:00); sent in "
                "PDT for an event after DST end (Nov 5 10:00 PST = noon CST). Group calendar recruiting@ is an optional "
                "attendee and is neither interviewer nor follow-up recipient.")
    return slug, {"01-lena-heads-up.eml": e1, "02-greg-outlook-invite.eml": e2}, lab


@case
def c09():
    slug = "b241-09-gcal-api-pair-programming"
    co, role = "Sextant Maps", "Backend Engineer, Routing"
    ines = ("Ines Carvalho", "ines.carvalho@sextantmaps.example")
    yusuf = ("Yusuf Adeyemi", "yusuf.adeyemi@sextantmaps.example")
    start, end = T(2026, 11, 17, 13, 0, PT), T(2026, 11, 17, 14, 15, PT)
    wd(start, "Tuesday")
    zoom = "https://sextantmaps.zoom.us/j/94410238816?pwd=SXTm4Qp2"
    desc = (f"<p>Hi Caleb! This is the <b>pair programming round</b> for the {role} role. You'll work with "
            f"<b>{yusuf[0]}</b> (Senior Engineer, Routing) on a small problem in our shared CoderPad: "
            f"<a href=\"https://app.coderpad.io/SXT4M8QZ\">https://app.coderpad.io/SXT4M8QZ</a></p>"
            f"<p>Zoom: <a href=\"{zoom}\">{zoom}</a></p><p>Tuesday {h12(start, 'google')} Pacific / "
            f"{h12(start.astimezone(CT), 'google')} Central, 75 minutes.</p><p>- Ines (recruiting)</p>")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3371058842114000\"",
        "id": "4hq8v1ns0c2mbe7kt5rja9xw3p",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NGhxOHYxbnMwYzJtYmU3a3Q1cmphOXh3M3AgY2FsZWIucmVzdHJlcG9AZXhhbXBsZS5jb20",
        "created": "2026-11-09T22:31:05.000Z",
        "updated": "2026-11-10T16:07:21.057Z",
        "summary": f"{co} - Pair Programming Interview ({OWNER_NAME})",
        "description": desc,
        "location": zoom,
        "creator": {"email": ines[1], "displayName": ines[0]},
        "organizer": {"email": ines[1], "displayName": ines[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": "4hq8v1ns0c2mbe7kt5rja9xw3p@google.com",
        "sequence": 0,
        "attendees": [
            {"email": ines[1], "displayName": ines[0], "organizer": True, "responseStatus": "accepted"},
            {"email": yusuf[1], "displayName": yusuf[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    lab = label([interview(co, role, start, end, "scheduled", [yusuf[1]], [yusuf[1]], "technical")], "medium",
                "positive/calendar-api-json",
                "Calendar API event only (self attendee). Organizer is the recruiter who only schedules; the pairing "
                "interviewer is Yusuf. Time in America/Los_Angeles (PST) for a Central-time candidate.")
    return slug, {"01-sextant-pair-programming.gcal.json": j}, lab


@case
def c10():
    slug = "b241-10-coffee-chat-is-first-step"
    co, role = "Caprock Energy", "Senior Backend Engineer"
    fr = ("Frances Idowu", "frances.idowu@caprockenergy.example")
    sasha = ("Sasha Morrow", "sasha.morrow@caprockenergy.example")
    s1 = T(2026, 11, 13, 9, 12, CT, 40)
    wd(s1, "Friday")
    o1, o2, o3 = T(2026, 11, 17, 14, 0, CT), T(2026, 11, 18, 10, 0, CT), T(2026, 11, 19, 15, 0, CT)
    wd(o1, "Tuesday"); wd(o2, "Wednesday"); wd(o3, "Thursday")
    t1 = f"""Hi Caleb,

I'm the engineering manager for the grid telemetry backend team at Caprock Energy. Sasha on our recruiting team passed along your application for the {role} opening and I'd love to connect.

The first step in our interview process is an informal 30 minute coffee chat with me. No coding, no whiteboard, just getting to know each other, what you're looking for, and what we're working on (lots of Go, Kafka and time-series data from field sensors). If it feels like a fit on both sides, Sasha will set up the technical rounds after.

Would any of these work next week? All Central:
- Tue 11/17, {h12(o1, 'google')}
- Wed 11/18, {h12(o2, 'google')}
- Thu 11/19, {h12(o3, 'google')}

Frances

Frances Idowu
Engineering Manager, Grid Telemetry | Caprock Energy | Houston, TX
"""
    m1 = "<CAHc4pR0nEk9Qw2Lx7Tb5Ym1Vd8Zs3Fg6uJr@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=fr, to=addr(OWNER_NAME, OWNER), cc=addr(*sasha), subject=f"Coffee chat? ({co}, {role})",
                           sent=s1, msgid=m1), gmail_alt("0000000000006e1d3a0624a7c90b", t1))
    rc = T(2026, 11, 13, 11, 5, CT)
    caleb = f"""Hi Frances,

Thanks for reaching out, sounds great. Wednesday at 10 works best for me.

Caleb"""
    m_c = "<CAR3st9Qp2Lm7Vx4Kb1Nc8Yz6Pd0eHw5gTa@mail.gmail.com>"
    s2 = T(2026, 11, 13, 14, 30, CT, 12)
    meet = "https://meet.google.com/rtk-qnzw-hpa"
    t2 = f"""Wednesday at 10 it is! Here's the Meet link: {meet}

I'll send a calendar hold too. Grab a coffee and talk then.

Frances

On Fri, Nov 13, 2026 at 11:05 AM Caleb Restrepo <{OWNER}> wrote:
{quote(caleb + chr(10) + chr(10) + f"On Fri, Nov 13, 2026 at 9:12 AM Frances Idowu <{fr[1]}> wrote:" + chr(10) + quote(t1))}
"""
    e2 = eml(gmail_headers(frm=fr, to=addr(OWNER_NAME, OWNER), cc=addr(*sasha), subject=f"Re: Coffee chat? ({co}, {role})",
                           sent=s2, msgid="<CAHc4pS7bWm2Xq9Ry1Lt6Zn3Vk0Pe8Fd5aJu@mail.gmail.com>", in_reply_to=m_c,
                           refs=f"{m1} {m_c}"), gmail_alt("000000000000f0b72c0624aa41d8", t2))
    assert rc.hour == 11
    lab = label([interview(co, role, o2, o2 + timedelta(minutes=30), "scheduled", [fr[1]], [fr[1]], "hiring_manager")],
                "hard", "positive/coffee-chat",
                "'Informal coffee chat' with the engineering manager is explicitly the first step of the interview "
                "process -> interview. Three proposed slots; the thread confirms Wed Nov 18 10:00 CST (30 min). The "
                "cc'd recruiter does not conduct it.")
    return slug, {"01-frances-coffee-chat-proposal.eml": e1, "02-frances-confirms-wednesday.eml": e2}, lab


@case
def c11():
    slug = "b241-11-forwarded-ceo-final-chat-zoom-ics"
    co, role = "Glasswing Security", "Senior Backend Engineer"
    aisha = ("Aisha Bello", "aisha.bello@glasswing.example")
    martin = ("Martin Lindqvist", "martin@glasswing.example")
    start, end = T(2026, 11, 20, 15, 30, ET), T(2026, 11, 20, 16, 0, ET)
    wd(start, "Friday")
    fwd_d = T(2026, 11, 15, 20, 41, ET)
    wd(fwd_d, "Sunday")
    s1 = T(2026, 11, 16, 10, 5, ET, 33)
    wd(s1, "Monday")
    sc = start.astimezone(CT)
    t1 = f"""Hi Caleb,

Great news! The loop feedback was really strong and Martin (our CEO and co-founder) wants to do the final conversation for the {role} role himself. See his note below: he's proposing Friday at 3:30 Eastern, which is {h12(sc, 'google')} for you in Austin. It's 30 minutes and pretty relaxed, mostly about how you like to work and what you want next. He'll send the Zoom directly.

Aisha

---------- Forwarded message ---------
From: {martin[0]} <{martin[1]}>
Date: Sun, Nov 15, 2026 at 8:41 PM
Subject: Caleb R. - final conversation
To: {aisha[0]} <{aisha[1]}>


Aisha, read through the loop notes, very positive. Happy to do the final chat with Caleb. Friday 3:30pm ET works on my end, 30 min. I'll send him a Zoom.

M

--
Aisha Bello
Head of Talent | Glasswing Security | New York
"""
    m1 = "<CAGw5sB2Lq8Nx1Rm4Zt7Yc0Vk3Pd9eHf6uJb@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=aisha, to=addr(OWNER_NAME, OWNER), subject="Fwd: Caleb R. - final conversation", sent=s1, msgid=m1),
             gmail_alt("00000000000083f5d10624c1e7a2", t1))
    s2 = T(2026, 11, 16, 13, 22, ET, 9)
    zoom = "https://us06web.zoom.us/j/87201945562?pwd=R2xhc3N3aW5nTUw"
    t2 = f"""Hi Caleb,

Looking forward to Friday. Zoom invite attached, {h12(start, 'google')} Eastern.

Martin

Sent from my iPhone"""
    cal = (["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"] + vtz_iana("America/New_York")
           + ["BEGIN:VEVENT", f"DTSTAMP:{utcstamp(s2)}", f"DTSTART;TZID=America/New_York:{localstamp(start)}",
              f"DTEND;TZID=America/New_York:{localstamp(end)}", f"SUMMARY:Caleb / Martin - {co}",
              "UID:20261116T182200Z-87201945562@fe80:0:0:0:1c2b:3a4d:5e6f:7a8b%ens5",
              "TZID:America/New_York",
              "DESCRIPTION:" + ics_escape(f"{martin[0]} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zoom}\n\n"
                                          "Meeting ID: 872 0194 5562\nPasscode: 718204\n"),
              f"LOCATION:{zoom}", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", "Apple-Mail=_6D1E2B7A-3C4F-4E8A-9B0D-1F2A3C4E5D6F", [
        leaf("text/plain; charset=us-ascii", t2, "7bit"),
        leaf('text/calendar; name="Zoom Meeting.ics"; charset=utf-8', ics(cal), "base64",
             extra=[("Content-Disposition", 'attachment; filename="Zoom Meeting.ics"')])])
    e2 = eml(gmail_headers(frm=martin, to=addr(OWNER_NAME, OWNER), cc=addr(*aisha), subject="Friday",
                           sent=s2, msgid="<8E4C2A71-5B3D-4F9E-A1C6-0D7B9E2F4A13@glasswing.example>",
                           host="mail-pj1-f53.google.com", ip="209.85.216.53",
                           extra=[("X-Mailer", "iPhone Mail (22B91)")]), root)
    lab = label([interview(co, role, start, end, "scheduled", [martin[1]], [martin[1]], "other")], "hard",
                "positive/forwarded-founder-chat",
                "Final chat with the CEO proposed inside a forwarded block (Aisha's top note converts 3:30 ET to "
                "2:30 CT), then the CEO's own mail with a Zoom-generated .ics (TZID America/New_York, METHOD:PUBLISH) "
                "-> one interview. Forwarded Date line (Sun Nov 15) is not the interview.")
    return slug, {"01-aisha-fwd-ceo-final-chat.eml": e1, "02-martin-zoom-invite.eml": e2}, lab


@case
def c12():
    slug = "b241-12-google-invite-moved-to-friday"
    co, role = "Lodestar Commerce", "Senior Backend Engineer, Checkout"
    pam = ("Pam Whitcomb", "pam.whitcomb@lodestar.example")
    jonah = ("Jonah Feld", "jonah.feld@lodestar.example")
    a_s, a_e = T(2026, 11, 11, 11, 0, CT), T(2026, 11, 11, 12, 0, CT)
    b_s, b_e = T(2026, 11, 13, 13, 0, CT), T(2026, 11, 13, 14, 0, CT)
    wd(a_s, "Wednesday"); wd(b_s, "Friday")
    summ = f"Lodestar Commerce - System Design Interview ({OWNER_NAME})"
    desc = f"System design interview for the {role} role with {jonah[0]} (Staff Engineer, Checkout)."
    guests = [(pam[0], pam[1], "ACCEPTED"), (jonah[0], jonah[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    uid = "7mcs2f0kx9ve4bq1rn6hy3tz8d@google.com"
    meet = "https://meet.google.com/vdq-hrxo-mfk"
    s1 = T(2026, 11, 5, 16, 20, UTC, 31)
    e1 = google_invite(kind="Invitation", summary=summ, start=a_s, end=a_e, tzname="America/Chicago",
                       tzlabel="Central Time - Chicago", organizer=pam, guests=guests, description=desc, uid=uid, seq=0,
                       dtstamp=s1, msgid="<calendar-40d5b3e1-8f2a-4c7d-9b16-e3a0c5f7d289@google.com>", sent=s1,
                       boundary_tag="40d5b3", meet=meet)
    s2 = T(2026, 11, 9, 8, 47, PT, 15)
    wd(s2, "Monday")
    t2 = f"""Hi Caleb,

Sorry for the shuffle! Jonah got pulled into an offsite on Wednesday. Could we move your system design interview to Friday at 1pm Central instead (same length, same Meet link)? If that works I'll update the invite, and if not just send me a couple of other times this week.

Thanks for bearing with us,
Pam

Pam Whitcomb | Recruiting Coordinator | Lodestar Commerce
"""
    m2 = "<CAP9wT1xLk6Qm3Rz8Vb2Nc5Yd0Hs7eGf4uJw@mail.gmail.com>"
    e2 = eml(gmail_headers(frm=pam, to=addr(OWNER_NAME, OWNER), subject="Lodestar - moving Wednesday's interview?",
                           sent=s2, msgid=m2), gmail_alt("000000000000c71a9e06247b2d05", t2))
    s3 = T(2026, 11, 9, 18, 3, UTC, 58)
    e3 = google_invite(kind="Updated invitation", summary=summ, start=b_s, end=b_e, tzname="America/Chicago",
                       tzlabel="Central Time - Chicago", organizer=pam, guests=guests, description=desc, uid=uid, seq=1,
                       dtstamp=s3, msgid="<calendar-b2e7c9f0-1d64-4a3b-8e5f-7c0a9d2b6e41@google.com>", sent=s3,
                       boundary_tag="b2e7c9", meet=meet)
    lab = label([interview(co, role, b_s, b_e, "scheduled", [jonah[1]], [jonah[1]], "technical")], "medium",
                "positive/reschedule",
                "Google invite for Wed Nov 11 11am CST, coordinator asks to move it, then 'Updated invitation' "
                "(same UID, SEQUENCE 1) for Fri Nov 13 1pm CST -> one interview at the final time.")
    return slug, {"01-invitation-system-design.eml": e1, "02-pam-move-request.eml": e2,
                  "03-updated-invitation-friday.eml": e3}, lab


@case
def c13():
    slug = "b241-13-standalone-ics-pacific-vtimezone"
    co, role = "Wrenfield Software", "Backend Engineer, Integrations"
    dev = ("Dev Raman", "dev.raman@wrenfield.example")
    sofia = ("Sofia Marchetti", "sofia.marchetti@wrenfield.example")
    panel = ("Wrenfield Interview Panel", "interview-panel@wrenfield.example")
    start, end = T(2026, 12, 1, 9, 0, PT), T(2026, 12, 1, 10, 0, PT)
    wd(start, "Tuesday")
    stamp = T(2026, 11, 19, 23, 48, UTC, 2)
    zoom = "https://wrenfield.zoom.us/j/96633018274"
    desc = (f"Technical interview (API design) for the {role} role.\n\nInterviewer: {sofia[0]}, Senior Software Engineer\n"
            f"Coordinator: {dev[0]} - reach out to Dev with any scheduling questions.\n\n"
            f"{long_date(start)}, {h12(start)} - {h12(end)} Pacific ({h12(start.astimezone(CT))} Central)\n\nZoom: {zoom}")
    cal = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
           + vtz_iana("America/Los_Angeles")
           + ["BEGIN:VEVENT", f"CREATED:{utcstamp(stamp - timedelta(minutes=6))}", f"DTSTAMP:{utcstamp(stamp)}",
              f"LAST-MODIFIED:{utcstamp(stamp)}", "UID:6C2F8A14-3E5B-4D97-B0A1-9F7E2C4D6B58",
              f"DTSTART;TZID=America/Los_Angeles:{localstamp(start)}", f"DTEND;TZID=America/Los_Angeles:{localstamp(end)}",
              f"SUMMARY:{co} - Technical Interview: API Design ({OWNER_NAME})", "SEQUENCE:0",
              "DESCRIPTION:" + ics_escape(desc), f"LOCATION:{zoom}", f"URL;VALUE=URI:{zoom}",
              f"ORGANIZER;CN={dev[0]}:mailto:{dev[1]}",
              attendee(dev[0], dev[1], "ACCEPTED", role="CHAIR", rsvp=False),
              attendee(sofia[0], sofia[1], "ACCEPTED"),
              attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
              attendee(panel[0], panel[1], "ACCEPTED", role="NON-PARTICIPANT", cutype="GROUP", rsvp=False),
              "STATUS:CONFIRMED", "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
              "TRIGGER:-PT15M", "UID:A8D3F0B2-71C4-4E6A-9D25-3B1F7C9E0A46", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    lab = label([interview(co, role, start, end, "scheduled", [sofia[1]], [sofia[1]], "technical")], "easy",
                "positive/standalone-ics",
                "Standalone Apple Calendar .ics with VTIMEZONE America/Los_Angeles (Dec 1 = PST). Organizer/CHAIR is the "
                "coordinator; the group panel calendar is a NON-PARTICIPANT and is never a recipient.")
    return slug, {"01-wrenfield-api-design.ics": ics(cal)}, lab


# =========================================================================== NEGATIVE CASES (look-alikes)


@case
def c14():
    slug = "b241-14-conference-talk-rehearsal"
    ren = ("Renata Ilves", "renata.ilves@hillcountrydev.example")
    pc = ("HCDC Program Committee", "program-committee@hillcountrydev.example")
    talk = "Backpressure without tears: queueing lessons from a payments backend"
    s1 = T(2026, 10, 26, 10, 2, CT, 11)
    wd(s1, "Monday")
    start, end = T(2026, 11, 10, 16, 0, CT), T(2026, 11, 10, 16, 45, CT)
    wd(start, "Tuesday")
    t1 = f"""Hi Caleb,

Congrats! Your talk "{talk}" has been accepted for Hill Country Dev Conf 2026 (Dec 3-4, Austin).

Next step: every first-time speaker does a short dry run with a couple of folks from the program committee. It's a full run-through of your 25 minute talk, then about 15 minutes where we play the audience and throw questions at you, the kind you'd get at the mic. Think friendly interview, not an exam. I'll send an invite for Tuesday, Nov 10 at 4pm.

Please reply with your final title/abstract and a 2-3 sentence speaker bio by Friday.

Cheers,
Renata
Speaker Coordinator, Hill Country Dev Conf
"""
    m1 = "<CAHCDC7kQ2mR9xZ4Lw1Vb8Nt3Yc6Pd0eFs5gJ@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=ren, to=addr(OWNER_NAME, OWNER), subject="HCDC 2026: your talk is accepted - next steps",
                           sent=s1, msgid=m1), gmail_alt("0000000000002c8e1f0623f0a5d7", t1))
    s2 = T(2026, 10, 27, 15, 40, UTC, 3)
    e2 = google_invite(kind="Invitation", summary=f"HCDC speaker dry run: {OWNER_NAME} - \"Backpressure without tears\"",
                       start=start, end=end, tzname="America/Chicago", tzlabel="Central Time - Chicago", organizer=ren,
                       guests=[(ren[0], ren[1], "ACCEPTED"), (pc[0], pc[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                       description="Speaker rehearsal: 25 min run-through + ~15 min mock Q&A with the program committee. "
                                   "Please share your slides before the call. This session is not recorded.",
                       uid="2hv9kc4ts7mq0xb1ra8ne5wz6f@google.com", seq=0, dtstamp=s2,
                       msgid="<calendar-9e3b7a15-c2d8-4f61-a0e4-5d7b1c9f3a28@google.com>", sent=s2, boundary_tag="9e3b7a",
                       meet="https://meet.google.com/pkw-zdtr-ubn")
    lab = label([], "hard", "negative/conference-rehearsal",
                "Conference talk accepted + speaker dry run with 'mock Q&A'/'friendly interview' wording and a calendar "
                "invite, but it is a speaking engagement rehearsal, not a job interview.")
    return slug, {"01-renata-talk-accepted.eml": e1, "02-invitation-speaker-dry-run.eml": e2}, lab


@case
def c15():
    slug = "b241-15-oncall-handoff-meeting"
    desh = ("Deshawn Pruitt", "deshawn.pruitt@tallgrass-logistics.example")
    imani = ("Imani Brooks", "imani.brooks@tallgrass-logistics.example")
    grp = ("payments-oncall", "payments-oncall@tallgrass-logistics.example")
    start, end = T(2026, 11, 2, 9, 30, CT), T(2026, 11, 2, 10, 0, CT)
    wd(start, "Monday")
    s1 = T(2026, 10, 30, 16, 55, CT, 40)
    wd(s1, "Friday")
    body = f"""When: {long_date(start)} {h12(start)}-{h12(end)} (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Weekly payments-api on-call handoff.

Outgoing primary: Caleb Restrepo
Incoming primary: Imani Brooks

Agenda
1. Open incidents: SEV-2 4471 (settlement job backlog Thu night). We still need to interview the responders for the timeline before the review on Wednesday.
2. Noisy alerts: candidate rules to silence or re-threshold (p99 latency on /v2/quotes).
3. Runbook gaps found this week.
4. Handoff checklist sign-off in PagerDuty.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_TGdyc3NIYW5kb2ZmNDQ3MQ%40thread.v2/0>
Meeting ID: 219 660 481 735
Passcode: hN4qP2
________________________________________________________________________________
"""
    desc = body.split("\n", 3)[3]
    cal = (["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
           + vtz_windows("Central Standard Time")
           + ["BEGIN:VEVENT", f"ORGANIZER;CN={desh[0]}:mailto:{desh[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER_WORK}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={imani[0]}:mailto:{imani[1]}",
              f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={grp[0]}:mailto:{grp[1]}",
              "DESCRIPTION;LANGUAGE=en-US:" + ics_escape(desc),
              "UID:040000008200E00074C5B7101A82E008000000007A41E3C05A6BDD0100000000000000001000000012C7F0A9E3B54D21A6F88B0D4C2E7F19",
              f"SUMMARY;LANGUAGE=en-US:On-call handoff: payments-api (Caleb -> Imani)",
              f"DTSTART;TZID=Central Standard Time:{localstamp(start)}", f"DTEND;TZID=Central Standard Time:{localstamp(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(s1)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    e1 = outlook_invite(frm=desh, to=[(OWNER_NAME, OWNER_WORK), imani, grp],
                        subject="On-call handoff: payments-api (Caleb -> Imani)", sent=s1,
                        msgid="<CH3PR19MB7352A0E4C1B9D8F2A6E5C3B7D0419@CH3PR19MB7352.namprd19.prod.outlook.com>",
                        thread_index="AdtKc8Vb2QwP4mN7SaE1kR5yTz0Hfg==", body_text=body, ics_lines=cal,
                        boundary="_000_CH3PR19MB7352A0E4C1B9D8F2A6E5C3B7D0419CH3PR19MB7352namp_",
                        extra_headers=forwarded_headers(s1) + [("Return-Path", f"<{desh[1]}>")])
    lab = label([], "medium", "negative/work-meeting",
                "Internal on-call handoff at the owner's current employer (work mail auto-forwarded), with 'interview "
                "the responders' and 'candidate rules' in the agenda. Not a job interview.")
    return slug, {"01-oncall-handoff-invite.eml": e1}, lab


@case
def c16():
    slug = "b241-16-podcast-recording-calendly"
    wes = ("Wes Amari", "wes@backendbyte.example")
    start, end = T(2026, 11, 19, 12, 0, CT), T(2026, 11, 19, 13, 0, CT)
    wd(start, "Thursday")
    s1 = T(2026, 11, 6, 20, 14, UTC, 27)
    tzl = "Central Time - US & Canada"
    rec = "https://riverside.fm/studio/the-backend-byte?t=8c1f4e"
    body = f"""Hi {OWNER_NAME},

A new event has been scheduled.

Event Type:
Guest Interview - The Backend Byte (recording)

Invitee:
{OWNER_NAME}

Event Date/Time:
{h12(start, 'lower')} - {h12(end, 'lower')} ({tzl}) on {long_date(start)}

Location:
Riverside studio: {rec}

Questions:
What would you like to talk about?
tidequeue (my Postgres-backed job queue for Go): why I built it, how SKIP LOCKED works, and what I learned maintaining it

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5d02b9e8
Reschedule: https://calendly.com/reschedulings/5d02b9e8

Powered by Calendly.com
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"DTSTAMP:{utcstamp(s1)}", "UID:5d02b9e8-47ac-4e1f-b3d6-92a0c8e5f714",
               f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", "SEQUENCE:0",
               f"SUMMARY:Guest Interview - The Backend Byte (recording) between {wes[0]} and {OWNER_NAME}",
               "DESCRIPTION:" + ics_escape(f"Podcast recording for The Backend Byte. We'll record the episode about tidequeue.\n"
                                           f"Location: {rec}\n\nPowered by Calendly.com"),
               f"LOCATION:{rec}", f"ORGANIZER;CN={wes[0]}:mailto:{wes[1]}",
               attendee(wes[0], wes[1], "ACCEPTED", rsvp=False), attendee(OWNER_NAME, OWNER),
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")
    root = multi("mixed", "=_cal_5d02_mix", [
        multi("alternative", "=_cal_5d02_alt", [leaf("text/plain; charset=UTF-8", body, "quoted-printable"),
                                                leaf("text/html; charset=UTF-8", html, "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
    e1 = eml([("Delivered-To", OWNER), received("o3.mail.calendly.com", "167.89.95.3", "5d02b9e8", s1),
              ("Return-Path", "<bounces+5201455-77e2@mail.calendly.com>"), ("Date", rfc(s1).replace("-0000", "+0000")),
              ("From", "Calendly <no-reply@calendly.com>"), ("Reply-To", addr(*wes)), ("To", addr(OWNER_NAME, OWNER)),
              ("Subject", f"Confirmed: Guest Interview - The Backend Byte (recording) with {wes[0]} on {long_date(start)}"),
              ("Message-ID", "<5d02b9e8.confirm.20261106201427@calendly.com>")], root)
    lab = label([], "hard", "negative/podcast",
                "Calendly booking titled 'Guest Interview' for a podcast recording about the owner's open-source "
                "project. Same vendor format as a recruiter screen, but a media interview, not a job interview.")
    return slug, {"01-calendly-podcast-guest-interview.eml": e1}, lab


@case
def c17():
    slug = "b241-17-interviewing-io-mock"
    start, end = T(2026, 11, 7, 11, 0, CT), T(2026, 11, 7, 12, 0, CT)
    wd(start, "Saturday")
    s1 = T(2026, 11, 2, 3, 18, UTC, 44)
    body = f"""You're booked!

Your mock interview is confirmed.

Interview type: System Design (Senior)
When: {long_date(start)}, {h12(start)} - {h12(end)} {start.strftime('%Z')}
Interviewer: an anonymous senior engineer from a FAANG company

How it works
- Both you and your interviewer are anonymous. Use the link below to join the session at the scheduled time; audio only, with a shared whiteboard.
- After the session you'll get written feedback and a recording.
- This is practice. Nothing from this session is shared with employers.

Join your session: https://interviewing.io/s/mock/7Qk2b9Zr
Need to cancel? Please do so at least 24 hours in advance to get your credit back.

Good luck!
The interviewing.io team
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interviewing.io//Scheduler//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:mock-7Qk2b9Zr@interviewing.io", f"DTSTAMP:{utcstamp(s1)}",
               f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
               "SUMMARY:interviewing.io mock interview: System Design (Senior)",
               "DESCRIPTION:Anonymous practice interview. Join: https://interviewing.io/s/mock/7Qk2b9Zr",
               "LOCATION:https://interviewing.io/s/mock/7Qk2b9Zr", "ORGANIZER;CN=interviewing.io:mailto:noreply@interviewing.io",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")
    root = multi("mixed", "----=_Part_90211_iio", [
        multi("alternative", "----=_Part_90212_iio", [leaf("text/plain; charset=UTF-8", body, "quoted-printable"),
                                                     leaf("text/html; charset=UTF-8", html, "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; name="mock-interview.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="mock-interview.ics"')])])
    e1 = eml([("Delivered-To", OWNER), received("mail.interviewing.io", "159.183.4.77", "iio7qk2b", s1),
              ("Return-Path", "<bounce@mail.interviewing.io>"), ("Date", rfc(s1).replace("-0000", "+0000")),
              ("From", "interviewing.io <noreply@interviewing.io>"), ("To", OWNER),
              ("Subject", f"You're booked: mock System Design interview on {start.strftime('%a, %b')} {start.day}"),
              ("Message-ID", "<mock-7Qk2b9Zr.booked@interviewing.io>")], root)
    lab = label([], "hard", "negative/mock-interview",
                "Paid anonymous mock interview on interviewing.io with a calendar file: practice, not a hiring process.")
    return slug, {"01-interviewing-io-booked.eml": e1}, lab


@case
def c18():
    slug = "b241-18-pramp-peer-practice"
    start, end = T(2026, 10, 27, 20, 0, CT), T(2026, 10, 27, 21, 0, CT)
    wd(start, "Tuesday")
    s1 = T(2026, 10, 25, 17, 30, UTC, 12)
    body = f"""Hi Caleb,

Your Pramp practice interview is confirmed!

Topic: Data Structures & Algorithms
Date: {long_date(start)}
Time: {h12(start)} - {h12(end)} {start.strftime('%Z')}

You'll be matched with a peer at the same level. Each of you will interview the other for about 30 minutes, then you'll swap roles and share feedback. Questions and solutions are provided in the session.

Join from here at the scheduled time: https://www.pramp.com/session/join/q8Wm3Kz1

Can't make it? Please cancel at least 12 hours ahead so your peer can be re-matched.

Happy practicing,
The Pramp Team
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pramp//Practice Sessions//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:pramp-q8Wm3Kz1@pramp.com", f"DTSTAMP:{utcstamp(s1)}",
               f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", "SUMMARY:Pramp Practice Interview - Data Structures & Algorithms",
               "DESCRIPTION:Peer mock interview. Join: https://www.pramp.com/session/join/q8Wm3Kz1",
               "ORGANIZER;CN=Pramp:mailto:team@pramp.com", attendee(OWNER_NAME, OWNER),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", "pramp_mix_q8Wm3Kz1", [
        leaf("text/plain; charset=utf-8", body, "7bit"),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="pramp-session.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="pramp-session.ics"')])])
    e1 = eml([("Delivered-To", OWNER), received("mail.pramp.com", "198.21.6.201", "prq8wm3k", s1),
              ("Return-Path", "<bounces@mail.pramp.com>"), ("Date", rfc(s1).replace("-0000", "+0000")),
              ("From", "Pramp <team@pramp.com>"), ("To", OWNER),
              ("Subject", f"Your practice interview is confirmed for {start.strftime('%A')} at {h12(start, 'google')} {start.strftime('%Z')}"),
              ("Message-ID", "<pramp.session.q8Wm3Kz1@pramp.com>")], root)
    lab = label([], "hard", "negative/mock-interview",
                "Pramp peer-to-peer practice interview with an invite: practice session, no employer.")
    return slug, {"01-pramp-session-confirmed.eml": e1}, lab


@case
def c19():
    slug = "b241-19-internal-promotion-panel"
    gwen = ("Gwen Takahashi", "gwen.takahashi@tallgrass-logistics.example")
    panel = [("Ana Rutledge", "ana.rutledge@tallgrass-logistics.example"),
             ("Rob Feinberg", "rob.feinberg@tallgrass-logistics.example"),
             ("Minh Tran", "minh.tran@tallgrass-logistics.example")]
    start, end = T(2026, 11, 19, 14, 0, CT), T(2026, 11, 19, 14, 45, CT)
    wd(start, "Thursday")
    s1 = T(2026, 11, 9, 10, 31, CT, 5)
    body = f"""When: {long_date(start)} {h12(start)}-{h12(end)} (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Caleb,

As part of the H2 promotion cycle, your panel ({panel[0][0]}, {panel[1][0]} and {panel[2][0]}) will interview you for about 45 minutes on your promotion packet for Staff Software Engineer. Expect questions on the settlement re-architecture and your cross-team influence. The panel then calibrates with the other Engineering panels; your manager will share the outcome in December.

No need to prepare slides. Please make sure your packet in Workday is final by Monday.

Thanks,
Gwen
People Partner, Engineering | Tallgrass Logistics

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_UHJvbW9QYW5lbEgy%40thread.v2/0>
Meeting ID: 244 118 903 552
Passcode: Rt7uX9
________________________________________________________________________________
"""
    desc = body.split("\n", 3)[3]
    subj = f"Promotion Panel - {OWNER_NAME} (Senior Software Engineer -> Staff Software Engineer)"
    cal = (["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
           + vtz_windows("Central Standard Time")
           + ["BEGIN:VEVENT", f"ORGANIZER;CN={gwen[0]}:mailto:{gwen[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER_WORK}"]
           + [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in panel]
           + ["DESCRIPTION;LANGUAGE=en-US:" + ics_escape(desc),
              "UID:040000008200E00074C5B7101A82E00800000000E1F2D7B4A770DD0100000000000000001000000088B3C51E0F6A4A7C92D4E6B1F0A3C5D7",
              f"SUMMARY;LANGUAGE=en-US:{subj}",
              f"DTSTART;TZID=Central Standard Time:{localstamp(start)}", f"DTEND;TZID=Central Standard Time:{localstamp(end)}",
              "CLASS:PRIVATE", "PRIORITY:5", f"DTSTAMP:{utcstamp(s1)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"])
    e1 = outlook_invite(frm=gwen, to=[(OWNER_NAME, OWNER_WORK)] + panel, subject=subj, sent=s1,
                        msgid="<MN2PR19MB3998F1A7C0E5B2D94A6C8E3F1B207@MN2PR19MB3998.namprd19.prod.outlook.com>",
                        thread_index="AdtMq1Rz5Xk8Vb3NTe9cP2wL7yHa0g==", body_text=body, ics_lines=cal,
                        boundary="_000_MN2PR19MB3998F1A7C0E5B2D94A6C8E3F1B207MN2PR19MB3998namp_",
                        extra_headers=forwarded_headers(s1) + [("Return-Path", f"<{gwen[1]}>")])
    lab = label([], "hard", "negative/internal-promotion",
                "Promotion panel at the owner's CURRENT employer ('the panel will interview you'), Outlook invite "
                "forwarded from the work mailbox. Internal promotion review, not a hiring process -> not a job interview.")
    return slug, {"01-promotion-panel-invite.eml": e1}, lab


@case
def c20():
    slug = "b241-20-recruiter-coffee-chat-no-role"
    reese = ("Reese Halloran", "reese.halloran@amberline.example")
    MT = ZoneInfo("America/Denver")
    s1 = T(2026, 10, 19, 13, 26, MT, 50)
    wd(s1, "Monday")
    start, end = T(2026, 10, 23, 11, 30, CT), T(2026, 10, 23, 11, 50, CT)
    wd(start, "Friday")
    t1 = f"""Hi Caleb,

I lead engineering recruiting at Amberline. To be totally upfront, this isn't for a specific role: we don't have any backend openings right now and I'm not trying to pull you into an interview process. I'm getting to know strong backend folks ahead of our 2027 hiring plans, and a couple of our engineers mentioned tidequeue.

Would you be up for a casual 20 minute virtual coffee chat this week? Zero prep. I'll share what Amberline is up to, you tell me what you'd want in a next role whenever that is. I put a tentative hold on Friday at {h12(start.astimezone(MT), 'google')} my time ({h12(start, 'google')} Central); feel free to decline if it doesn't work.

Cheers,
Reese

Reese Halloran
Head of Engineering Recruiting | Amberline | Denver, CO
"""
    m1 = "<CAMb3rL1nQ7xKp2Wz9Rt4Yc6Vd0Ns8eHg5uFa@mail.gmail.com>"
    e1 = eml(gmail_headers(frm=reese, to=addr(OWNER_NAME, OWNER), subject="Coffee chat? (no specific role)", sent=s1, msgid=m1),
             gmail_alt("0000000000005f2b9c0623e4d1a8", t1))
    s2 = T(2026, 10, 19, 19, 29, UTC, 3)
    e2 = google_invite(kind="Invitation", summary="Coffee chat: Caleb / Reese (Amberline)", start=start, end=end,
                       tzname="America/Chicago", tzlabel="Central Time - Chicago", organizer=reese,
                       guests=[(reese[0], reese[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                       description="Casual intro chat, not tied to an open role. Looking forward to it!",
                       uid="3kq8sd1vw6hn0zc4ty7rb2mx9g@google.com", seq=0, dtstamp=s2,
                       msgid="<calendar-d4a8e1b3-07c9-4b52-9f6e-1a3c5e7b9d02@google.com>", sent=s2, boundary_tag="d4a8e1",
                       meet="https://meet.google.com/bsu-qfjc-wya")
    lab = label([], "hard", "negative/recruiter-coffee-chat",
                "Recruiter coffee chat with a real Google invite, but the recruiter states explicitly it is not for a "
                "role and not an interview process (relationship building) -> not a job interview.")
    return slug, {"01-reese-coffee-chat.eml": e1, "02-invitation-coffee-chat.eml": e2}, lab


@case
def c21():
    slug = "b241-21-owner-is-interviewer-modernloop"
    start, end = T(2026, 11, 12, 13, 0, CT), T(2026, 11, 12, 14, 0, CT)
    wd(start, "Thursday")
    s1 = T(2026, 11, 6, 21, 2, UTC, 36)
    coord = ("Talia Ng", "talia.ng@tallgrass-logistics.example")
    zoom = "https://tallgrass.zoom.us/j/95012384417"
    body = f"""Hi Caleb,

You've been scheduled to interview a candidate for Tallgrass Logistics.

Candidate: Priscilla Tan
Role: Backend Engineer II (Payments)
Interview: System Design (onsite loop, session 2 of 4)
When: {long_date(start)}, {h12(start)} - {h12(end)} {start.strftime('%Z')}
Where: {zoom}

Resume and interview kit: https://app.greenhouse.io/interview_kit/88120443
Please submit your scorecard in Greenhouse within 24 hours of the interview.

Can't make it? Decline the calendar invite and {coord[0]} will find a replacement.

Powered by ModernLoop
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ModernLoop//Scheduling//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:ml-int-88120443-2@modernloop.io", f"DTSTAMP:{utcstamp(s1)}",
               f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", "SEQUENCE:0",
               "SUMMARY:[Interviewer] Priscilla Tan - System Design - Backend Engineer II",
               "DESCRIPTION:" + ics_escape(f"You are the interviewer for this session.\nCandidate: Priscilla Tan\nZoom: {zoom}"),
               f"LOCATION:{zoom}", f"ORGANIZER;CN={coord[0]}:mailto:{coord[1]}",
               attendee(OWNER_NAME, OWNER_WORK), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    html = ('<html><body style="font-family:Inter,Arial,sans-serif;font-size:14px">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")
    root = multi("mixed", "b1_ml_mix_88120443", [
        multi("alternative", "b1_ml_alt_88120443", [leaf("text/plain; charset=utf-8", body, "quoted-printable"),
                                                   leaf("text/html; charset=utf-8", html, "quoted-printable")]),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
    e1 = eml([("Delivered-To", OWNER)] + forwarded_headers(s1) +
             [("Return-Path", "<01000193a0b1c2d3@amazonses.com>"), ("Date", rfc(s1).replace("-0000", "+0000")),
              ("From", addr("Tallgrass Logistics via ModernLoop", "notifications@modernloop.io")),
              ("Reply-To", addr(*coord)), ("To", addr(OWNER_NAME, OWNER_WORK)),
              ("Subject", f"You're interviewing Priscilla Tan - System Design - {start.strftime('%a, %b')} {start.day}"),
              ("Message-ID", "<01000193a0b1c2d3-ml-interviewer-88120443@email.modernloop.io>")], root)
    lab = label([], "medium", "negative/user-is-interviewer",
                "ModernLoop interviewer notification at the owner's current employer: the owner interviews a candidate. "
                "Same vendor as the positive loop case.")
    return slug, {"01-modernloop-you-are-interviewing.eml": e1}, lab


@case
def c22():
    slug = "b241-22-karat-unbooked-scheduling-link"
    co = "Halyard Systems"
    s1 = T(2026, 10, 14, 15, 0, UTC, 9)
    s2 = T(2026, 10, 17, 15, 0, UTC, 41)
    link = "https://candidate.karat.com/schedule/hs-2b81d07c"

    def mail(sent, subject, opening, msgid, bnd):
        body = f"""Hi Caleb,

{opening}

{co} has partnered with Karat to conduct the technical interview for the Senior Backend Engineer role. A Karat Interview Engineer will run the session on {co}'s behalf.

Schedule your interview: {link}

Interview times are available 7 days a week, from early morning to late evening, starting as soon as 24 hours from now. The interview lasts 60 minutes.

Please pick a time within 5 days of receiving this invitation.

The Karat Team
This mailbox is not monitored. For help visit https://support.karat.com
"""
        html = ('<html><body style="font-family:Helvetica,Arial,sans-serif">'
                + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")
        return eml([("Delivered-To", OWNER), received("o12.email.karat.com", "167.89.101.12", msgid[1:9], sent),
                    ("Return-Path", "<bounces+2918331-be02@email.karat.com>"), ("Date", rfc(sent).replace("-0000", "+0000")),
                    ("From", "Karat <no-reply@karat.com>"), ("To", OWNER), ("Subject", subject), ("Message-ID", msgid)],
                   multi("alternative", bnd, [leaf("text/plain; charset=UTF-8", body, "quoted-printable"),
                                              leaf("text/html; charset=UTF-8", html, "quoted-printable")]))
    e1 = mail(s1, f"{co} invited you to a technical interview - choose your time",
              f"Good news! {co} would like to move forward with a technical interview.",
              "<0100019a6c1e2b81-schedule-hs2b81d07c-000000@email.karat.com>", "----=_Part_51007_kr1")
    e2 = mail(s2, f"Reminder: schedule your {co} interview",
              "Just a reminder that you haven't picked a time for your interview yet.",
              "<0100019a7b4f0d07-reminder-hs2b81d07c-000000@email.karat.com>", "----=_Part_51992_kr2")
    lab = label([], "medium", "negative/unbooked-scheduling-link",
                "Karat invitation + reminder to self-schedule a technical interview; no time is ever booked -> "
                "availability request / unbooked link, not an interview yet.")
    return slug, {"01-karat-choose-your-time.eml": e1, "02-karat-reminder.eml": e2}, lab


# =========================================================================== main


def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX) and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"{PREFIX}{i:02d}-"), slug
        assert slug not in labels
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fname, content in sorted(items.items()):
            assert re.match(r"^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$", fname), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(content.encode("utf-8"))
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind241 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [iv for v in labels.values() for iv in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(iv['status'] == 'scheduled' for iv in ivs)} scheduled, {sum(iv['status'] == 'cancelled' for iv in ivs)} cancelled)")


if __name__ == "__main__":
    main()
