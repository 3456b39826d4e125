#!/usr/bin/env python3
"""Regenerate the blind142 evaluation set (pharma / med-device field-sales job search).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed (ids are derived from
fixed seed strings with sha256), so running this twice produces byte-identical files.
Standard library + PyYAML only.  All offsets are computed with zoneinfo.

Usage:  python make_cases.py      (writes b142-* folders and labels.yaml next to this file)
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = timezone.utc

OWNER = "marisol.keegan@example.com"
OWNER_NAME = "Marisol Keegan"
WORK = "marisol.keegan@aldenbrook-pharma.example"   # current employer, auto-forwarded to OWNER
CELL = "(973) 555-0148"


# ----------------------------------------------------------------------------- time helpers
def at(y, mo, d, h=0, mi=0, tz=ET, weekday=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, weekday)
    return dt


def hm(dt):             # 3:00 PM
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def hm_lc(dt):          # 3:00pm  (Calendly)
    return f"{dt.hour % 12 or 12}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def gtime(dt):          # 3pm / 4:30pm  (Google Calendar)
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def long_date(dt):      # Wednesday, February 11, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def gdate(dt):          # Wed Feb 11, 2026
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def rfc(dt):
    return format_datetime(dt)


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat()


def hx(seed, n=32, upper=False):
    h = hashlib.sha256(seed.encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def guid(seed):
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def b32ish(seed, n):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(seed.encode()).digest()
    while len(h) < n:
        h += hashlib.sha256(h).digest()
    return "".join(alphabet[b % 36] for b in h[:n])


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    pieces, cur, curlen, first = [], "", 0, True
    for ch in line:
        ln = len(ch.encode("utf-8"))
        lim = 75 if first else 74
        if curlen + ln > lim:
            pieces.append(cur)
            cur, curlen, first = "", 0, False
        cur += ch
        curlen += ln
    pieces.append(cur)
    return "\r\n ".join(pieces)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_WIN = {
    "Eastern Standard Time": ["-0400", "-0500"],
    "Central Standard Time": ["-0500", "-0600"],
}
WIN_TZ = {"Eastern Standard Time": ET, "Central Standard Time": CT}
WIN_LABEL = {"Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
             "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)"}


def vtimezone_windows(tzid):
    dst, std = VTZ_WIN[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


VTIMEZONE_NY = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                "END:VTIMEZONE"]


def teams_block(seed):
    tid, oid = guid(seed + "tid"), guid(seed + "oid")
    mid = hx(seed + "mid", 12)
    mid_digits = "".join(str(int(c, 16) % 10) for c in mid)
    meeting_id = f"{mid_digits[0:3]} {mid_digits[3:6]} {mid_digits[6:9]} {mid_digits[9:12]}"
    thread = b32ish(seed + "thread", 32)
    passcode = b32ish(seed + "pc", 6)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    line = "_" * 80
    text = (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{thread}@thread.v2"
            f"&messageId=0&language=en-US>\n{line}\n")
    return text, url


def exchange_ics(*, method, organizer, attendees, summary, description, start, end, tzid, uid, seq,
                 dtstamp, location, teams_url=None, status=None):
    tz = WIN_TZ[tzid]
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + vtimezone_windows(tzid) + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, addr, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{addr}")
    cancel = method == "CANCEL"
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{ical_local(start, tz)}",
              f"DTEND;TZID={tzid}:{ical_local(end, tz)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}",
              f"DTSTAMP:{ical_utc(dtstamp)}", f"TRANSP:{'TRANSPARENT' if cancel else 'OPAQUE'}",
              f"STATUS:{status or ('CANCELLED' if cancel else 'CONFIRMED')}",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid + 'own', 8), 16) % 2000000000 - 1000000000}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 72, upper=True)


def google_ics(*, method, organizer, attendees, summary, description, start, end, uid, seq, dtstamp,
               created, location="", meet=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"DTSTAMP:{ical_utc(dtstamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, addr, partstat in attendees:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT="
                     f"{partstat};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{ical_utc(created)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{ical_utc(dtstamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT",
              "END:VCALENDAR"]
    return ics(lines)


# ----------------------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, ctype, text=None, data=None, cte="7bit", extra=()):
        self.ctype, self.text, self.data, self.cte, self.extra = ctype, text, data, cte, list(extra)

    def render(self):
        raw = self.data if self.data is not None else self.text.encode("utf-8")
        if self.cte == "base64":
            body = base64.encodebytes(raw).decode("ascii")
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw).decode("ascii")
        else:
            body = raw.decode("utf-8").replace("\r\n", "\n")
            assert body.isascii(), body[:80]
        if not body.endswith("\n"):
            body += "\n"
        hdr = [f"Content-Type: {self.ctype}", f"Content-Transfer-Encoding: {self.cte}"] + self.extra
        return "\n".join(hdr) + "\n\n" + body


class Multi:
    def __init__(self, subtype, boundary, parts, extra=()):
        self.subtype, self.boundary, self.parts, self.extra = subtype, boundary, parts, list(extra)

    def render(self):
        out = f'Content-Type: multipart/{self.subtype};\n boundary="{self.boundary}"\n'
        out += "".join(e + "\n" for e in self.extra) + "\n"
        for p in self.parts:
            out += f"--{self.boundary}\n" + p.render() + "\n"
        out += f"--{self.boundary}--\n"
        return out


def H(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def A(name, addr):
    return formataddr((name, addr))


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    return ("\n".join(lines) + "\n" + body.render()).encode("utf-8")


def received(host, ip, when, seed):
    return (f"from {host} ({host} [{ip}])\n        by mx.example.com (Postfix) with ESMTPS id "
            f"{hx(seed, 11, upper=True)}\n        for <{OWNER}>; {rfc(when + timedelta(seconds=3))}")


def gmail_boundary(seed):
    return "000000000000" + hx(seed, 16)


def outlook_boundary(seed):
    return "_000_" + hx(seed, 32, upper=True) + "namprd00prodoutlookcom_"


def outlook_msgid(seed, pod="PH0PR11MB"):
    return f"<{pod}{hx(seed + 'p', 4, upper=True)}{hx(seed, 28, upper=True)}@{pod}{hx(seed + 'p', 4, upper=True)}.namprd11.prod.outlook.com>"


def html_from_text(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def outlook_html(text):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n'
            + html_from_text(text) + "\n</div></body></html>\n")


def gmail_html(text):
    return '<div dir="ltr">' + html_from_text(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>\n"


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------- builders
def exchange_invite(*, seed, sent, organizer, to, cc=(), subject, start, end, tzid, location,
                    body, uid, seq=0, method="REQUEST", teams=True, attendees=None,
                    delivered_to=OWNER, extra_headers=(), summary=None):
    """Exchange/Outlook meeting request (or cancellation): multipart/alternative, QP text/html,
    base64 text/calendar with a Windows TZID."""
    tz = WIN_TZ[tzid]
    s, e = start.astimezone(tz), end.astimezone(tz)
    when = f"When: {long_date(s)} {hm(s)}-{hm(e)} {WIN_LABEL[tzid]}."
    tb, turl = teams_block(seed) if teams else ("", None)
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n" + tb
    html = outlook_html(text)
    if attendees is None:
        attendees = [(n, a, "REQ-PARTICIPANT") for n, a in to] + [(n, a, "OPT-PARTICIPANT") for n, a in cc]
    cal = exchange_ics(method=method, organizer=organizer, attendees=attendees,
                       summary=summary or subject, description=text, start=start, end=end, tzid=tzid,
                       uid=uid, seq=seq, dtstamp=sent.astimezone(UTC), location=location, teams_url=turl)
    b = outlook_boundary(seed)
    body_part = Multi("alternative", b, [
        Leaf('text/plain; charset="utf-8"', text, cte="quoted-printable"),
        Leaf('text/html; charset="utf-8"', html, cte="quoted-printable"),
        Leaf(f'text/calendar; charset="utf-8"; method={method}', cal, cte="base64"),
    ])
    msgid = outlook_msgid(seed)
    headers = [("Delivered-To", delivered_to),
               ("Received", received(f"mail-{hx(seed + 'h', 6)}.outbound.protection.outlook.com",
                                     f"40.107.{int(hx(seed + 'i', 2), 16) % 200}.{int(hx(seed + 'j', 2), 16) % 250}", sent, seed)),
               *extra_headers,
               ("From", A(*organizer)),
               ("To", ", ".join(A(n, a) for n, a in to)),
               ("CC", ", ".join(A(n, a) for n, a in cc) if cc else None),
               ("Subject", H(subject)),
               ("Thread-Topic", H(subject.split(": ", 1)[1] if subject.startswith("Canceled: ") else subject)),
               ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()),
               ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
               ("Message-ID", msgid),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("MIME-Version", "1.0")]
    return message(headers, body_part), msgid


def outlook_mail(*, seed, sent, sender, to, cc=(), subject, body, delivered_to=OWNER, in_reply_to=None,
                 references=None, extra_headers=(), html=True):
    b = outlook_boundary(seed)
    parts = [Leaf('text/plain; charset="utf-8"', body, cte="quoted-printable")]
    if html:
        parts.append(Leaf('text/html; charset="utf-8"', outlook_html(body), cte="quoted-printable"))
    msgid = outlook_msgid(seed)
    headers = [("Delivered-To", delivered_to),
               ("Received", received(f"mail-{hx(seed + 'h', 6)}.outbound.protection.outlook.com",
                                     f"40.107.{int(hx(seed + 'i', 2), 16) % 200}.{int(hx(seed + 'j', 2), 16) % 250}", sent, seed)),
               *extra_headers,
               ("From", A(*sender)),
               ("To", ", ".join(A(n, a) for n, a in to)),
               ("CC", ", ".join(A(n, a) for n, a in cc) if cc else None),
               ("Subject", H(subject)),
               ("Thread-Topic", H(subject.replace("RE: ", "").replace("FW: ", ""))),
               ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()),
               ("Date", rfc(sent)),
               ("Message-ID", msgid),
               ("In-Reply-To", in_reply_to),
               ("References", references),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""),
               ("MIME-Version", "1.0")]
    body_part = Multi("alternative", b, parts) if html else parts[0]
    return message(headers, body_part), msgid


def gmail_mail(*, seed, sent, sender, to, cc=(), subject, body, delivered_to=OWNER, in_reply_to=None,
               references=None, html_body=None, extra_headers=()):
    """Gmail / Google Workspace style message: multipart/alternative, text/plain + text/html."""
    msgid = f"<CA{b32ish(seed, 40).upper()[:12]}{b32ish(seed + 'x', 28)}@mail.gmail.com>"
    b = gmail_boundary(seed)
    parts = [Leaf('text/plain; charset="UTF-8"', body, cte="quoted-printable"),
             Leaf('text/html; charset="UTF-8"', html_body or gmail_html(body), cte="quoted-printable")]
    dom = sender[1].split("@")[1]
    headers = [("Delivered-To", delivered_to),
               ("Received", received(f"mail-sor-f{int(hx(seed, 2), 16) % 90 + 10}.google.com",
                                     f"209.85.220.{int(hx(seed + 'i', 2), 16) % 250}", sent, seed)),
               ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=google; t={int(sent.timestamp())};\n"
                                  f"        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
                                  f"        bh={base64.b64encode(bytes.fromhex(hx(seed + 'bh', 64))).decode()}"),
               *extra_headers,
               ("MIME-Version", "1.0"),
               ("From", A(*sender)),
               ("Date", rfc(sent)),
               ("Message-ID", msgid),
               ("In-Reply-To", in_reply_to),
               ("References", references),
               ("Subject", H(subject)),
               ("To", ", ".join(A(n, a) for n, a in to)),
               ("Cc", ", ".join(A(n, a) for n, a in cc) if cc else None)]
    return message(headers, Multi("alternative", b, parts)), msgid


def iphone_mail(*, seed, sent, sender, to, subject, body, in_reply_to=None, references=None):
    msgid = f"<{guid(seed).upper()}@{sender[1].split('@')[1]}>"
    headers = [("Delivered-To", OWNER),
               ("Received", received(f"mail.{sender[1].split('@')[1]}", f"198.51.100.{int(hx(seed, 2), 16) % 250}", sent, seed)),
               ("Content-Type", "text/plain;\n\tcharset=utf-8"),
               ("Content-Transfer-Encoding", "quoted-printable"),
               ("From", A(*sender)),
               ("Mime-Version", "1.0 (1.0)"),
               ("Subject", H(subject)),
               ("Date", rfc(sent)),
               ("Message-Id", msgid),
               ("In-Reply-To", in_reply_to),
               ("References", references),
               ("To", ", ".join(A(n, a) for n, a in to)),
               ("X-Mailer", "iPhone Mail (23D5089e)")]
    lines = "\n".join(f"{k}: {v}" for k, v in headers if v is not None)
    return (lines + "\n\n" + quopri.encodestring(body.encode("utf-8")).decode("ascii")).encode("utf-8"), msgid


def google_invite(*, seed, sent, organizer, guests, summary, start, end, tzname, tzlabel, tzabbr,
                  description, location="", meet=None, uid=None, seq=0, created=None):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(text, html, text/calendar),
    invite.ics)."""
    tz = ZoneInfo(tzname)
    s, e = start.astimezone(tz), end.astimezone(tz)
    uid = uid or f"{b32ish(seed + 'uid', 26)}@google.com"
    created = created or sent
    attendees = [(organizer[0], organizer[1], "ACCEPTED")] + [(n, a, "NEEDS-ACTION") for n, a in guests]
    cal = google_ics(method="REQUEST", organizer=organizer, attendees=attendees, summary=summary,
                     description=description, start=start, end=end, uid=uid, seq=seq, dtstamp=sent,
                     created=created, location=location, meet=meet)
    when = f"{s:%A} {s:%b} {s.day}, {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}"
    meet_txt = ""
    if meet:
        meet_txt = (f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
                    f"Join by phone\n(US) +1 347-555-01{int(hx(seed + 'ph', 2), 16) % 90 + 10}\n"
                    f"PIN: {int(hx(seed + 'pin', 8), 16) % 900000000 + 100000000}\n\n")
    guest_txt = "\n".join([f"{organizer[0]} - organizer"] + [f"{n}" if a != OWNER else f"{n}" for n, a in guests])
    text = (f"{summary}\n{when}\n{tzlabel}\n\n{meet_txt}"
            + (f"Location\n{location}\n\n" if location else "")
            + f"{description}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_txt}\n"
            "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid="
            f"{b32ish(seed + 'eid', 40)}\n\nReply for {OWNER}\n\n"
            "Invitation from Google Calendar\n\nYou are receiving this email because you are an "
            "attendee on the event. To stop receiving future updates for this event, decline this event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, "
            "be added to the guest list, invite others regardless of their own invitation status, "
            "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    import html as _h
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body><div itemscope itemtype="http://schema.org/InformAction">'
            f'<h2 style="font-size:20px">{_h.escape(summary)}</h2>'
            f'<div>{_h.escape(when)}</div><div style="color:#70757a">{_h.escape(tzlabel)}</div>'
            + (f'<div><a href="https://meet.google.com/{meet}">Join with Google Meet</a></div>' if meet else "")
            + (f'<div><b>Location</b><br>{_h.escape(location)}</div>' if location else "")
            + f'<div>{_h.escape(description).replace(chr(10), "<br>")}</div>'
            f'<div><b>Organizer</b><br>{_h.escape(organizer[0])}<br>{_h.escape(organizer[1])}</div>'
            f'<div><b>Guests</b><br>' + "<br>".join(_h.escape(n) for n, _ in [organizer] + list(guests))
            + '</div><p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>'
            '</div></body></html>\n')
    b1 = gmail_boundary(seed + "mixed")
    b2 = gmail_boundary(seed + "alt")
    body = Multi("mixed", b1, [
        Multi("alternative", b2, [
            Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, cte="quoted-printable"),
            Leaf('text/html; charset="UTF-8"', html, cte="quoted-printable"),
            Leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, cte="7bit"),
        ]),
        Leaf('application/ics; name="invite.ics"', cal, cte="base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    subj = (f"Invitation: {summary} @ {gdate(s)} {gtime(s)} - {gtime(e)} ({tzabbr}) ({OWNER})")
    msgid = f"<calendar-{guid(seed + 'cal')}@google.com>"
    headers = [("Delivered-To", OWNER),
               ("Received", received("mail-sor-f69.google.com", "209.85.220.69", sent, seed)),
               ("MIME-Version", "1.0"),
               ("Reply-To", A(*organizer)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Auto-Submitted", "auto-generated"),
               ("Message-ID", msgid),
               ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
               ("Subject", H(subj)),
               ("From", A(organizer[0], organizer[1])),
               ("To", OWNER)]
    return message(headers, body), uid


def ats_mail(*, seed, sent, sender, reply_to=None, to=OWNER, subject, text, html, ics_text=None,
             ics_name="invite.ics", ics_method="REQUEST", html_cte="quoted-printable",
             text_cte="quoted-printable", msgid_domain, extra_headers=(), to_name=OWNER_NAME):
    alt = Multi("alternative", "----=_Part_" + hx(seed + "alt", 8) + "_" + str(int(hx(seed, 6), 16)) + "." + str(int(sent.timestamp()) * 1000), [
        Leaf('text/plain; charset=UTF-8', text, cte=text_cte),
        Leaf('text/html; charset=UTF-8', html, cte=html_cte),
    ])
    if ics_text:
        body = Multi("mixed", "----=_Part_" + hx(seed + "mix", 8) + "_" + str(int(hx(seed + "m", 6), 16)) + "." + str(int(sent.timestamp()) * 1000), [
            alt,
            Leaf(f'text/calendar; charset=UTF-8; method={ics_method}; name="{ics_name}"', ics_text, cte="base64",
                 extra=[f'Content-Disposition: attachment; filename="{ics_name}"']),
        ])
    else:
        body = alt
    msgid = f"<{hx(seed, 8)}.{int(hx(seed + 'n', 8), 16)}.{int(sent.timestamp()) * 1000}@{msgid_domain}>"
    headers = [("Delivered-To", OWNER),
               ("Received", received(f"smtp-out-{int(hx(seed + 'o', 2), 16) % 40}.{msgid_domain}",
                                     f"192.0.2.{int(hx(seed + 'q', 2), 16) % 250}", sent, seed)),
               *extra_headers,
               ("Date", rfc(sent)),
               ("From", sender),
               ("Reply-To", reply_to),
               ("To", A(to_name, to)),
               ("Message-ID", msgid),
               ("Subject", H(subject)),
               ("MIME-Version", "1.0")]
    return message(headers, body), msgid


def simple_html(text, title=""):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">'
            '<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>\n'
            + html_from_text(text) + "\n</td></tr></table></body></html>\n")


# ----------------------------------------------------------------------------- cases
CASES = []


def case(cid, label):
    def deco(fn):
        CASES.append((cid, fn, label))
        return fn
    return deco


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ---- 01 Workday: application receipt, then DM phone screen scheduled (.ics in UTC)
HALBROOK_WD = "halbrookpharma@myworkday.com"
DEREK = ("Derek Salazar", "derek.salazar@halbrookpharma.example")
C01_S = at(2026, 2, 11, 15, 0, weekday="Wednesday")
C01_E = C01_S + timedelta(minutes=30)
C01_ROLE = "Territory Sales Representative - Newark North, NJ"


@case("b142-01-workday-dm-phone-screen", label(
    [interview("Halbrook Pharmaceuticals", C01_ROLE, C01_S, C01_E, "scheduled",
               [DEREK[1]], [DEREK[1]], "phone_screen")],
    "easy", "positive/ats-workday",
    "Workday receipt (not an interview) followed by a Workday 'Interview Scheduled' mail with an .ics in "
    "UTC. The District Sales Manager conducts the phone screen and his address is given; the Talent "
    "Acquisition Partner only handles reschedules."))
def c01():
    files = {}
    sent1 = at(2026, 2, 2, 21, 47)
    t1 = (f"Dear Marisol,\n\nThank you for applying to the {C01_ROLE} position (R-0014472) at Halbrook "
          "Pharmaceuticals.\n\nWe have received your application and our Talent Acquisition team is "
          "reviewing your qualifications. If your background is a match for the role, a member of our team "
          "will contact you to discuss next steps, which may include an interview with the District Sales "
          "Manager.\n\nYou can check the status of your application at any time by signing in to your "
          "candidate home: https://wd5.myworkday.com/halbrookpharma/d/home.htmld\n\n"
          "Thank you for your interest in Halbrook.\n\nHalbrook Pharmaceuticals Talent Acquisition\n\n"
          "This is an automated message. Please do not reply to this email.\n")
    files["01-workday-application-received.eml"], _ = ats_mail(
        seed="c01-1", sent=sent1, sender=A("Halbrook Pharmaceuticals", HALBROOK_WD),
        subject="Thank you for applying to Halbrook Pharmaceuticals", text=t1,
        html=simple_html(t1, "Halbrook Pharmaceuticals"), html_cte="base64", msgid_domain="myworkday.com")
    sent2 = at(2026, 2, 9, 10, 14)
    t2 = (f"Hello Marisol,\n\nYour phone interview for the {C01_ROLE} position (R-0014472) has been "
          "scheduled.\n\nInterview Details\n"
          f"Date: {long_date(C01_S)}\n"
          f"Time: {hm(C01_S)} - {hm(C01_E)} Eastern Standard Time\n"
          "Format: Phone interview (30 minutes)\n"
          f"Interviewer: {DEREK[0]}, District Sales Manager - Newark ({DEREK[1]})\n\n"
          f"{DEREK[0].split()[0]} will call you at the phone number on your application: {CELL}.\n\n"
          "A calendar invitation is attached to this message.\n\n"
          "Need to reschedule? Contact Renata Voss, Talent Acquisition Partner, at "
          "renata.voss@halbrookpharma.example at least 24 hours in advance. This mailbox is not "
          "monitored.\n\nWe look forward to speaking with you!\n\nHalbrook Pharmaceuticals Talent Acquisition\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc.//Workday Recruiting//EN", "VERSION:2.0",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:wd-interview-{hx('c01uid', 24)}@myworkday.com",
               f"DTSTAMP:{ical_utc(sent2)}", f"DTSTART:{ical_utc(C01_S)}", f"DTEND:{ical_utc(C01_E)}",
               f"SUMMARY:{esc('Phone Interview - ' + C01_ROLE + ' - Halbrook Pharmaceuticals')}",
               f"DESCRIPTION:{esc(f'Phone interview with {DEREK[0]}, District Sales Manager. {DEREK[0].split()[0]} will call you at {CELL}.')}",
               "LOCATION:Phone", f"ORGANIZER;CN=Halbrook Pharmaceuticals:mailto:{HALBROOK_WD}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={DEREK[0]}:mailto:{DEREK[1]}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    files["02-workday-interview-scheduled.eml"], _ = ats_mail(
        seed="c01-2", sent=sent2, sender=A("Halbrook Pharmaceuticals", HALBROOK_WD),
        subject=f"Interview Scheduled - {C01_ROLE} (R-0014472)", text=t2,
        html=simple_html(t2, "Interview Scheduled"), html_cte="base64", ics_text=cal,
        ics_name="Interview.ics", msgid_domain="myworkday.com")
    return files


# ---- 02 District manager thread, iPhone, "tomorrow at 4:30"
RAY = ("Ray Adebayo", "ray.adebayo@corvanebio.example")
C02_S = at(2026, 2, 27, 16, 30, weekday="Friday")
C02_E = C02_S + timedelta(minutes=30)


@case("b142-02-dm-thread-tomorrow-phone-screen", label(
    [interview("Corvane Biologics", "Immunology Specialty Sales Representative", C02_S, C02_E, "scheduled",
               [RAY[1]], [RAY[1]], "phone_screen")],
    "medium", "positive/thread-relative-date",
    "District manager writes from his iPhone; first mail offers 'Friday afternoon', the reply fixes "
    "'tomorrow at 4:30' (message dated Thu Feb 26) and 'about 30 minutes'. The candidate's reply is only "
    "quoted. Phone screen conducted by the DM."))
def c02():
    files = {}
    sent1 = at(2026, 2, 25, 18, 40, weekday="Wednesday")
    sig = ("Ray Adebayo\nDistrict Sales Manager, Immunology - NJ North\nCorvane Biologics\n"
           "c: (862) 555-0117\n\nSent from my iPhone")
    body1 = ("Hi Marisol,\n\nJenna Park in our recruiting group passed along your resume for the Immunology "
             "Specialty Sales Representative opening (Morristown / Sussex territory). I like what I see, "
             "especially the derm launch experience.\n\nDo you have time for a quick phone screen this week? "
             "I'm riding with one of my reps all day Thursday, but Friday afternoon is wide open.\n\n"
             f"Ray\n\n{sig}\n")
    subj = "Corvane - Specialty Sales Rep, Immunology (Morristown)"
    files["01-ray-adebayo-phone-screen-this-week.eml"], mid1 = iphone_mail(
        seed="c02-1", sent=sent1, sender=RAY, to=[(OWNER_NAME, OWNER)], subject=subj, body=body1)
    reply_sent = at(2026, 2, 26, 7, 12, weekday="Thursday")
    reply_mid = f"<CAH{b32ish('c02-reply', 30)}@mail.example.com>"
    reply = ("Hi Ray,\n\nThank you for reaching out! Friday afternoon works great - I'm free anytime after "
             "1:00.\n\nBest,\nMarisol\n")
    sent2 = at(2026, 2, 26, 12, 5, weekday="Thursday")
    assert (C02_S.date() - sent2.date()).days == 1   # "tomorrow"
    body2 = (f"Perfect. Let's do tomorrow at 4:30. I'll call your cell at {CELL} - plan on about 30 minutes. "
             "Nothing formal, I just want to hear about your background and why Corvane.\n\nRay\n\n"
             "Sent from my iPhone\n\n"
             f"> On Feb 26, 2026, at 7:12\u202fAM, Marisol Keegan <{OWNER}> wrote:\n>\n"
             + quote(reply) + "\n>\n"
             f">> On Feb 25, 2026, at 6:40\u202fPM, Ray Adebayo <{RAY[1]}> wrote:\n>>\n"
             + quote(body1, ">> ") + "\n")
    files["02-ray-adebayo-tomorrow-430.eml"], _ = iphone_mail(
        seed="c02-2", sent=sent2, sender=RAY, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj,
        body=body2, in_reply_to=reply_mid, references=f"{mid1} {reply_mid}")
    assert reply_sent < sent2
    return files


# ---- 03 Field ride (ride-along day) as an Outlook invite sent in EST for a date after DST
COLLEEN = ("Colleen Vasquez", "cvasquez@brightmoor-derm.example")
C03_S = at(2026, 3, 10, 8, 0, weekday="Tuesday")
C03_E = at(2026, 3, 10, 14, 30)


@case("b142-03-field-ride-day-outlook-dst", label(
    [interview("Brightmoor Dermatologics", "Dermatology Sales Specialist - Morristown, NJ", C03_S, C03_E,
               "scheduled", [COLLEEN[1]], [COLLEEN[1]], "other")],
    "medium", "positive/field-ride",
    "A field ride with the District Sales Manager, explicitly 'the next step in our interview process'. "
    "Outlook invite sent Mar 3 (EST) for Tue Mar 10 (EDT, after the Mar 8 switch) while the When line "
    "still says (UTC-05:00); a later mail repeats 'tomorrow at 8'. One interview, 8:00-14:30 EDT. kind "
    "'other' (ride-along day with one evaluator; could arguably be 'onsite')."))
def c03():
    files = {}
    sent1 = at(2026, 3, 3, 16, 52, weekday="Tuesday")
    subj = "Field Ride - Marisol Keegan / Dermatology Sales Specialist"
    loc = "Starbucks - 150 Route 10, Succasunna, NJ"
    body = ("Hi Marisol,\n\nGreat talking with you last week. As I mentioned, the next step in our interview "
            "process is a field ride: you'll spend the day with me in the territory, we'll see a handful of "
            "derm offices together, and we'll debrief over lunch. It's as much an interview as our phone "
            "call was, so treat it that way - I'll be watching how you engage with front-desk staff and how "
            "you'd approach each call.\n\n"
            "Meet me at the Starbucks on Route 10 in Succasunna at 8:00. We'll take my car. Plan to be done "
            "around 2:30.\n\nColleen\n\nColleen Vasquez\nDistrict Sales Manager - Northern NJ\n"
            f"Brightmoor Dermatologics\n{COLLEEN[1]} | (201) 555-0163\n")
    files["01-field-ride-invite.eml"], mid1 = exchange_invite(
        seed="c03-1", sent=sent1, organizer=COLLEEN, to=[(OWNER_NAME, OWNER)], subject=subj,
        start=C03_S, end=C03_E, tzid="Eastern Standard Time", location=loc, body=body,
        uid=exchange_uid("c03"), teams=False)
    sent2 = at(2026, 3, 9, 19, 31, weekday="Monday")
    assert (C03_S.date() - sent2.date()).days == 1
    body2 = ("Hi Marisol,\n\nSee you tomorrow at 8. Business professional, comfortable shoes. We'll hit offices "
             "in Denville, Morristown and Randolph, then debrief over lunch in Denville. Bring a notepad and "
             "a couple of copies of your resume and brag book.\n\nColleen\n\n"
             "From: Colleen Vasquez <cvasquez@brightmoor-derm.example>\n"
             f"Sent: {long_date(sent1)} {hm(sent1)}\nTo: {OWNER_NAME} <{OWNER}>\nSubject: {subj}\n\n"
             f"When: {long_date(C03_S)} {hm(C03_S)}-{hm(C03_E)} (UTC-05:00) Eastern Time (US & Canada).\n"
             f"Where: {loc}\n\n" + body)
    files["02-colleen-see-you-tomorrow.eml"], _ = outlook_mail(
        seed="c03-2", sent=sent2, sender=COLLEEN, to=[(OWNER_NAME, OWNER)], subject="RE: " + subj,
        body=body2, in_reply_to=mid1, references=mid1)
    return files


# ---- 04 Regional manager panel + 30-60-90 sales plan, coordinator in Chicago (Central)
BRENDA = ("Brenda Kowalczyk", "bkowalczyk@ostranderhealth.example")
GLEN = ("Glen Hartsfield", "ghartsfield@ostranderhealth.example")
ANITA = ("Anita Ruiz", "aruiz@ostranderhealth.example")
C04_S = at(2026, 3, 18, 13, 0, tz=CT, weekday="Wednesday")
C04_E = C04_S + timedelta(minutes=75)


@case("b142-04-regional-panel-sales-plan-central", label(
    [interview("Ostrander Health", "Hospital Sales Representative - Northern New Jersey", C04_S, C04_E,
               "scheduled", [GLEN[1], ANITA[1]], [GLEN[1], ANITA[1]], "onsite")],
    "medium", "positive/panel-central-time",
    "Coordinator in Chicago announces the regional panel (1:00 PM Central / 2:00 PM Eastern, 75 min, "
    "present a 30-60-90 day sales plan), then sends a Teams invite with TZID Central Standard Time. One "
    "panel (kind onsite) with two interviewers; the coordinator only opens the meeting."))
def c04():
    files = {}
    sent1 = at(2026, 3, 12, 9, 48, tz=CT, weekday="Thursday")
    s_et = C04_S.astimezone(ET)
    assert hm(s_et) == "2:00 PM"
    body1 = ("Hi Marisol,\n\nCongratulations - Anita enjoyed your conversation last week and would like to move "
             "you forward to the regional panel, which is the final step for this role.\n\n"
             f"The panel is set for {C04_S:%A}, {C04_S:%B} {C04_S.day} at {hm(C04_S)} Central "
             f"({hm(s_et)} Eastern) on Teams and runs 75 minutes. You'll meet with:\n"
             f"  - {GLEN[0]}, Regional Business Director, Northeast\n"
             f"  - {ANITA[0]}, District Manager, Northern NJ\n\n"
             "Please prepare a 30-60-90 day sales plan for the territory and plan to present it in the first "
             "15 minutes (screen share is fine, 5-7 slides). The rest of the time will be behavioral "
             "questions and a short role-play with Glen.\n\n"
             "The Teams invite is coming separately from me. I'll open the meeting and introduce everyone, "
             "then hop off.\n\nThanks,\nBrenda\n\nBrenda Kowalczyk\nTalent Acquisition Coordinator | "
             "Ostrander Health\nChicago, IL | (312) 555-0199\n")
    files["01-brenda-regional-panel-next-step.eml"], _ = outlook_mail(
        seed="c04-1", sent=sent1, sender=BRENDA, to=[(OWNER_NAME, OWNER)],
        subject="Next step: Regional panel - Hospital Sales Representative (Northern NJ)", body=body1)
    sent2 = at(2026, 3, 12, 10, 3, tz=CT)
    body2 = ("Regional panel interview for the Hospital Sales Representative - Northern New Jersey role.\n\n"
             f"Panel: {GLEN[0]} (Regional Business Director, Northeast) and {ANITA[0]} (District Manager, "
             "Northern NJ).\n"
             "Agenda: 15-minute presentation of your 30-60-90 day sales plan, followed by behavioral "
             "questions and a role-play.\n\nBrenda Kowalczyk | Talent Acquisition Coordinator | Ostrander Health\n")
    files["02-regional-panel-teams-invite.eml"], _ = exchange_invite(
        seed="c04-2", sent=sent2, organizer=BRENDA, to=[(OWNER_NAME, OWNER), GLEN, ANITA],
        subject="Ostrander Health - Regional Panel Interview - Marisol Keegan", start=C04_S, end=C04_E,
        tzid="Central Standard Time", location="Microsoft Teams Meeting", body=body2,
        uid=exchange_uid("c04"))
    return files


# ---- 05 SuccessFactors: scheduled, then rescheduled across the DST change
SF = "donotreply@successfactors.com"
KEISHA = ("Keisha Dunbar", "kdunbar@stenwickmed.example")
MARTIN = ("Martin Greaves", "mgreaves@stenwickmed.example")
C05_ROLE = "Associate Sales Representative - Surgical (Northern NJ)"
C05_S0 = at(2026, 3, 5, 11, 0, weekday="Thursday")
C05_S = at(2026, 3, 9, 10, 0, weekday="Monday")
C05_E = C05_S + timedelta(minutes=45)


def sf_ics(seq, start, end, stamp):
    return ics(["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0",
                "METHOD:REQUEST"] + VTIMEZONE_NY + ["BEGIN:VEVENT",
                f"UID:SFIS-{hx('c05uid', 20, upper=True)}@successfactors.com", f"SEQUENCE:{seq}",
                f"DTSTAMP:{ical_utc(stamp)}",
                f"DTSTART;TZID=America/New_York:{ical_local(start, ET)}",
                f"DTEND;TZID=America/New_York:{ical_local(end, ET)}",
                f"SUMMARY:{esc('Interview: ' + C05_ROLE + ' - ' + OWNER_NAME)}",
                f"DESCRIPTION:{esc(f'Interviewer: {MARTIN[0]}, Area Sales Manager. Microsoft Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32ish(chr(99) + str(seq), 24)}%40thread.v2/0')}",
                "LOCATION:Microsoft Teams",
                f"ORGANIZER;CN={KEISHA[0]}:mailto:{KEISHA[1]}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={MARTIN[0]}:mailto:{MARTIN[1]}",
                "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])


@case("b142-05-successfactors-reschedule-dst", label(
    [interview("Stenwick Medical", C05_ROLE, C05_S, C05_E, "scheduled", [MARTIN[1]], [MARTIN[1]],
               "hiring_manager")],
    "medium", "positive/reschedule-ats",
    "SuccessFactors interview scheduled for Thu Mar 5 11:00 EST, then rescheduled (same UID, SEQUENCE 1) to "
    "Mon Mar 9 10:00 - after the DST switch, although the mail text still prints '(GMT-05:00) Eastern "
    "Time'. Final time 10:00 EDT (-04:00). Area Sales Manager interviews; recruiter only schedules."))
def c05():
    files = {}
    sent1 = at(2026, 3, 2, 14, 22, weekday="Monday")
    e0 = C05_S0 + timedelta(minutes=45)

    def body(start, end, head, extra=""):
        return (f"Dear Marisol Keegan,\n\n{head}\n\n"
                f"Position: {C05_ROLE} (Requisition 30417)\n"
                f"Interview Date: {long_date(start)}\nStart Time: {hm(start)}\nEnd Time: {hm(end)}\n"
                "Time Zone: (GMT-05:00) Eastern Time (US & Canada)\n"
                f"Interviewer(s): {MARTIN[0]}, Area Sales Manager\n"
                "Location: Microsoft Teams (join link in the attached calendar invitation)\n\n"
                f"{extra}"
                "Please accept the attached calendar invitation to add the interview to your calendar. If you "
                f"have any questions, contact {KEISHA[0]} at {KEISHA[1]}.\n\n"
                "Best regards,\nStenwick Medical Talent Acquisition\n\n"
                "*** This is an automatically generated e-mail. Please do not reply. ***\n")
    t1 = body(C05_S0, e0, "Thank you for your interest in Stenwick Medical. You have been scheduled for an "
                           "interview.")
    files["01-successfactors-interview-scheduled.eml"], _ = ats_mail(
        seed="c05-1", sent=sent1, sender=A("Stenwick Medical Recruiting", SF), reply_to=A(*KEISHA),
        subject=f"Interview Scheduled: {C05_ROLE} - Req 30417", text=t1, html=simple_html(t1),
        ics_text=sf_ics(0, C05_S0, e0, sent1), ics_name="interview.ics", msgid_domain="successfactors.com")
    sent2 = at(2026, 3, 4, 16, 20, weekday="Wednesday")
    t2 = body(C05_S, C05_E, "Your interview has been rescheduled. Please see the updated details below.",
              f"Previous date/time: {C05_S0:%m/%d/%Y} {hm(C05_S0)}\nNote from the recruiter: Martin has a "
              "surgeon case Thursday morning, so we moved your interview to Monday. Sorry for the change!\n\n")
    files["02-successfactors-interview-rescheduled.eml"], _ = ats_mail(
        seed="c05-2", sent=sent2, sender=A("Stenwick Medical Recruiting", SF), reply_to=A(*KEISHA),
        subject=f"Interview Rescheduled: {C05_ROLE} - Req 30417", text=t2, html=simple_html(t2),
        ics_text=sf_ics(1, C05_S, C05_E, sent2), ics_name="interview.ics", msgid_domain="successfactors.com")
    return files


# ---- 06 Phenom confirmation, recruiter says req on hold, Phenom cancellation
PHENOM = "no-reply@phenompeople.com"
HOWARD = ("Howard Tsai", "htsai@lindqvist-tx.example")
SABRINA = ("Sabrina Molloy", "smolloy@lindqvist-tx.example")
C06_ROLE = "Oncology Account Specialist - Northern New Jersey"
C06_S = at(2026, 3, 19, 9, 0, weekday="Thursday")
C06_E = C06_S + timedelta(hours=1)


def phenom_ics(method, seq, stamp):
    return ics(["BEGIN:VCALENDAR", "PRODID:-//Phenom People//Interview Scheduler//EN", "VERSION:2.0",
                f"METHOD:{method}", "BEGIN:VEVENT", f"UID:phx-{guid('c06uid')}", f"SEQUENCE:{seq}",
                f"DTSTAMP:{ical_utc(stamp)}", f"DTSTART:{ical_utc(C06_S)}", f"DTEND:{ical_utc(C06_E)}",
                f"SUMMARY:{esc('Interview - ' + C06_ROLE + ' - Lindqvist Therapeutics')}",
                f"DESCRIPTION:{esc('Video interview with ' + HOWARD[0] + ', District Business Manager. Zoom: https://lindqvist-tx.zoom.example/j/84120377519')}",
                "LOCATION:Zoom", f"ORGANIZER;CN=Lindqvist Therapeutics Talent Acquisition:mailto:{PHENOM}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={HOWARD[0]}:mailto:{HOWARD[1]}",
                f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "TRANSP:OPAQUE",
                "END:VEVENT", "END:VCALENDAR"])


@case("b142-06-phenom-cancelled-req-on-hold", label(
    [interview("Lindqvist Therapeutics", C06_ROLE, C06_S, C06_E, "cancelled", [HOWARD[1]], [HOWARD[1]],
               "hiring_manager")],
    "medium", "positive/cancellation",
    "Phenom confirmation (Thu Mar 19 9:00-10:00 EDT, ics in UTC) then the recruiter explains the requisition "
    "is on hold and a Phenom METHOD:CANCEL follows. Cancellation-only positive: kept with status "
    "cancelled. Interviewer (District Business Manager) known, so follow-up goes to him, not the no-reply "
    "sender."))
def c06():
    files = {}
    sent1 = at(2026, 3, 13, 11, 5, weekday="Friday")
    t1 = ("Hi Marisol,\n\nYou're all set! Here are the details of your upcoming interview.\n\n"
          f"{C06_ROLE}\nJob ID: LTX-2026-0388\n\n"
          f"{long_date(C06_S)} | {hm(C06_S)} - {hm(C06_E)} EDT\n"
          "Interview type: Video (Zoom)\n"
          f"Interviewer: {HOWARD[0]}, District Business Manager ({HOWARD[1]})\n\n"
          "Add to calendar: the invitation is attached to this email.\n\n"
          "Need to reschedule? Use the link in your candidate profile: "
          "https://careers.lindqvist-tx.example/us/en/candidate-home\n\n"
          "Good luck!\nLindqvist Therapeutics Talent Acquisition\n\n"
          "Please do not reply to this email. Replies to this address are not monitored.\n")
    files["01-phenom-interview-confirmed.eml"], _ = ats_mail(
        seed="c06-1", sent=sent1, sender=A("Lindqvist Therapeutics Talent Acquisition", PHENOM),
        subject=f"Interview confirmed: {C06_ROLE}", text=t1, html=simple_html(t1),
        ics_text=phenom_ics("REQUEST", 0, sent1), ics_name="interview.ics", msgid_domain="phenompeople.com")
    sent2 = at(2026, 3, 16, 17, 48, weekday="Monday")
    t2 = ("Hi Marisol,\n\nI'm sorry to be the bearer of this news, but the Oncology Account Specialist "
          "requisition for Northern New Jersey has been put on hold pending our 2026 field-force "
          "realignment. That means we need to cancel your interview with Howard on Thursday. You'll receive "
          "an automated cancellation notice in a few minutes.\n\n"
          "This is in no way a reflection on you - Howard was looking forward to meeting you. I'll reach out "
          "directly if the role reopens.\n\nKind regards,\nSabrina\n\nSabrina Molloy\n"
          "Senior Talent Acquisition Partner | Lindqvist Therapeutics\n")
    files["02-sabrina-requisition-on-hold.eml"], _ = outlook_mail(
        seed="c06-2", sent=sent2, sender=SABRINA, to=[(OWNER_NAME, OWNER)],
        subject="Oncology Account Specialist - update", body=t2)
    sent3 = at(2026, 3, 16, 17, 52)
    t3 = ("Hi Marisol,\n\nYour interview has been cancelled.\n\n"
          f"{C06_ROLE}\n{long_date(C06_S)} | {hm(C06_S)} - {hm(C06_E)} EDT\n\n"
          "The calendar event has been removed. If you have questions, please contact your recruiter.\n\n"
          "Lindqvist Therapeutics Talent Acquisition\n")
    files["03-phenom-interview-cancelled.eml"], _ = ats_mail(
        seed="c06-3", sent=sent3, sender=A("Lindqvist Therapeutics Talent Acquisition", PHENOM),
        subject=f"Interview cancelled: {C06_ROLE}", text=t3, html=simple_html(t3),
        ics_text=phenom_ics("CANCEL", 1, sent3), ics_name="cancel.ics", ics_method="CANCEL",
        msgid_domain="phenompeople.com")
    return files


# ---- 07 Two interviews: recruiter phone screen (Google invite) + DM interview (mail + API event)
DANA = ("Dana Whitlock", "dwhitlock@callowayrx.example")
ROB = ("Rob Mancuso", "rmancuso@callowayrx.example")
C07_ROLE = "Respiratory Sales Specialist"
C07_S1 = at(2026, 3, 23, 12, 0, weekday="Monday")
C07_E1 = C07_S1 + timedelta(minutes=30)
C07_S2 = at(2026, 3, 27, 10, 0, weekday="Friday")
C07_E2 = C07_S2 + timedelta(minutes=45)


@case("b142-07-two-interviews-screen-then-dm", label(
    [interview("Calloway Respiratory", C07_ROLE, C07_S1, C07_E1, "scheduled", [DANA[1]], [DANA[1]],
               "phone_screen"),
     interview("Calloway Respiratory", C07_ROLE, C07_S2, C07_E2, "scheduled", [ROB[1]], [ROB[1]],
               "hiring_manager")],
    "hard", "positive/two-interviews",
    "Recruiter phone screen via Google Calendar invite (recruiter is the interviewer), then a mail saying "
    "the DM has 'Friday at 10:00' (mail dated Tue Mar 24 -> Fri Mar 27) and the matching Calendar API "
    "event (45 min, organised by the recruiter, DM as attendee). Two separate interviews."))
def c07():
    files = {}
    sent1 = at(2026, 3, 19, 15, 37, weekday="Thursday")
    desc = (f"Hi Marisol - 30-minute recruiter phone screen for the {C07_ROLE} (Newark / Essex County) "
            f"role. I'll call you at {CELL}.\n\nDana Whitlock\nSr. Recruiter, Calloway Respiratory")
    files["01-invitation-phone-screen.eml"], _ = google_invite(
        seed="c07-1", sent=sent1, organizer=DANA, guests=[(OWNER_NAME, OWNER)],
        summary="Calloway Respiratory - Phone Screen - Marisol Keegan", start=C07_S1, end=C07_E1,
        tzname="America/New_York", tzlabel="Eastern Time - New York", tzabbr="EDT", description=desc,
        location="Phone (Dana will call)")
    sent2 = at(2026, 3, 24, 9, 15, weekday="Tuesday")
    body2 = ("Hi Marisol,\n\nThanks for your time yesterday - really enjoyed it! I shared my notes with Rob "
             "Mancuso, our District Manager for North Jersey, and he'd like to meet you.\n\n"
             "He has Friday at 10:00 open, so I went ahead and put 45 minutes on both of your calendars "
             f"(Google Meet). Rob's email is {ROB[1]} if you'd like to connect beforehand.\n\n"
             "Tip: Rob loves numbers - have your 2025 rank, market-share growth and any launch metrics ready.\n\n"
             "Best,\nDana\n\nDana Whitlock\nSr. Recruiter | Calloway Respiratory\n(908) 555-0131\n")
    assert (C07_S2.date() - sent2.date()).days == 3
    files["02-dana-next-step-dm-friday.eml"], _ = gmail_mail(
        seed="c07-2", sent=sent2, sender=DANA, to=[(OWNER_NAME, OWNER)],
        subject=f"Next step - {C07_ROLE}", body=body2)
    meet = "kqv-rmhx-toe"
    ev = {
        "kind": "calendar#event", "etag": "\"3546210874412000\"", "id": "5t0kq1c9ad2m7v3h8e6pmr41bn",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NXQwa3ExYzlhZDJtN3YzaDhlNnBtcjQxYm4gbWFyaXNvbC5rZWVnYW5AZXhhbXBsZS5jb20",
        "created": "2026-03-24T13:11:20.000Z", "updated": "2026-03-24T13:11:37.224Z",
        "summary": "Calloway Respiratory - DM Interview (Rob Mancuso) - Marisol Keegan",
        "description": (f"45-minute interview with Rob Mancuso, District Manager - North Jersey, for the "
                        f"{C07_ROLE} role.\nScheduled by Dana Whitlock."),
        "creator": {"email": DANA[1], "displayName": DANA[0]},
        "organizer": {"email": DANA[1], "displayName": DANA[0]},
        "start": {"dateTime": iso(C07_S2), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(C07_E2), "timeZone": "America/New_York"},
        "iCalUID": "5t0kq1c9ad2m7v3h8e6pmr41bn@google.com", "sequence": 0,
        "attendees": [
            {"email": DANA[1], "displayName": DANA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": ROB[1], "displayName": ROB[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                                            "label": f"meet.google.com/{meet}"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": meet},
        "reminders": {"useDefault": True}, "eventType": "default"}
    files["03-dm-interview-rob-mancuso.gcal.json"] = (json.dumps(ev, indent=2) + "\n").encode()
    return files


# ---- 08 Google invite from Central organizer + API event (offset in viewer tz) + note "4 your time"
NATALIE = ("Natalie Ashcombe", "nashcombe@pellucid-eye.example")
C08_S = at(2026, 4, 7, 15, 0, tz=CT, weekday="Tuesday")
C08_E = C08_S + timedelta(hours=1)
C08_ROLE = "Ophthalmology Sales Consultant - Northern NJ"


@case("b142-08-google-invite-api-dedupe-central", label(
    [interview("Pellucid Ophthalmics", C08_ROLE, C08_S.astimezone(ET), C08_E.astimezone(ET), "scheduled",
               [NATALIE[1]], [NATALIE[1]], "hiring_manager")],
    "hard", "positive/dedupe-central-time",
    "Same interview three times: Google invite shown in Central Time (3pm-4pm CDT), Calendar API event "
    "whose dateTime carries the viewer's Eastern offset with timeZone America/Chicago, and a note 'tomorrow "
    "at 3 (4 your time)'. ONE interview at 16:00 EDT = 15:00 CDT."))
def c08():
    files = {}
    sent1 = at(2026, 4, 1, 10, 12, tz=CT, weekday="Wednesday")
    desc = (f"Video interview for the {C08_ROLE} role with Natalie Ashcombe, Regional Sales Manager - East.\n"
            "Please have your 2024 and 2025 performance rankings handy.")
    files["01-invitation-regional-manager-interview.eml"], uid = google_invite(
        seed="c08-1", sent=sent1, organizer=NATALIE, guests=[(OWNER_NAME, OWNER)],
        summary="Pellucid Ophthalmics | Ophthalmology Sales Consultant | Marisol Keegan", start=C08_S,
        end=C08_E, tzname="America/Chicago", tzlabel="Central Time - Chicago", tzabbr="CDT",
        description=desc, meet="pwe-xoqa-dfn")
    ev = {
        "kind": "calendar#event", "etag": "\"3547002911866000\"", "id": uid.split("@")[0], "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + b32ish("c08eid", 48),
        "created": "2026-04-01T15:12:40.000Z", "updated": "2026-04-01T15:14:05.933Z",
        "summary": "Pellucid Ophthalmics | Ophthalmology Sales Consultant | Marisol Keegan",
        "description": desc,
        "creator": {"email": NATALIE[1], "displayName": NATALIE[0]},
        "organizer": {"email": NATALIE[1], "displayName": NATALIE[0]},
        "start": {"dateTime": iso(C08_S.astimezone(ET)), "timeZone": "America/Chicago"},
        "end": {"dateTime": iso(C08_E.astimezone(ET)), "timeZone": "America/Chicago"},
        "iCalUID": uid, "sequence": 0,
        "attendees": [
            {"email": NATALIE[1], "displayName": NATALIE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/pwe-xoqa-dfn",
        "reminders": {"useDefault": True}, "eventType": "default"}
    files["02-regional-manager-interview.gcal.json"] = (json.dumps(ev, indent=2) + "\n").encode()
    sent3 = at(2026, 4, 6, 17, 20, tz=CT, weekday="Monday")
    assert (C08_S.date() - sent3.date()).days == 1
    body3 = ("Hi Marisol,\n\nLooking forward to our conversation tomorrow at 3 (4 your time). If Meet gives "
             f"us any trouble I'll just call your cell.\n\nNatalie\n\nNatalie Ashcombe\n"
             "Regional Sales Manager - East | Pellucid Ophthalmics\nSt. Louis, MO\n")
    files["03-natalie-tomorrow-note.eml"], _ = gmail_mail(
        seed="c08-3", sent=sent3, sender=NATALIE, to=[(OWNER_NAME, OWNER)], subject="Tomorrow", body=body3)
    return files


# ---- 09 Reschedule by e-mail only (invite never updated), DM in Nashville
TROY = ("Troy Abernathy", "tabernathy@thornbury-neuro.example")
C09_S0 = at(2026, 4, 1, 13, 0, tz=CT, weekday="Wednesday")
C09_S = at(2026, 4, 2, 13, 0, tz=CT, weekday="Thursday")
C09_E = C09_S + timedelta(hours=1)
C09_ROLE = "Neuroscience Sales Specialist - Newark, NJ"


@case("b142-09-reschedule-by-email-central", label(
    [interview("Thornbury Neuroscience", C09_ROLE, C09_S.astimezone(ET), C09_E.astimezone(ET), "scheduled",
               [TROY[1]], [TROY[1]], "hiring_manager")],
    "hard", "positive/reschedule-by-email",
    "Outlook invite (Central Standard Time) for Wed Apr 1 1:00 PM CDT; the DM then asks to move to "
    "'Thursday, same time', the candidate (quoted) accepts 'Thursday at 2:00 Eastern', and he confirms "
    "'1 Central / 2 Eastern' but never sends an updated invite. Final: Thu Apr 2 14:00 EDT, 1 hour."))
def c09():
    files = {}
    sent1 = at(2026, 3, 30, 14, 10, tz=CT, weekday="Monday")
    subj = "Thornbury Neuroscience - Video Interview - Marisol Keegan (Neuroscience Sales Specialist)"
    body1 = ("Hi Marisol,\n\nLooking forward to our conversation. We'll cover your background, your "
             "experience calling on neurologists and headache centers, and what the Newark territory "
             "looks like today.\n\nTroy Abernathy\nDistrict Manager, Neuroscience - Mid-Atlantic\n"
             "Thornbury Neuroscience | Nashville, TN\n")
    files["01-video-interview-invite.eml"], mid1 = exchange_invite(
        seed="c09-1", sent=sent1, organizer=TROY, to=[(OWNER_NAME, OWNER)], subject=subj, start=C09_S0,
        end=C09_S0 + timedelta(hours=1), tzid="Central Standard Time", location="Microsoft Teams Meeting",
        body=body1, uid=exchange_uid("c09"))
    sent2 = at(2026, 3, 31, 17, 45, tz=CT, weekday="Tuesday")
    body2 = ("Marisol,\n\nI apologize for the late notice, but I've been asked to cover a speaker program "
             "tomorrow afternoon. Could we move our interview to Thursday, same time?\n\nTroy\n\n"
             "Troy Abernathy\nDistrict Manager, Neuroscience - Mid-Atlantic\nThornbury Neuroscience\n")
    files["02-troy-can-we-move-to-thursday.eml"], mid2 = outlook_mail(
        seed="c09-2", sent=sent2, sender=TROY, to=[(OWNER_NAME, OWNER)], subject="RE: " + subj, body=body2,
        in_reply_to=mid1, references=mid1)
    reply_sent = at(2026, 3, 31, 19, 8, weekday="Tuesday")
    reply_mid = f"<CAK{b32ish('c09reply', 30)}@mail.example.com>"
    sent3 = at(2026, 3, 31, 18, 30, tz=CT)
    assert reply_sent < sent3
    reply = ("Hi Troy,\n\nNo problem at all - Thursday at 2:00 Eastern works for me.\n\nThank you,\nMarisol\n")
    body3 = ("Perfect - Thursday at 1 Central / 2 Eastern it is. I'll update the invite when I'm back at my "
             "laptop. Thanks for being flexible.\n\nTroy\n\n"
             "________________________________\n"
             f"From: {OWNER_NAME} <{OWNER}>\nSent: {long_date(reply_sent.astimezone(CT))} {hm(reply_sent.astimezone(CT))}\n"
             f"To: Abernathy, Troy <{TROY[1]}>\nSubject: Re: RE: {subj}\n\n{reply}\n"
             "________________________________\n"
             f"From: Abernathy, Troy <{TROY[1]}>\nSent: {long_date(sent2)} {hm(sent2)}\n"
             f"To: {OWNER_NAME} <{OWNER}>\nSubject: RE: {subj}\n\n{body2}")
    files["03-troy-thursday-confirmed.eml"], _ = outlook_mail(
        seed="c09-3", sent=sent3, sender=TROY, to=[(OWNER_NAME, OWNER)], subject="RE: " + subj, body=body3,
        in_reply_to=reply_mid, references=f"{mid1} {mid2} {reply_mid}")
    return files


# ---- 10 Agency recruiter forwards the DM's coffee-interview e-mail
LAUREN = ("Lauren Pacheco", "lpacheco@summitbridge-staffing.example")
STEVE = ("Steve Kaminski", "skaminski@arvella.example")
C10_S = at(2026, 4, 16, 7, 30, weekday="Thursday")
C10_E = C10_S + timedelta(hours=1)


@case("b142-10-agency-forward-coffee-interview", label(
    [interview("Arvella Pharmaceuticals", "Primary Care Sales Representative", C10_S, C10_E, "scheduled",
               [STEVE[1]], [STEVE[1]], "hiring_manager")],
    "hard", "positive/forwarded-agency",
    "Contract-staffing recruiter forwards the hiring company's DM e-mail ('this Thursday, 4/16, at 7:30 AM "
    "at the Panera ... about an hour'); explicitly the first-round interview despite being 'coffee'. "
    "Company is the client (Arvella), not the agency. DM's address appears in the forwarded header."))
def c10():
    files = {}
    fwd_date = at(2026, 4, 13, 9, 2, weekday="Monday")
    sent1 = at(2026, 4, 13, 9, 41)
    subj = "Marisol Keegan - Arvella Primary Care Sales Rep (Wayne)"
    steve_body = ("Lauren,\n\nThanks for sending Marisol over - strong background, and the formulary wins at "
                  "her current company stood out. I can meet her for coffee this Thursday, 4/16, at 7:30 AM "
                  "at the Panera on Route 23 in Wayne before my first call. Plan on about an hour.\n\n"
                  "Steve\n\nSteve Kaminski\nDistrict Manager, Primary Care - North Jersey\n"
                  "Arvella Pharmaceuticals\n")
    body1 = ("Marisol,\n\nGreat news - see below from Steve Kaminski, the District Manager at Arvella. This is "
             "your first-round interview. It's over coffee, but treat it as a formal interview: business "
             "professional, bring your brag book and a few copies of your resume.\n\n"
             "Please confirm with me and I'll let Steve know.\n\nLauren\n\n"
             "Lauren Pacheco\nSenior Recruiter, Pharmaceutical Sales\nSummit Bridge Staffing\n(973) 555-0182\n\n"
             "---------- Forwarded message ---------\n"
             f"From: Kaminski, Steve <{STEVE[1]}>\n"
             f"Date: {fwd_date:%a}, {fwd_date:%b} {fwd_date.day}, {fwd_date.year} at {hm(fwd_date)}\n"
             f"Subject: RE: {subj}\nTo: {LAUREN[0]} <{LAUREN[1]}>\n\n" + steve_body)
    files["01-fwd-arvella-dm-coffee.eml"], mid1 = gmail_mail(
        seed="c10-1", sent=sent1, sender=LAUREN, to=[(OWNER_NAME, OWNER)], subject="Fwd: RE: " + subj,
        body=body1)
    reply_sent = at(2026, 4, 13, 10, 5)
    reply_mid = f"<CAM{b32ish('c10reply', 30)}@mail.example.com>"
    sent2 = at(2026, 4, 13, 13, 10)
    body2 = ("Confirmed with Steve - he'll grab a table near the window, navy quarter-zip. Good luck "
             "Thursday!\n\nLauren\n\n"
             f"On {reply_sent:%a}, {reply_sent:%b} {reply_sent.day}, {reply_sent.year} at {hm(reply_sent)} "
             f"Marisol Keegan <{OWNER}> wrote:\n"
             + quote("Hi Lauren,\n\nConfirmed - Thursday at 7:30 in Wayne works. Thank you!\n\nMarisol\n") + "\n")
    files["02-lauren-confirmed.eml"], _ = gmail_mail(
        seed="c10-2", sent=sent2, sender=LAUREN, to=[(OWNER_NAME, OWNER)], subject="Re: Fwd: RE: " + subj,
        body=body2, in_reply_to=reply_mid, references=f"{mid1} {reply_mid}")
    return files


# ---- 11 Outlook invite, METHOD:CANCEL, then a brand-new invite (new UID) -> two entries
ERIN = ("Erin Castellano", "ecastellano@quilloncardio.example")
C11_S1 = at(2026, 4, 14, 15, 0, weekday="Tuesday")
C11_E1 = C11_S1 + timedelta(hours=1)
C11_S2 = at(2026, 4, 20, 15, 30, weekday="Monday")
C11_E2 = C11_S2 + timedelta(hours=1)
C11_ROLE = "Cardiac Rhythm Management Sales Representative"


@case("b142-11-outlook-cancel-then-new-invite", label(
    [interview("Quillon Cardio", C11_ROLE, C11_S1, C11_E1, "cancelled", [ERIN[1]], [ERIN[1]],
               "hiring_manager"),
     interview("Quillon Cardio", C11_ROLE, C11_S2, C11_E2, "scheduled", [ERIN[1]], [ERIN[1]],
               "hiring_manager")],
    "hard", "positive/cancel-and-rebook",
    "Regional manager's Teams invite for Tue Apr 14 3 PM, then 'Canceled:' (METHOD:CANCEL, same UID), then a "
    "new invite with a NEW UID for Mon Apr 20 3:30 PM. Per the rules: one cancelled + one scheduled entry."))
def c11():
    files = {}
    sent1 = at(2026, 4, 8, 11, 20, weekday="Wednesday")
    subj1 = f"Interview: Marisol Keegan - {C11_ROLE}"
    body1 = ("Hi Marisol,\n\nThank you for your interest in joining Quillon Cardio. This will be a one-hour "
             "conversation with me about your background, how you build relationships in the EP lab, and "
             "our Northern NJ territory.\n\nErin Castellano\nRegional Manager, Cardiac Rhythm Management - "
             "Northeast\nQuillon Cardio\n")
    uid1 = exchange_uid("c11-a")
    files["01-interview-invite.eml"], _ = exchange_invite(
        seed="c11-1", sent=sent1, organizer=ERIN, to=[(OWNER_NAME, OWNER)], subject=subj1, start=C11_S1,
        end=C11_E1, tzid="Eastern Standard Time", location="Microsoft Teams Meeting", body=body1, uid=uid1)
    sent2 = at(2026, 4, 13, 7, 58, weekday="Monday")
    body2 = ("Marisol - I've been pulled in to cover an implant case tomorrow afternoon and have to cancel our "
             "interview. I'm so sorry. I'll send a new time shortly.\n\nErin\n")
    files["02-canceled-interview.eml"], _ = exchange_invite(
        seed="c11-2", sent=sent2, organizer=ERIN, to=[(OWNER_NAME, OWNER)], subject="Canceled: " + subj1,
        start=C11_S1, end=C11_E1, tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
        body=body2, uid=uid1, seq=1, method="CANCEL", teams=False)
    sent3 = at(2026, 4, 14, 8, 40, weekday="Tuesday")
    body3 = ("Hi Marisol,\n\nThanks for your patience - here is the new time for our interview. Same format, "
             "one hour on Teams.\n\nErin Castellano\nRegional Manager, Cardiac Rhythm Management - "
             "Northeast\nQuillon Cardio\n")
    files["03-new-interview-invite.eml"], _ = exchange_invite(
        seed="c11-3", sent=sent3, organizer=ERIN, to=[(OWNER_NAME, OWNER)],
        subject=f"Interview (new time): Marisol Keegan - {C11_ROLE}", start=C11_S2, end=C11_E2,
        tzid="Eastern Standard Time", location="Microsoft Teams Meeting", body=body3,
        uid=exchange_uid("c11-b"))
    return files


# ---- 12 Standalone Outlook .ics (PUBLISH), stamped in February, event after DST
VANESSA = ("Vanessa Oduya", "voduya@merriweather-bio.example")
GORDON = ("Gordon Pryce", "gpryce@merriweather-bio.example")
C12_S = at(2026, 3, 12, 9, 30, weekday="Thursday")
C12_E = C12_S + timedelta(hours=1)
C12_ROLE = "Specialty Account Manager, Rare Disease (NJ / Eastern PA)"


@case("b142-12-standalone-ics-final-round-dst", label(
    [interview("Merriweather Biosciences", C12_ROLE, C12_S, C12_E, "scheduled", [GORDON[1]], [GORDON[1]],
               "hiring_manager")],
    "medium", "positive/standalone-ics-dst",
    "Only an exported Outlook .ics (METHOD:PUBLISH, TZID 'Eastern Standard Time' with VTIMEZONE, DTSTAMP in "
    "February). Thu Mar 12 9:30 is after the Mar 8 switch -> -04:00. Recruiting coordinator organises; the "
    "Regional Sales Director conducts the final interview."))
def c12():
    desc = (f"Final interview - {C12_ROLE}\n\nYou will meet in person with {GORDON[0]}, Regional Sales "
            "Director, at our Princeton office (600 College Road East, Suite 210). Vanessa will greet you in "
            "the lobby at 9:15. Please bring two copies of your resume and your brag book.\n\n"
            f"{VANESSA[0]} | Recruiting Coordinator | Merriweather Biosciences | {VANESSA[1]}")
    lines = (["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
              "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + vtimezone_windows("Eastern Standard Time")
             + ["BEGIN:VEVENT",
                f"ORGANIZER;CN={VANESSA[0]}:mailto:{VANESSA[1]}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={GORDON[0]}:mailto:{GORDON[1]}",
                "CLASS:PUBLIC", f"CREATED:{ical_utc(at(2026, 2, 27, 13, 45))}",
                f"DESCRIPTION:{esc(desc)}",
                f"DTEND;TZID=Eastern Standard Time:{ical_local(C12_E, ET)}",
                f"DTSTAMP:{ical_utc(at(2026, 2, 27, 13, 45))}",
                f"DTSTART;TZID=Eastern Standard Time:{ical_local(C12_S, ET)}",
                f"LAST-MODIFIED:{ical_utc(at(2026, 2, 27, 13, 45))}",
                "LOCATION:Merriweather Biosciences - 600 College Road East\\, Suite 210\\, Princeton\\, NJ",
                "PRIORITY:5", "SEQUENCE:0",
                "SUMMARY;LANGUAGE=en-us:Final Interview - Merriweather Biosciences - Gordon Pryce / Marisol Keegan",
                "TRANSP:OPAQUE", f"UID:{exchange_uid('c12')}",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
                "X-MS-OLK-CONFTYPE:0",
                "BEGIN:VALARM", "TRIGGER:-PT1H", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                "END:VEVENT", "END:VCALENDAR"])
    return {"01-final-interview-merriweather.ics": ics(lines).encode("utf-8")}


# ---- 13 Onsite assessment day sent as itinerary + three invites
JAMAL = ("Jamal Whitaker", "jwhitaker@vantor-ortho.example")
KRISTIN = ("Kristin Albrecht", "kalbrecht@vantor-ortho.example")
MARCUS = ("Marcus Hale", "mhale@vantor-ortho.example")
DEBORAH = ("Deborah Yin", "dyin@vantor-ortho.example")
SHANNON = ("Shannon Rourke", "srourke@vantor-ortho.example")
C13_DAY = (2026, 4, 23)
C13_SLOTS = [  # (start h, m), (end h, m)
    ((9, 0), (9, 45)), ((10, 0), (11, 0)), ((11, 0), (12, 0)), ((12, 0), (12, 30))]
C13_S = at(*C13_DAY, 9, 0, weekday="Thursday")
C13_E = at(*C13_DAY, 12, 30)
C13_ROLE = "Trauma Sales Associate - Central NJ"


@case("b142-13-onsite-assessment-day-three-invites", label(
    [interview("Vantor Orthopedics", C13_ROLE, C13_S, C13_E, "scheduled",
               [KRISTIN[1], MARCUS[1], DEBORAH[1], SHANNON[1]], [KRISTIN[1], MARCUS[1], DEBORAH[1], SHANNON[1]],
               "onsite")],
    "hard", "positive/onsite-loop",
    "Coordinator sends an itinerary (sales-plan presentation, panel, lunch, HR interview) and three separate "
    "Outlook invites for the same day in Bridgewater. One onsite from 9:00 to 12:30 EDT with all four "
    "interviewers; the coordinator is not an interviewer."))
def c13():
    files = {}
    sent0 = at(2026, 4, 17, 14, 5, weekday="Friday")
    t = lambda hmv: at(*C13_DAY, *hmv)
    rows = [(t(C13_SLOTS[0][0]), t(C13_SLOTS[0][1]), "Sales plan presentation (30-60-90 day business plan)",
             f"{KRISTIN[0]}, Regional Manager - Mid-Atlantic"),
            (t(C13_SLOTS[1][0]), t(C13_SLOTS[1][1]), "Panel interview",
             f"{MARCUS[0]}, Area Director; {DEBORAH[0]}, Senior Trauma Sales Consultant"),
            (t(C13_SLOTS[2][0]), t(C13_SLOTS[2][1]), "Lunch (Ridge Cafe, on site)", f"{MARCUS[0]} & {DEBORAH[0]}"),
            (t(C13_SLOTS[3][0]), t(C13_SLOTS[3][1]), "HR interview", f"{SHANNON[0]}, HR Business Partner")]
    itin = "\n".join(f"  {hm(a)} - {hm(b)}  {what} - {who}" for a, b, what, who in rows)
    body0 = ("Hi Marisol,\n\nWe're excited to host you for your final-round assessment day at our Bridgewater "
             f"office on {long_date(C13_S)}. Here is your itinerary (all times Eastern):\n\n{itin}\n\n"
             "Address: Vantor Orthopedics, 1100 Route 22 East, Bridgewater, NJ 08807. Park in the visitor lot "
             "and check in at the front desk by 8:45; I'll meet you there.\n\n"
             "For the presentation, please bring your 30-60-90 day plan on a USB drive and 4 printed copies. "
             "You'll also do a short product role-play during the panel - we'll send the product sheet "
             "Monday.\n\nYou'll receive separate calendar invitations for each session.\n\n"
             "Best regards,\nJamal\n\nJamal Whitaker\nTalent Acquisition Coordinator\nVantor Orthopedics\n"
             f"{JAMAL[1]}\n")
    files["01-assessment-day-itinerary.eml"], mid0 = outlook_mail(
        seed="c13-0", sent=sent0, sender=JAMAL, to=[(OWNER_NAME, OWNER)],
        subject=f"Your assessment day at Vantor Orthopedics - {long_date(C13_S)}", body=body0)
    loc = "Vantor Orthopedics - 1100 Route 22 East, Bridgewater, NJ - Conf. Rm Raritan"
    invites = [("02-invite-sales-plan-presentation.eml", "Vantor - Sales Plan Presentation - M. Keegan",
                rows[0], [KRISTIN]),
               ("03-invite-panel-interview.eml", "Vantor - Panel Interview - M. Keegan", rows[1],
                [MARCUS, DEBORAH]),
               ("04-invite-hr-interview.eml", "Vantor - HR Interview - M. Keegan", rows[3], [SHANNON])]
    for i, (fname, subj, (a, b, what, who), people) in enumerate(invites):
        body = (f"{what} with {who}.\nPart of your assessment day for the {C13_ROLE} role; see the "
                "itinerary I sent earlier.\n\nJamal Whitaker | Talent Acquisition Coordinator | Vantor Orthopedics\n")
        files[fname], _ = exchange_invite(
            seed=f"c13-{i + 1}", sent=sent0 + timedelta(minutes=6 + 2 * i), organizer=JAMAL,
            to=[(OWNER_NAME, OWNER)] + people, subject=subj, start=a, end=b, tzid="Eastern Standard Time",
            location=loc, body=body, uid=exchange_uid(f"c13-{i}"), teams=False)
    return files


# ============================================================================ negatives
# ---- 14 Lunch-and-learn she runs at a clinic (work mail auto-forwarded)
TAMMY = ("Tammy Rizzo", "trizzo@morrisvalleyfp.example")
FWD_HEADERS = [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]


@case("b142-14-lunch-and-learn-she-presents", label(
    [], "hard", "negative/user-presents-lunch-and-learn",
    "Clinic office manager's Outlook invite for a lunch & learn the user (a drug rep) runs for the "
    "providers; mentions 'interviewing a new PA candidate' for someone else. Not a job interview for the user."))
def c14():
    sent = at(2026, 2, 26, 10, 33, weekday="Thursday")
    s = at(2026, 3, 4, 12, 0, weekday="Wednesday")
    body = ("Hi Marisol,\n\nConfirming your lunch & learn for Wednesday 3/4. Headcount is 11 (Dr. Haddad, Dr. "
            "Chen, 3 NPs and 6 staff). Two are gluten-free and please no seafood.\n\n"
            "The providers will have about 20 minutes between patients for your presentation, so please be "
            "set up by 11:45. We're interviewing a new PA candidate in the conference room at 1:15, so we "
            "need the room cleared by 1:00.\n\nThank you!\nTammy\n\nTammy Rizzo\nOffice Manager\n"
            "Morris Valley Family Practice\n(973) 555-0126\n")
    data, _ = exchange_invite(
        seed="c14", sent=sent, organizer=TAMMY, to=[("Keegan, Marisol", WORK)],
        subject="Lunch & Learn - Velquira (Aldenbrook) - Marisol Keegan", start=s, end=s + timedelta(hours=1),
        tzid="Eastern Standard Time", location="Morris Valley Family Practice - 2nd floor break room",
        body=body, uid=exchange_uid("c14"), teams=False, extra_headers=FWD_HEADERS)
    return {"01-lunch-and-learn-invite.eml": data}


# ---- 15 Compliance training webinar (Zoom registration + ics)
@case("b142-15-compliance-training-webinar", label(
    [], "medium", "negative/compliance-webinar",
    "Mandatory compliance certification webinar from the current employer via Zoom, with an .ics; agenda "
    "includes 'mock HCP interview scenarios' role-played with district managers. Training, not an interview."))
def c15():
    sent = at(2026, 3, 9, 8, 2, weekday="Monday")
    s = at(2026, 3, 19, 13, 0, weekday="Thursday")
    e = s + timedelta(minutes=90)
    title = "Field Compliance Certification 2026: PhRMA Code, Sunshine Act & Speaker Programs"
    text = (f"Hi Marisol Keegan,\n\nThank you for registering for \"{title}\".\n\n"
            "Please submit any questions to: compliance.training@aldenbrook-pharma.example\n\n"
            f"Date Time: {s:%b} {s.day}, {s.year} {s.strftime('%I:%M %p')} Eastern Time (US and Canada)\n\n"
            "Join from PC, Mac, iPad, or Android: https://aldenbrook.zoom.us/w/92814460371?tk=" + b32ish("c15tk", 43)
            + "\nPasscode: 417209\n\nAgenda (90 minutes, attendance mandatory for all field sales employees):\n"
            "  1. PhRMA Code refresher and meals with HCPs\n  2. Open Payments / Sunshine Act reporting\n"
            "  3. Responding to unsolicited off-label requests\n"
            "  4. Mock HCP interview scenarios - role-play with your district manager\n"
            "  5. Knowledge check (80% to pass)\n\n"
            "You can cancel your registration at any time.\n\nAdd to calendar: the .ics file is attached.\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
               "CALSCALE:GREGORIAN"] + VTIMEZONE_NY + ["BEGIN:VEVENT", f"DTSTAMP:{ical_utc(sent)}",
               f"DTSTART;TZID=America/New_York:{ical_local(s, ET)}",
               f"DTEND;TZID=America/New_York:{ical_local(e, ET)}", f"SUMMARY:{esc(title)}",
               f"UID:{ical_utc(sent)}-92814460371@zoom.us", "TZID:America/New_York",
               f"DESCRIPTION:{esc('Join Zoom Webinar: https://aldenbrook.zoom.us/w/92814460371')}",
               "LOCATION:https://aldenbrook.zoom.us/w/92814460371",
               "ORGANIZER;CN=Aldenbrook Compliance & Ethics:mailto:no-reply@zoom.us",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    data, _ = ats_mail(seed="c15", sent=sent, sender=A("Aldenbrook Compliance & Ethics", "no-reply@zoom.us"),
                       reply_to=A("Aldenbrook Compliance Training", "compliance.training@aldenbrook-pharma.example"),
                       to=WORK, to_name="Marisol Keegan", subject=f"{title} Confirmation", text=text,
                       html=simple_html(text), ics_text=cal, ics_name="ical.ics", ics_method="PUBLISH",
                       msgid_domain="zoom.us", extra_headers=FWD_HEADERS)
    return {"01-zoom-webinar-registration.eml": data}


# ---- 16 Sales-award dinner with an on-camera "interview" for the meeting video
@case("b142-16-presidents-club-dinner-video-interview", label(
    [], "hard", "negative/award-dinner-press-interview",
    "User forwards her own President's Club awards-dinner invitation to her personal address; the "
    "communications team will do a 10-minute on-camera 'interview slot' with each winner for a meeting "
    "video. Recognition/press-style, not a job interview."))
def c16():
    orig = at(2026, 3, 24, 16, 15, weekday="Tuesday")
    sent = at(2026, 3, 24, 16, 40)
    d = at(2026, 4, 17, 18, 30, weekday="Friday")
    inner = ("Team,\n\nCongratulations! Based on final 2025 results you have qualified for President's Club, "
             "and we'd like to celebrate you and a guest at our regional awards dinner:\n\n"
             f"  {long_date(d)}\n  6:30 PM cocktails | 7:30 PM dinner and awards\n"
             "  The Madison Hotel, 1 Convent Road, Morristown, NJ\n\n"
             "During the cocktail hour our Communications team will be doing short on-camera interviews with "
             "each winner for the National Sales Meeting video. Kara Lindell (klindell@aldenbrook-pharma.example) "
             "will send you a 10-minute interview slot between 6:30 and 7:15 PM - just talk about a win you're "
             "proud of.\n\nPlease RSVP with your guest's name and any dietary needs by April 3.\n\n"
             "Nate\n\nNate Holloway\nRegional Business Director - Northeast\nAldenbrook Pharma\n")
    body = ("saving to personal so I have the details\n\n"
            "From: Holloway, Nate <nholloway@aldenbrook-pharma.example>\n"
            f"Sent: {long_date(orig)} {hm(orig)}\n"
            "To: NE Region - President's Club 2025 <ne-presidentsclub2025@aldenbrook-pharma.example>\n"
            "Subject: President's Club 2025 - Regional Awards Dinner, April 17\n\n" + inner)
    data, _ = outlook_mail(seed="c16", sent=sent, sender=("Keegan, Marisol", WORK), to=[(OWNER_NAME, OWNER)],
                           subject="FW: President's Club 2025 - Regional Awards Dinner, April 17", body=body)
    return {"01-fw-presidents-club-dinner.eml": data}


# ---- 17 Doctor's office visit: pre-employment physical
@case("b142-17-pre-employment-physical-appointment", label(
    [], "medium", "negative/doctor-visit",
    "Occupational-health clinic confirms a pre-employment physical and drug screen (doctor's office visit) "
    "with an .ics; full of hiring vocabulary (employer, offer, onboarding) but not an interview."))
def c17():
    sent = at(2026, 4, 15, 16, 2, weekday="Wednesday")
    s = at(2026, 4, 21, 8, 15, weekday="Tuesday")
    e = s + timedelta(minutes=45)
    text = ("Hello Marisol,\n\nYour appointment is confirmed.\n\n"
            f"Date: {long_date(s)}\nTime: {hm(s)} (please arrive 15 minutes early)\n"
            "Provider: Alan Whitcomb, MD\n"
            "Visit type: Pre-employment physical + 10-panel drug screen\n"
            "Employer account: Harrowgate Pharma - Field Sales Onboarding (Auth #HG-55812)\n"
            "Location: Lakeland Occupational Health, 270 Route 46 West, Ledgewood, NJ 07852\n\n"
            "Please bring a photo ID, your glasses or contacts, and the employer authorization form that was "
            "sent with your offer letter. Results are released directly to your employer's HR team.\n\n"
            "To reschedule, call (973) 555-0170 or reply to this message.\n\nLakeland Occupational Health\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Lakeland Occupational Health//Patient Portal//EN", "VERSION:2.0",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:appt-{hx('c17', 16)}@lakeland-occhealth.example",
               f"DTSTAMP:{ical_utc(sent)}", f"DTSTART:{ical_utc(s)}", f"DTEND:{ical_utc(e)}",
               "SUMMARY:Pre-Employment Physical - Lakeland Occupational Health",
               "LOCATION:270 Route 46 West\\, Ledgewood\\, NJ 07852",
               "DESCRIPTION:Provider: Alan Whitcomb\\, MD. Bring photo ID and employer authorization form.",
               "END:VEVENT", "END:VCALENDAR"])
    data, _ = ats_mail(seed="c17", sent=sent,
                       sender=A("Lakeland Occupational Health", "appointments@lakeland-occhealth.example"),
                       subject=f"Appointment Confirmed: Pre-Employment Physical - {s:%a}, {s:%b} {s.day} at {hm(s)}",
                       text=text, html=simple_html(text), ics_text=cal, ics_name="appointment.ics",
                       ics_method="PUBLISH", msgid_domain="lakeland-occhealth.example")
    return {"01-appointment-confirmation.eml": data}


# ---- 18 Paid mock interview / role-play with a career coach (Calendly)
@case("b142-18-career-coach-mock-role-play", label(
    [], "medium", "negative/mock-coaching",
    "Calendly confirmation of a paid 'Pharma Sales Mock Interview + Role-Play' with a career coach, with an "
    ".ics. Mock/coaching sessions are not interviews."))
def c18():
    sent = at(2026, 3, 3, 20, 14, weekday="Tuesday")
    s = at(2026, 3, 7, 10, 0, weekday="Saturday")
    e = s + timedelta(hours=1)
    ev = "Pharma Sales Mock Interview + Role-Play (60 min)"
    text = (f"Hi Marisol Keegan,\n\nA new event has been scheduled.\n\nEvent Type:\n{ev}\n\n"
            f"Invitee:\n{OWNER_NAME}\n\nInvitee Email:\n{OWNER}\n\n"
            f"Event Date/Time:\n{hm_lc(s)} - {hm_lc(e)} (Eastern Time - US & Canada) on {long_date(s)}\n\n"
            "Location:\nThis is a Zoom web conference. https://us06web.zoom.us/j/83390214577\n\n"
            "Questions:\nWhat interviews are you preparing for?\n"
            "DM panel + sales plan presentation with a med-device company, plus a field ride\n\n"
            "Payment:\n$149.00 USD\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/" + guid("c18c")
            + "\nReschedule: https://calendly.com/reschedulings/" + guid("c18r") + "\n\n"
            "Powered by Calendly.com\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTAMP:{ical_utc(sent)}", f"DTSTART:{ical_utc(s)}",
               f"DTEND:{ical_utc(e)}", f"SUMMARY:{esc(ev)} with Debra Quinlan",
               f"UID:{guid('c18uid')}@calendly.com",
               "ORGANIZER;CN=Debra Quinlan:mailto:debra@rxcareerlaunch.example",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}",
               "LOCATION:https://us06web.zoom.us/j/83390214577",
               "DESCRIPTION:Rx Career Launch coaching session. Bring the job description and your brag book.",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    data, _ = ats_mail(seed="c18", sent=sent, sender=A("Calendly", "notifications@calendly.com"),
                       reply_to=A("Debra Quinlan", "debra@rxcareerlaunch.example"),
                       subject=f"New Event: {OWNER_NAME} - {hm_lc(s)} {long_date(s)} - {ev}",
                       text=text, html=simple_html(text), ics_text=cal, ics_name="invite.ics",
                       msgid_domain="calendly.com")
    return {"01-calendly-mock-interview-role-play.eml": data}


# ---- 19 Workday self-scheduling link never booked (+ reminder listing open slots)
@case("b142-19-workday-schedule-link-unbooked", label(
    [], "hard", "negative/unbooked-scheduling-link",
    "Workday asks the candidate to pick a phone-interview slot, then reminds her that slots such as Tue Mar "
    "10 9:00 AM are still open. Nothing is ever booked -> availability request, not an interview."))
def c19():
    wd = "dunmorepharma@myworkday.com"
    role = "Cardiovascular Sales Representative - Paramus, NJ"
    sent1 = at(2026, 3, 5, 11, 26, weekday="Thursday")
    a, b = at(2026, 3, 10, weekday="Tuesday"), at(2026, 3, 12, weekday="Thursday")
    t1 = ("Hi Marisol,\n\nCongratulations! The hiring team for the " + role + " position (JR-20419) would "
          "like to schedule a 30-minute phone interview with you and the District Manager.\n\n"
          "Please sign in to your candidate home and select a time that works for you. Available times are "
          f"shown in Eastern Time between {a:%A}, {a:%B} {a.day} and {b:%A}, {b:%B} {b.day}.\n\n"
          "Schedule your interview: https://wd5.myworkday.com/dunmorepharma/d/task/2997$7719.htmld\n\n"
          "Thank you,\nDunmore Pharmaceuticals Talent Acquisition\n\nThis email was sent from an unmonitored "
          "mailbox.\n")
    f1, _ = ats_mail(seed="c19-1", sent=sent1, sender=A("Dunmore Pharmaceuticals", wd),
                     subject=f"Action Required: Schedule your interview - {role}", text=t1,
                     html=simple_html(t1), msgid_domain="myworkday.com")
    sent2 = at(2026, 3, 9, 7, 30, weekday="Monday")
    s1 = at(2026, 3, 10, 9, 0)
    s2 = at(2026, 3, 10, 14, 30)
    t2 = ("Hi Marisol,\n\nThis is a reminder that you have not yet scheduled your phone interview for the "
          f"{role} position (JR-20419). Time slots are filling quickly. The next available times include:\n\n"
          f"  {long_date(s1)} at {hm(s1)} ET\n  {long_date(s2)} at {hm(s2)} ET\n\n"
          "Select a time: https://wd5.myworkday.com/dunmorepharma/d/task/2997$7719.htmld\n\n"
          "If you are no longer interested, you can withdraw your application from your candidate home.\n\n"
          "Dunmore Pharmaceuticals Talent Acquisition\n")
    f2, _ = ats_mail(seed="c19-2", sent=sent2, sender=A("Dunmore Pharmaceuticals", wd),
                     subject=f"Reminder: Schedule your interview - {role}", text=t2, html=simple_html(t2),
                     html_cte="base64", msgid_domain="myworkday.com")
    return {"01-workday-schedule-your-interview.eml": f1, "02-workday-reminder-unscheduled.eml": f2}


# ---- 20 Rejection after a (past) panel + candidate-experience survey
@case("b142-20-rejection-after-panel-and-survey", label(
    [], "medium", "negative/rejection",
    "Phenom rejection that references a past panel ('Tuesday, March 24'), followed by a survey about the "
    "interview experience. Rejections and surveys are not interviews."))
def c20():
    p = at(2026, 3, 24, weekday="Tuesday")
    sent1 = at(2026, 3, 27, 15, 44, weekday="Friday")
    role = "Territory Business Manager - Bergen County"
    t1 = ("Dear Marisol,\n\nThank you for taking the time to interview with our regional panel on "
          f"{p:%A}, {p:%B} {p.day} for the {role} role. We enjoyed learning about your launch experience and "
          "your sales plan for the territory.\n\nAfter careful consideration, we have decided to move forward "
          "with another candidate whose experience more closely matches our current needs. We encourage you "
          "to apply for future openings that match your background.\n\n"
          "We wish you all the best in your search.\n\nPemberton Biotech Talent Acquisition\n")
    f1, _ = ats_mail(seed="c20-1", sent=sent1, sender=A("Pemberton Biotech Careers", "no-reply@phenompeople.com"),
                     subject=f"Update on your application: {role}", text=t1, html=simple_html(t1),
                     msgid_domain="phenompeople.com")
    sent2 = at(2026, 3, 30, 10, 0, weekday="Monday")
    t2 = ("Hi Marisol,\n\nHow was your interview experience with Pemberton Biotech? Your feedback helps us "
          "improve. The survey takes about 2 minutes and your answers are anonymous.\n\n"
          "Take the survey: https://survey.pembertonbio.example/cx/" + b32ish("c20s", 20) + "\n\n"
          "Thank you,\nPemberton Biotech Talent Acquisition\n")
    f2, _ = ats_mail(seed="c20-2", sent=sent2, sender=A("Pemberton Biotech Careers", "no-reply@phenompeople.com"),
                     subject="Tell us about your interview with Pemberton Biotech", text=t2, html=simple_html(t2),
                     msgid_domain="phenompeople.com")
    return {"01-phenom-application-update.eml": f1, "02-candidate-experience-survey.eml": f2}


# ---- 21 User hosts another candidate's field ride (she is not the candidate)
@case("b142-21-hosts-candidate-field-ride", label(
    [], "hard", "negative/user-is-interviewer",
    "Her current DM invites her (work address, auto-forwarded) to host a final-round candidate's field ride "
    "and return an evaluation form. The user is the evaluator, not the candidate."))
def c21():
    craig = ("Craig Denholm", "cdenholm@aldenbrook-pharma.example")
    sent = at(2026, 4, 2, 17, 25, weekday="Thursday")
    s = at(2026, 4, 8, 8, 30, weekday="Wednesday")
    e = at(2026, 4, 8, 13, 0)
    body = ("Marisol,\n\nThank you for volunteering to host our final-round candidate for the Dover "
            "territory. Jordan Pike will ride with you Wednesday morning - this field ride is the last step in "
            "Jordan's interview process, so please give him a realistic day (a couple of tough gatekeepers "
            "would be ideal).\n\nPlease send me the candidate evaluation form by end of day Thursday. Do not "
            "discuss compensation or the bonus plan.\n\nThanks,\nCraig\n\nCraig Denholm\n"
            "District Sales Manager - Morris/Sussex\nAldenbrook Pharma\n")
    data, _ = exchange_invite(
        seed="c21", sent=sent, organizer=craig, to=[("Keegan, Marisol", WORK)],
        subject="Candidate Field Ride - Jordan Pike (Territory Sales Rep, Req 4471)", start=s, end=e,
        tzid="Eastern Standard Time", location="Meet at Randolph Diner, 517 Route 10, Randolph, NJ",
        body=body, uid=exchange_uid("c21"), teams=False, extra_headers=FWD_HEADERS)
    return {"01-candidate-field-ride-invite.eml": data}


# ---- 22 One-way video "interview" (HireVue on-demand)
@case("b142-22-hirevue-on-demand-video", label(
    [], "medium", "negative/one-way-video",
    "HireVue on-demand (one-way, recorded) 'interview' with a completion deadline. One-way video assessments "
    "are not interviews."))
def c22():
    sent = at(2026, 4, 6, 9, 12, weekday="Monday")
    due = at(2026, 4, 10, 23, 59, weekday="Friday")
    role = "Specialty Sales Consultant - Newark, NJ"
    text = ("Hi Marisol,\n\nThank you for your interest in the " + role + " position at Renfield Pharma!\n\n"
            "The next step in our hiring process is an On Demand Interview. You'll answer 6 pre-recorded "
            "questions on video, with up to 2 minutes per answer. There's no live interviewer - you can "
            "complete it at any time that suits you.\n\n"
            f"Please complete your interview by {long_date(due)} at {hm(due)} Eastern.\n\n"
            "Start your interview: https://app.hirevue.com/candidate/interviews/" + b32ish("c22i", 24) + "\n\n"
            "Tips: find a quiet, well-lit place and test your camera and microphone first.\n\n"
            "Good luck!\nRenfield Pharma Talent Acquisition\n\nPowered by HireVue\n")
    data, _ = ats_mail(seed="c22", sent=sent, sender=A("Renfield Pharma", "noreply@hirevue.com"),
                       subject=f"Renfield Pharma - Your On Demand Interview for {role}", text=text,
                       html=simple_html(text), msgid_domain="hirevue.com")
    return {"01-hirevue-on-demand-interview.eml": data}


# ----------------------------------------------------------------------------- main
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b142-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for cid, fn, lab in CASES:
        files = fn()
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in sorted(files.items()):
            assert fname[:3] in {f"{i:02d}-" for i in range(1, 20)}, fname
            with open(os.path.join(d, fname), "wb") as fh:
                fh.write(data)
        labels[cid] = lab
    ids = [c for c, _, _ in CASES]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for i, cid in enumerate(ids, 1):
        assert cid.startswith(f"b142-{i:02d}-"), cid
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind142 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    n_int = sum(len(l["interviews"]) for l in labels.values())
    canc = sum(1 for l in labels.values() for i in l["interviews"] if i["status"] == "cancelled")
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_int} interviews "
          f"({n_int - canc} scheduled, {canc} cancelled)")


if __name__ == "__main__":
    main()
