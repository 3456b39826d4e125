#!/usr/bin/env python3
"""Regenerate the blind264 evaluation set (ICU nurse job search, written blind).

Deterministic: fixed dates, Message-IDs and MIME boundaries; every offset comes from zoneinfo.
Standard library + PyYAML only. Run:  python make_cases.py
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parseaddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b264-"

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
MT = ZoneInfo("America/Denver")
AZ = ZoneInfo("America/Phoenix")
UTC = timezone.utc

OWNER = "dani.kowalczyk@example.com"
OWNER_NAME = "Danielle Kowalczyk"
OWNER_FROM = f"Danielle Kowalczyk <{OWNER}>"
OWNER_PHONE = "(614) 555-0143"

# --------------------------------------------------------------------------------------------
# time helpers
# --------------------------------------------------------------------------------------------

def at(y, mo, d, h=0, mi=0, s=0, tz=ET, wd=None):
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%A") == wd, (x, x.strftime("%A"), wd)
    return x


def rfc(x):
    return format_datetime(x)


def long_date(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def t12(x):
    h = x.hour % 12 or 12
    return f"{h}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def gshort(x):
    """Google Calendar style '2pm', '9:30am'."""
    h = x.hour % 12 or 12
    m = "" if x.minute == 0 else f":{x.minute:02d}"
    return f"{h}{m}{'am' if x.hour < 12 else 'pm'}"


def icsz(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def icsl(x):
    return x.strftime("%Y%m%dT%H%M%S")


def iso(x):
    return x.isoformat() if x is not None else None


def h(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


# --------------------------------------------------------------------------------------------
# deterministic ids
# --------------------------------------------------------------------------------------------

def mid_gmail(seed):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    raw = raw.replace("/", "_").replace("=", "")
    return f"<CA+{raw[:10]}{raw[10:14].upper()}={raw[14:40]}@mail.gmail.com>"


def mid_outlook(seed, pod="namprd11"):
    host = f"DM6PR{11 + int(h(seed, 2), 16) % 9:02d}MB{3000 + int(h(seed + 'x', 4), 16) % 6999}"
    return f"<{host}{h(seed, 24).upper()}@{host}.{pod}.prod.outlook.com>", host


def mid_gcal(seed):
    return f"<calendar-{h(seed, 8)}-{h(seed + '1', 4)}-{h(seed + '2', 4)}-{h(seed + '3', 4)}-{h(seed + '4', 12)}@google.com>"


def mid_ses(seed):
    return f"<0100019a{h(seed, 8)}-{h(seed + 'a', 8)}-{h(seed + 'b', 4)}-{h(seed + 'c', 4)}-{h(seed + 'd', 4)}-{h(seed + 'e', 12)}-000000@email.amazonses.com>"


def mid_apple(seed, domain):
    u = h(seed, 32).upper()
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"


def bnd_gmail(seed):
    return "000000000000" + h(seed, 16)


def bnd_outlook(host, seed):
    return f"_000_{host}{h(seed, 12).upper()}namp_"


# --------------------------------------------------------------------------------------------
# MIME helpers (hand-written so the bytes are fixed)
# --------------------------------------------------------------------------------------------

def leaf(ctype, text, cte="7bit", extra=()):
    if cte == "quoted-printable":
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    else:
        body = text.replace("\r\n", "\n")
    hdr = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hdr) + "\n\n" + body


def multi(sub, bnd, parts):
    out = f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
    for p in parts:
        out += f"--{bnd}\n" + p.rstrip("\n") + "\n"
    out += f"--{bnd}--\n"
    return out


def received(date, msgid, host="mail-sor-f41.google.com", ip="209.85.220.41"):
    when = rfc((date + timedelta(seconds=3)).astimezone(ET))
    return (f"Received: from {host} ({host} [{ip}])\n"
            f"        by mx1.example.com with ESMTPS id {h(msgid, 12)}\n"
            f"        for <{OWNER}>;\n"
            f"        {when}")


RELAY = {
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41"),
    "outlook": ("NAM11-DM6-obe.outbound.protection.outlook.com", "40.107.223.94"),
    "ses": ("a8-62.smtp-out.amazonses.com", "54.240.8.62"),
    "apple": ("st43p00im-ztdg10073201.me.com", "17.58.63.180"),
    "google-cal": ("mail-sor-f73.google.com", "209.85.220.73"),
    "sendgrid": ("o1.ptr4410.sendgrid.example.net", "167.89.20.114"),
    "workday": ("mail-out1.myworkday.com", "199.233.221.17"),
}


def eml(frm, to, subject, date, msgid, top, cc=None, reply_to=None, in_reply_to=None,
        references=None, extra=(), relay="gmail", sender=None, mime_version="1.0"):
    L = [f"Delivered-To: {OWNER}", received(date, msgid, *RELAY[relay])]
    L.append(f"Return-Path: <{parseaddr(sender or frm)[1]}>")
    L.append(f"From: {frm}")
    if sender:
        L.append(f"Sender: {sender}")
    if reply_to:
        L.append(f"Reply-To: {reply_to}")
    L.append(f"To: {to}")
    if cc:
        L.append(f"Cc: {cc}")
    L.append(f"Subject: {subject}")
    L.append(f"Date: {rfc(date)}")
    L.append(f"Message-ID: {msgid}")
    if in_reply_to:
        L.append(f"In-Reply-To: {in_reply_to}")
    if references:
        L.append("References: " + "\n ".join(references))
    L.extend(extra)
    L.append(f"MIME-Version: {mime_version}")
    return "\n".join(L) + "\n" + top


def html_esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def simple_html(text, font="Aptos,Calibri,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + html_esc(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def gmail_html(text, quote_attr=None, quoted=None):
    lines = html_esc(text.strip("\n")).split("\n")
    out = '<div dir="ltr">' + "<br>".join(l if l else "" for l in lines) + "</div>"
    if quote_attr:
        q = "<br>".join(html_esc(quoted.strip("\n")).split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + html_esc(quote_attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px'
                ' 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + q + "</blockquote></div>")
    return out + "\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def gmail_msg(seed, text, quote_attr=None, quoted=None):
    plain = text.strip("\n") + "\n"
    if quote_attr:
        plain += "\n" + quote_attr + "\n\n" + quote(quoted) + "\n"
    b = bnd_gmail(seed)
    return multi("alternative", b, [
        leaf('text/plain; charset="UTF-8"', plain, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', gmail_html(text, quote_attr, quoted), "quoted-printable"),
    ])


def outlook_alt(bnd, text, html=None):
    return multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html or simple_html(text), "quoted-printable"),
    ])


def outlook_headers(topic, seed, attach=False):
    ti = base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()
    return [f"Thread-Topic: {topic}", f"Thread-Index: {ti}", "Accept-Language: en-US",
            "Content-Language: en-US", f"X-MS-Has-Attach: {'yes' if attach else ''}".rstrip(),
            "X-MS-TNEF-Correlator:", "x-ms-publictraffictype: Email"]


# --------------------------------------------------------------------------------------------
# iCalendar helpers
# --------------------------------------------------------------------------------------------

def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        n = 75 if first else 74
        if len(b) <= n:
            out.append(b)
            break
        cut = n
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(p.decode("utf-8") for p in out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtz_windows(tzid, std_off, dst_off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


VTZ_WIN_EASTERN = vtz_windows("Eastern Standard Time", "-0500", "-0400")
VTZ_WIN_CENTRAL = vtz_windows("Central Standard Time", "-0600", "-0500")
VTZ_WIN_ARIZONA = ["BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time",
                   "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
                   "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700",
                   "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_olson(tzid, std, dst, std_off, dst_off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZNAME:{dst}", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZNAME:{std}", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


VTZ_NY = vtz_olson("America/New_York", "EST", "EDT", "-0500", "-0400")
VTZ_DENVER = vtz_olson("America/Denver", "MST", "MDT", "-0700", "-0600")

WIN_LABEL = {
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "US Mountain Standard Time": "(UTC-07:00) Arizona",
}
WIN_VTZ = {
    "Eastern Standard Time": VTZ_WIN_EASTERN,
    "Central Standard Time": VTZ_WIN_CENTRAL,
    "US Mountain Standard Time": VTZ_WIN_ARIZONA,
}


def teams_block(seed):
    tid = f"{h(seed + 't', 8)}-{h(seed + 'u', 4)}-4{h(seed + 'v', 3)}-a{h(seed + 'w', 3)}-{h(seed + 'x', 12)}"
    oid = f"{h(seed + 'o', 8)}-{h(seed + 'p', 4)}-4{h(seed + 'q', 3)}-8{h(seed + 'r', 3)}-{h(seed + 's', 12)}"
    thread = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:40].replace("/", "x").replace("+", "Q")
    num = int(h(seed, 12), 16)
    mid = f"{200 + num % 700} {num // 1000 % 1000:03d} {num // 10**6 % 1000:03d} {num // 10**9 % 1000:03d}"
    pw = base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:6].replace("/", "k").replace("+", "P")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
           f"{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={oid}&tenantId={tid}&language=en-US>\n" + "_" * 80)
    return text, url


def exchange_invite(*, seed, organizer, attendees, subject, start, end, tzid, body, date, to_hdr,
                    cc_hdr=None, method="REQUEST", sequence=0, status="CONFIRMED", location=None,
                    pod="namprd11", teams=True):
    """Outlook/Exchange meeting request: multipart/alternative text + html + text/calendar (base64)."""
    msgid, host = mid_outlook(seed, pod)
    tblock, turl = teams_block(seed) if teams else ("", None)
    when = (f"When: {long_date(start)} {t12(start)}-{t12(end)} {WIN_LABEL[tzid]}.\n"
            f"Where: {location or 'Microsoft Teams Meeting'}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    text = when + body.strip("\n") + "\n\n" + (tblock + "\n" if teams else "")
    org_name, org_addr = parseaddr(organizer)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += WIN_VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_addr}"]
    for name, addr, role, ps in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{addr}")
    desc = body.strip("\n") + "\n\n" + (tblock + "\n" if teams else "")
    uid = "040000008200E00074C5B7101A82E00800000000" + h(seed + "uid", 56).upper()
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
              f"DTSTART;TZID={tzid}:{icsl(start)}", f"DTEND;TZID={tzid}:{icsl(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsz(date)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE=en-US:{esc(location or 'Microsoft Teams Meeting')}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(seed, 8), 16) % 2000000000}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location or 'Microsoft Teams Meeting')}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    bnd = bnd_outlook(host, seed)
    top = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', simple_html(text), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    extra = outlook_headers(subject, seed) + [
        "Content-class: urn:content-classes:calendarmessage",
        f"x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{h(seed + 'sid', 20)}"]
    return eml(organizer, to_hdr, subject, date, msgid, top, cc=cc_hdr, extra=extra, relay="outlook")


def google_invite(*, seed, organizer, guests, title, start, end, description, date, meet, updated=False,
                  sequence=0, uid=None, created=None):
    """Google Calendar invitation e-mail: mixed(alternative(plain b64, html qp, calendar), invite.ics)."""
    org_name, org_addr = parseaddr(organizer)
    tzname = start.tzname()
    prefix = "Updated invitation" if updated else "Invitation"
    subject = (f"{prefix}: {title} @ {start:%a %b} {start.day}, {start.year} {gshort(start)} - {gshort(end)} "
               f"({tzname}) ({OWNER})")
    when = f"{start:%A %b} {start.day}, {start.year} \u22c5 {gshort(start)} \u2013 {gshort(end)}"
    guest_lines = "\n".join(f"{n}{' - organizer' if a == org_addr else ''}" if n else a for n, a in guests)
    text = ((f"This event has been updated\nChanged: time\n\n" if updated else "") +
            f"{title}\n{when}\nEastern Time - New York\n\n{description.strip()}\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n(US) +1 646-555-01{int(h(seed, 2), 16) % 90 + 10} PIN: {int(h(seed, 9), 16) % 10**9}\n\n"
            f"Guests\n{guest_lines}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={h(seed + 'eid', 40)}\n\n"
            f"Reply for {OWNER}\n\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={h(seed + 'eid', 40)}&rst=1\n"
            f"No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={h(seed + 'eid', 40)}&rst=2\n"
            f"Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={h(seed + 'eid', 40)}&rst=3\n\n"
            "Invitation from Google Calendar\n\n"
            f"You are receiving this email because you are an attendee on the event. To stop receiving future "
            f"updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient "
            f"to send a response to the organizer, be added to the guest list, invite others regardless of their "
            f"own invitation status, or modify your RSVP.\n")
    uid = uid or f"{h(seed + 'uid', 26)}@google.com"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{icsz(start)}", f"DTEND:{icsz(end)}", f"DTSTAMP:{icsz(date)}",
             f"ORGANIZER;CN={org_name}:mailto:{org_addr}", f"UID:{uid}"]
    for n, a in guests:
        ps = "ACCEPTED" if a == org_addr else "NEEDS-ACTION"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or a};"
                     f"X-NUM-GUESTS=0:mailto:{a}")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",
              f"CREATED:{icsz(created or date)}",
              f"DESCRIPTION:{esc(description.strip())}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/{meet}\\n\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\\n\\nPlease do not edit this section.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
              f"LAST-MODIFIED:{icsz(date)}", "LOCATION:", f"SEQUENCE:{sequence}", "STATUS:CONFIRMED",
              f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY",
              "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    html = simple_html(text, font="Roboto,Helvetica,Arial,sans-serif")
    outer, inner = bnd_gmail(seed + "outer"), bnd_gmail(seed + "inner")
    top = multi("mixed", outer, [
        multi("alternative", inner, [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
            leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "7bit"),
        ]),
        leaf('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    return eml(organizer, OWNER, subject, date, mid_gcal(seed), top, relay="google-cal",
               sender="Google Calendar <calendar-notification@google.com>", reply_to=organizer)


def gcal_event(*, eid, summary, description, start, end, organizer, attendees, created, updated,
               location=None, status="confirmed", sequence=0, meet=None, tz="America/Denver"):
    org_name, org_addr = organizer
    ev = {"kind": "calendar#event", "etag": f'"{int(h(eid, 12), 16)}"', "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(h(eid, 3), 16) % 1000:03d}Z",
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    if org_addr == OWNER:
        ev["creator"] = {"email": OWNER, "self": True}
        ev["organizer"] = {"email": OWNER, "self": True}
    else:
        ev["creator"] = {"email": org_addr, "displayName": org_name}
        ev["organizer"] = {"email": org_addr, "displayName": org_name}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tz}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    if attendees:
        ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2) + "\n"


# --------------------------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------------------------

CASES = []  # (folder, [(filename, text)], label)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def case(slug, items, interviews, difficulty, category, notes):
    n = len(CASES) + 1
    folder = f"{PREFIX}{n:02d}-{slug}"
    label = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
             "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}
    CASES.append((folder, items, label))


# ============================================================================================
# POSITIVE CASES
# ============================================================================================

# --- 01 Paradox "Olivia" confirms a recruiter phone screen (Columbus, EDT) + recruiter note ---
def c01():
    start, end = at(2026, 10, 13, 10, 30, wd="Tuesday"), at(2026, 10, 13, 11, 0)
    kendra = "kendra.mills@sciotovalleyhealth.example"
    d1 = at(2026, 10, 8, 16, 42, 5, tz=UTC)
    text = f"""Hi Danielle,

