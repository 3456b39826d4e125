#!/usr/bin/env python3
"""Generate the blind297 evaluation set (sales roles, Dublin-based candidate, written blind).

Deletes and rewrites every b297-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of SEED.
"""
import base64
import hashlib
import html
import json
import quopri
import re
import shutil
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind297/sales-roles/aoife-brennan/2026"
OWNER = "aoife.brennan@example.com"
OWNER_NAME = "Aoife Brennan"
WORK = "aoife.brennan@quillstack.example"   # current employer; auto-forwards to OWNER
UTC = timezone.utc
IANA = {"DUB": "Europe/Dublin", "NY": "America/New_York", "DEN": "America/Denver",
        "SF": "America/Los_Angeles", "AUS": "America/Chicago", "AMS": "Europe/Amsterdam",
        "BER": "Europe/Berlin"}
TZ = {k: ZoneInfo(v) for k, v in IANA.items()}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FULLDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONS = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULLMONS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


# ----------------------------------------------------------------------------- time helpers
def hx(*parts, n=16):
    return hashlib.sha256("|".join([SEED, *map(str, parts)]).encode()).hexdigest()[:n]


def at(tz, y, mo, d, hh, mm=0, ss=0, wd=None, off=None):
    """Aware datetime in zone `tz`; asserts weekday and UTC offset (hours) when given."""
    dt = datetime(y, mo, d, hh, mm, ss, tzinfo=TZ[tz])
    if wd is not None:
        assert DAYS[dt.weekday()] == wd, (dt, wd)
    if off is not None:
        assert dt.utcoffset() == timedelta(hours=off), (dt, dt.utcoffset(), off)
    return dt


def is_local(dt, tz, hh, mm=0, wd=None, off=None):
    """Assert that `dt` shown in zone `tz` is hh:mm (and weekday/offset) - checks texts like '7pm your time'."""
    loc = dt.astimezone(TZ[tz])
    assert (loc.hour, loc.minute) == (hh, mm), (dt, tz, loc)
    if wd is not None:
        assert DAYS[loc.weekday()] == wd, (loc, wd)
    if off is not None:
        assert loc.utcoffset() == timedelta(hours=off), (loc, off)
    return loc


def dst_checks():
    for y, m, d in [(2026, 3, 8), (2026, 11, 1), (2026, 3, 29), (2026, 10, 25)]:
        assert date(y, m, d).weekday() == 6, (y, m, d)
    # US: Mar 8 / Nov 1
    assert at("NY", 2026, 3, 7, 12).utcoffset() == timedelta(hours=-5)
    assert at("NY", 2026, 3, 9, 12).utcoffset() == timedelta(hours=-4)
    assert at("NY", 2026, 10, 31, 12).utcoffset() == timedelta(hours=-4)
    assert at("NY", 2026, 11, 2, 12).utcoffset() == timedelta(hours=-5)
    assert at("DEN", 2026, 10, 31, 12).utcoffset() == timedelta(hours=-6)
    assert at("DEN", 2026, 11, 2, 12).utcoffset() == timedelta(hours=-7)
    assert at("SF", 2026, 10, 31, 12).utcoffset() == timedelta(hours=-7)
    assert at("SF", 2026, 11, 2, 12).utcoffset() == timedelta(hours=-8)
    assert at("AUS", 2026, 10, 31, 12).utcoffset() == timedelta(hours=-5)
    assert at("AUS", 2026, 11, 2, 12).utcoffset() == timedelta(hours=-6)
    # EU/UK/IE: Mar 29 / Oct 25
    assert at("DUB", 2026, 3, 28, 12).utcoffset() == timedelta(hours=0)
    assert at("DUB", 2026, 3, 30, 12).utcoffset() == timedelta(hours=1)
    assert at("DUB", 2026, 10, 24, 12).utcoffset() == timedelta(hours=1)
    assert at("DUB", 2026, 10, 26, 12).utcoffset() == timedelta(hours=0)
    for z in ("AMS", "BER"):
        assert at(z, 2026, 10, 24, 12).utcoffset() == timedelta(hours=2)
        assert at(z, 2026, 10, 26, 12).utcoffset() == timedelta(hours=1)
    # the one-week 4-hour gap between Boston and Dublin
    for d in range(25, 32):
        a = at("NY", 2026, 10, d, 12)
        assert a.astimezone(TZ["DUB"]).hour - a.hour == 4, d
    assert at("NY", 2026, 10, 22, 12).astimezone(TZ["DUB"]).hour == 17
    assert at("NY", 2026, 11, 2, 12).astimezone(TZ["DUB"]).hour == 17


def g12(dt):
    h = dt.hour % 12 or 12
    return f"{h}{':%02d' % dt.minute if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


def clock12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def zdt(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ldt(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def rfc(dt):
    return format_datetime(dt)


# ----------------------------------------------------------------------------- MIME helpers
def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text):
    out = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def leaf(ctype, content, cte="quoted-printable", disp=None, extra=()):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data.decode("utf-8"))
    else:
        body = data.decode("ascii")
        body = body if body.endswith("\n") else body + "\n"
    hdr = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disp:
        hdr.append(("Content-Disposition", disp))
    hdr.extend(extra)
    return {"h": hdr, "body": body}


def multi(sub, parts, key):
    b = "000000000000" + hx("boundary", key, n=16)
    return {"h": [("Content-Type", f'multipart/{sub}; boundary="{b}"')], "parts": parts, "b": b}


def render(p):
    out = "".join(f"{k}: {v}\n" for k, v in p["h"]) + "\n"
    if "parts" in p:
        for c in p["parts"]:
            out += f"--{p['b']}\n" + render(c) + "\n"
        out += f"--{p['b']}--\n"
    else:
        out += p["body"]
    return out


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email))


def addrs(pairs):
    return ", ".join(addr(n, e) for n, e in pairs)


def received(key, sent, host="mail-sor-f41.google.com", ip=None):
    ip = ip or f"209.85.220.{int(hx('ip', key, n=2), 16) % 200 + 20}"
    stamp = rfc((sent + timedelta(seconds=2)).astimezone(UTC))
    return (f"from {host} ({host}. [{ip}])\n        by mx.google.com with SMTPS id "
            f"{hx('smtp', key, n=12)}\n        for <{OWNER}>\n        (Google Transport Security);\n"
            f"        {stamp}")


def eml(key, sent, *, frm, to, subject, body, mid, cc=None, reply_to=None, irt=None, refs=None,
        sender=None, return_path=None, extra=(), host=None, ip=None, delivered=OWNER):
    hdr = [("Delivered-To", delivered),
           ("Received", received(key, sent, host or "mail-sor-f41.google.com", ip)),
           ("Return-Path", return_path or f"<{re.search(r'<([^>]+)>', frm).group(1) if '<' in frm else frm}>")]
    if sender:
        hdr.append(("Sender", sender))
    hdr += [("From", frm), ("Date", rfc(sent)), ("Message-ID", mid), ("Subject", enc_subject(subject)),
            ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    if reply_to:
        hdr.append(("Reply-To", reply_to))
    if irt:
        hdr.append(("In-Reply-To", irt))
    if refs:
        hdr.append(("References", refs))
    hdr.extend(extra)
    hdr.append(("MIME-Version", "1.0"))
    return ("".join(f"{k}: {v}\n" for k, v in hdr) + render(body)).encode("ascii")


def to_html(text, pixel=None):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        esc = html.escape(block, quote=False)
        esc = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', esc)
        paras.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    tail = f'<img src="{pixel}" width="1" height="1" alt="" style="display:none">' if pixel else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            + "\n".join(paras) + "\n" + tail + "</div></body></html>\n")


def alt(key, text, html_text=None, text_cte="quoted-printable", html_cte="quoted-printable"):
    return multi("alternative", [leaf('text/plain; charset="UTF-8"', text, text_cte),
                                 leaf('text/html; charset="UTF-8"', html_text or to_html(text), html_cte)],
                 key)


def plain(text, cte="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


def gmail_mid(key):
    raw = base64.b64encode(hashlib.sha256((SEED + key).encode()).digest()).decode()
    raw = re.sub(r"[^A-Za-z0-9]", "", raw)
    return f"<CAF{raw[:12]}+{raw[12:40]}@mail.gmail.com>"


def mid_at(key, domain):
    return f"<{hx('mid', key, n=24)}@{domain}>"


def uuidish(key):
    x = hx("uuid", key, n=32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def quote(text, when, name, email, tz):
    loc = when.astimezone(TZ[tz])
    head = (f"On {DAYS[loc.weekday()]}, {MONS[loc.month]} {loc.day}, {loc.year} at {clock12(loc)} "
            f"{name} <{email}> wrote:")
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, limit = [], 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut].decode("utf-8"))
        b = b[cut:]
        limit = 74
    parts.append(b.decode("utf-8"))
    return "\r\n ".join(parts)


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def off(h):
    return f"{'+' if h >= 0 else '-'}{abs(h):02d}00"


def vtz_iana(tzid):
    us = {"America/New_York": (-5, "EST", "EDT"), "America/Chicago": (-6, "CST", "CDT"),
          "America/Denver": (-7, "MST", "MDT"), "America/Los_Angeles": (-8, "PST", "PDT")}
    eu = {"Europe/Berlin": (1, "CET", "CEST"), "Europe/Amsterdam": (1, "CET", "CEST"),
          "Europe/Dublin": (0, "GMT", "IST")}
    if tzid in us:
        s, sn, dn = us[tzid]
        d_start, d_rule, s_start, s_rule = "19700308T020000", "BYMONTH=3;BYDAY=2SU", "19701101T020000", "BYMONTH=11;BYDAY=1SU"
    else:
        s, sn, dn = eu[tzid]
        d_start = "19700329T020000" if s == 1 else "19700329T010000"
        s_start = "19701025T030000" if s == 1 else "19701025T020000"
        d_rule, s_rule = "BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU"
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{off(s)}", f"TZOFFSETTO:{off(s + 1)}", f"TZNAME:{dn}",
            f"DTSTART:{d_start}", f"RRULE:FREQ=YEARLY;{d_rule}", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{off(s + 1)}", f"TZOFFSETTO:{off(s)}", f"TZNAME:{sn}",
            f"DTSTART:{s_start}", f"RRULE:FREQ=YEARLY;{s_rule}", "END:STANDARD", "END:VTIMEZONE"]


WIN = {"Eastern Standard Time": ("NY", -5, "US"), "W. Europe Standard Time": ("AMS", 1, "EU"),
       "GMT Standard Time": ("DUB", 0, "EU")}


def vtz_win(name):
    _, s, kind = WIN[name]
    if kind == "US":
        st = ("16010101T020000", "BYDAY=1SU;BYMONTH=11")
        dl = ("16010101T020000", "BYDAY=2SU;BYMONTH=3")
    else:
        st = ("16010101T030000" if s == 1 else "16010101T020000", "BYDAY=-1SU;BYMONTH=10")
        dl = ("16010101T020000" if s == 1 else "16010101T010000", "BYDAY=-1SU;BYMONTH=3")
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", f"DTSTART:{st[0]}", f"TZOFFSETFROM:{off(s + 1)}", f"TZOFFSETTO:{off(s)}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{st[1]}", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:{dl[0]}", f"TZOFFSETFROM:{off(s)}", f"TZOFFSETTO:{off(s + 1)}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;{dl[1]}", "END:DAYLIGHT", "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;CN={name};ROLE={role};PARTSTAT={partstat};RSVP=TRUE:mailto:{email}"


