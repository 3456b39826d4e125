#!/usr/bin/env python3
"""Generate the blind287 evaluation set (written blind).

Theme: Mumbai/Bengaluru product and analytics hiring in Indian English.
Mailbox owner: Ananya Iyer <ananya.iyer@example.com> (Asia/Kolkata, +05:30, no DST).

Standard library + PyYAML + zoneinfo only. Deletes and rewrites every b287-* case
folder plus labels.yaml and README.md next to this script. Output is byte-identical
on every run: all dates, Message-IDs, UIDs and MIME boundaries are fixed or derived
from SHA-256 hashes of a seed.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind287|ananya-iyer|2026"
PREFIX = "b287"
OWNER = "ananya.iyer@example.com"
OWNER_NAME = "Ananya Iyer"
ME = (OWNER_NAME, OWNER)

IST = ZoneInfo("Asia/Kolkata")
SGT = ZoneInfo("Asia/Singapore")
LON = ZoneInfo("Europe/London")
SFO = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

# ---------------------------------------------------------------- checks
def dst_checks():
    """2026 DST transitions and fixed offsets used by this set."""
    def off(y, m, d, h, tz):
        return datetime(y, m, d, h, 0, tzinfo=tz).utcoffset()
    H = lambda x: timedelta(hours=x)
    # US: second Sunday of March (Mar 8) / first Sunday of November (Nov 1)
    assert date(2026, 3, 8).strftime("%a") == "Sun" and date(2026, 11, 1).strftime("%a") == "Sun"
    assert off(2026, 3, 7, 12, SFO) == H(-8) and off(2026, 3, 9, 12, SFO) == H(-7)
    assert off(2026, 10, 31, 12, SFO) == H(-7) and off(2026, 11, 2, 12, SFO) == H(-8)
    # EU/UK: last Sunday of March (Mar 29) / last Sunday of October (Oct 25)
    assert date(2026, 3, 29).strftime("%a") == "Sun" and date(2026, 10, 25).strftime("%a") == "Sun"
    assert off(2026, 3, 28, 12, LON) == H(0) and off(2026, 3, 30, 12, LON) == H(1)
    assert off(2026, 10, 24, 12, LON) == H(1) and off(2026, 10, 26, 12, LON) == H(0)
    # India and Singapore: no DST
    for m in range(1, 13):
        assert off(2026, m, 15, 12, IST) == timedelta(hours=5, minutes=30)
        assert off(2026, m, 15, 12, SGT) == H(8)
    # Diwali 2026 falls on Sunday, 8 November
    assert date(2026, 11, 8).strftime("%A") == "Sunday"


def T(y, mo, d, hh, mi, tz, wd, ss=0, off=None):
    """Aware datetime with an asserted weekday (and offset where DST matters)."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert x.strftime("%a") == wd, (x, x.strftime("%a"), wd)
    expected = {IST: "+0530", SGT: "+0800"}.get(tz, off)
    assert expected is not None, "DST zone needs an explicit offset"
    assert x.strftime("%z") == expected, (x, x.strftime("%z"), expected)
    if off is not None:
        assert x.strftime("%z") == off
    return x


def wd(iso_day, weekday):
    """Assert that a date written in a body has the weekday the body claims."""
    y, m, d = map(int, iso_day.split("-"))
    assert date(y, m, d).strftime("%A").startswith(weekday), (iso_day, weekday)


# ---------------------------------------------------------------- ids
def hx(*parts, n=32):
    raw = "|".join((SEED,) + tuple(str(p) for p in parts)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:n]


def b32(*parts, n=26):
    raw = hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()
    return base64.b32encode(raw).decode().lower().rstrip("=")[:n]


def uuidish(*parts):
    h = hx(*parts)
    return f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def mid_gmail(*k):
    raw = hashlib.sha256(("gm|" + SEED + "|".join(map(str, k))).encode()).digest()
    tok = base64.urlsafe_b64encode(raw).decode().rstrip("=").replace("-", "+").replace("_", "x")
    return f"<CA+{tok[:40]}@mail.gmail.com>"


def mid_outlook(*k):
    h = hx("ol", *k).upper()
    return f"<PN3PR01MB{h[:4]}{h[4:20]}@PN3PR01MB{h[20:24]}.INDPRD01.PROD.OUTLOOK.COM>"


def mid_gcal(*k):
    return f"<calendar-{uuidish('gc', *k)}@google.com>"


def mid_generic(domain, *k):
    return f"<{hx('mid', *k, n=20)}.{hx('mid2', *k, n=8)}@{domain}>"


# ---------------------------------------------------------------- formatting
def rfcdate(x):
    return x.strftime("%a, %d %b %Y %H:%M:%S %z")


def utcz(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gtime(x):
    h12 = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return f"{h12}{ap}" if x.minute == 0 else f"{h12}:{x.minute:02d}{ap}"


def enc_word(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def hdr(s):
    return s if s.isascii() else enc_word(s)


def fmt(p):
    if isinstance(p, str):
        return p
    name, email = p
    if name is None:
        return email
    if not name.isascii():
        return f"{enc_word(name)} <{email}>"
    if any(c in name for c in ',()."@:;[]'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def to_html(text, font="Arial,Helvetica,sans-serif", size="13px"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:{size}">\n{body}</div></body></html>\n')


def quote_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- MIME
def leaf(ctype, data, cte, extra=()):
    if isinstance(data, str):
        data_b = data.encode("utf-8")
    else:
        data_b = data
    if cte == "base64":
        body = base64.encodebytes(data_b).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data_b).decode("ascii")
    elif cte == "7bit":
        body = data_b.decode("ascii")
    elif cte == "8bit":
        body = data_b.decode("utf-8")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return {"headers": [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra),
            "body": body}


def tp(text, sub="plain", cte="quoted-printable", flowed=False):
    ct = f'text/{sub}; charset="UTF-8"' + ("; format=flowed; delsp=yes" if flowed else "")
    if cte == "7bit":
        assert text.isascii()
    return leaf(ct, text, cte)


def att(data, ctype, filename, cte="base64"):
    return leaf(f'{ctype}; name="{filename}"', data, cte,
                extra=[("Content-Disposition", f'attachment; filename="{filename}"')])


def calpart(ics, method, cte="base64"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, cte)


def mp(sub, parts, key, style="google"):
    if style == "google":
        b = "000000000000" + hx("boundary", key, n=12)
    elif style == "outlook":
        b = "_000_PN3PR01MB" + hx("boundary", key, n=24).upper() + "PN3PR01MB" + hx("b2", key, n=4).upper() + "INDP_"
    else:
        b = "----=_Part_" + str(int(hx("boundary", key, n=8), 16) % 900000 + 100000) + "_" + \
            str(int(hx("b2", key, n=8), 16)) + "." + str(1790000000000 + int(hx("b3", key, n=6), 16))
    return {"headers": [("Content-Type", f'multipart/{sub}; boundary="{b}"')], "parts": parts,
            "boundary": b}


def ser_body(p):
    if "parts" not in p:
        return p["body"]
    out = ""
    for c in p["parts"]:
        out += f"--{p['boundary']}\n" + ser_part(c) + "\n"
    out += f"--{p['boundary']}--\n"
    return out


def ser_part(p):
    return "".join(f"{k}: {v}\n" for k, v in p["headers"]) + "\n" + ser_body(p)


def message(*, key, frm, to, date, subject, root, msgid, cc=None, reply_to=None, sender=None,
            irt=None, refs=None, extra=(), relay="mail.example.net", return_path=None):
    rcv = (date + timedelta(seconds=1 + int(hx(key, msgid, "d", n=2), 16) % 5)).astimezone(IST)
    ip = "203.0.113.%d" % (int(hx(key, msgid, "ip", n=2), 16) % 250 + 2)
    H = [("Delivered-To", OWNER),
         ("Received", f"from {relay} ({relay} [{ip}])\n        by mx.example.com with ESMTPS id "
                      f"{hx(key, msgid, 'rid', n=14)}\n        for <{OWNER}>;\n        {rfcdate(rcv)}")]
    if return_path:
        H.append(("Return-Path", f"<{return_path}>"))
    H.append(("From", fmt(frm)))
    if sender:
        H.append(("Sender", fmt(sender)))
    if reply_to:
        H.append(("Reply-To", fmt(reply_to)))
    H.append(("To", ", ".join(fmt(x) for x in to)))
    if cc:
        H.append(("Cc", ", ".join(fmt(x) for x in cc)))
    H.append(("Subject", hdr(subject)))
    H.append(("Date", rfcdate(date)))
    H.append(("Message-ID", msgid))
    if irt:
        H.append(("In-Reply-To", irt))
    if refs:
        H.append(("References", "\n ".join(refs)))
    H.append(("MIME-Version", "1.0"))
    H += list(extra)
    H += root["headers"]
    text = "".join(f"{k}: {v}\n" for k, v in H) + "\n" + ser_body(root)
    return text.encode("utf-8")


# ---------------------------------------------------------------- iCalendar
TZOBJ = {"Asia/Kolkata": IST, "India Standard Time": IST, "GMT Standard Time": LON,
         "Asia/Singapore": SGT}

VTZ = {
    "Asia/Kolkata": ["BEGIN:VTIMEZONE", "TZID:Asia/Kolkata", "X-LIC-LOCATION:Asia/Kolkata",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:IST",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Singapore": ["BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "BEGIN:STANDARD",
                       "DTSTART:19820101T000000", "TZOFFSETFROM:+0730", "TZOFFSETTO:+0800",
                       "TZNAME:+08", "END:STANDARD", "END:VTIMEZONE"],
    "India Standard Time": ["BEGIN:VTIMEZONE", "TZID:India Standard Time", "BEGIN:STANDARD",
                            "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530",
                            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                            "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:DAYLIGHT",
                            "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
}


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            out.append(b)
            break
        cut = lim
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def vcal(method, prodid, events, tzs=(), calscale=True):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        L.append("CALSCALE:GREGORIAN")
    if method:
        L.append(f"METHOD:{method}")
    for t in tzs:
        L += VTZ[t]
    for ev in events:
        L += ev
    L.append("END:VCALENDAR")
    text = "".join(fold(l) + "\r\n" for l in L)
    assert "mailto:" + OWNER in text.replace("\r\n ", "")
    return text


def vevent(*, uid, seq, start, end, summary, organizer, attendees, stamp, tzid=None,
           description=None, location="", status="CONFIRMED", extra=(), alarm=True, created=None):
    def d(name, x):
        if tzid:
            return f"{name};TZID={tzid}:{x.astimezone(TZOBJ[tzid]).strftime('%Y%m%dT%H%M%S')}"
        return f"{name}:{utcz(x)}"
    assert any(a[1] == OWNER for a in attendees)
    L = ["BEGIN:VEVENT", d("DTSTART", start), d("DTEND", end), f"DTSTAMP:{utcz(stamp)}",
         f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
        role = a[3] if len(a) > 3 else "REQ-PARTICIPANT"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(a[0])};"
                 f"X-NUM-GUESTS=0:mailto:{a[1]}")
    L += list(extra)
    L.append(f"CREATED:{utcz(created or stamp)}")
    if description is not None:
        L.append("DESCRIPTION:" + esc(description))
    L.append(f"LAST-MODIFIED:{utcz(stamp)}")
    L.append("LOCATION:" + esc(location))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H15M0S", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def exchange_event(*, uid, seq, start, end, summary, organizer, required, optional=(), stamp,
                   tzid, description, cancel=False, location="Microsoft Teams Meeting"):
    loc = lambda x: x.astimezone(TZOBJ[tzid]).strftime("%Y%m%dT%H%M%S")
    L = ["BEGIN:VEVENT", f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}']
    for r in required:
        L.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{r[0]}":mailto:{r[1]}')
    for r in optional:
        L.append(f'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{r[0]}":mailto:{r[1]}')
    L += ["DESCRIPTION;LANGUAGE=en-US:" + esc(description), f"UID:{uid}",
          "SUMMARY;LANGUAGE=en-US:" + esc(summary),
          f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
          "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5", f"DTSTAMP:{utcz(stamp)}",
          "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
          "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
          "LOCATION;LANGUAGE=en-US:" + esc(location),
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx('owner', uid, n=7), 16)}",
          "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
          f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{location}\",\"LocationAnnotation\":\"\",\"LocationSource\":0,\"Unresolved\":false,\"LocationUri\":\"\"}}]"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L.append("END:VEVENT")
    return L


# ---------------------------------------------------------------- vendor builders
def google_invite(*, key, n, organizer, guests, start, end, summary, desc, uid, seq, sent,
                  tz_long="India Standard Time - Kolkata", tz_abbr="IST", meet=None, location="",
                  updated=False):
    """Google Calendar invitation e-mail (multipart/mixed, REQUEST)."""
    everyone = [organizer] + [g for g in guests if g[1] != organizer[1]]
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when = (f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 "
            f"{gtime(start)} \u2013 {gtime(end)}")
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, when, tz_long, ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", f"(IN) +91 22 7127 {int(hx(uid, 'ph', n=4), 16) % 9000 + 1000}",
                  f"PIN: {int(hx(uid, 'pin', n=8), 16) % 900000000 + 100000000}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for g in everyone:
        lines += [f"{g[0]} - organizer" if g is organizer else g[0], g[1]]
    lines += [f"View all guest info {view}", "", desc, "",
              f"Reply for {OWNER} and view more details {view}", "", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the "
              "organizer, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP. Learn more "
              "https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    conf = ""
    if meet:
        conf = ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                "Please do not edit this section.\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = vevent(uid=uid, seq=seq, start=start, end=end, summary=summary, organizer=organizer,
                attendees=[(g[0], g[1], "ACCEPTED" if g is organizer else "NEEDS-ACTION")
                           for g in everyone],
                stamp=sent, description=desc + conf, location=location,
                created=sent if seq == 0 else sent - timedelta(days=3),
                extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"] if meet else [])
    ics = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [ev])
    root = mp("mixed", [
        mp("alternative", [tp(plain, cte="base64", flowed=True),
                           tp(to_html(plain, font="Roboto,Helvetica,Arial,sans-serif"), "html"),
                           calpart(ics, "REQUEST")], f"{key}-{n}-alt"),
        att(ics.encode(), "application/ics", "invite.ics")], f"{key}-{n}-mixed")
    prefix = "Updated invitation" if updated else "Invitation"
    subj = (f"{prefix}: {summary} @ {start.strftime('%a %b')} {start.day}, {start.year} "
            f"{gtime(start)} - {gtime(end)} ({tz_abbr}) ({OWNER})")
    return message(key=key, frm=organizer, to=[OWNER], date=sent.astimezone(UTC), subject=subj,
                   root=root, msgid=mid_gcal(key, n), reply_to=organizer,
                   sender=("Google Calendar", "calendar-notification@google.com"),
                   relay="mail-sor-f69.google.com",
                   return_path=f"{b32(key, n, 'rp', n=22)}@calendar-server.bounces.google.com")


WIN_LABEL = {"India Standard Time": "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
             "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"}


def teams_block(uid):
    mid = " ".join(str(int(hx(uid, "tm", n=10), 16))[i:i + 3] for i in range(0, 12, 3))
    pc = b32(uid, "pc", n=6).capitalize()
    thread = hx(uid, "thread", n=32)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32(uid, 'mt', n=40)}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuidish(uid, 'tid')}%22%7d")
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {mid}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n"), thread


