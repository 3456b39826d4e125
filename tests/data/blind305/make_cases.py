#!/usr/bin/env python3
"""Generate the blind305 evaluation set (written blind).

Theme: Megan O'Connor, RN in Seattle, moving into nurse management / clinical informatics.
Deletes and rewrites every b305-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind305|megan-oconnor|seattle|2026"
OWNER = "megan.oconnor@example.com"
OWNER_NAME = "Megan O'Connor"
ME = (OWNER_NAME, OWNER)
LA = ZoneInfo("America/Los_Angeles")
DEN = ZoneInfo("America/Denver")
NY = ZoneInfo("America/New_York")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ---------------------------------------------------------------- time helpers

def fmt_off(td, colon=True):
    m = int(td.total_seconds() // 60)
    sign = "-" if m < 0 else "+"
    m = abs(m)
    return f"{sign}{m // 60:02d}{':' if colon else ''}{m % 60:02d}"


def T(y, mo, d, hh, mi, tz, wd, off, ss=0):
    """Aware datetime; asserts weekday and UTC offset (checked with zoneinfo)."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert WD[dt.weekday()] == wd, (dt, wd, WD[dt.weekday()])
    got = fmt_off(dt.utcoffset())
    assert got == off, (dt, off, got)
    return dt


def check_dst_rules():
    def off(tz, y, mo, d, hh):
        return fmt_off(datetime(y, mo, d, hh, 0, tzinfo=tz).utcoffset())
    # US 2026: Mar 8 / Nov 1 (both Sundays)
    assert WD[datetime(2026, 3, 8).weekday()] == "Sun" and WD[datetime(2026, 11, 1).weekday()] == "Sun"
    assert off(LA, 2026, 3, 8, 1) == "-08:00" and off(LA, 2026, 3, 8, 3) == "-07:00"
    assert off(LA, 2026, 10, 31, 12) == "-07:00" and off(LA, 2026, 11, 1, 3) == "-08:00"
    assert off(DEN, 2026, 10, 31, 12) == "-06:00" and off(DEN, 2026, 11, 2, 12) == "-07:00"
    assert off(NY, 2026, 10, 27, 13) == "-04:00" and off(NY, 2026, 11, 2, 12) == "-05:00"
    # EU/UK 2026: Mar 29 / Oct 25 (not used by this set's people, checked for completeness)
    lon = ZoneInfo("Europe/London")
    assert off(lon, 2026, 3, 29, 0) == "+00:00" and off(lon, 2026, 3, 29, 3) == "+01:00"
    assert off(lon, 2026, 10, 25, 0) == "+01:00" and off(lon, 2026, 10, 25, 3) == "+00:00"
    assert WD[datetime(2026, 3, 29).weekday()] == "Sun" and WD[datetime(2026, 10, 25).weekday()] == "Sun"


def rfc(dt):
    return format_datetime(dt)


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def h12(dt, style="AM"):
    """'9:00 AM' (style AM), '9am' / '9:30am' (style g)."""
    hr = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if style == "g":
        return f"{hr}{'' if dt.minute == 0 else f':{dt.minute:02d}'}{ap.lower()}"
    return f"{hr}:{dt.minute:02d} {ap}"


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


# ---------------------------------------------------------------- ids

def hx(*parts, n=32):
    return hashlib.sha256("|".join([SEED, *map(str, parts)]).encode()).hexdigest()[:n]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def an(*parts, n=20):
    raw = hashlib.sha256("|".join([SEED, "an", *map(str, parts)]).encode()).digest()
    raw = raw + hashlib.sha256(raw).digest()
    return "".join(ALNUM[b % len(ALNUM)] for b in raw[:n])


def mid_gmail(seed):
    return f"<CA{an(seed, n=2).upper()}+{an(seed, 'g', n=30)}@mail.gmail.com>"


def mid_outlook(seed, pfx="SJ0PR11MB"):
    code = hx(seed, "o", n=4).upper()
    return f"<{pfx}{code}{hx(seed, n=24).upper()}@{pfx}{code}.namprd11.prod.outlook.com>"


def mid_generic(seed, domain):
    return f"<{hx(seed, 'm', n=12)}.{hx(seed, 'n', n=16)}@{domain}>"


def bnd_google(seed):
    return "000000000000" + hx(seed, "b", n=12)


def bnd_outlook(seed):
    return "_000_" + hx(seed, "ob", n=24).upper() + "prodoutlookcom_"


def bnd_generic(seed):
    return "----=_Part_" + str(int(hx(seed, "p", n=10), 16) % 10**9) + "_" + str(int(hx(seed, "q", n=10), 16) % 10**10)


# ---------------------------------------------------------------- MIME helpers

def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ',.()[]:;@"'):
        name = '"' + name.replace('"', '\\"') + '"'
    return f"{name} <{email}>"


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


CTE = {"b64": "base64", "qp": "quoted-printable", "7bit": "7bit"}


def enc_body(text, enc):
    data = text.encode("utf-8")
    if enc == "b64":
        return base64.encodebytes(data).decode("ascii")
    if enc == "qp":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    assert all(b < 128 for b in data), text[:60]
    return text if text.endswith("\n") else text + "\n"


def leaf(subtype, text, enc, params='charset="UTF-8"', ctype="text"):
    ct = f"Content-Type: {ctype}/{subtype}" + (f"; {params}" if params else "")
    return f"{ct}\nContent-Transfer-Encoding: {CTE[enc]}\n\n{enc_body(text, enc)}"


def cal_part(ics_text, method):
    return leaf("calendar", ics_text, "b64", f'charset="UTF-8"; method={method}')


def attach(name, ics_text, ctype="application/ics"):
    b = base64.encodebytes(ics_text.encode("utf-8")).decode("ascii")
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}")


def multipart(sub, parts, bnd):
    s = f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
    for p in parts:
        s += f"--{bnd}\n{p}\n"
    return s + f"--{bnd}--\n"


def received(seed, host, ip, when):
    w = when.astimezone(LA) + timedelta(seconds=int(hx(seed, "rcv", n=2), 16) % 7 + 1)
    return ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{an(seed, 'rid', n=12).lower()}\n        for <{OWNER}>\n        (Google Transport Security);\n"
            f"        {rfc(w)} ({w.tzname()})")


def eml(headers, body):
    """headers: list of (name, value) in order; Delivered-To is added first."""
    lines = [f"Delivered-To: {OWNER}"]
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + body).encode("utf-8")


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(out) + "\n</div></body></html>\n")


def quote(text, who, when):
    head = f"On {when:%a}, {when:%b} {when.day}, {when.year} at {h12(when)} {who} wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def human_mail(*, seed, frm, to, subject, sent, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, mid=None, style="gmail", html_too=True, enc="qp", host=None, ip=None,
               extra=()):
    """A person's e-mail (Gmail or Outlook client look)."""
    mid = mid or (mid_gmail(seed) if style == "gmail" else mid_outlook(seed))
    host = host or ("mail-sor-f41.google.com" if style == "gmail" else "NAM11-SN1-obe.outbound.protection.outlook.com")
    ip = ip or ("209.85.220.41" if style == "gmail" else "40.107.93.112")
    hdrs = [received(seed, host, ip, sent),
            ("Return-Path", f"<{frm[1]}>"),
            ("From", addr(*frm)),
            ("To", ", ".join(addr(*t) for t in to)),
            ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
            ("Reply-To", addr(*reply_to) if reply_to else None),
            ("Subject", subj(subject)),
            ("Date", rfc(sent)),
            ("Message-ID", mid),
            ("In-Reply-To", in_reply_to),
            ("References", references)]
    if style == "outlook":
        hdrs += [("Thread-Topic", subject.replace("RE: ", "").replace("Re: ", "")),
                 ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed, "ti", n=44))).decode()),
                 ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    hdrs += list(extra)
    if html_too:
        b = bnd_google(seed) if style == "gmail" else bnd_outlook(seed)
        font = "Arial,Helvetica,sans-serif" if style == "gmail" else "Aptos,Calibri,sans-serif"
        body = multipart("alternative", [leaf("plain", text, enc), leaf("html", to_html(text, font), enc)], b)
    else:
        body = leaf("plain", text, enc)
    return eml(hdrs, body), mid


# ---------------------------------------------------------------- iCalendar helpers

def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b" ", 75
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def ics_join(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    s = "ATTENDEE;CUTYPE=INDIVIDUAL;" if google else "ATTENDEE;"
    s += f"ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
    s += f";CN={cn(name or email)}"
    if google:
        s += ";X-NUM-GUESTS=0"
    return s + f":mailto:{email}"


OLSON = {"America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
         "America/Denver": ("-0700", "-0600", "MST", "MDT"),
         "America/New_York": ("-0500", "-0400", "EST", "EDT")}

WIN = {"Pacific Standard Time": ("-0800", "-0700", LA, "(UTC-08:00) Pacific Time (US & Canada)"),
       "Mountain Standard Time": ("-0700", "-0600", DEN, "(UTC-07:00) Mountain Time (US & Canada)"),
       "Eastern Standard Time": ("-0500", "-0400", NY, "(UTC-05:00) Eastern Time (US & Canada)")}


def vtz_olson(tzid):
    std, dst, sn, dn = OLSON[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtz_windows(name):
    std, dst = WIN[name][:2]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def valarm(minutes=15, desc="REMINDER"):
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{desc}", f"TRIGGER;RELATED=START:-PT{minutes}M", "END:VALARM"]


def google_ics(*, method, uid, start, end, stamp, organizer, attendees, summary, description,
               location="", seq=0, status="CONFIRMED", created=None):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}", f"DTSTAMP:{utcz(stamp)}",
         f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, ps in attendees:
        L.append(attendee(name, email, ps, google=True))
    L += [f"CREATED:{utcz(created or stamp)}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{utcz(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
          "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def exchange_ics(*, method, uid, start, end, stamp, winname, organizer, attendees, summary,
                 description, location, seq=0, teams_url=None, cancel=False):
    assert start.tzinfo is WIN[winname][2] and end.tzinfo is WIN[winname][2], winname
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz_windows(winname)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for name, email, role in attendees:
        L.append(attendee(name, email, "NEEDS-ACTION", role, rsvp=not cancel))
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
          f"DTSTART;TZID={winname}:{loc(start)}",
          f"DTEND;TZID={winname}:{loc(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{utcz(stamp)}",
          "TRANSP:OPAQUE", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-US:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 'own', n=8), 16) % 2**31}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/" + hx(uid, "sch", n=24),
              "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + an(uid, "cid", n=28) + "@thread.v2\"\\,\"rid\":0\\,\"mid\":0\\,\"uid\":null\\,\"private\":true\\,\"type\":0}",
              "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + organizer[1] + "\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_" + an(uid, "cid", n=28)]
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-ISRESPONSEREQUESTED:{'FALSE' if cancel else 'TRUE'}",
          f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{esc(location)}\"\\,\"LocationAnnotation\":\"\"\\,\"LocationSource\":0\\,\"Unresolved\":false\\,\"LocationUri\":\"\"}}]"]
    if not cancel:
        L += valarm(15)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def tzid_ics(*, prodid, method, uid, start, end, stamp, organizer, attendees, summary, description,
             location="", seq=0, status="CONFIRMED", url=None, alarm=None):
    tzid = start.tzinfo.key
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += vtz_olson(tzid)
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcz(stamp)}",
          f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
          f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}"]
    if url:
        L.append(f"URL:{url}")
    if organizer:
        L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    for name, email, ps in attendees:
        L.append(attendee(name, email, ps, rsvp=(method == "REQUEST")))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"]
    if alarm:
        L += valarm(alarm)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