def calendar(prodid, method, events, tz_blocks=(), extra_head=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(extra_head)
    for b in tz_blocks:
        lines.extend(b)
    for e in events:
        lines.extend(e)
    lines.append("END:VCALENDAR")
    return ics_text(lines)


def vevent(*, uid, start, end, summary, organizer, attendees, description="", location="",
           stamp, seq=0, status="CONFIRMED", tzid=None, tzkey=None, extra=(), alarm=True):
    """tzid=None -> UTC times; tzid=IANA/Windows name with tzkey (key of TZ) -> local times."""
    if tzid:
        zone = TZ[tzkey]
        ds = f"DTSTART;TZID={tzid}:{ldt(start.astimezone(zone))}"
        de = f"DTEND;TZID={tzid}:{ldt(end.astimezone(zone))}"
    else:
        ds, de = f"DTSTART:{zdt(start)}", f"DTEND:{zdt(end)}"
    org_name, org_email = organizer
    ev = ["BEGIN:VEVENT", ds, de, f"DTSTAMP:{zdt(stamp)}",
          f"ORGANIZER;CN={org_name}:mailto:{org_email}", f"UID:{uid}"]
    ev.extend(attendees)
    ev += [f"CREATED:{zdt(stamp)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{zdt(stamp)}",
           f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
           "TRANSP:OPAQUE"]
    ev.extend(extra)
    if alarm and status != "CANCELLED":
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-P0DT0H15M0S", "END:VALARM"]
    ev.append("END:VEVENT")
    return ev


def ics_attachment(ics, name="invite.ics", method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', ics, "base64",
                disp=f'attachment; filename="{name}"')


# ----------------------------------------------------------------------------- vendor shapes
def dub_when(start, end):
    s, e = start.astimezone(TZ["DUB"]), end.astimezone(TZ["DUB"])
    summer = s.utcoffset() == timedelta(hours=1)
    abbr = "IST" if summer else "GMT"
    long = "Irish Standard Time - Dublin" if summer else "Greenwich Mean Time - Dublin"
    subj = f"{DAYS[s.weekday()]} {MONS[s.month]} {s.day}, {s.year} {g12(s)} - {g12(e)} ({abbr})"
    body = f"{FULLDAYS[s.weekday()]} {MONS[s.month]} {s.day}, {s.year} \u22c5 {g12(s)} \u2013 {g12(e)}\n{long}"
    return subj, body


def google_invite(key, *, sent, organizer, guests, start, end, summary, description, uid, seq=0,
                  updated=False, location="", meet=None, attendee_to=OWNER, delivered=OWNER,
                  to_header=None):
    """guests: list of (name, email, role) in display order (organizer first)."""
    org_name, org_email = organizer
    subj_when, body_when = dub_when(start, end)
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {subj_when} ({attendee_to})"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {attendee_to}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, body_when, ""]
    if meet:
        pin = str(int(hx("pin", key, n=8), 16))[:9]
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", f"(IE) +353 1 {hx('tel', key, n=3).upper()} {pin[:4]}", f"PIN: {pin}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", org_name, org_email, "", "Guests"]
    for n, e, r in guests:
        lines.append(f"{n} - organizer" if e == org_email else (f"{n} - optional" if r == "OPT-PARTICIPANT" else n))
        lines.append(e)
    lines += [f"View all guest info {view}", "", description, "",
              f"Reply for {attendee_to} and view more details {view}", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    atts = [attendee(n, e, "ACCEPTED" if e == org_email else "NEEDS-ACTION", r, google=True)
            for n, e, r in guests]
    desc = description
    extra = []
    if meet:
        extra.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = vevent(uid=uid, start=start, end=end, summary=summary, organizer=organizer, attendees=atts,
                description=desc, location=location, stamp=sent, seq=seq, extra=extra)
    ics = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [ev])
    body = multi("mixed", [
        multi("alternative", [leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
                              leaf('text/html; charset="UTF-8"', to_html(text), "quoted-printable"),
                              leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64")],
              key + "/alt"),
        leaf('application/ics; name="invite.ics"', ics, "base64", disp='attachment; filename="invite.ics"'),
    ], key + "/mixed")
    return eml(key, sent, frm=addr(org_name, org_email), to=to_header or attendee_to, subject=subject,
               body=body, mid=f"<calendar-{uuidish(key)}@google.com>", reply_to=addr(org_name, org_email),
               sender="Google Calendar <calendar-notification@google.com>",
               return_path=f"<{hx('rp', key, n=20)}@calendar-server.bounces.google.com>",
               host="mail-sor-f73.google.com", delivered=delivered)


def teams_block(key):
    mid = str(int(hx("teamsid", key, n=12), 16))[:12]
    pwd = hx("teamspw", key, n=6)
    return ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{hx('teamsurl', key, n=40)}%40thread.v2/0>\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\nPasscode: {pwd}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={uuidish(key + 'org')}>\n" + "_" * 80 + "\n")


def exchange_invite(key, *, sent, frm, to, subject, text, ics, cc=None, tenant="EURPR07"):
    body = multi("alternative", [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64"),
    ], key)
    tindex = base64.b64encode(hashlib.sha256((SEED + key).encode()).digest()[:22]).decode()
    extra = [("Thread-Topic", subject), ("Thread-Index", tindex), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Calendar-Series-Instance-Id",
                                                       base64.b64encode(hx("series", key, n=18).encode()).decode())]
    return eml(key, sent, frm=frm, to=to, cc=cc, subject=subject, body=body,
               mid=f"<{hx('exmid', key, n=20).upper()}@{tenant}MB{hx('mb', key, n=4).upper()}.{tenant.lower()}.prod.outlook.com>",
               host=f"{tenant}-{hx('host', key, n=3)}-obe.outbound.protection.outlook.com", ip="198.51.100.140",
               extra=[(k, v) for k, v in extra if v != ""])


def exchange_event(key, *, uid, start, end, summary, organizer, attendees, description, location,
                   stamp, tzname, seq=0):
    zone_key = WIN[tzname][0]
    extra = ["CLASS:PUBLIC", "PRIORITY:5",
             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('owner', key, n=7), 16)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
             "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    atts = [f"ATTENDEE;ROLE={r};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e, r in attendees]
    ev = vevent(uid=uid, start=start, end=end, summary=summary, organizer=organizer, attendees=atts,
                description=description, location=location, stamp=stamp, seq=seq, tzid=tzname,
                tzkey=zone_key, extra=extra)
    return calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], [vtz_win(tzname)])


def exchange_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + hx("exuid", key, n=48).upper()


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []   # (slug, [(filename, bytes)], label, tz_points)


def case(slug, items, lab, tz_points=()):
    CASES.append((slug, items, lab, list(tz_points)))


# ============================================================================= cases 01-12
def c01():
    """Cadencely (Boston) recruiter screen booked through Chili Piper."""
    k = "c01"
    tessa = ("Tessa Morrow", "tessa.morrow@cadencely.example")
    s1 = at("NY", 2026, 10, 5, 11, 2, 41, wd="Mon", off=-4)
    t1 = """Hi Aoife,

Thanks for throwing your hat in the ring for the Account Executive, EMEA seat. Two President's Club
years on a Dublin SMB team jumped right off the page, and our CRO has been asking me to find
closers who have actually sold into European mid-market.

I'd love to grab 30 minutes to walk you through the team, comp and what the first six months look
like, and hear what you want next. I book screens through Chili Piper so it lands on both calendars
with a Zoom link:

https://cadencely.chilipiper.com/me/tessa-morrow/recruiter-screen

Anything from 1pm ET onwards tends to suit folks in Ireland best.

Talk soon,
Tessa

--
Tessa Morrow | Senior Recruiter, Go-To-Market
Cadencely | 200 Clarendon St, Boston, MA
"""
    m1 = mid_at(k + "1", "cadencely.example")
    e1 = eml(k + "1", s1, frm=addr(*tessa), to=addr(OWNER_NAME, OWNER),
             subject="Cadencely // Account Executive, EMEA - quick intro?", body=plain(t1), mid=m1,
             host="mail-yw1-f170.google.com")
    start = at("NY", 2026, 10, 8, 14, 0, wd="Thu", off=-4)
    end = start + timedelta(minutes=30)
    is_local(start, "DUB", 19, 0, off=1)
    s2 = at("NY", 2026, 10, 5, 13, 47, 10, wd="Mon")
    zoom = f"https://cadencely.zoom.us/j/8421{int(hx('zoom', k, n=6), 16) % 10**7:07d}"
    t2 = f"""Your meeting is booked!

Recruiter Screen - Cadencely
Thursday, October 8, 2026
2:00 PM - 2:30 PM (GMT-04:00) Eastern Time  |  7:00 PM - 7:30 PM your time (Europe/Dublin)

Host: Tessa Morrow (tessa.morrow@cadencely.example)
Guest: Aoife Brennan (aoife.brennan@example.com)
Location: Zoom - {zoom}

A calendar invitation is attached. Need to make a change?
Reschedule: https://cadencely.chilipiper.com/reschedule/{hx('cp-res', k, n=20)}
Cancel: https://cadencely.chilipiper.com/cancel/{hx('cp-can', k, n=20)}

Powered by Chili Piper
"""
    is_local(start, "NY", 14, 0)
    ev = vevent(uid=f"{hx('cpuid', k, n=24)}@chilipiper.com", start=start, end=end,
                summary="Recruiter Screen: Aoife Brennan <> Cadencely", organizer=tessa,
                attendees=[attendee(*tessa, "ACCEPTED"), attendee(OWNER_NAME, OWNER)],
                description=f"Recruiter screen for the Account Executive, EMEA role.\nJoin Zoom: {zoom}",
                location=zoom, stamp=s2)
    ics = calendar("-//Chili Piper//Chili Piper Scheduler//EN", "REQUEST", [ev])
    body = multi("mixed", [alt(k + "2a", t2, html_cte="base64"), ics_attachment(ics)], k + "2m")
    e2 = eml(k + "2", s2, frm="Chili Piper <no-reply@chilipiper.com>", to=addr(OWNER_NAME, OWNER),
             subject="Confirmed: Recruiter Screen - Aoife Brennan <> Tessa Morrow (Cadencely)", body=body,
             mid=mid_at(k + "2", "chilipiper.com"), reply_to=addr(*tessa), host="o12.email.chilipiper.com",
             ip="198.51.100.44")
    lab = label([iv("Cadencely", "Account Executive, EMEA", start, end, "scheduled", [tessa[1]], [tessa[1]],
                    "phone_screen")], "easy", "positive/chilipiper-booking",
                "Recruiter asks Aoife to book via Chili Piper; the Chili Piper confirmation (+ .ics) books a 30-min "
                "screen. The recruiter runs the screen, so she is interviewer and follow-up.")
    case("recruiter-screen-chilipiper-boston", [("01-tessa-intro.eml", e1), ("02-chilipiper-confirmed.eml", e2)],
         lab, ["01: Oct 8, 2pm EDT (-04:00) = 7pm IST (+01:00), 5-hour gap before the EU change"])


