#!/usr/bin/env python3
"""Regenerate the blind144 evaluation set (written blind).

Theme: a Dubai-based licensed aircraft maintenance engineer (GCAA Part-66 B1) applying to airlines
and MROs in the Gulf and Asia.  Standard library + PyYAML + zoneinfo only.  Running this script
deletes and rewrites every ``b144-*`` folder and ``labels.yaml`` next to it; the output is
byte-identical on every run (fixed dates, Message-IDs, UIDs and MIME boundaries).
"""
import base64
import hashlib
import html
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
PREFIX = "b144"

OWNER = "yousef.haddad@example.com"
OWNER_NAME = "Yousef Haddad"
OWNER_MOBILE = "+971 50 418 2276"

UTC = timezone.utc
DXB = ZoneInfo("Asia/Dubai")
MCT = ZoneInfo("Asia/Muscat")
DOH = ZoneInfo("Asia/Qatar")
RUH = ZoneInfo("Asia/Riyadh")
BAH = ZoneInfo("Asia/Bahrain")
KWI = ZoneInfo("Asia/Kuwait")
SIN = ZoneInfo("Asia/Singapore")
KUL = ZoneInfo("Asia/Kuala_Lumpur")
HKG = ZoneInfo("Asia/Hong_Kong")
MNL = ZoneInfo("Asia/Manila")
IST = ZoneInfo("Asia/Kolkata")
PAC = ZoneInfo("America/Los_Angeles")  # Gmail's MX stamps Received: lines in Pacific time

# Windows time-zone ids as Exchange/Outlook emit them: (offset, display label, IANA equivalent)
WTZ = {
    "Arabian Standard Time": ("+0400", "(UTC+04:00) Abu Dhabi, Muscat", DXB),
    "Arab Standard Time": ("+0300", "(UTC+03:00) Kuwait, Riyadh", RUH),
    "Singapore Standard Time": ("+0800", "(UTC+08:00) Kuala Lumpur, Singapore", SIN),
}


# ----------------------------------------------------------------------------------------------
# small deterministic helpers
# ----------------------------------------------------------------------------------------------
def at(y, mo, d, h, mi, tz, wd=None, s=0):
    """Aware datetime; ``wd`` asserts the weekday that the case text names."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%A") == wd, (dt, wd, dt.strftime("%A"))
    return dt


def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64id(seed, n=40):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()
    return raw.replace("/", "_").replace("=", "")[:n]


def gmail_mid(seed):
    return "<CA" + b64id(seed, 46).replace("_", "+") + "@mail.gmail.com>"


def outlook_server(server):
    """'DB9PR10MB' -> ('DB9PR10MB5123', 'eurprd10'): host names as Exchange Online stamps them."""
    num = int(hx(server, 6), 16) % 9000 + 1000
    geo = {"MA0": "ind", "SG2": "apc", "TY0": "jpn"}.get(server[:3], "eur")
    return f"{server}{num}", f"{geo}prd{server[5:7]}"


def outlook_mid(seed, server):
    host, region = outlook_server(server)
    return f"<{host}{hx(seed, 20).upper()}@{host}.{region}.prod.outlook.com>"


def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()


def gmail_boundary(seed):
    return "000000000000" + hx(seed, 16)


def outlook_boundary(seed, server):
    return f"_000_{outlook_server(server)[0]}{hx(seed, 16).upper()}prodoutlookcom_"


def rfcdate(dt):
    return format_datetime(dt)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def localstamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def t12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def gt(dt):
    """Google Calendar short time: 3pm, 9:30am."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def long_date(dt):
    return f"{dt:%A}, {dt.day} {dt:%B %Y}"


def us_long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76, linesep="\n")


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, body, cte="7bit", extra=(), charset="utf-8"):
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    if cte == "quoted-printable":
        payload = qp(body, charset)
    elif cte == "base64":
        payload = b64(body if isinstance(body, bytes) else body.encode(charset))
    else:
        payload = body
    if not payload.endswith("\n"):
        payload += "\n"
    return "\n".join(lines) + "\n\n" + payload


def multi(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, part):
    """headers: list of (name, value) or raw strings; part: a leaf()/multi() string."""
    lines = []
    for h in headers:
        if isinstance(h, str):
            lines.append(h)
        elif h[1] is not None:
            lines.append(f"{h[0]}: {h[1]}")
    text = "\n".join(lines) + "\nMIME-Version: 1.0\n" + part
    text.encode("ascii")  # every .eml must be 7-bit clean
    return text


def received_gmail(host, ip, dt, seed):
    p = dt.astimezone(PAC)
    return (
        f"Received: from {host} ({host}. [{ip}])\n"
        f"        by mx.google.com with ESMTPS id {hx(seed + 'a', 13)}-{hx(seed + 'b', 10)}si{int(hx(seed + 'c', 7), 16)}.{int(hx(seed + 'd', 2), 16)}.{p:%Y.%m.%d.%H.%M.%S}\n"
        f"        for <{OWNER}>\n"
        f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
        f"        {format_datetime(p)} ({p.tzname()})"
    )


def text_to_html(text, rtl=False, font="Calibri, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    d = ' dir="rtl"' if rtl else ""
    body = "".join(
        f"<p{d} style=\"margin:0 0 10px 0\">" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>\n"
        for p in paras
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body><div{d} style="font-family:{font};font-size:11pt">\n{body}</div></body></html>\n'
    )


def gmail_html(text):
    paras = text.strip("\n").split("\n\n")
    return '<div dir="ltr">' + "".join(
        "<div>" + "<br>".join(html.escape(l, quote=False) for l in p.split("\n")) + "</div><div><br></div>" for p in paras
    ) + "</div>\n"


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + k
        else:
            cur, n = cur + ch, n + k
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def lf(s):
    return s.replace("\r\n", "\n")


def vtz_windows(name):
    off = WTZ[name][0]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def vtz_iana(tzid, off, tzname):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:STANDARD", f"TZNAME:{tzname}",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


def teams_block(seed):
    mid = "".join(c for c in base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode() if c.isalnum())[:48]
    num = int(hx(seed + "mid", 12), 16) % 10**12
    mnum = f"{num:012d}"
    pc = "".join(c for c in b64id(seed + "pc", 16) if c.isalnum())[:8]
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
           f"{hx(seed + 'tid', 8)}-{hx(seed + 't2', 4)}-{hx(seed + 't3', 4)}-{hx(seed + 't4', 4)}-{hx(seed + 't5', 12)}%22%7d")
    text = ("_" * 80 + "\n"
            "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
            f"Join the meeting now<{url}>\n"
            f"Meeting ID: {mnum[:3]} {mnum[3:6]} {mnum[6:9]} {mnum[9:]}\n"
            f"Passcode: {pc}\n"
            + "_" * 32 + "\n"
            "For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/> | "
            "Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
            + "_" * 80 + "\n")
    return text, url


def exchange_ics(*, method, organizer, attendees, summary, start, end, wtz, description, uid, seq, dtstamp,
                 location, teams_url=None):
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz_windows(wtz)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
          f"DTSTART;TZID={wtz}:{localstamp(start)}",
          f"DTEND;TZID={wtz}:{localstamp(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{utcstamp(dtstamp)}",
          f"TRANSP:{'TRANSPARENT' if cancel else 'OPAQUE'}",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-US:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(uid, 7), 16)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def exchange_mail(*, seed, server, frm, to, cc=(), subject, date, start, end, wtz, where, body, uid, seq,
                  method="REQUEST", teams=True, attendees, organizer, received=None, extra=()):
    """An Exchange Online meeting request/cancellation as Outlook sends it."""
    when = f"{us_long_date(start)} {t12(start)}-{t12(end)} {WTZ[wtz][1]}."
    tb, turl = teams_block(seed) if teams else ("", None)
    plain = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n{tb}"
    desc = plain.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[0] + "*~*~*~*~*~*~*~*~*~*\n\n" + body.strip() + "\n\n" + tb
    cal = exchange_ics(method=method, organizer=organizer, attendees=attendees, summary=subject.split(": ", 1)[1]
                       if subject.startswith("Canceled: ") else subject, start=start, end=end, wtz=wtz,
                       description=desc, uid=uid, seq=seq, dtstamp=date, location=where, teams_url=turl)
    bnd = outlook_boundary(seed, server)
    part = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', text_to_html(plain, font="Aptos, Calibri, sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    heads = [("Delivered-To", OWNER)]
    if received:
        heads.append(received)
    heads += [("Return-Path", f"<{frm[1]}>"), ("From", addr(*frm)), ("To", ", ".join(addr(*t) for t in to))]
    if cc:
        heads.append(("Cc", ", ".join(addr(*c) for c in cc)))
    heads += [("Subject", hdr(subject)), ("Thread-Topic", hdr(subject.split(": ", 1)[1] if subject.startswith("Canceled: ") else subject)),
              ("Thread-Index", thread_index(seed)), ("Date", rfcdate(date)),
              ("Message-ID", outlook_mid(seed, server)), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
              ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64id(uid, 22)),
              ("x-ms-publictraffictype", "Email"), *extra]
    return message(heads, part)


