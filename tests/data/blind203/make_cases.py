#!/usr/bin/env python3
"""Regenerate the blind203 evaluation set (written blind).

Theme: a Denver-based retail store manager (Marcus Delgado, marcus.delgado@example.com) applying to
district / store / general manager roles at US retailers and restaurant groups.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries -> identical bytes on every run.
Standard library + PyYAML only. Every UTC offset is computed with zoneinfo; every weekday named in
text is asserted.

Usage:  python make_cases.py        (writes b203-* folders, labels.yaml next to this file)
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEN = ZoneInfo("America/Denver")
PHX = ZoneInfo("America/Phoenix")
LA = ZoneInfo("America/Los_Angeles")
CHI = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")

OWNER = "marcus.delgado@example.com"
OWNER_NAME = "Marcus Delgado"
OWNER_WORK = "mdelgado@highlinesporting.example"   # current employer address (auto-forwarded)


# --------------------------------------------------------------------------- time helpers
def T(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    # reject non-existent / ambiguous wall times
    assert x.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == x.replace(tzinfo=None), x
    if wd is not None:
        assert x.strftime("%A") == wd, (x, x.strftime("%A"), wd)
    return x


def M(d, minutes):
    return d + timedelta(minutes=minutes)


def rfc(d):
    return format_datetime(d)


def zstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def iso(d):
    return d.isoformat()


def h12(d):
    return d.strftime("%I:%M %p").lstrip("0")


def g12(d):
    h = d.strftime("%I").lstrip("0")
    m = "" if d.minute == 0 else d.strftime(":%M")
    return f"{h}{m}{d.strftime('%p').lower()}"


def longdate(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def seed_hex(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def seed_b64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


# --------------------------------------------------------------------------- MIME helpers
def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.encodebytes(s).decode("ascii")


def part(ctype, body, cte="7bit", extra=()):
    lines = [f"Content-Type: {ctype}"] + list(extra)
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    else:
        enc = body
    if not enc.endswith("\n"):
        enc += "\n"
    return "\n".join(lines) + "\n\n" + enc


def multipart(subtype, boundary, parts):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n']
    for p in parts:
        out.append(f"--{boundary}\n{p}\n")
    out.append(f"--{boundary}--\n")
    return "".join(out)


def mail(headers, root):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    return "\n".join(lines) + "\n" + root


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def html_doc(text, font="Calibri,Arial,Helvetica,sans-serif", size="11pt", pre=""):
    paras = text.strip("\n").split("\n\n")
    body = []
    for p in paras:
        lines = []
        for line in p.split("\n"):
            e = html.escape(line, quote=False)
            e = URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', e)
            lines.append(e)
        body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body>{pre}<div style="font-family:{font};font-size:{size}">\n' + "\n".join(body)
            + "\n</div></body></html>\n")


def received_google(host, ip, date, seed):
    return ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{seed_hex(seed, 12)}\n        for <{OWNER}>\n        (version=TLS1_3 "
            f"cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(M(date, 0) + timedelta(seconds=2))}")


# --------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    assert line.isascii(), line
    out = []
    first = True
    while len(line) > (75 if first else 74):
        n = 75 if first else 74
        out.append(("" if first else " ") + line[:n])
        line = line[n:]
        first = False
    out.append(("" if first else " ") + line)
    return out


def ics_text(lines, nl="\r\n"):
    phys = []
    for line in lines:
        phys.extend(fold(line))
    return nl.join(phys) + nl


def vtz_olson(tzid):
    if tzid == "America/Phoenix":
        return ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
                "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
                "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
    std, dst, sn, dn = {"America/Denver": ("-0700", "-0600", "MST", "MDT"),
                        "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT")}[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


WINDOWS_TZ = {"Mountain Standard Time": DEN, "Pacific Standard Time": LA, "US Mountain Standard Time": PHX}


def vtz_windows(tzid):
    if tzid == "US Mountain Standard Time":
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "END:STANDARD", "BEGIN:DAYLIGHT",
                "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    std, dst = {"Mountain Standard Time": ("-0700", "-0600"), "Pacific Standard Time": ("-0800", "-0700")}[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def simple_ics(*, prodid, method, uid, start, end, dtstamp, summary, desc, organizer, attendees,
               location="", seq=0, status="CONFIRMED", mode="tzid", extra=()):
    """mode: tzid (Olson TZID + VTIMEZONE), utc (Z times), floating (no zone)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if mode == "tzid":
        lines += vtz_olson(start.tzinfo.key)
    lines.append("BEGIN:VEVENT")
    lines.append(f"UID:{uid}")
    lines.append(f"DTSTAMP:{zstamp(dtstamp)}")
    for key, d in (("DTSTART", start), ("DTEND", end)):
        if mode == "tzid":
            lines.append(f"{key};TZID={d.tzinfo.key}:{local(d)}")
        elif mode == "utc":
            lines.append(f"{key}:{zstamp(d)}")
        else:
            lines.append(f"{key}:{local(d)}")
    lines.append(f"SUMMARY:{esc(summary)}")
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, em, role, ps in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn}:mailto:{em}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"]
    lines += list(extra)
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return lines


def ics_attachment(lines, name="invite.ics", method="REQUEST", ctype="text/calendar"):
    params = f'{ctype}; charset=UTF-8; method={method}; name="{name}"' if ctype == "text/calendar" \
        else f'{ctype}; name="{name}"'
    return part(params, ics_text(lines), "base64",
                [f'Content-Disposition: attachment; filename="{name}"'])


# --------------------------------------------------------------------------- vendor builders
GOOGLE_FOOTER = (
    "\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
    "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
    "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")


def google_invite(*, seed, date, org, title, start, end, tzlabel, desc, guests, uid, seq, meet,
                  created, updated=False, to=OWNER, location="", to_header=None):
    """guests: list of (name, email, partstat); first one is the organizer."""
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {to}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    tzname = start.tzname()
    subj_when = f"{start:%a} {start:%b} {start.day}, {start.year} {g12(start)} - {g12(end)} ({tzname})"
    subject = f"{'Updated invitation' if updated else 'Invitation'}: {title} @ {subj_when} ({to})"
    pin = str(int(seed_hex(seed + 'pin', 8), 16))[:9]
    plain = ""
    if updated:
        plain += "This event has been updated\nChanged: date and time\n\n"
    plain += (f"{title}\n{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {g12(start)} \u2013 {g12(end)}\n"
              f"{tzlabel}\n\n")
    if location:
        plain += f"Location\n{location}\n\n"
    if meet:
        plain += (f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\nJoin by phone\n(US) +1 209-555-01{pin[:2]}\n"
                  f"PIN: {pin}\n\nMore phone numbers\nhttps://tel.meet/{meet}?pin={pin}\n\n")
    plain += f"Organizer\n{org[0]}\n{org[1]}\n\nGuests\n"
    for i, (n, e, _ps) in enumerate(guests):
        plain += f"{n}{' - organizer' if i == 0 else ''}\n" + ("" if n == e else f"{e}\n")
    plain += f"View all guest info {view}\n\n{desc}\n\nReply for {to} and view more details {view}" + GOOGLE_FOOTER
    html_body = html_doc(plain, font="Roboto,Helvetica,Arial,sans-serif", size="14px")
    full_desc = desc
    if meet:
        full_desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                      f"Join with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: "
                      "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
                      "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtz_olson(start.tzinfo.key) + [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={start.tzinfo.key}:{local(start)}",
        f"DTEND;TZID={end.tzinfo.key}:{local(end)}",
        f"DTSTAMP:{zstamp(date)}",
        f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
        f"UID:{uid}"]
    for i, (n, e, ps) in enumerate(guests):
        role = "REQ-PARTICIPANT"
        rsvp = "TRUE" if ps == "NEEDS-ACTION" else "FALSE"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={n};X-NUM-GUESTS=0:mailto:{e}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(full_desc)}", f"LAST-MODIFIED:{zstamp(date)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}",
              "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    alt = multipart("alternative", "0000000000" + seed_hex(seed + "alt", 16), [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        part('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        part('text/calendar; charset="UTF-8"; method=REQUEST', ics_text(lines, "\n"), "7bit"),
    ])
    root = multipart("mixed", "0000000000" + seed_hex(seed + "mix", 16), [
        alt, part('application/ics; name="invite.ics"', ics_text(lines), "base64",
                  ['Content-Disposition: attachment; filename="invite.ics"'])])
    headers = [
        ("Delivered-To", OWNER),
        received_google("mail-sor-f69.google.com", "209.85.220.69", date, seed),
        ("Return-Path", f"<{seed_b64(seed + 'rp', 15).replace('+', 'x').replace('/', 'y')}@calendar-server.bounces.google.com>"),
        ("Reply-To", f"{org[0]} <{org[1]}>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{seed_hex(seed + 'mid', 8)}-{seed_hex(seed + 'mid2', 4)}-4{seed_hex(seed + 'm3', 3)}-a{seed_hex(seed + 'm4', 3)}-{seed_hex(seed + 'm5', 12)}@google.com>"),
        ("Date", rfc(date)),
        ("Subject", subject),
        ("From", f"{org[0]} <{org[1]}>"),
        ("To", to_header or to),
        ("MIME-Version", "1.0"),
    ]
    return mail(headers, root), lines


TEAMS_BLOCK = (
    "\n\n________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    "?context=%7b%22Tid%22%3a%22{tid}%22%7d>\nMeeting ID: {mnum}\nPasscode: {pc}\n"
    "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
    "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting>\n"
    "________________________________________________________________________________\n")


def teams_block(seed):
    n = str(int(seed_hex(seed + "num", 12), 16))[:12]
    return TEAMS_BLOCK.format(mid=seed_b64(seed, 24).replace("+", "Q").replace("/", "z").rstrip("="),
                              tid=f"{seed_hex(seed + 't1', 8)}-{seed_hex(seed + 't2', 4)}-4{seed_hex(seed + 't3', 3)}-"
                                  f"8{seed_hex(seed + 't4', 3)}-{seed_hex(seed + 't5', 12)}",
                              mnum=f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:12]}",
                              pc=seed_b64(seed + "pc", 6)[:6].replace("+", "k").replace("/", "P"))


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + seed_hex(seed, 58).upper()