# ---------------------------------------------------------------- invitation e-mails

TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{thr}@thread.v2&messageId=0&language=en-US>
________________________________________________________________________________"""


def teams_info(seed, org_email):
    thr = an(seed, "cid", n=28)
    tid = "-".join([hx(seed, "t1", n=8), hx(seed, "t2", n=4), hx(seed, "t3", n=4), hx(seed, "t4", n=4), hx(seed, "t5", n=12)])
    oid = "-".join([hx(seed, "o1", n=8), hx(seed, "o2", n=4), hx(seed, "o3", n=4), hx(seed, "o4", n=4), hx(seed, "o5", n=12)])
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thr}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
           f"{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    mid = " ".join([str(int(hx(seed, "mid", n=8), 16) % 900 + 100), str(int(hx(seed, "mie", n=8), 16) % 900 + 100),
                    str(int(hx(seed, "mif", n=8), 16) % 900 + 100), str(int(hx(seed, "mig", n=8), 16) % 900 + 100)])
    footer = TEAMS_FOOTER.format(url=url, mid=mid, pc=an(seed, "pc", n=6), oid=oid, tid=tid, thr=thr)
    return url, footer


def exchange_invite(*, seed, frm, to, subject, sent, winname, start, end, location, note, attendees,
                    uid=None, seq=0, cancel=False, teams=True, cc=(), sender=None, mid=None):
    """Outlook/Exchange meeting request or cancellation (multipart/alternative + text/calendar)."""
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hx(seed, "uid", n=16).upper() + "01000000000000000010000000" + hx(seed, "uid2", n=32).upper())
    label = WIN[winname][3]
    when = f"{long_date(start)} {h12(start)}-{h12(end)} {label}."
    url, footer = teams_info(uid, frm[1]) if teams else (None, "")
    text = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note.strip()}\n"
    if teams and not cancel:
        text += "\n" + footer + "\n"
    ics = exchange_ics(method="CANCEL" if cancel else "REQUEST", uid=uid, start=start, end=end, stamp=sent,
                       winname=winname, organizer=frm, attendees=attendees, summary=subject, description=text,
                       location=location, seq=seq, teams_url=url if (teams and not cancel) else None, cancel=cancel)
    b = bnd_outlook(seed)
    body = multipart("alternative", [leaf("plain", text, "qp"), leaf("html", to_html(text, "Aptos,Calibri,sans-serif"), "qp"),
                                     cal_part(ics, "CANCEL" if cancel else "REQUEST")], b)
    mid = mid or mid_outlook(seed, "BY5PR19MB")
    hdrs = [received(seed, "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.61", sent),
            ("Return-Path", f"<{(sender or frm)[1]}>"),
            ("From", addr(*frm)),
            ("Sender", addr(*sender) if sender else None),
            ("To", ", ".join(addr(*t) for t in to)),
            ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
            ("Subject", subj(("Canceled: " if cancel else "") + subject)),
            ("Thread-Topic", subject),
            ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed, "ti", n=44))).decode()),
            ("Date", rfc(sent)),
            ("Message-ID", mid),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Importance", "high" if cancel else None),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + an(uid, "ser", n=20)),
            ("x-ms-publictraffictype", "Email")]
    return eml(hdrs, body), uid


def gdisp(dt):
    """Google invitation display in the recipient's (Pacific) calendar."""
    return dt.astimezone(LA)