def google_ics(*, method, org, guests, summary, start, end, uid, seq, created, dtstamp, description, location="",
               meet=None, status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
         f"DTSTAMP:{utcstamp(dtstamp)}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"]
    for name, email, ps in guests:
        rs = "" if ps == "ACCEPTED" else ";RSVP=TRUE"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps}{rs};CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:{meet}")
    L += [f"CREATED:{utcstamp(created)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{utcstamp(dtstamp)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
          "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def google_mail(*, action, seed, org, guests, summary, start, end, tzlong, tzabbr, description, uid, seq, created,
                msg_date, meet=None, meet_phone=None, location="", note=None, changed="time"):
    """Google Calendar invitation / update / cancellation e-mail (multipart/mixed + invite.ics)."""
    prefix = {"request": "Invitation", "update": "Updated invitation", "cancel": "Canceled event"}[action]
    if note and action == "cancel":
        prefix = "Canceled event with note"
    when_short = f"{start:%a} {start.day} {start:%b %Y} {gt(start)} - {gt(end)} ({tzabbr})"
    subject = f"{prefix}: {summary} @ {when_short} ({OWNER})"
    when_long = f"{start:%A} {start.day} {start:%b %Y} \u22c5 {gt(start)} \u2013 {gt(end)}"
    eid = b64id(uid + OWNER, 52)
    lines = []
    if action == "cancel":
        if note:
            lines += [f"{org[0]} has cancelled this event and left a note:", "", f"\u201c{note}\u201d", ""]
        lines += ["This event has been cancelled and removed from your calendar.", ""]
    if action == "update":
        lines += ["This event has been updated", f"Changed: {changed}", ""]
    lines += [summary, when_long, tzlong, ""]
    if location:
        lines += [location, ""]
    if meet and action != "cancel":
        lines += ["Join with Google Meet", meet, ""]
        if meet_phone:
            lines += ["Join by phone", meet_phone, ""]
    lines += ["Organiser", org[0], org[1], "", "Guests"]
    for name, email, _ in guests:
        lines.append(f"{name} - organiser" if email == org[1] else name)
        if name != email:
            lines.append(email)
    if action != "cancel":
        lines.append(f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}")
    lines.append("")
    if description and action != "cancel":
        lines += [description, ""]
    if action != "cancel":
        lines += [f"Reply for {OWNER}", "", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
                  "You are receiving this email because you are an attendee on the event. To stop receiving future "
                  "updates for this event, decline this event.", "",
                  "Forwarding this invitation could allow any recipient to send a response to the organiser, be added "
                  "to the guest list, invite others regardless of their own invitation status or modify your RSVP. "
                  "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    else:
        lines += ["Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
                  "You are receiving this email because you are an attendee on the event."]
    plain = "\n".join(lines) + "\n"
    method = "CANCEL" if action == "cancel" else "REQUEST"
    cal = google_ics(method=method, org=org, guests=guests, summary=summary, start=start, end=end, uid=uid, seq=seq,
                     created=created, dtstamp=msg_date, location=location, meet=meet,
                     description=(description + "\n\n" if description else "") +
                     ("Join with Google Meet: " + meet + "\n\n" if meet else "") +
                     "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     "Please do not edit this section of the description.",
                     status="CANCELLED" if action == "cancel" else "CONFIRMED")
    ob = gmail_boundary(seed + "mixed")
    ib = gmail_boundary(seed + "alt")
    alt = multi("alternative", ib, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', gmail_html(plain), "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', lf(cal), "7bit"),
    ])
    att = leaf('application/ics; name="invite.ics"', cal, "base64",
               extra=('Content-Disposition: attachment; filename="invite.ics"',))
    part = multi("mixed", ob, [alt.rstrip("\n"), att])
    heads = [("Delivered-To", OWNER),
             received_gmail("mail-sor-f73.google.com", "209.85.220.73", msg_date, seed),
             ("Return-Path", f"<{b64id(seed + 'rp', 22)}@calendar-server.bounces.google.com>"),
             ("Reply-To", addr(*org)),
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Message-ID", f"<calendar-{hx(seed + 'c1', 8)}-{hx(seed + 'c2', 4)}-{hx(seed + 'c3', 4)}-{hx(seed + 'c4', 4)}-{hx(seed + 'c5', 12)}@google.com>"),
             ("Date", rfcdate(msg_date.astimezone(UTC))),
             ("Subject", hdr(subject)), ("From", addr(*org)), ("To", OWNER)]
    return message(heads, part)


