#!/usr/bin/env python3
"""Generate the blind314 evaluation set (Kabul job seeker; Dari, Pashto and English mail).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a hash of SEED.
Deletes and rewrites every b314-* case folder and labels.yaml next to this script.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind314-kabul-2026"
OWNER = "farid.ahmadzai@example.com"
OWNER_NAME = "Farid Ahmadzai"

KBL = ZoneInfo("Asia/Kabul")
DXB = ZoneInfo("Asia/Dubai")
ZRH = ZoneInfo("Europe/Zurich")
KHI = ZoneInfo("Asia/Karachi")
UTC = timezone.utc

# ---------------------------------------------------------------- hashing helpers

def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def digits(*parts, n=10):
    return str(int(hx(*parts, n=40), 16))[:n]


def letters(*parts, n=10):
    d = hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()
    return "".join("abcdefghijklmnopqrstuvwxyz"[b % 26] for b in d[:n])


def meet_code(key):
    s = letters("meet", key)
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


# ---------------------------------------------------------------- time helpers (asserted)

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _off(s):
    sign = -1 if s[0] == "-" else 1
    h, m = s[1:].split(":")
    return sign * timedelta(hours=int(h), minutes=int(m))


def T(tz, y, mo, d, h=0, mi=0, s=0, *, wd, off):
    """Aware datetime; asserts the weekday and the UTC offset."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    assert WD[dt.weekday()] == wd, (dt, wd, WD[dt.weekday()])
    assert dt.utcoffset() == _off(off), (dt, off, dt.utcoffset())
    return dt


def check_zones():
    ny, lon = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
    # US 2026: Mar 8 / Nov 1; EU/UK: Mar 29 / Oct 25
    assert datetime(2026, 3, 7, 12, tzinfo=ny).utcoffset() == _off("-05:00")
    assert datetime(2026, 3, 9, 12, tzinfo=ny).utcoffset() == _off("-04:00")
    assert datetime(2026, 10, 31, 12, tzinfo=ny).utcoffset() == _off("-04:00")
    assert datetime(2026, 11, 2, 12, tzinfo=ny).utcoffset() == _off("-05:00")
    assert datetime(2026, 3, 28, 12, tzinfo=lon).utcoffset() == _off("+00:00")
    assert datetime(2026, 3, 30, 12, tzinfo=lon).utcoffset() == _off("+01:00")
    assert datetime(2026, 10, 24, 12, tzinfo=ZRH).utcoffset() == _off("+02:00")
    assert datetime(2026, 10, 26, 12, tzinfo=ZRH).utcoffset() == _off("+01:00")
    assert datetime(2026, 10, 25, 1, tzinfo=ZRH).utcoffset() == _off("+02:00")
    assert datetime(2026, 10, 25, 4, tzinfo=ZRH).utcoffset() == _off("+01:00")
    for m in (1, 4, 7, 10, 11):  # no DST in Kabul, Dubai, Karachi
        assert datetime(2026, m, 15, 12, tzinfo=KBL).utcoffset() == _off("+04:30")
        assert datetime(2026, m, 15, 12, tzinfo=DXB).utcoffset() == _off("+04:00")
        assert datetime(2026, m, 15, 12, tzinfo=KHI).utcoffset() == _off("+05:00")


# ---------------------------------------------------------------- Solar Hijri (Afghan month names)

SH_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
DARI_WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
PASHTO_WD = ["دوشنبه", "درېنۍ", "څلرنۍ", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
SH_EPOCH = date(2026, 3, 21)  # 1 Hamal 1405 (Nowruz 2026)


def fa(x):
    return str(x).translate(FA_DIGITS)


def to_sh(d):
    if isinstance(d, datetime):
        d = d.date()
    n = (d - SH_EPOCH).days
    assert 0 <= n < 365
    lens = [31] * 6 + [30] * 5 + [29]
    m = 0
    while n >= lens[m]:
        n -= lens[m]
        m += 1
    return 1405, m + 1, n + 1


def sh_dari(d):
    y, m, dd = to_sh(d)
    return f"{fa(dd)} {SH_MONTHS[m - 1]} {fa(y)}"


def check_hijri():
    assert to_sh(date(2026, 3, 21)) == (1405, 1, 1)
    assert to_sh(date(2026, 9, 23)) == (1405, 7, 1)     # 1 Mizan
    assert to_sh(date(2026, 10, 14)) == (1405, 7, 22)   # 22 Mizan 1405
    assert to_sh(date(2026, 10, 23)) == (1405, 8, 1)    # 1 Aqrab
    assert to_sh(date(2026, 11, 22)) == (1405, 9, 1)    # 1 Qaws


# ---------------------------------------------------------------- MIME helpers

def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode() + f" <{email}>"
    if any(c in name for c in ',.;:()@<>"\''):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def addrs(*pairs):
    return ", ".join(addr(n, e) for n, e in pairs)


def hdr(k, v):
    try:
        v.encode("ascii")
        return f"{k}: {v}"
    except UnicodeEncodeError:
        return f"{k}: " + Header(v, "utf-8", header_name=k).encode(linesep="\n")


def leaf(ctype, data, cte, disp=None, extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("ascii")
    h = [f"Content-Type: {ctype}"]
    h += list(extra)
    if disp:
        h.append(f"Content-Disposition: {disp}")
    h.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(h) + "\n\n" + body


def multi(sub, boundary, parts, params=""):
    s = f'Content-Type: multipart/{sub};{params}\n boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n" + p.rstrip("\n") + "\n"
    s += f"--{boundary}--\n"
    return s


def bnd(style, key):
    if style == "gmail":
        return "000000000000" + hx("bnd", key, n=16)
    if style == "outlook":
        return "_000_" + hx("bnd", key, n=28).upper() + "prodoutlookcom_"
    return "----=_Part_" + digits("bnd", key, n=7) + "_" + digits("bnd2", key, n=9) + "." + digits("bnd3", key, n=13)


def mid(style, key, domain="mail.gmail.com"):
    if style == "gmail":
        return "<CA" + base64.b64encode(bytes.fromhex(hx("mid", key, n=40))).decode().rstrip("=") + "@mail.gmail.com>"
    if style == "outlook":
        h = hx("mid", key, n=32).upper()
        return f"<{h[:8]}{h[8:24]}@{h[24:32]}.eurprd0{int(h[0], 16) % 9 + 1}.prod.outlook.com>"
    return f"<{hx('mid', key, n=24)}@{domain}>"


def ip(key):
    d = hashlib.sha256((SEED + "ip" + key).encode()).digest()
    return f"203.0.113.{d[0] % 250 + 2}"


def render(headers, body):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(hdr(k, v))
    out.append("MIME-Version: 1.0")
    s = "\n".join(out) + "\n" + body
    if not s.endswith("\n"):
        s += "\n"
    return s.encode("ascii")


def base_headers(key, *, frm, to, subject, dt, msgid, host, cc=None, reply_to=None,
                 in_reply_to=None, refs=None, extra=(), sender=None):
    recv = (f"from {host} ({host} [{ip(key)}])\n        by mx.example.com with ESMTPS id "
            f"{hx('smtp', key, n=12)}\n        for <{OWNER}>;\n        "
            f"{format_datetime(dt + timedelta(seconds=3))}")
    h = [("Delivered-To", OWNER), ("Received", recv), ("Return-Path", f"<{frm[1]}>"),
         ("From", addr(*frm))]
    if sender:
        h.append(("Sender", addr(*sender)))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Date", format_datetime(dt)), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def to_html(text, rtl=False, font="Arial,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    d = ' dir="rtl"' if rtl else ""
    body = "".join("<p>" + "<br>".join(html.escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div{d} style="font-family:{font};font-size:11pt">\n{body}</div></body></html>\n')


def alt_body(key, text, *, style="gmail", rtl=False, text_cte="base64", html_cte="base64", html_text=None):
    return multi("alternative", bnd(style, key + "alt"), [
        leaf('text/plain; charset="UTF-8"', text, text_cte),
        leaf('text/html; charset="UTF-8"', html_text or to_html(text, rtl), html_cte),
    ])


# ---------------------------------------------------------------- iCalendar helpers

def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        lim = 75 if not out else 74
        if len(cur) + len(cb) > lim:
            out.append(cur)
            cur = b""
        cur += cb
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ical(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def _fixed_tz(tzid, off, name, dtstart="19700101T000000"):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", f"DTSTART:{dtstart}",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}"] + ([f"TZNAME:{name}"] if name else []) + \
           ["END:STANDARD", "END:VTIMEZONE"]


VTZ = {
    "Asia/Kabul": _fixed_tz("Asia/Kabul", "+0430", "GMT+04:30"),
    "Afghanistan Standard Time": _fixed_tz("Afghanistan Standard Time", "+0430", None, "16010101T000000"),
    "Asia/Dubai": _fixed_tz("Asia/Dubai", "+0400", "GST"),
    "Arabian Standard Time": _fixed_tz("Arabian Standard Time", "+0400", None, "16010101T000000"),
    "Asia/Karachi": _fixed_tz("Asia/Karachi", "+0500", "PKT"),
    "Europe/Zurich": ["BEGIN:VTIMEZONE", "TZID:Europe/Zurich", "X-LIC-LOCATION:Europe/Zurich",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                      "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                      "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
}


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def dtline(prop, dt, tzid=None):
    if tzid is None:
        return f"{prop}:{zstamp(dt)}"
    return f"{prop};TZID={tzid}:{local(dt)}"


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
                f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# ---------------------------------------------------------------- display formats

def ampm(dt, google=False):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    if google:
        return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suf}"
    return f"{h}:{dt.minute:02d} {suf.upper()}"


def outlook_when(s, e, label):
    return f"{s:%A, %B} {s.day}, {s.year} {ampm(s)}-{ampm(e)} {label}."


def google_when(s, e):
    return f"{s:%A %b} {s.day}, {s.year} \u22c5 {ampm(s, True)} \u2013 {ampm(e, True)}"


def google_subj_when(s, e, abbr):
    return f"{s:%a %b} {s.day}, {s.year} {ampm(s, True)} - {ampm(e, True)} ({abbr})"


def teams_block(key):
    mt = hx("teams", key, n=40)
    tid = hx("tid", key, n=8) + "-" + hx("tid2", key, n=4) + "-4" + hx("tid3", key, n=3) + "-a" + \
        hx("tid4", key, n=3) + "-" + hx("tid5", key, n=12)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%7d")
    mid_ = " ".join([digits("tm", key, n=3), digits("tm2", key, n=3), digits("tm3", key, n=3),
                     digits("tm4", key, n=3)])
    pw = letters("tpw", key, n=6).capitalize()
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid_}\nPasscode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "________________________________________________________________________________")
    return url, text


def zoom_link(key):
    zid = "8" + digits("zoom", key, n=10)
    return zid, f"https://us06web.zoom.us/j/{zid}?pwd={letters('zpw', key, n=22)}.1"


# ---------------------------------------------------------------- invitation builders

def google_invite(key, *, organizer, guests, summary, start, end, tzid, tzlabel, abbr, sent,
                  uid, description, seq=0, updated=False, location="", meet=True, created=None):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    code = meet_code(key) if meet else None
    guest_lines = [f"{organizer[0]} - organizer"] + [g[0] or g[1] for g in guests]
    head = "This event has been changed.\n\n" if updated else ""
    when = ("Changed: " if updated else "") + google_when(start, end)
    txt = f"{head}{summary}\n{when}\n{tzlabel}\n\n"
    if location:
        txt += f"Location\n{location}\n\n"
    if code:
        txt += (f"Join with Google Meet\nhttps://meet.google.com/{code}\n\n"
                f"Join by phone\n(CH) +41 43 2{digits('ph', key, n=2)} {digits('ph2', key, n=4)} "
                f"PIN: {digits('pin', key, n=9)}\n\n")
    txt += "Guests\n" + "\n".join(guest_lines) + "\n" + OWNER + "\nView all guest info\n\n"
    txt += description + "\n\n"
    txt += (f"Reply for {OWNER}\nYes\nNo\nMaybe\nMore options\n\nInvitation from Google Calendar\n\n"
            f"You are receiving this email because you are an attendee on the event. To stop receiving "
            f"future updates for this event, decline this event.\n\nForwarding this invitation could allow "
            f"any recipient to send a response to the organizer, be added to the guest list, invite others "
            f"regardless of their own invitation status, or modify your RSVP.\n")
    htm = to_html(txt)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ[tzid] + [
        "BEGIN:VEVENT", dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid),
        f"DTSTAMP:{zstamp(sent)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}"]
    cal += [att(organizer[0], organizer[1], "ACCEPTED", google=True)]
    cal += [att(n or e, e, "ACCEPTED" if i == 0 else "NEEDS-ACTION", google=True) for i, (n, e) in enumerate(guests)]
    cal += [att(OWNER, OWNER, "NEEDS-ACTION", google=True)]
    if code:
        cal += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"]
    cal += [f"CREATED:{zstamp(created or sent)}",
            "DESCRIPTION:" + esc(description + (f"\n\nJoin with Google Meet: https://meet.google.com/{code}" if code else "")),
            f"LAST-MODIFIED:{zstamp(sent)}", "LOCATION:" + esc(location), f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ical(cal)
    body = multi("mixed", bnd("gmail", key + "mix"), [
        multi("alternative", bnd("gmail", key + "alt"), [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', txt, "base64"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "7bit" if False else "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', ics, "base64", disp='attachment; filename="invite.ics"'),
    ])
    pre = "Updated invitation" if updated else "Invitation"
    subj = f"{pre}: {summary} @ {google_subj_when(start, end, abbr)} ({OWNER})"
    h = base_headers(key, frm=organizer, to=OWNER, subject=subj, dt=sent,
                     msgid=f"<calendar-{hx('gcal', key, n=8)}-{hx('gcal2', key, n=4)}-{hx('gcal3', key, n=4)}-"
                           f"{hx('gcal4', key, n=4)}-{hx('gcal5', key, n=12)}@google.com>",
                     host="mail-sor-f69.google.com", reply_to=addr(*organizer),
                     sender=("Google Calendar", "calendar-notification@google.com"))
    return render(h, body)


def exchange_invite(key, *, organizer, required, summary, start, end, tzid, label, sent, uid, seq,
                    note, to_pairs, location="Microsoft Teams Meeting", method="REQUEST", lang="en-US",
                    teams=True, cc_pairs=()):
    """Exchange/Teams meeting request: multipart/alternative(plain, html, calendar)."""
    url, block = teams_block(uid) if teams else ("", "")
    text = f"When: {outlook_when(start, end, label)}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n\n{block}\n"
    htm = to_html(text, font="Aptos,Calibri,sans-serif")
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ[tzid]
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    cal += [att(n, e) for n, e in required]
    cal += [f"DESCRIPTION;LANGUAGE={lang}:" + esc(text),
            f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:" + esc(summary),
            dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid), "CLASS:PUBLIC", "PRIORITY:5",
            f"DTSTAMP:{zstamp(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE={lang}:" + esc(location),
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits('own', key, n=10)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ical(cal)
    body = multi("alternative", bnd("outlook", key), [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64"),
    ])
    tidx = base64.b64encode(bytes.fromhex(hx("tidx", uid, n=44))).decode()
    h = base_headers(key, frm=organizer, to=addrs(*to_pairs), cc=addrs(*cc_pairs) if cc_pairs else None,
                     subject=summary, dt=sent, msgid=mid("outlook", key),
                     host=f"EUR0{int(hx('h', key, n=1), 16) % 5 + 1}-AM6-obe.outbound.protection.outlook.com",
                     extra=[("Thread-Topic", summary), ("Thread-Index", tidx),
                            ("Accept-Language", "en-US"), ("Content-Language", lang),
                            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                            ("Content-class", "urn:content-classes:calendarmessage")])
    return render(h, body)


def gcal_event(key, *, summary, description, start, end, tzname, organizer, attendees, created, updated,
               status="confirmed", seq=0, location=None, meet=True):
    eid = letters("gev", key, n=26)
    ev = {
        "kind": "calendar#event",
        "etag": '"' + digits("etag", key, n=16) + '"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + digits("ms", key, n=3) + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = [{"email": organizer[1], "displayName": organizer[0], "organizer": True,
                        "responseStatus": "accepted"}]
    ev["attendees"] += [{"email": e, "displayName": n, "responseStatus": "accepted"} for n, e in attendees]
    ev["attendees"].append({"email": OWNER, "self": True, "responseStatus": "needsAction"})
    if meet:
        code = meet_code(key)
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


FARID = (OWNER_NAME, OWNER)
CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def human(key, *, frm, to_pairs, subject, dt, text, style="gmail", rtl=False, cc_pairs=(), reply_to=None,
          irt=None, refs=None, plain_only=False, cte="base64", html_cte=None, attachments=(), domain=None,
          host=None, html_text=None, extra=()):
    msgid = mid(style, key, domain or frm[1].split("@")[1])
    if plain_only:
        body = leaf('text/plain; charset="UTF-8"', text, cte)
    else:
        body = alt_body(key, text, style=style, rtl=rtl, text_cte=cte, html_cte=html_cte or cte,
                        html_text=html_text)
    if attachments:
        body = multi("mixed", bnd(style, key + "mixed"), [body] + list(attachments))
    if host is None:
        host = {"gmail": "mail-sor-f41.google.com",
                "outlook": "EUR02-AM5-obe.outbound.protection.outlook.com"}.get(style, "mail." + frm[1].split("@")[1])
    h = base_headers(key, frm=frm, to=addrs(*to_pairs), cc=addrs(*cc_pairs) if cc_pairs else None,
                     reply_to=reply_to, subject=subject, dt=dt, msgid=msgid, host=host,
                     in_reply_to=irt, refs=refs, extra=extra)
    return msgid, render(h, body)


def quote(who, dt, text):
    return f"\nOn {dt:%a}, {dt.day} {dt:%b} {dt.year} at {dt:%H:%M}, {who} wrote:\n" + \
        "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n")) + "\n"


