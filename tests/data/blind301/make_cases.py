#!/usr/bin/env python3
"""Generate the blind301 evaluation set (Baku / Azerbaijani, Russian, English mail).

Deletes and rewrites every b301-* case folder plus labels.yaml and README.md next to this
script. Output is byte-identical on every run: all dates are fixed, and Message-IDs, UIDs,
MIME boundaries and meeting IDs are derived from SHA-256 hashes of a fixed seed.
Only the Python standard library, PyYAML and zoneinfo are used.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind301|baku|2026"
OWNER = "leyla.mammadova@example.com"
OWNER_NAME = "Leyla Mammadova"
OWNER_AZ = "Leyla Məmmədova"
OWNER_RU = "Лейла Мамедова"

BAKU = ZoneInfo("Asia/Baku")
TBS = ZoneInfo("Asia/Tbilisi")
IST = ZoneInfo("Europe/Istanbul")
LON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")

# --------------------------------------------------------------------------- time checks
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def T(y, mo, d, hh, mi, tz, wd, off, ss=0):
    """Aware datetime; asserts the weekday and the UTC offset (hours) via zoneinfo."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert WD3[dt.weekday()] == wd, (dt, wd, WD3[dt.weekday()])
    assert dt.utcoffset() == timedelta(hours=off), (dt, off, dt.utcoffset())
    return dt


# 2026 DST facts the set relies on (asserted, not assumed)
assert T(2026, 10, 24, 12, 0, LON, "Sat", 1) and T(2026, 10, 25, 12, 0, LON, "Sun", 0)
assert T(2026, 3, 28, 12, 0, LON, "Sat", 0) and T(2026, 3, 29, 12, 0, LON, "Sun", 1)
assert T(2026, 10, 24, 12, 0, ZoneInfo("Europe/Berlin"), "Sat", 2)
assert T(2026, 10, 25, 12, 0, ZoneInfo("Europe/Berlin"), "Sun", 1)
assert T(2026, 3, 7, 12, 0, ZoneInfo("America/New_York"), "Sat", -5)
assert T(2026, 3, 8, 12, 0, ZoneInfo("America/New_York"), "Sun", -4)
assert T(2026, 10, 31, 12, 0, ZoneInfo("America/New_York"), "Sat", -4)
assert T(2026, 11, 1, 12, 0, ZoneInfo("America/New_York"), "Sun", -5)
for _m, _d, _wd in ((1, 15, "Thu"), (7, 15, "Wed"), (10, 26, "Mon"), (11, 30, "Mon")):
    T(2026, _m, _d, 12, 0, BAKU, _wd, 4)      # Baku: +04 all year, no DST
    T(2026, _m, _d, 12, 0, TBS, _wd, 4)       # Tbilisi: +04 all year
    T(2026, _m, _d, 12, 0, IST, _wd, 3)       # Istanbul: +03 all year

AZ_MON = {10: "oktyabr", 11: "noyabr"}
AZ_WD = ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"]
RU_MON = {10: "октября", 11: "ноября"}
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_ACC = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = {10: "October", 11: "November"}
EN_MON3 = {10: "Oct", 11: "Nov"}


def az_day(dt):
    """'14 oktyabr, çərşənbə' (weekday computed, never typed)."""
    return f"{dt.day} {AZ_MON[dt.month]}, {AZ_WD[dt.weekday()]}"


def ru_day(dt):
    return f"{RU_WD_ACC[dt.weekday()]}, {dt.day} {RU_MON[dt.month]}"


def en_day(dt):
    return f"{EN_WD[dt.weekday()]} {dt.day} {EN_MON[dt.month]}"


def hm(dt):
    return f"{dt:%H:%M}"


def ampm(dt):
    h12 = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h12}{suf}" if dt.minute == 0 else f"{h12}:{dt.minute:02d}{suf}"


def AMPM(dt):
    h12 = dt.hour % 12 or 12
    return f"{h12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------- hashing
def hx(*parts, n=32):
    return hashlib.sha256((SEED + "|" + "|".join(map(str, parts))).encode()).hexdigest()[:n]


def digits(*parts, n=9):
    return str(int(hx(*parts, n=24), 16))[-n:].rjust(n, "0")


def b62(*parts, n=22):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    v = int(hx(*parts, n=48), 16)
    s = ""
    while len(s) < n:
        v, r = divmod(v, 62)
        s += alphabet[r]
    return s


def mid(key, domain, style="plain"):
    if style == "outlook":
        return f"<{hx('mid', key, n=32).upper()}@{domain}>"
    if style == "google":
        return f"<000000000000{hx('mid', key, n=16)}@google.com>"
    if style == "gmail":
        return f"<CA+{b62('mid', key, n=36)}@mail.gmail.com>"
    return f"<{hx('mid', key, n=20)}.{digits('mid', key, n=10)}@{domain}>"


def boundary(key, style="plain"):
    if style == "google":
        return f"000000000000{hx('bnd', key, n=16)}"
    if style == "outlook":
        return f"_000_{hx('bnd', key, n=28).upper()}prodoutlookcom_"
    return f"----=_Part_{digits('bnd', key, n=6)}_{digits('bnd2', key, n=9)}.{digits('bnd3', key, n=13)}"


def exch_uid(key):
    return ("040000008200E00074C5B7101A82E00800000000" + hx("uid", key, n=16).upper()
            + "00000000000000001000000" + hx("uid2", key, n=33).upper())


def teams_url(key):
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b62('teams', key, n=48)}%40thread.v2/0"
            f"?context=%7b%22Tid%22%3a%22{hx('tid', key, n=8)}-{hx('tid', key, n=12)[8:12]}-4a1e-9c2f-"
            f"{hx('tid2', key, n=12)}%22%7d")


def teams_id(key):
    d = digits("teamsid", key, n=12)
    return f"{d[0:3]} {d[3:6]} {d[6:9]} {d[9:12]}"


def meet_code(key):
    a = "abcdefghijklmnopqrstuvwxyz"
    v = int(hx("meet", key, n=24), 16)
    s = ""
    for _ in range(10):
        v, r = divmod(v, 26)
        s += a[r]
    return f"{s[0:3]}-{s[3:7]}-{s[7:10]}"


# --------------------------------------------------------------------------- MIME helpers
ENC_NAME = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def enc_body(text, enc):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    if enc == "qp":
        return quopri.encodestring(data).decode("ascii")
    if enc == "b64":
        return base64.encodebytes(data).decode("ascii")
    return text


def part(ctype, body, enc="qp", extra=()):
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {ENC_NAME[enc]}"] + list(extra)
    return "\n".join(hdr) + "\n\n" + enc_body(body, enc)


def text_part(body, enc="qp"):
    return part('text/plain; charset="UTF-8"', body, enc)


def html_part(body, enc="qp"):
    return part('text/html; charset="UTF-8"', body, enc)


def cal_part(ics_text, method):
    return part(f'text/calendar; charset="UTF-8"; method={method}', ics_text, "b64")


def attach(ctype, filename, data):
    return part(f'{ctype}; name="{filename}"', data, "b64",
                [f'Content-Disposition: attachment; filename="{filename}"'])


def multi(subtype, parts, key, style="plain"):
    b = boundary(key, style)
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"\n\n'
    for p in parts:
        out += f"--{b}\n" + p.rstrip("\n") + "\n"
    return out + f"--{b}--\n"


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}</div></body></html>\n')


def alt(text, key, enc_t="qp", enc_h="qp", html=None, style="plain"):
    return multi("alternative", [text_part(text, enc_t), html_part(html or to_html(text), enc_h)], key, style)


def A(name, email):
    return formataddr((name, email), charset="utf-8")


def S(subject):
    try:
        subject.encode("ascii")
        return subject
    except UnicodeEncodeError:
        return Header(subject, "utf-8").encode()


def ip(key):
    return f"198.51.100.{int(hx('ip', key, n=4), 16) % 250 + 3}"


def eml(key, frm, to, subject, date, msgid, body, cc=None, reply_to=None, irt=None, refs=None,
        extra=(), relay=None, return_path=None):
    """frm/to/cc: (name, email) tuples or lists of them. body: a MIME part string with headers."""
    def addrs(x):
        if x is None:
            return None
        if isinstance(x, tuple):
            x = [x]
        return ", ".join(A(n, e) for n, e in x)
    sender_email = (frm if isinstance(frm, tuple) else frm[0])[1]
    host = relay or ("mail." + sender_email.split("@")[1])
    rdate = format_datetime((date + timedelta(seconds=3 + int(hx('rs', key, n=2), 16) % 20)).astimezone(UTC))
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", f"from {host} ({host} [{ip(key)}])\n        by mx.example.com with ESMTPS id "
                     f"{b62('smtp', key, n=12)}\n        for <{OWNER}>; {rdate}"),
        ("Return-Path", f"<{return_path or sender_email}>"),
    ] + list(extra) + [
        ("From", addrs(frm)),
        ("To", addrs(to)),
        ("Cc", addrs(cc)),
        ("Reply-To", addrs(reply_to)),
        ("Subject", S(subject)),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid),
        ("In-Reply-To", irt),
        ("References", refs),
        ("MIME-Version", "1.0"),
    ]
    head = "".join(f"{k}: {v}\n" for k, v in hdrs if v)
    return (head + body).encode("utf-8")


# --------------------------------------------------------------------------- iCalendar helpers
VTZ = {
    "Azerbaijan Standard Time": ["BEGIN:VTIMEZONE", "TZID:Azerbaijan Standard Time", "BEGIN:STANDARD",
                                 "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400",
                                 "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                 "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Turkey Standard Time": ["BEGIN:VTIMEZONE", "TZID:Turkey Standard Time", "BEGIN:STANDARD",
                             "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
                             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                             "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
    "Asia/Baku": ["BEGIN:VTIMEZONE", "TZID:Asia/Baku", "X-LIC-LOCATION:Asia/Baku", "BEGIN:STANDARD",
                  "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04", "DTSTART:19700101T000000",
                  "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Tbilisi": ["BEGIN:VTIMEZONE", "TZID:Asia/Tbilisi", "X-LIC-LOCATION:Asia/Tbilisi", "BEGIN:STANDARD",
                     "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04", "DTSTART:19700101T000000",
                     "END:STANDARD", "END:VTIMEZONE"],
}
TZMAP = {"Azerbaijan Standard Time": "Asia/Baku", "Turkey Standard Time": "Europe/Istanbul",
         "GMT Standard Time": "Europe/London", "Asia/Baku": "Asia/Baku", "Asia/Tbilisi": "Asia/Tbilisi"}


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def zstamp(dt):
    return f"{dt.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def vevent(uid, start, end, summary, organizer, attendees, stamp, tzid=None, seq=0, status="CONFIRMED",
           description="", location="", style="plain", extra=(), created=None):
    """attendees: list of (name, email, partstat[, role])."""
    def dtl(name, dt):
        if tzid is None:
            return f"{name}:{zstamp(dt)}"
        assert dt.tzinfo.key == TZMAP[tzid], (tzid, dt)
        return f"{name};TZID={tzid}:{dt:%Y%m%dT%H%M%S}"
    L = ["BEGIN:VEVENT"]
    if style == "google":
        L += [dtl("DTSTART", start), dtl("DTEND", end), f"DTSTAMP:{zstamp(stamp)}"]
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
        L.append(f"UID:{uid}")
        for a in attendees:
            L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={a[3] if len(a) > 3 else 'REQ-PARTICIPANT'};"
                     f"PARTSTAT={a[2]};RSVP=TRUE;CN={a[0]};X-NUM-GUESTS=0:mailto:{a[1]}")
        L += list(extra)
        L += [f"CREATED:{zstamp(created or stamp)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{zstamp(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
        L += ["BEGIN:VALARM", "ACTION:EMAIL", f"DESCRIPTION:{esc('This is an event reminder')}",
              "SUMMARY:Alarm notification", f"ATTENDEE:mailto:{OWNER}", "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    elif style == "exchange":
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
        for a in attendees:
            L.append(f"ATTENDEE;ROLE={a[3] if len(a) > 3 else 'REQ-PARTICIPANT'};PARTSTAT={a[2]};RSVP=TRUE;"
                     f"CN={a[0]}:mailto:{a[1]}")
        L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}", dtl("DTSTART", start), dtl("DTEND", end),
              "CLASS:PUBLIC", f"PRIORITY:{1 if status == 'CANCELLED' else 5}", f"DTSTAMP:{zstamp(stamp)}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits('owner', uid, n=10)) // 3}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if status == 'CANCELLED' else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if status == 'CANCELLED' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if status == 'CANCELLED' else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
        L += list(extra)
        L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"]
        if status != "CANCELLED":
            L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    else:
        L += [f"UID:{uid}", f"DTSTAMP:{zstamp(stamp)}", dtl("DTSTART", start), dtl("DTEND", end),
              f"SUMMARY:{esc(summary)}"]
        if organizer:
            L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
        for a in attendees:
            L.append(f"ATTENDEE;CN={a[0]};ROLE={a[3] if len(a) > 3 else 'REQ-PARTICIPANT'};PARTSTAT={a[2]};"
                     f"RSVP=TRUE:mailto:{a[1]}")
        if description:
            L.append(f"DESCRIPTION:{esc(description)}")
        if location:
            L.append(f"LOCATION:{esc(location)}")
        L += [f"SEQUENCE:{seq}", f"STATUS:{status}"] + list(extra)
    L.append("END:VEVENT")
    return L


def vcal(events, method, prodid, tzids=(), head=()):
    L = ["BEGIN:VCALENDAR"]
    if prodid.startswith("-//Google"):
        L += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    else:
        L += [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    L += list(head)
    for t in tzids:
        L += VTZ[t]
    for ev in events:
        L += ev
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH_PRODID = "Microsoft Exchange Server 2010"


def teams_block(key, lang="en"):
    url = teams_url(key)
    pw = b62("pass", key, n=6)
    line = "_" * 80
    if lang == "ru":
        return (f"{line}\nСобрание Microsoft Teams\nПрисоединяйтесь с компьютера, мобильного приложения или "
                f"комнатного устройства\nЩелкните здесь, чтобы присоединиться к собранию<{url}>\n"
                f"Идентификатор собрания: {teams_id(key)}\nСекретный код: {pw}\n"
                f"Скачать Teams<https://www.microsoft.com/ru-ru/microsoft-teams/download-app> | "
                f"Присоединиться через Интернет<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n{line}")
    return (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {teams_id(key)}\nPasscode: {pw}\n"
            f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n{line}")


def exchange_invite(key, frm, to, cc, subject, date, when_line, where, body, ics_text, method="REQUEST",
                    teams=None, lang="en", thread_topic=None, irt=None, refs=None):
    """Outlook/Exchange meeting request: multipart/alternative text + html + text/calendar (base64)."""
    w, wh = ("Когда", "Где") if lang == "ru" else ("When", "Where")
    text = f"{w}: {when_line}\n{wh}: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams:
        text += "\n" + teams + "\n"
    html = to_html(text, font="Aptos,Calibri,sans-serif")
    dom = frm[1].split("@")[1]
    body_mime = multi("alternative", [text_part(text, "qp"), html_part(html, "qp"), cal_part(ics_text, method)],
                      key, "outlook")
    extra = [("Thread-Topic", S(thread_topic or subject)),
             ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", key, n=44))).decode()),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Accept-Language", "ru-RU, en-US" if lang == "ru" else "en-US, az-Latn-AZ"),
             ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(hx('ser', key, n=40))).decode())]
    return eml(key, frm, to, subject, date,
               mid(key, f"{dom.split('.')[0].upper()}PR04MB{digits('srv', key, n=4)}.eurprd04.prod.outlook.com", "outlook"),
               body_mime, cc=cc, irt=irt, refs=refs, extra=extra,
               relay=f"EUR0{digits('r', key, n=1)}-DB5-obe.outbound.protection.outlook.com")


