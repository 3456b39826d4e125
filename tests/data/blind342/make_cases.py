#!/usr/bin/env python3
"""Generate the blind342 evaluation set (Lusaka and the Copperbelt, Zambia).

Deletes and rewrites every b342-* case folder, labels.yaml and README.md next to this script.
Deterministic: all dates, Message-IDs, UIDs and MIME boundaries derive from a fixed seed.
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
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind342|lusaka-copperbelt|2026"
OWNER = "mwila.chanda@example.com"
OWNER_NAME = "Mwila Chanda"

LUSAKA = ZoneInfo("Africa/Lusaka")
BLANTYRE = ZoneInfo("Africa/Blantyre")
NAIROBI = ZoneInfo("Africa/Nairobi")
LONDON = ZoneInfo("Europe/London")
JOBURG = ZoneInfo("Africa/Johannesburg")
UTC = timezone.utc

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BEMBA_WEEKDAYS = {"Palicimo": 0, "Palicibili": 1, "Palicitatu": 2, "Palicine": 3,
                  "Palicisano": 4, "Pa Cibelushi": 5, "Pa Mulungu": 6}

# ---------------------------------------------------------------- time-zone sanity checks
H1, H2, H3 = timedelta(hours=1), timedelta(hours=2), timedelta(hours=3)
# UK / EU 2026: summer time ends Sunday 25 October (01:00 UTC)
assert datetime(2026, 10, 24, 12, tzinfo=LONDON).utcoffset() == H1
assert datetime(2026, 10, 26, 12, tzinfo=LONDON).utcoffset() == timedelta(0)
assert datetime(2026, 3, 30, 12, tzinfo=LONDON).utcoffset() == H1
assert datetime(2026, 3, 28, 12, tzinfo=LONDON).utcoffset() == timedelta(0)
assert datetime(2026, 10, 25, tzinfo=LONDON).weekday() == 6
assert datetime(2026, 3, 29, tzinfo=LONDON).weekday() == 6
assert datetime(2026, 10, 24, 12, tzinfo=ZoneInfo("Europe/Paris")).utcoffset() == H2
assert datetime(2026, 10, 26, 12, tzinfo=ZoneInfo("Europe/Paris")).utcoffset() == H1
# US 2026: Mar 8 / Nov 1
NY = ZoneInfo("America/New_York")
assert datetime(2026, 3, 7, 12, tzinfo=NY).utcoffset() == timedelta(hours=-5)
assert datetime(2026, 3, 9, 12, tzinfo=NY).utcoffset() == timedelta(hours=-4)
assert datetime(2026, 10, 31, 12, tzinfo=NY).utcoffset() == timedelta(hours=-4)
assert datetime(2026, 11, 2, 12, tzinfo=NY).utcoffset() == timedelta(hours=-5)
# Zambia / Malawi / Kenya / South Africa have no DST
for _m in (1, 3, 6, 10, 11, 12):
    for _tz, _off in ((LUSAKA, H2), (BLANTYRE, H2), (JOBURG, H2), (NAIROBI, H3)):
        assert datetime(2026, _m, 15, 12, tzinfo=_tz).utcoffset() == _off
# London vs Lusaka gap: 1 h before 25 Oct 2026, 2 h after
assert (datetime(2026, 10, 22, 10, tzinfo=LONDON).astimezone(LUSAKA).hour) == 11
assert (datetime(2026, 11, 3, 14, tzinfo=LONDON).astimezone(LUSAKA).hour) == 16
assert (datetime(2026, 11, 19, 10, tzinfo=LONDON).astimezone(LUSAKA).hour) == 12


def T(tz, y, mo, d, h=0, mi=0, s=0, wd=None, off=None):
    """Aware datetime with weekday / UTC-offset assertions."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        if wd in BEMBA_WEEKDAYS:
            assert dt.weekday() == BEMBA_WEEKDAYS[wd], (dt, wd)
        else:
            assert WEEKDAYS[dt.weekday()].startswith(wd), (dt, wd)
    if off is not None:
        assert dt.utcoffset() == timedelta(hours=off), (dt, off)
    return dt


def H(*parts, n=16):
    return hashlib.sha256(("|".join([SEED] + [str(p) for p in parts])).encode()).hexdigest()[:n]


