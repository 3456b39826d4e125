#!/usr/bin/env python3
"""Generate the blind285 evaluation set: Amsterdam tech scale-ups (written blind).

Standard library + PyYAML + zoneinfo only.  Deletes and rewrites every b285-* case folder,
labels.yaml and README.md next to this script.  Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of SEED.
"""
import base64
import hashlib
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
SEED = "blind285|amsterdam-tech-scaleups|v1"
PREFIX = "b285"
OWNER = "sanne.devries@example.com"
OWNER_NAME = "Sanne de Vries"
OWNER_FMT = f"Sanne de Vries <{OWNER}>"

AMS = ZoneInfo("Europe/Amsterdam")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
BRU = ZoneInfo("Europe/Brussels")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----------------------------------------------------------------------------- hashing / ids
def h(*parts):
    return hashlib.sha256((SEED + "|" + "|".join(str(p) for p in parts)).encode()).hexdigest()


B32 = "abcdefghijklmnopqrstuv0123456789"


def alnum(key, n):
    """Deterministic lowercase base32-ish token (Google Calendar UID style)."""
    raw = bytes.fromhex(h(key) + h(key, "x"))
    return "".join(B32[b % 32] for b in raw)[:n]


def uuid_like(key):
    x = h(key)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def mid_gmail(key):
    t = base64.b64encode(bytes.fromhex(h(key)[:48])).decode().replace("/", "_").replace("+", "-")
    return f"<CA{t}@mail.gmail.com>"


def mid_outlook(key, region="eurprd04"):
    x = h(key).upper()
    return f"<AM{x[0]}PR0{x[1]}MB{x[2:6]}{x[6:30]}@AM{x[0]}PR0{x[1]}MB{x[2:6]}.{region}.prod.outlook.com>"


def mid_domain(key, domain):
    return f"<{h(key)[:32]}@{domain}>"


def mid_gcal(key):
    return f"<calendar-{uuid_like(key)}@google.com>"


def boundary(key, style="google"):
    x = h("boundary", key)
    if style == "google":
        return "0000000000" + x[:14]
    if style == "outlook":
        return f"_000_{x[:24].upper()}prodoutlookcom_"
    return f"----=_Part_{int(x[:8], 16) % 900000 + 100000}_{int(x[8:16], 16)}.{int(x[16:28], 16) % 10**13}"


# ----------------------------------------------------------------------------- time helpers
def T(s, wd, off, tz=AMS):
    """Parse a local time, assert its weekday and UTC offset (zoneinfo, 2026 DST rules)."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert WEEKDAYS[d.weekday()] == wd, (s, wd, WEEKDAYS[d.weekday()])
    got = d.strftime("%z")
    assert got[:3] + ":" + got[3:] == off, (s, tz, off, got)
    return d


def check_dst_2026():
    rules = [(NYC, (2026, 3, 8), "-0500", "-0400"), (NYC, (2026, 11, 1), "-0400", "-0500"),
             (AMS, (2026, 3, 29), "+0100", "+0200"), (AMS, (2026, 10, 25), "+0200", "+0100"),
             (BER, (2026, 10, 25), "+0200", "+0100"), (BRU, (2026, 10, 25), "+0200", "+0100"),
             (LON, (2026, 3, 29), "+0000", "+0100"), (LON, (2026, 10, 25), "+0100", "+0000")]
    for tz, (y, m, d), before, after in rules:
        assert datetime(y, m, d, 0, 30, tzinfo=tz).strftime("%z") == before, (tz, m, d)
        assert datetime(y, m, d, 12, 0, tzinfo=tz).strftime("%z") == after, (tz, m, d)
        assert datetime(y, m, d, tzinfo=tz).weekday() == 6  # all 2026 switches are Sundays


def rfc(d):
    return format_datetime(d)


def zulu(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def gtime(d):
    hr = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{hr}:{d.minute:02d}{ap}" if d.minute else f"{hr}{ap}"


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]


def nl_date(d):
    return f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month]} {d.year}"


# ----------------------------------------------------------------------------- MIME building
def enc_words(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def A(name, email):
    if not name:
        return email
    n = enc_words(name)
    if n == name and any(c in name for c in ',.;:()<>@"|'):
        n = '"' + name + '"'
    return f"{n} <{email}>"


def leaf(text, ctype="text/plain", cte="qp", params=""):
    data = text.encode("utf-8")
    if cte == "qp":
        body, name = quopri.encodestring(data).decode("ascii"), "quoted-printable"
    elif cte == "b64":
        body, name = base64.encodebytes(data).decode("ascii"), "base64"
    elif cte == "8bit":
        body, name = text, "8bit"
    else:
        text.encode("ascii")
        body, name = text, "7bit"
    if not body.endswith("\n"):
        body += "\n"
    hdrs = [("Content-Type", f'{ctype}; charset="UTF-8"{params}'), ("Content-Transfer-Encoding", name)]
    return ("leaf", hdrs, body)


def cal_leaf(ics_text, method="REQUEST"):
    body = base64.encodebytes(ics_text.encode("utf-8")).decode("ascii")
    return ("leaf", [("Content-Type", f'text/calendar; charset="UTF-8"; method={method}'),
                     ("Content-Transfer-Encoding", "base64")], body)


def attachment(data, filename, ctype="application/ics"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    body = base64.encodebytes(data).decode("ascii")
    return ("leaf", [("Content-Type", f'{ctype}; name="{filename}"'),
                     ("Content-Disposition", f'attachment; filename="{filename}"'),
                     ("Content-Transfer-Encoding", "base64")], body)


def multi(subtype, parts, key, style="google"):
    return ("multi", subtype, boundary(key, style), parts)


def render(node):
    if node[0] == "leaf":
        _, hdrs, body = node
        return "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n" + body
    _, subtype, b, parts = node
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"\n\n'
    for p in parts:
        out += f"--{b}\n" + render(p)
        if not out.endswith("\n"):
            out += "\n"
    return out + f"--{b}--\n"


def received(host, ip, d):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx1.example.com with ESMTPS id "
            f"{alnum(('rcv', host, rfc(d)), 12)}\n        for <{OWNER}>; {rfc(d)}")


def eml(headers, root):
    """headers: list of (name, value) after Delivered-To; root: MIME node."""
    out = f"Delivered-To: {OWNER}\n"
    for k, v in headers:
        out += f"{k}: {v}\n"
    out += "MIME-Version: 1.0\n" + render(root)
    return out.encode("utf-8")


def thread_headers(parent_ids):
    if not parent_ids:
        return []
    return [("In-Reply-To", parent_ids[-1]), ("References", " ".join(parent_ids))]


def quote(text, who, d):
    lines = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return f"Op {nl_date(d)} om {d.strftime('%H:%M')} schreef {who}:\n{lines}\n"


def html_from_text(text, font="Arial,Helvetica,sans-serif"):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>") for p in esc.strip("\n").split("\n\n")]
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}</div></body></html>\n')


# ----------------------------------------------------------------------------- iCalendar
VTZ = {
    "Europe/Amsterdam": ["BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "X-LIC-LOCATION:Europe/Amsterdam",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                         "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                         "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                         "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Europe/Berlin": ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
                      "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                      "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
}
for _win in ("W. Europe Standard Time", "Romance Standard Time"):
    VTZ[_win] = ["BEGIN:VTIMEZONE", f"TZID:{_win}", "BEGIN:STANDARD", "DTSTART:16010101T030000",
                 "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                 "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                 "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                 "END:VTIMEZONE"]


def fold(line):
    b = line.encode("utf-8")
    chunks, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b, first = b[cut:], False
    chunks.append(b)
    return "\r\n ".join(c.decode("utf-8") for c in chunks)


def ical_esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def ics(*, uid, start, end, summary, organizer, attendees, dtstamp, method="REQUEST", seq=0,
        description=None, location=None, tzid=None, status="CONFIRMED",
        prodid="-//Google Inc//Google Calendar 70.9054//EN", extra=(), cal_extra=()):
    """attendees: list of (name, email, partstat[, role])."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += list(cal_extra)
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if tzid:
        L += [f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}"]
    else:
        L += [f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}"]
    L.append(f"DTSTAMP:{zulu(dtstamp)}")
    L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        role = a[3] if len(a) > 3 else "REQ-PARTICIPANT"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={a[2]};RSVP=TRUE;CN={cn(a[0])};"
                 f"X-NUM-GUESTS=0:mailto:{a[1]}")
    L.append(f"CREATED:{zulu(dtstamp)}")
    if description:
        L.append("DESCRIPTION:" + ical_esc(description))
    L.append(f"LAST-MODIFIED:{zulu(dtstamp)}")
    L.append("LOCATION:" + ical_esc(location or ""))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + ical_esc(summary))
    L.append("TRANSP:OPAQUE")
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(x) + "\r\n" for x in L)