# ================================================================ POSITIVE CASES

NCDO = "Nawa Community Development Organization"


@case("ncdo-phone-screen-dari-farda")
def c01():
    mursal = ("مرسل حیدری", "mursal.haidari@ncdo-af.example")
    sent = T(KBL, 2026, 10, 12, 15, 40, 12, wd="Mon", off="+04:30")
    start = T(KBL, 2026, 10, 13, 10, 0, wd="Tue", off="+04:30")
    t1 = f"""محترم فرید احمدزی،

السلام علیکم و وقت بخیر.

درخواستی شما برای بست آفیسر نظارت و ارزیابی (M&E Officer) در مؤسسه انکشافی جامعه نوا (NCDO) بررسی شد و نام شما در فهرست کوتاه قرار گرفته است.

مرحله اول پروسه استخدام یک مصاحبه تلفونی کوتاه است. اگر برایتان مناسب باشد، فردا ساعت ۱۰ صبح به شماره‌ای که در فورم درخواستی نوشته‌اید (۰۷۸۸ ۴۱۲ ۹۰۳) تماس می‌گیرم. این گفتگو تقریباً ۳۰ دقیقه طول می‌کشد و بیشتر در باره تجربه کاری شما در جمع‌آوری و تحلیل معلومات، و آشنایی شما با KoboToolbox و Power BI خواهد بود.

لطفاً با جواب همین ایمیل تأیید کنید. اگر این وقت مناسب نیست، یک وقت دیگر پیشنهاد کنید.

با احترام،
مرسل حیدری
آفیسر منابع بشری
Nawa Community Development Organization (NCDO)
کارته سه، ناحیه ششم، کابل
"""
    m1, e1 = human("c01a", frm=mursal, to_pairs=[FARID], dt=sent, rtl=True,
                   subject="مصاحبه تلفونی – بست آفیسر نظارت و ارزیابی (NCDO/KBL/ME/2026-14)", text=t1)
    sent2 = T(KBL, 2026, 10, 12, 16, 22, 40, wd="Mon", off="+04:30")
    t2 = ("سلام محترمه حیدری صاحبه،\n\nاز پیام شما تشکر. بلی، فردا ساعت ۱۰ صبح برایم مناسب است و منتظر "
          "تماس شما می‌باشم.\n\nبا احترام،\nفرید احمدزی\n" + quote("مرسل حیدری <mursal.haidari@ncdo-af.example>", sent, t1[:220]))
    _, e2 = human("c01b", frm=FARID, to_pairs=[mursal], dt=sent2, rtl=True, irt=m1, refs=m1,
                  subject="Re: مصاحبه تلفونی – بست آفیسر نظارت و ارزیابی (NCDO/KBL/ME/2026-14)", text=t2)
    lab = label([iv(NCDO, "Monitoring & Evaluation Officer", start, start + timedelta(minutes=30), "scheduled",
                    [mursal[1]], [mursal[1]], "phone_screen")], "medium", "positive/email-body-only-relative",
                "Dari mail only: 'فردا ساعت ۱۰ صبح' resolved against Date Mon 12 Oct 2026 +0430 -> Tue 13 Oct 10:00 "
                "Kabul; ~30 min; HR officer calls herself (interviewer). Owner's confirming reply is the same interview.")
    return [("01-ncdo-phone-screen.eml", e1), ("02-re-ncdo-phone-screen.eml", e2)], lab