def google_invite(*, seed, organizer, sent, title, start, end, guests, description, location="",
                  uid=None, seq=0, updated=False, cancelled=False, meet=None):
    s, e = gdisp(start), gdisp(end)
    kind = "Updated invitation" if updated else ("Canceled event" if cancelled else "Invitation")
    subject = f"{kind}: {title} @ {s:%a} {s:%b} {s.day}, {s.year} {h12(s, 'g')} - {h12(e, 'g')} ({s.tzname()}) ({OWNER})"
    uid = uid or f"{an(seed, 'guid', n=26).lower()}@google.com"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when = f"{s:%A} {s:%b} {s.day}, {s.year} \u22c5 {h12(s, 'g')} \u2013 {h12(e, 'g')}"
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [title, when, "Pacific Time - Los Angeles", ""]
    if meet:
        lines += ["Join with Google Meet", meet, ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for name, email in guests:
        if email == organizer[1]:
            lines += [f"{name} - organizer", email]
        elif name:
            lines += [name, email]
        else:
            lines += [email]
    lines += [f"View all guest info {view}", "", description.strip(), "",
              f"Reply for {OWNER} and view more details {view}", "", "",
              "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
              "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    att = [(n or e_, e_, "ACCEPTED" if e_ == organizer[1] else "NEEDS-ACTION") for n, e_ in guests]
    ics = google_ics(method="REQUEST", uid=uid, start=start, end=end, stamp=sent, organizer=organizer,
                     attendees=att, summary=title, description=description.strip(), location=location, seq=seq)
    alt = multipart("alternative", [leaf("plain", text, "b64", 'charset="UTF-8"; format=flowed; delsp=yes'),
                                    leaf("html", to_html(text, "Roboto,Helvetica,Arial,sans-serif"), "qp"),
                                    cal_part(ics, "REQUEST")], bnd_google(seed + "alt"))
    body = multipart("mixed", [alt, attach("invite.ics", ics)], bnd_google(seed))
    hdrs = [received(seed, "mail-sor-f73.google.com", "209.85.220.73", sent),
            ("Return-Path", f"<{an(seed, 'rp', n=22)}@calendar-server.bounces.google.com>"),
            ("Reply-To", addr(*organizer)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", f"<calendar-{hx(seed, 'c1', n=8)}-{hx(seed, 'c2', n=4)}-{hx(seed, 'c3', n=4)}-{hx(seed, 'c4', n=4)}-{hx(seed, 'c5', n=12)}@google.com>"),
            ("Date", rfc(sent)),
            ("Subject", subj(subject)),
            ("From", addr(*organizer)),
            ("To", OWNER)]
    return eml(hdrs, body), uid


def system_mail(*, seed, frm, subject, sent, text, domain, reply_to=None, html_only=False, enc="qp",
                attachments=(), host="smtp.example", ip="198.51.100.24", extra=(), to=None, html_text=None):
    """Vendor/ATS notification mail."""
    htm = html_text or to_html(text)
    if html_only:
        inner = leaf("html", htm, enc)
    else:
        inner = multipart("alternative", [leaf("plain", text, enc), leaf("html", htm, enc)], bnd_generic(seed + "alt"))
    if attachments:
        # inner already carries its Content-Type header, so it can be a sub-part
        body = multipart("mixed", [inner] + [attach(n, t) for n, t in attachments], bnd_generic(seed))
    else:
        body = inner
    hdrs = [received(seed, host, ip, sent),
            ("Return-Path", f"<bounce-{hx(seed, 'rp', n=10)}@{domain}>"),
            ("From", addr(*frm)),
            ("Reply-To", addr(*reply_to) if reply_to else None),
            ("To", addr(*(to or ME))),
            ("Subject", subj(subject)),
            ("Date", rfc(sent)),
            ("Message-ID", mid_generic(seed, domain))] + list(extra)
    return eml(hdrs, body)


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================ people
DANA = ("Dana Whitfield", "dana.whitfield@rainierregional.example")
PAUL = ("Paul Lindqvist", "paul.lindqvist@rainierregional.example")
BRIANNA = ("Brianna Koh", "brianna.koh@cascadesummit.example")
GLORIA = ("Gloria Reyes", "gloria.reyes@cascadesummit.example")
TERRENCE = ("Terrence Hall", "terrence.hall@cascadesummit.example")
TASHA = ("Tasha Greene", "tasha.greene@cascadesummit.example")
LUIS = ("Luis Ortega", "luis.ortega@cascadesummit.example")
HANNAH = ("Hannah Cho", "hannah.cho@cascadesummit.example")
PATRICIA = ("Patricia Nguyen", "patricia.nguyen@cascadesummit.example")
JILL = ("Jill Harmon", "jill.harmon@cascadesummit.example")
ASHLEY = ("Ashley Donnelly", "adonnelly@baycolonyhealth.example")
MAUREEN = ("Maureen Sullivan", "msullivan@baycolonyhealth.example")
ROBERT = ("Robert Feeney", "rfeeney@baycolonyhealth.example")
LINDA = ("Linda Okafor", "lokafor@baycolonyhealth.example")
SOFIA = ("Sof\u00eda M\u00e1rquez", "sofia.marquez@elliottbaymed.example")
COLLEEN = ("Colleen Brandt", "colleen.brandt@elliottbaymed.example")
JENNA = ("Jenna Park", "jenna@lumenbedside.example")
NATE = ("Nate Holloway", "nate@lumenbedside.example")
KAYLA = ("Kayla Brooks", "kayla.brooks@frontrangetelehealth.example")
MARISOL = ("Marisol Vega", "marisol.vega@frontrangetelehealth.example")
DENISE = ("Denise Kowalski", "dkowalski@willamettefamilyclinics.example")
AARON = ("Aaron Fitch", "afitch@willamettefamilyclinics.example")
RENEE = ("Renee Castillo", "renee.castillo@northgatehospital.example")
AHMED = ("Ahmed Sayed", "ahmed.sayed@northgatehospital.example")
GREG = ("Greg Tanaka", "gtanaka@olympicpeninsulahealth.example")

MEGAN_SIG = "Megan O'Connor, BSN, RN\n(206) 555-0148"


def E(p):
    return p[1]


# ================================================================ cases

@case
def c01():
    """Paradox (Olivia) offers slots, then confirms a recruiter phone screen with .ics."""
    s1 = T(2026, 10, 1, 18, 42, UTC, "Thu", "+00:00", ss=7)
    slot_a = T(2026, 10, 5, 13, 0, LA, "Mon", "-07:00")
    slot_b = T(2026, 10, 6, 10, 0, LA, "Tue", "-07:00")
    slot_c = T(2026, 10, 7, 15, 30, LA, "Wed", "-07:00")
    s2 = T(2026, 10, 2, 16, 5, UTC, "Fri", "+00:00", ss=51)
    start, end = slot_b, T(2026, 10, 6, 10, 30, LA, "Tue", "-07:00")
    olivia = ("Olivia | Rainier Regional Health", "noreply@paradox.ai")
    t1 = f"""Hi Megan!

It's Olivia, the virtual recruiting assistant for Rainier Regional Health. Thanks for applying to Nurse Manager - Cardiac Telemetry (Req #2026-11873) at Rainier Regional Medical Center, First Hill.

Dana Whitfield from our nurse leadership recruiting team would like to set up a 30-minute phone interview with you. Tap a time below and I'll lock it in:

  {slot_a:%a}, {slot_a:%b} {slot_a.day} - {h12(slot_a)} PDT
  {slot_b:%a}, {slot_b:%b} {slot_b.day} - {h12(slot_b)} PDT
  {slot_c:%a}, {slot_c:%b} {slot_c.day} - {h12(slot_c)} PDT

None of these work? Reply "more times" and I'll look for other openings.

Talk soon,
Olivia
Rainier Regional Health Talent Acquisition
Powered by Paradox | Msg & data rates may apply. Reply STOP to opt out of texts.
"""
    m1 = system_mail(seed="c01-1", frm=olivia, subject="Pick a time: phone interview for Nurse Manager - Cardiac Telemetry",
                     sent=s1, text=t1, domain="paradox.ai", html_only=True, enc="b64",
                     host="o11.email.paradox.ai", ip="167.89.101.14")
    t2 = f"""You're all set, Megan!

Your phone interview for Nurse Manager - Cardiac Telemetry is confirmed.

When: {long_date(start)} at {h12(start)} Pacific Time (30 minutes)
Who: Dana Whitfield, Senior Nurse Recruiter
How: Dana will call you at (206) 555-0148

A calendar invite is attached so you can add it to your phone.

Need a different time? Reply RESCHEDULE and I'll help. If you have questions for Dana before the call, you can reach her at {E(DANA)}.

Olivia
Rainier Regional Health Talent Acquisition
Powered by Paradox
"""
    ics = tzid_ics(prodid="-//Paradox//Olivia Scheduling 4.2//EN", method="REQUEST",
                   uid=f"{hx('c01uid', n=24)}@paradox.ai", start=start, end=end, stamp=s2, organizer=DANA,
                   attendees=[(DANA[0], E(DANA), "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   summary="Phone Interview: Nurse Manager - Cardiac Telemetry (Rainier Regional Health)",
                   description="Phone interview with Dana Whitfield, Senior Nurse Recruiter. Dana will call (206) 555-0148.",
                   location="Phone call", alarm=30)
    m2 = system_mail(seed="c01-2", frm=olivia, subject="You're confirmed: phone interview with Rainier Regional Health",
                     sent=s2, text=t2, domain="paradox.ai", attachments=[("interview.ics", ics)],
                     host="o11.email.paradox.ai", ip="167.89.101.14")
    lab = label([iv("Rainier Regional Health", "Nurse Manager - Cardiac Telemetry", start, end, "scheduled",
                    [E(DANA)], [E(DANA)], "phone_screen")], "medium", "positive/chatbot-scheduling",
                "Paradox/Olivia first offers three unbooked slots, then confirms Tue Oct 6 10:00 PDT with an .ics; the recruiter runs the screen.")
    return "b305-01-paradox-olivia-phone-screen", [("01-olivia-pick-a-time.eml", m1), ("02-olivia-confirmed.eml", m2)], lab


@case
def c02():
    """Negative: Zoom webinar on nursing informatics careers (mentions interviews)."""
    s = T(2026, 10, 1, 21, 15, UTC, "Thu", "+00:00", ss=33)
    start = T(2026, 10, 7, 17, 30, LA, "Wed", "-07:00")
    end = T(2026, 10, 7, 18, 45, LA, "Wed", "-07:00")
    title = "Bedside to Informatics: Landing Your First Clinical Informatics Role"
    wid = "871 2294 " + str(int(hx("c02w", n=6), 16) % 9000 + 1000)
    text = f"""Hi Megan O'Connor,

Thank you for registering for "{title}".

Please submit any questions to: events@nwnia.example

Date Time: Oct 7, 2026 05:30 PM Pacific Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/8712294?tk={an('c02tk', n=40)}

Webinar ID: {wid}
Passcode: {an('c02pc', n=6)}

About this session: Three nurse informaticists share how they moved from the bedside into informatics, which certifications hiring managers actually look for, and the interview questions they were asked for analyst and specialist roles. Live Q&A follows. 1.0 contact hour pending.

You can cancel your registration at any time.

Northwest Nursing Informatics Association
"""
    ics = tzid_ics(prodid="-//zoom.us//iCalendar Event//EN", method="PUBLISH", uid=f"ZOOM{int(hx('c02u', n=10), 16)}@zoom.us",
                   start=start, end=end, stamp=s, organizer=("Northwest Nursing Informatics Association", "no-reply@zoom.us"),
                   attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], summary=title,
                   description="Webinar hosted by the Northwest Nursing Informatics Association. Join: https://us06web.zoom.us/w/8712294",
                   location="https://us06web.zoom.us/w/8712294", alarm=10)
    m = system_mail(seed="c02", frm=("Northwest Nursing Informatics Association", "no-reply@zoom.us"),
                    reply_to=("NWNIA Events", "events@nwnia.example"),
                    subject=f"{title} Confirmation", sent=s, text=text, domain="zoom.us",
                    attachments=[("invite.ics", ics)], host="zoom.us", ip="170.114.52.2")
    lab = label([], "medium", "negative/webinar",
                "Zoom webinar registration with .ics about informatics careers and interview questions; not an interview.")
    return "b305-02-informatics-webinar-registration", [("01-zoom-webinar-registration.eml", m)], lab


@case
def c03():
    """Workday 'Interview Scheduled' + coordinator's Outlook invite: panel with the Director of Nursing."""
    s1 = T(2026, 10, 2, 21, 8, UTC, "Fri", "+00:00", ss=14)
    s2 = T(2026, 10, 2, 14, 31, LA, "Fri", "-07:00", ss=40)
    start = T(2026, 10, 8, 13, 0, LA, "Thu", "-07:00")
    end = T(2026, 10, 8, 14, 0, LA, "Thu", "-07:00")
    wd_text = f"""Hello Megan,

Congratulations! You have been selected to interview for the position Nurse Manager - Medical/Surgical 6 West (R-0045812).

Interview Details
Date: {long_date(start)}
Time: {h12(start)} - {h12(end)} Pacific Time
Interview Type: Panel Interview (In Person)
Location: Cascade Summit Medical Center, 1400 Boren Ave, Seattle, WA 98101 - Tower B, 6th floor, Nursing Administration Conference Room 6-114
Interviewers: Gloria Reyes, MSN, RN, Director of Nursing - Medical/Surgical Services; Terrence Hall, HR Business Partner

Please check in at the Tower B information desk 10 minutes before your interview. Visitor parking in the Boren garage will be validated.

To review your interview details, sign in to your candidate home account:
https://wd5.myworkdaysite.com/en-US/recruiting/cascadesummit/CSH_Careers/userHome

This is an automated message from Workday. Please do not reply. If you need to make changes, contact your coordinator, Brianna Koh, at {E(BRIANNA)}.

Cascade Summit Health Talent Acquisition
"""
    m1 = system_mail(seed="c03-1", frm=("Cascade Summit Health", "cascadesummit@myworkday.com"),
                     subject="Interview Scheduled: Nurse Manager - Medical/Surgical 6 West (R-0045812)",
                     sent=s1, text=wd_text, domain="myworkday.com", html_only=True, enc="b64",
                     host="mail-wd5.myworkday.com", ip="216.218.148.17")
    note = """Hi Megan,

Sending a calendar hold so the panel is on your calendar too. Gloria Reyes (Director of Nursing, Med/Surg Services) and Terrence Hall (HR Business Partner) will meet you in 6-114 - take the Tower B elevators to 6 and turn left at the family lounge.

Expect about an hour: scenario questions on staffing and patient experience, then time for your questions.

Thanks,
Brianna Koh
Talent Acquisition Coordinator | Cascade Summit Health
206-555-0172"""
    m2, _ = exchange_invite(seed="c03-2", frm=BRIANNA, to=[ME, GLORIA, TERRENCE],
                            subject="Panel Interview - Megan O'Connor - Nurse Manager, Med/Surg 6 West", sent=s2,
                            winname="Pacific Standard Time", start=start, end=end,
                            location="Cascade Summit Medical Center - Tower B, Room 6-114", note=note, teams=False,
                            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (GLORIA[0], E(GLORIA), "REQ-PARTICIPANT"),
                                       (TERRENCE[0], E(TERRENCE), "REQ-PARTICIPANT")])
    lab = label([iv("Cascade Summit Health", "Nurse Manager - Medical/Surgical 6 West", start, end, "scheduled",
                    [E(GLORIA), E(TERRENCE)], [E(GLORIA), E(TERRENCE)], "onsite")],
                "medium", "positive/dedupe-workday-outlook",
                "Workday notice + coordinator's Outlook hold for the same in-person panel (Director of Nursing + HRBP) = one interview; coordinator is not an interviewer.")
    return "b305-03-workday-panel-director-of-nursing", [("01-workday-interview-scheduled.eml", m1), ("02-outlook-panel-hold.eml", m2)], lab


@case
def c04():
    """Boston recruiter sends Calendly link; Calendly confirms in the invitee's Pacific time."""
    s1 = T(2026, 10, 5, 11, 18, NY, "Mon", "-04:00", ss=22)
    s2 = T(2026, 10, 6, 2, 7, UTC, "Tue", "+00:00", ss=3)
    start = T(2026, 10, 9, 9, 0, LA, "Fri", "-07:00")
    end = T(2026, 10, 9, 9, 30, LA, "Fri", "-07:00")
    t1 = """Hi Megan,

I came across your application for our Clinical Informatics Nurse Consultant opening. The role is remote and supports our provider network in Washington and Oregon, so your Seattle base is a plus. Your super-user work on the med-surg Epic go-live really stood out.

I'd like to set up a 30-minute phone screen to walk through the role and hear what you're looking for in your next step. Please grab whatever time works best on my calendar:

https://calendly.com/adonnelly-baycolony/phone-screen

Looking forward to connecting.

Ashley Donnelly
Senior Talent Acquisition Partner | Bay Colony Health Plan
Boston, MA | 617-555-0134
"""
    m1, mid1 = human_mail(seed="c04-1", frm=ASHLEY, to=[ME], subject="Clinical Informatics Nurse Consultant - Bay Colony Health Plan",
                          sent=s1, text=t1, style="outlook", html_too=False, enc="7bit")
    t2 = f"""Hi Megan O'Connor,

Your event has been scheduled.

Event Type:
Phone Screen - Clinical Informatics Nurse Consultant

Invitee:
Megan O'Connor
{OWNER}

Event Date/Time:
09:00am - 09:30am (Pacific Time - US & Canada) on {long_date(start)}

Location:
Ashley will call you at +1 206-555-0148

Questions:
Please share a phone number where Ashley can reach you.
+1 206-555-0148

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx('c04c', n=36)}
Reschedule: https://calendly.com/reschedulings/{hx('c04c', n=36)}

Powered by Calendly.com
"""
    m2 = system_mail(seed="c04-2", frm=("Calendly", "notifications@calendly.com"), reply_to=ASHLEY,
                     subject=f"Confirmed: Phone Screen - Clinical Informatics Nurse Consultant with Ashley Donnelly on {long_date(start)}",
                     sent=s2, text=t2, domain="calendly.com", host="o1.ptr2625.calendly.com", ip="149.72.186.40")
    lab = label([iv("Bay Colony Health Plan", "Clinical Informatics Nurse Consultant", start, end, "scheduled",
                    [E(ASHLEY)], [E(ASHLEY)], "phone_screen")], "medium", "positive/calendly",
                "Boston recruiter (EDT) sends a Calendly link; Calendly confirmation shows 9:00am Pacific = 12:00 ET.")
    return "b305-04-bay-colony-calendly-screen", [("01-ashley-intro-calendly-link.eml", m1), ("02-calendly-confirmed.eml", m2)], lab


@case
def c05():
    """Negative: HireVue one-way video interview + expiry reminder."""
    s1 = T(2026, 10, 5, 15, 30, UTC, "Mon", "+00:00", ss=12)
    s2 = T(2026, 10, 12, 6, 0, UTC, "Mon", "+00:00", ss=4)
    due = T(2026, 10, 12, 23, 59, DEN, "Mon", "-06:00")
    hv = ("Front Range Telehealth", "noreply@hirevue.com")
    link = f"https://app.hirevue.com/interviews/{an('c05l', n=22)}"
    t1 = f"""Hi Megan,

Thank you for your interest in the Clinical Informatics Manager position at Front Range Telehealth. As a next step, we'd like you to complete an on-demand video interview through HireVue.

You'll answer six questions on your own schedule. There is no live interviewer - you'll see each question on screen, have 30 seconds to think, and up to 3 minutes to record your answer. Plan on about 25 minutes in a quiet space with a working camera and microphone.

Please complete your interview by {long_date(due)} at 11:59 PM Mountain Time.

Start your interview: {link}

Before you begin, you can try a practice question as many times as you like. If you run into technical trouble, visit https://www.hirevue.com/candidates/support.

Best of luck,
Front Range Telehealth Talent Acquisition
"""
    m1 = system_mail(seed="c05-1", frm=hv, subject="Front Range Telehealth: complete your video interview for Clinical Informatics Manager",
                     sent=s1, text=t1, domain="hirevue.com", host="mta-hv1.hirevue.com", ip="52.38.11.190")
    t2 = f"""Hi Megan,

Just a reminder that your on-demand video interview for Clinical Informatics Manager with Front Range Telehealth expires tonight at 11:59 PM Mountain Time.

Pick up where you left off: {link}

This interview is recorded and reviewed by the hiring team later. If you've already finished, you can ignore this message.

HireVue on behalf of Front Range Telehealth
"""
    m2 = system_mail(seed="c05-2", frm=hv, subject="Reminder: your Front Range Telehealth video interview expires today",
                     sent=s2, text=t2, domain="hirevue.com", host="mta-hv1.hirevue.com", ip="52.38.11.190")
    lab = label([], "hard", "negative/one-way-video",
                "HireVue on-demand video interview with a deadline; no live interviewer, so not an interview.")
    return "b305-05-hirevue-one-way-video", [("01-hirevue-invitation.eml", m1), ("02-hirevue-expiry-reminder.eml", m2)], lab


@case
def c06():
    """iCIMS phone screen with .ics, then a Teams interview with the informatics manager: two interviews."""
    s1 = T(2026, 10, 7, 17, 45, UTC, "Wed", "+00:00", ss=9)
    a_start = T(2026, 10, 13, 13, 30, LA, "Tue", "-07:00")
    a_end = T(2026, 10, 13, 14, 0, LA, "Tue", "-07:00")
    s2 = T(2026, 10, 14, 9, 12, LA, "Wed", "-07:00", ss=31)
    s3 = T(2026, 10, 14, 10, 3, LA, "Wed", "-07:00", ss=2)
    b_start = T(2026, 10, 16, 9, 0, LA, "Fri", "-07:00")
    b_end = T(2026, 10, 16, 10, 0, LA, "Fri", "-07:00")
    t1 = f"""Dear Megan,

Thank you for your interest in Elliott Bay Medical Center. We are pleased to invite you to a phone interview for the Clinical Informatics Nurse Specialist position (Job ID 2026-7734).

Interview Date: {long_date(a_start)}
Start Time: {h12(a_start)} (Pacific)
Duration: 30 minutes
Interviewer: Sof\u00eda M\u00e1rquez, Talent Acquisition Partner
Format: Phone - Sof\u00eda will call the number listed on your application.

A calendar file is attached for your convenience. If you need to reschedule, please reply to this message and Sof\u00eda will follow up.

We look forward to speaking with you.

Elliott Bay Medical Center Talent Acquisition
"""
    ics = tzid_ics(prodid="-//iCIMS//Interview Scheduling//EN", method="REQUEST",
                   uid=f"icims-{hx('c06u', n=20)}@icims.com", start=a_start, end=a_end, stamp=s1, organizer=SOFIA,
                   attendees=[(SOFIA[0], E(SOFIA), "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   summary="Phone Interview - Clinical Informatics Nurse Specialist - Elliott Bay Medical Center",
                   description="Phone interview with Sof\u00eda M\u00e1rquez (Talent Acquisition). Job ID 2026-7734.",
                   location="Phone", alarm=15)
    m1 = system_mail(seed="c06-1", frm=("Elliott Bay Medical Center", "noreply@talent.icims.com"), reply_to=SOFIA,
                     subject="Interview Invitation - Clinical Informatics Nurse Specialist (Job ID 2026-7734)",
                     sent=s1, text=t1, domain="talent.icims.com", html_only=True, enc="qp",
                     attachments=[("Interview.ics", ics)], host="smtp-out.icims.com", ip="64.106.245.30")
    t2 = f"""Hi Megan,

Thanks again for the great conversation yesterday. I shared my notes with Colleen Brandt, our Manager of Clinical Informatics, and she'd like to meet with you this Friday at 9:00 for an hour on Teams. She'll send the invite directly from her calendar.

Colleen will probably ask about the Epic upgrade you supported and how you gathered workflow feedback from the night shift, so that's worth having a couple of examples ready for.

Best,
Sof\u00eda

Sof\u00eda M\u00e1rquez
Talent Acquisition Partner | Elliott Bay Medical Center
(206) 555-0163
"""
    m2, mid2 = human_mail(seed="c06-2", frm=SOFIA, to=[ME], subject="Next step - Clinical Informatics Nurse Specialist",
                          sent=s2, text=t2, style="outlook")
    note = """Hi Megan,

Looking forward to meeting you Friday. We'll talk through your informatics experience, a recent build request you'd prioritize, and how you'd partner with nursing units during our next upgrade.

Colleen Brandt, MSN, RN-BC
Manager, Clinical Informatics | Elliott Bay Medical Center"""
    m3, _ = exchange_invite(seed="c06-3", frm=COLLEEN, to=[ME], subject="Interview: Megan O'Connor / Clinical Informatics Nurse Specialist",
                            sent=s3, winname="Pacific Standard Time", start=b_start, end=b_end,
                            location="Microsoft Teams Meeting", note=note,
                            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")])
    lab = label([iv("Elliott Bay Medical Center", "Clinical Informatics Nurse Specialist", a_start, a_end, "scheduled",
                    [E(SOFIA)], [E(SOFIA)], "phone_screen"),
                 iv("Elliott Bay Medical Center", "Clinical Informatics Nurse Specialist", b_start, b_end, "scheduled",
                    [E(COLLEEN)], [E(COLLEEN)], "hiring_manager")],
                "medium", "positive/two-interviews",
                "iCIMS phone screen (Tue Oct 13 13:30) plus a Teams interview with the informatics manager (Fri Oct 16 09:00, 'this Friday' in the recruiter's mail).")
    return "b305-06-elliott-bay-icims-two-interviews", [("01-icims-phone-interview.eml", m1), ("02-sofia-next-step.eml", m2),
                                                         ("03-teams-invite-colleen.eml", m3)], lab


@case
def c07():
    """Startup thread: two slots proposed, owner picks Thursday, confirmed with a Zoom link (body only)."""
    s1 = T(2026, 10, 12, 14, 22, LA, "Mon", "-07:00", ss=48)
    s2 = T(2026, 10, 12, 19, 5, LA, "Mon", "-07:00", ss=13)
    s3 = T(2026, 10, 13, 8, 41, LA, "Tue", "-07:00", ss=27)
    T(2026, 10, 14, 16, 0, LA, "Wed", "-07:00")  # proposed slot A (not chosen)
    start = T(2026, 10, 15, 10, 0, LA, "Thu", "-07:00")
    end = T(2026, 10, 15, 10, 45, LA, "Thu", "-07:00")
    subject = "Lumen Bedside - Clinical Informatics Specialist (RN)"
    t1 = """Hi Megan,

I'm Jenna, Head of Clinical Product at Lumen Bedside. We're a small team in South Lake Union building a shift-handoff and report tool for inpatient nursing units, and we're hiring our first Clinical Informatics Specialist - ideally someone who has actually given report at 0700 on a busy med-surg floor.

I'd love to set up a 45-minute video interview to talk about the role. Would Wednesday (10/14) at 4pm or Thursday (10/15) at 10am work? Both Pacific.

Jenna Park
Head of Clinical Product, Lumen Bedside
"""
    m1, mid1 = human_mail(seed="c07-1", frm=JENNA, to=[ME], subject=subject, sent=s1, text=t1)
    t2 = f"""Hi Jenna,

Thanks for reaching out - I'd love to talk. Thursday at 10 is better for me since I'm on shift Wednesday until 7:30.

{MEGAN_SIG}

{quote(t1, 'Jenna Park <' + E(JENNA) + '>', s1)}
"""
    m2, mid2 = human_mail(seed="c07-2", frm=ME, to=[JENNA], subject="Re: " + subject, sent=s2, text=t2,
                          in_reply_to=mid1, references=mid1)
    t3 = f"""Perfect - Thursday the 15th, 10:00-10:45am it is.

We'll use Zoom: https://lumenbedside.zoom.us/j/{int(hx('c07z', n=10), 16) % 10**10}

I'll ask you to walk me through a typical handoff on your unit and where it tends to break down. No slides needed.

Talk soon,
Jenna

{quote(t2, "Megan O'Connor <" + OWNER + '>', s2)}
"""
    m3, _ = human_mail(seed="c07-3", frm=JENNA, to=[ME], subject="Re: " + subject, sent=s3, text=t3,
                       in_reply_to=mid2, references=f"{mid1} {mid2}")
    lab = label([iv("Lumen Bedside", "Clinical Informatics Specialist (RN)", start, end, "scheduled",
                    [E(JENNA)], [E(JENNA)], "hiring_manager")], "medium", "positive/thread-propose-confirm",
                "Two slots proposed (Wed 4pm / Thu 10am); owner picks Thursday; Jenna confirms 10:00-10:45 with a Zoom link. No invite.")
    return "b305-07-lumen-bedside-propose-confirm", [("01-jenna-proposes-times.eml", m1), ("02-megan-picks-thursday.eml", m2),
                                                      ("03-jenna-confirms.eml", m3)], lab


@case
def c08():
    """Negative: owner sits on a peer interview panel for a new-grad candidate at her current hospital."""
    s = T(2026, 10, 14, 16, 10, LA, "Wed", "-07:00", ss=55)
    start = T(2026, 10, 16, 14, 0, LA, "Fri", "-07:00")
    end = T(2026, 10, 16, 14, 45, LA, "Fri", "-07:00")
    jordan = ("Jordan Ellis", "jordanellis.rn@mailbox.example")
    note = """Hi Megan,

Sending this to your personal email since you're off until Friday. Thank you for agreeing to sit on the peer panel for our RN Residency candidate, Jordan Ellis. You and Ahmed will each take two questions from the interview guide (one behavioral, one clinical scenario) and I'll cover the rest.

Please enter your scorecard in the HR portal by end of day Monday so we can make a decision before the cohort closes.

Thanks,
Renee Castillo, BSN, RN
Nurse Manager, 4 North | Northgate Community Hospital"""
    m, _ = exchange_invite(seed="c08", frm=RENEE, to=[ME, AHMED, jordan],
                           subject="Peer Interview - RN Residency Candidate (Jordan Ellis)", sent=s,
                           winname="Pacific Standard Time", start=start, end=end, location="Microsoft Teams Meeting", note=note,
                           attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (AHMED[0], E(AHMED), "REQ-PARTICIPANT"),
                                      (jordan[0], jordan[1], "REQ-PARTICIPANT")])
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite from her current manager: Megan is a peer interviewer for a new-grad candidate, not the candidate.")
    return "b305-08-owner-on-peer-interview-panel", [("01-teams-peer-interview-panelist.eml", m)], lab


@case
def c09():
    """Denver recruiter: 'tomorrow at 2:00 Mountain' phone screen, time only in the mail bodies."""
    s1 = T(2026, 10, 19, 15, 47, DEN, "Mon", "-06:00", ss=20)
    s2 = T(2026, 10, 19, 15, 2, LA, "Mon", "-07:00", ss=44)
    s3 = T(2026, 10, 19, 16, 15, DEN, "Mon", "-06:00", ss=8)
    start = T(2026, 10, 20, 14, 0, DEN, "Tue", "-06:00")
    end = T(2026, 10, 20, 14, 30, DEN, "Tue", "-06:00")
    assert start.astimezone(LA).hour == 13
    subject = "Front Range Telehealth - quick call?"
    t1 = """Hi Megan,

Thanks for finishing the HireVue last week - the team liked your answer about getting night shift on board with barcode scanning. Before we move you forward for the Clinical Informatics Manager role, I'd like to do a 30-minute phone screen to cover logistics, comp range and your timeline.

Are you free tomorrow at 2:00 Mountain (1:00 for you in Seattle)? If that's tight, Wednesday morning is wide open.

Thanks,
Kayla Brooks
Talent Acquisition | Front Range Telehealth
Denver, CO | 720-555-0187
"""
    m1, mid1 = human_mail(seed="c09-1", frm=KAYLA, to=[ME], subject=subject, sent=s1, text=t1, style="outlook",
                          html_too=False, enc="7bit")
    t2 = f"""Hi Kayla,

Tomorrow at 2 Mountain works great. Best number is (206) 555-0148.

Thanks!
Megan

{quote(t1, 'Kayla Brooks <' + E(KAYLA) + '>', s1)}
"""
    m2, mid2 = human_mail(seed="c09-2", frm=ME, to=[KAYLA], subject="Re: " + subject, sent=s2, text=t2,
                          in_reply_to=mid1, references=mid1, html_too=False, enc="7bit")
    t3 = f"""Great, you're on my calendar. I'll call you at 2 MT tomorrow - talk then!

Kayla

{quote(t2, "Megan O'Connor <" + OWNER + '>', s2.astimezone(DEN))}
"""
    m3, _ = human_mail(seed="c09-3", frm=KAYLA, to=[ME], subject="RE: " + subject, sent=s3, text=t3, style="outlook",
                       in_reply_to=mid2, references=f"{mid1} {mid2}", html_too=False, enc="qp")
    lab = label([iv("Front Range Telehealth", "Clinical Informatics Manager", start, end, "scheduled",
                    [E(KAYLA)], [E(KAYLA)], "phone_screen")], "hard", "positive/body-only-relative-date",
                "'tomorrow at 2:00 Mountain' resolved against the Mon Oct 19 -0600 Date header: Tue Oct 20 14:00 MDT (13:00 PDT), 30 min.")
    return "b305-09-front-range-tomorrow-at-2-mountain", [("01-kayla-quick-call.eml", m1), ("02-megan-yes-tomorrow.eml", m2),
                                                           ("03-kayla-on-my-calendar.eml", m3)], lab


@case
def c10():
    """Taleo confirmation, then the hiring manager asks 'can we push to Thursday at 11?'."""
    s1 = T(2026, 10, 14, 20, 30, UTC, "Wed", "+00:00", ss=41)
    orig = T(2026, 10, 20, 15, 30, LA, "Tue", "-07:00")
    orig_end = T(2026, 10, 20, 16, 30, LA, "Tue", "-07:00")
    s2 = T(2026, 10, 19, 8, 5, LA, "Mon", "-07:00", ss=17)
    s3 = T(2026, 10, 19, 9, 20, LA, "Mon", "-07:00", ss=2)
    s4 = T(2026, 10, 19, 9, 48, LA, "Mon", "-07:00", ss=36)
    start = T(2026, 10, 22, 11, 0, LA, "Thu", "-07:00")
    end = T(2026, 10, 22, 12, 0, LA, "Thu", "-07:00")
    zoom = f"https://wfclinics.zoom.us/j/{int(hx('c10z', n=10), 16) % 10**10}"
    t1 = f"""Dear Megan O'Connor,

Thank you for your interest in career opportunities with Willamette Family Clinics. This message confirms your interview for the following position:

Job Title: Nurse Manager, Ambulatory Care - Northeast Portland Clinics
Requisition Number: 260931
Interview Date: {orig:%m/%d/%Y}
Interview Time: {h12(orig)} - {h12(orig_end)} Pacific Time
Interviewer: Denise Kowalski, RN, Regional Director of Ambulatory Nursing
Interview Location: Zoom video meeting - {zoom}

Please join a few minutes early to test your audio and video.

Sincerely,
Talent Acquisition
Willamette Family Clinics

This is a system-generated message. Please do not reply to this e-mail. For questions, contact Aaron Fitch, Talent Acquisition Specialist, at {E(AARON)}.
"""
    m1 = system_mail(seed="c10-1", frm=("Willamette Family Clinics", "wfc-careers@taleo.net"),
                     subject="Interview Confirmation - Nurse Manager, Ambulatory Care (Req 260931)", sent=s1, text=t1,
                     domain="taleo.net", html_only=True, enc="b64", host="mx-out2.taleo.net", ip="160.34.12.44")
    subj2 = "Tomorrow's interview"
    t2 = """Hi Megan,

I'm so sorry to do this on short notice - we have a state survey team at our Hollywood clinic tomorrow afternoon and I need to be on site. Can we push to Thursday at 11? Same Zoom link, same hour.

Denise

Denise Kowalski, MSN, RN
Regional Director of Ambulatory Nursing | Willamette Family Clinics
"""
    m2, mid2 = human_mail(seed="c10-2", frm=DENISE, to=[ME], cc=[AARON], subject=subj2, sent=s2, text=t2, style="outlook")
    t3 = f"""No problem at all, Denise. Thursday at 11 works for me. Good luck with the survey!

Megan

{quote(t2, 'Denise Kowalski <' + E(DENISE) + '>', s2)}
"""
    m3, mid3 = human_mail(seed="c10-3", frm=ME, to=[DENISE], cc=[AARON], subject="Re: " + subj2, sent=s3, text=t3,
                          in_reply_to=mid2, references=mid2)
    t4 = f"""Thank you, Megan! Thursday 10/22 at 11:00 it is. Aaron will update the system on his end.

Denise

{quote(t3, "Megan O'Connor <" + OWNER + '>', s3)}
"""
    m4, _ = human_mail(seed="c10-4", frm=DENISE, to=[ME], cc=[AARON], subject="RE: " + subj2, sent=s4, text=t4, style="outlook",
                       in_reply_to=mid3, references=f"{mid2} {mid3}")
    lab = label([iv("Willamette Family Clinics", "Nurse Manager, Ambulatory Care - Northeast Portland Clinics", start, end,
                    "scheduled", [E(DENISE)], [E(DENISE)], "hiring_manager")], "hard", "positive/reschedule-by-email",
                "Taleo confirms Tue Oct 20 15:30; director asks 'can we push to Thursday at 11?' (same hour) -> Thu Oct 22 11:00-12:00 PDT.")
    return "b305-10-willamette-push-to-thursday", [("01-taleo-interview-confirmation.eml", m1), ("02-denise-can-we-push.eml", m2),
                                                   ("03-megan-thursday-works.eml", m3), ("04-denise-confirms.eml", m4)], lab


@case
def c11():
    """Onsite day sent as an itinerary + two Outlook holds: shadow interview then peer interview."""
    s1 = T(2026, 10, 15, 11, 32, LA, "Thu", "-07:00", ss=5)
    s2 = T(2026, 10, 15, 11, 40, LA, "Thu", "-07:00", ss=51)
    s3 = T(2026, 10, 15, 11, 41, LA, "Thu", "-07:00", ss=29)
    a0 = T(2026, 10, 21, 7, 0, LA, "Wed", "-07:00")
    a1 = T(2026, 10, 21, 11, 0, LA, "Wed", "-07:00")
    b0 = T(2026, 10, 21, 11, 30, LA, "Wed", "-07:00")
    b1 = T(2026, 10, 21, 12, 30, LA, "Wed", "-07:00")
    t1 = f"""Hi Megan,

Great news - Gloria enjoyed meeting you last week and would like you to come back for the next stage for the 6 West Nurse Manager role. Here's the plan for {long_date(a0)}:

7:00 - 11:00 AM   Shadow interview on 6 West with Tasha Greene, RN (day charge nurse). This is part of your interview: Tasha will take you through safety huddle, leader rounding and discharge flow, and she shares her feedback with the hiring panel.
11:00 - 11:30 AM  Lunch break in the Tower A cafeteria (we'll give you a meal card)
11:30 AM - 12:30 PM  Peer interview with 6 West staff nurses - Tasha Greene, Luis Ortega and Hannah Cho

Please meet Tasha at the 6 West nurses' station at 6:55. Scrubs are fine for the morning; closed-toe shoes, and bring your RN license and a photo ID so Security can print a badge.

I'll send two calendar holds separately so each block shows up on your calendar.

Thanks!
Brianna Koh
Talent Acquisition Coordinator | Cascade Summit Health
206-555-0172
"""
    m1, _ = human_mail(seed="c11-1", frm=BRIANNA, to=[ME], cc=[GLORIA],
                       subject="Next steps: shadow interview + peer interview on 6 West (Wed 10/21)", sent=s1, text=t1,
                       style="outlook")
    loc_unit = "Cascade Summit Medical Center - Tower B, 6 West nurses' station"
    m2, _ = exchange_invite(seed="c11-2", frm=BRIANNA, to=[ME, TASHA], subject="Shadow Interview - 6 West - Megan O'Connor",
                            sent=s2, winname="Pacific Standard Time", start=a0, end=a1, location=loc_unit, teams=False,
                            note="Shadow interview with Tasha Greene (day charge nurse). Meet at the 6 West nurses' station at 6:55 AM.",
                            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (TASHA[0], E(TASHA), "REQ-PARTICIPANT")])
    m3, _ = exchange_invite(seed="c11-3", frm=BRIANNA, to=[ME, TASHA, LUIS, HANNAH],
                            subject="Peer Interview - 6 West Staff Nurses - Megan O'Connor", sent=s3,
                            winname="Pacific Standard Time", start=b0, end=b1,
                            location="Cascade Summit Medical Center - Tower B, 6 West conference room 6-201", teams=False,
                            note="Peer interview with 6 West staff nurses Tasha Greene, Luis Ortega and Hannah Cho. Conference room 6-201, across from the clean utility room.",
                            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (TASHA[0], E(TASHA), "REQ-PARTICIPANT"),
                                       (LUIS[0], E(LUIS), "REQ-PARTICIPANT"), (HANNAH[0], E(HANNAH), "REQ-PARTICIPANT")])
    lab = label([iv("Cascade Summit Health", "Nurse Manager - Medical/Surgical 6 West", a0, b1, "scheduled",
                    [E(TASHA), E(LUIS), E(HANNAH)], [E(TASHA), E(LUIS), E(HANNAH)], "onsite")],
                "hard", "positive/onsite-multi-invite",
                "Itinerary + two Outlook holds on one day: shadow shift explicitly called an interview (07:00-11:00) and peer interview (11:30-12:30) = one onsite 07:00-12:30.")
    return "b305-11-cascade-shadow-and-peer-loop", [("01-brianna-itinerary.eml", m1), ("02-outlook-shadow-interview.eml", m2),
                                                     ("03-outlook-peer-interview.eml", m3)], lab


@case
def c12():
    """Negative: hospital nursing career fair registration + standalone .ics."""
    s = T(2026, 10, 16, 17, 0, LA, "Fri", "-07:00", ss=3)
    start = T(2026, 10, 24, 10, 0, LA, "Sat", "-07:00")
    end = T(2026, 10, 24, 14, 0, LA, "Sat", "-07:00")
    frm = ("Sound Harbor Nurse Recruitment", "nurserecruitment@soundharbor.example")
    text = f"""Hi Megan,

You're registered for the Sound Harbor Medical Center Fall Nursing Career Fair!

{long_date(start)}, 10:00 AM - 2:00 PM
Sound Harbor Medical Center, Education Center, Level 2
2201 Alaskan Way, Seattle, WA 98121

Stop by to meet nurse leaders from ICU, the Emergency Department, Med-Surg, Perioperative Services, Women's & Infants and our Nursing Informatics team. Bring a few copies of your resume - leaders may follow up afterward about open positions.

Free parking in Garage C; bring your ticket to the registration table for validation. A calendar file is attached.

See you there,
Sound Harbor Nurse Recruitment
"""
    ics = tzid_ics(prodid="-//Sound Harbor Medical Center//Events//EN", method="PUBLISH",
                   uid=f"careerfair-{hx('c12u', n=16)}@soundharbor.example", start=start, end=end, stamp=s, organizer=frm,
                   attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], summary="Sound Harbor Fall Nursing Career Fair",
                   description="Meet nurse leaders from ICU, ED, Med-Surg, Perioperative Services and Nursing Informatics. Bring your resume.",
                   location="Sound Harbor Medical Center, Education Center, Level 2, 2201 Alaskan Way, Seattle, WA 98121", alarm=60)
    m = system_mail(seed="c12", frm=frm, subject="You're registered: Fall Nursing Career Fair - Saturday, Oct 24",
                    sent=s, text=text, domain="soundharbor.example", html_only=True, enc="b64",
                    host="mail.soundharbor.example", ip="203.0.113.80")
    lab = label([], "medium", "negative/job-fair",
                "Career fair registration mail and standalone .ics; meeting nurse leaders at a fair is not a scheduled interview.")
    return "b305-12-sound-harbor-nursing-career-fair", [("01-career-fair-registration.eml", m),
                                                         ("02-fall-nursing-career-fair.ics", ics.encode("utf-8"))], lab


@case
def c13():
    """Boston insurer Teams panel (Windows 'Eastern Standard Time', UTC-05:00 label in EDT), later cancelled by invite."""
    s1 = T(2026, 10, 20, 10, 14, NY, "Tue", "-04:00", ss=26)
    s2 = T(2026, 10, 23, 15, 52, NY, "Fri", "-04:00", ss=9)
    start = T(2026, 10, 27, 13, 0, NY, "Tue", "-04:00")
    end = T(2026, 10, 27, 14, 0, NY, "Tue", "-04:00")
    assert start.astimezone(LA).hour == 10
    subject = "Bay Colony Health Plan - Panel Interview - Clinical Informatics Nurse Consultant (Megan O'Connor)"
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (ROBERT[0], E(ROBERT), "REQ-PARTICIPANT"),
           (LINDA[0], E(LINDA), "REQ-PARTICIPANT"), (ASHLEY[0], E(ASHLEY), "OPT-PARTICIPANT")]
    note1 = """Hi Megan,

Ashley passed along great feedback from your phone screen, and the hiring team would like you to meet with a panel: Robert Feeney (Director, Clinical Informatics) and Linda Okafor (Manager, Care Management). Ashley is copied for visibility and won't be joining.

The invite shows Eastern time - 1:00 PM ET is 10:00 AM for you in Seattle. Plan for 60 minutes, including a short discussion of how you'd roll out a new documentation template to our care managers.

Best regards,
Maureen Sullivan
Recruiting Coordinator | Bay Colony Health Plan"""
    m1, uid = exchange_invite(seed="c13-1", frm=MAUREEN, to=[ME, ROBERT, LINDA], cc=[ASHLEY], subject=subject, sent=s1,
                              winname="Eastern Standard Time", start=start, end=end, location="Microsoft Teams Meeting",
                              note=note1, attendees=att)
    note2 = """Hi Megan,

I'm sorry to send this. The hiring team has put the Clinical Informatics Nurse Consultant requisition on hold while they review next year's budget, so we need to cancel Tuesday's panel. Ashley will reach out directly if anything changes.

Maureen"""
    m2, _ = exchange_invite(seed="c13-2", frm=MAUREEN, to=[ME, ROBERT, LINDA], cc=[ASHLEY], subject=subject, sent=s2,
                            winname="Eastern Standard Time", start=start, end=end, location="Microsoft Teams Meeting",
                            note=note2, attendees=att, uid=uid, seq=1, cancel=True)
    lab = label([iv("Bay Colony Health Plan", "Clinical Informatics Nurse Consultant", start, end, "cancelled",
                    [E(ROBERT), E(LINDA)], [E(ROBERT), E(LINDA)], "onsite")], "medium", "positive/cancel-by-invite",
                "Teams panel Tue Oct 27 13:00 ET shown with the '(UTC-05:00) Eastern Time' label although EDT (-04:00) applies; METHOD:CANCEL with same UID, SEQUENCE 1.")
    return "b305-13-bay-colony-panel-cancelled", [("01-teams-panel-invite.eml", m1), ("02-teams-panel-canceled.eml", m2)], lab


@case
def c14():
    """Google Calendar invite from Denver (Zoom link), then 'Updated invitation' moving it a day (SEQUENCE 1)."""
    s1 = T(2026, 10, 21, 16, 5, DEN, "Wed", "-06:00", ss=11)
    s2 = T(2026, 10, 23, 9, 12, DEN, "Fri", "-06:00", ss=47)
    st1 = T(2026, 10, 27, 10, 0, DEN, "Tue", "-06:00")
    en1 = T(2026, 10, 27, 11, 0, DEN, "Tue", "-06:00")
    start = T(2026, 10, 28, 10, 0, DEN, "Wed", "-06:00")
    end = T(2026, 10, 28, 11, 0, DEN, "Wed", "-06:00")
    zoom = f"https://frontrangetelehealth.zoom.us/j/{int(hx('c14z', n=10), 16) % 10**10}"
    title = "Front Range Telehealth: Workflow Case Interview - Clinical Informatics Manager (Megan O'Connor)"
    guests = [KAYLA, MARISOL, ("", OWNER)]
    d1 = f"""Hi Megan,

This is your workflow case interview with Marisol Vega, Director of Clinical Systems. Marisol will share a de-identified virtual-visit workflow and ask you to map where documentation breaks down between the triage nurse and the provider. Nothing to prepare ahead of time.

10:00 AM Mountain / 9:00 AM Pacific. I'll open the Zoom and hand off to Marisol after introductions.

Zoom: {zoom}

Kayla"""
    m1, uid = google_invite(seed="c14-1", organizer=KAYLA, sent=s1, title=title, start=st1, end=en1, guests=guests,
                            description=d1, location=zoom)
    d2 = d1.replace("Hi Megan,\n\n", "Hi Megan,\n\nUpdate: moved to Wednesday 10/28, same time, at Marisol's request - she's covering on-call Tuesday.\n\n")
    m2, _ = google_invite(seed="c14-2", organizer=KAYLA, sent=s2, title=title, start=start, end=end, guests=guests,
                          description=d2, location=zoom, uid=uid, seq=1, updated=True)
    lab = label([iv("Front Range Telehealth", "Clinical Informatics Manager", start, end, "scheduled",
                    [E(MARISOL)], [E(MARISOL)], "technical")], "medium", "positive/reschedule-by-invite",
                "Google invite rendered in Megan's Pacific calendar (9am PDT = 10am MDT); updated invitation, same UID, SEQUENCE 1, moves Tue Oct 27 -> Wed Oct 28. Recruiter only opens the call.")
    return "b305-14-front-range-case-interview-moved", [("01-invitation-case-interview.eml", m1),
                                                         ("02-updated-invitation-case-interview.eml", m2)], lab


@case
def c15():
    """Negative: her own dentist appointment reminder."""
    s = T(2026, 10, 26, 9, 0, LA, "Mon", "-07:00", ss=2)
    appt = T(2026, 10, 29, 7, 30, LA, "Thu", "-07:00")
    text = f"""Hi Megan,

This is a friendly reminder of your upcoming appointment at Queen Anne Dental Studio:

{long_date(appt)} at {h12(appt)}
Dr. Lauren Sato - periodic exam and cleaning (about 60 minutes)
521 W Galer St, Suite 200, Seattle, WA 98119

Reply C to confirm, or call us at (206) 555-0121 to reschedule. We ask for 24 hours' notice for changes so we can offer the time to another patient.

If your dental insurance has changed since your last visit, please bring your new card.

See you soon!
Queen Anne Dental Studio
"""
    m = system_mail(seed="c15", frm=("Queen Anne Dental Studio", "reminders@qadentalstudio.example"),
                    subject=f"Appointment reminder: {appt:%A}, {appt:%B} {appt.day} at {h12(appt)}", sent=s, text=text,
                    domain="qadentalstudio.example", host="mail.qadentalstudio.example", ip="192.0.2.57")
    lab = label([], "easy", "negative/personal-appointment", "Dentist appointment reminder; not a job interview.")
    return "b305-15-dentist-appointment-reminder", [("01-dental-reminder.eml", m)], lab


@case
def c16():
    """Negative: recruiter asks for availability; owner offers windows; nothing is booked."""
    s1 = T(2026, 10, 27, 13, 20, LA, "Tue", "-07:00", ss=50)
    s2 = T(2026, 10, 27, 20, 45, LA, "Tue", "-07:00", ss=12)
    T(2026, 11, 3, 13, 0, LA, "Tue", "-08:00")  # 'Tuesday after 1' next week
    T(2026, 11, 4, 9, 0, LA, "Wed", "-08:00")   # 'Wednesday morning before 10'
    subject = "Nurse Manager, Surgical Services - Olympic Peninsula Health"
    t1 = """Hi Megan,

I'm the nurse leadership recruiter at Olympic Peninsula Health in Port Angeles. Your profile on the WSNA career center caught my eye, especially your charge nurse and staffing committee experience.

We're looking for a Nurse Manager for Surgical Services (pre-op, PACU and our short-stay unit), and the role comes with a relocation package and a sign-on bonus. Would you be open to a 20-minute introductory call? If so, send me a few windows next week, or grab a time here if that's easier: https://calendly.com/gtanaka-oph/intro

Best,
Greg Tanaka
Nurse Leadership Recruiter | Olympic Peninsula Health
360-555-0149
"""
    m1, mid1 = human_mail(seed="c16-1", frm=GREG, to=[ME], subject=subject, sent=s1, text=t1, style="outlook")
    t2 = f"""Hi Greg,

Thanks for thinking of me. I'm open to learning more, though relocating would be a big decision. Next week I could do Tuesday after 1 or Wednesday morning before 10 (Pacific).

{MEGAN_SIG}

{quote(t1, 'Greg Tanaka <' + E(GREG) + '>', s1)}
"""
    m2, _ = human_mail(seed="c16-2", frm=ME, to=[GREG], subject="Re: " + subject, sent=s2, text=t2,
                       in_reply_to=mid1, references=mid1)
    lab = label([], "hard", "negative/availability-request",
                "Recruiter asks for windows / offers a Calendly link; Megan replies with availability but no time is ever confirmed.")
    return "b305-16-olympic-availability-not-booked", [("01-greg-intro-call.eml", m1), ("02-megan-availability.eml", m2)], lab


@case
def c17():
    """Final with the CNO: booked in October (PDT), held on Tue Nov 3 after the Nov 1 fall-back (PST)."""
    s1 = T(2026, 10, 28, 16, 2, LA, "Wed", "-07:00", ss=19)
    s2 = T(2026, 10, 28, 16, 9, LA, "Wed", "-07:00", ss=40)
    start = T(2026, 11, 3, 8, 30, LA, "Tue", "-08:00")
    end = T(2026, 11, 3, 9, 15, LA, "Tue", "-08:00")
    t1 = """Hi Megan,

Thank you for spending the morning on 6 West last week - Tasha and the peer group gave really positive feedback. Gloria would like you to meet with our Chief Nursing Officer, Patricia Nguyen, DNP, RN, as the final step.

Patricia has Tuesday, November 3 from 8:30 to 9:15 AM open and will meet on Teams since she's at our Bellevue campus that day. Heads up that clocks fall back this Sunday, so that's 8:30 Pacific Standard Time.

I'm sending the Teams invite from Patricia's calendar in a few minutes. Let me know if the time doesn't work.

Brianna Koh
Talent Acquisition Coordinator | Cascade Summit Health
206-555-0172
"""
    m1, _ = human_mail(seed="c17-1", frm=BRIANNA, to=[ME], subject="Final interview with Patricia Nguyen, CNO - Tuesday 11/3",
                       sent=s1, text=t1, style="outlook", html_too=False, enc="qp")
    note = """Megan - final interview for the Nurse Manager, Medical/Surgical 6 West role with Patricia Nguyen, Chief Nursing Officer. Scheduled by Brianna Koh on Patricia's behalf."""
    m2, _ = exchange_invite(seed="c17-2", frm=PATRICIA, sender=BRIANNA, to=[ME],
                            subject="Final Interview: Megan O'Connor / Patricia Nguyen (CNO) - Nurse Manager 6 West", sent=s2,
                            winname="Pacific Standard Time", start=start, end=end, location="Microsoft Teams Meeting",
                            note=note, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")])
    lab = label([iv("Cascade Summit Health", "Nurse Manager - Medical/Surgical 6 West", start, end, "scheduled",
                    [E(PATRICIA)], [E(PATRICIA)], "hiring_manager")], "hard", "positive/dst-crossing",
                "Mail and invite dated Oct 28 (-0700); the CNO final is Tue Nov 3 08:30 after the Nov 1 fall-back, so -08:00. Invite sent by the coordinator on the CNO's behalf (Sender header).")
    return "b305-17-cascade-cno-final-after-dst", [("01-brianna-final-with-cno.eml", m1), ("02-teams-invite-cno.eml", m2)], lab


@case
def c18():
    """Standalone Outlook .ics: hiring manager interview (Windows TZID, after DST ends)."""
    stamp = T(2026, 10, 30, 10, 25, LA, "Fri", "-07:00", ss=33)
    start = T(2026, 11, 4, 14, 0, LA, "Wed", "-08:00")
    end = T(2026, 11, 4, 15, 0, LA, "Wed", "-08:00")
    desc = """Megan - this is your hiring manager interview for Nurse Manager - Cardiac Telemetry with Paul Lindqvist, Director of Cardiovascular Services. Plan for 60 minutes in person. Park in the Madison St garage and take elevator B to the 3rd floor; Paul's assistant will meet you at the Heart & Vascular Institute front desk.

Questions before then: Dana Whitfield, (253) 555-0190."""
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + hx("c18uid", n=16).upper()
                       + "01000000000000000010000000" + hx("c18uid2", n=32).upper(),
                       start=start, end=end, stamp=stamp, winname="Pacific Standard Time", organizer=DANA,
                       attendees=[(PAUL[0], E(PAUL), "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                       summary="Interview - Nurse Manager Cardiac Telemetry - Megan O'Connor / Paul Lindqvist",
                       description=desc, location="Rainier Regional Medical Center - Heart & Vascular Institute, Conference Room 3C")
    lab = label([iv("Rainier Regional Health", "Nurse Manager - Cardiac Telemetry", start, end, "scheduled",
                    [E(PAUL)], [E(PAUL)], "hiring_manager")], "medium", "positive/standalone-ics",
                "Standalone Outlook .ics, TZID 'Pacific Standard Time' with VTIMEZONE; Wed Nov 4 14:00 is PST (-08:00) although DTSTAMP is in PDT.")
    return "b305-18-rainier-hiring-manager-standalone-ics", [("01-rainier-hiring-manager-interview.ics", ics.encode("utf-8"))], lab


@case
def c19():
    """'next Thursday at 1' in an October mail + Calendar API event on Nov 5 (PST)."""
    s1 = T(2026, 10, 29, 10, 17, LA, "Thu", "-07:00", ss=58)
    start = T(2026, 11, 5, 13, 0, LA, "Thu", "-08:00")
    end = T(2026, 11, 5, 13, 45, LA, "Thu", "-08:00")
    assert (start.date() - s1.date()).days == 7
    t1 = """Hi Megan,

The team really enjoyed talking with you, and we'd like to move you to the last step: a conversation with Nate Holloway, our co-founder and CEO. He has next Thursday at 1 open, so I'm putting a 45-minute hold on your calendar now. Nate likes to keep it informal - expect questions about why you want to leave the bedside and what you'd want to build first.

If that time doesn't work, tell me and I'll shuffle things around.

Jenna
"""
    m1, _ = human_mail(seed="c19-1", frm=JENNA, to=[ME], subject="Last step: chat with Nate", sent=s1, text=t1)
    zoom = f"https://lumenbedside.zoom.us/j/{int(hx('c19z', n=10), 16) % 10**10}"
    ev_id = an("c19ev", n=26).lower()
    created = T(2026, 10, 29, 17, 21, UTC, "Thu", "+00:00", ss=4)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c19etag', n=14), 16) % 10**16}\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{ev_id} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=3, seconds=12)).strftime("%Y-%m-%dT%H:%M:%S.") + "418Z",
        "summary": "Megan O'Connor / Nate Holloway - final conversation (Lumen Bedside)",
        "description": "Final conversation for the Clinical Informatics Specialist (RN) role with Nate Holloway, co-founder & CEO. "
                       "Jenna set this up and won't be on the call.\n\nZoom: " + zoom,
        "location": zoom,
        "creator": {"email": E(JENNA), "displayName": JENNA[0]},
        "organizer": {"email": E(JENNA), "displayName": JENNA[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": E(NATE), "displayName": NATE[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Lumen Bedside", "Clinical Informatics Specialist (RN)", start, end, "scheduled",
                    [E(NATE)], [E(NATE)], "hiring_manager")], "hard", "positive/gcal-json",
                "Mail of Thu Oct 29 (-0700) says 'next Thursday at 1' = Thu Nov 5 13:00 PST (-08:00); Calendar API event has the same time; organizer Jenna does not attend.")
    return "b305-19-lumen-ceo-final-gcal-json", [("01-jenna-last-step.eml", m1), ("02-final-with-nate.gcal.json", js)], lab


@case
def c20():
    """Negative: scam 'interview' via Telegram chat with equipment check and SSN request."""
    s = T(2026, 11, 2, 6, 14, NY, "Mon", "-05:00", ss=37)
    T(2026, 11, 4, 10, 0, NY, "Wed", "-05:00")
    text = """Dear Megan,

Your resume was reviewed by our hiring team on Indeed and you have been shortlisted for the position of Remote Telehealth Nurse Case Manager (Full Time / Part Time, $62/hr, weekly pay, no weekends).

Your interview will be conducted via text chat on Telegram with our Hiring Manager, Mr. Daniel Brooks, on Wednesday, November 4 at 10:00 AM. Please add @PMC_HR_DanielB on Telegram and send the message "Ready for interview" at that time.

After a successful interview you will receive a company check to purchase your home-office equipment from our approved vendor. To speed up onboarding, kindly have your Social Security number, a photo of your driver's license (front and back) and your direct deposit details ready.

Congratulations once again.

HR Department
Pacific Meridian Care Services
"""
    m = system_mail(seed="c20", frm=("Pacific Meridian Care HR", "talent@pacificmeridiancare.example"),
                    reply_to=("HR Onboarding", "hr.onboarding.pmc@securemail-hr.example"),
                    subject="Interview Invitation: Remote Telehealth Nurse Case Manager ($62/hr)", sent=s, text=text,
                    domain="pacificmeridiancare.example", html_only=False, enc="7bit",
                    host="vps-2231.bulkhost.example", ip="198.51.100.203")
    lab = label([], "medium", "negative/scam",
                "Recruiting scam: Telegram text-chat 'interview', equipment check, requests SSN and bank details.")
    return "b305-20-scam-telegram-case-manager", [("01-interview-invitation-telegram.eml", m)], lab


@case
def c21():
    """Negative: rejection after the case interview (Denver now on MST)."""
    s = T(2026, 11, 9, 11, 26, DEN, "Mon", "-07:00", ss=3)
    past = T(2026, 10, 28, 10, 0, DEN, "Wed", "-06:00")
    text = f"""Hi Megan,

Thank you for the time you've spent with us over the past few weeks, including your workflow case interview with Marisol on {past:%B} {past.day}. It was a close decision, but we've decided to move forward with a candidate whose background is more heavily weighted toward ambulatory telehealth operations.

Marisol specifically mentioned how clearly you walked through the triage handoff, and we'd be glad to reach out if another clinical informatics role opens up that fits your experience.

I really appreciated getting to know you, and I wish you the best in your search.

Kayla Brooks
Talent Acquisition | Front Range Telehealth
"""
    m, _ = human_mail(seed="c21", frm=KAYLA, to=[ME], subject="Your application with Front Range Telehealth", sent=s,
                      text=text, style="outlook")
    lab = label([], "medium", "negative/rejection",
                "Rejection that refers back to the Oct 28 case interview; no new interview.")
    return "b305-21-front-range-rejection", [("01-kayla-decision.eml", m)], lab


@case
def c22():
    """Negative: offer (Workday task + recruiter mail) with a pre-start shadow half-day that is explicitly not an interview."""
    s1 = T(2026, 11, 12, 19, 3, UTC, "Thu", "+00:00", ss=45)
    s2 = T(2026, 11, 12, 11, 20, LA, "Thu", "-08:00", ss=10)
    due = T(2026, 11, 17, 17, 0, LA, "Tue", "-08:00")
    shadow = T(2026, 11, 19, 7, 0, LA, "Thu", "-08:00")
    startday = T(2026, 12, 7, 8, 0, LA, "Mon", "-08:00")
    t1 = f"""Hello Megan,

You have a new task in Workday: Review Offer - Nurse Manager - Medical/Surgical 6 West (R-0045812).

Please sign in to review your offer documents and respond by {long_date(due)}.

https://wd5.myworkdaysite.com/en-US/recruiting/cascadesummit/CSH_Careers/userHome

This is an automated message. Please do not reply.
Cascade Summit Health Talent Acquisition
"""
    m1 = system_mail(seed="c22-1", frm=("Cascade Summit Health", "cascadesummit@myworkday.com"),
                     subject="Action Required: Review Your Offer - Nurse Manager - Medical/Surgical 6 West",
                     sent=s1, text=t1, domain="myworkday.com", html_only=True, enc="b64",
                     host="mail-wd5.myworkday.com", ip="216.218.148.17")
    t2 = f"""Hi Megan,

It's my pleasure to share that Patricia and Gloria would like to offer you the Nurse Manager position on 6 West! A quick summary before you open the letter in Workday:

- Annual base salary: $138,500, plus the nurse leader on-call stipend
- Start date: {long_date(startday)} (contingent on background check and drug screen)
- Relocation: not applicable; parking in the Boren garage is covered
- Please respond in Workday by {due:%A}, {due:%B} {due.day}

Before your start date, Gloria would love for you to spend a half day on the unit - {shadow:%A}, {shadow:%B} {shadow.day}, 7:00 to 11:00 AM. To be clear, this isn't an interview or an evaluation; it's a chance to watch the night-to-day handoff and meet some of the staff you'll be leading. Just let me know if that morning works and I'll let Tasha know.

Congratulations - we're so excited!

Jill Harmon
Nurse Leadership Recruiter | Cascade Summit Health
206-555-0179
"""
    m2, _ = human_mail(seed="c22-2", frm=JILL, to=[ME], cc=[BRIANNA], subject="Congratulations, Megan - offer for Nurse Manager, 6 West",
                       sent=s2, text=t2, style="outlook")
    lab = label([], "hard", "negative/offer",
                "Offer via Workday task and recruiter mail; the proposed Nov 19 shadow half-day is explicitly 'not an interview'.")
    return "b305-22-cascade-offer-shadow-not-interview", [("01-workday-review-offer.eml", m1), ("02-jill-offer-details.eml", m2)], lab


@case
def c23():
    """Negative: pre-employment background check request + drug screen appointment with .ics."""
    s1 = T(2026, 11, 13, 17, 40, UTC, "Fri", "+00:00", ss=21)
    s2 = T(2026, 11, 13, 10, 55, LA, "Fri", "-08:00", ss=8)
    start = T(2026, 11, 17, 8, 15, LA, "Tue", "-08:00")
    end = T(2026, 11, 17, 8, 45, LA, "Tue", "-08:00")
    t1 = f"""Hello Megan,

Cascade Summit Health has partnered with ClearPath Screening to complete your pre-employment background check for the position of Nurse Manager - Medical/Surgical 6 West.

Please complete your authorization and disclosure form within 3 business days:
https://candidate.clearpathscreening.example/start/{an('c23o', n=24)}

Order #: CP-{int(hx('c23n', n=8), 16) % 10**8:08d}

The check includes criminal history, license verification with the Washington State Department of Health, OIG/SAM exclusion lists and employment verification. You will be able to view your report once it is complete.

ClearPath Screening Candidate Support
"""
    m1 = system_mail(seed="c23-1", frm=("ClearPath Screening", "noreply@clearpathscreening.example"),
                     subject="Cascade Summit Health has requested your background check", sent=s1, text=t1,
                     domain="clearpathscreening.example", host="out.clearpathscreening.example", ip="203.0.113.19")
    t2 = f"""Hi Megan,

Your appointment is confirmed.

Service: Pre-employment 10-panel drug screen + TB test (QuantiFERON blood draw)
Ordered by: Cascade Summit Health
When: {long_date(start)}, {h12(start)}
Where: WorkWell Occupational Health - South Lake Union, 1100 Dexter Ave N, Suite 120, Seattle, WA 98109

Please bring a government-issued photo ID and your authorization form. Avoid drinking large amounts of water for two hours before your visit. Most visits take about 30 minutes.

To reschedule, call (206) 555-0115.

WorkWell Occupational Health
"""
    ics = tzid_ics(prodid="-//WorkWell Occupational Health//Scheduling//EN", method="REQUEST",
                   uid=f"appt-{hx('c23u', n=18)}@workwellocc.example", start=start, end=end, stamp=s2,
                   organizer=("WorkWell Occupational Health", "scheduling@workwellocc.example"),
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   summary="WorkWell: Pre-employment drug screen + TB test",
                   description="Pre-employment drug screen and TB test ordered by Cascade Summit Health. Bring photo ID.",
                   location="WorkWell Occupational Health, 1100 Dexter Ave N, Suite 120, Seattle, WA 98109", alarm=60)
    m2 = system_mail(seed="c23-2", frm=("WorkWell Occupational Health", "scheduling@workwellocc.example"),
                     subject=f"Appointment confirmed: pre-employment drug screen - {start:%a} {start:%b} {start.day}, {h12(start)}",
                     sent=s2, text=t2, domain="workwellocc.example", attachments=[("appointment.ics", ics)],
                     host="mail.workwellocc.example", ip="192.0.2.140")
    lab = label([], "medium", "negative/pre-employment-screening",
                "Background check request and drug screen/TB appointment with .ics after the offer; not an interview.")
    return "b305-23-background-check-drug-screen", [("01-clearpath-background-check.eml", m1),
                                                     ("02-workwell-drug-screen-appointment.eml", m2)], lab


# ================================================================ output

README_DST = """- Case 04: Boston recruiter writes in EDT (-0400); Calendly confirms 9:00am Pacific (-07:00) = 12:00 ET.
- Case 09: 'tomorrow at 2:00 Mountain' from a -0600 (MDT) Date header -> Tue Oct 20 14:00-06:00 (13:00 PDT).
- Case 13: Exchange invite with Windows TZID 'Eastern Standard Time' and the '(UTC-05:00) Eastern Time' label, but Oct 27 is EDT: 13:00-04:00 (10:00 PDT).
- Case 14: Denver interview rendered by Google in Megan's Pacific calendar (9am PDT = 10am MDT, -06:00).
- Case 16 (negative): availability windows 'next week' fall after the Nov 1 fall-back (PST).
- Case 17: mail and invite dated Oct 28 (-0700); CNO final Tue Nov 3 08:30 PST (-08:00) after the US Nov 1 change.
- Case 18: standalone Outlook .ics, TZID 'Pacific Standard Time', DTSTAMP in PDT, event Wed Nov 4 14:00 PST (-08:00).
- Case 19: 'next Thursday at 1' in a Thu Oct 29 (-0700) mail -> Thu Nov 5 13:00-08:00; Calendar API event agrees.
- Case 21 (negative): Denver sender on MST (-0700) on Nov 9 after the change.
- Cases 22-23 (negative): November dates in PST (-0800).
- All offsets and weekdays are asserted with zoneinfo in make_cases.py (US 2026: Mar 8 / Nov 1; EU/UK: Mar 29 / Oct 25 also checked)."""


def main():
    check_dst_rules()
    for p in sorted(OUT.glob("b305-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    seen_nums = []
    for fn in CASES:
        slug, items, lab = fn()
        num = int(slug.split("-")[1])
        seen_nums.append(num)
        d = OUT / slug
        d.mkdir()
        prev = 0
        for name, data in items:
            n = int(name[:2])
            assert name[2] == "-" and n == prev + 1, name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            prev = n
            (d / name).write_bytes(data)
        labels[slug] = lab
    assert seen_nums == list(range(1, len(CASES) + 1)), seen_nums
    header = "# Labels for blind305 (written blind). Schema: /work/shared/eval/README.md\n"
    text = header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    assert yaml.safe_load(text) == labels
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")

    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    case_lines = "\n".join(f"- `{k}` ({'positive' if v['interview'] else 'negative'}, {v['difficulty']}): {v['notes']}"
                           for k, v in labels.items())
    readme = f"""# blind305: Seattle RN moving into nurse management / clinical informatics (written blind)

Mailbox owner: Megan O'Connor <{OWNER}>, a registered nurse in Seattle (America/Los_Angeles) interviewing
for nurse manager and clinical informatics roles with Seattle hospital systems, a Seattle health-tech startup,
a Portland clinic network, a Denver telehealth company (America/Denver) and a Boston insurer (America/New_York).

This set was written blind: only the eval README (label schema and rules) and three dev files (format check)
were read; no tool code, tests or other sets. All people and companies are invented (`.example` domains);
vendor system senders keep product domains (myworkday.com, talent.icims.com, taleo.net, paradox.ai,
hirevue.com, calendly.com, zoom.us, google.com). Regenerate with `python make_cases.py` (byte-identical).

## What it stresses
- Healthcare hiring steps: recruiter phone screens, panel with the Director of Nursing, a shadow shift that the
  mail explicitly calls part of the interview (loop with a peer interview, several invites), a CNO final across
  the Nov 1 DST change; versus a post-offer shadow half-day that is explicitly "not an interview".
- Scheduling vendors: Paradox/Olivia (slots offered then confirmed), Workday, iCIMS, Taleo-style, Calendly,
  Google Calendar (invite + updated invitation), Exchange/Teams (Windows TZIDs, X-MICROSOFT-CDO-*), Zoom links,
  a Calendar API event, a standalone Outlook .ics.
- Final state: reschedule by e-mail ("can we push to Thursday at 11?"), reschedule by updated invite (SEQUENCE 1),
  cancellation by METHOD:CANCEL; relative dates ("tomorrow at 2:00 Mountain", "this Friday", "next Thursday at 1").
- Hard negatives: HireVue one-way video, background check + drug screen appointment, hospital career fair,
  dentist reminder, informatics webinar, owner as peer interviewer, unbooked availability request, rejection,
  offer, Telegram scam.

## Counts
- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)
- Labelled interviews: {len(ivs)}; by status: {', '.join(f'{k} {v}' for k, v in sorted(by_status.items()))};
  by kind: {', '.join(f'{k} {v}' for k, v in sorted(by_kind.items()))}

## Formats
text/plain (7bit, quoted-printable), HTML-only (base64, quoted-printable), multipart/alternative threads with
In-Reply-To/References, Google Calendar invitations (multipart/mixed with text/plain, text/html,
text/calendar;method=REQUEST and invite.ics), Exchange/Teams requests and a cancellation (multipart/alternative
with text/calendar, Windows TZIDs "Pacific Standard Time" / "Eastern Standard Time"), ATS/vendor mails with .ics
attachments (Paradox, iCIMS, Zoom, WorkWell), standalone .ics (cases 12, 18), Calendar API `.gcal.json` (case 19).

## Time-zone / DST points
{README_DST}

## Cases
{case_lines}
"""
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print(f"wrote {len(labels)} cases ({len(pos)} positive, {len(neg)} negative, {len(ivs)} interviews) to {OUT}")


if __name__ == "__main__":
    main()