Great news! Your phone interview with Scioto Valley Health is confirmed.

Position: Registered Nurse - Medical ICU (Nights, 0.9 FTE)
Date: {long_date(start)}
Time: {t12(start)} - {t12(end)} {start.tzname()}
Interview type: Phone
Interviewer: Kendra Mills, Nurse Recruiter

Kendra will call you at {OWNER_PHONE}. Please make sure you are somewhere quiet with good reception.

Need to make a change? Reply RESCHEDULE to my text message or use this link:
https://olivia.paradox.ai/co/SciotoValleyHealth/candidate/7QX4M2/reschedule

Talk soon!
Olivia
Scioto Valley Health Recruiting Assistant

Olivia is an AI recruiting assistant. Replies to this email address are not monitored.
"""
    html = ('<html><body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center">'
            '<tr><td style="background:#00594f;color:#fff;padding:16px;font-size:18px">Scioto Valley Health Careers'
            '</td></tr><tr><td style="padding:16px">' + html_esc(text).replace("\n", "<br>\n") +
            "</td></tr></table></body></html>\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paradox//Olivia Scheduling//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:paradox-evt-7QX4M2-20261013T1430Z@paradox.ai", f"DTSTAMP:{icsz(d1)}",
               f"DTSTART:{icsz(start)}", f"DTEND:{icsz(end)}",
               "SUMMARY:Phone Interview - Scioto Valley Health - RN Medical ICU (Nights)",
               "DESCRIPTION:" + esc(f"Phone interview with Kendra Mills (Nurse Recruiter). Kendra will call you at {OWNER_PHONE}."),
               "LOCATION:Phone", "ORGANIZER;CN=Olivia:mailto:no-reply@paradox.ai",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kendra Mills:mailto:{kendra}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    top = multi("mixed", "----=_Part_" + h("c01mix", 20), [
        multi("alternative", "----=_Part_" + h("c01alt", 20), [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
            leaf('text/html; charset="UTF-8"', html, "quoted-printable")]),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="interview.ics"'])])
    m1 = eml('"Olivia | Scioto Valley Health Careers" <no-reply@paradox.ai>', f"{OWNER_NAME} <{OWNER}>",
             "Your interview with Scioto Valley Health is confirmed", d1, mid_ses("c01"), top, relay="ses",
             extra=["X-SES-Outgoing: 2026.10.08-54.240.8.62", "Feedback-ID: ::1.us-east-1.paradox-olivia:AmazonSES"])
    d2 = at(2026, 10, 9, 9, 12, 40, wd="Friday")
    mid2, host2 = mid_outlook("c01b")
    body2 = f"""Hi Danielle,

Just a quick note ahead of our call on Tuesday at 10:30. I'll be calling from a 614-566 number, so please pick up even if it doesn't show as Scioto Valley. Plan on about 30 minutes - I'd like to hear more about your MICU experience (you mentioned CRRT and Impella on your application) and I'll walk you through night shift differential and self-scheduling.

If anything comes up before then, feel free to email me directly.

Thanks,

Kendra Mills, BSN, RN
Nurse Recruiter | Talent Acquisition
Scioto Valley Health
{kendra} | 614-555-0188
"""
    m2 = eml(f"Kendra Mills <{kendra}>", f"Danielle Kowalczyk <{OWNER}>",
             "Tuesday's phone interview - MICU nights", d2, mid2,
             outlook_alt(bnd_outlook(host2, "c01b"), body2), relay="outlook",
             extra=outlook_headers("Tuesday's phone interview - MICU nights", "c01b"))
    case("paradox-olivia-phone-screen", [("01-olivia-interview-confirmed.eml", m1), ("02-kendra-before-call.eml", m2)],
         [iv("Scioto Valley Health", "Registered Nurse - Medical ICU (Nights)", start, end, "scheduled",
             [kendra], [kendra], "phone_screen")],
         "easy", "positive/chatbot-confirmation-dedupe",
         "Paradox Olivia confirmation (UTC .ics) plus the recruiter's own note about the same call: one phone "
         "screen. Recruiter conducts it, so she is interviewer and follow-up; Olivia/no-reply is never a recipient.")


# --- 02 Exchange/Teams invite from a Cleveland nurse manager, first week after DST end ---
def c02():
    start, end = at(2026, 11, 5, 13, 0, wd="Thursday"), at(2026, 11, 5, 13, 45)
    beth = "bsokolowski@clmc.example"
    date = at(2026, 10, 30, 14, 5, 33, tz=UTC)
    body = """Hi Danielle,

Thank you for speaking with our recruiter last week. I'd like to meet with you over Teams to talk about the Staff RN position in our Cardiovascular ICU (7p-7a, 36 hrs/week). Please plan for about 45 minutes. If this time doesn't work with your schedule, just let me know and we'll find another.

Beth Ann Sokolowski, MSN, RN, CCRN-K
Nurse Manager, Cardiovascular ICU
Cuyahoga Lakeshore Medical Center | Cleveland, OH
216-555-0174
"""
    m = exchange_invite(seed="c02", organizer=f"Beth Ann Sokolowski <{beth}>",
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        subject="CVICU RN Interview - Danielle Kowalczyk", start=start, end=end,
                        tzid="Eastern Standard Time", body=body, date=date,
                        to_hdr=f"Danielle Kowalczyk <{OWNER}>")
    case("teams-eastern-manager-after-dst", [("01-cvicu-interview-invite.eml", m)],
         [iv("Cuyahoga Lakeshore Medical Center", "Staff RN - Cardiovascular ICU", start, end, "scheduled",
             [beth], [beth], "hiring_manager")],
         "medium", "positive/exchange-teams-invite",
         "Teams meeting request with Windows TZID 'Eastern Standard Time'; Nov 5 is after the Nov 1 fall-back, "
         "so 1:00 PM is -05:00. The earlier recruiter call is only mentioned, not scheduled.")


# --- 03 Chicago: Workday HR screen, then manager + peer panel on Teams (two interviews) ---
def c03():
    s1, e1 = at(2026, 10, 20, 9, 0, tz=CT, wd="Tuesday"), at(2026, 10, 20, 9, 30, tz=CT)
    s2, e2 = at(2026, 11, 4, 11, 0, tz=CT, wd="Wednesday"), at(2026, 11, 4, 12, 0, tz=CT)
    alt = at(2026, 11, 3, 13, 0, tz=CT, wd="Tuesday")
    mar = "marisol.ortegavance@prairielakeshealth.example"
    greg = "gpawlowski@prairielakeshealth.example"
    aisha = "acoleman@prairielakeshealth.example"
    d1 = at(2026, 10, 14, 19, 20, 44, tz=UTC, wd="Wednesday")
    text = f"""Hello Danielle,

Thank you for your interest in the Registered Nurse - Surgical ICU (Full Time, Nights) position at Prairie Lakes Health. We would like to invite you to a phone screen.

Interview Details
Date: {long_date(s1)}
Time: {t12(s1)} - {t12(e1)} (Central Daylight Time)
Format: Phone
Interviewer: Marisol Ortega-Vance, Talent Acquisition Partner

Marisol will call you at the phone number on your candidate profile. If you need to reschedule, please contact Marisol directly at {mar}.

You can check the status of your application at any time from Candidate Home:
https://prairielakeshealth.wd5.myworkdayjobs.com/en-US/PLH_Careers/userHome