def google_when(start, end, tzlabel):
    return (f"{EN_WD[start.weekday()]} {EN_MON3[start.month]} {start.day}, {start.year} "
            f"⋅ {ampm(start)} – {ampm(end)} ({tzlabel})")


def google_invite(key, organizer, subject_prefix, summary, start, end, tzlabel, date, description, guests,
                  ics_text, location="", meet=None, updated=False):
    """Google Calendar invitation: multipart/mixed[alternative[plain, html, calendar], invite.ics]."""
    when = google_when(start, end, tzlabel)
    gl = "\n".join(f"{n} - {e}" + (" - organizer" if e == organizer[1] else "") for n, e in guests)
    changed = "This event has been updated\nChanged: time\n\n" if updated else ""
    text = (f"{changed}{summary}\n{when}\n" + (f"{location}\n" if location else "")
            + (f"\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n" if meet else "")
            + f"\n{description.strip()}\n\nGuests\n{gl}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={b62('eid', key, n=40)}\n\n"
            f"Reply for {OWNER}\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are an "
            f"attendee on the event. To stop receiving future updates for this event, decline this event.\n")
    html = ("<html><body><div itemscope itemtype=\"http://schema.org/Event\">"
            + (f"<p><b>This event has been updated</b></p>" if updated else "")
            + f"<h2 itemprop=\"name\">{htmlmod.escape(summary)}</h2>\n<p><b>When</b><br>{htmlmod.escape(when)}</p>\n"
            + (f"<p><b>Location</b><br>{htmlmod.escape(location)}</p>\n" if location else "")
            + (f"<p><a href=\"https://meet.google.com/{meet}\">Join with Google Meet</a></p>\n" if meet else "")
            + "<p>" + htmlmod.escape(description.strip()).replace("\n", "<br>") + "</p>\n<p><b>Guests</b><br>"
            + "<br>".join(htmlmod.escape(g) for g in gl.split("\n")) + "</p>\n"
            + "<p style=\"color:#70757a;font-size:12px\">Invitation from Google Calendar</p></div></body></html>\n")
    inner = multi("alternative", [text_part(text, "qp"), html_part(html, "qp"), cal_part(ics_text, "REQUEST")],
                  key + "a", "google")
    body = multi("mixed", [inner, attach("application/ics", "invite.ics", ics_text)], key + "m", "google")
    subj = (f"{subject_prefix}: {summary} @ {EN_WD[start.weekday()][:3]} {EN_MON3[start.month]} {start.day}, "
            f"{start.year} {ampm(start)} - {ampm(end)} ({tzlabel}) ({OWNER})")
    return eml(key, organizer, (OWNER_NAME, OWNER), subj, date, mid(key, "google.com", "google"), body,
               relay="mail-sor-f41.google.com", return_path=organizer[1],
               extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])


def iv(company, role, start, end, kind, interviewers, followup, status="scheduled"):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def ics_bytes(text):
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    return text.encode("utf-8")


ME = (OWNER_NAME, OWNER)
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# --------------------------------------------------------------------------- people
GUNEL = ("Günel Hüseynova", "gunel.huseynova@qafqazbank.example")
NIGAR = ("Nigar Əliyeva", "nigar.aliyeva@khazarenergy.example")
ELCHIN = ("Elçin Qasımov", "elchin.gasimov@khazarenergy.example")
AYTAN = ("Aytən Quliyeva", "aytan.guliyeva@simurqtelecom.example")
TURAL = ("Tural Hacıyev", "tural.hajiyev@simurqtelecom.example")
MARINA = ("Марина Кузнецова", "marina.kuznetsova@absheronservices.example")
FARID = ("Фарид Рзаев", "farid.rzayev@absheronservices.example")
NINO = ("Nino Beridze", "nino.beridze@kartlipipeline.example")
GIORGI = ("Giorgi Tsiklauri", "giorgi.tsiklauri@kartlipipeline.example")
WORKDAY = ("Northmere Energy", "northmere@myworkday.com")
SEVINJ = ("Sevinj Abbasova", "sevinj.abbasova@northmere-energy.example")
KAMRAN = ("Kamran Nasirov", "kamran.nasirov@northmere-energy.example")
FIONA = ("Fiona Kerr", "fiona.kerr@northmere-energy.example")
HARRIET = ("Harriet Cole", "harriet.cole@northmere-energy.example")
PRYCE = ("Jonathan Pryce", "jonathan.pryce@northmere-energy.example")
ELIF = ("Elif Yıldız", "elif.yildiz@bogazici-muhendislik.example")
DENIZ = ("Deniz Korkmaz", "deniz.korkmaz@bogazici-muhendislik.example")
MURAT = ("Murat Aksoy", "murat.aksoy@bogazici-muhendislik.example")
SERKAN = ("Serkan Demir", "serkan.demir@bogazici-muhendislik.example")
RAUF = ("Rauf Abdullayev", "rauf.abdullayev@bogazici-muhendislik.example")
KONUL = ("Könül Rzayeva", "konul.rzayeva@bogazici-muhendislik.example")
ME_MAIL = "mail.example.com"

NM_ROLE = "Project Engineer, Onshore Terminal Projects"
BZ_ROLE = "Project Engineer – Mechanical Completion"
KH_ROLE = "Baş layihə mühəndisi (dəniz layihələri)"


def quote(intro, text):
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def az_quote_intro(dt, who):
    wd = ["B.e.", "Ç.a.", "Ç.", "C.a.", "C.", "Ş.", "B."][dt.weekday()]
    return f"{wd}, {dt.day} {AZ_MON[dt.month][:3]} {dt.year}, saat {hm(dt)} tarixində {who[0]} <{who[1]}> yazdı:"


def en_quote_intro(dt, who):
    return (f"On {EN_WD[dt.weekday()][:3]}, {dt.day} {EN_MON3[dt.month]} {dt.year} at {hm(dt)}, "
            f"{who[0]} <{who[1]}> wrote:")


def ru_quote_intro(dt, who):
    return f"{RU_WD[dt.weekday()][:2].capitalize()}, {dt.day} {RU_MON[dt.month][:3]}. {dt.year} г. в {hm(dt)}, {who[0]} <{who[1]}>:"


# =========================================================================== cases
@case
def c01():
    d1 = T(2026, 10, 5, 17, 40, BAKU, "Mon", 4)
    d2 = T(2026, 10, 5, 18, 12, BAKU, "Mon", 4)
    d3 = T(2026, 10, 5, 18, 26, BAKU, "Mon", 4)
    start = T(2026, 10, 6, 11, 0, BAKU, "Tue", 4)
    assert start.date() == (d1 + timedelta(days=1)).date()
    m1, m2, m3 = mid("c01-1", "mx1.qafqazbank.example"), mid("c01-2", ME_MAIL), mid("c01-3", "mx1.qafqazbank.example")
    role = "Enerji layihələrinin maliyyələşdirilməsi üzrə texniki ekspert"
    b1 = f"""Hörmətli Leyla xanım,

Qafqaz Bank-ın "{role}" vakansiyasına göndərdiyiniz müraciətə görə təşəkkür edirik. CV-nizi kredit departamenti ilə birlikdə nəzərdən keçirdik və sizinlə ilkin HR müsahibəsi keçirmək istərdik.

Sabah saat 11:00-da mobil nömrənizə zəng edə bilərəmmi? Söhbət təxminən 30 dəqiqə çəkəcək: neft-qaz layihələrindəki təcrübəniz, bank mühitində işləmək motivasiyanız, maaş gözləntiləriniz və işə başlama tarixiniz barədə danışacağıq.

Bu vaxt sizə uyğun deyilsə, zəhmət olmasa yazın, başqa vaxt təklif edərəm.

Hörmətlə,
Günel Hüseynova
İnsan resursları üzrə aparıcı mütəxəssis
Qafqaz Bank ASC
Tel: +994 12 555 01 47
"""
    b2 = f"""Salam Günel xanım,

Dəvətə görə təşəkkür edirəm. Sabah saat 11:00 mənə uyğundur, zənginizi gözləyəcəyəm. Mobil nömrəm: +994 50 312 47 88.

Hörmətlə,
Leyla Məmmədova

{quote(az_quote_intro(d1, GUNEL), b1)}
"""
    b3 = f"""Leyla xanım, əla, onda sabah danışırıq. Xoş axşamlar!

Günel

{quote(az_quote_intro(d2, ME), b2.split(chr(10) + chr(10) + 'B.e.')[0])}
"""
    subj = "HR müsahibəsi — Texniki ekspert vakansiyası"
    items = [
        ("01-qafqazbank-hr-musahibe.eml", eml("c01-1", GUNEL, ME, subj, d1, m1, text_part(b1, "qp"),
                                              extra=[("X-Mailer", "Microsoft Outlook 16.0")])),
        ("02-re-hr-musahibe.eml", eml("c01-2", ME, GUNEL, "Re: " + subj, d2, m2, text_part(b2, "qp"),
                                      irt=m1, refs=m1)),
        ("03-re-re-hr-musahibe.eml", eml("c01-3", GUNEL, ME, "RE: " + subj, d3, m3, text_part(b3, "8bit"),
                                         irt=m2, refs=f"{m1} {m2}")),
    ]
    lab = label([iv("Qafqaz Bank", role, start, start + timedelta(minutes=30), "phone_screen",
                    [GUNEL[1]], [GUNEL[1]])], "medium", "positive/email-body-only-relative",
                "HR phone müsahibə offered as 'Sabah saat 11:00-da' in a mail dated Mon 5 Oct 17:40 +04:00 and "
                "accepted the same evening -> Tue 6 Oct 11:00 Baku, ~30 min. No date is ever written out; the "
                "HR specialist conducts the call.")
    return "qafqazbank-hr-sabah-body-only", items, lab


