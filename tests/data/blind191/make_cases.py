#!/usr/bin/env python3
"""Regenerate the blind191 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Phoenix-based registered dental hygienist / office manager looking at private practices,
DSOs and a hospital. Standard library + PyYAML + zoneinfo only. Output is byte-for-byte
deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a seed string.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b191-"

PHX = ZoneInfo("America/Phoenix")
LAX = ZoneInfo("America/Los_Angeles")
DEN = ZoneInfo("America/Denver")
CHI = ZoneInfo("America/Chicago")
BOI = ZoneInfo("America/Boise")
UTC = timezone.utc

OWNER = "leticia.camarena@example.com"
OWNER_NAME = "Leticia Camarena"
OWNER_SIG = "Leticia Camarena, RDH\n(602) 555-0148"

CASES = {}    # case id -> list of (filename, bytes)
LABELS = {}   # case id -> label dict


# ----------------------------------------------------------------------------- time helpers
def at(y, mo, d, h, mi, tz, weekday=None, s=0):
    """Aware datetime; asserts the weekday named in the case text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert x.strftime("%A") == weekday, (x, weekday)
    return x


def rfcdate(dt):
    off = dt.strftime("%z")
    return f"{dt:%a}, {dt.day} {dt:%b %Y %H:%M:%S} {off}"


def rfcdate0(dt):
    """Zero-padded day, as Outlook/Exchange and most ATS relays write it."""
    return f"{dt:%a, %d %b %Y %H:%M:%S} {dt.strftime('%z')}"


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ampm(dt, style="google"):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    if style == "google":
        return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suf}"
    return f"{h}:{dt.minute:02d} {suf.upper()}"


# ----------------------------------------------------------------------------- ids
def tok(seed, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    out, i = "", 0
    while len(out) < n:
        for b in hashlib.sha256(f"{seed}/{i}".encode()).digest():
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


HEX = "0123456789abcdef"
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def uuidish(seed, upper=False):
    h = tok(seed, 32, HEX)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def gmail_mid(seed):
    return f"<CA{tok(seed, 46, B64ISH + '+_-')}@mail.gmail.com>"


def outlook_mid(seed, pod="SJ0PR19MB"):
    n = tok(seed + "n", 4, "0123456789")
    return f"<{pod}{n}{tok(seed, 12, HEX.upper())}{tok(seed + 'x', 4, HEX.upper())}@{pod}{n}.namprd19.prod.outlook.com>"


def gmail_boundary(seed):
    return "0000000000" + tok(seed, 18, HEX)


def outlook_boundary(seed):
    return f"_000_SJ0PR19MB{tok(seed, 16, HEX.upper())}namprd19prod_"


def apple_boundary(seed):
    return "Apple-Mail=_" + uuidish(seed, upper=True)


# ----------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()"@:;'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{Header(name, 'utf-8').encode()} <{email}>"


def enc_subject(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def part(ctype, body, cte="7bit", extra=()):
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body)
    else:
        enc = body
    if not enc.endswith("\n"):
        enc += "\n"
    hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdrs) + "\n\n" + enc


def multipart(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, top):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}" if v != "" else f"{k}:")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + top).encode("utf-8")



def rcvd(frm_host, ip, by, to, dt, seed):
    return ("Received", f"from {frm_host} ({frm_host}. [{ip}])\n        by {by} with ESMTPS id {tok(seed, 12)}\n"
            f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n        {rfcdate(dt)}")


# ----------------------------------------------------------------------------- text -> html
def T(s):
    """Dedent a triple-quoted body; @@SIG@@ expands to the owner's two-line signature after dedenting."""
    return (textwrap.dedent(s).strip("\n") + "\n").replace("@@SIG@@", OWNER_SIG)


def _esc_lines(text):
    return [html.escape(l) for l in text.rstrip("\n").split("\n")]


def gmail_html(new, attribution=None, quoted=None):
    body = "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in _esc_lines(new))
    out = f'<div dir="ltr">{body}</div>'
    if attribution:
        q = "<br>".join(_esc_lines(quoted))
        out += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{html.escape(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def gmail_plain(new, attribution=None, quoted=None):
    out = new
    if attribution:
        out += "\n" + attribution + "\n\n" + "".join(
            ("> " + l if l else ">") + "\n" for l in quoted.rstrip("\n").split("\n"))
    return out


def outlook_html(new, header_block=None, quoted=None):
    body = "<br>\n".join(_esc_lines(new))
    out = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
           'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
           f"{body}</div>\n")
    if header_block:
        out += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000">{"<br>".join(_esc_lines(header_block))}</font>\n<div>&nbsp;</div>\n</div>\n'
                f'<div>{"<br>".join(_esc_lines(quoted))}</div>\n')
    return out + "</body>\n</html>\n"


def outlook_plain(new, header_block=None, quoted=None):
    out = new
    if header_block:
        out += "\n________________________________\n" + header_block + "\n" + quoted
    return out


def simple_html(text, font="Helvetica, Arial, sans-serif"):
    paras = text.rstrip("\n").split("\n\n")
    ps = "\n".join(f'<p style="margin:0 0 14px 0">{"<br>".join(_esc_lines(p))}</p>' for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body style="margin:0;padding:0;background:#f4f5f7"><table role="presentation" width="100%" '
            f'cellpadding="0" cellspacing="0"><tr><td align="center"><table role="presentation" width="600" '
            f'style="background:#ffffff;font-family:{font};font-size:15px;color:#2d2d2d"><tr><td style="padding:24px">\n'
            f"{ps}\n</td></tr></table></td></tr></table></body></html>\n")


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        l = len(ch.encode("utf-8"))
        if n + l > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + l
        else:
            cur += ch
            n += l
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .rstrip("\n").replace("\n", "\\n"))