def win_when(start, end, tzid, us=True):
    s = start.astimezone(TZOBJ[tzid])
    e = end.astimezone(TZOBJ[tzid])
    if us:
        f = lambda x: x.strftime("%I:%M %p").lstrip("0")
        day = f"{s.strftime('%A, %B')} {s.day}, {s.year}"
        return f"{day} {f(s)}-{f(e)} {WIN_LABEL[tzid]}"
    day = f"{s.strftime('%A')}, {s.day} {s.strftime('%B %Y')}"
    return f"{day} {s.strftime('%H:%M')}-{e.strftime('%H:%M')} {WIN_LABEL[tzid]}"


def teams_invite(*, key, n, organizer, required, optional=(), start, end, tzid, subject, intro,
                 uid, seq, sent, cancel=False, us=True, lang="en-US"):
    block, thread = teams_block(uid)
    when = win_when(start, end, tzid, us)
    plain = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro}\n\n"
    if not cancel:
        plain += block
    ev = exchange_event(uid=uid, seq=seq, start=start, end=end, summary=subject,
                        organizer=organizer, required=required, optional=optional, stamp=sent,
                        tzid=tzid, description=plain, cancel=cancel)
    ics = vcal("CANCEL" if cancel else "REQUEST", "Microsoft Exchange Server 2010", [ev],
               tzs=[tzid], calscale=False)
    root = mp("alternative", [tp(plain, cte="quoted-printable"),
                              tp(to_html(plain, font="Aptos,Calibri,sans-serif", size="12pt"), "html"),
                              calpart(ics, "CANCEL" if cancel else "REQUEST")],
              f"{key}-{n}-alt", style="outlook")
    subj = ("Canceled: " if cancel else "") + subject
    attendees = list(required) + list(optional)
    extra = [("Thread-Topic", hdr(subject)),
             ("Thread-Index", base64.b64encode(bytes.fromhex(hx(uid, "ti", n=44))).decode()),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-Language", lang),
             ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
             ("X-MS-PublicTrafficType", "Email")]
    to = [a for a in attendees if a[1] == OWNER] + [a for a in attendees if a[1] != OWNER]
    return message(key=key, frm=organizer, to=to, date=sent, subject=subj, root=root,
                   msgid=mid_outlook(key, n), extra=extra,
                   relay="mail-pn3ind01on2101.outbound.protection.outlook.com")


def ats_mail(*, key, n, frm, reply_to, to, sent, subject, plain, ics=None, ics_name="invite.ics",
             html_font="Helvetica,Arial,sans-serif", relay, msgid, plain_cte="quoted-printable",
             html_cte="quoted-printable", extra_atts=(), cc=None, style="java", irt=None, refs=None):
    alt = mp("alternative", [tp(plain, cte=plain_cte), tp(to_html(plain, font=html_font), "html",
                                                          cte=html_cte)],
             f"{key}-{n}-alt", style=style)
    parts = [alt]
    if ics:
        parts.append(att(ics.encode(), "text/calendar; charset=UTF-8; method=REQUEST", ics_name))
    parts += list(extra_atts)
    root = mp("mixed", parts, f"{key}-{n}-mixed", style=style) if len(parts) > 1 else alt
    return message(key=key, frm=frm, to=to, cc=cc, date=sent, subject=subject, root=root,
                   msgid=msgid, reply_to=reply_to, relay=relay, irt=irt, refs=refs)


def human_mail(*, key, n, frm, to, sent, subject, text, msgid, cc=None, irt=None, refs=None,
               client="gmail", html_too=True, cte="quoted-printable", extra_atts=(), reply_to=None):
    if client == "gmail":
        style, font, relay = "google", "arial,sans-serif", "mail-sor-f41.google.com"
    elif client == "outlook":
        style, font, relay = "outlook", "Calibri,Arial,sans-serif", \
            "mail-pn2ind01on2110.outbound.protection.outlook.com"
    else:
        style, font, relay = "java", "Verdana,sans-serif", client
    if html_too:
        root = mp("alternative", [tp(text, cte=cte), tp(to_html(text, font=font), "html")],
                  f"{key}-{n}-alt", style=style)
    else:
        root = tp(text, cte=cte)
    if extra_atts:
        root = mp("mixed", [root] + list(extra_atts), f"{key}-{n}-mixed", style=style)
    extra = [("Content-Language", "en-IN")] if client == "outlook" else []
    return message(key=key, frm=frm, to=to, cc=cc, date=sent, subject=subject, root=root,
                   msgid=msgid, irt=irt, refs=refs, relay=relay, extra=extra, reply_to=reply_to)


PDF_STUB = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
            b"<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def iv(company, role, start, end, status, interviewers, followups, kind):
    assert kind in ("phone_screen", "technical", "onsite", "hiring_manager", "other")
    assert status in ("scheduled", "cancelled")
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================ cases
NAUKRI_FOOTER = (
    "\n--\nThis message has been sent to you by a recruiter through Naukri.com. To respond, use "
    "the Reply button of your mail client; your reply goes directly to the recruiter.\n"
    "Naukri.com will never ask you for money for a job or an interview. Report fraud: "
    "https://www.naukri.com/fraud-alert\n"
    "You are receiving this mail because your profile is visible to recruiters. Manage settings: "
    "https://www.naukri.com/mnjuser/settings\n")


@case
def c01():
    slug, key = "naukri-recruiter-call-tomorrow", "c01"
    shruti = ("Shruti Menon", "shruti.menon@paisawise.example")
    sent = T(2026, 9, 14, 17, 52, IST, "Mon", 10)
    text = """Dear Ananya,

Greetings from Paisawise Technologies!

Thank you for the interest shown in the Product Analyst - Lending opening at our Bengaluru (HSR Layout) office. Your profile has been shortlisted by the hiring team after the initial screening.

As discussed on call just now, your first telephonic discussion with me is fixed for tomorrow at 2 PM. It will take approx. 30 minutes - we will go over your current role, the funnel and cohort work you mentioned from Konkan Bazaar, notice period and CTC expectations. If all goes well, TR-1 with the analytics team will be lined up this week itself.

I will call you on your registered mobile number (+91 98XXXXXX41). In case the timing does not suit, kindly revert on this mail at the earliest so that I can block another slot.

Regards,
Shruti Menon
Talent Acquisition | Paisawise Technologies Pvt. Ltd.
27th Main, HSR Layout Sector 2, Bengaluru 560102
shruti.menon@paisawise.example | +91 80 4718 2290
""" + NAUKRI_FOOTER
    eml = ats_mail(key=key, n=1, frm=("Shruti Menon - Paisawise Technologies", "nvite@naukri.com"),
                   reply_to=shruti, to=[ME], sent=sent,
                   subject="Paisawise Technologies | Product Analyst - Lending | Telephonic round tomorrow",
                   plain=text, relay="mailer2.naukri.com", msgid=mid_generic("naukri.com", key, 1))
    start = T(2026, 9, 15, 14, 0, IST, "Tue")
    lab = label([iv("Paisawise Technologies", "Product Analyst - Lending", start,
                    start + timedelta(minutes=30), "scheduled", [shruti[1]], [shruti[1]],
                    "phone_screen")],
                "medium", "positive/relative-date-body-only",
                "Naukri relay mail (From nvite@naukri.com, Reply-To recruiter). 'Tomorrow at 2 PM' "
                "resolved against the Date header Mon 14 Sep 2026 17:52 +05:30 -> Tue 15 Sep 14:00 IST; "
                "'approx. 30 minutes' gives the end. The recruiter conducts the call.")
    return slug, [("01-naukri-paisawise-telephonic-round.eml", eml)], lab


