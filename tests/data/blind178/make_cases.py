#!/usr/bin/env python3
"""Regenerate the blind178 evaluation set (APAC solutions engineer in Singapore).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived
from a hash of constant strings, so running this twice yields identical bytes.
Only the standard library, PyYAML and zoneinfo are used.

    python make_cases.py          # rewrites b178-* folders and labels.yaml here
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
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "darius.lim@example.com"
OWNER_NAME = "Darius Lim"
WORK = "darius.lim@cobaltline.example"   # owner's current employer address

UTC = timezone.utc
SGT = ZoneInfo("Asia/Singapore")
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
MT = ZoneInfo("America/Denver")
SYD = ZoneInfo("Australia/Sydney")
MEL = ZoneInfo("Australia/Melbourne")
BNE = ZoneInfo("Australia/Brisbane")
TYO = ZoneInfo("Asia/Tokyo")
LON = ZoneInfo("Europe/London")
IST = ZoneInfo("Asia/Kolkata")


# ----------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on weekday `name` (full English name); return name."""
    assert dt.strftime("%A") == name, (dt.isoformat(), name)
    return name


def offset_is(dt, hours):
    assert dt.utcoffset() == timedelta(hours=hours), (dt.isoformat(), hours)


def rfc(dt):
    return format_datetime(dt)


def h12(dt, space=True, lower=False, zero=True):
    ap = "AM" if dt.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    mins = f":{dt.minute:02d}" if (zero or dt.minute) else ""
    return f"{dt.hour % 12 or 12}{mins}{' ' if space else ''}{ap}"