@case
def c02():
    d = T(2026, 10, 6, 9, 0, BAKU, "Tue", 4)
    jobs = [
        ("Baş layihə mühəndisi (dəniz layihələri)", "Xəzər Enerji Layihələri", "3 500 – 4 500 AZN", "Bakı"),
        ("Layihə mühəndisi (neft-qaz)", "SahilTech Mühəndislik", "Razılaşma yolu ilə", "Bakı, Xətai r."),
        ("Mexaniki tamamlama mühəndisi", "Boğaziçi Mühendislik (Bakı filialı)", "2 800 AZN-dən", "Bakı, Bayıl"),
        ("Planlaşdırma mühəndisi (Primavera P6)", "Caspian Marine Construction", "Razılaşma yolu ilə", "Bakı"),
        ("Proses mühəndisi", "Qaradağ Qaz Emalı", "3 000 AZN", "Qaradağ r."),
        ("Layihə koordinatoru (EPC)", "Anonim şirkət", "2 200 AZN", "Sumqayıt"),
    ]
    text = "Salam, Leyla!\n\n\"Layihə mühəndisi\" axtarışınıza uyğun 6 yeni vakansiya tapdıq:\n\n"
    for t, c, s, loc in jobs:
        text += f"• {t}\n  {c} — {loc}\n  Maaş: {s}\n  https://boss.az/vacancies/{digits('bv', t, n=6)}\n\n"
    text += ("Bloqdan: Müsahibədə ən çox verilən 10 sual və onlara necə cavab vermək lazımdır\n"
             "https://boss.az/blog/musahibe-suallari\n\n"
             "Bu məktubu boss.az-da \"Layihə mühəndisi\" üzrə abunəliyiniz olduğu üçün alırsınız.\n"
             "Abunəlikdən imtina: https://boss.az/unsubscribe?t=" + b62("unsub", "c02", n=24) + "\n")
    rows = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://boss.az/vacancies/{digits("bv", t, n=6)}" '
        f'style="font-size:16px;color:#1a56db">{htmlmod.escape(t)}</a><br><span style="color:#555">{htmlmod.escape(c)} — '
        f'{htmlmod.escape(loc)}</span><br><b>{htmlmod.escape(s)}</b></td></tr>\n' for t, c, s, loc in jobs)
    html = ('<html><body style="font-family:Arial,sans-serif"><table width="600" align="center">\n'
            '<tr><td><img src="https://boss.az/assets/logo.png" alt="boss.az"></td></tr>\n'
            '<tr><td><h2>Salam, Leyla!</h2><p>"Layihə mühəndisi" axtarışınıza uyğun 6 yeni vakansiya tapdıq:</p></td></tr>\n'
            + rows +
            '<tr><td style="background:#f3f6fb;padding:12px"><b>Bloqdan:</b> <a href="https://boss.az/blog/musahibe-suallari">'
            'Müsahibədə ən çox verilən 10 sual və onlara necə cavab vermək lazımdır</a></td></tr>\n'
            '<tr><td style="font-size:11px;color:#888">Bu məktubu boss.az-da abunəliyiniz olduğu üçün alırsınız. '
            f'<a href="https://boss.az/unsubscribe?t={b62("unsub", "c02", n=24)}">Abunəlikdən imtina</a></td></tr>\n'
            '</table></body></html>\n')
    body = alt(text, "c02", "b64", "b64", html)
    items = [("01-bossaz-yeni-vakansiyalar.eml",
              eml("c02", ("boss.az", "noreply@boss.az"), ME, "Layihə mühəndisi: sizin üçün 6 yeni vakansiya", d,
                  mid("c02", "boss.az"), body, relay="mailer.boss.az",
                  extra=[("List-Unsubscribe", f"<https://boss.az/unsubscribe?t={b62('unsub', 'c02', n=24)}>"),
                         ("Precedence", "bulk")]))]
    return "bossaz-job-alert", items, label([], "easy", "negative/job-alert",
                                            "boss.az saved-search digest; links a blog post about müsahibə questions. "
                                            "Lists companies that appear elsewhere in the set.")


@case
def c03():
    d1 = T(2026, 10, 7, 10, 15, BAKU, "Wed", 4)
    d2 = T(2026, 10, 7, 10, 21, BAKU, "Wed", 4)
    d3 = T(2026, 10, 14, 16, 30, BAKU, "Wed", 4)
    d4 = T(2026, 10, 14, 16, 38, BAKU, "Wed", 4)
    s1 = T(2026, 10, 13, 10, 0, BAKU, "Tue", 4)
    e1 = s1 + timedelta(minutes=45)
    s2 = T(2026, 10, 20, 14, 0, BAKU, "Tue", 4)
    e2 = s2 + timedelta(minutes=90)
    m1, m3 = mid("c03-1", "mx.khazarenergy.example"), mid("c03-3", "mx.khazarenergy.example")
    b1 = f"""Hörmətli Leyla xanım,

"{KH_ROLE}" vakansiyasına müraciətiniz üçün təşəkkür edirik. Sizi müsahibəyə dəvət edirik.

Tarix: {az_day(s1)}
Saat: {hm(s1)}–{hm(e1)} (Bakı vaxtı)
Format: Microsoft Teams (dəvətnamə ayrıca göndəriləcək)

Bu, HR mərhələsidir və müsahibəni mən aparacağam. Söhbət əsasən motivasiyanız, əvvəlki layihələriniz və əmək şəraitimiz barədə olacaq. Texniki suallar növbəti mərhələdə veriləcək.

Zəhmət olmasa iştirakınızı təsdiqləyin.

Hörmətlə,
Nigar Əliyeva
HR biznes tərəfdaşı
Xəzər Enerji Layihələri QSC
"""
    subj1 = f"Müsahibə: Leyla Məmmədova — {KH_ROLE} (HR mərhələsi)"
    ics1 = vcal([vevent(exch_uid("c03-hr"), s1, e1, subj1, NIGAR,
                        [(OWNER_NAME, OWNER, "NEEDS-ACTION")], d2, tzid="Azerbaijan Standard Time",
                        description="HR müsahibəsi. Müsahibəni Nigar Əliyeva aparacaq.",
                        location="Microsoft Teams Meeting", style="exchange",
                        extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url('c03-hr')}",
                               "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"])],
                "REQUEST", EXCH_PRODID, ["Azerbaijan Standard Time"])
    when1 = f"Tuesday, October 13, 2026 {AMPM(s1)}-{AMPM(e1)} (UTC+04:00) Baku."
    b3 = f"""Hörmətli Leyla xanım,

HR müsahibəsində iştirakınız üçün təşəkkür edirik — növbəti mərhələyə keçdiyinizi məmnuniyyətlə bildiririk.

Texniki müsahibə baş mühəndisimiz Elçin Qasımov ilə keçiriləcək:
{az_day(s2)}, saat {hm(s2)}-da, baş ofisimizdə (Bakı, Babək prospekti 88, Xəzər Plaza, 12-ci mərtəbə).

Müsahibə təxminən 1,5 saat davam edəcək. Elçin bəy dəniz platformalarında layihə icrası, interfeys idarəetməsi, MOC prosedurları və cədvəl riskləri barədə suallar verəcək; son layihələrinizdən birini qısa təqdim etməyə hazır olsanız, yaxşı olar.

Binaya giriş üçün şəxsiyyət vəsiqənizi götürməyi unutmayın. Təqvim dəvəti ayrıca göndərilir.

Hörmətlə,
Nigar Əliyeva
HR biznes tərəfdaşı
Xəzər Enerji Layihələri QSC
"""
    subj2 = f"Texniki müsahibə: Leyla Məmmədova — {KH_ROLE}"
    loc2 = "Xəzər Plaza, 12-ci mərtəbə, \"Şahdəniz\" iclas otağı"
    ics2 = vcal([vevent(exch_uid("c03-tech"), s2, e2, subj2, NIGAR,
                        [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (ELCHIN[0], ELCHIN[1], "NEEDS-ACTION")], d4,
                        tzid="Azerbaijan Standard Time",
                        description="Texniki müsahibə baş mühəndis Elçin Qasımov ilə.", location=loc2,
                        style="exchange", extra=[f"X-MICROSOFT-LOCATIONDISPLAYNAME:{loc2}"])],
                "REQUEST", EXCH_PRODID, ["Azerbaijan Standard Time"])
    when2 = f"Tuesday, October 20, 2026 {AMPM(s2)}-{AMPM(e2)} (UTC+04:00) Baku."
    items = [
        ("01-khazar-hr-musahibe-devet.eml", eml("c03-1", NIGAR, ME, "Xəzər Enerji Layihələri — HR müsahibəsinə dəvət",
                                                 d1, m1, alt(b1, "c03-1"))),
        ("02-teams-invite-hr.eml", exchange_invite("c03-2", NIGAR, [ME], None, subj1, d2, when1,
                                                   "Microsoft Teams Meeting",
                                                   "Leyla xanım, HR müsahibəsi üçün Teams linki aşağıdadır.\n\nNigar",
                                                   ics1, teams=teams_block("c03-hr"))),
        ("03-khazar-texniki-musahibe.eml", eml("c03-3", NIGAR, ME, "Növbəti mərhələ: texniki müsahibə", d3, m3,
                                                alt(b3, "c03-3", "b64", "b64"), cc=[ELCHIN])),
        ("04-outlook-invite-texniki.eml", exchange_invite("c03-4", NIGAR, [ME, ELCHIN], None, subj2, d4, when2, loc2,
                                                          "Texniki müsahibə — ofisdə, Elçin Qasımov ilə. Ətraflı "
                                                          "məlumat əvvəlki məktubdadır.", ics2)),
    ]
    lab = label([iv("Xəzər Enerji Layihələri", KH_ROLE, s1, e1, "phone_screen", [NIGAR[1]], [NIGAR[1]]),
                 iv("Xəzər Enerji Layihələri", KH_ROLE, s2, e2, "technical", [ELCHIN[1]], [ELCHIN[1]])],
                "medium", "positive/two-interviews-exchange",
                "Two interviews: HR müsahibə on Teams (Nigar conducts) and an in-office technical interview with the "
                "chief engineer a week later; each announced by an Azerbaijani mail plus an Exchange invite "
                "(TZID 'Azerbaijan Standard Time').")
    return "khazar-hr-then-chief-engineer", items, lab


@case
def c04():
    d = T(2026, 10, 8, 8, 12, LON, "Thu", 1)
    deadline = T(2026, 10, 13, 23, 59, LON, "Tue", 1)
    link = f"https://wd3.myworkday.com/northmere/d/task/{digits('wdt', 'c04', n=6)}$1.htmld"
    text = f"""Dear Leyla,

Thank you for your application for {NM_ROLE} (R-014582), Baku.

Before we can move you to interview, all shortlisted candidates are asked to complete an online English proficiency test. The test is delivered through our assessment partner and takes around 50 minutes: reading, listening, a short written task and a recorded speaking section. There is no live examiner – your spoken answers are recorded and scored afterwards.

Please complete the test by {hm(deadline)} UK time on {en_day(deadline)} {deadline.year} (that is 02:59 on Wednesday in Baku). You can start it at any time before then using the task in your Workday candidate home:

{link}

Tips: use a laptop with a working microphone, a quiet room and a stable connection. You can only attempt the test once.

Kind regards,
Northmere Energy Talent Acquisition

This is an automated message from Workday. Please do not reply to this e-mail address.
"""
    items = [("01-workday-english-test.eml",
              eml("c04", WORKDAY, ME, f"Action required: online English assessment – {NM_ROLE} (R-014582)", d,
                  mid("c04", "myworkday.com"), alt(text, "c04"), relay="smtp-out3.myworkday.com",
                  extra=[("X-Workday-Tenant", "northmere"), ("Auto-Submitted", "auto-generated")]))]
    assert (deadline.astimezone(BAKU).hour, deadline.astimezone(BAKU).minute) == (2, 59)
    return "northmere-online-english-test", items, label(
        [], "medium", "negative/online-assessment",
        "Workday task for a self-paced online English test with a recorded speaking section; deadline in UK time "
        "(BST). Explicitly no live examiner -> not an interview.")