def gcal_event(*, eid, summary, description, org, attendees, start, end, tzid, created, updated, seq=0,
               status="confirmed", meet=None, location=None, self_status="accepted", owner_tz=DXB):
    """Google Calendar API v3 Event resource as returned by events.list on the owner's calendar (Asia/Dubai)."""
    ev = {
        "kind": "calendar#event",
        "etag": f'"{int(hx(eid + "etag", 12), 16)}"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(eid, 3), 16) % 1000:03d}Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": org[1], "displayName": org[0]}
    ev["organizer"] = {"email": org[1], "displayName": org[0]}
    ev["start"] = {"dateTime": start.astimezone(owner_tz).isoformat(), "timeZone": tzid}
    ev["end"] = {"dateTime": end.astimezone(owner_tz).isoformat(), "timeZone": tzid}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    att = []
    for name, email, rs in attendees:
        a = {"email": email}
        if name:
            a["displayName"] = name
        if email == org[1]:
            a["organizer"] = True
        if email == OWNER:
            a["self"] = True
            rs = self_status
        a["responseStatus"] = rs
        att.append(a)
    ev["attendees"] = att
    if meet:
        code = meet.rsplit("/", 1)[1]
        ev["hangoutLink"] = meet
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": meet, "label": meet.replace("https://", "")}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def human_mail(*, seed, style, frm, to, cc=(), subject, date, text, html_text=None, reply_to=None, in_reply_to=None,
               references=None, received=None, charset="utf-8", cte="quoted-printable", html_cte=None, server=None,
               attachments=(), extra=(), rtl=False, subject_charset="utf-8"):
    """A person's e-mail from Gmail ("gmail") or Outlook/Exchange Online ("outlook")."""
    html_text = html_text if html_text is not None else (
        gmail_html(text) if style == "gmail" else text_to_html(text, rtl=rtl))
    if charset != "utf-8":
        html_text = html_text.replace("charset=utf-8", f"charset={charset}")
    html_cte = html_cte or cte
    bnd = gmail_boundary(seed) if style == "gmail" else outlook_boundary(seed, server)
    ch = "UTF-8" if (style == "gmail" and charset == "utf-8") else charset
    alt = multi("alternative", bnd, [
        leaf(f'text/plain; charset="{ch}"', text, cte, charset=charset),
        leaf(f'text/html; charset="{ch}"', html_text, html_cte, charset=charset),
    ])
    part = alt
    if attachments:
        mb = (gmail_boundary(seed + "mix") if style == "gmail" else outlook_boundary(seed + "mix", server))
        part = multi("mixed", mb, [alt.rstrip("\n"), *attachments])
    heads = [("Delivered-To", OWNER)]
    if received:
        heads.append(received)
    if style == "gmail":
        heads += [("References", references), ("In-Reply-To", in_reply_to), ("From", addr(*frm, charset=charset)),
                  ("Date", rfcdate(date)), ("Message-ID", gmail_mid(seed)), ("Subject", hdr(subject, subject_charset)),
                  ("To", ", ".join(addr(*t) for t in to))]
        if cc:
            heads.append(("Cc", ", ".join(addr(*c) for c in cc)))
        if reply_to:
            heads.append(("Reply-To", reply_to))
    else:
        topic = subject
        for p in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        heads += [("Return-Path", f"<{frm[1]}>"), ("From", addr(*frm, charset=charset)),
                  ("To", ", ".join(addr(*t, charset=charset) for t in to))]
        if cc:
            heads.append(("Cc", ", ".join(addr(*c, charset=charset) for c in cc)))
        if reply_to:
            heads.append(("Reply-To", reply_to))
        heads += [("Subject", hdr(subject, subject_charset)), ("Thread-Topic", hdr(topic, subject_charset)),
                  ("Thread-Index", thread_index(seed)), ("Date", rfcdate(date)),
                  ("Message-ID", outlook_mid(seed, server)), ("References", references), ("In-Reply-To", in_reply_to),
                  ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    heads += list(extra)
    return message(heads, part)


def ics_attachment(cal, filename, method=None):
    ct = f'text/calendar; charset="utf-8"; name="{filename}"' + (f"; method={method}" if method else "")
    return leaf(ct, cal, "base64", extra=(f'Content-Disposition: attachment; filename="{filename}"',))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(), "end": end.isoformat() if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


OWNER_SIG = f"Yousef Haddad\nLicensed Aircraft Engineer (GCAA Part-66 B1.1) | Dubai, UAE\n{OWNER_MOBILE}"


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
def case01():
    slug = f"{PREFIX}-01-taleo-assessment-day-ramadan"
    co = "Sahra Airways"
    role = "Licensed Aircraft Engineer B1 (B777/A350)"
    hana = ("Hana Al Mansoori", "hana.almansoori@sahra-airways.example")
    sent = at(2026, 2, 17, 11, 4, UTC, s=27)
    day = at(2026, 3, 3, 9, 0, DXB, wd="Tuesday")
    test_end = day.replace(hour=10, minute=30)
    panel_start = day.replace(hour=11, minute=15)
    end = day.replace(hour=12, minute=30)
    taleo_mid = f"<{int(hx('c01taleo', 12), 16)}.{int(hx('c01t2', 4), 16)}.JavaMail.tomcat@ws-tee-07.taleo.net>"
    text = f"""Dear Yousef Haddad,

Thank you for your interest in the position of {role}, requisition 26000417, with Sahra Airways Engineering.

We are pleased to invite you to our Engineering Assessment Day, which will be held on:

Date: {long_date(day)}
Venue: Sahra Engineering Centre, Building 2, Training Wing - Room T2.14, Dubai World Central (Al Maktoum International Airport)

As the Assessment Day falls during the Holy Month of Ramadan, reduced working hours apply and the programme has been shortened as follows:

{day:%H:%M} - {test_end:%H:%M}  Technical knowledge test (written, 60 multiple-choice questions on Part-66 Modules 7A, 11A and 15, plus B777 type questions)
{test_end:%H:%M} - {panel_start:%H:%M}  Break and test marking
{panel_start:%H:%M} - {end:%H:%M}  Panel interview (Engineering Manager Line Maintenance, Senior Licensed Engineer B1 and HR Business Partner)

Only candidates who achieve the pass mark in the technical test will continue to the panel interview on the same day.

Please arrive 30 minutes before the start and bring:
- Original passport and Emirates ID
- Your GCAA Part-66 licence and type rating certificates
- Two printed copies of your CV

Kindly confirm your attendance by replying to this e-mail. Should you have any questions, please contact Hana Al Mansoori, Talent Acquisition, on +971 4 555 0192.

Ramadan Kareem,

Talent Acquisition
Sahra Airways Engineering

This message was sent to you via Oracle Taleo on behalf of Sahra Airways. Replies to this message are delivered to the recruiter responsible for this requisition.
"""
    rows = "".join(
        f"<tr><td style=\"padding:4px 12px;white-space:nowrap\">{a} &ndash; {b}</td><td style=\"padding:4px 12px\">{html.escape(c)}</td></tr>\n"
        for a, b, c in [(f"{day:%H:%M}", f"{test_end:%H:%M}", "Technical knowledge test (written, 60 multiple-choice questions on Part-66 Modules 7A, 11A and 15, plus B777 type questions)"),
                        (f"{test_end:%H:%M}", f"{panel_start:%H:%M}", "Break and test marking"),
                        (f"{panel_start:%H:%M}", f"{end:%H:%M}", "Panel interview (Engineering Manager Line Maintenance, Senior Licensed Engineer B1 and HR Business Partner)")])
    html_body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Sahra Airways</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td style="background:#7a1f2b;color:#fff;padding:14px 18px;font-size:18px">Sahra Airways &middot; Careers</td></tr>
<tr><td style="padding:18px">
<p>Dear Yousef Haddad,</p>
<p>Thank you for your interest in the position of <b>{html.escape(role)}</b>, requisition 26000417, with Sahra Airways Engineering.</p>
<p>We are pleased to invite you to our Engineering Assessment Day, which will be held on:</p>
<p><b>Date:</b> {long_date(day)}<br><b>Venue:</b> Sahra Engineering Centre, Building 2, Training Wing - Room T2.14, Dubai World Central (Al Maktoum International Airport)</p>
<p>As the Assessment Day falls during the Holy Month of Ramadan, reduced working hours apply and the programme has been shortened as follows:</p>
<table cellpadding="0" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
{rows}</table>
<p>Only candidates who achieve the pass mark in the technical test will continue to the panel interview on the same day.</p>
<p>Please arrive 30 minutes before the start and bring:</p>
<ul><li>Original passport and Emirates ID</li><li>Your GCAA Part-66 licence and type rating certificates</li><li>Two printed copies of your CV</li></ul>
<p>Kindly confirm your attendance by replying to this e-mail. Should you have any questions, please contact Hana Al Mansoori, Talent Acquisition, on +971 4 555 0192.</p>
<p>Ramadan Kareem,</p>
<p>Talent Acquisition<br>Sahra Airways Engineering</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px 18px;border-top:1px solid #ddd">This message was sent to you via Oracle Taleo on behalf of Sahra Airways. Replies to this message are delivered to the recruiter responsible for this requisition.</td></tr></table>
</body></html>
"""
    part = multi("alternative", f"----=_Part_{int(hx('c01b', 6), 16)}_{int(hx('c01c', 8), 16)}.{int(hx('c01d', 10), 16)}", [
        leaf('text/plain; charset=UTF-8', text, "quoted-printable"),
        leaf('text/html; charset=UTF-8', html_body, "quoted-printable"),
    ])
    m1 = message([
        ("Delivered-To", OWNER),
        received_gmail("mta41.taleo.net", "192.0.2.41", sent, "c01"),
        ("Return-Path", "<bounces+26000417@taleo.net>"),
        ("Date", rfcdate(sent)),
        ("From", "Sahra Airways Careers <no-reply@taleo.net>"),
        ("Reply-To", addr(*hana)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Message-ID", taleo_mid),
        ("Subject", hdr(f"Sahra Airways \u2013 Invitation to Assessment Day \u2013 {role} \u2013 Req. 26000417")),
        ("X-Mailer", "Taleo Enterprise Edition"),
    ], part)

    conf_date = at(2026, 2, 18, 8, 51, DXB)
    conf_mid = gmail_mid("c01-owner-confirm")
    rem = at(2026, 3, 2, 10, 22, DXB, wd="Monday", s=9)
    owner_conf = f"""Dear Hana,

Thank you for the invitation. I confirm my attendance at the Assessment Day on {long_date(day)} and will bring the documents listed.

Kind regards,
{OWNER_SIG}"""
    text2 = f"""Dear Yousef,

Just a reminder that your Assessment Day is tomorrow. Please note one change to the access arrangements: use Gate 5 (Contractors & Visitors) on the north side of the Engineering Centre rather than the main staff gate - security will have your name on the visitor list. Parking is available opposite the Training Wing.

Timings remain as per the Taleo invitation (Ramadan timings): the written test starts at 9:00 and the panel interview will finish by 12:30. Water will be available in the side room for anyone who is not fasting.

Best regards,
Hana

Hana Al Mansoori
Talent Acquisition Specialist - Engineering
Sahra Airways
T +971 4 555 0192 | {hana[1]}

________________________________
From: Yousef Haddad <{OWNER}>
Sent: Wednesday, February 18, 2026 8:51 AM
To: Hana Al Mansoori <{hana[1]}>
Subject: Re: Sahra Airways - Invitation to Assessment Day - {role} - Req. 26000417

{owner_conf}
"""
    m2 = human_mail(seed="c01-rem", style="outlook", server="AM9PR08MB", frm=hana, to=[(OWNER_NAME, OWNER)],
                    subject=f"RE: Sahra Airways - Invitation to Assessment Day - {role} - Req. 26000417",
                    date=rem, text=text2, in_reply_to=conf_mid, references=f"{taleo_mid} {conf_mid}",
                    received=received_gmail("EUR05-AM6-obe.outbound.protection.outlook.com", "198.51.100.17", rem, "c01r"))
    assert conf_date < rem
    lab = label([iv(co, role, day, end, "scheduled", [], [hana[1]], "onsite")], "hard", "positive/assessment-day-loop",
                "Taleo (no-reply) invitation to an airline assessment day during Ramadan: written technical test "
                "09:00-10:30 then panel interview 11:15-12:30 GST on the same day -> one onsite from the test start to "
                "the panel end. Panel members named by role only, so no interviewer addresses; follow-up goes to the "
                "recruiter in Reply-To, who also sends the 'tomorrow' reminder (same interview, not a second one).")
    return slug, [("01-taleo-assessment-day-invitation.eml", m1), ("02-re-assessment-day-reminder.eml", m2)], lab


def case02():
    slug = f"{PREFIX}-02-successfactors-and-teams-panel-doha"
    co = "Dafna Aero Technics"
    role = "Aircraft Maintenance Engineer B1 - Line Maintenance"
    mariam = ("Mariam Al-Kuwari", "mariam.alkuwari@dafna-aerotech.example")
    ravi = ("Ravi Subramanian", "ravi.subramanian@dafna-aerotech.example")
    ahmed = ("Ahmed Fakhroo", "ahmed.fakhroo@dafna-aerotech.example")
    start = at(2026, 4, 8, 10, 0, DOH, wd="Wednesday")
    end = start + timedelta(hours=1)
    sent1 = at(2026, 4, 2, 7, 31, UTC, s=10)
    uid_sf = f"SFIS-4821-{hx('c02uid', 12).upper()}@successfactors.eu"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN", "VERSION:2.0",
               "METHOD:REQUEST", *vtz_iana("Asia/Qatar", "+0300", "+03"), "BEGIN:VEVENT", f"UID:{uid_sf}",
               f"DTSTAMP:{utcstamp(sent1)}", f"DTSTART;TZID=Asia/Qatar:{localstamp(start)}",
               f"DTEND;TZID=Asia/Qatar:{localstamp(end)}",
               f"SUMMARY:{esc('Interview: ' + role + ' (Req 4821)')}",
               f"LOCATION:{esc('Microsoft Teams - joining link will be sent by the hiring team')}",
               f"DESCRIPTION:{esc('Panel interview for ' + role + '. Interviewers: Ravi Subramanian; Ahmed Fakhroo. Coordinator: Mariam Al-Kuwari.')}",
               "ORGANIZER;CN=Dafna Aero Technics Recruiting:mailto:noreply@successfactors.eu",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    text1 = f"""Dear Yousef,

Your interview for the job {role} (Job Requisition ID 4821) has been scheduled.

Interview Date: {start:%d/%m/%Y}
Start Time: {t12(start)}
End Time: {t12(end)}
Time Zone: (GMT+03:00) Asia/Qatar
Location: Microsoft Teams - joining link will be sent by the hiring team
Interviewers: Ravi Subramanian; Ahmed Fakhroo
Interview Coordinator: Mariam Al-Kuwari

The calendar invitation for this interview is attached. If you are unable to attend, please contact the interview coordinator as soon as possible.

Best regards,
Dafna Aero Technics Recruiting

This is a system-generated e-mail. Please do not reply.
"""
    part1 = multi("mixed", f"----=_Part_{int(hx('c02m', 7), 16)}_{int(hx('c02n', 8), 16)}", [
        leaf('text/html; charset=UTF-8', text_to_html(text1, font="Arial, sans-serif"), "quoted-printable").rstrip("\n"),
        ics_attachment(cal, "Interview.ics", "REQUEST"),
    ])
    m1 = message([("Delivered-To", OWNER), received_gmail("mail1.successfactors.eu", "192.0.2.118", sent1, "c02"),
                  ("Return-Path", "<noreply@successfactors.eu>"), ("Date", rfcdate(sent1)),
                  ("From", "Dafna Aero Technics Recruiting <noreply@successfactors.eu>"), ("To", OWNER),
                  ("Message-ID", f"<{int(hx('c02mid', 10), 16)}.{int(hx('c02mi2', 5), 16)}.JavaMail.sfuser@pc8bsfapi05.successfactors.eu>"),
                  ("Subject", f"Interview Scheduled: {role} (4821)")], part1)
    sent2 = at(2026, 4, 2, 10, 48, DOH, s=55)
    body2 = f"""Dear Yousef,

Further to the SuccessFactors notification, here is the Microsoft Teams link for your panel interview for the {role} position.

You will meet Ravi Subramanian (Line Maintenance Manager) and Ahmed Fakhroo (Quality Assurance Manager). I will open the meeting and introduce the panel, then drop off the call.

Please note Doha is one hour behind Dubai, so the interview starts at 11:00 AM your time.

Kind regards,
Mariam Al-Kuwari
HR Officer - Recruitment | Dafna Aero Technics
Doha, Qatar"""
    m2 = exchange_mail(seed="c02-teams", server="AS8PR02MB", frm=mariam, to=[(OWNER_NAME, OWNER), ravi, ahmed],
                       subject=f"Panel Interview - Yousef Haddad - {role}", date=sent2, start=start, end=end,
                       wtz="Arab Standard Time", where="Microsoft Teams Meeting", body=body2,
                       uid="040000008200E00074C5B7101A82E008000000009" + hx("c02uid2", 40).upper(), seq=0,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (ravi[0], ravi[1], "REQ-PARTICIPANT"),
                                  (ahmed[0], ahmed[1], "REQ-PARTICIPANT")], organizer=mariam,
                       received=received_gmail("EUR03-AS8-obe.outbound.protection.outlook.com", "198.51.100.40", sent2, "c02r"))
    lab = label([iv(co, role, start, end, "scheduled", [ravi[1], ahmed[1]], [ravi[1], ahmed[1]], "onsite")], "medium",
                "positive/dedupe-ats-and-teams",
                "SAP SuccessFactors notification (date written 08/04/2026 = 8 April, Asia/Qatar) plus the coordinator's "
                "Teams invite with Windows TZID 'Arab Standard Time' for the same slot: one panel interview "
                "(two interviewers -> onsite). The coordinator only opens the call, so she is not an interviewer.")
    return slug, [("01-successfactors-interview-scheduled.eml", m1), ("02-teams-panel-interview.eml", m2)], lab


def case03():
    slug = f"{PREFIX}-03-singapore-recruiter-call-thread"
    co = "Merlion Aerospace Services"
    role = "Base Maintenance Licensed Engineer (A330/A350)"
    jas = ("Jasmine Tan", "jasmine.tan@merlion-aero.example")
    sent1 = at(2026, 4, 13, 9, 40, SIN, wd="Monday", s=12)
    thu = at(2026, 4, 16, 16, 0, SIN, wd="Thursday")
    fri = at(2026, 4, 17, 11, 0, SIN, wd="Friday")
    sig = f"""Jasmine Tan
Talent Acquisition Partner | Merlion Aerospace Services Pte Ltd
Seletar Aerospace Park, Singapore
+65 6555 0183"""
    text1 = f"""Hi Yousef,

Thanks for applying for the {role} role at Merlion Aerospace Services - I'm the recruiter looking after our hangar hiring at Seletar. Your B1 licence and the A330 time on your CV look like a good fit.

Could we do a short introductory call (30 minutes) so I can walk you through the role, the CAAS licence conversion and the relocation package? I have:

- {thu:%A} {thu.day} {thu:%b}, {gt(thu)} SGT
- {fri:%A} {fri.day} {fri:%b}, {gt(fri)} SGT

I know Dubai is 4 hours behind us, so the Friday slot would be an early start for you - happy to look at other times if neither works.

Best,
Jasmine

--
{sig}
"""
    m1 = human_mail(seed="c03-1", style="gmail", frm=jas, to=[(OWNER_NAME, OWNER)],
                    subject=f"Intro call - {role}", date=sent1, text=text1,
                    received=received_gmail("mail-sor-f41.google.com", "209.85.220.41", sent1, "c03a"))
    reply_dt = at(2026, 4, 13, 22, 10, DXB, s=3)
    owner_mid = gmail_mid("c03-owner")
    owner_txt = f"""Hi Jasmine,

Thank you for reaching out. On Thursday afternoon I'm on shift at DXB, so Friday at 11am SGT works well for me - 7am here is no problem.

Regards,
{OWNER_SIG}"""
    sent2 = at(2026, 4, 14, 8, 5, SIN, s=40)
    end = fri + timedelta(minutes=30)
    text2 = f"""Hi Yousef,

Friday it is - I've blocked 11:00-11:30am SGT (7:00am Dubai) on Fri 17 Apr. I'll call you on WhatsApp at {OWNER_MOBILE}; if the line is bad I'll switch to a normal call.

Speak then,
Jasmine

--
{sig}

On Tue, 14 Apr 2026 at 02:10, Yousef Haddad <{OWNER}> wrote:
{quote(owner_txt)}
>
> On Mon, 13 Apr 2026 at 09:40, Jasmine Tan <{jas[1]}> wrote:
{quote(text1, '>> ')}
"""
    m2 = human_mail(seed="c03-2", style="gmail", frm=jas, to=[(OWNER_NAME, OWNER)],
                    subject=f"Re: Intro call - {role}", date=sent2, text=text2,
                    in_reply_to=owner_mid, references=f"{gmail_mid('c03-1')} {owner_mid}",
                    received=received_gmail("mail-sor-f41.google.com", "209.85.220.41", sent2, "c03b"))
    assert reply_dt.astimezone(SIN).day == 14 and reply_dt.astimezone(SIN).hour == 2
    lab = label([iv(co, role, fri, end, "scheduled", [jas[1]], [jas[1]], "phone_screen")], "medium",
                "positive/thread-propose-confirm",
                "Singapore recruiter offers two SGT slots, the candidate picks Friday (quoted), recruiter confirms "
                "11:00-11:30 SGT; the recruiter conducts the call. The Thursday slot is only a proposal.")
    return slug, [("01-intro-call-merlion.eml", m1), ("02-re-intro-call-merlion.eml", m2)], lab


def case04():
    slug = f"{PREFIX}-04-arabic-technical-interview-riyadh"
    co = "Najd Aviation Engineering"
    role = "Licensed Aircraft Maintenance Engineer B1"
    noura = ("نورة القحطاني", "noura.alqahtani@najd-aviation.example")
    fahad = ("فهد الشمري", "fahad.alshammari@najd-aviation.example")
    sent = at(2026, 4, 14, 9, 15, RUH, wd="Tuesday")
    start = at(2026, 4, 19, 10, 0, RUH, wd="Sunday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(DXB).hour == 11
    text = f"""السيد/ يوسف حداد المحترم،

السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى طلبكم للتقدم على وظيفة "مهندس صيانة طائرات مرخص - فئة B1" ({role}) لدى شركة نجد لهندسة الطيران، يسرنا دعوتكم لحضور مقابلة فنية عن بُعد عبر تطبيق Zoom، وذلك وفق التفاصيل التالية:

اليوم والتاريخ: الأحد 19 أبريل 2026م
الوقت: 10:00 صباحاً بتوقيت الرياض (11:00 صباحاً بتوقيت الإمارات)
مدة المقابلة: 45 دقيقة
يُجري المقابلة: م. فهد الشمري - مدير الصيانة الخطية ({fahad[1]})
رابط الاجتماع: https://zoom.us/j/83412675590?pwd=bkpBdmlhdGlvbjIwMjY
رقم الاجتماع: 834 1267 5590
رمز الدخول: 619024

نأمل منكم تأكيد الحضور بالرد على هذه الرسالة، وتجهيز نسخة من رخصة الصيانة (GCAA Part-66) وشهادات التأهيل على الطرازات.

مع خالص التحية،

نورة القحطاني
أخصائية استقطاب المواهب - إدارة الموارد البشرية
شركة نجد لهندسة الطيران - الرياض

Noura Al-Qahtani | Talent Acquisition Specialist
Najd Aviation Engineering Co. | Riyadh, Saudi Arabia
"""
    text.encode("cp1256")
    subject = "دعوة لمقابلة فنية - مهندس صيانة طائرات مرخص (B1)"
    m = human_mail(seed="c04", style="outlook", server="DB9PR10MB", frm=noura, to=[("يوسف حداد", OWNER)], cc=[fahad],
                   subject=subject, date=sent, text=text, rtl=True, charset="windows-1256",
                   subject_charset="windows-1256",
                   received=received_gmail("EUR02-DB5-obe.outbound.protection.outlook.com", "198.51.100.62", sent, "c04"),
                   extra=[("Content-Language", "ar-SA")])
    m = m.replace("Content-Language: en-US\n", "", 1)
    lab = label([iv(co, role, start, end, "scheduled", [fahad[1]], [fahad[1]], "technical")], "hard",
                "positive/arabic-body-only",
                "Arabic invitation (windows-1256, quoted-printable, RFC 2047 subject) to a 45-minute Zoom technical "
                "interview on Sunday 19 April 2026 10:00 Riyadh time (11:00 UAE); the Line Maintenance Manager in Cc "
                "conducts it, the HR sender only organises. Role given in English in parentheses.")
    return slug, [("01-interview-invitation-najd.eml", m)], lab


def case05():
    slug = f"{PREFIX}-05-gcal-api-hong-kong-technical"
    co = "Lantau Aero Engineering"
    role = "Aircraft Engineer (B1) - Line Maintenance HKG"
    karen = ("Karen Leung", "karen.leung@lantau-aero.example")
    daniel = ("Daniel Cheung", "daniel.cheung@lantau-aero.example")
    start = at(2026, 4, 22, 14, 0, HKG, wd="Wednesday")
    end = start + timedelta(hours=1)
    created = at(2026, 4, 15, 6, 20, UTC)
    updated = at(2026, 4, 15, 9, 2, UTC, s=41)
    desc = (f"Technical interview for the {role} position.\n\n"
            f"Interviewer: Daniel Cheung, Technical Services Manager. Expect questions on B777 systems, MEL/CDL "
            f"application and Human Factors.\n\nKaren (Talent Acquisition) set this up and will not join the call. "
            f"14:00 HKT = 10:00 in Dubai.")
    ev = gcal_event(eid="4k2v8ms0hq1t7pqc9e3lb6fa2d", summary=f"Lantau Aero Engineering - Technical Interview (Yousef Haddad)",
                    description=desc, org=karen,
                    attendees=[(karen[0], karen[1], "accepted"), (daniel[0], daniel[1], "accepted"), (None, OWNER, "")],
                    start=start, end=end, tzid="Asia/Hong_Kong", created=created, updated=updated,
                    meet="https://meet.google.com/qvh-ktdr-wxa")
    lab = label([iv(co, role, start, end, "scheduled", [daniel[1]], [daniel[1]], "technical")], "medium",
                "positive/gcal-api-json",
                "Calendar API event only; dateTime is rendered in the owner's calendar zone (+04:00) while the event "
                "zone is Asia/Hong_Kong (14:00 HKT). Organizer Karen only schedules; Daniel interviews.")
    return slug, [("01-lantau-technical-interview.gcal.json", ev)], lab


def case06():
    slug = f"{PREFIX}-06-google-invite-rescheduled-muscat"
    co = "Qurum Aviation Services"
    role = "Shift Supervisor - Licensed B1 Engineer"
    salim = ("Salim Al Balushi", "salim.albalushi@qurum-aviation.example")
    orig = at(2026, 4, 27, 13, 0, MCT, wd="Monday")
    new = at(2026, 4, 29, 9, 30, MCT, wd="Wednesday")
    dur = timedelta(minutes=45)
    uid = "0ps3lkv9e8q2b7ja1c6fhtu4rd@google.com"
    created = at(2026, 4, 20, 5, 12, UTC, s=30)
    upd = at(2026, 4, 23, 7, 40, UTC, s=16)
    summary = f"Interview: Yousef Haddad - {role} (Muscat)"
    desc = (f"Hiring manager interview for the {role} position at our Muscat base, with Salim Al Balushi, "
            f"Head of Line Maintenance. Please have your licence and type ratings to hand.")
    guests = [(salim[0], salim[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    meet = "https://meet.google.com/fzr-mqon-bye"
    phone = "(OM) +968 2255 0194 PIN: 318 445 902#"
    m1 = google_mail(action="request", seed="c06-1", org=salim, guests=guests, summary=summary, start=orig,
                     end=orig + dur, tzlong="Gulf Standard Time", tzabbr="GST", description=desc, uid=uid, seq=0,
                     created=created, msg_date=created, meet=meet, meet_phone=phone)
    desc2 = desc + "\n\nUpdate: moved to Wednesday morning - I have to be in Salalah on Monday. Apologies for the change. - Salim"
    m2 = google_mail(action="update", seed="c06-2", org=salim, guests=guests, summary=summary, start=new,
                     end=new + dur, tzlong="Gulf Standard Time", tzabbr="GST", description=desc2, uid=uid, seq=1,
                     created=created, msg_date=upd, meet=meet, meet_phone=phone, changed="date and time")
    ev = gcal_event(eid=uid.split("@")[0], summary=summary, description=desc2, org=salim,
                    attendees=[(salim[0], salim[1], "accepted"), (None, OWNER, "")], start=new, end=new + dur,
                    tzid="Asia/Muscat", created=created, updated=upd + timedelta(minutes=3), seq=1, meet=meet)
    lab = label([iv(co, role, new, new + dur, "scheduled", [salim[1]], [salim[1]], "hiring_manager")], "medium",
                "positive/reschedule-sequence",
                "Google invitation (Mon 27 Apr 13:00 GST) then 'Updated invitation' SEQUENCE 1 moving it to Wed 29 Apr "
                "09:30-10:15; the Calendar API copy shows the final state. One interview at the final time.")
    return slug, [("01-invitation-qurum-interview.eml", m1), ("02-updated-invitation-qurum-interview.eml", m2),
                  ("03-qurum-interview.gcal.json", ev)], lab


def case07():
    slug = f"{PREFIX}-07-teams-interview-cancelled-bahrain"
    co = "Muharraq Aero Services"
    role = "Licensed B1 Engineer - Heavy Maintenance"
    fatima = ("Fatima Janahi", "fatima.janahi@muharraq-aero.example")
    graham = ("Graham Pereira", "graham.pereira@muharraq-aero.example")
    start = at(2026, 5, 14, 10, 0, BAH, wd="Thursday")
    end = start + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c07uid", 42).upper()
    sent1 = at(2026, 5, 4, 12, 5, BAH, wd="Monday", s=33)
    body1 = f"""Dear Yousef,

Thank you for your application for the {role} position. As discussed on the phone, please find below the invitation for a technical interview with Graham Pereira, Hangar Maintenance Manager.

The interview will take about one hour and will cover C-check planning, structural repairs and your experience with SRM/AMM tasks on the A320 family. Please note that Bahrain time is one hour behind the UAE.

Kind regards,
Fatima Janahi
HR Officer | Muharraq Aero Services
Bahrain International Airport"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (graham[0], graham[1], "REQ-PARTICIPANT")]
    m1 = exchange_mail(seed="c07-1", server="DU0PR03MB", frm=fatima, to=[(OWNER_NAME, OWNER), graham],
                       subject=f"Technical Interview - {role} - Yousef Haddad", date=sent1, start=start, end=end,
                       wtz="Arab Standard Time", where="Microsoft Teams Meeting", body=body1, uid=uid, seq=0,
                       attendees=att, organizer=fatima,
                       received=received_gmail("EUR01-DB5-obe.outbound.protection.outlook.com", "198.51.100.81", sent1, "c07a"))
    sent2 = at(2026, 5, 11, 8, 40, BAH, wd="Monday", s=10)
    body2 = f"""Dear Yousef,

I am sorry to let you know that the {role} vacancy has been put on hold following a budget review, so we have to cancel Thursday's interview with Graham.

We will keep your application on file and will contact you if the position reopens. Apologies for any inconvenience.

Kind regards,
Fatima Janahi
HR Officer | Muharraq Aero Services"""
    m2 = exchange_mail(seed="c07-2", server="DU0PR03MB", frm=fatima, to=[(OWNER_NAME, OWNER), graham],
                       subject=f"Canceled: Technical Interview - {role} - Yousef Haddad", date=sent2, start=start,
                       end=end, wtz="Arab Standard Time", where="Microsoft Teams Meeting", body=body2, uid=uid, seq=1,
                       method="CANCEL", teams=False, attendees=att, organizer=fatima,
                       received=received_gmail("EUR01-DB5-obe.outbound.protection.outlook.com", "198.51.100.81", sent2, "c07b"),
                       extra=[("Importance", "high")])
    lab = label([iv(co, role, start, end, "cancelled", [graham[1]], [graham[1]], "technical")], "medium",
                "positive/cancellation-only",
                "Exchange/Teams invite (Arab Standard Time, Bahrain) then METHOD:CANCEL for the same UID because the "
                "vacancy was put on hold: keep one interview with status cancelled at the original slot.")
    return slug, [("01-technical-interview-muharraq.eml", m1), ("02-canceled-technical-interview-muharraq.eml", m2)], lab


def zoom_ics(*, seed, host, topic, start, end, tzid, off, created, meeting_id, pwd):
    url = f"https://us06web.zoom.us/j/{meeting_id}?pwd={pwd}"
    mid = f"{meeting_id[:3]} {meeting_id[3:7]} {meeting_id[7:]}"
    desc = (f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{url}\n\n"
            f"Meeting ID: {mid}\nPasscode: {hx(seed + 'pc', 6)}\n\n---\n\nOne tap mobile\n"
            f"+60327301099,,{meeting_id}# Malaysia\n+6531591010,,{meeting_id}# Singapore\n\n"
            f"Join instructions\nhttps://us06web.zoom.us/meetings/{meeting_id}/invitations?signature={b64id(seed, 43)}\n")
    return ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "CLASS:PUBLIC",
                "BEGIN:VTIMEZONE", f"TZID:{tzid}", "LAST-MODIFIED:20231222T233358Z",
                f"TZURL:https://www.tzurl.org/zoneinfo-outlook/{tzid}", f"X-LIC-LOCATION:{tzid}",
                "BEGIN:STANDARD", "TZNAME:+08", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "DTSTART:19700101T000000",
                "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", f"DTSTAMP:{utcstamp(created)}", f"DTSTART;TZID={tzid}:{localstamp(start)}",
                f"DTEND;TZID={tzid}:{localstamp(end)}", f"SUMMARY:{esc(topic)}",
                f"UID:{utcstamp(created)}-{meeting_id}@fe80:0:0:0:{hx(seed, 4)}:{hx(seed + 'b', 4)}:{hx(seed + 'c', 4)}:{hx(seed + 'd', 4)}ens5",
                f"TZID:{tzid}", f"DESCRIPTION:{esc(desc)}", f"LOCATION:{url}",
                "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                "END:VEVENT", "END:VCALENDAR"])


def case08():
    slug = f"{PREFIX}-08-two-rounds-kuala-lumpur"
    co = "Subang Aerotech MRO"
    role = "B1 Licensed Aircraft Engineer (ATR72/A320)"
    aisyah = ("Nur Aisyah Rahman", "aisyah.rahman@subang-aerotech.example")
    lim = ("Lim Wei Jie", "weijie.lim@subang-aerotech.example")
    raj = ("Rajesh Pillai", "rajesh.pillai@subang-aerotech.example")
    sent1 = at(2026, 4, 29, 10, 12, KUL, wd="Wednesday", s=51)
    r1 = at(2026, 5, 5, 14, 0, KUL, wd="Tuesday")
    r1e = r1 + timedelta(hours=1)
    assert r1.astimezone(DXB).hour == 10
    sig = """Nur Aisyah Rahman
Talent Acquisition Executive
Subang Aerotech MRO Sdn Bhd
Sultan Abdul Aziz Shah Airport, Subang, Selangor"""
    text1 = f"""Dear Yousef,

Thank you for your interest in the {role} position with Subang Aerotech MRO.

We would like to invite you to the first-round technical interview via Zoom:

Date: {long_date(r1)}
Time: {t12(r1)} - {t12(r1e)} (Malaysia time, GMT+8) / 10:00 AM - 11:00 AM (Dubai)
Interviewer: Ir. Lim Wei Jie, Principal Engineer - Technical Services (in cc)

The Zoom details are in the attached calendar file. Please test your camera and audio beforehand; Wei Jie may share a few AMM task excerpts on screen and ask you to talk through them.

Best regards,
{sig}
"""
    zcal = zoom_ics(seed="c08z", host=aisyah[0], topic=f"Subang Aerotech - Technical Interview (Yousef Haddad)",
                    start=r1, end=r1e, tzid="Asia/Kuala_Lumpur", off="+0800", created=sent1 - timedelta(minutes=4),
                    meeting_id="87219046635", pwd=b64id("c08pwd", 32))
    m1 = human_mail(seed="c08-1", style="gmail", frm=aisyah, to=[(OWNER_NAME, OWNER)], cc=[lim],
                    subject=f"First Round Technical Interview - {role}", date=sent1, text=text1,
                    attachments=[leaf('text/calendar; charset="US-ASCII"; name="zoom_meeting.ics"', zcal, "base64",
                                      extra=('Content-Disposition: attachment; filename="zoom_meeting.ics"',))],
                    received=received_gmail("mail-sor-f69.google.com", "209.85.220.69", sent1, "c08a"))
    sent2 = at(2026, 5, 7, 8, 30, UTC, s=4)
    r2 = at(2026, 5, 11, 9, 30, KUL, wd="Monday")
    r2e = r2 + timedelta(minutes=45)
    assert (r2.astimezone(DXB).hour, r2.astimezone(DXB).minute) == (5, 30)
    desc = (f"Round 2 (final) interview for the {role} position with Rajesh Pillai, Head of Engineering. "
            f"About 45 minutes.\n\nNote: 9:30am Malaysia time is 5:30am in Dubai - sorry for the early start, Rajesh "
            f"is flying out at noon. Aisyah will only set up the call.")
    m2 = google_mail(action="request", seed="c08-2", org=aisyah,
                     guests=[(aisyah[0], aisyah[1], "ACCEPTED"), (raj[0], raj[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                     summary=f"Subang Aerotech - Final Interview with Head of Engineering (Yousef Haddad)",
                     start=r2, end=r2e, tzlong="Malaysia Time", tzabbr="MYT", description=desc,
                     uid="6m1qj2c8rbt0eho5vd7s94kpl3@google.com", seq=0, created=sent2 - timedelta(minutes=2),
                     msg_date=sent2, meet="https://meet.google.com/ukb-zpnw-hrc",
                     meet_phone="(MY) +60 3-2765 0241 PIN: 772 019 384#")
    lab = label([iv(co, role, r1, r1e, "scheduled", [lim[1]], [lim[1]], "technical"),
                 iv(co, role, r2, r2e, "scheduled", [raj[1]], [raj[1]], "hiring_manager")], "medium",
                "positive/two-interviews",
                "Two rounds with the same MRO: round 1 Zoom technical (mail + Zoom .ics, Asia/Kuala_Lumpur) with Lim Wei "
                "Jie, round 2 Google invite with the Head of Engineering at 09:30 MYT (05:30 Dubai). The recruiter "
                "organises both and conducts neither.")
    return slug, [("01-first-round-technical-interview.eml", m1), ("02-invitation-final-interview.eml", m2)], lab


def case09():
    slug = f"{PREFIX}-09-agency-forward-doha-airline-panel"
    co = "Al Bidda Airways"
    role = "Aircraft Maintenance Engineer B1 (A320/A321neo)"
    omar = ("Omar Sheikh", "omar.sheikh@corniche-recruit.example")
    ta = ("Al Bidda Airways Talent Acquisition", "talent.acquisition@albidda-airways.example")
    fwd_dt = at(2026, 5, 6, 11, 47, DOH, wd="Wednesday")
    sent = at(2026, 5, 6, 13, 22, DOH, s=8)
    start = at(2026, 5, 12, 9, 30, DOH, wd="Tuesday")
    end = start + timedelta(hours=1)
    assert start.astimezone(DXB).hour == 10
    text = f"""Hi Yousef,

Great news - Al Bidda Airways have shortlisted you for the {role} position. See their confirmation below.

Their times are Doha time (AST, UTC+3), so 9:30 AST is 10:30 in Dubai. Please join the Webex 10 minutes early and keep your licence and passport handy - the panel will ask to see them on camera.

Give me a call once you're done and let me know how it went.

Best regards,
Omar Sheikh
Senior Consultant - Aviation & Aerospace
Corniche Aviation Recruitment | West Bay, Doha
+974 4455 0371 | {omar[1]}

---------- Forwarded message ---------
From: {ta[0]} <{ta[1]}>
Date: Wed, 6 May 2026 at {fwd_dt:%H:%M}
Subject: Panel Interview Confirmation - AME B1 (A320/A321neo) - Candidate: Yousef Haddad
To: Omar Sheikh <{omar[1]}>


Dear Omar,

Thank you for the profiles submitted. We are pleased to invite your candidate, Mr. Yousef Haddad, to a panel interview as follows:

Date: {long_date(start)}
Time: {start:%H:%M} - {end:%H:%M} AST
Format: Cisco Webex (details below)
Panel: Eng. Khalid Al-Sulaiti (Manager, Line Maintenance), Ms. Priya Nambiar (Technical Training Lead), Mr. David Okoro (Quality Auditor)

Webex: https://meet.albidda-airways.example/webex/ame-b1-panel
Meeting number: 2519 884 3306 | Password: B1neo26

Please ensure the candidate has his licence and type certificates available during the interview.

Kind regards,
Talent Acquisition Team
Al Bidda Airways | Doha, Qatar
"""
    m = human_mail(seed="c09", style="gmail", frm=omar, to=[(OWNER_NAME, OWNER)],
                   subject="Fwd: Panel Interview Confirmation - AME B1 (A320/A321neo) - Candidate: Yousef Haddad",
                   date=sent, text=text, received=received_gmail("mail-sor-f54.google.com", "209.85.220.54", sent, "c09"))
    lab = label([iv(co, role, start, end, "scheduled", [], [omar[1]], "onsite")], "hard",
                "positive/agency-forward",
                "Agency recruiter forwards the airline's panel confirmation. Company is the airline, not the agency. "
                "'AST' here is Arabia Standard Time (Doha, UTC+3), confirmed by the 10:30 Dubai conversion. Three-person "
                "panel -> onsite; panel members have no addresses and the airline sender is a group mailbox, so the "
                "follow-up goes to the agency recruiter.")
    return slug, [("01-fwd-panel-interview-al-bidda.eml", m)], lab


def case10():
    slug = f"{PREFIX}-10-standalone-ics-singapore-final"
    co = "Loyang Aero Engineering"
    role = "Licensed Aircraft Engineer B1 - Base Maintenance (B787)"
    pris = ("Priscilla Ong", "priscilla.ong@loyang-aero.example")
    goh = ("Goh Chee Keong", "cheekeong.goh@loyang-aero.example")
    start = at(2026, 5, 21, 16, 0, SIN, wd="Thursday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(DXB).hour == 12
    stamp = at(2026, 5, 15, 3, 12, UTC, s=44)
    tz = "Singapore Standard Time"
    desc = (f"Dear Yousef,\n\nThis is your final interview for the {role} role with Mr Goh Chee Keong, "
            f"Vice President Engineering. I will start the Teams call and hand over to Mr Goh.\n\n"
            f"Thursday 21 May, 4:00pm Singapore time (12:00 noon in Dubai), 45 minutes.\n\nRegards,\nPriscilla Ong\n"
            f"HR Business Partner, Loyang Aero Engineering\n\n" + teams_block("c10")[0])
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
         "BEGIN:VTIMEZONE", f"TZID:{tz}", "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800",
         "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT",
         f'ATTENDEE;CN="{goh[0]}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{goh[1]}',
         f'ATTENDEE;CN="{OWNER_NAME}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}',
         "CLASS:PUBLIC", f"CREATED:{utcstamp(stamp)}", f"DESCRIPTION:{esc(desc)}",
         f'DTEND;TZID="{tz}":{localstamp(end)}', f"DTSTAMP:{utcstamp(stamp)}",
         f'DTSTART;TZID="{tz}":{localstamp(start)}', f"LAST-MODIFIED:{utcstamp(stamp)}",
         "LOCATION:Microsoft Teams Meeting", f'ORGANIZER;CN="{pris[0]}":mailto:{pris[1]}', "PRIORITY:5",
         "SEQUENCE:0", f"SUMMARY;LANGUAGE=en-sg:Final Interview - {esc(role)} - Yousef Haddad", "TRANSP:OPAQUE",
         "UID:040000008200E00074C5B7101A82E00800000000" + hx("c10uid", 40).upper(),
         "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
         "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0",
         "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
         "END:VEVENT", "END:VCALENDAR"]
    lab = label([iv(co, role, start, end, "scheduled", [goh[1]], [goh[1]], "hiring_manager")], "medium",
                "positive/standalone-ics",
                "Outlook-exported .ics with a quoted Windows TZID \"Singapore Standard Time\"; final interview with the "
                "VP Engineering, the HR organizer only starts the call.")
    return slug, [("01-final-interview-loyang.ics", ics(L))], lab


def case11():
    slug = f"{PREFIX}-11-ramadan-hours-moved-abu-dhabi"
    co = "Saadiyat Aerospace Services"
    role = "Licensed Engineer B1 - Engines (GE90/GEnx)"
    layla = ("Layla Hammadi", "layla.hammadi@saadiyat-aero.example")
    victor = ("Victor Almeida", "victor.almeida@saadiyat-aero.example")
    sent1 = at(2026, 2, 12, 14, 20, DXB, wd="Thursday", s=2)
    orig = at(2026, 2, 25, 15, 0, DXB, wd="Wednesday")
    new = orig.replace(hour=11)
    sig = f"""Layla Hammadi
Recruitment Officer | Saadiyat Aerospace Services
Abu Dhabi International Airport, Abu Dhabi, UAE
T +971 2 555 0137"""
    subj = f"Interview Invitation - {role}"
    text1 = f"""Dear Yousef,

Further to your application for the {role} position, we would like to invite you for a face-to-face technical interview at our Abu Dhabi facility:

Date: {long_date(orig)}
Time: 3:00 PM - 4:00 PM
Location: Engine Shop, Building E3, Saadiyat Aerospace Services, Abu Dhabi International Airport (please report to reception at the main gate)
Interviewer: Mr. Victor Almeida, Engine Shop Manager ({victor[1]})

The interview will include a practical discussion of borescope inspection findings, so please be ready to talk through recent engine work you have certified.

Kindly confirm your availability.

Best regards,
{sig}
"""
    m1 = human_mail(seed="c11-1", style="outlook", server="PAXPR06MB", frm=layla, to=[(OWNER_NAME, OWNER)],
                    cc=[victor], subject=subj, date=sent1, text=text1,
                    received=received_gmail("EUR04-PAX-obe.outbound.protection.outlook.com", "198.51.100.93", sent1, "c11a"))
    owner_mid = gmail_mid("c11-owner")
    owner_txt = f"""Dear Layla,

Thank you. I confirm Wednesday 25 February at 3:00 PM and will bring my licence and engine run authorisation.

Best regards,
{OWNER_SIG}"""
    sent2 = at(2026, 2, 23, 9, 5, DXB, wd="Monday", s=47)
    text2 = f"""Dear Yousef,

As Ramadan working hours are now in effect (9:00 AM - 2:00 PM, Monday to Thursday), we need to bring your interview forward. Mr. Almeida will now see you at 11:00 AM on the same day, Wednesday 25 February - same location, and the interview will still take one hour.

Apologies for the change, and Ramadan Kareem.

Best regards,
{sig}

________________________________
From: Yousef Haddad <{OWNER}>
Sent: Thursday, February 12, 2026 6:41 PM
To: Layla Hammadi <{layla[1]}>
Cc: Victor Almeida <{victor[1]}>
Subject: Re: {subj}

{owner_txt}

________________________________
From: Layla Hammadi <{layla[1]}>
Sent: Thursday, February 12, 2026 2:20 PM
To: Yousef Haddad <{OWNER}>
Cc: Victor Almeida <{victor[1]}>
Subject: {subj}

{text1}"""
    m2 = human_mail(seed="c11-2", style="outlook", server="PAXPR06MB", frm=layla, to=[(OWNER_NAME, OWNER)],
                    cc=[victor], subject=f"RE: {subj}", date=sent2, text=text2, in_reply_to=owner_mid,
                    references=f"{outlook_mid('c11-1', 'PAXPR06MB')} {owner_mid}",
                    received=received_gmail("EUR04-PAX-obe.outbound.protection.outlook.com", "198.51.100.93", sent2, "c11b"))
    lab = label([iv(co, role, new, new + timedelta(hours=1), "scheduled", [victor[1]], [victor[1]], "technical")],
                "medium", "positive/reschedule-by-email",
                "Face-to-face technical interview first set for Wed 25 Feb 15:00 GST, then brought forward by e-mail to "
                "11:00 the same day because of Ramadan working hours; duration stays one hour. Final time wins.")
    return slug, [("01-interview-invitation-saadiyat.eml", m1), ("02-re-interview-invitation-ramadan-hours.eml", m2)], lab


def case12():
    slug = f"{PREFIX}-12-cancelled-then-new-invite-manila"
    co = "Pasay Aviation Technics"
    role = "Licensed Aircraft Engineer (B1) - Narrowbody"
    kris = ("Kristine Dela Cruz", "kristine.delacruz@pasay-aviation.example")
    marco = ("Marco Villanueva", "marco.villanueva@pasay-aviation.example")
    first = at(2026, 6, 2, 15, 0, MNL, wd="Tuesday")
    second = at(2026, 6, 5, 10, 0, MNL, wd="Friday")
    hour = timedelta(hours=1)
    summary = f"Technical Interview - {role} - Yousef Haddad"
    desc = (f"Technical interview with Engr. Marco Villanueva (Chief Inspector, Narrowbody) for the {role} position. "
            f"Kristine (HR) will not join.")
    guests = [(kris[0], kris[1], "ACCEPTED"), (marco[0], marco[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    s1 = at(2026, 5, 27, 1, 15, UTC, s=22)
    uid1 = "1c7s0g5ovj3kdq2r8bhm4etu9f@google.com"
    m1 = google_mail(action="request", seed="c12-1", org=kris, guests=guests, summary=summary, start=first,
                     end=first + hour, tzlong="Philippine Standard Time", tzabbr="PHT", description=desc, uid=uid1,
                     seq=0, created=s1, msg_date=s1, meet="https://meet.google.com/xaj-wokt-nvd")
    s2 = at(2026, 6, 1, 17, 40, MNL, wd="Monday", s=5)
    m2 = google_mail(action="cancel", seed="c12-2", org=kris, guests=guests, summary=summary, start=first,
                     end=first + hour, tzlong="Philippine Standard Time", tzabbr="PHT", description=desc, uid=uid1,
                     seq=1, created=s1, msg_date=s2,
                     note="Hi Yousef, Engr. Villanueva has been sent on an AOG recovery to Cebu, so we have to cancel "
                          "tomorrow's interview. I'll send you a new invite shortly. - Kristine")
    s3 = at(2026, 6, 2, 2, 2, UTC, s=37)
    m3 = google_mail(action="request", seed="c12-3", org=kris, guests=guests, summary=summary, start=second,
                     end=second + hour, tzlong="Philippine Standard Time", tzabbr="PHT", description=desc + "\n\n(New slot after the AOG cancellation.)",
                     uid="5hq9ndb2t6rl0mukc3v1a8ejos@google.com", seq=0, created=s3, msg_date=s3,
                     meet="https://meet.google.com/pyn-edsq-kam")
    lab = label([iv(co, role, first, first + hour, "cancelled", [marco[1]], [marco[1]], "technical"),
                 iv(co, role, second, second + hour, "scheduled", [marco[1]], [marco[1]], "technical")], "hard",
                "positive/cancel-and-rebook",
                "Google invite for Tue 2 Jun 15:00 PHT, cancelled with a note (AOG trip), then a brand-new event (new UID) "
                "for Fri 5 Jun 10:00 PHT: two entries, one cancelled and one scheduled.")
    return slug, [("01-invitation-technical-interview.eml", m1), ("02-canceled-event-with-note.eml", m2),
                  ("03-invitation-technical-interview-new-slot.eml", m3)], lab


def case13():
    slug = f"{PREFIX}-13-ist-telephonic-interview-hyderabad"
    co = "Deccan Aero MRO"
    role = "Certifying Engineer B1 - A320 Family"
    sow = ("Sowmya Reddy", "sowmya.reddy@deccan-aero.example")
    sent = at(2026, 4, 20, 16, 42, IST, wd="Monday", s=19)
    start = at(2026, 4, 23, 11, 30, IST, wd="Thursday")
    end = start + timedelta(minutes=20)
    assert start.astimezone(DXB).hour == 10 and start.astimezone(DXB).minute == 0
    text = f"""Dear Mr. Yousef Haddad,

Greetings from Deccan Aero MRO!

With reference to your application for the post of {role} (Ref: DAM/CE/0426), we are happy to inform you that you have been shortlisted for the first round.

Your telephonic interview is scheduled on 23rd April 2026 (Thursday) at 11:30 AM IST (10:00 AM UAE time). The call will be of 20 minutes duration and I will be calling you on your registered mobile number {OWNER_MOBILE}.

Kindly keep the following ready:
1. Updated CV
2. Copy of your GCAA Part-66 licence and DGCA licence details, if any
3. Current CTC, expected CTC and notice period

Please acknowledge this mail. Documents may be sent to careers@deccan-aero.example.

Thanks & Regards,
Sowmya Reddy
Executive - Talent Acquisition
Deccan Aero MRO Pvt. Ltd.
Aerospace SEZ, Shamshabad, Hyderabad - 501218
Ph: +91 40 5555 0148
"""
    m = human_mail(seed="c13", style="outlook", server="MA0PR01MB", frm=sow, to=[(OWNER_NAME, OWNER)],
                   cc=[("Deccan Aero Careers", "careers@deccan-aero.example")],
                   subject=f"Telephonic Interview - {role} - Deccan Aero MRO", date=sent, text=text,
                   received=received_gmail("IND01-MAX-obe.outbound.protection.outlook.com", "198.51.100.105", sent, "c13"),
                   extra=[("X-Priority", "1")])
    lab = label([iv(co, role, start, end, "scheduled", [sow[1]], [sow[1]], "phone_screen")], "easy",
                "positive/email-body-only-ist",
                "Indian-English telephonic interview mail: 23rd April 2026 11:30 AM IST (10:00 UAE), 20 minutes; the "
                "sender makes the call herself. careers@ in Cc is a group address and not a recipient.")
    return slug, [("01-telephonic-interview-deccan.eml", m)], lab


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
def simple_ics(*, method, prodid, uid, stamp, start, end, summary, description, location, organizer=None,
               attendee=True, tzid="Asia/Dubai", tzname="+04", off="+0400", allday=False):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if not allday:
        L += vtz_iana(tzid, off, tzname)
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcstamp(stamp)}"]
    if allday:
        L += [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{localstamp(start)}", f"DTEND;TZID={tzid}:{localstamp(end)}"]
    L += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}"]
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    if attendee:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER_NAME}:mailto:{OWNER}")
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def system_mail(*, seed, frm, subject, date, text, html_body=None, attachments=(), reply_to=None, mid_domain,
                rx_host, rx_ip, charset="utf-8", cte="quoted-printable", extra=()):
    html_body = html_body or text_to_html(text, font="Arial, sans-serif")
    alt = multi("alternative", f"=_{hx(seed + 'alt', 24)}", [
        leaf(f'text/plain; charset="{charset}"', text, cte, charset=charset),
        leaf(f'text/html; charset="{charset}"', html_body, cte, charset=charset),
    ])
    part = alt if not attachments else multi("mixed", f"=_{hx(seed + 'mix', 24)}", [alt.rstrip("\n"), *attachments])
    heads = [("Delivered-To", OWNER), received_gmail(rx_host, rx_ip, date, seed), ("Return-Path", f"<{frm[1]}>"),
             ("Date", rfcdate(date)), ("From", addr(*frm)), ("Reply-To", reply_to), ("To", OWNER),
             ("Message-ID", f"<{hx(seed + 'mid', 32)}@{mid_domain}>"), ("Subject", hdr(subject)), *extra]
    return message(heads, part)


def case14():
    slug = f"{PREFIX}-14-visa-medical-fitness-test"
    frm = ("Al Qusais Medical Fitness Centre", "appointments@alqusais-mfc.example")
    sent = at(2026, 3, 12, 19, 2, DXB, wd="Thursday", s=40)
    appt = at(2026, 3, 16, 8, 30, DXB, wd="Monday")
    text = f"""Dear YOUSEF HADDAD,

Your appointment for the Medical Fitness Test has been confirmed.

Appointment No.: MFT-2603-448120
Service: Residency Visa Medical Fitness - Renewal (Employment) - VIP
Date: {long_date(appt)}
Time: 08:30 AM
Centre: Al Qusais Medical Fitness Centre, Al Qusais Industrial Area 4, Dubai

Ramadan timings: the centre operates from 8:00 AM to 3:00 PM during the Holy Month.

Please bring your original passport, Emirates ID, the visa application number issued to your sponsor (Falcon Line Maintenance LLC) and one passport-size photograph. The test includes blood sampling, a chest X-ray and a short interview with the medical officer about your medical history. Results are sent electronically to your sponsor within 24-48 hours.

To change or cancel this appointment, please use the booking portal at least 24 hours in advance.

This is an automated message. Please do not reply.
"""
    cal = simple_ics(method="PUBLISH", prodid="-//AQMFC//Appointments//EN", uid=f"MFT-2603-448120@alqusais-mfc.example",
                     stamp=sent, start=appt, end=appt + timedelta(hours=1),
                     summary="Medical Fitness Test - Residency Visa Renewal (VIP)",
                     description="Appointment No. MFT-2603-448120. Bring passport, Emirates ID and application number.",
                     location="Al Qusais Medical Fitness Centre, Dubai")
    m = system_mail(seed="c14", frm=frm, subject="Appointment Confirmed - Medical Fitness Test (MFT-2603-448120)",
                    date=sent, text=text, attachments=[ics_attachment(cal, "appointment.ics")],
                    mid_domain="alqusais-mfc.example", rx_host="mail.alqusais-mfc.example", rx_ip="203.0.113.24")
    lab = label([], "medium", "negative/visa-medical",
                "UAE residency visa medical fitness test with .ics and 'a short interview with the medical officer' - "
                "government/medical appointment, not a job interview.")
    return slug, [("01-medical-fitness-appointment.eml", m)], lab


def case15():
    slug = f"{PREFIX}-15-emirates-id-biometrics-appointment"
    frm = ("Customer Happiness Centre - Al Barsha", "no-reply@albarsha-govservices.example")
    sent = at(2026, 3, 23, 11, 15, DXB, wd="Monday", s=6)
    appt = at(2026, 3, 25, 10, 40, DXB, wd="Wednesday")
    text = f"""عزيزي المتعامل،
Dear Customer,

تم تأكيد موعدك لأخذ البصمات (البيانات الحيوية) لطلب تجديد بطاقة الهوية الإماراتية.
Your appointment for biometrics (fingerprints and photo) for your Emirates ID renewal has been confirmed.

رقم الطلب / Application No.: 784-2026-0391177
نوع الخدمة / Service: تجديد - إقامة (عمل) / Renewal - Residence (Employment)
الاسم / Name: YOUSEF HADDAD
التاريخ / Date: الأربعاء 25 مارس 2026 / {long_date(appt)}
الوقت / Time: 10:40 صباحاً / 10:40 AM
المركز / Centre: مركز سعادة المتعاملين - البرشاء / Customer Happiness Centre - Al Barsha, Dubai

يرجى الحضور قبل الموعد بـ 10 دقائق وإحضار جواز السفر الأصلي. قد يطلب منك الموظف إجراء مقابلة قصيرة للتحقق من البيانات.
Please arrive 10 minutes early with your original passport. The officer may conduct a short verification interview.

هذه رسالة آلية، يرجى عدم الرد.
This is an automated message, please do not reply.
"""
    cal = simple_ics(method="PUBLISH", prodid="-//Al Barsha Government Services//Appointments 2.1//EN",
                     uid="BIO-7842026039117-1040@albarsha-govservices.example", stamp=sent, start=appt,
                     end=appt + timedelta(minutes=20), summary="Emirates ID Biometrics Appointment - Al Barsha",
                     description="Application No. 784-2026-0391177. Renewal - Residence (Employment). Bring original passport.",
                     location="Customer Happiness Centre - Al Barsha, Dubai")
    m = system_mail(seed="c15", frm=frm, subject="تأكيد موعد البصمة / Biometrics Appointment Confirmation",
                    date=sent, text=text, cte="base64", attachments=[ics_attachment(cal, "biometrics.ics")],
                    mid_domain="albarsha-govservices.example", rx_host="smtp.albarsha-govservices.example",
                    rx_ip="203.0.113.57")
    lab = label([], "medium", "negative/government-appointment",
                "Bilingual Arabic/English Emirates ID renewal biometrics appointment with .ics and a 'short "
                "verification interview' - not a job interview.")
    return slug, [("01-biometrics-appointment-confirmation.eml", m)], lab


def case16():
    slug = f"{PREFIX}-16-gcaa-licence-exam-slot"
    frm = ("GCAA Licensing Examinations", "exams@gcaa-licensing.example")
    sent = at(2026, 4, 2, 10, 0, DXB, wd="Thursday", s=12)
    ex = at(2026, 4, 16, 9, 0, DXB, wd="Thursday")
    ex_end = ex.replace(hour=11, minute=30)
    oral = ex.replace(hour=12)
    text = f"""Dear Mr. Yousef Haddad,

Your booking for the following Part-66 examination has been confirmed.

Candidate ID: AME-UAE-20417
Examination: Module 15 - Gas Turbine Engine (B1.1) - MCQ and essay
Date: {long_date(ex)}
Time: 09:00 - 11:30 (registration closes at 08:40)
Venue: GCAA Examination Centre, Room 3, Dubai

Oral examination: candidates applying for the B1.1 type endorsement (B777 GE90) are scheduled for an oral examination / interview with a GCAA Airworthiness Inspector on the same day at 12:00. Please bring your logbook and the type course certificate.

Candidates must present their Emirates ID and the examination fee receipt. Mobile phones and programmable calculators are not permitted in the examination room. Results are published in the e-services portal within 15 working days.

GCAA Personnel Licensing - Examinations Section
"""
    cal = simple_ics(method="PUBLISH", prodid="-//GCAA Licensing//Exam Booking//EN", uid="EXM-M15-20417-20260416@gcaa-licensing.example",
                     stamp=sent, start=ex, end=ex_end, summary="Part-66 Module 15 Examination (B1.1)",
                     description="Candidate ID AME-UAE-20417. Oral examination for type endorsement at 12:00 the same day.",
                     location="GCAA Examination Centre, Room 3, Dubai")
    m = system_mail(seed="c16", frm=frm, subject="Examination Booking Confirmed - Part-66 Module 15 - 16/04/2026",
                    date=sent, text=text, attachments=[ics_attachment(cal, "exam-booking.ics")],
                    mid_domain="gcaa-licensing.example", rx_host="mx1.gcaa-licensing.example", rx_ip="203.0.113.90")
    assert oral > ex_end
    lab = label([], "hard", "negative/licence-exam",
                "Licensing authority exam slot (Part-66 Module 15) with .ics plus an 'oral examination / interview' with "
                "an inspector for a type endorsement - regulatory exam, not a hiring process.")
    return slug, [("01-part66-exam-booking.eml", m)], lab


def case17():
    slug = f"{PREFIX}-17-simulator-recurrent-current-employer"
    rafiq = ("Mohammed Rafiq", "mohammed.rafiq@falconline.example")
    holm = ("Peter Holm", "peter.holm@falconline.example")
    sent = at(2026, 4, 27, 7, 55, DXB, wd="Monday", s=31)
    start = at(2026, 5, 12, 6, 0, DXB, wd="Tuesday")
    end = start.replace(hour=10)
    body = f"""Dear Yousef,

You are scheduled for your B777 Engine Ground Run & Taxi recurrent check on the simulator:

06:00 - 06:30  Briefing (normal and abnormal run-up procedures, fire drill)
06:30 - 09:00  Simulator session - engine start, high-power run, taxi
09:00 - 10:00  Debrief and competency interview with the assessor (Peter Holm)

Your current engine run authorisation (ERA) expires on 31 May 2026; failure to complete the recurrent check will suspend the authorisation. Please bring your ERA card and company ID.

Regards,
Mohammed Rafiq
Training Coordinator - Technical Training
Falcon Line Maintenance LLC | Dubai International Airport"""
    m = exchange_mail(seed="c17", server="DX2PR04MB", frm=rafiq, to=[(OWNER_NAME, OWNER), holm],
                      subject="B777 Engine Run-up & Taxi Recurrent - Simulator Check - Yousef Haddad", date=sent,
                      start=start, end=end, wtz="Arabian Standard Time",
                      where="Falcon Line Training Centre - Simulator Bay 2", body=body,
                      uid="040000008200E00074C5B7101A82E00800000000" + hx("c17uid", 40).upper(), seq=0, teams=False,
                      attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (holm[0], holm[1], "REQ-PARTICIPANT")],
                      organizer=rafiq)
    lab = label([], "hard", "negative/employer-training-check",
                "Current employer's recurrent simulator check (engine run authorisation) sent as a Teams-less Exchange "
                "invite with an assessor and a 'competency interview' debrief - internal training, not a job interview.")
    return slug, [("01-engine-run-recurrent-simulator-check.eml", m)], lab


def case18():
    slug = f"{PREFIX}-18-online-assessment-one-way-video"
    sent = at(2026, 3, 9, 6, 10, UTC, s=58)
    dl = at(2026, 3, 13, 23, 59, KWI, wd="Friday")
    role = "Aircraft Maintenance Engineer B1 - A320neo Family"
    text = f"""Dear Yousef,

Thank you for applying for the position of {role} (Job Requisition 7713) with Failaka Airways.

We are pleased to inform you that your application has progressed to Stage 2: Online Technical Assessment and Recorded Video Interview.

- Online technical assessment: 45 minutes, 40 questions on aircraft systems, maintenance practices and Human Factors
- Recorded video interview: 5 questions, up to 2 minutes per answer. There is no live interviewer; your recorded answers will be reviewed by the recruitment team.

Please complete both parts by {long_date(dl)}, 23:59 (Kuwait time) using the link below:
https://performancemanager5.successfactors.eu/sfcareer/assessment?company=failakaair&token={b64id('c18tok', 28)}

Candidates who are successful at this stage will be invited to a live panel interview in Kuwait.

Best regards,
Failaka Airways Talent Acquisition

This is a system-generated e-mail. Please do not reply.
"""
    cal = simple_ics(method="PUBLISH", prodid="-//SAP SuccessFactors//Recruiting//EN",
                     uid=f"SFA-7713-{hx('c18uid', 10).upper()}@successfactors.eu", stamp=sent, start=dl,
                     end=dl + timedelta(days=1), summary="Deadline: Failaka Airways online assessment & recorded video interview",
                     description="Complete the online technical assessment and recorded video interview before 23:59 Kuwait time.",
                     location="Online", allday=True)
    m = system_mail(seed="c18", frm=("Failaka Airways Recruiting", "noreply@successfactors.eu"),
                    subject=f"Next step: Online Assessment - {role} (7713)", date=sent, text=text,
                    attachments=[ics_attachment(cal, "deadline.ics")], mid_domain="pc5bsfapi02.successfactors.eu",
                    rx_host="mail2.successfactors.eu", rx_ip="192.0.2.119")
    lab = label([], "medium", "negative/online-assessment",
                "SuccessFactors invitation to an online technical test plus a one-way recorded video interview with a "
                "deadline (all-day .ics); no live interviewer and the panel interview is only conditional.")
    return slug, [("01-online-assessment-invitation.eml", m)], lab


def case19():
    slug = f"{PREFIX}-19-user-on-interview-panel"
    reem = ("Reem Al Suwaidi", "reem.alsuwaidi@falconline.example")
    ankit = ("Ankit Sharma", "ankit.sharma@falconline.example")
    sent = at(2026, 4, 28, 13, 37, DXB, wd="Tuesday", s=2)
    start = at(2026, 5, 4, 14, 0, DXB, wd="Monday")
    body = f"""Hi Yousef, Ankit,

Thank you both for agreeing to sit on the panel for Joel Fernandes' interview for the B2 Avionics Technician vacancy (requisition FLM-0326).

Yousef - please cover the B1 interface and Human Factors questions; Ankit will lead on avionics and the practical fault-finding scenario. The CV and the scoring sheet are on the HR SharePoint under Recruitment > FLM-0326. Joel will arrive at 1:45 PM and I will bring him to the training room.

Please submit your scores in SuccessFactors by end of day.

Thanks,
Reem Al Suwaidi
HR Business Partner - Engineering
Falcon Line Maintenance LLC"""
    m = exchange_mail(seed="c19", server="DX2PR04MB", frm=reem, to=[(OWNER_NAME, OWNER), ankit],
                      subject="Interview: Joel Fernandes - B2 Avionics Technician (Panel)", date=sent, start=start,
                      end=start + timedelta(hours=1), wtz="Arabian Standard Time",
                      where="Training Room 3, Hangar 2 / Microsoft Teams Meeting", body=body,
                      uid="040000008200E00074C5B7101A82E00800000000" + hx("c19uid", 40).upper(), seq=0,
                      attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (ankit[0], ankit[1], "REQ-PARTICIPANT")],
                      organizer=reem)
    lab = label([], "hard", "negative/user-is-interviewer",
                "Internal Exchange invite titled 'Interview: ...' where the owner sits on the panel interviewing "
                "another candidate at his current employer.")
    return slug, [("01-interview-panel-b2-candidate.eml", m)], lab


def case20():
    slug = f"{PREFIX}-20-rejection-after-assessment-day"
    sent = at(2026, 3, 16, 6, 30, UTC, s=11)
    past = at(2026, 3, 9, 9, 0, DXB, wd="Monday")
    role = "Licensed Aircraft Engineer - B1 (A320neo)"
    text = f"""Dear Yousef,

Thank you for attending the Assessment Day and panel interview on {long_date(past)} for the position of {role} (Req. 2600291) at our Ras Al Khaimah base.

We appreciate the time and effort you invested. After careful consideration, we regret to inform you that we will not be progressing your application further on this occasion.

Your profile will remain in our talent pool and we may contact you regarding future opportunities. We encourage you to continue to follow our careers page.

We wish you every success in your career.

Kind regards,
Hajar Airways Recruitment

Please do not reply to this message.
"""
    m = system_mail(seed="c20", frm=("Hajar Airways Careers", "no-reply@taleo.net"),
                    subject=f"Hajar Airways - Your application for {role}", date=sent, text=text,
                    mid_domain="ws-tee-03.taleo.net", rx_host="mta17.taleo.net", rx_ip="192.0.2.17",
                    extra=[("X-Mailer", "Taleo Enterprise Edition")])
    lab = label([], "easy", "negative/rejection",
                "Taleo rejection that mentions a past assessment day and panel interview - no upcoming interview.")
    return slug, [("01-application-update-hajar-airways.eml", m)], lab


def case21():
    slug = f"{PREFIX}-21-availability-request-after-eid"
    ab = ("Abdulrahman Bakr", "abdulrahman.bakr@obhur-aero.example")
    sent = at(2026, 3, 16, 13, 10, RUH, wd="Monday", s=45)
    d1 = at(2026, 3, 24, 10, 0, RUH, wd="Tuesday")
    d3 = at(2026, 3, 26, 10, 0, RUH, wd="Thursday")
    role = "Aircraft Maintenance Engineer B1 (B787/A330)"
    text = f"""Dear Yousef,

Thank you for your application for the {role} position at Obhur Aero Technics, Jeddah.

The hiring team would like to arrange a 45-minute video interview with our Line Maintenance Manager. As our offices are working reduced Ramadan hours and will close for the Eid Al Fitr holiday from 19 March, we would like to hold the interview after Eid.

Please book a slot that suits you between Tuesday {d1.day} and Thursday {d3.day} March (10:00 - 14:00 KSA time, which is 11:00 - 15:00 in the UAE) using our booking page:
https://outlook.office365.com/owa/calendar/ObhurRecruitment@obhur-aero.example/bookings/s/{b64id('c21b', 22)}

If none of the times work for you, simply reply with two or three options and I will arrange it.

Eid Mubarak in advance,

Abdulrahman Bakr
Senior Recruiter | Obhur Aero Technics
King Abdulaziz International Airport, Jeddah
"""
    m = human_mail(seed="c21", style="outlook", server="PR3PR02MB", frm=ab, to=[(OWNER_NAME, OWNER)],
                   subject=f"Interview availability - {role}", date=sent, text=text,
                   received=received_gmail("EUR05-PR3-obe.outbound.protection.outlook.com", "198.51.100.128", sent, "c21"))
    lab = label([], "medium", "negative/availability-request",
                "Recruiter asks the candidate to self-book a video interview after Eid via a Bookings page; no slot is "
                "booked in the case.")
    return slug, [("01-interview-availability-after-eid.eml", m)], lab


def case22():
    slug = f"{PREFIX}-22-scam-overseas-ame-fee"
    frm = ("Air Maple Canada Recruitment", "hr@airmaple-careers.example")
    sent = at(2026, 3, 1, 5, 47, UTC, s=14)
    iv_t = at(2026, 3, 7, 11, 0, DXB, wd="Saturday")
    text = f"""Dear Candidate,

CONGRATULATIONS!! Your CV has been SHORTLISTED for the position of Aircraft Maintenance Engineer (AME) with AIR MAPLE CANADA.

Salary: CAD 9,500 per month + free accommodation + family visa
Location: Toronto / Vancouver

Your ONLINE INTERVIEW is scheduled on {long_date(iv_t)} at 11:00 AM (UAE time) on Telegram video call with our HR Manager Mr. Robert Williams (Telegram: @airmaple_hr_canada).

IMPORTANT: Before the interview you must pay the refundable LMIA and work permit processing fee of AED 1,850 to our authorised agent in Deira via Western Union, and send the receipt to this e-mail. Candidates who do not pay before Thursday will lose their interview slot.

Regards,
HR Department
AIR MAPLE CANADA
"""
    m = system_mail(seed="c22", frm=frm, subject="SHORTLISTED - Online Interview Schedule for AME Position in Canada",
                    date=sent, text=text, mid_domain="airmaple-careers.example", rx_host="vps-4471.hosting.example",
                    rx_ip="203.0.113.201", reply_to="airmaple.hr.canada@fastmail-jobs.example")
    lab = label([], "easy", "negative/scam",
                "Fee-before-interview recruitment scam with a 'Telegram video interview' - not a real hiring process.")
    return slug, [("01-shortlisted-online-interview-canada.eml", m)], lab


# ==============================================================================================
CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
         case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"{PREFIX}-{n:02d}-"), slug
        assert slug not in labels
        os.makedirs(os.path.join(HERE, slug))
        for i, (fname, content) in enumerate(files, 1):
            assert fname.startswith(f"{i:02d}-"), fname
            assert fname.endswith((".eml", ".ics", ".gcal.json")), fname
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(os.path.join(HERE, slug, fname), "wb") as fh:
                fh.write(data)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# blind144 labels (written blind). Regenerate with: python make_cases.py\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