def h24(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def us_date(dt):            # Wednesday, March 18, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def uk_date(dt):            # Wednesday 18 March 2026
    return f"{dt:%A} {dt.day} {dt:%B} {dt.year}"


def sg(dt):
    return dt.astimezone(SGT)


def hid(*parts, n=16):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uuidish(*parts):
    h = hid(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ----------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii") + ("" if text.endswith("\n") else "\n")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def ew(s):
    """RFC 2047 encoded word when needed."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    if any(ord(c) >= 128 for c in name):
        return f"{ew(name)} <{email}>"
    if any(c in name for c in ',.;:()@"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def part(ctype, body, cte=None, extra=()):
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h.extend(extra)
    return {"h": h, "b": body}


def text(s, subtype="plain", cte="quoted-printable", charset="UTF-8", params=""):
    enc = {"quoted-printable": qp, "base64": b64,
           "7bit": lambda x: x if x.endswith("\n") else x + "\n",
           "8bit": lambda x: x if x.endswith("\n") else x + "\n"}[cte](s)
    return part(f'text/{subtype}; charset="{charset}"{params}', enc, cte)


def multi(subtype, boundary, parts, preamble=""):
    body = preamble
    for p in parts:
        body += f"--{boundary}\n" + render(p) + "\n"
    body += f"--{boundary}--\n"
    return {"h": [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], "b": body}


def render(p):
    return "".join(f"{k}: {v}\n" for k, v in p["h"]) + "\n" + p["b"]


def ics_attachment(ics_text, filename="invite.ics", method="REQUEST", ctype="application/ics"):
    if ctype == "application/ics":
        ct = f'application/ics; name="{filename}"'
    else:
        ct = f'text/calendar; charset="UTF-8"; method={method}; name="{filename}"'
    return part(ct, b64(ics_text), "base64",
                [("Content-Disposition", f'attachment; filename="{filename}"')])


def to_html(plain, font="Arial,Helvetica,sans-serif"):
    paras = plain.strip("\n").split("\n\n")
    out = []
    for p in paras:
        esc = html.escape(p).replace("\n", "<br>\n")
        out.append(f"<p>{esc}</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(out) + "\n</div></body></html>\n")


def message(headers, root):
    """headers: list of (name, value) in order; root: part dict."""
    out = "".join(f"{k}: {v}\n" for k, v in headers if v is not None)
    out += "MIME-Version: 1.0\n"
    out += render(root)
    return out.encode("utf-8")


def received(host, ip, date, rcpt=OWNER):
    return (f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {hid(host, date, n=12)}\n"
            f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc(date + timedelta(seconds=2))}")


def std_headers(*, frm, to, subject, date, msgid, host, ip, cc=None, reply_to=None, sender=None,
                in_reply_to=None, references=None, delivered=OWNER, return_path=None, extra=()):
    h = [("Delivered-To", delivered),
         ("Received", received(host, ip, date, delivered)),
         ("Return-Path", f"<{return_path or frm.split('<')[-1].rstrip('>')}>")]
    h += list(extra)
    h += [("From", frm), ("Sender", sender), ("Reply-To", reply_to), ("To", to), ("Cc", cc),
          ("Subject", ew(subject)), ("Date", rfc(date)), ("Message-ID", msgid),
          ("In-Reply-To", in_reply_to), ("References", references)]
    return h


# ----------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    segs, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        segs.append(b[:cut])
        b = b[cut:]
        first = False
    segs.append(b)
    return [s.decode("utf-8") for s in segs]


def ical(lines, nl="\r\n"):
    out = []
    for ln in lines:
        segs = fold(ln)
        out.append(segs[0])
        out.extend(" " + s for s in segs[1:])
    return nl.join(out) + nl


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zt(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lt(dt, zone):
    return dt.astimezone(zone).strftime("%Y%m%dT%H%M%S")


VTZ = {
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Australia/Sydney": [
        "BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
        "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
        "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Asia/Singapore": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    # Exchange-style Windows zones
    "India Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:India Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Singapore Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    cn = f'"{name}"' if any(c in name for c in ',;:') else name
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn}:mailto:{email}"


def organizer(name, email):
    cn = f'"{name}"' if any(c in name for c in ',;:') else name
    return f"ORGANIZER;CN={cn}:mailto:{email}"


# ----------------------------------------------------------------- Google Calendar invitation
GOOGLE_FOOTER = (
    "\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organiser, "
    "be added to the guest list, invite others regardless of their own invitation status, or modify "
    "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")


def google_invite(*, cid, org, title, start, end, disp_tz, tzlabel, tzabbr, guests, desc, sent, uid,
                  meet, kind="REQUEST", seq=0, to=OWNER, delivered=OWNER, extra_headers=()):
    """org=(name,email); guests=[(name,email,partstat)] (organizer first)."""
    s, e = start.astimezone(disp_tz), end.astimezone(disp_tz)
    prefix = {"REQUEST": "Invitation", "UPDATE": "Updated invitation", "CANCEL": "Cancelled event"}[kind]
    subject = f"{prefix}: {title} @ {s:%a} {s.day} {s:%b} {s.year} {h24(s)} - {h24(e)} ({tzabbr}) ({to})"
    when = f"{s:%A} {s.day} {s:%b} {s.year} ⋅ {h24(s)} – {h24(e)}\n{tzlabel}"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {to}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guest_lines = []
    for i, (gn, ge, _ps) in enumerate(guests):
        if ge == org[1]:
            guest_lines += [f"{gn} - organiser", ge]
        elif gn:
            guest_lines += [gn, ge]
        else:
            guest_lines.append(ge)
    lead = "This event has been cancelled and removed from your calendar.\n\n" if kind == "CANCEL" else ""
    if kind == "UPDATE":
        lead = "This event has been updated\n\n"
    plain = (f"{lead}{title}\n{when}\n\n"
             + ("" if kind == "CANCEL" else f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
                f"Join by phone\n(SG) +65 6714 8{hid(meet, n=3).translate(str.maketrans('abcdef', '123456'))}\n"
                f"PIN: {int(hid(meet, 'pin', n=8), 16) % 1000000000:09d}\n\n")
             + f"Organiser\n{org[0]}\n{org[1]}\n\nGuests\n" + "\n".join(guest_lines)
             + f"\nView all guest info {view}\n\n{desc}\n\n"
             + ("" if kind == "CANCEL" else f"Reply for {to} and view more details {view}\n")
             + GOOGLE_FOOTER)
    htmlbody = to_html(plain, "Roboto,Helvetica,Arial,sans-serif")
    method = "CANCEL" if kind == "CANCEL" else "REQUEST"
    stamp = sent.astimezone(UTC)
    ev = ["BEGIN:VEVENT", f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}", f"DTSTAMP:{zt(stamp)}",
          organizer(*org), f"UID:{uid}"]
    for gn, ge, ps in guests:
        ev.append(attendee(gn or ge, ge, partstat=ps, rsvp="TRUE", google=True))
    ev += [f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(hid(uid, n=8), 16) % 2000000000}",
           f"CREATED:{zt(stamp - timedelta(minutes=3))}",
           "DESCRIPTION:" + esc(desc + ("" if kind == "CANCEL" else
                                         f"\n\nJoin with Google Meet: https://meet.google.com/{meet}")),
           f"LAST-MODIFIED:{zt(stamp)}",
           "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if kind == 'CANCEL' else 'CONFIRMED'}",
           f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    if kind != "CANCEL":
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
               "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    ev.append("END:VEVENT")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}"] + ev + ["END:VCALENDAR"]
    ics_crlf = ical(cal)
    ics_lf = ical(cal, "\n")
    b1, b2 = hid(cid, uid, kind, "m", n=20), hid(cid, uid, kind, "a", n=20)
    alt = multi("alternative", f"0000000000{b2}", [
        text(plain, "plain", "base64", params="; format=flowed; delsp=yes"),
        text(htmlbody, "html", "quoted-printable"),
        part(f'text/calendar; charset="UTF-8"; method={method}', ics_lf, "7bit"),
    ])
    root = multi("mixed", f"0000000000{b1}", [alt, ics_attachment(ics_crlf, "invite.ics")])
    headers = [("Delivered-To", delivered),
               ("Received", received("mail-sor-f69.google.com", "209.85.220.69", sent, delivered)),
               ("Return-Path", f"<{hid(uid, 'rp', n=22)}@calendar-server.bounces.google.com>")]
    headers += list(extra_headers)
    headers += [("Reply-To", addr(*org)),
                ("Sender", "Google Calendar <calendar-notification@google.com>"),
                ("Message-ID", f"<calendar-{uuidish(cid, uid, kind, seq)}@google.com>"),
                ("Date", rfc(sent.astimezone(UTC))),
                ("Subject", ew(subject)),
                ("From", addr(*org)),
                ("To", to)]
    return message(headers, root)


# ----------------------------------------------------------------- Exchange / Teams invitation
TEAMS_BLOCK = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    "Meeting ID: {num}\nPasscode: {pc}\n"
    "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
    "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________\n")


def teams_block(seed):
    n = int(hid(seed, "num", n=12), 16)
    return TEAMS_BLOCK.format(mid=hid(seed, "mid", n=40), num=f"{n % 1000:03d} {n // 1000 % 1000:03d} "
                              f"{n // 10**6 % 1000:03d} {n // 10**9 % 1000:03d}", pc=hid(seed, "pc", n=6).upper())


def outlook_invite(*, cid, org, to_list, subject, sent, when_line, body, tzid, zone, start, end,
                   attendees, uid_seed, location="Microsoft Teams Meeting", seq=0, delivered=OWNER,
                   optional=(), method="REQUEST", status="CONFIRMED", extra_headers=()):
    """Exchange Online meeting request: multipart/alternative with base64 text/calendar."""
    teams = teams_block(uid_seed)
    plain = f"{when_line}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n{teams}"
    htmlbody = to_html(plain, "Aptos,Calibri,sans-serif")
    uid = ("040000008200E00074C5B7101A82E00800000000" + hid(uid_seed, "uid", n=16).upper()
           + "00000000000000001000000" + hid(uid_seed, "uid2", n=33).upper())
    ev = ["BEGIN:VEVENT", organizer(*org)]
    for n_, e_ in attendees:
        ev.append(attendee(n_, e_))
    for n_, e_ in optional:
        ev.append(attendee(n_, e_, role="OPT-PARTICIPANT"))
    ev += ["DESCRIPTION;LANGUAGE=en-US:" + esc(plain), f"UID:{uid}",
           f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
           f"DTSTART;TZID={tzid}:{lt(start, zone)}", f"DTEND;TZID={tzid}:{lt(end, zone)}",
           "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zt(sent)}", "TRANSP:OPAQUE", f"STATUS:{status}",
           f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hid(uid_seed, 'own', n=8), 16) % 2000000000}",
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0",
           "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
           f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
           "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
           "END:VALARM", "END:VEVENT"]
    cal = (["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
           + VTZ[tzid] + ev + ["END:VCALENDAR"])
    bnd = f"_000_{hid(cid, uid_seed, 'b', n=24).upper()}prodoutlookcom_"
    root = multi("alternative", bnd, [
        text(plain, "plain", "quoted-printable"),
        text(htmlbody, "html", "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', b64(ical(cal)), "base64"),
    ])
    mid = f"<{hid(cid, uid_seed, 'mid', n=20).upper()}@SG2PR06MB{hid(cid, uid_seed, n=4).upper()}.apcprd06.prod.outlook.com>"
    headers = [("Delivered-To", delivered),
               ("Received", received("APC01-SG2-obe.outbound.protection.outlook.com", "40.107.215.98", sent, delivered)),
               ("Return-Path", f"<{org[1]}>")]
    headers += list(extra_headers)
    headers += [("From", addr(*org)), ("To", ",\n ".join(addr(n_, e_) for n_, e_ in to_list)),
                ("Subject", ew(subject)), ("Thread-Topic", ew(subject)),
                ("Thread-Index", base64.b64encode(bytes.fromhex(hid(cid, uid_seed, 'ti', n=44))).decode()),
                ("Date", rfc(sent.astimezone(UTC))), ("Message-ID", mid),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Content-class", "urn:content-classes:calendarmessage")]
    return message(headers, root)


# ----------------------------------------------------------------- plain human / ATS mail
def human(*, cid, frm, to, subject, sent, body, msgid, cc=None, reply_to=None, irt=None, refs=None,
          host="mail-sor-f41.google.com", ip="209.85.220.41", style="gmail", delivered=OWNER,
          extra=(), sender=None, return_path=None, plain_cte="quoted-printable", with_html=True,
          html_body=None, attachments=()):
    if style == "outlook":
        bnd = f"_000_{hid(cid, msgid, n=24).upper()}prodoutlookcom_"
        font = "Aptos,Calibri,sans-serif"
    else:
        bnd = f"000000000000{hid(cid, msgid, n=16)}"
        font = "Arial,Helvetica,sans-serif"
    if with_html:
        root = multi("alternative", bnd, [text(body, "plain", plain_cte),
                                          text(html_body or to_html(body, font), "html", "quoted-printable")])
    else:
        root = text(body, "plain", plain_cte, params="; format=flowed" if plain_cte == "7bit" else "")
    if attachments:
        root = multi("mixed", f"{bnd[:-1] if style == 'outlook' else bnd}mx", [root] + list(attachments))
    h = std_headers(frm=frm, to=to, subject=subject, date=sent, msgid=msgid, host=host, ip=ip, cc=cc,
                    reply_to=reply_to, sender=sender, in_reply_to=irt, references=refs,
                    delivered=delivered, return_path=return_path, extra=extra)
    return message(h, root)


def quote(txt, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln else pre for ln in txt.rstrip("\n").split("\n"))


def gmail_id(*seed):
    h = hid(*seed, n=40)
    return f"<CA{h[:2].upper()}{base64.b64encode(bytes.fromhex(h)).decode().rstrip('=').replace('/', '_')}@mail.gmail.com>"


def outlook_id(*seed):
    return f"<{hid(*seed, n=36).upper()}@SEZPR06MB{hid(*seed, 'p', n=4).upper()}.apcprd06.prod.outlook.com>"


def zoom_url(host, seed):
    n = 81000000000 + int(hid(seed, "z", n=10), 16) % 10**10
    return f"https://{host}.zoom.us/j/{n:011d}?pwd={hid(seed, 'pwd', n=32)}"


def meet_code(seed):
    a = "".join(chr(97 + int(c, 16) % 26) for c in hid(seed, "meet", n=10))
    return f"{a[:3]}-{a[3:7]}-{a[7:10]}"


# ----------------------------------------------------------------- label helpers
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": sg(start).isoformat(),
            "end": sg(end).isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================= POSITIVES
@case
def c01():
    cid = "b178-01-greenhouse-pt-previous-day"
    sent = T(2026, 3, 12, 10, 14, PT, 37)
    offset_is(sent, -7)                      # US DST began 8 March 2026
    start = T(2026, 3, 17, 18, 0, PT)
    end = start + timedelta(minutes=60)
    wd(start, "Tuesday")
    s, e = sg(start), sg(end)
    wd(s, "Wednesday")
    brianna = ("Brianna Okafor", "brianna.okafor@lumenfold.example")
    marcus = ("Marcus Feld", "marcus.feld@lumenfold.example")
    zoom = zoom_url("lumenfold", cid)
    sg_line = f"{us_date(s)}, {h12(s)} - {h12(e)} SGT (Singapore)"
    pt_line = f"{us_date(start)}, {h12(start)} - {h12(end)} PDT (San Francisco) - the previous day in California"
    body = f"""Hi Darius,

Thanks for making time to speak with the Lumenfold team! Your next interview is confirmed. Details are below, and a calendar invite is attached to this email.

Position: Solutions Engineer, APAC
Interview: Technical Discovery & Demo (60 min)

When (your time):
{sg_line}

When (interviewer's time):
{pt_line}

Interviewer:
Marcus Feld, Principal Solutions Engineer

Where: Zoom - {zoom}

What to expect: Marcus will play a data platform lead at a regional bank. Plan for roughly 20 minutes of discovery, then demo any product you know well (it does not have to be ours), and leave a few minutes for questions.

If you need to reschedule, just reply to this email and I'll take care of it.

Best,
Brianna

Brianna Okafor
Recruiting Coordinator | Lumenfold
San Francisco, CA
"""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"UID:interview-{hid(cid, 'uid', n=12)}@greenhouse.io", f"DTSTAMP:{zt(sent)}",
           f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}",
           "SUMMARY:" + esc("Lumenfold - Technical Discovery & Demo (Darius Lim)"),
           "DESCRIPTION:" + esc(f"Solutions Engineer, APAC\nInterviewer: Marcus Feld\nJoin Zoom: {zoom}"),
           f"LOCATION:{esc(zoom)}", organizer(*brianna),
           attendee(OWNER_NAME, OWNER), attendee(*marcus),
           "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    msgid = f"<{hid(cid, 'm1', n=24)}@greenhouse.io>"
    f1 = human(cid=cid, frm=addr(*brianna), to=addr(OWNER_NAME, OWNER),
               subject="Interview Confirmation: Solutions Engineer, APAC at Lumenfold", sent=sent, body=body,
               msgid=msgid, sender="no-reply@greenhouse.io", host="o1.mail.greenhouse.io", ip="167.89.19.44",
               return_path=f"bounces+{hid(cid, 'rp', n=8)}@mail.greenhouse.io",
               attachments=[part('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"',
                                 b64(ical(cal)), "base64",
                                 [("Content-Disposition", 'attachment; filename="invite.ics"')])])
    return {"id": cid, "files": [("01-greenhouse-interview-confirmation.eml", f1)],
            "label": lab([iv("Lumenfold", "Solutions Engineer, APAC", start, end, "scheduled",
                             [marcus[1]], [marcus[1]], "technical")],
                         "medium", "positive/multi-zone-dateline",
                         "Greenhouse confirmation with .ics in UTC. Body gives Wednesday 9:00 AM SGT and Tuesday "
                         "6:00 PM PDT (previous day). US already on DST (8 Mar), so PT is UTC-7. Coordinator only "
                         "schedules; Marcus conducts."),
            "evidence": [(f"{h12(s)} - {h12(e)} SGT", start)]}


@case
def c02():
    cid = "b178-02-thread-tuesday-pt-is-wednesday-sgt"
    owen = ("Owen Castellanos", "owen.castellanos@quarrystone.example")
    sent1 = T(2026, 4, 10, 14, 22, PT, 5)
    wd(sent1, "Friday")
    d_sent = T(2026, 4, 11, 9, 5, SGT, 41)     # Darius's reply (quoted only)
    sent2 = T(2026, 4, 10, 18, 41, PT, 12)
    start = T(2026, 4, 14, 17, 0, PT)          # "Tuesday" relative to Fri 10 Apr
    end = start + timedelta(minutes=45)
    wd(start, "Tuesday")
    s, e = sg(start), sg(end)
    wd(s, "Wednesday")
    dq = d_sent.astimezone(PT)
    assert dq.day == 10 and dq.hour == 18
    zoom = zoom_url("quarrystone", cid)
    body1 = """Hi Darius,

Thanks again for the time you spent with Jenna on Wednesday - she came away impressed, and I'd like to be your next conversation. I run Solutions Engineering for APAC out of our Seattle office, and the Sr. Solutions Engineer (APAC) role would report to me.

Would Tuesday at 5pm Pacific work for a 45-minute chat? I realise that's early Wednesday morning for you. If that's too early I can also do 6pm or 7pm Pacific the same evening.

Best,
Owen

--
Owen Castellanos
Director, Solutions Engineering - APAC
Quarrystone Security | Seattle, WA
"""
    dreply = """Hi Owen,

Thanks for reaching out. Tuesday 5pm Pacific works - that's 8am
Wednesday here in Singapore, which is no problem at all.

Looking forward to it,
Darius
"""
    phrase = f"{s:%a} {s:%b} {s.day}, {h12(s, False, True)[:-2]}-{h12(e, False, True)} SGT"
    pt_phrase = f"{start:%a} {start:%b} {start.day}, {h12(start, False, True)[:-2]}-{h12(end, False, True)} PT"
    body2 = f"""Perfect - you're locked in for {pt_phrase}, which is {phrase} on your side. Here's my Zoom room:

{zoom}

No need to prepare slides; I mostly want to hear how you've built out pre-sales in markets where you were the only SE.

Owen

On {dq:%a}, {dq:%b} {dq.day}, {dq.year} at {h12(dq)} Darius Lim <{OWNER}> wrote:
{quote(dreply)}
>
> On {sent1:%a}, {sent1:%b} {sent1.day}, {sent1.year} at {h12(sent1)} Owen Castellanos <{owen[1]}> wrote:
{quote(body1, 2)}
"""
    m1 = gmail_id(cid, "m1")
    md = gmail_id(cid, "darius")
    m2 = gmail_id(cid, "m2")
    subj = "Sr. Solutions Engineer (APAC) - next step"
    f1 = human(cid=cid, frm=addr(*owen), to=addr(OWNER_NAME, OWNER), subject=subj, sent=sent1, body=body1,
               msgid=m1, host="mail-sor-f53.google.com", ip="209.85.220.53", plain_cte="7bit", with_html=False)
    f2 = human(cid=cid, frm=addr(*owen), to=addr(OWNER_NAME, OWNER), subject="Re: " + subj, sent=sent2,
               body=body2, msgid=m2, irt=md, refs=f"{m1} {md}", host="mail-sor-f53.google.com",
               ip="209.85.220.53")
    return {"id": cid, "files": [("01-owen-proposes-tuesday-pt.eml", f1), ("02-owen-confirms.eml", f2)],
            "label": lab([iv("Quarrystone Security", "Sr. Solutions Engineer (APAC)", start, end, "scheduled",
                             [owen[1]], [owen[1]], "hiring_manager")],
                         "hard", "positive/thread-dateline",
                         "Body-only thread. 'Tuesday at 5pm Pacific' (resolved from Fri 10 Apr) = Tue 14 Apr 17:00 "
                         "PDT = Wed 15 Apr 08:00 SGT; the confirmation states both. Owen is the hiring manager and "
                         "conducts the call."),
            "evidence": [(phrase, start), (pt_phrase, start)]}


@case
def c03():
    cid = "b178-03-lever-sydney-aedt-ends"
    isla = ("Isla Fitzgerald", "isla.fitzgerald@bramblegate.example")
    tom = ("Tom Whitcombe", "tom.whitcombe@bramblegate.example")
    sent = T(2026, 3, 31, 16, 20, SYD, 9)
    offset_is(sent, 11)                      # still AEDT when the mail is sent
    start = T(2026, 4, 7, 11, 0, SYD)
    offset_is(start, 10)                     # AEST after 5 April
    end = start + timedelta(minutes=45)
    wd(start, "Tuesday")
    meet = meet_code(cid)
    when = f"{h12(start)} – {h12(end)} AEST (Australia/Sydney)"
    body = f"""Hi Darius,

Your interview with Bramblegate has been scheduled. Here are the details:

Pre-Sales Solutions Engineer (APAC)
{us_date(start)}
{when}

Interviewer
Tom Whitcombe – Head of Solutions Engineering

Location
Google Meet: https://meet.google.com/{meet}

A note from Isla:
Tom is based in our Sydney office and wants to understand how you run technical discovery with enterprise banks, so bring a couple of real examples (anonymised is fine). Shout if anything comes up.

Need to reschedule? Reply to this email and Isla Fitzgerald will get back to you.

—
Sent via Lever on behalf of Bramblegate
"""
    cal = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Interview Scheduling//EN", "CALSCALE:GREGORIAN",
            "METHOD:REQUEST"] + VTZ["Australia/Sydney"] +
           ["BEGIN:VEVENT", f"UID:{uuidish(cid, 'uid')}@hire.lever.co", f"DTSTAMP:{zt(sent)}",
            f"DTSTART;TZID=Australia/Sydney:{lt(start, SYD)}", f"DTEND;TZID=Australia/Sydney:{lt(end, SYD)}",
            "SUMMARY:" + esc("Interview: Darius Lim <> Tom Whitcombe (Bramblegate)"),
            "DESCRIPTION:" + esc(f"Pre-Sales Solutions Engineer (APAC)\nGoogle Meet: https://meet.google.com/{meet}"),
            f"LOCATION:https://meet.google.com/{meet}", organizer(*isla),
            attendee(OWNER_NAME, OWNER), attendee(*tom, partstat="ACCEPTED", rsvp="FALSE"),
            "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    f1 = human(cid=cid, frm=addr("Isla Fitzgerald", "no-reply@hire.lever.co"), reply_to=addr(*isla),
               to=OWNER, subject="Interview confirmed: Pre-Sales Solutions Engineer (APAC) at Bramblegate",
               sent=sent, body=body, msgid=f"<{uuidish(cid, 'm1')}@hire.lever.co>", host="o7.email.lever.co",
               ip="198.21.6.112", return_path=f"bounces+{hid(cid, 'rp', n=10)}@em.lever.co",
               attachments=[ics_attachment(ical(cal), "interview.ics", ctype="text/calendar")])
    return {"id": cid, "files": [("01-lever-interview-confirmed.eml", f1)],
            "label": lab([iv("Bramblegate", "Pre-Sales Solutions Engineer (APAC)", start, end, "scheduled",
                             [tom[1]], [tom[1]], "hiring_manager")],
                         "hard", "positive/aest-dst-change",
                         "Lever mail sent 31 Mar while Sydney is still on AEDT (+11); the interview on Tue 7 Apr is "
                         "after the 5 Apr change, so 11:00 AEST = 01:00 UTC = 09:00 SGT (not 08:00). Reply-To is the "
                         "recruiter; Tom conducts and his address is in the .ics."),
            "evidence": [(when, start)]}


@case
def c04():
    cid = "b178-04-teams-tokyo-panel-ist-organizer"
    ananya = ("Ananya Krishnamurthy", "ananya.krishnamurthy@kirisame.example")
    hiro = ("Hiroshi Nakamura", "h.nakamura@kirisame.example")
    emily = ("Emily Tran", "emily.tran@kirisame.example")
    sent = T(2026, 5, 11, 15, 42, IST, 18)
    wd(sent, "Monday")
    start = T(2026, 5, 21, 6, 30, IST)
    end = start + timedelta(minutes=90)
    wd(start, "Thursday")
    j, je = start.astimezone(TYO), end.astimezone(TYO)
    s, e = sg(start), sg(end)
    assert (j.hour, j.minute, s.hour) == (10, 0, 9)
    when_line = (f"When: {us_date(start)} {h12(start)}-{h12(end)} (UTC+05:30) Chennai, Kolkata, Mumbai, "
                 f"New Delhi.")
    sg_phrase = f"{h12(s)[:-3]}–{h12(e)} SGT"
    body = f"""Dear Darius,

Greetings from Kirisame Systems! Please find below the details of your panel interview for the Senior Solutions Engineer (Japan & APAC) position.

Panel:
- Hiroshi Nakamura, VP Sales Engineering – Japan
- Emily Tran, Manager, Solutions Engineering – APAC

Format: 90 minutes on Microsoft Teams. The first 30 minutes are your customer scenario presentation (brief attached to my earlier mail), followed by Q&A with the panel.

Timing: the invite shows India time because I'm sending it from our Bengaluru office. In your time zone this is {sg_phrase} ({h12(j)[:-3]}–{h12(je)} JST for the panel in Tokyo).

I will not be joining the call myself, but please reach out to me for anything logistical.

Warm regards,
Ananya Krishnamurthy
Recruiting Coordinator | Kirisame Systems
Bengaluru, India | +91 80 5555 0147"""
    f1 = outlook_invite(cid=cid, org=ananya, to_list=[(OWNER_NAME, OWNER), hiro, emily],
                        subject="Kirisame Systems | Panel Interview – Senior Solutions Engineer (Japan & APAC) – Darius Lim",
                        sent=sent, when_line=when_line, body=body, tzid="India Standard Time", zone=IST,
                        start=start, end=end, attendees=[(OWNER_NAME, OWNER), hiro, emily], uid_seed=cid)
    return {"id": cid, "files": [("01-teams-panel-invite.eml", f1)],
            "label": lab([iv("Kirisame Systems", "Senior Solutions Engineer (Japan & APAC)", start, end,
                             "scheduled", [hiro[1], emily[1]], [hiro[1], emily[1]], "onsite")],
                         "hard", "positive/windows-tzid-ist",
                         "Exchange/Teams invite with TZID 'India Standard Time' 06:30-08:00 IST because the "
                         "coordinator sits in Bengaluru; body restates 9:00-10:30 SGT / 10:00-11:30 JST. Two-person "
                         "panel -> onsite. Coordinator explicitly not on the call."),
            "evidence": [(when_line.replace("When: ", ""), start), (sg_phrase, start)]}


@case
def c05():
    cid = "b178-05-ashby-reschedule-et"
    pri = ("Priyanka Desai", "priyanka.desai@ferrocene.example")
    gab = ("Gabriel Moss", "gabriel.moss@ferrocene.example")
    sent1 = T(2026, 4, 16, 21, 3, UTC, 11)
    start1 = T(2026, 4, 23, 20, 0, ET)
    end1 = start1 + timedelta(minutes=60)
    wd(start1, "Thursday")
    s1, e1 = sg(start1), sg(end1)
    wd(s1, "Friday")
    sent2 = T(2026, 4, 21, 10, 15, ET, 44)
    sent3 = T(2026, 4, 21, 14, 22, UTC, 3)
    assert sent3 > sent2
    start = T(2026, 4, 27, 19, 30, ET)
    end = start + timedelta(minutes=60)
    wd(start, "Monday")
    s, e = sg(start), sg(end)
    wd(s, "Tuesday")
    zoom = zoom_url("ferrocene", cid)
    uid = f"{uuidish(cid, 'uid')}@ashbyhq.com"

    def ashby_cal(st, en, seq, stamp):
        return ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ashby//Ashby Scheduling//EN", "METHOD:REQUEST",
                     "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zt(stamp)}",
                     f"DTSTART:{zt(st)}", f"DTEND:{zt(en)}",
                     "SUMMARY:" + esc("Technical Screen – Ferrocene Data (Darius Lim)"),
                     "DESCRIPTION:" + esc(f"Interviewers: Gabriel Moss\nZoom: {zoom}"), f"LOCATION:{esc(zoom)}",
                     organizer(*pri), attendee(OWNER_NAME, OWNER), attendee(*gab, partstat="ACCEPTED"),
                     "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    def ashby_body(head, st, en, prev=""):
        return f"""Hi Darius,

{head}

Technical Screen
{us_date(st)}
{h12(st)} – {h12(en)} Singapore Standard Time (GMT+8)
{prev}
Interviewers
Gabriel Moss, Staff Solutions Engineer

Location
Zoom: {zoom}

Need to make a change? Reply to this email to contact Priyanka Desai.

Powered by Ashby
"""
    b1 = ashby_body("Your interview with Ferrocene Data is confirmed!", s1, e1)
    b3 = ashby_body("Your interview with Ferrocene Data has been rescheduled.", s, e,
                    f"\nPreviously: {us_date(s1)}, {h12(s1)} – {h12(e1)}\n")
    st2 = start1.strftime("%A")
    b2 = f"""Hi Darius,

Apologies for the shuffle - Gabriel has been pulled into a customer escalation on {st2} evening (ET), so we need to move your technical screen.

Would {us_date(start).rsplit(',', 1)[0]} at {h12(start)} ET work instead? That should be {s:%A} {h12(s)} for you in Singapore. I've sent an updated invite through Ashby - if it doesn't work, just reply and we'll find another slot.

Thanks for your flexibility!
Priyanka

Priyanka Desai
Technical Recruiter | Ferrocene Data | New York
"""
    common = dict(cid=cid, to=OWNER, host="o12.ashbyhq-mail.com", ip="149.72.134.19",
                  frm=addr("Ferrocene Data", "no-reply@ashbyhq.com"), reply_to=addr(*pri))
    f1 = human(subject="Interview Confirmed: Technical Screen with Ferrocene Data", sent=sent1, body=b1,
               msgid=f"<{uuidish(cid, 'm1')}@ashbyhq.com>",
               attachments=[ics_attachment(ashby_cal(start1, end1, 0, sent1), "invite.ics", ctype="text/calendar")],
               **common)
    f2 = human(cid=cid, frm=addr(*pri), to=addr(OWNER_NAME, OWNER), subject="Moving your Ferrocene technical screen",
               sent=sent2, body=b2, msgid=gmail_id(cid, "m2"), host="mail-sor-f41.google.com", ip="209.85.220.41")
    f3 = human(subject="Interview Rescheduled: Technical Screen with Ferrocene Data", sent=sent3, body=b3,
               msgid=f"<{uuidish(cid, 'm3')}@ashbyhq.com>",
               attachments=[ics_attachment(ashby_cal(start, end, 1, sent3), "invite.ics", ctype="text/calendar")],
               **common)
    return {"id": cid, "files": [("01-ashby-confirmed.eml", f1), ("02-recruiter-asks-to-move.eml", f2),
                                 ("03-ashby-rescheduled.eml", f3)],
            "label": lab([iv("Ferrocene Data", None, start, end, "scheduled", [gab[1]], [gab[1]], "technical")],
                         "medium", "positive/reschedule",
                         "Ashby confirmation (Fri 24 Apr 08:00 SGT = Thu 8 PM EDT) then rescheduled with SEQUENCE:1 "
                         "same UID to Tue 28 Apr 07:30 SGT (= Mon 7:30 PM EDT). One interview at the final time. "
                         "No job title is stated anywhere, so role is null."),
            "evidence": [(f"{h12(s)} – {h12(e)} Singapore Standard Time", start),
                         (f"at {h12(start)} ET", start)]}


@case
def c06():
    cid = "b178-06-workday-melbourne-cancelled"
    hamish = ("Hamish Doyle", "hamish.doyle@karribank.example")
    wdsender = ("Karribank", "karribank@myworkday.com")
    sent1 = T(2026, 10, 1, 9, 5, MEL, 52)
    offset_is(sent1, 10)                     # AEST until 4 October
    start = T(2026, 10, 8, 14, 0, MEL)
    offset_is(start, 11)                     # AEDT from 4 October
    end = start + timedelta(minutes=60)
    wd(start, "Thursday")
    sent2 = T(2026, 10, 6, 16, 48, MEL, 20)
    sent3 = T(2026, 10, 6, 17, 2, MEL, 7)
    when = f"{h12(start)} - {h12(end)} AEDT (Melbourne)"
    uid = f"{hid(cid, 'uid', n=32)}@myworkday.com"
    b1 = f"""Dear Darius,

We are pleased to invite you to an interview for the Solutions Consultant position (Job Requisition R-04417).

Interview Details
Date: {uk_date(start).replace(' ', ', ', 1)}
Time: {when}
Format: Microsoft Teams (the joining link will be sent by the hiring team)
Interviewer(s): Priya Venkatesan - Director, Customer Solutions

If you have any questions, please contact your recruiter, Hamish Doyle, at {hamish[1]}.

Please do not reply to this email. This mailbox is not monitored.

Kind regards,
Karribank Talent Acquisition
"""
    b2 = f"""Hi Darius,

I'm sorry to be the bearer of this news. Following an internal restructure, the Solutions Consultant requisition has been put on hold, so we need to cancel your interview with Priya this Thursday ({start.day} October, 2pm AEDT). You'll receive an automated cancellation from Workday shortly.

This is no reflection on your application - Priya was genuinely looking forward to meeting you - and I'll be in touch as soon as the role reopens.

Kind regards,
Hamish

Hamish Doyle
Senior Talent Partner | Karribank
Level 12, 535 Bourke Street, Melbourne VIC 3000
"""
    b3 = f"""Dear Darius,

Your interview for Solutions Consultant (R-04417) scheduled for {uk_date(start).replace(' ', ', ', 1)}, {when} has been cancelled.

If you have any questions, please contact your recruiter.

Please do not reply to this email. This mailbox is not monitored.

Karribank Talent Acquisition
"""

    def wcal(method, status, seq, stamp):
        return ical(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc//Workday Recruiting//EN", "VERSION:2.0",
                     f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zt(stamp)}",
                     f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
                     "SUMMARY:Interview - Solutions Consultant (R-04417)", "LOCATION:Microsoft Teams",
                     organizer(*wdsender), attendee(OWNER_NAME, OWNER), "END:VEVENT", "END:VCALENDAR"])

    wd_common = dict(cid=cid, frm=addr(*wdsender), to=OWNER, host="smtp-out-03.myworkday.com",
                     ip="198.245.154.21", return_path="bounce@myworkday.com")
    f1 = human(subject="Interview Scheduled: Solutions Consultant (R-04417)", sent=sent1, body=b1,
               msgid=f"<{hid(cid, 'm1', n=20)}.JavaMail.wd@myworkday.com>",
               attachments=[ics_attachment(wcal("REQUEST", "CONFIRMED", 0, sent1), "Interview.ics",
                                           ctype="text/calendar")], **wd_common)
    f2 = human(cid=cid, frm=addr(*hamish), to=addr(OWNER_NAME, OWNER),
               subject="Solutions Consultant - Thursday's interview", sent=sent2, body=b2,
               msgid=outlook_id(cid, "m2"), host="AUS01-ME3-obe.outbound.protection.outlook.com",
               ip="40.107.108.77", style="outlook")
    f3 = human(subject="Interview Cancelled: Solutions Consultant (R-04417)", sent=sent3, body=b3,
               msgid=f"<{hid(cid, 'm3', n=20)}.JavaMail.wd@myworkday.com>",
               attachments=[ics_attachment(wcal("CANCEL", "CANCELLED", 1, sent3), "Interview.ics",
                                           method="CANCEL", ctype="text/calendar")], **wd_common)
    return {"id": cid, "files": [("01-workday-interview-scheduled.eml", f1),
                                 ("02-recruiter-cancels.eml", f2), ("03-workday-interview-cancelled.eml", f3)],
            "label": lab([iv("Karribank", "Solutions Consultant", start, end, "cancelled", [], [hamish[1]],
                             "hiring_manager")],
                         "hard", "positive/cancellation-aedt",
                         "Workday invite sent 1 Oct (AEST, +10) for Thu 8 Oct 2:00 PM AEDT (+11 after 4 Oct) = 11:00 "
                         "SGT; cancelled by recruiter mail and Workday METHOD:CANCEL. Interviewer has no address, so "
                         "follow-up goes to the recruiter named in the text (never the myworkday.com sender)."),
            "evidence": [(when, start)]}


@case
def c07():
    cid = "b178-07-london-coordinator-two-rounds-bst"
    char = ("Charlotte Pemberton", "charlotte.pemberton@helixpoint.example")
    ravi = ("Ravi Subramanian", "ravi.subramanian@helixpoint.example")
    dana = ("Dana Whitfield", "dana.whitfield@helixpoint.example")
    sent = T(2026, 3, 23, 11, 5, LON, 31)
    offset_is(sent, 0)
    a1 = T(2026, 3, 27, 9, 0, LON)
    a2 = a1 + timedelta(minutes=60)
    offset_is(a1, 0)                         # GMT before 29 March
    b1 = T(2026, 3, 31, 9, 0, LON)
    b2 = b1 + timedelta(minutes=45)
    offset_is(b1, 1)                         # BST after 29 March
    wd(a1, "Friday")
    wd(b1, "Tuesday")
    l1 = f"{a1:%A} {a1.day} {a1:%B}, {h24(a1)}–{h24(a2)} London (GMT) / {h24(sg(a1))}–{h24(sg(a2))} Singapore"
    l2 = f"{b1:%A} {b1.day} {b1:%B}, {h24(b1)}–{h24(b2)} London (BST) / {h24(sg(b1))}–{h24(sg(b2))} Singapore"
    body = f"""Hi Darius,

Great news - the team would like to move you forward for the Solutions Architect, APAC role. I've booked the following two interviews; calendar invites will follow from my Google calendar.

1) Technical deep-dive - Ravi Subramanian (Principal Solutions Architect)
   {l1}

2) Hiring manager conversation - Dana Whitfield (Director, Solutions Architecture, APJ)
   {l2}

Both are on Google Meet (links in the invites). I'm based in London and co-ordinate for the APJ team, so do shout if any of the times look off on your side.

Best wishes,
Charlotte

Charlotte Pemberton
Recruiting Coordinator, EMEA & APJ | Helixpoint
London, UK
"""
    f1 = human(cid=cid, frm=addr(*char), to=addr(OWNER_NAME, OWNER),
               subject="Helixpoint - your next two interviews (Solutions Architect, APAC)", sent=sent, body=body,
               msgid=gmail_id(cid, "m1"), host="mail-sor-f65.google.com", ip="209.85.220.65")
    desc1 = ("Technical deep-dive for the Solutions Architect, APAC role with Ravi Subramanian. Expect a "
             "whiteboard-style discussion of a multi-region deployment.")
    desc2 = ("Hiring manager conversation with Dana Whitfield (Director, Solutions Architecture, APJ).")
    g1 = google_invite(cid=cid, org=char, title="Helixpoint: Technical deep-dive (Darius Lim / Ravi Subramanian)",
                       start=a1, end=a2, disp_tz=LON, tzlabel="United Kingdom Time", tzabbr="GMT",
                       guests=[(char[0], char[1], "ACCEPTED"), (ravi[0], ravi[1], "ACCEPTED"),
                               ("", OWNER, "NEEDS-ACTION")],
                       desc=desc1, sent=sent + timedelta(minutes=4), uid=f"{hid(cid, 'u1', n=26)}@google.com",
                       meet=meet_code(cid + "1"))
    g2 = google_invite(cid=cid, org=char, title="Helixpoint: Hiring manager conversation (Darius Lim / Dana Whitfield)",
                       start=b1, end=b2, disp_tz=LON, tzlabel="United Kingdom Time", tzabbr="BST",
                       guests=[(char[0], char[1], "ACCEPTED"), (dana[0], dana[1], "NEEDS-ACTION"),
                               ("", OWNER, "NEEDS-ACTION")],
                       desc=desc2, sent=sent + timedelta(minutes=6), uid=f"{hid(cid, 'u2', n=26)}@google.com",
                       meet=meet_code(cid + "2"))
    role = "Solutions Architect, APAC"
    return {"id": cid, "files": [("01-coordinator-books-two-rounds.eml", f1),
                                 ("02-invitation-technical-deep-dive.eml", g1),
                                 ("03-invitation-hiring-manager.eml", g2)],
            "label": lab([iv("Helixpoint", role, a1, a2, "scheduled", [ravi[1]], [ravi[1]], "technical"),
                          iv("Helixpoint", role, b1, b2, "scheduled", [dana[1]], [dana[1]], "hiring_manager")],
                         "hard", "positive/two-interviews-uk-dst",
                         "London coordinator books two rounds straddling the UK change on 29 Mar: Fri 27 Mar 09:00 "
                         "GMT (17:00 SGT) and Tue 31 Mar 09:00 BST (16:00 SGT). Mail + two Google invites = two "
                         "interviews, not four; different days, so not one onsite. Coordinator is organiser only."),
            "evidence": [(l1, a1), (l2, b1)]}


@case
def c08():
    cid = "b178-08-gcal-json-tokyo-ceo-final"
    yui = ("Yui Hasegawa", "yui.hasegawa@tsubakura.example")
    kenji = ("Kenji Morimoto", "kenji.morimoto@tsubakura.example")
    sent = T(2026, 5, 26, 11, 30, TYO, 2)
    start = T(2026, 6, 1, 15, 0, TYO)
    end = start + timedelta(minutes=30)
    wd(start, "Monday")
    s, e = sg(start), sg(end)
    line = f"{h24(start)}–{h24(end)} JST ({h24(s)}–{h24(e)} SGT)"
    body = f"""Hi Darius,

Thank you for your time with the team last week. As the last step in our process for the Founding Solutions Engineer (APAC) role, Kenji Morimoto, our CEO and co-founder, would like to have a 30-minute conversation with you.

{start:%A}, {start.day} {start:%B} {start.year}
{line}
Google Meet - the invitation has been sent from my calendar

Kenji will call in from our Tokyo office. I won't be joining, but I'm happy to answer any questions before then.

Best regards,
Yui Hasegawa
Talent & People | Tsubakura Cloud
{yui[1]}
"""
    f1 = human(cid=cid, frm=addr(*yui), to=addr(OWNER_NAME, OWNER),
               subject="Final conversation with Kenji (CEO) – Founding Solutions Engineer", sent=sent, body=body,
               msgid=gmail_id(cid, "m1"), host="mail-sor-f45.google.com", ip="209.85.220.45")
    meet = meet_code(cid)
    evid = hid(cid, "ev", n=26)
    created = (sent - timedelta(minutes=6)).astimezone(UTC)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hid(cid, 'etag', n=13), 16)}\"",
        "id": evid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{evid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=1, seconds=12)).strftime("%Y-%m-%dT%H:%M:%S.418Z"),
        "summary": "Tsubakura Cloud – Final conversation (Darius Lim / Kenji Morimoto)",
        "description": "30-minute conversation with Kenji Morimoto (CEO & co-founder), final step for the "
                       "Founding Solutions Engineer (APAC) role.",
        "creator": {"email": yui[1], "displayName": yui[0]},
        "organizer": {"email": yui[1], "displayName": yui[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Asia/Tokyo"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Asia/Tokyo"},
        "iCalUID": f"{evid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": yui[1], "displayName": yui[0], "organizer": True, "responseStatus": "accepted"},
            {"email": kenji[1], "displayName": kenji[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    f2 = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return {"id": cid, "files": [("01-recruiter-final-with-ceo.eml", f1), ("02-final-conversation.gcal.json", f2)],
            "label": lab([iv("Tsubakura Cloud", "Founding Solutions Engineer (APAC)", start, end, "scheduled",
                             [kenji[1]], [kenji[1]], "other")],
                         "medium", "positive/api-dedupe-jst",
                         "Recruiter mail + Calendar API event (Asia/Tokyo, 15:00 JST = 14:00 SGT) for the same final "
                         "CEO conversation: one interview. Recruiter is organiser but says she won't join; CEO "
                         "conducts. kind=other (final chat with CEO)."),
            "evidence": [(line, start)]}


@case
def c09():
    cid = "b178-09-zoom-recruiter-screen-three-zones"
    sh = ("Shannon McAllister", "shannon.mcallister@oxbowrobotics.example")
    sent = T(2026, 5, 4, 9, 12, ET, 40)
    start = T(2026, 5, 6, 19, 30, ET)
    end = start + timedelta(minutes=30)
    wd(start, "Wednesday")
    s, p = sg(start), start.astimezone(PT)
    wd(s, "Thursday")
    sg_line = f"{s:%A}, {s:%B} {s.day} | {h12(s)} SGT"
    us_line = f"({start:%A}, {start:%B} {start.day} | {h12(start)} ET / {h12(p)} PT)"
    zoom = zoom_url("oxbowrobotics", cid)
    body = f"""Hi Darius,

Thanks for getting back to me so quickly! Confirming our intro call for the Solutions Engineer - APAC role:

  {sg_line}
  {us_line}

30 minutes on Zoom - I've attached the Zoom invite. We'll cover your background, what you're looking for next, and the structure of our process (technical presentation + panel).

Talk soon,
Shannon

Shannon McAllister
Senior Technical Recruiter | Oxbow Robotics
{sh[1]} | +1 617 555 0148
"""
    f1 = human(cid=cid, frm=addr(*sh), to=addr(OWNER_NAME, OWNER),
               subject="Oxbow Robotics - recruiter screen confirmed", sent=sent, body=body,
               msgid=outlook_id(cid, "m1"), host="NAM10-BN7-obe.outbound.protection.outlook.com",
               ip="40.107.92.61", style="outlook")
    meeting_no = zoom.split("/j/")[1].split("?")[0]
    cal = (["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["America/New_York"] +
           ["BEGIN:VEVENT", f"DTSTAMP:{zt(sent)}",
            f"DTSTART;TZID=America/New_York:{lt(start, ET)}", f"DTEND;TZID=America/New_York:{lt(end, ET)}",
            "SUMMARY:Darius Lim <> Shannon McAllister (Oxbow Robotics)",
            f"UID:{zt(sent)}-{meeting_no}@fe80:0:0:0:{hid(cid, 'mac', n=4)}:{hid(cid, 'mac2', n=4)}:fe23:a811",
            "TZID:America/New_York",
            "DESCRIPTION:" + esc(f"Shannon McAllister is inviting you to a scheduled Zoom meeting.\n\n"
                                 f"Join Zoom Meeting\n{zoom}\n\nMeeting ID: {meeting_no[:3]} {meeting_no[3:7]} "
                                 f"{meeting_no[7:]}\nPasscode: {hid(cid, 'pc', n=6)}\n"),
            f"LOCATION:{esc(zoom)}", organizer(*sh), attendee(OWNER_NAME, OWNER, partstat="ACCEPTED"),
            "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"])
    return {"id": cid, "files": [("01-recruiter-confirms-intro-call.eml", f1),
                                 ("02-zoom-meeting-invite.ics", ical(cal).encode("utf-8"))],
            "label": lab([iv("Oxbow Robotics", "Solutions Engineer - APAC", start, end, "scheduled",
                             [sh[1]], [sh[1]], "phone_screen")],
                         "medium", "positive/multi-zone-dateline",
                         "Recruiter screen (recruiter conducts). Mail lists Thursday 7:30 AM SGT with Wednesday "
                         "7:30 PM ET / 4:30 PM PT; standalone Zoom .ics uses TZID America/New_York. One interview."),
            "evidence": [(sg_line, start), (us_line[1:us_line.index(" ET")], start)]}


@case
def c10():
    cid = "b178-10-sydney-virtual-onsite-three-invites"
    mia = ("Mia Tanaka-Reid", "mia.tanakareid@wattlebird.example")
    lach = ("Lachlan Price", "lachlan.price@wattlebird.example")
    sofia = ("Sofia Marchetti", "sofia.marchetti@wattlebird.example")
    ben = ("Ben Ashworth", "ben.ashworth@wattlebird.example")
    grace = ("Grace Oyelaran", "grace.oyelaran@wattlebird.example")
    sent = T(2026, 10, 7, 15, 40, SYD, 26)
    day = (2026, 10, 14)
    sess = [(T(*day, 10, 0, SYD), T(*day, 11, 0, SYD)),
            (T(*day, 11, 0, SYD), T(*day, 11, 45, SYD)),
            (T(*day, 13, 0, SYD), T(*day, 13, 45, SYD))]
    offset_is(sess[0][0], 11)
    wd(sess[0][0], "Wednesday")
    wd(sg(sess[0][0]), "Wednesday")

    def rng(a, b):
        return f"{h24(a)}–{h24(b)} ({h24(sg(a))}–{h24(sg(b))} SGT)"
    body = f"""Hi Darius,

Thanks for confirming! Here's the itinerary for your virtual onsite for the Senior Pre-Sales Consultant role on {uk_date(sess[0][0])}. All times are Sydney time (AEDT, UTC+11 - we're on daylight saving now) with Singapore time in brackets:

{rng(*sess[0])}  Customer demo presentation - Lachlan Price (Solutions Engineering Lead) & Sofia Marchetti (Enterprise Account Executive)
{rng(*sess[1])}  Architecture deep-dive - Ben Ashworth (Principal Data Engineer)
{h24(sess[1][1])}–{h24(sess[2][0])}  Break
{rng(*sess[2])}  Hiring manager - Grace Oyelaran (Head of Pre-Sales, APAC)

You'll receive three separate Google Calendar invites, one per session, each with its own Meet link. I'll be on Slack/email all day if anything goes sideways.

Cheers,
Mia

Mia Tanaka-Reid
Talent Coordinator | Wattlebird Analytics | Sydney
"""
    files = [("01-onsite-itinerary.eml",
              human(cid=cid, frm=addr(*mia), to=addr(OWNER_NAME, OWNER),
                    subject=f"Your virtual onsite with Wattlebird – {uk_date(sess[0][0]).rsplit(' ', 1)[0]}",
                    sent=sent, body=body, msgid=gmail_id(cid, "m1"), host="mail-sor-f61.google.com",
                    ip="209.85.220.61"))]
    titles = ["Wattlebird onsite 1/3: Customer demo presentation (Darius Lim)",
              "Wattlebird onsite 2/3: Architecture deep-dive (Darius Lim)",
              "Wattlebird onsite 3/3: Hiring manager – Grace Oyelaran (Darius Lim)"]
    people = [[lach, sofia], [ben], [grace]]
    descs = ["20-minute demo of a product of your choice to a mock retail customer, then Q&A. Senior Pre-Sales "
             "Consultant interview loop.",
             "Architecture discussion: streaming ingestion, data modelling and security controls.",
             "Conversation with the hiring manager about the Senior Pre-Sales Consultant role."]
    names = ["02-invitation-demo-presentation.eml", "03-invitation-architecture.eml",
             "04-invitation-hiring-manager.eml"]
    for i in range(3):
        guests = [(mia[0], mia[1], "ACCEPTED")] + [(p[0], p[1], "ACCEPTED") for p in people[i]] + \
                 [("", OWNER, "NEEDS-ACTION")]
        files.append((names[i], google_invite(
            cid=cid, org=mia, title=titles[i], start=sess[i][0], end=sess[i][1], disp_tz=SGT,
            tzlabel="Singapore Standard Time", tzabbr="SGT", guests=guests, desc=descs[i],
            sent=sent + timedelta(minutes=3 + i), uid=f"{hid(cid, 'u', i, n=26)}@google.com",
            meet=meet_code(f"{cid}{i}"))))
    ivs = [lach[1], sofia[1], ben[1], grace[1]]
    return {"id": cid, "files": files,
            "label": lab([iv("Wattlebird Analytics", "Senior Pre-Sales Consultant", sess[0][0], sess[2][1],
                             "scheduled", ivs, ivs, "onsite")],
                         "hard", "positive/onsite-loop",
                         "Same-day loop sent as itinerary + three Google invites (displayed in SGT), with a lunch "
                         "break: one onsite from 10:00 to 13:45 AEDT (07:00-10:45 SGT), all four interviewers; the "
                         "coordinator is organiser only."),
            "evidence": [(rng(*sess[0]), sess[0][0])]}


@case
def c11():
    cid = "b178-11-bangalore-coordinator-relative-tomorrow"
    rohit = ("Rohit Malhotra", "rohit.malhotra@cindergrove.example")
    alex = ("Alex Romero", "alex.romero@cindergrove.example")
    sent1 = T(2026, 6, 8, 17, 40, IST, 9)
    wd(sent1, "Monday")
    dreply = T(2026, 6, 8, 20, 51, SGT)
    sent2 = T(2026, 6, 8, 18, 26, IST, 55)
    assert dreply < sent2
    start = T(2026, 6, 9, 9, 30, SGT)         # "tomorrow" relative to Mon 8 Jun
    end = start + timedelta(minutes=45)
    wd(start, "Tuesday")
    i_, m_ = start.astimezone(IST), start.astimezone(MT)
    assert (i_.hour, i_.minute) == (7, 0) and (m_.day, m_.hour, m_.minute) == (8, 19, 30)
    subj = "Cindergrove | Technical conversation - Solutions Engineer, APJ"
    body1 = f"""Hi Darius,