@case
def c05():
    d1 = T(2026, 10, 8, 11, 0, BAKU, "Thu", 4)
    d2 = T(2026, 10, 12, 9, 20, BAKU, "Mon", 4)
    d3 = T(2026, 10, 12, 10, 2, BAKU, "Mon", 4)
    d4 = T(2026, 10, 12, 10, 31, BAKU, "Mon", 4)
    s0 = T(2026, 10, 14, 15, 0, BAKU, "Wed", 4)
    s1 = T(2026, 10, 16, 15, 0, BAKU, "Fri", 4)
    assert az_day(s0) == "14 oktyabr, çərşənbə"
    e0, e1 = s0 + timedelta(hours=1), s1 + timedelta(hours=1)
    role = "Layihə mühəndisi — şəbəkə infrastrukturu (enerji təchizatı)"
    summary = f"Müsahibə: Leyla Məmmədova — {role}"
    uid = f"{b62('gu', 'c05', n=26).lower()}@google.com"
    meet = meet_code("c05")
    desc = (f"Simurq Telekom ilə müsahibə. Müsahibəni departament rəhbəri Tural Hacıyev aparacaq; "
            f"Aytən Quliyeva (HR) yalnız görüşü təşkil edir.\n\nGoogle Meet: https://meet.google.com/{meet}")
    guests = [AYTAN, TURAL, ME]

    def ics(s, e, seq, stamp):
        return vcal([vevent(uid, s, e, summary, AYTAN,
                            [(AYTAN[0], AYTAN[1], "ACCEPTED"), (TURAL[0], TURAL[1], "ACCEPTED"),
                             (OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp, tzid="Asia/Baku", seq=seq,
                            description=desc, style="google", created=d1,
                            extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"])],
                    "REQUEST", GOOGLE_PRODID, ["Asia/Baku"])
    m2, m3 = mid("c05-2", "mail.simurqtelecom.example"), mid("c05-3", ME_MAIL)
    b2 = f"""Salam Leyla xanım,

Üzr istəyirəm, planlarda dəyişiklik oldu: Tural bəyin çərşənbə günü Gəncəyə gözlənilməz ezamiyyəti çıxıb.

Müsahibəni cümə gününə keçirə bilərikmi? {az_day(s1)}, eyni saatda — {hm(s1)}-da. Format dəyişmir, yenə Google Meet üzərindən olacaq.

Uyğundursa, təqvim dəvətini yeniləyəcəyəm.

Hörmətlə,
Aytən Quliyeva
İstedadların cəlbi üzrə mütəxəssis
Simurq Telekom
"""
    b3 = f"""Salam Aytən xanım,

Problem deyil, cümə saat {hm(s1)} mənə də uyğundur.

Hörmətlə,
Leyla

{quote(az_quote_intro(d2, AYTAN), b2)}
"""
    items = [
        ("01-google-invite-musahibe.eml", google_invite("c05-1", AYTAN, "Invitation", summary, s0, e0, "GMT+4", d1,
                                                         desc, guests, ics(s0, e0, 0, d1), meet=meet)),
        ("02-musahibeni-cumeye-kecirek.eml", eml("c05-2", AYTAN, ME, "Müsahibənin vaxtı barədə", d2, m2,
                                                   text_part(b2, "qp"), cc=[TURAL])),
        ("03-re-musahibenin-vaxti.eml", eml("c05-3", ME, AYTAN, "Re: Müsahibənin vaxtı barədə", d3, m3,
                                              text_part(b3, "qp"), cc=[TURAL], irt=m2, refs=m2)),
        ("04-updated-invitation.eml", google_invite("c05-4", AYTAN, "Updated invitation", summary, s1, e1, "GMT+4",
                                                     d4, desc, guests, ics(s1, e1, 1, d4), meet=meet, updated=True)),
    ]
    lab = label([iv("Simurq Telekom", role, s1, e1, "hiring_manager", [TURAL[1]], [TURAL[1]])],
                "medium", "positive/reschedule-mail-and-sequence",
                "Google invite for Wed 14 Oct 15:00; recruiter asks 'Müsahibəni cümə gününə keçirə bilərikmi?', "
                "Leyla agrees and the same UID comes back with SEQUENCE:1 on Fri 16 Oct 15:00. One interview at the "
                "final time; Aytən only organises.")
    return "simurq-reschedule-to-friday", items, lab


@case
def c06():
    d1 = T(2026, 10, 9, 14, 5, BAKU, "Fri", 4)
    d2 = T(2026, 10, 19, 17, 48, BAKU, "Mon", 4)
    d3 = T(2026, 10, 19, 17, 52, BAKU, "Mon", 4)
    s = T(2026, 10, 22, 10, 0, BAKU, "Thu", 4)
    e = s + timedelta(hours=1)
    role = "Инженер проекта (буровые работы)"
    subj = f"Техническое собеседование: {OWNER_RU} — инженер проекта (буровые работы)"
    uid = exch_uid("c06")
    when = f"{s.day} {RU_MON[s.month]} {s.year} г. {hm(s)}-{hm(e)} (UTC+04:00) Баку."
    body1 = f"""Уважаемая Лейла, добрый день!

Приглашаем вас на техническое собеседование по вакансии «{role}» {ru_day(s)}, в {hm(s)} по бакинскому времени. Собеседование проведёт главный инженер Фарид Рзаев; продолжительность — около часа.

Будем обсуждать планирование буровых кампаний, взаимодействие с подрядчиками и управление изменениями. Подключение — по ссылке Teams ниже.

С уважением,
Марина Кузнецова
Менеджер по подбору персонала
ООО «Абшерон Ойлфилд Сервисез»"""
    att = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (FARID[0], FARID[1], "NEEDS-ACTION")]
    ics1 = vcal([vevent(uid, s, e, subj, MARINA, att, d1, tzid="Azerbaijan Standard Time", seq=0,
                        description="Техническое собеседование с главным инженером Фаридом Рзаевым.",
                        location="Собрание в Microsoft Teams", style="exchange",
                        extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url('c06')}"])],
                "REQUEST", EXCH_PRODID, ["Azerbaijan Standard Time"])
    ics3 = vcal([vevent(uid, s, e, "Отменено: " + subj, MARINA, att, d3, tzid="Azerbaijan Standard Time", seq=1,
                        status="CANCELLED", description="Собеседование отменено.",
                        location="Собрание в Microsoft Teams", style="exchange")],
                "CANCEL", EXCH_PRODID, ["Azerbaijan Standard Time"])
    m2 = mid("c06-2", "mail.absheronservices.example")
    b2 = f"""Уважаемая Лейла,

к сожалению, вынуждены отменить собеседование, назначенное на {RU_WD_ACC[s.weekday()][2:]}, {s.day} {RU_MON[s.month]}, в {hm(s)}. Руководство компании приняло решение приостановить набор на позицию инженера проекта до утверждения бюджета на 2027 год.

Приносим извинения за неудобства. Если набор возобновится, я свяжусь с вами в первую очередь — ваша кандидатура нам очень интересна.

Отмену встречи в календаре отправлю отдельно.

С уважением,
Марина Кузнецова
ООО «Абшерон Ойлфилд Сервисез»
+994 12 404 18 30
"""
    items = [
        ("01-teams-invite-sobesedovanie.eml", exchange_invite("c06-1", MARINA, [ME, FARID], None, subj, d1, when,
                                                              "Собрание в Microsoft Teams", body1, ics1,
                                                              teams=teams_block("c06", "ru"), lang="ru")),
        ("02-otmena-sobesedovaniya.eml", eml("c06-2", MARINA, ME, "Отмена собеседования 22 октября", d2, m2,
                                             alt(b2, "c06-2", "b64", "b64"), cc=[FARID])),
        ("03-otmeneno-invite.eml", exchange_invite("c06-3", MARINA, [ME, FARID], None, "Отменено: " + subj, d3, when,
                                                   "Собрание в Microsoft Teams",
                                                   "Собеседование отменено. Приносим извинения.", ics3,
                                                   method="CANCEL", lang="ru")),
    ]
    lab = label([iv("Абшерон Ойлфилд Сервисез", role, s, e, "technical", [FARID[1]], [FARID[1]],
                    status="cancelled")], "medium", "positive/cancellation-russian",
                "Russian Teams invite with the chief engineer for Thu 22 Oct 10:00 Baku, then a Russian cancellation "
                "mail ('вынуждены отменить собеседование') and METHOD:CANCEL with SEQUENCE:1 -> one cancelled "
                "interview. Company written in Cyrillic only (Absheron Oilfield Services).")
    return "absheron-cancel-russian", items, lab


@case
def c07():
    d1 = T(2026, 10, 19, 12, 30, TBS, "Mon", 4)
    d2 = T(2026, 10, 19, 13, 10, BAKU, "Mon", 4)
    d3 = T(2026, 10, 20, 9, 5, TBS, "Tue", 4)
    d4 = T(2026, 10, 20, 9, 40, TBS, "Tue", 4)
    opt1 = T(2026, 10, 27, 11, 0, TBS, "Tue", 4)
    s = T(2026, 10, 28, 16, 0, TBS, "Wed", 4)
    e = s + timedelta(hours=1)
    role = "Pipeline Project Engineer (South Caucasus corridor)"
    m1, m2, m3 = (mid("c07-1", "mail.kartlipipeline.example"), mid("c07-2", ME_MAIL),
                  mid("c07-3", "mail.kartlipipeline.example"))
    b1 = f"""Dear Leyla,

Thank you for your interest in the {role} role at Kartli Pipeline Engineering. Giorgi Tsiklauri, our Head of Projects, would like to speak with you. The conversation takes about an hour on Zoom and covers your pipeline and terminal tie-in experience and how you would support our Azerbaijan-side scope.

Could you do one of the following?
  - {en_day(opt1)} at {hm(opt1)}
  - {en_day(s)} at {hm(s)}

Both times are Tbilisi time, which is the same as Baku, so no conversion needed.

Best regards,
Nino Beridze
HR Manager, Kartli Pipeline Engineering LLC
Tbilisi, 12 Marjanishvili St.
"""
    b2 = f"""Hello Nino,

Thank you. {en_day(s)} at {hm(s)} works best for me.

Best regards,
Leyla Mammadova

{quote(en_quote_intro(d1, NINO), b1)}
"""
    b3 = f"""Hi Leyla,

Confirmed — {en_day(s)}, {hm(s)}–{hm(e)} Tbilisi time, with Giorgi. He will send you the Zoom invitation from his calendar shortly.

Gmadlobt, and good luck!
Nino

{quote(en_quote_intro(d2, ME), b2.split(chr(10) + 'On ')[0])}
"""
    summary = f"Kartli Pipeline – interview with Giorgi Tsiklauri ({role})"
    zoom = f"https://kartlipipeline.zoom.us/j/{digits('zoom', 'c07', n=11)}?pwd={b62('zpw', 'c07', n=32)}"
    desc = (f"Interview with Leyla Mammadova for the {role} position.\n\nJoin Zoom Meeting\n{zoom}\n\n"
            f"Meeting ID: {digits('zoom', 'c07', n=11)}\nPasscode: {digits('zpc', 'c07', n=6)}")
    uid = f"{b62('gu', 'c07', n=26).lower()}@google.com"
    ics4 = vcal([vevent(uid, s, e, summary, GIORGI,
                        [(GIORGI[0], GIORGI[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION"),
                         (NINO[0], NINO[1], "ACCEPTED", "OPT-PARTICIPANT")], d4, tzid="Asia/Tbilisi",
                        description=desc, location=zoom, style="google")],
                "REQUEST", GOOGLE_PRODID, ["Asia/Tbilisi"])
    items = [
        ("01-kartli-interview-times.eml", eml("c07-1", NINO, ME, "Interview with Kartli Pipeline – times", d1, m1,
                                              alt(b1, "c07-1"))),
        ("02-re-interview-times.eml", eml("c07-2", ME, NINO, "Re: Interview with Kartli Pipeline – times", d2, m2,
                                          text_part(b2, "qp"), irt=m1, refs=m1)),
        ("03-re-confirmed.eml", eml("c07-3", NINO, ME, "Re: Interview with Kartli Pipeline – times", d3, m3,
                                    text_part(b3, "qp"), cc=[GIORGI], irt=m2, refs=f"{m1} {m2}")),
        ("04-google-invite-zoom.eml", google_invite("c07-4", GIORGI, "Invitation", summary, s, e, "GMT+4", d4, desc,
                                                    [GIORGI, ME, NINO], ics4, location=zoom)),
    ]
    lab = label([iv("Kartli Pipeline Engineering", role, s, e, "hiring_manager", [GIORGI[1]], [GIORGI[1]])],
                "medium", "positive/thread-propose-confirm",
                "Tbilisi HR proposes two slots (Tue 27 Oct 11:00 / Wed 28 Oct 16:00, Tbilisi = Baku = +04), Leyla "
                "picks Wednesday, HR confirms, head of projects sends a Google invite (Asia/Tbilisi). One interview; "
                "the unchosen Tuesday slot must not be reported. Nino is optional on the invite but does not interview.")
    return "kartli-tbilisi-propose-confirm", items, lab


@case
def c08():
    d1 = T(2026, 10, 14, 6, 30, UTC, "Wed", 0)
    d2 = T(2026, 10, 20, 17, 5, BAKU, "Tue", 4)
    bus = T(2026, 10, 22, 7, 30, BAKU, "Thu", 4)
    s = T(2026, 10, 22, 10, 0, BAKU, "Thu", 4)
    e = T(2026, 10, 22, 12, 0, BAKU, "Thu", 4)
    back = T(2026, 10, 22, 14, 30, BAKU, "Thu", 4)
    text = f"""Dear Leyla,

Thank you for completing the online assessment. We are pleased to invite you to a site visit interview at the Qobustan Onshore Terminal for the {NM_ROLE} role (R-014582).

INTERVIEW
Date: {en_day(s)} {s.year}
Time: {hm(s)} – {hm(e)} (Baku time)
Place: Terminal Administration Building, meeting room "Caspian"
Interviewers: Kamran Nasirov (Terminal Operations Manager) and Fiona Kerr (Lead Process Engineer)
Format: 90-minute competency and technical discussion, followed by a 30-minute walk-down of the new tie-in area with both interviewers

GETTING THERE
The terminal is a restricted site, so candidates travel on the company shuttle.
 - Bus departs Northmere House, 27 Neftchilar Avenue, Baku at {hm(bus)} (please be there 10 minutes early)
 - Arrival at the terminal gatehouse around 08:40
 - Mandatory site access and safety briefing at the gatehouse, 09:00 – 09:40
 - Return bus leaves the terminal at {hm(back)}; lunch is provided in the site canteen

Please bring your passport or Azerbaijani ID card. PPE (coveralls, boots, helmet, glasses) will be provided; reply with your boot size by 19 October.

A calendar file for the interview slot is attached. Replies to this message go to Sevinj Abbasova, Talent Acquisition Partner, Baku.

Kind regards,
Northmere Energy Talent Acquisition

This message was generated by Workday.
"""
    ics = vcal([vevent(f"WD-INT-{hx('wd', 'c08', n=20).upper()}@myworkday.com", s, e,
                       f"Site Visit Interview – {NM_ROLE} (R-014582)", WORKDAY,
                       [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (KAMRAN[0], KAMRAN[1], "ACCEPTED"),
                        (FIONA[0], FIONA[1], "ACCEPTED")], d1, tzid="Asia/Baku",
                       description="Site visit interview with Kamran Nasirov and Fiona Kerr. Shuttle bus departs "
                                   "Northmere House at 07:30; safety briefing 09:00-09:40 at the gatehouse.",
                       location="Qobustan Onshore Terminal, Administration Building, room Caspian")],
               "REQUEST", "-//Workday, Inc.//Workday Calendar//EN", ["Asia/Baku"])
    body1 = multi("mixed", [alt(text, "c08-1a"), attach("text/calendar", "Interview_Invitation.ics", ics)], "c08-1m")
    m2 = mid("c08-2", "mail.northmere-energy.example")
    b2 = f"""Salam Leyla xanım,

Cümə axşamı üçün kiçik xatırlatma. Ayaqqabı ölçünüzü (38) qeyd etdim, PPE sizi terminalda gözləyəcək.

Avtobus {az_day(bus)}, səhər {hm(bus)}-da Northmere House-un (Neftçilər prospekti 27) qarşısından yola düşür — sürücü gecikənləri gözləmir. Terminala çatandan sonra əvvəlcə giriş və təhlükəsizlik brifinqi olacaq, müsahibə isə saat {hm(s)}-da başlayır. Geri dönüş avtobusu {hm(back)}-da yola düşür.

Uğurlar arzulayıram!

Hörmətlə,
Sevinc Abbasova
Talent Acquisition Partner, Northmere Energy (Bakı)
"""
    items = [
        ("01-workday-site-visit-invitation.eml",
         eml("c08-1", WORKDAY, ME, f"Interview Invitation: Site Visit Interview – {NM_ROLE} (R-014582)", d1,
             mid("c08-1", "myworkday.com"), body1, reply_to=[SEVINJ], relay="smtp-out1.myworkday.com",
             extra=[("X-Workday-Tenant", "northmere")])),
        ("02-xatirlatma-avtobus.eml", eml("c08-2", SEVINJ, ME, "Xatırlatma: cümə axşamı terminala səfər", d2, m2,
                                          text_part(b2, "qp"))),
    ]
    lab = label([iv("Northmere Energy", NM_ROLE, s, e, "onsite", [KAMRAN[1], FIONA[1]], [KAMRAN[1], FIONA[1]])],
                "hard", "positive/site-visit-bus-time",
                "Workday site-visit interview at the terminal, Thu 22 Oct 10:00-12:00 Baku with two interviewers. "
                "The 07:30 bus, the 09:00 safety briefing and the 14:30 return bus are not the interview; the "
                "Azerbaijani reminder repeats all three times.")
    return "northmere-terminal-site-visit", items, lab


@case
def c09():
    d1 = T(2026, 10, 23, 16, 5, BAKU, "Fri", 4)
    d2 = T(2026, 10, 23, 14, 22, LON, "Fri", 1)
    s = T(2026, 11, 3, 10, 0, LON, "Tue", 0)
    e = s + timedelta(minutes=45)
    assert s.astimezone(BAKU).hour == 14
    m1 = mid("c09-1", "mail.northmere-energy.example")
    b1 = f"""Hi Leyla,

Good news: Kamran and Fiona were very positive after your visit to the terminal, and we would like to invite you to the final stage.

This is a 45-minute conversation with Jonathan Pryce, VP Onshore Projects, who is based in our London head office. His assistant Harriet Cole will send you a Teams invitation for {en_day(s)} at 10:00 London time.

A word of warning on the time: the UK moves its clocks back on Sunday 25 October, so from then on London is four hours behind Baku. 10:00 in London on 3 November is therefore 14:00 here — not 13:00 as it would be this week. Your calendar should convert the invite correctly, but please double-check.

Jonathan likes to talk about project delivery in difficult environments, so have one or two examples ready.

Best,
Sevinj
Talent Acquisition Partner | Northmere Energy | Baku
"""
    summary = "Final interview – Leyla Mammadova / Jonathan Pryce"
    ics = vcal([vevent(exch_uid("c09"), s, e, summary, HARRIET,
                       [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (PRYCE[0], PRYCE[1], "ACCEPTED"),
                        (SEVINJ[0], SEVINJ[1], "NEEDS-ACTION", "OPT-PARTICIPANT")], d2, tzid="GMT Standard Time",
                       description="Final interview with Jonathan Pryce, VP Onshore Projects.",
                       location="Microsoft Teams Meeting", style="exchange",
                       extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url('c09')}"])],
               "REQUEST", EXCH_PRODID, ["GMT Standard Time"])
    when = f"Tuesday, 3 November 2026 {hm(s)}-{hm(e)} (UTC+00:00) Dublin, Edinburgh, Lisbon, London."
    body2 = f"""Dear Leyla,

Jonathan would like to meet you for a final conversation about the {NM_ROLE} role in Baku. The call is 45 minutes on Teams. Sevinj is copied as an optional attendee and will not join.

Kind regards,
Harriet Cole
Executive Assistant to Jonathan Pryce, VP Onshore Projects
Northmere Energy plc | 1 Mercer Row, London EC2"""
    items = [
        ("01-final-stage-london.eml", eml("c09-1", SEVINJ, ME, "Final stage – interview with Jonathan Pryce (London)",
                                          d1, m1, alt(b1, "c09-1"))),
        ("02-outlook-invite-final-london.eml", exchange_invite("c09-2", HARRIET, [ME, PRYCE], [SEVINJ], summary, d2,
                                                               when, "Microsoft Teams Meeting", body2, ics,
                                                               teams=teams_block("c09"))),
    ]
    lab = label([iv("Northmere Energy", NM_ROLE, s, e, "hiring_manager", [PRYCE[1]], [PRYCE[1]])],
                "hard", "positive/london-dst-crossing",
                "Invite sent during BST (Date +0100) for Tue 3 Nov 10:00 'GMT Standard Time', after the 25 Oct change: "
                "10:00 GMT = 14:00 Baku (a BST conversion would give 13:00). Final with the London VP; coordinator "
                "and optional recruiter are not interviewers.")
    return "northmere-final-london-vp-dst", items, lab


@case
def c10():
    d1 = T(2026, 10, 28, 17, 20, IST, "Wed", 3)
    sess = [
        ("Panel Interview – Project Director", T(2026, 11, 10, 9, 0, IST, "Tue", 3), 60, [MURAT, SERKAN],
         "Panel with Murat Aksoy (Project Director) and Serkan Demir (Construction Manager)."),
        ("Technical Interview – QA/QC & Completions", T(2026, 11, 10, 10, 15, IST, "Tue", 3), 45, [RAUF],
         "Completions, punch-list management and handover dossiers with Rauf Abdullayev (QA/QC Manager, Baku)."),
        ("HR Interview – Baku Branch", T(2026, 11, 10, 11, 0, IST, "Tue", 3), 30, [KONUL],
         "Conditions of employment in Azerbaijan, rotation and start date with Könül Rzayeva (HR Manager, Baku)."),
    ]
    first, last = sess[0][1], sess[-1][1] + timedelta(minutes=sess[-1][2])
    assert first.astimezone(BAKU).hour == 10 and hm(last.astimezone(BAKU)) == "12:30"
    loc = "Boğaziçi Baku Site Office, 14 Bayil Road, Container Block C, Meeting Room 2"
    b1 = f"""Dear Leyla,

Following your call with Deniz, we are happy to invite you to an interview day at our Baku site office for the {BZ_ROLE} position (Shirvan Gas Compressor Station EPC).

You will receive three separate calendar invitations, one per session:

  1. 09:00–10:00  Panel interview with Murat Aksoy, Project Director, and Serkan Demir, Construction Manager
  2. 10:15–11:00  Technical interview with Rauf Abdullayev, QA/QC Manager
  3. 11:00–11:30  HR interview with Könül Rzayeva, HR Manager (Baku branch)

Important: our scheduling system is set to Istanbul time (UTC+03:00) and the invitations show Istanbul times. You will be with us in person in Baku, which is one hour ahead, so your day starts at 10:00 Baku time and finishes at 12:30.

Address: {loc}. Please report to the security cabin at the gate; the guards have your name.

Best regards,
Elif Yıldız
Recruitment Specialist – International Projects
Boğaziçi Mühendislik İnşaat A.Ş. | Maslak, İstanbul
"""
    items = [("01-interview-day-baku-site-office.eml",
              eml("c10-1", ELIF, ME, f"Interview day in Baku – {en_day(first)}", d1,
                  mid("c10-1", "mail.bogazici-muhendislik.example"), alt(b1, "c10-1", "qp", "b64"),
                  cc=[DENIZ]))]
    for i, (title, st, mins, who, desc) in enumerate(sess, start=2):
        en = st + timedelta(minutes=mins)
        subj = f"{title} | Leyla Mammadova | {BZ_ROLE}"
        ics = vcal([vevent(exch_uid(f"c10-{i}"), st, en, subj, ELIF,
                           [(OWNER_NAME, OWNER, "NEEDS-ACTION")] + [(n, a, "ACCEPTED") for n, a in who],
                           d1 + timedelta(minutes=9 + i), tzid="Turkey Standard Time", description=desc,
                           location=loc, style="exchange", extra=[f"X-MICROSOFT-LOCATIONDISPLAYNAME:{loc}"])],
                   "REQUEST", EXCH_PRODID, ["Turkey Standard Time"])
        when = f"Tuesday, November 10, 2026 {AMPM(st)}-{AMPM(en)} (UTC+03:00) Istanbul."
        items.append((f"0{i}-invite-{['panel', 'technical', 'hr'][i - 2]}.eml",
                      exchange_invite(f"c10-{i}", ELIF, [ME] + who, None, subj, d1 + timedelta(minutes=9 + i), when,
                                      loc, desc + "\n\nIn person at the Baku site office.", ics)))
    ivs = [MURAT[1], SERKAN[1], RAUF[1], KONUL[1]]
    lab = label([iv("Boğaziçi Mühendislik", BZ_ROLE, first, last, "onsite", ivs, ivs)],
                "hard", "positive/onsite-loop-several-invites-tz",
                "In-person interview day in Baku sent as three Exchange invites whose TZID is 'Turkey Standard Time' "
                "(UTC+03:00): 09:00-11:30 Istanbul = 10:00-12:30 Baku. One onsite interview with all four "
                "interviewers; the Istanbul recruiter only organises.")
    return "bogazici-interview-day-three-invites", items, lab


@case
def c11():
    d1 = T(2026, 11, 10, 11, 0, BAKU, "Tue", 4)
    s = T(2026, 11, 16, 8, 30, BAKU, "Mon", 4)
    e = T(2026, 11, 16, 13, 0, BAKU, "Mon", 4)
    hse = ("Xəzər Enerji HSE Təlim Mərkəzi", "hse.training@khazarenergy.example")
    b1 = f"""Hörmətli Leyla xanım,

İş təklifimizi qəbul etdiyiniz üçün təşəkkür edirik və Xəzər Enerji Layihələri komandasına xoş gəlmisiniz!

Şirkətdə ilk iş gününüz — {az_day(s)}. Həmin gün bütün yeni işçilər üçün məcburi HSE induksiya təlimi keçirilir:

Saat: {hm(s)}–{hm(e)}
Yer: Xəzər Plaza, 3-cü mərtəbə, Təlim zalı
Mövzular: şirkətin HSE siyasəti, "İşi dayandırmaq səlahiyyəti" (Stop Work Authority), icazə sistemi (Permit to Work), fövqəladə hallarda evakuasiya

Təlimin sonunda qısa test olacaq; testi keçdikdən sonra sizə ofis və sahə giriş kartı veriləcək. Təqvim faylı əlavə olunub.

Sualınız olarsa, bu ünvana yazın.

Hörmətlə,
Rövşən Abdullayev
HSE təlimatçısı
Xəzər Enerji Layihələri QSC
"""
    ics = vcal([vevent(f"hse-induction-{hx('hse', 'c11', n=16)}@khazarenergy.example", s, e,
                       "HSE induksiya təlimi — yeni işçilər", hse, [(OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                       tzid="Asia/Baku", description="Məcburi HSE induksiya təlimi (ilk iş günü). Sonda qısa test.",
                       location="Xəzər Plaza, 3-cü mərtəbə, Təlim zalı")],
               "REQUEST", "-//Khazar Energy//HSE Training Calendar//AZ", ["Asia/Baku"])
    items = [("01-hse-induksiya-telimi.eml", eml("c11-1", hse, ME, "İlk iş günü: HSE induksiya təlimi", d1,
                                                  mid("c11-1", "mx.khazarenergy.example"), alt(b1, "c11-1"))),
             ("02-hse-induction.ics", ics_bytes(ics))]
    return "khazar-hse-induction-after-offer", items, label(
        [], "medium", "negative/onboarding-after-offer",
        "HSE induction on the first working day after the accepted offer (mail + standalone .ics with a short test). "
        "Same company as case 03 but not an interview.")


@case
def c12():
    d1 = T(2026, 10, 30, 13, 2, BAKU, "Fri", 4)
    s = T(2026, 11, 6, 9, 15, BAKU, "Fri", 4)
    e = s + timedelta(minutes=30)
    vp = ("VisaPoint Azerbaijan", "appointments@visapoint-az.example")
    ref = f"GWF{digits('gwf', 'c12', n=9)}"
    text = f"""Dear LEYLA MAMMADOVA,

Your appointment at the UK Visa Application Centre in Baku is confirmed.

Reference number: {ref}
Visa category: Standard Visitor (business)
Service: Biometric enrolment and document submission
Date: {en_day(s)} {s.year}
Time: {hm(s)} (local time, Baku)
Address: VisaPoint Baku, 40 Uzeyir Hajibeyli Street, 2nd floor

Please arrive no earlier than 15 minutes before your appointment time. Bring your passport, this confirmation (printed), and your supporting documents in the order listed in your checklist.

Please note: after your biometrics are taken, UK Visas and Immigration may contact you to arrange a short credibility interview by telephone or video. This is part of the decision process and is not arranged by VisaPoint.

To reschedule, use the link in your account at least 24 hours before the appointment.

VisaPoint Azerbaijan – Customer Service
This mailbox is not monitored.
"""
    ics = vcal([vevent(f"{ref}-{hx('vp', 'c12', n=10)}@visapoint-az.example", s, e,
                       "UK visa biometrics appointment – VisaPoint Baku", vp, [("LEYLA MAMMADOVA", OWNER, "ACCEPTED")],
                       d1, tzid="Asia/Baku", description=f"Reference {ref}. Bring passport and printed confirmation.",
                       location="VisaPoint Baku, 40 Uzeyir Hajibeyli Street")],
               "PUBLISH", "-//VisaPoint//Appointments 3.2//EN", ["Asia/Baku"])
    body = multi("mixed", [alt(text, "c12-a"), attach("text/calendar", "appointment.ics", ics)], "c12-m")
    items = [("01-visa-appointment-confirmation.eml",
              eml("c12-1", vp, ME, f"Appointment confirmation {ref} – UK Visa Application Centre Baku", d1,
                  mid("c12-1", "visapoint-az.example"), body, relay="out.visapoint-az.example"))]
    return "uk-visa-appointment", items, label(
        [], "medium", "negative/government-appointment",
        "UK visa biometrics appointment with .ics; mentions a possible UKVI 'credibility interview' -> non-job interview.")


@case
def c13():
    d1 = T(2026, 11, 2, 12, 15, BAKU, "Mon", 4)
    s = T(2026, 11, 11, 14, 20, BAKU, "Wed", 4)
    e = s + timedelta(minutes=20)
    org = ("Aysel Mustafayeva", "aysel.mustafayeva@coges2026.example")
    summary = "COGES 2026 speaker slot: L. Mammadova – Brownfield tie-ins at onshore terminals"
    desc = f"""Dear Leyla,

Thank you for speaking at the Caspian Oil & Gas Engineering Summit. This invitation blocks your slot in Session 4B "Brownfield projects" (Hall B, Baku Expo Centre). Moderator: Dr Ramin Hüseynzadə.

Your talk: {hm(s)}–{hm(e)}, followed by 5 minutes of Q&A.
Speaker ready-room: please upload your slides by 12:00 on the day.

Media: Energy Review TV would like to record a short on-camera interview with you in the media lounge (Hall B, level 1) at 15:00, right after the session — about 10 minutes on your talk. Let me know if you prefer to skip it.

Aysel Mustafayeva
Speaker Manager, COGES 2026"""
    uid = f"{b62('gu', 'c13', n=26).lower()}@google.com"
    ics = vcal([vevent(uid, s, e, summary, org, [(org[0], org[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                       d1, tzid="Asia/Baku", description=desc, location="Baku Expo Centre, Hall B", style="google")],
               "REQUEST", GOOGLE_PRODID, ["Asia/Baku"])
    items = [("01-google-invite-speaker-slot.eml",
              google_invite("c13", org, "Invitation", summary, s, e, "GMT+4", d1, desc, [org, ME], ics,
                            location="Baku Expo Centre, Hall B"))]
    return "conference-speaker-slot-tv-interview", items, label(
        [], "hard", "negative/conference-press-interview",
        "Google invite for her own conference talk; the description adds an on-camera TV interview after the "
        "session. She is a speaker/press interviewee, not a job candidate.")


@case
def c14():
    d1 = T(2026, 10, 12, 15, 10, BAKU, "Mon", 4)
    past = T(2026, 10, 6, 11, 0, BAKU, "Tue", 4)
    b1 = f"""Hörmətli Leyla xanım,

{past.day} oktyabr tarixində keçirdiyimiz müsahibə və bizə ayırdığınız vaxt üçün təşəkkür edirik.

Təəssüf ki, bu mərhələdə namizədliyinizlə davam etməmək qərarına gəldik. Seçim prosesində bank sektorunda kredit riskinin qiymətləndirilməsi üzrə birbaşa təcrübəsi olan namizədə üstünlük verildi.

Məlumatlarınızı namizədlər bazamızda saxlayacağıq və gələcəkdə profilinizə uyğun vakansiya yaranarsa, sizinlə yenidən əlaqə saxlayacağıq.

Sizə karyeranızda uğurlar arzulayırıq.

Hörmətlə,
Günel Hüseynova
İnsan resursları üzrə aparıcı mütəxəssis
Qafqaz Bank ASC
"""
    items = [("01-muraciet-neticesi.eml", eml("c14-1", GUNEL, ME, "Müraciətinizin nəticəsi — Qafqaz Bank", d1,
                                               mid("c14-1", "mx1.qafqazbank.example"), alt(b1, "c14-1", "qp", "b64")))]
    return "qafqazbank-rejection-teessuf-ki", items, label(
        [], "easy", "negative/rejection",
        "Azerbaijani rejection ('Təəssüf ki ...') that refers back to the 6 Oct müsahibə; nothing new is scheduled.")


@case
def c15():
    d1 = T(2026, 11, 2, 10, 40, BAKU, "Mon", 4)
    start = T(2026, 11, 16, 8, 30, BAKU, "Mon", 4)
    reply_by = T(2026, 11, 6, 18, 0, BAKU, "Fri", 4)
    b1 = f"""Hörmətli Leyla xanım,

Müsahibə mərhələlərinin nəticələrinə əsasən sizə Xəzər Enerji Layihələri QSC-də "{KH_ROLE}" vəzifəsini təklif etməkdən məmnunluq duyuruq.

Təklifin əsas şərtləri:
- Aylıq əmək haqqı (vergilər daxil, ümumi): 4 200 AZN
- İllik bonus: performansa əsasən, 2 aylıq maaşadək
- Tibbi sığorta: işçi və ailə üzvləri üçün
- Sınaq müddəti: 3 ay
- İşə başlama tarixi: {az_day(start)}, saat {hm(start)}

Rəsmi təklif məktubu HR portalında imzanız üçün yerləşdirilib. Zəhmət olmasa qərarınızı {reply_by.day} {AZ_MON[reply_by.month]} saat {hm(reply_by)}-dək bildirin. Hər hansı sualınız olarsa, mənə və ya Elçin bəyə müraciət edə bilərsiniz.

Sizi komandamızda görməyə şadıq!

Hörmətlə,
Nigar Əliyeva
HR biznes tərəfdaşı
Xəzər Enerji Layihələri QSC
"""
    items = [("01-is-teklifi.eml", eml("c15-1", NIGAR, ME, f"İş təklifi — {KH_ROLE}", d1,
                                      mid("c15-1", "mx.khazarenergy.example"), alt(b1, "c15-1", "b64", "b64"),
                                      cc=[ELCHIN]))]
    return "khazar-offer-is-teklifi", items, label(
        [], "easy", "negative/offer",
        "Offer mail (iş təklifi) with a start date and a reply deadline; mentions the past müsahibə stages only.")


@case
def c16():
    d1 = T(2026, 10, 24, 3, 14, UTC, "Sat", 0)
    scam = ("Northmere Energy HR Department", "northmere.hr.recruitment@fastmail-box.example")
    b1 = f"""Уважаемая {OWNER_RU}!

Поздравляем! Ваше резюме успешно прошло предварительный отбор на позицию Senior Project Engineer (Offshore) в компании Northmere Energy plc (Лондон, Великобритания).

Условия: заработная плата 9 500 GBP в месяц, оплачиваемая релокация в Лондон, жильё за счёт компании.

Онлайн-собеседование состоится завтра в 12:00 по бакинскому времени в мессенджере Telegram. Напишите нашему HR-менеджеру: @Northmere_HR_Official

ВАЖНО: до собеседования необходимо оплатить сбор за регистрацию рабочей визы и проверку документов — 180 AZN на карту 4169 7388 1120 5531 (получатель: R. Aliyev). Без оплаты собеседование не может быть проведено. Сумма будет возвращена с первой зарплатой.

С уважением,
Отдел кадров Northmere Energy plc
"""
    items = [("01-pozdravlyaem-sobesedovanie-telegram.eml",
              eml("c16-1", scam, ME, "Поздравляем! Приглашение на собеседование – Northmere Energy plc", d1,
                  mid("c16-1", "fastmail-box.example"), text_part(b1, "b64"),
                  reply_to=[("HR Desk", "hr.desk.northmere@securemail-inbox.example")], relay="smtp.fastmail-box.example",
                  extra=[("X-Mailer", "PHPMailer 6.8.1")]))]
    return "scam-northmere-telegram-fee", items, label(
        [], "medium", "negative/scam",
        "Russian-language fake recruiter using the Northmere name from a free-mail domain: 'собеседование завтра в "
        "12:00' on Telegram after paying a visa fee. Scam, not an interview.")


@case
def c17():
    d1 = T(2026, 10, 19, 10, 5, BAKU, "Mon", 4)
    first, last = T(2026, 10, 21, 10, 0, BAKU, "Wed", 4), T(2026, 10, 23, 17, 0, BAKU, "Fri", 4)
    link = f"https://hellojob.az/candidate/interview-slots/{b62('hj', 'c17', n=20)}"
    text = f"""Salam, Leyla!

"Azəri Drilling Services" şirkəti "Qazma layihələri üzrə mühəndis" vakansiyasına göndərdiyiniz müraciətə baxdı və sizinlə müsahibə keçirmək istəyir.

Zəhmət olmasa, aşağıdakı linkə keçərək sizə uyğun vaxtı seçin. Şirkətin təklif etdiyi aralıq: {first.day}–{last.day} {AZ_MON[first.month]}, {hm(first)}–{hm(last)}.

{link}

Vaxt seçdikdən sonra sizə təsdiq məktubu göndəriləcək. Müsahibə vaxtı hələ təyin olunmayıb.

Uğurlar!
hellojob.az komandası

Bu bildiriş avtomatik göndərilib, cavab verməyin.
"""
    items = [("01-hellojob-vaxt-secin.eml",
              eml("c17-1", ("hellojob.az", "no-reply@hellojob.az"), ME,
                  "Azəri Drilling Services sizinlə müsahibə keçirmək istəyir — vaxt seçin", d1,
                  mid("c17-1", "hellojob.az"), alt(text, "c17-1", "qp", "b64"), relay="mta2.hellojob.az"))]
    return "hellojob-pick-a-slot-unbooked", items, label(
        [], "medium", "negative/availability-request",
        "hellojob.az relay asks her to pick a slot between 21 and 23 Oct; nothing is booked ('hələ təyin olunmayıb').")


@case
def c18():
    d1 = T(2026, 10, 19, 15, 45, BAKU, "Mon", 4)
    s = T(2026, 10, 23, 16, 0, BAKU, "Fri", 4)
    e = s + timedelta(minutes=45)
    work = ("Leyla Məmmədova", "leyla.mammadova@caspianmarine.example")
    aynur = ("Aynur Kərimova", "aynur.karimova@caspianmarine.example")
    fuad = ("Fuad Həsənli", "fuad.hasanli@caspianmarine.example")
    subj = "Müsahibə: mühəndis-təcrübəçi namizədi Tofiq Rəhimov"
    body = f"""Salam Leyla xanım, Fuad bəy,

Cümə günü mühəndis-təcrübəçi proqramı üçün namizəd Tofiq Rəhimovla (ADNSU, 4-cü kurs) müsahibə keçirəcəyik. Leyla xanım, texniki hissəni siz aparacaqsınız: P&ID oxumaq, əsas mexaniki anlayışlar, layihə sənədləşməsi. Fuad bəy motivasiya suallarını verəcək. Qiymətləndirmə formasını görüşdən sonra doldurmağınızı xahiş edirəm.

Namizədə Teams linki ayrıca göndəriləcək.

Aynur Kərimova
HR, Caspian Marine Construction"""
    ics = vcal([vevent(exch_uid("c18"), s, e, subj, aynur,
                       [(work[0], work[1], "NEEDS-ACTION"), (fuad[0], fuad[1], "NEEDS-ACTION")], d1,
                       tzid="Azerbaijan Standard Time", description=body, location="Microsoft Teams Meeting",
                       style="exchange", extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url('c18')}"])],
               "REQUEST", EXCH_PRODID, ["Azerbaijan Standard Time"])
    when = f"Friday, October 23, 2026 {AMPM(s)}-{AMPM(e)} (UTC+04:00) Baku."
    raw = exchange_invite("c18-1", aynur, [work, fuad], None, subj, d1, when, "Microsoft Teams Meeting", body, ics,
                          teams=teams_block("c18"))
    raw = raw.replace(b"Return-Path:", b"X-Forwarded-To: " + OWNER.encode() + b"\nX-Forwarded-For: "
                      + work[1].encode() + b" " + OWNER.encode() + b"\nReturn-Path:", 1)
    items = [("01-teams-invite-intern-interview.eml", raw)]
    return "owner-interviews-intern-candidate", items, label(
        [], "hard", "negative/user-is-interviewer",
        "Her current employer's Teams invite (auto-forwarded from her work address) for an intern müsahibə where "
        "Leyla asks the technical questions. She is the interviewer, not the candidate.")


@case
def c19():
    d1 = T(2026, 10, 26, 5, 14, UTC, "Mon", 0, ss=22)
    d_acc = T(2026, 10, 26, 9, 2, BAKU, "Mon", 4)
    s = T(2026, 11, 4, 11, 0, BAKU, "Wed", 4)
    e = s + timedelta(hours=1)
    sabina = ("Sabina Həsənova", "sabina.hasanova@garadaghgas.example")
    vugar = ("Vüqar Səfərov", "vugar.safarov@garadaghgas.example")
    ramil = ("Ramil Babayev", "ramil.babayev@garadaghgas.example")
    role = "Project Engineer (Gas Processing Upgrade)"
    text = f"""Dear Leyla Mammadova,

Your interview for the position {role} (Req. 4471) at Qaradağ Qaz Emalı MMC has been scheduled.

Interview date: {EN_WD[s.weekday()]}, {s:%d/%m/%Y}
Interview time: {s:%H:%M} - {e:%H:%M} (GMT+04:00) Baku
Interview type: Technical interview (Microsoft Teams – link in the calendar invitation)
Interviewers: Vüqar Səfərov, Chief Process Engineer; Ramil Babayev, Project Controls Lead

If you need to change the time, please contact Sabina Həsənova (sabina.hasanova@garadaghgas.example) at least 48 hours in advance.

Best regards,
Qaradağ Qaz Emalı – Recruiting

This e-mail was sent by SAP SuccessFactors on behalf of Qaradağ Qaz Emalı MMC. Do not reply.
"""
    uid = f"SF-IS-{hx('sf', 'c19', n=24).upper()}@successfactors.eu"
    desc = (f"Technical interview – {role}. Interviewers: Vüqar Səfərov, Ramil Babayev.\n"
            f"Join Microsoft Teams meeting: {teams_url('c19')}")
    att = [(sabina[0], sabina[1], "ACCEPTED", "CHAIR"), (vugar[0], vugar[1], "ACCEPTED"),
           (ramil[0], ramil[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    ics = vcal([vevent(uid, s, e, f"Interview: {role} – Leyla Mammadova", sabina, att, d1, tzid=None,
                       description=desc, location="Microsoft Teams")],
               "REQUEST", "-//SAP SuccessFactors//Interview Scheduling//EN")
    body = multi("mixed", [alt(text, "c19-a", "qp", "qp"), attach("text/calendar", "Interview.ics", ics)], "c19-m")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('etag', 'c19', n=16)}\"",
        "id": b62("gid", "c19", n=26).lower(),
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={b62('eid', 'c19', n=48)}",
        "created": f"{d_acc.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z",
        "updated": f"{(d_acc + timedelta(minutes=1)).astimezone(UTC):%Y-%m-%dT%H:%M:%S}.412Z",
        "summary": f"Interview: {role} – Leyla Mammadova",
        "description": desc,
        "location": "Microsoft Teams",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": sabina[1], "displayName": sabina[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "Asia/Baku"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Asia/Baku"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": sabina[1], "displayName": sabina[0], "organizer": True, "responseStatus": "accepted"},
            {"email": vugar[1], "displayName": vugar[0], "responseStatus": "accepted"},
            {"email": ramil[1], "displayName": ramil[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "privateCopy": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-successfactors-interview-scheduled.eml",
              eml("c19-1", ("Qaradağ Qaz Emalı Careers", "donotreply@successfactors.eu"), ME,
                  f"Interview scheduled: {role} – Qaradağ Qaz Emalı", d1, mid("c19-1", "successfactors.eu"), body,
                  relay="mail2.successfactors.eu", extra=[("X-SF-Company", "garadaghgasP")])),
             ("02-calendar-event.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))]
    lab = label([iv("Qaradağ Qaz Emalı", role, s, e, "technical", [vugar[1], ramil[1]], [vugar[1], ramil[1]])],
                "medium", "positive/ats-ics-utc-plus-gcal-json",
                "SuccessFactors mail with Date in UTC, a DD/MM date (04/11/2026 = 4 Nov, not 11 Apr) and an .ics in "
                "UTC (07:00Z); the same event appears as a Calendar API item (self: true). One interview, 11:00 Baku.")
    return "garadagh-successfactors-gcal-json", items, lab


@case
def c20():
    d1 = T(2026, 10, 14, 16, 5, IST, "Wed", 3)
    d2 = T(2026, 10, 14, 17, 20, BAKU, "Wed", 4)
    d3 = T(2026, 10, 14, 16, 31, IST, "Wed", 3)
    s = T(2026, 10, 15, 14, 0, IST, "Thu", 3)
    assert s.date() == (d1 + timedelta(days=1)).date() and s.astimezone(BAKU).hour == 15
    e = s + timedelta(minutes=30)
    m1, m2, m3 = (mid("c20-1", "mail.bogazici-muhendislik.example"), mid("c20-2", ME_MAIL),
                  mid("c20-3", "mail.bogazici-muhendislik.example"))
    b1 = f"""Hi Leyla,

I'm a recruiter on Boğaziçi's international projects team in Istanbul. We're staffing the mechanical completion team for a compressor station we are building near Baku, and your CV stood out.

I'd like to have a short introductory call with you — about 30 minutes on the role, the rotation pattern and your notice period. Would tomorrow at 2 pm Istanbul time work? That's 3 pm for you in Baku.

Best regards,
Deniz Korkmaz
Talent Acquisition – International Projects
Boğaziçi Mühendislik İnşaat A.Ş.
"""
    b2 = f"""Hello Deniz,

Thank you for reaching out. Yes, tomorrow works — 3 pm Baku / 2 pm Istanbul. My number is +994 50 312 47 88 (also on WhatsApp).

Kind regards,
Leyla

{quote(en_quote_intro(d1, DENIZ), b1)}
"""
    b3 = f"""Perfect, thanks Leyla. I'll call you on that number at 14:00 our time. Talk tomorrow!

Deniz

{quote(en_quote_intro(d2, ME), b2.split(chr(10) + 'On ')[0])}
"""
    subj = f"{BZ_ROLE} – Baku"
    items = [
        ("01-intro-call-tomorrow.eml", eml("c20-1", DENIZ, ME, subj, d1, m1, alt(b1, "c20-1"))),
        ("02-re-intro-call.eml", eml("c20-2", ME, DENIZ, "Re: " + subj, d2, m2, text_part(b2, "qp"),
                                     irt=m1, refs=m1)),
        ("03-re-re-intro-call.eml", eml("c20-3", DENIZ, ME, "Re: " + subj, d3, m3, text_part(b3, "qp"),
                                        irt=m2, refs=f"{m1} {m2}")),
    ]
    lab = label([iv("Boğaziçi Mühendislik", BZ_ROLE, s, e, "phone_screen", [DENIZ[1]], [DENIZ[1]])],
                "hard", "positive/email-body-only-relative-tz",
                "'Tomorrow at 2 pm Istanbul time' in a mail dated Wed 14 Oct 16:05 +0300 -> Thu 15 Oct 14:00 +03:00 "
                "(15:00 Baku). Thread mixes +0300 and +0400 Date headers; recruiter conducts the 30-minute call.")
    return "bogazici-recruiter-call-tomorrow-istanbul", items, lab


@case
def c21():
    d1 = T(2026, 10, 28, 12, 40, BAKU, "Wed", 4)
    s = T(2026, 11, 2, 11, 0, BAKU, "Mon", 4)
    e = s + timedelta(hours=1)
    samira = ("Samirə Nəbiyeva", "samira.nabiyeva@sahiltech.example")
    role = "Layihə mühəndisi (neft-qaz)"
    text = f"""Hörmətli Leyla Məmmədova,

"SahilTech Mühəndislik" şirkəti sizi "{role}" vakansiyası üzrə müsahibəyə dəvət edir.

Tarix: {az_day(s)}
Saat: {hm(s)}-da (Bakı vaxtı), müddəti təxminən 1 saat
Ünvan: Bakı, Xətai rayonu, Xocalı prospekti 55, "Sahil Biznes Mərkəzi", 4-cü mərtəbə
Müsahibəni aparacaq: Elnur Vəliyev, layihə rəhbəri

Özünüzlə şəxsiyyət vəsiqəsi və diplomun surətini götürün.

Suallarınız üçün şirkətin HR mütəxəssisi ilə əlaqə saxlayın: Samirə Nəbiyeva, {samira[1]}, +994 12 488 20 17.

Təqvimə əlavə etmək üçün faylı yükləyin (əlavədə).

Uğurlar!
hellojob.az komandası
"""
    uid = f"hj-{hx('hj', 'c21', n=18)}@hellojob.az"
    ics = vcal([vevent(uid, s, e, f"Müsahibə: SahilTech Mühəndislik — {role}", ("hellojob.az", "no-reply@hellojob.az"),
                       [(OWNER_AZ, OWNER, "NEEDS-ACTION")], d1, tzid="Asia/Baku",
                       description="Müsahibəni aparacaq: Elnur Vəliyev, layihə rəhbəri.",
                       location="Bakı, Xocalı prospekti 55, Sahil Biznes Mərkəzi, 4-cü mərtəbə")],
               "REQUEST", "-//hellojob.az//Interview Invite//AZ", ["Asia/Baku"])
    body = multi("mixed", [alt(text, "c21-a", "qp", "b64"), attach("text/calendar", "musahibe.ics", ics)], "c21-m")
    items = [("01-hellojob-musahibe-teyin-edildi.eml",
              eml("c21-1", ("hellojob.az", "no-reply@hellojob.az"), ME,
                  f"Müsahibə təyin edildi: SahilTech Mühəndislik — {role}", d1, mid("c21-1", "hellojob.az"), body,
                  relay="mta2.hellojob.az"))]
    lab = label([iv("SahilTech Mühəndislik", role, s, e, "hiring_manager", [], [samira[1]])],
                "medium", "positive/job-board-relay-ics",
                "hellojob.az relay confirms a booked in-person müsahibə (2 noyabr, bazar ertəsi, 11:00) with .ics from "
                "the relay's no-reply address. Interviewer named without an address -> follow-up goes to the HR "
                "contact given in the text.")
    return "hellojob-booked-sahiltech", items, lab


@case
def c22():
    d1 = T(2026, 10, 30, 11, 45, BAKU, "Fri", 4)
    d2 = T(2026, 10, 30, 12, 20, BAKU, "Fri", 4)
    s = T(2026, 11, 5, 10, 0, BAKU, "Thu", 4)
    e = s + timedelta(minutes=90)
    elmira = ("Эльмира Гасанова | Goytepe Engineering", "elmira.gasanova@goytepe-eng.example")
    anar = ("Анар Керимов", "anar.kerimov@goytepe-eng.example")
    role = "Инженер проекта (наземные объекты добычи)"
    zid = digits("zoom", "c22", n=11)
    zl = f"https://us06web.zoom.us/j/{zid}?pwd={b62('zpw', 'c22', n=32)}"
    b1 = f"""Здравствуйте, Лейла!

Благодарим за интерес к вакансии «{role}» в компании «Гёйтепе Инжиниринг».

Приглашаем вас на техническое собеседование с главным инженером проекта Анаром Керимовым ({anar[1]}). Собеседование пройдёт {ru_day(s)}, в {hm(s)} по бакинскому времени, в Zoom и займёт около полутора часов. Анар задаст вопросы по проектированию обустройства месторождений, работе с подрядчиками EPC и контролю графика; возможно, попросит разобрать фрагмент P&ID с демонстрацией экрана.

Пожалуйста, подтвердите участие ответным письмом.

Эльмира Гасанова приглашает вас на запланированную конференцию: Zoom.
Тема: Техническое собеседование — {OWNER_RU}
Время: {s.day} нояб. {s.year} {hm(s)} Баку

Подключиться к конференции Zoom
{zl}

Идентификатор конференции: {zid[:3]} {zid[3:7]} {zid[7:]}
Код доступа: {digits('zpc', 'c22', n=6)}

С уважением,
Эльмира Гасанова
Специалист по персоналу
ООО «Гёйтепе Инжиниринг» (Goytepe Engineering LLC)
"""
    html = to_html(b1, "Calibri,Arial,sans-serif")
    m1, m2 = mid("c22-1", "mail.goytepe-eng.example"), mid("c22-2", ME_MAIL)
    b2 = f"""Здравствуйте, Эльмира!

Спасибо за приглашение, подтверждаю участие {ru_day(s)}, в {hm(s)}.

С уважением,
Лейла Мамедова

{quote(ru_quote_intro(d1, elmira), b1.split(chr(10) + chr(10) + 'Эльмира Гасанова приглашает')[0])}
"""
    items = [
        ("01-priglashenie-na-sobesedovanie.eml", eml("c22-1", elmira, ME, "Приглашение на техническое собеседование",
                                                     d1, m1, alt(b1, "c22-1", "b64", "b64", html), cc=[anar])),
        ("02-re-priglashenie.eml", eml("c22-2", ME, elmira, "Re: Приглашение на техническое собеседование", d2, m2,
                                       text_part(b2, "qp"), cc=[anar], irt=m1, refs=m1)),
    ]
    lab = label([iv("Goytepe Engineering", role, s, e, "technical", [anar[1]], [anar[1]])],
                "medium", "positive/email-body-only-russian",
                "Russian HTML/base64 invitation: 'в четверг, 5 ноября, в 10:00 по бакинскому времени', ~1.5 h, Zoom "
                "block with 'Баку'; no calendar file. Chief project engineer conducts; HR only invites.")
    return "goytepe-russian-zoom-technical", items, lab


@case
def c23():
    d1 = T(2026, 10, 22, 14, 2, BAKU, "Thu", 4)
    s = T(2026, 10, 27, 10, 30, BAKU, "Tue", 4)
    e = s + timedelta(hours=1)
    assert zstamp(s) == "20261027T063000Z"
    lala = ("Lalə Cəfərova", "lala.jafarova@sumgait-petrochem.example")
    orkhan = ("Orxan Mirzəyev", "orkhan.mirzayev@sumgait-petrochem.example")
    tamerlan = ("Tamerlan Hüseynli", "tamerlan.huseynli@sumgait-petrochem.example")
    role = "Project Engineer (Polymer Plant Expansion)"
    summary = f"Texniki müsahibə — {role} — Leyla Məmmədova"
    meet = meet_code("c23")
    desc = (f"Hörmətli Leyla xanım,\n\nTexniki müsahibəni Orxan Mirzəyev (aparıcı layihə mühəndisi) və Tamerlan "
            f"Hüseynli (tikinti meneceri) aparacaqlar. Mən görüşü yalnız təşkil edirəm və qoşulmayacağam.\n\n"
            f"Lalə Cəfərova, HR koordinator\nSumqayıt Petrokimya Layihələri")
    uid = f"{b62('gu', 'c23', n=26).lower()}@google.com"
    ics = vcal([vevent(uid, s, e, summary, lala,
                       [(lala[0], lala[1], "ACCEPTED"), (orkhan[0], orkhan[1], "ACCEPTED"),
                        (tamerlan[0], tamerlan[1], "NEEDS-ACTION"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                       tzid=None, description=desc, style="google",
                       extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"])],
               "REQUEST", GOOGLE_PRODID)
    items = [("01-google-invitation-texniki-musahibe.eml",
              google_invite("c23", lala, "Invitation", summary, s, e, "GMT+4", d1, desc,
                            [lala, orkhan, tamerlan, ME], ics, meet=meet))]
    lab = label([iv("Sumqayıt Petrokimya Layihələri", role, s, e, "technical", [orkhan[1], tamerlan[1]],
                    [orkhan[1], tamerlan[1]])], "medium", "positive/google-invite-utc",
                "Google invitation whose .ics carries UTC times (DTSTART:20261027T063000Z) while the body says "
                "10:30am (GMT+4). Two interviewers; the HR coordinator organises but does not join.")
    return "sumgait-google-invite-utc", items, lab


# =========================================================================== writer
TZ_POINTS = [
    (1, "'Sabah saat 11:00-da' resolved against Date Mon 5 Oct 17:40 +0400 -> Tue 6 Oct 11:00 +04:00."),
    (3, "Exchange invites with Windows TZID 'Azerbaijan Standard Time' and '(UTC+04:00) Baku' labels."),
    (4, "Negative; English-test deadline 23:59 UK time (BST, +01:00) on 13 Oct = 02:59 Baku on 14 Oct."),
    (6, "Russian Exchange invite/cancel, TZID 'Azerbaijan Standard Time', '(UTC+04:00) Баку'."),
    (7, "Tbilisi (Asia/Tbilisi, +04:00, same as Baku) thread and Google invite with TZID Asia/Tbilisi."),
    (8, "Workday mail with Date in UTC (+0000); .ics in Asia/Baku; bus 07:30 and briefing 09:00 are not the 10:00 interview."),
    (9, "London invite across the 25 Oct UK change: sent Fri 23 Oct +0100 (BST) for Tue 3 Nov 10:00 'GMT Standard Time' "
        "= 10:00+00:00 = 14:00 Baku (not 13:00)."),
    (10, "In-person loop in Baku, invites in 'Turkey Standard Time' (UTC+03:00): 09:00-11:30 Istanbul = 10:00-12:30 Baku."),
    (16, "Negative; scam mail Date in UTC with 'завтра в 12:00 по бакинскому времени'."),
    (19, "SuccessFactors Date in UTC, DD/MM date 04/11/2026, .ics in UTC (07:00Z = 11:00 Baku); Calendar API event +04:00."),
    (20, "'Tomorrow at 2 pm Istanbul time' in a mail dated +0300 -> Thu 15 Oct 14:00+03:00 = 15:00 Baku; replies mix +0300/+0400."),
    (23, "Google invite .ics in UTC (DTSTART:20261027T063000Z) = 10:30 Baku."),
]


def main():
    for p in sorted(OUT.glob("b301-*")):
        shutil.rmtree(p)
    labels, formats = {}, set()
    for n, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        cid = f"b301-{n:02d}-{slug}"
        d = OUT / cid
        d.mkdir()
        for i, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{i:02d}-") and name.endswith((".eml", ".ics", ".gcal.json")), name
            formats.add(name.split(".", 1)[1])
            (d / name).write_bytes(data)
        labels[cid] = lab
    head = "# Labels for blind301 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    pos = [c for c, l in labels.items() if l["interview"]]
    ivs = [i for l in labels.values() for i in l["interviews"]]
    by_status = {s: sum(i["status"] == s for i in ivs) for s in ("scheduled", "cancelled")}
    by_kind = {k: sum(i["kind"] == k for i in ivs) for k in ("phone_screen", "technical", "onsite", "hiring_manager", "other")}
    lines = [
        "# blind301: Baku oil & gas job search in Azerbaijani, Russian and English (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, an oil and gas project engineer living in Baku (Asia/Baku, UTC+4, no DST).",
        "",
        "This set was written blind: only the eval README and two or three dev files were read to check formats; "
        "no tool code, tests or other sets were looked at.",
        "",
        "## What it stresses",
        "- Azerbaijani (Latin script) and Russian mail next to English: 'müsahibə', 'sabah saat 11:00-da', "
        "'14 oktyabr, çərşənbə', 'собеседование', 'в четверг, 5 ноября'.",
        "- Baku (+04) vs Tbilisi (+04, same clock), Istanbul (+03) and London across the 25 Oct 2026 UK change.",
        "- Energy-industry traps: terminal site visit with a 07:30 bus and a safety briefing before the 10:00 interview; "
        "HSE induction after an offer; conference talk with a TV interview; UK visa appointment mentioning a "
        "'credibility interview'; intern interview where the owner is the interviewer; Telegram fee scam.",
        "- Reschedule in Azerbaijani ('müsahibəni cümə gününə keçirə bilərikmi?') with SEQUENCE:1; cancellation in "
        "Russian with METHOD:CANCEL; propose/confirm thread; onsite loop as three invites; two interviews in one case.",
        "- Vendors: boss.az and hellojob.az relays, Workday, SAP SuccessFactors, Microsoft Teams/Exchange, Zoom, "
        "Google Calendar (invites and a Calendar API event).",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)} — by status: " + ", ".join(f"{k} {v}" for k, v in by_status.items()),
        "- By kind: " + ", ".join(f"{k} {v}" for k, v in by_kind.items()),
        "",
        "## Formats",
        "- `.eml`: plain text and HTML, quoted-printable, base64 and 8bit bodies; Google Calendar invitations "
        "(multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and invite.ics); Exchange/Teams "
        "invites (multipart/alternative, Windows TZIDs, X-MICROSOFT-CDO-*, '(UTC+04:00) Baku' labels) including "
        "METHOD:CANCEL; Workday, SuccessFactors, visa-centre and hellojob.az mails with .ics attachments; threads "
        "with In-Reply-To/References.",
        "- `.ics`: one standalone file (case 11).",
        "- `.gcal.json`: one Calendar API v3 event (case 19).",
        "",
        "## Time-zone / DST points",
    ] + [f"- Case {n:02d}: {t}" for n, t in TZ_POINTS] + [
        "",
        "Regenerate with `python make_cases.py` (deterministic; deletes and rewrites every b301-* folder).",
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(labels)} cases, {len(pos)} positive, {len(ivs)} interviews; formats: {sorted(formats)}")


if __name__ == "__main__":
    main()
