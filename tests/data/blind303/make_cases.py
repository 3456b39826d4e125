#!/usr/bin/env python3
"""Generate the blind303 evaluation set (Tehran / Iranian diaspora, Persian + English mail).

Standard library + PyYAML + zoneinfo only. Deletes and rewrites every b303-* case folder,
labels.yaml and README.md next to this script. Output is byte-identical on every run: every
date is fixed, and Message-IDs, UIDs and MIME boundaries are derived from hashes of SEED.
"""
import base64
import datetime as dt
import hashlib
import json
import quopri
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind303-tehran-diaspora-v1"
PREFIX = "b303"
OWNER = "reza.karimi@example.com"
OWNER_NAME = "Reza Karimi"
OWNER_FA = "رضا کریمی"

UTC = dt.timezone.utc
TEH = "Asia/Tehran"
DXB = "Asia/Dubai"
TOR = "America/Toronto"
BER = "Europe/Berlin"

# --------------------------------------------------------------------------------------------
# deterministic ids
# --------------------------------------------------------------------------------------------

def hx(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def b32id(*parts, n=26):
    raw = hashlib.sha256("|".join((SEED, "b32") + tuple(map(str, parts))).encode()).digest()
    return base64.b32encode(raw).decode().lower().rstrip("=")[:n]


def meet_code(*parts):
    s = "".join(c for c in b32id("meet", *parts, n=40) if c.isalpha())
    return f"{s[0:3]}-{s[3:7]}-{s[7:10]}"


def digits(*parts, n=10):
    return str(int(hx("digits", *parts, n=24), 16))[:n]


def ip(*parts):
    v = int(hx("ip", *parts, n=8), 16)
    net = ["192.0.2", "198.51.100", "203.0.113"][v % 3]
    return f"{net}.{(v >> 8) % 250 + 2}"


# --------------------------------------------------------------------------------------------
# time helpers (every date asserted with zoneinfo)
# --------------------------------------------------------------------------------------------

def T(y, m, d, H, M, tz, wd, off, S=0):
    """Aware datetime; asserts the English weekday abbreviation and the UTC offset (+HH:MM)."""
    x = dt.datetime(y, m, d, H, M, S, tzinfo=ZoneInfo(tz))
    assert x.strftime("%a") == wd, (x, x.strftime("%a"), wd)
    o = x.utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    got = f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    assert got == off, (x, got, off)
    return x


def D(y, m, d, wd):
    x = dt.date(y, m, d)
    assert x.strftime("%a") == wd, (x, wd)
    return x


def rfc(x):
    return format_datetime(x)


def iso(x):
    return x.isoformat()


def zutc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(x):
    return x.strftime("%Y%m%dT%H%M%S")


# Sanity checks on the zones the set relies on.
assert dt.datetime(2026, 7, 1, 12, tzinfo=ZoneInfo(TEH)).utcoffset() == dt.timedelta(hours=3, minutes=30)
assert dt.datetime(2026, 10, 20, 12, tzinfo=ZoneInfo(TEH)).utcoffset() == dt.timedelta(hours=3, minutes=30)
assert dt.datetime(2026, 11, 20, 12, tzinfo=ZoneInfo(DXB)).utcoffset() == dt.timedelta(hours=4)
assert dt.datetime(2026, 10, 24, 12, tzinfo=ZoneInfo(BER)).utcoffset() == dt.timedelta(hours=2)
assert dt.datetime(2026, 10, 25, 12, tzinfo=ZoneInfo(BER)).utcoffset() == dt.timedelta(hours=1)
assert dt.datetime(2026, 10, 31, 12, tzinfo=ZoneInfo(TOR)).utcoffset() == dt.timedelta(hours=-4)
assert dt.datetime(2026, 11, 1, 12, tzinfo=ZoneInfo(TOR)).utcoffset() == dt.timedelta(hours=-5)

# --------------------------------------------------------------------------------------------
# Persian / Solar Hijri helpers
# --------------------------------------------------------------------------------------------

FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
             "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_WEEKDAYS = {"Sat": "شنبه", "Sun": "یکشنبه", "Mon": "دوشنبه", "Tue": "سه‌شنبه",
               "Wed": "چهارشنبه", "Thu": "پنجشنبه", "Fri": "جمعه"}
NOWRUZ_1405 = dt.date(2026, 3, 21)  # 1 Farvardin 1405


def fa(s):
    return str(s).translate(FA_DIGITS)


def jalali(d):
    """Gregorian date -> (1405, month, day); valid for Solar Hijri year 1405 only."""
    if isinstance(d, dt.datetime):
        d = d.date()
    n = (d - NOWRUZ_1405).days
    assert 0 <= n < 365, d
    if n < 186:
        return 1405, n // 31 + 1, n % 31 + 1
    n -= 186
    return 1405, n // 30 + 7, n % 30 + 1


assert jalali(dt.date(2026, 9, 23)) == (1405, 7, 1)
assert jalali(dt.date(2026, 10, 14)) == (1405, 7, 22)   # "۲۲ مهر ۱۴۰۵"
assert jalali(dt.date(2026, 10, 23)) == (1405, 8, 1)
assert jalali(dt.date(2026, 11, 22)) == (1405, 9, 1)


def jd(d, weekday=True, year=True):
    """Persian Solar Hijri date string, e.g. 'چهارشنبه ۲۲ مهر ۱۴۰۵'."""
    y, m, dd = jalali(d)
    s = f"{fa(dd)} {FA_MONTHS[m - 1]}"
    if year:
        s += f" {fa(y)}"
    if weekday:
        s = FA_WEEKDAYS[d.strftime("%a")] + " " + s
    return s


def hm_fa(x):
    return fa(x.strftime("%H:%M"))


# --------------------------------------------------------------------------------------------
# MIME helpers (LF line endings in .eml, CRLF inside iCalendar payloads)
# --------------------------------------------------------------------------------------------