Hope you're doing well. Following your call with Megan last week, the hiring team would like to schedule a 45-minute technical conversation with Alex Romero (Sr. Manager, Sales Engineering) for the Solutions Engineer, APJ role.

Alex has an opening tomorrow - would 9:30 AM Singapore time work for you? If not, Thursday at the same time is the backup.

Thanks & regards,
Rohit Malhotra
Talent Coordinator | Cindergrove (Bengaluru hub)
+91 80 5555 0192
"""
    dr = dreply.astimezone(IST)
    s1 = sent1
    phrase = f"tomorrow at {h12(start)} SGT"
    body2 = f"""Hi Darius,

Thanks for confirming. You're all set for {phrase} ({h12(i_)} IST for me, and {h12(m_)} Mountain Time this evening for Alex in Denver). It will run for 45 minutes.

Alex will send the Google Meet link directly; I've copied him here so you have his address.

All the best!
Rohit

________________________________
From: Darius Lim <{OWNER}>
Sent: {us_date(dr)} {h12(dr)}
To: Rohit Malhotra <{rohit[1]}>
Subject: Re: {subj}

Hi Rohit,

Tomorrow at 9:30am SGT works for me. Thanks!

Darius

________________________________
From: Rohit Malhotra <{rohit[1]}>
Sent: {us_date(s1)} {h12(s1)}
To: Darius Lim <{OWNER}>
Subject: {subj}