@case
def c02():
    slug, key = "naukri-job-alert-walkins", "c02"
    sent = T(2026, 9, 16, 7, 5, IST, "Wed", 41)
    wd("2026-09-19", "Sat")
    wd("2026-09-21", "Mon")
    text = """Hi Ananya,

18 new jobs match your saved search "Product Analyst" in Mumbai, Bengaluru, Pune, Hyderabad.

1. Product Analyst - Growth
Zentrix Fintech | Bengaluru (Hybrid) | 3-6 Yrs | 18-26 Lacs P.A.
Skills: SQL, Mixpanel, A/B testing, Python
Walk-in interview: Sat, 19 Sep, 10 AM - 2 PM | Posted 1 day ago
Apply: https://www.naukri.com/job-listings-product-analyst-growth-zentrix-fintech-bengaluru-3-to-6-years-150926500123

2. Senior Business Analyst - Interview on 21 Sep
Orbisphere Technologies | Hyderabad | 4-8 Yrs | Not disclosed
Virtual interviews this Monday for immediate joiners (15-30 days notice)
Apply: https://www.naukri.com/job-listings-senior-business-analyst-orbisphere-hyderabad-4-to-8-years-150926500456

3. Product Analyst II
Kitefin Payments | Pune | 2-5 Yrs | 15-22 Lacs P.A.
Early applicant | 120+ applicants
Apply: https://www.naukri.com/job-listings-product-analyst-ii-kitefin-payments-pune-2-to-5-years-140926500789

4. Analytics Consultant - Product
Vellore Labs | Mumbai (Powai) | 3-7 Yrs | 20-30 Lacs P.A.
Recruiter is actively hiring - responds within 2 days
Apply: https://www.naukri.com/job-listings-analytics-consultant-product-vellore-labs-mumbai-3-to-7-years-150926500901

View all 18 jobs: https://www.naukri.com/mnjuser/recommendedjobs

Tip of the week: Recruiters are 3x more likely to call profiles updated in the last 15 days. Update your resume headline now.

You are receiving this alert because you created a job alert on Naukri.com. Unsubscribe: https://www.naukri.com/mnjuser/jobalert/unsubscribe
Info Edge (India) Ltd., B-8, Sector 132, Noida 201304
"""
    eml = ats_mail(key=key, n=1, frm=("Naukri Job Alerts", "jobalerts@naukri.com"),
                   reply_to=None, to=[ME], sent=sent,
                   subject="Ananya, 18 new Product Analyst jobs matching your profile (walk-ins this week)",
                   plain=text, relay="mailer5.naukri.com", msgid=mid_generic("naukri.com", key, 1),
                   html_cte="base64")
    lab = label([], "easy", "negative/job-alert",
                "Naukri job alert with walk-in and 'interview on 21 Sep' snippets for listings; "
                "nothing is booked for the user.")
    return slug, [("01-naukri-job-alert.eml", eml)], lab


@case
def c03():
    slug, key = "darwinbox-tr1-with-ics", "c03"
    divya = ("Divya Pillai", "divya.pillai@northgate-tech.example")
    karthik = ("Karthik Raghavan", "karthik.raghavan@northgate-tech.example")
    sent = T(2026, 9, 15, 12, 14, IST, "Tue", 3)
    start = T(2026, 9, 18, 11, 0, IST, "Fri")
    end = start + timedelta(hours=1)
    uid = f"dbx-{hx(key, 'uid', n=24)}@darwinbox.in"
    block, _ = teams_block(uid)
    text = f"""Dear Ananya Iyer,

Your interview for the position of Senior Product Analyst (Requisition ID: NRT-PA-0419) has been scheduled. Please find the details below:

Round          : Technical Round 1 (TR-1) - SQL, metrics and product sense
Date           : 18-Sep-2026 (Friday)
Time           : 11:00 AM - 12:00 PM (IST)
Mode           : Virtual - Microsoft Teams
Interviewer(s) : Karthik Raghavan, Lead - Merchandising Analytics
Location       : Northgate Retail Technology India, Embassy Tech Village, Bengaluru (virtual for this round)

Please join 5 minutes before the scheduled time with a stable internet connection and your camera switched on. Keep a government photo ID handy for verification at the start of the call.

PFA the calendar invite for the same.

For any queries related to the interview, please reach out to Divya Pillai (divya.pillai@northgate-tech.example).

Regards,
Team Talent Acquisition
Northgate Retail Technology India Pvt. Ltd.

This is a system generated e-mail sent via Darwinbox. Please do not reply to this e-mail.
"""
    ev = vevent(uid=uid, seq=0, start=start, end=end,
                summary="Interview: TR-1 | Senior Product Analyst | Ananya Iyer",
                organizer=divya, attendees=[karthik, ME], stamp=sent, alarm=False,
                description="Technical Round 1 (TR-1) - SQL, metrics and product sense\n"
                            "Interviewer: Karthik Raghavan\n\n" + block,
                location="Microsoft Teams")
    ics = vcal("REQUEST", "-//Darwinbox//Recruitment Scheduler//EN", [ev])
    eml = ats_mail(key=key, n=1, frm=("Northgate Talent Acquisition", "no-reply@darwinbox.in"),
                   reply_to=divya, to=[ME], sent=sent,
                   subject="Interview Scheduled: Technical Round 1 (TR-1) - Senior Product Analyst - Ananya Iyer",
                   plain=text, ics=ics, ics_name="Interview_Invite.ics",
                   relay="mta-out3.darwinbox.in", msgid=mid_generic("darwinbox.in", key, 1))
    lab = label([iv("Northgate Retail Technology India", "Senior Product Analyst", start, end,
                    "scheduled", [karthik[1]], [karthik[1]], "technical")],
                "easy", "positive/ats-email-with-ics",
                "Darwinbox schedule mail from no-reply@darwinbox.in with Interview_Invite.ics "
                "(UTC times). Interviewer Karthik is an ATTENDEE; Divya only coordinates.")
    return slug, [("01-darwinbox-interview-scheduled-tr1.eml", eml)], lab


@case
def c04():
    slug, key = "hackerearth-aptitude-test", "c04"
    sent = T(2026, 9, 17, 10, 30, IST, "Thu", 12)
    wd("2026-09-19", "Sat")
    wd("2026-09-20", "Sun")
    text = """Hi Ananya,

Zypher Logistics has invited you to take the Product Analyst Hiring Assessment 2026 on HackerEarth.

Test window : 19 Sep 2026, 10:00 AM IST to 20 Sep 2026, 11:59 PM IST
Duration    : 90 minutes (the timer starts once you click "Start test")
Sections    : Quantitative aptitude (20 MCQs), Logical reasoning (15 MCQs), SQL (2 problems)

Start your test: https://assessment.hackerearth.com/challenges/hiring/zypher-product-analyst-2026/

Before you begin:
- Use the latest Chrome or Firefox on a laptop/desktop; mobile devices are not supported.
- The test is webcam-proctored. Tab switches and copy-paste are recorded.
- Once submitted, the test cannot be reattempted.

Candidates who clear the cut-off will be contacted by the Zypher Logistics talent team for the interview rounds (TR/MR/HR).

All the best!
Team HackerEarth
on behalf of Zypher Logistics, Pune

Need help? Write to support@hackerearth.com
"""
    eml = ats_mail(key=key, n=1, frm=("HackerEarth", "noreply@hackerearth.com"), reply_to=None,
                   to=[ME], sent=sent,
                   subject="Zypher Logistics has invited you to the Product Analyst Hiring Assessment 2026",
                   plain=text, relay="o1.mail.hackerearth.com",
                   msgid=mid_generic("hackerearth.com", key, 1), style="java")
    lab = label([], "medium", "negative/online-assessment",
                "HackerEarth proctored aptitude + SQL test with a two-day window; interviews only "
                "promised after the cut-off. Take-home/online assessments are not interviews.")
    return slug, [("01-hackerearth-assessment-invite.eml", eml)], lab


@case
def c05():
    slug, key = "thread-hm-propose-then-confirm", "c05"
    rohit = ("Rohit Khanna", "rohit.khanna@dhanvantrihealth.example")
    neha = ("Neha Saxena", "neha.saxena@dhanvantrihealth.example")
    wd("2026-09-23", "Wed")
    wd("2026-09-24", "Thu")
    wd("2026-09-25", "Fri")
    s1 = T(2026, 9, 21, 10, 12, IST, "Mon", 44)
    t1 = """Hi Ananya,

Neha shared your profile along with your write-up on the teleconsult drop-off problem - nicely done, especially the bit about splitting repeat vs first-time patients.

As the next step I'd like to set up a 45-minute conversation with me. This is the hiring manager round for the Product Analyst (Care Platform) role, so expect questions on how you'd measure success for our doctor-side app, plus a walkthrough of a couple of your past projects.

Would any of these work for you (all IST)?
- Wed, 23 Sep - 5:00 PM
- Thu, 24 Sep - 11:30 AM
- Fri, 25 Sep - 4:00 PM

Google Meet is fine; if you happen to be in Gurugram that week we can also do it F2F at our Sector 44 office.

Best,
Rohit Khanna
Director - Product, Dhanvantri Health
"""
    m1 = mid_gmail(key, 1)
    e1 = human_mail(key=key, n=1, frm=rohit, to=[ME], cc=[neha], sent=s1,
                    subject="Product Analyst (Care Platform) - conversation with hiring manager",
                    text=t1, msgid=m1, client="gmail")
    s2 = T(2026, 9, 21, 13, 40, IST, "Mon", 5)
    t2 = ("Hi Rohit,\n\nThank you for the quick turnaround. Thursday, 24 Sep at 11:30 AM works best "
          "for me - I'll join on Google Meet since I'm in Mumbai that week.\n\nLooking forward to "
          "the discussion.\n\nRegards,\nAnanya\n\n"
          "On Mon, 21 Sept 2026 at 10:12, Rohit Khanna <rohit.khanna@dhanvantrihealth.example> wrote:\n"
          + quote_block(t1) + "\n")
    m2 = mid_gmail(key, 2)
    e2 = human_mail(key=key, n=2, frm=ME, to=[rohit], cc=[neha], sent=s2,
                    subject="Re: Product Analyst (Care Platform) - conversation with hiring manager",
                    text=t2, msgid=m2, irt=m1, refs=[m1], client="gmail")
    s3 = T(2026, 9, 21, 15, 5, IST, "Mon", 30)
    t3 = ("Done - Thursday 11:30 AM IST it is. I've blocked 45 mins on my calendar.\n\n"
          "Meet link: https://meet.google.com/pvk-rtzm-qhd\n\n"
          "Neha will take you through the remaining steps after our chat.\n\nCheers,\nRohit\n\n"
          "On Mon, 21 Sept 2026 at 13:40, Ananya Iyer <ananya.iyer@example.com> wrote:\n"
          + quote_block(t2) + "\n")
    m3 = mid_gmail(key, 3)
    e3 = human_mail(key=key, n=3, frm=rohit, to=[ME], cc=[neha], sent=s3,
                    subject="Re: Product Analyst (Care Platform) - conversation with hiring manager",
                    text=t3, msgid=m3, irt=m2, refs=[m1, m2], client="gmail")
    start = T(2026, 9, 24, 11, 30, IST, "Thu")
    lab = label([iv("Dhanvantri Health", "Product Analyst (Care Platform)", start,
                    start + timedelta(minutes=45), "scheduled", [rohit[1]], [rohit[1]],
                    "hiring_manager")],
                "medium", "positive/thread-propose-confirm",
                "Three proposed slots, candidate picks Thu 24 Sep 11:30 AM, HM confirms with a Meet "
                "link. Only the confirmed slot counts; 45 minutes from the first mail. Neha (cc) "
                "does not interview.")
    return slug, [("01-dhanvantri-hm-slots.eml", e1), ("02-reply-thursday.eml", e2),
                  ("03-dhanvantri-confirmed.eml", e3)], lab