def hdr(value, name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def addrs(*pairs):
    return ", ".join(addr(n, e) for n, e in pairs)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(data):
    out = quopri.encodestring(data).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def leaf(ctype, text, cte="base64", extra=()):
    data = text.encode("utf-8") if isinstance(text, str) else text
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data.decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    return {"h": [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra), "b": body}


def plain(text, cte="base64"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


def html(text, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', text, cte)


def multi(subtype, parts, boundary):
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + render(p) + "\n"
    body += f"--{boundary}--\n"
    return {"h": [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], "b": body}


def render(ent):
    return "".join(f"{k}: {v}\n" for k, v in ent["h"]) + "\n" + ent["b"]


def bnd(style, *parts):
    if style == "google":
        return "0000000000" + hx("bnd", *parts, n=14)
    if style == "outlook":
        return "_000_" + hx("bnd", *parts, n=24).upper() + "_"
    return "----=_Part_" + digits("bnd", *parts, n=6) + "_" + digits("bnd2", *parts, n=9) + "." + digits("t", *parts, n=13)


def html_wrap(body_html, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    font = "Tahoma,Vazirmatn,Arial,sans-serif" if rtl else "Arial,Helvetica,sans-serif"
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body{d}><div style="font-family:{font};font-size:14px;line-height:1.7">{body_html}</div></body></html>\n')


def text_to_html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>\n") for p in esc.strip("\n").split("\n\n")]
    return "\n".join(f"<p>{p}</p>" for p in paras)


def email(case, n, *, frm, to, subject, date, body, cc=None, reply_to=None, in_reply_to=None,
          references=None, domain="example.com", sender=None, extra=(), msgid=None, relay=None):
    """Full RFC 5322 message as bytes. frm/to/cc are (name, email) pairs or lists of them."""
    if msgid is None:
        msgid = f"<{hx('mid', case, n, n=20)}@{domain}>"
    to_l = to if isinstance(to, list) else [to]
    lines = [("Delivered-To", OWNER)]
    relay = relay or f"mail.{domain}"
    lines.append(("Received", f"from {relay} ({relay} [{ip(case, n)}])\n"
                              f"        by mx.example.com with ESMTPS id {hx('rcv', case, n, n=12)}\n"
                              f"        for <{OWNER}>; {rfc(date)}"))
    lines.append(("Return-Path", f"<{(sender or frm)[1]}>"))
    lines.append(("MIME-Version", "1.0"))
    lines.append(("Date", rfc(date)))
    lines.append(("Message-ID", msgid))
    if in_reply_to:
        lines.append(("In-Reply-To", in_reply_to))
    if references:
        lines.append(("References", " ".join(references) if isinstance(references, list) else references))
    lines.append(("Subject", hdr(subject)))
    lines.append(("From", addr(*frm)))
    if sender:
        lines.append(("Sender", addr(*sender)))
    if reply_to:
        lines.append(("Reply-To", addr(*reply_to)))
    lines.append(("To", addrs(*to_l)))
    if cc:
        lines.append(("Cc", addrs(*(cc if isinstance(cc, list) else [cc]))))
    lines.extend(extra)
    msg = "".join(f"{k}: {v}\n" for k, v in lines) + render(body)
    return msg.encode("ascii"), msgid


# --------------------------------------------------------------------------------------------
# iCalendar helpers
# --------------------------------------------------------------------------------------------

def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def fold(line):
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics_join(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "Asia/Tehran": ["BEGIN:VTIMEZONE", "TZID:Asia/Tehran", "X-LIC-LOCATION:Asia/Tehran", "BEGIN:STANDARD",
                    "TZOFFSETFROM:+0330", "TZOFFSETTO:+0330", "TZNAME:+0330", "DTSTART:19700101T000000",
                    "END:STANDARD", "END:VTIMEZONE"],
    "Iran Standard Time": ["BEGIN:VTIMEZONE", "TZID:Iran Standard Time", "BEGIN:STANDARD",
                           "DTSTART:16010101T000000", "TZOFFSETFROM:+0330", "TZOFFSETTO:+0330",
                           "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Dubai": ["BEGIN:VTIMEZONE", "TZID:Asia/Dubai", "X-LIC-LOCATION:Asia/Dubai", "BEGIN:STANDARD",
                   "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04", "DTSTART:19700101T000000",
                   "END:STANDARD", "END:VTIMEZONE"],
    "Arabian Standard Time": ["BEGIN:VTIMEZONE", "TZID:Arabian Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400",
                              "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Berlin": ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                      "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                      "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "America/Toronto": ["BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
            f"CN={cn(name)}:mailto:{email}")


def vevent(*, uid, start, end, summary, organizer, attendees, stamp, seq=0, status="CONFIRMED",
           description=None, location=None, tzid=None, utc=False, extra=(), lang=None, alarm=True):
    L = ["BEGIN:VEVENT"]
    if utc:
        L += [f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    L.append(f"DTSTAMP:{zutc(stamp)}")
    L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        L.append(attendee(*a))
    L.append(f"CREATED:{zutc(stamp)}")
    if description is not None:
        L.append(("DESCRIPTION;LANGUAGE=" + lang if lang else "DESCRIPTION") + ":" + ics_text(description))
    L.append(f"LAST-MODIFIED:{zutc(stamp)}")
    L.append("LOCATION:" + ics_text(location or ""))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append(("SUMMARY;LANGUAGE=" + lang if lang else "SUMMARY") + ":" + ics_text(summary))
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    if alarm and status != "CANCELLED":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-P0DT0H15M0S", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vcalendar(prodid, method, tzids, events):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzids:
        L += VTZ[t]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ics_join(L)


def ics_attachment(ics, filename="invite.ics", method="REQUEST"):
    return leaf(f'application/ics; name="{filename}"', ics, "base64",
                extra=[("Content-Disposition", f'attachment; filename="{filename}"')])


def ics_inline(ics, method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64")


# --------------------------------------------------------------------------------------------
# Google Calendar invitation
# --------------------------------------------------------------------------------------------

def gtime(x):
    h = x.hour % 12 or 12
    s = f"{h}" + (f":{x.minute:02d}" if x.minute else "")
    return s + ("am" if x.hour < 12 else "pm")


def gcal_invite(case, n, *, organizer, guests, start, end, title, description, sent, uid, tzlabel,
                tzlong, seq=0, updated=False, location="", meet=True):
    """Google Calendar invitation e-mail (multipart/mixed + invite.ics). guests: (name, email, partstat)."""
    code = meet_code(case, uid)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when_subj = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzlabel})"
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {title} @ {when_subj} ({OWNER})"
    when_long = f"{start.strftime('%A %b')} {start.day}, {start.year} ⋅ {gtime(start)} – {gtime(end)}"
    guest_lines = []
    for g in guests:
        if g[1] == organizer[1]:
            guest_lines += [f"{g[0]} - organizer", g[1]]
        elif g[1] == OWNER:
            guest_lines += [g[1]]
        else:
            guest_lines += [g[0], g[1]]
    head = "This event has been updated\nChanged: time\n\n" if updated else ""
    txt = head + f"{title}\n{when_long}\n{tzlong}\n\n"
    if location:
        txt += f"Location\n{location}\n\n"
    if meet:
        txt += (f"Join with Google Meet\nhttps://meet.google.com/{code}\n\nJoin by phone\n(IR) +98 21 9100 "
                f"{digits('tel', case, n, n=4)}\nPIN: {digits('pin', case, n, n=9)}\n\n")
    txt += f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n" + "\n".join(guest_lines)
    txt += f"\nView all guest info {view}\n\n{description}\n\n"
    txt += (f"Reply for {OWNER} and view more details {view}\n\n\n~~//~~\nInvitation from Google Calendar: "
            "https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee "
            "on the event.\n\nForwarding this invitation could allow any recipient to send a response to the "
            "organizer, be added to the guest list, invite others regardless of their own invitation status, "
            "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    rtl = any("\u0600" <= c <= "\u06ff" for c in title)
    h = [f"<p>{'<b>This event has been updated</b><br>Changed: time</p><p>' if updated else ''}"
         f"<span dir=\"auto\">{title}</span><br>{when_long}<br>{tzlong}</p>"]
    if location:
        h.append(f"<p>Location<br><span dir=\"auto\">{location}</span></p>")
    if meet:
        h.append(f'<p>Join with Google Meet<br><a href="https://meet.google.com/{code}">'
                 f"https://meet.google.com/{code}</a></p>")
    h.append(f"<p>Organizer<br>{organizer[0]}<br>{organizer[1]}</p>")
    h.append("<p>Guests<br>" + "<br>".join(guest_lines) + "</p>")
    h.append(f'<div dir="auto">{text_to_html(description)}</div>')
    h.append(f'<p>Reply for {OWNER} and <a href="{view}">view more details</a></p>'
             '<p>~~//~~<br>Invitation from Google Calendar: <a href="https://calendar.google.com/calendar/">'
             "https://calendar.google.com/calendar/</a></p><p>You are receiving this email because you are an "
             "attendee on the event.</p>")
    html_body = html_wrap("\n".join(h))
    desc_ics = description + ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                              f"Join with Google Meet: https://meet.google.com/{code}\n\nPlease do not edit this "
                              "section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
                              if meet else "")
    extra = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"] if meet else []
    ev = vevent(uid=uid, start=start, end=end, summary=title, organizer=organizer,
                attendees=[(g[0], g[1], g[2]) for g in guests], stamp=sent, seq=seq,
                description=desc_ics, location=location, utc=True, extra=extra)
    ics = vcalendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [], [ev])
    alt = multi("alternative", [plain(txt, "base64"), html(html_body, "quoted-printable"),
                                ics_inline(ics)], bnd("google", case, n, "alt"))
    body = multi("mixed", [alt, ics_attachment(ics)], bnd("google", case, n, "mixed"))
    sent_utc = sent.astimezone(UTC)
    msgid = f"<calendar-{hx('gcal', case, n, n=8)}-{hx('g2', case, n, n=4)}-{hx('g3', case, n, n=4)}-" \
            f"{hx('g4', case, n, n=4)}-{hx('g5', case, n, n=12)}@google.com>"
    return email(case, n, frm=organizer, to=(None, OWNER), subject=subject, date=sent_utc, body=body,
                 reply_to=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
                 msgid=msgid, relay="mail-sor-f41.google.com", domain="google.com")[0]


# --------------------------------------------------------------------------------------------
# Exchange / Outlook / Teams meeting request
# --------------------------------------------------------------------------------------------

def exchange_invite(case, n, *, organizer, required, start, end, subject, text, sent, win_tz, when_label,
                    location, teams=False, seq=0, lang="en-US", rtl=False, optional=()):
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("exuid", case, n, n=40).upper()
    when = (f"When: {start.strftime('%A, %B')} {start.day}, {start.year} "
            f"{start.strftime('%I:%M %p').lstrip('0')}-{end.strftime('%I:%M %p').lstrip('0')} {when_label}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    teams_txt = ""
    if teams:
        tid = digits("teams", case, n, n=12)
        teams_txt = ("\n\n________________________________________________________________________________\n"
                     "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                     f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                     f"{b32id('tm', case, n, n=30)}%40thread.v2/0>\nMeeting ID: {tid[:3]} {tid[3:6]} {tid[6:9]} "
                     f"{tid[9:]}\nPasscode: {b32id('pc', case, n, n=6)}\n"
                     "________________________________________________________________________________\n")
    body_txt = when + text + teams_txt
    d = ' dir="rtl"' if rtl else ""
    body_html = html_wrap(f"<div>{text_to_html(when)}</div><div{d}>{text_to_html(text)}</div>"
                          + (f"<div>{text_to_html(teams_txt)}</div>" if teams else ""))
    atts = [(nm, em, "NEEDS-ACTION") for nm, em in required]
    ev = vevent(uid=uid, start=start, end=end, summary=subject, organizer=organizer, attendees=atts,
                stamp=sent, seq=seq, description=body_txt, location=location, tzid=win_tz, lang=lang,
                extra=["CLASS:PUBLIC", "PRIORITY:5",
                       f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                       f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits('own', case, n, n=9))}",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
                       "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"])
    ics = vcalendar("Microsoft Exchange Server 2010", "REQUEST", [win_tz], [ev])
    alt = multi("alternative", [plain(body_txt, "quoted-printable"), html(body_html, "quoted-printable"),
                                ics_inline(ics)], bnd("outlook", case, n))
    dom = organizer[1].split("@")[1]
    tindex = base64.b64encode(bytes.fromhex(hx("tidx", case, n, n=44))).decode()
    extra = [("Thread-Topic", hdr(subject, "Thread-Topic")), ("Thread-Index", tindex),
             ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-SCL", "-1")]
    to = [(OWNER_NAME, OWNER)] + [r for r in required if r[1] != OWNER]
    msgid = f"<{hx('exmid', case, n, n=32).upper()}@{dom.split('.')[0].upper()}-EX01.{dom}>"
    return email(case, n, frm=organizer, to=to, subject=subject, date=sent, body=alt, extra=extra,
                 msgid=msgid, domain=dom, relay=f"mail-eur.{dom}")[0]


# --------------------------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------------------------

CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# ============================================================================================
# People and companies (all invented; .example domains)
# ============================================================================================

ME = (OWNER_NAME, OWNER)
ME_FA = (OWNER_FA, OWNER)

RAAHYAB = "raahyab.example"
MARYAM = ("مریم احمدی", "maryam.ahmadi@" + RAAHYAB)
BEHNAM = ("بهنام صادقی", "behnam.sadeghi@" + RAAHYAB)

BAZ = "bazaarchin.example"
NEDA = ("Neda Farahani", "neda.farahani@" + BAZ)
SINA = ("سینا رستمی", "sina.rostami@" + BAZ)
KAVEH = ("Kaveh Tehrani", "kaveh.tehrani@" + BAZ)

BANK = "armannovinbank.example"
FARZANEH = ("فرزانه رحیمی", "f.rahimi@" + BANK)
HAMID = ("حمید نوری", "h.nouri@" + BANK)
SHIRIN = ("شیرین باقری", "sh.bagheri@" + BANK)
MAHMOUD = ("محمود عزیزی", "m.azizi@" + BANK)

FALCON = "falconledger.example"
HUDA = ("Huda Al Mansoori", "huda.almansoori@" + FALCON)
OMAR = ("Omar Haddad", "omar.haddad@" + FALCON)
RANIA = ("Rania Saleh", "rania.saleh@" + FALCON)

MAPLE = "maplewire.example"
ARASH = ("Arash Mehrabi", "arash@" + MAPLE)
CHLOE = ("Chloe Tremblay", "chloe.tremblay@" + MAPLE)
JESS = ("Jess Nguyen", "jess.nguyen@" + MAPLE)

KETTE = "kettenwerk.example"
LENA = ("Lena Hoffmann", "lena.hoffmann@" + KETTE)
JONAS = ("Jonas Weber", "jonas.weber@" + KETTE)
AYLIN = ("Aylin Demir", "aylin.demir@" + KETTE)

JOBINO = "mail.jobino.example"


# ============================================================================================
# Cases
# ============================================================================================

@case("raahyab-hr-call-persian-body")
def c_raahyab_hr(cid):
    sent = T(2026, 10, 10, 10, 12, TEH, "Sat", "+03:30", 40)
    st = T(2026, 10, 12, 11, 0, TEH, "Mon", "+03:30")
    en = T(2026, 10, 12, 11, 30, TEH, "Mon", "+03:30")
    text = f"""سلام آقای کریمی،
وقت بخیر.

از اینکه رزومه‌ی خود را برای موقعیت «توسعه‌دهنده ارشد بک‌اند (Go)» به رهیاب ارسال کردید سپاسگزاریم. رزومه‌ی شما در تیم فنی بررسی شد و مایلیم یک گفت‌وگوی اولیه با شما داشته باشیم.

از شما دعوت می‌کنیم در یک تماس تلفنی کوتاه با واحد منابع انسانی شرکت کنید:

  تاریخ: {jd(st)} ({st.day} October {st.year})
  ساعت: {hm_fa(st)} تا {hm_fa(en)} به وقت تهران
  نحوه برگزاری: تماس تلفنی؛ با همان شماره‌ای که در رزومه نوشته‌اید ({fa('0912 304 5518')}) تماس می‌گیرم.

در این تماس درباره‌ی سوابق کاری، انتظار حقوقی و زمان شروع همکاری صحبت می‌کنیم. اگر این زمان برایتان مناسب نیست، لطفاً در پاسخ همین ایمیل دو زمان جایگزین پیشنهاد دهید.

با احترام
مریم احمدی
کارشناس جذب و استخدام | رهیاب
تلفن: {fa('021-91002040')} داخلی {fa(214)}
"""
    msg, _ = email(cid, 1, frm=MARYAM, to=ME_FA, subject="دعوت به تماس تلفنی — موقعیت توسعه‌دهنده ارشد بک‌اند | رهیاب",
                   date=sent, body=plain(text, "base64"), domain=RAAHYAB)
    lab = label([iv("Raahyab", "Senior Backend Developer (Go)", st, en, "scheduled", [MARYAM[1]], [MARYAM[1]],
                    "phone_screen")], "easy", "positive/email-body-only-persian",
                "Persian plain-text (base64) HR invitation; Solar Hijri date with weekday plus Gregorian day, "
                "Persian digits; the HR recruiter places the call herself, so she is the interviewer.")
    return [("01-raahyab-hr-call.eml", msg)], lab, []


@case("raahyab-techlead-reschedule-persian")
def c_raahyab_tech(cid):
    uid = f"{b32id('uid', cid)}@google.com"
    s1 = T(2026, 10, 14, 11, 5, TEH, "Wed", "+03:30", 21)
    st0 = T(2026, 10, 21, 14, 0, TEH, "Wed", "+03:30")
    en0 = T(2026, 10, 21, 15, 0, TEH, "Wed", "+03:30")
    title = "رهیاب | مصاحبه فنی — رضا کریمی"
    desc = ("مصاحبه فنی با بهنام صادقی، مدیر تیم بک‌اند سفرها.\n"
            "حدود یک ساعت: مرور یکی از پروژه‌های قبلی شما، طراحی سرویس تخصیص راننده و چند سؤال درباره‌ی Go و PostgreSQL.\n"
            "لطفاً چند دقیقه زودتر وارد لینک شوید.")
    guests = [(BEHNAM[0], BEHNAM[1], "ACCEPTED"), (OWNER_FA, OWNER, "NEEDS-ACTION")]
    m1 = gcal_invite(cid, 1, organizer=BEHNAM, guests=guests, start=st0, end=en0, title=title, description=desc,
                     sent=s1, uid=uid, tzlabel="GMT+03:30", tzlong="Iran Time - Tehran")
    s2 = T(2026, 10, 18, 16, 20, TEH, "Sun", "+03:30", 3)
    st = T(2026, 10, 22, 15, 30, TEH, "Thu", "+03:30")
    en = T(2026, 10, 22, 16, 30, TEH, "Thu", "+03:30")
    t2 = f"""سلام رضا جان،
وقت بخیر. ببخشید که دیر خبر می‌دهم؛ برای {FA_WEEKDAYS['Wed']} {jd(st0, weekday=False, year=False)} ساعت {hm_fa(st0)} جلسه‌ی برنامه‌ریزی فصلی کل تیم را گذاشته‌اند و نمی‌توانم در مصاحبه باشم.

آیا امکان دارد مصاحبه را به پنجشنبه منتقل کنیم؟ پنجشنبه {jd(st, weekday=False, year=False)} از ساعت {hm_fa(st)} تا {hm_fa(en)} وقتم کاملاً آزاد است. اگر موافق باشید، دعوت‌نامه‌ی تقویم را به‌روز می‌کنم و لینک همان قبلی می‌ماند.

ممنون از همراهی‌تان
بهنام صادقی
مدیر تیم بک‌اند سفرها — رهیاب
"""
    m2, id2 = email(cid, 2, frm=BEHNAM, to=ME_FA, subject="جابه‌جایی زمان مصاحبه فنی",
                    date=s2, body=plain(t2, "quoted-printable"), domain=RAAHYAB)
    s3 = T(2026, 10, 18, 17, 2, TEH, "Sun", "+03:30", 48)
    t3 = f"""سلام آقای صادقی،
خواهش می‌کنم، مشکلی نیست. پنجشنبه ساعت {hm_fa(st)} برای من هم مناسب است.
منتظر دعوت‌نامه‌ی جدید هستم.

با احترام
رضا کریمی

> آیا امکان دارد مصاحبه را به پنجشنبه منتقل کنیم؟ پنجشنبه {jd(st, weekday=False, year=False)} از ساعت {hm_fa(st)} تا {hm_fa(en)} وقتم کاملاً آزاد است.
"""
    m3, id3 = email(cid, 3, frm=ME_FA, to=BEHNAM, subject="Re: جابه‌جایی زمان مصاحبه فنی", date=s3,
                    body=plain(t3, "base64"), in_reply_to=id2, references=[id2], domain="example.com")
    s4 = T(2026, 10, 18, 17, 41, TEH, "Sun", "+03:30", 9)
    m4 = gcal_invite(cid, 4, organizer=BEHNAM, guests=guests, start=st, end=en, title=title, description=desc,
                     sent=s4, uid=uid, seq=1, updated=True, tzlabel="GMT+03:30", tzlong="Iran Time - Tehran")
    lab = label([iv("Raahyab", None, st, en, "scheduled", [BEHNAM[1]], [BEHNAM[1]], "technical")],
                "hard", "positive/reschedule-persian",
                "Google invite for Wed 21 Oct 14:00, then a Persian mail asking to move to Thursday "
                "('آیا امکان دارد مصاحبه را به پنجشنبه منتقل کنیم؟'), owner agrees, updated invite with the same UID "
                "and SEQUENCE:1. Final time Thu 22 Oct 15:30-16:30 +03:30. Role never stated in this mailbox.")
    return [("01-invitation-technical.eml", m1), ("02-behnam-move-to-thursday.eml", m2),
            ("03-reply-thursday-ok.eml", m3), ("04-updated-invitation.eml", m4)], lab, \
        ["Google invites carry DTSTART in UTC (10:30Z / 12:00Z) for a +03:30 meeting"]


@case("vitrin-take-home-deadline")
def c_vitrin_takehome(cid):
    dom = "vitrinmarket.example"
    elham = ("الهام زارعی", "elham.zarei@" + dom)
    sent = T(2026, 10, 18, 11, 47, TEH, "Sun", "+03:30", 30)
    dl_day = D(2026, 10, 24, "Sat")
    dl = T(2026, 10, 24, 23, 59, TEH, "Sat", "+03:30")
    text = f"""سلام رضا،
ممنون از گفت‌وگوی خوب دیروز. همان‌طور که صحبت کردیم، مرحله‌ی بعدی فرایند استخدام ویترین مارکت یک تمرین عملی (take-home) است.

• شرح تمرین: یک سرویس ساده‌ی سبد خرید با Go یا Python بنویسید (API افزودن/حذف کالا، محاسبه‌ی تخفیف) و برای منطق اصلی تست بنویسید. فایل PDF شرح کامل پیوست است.
• مهلت ارسال: {jd(dl_day)} ({dl_day.day} Oct {dl_day.year})، ساعت {hm_fa(dl)} به وقت تهران
• نحوه‌ی ارسال: لینک مخزن خصوصی گیت را در پاسخ همین ایمیل بفرستید و به {elham[1]} دسترسی بدهید.

حدود چهار ساعت برای این تمرین کافی است و لازم نیست همه‌چیز بی‌نقص باشد؛ خوانایی کد و تست‌ها برای ما مهم‌تر است.
بعد از بررسی تمرین، اگر نتیجه مثبت باشد، برای مصاحبه‌ی فنی با تیم هماهنگ می‌کنیم.

یک یادآور تقویم هم برای مهلت ارسال پیوست کرده‌ام.

موفق باشید
الهام زارعی
جذب استعداد — ویترین مارکت
"""
    ev = vevent(uid=f"takehome-{hx('u', cid, n=12)}@vitrinmarket.example", start=T(2026, 10, 24, 23, 0, TEH, "Sat", "+03:30"),
                end=dl, summary="مهلت ارسال تمرین عملی ویترین مارکت (Take-home deadline)", organizer=elham,
                attendees=[(OWNER_FA, OWNER, "NEEDS-ACTION")], stamp=sent, tzid=TEH,
                description="یادآور: لینک مخزن گیت را قبل از ساعت ۲۳:۵۹ ارسال کنید.", location="")
    ics = vcalendar("-//Vitrin Market//Recruiting//FA", "REQUEST", [TEH], [ev])
    pdf = b"%PDF-1.4\n% take-home brief placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    body = multi("mixed", [
        multi("alternative", [plain(text, "quoted-printable"), html(html_wrap(text_to_html(text), rtl=True), "base64")],
              bnd("part", cid, "alt")),
        leaf('application/pdf; name="vitrin-takehome-backend.pdf"', pdf, "base64",
             extra=[("Content-Disposition", 'attachment; filename="vitrin-takehome-backend.pdf"')]),
        ics_attachment(ics, "deadline.ics"),
    ], bnd("part", cid, "mixed"))
    msg, _ = email(cid, 1, frm=elham, to=ME_FA, subject="Vitrin Market | تمرین عملی (Take-home) — موقعیت Backend",
                   date=sent, body=body, domain=dom)
    lab = label([], "medium", "negative/take-home-deadline",
                "Take-home assignment with a deadline and an attached calendar reminder (.ics); the technical "
                "interview is only promised after review. Not a live conversation.")
    return [("01-vitrin-take-home.eml", msg)], lab, []


@case("bazaarchin-live-coding-farda")
def c_baz_live(cid):
    sent = T(2026, 10, 13, 17, 40, TEH, "Tue", "+03:30", 12)
    st = T(2026, 10, 14, 14, 0, TEH, "Wed", "+03:30")
    en = T(2026, 10, 14, 15, 30, TEH, "Wed", "+03:30")
    old = D(2026, 10, 11, "Sun")
    code = meet_code(cid)
    text = f"""سلام آقای کریمی،
عصر بخیر.

طبق هماهنگی تلفنی امروز، جلسه‌ی کدنویسی زنده (Live Coding) برای موقعیت «مهندس نرم‌افزار بک‌اند — تیم جست‌وجو» فردا ساعت {fa(14)} برگزار می‌شود. جلسه حدود {fa(90)} دقیقه طول می‌کشد.

مصاحبه‌کننده: سینا رستمی، مهندس ارشد تیم جست‌وجو ({SINA[1]})
لینک جلسه: https://meet.google.com/{code}
محیط کدنویسی: CoderPad؛ سینا لینک آن را اول جلسه در چت می‌فرستد.

چند نکته:
- زبان برنامه‌نویسی را خودتان انتخاب کنید (Go، Java یا Python).
- از پایدار بودن اینترنت مطمئن شوید؛ اگر اتصال قطع شد، سینا با شماره‌ی همراه شما تماس می‌گیرد.
- تمرینی که {jd(old, weekday=False, year=False)} فرستاده بودید در این جلسه بررسی نمی‌شود.

با آرزوی موفقیت
ندا فرهانی
منابع انسانی بازارچین
"""
    body = multi("alternative", [plain(text, "quoted-printable"), html(html_wrap(text_to_html(text), rtl=True), "base64")],
                 bnd("part", cid))
    msg, _ = email(cid, 1, frm=("ندا فرهانی", NEDA[1]), to=ME_FA, cc=SINA,
                   subject="هماهنگی جلسه کدنویسی زنده | بازارچین", date=sent, body=body, domain=BAZ)
    lab = label([iv("Bazaarchin", "Backend Software Engineer (Search)", st, en, "scheduled", [SINA[1]], [SINA[1]],
                    "technical")], "hard", "positive/relative-date-persian",
                "Time exists only in the body: 'فردا ساعت ۱۴' (tomorrow at 14, Persian digits) resolved against "
                "Date: Tue 13 Oct 2026 +0330 -> Wed 14 Oct 14:00, 90 minutes. The Solar Hijri date in the body "
                "(19 Mehr = 11 Oct) is a past take-home, a distractor.")
    return [("01-live-coding-tomorrow.eml", msg)], lab, []


@case("bazaarchin-cto-culture-fit-thread")
def c_baz_cto(cid):
    s1 = T(2026, 10, 17, 9, 30, TEH, "Sat", "+03:30", 55)
    a = T(2026, 10, 25, 11, 0, TEH, "Sun", "+03:30")
    st = T(2026, 10, 26, 16, 0, TEH, "Mon", "+03:30")
    en = T(2026, 10, 26, 16, 45, TEH, "Mon", "+03:30")
    t1 = f"""Hi Reza,

Sina shared really positive feedback from Wednesday's live coding session, so congratulations are in order!

The next step is a culture-fit conversation with Kaveh Tehrani, our CTO. It's informal, about 45 minutes, and mostly about how you like to work: ownership, code review, how you handle incidents, and how our squads collaborate. Kaveh prefers Skype for these calls.

Could you do one of these?
  • Sunday 25 Oct ({jd(a, weekday=False)}) at 11:00 Tehran time
  • Monday 26 Oct ({jd(st, weekday=False)}) at 16:00 Tehran time

اگر هیچ‌کدام مناسب نیست، لطفاً دو زمان دیگر پیشنهاد بدهید.

Best,
Neda Farahani
Talent Acquisition | Bazaarchin
"""
    m1, id1 = email(cid, 1, frm=NEDA, to=ME, subject="Bazaarchin: culture-fit conversation with our CTO",
                    date=s1, body=plain(t1, "7bit" if t1.isascii() else "quoted-printable"), domain=BAZ)
    s2 = T(2026, 10, 17, 12, 10, TEH, "Sat", "+03:30", 4)
    t2 = """Hi Neda,

Thank you, that's great to hear! Monday the 26th at 16:00 suits me better, since I already have something on Sunday morning.
My Skype ID is live:reza.karimi.dev in case Kaveh needs it.

Best regards,
Reza

On Sat, Oct 17, 2026 at 9:30 AM Neda Farahani <neda.farahani@bazaarchin.example> wrote:
> Could you do one of these?
>   • Sunday 25 Oct at 11:00 Tehran time
>   • Monday 26 Oct at 16:00 Tehran time
"""
    m2, id2 = email(cid, 2, frm=ME, to=NEDA, subject="Re: Bazaarchin: culture-fit conversation with our CTO",
                    date=s2, body=plain(t2, "quoted-printable"), in_reply_to=id1, references=[id1])
    s3 = T(2026, 10, 18, 10, 5, TEH, "Sun", "+03:30", 37)
    t3 = f"""سلام رضا،

قطعی شد ✅
گفت‌وگوی آشنایی و تناسب فرهنگی با کاوه تهرانی (CTO):
{jd(st)}، ساعت {hm_fa(st)} تا {hm_fa(en)} به وقت تهران، از طریق Skype

کاوه از حساب live:kaveh.tehrani با شما تماس می‌گیرد. ایشان را در رونوشت گذاشتم تا اگر سؤالی داشتید مستقیم در ارتباط باشید.

موفق باشید
ندا
"""
    body3 = multi("alternative", [plain(t3, "base64"), html(html_wrap(text_to_html(t3), rtl=True), "quoted-printable")],
                  bnd("part", cid, 3))
    m3, _ = email(cid, 3, frm=NEDA, to=ME, cc=KAVEH, subject="Re: Bazaarchin: culture-fit conversation with our CTO",
                  date=s3, body=body3, in_reply_to=id2, references=[id1, id2], domain=BAZ)
    lab = label([iv("Bazaarchin", None, st, en, "scheduled", [KAVEH[1]], [KAVEH[1]], "hiring_manager")],
                "medium", "positive/thread-propose-confirm",
                "Recruiter proposes Sun 25 Oct 11:00 or Mon 26 Oct 16:00; owner picks Monday; recruiter confirms "
                "in Persian with the CTO in Cc (Skype). Culture-fit talk with the CTO is a process step.")
    return [("01-neda-two-slots.eml", m1), ("02-reply-monday.eml", m2), ("03-confirmed-skype.eml", m3)], lab, []


@case("police10-military-service-appointment")
def c_police(cid):
    dom = "nobat.police10.example"
    sent = T(2026, 10, 12, 8, 14, TEH, "Mon", "+03:30", 2)
    ap = T(2026, 10, 20, 9, 30, TEH, "Tue", "+03:30")
    text = f"""کاربر گرامی، جناب آقای رضا کریمی
نوبت شما با موفقیت ثبت شد.

نوع خدمت: درخواست المثنی کارت پایان خدمت و صدور گواهی وضعیت نظام وظیفه
محل مراجعه: دفتر خدمات الکترونیک انتظامی (پلیس+{fa(10)}) کد {fa(11437)} — تهران، خیابان شریعتی، بالاتر از پل صدر
تاریخ: {jd(ap)}
ساعت حضور: {hm_fa(ap)}
کد رهگیری: {fa(digits('trk', cid, n=10))}

مدارک لازم:
- اصل و تصویر کارت ملی و شناسنامه
- دو قطعه عکس {fa('3×4')} رنگی
- رسید پرداخت هزینه‌ی خدمات

توجه: حضور شخص متقاضی الزامی است و در صورت تأخیر بیش از {fa(15)} دقیقه نوبت لغو می‌شود. گواهی صادرشده را می‌توانید برای ارائه به کارفرما یا دریافت گذرنامه استفاده کنید.

این پیام به‌صورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.
"""
    body = multi("alternative", [plain(text, "quoted-printable"), html(html_wrap(text_to_html(text), rtl=True), "base64")],
                 bnd("part", cid))
    msg, _ = email(cid, 1, frm=("سامانه نوبت‌دهی پلیس+۱۰", "no-reply@" + dom), to=(None, OWNER),
                   subject="تأیید نوبت — درخواست المثنی کارت پایان خدمت", date=sent, body=body, domain=dom)
    lab = label([], "medium", "negative/government-appointment",
                "Military-service (نظام وظیفه) document appointment at a Police+10 office; dated and timed, "
                "mentions an employer, but it is not a job interview.")
    return [("01-police10-appointment.eml", msg)], lab, []


@case("armannovin-bank-onsite-three-invites")
def c_bank_onsite(cid):
    cover_sent = T(2026, 11, 2, 9, 40, TEH, "Mon", "+03:30", 18)
    s = [T(2026, 11, 8, 9, 0, TEH, "Sun", "+03:30"), T(2026, 11, 8, 10, 15, TEH, "Sun", "+03:30"),
         T(2026, 11, 8, 11, 30, TEH, "Sun", "+03:30")]
    e = [T(2026, 11, 8, 10, 0, TEH, "Sun", "+03:30"), T(2026, 11, 8, 11, 0, TEH, "Sun", "+03:30"),
         T(2026, 11, 8, 12, 15, TEH, "Sun", "+03:30")]
    day = s[0]
    cover = f"""جناب آقای مهندس رضا کریمی
با سلام و احترام

پیرو بررسی سوابق جنابعالی برای موقعیت «برنامه‌نویس ارشد جاوا — سامانه کربنکینگ»، از شما دعوت می‌کنیم روز {jd(day)} ({fa(day.day)} نوامبر {fa(day.year)}) برای مصاحبه‌ی حضوری به ساختمان مرکزی بانک مراجعه فرمایید.

برنامه‌ی جلسات:
  {hm_fa(s[0])} تا {hm_fa(e[0])}  مصاحبه‌ی فنی — آقای حمید نوری، مدیر توسعه‌ی کربنکینگ
  {hm_fa(s[1])} تا {hm_fa(e[1])}  امنیت اطلاعات و انطباق — خانم شیرین باقری
  {hm_fa(s[2])} تا {hm_fa(e[2])}  مصاحبه‌ی منابع انسانی — آقای محمود عزیزی

دعوت‌نامه‌ی هر جلسه جداگانه از طریق Outlook برایتان ارسال می‌شود.
نشانی: تهران، خیابان ملاصدرا، ساختمان مرکزی بانک آرمان نوین، طبقه‌ی ششم. لطفاً {fa(15)} دقیقه زودتر حضور داشته باشید و کارت ملی همراه داشته باشید.

با احترام
فرزانه رحیمی
اداره‌ی جذب و توسعه‌ی سرمایه انسانی
بانک آرمان نوین
"""
    body = multi("alternative", [plain(cover, "quoted-printable"), html(html_wrap(text_to_html(cover), rtl=True),
                                                                       "quoted-printable")], bnd("part", cid))
    m0, _ = email(cid, 1, frm=FARZANEH, to=ME_FA, subject="دعوت به مصاحبه حضوری — بانک آرمان نوین",
                  date=cover_sent, body=body, domain=BANK)
    items = [("01-invitation-onsite-schedule.eml", m0)]
    sessions = [
        ("مصاحبه فنی — تیم کربنکینگ (جلسه ۱ از ۳)", HAMID,
         "جلسه‌ی فنی با آقای حمید نوری: معماری سامانه‌ی کربنکینگ، Java/Spring و طراحی تراکنش‌ها.", "technical"),
        ("امنیت اطلاعات و انطباق (جلسه ۲ از ۳)", SHIRIN,
         "گفت‌وگو با خانم شیرین باقری درباره‌ی کدنویسی امن، الزامات بانک مرکزی و تجربه‌ی شما با ممیزی امنیتی.", "sec"),
        ("مصاحبه منابع انسانی (جلسه ۳ از ۳)", MAHMOUD,
         "مصاحبه‌ی منابع انسانی با آقای محمود عزیزی: سوابق کاری، انتظارات و شرایط همکاری.", "hr"),
    ]
    loc_fa = "ساختمان مرکزی بانک آرمان نوین، طبقه ششم، اتاق جلسات ۶۰۲"
    for i, (subj, who, txt, slug) in enumerate(sessions):
        sent = T(2026, 11, 2, 10, 2 + 3 * i, TEH, "Mon", "+03:30", 11 + i)
        m = exchange_invite(cid, 10 + i, organizer=FARZANEH, required=[who, ME_FA], start=s[i], end=e[i],
                            subject=subj, text=txt + "\n\nبا احترام\nفرزانه رحیمی", sent=sent,
                            win_tz="Iran Standard Time", when_label="(UTC+03:30) Tehran", location=loc_fa,
                            lang="fa-IR", rtl=True)
        items.append((f"0{i + 2}-outlook-invite-{slug}.eml", m))
    lab = label([iv("Bank Arman Novin", "Senior Java Developer (Core Banking)", s[0], e[2], "scheduled",
                    [HAMID[1], SHIRIN[1], MAHMOUD[1]], [HAMID[1], SHIRIN[1], MAHMOUD[1]], "onsite")],
                "hard", "positive/onsite-several-invites",
                "In-person loop at the bank HQ on Sun 8 Nov (17 Aban 1405): Persian cover mail plus three "
                "Exchange invites (TZID 'Iran Standard Time', '(UTC+03:30) Tehran'). One onsite 09:00-12:15 with "
                "all three interviewers; the coordinator only schedules.")
    return items, lab, ["Exchange Windows TZID 'Iran Standard Time' with '(UTC+03:30) Tehran' label"]


@case("falconledger-greenhouse-cancelled")
def c_falcon_cancel(cid):
    s1 = T(2026, 10, 20, 12, 14, DXB, "Tue", "+04:00", 6)
    st = T(2026, 10, 27, 11, 0, DXB, "Tue", "+04:00")
    en = T(2026, 10, 27, 12, 0, DXB, "Tue", "+04:00")
    teh = st.astimezone(ZoneInfo(TEH))
    assert teh.strftime("%H:%M") == "10:30"
    zid = digits("zoom", cid, n=11)
    t1 = f"""Hi Reza,

Thank you for your interest in Falcon Ledger! This email confirms your interview for the Backend Engineer (Payments Platform) role.

Date: Tuesday, October 27, 2026
Time: 11:00 AM - 12:00 PM Gulf Standard Time (GMT+4)
Interviewer: Omar Haddad, Engineering Manager, Payments
Format: Technical interview (system design and a short code review)
Zoom: https://falconledger.zoom.us/j/{zid}

A calendar invitation is attached. If you are joining from Tehran, the interview starts at {teh.strftime('%-I:%M %p')} your time.

Please reply to this email if you need any accommodations or have questions.

Best regards,
Huda Al Mansoori
Talent Acquisition Coordinator | Falcon Ledger
Dubai Internet City, Dubai, UAE
"""
    uid = f"{hx('gh', cid, n=24)}@greenhouse.io"
    ev = vevent(uid=uid, start=st, end=en, summary="Interview: Reza Karimi - Backend Engineer (Payments Platform)",
                organizer=HUDA, attendees=[(OMAR[0], OMAR[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                stamp=s1, tzid=DXB, description=f"Technical interview with Omar Haddad.\nZoom: https://falconledger.zoom.us/j/{zid}",
                location=f"https://falconledger.zoom.us/j/{zid}")
    ics = vcalendar("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", [DXB], [ev])
    body = multi("mixed", [multi("alternative", [plain(t1, "7bit"), html(html_wrap(text_to_html(t1)))],
                                 bnd("part", cid, "a1")), ics_attachment(ics, "interview.ics")], bnd("part", cid, "m1"))
    m1, id1 = email(cid, 1, frm=HUDA, to=ME, subject="Interview Confirmation: Backend Engineer (Payments Platform) at Falcon Ledger",
                    date=s1, body=body, sender=("Greenhouse", "no-reply@greenhouse-mail.io"),
                    relay="mail181-7.suw21.greenhouse-mail.io", domain="greenhouse-mail.io")
    s2 = T(2026, 10, 26, 9, 2, DXB, "Mon", "+04:00", 51)
    t2 = """Hi Reza,

I'm sorry to be writing with this news so close to the date: we need to cancel tomorrow's interview with Omar. After a budget review last week, the Payments Platform position has been put on hold, and we can't continue interviewing for it at the moment.

An updated calendar file is attached so the slot disappears from your calendar. If the role reopens, or something similar comes up on another team, I would really like to reach back out; your profile was a strong match.

Apologies again for the inconvenience.

Kind regards,
Huda
"""
    ev2 = vevent(uid=uid, start=st, end=en, summary="Canceled: Interview: Reza Karimi - Backend Engineer (Payments Platform)",
                 organizer=HUDA, attendees=[(OMAR[0], OMAR[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                 stamp=s2, tzid=DXB, seq=1, status="CANCELLED", description="This interview has been cancelled.")
    ics2 = vcalendar("-//Greenhouse Software//Interview Scheduler//EN", "CANCEL", [DXB], [ev2])
    body2 = multi("mixed", [plain(t2, "7bit"), ics_attachment(ics2, "cancel.ics")], bnd("part", cid, "m2"))
    m2, _ = email(cid, 2, frm=HUDA, to=ME, subject="Cancelled: your interview with Falcon Ledger on Tue Oct 27",
                  date=s2, body=body2, in_reply_to=id1, references=[id1], domain=FALCON)
    lab = label([iv("Falcon Ledger", "Backend Engineer (Payments Platform)", st, en, "cancelled", [OMAR[1]], [OMAR[1]],
                    "technical")], "medium", "positive/cancel-by-email",
                "Greenhouse confirmation with .ics (TZID Asia/Dubai, 11:00 GST = 10:30 Tehran), then an English "
                "cancellation mail with METHOD:CANCEL / SEQUENCE:1. Kept as cancelled at the last scheduled time.")
    return [("01-greenhouse-confirmation.eml", m1), ("02-cancellation.eml", m2)], lab, \
        ["Asia/Dubai +04:00 vs Tehran +03:30 (11:00 GST = 10:30 Tehran)"]


@case("tehran-gophers-meetup-speaker")
def c_meetup(cid):
    dom = "tehrangophers.example"
    mahsa = ("Mahsa Karbasi", "mahsa.karbasi@" + dom)
    sent = T(2026, 10, 21, 20, 3, TEH, "Wed", "+03:30", 44)
    st = T(2026, 10, 29, 18, 0, TEH, "Thu", "+03:30")
    en = T(2026, 10, 29, 20, 30, TEH, "Thu", "+03:30")
    desc = f"""سلام رضا،
این دعوت‌نامه برای قطعی کردن زمان ارائه‌ی توست. برنامه‌ی شب:
{fa('18:00')} پذیرش و شبکه‌سازی
{fa('18:30')} ارائه‌ی تو: «الگوهای همروندی در Go در محیط production» ({fa(30)} دقیقه + {fa(10)} دقیقه پرسش و پاسخ)
{fa('19:30')} پنل «استخدام برنامه‌نویس Go در ایران» با حضور تیم‌های فنی رهیاب و بازارچین

بعد از ارائه، بچه‌های پادکست «کدنویس» می‌خواهند یک گفت‌وگوی ده‌دقیقه‌ای با تو ضبط کنند. اسلایدها را لطفاً تا سه‌شنبه برایم بفرست.
مهسا"""
    guests = [(mahsa[0], mahsa[1], "ACCEPTED"), ("Tehran Gophers speakers", "speakers@" + dom, "ACCEPTED"),
              (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    m = gcal_invite(cid, 1, organizer=mahsa, guests=guests, start=st, end=en,
                    title="Tehran Gophers #42 — Talk: Concurrency patterns in production Go (Reza Karimi)",
                    description=desc, sent=sent, uid=f"{b32id('uid', cid)}@google.com", tzlabel="GMT+03:30",
                    tzlong="Iran Time - Tehran", location="کارخانه نوآوری، سالن ۳، تهران", meet=False)
    lab = label([], "medium", "negative/meetup-speaker",
                "Google Calendar invite for a meetup where the owner is the speaker; mentions a hiring panel and a "
                "podcast conversation after the talk. Not a job interview.")
    return [("01-invitation-meetup-talk.eml", m)], lab, []


@case("maplewire-toronto-two-rounds-dst")
def c_maple(cid):
    s1 = T(2026, 10, 22, 9, 15, TOR, "Thu", "-04:00", 27)
    a_st = T(2026, 10, 29, 10, 0, TOR, "Thu", "-04:00")
    a_en = T(2026, 10, 29, 10, 45, TOR, "Thu", "-04:00")
    assert a_st.astimezone(ZoneInfo(TEH)).strftime("%H:%M") == "17:30"
    zid = digits("zoom1", cid, n=11)
    t1 = f"""Hi Reza,

سلام! Thanks for applying to the Founding Backend Engineer role at Maplewire. I'm one of the co-founders (and the CEO), and I'd love to do a 45-minute intro chat: your background, what we're building for small-business payroll in Canada, and what your first six months would look like.

I went ahead and booked Thursday, October 29 at 10:00 AM Toronto time, which should be 5:30 PM in Tehran. Zoom details are below and an invite is attached. If the time doesn't work, just reply and we'll move it.

Arash Mehrabi is inviting you to a scheduled Zoom meeting.

Topic: Maplewire intro - Reza Karimi / Arash Mehrabi
Time: Oct 29, 2026 10:00 AM Eastern Time (US and Canada)
Join Zoom Meeting
https://us06web.zoom.us/j/{zid}?pwd={b32id('pwd', cid, n=22)}

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {b32id('pass', cid, n=6)}

Cheers,
Arash
--
Arash Mehrabi | Co-founder & CEO, Maplewire Labs
Toronto, ON
"""
    ev = vevent(uid=f"ZOOM{zid}@zoom.us", start=a_st, end=a_en, summary="Maplewire intro - Reza Karimi / Arash Mehrabi",
                organizer=ARASH, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp=s1, tzid=TOR,
                description=f"Join Zoom Meeting\nhttps://us06web.zoom.us/j/{zid}", location=f"https://us06web.zoom.us/j/{zid}")
    ics = vcalendar("-//zoom.us//iCalendar Event//EN", "REQUEST", [TOR], [ev])
    body = multi("mixed", [plain(t1, "quoted-printable"), ics_attachment(ics, "zoom.ics")], bnd("part", cid, 1))
    m1, id1 = email(cid, 1, frm=ARASH, to=ME, subject="Maplewire x Reza: intro chat on Zoom", date=s1, body=body,
                    domain=MAPLE)
    s2 = T(2026, 10, 30, 11, 40, TOR, "Fri", "-04:00", 2)
    b_st = T(2026, 11, 3, 10, 0, TOR, "Tue", "-05:00")
    b_en = T(2026, 11, 3, 11, 0, TOR, "Tue", "-05:00")
    assert b_st.astimezone(ZoneInfo(TEH)).strftime("%H:%M") == "18:30"
    zid2 = digits("zoom2", cid, n=11)
    t2 = f"""<p>Hi Reza,</p>
<p>Arash told me your chat went really well, so I'm up next! I'm a staff engineer here and I run our technical round: a 60-minute pairing session where we extend a small Go service together. No puzzles, no trick questions; bring your usual editor setup.</p>
<p>Could we do <b>Tuesday, November 3, 10:00&ndash;11:00 AM Toronto time</b>?</p>
<p>One heads-up, because it catches people every year: Ontario falls back to standard time this Sunday (Nov 1). So 10:00 in Toronto on Tuesday is <b>18:30 in Tehran</b>, an hour later on your side than your call with Arash.</p>
<p>Zoom: <a href="https://us06web.zoom.us/j/{zid2}">https://us06web.zoom.us/j/{zid2}</a></p>
<p>Chloe Tremblay<br>Staff Engineer, Maplewire Labs</p>
"""
    body2 = multi("alternative", [plain(t2.replace("<p>", "").replace("</p>", "\n").replace("<br>", "\n")
                                        .replace("<b>", "").replace("</b>", "").replace("&ndash;", "-")
                                        .replace(f'<a href="https://us06web.zoom.us/j/{zid2}">', "").replace("</a>", ""),
                                        "7bit"),
                                  html(html_wrap(t2), "base64")], bnd("part", cid, 2))
    m2, id2 = email(cid, 2, frm=CHLOE, to=ME, cc=ARASH, subject="Next step with Maplewire: pairing session (Tue Nov 3)",
                    date=s2, body=body2, domain=MAPLE)
    s3 = T(2026, 10, 30, 20, 25, TEH, "Fri", "+03:30", 13)
    t3 = """Hi Chloe,

Tuesday Nov 3 at 10:00 Toronto / 18:30 Tehran works for me. Thanks for the DST heads-up, I would have shown up an hour early. See you then!

Best,
Reza
"""
    m3, _ = email(cid, 3, frm=ME, to=CHLOE, cc=ARASH, subject="Re: Next step with Maplewire: pairing session (Tue Nov 3)",
                  date=s3, body=plain(t3, "7bit"), in_reply_to=id2, references=[id2])
    lab = label([iv("Maplewire Labs", "Founding Backend Engineer", a_st, a_en, "scheduled", [ARASH[1]], [ARASH[1]],
                    "hiring_manager"),
                 iv("Maplewire Labs", "Founding Backend Engineer", b_st, b_en, "scheduled", [CHLOE[1]], [CHLOE[1]],
                    "technical")], "hard", "positive/two-interviews-dst",
                "Two interviews with a Toronto startup on either side of the 1 Nov fall-back: founder chat Thu 29 Oct "
                "10:00 EDT (-04:00, 17:30 Tehran, Zoom .ics) and pairing Tue 3 Nov 10:00 EST (-05:00, 18:30 Tehran), "
                "proposed by mail and confirmed by the owner.")
    return [("01-arash-zoom-intro.eml", m1), ("02-chloe-pairing-proposal.eml", m2), ("03-reply-confirm.eml", m3)], lab, \
        ["America/Toronto falls back Sun 1 Nov: 10:00 EDT (-04:00) = 17:30 Tehran on 29 Oct; 10:00 EST (-05:00) = 18:30 Tehran on 3 Nov"]


@case("kettenwerk-berlin-final-after-oct25")
def c_kette(cid):
    s1 = T(2026, 10, 20, 14, 22, BER, "Tue", "+02:00", 10)
    st = T(2026, 10, 27, 10, 0, BER, "Tue", "+01:00")
    en = T(2026, 10, 27, 11, 30, BER, "Tue", "+01:00")
    assert st.astimezone(ZoneInfo(TEH)).strftime("%H:%M") == "12:30"
    code = meet_code(cid)
    t1 = f"""Hi Reza,

Thank you for your time in the previous rounds; the team really enjoyed the architecture discussion. We'd like to invite you to the final interview for the Senior Platform Engineer position.

When: Tuesday, 27 October 2026, 10:00-11:30 (Berlin time)
Where: Google Meet, https://meet.google.com/{code}
Panel: Jonas Weber (VP Engineering) and Aylin Demir (Staff Engineer, Platform)

Agenda
- 10:00 introductions and a deep dive into one system you built
- 10:40 collaboration, on-call and team practices
- 11:15 your questions for us

A small note on time zones: Germany switches back to winter time (CET) on Sunday, 25 October. From then on Berlin is 2 hours 30 minutes behind Tehran, so the interview begins at 12:30 in Tehran (not 11:30, as it would be this week). The attached invite uses Berlin time, so your calendar should convert it correctly.

Viele Grüße / Best regards,
Lena Hoffmann
Talent Partner, Kettenwerk GmbH
Torstraße 140, 10119 Berlin
"""
    uid = f"{hx('lever', cid, n=8)}-{hx('l2', cid, n=4)}-{hx('l3', cid, n=4)}-{hx('l4', cid, n=12)}@hire.lever.co"
    ev = vevent(uid=uid, start=st, end=en, summary="Kettenwerk: Final interview - Reza Karimi (Senior Platform Engineer)",
                organizer=LENA, attendees=[(JONAS[0], JONAS[1], "ACCEPTED"), (AYLIN[0], AYLIN[1], "ACCEPTED"),
                                           (OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp=s1, tzid=BER,
                description=f"Final interview panel: Jonas Weber, Aylin Demir\nhttps://meet.google.com/{code}",
                location=f"https://meet.google.com/{code}")
    ics = vcalendar("-//Lever//Lever Interview Scheduling//EN", "REQUEST", [BER], [ev])
    body = multi("mixed", [multi("alternative", [plain(t1, "quoted-printable"), html(html_wrap(text_to_html(t1)))],
                                 bnd("part", cid, "a")), ics_attachment(ics, "invite.ics")], bnd("part", cid, "m"))
    m1, id1 = email(cid, 1, frm=("Lena Hoffmann (Kettenwerk)", "no-reply@hire.lever.co"), to=ME, reply_to=LENA,
                    subject="Your final interview with Kettenwerk - Senior Platform Engineer", date=s1, body=body,
                    relay="mail-a12.hire.lever.co", domain="hire.lever.co")
    s2 = T(2026, 10, 26, 9, 10, BER, "Mon", "+01:00", 44)
    t2 = """Hi Reza,

Quick reminder for tomorrow: 10:00 CET / 12:30 in Tehran, same Meet link as in the invite. Aylin will start; Jonas is coming from another call and may join five minutes late.

Fingers crossed,
Lena

> When: Tuesday, 27 October 2026, 10:00-11:30 (Berlin time)
"""
    m2, _ = email(cid, 2, frm=LENA, to=ME, subject="Re: Your final interview with Kettenwerk - Senior Platform Engineer",
                  date=s2, body=plain(t2, "7bit"), in_reply_to=id1, references=[id1], domain=KETTE)
    lab = label([iv("Kettenwerk", "Senior Platform Engineer", st, en, "scheduled", [JONAS[1], AYLIN[1]],
                    [JONAS[1], AYLIN[1]], "onsite")], "hard", "positive/eu-dst-final",
                "Lever mail sent 20 Oct (+0200, CEST) for a final panel on Tue 27 Oct 10:00 Berlin, after the 25 Oct "
                "change: +01:00, i.e. 12:30 Tehran (11:30 would be the pre-change mapping). Reminder sent with +0100. "
                "Two-person panel -> onsite.")
    return [("01-lever-final-interview.eml", m1), ("02-lena-reminder.eml", m2)], lab, \
        ["Europe/Berlin falls back Sun 25 Oct: mail Date +0200, interview 27 Oct 10:00 CET (+01:00) = 12:30 Tehran; reminder Date +0100"]


@case("german-embassy-visa-interview")
def c_visa(cid):
    dom = "teheran.diplo.example"
    sent = T(2026, 11, 1, 11, 5, TEH, "Sun", "+03:30", 29)
    ap = T(2026, 11, 16, 8, 30, TEH, "Mon", "+03:30")
    booking = f"TEH-CK-{digits('bk', cid, n=4)}-{digits('bk2', cid, n=4)}"
    text = f"""Sehr geehrter Herr Karimi,
Ihr Termin zur persönlichen Vorsprache (Visuminterview) wurde bestätigt.

Dear Mr Karimi,
your appointment for the visa interview has been confirmed.

Kategorie / Category: Nationales Visum - Chancenkarte (§ 20a AufenthG) / Opportunity Card (job search)
Datum / Date: Montag, 16.11.2026 / Monday, 16 November 2026
Uhrzeit / Time: 08:30 Ortszeit Teheran / local time Tehran
Ort / Place: Visastelle der Botschaft, Teheran (Eingang Visaabteilung)
Buchungsnummer / Booking no.: {booking}

Bitte bringen Sie mit / Please bring:
- gültiger Reisepass und zwei biometrische Passfotos / valid passport and two biometric photos
- Anerkennung des Hochschulabschlusses (anabin/ZAB) / recognition of your university degree
- Nachweis der Finanzierung (Sperrkonto) / proof of funds (blocked account)
- Lebenslauf; falls vorhanden, Einladungen zu Vorstellungsgesprächen deutscher Arbeitgeber / CV and, if available, invitations to job interviews with German employers

لطفاً {fa(15)} دقیقه پیش از وقت مصاحبه در محل حاضر باشید. همراه داشتن تلفن همراه و وسایل الکترونیکی در داخل ساختمان مجاز نیست.

Diese E-Mail wurde automatisch erstellt. / This e-mail was generated automatically.
"""
    ev = vevent(uid=f"{booking}@{dom}", start=ap, end=T(2026, 11, 16, 9, 0, TEH, "Mon", "+03:30"),
                summary="Visa interview (Chancenkarte) - German Embassy Tehran",
                organizer=("Visastelle Teheran", "termine@" + dom), attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                stamp=sent, tzid=TEH, description=f"Booking no. {booking}", location="Visastelle, Teheran")
    ics = vcalendar("-//Auswaertiges Amt//Terminvergabe//DE", "PUBLISH", [TEH], [ev])
    body = multi("mixed", [plain(text, "quoted-printable"), ics_attachment(ics, "termin.ics")], bnd("part", cid))
    msg, _ = email(cid, 1, frm=("Deutsche Botschaft Teheran - Terminvergabe", "termine@" + dom), to=ME,
                   subject="Terminbestätigung / Appointment confirmation: Visuminterview / visa interview 16.11.2026",
                   date=sent, body=body, domain=dom)
    lab = label([], "hard", "negative/visa-interview",
                "Embassy visa interview for a job-search visa, with .ics, the word 'interview' and a job-search "
                "context (even asks for invitations to job interviews). Non-job interview -> negative.")
    return [("01-embassy-appointment.eml", msg)], lab, []


@case("hamrahpardaz-relay-solar-hijri-only")
def c_relay(cid):
    sent = T(2026, 11, 2, 13, 26, TEH, "Mon", "+03:30", 8)
    st = T(2026, 11, 7, 10, 30, TEH, "Sat", "+03:30")
    en = T(2026, 11, 7, 11, 30, TEH, "Sat", "+03:30")
    naz = ("نازنین موسوی", "n.mousavi@hamrahpardaz.example")
    rows = [("شرکت", "همراه‌پرداز"), ("موقعیت شغلی", "برنامه‌نویس Back-end (Python/Django)"),
            ("نوع مصاحبه", "حضوری — مصاحبه‌ی فنی با مهندس امیر حسینی (مدیر فنی)"),
            ("زمان", f"{jd(st)}، ساعت {hm_fa(st)}"), ("مدت", f"{fa(60)} دقیقه"),
            ("نشانی", "تهران، خیابان ولیعصر، بالاتر از میدان ونک، کوچه‌ی نیلوفر، پلاک ۱۲، طبقه‌ی سوم"),
            ("هماهنگی", f"خانم نازنین موسوی — {naz[1]} — {fa('021-88001234')}")]
    text = ("رضا کریمی عزیز، سلام\n\nشرکت همراه‌پرداز درخواست شما را بررسی کرد و شما را به مصاحبه دعوت می‌کند.\n\n"
            + "\n".join(f"{k}: {v}" for k, v in rows)
            + "\n\nلطفاً برای تأیید حضور یا تغییر زمان، مستقیماً با خانم موسوی تماس بگیرید. وضعیت درخواست خود را "
              "می‌توانید از پنل کاربری جابینو پیگیری کنید.\n\nتیم جابینو\n"
              "این ایمیل به‌صورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.\n")
    table = "".join(f'<tr><td style="padding:6px;color:#666">{k}</td><td style="padding:6px"><b>{v}</b></td></tr>'
                    for k, v in rows)
    h = (f'<table width="100%" style="background:#f4f6f8"><tr><td align="center"><table width="600" '
         f'style="background:#fff;border-radius:8px"><tr><td style="padding:20px;background:#0a7cff;color:#fff;'
         f'font-size:18px">جابینو | دعوت به مصاحبه</td></tr><tr><td style="padding:20px"><p>رضا کریمی عزیز، سلام</p>'
         f"<p>شرکت <b>همراه‌پرداز</b> درخواست شما را بررسی کرد و شما را به مصاحبه دعوت می‌کند.</p>"
         f'<table style="border-collapse:collapse">{table}</table>'
         f"<p>لطفاً برای تأیید حضور یا تغییر زمان، مستقیماً با خانم موسوی تماس بگیرید.</p>"
         f'<p><a href="https://jobino.example/panel/applications/{digits("app", cid, n=7)}">مشاهده‌ی درخواست در پنل</a></p>'
         f'</td></tr><tr><td style="padding:12px;font-size:11px;color:#999">این ایمیل به‌صورت خودکار ارسال شده است؛ '
         f"لطفاً به آن پاسخ ندهید.</td></tr></table></td></tr></table>")
    body = multi("alternative", [plain(text, "base64"), html(html_wrap(h, rtl=True), "base64")], bnd("part", cid))
    msg, _ = email(cid, 1, frm=("جابینو", "no-reply@" + JOBINO), to=(OWNER_FA, OWNER),
                   subject="دعوت به مصاحبه از طرف شرکت همراه‌پرداز", date=sent, body=body, domain=JOBINO,
                   extra=[("List-Unsubscribe", f"<https://jobino.example/unsubscribe/{hx('un', cid, n=20)}>")])
    lab = label([iv("Hamrah Pardaz", "Back-end Developer (Python/Django)", st, en, "scheduled", [], [naz[1]],
                    "technical")], "hard", "positive/job-board-relay-solar-hijri",
                "Jobinja-style relay (no-reply) in Persian; the date exists only as a Solar Hijri date "
                "'شنبه ۱۶ آبان ۱۴۰۵' (= Sat 7 Nov 2026) with Persian digits, 10:30 Tehran, 60 minutes. Interviewer's "
                "address not given; follow-up goes to the named coordinator, never the relay.")
    return [("01-jobino-interview-invitation.eml", msg)], lab, ["Solar Hijri-only date: 16 Aban 1405 = 7 Nov 2026 (+03:30)"]


@case("sahrapay-dubai-gcal-api-screen")
def c_sahra(cid):
    dom = "sahrapay.example"
    fatima = ("Fatima Rahman", "fatima.rahman@" + dom)
    st = T(2026, 11, 2, 13, 0, DXB, "Mon", "+04:00")
    en = T(2026, 11, 2, 13, 30, DXB, "Mon", "+04:00")
    st_t = st.astimezone(ZoneInfo(TEH))
    en_t = en.astimezone(ZoneInfo(TEH))
    assert iso(st_t) == "2026-11-02T12:30:00+03:30"
    code = meet_code(cid)
    eid = b32id("evt", cid)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('etag', cid, n=16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-28T07:12:31.000Z",
        "updated": "2026-10-28T07:14:02.118Z",
        "summary": "Sahra Payments | Recruiter screen - Reza Karimi",
        "description": "30-minute intro call about the Senior Backend Engineer (Go) role in our Dubai team: your "
                       "background, relocation to Dubai and visa sponsorship, salary expectations.\n\n"
                       "1:00 PM Dubai / 12:30 PM Tehran.\n\nFatima Rahman, Talent Acquisition, Sahra Payments",
        "creator": {"email": fatima[1], "displayName": fatima[0]},
        "organizer": {"email": fatima[1], "displayName": fatima[0]},
        "start": {"dateTime": iso(st_t), "timeZone": DXB},
        "end": {"dateTime": iso(en_t), "timeZone": DXB},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": fatima[1], "displayName": fatima[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    lab = label([iv("Sahra Payments", "Senior Backend Engineer (Go)", st, en, "scheduled", [fatima[1]], [fatima[1]],
                    "phone_screen")], "medium", "positive/gcal-api-json",
                "Calendar API event only (owner has self:true); dateTime is rendered in the owner's Tehran offset "
                "(12:30+03:30) while timeZone is Asia/Dubai and the description says 1:00 PM Dubai. Recruiter runs "
                "the screen.")
    return [("01-sahrapay-recruiter-screen.gcal.json", data)], lab, \
        ["Calendar API dateTime 12:30+03:30 with timeZone Asia/Dubai (= 13:00 +04:00)"]


@case("peykrah-rejection-persian")
def c_reject(cid):
    dom = "peykrah.example"
    shiva = ("شیوا مرادی", "shiva.moradi@" + dom)
    sent = T(2026, 10, 24, 12, 30, TEH, "Sat", "+03:30", 15)
    past = D(2026, 10, 13, "Tue")
    text = f"""سلام آقای کریمی،

از اینکه وقت گذاشتید و {jd(past, year=False)} در مصاحبه‌ی فنی پیک‌راه شرکت کردید صمیمانه سپاسگزاریم.

متأسفانه پس از بررسی نهایی، تیم فنی تصمیم گرفت در این مرحله با کاندیدای دیگری که تجربه‌ی بیشتری در سیستم‌های مسیریابی و ناوگان داشت ادامه دهد. این تصمیم به معنای ضعف سوابق شما نیست و بازخورد مصاحبه‌کنندگان درباره‌ی مهارت‌های Go شما مثبت بود.

رزومه‌ی شما را در بانک استعدادهای پیک‌راه نگه می‌داریم و اگر موقعیت مناسبی باز شود، حتماً برای مصاحبه‌ی دوباره با شما تماس می‌گیریم.

برایتان آرزوی موفقیت داریم.

با احترام
شیوا مرادی
منابع انسانی پیک‌راه
"""
    body = multi("alternative", [plain(text, "base64"), html(html_wrap(text_to_html(text), rtl=True), "quoted-printable")],
                 bnd("part", cid))
    msg, _ = email(cid, 1, frm=shiva, to=ME_FA, subject="نتیجه‌ی مصاحبه — موقعیت توسعه‌دهنده بک‌اند پیک‌راه",
                   date=sent, body=body, domain=dom)
    lab = label([], "easy", "negative/rejection-persian",
                "Persian rejection ('متأسفانه') referring to a past interview (Tue 21 Mehr) and a possible future "
                "one; nothing scheduled.")
    return [("01-peykrah-result.eml", msg)], lab, []


@case("sabadino-email-and-invite-dedupe")
def c_sabadino(cid):
    dom = "sabadino.example"
    yas = ("Yasaman Kazemi", "yasaman.kazemi@" + dom)
    mehdi = ("Mehdi Farhadi", "mehdi.farhadi@" + dom)
    s1 = T(2026, 10, 28, 15, 10, TEH, "Wed", "+03:30", 41)
    st = T(2026, 11, 1, 13, 0, TEH, "Sun", "+03:30")
    en = T(2026, 11, 1, 14, 0, TEH, "Sun", "+03:30")
    t1 = f"""Hi Reza,

Thanks for the call this morning. As promised, I've booked your technical interview for the Software Engineer (Checkout) role:

  Sunday, 1 November 2026 ({jd(st, weekday=False)}), 13:00-14:00 Tehran time / ساعت {hm_fa(st)} تا {hm_fa(en)}
  with Mehdi Farhadi, Engineering Manager, Checkout ({mehdi[1]})

It's a 60-minute conversation: about 20 minutes on your experience with payment flows, then a practical problem on order and cart consistency. A Google Calendar invite with the Meet link will arrive separately.

اگر سؤالی بود، همین‌جا بپرسید.

Best,
Yasaman Kazemi
People & Talent | Sabadino
"""
    m1, _ = email(cid, 1, frm=yas, to=ME, cc=mehdi, subject="Sabadino: your technical interview on Sunday",
                  date=s1, body=multi("alternative", [plain(t1, "quoted-printable"),
                                                      html(html_wrap(text_to_html(t1)), "quoted-printable")],
                                      bnd("part", cid)), domain=dom)
    s2 = T(2026, 10, 28, 15, 12, TEH, "Wed", "+03:30", 5)
    m2 = gcal_invite(cid, 2, organizer=yas, guests=[(yas[0], yas[1], "ACCEPTED"), (mehdi[0], mehdi[1], "ACCEPTED"),
                                                    (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     start=st, end=en, title="Sabadino | Technical interview: Reza Karimi x Mehdi Farhadi",
                     description="Technical interview for Software Engineer (Checkout) with Mehdi Farhadi.",
                     sent=s2, uid=f"{b32id('uid', cid)}@google.com", tzlabel="GMT+03:30", tzlong="Iran Time - Tehran")
    lab = label([iv("Sabadino", "Software Engineer (Checkout)", st, en, "scheduled", [mehdi[1]], [mehdi[1]],
                    "technical")], "medium", "positive/dedupe-email-and-invite",
                "Recruiter mail (English with Persian digits) and a Google invite for the same interview Sun 1 Nov "
                "13:00 Tehran -> ONE interview. 1 Nov is the US DST date but irrelevant for Tehran.")
    return [("01-yasaman-booked.eml", m1), ("02-invitation-technical.eml", m2)], lab, []


@case("armannovin-offer-contract-signing")
def c_offer(cid):
    sent = T(2026, 11, 9, 14, 20, TEH, "Mon", "+03:30", 33)
    interview_day = D(2026, 11, 8, "Sun")
    decide = D(2026, 11, 11, "Wed")
    sign = T(2026, 11, 17, 10, 0, TEH, "Tue", "+03:30")
    start = D(2026, 11, 22, "Sun")
    text = f"""جناب آقای مهندس رضا کریمی
با سلام و احترام

پیرو مصاحبه‌های انجام‌شده در تاریخ {jd(interview_day, weekday=False)}، خرسندیم اعلام کنیم با همکاری جنابعالی در سمت «برنامه‌نویس ارشد جاوا — سامانه کربنکینگ» موافقت شده است.

خلاصه‌ی پیشنهاد همکاری:
- نوع قرارداد: تمام‌وقت، یک‌ساله و قابل تمدید
- حقوق و مزایای ماهانه: مطابق پیوست (محرمانه)
- تاریخ شروع همکاری: {jd(start)}
- ساعات کاری: شنبه تا چهارشنبه، {fa('7:30')} تا {fa('15:30')}

خواهشمند است پذیرش یا عدم پذیرش این پیشنهاد را حداکثر تا پایان روز {jd(decide, year=False)} از طریق پاسخ به همین نامه اعلام فرمایید.
در صورت پذیرش، برای امضای قرارداد و تکمیل پرونده‌ی پرسنلی روز {jd(sign, year=False)} ساعت {hm_fa(sign)} به اداره‌ی سرمایه انسانی (طبقه‌ی چهارم ساختمان مرکزی) مراجعه فرمایید. همراه داشتن کارت پایان خدمت و مدرک تحصیلی الزامی است.

با آرزوی توفیق
محمود عزیزی
رئیس اداره‌ی جذب و توسعه‌ی سرمایه انسانی
بانک آرمان نوین
"""
    body = multi("alternative", [plain(text, "quoted-printable"), html(html_wrap(text_to_html(text), rtl=True), "base64")],
                 bnd("part", cid))
    msg, _ = email(cid, 1, frm=MAHMOUD, to=ME_FA, cc=FARZANEH, subject="پیشنهاد همکاری — بانک آرمان نوین",
                   date=sent, body=body, domain=BANK)
    lab = label([], "hard", "negative/offer",
                "Persian offer letter after the interviews; contains a dated HR appointment for contract signing "
                "(Tue 26 Aban 10:00) and a decision deadline, neither of which is an interview.")
    return [("01-offer-letter.eml", msg)], lab, []


@case("sekkepay-standalone-ics-skype")
def c_sekke(cid):
    dom = "sekkepay.example"
    hoda = ("هدی نجفی", "hoda.najafi@" + dom)
    saeed = ("سعید امینی", "saeed.amini@" + dom)
    stamp = T(2026, 10, 31, 16, 45, TEH, "Sat", "+03:30")
    st = T(2026, 11, 4, 11, 30, TEH, "Wed", "+03:30")
    en = T(2026, 11, 4, 12, 30, TEH, "Wed", "+03:30")
    sk = b32id("skype", cid, n=12)
    desc = (f"مصاحبه‌ی فنی با سعید امینی، مدیر فنی تیم پرداخت، برای موقعیت «توسعه‌دهنده Go».\n"
            f"ساعت {hm_fa(st)} تا {hm_fa(en)} به وقت تهران.\n"
            f"لینک جلسه در Skype: https://join.skype.com/{sk}\n"
            "در صورت نیاز به تغییر زمان به هدی نجفی اطلاع دهید.")
    ev = vevent(uid=f"{hx('sk', cid, n=32).upper()}", start=st, end=en,
                summary="مصاحبه فنی سکه‌پی — رضا کریمی", organizer=hoda,
                attendees=[(saeed[0], saeed[1], "ACCEPTED"), (OWNER_FA, OWNER, "NEEDS-ACTION")],
                stamp=stamp, tzid=TEH, description=desc, location=f"Skype: https://join.skype.com/{sk}")
    ics = vcalendar("-//Apple Inc.//macOS 15.1//EN", "REQUEST", [TEH], [ev])
    lab = label([iv("Sekke Pay", "Go Developer", st, en, "scheduled", [saeed[1]], [saeed[1]], "technical")],
                "medium", "positive/standalone-ics",
                "Standalone .ics only, Persian summary/description, TZID Asia/Tehran with a fixed +0330 VTIMEZONE; "
                "the organizer schedules, the ACCEPTED attendee (tech lead) interviews.")
    return [("01-sekkepay-technical-interview.ics", ics.encode("utf-8"))], lab, \
        ["Standalone .ics TZID Asia/Tehran (fixed +0330 VTIMEZONE, no DST)"]


@case("dubai-remote-job-telegram-scam")
def c_scam(cid):
    dom = "gulfhorizon-careers.example"
    sent = T(2026, 11, 10, 3, 12, DXB, "Tue", "+04:00", 54)
    text = """Dear Candidate Reza Karimi,

CONGRATULATIONS!! Your CV has been shortlisted by Gulf Horizon Technologies LLC, Dubai for the post of REMOTE SENIOR SOFTWARE DEVELOPER.

Salary: USD 6,500 / month + free Dubai visa + flight ticket
Working: 100% remote, no experience verification needed

Your online interview is scheduled on Thursday 12 November at 3:00 PM Dubai time. The interview will be conducted through Telegram text chat by our HR Manager Mr. Khalid (@GH_HR_Khalid). No video call is required.

IMPORTANT: Before the interview you must pay the refundable visa processing and document attestation fee of USD 250 (USDT TRC20 accepted). Send the payment receipt to our HR desk by WhatsApp +971 50 000 0000 to confirm your interview slot. Candidates who do not pay within 24 hours will lose their position.

Regards,
HR Recruitment Department
Gulf Horizon Technologies LLC
"""
    msg, _ = email(cid, 1, frm=("Gulf Horizon HR", "hr.recruitment@" + dom), to=ME,
                   reply_to=("HR Desk", "gulfhorizon.hrdesk@freemail-box.example"),
                   subject="URGENT: Interview Invitation - Remote Senior Developer (USD 6,500/month)", date=sent,
                   body=plain(text, "7bit"), domain=dom)
    lab = label([], "medium", "negative/scam",
                "Fake Dubai recruiter: Telegram text-chat 'interview', upfront fee in USDT, free-mail Reply-To.")
    return [("01-gulf-horizon-offer.eml", msg)], lab, []


@case("falconledger-teams-hiring-manager")
def c_falcon_teams(cid):
    sent = T(2026, 11, 4, 10, 20, DXB, "Wed", "+04:00", 17)
    st = T(2026, 11, 9, 14, 0, DXB, "Mon", "+04:00")
    en = T(2026, 11, 9, 14, 45, DXB, "Mon", "+04:00")
    text = """Hi Reza,

As discussed, here is your conversation with Rania Saleh, Director of Engineering, for the Senior Backend Engineer (Ledger Core) role. Rania will talk you through the team's roadmap and dig into your experience with double-entry ledgers and high-volume transaction systems. Plan for about 45 minutes.

The meeting time in this invite is Gulf Standard Time; it starts at 1:30 PM in Tehran.

Best regards,
Huda Al Mansoori
Talent Acquisition Coordinator | Falcon Ledger"""
    m = exchange_invite(cid, 1, organizer=HUDA, required=[RANIA, ME], start=st, end=en,
                        subject="Falcon Ledger | Hiring manager interview - Reza Karimi (Senior Backend Engineer, Ledger Core)",
                        text=text, sent=sent, win_tz="Arabian Standard Time", when_label="(UTC+04:00) Abu Dhabi, Muscat",
                        location="Microsoft Teams Meeting", teams=True)
    assert st.astimezone(ZoneInfo(TEH)).strftime("%H:%M") == "13:30"
    lab = label([iv("Falcon Ledger", "Senior Backend Engineer (Ledger Core)", st, en, "scheduled", [RANIA[1]],
                    [RANIA[1]], "hiring_manager")], "medium", "positive/exchange-teams-windows-tz",
                "Teams invite with Windows TZID 'Arabian Standard Time' and '(UTC+04:00) Abu Dhabi, Muscat'; "
                "14:00 GST = 13:30 Tehran. Coordinator organizes, the director interviews.")
    return [("01-teams-hiring-manager.eml", m)], lab, \
        ["Exchange Windows TZID 'Arabian Standard Time' / '(UTC+04:00) Abu Dhabi, Muscat' (14:00 GST = 13:30 Tehran)"]


@case("maplewire-availability-request")
def c_avail(cid):
    sent = T(2026, 11, 5, 10, 5, TOR, "Thu", "-05:00", 20)
    link = f"https://app.greenhouse.io/candidate_availability/{hx('av', cid, n=24)}"
    text = f"""Hi Reza,

Thanks for applying for the Platform Engineer role at Maplewire Labs! We'd like to set up a 30-minute call with our hiring manager.

Please use the link below to share your availability for next week, Monday November 9 through Friday November 13. Our team is in Toronto, so the slots are shown in Eastern Time (9:00 AM-5:00 PM ET, which is 5:30 PM-1:30 AM in Tehran); choose whatever overlaps with your evening.

Submit your availability: {link}

Once we receive your times, we'll confirm the interview with a calendar invitation.

Thanks,
Jess Nguyen
Recruiting Coordinator, Maplewire Labs
"""
    body = multi("alternative", [plain(text, "7bit"), html(html_wrap(text_to_html(text)), "quoted-printable")],
                 bnd("part", cid))
    msg, _ = email(cid, 1, frm=JESS, to=ME, subject="Maplewire Labs: please share your availability",
                   date=sent, body=body, sender=("Greenhouse", "no-reply@greenhouse-mail.io"),
                   relay="mail181-3.suw21.greenhouse-mail.io", domain="greenhouse-mail.io")
    lab = label([], "medium", "negative/availability-request",
                "Greenhouse availability request (unbooked); a week range and ET hours are given but nothing is "
                "scheduled. Mail Date is -0500 after the 1 Nov fall-back.")
    return [("01-greenhouse-availability-request.eml", msg)], lab, []


@case("jobino-interview-prep-webinar")
def c_webinar(cid):
    sent = T(2026, 11, 7, 19, 0, TEH, "Sat", "+03:30", 0)
    st = T(2026, 11, 12, 18, 0, TEH, "Thu", "+03:30")
    text = f"""سلام رضا جان،

مصاحبه‌ی فنی داری و نگرانی؟ آکادمی جابینو این هفته یک وبینار رایگان برگزار می‌کند:

«چطور در مصاحبه‌ی فنی بدرخشیم؟ از طراحی سیستم تا سؤال‌های رفتاری»
زمان: {jd(st)}، ساعت {hm_fa(st)} تا {fa('19:30')}
محل برگزاری: اسکای‌روم (لینک ورود یک ساعت قبل از شروع پیامک می‌شود)
ارائه‌دهنده: دکتر پژمان شاکری، مشاور استخدام و مدیر فنی سابق

در پایان وبینار، به قید قرعه به سه نفر از شرکت‌کنندگان یک جلسه‌ی مصاحبه‌ی آزمایشی (Mock Interview) رایگان هدیه می‌دهیم.

ثبت‌نام: https://academy.jobino.example/webinar/tech-interview-{digits('w', cid, n=4)}

تیم آکادمی جابینو
برای لغو اشتراک خبرنامه اینجا کلیک کنید: https://jobino.example/unsubscribe
"""
    body = multi("alternative", [plain(text, "base64"), html(html_wrap(text_to_html(text), rtl=True), "base64")],
                 bnd("part", cid))
    msg, _ = email(cid, 1, frm=("آکادمی جابینو", "academy@" + JOBINO), to=(OWNER_FA, OWNER),
                   subject="وبینار رایگان: چطور در مصاحبه فنی بدرخشیم؟ (پنجشنبه ساعت ۱۸)", date=sent, body=body,
                   domain=JOBINO, extra=[("List-Unsubscribe", "<https://jobino.example/unsubscribe>"),
                                         ("Precedence", "bulk")])
    lab = label([], "medium", "negative/webinar",
                "Job-board newsletter for an interview-prep webinar (Persian, dated and timed) with a mock-interview "
                "raffle; not a hiring-process interview.")
    return [("01-jobino-webinar.eml", msg)], lab, []


# ============================================================================================
# build
# ============================================================================================

def write_readme(rows, labels):
    pos = [cid for cid, l in labels.items() if l["interview"]]
    ivs = [i for l in labels.values() for i in l["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    L = ["# blind303: Tehran job search in Persian and English (written blind)", "",
         f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a software developer living in Tehran (Asia/Tehran, UTC+03:30, "
         "no DST since 2022).", "",
         "This set was written blind: only the eval README (label schema and rules) and a few dev files were read "
         "for format; no tool code, tests or other sets.", "",
         "## What it stresses",
         "- Persian (right-to-left) mail with Persian digits (۱۴:۰۰), Solar Hijri dates (e.g. ۲۲ مهر ۱۴۰۵) next to or "
         "instead of Gregorian dates, RFC 2047 encoded Persian subjects and names.",
         "- The half-hour offset +03:30 against Dubai (+04:00), Berlin (across the 25 Oct change) and Toronto "
         "(across the 1 Nov change).",
         "- Relative dates ('فردا ساعت ۱۴'), a Persian reschedule thread, an English cancellation, propose/confirm, "
         "a bank onsite sent as three Exchange invites, dedupe of mail + invite.",
         "- Hard negatives that look like interviews: take-home deadline with .ics, military-service document "
         "appointment, meetup talk invite, embassy visa interview, Persian rejection, offer with a contract-signing "
         "appointment, Telegram scam, unbooked availability request, interview-prep webinar.", "",
         "## Counts",
         f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
         f"- Labelled interviews: {len(ivs)} (by status: {fmt(by_status)}; by kind: {fmt(by_kind)})", "",
         "## Formats used",
         "- text/plain and text/html, quoted-printable, base64 and 7bit bodies; multipart/alternative and "
         "multipart/mixed; Persian headers RFC 2047-encoded.",
         "- Google Calendar invitations (text/plain, text/html, text/calendar;method=REQUEST, invite.ics), including "
         "an 'Updated invitation' with the same UID and SEQUENCE:1.",
         "- Exchange/Outlook and Teams meeting requests (Windows TZIDs 'Iran Standard Time', 'Arabian Standard Time', "
         "X-MICROSOFT-CDO-* properties, '(UTC+03:30) Tehran' / '(UTC+04:00) Abu Dhabi, Muscat' labels).",
         "- ATS mails with .ics attachments (Greenhouse REQUEST and CANCEL, Lever), a Zoom .ics, a job-board relay "
         "(Jobinja-style 'Jobino'), one standalone .ics and one Calendar API .gcal.json event.", "",
         "## Cases", ""]
    for nn, cid, lab in rows:
        tag = "P" if lab["interview"] else "N"
        L.append(f"- {nn} `{cid}` [{tag}, {lab['difficulty']}] {lab['category']}")
    L += ["", "## Time-zone / DST points", ""]
    L.append("- All cases: Asia/Tehran is +03:30 all year in 2026 (no DST); every Tehran time in the set is asserted "
             "with zoneinfo.")
    for nn, cid, lab in rows:
        for note in lab.get("_tz", []):
            L.append(f"- Case {nn}: {note}")
    (OUT / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    for p in sorted(OUT.glob(f"{PREFIX}-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels, rows = {}, []
    for i, (slug, fn) in enumerate(CASES, 1):
        nn = f"{i:02d}"
        cid = f"{PREFIX}-{nn}-{slug}"
        items, lab, tz = fn(cid)
        d = OUT / cid
        d.mkdir()
        for j, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-"), (cid, name)
            (d / name).write_bytes(data)
        labels[cid] = lab
        rows.append((nn, cid, dict(lab, _tz=tz)))
    assert 20 <= len(labels) <= 24
    text = ("# Labels for blind303 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(rows, labels)
    npos = sum(1 for l in labels.values() if l["interview"])
    print(f"{len(labels)} cases, {npos} positive, {len(labels) - npos} negative, "
          f"{sum(len(l['interviews']) for l in labels.values())} interviews")


if __name__ == "__main__":
    main()