@case("ncdo-written-test-then-interview-hijri")
def c02():
    noori = ("Ahmad Shekib Noori", "shekib.noori@ncdo-af.example")
    sent = T(KBL, 2026, 10, 21, 11, 20, 5, wd="Wed", off="+04:30")
    test = T(KBL, 2026, 10, 24, 9, 0, wd="Sat", off="+04:30")
    start = T(KBL, 2026, 10, 24, 11, 30, wd="Sat", off="+04:30")
    y, m, d = to_sh(test)
    assert (m, d) == (8, 2)
    dari_date = sh_dari(test)
    ps_wd = {"شنبه": "شنبې"}.get(PASHTO_WD[test.weekday()], PASHTO_WD[test.weekday()])
    text = f"""محترم فرید احمدزی،

به اطلاع شما می‌رسانیم که برای امتحان تحریری و مصاحبه بست آفیسر نظارت و ارزیابی (M&E Officer) انتخاب شده‌اید.

• امتحان تحریری: روز {DARI_WD[test.weekday()]}، {dari_date}، ساعت ۹ صبح (مدت امتحان ۹۰ دقیقه)
• مصاحبه حضوری: همان روز، ساعت ۱۱:۳۰ قبل از ظهر، با کمیته مصاحبه (حدود ۴۵ دقیقه)
• محل: دفتر مرکزی NCDO، کارته سه، کابل

لطفاً تذکره و کاپی اسناد تحصیلی خود را همراه داشته باشید و ۱۵ دقیقه پیش از آغاز امتحان حاضر شوید. استفاده از موبایل در جریان امتحان مجاز نیست.

---

درنو فرید احمدزی،

تاسو د نظارت او ارزونې د افسر د بست لپاره لیکلې ازموینې او مرکې ته رابلل شوي یاست.

• لیکلې ازموینه: د {ps_wd} په ورځ، د {fa(y)} کال د {SH_MONTHS[m - 1]} {fa(d)}مه، سهار ۹ بجې
• مرکه: په همغه ورځ د ۱۱:۳۰ بجو، د مرکې له کمېټې سره
• ځای: د NCDO مرکزي دفتر، کارته سه، کابل

مهرباني وکړئ خپله تذکره او د زده کړو اسناد له ځانه سره راوړئ.

با احترام / په درنښت
احمد شکیب نوری
مدیر منابع بشری | د بشري سرچینو مدیر
Nawa Community Development Organization (NCDO)
"""
    _, e = human("c02", frm=noori, to_pairs=[FARID], dt=sent, rtl=True, style="plain", cte="base64",
                 html_cte="quoted-printable",
                 subject="دعوت به امتحان تحریری و مصاحبه | د لیکلې ازموینې او مرکې بلنه – NCDO", text=text)
    lab = label([iv(NCDO, "Monitoring & Evaluation Officer", start, start + timedelta(minutes=45), "scheduled",
                    [], [noori[1]], "onsite")], "hard", "positive/written-test-plus-interview-hijri",
                f"Dari + Pashto; date only in Solar Hijri ({dari_date} = Sat 24 Oct 2026). Written test 09:00 is NOT "
                "an interview; only the in-person committee interview 11:30-12:15 Kabul counts (panel -> onsite). "
                "Committee members unnamed -> follow-up to the HR manager.")
    return [("01-ncdo-test-and-interview.eml", e)], lab


