#!/usr/bin/env python3
"""Generate the blind341 evaluation set (written blind).

Theme: Chicago ICU nurse (Danielle Okafor-Reyes) moving between hospital systems.
Deletes and rewrites every b341-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only; output is byte-identical on every run.
"""
import base64
import hashlib
import html
import json
import quopri
import re
import shutil
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind341/chicago-icu-rn/v1"
PREFIX = "b341"
OWNER = "danielle.okaforreyes@example.com"
OWNER_NAME = "Danielle Okafor-Reyes"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
NYC = ZoneInfo("America/New_York")
PHX = ZoneInfo("America/Phoenix")
UTC = ZoneInfo("UTC")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")


# ----------------------------------------------------------------------------- hashing / ids
def hx(*parts, n=32):
    raw = "|".join((SEED,) + tuple(str(p) for p in parts)).encode()
    return hashlib.sha256(raw).hexdigest()[:n]


def digits(*parts, n=10):
    return str(int(hx(*parts, n=40), 16))[-n:]


def guid(*parts):
    h = hx(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def mixcase(s):
    return "".join(c.upper() if (i % 3 == 1 and c.isalpha()) else c for i, c in enumerate(s))


def mid_gmail(key):
    tok = base64.b64encode(bytes.fromhex(hx("gm", key, n=40))).decode().rstrip("=")
    tok = tok.replace("/", "_").replace("+", "-")
    return f"<CA+{tok}@mail.gmail.com>"


def mid_outlook(key, pod="CH3PR12MB"):
    h = hx("ol", key, n=20).upper()
    n4 = digits("olp", key, n=4)
    return f"<{pod}{n4}{h}@{pod}{n4}.namprd12.prod.outlook.com>"


def mid_sys(key, domain):
    return f"<{hx('sys', key, n=24)}.{digits('sysn', key, n=8)}@{domain}>"


def mid_gcal(key):
    return f"<calendar-{guid('gc', key)}@google.com>"


# ----------------------------------------------------------------------------- time helpers
def off(t):
    s = t.strftime("%z")
    return s[:3] + ":" + s[3:]


def at(tz, stamp, wd, offset):
    """Aware datetime; asserts the weekday and the UTC offset computed by zoneinfo."""
    t = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    assert t.strftime("%a") == wd, (stamp, t.strftime("%a"), wd)
    assert off(t) == offset, (stamp, str(tz), off(t), offset)
    # no ambiguous / non-existent wall times
    assert t.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == t.replace(tzinfo=None), stamp
    return t


def chkday(y, m, d, wd):
    """Assert a weekday mentioned by hand in prose ("Tuesday the 27th")."""
    got = date(y, m, d).strftime("%A")
    assert got == wd or got[:3] == wd, (y, m, d, got, wd)


def long_date(t):
    return f"{t:%A}, {t:%B} {t.day}, {t.year}"


def md(t):
    return f"{t:%B} {t.day}"


def clock(t):
    h = t.hour % 12 or 12
    return f"{h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def gclock(t):
    h = t.hour % 12 or 12
    mm = "" if t.minute == 0 else f":{t:%M}"
    return f"{h}{mm}{'am' if t.hour < 12 else 'pm'}"


def rfc(t):
    return format_datetime(t)


def dst_self_checks():
    us = [CHI, DEN, NYC]
    for tz in us:
        assert off(datetime(2026, 3, 7, 12, tzinfo=tz)) != off(datetime(2026, 3, 9, 12, tzinfo=tz))
        assert off(datetime(2026, 10, 31, 12, tzinfo=tz)) != off(datetime(2026, 11, 2, 12, tzinfo=tz))
    assert off(datetime(2026, 10, 31, 12, tzinfo=CHI)) == "-05:00"
    assert off(datetime(2026, 11, 2, 12, tzinfo=CHI)) == "-06:00"
    assert off(datetime(2026, 10, 31, 12, tzinfo=DEN)) == "-06:00"
    assert off(datetime(2026, 11, 2, 12, tzinfo=DEN)) == "-07:00"
    assert off(datetime(2026, 10, 31, 12, tzinfo=NYC)) == "-04:00"
    assert off(datetime(2026, 11, 2, 12, tzinfo=NYC)) == "-05:00"
    for m in (1, 3, 7, 10, 11, 12):
        assert off(datetime(2026, m, 15, 12, tzinfo=PHX)) == "-07:00"
    assert date(2026, 3, 8).weekday() == 6 and date(2026, 11, 1).weekday() == 6
    assert date(2026, 3, 29).weekday() == 6 and date(2026, 10, 25).weekday() == 6
    assert off(datetime(2026, 10, 24, 12, tzinfo=LON)) == "+01:00"
    assert off(datetime(2026, 10, 26, 12, tzinfo=LON)) == "+00:00"
    assert off(datetime(2026, 10, 26, 12, tzinfo=BER)) == "+01:00"

    # Phoenix vs Chicago: two hours until Nov 1, one hour after
    def gap(d):
        p = datetime(2026, d.month, d.day, 10, 0, tzinfo=PHX)
        c = p.astimezone(CHI)
        return c.hour - p.hour

    assert gap(date(2026, 10, 29)) == 2
    assert gap(date(2026, 11, 5)) == 1


# ----------------------------------------------------------------------------- iCalendar
def ics_dt(t):
    return t.strftime("%Y%m%dT%H%M%S")


def ics_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def vcal(lines):
    res = []
    for ln in lines:
        assert "\n" not in ln and "\r" not in ln, ln
        res.extend(fold(ln))
    text = "\r\n".join(res) + "\r\n"
    assert text.isascii()
    return text


def _vtz_us(tzid, std, dst, stdname, dstname):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstname}",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdname}",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


VTZ = {
    "America/Chicago": _vtz_us("America/Chicago", "-0600", "-0500", "CST", "CDT"),
    "America/Denver": _vtz_us("America/Denver", "-0700", "-0600", "MST", "MDT"),
    "America/New_York": _vtz_us("America/New_York", "-0500", "-0400", "EST", "EDT"),
    "America/Phoenix": [
        "BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
    ],
    "Central Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    ],
    "US Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE",
    ],
}
WIN_ZONE = {"Central Standard Time": CHI, "US Mountain Standard Time": PHX}


def google_ics(method, uid, seq, start, end, tzid, summary, desc, location, organizer, attendees,
               created, stamp, status="CONFIRMED", conf=None):
    assert ZoneInfo(tzid) == start.tzinfo == end.tzinfo
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"] + VTZ[tzid] + [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{ics_dt(start)}",
        f"DTEND;TZID={tzid}:{ics_dt(end)}",
        f"DTSTAMP:{ics_utc(stamp)}",
        f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for name, email, role, part in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;"
                     f"CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    if conf:
        lines.append(f"X-GOOGLE-CONFERENCE:{conf}")
    lines += [
        f"CREATED:{ics_utc(created)}",
        f"DESCRIPTION:{esc(desc)}",
        f"LAST-MODIFIED:{ics_utc(stamp)}",
        f"LOCATION:{esc(location)}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{esc(summary)}",
        "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return vcal(lines)


def exchange_uid(key):
    return ("040000008200E00074C5B7101A82E00800000000" + hx("exu", key, n=16).upper()
            + "000000000000000010000000" + hx("exu2", key, n=32).upper())


def exchange_ics(method, uid, seq, start, end, wtz, summary, desc, location, organizer, attendees,
                 stamp, teams_url=None, status="CONFIRMED"):
    assert WIN_ZONE[wtz] == start.tzinfo == end.tzinfo
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ[wtz] + ["BEGIN:VEVENT",
                                          f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for name, email, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{email}")
    lines += [
        f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
        f"DTSTART;TZID={wtz}:{ics_dt(start)}",
        f"DTEND;TZID={wtz}:{ics_dt(end)}",
        "CLASS:PUBLIC", "PRIORITY:5",
        f"DTSTAMP:{ics_utc(stamp)}",
        "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(digits('owner', uid, n=10)) - 2100000000}",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/"
                  f"teamsforbusiness/{guid('tfb', uid)}",
                  "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null"
                  ",\"OnlineMeetingProvider\":3}"]
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return vcal(lines)


# ----------------------------------------------------------------------------- conferencing blocks
def teams_block(key, dial_city="Chicago"):
    tok = base64.b64encode(bytes.fromhex(hx("tm", key, n=36))).decode().replace("/", "x").replace("+", "Q")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{guid('tid', key)}%22%2c%22Oid%22%3a%22{guid('oid', key)}%22%7d")
    meeting_id = " ".join([digits("tmid", key, n=3), digits("tmid2", key, n=3), digits("tmid3", key, n=3),
                           digits("tmid4", key, n=3)])
    meeting_id = "2" + meeting_id[1:]
    passcode = mixcase(hx("tmpc", key, n=6))
    conf = digits("tmconf", key, n=9)
    text = (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{url}>\n"
        f"Meeting ID: {meeting_id}\n"
        f"Passcode: {passcode}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Or call in (audio only)\n"
        f"+1 312-555-01{digits('tmtel', key, n=2)},,{conf}#   United States, {dial_city}\n"
        f"Phone Conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
        f"meetingOptions/?organizerId={guid('oid', key)}&tenantId={guid('tid', key)}>\n"
        "________________________________________________________________________________"
    )
    return url, text


def zoom_block(key, sub):
    mid = digits("zm", key, n=11)
    mid = "8" + mid[1:]
    pwd = hx("zmpwd", key, n=32)
    passcode = digits("zmpc", key, n=6)
    url = f"https://{sub}.zoom.us/j/{mid}?pwd={pwd}"
    pretty = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    text = (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {pretty}\nPasscode: {passcode}\n\n"
            f"One tap mobile\n+13126266799,,{mid}#,,,,*{passcode}# US (Chicago)\n"
            f"+16465588656,,{mid}#,,,,*{passcode}# US (New York)")
    return url, pretty, passcode, text


def meet_code(key):
    letters = "abcdefghijkmnopqrstuvwxyz"
    v = int(hx("meet", key, n=20), 16)
    s = ""
    for _ in range(10):
        s += letters[v % 25]
        v //= 25
    return f"{s[:3]}-{s[3:7]}-{s[7:]}"


# ----------------------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if body.endswith("\n") else body + "\n"


def _enc(text, enc):
    if enc == "qp":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if enc == "b64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    assert enc == "7bit" and text.isascii()
    return text


ENC_NAME = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit"}


def textpart(text, sub="plain", enc="qp", params=""):
    return Part([f'Content-Type: text/{sub}; charset="UTF-8"{params}',
                 f"Content-Transfer-Encoding: {ENC_NAME[enc]}"], _enc(text, enc))


def calpart(ics, method, enc="b64"):
    body = base64.encodebytes(ics.encode("ascii")).decode() if enc == "b64" else ics.replace("\r\n", "\n")
    return Part([f'Content-Type: text/calendar; charset="UTF-8"; method={method}',
                 f"Content-Transfer-Encoding: {ENC_NAME[enc]}"], body)


def attach(data, filename, ctype):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data).decode("ascii"))