{body1}"""
    m1 = outlook_id(cid, "m1")
    md = gmail_id(cid, "darius")
    m2 = outlook_id(cid, "m2")
    common = dict(cid=cid, frm=addr(*rohit), host="APC01-PSA-obe.outbound.protection.outlook.com",
                  ip="40.107.222.83", style="outlook")
    f1 = human(to=addr(OWNER_NAME, OWNER), subject=subj, sent=sent1, body=body1, msgid=m1, **common)
    f2 = human(to=addr(OWNER_NAME, OWNER), cc=addr(*alex), subject="RE: " + subj, sent=sent2, body=body2,
               msgid=m2, irt=md, refs=f"{m1} {md}", **common)
    return {"id": cid, "files": [("01-coordinator-proposes-tomorrow.eml", f1), ("02-coordinator-confirms.eml", f2)],
            "label": lab([iv("Cindergrove", "Solutions Engineer, APJ", start, end, "scheduled",
                             [alex[1]], [alex[1]], "technical")],
                         "hard", "positive/relative-date-body-only",
                         "Body-only Outlook thread from a Bengaluru coordinator (Date +0530). 'Tomorrow at 9:30 AM "
                         "SGT' resolved against Mon 8 Jun -> Tue 9 Jun 09:30 SGT (= 07:00 IST = Mon 19:30 MDT). "
                         "Interviewer Alex is cc'd, so he is the follow-up recipient."),
            "evidence": [(phrase, start)]}


@case
def c12():
    cid = "b178-12-brisbane-cancel-then-rebook"
    chloe = ("Chloe Nguyen", "chloe.nguyen@redgum.example")
    pat = ("Patrick O'Rourke", "patrick.orourke@redgum.example")
    sent1 = T(2026, 10, 8, 14, 10, BNE, 33)
    a1 = T(2026, 10, 15, 10, 0, BNE)
    a2 = a1 + timedelta(minutes=60)
    offset_is(a1, 10)                         # Brisbane: no DST (Sydney is +11 by now)
    wd(a1, "Thursday")
    sent2 = T(2026, 10, 12, 8, 2, BNE, 14)
    sent3 = T(2026, 10, 12, 8, 15, BNE, 50)
    sent4 = T(2026, 10, 12, 8, 17, BNE, 6)
    b1 = T(2026, 10, 21, 15, 0, BNE)
    b2 = b1 + timedelta(minutes=60)
    wd(b1, "Wednesday")
    role = "Solutions Engineer (Geospatial Platform)"
    title = "Redgum Geospatial – Technical Interview (Darius Lim)"
    desc = (f"Technical interview with Patrick O'Rourke (Principal Solutions Engineer) for the {role} role. Patrick "
            "will ask you to sketch an ingestion pipeline for satellite imagery.")
    guests = [(chloe[0], chloe[1], "ACCEPTED"), (pat[0], pat[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    u1 = f"{hid(cid, 'u1', n=26)}@google.com"
    gkw = dict(cid=cid, org=chloe, title=title, disp_tz=BNE, tzlabel="Australian Eastern Time - Brisbane",
               tzabbr="AEST", guests=guests, desc=desc)
    g1 = google_invite(start=a1, end=a2, sent=sent1, uid=u1, meet=meet_code(cid + "1"), **gkw)
    g2 = google_invite(start=a1, end=a2, sent=sent2, uid=u1, meet=meet_code(cid + "1"), kind="CANCEL", seq=1, **gkw)
    phrase = f"{b1:%A} {b1.day} {b1:%B}, {h12(b1, False, True).replace(':00', '')}–{h12(b2, False, True).replace(':00', '')} Brisbane time"
    body = f"""Hi Darius,