Prairie Lakes Health Talent Acquisition
This is an automated message from Workday. Please do not reply to this email.
"""
    top = multi("alternative", "----=_Part_" + h("c03wd", 16), [
        leaf('text/plain; charset=UTF-8', text, "quoted-printable"),
        leaf('text/html; charset=UTF-8', simple_html(text, font="Arial,sans-serif"), "quoted-printable")])
    m1 = eml("Prairie Lakes Health <prairielakeshealth@myworkday.com>", OWNER,
             "Interview Scheduled: Registered Nurse - Surgical ICU (R-0048213)", d1,
             f"<{h('c03m1', 20)}.JavaMail.wdsvc@wd5-prod-smtp03>", top, relay="workday")
    d2 = at(2026, 10, 21, 10, 48, 2, tz=CT, wd="Wednesday")
    mid2, host2 = mid_outlook("c03b", "namprd04")
    body2 = f"""Hi Danielle,

Thanks again for chatting with me yesterday! Greg Pawlowski (Nurse Manager, SICU) would like to move you forward to a virtual interview with him and one of our staff nurses, Aisha Coleman, who will do the peer portion. It runs about an hour on Teams. Would either of these work?

- Tue 11/3, {gshort(alt)}-{gshort(alt + timedelta(hours=1))} Central
- Wed 11/4, 11am-12pm Central

Heads up: we fall back on 11/1 the same as you do in Ohio, so we'll still be one hour behind Columbus.

Thanks,
Marisol

Marisol Ortega-Vance
Talent Acquisition Partner - Nursing
Prairie Lakes Health | Chicago, IL
{mar} | 312-555-0139
"""
    m2 = eml(f"Marisol Ortega-Vance <{mar}>", f"Danielle Kowalczyk <{OWNER}>",
             "Next step - SICU interview with Greg and team", d2, mid2,
             outlook_alt(bnd_outlook(host2, "c03b"), body2), relay="outlook",
             extra=outlook_headers("Next step - SICU interview with Greg and team", "c03b"))
    d3 = at(2026, 10, 21, 19, 31, 10, wd="Wednesday")
    mid3 = mid_gmail("c03c")
    attr = f"On Wed, Oct 21, 2026 at 11:48\u202fAM Marisol Ortega-Vance <{mar}> wrote:"
    m3 = eml(OWNER_FROM, f"Marisol Ortega-Vance <{mar}>", "Re: Next step - SICU interview with Greg and team",
             d3, mid3, gmail_msg("c03c", "Hi Marisol,\n\nWednesday 11/4 at 11 Central works great, I'm off that day. Thank you!\n\nDani", attr, body2),
             in_reply_to=mid2, references=[mid2])
    d4 = at(2026, 10, 22, 15, 2, 51, tz=UTC, wd="Thursday")
    body4 = f"""Hi Danielle,

Here is the Teams invitation for your interview for Registered Nurse - Surgical ICU. You'll meet with Greg Pawlowski (Nurse Manager, SICU) and Aisha Coleman, BSN, RN (Staff Nurse, SICU - peer interviewer). I'm sending the invite but won't be joining the call.

Marisol Ortega-Vance
Talent Acquisition Partner - Nursing
Prairie Lakes Health
"""
    m4 = exchange_invite(seed="c03d", organizer=f"Marisol Ortega-Vance <{mar}>",
                         attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                    ("Greg Pawlowski", greg, "REQ-PARTICIPANT", "ACCEPTED"),
                                    ("Aisha Coleman", aisha, "REQ-PARTICIPANT", "ACCEPTED")],
                         subject="Interview: Danielle Kowalczyk - RN Surgical ICU (Manager + Peer)",
                         start=s2, end=e2, tzid="Central Standard Time", body=body4, date=d4,
                         to_hdr=f"Danielle Kowalczyk <{OWNER}>, Greg Pawlowski <{greg}>, Aisha Coleman <{aisha}>",
                         pod="namprd04")
    case("workday-screen-then-manager-peer",
         [("01-workday-interview-scheduled.eml", m1), ("02-marisol-next-step.eml", m2),
          ("03-dani-picks-wednesday.eml", m3), ("04-teams-invite-manager-peer.eml", m4)],
         [iv("Prairie Lakes Health", "Registered Nurse - Surgical ICU", s1, e1, "scheduled", [mar], [mar], "phone_screen"),
          iv("Prairie Lakes Health", "Registered Nurse - Surgical ICU", s2, e2, "scheduled", [greg, aisha], [greg, aisha], "onsite")],
         "hard", "positive/two-interviews",
         "Two interviews: Workday HR phone screen (Oct 20, CDT -05:00, recruiter conducts) and a manager + peer "
         "Teams panel (Nov 4, CST -06:00, after fall-back; two interviewers so kind onsite). The 11/3 option "
         "was not chosen. Recruiter only organizes the second one.")


# --- 04 Denver: coordinator e-mail with Zoom .ics (America/Denver), manager interview ---
def c04():
    start, end = at(2026, 10, 28, 13, 30, tz=MT, wd="Wednesday"), at(2026, 10, 28, 14, 15, tz=MT)
    sierra, kyle = "stafoya@frontrangemc.example", "kbrandt@frontrangemc.example"
    date = at(2026, 10, 21, 11, 15, 27, tz=MT, wd="Wednesday")
    east = start.astimezone(ET)
    body = f"""Hi Danielle,

You're all set for your interview with Kyle Brandt, Nurse Manager of our Neuro ICU, next Wednesday, October 28 at {t12(start)} Mountain ({t12(east)} Eastern). Kyle has blocked 45 minutes. The Zoom details are below and the calendar file is attached.

I coordinate Kyle's calendar, so please send any scheduling questions my way. If you have questions about the unit itself, Kyle is happy to hear from you at {kyle}.

Join Zoom Meeting
https://frontrangemc.zoom.us/j/83317450926?pwd=bU9zTnR4a2VqR0x1WmN3dGhQ
Meeting ID: 833 1745 0926
Passcode: 628104

Sierra Tafoya
Recruitment Coordinator, Nursing
Front Range Medical Center | Denver, CO
303-555-0127
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ_DENVER +
              ["BEGIN:VEVENT", f"DTSTAMP:{icsz(date)}", f"DTSTART;TZID=America/Denver:{icsl(start)}",
               f"DTEND;TZID=America/Denver:{icsl(end)}",
               "SUMMARY:Neuro ICU RN Interview - Danielle Kowalczyk / Kyle Brandt",
               "UID:20261021T171527Z-83317450926@fe80:0:0:0:1c8b:2ff:fe31:6a0eens5",
               "TZID:America/Denver",
               "DESCRIPTION:" + esc("Sierra Tafoya is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                                    "https://frontrangemc.zoom.us/j/83317450926?pwd=bU9zTnR4a2VqR0x1WmN3dGhQ\n\n"
                                    "Meeting ID: 833 1745 0926\nPasscode: 628104\n"),
               "LOCATION:https://frontrangemc.zoom.us/j/83317450926?pwd=bU9zTnR4a2VqR0x1WmN3dGhQ",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    mid, host = mid_outlook("c04", "namprd19")
    b = bnd_outlook(host, "c04")
    top = multi("mixed", b.replace("_000_", "_004_", 1), [outlook_alt(b, body),
                leaf('text/calendar; name="zoom_0.ics"', cal, "base64",
                     ['Content-Disposition: attachment; filename="zoom_0.ics"'])])
    m = eml(f"Sierra Tafoya <{sierra}>", f"Danielle Kowalczyk <{OWNER}>",
            "Zoom interview with Kyle Brandt - Neuro ICU RN", date, mid, top, relay="outlook",
            extra=outlook_headers("Zoom interview with Kyle Brandt - Neuro ICU RN", "c04", attach=True))
    case("zoom-denver-manager", [("01-sierra-zoom-interview.eml", m)],
         [iv("Front Range Medical Center", "RN - Neuro ICU", start, end, "scheduled", [kyle], [kyle], "hiring_manager")],
         "medium", "positive/zoom-ics-mountain",
         "Coordinator schedules a Zoom interview with the nurse manager; .ics uses TZID America/Denver with VTIMEZONE "
         "(MDT, -06:00). Coordinator only schedules; manager's address is given, so he is interviewer and follow-up.")


# --- 05 Phoenix: Teams panel invite with 'US Mountain Standard Time' (Arizona, no DST) ---
def c05():
    start, end = at(2026, 11, 10, 10, 0, tz=AZ, wd="Tuesday"), at(2026, 11, 10, 11, 0, tz=AZ)
    bri, lor, trent = ("byazzie@saguarovalleymc.example", "lapodaca@saguarovalleymc.example",
                       "twhitehorse@saguarovalleymc.example")
    date = at(2026, 11, 2, 17, 40, 12, tz=UTC, wd="Monday")
    east = start.astimezone(ET)
    assert (east.hour, east.minute) == (12, 0)
    body = f"""Good morning Danielle,

Please join us for a panel interview for the ICU Registered Nurse (Nights) position. Your panel will be Lorena Apodaca, MSN, RN, ICU Nurse Manager, and Trent Whitehorse, BSN, RN, CCRN, Clinical Nurse Educator.

I set this up on our Arizona calendar. Since Ohio is off daylight saving time now, 10:00 AM here is 12:00 PM (noon) for you.

I won't be on the call, but please reach out to me with any scheduling questions.

Brianna Yazzie
Talent Acquisition Coordinator
Saguaro Valley Medical Center | Phoenix, AZ
602-555-0181
"""
    m = exchange_invite(seed="c05", organizer=f"Brianna Yazzie <{bri}>",
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   ("Lorena Apodaca", lor, "REQ-PARTICIPANT", "ACCEPTED"),
                                   ("Trent Whitehorse", trent, "REQ-PARTICIPANT", "TENTATIVE")],
                        subject="Panel Interview - Danielle Kowalczyk - RN ICU (Nights)", start=start, end=end,
                        tzid="US Mountain Standard Time", body=body, date=date,
                        to_hdr=f"Danielle Kowalczyk <{OWNER}>; Lorena Apodaca <{lor}>; Trent Whitehorse <{trent}>",
                        pod="namprd20")
    case("teams-arizona-panel", [("01-panel-interview-invite.eml", m)],
         [iv("Saguaro Valley Medical Center", "ICU Registered Nurse (Nights)", start, end, "scheduled",
             [lor, trent], [lor, trent], "onsite")],
         "medium", "positive/exchange-teams-invite",
         "Windows TZID 'US Mountain Standard Time' (Arizona, -07:00 all year). Panel of two so kind onsite; "
         "coordinator organizes only. Body states noon Eastern, which is consistent after Nov 1.")


