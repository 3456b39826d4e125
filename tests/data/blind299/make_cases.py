#!/usr/bin/env python3
"""Generate the blind299 evaluation set: US pharma / medical-device sales (written blind).

Deletes and rewrites every b299-* case folder, labels.yaml and README.md next to this file.
Output is byte-identical on every run (all ids, boundaries and stamps derive from SEED).
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind299|pharma-device-sales|trevor-okafor|v1"
OWNER = "trevor.okafor@example.com"
OWNER_NAME = "Trevor Okafor"
ME = (OWNER_NAME, OWNER)

NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
IND = ZoneInfo("America/Indiana/Indianapolis")
ZRH = ZoneInfo("Europe/Zurich")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------- checks
def _dst_checks():
    def off(tz, y, m, d, h=12):
        return datetime(y, m, d, h, 0, tzinfo=tz).strftime("%z")
    for tz in (NY, IND):
        assert off(tz, 2026, 3, 7) == "-0500" and off(tz, 2026, 3, 9) == "-0400"
        assert off(tz, 2026, 10, 31) == "-0400" and off(tz, 2026, 11, 2) == "-0500"
        assert off(tz, 2026, 11, 1, 0) == "-0400" and off(tz, 2026, 11, 1, 3) == "-0500"
    assert off(CHI, 2026, 10, 31) == "-0500" and off(CHI, 2026, 11, 2) == "-0600"
    assert off(CHI, 2026, 3, 7) == "-0600" and off(CHI, 2026, 3, 9) == "-0500"
    assert off(ZRH, 2026, 3, 28) == "+0100" and off(ZRH, 2026, 3, 30) == "+0200"
    assert off(ZRH, 2026, 10, 24) == "+0200" and off(ZRH, 2026, 10, 26) == "+0100"
    assert off(LON, 2026, 3, 28) == "+0000" and off(LON, 2026, 3, 30) == "+0100"
    assert off(LON, 2026, 10, 24) == "+0100" and off(LON, 2026, 10, 26) == "+0000"
    for y, m, d, wd in [(2026, 3, 8, "Sun"), (2026, 11, 1, "Sun"), (2026, 3, 29, "Sun"), (2026, 10, 25, "Sun")]:
        assert WD[datetime(y, m, d).weekday()] == wd


_dst_checks()


def T(y, mo, d, h, mi, tz, wd, off, s=0):
    """Aware datetime with asserted weekday and UTC offset."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    assert WD[x.weekday()] == wd, (x, wd)
    assert x.strftime("%z") == off, (x, off, x.strftime("%z"))
    return x


def H(key, n=16):
    return hashlib.sha256(f"{SEED}|{key}".encode()).hexdigest()[:n]


def HB(key, n):
    return hashlib.sha256(f"{SEED}|{key}".encode()).digest()[:n]


def rfc(x):
    return format_datetime(x)


def iso(x):
    return x.isoformat()


def zutc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(x):
    return x.strftime("%Y%m%dT%H%M%S")


def ampm(x, lower=False, compact=False):
    h = x.hour % 12 or 12
    ap = "AM" if x.hour < 12 else "PM"
    if compact:
        return f"{h}{':%02d' % x.minute if x.minute else ''}{ap.lower()}"
    s = f"{h}:{x.minute:02d} {ap}"
    return s.lower() if lower else s


def longdate(x):
    return f"{WDL[x.weekday()]}, {x.strftime('%B')} {x.day}, {x.year}"


# ----------------------------------------------------------------------------- MIME
def leaf(ctype, text, enc="qp", charset="UTF-8", extra="", disp=None):
    return {"ctype": ctype, "text": text, "enc": enc, "charset": charset, "extra": extra, "disp": disp}


def multi(sub, *parts):
    return {"multi": sub, "parts": list(parts)}


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>".join(html.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def alt(text, htm=None, et="qp", eh="qp", font="Arial,Helvetica,sans-serif"):
    return multi("alternative", leaf("text/plain", text, et), leaf("text/html", htm or to_html(text, font), eh))


def _enc(text, enc):
    data = text.encode("utf-8")
    if enc == "b64":
        return base64.encodebytes(data).decode("ascii")
    if enc == "qp":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "=\n"
    return text if text.endswith("\n") else text + "\n"


ENCNAME = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit", "8bit": "8bit"}


def _boundary(key, style):
    if style == "google":
        return "000000000000" + H(key + "#b", 12)
    if style == "outlook":
        return "_000_" + H(key + "#b", 24).upper() + "namprd12prodoutlookcom_"
    if style == "apple":
        return "Apple-Mail=_" + H(key + "#b", 8).upper() + "-" + H(key + "#c", 4).upper() + "-" + H(key + "#d", 12).upper()
    return "----=_Part_" + str(int(H(key + "#b", 8), 16)) + "_" + str(int(H(key + "#c", 6), 16)) + "." + str(1700000000000 + int(H(key + "#e", 6), 16))


def _render(part, key, style):
    if "multi" in part:
        b = _boundary(key, style)
        hdr = f'Content-Type: multipart/{part["multi"]}; boundary="{b}"\n'
        out = ""
        for i, sp in enumerate(part["parts"]):
            sh, sb = _render(sp, f"{key}/{i}", style)
            out += f"--{b}\n{sh}\n{sb}\n"
        out += f"--{b}--\n"
        return hdr, out
    ct = f"Content-Type: {part['ctype']}"
    if part["charset"]:
        ct += f'; charset="{part["charset"]}"'
    ct += part["extra"] + "\n"
    if part["disp"]:
        ct += f"Content-Disposition: {part['disp']}\n"
    ct += f"Content-Transfer-Encoding: {ENCNAME[part['enc']]}\n"
    return ct, _enc(part["text"], part["enc"])


def addr(p):
    if isinstance(p, str):
        return p
    return formataddr(p)


def addrs(ps):
    return ", ".join(addr(p) for p in ps)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def msgid(key, kind, dom="example.com"):
    if kind == "gmail":
        return f"<CA{base64.b64encode(HB(key + '#m', 33)).decode().replace('/', 'x')}@mail.gmail.com>"
    if kind == "outlook":
        return f"<{H(key + '#m', 24).upper()}@{H(key + '#n', 12).upper()}.namprd12.prod.outlook.com>"
    if kind == "gcal":
        h = H(key + "#m", 32)
        return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@google.com>"
    if kind == "iphone":
        h = H(key + "#m", 32).upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"
    return f"<{H(key + '#m', 20)}.{int(H(key + '#q', 6), 16)}@{dom}>"