Apologies for the cancellation notice you just received - Patrick has to fly out to a client's mine site in the Pilbara on Thursday, so we've had to pull that slot.

I've booked a new one instead: {phrase} ({h12(sg(b1), False, True).replace(':00', '')}–{h12(sg(b2), False, True).replace(':00', '')} in Singapore). A fresh invite is on its way - please accept that one.

Thanks for your patience!
Chloe

Chloe Nguyen
Talent Acquisition Partner | Redgum Geospatial | Brisbane
"""
    m3 = human(cid=cid, frm=addr(*chloe), to=addr(OWNER_NAME, OWNER), subject="Re-booking your technical interview",
               sent=sent3, body=body, msgid=gmail_id(cid, "m3"), host="mail-sor-f69.google.com", ip="209.85.220.69")
    g4 = google_invite(start=b1, end=b2, sent=sent4, uid=f"{hid(cid, 'u2', n=26)}@google.com",
                       meet=meet_code(cid + "2"), **gkw)
    return {"id": cid, "files": [("01-invitation-technical-interview.eml", g1),
                                 ("02-cancelled-technical-interview.eml", g2),
                                 ("03-recruiter-rebooks.eml", m3),
                                 ("04-invitation-new-slot.eml", g4)],
            "label": lab([iv("Redgum Geospatial", role, a1, a2, "cancelled", [pat[1]], [pat[1]], "technical"),
                          iv("Redgum Geospatial", role, b1, b2, "scheduled", [pat[1]], [pat[1]], "technical")],
                         "hard", "positive/cancel-and-rebook",
                         "Google invite for Thu 15 Oct 10:00 Brisbane (AEST +10 all year - unlike Sydney, which is on "
                         "AEDT in October) = 08:00 SGT, cancelled (METHOD:CANCEL), then re-booked as a NEW event "
                         "(different UID) for Wed 21 Oct 15:00 Brisbane = 13:00 SGT: two entries."),
            "evidence": [(phrase, b1), (f"{h24(a1)} – {h24(a2)}", a1)]}


@case
def c13():
    cid = "b178-13-agency-forward-japanese-invite"
    kana = ("Kana Ota", "kana.ota@sakura-careers.example")
    misaki = ("佐藤 美咲", "misaki.sato@hoshizora.example")
    ken = ("高橋 健一", "kenichi.takahashi@hoshizora.example")
    orig = T(2026, 5, 27, 17, 32, TYO)
    wd(orig, "Wednesday")
    sent = T(2026, 5, 27, 18, 4, TYO, 27)
    start = T(2026, 6, 2, 14, 0, TYO)
    end = start + timedelta(minutes=60)
    wd(start, "Tuesday")
    s, e = sg(start), sg(end)
    jp_when = f"{start.year}年{start.month}月{start.day}日（火）{h24(start)}～{h24(end)}（日本時間）"
    en_when = f"{start:%A} {start.day} {start:%B}, {h24(start)}–{h24(end)} Japan time ({h24(s)}–{h24(e)} Singapore)"
    jp_subj = "【Hoshizora Solutions】一次面接日程のご案内"
    body = f"""Hi Darius,

Good news - Hoshizora have confirmed your first-round interview. Their confirmation (in Japanese) is below; in short:

- {en_when}
- Microsoft Teams, mostly in English
- Interviewer: Kenichi Takahashi, General Manager, Technical Sales

If you need to change anything, please reply-all to Ms. Sato's mail below. I'll call you on Monday to help you prepare.

Best,
Kana

Kana Ota
Senior Consultant | Sakura Careers (Tokyo)
+81 3 5555 0173

---------- Forwarded message ---------
From: {misaki[0]} <{misaki[1]}>
Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {h12(orig)}
Subject: {jp_subj}
To: Kana Ota <{kana[1]}>
Cc: {ken[0]} <{ken[1]}>


太田様

いつもお世話になっております。
Hoshizora Solutions株式会社 人事部の佐藤でございます。

この度はDarius Lim様をご推薦いただき、誠にありがとうございます。
一次面接の日程が確定いたしましたので、下記の通りご案内申し上げます。

■ポジション：プリセールス・ソリューションエンジニア（Pre-sales Solutions Engineer）
■日時：{jp_when}
　　　※シンガポール時間 {h24(s)}～{h24(e)}
■形式：Microsoft Teams（URLは前日までにお送りいたします）
■面接官：技術営業本部 部長 高橋 健一

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