# --- 06 Dayton: Google invite, candidate's shift changes, updated invite across the DST change ---
def c06():
    s0, e0 = at(2026, 10, 29, 14, 0, wd="Thursday"), at(2026, 10, 29, 14, 30)
    start, end = at(2026, 11, 3, 9, 0, wd="Tuesday"), at(2026, 11, 3, 9, 30)
    at(2026, 11, 2, wd="Monday")
    tonya = "tgreer@madriverhealth.example"
    org = f"Tonya Greer <{tonya}>"
    title = "Mad River Health - MICU RN interview (Danielle Kowalczyk)"
    desc = ("Hi Danielle - 30 min video interview with me (Tonya Greer, MICU Nurse Manager) for the rotating "
            "day/night RN position. Looking forward to it!")
    guests = [("Tonya Greer", tonya), (None, OWNER)]
    uid = f"{h('c06uid', 26)}@google.com"
    d1 = at(2026, 10, 19, 15, 2, 19, tz=UTC, wd="Monday")
    m1 = google_invite(seed="c06a", organizer=org, guests=guests, title=title, start=s0, end=e0,
                       description=desc, date=d1, meet="vkr-pqxe-hnd", uid=uid)
    d2 = at(2026, 10, 24, 8, 17, 44, wd="Saturday")
    mid2 = mid_gmail("c06b")
    text2 = f"""Hi Tonya,

I'm so sorry to do this. My manager just moved me to day shift on Thursday 10/29 to cover a staffing hole, so I won't be able to step away at 2 for our interview. Would any time Monday 11/2 or Tuesday 11/3 work for you? I'm off both days and free anytime before 3.

Thank you for understanding,
Dani Kowalczyk, RN, BSN, CCRN
{OWNER_PHONE}"""
    m2 = eml(OWNER_FROM, org, "Interview on 10/29 - my shift got changed", d2, mid2, gmail_msg("c06b", text2))
    d3 = at(2026, 10, 26, 8, 3, 9, wd="Monday")
    mid3 = mid_gmail("c06c")
    attr = f"On Sat, Oct 24, 2026 at 8:17\u202fAM Danielle Kowalczyk <{OWNER}> wrote:"
    text3 = "No problem at all, that's nursing! Let's do Tuesday 11/3 at 9am. I'll update the invite.\n\nTonya"
    m3 = eml(org, OWNER_FROM, "Re: Interview on 10/29 - my shift got changed", d3, mid3,
             gmail_msg("c06c", text3, attr, text2), in_reply_to=mid2, references=[mid2])
    d4 = at(2026, 10, 26, 12, 5, 47, tz=UTC, wd="Monday")
    m4 = google_invite(seed="c06d", organizer=org, guests=guests, title=title, start=start, end=end,
                       description=desc, date=d4, meet="vkr-pqxe-hnd", updated=True, sequence=1, uid=uid,
                       created=d1)
    case("google-reschedule-shift-change",
         [("01-invitation.eml", m1), ("02-dani-shift-changed.eml", m2), ("03-tonya-tuesday-works.eml", m3),
          ("04-updated-invitation.eml", m4)],
         [iv("Mad River Health", "MICU RN (rotating day/night)", start, end, "scheduled", [tonya], [tonya], "hiring_manager")],
         "hard", "positive/reschedule",
         "Google invite for Thu Oct 29 2pm EDT; candidate's shift is changed, manager moves it to Tue Nov 3 9am, "
         "updated invite SEQUENCE 1 (UTC times; Nov 3 is EST -05:00). One interview at the final time.")


# --- 07 Cincinnati: Jobvite confirmation + .ics, then cancelled (position filled internally) ---
def c07():
    start, end = at(2026, 10, 22, 11, 0, wd="Thursday"), at(2026, 10, 22, 11, 30)
    jenna, pam = "jfairbanks@orvhealth.example", "pokonkwo@orvhealth.example"
    uid = "jv-intv-5f2c81d0-26-1147-ak29x@jobvite.com"

    def jcal(method, seq, status, stamp):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//Jobvite//Interview Scheduling 3.0//EN", "VERSION:2.0",
                    f"METHOD:{method}"] + VTZ_NY +
                   ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{icsz(stamp)}",
                    f"DTSTART;TZID=America/New_York:{icsl(start)}", f"DTEND;TZID=America/New_York:{icsl(end)}",
                    "SUMMARY:Interview: Danielle Kowalczyk - Registered Nurse - Critical Care Float Pool",
                    "DESCRIPTION:" + esc("Video interview with Pamela Okonkwo (Manager, Critical Care Float Pool).\n"
                                         "Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                                         "NzQ4YjU2ZWItOWQ1Zi00ZGQ2LWI0YjAtZjc1ZmE1%40thread.v2/0"),
                    "LOCATION:Microsoft Teams",
                    f"ORGANIZER;CN=Jenna Fairbanks:mailto:{jenna}",
                    f"ATTENDEE;CN=Pamela Okonkwo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{pam}",
                    f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
                    f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"])

    d1 = at(2026, 10, 14, 18, 30, 6, tz=UTC, wd="Wednesday")
    text1 = f"""Hi Danielle,

Your interview has been scheduled. The details are below and a calendar invitation is attached.

Position: Registered Nurse - Critical Care Float Pool (Req 26-1147)
Date: {long_date(start)}
Time: {t12(start)} - {t12(end)} {start.tzname()}
Interview type: Video (Microsoft Teams link in the calendar invitation)
Interviewer: Pamela Okonkwo, MSN, RN - Manager, Critical Care Float Pool

If you need to make a change, please reply to this email.

Jenna Fairbanks
Nurse Recruiter, Ohio River Valley Health

Powered by Jobvite
"""
    top1 = multi("mixed", "=_jv_" + h("c07a", 24), [
        multi("alternative", "=_jv_alt_" + h("c07a2", 20), [
            leaf("text/plain; charset=utf-8", text1, "quoted-printable"),
            leaf("text/html; charset=utf-8", simple_html(text1, font="Helvetica,Arial,sans-serif"), "quoted-printable")]),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"',
             jcal("REQUEST", 0, "CONFIRMED", d1), "base64",
             ['Content-Disposition: attachment; filename="interview.ics"'])])
    m1 = eml("Jenna Fairbanks via Jobvite <notifications@jobvite.com>", f"Danielle Kowalczyk <{OWNER}>",
             "Interview Confirmation: Registered Nurse - Critical Care Float Pool", d1,
             f"<{h('c07m1', 24)}@jobvite.com>", top1, reply_to=f"Jenna Fairbanks <{jenna}>", relay="sendgrid")
    d2 = at(2026, 10, 20, 15, 44, 21, wd="Tuesday")
    mid2, host2 = mid_outlook("c07b", "namprd02")
    text2 = """Hi Danielle,

I'm sorry to be reaching out with this news. The Critical Care Float Pool position has been filled by an internal candidate, so we need to cancel your interview with Pamela on Thursday (10/22) at 11:00. A calendar cancellation is attached.

I'd love to keep your application active for our MICU and CVICU openings, which we expect to post in November. I'll reach out as soon as they do.

Best,
Jenna

Jenna Fairbanks
Nurse Recruiter | Ohio River Valley Health | Cincinnati, OH
513-555-0162
"""
    b2 = bnd_outlook(host2, "c07b")
    top2 = multi("mixed", b2.replace("_000_", "_004_", 1), [outlook_alt(b2, text2),
                 leaf('text/calendar; charset="utf-8"; method=CANCEL; name="cancel.ics"',
                      jcal("CANCEL", 1, "CANCELLED", d2), "base64",
                      ['Content-Disposition: attachment; filename="cancel.ics"'])])
    m2 = eml(f"Jenna Fairbanks <{jenna}>", f"Danielle Kowalczyk <{OWNER}>",
             "Cancelled: Thursday interview - RN Critical Care Float Pool", d2, mid2, top2, relay="outlook",
             extra=outlook_headers("Cancelled: Thursday interview - RN Critical Care Float Pool", "c07b", True))
    case("jobvite-cancel-filled-internally",
         [("01-jobvite-interview-confirmation.eml", m1), ("02-position-filled-internally.eml", m2)],
         [iv("Ohio River Valley Health", "Registered Nurse - Critical Care Float Pool", start, end, "cancelled",
             [pam], [pam], "hiring_manager")],
         "medium", "positive/cancellation",
         "Jobvite confirmation (.ics, America/New_York) then the recruiter cancels because the job was filled "
         "internally (METHOD:CANCEL, same UID). Kept as cancelled at the last scheduled time. Manager conducts.")


# --- 08 Columbus: shadow shift + peer interview as the last interview step ---
def c08():
    start, end = at(2026, 11, 12, 7, 0, wd="Thursday"), at(2026, 11, 12, 11, 0)
    renee = "rcastellano@fhmc.example"
    d1 = at(2026, 11, 3, 13, 22, 8, wd="Tuesday")
    mid1, host1 = mid_outlook("c08a", "namprd05")
    text1 = """Hi Danielle,

Thanks for coming in to meet with me last week - I enjoyed hearing about your CRRT and proning experience. The last step in our interview process is a shadow shift with a peer interview on the unit. You'll spend the morning with our charge nurse, Mike Adeyemi, and a couple of our staff RNs, and they'll work the peer interview questions in over the course of the shift. I'll sit down with you for about 15 minutes at the end to answer any questions.

How does Thursday 11/12, 0700-1100 sound? Park in Garage B and meet Mike at the MICU front desk on 5 North. Navy or black scrubs are fine. You won't be doing patient care, so no need to bring a stethoscope.

Occupational Health needs your flu shot record before you can be on the unit, so please send it over when you reply.

Renee Castellano, MSN, RN
Nurse Manager, Medical ICU
Franklin Heights Medical Center | Columbus, OH
614-555-0110
"""
    m1 = eml(f"Renee Castellano <{renee}>", f"Danielle Kowalczyk <{OWNER}>",
             "Shadow shift + peer interview - MICU", d1, mid1, outlook_alt(bnd_outlook(host1, "c08a"), text1),
             relay="outlook", extra=outlook_headers("Shadow shift + peer interview - MICU", "c08a"))
    d2 = at(2026, 11, 3, 19, 47, 30, wd="Tuesday")
    mid2 = mid_gmail("c08b")
    attr = f"On Tue, Nov 3, 2026 at 1:22\u202fPM Renee Castellano <{renee}> wrote:"
    text2 = ("Hi Renee,\n\nThursday 11/12 0700-1100 works for me! My flu shot record is attached (2026-27 season).\n\n"
             "Looking forward to meeting Mike and the team.\n\nDani")
    pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    top2 = multi("mixed", bnd_gmail("c08bmix"), [
        gmail_msg("c08b", text2, attr, text1),
        leaf('application/pdf; name="flu_vaccine_2026.pdf"', pdf, "base64",
             ['Content-Disposition: attachment; filename="flu_vaccine_2026.pdf"',
              f"Content-ID: <f_{h('c08pdf', 10)}0>", f"X-Attachment-Id: f_{h('c08pdf', 10)}0"])])
    m2 = eml(OWNER_FROM, f"Renee Castellano <{renee}>", "Re: Shadow shift + peer interview - MICU", d2, mid2,
             top2, in_reply_to=mid1, references=[mid1])
    d3 = at(2026, 11, 4, 7, 58, 2, wd="Wednesday")
    mid3, host3 = mid_outlook("c08c", "namprd05")
    text3 = ("Perfect - you're on the schedule for Thursday morning and I've forwarded your flu record to Occ "
             "Health. See you then!\n\nRenee\n\n"
             "________________________________\n"
             f"From: Danielle Kowalczyk <{OWNER}>\nSent: Tuesday, November 3, 2026 7:47 PM\n"
             f"To: Renee Castellano <{renee}>\nSubject: Re: Shadow shift + peer interview - MICU\n\n" + text2 + "\n")
    m3 = eml(f"Renee Castellano <{renee}>", f"Danielle Kowalczyk <{OWNER}>",
             "RE: Shadow shift + peer interview - MICU", d3, mid3, outlook_alt(bnd_outlook(host3, "c08c"), text3),
             in_reply_to=mid2, references=[mid1, mid2], relay="outlook",
             extra=outlook_headers("Shadow shift + peer interview - MICU", "c08c"))
    case("shadow-shift-peer-interview",
         [("01-renee-shadow-shift.eml", m1), ("02-dani-confirms.eml", m2), ("03-renee-see-you.eml", m3)],
         [iv("Franklin Heights Medical Center", "RN - Medical ICU", start, end, "scheduled", [renee], [renee], "other")],
         "hard", "positive/shadow-shift",
         "Shadow shift explicitly described as the last interview step, with peer interview questions and a "
         "sit-down with the manager; 0700-1100 military time, EST. Charge nurse has no address, so only the "
         "manager is listed. The earlier meeting 'last week' has no date and is not labelled.")