VTZ = {
    "America/Phoenix": [
        "BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "America/Denver": [
        "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    # Windows zone names as Exchange/Outlook writes them
    "US Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Central Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    extra = ";X-NUM-GUESTS=0" if google else ""
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}{extra}:mailto:{email}"


TEAMS_BLOCK = T("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
    Meeting ID: {num}
    Passcode: {pc}
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def teams_block(seed):
    return TEAMS_BLOCK.format(mid=tok(seed, 32, B64ISH), tid=uuidish(seed + "tid"),
                              num=" ".join(tok(seed + "n", 12, "0123456789")[i:i + 3] for i in range(0, 12, 3)),
                              pc=tok(seed + "p", 6, B64ISH))


# ----------------------------------------------------------------------------- vendor templates
def google_invite(seed, *, org, title, start, end, tzname, tzabbr, guests, description, sent, uid,
                  sequence=0, updated=False, location="", meet=True, method="REQUEST"):
    """Google Calendar invitation e-mail (multipart/mixed: alternative{plain, html, calendar} + invite.ics).

    org = (name, email); guests = list of (name, email, partstat); times rendered in tzname/tzabbr."""
    oname, oemail = org
    ls, le = start, end
    when = f"{ls:%A %b} {ls.day}, {ls.year} \u22c5 {ampm(ls)} \u2013 {ampm(le)}"
    subj_when = f"{ls:%a %b} {ls.day}, {ls.year} {ampm(ls)} - {ampm(le)} ({tzabbr})"
    kind = "Updated invitation" if updated else "Invitation"
    subject = f"{kind}: {title} @ {subj_when} ({OWNER})"
    meet_code = f"{tok(seed + 'm1', 3, 'abcdefghijkmnopqrstuvwxyz')}-{tok(seed + 'm2', 4, 'abcdefghijkmnopqrstuvwxyz')}-{tok(seed + 'm3', 3, 'abcdefghijkmnopqrstuvwxyz')}"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    plain = ""
    if updated:
        plain += "This event has been updated\nChanged: time\n\n"
    plain += f"{title}\n{when}\n{tzname}\n\n"
    if location:
        plain += f"Location\n{location}\n\n"
    if meet:
        plain += (f"Join with Google Meet\nhttps://meet.google.com/{meet_code}\n\n"
                  f"Join by phone\n(US) +1 {tok(seed + 'ph', 3, '23456789')}-{tok(seed + 'ph2', 3, '0123456789')}-"
                  f"{tok(seed + 'ph3', 4, '0123456789')}\nPIN: {tok(seed + 'pin', 9, '0123456789')}\n\n")
    plain += f"Organizer\n{oname}\n{oemail}\n\nGuests\n"
    for gname, gemail, _ in guests:
        plain += (f"{gname} - organizer\n" if gemail == oemail else (f"{gname}\n" if gname else "")) + f"{gemail}\n"
    plain += f"View all guest info {view}\n\n"
    if description:
        plain += description.rstrip("\n") + "\n\n"
    plain += (f"Reply for {OWNER} and view more details {view}\n\n"
              "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
              "You are receiving this email because you are an attendee on the event.\n\n"
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or modify "
              "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    # html rendering of the same text
    hbody = "".join(f"<p>{'<br>'.join(html.escape(x) for x in blk.split(chr(10)))}</p>"
                    for blk in plain.rstrip("\n").split("\n\n"))
    hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">' + hbody + "</div></body></html>\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(sent)}",
             f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}"]
    for gname, gemail, ps in guests:
        lines.append(attendee(gname or gemail, gemail, ps, google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
    lines += [f"CREATED:{ics_utc(sent - timedelta(days=1) if updated else sent)}",
              f"DESCRIPTION:{esc(description or '')}",
              f"LAST-MODIFIED:{ics_utc(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}",
              "STATUS:CONFIRMED" if method != "CANCEL" else "STATUS:CANCELLED",
              f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    alt = multipart("alternative", gmail_boundary(seed + "alt"), [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        part('text/html; charset="UTF-8"', hbody, "quoted-printable"),
        part(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
    ])
    top = multipart("mixed", gmail_boundary(seed + "mix"), [
        alt,
        part('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    sent_utc = sent.astimezone(UTC)
    headers = [
        ("Delivered-To", OWNER),
        rcvd(f"mail-sor-f{69 + int(tok(seed + 'sor', 1, '0123456789'))}.google.com", "209.85.220.73", "mx.example.com",
             OWNER, sent_utc + timedelta(seconds=3), seed + "rc"),
        ("Received", f"by 2002:a05:6a10:{tok(seed, 4, HEX)}:b0:{tok(seed + 'r', 3, HEX)}:{tok(seed + 'q', 4, HEX)} "
                     f"with SMTP id {tok(seed + 's', 10)};\n        {rfcdate(sent_utc + timedelta(seconds=2))}"),
        ("Return-Path", f"<{tok(seed + 'rp', 22, B64ISH)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(oname, oemail)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{uuidish(seed + 'mid')}@google.com>"),
        ("Date", rfcdate(sent_utc)),
        ("Subject", enc_subject(subject)),
        ("From", addr(oname, oemail)),
        ("To", OWNER),
    ]
    return message(headers, top)


def outlook_invite(seed, *, org, subject, start, end, wintz, attendees, body, sent, uid, sequence=0,
                   method="REQUEST", location="Microsoft Teams Meeting", teams=True, to_list=None,
                   cc_list=None, busy="BUSY", extra_headers=()):
    """Exchange Online meeting request / cancellation (multipart/alternative with text/calendar)."""
    oname, oemail = org
    text = body
    if teams and method == "REQUEST":
        text = body.rstrip("\n") + "\n\n" + teams_block(seed)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             *VTZ[wintz], "BEGIN:VEVENT", f"ORGANIZER;CN={oname}:mailto:{oemail}"]
    for aname, aemail, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={aname}:mailto:{aemail}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(subject.split(': ', 1)[1] if method == 'CANCEL' else subject)}",
              f"DTSTART;TZID={wintz}:{ics_local(start)}", f"DTEND;TZID={wintz}:{ics_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
              f"DTSTAMP:{ics_utc(sent)}", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED" if method == "REQUEST" else "STATUS:CANCELLED",
              f"SEQUENCE:{sequence}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(tok(seed + 'oa', 9, '0123456789')) + 1000000000}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy if method == 'REQUEST' else 'FREE'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:" + ("1" if method == "REQUEST" else "2"),
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams and method == "REQUEST":
        lines += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                  f"{tok(seed, 32, B64ISH)}%40thread.v2/0",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    alt = multipart("alternative", outlook_boundary(seed), [
        part('text/plain; charset="utf-8"', text, "quoted-printable"),
        part('text/html; charset="utf-8"', outlook_html(text), "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    sent_utc = sent.astimezone(UTC)
    to_list = to_list or [addr(a[0], a[1]) for a in attendees if a[2] == "REQ-PARTICIPANT"]
    headers = [
        ("Delivered-To", OWNER),
        rcvd(f"mail-{tok(seed + 'h', 5, 'abcdefghijklmnopqrstuvwxyz')}.outbound.protection.outlook.com",
             f"40.107.{int(tok(seed + 'i1', 2, '0123456789'))}.{int(tok(seed + 'i2', 2, '0123456789'))}",
             "mx.example.com", OWNER, sent_utc + timedelta(seconds=3), seed + "rc"),
        ("From", addr(oname, oemail)),
        ("To", ", ".join(to_list)),
        ("CC", ", ".join(cc_list) if cc_list else None),
        ("Subject", enc_subject(subject)),
        ("Thread-Topic", enc_subject(subject.split(": ", 1)[1] if method == "CANCEL" else subject)),
        ("Thread-Index", base64.b64encode(hashlib.sha1((seed + "ti").encode()).digest()[:22]).decode()),
        ("Date", rfcdate0(sent_utc)),
        ("Message-ID", outlook_mid(seed)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        *extra_headers,
    ]
    return message(headers, alt)


def case(cid, items, label):
    assert cid.startswith(PREFIX) and cid not in CASES
    names = [n for n, _ in items]
    assert names == sorted(names), names
    label = {"user": OWNER, **label}
    label["interview"] = bool(label["interviews"])
    # canonical key order as in the schema
    order = ["user", "interview", "interviews", "difficulty", "category", "notes", "source"]
    LABELS[cid] = {k: label[k] for k in order}
    CASES[cid] = items


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


# ----------------------------------------------------------------------------- human mail templates
def gmail_mail(seed, *, frm, to, subject, sent, new, attribution=None, quoted=None, cc=None,
               in_reply_to=None, references=None, attachments=()):
    """A message composed in Gmail (web or app): multipart/alternative, QP plain + QP html."""
    alt = multipart("alternative", gmail_boundary(seed + "a"), [
        part('text/plain; charset="UTF-8"', gmail_plain(new, attribution, quoted), "quoted-printable"),
        part('text/html; charset="UTF-8"', gmail_html(new, attribution, quoted), "quoted-printable"),
    ])
    top = alt
    if attachments:
        top = multipart("mixed", gmail_boundary(seed + "m"), [alt, *attachments])
    headers = [
        ("Delivered-To", OWNER),
        rcvd("mail-sor-f41.google.com", "209.85.220.41", "mx.example.com", OWNER,
             sent.astimezone(UTC) + timedelta(seconds=2), seed + "rc"),
        ("Received", f"by 2002:a05:7300:{tok(seed, 4, HEX)}:b0:{tok(seed + 'r', 3, HEX)}:{tok(seed + 'q', 4, HEX)} "
                     f"with SMTP id {tok(seed + 's', 10)};\n        {rfcdate(sent.astimezone(UTC) + timedelta(seconds=1))}"),
        ("X-Gm-Message-State", tok(seed + "gm", 44, B64ISH) + "=="),
        ("From", addr(*frm)),
        ("Date", rfcdate(sent)),
        ("Message-ID", gmail_mid(seed)),
        ("In-Reply-To", in_reply_to),
        ("References", references),
        ("Subject", enc_subject(subject)),
        ("To", ", ".join(addr(*t) for t in to)),
        ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
    ]
    return message(headers, top)


def outlook_mail(seed, *, frm, to, subject, sent, new, header_block=None, quoted=None, cc=None,
                 in_reply_to=None, references=None):
    """A message composed in Outlook / Microsoft 365."""
    alt = multipart("alternative", outlook_boundary(seed), [
        part('text/plain; charset="utf-8"', outlook_plain(new, header_block, quoted), "quoted-printable"),
        part('text/html; charset="utf-8"', outlook_html(new, header_block, quoted), "quoted-printable"),
    ])
    sent_utc = sent.astimezone(UTC)
    headers = [
        ("Delivered-To", OWNER),
        rcvd(f"mail-{tok(seed + 'h', 5, 'abcdefghijklmnopqrstuvwxyz')}.outbound.protection.outlook.com",
             f"40.107.{int(tok(seed + 'i1', 2, '0123456789'))}.{int(tok(seed + 'i2', 2, '0123456789'))}",
             "mx.example.com", OWNER, sent_utc + timedelta(seconds=2), seed + "rc"),
        ("From", addr(*frm)),
        ("To", ", ".join(addr(*t) for t in to)),
        ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
        ("Subject", enc_subject(subject)),
        ("Thread-Topic", enc_subject(subject.split(": ", 1)[1] if subject.startswith("RE: ") else subject)),
        ("Thread-Index", base64.b64encode(hashlib.sha1((seed + "ti").encode()).digest()[:22]).decode()),
        ("Date", rfcdate0(sent_utc)),
        ("Message-ID", outlook_mid(seed)),
        ("References", references),
        ("In-Reply-To", in_reply_to),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt)


def apple_mail(seed, *, frm, to, subject, sent, new, attribution=None, quoted=None, cc=None,
               in_reply_to=None, references=None, domain="example.com"):
    """A message sent from Apple Mail on a Mac (plain + html alternative, QP)."""
    plain = new
    h = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>" \
        "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
    h += "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in _esc_lines(new))
    if attribution:
        plain += "\n" + attribution + "\n\n" + "".join(("> " + l if l else ">") + "\n"
                                                       for l in quoted.rstrip("\n").split("\n"))
        h += (f'<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div><br>'
              f'<div>{"<br>".join(_esc_lines(quoted))}</div></blockquote></div>')
    h += "</body></html>\n"
    alt = multipart("alternative", apple_boundary(seed), [
        part("text/plain;\n\tcharset=utf-8", plain, "quoted-printable"),
        part("text/html;\n\tcharset=utf-8", h, "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        rcvd(f"smtp{tok(seed + 'h', 2, '0123456789')}.mail.{domain}", f"198.51.100.{int(tok(seed, 2, '0123456789')) + 10}",
             "mx.example.com", OWNER, sent.astimezone(UTC) + timedelta(seconds=4), seed + "rc"),
        ("From", addr(*frm)),
        ("Subject", enc_subject(subject)),
        ("Date", rfcdate(sent)),
        ("In-Reply-To", in_reply_to),
        ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
        ("To", ", ".join(addr(*t) for t in to)),
        ("References", references),
        ("Message-Id", f"<{uuidish(seed, upper=True)}@{domain}>"),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    return message(headers, alt)


def vendor_mail(seed, *, frm, subject, sent, plain, html_body=None, reply_to=None, to=None, extra=(),
                attachments=(), mid_domain="example.net", boundary=None, plain_cte="quoted-printable"):
    """Transactional mail from an ATS / job board / scheduling tool."""
    alt = multipart("alternative", boundary or ("b1_" + tok(seed, 32, B64ISH)), [
        part('text/plain; charset="UTF-8"', plain, plain_cte),
        part('text/html; charset="UTF-8"', html_body or simple_html(plain), "quoted-printable"),
    ])
    top = alt
    if attachments:
        top = multipart("mixed", "b2_" + tok(seed + "mx", 32, B64ISH), [alt, *attachments])
    sent_utc = sent.astimezone(UTC)
    headers = [
        ("Delivered-To", OWNER),
        rcvd(("mail-sor-f69.google.com" if mid_domain == "google.com" else
              f"o{tok(seed + 'o', 1, '123456789')}.ptr{tok(seed + 'p', 4, '0123456789')}.{mid_domain}"),
             ("209.85.220.69" if mid_domain == "google.com" else
              f"149.72.{int(tok(seed + 'i1', 2, '0123456789'))}.{int(tok(seed + 'i2', 2, '0123456789'))}"),
             "mx.example.com", OWNER, sent_utc + timedelta(seconds=5), seed + "rc"),
        ("Date", rfcdate0(sent)),
        ("From", frm),
        ("Reply-To", reply_to),
        ("To", to or addr(OWNER_NAME, OWNER)),
        ("Message-ID", f"<{tok(seed + 'mid', 22, B64ISH)}.{tok(seed + 'mid2', 8, '0123456789')}@{mid_domain}>"),
        ("Subject", enc_subject(subject)),
        *extra,
    ]
    return message(headers, top)


def ics_attachment(cal, name="invite.ics", method="REQUEST"):
    return part(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', cal, "base64",
                [f'Content-Disposition: attachment; filename="{name}"'])


def ats_ics(*, prodid, uid, start, end, tzid, organizer, attendees, summary, description, location, stamp,
            sequence=0, method="REQUEST"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", f"METHOD:{method}",
             *VTZ[tzid], "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(stamp)}",
             f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}",
             f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(attendee(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION"))
    lines += [f"SEQUENCE:{sequence}", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


ME = (OWNER_NAME, OWNER)

# =============================================================================== POSITIVE CASES


def c01():
    cid = "b191-01-owner-gmail-lunch-interview"
    dr = ("Farah Nazari", "farahnazari.dds@gmail.example")
    s1 = at(2026, 2, 9, 7, 52, PHX, "Monday", 13)
    new1 = T("""
        Hi Leticia,

        Thank you for sending your resume over. My office manager Connie is retiring in April after 14 years
        with us, so I'm looking for someone who can run the front and also hop into hygiene when we're slammed.
        Your RDH license plus the DSO management background is exactly the combo I've been hoping for.

        Would you be able to come by the office this Thursday during our lunch, at 12:30? It will just be me.
        I'd like about 45 minutes to talk through the role, walk you around and answer your questions.
        We're at 2950 W Ray Rd, Suite 104 in Chandler, parking is in back.

        If Thursday doesn't work let me know and we'll find another day.

        Farah

        Farah Nazari, DDS
        Ocotillo Smiles Dentistry
        (480) 555-0129

        Sent from my iPhone
        """)
    m1 = gmail_mail(cid + "1", frm=dr, to=[ME], subject="Office manager position - Ocotillo Smiles", sent=s1, new=new1)
    s_reply = at(2026, 2, 9, 12, 14, PHX, "Monday")
    s2 = at(2026, 2, 9, 12, 40, PHX, "Monday", 51)
    quoted = T(f"""
        Hi Dr. Nazari,

        Thank you so much for reaching out! Thursday the 12th at 12:30 works great for me. I'll bring a copy of
        my resume and my license.

        See you then,
        @@SIG@@

        On Mon, Feb 9, 2026 at 7:52 AM Farah Nazari <{dr[1]}> wrote:
        > Hi Leticia,
        >
        > Thank you for sending your resume over. My office manager Connie is retiring in April after 14 years
        > ...
        """)
    new2 = T("""
        Perfect, see you Thursday! Just come to the front desk and tell them you're here for me.

        F

        Sent from my iPhone
        """)
    m2 = gmail_mail(cid + "2", frm=dr, to=[ME], subject="Re: Office manager position - Ocotillo Smiles", sent=s2,
                    new=new2, attribution=f"On Mon, Feb 9, 2026 at 12:14\u202fPM {OWNER_NAME} <{OWNER}> wrote:",
                    quoted=quoted, in_reply_to=f"<{uuidish(cid + 'lr', True)}@example.com>",
                    references=f"{gmail_mid(cid + '1')} <{uuidish(cid + 'lr', True)}@example.com>")
    assert s_reply < s2
    start = at(2026, 2, 12, 12, 30, PHX, "Thursday")
    case(cid, [("01-office-manager-position.eml", m1), ("02-re-office-manager-position.eml", m2)], {
        "interviews": [iv("Ocotillo Smiles Dentistry", "Office Manager", start, start + timedelta(minutes=45),
                          "scheduled", [dr[1]], [dr[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/relative-date-owner-gmail",
        "notes": "Practice owner writes from a personal webmail address: 'this Thursday ... at 12:30', about 45 "
                 "minutes, sent Monday Feb 9 (Arizona) -> Thu Feb 12 12:30-13:15 MST. Owner conducts it.",
        "source": "synthetic"})


def c02():
    cid = "b191-02-interview-plus-working-interview"
    yes = ("Yesenia Orozco Núñez", "yesenia@palomapediatricdental.example")
    drm = ("Kenji Matsuda, DDS", "kmatsuda@palomapediatricdental.example")
    s1 = at(2026, 2, 25, 10, 3, PHX, "Wednesday", 41)
    new1 = T("""
        Hi Leticia,

        Thank you for applying to our Registered Dental Hygienist opening on Indeed! Dr. Matsuda reviewed your
        resume and would like to meet you (I've copied him here).

        Our process is two steps:
        1. A sit-down interview with Dr. Matsuda, about 30 minutes. He has Tuesday, March 3 at 5:15 PM open,
           after our last patient.
        2. If it's a fit, a paid working interview in hygiene so you can see our flow and the team can see you
           with our little ones. Those are usually on a Friday, 7:30 to 2:00.

        Please let me know if Tuesday at 5:15 works. We're at 1820 E Williams Field Rd, Suite 110, Gilbert.

        Thank you,
        Yesenia Orozco Núñez
        Office Manager | Paloma Pediatric Dentistry
        (480) 555-0176
        """)
    m1 = outlook_mail(cid + "1", frm=yes, to=[ME], cc=[drm], subject="Paloma Pediatric Dentistry - RDH interview",
                      sent=s1, new=new1)
    s2 = at(2026, 2, 26, 8, 21, PHX, "Thursday", 5)
    hb = T(f"""
        From: {OWNER_NAME} <{OWNER}>
        Sent: Wednesday, February 25, 2026 6:47 PM
        To: {yes[0]} <{yes[1]}>
        Cc: {drm[0]} <{drm[1]}>
        Subject: Re: Paloma Pediatric Dentistry - RDH interview
        """)
    q = T(f"""
        Hi Yesenia,

        Tuesday at 5:15 works for me. Thank you both, I'm looking forward to it!

        @@SIG@@
        """)
    new2 = T("""
        Great! You're confirmed with Dr. Matsuda on Tuesday 3/3 at 5:15 PM. Please bring a copy of your RDH
        license, local anesthesia permit and CPR card. Use the front door, I'll let you in.

        Yesenia
        """)
    m2 = outlook_mail(cid + "2", frm=yes, to=[ME], cc=[drm], subject="RE: Paloma Pediatric Dentistry - RDH interview",
                      sent=s2, new=new2, header_block=hb, quoted=q,
                      in_reply_to=f"<{uuidish(cid + 'lr', True)}@example.com>",
                      references=f"{outlook_mid(cid + '1')} <{uuidish(cid + 'lr', True)}@example.com>")
    s3 = at(2026, 3, 4, 9, 2, PHX, "Wednesday", 17)
    ws, we = at(2026, 3, 6, 7, 30, PHX, "Friday"), at(2026, 3, 6, 14, 0, PHX)
    body3 = T("""
        Hi Leticia,

        Dr. Matsuda really enjoyed meeting you yesterday! As we discussed, here is your paid working interview
        in hygiene on Friday. You'll work out of op 4 with Brandi (our lead RDH) and see about 7 kids, mostly
        prophys and sealants. It's paid at $52/hr through payroll, so please bring a voided check and your I-9
        documents. Scrubs are fine, and bring your loupes.

        Yesenia
        """)
    m3 = outlook_invite(cid + "3", org=yes, subject="Working Interview - Leticia Camarena, RDH (paid)",
                        start=ws, end=we, wintz="US Mountain Standard Time",
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (drm[0], drm[1], "OPT-PARTICIPANT")],
                        body=body3, sent=s3, uid=f"040000008200E00074C5B7101A82E00800000000{tok(cid + 'u3', 64, HEX.upper())}",
                        location="Paloma Pediatric Dentistry - Hygiene Op 4", teams=False)
    start = at(2026, 3, 3, 17, 15, PHX, "Tuesday")
    case(cid, [("01-rdh-interview.eml", m1), ("02-re-rdh-interview.eml", m2),
               ("03-working-interview-invite.eml", m3)], {
        "interviews": [iv("Paloma Pediatric Dentistry", "Registered Dental Hygienist", start,
                          start + timedelta(minutes=30), "scheduled", [drm[1]], [drm[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/working-interview-distractor",
        "notes": "Sit-down interview with the dentist (cc'd) Tue Mar 3 17:15, 30 min, is the interview. The "
                 "Outlook invite for the paid working interview (a hygiene shift, Fri Mar 6 7:30-14:00) is a work "
                 "sample, not an interview, and must not be reported. Office manager only coordinates.",
        "source": "synthetic"})


def c03():
    cid = "b191-03-dso-greenhouse-phone-screen-mountain"
    rec = ("Brianna Kowalczyk", "bkowalczyk@summitpeakdental.example")
    sent = at(2026, 4, 2, 15, 20, DEN, "Thursday", 37)
    start = at(2026, 4, 8, 10, 0, DEN, "Wednesday")
    end = start + timedelta(minutes=30)
    assert start.astimezone(PHX).hour == 9
    plain = T(f"""
        Hi Leticia,

        Thanks for making time to speak with us! Here are the details for your upcoming interview for the
        Practice Manager - Tempe role at Summit Peak Dental Partners.

        Phone Screen
        Wednesday, April 8, 2026
        10:00 AM - 10:30 AM Mountain Time (MDT)
        Interviewer: Brianna Kowalczyk, Talent Acquisition Partner

        I'll call you at (602) 555-0148. Quick heads-up since our support center is in Denver: 10:00 AM
        Mountain is 9:00 AM in Arizona right now.

        A calendar invitation is attached. If you need to reschedule, just reply to this email.

        Best,
        Brianna Kowalczyk
        Talent Acquisition Partner | Summit Peak Dental Partners
        {rec[1]}
        """)
    cal = ats_ics(prodid="-//Greenhouse Software//Greenhouse Scheduler//EN",
                  uid=f"{tok(cid, 24, HEX)}@greenhouse.io", start=start, end=end, tzid="America/Denver",
                  organizer=rec, attendees=[(OWNER_NAME, OWNER), (rec[0], rec[1], "ACCEPTED")],
                  summary="Phone Screen - Leticia Camarena - Practice Manager - Tempe (Summit Peak Dental Partners)",
                  description="Brianna will call Leticia at (602) 555-0148.", location="Phone call",
                  stamp=sent)
    m = vendor_mail(cid, frm=addr(rec[0], "no-reply@us.greenhouse-mail.io"), reply_to=addr(*rec),
                    subject="Interview Confirmation: Practice Manager - Tempe at Summit Peak Dental Partners",
                    sent=sent, plain=plain, mid_domain="us.greenhouse-mail.io",
                    attachments=[ics_attachment(cal, "interview.ics")],
                    extra=[("X-Mailer", "Greenhouse")])
    case(cid, [("01-interview-confirmation.eml", m)], {
        "interviews": [iv("Summit Peak Dental Partners", "Practice Manager - Tempe", start, end, "scheduled",
                          [rec[1]], [rec[1]], "phone_screen")],
        "difficulty": "medium", "category": "positive/ats-email-with-ics-mountain-dst",
        "notes": "Greenhouse confirmation from a Denver DSO support center: 10:00 MDT (-06:00) = 9:00 Arizona. "
                 "The recruiter conducts the screen; sender is no-reply, human reply-to is the recruiter.",
        "source": "synthetic"})


def c04():
    cid = "b191-04-indeed-video-interview-plus-manager-note"
    tam = ("Tamsin Reyes", "treyes@redmountaindentalcare.example")
    s1 = at(2026, 3, 16, 11, 5, PHX, "Monday", 22).astimezone(UTC)
    start = at(2026, 3, 19, 13, 0, PHX, "Thursday")
    end = start + timedelta(minutes=20)
    plain = T("""
        Your interview is confirmed

        Red Mountain Dental Care
        Dental Hygienist - Mesa, AZ 85215

        Thursday, March 19, 2026
        1:00 PM - 1:20 PM (GMT-07:00) Arizona
        Video interview on Indeed

        Interviewer: Tamsin Reyes

        Join interview: https://www.indeed.com/interviews/join/3f6c1d0e-52b8-4b77-9a7d-0d9e4c1b2a6f
        Add to calendar: https://www.indeed.com/interviews/calendar/3f6c1d0e-52b8-4b77-9a7d-0d9e4c1b2a6f.ics

        Before your interview
        - Test your camera and microphone: https://www.indeed.com/interviews/device-check
        - Join from a quiet place with a stable connection

        Need to reschedule? Message the employer from your Indeed account.

        ---
        This email was sent by Indeed to leticia.camarena@example.com.
        Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        Unsubscribe: https://www.indeed.com/unsubscribe
        """)
    m1 = vendor_mail(cid + "1", frm="Indeed <no-reply@indeed.com>",
                     subject="Interview confirmed: Dental Hygienist at Red Mountain Dental Care", sent=s1,
                     plain=plain, mid_domain="indeed.com",
                     extra=[("List-Unsubscribe", "<https://www.indeed.com/unsubscribe>")])
    s2 = at(2026, 3, 17, 8, 47, PHX, "Tuesday", 3)
    new2 = T(f"""
        Hi Leticia,

        This is Tamsin, the office manager at Red Mountain Dental Care. I saw your Indeed interview got booked
        for Thursday at 1:00, thank you! I'll be the one on the video call. It's a quick 20 minutes, mostly about
        your perio experience and your availability (we need Mon/Wed/Thu).

        If the Indeed link gives you any trouble, call the office at (480) 555-0133 or just email me here.

        Tamsin Reyes
        Office Manager
        Red Mountain Dental Care
        {tam[1]}
        """)
    m2 = gmail_mail(cid + "2", frm=tam, to=[ME], subject="Thursday video interview - Red Mountain Dental",
                    sent=s2, new=new2)
    # the .ics behind Indeed's "Add to calendar" link, saved by the owner
    ics_file = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Indeed//Interviews//EN", "METHOD:PUBLISH",
                    *VTZ["America/Phoenix"], "BEGIN:VEVENT",
                    "UID:3f6c1d0e-52b8-4b77-9a7d-0d9e4c1b2a6f@interviews.indeed.com",
                    f"DTSTAMP:{ics_utc(s1)}", f"DTSTART;TZID=America/Phoenix:{ics_local(start)}",
                    f"DTEND;TZID=America/Phoenix:{ics_local(end)}",
                    "SUMMARY:Interview with Red Mountain Dental Care - Dental Hygienist",
                    "DESCRIPTION:" + esc("Video interview on Indeed with Tamsin Reyes.\nJoin: https://www.indeed.com/"
                                         "interviews/join/3f6c1d0e-52b8-4b77-9a7d-0d9e4c1b2a6f"),
                    f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
                    "LOCATION:Indeed video interview",
                    "URL:https://www.indeed.com/interviews/join/3f6c1d0e-52b8-4b77-9a7d-0d9e4c1b2a6f",
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]).encode("utf-8")
    case(cid, [("01-indeed-interview-confirmed.eml", m1), ("02-indeed-interview-red-mountain.ics", ics_file),
               ("03-thursday-video-interview.eml", m2)], {
        "interviews": [iv("Red Mountain Dental Care", "Dental Hygienist", start, end, "scheduled",
                          [tam[1]], [tam[1]], "phone_screen")],
        "difficulty": "medium", "category": "positive/job-board-scheduler-dedupe",
        "notes": "Indeed interview confirmation (no-reply), the saved .ics from its 'Add to calendar' link (no "
                 "interviewer address) and a direct note from the interviewer about the same call -> one "
                 "interview, Thu Mar 19 13:00-13:20 Arizona (GMT-07:00).",
        "source": "synthetic"})


def c05():
    cid = "b191-05-google-voice-text-relay"
    glo = ("Gloria Maldonado", "gloria@sonoranskydental.example")
    relay = "14805550163.16025550148.qV3bmE7kZx@txt.voice.google.com"
    footer = T("""
        YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
        To respond to this text message, reply to this email or visit Google Voice <https://voice.google.com>.
        This email was sent to you because you indicated that you'd like to receive email notifications for text messages. If you don't want to receive such emails in the future, please update your email notification settings <https://voice.google.com/settings#messaging>.
        Google LLC
        1600 Amphitheatre Pkwy
        Mountain View CA 94043 USA
        """)

    def gv(seed, sent, text):
        plain = "<https://voice.google.com>\n" + text.rstrip("\n") + "\n\n" + footer
        hb = ('<html><body><table width="100%" style="font-family:Roboto,Arial,sans-serif"><tr><td>'
              f'<p style="font-size:16px">{html.escape(text.strip())}</p>'
              '<p style="font-size:12px;color:#5f6368">To respond to this text message, reply to this email or visit '
              '<a href="https://voice.google.com">Google Voice</a>.</p></td></tr></table></body></html>\n')
        return vendor_mail(seed, frm=addr("(480) 555-0163", relay),
                           subject="New text message from (480) 555-0163", sent=sent.astimezone(UTC),
                           plain=plain, html_body=hb, mid_domain="google.com",
                           to=addr(OWNER_NAME, OWNER), boundary=gmail_boundary(seed),
                           extra=[("Sender", "Google Voice <voice-noreply@google.com>")])
    s1 = at(2026, 3, 24, 17, 42, PHX, "Tuesday", 10)
    assert s1.astimezone(UTC).day == 25  # the UTC Date header is already "tomorrow"
    m1 = gv(cid + "1", s1, "Hi Leticia this is Gloria from Sonoran Sky Dental in Tempe. Dr. Begay saw your resume on "
                           "ZipRecruiter for our office manager opening. Could you do a phone interview with him "
                           "tomorrow at 11:30? He'll call you from the office.")
    s2 = at(2026, 3, 24, 17, 58, PHX, "Tuesday", 47)
    m2 = gv(cid + "2", s2, "Perfect!! 11:30 tomorrow it is. I'll email you the job description tonight so you have it "
                           "before the call")
    s3 = at(2026, 3, 24, 19, 26, PHX, "Tuesday", 5)
    new3 = T("""
        Hi Leticia,

        Here's the job description like I said (pasting it since the PDF is huge). Dr. Begay will call you
        tomorrow (Wednesday) at 11:30, plan on about 20 minutes. He's usually right on time but if a patient runs
        long he might be a few minutes late.

        OFFICE MANAGER - Sonoran Sky Dental (Tempe)
        - Full time, Mon-Thu 7-5 plus one Friday a month
        - Manage front office team of 3, insurance verification, AR and collections
        - Dentrix experience preferred, RDH a big plus for hygiene schedule optimization
        - $27-$33/hr DOE, 401k match, uniform allowance

        Thanks!
        Gloria Maldonado
        Front Desk Lead | Sonoran Sky Dental
        (480) 555-0163
        """)
    m3 = gmail_mail(cid + "3", frm=glo, to=[ME], subject="Office Manager job description - Sonoran Sky Dental",
                    sent=s3, new=new3)
    start = at(2026, 3, 25, 11, 30, PHX, "Wednesday")
    case(cid, [("01-new-text-message.eml", m1), ("02-new-text-message.eml", m2),
               ("03-office-manager-job-description.eml", m3)], {
        "interviews": [iv("Sonoran Sky Dental", "Office Manager", start, start + timedelta(minutes=20), "scheduled",
                          [], [glo[1]], "phone_screen")],
        "difficulty": "hard", "category": "positive/text-message-relay",
        "notes": "Google Voice text relays ('tomorrow at 11:30'); the first relay's Date is already Mar 25 in UTC "
                 "but was sent Tue Mar 24 17:42 Arizona, and the follow-up e-mail says 'tomorrow (Wednesday)'. "
                 "Dentist conducts the call but has no address -> thank-you to the front desk lead. The Google "
                 "Voice relay address is not a follow-up recipient.",
        "source": "synthetic"})


def c06():
    cid = "b191-06-hospital-outlook-panel-loop"
    pam = ("Pamela Oyelaran", "pamela.oyelaran@saguaroregional.example")
    nad = ("Nadia Haddad, DMD", "nadia.haddad@saguaroregional.example")
    col = ("Colin Brandt", "colin.brandt@saguaroregional.example")
    ros = ("Rosa Delgado, RDH", "rosa.delgado@saguaroregional.example")
    ter = ("Terrence Obi", "terrence.obi@saguaroregional.example")
    s1 = at(2026, 4, 9, 14, 14, PHX, "Thursday", 8)
    a1, b1 = at(2026, 4, 21, 9, 0, PHX, "Tuesday"), at(2026, 4, 21, 9, 45, PHX)
    a2, b2 = at(2026, 4, 21, 10, 0, PHX), at(2026, 4, 21, 11, 0, PHX)
    new1 = T(f"""
        Hi Leticia,

        Congratulations on moving forward for the Dental Clinic Practice Manager position (Req #26-0418) in our
        Special Care Dentistry clinic. Your in-person interview is on Tuesday, April 21, 2026 at the Saguaro
        Regional main campus, Outpatient Pavilion, Building C, 3rd floor.

        Itinerary (Arizona time):
        9:00 - 9:45 AM    Dr. Nadia Haddad, Chief of Dental Medicine, and Colin Brandt, Director of
                          Ambulatory Operations
        10:00 - 11:00 AM  Peer panel: Rosa Delgado, RDH, Lead Hygienist, and Terrence Obi, Patient Access
                          Supervisor

        You'll receive two separate calendar holds from me, one for each conversation. Please check in with
        Security in the Pavilion lobby 15 minutes early for a visitor badge; parking in Garage 2 is validated.

        Please bring a photo ID. We will start your background check and fingerprint clearance only if an offer
        is extended.

        Kind regards,
        Pamela Oyelaran
        Talent Acquisition Specialist, Ambulatory & Clinics
        Saguaro Regional Medical Center
        {pam[1]} | 602-555-0190
        """)
    m1 = outlook_mail(cid + "1", frm=pam, to=[ME],
                      subject="Interview itinerary - Dental Clinic Practice Manager (Req 26-0418)", sent=s1, new=new1)
    s2 = at(2026, 4, 9, 14, 31, PHX, "Thursday", 40)
    body2 = T("""
        Leticia - interview with Dr. Haddad (Chief of Dental Medicine) and Colin Brandt (Director of Ambulatory
        Operations). Outpatient Pavilion, Building C, 3rd floor, Conference Room 3140.
        Req 26-0418 Dental Clinic Practice Manager.
        """)
    m2 = outlook_invite(cid + "2", org=pam,
                        subject="Interview: Leticia Camarena - Dental Clinic Practice Manager (Haddad/Brandt)",
                        start=a1, end=b1, wintz="US Mountain Standard Time",
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (nad[0], nad[1], "REQ-PARTICIPANT"),
                                   (col[0], col[1], "REQ-PARTICIPANT")],
                        body=body2, sent=s2, teams=False, location="SRMC Pavilion C - Conf Rm 3140",
                        uid=f"040000008200E00074C5B7101A82E00800000000{tok(cid + 'u2', 64, HEX.upper())}")
    s3 = at(2026, 4, 9, 14, 33, PHX, "Thursday", 2)
    body3 = T("""
        Leticia - peer panel with Rosa Delgado, RDH (Lead Hygienist) and Terrence Obi (Patient Access
        Supervisor). Same room as your 9:00. Req 26-0418 Dental Clinic Practice Manager.
        """)
    m3 = outlook_invite(cid + "3", org=pam,
                        subject="Interview: Leticia Camarena - Dental Clinic Practice Manager (Peer Panel)",
                        start=a2, end=b2, wintz="US Mountain Standard Time",
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (ros[0], ros[1], "REQ-PARTICIPANT"),
                                   (ter[0], ter[1], "REQ-PARTICIPANT")],
                        body=body3, sent=s3, teams=False, location="SRMC Pavilion C - Conf Rm 3140",
                        uid=f"040000008200E00074C5B7101A82E00800000000{tok(cid + 'u3', 64, HEX.upper())}")
    ivs = [nad[1], col[1], ros[1], ter[1]]
    case(cid, [("01-interview-itinerary.eml", m1), ("02-invite-haddad-brandt.eml", m2),
               ("03-invite-peer-panel.eml", m3)], {
        "interviews": [iv("Saguaro Regional Medical Center", "Dental Clinic Practice Manager", a1, b2, "scheduled",
                          ivs, ivs, "onsite")],
        "difficulty": "hard", "category": "positive/onsite-loop-windows-tzid",
        "notes": "Hospital loop on one day sent as an itinerary plus two Exchange invites with TZID 'US Mountain "
                 "Standard Time' (Arizona, no DST) -> one onsite 09:00-11:00 MST with all four interviewers. "
                 "The TA coordinator only schedules.",
        "source": "synthetic"})


def c07():
    cid = "b191-07-dso-irvine-reschedule-across-dst"
    mar = ("Marcus Feldhaus", "mfeldhaus@pacificcrestdental.example")
    uid = f"{tok(cid, 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com"
    title = "Pacific Crest Dental Group: Regional Hygiene Lead interview (Leticia Camarena)"
    desc = ("Hi Leticia, looking forward to talking about the Regional Hygiene Lead role covering our nine "
            "Arizona offices. We'll use the Meet link below.\n\nMarcus")
    o1, e1 = at(2026, 3, 5, 14, 0, LAX, "Thursday"), at(2026, 3, 5, 14, 45, LAX)
    assert o1.astimezone(PHX).hour == 15
    s1 = at(2026, 2, 27, 14, 10, LAX, "Friday", 26)
    m1 = google_invite(cid + "1", org=mar, title=title, start=o1, end=e1, tzname="Pacific Time - Los Angeles",
                       tzabbr="PST", guests=[(mar[0], mar[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       description=desc, sent=s1, uid=uid)
    s2 = at(2026, 3, 4, 16, 31, LAX, "Wednesday", 2)
    new2 = T("""
        Hi Leticia,

        I'm so sorry to do this, but I have to be at our Fresno office tomorrow for an unannounced state board
        inspection. Could we move our conversation to next Tuesday, March 10, same time (2:00 Pacific)?

        I'll send an updated invite as soon as you confirm.

        Marcus Feldhaus
        Regional Director of Operations, Arizona & Central Valley
        Pacific Crest Dental Group | Irvine, CA
        """)
    m2 = gmail_mail(cid + "2", frm=mar, to=[ME], subject="Regional Hygiene Lead - tomorrow's interview", sent=s2,
                    new=new2)
    s3 = at(2026, 3, 4, 17, 20, LAX, "Wednesday", 44)
    q3 = T(f"""
        Hi Marcus,

        No problem at all, Tuesday works. Just to double-check, is that 3:00 my time like tomorrow would have been?

        @@SIG@@
        """)
    new3 = T("""
        Good catch - no, we spring forward on Sunday, so 2:00 Pacific on Tuesday is 2:00 your time too. Updated
        invite on its way.

        Marcus
        """)
    m3 = gmail_mail(cid + "3", frm=mar, to=[ME], subject="Re: Regional Hygiene Lead - tomorrow's interview",
                    sent=s3, new=new3, attribution=f"On Wed, Mar 4, 2026 at 5:05\u202fPM {OWNER_NAME} <{OWNER}> wrote:",
                    quoted=q3, in_reply_to=f"<{uuidish(cid + 'lr', True)}@example.com>",
                    references=f"{gmail_mid(cid + '2')} <{uuidish(cid + 'lr', True)}@example.com>")
    n1, n2 = at(2026, 3, 10, 14, 0, LAX, "Tuesday"), at(2026, 3, 10, 14, 45, LAX)
    assert n1.utcoffset() == timedelta(hours=-7) and n1.astimezone(PHX).hour == 14
    s4 = at(2026, 3, 4, 17, 25, LAX, "Wednesday", 9)
    m4 = google_invite(cid + "4", org=mar, title=title, start=n1, end=n2, tzname="Pacific Time - Los Angeles",
                       tzabbr="PDT", guests=[(mar[0], mar[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       description=desc, sent=s4, uid=uid, sequence=1, updated=True)
    case(cid, [("01-invitation.eml", m1), ("02-tomorrows-interview.eml", m2), ("03-re-tomorrows-interview.eml", m3),
               ("04-updated-invitation.eml", m4)], {
        "interviews": [iv("Pacific Crest Dental Group", "Regional Hygiene Lead", n1, n2, "scheduled",
                          [mar[1]], [mar[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/reschedule-across-dst",
        "notes": "Google invite Thu Mar 5 2pm PST (=3pm Arizona) moved by e-mail and an Updated invitation "
                 "(same UID, SEQUENCE 1) to Tue Mar 10 2pm PDT (=2pm Arizona, US DST began Mar 8). Final time only.",
        "source": "synthetic"})


def c08():
    cid = "b191-08-calendly-cancelled-by-practice"
    oli = ("Olivia Strand", "olivia@mesquitecreekdental.example")
    start = at(2026, 4, 13, 8, 0, PHX, "Monday")
    end = start + timedelta(minutes=30)
    s1 = at(2026, 4, 7, 8, 2, PHX, "Tuesday", 44)
    plain1 = T(f"""
        Hi Leticia Camarena,

        Your Hygienist Interview with Olivia Strand at 08:00am (Arizona Time) on Monday, April 13, 2026 is
        scheduled.

        Event Type:
        Hygienist Interview

        Event Date/Time:
        08:00am - 08:30am (Arizona Time) on Monday, April 13, 2026

        Location:
        Mesquite Creek Dental, 5830 W Thunderbird Rd, Suite 4, Glendale, AZ 85306

        Invitee Time Zone:
        Arizona Time

        Questions:
        Please share anything that will help prepare for our meeting.
        6 years as an RDH (general + perio), local anesthesia and laser certified. Looking for 3-4 days.

        Description:
        Quick in-person interview before patients start. Please park on the east side and knock on the back
        door, our front desk opens at 8:30.

        Cancel: https://calendly.com/cancellations/7f1b8d3c-2a5e-4c6b-9e0a-51d2c8b3a417
        Reschedule: https://calendly.com/reschedulings/7f1b8d3c-2a5e-4c6b-9e0a-51d2c8b3a417

        Powered by Calendly.com
        """)
    m1 = vendor_mail(cid + "1", frm="Calendly <notifications@calendly.com>", reply_to=addr(*oli),
                     subject="Confirmed: Hygienist Interview with Olivia Strand on Monday, April 13, 2026",
                     sent=s1.astimezone(UTC), plain=plain1, mid_domain="calendly.com")
    s2 = at(2026, 4, 10, 16, 18, PHX, "Friday", 2)
    plain2 = T(f"""
        Hi Leticia Camarena,

        Olivia Strand has canceled the following event.

        Event Type:
        Hygienist Interview

        Event Date/Time:
        08:00am - 08:30am (Arizona Time) on Monday, April 13, 2026

        Reason for canceling:
        Leticia, I'm so sorry for the short notice. A hygienist who worked for us before came back this week, so
        the position is filled. I'll keep your resume on file and reach out if we add a hygiene day. - Olivia

        Schedule another event with Olivia Strand: https://calendly.com/olivia-mesquitecreek

        Powered by Calendly.com
        """)
    m2 = vendor_mail(cid + "2", frm="Calendly <notifications@calendly.com>", reply_to=addr(*oli),
                     subject="Canceled: Hygienist Interview with Olivia Strand on Monday, April 13, 2026",
                     sent=s2.astimezone(UTC), plain=plain2, mid_domain="calendly.com")
    case(cid, [("01-calendly-confirmed.eml", m1), ("02-calendly-canceled.eml", m2)], {
        "interviews": [iv("Mesquite Creek Dental", "Hygienist", start, end, "cancelled", [oli[1]], [oli[1]],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation-scheduler",
        "notes": "Calendly booking (Arizona Time) later canceled by the host -> one interview, status cancelled, "
                 "kept at Mon Apr 13 08:00-08:30 MST. Host conducts it; reply-to is her address.",
        "source": "synthetic"})


def c09():
    cid = "b191-09-gcal-api-event-denver-hm"
    lane = ("Lane Whitaker", "lwhitaker@juniperridgedso.example")
    start = at(2026, 4, 16, 13, 30, DEN, "Thursday")
    end = start + timedelta(minutes=45)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3518842216733000\"",
        "id": tok(cid, 26, "abcdefghijklmnopqrstuv0123456789"),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(
            f"{tok(cid, 26, 'abcdefghijklmnopqrstuv0123456789')} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-04-10T16:22:41.000Z",
        "updated": "2026-04-10T16:25:08.366Z",
        "summary": "Juniper Ridge Dental Support: Area Manager interview - Leticia Camarena",
        "description": "Hiring manager interview for the Area Manager, Phoenix East Valley role with Lane Whitaker "
                       "(VP of Operations, Southwest).<br><br>Scheduled by the Juniper Ridge talent team. "
                       "Questions before the call: Kaylee Brandt, kbrandt@juniperridgedso.example",
        "creator": {"email": "kbrandt@juniperridgedso.example", "displayName": "Kaylee Brandt"},
        "organizer": {"email": "talent@juniperridgedso.example", "displayName": "Juniper Ridge Talent"},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Denver"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Denver"},
        "iCalUID": f"{tok(cid, 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "talent@juniperridgedso.example", "displayName": "Juniper Ridge Talent", "organizer": True,
             "responseStatus": "accepted"},
            {"email": lane[1], "displayName": lane[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/vtp-qhzd-kmw",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/vtp-qhzd-kmw",
                 "label": "meet.google.com/vtp-qhzd-kmw"},
                {"entryPointType": "phone", "uri": "tel:+1-720-555-0114", "label": "+1 720-555-0114",
                 "pin": "482913557", "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "vtp-qhzd-kmw",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    assert start.astimezone(PHX).strftime("%H:%M") == "12:30"
    case(cid, [("01-area-manager-interview.gcal.json", data)], {
        "interviews": [iv("Juniper Ridge Dental Support", "Area Manager, Phoenix East Valley", start, end,
                          "scheduled", [lane[1]], [lane[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/calendar-api-json",
        "notes": "Calendar API event in America/Denver (13:30 MDT = 12:30 Arizona). Organizer is a group "
                 "talent@ calendar, creator is the coordinator; the VP attending conducts the interview.",
        "source": "synthetic"})


def c10():
    cid = "b191-10-thread-propose-confirm-after-hours"
    dan = ("Danielle Fitzgerald", "danielle@agavedentalstudio.example")
    dre = ("Dr. Priscilla Ekwueme", "pekwueme@agavedentalstudio.example")
    dom = "agavedentalstudio.example"
    s1 = at(2026, 4, 16, 9, 12, PHX, "Thursday", 30)
    new1 = T("""
        Hi Leticia!

        I'm the current office manager at Agave Dental Studio (I'm relocating to Tucson in June) and I'm helping
        Dr. Ekwueme find my replacement. She loved your resume and would like to meet you in person.

        She can do Wednesday 4/22 at 5:30pm or Thursday 4/23 at 6:00pm, after our last patient. Which is better
        for you?

        Danielle Fitzgerald
        Office Manager, Agave Dental Studio
        7135 E Camelback Rd, Scottsdale
        """)
    m1 = apple_mail(cid + "1", frm=dan, to=[ME], subject="Office Manager - Agave Dental Studio", sent=s1, new=new1,
                    domain=dom)
    s2 = at(2026, 4, 16, 13, 5, PHX, "Thursday", 19)
    w1, w2 = at(2026, 4, 22, 17, 30, PHX, "Wednesday"), at(2026, 4, 23, 18, 0, PHX, "Thursday")
    q = T(f"""
        Hi Danielle,

        Thank you! Thursday at 6 would be best for me.

        @@SIG@@

        > On Apr 16, 2026, at 9:12 AM, Danielle Fitzgerald <{dan[1]}> wrote:
        >
        > She can do Wednesday 4/22 at 5:30pm or Thursday 4/23 at 6:00pm, after our last patient. Which is better
        > for you?
        """)
    new2 = T("""
        Perfect, Thursday 4/23 at 6:00pm is on Dr. E's calendar (cc'ing her here). Plan on about an hour; she
        likes to show people the ops and the new CBCT. I'll be at the front to let you in since the doors lock at
        5:30.

        Danielle
        """)
    lr = f"<{uuidish(cid + 'lr', True)}@example.com>"
    m2 = apple_mail(cid + "2", frm=dan, to=[ME], cc=[dre], subject="Re: Office Manager - Agave Dental Studio",
                    sent=s2, new=new2, attribution=f"On Apr 16, 2026, at 11:40 AM, {OWNER_NAME} <{OWNER}> wrote:",
                    quoted=q, in_reply_to=lr, references=f"<{uuidish(cid + '1', True)}@{dom}> {lr}", domain=dom)
    case(cid, [("01-office-manager-agave.eml", m1), ("02-re-office-manager-agave.eml", m2)], {
        "interviews": [iv("Agave Dental Studio", "Office Manager", w2, w2 + timedelta(hours=1), "scheduled",
                          [dre[1]], [dre[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/thread-propose-confirm",
        "notes": "Two proposed slots (Wed 4/22 17:30, Thu 4/23 18:00); the candidate picks Thursday -> Thu Apr 23 "
                 "18:00-19:00 MST with the dentist (cc'd). The outgoing office manager only coordinates.",
        "source": "synthetic"})


def c11():
    cid = "b191-11-outlook-cancel-then-rebook"
    tre = ("Trevor Lindqvist", "tlindqvist@copperlinedental.example")
    den = ("Denise Albrecht", "dalbrecht@copperlinedental.example")
    subj = "Copperline Dental Partners | Hygiene Manager Interview | Leticia Camarena"
    a1, b1 = at(2026, 4, 30, 11, 0, CHI, "Thursday"), at(2026, 4, 30, 11, 45, CHI)
    a2, b2 = at(2026, 5, 5, 15, 0, CHI, "Tuesday"), at(2026, 5, 5, 15, 45, CHI)
    assert a1.astimezone(PHX).hour == 9 and a2.astimezone(PHX).hour == 13
    uid1 = f"040000008200E00074C5B7101A82E00800000000{tok(cid + 'u1', 64, HEX.upper())}"
    uid2 = f"040000008200E00074C5B7101A82E00800000000{tok(cid + 'u2', 64, HEX.upper())}"
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (den[0], den[1], "REQ-PARTICIPANT")]
    body1 = T("""
        Hi Leticia,

        You'll meet with Denise Albrecht, Regional VP of Clinical Operations, on Teams for the Hygiene Manager
        (Phoenix West) role. Please note our calendars are on Central time: 11:00 AM CT is 9:00 AM in Arizona.

        Thanks,
        Trevor Lindqvist
        Recruiting Coordinator | Copperline Dental Partners | Dallas, TX
        """)
    m1 = outlook_invite(cid + "1", org=tre, subject=subj, start=a1, end=b1, wintz="Central Standard Time",
                        attendees=att, body=body1, sent=at(2026, 4, 24, 11, 40, CHI, "Friday", 12), uid=uid1)
    body2 = T("""
        Hi Leticia - Denise is out unexpectedly this week, so I'm cancelling Thursday's interview for now. I'll
        send a new time as soon as I have her calendar. So sorry for the shuffle!

        Trevor
        """)
    m2 = outlook_invite(cid + "2", org=tre, subject="Canceled: " + subj, start=a1, end=b1,
                        wintz="Central Standard Time", attendees=att, body=body2,
                        sent=at(2026, 4, 29, 14, 2, CHI, "Wednesday", 55), uid=uid1, sequence=1, method="CANCEL",
                        extra_headers=[("Importance", "high"), ("X-Priority", "1")])
    body3 = T("""
        Hi Leticia,

        Here is the new time with Denise Albrecht: Tuesday, May 5, 3:00-3:45 PM Central (1:00-1:45 PM Arizona),
        same Teams format. Thank you for your flexibility!

        Trevor Lindqvist
        Recruiting Coordinator | Copperline Dental Partners
        """)
    m3 = outlook_invite(cid + "3", org=tre, subject=subj + " (new time)", start=a2, end=b2,
                        wintz="Central Standard Time", attendees=att, body=body3,
                        sent=at(2026, 4, 30, 12, 15, CHI, "Thursday", 31), uid=uid2)
    case(cid, [("01-invite-hygiene-manager.eml", m1), ("02-canceled-hygiene-manager.eml", m2),
               ("03-invite-hygiene-manager-new-time.eml", m3)], {
        "interviews": [
            iv("Copperline Dental Partners", "Hygiene Manager (Phoenix West)", a1, b1, "cancelled", [den[1]],
               [den[1]], "hiring_manager"),
            iv("Copperline Dental Partners", "Hygiene Manager (Phoenix West)", a2, b2, "scheduled", [den[1]],
               [den[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/cancel-then-rebook-new-event",
        "notes": "Exchange invite (Windows TZID Central Standard Time, CDT -05:00) cancelled via METHOD:CANCEL, "
                 "then re-booked as a NEW meeting (different UID) -> two entries: Apr 30 11:00 CT cancelled and "
                 "May 5 15:00 CT scheduled. Coordinator is the organizer; the VP is the interviewer.",
        "source": "synthetic"})


def c12():
    cid = "b191-12-lever-screen-then-in-person"
    jor = ("Jordan Ashby", "jordan.ashby@brightmesadental.example")
    fat = ("Fatima Saeed", "fatima.saeed@brightmesadental.example")
    gil = ("Dr. Gil Navarro", "gnavarro@brightmesadental.example")
    p1, p2 = at(2026, 5, 4, 9, 30, PHX, "Monday"), at(2026, 5, 4, 10, 0, PHX)
    o1, o2 = at(2026, 5, 8, 10, 0, PHX, "Friday"), at(2026, 5, 8, 11, 30, PHX)
    s1 = at(2026, 4, 29, 10, 30, PHX, "Wednesday", 14)
    plain1 = T("""
        Hi Leticia,

        Your interview with Bright Mesa Dental Group has been scheduled.

        Office Manager - Ahwatukee
        Phone interview with Jordan Ashby
        Monday, May 4, 2026
        9:30 AM - 10:00 AM MST (America/Phoenix)

        Jordan will call you at the phone number on your application. A calendar invite is attached.

        If you need to make a change, reply to this email.

        Bright Mesa Dental Group
        Sent via Lever
        """)
    cal1 = ats_ics(prodid="-//Lever//Lever Interview Scheduling//EN", uid=f"{uuidish(cid + 'c1')}@hire.lever.co",
                   start=p1, end=p2, tzid="America/Phoenix", organizer=jor,
                   attendees=[(jor[0], jor[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
                   summary="Phone interview: Leticia Camarena <> Bright Mesa Dental Group",
                   description="Jordan Ashby will call Leticia.", location="Phone", stamp=s1)
    m1 = vendor_mail(cid + "1", frm="Bright Mesa Dental Group <no-reply@hire.lever.co>", reply_to=addr(*jor),
                     subject="Interview confirmed: Office Manager - Ahwatukee at Bright Mesa Dental Group",
                     sent=s1.astimezone(UTC), plain=plain1, mid_domain="hire.lever.co",
                     attachments=[ics_attachment(cal1)])
    s2 = at(2026, 5, 4, 11, 2, PHX, "Monday", 40)
    new2 = T(f"""
        Hi Leticia,

        Thanks for the great conversation this morning! Next step is an in-person interview at our Ahwatukee
        office (4747 E Elliot Rd, Suite 12) with Fatima Saeed, our Regional Manager, and Dr. Gil Navarro, the lead
        dentist there. Both are copied here.

        We have you for Friday, May 8 from 10:00 to 11:30 AM. You'll get a calendar confirmation from Lever
        shortly. (If things go well, the working interview would be a separate day, we'll talk about that later.)

        Jordan Ashby
        Talent Acquisition | Bright Mesa Dental Group
        {jor[1]}
        """)
    m2 = gmail_mail(cid + "2", frm=jor, to=[ME], cc=[fat, gil], subject="Next step - in-person interview Friday",
                    sent=s2, new=new2)
    s3 = at(2026, 5, 4, 11, 20, PHX, "Monday", 3)
    plain3 = T("""
        Hi Leticia,

        Your interview with Bright Mesa Dental Group has been scheduled.

        Office Manager - Ahwatukee
        In-person interview with Fatima Saeed and Gil Navarro
        Friday, May 8, 2026
        10:00 AM - 11:30 AM MST (America/Phoenix)
        Location: Bright Mesa Dental - Ahwatukee, 4747 E Elliot Rd, Suite 12, Phoenix, AZ 85044

        A calendar invite is attached. If you need to make a change, reply to this email.

        Bright Mesa Dental Group
        Sent via Lever
        """)
    cal3 = ats_ics(prodid="-//Lever//Lever Interview Scheduling//EN", uid=f"{uuidish(cid + 'c3')}@hire.lever.co",
                   start=o1, end=o2, tzid="America/Phoenix", organizer=jor,
                   attendees=[(fat[0], fat[1], "ACCEPTED"), (gil[0], gil[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
                   summary="In-person interview: Leticia Camarena <> Bright Mesa Dental Group",
                   description="Fatima Saeed (Regional Manager) and Dr. Gil Navarro.",
                   location="4747 E Elliot Rd, Suite 12, Phoenix, AZ 85044", stamp=s3)
    m3 = vendor_mail(cid + "3", frm="Bright Mesa Dental Group <no-reply@hire.lever.co>", reply_to=addr(*jor),
                     subject="Interview confirmed: Office Manager - Ahwatukee at Bright Mesa Dental Group",
                     sent=s3.astimezone(UTC), plain=plain3, mid_domain="hire.lever.co",
                     attachments=[ics_attachment(cal3)])
    role = "Office Manager - Ahwatukee"
    case(cid, [("01-lever-phone-interview.eml", m1), ("02-next-step-in-person.eml", m2),
               ("03-lever-in-person-interview.eml", m3)], {
        "interviews": [
            iv("Bright Mesa Dental Group", role, p1, p2, "scheduled", [jor[1]], [jor[1]], "phone_screen"),
            iv("Bright Mesa Dental Group", role, o1, o2, "scheduled", [fat[1], gil[1]], [fat[1], gil[1]], "onsite")],
        "difficulty": "medium", "category": "positive/two-interviews-same-company",
        "notes": "Lever phone screen Mon May 4 09:30 (recruiter conducts) and a separate in-person panel Fri May 8 "
                 "10:00-11:30 with regional manager + dentist (announced by e-mail and Lever, one interview). "
                 "Mentioned future working interview has no date and is not an interview.",
        "source": "synthetic"})


def c13():
    cid = "b191-13-zoom-pacific-software-company"
    wren = ("Wren Okonkwo-Hale", "wren@chairsidecloud.example")
    isa = ("Isaac Thornquist", "isaac.thornquist@chairsidecloud.example")
    start = at(2026, 2, 24, 10, 30, LAX, "Tuesday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(PHX).strftime("%H:%M") == "11:30"
    s1 = at(2026, 2, 19, 14, 48, LAX, "Thursday", 9)
    mtg = "845 1209 3376"
    new1 = T(f"""
        Hi Leticia,

        Thanks for your patience! Isaac Thornquist, our Director of Customer Success (cc'd), would like to meet
        with you over Zoom on Tuesday, February 24 from 10:30 to 11:15 AM Pacific (11:30 AM - 12:15 PM for you in
        Phoenix). He'll mostly want to hear how you've rolled out new software to front-office teams, since this
        Customer Success Manager role supports dental practices through onboarding.

        Zoom details are below and the invite is attached.

        Wren Okonkwo-Hale is inviting you to a scheduled Zoom meeting.

        Topic: ChairSide Cloud Interview - Leticia Camarena / Isaac Thornquist
        Time: Feb 24, 2026 10:30 AM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://us06web.zoom.us/j/84512093376?pwd=Qk1xY2hhaXJzaWRlY2xvdWQ.1

        Meeting ID: {mtg}
        Passcode: 518204

        ---

        One tap mobile
        +16694449171,,84512093376#,,,,*518204# US

        Best,
        Wren Okonkwo-Hale
        Recruiting, ChairSide Cloud | Portland, OR
        """)
    cal = ats_ics(prodid="-//zoom.us//iCalendar Event//EN", uid=f"ZOOM84512093376@zoom.us", start=start, end=end,
                  tzid="America/Los_Angeles", organizer=wren,
                  attendees=[(isa[0], isa[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
                  summary="ChairSide Cloud Interview - Leticia Camarena / Isaac Thornquist",
                  description="Join Zoom Meeting\nhttps://us06web.zoom.us/j/84512093376?pwd=Qk1xY2hhaXJzaWRlY2xvdWQ.1\n\n"
                              f"Meeting ID: {mtg}\nPasscode: 518204",
                  location="https://us06web.zoom.us/j/84512093376?pwd=Qk1xY2hhaXJzaWRlY2xvdWQ.1", stamp=s1)
    m1 = gmail_mail(cid + "1", frm=wren, to=[ME], cc=[isa],
                    subject="Interview: Customer Success Manager (Dental) - Tue 2/24", sent=s1, new=new1,
                    attachments=[part('text/calendar; charset="US-ASCII"; name="zoom_meeting.ics"', cal, "base64",
                                      ['Content-Disposition: attachment; filename="zoom_meeting.ics"'])])
    case(cid, [("01-customer-success-interview.eml", m1)], {
        "interviews": [iv("ChairSide Cloud", "Customer Success Manager (Dental)", start, end, "scheduled",
                          [isa[1]], [isa[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/zoom-pacific-vs-arizona",
        "notes": "Portland software company, before US DST: 10:30 PST (-08:00) = 11:30 Arizona; Zoom .ics with "
                 "TZID America/Los_Angeles. Recruiter schedules, the director interviews.",
        "source": "synthetic"})


# =============================================================================== NEGATIVE CASES


def c14():
    cid = "b191-14-working-interview-only"
    ray = ("Ray Montoya", "raymontoya.dds@gmail.example")
    s1 = at(2026, 3, 2, 20, 11, PHX, "Monday", 36)
    ws, we = at(2026, 3, 7, 7, 0, PHX, "Saturday"), at(2026, 3, 7, 13, 0, PHX)
    new1 = T("""
        Hi Leticia,

        Thanks for sending your resume and for the quick texts today. Since you've been in hygiene for 6 years
        I'd rather skip the formal interview and just have you work a day with us. Let's do a working interview
        this Saturday, March 7, 7:00 to 1:00. You'd have a full hygiene column (6 patients, 2 quads of SRP).

        We pay $50/hr for working interviews, by check at the end of the day. Bring your loupes; we have
        Cavitrons and Dexis sensors. I'll send a calendar invite so it's on your phone.

        Ray

        Ray Montoya, DMD
        Cholla Creek Dental | Peoria, AZ
        """)
    m1 = gmail_mail(cid + "1", frm=ray, to=[ME], subject="Working interview Saturday?", sent=s1, new=new1)
    s2 = at(2026, 3, 2, 20, 19, PHX, "Monday", 4)
    m2 = google_invite(cid + "2", org=ray, title="Working Interview - Leticia C (RDH) - paid",
                       start=ws, end=we, tzname="Mountain Time - Arizona", tzabbr="MST",
                       guests=[(ray[0], ray[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       description="Hygiene column, op 2. $50/hr paid by check end of day. Bring loupes + "
                                   "license + CPR card.", sent=s2,
                       uid=f"{tok(cid, 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com",
                       location="Cholla Creek Dental, 8350 W Cholla St, Peoria, AZ 85345", meet=False)
    case(cid, [("01-working-interview-saturday.eml", m1), ("02-invitation-working-interview.eml", m2)], {
        "interviews": [], "difficulty": "hard", "category": "negative/working-interview",
        "notes": "Paid working interview (a hygiene shift, Sat Mar 7 7:00-13:00) with a Google Calendar invite; "
                 "the owner explicitly skips the formal interview. A paid work sample, not a live interview.",
        "source": "synthetic"})


def c15():
    cid = "b191-15-own-dental-cleaning-reminder"
    start = at(2026, 3, 17, 7, 40, PHX, "Tuesday")
    end = start + timedelta(minutes=60)
    s1 = at(2026, 3, 13, 8, 0, PHX, "Friday", 3)
    plain = T("""
        Hi Leticia,

        This is a friendly reminder of your upcoming appointment at Tatum Ridge Family Dental:

        Tuesday, March 17, 2026 at 7:40 AM
        With: Jessa Kim, RDH and Dr. Alan Lin
        Visit: Periodic exam, cleaning, 4 bitewing x-rays

        Please reply C to confirm or call (602) 555-0112 to reschedule. We require 24 hours notice for changes.

        Before your visit, please update your health history online so Dr. Lin can review it with you:
        https://forms.tatumridgedental.example/hh/8841237

        We look forward to seeing your smile!
        Tatum Ridge Family Dental
        4340 E Tatum Blvd, Suite 2, Phoenix, AZ 85050
        """)
    cal = ats_ics(prodid="-//Tatum Ridge Family Dental//Patient Reminders//EN",
                  uid=f"appt-8841237-{tok(cid, 8, HEX)}@tatumridgedental.example", start=start, end=end,
                  tzid="America/Phoenix", organizer=("Tatum Ridge Family Dental", "appointments@tatumridgedental.example"),
                  attendees=[(OWNER_NAME, OWNER)], summary="Dental appointment - Tatum Ridge Family Dental",
                  description="Periodic exam, cleaning, x-rays with Jessa Kim, RDH.",
                  location="4340 E Tatum Blvd, Suite 2, Phoenix, AZ 85050", stamp=s1)
    m1 = vendor_mail(cid, frm="Tatum Ridge Family Dental <appointments@tatumridgedental.example>",
                     reply_to="Tatum Ridge Family Dental <frontdesk@tatumridgedental.example>",
                     subject="Appointment Reminder: Tuesday, March 17 at 7:40 AM", sent=s1, plain=plain,
                     mid_domain="tatumridgedental.example", attachments=[ics_attachment(cal, "appointment.ics")])
    case(cid, [("01-appointment-reminder.eml", m1)], {
        "interviews": [], "difficulty": "medium", "category": "negative/own-dental-appointment",
        "notes": "Her own cleaning appointment at a dental practice (same kind of sender as her employers), with "
                 ".ics and health-history review. Not a hiring process.",
        "source": "synthetic"})


def c16():
    cid = "b191-16-ce-course-behavioral-interviewing"
    start = at(2026, 3, 28, 8, 0, PHX, "Saturday")
    end = at(2026, 3, 28, 11, 30, PHX)
    s1 = at(2026, 3, 9, 19, 14, PHX, "Monday", 50)
    plain = T("""
        You're going to Behavioral Interviewing & Hiring for the Dental Team (3 CE)!

        Order #11748203391 - March 9, 2026
        1 x General Admission (RDH / Office Manager) - $89.00

        Saturday, March 28, 2026 from 8:00 AM to 11:30 AM (MST)
        Arcadia Conference Center, 4520 E Indian School Rd, Phoenix, AZ 85018

        Presented by Monique Tran-Alvarez, MBA, former DSO talent director.
        Learn how to structure an office manager interview, run a fair working interview, and which questions
        you legally cannot ask a candidate. Includes a mock interview role-play. 3 CE hours (AGD PACE approved).
        Continental breakfast included.

        Organizer: Valley Dental Leadership Institute
        Contact the organizer: ce@valleydentalleadership.example

        View your tickets: https://www.eventbrite.com/mytickets/11748203391
        Add to calendar (attached)

        Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103
        """)
    cal = ats_ics(prodid="-//Eventbrite//Eventbrite Event//EN", uid=f"{tok(cid, 12, '0123456789')}@eventbrite.com",
                  start=start, end=end, tzid="America/Phoenix",
                  organizer=("Valley Dental Leadership Institute", "ce@valleydentalleadership.example"),
                  attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
                  summary="Behavioral Interviewing & Hiring for the Dental Team (3 CE)",
                  description="https://www.eventbrite.com/e/behavioral-interviewing-hiring-for-the-dental-team-3-ce-tickets",
                  location="Arcadia Conference Center, 4520 E Indian School Rd, Phoenix, AZ 85018", stamp=s1)
    m1 = vendor_mail(cid, frm="Eventbrite <noreply@order.eventbrite.com>",
                     reply_to="Valley Dental Leadership Institute <ce@valleydentalleadership.example>",
                     subject="Your tickets for Behavioral Interviewing & Hiring for the Dental Team (3 CE)",
                     sent=s1.astimezone(UTC), plain=plain, mid_domain="order.eventbrite.com",
                     attachments=[ics_attachment(cal, "event.ics")])
    case(cid, [("01-your-tickets-ce-course.eml", m1)], {
        "interviews": [], "difficulty": "hard", "category": "negative/ce-course",
        "notes": "Continuing-education course about interviewing and hiring (with a mock interview role-play) "
                 "with a calendar attachment; she is an attendee, not a candidate.",
        "source": "synthetic"})


def c17():
    cid = "b191-17-patient-appointment-she-schedules"
    start = at(2026, 4, 9, 14, 0, PHX, "Thursday")
    end = start + timedelta(minutes=90)
    eid = tok(cid, 26, "abcdefghijklmnopqrstuv0123456789")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3517990433172000\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(
            f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-04-02T23:16:51.000Z",
        "updated": "2026-04-02T23:16:56.586Z",
        "summary": "NP consult - Ramon Castellanos (med hx interview + FMX)",
        "description": "Booked by Leticia for Dr. Amari. Pt prefers Spanish - Leticia to do the health history "
                       "interview and translate. Premed needed (hip replacement 2024). Bring insurance card + "
                       "ID. Pt wants to talk about implant financing.",
        "location": "Camelback Family Dental, 3121 E Camelback Rd, Phoenix, AZ 85016 - Op 3",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Phoenix"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Phoenix"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": OWNER, "organizer": True, "self": True, "responseStatus": "accepted"},
            {"email": "ramon.castellanos@castellanos-family.example", "displayName": "Ramon Castellanos",
             "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 1440}]},
        "eventType": "default",
    }
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case(cid, [("01-np-consult-castellanos.gcal.json", data)], {
        "interviews": [], "difficulty": "hard", "category": "negative/patient-appointment",
        "notes": "Calendar event she created for a new patient she scheduled at her current practice; the "
                 "'health history interview' is clinical and she conducts it. Not a job interview.",
        "source": "synthetic"})


def c18():
    cid = "b191-18-vendor-lunch-and-learn"
    rep = ("Bryce Hollenbeck", "bhollenbeck@lumidentimaging.example")
    start = at(2026, 4, 15, 12, 0, PHX, "Wednesday")
    end = at(2026, 4, 15, 13, 0, PHX)
    body = T("""
        Hi Leticia,

        Thanks for setting this up for the team! I'll bring lunch from Barro's for 12 people (let me know about
        any dietary needs by Monday). Plan on a 40-minute demo of the Lumident Aura intraoral scanner and the new
        perio charting voice assistant, then Q&A. Hygienists get 1 CE hour.

        P.S. You mentioned you're exploring what's next - we're hiring a Clinical Education Specialist for the
        Southwest territory. Happy to send you the posting after lunch if you're interested.

        Bryce Hollenbeck
        Territory Manager, Arizona/New Mexico | Lumident Imaging
        (480) 555-0187
        """)
    m1 = outlook_invite(cid, org=rep, subject="Lunch & Learn: Lumident Aura scanner - Camelback Family Dental",
                        start=start, end=end, wintz="US Mountain Standard Time",
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"),
                                   ("Camelback Front Desk", "frontdesk@camelbackfamilydental.example",
                                    "OPT-PARTICIPANT")],
                        body=body, sent=at(2026, 4, 6, 15, 48, PHX, "Monday", 27), teams=False,
                        location="Camelback Family Dental - break room",
                        uid=f"040000008200E00074C5B7101A82E00800000000{tok(cid, 64, HEX.upper())}")
    case(cid, [("01-lunch-and-learn-invite.eml", m1)], {
        "interviews": [], "difficulty": "hard", "category": "negative/vendor-lunch-and-learn",
        "notes": "Vendor rep's lunch-and-learn meeting request at her current practice; mentions the vendor is "
                 "hiring and offers to send a posting, but nothing is scheduled as an interview.",
        "source": "synthetic"})


def c19():
    cid = "b191-19-license-renewal-and-fingerprinting"
    s1 = at(2026, 3, 30, 6, 0, PHX, "Monday", 1)
    plain1 = T("""
        Arizona State Board of Dental Examiners - Online Licensing

        Dear Leticia Camarena, RDH,

        Our records show that your Dental Hygienist license (RDH-48213) expires on June 30, 2026.

        To renew online you will need:
        - 72 hours of continuing education completed during the renewal period (including infection control
          and CPR)
        - A valid Arizona DPS IVP fingerprint clearance card (if yours expires before June 30, schedule your
          fingerprinting appointment now, processing takes up to 6 weeks)
        - Payment of the renewal fee

        Renew now: https://licensing.azdentalboard.example/renew

        The Board may select your renewal for a CE audit. Do not reply to this email.
        """)
    m1 = vendor_mail(cid + "1", frm="AZ Dental Board Licensing <no-reply@azdentalboard.example>",
                     subject="Action required: RDH license renewal due June 30, 2026", sent=s1.astimezone(UTC),
                     plain=plain1, mid_domain="azdentalboard.example")
    s2 = at(2026, 3, 30, 12, 37, PHX, "Monday", 44)
    plain2 = T("""
        Appointment Confirmation

        Hello LETICIA CAMARENA,

        Your fingerprinting appointment has been scheduled.

        Service: Arizona DPS Fingerprint Clearance Card (IVP) - Applicant Livescan
        Date: Thursday, April 2, 2026
        Time: 9:15 AM (Arizona Time)
        Location: Central Phoenix Enrollment Center, 2600 N Central Ave, Suite 180, Phoenix, AZ 85004

        Please bring an unexpired government-issued photo ID and your completed applicant form. A technician will
        verify your identity before capturing your prints. Arrive 10 minutes early.

        Confirmation number: AZ9-71K4-2235
        To reschedule or cancel, visit https://schedule.azprints.example/appointments
        """)
    m2 = vendor_mail(cid + "2", frm="AZ Fingerprint Scheduling <appointments@azprints.example>",
                     subject="Appointment Confirmation - Fingerprinting on April 2, 2026", sent=s2.astimezone(UTC),
                     plain=plain2, mid_domain="azprints.example")
    case(cid, [("01-license-renewal-due.eml", m1), ("02-fingerprinting-appointment.eml", m2)], {
        "interviews": [], "difficulty": "medium", "category": "negative/license-renewal",
        "notes": "State board RDH renewal reminder and a fingerprint clearance appointment (Thu Apr 2 09:15). "
                 "Licensing admin with a scheduled appointment, not a job interview.",
        "source": "synthetic"})


def c20():
    cid = "b191-20-user-interviews-assistant-candidate"
    amari = ("Samir Amari, DDS", "samari@camelbackfamilydental.example")
    start = at(2026, 4, 1, 15, 0, PHX, "Wednesday")
    s1 = at(2026, 3, 30, 9, 44, PHX, "Monday", 18)
    plain1 = T("""
        Kaitlyn Pike accepted your interview invitation

        Dental Assistant - Phoenix, AZ 85016
        Camelback Family Dental

        Wednesday, April 1, 2026
        3:00 PM - 3:30 PM (GMT-07:00) Arizona
        In person: 3121 E Camelback Rd, Phoenix, AZ 85016

        Interviewer: Leticia Camarena (you)

        View candidate: https://employers.indeed.com/candidates/view?id=4c0d7a91e2b3
        Message candidate | Reschedule | Cancel interview

        Tips for employers: prepare structured questions and score each candidate the same way.

        ---
        You received this email because you manage jobs for Camelback Family Dental on Indeed.
        Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
        """)
    m1 = vendor_mail(cid + "1", frm="Indeed for Employers <no-reply@indeed.com>",
                     subject="Interview scheduled: Kaitlyn Pike - Dental Assistant", sent=s1.astimezone(UTC),
                     plain=plain1, mid_domain="indeed.com")
    s2 = at(2026, 3, 30, 12, 3, PHX, "Monday", 51)
    new2 = T("""
        Leticia,

        Saw the Indeed notice for the DA candidate Wednesday at 3. Can you ask her about Saturday availability and
        whether she has her radiography certificate yet? If she seems good, let's do a working interview Friday.

        Thanks,
        Dr. Amari
        """)
    m2 = outlook_mail(cid + "2", frm=amari, to=[ME], subject="DA candidate Wednesday", sent=s2, new=new2)
    case(cid, [("01-indeed-interview-scheduled.eml", m1), ("02-da-candidate-wednesday.eml", m2)], {
        "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
        "notes": "Indeed employer-side notice: a dental assistant candidate accepted HER interview invitation "
                 "(Wed Apr 1 15:00), plus her current boss's note. She conducts it; not her job interview.",
        "source": "synthetic"})


def c21():
    cid = "b191-21-ziprecruiter-interviewing-now-alert"
    s1 = at(2026, 4, 12, 6, 2, PHX, "Sunday", 19)
    plain = T("""
        New jobs for "Dental Office Manager" near Phoenix, AZ

        Practice Administrator - Desert Bloom Orthodontics - Scottsdale, AZ
        $30 - $36 an hour - Interviewing now - 1-Click Apply
        https://www.ziprecruiter.com/k/l/AAIx1

        Dental Office Manager - Saguaro Smiles - Phoenix, AZ
        $28 - $34 an hour - Great Match - Working interview offered
        https://www.ziprecruiter.com/k/l/AAIx2

        Registered Dental Hygienist - Canyon Edge Dental - Tempe, AZ
        $48 - $55 an hour - Urgently hiring - Interviews this week
        https://www.ziprecruiter.com/k/l/AAIx3

        Front Office Lead - Goodyear Family Dentistry - Goodyear, AZ
        $22 - $26 an hour - 1-Click Apply
        https://www.ziprecruiter.com/k/l/AAIx4

        Employers are actively interviewing candidates like you. Apply today to get noticed sooner.

        Manage alerts: https://www.ziprecruiter.com/alerts
        ZipRecruiter, Inc. 604 Arizona Avenue, Santa Monica, CA 90401
        """)
    m1 = vendor_mail(cid, frm="ZipRecruiter <alerts@ziprecruiter.com>",
                     subject="Interviewing now: Dental Office Manager jobs near Phoenix, AZ", sent=s1.astimezone(UTC),
                     plain=plain, mid_domain="ziprecruiter.com",
                     extra=[("List-Unsubscribe", "<https://www.ziprecruiter.com/unsubscribe>")])
    case(cid, [("01-ziprecruiter-job-alert.eml", m1)], {
        "interviews": [], "difficulty": "easy", "category": "negative/job-alert",
        "notes": "Job-board alert full of 'Interviewing now', 'Interviews this week' and 'Working interview "
                 "offered' badges. No interview.",
        "source": "synthetic"})


def c22():
    cid = "b191-22-dso-availability-request-unbooked"
    ash = ("Ashlyn Medeiros", "ashlyn.medeiros@sagebrushdental.example")
    s1 = at(2026, 4, 9, 10, 5, BOI, "Thursday", 2)
    new1 = T(f"""
        Hi Leticia,

        Thank you for your interest in the Practice Administrator role at our Surprise, AZ office! Our Regional
        Director, Cole Jankowski, would like to schedule a 30-minute video interview with you.

        Please pick a time that works for you here:
        https://app.goodtime.io/candidate/schedule/sagebrush-dental/8f3e1b77

        Cole has openings Tuesday 4/14 through Thursday 4/16, 9:00 AM - 3:00 PM Mountain Time. Note that our support
        center is in Boise, so from March to November Arizona is one hour behind us (9:00 MT = 8:00 AZ).

        Best,
        Ashlyn Medeiros
        Recruiter | Sagebrush Dental Alliance
        {ash[1]}
        """)
    m1 = outlook_mail(cid + "1", frm=ash, to=[ME], subject="Schedule your interview - Practice Administrator (Surprise, AZ)",
                      sent=s1, new=new1)
    s2 = at(2026, 4, 13, 8, 30, BOI, "Monday", 40)
    hb = T(f"""
        From: {ash[0]} <{ash[1]}>
        Sent: Thursday, April 9, 2026 10:05 AM
        To: {OWNER_NAME} <{OWNER}>
        Subject: Schedule your interview - Practice Administrator (Surprise, AZ)
        """)
    new2 = T("""
        Hi Leticia, just bumping this up - I haven't seen a time come through yet and Cole's openings this week are
        filling up. The scheduling link expires Wednesday. Let me know if none of those times work and I'll ask
        for more options.

        Ashlyn
        """)
    m2 = outlook_mail(cid + "2", frm=ash, to=[ME],
                      subject="RE: Schedule your interview - Practice Administrator (Surprise, AZ)", sent=s2, new=new2,
                      header_block=hb, quoted=new1, in_reply_to=outlook_mid(cid + "1"),
                      references=outlook_mid(cid + "1"))
    case(cid, [("01-schedule-your-interview.eml", m1), ("02-re-schedule-your-interview.eml", m2)], {
        "interviews": [], "difficulty": "medium", "category": "negative/availability-request",
        "notes": "Recruiter sends a self-scheduling link with an availability window and a follow-up nudge; no "
                 "slot is ever booked, so there is no interview.",
        "source": "synthetic"})


# =============================================================================== main
ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
       c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    for fn in ALL:
        fn()
    ids = list(CASES)
    assert ids == sorted(ids) and len(ids) == len(ALL)
    for i, cid in enumerate(ids, 1):
        assert cid.startswith(f"{PREFIX}{i:02d}-"), cid
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for name, data in items:
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
    head = ("# Labels for blind191 (written blind, synthetic). Schema: /work/shared/eval/README.md.\n"
            "# Generated by make_cases.py - edit the generator, not this file.\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(head + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110,
                                      default_flow_style=False))
    n_pos = sum(1 for l in LABELS.values() if l["interview"])
    ivs = [i for l in LABELS.values() for i in l["interviews"]]
    print(f"{len(ids)} cases: {n_pos} positive, {len(ids) - n_pos} negative; {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