def outlook_ics(*, method, org, attendees, summary, desc, uid, start, end, wtz, dtstamp, seq,
                location, teams_url=None):
    cancel = method == "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz_windows(wtz)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for cn, em, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{em}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={wtz}:{local(start)}", f"DTEND;TZID={wtz}:{local(end)}", "CLASS:PUBLIC",
              f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(seed_hex(uid, 7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return lines


def outlook_invite(*, seed, date, org, to, cc=(), subject, start, end, wtz, wlabel, text, attendees,
                   uid, seq=0, method="REQUEST", location="Microsoft Teams Meeting", teams=True,
                   extra_headers=(), summary=None, outbound="NAM11-BN8-obe.outbound.protection.outlook.com",
                   ip="40.107.212.93"):
    when = f"When: {longdate(start)} {h12(start)}-{h12(end)} {wlabel}.\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    tb = teams_block(seed) if teams else ""
    plain = when + text + tb
    teams_url = None
    if teams:
        teams_url = re.search(r"<(https://teams\.microsoft\.com/l/meetup-join/[^>]+)>", tb).group(1)
    lines = outlook_ics(method=method, org=org, attendees=attendees, summary=summary or subject,
                        desc=text + tb, uid=uid, start=start, end=end, wtz=wtz, dtstamp=date, seq=seq,
                        location=location, teams_url=teams_url)
    bnd = f"_000_{seed_hex(seed + 'b', 24).upper()}prodoutlookcom_"
    root = multipart("alternative", bnd, [
        part('text/plain; charset="utf-8"', plain, "quoted-printable"),
        part('text/html; charset="utf-8"', html_doc(plain, font="Aptos,Calibri,sans-serif"), "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', ics_text(lines), "base64"),
    ])
    mid = f"<PH0PR11MB{seed_hex(seed + 'n', 4).upper()}{seed_hex(seed + 'x', 24).upper()}@PH0PR11MB{seed_hex(seed + 'n', 4).upper()}.namprd11.prod.outlook.com>"
    headers = [("Delivered-To", OWNER),
               ("Received", f"from {outbound} ({outbound}. [{ip}])\n        by mx.google.com with ESMTPS id "
                            f"{seed_hex(seed + 'r', 12)}\n        for <{OWNER}>\n        (version=TLS1_2 "
                            f"cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        "
                            f"{rfc((date + timedelta(seconds=3)).astimezone(UTC))}"),
               ("Return-Path", f"<{org[1]}>")] + list(extra_headers) + [
        ("From", f"{org[0]} <{org[1]}>"),
        ("To", ", ".join(f"{n} <{e}>" for n, e in to)),
        ("CC", ", ".join(f"{n} <{e}>" for n, e in cc) if cc else None),
        ("Subject", subject),
        ("Thread-Topic", subject.split(": ", 1)[1] if subject.startswith("Canceled: ") else subject),
        ("Thread-Index", seed_b64(uid + seed, 22)),
        ("Date", rfc(date.astimezone(UTC))),
        ("Message-ID", mid),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", seed_b64(uid + "s", 32)),
        ("MIME-Version", "1.0"),
    ]
    return mail(headers, root), lines, mid


def outlook_mail(*, seed, date, frm, to, cc=(), subject, text, in_reply_to=None, references=None,
                 local_date=False, ip="40.107.220.51", outbound="NAM10-DM6-obe.outbound.protection.outlook.com"):
    bnd = f"_000_{seed_hex(seed + 'b', 24).upper()}namprd10prodoutlookcom_"
    root = multipart("alternative", bnd, [
        part('text/plain; charset="us-ascii"', text, "quoted-printable"),
        part('text/html; charset="us-ascii"', html_doc(text), "quoted-printable"),
    ])
    mid = f"<SJ0PR10MB{seed_hex(seed + 'n', 4).upper()}{seed_hex(seed + 'x', 20).upper()}@SJ0PR10MB{seed_hex(seed + 'n', 4).upper()}.namprd10.prod.outlook.com>"
    headers = [("Delivered-To", OWNER),
               ("Received", f"from {outbound} ({outbound}. [{ip}])\n        by mx.google.com with ESMTPS id "
                            f"{seed_hex(seed + 'r', 12)}\n        for <{OWNER}>\n        (version=TLS1_2 "
                            f"cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        "
                            f"{rfc((date + timedelta(seconds=2)).astimezone(UTC))}"),
               ("Return-Path", f"<{frm[1]}>"),
               ("From", f"{frm[0]} <{frm[1]}>"),
               ("To", ", ".join(f"{n} <{e}>" for n, e in to)),
               ("CC", ", ".join(f"{n} <{e}>" for n, e in cc) if cc else None),
               ("Subject", subject),
               ("Thread-Topic", re.sub(r"^(RE|Re|FW): ", "", subject)),
               ("Thread-Index", seed_b64(seed + "ti", 22)),
               ("Date", rfc(date if local_date else date.astimezone(UTC))),
               ("Message-ID", mid),
               ("In-Reply-To", in_reply_to),
               ("References", references),
               ("Accept-Language", "en-US"),
               ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""),
               ("MIME-Version", "1.0")]
    return mail(headers, root), mid


def ats_mail(*, seed, date, frm, reply_to=None, subject, text, msgid, ics_lines=None, ics_name="invite.ics",
             received_from=("mail.example-ats.invalid", "192.0.2.10"), extra_headers=(), html_font="Arial,Helvetica,sans-serif",
             text_cte="quoted-printable", to=None, return_path=None):
    alt = multipart("alternative", f"----=_Part_{int(seed_hex(seed + 'a', 8), 16)}_{int(seed_hex(seed + 'b', 8), 16)}.{int(seed_hex(seed + 'c', 10), 16)}", [
        part('text/plain; charset=UTF-8', text, text_cte),
        part('text/html; charset=UTF-8', html_doc(text, font=html_font, size="14px"), "quoted-printable"),
    ])
    if ics_lines:
        root = multipart("mixed", f"----=_Part_{int(seed_hex(seed + 'd', 8), 16)}_{int(seed_hex(seed + 'e', 8), 16)}.{int(seed_hex(seed + 'f', 10), 16)}",
                         [alt, ics_attachment(ics_lines, ics_name)])
    else:
        root = alt
    host, ip = received_from
    headers = [("Delivered-To", OWNER),
               ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
                            f"{seed_hex(seed + 'r', 12)}\n        for <{OWNER}>\n        (version=TLS1_2 "
                            f"cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);\n        "
                            f"{rfc((date + timedelta(seconds=4)).astimezone(UTC))}"),
               ("Return-Path", return_path or f"<bounce-{seed_hex(seed + 'rp', 10)}@{frm[1].split('@')[1]}>")] + list(extra_headers) + [
        ("Date", rfc(date)),
        ("From", f"{frm[0]} <{frm[1]}>"),
        ("Reply-To", f"{reply_to[0]} <{reply_to[1]}>" if reply_to else None),
        ("To", to or f"{OWNER_NAME} <{OWNER}>"),
        ("Message-ID", msgid),
        ("Subject", subject),
        ("MIME-Version", "1.0")]
    return mail(headers, root)


def gmail_mail(*, seed, date, frm, to, cc=(), subject, text, in_reply_to=None, references=None,
               host="mail-sor-f41.google.com", ip="209.85.220.41"):
    mid = f"<CA{seed_b64(seed + 'm', 30).replace('/', '_').replace('+', '-')}@mail.gmail.com>"
    inner = "\n".join(f'<div>{html.escape(l) if l else "<br>"}</div>' for l in text.split("\n"))
    root = multipart("alternative", "0000000000" + seed_hex(seed + "alt", 16), [
        part('text/plain; charset="UTF-8"', text, "quoted-printable"),
        part('text/html; charset="UTF-8"', f'<div dir="ltr">{inner}</div>\n', "quoted-printable"),
    ])
    headers = [("Delivered-To", OWNER), received_google(host, ip, date, seed),
               ("Return-Path", f"<{frm[1]}>"),
               ("MIME-Version", "1.0"),
               ("From", f"{frm[0]} <{frm[1]}>"),
               ("Date", rfc(date)),
               ("Message-ID", mid),
               ("In-Reply-To", in_reply_to),
               ("References", references),
               ("Subject", subject),
               ("To", ", ".join(f"{n} <{e}>" for n, e in to)),
               ("Cc", ", ".join(f"{n} <{e}>" for n, e in cc) if cc else None)]
    return mail(headers, root), mid


def iphone_mail(*, seed, date, frm, subject, text, in_reply_to=None, references=None):
    mid = f"<{seed_hex(seed, 8).upper()}-{seed_hex(seed + '1', 4).upper()}-{seed_hex(seed + '2', 4).upper()}-{seed_hex(seed + '3', 4).upper()}-{seed_hex(seed + '4', 12).upper()}@frontrangefeed.example>"
    headers = [("Delivered-To", OWNER),
               ("Received", f"from mail.frontrangefeed.example (mail.frontrangefeed.example. [198.51.100.23])\n"
                            f"        by mx.google.com with ESMTPS id {seed_hex(seed + 'r', 12)}\n        for <{OWNER}>\n"
                            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        "
                            f"{rfc(date + timedelta(seconds=5))}"),
               ("Return-Path", f"<{frm[1]}>"),
               ("From", f"{frm[0]} <{frm[1]}>"),
               ("Mime-Version", "1.0 (1.0)"),
               ("Date", rfc(date)),
               ("Subject", subject),
               ("Message-Id", mid),
               ("In-Reply-To", in_reply_to),
               ("References", references),
               ("To", f"{OWNER_NAME} <{OWNER}>"),
               ("X-Mailer", "iPhone Mail (23D60)")]
    root = part("text/plain; charset=us-ascii", text, "7bit")
    return mail(headers, root), mid


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def outlook_quote(frm, sent, to, subject, body):
    return (f"\n\n________________________________\nFrom: {frm[0]} <{frm[1]}>\n"
            f"Sent: {longdate(sent)} {h12(sent)}\nTo: {to}\nSubject: {subject}\n\n{body}")


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# =========================================================================== POSITIVE CASES
def case01():
    slug = "b203-01-icims-phone-screen-arvada"
    date = T(UTC, 2026, 2, 4, 22, 22, 7)
    assert date.astimezone(DEN).strftime("%A") == "Wednesday"
    start = T(DEN, 2026, 2, 10, 10, 0, wd="Tuesday")
    end = M(start, 30)
    rec = ("Priscilla Vang", "pvang@alpenglowgrocers.example")
    text = f"""Hi Marcus,

Thank you for your interest in the Store Manager opening at our Arvada store (Req #4471). I'd like to set up a phone interview to learn more about your background and walk you through the role.

Your phone interview has been scheduled:

Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} Mountain Time
Format: Phone - I will call you at (720) 555-0134
With: Priscilla Vang, Talent Acquisition Partner

A calendar invitation is attached. If this time no longer works, just reply to this email and I'll find another slot.

Thank you,

Priscilla Vang
Talent Acquisition Partner | Alpenglow Grocers
pvang@alpenglowgrocers.example | (303) 555-0119

--
This message was sent to {OWNER} via iCIMS on behalf of Alpenglow Grocers.
Alpenglow Grocers is an Equal Opportunity Employer.
"""
    ics = simple_ics(prodid="-//iCIMS Inc.//iCIMS Talent Platform//EN", method="REQUEST",
                     uid="icims-interview-4471-88213@alpenglowgrocers.icims.com", start=start, end=end, dtstamp=date,
                     summary="Phone Interview - Store Manager (Arvada, CO) - Alpenglow Grocers",
                     desc="Phone interview with Priscilla Vang (Talent Acquisition Partner). Priscilla will call you at (720) 555-0134.",
                     location="Phone call", organizer=rec,
                     attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                (rec[0], rec[1], "CHAIR", "ACCEPTED")])
    eml = ats_mail(seed=slug, date=date, frm=("Alpenglow Grocers Talent Acquisition", "alpenglowgrocers@talent.icims.com"),
                   reply_to=rec, subject="Phone Interview Scheduled - Store Manager (Arvada, CO) - Req 4471",
                   text=text, msgid=f"<{int(date.timestamp())}.4471.88213.JavaMail.icims@talent.icims.com>", ics_lines=ics,
                   ics_name="Interview.ics", received_from=("mta-out12.talent.icims.com", "192.0.2.41"),
                   return_path="<bounces+4471-88213@talent.icims.com>")
    lab = label([iv("Alpenglow Grocers", "Store Manager (Arvada, CO)", start, end, "scheduled", [rec[1]], [rec[1]],
                    "phone_screen")], "easy", "positive/icims-ats-with-ics",
                "iCIMS mail sent from talent.icims.com with Reply-To the recruiter; the recruiter conducts the phone "
                "screen herself, so she is interviewer and follow-up recipient. MST (-07:00) in February.")
    return slug, {"01-alpenglow-icims-phone-interview.eml": eml}, lab