# --- 09 Travel agency: terse iPhone thread, '2p' is the recruiter's (Mountain) time ---
def c09():
    start, end = at(2026, 10, 15, 14, 0, tz=MT, wd="Thursday"), at(2026, 10, 15, 14, 30, tz=MT)
    assert start.astimezone(ET).hour == 16
    jess, ron = "jess@summitridgetravel.example", "ron.delgado@summitridgetravel.example"
    d1 = at(2026, 10, 12, 9, 14, 51, tz=MT, wd="Monday")
    mid1 = mid_apple("c09a", "summitridgetravel.example")
    text1 = ("hey dani! got ur profile + skills checklist, thx. Ron (our clinical mgr) has to do a quick clinical "
             "interview w u before i can submit u to the phoenix CVICU 13wk. can u do thurs 2p?\n\nJess\n\nSent from my iPhone\n")
    m1 = eml(f"Jess Marquardt <{jess}>", f"Dani Kowalczyk <{OWNER}>", "CVICU contract - phx", d1, mid1,
             leaf("text/plain; charset=us-ascii", text1, "7bit"), relay="apple",
             extra=["X-Mailer: iPhone Mail (22A3354)"], mime_version="1.0 (1.0)")
    d2 = at(2026, 10, 12, 12, 40, 13, wd="Monday")
    mid2 = mid_apple("c09b", "example.com")
    text2 = ("thurs works! 2p ur time or mine? im in columbus\n\nSent from my iPhone\n\n"
             f"> On Oct 12, 2026, at 11:14\u202fAM, Jess Marquardt <{jess}> wrote:\n>\n" +
             "\n".join("> " + l if l else ">" for l in text1.strip("\n").split("\n")) + "\n")
    m2 = eml(f"Dani Kowalczyk <{OWNER}>", f"Jess Marquardt <{jess}>", "Re: CVICU contract - phx", d2, mid2,
             leaf("text/plain; charset=utf-8", text2, "quoted-printable"), relay="apple",
             in_reply_to=mid1, references=[mid1], extra=["X-Mailer: iPhone Mail (22A3354)"],
             mime_version="1.0 (1.0)")
    d3 = at(2026, 10, 12, 10, 52, 37, tz=MT, wd="Monday")
    mid3 = mid_apple("c09c", "summitridgetravel.example")
    text3 = ("mine lol - 2p mountain so 4p for u. ron will call u at 614-555-0143, he blocked 30 min. cc'ing him here\n\n"
             "Jess Marquardt | Travel Nurse Recruiter\nSummit Ridge Travel Nursing | Denver, CO\n720-555-0166\n\n"
             "Sent from my iPhone\n\n"
             f"> On Oct 12, 2026, at 10:40\u202fAM, Dani Kowalczyk <{OWNER}> wrote:\n>\n" +
             "\n".join("> " + l if l else ">" for l in text2.strip("\n").split("\n")) + "\n")
    m3 = eml(f"Jess Marquardt <{jess}>", f"Dani Kowalczyk <{OWNER}>", "Re: CVICU contract - phx", d3, mid3,
             leaf("text/plain; charset=utf-8", text3, "quoted-printable"), relay="apple",
             cc=f"Ron Delgado <{ron}>", in_reply_to=mid2, references=[mid1, mid2],
             extra=["X-Mailer: iPhone Mail (22A3354)"], mime_version="1.0 (1.0)")
    case("travel-agency-terse-thread",
         [("01-jess-can-u-do-thurs.eml", m1), ("02-dani-whose-time.eml", m2), ("03-jess-mountain-time.eml", m3)],
         [iv("Summit Ridge Travel Nursing", "Travel RN - CVICU (13-week contract, Phoenix)", start, end, "scheduled",
             [ron], [ron], "phone_screen")],
         "hard", "positive/terse-thread-timezone",
         "Terse recruiter texts-by-mail: 'thurs 2p' resolved against Mon Oct 12 = Thu Oct 15, and the recruiter "
         "clarifies it is 2p Mountain (MDT -06:00; 4p Eastern). The agency's clinical manager conducts and is cc'd. "
         "Company is the agency doing the interview (the Phoenix hospital is not named).")


# --- 10 Phoenix: BambooHR phone interview in 'MST - Arizona' before the Eastern fall-back ---
def c10():
    start, end = at(2026, 10, 21, 9, 0, tz=AZ, wd="Wednesday"), at(2026, 10, 21, 9, 45, tz=AZ)
    assert start.astimezone(ET).hour == 12
    aly = "abenally@sonoranskyhospital.example"
    d1 = at(2026, 10, 15, 21, 5, 10, tz=UTC, wd="Thursday")
    text1 = f"""Hi Danielle,

Thank you for applying for the ICU Registered Nurse position at Sonoran Sky Specialty Hospital. I'd like to schedule a phone interview with you:

{long_date(start)}
{t12(start)} - {t12(end)} (MST - Arizona)

I'll call you at 614-555-0143. Just a heads up, Arizona doesn't observe daylight saving time, so right now we're 3 hours behind Ohio.

If you need a different time, simply reply to this email.

Thanks,
Alyssa Benally
Human Resources Generalist
Sonoran Sky Specialty Hospital | Phoenix, AZ

This email was sent by Sonoran Sky Specialty Hospital via BambooHR.
"""
    top1 = multi("alternative", "b1_" + h("c10a", 32), [
        leaf("text/plain; charset=utf-8", text1, "quoted-printable"),
        leaf("text/html; charset=utf-8", simple_html(text1, font="Lato,Helvetica,Arial,sans-serif"), "quoted-printable")])
    m1 = eml("Alyssa Benally <notifications@app.bamboohr.com>", f"Danielle Kowalczyk <{OWNER}>",
             "Phone Interview - ICU Registered Nurse - Sonoran Sky Specialty Hospital", d1,
             f"<{h('c10m1', 20)}@app.bamboohr.com>", top1, reply_to=f"Alyssa Benally <{aly}>", relay="sendgrid")
    d2 = at(2026, 10, 15, 19, 33, 0, wd="Thursday")
    mid2 = mid_gmail("c10b")
    attr = f"On Thu, Oct 15, 2026 at 5:05\u202fPM Alyssa Benally <{aly}> wrote:"
    text2 = ("Hi Alyssa,\n\nWednesday at 9 AM Arizona time (noon for me) works perfectly. I'll have my phone on.\n\n"
             f"Thank you,\nDanielle Kowalczyk, RN, BSN, CCRN\n{OWNER_PHONE}")
    m2 = eml(OWNER_FROM, f"Alyssa Benally <{aly}>",
             "Re: Phone Interview - ICU Registered Nurse - Sonoran Sky Specialty Hospital", d2, mid2,
             gmail_msg("c10b", text2, attr, text1), in_reply_to=f"<{h('c10m1', 20)}@app.bamboohr.com>",
             references=[f"<{h('c10m1', 20)}@app.bamboohr.com>"])
    case("bamboohr-arizona-phone",
         [("01-bamboohr-phone-interview.eml", m1), ("02-dani-noon-works.eml", m2)],
         [iv("Sonoran Sky Specialty Hospital", "ICU Registered Nurse", start, end, "scheduled", [aly], [aly], "phone_screen")],
         "medium", "positive/ats-email-body",
         "BambooHR mail sent from a notifications address with Reply-To the HR generalist who makes the call. "
         "Oct 21 is before the Eastern fall-back: 9:00 MST (-07:00) = noon EDT, as the candidate says.")


# --- 11 Denver: same-day onsite loop as three Calendar API events + itinerary e-mail ---
def c11():
    at(2026, 11, 4, wd="Wednesday")
    s = [at(2026, 11, 4, 9, 0, tz=MT), at(2026, 11, 4, 9, 45, tz=MT), at(2026, 11, 4, 10, 30, tz=MT),
         at(2026, 11, 4, 11, 0, tz=MT)]
    whit = "wcole@platteriverhealth.example"
    dana, hector, pooja = ("dwhitlock@platteriverhealth.example", "hruiz@platteriverhealth.example",
                           "praman@platteriverhealth.example")
    d1 = at(2026, 10, 26, 14, 30, 55, tz=MT, wd="Monday")
    mid1, host1 = mid_outlook("c11a", "namprd19")
    text1 = f"""Hi Danielle,

Thanks for making the trip out to see us! Here is your itinerary for Wednesday, November 4 (all times Mountain):

{gshort(s[0])}-{gshort(s[1])}    Nurse Manager interview - Dana Whitlock, MSN, RN
{gshort(s[1])}-{gshort(s[2])}   Peer interview - Hector Ruiz, BSN, RN (MICU night charge)
{gshort(s[2])}-{gshort(s[3])}  Clinical scenario discussion - Pooja Raman, MSN, RN, CCRN (Clinical Nurse Specialist)

Please check in at the Main Lobby welcome desk by 8:45 and ask for me; I'll walk you up to 6 West. I've sent calendar holds for each session. Parking in the visitor garage will be validated.

Whitney Cole
Nurse Recruiter
Platte River Health | Denver, CO
{whit} | 303-555-0149
"""
    m1 = eml(f"Whitney Cole <{whit}>", f"Danielle Kowalczyk <{OWNER}>",
             "Your onsite interview itinerary - Wed 11/4", d1, mid1, outlook_alt(bnd_outlook(host1, "c11a"), text1),
             relay="outlook", extra=outlook_headers("Your onsite interview itinerary - Wed 11/4", "c11a"))
    created = at(2026, 10, 26, 14, 41, 0, tz=MT)
    sess = [("Nurse Manager", "Dana Whitlock", dana), ("Peer Interview", "Hector Ruiz", hector),
            ("Clinical Scenario", "Pooja Raman", pooja)]
    items = [("01-whitney-itinerary.eml", m1)]
    for i, (what, name, addr) in enumerate(sess):
        ev = gcal_event(eid=h(f"c11ev{i}", 26), summary=f"Onsite Interview {i + 1}/3: {what} - Danielle Kowalczyk (MICU RN)",
                        description=(f"Platte River Health - Registered Nurse, Medical ICU\nSession {i + 1} of 3 with "
                                     f"{name}.\nCheck in at the Main Lobby welcome desk by 8:45 AM."),
                        start=s[i], end=s[i + 1], organizer=("Whitney Cole", whit),
                        attendees=[{"email": whit, "displayName": "Whitney Cole", "organizer": True, "responseStatus": "accepted"},
                                   {"email": addr, "displayName": name, "responseStatus": "accepted"},
                                   {"email": OWNER, "self": True, "responseStatus": "accepted"}],
                        created=created + timedelta(minutes=i), updated=created + timedelta(minutes=i, seconds=30),
                        location="Platte River Health, 6 West MICU Conference Room, Denver CO")
        items.append((f"0{i + 2}-onsite-session-{i + 1}.gcal.json", ev))
    case("gcal-onsite-loop-denver", items,
         [iv("Platte River Health", "Registered Nurse - Medical ICU", s[0], s[3], "scheduled",
             [dana, hector, pooja], [dana, hector, pooja], "onsite")],
         "medium", "positive/onsite-loop-gcal-json",
         "Itinerary e-mail plus three back-to-back Calendar API events on one day: one onsite from the first "
         "start to the last end (MST -07:00, after fall-back) with all three interviewers; recruiter organizes.")


