#!/usr/bin/env python3
"""Regenerate the blind221 evaluation set (every case folder + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; same bytes on every run.
Standard library + PyYAML + zoneinfo only.

Owner: Dana Kowalczyk <dana.kowalczyk@example.com>, a U.S. Army logistics officer (CPT, 90A)
on transition leave in Woodbridge, VA, looking for civilian program/project management work.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ET = ZoneInfo("America/New_York")
MT = ZoneInfo("America/Denver")
CT = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")

OWNER = "dana.kowalczyk@example.com"
OWNER_NAME = "Dana Kowalczyk"
OWNER_SIG = """v/r,
Dana Kowalczyk
CPT, U.S. Army (transition leave; ETS 15 Jan 2027) | PMP
Woodbridge, VA | (703) 555-0148"""

WIN_TZ = {  # Windows TZID -> (display label, std offset, dst offset)
    "Eastern Standard Time": ("(UTC-05:00) Eastern Time (US & Canada)", "-0500", "-0400"),
    "Central Standard Time": ("(UTC-06:00) Central Time (US & Canada)", "-0600", "-0500"),
    "Mountain Standard Time": ("(UTC-07:00) Mountain Time (US & Canada)", "-0700", "-0600"),
}
WIN_ZONE = {"Eastern Standard Time": ET, "Central Standard Time": CT, "Mountain Standard Time": MT}


# ----------------------------------------------------------------------------- small helpers
def at(y, mo, d, h=0, mi=0, s=0, tz=ET):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert the weekday we name in the text."""
    assert dt.strftime("%A") == name, (dt, dt.strftime("%A"), name)
    return dt


def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def HX(seed, n=32):
    return hx(seed, n).upper()


def rfc(dt):
    return format_datetime(dt)


def h12(dt, compact=False):
    h = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    if compact:  # Google style: 3pm, 9:30am
        return f"{h}{':%02d' % dt.minute if dt.minute else ''}{ampm.lower()}"
    return f"{h}:{dt.minute:02d} {ampm}"


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def addr(name, email):
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ',.()"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def fold_header(key, value):
    line = f"{key}: {value}"
    if "\n" in value or len(line) <= 78:
        return line
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 78:
            out.append(cur)
            cur = " " + w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return "\n".join(out)


def render_headers(pairs):
    return "\n".join(fold_header(k, v) for k, v in pairs)


# ----------------------------------------------------------------------------- iCalendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " ", 1, 75
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vtz_windows(tzid):
    _, std, dst = WIN_TZ[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def vtz_olson(tzid, std, dst, stdname, dstname):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstname}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdname}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


VTZ_NY = vtz_olson("America/New_York", "-0500", "-0400", "EST", "EDT")


def attendee(cn, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn}:mailto:{email}"


def exchange_ics(*, method, uid, seq, stamp, start, end, tzid, organizer, attendees, summary, description,
                 location, status="CONFIRMED", teams_url=None, extra=()):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz_windows(tzid)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [attendee(*a) for a in attendees]
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{ics_esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{ics_esc(summary)}",
              f"DTSTART;TZID={tzid}:{loc(start.astimezone(WIN_ZONE[tzid]))}",
              f"DTEND;TZID={tzid}:{loc(end.astimezone(WIN_ZONE[tzid]))}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if method == 'CANCEL' else 5}", f"DTSTAMP:{z(stamp)}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{ics_esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(uid, 7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}"]
    lines += list(extra)
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E008000000" + HX(seed, 18) + "00000000000000001000000" + HX(seed + "x", 32)


def teams_block(seed):
    mid = int(hx(seed, 12), 16) % 10**12
    meet = " ".join(str(mid).zfill(12)[i:i + 3] for i in range(0, 12, 3))
    pw = base64.b32encode(bytes.fromhex(hx(seed + "pw", 10))).decode()[:6].title().replace("O", "o")
    tid = f"{hx(seed + 't', 8)}-{hx(seed + 't2', 4)}-{hx(seed + 't3', 4)}-{hx(seed + 't4', 4)}-{hx(seed + 't5', 12)}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{base64.urlsafe_b64encode(bytes.fromhex(hx(seed, 36))).decode()}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {meet}\n"
            f"Passcode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
    return url, text


# ----------------------------------------------------------------------------- MIME
def leaf(ctype, body, cte="7bit", disp=None, extra=()):
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if cte == "base64":
        payload = base64.encodebytes(raw).decode().rstrip("\n")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode().rstrip("\n")
    else:
        payload = raw.decode("utf-8").replace("\r\n", "\n").rstrip("\n")
    hdr = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disp:
        hdr.append(("Content-Disposition", disp))
    hdr += list(extra)
    return hdr, payload


def multi(subtype, boundary, parts):
    chunks = []
    for h, b in parts:
        chunks.append(f"--{boundary}\n{render_headers(h)}\n\n{b}\n")
    chunks.append(f"--{boundary}--\n")
    return [("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')], "\n".join(chunks).rstrip("\n")


def message(headers, part):
    h, b = part
    return (render_headers(list(headers) + [("MIME-Version", "1.0")] + h) + "\n\n" + b + "\n").encode("utf-8")


def received(host, ip, dt, seed):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id {HX(seed, 11)}\n"
                        f"        for <{OWNER}>; {rfc(dt + timedelta(seconds=3))}")


def to_html(text, font="Arial,Helvetica,sans-serif"):
    def block(lines):
        out, i = [], 0
        while i < len(lines):
            if lines[i].startswith(">"):
                j = i
                inner = []
                while j < len(lines) and lines[j].startswith(">"):
                    inner.append(lines[j][1:].lstrip(" ") if not lines[j].startswith(">>") else lines[j][1:])
                    j += 1
                out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                           'padding-left:1ex">' + block(inner) + "</blockquote>")
                i = j
            else:
                out.append(htmlmod.escape(lines[i]) + "<br>")
                i += 1
        return "\n".join(out)
    return (f'<div dir="ltr" style="font-family:{font}">\n' + block(text.split("\n")) + "\n</div>\n")


def gmail_style(*, date, frm, to, subject, text, seed, cc=None, irt=None, refs=None, reply_to=None,
                mailer_host="mail-sor-f41.google.com", ip="209.85.220.41", mid=None, cte_text="quoted-printable"):
    mid = mid or f"<CA+{base64.b64encode(bytes.fromhex(hx(seed, 40))).decode().rstrip('=')}@mail.gmail.com>"
    hdr = [("Delivered-To", OWNER), received(mailer_host, ip, date, seed)]
    hdr += [("Date", rfc(date)), ("Message-ID", mid)]
    if irt:
        hdr += [("In-Reply-To", irt), ("References", refs or irt)]
    hdr += [("Subject", subject), ("From", frm), ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    if reply_to:
        hdr.append(("Reply-To", reply_to))
    b = "000000000000" + hx(seed, 12)
    part = multi("alternative", b, [leaf('text/plain; charset="UTF-8"', text + "\n", cte_text),
                                     leaf('text/html; charset="UTF-8"', to_html(text), "quoted-printable")])
    return message(hdr, part), mid


def outlook_style(*, date, frm, to, subject, text, seed, cc=None, irt=None, refs=None, extra_parts=None,
                  host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.212.93", thread_topic=None,
                  mixed_boundary=None):
    mid = f"<{HX(seed, 24)}@{HX(seed + 'h', 4)}PR09MB{int(hx(seed + 'n', 4), 16) % 9000 + 1000}.namprd09.prod.outlook.com>"
    hdr = [("Delivered-To", OWNER), received(host, ip, date, seed), ("From", frm), ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    hdr += [("Subject", subject), ("Thread-Topic", thread_topic or subject.split(": ", 1)[-1]),
            ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()),
            ("Date", rfc(date)), ("Message-ID", mid)]
    if irt:
        hdr += [("References", refs or irt), ("In-Reply-To", irt)]
    hdr += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if extra_parts else ""),
            ("X-MS-TNEF-Correlator", "")]
    b = f"_000_{HX(seed, 32)}namprd09prodoutlookcom_"
    html = to_html(text, font="Aptos,Calibri,sans-serif").replace('class="gmail_quote" ', "")
    part = multi("alternative", b, [leaf('text/plain; charset="us-ascii"' if text.isascii() else 'text/plain; charset="utf-8"',
                                         text + "\n", "quoted-printable"),
                                    leaf('text/html; charset="us-ascii"' if html.isascii() else 'text/html; charset="utf-8"',
                                         html, "quoted-printable")])
    if extra_parts:
        part = multi("mixed", mixed_boundary or f"_004_{HX(seed, 32)}namprd09prodoutlookcom_", [part] + extra_parts)
    return message(hdr, part), mid


def teams_invite(*, date, organizer, attendees, subject, start, end, tzid, intro, seed, uid=None, seq=0,
                 method="REQUEST", location="Microsoft Teams Meeting", to_line=None, cc_line=None, extra_text=""):
    """Exchange Online meeting request / cancellation (multipart/alternative with text/calendar)."""
    tzlabel = WIN_TZ[tzid][0]
    ls, le = start.astimezone(WIN_ZONE[tzid]), end.astimezone(WIN_ZONE[tzid])
    when = f"{long_date(ls)} {h12(ls)}-{h12(le)} {tzlabel}."
    url, tblock = teams_block(seed.split("#")[0])
    if method == "CANCEL":
        text = f"{intro}\n"
    else:
        text = f"{intro}\n\n{tblock}\n{extra_text}"
    plain = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{text}"
    uid = uid or exchange_uid(seed)
    cal = exchange_ics(method=method, uid=uid, seq=seq, stamp=date, start=start, end=end, tzid=tzid,
                       organizer=organizer, attendees=attendees, summary=subject,
                       description=plain, location=location, status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
                       teams_url=None if method == "CANCEL" else url)
    mid = f"<{HX(seed, 24)}@{HX(seed + 'h', 4)}PR11MB{int(hx(seed + 'n', 4), 16) % 9000 + 1000}.namprd11.prod.outlook.com>"
    hdr = [("Delivered-To", OWNER), received("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.54", date, seed),
           ("From", addr(*organizer)), ("To", to_line or ", ".join(addr(a[0], a[1]) for a in attendees))]
    if cc_line:
        hdr.append(("Cc", cc_line))
    hdr += [("Subject", ("Canceled: " + subject) if method == "CANCEL" else subject),
            ("Thread-Topic", subject), ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()),
            ("Date", rfc(date)), ("Message-ID", mid), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx(seed, 20))]
    html = to_html(plain, font="Aptos,Calibri,sans-serif").replace('class="gmail_quote" ', "")
    b = f"_000_{HX(seed, 32)}namprd11prodoutlookcom_"
    part = multi("alternative", b, [leaf('text/plain; charset="utf-8"', plain + "\n", "quoted-printable"),
                                     leaf('text/html; charset="utf-8"', html, "quoted-printable"),
                                     leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64")])
    return message(hdr, part), mid, uid


def google_invite(*, date, organizer, attendees, summary, start, end, description, seed, seq=0, title_prefix="Invitation",
                  self_partstat="NEEDS-ACTION"):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    ls, le = start.astimezone(ET), end.astimezone(ET)
    abbr = ls.tzname()
    when_subj = f"{ls:%a %b} {ls.day}, {ls.year} {h12(ls, True)} - {h12(le, True)} ({abbr})"
    uid = f"{hx(seed, 26)}@google.com"
    meet = f"{hx(seed + 'm', 3)}-{hx(seed + 'm2', 4)}-{hx(seed + 'm3', 3)}".translate(str.maketrans("0123456789", "ghijkmnpqr"))
    guests = "\n".join([f"{organizer[0]} - organizer\n{organizer[1]}"] +
                       [(f"{a[0]}\n{a[1]}" if a[1] != OWNER else a[1]) for a in attendees if a[1] != organizer[1]])
    plain = (f"{summary}\n{ls:%A %b} {ls.day}, {ls.year} \u22c5 {h12(ls, True)} \u2013 {h12(le, True)}\n"
             f"Eastern Time - New York\n\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n\n"
             f"Join by phone\n(US) +1 929-555-01{int(hx(seed, 2), 16) % 90 + 10}\nPIN: {int(hx(seed + 'p', 8), 16) % 10**9}\n\n"
             f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guests}\n\n{description}\n\n"
             f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={hx(seed + 'e', 40)}\n\n"
             "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest "
             "list, invite others regardless of their own invitation status, or modify your RSVP. Learn more "
             "https://support.google.com/calendar/answer/37135#forwarding")
    cal_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
                 f"DTSTAMP:{z(date)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    cal_lines += [attendee(a[0], a[1], "REQ-PARTICIPANT", a[2] if len(a) > 2 else "NEEDS-ACTION", True, google=True)
                  for a in attendees]
    cal_lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{z(date)}",
                  f"DESCRIPTION:{ics_esc(description)}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
                  f"Join with Google Meet: https://meet.google.com/{meet}\\n\\nPlease do not edit this section.\\n"
                  "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
                  f"LAST-MODIFIED:{z(date)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
                  f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE",
                  "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
                  "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(cal_lines)
    mid = f"<calendar-{hx(seed, 8)}-{hx(seed, 12)[8:12]}-{hx(seed + 'a', 4)}-{hx(seed + 'b', 4)}-{hx(seed + 'c', 12)}@google.com>"
    hdr = [("Delivered-To", OWNER), received("mail-sor-f73.google.com", "209.85.220.73", date, seed),
           ("Return-Path", f"<{hx(seed, 20)}@calendar-server.bounces.google.com>"),
           ("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Message-ID", mid), ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")),
           ("Subject", f"{title_prefix}: {summary} @ {when_subj} ({OWNER})"),
           ("From", addr(*organizer)), ("To", OWNER)]
    alt = multi("alternative", "000000000000" + hx(seed + "alt", 12),
                [leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain + "\n", "base64"),
                 leaf('text/html; charset="UTF-8"', to_html(plain, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
                 leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "7bit")])
    part = multi("mixed", "000000000000" + hx(seed + "mix", 12),
                 [alt, leaf('application/ics; name="invite.ics"', cal, "base64", 'attachment; filename="invite.ics"')])
    return message(hdr, part), mid, uid