@case
def c06():
    slug, key = "availability-request-ctc", "c06"
    sneha = ("Sneha Patil", "sneha.patil@vardhananalytics.example")
    sent = T(2026, 9, 22, 11, 48, IST, "Tue", 19)
    text = """Hi Ananya,

Hope you are doing well.

We have an urgent requirement for a Product Analyst with one of our BFSI clients at Baner, Pune (hybrid, 3 days WFO). Your Naukri profile looks like a good match for the JD below.

JD in brief:
- 3-5 years in product/business analytics, B2C preferred
- Strong SQL, Excel; Python/R is a plus
- Experience with funnel analysis, experimentation and dashboarding (Tableau/Power BI)

Kindly revert with the below details along with your updated CV so that we can take your profile ahead with the client:
Current CTC:
Expected CTC:
Notice period (if serving, LWD):
Current location / OK to relocate to Pune:
Availability for TR-1 (2-3 slots next week between 10 AM and 6 PM):

Interview process: TR-1 (virtual) -> TR-2 (F2F at Baner) -> HR discussion.

Please do the needful at the earliest as the client wants to close this position by month end.

Thanks & Regards,
Sneha Patil
Senior Recruiter | Vardhan Analytics Services
Baner, Pune | +91 20 6712 4408
"""
    eml = human_mail(key=key, n=1, frm=sneha, to=[ME], sent=sent,
                     subject="Opening for Product Analyst - Pune (Hybrid) | Kindly revert with details",
                     text=text, msgid=mid_outlook(key, 1), client="outlook")
    lab = label([], "medium", "negative/availability-request",
                "Consultancy recruiter asks for CTC, notice period and TR-1 availability; no slot is "
                "booked.")
    return slug, [("01-vardhan-opening-kindly-revert.eml", eml)], lab


@case
def c07():
    slug, key = "google-invite-mr-preponed", "c07"
    sanjay = ("Sanjay Reddy", "sanjay.reddy@brindavaninsurtech.example")
    harini = ("Harini Vemula", "harini.v@brindavaninsurtech.example")
    uid = f"{b32(key, 'uid', n=26)}@google.com"
    summ = "Brindavan Insurtech | MR Round - Product Analyst II (Ananya Iyer)"
    desc = ("Managerial round with Sanjay (Head of Analytics), around 60 mins. Expect a discussion "
            "on claims funnel metrics and one guesstimate. Harini from TA is on the invite for "
            "coordination only.")
    s0 = T(2026, 9, 29, 16, 0, IST, "Tue")
    sent1 = T(2026, 9, 25, 18, 20, IST, "Fri", 7)
    e1 = google_invite(key=key, n=1, organizer=sanjay, guests=[harini, ME], start=s0,
                       end=s0 + timedelta(hours=1), summary=summ, desc=desc, uid=uid, seq=0,
                       sent=sent1, meet="hqe-wxbn-tpa")
    sent2 = T(2026, 9, 28, 9, 47, IST, "Mon", 51)
    t2 = """Hi Ananya,

Good morning. Sanjay has a leadership review that has come up tomorrow evening, so we would like to prepone your MR round to 11 AM tomorrow (same duration, same Meet link).

Hope this works for you - kindly confirm on this thread. Sanjay will send the updated invite shortly.

Apologies for the short notice.

Thanks,
Harini Vemula
Talent Acquisition, Brindavan Insurtech, Hyderabad
"""
    e2 = human_mail(key=key, n=2, frm=harini, to=[ME], cc=[sanjay], sent=sent2,
                    subject="Prepone of MR round - Tuesday", text=t2,
                    msgid=mid_gmail(key, 2), client="gmail")
    s1 = T(2026, 9, 29, 11, 0, IST, "Tue")
    sent3 = T(2026, 9, 28, 10, 31, IST, "Mon", 22)
    e3 = google_invite(key=key, n=3, organizer=sanjay, guests=[harini, ME], start=s1,
                       end=s1 + timedelta(hours=1), summary=summ, desc=desc, uid=uid, seq=1,
                       sent=sent3, meet="hqe-wxbn-tpa", updated=True)
    lab = label([iv("Brindavan Insurtech", "Product Analyst II", s1, s1 + timedelta(hours=1),
                    "scheduled", [sanjay[1]], [sanjay[1]], "hiring_manager")],
                "medium", "positive/reschedule-sequence",
                "Google invite for Tue 29 Sep 4 PM, a 'prepone' mail, then an updated invitation "
                "(same UID, SEQUENCE 1) at 11 AM the same day. Final time wins. Harini is a guest "
                "but only coordinates.")
    return slug, [("01-invitation-mr-round.eml", e1), ("02-harini-prepone-request.eml", e2),
                  ("03-updated-invitation-mr-round.eml", e3)], lab


@case
def c08():
    slug, key = "singapore-zoom-sgt", "c08"
    grace = ("Grace Tan", "grace.tan@merlionpay.example")
    weijie = ("Lim Wei Jie", "weijie.lim@merlionpay.example")
    sent = T(2026, 9, 30, 16, 22, SGT, "Wed", 9)
    start = T(2026, 10, 6, 10, 30, SGT, "Tue")
    end = start + timedelta(hours=1)
    assert start.astimezone(IST).strftime("%H:%M") == "08:00"
    text = """Hi Ananya,

Thanks for confirming over WhatsApp earlier today.

Your technical interview for the Senior Product Analyst (Payments) role is confirmed with Wei Jie, our Analytics Lead:

Tuesday, 6 October 2026
10:30-11:30am Singapore time (that's 8:00-9:00am IST on your side - please double-check that your calendar shows the right time)

Rough format: 15 min on your background, 30 min of live SQL on a payments dataset (shared via CoderPad during the call), and 15 min for your questions. Wei Jie will send the Zoom invite separately.

If anything changes on your side, just let me know.

Best regards,
Grace Tan
Senior Talent Partner | Merlion Pay Pte. Ltd.
71 Robinson Road, Singapore 068895
"""
    e1 = human_mail(key=key, n=1, frm=grace, to=[ME], cc=[weijie], sent=sent,
                    subject="Merlion Pay - technical interview confirmed (Tue 6 Oct, 10:30am SGT)",
                    text=text, msgid=mid_outlook(key, 1), client="outlook")
    zid = str(int(hx(key, "zoom", n=9), 16) % 90000000000 + 10000000000)
    zurl = f"https://merlionpay.zoom.us/j/{zid}?pwd={b32(key, 'pwd', n=32)}"
    zdesc = (f"Lim Wei Jie is inviting you to a scheduled Zoom meeting.\n\n"
             f"Topic: Merlion Pay | Technical Interview - Ananya Iyer (Senior Product Analyst, Payments)\n"
             f"Time: Oct 6, 2026 10:30 AM Singapore\n\nJoin Zoom Meeting\n{zurl}\n\n"
             f"Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\nPasscode: {int(hx(key, 'pc', n=6), 16) % 900000 + 100000}\n")
    ev = vevent(uid=f"ZOOM{zid}@zoom.us", seq=0, start=start, end=end,
                summary="Merlion Pay | Technical Interview - Ananya Iyer", organizer=weijie,
                attendees=[(weijie[0], weijie[1], "ACCEPTED"), ME, grace[:2] + ("NEEDS-ACTION", "OPT-PARTICIPANT")],
                stamp=T(2026, 9, 30, 17, 3, SGT, "Wed"), tzid="Asia/Singapore",
                description=zdesc, location=zurl)
    ics = vcal("REQUEST", "-//zoom.us//iCalendar Event//EN", [ev], tzs=["Asia/Singapore"])
    lab = label([iv("Merlion Pay", "Senior Product Analyst (Payments)", start, end, "scheduled",
                    [weijie[1]], [weijie[1]], "technical")],
                "medium", "positive/foreign-timezone-dedupe",
                "Singapore company: mail gives 10:30 SGT (+08:00) = 08:00 IST; standalone Zoom .ics "
                "with TZID Asia/Singapore is the same interview (one entry). Grace coordinates only.")
    return slug, [("01-merlion-interview-confirmed.eml", e1),
                  ("02-zoom-merlion-technical.ics", ics.encode())], lab


@case
def c09():
    slug, key = "bgv-verification-call", "c09"
    farhan = ("Farhan Qureshi", "farhan.q@surecheck-bgv.example")
    sent = T(2026, 10, 29, 11, 5, IST, "Thu", 38)
    wd("2026-10-30", "Fri")
    text = """Dear Ms. Ananya Iyer,

Greetings from SureCheck Screening Services.

We have been authorised by Meridale Pharma Global Capability Centre, Hyderabad to conduct your pre-employment background verification (BGV). As part of the process, a verification call has been scheduled for tomorrow, 30-Oct-2026 (Friday) at 3:00 PM IST. The call will take 10-15 minutes and our executive will confirm your current address, education and employment details.

Kindly keep the below documents handy and upload them on the BGV portal by EOD today:
1. Aadhaar card and PAN card
2. Graduation and post-graduation marksheets / degree certificates
3. Relieving letter and last 3 months' payslips from your previous employer
4. Offer letter / appointment letter from your current employer

Portal link: https://portal.surecheck-bgv.example/candidate/ADR-2026-118342
Case reference: SC/MPG/2026/118342

Please note this is not an interview and there is no evaluation involved. Kindly revert in case the slot does not suit you.

Regards,
Farhan Qureshi
Verification Executive | SureCheck Screening Services Pvt. Ltd.
Hitech City, Hyderabad | +91 40 4920 1187
"""
    eml = human_mail(key=key, n=1, frm=farhan, to=[ME], sent=sent,
                     subject="BGV | Ananya Iyer | Meridale Pharma GCC | Verification call scheduled",
                     text=text, msgid=mid_generic("surecheck-bgv.example", key, 1),
                     client="smtp.surecheck-bgv.example")
    lab = label([], "medium", "negative/background-verification",
                "Background verification call after an offer (date and time given) - a document "
                "check by a BGV vendor, not a job interview.")
    return slug, [("01-surecheck-bgv-call.eml", eml)], lab