# --- 12 Akron: HireVue on-demand (not an interview) then a live manager interview on 'Monday' ---
def c12():
    start, end = at(2026, 10, 19, 15, 30, wd="Monday"), at(2026, 10, 19, 16, 0)
    court, rachel = "cbaird@portagelakeshealth.example", "rdunleavy@portagelakeshealth.example"
    deadline = at(2026, 10, 9, 23, 59, wd="Friday")
    d1 = at(2026, 10, 5, 13, 0, 14, tz=UTC, wd="Monday")
    text1 = f"""Hi Danielle,

Thank you for applying to the Registered Nurse - ICU position at Portage Lakes Health. The next step in our process is a HireVue on-demand video interview.

You'll answer 5 pre-recorded questions on your own time - there is no live interviewer, so you can complete it whenever it's convenient. It takes about 20 minutes. Please complete it by {long_date(deadline)} at 11:59 PM ET.

Start your interview:
https://app.hirevue.com/interviews/portagelakeshealth/Yt7kQ2vLx9/start

Tips: use Chrome or the HireVue app, test your camera and microphone first, and find a quiet, well-lit space.

Good luck!
Portage Lakes Health Talent Acquisition

Powered by HireVue | Privacy Notice: https://www.hirevue.com/privacy
"""
    top1 = multi("alternative", "--==_mimepart_" + h("c12a", 24), [
        leaf("text/plain; charset=UTF-8", text1, "quoted-printable"),
        leaf("text/html; charset=UTF-8", simple_html(text1, font="Helvetica,Arial,sans-serif"), "quoted-printable")])
    m1 = eml("Portage Lakes Health <noreply@hirevue.com>", OWNER,
             "Portage Lakes Health: Your On-Demand Interview for Registered Nurse - ICU", d1,
             f"<{h('c12m1', 24)}@mail.hirevue.com>", top1, relay="sendgrid")
    d2 = at(2026, 10, 15, 16, 20, 3, wd="Thursday")
    mid2, host2 = mid_outlook("c12b", "namprd12")
    text2 = f"""Hi Danielle,

Thanks for completing your HireVue! Rachel Dunleavy, our ICU Nurse Manager, reviewed your responses and would like to meet you. She has Monday at 3:30 open for a 30-minute Teams interview - I've copied her here. If that works, reply all and she'll send you the link.

Courtney Baird
Recruiter, Nursing Talent Acquisition
Portage Lakes Health | Akron, OH
330-555-0121
"""
    m2 = eml(f"Courtney Baird <{court}>", f"Danielle Kowalczyk <{OWNER}>",
             "Next step: live interview with ICU manager", d2, mid2, outlook_alt(bnd_outlook(host2, "c12b"), text2),
             cc=f"Rachel Dunleavy <{rachel}>", relay="outlook",
             extra=outlook_headers("Next step: live interview with ICU manager", "c12b"))
    d3 = at(2026, 10, 15, 19, 2, 45, wd="Thursday")
    mid3 = mid_gmail("c12c")
    attr = f"On Thu, Oct 15, 2026 at 4:20\u202fPM Courtney Baird <{court}> wrote:"
    text3 = "Hi Courtney and Rachel,\n\nMonday at 3:30 works for me. Looking forward to it!\n\nDanielle"
    m3 = eml(OWNER_FROM, f"Courtney Baird <{court}>", "Re: Next step: live interview with ICU manager", d3, mid3,
             gmail_msg("c12c", text3, attr, text2), cc=f"Rachel Dunleavy <{rachel}>",
             in_reply_to=mid2, references=[mid2])
    d4 = at(2026, 10, 16, 7, 45, 30, wd="Friday")
    mid4, host4 = mid_outlook("c12d", "namprd12")
    tblock, _ = teams_block("c12d")
    text4 = (f"Great - here's the link for Monday 10/19 at 3:30. See you then!\n\nRachel Dunleavy, BSN, RN, CCRN\n"
             f"Nurse Manager, Intensive Care Unit\nPortage Lakes Health\n\n{tblock}\n")
    m4 = eml(f"Rachel Dunleavy <{rachel}>", f"Danielle Kowalczyk <{OWNER}>",
             "RE: Next step: live interview with ICU manager", d4, mid4, outlook_alt(bnd_outlook(host4, "c12d"), text4),
             cc=f"Courtney Baird <{court}>", in_reply_to=mid3, references=[mid2, mid3], relay="outlook",
             extra=outlook_headers("Next step: live interview with ICU manager", "c12d"))
    case("hirevue-then-live-manager",
         [("01-hirevue-on-demand.eml", m1), ("02-courtney-live-interview.eml", m2), ("03-dani-reply-all.eml", m3),
          ("04-rachel-teams-link.eml", m4)],
         [iv("Portage Lakes Health", "Registered Nurse - ICU", start, end, "scheduled", [rachel], [rachel], "hiring_manager")],
         "medium", "positive/one-way-video-then-live",
         "The HireVue on-demand step has only a deadline and no live interviewer (not an interview). The live "
         "Teams interview 'Monday at 3:30' is resolved against Thu Oct 15 = Mon Oct 19 and confirmed as 10/19.")


# --- 13 Chicago: standalone .ics (Google export, UTC) for a Monday-after-fall-back phone screen ---
def c13():
    start, end = at(2026, 11, 2, 8, 0, tz=CT, wd="Monday"), at(2026, 11, 2, 8, 30, tz=CT)
    tasha = "tgreenberg@northbranchhealth.example"
    stamp = at(2026, 10, 27, 15, 12, 0, tz=UTC)
    e = start.astimezone(ET)
    desc = (f"Phone screen for Registered Nurse - MICU (Nights) at North Branch Health Partners.\n"
            f"Tasha Greenberg (Nurse Recruiter) will call you at 614-555-0143.\n"
            f"{gshort(start)}-{gshort(end)} Central / {gshort(e)}-{gshort(end.astimezone(ET))} Eastern\n\n"
            f"Questions: {tasha}")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"DTSTART:{icsz(start)}", f"DTEND:{icsz(end)}", f"DTSTAMP:{icsz(stamp)}",
               f"ORGANIZER;CN=Tasha Greenberg:mailto:{tasha}", f"UID:{h('c13uid', 26)}@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tasha Greenberg;X-NUM-GUESTS=0:mailto:{tasha}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}",
               f"CREATED:{icsz(stamp)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{icsz(stamp)}",
               "LOCATION:Phone", "SEQUENCE:0", "STATUS:CONFIRMED",
               "SUMMARY:Phone Screen: Danielle Kowalczyk - RN MICU (North Branch Health Partners)",
               "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    case("standalone-ics-chicago-monday", [("01-north-branch-phone-screen.ics", cal)],
         [iv("North Branch Health Partners", "Registered Nurse - MICU (Nights)", start, end, "scheduled",
             [tasha], [tasha], "phone_screen")],
         "medium", "positive/standalone-ics",
         "Standalone Google .ics with UTC times on the Monday right after the fall-back: 14:00Z = 8:00 AM CST "
         "(-06:00) = 9:00 AM EST, as the description says. Recruiter conducts the screen.")


# ============================================================================================
# NEGATIVE CASES (look-alikes)
# ============================================================================================

# --- 14 post-offer drug screen + TB test appointment (symplr + Employee Health .ics) ---
def c14():
    appt, appt_end = at(2026, 11, 19, 7, 30, wd="Thursday"), at(2026, 11, 19, 8, 15)
    start_day = at(2026, 12, 7, wd="Monday")
    carla = "cnguyen@blchospital.example"
    d1 = at(2026, 11, 16, 14, 10, 2, tz=UTC, wd="Monday")
    text1 = f"""Hello Danielle,

Congratulations on accepting your offer for Registered Nurse - ICU at Buckeye Lake Community Hospital!

Please complete the following pre-employment requirements in symplr before your start date of {long_date(start_day)}:

  - Pre-employment drug screen (10-panel)
  - TB screening (QuantiFERON-TB Gold)
  - Immunization records (MMR, Varicella, Hepatitis B, Tdap, influenza)
  - BLS and ACLS cards
  - Primary source license verification

Employee Health will contact you separately to schedule your screening appointment.

Log in to complete your checklist: https://blchospital.symplr.com/compliance/onboarding

This is an automated message from symplr. Please do not reply.
"""
    top1 = multi("alternative", "----=_NextPart_" + h("c14a", 20), [
        leaf("text/plain; charset=utf-8", text1, "quoted-printable"),
        leaf("text/html; charset=utf-8", simple_html(text1, font="Arial,sans-serif"), "quoted-printable")])
    m1 = eml("symplr <noreply@symplr.com>", OWNER,
             "Action required: Complete your pre-employment requirements - Buckeye Lake Community Hospital",
             d1, f"<{h('c14m1', 24)}@symplr.com>", top1, relay="sendgrid")
    d2 = at(2026, 11, 16, 11, 2, 40, wd="Monday")
    mid2, host2 = mid_outlook("c14b", "namprd15")
    text2 = f"""Hi Danielle,

Welcome to Buckeye Lake! Your pre-employment health screening appointment is scheduled for:

{long_date(appt)}, {t12(appt)} - {t12(appt_end)}
Employee Health, Medical Office Building, Suite 110

This visit includes a brief health history interview with one of our Employee Health nurses, a 10-panel urine drug screen and a QuantiFERON blood draw for TB. No fasting needed. Please bring a photo ID and your immunization records if you haven't uploaded them to symplr yet. A calendar invitation is attached.

If you need to change the time, call us at 740-555-0190 or reply to this email.

Carla Nguyen, RN
Employee Health Nurse
Buckeye Lake Community Hospital
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ_WIN_EASTERN +
              ["BEGIN:VEVENT", f"ORGANIZER;CN=Carla Nguyen:mailto:{carla}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               f"DESCRIPTION;LANGUAGE=en-US:{esc(text2)}",
               f"UID:040000008200E00074C5B7101A82E00800000000{h('c14uid', 56).upper()}",
               "SUMMARY;LANGUAGE=en-US:Pre-employment drug screen & TB test - Employee Health",
               f"DTSTART;TZID=Eastern Standard Time:{icsl(appt)}", f"DTEND;TZID=Eastern Standard Time:{icsl(appt_end)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsz(d2)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Employee Health - MOB Suite 110",
               "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
               "END:VEVENT", "END:VCALENDAR"])
    b2 = bnd_outlook(host2, "c14b")
    top2 = multi("alternative", b2, [
        leaf('text/plain; charset="utf-8"', text2, "quoted-printable"),
        leaf('text/html; charset="utf-8"', simple_html(text2), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', cal, "base64")])
    m2 = eml(f"Carla Nguyen <{carla}>", f"Danielle Kowalczyk <{OWNER}>",
             "Pre-employment appointment - Thursday 11/19 at 7:30 AM", d2, mid2, top2, relay="outlook",
             extra=outlook_headers("Pre-employment appointment - Thursday 11/19 at 7:30 AM", "c14b")
             + ["Content-class: urn:content-classes:calendarmessage"])
    case("post-offer-drug-screen-tb", [("01-symplr-preboarding.eml", m1), ("02-employee-health-appointment.eml", m2)],
         [], "hard", "negative/post-offer-health-screening",
         "After an accepted offer: symplr onboarding checklist and an Employee Health invite for a drug screen "
         "and TB draw that even mentions a 'health history interview'. Not a hiring interview.")


# --- 15 Board of Nursing license renewal reminder ---
def c15():
    deadline = at(2026, 10, 31, 23, 59, wd="Saturday")
    qa = at(2026, 9, 23, 12, 0, wd="Wednesday")
    d1 = at(2026, 9, 8, 13, 0, 0, tz=UTC, wd="Tuesday")
    text1 = f"""Dear DANIELLE M KOWALCZYK,