# ----------------------------------------------------------------------------- Google Calendar mail
def google_invite(*, key, sent, organizer, title, start, end, guests, description, uid, seq=0,
                  kind="new", location=None, meet=True, tzlabel=None):
    """Google Calendar invitation e-mail (multipart/mixed: alternative[plain, html, calendar] + invite.ics).
    organizer: (name, email); guests: list of (name, email, partstat)."""
    method = "CANCEL" if kind == "canceled" else "REQUEST"
    abbr = start.tzname()
    tzlabel = tzlabel or "Central European Time - Amsterdam"
    when_subj = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({abbr})"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "canceled": "Canceled event"}[kind]
    subject = f"{prefix}: {title} @ {when_subj} ({OWNER})"
    when_long = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    code = f"{alnum((key, 'm1'), 3)}-{alnum((key, 'm2'), 4)}-{alnum((key, 'm3'), 3)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    head = {"new": "", "updated": "This event has been updated\n",
            "canceled": "This event has been canceled and removed from your calendar.\n"}[kind]
    plain = f"{head}{title}\n{when_long}\n{tzlabel}\n\n"
    if location:
        plain += f"Location\n{location}\n\n"
    if meet and kind != "canceled":
        plain += f"Join with Google Meet\nhttps://meet.google.com/{code}\n\n"
    plain += f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n"
    for g in guests:
        plain += f"{g[0]}{' - organizer' if g[1] == organizer[1] else ''}\n{g[1]}\n"
    plain += f"View all guest info {view}\n\n{description}\n\n"
    if kind != "canceled":
        plain += f"Reply for {OWNER} and view more details {view}\n\n"
    plain += ("\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
              "You are receiving this email because you are an attendee on the event.\n")
    html = html_from_text(plain, "Roboto,Helvetica,Arial,sans-serif")
    desc_ics = description
    if meet and kind != "canceled":
        desc_ics += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Join with Google Meet: https://meet.google.com/{code}\n\n"
                     "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    extra = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"] if meet and kind != "canceled" else []
    cal = ics(uid=uid, start=start, end=end, summary=title, organizer=organizer,
              attendees=[(g[0], g[1], g[2]) for g in guests], dtstamp=sent.astimezone(UTC), method=method,
              seq=seq, description=desc_ics, location=location, tzid="Europe/Amsterdam",
              status="CANCELLED" if kind == "canceled" else "CONFIRMED", extra=extra)
    alt = multi("alternative", [leaf(plain, params="; format=flowed; delsp=yes", cte="b64"),
                                leaf(html, "text/html", "qp"), cal_leaf(cal, method)], (key, "alt"))
    root = multi("mixed", [alt, attachment(cal, "invite.ics", "application/ics")], (key, "mixed"))
    hdrs = [received("mail-sor-f41.google.com", "209.85.220.41", sent),
            ("Return-Path", f"<{alnum((key, 'rp'), 20)}@calendar-server.bounces.google.com>"),
            ("Reply-To", A(organizer[0], organizer[1])),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", mid_gcal(key)), ("Date", rfc(sent)), ("Subject", enc_words(subject)),
            ("From", A(organizer[0], organizer[1])), ("To", OWNER)]
    return eml(hdrs, root)


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []  # (slug, [(filename, bytes)], label, tz_notes)


def case(slug, items, lab, tz=None):
    CASES.append((slug, items, lab, tz))


# ----------------------------------------------------------------------------- Exchange / Teams
def cdo_extra(key, seq):
    return [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(key)[:7], 16)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


def outlook_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + h(key)[:32].upper() + "0000000000000000" + "10000000" + h(key, "u")[:32].upper()