@case
def c10():
    slug, key = "london-teams-bst-to-gmt", "c10"
    oliver = ("Oliver Bennett", "oliver.bennett@thamesfield.example")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(key, "uid", n=72).upper()
    subj = "Thamesfield Analytics - Hiring manager interview - Product Analyst (India Growth)"
    s0 = T(2026, 10, 21, 14, 0, LON, "Wed", off="+0100")
    assert s0.astimezone(IST).strftime("%H:%M") == "18:30"
    sent1 = T(2026, 10, 14, 10, 2, LON, "Wed", 17, off="+0100")
    intro1 = ("Hi Ananya,\n\nAs promised, here's a slot for our conversation. 2pm UK time should be "
              "6:30pm in Mumbai - hopefully not too late for you. We'll talk through the India growth "
              "roadmap and the experimentation work you described to Charlotte.\n\nBest,\nOliver\n"
              "Head of Product Analytics, Thamesfield Analytics Ltd, London")
    e1 = teams_invite(key=key, n=1, organizer=oliver, required=[ME], start=s0,
                      end=s0 + timedelta(hours=1), tzid="GMT Standard Time", subject=subj,
                      intro=intro1, uid=uid, seq=0, sent=sent1, us=False, lang="en-GB")
    s1 = T(2026, 10, 28, 14, 0, LON, "Wed", off="+0000")
    assert s1.astimezone(IST).strftime("%H:%M") == "19:30"
    sent2 = T(2026, 10, 19, 16, 40, LON, "Mon", 3, off="+0100")
    intro2 = ("Hi Ananya,\n\nApologies - I need to move our chat by a week as I'm travelling on the "
              "21st. Same time in London (2pm), but do note that UK clocks go back on Sunday 25 "
              "October, so this will now be 7:30pm IST for you rather than 6:30pm. Shout if that "
              "doesn't work.\n\nThanks,\nOliver")
    e2 = teams_invite(key=key, n=2, organizer=oliver, required=[ME], start=s1,
                      end=s1 + timedelta(hours=1), tzid="GMT Standard Time", subject=subj,
                      intro=intro2, uid=uid, seq=1, sent=sent2, us=False, lang="en-GB")
    lab = label([iv("Thamesfield Analytics", "Product Analyst (India Growth)", s1,
                    s1 + timedelta(hours=1), "scheduled", [oliver[1]], [oliver[1]],
                    "hiring_manager")],
                "hard", "positive/dst-reschedule-exchange",
                "Teams invite (GMT Standard Time) Wed 21 Oct 14:00 BST (+01:00); same UID, SEQUENCE 1 "
                "moves it to Wed 28 Oct 14:00 GMT (+00:00) after the UK change on 25 Oct = 19:30 IST. "
                "Both invites show the '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' label.")
    return slug, [("01-teams-hm-interview.eml", e1), ("02-teams-hm-interview-moved.eml", e2)], lab


@case
def c11():
    slug, key = "walk-in-drive-hyderabad", "c11"
    ta = ("Orbisphere Talent Acquisition", "ta-events@orbisphere.example")
    sent = T(2026, 10, 12, 9, 15, IST, "Mon", 0)
    wd("2026-10-17", "Sat")
    text = """Dear Candidate,

Orbisphere Technologies (Global Capability Centre, Hyderabad) is conducting a WALK-IN INTERVIEW DRIVE for Product Analyst and Business Analyst roles.

Experience : 2-6 years (product analytics, BI, e-commerce or BFSI domain)
Date       : Saturday, 17 October 2026
Reporting  : 9:30 AM to 1:00 PM
Venue      : Orbisphere Technologies, Tower B, 6th floor, Mindspace, HITEC City, Hyderabad 500081
Process    : Online aptitude test, followed by TR and HR rounds on the same day for shortlisted candidates

No prior registration or slot booking is required - entry is on a first-come, first-served basis. Please carry two copies of your updated resume, a government photo ID and a print-out or screenshot of this mail. A calendar reminder for the drive is attached for your convenience.

Candidates who have attended an Orbisphere interview in the last 6 months need not apply.

Note: Orbisphere never charges any fee at any stage of recruitment.

Regards,
Talent Acquisition Team
Orbisphere Technologies
"""
    start = T(2026, 10, 17, 9, 30, IST, "Sat")
    end = T(2026, 10, 17, 13, 0, IST, "Sat")
    ev = vevent(uid=f"walkin-{hx(key, 'uid', n=16)}@orbisphere.example", seq=0, start=start,
                end=end, summary="Walk-in Interview Drive - Orbisphere (Product/Business Analyst)",
                organizer=ta, attendees=[ME], stamp=sent, tzid="Asia/Kolkata",
                description="Walk-in drive. Reporting 9:30 AM - 1:00 PM. No slot booking required.",
                location="Orbisphere Technologies, Tower B, Mindspace, HITEC City, Hyderabad")
    ics = vcal("PUBLISH", "-//Orbisphere Technologies//Campus Events//EN", [ev],
               tzs=["Asia/Kolkata"])
    e1 = ats_mail(key=key, n=1, frm=ta, reply_to=None, to=[ME], sent=sent,
                  subject="Walk-in Drive | Product & Business Analysts | Sat, 17 Oct | HITEC City, Hyderabad",
                  plain=text, relay="smtp-out.orbisphere.example",
                  msgid=mid_generic("orbisphere.example", key, 1), html_cte="base64")
    lab = label([], "hard", "negative/walk-in-drive",
                "Walk-in drive with a reporting window and a PUBLISH .ics reminder; no booked slot "
                "for the user, so it is a hiring event, not an interview.")
    return slug, [("01-orbisphere-walk-in-drive.eml", e1),
                  ("02-walk-in-drive-reminder.ics", ics.encode())], lab


@case
def c12():
    slug, key = "bengaluru-f2f-loop-case-study", "c12"
    tanvi = ("Tanvi Kapoor", "tanvi.kapoor@saffronleaf.example")
    meera = ("Meera Joshi", "meera.joshi@saffronleaf.example")
    arjun = ("Arjun Bhat", "arjun.bhat@saffronleaf.example")
    nikhil = ("Nikhil Sharma", "nikhil.sharma@saffronleaf.example")
    aditi = ("Aditi Rao", "aditi.rao@saffronleaf.example")
    wd("2026-10-16", "Fri")
    wd("2026-10-15", "Thu")
    sent = T(2026, 10, 9, 14, 30, IST, "Fri", 26)
    text = """Hi Ananya,

Congratulations on clearing TR-1 and TR-2! As discussed, your final loop will be F2F at our Koramangala office on Friday, 16 October. Our travel desk has booked your Mumbai-Bengaluru flights (return the same evening); tickets will come to you separately.

Itinerary (all IST):
10:00 - 11:00  Case study presentation - Meera Joshi (Group PM, Checkout) and Arjun Bhat (Analytics Manager)
11:15 - 12:15  Product sense + SQL deep-dive - Nikhil Sharma (Senior Data Scientist)
12:15 - 13:30  Lunch with the team (not evaluated, promise!)
13:30 - 14:15  Hiring manager round - Aditi Rao (Director, Analytics)

Case study: PFA the brief. You get 20 minutes to present (max 8 slides) and the rest is Q&A. Kindly share the deck with me by EOD Thursday so that we can keep it ready on the conference room screen.

Address: Saffronleaf Commerce, 4th floor, Sterling Arcade, 80 Feet Road, Koramangala 4th Block, Bengaluru 560034. Please carry a photo ID for the visitor pass and report at the reception by 9:45 AM.

Calendar invites for each session will come from the interviewers' calendars.

Warm regards,
Tanvi Kapoor
Talent Acquisition Partner | Saffronleaf Commerce
+91 80 6190 3321
"""
    e1 = human_mail(key=key, n=1, frm=tanvi, to=[ME], sent=sent,
                    subject="Saffronleaf | F2F loop on Fri, 16 Oct - itinerary and case study brief",
                    text=text, msgid=mid_gmail(key, 1), client="gmail",
                    extra_atts=[att(PDF_STUB, "application/pdf",
                                    "Saffronleaf_Case_Study_Brief_PA.pdf")])
    loc = "Saffronleaf Commerce, Sterling Arcade, Koramangala 4th Block, Bengaluru"
    sessions = [
        (meera, [arjun, tanvi, ME], T(2026, 10, 16, 10, 0, IST, "Fri"), 60,
         "Saffronleaf F2F: Case study presentation (Ananya Iyer)",
         "Ananya presents the checkout drop-off case (20 mins) followed by Q&A with Meera and Arjun. "
         "HDMI and clicker available in the room.", loc + " - Conf room Kesar",
         T(2026, 10, 9, 16, 2, IST, "Fri", 40)),
        (nikhil, [ME], T(2026, 10, 16, 11, 15, IST, "Fri"), 60,
         "Saffronleaf F2F: Product sense + SQL (Ananya Iyer)",
         "Whiteboard product sense followed by SQL on a laptop we provide. No prep needed.",
         loc + " - Conf room Kesar", T(2026, 10, 9, 17, 25, IST, "Fri", 12)),
        (aditi, [ME, tanvi], T(2026, 10, 16, 13, 30, IST, "Fri"), 45,
         "Saffronleaf F2F: Hiring manager round - Senior Product Analyst",
         "Last conversation of the day. Looking forward to meeting you in person, Ananya!",
         loc + " - Aditi's cabin, 4th floor", T(2026, 10, 10, 10, 8, IST, "Sat", 55)),
    ]
    items = [("01-saffronleaf-itinerary.eml", e1)]
    names = ["02-invitation-case-study.eml", "03-invitation-product-sense-sql.eml",
             "04-invitation-hm-round.eml"]
    for i, (org, guests, st, mins, summ, desc, where, snt) in enumerate(sessions):
        items.append((names[i], google_invite(
            key=key, n=i + 2, organizer=org, guests=guests, start=st,
            end=st + timedelta(minutes=mins), summary=summ, desc=desc,
            uid=f"{b32(key, 'uid', i, n=26)}@google.com", seq=0, sent=snt, location=where)))
    start = T(2026, 10, 16, 10, 0, IST, "Fri")
    end = T(2026, 10, 16, 14, 15, IST, "Fri")
    ivs = [meera[1], arjun[1], nikhil[1], aditi[1]]
    lab = label([iv("Saffronleaf Commerce", "Senior Product Analyst", start, end, "scheduled",
                    ivs, ivs, "onsite")],
                "hard", "positive/onsite-loop",
                "F2F loop on one day: itinerary mail plus three separate Google invites (case study "
                "presentation, product sense + SQL, HM round) with a lunch break. One onsite entry "
                "10:00-14:15 IST with all four interviewers; Tanvi only coordinates.")
    return slug, items, lab


@case
def c13():
    slug, key = "owner-is-intern-panelist", "c13"
    farah = ("Farah Sheikh", "farah.sheikh@konkanbazaar.example")
    rahul = ("Rahul Deshpande", "rahul.deshpande.nmims@student.example")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(key, "uid", n=72).upper()
    start = T(2026, 10, 15, 16, 0, IST, "Thu")
    sent = T(2026, 10, 12, 11, 20, IST, "Mon", 48)
    intro = ("Hi Ananya,\n\nThank you for agreeing to be on the interview panel for our Business "
             "Analyst Intern hiring. You will be interviewing Rahul Deshpande (NMIMS, final year "
             "MBA). His CV and the evaluation rubric are in the shared Intern Hiring 2026 folder.\n\n"
             "Please submit your feedback in Keka within 24 hours of the interview.\n\n"
             "Regards,\nFarah Sheikh\nHR - Talent Acquisition, Konkan Bazaar, Mumbai")
    e1 = teams_invite(key=key, n=1, organizer=farah, required=[ME, rahul], start=start,
                      end=start + timedelta(minutes=45), tzid="India Standard Time",
                      subject="Interview: Business Analyst Intern - Rahul Deshpande (Panel: Ananya Iyer)",
                      intro=intro, uid=uid, seq=0, sent=sent, us=True, lang="en-IN")
    lab = label([], "medium", "negative/user-is-interviewer",
                "Teams invite from the user's current employer: the user is the panelist "
                "interviewing an intern candidate.")
    return slug, [("01-teams-intern-panel.eml", e1)], lab