This is a reminder that your Registered Nurse license RN.448213 (multistate) expires on October 31, 2026. The online renewal application is now open.

Renewal deadline: {long_date(deadline)}, 11:59 PM
Renewal fee: $65.00 (a $50.00 late fee applies after the deadline)
Continuing education: 24 contact hours, including at least 1 hour of Category A (Ohio nursing law and rules)

Renew online: https://elicense.nursing-board.ohio.example/renew

Free live webinar: "Renewal Q&A with Board Staff" - {long_date(qa)} at 12:00 PM. Register on our Events page.

Please note: a percentage of licensees are selected for a random continuing education audit after each renewal period. If you are selected, you will be asked to submit CE documentation and may be contacted by a compliance agent to schedule a brief interview.

Do not reply to this message. This mailbox is not monitored.

Ohio Board of Nursing
17 S. High Street, Suite 660, Columbus, Ohio 43215
"""
    top1 = multi("alternative", "_av-" + h("c15a", 20), [
        leaf("text/plain; charset=utf-8", text1, "quoted-printable"),
        leaf("text/html; charset=utf-8", simple_html(text1, font="Georgia,serif"), "quoted-printable")])
    m1 = eml("Ohio Board of Nursing <noreply@nursing-board.ohio.example>", OWNER,
             "Reminder: RN license renewal - action required by October 31", d1,
             f"<{h('c15m1', 24)}@nursing-board.ohio.example>", top1, relay="sendgrid",
             extra=["List-Unsubscribe: <mailto:unsubscribe@nursing-board.ohio.example>"])
    case("board-of-nursing-renewal", [("01-license-renewal-reminder.eml", m1)], [], "easy",
         "negative/licensing-reminder",
         "License renewal reminder with a deadline, a Q&A webinar and a mention of a possible audit 'interview'. "
         "No hiring process.")


# --- 16 CE webinar about ICU interviewing (Zoom webinar registration + .ics) ---
def c16():
    ws, we = at(2026, 10, 13, 19, 0, wd="Tuesday"), at(2026, 10, 13, 20, 0)
    d1 = at(2026, 10, 1, 22, 14, 9, tz=UTC, wd="Thursday")
    title = "Interviewing for Your Next ICU Role + Sepsis Bundle Update (1.0 CE)"
    text1 = f"""Hi Danielle,

Thank you for registering for "{title}".

Please submit any questions to: education@ccnco.example

Date & Time: Oct 13, 2026 07:00 PM Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://us02web.zoom.us/w/86120447395?tk=Xq3pLk0vRzB9wYt2

Webinar ID: 861 2044 7395
Passcode: 557301

Presenters: Gwen Ostrowski, DNP, RN, CCRN (critical care nurse recruiter panel) and Luis Ferraro, MSN, RN, ACNP-BC. Session includes a live mock interview demo and Q&A. 1.0 contact hour will be awarded on completion of the evaluation.

Add to Calendar: Google Calendar | Yahoo Calendar | Outlook (.ics attached)

You can cancel your registration at any time.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ_NY +
              ["BEGIN:VEVENT", f"DTSTAMP:{icsz(d1)}", f"DTSTART;TZID=America/New_York:{icsl(ws)}",
               f"DTEND;TZID=America/New_York:{icsl(we)}", f"SUMMARY:{esc(title)}",
               "UID:20261001T221409Z-86120447395@fe80:0:0:0:9c1e:ff:fe2a:11b3ens5", "TZID:America/New_York",
               "DESCRIPTION:" + esc("Critical Care Nurses Collaborative of Ohio webinar.\nJoin: https://us02web.zoom.us/w/86120447395?tk=Xq3pLk0vRzB9wYt2\nWebinar ID: 861 2044 7395\nPasscode: 557301"),
               "LOCATION:https://us02web.zoom.us/w/86120447395?tk=Xq3pLk0vRzB9wYt2",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    top1 = multi("mixed", "----=_Part_" + h("c16mix", 18), [
        multi("alternative", "----=_Part_" + h("c16alt", 18), [
            leaf("text/plain; charset=utf-8", text1, "quoted-printable"),
            leaf("text/html; charset=utf-8", simple_html(text1, font="Lato,Helvetica,sans-serif"), "quoted-printable")]),
        leaf('text/calendar; charset=utf-8; name="iCalendar.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="iCalendar.ics"'])])
    m1 = eml("Zoom <no-reply@zoom.us>", f"Danielle Kowalczyk <{OWNER}>",
             f"Critical Care Nurses Collaborative of Ohio Confirmation: {title}", d1,
             f"<{h('c16m1', 20)}.{int(h('c16n', 8), 16)}@zoom.us>", top1, relay="sendgrid",
             reply_to="Critical Care Nurses Collaborative of Ohio <education@ccnco.example>")
    case("ce-webinar-interviewing", [("01-zoom-webinar-registration.eml", m1)], [], "medium",
         "negative/webinar",
         "Zoom webinar registration with .ics for a CE session about interviewing (with a 'mock interview demo'). "
         "Education event, not a hiring interview.")


# --- 17 forwarded Outlook appointment: patient-family care conference at her current job ---
def c17():
    cs, ce = at(2026, 10, 9, 14, 0, wd="Friday"), at(2026, 10, 9, 15, 0)
    sent = at(2026, 10, 6, 15, 12, wd="Tuesday")
    work = "dkowalczyk@btmc.example"
    sp = "spruitt@btmc.example"
    d1 = at(2026, 10, 7, 6, 58, 31, wd="Wednesday")
    mid1, host1 = mid_outlook("c17a", "namprd16")
    orig = f"""Hi all - the family of Mr. R. (MICU Rm 12) has asked for a care conference to discuss goals of care and a possible transition to comfort care. Dr. Haddad will lead; palliative care and chaplain will attend. Danielle, as his primary night RN the family specifically asked that you be there. His daughter will join by Teams from Phoenix.

Shannon Pruitt, LISW-S
Case Management / Social Work, MICU
Buckeye Trail Medical Center"""
    text1 = f"""putting this on my personal cal since I'm coming in on my day off for it

-----Original Appointment-----
From: Pruitt, Shannon <{sp}>
Sent: {long_date(sent)} {t12(sent)}
To: Kowalczyk, Danielle; Haddad, Omar MD; Chaplain Services
Subject: Care Conference - MICU Rm 12 family
When: {long_date(cs)} {t12(cs)}-{t12(ce)} (UTC-05:00) Eastern Time (US & Canada).
Where: MICU Family Consult Room 5N-210 / Microsoft Teams

{orig}
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ_WIN_EASTERN +
              ["BEGIN:VEVENT", f"ORGANIZER;CN=\"Pruitt, Shannon\":mailto:{sp}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Kowalczyk, Danielle\":mailto:{work}",
               "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Haddad, Omar MD\":mailto:ohaddad@btmc.example",
               "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chaplain Services:mailto:chaplain@btmc.example",
               f"DESCRIPTION;LANGUAGE=en-US:{esc(orig)}",
               f"UID:040000008200E00074C5B7101A82E00800000000{h('c17uid', 56).upper()}",
               "SUMMARY;LANGUAGE=en-US:Care Conference - MICU Rm 12 family",
               f"DTSTART;TZID=Eastern Standard Time:{icsl(cs)}", f"DTEND;TZID=Eastern Standard Time:{icsl(ce)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsz(d1)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:MICU Family Consult Room 5N-210 / Microsoft Teams",
               "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
               "END:VEVENT", "END:VCALENDAR"])
    b1 = bnd_outlook(host1, "c17a")
    top1 = multi("mixed", b1.replace("_000_", "_004_", 1), [outlook_alt(b1, text1),
                 leaf('text/calendar; charset="utf-8"; method=REQUEST; name="Care Conference - MICU Rm 12 family.ics"',
                      cal, "base64",
                      ['Content-Disposition: attachment; filename="Care Conference - MICU Rm 12 family.ics"'])])
    m1 = eml(f'"Kowalczyk, Danielle" <{work}>', OWNER, "FW: Care Conference - MICU Rm 12 family", d1, mid1, top1,
             relay="outlook", extra=outlook_headers("Care Conference - MICU Rm 12 family", "c17a", True))
    case("fwd-family-care-conference", [("01-fw-care-conference.eml", m1)], [], "medium",
         "negative/work-meeting",
         "Work Outlook appointment forwarded to the personal inbox: a patient-family care conference with a "
         "physician, social worker and chaplain. Not a hiring interview.")


# --- 18 the owner sits on a peer interview panel for a new-grad candidate ---
def c18():
    ps, pe = at(2026, 10, 28, 10, 0, wd="Wednesday"), at(2026, 10, 28, 10, 45)
    lisa = "lmarchetti@btmc.example"
    d1 = at(2026, 10, 19, 10, 5, 12, wd="Monday")
    mid1, host1 = mid_outlook("c18a", "namprd16")
    text1 = """Hi Dani,

Thanks for volunteering to sit on the peer interview panel for our Nurse Residency candidates! You'll interview one new grad with me on Wednesday 10/28 at 10:00 in the 5N conference room (about 45 minutes). The candidate is Jordan Pike, BSN, who did her capstone practicum with us this spring and graduates in December.

I'll bring the behavioral question sheet and the scoring rubric - please look over the questions beforehand so you can pick two or three to ask. You'll get paid education time for the hour.

Sorry for sending this to your personal email, I know you only check work email on shift.

Lisa Marchetti, MSN, RN
Nurse Manager, MICU
Buckeye Trail Medical Center
"""
    m1 = eml(f"Lisa Marchetti <{lisa}>", f"Dani Kowalczyk <{OWNER}>",
             "Peer interview panel - new grad residency candidate 10/28", d1, mid1,
             outlook_alt(bnd_outlook(host1, "c18a"), text1), relay="outlook",
             extra=outlook_headers("Peer interview panel - new grad residency candidate 10/28", "c18a"))
    created = at(2026, 10, 19, 12, 40, 0)
    ev = gcal_event(eid=h("c18ev", 26), summary="Peer interview panel - new grad RN (Jordan P.) w/ Lisa",
                    description="I'm interviewing the new grad residency candidate with Lisa. Review question sheet! "
                                "Paid education time.",
                    start=ps, end=pe, organizer=(OWNER_NAME, OWNER), attendees=None, created=created,
                    updated=created + timedelta(seconds=41), location="BTMC 5N conference room", tz="America/New_York")
    case("owner-interviews-new-grad", [("01-lisa-peer-panel.eml", m1), ("02-peer-panel-hold.gcal.json", ev)], [],
         "hard", "negative/user-is-interviewer",
         "The owner is on the interviewing side of a peer interview for a new-grad candidate at her current "
         "employer; her own Calendar API hold says 'Peer interview panel'.")


# --- 19 dentist appointment reminder ---
def c19():
    ds = at(2026, 11, 2, 8, 0, wd="Monday")
    de = at(2026, 11, 2, 9, 0)
    d1 = at(2026, 10, 30, 14, 0, 7, tz=UTC, wd="Friday")
    text1 = f"""Hi Danielle,

This is a friendly reminder of your upcoming appointment at Worthington Family Dental:

{long_date(ds)} at {t12(ds)}
Dr. Anjali Sethi, DDS - Cleaning & periodic exam (60 min)
6650 N. High St, Suite 200, Worthington, OH 43085

Reply C to confirm or call 614-555-0107 to reschedule. Please arrive 10 minutes early to update your medical history.

