#!/usr/bin/env python3
"""Regenerate the blind214 evaluation set (HK private banker; HK / Singapore / London).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries, so every run writes the same
bytes.  Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
Every case folder b214-* next to this file is deleted and rewritten, and labels.yaml is rewritten.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b214"

USER = "vivian.cheung.wy@example.com"
USER_NAME = "Vivian Cheung"

HK = ZoneInfo("Asia/Hong_Kong")
SG = ZoneInfo("Asia/Singapore")
LDN = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")


# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------
def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday named in the text; return dt."""
    assert dt.strftime("%A") == name, (dt.isoformat(), dt.strftime("%A"), name)
    return dt


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat()


def gtime(dt):
    h = dt.hour % 12 or 12
    return f"{h}" + (f":{dt.minute:02d}" if dt.minute else "") + ("am" if dt.hour < 12 else "pm")


def gdate(dt):
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def us_time(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def when_us(s, e, label):
    return f"{s:%A}, {s:%B} {s.day}, {s.year} {us_time(s)}-{us_time(e)} {label}."


def when_gb(s, e, label):
    return f"{s:%A}, {s.day} {s:%B} {s.year} {s:%H:%M}-{e:%H:%M} {label}."


# ----------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------
def h(seed, n=40):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b32(seed, n=26):
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "+").encode()).digest()
    return base64.b32encode(raw).decode().lower().rstrip("=")[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in h(seed, n))


def bnd(seed, style="gmail"):
    x = h("bnd" + seed, 40)
    if style == "gmail":
        return "0000000000" + x[:18]
    if style == "outlook":
        return "_000_" + x[:32].upper() + "prodoutlookcom_"
    if style == "apple":
        return "Apple-Mail=_" + "-".join([x[:8], x[8:12], x[12:16], x[16:20], x[20:32]]).upper()
    return "----=_Part_" + digits(seed, 7) + "_" + digits(seed + "b", 9) + "." + digits(seed + "c", 13)


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + h(seed, 16).upper() + "0000000000000000"
            + "10000000" + h(seed + "u", 32).upper())


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest() + b"\x00\x00").decode()