@case("unjrp-inspira-competency-based-interview")
def c03():
    zar = ("Zarlasht Wardak", "zarlasht.wardak@unjrp.example")
    insp = ("Inspira", "no-reply@inspira.unjrp.example")
    sent = T(UTC, 2026, 10, 28, 7, 14, 9, wd="Wed", off="+00:00")
    start = T(KBL, 2026, 11, 4, 9, 30, wd="Wed", off="+04:30")
    end = start + timedelta(hours=1)
    T(KBL, 2026, 10, 30, wd="Fri", off="+04:30")
    text = """Dear Farid Ahmadzai,

Reference: Job Opening 26-UNJRP-41187 - Monitoring and Evaluation Officer (NOB), Kabul, Afghanistan

Further to your application, we are pleased to inform you that you have been shortlisted and are invited to a competency-based interview (CBI) for the above position.

Date: Wednesday, 4 November 2026
Time: 09:30 - 10:30 Kabul time (UTC+04:30)
Modality: Microsoft Teams (the link will be shared by the Human Resources focal point)

The interview will be conducted by a panel of three members and will assess the competencies listed in the job opening, including Accountability, Planning and Organizing, and Communication. Please be prepared to give concrete examples from your own professional experience.

Kindly confirm your availability no later than Friday, 30 October 2026 by writing to the HR focal point, Ms. Zarlasht Wardak, at zarlasht.wardak@unjrp.example. Please do not reply to this message; this mailbox is not monitored.

A calendar file is attached for your convenience.

Kind regards,
Talent Acquisition Unit
UN Joint Resilience Programme (UNJRP)

This is a system-generated message from Inspira.
"""
    uid = f"INSPIRA-CBI-{hx('insp', 'c03', n=12).upper()}@inspira.unjrp.example"
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Oracle//PeopleSoft Candidate Gateway//EN", "VERSION:2.0",
                "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(sent)}",
                dtline("DTSTART", start), dtline("DTEND", end),
                "SUMMARY:Competency-Based Interview - JO 26-UNJRP-41187 - M&E Officer (NOB)",
                "DESCRIPTION:" + esc("Competency-based interview via Microsoft Teams. Time shown in UTC; "
                                     "09:30-10:30 Kabul time (UTC+04:30)."),
                "LOCATION:Microsoft Teams", f"ORGANIZER;CN=Inspira:mailto:{insp[1]}",
                att(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1, e1 = human("c03a", frm=insp, to_pairs=[FARID], dt=sent, style="plain", cte="quoted-printable",
                   subject="Invitation to Competency-Based Interview - JO 26-UNJRP-41187-KABUL", text=text,
                   attachments=[leaf('text/calendar; charset="UTF-8"; name="CBI_26-UNJRP-41187.ics"', ics, "base64",
                                     disp='attachment; filename="CBI_26-UNJRP-41187.ics"')],
                   extra=[("Auto-Submitted", "auto-generated")])
    sent2 = T(KBL, 2026, 10, 29, 14, 5, 31, wd="Thu", off="+04:30")
    url, block = teams_block("c03")
    t2 = f"""Dear Mr. Ahmadzai,

Thank you for confirming your availability for the competency-based interview on Wednesday, 4 November at 09:30 (Kabul).

Please use the Microsoft Teams link below and join about ten minutes early, as we will verify your identity before the panel begins - kindly keep your tazkira or passport at hand. If your connection drops, the panel secretary will call you on the mobile number in your Inspira profile.

{block}

Best regards,
Zarlasht Wardak
Human Resources Associate
UN Joint Resilience Programme (UNJRP) | Kabul
"""
    _, e2 = human("c03b", frm=zar, to_pairs=[FARID], dt=sent2, style="outlook", cte="quoted-printable",
                  subject="RE: CBI - JO 26-UNJRP-41187 - confirmation", text=t2,
                  irt=mid("gmail", "c03-farid-confirm"), refs=mid("gmail", "c03-farid-confirm"))
    lab = label([iv("UN Joint Resilience Programme", "Monitoring and Evaluation Officer (NOB)", start, end, "scheduled",
                    [], [zar[1]], "onsite")], "medium", "positive/inspira-cbi-utc-ics",
                "Inspira-style no-reply notice with .ics in UTC (05:00Z = 09:30 Kabul, +04:30 half-hour offset) and the "
                "HR focal point's Teams link mail = one interview. 3-member panel, names not given -> onsite, "
                "follow-up to the HR associate (never the no-reply).")
    return [("01-inspira-cbi-invitation.eml", e1), ("02-hr-focal-point-teams-link.eml", e2)], lab


@case("shifa-herat-panel-dari-reschedule-teams")
def c04():
    nil = ("Nilofar Rahimi", "nilofar.rahimi@shifahealth.example")
    jaw = ("Dr. Jawid Saberi", "jawid.saberi@shifahealth.example")
    homa = ("Homa Azizi", "homa.azizi@shifahealth.example")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid", "c04", n=32).upper() + "10000000000000000"
    s1 = T(KBL, 2026, 11, 1, 14, 0, wd="Sun", off="+04:30")
    s2 = T(KBL, 2026, 11, 2, 10, 0, wd="Mon", off="+04:30")
    assert to_sh(s1)[1:] == (8, 10) and to_sh(s2)[1:] == (8, 11)
    summary = "Panel Interview - M&E Officer, Herat MCH Project - Farid Ahmadzai"
    note1 = """Dear Farid,

Following your screening call, we would like to invite you to a panel interview for the M&E Officer position on our Herat Maternal and Child Health project. The panel will be Dr. Jawid Saberi, Programme Manager, and Homa Azizi, M&E Lead. I will open the call and stay for the first few minutes in case of connection problems, but I am not part of the panel.

Expect questions on the project's results framework and on organising third-party monitoring in districts where our own staff cannot travel. Please allow 60 minutes.

Regards,
Nilofar Rahimi
HR & Admin Coordinator | Shifa Health Consortium - Herat Office"""
    e1 = exchange_invite("c04a", organizer=nil, required=[FARID, jaw, homa], summary=summary, start=s1,
                         end=s1 + timedelta(hours=1), tzid="Afghanistan Standard Time", label="(UTC+04:30) Kabul",
                         sent=T(KBL, 2026, 10, 27, 10, 12, 44, wd="Tue", off="+04:30"), uid=uid, seq=0, note=note1,
                         to_pairs=[FARID, jaw, homa])
    sent2 = T(KBL, 2026, 10, 29, 16, 30, 2, wd="Thu", off="+04:30")
    t2 = f"""فرید جان سلام،

امیدوارم خوب باشید. داکتر جاوید صابری، مدیر برنامه، روز یکشنبه برای نظارت از تیم‌های صحی سیار به ولسوالی‌های بادغیس سفر می‌کند. به همین دلیل مصاحبه پنل شما که برای روز یکشنبه {sh_dari(s1)} ساعت ۲ بعد از ظهر تعیین شده بود، به روز دوشنبه {sh_dari(s2)} ساعت ۱۰ صبح منتقل شد. مدت مصاحبه (یک ساعت) و اعضای پنل تغییر نکرده‌اند.

دعوت‌نامه جدید Teams را همین حالا برای شما می‌فرستم. لطفاً وقت جدید را تأیید کنید.

از همکاری و صبر شما تشکر.

با احترام،
نیلوفر رحیمی
هماهنگ‌کننده منابع بشری و اداری
Shifa Health Consortium – Herat
"""
    _, e2 = human("c04b", frm=nil, to_pairs=[FARID], cc_pairs=[jaw, homa], dt=sent2, style="outlook", rtl=True,
                  cte="base64", subject="تغییر وقت مصاحبه پنل – بست آفیسر نظارت و ارزیابی، پروژه هرات", text=t2)
    note2 = """Farid, as explained in my e-mail: new time, same panel and same Teams link.

Nilofar"""
    e3 = exchange_invite("c04c", organizer=nil, required=[FARID, jaw, homa], summary=summary, start=s2,
                         end=s2 + timedelta(hours=1), tzid="Afghanistan Standard Time", label="(UTC+04:30) Kabul",
                         sent=T(KBL, 2026, 10, 29, 16, 34, 18, wd="Thu", off="+04:30"), uid=uid, seq=1, note=note2,
                         to_pairs=[FARID, jaw, homa])
    lab = label([iv("Shifa Health Consortium", "M&E Officer, Herat Maternal and Child Health Project", s2,
                    s2 + timedelta(hours=1), "scheduled", [jaw[1], homa[1]], [jaw[1], homa[1]], "onsite")],
                "hard", "positive/reschedule-dari-teams-sequence",
                "Teams invite (TZID 'Afghanistan Standard Time', '(UTC+04:30) Kabul') for Sun 1 Nov 14:00; Dari mail "
                "moves it (Solar Hijri 10 -> 11 Aqrab) to Mon 2 Nov 10:00; updated invite same UID SEQUENCE 1. "
                "One interview at the final time; panel (programme manager + M&E lead) -> onsite; coordinator excluded.")
    return [("01-teams-panel-invite.eml", e1), ("02-dari-reschedule.eml", e2), ("03-teams-updated-invite.eml", e3)], lab


@case("zarafshan-dubai-zoom-cancelled-english")
def c05():
    rania = ("Rania Haddad", "rania.haddad@zarafshan-logistics.example")
    omar = ("Omar Siddiqui", "omar.siddiqui@zarafshan-logistics.example")
    sent = T(DXB, 2026, 11, 1, 9, 15, 27, wd="Sun", off="+04:00")
    start = T(DXB, 2026, 11, 4, 11, 0, wd="Wed", off="+04:00")
    assert start.astimezone(KBL).strftime("%H:%M") == "11:30"
    end = start + timedelta(minutes=45)
    zid, zurl = zoom_link("c05")
    t1 = f"""Hi Farid,

Thanks for sending over your updated CV and the sample dashboard - both went down well.

The next step is a conversation with Omar Siddiqui, our Regional Operations Manager, who would be your line manager in the Corridor Performance team (copied here).

When: Wednesday 4 November, 11:00-11:45 Dubai time (GST, UTC+4) - that's 11:30 in Kabul
Where: Zoom - {zurl}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}

Omar will want to hear how you have tracked KPIs for shipments moving through Torkham and Islam Qala, so have an example or two ready. A calendar file is attached.

Best,
Rania Haddad
Talent Acquisition Specialist
Zarafshan Logistics FZE | Jebel Ali Free Zone, Dubai
"""
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["Asia/Dubai"] + [
        "BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}", dtline("DTSTART", start, "Asia/Dubai"),
        dtline("DTEND", end, "Asia/Dubai"), "SUMMARY:Zarafshan Logistics - Farid Ahmadzai / Omar Siddiqui",
        f"UID:ZOOM{zid}@zoom.us", "TZID:Asia/Dubai",
        "DESCRIPTION:" + esc(f"Rania Haddad is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}"),
        f"LOCATION:{zurl}", f"ORGANIZER;CN=Rania Haddad:mailto:{rania[1]}", att(OWNER_NAME, OWNER),
        att(omar[0], omar[1]), "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    m1, e1 = human("c05a", frm=rania, to_pairs=[FARID], cc_pairs=[omar], dt=sent, style="outlook",
                   cte="quoted-printable", subject="Interview with Zarafshan Logistics - Wednesday 4 Nov", text=t1,
                   attachments=[leaf('text/calendar; charset="utf-8"; name="Zoom-Meeting.ics"', ics, "base64",
                                     disp='attachment; filename="Zoom-Meeting.ics"')])
    sent2 = T(DXB, 2026, 11, 3, 16, 48, 50, wd="Tue", off="+04:00")
    t2 = """Hi Farid,

I'm really sorry to do this at short notice, but we need to cancel tomorrow's interview with Omar. Leadership has paused hiring for the Corridor Performance Analyst role while the 2027 budget is reviewed, so we can't move forward for now. I've removed the Zoom meeting from the calendar.

If the role reopens in the new year I will contact you directly - your profile was one of the strongest we saw.

Apologies again,
Rania
""" + quote("Rania Haddad <rania.haddad@zarafshan-logistics.example>", sent, t1[:400])
    _, e2 = human("c05b", frm=rania, to_pairs=[FARID], cc_pairs=[omar], dt=sent2, style="outlook",
                  cte="quoted-printable", irt=m1, refs=m1,
                  subject="RE: Interview with Zarafshan Logistics - Wednesday 4 Nov", text=t2)
    lab = label([iv("Zarafshan Logistics", "Corridor Performance Analyst", start, end, "cancelled", [omar[1]],
                    [omar[1]], "hiring_manager")], "medium", "positive/cancel-by-email-english",
                "Dubai recruiter books a Zoom call with the future line manager (11:00 GST +04:00 = 11:30 Kabul), "
                "then cancels by e-mail in English (hiring paused). Interview kept with status cancelled.")
    return [("01-zarafshan-zoom-interview.eml", e1), ("02-zarafshan-cancellation.eml", e2)], lab


GLEF = "Global Learning & Evaluation Fund"
LEA = ("Léa Berthoud", "lea.berthoud@glef.example")


@case("glef-geneva-final-moved-across-eu-dst")
def c06():
    cel = ("Céline Dufour", "celine.dufour@glef.example")
    s1 = T(ZRH, 2026, 10, 22, 10, 0, wd="Thu", off="+02:00")
    s2 = T(ZRH, 2026, 10, 29, 10, 0, wd="Thu", off="+01:00")
    assert s1.astimezone(KBL).strftime("%H:%M") == "12:30" and s2.astimezone(KBL).strftime("%H:%M") == "13:30"
    uid = letters("uid", "c06", n=26) + "@google.com"
    summary = "Final interview: Farid Ahmadzai - M&E Specialist (Afghanistan Programme)"
    d1 = ("Final interview for the M&E Specialist (Afghanistan Programme) position with Céline Dufour, Director of "
          "Evaluation. The conversation is in English and takes about an hour. All times are Geneva time. "
          "Léa (Talent Acquisition) set up the call and will not join.")
    sent1 = T(ZRH, 2026, 10, 16, 14, 2, 11, wd="Fri", off="+02:00")
    e1 = google_invite("c06a", organizer=LEA, guests=[cel], summary=summary, start=s1, end=s1 + timedelta(hours=1),
                       tzid="Europe/Zurich", tzlabel="Central European Summer Time - Zurich", abbr="CEST", sent=sent1,
                       uid=uid, description=d1)
    d2 = d1 + (" Update: moved by one week at Céline's request. Switzerland returns to winter time on 25 October, "
               "so 10:00 in Geneva will be 13:30 in Kabul.")
    e2 = google_invite("c06a", organizer=LEA, guests=[cel], summary=summary, start=s2, end=s2 + timedelta(hours=1),
                       tzid="Europe/Zurich", tzlabel="Central European Time - Zurich", abbr="CET",
                       sent=T(ZRH, 2026, 10, 20, 17, 31, 40, wd="Tue", off="+02:00"), uid=uid, description=d2, seq=1,
                       updated=True, created=sent1)
    lab = label([iv(GLEF, "M&E Specialist (Afghanistan Programme)", s2, s2 + timedelta(hours=1), "scheduled",
                    [cel[1]], [cel[1]], "hiring_manager")], "hard", "positive/reschedule-sequence-eu-dst",
                "Google invites in Europe/Zurich: Thu 22 Oct 10:00 CEST (+02:00) updated (same UID, SEQUENCE 1) to "
                "Thu 29 Oct 10:00 CET (+01:00) - after the 25 Oct EU change, so 13:30 Kabul not 12:30. Final time "
                "only; Director of Evaluation interviews, coordinator only organises.")
    return [("01-invitation-final-interview.eml", e1), ("02-updated-invitation-final-interview.eml", e2)], lab


@case("glef-first-round-propose-confirm-thread")
def c07():
    tob = ("Tobias Keller", "tobias.keller@glef.example")
    s = T(ZRH, 2026, 10, 15, 9, 0, wd="Thu", off="+02:00")
    assert s.astimezone(KBL).strftime("%H:%M") == "11:30"
    T(ZRH, 2026, 10, 14, 9, 0, wd="Wed", off="+02:00")
    sent1 = T(ZRH, 2026, 10, 12, 9, 20, 33, wd="Mon", off="+02:00")
    t1 = """Dear Farid,

Thank you for your application for the M&E Specialist (Afghanistan Programme) role. We would like to invite you to a first, technical interview with Tobias Keller, our Senior M&E Adviser. It will last 45 minutes and will be held on Zoom.

Could one of the following slots work for you? All times are Geneva time:
- Wednesday 14 October, 09:00
- Thursday 15 October, 09:00
- Thursday 15 October, 14:00

As far as I know Kabul is currently two and a half hours ahead of Geneva, so the morning slots would be late morning for you.

Best regards,
Léa Berthoud
Talent Acquisition Partner | Global Learning & Evaluation Fund
Chemin des Mines 9, 1202 Geneva, Switzerland
"""
    m1, e1 = human("c07a", frm=LEA, to_pairs=[FARID], dt=sent1, style="outlook", cte="quoted-printable",
                   subject="GLEF - M&E Specialist (Afghanistan Programme): first interview", text=t1)
    sent2 = T(KBL, 2026, 10, 12, 13, 5, 9, wd="Mon", off="+04:30")
    t2 = ("Dear Léa,\n\nThank you for the invitation. Thursday 15 October at 09:00 Geneva time (11:30 in Kabul) "
          "suits me best.\n\nBest regards,\nFarid Ahmadzai\n" + quote("Léa Berthoud <lea.berthoud@glef.example>", sent1, t1))
    m2, e2 = human("c07b", frm=FARID, to_pairs=[LEA], dt=sent2, cte="quoted-printable", irt=m1, refs=m1,
                   subject="Re: GLEF - M&E Specialist (Afghanistan Programme): first interview", text=t2)
    sent3 = T(ZRH, 2026, 10, 13, 8, 47, 55, wd="Tue", off="+02:00")
    zid, zurl = zoom_link("c07")
    t3 = f"""Dear Farid,

Perfect - you are confirmed for Thursday 15 October, 09:00-09:45 Geneva time (CEST), with Tobias, who is copied here.

Zoom: {zurl}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}

Tobias would like to discuss how you would design the monitoring system for a cash-for-work programme and how you have handled remote monitoring where field access is restricted. If the connection from Kabul is unstable, he can switch to a phone call.

Best regards,
Léa
""" + quote("Farid Ahmadzai <farid.ahmadzai@example.com>", sent2, t2[:200])
    _, e3 = human("c07c", frm=LEA, to_pairs=[FARID], cc_pairs=[tob], dt=sent3, style="outlook",
                  cte="quoted-printable", irt=m2, refs=f"{m1} {m2}",
                  subject="RE: GLEF - M&E Specialist (Afghanistan Programme): first interview", text=t3)
    lab = label([iv(GLEF, "M&E Specialist (Afghanistan Programme)", s, s + timedelta(minutes=45), "scheduled",
                    [tob[1]], [tob[1]], "technical")], "medium", "positive/thread-propose-confirm",
                "Three Geneva-time slots proposed, owner picks Thu 15 Oct 09:00 Geneva (11:30 Kabul), coordinator "
                "confirms 09:00-09:45 CEST (+02:00) with the Senior M&E Adviser in Cc. Unchosen slots are not interviews.")
    return [("01-glef-slots.eml", e1), ("02-re-farid-picks-slot.eml", e2), ("03-re-confirmed.eml", e3)], lab


@case("shifa-whatsapp-pasted-pashto-saba")
def c08():
    wah = ("Wahidullah Stanikzai", "wahidullah.stanikzai@shifahealth.example")
    sent = T(KBL, 2026, 10, 24, 17, 10, 26, wd="Sat", off="+04:30")
    start = T(KBL, 2026, 10, 25, 14, 0, wd="Sun", off="+04:30")
    text = """Dear Farid,

For our records I am pasting our WhatsApp conversation from this afternoon below. Speak soon.

Wahidullah Stanikzai
Recruitment Assistant | Shifa Health Consortium, Herat Office

---------- WhatsApp ----------
[24/10/2026, 4:32 PM] Wahidullah Shifa HR: السلام علیکم فرید صاحب. زه وحیدالله یم، د شفا روغتیايي کنسورشیم د هرات دفتر څخه. ستاسو غوښتنلیک د M&E افسر د بست لپاره مو کتلی دی.
[24/10/2026, 4:33 PM] Wahidullah Shifa HR: ایا سبا د غرمې وروسته ۲ بجې د یوې لنډې تلیفوني مرکې لپاره وخت لرئ؟ شاوخوا شل دقیقې به وخت ونیسي.
[24/10/2026, 4:41 PM] Farid Ahmadzai: وعلیکم السلام وحیدالله صاحب، ډېره مننه. هو، سبا ۲ بجې ماته سمه ده.
[24/10/2026, 4:42 PM] Wahidullah Shifa HR: ښه ده. سبا ۲ بجې زه په همدې شمېره درته زنګ وهم.
[24/10/2026, 4:42 PM] Farid Ahmadzai: 👍
------------------------------
"""
    _, e = human("c08", frm=wah, to_pairs=[FARID], dt=sent, plain_only=True, cte="base64",
                 subject="Shifa Health - screening call (M&E Officer, Herat)", text=text)
    lab = label([iv("Shifa Health Consortium", "M&E Officer", start, start + timedelta(minutes=20), "scheduled",
                    [wah[1]], [wah[1]], "phone_screen")], "hard", "positive/whatsapp-pasted-pashto-relative",
                "WhatsApp chat pasted into an e-mail; Pashto 'سبا د غرمې وروسته ۲ بجې' (tomorrow 2 pm) on Sat 24 Oct "
                "-> Sun 25 Oct 14:00 Kabul (+04:30; the EU DST change that day is irrelevant); ~20 min; the "
                "recruitment assistant calls himself.")
    return [("01-whatsapp-chat-pasted.eml", e)], lab


PAIWAND = "Paiwand Telecom"
SAHAR = ("Sahar Popal", "sahar.popal@paiwandtel.example")


@case("paiwand-onsite-loop-three-invites")
def c09():
    kha = ("Khalid Amiri", "khalid.amiri@paiwandtel.example")
    mina = ("Mina Sharifi", "mina.sharifi@paiwandtel.example")
    rah = ("Rahmatullah Zazai", "rahmatullah.zazai@paiwandtel.example")
    day = (2026, 11, 14)
    sess = [(T(KBL, *day, 9, 0, wd="Sat", off="+04:30"), 45, kha, "Head of Monitoring & Evaluation",
             "Conversation about your M&E experience and how you would measure network-rollout outcomes."),
            (T(KBL, *day, 10, 0, wd="Sat", off="+04:30"), 45, mina, "Business Intelligence Lead",
             "Walk-through of the data exercise you submitted; bring it on a laptop or USB stick."),
            (T(KBL, *day, 11, 15, wd="Sat", off="+04:30"), 45, rah, "Chief Strategy Officer",
             "Final conversation with the Chief Strategy Officer.")]
    sent = T(KBL, 2026, 11, 10, 11, 5, 40, wd="Tue", off="+04:30")
    t = """Dear Farid,

Congratulations on reaching the final stage for the M&E Specialist role in our Strategy & Performance department. Your onsite interviews will take place at our head office on Saturday, 14 November:

09:00 - 09:45   Khalid Amiri, Head of Monitoring & Evaluation
10:00 - 10:45   Mina Sharifi, Business Intelligence Lead (walk-through of your data exercise)
11:15 - 12:00   Rahmatullah Zazai, Chief Strategy Officer

There is a short tea break between the second and third conversations. You will receive a separate calendar invitation for each session.

Address: Paiwand Telecom HQ, Shahr-e-Naw, Kabul. Please bring your tazkira for the security desk at the main gate and arrive by 08:40.
لطفاً ساعت ۸:۴۰ صبح با تذکره خود در دروازه عمومی حاضر باشید.

Best regards,
Sahar Popal
Talent Acquisition | Paiwand Telecom
"""
    items = []
    _, e0 = human("c09", frm=SAHAR, to_pairs=[FARID], dt=sent, cte="quoted-printable",
                  subject="Your onsite interview day at Paiwand Telecom - Saturday 14 November", text=t)
    items.append(("01-paiwand-onsite-itinerary.eml", e0))
    for i, (s, mins, who, title, desc) in enumerate(sess, 1):
        e = google_invite(f"c09-{i}", organizer=SAHAR, guests=[who],
                          summary=f"Onsite {i}/3: {who[0]} ({title}) - Farid Ahmadzai, M&E Specialist",
                          start=s, end=s + timedelta(minutes=mins), tzid="Asia/Kabul", tzlabel="Afghanistan Time",
                          abbr="GMT+4:30", sent=sent + timedelta(minutes=4 + i), meet=False,
                          uid=letters("uid", f"c09-{i}", n=26) + "@google.com", description=desc,
                          location="Paiwand Telecom HQ, Shahr-e-Naw, Kabul")
        items.append((f"0{i + 1}-invitation-onsite-{i}.eml", e))
    st, en = sess[0][0], sess[-1][0] + timedelta(minutes=45)
    lab = label([iv(PAIWAND, "M&E Specialist", st, en, "scheduled", [kha[1], mina[1], rah[1]],
                    [kha[1], mina[1], rah[1]], "onsite")], "medium", "positive/onsite-loop-several-invites",
                "Itinerary mail + three Google invites (Asia/Kabul) on Sat 14 Nov = ONE onsite 09:00-12:00 Kabul with "
                "all three interviewers (tea break between sessions 2 and 3).")
    return items, lab


@case("krrc-islamabad-two-rounds-gcal-json")
def c10():
    ay = ("Ayesha Malik", "ayesha.malik@krrc.example")
    bil = ("Dr. Bilal Qureshi", "bilal.qureshi@krrc.example")
    sana = ("Sana Javed", "sana.javed@krrc.example")
    sent = T(KHI, 2026, 11, 5, 10, 25, 13, wd="Thu", off="+05:00")
    r1 = T(KHI, 2026, 11, 16, 10, 0, wd="Mon", off="+05:00")
    r2 = T(KHI, 2026, 11, 18, 15, 0, wd="Wed", off="+05:00")
    assert r1.astimezone(KBL).strftime("%H:%M") == "09:30"
    text = """Dear Mr. Ahmadzai,

Thank you for your interest in the MEL Officer position with our Afghanistan Cross-Border Programme. The selection committee would like to invite you to two interviews, both on Google Meet:

1) Technical interview - Monday, 16 November 2026, 10:00-11:00 PKT (09:30-10:30 Kabul time), with Dr. Bilal Qureshi, Research & MEL Lead. Expect a discussion of sampling for household surveys and a short data-quality exercise shared on screen.

2) Interview with our Country Director, Ms. Sana Javed - Wednesday, 18 November 2026, 15:00-15:45 PKT.

Please keep in mind that Pakistan Standard Time is half an hour ahead of Kabul. I am sending the calendar invitation for the first interview today; the one for the second interview will follow once Ms. Javed has confirmed her travel plans.

Kind regards,
Ayesha Malik
HR Officer
Khyber Regional Research Consortium (KRRC) | F-7/2, Islamabad
"""
    _, e = human("c10", frm=ay, to_pairs=[FARID], cc_pairs=[bil, sana], dt=sent, cte="quoted-printable",
                 subject="KRRC - MEL Officer (Afghanistan Cross-Border Programme): interview schedule", text=text)
    g = gcal_event("c10", summary="Technical interview - Farid Ahmadzai (MEL Officer, AXB Programme)",
                   description="Technical interview with Dr. Bilal Qureshi (Research & MEL Lead). 60 minutes.",
                   start=r1, end=r1 + timedelta(hours=1), tzname="Asia/Karachi", organizer=ay,
                   attendees=[bil], created=sent + timedelta(minutes=9), updated=sent + timedelta(minutes=11))
    role = "MEL Officer (Afghanistan Cross-Border Programme)"
    co = "Khyber Regional Research Consortium"
    lab = label([iv(co, role, r1, r1 + timedelta(hours=1), "scheduled", [bil[1]], [bil[1]], "technical"),
                 iv(co, role, r2, r2 + timedelta(minutes=45), "scheduled", [sana[1]], [sana[1]], "hiring_manager")],
                "medium", "positive/two-interviews-one-mail",
                "Islamabad HR (PKT +05:00) lists two rounds; Calendar API event exists only for round 1 (same "
                "interview, dedupe). Round 2 with the Country Director is in the mail body only.")
    return [("01-krrc-interview-schedule.eml", e), ("02-round1-event.gcal.json", g)], lab


@case("ngojobs-relay-hrso-interview-notice")
def c11():
    naq = ("Naqibullah Rasuli", "naqib.rasuli@hrso.example")
    relay = ("NGO Jobs Kabul", "no-reply@ngojobs-kabul.example")
    sent = T(KBL, 2026, 11, 4, 9, 48, 2, wd="Wed", off="+04:30")
    start = T(KBL, 2026, 11, 8, 13, 0, wd="Sun", off="+04:30")
    text = """Dear Farid Ahmadzai,

You have received a message from an employer about an application you submitted through NGO Jobs Kabul.

Employer: Hamdard Rural Support Organization (HRSO)
Vacancy: Monitoring & Evaluation Officer - HRSO/KBL/031
Duty station: Kabul, with travel to Parwan and Kapisa

Message from the employer:
"Dear applicant, you are shortlisted for the above position. Your interview is scheduled for Sunday, 8 November 2026 at 1:00 PM at the HRSO main office, Karte-4, near Kabul University, Kabul. Please bring your original educational documents and tazkira. For any question contact Mr. Naqibullah Rasuli, HR Officer, naqib.rasuli@hrso.example."

Please do not reply to this e-mail. To contact the employer, use the details in the message above.

NGO Jobs Kabul - a free vacancy service for the NGO community in Afghanistan
Manage your alerts | Unsubscribe
"""
    _, e = human("c11", frm=relay, to_pairs=[FARID], dt=sent, style="plain", cte="quoted-printable",
                 html_cte="base64", reply_to=addr(*naq),
                 subject="Interview invitation - Monitoring & Evaluation Officer (HRSO/KBL/031)", text=text,
                 extra=[("List-Unsubscribe", "<https://ngojobs-kabul.example/u/" + hx("unsub", "c11", n=20) + ">")])
    lab = label([iv("Hamdard Rural Support Organization", "Monitoring & Evaluation Officer", start, None, "scheduled",
                    [], [naq[1]], "other")], "medium", "positive/job-board-relay",
                "ACBAR-style job-board relay from a no-reply address carrying the employer's interview notice "
                "(Sun 8 Nov 13:00 Kabul, no duration). Follow-up to the HR officer named in the text / Reply-To.")
    return [("01-relay-interview-invitation.eml", e)], lab


@case("zarafshan-workday-standalone-ics")
def c12():
    wd = ("Zarafshan Logistics", "zarafshan@myworkday.com")
    priya = ("Priya Menon", "priya.menon@zarafshan-logistics.example")
    yus = ("Yusuf Al Mansoori", "yusuf.almansoori@zarafshan-logistics.example")
    sent = T(UTC, 2026, 11, 9, 4, 2, 17, wd="Mon", off="+00:00")
    start = T(DXB, 2026, 11, 12, 14, 0, wd="Thu", off="+04:00")
    end = start + timedelta(hours=1)
    text = """Hello Farid,

Your interview for Senior Analyst, Monitoring & Performance (R-4471) has been scheduled.

Interview Details
Date: Thursday, November 12, 2026
Time: 2:00 PM - 3:00 PM (GMT+04:00) Gulf Standard Time
Interviewer: Yusuf Al Mansoori - Head of Performance & Analytics
Location: Microsoft Teams (link in the calendar invitation)

If you need to reschedule, please contact Priya Menon (priya.menon@zarafshan-logistics.example).

To view your application, sign in to your candidate home account.

Zarafshan Logistics FZE | Jebel Ali Free Zone, Dubai, United Arab Emirates
"""
    _, e = human("c12", frm=wd, to_pairs=[FARID], dt=sent, style="plain", cte="quoted-printable",
                 subject="Interview Scheduled - Senior Analyst, Monitoring & Performance (R-4471)", text=text,
                 extra=[("X-Workday-Tenant", "zarafshan"), ("Auto-Submitted", "auto-generated")])
    url, block = teams_block("c12")
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Workday//Recruiting Interview//EN", "VERSION:2.0",
                "METHOD:REQUEST"] + VTZ["Arabian Standard Time"] + [
        "BEGIN:VEVENT", f"UID:{hx('wd', 'c12', n=32)}@myworkday.com", f"DTSTAMP:{zstamp(sent)}",
        dtline("DTSTART", start, "Arabian Standard Time"), dtline("DTEND", end, "Arabian Standard Time"),
        "SUMMARY:Interview: Farid Ahmadzai - Senior Analyst\\, Monitoring & Performance (R-4471)",
        "DESCRIPTION:" + esc("Interviewer: Yusuf Al Mansoori\n" + block),
        "LOCATION:Microsoft Teams Meeting", f"ORGANIZER;CN=Priya Menon:mailto:{priya[1]}",
        att(OWNER_NAME, OWNER), att(yus[0], yus[1], "ACCEPTED"), "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    lab = label([iv("Zarafshan Logistics", "Senior Analyst, Monitoring & Performance", start, end, "scheduled",
                    [yus[1]], [yus[1]], "hiring_manager")], "medium", "positive/workday-plus-standalone-ics",
                "Workday notification (sent in UTC) with 2:00 PM GST; standalone .ics with Windows TZID 'Arabian "
                "Standard Time' (+04:00) = 14:30 Kabul; same interview. Interviewer address only in the .ics.")
    return [("01-workday-interview-scheduled.eml", e), ("02-zarafshan-interview.ics", ics.encode("utf-8"))], lab