def case02():
    slug = "b203-02-smartrecruiters-pacific-hiring-manager"
    date = T(UTC, 2026, 2, 12, 18, 40, 15)
    start = T(LA, 2026, 2, 19, 11, 0, wd="Thursday")
    end = M(start, 45)
    gloria = ("Gloria Han", "gloria.han@tidewaterkitchen.example")
    text = f"""Hi Marcus,

Good news - your interview for District Manager - Colorado at Tidewater Kitchen Group has been scheduled.

Interview details
When: {longdate(start)}, {h12(start)} - {h12(end)} (GMT-08:00) Pacific Time
Type: Video interview (Microsoft Teams)
Interviewer: Gloria Han, VP of Operations - West
Join link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TdwKG7rQ2c%40thread.v2/0

Gloria leads restaurant operations across our western region and is the hiring manager for this role. Expect a conversation about multi-unit leadership, P&L ownership and how you develop general managers.

A calendar file is attached so you can add the interview to your calendar.

Need to make a change? Contact your recruiter, Mateo Salinas, at msalinas@tidewaterkitchen.example.

Best of luck,
Tidewater Kitchen Group Talent Team

This email was sent by SmartRecruiters on behalf of Tidewater Kitchen Group. Please do not reply directly to this message.
"""
    ics = simple_ics(prodid="-//SmartRecruiters//Interview Scheduler 2.0//EN", method="REQUEST",
                     uid="sr-int-7f3a91c2-5e0b-4d6f-9a1e-0c44b2d8e617@smartrecruiters.com", start=start, end=end,
                     dtstamp=date, mode="utc",
                     summary="Interview: Marcus Delgado - District Manager - Colorado (Tidewater Kitchen Group)",
                     desc="Video interview with Gloria Han (VP of Operations - West).\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TdwKG7rQ2c%40thread.v2/0",
                     location="Microsoft Teams", organizer=("Tidewater Kitchen Group", "no-reply@smartrecruiters.com"),
                     attendees=[(gloria[0], gloria[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    eml = ats_mail(seed=slug, date=date, frm=("Tidewater Kitchen Group", "no-reply@smartrecruiters.com"),
                   subject="Interview scheduled: District Manager - Colorado", text=text,
                   msgid="<0100019c5a3e1f7b-6d2e8a41-3c5f-4b7a-9e1d-2a6c8f0b4d73-000000@email.smartrecruiters.com>",
                   ics_lines=ics, ics_name="interview.ics",
                   received_from=("a48-112.smtp-out.amazonses.com", "54.240.48.112"))
    lab = label([iv("Tidewater Kitchen Group", "District Manager - Colorado", start, end, "scheduled", [gloria[1]],
                    [gloria[1]], "hiring_manager")], "medium", "positive/smartrecruiters-pacific-utc-ics",
                "Time stated in Pacific (PST, 11:00 = 12:00 MST for the Denver candidate); .ics uses UTC Z times and a "
                "no-reply organizer. Interviewer address appears as ATTENDEE, so she is the follow-up recipient "
                "(recruiter Mateo only handles changes).")
    return slug, {"01-tidewater-interview-scheduled.eml": eml}, lab


def case03():
    slug = "b203-03-paycom-gm-in-person-floating-ics"
    date = T(CHI, 2026, 2, 18, 9, 5, 33, wd="Wednesday")
    start = T(DEN, 2026, 2, 24, 14, 30, wd="Tuesday")
    end = M(start, 60)
    brandon = ("Brandon Oakes", "brandon.oakes@redmesacantina.example")
    text = f"""Dear Marcus Delgado,

Thank you for your interest in the General Manager position with Red Mesa Cantina Group. We would like to invite you to interview with us.

Interview Type: In Person
Interview Date: {start:%m/%d/%Y}
Interview Time: {h12(start)} MT
Expected Length: 1 hour
Location: Red Mesa Cantina - Highlands, 3318 W 32nd Ave, Denver, CO 80211
Please ask for: Alicia Fuentes, Area Director

Please bring a copy of your resume and a list of three professional references.

If you have questions or need to reschedule, please contact Brandon Oakes, Talent Coordinator, at brandon.oakes@redmesacantina.example or (303) 555-0172.

Add this interview to your calendar: https://www.paycomonline.net/v4/ats/web.php/jobs/interview/ics?token=6NQ2R8KW

Thank you,
Red Mesa Cantina Group

*** This is an automated message. Please do not reply to this email. ***
General inquiries: careers@redmesacantina.example
"""
    eml1 = ats_mail(seed=slug, date=date, frm=("Red Mesa Cantina Group", "noreply@paycomonline.com"),
                    subject="Interview Confirmation - General Manager", text=text,
                    msgid="<20260218150533.9F2C41A07B@mailer.paycomonline.com>",
                    received_from=("mailer.paycomonline.com", "192.0.2.77"), text_cte="7bit",
                    html_font="Verdana,Arial,sans-serif")
    ics = simple_ics(prodid="-//Paycom//Applicant Tracking//EN", method="PUBLISH", mode="floating",
                     uid="PAYCOM-INTV-20260224-553817", start=start, end=end, dtstamp=date,
                     summary="Interview - General Manager - Red Mesa Cantina Group",
                     desc="In-person interview for General Manager. Please ask for Alicia Fuentes (Area Director).\nQuestions: Brandon Oakes (303) 555-0172",
                     location="Red Mesa Cantina - Highlands, 3318 W 32nd Ave, Denver, CO 80211",
                     organizer=("Red Mesa Cantina Group", "noreply@paycomonline.com"),
                     attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    fri = T(DEN, 2026, 2, 20, 11, 42, 9, wd="Friday")
    text3 = """Hi Marcus,

Just confirming you're all set for Tuesday at 2:30 at our Highlands location with Alicia. That's the quiet stretch between lunch and dinner, so she'll have time to walk the floor and the kitchen with you before you sit down.

Street parking on Lowell is easiest. Call or text me if anything comes up.

Thanks,
Brandon

Brandon Oakes | Talent Coordinator
Red Mesa Cantina Group
(303) 555-0172
"""
    eml3, _ = outlook_mail(seed=slug + "3", date=fri, frm=brandon, to=[(OWNER_NAME, OWNER)],
                           subject="Tuesday interview - Highlands", text=text3, local_date=True)
    lab = label([iv("Red Mesa Cantina Group", "General Manager", start, end, "scheduled", [], [brandon[1]],
                    "hiring_manager")], "medium", "positive/paycom-floating-ics-dedupe",
                "Paycom no-reply mail (Date header in Central time) + Paycom .ics with floating local times + "
                "coordinator's confirmation = one interview. 'MT' in text resolves the floating time to MST. "
                "Interviewer Alicia has no address; follow-up goes to coordinator Brandon (careers@ is a group address).")
    return slug, {"01-paycom-interview-confirmation.eml": eml1, "02-paycom-add-to-calendar.ics": ics_text(ics),
                  "03-brandon-confirming-tuesday.eml": eml3}, lab


def case04():
    slug = "b203-04-workday-arizona-time-panel"
    date = T(UTC, 2026, 3, 4, 17, 12, 40)
    start = T(PHX, 2026, 3, 12, 9, 0, wd="Thursday")
    end = M(start, 60)
    assert start.astimezone(DEN).hour == 10 and start.astimezone(DEN).utcoffset() == timedelta(hours=-6)
    lena = ("Lena Marchetti", "lena.marchetti@saguarohome.example")
    dale = ("Dale Ruiz", "dale.ruiz@saguarohome.example")
    kim = ("Kimberly Osei", "kimberly.osei@saguarohome.example")
    text = f"""Hello Marcus,

An interview has been scheduled for your application to District Manager - Colorado/Wyoming (R-20418) at Saguaro Home & Garden.

Interview Details
Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} (GMT-07:00) Arizona
Location: Virtual - Microsoft Teams
Interviewers: Dale Ruiz, Regional Vice President; Kimberly Osei, HR Business Partner

Your recruiter will send the meeting link separately. To review your application, sign in to the Saguaro Home & Garden career site: https://saguarohg.wd1.myworkdayjobs.com/en-US/Careers

Thank you,
Saguaro Home & Garden Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    eml1 = ats_mail(seed=slug, date=date, frm=("Saguaro Home & Garden", "saguarohg@myworkday.com"),
                    subject="Interview Scheduled: District Manager - Colorado/Wyoming (R-20418)", text=text,
                    msgid=f"<1933580117.90211.{int(date.timestamp())}874@wd1-prod-mail-04.myworkday.com>",
                    received_from=("wd1-prod-mail-04.myworkday.com", "192.0.2.151"), html_font="Helvetica,Arial,sans-serif")
    d2 = T(PHX, 2026, 3, 4, 10, 31, 2, wd="Wednesday")
    sunday = T(DEN, 2026, 3, 8, 12, 0, wd="Sunday")
    assert sunday.utcoffset() == timedelta(hours=-6) and T(DEN, 2026, 3, 7, 12, 0).utcoffset() == timedelta(hours=-7)
    text2 = f"""Hi Marcus,

You should have just received the Workday notice for your panel interview with Dale and Kimberly on Thursday, March 12. I've copied them both here.

One thing to watch: Workday lists every interview in our corporate time here in Scottsdale, and Arizona doesn't change its clocks. Colorado springs forward this Sunday, so 9:00 AM Arizona on the 12th is 10:00 AM Mountain Daylight Time for you in Denver.

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SgHG20418dmCOWY%40thread.v2/0
Meeting ID: 281 446 903 117
Passcode: Qe7s2M

Dale will start with your multi-unit experience and Kimberly will cover leadership and people development. Plan on the full hour.

Thanks,
Lena

Lena Marchetti
Senior Recruiter, Field Leadership | Saguaro Home & Garden
lena.marchetti@saguarohome.example | (480) 555-0163
"""
    eml2, _ = outlook_mail(seed=slug + "2", date=d2, frm=lena, to=[(OWNER_NAME, OWNER)], cc=[dale, kim],
                           subject="District Manager panel 3/12 - Teams link + time zone note", text=text2)
    lab = label([iv("Saguaro Home & Garden", "District Manager - Colorado/Wyoming", start, end, "scheduled",
                    [dale[1], kim[1]], [dale[1], kim[1]], "onsite")], "hard", "positive/workday-arizona-panel",
                "Workday notice gives Arizona time (no DST): 9:00 -07:00 on Mar 12, which is 10:00 MDT in Denver after "
                "the Mar 8 change. Two interviewers = panel (onsite). Their addresses appear only in the recruiter's Cc; "
                "recruiter Lena coordinates and is not an interviewer.")
    return slug, {"01-workday-interview-scheduled.eml": eml1, "02-lena-teams-link-timezone.eml": eml2}, lab


def gvoice_mail(seed, date, sender_num, text):
    digits = re.sub(r"\D", "", sender_num)
    frm = f'"{sender_num}" <17205550134.1{digits}.{seed_b64(seed, 8).replace("+", "q").replace("/", "Z")[:10]}@txt.voice.google.com>'
    plain = ("<https://voice.google.com>\n" + text + "\n"
             "YOUR ACCOUNT <https://voice.google.com> HELP CENTER\n<https://support.google.com/voice#topic=1707989> "
             "HELP FORUM\n<https://productforums.google.com/forum/#!forum/voice>\n"
             "To respond to this text message, reply to this email or visit Google Voice\n<https://voice.google.com>.\n"
             "This email was sent to you because you indicated that you'd like to receive\nemail notifications for text "
             "messages. If you don't want to receive such\nemails in the future, please update your email notification "
             "settings\n<https://voice.google.com/settings#messaging>.\nGoogle LLC\n1600 Amphitheatre Pkwy\n"
             "Mountain View CA 94043 USA\n")
    htmlb = ('<html><body><table width="100%" style="font-family:Roboto,Arial,sans-serif"><tr><td>'
             '<a href="https://voice.google.com"><img src="https://www.gstatic.com/voice/logo.png" alt="Google Voice"></a>'
             f'</td></tr><tr><td style="font-size:16px;padding:16px 0">{html.escape(text)}</td></tr>'
             '<tr><td style="font-size:12px;color:#5f6368">To respond to this text message, reply to this email or visit '
             '<a href="https://voice.google.com">Google Voice</a>.<br>Google LLC, 1600 Amphitheatre Pkwy, Mountain View CA '
             '94043 USA</td></tr></table></body></html>\n')
    root = multipart("alternative", "0000000000" + seed_hex(seed + "alt", 16), [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        part('text/html; charset="UTF-8"', htmlb, "quoted-printable")])
    headers = [("Delivered-To", OWNER), received_google("mail-sor-f73.google.com", "209.85.220.73", date, seed),
               ("Return-Path", "<voice-noreply@google.com>"),
               ("MIME-Version", "1.0"),
               ("Date", rfc(date)),
               ("Message-ID", f"<{seed_hex(seed + 'v', 28)}-{seed_hex(seed + 'w', 8)}@google.com>"),
               ("Subject", f"New text message from {sender_num}"),
               ("From", frm),
               ("To", OWNER)]
    return mail(headers, root)


def case05():
    slug = "b203-05-google-voice-text-phone-screen"
    d1 = T(UTC, 2026, 2, 17, 1, 12, 44)
    d2 = T(UTC, 2026, 2, 17, 1, 31, 5)
    assert d1.astimezone(DEN).strftime("%A %d") == "Monday 16"   # UTC date is already Tuesday
    start = T(DEN, 2026, 2, 17, 9, 30, wd="Tuesday")
    end = M(start, 20)
    tanya = "treyes@timberlinehardware.example"
    t1 = ("Hi Marcus, this is Tanya Reyes with Timberline Hardware recruiting. Got your application for the "
          "Aurora store manager opening. Do you have about 20 min tomorrow morning for a quick phone interview? "
          "9:30 or 10:30 work on my end.")
    t2 = ("Perfect, 9:30 tomorrow (Tues) it is. I'll call you at this number. If anything comes up you can "
          f"email me at {tanya}. Thx!")
    files = {"01-text-from-720-555-0186.eml": gvoice_mail(slug + "1", d1, "(720) 555-0186", t1),
             "02-text-from-720-555-0186.eml": gvoice_mail(slug + "2", d2, "(720) 555-0186", t2)}
    lab = label([iv("Timberline Hardware", "Store Manager (Aurora)", start, end, "scheduled", [tanya], [tanya],
                    "phone_screen")], "hard", "positive/sms-relay-relative-date",
                "Recruiter texts relayed to e-mail by Google Voice. 'tomorrow (Tues)' is sent Monday evening Denver "
                "time (the Date header is already Tuesday in UTC) -> Tue Feb 17 09:30 MST; '~20 min' gives the end. "
                "Recruiter conducts the screen; her address is only in the second text. Owner's own reply "
                "(sent from the phone) is not in the mailbox.")
    return slug, files, lab


def hirevue_mail(seed, date, company, subject, text, ics_lines=None, msg_local="hv"):
    return ats_mail(seed=seed, date=date, frm=(company, "noreply@hirevue.com"), subject=subject, text=text,
                    msgid=f"<0101019c{seed_hex(seed + 'id', 8)}-{seed_hex(seed + 'i2', 8)}-{seed_hex(seed + 'i3', 4)}-"
                          f"{seed_hex(seed + 'i4', 4)}-{seed_hex(seed + 'i5', 12)}-000000@us-west-2.amazonses.com>",
                    ics_lines=ics_lines, ics_name="HireVue_Interview.ics",
                    received_from=("a27-31.smtp-out.us-west-2.amazonses.com", "54.240.27.31"),
                    html_font="'Open Sans',Arial,sans-serif")


def case06():
    slug = "b203-06-hirevue-live-district-leader"
    date = T(UTC, 2026, 2, 26, 20, 3, 11)
    start = T(DEN, 2026, 3, 4, 13, 0, wd="Wednesday")
    end = M(start, 45)
    jerome = "jerome.bell@brightwaterrx.example"
    text = f"""Hi Marcus,

Brightwater Pharmacy has scheduled a HireVue Live interview with you for the Store Manager - Littleton, CO position.

This is a live, two-way video interview. You will be meeting in real time with Carla Nguyen, District Leader.

Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} (GMT-07:00) Mountain Time - Denver
Join your interview: https://app.hirevue.com/interviews/live/9c2e4f17b0/join

Before your interview:
- Use Chrome, Firefox, Safari or Edge on a computer, or the HireVue app on your phone.
- Run the system check: https://app.hirevue.com/check
- Join a few minutes early; your interviewer will admit you from the lobby.

Need to reschedule? Contact your recruiter, Jerome Bell, at {jerome}.

Thank you,
Brightwater Pharmacy Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
Powered by HireVue | Privacy: https://www.hirevue.com/privacy
"""
    ics = simple_ics(prodid="-//HireVue//Live Interview//EN", method="REQUEST", mode="utc",
                     uid="hv-live-9c2e4f17b0@hirevue.com", start=start, end=end, dtstamp=date,
                     summary="Brightwater Pharmacy - HireVue Live Interview (Store Manager - Littleton, CO)",
                     desc="Live video interview with Carla Nguyen, District Leader.\nJoin: https://app.hirevue.com/interviews/live/9c2e4f17b0/join",
                     location="https://app.hirevue.com/interviews/live/9c2e4f17b0/join",
                     organizer=("HireVue", "noreply@hirevue.com"),
                     attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    eml = hirevue_mail(slug, date, "Brightwater Pharmacy", "Brightwater Pharmacy - Live Interview Scheduled", text, ics)
    lab = label([iv("Brightwater Pharmacy", "Store Manager - Littleton, CO", start, end, "scheduled", [], [jerome],
                    "hiring_manager")], "medium", "positive/hirevue-live",
                "HireVue LIVE (two-way, real interviewer) - unlike one-way HireVue this is an interview. Interviewer "
                "Carla has no address; follow-up goes to recruiter Jerome named in the text (noreply@hirevue.com excluded).")
    return slug, {"01-hirevue-live-interview-scheduled.eml": eml}, lab


def case07():
    slug = "b203-07-store-walkthrough-thread"
    walt = ("Walt Brennan", "wbrennan@frontrangefeed.example")
    d1 = T(DEN, 2026, 3, 9, 19, 48, 21, wd="Monday")
    fri = T(DEN, 2026, 3, 13, 14, 0, wd="Friday")
    start = T(DEN, 2026, 3, 14, 7, 30, wd="Saturday")
    end = M(start, 90)
    t1 = """Marcus,

Sheila in HR passed your resume along and I'd like to meet you. Easiest thing is to meet me at the store and we'll walk the floor together - you'll get a feel for the place and I'll get a feel for how you think about a store.

I'm at Castle Rock Friday afternoon and Saturday morning this week. Would Fri 3/13 at 2:00 or Sat 3/14 at 7:30 (before we open at 8) work? Plan on about an hour and a half.

Walt Brennan
District Manager - South Metro
Front Range Feed & Ranch Supply
(719) 555-0148

Sent from my iPhone"""
    eml1, mid1 = iphone_mail(seed=slug + "1", date=d1, frm=walt, subject="Store Manager - Castle Rock", text=t1)
    dm = T(DEN, 2026, 3, 10, 7, 15, 0, wd="Tuesday")
    mid_m = "<CAJm7uH0cQ2v3XbLd9e_Kq1sRt8wY4ZpNf6gA@mail.gmail.com>"
    marcus = """Hi Walt,

Thanks for reaching out - I'd like that. Saturday at 7:30 works best for me; Friday afternoon I'm covering a shift at my own store.

See you at Castle Rock (4120 Founders Pkwy, right?).

Marcus

""" + f"On Mon, Mar 9, 2026 at {h12(d1)} {walt[0]} <{walt[1]}> wrote:\n" + quote(t1)
    d3 = T(DEN, 2026, 3, 10, 8, 2, 47, wd="Tuesday")
    t3 = ("Sounds good. Saturday 7:30 it is. Come to the side door by the loading dock and I'll let you in. "
          "Wear boots, we'll go through the yard and the feed barn too.\n\nWalt\n\nSent from my iPhone\n\n"
          f"> On Mar 10, 2026, at {h12(dm)}, {OWNER_NAME} <{OWNER}> wrote:\n>\n" + quote(marcus) + "\n")
    eml3, _ = iphone_mail(seed=slug + "3", date=d3, frm=walt, subject="Re: Store Manager - Castle Rock", text=t3,
                          in_reply_to=mid_m, references=f"{mid1} {mid_m}")
    lab = label([iv("Front Range Feed & Ranch Supply", "Store Manager - Castle Rock", start, end, "scheduled",
                    [walt[1]], [walt[1]], "hiring_manager")], "medium", "positive/thread-store-walkthrough",
                "District manager proposes two slots ('meet me at the store and we'll walk the floor'); candidate's "
                "reply (quoted) picks Saturday 3/14 7:30, DM confirms. 'about an hour and a half' -> end 09:00. "
                "First weekend after the DST change (MDT -06:00). Friday 2:00 was never booked.")
    return slug, {"01-walt-store-manager-castle-rock.eml": eml1, "02-walt-re-saturday-confirmed.eml": eml3}, lab


def case08():
    slug = "b203-08-onsite-loop-park-meadows"
    hannah = ("Hannah Lee", "hannah.lee@bramblewoodhome.example")
    nadia = ("Nadia Flores", "nadia.flores@bramblewoodhome.example")
    owen = ("Owen Tran", "owen.tran@bramblewoodhome.example")
    rafael = ("Rafael Beltran", "rafael.beltran@bramblewoodhome.example")
    d0 = T(DEN, 2026, 3, 12, 14, 20, 55, wd="Thursday")
    s1 = T(DEN, 2026, 3, 20, 9, 0, wd="Friday")
    sessions = [(s1, M(s1, 60), nadia, "Store Walk-Through",
                 "Nadia Flores (Regional Director) will meet you at the front entrance and walk the sales floor, "
                 "stockroom and receiving with you. Come ready to tell her what you see."),
                (M(s1, 75), M(s1, 120), owen, "HR Interview",
                 "Behavioral interview with Owen Tran (HR Business Partner) in the store training room."),
                (M(s1, 180), M(s1, 225), rafael, "Store Manager Conversation",
                 "Conversation with Rafael Beltran, Store Manager at Park Meadows, about what the district needs "
                 "from its DM.")]
    itin = f"""Hi Marcus,

We're excited to host you for your onsite interview for District Manager, Denver Metro on {longdate(s1)} at our Park Meadows store (8505 Park Meadows Center Dr, Lone Tree, CO 80124). Please check in with the front register lead a few minutes before 9:00.

Itinerary
9:00 - 10:00 AM  Store walk-through with Nadia Flores, Regional Director
10:15 - 11:00 AM  Interview with Owen Tran, HR Business Partner
11:00 AM - 12:00 PM  Lunch on us at the cafe next door (on your own - not part of the interview)
12:00 - 12:45 PM  Conversation with Rafael Beltran, Store Manager, Park Meadows

You'll get a separate calendar invite for each session. Business casual is fine; wear shoes you can walk the floor in.

Let me know if you have any questions!

Hannah Lee
Recruiting Coordinator | Bramblewood Home
hannah.lee@bramblewoodhome.example
"""
    eml0, _ = outlook_mail(seed=slug + "0", date=d0, frm=hannah, to=[(OWNER_NAME, OWNER)],
                           subject="Your onsite interview - District Manager, Denver Metro - Friday 3/20", text=itin)
    files = {"01-hannah-onsite-itinerary.eml": eml0}
    for i, (a, b, who, title, desc) in enumerate(sessions, start=2):
        d = M(d0, 3 + i)
        subj = f"Bramblewood Home | DM Interview - {title} | Marcus Delgado"
        txt = f"Hi Marcus,\n\n{desc}\n\nLocation: Bramblewood Home - Park Meadows, 8505 Park Meadows Center Dr, Lone Tree, CO 80124\n\nHannah"
        eml, _lines, _ = outlook_invite(seed=f"{slug}{i}", date=d, org=hannah, to=[(OWNER_NAME, OWNER), who],
                                        subject=subj, start=a, end=b, wtz="Mountain Standard Time",
                                        wlabel="(UTC-07:00) Mountain Time (US & Canada)", text=txt,
                                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (who[0], who[1], "REQ-PARTICIPANT")],
                                        uid=outlook_uid(f"{slug}{i}"), location="Bramblewood Home - Park Meadows", teams=False)
        files[f"0{i}-invite-{title.lower().replace(' ', '-')}.eml"] = eml
    lab = label([iv("Bramblewood Home", "District Manager, Denver Metro", s1, sessions[-1][1], "scheduled",
                    [nadia[1], owen[1], rafael[1]], [nadia[1], owen[1], rafael[1]], "onsite")], "hard",
                "positive/onsite-loop-outlook",
                "Same-day loop sent as an itinerary plus three Exchange invites (Windows TZID 'Mountain Standard Time', "
                "display label '(UTC-07:00)' although the date is in MDT) -> ONE onsite 09:00-12:45 -06:00 with all "
                "three interviewers; the lunch hour is not a session; coordinator Hannah is not an interviewer.")
    return slug, files, lab


def case09():
    slug = "b203-09-google-reschedule-across-dst"
    jenna = ("Jenna Marsh", "jenna.marsh@harborlinecafe.example")
    trevor = ("Trevor Lang", "trevor.lang@harborlinecafe.example")
    d1 = T(UTC, 2026, 3, 3, 22, 15, 2)
    s1 = T(LA, 2026, 3, 6, 10, 0, wd="Friday")
    assert s1.utcoffset() == timedelta(hours=-8)
    title = "Harborline Bakery Cafe - Multi-Unit Manager Interview (Marcus Delgado)"
    desc = ("Hi Marcus - this is your interview with Trevor Lang, our Director of Operations for the Mountain region. "
            "Trevor will meet you on Google Meet. I won't be joining, but reach out to me with any questions "
            "beforehand.\n- Jenna")
    uid = "5q8lr3vd0m6kp2t9c1hw4ysb7n@google.com"
    guests = [(jenna[0], jenna[1], "ACCEPTED"), (trevor[0], trevor[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    eml1, _ = google_invite(seed=slug + "1", date=d1, org=jenna, title=title, start=s1, end=M(s1, 45),
                            tzlabel="Pacific Time - Los Angeles", desc=desc, guests=guests, uid=uid, seq=0,
                            meet="hbc-tqzm-wre", created=d1)
    d2 = T(LA, 2026, 3, 5, 16, 40, 18, wd="Thursday")
    s2 = T(LA, 2026, 3, 10, 10, 0, wd="Tuesday")
    assert s2.utcoffset() == timedelta(hours=-7) and s2.astimezone(DEN).hour == 11
    t2 = f"""Hi Marcus,

Trevor got pulled into a store opening in Albuquerque tomorrow. Would Tuesday, March 10 at the same time work instead - 10:00 AM Pacific? Heads up that the clocks change this weekend for both of us, so it's still 11:00 AM for you in Denver.

If Tuesday doesn't work, send me a couple of times early next week. Sorry for the shuffle!

Jenna Marsh
Talent Acquisition | Harborline Bakery Cafe
{jenna[1]} | (619) 555-0127
"""
    eml2, mid2 = outlook_mail(seed=slug + "2", date=d2, frm=jenna, to=[(OWNER_NAME, OWNER)],
                              subject="Moving Friday's interview with Trevor?", text=t2, local_date=True)
    dm = T(DEN, 2026, 3, 5, 18, 2, 0, wd="Thursday")
    d3 = T(LA, 2026, 3, 5, 17, 26, 40)
    mid_m = "<CAJm7uH3Zp0Rk8xN2fVq_bT6wLd5sYc9eHq@mail.gmail.com>"
    marcus = "Hi Jenna,\n\nNo problem - Tuesday the 10th at 10:00 Pacific / 11:00 my time works. Thanks for letting me know.\n\nMarcus"
    t3 = ("Thanks Marcus - updating the invite now. You'll see the new time come through from Google Calendar.\n\n"
          "Talk soon,\nJenna" + outlook_quote((OWNER_NAME, OWNER), dm.astimezone(LA), f"{jenna[0]} <{jenna[1]}>",
                                               "Re: Moving Friday's interview with Trevor?",
                                               marcus + f"\n\nOn Thu, Mar 5, 2026 at {h12(d2.astimezone(DEN))} {jenna[0]} <{jenna[1]}> wrote:\n" + quote(t2)))
    eml3, _ = outlook_mail(seed=slug + "3", date=d3, frm=jenna, to=[(OWNER_NAME, OWNER)],
                           subject="RE: Moving Friday's interview with Trevor?", text=t3, local_date=True,
                           in_reply_to=mid_m, references=f"{mid2} {mid_m}")
    d4 = T(UTC, 2026, 3, 6, 1, 31, 12)
    eml4, _ = google_invite(seed=slug + "4", date=d4, org=jenna, title=title, start=s2, end=M(s2, 45),
                            tzlabel="Pacific Time - Los Angeles", desc=desc, guests=guests, uid=uid, seq=1,
                            meet="hbc-tqzm-wre", created=d1, updated=True)
    lab = label([iv("Harborline Bakery Cafe", "Multi-Unit Manager", s2, M(s2, 45), "scheduled", [trevor[1]],
                    [trevor[1]], "hiring_manager")], "hard", "positive/reschedule-across-dst",
                "Google invite Fri Mar 6 10am PST (-08:00) moved by e-mail + Updated invitation (SEQUENCE 1, same UID) "
                "to Tue Mar 10 10am PDT (-07:00), after the Mar 8 DST change. Final = 17:00Z (reusing the old -08:00 "
                "offset would be 18:00Z). Jenna organizes but says she won't join.")
    return slug, {"01-invitation-fri-mar-6.eml": eml1, "02-jenna-moving-friday.eml": eml2,
                  "03-jenna-re-updating-invite.eml": eml3, "04-updated-invitation-tue-mar-10.eml": eml4}, lab


def case10():
    slug = "b203-10-exchange-arizona-cancel-req-filled"
    craig = ("Craig Sutton", "craig.sutton@desertbloomnutrition.example")
    ros = ("Rosalind Achebe", "rosalind.achebe@desertbloomnutrition.example")
    d1 = T(UTC, 2026, 3, 9, 16, 5, 44)
    start = T(PHX, 2026, 3, 17, 10, 0, wd="Tuesday")
    end = M(start, 45)
    uid = outlook_uid(slug)
    summ = "Desert Bloom Nutrition - Store Manager Interview (Fort Collins) - Marcus Delgado"
    t1 = ("Hi Marcus,\n\nHere's your Teams interview with Rosalind Achebe, our Regional Manager for Colorado and the "
          "hiring manager for the Fort Collins store. The time on this invite is Arizona time (our Tempe support "
          "center) - now that Colorado has changed its clocks, 10:00 AM here is 11:00 AM for you.\n\n"
          "Craig Sutton\nTalent Acquisition Specialist | Desert Bloom Nutrition\n(480) 555-0191")
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (ros[0], ros[1], "REQ-PARTICIPANT")]
    eml1, _, _ = outlook_invite(seed=slug + "1", date=d1, org=craig, to=[(OWNER_NAME, OWNER), ros], subject=summ,
                                start=start, end=end, wtz="US Mountain Standard Time", wlabel="(UTC-07:00) Arizona",
                                text=t1, attendees=att, uid=uid)
    d2 = T(UTC, 2026, 3, 13, 21, 47, 3)
    assert d2.astimezone(PHX).strftime("%A") == "Friday"
    t2 = ("Hi Marcus,\n\nI'm sorry to send this as a calendar cancellation. We filled the Fort Collins store manager "
          "req this week with an internal promotion, so I need to cancel Tuesday's interview with Rosalind.\n\n"
          "I'd like to keep you in mind for our Loveland store opening later this spring and will reach out when that "
          "req posts.\n\nThanks for your patience,\nCraig")
    eml2, _, _ = outlook_invite(seed=slug + "2", date=d2, org=craig, to=[(OWNER_NAME, OWNER), ros],
                                subject="Canceled: " + summ, summary="Canceled: " + summ, start=start, end=end,
                                wtz="US Mountain Standard Time", wlabel="(UTC-07:00) Arizona", text=t2, attendees=att,
                                uid=uid, seq=1, method="CANCEL", teams=False)
    lab = label([iv("Desert Bloom Nutrition", "Store Manager (Fort Collins)", start, end, "cancelled", [ros[1]],
                    [ros[1]], "hiring_manager")], "hard", "positive/cancellation-req-filled",
                "Exchange invite with Windows TZID 'US Mountain Standard Time' (Arizona, no DST: -07:00, i.e. 11:00 MDT "
                "in Denver), then METHOD:CANCEL because the req was filled. Kept as one cancelled interview at its last "
                "scheduled time. No interview was scheduled, so the case is negative for 'has a scheduled interview'.")
    return slug, {"01-invite-fort-collins-store-manager.eml": eml1, "02-canceled-req-filled.eml": eml2}, lab


def case11():
    slug = "b203-11-two-interviews-dm-then-rvp"
    megan = ("Megan Tolliver", "megan.tolliver@summitridgepet.example")
    darnell = ("Darnell Price", "darnell.price@summitridgepet.example")
    sandra = ("Sandra Whitlock", "sandra.whitlock@summitridgepet.example")
    d1 = T(UTC, 2026, 3, 19, 17, 30, 26)
    s1 = T(DEN, 2026, 3, 26, 8, 0, wd="Thursday")
    e1 = M(s1, 60)
    text1 = f"""Hi Marcus,

Thank you for applying to Summit Ridge Pet Supply! We'd like to invite you to a first interview for the Store Manager - Highlands Ranch position.

Who: Darnell Price, District Manager
When: {longdate(s1)}, {h12(s1)} - {h12(e1)} (Mountain Time)
Where: Summit Ridge Pet Supply #212, 9315 Dorchester St, Highlands Ranch, CO 80129

Darnell will meet you at the front registers and walk the store with you before you sit down in the office - wear comfortable shoes. A calendar invitation is attached.

If you need to change the time, reply to this message and I'll take care of it.

Megan Tolliver
Recruiter, Store Leadership | Summit Ridge Pet Supply

--
Sent via iCIMS on behalf of Summit Ridge Pet Supply.
"""
    ics1 = simple_ics(prodid="-//iCIMS Inc.//iCIMS Talent Platform//EN", method="REQUEST",
                      uid="icims-interview-212-30517@summitridgepet.icims.com", start=s1, end=e1, dtstamp=d1,
                      summary="In-Store Interview: Store Manager - Highlands Ranch (Summit Ridge Pet Supply)",
                      desc="First interview with Darnell Price, District Manager. Store walk followed by a sit-down in the office.",
                      location="Summit Ridge Pet Supply #212, 9315 Dorchester St, Highlands Ranch, CO 80129",
                      organizer=megan,
                      attendees=[(darnell[0], darnell[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    eml1 = ats_mail(seed=slug + "1", date=d1, frm=("Summit Ridge Pet Supply", "summitridgepet@talent.icims.com"),
                    reply_to=megan, subject="Interview Invitation: Store Manager - Highlands Ranch", text=text1,
                    msgid=f"<{int(d1.timestamp())}.212.30517.JavaMail.icims@talent.icims.com>", ics_lines=ics1,
                    received_from=("mta-out07.talent.icims.com", "192.0.2.37"),
                    return_path="<bounces+212-30517@talent.icims.com>")
    d2 = T(DEN, 2026, 3, 27, 11, 10, 37, wd="Friday")
    s2 = T(LA, 2026, 4, 1, 15, 0, wd="Wednesday")
    e2 = M(s2, 45)
    assert s2.astimezone(DEN).hour == 16
    t2 = f"""Hi Marcus,

Darnell really enjoyed walking the store with you yesterday and wants to move you forward.

The next step is a video interview with our Regional Vice President, Sandra Whitlock, who works out of our Sacramento support center. Sandra has Wednesday, April 1 at 3:00 PM Pacific open - that's 4:00 PM your time. I'm sending a Teams invite from my calendar now; plan on 45 minutes.

Megan

Megan Tolliver
Recruiter, Store Leadership | Summit Ridge Pet Supply
{megan[1]} | (720) 555-0177
"""
    eml2, _ = outlook_mail(seed=slug + "2", date=d2, frm=megan, to=[(OWNER_NAME, OWNER)],
                           subject="Next step - Store Manager, Highlands Ranch", text=t2)
    d3 = T(UTC, 2026, 3, 27, 17, 14, 2)
    t3 = ("Marcus - here is your video interview with Sandra Whitlock, Regional Vice President, for the Store Manager - "
          "Highlands Ranch role.\n\nMegan Tolliver\nRecruiter, Store Leadership | Summit Ridge Pet Supply")
    eml3, _, _ = outlook_invite(seed=slug + "3", date=d3, org=megan, to=[(OWNER_NAME, OWNER), sandra],
                                subject="Summit Ridge Pet Supply - RVP Interview - Marcus Delgado", start=s2, end=e2,
                                wtz="Pacific Standard Time", wlabel="(UTC-08:00) Pacific Time (US & Canada)", text=t3,
                                attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (sandra[0], sandra[1], "REQ-PARTICIPANT")],
                                uid=outlook_uid(slug + "3"))
    lab = label([iv("Summit Ridge Pet Supply", "Store Manager - Highlands Ranch", s1, e1, "scheduled", [darnell[1]],
                    [darnell[1]], "hiring_manager"),
                 iv("Summit Ridge Pet Supply", "Store Manager - Highlands Ranch", s2, e2, "scheduled", [sandra[1]],
                    [sandra[1]], "other")], "hard", "positive/two-interviews",
                "Two separate interviews on different days: in-store DM interview (iCIMS + .ics, MDT) and a later RVP "
                "video interview (Exchange invite in 'Pacific Standard Time', display label UTC-08:00 but PDT applies; "
                "3:00 PM PDT = 4:00 PM MDT). Recruiter Megan only schedules. RVP kind labelled 'other' (second-level "
                "leadership interview).")
    return slug, {"01-icims-first-interview-dm.eml": eml1, "02-megan-next-step-rvp.eml": eml2,
                  "03-invite-rvp-interview.eml": eml3}, lab


def case12():
    slug = "b203-12-gcal-json-plus-recruiter-email"
    ben = ("Ben Whitaker", "ben.whitaker@bluespruceburger.example")
    yv = ("Yvonne Castillo", "yvonne.castillo@bluespruceburger.example")
    d1 = T(DEN, 2026, 2, 17, 13, 5, 50, wd="Tuesday")
    start = T(DEN, 2026, 2, 23, 15, 0, wd="Monday")
    end = M(start, 45)
    t1 = """Hi Marcus,

Thanks for sending over your availability. I've put you on Yvonne Castillo's calendar for next Monday, 2/23, at 3:00 PM. Yvonne is our Director of Operations and she'll run the interview - expect questions about how you staff and schedule around a lunch rush and how you'd manage food cost at a high-volume store.

It's on Google Meet, so you'll see an invite come from my calendar. Plan on 45 minutes.

Ben Whitaker
Recruiting Manager | Blue Spruce Burger Co.
(303) 555-0150
"""
    eml1, _ = gmail_mail(seed=slug + "1", date=d1, frm=ben, to=[(OWNER_NAME, OWNER)],
                         subject="GM interview - Lakewood", text=t1, host="mail-sor-f45.google.com", ip="209.85.220.45")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3477019822114000\"",
        "id": "3mfv9kq2c7h1p0u8tbd4xw6ne5",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(
            f"3mfv9kq2c7h1p0u8tbd4xw6ne5 {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-02-17T20:09:11.000Z",
        "updated": "2026-02-17T20:09:11.057Z",
        "summary": "Blue Spruce Burger Co. - GM Interview (Lakewood) - Marcus Delgado",
        "description": "Interview with Yvonne Castillo, Director of Operations, for the General Manager role at our "
                       "Lakewood restaurant.\nBen (recruiting) set this up and won't be on the call.",
        "creator": {"email": ben[1], "displayName": ben[0]},
        "organizer": {"email": ben[1], "displayName": ben[0]},
        "start": {"dateTime": iso(start), "timeZone": "America/Denver"},
        "end": {"dateTime": iso(end), "timeZone": "America/Denver"},
        "iCalUID": "3mfv9kq2c7h1p0u8tbd4xw6ne5@google.com",
        "sequence": 0,
        "attendees": [
            {"email": ben[1], "displayName": ben[0], "organizer": True, "responseStatus": "accepted"},
            {"email": yv[1], "displayName": yv[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/bsb-kwqd-lmt",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/bsb-kwqd-lmt",
                 "label": "meet.google.com/bsb-kwqd-lmt"},
                {"entryPointType": "phone", "uri": "tel:+1-720-555-0199", "label": "+1 720-555-0199",
                 "pin": "482913077", "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": "bsb-kwqd-lmt",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    lab = label([iv("Blue Spruce Burger Co.", "General Manager (Lakewood)", start, end, "scheduled", [yv[1]], [yv[1]],
                    "hiring_manager")], "medium", "positive/gcal-json-dedupe",
                "Recruiter e-mail ('next Monday, 2/23, at 3:00 PM', 45 min) + the Calendar API event for the same "
                "interview = ONE. Ben organizes and says he won't be on the call; Yvonne runs it.")
    return slug, {"01-ben-gm-interview-lakewood.eml": eml1,
                  "02-calendar-event-gm-interview.gcal.json": json.dumps(ev, indent=2) + "\n"}, lab


def case13():
    slug = "b203-13-hirevue-one-way-then-live"
    co = "Juniper Lane Apparel"
    simone = ("Simone Archer", "simone.archer@juniperlane.example")
    d1 = T(UTC, 2026, 2, 20, 16, 0, 9)
    due = T(DEN, 2026, 2, 27, 23, 59, wd="Friday")
    t1 = f"""Hi Marcus,

Thank you for your interest in the Store Manager - Cherry Creek position at Juniper Lane Apparel. The next step is an on-demand video interview.

You'll answer 5 pre-recorded questions on your own time - there is no live interviewer. You'll have 30 seconds to prepare and up to 3 minutes to record each answer.

Please complete your interview by {longdate(due)} at 11:59 PM MST.

Start your interview: https://app.hirevue.com/interviews/od/3JL7c2QmX9/start

Good luck!
Juniper Lane Apparel Talent Team

Please do not reply to this email. This mailbox is not monitored.
Powered by HireVue | Privacy: https://www.hirevue.com/privacy
"""
    d2 = T(UTC, 2026, 2, 23, 3, 44, 51)
    t2 = """Hi Marcus,

Thank you for completing your video interview for Store Manager - Cherry Creek. Your responses have been submitted to the Juniper Lane Apparel hiring team. If you are selected to move forward, a member of the team will contact you.

Juniper Lane Apparel Talent Team

Powered by HireVue
"""
    d3 = T(UTC, 2026, 3, 4, 19, 30, 0)
    start = T(LA, 2026, 3, 9, 15, 0, wd="Monday")
    end = M(start, 30)
    assert start.utcoffset() == timedelta(hours=-7)
    t3 = f"""Hi Marcus,

Your HireVue Live interview for Store Manager - Cherry Creek is confirmed. Unlike your earlier video interview, this one is live: you'll be talking in real time with Simone Archer, Regional Director.

Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} Pacific Daylight Time (GMT-07:00)
Join: https://app.hirevue.com/interviews/live/8Rk2pWd41Z/join

Times are shown in Pacific Time, where our home office is located. Please convert to your local time zone.

Juniper Lane Apparel Talent Team

Please do not reply to this email. This mailbox is not monitored.
Powered by HireVue | Privacy: https://www.hirevue.com/privacy
"""
    ics = simple_ics(prodid="-//HireVue//Live Interview//EN", method="REQUEST", mode="utc",
                     uid="hv-live-8Rk2pWd41Z@hirevue.com", start=start, end=end, dtstamp=d3,
                     summary="Juniper Lane Apparel - Live Interview - Store Manager - Cherry Creek",
                     desc="Live video interview with Simone Archer, Regional Director.\nJoin: https://app.hirevue.com/interviews/live/8Rk2pWd41Z/join",
                     location="https://app.hirevue.com/interviews/live/8Rk2pWd41Z/join",
                     organizer=("HireVue", "noreply@hirevue.com"),
                     attendees=[(simone[0], simone[1], "CHAIR", "ACCEPTED"),
                                (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    files = {"01-hirevue-complete-video-interview.eml": hirevue_mail(slug + "1", d1, co, f"{co}: Complete your video interview", t1),
             "02-hirevue-thank-you-completed.eml": hirevue_mail(slug + "2", d2, co, f"{co}: Thank you for completing your interview", t2),
             "03-hirevue-live-interview-confirmed.eml": hirevue_mail(slug + "3", d3, co, f"{co}: Your live interview is confirmed", t3, ics)}
    lab = label([iv(co, "Store Manager - Cherry Creek", start, end, "scheduled", [simone[1]], [simone[1]],
                    "hiring_manager")], "hard", "positive/hirevue-one-way-then-live",
                "One-way HireVue (recorded, deadline Feb 27) is NOT an interview; the later HireVue LIVE with the "
                "Regional Director is. Monday Mar 9 is the day after the US DST change: 3:00 PM PDT = 22:00Z.")
    return slug, files, lab


# =========================================================================== NEGATIVE CASES
FWD_HEADERS = [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")]


def case14():
    slug = "b203-14-neg-current-dm-store-visit"
    renee = ("Renee Kowalski", "renee.kowalski@highlinesporting.example")
    d = T(UTC, 2026, 2, 27, 22, 10, 31)
    start = T(DEN, 2026, 3, 5, 13, 0, wd="Thursday")
    text = ("Marcus,\n\nI'll be in Thursday afternoon for my Q1 visit. We'll walk the floor together first (focus on the "
            "spring apparel set, the footwear wall and backstock levels), then sit down for your quarterly review.\n\n"
            "I also want 20 minutes on your Assistant Store Manager opening - have your top two interview candidates' "
            "resumes ready and we'll decide who gets a second interview.\n\nRenee\n\nRenee Kowalski\nDistrict Manager, "
            "Denver Metro | Highline Sporting Goods")
    eml, _, _ = outlook_invite(seed=slug, date=d, org=renee, to=[(OWNER_NAME, OWNER_WORK)],
                               subject="District Visit - Store #0417 Colorado Blvd", start=start, end=M(start, 180),
                               wtz="Mountain Standard Time", wlabel="(UTC-07:00) Mountain Time (US & Canada)", text=text,
                               attendees=[(OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT")], uid=outlook_uid(slug),
                               location="Store #0417 - 2850 S Colorado Blvd, Denver", teams=False,
                               extra_headers=FWD_HEADERS)
    lab = label([], "hard", "negative/current-manager-store-visit",
                "His current district manager's store visit: 'walk the floor' and 'interview candidates' vocabulary, an "
                "Exchange invite, but the owner is an employee here and the only interviews mentioned are ones he runs.")
    return slug, {"01-district-visit-store-0417.eml": eml}, lab


def case15():
    slug = "b203-15-neg-cpr-first-aid-class"
    org = ("Front Range Safety Training", "registrations@frontrangesafety.example")
    d = T(DEN, 2026, 2, 24, 10, 2, 17, wd="Tuesday")
    start = T(DEN, 2026, 3, 7, 9, 0, wd="Saturday")
    end = T(DEN, 2026, 3, 7, 11, 30)
    text = f"""Hi Marcus,

You're registered! Here are the details for your class.

Course: Adult First Aid/CPR/AED - Blended Learning (Skills Session)
Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} MST
Location: Front Range Safety Training, 1550 Wewatta St, Suite 200, Denver, CO 80202
Instructor: Dave Morrow

Before class: complete the online portion (about 2 hours) at https://learn.frontrangesafety.example/course/fa-cpr-aed and bring your completion certificate. During the skills session your instructor will evaluate you one-on-one on CPR, AED use and first aid scenarios.

Your digital certificate is valid for 2 years and meets OSHA workplace requirements - many employers require it for store leadership roles.

Need to reschedule? Reply to this email at least 48 hours before class.

Front Range Safety Training
(303) 555-0108
"""
    eml = ats_mail(seed=slug, date=d, frm=org, subject="Registration confirmed: Adult First Aid/CPR/AED - Skills Session (Sat, Mar 7)",
                   text=text, msgid="<reg-20260224-77120.c41f@frontrangesafety.example>",
                   received_from=("mail.frontrangesafety.example", "203.0.113.18"))
    ics = simple_ics(prodid="-//Front Range Safety Training//Class Registration//EN", method="PUBLISH",
                     uid="class-FA-CPR-20260307-0900@frontrangesafety.example", start=start, end=end, dtstamp=d,
                     summary="Adult First Aid/CPR/AED - Skills Session",
                     desc="Instructor: Dave Morrow. Bring photo ID and your online-portion completion certificate. "
                          "Your skills will be evaluated one-on-one by the instructor.",
                     location="Front Range Safety Training, 1550 Wewatta St, Suite 200, Denver, CO 80202",
                     organizer=org, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")])
    lab = label([], "medium", "negative/cpr-first-aid-class",
                "CPR/first-aid certification class with a calendar file, an instructor 'evaluating you one-on-one' and "
                "'employers require it for store leadership roles' - training, not a job interview.")
    return slug, {"01-cpr-registration-confirmed.eml": eml, "02-cpr-skills-session.ics": ics_text(ics)}, lab


def case16():
    slug = "b203-16-neg-mystery-shop-review-call"
    trina = ("Trina Vasquez", "tvasquez@shoppulse.example")
    renee = ("Renee Kowalski", "renee.kowalski@highlinesporting.example")
    d = T(UTC, 2026, 3, 3, 18, 2, 50)
    start = T(LA, 2026, 3, 11, 13, 0, wd="Wednesday")
    text = ("Hi Marcus,\n\nAs Renee requested, I've set up 30 minutes to review the February mystery shop for Store "
            "#0417. Your shopper scored 82%.\n\nWe'll go through the greeting and needs-assessment sections, the "
            "shopper's interview with your footwear associate about trail runners, and the checkout observations. The "
            "full report is in the ShopPulse portal.\n\nTrina Vasquez\nClient Success Manager | ShopPulse Insights\n"
            "(858) 555-0132")
    eml, _, _ = outlook_invite(seed=slug, date=d, org=trina, to=[(OWNER_NAME, OWNER)], cc=[renee],
                               subject="Mystery Shop Results Review - Highline #0417 (February shop)", start=start,
                               end=M(start, 30), wtz="Pacific Standard Time",
                               wlabel="(UTC-08:00) Pacific Time (US & Canada)", text=text,
                               attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (renee[0], renee[1], "OPT-PARTICIPANT")],
                               uid=outlook_uid(slug))
    lab = label([], "hard", "negative/mystery-shop-review",
                "Vendor call reviewing a mystery-shop report (mentions 'the shopper's interview with your associate'); "
                "Teams invite, but no hiring process for the owner.")
    return slug, {"01-mystery-shop-review-invite.eml": eml}, lab


def case17():
    slug = "b203-17-neg-vendor-merchandising-walk"
    cody = ("Cody Lindqvist", "cody.lindqvist@trailmarkfootwear.example")
    d1 = T(DEN, 2026, 3, 16, 17, 40, 3, wd="Monday")
    start = T(DEN, 2026, 3, 19, 7, 0, wd="Thursday")
    t1 = """Hey Marcus,

Meet me at the store Thursday at 7 and we'll walk the floor before you open, then knock out the spring footwear planogram reset. I'm bringing the new wall fixtures, the trail-runner POP and the size-run labels. Figure two hours.

If your ASM can have the backstock pulled by then, that saves us half an hour.

Cody Lindqvist
Territory Sales & Merchandising Rep - Colorado | Trailmark Footwear
(720) 555-0165
"""
    eml1, _ = gmail_mail(seed=slug + "1", date=d1, frm=cody, to=[(OWNER_NAME, OWNER)],
                         subject="Spring reset at 0417 - Thursday", text=t1)
    d2 = T(UTC, 2026, 3, 16, 23, 45, 20)
    eml2, _ = google_invite(seed=slug + "2", date=d2, org=cody, title="Trailmark spring reset - Highline #0417",
                            start=start, end=M(start, 120), tzlabel="Mountain Time - Denver",
                            desc="Floor walk + spring footwear planogram reset. Fixtures and POP arriving with Cody.",
                            guests=[(cody[0], cody[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                            uid="1tq7vx0d3k9m5b2r8hc6sn4pwe@google.com", seq=0, meet=None, created=d2,
                            location="Highline Sporting Goods #0417, 2850 S Colorado Blvd, Denver, CO")
    lab = label([], "hard", "negative/vendor-merchandising-walk",
                "Supplier rep: 'meet me at the store ... we'll walk the floor' + a Google invite - same wording as the "
                "store walk-through interviews, but it is a planogram reset at the owner's own store.")
    return slug, {"01-cody-spring-reset.eml": eml1, "02-invitation-spring-reset.eml": eml2}, lab


def case18():
    slug = "b203-18-neg-hirevue-one-way-recorded"
    co = "Sagebrush Beauty Supply"
    d1 = T(UTC, 2026, 3, 23, 15, 12, 8)
    due = T(DEN, 2026, 3, 26, 23, 59, wd="Thursday")
    t1 = f"""Hi Marcus,

Thank you for applying for the Store Manager position in Englewood, CO. The next step in our process is a HireVue video interview.

This is an on-demand interview: you will see each question on screen and record your answers. There is no live interviewer, and you can complete it at any time before the deadline.

Deadline: {longdate(due)} at 11:59 PM (Mountain Daylight Time)
Estimated time: 20 minutes (6 questions, up to 3 minutes each)

Start your interview: https://app.hirevue.com/interviews/od/Sg4Bty71Qe/start

Practice questions are available before you begin. For technical help visit https://candidatehelp.hirevue.com

{co} Recruiting

Please do not reply to this email. This mailbox is not monitored.
Powered by HireVue | Privacy: https://www.hirevue.com/privacy
"""
    d2 = T(UTC, 2026, 3, 25, 15, 0, 0)
    t2 = f"""Hi Marcus,

This is a friendly reminder that your video interview for Store Manager - Englewood, CO is due {longdate(due)} at 11:59 PM MDT. It only takes about 20 minutes.

Start your interview: https://app.hirevue.com/interviews/od/Sg4Bty71Qe/start

{co} Recruiting

Powered by HireVue
"""
    files = {"01-hirevue-video-interview-invitation.eml": hirevue_mail(slug + "1", d1, co, f"{co}: Your Video Interview Invitation", t1),
             "02-hirevue-reminder-due-soon.eml": hirevue_mail(slug + "2", d2, co, f"Reminder: Your {co} interview is due soon", t2)}
    lab = label([], "medium", "negative/one-way-video-interview",
                "One-way (recorded, on-demand) HireVue with a deadline and a reminder - an assessment, not a live "
                "interview. Contrast with cases 06 and 13 (HireVue LIVE).")
    return slug, files, lab


def case19():
    slug = "b203-19-neg-owner-is-interviewer"
    d = T(UTC, 2026, 3, 17, 20, 5, 14)
    start = T(DEN, 2026, 3, 25, 10, 0, wd="Wednesday")
    end = M(start, 45)
    renee = ("Renee Kowalski", "renee.kowalski@highlinesporting.example")
    text = f"""Hello Marcus,

You have been added as an interviewer for the following candidate.

Candidate: Tyler Nakamura
Job Requisition: R-55120 Assistant Store Manager - Denver Colorado Blvd (0417)
Interview Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} MDT
Location: Store 0417 - Manager's office
Interviewers: Marcus Delgado (Store Manager), Renee Kowalski (District Manager)

Interview guide: Retail Leadership - ASM (Behavioral). After the interview, please submit your feedback in Workday within 24 hours.

Highline Sporting Goods Talent Acquisition

This email was sent from an unmonitored mailbox.
"""
    ics = simple_ics(prodid="-//Workday//Recruiting Interview//EN", method="REQUEST",
                     uid="wd-interview-R-55120-20260325-1000@myworkday.com", start=start, end=end, dtstamp=d,
                     summary="Interview: Tyler Nakamura - Assistant Store Manager (Store 0417)",
                     desc="Candidate interview. You are an interviewer. Submit feedback in Workday within 24 hours.",
                     location="Store 0417 - Manager's office", organizer=("Highline Sporting Goods", "highlinesporting@myworkday.com"),
                     attendees=[(OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                (renee[0], renee[1], "REQ-PARTICIPANT", "ACCEPTED")])
    eml = ats_mail(seed=slug, date=d, frm=("Highline Sporting Goods", "highlinesporting@myworkday.com"),
                   subject="Interview Scheduled: Tyler Nakamura - Assistant Store Manager (Store 0417) (R-55120)",
                   text=text, msgid=f"<1402958811.31177.{int(d.timestamp())}662@wd5-prod-mail-02.myworkday.com>", ics_lines=ics,
                   received_from=("wd5-prod-mail-02.myworkday.com", "192.0.2.152"), extra_headers=FWD_HEADERS,
                   to=f"{OWNER_NAME} <{OWNER_WORK}>", html_font="Helvetica,Arial,sans-serif")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Workday 'Interview Scheduled' notice with .ics from his current employer, but the owner is an "
                "interviewer of an ASM candidate (auto-forwarded from his work address).")
    return slug, {"01-workday-you-are-interviewer.eml": eml}, lab


def case20():
    slug = "b203-20-neg-self-schedule-request"
    renata = ("Renata Cho", "rcho@pinecrestmarkets.example")
    d = T(UTC, 2026, 3, 20, 16, 44, 19)
    slots = [T(DEN, 2026, 3, 24, 9, 0, wd="Tuesday"), T(DEN, 2026, 3, 24, 13, 30, wd="Tuesday"),
             T(DEN, 2026, 3, 25, 10, 0, wd="Wednesday"), T(DEN, 2026, 3, 25, 15, 0, wd="Wednesday"),
             T(DEN, 2026, 3, 26, 8, 30, wd="Thursday")]
    exp = T(DEN, 2026, 3, 23, 17, 0, wd="Monday")
    lines = "\n".join(f"- {s:%a}, {s:%b} {s.day}: {h12(s)}" for s in slots)
    text = f"""Hi Marcus,

Thanks for applying for the Store Manager position at our Westminster store. We'd like to schedule an interview with our District Manager, Ahmed Saleh.

Please choose a time using the link below. Available times (Mountain Time):
{lines}

Select your interview time: https://pinecrestmarkets.icims.com/jobs/candidate/selfschedule?token=Wm3xQ8cRt2

This link expires on {longdate(exp)}. Once you select a time, you'll receive a confirmation with a calendar invitation.

Renata Cho
Talent Acquisition | Pinecrest Markets

--
Sent via iCIMS on behalf of Pinecrest Markets.
"""
    eml = ats_mail(seed=slug, date=d, frm=("Pinecrest Markets", "pinecrestmarkets@talent.icims.com"), reply_to=renata,
                   subject="Action Required: Schedule your interview - Store Manager (Westminster, CO)", text=text,
                   msgid=f"<{int(d.timestamp())}.918.40221.JavaMail.icims@talent.icims.com>",
                   received_from=("mta-out03.talent.icims.com", "192.0.2.33"),
                   return_path="<bounces+918-40221@talent.icims.com>")
    lab = label([], "medium", "negative/availability-request",
                "iCIMS self-scheduling request listing five open slots; nothing was booked in the mailbox.")
    return slug, {"01-icims-schedule-your-interview.eml": eml}, lab


def case21():
    slug = "b203-21-neg-rejection-after-interview"
    d = T(UTC, 2026, 3, 13, 19, 20, 0)
    past = T(DEN, 2026, 3, 10, 9, 0, wd="Tuesday")
    text = f"""Hi Marcus,

Thank you for taking the time to interview with Phil Garrity and our team on {past:%A}, {past:%B} {past.day} for the Area Manager - Front Range role.

It was a difficult decision, but we have decided to move forward with another candidate whose multi-unit food-service experience more closely matches what we need right now.

We'll keep your profile on file and reach out if a similar opening comes up in Colorado. We wish you the best in your search.

Cottonwood Creamery People Team

This email was sent by SmartRecruiters on behalf of Cottonwood Creamery. Please do not reply directly to this message.
"""
    eml = ats_mail(seed=slug, date=d, frm=("Cottonwood Creamery", "no-reply@smartrecruiters.com"),
                   subject="Update on your application - Area Manager - Front Range", text=text,
                   msgid="<0100019ce8a41b20-2f7c3d19-8e4a-4c1b-b6d2-71a9e05f3c88-000000@email.smartrecruiters.com>",
                   received_from=("a48-117.smtp-out.amazonses.com", "54.240.48.117"))
    lab = label([], "easy", "negative/rejection",
                "Rejection that mentions a past interview day; nothing to schedule.")
    return slug, {"01-smartrecruiters-application-update.eml": eml}, lab


def case22():
    slug = "b203-22-neg-offer-and-orientation"
    d = T(CHI, 2026, 4, 3, 10, 15, 0, wd="Friday")
    sign = T(DEN, 2026, 4, 8, 17, 0, wd="Wednesday")
    start = T(DEN, 2026, 4, 20, 8, 0, wd="Monday")
    end = T(DEN, 2026, 4, 20, 16, 30)
    text = f"""Dear Marcus Delgado,

Congratulations! Aspen Hollow Market is pleased to extend you an offer for the position of Store Manager - Evergreen.

Please log in to Paycom to review and electronically sign your offer letter by {longdate(sign)}.

Start Date: {longdate(start)}
Your first day will be New Leader Orientation at our Store Support Center, 14200 W Colfax Ave, Golden, CO, from {h12(start)} to {h12(end)}. You'll meet with HR to complete onboarding paperwork and start your benefits enrollment.

Questions? Contact Gwen Harlow, HR Generalist, at gwen.harlow@aspenhollowmarket.example.

Welcome to the team!
Aspen Hollow Market

*** This is an automated message. Please do not reply to this email. ***
"""
    ics = simple_ics(prodid="-//Paycom//Onboarding//EN", method="PUBLISH", mode="floating",
                     uid="PAYCOM-ONB-20260420-118204", start=start, end=end, dtstamp=d,
                     summary="New Leader Orientation - Aspen Hollow Market",
                     desc="First day: New Leader Orientation. Bring two forms of ID for your I-9.",
                     location="Store Support Center, 14200 W Colfax Ave, Golden, CO",
                     organizer=("Aspen Hollow Market", "noreply@paycomonline.com"),
                     attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    eml = ats_mail(seed=slug, date=d, frm=("Aspen Hollow Market", "noreply@paycomonline.com"),
                   subject="Aspen Hollow Market - Your Offer Letter Is Ready", text=text,
                   msgid="<20260403151500.3D8E02C914@mailer.paycomonline.com>", ics_lines=ics,
                   ics_name="Orientation.ics", received_from=("mailer.paycomonline.com", "192.0.2.77"),
                   text_cte="7bit", html_font="Verdana,Arial,sans-serif")
    lab = label([], "easy", "negative/offer-orientation",
                "Offer letter (Paycom) with a first-day orientation .ics - post-offer onboarding, not an interview.")
    return slug, {"01-paycom-offer-letter-ready.eml": eml}, lab


CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
         case14, case15, case16, case17, case18, case19, case20, case21, case22]


README = """# blind203: Denver retail store manager, district/store manager hiring (written blind)

Mailbox owner: **Marcus Delgado** (`marcus.delgado@example.com`), a store manager at a sporting-goods
chain in Denver (current work address `mdelgado@highlinesporting.example`, auto-forwarded in two
cases), applying to store / general / district manager roles at US retailers and restaurant groups.

This set was written blind: without reading the detector's code, its tests or other test sets
(only the evaluation README and two or three dev files were opened to see the file formats). All
companies and people are invented (`.example` domains); vendor system senders keep their product
domains (talent.icims.com, smartrecruiters.com, paycomonline.com, myworkday.com, hirevue.com,
txt.voice.google.com, calendar-notification@google.com). `make_cases.py` regenerates every case
folder and `labels.yaml` byte-for-byte (standard library + PyYAML).

## What it stresses
- Retail ATS mail: iCIMS (Reply-To recruiter), SmartRecruiters (UTC .ics, no-reply organizer),
  Paycom (Date header in Central time, floating-time .ics), Workday (Arizona corporate time),
  HireVue LIVE (real interviewer) vs one-way HireVue (recorded, deadline only).
- Recruiter texts relayed to e-mail by Google Voice, with "tomorrow (Tues)" sent on a Monday evening
  whose UTC Date header is already Tuesday.
- Store walk-throughs as interviews ("meet me at the store and we'll walk the floor") versus the same
  wording from a vendor planogram reset and the owner's own district manager's store visit.
- Time zones: Mountain (Denver, DST), Arizona (Phoenix, no DST; Windows TZID
  "US Mountain Standard Time"), Pacific corporate offices; Exchange "(UTC-07:00)/(UTC-08:00)" labels
  that show standard offsets during DST.
- 2026 US DST change on Sun Mar 8: a Google reschedule from Fri Mar 6 10am PST to Tue Mar 10 10am PDT
  (SEQUENCE 0 -> 1); Workday Arizona 9:00 on Mar 12 = 10:00 MDT; an Arizona-time Exchange invite on
  Mar 17 (cancelled); HireVue LIVE on Mon Mar 9 in PDT.
- A cancellation because the req was filled (METHOD:CANCEL), a same-day onsite loop sent as an
  itinerary plus three Exchange invites (with a lunch break), one interview via e-mail + Calendar API
  JSON, and one case with two interviews (district manager in store, then regional VP by video).

## Counts
- 22 cases: 13 positive, 9 negative.
- 14 labelled interviews: 13 scheduled, 1 cancelled (case 10 is cancellation-only, so 12 cases have a
  scheduled interview).
- Negatives: current DM store visit, CPR/first-aid class, mystery-shop review call, vendor
  merchandising walk, one-way HireVue, owner as interviewer (Workday), iCIMS self-schedule request,
  rejection, offer + orientation.

## Formats
- `.eml`: ATS mail (multipart/mixed with multipart/alternative + base64 .ics attachment), Google
  Calendar invitations (multipart/mixed, base64 text/plain, QP html, text/calendar;method=REQUEST,
  invite.ics), Exchange invites (multipart/alternative, QP text/html, base64 text/calendar, Windows
  TZIDs, X-MICROSOFT-CDO-*), Outlook/Gmail/iPhone human mail with In-Reply-To/References and quoted
  replies, Google Voice text relays.
- `.ics`: standalone Paycom floating-time file, CPR class file (CRLF line endings).
- `.gcal.json`: one Google Calendar API v3 event with `"self": true`.

## Time zones / DST points
America/Denver (MST -07:00 until Mar 8 2026, MDT -06:00 after), America/Phoenix (-07:00 all year),
America/Los_Angeles (PST -08:00 / PDT -07:00), America/Chicago (Paycom Date header only).
"""


def main():
    for name in os.listdir(HERE):
        if name.startswith("b203-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, start=1):
        slug, files, lab = fn()
        assert slug.startswith(f"b203-{i:02d}-"), slug
        os.makedirs(os.path.join(HERE, slug))
        names = sorted(files)
        for n in names:
            assert re.match(r"^\d\d-.+\.(eml|ics|gcal\.json)$", n), n
            with open(os.path.join(HERE, slug, n), "w", encoding="utf-8", newline="") as f:
                f.write(files[n])
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write("# Labels for blind203 (written blind). Schema: /work/shared/eval/README.md\n")
        f.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README)
    pos = sum(1 for v in labels.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    print(f"wrote {len(labels)} cases ({pos} positive, {len(labels) - pos} negative, {n_iv} interviews)")


if __name__ == "__main__":
    main()