――――――――――――――――
Hoshizora Solutions株式会社
人事部 採用担当 佐藤 美咲
{misaki[1]}
――――――――――――――――
"""
    f1 = human(cid=cid, frm=addr(*kana), to=addr(OWNER_NAME, OWNER), cc=addr(*misaki),
               subject="Fwd: " + jp_subj, sent=sent, body=body, msgid=gmail_id(cid, "m1"),
               host="mail-sor-f57.google.com", ip="209.85.220.57", plain_cte="base64")
    return {"id": cid, "files": [("01-agency-forwards-japanese-confirmation.eml", f1)],
            "label": lab([iv("Hoshizora Solutions", "Pre-sales Solutions Engineer", start, end, "scheduled",
                             [ken[1]], [ken[1]], "other")],
                         "hard", "positive/non-english-forward",
                         "Agency recruiter forwards a Japanese confirmation (base64 UTF-8, encoded-word subject): "
                         "2026年6月2日（火）14:00～15:00 JST = 13:00 SGT. Interviewer 高橋 健一 is in the forwarded Cc, "
                         "so he is the follow-up recipient (not the agency or HR)."),
            "evidence": [(jp_when, start), (en_when, start)]}


# ================================================================= NEGATIVES (look-alikes)
@case
def c14():
    cid = "b178-14-partner-enablement-teams"
    org = ("Nur Aisyah Rahman", "nuraisyah.rahman@stratomesh.example")
    grp = ("APAC SE Partners", "apac-se-partners@stratomesh.example")
    sent = T(2026, 5, 12, 9, 20, SGT, 45)
    start = T(2026, 5, 19, 14, 0, SGT)
    end = start + timedelta(minutes=90)
    wd(start, "Tuesday")
    when_line = f"When: {us_date(start)} {h12(start)}-{h12(end)} (UTC+08:00) Kuala Lumpur, Singapore."
    body = """Hi partners,

Welcome to session 3 of the Stratomesh APAC Partner Enablement programme (SE track).

Topic: Discovery interviews & technical qualification
- How to run a discovery interview with an enterprise buyer (role-play in breakout rooms, you'll take turns as the SE and as the customer)
- Mapping pain to Stratomesh capabilities, MEDDPICC for SEs
- Live Q&A with our APAC field CTO

Attendance counts towards Stratomesh Certified Solutions Engineer (SCSE) status for your organisation. Recordings will be shared on the partner portal afterwards.

Thanks,
Nur Aisyah Rahman
Partner Enablement Lead, APAC | Stratomesh
Singapore"""
    f1 = outlook_invite(cid=cid, org=org, to_list=[grp], sent=sent, when_line=when_line, body=body,
                        subject="Stratomesh Partner Enablement | SE Track Session 3: Discovery Interviews & Technical Qualification",
                        tzid="Singapore Standard Time", zone=SGT, start=start, end=end,
                        attendees=[grp], optional=[(OWNER_NAME, OWNER)], uid_seed=cid)
    return {"id": cid, "files": [("01-partner-enablement-invite.eml", f1)],
            "label": lab([], "medium", "negative/partner-enablement",
                         "Vendor partner-enablement training for the owner's current SE team; 'discovery interviews' "
                         "are customer-discovery role-plays. Teams invite with real time but not a job interview."),
            "evidence": []}


@case
def c15():
    cid = "b178-15-customer-poc-checkpoint-google"
    har = ("Haruto Ishikawa", "haruto.ishikawa@minatoku-freight.example")
    sent = T(2026, 6, 15, 9, 40, TYO, 12)
    start = T(2026, 6, 18, 10, 0, TYO)
    end = start + timedelta(minutes=60)
    wd(start, "Thursday")
    desc = ("Agenda:\n1) POC success criteria status - Darius (Cobaltline)\n"
            "2) Interviews with two NOC shift leads on alert-triage pain points (Sora, Aiko)\n"
            "3) Decision timeline for the production pilot and next steps\n\n"
            "Cobaltline attendees: Darius Lim (Senior Solutions Engineer), Wen Jie Toh (Account Executive)")
    guests = [(har[0], har[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION"),
              ("Wen Jie Toh", "wenjie.toh@cobaltline.example", "ACCEPTED"),
              ("Sora Kimura", "sora.kimura@minatoku-freight.example", "ACCEPTED"),
              ("Aiko Fujii", "aiko.fujii@minatoku-freight.example", "TENTATIVE")]
    g1 = google_invite(cid=cid, org=har, title="Minatoku Freight x Cobaltline – POC week 2 checkpoint",
                       start=start, end=end, disp_tz=TYO, tzlabel="Japan Standard Time - Tokyo", tzabbr="JST",
                       guests=guests, desc=desc, sent=sent, uid=f"{hid(cid, 'u', n=26)}@google.com",
                       meet=meet_code(cid))
    return {"id": cid, "files": [("01-invitation-poc-checkpoint.eml", g1)],
            "label": lab([], "medium", "negative/customer-poc",
                         "Customer proof-of-concept checkpoint the owner runs as the vendor SE; 'interviews with NOC "
                         "shift leads' are requirement interviews. Google invite, but no hiring process."),
            "evidence": []}


@case
def c16():
    cid = "b178-16-conference-booth-roster-ics"
    stamp = T(2026, 9, 28, 10, 0, SGT)
    mei = ("Mei Chen", "mei.chen@cobaltline.example")
    arv = ("Arvind Pillai", "arvind.pillai@cobaltline.example")
    ev_org = ("Cobaltline Field Events", "field-events@cobaltline.example")
    rows = [
        ("Booth duty – Shift A (Darius Lim, Mei Chen)", T(2026, 10, 7, 9, 30, SGT), T(2026, 10, 7, 12, 30, SGT),
         "Stand C14. Demo pod 2 (observability). Badge scanning: use the Cobaltline lead app.", [mei]),
        ("Careers corner – walk-in interviews for SE roles (TA team, SEs on call)", T(2026, 10, 8, 10, 0, SGT),
         T(2026, 10, 8, 12, 0, SGT),
         "Talent Acquisition will run 20-minute walk-in screening interviews with candidates for our Singapore "
         "SE openings at the careers corner next to the stand. If you are on shift, please help answer technical "
         "questions from candidates. You are not expected to interview anyone.", [arv]),
        ("Booth duty – Shift C (Darius Lim, Arvind Pillai)", T(2026, 10, 8, 13, 30, SGT), T(2026, 10, 8, 17, 0, SGT),
         "Stand C14. Demo pod 1 (network analytics). Hand over to shift D at 17:00.", [arv]),
    ]
    wd(rows[0][1], "Wednesday")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Cobaltline @ CloudConnect Asia 2026 – booth roster",
           "X-WR-TIMEZONE:Asia/Singapore"] + VTZ["Asia/Singapore"]
    for i, (summ, a, b, d, others) in enumerate(rows):
        cal += ["BEGIN:VEVENT", f"DTSTART;TZID=Asia/Singapore:{lt(a, SGT)}",
                f"DTEND;TZID=Asia/Singapore:{lt(b, SGT)}", f"DTSTAMP:{zt(stamp)}", organizer(*ev_org),
                f"UID:{hid(cid, i, n=26)}@google.com",
                attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp="FALSE", google=True)]
        cal += [attendee(o[0], o[1], partstat="ACCEPTED", rsvp="FALSE", google=True) for o in others]
        cal += [f"CREATED:{zt(stamp)}", f"DESCRIPTION:{esc(d)}", f"LAST-MODIFIED:{zt(stamp)}",
                "LOCATION:" + esc("Marina Bay Sands Expo & Convention Centre, Hall B, Stand C14, Singapore"),
                "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(summ)}", "TRANSP:OPAQUE", "END:VEVENT"]
    cal.append("END:VCALENDAR")
    return {"id": cid, "files": [("01-cloudconnect-booth-roster.ics", ical(cal).encode("utf-8"))],
            "label": lab([], "hard", "negative/booth-roster",
                         "Standalone .ics roster for the owner's employer's conference stand. One event is 'walk-in "
                         "interviews for SE roles' run by TA for other candidates; the owner is staff on call, not a "
                         "candidate."),
            "evidence": []}


@case
def c17():
    cid = "b178-17-recruiter-market-update-call"
    lor = ("Lorraine Quek", "lorraine.quek@banyantalent.example")
    sent1 = T(2026, 7, 2, 10, 5, SGT, 19)
    sent2 = T(2026, 7, 2, 11, 47, SGT, 3)
    start = T(2026, 7, 7, 12, 30, SGT)
    end = start + timedelta(minutes=20)
    wd(start, "Tuesday")
    body1 = """Hi Darius,

I lead the pre-sales & solutions engineering practice at Banyan Talent Partners here in Singapore. Your name came up a few times when I was speaking with SE leaders recently.

To be upfront: I don't have a specific role to put in front of you right now, and this isn't an interview. I'd simply like to share what we're seeing in the APAC SE market (comp bands, which US and Australian vendors are building out Singapore hubs, how interview loops have changed) and understand what you'd want from a next move, so I can keep you in mind.

If you're open to it, grab 20 minutes here: https://calendly.com/lorraine-quek-banyan/market-update

Best regards,
Lorraine Quek
Principal Consultant, Pre-Sales & Solutions | Banyan Talent Partners
EA Licence No. 26C0000 | Reg. No. R2600000
"""
    meet = meet_code(cid)
    body2 = f"""Hi Darius Lim,

Your Market update chat with Lorraine Quek at {h12(start, False, True)} - {h12(end, False, True)} (Singapore Standard Time) on {us_date(start)} is scheduled.

Location:
This is a Google Meet web conference. https://meet.google.com/{meet}

Questions:
Anything specific you'd like to cover?
Comp ranges for senior SE roles and which vendors are hiring in SG.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuidish(cid, 'c')}
Reschedule: https://calendly.com/reschedulings/{uuidish(cid, 'c')}

Powered by Calendly.com
"""
    cal = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", f"UID:{uuidish(cid, 'uid')}@calendly.com", f"DTSTAMP:{zt(sent2)}",
                f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}", "SUMMARY:Market update chat (Darius Lim and Lorraine Quek)",
                "DESCRIPTION:" + esc(f"Event Name: Market update chat\n\nGoogle Meet: https://meet.google.com/{meet}"),
                f"LOCATION:https://meet.google.com/{meet}", organizer(*lor), attendee(OWNER_NAME, OWNER, partstat="ACCEPTED"),
                "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    f1 = human(cid=cid, frm=addr(*lor), to=addr(OWNER_NAME, OWNER), subject="Quick market update chat?",
               sent=sent1, body=body1, msgid=outlook_id(cid, "m1"),
               host="APC01-TYZ-obe.outbound.protection.outlook.com", ip="40.107.117.42", style="outlook")
    f2 = human(cid=cid, frm=addr("Calendly", "notifications@calendly.com"), reply_to=addr(*lor),
               to=OWNER, subject=f"Confirmed: Market update chat with Lorraine Quek on {us_date(start)}",
               sent=sent2, body=body2, msgid=f"<{uuidish(cid, 'm2')}@calendly.com>", host="o3.email.calendly.com",
               ip="167.89.101.2", attachments=[ics_attachment(cal, "invite.ics", ctype="text/calendar")])
    return {"id": cid, "files": [("01-recruiter-offers-market-update.eml", f1),
                                 ("02-calendly-confirmed.eml", f2)],
            "label": lab([], "hard", "negative/recruiter-market-update",
                         "Agency recruiter's 'market update' call, booked via Calendly with an .ics, but explicitly "
                         "no role and 'this isn't an interview': recruiter outreach, not a hiring-process step."),
            "evidence": []}


@case
def c18():
    cid = "b178-18-mom-employment-pass-appointment"
    sender = ("MOM Employment Pass Services Centre", "no-reply@eservices.mom.example")
    sent = T(2026, 7, 13, 15, 22, SGT, 8)
    start = T(2026, 7, 22, 10, 15, SGT)
    end = start + timedelta(minutes=30)
    wd(start, "Wednesday")
    ref = "EPSC-260722-0415"
    body = f"""Dear DARIUS LIM,