def multipart(sub, parts, key, style="gmail"):
    if style == "gmail":
        b = "000000000000" + hx("bd", key, n=16)
    elif style == "outlook":
        b = f"_000_{hx('bd', key, n=24).upper()}prodoutlookcom_"
    else:
        b = f"----=_Part_{digits('bd', key, n=7)}_{digits('bd2', key, n=9)}.{digits('bd3', key, n=13)}"
    chunks = []
    for p in parts:
        chunks.append(f"--{b}\n" + "\n".join(p.headers) + "\n\n" + p.body)
    body = "\n".join(chunks) + f"\n--{b}--\n"
    return Part([f'Content-Type: multipart/{sub}; boundary="{b}"'], body)


def fold_header(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 78 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def message(*, frm, to, subject, date, msgid, body, cc=None, reply_to=None, irt=None, refs=None,
            return_path=None, host="mail.example.net", extra=(), sender=None, pre=()):
    ip = "209." + ".".join(str(int(hx("ip", msgid, i, n=2), 16) % 200 + 20) for i in range(3))
    recv_t = date + timedelta(seconds=2 + int(digits("rd", msgid, n=1)))
    rp = return_path or re.search(r"<([^>]+)>", frm).group(1)
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id "
                     f"{hx('rid', msgid, n=12)}\n        for <{OWNER}>;\n        {rfc(recv_t)}"),
        ("Return-Path", f"<{rp}>"),
    ]
    hdrs += list(pre)
    hdrs.append(("From", frm))
    if sender:
        hdrs.append(("Sender", sender))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", subject), ("Date", rfc(date)), ("Message-ID", msgid)]
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    lines = []
    for k, v in hdrs:
        assert v.isascii(), (k, v)
        lines.append(v and (fold_header(k, v) if "\n" not in v else f"{k}: {v}") or f"{k}: ")
    head = "\n".join(lines + body.headers)
    text = head + "\n\n" + body.body
    assert text.isascii()
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def to_html(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n")]
        lines = [re.sub(r"(https?://[^\s&<]+)", r'<a href="\1">\1</a>', x) for x in lines]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(paras)
            + "\n</div></body></html>")


def quote(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def gmail_attrib(t_local, name, email):
    return f"On {t_local:%a}, {t_local:%b} {t_local.day}, {t_local.year} at {clock(t_local)} {name} <{email}> wrote:"


def outlook_invite(*, key, organizer, to, subject, sent, start, end, wtz, label, location, note,
                   attendees, seq=0, uid=None, teams=True, cc=None, pod="CH3PR12MB", dial_city="Chicago"):
    """Exchange/Outlook meeting request (multipart/alternative with text/calendar)."""
    uid = uid or exchange_uid(key)
    when = f"When: {long_date(start)} {clock(start)}-{clock(end)} {label}."
    url, tblock = teams_block(uid, dial_city) if teams else (None, "")
    plain = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note.strip()}\n"
    if teams:
        plain += "\n" + tblock + "\n"
    html_body = to_html(plain, font="Aptos,Calibri,sans-serif", size="11pt")
    desc = note.strip() + ("\n\n" + tblock if teams else "")
    ics = exchange_ics("REQUEST", uid, seq, start, end, wtz, subject, desc, location, organizer,
                       attendees, sent, teams_url=url)
    body = multipart("alternative", [textpart(plain, enc="qp"), textpart(html_body, "html", enc="qp"),
                                     calpart(ics, "REQUEST", "b64")], key + "alt", style="outlook")
    tindex = base64.b64encode(bytes.fromhex(hx("ti", key, n=44))).decode()
    extra = [("Thread-Topic", subject), ("Thread-Index", tindex), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id",
              base64.b64encode(bytes.fromhex(hx("si", uid, n=50))).decode()),
             ("x-ms-publictraffictype", "Email")]
    dom = organizer[1].split("@")[1]
    return message(frm=f"{organizer[0]} <{organizer[1]}>", to=to, cc=cc, subject=subject, date=sent,
                   msgid=mid_outlook(key, pod), body=body, extra=extra,
                   host=f"mail-{hx('h', dom, n=6)}.outbound.protection.outlook.com"), uid, ics


def google_invite(*, key, organizer, summary, sent, start, end, tzid, tzlabel, desc, location,
                  attendees, guests_text, method="REQUEST", seq=0, uid=None, created=None,
                  cancel_note=None, conf=None):
    """Google Calendar invitation / cancellation e-mail (multipart/mixed)."""
    uid = uid or f"{hx('gcu', key, n=26)}@google.com"
    created = created or sent
    gdate = f"{start:%a} {start:%b} {start.day}, {start.year} {gclock(start)} - {gclock(end)} ({start:%Z})"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    ics = google_ics(method, uid, seq, start, end, tzid, summary, desc, location, organizer,
                     attendees, created, sent, status=status, conf=conf)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    when = f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gclock(start)} \u2013 {gclock(end)}"
    if method == "CANCEL":
        subject = (f"Canceled event with note: {summary} @ {gdate} ({OWNER})" if cancel_note
                   else f"Canceled event: {summary} @ {gdate} ({OWNER})")
        head = ""
        if cancel_note:
            head = f"{organizer[0]} has canceled this event and included a note:\n\"{cancel_note}\"\n\n"
        plain = (f"{head}This event has been canceled and removed from your calendar.\n\n{summary}\n{when}\n"
                 f"{tzlabel}\n\n{desc}\n\nOrganizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guests_text}\n\n"
                 "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                 "You are receiving this email because you are an attendee on the event.\n")
    else:
        subject = f"Invitation: {summary} @ {gdate} ({OWNER})"
        plain = (f"{summary}\n{when}\n{tzlabel}\n\n"
                 + (f"Join by phone or video\n{conf}\n\n" if conf else "")
                 + (f"Location\n{location}\n\n" if location else "")
                 + f"{desc}\n\nOrganizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guests_text}\n"
                 f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
                 f"Reply for {OWNER}\nYes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n"
                 f"No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n"
                 f"Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n\n"
                 "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                 "You are receiving this email because you are an attendee on the event. To stop receiving "
                 "future updates for this event, decline this event.\n")
    html_body = to_html(plain, font="Roboto,Helvetica,Arial,sans-serif")
    alt = multipart("alternative", [textpart(plain, enc="b64", params="; format=flowed; delsp=yes"),
                                    textpart(html_body, "html", enc="qp"),
                                    calpart(ics, method, "7bit")], key + "alt")
    mixed = multipart("mixed", [alt, attach(ics, "invite.ics", "application/ics")], key + "mix")
    msg = message(frm=f"{organizer[0]} <{organizer[1]}>", to=OWNER_ADDR, subject=subject, date=sent,
                  msgid=mid_gcal(key), body=mixed, reply_to=f"{organizer[0]} <{organizer[1]}>",
                  sender="Google Calendar <calendar-notification@google.com>",
                  return_path=f"3{hx('rp', key, n=20)}@calendar-server.bounces.google.com",
                  host="mail-sor-f69.google.com")
    return msg, uid, ics


def gcal_json(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes, tz_points=()):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic",
            "_tz": list(tz_points)}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ============================================================================= people
def addr(p):
    return f"{p[0]} <{p[1]}>"


LUMC = "Lakeshore University Medical Center"
LUMC_ROLE = "Registered Nurse - Medical ICU (7 West) - Nights"
LUMC_WD = "Lakeshore University Medical Center <lakeshoremed@myworkday.com>"
NICOLE = ("Nicole Abernathy", "nicole.abernathy@lakeshoremed.example")
KAREN = ("Karen Whitfield-Osei", "karen.whitfieldosei@lakeshoremed.example")
JENNA = ("Jenna Morales", "jenna.morales@lakeshoremed.example")
TOMASZ = ("Tomasz Brzezinski", "tomasz.brzezinski@lakeshoremed.example")
AALIYAH = ("Aaliyah Grant", "aaliyah.grant@lakeshoremed.example")
ROSA = ("Rosa Lindqvist", "rosa.lindqvist@lakeshoremed.example")
MARCUS = ("Marcus Delacroix-Hill", "marcus.delacroixhill@lakeshoremed.example")

PG = "Prairie Grove Community Hospital"
PG_ROLE = "Registered Nurse - Critical Care Unit (Full Time, Nights)"
PG_ICIMS = "Prairie Grove Community Hospital <prairiegrovehealth@talent.icims.com>"
MARISOL = ("Marisol Jankowski", "mjankowski@prairiegrovehealth.example")
DENISE = ("Denise Kowalczyk", "dkowalczyk@prairiegrovehealth.example")
SHAUNA = ("Shauna Petrakis", "spetrakis@prairiegrovehealth.example")
KOFI = ("Kofi Mensah-Baird", "kmensahbaird@prairiegrovehealth.example")

BROOKE = ("Brooke Halvorsen", "brooke.halvorsen@summittrailnursing.example")
GREG = ("Greg Tollefson", "gtollefson@frontrangeregional.example")
JANELLE = ("Janelle Pruitt", "jpruitt@staureliahealth.example")

BVC = "Brightline Virtual Care"
BVC_ROLE = "Tele-ICU Registered Nurse (Remote)"
CALEB = ("Caleb Osterhout", "caleb.osterhout@brightlinecare.example")
HANNAH = ("Hannah Feldstein", "hannah.feldstein@brightlinecare.example")
RENATA = ("Renata Vasquez-Lowe", "renata.vasquezlowe@brightlinecare.example")

SVMC = "Sonoran Valley Medical Center"
SV_ROLE = "RN - Cardiovascular ICU (Nights)"
LUIS = ("Luis Ortega", "luis.ortega@sonoranvalleyhealth.example")
BRENDA = ("Brenda Castillo", "brenda.castillo@sonoranvalleyhealth.example")

THERESA = ("Theresa Nwankwo-Blake", "tnwankwoblake@midwaylakes.example")
RAVI = ("Ravi Menon", "rmenon@midwaylakes.example")
YESENIA = ("Yesenia Flores", "yflores@midwaylakes.example")

REQ = "REQ-PARTICIPANT"
OPT = "OPT-PARTICIPANT"
ME_REQ = (OWNER_NAME, OWNER, REQ)