# ----------------------------------------------------------------------------------------------
# MIME helpers (hand-built so the bytes are stable)
# ----------------------------------------------------------------------------------------------
def hdr(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, email):
    if name is None:
        return email
    return formataddr((name, email))


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, content, cte="quoted-printable", extra=()):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if cte == "base64":
        body = b64lines(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    head = f"Content-Type: {ctype}\n" + "".join(f"{k}: {v}\n" for k, v in extra)
    return head + f"Content-Transfer-Encoding: {cte}\n\n" + body


def multipart(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def message(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return ("\n".join(lines) + "\nMIME-Version: 1.0\n" + body).encode("utf-8")


def received(host, ip, dt, seed):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{h(seed, 10).upper()}\n        for <{USER}>; {rfc(dt)}")


def std_headers(*, frm, to, subject, date, msgid, cc=None, reply_to=None, irt=None, refs=None,
                sender=None, return_path=None, recv=None, pre=(), post=()):
    hs = [("Delivered-To", USER)]
    if recv:
        hs.append(recv)
    hs.append(("Return-Path", f"<{return_path or frm[1]}>"))
    hs.extend(pre)
    hs.append(("From", addr(*frm)))
    if sender:
        hs.append(("Sender", addr(*sender)))
    if reply_to:
        hs.append(("Reply-To", addr(*reply_to)))
    hs.append(("To", ", ".join(addr(*t) for t in to)))
    if cc:
        hs.append(("Cc", ", ".join(addr(*c) for c in cc)))
    hs.append(("Subject", hdr(subject)))
    hs.append(("Date", rfc(date)))
    hs.append(("Message-ID", msgid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs.extend(post)
    return hs


def to_html(text, font="Calibri,Arial,sans-serif"):
    paras = text.split("\n\n")
    body = ""
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            body += f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>\n'
        else:
            body += "<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}</div></body></html>\n')


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def human_mail(*, seed, frm, to, subject, date, msgid, text, cc=None, irt=None, refs=None,
               client="gmail", plain_cte="quoted-printable", recv=None, reply_to=None):
    if client == "iphone":
        body = leaf('text/plain; charset=utf-8', text, plain_cte)
        post = [("X-Mailer", "iPhone Mail (22E240)")]
        pre = []
    else:
        style = "outlook" if client == "outlook" else "gmail"
        font = "Aptos,Calibri,sans-serif" if client == "outlook" else "Arial,Helvetica,sans-serif"
        body = multipart("alternative", bnd(seed, style), [
            leaf('text/plain; charset="UTF-8"', text, plain_cte),
            leaf('text/html; charset="UTF-8"', to_html(text, font), "quoted-printable"),
        ])
        pre = []
        post = []
        if client == "outlook":
            post = [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "Re: ", "FW: ") else subject)),
                    ("Thread-Index", thread_index(seed)),
                    ("Accept-Language", "en-GB, zh-HK"), ("Content-Language", "en-GB"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    hs = std_headers(frm=frm, to=to, cc=cc, subject=subject, date=date, msgid=msgid, irt=irt,
                     refs=refs, recv=recv, pre=pre, post=post, reply_to=reply_to)
    return message(hs, body)


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
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


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "Asia/Hong_Kong": ["BEGIN:VTIMEZONE", "TZID:Asia/Hong_Kong", "X-LIC-LOCATION:Asia/Hong_Kong",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:HKT",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
    "China Standard Time": ["BEGIN:VTIMEZONE", "TZID:China Standard Time", "BEGIN:STANDARD",
                            "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
                            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Singapore Standard Time": ["BEGIN:VTIMEZONE", "TZID:Singapore Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
                                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT", "END:VTIMEZONE"],
}

WIN_LABEL = {
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "China Standard Time": "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
}


def teams_block(seed):
    mid = " ".join([digits(seed + "m", 3), digits(seed + "n", 3), digits(seed + "o", 3), digits(seed + "p", 3)])
    url = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + b32(seed, 40)
           + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + h(seed + "t", 8) + "-" + h(seed + "t2", 4)
           + "-" + h(seed + "t3", 4) + "-" + h(seed + "t4", 4) + "-" + h(seed + "t5", 12) + "%22%7d")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {mid}\n"
            f"Passcode: {b32(seed + 'pw', 6).upper()}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
    return text, url


def outlook_ics(*, method, organizer, attendees, summary, start, end, wintz, uid, seq, dtstamp,
                description, location, teams_url=None, cancel=False, lang="en-US"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[wintz]
    L.append("BEGIN:VEVENT")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, email, role in attendees:
        if cancel:
            L.append(f"ATTENDEE;ROLE={role};RSVP=TRUE;CN={name}:mailto:{email}")
        else:
            L.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    L.append(f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}")
    L.append(f"UID:{uid}")
    L.append(f"SUMMARY;LANGUAGE={lang}:{esc(summary)}")
    L.append(f"DTSTART;TZID={wintz}:{loc(start)}")
    L.append(f"DTEND;TZID={wintz}:{loc(end)}")
    L.append("CLASS:PUBLIC")
    L.append("PRIORITY:1" if cancel else "PRIORITY:5")
    L.append(f"DTSTAMP:{zstamp(dtstamp)}")
    L.append("TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE")
    L.append("STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"LOCATION;LANGUAGE={lang}:{esc(location)}")
    L.append(f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}")
    L.append(f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(uid, 9)) - 1000000000}")
    L.append("X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")
    L.append("X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
    L.append("X-MICROSOFT-CDO-ALLDAYEVENT:FALSE")
    L.append("X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1")
    L.append("X-MICROSOFT-CDO-INSTTYPE:0")
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
    L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
    L.append("X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT")
    L.append(f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}")
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def outlook_invite(*, seed, organizer, attendees, subject, start, end, wintz, when, body, location,
                   uid, seq, date, msgid, teams=False, cancel=False, recv=None, lang="en-US", extra_to=()):
    """Exchange / Outlook meeting request (or cancellation) as received by the user."""
    parts_text = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n"
    turl = None
    if teams:
        tb, turl = teams_block(seed)
        parts_text += "\n" + tb + "\n"
    cal = outlook_ics(method="CANCEL" if cancel else "REQUEST", organizer=organizer,
                      attendees=[(n, e, r) for n, e, r in attendees], summary=subject, start=start, end=end,
                      wintz=wintz, uid=uid, seq=seq, dtstamp=date, description=parts_text, location=location,
                      teams_url=turl, cancel=cancel, lang=lang)
    b = bnd(seed, "outlook")
    body_mime = multipart("alternative", b, [
        leaf('text/plain; charset="utf-8"', parts_text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(parts_text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={"CANCEL" if cancel else "REQUEST"}', cal, "base64"),
    ])
    subj = ("Canceled: " if cancel else "") + subject
    to = [(n, e) for n, e, r in attendees if r == "REQ-PARTICIPANT"] + list(extra_to)
    cc = [(n, e) for n, e, r in attendees if r == "OPT-PARTICIPANT"] or None
    post = [("Thread-Topic", hdr(subject)), ("Thread-Index", thread_index(seed)),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b32(uid, 24))]
    hs = std_headers(frm=organizer, to=to, cc=cc, subject=subj, date=date, msgid=msgid, recv=recv, post=post)
    return message(hs, body_mime), cal


def google_ics(*, method, organizer, attendees, summary, start, end, uid, seq, dtstamp, created,
               description, location, meet=None, cancel=False):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(dtstamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, partstat in attendees:
        rsvp = "RSVP=TRUE;" if partstat == "NEEDS-ACTION" else ""
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};{rsvp}CN={name};"
                 f"X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:{meet}")
    L += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{zstamp(dtstamp)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED",
          f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def google_invite(*, seed, organizer, attendees, summary, start, end, tzname, tzshort, description,
                  location, uid, seq, date, created, kind="Invitation", note=None, meet=False, recv_ip="209.85.220.73"):
    """Google Calendar invitation / update / cancellation e-mail. attendees: (name, email, partstat)."""
    method = "CANCEL" if kind.startswith("Canceled") else "REQUEST"
    meet_url = f"https://meet.google.com/{b32(seed, 3)}-{b32(seed + 'x', 4)}-{b32(seed + 'y', 3)}" if meet else None
    eid = base64.b64encode(f"{uid.split('@')[0]} {USER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if note:
        lines += [note, ""]
    lines += [summary, f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}", tzname, ""]
    if meet_url:
        lines += ["Join with Google Meet", meet_url, "", "Join by phone", f"(HK) +852 5808 {digits(seed, 4)}",
                  f"PIN: {digits(seed + 'pin', 9)}", ""]
    if location:
        lines += ["Location", location, f"https://www.google.com/maps/search/{location.replace(' ', '+')}?hl=en", ""]
    if description:
        lines += [description, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for name, email, _ in attendees:
        if email == organizer[1]:
            lines += [f"{name} - organizer", email]
        elif name != email:
            lines += [name, email]
        else:
            lines += [email]
    lines += [f"View all guest info {view}", ""]
    if method == "REQUEST":
        lines += [f"Reply for {USER} and view more details {view}", "Your attendance is optional.", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving "
              "future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be "
              "added to the guest list, invite others regardless of their own invitation status, or modify "
              "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding", ""]
    text = "\n".join(lines)
    cal = google_ics(method=method, organizer=organizer, attendees=attendees, summary=summary, start=start,
                     end=end, uid=uid, seq=seq, dtstamp=date, created=created, description=description,
                     location=location or (meet_url or ""), meet=meet_url, cancel=(method == "CANCEL"))
    alt = multipart("alternative", bnd(seed + "alt"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(text, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "7bit"),
    ])
    mixed = multipart("mixed", bnd(seed + "mixed"), [
        alt, leaf('application/ics; name="invite.ics"', cal, "base64",
                  extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
    subj = (f"{kind}: {summary} @ {gdate(start)} {gtime(start)} - {gtime(end)} ({tzshort}) ({USER})")
    hs = std_headers(frm=organizer, to=[(None, USER)], subject=subj, date=date,
                     msgid=f"<calendar-{h(seed + 'mid', 8)}-{h(seed + 'mid2', 4)}-{h(seed + 'mid3', 4)}-"
                           f"{h(seed + 'mid4', 4)}-{h(seed + 'mid5', 12)}@google.com>",
                     reply_to=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
                     return_path=f"{b32(seed + 'rp', 20)}@calendar-server.bounces.google.com",
                     recv=received("mail-sor-f73.google.com", recv_ip, date, seed))
    return message(hs, mixed), cal


def gcal_event(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------------------------
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


SIG_V = "Vivian Cheung\n+852 6128 4407"


def omid(seed, host="HK0PR03MB"):
    region = {"LO": "GBRP265", "SI": "apcprd06", "SE": "apcprd06", "TY": "apcprd04"}.get(host[:2], "apcprd03")
    return f"<{host}{digits(seed, 4)}{h(seed, 20).upper()}@{host}{digits(seed, 4)}.{region}.prod.outlook.com>"


def gmid(seed):
    return f"<CA+{b32(seed, 30).replace('a', 'K').replace('e', 'x')}{digits(seed, 6)}@mail.gmail.com>"


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
@case
def c01():
    slug = "b214-01-workday-hk-team-head-ics"
    co, dom = "Harbourview Private Bank", "harbourviewpb.example"
    role = "Senior Relationship Manager, Greater China Private Banking"
    sent = wd(T(HK, 2026, 2, 13, 16, 5, 21), "Friday")
    s = wd(T(HK, 2026, 2, 26, 10, 30), "Thursday")
    e = s + timedelta(hours=1)
    recruiter = ("Cherry Lam", f"cherry.lam@{dom}")
    wdsender = ("Harbourview Private Bank", "harbourviewpb@myworkday.com")
    text = (
        "Dear Vivian,\n\n"
        f"Thank you for your interest in {co}. We are pleased to confirm your interview for the position of "
        f"{role} (R-20417).\n\n"
        "Interview Details\n"
        f"Date: {s:%A}, {s.day} {s:%B} {s.year}\n"
        "Time: 10:30 AM - 11:30 AM Hong Kong Time (GMT+08:00)\n"
        "Format: In person\n"
        "Location: Harbourview Private Bank, 31/F Harbourview Tower, 18 Pedder Lane, Central, Hong Kong\n"
        "Interviewer: Raymond Tse, Managing Director, Team Head - Greater China\n\n"
        "Please bring your HKID card or passport for building registration and arrive ten minutes early.\n\n"
        "A calendar file is attached for your convenience. Should you need to reschedule, please contact "
        f"Cherry Lam, Talent Acquisition, at {recruiter[1]} or +852 3762 1180.\n\n"
        "Kind regards,\nTalent Acquisition\nHarbourview Private Bank\n\n"
        "This is a system-generated email sent from an unmonitored mailbox. Please do not reply to this email.\n"
        "Powered by Workday\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//EN",
               "METHOD:PUBLISH"] + VTZ["Asia/Hong_Kong"] + [
        "BEGIN:VEVENT", f"UID:WD-INTERVIEW-{h(slug, 24).upper()}@myworkday.com", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=Asia/Hong_Kong:{loc(s)}", f"DTEND;TZID=Asia/Hong_Kong:{loc(e)}",
        f"SUMMARY:{esc('Interview: ' + role + ' (R-20417)')}",
        "LOCATION:" + esc("Harbourview Private Bank, 31/F Harbourview Tower, 18 Pedder Lane, Central, Hong Kong"),
        "DESCRIPTION:" + esc("Interview with Raymond Tse (Managing Director, Team Head - Greater China). "
                             f"Questions: Cherry Lam, {recruiter[1]}"),
        f"ORGANIZER;CN=Harbourview Private Bank:mailto:{wdsender[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={USER_NAME}:mailto:{USER}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", bnd(slug + "m", "java"), [
        multipart("alternative", bnd(slug + "a", "java"), [
            leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            leaf("text/html; charset=UTF-8", to_html(text, "Arial,Helvetica,sans-serif"), "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; method=PUBLISH; name="Interview.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="Interview.ics"')])])
    hs = std_headers(frm=wdsender, to=[(USER_NAME, USER)], subject=f"Interview Scheduled - {role} (R-20417)",
                     date=sent, msgid=f"<{digits(slug, 13)}.{digits(slug + 'x', 6)}.JavaMail.wd@wd3-impl-mail.myworkday.com>",
                     return_path="bounces+harbourviewpb@myworkday.com",
                     recv=received("wd3-mta12.myworkday.com", "198.51.100.37", sent, slug),
                     post=[("X-Workday-Tenant", "harbourviewpb"), ("Auto-Submitted", "auto-generated")])
    files = [("01-workday-interview-scheduled.eml", message(hs, body))]
    lab = label([iv(co, role, s, e, "scheduled", [], [recruiter[1]], "hiring_manager")], "easy",
                "positive/ats-workday-ics",
                "Workday confirmation from an unmonitored myworkday.com sender with Interview.ics (TZID Asia/Hong_Kong). "
                "The interviewer (Team Head) is named without an address, so the follow-up goes to the recruiter "
                "named in the text.")
    return slug, files, lab


@case
def c02():
    slug = "b214-02-headhunter-cantonese-tomorrow"
    dom = "pembertonsearch.example"
    kelvin = ("Kelvin Ho", f"kelvin.ho@{dom}")
    co = "Straits Meridian Bank"
    role = "Director, Private Banking - North Asia"
    sent1 = wd(T(HK, 2026, 3, 9, 18, 42, 10), "Monday")
    reply = T(HK, 2026, 3, 9, 20, 31, 2)
    sent2 = T(HK, 2026, 3, 9, 21, 5, 44)
    s = T(HK, 2026, 3, 10, 15, 0)
    assert (sent1 + timedelta(days=1)).date() == s.date() and (sent2 + timedelta(days=1)).date() == s.date()
    wd(s, "Tuesday")
    e = s + timedelta(minutes=45)
    sig = ("Kelvin Ho | Principal, Private Banking Practice\nPemberton Search (Hong Kong) Limited\n"
           f"M: +852 9310 2286 | {kelvin[1]}\nEA Licence No. 58213")
    t1 = ("Hi Vivian,\n\n"
          "好消息！Straits Meridian Bank 嗰邊嘅 Daniel Goh（Head of North Asia Private Banking，即係呢個 role 嘅 "
          f"hiring manager）睇完你份 CV 好有興趣，想同你傾下 {role}（Singapore-based, covering HK/Taiwan clients）。\n\n"
          "佢今個禮拜啱啱喺香港出差，所以我約咗你聽日下晝三點喺佢哋香港 office 見面：中環 Harbourfront Centre 38 樓，"
          "去到 reception 報 Straits Meridian 就得，大概 45 分鐘。\n\n"
          "你得唔得閒？你 confirm 咗我就同佢個 EA 講。\n\n"
          "Thanks,\nKelvin\n\n" + sig + "\n")
    m1 = gmid(slug + "1")
    files = [("01-kelvin-straits-meridian.eml", human_mail(
        seed=slug + "1", frm=kelvin, to=[(USER_NAME, USER)], subject="Straits Meridian - Daniel Goh 想見你 (聽日)",
        date=sent1, msgid=m1, text=t1, plain_cte="base64",
        recv=received("mail-ej1-f41.google.com", "209.85.218.41", sent1, slug + "1")))]
    vt = "得，聽日三點冇問題 👍 Thanks Kelvin!\n\nVivian\n"
    t2 = ("Hi Vivian,\n\n"
          "Done ✅ 已經同 Daniel 個 EA confirm 咗：聽日（星期二）下晝 3:00–3:45，Harbourfront Centre 38 樓。\n"
          "記得帶多份 CV。Daniel 好鍾意問 AUM breakdown 同埋 NNM track record，準備定啲數字。\n\n"
          "Good luck!\nKelvin\n\n" + sig + "\n\n"
          f"On Mon, 9 Mar 2026 at 20:31, Vivian Cheung <{USER}> wrote:\n\n" + quote(vt) + "\n>\n"
          + quote(f"On Mon, 9 Mar 2026 at 18:42, Kelvin Ho <{kelvin[1]}> wrote:") + "\n>\n"
          + quote(quote(t1.split("\n\n" + sig)[0])) + "\n")
    files.append(("02-kelvin-confirmed.eml", human_mail(
        seed=slug + "2", frm=kelvin, to=[(USER_NAME, USER)], subject="Re: Straits Meridian - Daniel Goh 想見你 (聽日)",
        date=sent2, msgid=gmid(slug + "2"), irt=gmid(slug + "v"), refs=f"{m1} {gmid(slug + 'v')}", text=t2,
        plain_cte="base64", recv=received("mail-ej1-f44.google.com", "209.85.218.44", sent2, slug + "2"))))
    lab = label([iv(co, role, s, e, "scheduled", [], [kelvin[1]], "hiring_manager")], "hard",
                "positive/headhunter-cantonese-relative-date",
                "Headhunter books an in-person client interview in Cantonese ('聽日下晝三點' = tomorrow 3pm) resolved "
                "against the Monday 9 Mar HKT Date header -> Tue 10 Mar 15:00 HKT, 45 minutes. The hiring manager "
                "has no address in the case, so the follow-up goes to the headhunter. Company is the client bank, "
                "not the search firm.")
    return slug, files, lab


@case
def c03():
    slug = "b214-03-teams-london-after-clocks-go-back"
    dom = "thamesgatewealth.example"
    co = "Thamesgate Wealth"
    role = "Relationship Manager - Asian Private Clients (London)"
    hannah = ("Hannah Pryce", f"hannah.pryce@{dom}")
    oliver = ("Oliver Stanhope", f"oliver.stanhope@{dom}")
    sent = wd(T(LDN, 2026, 10, 21, 10, 12, 33), "Wednesday")
    s = wd(T(LDN, 2026, 10, 27, 9, 30), "Tuesday")
    e = s + timedelta(minutes=45)
    assert s.utcoffset() == timedelta(0) and sent.utcoffset() == timedelta(hours=1)
    assert s.astimezone(HK).hour == 17 and s.astimezone(HK).minute == 30
    body = ("Dear Vivian,\n\n"
            f"As discussed, please find below a Teams invitation for your interview with Oliver Stanhope, Head of "
            f"Asian Private Clients, for the {role} role. The conversation will last around 45 minutes. I have set "
            "this up on Oliver's behalf and won't be joining the call myself.\n\n"
            "Please note that UK clocks go back on Sunday 25 October, so 09:30 London time will be 17:30 in Hong "
            "Kong (rather than 16:30 as it would be this week).\n\n"
            "Kind regards,\nHannah\n\nHannah Pryce\nRecruitment Coordinator | Thamesgate Wealth\n"
            "1 Cannon Row Yard, London EC4N 7BX\n")
    subject = f"Interview: Vivian Cheung / Oliver Stanhope - {role}"
    msg, _ = outlook_invite(
        seed=slug, organizer=hannah, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (*oliver, "REQ-PARTICIPANT")],
        subject=subject, start=s, end=e, wintz="GMT Standard Time",
        when=when_gb(s, e, WIN_LABEL["GMT Standard Time"]), body=body, location="Microsoft Teams Meeting",
        uid=exchange_uid(slug), seq=0, date=sent, msgid=omid(slug, "LO2P265MB"), teams=True,
        recv=received("mail-lo2gbr01on2109.outbound.protection.outlook.com", "40.107.10.109", sent, slug),
        lang="en-GB")
    files = [("01-teams-invite-oliver-stanhope.eml", msg)]
    lab = label([iv(co, role, s, e, "scheduled", [oliver[1]], [oliver[1]], "hiring_manager")], "hard",
                "positive/exchange-teams-london-dst",
                "Exchange/Teams request with TZID 'GMT Standard Time' and the '(UTC+00:00) ... London' label, sent "
                "during BST (Date +0100) for a slot after the clocks go back on 25 Oct -> 09:30+00:00 (17:30 HKT). "
                "Coordinator organises but does not attend; Oliver is the interviewer.")
    return slug, files, lab


@case
def c04():
    slug = "b214-04-singapore-superday-four-invites"
    dom = "banyanrhode.example"
    co = "Banyan & Rhode Private Bank"
    role = "Senior Relationship Manager, Greater China Desk"
    joanne = ("Joanne Tan", f"joanne.tan@{dom}")
    sent = wd(T(SG, 2026, 4, 8, 17, 40, 5), "Wednesday")
    day = (2026, 4, 15)
    wd(T(SG, *day), "Wednesday")
    sessions = [
        ((9, 30), (10, 15), ("Li Wei Ming", f"weiming.li@{dom}"), "Market Head, Greater China", "Competency interview"),
        ((10, 15), (11, 0), ("Sandra Koh", f"sandra.koh@{dom}"), "Head of Investment Advisory, Asia", "Investment & portfolio discussion"),
        ((11, 15), (12, 0), ("Arjun Mehta", f"arjun.mehta@{dom}"), "Head of Risk & Compliance, Private Banking Asia", "Risk, KYC & conduct interview"),
        ((13, 0), (13, 45), ("Marcus Lim", f"marcus.lim@{dom}"), "CEO, Private Banking Asia", "Business case presentation"),
    ]
    rows = []
    for (sh, sm), (eh, em), who, title, topic in sessions:
        rows.append(f"{sh:02d}:{sm:02d} - {eh:02d}:{em:02d}  {topic} - {who[0]}, {title}")
        if (sh, sm) == (11, 15):
            rows.append("12:00 - 13:00  Lunch with the Greater China team (informal, Level 27 pantry)")
    text = ("Dear Vivian,\n\n"
            f"Thank you for making the trip down for our Superday for the {role} role. Please find your itinerary "
            "for Wednesday 15 April below; all times are Singapore time (SGT, the same as Hong Kong).\n\n"
            "Venue: Banyan & Rhode Private Bank, Level 27, Marina View Tower 2, 8 Marina View, Singapore 018961. "
            "Please arrive at 09:15 and ask for me at reception.\n\n"
            + "\n".join(rows) + "\n\n"
            "For the final session, please prepare a 15-minute presentation on how you would grow a book of "
            "North Asian UHNW clients from Singapore over your first 18 months; the remaining time is Q&A with "
            "Marcus.\n\n"
            "Each interviewer's assistant will send you a separate calendar invitation for their slot. Do reach "
            "out if your flight times change.\n\n"
            "Warm regards,\nJoanne\n\nJoanne Tan\nTalent Acquisition Partner, Private Banking Asia\n"
            f"Banyan & Rhode Private Bank | +65 6591 4402 | {joanne[1]}\n")
    m = omid(slug, "SI2PR01MB")
    files = [("01-superday-itinerary.eml", human_mail(
        seed=slug, frm=joanne, to=[(USER_NAME, USER)], subject=f"Superday itinerary - Wednesday 15 April - {role}",
        date=sent, msgid=m, text=text, client="outlook",
        recv=received("mail-sg2apc01on2071.outbound.protection.outlook.com", "40.107.215.71", sent, slug)))]
    for i, ((sh, sm), (eh, em), who, title, topic) in enumerate(sessions, start=2):
        s_i, e_i = T(SG, *day, sh, sm), T(SG, *day, eh, em)
        subj = f"Superday: {topic} - Vivian Cheung / {who[0]}"
        desc = (f"When: {when_us(s_i, e_i, WIN_LABEL['Singapore Standard Time'])}\nWhere: Level 27, Marina View Tower 2"
                f"\n\n{topic} with {who[0]} ({title}) as part of your Superday for the {role} role. "
                "Coordinator: Joanne Tan.")
        cal = outlook_ics(method="REQUEST", organizer=joanne,
                          attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (who[0], who[1], "REQ-PARTICIPANT")],
                          summary=subj, start=s_i, end=e_i, wintz="Singapore Standard Time",
                          uid=exchange_uid(slug + str(i)), seq=0, dtstamp=sent + timedelta(minutes=10 * i),
                          description=desc, location="Level 27, Marina View Tower 2, 8 Marina View, Singapore")
        files.append((f"0{i}-superday-{who[0].lower().replace(' ', '-')}.ics", cal.encode("utf-8")))
    s, e = T(SG, *day, 9, 30), T(SG, *day, 13, 45)
    lab = label([iv(co, role, s, e, "scheduled", [x[2][1] for x in sessions], [x[2][1] for x in sessions], "onsite")],
                "hard", "positive/onsite-superday-multi-invite",
                "Same-day Singapore Superday: itinerary e-mail plus four standalone .ics (TZID 'Singapore Standard "
                "Time'), back-to-back sessions with a break and a team lunch -> ONE onsite 09:30-13:45 SGT with all "
                "four interviewers. Coordinator Joanne only schedules.")
    return slug, files, lab


@case
def c05():
    slug = "b214-05-zoom-moved-to-thursday"
    dom = "lionrockpb.example"
    co = "Lion Rock Private Bank"
    role = "Senior Relationship Manager - Family Office Coverage"
    fiona = ("Fiona Chan", f"fiona.chan@{dom}")
    edmund = ("Edmund Yip", f"edmund.yip@{dom}")
    sent1 = wd(T(HK, 2026, 4, 16, 15, 22, 48), "Thursday")
    s0 = wd(T(HK, 2026, 4, 21, 16, 0), "Tuesday")
    sent2 = wd(T(HK, 2026, 4, 20, 9, 5, 12), "Monday")
    sent3 = T(HK, 2026, 4, 20, 11, 40, 3)
    s = wd(T(HK, 2026, 4, 23, 11, 0), "Thursday")
    e = s + timedelta(hours=1)
    zoom_id = "938 1552 7604"
    zoom = ("Fiona Chan is inviting you to a scheduled Zoom meeting.\n\n"
            "Join Zoom Meeting\nhttps://lionrockpb.zoom.us/j/93815527604?pwd=Yk9hT2xRbUZ3dUx2c0pWa1NPZz09\n\n"
            f"Meeting ID: {zoom_id}\nPasscode: 482915\n\n---\n\nOne tap mobile\n"
            "+85258083000,,93815527604#,,,,*482915# Hong Kong SAR\n+6531651065,,93815527604#,,,,*482915# Singapore\n")
    uid = exchange_uid(slug)
    subject = f"Interview - Vivian Cheung / Edmund Yip ({role})"
    body1 = ("Hi Vivian,\n\n"
             f"Thanks for your time on the phone. As promised, here is the Zoom invitation for your interview with "
             f"Edmund Yip, Market Head for Family Office Coverage, for the {role} position. Edmund will run the "
             "interview; I'm only coordinating.\n\nBest regards,\nFiona Chan\nTalent Acquisition | Lion Rock Private Bank\n"
             "+852 2866 0391\n\n" + zoom)
    loc_z = "https://lionrockpb.zoom.us/j/93815527604?pwd=Yk9hT2xRbUZ3dUx2c0pWa1NPZz09"
    m1, _ = outlook_invite(seed=slug + "1", organizer=fiona,
                           attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (*edmund, "REQ-PARTICIPANT")],
                           subject=subject, start=s0, end=s0 + timedelta(hours=1), wintz="China Standard Time",
                           when=when_us(s0, s0 + timedelta(hours=1), WIN_LABEL["China Standard Time"]), body=body1,
                           location=loc_z, uid=uid, seq=0, date=sent1, msgid=omid(slug + "1"),
                           recv=received("mail-tyzapc01on2098.outbound.protection.outlook.com", "40.107.117.98", sent1, slug + "1"))
    t2 = ("Hi Vivian,\n\n"
          "Apologies for the late change. Edmund has been asked to join a client event in Shanghai tomorrow, so we "
          "need to move your interview. Could we do Thursday (23 April) at 11:00am HK time instead? Same Zoom link, "
          "still one hour with Edmund.\n\n"
          "I'll send an updated invitation shortly.\n\nBest regards,\nFiona\n\n"
          "Fiona Chan\nTalent Acquisition | Lion Rock Private Bank\n+852 2866 0391\n\n"
          "________________________________\n"
          f"From: Fiona Chan <{fiona[1]}>\nSent: Thursday, April 16, 2026 3:22 PM\n"
          f"To: Vivian Cheung <{USER}>; Edmund Yip <{edmund[1]}>\nSubject: {subject}\n"
          "When: Tuesday, April 21, 2026 4:00 PM-5:00 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi.\n"
          f"Where: {loc_z}\n")
    assert (sent2 + timedelta(days=1)).date() == s0.date()
    m2 = human_mail(seed=slug + "2", frm=fiona, to=[(USER_NAME, USER)], cc=[edmund],
                    subject=f"RE: {subject} - change of date", date=sent2, msgid=omid(slug + "2"),
                    irt=omid(slug + "1"), refs=omid(slug + "1"), text=t2, client="outlook",
                    recv=received("mail-tyzapc01on2107.outbound.protection.outlook.com", "40.107.117.107", sent2, slug + "2"))
    body3 = ("Hi Vivian,\n\nUpdated as discussed: the interview with Edmund is now on Thursday 23 April, "
             "11:00am-12:00pm HK time. The Zoom details are unchanged.\n\nBest regards,\nFiona\n\n" + zoom)
    m3, _ = outlook_invite(seed=slug + "3", organizer=fiona,
                           attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (*edmund, "REQ-PARTICIPANT")],
                           subject=subject, start=s, end=e, wintz="China Standard Time",
                           when=when_us(s, e, WIN_LABEL["China Standard Time"]), body=body3, location=loc_z,
                           uid=uid, seq=1, date=sent3, msgid=omid(slug + "3"),
                           recv=received("mail-tyzapc01on2112.outbound.protection.outlook.com", "40.107.117.112", sent3, slug + "3"))
    # Fiona edited the subject line of the re-sent request.
    m3 = m3.replace(f"Subject: {subject}".encode(), f"Subject: Updated: {subject}".encode(), 1)
    files = [("01-zoom-invite-tuesday.eml", m1), ("02-fiona-move-to-thursday.eml", m2),
             ("03-updated-invite-thursday.eml", m3)]
    lab = label([iv(co, role, s, e, "scheduled", [edmund[1]], [edmund[1]], "hiring_manager")], "medium",
                "positive/reschedule-zoom-outlook",
                "Outlook meeting (Zoom link, TZID 'China Standard Time') for Tue 21 Apr 16:00, moved by e-mail "
                "to 'Thursday (23 April) at 11:00am' and re-sent with the same UID and SEQUENCE:1. Final time only.")
    return slug, files, lab


@case
def c06():
    slug = "b214-06-google-invite-cancelled-headcount"
    dom = "alpenrose-bank.example"
    co = "Alpenrose Privatbank"
    role = "Senior Relationship Manager, Greater China (Hong Kong)"
    gigi = ("Gigi Wong", f"gigi.wong@{dom}")
    thomas = ("Thomas Brunner", f"thomas.brunner@{dom}")
    sent1 = wd(T(HK, 2026, 4, 28, 10, 15, 40), "Tuesday")
    sent2 = wd(T(HK, 2026, 5, 6, 18, 2, 11), "Wednesday")
    s = wd(T(HK, 2026, 5, 8, 14, 30), "Friday")
    e = s + timedelta(hours=1)
    uid = f"{b32(slug, 26)}@google.com"
    summary = "Interview: Vivian Cheung - Senior RM Greater China (Alpenrose Privatbank)"
    desc = (f"Interview for the {role} role. Thomas Brunner, Head of Private Banking Hong Kong, will interview you; "
            "I will just meet you at reception.\n\nPlease register at the lobby with your HKID.\n\nGigi Wong\n"
            "HR Business Partner, Alpenrose Privatbank AG, Hong Kong Branch")
    location = "Alpenrose Privatbank, 22/F Queensway Plaza One, 93 Queensway, Admiralty, Hong Kong"
    att = [(gigi[0], gigi[1], "ACCEPTED"), (thomas[0], thomas[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")]
    m1, _ = google_invite(seed=slug + "1", organizer=gigi, attendees=att, summary=summary, start=s, end=e,
                          tzname="Hong Kong Standard Time", tzshort="HKT", description=desc, location=location,
                          uid=uid, seq=0, date=sent1, created=sent1 - timedelta(minutes=3))
    note = ("Gigi Wong has canceled this event with a note:\n\"Dear Vivian, I am very sorry - the Senior RM headcount "
            "has been put on hold following a regional reorganisation, so we have to cancel Friday's interview. "
            "I will come back to you if the role reopens. Gigi\"")
    m2, _ = google_invite(seed=slug + "2", organizer=gigi, attendees=att, summary=summary, start=s, end=e,
                          tzname="Hong Kong Standard Time", tzshort="HKT", description=desc, location=location,
                          uid=uid, seq=1, date=sent2, created=sent1 - timedelta(minutes=3),
                          kind="Canceled event with note", note=note)
    ev = {"kind": "calendar#event", "etag": f"\"{digits(slug + 'etag', 16)}\"", "id": uid.split("@")[0],
          "status": "cancelled"}
    files = [("01-invitation-thomas-brunner.eml", m1), ("02-canceled-event-with-note.eml", m2),
             ("03-deleted-event.gcal.json", gcal_event(ev))]
    lab = label([iv(co, role, s, e, "cancelled", [thomas[1]], [thomas[1]], "hiring_manager")], "medium",
                "positive/cancellation-google",
                "Google invite (UTC DTSTART) then 'Canceled event with note' (METHOD:CANCEL) because the headcount "
                "froze, plus the deleted Calendar API event (id/status only). One interview, status cancelled, at "
                "its last scheduled time Fri 8 May 14:30 HKT.")
    return slug, files, lab


@case
def c07():
    slug = "b214-07-london-screen-then-hm-across-bst"
    dom = "fenwickaldgate.example"
    co = "Fenwick Aldgate & Co"
    role = "Director, Private Banker - Greater China Clients (London)"
    imogen = ("Imogen Hart", f"imogen.hart@{dom}")
    james = ("James Whitcombe", f"james.whitcombe@{dom}")
    sent1 = wd(T(LDN, 2026, 3, 19, 9, 15, 2), "Thursday")
    sent2 = wd(T(LDN, 2026, 3, 20, 8, 47, 30), "Friday")
    s1 = wd(T(LDN, 2026, 3, 24, 8, 0), "Tuesday")
    e1 = s1 + timedelta(minutes=30)
    assert s1.astimezone(HK).hour == 16 and s1.utcoffset() == timedelta(0)
    sent3 = wd(T(LDN, 2026, 3, 25, 10, 30, 15), "Wednesday")
    sent4 = T(LDN, 2026, 3, 25, 11, 2, 40)
    s2 = wd(T(LDN, 2026, 4, 2, 9, 0), "Thursday")
    e2 = s2 + timedelta(hours=1)
    assert s2.utcoffset() == timedelta(hours=1) and s2.astimezone(HK).hour == 16
    sig = ("Imogen Hart\nSenior Talent Partner | Fenwick Aldgate & Co\n14 Throgmorton Walk, London EC2N 2AT\n"
           "+44 20 7946 0581")
    t1 = ("Dear Vivian,\n\n"
          f"Thank you for applying for the {role} role in our London office. I'd like to set up an initial call "
          "to walk through your background and tell you more about the team.\n\n"
          "Would Tuesday 24 March at 8:00am UK time (4:00pm in Hong Kong) work for you? I'll call you on your "
          "mobile; it should take about 30 minutes.\n\nKind regards,\nImogen\n\n" + sig + "\n")
    m1 = omid(slug + "1", "LO4P123MB")
    vr = ("Hi Imogen,\n\nThank you - Tuesday 24 March at 4pm Hong Kong time works well. My mobile is "
          "+852 6128 4407.\n\nBest regards,\nVivian\n")
    t2 = ("Dear Vivian,\n\nPerfect, that's booked in. I'll call you on Tuesday at 8:00am UK / 4:00pm HK.\n\n"
          "Kind regards,\nImogen\n\n" + sig + "\n\n"
          f"From: Vivian Cheung <{USER}>\nSent: 19 March 2026 13:58\nTo: Imogen Hart <{imogen[1]}>\n"
          f"Subject: Re: {role} - initial call\n\n" + vr + "\n"
          f"From: Imogen Hart <{imogen[1]}>\nSent: 19 March 2026 09:15\n" + t1.split("\n\n" + sig)[0] + "\n")
    vmid = gmid(slug + "v")
    t3 = ("Dear Vivian,\n\n"
          "Thank you for your time yesterday - I enjoyed our conversation and have shared my notes with the team.\n\n"
          "I'm pleased to say James Whitcombe, Head of International Private Clients, would like to meet you over "
          "Teams on Thursday 2 April at 9:00am London time for an hour. Please note that our clocks go forward this "
          "Sunday (29 March), so this will be 4:00pm in Hong Kong, not 5:00pm. James's invitation will follow from me "
          "shortly.\n\nKind regards,\nImogen\n\n" + sig + "\n")
    files = [
        ("01-imogen-initial-call.eml", human_mail(
            seed=slug + "1", frm=imogen, to=[(USER_NAME, USER)], subject=f"{role} - initial call", date=sent1,
            msgid=m1, text=t1, client="outlook",
            recv=received("mail-lo4gbr01on2120.outbound.protection.outlook.com", "40.107.11.120", sent1, slug + "1"))),
        ("02-imogen-booked-in.eml", human_mail(
            seed=slug + "2", frm=imogen, to=[(USER_NAME, USER)], subject=f"RE: {role} - initial call", date=sent2,
            msgid=omid(slug + "2", "LO4P123MB"), irt=vmid, refs=f"{m1} {vmid}", text=t2, client="outlook",
            recv=received("mail-lo4gbr01on2121.outbound.protection.outlook.com", "40.107.11.121", sent2, slug + "2"))),
        ("03-imogen-next-step-james.eml", human_mail(
            seed=slug + "3", frm=imogen, to=[(USER_NAME, USER)], cc=[james],
            subject="Next step: interview with James Whitcombe (Thursday 2 April)", date=sent3,
            msgid=omid(slug + "3", "LO4P123MB"), text=t3, client="outlook",
            recv=received("mail-lo4gbr01on2122.outbound.protection.outlook.com", "40.107.11.122", sent3, slug + "3"))),
    ]
    body4 = ("Dear Vivian,\n\nPlease find the Teams invitation for your interview with James Whitcombe, Head of "
             f"International Private Clients, for the {role} role.\n\nKind regards,\nImogen\n")
    m4, _ = outlook_invite(seed=slug + "4", organizer=imogen,
                           attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (*james, "REQ-PARTICIPANT")],
                           subject="Fenwick Aldgate - Vivian Cheung / James Whitcombe", start=s2, end=e2,
                           wintz="GMT Standard Time", when=when_gb(s2, e2, WIN_LABEL["GMT Standard Time"]),
                           body=body4, location="Microsoft Teams Meeting", uid=exchange_uid(slug + "4"), seq=0,
                           date=sent4, msgid=omid(slug + "4", "LO4P123MB"), teams=True, lang="en-GB",
                           recv=received("mail-lo4gbr01on2123.outbound.protection.outlook.com", "40.107.11.123", sent4, slug + "4"))
    files.append(("04-teams-invite-james.eml", m4))
    lab = label([
        iv(co, role, s1, e1, "scheduled", [imogen[1]], [imogen[1]], "phone_screen"),
        iv(co, role, s2, e2, "scheduled", [james[1]], [james[1]], "hiring_manager"),
    ], "hard", "positive/two-interviews-dst-gap",
        "Two interviews with one London bank straddling the UK clock change (29 Mar): recruiter phone screen "
        "Tue 24 Mar 08:00 GMT (16:00 HKT, agreed in a thread) and Teams interview Thu 2 Apr 09:00 BST (still "
        "16:00 HKT) whose invite carries the '(UTC+00:00)' label. The recruiter conducts the screen.")
    return slug, files, lab


@case
def c08():
    slug = "b214-08-gcal-api-family-office-group-organizer"
    dom = "peakline.example"
    co = "Peakline Private Office"
    role = "Senior Private Banker (Founding Team)"
    marcus = ("Marcus Cheng", f"marcus.cheng@{dom}")
    s = wd(T(HK, 2026, 5, 14, 10, 0), "Thursday")
    e = s + timedelta(hours=1)
    created = T(HK, 2026, 5, 7, 12, 4, 31)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(slug + 'etag', 16)}\"",
        "id": b32(slug, 26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{b32(slug, 26)} {USER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=41)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": "Peakline x Vivian Cheung - interview with Marcus",
        "description": (f"{role}: first interview with Marcus Cheng, Founding Partner. In person at our office. "
                        "Marcus will run the conversation (about an hour). Any questions or changes: Ivy Ng, "
                        "Office Manager, ivy.ng@peakline.example / +852 2711 9034."),
        "location": "Peakline Private Office, 9/F, 18 Ice House Street, Central, Hong Kong",
        "creator": {"email": "ivy.ng@peakline.example", "displayName": "Ivy Ng"},
        "organizer": {"email": f"hiring@{dom}", "displayName": "Peakline Hiring"},
        "start": {"dateTime": iso(s), "timeZone": "Asia/Hong_Kong"},
        "end": {"dateTime": iso(e), "timeZone": "Asia/Hong_Kong"},
        "iCalUID": f"{b32(slug, 26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": f"hiring@{dom}", "displayName": "Peakline Hiring", "organizer": True, "responseStatus": "accepted"},
            {"email": marcus[1], "displayName": marcus[0], "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanSeeOtherGuests": True,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = [("01-peakline-interview.gcal.json", gcal_event(ev))]
    lab = label([iv(co, role, s, e, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")], "medium",
                "positive/gcal-json-group-organizer",
                "Calendar API event only. Organizer is a group calendar (hiring@), the creator is an office manager "
                "who only handles logistics; Marcus Cheng conducts the interview. Thu 14 May 10:00-11:00 HKT.")
    return slug, files, lab


@case
def c09():
    slug = "b214-09-cantonese-thread-next-wednesday"
    dom = "kowloonorient.example"
    co = "Kowloon Orient Bank"
    role = "Senior Relationship Manager, Private Banking"
    ada = ("梁嘉欣 Ada Leung", f"ada.leung@{dom}")
    stanley = ("郭志強 Stanley Kwok", f"stanley.kwok@{dom}")
    sent1 = wd(T(HK, 2026, 5, 7, 11, 20, 9), "Thursday")
    opt1 = wd(T(HK, 2026, 5, 12, 10, 0), "Tuesday")
    s = wd(T(HK, 2026, 5, 13, 15, 0), "Wednesday")
    e = s + timedelta(hours=1)
    vreply = T(HK, 2026, 5, 7, 15, 2, 0)
    sent2 = wd(T(HK, 2026, 5, 8, 9, 47, 26), "Friday")
    # '下星期三' written on Friday 8 May = Wednesday of the following week
    nxt_monday = sent2.date() + timedelta(days=7 - sent2.weekday())
    assert nxt_monday + timedelta(days=2) == s.date()
    sig = ("梁嘉欣 Ada Leung\nTalent Acquisition | 九龍東方銀行 Kowloon Orient Bank\n"
           f"{ada[1]} | +852 3918 2270")
    t1 = ("Dear Vivian,\n\n"
          f"多謝你應徵本行私人銀行部高級客戶經理（{role}）一職。我哋想約你面試，面試官係私人銀行部主管郭志強先生"
          "（Stanley Kwok）。\n\n"
          "以下兩個時段，唔知你邊個方便？\n"
          f"1) {opt1.month}月{opt1.day}日（星期二）上晝十點\n"
          f"2) {s.month}月{s.day}日（星期三）下晝三點\n\n"
          "面試大概一個鐘，地點喺中環德輔道中 233 號本行總行 18 樓。\n\n"
          "麻煩回覆確認，多謝！\n\n" + sig + "\n")
    m1 = gmid(slug + "1")
    vt = (f"Hi Ada，\n\n多謝邀請！我揀 2) {s.month}月{s.day}日（星期三）下晝三點，到時見。\n\nVivian\n")
    vm = gmid(slug + "v")
    t2 = ("Hi Vivian,\n\n"
          "收到，多謝回覆！咁就約定下星期三下晝三點，郭生會親自同你傾（已 cc 佢）。到咗大堂同保安講搵私人銀行部，"
          "記得帶身份證登記。\n\n有咩問題隨時搵我。\n\n" + sig + "\n\n"
          f"於 2026年5月7日 週四 下午3:02，Vivian Cheung <{USER}> 寫道：\n\n" + quote(vt) + "\n")
    files = [
        ("01-ada-interview-slots.eml", human_mail(
            seed=slug + "1", frm=ada, to=[("Vivian Cheung", USER)],
            subject=f"面試邀請 - 高級客戶經理（私人銀行）{role}", date=sent1, msgid=m1, text=t1, plain_cte="base64",
            recv=received("mail-pj1-f52.google.com", "209.85.216.52", sent1, slug + "1"))),
        ("02-ada-confirmed-wednesday.eml", human_mail(
            seed=slug + "2", frm=ada, to=[("Vivian Cheung", USER)], cc=[stanley],
            subject=f"Re: 面試邀請 - 高級客戶經理（私人銀行）{role}", date=sent2, msgid=gmid(slug + "2"),
            irt=vm, refs=f"{m1} {vm}", text=t2, plain_cte="base64",
            recv=received("mail-pj1-f54.google.com", "209.85.216.54", sent2, slug + "2"))),
    ]
    lab = label([iv(co, role, s, e, "scheduled", [stanley[1]], [stanley[1]], "hiring_manager")], "hard",
                "positive/thread-cantonese-propose-confirm",
                "Traditional Chinese / Cantonese thread (base64 UTF-8 bodies, encoded-word headers). Two slots "
                "offered (Tue 12 May 10:00 is a decoy); the candidate picks 2); the confirmation sent Fri 8 May says "
                "'下星期三下晝三點' -> Wed 13 May 15:00 HKT, '大概一個鐘' -> one hour. Interviewer cc'd on the "
                "confirmation.")
    return slug, files, lab


@case
def c10():
    slug = "b214-10-coffee-with-market-head-process-step"
    dom = "marlowchase.example"
    co = "Marlow Chase Private Bank"
    role = "Team Head, Ultra High Net Worth"
    natalie = ("Natalie Fung", f"natalie.fung@{dom}")
    peter = ("Peter Szeto", f"peter.szeto@{dom}")
    sent1 = wd(T(HK, 2026, 5, 27, 14, 10, 0), "Wednesday")
    sent2 = T(HK, 2026, 5, 27, 16, 5, 37)
    s = wd(T(HK, 2026, 6, 1, 8, 30), "Monday")
    e = s + timedelta(minutes=45)
    t1 = ("Hi Vivian,\n\n"
          "Thanks again for coming in last week - the panel's feedback was very positive.\n\n"
          f"The next step in the process for the {role} role is a coffee with Peter Szeto, our Market Head for "
          "Hong Kong (cc'd). It is deliberately informal, but it is part of the interview process: Peter will share "
          "his feedback with the hiring committee before they make a decision.\n\n"
          "Peter has suggested Monday 1 June at 8:30am at Cafe Lumen, on the ground floor of our building "
          "(Marlow Chase Tower, 3 Garden Terrace, Central), for about 45 minutes. Let me know if that works.\n\n"
          "Best regards,\nNatalie\n\nNatalie Fung\nHead of Talent Acquisition, Private Banking HK | Marlow Chase\n"
          "+852 2103 5567\n")
    m1 = omid(slug + "1")
    vt = "Hi Natalie, hi Peter,\n\nMonday 1 June at 8:30 works perfectly - see you at Cafe Lumen.\n\nBest,\nVivian\n"
    vm = gmid(slug + "v")
    t2 = ("Great - see you Monday at 8:30. I'll grab a table by the window.\n\nPeter\n\nSent from my iPhone\n\n"
          f"> On 27 May 2026, at 15:48, Vivian Cheung <{USER}> wrote:\n>\n" + quote(vt) + "\n")
    files = [
        ("01-natalie-next-step-coffee.eml", human_mail(
            seed=slug + "1", frm=natalie, to=[(USER_NAME, USER)], cc=[peter],
            subject=f"Next step - coffee with Peter Szeto ({role})", date=sent1, msgid=m1, text=t1, client="outlook",
            recv=received("mail-psaapc01on2088.outbound.protection.outlook.com", "40.107.255.88", sent1, slug + "1"))),
        ("02-peter-see-you-monday.eml", human_mail(
            seed=slug + "2", frm=peter, to=[(USER_NAME, USER)], cc=[natalie],
            subject=f"Re: Next step - coffee with Peter Szeto ({role})", date=sent2,
            msgid=f"<{h(slug + '2', 8).upper()}-{h(slug + '3', 4).upper()}-{h(slug + '4', 4).upper()}-{h(slug + '5', 4).upper()}-{h(slug + '6', 12).upper()}@marlowchase.example>",
            irt=vm, refs=f"{m1} {vm}", text=t2, client="iphone",
            recv=received("mail-psaapc01on2090.outbound.protection.outlook.com", "40.107.255.90", sent2, slug + "2"))),
    ]
    lab = label([iv(co, role, s, e, "scheduled", [peter[1]], [peter[1]], "hiring_manager")], "medium",
                "positive/coffee-chat-process-step",
                "Informal coffee that the recruiter states is part of the interview process (feedback to the hiring "
                "committee). Mon 1 Jun 08:30 HKT, about 45 minutes; Peter's iPhone reply confirms.")
    return slug, files, lab


@case
def c11():
    slug = "b214-11-teams-cancelled-then-new-invite"
    dom = "orchidbaybank.example"
    co = "Orchid Bay Private Bank"
    role = "Senior Client Advisor, North Asia"
    rachel = ("Rachel Lim", f"rachel.lim@{dom}")
    kenneth = ("Kenneth Ong", f"kenneth.ong@{dom}")
    sent1 = wd(T(SG, 2026, 5, 27, 11, 20, 14), "Wednesday")
    s1 = wd(T(SG, 2026, 6, 3, 10, 0), "Wednesday")
    e1 = s1 + timedelta(hours=1)
    sent2 = wd(T(SG, 2026, 6, 1, 18, 45, 51), "Monday")
    sent3 = wd(T(SG, 2026, 6, 2, 9, 30, 8), "Tuesday")
    s2 = wd(T(SG, 2026, 6, 9, 17, 0), "Tuesday")
    e2 = s2 + timedelta(hours=1)
    subject = f"Interview - Vivian Cheung / Kenneth Ong ({role})"
    uid1 = exchange_uid(slug + "a")
    att = [(USER_NAME, USER, "REQ-PARTICIPANT"), (*kenneth, "REQ-PARTICIPANT")]
    sig = "Rachel Lim\nRecruitment Coordinator | Orchid Bay Private Bank\n+65 6702 8815"
    b1 = ("Dear Vivian,\n\n"
          f"Please find the Teams invitation for your interview with Kenneth Ong, Head of North Asia Market, for the "
          f"{role} role. I am coordinating and will not be on the call.\n\nBest regards,\n" + sig + "\n")
    m1, _ = outlook_invite(seed=slug + "1", organizer=rachel, attendees=att, subject=subject, start=s1, end=e1,
                           wintz="Singapore Standard Time", when=when_us(s1, e1, WIN_LABEL["Singapore Standard Time"]),
                           body=b1, location="Microsoft Teams Meeting", uid=uid1, seq=0, date=sent1,
                           msgid=omid(slug + "1", "SI2PR06MB"), teams=True,
                           recv=received("mail-sgaapc01on2051.outbound.protection.outlook.com", "40.107.215.51", sent1, slug + "1"))
    b2 = ("Dear Vivian,\n\nKenneth has to travel to Tokyo at short notice this week, so I am cancelling "
          "Wednesday's interview. I will send you a fresh invitation for next week shortly - apologies for the "
          "inconvenience.\n\nBest regards,\n" + sig + "\n")
    m2, _ = outlook_invite(seed=slug + "2", organizer=rachel, attendees=att, subject=subject, start=s1, end=e1,
                           wintz="Singapore Standard Time", when=when_us(s1, e1, WIN_LABEL["Singapore Standard Time"]),
                           body=b2, location="Microsoft Teams Meeting", uid=uid1, seq=1, date=sent2,
                           msgid=omid(slug + "2", "SI2PR06MB"), cancel=True,
                           recv=received("mail-sgaapc01on2052.outbound.protection.outlook.com", "40.107.215.52", sent2, slug + "2"))
    b3 = ("Dear Vivian,\n\nAs promised, here is a new invitation for your interview with Kenneth, now on "
          "Tuesday 9 June at 5:00pm Singapore time (5:00pm in Hong Kong as well).\n\nBest regards,\n" + sig + "\n")
    m3, _ = outlook_invite(seed=slug + "3", organizer=rachel, attendees=att,
                           subject=f"Interview (new date) - Vivian Cheung / Kenneth Ong ({role})", start=s2, end=e2,
                           wintz="Singapore Standard Time", when=when_us(s2, e2, WIN_LABEL["Singapore Standard Time"]),
                           body=b3, location="Microsoft Teams Meeting", uid=exchange_uid(slug + "b"), seq=0,
                           date=sent3, msgid=omid(slug + "3", "SI2PR06MB"), teams=True,
                           recv=received("mail-sgaapc01on2053.outbound.protection.outlook.com", "40.107.215.53", sent3, slug + "3"))
    files = [("01-teams-invite-3-june.eml", m1), ("02-canceled-3-june.eml", m2), ("03-new-invite-9-june.eml", m3)]
    lab = label([
        iv(co, role, s1, e1, "cancelled", [kenneth[1]], [kenneth[1]], "hiring_manager"),
        iv(co, role, s2, e2, "scheduled", [kenneth[1]], [kenneth[1]], "hiring_manager"),
    ], "hard", "positive/cancel-then-rebook-new-event",
        "Exchange request (Singapore Standard Time) for Wed 3 Jun 10:00 SGT, then METHOD:CANCEL on the same UID, "
        "then a NEW meeting (different UID) for Tue 9 Jun 17:00 SGT. Per the rules: two entries, one cancelled "
        "and one scheduled.")
    return slug, files, lab


@case
def c12():
    slug = "b214-12-headhunter-forward-london-clock-change"
    co = "Carrick Hale Private Bank"
    role = "Senior Private Banker, Asia Coverage"
    tom = ("Tom Ashby", "tom.ashby@kingswaytalent.example")
    emma = ("Emma Doyle", "emma.doyle@carrickhale.example")
    alistair = ("Alistair Brodie", "alistair.brodie@carrickhale.example")
    sent = wd(T(LDN, 2026, 3, 26, 14, 5, 12), "Thursday")
    inner = T(LDN, 2026, 3, 26, 13, 41)
    s = wd(T(LDN, 2026, 3, 30, 9, 0), "Monday")
    e = s + timedelta(minutes=45)
    assert sent.utcoffset() == timedelta(0) and s.utcoffset() == timedelta(hours=1)
    assert s.astimezone(HK).hour == 16
    fwd = ("Hi Tom,\n\n"
           f"Thanks for putting Vivian forward for the {role} role. Alistair Brodie (Head of Asia Coverage, cc'd) "
           "would like to interview her by Zoom on Monday 30 March at 9:00am London time, for 45 minutes. Alistair "
           "will send the Zoom link directly to Vivian.\n\nKind regards,\nEmma\n\n"
           "Emma Doyle\nHR Business Partner | Carrick Hale Private Bank\n22 Lothbury Court, London EC2R 7HG\n")
    t = ("Hi Vivian,\n\n"
         "Good news - Carrick Hale have confirmed, see below. Alistair will send the Zoom link himself.\n\n"
         "One thing to watch: UK clocks go forward this Sunday (29 March), so 9:00am London on Monday is 4:00pm in "
         "Hong Kong, not 5:00pm as it would be today.\n\n"
         "Best,\nTom\n\nTom Ashby\nPartner, Wealth & Private Banking | Kingsway Talent Partners\n"
         f"+44 20 7946 0734 | {tom[1]}\n\n"
         "---------- Forwarded message ---------\n"
         f"From: {emma[0]} <{emma[1]}>\n"
         f"Date: Thu, 26 Mar 2026 at {inner:%H:%M}\n"
         f"Subject: Interview confirmation - Vivian Cheung / {role}\n"
         f"To: {tom[0]} <{tom[1]}>\n"
         f"Cc: {alistair[0]} <{alistair[1]}>\n\n" + fwd)
    files = [("01-tom-fwd-carrick-hale-confirmation.eml", human_mail(
        seed=slug, frm=tom, to=[(USER_NAME, USER)],
        subject=f"Fwd: Interview confirmation - Vivian Cheung / {role}", date=sent, msgid=gmid(slug), text=t,
        recv=received("mail-wm1-f49.google.com", "209.85.128.49", sent, slug)))]
    lab = label([iv(co, role, s, e, "scheduled", [alistair[1]], [alistair[1]], "hiring_manager")], "hard",
                "positive/headhunter-forward-dst-switch",
                "Headhunter forwards the client's confirmation (Gmail forwarded block). Sent on Thu 26 Mar (GMT) for "
                "Mon 30 Mar 09:00 London, i.e. after the 29 Mar switch -> 09:00+01:00 (16:00 HKT). Alistair's address "
                "appears in the forwarded Cc; company is the client bank.")
    return slug, files, lab


@case
def c13():
    slug = "b214-13-ats-panel-china-standard-time"
    dom = "pacificlantau.example"
    co = "Pacific Lantau Bank"
    role = "Vice President, Private Banking - Greater Bay Area"
    sender = ("Pacific Lantau Bank Careers", f"careers-noreply@{dom}")
    panel = [("Winnie Yeung", f"winnie.yeung@{dom}", "Managing Director, Head of Private Banking Hong Kong"),
             ("Harold Chiu", f"harold.chiu@{dom}", "Director, Greater Bay Area Desk"),
             ("Samuel Ip", f"samuel.ip@{dom}", "Director, Investment Products")]
    sent = wd(T(HK, 2026, 5, 11, 10, 2, 55), "Monday")
    s = wd(T(HK, 2026, 5, 18, 14, 0), "Monday")
    e = s + timedelta(minutes=90)
    text = ("Dear Vivian Cheung,\n\n"
            f"Requisition: {role} (Req ID 10482)\nCandidate ID: 7731846\n\n"
            "We are pleased to confirm your panel interview as follows:\n\n"
            f"Date: {s:%A}, {s.day} {s:%B} {s.year}\n"
            "Time: 2:00 PM - 3:30 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi\n"
            "Please arrive by 1:45 PM to complete security registration.\n"
            "Location: Pacific Lantau Bank, 40/F Lantau Financial Centre, 2 Chater Lane, Central, Hong Kong\n\n"
            "Interview panel:\n"
            + "".join(f"- {n}, {t}\n" for n, _, t in panel) +
            "\nThe attached calendar invitation includes the panel members. If you are unable to attend, please "
            "use the link in your candidate profile or write to hk.recruitment@pacificlantau.example.\n\n"
            "Pacific Lantau Bank Talent Acquisition\n\n"
            "This message was generated by our recruiting system. Replies to this address are not monitored.\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Pacific Lantau Bank//Recruiting Interview Scheduler 4.2//EN",
               "VERSION:2.0", "METHOD:REQUEST"] + VTZ["China Standard Time"] + [
        "BEGIN:VEVENT", f"UID:INTSCHED-10482-7731846-{digits(slug, 6)}@{dom}", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=China Standard Time:{loc(s)}", f"DTEND;TZID=China Standard Time:{loc(e)}",
        f"SUMMARY:{esc('Panel Interview - ' + role + ' - Vivian Cheung')}",
        f"LOCATION:{esc('40/F Lantau Financial Centre, 2 Chater Lane, Central, Hong Kong')}",
        "DESCRIPTION:" + esc("Panel interview (Req ID 10482). Panel: " + "; ".join(f"{n} ({t})" for n, _, t in panel)
                             + ". Please arrive by 1:45 PM for security registration."),
        f"ORGANIZER;CN=Pacific Lantau Bank Careers:mailto:{sender[1]}",
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}"]
        + [f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{m}" for n, m, _ in panel]
        + ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", bnd(slug + "m", "java"), [
        leaf("text/html; charset=UTF-8", to_html(text, "Arial,sans-serif"), "quoted-printable"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="interview.ics"')])])
    hs = std_headers(frm=sender, to=[(USER_NAME, USER)],
                     subject=f"Interview Confirmation - {role} (Req ID 10482)", date=sent,
                     msgid=f"<{digits(slug, 12)}.{digits(slug + 'q', 5)}.JavaMail.recruiting@rcm-mail02.{dom}>",
                     recv=received(f"rcm-mail02.{dom}", "203.0.113.58", sent, slug),
                     post=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")])
    files = [("01-interview-confirmation-panel.eml", message(hs, body))]
    ems = [m for _, m, _ in panel]
    lab = label([iv(co, role, s, e, "scheduled", ems, ems, "onsite")], "medium",
                "positive/ats-panel-windows-tz",
                "Recruiting-system (SuccessFactors-style) HTML-only confirmation from a no-reply sender with an .ics "
                "(TZID 'China Standard Time' = HK, +08:00). Three-person panel -> onsite, 14:00-15:30 HKT. The 1:45 PM "
                "arrival time is not the start; the hk.recruitment@ group address is not a recipient.")
    return slug, files, lab


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
@case
def c14():
    slug = "b214-14-hksi-licensing-exam-booking"
    sender = ("HKSI Institute - Licensing Examination", "le-noreply@hksi.example")
    sent = wd(T(HK, 2026, 3, 2, 11, 30, 4), "Monday")
    s = wd(T(HK, 2026, 3, 18, 14, 0), "Wednesday")
    e = s + timedelta(minutes=90)
    text = ("Dear CHEUNG Wing Yan,\n\n"
            "Examination Booking Confirmation\n\n"
            "Your booking for the Licensing Examination for Securities and Futures Intermediaries has been confirmed.\n\n"
            "Booking reference: LE260318-0482\n"
            "Candidate name: CHEUNG Wing Yan\n"
            "Paper: Paper 1 - Fundamentals of Securities and Futures Regulation\n"
            f"Examination date: {s:%A}, {s.day} {s:%B} {s.year}\n"
            "Reporting time: 1:30 pm\n"
            "Examination time: 2:00 pm - 3:30 pm (90 minutes)\n"
            "Venue: HKSI Institute Examination Centre, 3/F Harbour Commerce Building, 41 Gloucester Road, Wan Chai\n\n"
            "Important notes for candidates:\n"
            "1. Bring your original HKID card (or passport) and this confirmation. Candidates arriving more than 15 "
            "minutes after the start of the examination will not be admitted.\n"
            "2. The examination is computer-based. Results are shown on screen at the end of the session and a "
            "result slip is issued on the same day.\n"
            "3. Passing the relevant papers supports licence applications to the SFC and registration with the "
            "HKMA as a relevant individual.\n\n"
            "To reschedule, log in to the candidate portal at least 5 working days before the examination date.\n\n"
            "HKSI Institute\nThis is an automatically generated message. Please do not reply.\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HKSI Institute//LE Booking//EN", "METHOD:PUBLISH"]
              + VTZ["Asia/Hong_Kong"] + [
        "BEGIN:VEVENT", f"UID:LE260318-0482-{digits(slug, 6)}@hksi.example", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=Asia/Hong_Kong:{loc(s)}", f"DTEND;TZID=Asia/Hong_Kong:{loc(e)}",
        "SUMMARY:" + esc("LE Paper 1 examination (Booking LE260318-0482)"),
        "LOCATION:" + esc("HKSI Institute Examination Centre, 3/F Harbour Commerce Building, 41 Gloucester Road, Wan Chai"),
        "DESCRIPTION:" + esc("Reporting time 1:30 pm. Bring your original HKID card."),
        "ORGANIZER;CN=HKSI Institute:mailto:le-noreply@hksi.example",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=CHEUNG Wing Yan:mailto:{USER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", bnd(slug + "m", "java"), [
        multipart("alternative", bnd(slug + "a", "java"), [
            leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            leaf("text/html; charset=UTF-8", to_html(text, "Arial,sans-serif"), "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; method=PUBLISH; name="LE_Paper1.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="LE_Paper1.ics"')])])
    hs = std_headers(frm=sender, to=[("CHEUNG Wing Yan", USER)],
                     subject="Examination Booking Confirmation - LE Paper 1 (LE260318-0482)", date=sent,
                     msgid=f"<{digits(slug, 14)}@le-booking.hksi.example>",
                     recv=received("mail.hksi.example", "203.0.113.21", sent, slug),
                     post=[("Auto-Submitted", "auto-generated")])
    files = [("01-le-paper1-booking.eml", message(hs, body))]
    lab = label([], "medium", "negative/licensing-exam-booking",
                "HKSI licensing examination (LE Paper 1) booking with 'candidate', reporting time and an .ics. An "
                "exam, not an interview.")
    return slug, files, lab


@case
def c15():
    slug = "b214-15-cpt-aml-training-source-of-wealth-interviews"
    sent = wd(T(HK, 2026, 4, 13, 9, 12, 40), "Monday")
    s = wd(T(HK, 2026, 4, 22, 14, 0), "Wednesday")
    e = s + timedelta(hours=3)
    title = "AML/CFT Refresher - Conducting Source-of-Wealth Interviews with UHNW Clients (3 CPT hours)"
    text = ("Hi Vivian,\n\n"
            f"Thank you for registering for \"{title}\".\n\n"
            "Please submit any questions to: events@awcacademy.example\n\n"
            f"Date Time: Apr 22, 2026 02:00 PM Hong Kong SAR\n\n"
            "Join from PC, Mac, iPad, or Android:\n"
            "https://awcacademy.zoom.us/w/91846620315?tk=Q2VqZ1VwT3hCbVl5ZGh4NmVtX0F3dw.DQYAAAAVYhk0\n\n"
            "Passcode: 274105\n\n"
            "Add to Calendar: the attached .ics file\n\n"
            "Course outline: red flags in source-of-wealth narratives, structuring the client interview, "
            "documenting EDD for PEPs, and role-play exercises in breakout rooms. Attendance of the full session is "
            "required for 3 CPT hours (SFC) / 3 CPD hours (HKMA ECF-AML/CFT). A certificate will be e-mailed "
            "within 10 working days.\n\n"
            "You can cancel your registration at any time.\n\n"
            "Asia Wealth Compliance Academy\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["Asia/Hong_Kong"] + [
        "BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=Asia/Hong_Kong:{loc(s)}",
        f"DTEND;TZID=Asia/Hong_Kong:{loc(e)}", f"SUMMARY:{esc(title)}",
        f"UID:{zstamp(sent)}-91846620315@zoom.us", "TZID:Asia/Hong_Kong",
        "DESCRIPTION:" + esc("Join from PC, Mac, iPad, or Android: https://awcacademy.zoom.us/w/91846620315 Passcode: 274105"),
        "LOCATION:https://awcacademy.zoom.us/w/91846620315",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", bnd(slug + "m", "java"), [
        multipart("alternative", bnd(slug + "a", "java"), [
            leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            leaf("text/html; charset=UTF-8", to_html(text, "Lato,Helvetica,sans-serif"), "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; name="iCalendar.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="iCalendar.ics"')])])
    hs = std_headers(frm=("Asia Wealth Compliance Academy", "no-reply@zoom.us"), to=[(USER_NAME, USER)],
                     reply_to=("Asia Wealth Compliance Academy", "events@awcacademy.example"),
                     subject=f"Asia Wealth Compliance Academy: {title} Confirmation", date=sent,
                     msgid=f"<{h(slug, 32)}@zoom.us>", return_path="bounce@zoom.us",
                     recv=received("o1.ptr4471.zoom.us", "149.72.134.19", sent, slug))
    files = [("01-zoom-webinar-registration.eml", message(hs, body))]
    lab = label([], "hard", "negative/compliance-training",
                "CPT compliance training webinar about interviewing clients on source of wealth; Zoom sender, "
                "calendar file, 'interview' in the title. Training, not a job interview.")
    return slug, files, lab


@case
def c16():
    slug = "b214-16-client-lunch-family-interviewing-banks"
    s = wd(T(HK, 2026, 4, 29, 12, 30), "Wednesday")
    e = s + timedelta(minutes=90)
    created = T(HK, 2026, 4, 20, 22, 14, 5)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(slug + 'etag', 16)}\"",
        "id": b32(slug, 26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{b32(slug, 26)} {USER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(days=2)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.207Z"),
        "summary": "Lunch - Mr & Mrs Lau (trust mandate pitch)",
        "description": ("Lau family is 'interviewing' three banks for the family trust + custody mandate - we're up "
                        "first. Bring IPS draft, trust structure deck, fee schedule. Jacqueline (Lau FO) confirmed "
                        "12:30, table for 4 incl. my TA. NB don't mention my other interviews!!"),
        "location": "Jade Pavilion Club, 12/F Wing On Plaza Tower, Central",
        "creator": {"email": USER, "self": True},
        "organizer": {"email": USER, "self": True},
        "start": {"dateTime": iso(s), "timeZone": "Asia/Hong_Kong"},
        "end": {"dateTime": iso(e), "timeZone": "Asia/Hong_Kong"},
        "iCalUID": f"{b32(slug, 26)}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": USER, "organizer": True, "self": True, "responseStatus": "accepted"},
            {"email": "jacqueline.lau@laufamilyoffice.example", "displayName": "Jacqueline Lau",
             "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]},
        "eventType": "default",
    }
    files = [("01-client-lunch-lau.gcal.json", gcal_event(ev))]
    lab = label([], "hard", "negative/client-lunch-pitch",
                "Self-organised calendar event for a client lunch at her current job; the client family is "
                "'interviewing' banks for a mandate and the note mentions her other interviews. Not a job interview.")
    return slug, files, lab


@case
def c17():
    slug = "b214-17-headhunter-market-update-coffee"
    jason = ("Jason Mak", "jason.mak@redlanternsearch.example")
    sent1 = wd(T(HK, 2026, 4, 13, 16, 48, 20), "Monday")
    sent2 = T(HK, 2026, 4, 13, 17, 20, 3)
    s = wd(T(HK, 2026, 4, 17, 8, 0), "Friday")
    e = s + timedelta(minutes=45)
    t1 = ("Hi Vivian,\n\n"
          "Hope Q1 treated you well! To be upfront: I don't have a live private banking mandate to discuss with you "
          "right now. I'd just love to catch up over coffee, hear how things are on your side and share what I'm "
          "seeing in the market - who is hiring in HK vs Singapore, where packages are landing, and which teams "
          "moved this quarter. Banks are interviewing a lot of RMs at the moment, so there's plenty to talk about.\n\n"
          "If something relevant comes up later, you'll be the first call.\n\n"
          "Would Friday morning work? I'll send a calendar hold for 8am at Brew Lab, Ice House Street.\n\n"
          "Cheers,\nJason\n\nJason Mak\nDirector, Financial Services | Red Lantern Executive Search\n"
          "+852 9024 7761 | EA Licence No. 77104\n")
    m1 = gmid(slug + "1")
    m2, _ = google_invite(seed=slug + "2", organizer=jason,
                          attendees=[(jason[0], jason[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")],
                          summary="Coffee - Vivian / Jason (Red Lantern) - market catch-up", start=s, end=e,
                          tzname="Hong Kong Standard Time", tzshort="HKT",
                          description="Informal catch-up, no specific role. Coffee's on me.",
                          location="Brew Lab, 7 Ice House Street, Central", uid=f"{b32(slug, 26)}@google.com",
                          seq=0, date=sent2, created=sent2 - timedelta(minutes=1))
    files = [("01-jason-coffee-catch-up.eml", human_mail(
        seed=slug + "1", frm=jason, to=[(USER_NAME, USER)], subject="Coffee this Friday? (market catch-up)",
        date=sent1, msgid=m1, text=t1, recv=received("mail-pl1-f170.google.com", "209.85.214.170", sent1, slug + "1"))),
        ("02-invitation-coffee.eml", m2)]
    lab = label([], "hard", "negative/headhunter-market-coffee",
                "Headhunter's market-update coffee with a Google invite; explicitly no mandate/role and not a process "
                "step (recruiter relationship outreach).")
    return slug, files, lab


@case
def c18():
    slug = "b214-18-property-viewing-tomorrow-3pm"
    eric = ("陳志偉 Eric Chan", "eric.chan@harbourkey.example")
    sent = wd(T(HK, 2026, 4, 24, 19, 12, 45), "Friday")
    s = wd(T(HK, 2026, 4, 25, 15, 0), "Saturday")
    assert (sent + timedelta(days=1)).date() == s.date()
    t = ("Vivian 你好，\n\n"
         "我係 Harbour Key 地產嘅 Eric 陳生。西營盤海暉苑 B 座 18 樓嗰個兩房租盤，業主已經同意，約你聽日（星期六）"
         "下晝三點睇樓，我喺大堂等你，大概半個鐘。\n\n"
         "業主好緊張揀租客，話想親身 interview 下你 😂 唔使擔心，傾兩句咋。\n\n"
         "單位資料：實用面積 612 呎，月租 $32,000，兩房一廳，向南望海，可即時入伙。\n"
         "如果要改時間，WhatsApp 我 9488 1023 就得。\n\n"
         "陳志偉 Eric Chan\nHarbour Key Property Agency 海匙地產\n地產代理（個人）牌照號碼 S-412873\n")
    files = [("01-tai-lau-viewing-confirmation.eml", human_mail(
        seed=slug, frm=eric, to=[(None, USER)], subject="睇樓預約確認 Viewing appointment - 海暉苑 B座18樓 (聽日下晝三點)",
        date=sent, msgid=f"<{h(slug, 16)}.{digits(slug, 8)}@harbourkey.example>", text=t, client="iphone",
        plain_cte="base64", recv=received("smtp.harbourkey.example", "203.0.113.90", sent, slug)))]
    lab = label([], "hard", "negative/property-viewing",
                "Estate agent confirms a flat viewing ('約你聽日下晝三點睇樓') in Cantonese with a joke about the "
                "landlord wanting to 'interview' the tenant. Not a job interview.")
    return slug, files, lab


@case
def c19():
    slug = "b214-19-alumni-mock-interview-day-as-interviewer"
    alumni = ("HUBS Alumni Relations", "alumni@hubs.example")
    coord = ("Karen Lui", "karen.lui@hubs.example")
    sent = wd(T(HK, 2026, 4, 30, 12, 0, 9), "Thursday")
    s = wd(T(HK, 2026, 5, 9, 10, 0), "Saturday")
    e = T(HK, 2026, 5, 9, 12, 0)
    rows = "\n".join(f"{T(HK, 2026, 5, 9, 10, 0) + timedelta(minutes=30 * i):%H:%M} - "
                     f"{T(HK, 2026, 5, 9, 10, 25) + timedelta(minutes=30 * i):%H:%M}  Student {i + 1} (BBA Finance, Year 4)"
                     for i in range(4))
    t = ("Dear Vivian,\n\n"
         "Thank you for volunteering as an alumni interviewer for the Harbour University Business School Mock "
         "Interview Day. You will interview four final-year students applying for graduate roles in private banking "
         "and wealth management, and give each of them five minutes of feedback.\n\n"
         "Your panel: Panel B (Zoom breakout room 2)\n"
         f"Date: {s:%A} {s.day} {s:%B} {s.year}\n\n" + rows + "\n\n"
         "Students' CVs and a scoring rubric will be sent on Thursday. A calendar file for your interviewer slot "
         "is attached.\n\n"
         f"With thanks,\n{coord[0]}\nAlumni Relations Office | Harbour University Business School\n{coord[1]}\n")
    files = [("01-mock-interview-day-schedule.eml", human_mail(
        seed=slug, frm=alumni, reply_to=coord, to=[(USER_NAME, USER)],
        subject="Mock Interview Day - your interviewer schedule (Sat 9 May)", date=sent,
        msgid=omid(slug, "TYZPR04MB"), text=t, client="outlook",
        recv=received("mail-tyzapc01on2130.outbound.protection.outlook.com", "40.107.117.130", sent, slug)))]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
               "METHOD:REQUEST"] + VTZ["China Standard Time"] + [
        "BEGIN:VEVENT", f"ATTENDEE;CN={USER_NAME};RSVP=TRUE:mailto:{USER}",
        "CLASS:PUBLIC", f"CREATED:{zstamp(sent)}",
        "DESCRIPTION:" + esc("Mock Interview Day - you are an alumni interviewer on Panel B. Four students, 25 "
                             "minutes each. Zoom breakout room 2."),
        f"DTEND;TZID=China Standard Time:{loc(e)}", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=China Standard Time:{loc(s)}", f"LAST-MODIFIED:{zstamp(sent)}",
        "LOCATION:Zoom (link to follow)", f"ORGANIZER;CN=\"{alumni[0]}\":mailto:{alumni[1]}",
        "PRIORITY:5", "SEQUENCE:0", "SUMMARY;LANGUAGE=en-hk:Mock Interview Day - Alumni Interviewer (Panel B)",
        "TRANSP:OPAQUE", f"UID:{exchange_uid(slug)}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "END:VEVENT", "END:VCALENDAR"])
    files.append(("02-mock-interview-panel-b.ics", cal.encode("utf-8")))
    lab = label([], "medium", "negative/user-is-interviewer-mock",
                "The user volunteers as the interviewer at a university mock-interview day (standalone .ics with "
                "'Interview' in the summary). She is not the candidate and it is a mock.")
    return slug, files, lab


@case
def c20():
    slug = "b214-20-singapore-availability-request"
    dom = "merlionheritage.example"
    sh = ("Shermaine Ho", f"shermaine.ho@{dom}")
    sent = wd(T(SG, 2026, 5, 19, 10, 5, 31), "Tuesday")
    t = ("Dear Vivian,\n\n"
         "Thank you for your application for the Senior Relationship Manager, North Asia (Singapore) role.\n\n"
         "We would like to invite you to a first-round interview with Benjamin Tay, our Head of Greater China "
         "Coverage. Could you let me know your availability over the next two weeks? Benjamin is generally free on "
         "Tuesday and Thursday afternoons between 2pm and 5pm Singapore time (same as Hong Kong).\n\n"
         "Alternatively, you can pick a 45-minute slot directly here:\n"
         f"https://outlook.office365.com/book/MerlionHeritageRecruitment@{dom}/\n\n"
         "Once a time is confirmed I will send you a Teams invitation.\n\n"
         "Kind regards,\nShermaine\n\nShermaine Ho\nTalent Acquisition, Wealth Management | Merlion Heritage Bank\n"
         "+65 6818 2045\n")
    files = [("01-shermaine-availability.eml", human_mail(
        seed=slug, frm=sh, to=[(USER_NAME, USER)],
        subject="Merlion Heritage Bank - first-round interview: your availability", date=sent,
        msgid=omid(slug, "SEZPR06MB"), text=t, client="outlook",
        recv=received("mail-sgaapc01on2066.outbound.protection.outlook.com", "40.107.215.66", sent, slug)))]
    lab = label([], "medium", "negative/availability-request",
                "Recruiter asks for availability and offers an unbooked Microsoft Bookings link; generic free "
                "windows are mentioned but nothing is booked.")
    return slug, files, lab


@case
def c21():
    slug = "b214-21-one-way-video-interview-london"
    sent = wd(T(LDN, 2026, 5, 4, 8, 0, 12), "Monday")
    deadline = wd(T(LDN, 2026, 5, 8, 23, 59), "Friday")
    assert deadline.utcoffset() == timedelta(hours=1)
    t = ("Dear Vivian,\n\n"
         "Thank you for your interest in the Relationship Manager, Asia Desk (London) position at Thistle & Crown "
         "Private Bank.\n\n"
         "As the next step, we invite you to complete an on-demand video interview. You will be asked five questions "
         "and record your answers at a time that suits you; there is no live interviewer. It takes about 20 minutes.\n\n"
         "Please complete your interview by Friday 8 May 2026, 23:59 BST.\n\n"
         "Start your interview: https://app.hirevue.com/interviews/thistlecrown/"
         + b32(slug, 12) + "\n\n"
         "Tips: use a quiet, well-lit room and test your camera and microphone beforehand.\n\n"
         "Kind regards,\nEarly Careers & Lateral Hiring\nThistle & Crown Private Bank\n")
    body = multipart("alternative", bnd(slug, "java"), [
        leaf("text/plain; charset=UTF-8", t, "quoted-printable"),
        leaf("text/html; charset=UTF-8", to_html(t, "Helvetica,Arial,sans-serif"), "quoted-printable")])
    hs = std_headers(frm=("Thistle & Crown Private Bank", "noreply@hirevue.com"), to=[(USER_NAME, USER)],
                     subject="Thistle & Crown - your video interview for Relationship Manager, Asia Desk (London)",
                     date=sent, msgid=f"<{h(slug, 24)}@hirevue.com>", return_path="bounces@hirevue.com",
                     recv=received("mta-12.hirevue.com", "198.51.100.122", sent, slug))
    files = [("01-hirevue-on-demand-invite.eml", message(hs, body))]
    lab = label([], "medium", "negative/one-way-video-interview",
                "On-demand (one-way) video interview with a deadline; no live conversation, no scheduled time.")
    return slug, files, lab


@case
def c22():
    slug = "b214-22-press-interview-rising-stars"
    pris = ("Priscilla Yau", "priscilla.yau@asiawealthreview.example")
    sent = wd(T(HK, 2026, 5, 5, 15, 33, 18), "Tuesday")
    s = wd(T(HK, 2026, 5, 11, 16, 0), "Monday")
    e = s + timedelta(minutes=30)
    desc = ("Thanks for agreeing to speak to Asia Wealth Review for our 'Rising Stars in Private Banking 2026' "
            "feature. 30-minute phone interview on next-generation UHNW clients in Greater China. Quotes will be "
            "sent to you and your bank's corporate communications team for approval before publication.\n\n"
            "Priscilla Yau, Senior Reporter, Asia Wealth Review")
    m, _ = google_invite(seed=slug, organizer=pris,
                         attendees=[(pris[0], pris[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")],
                         summary="Interview: Vivian Cheung on next-gen UHNW clients (Asia Wealth Review)", start=s,
                         end=e, tzname="Hong Kong Standard Time", tzshort="HKT", description=desc,
                         location="Phone: +852 3590 7712", uid=f"{b32(slug, 26)}@google.com", seq=0, date=sent,
                         created=sent - timedelta(minutes=2))
    files = [("01-invitation-press-interview.eml", m)]
    lab = label([], "hard", "negative/press-interview",
                "Trade-press journalist's Google invite titled 'Interview: Vivian Cheung ...'. A media interview, "
                "not a hiring step.")
    return slug, files, lab


# ==============================================================================================
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, start=1):
        slug, files, lab = fn()
        assert slug.startswith(f"{PREFIX}-{n:02d}-"), slug
        names = [f for f, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), names
        os.makedirs(os.path.join(HERE, slug))
        for fname, data in files:
            with open(os.path.join(HERE, slug, fname), "wb") as fh:
                fh.write(data)
        labels[slug] = lab
    head = ("# Labels for blind214 (HK private banker; HK / Singapore / London). Generated by make_cases.py.\n"
            "# Schema and labelling rules: /work/shared/eval/README.md\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