@case
def c14():
    slug, key = "zoho-tr2-diwali-reschedule", "c14"
    pooja = ("Pooja Kulkarni", "pooja.kulkarni@sahyadrimobility.example")
    vivek = ("Vivek Deshmukh", "vivek.deshmukh@sahyadrimobility.example")
    s0 = T(2026, 11, 10, 11, 0, IST, "Tue")
    sent1 = T(2026, 10, 27, 15, 45, IST, "Tue", 2)
    zurl = f"https://zoom.us/j/{int(hx(key, 'z', n=9), 16) % 90000000000 + 10000000000}"
    text1 = f"""Dear Ananya Iyer,

Greetings from Sahyadri Mobility!

Your interview has been scheduled. Please find the details below.

Interview Name : TR-2 (Product Analytics)
Position       : Product Analyst
Date & Time    : 10 Nov 2026, Tuesday, 11:00 AM - 12:00 PM (Asia/Kolkata)
Interviewer    : Vivek Deshmukh
Venue          : Online - Zoom ({zurl})

Kindly accept the attached calendar invite. In case of any clarification, please contact Pooja Kulkarni at pooja.kulkarni@sahyadrimobility.example.

Regards,
Talent Acquisition Team
Sahyadri Mobility Pvt. Ltd., Hinjewadi Phase 1, Pune

Sent via Zoho Recruit
"""
    uid = f"zr-{hx(key, 'uid', n=20)}@zohorecruit.in"
    ev = vevent(uid=uid, seq=0, start=s0, end=s0 + timedelta(hours=1),
                summary="TR-2 (Product Analytics) - Ananya Iyer - Product Analyst",
                organizer=pooja, attendees=[vivek, ME], stamp=sent1, tzid="Asia/Kolkata",
                description=f"Interviewer: Vivek Deshmukh\nZoom: {zurl}", location=zurl)
    ics = vcal("REQUEST", "-//Zoho Corporation//Zoho Recruit//EN", [ev], tzs=["Asia/Kolkata"])
    m1 = mid_generic("zohorecruit.in", key, 1)
    e1 = ats_mail(key=key, n=1, frm=("Sahyadri Mobility Careers", "notification@zohorecruit.in"),
                  reply_to=pooja, to=[ME], sent=sent1,
                  subject="Interview Scheduled - TR-2 (Product Analytics) - Product Analyst - Ananya Iyer",
                  plain=text1, ics=ics, ics_name="Interview.ics", relay="sender1.zohorecruit.in",
                  msgid=m1)
    wd("2026-11-16", "Mon")
    sent2 = T(2026, 11, 3, 18, 5, IST, "Tue", 14)
    text2 = """Hi Ananya,

Hope you are doing well.

Due to the Diwali holidays our office will remain closed from 9th to 11th Nov, and Vivek is also on leave that week, so we will have to reschedule your TR-2. The new slot is Monday, 16th November at 11 AM (same duration, same Zoom link).

Apologies for the inconvenience caused. Kindly confirm your availability for the new slot.

Wishing you and your family a very Happy Diwali in advance!

Regards,
Pooja Kulkarni
HR - Talent Acquisition | Sahyadri Mobility Pvt. Ltd.
"""
    m2 = mid_outlook(key, 2)
    e2 = human_mail(key=key, n=2, frm=pooja, to=[ME], cc=[vivek], sent=sent2,
                    subject="RE: Interview Scheduled - TR-2 (Product Analytics) - Product Analyst - Ananya Iyer",
                    text=text2, msgid=m2, irt=m1, refs=[m1], client="outlook")
    sent3 = T(2026, 11, 3, 20, 12, IST, "Tue", 50)
    text3 = ("Hi Pooja,\n\nNo problem at all - Monday, 16th Nov at 11 AM works for me. I will use the "
             "same Zoom link.\n\nHappy Diwali to you and the team as well!\n\nRegards,\nAnanya Iyer\n\n"
             "On Tue, 3 Nov 2026 at 18:05, Pooja Kulkarni <pooja.kulkarni@sahyadrimobility.example> wrote:\n"
             + quote_block(text2) + "\n")
    e3 = human_mail(key=key, n=3, frm=ME, to=[pooja], cc=[vivek], sent=sent3,
                    subject="Re: Interview Scheduled - TR-2 (Product Analytics) - Product Analyst - Ananya Iyer",
                    text=text3, msgid=mid_gmail(key, 3), irt=m2, refs=[m1, m2], client="gmail",
                    html_too=False)
    s1 = T(2026, 11, 16, 11, 0, IST, "Mon")
    lab = label([iv("Sahyadri Mobility", "Product Analyst", s1, s1 + timedelta(hours=1),
                    "scheduled", [vivek[1]], [vivek[1]], "technical")],
                "hard", "positive/reschedule-by-email",
                "Zoho Recruit mail + Interview.ics for Tue 10 Nov (Diwali week; Diwali is Sun 8 Nov). "
                "The recruiter moves it by mail only to Mon 16 Nov 11 AM, the candidate confirms; no "
                "updated .ics. Final time from the mail wins.")
    return slug, [("01-zoho-recruit-tr2-scheduled.eml", e1),
                  ("02-diwali-reschedule-mail.eml", e2), ("03-reply-confirm-16th.eml", e3)], lab


@case
def c15():
    slug, key = "freshteam-tr2-and-mr", "c15"
    kavya = ("Kavya Srinivasan", "kavya.s@tamarindlabs.example")
    sid = ("Siddharth Rao", "siddharth.rao@tamarindlabs.example")
    lak = ("Lakshmi Narayanan", "lakshmi.n@tamarindlabs.example")
    frm = ("Tamarind Labs Hiring", "no-reply@freshteam.com")
    s_a = T(2026, 10, 8, 15, 0, IST, "Thu")
    e_a = s_a + timedelta(hours=1)
    sent1 = T(2026, 10, 2, 17, 10, IST, "Fri", 31)
    t1 = """Hi Ananya,

Your interview with Tamarind Labs has been scheduled.

Job: Product Analyst
Stage: TR-2 - SQL & Experimentation
When: Thu, 08 Oct 2026, 03:00 PM - 04:00 PM (IST)
Interviewer: Siddharth Rao
Where: Google Meet - https://meet.google.com/dtr-kqfo-xma

Note from Kavya: This round is hands-on. Siddharth will share a small events table and ask you to design and read out an A/B test. Laptop with a SQL client of your choice recommended.

Add to calendar: the .ics file is attached to this email.

If you need to reschedule, reply to this email and the recruiter will get back to you.

Tamarind Labs Talent Team
Powered by Freshteam
"""
    ev1 = vevent(uid=f"ft-{hx(key, 'u1', n=20)}@freshteam.com", seq=0, start=s_a, end=e_a,
                 summary="Interview: Product Analyst - TR-2 (SQL & Experimentation) - Ananya Iyer",
                 organizer=kavya, attendees=[sid, ME], stamp=sent1,
                 location="https://meet.google.com/dtr-kqfo-xma", alarm=False)
    e1 = ats_mail(key=key, n=1, frm=frm, reply_to=kavya, to=[ME], sent=sent1,
                  subject="Interview scheduled: TR-2 - SQL & Experimentation | Product Analyst | Tamarind Labs",
                  plain=t1, ics=vcal("REQUEST", "-//Freshworks//Freshteam//EN", [ev1]),
                  ics_name="interview.ics", relay="mail.freshteam.com",
                  msgid=mid_generic("freshteam.com", key, 1))
    s_b = T(2026, 10, 12, 12, 0, IST, "Mon")
    e_b = s_b + timedelta(minutes=45)
    sent2 = T(2026, 10, 9, 12, 25, IST, "Fri", 8)
    t2 = """Hi Ananya,

Your interview with Tamarind Labs has been scheduled.

Job: Product Analyst
Stage: Managerial Round (MR)
When: Mon, 12 Oct 2026, 12:00 PM - 12:45 PM (IST)
Interviewer: Lakshmi Narayanan
Where: Google Meet - https://meet.google.com/wbu-nzhe-cqs

Note from Kavya: Congratulations on clearing TR-2! Lakshmi heads Category Analytics and this conversation is more about how you work with PMs and business teams - no coding.

Add to calendar: the .ics file is attached to this email.

If you need to reschedule, reply to this email and the recruiter will get back to you.

Tamarind Labs Talent Team
Powered by Freshteam
"""
    ev2 = vevent(uid=f"ft-{hx(key, 'u2', n=20)}@freshteam.com", seq=0, start=s_b, end=e_b,
                 summary="Interview: Product Analyst - Managerial Round - Ananya Iyer",
                 organizer=kavya, attendees=[lak, ME], stamp=sent2,
                 location="https://meet.google.com/wbu-nzhe-cqs", alarm=False)
    e2 = ats_mail(key=key, n=2, frm=frm, reply_to=kavya, to=[ME], sent=sent2,
                  subject="Interview scheduled: Managerial Round | Product Analyst | Tamarind Labs",
                  plain=t2, ics=vcal("REQUEST", "-//Freshworks//Freshteam//EN", [ev2]),
                  ics_name="interview.ics", relay="mail.freshteam.com",
                  msgid=mid_generic("freshteam.com", key, 2))
    lab = label([iv("Tamarind Labs", "Product Analyst", s_a, e_a, "scheduled", [sid[1]], [sid[1]],
                    "technical"),
                 iv("Tamarind Labs", "Product Analyst", s_b, e_b, "scheduled", [lak[1]], [lak[1]],
                    "hiring_manager")],
                "medium", "positive/two-interviews",
                "Two Freshteam schedule mails (no-reply sender, Reply-To recruiter), each with an "
                ".ics: TR-2 on Thu 8 Oct and the managerial round on Mon 12 Oct. Two entries.")
    return slug, [("01-freshteam-tr2-scheduled.eml", e1),
                  ("02-freshteam-mr-scheduled.eml", e2)], lab


@case
def c16():
    slug, key = "scam-wfh-telegram-fee", "c16"
    scam = ("HR Recruitment Team", "careers.flipzonindia@freemail.example")
    sent = T(2026, 10, 4, 21, 47, IST, "Sun", 6)
    text = """Dear Candidate,

Congratulations!! Your resume has been shortlisted from Naukri portal for the post of DATA ANALYST (WORK FROM HOME) at Flipzon India Pvt Ltd.

Salary: Rs. 45,000/- per month + incentives
Working hours: 4-5 hours daily, flexible
No experience required

Your online interview is scheduled tomorrow at 11:00 AM on Telegram. Kindly message our HR Manager Mrs. Ritu Sharma on Telegram (@flipzon_hr_ritu) before 10 AM to confirm your slot.

IMPORTANT: All selected candidates need to pay a refundable registration-cum-laptop security deposit of Rs. 2,499/- via UPI (flipzonhr@okpay) before the interview. The amount will be refunded with your first salary. Offer letter will be issued on the same day.

Hurry up, only limited seats are available!!

Thanks & Regards
HR Department
Flipzon India Pvt Ltd
"""
    eml = human_mail(key=key, n=1, frm=scam, to=[ME], sent=sent,
                     subject="Congratulations!! Shortlisted for Work From Home Data Analyst - Salary 45,000/- per month",
                     text=text, msgid=mid_generic("freemail.example", key, 1),
                     client="smtp.freemail.example", html_too=False, cte="7bit")
    lab = label([], "easy", "negative/scam",
                "Recruitment scam: free-mail sender, Telegram 'interview' tomorrow 11 AM, upfront "
                "UPI deposit. Not a real hiring process.")
    return slug, [("01-wfh-data-analyst-shortlisted.eml", eml)], lab