# ============================================================================= cases 01-11
@case("lumc-recruiter-screen-teams-utc-label")
def c01():
    sent = at(CHI, "2026-10-01 14:22", "Thu", "-05:00")
    s = at(CHI, "2026-10-02 11:30", "Fri", "-05:00")
    e = at(CHI, "2026-10-02 12:00", "Fri", "-05:00")
    note = """Hi Danielle,

Thanks for applying to the night RN opening on 7 West, our Medical ICU. I'd like to set up a 30-minute phone screen to go over your ICU background (CRRT, Impella, proning), your license and certifications, and what you're hoping for in a schedule. I'm the one who'll be on the call - I'm an RN by background and I recruit for our critical care units.

The Teams link below works from your phone if you'd rather join audio-only. If late morning is rough after a night shift, reply and I'll find you something else.

Nicole Abernathy, BSN, RN
Talent Acquisition Partner, Critical Care Nursing
Lakeshore University Medical Center
(312) 555-0147"""
    msg, _, _ = outlook_invite(
        key="c01", organizer=NICOLE, to=OWNER_ADDR,
        subject="RN Phone Screen: Danielle Okafor-Reyes - 7 West MICU Nights (R-0048213)",
        sent=sent, start=s, end=e, wtz="Central Standard Time",
        label="(UTC-06:00) Central Time (US & Canada)", location="Microsoft Teams Meeting",
        note=note, attendees=[ME_REQ])
    return [("01-invitation-rn-phone-screen.eml", msg)], label(
        [iv(LUMC, LUMC_ROLE, s, e, "scheduled", [NICOLE[1]], [NICOLE[1]], "phone_screen")],
        "medium", "positive/exchange-teams-utc-label",
        "Outlook/Teams invite from the nurse recruiter who runs the screen herself. The When line carries "
        "the fixed '(UTC-06:00) Central Time' label, but Oct 2 is still CDT, so the offset is -05:00.",
        ["Outlook label '(UTC-06:00) Central Time' on a CDT date: 11:30 is -05:00"])


@case("prairie-grove-icims-phone-screen")
def c02():
    sent = at(UTC, "2026-10-02 20:41", "Fri", "+00:00")
    s = at(CHI, "2026-10-06 10:00", "Tue", "-05:00")
    e = at(CHI, "2026-10-06 10:30", "Tue", "-05:00")
    plain = f"""Dear Danielle,

Thank you for your interest in the {PG_ROLE} position (Req #2026-4417) at Prairie Grove Community Hospital. We would like to schedule a phone screen with our nurse recruiter.

Date: {long_date(s)}
Time: {clock(s)} - {clock(e)} Central Time
Format: Phone call. Marisol will call you at the mobile number listed on your application.
Interviewer: Marisol Jankowski, RN Recruiter

A calendar file is attached for your convenience. If you need a different time, reply to this message or reach Marisol directly at {MARISOL[1]} or (630) 555-0182.

We look forward to speaking with you!

Talent Acquisition
Prairie Grove Community Hospital
Caring for the western suburbs since 1958

This email was sent on behalf of Prairie Grove Community Hospital by iCIMS. To update your candidate profile, visit https://careers-prairiegrovehealth.icims.com/jobs/login"""
    uid = f"iCIMS-{digits('c02', 'uid', n=9)}-{hx('c02', 'uid', n=12)}@icims.com"
    ics = vcal(["BEGIN:VCALENDAR", "PRODID:-//iCIMS//Interview Scheduling 3.0//EN", "VERSION:2.0",
                "METHOD:REQUEST"] + VTZ["America/Chicago"] + [
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=America/Chicago:{ics_dt(s)}", f"DTEND;TZID=America/Chicago:{ics_dt(e)}",
        "SUMMARY:Phone Screen - RN Critical Care Unit - Prairie Grove Community Hospital",
        "LOCATION:Phone - Marisol Jankowski will call you",
        "DESCRIPTION:" + esc("Phone screen for Req #2026-4417 (RN - Critical Care Unit, Nights). "
                             f"Questions: {MARISOL[1]}"),
        f"ORGANIZER;CN={MARISOL[0]}:mailto:{MARISOL[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={MARISOL[0]}:mailto:{MARISOL[1]}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    alt = multipart("alternative", [textpart(plain, enc="qp"),
                                    textpart(to_html(plain, font="Verdana,sans-serif", size="13px"), "html",
                                             enc="qp")], "c02alt", style="java")
    body = multipart("mixed", [alt, attach(ics, "Interview.ics", "text/calendar; method=REQUEST")],
                     "c02mix", style="java")
    msg = message(frm=PG_ICIMS, to=OWNER_ADDR, reply_to=addr(MARISOL),
                  subject="Phone Screen Scheduled - RN Critical Care Unit (Req #2026-4417)",
                  date=sent, msgid=mid_sys("c02", "talent.icims.com"), body=body,
                  return_path="bounce-2026-4417@talent.icims.com", host="mta-07.icims.com")
    return [("01-icims-phone-screen-scheduled.eml", msg)], label(
        [iv(PG, PG_ROLE, s, e, "scheduled", [MARISOL[1]], [MARISOL[1]], "phone_screen")],
        "easy", "positive/ats-email-with-ics",
        "iCIMS confirmation (UTC Date header) with an Interview.ics attachment; the recruiter named as "
        "interviewer is the one calling.", ["iCIMS mail sent in UTC; interview 10:00 CDT (-05:00)"])


@case("midway-lakes-owner-on-peer-panel")
def c03():
    sent = at(CHI, "2026-10-05 08:10", "Mon", "-05:00")
    s = at(CHI, "2026-10-07 09:30", "Wed", "-05:00")
    e = at(CHI, "2026-10-07 10:15", "Wed", "-05:00")
    note = """Hi Danielle, Ravi and Yesenia,

Thank you for volunteering for the peer interview panel. Our applicant is Jordan Whitcomb, who finished her senior practicum with us in the spring and has applied for the night RN position on our unit.

Danielle - would you take the clinical scenario questions (the septic shock patient on two pressors, and the family meeting question)? Yesenia will cover teamwork and Ravi will do the wrap-up. Score sheets are in the MICU shared drive under Hiring > Peer Panel; please get them back to me by end of day so HR can close out the requisition.

I know 0930 is right after your shift, so there will be coffee and I'll have you out by 10:15. This is paid time - clock in under the meeting code.

Theresa

Theresa Nwankwo-Blake, MSN, RN
Nurse Manager, Medical Intensive Care Unit
Midway Lakes Hospital"""
    msg, _, _ = outlook_invite(
        key="c03", organizer=THERESA, to=f"{OWNER_ADDR}, {addr(RAVI)}, {addr(YESENIA)}",
        subject="Peer Interview Panel - RN Applicant (J. Whitcomb) - MICU Nights",
        sent=sent, start=s, end=e, wtz="Central Standard Time",
        label="(UTC-06:00) Central Time (US & Canada)", location="MICU Conference Room 4B",
        note=note, attendees=[ME_REQ, (RAVI[0], RAVI[1], REQ), (YESENIA[0], YESENIA[1], REQ)],
        teams=False, pod="SA1PR04MB")
    return [("01-peer-interview-panel-invite.eml", msg)], label(
        [], "hard", "negative/user-is-interviewer",
        "Her current manager puts her on a peer-interview panel for someone else's application; she "
        "asks the questions. Outlook invite that says 'Peer Interview'.")