def c02():
    """Negative: Chili Piper booking of a prospect demo at her current job."""
    k = "c02"
    sent = at("DUB", 2026, 10, 12, 9, 18, 5, wd="Mon", off=1)
    start = at("DUB", 2026, 10, 14, 15, 0, wd="Wed", off=1)
    end = start + timedelta(minutes=30)
    greg = ("Greg Hollis", "greg.hollis@ardentfreight.example")
    t = f"""Hi Aoife,

A new meeting was booked with you through the Inbound Demo Router (Website - Request a Demo).

Meeting: Quillstack Demo - Ardent Freight
When: Wednesday, October 14, 2026, 3:00 PM - 3:30 PM (GMT+01:00) Dublin
Booked by: Greg Hollis, Head of Operations, Ardent Freight (greg.hollis@ardentfreight.example)

Form answers
- Company size: 201-500
- Current tooling: spreadsheets + HubSpot
- What prompted you to reach out? "We need visibility on carrier spend before budget season."

Routing: Round robin - UK&I SMB pod -> assigned to Aoife Brennan
The meeting is on your calendar and Greg has received his confirmation.

View in Chili Piper: https://app.chilipiper.com/meetings/{hx('cpm', k, n=24)}
"""
    ev = vevent(uid=f"{hx('cpuid', k, n=24)}@chilipiper.com", start=start, end=end,
                summary="Quillstack Demo - Ardent Freight (Greg Hollis)", organizer=(OWNER_NAME, WORK),
                attendees=[attendee(OWNER_NAME, WORK, "ACCEPTED"), attendee("Aoife Brennan (personal)", OWNER, "ACCEPTED"),
                           attendee(*greg)],
                description="Booked via Chili Piper (Inbound Demo Router).\nProspect: Greg Hollis, Ardent Freight",
                location="https://quillstack.zoom.us/j/93017754210", stamp=sent, tzid="Europe/Dublin", tzkey="DUB")
    ics = calendar("-//Chili Piper//Chili Piper Scheduler//EN", "REQUEST", [ev], [vtz_iana("Europe/Dublin")])
    body = multi("mixed", [alt(k + "a", t, html_cte="base64"), ics_attachment(ics)], k + "m")
    e = eml(k, sent, frm="Chili Piper <notifications@chilipiper.com>", to=addr(OWNER_NAME, WORK),
            subject="New meeting booked: Quillstack Demo with Greg Hollis (Ardent Freight)", body=body,
            mid=mid_at(k, "chilipiper.com"), host="o12.email.chilipiper.com", ip="198.51.100.44",
            extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")])
    lab = label([], "medium", "negative/chilipiper-prospect-demo",
                "Chili Piper booking at her current job: a prospect booked a product demo with Aoife (she is the "
                "seller). Same vendor as case 01 but not a job interview.")
    case("chilipiper-prospect-demo-current-job", [("01-chilipiper-new-meeting.eml", e)], lab)


def c03():
    """Summitline (Denver): propose two slots, candidate picks, recruiter confirms. Body only."""
    k = "c03"
    colby = ("Colby Reyes", "colby.reyes@summitline.example")
    dana = ("Dana Whitfield", "dana.whitfield@summitline.example")
    wed = at("DEN", 2026, 10, 21, 10, 0, wd="Wed", off=-6)
    thu = at("DEN", 2026, 10, 22, 9, 0, wd="Thu", off=-6)
    is_local(wed, "DUB", 17, 0, off=1)
    is_local(thu, "DUB", 16, 0, off=1)
    s1 = at("DEN", 2026, 10, 19, 8, 12, 33, wd="Mon", off=-6)
    t1 = """Hi Aoife,

Great chatting last week - the team loved your take on multi-threading into finance before the
CFO shows up late in the cycle. Next step is to get you in front of Dana Whitfield, our Director
of Sales for International. She's a straight shooter; expect a real conversation about deals
you've run, not a quiz.

She's got two windows open this week:
  - Wednesday at 10am MT (that's 5pm for you)
  - Thursday at 9am MT (4pm your side)

It's 45 minutes on Zoom. Which one works better?

Cheers,
Colby

Colby Reyes
Recruiting Partner, Sales | Summitline
1801 Wewatta St, Denver, CO
"""
    m1 = gmail_mid(k + "1")
    px = f"https://t.gem.com/o/{hx('gem', k, n=28)}.gif"
    e1 = eml(k + "1", s1, frm=addr(*colby), to=addr(OWNER_NAME, OWNER),
             subject="Summitline - next step w/ Dana (Sr. AE, International)",
             body=alt(k + "1a", t1, to_html(t1, pixel=px)), mid=m1, host="mail-pj1-f54.google.com",
             extra=[("X-Gem-Sequence", hx("gemseq", k, n=10))])
    s2 = at("DUB", 2026, 10, 19, 17, 48, 2, wd="Mon", off=1)
    t2 = ("Hi Colby,\n\nThanks - really glad it went well. Thursday at 9am MT / 4pm Irish time suits me best;\n"
          "on Wednesday I'm at a customer site until late.\n\nLooking forward to meeting Dana.\n\nAoife\n\n"
          + quote(t1, s1, *colby, "DUB"))
    m2 = gmail_mid(k + "2")
    e2 = eml(k + "2", s2, frm=addr(OWNER_NAME, OWNER), to=addr(*colby),
             subject="Re: Summitline - next step w/ Dana (Sr. AE, International)", body=plain(t2), mid=m2,
             irt=m1, refs=m1, host="mail-sor-f41.google.com")
    s3 = at("DEN", 2026, 10, 20, 7, 55, 18, wd="Tue", off=-6)
    t3 = ("Locked in: Thursday, 9-9:45am MT with Dana. I've cc'd her so you have her details, and she'll\n"
          "fire over a Zoom link from her own calendar before then. Wednesday's slot is released.\n\n"
          "One prep tip: she almost always asks for a deal you lost and what you'd do differently.\n\n"
          "Colby\n\n" + quote(t2, s2, OWNER_NAME, OWNER, "DEN"))
    m3 = gmail_mid(k + "3")
    e3 = eml(k + "3", s3, frm=addr(*colby), to=addr(OWNER_NAME, OWNER), cc=addr(*dana),
             subject="Re: Summitline - next step w/ Dana (Sr. AE, International)", body=plain(t3), mid=m3,
             irt=m2, refs=f"{m1} {m2}", host="mail-pj1-f54.google.com")
    end = thu + timedelta(minutes=45)
    lab = label([iv("Summitline", "Senior Account Executive, International", thu, end, "scheduled",
                    [dana[1]], [dana[1]], "hiring_manager")], "hard", "positive/thread-propose-confirm",
                "Gem outreach offers Wed 10am MT or Thu 9am MT; Aoife picks Thursday; recruiter confirms 9-9:45 MT "
                "and cc's the hiring manager. No invite: time only in bodies; Wednesday is a decoy.")
    case("gem-thread-propose-confirm-denver",
         [("01-colby-next-step.eml", e1), ("02-aoife-picks-thursday.eml", e2), ("03-colby-locked-in.eml", e3)], lab,
         ["03: Oct 22, 9am MDT (-06:00) = 4pm IST (+01:00), 7-hour gap; decoy Wed 10am MT = 5pm"])


def c04():
    """Ledgerbird (SF): Greenhouse confirmation of a mock discovery call (role-play) - positive."""
    k = "c04"
    priya = ("Priya Castellano", "priya.castellano@ledgerbird.example")
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@ledgerbird.example")
    sent = at("SF", 2026, 10, 22, 10, 26, 44, wd="Thu", off=-7)
    start = at("SF", 2026, 10, 27, 9, 0, wd="Tue", off=-7)
    end = start + timedelta(minutes=45)
    is_local(start, "DUB", 16, 0, off=0)
    meet = "lbd-qxmr-wvo"
    t = f"""Hi Aoife,

Thanks for making time for the next stage with Ledgerbird. Your interview is confirmed and a calendar
invite is attached.

Interview: Mock Discovery Call (role-play)
Position: Account Executive, Mid-Market (EMEA)
Date: Tuesday, October 27, 2026
Time: 9:00am - 9:45am Pacific Time (4:00pm - 4:45pm in Dublin)
Interviewer: Marcus Oyelaran, Sales Manager, Mid-Market (marcus.oyelaran@ledgerbird.example)
Where: Google Meet - https://meet.google.com/{meet}

How it works: Marcus plays the buyer - a VP of Finance at a 300-person logistics company whose
month-end close has outgrown spreadsheets. You run the first discovery call exactly as you would for
real: about 30 minutes in character, then 15 minutes of debrief and feedback. No deck needed; the
one-page account brief is in your candidate portal.

A note on time zones: Ireland leaves summer time this weekend but US clocks don't change until
November 1, so this lands at 4pm for you rather than 5pm.

If anything changes, just reply to this email.

Best,
Priya Castellano
Recruiting Coordinator, Ledgerbird
"""
    ev = vevent(uid=f"{hx('ghuid', k, n=20)}@greenhouse.io", start=start, end=end,
                summary="Mock Discovery Call (role-play) - Aoife Brennan - Ledgerbird", organizer=priya,
                attendees=[attendee(*marcus), attendee(OWNER_NAME, OWNER)],
                description=f"Account Executive, Mid-Market (EMEA)\nInterviewer: Marcus Oyelaran\n"
                            f"Google Meet: https://meet.google.com/{meet}",
                location=f"https://meet.google.com/{meet}", stamp=sent, tzid="America/Los_Angeles", tzkey="SF")
    ics = calendar("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", [ev], [vtz_iana("America/Los_Angeles")])
    body = multi("mixed", [alt(k + "a", t), ics_attachment(ics, "interview.ics")], k + "m")
    e = eml(k, sent, frm=addr(*priya), to=addr(OWNER_NAME, OWNER),
            subject="Interview Confirmation: Ledgerbird - Account Executive, Mid-Market (EMEA)", body=body,
            mid=mid_at(k, "greenhouse-mail.io"), return_path=f"<bounces+{hx('gh', k, n=10)}@greenhouse-mail.io>",
            host="o1.greenhouse-mail.io", ip="198.51.100.71")
    lab = label([iv("Ledgerbird", "Account Executive, Mid-Market (EMEA)", start, end, "scheduled", [marcus[1]],
                    [marcus[1]], "technical")], "medium", "positive/greenhouse-mock-discovery-roleplay",
                "A 'mock' discovery call that is a real interview step: the sales manager plays the buyer. Kind "
                "'technical' (skills exercise). Coordinator only schedules. Compare negative case 19.")
    case("greenhouse-mock-discovery-call-sf", [("01-greenhouse-confirmation.eml", e)], lab,
         ["04: Oct 27, 9am PDT (-07:00) = 4pm GMT: Dublin already on GMT, US still on DST (7-hour gap)"])


def c05():
    """Negative: Gong recording notice of her own sales call."""
    k = "c05"
    sent = at("DUB", 2026, 10, 20, 11, 52, 30, wd="Tue", off=1)
    t = f"""Hi Aoife,

Your call has been recorded, transcribed and is ready to review.

Quillstack <> Ostara Logistics | Discovery
Tuesday, Oct 20, 2026 - 11:00 AM - 11:38 AM (GMT+01:00)
Participants: Aoife Brennan (Quillstack), Henrik Vos (Ostara Logistics), Ilse Bakker (Ostara Logistics)

Call highlights
- Talk ratio: 41% you / 59% customer
- Longest monologue: 1m 52s
- Next steps mentioned: "send over a proposal by Friday", "loop in procurement"
- Competitors mentioned: Zentrik

Watch the recording: https://app.gong.io/call?id={int(hx('gong', k, n=12), 16)}

Participants heard the recording notice at the start of the call. Manage your recording
preferences in Gong settings.
"""
    e = eml(k, sent, frm="Gong <no-reply@gong.io>", to=addr(OWNER_NAME, WORK),
            subject="Your call is ready: Quillstack <> Ostara Logistics | Discovery",
            body=alt(k + "a", t, html_cte="base64"), mid=mid_at(k, "gong.io"), host="mta-38.gong.io",
            ip="198.51.100.92", extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")])
    lab = label([], "easy", "negative/gong-recording-own-sales-call",
                "Gong recording notice for a discovery call Aoife ran as a seller at her current job.")
    case("gong-call-recording-notice", [("01-gong-call-ready.eml", e)], lab)


def c06():
    """Copperleaf (Boston): VP of Sales chat in the 4-hour week; interviewer only on the Teams invite."""
    k = "c06"
    jenna = ("Jenna Kowalski", "jenna.kowalski@copperleaf.example")
    rob = ("Rob Tierney", "rob.tierney@copperleaf.example")
    start = at("NY", 2026, 10, 29, 11, 0, wd="Thu", off=-4)
    end = start + timedelta(minutes=30)
    is_local(start, "DUB", 15, 0, off=0)            # real local time: 3pm (not the 4pm first quoted)
    assert (start + timedelta(hours=1)).astimezone(TZ["DUB"]).hour == 16
    s1 = at("NY", 2026, 10, 22, 12, 5, 9, wd="Thu", off=-4)
    t1 = """Hi Aoife,

Huge congrats - the panel feedback from Tuesday was excellent across the board. Last step before we
talk numbers is a quick 30 with Rob, our VP of Sales. It's a two-way conversation: how you'd build
the commercial team in EMEA and what you'd need from him in your first 90 days.

Could you do Thursday 10/29 at 11am ET - that's 4pm your time?

Best,
Jenna

Jenna Kowalski
Talent Acquisition Lead | Copperleaf
"""
    m1 = mid_at(k + "1", "BL1PR12MB5032.namprd12.prod.outlook.com")
    e1 = eml(k + "1", s1, frm=addr(*jenna), to=addr(OWNER_NAME, OWNER),
             subject="Copperleaf - final step: quick 30 with our VP of Sales",
             body=alt(k + "1a", t1), mid=m1, host="NAM12-BN8-obe.outbound.protection.outlook.com",
             ip="198.51.100.120")
    s2 = at("DUB", 2026, 10, 22, 18, 21, 40, wd="Thu", off=1)
    t2 = ("Hi Jenna,\n\nThat's great news, thank you! Thursday the 29th at 11am ET works for me.\n\n"
          "One small thing: our clocks go back this Sunday and yours don't change until the 1st, so I think\n"
          "11am ET will actually be 3pm here that week, not 4. Either way I'll be there at 11 your time.\n\n"
          "Thanks,\nAoife\n\n" + quote(t1, s1, *jenna, "DUB"))
    m2 = gmail_mid(k + "2")
    e2 = eml(k + "2", s2, frm=addr(OWNER_NAME, OWNER), to=addr(*jenna),
             subject="Re: Copperleaf - final step: quick 30 with our VP of Sales", body=plain(t2), mid=m2,
             irt=m1, refs=m1)
    s3 = at("NY", 2026, 10, 23, 9, 12, 51, wd="Fri", off=-4)
    t3 = ("Good catch, you're right - for that one week we're only four hours apart, so it's 3pm in Dublin.\n"
          "I'm adding you to the meeting from my calendar now, Teams link included. Rob will dial in from\n"
          "the Boston office.\n\nJenna\n")
    m3 = mid_at(k + "3", "BL1PR12MB5032.namprd12.prod.outlook.com")
    e3 = eml(k + "3", s3, frm=addr(*jenna), to=addr(OWNER_NAME, OWNER),
             subject="RE: Copperleaf - final step: quick 30 with our VP of Sales", body=alt(k + "3a", t3),
             mid=m3, irt=m2, refs=f"{m1} {m2}", host="NAM12-BN8-obe.outbound.protection.outlook.com",
             ip="198.51.100.120")
    s4 = at("NY", 2026, 10, 23, 9, 31, 2, wd="Fri", off=-4)
    subject = "Copperleaf: Aoife Brennan / Rob Tierney (VP Sales) - Final Conversation"
    text = ("When: Thursday, October 29, 2026 11:00 AM-11:30 AM. (UTC-05:00) Eastern Time (US & Canada)\n"
            "Where: Microsoft Teams Meeting\n\n"
            "Hi Aoife - final conversation with Rob Tierney, VP of Sales, for the Sales Manager, Commercial (EMEA)\n"
            "role. Speak Thursday!\n\n" + teams_block(k))
    ics = exchange_event(k, uid=exchange_uid(k), start=start, end=end, summary=subject, organizer=jenna,
                         attendees=[(rob[0], rob[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                         description=text, location="Microsoft Teams Meeting", stamp=s4,
                         tzname="Eastern Standard Time", seq=0)
    e4 = exchange_invite(k + "4", sent=s4, frm=addr(*jenna), to=addr(OWNER_NAME, OWNER), subject=subject,
                         text=text, ics=ics, tenant="NAM12")
    lab = label([iv("Copperleaf", "Sales Manager, Commercial (EMEA)", start, end, "scheduled", [rob[1]], [rob[1]],
                    "other")], "hard", "positive/teams-dst-gap-week",
                "VP of Sales final chat on Oct 29, the week Ireland is on GMT but Boston still on EDT (4-hour gap). "
                "Recruiter first writes '4pm your time' (wrong); thread corrects to 3pm; Teams invite uses Windows "
                "TZID with a '(UTC-05:00)' label although EDT is -04:00. The VP's address appears only on the invite.")
    case("teams-vp-sales-chat-dst-gap-week",
         [("01-jenna-final-step.eml", e1), ("02-aoife-clock-change.eml", e2), ("03-jenna-good-catch.eml", e3),
          ("04-teams-invite-vp-sales.eml", e4)], lab,
         ["06: Oct 29, 11am EDT (-04:00) = 3pm GMT (4-hour gap week Oct 25-31); mail first says '4pm your time'; "
          "Outlook label '(UTC-05:00) Eastern Time' is the standard-time label, real offset -04:00"])


def c07():
    """Fathomly (SF): Google invite, then updated invitation (same UID, SEQUENCE 1)."""
    k = "c07"
    nikhil = ("Nikhil Banerjee", "nikhil.banerjee@fathomly.example")
    uid = f"{hx('guid', k, n=26)}@google.com"
    s1 = at("SF", 2026, 10, 9, 14, 20, 7, wd="Fri", off=-7)
    old = at("SF", 2026, 10, 14, 9, 0, wd="Wed", off=-7)
    is_local(old, "DUB", 17, 0, off=1)
    new = at("SF", 2026, 10, 15, 8, 30, wd="Thu", off=-7)
    is_local(new, "DUB", 16, 30, off=1)
    dur = timedelta(minutes=45)
    summary = "Fathomly | Hiring Manager Interview - Aoife Brennan (AE, Mid-Market)"
    desc = ("Hi Aoife - Nikhil here, I lead the Mid-Market team. 45 minutes: your last two quarters, how you\n"
            "build pipeline when inbound dries up, and whatever you want to ask me. Looking forward to it!")
    guests = [(nikhil[0], nikhil[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")]
    e1 = google_invite(k + "1", sent=s1, organizer=nikhil, guests=guests, start=old, end=old + dur,
                       summary=summary, description=desc, uid=uid, meet="fth-nkbq-mmr")
    s2 = at("SF", 2026, 10, 12, 8, 3, 55, wd="Mon", off=-7)
    t2 = """Hi Aoife,

Apologies for the shuffle - our exec forecast review just got dropped onto Wednesday morning and I
can't dodge it. Could we push to Thursday at 8:30am PT instead (4:30pm for you)? I've already moved
the invite, same Meet link, but shout if Thursday doesn't work and I'll find another slot.

Thanks for being flexible,
Nikhil
"""
    e2 = eml(k + "2", s2, frm=addr(*nikhil), to=addr(OWNER_NAME, OWNER), subject="Moving our Wednesday chat",
             body=alt(k + "2a", t2, html_cte="base64"), mid=gmail_mid(k + "2"), host="mail-pl1-f181.google.com")
    s3 = at("SF", 2026, 10, 12, 8, 5, 31, wd="Mon", off=-7)
    e3 = google_invite(k + "3", sent=s3, organizer=nikhil, guests=guests, start=new, end=new + dur,
                       summary=summary, description=desc, uid=uid, seq=1, updated=True, meet="fth-nkbq-mmr")
    lab = label([iv("Fathomly", "Account Executive, Mid-Market", new, new + dur, "scheduled", [nikhil[1]],
                    [nikhil[1]], "hiring_manager")], "medium", "positive/google-reschedule-sequence",
                "Google invite for Wed 5pm IST, hiring manager moves it by mail and an Updated invitation (same UID, "
                "SEQUENCE:1) to Thu 8:30am PT = 4:30pm IST. Subjects say '(IST)' (Irish, not India).")
    case("google-invite-reschedule-sf-hm",
         [("01-invitation-hm-interview.eml", e1), ("02-nikhil-moving-chat.eml", e2),
          ("03-updated-invitation.eml", e3)], lab,
         ["07: Oct 14 9am PDT -> Oct 15 8:30am PDT (-07:00) = 4:30pm IST (+01:00); Google subject '(IST)' = Irish Standard Time"])


def c08():
    """Negative: SaaStr-style webinar registration (Zoom) with an 'interview' segment."""
    k = "c08"
    sent = at("NY", 2026, 10, 20, 13, 4, 12, wd="Tue", off=-4)
    start = at("NY", 2026, 10, 29, 12, 0, wd="Thu", off=-4)
    end = start + timedelta(hours=1)
    is_local(start, "DUB", 16, 0, off=0)
    wid = f"{int(hx('web', k, n=10), 16) % 10**11:011d}"
    t = f"""Hi Aoife,

Thank you for registering for "The Discovery Masterclass: How $1M AEs Run First Calls".

Date & Time: Oct 29, 2026 12:00 PM Eastern Time (US and Canada)

On the agenda: a live interview with Priscilla Novak, CRO at Hollowpoint, on how she hires and
ramps AEs; a teardown of three real discovery calls; and open Q&A with the RevScale community.

Please submit any questions to: events@revscale.example

Join from PC, Mac, iPad, or Android:
https://revscale.zoom.us/w/{wid}?tk={hx('tk', k, n=32)}
Passcode: 617204

Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

You can cancel your registration at any time.
"""
    ev = vevent(uid=f"ZOOM{wid}@zoom.us", start=start, end=end,
                summary="RevScale Live: The Discovery Masterclass", organizer=("RevScale Events", "events@revscale.example"),
                attendees=[attendee(OWNER_NAME, OWNER)], description=f"Join: https://revscale.zoom.us/w/{wid}",
                location=f"https://revscale.zoom.us/w/{wid}", stamp=sent, tzid="America/New_York", tzkey="NY")
    ics = calendar("-//zoom.us//iCalendar Event//EN", "REQUEST", [ev], [vtz_iana("America/New_York")])
    body = multi("mixed", [alt(k + "a", t), ics_attachment(ics, "webinar.ics")], k + "m")
    e = eml(k, sent, frm="RevScale Events <no-reply@zoom.us>", to=addr(OWNER_NAME, OWNER),
            subject="RevScale Live: The Discovery Masterclass Confirmation", body=body,
            mid=mid_at(k, "zoom.us"), reply_to="events@revscale.example", host="mx-out.zoom.us", ip="198.51.100.8")
    lab = label([], "medium", "negative/webinar",
                "Zoom webinar registration (SaaStr-style) with .ics; agenda includes 'a live interview with a CRO'.")
    case("saastr-style-webinar-registration", [("01-zoom-webinar-confirmation.eml", e)], lab,
         ["08 (negative): webinar Oct 29, 12pm EDT = 4pm GMT (gap week)"])


def c09():
    """Kettlebridge (Berlin): Lever confirmation, then cancellation by mail + METHOD:CANCEL."""
    k = "c09"
    lena = ("Lena Vogt", "lena.vogt@kettlebridge.example")
    jonas = ("Jonas Albrecht", "jonas.albrecht@kettlebridge.example")
    start = at("BER", 2026, 10, 21, 15, 0, wd="Wed", off=2)
    end = start + timedelta(hours=1)
    is_local(start, "DUB", 14, 0, off=1)
    uid = f"{uuidish(k + 'lever')}@hire.lever.co"
    s1 = at("BER", 2026, 10, 14, 10, 41, 19, wd="Wed", off=2)
    t1 = f"""Hi Aoife,

You're confirmed for the following interview with Kettlebridge:

Hiring Manager Interview - Jonas Albrecht (Head of Sales, UK & Ireland)
Wednesday, October 21, 2026
3:00 PM - 4:00 PM CEST (2:00 PM - 3:00 PM Irish time)
Video call: https://meet.google.com/kbr-jnas-uki

A calendar invitation is attached. If you need to make changes, please reply to Lena Vogt at
lena.vogt@kettlebridge.example.

Kettlebridge Talent Team
"""
    ev = vevent(uid=uid, start=start, end=end, summary="Interview: Aoife Brennan <> Jonas Albrecht (Kettlebridge)",
                organizer=lena, attendees=[attendee(*jonas), attendee(OWNER_NAME, OWNER)],
                description="Account Executive, UK & Ireland - Hiring Manager Interview\nhttps://meet.google.com/kbr-jnas-uki",
                location="https://meet.google.com/kbr-jnas-uki", stamp=s1)
    ics1 = calendar("-//Lever//Lever Hire//EN", "REQUEST", [ev])
    m1 = mid_at(k + "1", "hire.lever.co")
    e1 = eml(k + "1", s1, frm="Kettlebridge <no-reply@hire.lever.co>", to=addr(OWNER_NAME, OWNER),
             subject="Interview confirmed: Account Executive, UK & Ireland at Kettlebridge",
             body=multi("mixed", [alt(k + "1a", t1), ics_attachment(ics1)], k + "1m"), mid=m1,
             reply_to=addr(*lena), host="mail.hire.lever.co", ip="198.51.100.33")
    s2 = at("BER", 2026, 10, 19, 17, 10, 44, wd="Mon", off=2)
    t2 = ("Hi Aoife,\n\nI'm really sorry to be writing this. We need to cancel Wednesday's conversation with Jonas:\n"
          "our UK & Ireland headcount for Q1 was frozen this afternoon pending the new budget cycle, so we're\n"
          "pausing every process for the role. It's not a reflection on you at all - Jonas was looking forward\n"
          "to meeting you.\n\nI'll be in touch the moment the req reopens. You'll get a calendar cancellation "
          "separately.\n\nWarm regards,\nLena\n\nLena Vogt | Senior Talent Partner | Kettlebridge GmbH, Berlin\n")
    m2 = mid_at(k + "2", "kettlebridge.example")
    e2 = eml(k + "2", s2, frm=addr(*lena), to=addr(OWNER_NAME, OWNER),
             subject="Re: Interview confirmed: Account Executive, UK & Ireland at Kettlebridge",
             body=plain(t2), mid=m2, irt=m1, refs=m1, host="mail-ej1-f47.google.com")
    s3 = at("BER", 2026, 10, 19, 17, 12, 3, wd="Mon", off=2)
    t3 = ("Hi Aoife,\n\nThe following interview with Kettlebridge has been canceled:\n\n"
          "Hiring Manager Interview - Jonas Albrecht\nWednesday, October 21, 2026, 3:00 PM - 4:00 PM CEST\n\n"
          "If you have questions, reply to Lena Vogt at lena.vogt@kettlebridge.example.\n\nKettlebridge Talent Team\n")
    evc = vevent(uid=uid, start=start, end=end, summary="Canceled: Interview: Aoife Brennan <> Jonas Albrecht (Kettlebridge)",
                 organizer=lena, attendees=[attendee(*jonas), attendee(OWNER_NAME, OWNER)],
                 description="This interview has been canceled.", stamp=s3, seq=1, status="CANCELLED")
    ics3 = calendar("-//Lever//Lever Hire//EN", "CANCEL", [evc])
    e3 = eml(k + "3", s3, frm="Kettlebridge <no-reply@hire.lever.co>", to=addr(OWNER_NAME, OWNER),
             subject="Interview canceled: Account Executive, UK & Ireland at Kettlebridge",
             body=multi("mixed", [alt(k + "3a", t3), ics_attachment(ics3, "cancel.ics", "CANCEL")], k + "3m"),
             mid=mid_at(k + "3", "hire.lever.co"), reply_to=addr(*lena), host="mail.hire.lever.co", ip="198.51.100.33")
    lab = label([iv("Kettlebridge", "Account Executive, UK & Ireland", start, end, "cancelled", [jonas[1]],
                    [jonas[1]], "hiring_manager")], "medium", "positive/lever-cancelled",
                "Lever confirmation + .ics, then recruiter cancels (headcount freeze) and Lever sends METHOD:CANCEL "
                "with SEQUENCE:1. Kept as cancelled at the last scheduled time.")
    case("lever-berlin-interview-cancelled",
         [("01-lever-confirmed.eml", e1), ("02-lena-need-to-cancel.eml", e2), ("03-lever-canceled.eml", e3)], lab,
         ["09: Oct 21, 3pm CEST (+02:00) = 2pm IST (+01:00)"])


def c10():
    """Negative: Teams invite for a customer QBR she hosts at her current job."""
    k = "c10"
    sent = at("DUB", 2026, 10, 26, 14, 2, 16, wd="Mon", off=0)
    start = at("DUB", 2026, 11, 19, 10, 0, wd="Thu", off=0)
    end = start + timedelta(hours=1)
    henrik = ("Henrik Vos", "henrik.vos@ostaralogistics.example")
    ilse = ("Ilse Bakker", "ilse.bakker@ostaralogistics.example")
    declan = ("Declan Furlong", "declan.furlong@quillstack.example")
    subject = "Ostara Logistics x Quillstack | Q4 Business Review"
    text = ("When: Thursday, November 19, 2026 10:00 AM-11:00 AM. (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n"
            "Where: Microsoft Teams Meeting\n\nHi Henrik, Ilse,\n\nLooking forward to our Q4 review. Proposed agenda:\n"
            "1. Adoption and usage since go-live\n2. Month-end close time: baseline vs. today\n"
            "3. Roadmap preview for Q1\n4. Renewal timeline and the Rotterdam entity\n\n"
            "Declan Furlong, our Head of Customer Success, will join as well.\n\nBest,\nAoife\n\n" + teams_block(k))
    ics = exchange_event(k, uid=exchange_uid(k), start=start, end=end, summary=subject, organizer=(OWNER_NAME, WORK),
                         attendees=[(henrik[0], henrik[1], "REQ-PARTICIPANT"), (ilse[0], ilse[1], "REQ-PARTICIPANT"),
                                    (declan[0], declan[1], "OPT-PARTICIPANT"),
                                    ("Aoife Brennan (personal)", OWNER, "OPT-PARTICIPANT")],
                         description=text, location="Microsoft Teams Meeting", stamp=sent, tzname="GMT Standard Time")
    e = exchange_invite(k, sent=sent, frm=addr(OWNER_NAME, WORK),
                        to=addrs([henrik, ilse, ("Aoife Brennan (personal)", OWNER)]), cc=addr(*declan),
                        subject=subject, text=text, ics=ics, tenant="DB9PR03")
    lab = label([], "medium", "negative/customer-qbr-she-hosts",
                "Teams invite Aoife (work account) sends to a customer for a QBR, copying her personal calendar.")
    case("customer-qbr-she-hosts-teams", [("01-qbr-teams-invite.eml", e)], lab)


def c11():
    """Rangeway (Austin): GoodTime confirmation with two interviews on two days, after US fall-back."""
    k = "c11"
    hailey = ("Hailey Brooks", "hailey.brooks@rangeway.example")
    kayla = ("Kayla Ruiz", "kayla.ruiz@rangeway.example")
    theo = ("Theo Mendes", "theo.mendes@rangeway.example")
    brandon = ("Brandon Pike", "brandon.pike@rangeway.example")
    sent = at("AUS", 2026, 10, 28, 15, 40, 26, wd="Wed", off=-5)
    a1 = at("AUS", 2026, 11, 3, 10, 0, wd="Tue", off=-6)
    b1 = a1 + timedelta(minutes=45)
    a2 = at("AUS", 2026, 11, 4, 9, 0, wd="Wed", off=-6)
    b2 = a2 + timedelta(hours=1)
    is_local(a1, "DUB", 16, 0, off=0)
    is_local(a2, "DUB", 15, 0, off=0)
    z1 = f"https://rangeway.zoom.us/j/9612{int(hx('z1', k, n=6), 16) % 10**7:07d}"
    z2 = f"https://rangeway.zoom.us/j/9612{int(hx('z2', k, n=6), 16) % 10**7:07d}"
    t = f"""Hi Aoife,

Great news - your next two conversations with Rangeway are booked. Calendar invites for both are attached.

Tuesday, November 3, 2026
Meet the Team | 10:00 AM - 10:45 AM CST (4:00 PM - 4:45 PM GMT)
With: Kayla Ruiz, Account Executive, and Theo Mendes, Account Executive
Zoom: {z1}

Wednesday, November 4, 2026
Hiring Manager Interview | 9:00 AM - 10:00 AM CST (3:00 PM - 4:00 PM GMT)
With: Brandon Pike, Regional Sales Director, EMEA
Zoom: {z2}

Heads-up: US clocks go back on Sunday, November 1, so both sessions are shown in Central Standard Time.

Kayla and Theo want to hear how you actually work a territory day to day - it's relaxed, bring your
questions about the team. Brandon's session goes deeper on forecasting and deal reviews.

If something comes up, just reply here and I'll sort it.

Hailey Brooks
Recruiting Coordinator | Rangeway, Austin TX

Scheduled with GoodTime
"""
    ev1 = vevent(uid=f"gt-{hx('gt1', k, n=20)}@goodtime.io", start=a1, end=b1,
                 summary="Rangeway: Meet the Team - Aoife Brennan (Senior AE, EMEA)", organizer=hailey,
                 attendees=[attendee(*kayla), attendee(*theo), attendee(OWNER_NAME, OWNER)],
                 description=f"Meet the Team with Kayla Ruiz and Theo Mendes\nZoom: {z1}", location=z1, stamp=sent,
                 tzid="America/Chicago", tzkey="AUS")
    ev2 = vevent(uid=f"gt-{hx('gt2', k, n=20)}@goodtime.io", start=a2, end=b2,
                 summary="Rangeway: Hiring Manager Interview - Aoife Brennan (Senior AE, EMEA)", organizer=hailey,
                 attendees=[attendee(*brandon), attendee(OWNER_NAME, OWNER)],
                 description=f"Hiring Manager Interview with Brandon Pike\nZoom: {z2}", location=z2, stamp=sent,
                 tzid="America/Chicago", tzkey="AUS")
    ics1 = calendar("-//GoodTime.io//GoodTime Hire//EN", "REQUEST", [ev1], [vtz_iana("America/Chicago")])
    ics2 = calendar("-//GoodTime.io//GoodTime Hire//EN", "REQUEST", [ev2], [vtz_iana("America/Chicago")])
    body = multi("mixed", [alt(k + "a", t, html_cte="base64"), ics_attachment(ics1, "meet-the-team.ics"),
                           ics_attachment(ics2, "hiring-manager-interview.ics")], k + "m")
    e = eml(k, sent, frm="Hailey Brooks via GoodTime <notifications@goodtime.io>", to=addr(OWNER_NAME, OWNER),
            subject="Your interviews with Rangeway are scheduled - Senior Account Executive, EMEA", body=body,
            mid=mid_at(k, "goodtime.io"), reply_to=addr(*hailey), host="mail.goodtime.io", ip="198.51.100.57")
    role = "Senior Account Executive, EMEA"
    lab = label([iv("Rangeway", role, a1, b1, "scheduled", [kayla[1], theo[1]], [kayla[1], theo[1]], "onsite"),
                 iv("Rangeway", role, a2, b2, "scheduled", [brandon[1]], [brandon[1]], "hiring_manager")],
                "medium", "positive/two-interviews-goodtime",
                "One GoodTime mail with two .ics attachments: meet-the-team with two AEs (panel -> onsite) on Nov 3 "
                "and hiring-manager interview on Nov 4. Sent while Austin is on CDT, both sessions on CST.")
    case("goodtime-two-interviews-austin", [("01-goodtime-interviews-scheduled.eml", e)], lab,
         ["11: sent Oct 28 (CDT -05:00); Nov 3 10am CST (-06:00) = 4pm GMT and Nov 4 9am CST = 3pm GMT"])


def c12():
    """Voltora (Amsterdam): brief from coordinator, then Ashby confirmation of a pipeline-plan panel."""
    k = "c12"
    femke = ("Femke Visser", "femke.visser@voltora.example")
    sanne = ("Sanne de Graaf", "sanne.degraaf@voltora.example")
    pieter = ("Pieter Jansen", "pieter.jansen@voltora.example")
    ruth = ("Ruth Okonkwo", "ruth.okonkwo@voltora.example")
    start = at("AMS", 2026, 11, 5, 14, 0, wd="Thu", off=1)
    end = start + timedelta(hours=1)
    is_local(start, "DUB", 13, 0, off=0)
    s1 = at("AMS", 2026, 10, 30, 11, 15, 3, wd="Fri", off=1)
    t1 = """Hi Aoife,

As promised, here's the brief for the final-stage panel.

The task: build a 90-day pipeline plan for a new Sales Manager owning UK & Ireland mid-market. Assume
a team of four AEs and one SDR, and a EUR 2.4M net-new target for the year. We want to see where the
pipeline comes from (inbound, outbound, partners), how you'd coach the team to hit 3x coverage, and
what you'd report to leadership every week.

Format: 25 minutes presenting, 35 minutes of questions from the panel - Sanne (VP Sales EMEA), Pieter
(Sales Director, Benelux) and Ruth (Revenue Operations). Slides are up to you; we care more about the
thinking than the design.

You'll get the formal invite from our scheduling system in a moment.

Groetjes,
Femke

Femke Visser | Talent Coordinator | Voltora, Amsterdam
"""
    m1 = mid_at(k + "1", "voltora.example")
    e1 = eml(k + "1", s1, frm=addr(*femke), to=addr(OWNER_NAME, OWNER),
             subject="Voltora - your pipeline plan presentation (brief inside)", body=alt(k + "1a", t1),
             mid=m1, host="mail-ed1-f44.google.com")
    s2 = at("AMS", 2026, 10, 30, 11, 32, 48, wd="Fri", off=1)
    meet = "vlt-ppln-pnl"
    t2 = f"""Hi Aoife,

Your interview with Voltora has been scheduled.

Sales Manager, UK & Ireland - Pipeline Plan Presentation (Panel)
Thursday, November 5, 2026 - 14:00 - 15:00 CET (13:00 - 14:00 GMT, Dublin)
Google Meet: https://meet.google.com/{meet}

Interviewers
- Sanne de Graaf, VP Sales EMEA
- Pieter Jansen, Sales Director, Benelux
- Ruth Okonkwo, Revenue Operations Lead

Please share your screen from the start; the panel will hold questions until you finish presenting.
Questions? Reply to this email to reach Femke Visser.

Sent via Ashby on behalf of Voltora
"""
    ev = vevent(uid=f"{uuidish(k + 'ashby')}@ashbyhq.com", start=start, end=end,
                summary="Voltora: Pipeline Plan Presentation (Panel) - Aoife Brennan", organizer=femke,
                attendees=[attendee(*sanne), attendee(*pieter), attendee(*ruth), attendee(OWNER_NAME, OWNER)],
                description=f"Sales Manager, UK & Ireland - final stage panel.\nGoogle Meet: https://meet.google.com/{meet}",
                location=f"https://meet.google.com/{meet}", stamp=s2)
    ics = calendar("-//Ashby//Ashby Scheduling//EN", "REQUEST", [ev])
    e2 = eml(k + "2", s2, frm="Voltora Recruiting <no-reply@ashbyhq.com>", to=addr(OWNER_NAME, OWNER),
             subject="Interview Scheduled: Voltora - Sales Manager, UK & Ireland",
             body=multi("mixed", [alt(k + "2a", t2, html_cte="base64"), ics_attachment(ics)], k + "2m"),
             mid=mid_at(k + "2", "ashbyhq.com"), reply_to=addr(*femke), host="mail.ashbyhq.com", ip="198.51.100.64")
    panel = [sanne[1], pieter[1], ruth[1]]
    lab = label([iv("Voltora", "Sales Manager, UK & Ireland", start, end, "scheduled", panel, panel, "onsite")],
                "medium", "positive/ashby-panel-presentation",
                "Pipeline-plan presentation to a three-person panel (kind onsite). Coordinator's brief mail has no "
                "time; the Ashby confirmation (+ .ics in UTC) has it.")
    case("ashby-pipeline-plan-panel-amsterdam", [("01-femke-presentation-brief.eml", e1),
                                                  ("02-ashby-interview-scheduled.eml", e2)], lab,
         ["12: Nov 5, 14:00 CET (+01:00) = 13:00 GMT (both zones already on winter time)"])


# ============================================================================= cases 13-23
def c13():
    """Negative: LinkedIn Sales Navigator live training registration."""
    k = "c13"
    sent = at("SF", 2026, 10, 26, 8, 30, 0, wd="Mon", off=-7)
    start = at("DUB", 2026, 11, 3, 15, 0, wd="Tue", off=0)
    t = f"""Hi Aoife,

You're all set for Sales Navigator Essentials, a live 60-minute session led by a LinkedIn Sales
Solutions trainer.

Tuesday, November 3, 2026
3:00 PM - 4:00 PM GMT

What we'll cover
- Building lead and account lists with advanced filters
- Saved searches that alert you when buyers change jobs
- TeamLink: finding warm paths into your accounts
- Writing InMail that actually gets answered

Join the session: https://linkedin.zoom.us/w/{int(hx('li', k, n=10), 16) % 10**11:011d}

Can't make it live? Stay registered and we'll send you the recording.

LinkedIn Sales Solutions
"""
    assert start.hour == 15
    e = eml(k, sent, frm="LinkedIn Sales Navigator <sales-navigator@linkedin.com>", to=addr(OWNER_NAME, OWNER),
            subject="You're registered: Sales Navigator Essentials - Live Training (EMEA)",
            body=alt(k + "a", t, html_cte="base64"), mid=mid_at(k, "linkedin.com"),
            host="mailb-dd.linkedin.com", ip="198.51.100.150")
    lab = label([], "easy", "negative/vendor-training",
                "LinkedIn Sales Navigator live training registration; date and time but no hiring process.")
    case("sales-navigator-live-training", [("01-linkedin-training-registered.eml", e)], lab)


def c14():
    """Harbourline (Dublin office): ModernLoop itinerary + three Google invites = one onsite loop."""
    k = "c14"
    orla = ("Orla Nash", "orla.nash@harbourline.example")
    sinead = ("Sinéad Hogan", "sinead.hogan@harbourline.example")
    luke = ("Luke Farrell", "luke.farrell@harbourline.example")
    conor = ("Conor Lynch", "conor.lynch@harbourline.example")
    meredith = ("Meredith Ames", "meredith.ames@harbourline.example")
    sess = [
        (at("DUB", 2026, 11, 10, 10, 0, wd="Tue", off=0), 45, "Meet the Team", [sinead, luke]),
        (at("DUB", 2026, 11, 10, 11, 0, wd="Tue", off=0), 45, "Hiring Manager", [conor]),
        (at("DUB", 2026, 11, 10, 12, 30, wd="Tue", off=0), 45, "VP of Sales", [meredith]),
    ]
    loc = "Harbourline, 3rd Floor, The Warehouse, Barrow Street, Dublin 4"
    s1 = at("DUB", 2026, 11, 3, 14, 22, 37, wd="Tue", off=0)
    t1 = f"""Hi Aoife,

We're excited to host you at the Dublin office next week! Here's your itinerary for Tuesday 10 November:

10:00 - 10:45  Meet the Team - Sinéad Hogan and Luke Farrell (Account Executives, Mid-Market)
11:00 - 11:45  Hiring Manager - Conor Lynch (Sales Manager, Mid-Market EMEA)
11:45 - 12:30  Lunch with a few of the team (no interview, just food)
12:30 - 13:15  VP of Sales - Meredith Ames (in from Austin for the week)

Where: {loc}. Ask for me at reception when you arrive; I'll meet you downstairs around 9:50.

Three calendar invites are on their way from my calendar, one per conversation.

See you Tuesday,
Orla

Orla Nash | Recruiting Coordinator, EMEA | Harbourline
Scheduled with ModernLoop
"""
    m1 = mid_at(k + "1", "harbourline.example")
    items = [("01-orla-onsite-itinerary.eml",
              eml(k + "1", s1, frm=addr(*orla), to=addr(OWNER_NAME, OWNER),
                  subject="Your onsite at Harbourline Dublin - Tuesday 10 November",
                  body=alt(k + "1a", t1), mid=m1, host="mail-wr1-f52.google.com",
                  extra=[("X-ModernLoop-Candidate", hx("ml", k, n=12))]))]
    descs = ["Relaxed conversation with two AEs from the Mid-Market team about how the team works day to day.",
             "Conor leads the Mid-Market EMEA team; expect a walk-through of a deal you're proud of.",
             "Meredith is VP of Sales. Big-picture conversation about where the Dublin team is headed."]
    for i, ((st, mins, name, people), d) in enumerate(zip(sess, descs), start=2):
        sent = s1 + timedelta(minutes=2, seconds=11 * i)
        guests = [(orla[0], orla[1], "REQ-PARTICIPANT")] + [(n, e, "REQ-PARTICIPANT") for n, e in people] + \
                 [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")]
        summ = f"Harbourline Onsite ({i - 1}/3): {name} - Aoife Brennan"
        items.append((f"{i:02d}-invitation-onsite-{name.lower().replace(' ', '-')}.eml",
                      google_invite(k + str(i), sent=sent, organizer=orla, guests=guests, start=st,
                                    end=st + timedelta(minutes=mins), summary=summ, description=d,
                                    uid=f"{hx('ml-uid', k, i, n=26)}@google.com", location=loc)))
    start, end = sess[0][0], sess[2][0] + timedelta(minutes=45)
    assert (end.hour, end.minute) == (13, 15)
    ivs = [sinead[1], luke[1], conor[1], meredith[1]]
    lab = label([iv("Harbourline", "Account Executive, Mid-Market (Dublin)", start, end, "scheduled", ivs, ivs,
                    "onsite")], "hard", "positive/onsite-loop-several-invites",
                "Dublin in-office loop on one day sent as an itinerary plus three separate Google invites (10:00, "
                "11:00, 12:30, lunch in between): one onsite 10:00-13:15 GMT with all four interviewers; the "
                "coordinator/organizer is not an interviewer.")
    case("modernloop-dublin-onsite-three-invites", items, lab,
         ["14: Nov 10 in-office loop 10:00-13:15 GMT (+00:00), Google subjects '(GMT)'"])


def c15():
    """Negative: rejection after a hiring-manager round."""
    k = "c15"
    sent = at("NY", 2026, 10, 29, 13, 10, 55, wd="Thu", off=-4)
    t = """Hi Aoife,

Thank you for speaking with Grace and with Marco Bellini on our sales team last week, and for the
thought you put into Tuesday afternoon's conversation about your territory plan.

It was a genuinely close call, but we've decided to move forward with a candidate whose experience
lines up more closely with our immediate focus on the DACH market.

We'd love to stay in touch - we expect to open more roles on the Dublin team in 2027, and we'd be glad
to hear from you then.

Best of luck with your search,
The Orbitdesk Talent Team
"""
    e = eml(k, sent, frm="Orbitdesk Talent <no-reply@us.greenhouse-mail.io>", to=addr(OWNER_NAME, OWNER),
            subject="Your application to Orbitdesk - Account Executive, EMEA", body=alt(k + "a", t),
            mid=mid_at(k, "us.greenhouse-mail.io"), reply_to=addr("Grace Liu", "grace.liu@orbitdesk.example"),
            host="o1.us.greenhouse-mail.io", ip="198.51.100.72")
    lab = label([], "easy", "negative/rejection",
                "Greenhouse rejection that mentions a past interview ('Tuesday afternoon').")
    case("rejection-after-hm-round", [("01-orbitdesk-update.eml", e)], lab)


def c16():
    """Corrib Cloud (Dublin): 'tomorrow at 2' in person with the CRO, body only."""
    k = "c16"
    aisling = ("Aisling Daly", "aisling.daly@corribcloud.example")
    fionnuala = ("Fionnuala Kearney", "fionnuala.kearney@corribcloud.example")
    s1 = at("DUB", 2026, 11, 16, 16, 42, 10, wd="Mon", off=0)
    start = at("DUB", 2026, 11, 17, 14, 0, wd="Tue", off=0)
    assert start.date() == (s1 + timedelta(days=1)).date()
    end = start + timedelta(minutes=30)
    t1 = """Hi Aoife,

Bit last-minute, I know, but Fionnuala Kearney, our CRO, is over from London tomorrow and has a gap
in her day. Any chance you could pop into the office tomorrow at 2 for a quick 30? It would be the
next step for the SDR Team Lead role - she likes to meet anyone who'll be running a team before we go
any further.

We're at 2 Hanover Quay, Grand Canal Dock, 4th floor. I've copied Fionnuala so she's in the loop.

Thanks a million,
Aisling

Aisling Daly | Talent Partner | Corrib Cloud
"""
    m1 = mid_at(k + "1", "corribcloud.example")
    e1 = eml(k + "1", s1, frm=addr(*aisling), to=addr(OWNER_NAME, OWNER), cc=addr(*fionnuala),
             subject="Quick one - tomorrow?", body=plain(t1), mid=m1, host="mail-wm1-f43.google.com")
    s2 = at("DUB", 2026, 11, 16, 17, 5, 48, wd="Mon", off=0)
    t2 = ("Hi Aisling,\n\nNo problem at all, 2pm tomorrow suits me. Looking forward to meeting you, Fionnuala.\n\n"
          "Best,\nAoife\n\n" + quote(t1, s1, *aisling, "DUB"))
    m2 = gmail_mid(k + "2")
    e2 = eml(k + "2", s2, frm=addr(OWNER_NAME, OWNER), to=addr(*aisling), cc=addr(*fionnuala),
             subject="Re: Quick one - tomorrow?", body=plain(t2), mid=m2, irt=m1, refs=m1)
    s3 = at("DUB", 2026, 11, 16, 17, 31, 2, wd="Mon", off=0)
    t3 = ("Brilliant - you're on the visitor list for 2. Just ask for Fionnuala at the ground-floor reception.\n\n"
          "Aisling\n")
    e3 = eml(k + "3", s3, frm=addr(*aisling), to=addr(OWNER_NAME, OWNER), cc=addr(*fionnuala),
             subject="Re: Quick one - tomorrow?", body=alt(k + "3a", t3, html_cte="base64"),
             mid=mid_at(k + "3", "corribcloud.example"), irt=m2, refs=f"{m1} {m2}", host="mail-wm1-f43.google.com")
    lab = label([iv("Corrib Cloud", "SDR Team Lead", start, end, "scheduled", [fionnuala[1]], [fionnuala[1]],
                    "other")], "medium", "positive/relative-date-body-only",
                "'Tomorrow at 2 for a quick 30' resolved against Mon 16 Nov Date header -> Tue 17 Nov 14:00-14:30 "
                "GMT, in person with the CRO (cc'd).")
    case("body-only-tomorrow-at-2-cro-dublin",
         [("01-aisling-tomorrow.eml", e1), ("02-aoife-works.eml", e2), ("03-aisling-visitor-list.eml", e3)], lab,
         ["16: 'tomorrow at 2' from Mon Nov 16 (+0000) -> Nov 17 14:00 GMT"])


def c17():
    """Negative: recruiter outreach with an unbooked Calendly link."""
    k = "c17"
    sent = at("SF", 2026, 11, 3, 9, 14, 27, wd="Tue", off=-8)
    for hh, dub in ((9, 17), (11, 19)):
        is_local(at("SF", 2026, 11, 4, hh, 0), "DUB", dub, 0)
    t = """Hey Aoife,

Hunter here - I lead GTM recruiting at Lumaforge (usage-based billing for dev-tool companies). We're
standing up our first Dublin pod in Q1: three AEs and a Sales Manager, and your Quillstack background
is pretty much exactly the profile.

Would love to loop you in on what we're building. If you're up for a quick 20, grab any slot on my
Calendly: https://calendly.com/hunter-lumaforge/intro-20

My mornings PT are usually easiest, which is 5-7pm your time.

No pressure either way!
Hunter

Hunter Blake | Head of GTM Recruiting | Lumaforge, San Francisco
"""
    e = eml(k, sent, frm=addr("Hunter Blake", "hunter.blake@lumaforge.example"), to=addr(OWNER_NAME, OWNER),
            subject="Lumaforge is building a Dublin sales pod", body=alt(k + "a", t), mid=gmail_mid(k),
            host="mail-pf1-f173.google.com")
    lab = label([], "medium", "negative/unbooked-calendly-link",
                "Recruiter outreach with a Calendly link and a time window; nothing booked.")
    case("unbooked-calendly-link-sf", [("01-hunter-dublin-pod.eml", e)], lab)


def c18():
    """Noordlicht (Amsterdam): standalone Outlook .ics recruiter screen, misleading (UTC+01:00) label."""
    k = "c18"
    bas = ("Bas Hendriks", "bas.hendriks@noordlicht.example")
    stamp = at("AMS", 2026, 10, 2, 16, 40, 0, wd="Fri", off=2)
    start = at("AMS", 2026, 10, 8, 10, 30, wd="Thu", off=2)
    end = start + timedelta(minutes=30)
    is_local(start, "DUB", 9, 30, off=1)
    zid = f"{int(hx('zoom', k, n=8), 16) % 10**11:011d}"
    desc = (f"When: Thursday, 8 October 2026 10:30-11:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\n\n"
            "Hi Aoife,\n\nLooking forward to our intro call about the Senior Account Executive role for Ireland. "
            "Thirty minutes, informal: I'll tell you about Noordlicht and the team, you tell me about your deals "
            "and what you're looking for.\n\n"
            f"Zoom: https://noordlicht.zoom.us/j/{zid}?pwd={hx('pwd', k, n=22)}\n"
            f"Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\nPasscode: 441298\n\n"
            "Bas Hendriks\nTalent Acquisition Partner, Noordlicht")
    ics = exchange_event(k, uid=exchange_uid(k), start=start, end=end,
                         summary="Intro call Noordlicht - Aoife Brennan (Senior AE, Ireland)", organizer=bas,
                         attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], description=desc,
                         location=f"https://noordlicht.zoom.us/j/{zid}", stamp=stamp,
                         tzname="W. Europe Standard Time")
    lab = label([iv("Noordlicht", "Senior Account Executive, Ireland", start, end, "scheduled", [bas[1]], [bas[1]],
                    "phone_screen")], "medium", "positive/standalone-outlook-ics",
                "Standalone Outlook .ics, TZID 'W. Europe Standard Time'; description carries the Windows label "
                "'(UTC+01:00) Amsterdam...' but Oct 8 is CEST (+02:00): 10:30 Amsterdam = 09:30 Dublin.")
    case("standalone-outlook-ics-screen-amsterdam", [("01-noordlicht-intro-call.ics", ics.encode("utf-8"))], lab,
         ["18: Oct 8, 10:30 CEST (+02:00) = 09:30 IST; Windows label says (UTC+01:00)"])


def c19():
    """Negative: paid mock AE interview with a coach, booked through Calendly (with .ics)."""
    k = "c19"
    shane = ("Shane Kiely", "shane@pipelinepro.example")
    sent = at("DUB", 2026, 10, 30, 20, 14, 9, wd="Fri", off=0)
    start = at("DUB", 2026, 11, 7, 11, 0, wd="Sat", off=0)
    end = start + timedelta(hours=1)
    evname = "Mock AE Interview + Discovery Role-Play (60 min)"
    t = f"""Hi Aoife Brennan,

A new event has been scheduled.

Event Type: {evname}
Invitee: Aoife Brennan
Invitee Email: aoife.brennan@example.com
Event Date/Time: 11:00am - Saturday, November 7, 2026 (Greenwich Mean Time)
Location: Zoom - the link will be sent by Shane before the session
Payment: EUR 95.00 paid via Stripe

Questions from Shane:
Which interviews are you preparing for? - Final rounds for AE roles at a couple of US SaaS companies
What do you want feedback on? - Structuring discovery and handling the pricing question

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuidish(k + 'c')}
Reschedule: https://calendly.com/reschedulings/{uuidish(k + 'r')}

Powered by Calendly.com
"""
    ev = vevent(uid=f"{uuidish(k + 'uid')}@calendly.com", start=start, end=end,
                summary=f"{evname} between Shane Kiely and Aoife Brennan", organizer=shane,
                attendees=[attendee(*shane, "ACCEPTED"), attendee(OWNER_NAME, OWNER, "ACCEPTED")],
                description="PipelinePro Coaching - paid interview practice session.", location="Zoom", stamp=sent)
    ics = calendar("-//Calendly//Calendly Event//EN", "REQUEST", [ev])
    body = multi("mixed", [alt(k + "a", t, html_cte="base64"), ics_attachment(ics)], k + "m")
    e = eml(k, sent, frm="Calendly <notifications@calendly.com>", to=addr(OWNER_NAME, OWNER),
            subject=f"Confirmed: {evname} with Shane Kiely on Saturday, November 7, 2026", body=body,
            mid=mid_at(k, "calendly.com"), reply_to=addr(*shane), host="o3.email.calendly.com", ip="198.51.100.21")
    lab = label([], "hard", "negative/paid-mock-interview-coaching",
                "Paid coaching session 'Mock AE Interview + Discovery Role-Play' via Calendly with .ics; practice, "
                "not a hiring process (contrast with positive case 04).")
    case("paid-mock-ae-interview-coach", [("01-calendly-mock-interview-confirmed.eml", e)], lab)


def c20():
    """Timberline Data (Denver): Calendar API event only."""
    k = "c20"
    gwen = ("Gwen Talbot", "gwen.talbot@timberlinedata.example")
    tamsin = ("Tamsin Ward", "tamsin.ward@timberlinedata.example")
    start = at("DEN", 2026, 11, 12, 10, 0, wd="Thu", off=-7)
    end = start + timedelta(hours=1)
    is_local(start, "DUB", 17, 0, off=0)
    eid = hx("gcal", k, n=26)
    zoom = f"https://timberlinedata.zoom.us/j/8830{int(hx('z', k, n=6), 16) % 10**7:07d}"
    event = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('etag', k, n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-05T16:41:09.000Z",
        "updated": "2026-11-05T16:44:52.318Z",
        "summary": "Timberline Data - Hiring Manager Interview (Sales Manager, International)",
        "description": "Hi Aoife,\n\nThis is your hiring manager interview with Tamsin Ward, Senior Director of Sales. "
                       "10:00 MT / 17:00 Dublin. Tamsin will dig into how you'd coach a team of four AEs through "
                       f"a slipped quarter.\n\nZoom: {zoom}\n\nGwen (Recruiting Coordinator)",
        "location": zoom,
        "creator": {"email": gwen[1], "displayName": gwen[0]},
        "organizer": {"email": gwen[1], "displayName": gwen[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Denver"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Denver"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": gwen[1], "displayName": gwen[0], "organizer": True, "responseStatus": "accepted"},
            {"email": tamsin[1], "displayName": tamsin[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanSeeOtherGuests": True,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(event, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Timberline Data", "Sales Manager, International", start, end, "scheduled", [tamsin[1]],
                    [tamsin[1]], "hiring_manager")], "easy", "positive/gcal-api-json",
                "Calendar API event only (America/Denver, MST after Nov 1); coordinator organizes, hiring manager interviews.")
    case("gcal-json-hm-sales-manager-denver", [("01-timberline-hm-interview.gcal.json", data)], lab,
         ["20: Nov 12, 10am MST (-07:00) = 5pm GMT"])


def c21():
    """Negative: Aoife is the interviewer for an SDR candidate at her current company."""
    k = "c21"
    niamh = ("Niamh Gallagher", "niamh.gallagher@quillstack.example")
    sent = at("DUB", 2026, 11, 4, 12, 6, 40, wd="Wed", off=0)
    start = at("DUB", 2026, 11, 11, 10, 0, wd="Wed", off=0)
    end = start + timedelta(minutes=45)
    desc = ("Interviewer: Aoife Brennan\nCandidate: Ciarán Doyle\nJob: Sales Development Representative (Dublin)\n"
            "Interview: Cold-call role-play - you play the prospect (Head of Finance at a 150-person "
            "wholesaler). Score coachability and objection handling.\n"
            f"Scorecard: https://app.greenhouse.io/guides/{int(hx('sc', k, n=8), 16)}/people/{int(hx('p', k, n=8), 16)}\n"
            "Resume and application are linked from the scorecard. Please submit feedback within 24 hours.")
    guests = [(niamh[0], niamh[1], "REQ-PARTICIPANT"), (OWNER_NAME, WORK, "REQ-PARTICIPANT"),
              ("Aoife Brennan (personal)", OWNER, "OPT-PARTICIPANT")]
    e = google_invite(k, sent=sent, organizer=niamh, guests=guests, start=start, end=end,
                      summary="Interview: Ciarán Doyle (SDR) - Cold-Call Role-Play w/ Aoife Brennan",
                      description=desc, uid=f"{hx('guid', k, n=26)}@google.com", meet="qsk-sdrr-ply",
                      attendee_to=WORK, to_header=addr(OWNER_NAME, WORK))
    lab = label([], "hard", "negative/user-is-interviewer",
                "Greenhouse-generated Google invite at her current job: Aoife interviews an SDR candidate (she plays "
                "the prospect in the role-play). The owner is the interviewer, not the candidate.")
    case("owner-interviews-sdr-candidate", [("01-invitation-interviewer-sdr-roleplay.eml", e)], lab)


def c22():
    """Negative: offer with a proposed comp walk-through call."""
    k = "c22"
    carla = ("Carla Jimenez", "carla.jimenez@palisade.example")
    sent = at("AUS", 2026, 11, 9, 9, 30, 12, wd="Mon", off=-6)
    call = at("AUS", 2026, 11, 13, 10, 0, wd="Fri", off=-6)
    is_local(call, "DUB", 16, 0, off=0)
    t = """Hi Aoife,

I'm thrilled to let you know the team would like to offer you the Senior Account Executive, EMEA role
at Palisade! Everyone you met came away convinced you'd be a great fit for the Dublin launch.

The headline numbers: EUR 78,000 base and EUR 78,000 on-target variable (50/50 split), uncapped with
accelerators above 100% of quota, plus equity, with a start date in early January. The full offer
letter will come through DocuSign later today.

Can we grab 20 minutes on Friday at 10am CT / 4pm your time to walk through the comp plan and answer
any questions? If that doesn't suit, send me a couple of times that do.

Congrats again!
Carla

Carla Jimenez | Senior Recruiter | Palisade, Austin TX
"""
    e = eml(k, sent, frm=addr(*carla), to=addr(OWNER_NAME, OWNER),
            subject="Offer - Senior Account Executive, EMEA \U0001f389", body=alt(k + "a", t, html_cte="base64"),
            mid=gmail_mid(k), host="mail-qt1-f180.google.com")
    lab = label([], "hard", "negative/offer",
                "Offer e-mail proposing a comp walk-through call (Fri 10am CT / 4pm Dublin) - not an interview.")
    case("offer-with-comp-walkthrough-call", [("01-carla-offer.eml", e)], lab)


def c23():
    """Beaconrow (Boston): Gem mail proposes a time, candidate accepts, HM sends Google invite (dedupe)."""
    k = "c23"
    maya = ("Maya Lindqvist", "maya.lindqvist@beaconrow.example")
    derek = ("Derek Alvarez", "derek.alvarez@beaconrow.example")
    start = at("NY", 2026, 11, 18, 14, 0, wd="Wed", off=-5)
    end = start + timedelta(minutes=45)
    is_local(start, "DUB", 19, 0, off=0)
    s1 = at("NY", 2026, 11, 16, 10, 7, 30, wd="Mon", off=-5)
    t1 = """Hi Aoife,

Thanks again for the time Thursday - you came across really well. I'd like to get you in front of
Derek Alvarez, who runs our Enterprise team and would be your manager.

How does Wednesday 11/18 at 2pm ET / 7pm your time look? 45 minutes on Google Meet. If it works,
Derek will send the invite straight from his calendar.

Best,
Maya

--
Maya Lindqvist | Talent Acquisition | Beaconrow, Boston

If you'd rather not hear from me, just let me know.
"""
    m1 = gmail_mid(k + "1")
    e1 = eml(k + "1", s1, frm=addr(*maya), to=addr(OWNER_NAME, OWNER), subject="Beaconrow Enterprise AE - next step",
             body=alt(k + "1a", t1, to_html(t1, pixel=f"https://t.gem.com/o/{hx('gem', k, n=28)}.gif")),
             mid=m1, host="mail-qk1-f169.google.com")
    s2 = at("DUB", 2026, 11, 16, 15, 30, 4, wd="Mon", off=0)
    t2 = ("Hi Maya,\n\nWednesday at 2pm ET (7pm here) is perfect - thanks for setting it up.\n\nAoife\n\n"
          + quote(t1, s1, *maya, "DUB"))
    m2 = gmail_mid(k + "2")
    e2 = eml(k + "2", s2, frm=addr(OWNER_NAME, OWNER), to=addr(*maya), subject="Re: Beaconrow Enterprise AE - next step",
             body=plain(t2), mid=m2, irt=m1, refs=m1)
    s3 = at("NY", 2026, 11, 16, 11, 2, 19, wd="Mon", off=-5)
    guests = [(derek[0], derek[1], "REQ-PARTICIPANT"), (maya[0], maya[1], "OPT-PARTICIPANT"),
              (OWNER_NAME, OWNER, "REQ-PARTICIPANT")]
    e3 = google_invite(k + "3", sent=s3, organizer=derek, guests=guests, start=start, end=end,
                       summary="Beaconrow - Enterprise AE | Aoife Brennan / Derek Alvarez",
                       description="Looking forward to it, Aoife. We'll talk through a couple of your bigger deals "
                                   "and how you'd approach our Enterprise book in the UK & Ireland.\n\nDerek",
                       uid=f"{hx('guid', k, n=26)}@google.com", meet="bcn-drkk-ent")
    lab = label([iv("Beaconrow", "Enterprise Account Executive", start, end, "scheduled", [derek[1]], [derek[1]],
                    "hiring_manager")], "medium", "positive/dedupe-mail-and-invite",
                "Gem mail proposes 2pm ET / 7pm your time, candidate accepts, hiring manager's Google invite "
                "(recruiter optional guest, not an interviewer). One interview.")
    case("gem-mail-plus-invite-dedupe-boston", [("01-maya-next-step.eml", e1), ("02-aoife-accepts.eml", e2),
                                                ("03-invitation-derek.eml", e3)], lab,
         ["23: Nov 18, 2pm EST (-05:00) = 7pm GMT (5-hour gap again after Nov 1)"])


# ============================================================================= output
ORDER = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12,
         c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23]


def write_readme(labels):
    pos = [c for c, l in labels.items() if l["interview"]]
    neg = [c for c, l in labels.items() if not l["interview"]]
    ivs = [i for l in labels.values() for i in l["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    tz_lines = [f"- {p}" for _, _, _, pts in CASES for p in pts]
    lines = [
        "# blind297: sales roles at US and European SaaS companies (written blind)",
        "",
        f"Mailbox owner: Aoife Brennan <{OWNER}>, an Account Executive at Quillstack in Dublin "
        f"(work mail {WORK} auto-forwards to the personal mailbox), interviewing for SDR / AE / Sales "
        "Manager roles with US companies (Boston, Denver, San Francisco, Austin) and Dublin, Amsterdam and "
        "Berlin offices, remotely and in person. Oct-Nov 2026.",
        "",
        "This set was written blind: only the eval README (label schema and rules) and a couple of dev "
        "files (for format) were read; no tool code, tests or other sets.",
        "",
        "## What it stresses",
        "- Time-zone arithmetic across the 2026 autumn DST changes, including the Oct 25 - Oct 31 week where "
        "Dublin is on GMT while the US is still on daylight time (Boston-Dublin gap of 4 hours).",
        "- Sales-specific look-alikes: a mock discovery call that is a real interview step (positive) vs a paid "
        "mock interview with a coach (negative); Chili Piper bookings for a recruiter screen (positive) vs a "
        "prospect demo at her current job (negative); Aoife interviewing an SDR candidate; Gong, QBR, webinar, "
        "Sales Navigator training, rejection, offer with a call, unbooked Calendly link.",
        "- Body-only times (proposal/confirmation threads, 'tomorrow at 2'), reschedule via SEQUENCE, "
        "cancellation via METHOD:CANCEL, two interviews in one mail, an onsite loop sent as three invites, "
        "an interviewer present only on the invite.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} - by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats used",
        "- Plain human threads (text/plain quoted-printable; multipart/alternative with HTML in QP or base64), "
        "with In-Reply-To/References and Gmail-style quoting; Gem mails with tracking pixel",
        "- Google Calendar invitations (multipart/mixed: text/plain base64, text/html QP, "
        "text/calendar;method=REQUEST, invite.ics attachment), including an Updated invitation (SEQUENCE:1)",
        "- Exchange/Teams invites (multipart/alternative with text/calendar, Windows TZIDs 'Eastern Standard "
        "Time' / 'GMT Standard Time', X-MICROSOFT-CDO-* properties, '(UTC-05:00)' / '(UTC+00:00)' labels)",
        "- ATS / scheduler mails with .ics attachments: Greenhouse, Lever (REQUEST + CANCEL), Ashby, GoodTime "
        "(two .ics), ModernLoop, Chili Piper, Calendly, Zoom webinar; Gong and LinkedIn notifications",
        "- One standalone Outlook .ics (W. Europe Standard Time, '(UTC+01:00) Amsterdam...' label)",
        "- One Google Calendar API v3 event (.gcal.json, attendee with \"self\": true)",
        "",
        "## Time-zone / DST points (case number)",
        *tz_lines,
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    dst_checks()
    for d in sorted(OUT.glob("b297-*")):
        if d.is_dir():
            shutil.rmtree(d)
    lab_file = OUT / "labels.yaml"
    if lab_file.exists():
        lab_file.unlink()
    for fn in ORDER:
        fn()
    assert 20 <= len(CASES) <= 24
    labels = {}
    for n, (slug, items, lab, _) in enumerate(CASES, start=1):
        cid = f"b297-{n:02d}-{slug}"
        folder = OUT / cid
        folder.mkdir()
        for i, (name, data) in enumerate(items, start=1):
            assert name.startswith(f"{i:02d}-"), (cid, name)
            (folder / name).write_bytes(data)
        labels[cid] = lab
    text = ("# Labels for blind297 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    lab_file.write_text(text, encoding="utf-8")
    write_readme(labels)
    pos = sum(1 for l in labels.values() if l["interview"])
    print(f"wrote {len(labels)} cases ({pos} positive, {len(labels) - pos} negative), "
          f"{sum(len(l['interviews']) for l in labels.values())} interviews")


if __name__ == "__main__":
    main()