def teams_block(key):
    tok = alnum((key, "tok"), 40)
    mid = int(h(key, "mid")[:12], 16) % 10**12
    return ("________________________________________________________________________________\n"
            "Microsoft Teams-vergadering\n"
            "Deelnemen op uw computer, mobiele app of ruimteapparaat\n"
            f"Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0>\n"
            f"Vergadering-id: {mid // 10**9} {mid // 10**6 % 1000:03d} {mid // 1000 % 1000:03d} {mid % 1000:03d}\n"
            f"Wachtwoordcode: {alnum((key, 'pw'), 6).upper()}\n"
            "Teams downloaden<https://www.microsoft.com/nl-nl/microsoft-teams/download-app> | Deelnemen via het web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "________________________________________________________________________________\n")


def teams_invite(*, key, meeting_key, sent, organizer, attendees, subject, start, end, intro, uid, seq,
                 when_label, tzid="W. Europe Standard Time", updated=False, region="eurprd04"):
    plain = f"Wanneer: {when_label}\nWaar: Microsoft Teams-vergadering\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro}\n\n{teams_block(meeting_key)}"
    html = html_from_text(plain, "Aptos,Calibri,sans-serif")
    cal = ics(uid=uid, start=start, end=end, summary=subject, organizer=organizer,
              attendees=[(a[0], a[1], "NEEDS-ACTION") for a in attendees], dtstamp=sent.astimezone(UTC),
              seq=seq, description=plain, location="Microsoft Teams-vergadering", tzid=tzid,
              prodid="Microsoft Exchange Server 2010", extra=cdo_extra(meeting_key, seq))
    root = multi("alternative", [leaf(plain, cte="qp"), leaf(html, "text/html", "qp"), cal_leaf(cal)],
                 key, "outlook")
    subj = ("Bijgewerkt: " if updated else "") + subject
    hdrs = [received("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.96", sent),
            ("From", A(*organizer)), ("To", ", ".join(A(a[0], a[1]) for a in attendees)),
            ("Subject", enc_words(subj)), ("Thread-Topic", enc_words(subject)),
            ("Thread-Index", base64.b64encode(bytes.fromhex(h(meeting_key, "ti")[:44])).decode()),
            ("Date", rfc(sent)), ("Message-ID", mid_outlook(key, region)),
            ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage")]
    return eml(hdrs, root)


def human_mail(*, key, sent, frm, to, subject, text, cc=None, reply_to=None, parents=(), style="outlook",
               html=True, cte="qp", attach=None, extra_headers=()):
    """A person-to-person mail; style decides Message-ID and boundary flavour."""
    if style == "outlook":
        mid = mid_outlook(key)
        rcv = received("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.103.57", sent)
    elif style == "gmail":
        mid = mid_gmail(key)
        rcv = received("mail-wm1-f54.google.com", "209.85.128.54", sent)
    else:
        dom = frm[1].split("@")[1]
        mid = mid_domain(key, dom)
        rcv = received(f"smtp.{dom}", "185.97.3.21", sent)
    body = leaf(text, cte=cte)
    if html:
        body = multi("alternative", [body, leaf(html_from_text(text), "text/html", cte)], (key, "alt"),
                     "outlook" if style == "outlook" else "google")
    if attach:
        body = multi("mixed", [body] + list(attach), (key, "mixed"), "outlook" if style == "outlook" else "google")
    hdrs = [rcv, ("From", A(*frm)), ("To", ", ".join(A(*t) for t in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(A(*c) for c in cc)))
    if reply_to:
        hdrs.append(("Reply-To", A(*reply_to)))
    hdrs += [("Subject", enc_words(subject)), ("Date", rfc(sent)), ("Message-ID", mid)]
    hdrs += thread_headers(list(parents)) + list(extra_headers)
    return eml(hdrs, body), mid


def ats_mail(*, key, sent, frm, reply_to, subject, text, vendor_host, vendor_ip, domain, attach=None,
             cte="qp", extra_headers=()):
    body = multi("alternative", [leaf(text, cte=cte), leaf(html_from_text(text, "Helvetica,Arial,sans-serif"),
                                                           "text/html", cte)], (key, "alt"), "part")
    if attach:
        body = multi("mixed", [body] + list(attach), (key, "mixed"), "part")
    hdrs = [received(vendor_host, vendor_ip, sent), ("Return-Path", f"<bounces+{h(key)[:10]}@{domain}>"),
            ("From", A(*frm)), ("To", A(OWNER_NAME, OWNER))]
    if reply_to:
        hdrs.append(("Reply-To", A(*reply_to)))
    hdrs += [("Subject", enc_words(subject)), ("Date", rfc(sent)), ("Message-ID", mid_domain(key, domain))]
    hdrs += list(extra_headers)
    return eml(hdrs, body)


ME = (OWNER_NAME, OWNER)


# ============================================================================= POSITIVE CASES
def c01():
    k = "c01-fietsbaan"
    sent = T("2026-09-03 11:14:07", "Thu", "+02:00")
    start, end = T("2026-09-08 10:00", "Tue", "+02:00"), T("2026-09-08 10:30", "Tue", "+02:00")
    lotte = ("Lotte Bakker", "lotte.bakker@fietsbaan.example")
    meet = f"https://meet.google.com/{alnum((k, 'a'), 3)}-{alnum((k, 'b'), 4)}-{alnum((k, 'c'), 3)}"
    text = f"""Hoi Sanne,

Dank je wel voor je sollicitatie op de vacature Product Manager Fleet bij Fietsbaan. We hebben je cv en motivatie met veel plezier gelezen en ik wil je graag beter leren kennen.

Daarom nodig ik je uit voor een kennismakingsgesprek van een half uur met mij:

Datum: dinsdag 8 september 2026
Tijd: 10.00 - 10.30 uur
Waar: videogesprek via Google Meet ({meet})

In dit gesprek vertel ik meer over Fietsbaan, ons leasemodel voor bedrijfsfietsen en het team in Utrecht. Ik ben vooral benieuwd naar jouw ervaring met operationele producten en wat je zoekt in een volgende stap. In de bijlage vind je een agenda-uitnodiging.

Past dit moment niet? Reageer dan op deze mail, dan zoeken we samen een ander tijdstip.

Tot dinsdag!

Lotte Bakker
Talent Acquisition | Fietsbaan
Catharijnesingel 48, 3511 GB Utrecht
"""
    cal = ics(uid=f"{uuid_like(k)}@recruitee.com", start=start, end=end,
              summary="Kennismakingsgesprek Fietsbaan - Sanne de Vries (Product Manager Fleet)",
              organizer=lotte, attendees=[(lotte[0], lotte[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              dtstamp=sent, description=f"Kennismakingsgesprek met Lotte Bakker (Talent Acquisition).\nVideogesprek: {meet}",
              location=meet, prodid="-//Recruitee//Recruitee Calendar//NL")
    m = ats_mail(key=k, sent=sent, frm=("Lotte Bakker - Fietsbaan", "fietsbaan@mail.recruitee.com"),
                 reply_to=lotte, subject="Uitnodiging kennismakingsgesprek - Product Manager Fleet",
                 text=text, vendor_host="o1.mail.recruitee.com", vendor_ip="149.72.134.66",
                 domain="mail.recruitee.com", attach=[attachment(cal, "uitnodiging.ics", "text/calendar")])
    lab = label([iv("Fietsbaan", "Product Manager Fleet", start, end, "scheduled", [lotte[1]], [lotte[1]],
                    "phone_screen")], "easy", "positive/ats-email-with-ics",
                "Recruitee invitation with .ics; the recruiter holds the kennismakingsgesprek herself.")
    case("recruitee-kennismakingsgesprek", [("01-uitnodiging-kennismakingsgesprek.eml", m)], lab)


def c02():
    k = "c02-grachtwerk"
    noor = ("Noor El Amrani", "noor.elamrani@grachtwerk.example")
    bram = ("Bram Visser", "bram.visser@grachtwerk.example")
    ayla = ("Ayla Demir", "ayla.demir@grachtwerk.example")
    sent1 = T("2026-09-14 09:05:12", "Mon", "+02:00")
    sent2 = T("2026-09-14 09:11:40", "Mon", "+02:00")
    start, end = T("2026-09-21 13:30", "Mon", "+02:00"), T("2026-09-21 14:30", "Mon", "+02:00")
    text = """Hi Sanne,

Great to speak with you on Friday - Bram came out of your conversation with a big smile.

As promised, here's the next step in the process: a case presentation. The case: Grachtwerk wants to offer instant payouts to the freelancers who get paid through our platform. Please prepare a short presentation (max. 20 minutes) on how you would scope a first release, which metrics you'd watch, and what you'd deliberately leave out. Don't spend more than 3-4 hours on it - we care far more about your reasoning than about polished slides.

You'll present to Bram Visser (Head of Product) and Ayla Demir (Engineering Manager, Payments), followed by roughly 40 minutes of discussion. It's at our office on the Herengracht, Monday 21 September at 13:30. I'll send the calendar invite right after this email.

Questions about the case? Just hit reply.

Best,
Noor

Noor El Amrani
Talent Lead | Grachtwerk
"""
    m1, _ = human_mail(key=k + "1", sent=sent1, frm=noor, to=[ME], subject="Next step: case presentation (Senior PM, Payments)",
                       text=text, style="gmail")
    desc = ("Case presentation (20 min) followed by discussion (40 min) with Bram Visser and Ayla Demir.\n"
            "Noor will pick you up at reception. HDMI and USB-C are available in the meeting room.")
    m2 = google_invite(key=k + "2", sent=sent2, organizer=noor,
                       title="Grachtwerk | Case presentation - Sanne de Vries (Senior PM, Payments)",
                       start=start, end=end, uid=f"{alnum(k, 26)}@google.com", description=desc,
                       guests=[(noor[0], noor[1], "ACCEPTED"), (bram[0], bram[1], "ACCEPTED"),
                               (ayla[0], ayla[1], "NEEDS-ACTION"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                       location="Grachtwerk, Herengracht 420, 1017 BZ Amsterdam", meet=False)
    lab = label([iv("Grachtwerk", "Senior Product Manager, Payments", start, end, "scheduled",
                    [bram[1], ayla[1]], [bram[1], ayla[1]], "onsite")], "medium", "positive/case-presentation",
                "Case presentation round: prep brief by mail, then a Google invite; the coordinator who "
                "organises it is not an interviewer; two panelists -> onsite.")
    case("case-presentation-google-invite", [("01-case-brief.eml", m1), ("02-invitation-case-presentation.eml", m2)], lab)


def c03():
    k = "c03-havenlink"
    mark = ("Mark Verbeek", "m.verbeek@havenlink.example")
    uid = outlook_uid(k)
    sent1 = T("2026-09-23 14:02:51", "Wed", "+02:00")
    sent2 = T("2026-09-28 08:17:30", "Mon", "+02:00")
    sent3 = T("2026-09-28 08:21:04", "Mon", "+02:00")
    s1, e1 = T("2026-10-01 15:00", "Thu", "+02:00"), T("2026-10-01 16:00", "Thu", "+02:00")
    s2, e2 = T("2026-10-02 11:00", "Fri", "+02:00"), T("2026-10-02 12:00", "Fri", "+02:00")
    subject = "Gesprek Havenlink - Product Manager Data Platform (Sanne de Vries)"
    intro1 = """Hoi Sanne,

Leuk dat je interesse hebt in de rol van Product Manager Data Platform. Zoals Priscilla van HR al aangaf, is de volgende stap een gesprek met mij als hiring manager. We nemen er een uur voor: ik vertel over onze roadmap voor het terminalplatform en ik hoor graag hoe jij datagedreven producten van de grond hebt gekregen.

Groet,
Mark Verbeek
Head of Product | Havenlink
Wilhelminakade 91, Rotterdam"""
    m1 = teams_invite(key=k + "1", meeting_key=k, sent=sent1, organizer=mark, attendees=[ME], subject=subject,
                      start=s1, end=e1, intro=intro1, uid=uid, seq=0,
                      when_label="donderdag 1 oktober 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.")
    text2 = """Hoi Sanne,

Vervelend, maar we moeten het gesprek helaas verzetten. Donderdag ben ik onverwacht de hele dag bij een klant in Antwerpen. Ik stuur je zo een bijgewerkte uitnodiging voor vrijdag 2 oktober om 11.00 uur - zelfde Teams-link, zelfde duur. Laat het weten als dat niet uitkomt, dan kijken we verder.

Excuses voor het geschuif!

Mark
"""
    m2, _ = human_mail(key=k + "2", sent=sent2, frm=mark, to=[ME], subject="Ons gesprek van donderdag", text=text2)
    intro3 = ("Verzet naar vrijdag 2 oktober, 11.00-12.00 uur (was donderdag 1 oktober 15.00 uur).\n\n" + intro1)
    m3 = teams_invite(key=k + "3", meeting_key=k, sent=sent3, organizer=mark, attendees=[ME], subject=subject,
                      start=s2, end=e2, intro=intro3, uid=uid, seq=1, updated=True,
                      when_label="vrijdag 2 oktober 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.")
    lab = label([iv("Havenlink", "Product Manager Data Platform", s2, e2, "scheduled", [mark[1]], [mark[1]],
                    "hiring_manager")], "medium", "positive/reschedule",
                "Teams invite (W. Europe Standard Time, '(UTC+01:00)' label although CEST applies) moved by mail "
                "('we moeten het gesprek helaas verzetten') and by an update with the same UID, SEQUENCE 1.")
    case("teams-verzet-sequence", [("01-teams-uitnodiging.eml", m1), ("02-gesprek-verzetten.eml", m2),
                                   ("03-teams-bijgewerkt.eml", m3)], lab,
         "'(UTC+01:00) Amsterdam, Berlijn' Windows label on a CEST date: 2 Oct 11:00 is +02:00")


def c04():
    k = "c04-lumivolt"
    ilse = ("Ilse van den Broek", "ilse.vandenbroek@lumivolt.example")
    joris = ("Joris Hendriks", "joris.hendriks@lumivolt.example")
    sent = T("2026-10-07 16:42:18", "Wed", "+02:00")
    start = T("2026-10-08 10:00", "Thu", "+02:00")
    assert start == (sent + timedelta(days=1)).replace(hour=10, minute=0, second=0)  # "morgen om 10 uur"
    end = start + timedelta(hours=1)
    text = """Hoi Sanne,

Fijn dat ik je net even telefonisch te pakken had. Zoals afgesproken zet ik het hier nog even op de mail: morgen om 10 uur heb je het tweede gesprek met Joris Hendriks, onze CPO (hij staat in de cc). Joris wil vooral doorpraten over hoe jij keuzes maakt in een roadmap als hardware en software elk hun eigen releasetempo hebben.

Het gesprek is bij ons op kantoor op Strijp-S, Torenallee 20, Eindhoven. Meld je bij de receptie op de begane grond, dan haalt Joris je op. Reken op ongeveer een uur. Parkeren kan in de garage van Strijp-S; vanaf station Eindhoven Centraal is het een kwartiertje lopen.

Heel veel succes morgen!

Hartelijke groet,

Ilse van den Broek
Recruiter | Lumivolt
+31 40 123 4567
"""
    m, _ = human_mail(key=k, sent=sent, frm=ilse, to=[ME], cc=[joris], subject="Tweede gesprek morgen - Lumivolt",
                      text=text, cte="b64")
    lab = label([iv("Lumivolt", None, start, end, "scheduled", [joris[1]], [joris[1]], "hiring_manager")],
                "medium", "positive/email-body-only",
                "Time only in the body: 'morgen om 10 uur' resolved against the Date header (Wed 7 Oct, +0200); "
                "'ongeveer een uur'. Recruiter only confirms; the CPO in Cc is the interviewer. Role never named.")
    case("eindhoven-morgen-om-10", [("01-tweede-gesprek-morgen.eml", m)], lab,
         "'morgen om 10 uur' relative to Date Wed 7 Oct 2026 16:42 +0200 -> Thu 8 Oct 10:00 +02:00")


def c05():
    k = "c05-scheldewerk"
    ine = ("Ine Peeters", "ine.peeters@scheldewerk.example")
    sent1 = T("2026-10-01 10:20:33", "Thu", "+02:00", BRU)
    sent2 = T("2026-10-01 13:05:12", "Thu", "+02:00")
    sent3 = T("2026-10-02 08:47:02", "Fri", "+02:00", BRU)
    sent4 = T("2026-10-02 08:52:40", "Fri", "+02:00", BRU)
    T("2026-10-13 14:00", "Tue", "+02:00", BRU)  # first proposed slot (declined)
    T("2026-10-14 09:30", "Wed", "+02:00", BRU)  # second proposed slot (moved to 10u)
    start, end = T("2026-10-14 10:00", "Wed", "+02:00", BRU), T("2026-10-14 10:45", "Wed", "+02:00", BRU)
    subj = "Product Manager Checkout - eerste gesprek"
    t1 = """Dag Sanne,

Bedankt voor je kandidatuur voor de functie van Product Manager Checkout bij Scheldewerk. Je profiel sprak ons meteen aan, zeker je ervaring met betaalflows in een marketplace.

Graag zou ik eens met je samenzitten voor een eerste, verkennend gesprek van een drietal kwartier via Teams. Ik heb volgende momenten vrij:

- dinsdag 13 oktober om 14.00 uur
- woensdag 14 oktober om 9.30 uur

Laat je maar weten wat jou past? Dan stuur ik je een uitnodiging door.

Met vriendelijke groeten,

Ine Peeters
Talent Partner | Scheldewerk
Kattendijkdok-Westkaai 104, 2000 Antwerpen
"""
    m1, id1 = human_mail(key=k + "1", sent=sent1, frm=ine, to=[ME], subject=subj, text=t1)
    t2 = """Hoi Ine,

Dank je voor je bericht, leuk om van je te horen! Dinsdag 13 oktober lukt mij helaas niet. Woensdag 14 oktober kan wel, maar zou 10.00 uur ook kunnen in plaats van 9.30 uur? Dan kan ik eerst mijn dochter naar school brengen.

Groet,
Sanne

""" + quote(t1, "Ine Peeters <ine.peeters@scheldewerk.example>", sent1)
    m2, id2 = human_mail(key=k + "2", sent=sent2, frm=ME, to=[ine], subject="Re: " + subj, text=t2,
                         parents=[id1], style="other", html=False)
    t3 = """Dag Sanne,

Geen probleem, dat is genoteerd: woensdag 14 oktober om 10u, via Teams. We voorzien 45 minuten. Je krijgt zo dadelijk nog een uitnodiging met de link.

Tot dan!
Ine

""" + quote(t2, "Sanne de Vries <sanne.devries@example.com>", sent2)
    m3, _ = human_mail(key=k + "3", sent=sent3, frm=ine, to=[ME], subject="RE: " + subj, text=t3, parents=[id1, id2])
    desc = ("Eerste gesprek Product Manager Checkout met Ine Peeters.\n\n" + teams_block(k))
    cal = ics(uid=outlook_uid(k), start=start, end=end, summary="Eerste gesprek Scheldewerk - Sanne de Vries",
              organizer=ine, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], dtstamp=sent4, description=desc,
              location="Microsoft Teams-vergadering", tzid="Romance Standard Time",
              prodid="Microsoft Exchange Server 2010", extra=cdo_extra(k, 0))
    lab = label([iv("Scheldewerk", "Product Manager Checkout", start, end, "scheduled", [ine[1]], [ine[1]],
                    "phone_screen")], "hard", "positive/thread-propose-confirm",
                "Flemish thread: two slots proposed (di 13/10 14.00, wo 14/10 9.30), candidate asks 10.00, "
                "recruiter confirms 'woensdag 14 oktober om 10u'; standalone Exchange .ics (Romance Standard "
                "Time) is the same interview.")
    case("antwerpen-thread-voorstel-bevestiging",
         [("01-eerste-gesprek-voorstel.eml", m1), ("02-re-voorstel.eml", m2), ("03-re-bevestiging.eml", m3),
          ("04-eerste-gesprek-scheldewerk.ics", cal.encode("utf-8"))], lab,
         "Brussels sender (+0200) and a standalone .ics with Windows TZID 'Romance Standard Time' (CEST, +02:00)")


def c06():
    k = "c06-munthof"
    rosa = ("Rosa Kramer", "rosa.kramer@munthof.example")
    tim = ("Tim de Graaf", "tim.degraaf@munthof.example")
    yas = ("Yasmin Bouzid", "yasmin.bouzid@munthof.example")
    sent = T("2026-10-12 15:30:44", "Mon", "+02:00")
    start, end = T("2026-10-19 16:00", "Mon", "+02:00"), T("2026-10-19 17:00", "Mon", "+02:00")
    text = """Hoi Sanne,

Wat leuk dat je door bent naar de volgende ronde voor Product Manager Lending! Bij Munthof vinden we het belangrijk dat je niet alleen managers spreekt, maar ook de mensen met wie je straks dagelijks samenwerkt. Daarom plannen we een cultuurgesprek met twee collega's uit het Lending-team:

- Tim de Graaf, Senior Backend Engineer
- Yasmin Bouzid, Product Designer

Wanneer: maandag 19 oktober, 16.00 - 17.00 uur
Waar: Munthof, Wibautstraat 131, Amsterdam (4e verdieping)

Je hoeft niets voor te bereiden. Stel vooral alle vragen die je hebt over hoe we werken; Tim en Yasmin vertellen eerlijk hoe het er bij ons aan toe gaat. De afspraak staat inmiddels ook in je agenda.

Groetjes,
Rosa Kramer
People Partner | Munthof

--
Je ontvangt deze e-mail omdat je hebt gesolliciteerd via careers.munthof.example. Powered by Teamtailor.
"""
    m = ats_mail(key=k, sent=sent, frm=("Munthof", "munthof@teamtailor-mail.com"), reply_to=rosa,
                 subject="Uitnodiging cultuurgesprek - Product Manager Lending", text=text,
                 vendor_host="mail-out.teamtailor-mail.com", vendor_ip="198.2.180.12", domain="teamtailor-mail.com",
                 cte="b64")
    eid = alnum(k, 26)
    ev = {
        "kind": "calendar#event", "etag": f"\"{int(h(k, 'etag')[:15], 16) % 10**16}\"", "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-12T13:31:02.000Z", "updated": "2026-10-12T18:04:51.322Z",
        "summary": "Cultuurgesprek Munthof - Sanne de Vries",
        "description": "Cultuurgesprek met Tim en Yasmin (Lending-team). Rosa haalt je op bij de receptie.",
        "location": "Munthof, Wibautstraat 131, 1091 GL Amsterdam",
        "creator": {"email": rosa[1], "displayName": rosa[0]},
        "organizer": {"email": rosa[1], "displayName": rosa[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Amsterdam"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Amsterdam"},
        "iCalUID": f"{eid}@google.com", "sequence": 0,
        "attendees": [{"email": rosa[1], "displayName": rosa[0], "organizer": True, "responseStatus": "accepted"},
                      {"email": tim[1], "displayName": tim[0], "responseStatus": "accepted"},
                      {"email": yas[1], "displayName": yas[0], "responseStatus": "accepted"},
                      {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Munthof", "Product Manager Lending", start, end, "scheduled", [tim[1], yas[1]],
                    [tim[1], yas[1]], "onsite")], "medium", "positive/dedupe",
                "Teamtailor cultuurgesprek mail + Calendar API event for the same meeting -> one interview; "
                "two team members conduct it, the people partner only organises.")
    case("cultuurgesprek-teamtailor-gcal", [("01-uitnodiging-cultuurgesprek.eml", m),
                                            ("02-cultuurgesprek-munthof.gcal.json", js)], lab)


def c07():
    k = "c07-vaartwerk"
    jesse = ("Jesse Mulder", "jesse.mulder@vaartwerk.example")
    eva = ("Eva Smit", "eva.smit@vaartwerk.example")
    kofi = ("Kofi Mensah", "kofi.mensah@vaartwerk.example")
    marl = ("Marloes Dekker", "marloes.dekker@vaartwerk.example")
    sent0 = T("2026-10-20 11:20:09", "Tue", "+02:00")
    sessions = [
        ("Product sense & strategy", eva, T("2026-10-27 09:30", "Tue", "+01:00"), T("2026-10-27 10:30", "Tue", "+01:00"),
         "45-minute product case discussion plus 15 minutes for your questions. No preparation needed.",
         T("2026-10-20 11:31:15", "Tue", "+02:00")),
        ("Working with engineering", kofi, T("2026-10-27 10:45", "Tue", "+01:00"), T("2026-10-27 11:30", "Tue", "+01:00"),
         "Kofi will walk through how product and engineering plan together at Vaartwerk and ask about trade-offs you've made.",
         T("2026-10-20 11:32:48", "Tue", "+02:00")),
        ("Closing conversation", marl, T("2026-10-27 12:30", "Tue", "+01:00"), T("2026-10-27 13:30", "Tue", "+01:00"),
         "Final conversation with Marloes about Vaartwerk's direction and what you'd want from the role.",
         T("2026-10-20 11:34:02", "Tue", "+02:00")),
    ]
    text = """Hi Sanne,

We're excited to welcome you to our office for the final round for the Group Product Manager role! Below is your schedule for Tuesday 27 October. Quick heads-up: the clocks go back this Sunday (25 October), so all times below are Amsterdam winter time (CET).

09:30 - 10:30  Product sense & strategy - Eva Smit, VP Product
10:45 - 11:30  Working with engineering - Kofi Mensah, CTO
11:30 - 12:30  Lunch with the product team (informal)
12:30 - 13:30  Closing conversation - Marloes Dekker, CEO & co-founder

Location: Vaartwerk, Danzigerkade 23, 1013 AP Amsterdam. Ask for me at the front desk when you arrive.

You'll receive a separate calendar invite for each conversation. If anything comes up, reply to this email or call me on +31 20 555 0142.

See you next week,
Jesse Mulder
Recruiting Coordinator | Vaartwerk
"""
    items = [("01-onsite-itinerary.eml",
              ats_mail(key=k, sent=sent0, frm=(jesse[0], "no-reply@us.greenhouse-mail.io"), reply_to=jesse,
                       subject="Your onsite interview at Vaartwerk - Tuesday 27 October", text=text,
                       vendor_host="o7.greenhouse-mail.io", vendor_ip="167.89.54.201", domain="greenhouse-mail.io"))]
    for i, (name, who, s, e, desc, sent) in enumerate(sessions, start=2):
        m = google_invite(key=f"{k}-{i}", sent=sent, organizer=jesse,
                          title=f"Vaartwerk onsite: {name} (Sanne de Vries / {who[0]})", start=s, end=e,
                          uid=f"{alnum((k, i), 26)}@google.com", description=desc,
                          guests=[(jesse[0], jesse[1], "ACCEPTED"), (who[0], who[1], "ACCEPTED"),
                                  (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                          location="Vaartwerk, Danzigerkade 23, 1013 AP Amsterdam", meet=False)
        items.append((f"{i:02d}-invitation-{name.split()[0].lower()}.eml", m))
    first, last = sessions[0][2], sessions[-1][3]
    lab = label([iv("Vaartwerk", "Group Product Manager", first, last, "scheduled", [eva[1], kofi[1], marl[1]],
                    [eva[1], kofi[1], marl[1]], "onsite")], "hard", "positive/onsite-loop",
                "Greenhouse itinerary + three Google invites on one day -> one onsite 09:30-13:30 CET. Invites "
                "sent in CEST (+0200) for a date after the 25 Oct switch (+01:00).")
    case("onsite-loop-three-invites-cet", items, lab,
         "invites sent Tue 20 Oct (CEST, +0200) for Tue 27 Oct after the EU switch on Oct 25 -> +01:00")


def c08():
    k = "c08-kiemkracht"
    lieke = ("Lieke Vos", "lieke.vos@kiemkracht.example")
    daan = "daan.smeets@kiemkracht.example"
    sent = T("2026-10-30 14:10:55", "Fri", "+01:00")
    start, end = T("2026-11-05 08:30", "Thu", "+01:00"), T("2026-11-05 09:15", "Thu", "+01:00")
    text = f"""Hoi Sanne,

Wat fijn dat het gesprek met het team zo goed ging - iedereen was enthousiast! Daarmee zijn we bij de laatste stap van ons sollicitatieproces voor de rol van Product Lead: koffie met Daan Smeets, onze founder.

Laat je niet misleiden door het woord 'koffie': het is informeel, maar het hoort echt bij de procedure. Daan spreekt iedereen die bij Kiemkracht begint, en na jullie gesprek nemen hij en het team samen het besluit.

Wanneer: donderdag 5 november, 8.30 uur (reken op ongeveer drie kwartier)
Waar: Koffiebar De Ochtend, Ceintuurbaan 112, Amsterdam (De Pijp)

Loop je onderweg vertraging op, stuur Daan dan even een mailtje: {daan}

Heel veel plezier!
Lieke Vos
People & Culture | Kiemkracht
"""
    m = ats_mail(key=k, sent=sent, frm=("Lieke Vos via Homerun", "no-reply@homerun.co"), reply_to=lieke,
                 subject="Laatste stap: koffie met Daan", text=text, vendor_host="mta-out1.homerun.co",
                 vendor_ip="35.156.78.190", domain="homerun.co")
    lab = label([iv("Kiemkracht", "Product Lead", start, end, "scheduled", [daan], [daan], "other")],
                "medium", "positive/coffee-chat",
                "Founder 'koffie' explicitly the last step of the procedure; time only in the Homerun mail body, "
                "CET after the DST change; the founder's address is given in the text.")
    case("founder-koffie-homerun", [("01-laatste-stap-koffie.eml", m)], lab,
         "Homerun mail dated Fri 30 Oct (+0100, after Oct 25); koffie Thu 5 Nov 08:30 +01:00")


def c09():
    k = "c09-poldertalent"
    bas = ("Bas Willemsen", "bas@poldertalent.example")
    sent1 = T("2026-09-21 17:55:40", "Mon", "+02:00")
    sent2 = T("2026-09-21 20:10:03", "Mon", "+02:00")
    sent3 = T("2026-09-22 08:31:27", "Tue", "+02:00")
    start, end = T("2026-09-24 11:00", "Thu", "+02:00"), T("2026-09-24 12:00", "Thu", "+02:00")
    t1 = """Hoi Sanne,

Goed nieuws: ik heb net Tulpcloud aan de lijn gehad en ze willen je graag uitnodigen voor een sollicitatiegesprek voor de rol van Lead Product Manager Platform!

Voorstel van hun kant: donderdag 24 september om 11.00 uur, bij hen op kantoor aan de Keizersgracht 520. Je spreekt met Femke Jansen, VP Product, en ze trekken er een uur voor uit. Femke wil vooral horen hoe jij met platformteams en interne klanten werkt.

Kun je even laten weten of dit past? Dan bevestig ik het bij Tulpcloud. Na afloop bel ik je graag voor een korte terugkoppeling.

Groeten,
Bas Willemsen
Senior Recruitment Consultant | Polder Talent
06 1234 5678
"""
    subj = "Tulpcloud wil je spreken!"
    m1, id1 = human_mail(key=k + "1", sent=sent1, frm=bas, to=[ME], subject=subj, text=t1)
    t2 = """Hoi Bas,

Super, dank je! Donderdag om 11.00 uur past prima. Moet ik nog iets voorbereiden of meenemen?

Groet,
Sanne

""" + quote(t1, "Bas Willemsen <bas@poldertalent.example>", sent1)
    m2, id2 = human_mail(key=k + "2", sent=sent2, frm=ME, to=[bas], subject="Re: " + subj, text=t2,
                         parents=[id1], style="other", html=False)
    t3 = """Top Sanne, ik heb het zojuist bevestigd bij Tulpcloud.

Niets speciaals voorbereiden. Als je een paar voorbeelden van platform-roadmaps kunt laten zien, is dat mooi meegenomen. Vraag bij de receptie naar Femke.

Succes donderdag, ik bel je daarna even!

Bas

""" + quote(t2, "Sanne de Vries <sanne.devries@example.com>", sent2)
    m3, _ = human_mail(key=k + "3", sent=sent3, frm=bas, to=[ME], subject="RE: " + subj, text=t3, parents=[id1, id2])
    lab = label([iv("Tulpcloud", "Lead Product Manager Platform", start, end, "scheduled", [], [bas[1]],
                    "hiring_manager")], "medium", "positive/agency-recruiter",
                "Agency recruiter (Polder Talent) arranges an interview at the client Tulpcloud; company = client. "
                "The interviewer's address never appears, so follow-up goes to the agency recruiter.")
    case("agency-recruiter-client-tulpcloud", [("01-tulpcloud-wil-je-spreken.eml", m1), ("02-re-bevestiging.eml", m2),
                                               ("03-re-bevestigd.eml", m3)], lab)


def c10():
    k = "c10-thamesbyte"
    harriet = ("Harriet Cole", "harriet.cole@thamesbyte.example")
    tom = ("Tom Ashworth", "tom.ashworth@thamesbyte.example")
    sent = T("2026-10-15 10:05:21", "Thu", "+01:00", LON)
    start, end = T("2026-10-22 14:00", "Thu", "+01:00", LON), T("2026-10-22 14:45", "Thu", "+01:00", LON)
    assert start.astimezone(AMS).hour == 15 and start.astimezone(AMS).strftime("%z") == "+0200"
    meet = f"https://meet.google.com/{alnum((k, 'a'), 3)}-{alnum((k, 'b'), 4)}-{alnum((k, 'c'), 3)}"
    text = f"""Hi Sanne,

Thanks for your time on the phone last week. We'd love to move you forward to a video interview with Tom Ashworth, our Director of Product.

Date: Thursday, 22 October 2026
Time: 2:00pm - 2:45pm London time (BST) - that's 3:00pm - 3:45pm for you in Amsterdam
Format: Google Meet - {meet}

Tom will focus on how you'd approach launching our marketplace in the Netherlands and Belgium, so come ready to talk about a launch you've led end to end. A calendar file is attached.

If you need to move it, just reply to this email and I'll sort it out.

Cheers,
Harriet Cole
Talent Partner | Thamesbyte
"""
    cal = ics(uid=f"{h(k)[:24]}@workable.com", start=start, end=end,
              summary="Interview: Sanne de Vries - Senior Product Manager, EU Expansion (Thamesbyte)",
              organizer=harriet, attendees=[(tom[0], tom[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              dtstamp=sent, description=f"Video interview with Tom Ashworth, Director of Product.\n{meet}",
              location=meet, tzid="Europe/London", prodid="-//Workable//Workable Calendar//EN")
    m = ats_mail(key=k, sent=sent, frm=("Thamesbyte Hiring Team", "notifications@workablemail.com"),
                 reply_to=harriet, subject="Interview invitation: Senior Product Manager, EU Expansion at Thamesbyte",
                 text=text, vendor_host="mail11.workablemail.com", vendor_ip="50.31.36.205", domain="workablemail.com",
                 attach=[attachment(cal, "interview.ics", "text/calendar")])
    lab = label([iv("Thamesbyte", "Senior Product Manager, EU Expansion", start, end, "scheduled", [tom[1]],
                    [tom[1]], "hiring_manager")], "medium", "positive/london-timezone",
                "London employer via Workable: 2pm BST (+01:00) = 15:00 Amsterdam; .ics with TZID Europe/London.")
    case("london-workable-bst", [("01-interview-invitation.eml", m)], lab,
         "London BST +01:00 vs Amsterdam CEST +02:00 on Thu 22 Oct (before both switch on Oct 25)")


def c11():
    k = "c11-spreehaus"
    kat = ("Katharina Vogel", "katharina.vogel@spreehaus.example")
    felix = ("Felix Brandt", "felix.brandt@spreehaus.example")
    sent1 = T("2026-09-22 09:12:38", "Tue", "+02:00", BER)
    sent2 = T("2026-09-25 17:48:03", "Fri", "+02:00", BER)
    start, end = T("2026-09-29 15:00", "Tue", "+02:00", BER), T("2026-09-29 16:00", "Tue", "+02:00", BER)
    meet = f"https://meet.google.com/{alnum((k, 'a'), 3)}-{alnum((k, 'b'), 4)}-{alnum((k, 'c'), 3)}"
    uid = f"personio-{uuid_like(k)}@personio.de"
    t1 = f"""Hallo Sanne,

thank you for your application for the position Product Manager Rider Experience at Spreehaus Mobility. We'd like to get to know you better and invite you to a video interview.

Date: Tuesday, 29 September 2026
Time: 15:00 - 16:00 (CEST, Berlin time)
Interviewers: Katharina Vogel (Talent Acquisition), Felix Brandt (Lead Product Manager)
Video link: {meet}

Please find a calendar invitation attached. If the appointment does not suit you, simply reply to this email.

Viele Grüße / Kind regards
Katharina Vogel
Spreehaus Mobility GmbH - Schlesische Straße 26 - 10997 Berlin
"""
    att = [(kat[0], kat[1], "ACCEPTED"), (felix[0], felix[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    cal1 = ics(uid=uid, start=start, end=end, summary="Interview Product Manager Rider Experience - Sanne de Vries",
               organizer=kat, attendees=att, dtstamp=sent1, description=f"Video interview\n{meet}", location=meet,
               tzid="Europe/Berlin", prodid="-//Personio GmbH//Personio Calendar//DE")
    m1 = ats_mail(key=k + "1", sent=sent1, frm=("Spreehaus Mobility GmbH", "noreply@personio.de"), reply_to=kat,
                  subject="Einladung zum Interview / Interview invitation - Product Manager Rider Experience",
                  text=t1, vendor_host="mail-out2.personio.de", vendor_ip="18.196.74.35", domain="personio.de",
                  attach=[attachment(cal1, "Interview.ics", "text/calendar")])
    t2 = """Hallo Sanne,

I'm sorry to bring bad news at the end of the week: we have to cancel our interview on Tuesday 29 September. After an internal reorganisation the Rider Experience team is being merged into another product area, and the vacancy is on hold for now.

I know you had already set the time aside, so apologies for the short notice. If the role opens up again, you'll be the first person I contact.

Schönes Wochenende,
Katharina
"""
    cal2 = ics(uid=uid, start=start, end=end, summary="Interview Product Manager Rider Experience - Sanne de Vries",
               organizer=kat, attendees=att, dtstamp=sent2, method="CANCEL", seq=1, status="CANCELLED",
               description="Abgesagt / cancelled", location=meet, tzid="Europe/Berlin",
               prodid="-//Personio GmbH//Personio Calendar//DE")
    m2, _ = human_mail(key=k + "2", sent=sent2, frm=kat, to=[ME], subject="Absage: Interview am 29.09. / cancellation",
                       text=t2, style="gmail", attach=[attachment(cal2, "Absage.ics", "text/calendar")])
    lab = label([iv("Spreehaus Mobility", "Product Manager Rider Experience", start, end, "cancelled",
                    [kat[1], felix[1]], [kat[1], felix[1]], "onsite")], "medium", "positive/cancellation",
                "Berlin Personio invite, then a cancellation mail with METHOD:CANCEL (same UID, SEQUENCE 1) -> "
                "interview kept with status cancelled.")
    case("berlin-personio-cancelled", [("01-einladung-interview.eml", m1), ("02-absage-interview.eml", m2)], lab,
         "Berlin time, CEST +02:00 (Tue 29 Sep)")


def c12():
    k = "c12-loodsbox"
    you = ("Youssef Amrani", "youssef.amrani@loodsbox.example")
    merel = ("Merel Schouten", "merel.schouten@loodsbox.example")
    sent1 = T("2026-10-28 20:14:36", "Wed", "+01:00")
    sent2 = T("2026-11-02 10:02:11", "Mon", "+01:00")
    s1, e1 = T("2026-11-02 09:00", "Mon", "+01:00"), T("2026-11-02 09:30", "Mon", "+01:00")
    s2 = T("2026-11-04 13:30", "Wed", "+01:00")
    assert s2 == (sent2 + timedelta(days=2)).replace(hour=13, minute=30, second=0)  # "overmorgen om 13.30 uur"
    e2 = s2 + timedelta(hours=1)
    meet = f"https://meet.google.com/{alnum((k, 'a'), 3)}-{alnum((k, 'b'), 4)}-{alnum((k, 'c'), 3)}"
    cu = uuid_like((k, "ev"))
    t1 = f"""Hi Sanne de Vries,

Your Kennismaking Loodsbox (30 min) with Youssef Amrani at 09:00 (Central European Time) on Monday, November 2, 2026 is scheduled.

Event Type:
Kennismaking Loodsbox (30 min)

Event Host:
Youssef Amrani

Invitee:
Sanne de Vries
{OWNER}

Event Date/Time:
09:00 - 09:30 (Central European Time), Monday, November 2, 2026

Location:
This is a Google Meet web conference. Join now: {meet}

Questions:
Voor welke rol solliciteer je?
Product Manager Growth

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{cu}
Reschedule: https://calendly.com/reschedulings/{cu}

Powered by Calendly.com
"""
    cal = ics(uid=f"{cu}@calendly.com", start=s1, end=e1, summary="Kennismaking Loodsbox (30 min) - Sanne de Vries",
              organizer=you, attendees=[(you[0], you[1], "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")],
              dtstamp=sent1, description=f"Event Name: Kennismaking Loodsbox (30 min)\n\nGoogle Meet: {meet}",
              location=meet, prodid="-//Calendly//Calendly Calendar//EN")
    m1 = ats_mail(key=k + "1", sent=sent1, frm=("Calendly", "notifications@calendly.com"), reply_to=you,
                  subject="Confirmed: Kennismaking Loodsbox (30 min) with Youssef Amrani on Monday, November 2, 2026",
                  text=t1, vendor_host="o3.ptr1234.calendly.com", vendor_ip="167.89.115.57", domain="calendly.com",
                  attach=[attachment(cal, "invite.ics", "application/ics")])
    t2 = """Hoi Sanne,

Leuk gesprek net, dank je! Zoals besproken plannen we snel het tweede gesprek met Merel Schouten, onze Director of Product. Zij kan overmorgen om 13.30 uur, bij ons op kantoor in de Houthavens (Revaleiskade 40, Amsterdam). Merel trekt er een uur voor uit en staat in de cc.

Wil je voor die tijd nog even naar de nieuwe retourflow in onze app kijken? Daar praat ze graag met je over door.

Tot woensdag!
Youssef

Youssef Amrani
Recruiter | Loodsbox
"""
    m2, _ = human_mail(key=k + "2", sent=sent2, frm=you, to=[ME], cc=[merel], subject="Tweede gesprek met Merel",
                       text=t2, style="gmail")
    lab = label([iv("Loodsbox", "Product Manager Growth", s1, e1, "scheduled", [you[1]], [you[1]], "phone_screen"),
                 iv("Loodsbox", "Product Manager Growth", s2, e2, "scheduled", [merel[1]], [merel[1]], "hiring_manager")],
                "hard", "positive/two-interviews",
                "Calendly-booked recruiter screen (owner is the invitee) and, right after it, a second interview set "
                "only in the body: 'overmorgen om 13.30 uur' from Mon 2 Nov -> Wed 4 Nov.")
    case("calendly-screen-then-overmorgen", [("01-calendly-confirmed.eml", m1), ("02-tweede-gesprek-overmorgen.eml", m2)],
         lab, "Calendly 'Central European Time' on Mon 2 Nov (+01:00); 'overmorgen' from Date Mon 2 Nov 10:02 +0100 -> Wed 4 Nov")


def c13():
    k = "c13-zorgpad"
    hk = ("Hanneke Kok", "hanneke.kok@zorgpad.example")
    ruben = ("Ruben Jacobs", "ruben.jacobs@zorgpad.example")
    uid_a, uid_b = f"{alnum((k, 'A'), 26)}@google.com", f"{alnum((k, 'B'), 26)}@google.com"
    sent1 = T("2026-11-03 11:45:10", "Tue", "+01:00")
    sent2 = T("2026-11-06 08:05:33", "Fri", "+01:00")
    sent3 = T("2026-11-06 08:12:50", "Fri", "+01:00")
    sent4 = T("2026-11-06 08:20:14", "Fri", "+01:00")
    s1, e1 = T("2026-11-10 10:00", "Tue", "+01:00"), T("2026-11-10 11:00", "Tue", "+01:00")
    s2, e2 = T("2026-11-12 14:00", "Thu", "+01:00"), T("2026-11-12 15:00", "Thu", "+01:00")
    title = "Tweede gesprek Zorgpad - Sanne de Vries (PM Patiëntapp)"
    guests = [(hk[0], hk[1], "ACCEPTED"), (ruben[0], ruben[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    loc = "Zorgpad, Croeselaan 18, 3521 CB Utrecht"
    m1 = google_invite(key=k + "1", sent=sent1, organizer=hk, title=title, start=s1, end=e1, uid=uid_a, guests=guests,
                       description="Tweede gesprek met Ruben Jacobs (CPO). Neem gerust je laptop mee als je iets wilt laten zien.",
                       location=loc, meet=False)
    m2 = google_invite(key=k + "2", sent=sent2, organizer=hk, title=title, start=s1, end=e1, uid=uid_a, seq=1,
                       kind="canceled", guests=guests, location=loc, meet=False,
                       description="Ruben is ziek; Hanneke neemt contact met je op voor een nieuwe afspraak.")
    t3 = """Hoi Sanne,

Je hebt net een annulering in je agenda gekregen voor dinsdag. Ruben is helaas ziek geworden, dus we moesten het gesprek afzeggen. Vervelend, zeker zo kort van tevoren!

Gelukkig verwacht hij volgende week weer fit te zijn: donderdag 12 november om 14.00 uur, zelfde plek, zelfde duur. Ik stuur je zo een nieuwe uitnodiging.

Groet,
Hanneke

Hanneke Kok
Recruiter | Zorgpad
"""
    m3, _ = human_mail(key=k + "3", sent=sent3, frm=hk, to=[ME], subject="Gesprek dinsdag gaat niet door - nieuwe datum",
                       text=t3, style="gmail")
    m4 = google_invite(key=k + "4", sent=sent4, organizer=hk, title=title, start=s2, end=e2, uid=uid_b, guests=guests,
                       description="Nieuwe datum voor het tweede gesprek met Ruben Jacobs (CPO).", location=loc, meet=False)
    lab = label([iv("Zorgpad", "Product Manager Patiëntapp", s1, e1, "cancelled", [ruben[1]], [ruben[1]], "hiring_manager"),
                 iv("Zorgpad", "Product Manager Patiëntapp", s2, e2, "scheduled", [ruben[1]], [ruben[1]], "hiring_manager")],
                "hard", "positive/cancel-and-rebook",
                "Google invite cancelled (METHOD:CANCEL, interviewer ill) and re-booked as a NEW event with a new UID "
                "-> two entries: one cancelled (Tue 10 Nov), one scheduled (Thu 12 Nov).")
    case("utrecht-afgezegd-nieuwe-uitnodiging", [("01-invitation-tweede-gesprek.eml", m1), ("02-canceled-event.eml", m2),
                                                 ("03-nieuwe-datum.eml", m3), ("04-invitation-nieuwe-datum.eml", m4)],
         lab, "all in CET (+01:00), November after the switch")


# ============================================================================= NEGATIVE CASES
def c14():
    k = "c14-dijkstroom"
    sophie = ("Sophie Meijer", "sophie.meijer@dijkstroom.example")
    sent = T("2026-10-05 13:40:02", "Mon", "+02:00")
    T("2026-10-09 23:59", "Fri", "+02:00")
    text = f"""Beste Sanne,

Bedankt voor je interesse in de functie Product Manager Trading Platform bij Dijkstroom in Rotterdam. Als volgende stap in onze selectieprocedure vragen we alle kandidaten een online capaciteitentest te maken.

De test bestaat uit drie onderdelen (numeriek, verbaal en abstract redeneren) en duurt in totaal ongeveer 45 minuten. Je maakt hem thuis, op een moment dat jou uitkomt, maar wel uiterlijk vrijdag 9 oktober om 23.59 uur.

Start de test via je persoonlijke link: https://assessment.dijkstroom.example/t/{alnum(k, 18)}

Tips: zorg voor een rustige plek, een stabiele internetverbinding en pen en papier voor kladwerk. Een rekenmachine is niet toegestaan.

Na afloop bekijken we de uitslag samen met je cv. Binnen een week laten we je weten of we je uitnodigen voor een sollicitatiegesprek.

Met vriendelijke groet,
Sophie Meijer
Recruiter | Dijkstroom
"""
    m = ats_mail(key=k, sent=sent, frm=("Dijkstroom Recruitment", "dijkstroom@mail.recruitee.com"), reply_to=sophie,
                 subject="Volgende stap: online capaciteitentest - Product Manager Trading Platform", text=text,
                 vendor_host="o1.mail.recruitee.com", vendor_ip="149.72.134.66", domain="mail.recruitee.com")
    lab = label([], "medium", "negative/online-assessment",
                "Self-paced online capaciteitentest with a deadline; the interview is only a possible later step.")
    case("capaciteitentest-assessment", [("01-online-capaciteitentest.eml", m)], lab)


def c15():
    k = "c15-bezichtiging"
    joost = ("Joost Brouwer", "joost.brouwer@vangeldermakelaars.example")
    sent = T("2026-10-09 12:03:44", "Fri", "+02:00")
    start, end = T("2026-10-13 17:30", "Tue", "+02:00"), T("2026-10-13 17:50", "Tue", "+02:00")
    text = """Beste mevrouw De Vries,

Hierbij bevestigen wij uw bezichtiging van de woning aan de Jacob van Lennepstraat 214-II, 1053 JG Amsterdam:

Datum: dinsdag 13 oktober 2026
Tijd: 17.30 uur
Makelaar: Joost Brouwer

De bezichtiging duurt ongeveer 20 minuten. Na de bezichtiging volgt, bij wederzijdse interesse, een kort kennismakingsgesprek met de verhuurder. Neem daarom een kopie van uw identiteitsbewijs, een werkgeversverklaring en uw laatste drie loonstroken mee.

Bent u verhinderd? Zeg de afspraak dan uiterlijk 24 uur van tevoren af via dit e-mailadres, zodat een andere kandidaat-huurder de woning kan bekijken.

Met vriendelijke groet,

Van Gelder Makelaars
Afdeling Verhuur
Overtoom 301, Amsterdam
"""
    cal = ics(uid=f"{h(k)[:20]}@vangeldermakelaars.example", start=start, end=end,
              summary="Bezichtiging Jacob van Lennepstraat 214-II", organizer=joost,
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], dtstamp=sent, location="Jacob van Lennepstraat 214-II, Amsterdam",
              description="Bezichtiging huurwoning met Joost Brouwer (Van Gelder Makelaars).",
              prodid="-//Van Gelder Makelaars//Afspraken//NL")
    m, _ = human_mail(key=k, sent=sent, frm=("Van Gelder Makelaars", "verhuur@vangeldermakelaars.example"), to=[ME],
                      reply_to=("Van Gelder Makelaars", "verhuur@vangeldermakelaars.example"),
                      subject="Bevestiging bezichtiging Jacob van Lennepstraat 214-II", text=text, style="other",
                      attach=[attachment(cal, "bezichtiging.ics", "text/calendar")])
    lab = label([], "medium", "negative/appointment",
                "House viewing (bezichtiging) with an .ics and a 'kennismakingsgesprek met de verhuurder'; not a job interview.")
    case("bezichtiging-makelaar", [("01-bevestiging-bezichtiging.eml", m)], lab)


def c16():
    k = "c16-ggd"
    ggd = ("GGD Amsterdam", "noreply@ggdamsterdam.example")
    sent = T("2026-10-21 19:22:10", "Wed", "+02:00")
    start, end = T("2026-11-04 11:20", "Wed", "+01:00"), T("2026-11-04 11:35", "Wed", "+01:00")
    nr = int(h(k)[:8], 16) % 10**8
    text = f"""Beste Sanne de Vries,

U heeft een afspraak gemaakt voor de coronaprik (najaarsronde 2026).

Datum: woensdag 4 november 2026
Tijd: 11.20 uur
Locatie: GGD-priklocatie Amsterdam Zuid, Europaboulevard 22, Amsterdam
Afspraaknummer: {nr:08d}

Neem uw identiteitsbewijs mee en draag kleding waarmee uw bovenarm makkelijk bereikbaar is. Na de prik blijft u 15 minuten ter observatie.

Wilt u de afspraak verzetten of afzeggen? Dat kan via de link in deze e-mail of telefonisch via 020 555 5200.

Met vriendelijke groet,
GGD Amsterdam

Dit is een automatisch verzonden bericht. U kunt niet antwoorden op deze e-mail.
"""
    m = ats_mail(key=k, sent=sent, frm=ggd, reply_to=None, subject="Bevestiging van uw afspraak voor de coronaprik",
                 text=text, vendor_host="mailer.ggdamsterdam.example", vendor_ip="145.222.14.9",
                 domain="ggdamsterdam.example", cte="b64")
    cal = ics(uid=f"afspraak-{nr:08d}@ggdamsterdam.example", start=start, end=end, summary="Coronaprik GGD Amsterdam",
              organizer=ggd, attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], dtstamp=sent,
              location="GGD-priklocatie Amsterdam Zuid, Europaboulevard 22, Amsterdam",
              description=f"Afspraaknummer {nr:08d}. Neem uw identiteitsbewijs mee.", tzid="Europe/Amsterdam",
              prodid="-//GGD Amsterdam//Afsprakenplanner//NL")
    lab = label([], "easy", "negative/medical-appointment",
                "GGD vaccination appointment confirmation plus a standalone .ics with the owner as attendee.")
    case("ggd-vaccinatie-afspraak", [("01-bevestiging-afspraak.eml", m), ("02-afspraak-ggd.ics", cal.encode("utf-8"))],
         lab, "appointment mail sent in CEST (+0200) for Wed 4 Nov in CET (+01:00)")


def c17():
    k = "c17-carrierelab"
    mar = ("Marieke de Wit", "marieke@carrierelab.example")
    sent = T("2026-10-08 10:15:27", "Thu", "+02:00")
    start, end = T("2026-10-15 19:00", "Thu", "+02:00"), T("2026-10-15 21:30", "Thu", "+02:00")
    desc = ("Welkom bij de avondworkshop sollicitatietraining! In kleine groepjes oefenen we het sollicitatiegesprek: "
            "je doet een rollenspel met een ervaren recruiter in de rol van interviewer, krijgt feedback op je "
            "STAR-antwoorden en we sluiten af met tips voor de salarisonderhandeling.\n\nNeem een vacature mee "
            "waarvoor je wilt oefenen. Kosten: EUR 95 (factuur volgt per mail). Koffie, thee en soep staan klaar.")
    m = google_invite(key=k, sent=sent, organizer=mar, title="Workshop sollicitatietraining: oefen je sollicitatiegesprek",
                      start=start, end=end, uid=f"{alnum(k, 26)}@google.com", description=desc,
                      guests=[(mar[0], mar[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      location="Carrièrelab, Weesperzijde 79, Amsterdam", meet=False)
    lab = label([], "hard", "negative/mock-interview-workshop",
                "Paid sollicitatietraining workshop sent as a Google invite; role-play interviews are practice, not a hiring process.")
    case("sollicitatietraining-workshop", [("01-invitation-workshop.eml", m)], lab)


def c18():
    k = "c18-polderlab"
    julia = ("Julia Hoekstra", "julia.hoekstra@polderlab.example")
    sent = T("2026-10-09 16:35:12", "Fri", "+02:00")
    text = """Hoi Sanne,

Bedankt voor je tijd en energie de afgelopen weken, en voor het fijne tweede gesprek van afgelopen dinsdag met Sem en mij.

Helaas moeten we je laten weten dat we niet verdergaan met je sollicitatie voor de functie Senior Product Manager Data. Het was een lastige keuze: we waren onder de indruk van je aanpak van de discovery-opdracht, maar we hebben gekozen voor een kandidaat met meer ervaring in developer tooling.

Wil je een toelichting? Bel me gerust deze of volgende week, ik maak er graag een kwartiertje voor vrij.

We houden je graag in ons netwerk en wensen je veel succes met je zoektocht.

Hartelijke groet,
Julia Hoekstra
Talent Lead | Polderlab
"""
    m = ats_mail(key=k, sent=sent, frm=("Polderlab", "polderlab@teamtailor-mail.com"), reply_to=julia,
                 subject="Je sollicitatie bij Polderlab", text=text, vendor_host="mail-out.teamtailor-mail.com",
                 vendor_ip="198.2.180.14", domain="teamtailor-mail.com")
    lab = label([], "medium", "negative/rejection",
                "Teamtailor rejection ('Helaas') that refers to a past interview and offers an optional feedback call.")
    case("afwijzing-helaas", [("01-je-sollicitatie.eml", m)], lab)


def c19():
    k = "c19-ringvaart"
    koen = ("Koen Timmermans", "koen.timmermans@ringvaart.example")
    anouk = ("Anouk Smits", "anouk.smits@ringvaart.example")
    sent = T("2026-11-12 17:20:45", "Thu", "+01:00")
    T("2026-11-16 16:00", "Mon", "+01:00")  # call to walk through the offer
    text = """Hoi Sanne,

Namens het hele team: wat fijn dat we je vandaag telefonisch het goede nieuws konden vertellen! Zoals beloofd zet ik ons aanbod hier nog even op een rij:

- Functie: Senior Product Manager, Mobility Platform
- Bruto maandsalaris: EUR 6.850 bij 40 uur, plus 8% vakantiegeld
- Variabel: tot 10% jaarbonus
- Aandelenopties volgens ons ESOP-plan (details in het contract)
- Startdatum: 1 januari 2027, of eerder in overleg
- Hybride: twee dagen per week thuis, de rest op ons kantoor aan het Westerdok

Anouk (in de cc) stuurt je morgen het contract via DocuSign. Zullen we maandag om 16.00 uur even bellen om het aanbod door te lopen en je vragen te beantwoorden? Laat maar weten of dat past.

We hopen echt dat je ja zegt!

Koen Timmermans
Head of Product | Ringvaart
"""
    m, _ = human_mail(key=k, sent=sent, frm=koen, to=[ME], cc=[anouk], subject="Aanbod: Senior Product Manager bij Ringvaart",
                      text=text, style="gmail", cte="b64")
    lab = label([], "hard", "negative/offer",
                "Written offer (aanbod) proposing a call on Monday to discuss it; an offer call is not an interview.")
    case("aanbod-ringvaart", [("01-aanbod.eml", m)], lab)


def c20():
    k = "c20-codekids"
    pieter = ("Pieter Groen", "pieter.groen@codekids.example")
    mila = ("Mila Verhoeven", "mila.verhoeven@example.net")
    sent = T("2026-11-04 21:08:19", "Wed", "+01:00")
    start, end = T("2026-11-11 19:30", "Wed", "+01:00"), T("2026-11-11 20:30", "Wed", "+01:00")
    desc = ("Tweede ronde voor de vacature coördinator vrijwilligers (16 uur/week). Sanne en ik voeren het gesprek; "
            "het cv en de motivatiebrief van Mila staan in de gedeelde Drive-map 'Werving 2026'.\n\nSanne, neem jij "
            "de vragen over planning en communicatie met scholen? Ik doe de introductie en de arbeidsvoorwaarden.")
    m = google_invite(key=k, sent=sent, organizer=pieter,
                      title="Sollicitatiegesprek kandidaat coördinator - Mila Verhoeven", start=start, end=end,
                      uid=f"{alnum(k, 26)}@google.com", description=desc,
                      guests=[(pieter[0], pieter[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION"),
                              (mila[0], mila[1], "ACCEPTED")], meet=True)
    lab = label([], "hard", "negative/user-is-interviewer",
                "Owner sits on the selection committee of a volunteer foundation and interviews a candidate "
                "('Sanne en ik voeren het gesprek').")
    case("sanne-neemt-gesprek-af", [("01-invitation-sollicitatiegesprek-kandidaat.eml", m)], lab)


def c21():
    k = "c21-zeilwerk"
    sent1 = T("2026-10-18 21:04:33", "Sun", "+02:00")
    sent2 = T("2026-10-19 07:00:00", "Mon", "+02:00")
    T("2026-10-30 12:00", "Fri", "+01:00")
    t1 = """Hoi Sanne,

Wat leuk dat je hebt gesolliciteerd op de functie Product Manager Marketplace bij Zeilwerk in Rotterdam! We hebben je sollicitatie in goede orde ontvangen.

Wat gebeurt er nu?
Ons team bekijkt alle sollicitaties uiterlijk vrijdag 30 oktober. Willen we je uitnodigen voor een kennismakingsgesprek, dan hoor je dat via dit e-mailadres. Is het geen match, dan laten we je dat ook weten - beloofd.

Groetjes,
Team Zeilwerk

Op dit bericht kun je niet reageren.
"""
    m1 = ats_mail(key=k + "1", sent=sent1, frm=("Zeilwerk", "no-reply@homerun.co"), reply_to=None,
                  subject="Bedankt voor je sollicitatie bij Zeilwerk!", text=t1, vendor_host="mta-out1.homerun.co",
                  vendor_ip="35.156.78.190", domain="homerun.co")
    t2 = """Nieuwe vacatures voor je zoekopdracht 'product manager' in Amsterdam (+25 km)

Product Owner Payments - Betaalbrug, Amsterdam
Solliciteer voor 2 november; sollicitatiegesprekken vinden plaats in week 46.

Senior Product Manager - Koggeschip Software, Haarlem
Hybride, 32-40 uur. Eerste gesprekken op korte termijn.

Product Manager B2B - Meerpaal Logistics, Schiphol
Start per januari. Reageer via de website van de werkgever.

Product Lead Climate - Waterlinie Energy, Amsterdam
Fulltime, inclusief leaseauto.

Bekijk alle resultaten: https://www.vacatureradar.example/zoeken?q=product+manager&l=amsterdam

Je ontvangt deze e-mail omdat je een vacaturealert hebt ingesteld. Afmelden: https://www.vacatureradar.example/alerts
"""
    m2 = ats_mail(key=k + "2", sent=sent2, frm=("Vacatureradar", "alerts@vacatureradar.example"), reply_to=None,
                  subject="4 nieuwe vacatures voor 'product manager' in Amsterdam", text=t2,
                  vendor_host="mail.vacatureradar.example", vendor_ip="91.195.240.44", domain="vacatureradar.example",
                  extra_headers=[("List-Unsubscribe", "<https://www.vacatureradar.example/alerts>")])
    lab = label([], "easy", "negative/application-receipt",
                "Homerun application receipt ('kennismakingsgesprek' only as a possible next step) and a job alert "
                "mentioning interview weeks.")
    case("homerun-ontvangst-en-jobalert", [("01-bedankt-voor-je-sollicitatie.eml", m1), ("02-vacaturealert.eml", m2)], lab)


def c22():
    k = "c22-kaailabs"
    wout = ("Wout Janssens", "wout.janssens@kaailabs.example")
    sent = T("2026-11-10 09:41:18", "Tue", "+01:00", BRU)
    T("2026-11-17 14:00", "Tue", "+01:00", BRU)
    T("2026-11-19 14:00", "Thu", "+01:00", BRU)
    text = """Dag Sanne,

Ik kwam je profiel tegen en ik denk dat je perfect zou passen bij onze openstaande vacature voor Senior Product Manager bij Kaailabs in Antwerpen. We bouwen software voor slimme laadpleinen en ons productteam groeit volgend jaar van drie naar zes mensen.

Zou je openstaan voor een eerste, vrijblijvend gesprek van een halfuurtje? Je kan zelf een moment kiezen via mijn agenda: https://calendly.com/wout-kaailabs/kennismaking

Ik heb volgende week nog veel ruimte, bijvoorbeeld dinsdag 17 of donderdag 19 november in de namiddag. Geen haast, hoor!

Met vriendelijke groeten,
Wout Janssens
Talent Acquisition | Kaailabs
"""
    m, _ = human_mail(key=k, sent=sent, frm=wout, to=[ME], subject="Verkennend gesprek bij Kaailabs?", text=text)
    lab = label([], "medium", "negative/availability-request",
                "Flemish recruiter outreach with a Calendly link and loose availability; nothing booked.")
    case("antwerpen-calendly-link-niet-geboekt", [("01-verkennend-gesprek.eml", m)], lab)


# ============================================================================= output
def readme(labels):
    ids = list(labels)
    pos = [c for c in ids if labels[c]["interview"]]
    ivs = [i for c in ids for i in labels[c]["interviews"]]
    by_status = {s: sum(1 for i in ivs if i["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = {}
    for i in ivs:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    tz_lines = [f"- case {n:02d} (`{cid}`): {tz}" for n, (cid, (_, _, _, tz)) in
                enumerate(zip(ids, CASES), 1) if tz]
    L = [
        "# blind285: Amsterdam tech scale-ups (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a product manager in Amsterdam (Europe/Amsterdam; CEST until "
        "25 Oct 2026, CET afterwards).", "",
        "This set was written blind: only the eval README and a few dev files were read for the format; no tool "
        "code, tests or other sets were looked at.", "",
        "## What it stresses",
        "Dutch/English (and Flemish, some German) mail from Amsterdam, Utrecht, Rotterdam, Eindhoven, Antwerp, "
        "Berlin and London scale-ups: Dutch date phrases ('dinsdag 13 oktober om 14.00 uur', 'morgen om 10 uur', "
        "'overmorgen', 'om 10u'), relative dates resolved against the Date header, reschedule by mail + Teams "
        "update (same UID, higher SEQUENCE), cancellation, cancel-and-rebook as a new event, an onsite sent as "
        "three invites across the EU DST change, a case presentation, a cultuurgesprek with the team, a founder "
        "'koffie' that is a real process step, an agency recruiter (company = client), and hard negatives "
        "(capaciteitentest, bezichtiging, GGD appointment, sollicitatietraining, rejection with 'helaas', offer "
        "with an offer call, owner interviewing a candidate, application receipt + job alert, unbooked "
        "Calendly link).", "",
        "## Counts",
        f"- cases: {len(ids)}; positives: {len(pos)}; negatives: {len(ids) - len(pos)}",
        f"- labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})",
        "- by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
        "## Formats",
        "- plain human threads (Outlook/Gmail style, In-Reply-To/References), text/plain + HTML, quoted-printable and base64",
        "- ATS mails: Recruitee (.ics attached), Homerun, Teamtailor, Greenhouse itinerary, Workable (.ics, TZID "
        "Europe/London), Personio (.ics REQUEST and CANCEL)",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST/CANCEL, invite.ics)",
        "- Exchange/Teams invites (W. Europe Standard Time, X-MICROSOFT-CDO-*, '(UTC+01:00)' label), Calendly confirmation",
        "- standalone .ics files (Exchange 'Romance Standard Time'; GGD) and one Calendar API `.gcal.json` event", "",
        "## Time-zone / DST points",
    ] + tz_lines + [""]
    return "\n".join(L)


def main():
    check_dst_2026()
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
              c20, c21, c22):
        f()
    n = len(CASES)
    npos = sum(1 for c in CASES if c[2]["interview"])
    assert 20 <= n <= 24 and 0.55 <= npos / n <= 0.60, (n, npos)
    for p in sorted(OUT.glob(f"{PREFIX}-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for i, (slug, items, lab, _tz) in enumerate(CASES, 1):
        cid = f"{PREFIX}-{i:02d}-{slug}"
        d = OUT / cid
        d.mkdir()
        for j, (fname, data) in enumerate(items, 1):
            assert fname.startswith(f"{j:02d}-") and fname.endswith((".eml", ".ics", ".gcal.json")), fname
            (d / fname).write_bytes(data)
        labels[cid] = lab
    head = "# Labels for blind285 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (OUT / "labels.yaml").write_text(head + body, encoding="utf-8")
    (OUT / "README.md").write_text(readme(labels), encoding="utf-8")
    print(f"wrote {n} cases ({npos} positive) to {OUT}")


if __name__ == "__main__":
    main()