@case("paiwand-pashto-technical-hijri-gcal-json")
def c13():
    zm = ("زمری خپلواک", "zmarai.khpalwak@paiwandtel.example")
    mir = ("Mirwais Nuristani", "mirwais.nuristani@paiwandtel.example")
    sent = T(KBL, 2026, 10, 31, 10, 40, 51, wd="Sat", off="+04:30")
    start = T(KBL, 2026, 11, 4, 14, 0, wd="Wed", off="+04:30")
    y, m, d = to_sh(start)
    assert (m, d) == (8, 13)
    text = f"""درنو فرید احمدزی،

سلامونه او نېکې هیلې.

د پیوند ټیلیکام د بشري سرچینو څانګې له لوري تاسو ته خبر درکوو چې د نظارت او ارزونې د افسر (M&E Officer) بست لپاره ستاسو غوښتنلیک له لومړني پړاو څخه بریالی وتلی دی.

تاسو ته بلنه درکول کیږي چې په تخنیکي مرکه کې برخه واخلئ:
نېټه: {PASHTO_WD[start.weekday()]}، د {fa(y)} کال د {SH_MONTHS[m - 1]} {fa(d)}مه
وخت: د ماسپښین ۲ بجې (د کابل په وخت)
موده: نږدې یو ساعت
ځای: Google Meet (لینک مو ستاسو کلیزې ته لېږلی دی)

مرکه به زموږ د ډیټا تحلیل مشر ښاغلی میرویس نورستاني (په کاپي کې) واخلي. هغه به له تاسو څخه د Excel، SPSS او Power BI په اړه پوښتنې وکړي.

که دا وخت ستاسو لپاره مناسب نه وي، مهرباني وکړئ تر پنجشنبې پورې ما ته خبر راکړئ.

په درنښت،
زمری خپلواک
د بشري سرچینو افسر
Paiwand Telecom – Human Resources
"""
    _, e = human("c13", frm=zm, to_pairs=[FARID], cc_pairs=[mir], dt=sent, rtl=True, cte="quoted-printable",
                 html_cte="base64", subject="د تخنیکي مرکې بلنه – د نظارت او ارزونې افسر | Paiwand Telecom", text=text)
    g = gcal_event("c13", summary="Technical interview - Farid Ahmadzai (M&E Officer)",
                   description="مرکه له ښاغلي میرویس نورستاني سره / Technical interview with Mirwais Nuristani.",
                   start=start, end=start + timedelta(hours=1), tzname="Asia/Kabul",
                   organizer=("Zmarai Khpalwak", zm[1]), attendees=[mir],
                   created=sent - timedelta(minutes=6), updated=sent - timedelta(minutes=5))
    lab = label([iv(PAIWAND, "M&E Officer", start, start + timedelta(hours=1), "scheduled", [mir[1]], [mir[1]],
                    "technical")], "medium", "positive/pashto-hijri-plus-gcal-json",
                f"Pashto invitation with Solar Hijri date (Wednesday {d} Aqrab 1405 = 4 Nov 2026) at 'د ماسپښین ۲ "
                "بجې' (2 pm Kabul) + Calendar API event with self:true and +04:30 offset; one interview.")
    return [("01-pashto-technical-invitation.eml", e), ("02-technical-interview.gcal.json", g)], lab