def uuidish(*parts):
    h = H(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b32ish(*parts, n=26):
    alphabet = "abcdefghijklmnopqrstuv0123456789"
    raw = hashlib.sha256(("|".join([SEED] + [str(p) for p in parts])).encode()).digest()
    return "".join(alphabet[b % 32] for b in raw)[:n]


def rfc_date(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------- header helpers
def enc(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()":;@[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{Header(name, 'utf-8').encode()} <{email}>"


# ---------------------------------------------------------------- MIME helpers
def leaf(ctype, text, cte="quoted-printable", disp=None, raw=None):
    data = raw if raw is not None else text.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        body = data.decode("ascii")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    hdrs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disp:
        hdrs.append(("Content-Disposition", disp))
    return {"headers": hdrs, "body": body}


def multipart(subtype, parts, key):
    b = "000000000000" + H("boundary", key, n=14)
    body = ""
    for p in parts:
        body += f"--{b}\n" + render(p) + "\n"
    body += f"--{b}--\n"
    return {"headers": [("Content-Type", f'multipart/{subtype}; boundary="{b}"')], "body": body}


def render(p):
    return "".join(f"{k}: {v}\n" for k, v in p["headers"]) + "\n" + p["body"]


def text_plain(text, cte="quoted-printable", flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ("; format=flowed; delsp=yes" if flowed else "")
    return leaf(ct, text, cte)


def text_html(markup, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', markup, cte)


def to_html(text, font="Calibri,Arial,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in para.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out) +
            "\n</div></body></html>\n")


def received_line(sender_host, ip_last, date, key):
    arr = (date + timedelta(seconds=2)).astimezone(LUSAKA)
    return (f"from {sender_host} ({sender_host} [198.51.100.{ip_last}])\n"
            f"        by mx.example.com with ESMTPS id {H('rcv', key, n=12)}\n"
            f"        for <{OWNER}>;\n"
            f"        {rfc_date(arr)}")


def write_eml(path, *, frm, to, subject, date, mid, root, cc=None, reply_to=None, in_reply_to=None,
              references=None, extra=(), host="mail.example.net", ip=10, return_path=None, sender=None):
    hdrs = [("Delivered-To", OWNER),
            ("Received", received_line(host, ip, date, mid)),
            ("Return-Path", f"<{return_path or frm.split('<')[-1].rstrip('>')}>")]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    if sender:
        hdrs.append(("Sender", sender))
    hdrs += [("MIME-Version", "1.0"), ("Date", rfc_date(date)), ("Message-ID", mid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += [("Subject", enc(subject)), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += list(extra)
    data = "".join(f"{k}: {v}\n" for k, v in hdrs) + "".join(f"{k}: {v}\n" for k, v in root["headers"])
    data += "\n" + root["body"]
    path.write_bytes(data.encode("ascii"))


# ---------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics_text(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def vtz_fixed(tzid, off, name=None, windows=False):
    o = f"{'+' if off >= 0 else '-'}{abs(off):02d}00"
    if windows:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{o}", f"TZOFFSETTO:{o}",
                "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{o}", f"TZOFFSETTO:{o}",
                "END:DAYLIGHT", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{o}", f"TZOFFSETTO:{o}", f"TZNAME:{name}",
            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


VTZ_LONDON = ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
              "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
              "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
              "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
              "END:VTIMEZONE"]

# Windows time-zone ids used by Exchange, checked against the IANA zone they stand for
WINTZ = {
    "E. Africa Standard Time": (NAIROBI, 3, "(UTC+03:00) Nairobi"),
    "South Africa Standard Time": (JOBURG, 2, "(UTC+02:00) Harare, Pretoria"),
}


def attendee_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
                f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name or email}:mailto:{email}"


# ---------------------------------------------------------------- Google Calendar invitation
def gtime(dt):
    h = dt.hour % 12 or 12
    return f"{h}{':%02d' % dt.minute if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


def google_invite(path, *, key, organizer, guests, summary, start, end, date, description, uid, seq=0,
                  location="", meet=None, view_tz=LUSAKA, tz_label="Central Africa Time - Lusaka",
                  tz_abbr="CAT", updated=False, changed_note=None):
    """guests: list of (name, email, partstat); organizer: (name, email)."""
    s, e = start.astimezone(view_tz), end.astimezone(view_tz)
    when_long = f"{WEEKDAYS[s.weekday()]} {s.day} {s.strftime('%b %Y')} \u22c5 {gtime(s)} \u2013 {gtime(e)}"
    when_subj = f"{s.strftime('%a')} {s.day} {s.strftime('%b %Y')} {gtime(s)} - {gtime(e)} ({tz_abbr})"
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if changed_note:
        lines += [changed_note, ""]
    lines += [summary, when_long, tz_label, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", f"(ZA) +27 10 823 {int(H('ph', key, n=6), 16) % 10000:04d}",
                  f"PIN: {int(H('pin', key, n=8), 16) % 10**9:09d}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for name, email, _ in guests:
        tag = " - organizer" if email == organizer[1] else ""
        if name:
            lines += [f"{name}{tag}", email]
        else:
            lines += [email]
    lines += [f"View all guest info {view}", "", description.strip(), "",
              f"Reply for {OWNER} and view more details {view}", "", "",
              "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    markup = to_html(plain, font="Roboto,Helvetica,Arial,sans-serif")

    desc = description.strip()
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    created = date - timedelta(minutes=1) if not updated else date - timedelta(days=3)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, ps in guests:
        cal.append(attendee_line(name, email, ps, google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    cal += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_escape(desc)}",
            f"LAST-MODIFIED:{zstamp(date)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    alt = multipart("alternative", [
        text_plain(plain, "base64", flowed=True),
        text_html(markup, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64"),
    ], key + "alt")
    root = multipart("mixed", [
        alt,
        leaf('application/ics; name="invite.ics"', ics, "base64", 'attachment; filename="invite.ics"'),
    ], key + "mixed")
    write_eml(path, frm=addr(organizer[0], organizer[1]), to=OWNER, subject=subject, date=date,
              mid=f"<calendar-{uuidish('gmid', key)}@google.com>", root=root,
              reply_to=addr(organizer[0], organizer[1]),
              sender="Google Calendar <calendar-notification@google.com>",
              host="mail-sor-f41.google.com", ip=41,
              return_path=f"{H('rp', key, n=22)}@calendar-server.bounces.google.com")
    return ics


# ---------------------------------------------------------------- Exchange / Teams invitation
def outlook_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + H("olk", key, n=72).upper()


def outlook_invite(path, *, key, organizer, attendees, summary, start, end, date, body, wintz, uid, seq=0,
                   location="Microsoft Teams Meeting", teams=True, cancel=False, mid_domain="prod.outlook.com",
                   msg_prefix="DB9PR04MB", cc_attendees=False):
    tzobj, off, label = WINTZ[wintz]
    for dt in (start, end):
        assert dt.utcoffset() == timedelta(hours=off), dt
        assert dt.astimezone(tzobj).utcoffset() == timedelta(hours=off)
    s, e = start, end
    when = (f"When: {WEEKDAYS[s.weekday()]}, {s.day} {s.strftime('%B %Y')} "
            f"{s.strftime('%H:%M')}-{e.strftime('%H:%M')} {label}.")
    conf_id = " ".join(f"{int(H('mt', key, n=10), 16) % 10**12:012d}"[i:i + 3] for i in range(0, 12, 3))
    passcode = b32ish("pc", key, n=6)
    teams_link = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{H('tm', key, n=32)}"
                  f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuidish('tid', key)}%22%7d")
    plain = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams and not cancel:
        plain += ("\n" + "_" * 80 + "\nMicrosoft Teams meeting\n"
                  "Join on your computer, mobile app or room device\n"
                  f"Click here to join the meeting<{teams_link}>\n"
                  f"Meeting ID: {conf_id}\nPasscode: {passcode}\n"
                  "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                  "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                  "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
                  f"meetingOptions/?organizerId={uuidish('org', key)}>\n" + "_" * 80 + "\n")
    markup = to_html(plain)
    method = "CANCEL" if cancel else "REQUEST"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += vtz_fixed(wintz, off, windows=True)
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email in attendees:
        cal.append(attendee_line(name, email))
    cal += [f"DESCRIPTION;LANGUAGE=en-GB:{ics_escape(plain)}",
            f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{ics_escape(('Canceled: ' if cancel else '') + summary)}",
            f"DTSTART;TZID={wintz}:{s.strftime('%Y%m%dT%H%M%S')}",
            f"DTEND;TZID={wintz}:{e.strftime('%Y%m%dT%H%M%S')}",
            "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5", f"DTSTAMP:{zstamp(date)}",
            "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
            "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE=en-GB:{ics_escape(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(H('own', key, n=8), 16) % 2**31}",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            f"X-MICROSOFT-LOCATIONS:[ {{ \"DisplayName\" : \"{location}\"\\, \"LocationAnnotation\" : \"\"\\, "
            f"\"LocationSource\" : 0\\, \"Unresolved\" : false\\, \"LocationUri\" : \"\" }} ]"]
    if teams and not cancel:
        cal.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_link}")
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    root = multipart("alternative", [
        text_plain(plain, "quoted-printable"),
        text_html(markup, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"),
    ], key)
    names = [addr(n, e) for n, e in attendees if e != OWNER]
    to = ", ".join([addr(OWNER_NAME, OWNER)] + ([] if cc_attendees else names))
    cc = ", ".join(names) if cc_attendees and names else None
    mid = f"<{msg_prefix}{H('om', key, n=10).upper()}{H('om2', key, n=14)}@{msg_prefix}{H('om3', key, n=4).upper()}.eurprd04.{mid_domain}>"
    extra = [("Thread-Topic", enc(summary)),
             ("Thread-Index", base64.b64encode(bytes.fromhex(H('ti', key, n=44))).decode()),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB"),
             ("X-MS-Exchange-Organization-SCL", "1")]
    write_eml(path, frm=addr(organizer[0], organizer[1]), to=to, cc=cc,
              subject=("Canceled: " if cancel else "") + summary, date=date, mid=mid, root=root, extra=extra,
              host=f"{msg_prefix.lower()}.outbound.protection.outlook.com", ip=77)
    return ics


# ---------------------------------------------------------------- labels
LABELS = {}
CASES = []   # (case_id, notes for README)


def case_dir(n, slug):
    cid = f"b342-{n:02d}-{slug}"
    d = OUT / cid
    d.mkdir(parents=True)
    return cid, d


def iv(company, role, start, end, interviewers, followups, kind, status="scheduled"):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(cid, interviews, difficulty, category, notes):
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def mid_of(local_key, domain):
    return f"<{H('mid', local_key, n=20)}@{domain}>"


def owner_mid(key):
    return f"<CAJ{H('own', key, n=12)}{b32ish('ownb', key, n=20)}@mail.example.com>"


# ================================================================ people and companies
CTB, CTB_D = "Chilanga Trust Bank", "chilangatrustbank.example"
CTB_ROLE = "Accountant (Financial Reporting)"
NATASHA = ("Natasha Mwale", f"natasha.mwale@{CTB_D}")
KELVIN = ("Kelvin Sakala", f"kelvin.sakala@{CTB_D}")
AGNESS = ("Agness Nyirenda", f"agness.nyirenda@{CTB_D}")
CEO = ("Mulenga Chisanga", f"mulenga.chisanga@{CTB_D}")

NKANA, NKANA_D = "Nkana Earthmovers & Mining Services", "nkanaearthmovers.example"
BWALYA = ("Bwalya Mulenga", f"bwalya.mulenga@{NKANA_D}")

TPF, TPF_D = "Tiyende Pamodzi Foundation", "tiyendepamodzi.example"
TPF_ROLE = "Grants Finance Officer"
CHIKONDI = ("Chikondi Banda", f"chikondi.banda@{TPF_D}")
MPHATSO = ("Mphatso Phiri", f"mphatso.phiri@{TPF_D}")
KONDWANI = ("Kondwani Mvula", f"kondwani.mvula@{TPF_D}")

KAP, KAP_D = "Kilimani Assurance Partners", "kilimaniassurance.example"
KAP_ROLE = "Audit Senior - Financial Services"
WANJIRU = ("Wanjiru Kamau", f"wanjiru.kamau@{KAP_D}")
BRIAN = ("Brian Otieno", f"brian.otieno@{KAP_D}")
NJERI = ("Njeri Wambugu", f"njeri.wambugu@{KAP_D}")

HFS, HFS_D = "Harrowgate Fund Services", "harrowgatefunds.example"
HFS_ROLE = "Fund Accountant (Private Equity)"
OLIVIA = ("Olivia Pennington", f"olivia.pennington@{HFS_D}")
JAMES = ("James Whitcombe", f"james.whitcombe@{HFS_D}")
ELEANOR = ("Eleanor Hartley", f"eleanor.hartley@{HFS_D}")

MPC, MPC_D = "Masala Paints & Coatings", "masalapaints.example"
MPC_ROLE = "Management Accountant"
MUSONDA = ("Musonda Tembo", f"musonda.tembo@{MPC_D}")
PRECIOUS = ("Precious Zulu", f"precious.zulu@{MPC_D}")
CHIPO = ("Chipo Lungu", f"chipo.lungu@{MPC_D}")
JOSEPH = ("Joseph Mbewe", f"joseph.mbewe@{MPC_D}")
NCHIMUNYA = ("Nchimunya Hamoonga", f"nchimunya.hamoonga@{MPC_D}")

ME = addr(OWNER_NAME, OWNER)
TZ_POINTS = []   # (case number, text) for the README


def A(p):
    return addr(*p)


# ================================================================ cases
def case01():
    cid, d = case_dir(1, "bank-phone-screen-tomorrow-at-2")
    date = T(LUSAKA, 2026, 10, 5, 16, 12, 5, wd="Mon", off=2)
    start = T(LUSAKA, 2026, 10, 6, 14, 0, wd="Tue", off=2)   # "tomorrow at 2 pm"
    assert start.date() == (date + timedelta(days=1)).date()
    body = f"""Dear Ms. Chanda,

Thank you for your application for the position of Accountant - Financial Reporting (Ref: CTB/FIN/09/26), which was advertised in the Zambia Daily Mail on 18th September 2026.

Having gone through your CV, we would like to have a short telephone interview with you tomorrow at 2 pm. I will call you on the mobile number indicated on your CV (+260 97 555 0142). The call will not take more than 30 minutes; I would like us to go over your month-end close experience, your exposure to IFRS 9 provisioning and your current notice period.

Should the time not be convenient, kindly let me know before 10:00 hrs tomorrow and we will agree on another slot.

Kind regards,

Natasha Mwale
HR Officer - Talent Acquisition
Chilanga Trust Bank Plc
Chilanga Trust Bank House, Plot 2214 Cairo Road, Lusaka
Tel: +260 211 555 014 | www.chilangatrustbank.example
"""
    write_eml(d / "01-telephone-interview-ctb.eml", frm=A(NATASHA), to=ME,
              subject="Telephone interview - Accountant (Financial Reporting) - Ref CTB/FIN/09/26",
              date=date, mid=mid_of("c01", "ZMCTBEX01.chilangatrustbank.example"), root=text_plain(body),
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-ZM")],
              host="smtp1.chilangatrustbank.example", ip=21)
    label(cid, [iv(CTB, CTB_ROLE, start, start + timedelta(minutes=30), [NATASHA[1]], [NATASHA[1]],
                   "phone_screen")], "medium", "positive/email-body-only-relative-date",
          "HR officer books a phone screen 'tomorrow at 2 pm' (no weekday, no date); resolved against the "
          "Date header (Mon 5 Oct 2026, +0200) -> Tue 6 Oct 14:00 CAT; 'not more than 30 minutes' gives the "
          "end. The 10:00 hrs deadline is not the interview.")
    TZ_POINTS.append((1, "'tomorrow at 2 pm' resolved against Date Mon 5 Oct 2026 16:12 +0200 -> 2026-10-06T14:00+02:00 (CAT)."))


def case02():
    cid, d = case_dir(2, "job-blast-walk-in-interviews")
    date = T(LUSAKA, 2026, 10, 6, 5, 30, 0, wd="Tue", off=2)
    walkin = T(LUSAKA, 2026, 10, 10, 8, 0, wd="Sat")
    assert walkin.weekday() == 5
    text = """JobsZambia Digest - Accounting & Finance
27 new jobs matching "Accountant" in Lusaka, Copperbelt and Central Province

Hello Mwila,

Here are this week's hand-picked vacancies. Apply early - many Zambian employers close adverts as soon as they have enough CVs.

1. ACCOUNTS OFFICER - Kabwe Milling Company, Kabwe
   WALK-IN INTERVIEWS: Saturday 10th October 2026, 08:00 - 12:00 hrs, Mulungushi International Conference Centre, Lusaka.
   Bring your CV, certificates and NRC. First come, first served.

2. ASSISTANT ACCOUNTANT - Kafue Gorge Lodges, Kafue
   Closing date: 16th October 2026. Diploma in Accountancy, ZICA Technician.

3. CREDIT CONTROLLER - Chisokone Distributors, Kitwe
   Closing date: 23rd October 2026. 3 years' FMCG experience.

4. AUDIT TRAINEE (x4) - Mpika & Associates Chartered Accountants, Ndola
   Closing date: 30th October 2026. ACCA/ZICA part-qualified.

5. FINANCE & ADMIN OFFICER - Mansa Rural Water Trust, Mansa
   Closing date: 2nd November 2026. Own transport an advantage.

... and 22 more on the website.

TIP OF THE WEEK: Ten questions Zambian panels always ask at interviews - read it on our blog.

You are receiving this because you subscribed to job alerts at jobszambia.example.
Unsubscribe: https://jobszambia.example/alerts/unsubscribe?u=""" + H("unsub", "c02", n=20) + "\n"
    root = multipart("alternative", [text_plain(text), text_html(to_html(text, "Arial,sans-serif"))], "c02")
    write_eml(d / "01-jobszambia-digest.eml", frm="JobsZambia Digest <alerts@jobszambia.example>", to=ME,
              subject="\U0001F525 27 new Accountant jobs this week - walk-in interviews on Saturday!",
              date=date, mid=mid_of("c02", "mailer.jobszambia.example"), root=root,
              extra=[("List-Unsubscribe", "<https://jobszambia.example/alerts/unsubscribe>"),
                     ("Precedence", "bulk")], host="mailer.jobszambia.example", ip=92)
    label(cid, [], "easy", "negative/job-alert",
          "Weekly job-board blast; the walk-in interviews on Sat 10 Oct are an open advert, not booked for the user.")


def case03():
    cid, d = case_dir(3, "kitwe-owner-bemba-mailo")
    date = T(LUSAKA, 2026, 10, 7, 6, 52, 11, wd="Palicitatu", off=2)
    start = T(LUSAKA, 2026, 10, 8, 10, 0, wd="Palicine", off=2)      # mailo, Palicine, pa 10 koloko ulucelo
    alt = T(LUSAKA, 2026, 10, 9, 14, 0, wd="Palicisano", off=2)       # fallback slot, not used
    assert start.date() == (date + timedelta(days=1)).date() and alt > start
    body1 = """Mwashibukeni ba Mwila,

Nine Bwalya Mulenga, mwine wa Nkana Earthmovers & Mining Services ku Kitwe. Twapokelela CV yenu iyo mwatumine pa accountant position. Natemwa ifyo mwalembele.

Ndefwaya tukumane pa kwipushiwa (interview) mailo, Palicine, pa 10 koloko ulucelo, ku office yesu pa Plot 17 Chibuluma Road, Kitwe, pepi na Freedom Park. Ba Mutale, site manager wesu, nabo bakaba mo.

Nga mailo tamwakakwanishe, Palicisano pa 2 koloko akasuba nayo kuti yabomba. Lelo mailo eyaweme kuli ine.

Please bring your NRC and copies of your certificates. We need someone who can handle our books, the payroll for about 60 workers and the ZRA returns, so be ready to talk about that.

Mwise bwino. Natotela.

B. Mulenga
Managing Director
Nkana Earthmovers & Mining Services Ltd
Cell: +260 96 555 0187

Sent from my Samsung Galaxy smartphone.
"""
    m1 = mid_of("c03a", "mail.nkanaearthmovers.example")
    write_eml(d / "01-ukwipushiwa-mailo.eml", frm=A(BWALYA), to=ME,
              subject="Ukwipushiwa / Interview - Accountant", date=date, mid=m1,
              root=text_plain(body1), host="mail.nkanaearthmovers.example", ip=33)
    date2 = T(LUSAKA, 2026, 10, 7, 7, 34, 50, wd="Wed", off=2)
    body2 = """Mwashibukeni mukwai ba Mulenga,

Natotela sana for the opportunity. Tomorrow, Thursday 8th October at 10:00 hrs, is fine with me. I will be at your office on Chibuluma Road with my NRC and certificates.

Kind regards,
Mwila Chanda

On Wed, 7 Oct 2026 at 06:52, Bwalya Mulenga <""" + BWALYA[1] + """> wrote:
> Mwashibukeni ba Mwila,
> Nine Bwalya Mulenga, mwine wa Nkana Earthmovers & Mining Services ku Kitwe.
> ...
"""
    write_eml(d / "02-re-ukwipushiwa-natotela.eml", frm=ME, to=A(BWALYA),
              subject="Re: Ukwipushiwa / Interview - Accountant", date=date2, mid=owner_mid("c03b"),
              in_reply_to=m1, references=m1, root=text_plain(body2), host="mail.example.com", ip=5)
    label(cid, [iv(NKANA, "Accountant", start, None, [BWALYA[1]], [BWALYA[1]], "hiring_manager")],
          "hard", "positive/email-body-only-bemba",
          "Kitwe business owner writes mostly in Bemba: 'mailo, Palicine, pa 10 koloko ulucelo' (tomorrow, "
          "Thursday, 10 in the morning) relative to Date Wed 7 Oct 2026 +0200 -> Thu 8 Oct 10:00 CAT. The "
          "fallback 'Palicisano pa 2 koloko akasuba' (Fri 14:00) is not taken; the user's reply confirms "
          "Thursday. No duration given. Site manager Mutale has no address.")
    TZ_POINTS.append((3, "Bemba 'mailo, Palicine, pa 10 koloko ulucelo' against Date Wed 7 Oct 2026 06:52 +0200 -> 2026-10-08T10:00+02:00; fallback Fri 9 Oct 14:00 not used."))


def case04():
    cid, d = case_dir(4, "lilongwe-ngo-propose-confirm-nyanja")
    d1 = T(BLANTYRE, 2026, 10, 9, 11, 5, 33, wd="Fri", off=2)
    opt1 = T(BLANTYRE, 2026, 10, 21, 10, 0, wd="Wed", off=2)
    opt2 = T(BLANTYRE, 2026, 10, 22, 14, 0, wd="Thu", off=2)
    assert opt1.astimezone(LUSAKA).hour == 10 and opt2 > opt1
    b1 = """Dear Mwila,

Greetings from Lilongwe!

Thank you for your interest in the Grants Finance Officer position (ref. TPF/LLW/2026/14) with Tiyende Pamodzi Foundation. I am pleased to let you know that you have been shortlisted for a first interview with our Finance & Grants Manager, Mphatso Phiri.

The interview will be held on Zoom and should last about 45 minutes. Could you let me know which of these two slots suits you?

  - Wednesday 21 October, 10:00
  - Thursday 22 October, 14:00

Both times are Malawi time, which is the same as Zambian time (CAT), so there is no conversion to worry about.

Warm regards,

Chikondi Banda
HR & Administration Officer
Tiyende Pamodzi Foundation
Area 47, Sector 4, Lilongwe, Malawi
+265 1 555 274
"""
    m1 = mid_of("c04a", "tiyendepamodzi.example")
    subj = "Interview scheduling - Grants Finance Officer (TPF/LLW/2026/14)"
    write_eml(d / "01-interview-scheduling-two-slots.eml", frm=A(CHIKONDI), to=ME, subject=subj, date=d1,
              mid=m1, root=text_plain(b1), host="mail.tiyendepamodzi.example", ip=44)
    d2 = T(LUSAKA, 2026, 10, 9, 13, 20, 2, wd="Fri", off=2)
    b2 = """Dear Chikondi,

Thank you for this good news. Wednesday 21 October at 10:00 works best for me.

Kind regards,
Mwila Chanda
+260 97 555 0142

On Fri, 9 Oct 2026 at 11:05, Chikondi Banda <""" + CHIKONDI[1] + """> wrote:
> Could you let me know which of these two slots suits you?
>   - Wednesday 21 October, 10:00
>   - Thursday 22 October, 14:00
"""
    m2 = owner_mid("c04b")
    write_eml(d / "02-re-wednesday-works.eml", frm=ME, to=A(CHIKONDI), subject="Re: " + subj, date=d2,
              mid=m2, in_reply_to=m1, references=m1, root=text_plain(b2), host="mail.example.com", ip=5)
    d3 = T(BLANTYRE, 2026, 10, 12, 8, 40, 19, wd="Mon", off=2)
    b3 = f"""Dear Mwila,

Thank you. Your interview is confirmed for Wednesday 21 October 2026, 10:00 - 10:45 (CAT).

You will be interviewed by Mphatso Phiri, Finance & Grants Manager ({MPHATSO[1]}), whom I have copied. I will open the meeting and hand over to her.

Zoom: https://zoom.us/j/8415559027?pwd={b32ish('zoom', 'c04', n=22)}
Meeting ID: 841 555 9027
Passcode: TPF2026

It would help to have a recent donor financial report you prepared (with confidential figures removed) at hand; Mphatso likes to go through one in detail.

Kind regards,
Chikondi
"""
    m3 = mid_of("c04c", "tiyendepamodzi.example")
    write_eml(d / "03-re-interview-confirmed.eml", frm=A(CHIKONDI), to=ME, cc=A(MPHATSO),
              subject="Re: " + subj, date=d3, mid=m3, in_reply_to=m2, references=f"{m1} {m2}",
              root=text_plain(b3), host="mail.tiyendepamodzi.example", ip=44)
    d4 = T(BLANTYRE, 2026, 10, 20, 15, 10, 44, wd="Tue", off=2)
    assert opt1.date() == (d4 + timedelta(days=1)).date()   # "mawa"
    b4 = """Moni Mwila,

Tikukumbutsani kuti tikumana mawa nthawi ya 10 koloko m'mawa pa Zoom. The link and passcode are the same as in my earlier e-mail.

If your connection drops, Mphatso will call you on WhatsApp, so please keep your phone nearby.

Zikomo kwambiri,
Chikondi
"""
    write_eml(d / "04-reminder-mawa.eml", frm=A(CHIKONDI), to=ME, cc=A(MPHATSO),
              subject="Reminder: Zoom interview tomorrow - Grants Finance Officer", date=d4,
              mid=mid_of("c04d", "tiyendepamodzi.example"), in_reply_to=m3, references=f"{m1} {m2} {m3}",
              root=multipart("alternative", [text_plain(b4), text_html(to_html(b4))], "c04d"),
              host="mail.tiyendepamodzi.example", ip=44)
    label(cid, [iv(TPF, TPF_ROLE, opt1, opt1 + timedelta(minutes=45), [MPHATSO[1]], [MPHATSO[1]],
                   "hiring_manager")], "medium", "positive/thread-propose-confirm",
          "Coordinator proposes two slots, user picks Wednesday, coordinator confirms 10:00-10:45 CAT with the "
          "interviewer's address; Nyanja reminder 'mawa nthawi ya 10 koloko m'mawa' repeats it. One interview; "
          "Chikondi only coordinates.")
    TZ_POINTS.append((4, "Lilongwe sender (Africa/Blantyre, +0200) says Malawi time = Zambian time; Nyanja 'mawa ... 10 koloko m'mawa' on Tue 20 Oct -> 2026-10-21T10:00+02:00."))


def case05():
    cid, d = case_dir(5, "nairobi-technical-teams-dedupe")
    d1 = T(NAIROBI, 2026, 10, 26, 10, 15, 40, wd="Mon", off=3)
    start = T(NAIROBI, 2026, 11, 3, 10, 0, wd="Tue", off=3)
    end = start + H1
    assert start.astimezone(LUSAKA).hour == 9
    b1 = f"""Hi Mwila,

Thank you for completing the online aptitude test on 22 October - the numerical and audit-judgement scores put you comfortably through to the next stage.

I would like to invite you to a technical interview with Brian Otieno ({BRIAN[1]}), Audit Manager in our Financial Services Assurance group. It is set for Tuesday 3 November 2026 at 10:00 am East Africa Time - that is 09:00 in Lusaka - and will run for an hour on Microsoft Teams.

Brian will take you through a short case on expected credit loss provisioning for a microfinance client, followed by questions on audit sampling, so have a calculator handy. A Teams invitation will follow shortly from me.

Best regards,

Wanjiru Kamau
Talent Acquisition Lead
Kilimani Assurance Partners | Westlands, Nairobi
+254 20 555 0316
"""
    write_eml(d / "01-technical-interview-invitation.eml", frm=A(WANJIRU), to=ME, cc=A(BRIAN),
              subject="Next step: technical interview - Audit Senior, Financial Services",
              date=d1, mid=mid_of("c05a", "kilimaniassurance.example"),
              root=multipart("alternative", [text_plain(b1), text_html(to_html(b1))], "c05a"),
              host="mail-eopbgr.outbound.protection.outlook.com", ip=55)
    d2 = T(NAIROBI, 2026, 10, 26, 10, 21, 7, wd="Mon", off=3)
    outlook_invite(d / "02-teams-invite-technical.eml", key="c05b", organizer=WANJIRU,
                   attendees=[BRIAN, (OWNER_NAME, OWNER)], summary="Technical interview: Mwila Chanda - Audit Senior (FS)",
                   start=start, end=end, date=d2, wintz="E. Africa Standard Time", uid=outlook_uid("c05"),
                   body="Hi Mwila,\n\nAs discussed, this is your technical interview with Brian Otieno. "
                        "Please join five minutes early and keep your camera on.\n\nRegards,\nWanjiru")
    label(cid, [iv(KAP, KAP_ROLE, start, end, [BRIAN[1]], [BRIAN[1]], "technical")], "medium",
          "positive/dedupe-email-and-teams-invite",
          "Nairobi recruiter e-mail + Exchange/Teams invite (TZID 'E. Africa Standard Time', '(UTC+03:00) "
          "Nairobi') describe ONE interview: Tue 3 Nov 10:00-11:00 EAT = 09:00 CAT. The aptitude test on "
          "22 Oct is a past assessment, not an interview.")
    TZ_POINTS.append((5, "Nairobi (Africa/Nairobi, +03:00) one hour ahead: Teams invite 'E. Africa Standard Time' 10:00 = 09:00 CAT on 2026-11-03."))


def case06():
    cid, d = case_dir(6, "kitchen-party-google-invite")
    date = T(LUSAKA, 2026, 10, 15, 20, 14, 9, wd="Thu", off=2)
    start = T(LUSAKA, 2026, 10, 31, 14, 0, wd="Sat", off=2)
    end = T(LUSAKA, 2026, 10, 31, 18, 0, wd="Sat", off=2)
    chileshe = ("Chileshe Mumba", "chileshe.mumba@mail.example")
    desc = """Mwapoleni ba sister!

You are warmly invited to Luyando's kitchen party before her wedding to Kasonde in December.

Dress code: chitenge (any colour, but the bride's colours are gold and emerald).
Please come with a kitchen gift - pots, cooking sticks, a chitenge for the bride - and contribute K200 towards food and the hall by 25th October (Airtel Money to me, 097 555 0133).

The aunties (ba Bana Chimbusa) will "interview" Luyando on how well she knows her groom, so come ready to laugh and to give advice!

Chileshe"""
    google_invite(d / "01-invitation-kitchen-party.eml", key="c06", organizer=chileshe,
                  guests=[(chileshe[0], chileshe[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION"),
                          ("Natasha Phiri", "natasha.phiri@mail.example", "ACCEPTED"),
                          ("Bupe Chileshe", "bupe.c@mail.example", "NEEDS-ACTION")],
                  summary="Luyando's Kitchen Party \U0001F490", start=start, end=end, date=date, description=desc,
                  uid=f"{b32ish('uid', 'c06')}@google.com",
                  location="Mulungushi Village Gardens, Plot 45 Ibex Hill Road, Lusaka")
    label(cid, [], "easy", "negative/social-invite",
          "Google Calendar invitation to a friend's kitchen party; the aunties' 'interview' of the bride is a "
          "joke and the Airtel Money contribution is a party collection.")


def case07():
    cid, d = case_dir(7, "london-screen-and-technical-across-uk-dst")
    d1 = T(LONDON, 2026, 10, 15, 14, 2, 18, wd="Thu", off=1)
    s1 = T(LONDON, 2026, 10, 22, 10, 0, wd="Thu", off=1)          # BST, 11:00 in Lusaka
    e1 = s1 + timedelta(minutes=30)
    assert s1.astimezone(LUSAKA).hour == 11
    greenhouse_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Mwila,</p>
<p>Thanks for making time to speak with us! Your interview for the <b>Fund Accountant (Private Equity)</b> role at Harrowgate Fund Services is confirmed. A calendar file is attached.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td><b>Date</b></td><td>Thursday, October 22nd, 2026</td></tr>
<tr><td><b>Time</b></td><td>10:00 AM - 10:30 AM BST (Europe/London)</td></tr>
<tr><td><b>Interview</b></td><td>Phone Screen with Olivia Pennington</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams (link in the calendar file)</td></tr>
</table>
<p>Just so it's clear: Lusaka is currently one hour ahead of London, so this will be 11:00 your time.</p>
<p>If anything changes on your side, simply reply to this e-mail.</p>
<p>Best wishes,<br>Olivia Pennington<br>Talent Acquisition Partner, Harrowgate Fund Services<br>
30 Finsbury Circus, London EC2M 7DT</p>
<p style="color:#888;font-size:11px">Sent via Greenhouse</p>
</body></html>
"""
    cal1 = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduler//EN",
            "METHOD:REQUEST", "CALSCALE:GREGORIAN"] + VTZ_LONDON + [
            "BEGIN:VEVENT", f"UID:gh-interview-{H('gh', 'c07', n=20)}@greenhouse.io", f"DTSTAMP:{zstamp(d1)}",
            f"DTSTART;TZID=Europe/London:{s1.strftime('%Y%m%dT%H%M%S')}",
            f"DTEND;TZID=Europe/London:{e1.strftime('%Y%m%dT%H%M%S')}",
            "SUMMARY:Phone Screen - Mwila Chanda - Fund Accountant (Private Equity)",
            f"ORGANIZER;CN={OLIVIA[0]}:mailto:{OLIVIA[1]}",
            attendee_line(OLIVIA[0], OLIVIA[1], "ACCEPTED"), attendee_line(OWNER_NAME, OWNER),
            f"DESCRIPTION:{ics_escape('Phone screen with Olivia Pennington (Talent Acquisition). Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + H('t1', 'c07', n=24) + '%40thread.v2/0')}",
            "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    ics1 = ics_text(cal1)
    root = multipart("mixed", [
        text_html(greenhouse_html, "base64"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', ics1, "base64",
             'attachment; filename="interview.ics"'),
    ], "c07a")
    write_eml(d / "01-greenhouse-phone-screen-confirmation.eml",
              frm=addr(OLIVIA[0], "no-reply@greenhouse-mail.io"), to=ME, reply_to=A(OLIVIA),
              subject="Interview Confirmation: Fund Accountant (Private Equity) at Harrowgate Fund Services",
              date=d1, mid=f"<{uuidish('gh', 'c07a')}@greenhouse-mail.io>", root=root,
              host="o1.ptr1234.greenhouse-mail.io", ip=120, return_path="bounces+8675309@greenhouse-mail.io")
    d2 = T(LONDON, 2026, 10, 23, 16, 45, 2, wd="Fri", off=1)
    s2 = T(LONDON, 2026, 11, 3, 14, 0, wd="Tue", off=0)           # GMT after 25 Oct -> 16:00 in Lusaka
    e2 = s2 + H1
    assert s2.astimezone(LUSAKA).hour == 16
    desc = f"""Hi Mwila - thanks for a great conversation yesterday. This is your technical interview with James Whitcombe, Fund Accounting Manager ({JAMES[1]}). Expect NAV calculations, capital call and distribution mechanics, and a short carried-interest waterfall.

Heads-up on the time: UK clocks go back on Sunday 25 October, so from then London is two hours behind Lusaka. The interview is 14:00 London time, i.e. 16:00 for you.

Olivia"""
    google_invite(d / "02-invitation-technical-interview.eml", key="c07b", organizer=OLIVIA,
                  guests=[(OLIVIA[0], OLIVIA[1], "ACCEPTED"), (JAMES[0], JAMES[1], "ACCEPTED"),
                          (None, OWNER, "NEEDS-ACTION")],
                  summary="Harrowgate - Technical Interview: Fund Accountant (Mwila Chanda)", start=s2, end=e2,
                  date=d2, description=desc, uid=f"{b32ish('uid', 'c07b')}@google.com",
                  meet=f"hfs-{b32ish('m', 'c07', n=4)}-{b32ish('m2', 'c07', n=3)}")
    label(cid, [iv(HFS, HFS_ROLE, s1, e1, [OLIVIA[1]], [OLIVIA[1]], "phone_screen"),
                iv(HFS, HFS_ROLE, s2, e2, [JAMES[1]], [JAMES[1]], "technical")], "hard",
          "positive/two-interviews-across-uk-dst",
          "Two interviews with a London fund administrator straddling the UK change on 25 Oct: Greenhouse "
          "confirmation (.ics TZID Europe/London) for a BST phone screen Thu 22 Oct 10:00+01:00 (11:00 CAT), "
          "then a Google invite displayed in CAT (4pm-5pm) for Tue 3 Nov 14:00 GMT. Olivia conducts the screen; "
          "James is the technical interviewer.")
    TZ_POINTS.append((7, "London before/after UK DST end (Sun 25 Oct 2026): 22 Oct 10:00 BST (+01:00) = 11:00 CAT; 3 Nov 14:00 GMT (+00:00) = 16:00 CAT (Google invite shown in Central Africa Time)."))


def case08():
    cid, d = case_dir(8, "zica-cpd-seminar-ics")
    date = T(LUSAKA, 2026, 10, 19, 9, 0, 0, wd="Mon", off=2)
    start = T(LUSAKA, 2026, 11, 12, 8, 0, wd="Thu", off=2)
    end = T(LUSAKA, 2026, 11, 12, 16, 15, wd="Thu", off=2)
    text = """Dear Member,

ZICA LUSAKA BRANCH CPD SEMINAR - THURSDAY, 12TH NOVEMBER 2026

The Lusaka Branch of the Zambia Institute of Chartered Accountants invites you to a full-day CPD seminar at the Radisson Blu Hotel, Great East Road, Lusaka, from 08:00 to 16:15 hrs. The seminar earns 6 verifiable CPD hours.

Programme
08:00 - 08:30  Registration and tea
08:30 - 10:30  IFRS 18: Presentation and Disclosure in Financial Statements
10:45 - 12:30  Tax amendments in the 2027 National Budget (ZRA)
13:30 - 15:00  Panel discussion: how finance leaders recruit and interview the next generation of accountants
15:15 - 16:15  Ethics: professional scepticism in the public sector

Fees: K850 (members), K1,200 (non-members), inclusive of lunch and materials.
Register by 5th November on the member portal. A calendar entry is attached for your convenience.

Yours faithfully,
Continuing Professional Development Department
Zambia Institute of Chartered Accountants
"""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ZICA//Events 2.1//EN", "METHOD:PUBLISH"] + \
        vtz_fixed("Africa/Lusaka", 2, "CAT") + [
        "BEGIN:VEVENT", f"UID:cpd-2026-11-12-lsk-{H('u', 'c08', n=10)}@zica.example", f"DTSTAMP:{zstamp(date)}",
        f"DTSTART;TZID=Africa/Lusaka:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID=Africa/Lusaka:{end.strftime('%Y%m%dT%H%M%S')}",
        "SUMMARY:ZICA Lusaka Branch CPD Seminar (6 CPD hours)",
        "LOCATION:Radisson Blu Hotel\\, Great East Road\\, Lusaka",
        "ORGANIZER;CN=ZICA CPD:mailto:cpd@zica.example",
        attendee_line(OWNER_NAME, OWNER, role="OPT-PARTICIPANT"),
        "DESCRIPTION:IFRS 18\\, 2027 budget tax amendments\\, panel on recruiting accountants\\, ethics.",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    root = multipart("mixed", [
        multipart("alternative", [text_plain(text), text_html(to_html(text, "Georgia,serif"))], "c08alt"),
        leaf('text/calendar; charset="UTF-8"; method=PUBLISH; name="ZICA-CPD-12Nov2026.ics"', ics_text(cal),
             "base64", 'attachment; filename="ZICA-CPD-12Nov2026.ics"')], "c08")
    write_eml(d / "01-zica-cpd-seminar.eml", frm="ZICA CPD <cpd@zica.example>", to=ME,
              subject="ZICA Lusaka Branch CPD Seminar - 12 November 2026 (6 CPD hours)", date=date,
              mid=mid_of("c08", "zica.example"), root=root,
              extra=[("List-Unsubscribe", "<mailto:unsubscribe@zica.example>")], host="mail.zica.example", ip=88)
    label(cid, [], "medium", "negative/cpd-seminar",
          "Accountants' institute CPD seminar with an .ics attachment; one session is a panel discussion about "
          "interviewing accountants. Not a job interview.")


def case09():
    cid, d = case_dir(9, "bank-aptitude-test-testgorilla")
    date = T(UTC, 2026, 10, 7, 11, 30, 0, wd="Wed", off=0)
    deadline = T(LUSAKA, 2026, 10, 16, 23, 59, wd="Fri", off=2)
    text = f"""Hi Mwila,

Natasha Mwale from Chilanga Trust Bank has invited you to complete an assessment for the role of Accountant - Financial Reporting.

The assessment contains four tests and takes about 45 minutes:
  - Numerical reasoning (10 min)
  - Verbal reasoning (10 min)
  - Attention to detail (10 min)
  - Accounting fundamentals - IFRS (15 min)

Please complete it before Friday, October 16, 2026 at 23:59 (Africa/Lusaka). You can take it at any time before the deadline, but once you start, the timer cannot be paused. Use a laptop with a stable connection; tests are proctored via webcam snapshots.

Start assessment: https://app.testgorilla.com/invitations/{uuidish('tg', 'c09')}

Good luck!
The TestGorilla team, on behalf of Chilanga Trust Bank
"""
    root = multipart("alternative", [text_plain(text), text_html(to_html(text, "Inter,Arial,sans-serif"))], "c09")
    write_eml(d / "01-assessment-invitation.eml", frm="Chilanga Trust Bank via TestGorilla <no-reply@testgorilla.com>",
              to=ME, reply_to=A(NATASHA),
              subject="Chilanga Trust Bank has invited you to an assessment", date=date,
              mid=f"<{uuidish('tgm', 'c09')}@testgorilla.com>", root=root, host="o2.email.testgorilla.com", ip=130)
    assert deadline.weekday() == 4
    label(cid, [], "medium", "negative/online-assessment",
          "Aptitude test invitation with a completion deadline (Fri 16 Oct 23:59 CAT); self-paced assessment, "
          "not an interview.")


def case10():
    cid, d = case_dir(10, "ndola-hr-phone-screen-this-friday")
    date = T(LUSAKA, 2026, 10, 27, 9, 30, 12, wd="Tue", off=2)
    start = T(LUSAKA, 2026, 10, 30, 11, 0, wd="Fri", off=2)     # "this Friday at 11:00 hrs"
    assert 0 < (start.date() - date.date()).days < 7
    markup = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Dear Ms. Mwila Chanda,</p>
<p><b><u>RE: SHORTLISTING FOR THE POSITION OF MANAGEMENT ACCOUNTANT (MPC/HR/031/2026)</u></b></p>
<p>Reference is made to your application dated 2nd October 2026 for the above position.</p>
<p>We are pleased to inform you that you have been shortlisted. As a first step, our Human Resources Manager, Mrs. Precious Zulu (copied), will conduct a telephone interview with you <b>this Friday at 11:00 hrs</b>. The call will take approximately 20 minutes. Kindly ensure that you are reachable on 097 555 0142 and that you are in a quiet place.</p>
<p>Candidates who are successful at this stage will be invited to a panel interview at our Head Office in Ndola; details will be communicated in due course.</p>
<p>Yours faithfully,</p>
<p>Musonda Tembo<br>HR Assistant<br>For: MASALA PAINTS &amp; COATINGS LTD<br>
Plot 1421, Heavy Industrial Area, P.O. Box 70234, Ndola<br>Tel: +260 212 555 611</p>
</body></html>
"""
    write_eml(d / "01-shortlisting-telephone-interview.eml", frm=A(MUSONDA), to=ME, cc=A(PRECIOUS),
              subject="Shortlisting - Management Accountant (MPC/HR/031/2026)", date=date,
              mid=mid_of("c10", "masalapaints.example"), root=text_html(markup, "base64"),
              extra=[("X-Mailer", "Microsoft Outlook 16.0")], host="mail.masalapaints.example", ip=61)
    label(cid, [iv(MPC, MPC_ROLE, start, start + timedelta(minutes=20), [PRECIOUS[1]], [PRECIOUS[1]],
                   "phone_screen")], "hard", "positive/email-body-only-relative-date",
          "Base64 HTML-only letter from an HR assistant: 'this Friday at 11:00 hrs' against Date Tue 27 Oct "
          "2026 +0200 -> Fri 30 Oct 11:00 CAT, ~20 minutes. The interviewer is the copied HR Manager, not the "
          "sender. The panel mentioned is not yet booked.")
    TZ_POINTS.append((10, "'this Friday at 11:00 hrs' resolved against Date Tue 27 Oct 2026 +0200 -> 2026-10-30T11:00+02:00."))


def case11():
    cid, d = case_dir(11, "bank-technical-rescheduled-sequence")
    uid = f"{b32ish('uid', 'c11')}@google.com"
    d1 = T(LUSAKA, 2026, 10, 20, 10, 5, 31, wd="Tue", off=2)
    s0 = T(LUSAKA, 2026, 10, 27, 10, 0, wd="Tue", off=2)
    loc = "Chilanga Trust Bank House, 4th Floor Boardroom, Plot 2214 Cairo Road, Lusaka"
    desc = """Dear Mwila,

Further to your aptitude test results, you are invited to attend a technical interview with our Financial Controller, Mr. Kelvin Sakala. Expect questions on IFRS 9 staging, Bank of Zambia prudential returns and consolidation.

Please carry your original academic and professional certificates. Report to the main reception 15 minutes early.

Natasha Mwale, HR"""
    guests = [(NATASHA[0], NATASHA[1], "ACCEPTED"), (KELVIN[0], KELVIN[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    google_invite(d / "01-invitation-technical-interview.eml", key="c11a", organizer=NATASHA, guests=guests,
                  summary="CTB Technical Interview - Accountant (Financial Reporting) - Mwila Chanda",
                  start=s0, end=s0 + H1, date=d1, description=desc, uid=uid, seq=0, location=loc)
    d2 = T(LUSAKA, 2026, 10, 23, 12, 48, 9, wd="Fri", off=2)
    s1 = T(LUSAKA, 2026, 10, 28, 14, 0, wd="Wed", off=2)
    b2 = """Dear Mwila,

Apologies for the late change. Mr. Sakala has been asked to attend a Board Audit Committee meeting on Tuesday morning, so we need to move your technical interview to Wednesday, 28th October at 14:00 hrs. The venue stays the same and the interview will still take about an hour.

I am sending an updated calendar invitation now; kindly accept it so that I know the new time works for you.

Regards,
Natasha Mwale
HR Officer - Talent Acquisition
"""
    write_eml(d / "02-change-of-interview-time.eml", frm=A(NATASHA), to=ME, cc=A(KELVIN),
              subject="Change of interview time - Technical interview, Accountant (Financial Reporting)",
              date=d2, mid=mid_of("c11b", "ZMCTBEX01.chilangatrustbank.example"), root=text_plain(b2),
              extra=[("X-Mailer", "Microsoft Outlook 16.0")], host="smtp1.chilangatrustbank.example", ip=21)
    d3 = T(LUSAKA, 2026, 10, 23, 12, 51, 40, wd="Fri", off=2)
    google_invite(d / "03-updated-invitation-wednesday.eml", key="c11c", organizer=NATASHA, guests=guests,
                  summary="CTB Technical Interview - Accountant (Financial Reporting) - Mwila Chanda",
                  start=s1, end=s1 + H1, date=d3, description=desc, uid=uid, seq=1, location=loc, updated=True,
                  changed_note="This event has been changed.\nChanged: Time (was Tuesday 27 Oct 2026 \u22c5 10am \u2013 11am)")
    label(cid, [iv(CTB, CTB_ROLE, s1, s1 + H1, [KELVIN[1]], [KELVIN[1]], "technical")], "medium",
          "positive/reschedule-google-sequence",
          "Google invite for Tue 27 Oct 10:00, e-mail moving it, then 'Updated invitation' with the same UID and "
          "SEQUENCE:1 for Wed 28 Oct 14:00-15:00 CAT. One interview at the final time; Natasha only organises.")


def case12():
    cid, d = case_dir(12, "church-finance-committee")
    date = T(LUSAKA, 2026, 11, 2, 19, 22, 37, wd="Mon", off=2)
    meet = T(LUSAKA, 2026, 11, 8, 11, 30, wd="Pa Mulungu", off=2)
    assert meet.weekday() == 6
    body = """Mwapoleni mwebantu ba Lesa,

This is to inform members of the Finance & Stewardship Committee that we shall meet Pa Mulungu, 8th November 2026, immediately after the second service (from about 11:30 hrs) in the church vestry.

Agenda
1. Opening prayer - Rev. Chilufya
2. Q3 income and expenditure report - Treasurer (Sis. Mwila Chanda)
3. 2027 budget and the harvest thanksgiving pledges
4. Quotations for the roof of the Sunday school block
5. A.O.B.

Treasurer, kindly bring the bank reconciliations for July to September and the petty cash book. Members who will not manage to attend should send apologies to the secretary by Saturday.

Lesa amipaale.

Elder Mwansa Kalaba
Secretary, Finance & Stewardship Committee
UCZ Chilenje Congregation
"""
    write_eml(d / "01-finance-committee-meeting.eml", frm="Elder Mwansa Kalaba <mwansa.kalaba@mail.example>",
              to="Finance & Stewardship Committee <ucz-chilenje-finance@groups.mail.example>",
              subject="UCZ Chilenje - Finance & Stewardship Committee meeting, Pa Mulungu 8th November",
              date=date, mid=mid_of("c12", "mail.example"), root=text_plain(body),
              extra=[("List-Id", "<ucz-chilenje-finance.groups.mail.example>")], host="mail.example", ip=12)
    label(cid, [], "easy", "negative/church-meeting",
          "Church finance committee meeting where the user is treasurer; Bemba greeting and 'Pa Mulungu' "
          "(Sunday). Not a job interview.")


def case13():
    cid, d = case_dir(13, "ndola-panel-three-outlook-invites")
    d0 = T(LUSAKA, 2026, 11, 2, 14, 10, 5, wd="Mon", off=2)
    day = (2026, 11, 10)
    assert datetime(*day).weekday() == 1
    body = """Dear Ms. Chanda,

RE: INVITATION TO PANEL INTERVIEW - MANAGEMENT ACCOUNTANT

Following your successful telephone interview, you are invited to attend a panel interview for the position of Management Accountant.

Date:   Tuesday, 10th November 2026
Time:   09:00 hrs - 11:45 hrs
Venue:  Boardroom, Masala Paints & Coatings Ltd Head Office, Plot 1421, Heavy Industrial Area, Ndola

The interview is slated to run in three sessions with short breaks in between. Separate calendar invitations for each session will follow from this address.

Kindly come with your original certificates (Grade 12, degree and ZICA/ACCA), your NRC and a copy of your latest payslip. Candidates travelling from Lusaka meet their own travel costs; we advise arriving in Ndola the evening before.

Yours faithfully,

Musonda Tembo
HR Assistant
For: MASALA PAINTS & COATINGS LTD
"""
    write_eml(d / "01-invitation-to-panel-interview.eml", frm=A(MUSONDA), to=ME, cc=A(PRECIOUS),
              subject="INVITATION TO PANEL INTERVIEW - MANAGEMENT ACCOUNTANT", date=d0,
              mid=mid_of("c13", "masalapaints.example"), root=text_plain(body),
              extra=[("X-Mailer", "Microsoft Outlook 16.0")], host="mail.masalapaints.example", ip=61)
    sessions = [
        ("Panel Interview Session 1 (Finance) - Mwila Chanda", (9, 0), (9, 45), [CHIPO],
         "Session 1 with the Finance Director, Mrs. Chipo Lungu: financial reporting, budgeting and your "
         "experience with management packs."),
        ("Panel Interview Session 2 (Costing & Operations) - Mwila Chanda", (10, 0), (10, 45), [JOSEPH, NCHIMUNYA],
         "Session 2 with Mr. Joseph Mbewe (Plant Manager) and Mr. Nchimunya Hamoonga (Senior Cost Accountant): "
         "standard costing, variance analysis for the resin and pigment lines, and stock counts."),
        ("Panel Interview Session 3 (HR) - Mwila Chanda", (11, 15), (11, 45), [PRECIOUS],
         "Session 3 with Mrs. Precious Zulu (HR Manager): conditions of service, notice period and references."),
    ]
    when_sent = [(14, 16, 3), (14, 18, 27), (14, 21, 55)]
    for i, ((summ, (sh, sm), (eh, em), people, txt), sent) in enumerate(zip(sessions, when_sent), start=2):
        st = T(LUSAKA, *day, sh, sm, wd="Tue", off=2)
        en = T(LUSAKA, *day, eh, em, wd="Tue", off=2)
        assert st.astimezone(JOBURG).utcoffset() == H2
        outlook_invite(d / f"{i:02d}-outlook-session-{i - 1}.eml", key=f"c13s{i}", organizer=MUSONDA,
                       attendees=people + [(OWNER_NAME, OWNER)], summary=summ, start=st, end=en,
                       date=T(LUSAKA, 2026, 11, 2, *sent, off=2), wintz="South Africa Standard Time",
                       uid=outlook_uid(f"c13s{i}"), teams=False, mid_domain="prod.outlook.com",
                       msg_prefix="AS8PR07MB",
                       location="Boardroom, Masala Paints Head Office, Heavy Industrial Area, Ndola",
                       body=f"Dear Ms. Chanda,\n\n{txt}\n\nRegards,\nMusonda Tembo, HR Assistant")
    start = T(LUSAKA, *day, 9, 0, off=2)
    end = T(LUSAKA, *day, 11, 45, off=2)
    ivs = [CHIPO[1], JOSEPH[1], NCHIMUNYA[1], PRECIOUS[1]]
    label(cid, [iv(MPC, MPC_ROLE, start, end, ivs, ivs, "onsite")], "hard",
          "positive/onsite-panel-multiple-invites",
          "Ndola manufacturer: coordinator letter + three Exchange invites (TZID 'South Africa Standard Time', "
          "'(UTC+02:00) Harare, Pretoria') for back-to-back panel sessions on Tue 10 Nov with a break; ONE onsite "
          "interview 09:00-11:45 CAT with all four panellists. Musonda only coordinates.")
    TZ_POINTS.append((13, "Exchange TZID 'South Africa Standard Time' / '(UTC+02:00) Harare, Pretoria' used for Ndola (same offset as Africa/Lusaka): 2026-11-10 09:00-11:45 +02:00."))


def case14():
    cid, d = case_dir(14, "scam-medical-fee-mobile-money")
    date = T(timezone(H1), 2026, 11, 4, 23, 41, 9, wd="Wed")
    fake_iv = T(LUSAKA, 2026, 11, 16, 8, 0, wd="Mon", off=2)
    pay_by = T(LUSAKA, 2026, 11, 6, 17, 0, wd="Fri", off=2)
    assert pay_by < fake_iv
    body = """Dear Applicant MWILA CHANDA,

CONGRATULATIONS!!!

We are pleased to inform you that after careful screening of over 3,000 applications you have been SHORTLISTED for the position of SENIOR ACCOUNTANT at Chambishi Copper Mines Plc (Salary: K38,500 net + housing + company vehicle).

Your interview has been scheduled for Monday 16th November 2026 at 08:00hrs at the Mine Clinic, Chambishi.

IMPORTANT: All shortlisted candidates MUST undergo a medical examination before the interview. The medical fee of K450 should be paid via MTN Mobile Money to 096 555 0199 (registered name: PHIRI MEDICAL SERVICES) not later than Friday 6th November 2026. Send the transaction ID on WhatsApp to the same number. Candidates who fail to pay will be DISQUALIFIED and the slot given to the next candidate on the waiting list.

NB: This recruitment exercise is confidential. Do not discuss it with anyone.

Yours faithfully,
Mr. J. Banda
Human Resource Manager
Chambishi Copper Mines Plc
"""
    write_eml(d / "01-shortlisted-senior-accountant.eml",
              frm="CHAMBISHI COPPER MINES PLC RECRUITMENT <ccm.recruitment.zm@freemail.example>", to=ME,
              reply_to="hr.ccmplc2026@fastinbox.example",
              subject="SHORTLISTED!!! Senior Accountant - Chambishi Copper Mines - Interview Invitation",
              date=date, mid=mid_of("c14", "freemail.example"), root=text_plain(body, "base64"),
              host="smtp.freemail.example", ip=203)
    label(cid, [], "medium", "negative/scam",
          "Fake mine recruiter: 'interview' at a mine clinic conditional on a K450 medical fee paid by MTN "
          "Mobile Money; free-mail sender and different Reply-To. Scam, not an interview.")


def case15():
    cid, d = case_dir(15, "nairobi-phone-screen-eat-html")
    date = T(NAIROBI, 2026, 10, 16, 12, 5, 27, wd="Fri", off=3)
    start = T(NAIROBI, 2026, 10, 20, 15, 0, wd="Tue", off=3)
    assert start.astimezone(LUSAKA).hour == 14
    markup = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi Mwila,</p>
<p>Thanks for applying for the Audit Senior &ndash; Financial Services role. Your background in bank reporting caught our eye, especially the IFRS 9 work you did at your current employer.</p>
<p>I&#39;ve put a 30-minute call in my diary for <b>Tuesday, 20 October at 3:00 pm East Africa Time</b>. Since Nairobi is an hour ahead of you, that&#39;s 2:00 pm Zambian time. I&#39;ll ring you on WhatsApp on the number on your CV, and we&#39;ll cover your experience, notice period and how you feel about travelling to client sites in Nairobi and Kampala.</p>
<p>If the slot is a problem, just reply and we&#39;ll shuffle things around.</p>
<p>Best,<br>Wanjiru</p>
<p style="color:#555">Wanjiru Kamau<br>Talent Acquisition Lead | Kilimani Assurance Partners<br>Westlands, Nairobi &middot; +254 20 555 0316</p>
</div></body></html>
"""
    write_eml(d / "01-introductory-call.eml", frm=A(WANJIRU), to=ME,
              subject="Kilimani Assurance Partners - introductory call", date=date,
              mid=mid_of("c15", "kilimaniassurance.example"), root=text_html(markup, "quoted-printable"),
              host="mail-eopbgr.outbound.protection.outlook.com", ip=55)
    label(cid, [iv(KAP, KAP_ROLE, start, start + timedelta(minutes=30), [WANJIRU[1]], [WANJIRU[1]],
                   "phone_screen")], "medium", "positive/email-body-only-other-timezone",
          "HTML-only (quoted-printable) recruiter mail from Nairobi: Tue 20 Oct 3:00 pm EAT (+03:00) = 2:00 pm "
          "CAT, 30 minutes; the recruiter runs the call herself.")
    TZ_POINTS.append((15, "'3:00 pm East Africa Time ... 2:00 pm Zambian time' -> 2026-10-20T15:00+03:00 = 14:00+02:00; Date header +0300."))


def case16():
    cid, d = case_dir(16, "rejection-after-earlier-interview")
    date = T(LUSAKA, 2026, 10, 15, 16, 40, 3, wd="Thu", off=2)
    past = T(LUSAKA, 2026, 9, 24, 10, 0, wd="Thu", off=2)
    assert past < date
    body = """Dear Mwila,

Thank you for attending the interview held on Thursday, 24th September 2026 at our Mazabuka office for the position of Assistant Accountant.

After careful consideration, we regret to inform you that you were not successful on this occasion. The panel was impressed with your knowledge of payroll and statutory returns, but we have decided to proceed with a candidate with more sugar-industry costing experience.

We will keep your CV on file for six months and may contact you should a suitable vacancy arise. We wish you every success in your career.

Yours sincerely,

Mirriam Siame
Human Resources Officer
Zambezi Agro Processors Ltd, Mazabuka
"""
    write_eml(d / "01-outcome-of-interview.eml",
              frm="Recruitment - Zambezi Agro Processors <recruitment@zambeziagro.example>", to=ME,
              reply_to="Mirriam Siame <mirriam.siame@zambeziagro.example>",
              subject="Outcome of your interview - Assistant Accountant", date=date,
              mid=mid_of("c16", "zambeziagro.example"),
              root=multipart("alternative", [text_plain(body), text_html(to_html(body))], "c16"),
              host="mail.zambeziagro.example", ip=71)
    label(cid, [], "medium", "negative/rejection",
          "Rejection that mentions a past interview date (Thu 24 Sep 2026); nothing is scheduled.")


def case17():
    cid, d = case_dir(17, "london-final-calendly-cat")
    date = T(LONDON, 2026, 11, 10, 9, 12, 44, wd="Tue", off=0)
    start = T(LUSAKA, 2026, 11, 19, 12, 0, wd="Thu", off=2)
    end = start + H1
    assert start.astimezone(LONDON).hour == 10
    uuid = uuidish("cal", "c17")
    text = f"""Hi Mwila Chanda,

A new event has been scheduled.

Event Type:
Final Interview - Fund Accountant (Harrowgate Fund Services)

Invitee:
Mwila Chanda

Invitee Email:
{OWNER}

Event Date/Time:
12:00pm - 01:00pm (Central Africa Time) on Thursday, November 19, 2026

Location:
This is a Microsoft Teams web conference. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{H('t17', 'c17', n=24)}%40thread.v2/0

Host:
Eleanor Hartley, Head of Fund Administration ({ELEANOR[1]})

Description:
Final conversation with Eleanor Hartley about the Fund Accountant role and the team's client portfolio. (10:00 London time.)

Questions:
Please share anything that will help prepare for our meeting.
I would like to discuss the training path towards senior fund accountant.

View event in Calendly: https://calendly.com/events/{uuid}
Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid}
Reschedule: https://calendly.com/reschedulings/{uuid}

Powered by Calendly.com
"""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
           "BEGIN:VEVENT", f"UID:{uuid}@calendly.com", f"DTSTAMP:{zstamp(date)}",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
           "SUMMARY:Final Interview - Fund Accountant (Harrowgate Fund Services)",
           f"ORGANIZER;CN={ELEANOR[0]}:mailto:{ELEANOR[1]}",
           attendee_line(ELEANOR[0], ELEANOR[1], "ACCEPTED"), attendee_line(OWNER_NAME, OWNER, "ACCEPTED"),
           "LOCATION:Microsoft Teams", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    root = multipart("mixed", [
        multipart("alternative", [text_plain(text), text_html(to_html(text, "Helvetica,Arial,sans-serif"))], "c17alt"),
        leaf('application/ics; name="invite.ics"', ics_text(cal), "base64", 'attachment; filename="invite.ics"'),
    ], "c17")
    write_eml(d / "01-calendly-final-interview-confirmed.eml", frm="Calendly <notifications@calendly.com>", to=ME,
              reply_to=A(ELEANOR),
              subject="Confirmed: Final Interview - Fund Accountant with Eleanor Hartley on Thursday, November 19, 2026",
              date=date, mid=f"<{uuidish('cm', 'c17')}@calendly.com>", root=root, host="o1.mail.calendly.com", ip=140,
              return_path="bounces+2290311@em.calendly.com")
    label(cid, [iv(HFS, HFS_ROLE, start, end, [ELEANOR[1]], [ELEANOR[1]], "hiring_manager")], "medium",
          "positive/calendly-booking",
          "Calendly invitee confirmation shown in Central Africa Time (12:00-13:00 CAT = 10:00 GMT London); "
          "host Eleanor Hartley is the interviewer and the Reply-To.")
    TZ_POINTS.append((17, "Calendly shows 12:00pm (Central Africa Time) Thu 19 Nov 2026; description says 10:00 London (GMT, two hours behind); .ics in UTC 10:00Z."))


def case18():
    cid, d = case_dir(18, "user-interviews-accounts-clerks")
    date = T(LUSAKA, 2026, 11, 9, 8, 15, 22, wd="Mon", off=2)
    start = T(LUSAKA, 2026, 11, 13, 9, 0, wd="Fri", off=2)
    end = T(LUSAKA, 2026, 11, 13, 13, 0, wd="Fri", off=2)
    lubinda = ("Lubinda Mwiinga", "lubinda.mwiinga@cairoroadtraders.example")
    felix = ("Felix Ngoma", "felix.ngoma@cairoroadtraders.example")
    body = ("Dear Mwila and Felix,\n\nWe have six shortlisted candidates for the Accounts Clerk vacancy. "
            "They are booked at 40-minute intervals from 09:00. Mwila, as Senior Accountant please lead the "
            "technical questions (bank reconciliations, VAT returns, Pastel); Felix will chair and I will take "
            "notes and handle conditions of service.\n\nCVs and scoring sheets are on the HR shared drive.\n\n"
            "Regards,\nLubinda Mwiinga\nHR & Admin Manager, Cairo Road Traders Ltd")
    outlook_invite(d / "01-interviews-accounts-clerk.eml", key="c18", organizer=lubinda,
                   attendees=[felix, (OWNER_NAME, OWNER)], summary="Interviews - Accounts Clerk (shortlisted candidates)",
                   start=start, end=end, date=date, wintz="South Africa Standard Time", uid=outlook_uid("c18"),
                   teams=False, location="Conference Room, Cairo Road Traders, Cairo Road, Lusaka",
                   msg_prefix="VI1PR08MB", body=body)
    label(cid, [], "hard", "negative/user-is-interviewer",
          "Exchange invite from the user's current employer: she sits on the panel interviewing Accounts Clerk "
          "candidates. The user is the interviewer, not the candidate.")


def case19():
    cid, d = case_dir(19, "bank-ceo-final-gcal-json")
    d1 = T(LUSAKA, 2026, 11, 12, 10, 2, 55, wd="Thu", off=2)
    start = T(LUSAKA, 2026, 11, 17, 15, 0, wd="Tue", off=2)
    end = start + timedelta(minutes=45)
    body = f"""Dear Ms. Chanda,

I write on behalf of the Chief Executive Officer, Mr. Mulenga Chisanga.

You are invited to attend a final interview with the CEO on Tuesday, 17th November 2026 at 15:00 hrs in the CEO's office, 7th Floor, Chilanga Trust Bank House, Cairo Road, Lusaka. The meeting has been scheduled for 45 minutes. I have also sent it to your Google Calendar.

Kindly report to the main reception by 14:45 hrs; security will ask for your NRC.

Yours faithfully,

Agness Nyirenda
Executive Assistant to the Chief Executive Officer
Chilanga Trust Bank Plc
"""
    write_eml(d / "01-final-interview-with-ceo.eml", frm=A(AGNESS), to=ME, cc=A(NATASHA),
              subject="Final interview with the Chief Executive Officer - Accountant (Financial Reporting)",
              date=d1, mid=mid_of("c19", "ZMCTBEX01.chilangatrustbank.example"), root=text_plain(body),
              extra=[("X-Mailer", "Microsoft Outlook 16.0")], host="smtp1.chilangatrustbank.example", ip=21)
    eid = b32ish("uid", "c19")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H('etag', 'c19', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-12T08:05:11.000Z",
        "updated": "2026-11-12T08:06:40.512Z",
        "summary": "Final interview - Mwila Chanda with the CEO (Accountant, Financial Reporting)",
        "description": "Final interview with Mr. Mulenga Chisanga, Chief Executive Officer. Candidate to report "
                       "to main reception by 14:45 with NRC.",
        "location": "CEO's Office, 7th Floor, Chilanga Trust Bank House, Cairo Road, Lusaka",
        "creator": {"email": AGNESS[1], "displayName": AGNESS[0]},
        "organizer": {"email": AGNESS[1], "displayName": AGNESS[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Africa/Lusaka"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Africa/Lusaka"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": AGNESS[1], "displayName": AGNESS[0], "organizer": True, "responseStatus": "accepted"},
            {"email": CEO[1], "displayName": CEO[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    (d / "02-final-interview-ceo.gcal.json").write_text(json.dumps(ev, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")
    label(cid, [iv(CTB, CTB_ROLE, start, end, [CEO[1]], [CEO[1]], "hiring_manager")], "medium",
          "positive/dedupe-email-and-gcal-json",
          "Executive assistant's letter + Calendar API event (self: true) for the same CEO final, Tue 17 Nov "
          "15:00-15:45 CAT. One interview; the CEO is the interviewer, the EA only schedules.")
    TZ_POINTS.append((19, "Calendar API event dateTime 2026-11-17T15:00:00+02:00 with timeZone Africa/Lusaka."))


def case20():
    cid, d = case_dir(20, "bank-offer-letter")
    date = T(LUSAKA, 2026, 11, 24, 11, 20, 14, wd="Tue", off=2)
    report = T(LUSAKA, 2027, 1, 4, 8, 0, wd="Mon", off=2)
    sign_by = T(LUSAKA, 2026, 12, 4, 17, 0, wd="Fri", off=2)
    assert sign_by < report
    body = """Dear Ms. Chanda,

OFFER OF EMPLOYMENT - ACCOUNTANT (FINANCIAL REPORTING)

Following your interviews with our technical panel and the Chief Executive Officer, we are pleased to offer you employment as Accountant - Financial Reporting in the Finance Division, on the terms set out in the attached letter.

You will be required to report for duty on Monday, 4th January 2027 at 08:00 hrs for a three-day induction at Head Office. Kindly sign and return the acceptance page by Friday, 4th December 2026.

The offer is subject to satisfactory references and a pre-employment medical examination at a clinic of your choice; the Bank will meet the cost of the medical.

Congratulations, and welcome to Chilanga Trust Bank.

Yours faithfully,

Natasha Mwale
HR Officer - Talent Acquisition
For: Head of Human Capital
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    root = multipart("mixed", [
        text_plain(body),
        leaf('application/pdf; name="CTB_Offer_Letter_Mwila_Chanda.pdf"', "", "base64",
             'attachment; filename="CTB_Offer_Letter_Mwila_Chanda.pdf"', raw=pdf),
    ], "c20")
    write_eml(d / "01-offer-of-employment.eml", frm=A(NATASHA), to=ME,
              subject="Offer of Employment - Accountant (Financial Reporting)", date=date,
              mid=mid_of("c20", "ZMCTBEX01.chilangatrustbank.example"), root=root,
              extra=[("X-Mailer", "Microsoft Outlook 16.0")], host="smtp1.chilangatrustbank.example", ip=21)
    label(cid, [], "easy", "negative/offer",
          "Offer letter referring to past interviews; the reporting date (Mon 4 Jan 2027 08:00) and the "
          "signature deadline are not interviews.")


def case21():
    cid, d = case_dir(21, "nairobi-partner-interview-cancelled")
    uid = outlook_uid("c21")
    d1 = T(NAIROBI, 2026, 11, 6, 15, 30, 11, wd="Fri", off=3)
    start = T(NAIROBI, 2026, 11, 12, 11, 0, wd="Thu", off=3)
    end = start + H1
    assert start.astimezone(LUSAKA).hour == 10
    summary = "Partner interview - Mwila Chanda (Audit Senior, FS)"
    outlook_invite(d / "01-teams-invite-partner-interview.eml", key="c21a", organizer=WANJIRU,
                   attendees=[NJERI, (OWNER_NAME, OWNER)], summary=summary, start=start, end=end, date=d1,
                   wintz="E. Africa Standard Time", uid=uid, seq=0,
                   body="Hi Mwila,\n\nCongratulations on a strong technical interview. The last step is a "
                        "conversation with Njeri Wambugu, Partner - Financial Services Assurance. It is informal "
                        "but please prepare to talk about a difficult audit judgement you have made.\n\nWanjiru")
    d2 = T(NAIROBI, 2026, 11, 10, 17, 2, 48, wd="Tue", off=3)
    outlook_invite(d / "02-canceled-partner-interview.eml", key="c21b", organizer=WANJIRU,
                   attendees=[NJERI, (OWNER_NAME, OWNER)], summary=summary, start=start, end=end, date=d2,
                   wintz="E. Africa Standard Time", uid=uid, seq=1, cancel=True,
                   body="Hi Mwila,\n\nI'm sorry to cancel at short notice. The firm has frozen hiring for the "
                        "FS team until the new financial year, so Thursday's conversation with Njeri will not go "
                        "ahead. I'll be in touch if the role reopens in January.\n\nWanjiru")
    label(cid, [iv(KAP, KAP_ROLE, start, end, [NJERI[1]], [NJERI[1]], "hiring_manager", status="cancelled")],
          "medium", "positive/cancel-outlook-method-cancel",
          "Exchange invite (E. Africa Standard Time) for Thu 12 Nov 11:00-12:00 EAT (10:00 CAT), then "
          "METHOD:CANCEL / STATUS:CANCELLED with the same UID and SEQUENCE:1 -> one cancelled interview.")
    TZ_POINTS.append((21, "Cancelled partner interview 2026-11-12T11:00+03:00 (EAT) = 10:00 CAT; Windows TZID 'E. Africa Standard Time'."))


def case22():
    cid, d = case_dir(22, "lilongwe-final-standalone-ics")
    stamp = T(BLANTYRE, 2026, 10, 27, 9, 14, 0, wd="Tue", off=2)
    start = T(BLANTYRE, 2026, 11, 4, 9, 0, wd="Wed", off=2)
    end = start + H1
    assert start.astimezone(LUSAKA).hour == 9
    desc = ("Dear Mwila,\n\nCongratulations on reaching the final stage for the Grants Finance Officer post. "
            "Dr Kondwani Mvula, our Country Director, will meet you on Zoom for about an hour. The time shown is "
            "Lilongwe time (CAT), the same as Lusaka.\n\nZoom: https://zoom.us/j/8415559311\n\n"
            "Zikomo,\nChikondi Banda, HR & Administration")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
           "METHOD:REQUEST"] + vtz_fixed("Africa/Blantyre", 2, "CAT") + [
           "BEGIN:VEVENT", f"CREATED:{zstamp(stamp)}", f"LAST-MODIFIED:{zstamp(stamp)}", f"DTSTAMP:{zstamp(stamp)}",
           f"UID:{uuidish('tb', 'c22')}",
           "SUMMARY:Final interview - Grants Finance Officer (Mwila Chanda) with the Country Director",
           f"ORGANIZER;CN={CHIKONDI[0]}:mailto:{CHIKONDI[1]}",
           attendee_line(KONDWANI[0], KONDWANI[1], "ACCEPTED"),
           attendee_line(OWNER_NAME, OWNER),
           f"DTSTART;TZID=Africa/Blantyre:{start.strftime('%Y%m%dT%H%M%S')}",
           f"DTEND;TZID=Africa/Blantyre:{end.strftime('%Y%m%dT%H%M%S')}",
           f"DESCRIPTION:{ics_escape(desc)}", "LOCATION:Zoom", "SEQUENCE:0", "STATUS:CONFIRMED",
           "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    (d / "01-final-interview-country-director.ics").write_bytes(ics_text(cal).encode("utf-8"))
    label(cid, [iv(TPF, TPF_ROLE, start, end, [KONDWANI[1]], [KONDWANI[1]], "hiring_manager")], "easy",
          "positive/standalone-ics",
          "Standalone Thunderbird-style .ics with TZID Africa/Blantyre (+02:00, same clock as Lusaka): final "
          "interview Wed 4 Nov 09:00-10:00 with the Country Director; the organizer only schedules.")
    TZ_POINTS.append((22, "Standalone .ics DTSTART;TZID=Africa/Blantyre 20261104T090000 with VTIMEZONE +0200 (= Lusaka time)."))


def case23():
    cid, d = case_dir(23, "workday-availability-request")
    date = T(UTC, 2026, 11, 12, 7, 5, 31, wd="Thu", off=0)
    w0 = T(LUSAKA, 2026, 11, 16, wd="Mon")
    w1 = T(LUSAKA, 2026, 11, 20, wd="Fri")
    markup = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<p>Dear Mwila,</p>
<p>Thank you for your interest in the <b>Finance Analyst (R-10482)</b> position at Copperbelt Breweries Plc, Kitwe.</p>
<p>The hiring team would like to schedule an interview with you. Please sign in to your Candidate Home account and select all the times that work for you between <b>Monday, 16 November</b> and <b>Friday, 20 November 2026</b>.</p>
<p>Once the recruiter confirms a time, you will receive a separate calendar invitation with the interview details.</p>
<p><a href="https://copperbeltbreweries.wd3.myworkday.com/cbp/d/task/{H('wd', 'c23', n=12)}.htmld">Provide availability</a></p>
<p>Kind regards,<br>Talent Acquisition<br>Copperbelt Breweries Plc</p>
<p style="font-size:11px;color:#888">This is a system-generated e-mail from Workday. Please do not reply.</p>
</body></html>
"""
    write_eml(d / "01-provide-interview-availability.eml",
              frm="Copperbelt Breweries Plc <copperbeltbreweries@myworkday.com>", to=ME,
              subject="Action Required: Share Your Interview Availability - Finance Analyst (R-10482)",
              date=date, mid=f"<{H('wdm', 'c23', n=24)}.JavaMail.wd@myworkday.com>",
              root=text_html(markup, "base64"), host="mail.myworkday.com", ip=150)
    label(cid, [], "medium", "negative/availability-request",
          "Workday availability request: a window (16-20 Nov) but no booked time; not yet an interview.")


# ================================================================ main
def write_readme():
    pos = [c for c, v in LABELS.items() if v["interview"]]
    neg = [c for c, v in LABELS.items() if not v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    exts = {}
    for p in sorted(OUT.glob("b342-*/*")):
        ext = ".gcal.json" if p.name.endswith(".gcal.json") else p.suffix
        exts[ext] = exts.get(ext, 0) + 1
    lines = [
        "# blind342: Lusaka and the Copperbelt, Zambia (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, an accountant living in Lusaka (Africa/Lusaka, UTC+2, no DST).", "",
        "This set was written blind: only the eval README's label schema and a couple of dev files were read "
        "for format; no tool code, tests or other sets.", "",
        "## What it stresses",
        "- Zambian English recruiter style ('you are invited to attend an interview', 'slated for', "
        "'kindly come with your original certificates and NRC'), Bemba from a Kitwe business owner "
        "('mailo, Palicine, pa 10 koloko ulucelo') and a Nyanja reminder ('mawa nthawi ya 10 koloko m'mawa').",
        "- Relative dates resolved against the Date header ('tomorrow at 2 pm', 'mailo', 'this Friday', 'mawa').",
        "- CAT vs EAT (Nairobi, +1 h) vs London across the UK DST change on 25 Oct 2026 (1 h behind, then 2 h).",
        "- Windows TZIDs ('E. Africa Standard Time', 'South Africa Standard Time') in Exchange/Teams invites.",
        "- Dedupe (mail + invite, mail + Calendar API event), a panel sent as three invites (one onsite), "
        "a propose/confirm thread, one reschedule (same UID, SEQUENCE 1), one cancellation (METHOD:CANCEL).",
        "- Hard negatives: job blast with walk-in interviews, kitchen-party invite, ZICA CPD seminar, church "
        "committee meeting, aptitude test, rejection, offer, 'medical fee' mobile-money scam, the owner on an "
        "interview panel, Workday availability request.", "",
        "## Counts",
        f"- Cases: {len(LABELS)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} - by status: " +
        ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) + "; by kind: " +
        ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "- Items: " + ", ".join(f"{k} {v}" for k, v in sorted(exts.items())), "",
        "## Formats used",
        "- Plain text/plain (quoted-printable, base64) and HTML-only mails (quoted-printable, base64); human "
        "threads with In-Reply-To/References.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics), including an 'Updated invitation' with SEQUENCE 1.",
        "- Exchange/Teams invites (multipart/alternative with text/calendar, Windows TZIDs, X-MICROSOFT-CDO-*), "
        "including METHOD:CANCEL.",
        "- Greenhouse confirmation with .ics (TZID Europe/London), Calendly confirmation with invite.ics, "
        "TestGorilla and Workday system mails, a standalone .ics (TZID Africa/Blantyre), a Calendar API "
        "`.gcal.json` event.", "",
        "## Time-zone / DST points",
    ]
    for n, t in sorted(TZ_POINTS):
        lines.append(f"- Case {n:02d}: {t}")
    lines += ["", "## Cases"]
    for c, v in LABELS.items():
        tag = "POS" if v["interview"] else "NEG"
        lines.append(f"- `{c}` [{tag}, {v['difficulty']}] {v['category']}")
    lines.append("")
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for p in sorted(OUT.glob("b342-*")):
        if p.is_dir():
            shutil.rmtree(p)
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
               case13, case14, case15, case16, case17, case18, case19, case20, case21, case22, case23):
        fn()
    head = "# Labels for blind342 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(head + body, encoding="utf-8")
    write_readme()
    n_pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(LABELS)} cases ({n_pos} positive) to {OUT}")


if __name__ == "__main__":
    main()