Your appointment at the Employment Pass Services Centre (EPSC) has been confirmed.

Appointment reference: {ref}
Purpose: Employment Pass - registration of fingerprints and photograph
Date: {uk_date(start).replace(' ', ', ', 1)}
Time: {h12(start)}
Venue: Employment Pass Services Centre, The Riverwalk, 20 Upper Circular Road, #04-01/02, Singapore 058416

Please bring:
- Your passport (original)
- In-Principle Approval (IPA) letter issued to your employer
- Appointment letter (this email)

Please note: our officers may conduct a short interview with you to verify your particulars and employment details. Please arrive 10 minutes before your appointment time.

To reschedule, log in to EP Online with your Singpass at least 1 working day before the appointment.

This is a system-generated email. Please do not reply.

Ministry of Manpower
"""
    cal = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MOM//EPSC Appointment//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", f"UID:{ref}@eservices.mom.example", f"DTSTAMP:{zt(sent)}", f"DTSTART:{zt(start)}",
                f"DTEND:{zt(end)}", "SUMMARY:EPSC appointment - Employment Pass registration",
                "LOCATION:" + esc("The Riverwalk, 20 Upper Circular Road, #04-01/02, Singapore 058416"),
                "DESCRIPTION:" + esc(f"Ref {ref}. Bring passport and IPA letter."),
                attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp="FALSE"), "END:VEVENT", "END:VCALENDAR"])
    f1 = human(cid=cid, frm=addr(*sender), to=OWNER,
               subject=f"Appointment Confirmation: Employment Pass card registration (Ref: {ref})", sent=sent,
               body=body, msgid=f"<{hid(cid, 'm', n=24)}@eservices.mom.example>", host="smtp2.eservices.mom.example",
               ip="203.0.113.27", attachments=[ics_attachment(cal, "EPSC-appointment.ics", ctype="text/calendar")])
    return {"id": cid, "files": [("01-epsc-appointment-confirmation.eml", f1)],
            "label": lab([], "medium", "negative/visa-appointment",
                         "Government work-pass appointment that 'may include a short interview' with an officer: a "
                         "non-job (visa/immigration) interview, with an .ics."),
            "evidence": []}


@case
def c19():
    cid = "b178-19-greenhouse-availability-request"
    tom = ("Tomasz Wierzbicki", "tomasz.wierzbicki@pellucidlabs.example")
    sent = T(2026, 5, 12, 16, 30, CT, 51)
    w0 = T(2026, 5, 18, 18, 0, CT)
    wd(w0, "Monday")
    s0 = sg(w0)
    body = f"""Hi Darius,

We'd love to set up your technical interview for the Solutions Engineer, APAC role at Pellucid Labs!

Please let us know when you're available by selecting times here:
https://app.greenhouse.io/candidate_availability/{hid(cid, 'tok', n=32)}

For reference, the interview team is mostly free during these windows:
  Mon–Thu, {h12(w0)} – 9:00 PM Central ({h12(s0)} – 10:00 AM SGT, the following day)

Once we have your availability, I'll send a calendar invite with the final time and Zoom details. If none of these windows work, just reply and let me know.

Thanks,
Tomasz

Tomasz Wierzbicki
Recruiter | Pellucid Labs | Austin, TX
"""
    f1 = human(cid=cid, frm=addr(tom[0], "no-reply@greenhouse.io"), reply_to=addr(*tom), to=OWNER,
               subject="Pellucid Labs - Please share your availability", sent=sent, body=body,
               msgid=f"<{hid(cid, 'm', n=24)}@greenhouse.io>", host="o1.mail.greenhouse.io", ip="167.89.19.44",
               return_path=f"bounces+{hid(cid, 'rp', n=8)}@mail.greenhouse.io")
    return {"id": cid, "files": [("01-greenhouse-availability-request.eml", f1)],
            "label": lab([], "hard", "negative/availability-request",
                         "Greenhouse availability request with candidate windows given in CDT and SGT (next day); "
                         "nothing is booked yet."),
            "evidence": []}


@case
def c20():
    cid = "b178-20-user-is-interviewer-greenhouse"
    siti = ("Siti Nurhaliza Osman", "siti.osman@cobaltline.example")
    jh = ("Jun Hao Lee", "junhao.lee@cobaltline.example")
    sent1 = T(2026, 6, 19, 11, 2, SGT, 30)
    sent2 = T(2026, 6, 22, 9, 0, SGT, 12)
    start = T(2026, 6, 24, 14, 0, SGT)
    end = start + timedelta(minutes=60)
    wd(start, "Wednesday")
    fwd = [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]
    g1 = google_invite(cid=cid, org=siti, title="Interview: Farah Aziz – Solutions Engineer (Technical Demo)",
                       start=start, end=end, disp_tz=SGT, tzlabel="Singapore Standard Time", tzabbr="SGT",
                       guests=[(siti[0], siti[1], "ACCEPTED"), ("Darius Lim", WORK, "NEEDS-ACTION"),
                               (jh[0], jh[1], "ACCEPTED")],
                       desc="Candidate: Farah Aziz\nRole: Solutions Engineer, Singapore\nInterviewers: Darius Lim, "
                            "Jun Hao Lee\nInterview kit and scorecard are in Greenhouse.",
                       sent=sent1, uid=f"{hid(cid, 'u', n=26)}@google.com", meet=meet_code(cid), to=WORK,
                       extra_headers=fwd)
    body = f"""Hi Darius,

You're scheduled to interview Farah Aziz for Solutions Engineer, Singapore.

Technical Demo
{us_date(start)}, {h12(start)} - {h12(end)} SGT
Co-interviewer: Jun Hao Lee

Interview kit: https://app.greenhouse.io/guides/{hid(cid, 'kit', n=10)}/people/{int(hid(cid, 'p', n=8), 16)}
Focus attributes: Discovery skills, Technical depth, Presentation

Please submit your scorecard within 24 hours of the interview.

- Greenhouse
"""
    f2 = human(cid=cid, frm=addr("Greenhouse", "no-reply@greenhouse.io"), to=WORK,
               subject=f"Interview reminder: Farah Aziz - Technical Demo ({start:%a}, {start:%b} {start.day} at {h12(start)} SGT)",
               sent=sent2, body=body, msgid=f"<{hid(cid, 'm2', n=24)}@greenhouse.io>", host="o1.mail.greenhouse.io",
               ip="167.89.19.44", return_path=f"bounces+{hid(cid, 'rp', n=8)}@mail.greenhouse.io", extra=fwd)
    return {"id": cid, "files": [("01-invitation-interview-farah-aziz.eml", g1),
                                 ("02-greenhouse-interviewer-reminder.eml", f2)],
            "label": lab([], "hard", "negative/user-is-interviewer",
                         "Work mail auto-forwarded to the owner: he is on the interview panel for another "
                         "candidate (Google 'Interview:' invite + Greenhouse interviewer reminder)."),
            "evidence": []}


@case
def c21():
    cid = "b178-21-hirevue-one-way-video"
    sent = T(2026, 4, 14, 10, 0, SYD, 6)
    offset_is(sent, 10)
    due = T(2026, 4, 19, 23, 59, SYD)
    wd(due, "Sunday")
    body = f"""Hi Darius,

Thank you for your interest in the Senior Solutions Engineer role at Kestrel Payments.

The next step is a short on-demand video interview. You'll be asked 5 questions and have up to 3 minutes to record each answer. There is no live interviewer - you can complete it at any time that suits you, from any device with a camera.

Please complete your interview by {uk_date(due).replace(' ', ', ', 1)} at {h12(due)} AEST ({h12(sg(due))} SGT).

Start your interview: https://app.hirevue.com/interviews/{hid(cid, 'iv', n=24)}

Good luck!
Kestrel Payments Talent Team

This email was sent by HireVue on behalf of Kestrel Payments.
"""
    f1 = human(cid=cid, frm=addr("Kestrel Payments via HireVue", "noreply@hirevue.com"), to=OWNER,
               subject="Kestrel Payments: your video interview for Senior Solutions Engineer is ready",
               sent=sent, body=body, msgid=f"<{uuidish(cid, 'm')}@hirevue.com>", host="mta2.hirevue.com",
               ip="192.0.2.81")
    return {"id": cid, "files": [("01-hirevue-on-demand-interview.eml", f1)],
            "label": lab([], "medium", "negative/one-way-video",
                         "HireVue on-demand (one-way) video interview with a deadline given in AEST and SGT; no live "
                         "conversation."),
            "evidence": []}


@case
def c22():
    cid = "b178-22-rejection-after-tokyo-interview"
    sho = ("Sho Fujimoto", "sho.fujimoto@amanogawa.example")
    sent = T(2026, 5, 19, 16, 45, TYO, 38)
    past = T(2026, 5, 14, 11, 0, TYO)
    wd(past, "Thursday")
    body = f"""Dear Darius,

Thank you for taking the time to interview with Aya and Ryo on {past:%A}, {past.day} {past:%B} ({h24(past)} JST / {h24(sg(past))} SGT) for the Solutions Engineer position at Amanogawa Data.

After careful consideration, we have decided not to move forward with your application at this time. The team enjoyed the conversation, and the decision came down to Japanese business-level fluency, which this customer-facing role requires.

We are planning to open a Singapore-based role in Q4 and would be glad to interview you again then, if you are interested.

With best regards,
Sho Fujimoto
Talent Acquisition | Amanogawa Data
Tokyo
"""
    f1 = human(cid=cid, frm=addr(*sho), to=addr(OWNER_NAME, OWNER),
               subject="Amanogawa Data - Solutions Engineer application update", sent=sent, body=body,
               msgid=gmail_id(cid, "m"), host="mail-sor-f49.google.com", ip="209.85.220.49")
    return {"id": cid, "files": [("01-rejection-after-interview.eml", f1)],
            "label": lab([], "medium", "negative/rejection",
                         "Rejection that names the past interview date/time in JST and SGT and offers to 'interview "
                         "you again' for a future role; no interview to schedule."),
            "evidence": []}


# ================================================================= driver
HEADER = ("# blind178 labels - APAC solutions engineer in Singapore (written blind).\n"
          "# Generated by make_cases.py; do not edit by hand. Starts/ends are given in SGT (+08:00).\n")


def build():
    out = []
    for i, fn in enumerate(CASES, 1):
        c = fn()
        assert c["id"].startswith(f"b178-{i:02d}-"), c["id"]
        names = [n for n, _ in c["files"]]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for j, n in enumerate(names, 1):
            assert n.startswith(f"{j:02d}-") and n.rsplit(".", 1)[-1] in ("eml", "ics", "json"), n
        out.append(c)
    return out


def main():
    cases = build()
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b178-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for c in cases:
        d = os.path.join(HERE, c["id"])
        os.makedirs(d)
        for n, data in c["files"]:
            with open(os.path.join(d, n), "wb") as fh:
                fh.write(data)
        labels[c["id"]] = c["label"]
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    canc = sum(1 for i in ivs if i["status"] == "cancelled")
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({len(ivs) - canc} scheduled, {canc} cancelled)")


if __name__ == "__main__":
    main()