def mail(key, *, frm, to, subject, date, root, style="generic", mid=None, cc=None, reply_to=None,
         sender=None, irt=None, refs=None, extra=(), relay="mx.example.com", return_path=None):
    hs = [("Delivered-To", OWNER)]
    src = H(key + "#r", 10)
    hs.append(("Received", f"from {relay} ({relay} [{int(H(key + '#i1', 2), 16) % 200 + 20}.{int(H(key + '#i2', 2), 16)}."
               f"{int(H(key + '#i3', 2), 16)}.{int(H(key + '#i4', 2), 16) % 250 + 1}])\n"
               f"        by mx.example.com with ESMTPS id {src}\n        for <{OWNER}>; {rfc(date)}"))
    rp = return_path or (frm[1] if isinstance(frm, tuple) else frm)
    hs.append(("Return-Path", f"<{rp}>"))
    hs.append(("From", addr(frm)))
    if sender:
        hs.append(("Sender", addr(sender)))
    if reply_to:
        hs.append(("Reply-To", addr(reply_to)))
    hs.append(("To", addrs(to)))
    if cc:
        hs.append(("Cc", addrs(cc)))
    hs.append(("Subject", subj(subject)))
    hs.append(("Date", rfc(date)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs.extend(extra)
    ch, body = _render(root, key, style)
    text = "\n".join(f"{k}: {v}" for k, v in hs) + "\nMIME-Version: 1.0\n" + ch + "\n" + body
    return text.encode("utf-8")


def quote(text, when, who):
    lines = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    h = when.hour % 12 or 12
    ap = "AM" if when.hour < 12 else "PM"
    return f"\nOn {WD[when.weekday()]}, {when.strftime('%b')} {when.day}, {when.year} at {h}:{when.minute:02d} {ap} {who} wrote:\n{lines}\n"


# ----------------------------------------------------------------------------- iCalendar
def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, lim = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > lim:
            out.append(cur.decode("utf-8"))
            cur, lim = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


VTZ_NY = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE"]
VTZ_WIN = {
    "Eastern Standard Time": ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
                              "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
                              "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Europe Standard Time": ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                                "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                                "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN_LABEL = {
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
}


def att(p, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    name, email = p
    extra = ";X-NUM-GUESTS=0" if google else ""
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"}'
            f'{extra};CN={name}:mailto:{email}')


def org(p):
    return f"ORGANIZER;CN={p[0]}:mailto:{p[1]}"


def simple_ics(*, prodid, method, uid, seq, start, end, stamp, summary, description, location,
               organizer, attendees, tzmode="NY", status="CONFIRMED", extra=()):
    """Generic vendor calendar file. tzmode: NY (TZID America/New_York) or UTC."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    if tzmode == "NY":
        L += VTZ_NY
    L.append("BEGIN:VEVENT")
    if tzmode == "NY":
        L += [f"DTSTART;TZID=America/New_York:{loc(start.astimezone(NY))}",
              f"DTEND;TZID=America/New_York:{loc(end.astimezone(NY))}"]
    else:
        L += [f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}"]
    L += [f"DTSTAMP:{zutc(stamp)}", f"UID:{uid}", f"SEQUENCE:{seq}", f"STATUS:{status}",
          f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}"]
    if organizer:
        L.append(org(organizer))
    L += list(attendees)
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def outlook_ics(*, organizer, attendees, summary, description, start, end, stamp, uid, seq, wtz, location,
                teams_url=None, method="REQUEST", status="CONFIRMED"):
    tz = {"Eastern Standard Time": NY, "W. Europe Standard Time": ZRH}[wtz]
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ_WIN[wtz]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for p in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={p[0]}:mailto:{p[1]}")
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
          f"DTSTART;TZID={wtz}:{loc(start.astimezone(tz))}", f"DTEND;TZID={wtz}:{loc(end.astimezone(tz))}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zutc(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(H(uid, 7), 16)}",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/"
                 + H(uid + "#svc", 24))
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def outlook_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + H(key + "#uid", 16).upper() + "01000000000000000010000000" + H(key + "#uid2", 32).upper()


def teams_block(key):
    tid = H(key + "#tid", 32)
    tid = f"{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:]}"
    oid = H(key + "#oid", 32)
    oid = f"{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:]}"
    mtg = base64.urlsafe_b64encode(HB(key + "#mtg", 30)).decode().rstrip("=")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
           f"{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    mid = " ".join([str(int(H(key + "#mid", 6), 16) % 900 + 100), str(int(H(key + "#mid2", 6), 16) % 900 + 100),
                    str(int(H(key + "#mid3", 6), 16) % 900 + 100), str(int(H(key + "#mid4", 6), 16) % 900 + 100)])
    pc = base64.b64encode(HB(key + "#pc", 6)).decode()[:6].replace("+", "k").replace("/", "Q")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")
    return url, text


def outlook_invite(key, *, organizer, to, cc=None, sender=None, summary, start, end, sent, seq, wtz, location,
                   body, teams=True, datefmt="us", uid=None, subject=None):
    tz = {"Eastern Standard Time": NY, "W. Europe Standard Time": ZRH}[wtz]
    s, e = start.astimezone(tz), end.astimezone(tz)
    if datefmt == "us":
        when = f"{longdate(s)} {ampm(s)}-{ampm(e)} {WIN_LABEL[wtz]}."
    else:
        when = f"{WDL[s.weekday()]}, {s.day} {s.strftime('%B')} {s.year} {s:%H:%M}-{e:%H:%M} {WIN_LABEL[wtz]}."
    url, tblock = teams_block(key) if teams else (None, "")
    where = "Microsoft Teams Meeting" if teams else location
    text = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n{tblock}"
    uid = uid or outlook_uid(key)
    attendees = list(to) + list(cc or [])
    cal = outlook_ics(organizer=organizer, attendees=attendees, summary=summary, description=text, start=start,
                      end=end, stamp=sent, uid=uid, seq=seq, wtz=wtz, location=location if not teams else
                      "Microsoft Teams Meeting", teams_url=url)
    root = multi("alternative", leaf("text/plain", text, "qp"),
                 leaf("text/html", to_html(text, "Aptos,Calibri,sans-serif"), "qp"),
                 leaf("text/calendar", cal, "b64", charset="utf-8", extra="; method=REQUEST"))
    tindex = base64.b64encode(HB(key + "#ti", 22)).decode()
    extra = [("Thread-Topic", subject or summary), ("Thread-Index", tindex), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + H(key + "#si", 24))]
    return mail(key, frm=organizer, sender=sender, to=to, cc=cc, subject=subject or summary, date=sent, root=root,
                style="outlook", mid=msgid(key, "outlook"), extra=extra,
                relay="NAM12-BN8-obe.outbound.protection.outlook.com")


def google_invite(key, *, organizer, guests, summary, start, end, sent, uid, seq=0, kind="new", note=None,
                  description="", location="", tzlabel="Eastern Time - New York", meet=True):
    """Google Calendar notification (multipart/mixed with text, html, text/calendar and invite.ics)."""
    tl = f"{WD[start.weekday()]} {start.strftime('%b')} {start.day}, {start.year} {ampm(start, compact=True)} - {ampm(end, compact=True)} ({start.strftime('%Z')})"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "cancel": "Canceled event",
              "cancel_note": "Canceled event with note"}[kind]
    subject = f"{prefix}: {summary} @ {tl} ({OWNER})"
    method = "CANCEL" if kind.startswith("cancel") else "REQUEST"
    meet_code = f"{H(key + '#g1', 3)}-{H(key + '#g2', 4)}-{H(key + '#g3', 3)}".translate(str.maketrans("0123456789", "ghjkmnpqrs"))
    lines = []
    if kind.startswith("cancel"):
        lines.append("This event has been canceled" + (" with a note:" if note else "."))
        if note:
            lines.append(f'"{note}"')
        lines.append("")
    elif kind == "updated":
        lines += ["This event has been updated", ""]
    lines += [summary, f"{WDL[start.weekday()]} {start.strftime('%b')} {start.day}, {start.year} \u22c5 "
              f"{ampm(start, compact=True)} \u2013 {ampm(end, compact=True)}", tzlabel, ""]
    if location:
        lines += ["Location", location, ""]
    if meet and not kind.startswith("cancel"):
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet_code}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests", f"{organizer[0]} - organizer", organizer[1]]
    for g in guests:
        lines += [g[0], g[1]] if g[1] != OWNER else [g[1]]
    lines.append("")
    if description and not kind.startswith("cancel"):
        lines += [description.strip(), ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event."]
    text = "\n".join(lines) + "\n"
    stamp = sent
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}",
         f"DTSTAMP:{zutc(stamp)}", org(organizer), f"UID:{uid}"]
    L.append(att(organizer, "ACCEPTED", rsvp=True, google=True))
    for g in guests:
        L.append(att(g, "NEEDS-ACTION", google=True))
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
    L += [f"CREATED:{zutc(sent - timedelta(minutes=3))}", f"DESCRIPTION:{esc(description.strip())}",
          f"LAST-MODIFIED:{zutc(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}",
          "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(L)
    root = multi("mixed",
                 multi("alternative",
                       leaf("text/plain", text, "b64", extra="; format=flowed; delsp=yes"),
                       leaf("text/html", to_html(text, "Roboto,Helvetica,Arial,sans-serif"), "qp"),
                       leaf("text/calendar", cal, "b64", extra=f"; method={method}")),
                 leaf("application/ics", cal, "b64", charset=None, extra='; name="invite.ics"',
                      disp='attachment; filename="invite.ics"'))
    return mail(key, frm=organizer, reply_to=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
                to=[OWNER], subject=subject, date=sent, root=root, style="google", mid=msgid(key, "gcal"),
                relay="mail-sor-f41.google.com",
                return_path=f"{H(key + '#rp', 20)}@calendar-server.bounces.google.com")


def ats_mail(key, *, frm, to, subject, date, text, reply_to=None, cc=None, ics_text=None, ics_name="invite.ics",
             method="REQUEST", et="qp", eh="qp", dom="example.com", style="generic", htm=None, irt=None, refs=None,
             relay="smtp.vendor-mail.net"):
    body = alt(text, htm, et, eh)
    if ics_text:
        extra = f"; method={method}; name=\"{ics_name}\"" if method else f'; name="{ics_name}"'
        body = multi("mixed", body, leaf("text/calendar", ics_text, "b64", extra=extra,
                                         disp=f'attachment; filename="{ics_name}"'))
    return mail(key, frm=frm, to=to, cc=cc, reply_to=reply_to, subject=subject, date=date, root=body, style=style,
                mid=msgid(key, "generic", dom), irt=irt, refs=refs, relay=relay)


def person_mail(key, *, frm, to, subject, date, text, cc=None, irt=None, refs=None, kind="gmail", dom="example.com",
                html_too=True, enc="qp", relay="mail-sor-f69.google.com", reply_to=None):
    root = alt(text, None, enc, enc) if html_too else leaf("text/plain", text, enc)
    mid = msgid(key, kind, dom)
    m = mail(key, frm=frm, to=to, cc=cc, subject=subject, date=date, root=root, style="google" if kind == "gmail" else (
        "outlook" if kind == "outlook" else "apple"), mid=mid, irt=irt, refs=refs, relay=relay, reply_to=reply_to)
    return m, mid


def iv(company, role, s, e, status, ivs, fr, kind):
    return {"company": company, "role": role, "start": iso(s), "end": iso(e) if e else None, "status": status,
            "interviewer_emails": list(ivs), "followup_recipients": list(fr), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ============================================================================= people
DANA = ("Dana Whitcomb", "dana.whitcomb@haldentx.example")
GREG = ("Greg Castellano", "greg.castellano@haldentx.example")
JESS = ("Jessica Marr", "jessica.marr@haldentx.example")
MARCUS = ("Marcus Bell", "marcus.bell@haldentx.example")
TAMIKA = ("Tamika Reyes", "tamika.reyes@haldentx.example")
HALDEN_WD = ("Halden Therapeutics", "haldentx@myworkday.com")
MOLLY = ("Molly Fennessy", "molly.fennessy@corvanemed.example")
PAUL = ("Paul Whitaker", "paul.whitaker@corvanemed.example")
HANNAH = ("Hannah Cho", "hannah.cho@corvanemed.example")
DEREK = ("Derek Sandoval", "derek.sandoval@corvanemed.example")
CORVANE_ICIMS = ("Corvane Medical Talent Acquisition", "corvanemedical@talent.icims.com")
ALYSSA = ("Alyssa Brandt", "alyssa.brandt@keystonecso.example")
ROB = ("Rob Tierney", "rob.tierney@pelionhealth.example")
KARI = ("Kari Lindahl", "kari.lindahl@northstarsurgical.example")
TOM = ("Tom Brekke", "tom.brekke@northstarsurgical.example")
LINDA = ("Linda Sorensen", "linda.sorensen@northstarsurgical.example")
PAIGE = ("Paige Olander", "paige.olander@northstarsurgical.example")
RENEE = ("Renee Whitfield", "renee.whitfield@lindqvistbio.example")
CURTIS = ("Curtis Oyelaran", "curtis.oyelaran@lindqvistbio.example")
NADIA = ("Nadia Br\u00fcnner", "nadia.bruenner@valmontpharma.example")
SABINE = ("Dr. Sabine Keller", "sabine.keller@valmontpharma.example")
OMAR = ("Omar Siddiqui", "omar.siddiqui@aldergrovebio.example")
NICOLE = ("Nicole Farrand", "nicole.farrand@aldergrovebio.example")
LAUREN = ("Lauren Pike", "lauren.pike@ardenpharma.example")

HALDEN_ROLE = "Specialty Sales Representative - Neurology"
CORVANE_ROLE = "Territory Manager, Structural Heart (Northern NJ)"
NORTHSTAR_ROLE = "Territory Manager, Spine (New Jersey)"
LINDQVIST_ROLE = "Key Account Manager, Immunology (Northeast)"

TREVOR_SIG = "Trevor Okafor\n(201) 555-0147"


# ============================================================================= cases 01-12
@case("halden-recruiter-screen-tomorrow")
def c01(k):
    d1 = T(2026, 10, 5, 15, 42, NY, "Mon", "-0400", 18)
    t1 = f"""Hi Trevor,

Thanks for picking up earlier - I know I caught you between office calls. Here's the recap I promised.

The opening is our {HALDEN_ROLE} role covering the Newark North territory (Essex, Passaic and lower Bergen). We're launching into a crowded migraine market next year, and your neuro background at Arden is exactly what our DM asked me to find.

Let's do the formal phone screen tomorrow at 11:00 AM ET. I'll call your cell at (201) 555-0147 - please block 30 minutes. I'll ask about your national rankings for the last three years, how you've handled formulary restrictions in your IDN accounts, and what you're targeting for base vs. incentive.

If your ride-along schedule changes, just reply and we'll find another slot.

Dana Whitcomb
Senior Talent Acquisition Partner, Commercial
Halden Therapeutics | Parsippany, NJ
{DANA[1]} | (973) 555-0182
"""
    m1, id1 = person_mail(f"{k}/1", frm=DANA, to=[ME], subject="Halden Therapeutics - Specialty Sales Rep (Neurology) - phone screen",
                          date=d1, text=t1, kind="outlook", relay="NAM04-DM6-obe.outbound.protection.outlook.com")
    d2 = T(2026, 10, 5, 16, 7, NY, "Mon", "-0400", 51)
    t2 = "Hi Dana,\n\nTomorrow at 11 works - I'll have my rankings and the last two quarters' scorecards in front of me. Talk then.\n\nBest,\n" + TREVOR_SIG + "\n" + quote(t1, d1, f"Dana Whitcomb <{DANA[1]}>")
    m2, _ = person_mail(f"{k}/2", frm=ME, to=[DANA], subject="Re: Halden Therapeutics - Specialty Sales Rep (Neurology) - phone screen",
                        date=d2, text=t2, irt=id1, refs=[id1], html_too=False, enc="7bit")
    s = T(2026, 10, 6, 11, 0, NY, "Tue", "-0400")
    lab = label([iv("Halden Therapeutics", HALDEN_ROLE, s, s + timedelta(minutes=30), "scheduled", [DANA[1]], [DANA[1]], "phone_screen")],
                "medium", "positive/email-body-only",
                "Recruiter sets the screen for 'tomorrow at 11:00 AM ET' in the body of a Monday Oct 5 mail -> Tue Oct 6 11:00 EDT, 30 min; recruiter is the interviewer. 'ride-along' here refers to his current job.")
    return [("01-dana-phone-screen-tomorrow.eml", m1), ("02-re-phone-screen.eml", m2)], lab


@case("halden-workday-dm-moved-by-mail")
def c02(k):
    d1 = T(2026, 10, 8, 13, 31, UTC, "Thu", "+0000", 44)
    s0 = T(2026, 10, 15, 10, 0, NY, "Thu", "-0400")
    e0 = s0 + timedelta(hours=1)
    zoom = "https://haldentx.zoom.us/j/84213377051?pwd=bWxQd2ZkR3RrS0h4a1pWd3Vq"
    t1 = f"""Dear Trevor,

Your interview for {HALDEN_ROLE} (R-24817) has been scheduled.

Interview Details
Date: Thursday, October 15, 2026
Time: 10:00 AM - 11:00 AM Eastern Time
Interview Type: Virtual - Zoom
Interviewer: Greg Castellano, District Manager - Northern New Jersey
Join: {zoom}
Meeting ID: 842 1337 7051   Passcode: 640212

Add this interview to your calendar with the attached file. If you need to request a change, please contact your recruiter, Dana Whitcomb.

View your candidate home page: https://wd5.myworkday.com/haldentx/d/home.htmld

This is a system-generated message from Workday. Please do not reply to this email.
"""
    cal = simple_ics(prodid="-//Workday Inc.//Workday Recruiting//EN", method="REQUEST", uid=f"WD-INT-{H(k + 'u', 12).upper()}@myworkday.com",
                     seq=0, start=s0, end=e0, stamp=d1, summary=f"Interview: Trevor Okafor - {HALDEN_ROLE}",
                     description=f"District Manager interview with Greg Castellano.\nZoom: {zoom}", location=zoom,
                     organizer=("Halden Therapeutics Recruiting", HALDEN_WD[1]),
                     attendees=[att(GREG), att(ME)])
    m1 = ats_mail(f"{k}/1", frm=HALDEN_WD, to=[ME], subject=f"Interview Scheduled: {HALDEN_ROLE} (R-24817)", date=d1,
                  text=t1, ics_text=cal, ics_name="Interview.ics", dom="myworkday.com", relay="mail3.myworkday.com")
    d2 = T(2026, 10, 12, 18, 54, NY, "Mon", "-0400", 2)
    t2 = """Trevor - I just got pulled into a P&T committee review at Hackensack Thursday morning and can't move it. Can we slide our interview to Friday 10/16, same time (10 AM ET)? Zoom link stays the same.

Sorry for the shuffle.
Greg

Sent from my iPhone
"""
    m2, id2 = person_mail(f"{k}/2", frm=GREG, to=[ME], cc=[DANA], subject="Thursday", date=d2, text=t2, kind="iphone",
                          dom="haldentx.example", html_too=False, enc="7bit", relay="NAM04-BN3-obe.outbound.protection.outlook.com")
    d3 = T(2026, 10, 12, 19, 20, NY, "Mon", "-0400", 37)
    t3 = "Hi Greg,\n\nNo problem at all - Friday at 10 works on my end. See you on Zoom.\n\nTrevor\n" + quote(t2, d2, f"Greg Castellano <{GREG[1]}>")
    m3, _ = person_mail(f"{k}/3", frm=ME, to=[GREG], cc=[DANA], subject="Re: Thursday", date=d3, text=t3, irt=id2, refs=[id2],
                        html_too=False, enc="qp")
    s = T(2026, 10, 16, 10, 0, NY, "Fri", "-0400")
    lab = label([iv("Halden Therapeutics", HALDEN_ROLE, s, s + timedelta(hours=1), "scheduled", [GREG[1]], [GREG[1]], "hiring_manager")],
                "hard", "positive/reschedule-by-email",
                "Workday mail + .ics books the DM interview Thu Oct 15 10:00 ET; the DM's two-line iPhone mail (subject just 'Thursday') moves it to Fri 10/16 same time, candidate accepts. The .ics is stale.")
    return [("01-workday-interview-scheduled.eml", m1), ("02-greg-thursday.eml", m2), ("03-re-thursday.eml", m3)], lab


@case("arden-launch-readiness-meeting")
def c03(k):
    sent = T(2026, 10, 7, 20, 14, UTC, "Wed", "+0000", 26)
    s = T(2026, 10, 20, 9, 0, NY, "Tue", "-0400")
    body = """Team,

With Veltrexa launching on 11/2, we're holding a half-day launch readiness session for the Northern NJ district. This replaces next Tuesday's district call.

Please come with:
- your top-25 neurology targets by territory, with current decile and access status
- one managed-care pull-through win you can present in 3 minutes
- Q4 speaker program requests (date, venue, preferred speaker)

Jen Alvarez from brand marketing will walk us through the approved visual aid and the objection-handling guide. Expect role-plays - I'll pair you up with someone from a neighboring territory.

Lauren Pike
District Manager, Northern NJ - Neuroscience
Arden Pharmaceuticals
"""
    m = outlook_invite(f"{k}/1", organizer=LAUREN, to=[("Northern NJ Neuroscience District", "nnj-neuro-district@ardenpharma.example"), ME],
                       summary="Veltrexa Launch Readiness - Northern NJ District POA", start=s, end=s + timedelta(hours=2, minutes=30),
                       sent=sent, seq=0, wtz="Eastern Standard Time", location="Microsoft Teams Meeting", body=body)
    lab = label([], "medium", "negative/internal-meeting",
                "Current employer's district launch meeting (Teams invite from his own DM); role-plays and territory talk but no hiring process.")
    return [("01-launch-readiness-invite.eml", m)], lab


@case("corvane-icims-screen-with-ics")
def c04(k):
    d1 = T(2026, 10, 9, 14, 3, NY, "Fri", "-0400", 12)
    s = T(2026, 10, 13, 13, 30, NY, "Tue", "-0400")
    e = s + timedelta(minutes=30)
    zoom = "https://corvanemed.zoom.us/j/93120045518"
    t = f"""Hello Trevor,

Thank you for your interest in Corvane Medical. This message confirms your phone screen for the {CORVANE_ROLE} position (Req 2026-3391).

When: Tuesday, October 13, 2026, 1:30 PM - 2:00 PM (Eastern)
Format: Zoom video - {zoom}
Interviewer: Molly Fennessy, Talent Acquisition Partner

Molly will review your sales track record, your comfort supporting cases in the cath lab and hybrid OR, and your flexibility for early starts across the territory.

A calendar file is attached for your convenience. Need to reschedule? Reply to this message and it will reach Molly directly.

Corvane Medical
200 Seaport Blvd, Boston, MA 02210

This email was sent via iCIMS on behalf of Corvane Medical.
"""
    cal = simple_ics(prodid="-//iCIMS//Interview Scheduling 3.0//EN", method="REQUEST", uid=f"icims-{H(k + 'u', 20)}@icims.com",
                     seq=0, start=s, end=e, stamp=d1, summary="Corvane Medical - Phone Screen (Territory Manager, Structural Heart)",
                     description=f"Phone screen with Molly Fennessy.\nZoom: {zoom}", location=zoom, organizer=MOLLY,
                     attendees=[att(MOLLY, "ACCEPTED"), att(ME)])
    m = ats_mail(f"{k}/1", frm=CORVANE_ICIMS, reply_to=MOLLY, to=[ME],
                 subject=f"Interview Confirmation - {CORVANE_ROLE} - Req 2026-3391", date=d1, text=t, ics_text=cal,
                 ics_name="interview.ics", et="b64", eh="b64", dom="talent.icims.com", relay="mta12.icims.com")
    lab = label([iv("Corvane Medical", CORVANE_ROLE, s, e, "scheduled", [MOLLY[1]], [MOLLY[1]], "phone_screen")],
                "easy", "positive/ats-email-with-ics",
                "iCIMS confirmation (base64 bodies) with .ics; recruiter conducts the screen; Reply-To is the recruiter, From is the iCIMS sender.")
    return [("01-icims-interview-confirmation.eml", m)], lab


@case("keystone-cso-screen-cancelled")
def c05(k):
    s = T(2026, 10, 14, 10, 30, CHI, "Wed", "-0500")
    e = s + timedelta(minutes=30)
    uid = f"{H(k + 'uid', 26)}@google.com"
    summ = "Keystone Contract Sales: Phone Screen - Trevor Okafor (Brightwater Derm program)"
    desc = ("Hi Trevor - first conversation about the contract Dermatology Sales Specialist openings on the Brightwater program "
            "(Northern NJ + Staten Island). I'll call the cell number on your resume.\n\nAlyssa Brandt\nSenior Recruiter, Keystone Contract Sales\nMinneapolis, MN")
    d1 = T(2026, 10, 8, 16, 12, UTC, "Thu", "+0000", 40)
    m1 = google_invite(f"{k}/1", organizer=ALYSSA, guests=[ME], summary=summ, start=s, end=e, sent=d1, uid=uid, seq=0,
                       description=desc, location="Phone - Alyssa calls Trevor", tzlabel="Central Time - Chicago", meet=False)
    d2 = T(2026, 10, 12, 14, 48, UTC, "Mon", "+0000", 5)
    note = ("Trevor, so sorry - Brightwater just put the NJ expansion on hold pending their Q1 budget, so I'm pulling "
            "Wednesday's call. I'll reach out the minute it reopens or something similar comes across my desk. - Alyssa")
    m2 = google_invite(f"{k}/2", organizer=ALYSSA, guests=[ME], summary=summ, start=s, end=e, sent=d2, uid=uid, seq=1,
                       kind="cancel_note", note=note, description=desc, location="Phone - Alyssa calls Trevor",
                       tzlabel="Central Time - Chicago", meet=False)
    lab = label([iv("Keystone Contract Sales", "Dermatology Sales Specialist (contract)", s, e, "cancelled", [ALYSSA[1]], [ALYSSA[1]], "phone_screen")],
                "medium", "positive/cancellation",
                "Staffing agency (CSO) screen sent as a Google invite in Central time (10:30 CDT = 11:30 EDT), then METHOD:CANCEL with a note (same UID, SEQUENCE 1). Cancelled-only positive.")
    return [("01-invitation-keystone-phone-screen.eml", m1), ("02-canceled-event-with-note.eml", m2)], lab


@case("linkedin-breaking-into-pharma-webinar")
def c06(k):
    d = T(2026, 10, 6, 22, 5, UTC, "Tue", "+0000", 31)
    t = """You're registered!

Breaking Into Pharma Sales: Ride-Alongs, Brag Books and the DM Interview
Thu, Oct 15, 2026, 7:00 PM - 8:00 PM EDT
Online event - hosted by RepReady Career Coaching

Speakers
Carla Nguyen - former Regional Director, specialty pharma (18 years)
Devon Pruitt - Key Account Manager and hiring panelist

What you'll learn
- What district managers actually score on a ride-along
- How to build a brag book that survives a page-by-page RD review
- A live mock DM interview with a volunteer from the audience

Join link: https://www.linkedin.com/events/7384112950441261056/
Add to calendar: https://www.linkedin.com/events/7384112950441261056/ics/

You're receiving this email because you registered for this LinkedIn event.
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub-events
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
"""
    m = ats_mail(f"{k}/1", frm=("LinkedIn Events", "events-noreply@linkedin.com"), to=[ME],
                 subject="You're registered: Breaking Into Pharma Sales: Ride-Alongs, Brag Books and the DM Interview",
                 date=d, text=t, et="qp", eh="b64", dom="linkedin.com", relay="mailb-ea.linkedin.com")
    lab = label([], "medium", "negative/webinar",
                "LinkedIn event registration for a career webinar with a 'live mock DM interview'; not a hiring step for the user.")
    return [("01-linkedin-event-registration.eml", m)], lab


@case("halden-ride-along-hospital-lot")
def c07(k):
    d1 = T(2026, 10, 16, 14, 5, NY, "Fri", "-0400", 31)
    t1 = """Trevor,

Enjoyed this morning - you clearly know the neuro call points and the access picture in Essex County.

Next step is a field day with Jessica Marr, who has been #1 in the district two years running. It's the best way for you to see the job and for us to see you in front of an office.

Logistics:
- Wednesday, October 21
- Meet Jessica at 7:30 AM in the Saint Barnabas Medical Center parking deck (94 Old Short Hills Rd, Livingston) - Level 2, next to the cancer center elevators. She drives a gray Explorer.
- You'll ride with her until about 1:00 PM: the hospital neuro clinic, two community practices and a lunch drop in West Orange.
- Business professional, comfortable shoes. Bring your brag book - she may flip through it over coffee between calls.

Jessica will give me her read-out afterwards and we'll decide on the RD panel from there. I'm sending a calendar hold too.

Greg Castellano
District Manager, Northern New Jersey - Neuroscience
Halden Therapeutics
(973) 555-0124
"""
    m1, _ = person_mail(f"{k}/1", frm=GREG, to=[ME], cc=[JESS, DANA], subject="Next step - field day with Jessica (Wed 10/21)",
                        date=d1, text=t1, kind="outlook", relay="NAM04-BN3-obe.outbound.protection.outlook.com")
    s = T(2026, 10, 21, 7, 30, NY, "Wed", "-0400")
    e = T(2026, 10, 21, 13, 0, NY, "Wed", "-0400")
    d2 = T(2026, 10, 16, 18, 11, UTC, "Fri", "+0000", 9)
    m2 = google_invite(f"{k}/2", organizer=GREG, guests=[JESS, ME], summary="Field Ride-Along: Trevor Okafor w/ Jessica Marr (Halden)",
                       start=s, end=e, sent=d2, uid=f"{H(k + 'uid', 26)}@google.com",
                       description="Candidate field day. Jessica meets Trevor at the parking deck at 7:30; wrap by 1 PM. Jessica -> feedback to Greg same day.",
                       location="Saint Barnabas Medical Center - Parking Deck Level 2, 94 Old Short Hills Rd, Livingston, NJ 07039", meet=False)
    lab = label([iv("Halden Therapeutics", HALDEN_ROLE, s, e, "scheduled", [JESS[1]], [JESS[1]], "other")],
                "hard", "positive/ride-along",
                "Field ride-along with a current rep is a booked interview step; it starts at 7:30 AM in a hospital parking deck and runs to ~1 PM. DM mail + Google invite = one interview. The DM organizes but does not ride, so the rep is the interviewer.")
    return [("01-greg-field-day-next-step.eml", m1), ("02-invitation-field-ride-along.eml", m2)], lab


@case("northstar-propose-confirm-central")
def c08(k):
    d1 = T(2026, 10, 19, 8, 50, CHI, "Mon", "-0500", 16)
    t1 = """Hi Trevor,

Great news - Tom Brekke, our Regional Sales Manager for the East, went through your resume and my notes from our call and would like to meet. He'll want about 45 minutes on Zoom.

Could any of these work?
- Thursday 10/22, 9am Central
- Thursday 10/22, 2pm Central
- Friday 10/23, 11am Central

We're all in Minneapolis, so those are Central times - please double-check against Eastern on your side.

Thanks!
Kari Lindahl
Talent Acquisition | Northstar Surgical
Minneapolis, MN
"""
    m1, id1 = person_mail(f"{k}/1", frm=KARI, to=[ME], subject=f"Northstar Surgical - {NORTHSTAR_ROLE} - next step",
                          date=d1, text=t1, kind="outlook", enc="b64", relay="NAM10-DM6-obe.outbound.protection.outlook.com")
    d2 = T(2026, 10, 19, 11, 2, NY, "Mon", "-0400", 47)
    t2 = ("Hi Kari,\n\nThursday at 9am Central (10 ET for me) works best - I can push my first office call. Friday at 11 Central would be my backup.\n\n"
          "Thanks,\n" + TREVOR_SIG + "\n" + quote(t1, d1, f"Kari Lindahl <{KARI[1]}>"))
    m2, id2 = person_mail(f"{k}/2", frm=ME, to=[KARI], subject=f"Re: Northstar Surgical - {NORTHSTAR_ROLE} - next step",
                          date=d2, text=t2, irt=id1, refs=[id1], html_too=False, enc="qp")
    d3 = T(2026, 10, 20, 9, 15, CHI, "Tue", "-0500", 3)
    t3 = f"""You're all set, Trevor:

Thursday, October 22 - 9:00-9:45 AM Central (10:00-10:45 AM ET)
Tom Brekke, Regional Sales Manager - East
Zoom: https://northstarsurgical.zoom.us/j/7719034412

Tom's email is {TOM[1]} in case anything comes up that morning. He likes specifics, so be ready to walk through how you grew share in an account where a competitor was entrenched.

Kari
""" + quote(t2, d2, f"Trevor Okafor <{OWNER}>")
    m3, _ = person_mail(f"{k}/3", frm=KARI, to=[ME], subject=f"RE: Northstar Surgical - {NORTHSTAR_ROLE} - next step",
                        date=d3, text=t3, irt=id2, refs=[id1, id2], kind="outlook", relay="NAM10-DM6-obe.outbound.protection.outlook.com")
    s = T(2026, 10, 22, 9, 0, CHI, "Thu", "-0500")
    lab = label([iv("Northstar Surgical", NORTHSTAR_ROLE, s, s + timedelta(minutes=45), "scheduled", [TOM[1]], [TOM[1]], "hiring_manager")],
                "medium", "positive/thread-propose-confirm",
                "Recruiter proposes three Central-time slots, candidate picks 'Thursday 9am Central (10 ET)', recruiter confirms 9:00-9:45 AM CDT. Only the final slot is an interview.")
    return [("01-kari-three-slots.eml", m1), ("02-re-thursday-9-central.eml", m2), ("03-re-confirmed-with-tom.eml", m3)], lab


@case("lindqvist-hirevue-one-way")
def c09(k):
    d = T(2026, 10, 20, 14, 22, UTC, "Tue", "+0000", 5)
    t = f"""Hi Trevor,

Lindqvist Biologics has invited you to complete an On Demand interview for {LINDQVIST_ROLE}.

This is a recorded video interview - there is no live interviewer. You'll answer 6 questions on your own schedule; each question gives you 30 seconds to prepare and up to 3 minutes to respond. Most candidates finish in about 25 minutes.

Please complete your interview by Friday, October 23, 2026 at 11:59 PM Eastern Time.

Start your interview: https://app.hirevue.com/candidate/interviews/{H(k + 'hv', 24)}

Tips: use Chrome or the HireVue app, find a quiet room, and run the practice question first.

Good luck!
HireVue, on behalf of Lindqvist Biologics
"""
    m = ats_mail(f"{k}/1", frm=("Lindqvist Biologics", "noreply@hirevue.com"), to=[ME],
                 subject="Lindqvist Biologics: Complete your On Demand Interview", date=d, text=t, dom="hirevue.com",
                 relay="o1.email.hirevue.com")
    lab = label([], "medium", "negative/one-way-video",
                "HireVue On Demand (one-way, recorded) interview with a deadline; no live conversation -> not an interview.")
    return [("01-hirevue-on-demand-invite.eml", m)], lab


@case("lindqvist-taleo-screen-and-hirevue-live")
def c10(k):
    d1 = T(2026, 10, 22, 10, 12, NY, "Thu", "-0400", 40)
    s1 = T(2026, 10, 27, 10, 0, IND, "Tue", "-0400")
    e1 = s1 + timedelta(minutes=30)
    t1 = f"""Dear Trevor Okafor,

Thank you for completing the On Demand interview for {LINDQVIST_ROLE} (Requisition 2600412). We would like to invite you to a phone interview.

Date: Tuesday, October 27, 2026
Time: 10:00 AM - 10:30 AM (Eastern Time - Indianapolis)
Interviewer: Renee Whitfield, Senior Recruiter
Renee will call you at the primary phone number in your candidate profile.

Regards,
Lindqvist Biologics Talent Acquisition
Indianapolis, Indiana

Please do not reply to this message. Questions? Contact {RENEE[1]}.
"""
    m1 = ats_mail(f"{k}/1", frm=("Lindqvist Biologics Careers", "lindqvistbio@taleo.net"), to=[ME],
                  subject=f"Interview Confirmation - {LINDQVIST_ROLE} - Req 2600412", date=d1, text=t1, dom="taleo.net",
                  relay="smtp03.taleo.net")
    d2 = T(2026, 10, 27, 15, 34, IND, "Tue", "-0400", 51)
    t2 = f"""Hi Trevor,

Thanks for your time this morning - I enjoyed hearing about the Remicade-to-biosimilar switch work you did in your IDN accounts.

I shared my notes with Curtis Oyelaran ({CURTIS[1]}), the District Manager for our Northeast immunology team, and he'd like to meet you over a HireVue live video interview next Tuesday, November 3, at 9:00 AM Eastern. You'll get a separate HireVue email with the link.

One heads-up: clocks fall back this Sunday. Indianapolis and New Jersey change together, so it's still 9:00 on your clock. Plan on 45 minutes; Curtis will ask you to walk him through one account plan from your current territory.

Renee Whitfield
Senior Recruiter, Commercial | Lindqvist Biologics
Indianapolis, IN
"""
    m2, _ = person_mail(f"{k}/2", frm=RENEE, to=[ME], subject="Next step - DM interview with Curtis", date=d2, text=t2,
                        kind="outlook", relay="NAM11-CO1-obe.outbound.protection.outlook.com")
    s2 = T(2026, 11, 3, 9, 0, NY, "Tue", "-0500")
    e2 = s2 + timedelta(minutes=45)
    d3 = T(2026, 10, 27, 19, 52, UTC, "Tue", "+0000", 10)
    link = f"https://app.hirevue.com/live/join/{H(k + 'live', 20)}"
    t3 = f"""Hi Trevor,

Your Live Interview with Lindqvist Biologics is scheduled.

Position: {LINDQVIST_ROLE}
Interview: District Manager Interview
When: Tuesday, November 3, 2026, 9:00 AM - 9:45 AM EST (America/New_York)
Interviewer(s): Curtis Oyelaran

Join your interview: {link}
Please join a few minutes early to test your camera and microphone.

Add to calendar: the invitation is attached.

HireVue, on behalf of Lindqvist Biologics
"""
    cal = simple_ics(prodid="-//HireVue//Live Interview//EN", method="REQUEST", uid=f"hv-live-{H(k + 'uid', 16)}@hirevue.com", seq=0,
                     start=s2, end=e2, stamp=d3, summary="Lindqvist Biologics - District Manager Interview (Live)",
                     description=f"HireVue Live interview with Curtis Oyelaran.\nJoin: {link}", location=link,
                     organizer=("HireVue Scheduling", "noreply@hirevue.com"), attendees=[att(CURTIS), att(ME)], tzmode="UTC")
    m3 = ats_mail(f"{k}/3", frm=("Lindqvist Biologics", "noreply@hirevue.com"), to=[ME],
                  subject="Your Live Interview with Lindqvist Biologics is scheduled", date=d3, text=t3, ics_text=cal,
                  ics_name="interview.ics", et="b64", eh="qp", dom="hirevue.com", relay="o1.email.hirevue.com")
    lab = label([iv("Lindqvist Biologics", LINDQVIST_ROLE, s1, e1, "scheduled", [RENEE[1]], [RENEE[1]], "phone_screen"),
                 iv("Lindqvist Biologics", LINDQVIST_ROLE, s2, e2, "scheduled", [CURTIS[1]], [CURTIS[1]], "hiring_manager")],
                "hard", "positive/two-interviews",
                "Two interviews: Taleo phone screen Oct 27 10:00 (Eastern - Indianapolis, EDT -04:00) and a HireVue LIVE DM interview Nov 3 9:00 EST (-05:00, after the US change; .ics in UTC 14:00Z). Taleo says do-not-reply; the recruiter's address is given in the text.")
    return [("01-taleo-phone-interview-confirmation.eml", m1), ("02-renee-next-step-dm.eml", m2),
            ("03-hirevue-live-interview-scheduled.eml", m3)], lab


@case("arden-speaker-program-dinner")
def c11(k):
    d = T(2026, 10, 21, 11, 40, NY, "Wed", "-0400", 12)
    s = T(2026, 10, 29, 18, 30, NY, "Thu", "-0400")
    e = T(2026, 10, 29, 20, 30, NY, "Thu", "-0400")
    beth = ("Beth Kowalczyk", "beth.kowalczyk@summitspeakerlogistics.example")
    t = """Hi Trevor,

Your speaker program is CONFIRMED. Details below - please review and let me know of any changes by Monday.

Program #: AR-26-10488
Topic: Preventive Treatment of Chronic Migraine: Patient Selection with Veltrexa
Speaker: Anika Raman, MD (Neurology, Englewood)
Requesting rep: Trevor Okafor - Arden Pharmaceuticals, Newark North
Venue: Halloran's Steakhouse, private dining room, 210 Main St, Hackensack, NJ
Rep arrival: 6:00 PM | Program: 6:30 PM - 8:30 PM (Thursday, October 29)
Attendee cap: 12 HCPs | Current RSVPs: 8

Compliance reminders: meal cap is $125 per HCP, no spouses or guests, and every attendee must sign the sign-in sheet for Open Payments reporting. Please upload the reconciliation in the portal within 5 business days.

Thanks,
Beth Kowalczyk
Program Manager, Summit Speaker Logistics
"""
    cal = simple_ics(prodid="-//Summit Speaker Logistics//Program Calendar//EN", method="REQUEST", uid=f"AR-26-10488-{H(k, 8)}@summitspeakerlogistics.example",
                     seq=0, start=s, end=e, stamp=d, summary="Speaker Program AR-26-10488 - Dr. Anika Raman - Halloran's Hackensack",
                     description="Rep arrival 6:00 PM. Program 6:30-8:30 PM. Bring sign-in sheets.",
                     location="Halloran's Steakhouse, 210 Main St, Hackensack, NJ", organizer=beth,
                     attendees=[att(ME, "ACCEPTED", role="CHAIR")])
    m = ats_mail(f"{k}/1", frm=("Summit Speaker Logistics", "programs@summitspeakerlogistics.example"), reply_to=beth, to=[ME],
                 subject="CONFIRMED: Program AR-26-10488 - Dr. Anika Raman - Thu 10/29 6:30 PM - Hackensack", date=d, text=t,
                 ics_text=cal, ics_name="program.ics", dom="summitspeakerlogistics.example", relay="mail.summitspeakerlogistics.example")
    lab = label([], "medium", "negative/work-event",
                "Physician speaker program dinner the user organizes in his current job (.ics attached, user is CHAIR). Not a job interview.")
    return [("01-speaker-program-confirmed.eml", m)], lab


@case("valmont-zurich-teams-dst-gap")
def c12(k):
    d1 = T(2026, 10, 21, 9, 14, ZRH, "Wed", "+0200", 22)
    s = T(2026, 10, 28, 15, 0, ZRH, "Wed", "+0100")
    e = s + timedelta(minutes=45)
    assert s.astimezone(NY).strftime("%H:%M %z") == "10:00 -0400"
    role = "Key Account Manager - Hospital Oncology (US Northeast)"
    t1 = f"""Dear Trevor,

On behalf of Valmont Pharma, we are pleased to invite you to an interview for the position {role}, Job Requisition 48213.

Date: Wednesday, 28 October 2026
Time: 15:00 - 15:45 (Central European Time, Zurich)
Format: Microsoft Teams - the meeting invitation will follow from Dr. Keller's office
Interviewer: Dr. Sabine Keller, Head of Global Key Account Excellence

This role sits in our global commercial organisation in Zurich with a dotted line to the US Head of Oncology Sales in Florham Park, New Jersey.

Kind regards,
Nadia Br\u00fcnner
Talent Acquisition Specialist
Valmont Pharma AG, Zurich

Please do not reply to this automated message. For questions, write to {NADIA[1]}.
"""
    m1 = ats_mail(f"{k}/1", frm=("Valmont Pharma Careers", "no-reply@successfactors.eu"), reply_to=NADIA, to=[ME],
                  subject=f"Interview invitation: {role} (48213)", date=d1, text=t1, dom="successfactors.eu",
                  relay="mail2.successfactors.eu")
    d2 = T(2026, 10, 21, 7, 41, UTC, "Wed", "+0000", 9)
    body = """Dear Trevor,

I look forward to speaking with you. We will discuss your experience with IDN and academic accounts and how you would approach the five largest oncology centres in the Northeast in your first 90 days.

Best regards,
Sabine Keller"""
    m2 = outlook_invite(f"{k}/2", organizer=SABINE, sender=NADIA, to=[ME], summary="Interview Trevor Okafor - KAM Hospital Oncology US",
                        start=s, end=e, sent=d2, seq=0, wtz="W. Europe Standard Time", location="Microsoft Teams Meeting",
                        body=body, datefmt="eu")
    d3 = T(2026, 10, 21, 8, 2, NY, "Wed", "-0400", 55)
    t3 = ("Dear Nadia,\n\nThank you - I've accepted Dr. Keller's invitation. Just to be sure on my side: 15:00 in Zurich on the 28th "
          "is 9:00 AM Eastern, correct?\n\nBest regards,\nTrevor Okafor\n")
    mid1 = msgid(f"{k}/1", "generic", "successfactors.eu")
    m3, id3 = person_mail(f"{k}/3", frm=ME, to=[NADIA], subject=f"Re: Interview invitation: {role} (48213)", date=d3,
                          text=t3, irt=mid1, refs=[mid1], html_too=False, enc="qp")
    d4 = T(2026, 10, 21, 14, 26, ZRH, "Wed", "+0200", 40)
    t4 = ("Dear Trevor,\n\nAlmost! Switzerland moves its clocks back on Sunday 25 October, but the US only on 1 November, so that week "
          "we are just five hours apart. 15:00 in Zurich will be 10:00 AM in New Jersey.\n\nKind regards,\nNadia\n"
          + quote(t3, d3, f"Trevor Okafor <{OWNER}>"))
    m4, _ = person_mail(f"{k}/4", frm=NADIA, to=[ME], subject=f"AW: Interview invitation: {role} (48213)", date=d4, text=t4,
                        irt=id3, refs=[mid1, id3], kind="outlook", relay="EUR03-AM7-obe.outbound.protection.outlook.com")
    lab = label([iv("Valmont Pharma", role, s, e, "scheduled", [SABINE[1]], [SABINE[1]], "hiring_manager")],
                "hard", "positive/dst-gap",
                "Swiss parent: SuccessFactors mail (Date +0200) + Teams invite with TZID 'W. Europe Standard Time' for Oct 28 15:00 Zurich. Zurich is already on CET (+01:00, changed Oct 25) while New York is still EDT -> 10:00 ET, not the 9:00 the candidate guessed (corrected by the coordinator).")
    return [("01-successfactors-interview-invitation.eml", m1), ("02-teams-invite-sabine-keller.eml", m2),
            ("03-re-confirm-time.eml", m3), ("04-aw-five-hours-apart.eml", m4)], lab


# ============================================================================= cases 13-23
@case("aldergrove-webex-dm-interview")
def c13(k):
    role = "Rare Disease Account Specialist"
    d1 = T(2026, 10, 23, 12, 6, NY, "Fri", "-0400", 30)
    t1 = """Trevor,

Nicole Farrand, our District Manager for the Mid-Atlantic, would like to meet you Thursday 10/29 at 4 PM ET for an hour on Webex. She'll send the invite from her own account in the next hour or so.

If you have your brag book as a PDF, send it over and I'll get it to her ahead of time - she reads them.

Omar Siddiqui
Talent Acquisition | Aldergrove Biosciences
Princeton, NJ
"""
    m1, _ = person_mail(f"{k}/1", frm=OMAR, to=[ME], subject=f"Aldergrove - {role} - DM interview", date=d1, text=t1,
                        kind="gmail", relay="mail-sor-f41.google.com")
    s = T(2026, 10, 29, 16, 0, NY, "Thu", "-0400")
    e = s + timedelta(hours=1)
    d2 = T(2026, 10, 23, 17, 40, UTC, "Fri", "+0000", 8)
    mtg = "2634 118 9052"
    url = f"https://aldergrovebio.webex.com/aldergrovebio/j.php?MTID=m{H(k + 'wx', 32)}"
    t2 = f"""Nicole Farrand invites you to join this Webex meeting.

Trevor Okafor / Nicole Farrand - DM Interview ({role})
Host: Nicole Farrand
Thursday, October 29, 2026 4:00 PM | 1 hour | (UTC-04:00) Eastern Time (US & Canada)

Join meeting
{url}

More ways to join:
Join by meeting number
Meeting number (access code): {mtg}
Meeting password: Rx4dm29

Join by phone
+1-408-555-0199 United States Toll
Access code: {mtg}

If you are a host, click here to view host information.
Need help? Go to https://help.webex.com
"""
    cal = simple_ics(prodid="-//Cisco Systems Inc.//Webex Meetings//EN", method="REQUEST", uid=f"{H(k + 'uid', 32).upper()}",
                     seq=0, start=s, end=e, stamp=d2, summary=f"Trevor Okafor / Nicole Farrand - DM Interview ({role})",
                     description=f"Join meeting: {url}\nMeeting number: {mtg}", location=url, organizer=NICOLE,
                     attendees=[att(ME)])
    m2 = ats_mail(f"{k}/2", frm=("Nicole Farrand via Webex", "messenger@webex.com"), reply_to=NICOLE, to=[ME],
                  subject=f"Webex meeting invitation: Trevor Okafor / Nicole Farrand - DM Interview ({role})", date=d2, text=t2,
                  ics_text=cal, ics_name="WebexMeeting.ics", et="qp", eh="b64", dom="webex.com", relay="mx3.webex.com")
    lab = label([iv("Aldergrove Biosciences", role, s, e, "scheduled", [NICOLE[1]], [NICOLE[1]], "hiring_manager")],
                "easy", "positive/webex-invite",
                "Recruiter heads-up + Webex invitation (sent by messenger@webex.com, Reply-To the DM) with .ics; one interview.")
    return [("01-omar-dm-interview-heads-up.eml", m1), ("02-webex-meeting-invitation.eml", m2)], lab


@case("arden-user-hosts-candidate-ride-along")
def c14(k):
    d1 = T(2026, 10, 26, 7, 58, NY, "Mon", "-0400", 19)
    t1 = """Trevor -

We're down to two finalists for the Paramus territory, and I'd like you to host Kelsey Amato for her field ride this Friday (10/30). She'll meet you at 7:45 AM in the Hackensack University Medical Center visitor garage on Prospect Ave.

Keep it to about four hours - show her a real day, not a highlight reel. Please don't get into comp or the launch timeline; HR covers that.

Afterwards, complete the candidate evaluation form in Workday (Interviewer Feedback task) by end of day Friday. The interviewer guide is in the district Teams channel.

Thanks for doing this - you're the right person to show her what the job actually looks like.

Lauren
"""
    m1, id1 = person_mail(f"{k}/1", frm=LAUREN, to=[ME], cc=[("Kyle Moreno", "kyle.moreno@ardenpharma.example")],
                          subject="Candidate ride-along Friday - Kelsey Amato", date=d1, text=t1, kind="outlook",
                          relay="NAM02-SN1-obe.outbound.protection.outlook.com")
    d2 = T(2026, 10, 26, 9, 31, NY, "Mon", "-0400", 2)
    t2 = ("Happy to. I'll take her through the neuro clinic at HUMC and the two Teaneck practices, and I'll have the eval in Workday "
          "by Friday night.\n\nTrevor\n" + quote(t1, d1, f"Lauren Pike <{LAUREN[1]}>"))
    m2, _ = person_mail(f"{k}/2", frm=ME, to=[LAUREN], cc=[("Kyle Moreno", "kyle.moreno@ardenpharma.example")],
                        subject="Re: Candidate ride-along Friday - Kelsey Amato", date=d2, text=t2, irt=id1, refs=[id1],
                        html_too=False, enc="7bit")
    lab = label([], "hard", "negative/user-is-interviewer",
                "The user's current DM asks him to HOST a candidate's ride-along (7:45 AM, hospital garage) and file interviewer feedback: he is the interviewer, not the candidate.")
    return [("01-lauren-host-candidate-ride-along.eml", m1), ("02-re-happy-to.eml", m2)], lab


@case("arden-compliance-training")
def c15(k):
    d = T(2026, 10, 27, 13, 0, UTC, "Tue", "+0000", 4)
    s = T(2026, 11, 3, 13, 0, NY, "Tue", "-0500")
    e = s + timedelta(minutes=90)
    t = """Registration confirmed

Course: 2026 Annual HCP Interactions & PhRMA Code Certification (Live Virtual)
Session: Tuesday, November 3, 2026, 1:00 PM - 2:30 PM ET
Delivery: Webex Training - join link in the attached calendar file
Facilitator: Field Compliance, Office of Ethics & Compliance

This session is REQUIRED for all field sales and medical personnel. Attendance is tracked automatically; a 10-question knowledge check follows the session. Completion deadline: November 13, 2026.

Topics: meals and speaker programs, Open Payments/Sunshine Act reporting, off-label requests, and documenting samples.

Arden Learning Hub - do not reply to this message.
"""
    link = "https://ardenpharma.webex.com/ardenpharma/k2/j.php?MTID=t" + H(k + "wx", 32)
    cal = simple_ics(prodid="-//Arden Learning Hub//LMS//EN", method="REQUEST", uid=f"lms-{H(k + 'uid', 16)}@ardenpharma.example",
                     seq=0, start=s, end=e, stamp=d, summary="REQUIRED: 2026 HCP Interactions & PhRMA Code Certification",
                     description=f"Live virtual compliance certification.\nJoin: {link}", location=link,
                     organizer=("Arden Learning Hub", "learninghub-noreply@ardenpharma.example"), attendees=[att(ME)])
    m = ats_mail(f"{k}/1", frm=("Arden Learning Hub", "learninghub-noreply@ardenpharma.example"), to=[ME],
                 subject="Registration confirmed: 2026 Annual HCP Interactions & PhRMA Code Certification (Live Virtual)",
                 date=d, text=t, ics_text=cal, ics_name="session.ics", dom="ardenpharma.example", relay="lms-mail.ardenpharma.example")
    lab = label([], "easy", "negative/training",
                "Mandatory compliance training at the current employer, sent by the LMS with an .ics.")
    return [("01-lms-compliance-session.eml", m)], lab


@case("halden-rd-panel-brag-book")
def c16(k):
    d1 = T(2026, 10, 23, 11, 20, NY, "Fri", "-0400", 45)
    t1 = """Hi Trevor,

Jessica and Greg both came back very positive after Wednesday's ride-along, so we'd like to bring you in for the final round with our Regional Director, Marcus Bell.

Wednesday, November 4, 1:00-2:30 PM ET
Halden Therapeutics HQ, 400 Interpace Parkway, Building C, Parsippany
Please check in at the Building C lobby by 12:45.

Format:
1. Sales presentation (15 min) - treat it as a call on a neurologist who is loyal to a competitor. Greg will send the approved Neurivex detail aid today.
2. Brag book review - Marcus goes page by page, so include rankings, President's Club or other awards, and a couple of MBO scorecards.
3. Behavioral panel with Marcus, Greg and Tamika Reyes, our Regional Training Manager.

Marcus's office will send the calendar invite. Parking is free in the Building C deck.

Dana
"""
    m1, _ = person_mail(f"{k}/1", frm=DANA, to=[ME], cc=[GREG], subject="Final round - RD panel on 11/4 (Parsippany)", date=d1,
                        text=t1, kind="outlook", relay="NAM04-DM6-obe.outbound.protection.outlook.com")
    s = T(2026, 11, 4, 13, 0, NY, "Wed", "-0500")
    e = T(2026, 11, 4, 14, 30, NY, "Wed", "-0500")
    d2 = T(2026, 10, 23, 19, 3, UTC, "Fri", "+0000", 0)
    desc = ("Final panel - Specialty Sales Representative, Neurology (Newark North).\n"
            "15-min sales presentation (Neurivex), brag book review, behavioral panel.\n"
            "Panel: Marcus Bell (RD), Greg Castellano (DM), Tamika Reyes (Regional Training Manager).")
    cal = outlook_ics(organizer=MARCUS, attendees=[ME, GREG, TAMIKA], summary="Final Panel - Trevor Okafor (Specialty Sales Rep, Neurology)",
                      description=desc, start=s, end=e, stamp=d2, uid=outlook_uid(k + "panel"), seq=0,
                      wtz="Eastern Standard Time", location="Parsippany HQ - Bldg C, Boardroom 3")
    lab = label([iv("Halden Therapeutics", HALDEN_ROLE, s, e, "scheduled", [MARCUS[1], GREG[1], TAMIKA[1]],
                    [MARCUS[1], GREG[1], TAMIKA[1]], "onsite")],
                "medium", "positive/panel-standalone-ics",
                "RD panel with sales presentation and brag book review, in person. Recruiter mail (sent in EDT) + standalone Outlook .ics (TZID 'Eastern Standard Time') for Nov 4 13:00-14:30 EST (-05:00, after the US change). Panel -> onsite with three interviewers.")
    return [("01-dana-rd-panel-details.eml", m1), ("02-final-panel-marcus-bell.ics", cal.encode("utf-8"))], lab


@case("corvane-boston-final-three-invites")
def c17(k):
    d1 = T(2026, 10, 26, 16, 45, NY, "Mon", "-0400", 10)
    t1 = """Hi Trevor,

Congratulations - the team would like you in Boston for the final round! Here's the itinerary for Thursday, November 5 at Corvane Medical HQ, 200 Seaport Blvd (ask for me at the 9th-floor reception):

9:00 - 9:45 AM  Paul Whitaker, Regional Director, Northeast - sales presentation and brag book review (15-minute mock in-service on the Vireo TAVR delivery system; materials coming separately)
10:00 - 10:45 AM  Hannah Cho, Clinical Education Manager - clinical scenarios and case coverage
10:45 - 11:30 AM  Lunch with two current Territory Managers (informal, not part of the evaluation)
11:30 AM - 12:15 PM  Derek Sandoval, Area Vice President, East

Travel: you're booked on the 6:05 PM Acela out of Newark Penn on Wednesday 11/4 and at the Seaport Hotel that night. Your return ticket is open.

You'll receive three separate Outlook invites, one per interviewer. All times are Eastern.

Molly Fennessy
Talent Acquisition Partner | Corvane Medical
"""
    m1, _ = person_mail(f"{k}/1", frm=MOLLY, to=[ME], subject="Corvane Medical - final round in Boston, Thu Nov 5 - itinerary",
                        date=d1, text=t1, kind="outlook", enc="b64", relay="NAM12-BN8-obe.outbound.protection.outlook.com")
    slots = [
        (PAUL, "Regional Director, Northeast", 9, 0, 45, "Sales presentation (mock in-service, Vireo TAVR) and brag book review.", 2, 11),
        (HANNAH, "Clinical Education Manager", 10, 0, 45, "Clinical scenarios and cath lab case coverage.", 4, 37),
        (DEREK, "Area Vice President, East", 11, 30, 45, "Final conversation with the Area VP.", 6, 2),
    ]
    items = [("01-molly-itinerary.eml", m1)]
    for i, (p, title, hh, mm, dur, what, mi, sec) in enumerate(slots):
        s = T(2026, 11, 5, hh, mm, NY, "Thu", "-0500")
        sent = T(2026, 10, 27, 13, mi, UTC, "Tue", "+0000", sec)
        body = (f"Hi Trevor,\n\nThis holds your time with {p[0]} ({title}). {what}\n\n"
                f"Location: Corvane Medical HQ, 200 Seaport Blvd, Boston - 9th floor, Harbor conference room.\n\nMolly")
        m = outlook_invite(f"{k}/inv{i}", organizer=MOLLY, to=[ME, p], summary=f"Interview: Trevor Okafor / {p[0]} ({CORVANE_ROLE})",
                           start=s, end=s + timedelta(minutes=dur), sent=sent, seq=0, wtz="Eastern Standard Time",
                           location="Corvane HQ - 9th floor, Harbor conference room, 200 Seaport Blvd, Boston", body=body, teams=False)
        items.append((f"{i + 2:02d}-invite-{p[0].split()[1].lower()}.eml", m))
    s0 = T(2026, 11, 5, 9, 0, NY, "Thu", "-0500")
    e0 = T(2026, 11, 5, 12, 15, NY, "Thu", "-0500")
    ivs = [PAUL[1], HANNAH[1], DEREK[1]]
    lab = label([iv("Corvane Medical", CORVANE_ROLE, s0, e0, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-loop",
                "In-person final in Boston sent as an itinerary + three Exchange invites (TZID 'Eastern Standard Time', label '(UTC-05:00)'), sent in EDT for a date after the US change; one onsite 9:00-12:15 EST including a lunch break; the coordinator is not an interviewer.")
    return items, lab


@case("northstar-avp-final-gcal")
def c18(k):
    d1 = T(2026, 10, 28, 10, 25, CHI, "Wed", "-0500", 37)
    t1 = """Hi Trevor,

Tom was impressed - thank you for the detailed account plan. The last step is a conversation with Linda Sorensen, our Area Vice President for the East.

Linda's assistant, Paige, found Tuesday 11/10 at 3:00 PM Central and dropped it straight onto the Google calendar address you gave us. It's 45 minutes on Zoom. If the time doesn't work, let me know rather than declining the invite.

Kari
"""
    m1, _ = person_mail(f"{k}/1", frm=KARI, to=[ME], subject="Final step - Linda Sorensen, AVP East", date=d1, text=t1,
                        kind="outlook", relay="NAM10-DM6-obe.outbound.protection.outlook.com")
    s = T(2026, 11, 10, 15, 0, CHI, "Tue", "-0600")
    e = s + timedelta(minutes=45)
    sn, en = s.astimezone(NY), e.astimezone(NY)
    assert sn.strftime("%H:%M %z") == "16:00 -0500"
    zoom = "https://northstarsurgical.zoom.us/j/6604417723?pwd=Tk5zVmJqZ3ZtT0xB"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H(k + 'etag', 12), 16)}\"",
        "id": H(k + "evid", 26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{H(k + 'evid', 26)} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-28T15:12:40.000Z",
        "updated": "2026-10-28T15:14:02.331Z",
        "summary": "Northstar Surgical - Final Interview (Trevor Okafor / Linda Sorensen, AVP East)",
        "description": ("Final interview for Territory Manager, Spine (New Jersey).\n"
                        "Linda is in Minneapolis - 3:00 PM Central.\n"
                        f"Zoom: {zoom}\nScheduled by Paige Olander on behalf of Linda Sorensen."),
        "location": zoom,
        "creator": {"email": PAIGE[1], "displayName": PAIGE[0]},
        "organizer": {"email": PAIGE[1], "displayName": PAIGE[0]},
        "start": {"dateTime": iso(sn), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(en), "timeZone": "America/New_York"},
        "iCalUID": f"{H(k + 'evid', 26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": PAIGE[1], "displayName": PAIGE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": LINDA[1], "displayName": LINDA[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Northstar Surgical", NORTHSTAR_ROLE, s, e, "scheduled", [LINDA[1]], [LINDA[1]], "other")],
                "medium", "positive/gcal-json",
                "Final with the Area VP: recruiter mail ('3:00 PM Central', Tue 11/10) + Calendar API event in America/New_York (16:00 -05:00). Nov 10 is after the US change: CST -06:00. The assistant organizes; the AVP is the interviewer.")
    return [("01-kari-final-with-linda.eml", m1), ("02-final-interview-linda.gcal.json", j)], lab


@case("corvane-rejection-after-final")
def c19(k):
    d = T(2026, 11, 12, 15, 10, NY, "Thu", "-0500", 22)
    t = f"""Dear Trevor,

Thank you for traveling to Boston on November 5 and for the time you spent with Paul, Hannah and Derek. Everyone appreciated your preparation, and your brag book was one of the strongest the team has seen this year.

After careful consideration, we have decided to move forward with another candidate whose structural heart case experience more closely matches the needs of the Northern NJ territory right now.

With your permission we'd like to keep your profile active for upcoming openings in our Peripheral Vascular division, where we expect to add two territories in the first quarter.

We wish you every success,
Corvane Medical Talent Acquisition
"""
    m = ats_mail(f"{k}/1", frm=CORVANE_ICIMS, reply_to=MOLLY, to=[ME], subject=f"Your application for {CORVANE_ROLE}",
                 date=d, text=t, et="b64", eh="b64", dom="talent.icims.com", relay="mta12.icims.com")
    lab = label([], "easy", "negative/rejection", "iCIMS rejection that mentions the past Boston onsite date and interviewers.")
    return [("01-icims-decision.eml", m)], lab


@case("halden-offer-and-walkthrough-call")
def c20(k):
    d1 = T(2026, 11, 9, 14, 5, UTC, "Mon", "+0000", 51)
    t1 = f"""Congratulations, Trevor!

Halden Therapeutics has extended you an offer for {HALDEN_ROLE} (R-24817).

Please sign in to your candidate home page to review your offer letter and the Field Sales Incentive Compensation Plan summary. Your offer expires on Monday, November 16, 2026.

Review your offer: https://wd5.myworkday.com/haldentx/d/task/offer-{H(k + 'offer', 10)}.htmld

This is a system-generated message from Workday. Please do not reply.
"""
    m1 = ats_mail(f"{k}/1", frm=HALDEN_WD, to=[ME], subject=f"Action Required: Review Your Offer - {HALDEN_ROLE}", date=d1,
                  text=t1, dom="myworkday.com", relay="mail3.myworkday.com")
    d2 = T(2026, 11, 9, 9, 22, NY, "Mon", "-0500", 14)
    t2 = """Trevor - congratulations! Marcus called me right after your panel and said he wanted you in Newark North before the launch.

The offer is live in Workday: $128,000 base, $42,000 target incentive, the fleet car program, and a start date of Monday, November 30 (week one is new-hire training in Parsippany).

I'd love to walk you through the comp plan and the fleet options on a quick call tomorrow at 4:00 PM ET - does that work? No prep needed, this is just me answering questions.

The offer is contingent on a drug screen and background check; you'll get separate emails from ClearPath and VerityCheck today.

Dana
"""
    m2, _ = person_mail(f"{k}/2", frm=DANA, to=[ME], subject="Offer - Specialty Sales Rep, Newark North", date=d2, text=t2,
                        kind="outlook", relay="NAM04-DM6-obe.outbound.protection.outlook.com")
    lab = label([], "hard", "negative/offer",
                "Workday offer + recruiter mail proposing a comp-plan walkthrough call 'tomorrow at 4:00 PM ET': an offer call, not an interview.")
    return [("01-workday-offer-ready.eml", m1), ("02-dana-offer-walkthrough.eml", m2)], lab


@case("halden-drug-screen-appointment")
def c21(k):
    d = T(2026, 11, 10, 8, 30, NY, "Tue", "-0500", 0)
    s = T(2026, 11, 12, 8, 15, NY, "Thu", "-0500")
    t = """Appointment Confirmed

Donor: Trevor Okafor
Requesting employer: Halden Therapeutics
Test: Pre-employment, non-DOT 10-panel urine
Registration ID: CP-7741-2290

Thursday, November 12, 2026 at 8:15 AM
Hudson Diagnostic Labs - Patient Service Center
95 River St, Suite 204, Hoboken, NJ 07030

What to bring: a government-issued photo ID and this registration ID (or the barcode below). Please do not drink excessive fluids before your visit. Results are sent to the employer only.

Need to change your appointment? Use the link in your ClearPath portal at least 4 hours in advance.

ClearPath Screening Scheduling
"""
    cal = simple_ics(prodid="-//ClearPath Screening//Scheduling//EN", method="PUBLISH", uid=f"CP-7741-2290-{H(k, 6)}@clearpathscreening.example",
                     seq=0, start=s, end=s + timedelta(minutes=30), stamp=d, summary="Drug screen appointment - Hudson Diagnostic Labs",
                     description="Pre-employment drug screen for Halden Therapeutics. Bring photo ID. Reg ID CP-7741-2290.",
                     location="95 River St, Suite 204, Hoboken, NJ 07030",
                     organizer=("ClearPath Screening", "scheduling@clearpathscreening.example"), attendees=[att(ME, rsvp=False)])
    m = ats_mail(f"{k}/1", frm=("ClearPath Screening Scheduling", "scheduling@clearpathscreening.example"), to=[ME],
                 subject="Appointment Confirmed: Pre-Employment Drug Screen (Halden Therapeutics) - Thu Nov 12, 8:15 AM", date=d,
                 text=t, ics_text=cal, ics_name="appointment.ics", method="PUBLISH", dom="clearpathscreening.example",
                 relay="mail.clearpathscreening.example")
    lab = label([], "medium", "negative/lab-appointment",
                "Pre-employment drug screen appointment at a lab with .ics; part of onboarding, not an interview.")
    return [("01-drug-screen-appointment.eml", m)], lab


@case("halden-background-check")
def c22(k):
    d = T(2026, 11, 10, 10, 41, NY, "Tue", "-0500", 33)
    t = f"""Hello Trevor,

Halden Therapeutics has asked VerityCheck to complete a background screening as part of your conditional offer of employment.

Your screening includes:
- County and federal criminal search (7 years)
- Employment verification (last 3 employers)
- Education verification
- Motor vehicle record (required for the company fleet program)
- OIG / SAM healthcare exclusion list check

Please sign your disclosure and authorization forms within 3 business days:
https://candidate.veritycheck.example/start/{H(k + 'bg', 16)}

Our verification team may contact your previous employers directly. You can track progress at any time in the candidate portal.

VerityCheck Candidate Care
This mailbox is not monitored.
"""
    m = ats_mail(f"{k}/1", frm=("VerityCheck", "no-reply@veritycheck.example"), to=[ME],
                 subject="Action required: Halden Therapeutics has requested your background screening", date=d, text=t,
                 dom="veritycheck.example", relay="mail.veritycheck.example")
    lab = label([], "easy", "negative/background-check", "Background-check authorization request after an offer.")
    return [("01-background-check-request.eml", m)], lab


@case("keystone-client-dm-call-after-dst")
def c23(k):
    role = "Contract Cardiometabolic Sales Specialist"
    d1 = T(2026, 10, 30, 14, 20, CHI, "Fri", "-0500", 9)
    t1 = f"""Hi Trevor,

Alyssa from Keystone again - Brightwater is still on ice, but we just won a contract-sales deployment with Pelion Health for their cardiometabolic launch, and the NJ/NYC metro territory looks like a great fit for you.

I sent your resume over this morning and their DM, Rob Tierney, wants to do a first interview by phone Monday at 9am Central (10am your time). He's blocked 30 minutes and will call your cell. His email is {ROB[1]} if you want to send a quick note beforehand.

The role is a {role}: 12-month engagement with Keystone as employer of record, company car, and a real shot at converting to Pelion.

Heads-up: clocks fall back this weekend, so double-check that your calendar app didn't do anything odd.

Alyssa Brandt
Senior Recruiter | Keystone Contract Sales
Minneapolis, MN
"""
    m1, id1 = person_mail(f"{k}/1", frm=ALYSSA, to=[ME], subject="New program - client DM wants to talk Monday", date=d1, text=t1,
                          kind="gmail", relay="mail-sor-f41.google.com")
    d2 = T(2026, 10, 30, 16, 3, NY, "Fri", "-0400", 48)
    t2 = ("Alyssa - great to hear from you. Monday at 10 ET works; I'll keep the morning clear.\n\nThanks for thinking of me,\nTrevor\n"
          + quote(t1, d1, f"Alyssa Brandt <{ALYSSA[1]}>"))
    m2, _ = person_mail(f"{k}/2", frm=ME, to=[ALYSSA], subject="Re: New program - client DM wants to talk Monday", date=d2,
                        text=t2, irt=id1, refs=[id1], html_too=False, enc="qp")
    s = T(2026, 11, 2, 9, 0, CHI, "Mon", "-0600")
    assert s.astimezone(NY).strftime("%H:%M %z") == "10:00 -0500"
    lab = label([iv("Keystone Contract Sales", role, s, s + timedelta(minutes=30), "scheduled", [ROB[1]], [ROB[1]], "hiring_manager")],
                "hard", "positive/email-body-only",
                "Staffing agency (CSO) books a phone interview with the client's DM (Pelion Health): 'Monday at 9am Central' in a Friday Oct 30 mail (CDT) -> Mon Nov 2 09:00 CST (-06:00) = 10:00 EST, after the US change. Employer of record is Keystone; client DM is the interviewer.")
    return [("01-alyssa-client-dm-monday.eml", m1), ("02-re-monday-works.eml", m2)], lab


# ============================================================================= output
TZ_POINTS = [
    ("05", "Google invite shown in Central time (CDT): 10:30 CDT = 11:30 EDT; then cancelled."),
    ("08", "Slots offered in Central time; '9am Central (10 ET)' confirmed for Thu Oct 22 (CDT -05:00)."),
    ("10", "Indianapolis (America/Indiana/Indianapolis) observes DST like New York: screen Oct 27 10:00 EDT (-04:00); HireVue live DM interview Nov 3 9:00 EST (-05:00), .ics in UTC (14:00Z)."),
    ("12", "Zurich switched to CET on Oct 25, New York stays on EDT until Nov 1: Oct 28 15:00 Zurich (+01:00) = 10:00 EDT (5-hour gap); mail Date +0200 a week earlier; Windows TZID 'W. Europe Standard Time'."),
    ("15", "Negative, but its session is Nov 3 13:00 EST (after the US change)."),
    ("16", "Recruiter mail sent Oct 23 (EDT) for an RD panel Nov 4 13:00 EST (-05:00); standalone .ics with TZID 'Eastern Standard Time'."),
    ("17", "Exchange invites sent Oct 27 (EDT) for Nov 5 9:00-12:15 EST (-05:00); '(UTC-05:00) Eastern Time (US & Canada)' label."),
    ("18", "'3:00 PM Central' on Tue Nov 10 = CST -06:00 = 16:00 EST; Calendar API event stored in America/New_York."),
    ("23", "Mail sent Fri Oct 30 in CDT (-0500): 'Monday at 9am Central' = Mon Nov 2 09:00 CST (-06:00) = 10:00 EST, across the US Nov 1 change."),
]


def main():
    for p in sorted(OUT.glob("b299-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    formats = set()
    for i, (slug, fn) in enumerate(CASES, 1):
        cid = f"b299-{i:02d}-{slug}"
        items, lab = fn(cid)
        d = OUT / cid
        d.mkdir()
        for j, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-"), (cid, name)
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            formats.add(name.split(".", 1)[1])
            (d / name).write_bytes(data)
        labels[cid] = lab
    head = "# Labels for blind299 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    # README
    pos = [c for c, l in labels.items() if l["interview"]]
    neg = [c for c, l in labels.items() if not l["interview"]]
    ivs = [x for l in labels.values() for x in l["interviews"]]
    by_status, by_kind = {}, {}
    for x in ivs:
        by_status[x["status"]] = by_status.get(x["status"], 0) + 1
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    lines = [
        "# blind299: US pharmaceutical and medical device sales (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a specialty pharma rep living in Hoboken, New Jersey (America/New_York),",
        "interviewing for specialty sales representative, medical device territory manager and key account manager roles.",
        "",
        "This set was written blind: only /work/shared/eval/README.md and a few dev files were read for the format; no tool code,",
        "tests or other sets were consulted. Regenerate with `python make_cases.py` (deterministic, byte-identical output).",
        "",
        "## What it stresses",
        "- Pharma/device hiring steps: recruiter screen, DM interview, field ride-along with a current rep (a booked interview step,",
        "  starting 7:30 AM in a hospital parking deck), RD panel with sales presentation and brag book review, Area VP final.",
        "- Look-alikes from the owner's current job: launch meeting, speaker program dinner he organizes, compliance training,",
        "  and a candidate ride-along that HE hosts (he is the interviewer).",
        "- Post-offer noise: offer with a comp walkthrough call, drug-screen lab appointment, background check; rejection;",
        "  LinkedIn webinar with a 'mock DM interview'; HireVue one-way (On Demand) vs. HireVue live.",
        "- Reschedule by the DM's two-line mail (stale Workday .ics), CSO invite cancelled with METHOD:CANCEL, propose/confirm",
        "  thread in Central time, relative dates ('tomorrow at 11:00 AM ET', 'Monday at 9am Central'), one case with two",
        "  interviews, an in-person loop sent as three Exchange invites, and the Oct 25 - Nov 1 Europe/US DST gap.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} - by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())),
        "- By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats used",
        "- Plain human threads (text/plain 7bit/quoted-printable, multipart/alternative with HTML, base64) with In-Reply-To/References",
        "- Google Calendar invitations and a cancellation (multipart/mixed: text/plain, text/html, text/calendar, invite.ics)",
        "- Exchange/Teams invites (Windows TZIDs 'Eastern Standard Time', 'W. Europe Standard Time', X-MICROSOFT-CDO-* props)",
        "- ATS/vendor mails: Workday, iCIMS, Taleo, SAP SuccessFactors, HireVue (one-way and live), Webex, LinkedIn, with .ics",
        "  attachments where they fit; Zoom links; a staffing agency (contract sales organization)",
        "- One standalone Outlook .ics (case 16) and one Calendar API event `.gcal.json` (case 18)",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {n}: {t}" for n, t in TZ_POINTS]
    lines += ["", "## Cases", ""]
    for c, l in labels.items():
        tag = "positive" if l["interview"] else "negative"
        lines.append(f"- `{c}` ({tag}, {l['difficulty']}): {l['notes']}")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases ({len(pos)} positive, {len(neg)} negative, {len(ivs)} interviews) to {OUT}")


if __name__ == "__main__":
    main()