# ================================================================ NEGATIVE CASES

@case("inspira-written-assessment-only")
def c14():
    insp = ("Inspira", "no-reply@inspira.unjrp.example")
    sent = T(UTC, 2026, 10, 26, 6, 40, 51, wd="Mon", off="+00:00")
    s = T(KBL, 2026, 11, 7, 10, 0, wd="Sat", off="+04:30")
    text = """Dear Farid Ahmadzai,

Reference: Job Opening 26-UNJRP-40952 - Reporting Officer (NOA), Kabul, Afghanistan

We are pleased to inform you that, following the preliminary review of applications, you have been shortlisted to take part in a written assessment for the above position.

Date: Saturday, 7 November 2026
Time: 10:00 - 12:00 Kabul time (UTC+04:30)
Format: online and remotely proctored. The access link and your personal login will be sent 24 hours before the start.

The assessment has two parts: a technical section on results-based monitoring and reporting, and a drafting exercise. Your webcam must stay on for the full two hours.

Candidates who pass the written assessment may be invited to a competency-based interview at a later stage. Please acknowledge this invitation through your Inspira account by 30 October 2026.

Kind regards,
Talent Acquisition Unit
UN Joint Resilience Programme (UNJRP)

This is a system-generated message from Inspira. Please do not reply.
"""
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Oracle//PeopleSoft Candidate Gateway//EN", "VERSION:2.0",
                "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:INSPIRA-WA-{hx('wa', 'c14', n=12).upper()}@inspira.unjrp.example",
                f"DTSTAMP:{zstamp(sent)}", dtline("DTSTART", s), dtline("DTEND", s + timedelta(hours=2)),
                "SUMMARY:Written Assessment - JO 26-UNJRP-40952 - Reporting Officer (NOA)",
                "DESCRIPTION:Online proctored written assessment. 10:00-12:00 Kabul time.", "LOCATION:Online",
                f"ORGANIZER;CN=Inspira:mailto:{insp[1]}", att(OWNER_NAME, OWNER), "STATUS:CONFIRMED",
                "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    _, e = human("c14", frm=insp, to_pairs=[FARID], dt=sent, style="plain", cte="quoted-printable",
                 subject="Invitation to Written Assessment - JO 26-UNJRP-40952-KABUL", text=text,
                 attachments=[leaf('text/calendar; charset="UTF-8"; name="WA_26-UNJRP-40952.ics"', ics, "base64",
                                   disp='attachment; filename="WA_26-UNJRP-40952.ics"')],
                 extra=[("Auto-Submitted", "auto-generated")])
    return [("01-inspira-written-assessment.eml", e)], label(
        [], "hard", "negative/written-test-only",
        "Inspira-style invitation with .ics to a proctored written assessment only; a CBI is merely possible later.")