@case
def c17():
    slug, key = "sf-founder-vibe-check-pst", "c17"
    rahul = ("Rahul Varadarajan", "rahul@quokkametrics.example")
    sent1 = T(2026, 10, 29, 9, 14, SFO, "Thu", 25, off="-0700")
    wd("2026-11-03", "Tue")
    wd("2026-11-04", "Wed")
    start = T(2026, 11, 3, 20, 30, SFO, "Tue", off="-0800")
    end = start + timedelta(minutes=30)
    assert start.astimezone(IST) == T(2026, 11, 4, 10, 0, IST, "Wed")
    t1 = """Hi Ananya,

Priya and Marcus both really enjoyed the case round - thanks for putting so much thought into the retention deep-dive.

The last step on our side for the Product Analyst, Growth role is a quick vibe check with me. Nothing to prepare; I just like to meet everyone before we put an offer together. 30 minutes, very informal.

Would Tuesday, Nov 3 at 8:30pm Pacific work? By my math that's Wednesday 10:00am in Mumbai. Heads up that our clocks fall back on Nov 1, so the gap to IST becomes 13.5 hours instead of 12.5 - I've double-checked the conversion but shout if your calendar says otherwise.

If that doesn't suit, suggest any time that's reasonable for both of us.

Rahul
Co-founder & CEO, Quokka Metrics
San Francisco
"""
    m1 = mid_gmail(key, 1)
    e1 = human_mail(key=key, n=1, frm=rahul, to=[ME], sent=sent1,
                    subject="Quick vibe check before we wrap up?", text=t1, msgid=m1,
                    client="gmail")
    sent2 = T(2026, 10, 29, 22, 41, IST, "Thu", 3)
    assert sent2 > sent1
    t2 = ("Hi Rahul,\n\nThank you, glad the case round went well! Wednesday 10 AM IST (your Tuesday "
          "8:30 PM) works perfectly for me.\n\nLooking forward to it.\n\nBest,\nAnanya\n\n"
          "On Thu, 29 Oct 2026 at 21:44, Rahul Varadarajan <rahul@quokkametrics.example> wrote:\n"
          + quote_block(t1) + "\n")
    e2 = human_mail(key=key, n=2, frm=ME, to=[rahul], sent=sent2,
                    subject="Re: Quick vibe check before we wrap up?", text=t2,
                    msgid=mid_gmail(key, 2), irt=m1, refs=[m1], client="gmail", html_too=False)
    ev_id = b32(key, "ev", n=26)
    created = T(2026, 10, 29, 10, 2, SFO, "Thu", 0, off="-0700")
    zid = str(int(hx(key, "zoom", n=9), 16) % 90000000000 + 10000000000)
    gj = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(key, 'etag', n=12), 16) % 10**16}\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{ev_id} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=6)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Ananya <> Rahul (Quokka Metrics) - vibe check",
        "description": "Final chat before offer for the Product Analyst, Growth role.\n"
                       f"Zoom: https://quokkametrics.zoom.us/j/{zid}",
        "location": f"https://quokkametrics.zoom.us/j/{zid}",
        "creator": {"email": rahul[1], "displayName": rahul[0]},
        "organizer": {"email": rahul[1], "displayName": rahul[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": rahul[1], "displayName": rahul[0], "organizer": True,
             "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True,
             "responseStatus": "accepted"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    gjson = (json.dumps(gj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Quokka Metrics", "Product Analyst, Growth", start, end, "scheduled",
                    [rahul[1]], [rahul[1]], "other")],
                "hard", "positive/founder-chat-us-dst",
                "Founder 'vibe check' before the offer = final founder chat (interview). First mail "
                "dated PDT (-07:00); the slot Tue 3 Nov 20:30 is after the US change on 1 Nov, so "
                "PST (-08:00) = Wed 4 Nov 10:00 IST. Calendar API event (self: true) is the same chat.")
    return slug, [("01-quokka-vibe-check.eml", e1), ("02-reply-wednesday-10am.eml", e2),
                  ("03-quokka-vibe-check.gcal.json", gjson)], lab


@case
def c18():
    slug, key = "workday-hr-round-then-offer", "c18"
    nandini = ("Nandini Rao", "nandini.rao@meridalepharma.example")
    wdsender = ("Meridale Careers", "meridale@myworkday.com")
    sent1 = T(2026, 10, 19, 14, 2, IST, "Mon", 36)
    start = T(2026, 10, 22, 15, 30, IST, "Thu")
    end = start + timedelta(minutes=30)
    text1 = """Hello Ananya,

Your interview has been scheduled for the Product Analyst, Commercial Insights (R-204417) position at Meridale Pharma Global Capability Centre, Hyderabad.

Interview: HR Discussion
Date: Thursday, October 22, 2026
Time: 3:30 PM - 4:00 PM India Standard Time
Interviewer: Nandini Rao, HR Business Partner (nandini.rao@meridalepharma.example)
Location: Microsoft Teams (joining link in the attached calendar file)

This conversation will cover your compensation expectations, notice period, preferred joining date and the documentation required for the next steps.

To view your application or update your candidate profile, sign in to the Meridale Careers site: https://meridale.wd3.myworkdayjobs.com/Careers

Kind regards,
Meridale Talent Acquisition

This email was sent from an unmonitored mailbox.
"""
    block, _ = teams_block(f"wd-{key}")
    ev = vevent(uid=f"{uuidish(key, 'wd')}@myworkday.com", seq=0, start=start, end=end,
                summary="HR Discussion - Ananya Iyer - Product Analyst, Commercial Insights (R-204417)",
                organizer=wdsender, attendees=[nandini, ME], stamp=sent1, alarm=False,
                description="HR Discussion with Nandini Rao\n\n" + block,
                location="Microsoft Teams Meeting")
    ics = vcal("REQUEST", "-//Workday Inc//Workday Recruiting//EN", [ev])
    e1 = ats_mail(key=key, n=1, frm=wdsender, reply_to=None, to=[ME], sent=sent1,
                  subject="Interview Scheduled: HR Discussion - Product Analyst, Commercial Insights (R-204417)",
                  plain=text1, ics=ics, ics_name="Interview.ics", relay="smtp-out.myworkday.com",
                  msgid=mid_generic("myworkday.com", key, 1), plain_cte="base64")
    sent2 = T(2026, 10, 27, 19, 20, IST, "Tue", 44)
    wd("2026-11-02", "Mon")
    wd("2027-01-04", "Mon")
    text2 = """Dear Ananya,

Further to your discussions with our team, we are pleased to extend to you an offer for the position of Product Analyst, Commercial Insights at Meridale Pharma Global Capability Centre, Hyderabad.

PFA the offer letter with the compensation annexure. Your proposed date of joining is Monday, 4 January 2027.

Kindly sign and share the acceptance by EOD Monday, 2 November. Our background verification partner will reach out to you separately for the document checks.

Do let me know if you have any questions - happy to get on a call.

Warm regards,
Nandini Rao
HR Business Partner | Meridale Pharma GCC, Hyderabad
"""
    e2 = human_mail(key=key, n=2, frm=nandini, to=[ME], sent=sent2,
                    subject="Offer of Employment - Product Analyst, Commercial Insights", text=text2,
                    msgid=mid_outlook(key, 2), client="outlook",
                    extra_atts=[att(PDF_STUB, "application/pdf", "Offer_Letter_Ananya_Iyer.pdf")])
    lab = label([iv("Meridale Pharma GCC", "Product Analyst, Commercial Insights", start, end,
                    "scheduled", [nandini[1]], [nandini[1]], "other")],
                "medium", "positive/hr-round-then-offer",
                "Workday HR-discussion invite (Interview.ics, no-reply sender) conducted by the HRBP, "
                "followed by the offer letter. Only the HR round is an interview; the offer mail "
                "adds nothing.")
    return slug, [("01-workday-hr-discussion-scheduled.eml", e1),
                  ("02-meridale-offer-letter.eml", e2)], lab


@case
def c19():
    slug, key = "mock-interview-bootcamp", "c19"
    cc = ("CaseCraft Academy", "hello@casecraft.example")
    sent = T(2026, 10, 6, 12, 0, IST, "Tue", 1)
    wd("2026-10-10", "Sat")
    wd("2026-10-07", "Wed")
    text = """Hi Ananya,

Thank you for enrolling in the 6-week Product Analytics Interview Bootcamp (Batch 14). We have received your payment of Rs. 14,999 - the GST invoice is attached.

Your first 1:1 mock interview is confirmed:
Mentor: Kunal Mehta (ex-Senior PM, consumer internet)
When: Saturday, 10 October 2026, 11:00 AM - 12:00 PM IST
Where: Zoom (link will be shared in the bootcamp WhatsApp group 30 minutes before)
Format: one guesstimate, one metrics deep-dive and a SQL question, followed by a written scorecard

Also this week: live webinar "Cracking TR/MR/HR rounds at product startups" on Wednesday, 7 October at 7 PM IST. Recording will be available on the learner dashboard.

Happy prepping!
Team CaseCraft Academy
Andheri East, Mumbai
"""
    eml = human_mail(key=key, n=1, frm=cc, to=[ME], sent=sent,
                     subject="Your 1:1 mock interview (Product Analyst track) is confirmed - Sat, 10 Oct, 11 AM",
                     text=text, msgid=mid_generic("casecraft.example", key, 1),
                     client="mta.casecraft.example", cte="base64",
                     extra_atts=[att(PDF_STUB, "application/pdf", "CaseCraft_Invoice_CC-14-0932.pdf")])
    lab = label([], "easy", "negative/mock-interview",
                "Paid bootcamp: a mock interview with a mentor and a prep webinar. Coaching, not a "
                "hiring process.")
    return slug, [("01-casecraft-mock-interview.eml", eml)], lab


@case
def c20():
    slug, key = "teams-cancel-then-rebooked", "c20"
    simran = ("Simran Arora", "simran.arora@aldergate.example")
    manish = ("Manish Agarwal", "manish.agarwal@aldergate.example")
    subj = "Aldergate | Interview - Product Analyst (Round 1) - Ananya Iyer"
    uid_a = "040000008200E00074C5B7101A82E00800000000" + hx(key, "uidA", n=72).upper()
    uid_b = "040000008200E00074C5B7101A82E00800000000" + hx(key, "uidB", n=72).upper()
    s_a = T(2026, 10, 5, 15, 0, IST, "Mon")
    sent1 = T(2026, 9, 30, 11, 0, IST, "Wed", 27)
    intro1 = ("Dear Ananya,\n\nPlease find the invite for your Round 1 interview for the Product "
              "Analyst role at Aldergate Financial Services India, Gurugram. This is a technical "
              "round with Manish Agarwal (VP, Product Analytics) covering SQL and a stakeholder "
              "scenario.\n\nKindly accept the invite to confirm.\n\nRegards,\nSimran Arora\n"
              "Talent Acquisition - India, Aldergate Financial Services")
    e1 = teams_invite(key=key, n=1, organizer=simran, required=[ME, manish], start=s_a,
                      end=s_a + timedelta(hours=1), tzid="India Standard Time", subject=subj,
                      intro=intro1, uid=uid_a, seq=0, sent=sent1, us=True, lang="en-IN")
    sent2 = T(2026, 10, 2, 18, 30, IST, "Fri", 12)
    intro2 = ("Dear Ananya,\n\nManish is unexpectedly unavailable on Monday, hence cancelling this "
              "slot. Apologies for the inconvenience - I will share a fresh invite shortly.\n\n"
              "Regards,\nSimran")
    e2 = teams_invite(key=key, n=2, organizer=simran, required=[ME, manish], start=s_a,
                      end=s_a + timedelta(hours=1), tzid="India Standard Time", subject=subj,
                      intro=intro2, uid=uid_a, seq=1, sent=sent2, cancel=True, us=True,
                      lang="en-IN")
    wd("2026-10-09", "Fri")
    sent3 = T(2026, 10, 5, 10, 15, IST, "Mon", 40)
    t3 = """Hi Ananya,

Apologies once again for having to cancel today's 3 PM slot. Manish can do Friday, 9 Oct at 5 PM IST for the same round. I am sending a fresh Teams invite for the same - request you to accept it at your end.

Regards,
Simran Arora
Talent Acquisition - India | Aldergate Financial Services India Pvt. Ltd.
DLF Cyber City, Gurugram
"""
    e3 = human_mail(key=key, n=3, frm=simran, to=[ME], cc=[manish], sent=sent3,
                    subject="New slot for Round 1 - Product Analyst", text=t3,
                    msgid=mid_outlook(key, 3), client="outlook")
    s_b = T(2026, 10, 9, 17, 0, IST, "Fri")
    sent4 = T(2026, 10, 5, 10, 21, IST, "Mon", 9)
    intro4 = ("Dear Ananya,\n\nAs discussed, here is the new invite for your Round 1 with Manish "
              "Agarwal. Same format as before.\n\nRegards,\nSimran")
    e4 = teams_invite(key=key, n=4, organizer=simran, required=[ME, manish], start=s_b,
                      end=s_b + timedelta(hours=1), tzid="India Standard Time",
                      subject="Aldergate | Interview - Product Analyst (Round 1, new slot) - Ananya Iyer",
                      intro=intro4, uid=uid_b, seq=0, sent=sent4, us=True, lang="en-IN")
    lab = label([iv("Aldergate Financial Services India", "Product Analyst", s_a,
                    s_a + timedelta(hours=1), "cancelled", [manish[1]], [manish[1]], "technical"),
                 iv("Aldergate Financial Services India", "Product Analyst", s_b,
                    s_b + timedelta(hours=1), "scheduled", [manish[1]], [manish[1]], "technical")],
                "hard", "positive/cancel-then-rebook",
                "Exchange/Teams invite (India Standard Time) Mon 5 Oct 15:00, METHOD:CANCEL for the same "
                "UID, then a NEW invite (different UID) for Fri 9 Oct 17:00 -> two entries, one "
                "cancelled and one scheduled. Simran only organises.")
    return slug, [("01-teams-round1-invite.eml", e1), ("02-teams-round1-canceled.eml", e2),
                  ("03-simran-new-slot.eml", e3), ("04-teams-round1-new-invite.eml", e4)], lab


@case
def c21():
    slug, key = "keka-rejection-after-tr1", "c21"
    sent = T(2026, 10, 7, 17, 40, IST, "Wed", 15)
    wd("2026-09-25", "Fri")
    text = """Dear Ananya,

Thank you for taking the time to interview with us on Friday, 25 September for the Product Analyst (Collections) role at Banyan Finserv.

We appreciated learning about your experience with checkout funnels and cohort retention. After careful consideration, the panel has decided to move forward with other candidates whose experience more closely matches the current needs of the collections team.

We will retain your profile in our talent pool and reach out should a suitable opening arise in the future.

Wishing you the very best in your job search.

Team HR
Banyan Finserv Pvt. Ltd., Pune

Powered by Keka HR
"""
    eml = ats_mail(key=key, n=1, frm=("Banyan Finserv Careers", "noreply@keka.com"),
                   reply_to=("Banyan Finserv HR", "careers@banyanfinserv.example"), to=[ME],
                   sent=sent, subject="Update on your application - Product Analyst (Collections)",
                   plain=text, relay="mail.keka.com", msgid=mid_generic("keka.com", key, 1))
    lab = label([], "easy", "negative/rejection",
                "Keka rejection mail that mentions a past interview date; no upcoming interview.")
    return slug, [("01-keka-application-update.eml", eml)], lab


@case
def c22():
    slug, key = "instahyre-relay-this-saturday", "c22"
    ritika = ("Ritika Bose", "ritika.bose@haldilabs.example")
    sent = T(2026, 10, 14, 19, 5, IST, "Wed", 33)
    text = """Hi Ananya,

Thanks for accepting our interest on Instahyre!

As discussed over the phone this evening, I've blocked this Saturday at 11:30 AM for a telephonic round with me. It should take about 20 minutes - we'll chat about your current role, why you're looking out, and the Product Analyst (Supply & Dark Stores) opening in our Bengaluru team. If that goes well, we'll take TR-1 (SQL + a short case) ahead next week.

If you need to move it, drop me a line at ritika.bose@haldilabs.example or WhatsApp me on +91 99XXXXXX07.

Cheers,
Ritika Bose
Talent Acquisition, Haldi Labs

---
Reply to this email to respond to Ritika. Your reply will be delivered via Instahyre.
Instahyre | Unsubscribe from recruiter messages: https://www.instahyre.com/candidate/settings/
"""
    relay_addr = f"reply+{hx(key, 'relay', n=24)}@reply.instahyre.com"
    eml = ats_mail(key=key, n=1, frm=("Ritika Bose via Instahyre", "messages@instahyre.com"),
                   reply_to=("Ritika Bose", relay_addr), to=[ME], sent=sent,
                   subject="Ritika from Haldi Labs sent you a message", plain=text,
                   relay="mail.instahyre.com", msgid=mid_generic("instahyre.com", key, 1))
    start = T(2026, 10, 17, 11, 30, IST, "Sat")
    lab = label([iv("Haldi Labs", "Product Analyst (Supply & Dark Stores)", start,
                    start + timedelta(minutes=20), "scheduled", [ritika[1]], [ritika[1]],
                    "phone_screen")],
                "medium", "positive/relative-date-body-only",
                "Instahyre relay (Reply-To is a relay address); 'this Saturday at 11:30 AM' resolved "
                "against Wed 14 Oct 2026 -> Sat 17 Oct 11:30 IST, ~20 min. Follow-up goes to the "
                "recruiter address in the text.")
    return slug, [("01-instahyre-ritika-message.eml", eml)], lab


# ================================================================ output
HEADER = "# Labels for blind287 (written blind). Schema: /work/shared/eval/README.md\n"


def write_readme(labels, cases_info):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status = {}
    by_kind = {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt_counts = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind287: Mumbai and Bengaluru product and analytics hiring in Indian English (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a product analyst in Mumbai (Asia/Kolkata, +05:30, "
        "no DST), interviewing with Indian startups and MNC captives (Bengaluru, Pune, Gurugram, "
        "Hyderabad), a Singapore company, a London company and a San Francisco company.",
        "",
        "This set was written blind: only the eval README and a few dev files were read for the "
        "format; no tool code, tests or other sets were consulted. Regenerate with "
        "`python make_cases.py` (deterministic, byte-identical output).",
        "",
        "## What it stresses",
        "- Indian English recruiter wording (kindly revert, do the needful, PFA, F2F, TR/MR/HR "
        "rounds, EOD, prepone) and Indian vendors (Naukri and Instahyre relays, Darwinbox, Keka, "
        "Zoho Recruit, Freshteam) next to Workday, Google Calendar, Teams and Zoom.",
        "- Relative dates in bodies, propose-then-confirm threads, prepone/reschedule by SEQUENCE "
        "and by mail only (Diwali week), Teams cancel followed by a new event, a one-day F2F loop "
        "sent as several invites, two interviews in one case, a founder 'vibe check', an HR round "
        "before an offer.",
        "- Look-alike negatives: Naukri job alert with walk-in snippets, HackerEarth aptitude test, "
        "consultancy availability/CTC request, background verification call, walk-in drive with a "
        "PUBLISH .ics, owner on an intern interview panel, WFH Telegram scam, paid mock interview "
        "bootcamp, rejection mentioning a past interview.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} (positive {len(pos)}, negative {len(neg)})",
        f"- Labelled interviews: {len(ivs)}; by status: {fmt_counts(by_status)}; "
        f"by kind: {fmt_counts(by_kind)}",
        "",
        "## Formats used",
        "- Plain/HTML e-mails (quoted-printable, base64, 7bit), human threads with "
        "In-Reply-To/References, PDF attachments (stubs).",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, "
        "text/calendar;method=REQUEST, invite.ics): cases 07, 12.",
        "- Exchange/Teams invites (Windows TZIDs 'India Standard Time' and 'GMT Standard Time', "
        "X-MICROSOFT-CDO-*, '(UTC+..)' labels), including METHOD:CANCEL: cases 10, 13, 20.",
        "- ATS/vendor mails with .ics attachments: Darwinbox (03), Zoho Recruit (14), Freshteam "
        "(15), Workday (18); relays: Naukri (01, 02), Instahyre (22); Keka (21); HackerEarth (04).",
        "- Standalone .ics: Zoom (08), walk-in PUBLISH reminder (11). Calendar API event "
        "`.gcal.json` with `\"self\": true`: case 17.",
        "",
        "## Time-zone / DST points",
        "- All Indian cases: Asia/Kolkata +05:30, no DST (Date headers +0530; Google invite Date "
        "headers in +0000 with UTC DTSTART in 07 and 12).",
        "- 01: 'tomorrow at 2 PM' against Date Mon 14 Sep 2026 17:52 +0530 -> Tue 15 Sep 14:00 IST.",
        "- 22: 'this Saturday at 11:30 AM' against Wed 14 Oct 2026 -> Sat 17 Oct 11:30 IST.",
        "- 08: Singapore +08:00 (no DST): Tue 6 Oct 10:30 SGT = 08:00 IST; Zoom .ics TZID "
        "Asia/Singapore.",
        "- 10: London, GMT Standard Time: first slot Wed 21 Oct 14:00 BST (+01:00) = 18:30 IST; "
        "moved (SEQUENCE 1) to Wed 28 Oct 14:00 GMT (+00:00) after the UK change on Sun 25 Oct "
        "= 19:30 IST.",
        "- 17: San Francisco: mail dated Thu 29 Oct (PDT, -07:00); slot Tue 3 Nov 20:30 PST "
        "(-08:00, after the US change on Sun 1 Nov) = Wed 4 Nov 10:00 IST (date crosses midnight).",
        "- 14: Diwali (Sun 8 Nov 2026) week: Tue 10 Nov TR-2 moved by mail to Mon 16 Nov 11:00 IST.",
        "",
        "## Cases",
    ]
    for slug, lab in cases_info:
        tag = "positive" if lab["interview"] else "negative"
        lines.append(f"- `{slug}` ({tag}, {lab['difficulty']}): {lab['category']}")
    return "\n".join(lines) + "\n"


def main():
    dst_checks()
    for old in sorted(OUT.glob(f"{PREFIX}-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    info = []
    for i, fn in enumerate(CASES, start=1):
        slug, items, lab = fn()
        name = f"{PREFIX}-{i:02d}-{slug}"
        assert fn.__name__ == f"c{i:02d}", (fn.__name__, i)
        folder = OUT / name
        folder.mkdir()
        seen = set()
        for j, (fname, data) in enumerate(items, start=1):
            assert fname.startswith(f"{j:02d}-"), fname
            assert fname.endswith((".eml", ".ics", ".gcal.json")), fname
            assert fname not in seen
            seen.add(fname)
            if fname.endswith(".eml"):
                assert data.startswith(b"Delivered-To: " + OWNER.encode())
            (folder / fname).write_bytes(data)
        labels[name] = lab
        info.append((name, lab))
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100,
                          default_flow_style=False)
    (OUT / "labels.yaml").write_text(HEADER + body, encoding="utf-8")
    (OUT / "README.md").write_text(write_readme(labels, info), encoding="utf-8")
    npos = sum(1 for v in labels.values() if v["interview"])
    print(f"wrote {len(labels)} cases ({npos} positive) to {OUT}")


if __name__ == "__main__":
    main()