Worthington Family Dental
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Worthington Family Dental//Patient Reminders//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:appt-{h('c19', 12)}@worthingtonfamilydental.example",
               f"DTSTAMP:{icsz(d1)}", f"DTSTART:{icsz(ds)}", f"DTEND:{icsz(de)}",
               "SUMMARY:Dental appointment - Dr. Sethi", "LOCATION:6650 N. High St\\, Suite 200\\, Worthington\\, OH",
               "END:VEVENT", "END:VCALENDAR"])
    top1 = multi("mixed", "=_rem_" + h("c19mix", 20), [
        multi("alternative", "=_rem_alt_" + h("c19alt", 16), [
            leaf("text/plain; charset=utf-8", text1, "7bit"),
            leaf("text/html; charset=utf-8", simple_html(text1, font="Verdana,sans-serif"), "quoted-printable")]),
        leaf('text/calendar; charset=utf-8; name="appointment.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="appointment.ics"'])])
    m1 = eml("Worthington Family Dental <appointments@worthingtonfamilydental.example>", OWNER,
             f"Appointment reminder: {ds:%A}, {ds:%B} {ds.day} at {t12(ds)}", d1,
             f"<{h('c19m1', 24)}@worthingtonfamilydental.example>", top1, relay="sendgrid")
    case("dentist-reminder", [("01-dental-appointment-reminder.eml", m1)], [], "easy", "negative/personal-appointment",
         "Dental appointment reminder with an .ics (UTC), on the Monday after fall-back. Not an interview.")


# --- 20 HireVue on-demand only (deadline, no live time) ---
def c20():
    deadline = at(2026, 10, 23, 23, 59, tz=CT, wd="Friday")
    d1 = at(2026, 10, 16, 15, 30, 0, tz=UTC, wd="Friday")
    text1 = f"""Hi Danielle,

Thank you for your interest in the Registered Nurse - Cardiac ICU position at Lakeview Harbor Health. You've been invited to complete a video interview on HireVue.

There is no scheduled time - record your answers whenever it's convenient, but please complete your interview by {long_date(deadline)} at 11:59 PM Central.

What to expect:
- 6 questions, up to 3 minutes to answer each
- One practice question before you begin
- About 25 minutes total

Begin your interview: https://app.hirevue.com/interviews/lakeviewharbor/Pq8Zs1nK4d/start

If you have technical problems, visit https://candidatesupport.hirevue.com.

Lakeview Harbor Health Talent Acquisition
"""
    top1 = multi("alternative", "--==_mimepart_" + h("c20a", 24), [
        leaf("text/plain; charset=UTF-8", text1, "quoted-printable"),
        leaf("text/html; charset=UTF-8", simple_html(text1, font="Helvetica,Arial,sans-serif"), "quoted-printable")])
    m1 = eml("Lakeview Harbor Health <noreply@hirevue.com>", OWNER,
             "Action Required: Video Interview for Registered Nurse - Cardiac ICU", d1,
             f"<{h('c20m1', 24)}@mail.hirevue.com>", top1, relay="sendgrid")
    d2 = at(2026, 10, 21, 15, 30, 0, tz=UTC, wd="Wednesday")
    text2 = f"""Hi Danielle,

Just a reminder: your Lakeview Harbor Health video interview for Registered Nurse - Cardiac ICU expires in 2 days ({long_date(deadline)} at 11:59 PM Central).

Begin your interview: https://app.hirevue.com/interviews/lakeviewharbor/Pq8Zs1nK4d/start

Lakeview Harbor Health Talent Acquisition
"""
    top2 = multi("alternative", "--==_mimepart_" + h("c20b", 24), [
        leaf("text/plain; charset=UTF-8", text2, "quoted-printable"),
        leaf("text/html; charset=UTF-8", simple_html(text2, font="Helvetica,Arial,sans-serif"), "quoted-printable")])
    m2 = eml("Lakeview Harbor Health <noreply@hirevue.com>", OWNER,
             "Reminder: Your video interview expires in 2 days", d2, f"<{h('c20m2', 24)}@mail.hirevue.com>", top2,
             relay="sendgrid")
    case("hirevue-on-demand-only", [("01-hirevue-invitation.eml", m1), ("02-hirevue-reminder.eml", m2)], [],
         "hard", "negative/one-way-video",
         "HireVue on-demand (one-way) video interview with only a completion deadline and no live interviewer: "
         "an assessment, not an interview per the rules.")


# --- 21 Paradox Olivia asks to pick a time (nothing booked) ---
def c21():
    d1 = at(2026, 10, 22, 17, 3, 41, tz=UTC, wd="Thursday")
    mon, tue = at(2026, 10, 26, wd="Monday"), at(2026, 10, 27, wd="Tuesday")
    text1 = f"""Hi Danielle! I'm Olivia, the virtual recruiting assistant for Maumee Bay Health System.

The hiring team for Registered Nurse - Neuro ICU would like to set up a phone interview with you. Please choose a time that works for you (all times Eastern):

{mon:%a}, {mon:%b} {mon.day}: 10:00 AM, 10:30 AM, 1:00 PM
{tue:%a}, {tue:%b} {tue.day}: 9:00 AM, 2:30 PM

Pick a time: https://olivia.paradox.ai/co/MaumeeBayHealth/candidate/R8TN5C/schedule

Once you select a time, I'll send you a confirmation with all the details. If none of these work, just let me know and I'll find more options.

Olivia
Maumee Bay Health System Recruiting Assistant

Olivia is an AI recruiting assistant. Replies to this email address are not monitored.
"""
    top1 = multi("alternative", "----=_Part_" + h("c21", 20), [
        leaf('text/plain; charset="UTF-8"', text1, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', simple_html(text1, font="Arial,sans-serif"), "quoted-printable")])
    m1 = eml('"Olivia | Maumee Bay Health Careers" <no-reply@paradox.ai>', f"{OWNER_NAME} <{OWNER}>",
             "Let's schedule your interview with Maumee Bay Health System", d1, mid_ses("c21"), top1, relay="ses",
             extra=["Feedback-ID: ::1.us-east-1.paradox-olivia:AmazonSES"])
    case("olivia-pick-a-time-unbooked", [("01-olivia-pick-a-time.eml", m1)], [], "hard",
         "negative/availability-request",
         "Olivia chatbot offers slots and a scheduling link; no time is booked in the case.")


# --- 22 Workday rejection that mentions a past interview date and time ---
def c22():
    past = at(2026, 10, 6, 13, 0, wd="Tuesday")
    d1 = at(2026, 11, 9, 20, 11, 35, tz=UTC, wd="Monday")
    text1 = f"""Dear Danielle,

Thank you for taking the time to interview with Lindsey Park and the ICU team on {past:%A}, {past:%B} {past.day} at {t12(past)}. We enjoyed learning about your critical care experience.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the current needs of the unit for the Registered Nurse - ICU (R-20771) position.

We encourage you to continue to explore opportunities with Lake Erie Shores Health, and we would be glad to interview you again for future openings.

Sincerely,
Lake Erie Shores Health Talent Acquisition

This is an automated message from Workday. Please do not reply to this email.
"""
    top1 = multi("alternative", "----=_Part_" + h("c22", 16), [
        leaf("text/plain; charset=UTF-8", text1, "quoted-printable"),
        leaf("text/html; charset=UTF-8", simple_html(text1, font="Arial,sans-serif"), "quoted-printable")])
    m1 = eml("Lake Erie Shores Health <lakeerieshores@myworkday.com>", OWNER,
             "Update on your application: Registered Nurse - ICU (R-20771)", d1,
             f"<{h('c22m1', 20)}.JavaMail.wdsvc@wd3-prod-smtp01>", top1, relay="workday")
    case("workday-rejection-past-interview", [("01-application-update.eml", m1)], [], "medium",
         "negative/rejection",
         "Rejection that names a past interview's day and time; nothing upcoming, no interview to report.")


# ============================================================================================
# README + writer
# ============================================================================================

README = """# blind264: ICU nurse job search across Eastern/Central/Mountain/Arizona time (written blind)

Owner: Danielle "Dani" Kowalczyk, RN, BSN, CCRN, an ICU nurse in Columbus, Ohio
(`dani.kowalczyk@example.com`). She applies to hospitals and health systems in Ohio (Eastern), Chicago
(Central), Denver (Mountain) and Phoenix (Arizona, MST all year), and to a Denver travel-nurse agency,
in Sept-Nov 2026. Her current employer (Buckeye Trail Medical Center) also shows up in look-alikes.

This set was written blind: without reading the tool's code, tests or other evaluation sets, following
only the label schema and rules in the shared eval README. It is regenerated byte-for-byte by
`python make_cases.py` (standard library + PyYAML + zoneinfo).

## What it stresses
- Healthcare ATS / scheduling mail: Paradox "Olivia" chatbot confirmations (and an unbooked pick-a-time
  request), HireVue on-demand video (one-way, deadline only: not an interview) vs. a later live interview,
  Jobvite (confirmation + METHOD:CANCEL), BambooHR (notifications sender, Reply-To the human), Workday
  (screen + rejection), symplr onboarding.
- Invites: Exchange/Teams with Windows TZIDs "Eastern Standard Time", "Central Standard Time" and
  "US Mountain Standard Time" (Arizona); Zoom .ics with TZID America/Denver; Google Calendar invitations
  with UTC times; a standalone Google .ics; Calendar API events (.gcal.json).
- Nurse-specific scheduling: a reschedule because the candidate's shift changed, a cancellation because
  the position was filled internally, a shadow shift that is the last interview step (kind other),
  military times (0700-1100), terse recruiter texts ("can u do thurs 2p?") where "2p" is the recruiter's
  Mountain time.
- Two interviews in one case (Workday HR screen, then manager + peer panel), an onsite loop sent as
  three Calendar API events, one interview announced through several channels.
- Look-alikes: post-offer drug screen / TB test appointment (even mentions a "health history interview"),
  Board of Nursing renewal reminder, CE webinar about interviewing, patient-family care conference,
  the owner interviewing a new-grad nurse, dentist reminder, HireVue on-demand only, Olivia availability
  request, rejection naming a past interview.

## Counts
- 22 cases: 13 positive, 9 negative.
- 14 labelled interviews: 13 scheduled, 1 cancelled (one case has two interviews).

## Formats
`.eml` (multipart/alternative and multipart/mixed, quoted-printable and base64 bodies, text/calendar parts
and .ics attachments, Gmail / Outlook / iPhone Mail threads with In-Reply-To and References, forwarded
Outlook appointment), standalone `.ics`, `.gcal.json` (Calendar API v3 events).

## Time zones and DST points
- US DST ends Sunday 1 Nov 2026. Interviews fall on both sides: Oct 13-29 (EDT -04:00, CDT -05:00,
  MDT -06:00) and Nov 2-12 (EST -05:00, CST -06:00, MST -07:00).
- Phoenix is -07:00 all year: 3 h behind Ohio before Nov 1 (case 10), 2 h after (case 05).
- Case 06 is rescheduled across the change (Oct 29 EDT -> Nov 3 EST); case 13 is the Monday right after it.
- Case 03's two interviews straddle it (Oct 20 CDT, Nov 4 CST).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    labels = {}
    for folder, items, label in CASES:
        os.makedirs(os.path.join(HERE, folder))
        names = [n for n, _ in items]
        assert names == sorted(names), folder
        for n, content in items:
            with open(os.path.join(HERE, folder, n), "wb") as fh:
                fh.write(content.encode("utf-8"))
        labels[folder] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind264 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    pos = sum(1 for _, _, l in CASES if l["interview"])
    ivs = [i for _, _, l in CASES for i in l["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