@case("lumc-workday-manager-interview-gcal")
def c04():
    sent = at(UTC, "2026-10-05 16:03", "Mon", "+00:00")
    s = at(CHI, "2026-10-08 13:00", "Thu", "-05:00")
    e = at(CHI, "2026-10-08 13:45", "Thu", "-05:00")
    plain = f"""Hi Danielle,

Your interview for {LUMC_ROLE} (R-0048213) has been scheduled.

Interview Type: Hiring Manager Interview (Virtual)
Date: {long_date(s)}
Time: {clock(s)} - {clock(e)} CDT
Interviewer: Karen Whitfield-Osei, MSN, RN - Nurse Manager, 7 West MICU
Location: Microsoft Teams. The join link will arrive in a separate calendar invitation.

You can review your interviews at any time in Candidate Home:
https://wd5.myworkdaysite.com/recruiting/lakeshoremed/LUMC_Careers/userHome

Thank you for your interest in Lakeshore University Medical Center.

This is an automated message. Please do not reply to this email."""
    body = multipart("alternative", [textpart(plain, enc="b64"),
                                    textpart(to_html(plain, font="Helvetica,Arial,sans-serif"), "html",
                                             enc="b64")], "c04alt", style="java")
    msg = message(frm=LUMC_WD, to=OWNER_ADDR,
                  subject=f"Interview Scheduled - {LUMC_ROLE}", date=sent,
                  msgid=mid_sys("c04", "myworkday.com"), body=body,
                  return_path="bounce-lakeshoremed@myworkday.com", host="smtp-out-3.myworkday.com")
    uid = exchange_uid("c04-karen")
    _, tblock = teams_block(uid)
    gid = hx("c04gid", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('c04etag', n=16)}\"",
        "id": gid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{gid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-05T16:20:11.000Z",
        "updated": "2026-10-05T16:31:47.412Z",
        "summary": "Interview: Danielle Okafor-Reyes - RN, 7 West MICU (Nights)",
        "description": "Hi Danielle, looking forward to Thursday. Plan on about 45 minutes: I'll tell you "
                       "about 7 West and our night team, and I'd like to hear about a couple of your "
                       "toughest shifts. Bring your questions too.\n\nKaren\n\n" + tblock,
        "location": "Microsoft Teams Meeting",
        "creator": {"email": KAREN[1], "displayName": KAREN[0]},
        "organizer": {"email": KAREN[1], "displayName": KAREN[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": KAREN[1], "displayName": KAREN[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "privateCopy": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return [("01-workday-interview-scheduled.eml", msg), ("02-calendar-event.gcal.json", gcal_json(ev))], label(
        [iv(LUMC, LUMC_ROLE, s, e, "scheduled", [KAREN[1]], [KAREN[1]], "hiring_manager")],
        "medium", "positive/workday-plus-calendar-api",
        "Workday no-reply notice (time in body, CDT) plus the nurse manager's Teams invite as it sits in her "
        "Google Calendar (API event, self: true). One interview; thank-you goes to the nurse manager.",
        ["Workday body '1:00 PM CDT' and API dateTime -05:00"])


@case("summit-trail-submittal-front-range")
def c05():
    sent = at(DEN, "2026-10-09 10:47", "Fri", "-06:00")
    plain = f"""Hi Danielle,

Good news - your profile has been submitted to the facility for the assignment below.

Facility: Front Range Regional Medical Center - Denver, CO
Unit: Medical ICU, nights (3x12s)
Contract: 13 weeks, tentative start 11/30/2026
Estimated weekly gross: $2,640 (taxable base + housing and M&IE stipends)
Submittal ID: ST-2026-88413
Licensure: Colorado RN temporary permit on file

What happens next?
Managers at this facility usually review submittals within 2-3 business days. If the manager would like to talk with you, your recruiter will reach out to set up a phone interview, so keep your phone close and make sure your voicemail is set up. Most facility interviews run 10-15 minutes.

A submittal is not an offer or a confirmed interview. You can track every submittal in the Summit Trail app under My Jobs > Submitted.

Questions? Reply to this email to reach Brooke Halvorsen, your recruiter.

Summit Trail Nursing
Travel nursing that goes where you go"""
    body = textpart(plain, enc="qp")
    msg = message(frm="Summit Trail Nursing <no-reply@summittrailnursing.example>", to=OWNER_ADDR,
                  reply_to=addr(BROOKE),
                  subject="Submittal confirmation: ICU RN - Front Range Regional Medical Center (Denver, CO) - 13 wks",
                  date=sent, msgid=mid_sys("c05", "summittrailnursing.example"), body=body,
                  host="o1.email.summittrailnursing.example")
    return [("01-submittal-confirmation.eml", msg)], label(
        [], "medium", "negative/travel-submittal",
        "Travel agency submittal confirmation; mentions a possible phone interview but none is booked.")


@case("brightline-hirevue-one-way-video")
def c06():
    sent = at(UTC, "2026-10-12 13:02", "Mon", "+00:00")
    due = at(NYC, "2026-10-16 23:59", "Fri", "-04:00")
    link = f"https://app.hirevue.com/interviews/{hx('c06', 'hv', n=22)}"
    plain = f"""Hi Danielle,

Thank you for applying for the {BVC_ROLE} role at Brightline Virtual Care. The next step in our process is an on-demand video interview through HireVue. You'll record answers to five questions on your own schedule - there is no live interviewer on the other end.

Please complete your interview by {long_date(due)} at 11:59 PM ET.

Before you start:
- Each question gives you 30 seconds to prepare and up to 3 minutes to answer
- You'll get an unscored practice question first
- Use Chrome or the HireVue mobile app, in a quiet, well-lit space

Start your interview: {link}

Questions about your application? Contact Caleb Osterhout at {CALEB[1]}.
Technical trouble? Visit https://www.hirevue.com/candidates/faq

Best of luck,
The Brightline Virtual Care Talent Team

Powered by HireVue"""
    body = multipart("alternative", [textpart(plain, enc="qp"),
                                    textpart(to_html(plain, font="Lato,Arial,sans-serif"), "html", enc="qp")],
                     "c06alt", style="java")
    msg = message(frm="Brightline Virtual Care <noreply@hirevue.com>", to=OWNER_ADDR,
                  subject="Brightline Virtual Care: Complete your video interview for Tele-ICU Registered Nurse",
                  date=sent, msgid=mid_sys("c06", "hirevue.com"), body=body,
                  return_path="bounces+8812@em.hirevue.com", host="o7.em.hirevue.com")
    return [("01-hirevue-video-interview.eml", msg)], label(
        [], "medium", "negative/one-way-video",
        "HireVue on-demand (one-way) video interview with a deadline; no live conversation.")


@case("front-range-facility-call-tomorrow")
def c07():
    sent = at(DEN, "2026-10-13 16:18", "Tue", "-06:00")
    reply = at(CHI, "2026-10-13 17:51", "Tue", "-05:00")
    s = at(DEN, "2026-10-14 13:00", "Wed", "-06:00")
    e = at(DEN, "2026-10-14 13:15", "Wed", "-06:00")
    assert s == at(CHI, "2026-10-14 14:00", "Wed", "-05:00")  # "2:00 your time"
    chkday(2026, 10, 14, "Wednesday")
    first = f"""Hi Danielle!

Greg Tollefson, the MICU manager at Front Range Regional, looked at your submittal this afternoon and wants to do a quick phone interview tomorrow at 1:00 PM Mountain - that's 2:00 PM your time in Chicago. He'll call your cell (the 773 number on your profile). These calls are usually short, so block 15 minutes.

He'll probably ask about your CRRT experience, how you feel about floating to step-down, and whether three nights in a row works for you. Good questions to ask him: ratios on nights, how many orientation shifts travelers get, parking, and whether they'll do block scheduling.

If you miss his call, his direct email is {GREG[1]} - reply there and copy me so I can keep things moving.

Can you confirm you're good for tomorrow?

Brooke Halvorsen
Senior Travel Recruiter | Summit Trail Nursing
Denver, CO | (720) 555-0139"""
    m1 = message(frm=addr(BROOKE), to=OWNER_ADDR, subject="Front Range MICU - manager wants to talk tomorrow!",
                 date=sent, msgid=mid_gmail("c07a"), body=textpart(first, enc="qp"),
                 host="mail-yw1-f181.google.com")
    second = ("Yes! I'm off tomorrow, so 2 PM Central works. My phone will be on and I'll have my questions "
              "ready.\n\nThanks for moving so fast on this.\n\nDanielle\n\n"
              + gmail_attrib(sent.astimezone(CHI), *BROOKE) + "\n\n" + quote(first) + "\n")
    m2 = message(frm=OWNER_ADDR, to=addr(BROOKE),
                 subject="Re: Front Range MICU - manager wants to talk tomorrow!", date=reply,
                 msgid=mid_gmail("c07b"), irt=mid_gmail("c07a"), refs=mid_gmail("c07a"),
                 body=textpart(second, enc="qp"), host="mail-sor-f41.google.com")
    return [("01-brooke-manager-call-tomorrow.eml", m1), ("02-re-danielle-confirms.eml", m2)], label(
        [iv("Front Range Regional Medical Center", "Travel RN - Medical ICU (13-week contract)", s, e,
            "scheduled", [GREG[1]], [GREG[1]], "hiring_manager")],
        "hard", "positive/email-body-relative-date",
        "Body-only travel 'facility interview': 'tomorrow at 1:00 PM Mountain' resolved against the "
        "recruiter's Tue Oct 13 Date (-0600). The facility manager calls; his address is given in the text.",
        ["'tomorrow at 1:00 PM Mountain' = Wed Oct 14 13:00 MDT (-06:00) = 2:00 PM CDT"])


@case("bls-acls-recert-class")
def c08():
    sent = at(CHI, "2026-10-08 19:30", "Thu", "-05:00")
    s = at(CHI, "2026-10-17 08:00", "Sat", "-05:00")
    e = at(CHI, "2026-10-17 12:30", "Sat", "-05:00")
    plain = f"""Registration Confirmed

Hi Danielle,

You're registered for the following class:

Course: AHA ACLS Renewal (HeartCode skills session) + BLS Provider
Date: {long_date(s)}
Time: {clock(s)} - {clock(e)}
Instructor: Darnell Whitaker, RN, NRP
Location: Windy City Resuscitation Training, 2210 W. Fulton St., Suite 3, Chicago, IL 60612
Order #: WCR-{digits('c08', 'ord', n=6)}

Please bring:
- Your HeartCode ACLS Part 1 completion certificate (printed or on your phone)
- A photo ID
- Comfortable clothes - you'll be doing compressions on the floor

Skills testing includes the megacode and high-quality CPR check-off. Your AHA eCards are issued within 24 hours of passing.

Need to reschedule? Reply to this email at least 48 hours before class.

Windy City Resuscitation Training
An American Heart Association Training Site"""
    uid = f"{hx('c08', 'uid', n=20)}@enrollware.com"
    ics = vcal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Enrollware//Class Calendar//EN",
                "METHOD:PUBLISH"] + VTZ["America/Chicago"] + [
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=America/Chicago:{ics_dt(s)}", f"DTEND;TZID=America/Chicago:{ics_dt(e)}",
        "SUMMARY:ACLS Renewal + BLS Provider (AHA) - Windy City Resuscitation Training",
        "LOCATION:" + esc("2210 W. Fulton St., Suite 3, Chicago, IL 60612"),
        "DESCRIPTION:" + esc("Bring HeartCode Part 1 certificate and photo ID. Instructor: Darnell Whitaker."),
        "ORGANIZER;CN=Windy City Resuscitation Training:mailto:info@windycityresus.example",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    alt = multipart("alternative", [textpart(plain, enc="qp"),
                                    textpart(to_html(plain), "html", enc="qp")], "c08alt", style="java")
    body = multipart("mixed", [alt, attach(ics, "class.ics", "text/calendar")], "c08mix", style="java")
    msg = message(frm="Windy City Resuscitation Training <no-reply@enrollware.com>", to=OWNER_ADDR,
                  reply_to="Windy City Resuscitation Training <info@windycityresus.example>",
                  subject="Registration Confirmed: ACLS Renewal + BLS Provider - Sat 10/17",
                  date=sent, msgid=mid_sys("c08", "enrollware.com"), body=body, host="mail.enrollware.com")
    return [("01-enrollware-class-confirmation.eml", msg)], label(
        [], "easy", "negative/certification-class",
        "BLS/ACLS recertification class confirmation with a .ics attachment; skills testing, not a job interview.")


@case("lumc-peer-interview-unit-tour-loop")
def c09():
    s1 = at(CHI, "2026-10-20 09:00", "Tue", "-05:00")
    e1 = at(CHI, "2026-10-20 09:45", "Tue", "-05:00")
    s2 = at(CHI, "2026-10-20 10:00", "Tue", "-05:00")
    e2 = at(CHI, "2026-10-20 11:00", "Tue", "-05:00")
    s3 = at(CHI, "2026-10-20 11:00", "Tue", "-05:00")
    e3 = at(CHI, "2026-10-20 11:30", "Tue", "-05:00")
    sent0 = at(CHI, "2026-10-13 11:05", "Tue", "-05:00")
    itin = f"""Hi Danielle,

Karen really enjoyed talking with you last week, and she'd like you to come in for the next step - an on-site visit to 7 West on {long_date(s1)}. You'll get three separate calendar invitations from me, one per session:

{clock(s1)} - {clock(e1)}  Unit tour - come shadow on the unit with Karen Whitfield-Osei, Nurse Manager
{clock(s2)} - {clock(e2)}  Peer interview with Tomasz Brzezinski, RN, CCRN and Aaliyah Grant, BSN, RN
{clock(s3)} - {clock(e3)}  Meet the team: Rosa Lindqvist, RN, night charge nurse

Please check in at the Welcome Desk in the Lakeshore Pavilion lobby by 8:45 AM. Parking in the Erie-Ontario garage is validated - bring your ticket to the 7 West front desk. Scrubs are fine for the tour, though most candidates wear business casual. Bring copies of your BLS and ACLS cards and comfortable shoes.

I'm coordinating and won't be in the sessions, but if you're running late, text or call me at (312) 555-0171.

Jenna Morales
Talent Acquisition Coordinator, Nursing
Lakeshore University Medical Center"""
    m0 = message(frm=addr(JENNA), to=OWNER_ADDR, cc=addr(KAREN),
                 subject="Your on-site visit to 7 West MICU - Tuesday 10/20",
                 date=sent0, msgid=mid_outlook("c09-itin", "DM6PR03MB"),
                 body=multipart("alternative", [textpart(itin, enc="qp"),
                                                textpart(to_html(itin, font="Calibri,sans-serif", size="11pt"),
                                                         "html", enc="b64")], "c09alt", style="outlook"),
                 extra=[("Thread-Topic", "Your on-site visit to 7 West MICU - Tuesday 10/20"),
                        ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
                 host="mail-dm6nam12.outbound.protection.outlook.com")
    common = dict(organizer=JENNA, to=OWNER_ADDR, wtz="Central Standard Time",
                  label="(UTC-06:00) Central Time (US & Canada)", teams=False, pod="DM6PR03MB")
    i1, _, _ = outlook_invite(
        key="c09-tour", sent=at(CHI, "2026-10-13 11:12", "Tue", "-05:00"), start=s1, end=e1,
        subject="Unit Tour & Shadow - 7 West MICU - Danielle Okafor-Reyes",
        location="LUMC Lakeshore Pavilion, 7 West front desk",
        note="Karen will meet you at the 7 West front desk, walk you through the unit and let you shadow "
             "the day team for part of the morning (a great time to see our CRRT and ECMO setup).\n\n"
             "Jenna Morales | Talent Acquisition Coordinator, Nursing",
        attendees=[ME_REQ, (KAREN[0], KAREN[1], REQ)], **common)
    i2, _, _ = outlook_invite(
        key="c09-peer", sent=at(CHI, "2026-10-13 11:14", "Tue", "-05:00"), start=s2, end=e2,
        subject="Peer Interview - RN 7 West MICU Nights - Danielle Okafor-Reyes",
        location="LUMC Lakeshore Pavilion, Room 7-212 (7 West conference room)",
        note="Peer interview with two of our 7 West staff nurses, Tomasz Brzezinski and Aaliyah Grant. "
             "Expect behavioral and clinical scenario questions, and plenty of time to ask what nights are "
             "really like.\n\nJenna Morales | Talent Acquisition Coordinator, Nursing",
        attendees=[ME_REQ, (TOMASZ[0], TOMASZ[1], REQ), (AALIYAH[0], AALIYAH[1], REQ),
                   (KAREN[0], KAREN[1], OPT)], **common)
    i3, _, _ = outlook_invite(
        key="c09-team", sent=at(CHI, "2026-10-13 11:16", "Tue", "-05:00"), start=s3, end=e3,
        subject="Meet the Team - 7 West Night Shift - Danielle Okafor-Reyes",
        location="LUMC Lakeshore Pavilion, Room 7-212 (7 West conference room)",
        note="Rosa Lindqvist, one of our night charge nurses, will wrap up your visit with a conversation "
             "about the night team, self-scheduling and how charge assignments work.\n\n"
             "Jenna Morales | Talent Acquisition Coordinator, Nursing",
        attendees=[ME_REQ, (ROSA[0], ROSA[1], REQ)], **common)
    ints = [KAREN[1], TOMASZ[1], AALIYAH[1], ROSA[1]]
    return [("01-jenna-onsite-itinerary.eml", m0), ("02-invite-unit-tour-shadow.eml", i1),
            ("03-invite-peer-interview.eml", i2), ("04-invite-meet-the-team.eml", i3)], label(
        [iv(LUMC, LUMC_ROLE, s1, e3, "scheduled", ints, ints, "onsite")],
        "hard", "positive/onsite-several-invites",
        "On-site visit sent as three Outlook invites (unit tour/shadow, peer interview, meet the team) plus "
        "the coordinator's itinerary. ONE onsite interview 9:00-11:30 CDT; the coordinator is not an interviewer.",
        ["Oct 20 sessions in CDT (-05:00) under '(UTC-06:00) Central Time' labels"])


@case("st-aurelia-facility-interview-cancelled")
def c10():
    created = at(DEN, "2026-10-16 09:18", "Fri", "-06:00")
    sent = at(DEN, "2026-10-16 09:20", "Fri", "-06:00")
    cancel = at(DEN, "2026-10-19 08:05", "Mon", "-06:00")
    s = at(DEN, "2026-10-21 14:00", "Wed", "-06:00")
    e = at(DEN, "2026-10-21 14:30", "Wed", "-06:00")
    summary = "Facility Interview: St. Aurelia Aurora CVICU - D. Okafor-Reyes (Summit Trail)"
    desc = ("Phone interview with Janelle Pruitt, CVICU Nurse Manager at St. Aurelia Medical Center - Aurora. "
            "Janelle will call Danielle at the number on her profile.\n13-week CVICU contract, days, start 12/7. "
            "Have your skills checklist handy.\n- Brooke")
    attendees = [(BROOKE[0], BROOKE[1], REQ, "ACCEPTED"), (JANELLE[0], JANELLE[1], REQ, "ACCEPTED"),
                 (OWNER, OWNER, REQ, "NEEDS-ACTION")]
    guests = f"{BROOKE[0]} - organizer\n{JANELLE[0]}\n{OWNER}"
    m1, uid, _ = google_invite(key="c10", organizer=BROOKE, summary=summary, sent=sent, start=s, end=e,
                               tzid="America/Denver", tzlabel="Mountain Time - Denver", desc=desc,
                               location="Phone (Janelle calls Danielle)", attendees=attendees,
                               guests_text=guests, created=created)
    note = ("Janelle let me know this morning that the CVICU contract was filled internally, so she is "
            "canceling Wednesday's call. So sorry! I'm already looking at two other Denver-area ICU openings for you.")
    m2, _, _ = google_invite(key="c10-cancel", organizer=BROOKE, summary=summary, sent=cancel, start=s, end=e,
                             tzid="America/Denver", tzlabel="Mountain Time - Denver", desc=desc,
                             location="Phone (Janelle calls Danielle)",
                             attendees=[(a, b, c, "NEEDS-ACTION" if b == OWNER else "ACCEPTED")
                                        for a, b, c, _ in attendees],
                             guests_text=guests, method="CANCEL", seq=1, uid=uid, created=created,
                             cancel_note=note)
    return [("01-invitation-facility-interview.eml", m1), ("02-canceled-event-with-note.eml", m2)], label(
        [iv("St. Aurelia Medical Center - Aurora", "Travel RN - CVICU (13-week contract)", s, e, "cancelled",
            [JANELLE[1]], [JANELLE[1]], "hiring_manager")],
        "medium", "positive/cancellation-google",
        "Agency recruiter's Google invite for a travel facility interview, then 'Canceled event with note' "
        "(METHOD:CANCEL, same UID, SEQUENCE 1). Kept as cancelled at its last time.",
        ["Denver facility call Wed Oct 21 14:00 MDT (-06:00)"])


@case("midway-lakes-unit-staff-meeting")
def c11():
    sent = at(CHI, "2026-10-15 14:40", "Thu", "-05:00")
    s = at(CHI, "2026-10-22 07:30", "Thu", "-05:00")
    e = at(CHI, "2026-10-22 08:30", "Thu", "-05:00")
    note = """MICU team,

This is the night-shift session of our October staff meeting (the day-shift session is at 1500 the same day). Agenda:
- CAUTI and CLABSI numbers for Q3
- New CRRT machines: super-user schedule and go-live date
- Holiday requests are due 11/1 - no exceptions this year
- Open Q&A with our new Director of Critical Care

Right after shift, so breakfast is on me. Can't make either session? Watch the recording and sign the attestation in the LMS by 10/31.

Thanks for everything you do,
Theresa"""
    msg, _, _ = outlook_invite(
        key="c11", organizer=THERESA, to=f"MICU Nursing Staff <micu-nursing@midwaylakes.example>, {OWNER_ADDR}",
        subject="MICU Staff Meeting - October (night shift session)", sent=sent, start=s, end=e,
        wtz="Central Standard Time", label="(UTC-06:00) Central Time (US & Canada)",
        location="MICU Conference Room 4B; Microsoft Teams Meeting", note=note,
        attendees=[ME_REQ, ("MICU Nursing Staff", "micu-nursing@midwaylakes.example", REQ)], pod="SA1PR04MB")
    return [("01-staff-meeting-invite.eml", msg)], label(
        [], "easy", "negative/internal-meeting",
        "Monthly unit staff meeting at her current hospital (Teams invite from her manager).")


# ============================================================================= cases 12-21
@case("lumc-critical-care-hiring-event")
def c12():
    sent = at(CHI, "2026-10-19 10:00", "Mon", "-05:00")
    s = at(CHI, "2026-10-24 09:00", "Sat", "-05:00")
    e = at(CHI, "2026-10-24 13:00", "Sat", "-05:00")
    plain = f"""You're invited: Critical Care Nursing Hiring Event

Hi Danielle,

Because you've applied for a critical care role with us, we'd love to see you at our fall Critical Care Nursing Hiring Event.

{long_date(s)} | {clock(s)} - {clock(e)}
Lakeshore Pavilion Atrium, 1st floor

- Meet nurse leaders from our MICU, CVICU, Neuro ICU, Emergency Department and step-down units
- On-the-spot interviews for experienced RNs - bring a few copies of your resume
- Up to $20,000 sign-on bonus for select critical care roles
- Unit tours leave the atrium every 30 minutes
- Free parking in the Erie-Ontario garage, light breakfast served

RSVP so we can plan for you: https://careers.lakeshoremed.example/events/critical-care-fall-2026
Walk-ins are welcome. A calendar file is attached.

See you there,
LUMC Nursing Recruitment

You are receiving this email because you applied for a nursing position at Lakeshore University Medical Center. Unsubscribe: https://careers.lakeshoremed.example/unsubscribe"""
    uid = f"{hx('c12', 'uid', n=24)}@careers.lakeshoremed.example"
    ics = vcal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LUMC Nursing Recruitment//Events//EN",
                "METHOD:PUBLISH"] + VTZ["America/Chicago"] + [
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=America/Chicago:{ics_dt(s)}", f"DTEND;TZID=America/Chicago:{ics_dt(e)}",
        "SUMMARY:LUMC Critical Care Nursing Hiring Event",
        "LOCATION:" + esc("Lakeshore Pavilion Atrium, 1st floor, Lakeshore University Medical Center"),
        "DESCRIPTION:" + esc("Meet critical care nurse leaders. On-the-spot interviews for experienced RNs. "
                             "RSVP: https://careers.lakeshoremed.example/events/critical-care-fall-2026"),
        "ORGANIZER;CN=LUMC Nursing Recruitment:mailto:nursingcareers@lakeshoremed.example",
        f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN={OWNER_NAME}:mailto:{OWNER}",
        "STATUS:CONFIRMED", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    alt = multipart("alternative", [textpart(plain, enc="qp"),
                                    textpart(to_html(plain, font="Georgia,serif", size="15px"), "html", enc="qp")],
                    "c12alt", style="java")
    body = multipart("mixed", [alt, attach(ics, "LUMC-Hiring-Event.ics", "text/calendar")], "c12mix", style="java")
    msg = message(frm="LUMC Nursing Recruitment <nursingcareers@lakeshoremed.example>", to=OWNER_ADDR,
                  subject="You're invited: Critical Care Nursing Hiring Event - Sat 10/24 (on-the-spot interviews!)",
                  date=sent, msgid=mid_sys("c12", "lakeshoremed.example"), body=body,
                  return_path="bounce-mc.us14_8812.2026@mail.lakeshoremed.example", host="mail180-7.suw21.mcsv.net",
                  extra=[("List-Unsubscribe", "<https://careers.lakeshoremed.example/unsubscribe>"),
                         ("Precedence", "bulk")])
    return [("01-hiring-event-invitation.eml", msg)], label(
        [], "medium", "negative/job-fair",
        "Hospital hiring event with 'on-the-spot interviews' and an event .ics; no interview is booked for her.")


@case("brightline-zoom-propose-confirm")
def c13():
    t1 = at(NYC, "2026-10-20 10:34", "Tue", "-04:00")
    t2 = at(CHI, "2026-10-21 07:58", "Wed", "-05:00")
    t3 = at(NYC, "2026-10-21 09:41", "Wed", "-04:00")
    s = at(NYC, "2026-10-27 15:00", "Tue", "-04:00")
    e = at(NYC, "2026-10-27 15:45", "Tue", "-04:00")
    assert s == at(CHI, "2026-10-27 14:00", "Tue", "-05:00")
    chkday(2026, 10, 26, "Monday")
    chkday(2026, 10, 27, "Tuesday")
    chkday(2026, 10, 28, "Wednesday")
    first = f"""Hi Danielle,

Thanks for completing the HireVue - our clinical team really liked your answers, especially the one about escalating a deteriorating patient when you're not at the bedside.

The next step is a 45-minute live conversation over Zoom with Hannah Feldstein, Clinical Nurse Manager for our Virtual ICU program. Hannah has these openings (all Eastern time):

- Monday, October 26: 9:00 AM or 1:30 PM
- Tuesday, October 27: 3:00 PM
- Wednesday, October 28: 11:00 AM

Let me know which one works and I'll send the Zoom details.

Best,
Caleb

Caleb Osterhout
Clinical Talent Partner | Brightline Virtual Care
New York, NY"""
    m1 = message(frm=addr(CALEB), to=OWNER_ADDR, subject="Brightline Tele-ICU RN - next step with Hannah",
                 date=t1, msgid=mid_gmail("c13a"),
                 body=multipart("alternative", [textpart(first, enc="qp"),
                                                textpart(to_html(first), "html", enc="qp")], "c13a"),
                 host="mail-qk1-f170.google.com")
    second = ("Hi Caleb,\n\nTuesday the 27th at 3:00 PM Eastern works best for me - that's 2:00 here in Chicago, "
              "and I'm off that day.\n\nThank you!\nDanielle\n\n"
              + gmail_attrib(t1.astimezone(CHI), *CALEB) + "\n\n" + quote(first) + "\n")
    m2 = message(frm=OWNER_ADDR, to=addr(CALEB), subject="Re: Brightline Tele-ICU RN - next step with Hannah",
                 date=t2, msgid=mid_gmail("c13b"), irt=mid_gmail("c13a"), refs=mid_gmail("c13a"),
                 body=textpart(second, enc="qp"), host="mail-sor-f41.google.com")
    zurl, zid, zpc, zblock = zoom_block("c13", "brightlinecare")
    third = f"""Hi Danielle,

You're all set: {long_date(s)}, {clock(s)} - {clock(e)} ET with Hannah Feldstein (copied here). An invite file is attached, and the Zoom details are below.

Hannah will walk through a short case about a post-op patient on our virtual monitoring platform and then leave plenty of time for your questions about the tele-ICU model, licensure and scheduling.

{zblock}

Best,
Caleb"""
    third_full = third + "\n\n" + gmail_attrib(t2.astimezone(NYC), OWNER_NAME, OWNER) + "\n\n" + quote(second) + "\n"
    ics = vcal(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["America/New_York"] + [
        "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(t3)}",
        f"DTSTART;TZID=America/New_York:{ics_dt(s)}", f"DTEND;TZID=America/New_York:{ics_dt(e)}",
        "SUMMARY:Brightline | Danielle Okafor-Reyes + Hannah Feldstein (Tele-ICU RN)",
        f"UID:ZOOM{zid.replace(' ', '')}-{hx('c13uid', n=8)}", "TZID:America/New_York",
        "DESCRIPTION:" + esc(f"Caleb Osterhout is inviting you to a scheduled Zoom meeting.\n\n{zblock}"),
        f"LOCATION:{zurl}",
        f"ORGANIZER;CN={CALEB[0]}:mailto:{CALEB[1]}",
        f"ATTENDEE;CN={HANNAH[0]};RSVP=TRUE:mailto:{HANNAH[1]}",
        f"ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    alt = multipart("alternative", [textpart(third_full, enc="qp"),
                                    textpart(to_html(third_full), "html", enc="b64")], "c13c-alt")
    m3 = message(frm=addr(CALEB), to=OWNER_ADDR, cc=addr(HANNAH),
                 subject="Re: Brightline Tele-ICU RN - next step with Hannah", date=t3,
                 msgid=mid_gmail("c13c"), irt=mid_gmail("c13b"),
                 refs=f"{mid_gmail('c13a')} {mid_gmail('c13b')}",
                 body=multipart("mixed", [alt, attach(ics, "zoom_0.ics", "text/calendar")], "c13c-mix"),
                 host="mail-qk1-f170.google.com")
    return [("01-caleb-proposes-times.eml", m1), ("02-re-danielle-picks-tuesday.eml", m2),
            ("03-re-caleb-confirms-zoom.eml", m3)], label(
        [iv(BVC, BVC_ROLE, s, e, "scheduled", [HANNAH[1]], [HANNAH[1]], "hiring_manager")],
        "medium", "positive/thread-propose-confirm",
        "Recruiter proposes four Eastern slots, candidate picks 'Tuesday the 27th at 3:00 PM Eastern', "
        "recruiter confirms with Zoom details and a Zoom .ics. Only the confirmed slot counts.",
        ["New York EDT: 3:00 PM ET Oct 27 = 15:00 -04:00 (2:00 PM Chicago)"])


@case("sonoran-olivia-screen-then-manager-teams")
def c14():
    fwd = at(CHI, "2026-10-26 20:14", "Mon", "-05:00")
    s1 = at(PHX, "2026-10-29 10:00", "Thu", "-07:00")
    e1 = at(PHX, "2026-10-29 10:15", "Thu", "-07:00")
    sent2 = at(PHX, "2026-10-30 11:20", "Fri", "-07:00")
    s2 = at(PHX, "2026-11-05 08:30", "Thu", "-07:00")
    e2 = at(PHX, "2026-11-05 09:15", "Thu", "-07:00")
    assert s1 == at(CHI, "2026-10-29 12:00", "Thu", "-05:00")   # two hours behind Chicago before Nov 1
    assert s2 == at(CHI, "2026-11-05 09:30", "Thu", "-06:00")   # one hour behind after Nov 1
    chkday(2026, 10, 28, "Wed")
    chkday(2026, 11, 1, "Sunday")  # "this Sunday" from Fri Oct 30
    texts = f"""Saving these so they don't get buried in my texts. Phoenix is 2 hours behind me until the clocks change, so 10:00 their time = noon here.

---------- Forwarded messages ----------
From: Sonoran Valley Health <+1 (602) 555-0100>
To: Me
(times shown are my phone's, Chicago)

[Mon 10/26 5:02 PM] Sonoran Valley Health: Hi Danielle, this is Olivia, the virtual recruiting assistant for Sonoran Valley Medical Center! Thanks for applying for {SV_ROLE}. Are you still interested in this position? Reply Y or N.
[Mon 10/26 5:09 PM] Me: Y
[Mon 10/26 5:09 PM] Sonoran Valley Health: Great! Luis Ortega, our critical care RN recruiter, would like a 15-minute phone screen. Which time works best? (all times are Arizona time, MST) 1) Wed 10/28 1:00 PM 2) Thu 10/29 10:00 AM 3) Thu 10/29 3:30 PM
[Mon 10/26 5:11 PM] Me: 2
[Mon 10/26 5:11 PM] Sonoran Valley Health: You're scheduled! Phone screen with Luis Ortega on Thu, Oct 29 at 10:00 AM MST (Arizona time). Luis will call you at (773) 555-0164. Please reply C to confirm or R to reschedule.
[Mon 10/26 5:12 PM] Me: C
[Mon 10/26 5:12 PM] Sonoran Valley Health: Thanks, Danielle - you're confirmed! Questions before your call? Email Luis at {LUIS[1]}. Reply STOP to opt out of texts.
"""
    m1 = message(frm=OWNER_ADDR, to=OWNER_ADDR, subject="Fwd: Sonoran Valley texts (phone screen Thu)",
                 date=fwd, msgid=mid_gmail("c14a"), body=textpart(texts, enc="qp"),
                 host="mail-sor-f41.google.com")
    note = f"""Hi Danielle,

Great talking with you yesterday! As promised, here is your video interview with Brenda Castillo, Nurse Manager of our CVICU. I'll open the meeting and introduce you, then drop off so you two can talk.

Quick heads-up on time: Chicago falls back this Sunday and Arizona doesn't change, so 8:30 AM Arizona time on the 5th is 9:30 AM for you (this week it would have been 10:30).

Brenda likes to talk through a real patient, so have a recent open-heart or balloon pump case in mind.

Luis Ortega, BSN, RN
Critical Care RN Recruiter | Sonoran Valley Medical Center
Phoenix, AZ | (602) 555-0188"""
    m2, _, _ = outlook_invite(
        key="c14", organizer=LUIS, to=OWNER_ADDR, cc=addr(BRENDA),
        subject="CVICU Nurse Manager Interview - Danielle Okafor-Reyes", sent=sent2, start=s2, end=e2,
        wtz="US Mountain Standard Time", label="(UTC-07:00) Arizona", location="Microsoft Teams Meeting",
        note=note, attendees=[ME_REQ, (BRENDA[0], BRENDA[1], REQ)], pod="BY5PR17MB", dial_city="Phoenix")
    return [("01-fwd-olivia-text-confirmation.eml", m1), ("02-invite-nurse-manager-teams.eml", m2)], label(
        [iv(SVMC, SV_ROLE, s1, e1, "scheduled", [LUIS[1]], [LUIS[1]], "phone_screen"),
         iv(SVMC, SV_ROLE, s2, e2, "scheduled", [BRENDA[1]], [BRENDA[1]], "hiring_manager")],
        "hard", "positive/two-interviews-paradox-phoenix",
        "Two interviews: a Paradox/Olivia text-scheduled phone screen ('Please reply C to confirm') that the "
        "owner forwarded to herself (time only in the text log, Arizona time; phone timestamps are Chicago), "
        "then a Teams invite with Windows TZID 'US Mountain Standard Time' after US DST ends.",
        ["Phoenix MST -07:00 all year: Oct 29 10:00 MST = 12:00 CDT (2 h behind)",
         "Nov 5 08:30 MST = 09:30 CST (1 h behind after Nov 1); Windows TZID 'US Mountain Standard Time', label '(UTC-07:00) Arizona'"])


@case("prairie-grove-manager-reschedule-dst")
def c15():
    sent1 = at(CHI, "2026-10-23 15:02", "Fri", "-05:00")
    s1 = at(CHI, "2026-10-30 13:00", "Fri", "-05:00")
    e1 = at(CHI, "2026-10-30 14:00", "Fri", "-05:00")
    sent2 = at(CHI, "2026-10-28 09:47", "Wed", "-05:00")
    s2 = at(CHI, "2026-11-04 13:00", "Wed", "-06:00")
    e2 = at(CHI, "2026-11-04 14:00", "Wed", "-06:00")
    uid = exchange_uid("c15-interview")
    loc = "Prairie Grove Community Hospital - 3 South CCU, Nurse Manager Office 3S-104"
    note1 = """Hi Danielle,

Marisol passed along great feedback from your phone screen, and I'd love to meet you in person. We'll sit down for about an hour - I want to hear how you prioritize when you're holding two unstable patients, and you can ask me anything about our unit. Afterward I'll walk you through the CCU so you can meet the team on shift.

Park in Lot C off Ogden Avenue and take the east elevators to 3 South. Ask the unit secretary to page me.

Denise

Denise Kowalczyk, MSN, RN, CCRN-K
Nurse Manager, Critical Care Unit
Prairie Grove Community Hospital
(630) 555-0126"""
    note2 = """Danielle - I'm so sorry to do this, but a Joint Commission tracer landed on my Friday afternoon. Can we move to next Wednesday, same time? I've updated the invite; everything else (Lot C, east elevators, 3 South) stays the same.

Denise

Denise Kowalczyk, MSN, RN, CCRN-K
Nurse Manager, Critical Care Unit
Prairie Grove Community Hospital"""
    common = dict(organizer=DENISE, to=OWNER_ADDR, cc=addr(MARISOL), wtz="Central Standard Time",
                  label="(UTC-06:00) Central Time (US & Canada)", location=loc, teams=False,
                  attendees=[ME_REQ, (MARISOL[0], MARISOL[1], OPT)], uid=uid, pod="MN2PR08MB")
    subj = "Interview - RN Critical Care Unit - Danielle Okafor-Reyes"
    m1, _, _ = outlook_invite(key="c15-v0", subject=subj, sent=sent1, start=s1, end=e1, note=note1, seq=0,
                              **common)
    m2, _, _ = outlook_invite(key="c15-v1", subject=subj, sent=sent2, start=s2, end=e2, note=note2, seq=1,
                              **common)
    return [("01-invite-manager-interview.eml", m1), ("02-updated-invite-moved.eml", m2)], label(
        [iv(PG, PG_ROLE, s2, e2, "scheduled", [DENISE[1]], [DENISE[1]], "hiring_manager")],
        "medium", "positive/reschedule-sequence-dst",
        "In-person nurse manager interview; the Outlook invite is re-sent with the same UID and SEQUENCE 1, "
        "moving it from Fri Oct 30 (CDT) to Wed Nov 4 (CST). Final time only; Marisol is optional, not an interviewer.",
        ["Reschedule across US DST end: Oct 30 13:00 -05:00 -> Nov 4 13:00 -06:00"])


@case("brightline-cno-final-gcal-json")
def c16():
    s = at(NYC, "2026-11-10 11:00", "Tue", "-05:00")
    e = at(NYC, "2026-11-10 11:30", "Tue", "-05:00")
    code = meet_code("c16")
    gid = hx("c16gid", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('c16etag', n=16)}\"",
        "id": gid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{gid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-29T18:05:12.000Z",
        "updated": "2026-10-29T18:22:40.913Z",
        "summary": "Brightline final conversation: Danielle Okafor-Reyes / Renata Vasquez-Lowe (CNO)",
        "description": "Final conversation for the Tele-ICU Registered Nurse (Remote) role with Dr. Renata "
                       "Vasquez-Lowe, Chief Nursing Officer. Renata will cover our care model, multistate "
                       "licensure and scheduling, and answer your questions. Caleb (Talent) set this up and "
                       "won't be joining.",
        "creator": {"email": CALEB[1], "displayName": CALEB[0]},
        "organizer": {"email": CALEB[1], "displayName": CALEB[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": f"{gid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": CALEB[1], "displayName": CALEB[0], "organizer": True, "responseStatus": "accepted"},
            {"email": RENATA[1], "displayName": RENATA[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                 "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": "tel:+1-347-555-0142", "label": "+1 347-555-0142",
                 "pin": digits("c16pin", n=9), "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return [("01-final-conversation-cno.gcal.json", gcal_json(ev))], label(
        [iv(BVC, BVC_ROLE, s, e, "scheduled", [RENATA[1]], [RENATA[1]], "hiring_manager")],
        "medium", "positive/calendar-api-json",
        "Calendar API event only: final conversation with the CNO, organized by the recruiter who does not "
        "join. After US DST end, New York is -05:00.",
        ["New York EST after Nov 1: Nov 10 11:00 -05:00 (10:00 Chicago)"])


@case("lumc-director-workday-standalone-ics")
def c17():
    sent = at(UTC, "2026-11-06 17:10", "Fri", "+00:00")
    s = at(CHI, "2026-11-12 15:30", "Thu", "-06:00")
    e = at(CHI, "2026-11-12 16:00", "Thu", "-06:00")
    plain = f"""Hello Danielle,

An interview has been scheduled for Job Requisition R-0048213 {LUMC_ROLE}.

Please sign in to Candidate Home to review the date, time and interviewer details, and to download a calendar file for your records:
https://wd5.myworkdaysite.com/recruiting/lakeshoremed/LUMC_Careers/userHome

If you can no longer attend, please contact your recruiter as soon as possible.

Thank you,
Lakeshore University Medical Center Talent Acquisition

This is a system-generated message; replies to this address are not monitored."""
    body = multipart("alternative", [textpart(plain, enc="qp"),
                                    textpart(to_html(plain, font="Helvetica,Arial,sans-serif"), "html", enc="qp")],
                     "c17alt", style="java")
    msg = message(frm=LUMC_WD, to=OWNER_ADDR, subject="Lakeshore University Medical Center: A new interview has been scheduled",
                  date=sent, msgid=mid_sys("c17", "myworkday.com"), body=body,
                  return_path="bounce-lakeshoremed@myworkday.com", host="smtp-out-3.myworkday.com")
    _, tblock = teams_block("c17")
    ics = vcal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//EN",
                "METHOD:PUBLISH"] + VTZ["America/Chicago"] + [
        "BEGIN:VEVENT", f"UID:{hx('c17', 'uid', n=32)}@myworkday.com",
        f"DTSTAMP:{ics_utc(sent)}", f"CREATED:{ics_utc(sent)}",
        f"DTSTART;TZID=America/Chicago:{ics_dt(s)}", f"DTEND;TZID=America/Chicago:{ics_dt(e)}",
        f"SUMMARY:Interview: {LUMC_ROLE} (R-0048213)",
        "DESCRIPTION:" + esc("Final interview with Marcus Delacroix-Hill, DNP, RN, Director of Critical Care "
                             "Nursing.\nScheduled by Jenna Morales, Talent Acquisition Coordinator.\n\n" + tblock),
        "LOCATION:Microsoft Teams Meeting",
        f"ORGANIZER;CN={JENNA[0]}:mailto:{JENNA[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={MARCUS[0]}:mailto:{MARCUS[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER_NAME}:mailto:{OWNER}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    return [("01-workday-new-interview-scheduled.eml", msg), ("02-Interview_R-0048213.ics", ics.encode("ascii"))], label(
        [iv(LUMC, LUMC_ROLE, s, e, "scheduled", [MARCUS[1]], [MARCUS[1]], "hiring_manager")],
        "medium", "positive/workday-standalone-ics",
        "Workday notice with no time ('sign in to Candidate Home') plus the standalone .ics downloaded from "
        "Candidate Home; the director is the interviewer, the coordinator organizer is not.",
        ["Standalone .ics TZID America/Chicago after Nov 1: 15:30 -06:00"])


@case("prairie-grove-peer-panel-zoom-thread")
def c18():
    t1 = at(CHI, "2026-11-05 10:22", "Thu", "-06:00")
    t2 = at(CHI, "2026-11-05 12:03", "Thu", "-06:00")
    s = at(CHI, "2026-11-09 14:00", "Mon", "-06:00")
    e = at(CHI, "2026-11-09 14:45", "Mon", "-06:00")
    zurl, zid, zpc, zblock = zoom_block("c18", "prairiegrovehealth")
    first = f"""Hi Danielle,

Thank you for coming in yesterday - the team enjoyed meeting you. Before we make a decision, every RN candidate has a peer interview with two of our staff nurses, since they're the ones you'd be working beside at 3 a.m.

Shauna Petrakis and Kofi Mensah-Baird (both nights, both CCRN, copied here) can do {md(s)}, a Monday, at 2:00 PM. Plan on 45 minutes over Zoom:

{zurl}
Meeting ID: {zid}
Passcode: {zpc}

Expect scenario questions and lots of room for your questions about nights here. Does that work for you?

Denise

Denise Kowalczyk, MSN, RN, CCRN-K
Nurse Manager, Critical Care Unit
Prairie Grove Community Hospital"""
    m1 = message(frm=addr(DENISE), to=OWNER_ADDR, cc=f"{addr(SHAUNA)}, {addr(KOFI)}, {addr(MARISOL)}",
                 subject="Next step: peer interview with our CCU nurses", date=t1,
                 msgid=mid_outlook("c18a", "MN2PR08MB"), body=textpart(first, enc="qp"),
                 extra=[("Thread-Topic", "Next step: peer interview with our CCU nurses"),
                        ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
                 host="mail-mn2nam10.outbound.protection.outlook.com")
    second = ("Hi Denise,\n\nMonday at 2 works great - I'll use the Zoom link above. Shauna and Kofi, looking "
              "forward to meeting you both.\n\nThanks again for yesterday!\nDanielle\n\n"
              + gmail_attrib(t1, *DENISE) + "\n\n" + quote(first) + "\n")
    m2 = message(frm=OWNER_ADDR, to=addr(DENISE), cc=f"{addr(SHAUNA)}, {addr(KOFI)}, {addr(MARISOL)}",
                 subject="Re: Next step: peer interview with our CCU nurses", date=t2,
                 msgid=mid_gmail("c18b"), irt=mid_outlook("c18a", "MN2PR08MB"),
                 refs=mid_outlook("c18a", "MN2PR08MB"),
                 body=multipart("alternative", [textpart(second, enc="qp"),
                                                textpart(to_html(second), "html", enc="qp")], "c18b"),
                 host="mail-sor-f41.google.com")
    ints = [SHAUNA[1], KOFI[1]]
    return [("01-denise-peer-interview.eml", m1), ("02-re-danielle-confirms.eml", m2)], label(
        [iv(PG, PG_ROLE, s, e, "scheduled", ints, ints, "onsite")],
        "medium", "positive/email-body-peer-panel",
        "Nurse manager proposes a peer interview (two staff RNs, Zoom, 45 min) in the body; the candidate "
        "confirms. Panel -> onsite; the manager and the recruiter on Cc are not interviewers.",
        ["Nov 9 2:00 PM Chicago after DST end = 14:00 -06:00"])


@case("sonoran-rejection-after-interviews")
def c19():
    sent = at(PHX, "2026-11-13 14:05", "Fri", "-07:00")
    body_txt = """Hi Danielle,

Thank you for the time you spent with Brenda and me over the last few weeks. After a lot of discussion, the CVICU team has decided to move forward with another candidate whose availability lined up with their December orientation cohort.

This was a close call, and Brenda specifically mentioned how much she enjoyed your balloon-pump case. We're posting several ICU float pool positions in January; if you're open to it, reply and I'll have Olivia text you the link as soon as they go live.

I wish you all the best with your search, and I hope our paths cross again.

Luis Ortega, BSN, RN
Critical Care RN Recruiter | Sonoran Valley Medical Center"""
    msg = message(frm=addr(LUIS), to=OWNER_ADDR, subject=f"Your application - {SV_ROLE}", date=sent,
                  msgid=mid_outlook("c19", "BY5PR17MB"),
                  body=multipart("alternative", [textpart(body_txt, enc="qp"),
                                                 textpart(to_html(body_txt, font="Calibri,sans-serif", size="11pt"),
                                                          "html", enc="qp")], "c19", style="outlook"),
                  extra=[("Thread-Topic", f"Your application - {SV_ROLE}"), ("Accept-Language", "en-US"),
                         ("Content-Language", "en-US")],
                  host="mail-by5nam11.outbound.protection.outlook.com")
    return [("01-luis-decision.eml", msg)], label(
        [], "medium", "negative/rejection",
        "Rejection after interviews; refers to past conversations and a future float-pool posting, books nothing.")


@case("prairie-grove-offer-sign-on-bonus")
def c20():
    sent = at(UTC, "2026-11-16 15:30", "Mon", "+00:00")
    due = at(CHI, "2026-11-20 17:00", "Fri", "-06:00")
    orient = at(CHI, "2026-12-07 07:30", "Mon", "-06:00")
    plain = f"""Congratulations, Danielle!

We are delighted to offer you the position of {PG_ROLE} at Prairie Grove Community Hospital, reporting to Denise Kowalczyk, MSN, RN, Nurse Manager.

Offer summary
- Base rate: $48.75/hour (0.9 FTE, 36 hours/week)
- Night shift differential: $6.00/hour; weekend differential: $3.50/hour
- Sign-on bonus: $15,000, paid in three installments over your first year, with a 24-month commitment
- Relocation: not applicable
- Start date: New hire orientation on {long_date(orient)} at {clock(orient)} in the Education Center, Lower Level

Please review and e-sign your offer letter in the candidate portal by {long_date(due)} at {clock(due)} Central:
https://careers-prairiegrovehealth.icims.com/jobs/candidate/offers

After you accept, Employee Health will contact you to schedule your pre-employment health screening and drug test. Questions about the offer? Marisol Jankowski is your point of contact: {MARISOL[1]}.

Welcome to Prairie Grove!

Talent Acquisition
Prairie Grove Community Hospital"""
    body = multipart("alternative", [textpart(plain, enc="b64"),
                                    textpart(to_html(plain, font="Verdana,sans-serif", size="13px"), "html",
                                             enc="b64")], "c20alt", style="java")
    msg = message(frm=PG_ICIMS, to=OWNER_ADDR, reply_to=addr(MARISOL),
                  subject="Your offer from Prairie Grove Community Hospital - RN Critical Care Unit",
                  date=sent, msgid=mid_sys("c20", "talent.icims.com"), body=body,
                  return_path="bounce-2026-4417@talent.icims.com", host="mta-07.icims.com")
    return [("01-icims-offer-letter.eml", msg)], label(
        [], "medium", "negative/offer",
        "Offer with a $15,000 sign-on bonus; carries an orientation date/time and an e-sign deadline, no interview.")


@case("arizona-board-license-renewal")
def c21():
    sent = at(PHX, "2026-11-02 08:00", "Mon", "-07:00")
    chkday(2026, 11, 30, "Monday")
    plain = f"""Dear DANIELLE OKAFOR-REYES,

Our records show that your Arizona Registered Nurse license (RN{digits('c21', 'lic', n=6)}) expires on 11/30/2026.

Renew online through the Nurse Portal: https://portal.azbn.example/renewal

To renew you will need:
- Proof of practice (at least 960 hours in the past five years) or completion of a refresher program
- A current fingerprint card, if one is not already on file
- The renewal fee of $160 (payable by card)

Licenses that are not renewed by 11:59 PM MST on 11/30/2026 will expire, and you may not practice in Arizona on an expired license. Virtual renewal help sessions are held every Tuesday from 9:00 to 11:00 AM MST; no appointment is needed.

Arizona State Board of Nursing
Licensing Division

This is an automated notice. Please do not reply to this message."""
    msg = message(frm="Arizona State Board of Nursing <noreply@azbn.example>", to=OWNER_ADDR,
                  subject="Reminder: Your Arizona RN license expires November 30, 2026", date=sent,
                  msgid=mid_sys("c21", "azbn.example"), body=textpart(plain, enc="b64"),
                  host="smtp.azbn.example")
    return [("01-license-renewal-reminder.eml", msg)], label(
        [], "easy", "negative/license-renewal",
        "State board of nursing license renewal reminder (deadline, help-session hours); government notice.")


# ============================================================================= output
def write_readme(meta):
    pos = [m for m in meta if m[1]["interview"]]
    neg = [m for m in meta if not m[1]["interview"]]
    ivs = [i for m in meta for i in m[1]["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind341: Chicago ICU nurse moving between hospital systems (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, an ICU RN living in Chicago (America/Chicago).",
        "",
        "This set was written blind: only the eval README (label schema and rules) and two or three dev files "
        "were read for format; no tool code, tests or other sets were looked at.",
        "",
        "Generated by `make_cases.py` (stdlib + PyYAML + zoneinfo); output is byte-identical on every run. "
        "Every weekday and UTC offset is asserted with zoneinfo in the script.",
        "",
        "## What it stresses",
        "- US healthcare hiring tools: Workday Candidate Home (no-reply notices, one with no time), iCIMS "
        "(phone screen with .ics, offer), Paradox/Olivia text scheduling forwarded to mail ('Please reply C to "
        "confirm'), HireVue one-way video, travel-agency submittals and facility interviews, Enrollware class mail.",
        "- Nurse-manager wording: 'come shadow on the unit', 'meet the team', 'peer interview' (including one "
        "where the owner is the peer interviewer).",
        "- Time zones around the Nov 1 US DST end: Chicago, Denver, New York and Phoenix (no DST).",
        "- An onsite visit sent as three invites, a reschedule by SEQUENCE across the DST change, a Google "
        "cancellation with note, a relative 'tomorrow at 1:00 PM Mountain', a propose-then-confirm thread, "
        "two interviews in one case, Calendar API events and a standalone .ics.",
        "",
        "## Counts",
        f"- Cases: {len(meta)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} (status: {fmt(by_status)}; kind: {fmt(by_kind)})",
        "",
        "## Formats used",
        "- Outlook/Exchange/Teams invites (multipart/alternative, text/calendar base64, Windows TZIDs "
        "'Central Standard Time' and 'US Mountain Standard Time', X-MICROSOFT-CDO-*, '(UTC-06:00)' and "
        "'(UTC-07:00) Arizona' labels)",
        "- Google Calendar invitation and 'Canceled event with note' (multipart/mixed: text/plain base64, "
        "text/html QP, text/calendar REQUEST/CANCEL, invite.ics attachment)",
        "- ATS mails with .ics attachments (iCIMS, Enrollware, hospital events), Workday notices, HireVue mail, "
        "a Zoom .ics attachment",
        "- Plain human threads with In-Reply-To/References (quoted-printable and base64, text and HTML)",
        "- Calendar API v3 events (`.gcal.json`, owner with \"self\": true) and a standalone `.ics`",
        "",
        "## Cases",
        "| Case | Label | Category | Difficulty |",
        "|---|---|---|---|",
    ]
    for cid, lab, tz, names in meta:
        n = len(lab["interviews"])
        st = ("negative" if not n else ", ".join(f"{i['kind']} ({i['status']})" for i in lab["interviews"]))
        lines.append(f"| {cid} | {st} | {lab['category']} | {lab['difficulty']} |")
    lines += ["", "## Time-zone and DST points"]
    for cid, lab, tz, names in meta:
        for p in tz:
            lines.append(f"- Case {cid.split('-')[1]} ({cid}): {p}")
    lines += ["- US DST 2026 ends Sun Nov 1 (Chicago -05:00 -> -06:00, Denver -06:00 -> -07:00, New York "
              "-04:00 -> -05:00); Phoenix stays -07:00, so it is 2 h behind Chicago before Nov 1 and 1 h after.", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    dst_self_checks()
    for d in sorted(OUT.glob(f"{PREFIX}-*")):
        if d.is_dir():
            shutil.rmtree(d)
    labels, meta = {}, []
    for i, (slug, fn) in enumerate(CASES, 1):
        items, lab = fn()
        cid = f"{PREFIX}-{i:02d}-{slug}"
        d = OUT / cid
        d.mkdir()
        names = [n for n, _ in items]
        assert len(set(names)) == len(names), cid
        for j, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-") and name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(data)
        tz = lab.pop("_tz")
        assert lab["interview"] == bool(lab["interviews"])
        labels[cid] = lab
        meta.append((cid, lab, tz, names))
    header = "# Labels for blind341 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(
        header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    write_readme(meta)
    print(f"wrote {len(meta)} cases to {OUT}")


if __name__ == "__main__":
    main()