def quote(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in text.split("\n"))


def gmail_attrib(dt, name, email):
    return f"On {dt:%a, %b} {dt.day}, {dt.year} at {h12(dt)} {name} <{email}> wrote:"


def outlook_quote_head(dt, frm, to, subject, cc=None):
    s = ("________________________________\n"
         f"From: {frm}\nSent: {long_date(dt)} {h12(dt)}\nTo: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(), "end": end.isoformat() if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVES
@case
def c01():
    cid = "b221-01-workday-phone-screen-after-dst"
    sent = wd(at(2026, 10, 29, 15, 12, 4), "Thursday")          # EDT, -04:00
    start = wd(at(2026, 11, 2, 10, 0), "Monday")                 # EST, -05:00 (DST ended Sun Nov 1)
    end = start + timedelta(minutes=30)
    wd(at(2026, 11, 1), "Sunday")
    alicia = ("Alicia Brandt", "alicia.brandt@stonebridge-defense.example")
    role = "Program Manager II (Ground Vehicle Sustainment)"
    text = f"""Hi Dana,

Thank you for your interest in the {role} position (R-0048213) at Stonebridge Defense Systems. We are pleased to confirm your phone interview.

Interview Details
Date: Monday, November 2, 2026
Time: 10:00 AM - 10:30 AM Eastern Time
Interview Type: Phone Interview
Interviewer: Alicia Brandt, Senior Technical Recruiter

Alicia will call you at the primary phone number listed on your candidate profile. A calendar invitation is attached for your convenience.

Please note: Daylight Saving Time ends on Sunday, November 1. Please make sure your calendar shows 10:00 AM Eastern for this call.

If you need to reschedule, please reply directly to Alicia at {alicia[1]} rather than to this message.

To review your application, sign in to Candidate Home:
https://stonebridge.wd5.myworkdayjobs.com/en-US/Stonebridge_Careers/userHome

Best regards,
Talent Acquisition
Stonebridge Defense Systems

Stonebridge Defense Systems is an Equal Opportunity Employer - Minorities/Females/Protected Veterans/Individuals with Disabilities. This is a system-generated message from Workday; replies to this mailbox are not monitored."""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">"
            "<table width=\"600\" align=\"center\"><tr><td style=\"background:#1b365d;padding:16px\">"
            "<span style=\"color:#fff;font-size:20px\">Stonebridge Defense Systems</span></td></tr><tr><td style=\"padding:16px\">"
            + to_html(text).replace('<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif">', "<div>")
            + "</td></tr></table></body></html>\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc.//Workday Recruiting//EN", "VERSION:2.0", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:WD-INTV-{hx(cid, 20)}@myworkday.com", "SEQUENCE:0", f"DTSTAMP:{z(sent)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               f"SUMMARY:{ics_esc('Phone Interview - ' + role + ' - Stonebridge Defense Systems')}",
               f"DESCRIPTION:{ics_esc('Phone interview with Alicia Brandt, Senior Technical Recruiter. Alicia will call you at the number on your candidate profile.')}",
               "LOCATION:Phone", "ORGANIZER;CN=Stonebridge Defense Systems:mailto:stonebridge@myworkday.com",
               attendee("Alicia Brandt", alicia[1], "REQ-PARTICIPANT", "ACCEPTED", False),
               attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    alt = multi("alternative", f"----=_Part_{int(hx(cid, 8), 16)}_{int(hx(cid + 'a', 8), 16)}.1793214724000",
                [leaf('text/plain; charset=UTF-8', text + "\n", "quoted-printable"),
                 leaf('text/html; charset=UTF-8', html, "quoted-printable")])
    part = multi("mixed", f"----=_Part_{int(hx(cid + 'm', 8), 16)}_{int(hx(cid + 'b', 8), 16)}.1793214724001",
                 [alt, leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', cal, "base64",
                            'attachment; filename="Interview.ics"')])
    hdr = [("Delivered-To", OWNER), received("mx0a-00312a01.pphosted.com", "148.163.151.22", sent, cid),
           ("Return-Path", "<bounce-wd5-stonebridge@myworkday.com>"),
           ("Date", rfc(sent)), ("From", "Stonebridge Defense Systems <stonebridge@myworkday.com>"),
           ("To", addr(OWNER_NAME, OWNER)), ("Message-ID", f"<{int(hx(cid, 10), 16)}.{int(hx(cid + 'q', 6), 16)}.JavaMail.wdprod@wd5-prod-mailer-07>"),
           ("Subject", f"Interview Scheduled: {role} (R-0048213)")]
    files = [("01-workday-interview-scheduled.eml", message(hdr, part))]
    lab = label([iv("Stonebridge Defense Systems", role, start, end, "scheduled", [alicia[1]], [alicia[1]], "phone_screen")],
                "medium", "positive/ats-workday-dst",
                "Workday mail sent Thu Oct 29 (EDT, -0400) for Mon Nov 2 10:00 ET, the day after DST ends; the .ics is in UTC "
                "(15:00Z) so reusing the message's -04:00 offset gives a 1-hour error. Recruiter conducts the screen; her "
                "address is given in the body (Workday sender is a no-reply).")
    return cid, files, lab


@case
def c02():
    cid = "b221-02-teams-panel-hm-two-program-leads"
    sent1 = wd(at(2026, 11, 3, 16, 40, 12), "Tuesday")
    sent2 = sent1 + timedelta(minutes=14, seconds=31)
    start = wd(at(2026, 11, 10, 13, 0), "Tuesday")
    end = start + timedelta(minutes=90)
    meghan = ("Meghan Flaherty", "meghan.flaherty@halberd-ms.example")
    greg = ("Gregory Tannenbaum", "gregory.tannenbaum@halberd-ms.example")
    pris = ("Priscilla Oduya", "priscilla.oduya@halberd-ms.example")
    ray = ("Ray Castellanos", "ray.castellanos@halberd-ms.example")
    role = "Senior Program Manager, Army Enterprise IT"
    t1 = f"""Hi Dana,

Great speaking with you this morning. As discussed, the next step for the {role} role is a panel interview next Tuesday afternoon. You'll meet with:

- Greg Tannenbaum, Director, Army Enterprise Programs (hiring manager)
- Priscilla Oduya, Program Lead, Network Modernization
- Ray Castellanos, Program Lead, Cloud Migration

Plan on 90 minutes over Teams. Expect behavioral (STAR) questions plus a short scenario about recovering a slipping IMS on a firm-fixed-price task order. I'm only coordinating, so I won't be on the call - I'll send the Teams invite in a few minutes.

Feel free to reach out with any questions.

Thanks,
Meghan

Meghan Flaherty
Talent Acquisition Coordinator | Halberd Mission Solutions
Herndon, VA | 571-555-0173"""
    m1, mid1 = outlook_style(date=sent1, frm=addr(*meghan), to=addr(OWNER_NAME, OWNER),
                             subject="Next steps - panel interview (Senior PM, Army Enterprise IT)", text=t1, seed=cid + "1")
    intro = (f"Hi Dana,\n\nThis is your panel interview for the {role} position (Req HMS-26-0917). Panelists: Greg "
             "Tannenbaum (hiring manager), Priscilla Oduya and Ray Castellanos. Please join 5 minutes early to check "
             "audio/video.\n\nMeghan Flaherty\nTalent Acquisition Coordinator | Halberd Mission Solutions")
    atts = [(OWNER_NAME, OWNER), greg, pris, ray]
    m2, _, _ = teams_invite(date=sent2, organizer=meghan, attendees=atts,
                            subject=f"Panel Interview - Dana Kowalczyk - {role}", start=start, end=end,
                            tzid="Eastern Standard Time", intro=intro, seed=cid + "2")
    emails = [greg[1], pris[1], ray[1]]
    lab = label([iv("Halberd Mission Solutions", role, start, end, "scheduled", emails, emails, "onsite")],
                "medium", "positive/teams-panel",
                "Coordinator e-mail ('next Tuesday' from Tue Nov 3 = Nov 10) + Exchange/Teams invite with Windows TZID "
                "'Eastern Standard Time'. One 90-min panel (HM + two program leads) = onsite; coordinator organizes but "
                "is not on the call, so not an interviewer.")
    return cid, [("01-recruiter-panel-next-steps.eml", m1), ("02-teams-invite-panel-interview.eml", m2)], lab


@case
def c03():
    cid = "b221-03-icims-reschedule-across-dst"
    sent1 = wd(at(2026, 10, 26, 10, 5, 41), "Monday")
    sent2 = wd(at(2026, 10, 29, 17, 22, 9), "Thursday")
    s0 = wd(at(2026, 10, 30, 14, 0), "Friday")
    start = wd(at(2026, 11, 4, 14, 0), "Wednesday")
    end = start + timedelta(hours=1)
    nadia = ("Nadia Whitcombe", "nadia.whitcombe@corvane.example")
    tomas = ("Tom\u00e1s Reyes", "tomas.reyes@corvane.example")
    role = "Program Manager - Logistics Sustainment"
    uid = f"iCIMS-{hx(cid, 16)}-interview@corvane.icims.com"
    url, tblock = teams_block(cid)

    def mk(sent, s, seq, subject, body, seed):
        e = s + timedelta(hours=1)
        cal = ics(["BEGIN:VCALENDAR", "PRODID:-//iCIMS//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
                   *VTZ_NY, "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{z(sent)}",
                   f"DTSTART;TZID=America/New_York:{loc(s)}", f"DTEND;TZID=America/New_York:{loc(e)}",
                   f"SUMMARY:{ics_esc('Interview: Dana Kowalczyk - ' + role)}",
                   f"DESCRIPTION:{ics_esc('Interviewer: Nadia Whitcombe, Program Director. Microsoft Teams: ' + url)}",
                   "LOCATION:Microsoft Teams",
                   "ORGANIZER;CN=Corvane Talent Acquisition:mailto:corvane@talent.icims.com",
                   attendee(nadia[0], nadia[1], "REQ-PARTICIPANT", "ACCEPTED", False),
                   attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
        htmlb = to_html(body).replace("<div dir=\"ltr\"", "<div")
        alt = multi("alternative", f"=_alt_{hx(seed, 24)}", [leaf("text/plain; charset=utf-8", body + "\n", "quoted-printable"),
                                                               leaf("text/html; charset=utf-8", htmlb, "quoted-printable")])
        part = multi("mixed", f"=_mix_{hx(seed, 24)}", [alt, leaf('text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"',
                                                                  cal, "base64", 'attachment; filename="interview.ics"')])
        hdr = [("Delivered-To", OWNER), received("mail-out-12.icims.com", "66.151.16.112", sent, seed),
               ("Date", rfc(sent)), ("From", "Corvane Aerospace & Defense <corvane@talent.icims.com>"),
               ("Reply-To", addr(*tomas)), ("To", addr(OWNER_NAME, OWNER)),
               ("Message-ID", f"<{hx(seed, 20)}.{int(hx(seed, 6), 16)}@icims.com>"), ("Subject", subject),
               ("X-iCIMS-Template", "Interview Notification")]
        return message(hdr, part)

    b1 = f"""Dear Dana,

Thank you for your interest in Corvane Aerospace & Defense. Your interview for the {role} position (Job ID 2026-11873) has been scheduled.

Date: Friday, October 30, 2026
Time: 2:00 PM - 3:00 PM EDT
Interviewer: Nadia Whitcombe, Program Director
Location: Microsoft Teams (join link is in the attached calendar invitation)

{tblock}

If you have questions, please contact your recruiter, Tom\u00e1s Reyes, at {tomas[1]}.

Sincerely,
Corvane Talent Acquisition"""
    b2 = f"""Dear Dana,

Your interview for the {role} position (Job ID 2026-11873) has been rescheduled.

Previous time: Friday, October 30, 2026, 2:00 PM EDT (cancelled)

NEW Date: Wednesday, November 4, 2026
NEW Time: 2:00 PM - 3:00 PM EST
Interviewer: Nadia Whitcombe, Program Director
Location: Microsoft Teams (same link)

Note from your recruiter: Nadia was pulled into a customer PMR at Redstone Arsenal on Friday, so we moved you to next Wednesday. Sorry for the shuffle! - Tom\u00e1s

An updated calendar invitation is attached. Please remove the previous one from your calendar.

Sincerely,
Corvane Talent Acquisition"""
    f1 = mk(sent1, s0, 0, f"Interview Confirmation: {role} (2026-11873)", b1, cid + "1")
    f2 = mk(sent2, start, 1, f"Interview Rescheduled: {role} (2026-11873)", b2, cid + "2")
    lab = label([iv("Corvane Aerospace & Defense", role, start, end, "scheduled", [nadia[1]], [nadia[1]], "hiring_manager")],
                "medium", "positive/reschedule",
                "iCIMS confirmation for Fri Oct 30 2pm EDT, then 'Interview Rescheduled' (same UID, SEQUENCE:1) to Wed Nov 4 "
                "2pm EST - the move crosses the DST change. One interview at the final time; interviewer in ATTENDEE.")
    return cid, [("01-icims-interview-confirmation.eml", f1), ("02-icims-interview-rescheduled.eml", f2)], lab


@case
def c04():
    cid = "b221-04-taleo-interview-cancelled-cr"
    sent1 = wd(at(2026, 10, 30, 9, 30, 17), "Friday")
    sent2 = sent1 + timedelta(hours=2, minutes=11, seconds=40)
    sent3 = wd(at(2026, 11, 3, 8, 47, 2), "Tuesday")
    start = wd(at(2026, 11, 5, 11, 0), "Thursday")
    end = start + timedelta(hours=1)
    brenda = ("Brenda Saltzman", "bsaltzman@ridgeline-fed.example")
    role = "Project Manager III"
    t1 = f"""Dear Dana Kowalczyk,

Thank you for applying for the {role} position (Requisition 26-0412) with Ridgeline Federal Services. We would like to invite you for an in-person interview.

Interview Date: 11/05/2026 (Thursday)
Interview Time: 11:00 AM - 12:00 PM (GMT-05:00) Eastern Time (US & Canada)
Location: Ridgeline Federal Services, 11710 Plaza America Drive, Suite 400, Reston, VA 20190
Interviewer: Curtis Langford, Deputy Program Manager

Please bring a valid government-issued photo ID and check in with the front desk. Visitor parking is validated.

To confirm your attendance, please reply to your recruiter, Brenda Saltzman, at {brenda[1]}. Replies to this message are not monitored.

Regards,
Ridgeline Federal Services Recruiting

------------------------------------------------------------
This message was sent by Ridgeline Federal Services via Taleo Business Edition."""
    hdr = [("Delivered-To", OWNER), received("smtp22.tbe.taleo.net", "160.34.5.28", sent1, cid + "1"),
           ("Date", rfc(sent1)), ("From", "Ridgeline Federal Services <ridgelinefed@tbe.taleo.net>"),
           ("To", OWNER), ("Message-ID", f"<{int(hx(cid, 12), 16)}.{int(hx(cid + 'x', 5), 16)}@tbe.taleo.net>"),
           ("Subject", f"Interview Invitation - {role} (Req 26-0412)")]
    f1 = message(hdr, leaf('text/plain; charset="us-ascii"', t1 + "\n", "7bit"))
    t2 = f"""Hi Brenda,

Confirming I'll be there Thursday 11/5 at 1100 for the interview with Mr. Langford. Is there anything specific I should bring besides ID - a printed resume or a copy of my PMP certificate?

{OWNER_SIG}"""
    f2, mid2 = gmail_style(date=sent2, frm=addr(OWNER_NAME, OWNER), to=addr(*brenda),
                           subject=f"Re: Interview Invitation - {role} (Req 26-0412)", text=t2, seed=cid + "2",
                           mailer_host="mail-yw1-f170.google.com", ip="209.85.128.170")
    t3 = (f"""Good morning Dana,

I'm sorry to have to do this, but we need to cancel your interview this Thursday (11/5) with Curtis. The task order this position supports was impacted by the continuing resolution, and the requisition has been placed on hold until funding is released.

I'll reach back out as soon as the req reopens - you were one of our strongest candidates, and I'd like to keep you in the pipeline for other PM roles in the meantime.

Respectfully,
Brenda

Brenda Saltzman
Senior Recruiter | Ridgeline Federal Services
703-555-0126

""" + outlook_quote_head(sent2, addr(OWNER_NAME, OWNER), addr(*brenda), f"Re: Interview Invitation - {role} (Req 26-0412)")
          + "\n" + t2)
    f3, _ = outlook_style(date=sent3, frm=addr(*brenda), to=addr(OWNER_NAME, OWNER),
                          subject=f"RE: Interview Invitation - {role} (Req 26-0412)", text=t3, seed=cid + "3", irt=mid2)
    lab = label([iv("Ridgeline Federal Services", role, start, end, "cancelled", [], [brenda[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Taleo invite (plain text, GMT-05:00 label) for Thu Nov 5 11:00-12:00, candidate confirms, recruiter cancels "
                "by e-mail (req on hold, continuing resolution). Kept as cancelled. Interviewer Curtis Langford has no address "
                "in the case, so follow-up goes to the recruiter.")
    return cid, [("01-taleo-interview-invitation.eml", f1), ("02-reply-confirming.eml", f2),
                 ("03-recruiter-cancels-interview.eml", f3)], lab


@case
def c05():
    cid = "b221-05-webex-colorado-springs-mountain"
    sent1 = wd(at(2026, 10, 27, 13, 10, 55, tz=MT), "Tuesday")   # MDT -0600
    sent2 = wd(at(2026, 10, 28, 8, 2, 30, tz=MT), "Wednesday")
    start = wd(at(2026, 11, 3, 9, 0, tz=MT), "Tuesday")           # MST -0700 = 11:00 EST
    assert start.astimezone(ET).hour == 11
    end = start + timedelta(hours=1)
    erin = ("Erin Vasquez-Hale", "erin.vasquezhale@peregrine-orbital.example")
    dwight = ("Dwight Haverkamp", "dwight.haverkamp@peregrine-orbital.example")
    role = "Program Manager, Space Ground Systems Sustainment"
    t1 = f"""Hi Dana,

Good news - Dwight Haverkamp, our Director of Ground Systems Programs and the hiring manager for the {role} role, would like to talk with you.

He has Tuesday, November 3 at 9:00 AM Mountain open, which is 11:00 AM Eastern for you in Virginia (Colorado and Virginia both fall back on Nov 1, so the two-hour difference stays the same). Plan for an hour. Dwight will send you a Webex invite directly.

This role is onsite in Colorado Springs (near Peterson SFB) with relocation assistance, and it requires an active Secret clearance - sounds like yours is current.

Best,
Erin

Erin Vasquez-Hale
Senior Recruiter, Peregrine Orbital Logistics
Colorado Springs, CO"""
    f1, mid1 = gmail_style(date=sent1, frm=addr(*erin), to=addr(OWNER_NAME, OWNER),
                           subject=f"Peregrine Orbital - conversation with Dwight Haverkamp ({role})", text=t1, seed=cid + "1",
                           reply_to=None, mailer_host="mail-pj1-f52.google.com", ip="209.85.216.52")
    mnum = "2634 118 9075"
    jurl = f"https://peregrine-orbital.webex.com/peregrine-orbital/j.php?MTID=m{hx(cid, 32)}"
    subj = "Interview: Dana Kowalczyk / PM, Space Ground Systems"
    t2 = f"""Dwight Haverkamp invites you to join this Webex meeting.

{subj}
Hosted by Dwight Haverkamp
https://peregrine-orbital.webex.com/peregrine-orbital/j.php?MTID=m{hx(cid, 32)}
Tuesday, November 3, 2026 9:00 AM | (UTC-07:00) Mountain Time (US & Canada) | 1 hr

Join meeting: {jurl}

More ways to join:

Join by meeting number
Meeting number (access code): {mnum}
Meeting password: Pm3Nov26!

Tap to join from a mobile device (attendees only)
+1-408-555-0193,,26341189075## United States Toll

Join by phone
+1-408-555-0193 United States Toll
Access code: {mnum}

Need help? Go to https://help.webex.com"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Cisco Systems Inc.//Webex Meetings//EN", "VERSION:2.0", "METHOD:REQUEST",
               *vtz_windows("Mountain Standard Time"), "BEGIN:VEVENT",
               f"ORGANIZER;CN=Dwight Haverkamp:mailto:{dwight[1]}", attendee(OWNER_NAME, OWNER),
               f"DESCRIPTION:{ics_esc(t2)}", f"SUMMARY:{ics_esc(subj)}",
               f"DTSTART;TZID=Mountain Standard Time:{loc(start)}", f"DTEND;TZID=Mountain Standard Time:{loc(end)}",
               f"UID:{HX(cid, 32)}", "SEQUENCE:0", f"DTSTAMP:{z(sent2)}", f"LOCATION:{jurl}",
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "CLASS:PUBLIC", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
               "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    alt = multi("alternative", f"----=_Part_{int(hx(cid + 'w', 7), 16)}_{int(hx(cid + 'v', 8), 16)}.1793286150512",
                [leaf("text/plain; charset=UTF-8", t2 + "\n", "quoted-printable"),
                 leaf("text/html; charset=UTF-8", to_html(t2), "quoted-printable")])
    part = multi("mixed", f"----=_Part_{int(hx(cid + 'x', 7), 16)}_{int(hx(cid + 'y', 8), 16)}.1793286150511",
                 [alt, leaf('text/calendar; charset=UTF-8; method=REQUEST; name="meeting.ics"', cal, "7bit",
                            'attachment; filename="meeting.ics"')])
    hdr = [("Delivered-To", OWNER), received("mda1.webex.com", "66.163.39.19", sent2, cid + "2"),
           ("Date", rfc(sent2)), ("From", "Dwight Haverkamp <messenger@webex.com>"), ("Reply-To", addr(*dwight)),
           ("To", OWNER), ("Message-ID", f"<{int(hx(cid, 9), 16)}.{int(hx(cid + 'k', 6), 16)}.1793286150512@mda1.webex.com>"),
           ("Subject", f"Webex meeting invitation: {subj}")]
    f2 = message(hdr, part)
    lab = label([iv("Peregrine Orbital Logistics", role, start, end, "scheduled", [dwight[1]], [dwight[1]], "hiring_manager")],
                "hard", "positive/timezone-mountain",
                "Colorado Springs hiring manager: 9:00 AM Mountain (MST, -07:00) on Tue Nov 3 = 11:00 EST. Recruiter mail sent "
                "under MDT (-0600) before the DST change; Webex invite uses Windows TZID 'Mountain Standard Time'. Webex "
                "sender is messenger@webex.com; host's real address is in Reply-To/ORGANIZER.")
    return cid, [("01-recruiter-hm-conversation.eml", f1), ("02-webex-invitation.eml", f2)], lab


@case
def c06():
    cid = "b221-06-skillbridge-fellowship-san-antonio-central"
    sent1 = wd(at(2026, 10, 28, 14, 14, 20), "Wednesday")
    sent2 = sent1 + timedelta(hours=1, minutes=3, seconds=12)
    sent3 = wd(at(2026, 10, 29, 8, 51, 44, tz=CT), "Thursday")
    sent4 = sent3 + timedelta(minutes=6, seconds=5)
    start = wd(at(2026, 11, 9, 10, 0, tz=CT), "Monday")
    wd(at(2026, 11, 10, 9, 0, tz=CT), "Tuesday")
    end = start + timedelta(minutes=45)
    latrice = ("Latrice Holloway", "latrice.holloway@forwardmarch-fellows.example")
    hector = ("Hector Villarreal", "hector.villarreal@brazosmedlog.example")
    role = "SkillBridge Program Management Fellow"
    t1 = f"""Hi Dana,

Great news! Brazos Medical Logistics in San Antonio reviewed your packet and would like to interview you for the {role} placement (12 weeks, starting after your commander signs the SkillBridge approval memo).

Their PMO lead, Hector Villarreal (cc'd), will run the interview. He has these windows open (all Central time):

- Mon 11/9 at 1000 or 1400
- Tue 11/10 at 0900

Please reply-all with your preference and Hector will send a Teams invite. Remember to keep your TAP counselor in the loop.

Very respectfully,
Latrice Holloway
Fellowship Placement Coordinator | Forward March Fellows
"Service to Career" | Arlington, VA"""
    f1, mid1 = gmail_style(date=sent1, frm=addr(*latrice), to=addr(OWNER_NAME, OWNER), cc=addr(*hector),
                           subject="SkillBridge placement interview - Brazos Medical Logistics (San Antonio)", text=t1,
                           seed=cid + "1", mailer_host="mail-qk1-f181.google.com", ip="209.85.222.181")
    t2 = f"""Latrice, Mr. Villarreal,

Thank you both. Mon 11/9 at 1000 Central works best for me. My battalion commander has already endorsed the SkillBridge request, so the timing lines up.

{OWNER_SIG}

{gmail_attrib(sent1, latrice[0], latrice[1])}
{quote(t1)}"""
    f2, mid2 = gmail_style(date=sent2, frm=addr(OWNER_NAME, OWNER), to=addr(*latrice), cc=addr(*hector),
                           subject="Re: SkillBridge placement interview - Brazos Medical Logistics (San Antonio)", text=t2,
                           seed=cid + "2", irt=mid1, mailer_host="mail-yw1-f170.google.com", ip="209.85.128.170")
    t3 = f"""Dana,

Confirmed for Monday, November 9 at 10:00 AM Central (11:00 AM Eastern). I'll send a Teams invite shortly; plan on about 45 minutes. We'll talk through how you ran sustainment for your brigade and what you'd want to get out of the fellowship.

Thanks Latrice for setting this up.

Hector Villarreal, PMP
PMO Lead | Brazos Medical Logistics
San Antonio, TX

""" + outlook_quote_head(sent2, addr(OWNER_NAME, OWNER), addr(*latrice), "Re: SkillBridge placement interview - Brazos Medical Logistics (San Antonio)", addr(*hector)) + "\n" + t2.split("\n\n" + gmail_attrib(sent1, latrice[0], latrice[1]))[0]
    f3, mid3 = outlook_style(date=sent3, frm=addr(*hector), to=addr(OWNER_NAME, OWNER), cc=addr(*latrice),
                             subject="RE: SkillBridge placement interview - Brazos Medical Logistics (San Antonio)",
                             text=t3, seed=cid + "3", irt=mid2, refs=f"{mid1} {mid2}")
    intro = (f"Dana - interview for the {role} placement. Looking forward to it.\n\nHector Villarreal\n"
             "PMO Lead | Brazos Medical Logistics")
    f4, _, _ = teams_invite(date=sent4, organizer=hector, attendees=[(OWNER_NAME, OWNER)],
                            subject=f"Interview - Dana Kowalczyk - {role}", start=start, end=end,
                            tzid="Central Standard Time", intro=intro, seed=cid + "4")
    lab = label([iv("Brazos Medical Logistics", role, start, end, "scheduled", [hector[1]], [hector[1]], "hiring_manager")],
                "hard", "positive/timezone-central-thread",
                "SkillBridge fellowship placement interview (a real selection interview with the host company). Coordinator "
                "offers Central-time windows in military time, candidate picks 'Mon 11/9 at 1000 Central', host confirms "
                "(11:00 Eastern) and sends a Teams invite with TZID 'Central Standard Time'. One interview; the "
                "intermediary coordinator is not the interviewer.")
    return cid, [("01-coordinator-offers-windows.eml", f1), ("02-candidate-picks-slot.eml", f2),
                 ("03-host-confirms.eml", f3), ("04-teams-invite.eml", f4)], lab


@case
def c07():
    cid = "b221-07-federal-agency-selecting-official-phone"
    sent1 = wd(at(2026, 10, 21, 6, 2, 11), "Wednesday")
    sent2 = wd(at(2026, 11, 2, 13, 25, 37), "Monday")
    sent3 = sent2 + timedelta(hours=1, minutes=48, seconds=3)
    start = wd(at(2026, 11, 12, 13, 30), "Thursday")
    wd(at(2026, 11, 11), "Wednesday")
    end = start + timedelta(minutes=45)
    yolanda = ("Yolanda Pritchett", "yolanda.pritchett@fsma.example")
    warren = ("Warren Achebe", "warren.achebe@fsma.example")
    role = "Supervisory Program Manager (Logistics), GS-0340-14"
    t1 = f"""Dear Dana Kowalczyk,

The status of your application has changed.

Position: Supervisory Program Manager (Logistics)
Agency: Federal Supply Modernization Administration
Announcement number: FSMA-27-0113-MP
Status: Referred

Your application was referred to the hiring manager for further consideration. If the hiring manager would like to interview you, the agency will contact you directly.

You can track your application at any time by signing into your USAJOBS account and going to the Applications section of your profile.

This is an automated message. Please do not reply.

USAJOBS"""
    hdr = [("Delivered-To", OWNER), received("smtp-out3.usajobs.example", "198.51.100.33", sent1, cid + "1"),
           ("Date", rfc(sent1)), ("From", "USAJOBS <no-reply@notify.usajobs.example>"), ("To", OWNER),
           ("Message-ID", f"<{hx(cid + '1', 24)}@notify.usajobs.example>"),
           ("Subject", "Application status update: Supervisory Program Manager (Logistics)")]
    f1 = message(hdr, multi("alternative", f"b1_{hx(cid, 32)}",
                            [leaf("text/plain; charset=us-ascii", t1 + "\n", "7bit"),
                             leaf("text/html; charset=us-ascii", to_html(t1), "quoted-printable")]))
    t2 = f"""Dear Dana Kowalczyk,

Based on your application for {role}, Announcement FSMA-27-0113-MP, you have been selected to participate in an interview with the selecting official.

Date: Thursday, November 12, 2026
Time: 1:30 PM Eastern
Duration: approximately 45 minutes
Format: Telephone. Mr. Warren Achebe, Director, Office of Program Integration (cc'd), will call you at (703) 555-0148.

The interview is structured; each candidate is asked the same questions, which focus on the competencies listed in the announcement (program management, oversight, and leadership). Please have a copy of your resume available.

Please note that our offices are closed Wednesday, November 11 in observance of Veterans Day. Kindly confirm your availability by replying to this e-mail no later than COB Tuesday, November 10.

Respectfully,

Yolanda Pritchett
Human Resources Specialist (Recruitment & Placement)
Federal Supply Modernization Administration
Office of Human Capital | 202-555-0181"""
    wd(at(2026, 11, 10), "Tuesday")
    f2, mid2 = outlook_style(date=sent2, frm=addr(*yolanda), to=addr(OWNER_NAME, OWNER), cc=addr(*warren),
                             subject=f"Interview Scheduling - FSMA-27-0113-MP - Supervisory Program Manager (Logistics)",
                             text=t2, seed=cid + "2", host="GCC02-DM3-obe.outbound.protection.office365.us", ip="52.127.61.40")
    t3 = f"""Ms. Pritchett,

I confirm my availability for the telephone interview on Thursday, 12 November at 1330 Eastern. Mr. Achebe can reach me at (703) 555-0148.

Thank you, and thank you for honoring Veterans Day.

{OWNER_SIG}

""" + outlook_quote_head(sent2, addr(*yolanda), addr(OWNER_NAME, OWNER), "Interview Scheduling - FSMA-27-0113-MP - Supervisory Program Manager (Logistics)", addr(*warren)) + "\n" + t2
    f3, _ = gmail_style(date=sent3, frm=addr(OWNER_NAME, OWNER), to=addr(*yolanda), cc=addr(*warren),
                        subject="Re: Interview Scheduling - FSMA-27-0113-MP - Supervisory Program Manager (Logistics)",
                        text=t3, seed=cid + "3", irt=mid2, mailer_host="mail-yw1-f170.google.com", ip="209.85.128.170")
    lab = label([iv("Federal Supply Modernization Administration", role, start, end, "scheduled", [warren[1]], [warren[1]],
                    "hiring_manager")],
                "medium", "positive/federal-usajobs",
                "USAJOBS-style 'Referred' notice (not an interview by itself) followed by agency HR scheduling a 45-min "
                "structured phone interview with the selecting official (cc'd) on Thu Nov 12 1:30 PM ET; candidate confirms "
                "in military time. HR specialist only schedules.")
    return cid, [("01-usajobs-status-referred.eml", f1), ("02-agency-hr-interview-scheduling.eml", f2),
                 ("03-candidate-confirms.eml", f3)], lab


@case
def c08():
    cid = "b221-08-two-rounds-screen-then-technical"
    sent1 = wd(at(2026, 10, 27, 11, 20, 8), "Tuesday")
    sent2 = sent1 + timedelta(minutes=52, seconds=40)
    sent3 = sent2 + timedelta(minutes=31, seconds=2)
    sent4 = wd(at(2026, 10, 30, 16, 5, 27), "Friday")
    sent5 = sent4 + timedelta(minutes=9, seconds=15)
    s1 = wd(at(2026, 10, 30, 15, 0), "Friday")       # EDT
    e1 = s1 + timedelta(minutes=30)
    s2 = wd(at(2026, 11, 9, 9, 30), "Monday")        # EST
    e2 = s2 + timedelta(hours=1)
    kendra = ("Kendra Mobley", "kendra.mobley@castellan-sg.example")
    sanjay = ("Sanjay Iyer", "sanjay.iyer@castellan-sg.example")
    role = "Project Manager, C5ISR Integration"
    t1 = f"""Hi Dana,

I came across your profile on the Castellan veterans talent network - your time as a brigade S4 and the fielding work you did on JLTV look like a strong match for our {role} opening at Aberdeen Proving Ground (hybrid, 2-3 days onsite).

Would this Friday, 10/30 at 3:00 PM ET work for a 30-minute phone screen with me? If not, send me a couple of windows that do.

Thanks,
Kendra Mobley
Senior Recruiter, Castellan Systems Group
kendra.mobley@castellan-sg.example | 410-555-0162"""
    f1, mid1 = gmail_style(date=sent1, frm=addr(*kendra), to=addr(OWNER_NAME, OWNER),
                           subject=f"{role} - Castellan Systems Group", text=t1, seed=cid + "1",
                           mailer_host="mail-oi1-f178.google.com", ip="209.85.167.178")
    t2 = f"""Kendra,

Thanks for reaching out. Friday at 1500 works. Best number is (703) 555-0148.

{OWNER_SIG}

{gmail_attrib(sent1, kendra[0], kendra[1])}
{quote(t1)}"""
    f2, mid2 = gmail_style(date=sent2, frm=addr(OWNER_NAME, OWNER), to=addr(*kendra), subject=f"Re: {role} - Castellan Systems Group",
                           text=t2, seed=cid + "2", irt=mid1, mailer_host="mail-yw1-f170.google.com", ip="209.85.128.170")
    f3, _, _ = google_invite(date=sent3, organizer=kendra, attendees=[kendra + ("ACCEPTED",), (OWNER, OWNER)],
                             summary=f"Phone Screen: Dana Kowalczyk / Castellan - {role}", start=s1, end=e1,
                             description="Kendra will call Dana at (703) 555-0148.", seed=cid + "3")
    t4 = f"""Hi Dana,

Great talking with you this afternoon - I've shared my notes with the team and they'd like to move you forward.

Next step is a technical interview with Sanjay Iyer, our Senior Program Manager for the C5ISR portfolio, on Monday, November 9 at 9:30 AM Eastern for an hour. He'll dig into EVM, building and statusing an IMS, and how you'd handle a CDRL that's behind. Heads up that clocks fall back this weekend, so double-check that the invite shows 9:30.

I'm sending the calendar invite now.

Best,
Kendra"""
    f4, mid4 = gmail_style(date=sent4, frm=addr(*kendra), to=addr(OWNER_NAME, OWNER), cc=addr(*sanjay),
                           subject=f"Next step - technical interview ({role})", text=t4, seed=cid + "4",
                           mailer_host="mail-oi1-f178.google.com", ip="209.85.167.178")
    f5, _, _ = google_invite(date=sent5, organizer=kendra,
                             attendees=[kendra + ("ACCEPTED",), sanjay, (OWNER, OWNER)],
                             summary=f"Technical Interview: Dana Kowalczyk / {role}", start=s2, end=e2,
                             description=("Technical interview with Sanjay Iyer (Senior Program Manager, C5ISR). "
                                          "Topics: EVM, IMS, CDRL management. Kendra will not join."), seed=cid + "5")
    lab = label([iv("Castellan Systems Group", role, s1, e1, "scheduled", [kendra[1]], [kendra[1]], "phone_screen"),
                 iv("Castellan Systems Group", role, s2, e2, "scheduled", [sanjay[1]], [sanjay[1]], "technical")],
                "hard", "positive/two-interviews",
                "Two interviews with the same company: recruiter phone screen Fri Oct 30 3pm EDT (she conducts it) and a "
                "technical interview Mon Nov 9 9:30am EST with the senior PM. Google invites carry UTC DTSTARTs on either "
                "side of the DST change; each interview is announced by e-mail + invite (dedupe).")
    return cid, [("01-recruiter-outreach-proposes-screen.eml", f1), ("02-candidate-accepts.eml", f2),
                 ("03-invitation-phone-screen.eml", f3), ("04-recruiter-next-step-technical.eml", f4),
                 ("05-invitation-technical-interview.eml", f5)], lab


@case
def c09():
    cid = "b221-09-gcal-api-event-only"
    created = at(2026, 11, 5, 14, 12, 3).astimezone(UTC)
    start = wd(at(2026, 11, 16, 14, 0), "Monday")
    end = start + timedelta(hours=1)
    olivia = ("Olivia Marchetti", "olivia.marchetti@bastionpoint.example")
    role = "Deputy Program Manager (DHA Medical Logistics)"
    meet = "teams.microsoft.com/l/meetup-join/19%3ameeting_" + hx(cid, 24)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(cid, 12), 16)}\"",
        "id": hx(cid, 26).translate(str.maketrans("0123456789", "ghijklmnop")),
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={base64.b64encode(hx(cid, 26).encode() + b' ' + OWNER.encode()).decode().rstrip('=')}",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=3, seconds=21)).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": f"Interview: Dana Kowalczyk - {role}",
        "description": ("Case-based interview with Olivia Marchetti, VP Health Programs. You'll walk through a "
                        "transition-in plan for a DHA task order (first 90 days, staffing, risk register). 60 minutes.\n\n"
                        f"Join Microsoft Teams meeting: https://{meet}\n\n"
                        "Questions: recruiting@bastionpoint.example"),
        "location": "Microsoft Teams Meeting",
        "creator": {"email": "recruiting@bastionpoint.example", "displayName": "Bastion Point Recruiting"},
        "organizer": {"email": "recruiting@bastionpoint.example", "displayName": "Bastion Point Recruiting"},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": f"{HX(cid, 32)}@bastionpoint.example",
        "sequence": 0,
        "attendees": [
            {"email": "recruiting@bastionpoint.example", "displayName": "Bastion Point Recruiting", "organizer": True,
             "responseStatus": "accepted"},
            {"email": olivia[1], "displayName": olivia[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()
    lab = label([iv("Bastion Point Consulting", role, start, end, "scheduled", [olivia[1]], [olivia[1]], "hiring_manager")],
                "medium", "positive/gcal-api-json",
                "Only a Calendar API event. Organizer is a group recruiting calendar (not a follow-up recipient); the VP "
                "running the case-based interview is the interviewer. Company name only inferable from the bastionpoint "
                "domain/'Bastion Point Recruiting'.")
    return cid, [("01-interview-bastion-point.gcal.json", data)], lab


@case
def c10():
    cid = "b221-10-onsite-loop-chantilly-three-ics"
    sent = wd(at(2026, 11, 12, 10, 41, 19), "Thursday")
    day = wd(at(2026, 11, 18), "Wednesday")
    rhonda = ("Rhonda Gaither", "rhonda.gaither@palisadeforge.example")
    bill = ("Bill Strickland", "bill.strickland@palisadeforge.example")
    amara = ("Amara Diallo", "amara.diallo@palisadeforge.example")
    jonah = ("Jonah Whitfield", "jonah.whitfield@palisadeforge.example")
    luis = ("Luis Ferreira", "luis.ferreira@palisadeforge.example")
    role = "Program Manager, Tactical Power Systems"
    sessions = [
        (at(2026, 11, 18, 9, 0), at(2026, 11, 18, 9, 45), [bill], "Onsite Interview 1 of 3: Bill Strickland (VP Operations)"),
        (at(2026, 11, 18, 10, 0), at(2026, 11, 18, 10, 45), [amara, jonah],
         "Onsite Interview 2 of 3: Amara Diallo (PM) & Jonah Whitfield (Deputy PM)"),
        (at(2026, 11, 18, 13, 0), at(2026, 11, 18, 13, 45), [luis], "Onsite Interview 3 of 3: Luis Ferreira (Chief Engineer)"),
    ]
    t = f"""Good morning Dana,

We're looking forward to hosting you in Chantilly next Wednesday, November 18 for your onsite interviews for the {role} position. Your itinerary:

0830  Arrive / check in at the lobby security desk (14900 Conference Center Dr, Chantilly). Bring two forms of ID - this is a cleared facility; phones go in the lockers.
0900-0945  Bill Strickland, VP Operations
1000-1045  Amara Diallo, Program Manager, and Jonah Whitfield, Deputy Program Manager
1045-1200  Walk-through of the integration lab with Amara
1200-1300  Lunch with the program team (on us)
1300-1345  Luis Ferreira, Chief Engineer
1345  Wrap-up and escort out

I'll send a separate calendar hold for each interview block. Business casual is fine. If anything comes up, call or text me at 703-555-0139.

Best regards,
Rhonda

Rhonda Gaither
Recruiting Coordinator | Palisade Forge Systems"""
    f1, _ = outlook_style(date=sent, frm=addr(*rhonda), to=addr(OWNER_NAME, OWNER),
                          subject=f"Onsite interview itinerary - Wed 11/18 - {role}", text=t, seed=cid + "0")
    files = [("01-onsite-itinerary.eml", f1)]
    names = ["02-session1-strickland.ics", "03-session2-diallo-whitfield.ics", "04-session3-ferreira.ics"]
    for i, (s, e, people, summ) in enumerate(sessions):
        uid = exchange_uid(cid + str(i))
        cal = exchange_ics(method="REQUEST", uid=uid, seq=0, stamp=sent + timedelta(minutes=5 + i), start=s, end=e,
                           tzid="Eastern Standard Time", organizer=rhonda,
                           attendees=[(OWNER_NAME, OWNER)] + [(p[0], p[1]) for p in people],
                           summary=f"{summ} - Dana Kowalczyk", location="Palisade Forge Systems - Chantilly, Bldg 2, Conf Rm 2-114",
                           description=f"Onsite interview for the {role} position. Please check in at the lobby security desk.")
        files.append((names[i], cal.encode()))
    ivs = [bill[1], amara[1], jonah[1], luis[1]]
    lab = label([iv("Palisade Forge Systems", role, sessions[0][0], sessions[-1][1], "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-loop",
                "Same-day loop sent as an itinerary e-mail plus three standalone Exchange .ics holds (Windows TZID). One "
                "onsite from the first session (09:00) to the last (13:45) incl. lab tour and lunch; coordinator is not an "
                "interviewer; check-in time 0830 is not the start.")
    return cid, files, lab


@case
def c11():
    cid = "b221-11-forwarded-coffee-chat-first-round"
    sent1 = wd(at(2026, 11, 2, 7, 58, 33), "Monday")
    sent0 = wd(at(2026, 10, 31, 16, 20, 5), "Saturday")
    sent2 = sent1 + timedelta(hours=1, minutes=12, seconds=9)
    sent3 = sent2 + timedelta(hours=3, minutes=40, seconds=51)
    start = wd(at(2026, 11, 6, 7, 30), "Friday")
    end = start + timedelta(hours=1)
    glen = ("Glen Okonkwo", "glen@okonkwo-advisory.example")
    sheila = ("Sheila Brannigan", "sheila.brannigan@ashgrove-fed.example")
    role = "Program Manager"
    fwd = f"""---------- Forwarded message ---------
From: {addr(*sheila)}
Date: {sent0:%a, %b} {sent0.day}, {sent0.year} at {h12(sent0)}
Subject: Re: Introduction - Dana Kowalczyk (CPT, transitioning)
To: {addr(*glen)}

Glen,

Thanks for the intro - always happy to talk to someone you vouch for. We do have a Program Manager opening on our Army sustainment portfolio.

How we do it: the first step for every PM candidate is an informal conversation with me before we bring anyone in to meet the team, so think of it as our first-round interview. I could do Friday morning at 7:30 at the Panera on Fair Lakes Parkway, or sometime the following week.

Please pass my e-mail to Dana.

Sheila Brannigan
VP, Programs | Ashgrove Federal Partners"""
    t1 = f"""Dana,

See below from Sheila at Ashgrove - she's good people (we served together at CASCOM). Reach out to her directly.

Glen

LTC (Ret.) Glen Okonkwo
Okonkwo Advisory LLC

{fwd}"""
    f1, mid1 = gmail_style(date=sent1, frm=addr(*glen), to=addr(OWNER_NAME, OWNER),
                           subject="Fwd: Re: Introduction - Dana Kowalczyk (CPT, transitioning)", text=t1, seed=cid + "1",
                           mailer_host="mail-lf1-f45.google.com", ip="209.85.167.45")
    t2 = f"""Ms. Brannigan,

Glen passed along your note - thank you for making the time. Friday (11/6) at 0730 at the Panera on Fair Lakes Parkway works for me, and I'll bring a copy of my resume.

{OWNER_SIG}"""
    f2, mid2 = gmail_style(date=sent2, frm=addr(OWNER_NAME, OWNER), to=addr(*sheila), cc=addr(*glen),
                           subject="Ashgrove Program Manager - Friday coffee", text=t2, seed=cid + "2",
                           mailer_host="mail-yw1-f170.google.com", ip="209.85.128.170")
    t3 = f"""Dana,

Perfect - see you Friday at 7:30. Plan on about an hour. I'll be the one with the Ashgrove mug.

Sheila

Get Outlook for iOS<https://aka.ms/o0ukef>

{gmail_attrib(sent2, OWNER_NAME, OWNER)}
{quote(t2)}"""
    f3, _ = outlook_style(date=sent3, frm=addr(*sheila), to=addr(OWNER_NAME, OWNER), cc=addr(*glen),
                          subject="RE: Ashgrove Program Manager - Friday coffee", text=t3, seed=cid + "3", irt=mid2)
    lab = label([iv("Ashgrove Federal Partners", role, start, end, "scheduled", [sheila[1]], [sheila[1]], "other")],
                "hard", "positive/coffee-chat-forwarded",
                "Mentor forwards the VP's note; she states the informal coffee is the first-round interview. 'Friday' "
                "resolved against Mon Nov 2 = Nov 6, 07:30 EST, 'about an hour'. Mentor (Glen) is not involved in hiring.")
    return cid, [("01-mentor-forwards-intro.eml", f1), ("02-candidate-proposes-friday.eml", f2),
                 ("03-vp-confirms.eml", f3)], lab


@case
def c12():
    cid = "b221-12-military-time-tomorrow-1400"
    sent1 = wd(at(2026, 11, 2, 9, 14, 2), "Monday")
    sent2 = sent1 + timedelta(minutes=27, seconds=18)
    sent3 = sent2 + timedelta(minutes=20, seconds=44)
    start = wd(at(2026, 11, 3, 14, 0), "Tuesday")
    end = start + timedelta(minutes=20)
    marisol = ("Marisol Quintero", "mquintero@fieldstone-il.example")
    role = "Logistics Program Manager (Army Prepositioned Stocks)"
    t1 = f"""Good morning Dana,

I found your resume on the RecruitMilitary database and I think you'd be a great fit for our {role} position supporting APS-2 out of our Alexandria office.

Are you available for a quick 20-minute phone screen tomorrow? I'm open 1000-1200 and anytime after 1400 (I was told you all prefer military time!).

Thank you,
Marisol Quintero
Technical Recruiter | Fieldstone Integrated Logistics
Direct: 571-555-0114"""
    f1, mid1 = outlook_style(date=sent1, frm=addr(*marisol), to=addr(OWNER_NAME, OWNER),
                             subject=f"{role} - quick call?", text=t1, seed=cid + "1")
    t2 = f"""Good morning Marisol,

Thanks for reaching out. Tomorrow at 1400 works for me. Best number is (703) 555-0148.

{OWNER_SIG}

{gmail_attrib(sent1, marisol[0], marisol[1])}
{quote(t1)}"""
    f2, mid2 = gmail_style(date=sent2, frm=addr(OWNER_NAME, OWNER), to=addr(*marisol), subject=f"Re: {role} - quick call?",
                           text=t2, seed=cid + "2", irt=mid1, mailer_host="mail-yw1-f170.google.com", ip="209.85.128.170")
    t3 = ("""Locked in - I'll call you tomorrow at 2:00 PM ET. Talk then!

Marisol

""" + outlook_quote_head(sent2, addr(OWNER_NAME, OWNER), addr(*marisol), f"Re: {role} - quick call?") + "\n" +
          t2.split("\n\n" + gmail_attrib(sent1, marisol[0], marisol[1]))[0])
    f3, _ = outlook_style(date=sent3, frm=addr(*marisol), to=addr(OWNER_NAME, OWNER), subject=f"RE: {role} - quick call?",
                          text=t3, seed=cid + "3", irt=mid2, refs=f"{mid1} {mid2}")
    lab = label([iv("Fieldstone Integrated Logistics", role, start, end, "scheduled", [marisol[1]], [marisol[1]], "phone_screen")],
                "medium", "positive/relative-date-thread",
                "Body-only thread on Mon Nov 2: 'tomorrow' + '1400' (military time) = Tue Nov 3 14:00 EST; 20 minutes. "
                "Recruiter conducts the screen.")
    return cid, [("01-recruiter-asks-tomorrow.eml", f1), ("02-candidate-1400.eml", f2), ("03-recruiter-locks-in.eml", f3)], lab


@case
def c13():
    cid = "b221-13-teams-cancelled-then-rebooked"
    sent1 = wd(at(2026, 10, 28, 15, 33, 48), "Wednesday")
    sent2 = wd(at(2026, 11, 2, 7, 12, 5), "Monday")
    sent3 = wd(at(2026, 11, 3, 11, 2, 39), "Tuesday")
    sent4 = sent3 + timedelta(hours=2, minutes=17, seconds=6)
    s1 = wd(at(2026, 11, 4, 10, 0), "Wednesday")
    e1 = s1 + timedelta(hours=1)
    s2 = wd(at(2026, 11, 12, 15, 30), "Thursday")
    e2 = s2 + timedelta(hours=1)
    trevor = ("Trevor Lindqvist", "trevor.lindqvist@ironclad-vector.example")
    shauna = ("Shauna Beckwith", "shauna.beckwith@ironclad-vector.example")
    role = "Program Manager, Army Aviation Logistics"
    subj = f"Interview - Dana Kowalczyk ({role})"
    intro1 = (f"Dana,\n\nLooking forward to our conversation about the {role} role. I'll have about an hour; we'll "
              "cover your sustainment experience and how you'd stand up the PMO for the new task order.\n\n"
              "Trevor Lindqvist\nDirector, Aviation Programs | Ironclad Vector Solutions")
    f1, _, uid1 = teams_invite(date=sent1, organizer=trevor, attendees=[(OWNER_NAME, OWNER), (shauna[0], shauna[1], "OPT-PARTICIPANT")],
                               subject=subj, start=s1, end=e1, tzid="Eastern Standard Time", intro=intro1, seed=cid + "A")
    intro2 = ("Dana - apologies. I've been called down to Fort Campbell for a program review all week, so I need to "
              "cancel Wednesday. Shauna will find us a new time.\n\nTrevor")
    f2, _, _ = teams_invite(date=sent2, organizer=trevor, attendees=[(OWNER_NAME, OWNER), (shauna[0], shauna[1], "OPT-PARTICIPANT")],
                            subject=subj, start=s1, end=e1, tzid="Eastern Standard Time", intro=intro2, seed=cid + "A#c",
                            uid=uid1, seq=1, method="CANCEL")
    t3 = f"""Hi Dana,

Sorry again about Wednesday - Trevor's TDY came up last minute. He can do Thursday, November 12 at 3:30 PM ET instead (same format, one hour on Teams). Trevor will send you a fresh invite today.

Thanks for your flexibility,
Shauna

Shauna Beckwith
Talent Acquisition Partner | Ironclad Vector Solutions"""
    f3, _ = outlook_style(date=sent3, frm=addr(*shauna), to=addr(OWNER_NAME, OWNER), cc=addr(*trevor),
                          subject=f"New time with Trevor - {role}", text=t3, seed=cid + "3")
    intro4 = (f"Dana,\n\nRe-sending for the new date. Same agenda as before.\n\nTrevor Lindqvist\n"
              "Director, Aviation Programs | Ironclad Vector Solutions")
    f4, _, uid2 = teams_invite(date=sent4, organizer=trevor, attendees=[(OWNER_NAME, OWNER), (shauna[0], shauna[1], "OPT-PARTICIPANT")],
                               subject=f"Interview (rescheduled) - Dana Kowalczyk ({role})", start=s2, end=e2,
                               tzid="Eastern Standard Time", intro=intro4, seed=cid + "B")
    assert uid1 != uid2
    lab = label([iv("Ironclad Vector Solutions", role, s1, e1, "cancelled", [trevor[1]], [trevor[1]], "hiring_manager"),
                 iv("Ironclad Vector Solutions", role, s2, e2, "scheduled", [trevor[1]], [trevor[1]], "hiring_manager")],
                "hard", "positive/cancel-then-rebook",
                "Teams invite for Wed Nov 4 10:00 EST, then METHOD:CANCEL (same UID) for a TDY, then the recruiter's new "
                "time and a NEW invite (new UID) for Thu Nov 12 15:30 EST. Per the rules: two entries, one cancelled and "
                "one scheduled. The recruiter is only an optional attendee, not an interviewer.")
    return cid, [("01-teams-invite-nov4.eml", f1), ("02-canceled-interview.eml", f2),
                 ("03-recruiter-new-time.eml", f3), ("04-teams-invite-nov12-new-event.eml", f4)], lab


# ============================================================================= NEGATIVES
@case
def c14():
    cid = "b221-14-background-investigator-subject-interview"
    sent = wd(at(2026, 10, 29, 12, 4, 51), "Thursday")
    start = wd(at(2026, 11, 5, 9, 0), "Thursday")
    end = start + timedelta(hours=2)
    ray = ("Raymond Kessel", "raymond.kessel@keystone-vetting.example")
    t = f"""Dana,

My name is Raymond Kessel. I am a contract background investigator with Keystone Vetting Services, conducting investigations on behalf of the Defense Counterintelligence and Security Agency (DCSA). I have been assigned the Tier 5 investigation submitted in connection with your sponsorship for a TS/SCI position by Stonebridge Defense Systems.

I need to conduct your Enhanced Subject Interview (ESI). I have scheduled it for Thursday, November 5, 2026 from 0900-1100 in a reserved study room at the Potomac Community Library, 2201 Opitz Blvd, Woodbridge. Please bring:

- Government-issued photo ID and your passport (if you have one)
- A copy of your SF-86 / e-QIP as submitted
- Your DD-214 or current military ID
- Any documentation on foreign travel, foreign contacts, and financial items listed in Section 26

This is a subject interview for your security clearance investigation; it is not an employment interview and I have no role in hiring decisions. If the date doesn't work, reply to this e-mail or call my government-furnished cell, 540-555-0187. Please do not discuss the details of your case by e-mail.

Respectfully,
Raymond Kessel
Background Investigator | Keystone Vetting Services
Investigator ID: KVS-4471"""
    cal = exchange_ics(method="REQUEST", uid=exchange_uid(cid), seq=0, stamp=sent, start=start, end=end,
                       tzid="Eastern Standard Time", organizer=ray, attendees=[(OWNER_NAME, OWNER)],
                       summary="Subject Interview (ESI) - Kowalczyk, D. - T5 investigation",
                       description="Enhanced Subject Interview for your background investigation. Bring ID, SF-86 copy, DD-214.",
                       location="Potomac Community Library, 2201 Opitz Blvd, Woodbridge, VA - Study Room B")
    f1, _ = outlook_style(date=sent, frm=addr(*ray), to=addr(OWNER_NAME, OWNER),
                          subject="Scheduling your Subject Interview - Background Investigation (T5)", text=t, seed=cid,
                          extra_parts=[leaf('text/calendar; charset="utf-8"; method=REQUEST; name="SubjectInterview.ics"',
                                            cal, "base64", 'attachment; filename="SubjectInterview.ics"')])
    lab = label([], "hard", "negative/clearance-subject-interview",
                "Security-clearance background investigator schedules an Enhanced Subject Interview with an invite; mentions a "
                "defense contractor as sponsor. Non-job interview (the rules list visa/admissions-style interviews).")
    return cid, [("01-investigator-schedules-esi.eml", f1)], lab


@case
def c15():
    cid = "b221-15-va-cp-exam-appointment"
    sent = wd(at(2026, 10, 27, 6, 30, 0), "Tuesday")
    start = wd(at(2026, 11, 10, 8, 15), "Tuesday")
    end = start + timedelta(minutes=60)
    t = f"""VA Appointment Reminder

Dana Kowalczyk, you have an upcoming appointment.

Compensation & Pension (C&P) Examination - Audiology
Tuesday, November 10, 2026 at 8:15 AM ET
VA Fairfax Community Based Outpatient Clinic, Audiology, Room 214
10300 Eaton Place, Suite 100, Fairfax, VA 22030

What to expect: The examiner will review your records and interview you about your hearing and tinnitus history during service, then complete a hearing test. The exam takes about 60 minutes. This exam is part of your VA disability claim submitted under the Benefits Delivery at Discharge (BDD) program. The examiner does not decide your claim.

Please arrive 15 minutes early and bring a photo ID. If you need to cancel or reschedule, call 703-555-0100. Missing a C&P exam can delay your claim.

Add to calendar: see the attached file.

This is an automated message from the VA appointment notification service. Do not reply to this e-mail.
U.S. Department of Veterans Affairs"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//VA Notify//Appointments//EN", "VERSION:2.0", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{hx(cid, 24)}@notify.va-health.example", f"DTSTAMP:{z(sent)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}", "SUMMARY:VA C&P Exam - Audiology",
               "LOCATION:VA Fairfax CBOC\\, 10300 Eaton Place\\, Fairfax\\, VA", 
               "DESCRIPTION:Compensation & Pension examination (audiology). Arrive 15 minutes early.",
               "END:VEVENT", "END:VCALENDAR"])
    alt = multi("alternative", f"==VA_ALT_{hx(cid, 20)}", [leaf("text/plain; charset=utf-8", t + "\n", "quoted-printable"),
                                                           leaf("text/html; charset=utf-8", to_html(t), "quoted-printable")])
    part = multi("mixed", f"==VA_MIX_{hx(cid, 20)}", [alt, leaf('text/calendar; charset=utf-8; name="VA-appointment.ics"',
                                                              cal, "base64", 'attachment; filename="VA-appointment.ics"')])
    hdr = [("Delivered-To", OWNER), received("out1.notify.va-health.example", "198.51.100.61", sent, cid),
           ("Date", rfc(sent)), ("From", "VA Appointments <no-reply@notify.va-health.example>"), ("To", OWNER),
           ("Message-ID", f"<{hx(cid, 30)}@notify.va-health.example>"),
           ("Subject", "Reminder: VA appointment on Tue, Nov 10 at 8:15 AM")]
    lab = label([], "medium", "negative/medical-appointment",
                "VA compensation & pension exam reminder; the body says the examiner 'will interview you'. Medical "
                "appointment, not a job interview.")
    return cid, [("01-va-appointment-reminder.eml", message(hdr, part))], lab


@case
def c16():
    cid = "b221-16-tap-employment-workshop-teams"
    sent = wd(at(2026, 10, 23, 14, 0, 31), "Friday")
    start = wd(at(2026, 11, 4, 8, 30), "Wednesday")
    end = wd(at(2026, 11, 4, 15, 30), "Wednesday")
    marcus = ("Marcus Petrakis", "marcus.petrakis@belvoir-sfl-tap.example")
    cohort = ("EFCT Cohort 26-11", "efct-cohort-2611@belvoir-sfl-tap.example")
    intro = """Good afternoon, Transitioning Service Members,

This is your invite for Day 2 of the DOL Employment Fundamentals of Career Transition (EFCT) workshop - a required component of the Transition Assistance Program (TAP).

Day 2 agenda:
0830  Interview preparation: behavioral interviews, STAR method, dressing for the interview
1000  Practice interviews in pairs (you will take turns as interviewer and candidate)
1200  Lunch (on your own)
1300  Salary negotiation and understanding offers
1430  Federal hiring: USAJOBS, veterans' preference, Schedule A

Your attendance is tracked for your DD Form 2648 (Preseparation Counseling Checklist). If you cannot attend, notify your TAP counselor before the session.

V/R,
Marcus Petrakis
Transition Services Specialist
Soldier for Life - Transition Assistance Program, Fort Belvoir"""
    f1, _, _ = teams_invite(date=sent, organizer=marcus, attendees=[cohort], to_line=addr(*cohort),
                            subject="TAP EFCT Day 2 - Interview Skills, Salary Negotiation & Federal Hiring (Cohort 26-11)",
                            start=start, end=end, tzid="Eastern Standard Time", intro=intro, seed=cid)
    lab = label([], "medium", "negative/tap-workshop",
                "Transition Assistance Program workshop invite (Teams) whose agenda is about interviews and includes "
                "practice interviews in pairs; sent to a cohort list. Training, not a job interview.")
    return cid, [("01-tap-efct-day2-invite.eml", f1)], lab


@case
def c17():
    cid = "b221-17-mil2civ-resume-webinar-zoom"
    sent = wd(at(2026, 10, 30, 20, 47, 13), "Friday")
    start = wd(at(2026, 11, 5, 19, 0), "Thursday")
    end = start + timedelta(minutes=90)
    title = "From NCOER/OER to Resume: Military-to-Civilian Resume & Interview Prep"
    t = f"""Hi Dana,

Thank you for registering for "{title}".

Please submit any questions to: events@vets2civ.example

Date & Time: Nov 5, 2026 07:00 PM Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android: https://vets2civ.zoom.us/w/{int(hx(cid, 10), 16)}?tk={hx(cid + 'tk', 40)}
Passcode: 514227

Description: Learn how to translate your MOS, awards, and evaluation bullets into civilian accomplishment statements, tailor your resume for defense contractor ATS systems (Workday, iCIMS, Taleo), and answer "Tell me about yourself" in an interview. Hosted by Vets2Civ Career Network volunteer recruiters from the defense industry. Bring your current resume for the live teardown segment.

Add to calendar: Outlook Calendar (.ics) | Google Calendar | Yahoo Calendar

You can cancel your registration at any time.

Thank you!
Vets2Civ Career Network"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC", "BEGIN:VTIMEZONE", "TZID:America/New_York", "LAST-MODIFIED:20250101T000000Z",
               "TZURL:https://www.tzurl.org/zoneinfo-outlook/America/New_York", "X-LIC-LOCATION:America/New_York",
               "BEGIN:DAYLIGHT", "TZNAME:EDT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "DTSTART:19700308T020000",
               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZNAME:EST",
               "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
               "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=America/New_York:{loc(start)}", f"DTEND;TZID=America/New_York:{loc(end)}",
               f"SUMMARY:{ics_esc(title)}", f"UID:{z(sent)}-{int(hx(cid, 10), 16)}@zoom.us", "TZID:America/New_York",
               f"DESCRIPTION:{ics_esc('Webinar hosted by Vets2Civ Career Network. Join: https://vets2civ.zoom.us/w/' + str(int(hx(cid, 10), 16)))}",
               f"LOCATION:https://vets2civ.zoom.us/w/{int(hx(cid, 10), 16)}",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    alt = multi("alternative", f"----=_Part_{int(hx(cid, 8), 16)}_{int(hx(cid + 'z', 8), 16)}.1793580433000",
                [leaf("text/plain; charset=UTF-8", t + "\n", "quoted-printable"),
                 leaf("text/html; charset=UTF-8", to_html(t), "quoted-printable")])
    part = multi("mixed", f"----=_Part_{int(hx(cid + 'm', 8), 16)}_{int(hx(cid + 'y', 8), 16)}.1793580433001",
                 [alt, leaf('text/calendar; charset=UTF-8; name="webinar.ics"', cal, "base64", 'attachment; filename="webinar.ics"')])
    hdr = [("Delivered-To", OWNER), received("mta-198-251-8-12.zoom.us", "198.251.8.12", sent, cid),
           ("Date", rfc(sent)), ("From", "Vets2Civ Career Network <no-reply@zoom.us>"), ("Reply-To", "events@vets2civ.example"),
           ("To", addr(OWNER_NAME, OWNER)), ("Message-ID", f"<{hx(cid, 24)}.{int(hx(cid, 6), 16)}@zoom.us>"),
           ("Subject", f"Vets2Civ Career Network: {title} Confirmation")]
    lab = label([], "easy", "negative/webinar",
                "Zoom webinar registration confirmation for a military-to-civilian resume and interview-prep session, with .ics.")
    return cid, [("01-zoom-webinar-registration.eml", message(hdr, part))], lab


@case
def c18():
    cid = "b221-18-meet-the-recruiters-open-house"
    sent = wd(at(2026, 10, 26, 17, 45, 9), "Monday")
    start = wd(at(2026, 11, 4, 16, 0), "Wednesday")
    end = start + timedelta(hours=3)
    jess = ("Jess Carrow", "jess.carrow@anvilridge.example")
    t = f"""Hi Dana,

You're confirmed for our Cleared Professionals "Meet the Recruiters" Open House!

When: Wednesday, November 4, 2026, 4:00 - 7:00 PM ET (drop in any time)
Where: Anvil Ridge Technologies, 2400 Dulles Corner Blvd, Herndon, VA - 1st floor Innovation Center

Who should come: transitioning service members and veterans with an active Secret or TS clearance interested in program management, logistics, and systems engineering roles.

What to expect: meet our recruiters and hiring teams, learn about open requisitions, and get your resume in front of the right people. There are no scheduled interviews at the event; if there's a fit, a recruiter will follow up afterward to set up an interview.

Bring: several copies of your resume. Light refreshments provided. Free parking in the garage.

A calendar hold is attached. Questions? Just reply to me.

Jess Carrow
Military & Veteran Talent Acquisition | Anvil Ridge Technologies"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Anvil Ridge Technologies//Events//EN", "VERSION:2.0", "METHOD:PUBLISH",
               *VTZ_NY, "BEGIN:VEVENT", f"UID:{hx(cid, 20)}@events.anvilridge.example", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=America/New_York:{loc(start)}", f"DTEND;TZID=America/New_York:{loc(end)}",
               "SUMMARY:Anvil Ridge Hiring Event - Meet the Recruiters Open House (Cleared Professionals)",
               "LOCATION:2400 Dulles Corner Blvd\\, Herndon\\, VA",
               "DESCRIPTION:Drop-in hiring event. Bring copies of your resume.", "STATUS:CONFIRMED", "TRANSP:TRANSPARENT",
               "END:VEVENT", "END:VCALENDAR"])
    f1, _ = gmail_style(date=sent, frm=addr(*jess), to=addr(OWNER_NAME, OWNER),
                        subject="You're confirmed: Meet the Recruiters Open House - Herndon, Nov 4", text=t, seed=cid,
                        mailer_host="mail-pf1-f169.google.com", ip="209.85.210.169")
    # Gmail-style human mail with the .ics attached: wrap into multipart/mixed
    head, body = f1.decode().split("\n\n", 1)
    hdr_lines = head.split("\nMIME-Version: 1.0\n")[0]
    alt_ct = head.split("\nMIME-Version: 1.0\n")[1]
    b = "000000000000" + hx(cid + "mix", 12)
    newbody = (f"--{b}\n{alt_ct}\n\n{body.rstrip(chr(10))}\n\n--{b}\n"
               'Content-Type: text/calendar; charset="UTF-8"; name="AnvilRidge-OpenHouse.ics"\n'
               'Content-Disposition: attachment; filename="AnvilRidge-OpenHouse.ics"\nContent-Transfer-Encoding: base64\n\n'
               + base64.encodebytes(cal.encode()).decode() + f"--{b}--\n")
    f1 = (hdr_lines + "\nMIME-Version: 1.0\n" + f'Content-Type: multipart/mixed; boundary="{b}"' + "\n\n" + newbody).encode()
    ev = {
        "kind": "calendar#event", "etag": f"\"{int(hx(cid, 12), 16)}\"",
        "id": hx(cid + "ev", 26).translate(str.maketrans("0123456789", "ghijklmnop")), "status": "confirmed",
        "created": (sent + timedelta(minutes=20)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent + timedelta(minutes=20)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Anvil Ridge - Meet the Recruiters (bring 10 resumes)",
        "description": "Hiring event, drop in 4-7. Ask about PM roles on the Army Futures portfolio. Contact: Jess Carrow.",
        "location": "2400 Dulles Corner Blvd, Herndon, VA",
        "creator": {"email": OWNER, "self": True}, "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": f"{hx(cid + 'ev', 26)}@google.com", "sequence": 0,
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    f2 = (json.dumps(ev, indent=2) + "\n").encode()
    lab = label([], "hard", "negative/hiring-event",
                "RSVP confirmation for a drop-in 'Meet the Recruiters' open house (with .ics) plus the owner's own calendar "
                "entry for it. Hiring vocabulary and a recruiter contact, but no scheduled interview.")
    return cid, [("01-open-house-rsvp-confirmed.eml", f1), ("02-own-calendar-entry.gcal.json", f2)], lab


@case
def c19():
    cid = "b221-19-volunteer-mock-interviewer"
    sent = wd(at(2026, 10, 29, 19, 2, 44), "Thursday")
    start = wd(at(2026, 11, 7, 9, 0), "Saturday")
    end = start + timedelta(hours=3)
    pauline = ("Pauline Stroud", "pauline.stroud@vcbridge.example")
    desc = ("Thank you for volunteering as a MOCK INTERVIEWER for Veteran Career Bridge's November Mock Interview Day! "
            "You'll interview three transitioning service members (40 minutes each) using the question bank we sent, "
            "then give them feedback. Interview room assignments will be handed out at check-in.\n\n"
            "Schedule: 0900 check-in & briefing, 0915-1200 interviews.\n"
            "Location: Veteran Career Bridge, 6564 Loisdale Ct, Springfield, VA (also on Meet for remote volunteers).\n\n"
            "Questions: Pauline Stroud, Volunteer Coordinator")
    f1, _, _ = google_invite(date=sent, organizer=pauline, attendees=[pauline + ("ACCEPTED",), (OWNER, OWNER)],
                             summary="Mock Interview Day - Volunteer Interviewer (Dana Kowalczyk)", start=start, end=end,
                             description=desc, seed=cid)
    lab = label([], "medium", "negative/user-is-mock-interviewer",
                "Google invite where the owner volunteers as the interviewer at a nonprofit mock interview day. The user "
                "interviews others, and it is a mock session.")
    return cid, [("01-invitation-mock-interview-day.eml", f1)], lab


@case
def c20():
    cid = "b221-20-usajobs-referred-interview-window"
    sent = wd(at(2026, 11, 6, 5, 41, 18), "Friday")
    wd(at(2026, 11, 16), "Monday")
    wd(at(2026, 11, 20), "Friday")
    t = """Dear Dana Kowalczyk,

The status of your application has changed.

Position: Program Manager (Acquisition Logistics)
Agency: Defense Sustainment Management Agency
Announcement number: DSMA-27-0458-DE
Grade: GS-0340-13
Status: Referred

Your application was referred to the selecting official for consideration. The agency anticipates conducting interviews between Monday, November 16, 2026 and Friday, November 20, 2026. If you are selected for an interview, the agency's human resources office will contact you with a date and time. Not all referred applicants will be interviewed.

Veterans' preference: your claim of 10-point preference (CPS) has been verified based on your DD-214/VA letter.

You can track your application at any time by signing into your USAJOBS account.

This is an automated message. Please do not reply.

USAJOBS"""
    hdr = [("Delivered-To", OWNER), received("smtp-out1.usajobs.example", "198.51.100.31", sent, cid),
           ("Date", rfc(sent)), ("From", "USAJOBS <no-reply@notify.usajobs.example>"), ("To", OWNER),
           ("Message-ID", f"<{hx(cid, 24)}@notify.usajobs.example>"),
           ("Subject", "Application status update: Program Manager (Acquisition Logistics)")]
    f1 = message(hdr, multi("alternative", f"b1_{hx(cid, 32)}",
                            [leaf("text/plain; charset=us-ascii", t + "\n", "7bit"),
                             leaf("text/html; charset=us-ascii", to_html(t), "quoted-printable")]))
    lab = label([], "medium", "negative/application-status",
                "USAJOBS-style 'Referred' status notice that names an anticipated interview window but books nothing.")
    return cid, [("01-usajobs-referred.eml", f1)], lab


@case
def c21():
    cid = "b221-21-icims-self-schedule-unbooked"
    sent = wd(at(2026, 11, 3, 12, 18, 40), "Tuesday")
    slots = [wd(at(2026, 11, 5, 10, 0), "Thursday"), wd(at(2026, 11, 5, 11, 0), "Thursday"),
             wd(at(2026, 11, 6, 13, 0), "Friday"), wd(at(2026, 11, 9, 15, 30), "Monday")]
    base = f"https://bluewater-id.icims.com/jobs/candidate/schedule?token={hx(cid, 40)}"
    slot_lines = "\n".join(f"- {long_date(s)}, {h12(s)} EST  Select: {base}&slot={i + 1}" for i, s in enumerate(slots))
    t = f"""Dear Dana,

Thank you for your interest in the Sustainment Project Manager position (Job ID 2026-4417) at Bluewater Integrated Defense. The hiring team would like to schedule a 45-minute video interview with you.

Please select ONE of the available times below. Your interview is not confirmed until you select a time and receive a confirmation e-mail with the meeting details.

{slot_lines}

None of these times work? Let us know: {base}&slot=none

Slots are offered on a first-come, first-served basis and this link expires in 72 hours.

Regards,
Bluewater Integrated Defense Talent Acquisition"""
    alt = multi("alternative", f"=_alt_{hx(cid, 24)}", [leaf("text/plain; charset=utf-8", t + "\n", "quoted-printable"),
                                                         leaf("text/html; charset=utf-8", to_html(t), "quoted-printable")])
    hdr = [("Delivered-To", OWNER), received("mail-out-07.icims.com", "66.151.16.107", sent, cid),
           ("Date", rfc(sent)), ("From", "Bluewater Integrated Defense <bluewaterid@talent.icims.com>"),
           ("To", addr(OWNER_NAME, OWNER)), ("Message-ID", f"<{hx(cid, 20)}.{int(hx(cid, 6), 16)}@icims.com>"),
           ("Subject", "Action Required: Please select your interview time - Sustainment Project Manager"),
           ("X-iCIMS-Template", "Self-Scheduling Invitation")]
    lab = label([], "medium", "negative/availability-request",
                "iCIMS self-scheduling e-mail offering four slots; nothing selected or confirmed in the mailbox.")
    return cid, [("01-icims-select-interview-time.eml", message(hdr, alt))], lab


@case
def c22():
    cid = "b221-22-workday-rejection-after-interview"
    sent = wd(at(2026, 11, 4, 16, 2, 50), "Wednesday")
    wd(at(2026, 10, 22), "Thursday")
    t = """Dear Dana,

Thank you for taking the time to interview with us on Thursday, October 22 for the Senior Project Manager (Army Contracting Command support) position (R-0031957). We enjoyed learning about your experience.

After careful consideration, we have decided to move forward with another candidate whose experience more closely aligns with the current needs of the program.

We encourage you to apply for future openings that match your background; you can set up job alerts in Candidate Home. Thank you for your service, and we wish you the best in your transition.

Sincerely,
Tidewater Aegis Corporation Talent Acquisition

This is a system-generated message from Workday. Replies to this mailbox are not monitored."""
    alt = multi("alternative", f"----=_Part_{int(hx(cid, 8), 16)}_{int(hx(cid + 'a', 8), 16)}.1793743370000",
                [leaf("text/plain; charset=UTF-8", t + "\n", "quoted-printable"),
                 leaf("text/html; charset=UTF-8", to_html(t), "quoted-printable")])
    hdr = [("Delivered-To", OWNER), received("mx0b-00312a01.pphosted.com", "148.163.156.22", sent, cid),
           ("Date", rfc(sent)), ("From", "Tidewater Aegis Corporation <tidewateraegis@myworkday.com>"),
           ("To", addr(OWNER_NAME, OWNER)),
           ("Message-ID", f"<{int(hx(cid, 10), 16)}.{int(hx(cid + 'q', 6), 16)}.JavaMail.wdprod@wd1-prod-mailer-03>"),
           ("Subject", "Update on your application - Senior Project Manager (R-0031957)")]
    lab = label([], "easy", "negative/rejection",
                "Workday rejection that refers to a past interview date; no upcoming interview.")
    return cid, [("01-workday-decision.eml", message(hdr, alt))], lab


# ============================================================================= main
def main():
    labels = {}
    ids = []
    for fn in CASES:
        cid, files, lab = fn()
        assert cid.startswith("b221-") and cid not in labels
        ids.append(cid)
        folder = os.path.join(HERE, cid)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for name, data in files:
            assert name[:3] == f"{names.index(name) + 1:02d}-", name
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data)
        labels[cid] = lab
    nums = [int(c.split("-")[1]) for c in ids]
    assert nums == list(range(1, len(ids) + 1)), nums
    for entry in os.listdir(HERE):
        if entry.startswith("b221-") and entry not in labels:
            shutil.rmtree(os.path.join(HERE, entry))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind221 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