@case("dari-rbme-training-workshop")
def c15():
    tam = ("تمنا یوسفزی", "tamana.yusufzai@afghan-evalsociety.example")
    sent = T(KBL, 2026, 10, 18, 13, 10, 0, wd="Sun", off="+04:30")
    d1 = T(KBL, 2026, 10, 31, 8, 30, wd="Sat", off="+04:30")
    d3 = T(KBL, 2026, 11, 2, 16, 0, wd="Mon", off="+04:30")
    text = f"""همکاران محترم،

انجمن ارزیابی افغانستان (AES) یک کارگاه آموزشی سه‌روزه زیر عنوان «نظارت و ارزیابی مبتنی بر نتایج (RBM&E)» را برای کارمندان مؤسسات غیردولتی برگزار می‌کند.

تاریخ: از روز {DARI_WD[d1.weekday()]} {sh_dari(d1)} تا روز {DARI_WD[d3.weekday()]} {sh_dari(d3)}
وقت: هر روز از ساعت ۸:۳۰ صبح تا ۴ بعد از ظهر
محل: تالار کنفرانس انجمن، شهرنو، کابل
موضوعات: چارچوب منطقی، طرح شاخص‌ها، نمونه‌گیری برای سروی‌ها، و گزارش‌دهی برای تمویل‌کنندگان

در روز اول یک پیش‌آزمون کوتاه و در روز آخر پس‌آزمون گرفته می‌شود. به اشتراک‌کنندگانی که هر سه روز حاضر باشند، تصدیق‌نامه داده می‌شود. فیس اشتراک برای اعضای انجمن رایگان و برای دیگران ۱۵۰۰ افغانی است.

فایل تقویم برای روزهای کارگاه ضمیمه است. لطفاً تا ۵ عقرب ثبت نام کنید.

با احترام،
تمنا یوسفزی
هماهنگ‌کننده برنامه‌های آموزشی
Afghan Evaluation Society (AES)
"""
    _, e = human("c15", frm=tam, to_pairs=[FARID], dt=sent, rtl=True, cte="base64", html_cte="quoted-printable",
                 subject="دعوت‌نامه کارگاه آموزشی: نظارت و ارزیابی مبتنی بر نتایج (RBM&E)", text=text)
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Afghan Evaluation Society//Events//EN", "VERSION:2.0",
                "METHOD:PUBLISH"] + VTZ["Asia/Kabul"] + [
        "BEGIN:VEVENT", f"UID:{hx('ws', 'c15', n=24)}@afghan-evalsociety.example", f"DTSTAMP:{zstamp(sent)}",
        dtline("DTSTART", d1, "Asia/Kabul"), dtline("DTEND", d1.replace(hour=16, minute=0), "Asia/Kabul"),
        "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:کارگاه آموزشی RBM&E – Results-Based M&E training workshop",
        "LOCATION:" + esc("AES conference hall, Shahr-e-Naw, Kabul"),
        f"ORGANIZER;CN=Afghan Evaluation Society:mailto:{tam[1]}", att(OWNER_NAME, OWNER),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    return [("01-dari-workshop-invitation.eml", e), ("02-rbme-workshop.ics", ics.encode("utf-8"))], label(
        [], "medium", "negative/training-workshop",
        "Dari invitation + standalone .ics (owner as ATTENDEE) for a 3-day M&E training workshop with a pre-test.")


@case("un-security-briefing-teams")
def c16():
    har = ("Haroon Sadat", "haroon.sadat@unjrp.example")
    others = [("Nazanin Hotak", "nazanin.hotak@unjrp.example"), ("Ehsanullah Safi", "ehsanullah.safi@unjrp.example")]
    s = T(KBL, 2026, 11, 19, 9, 0, wd="Thu", off="+04:30")
    note = """Dear colleagues,

As part of your onboarding, you are required to attend the mandatory security induction briefing before any field travel can be cleared. The session covers the current security risk assessment for Kabul and the central region, movement requests, the warden system and the radio and communication tree.

Please complete the BSAFE online course before the session and bring your certificate. Attendance will be recorded; the briefing is delivered in person, with a Teams option for colleagues at sub-offices.

Regards,
Haroon Sadat
Field Security Associate | UNJRP Security Unit, Kabul"""
    e = exchange_invite("c16", organizer=har, required=[FARID] + others,
                        summary="Security Induction Briefing - new personnel (Kabul)", start=s,
                        end=s + timedelta(minutes=90), tzid="Afghanistan Standard Time", label="(UTC+04:30) Kabul",
                        sent=T(KBL, 2026, 11, 16, 9, 0, 37, wd="Mon", off="+04:30"),
                        uid="040000008200E00074C5B7101A82E00800000000" + hx("uid", "c16", n=32).upper() + "10000000000000000",
                        seq=0, note=note, to_pairs=[FARID] + others,
                        location="UNJRP Compound, Security Briefing Room B; Microsoft Teams Meeting")
    return [("01-security-briefing-invite.eml", e)], label(
        [], "medium", "negative/security-briefing",
        "Teams meeting request (Afghanistan Standard Time) for a UN-style mandatory security induction briefing.")


@case("visa-appointment-islamabad")
def c17():
    vp = ("VisaPoint Pakistan", "appointments@visapoint-pk.example")
    sent = T(KHI, 2026, 11, 3, 12, 14, 8, wd="Tue", off="+05:00")
    T(KHI, 2026, 11, 17, 10, 30, wd="Tue", off="+05:00")
    ref = "VPK-ISB-26-" + digits("ref", "c17", n=6)
    text = f"""Dear FARID AHMADZAI,

Your appointment at the Swiss Visa Application Centre, Islamabad has been confirmed.

Reference number: {ref}
Date: Tuesday, 17 November 2026
Time: 10:30 (Pakistan Standard Time)
Visa category: Short stay (Schengen) - Business / Conference
Centre address: VisaPoint, Blue Area, Jinnah Avenue, Islamabad

Please arrive 15 minutes before your slot with your original passport (valid for at least three months after your return), the invitation letter from your host organisation, proof of travel insurance and the printed appointment letter. The consular officer may ask you a few questions at the time of biometric enrolment (short visa interview).

The service fee is non-refundable. To reschedule, use the link in your applicant account at least 48 hours in advance.

VisaPoint Pakistan - Customer Service
This is an automated message, please do not reply.
"""
    _, e = human("c17", frm=vp, to_pairs=[FARID], dt=sent, style="plain", cte="quoted-printable",
                 subject=f"Appointment Confirmation - Schengen (Switzerland) - Ref {ref}", text=text)
    return [("01-visa-appointment-confirmation.eml", e)], label(
        [], "medium", "negative/visa-appointment",
        "Visa application centre appointment (mentions a 'short visa interview') - not a job interview.")


@case("hrso-dari-rejection")
def c18():
    naq = ("نقیب‌الله رسولی", "naqib.rasuli@hrso.example")
    sent = T(KBL, 2026, 11, 15, 14, 30, 19, wd="Sun", off="+04:30")
    past = T(KBL, 2026, 11, 8, 13, 0, wd="Sun", off="+04:30")
    text = f"""محترم فرید احمدزی،

از اشتراک شما در مصاحبه بست آفیسر نظارت و ارزیابی (HRSO/KBL/031) که به تاریخ {sh_dari(past)} برگزار شد، صمیمانه تشکر می‌کنیم.

متأسفانه به اطلاع می‌رسانیم که کمیته استخدام پس از بررسی نتایج امتحان و مصاحبه، این بار کاندید دیگری را برای این بست انتخاب کرده است. اسناد شما در دیتابیس مؤسسه نگهداری می‌شود و در صورت اعلان بست‌های مشابه با شما در تماس خواهیم شد.

برای شما موفقیت‌های بیشتر آرزو داریم.

با احترام،
نقیب‌الله رسولی
آفیسر منابع بشری
Hamdard Rural Support Organization (HRSO)
"""
    _, e = human("c18", frm=naq, to_pairs=[FARID], dt=sent, rtl=True, cte="base64",
                 subject="نتیجه مصاحبه – بست آفیسر نظارت و ارزیابی (HRSO/KBL/031)", text=text)
    return [("01-dari-rejection.eml", e)], label(
        [], "medium", "negative/rejection",
        "Dari rejection after an interview; the past interview date is given only in Solar Hijri (17 Aqrab 1405).")


@case("shifa-offer-with-orientation")
def c19():
    nil = ("Nilofar Rahimi", "nilofar.rahimi@shifahealth.example")
    jaw = ("Dr. Jawid Saberi", "jawid.saberi@shifahealth.example")
    sent = T(KBL, 2026, 11, 11, 15, 5, 44, wd="Wed", off="+04:30")
    T(KBL, 2026, 11, 21, 8, 30, wd="Sat", off="+04:30")
    T(KBL, 2026, 11, 16, wd="Mon", off="+04:30")
    text = """Dear Farid,

سلام و احترام.

On behalf of Shifa Health Consortium, I am delighted to offer you the position of M&E Officer for the Herat Maternal and Child Health project. The attached letter sets out the terms: a one-year contract renewable subject to funding, a gross monthly salary of AFN 78,000, and a start date of Saturday, 21 November 2026.

Please sign and return the offer letter by Monday, 16 November. Your orientation will begin at 8:30 AM on your first day at our Herat office, where Dr. Jawid Saberi, your supervisor, will walk you through the project's monitoring plan.

If you would like to talk through any of the terms, just reply to this e-mail or call me.

Warm regards,
Nilofar Rahimi
HR & Admin Coordinator | Shifa Health Consortium - Herat Office
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    _, e = human("c19", frm=nil, to_pairs=[FARID], cc_pairs=[jaw], dt=sent, style="outlook", cte="quoted-printable",
                 subject="Offer of Employment - M&E Officer, Herat MCH Project", text=text,
                 attachments=[leaf('application/pdf; name="Offer_Letter_F_Ahmadzai.pdf"', pdf, "base64",
                                   disp='attachment; filename="Offer_Letter_F_Ahmadzai.pdf"')])
    return [("01-offer-letter.eml", e)], label(
        [], "medium", "negative/offer",
        "Offer with start date and first-day orientation time; no interview remains.")


@case("scam-un-recruitment-fee")
def c20():
    sc = ("UN Recruitment Cell Afghanistan", "un.careers.kabul@quickmail-online.example")
    sent = T(timezone(timedelta(hours=3)), 2026, 11, 6, 21, 17, 2, wd="Fri", off="+03:00")
    T(KBL, 2026, 11, 9, 11, 0, wd="Mon", off="+04:30")
    text = """Dear Farid Ahmadzai,

CONGRATULATION!! Your CV has been selected by the United Nations Recruitment Cell for the post of MONITORING OFFICER (Kabul) with monthly salary USD 4,800 TAX FREE plus housing and R&R.

Your online interview will be conducted on WhatsApp on Monday 9 November at 11:00 AM. To CONFIRM YOUR INTERVIEW SLOT you must first pay the refundable interview processing and medical fee of USD 150 (or AFN 10,500) through Western Union or Hawala to our agent Mr. Ahmed Rashid in Dubai. Send the MTCN / hawala receipt to WhatsApp +971 55 0000 000.

Candidates who do not pay within 48 hours will lose their slot. Do not share this letter with anybody, it is confidential.

Best regards,
Dr. James Wilson
Head of Recruitment, UN Recruitment Cell
"""
    _, e = human("c20", frm=sc, to_pairs=[FARID], dt=sent, style="plain", cte="7bit" if False else "quoted-printable",
                 reply_to=addr("Recruitment Desk", "recruitment.desk.un@freemail-box.example"),
                 subject="CONGRATULATION!! Selected for UN Position - Interview Fee Required", text=text,
                 host="smtp.quickmail-online.example")
    return [("01-scam-interview-fee.eml", e)], label(
        [], "easy", "negative/scam",
        "Fake UN recruiter demands a fee via Western Union/Hawala before a WhatsApp 'interview'.")


@case("owner-interviews-enumerators")
def c21():
    par = ("Parwiz Hashimi", "parwiz.hashimi@baran-research.example")
    shab = ("Shabnam Ahmadi", "shabnam.ahmadi@baran-research.example")
    s = T(KBL, 2026, 11, 10, 9, 0, wd="Tue", off="+04:30")
    note = """فرید جان سلام،

لطفاً به حیث عضو پنل در مصاحبه‌های شمارشگران (enumerators) برای سروی خانوار قندهار اشتراک کنید. هر کاندید ۲۰ دقیقه وقت دارد؛ لست کاندیدان و فورم نمره‌دهی را در Teams شریک ساخته‌ام.

Farid - you will lead the questions on Kobo data entry and consent procedures; Shabnam covers field logistics. Candidates start at 09:00 (Abdul Basir, Malalai, Sayed Naser, Zahra, Hamid...). Please send me your scores by Wednesday.

Parwiz Hashimi
Survey Manager | Baran Research & Consulting"""
    e = exchange_invite("c21", organizer=par, required=[FARID, shab],
                        summary="Interview panel - Enumerators, Kandahar household survey", start=s,
                        end=s + timedelta(hours=4), tzid="Afghanistan Standard Time", label="(UTC+04:30) Kabul",
                        sent=T(KBL, 2026, 11, 8, 8, 45, 12, wd="Sun", off="+04:30"),
                        uid="040000008200E00074C5B7101A82E00800000000" + hx("uid", "c21", n=32).upper() + "10000000000000000",
                        seq=0, note=note, to_pairs=[FARID, shab])
    return [("01-enumerator-interview-panel.eml", e)], label(
        [], "hard", "negative/user-is-interviewer",
        "Owner's manager puts him on a panel interviewing enumerators (Teams invite, Dari + English); owner is "
        "the interviewer, not a candidate.")


@case("karyab-job-alert")
def c22():
    ky = ("Karyab Jobs | کاریاب", "alerts@karyab.example")
    sent = T(KBL, 2026, 10, 22, 7, 0, 3, wd="Thu", off="+04:30")
    text = """کاریاب – ۵ بست جدید مطابق جستجوی شما: «Monitoring and Evaluation» در کابل
Karyab - 5 new jobs matching "Monitoring and Evaluation" in Kabul

1. M&E Officer - Nawa Community Development Organization (NCDO) - Kabul - closing 2 Nov 2026
2. Data & Reporting Analyst - Paiwand Telecom - Kabul - closing 5 Nov 2026
3. MEL Officer, Cross-Border Programme - Khyber Regional Research Consortium - Kabul/Islamabad - closing 6 Nov 2026
4. Field Monitor (3 posts) - Shifa Health Consortium - Herat - closing 30 Oct 2026
5. Third-Party Monitoring Coordinator - confidential employer - Kabul - closing 8 Nov 2026

Only shortlisted candidates will be contacted for a written test and interview.

مشاهده همه بست‌ها: https://karyab.example/jobs?q=monitoring+evaluation&l=kabul
You receive this alert because you subscribed on karyab.example. Unsubscribe: https://karyab.example/alerts/off
"""
    _, e = human("c22", frm=ky, to_pairs=[FARID], dt=sent, style="plain", cte="base64",
                 subject="۵ بست جدید برای «Monitoring and Evaluation» در کابل | 5 new jobs", text=text,
                 extra=[("List-Unsubscribe", "<https://karyab.example/alerts/off?t=" + hx("u", "c22", n=16) + ">"),
                        ("Precedence", "bulk")])
    return [("01-karyab-job-alert.eml", e)], label(
        [], "easy", "negative/job-alert",
        "jobs.af-style job alert listing vacancies of the same employers; mentions 'written test and interview'.")


# ================================================================ writer

TZ_POINTS = {
    "ncdo-phone-screen-dari-farda": "Asia/Kabul +04:30 (half-hour offset); 'فردا' resolved against Date Mon 12 Oct -> Tue 13 Oct 10:00.",
    "ncdo-written-test-then-interview-hijri": "Solar Hijri 2 Aqrab 1405 = Sat 24 Oct 2026; interview 11:30 +04:30 (test 09:00 ignored).",
    "unjrp-inspira-competency-based-interview": ".ics in UTC 05:00Z = 09:30 Kabul (+04:30); Inspira mail Date in +0000.",
    "shifa-herat-panel-dari-reschedule-teams": "Windows TZID 'Afghanistan Standard Time' / '(UTC+04:30) Kabul'; Hijri 10 -> 11 Aqrab.",
    "zarafshan-dubai-zoom-cancelled-english": "Asia/Dubai +04:00: 11:00 GST = 11:30 Kabul (30-minute gap).",
    "glef-geneva-final-moved-across-eu-dst": "Europe/Zurich: 22 Oct 10:00 CEST (+02:00) moved to 29 Oct 10:00 CET (+01:00) across the 25 Oct EU change (12:30 -> 13:30 Kabul).",
    "glef-first-round-propose-confirm-thread": "Geneva 09:00 CEST (+02:00) = 11:30 Kabul, before the EU change.",
    "shifa-whatsapp-pasted-pashto-saba": "Pashto 'سبا' resolved against Sat 24 Oct +0430 -> Sun 25 Oct 14:00 (EU change day, irrelevant for Kabul).",
    "krrc-islamabad-two-rounds-gcal-json": "Asia/Karachi +05:00: 10:00 PKT = 09:30 Kabul; second round 15:00 PKT.",
    "zarafshan-workday-standalone-ics": "Workday mail Date +0000; Windows TZID 'Arabian Standard Time' +04:00 (14:00 GST = 14:30 Kabul).",
    "paiwand-pashto-technical-hijri-gcal-json": "Solar Hijri 13 Aqrab 1405 = Wed 4 Nov 2026; Calendar API dateTime +04:30.",
    "scam-un-recruitment-fee": "Scam mail Date +0300 (no interview label).",
}


def main():
    check_zones()
    check_hijri()
    for p in sorted(OUT.glob("b314-*")):
        if p.is_dir():
            shutil.rmtree(p)
    lab_path = OUT / "labels.yaml"
    if lab_path.exists():
        lab_path.unlink()
    labels = {}
    meta = []
    for i, (slug, fn) in enumerate(CASES, 1):
        nn = f"{i:02d}"
        cid = f"b314-{nn}-{slug}"
        items, lab = fn()
        d = OUT / cid
        d.mkdir()
        names = set()
        for name, data in items:
            assert name[:2].isdigit() and name not in names, name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            names.add(name)
            (d / name).write_bytes(data)
        labels[cid] = lab
        meta.append((nn, slug, cid, lab, [n for n, _ in items]))
    assert 20 <= len(CASES) <= 24
    with open(lab_path, "w", encoding="utf-8") as f:
        f.write("# Labels for blind314 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    write_readme(meta)


def write_readme(meta):
    pos = [m for m in meta if m[3]["interview"]]
    neg = [m for m in meta if not m[3]["interview"]]
    ivs = [iv_ for m in meta for iv_ in m[3]["interviews"]]
    by_status, by_kind = {}, {}
    for x in ivs:
        by_status[x["status"]] = by_status.get(x["status"], 0) + 1
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    fmt = {"eml": 0, "ics": 0, "gcal.json": 0}
    for m in meta:
        for n in m[4]:
            fmt["gcal.json" if n.endswith(".gcal.json") else n.rsplit(".", 1)[1]] += 1
    L = ["# blind314: Kabul M&E job search in Dari, Pashto and English (written blind)", "",
         f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a monitoring-and-evaluation officer living in Kabul "
         "(Asia/Kabul, UTC+04:30, no DST).", "",
         "This set was written blind: only the eval README (label schema and rules) and two or three dev files "
         "(for formats) were read; no tool code, tests or other sets.", "",
         "## What it stresses",
         "- Dari and Pashto (Persian script, Eastern Arabic-Indic digits) with relative dates ('فردا', 'سبا') and "
         "Solar Hijri dates using Afghan month names (حمل ... حوت; 1 Hamal 1405 = 21 Mar 2026).",
         "- The half-hour Kabul offset (+04:30) against Dubai (+04:00), Islamabad (+05:00) and Geneva "
         "(CEST +02:00 until 25 Oct 2026, then CET +01:00).",
         "- A written test followed by an interview the same day (only the interview counts); a written test alone "
         "(negative).",
         "- Inspira-like UN notices (no-reply sender, UTC .ics), ACBAR-style and jobs.af-style relays, Workday, "
         "Exchange/Teams with Windows TZIDs, Zoom, Google Meet, a WhatsApp chat pasted into mail.",
         "- Reschedule in Dari (+ updated Teams invite, same UID, SEQUENCE 1), reschedule across the EU DST change "
         "(Google invite), cancellation in English, onsite loop sent as three invites, two interviews in one mail, "
         "propose/confirm thread.",
         "- Hard negatives: written assessment only, training workshop, UN security briefing, visa appointment, "
         "rejection, offer with orientation time, fee-charging scam, owner interviewing enumerators, job alert.", "",
         "## Counts",
         f"- Cases: {len(meta)} ({len(pos)} positive, {len(neg)} negative)",
         f"- Labelled interviews: {len(ivs)} - by status: " +
         ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) + "; by kind: " +
         ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
         f"- Items: {fmt['eml']} .eml, {fmt['ics']} standalone .ics, {fmt['gcal.json']} .gcal.json", "",
         "## Formats used",
         "- Gmail-style human mail (multipart/alternative, base64 or quoted-printable UTF-8, RFC 2047 headers), "
         "threads with In-Reply-To/References",
         "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
         "invite.ics) incl. an 'Updated invitation' with SEQUENCE 1",
         "- Exchange/Teams meeting requests (TZID 'Afghanistan Standard Time', '(UTC+04:30) Kabul', "
         "X-MICROSOFT-CDO-* properties)",
         "- Inspira-like and Zoom .ics attachments, Workday notification + standalone .ics ('Arabian Standard Time'), "
         "standalone workshop .ics, Calendar API v3 event JSON with \"self\": true", "",
         "## Time-zone / DST / calendar points"]
    for nn, slug, cid, lab, _ in meta:
        if slug in TZ_POINTS:
            L.append(f"- Case {nn} ({slug}): {TZ_POINTS[slug]}")
    L += ["", "## Cases", "| # | case | positive | interviews |", "|---|---|---|---|"]
    for nn, slug, cid, lab, _ in meta:
        L.append(f"| {nn} | {cid} | {'yes' if lab['interview'] else 'no'} | {len(lab['interviews'])} |")
    L += ["", "Regenerate with `python make_cases.py` (deterministic; rewrites every b314-* folder and labels.yaml)."]
    (OUT / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
