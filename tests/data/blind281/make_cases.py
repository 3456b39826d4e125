#!/usr/bin/env python3
"""Generate the blind281 evaluation set (Singapore / Hong Kong banking and fintech).

Deletes and rewrites every b281-* case folder, labels.yaml and README.md next to this script.
Deterministic: every Message-ID, UID and MIME boundary is derived from hashes of a fixed seed.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind281-sg-hk-banking-v1"
OWNER = "rachel.tan@example.com"
OWNER_NAME = "Rachel Tan"
UTC = timezone.utc
SGT = "Asia/Singapore"
HKT = "Asia/Hong_Kong"
LDN = "Europe/London"
NYC = "America/New_York"


# --------------------------------------------------------------------------- hashing / time
def h(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def at(s, tz, wd, off):
    """Aware datetime; asserts weekday (Mon..Sun) and UTC offset ('+08:00')."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    assert dt.strftime("%a") == wd, (s, tz, dt.strftime("%a"), wd)
    assert dt.isoformat()[-6:] == off, (s, tz, dt.isoformat(), off)
    return dt


# 2026 DST sanity checks (US: Mar 8 / Nov 1; EU/UK: Mar 29 / Oct 25; SG/HK: none)
at("2026-03-07 12:00", NYC, "Sat", "-05:00"); at("2026-03-08 12:00", NYC, "Sun", "-04:00")
at("2026-10-31 12:00", NYC, "Sat", "-04:00"); at("2026-11-01 12:00", NYC, "Sun", "-05:00")
at("2026-03-28 12:00", LDN, "Sat", "+00:00"); at("2026-03-29 12:00", LDN, "Sun", "+01:00")
at("2026-10-24 12:00", LDN, "Sat", "+01:00"); at("2026-10-25 12:00", LDN, "Sun", "+00:00")
at("2026-06-15 12:00", SGT, "Mon", "+08:00"); at("2026-12-15 12:00", HKT, "Tue", "+08:00")
# Deepavali 2026 falls on Sunday 8 Nov; Monday 9 Nov is the Singapore holiday in lieu.
at("2026-11-08 12:00", SGT, "Sun", "+08:00"); at("2026-11-09 12:00", SGT, "Mon", "+08:00")


def iso(dt):
    return dt.isoformat(timespec="seconds")


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def t12(dt, space=False):
    hr = dt.hour % 12 or 12
    mm = f":{dt.minute:02d}" if dt.minute else ""
    ap = "am" if dt.hour < 12 else "pm"
    return f"{hr}{mm}{' ' if space else ''}{ap}"


def t12u(dt):
    hr = dt.hour % 12 or 12
    return f"{hr}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def dlong(dt):  # Thursday, 10 September 2026
    return f"{dt:%A}, {dt.day} {dt:%B} {dt.year}"


def dus(dt):  # Thursday, September 10, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def dshort(dt):  # Thu 10 Sep
    return f"{dt:%a} {dt.day} {dt:%b}"


# --------------------------------------------------------------------------- MIME helpers
def fold(name, value):
    """Fold a header at spaces to stay under 78 characters."""
    words = value.split(" ")
    lines, cur = [], f"{name}: {words[0]}"
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def boundary(*seed, style="google"):
    if style == "google":
        return "0000000000" + h("b", *seed, n=18)
    if style == "outlook":
        return "_000_" + h("b", *seed, n=24).upper() + "apcprd06prod_"
    return "----=_Part_" + str(int(h("b", *seed, n=8), 16)) + "_" + str(int(h("c", *seed, n=6), 16))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def text_part(text, subtype="plain", cte="quoted-printable", extra=""):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text)
    else:
        text.encode("ascii")  # 7bit must be ASCII
        body = text
    return (f'Content-Type: text/{subtype}; charset="UTF-8"{extra}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def cal_part(ics_bytes, method="REQUEST"):
    return (f'Content-Type: text/calendar; charset="UTF-8"; method={method}\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(ics_bytes)}")


def attach_part(data, filename, ctype="application/ics", method=None):
    m = f"; method={method}" if method else ""
    return (f'Content-Type: {ctype}{m}; name="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n"
            f'Content-Disposition: attachment; filename="{filename}"\n\n{b64(data)}')


def multipart(subtype, parts, *seed, style="google"):
    b = boundary(subtype, *seed, style=style)
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"\n\n'
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        out += f"--{b}\n{p}\n"
    return out + f"--{b}--\n"


def html_from(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def addr(name, email):
    if not name:
        return email
    if any(c in name for c in ',.()"'):
        name = '"' + name.replace('"', '') + '"'
    return f"{name} <{email}>"


def received(dt, host, ip):
    rdt = (dt + timedelta(seconds=2)).astimezone(UTC)
    return (f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id "
            f"{h('rcv', host, dt.isoformat(), n=12)}\n        for <{OWNER}>; {rfc(rdt)}")


def eml(headers, entity):
    """headers: list of (name, value); Received/multi-line values are passed through."""
    lines = [f"Delivered-To: {OWNER}"]
    for k, v in headers:
        if v is None:
            continue
        if "\n" in v:
            lines.append(f"{k}: {v}")
        else:
            lines.append(fold(k, v))
    lines.append("MIME-Version: 1.0")
    data = "\n".join(lines) + "\n" + entity
    return data.encode("ascii")


def mid(case, item, domain):
    return f"<{h('mid', case, item, n=24)}@{domain}>"


def outlook_mid(case, item):
    return (f"<SI2PR06MB{h('om', case, item, n=4).upper()}{h('om2', case, item, n=8).upper()}"
            f"@SI2PR06MB{int(h('on', case, item, n=4), 16) % 9000 + 1000}.apcprd06.prod.outlook.com>")


def thread_index(case, item):
    return base64.b64encode(bytes.fromhex(h("ti", case, item, n=44))).decode()


# --------------------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return ("\r\n".join(ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


VTZ = {
    "Singapore Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Singapore": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Hong_Kong": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Hong_Kong", "X-LIC-LOCATION:Asia/Hong_Kong",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:HKT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}

WIN_LABEL = {
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
}


# --------------------------------------------------------------------------- Google Calendar invite
def google_invite(case, item, *, organizer, guests, summary, start, end, uid, seq, sent,
                  note, tzlabel, location="", meet=True, updated=False):
    """organizer=(name,email); guests=[(name,email,partstat)] (owner included)."""
    code = f"{h('meet', uid, n=3)}-{h('meet2', uid, n=4)}-{h('meet3', uid, n=3)}"
    meet_url = f"https://meet.google.com/{code}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    same_day = start.date() == end.date()
    when_subj = (f"{start:%a} {start.day} {start:%b} {start.year} {start:%H:%M} - {end:%H:%M} ({tzlabel[0]})"
                 if same_day else "")
    when_body = f"{start:%A} {start.day} {start:%b} {start.year} \u22c5 {start:%H:%M} \u2013 {end:%H:%M}"
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    guest_lines = []
    for n_, e_, _ in guests:
        guest_lines.append(f"{n_} - organiser" if e_ == organizer[1] else n_)
        guest_lines.append(e_)
    plain = []
    if updated:
        plain += ["This event has been updated", "Changed: time", ""]
    plain += [summary, when_body, tzlabel[1], ""]
    if location:
        plain += ["Location", location, ""]
    if meet:
        plain += ["Join with Google Meet", meet_url, ""]
    plain += ["Organiser", organizer[0], organizer[1], "", "Guests"] + guest_lines + [
        f"View all guest info {view}", "", note, "",
        f"Reply for {OWNER} and view more details {view}", "", "~~//~~",
        "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
        "You are receiving this email because you are an attendee on the event.", "",
        "Forwarding this invitation could allow any recipient to send a response to the organiser, "
        "be added to the guest list, invite others regardless of their own invitation status, or "
        "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(plain)
    e = html.escape
    hb = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
          '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">']
    if updated:
        hb.append('<p style="color:#d93025">This event has been updated<br>Changed: time</p>')
    hb.append(f"<h2>{e(summary)}</h2><p>{e(when_body)}<br>{e(tzlabel[1])}</p>")
    if location:
        hb.append(f"<p>Location<br>{e(location)}</p>")
    if meet:
        hb.append(f'<p>Join with Google Meet<br><a href="{meet_url}">{meet_url}</a></p>')
    hb.append(f"<p>Organiser<br>{e(organizer[0])}<br>{organizer[1]}</p>")
    hb.append("<p>Guests<br>" + "<br>".join(e(x) for x in guest_lines) + "</p>")
    hb.append("<p>" + "<br>".join(e(x) for x in note.split("\n")) + "</p>")
    hb.append(f'<p>Reply for {OWNER} <a href="{e(view)}">view more details</a></p>')
    hb.append("<p>Invitation from Google Calendar</p></div></body></html>")
    htm = "\n".join(hb)
    desc = note
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: " + meet_url +
                 "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-")
    stamp = zstamp(sent)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{stamp}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n_, e_, ps in guests:
        lines.append(attendee(n_ if e_ != OWNER else OWNER, e_, ps, google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet_url}")
    lines += [f"CREATED:{zstamp(sent - timedelta(minutes=3 + seq * 1000))}",
              f"DESCRIPTION:{ics_escape(desc)}", f"LAST-MODIFIED:{stamp}",
              f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
              f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY",
              "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    alt = multipart("alternative", [
        text_part(plain, "plain", "base64", extra="; format=flowed; delsp=yes"),
        text_part(htm, "html", "quoted-printable"),
        cal_part(cal, "REQUEST")], case, item)
    entity = multipart("mixed", [alt, attach_part(cal, "invite.ics")], case, item)
    u = h("gcal", case, item, n=32)
    headers = [
        ("Received", received(sent, "mail-sor-f41.google.com", "209.85.220.41")),
        ("Return-Path", f"<{h('rp', case, item, n=22)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", subject),
        ("From", addr(*organizer)),
        ("To", OWNER),
    ]
    return eml(headers, entity)


# --------------------------------------------------------------------------- Exchange / Teams invite
def outlook_invite(case, item, *, organizer, required, optional=(), summary, start, end, wintz,
                   uid, seq, sent, body, method="REQUEST", location="Microsoft Teams Meeting",
                   teams=True, lang="en-SG"):
    label = WIN_LABEL[wintz]
    when = (f"{start:%A}, {start.day} {start:%B} {start.year} {start:%H:%M}-{end:%H:%M}. {label}")
    teams_txt = ""
    if teams:
        mtg = int(h("tm", uid, n=10), 16) % 10**12
        mid_s = f"{str(mtg)[:3]} {str(mtg)[3:6]} {str(mtg)[6:9]} {str(mtg)[9:]}"
        pas = h("pc", uid, n=6)
        url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h('tu', uid, n=40)}%40thread.v2/0"
        teams_txt = ("\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app "
                     f"or room device\nClick here to join the meeting<{url}>\n\nMeeting ID: {mid_s}\n"
                     f"Passcode: {pas}\n\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
                     "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n\n"
                     "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
                     f"meetingOptions/?organizerId={h('org', uid, n=8)}>\n" + "_" * 80)
    plain = f"When: {when}\nWhere: {location}\n\n" + body + teams_txt
    htm = html_from(plain, font="Aptos,Calibri,sans-serif")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ[wintz] + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n_, e_ in required:
        lines.append(attendee(n_, e_))
    for n_, e_ in optional:
        lines.append(attendee(n_, e_, role="OPT-PARTICIPANT"))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{ics_escape(body + teams_txt)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{ics_escape(('Canceled: ' if method == 'CANCEL' else '') + summary)}",
              f"DTSTART;TZID={wintz}:{local(start)}", f"DTEND;TZID={wintz}:{local(end)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if method == 'CANCEL' else 5}", f"DTSTAMP:{zstamp(sent)}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{ics_escape(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h('oa', uid, n=8), 16) - 2**31}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:" + ("FALSE" if method == "CANCEL" else "TRUE")]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    entity = multipart("alternative", [text_part(plain, "plain", "quoted-printable"),
                                       text_part(htm, "html", "quoted-printable"),
                                       cal_part(cal, method)], case, item, style="outlook")
    to = ", ".join(addr(n_, e_) for n_, e_ in required if e_ != organizer[1])
    cc = ", ".join(addr(n_, e_) for n_, e_ in optional) or None
    subj = ("Canceled: " if method == "CANCEL" else "") + summary
    headers = [
        ("Received", received(sent, "SI2PR06MB" + h("host", case, n=4).upper() + ".apcprd06.prod.outlook.com",
                              "40.107.%d.%d" % (int(h("ip1", case, n=2), 16) % 250, int(h("ip2", case, n=2), 16) % 250))),
        ("From", addr(*organizer)), ("To", to), ("Cc", cc), ("Subject", subj),
        ("Thread-Topic", summary), ("Thread-Index", thread_index(case, item)),
        ("Date", rfc(sent)), ("Message-ID", outlook_mid(case, item)),
        ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return eml(headers, entity)


def quote(text, who, dt):
    q = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return f"On {dt:%a}, {dt.day} {dt:%b} {dt.year} at {t12(dt, True)} {who} wrote:\n{q}\n"


def mail(case, item, headers, plain, htm=None, attachments=(), style="google",
         plain_cte="quoted-printable", html_cte="quoted-printable"):
    """Generic e-mail: text/plain (+ text/html alternative) (+ attachments in multipart/mixed).
    attachments: [(data, filename, ctype, method)]"""
    body = text_part(plain, "plain", plain_cte)
    if htm is not None:
        body = multipart("alternative", [body, text_part(htm, "html", html_cte)], case, item, style=style)
    if attachments:
        body = multipart("mixed", [body] + [attach_part(d, f, c, m) for d, f, c, m in attachments],
                         case, item, style=style)
    return eml(headers, body)


def outlook_headers(case, item, sent, *, frm, to, subject, cc=None, reply_to=None, irt=None, refs=None):
    m = outlook_mid(case, item)
    return m, [
        ("Received", received(sent, "APC01-SG2-obe.outbound.protection.outlook.com",
                              "52.100.188.%d" % (int(h("x", case, item, n=2), 16) % 250))),
        ("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("Subject", subject),
        ("Thread-Topic", subject.split(": ", 1)[-1] if subject.upper().startswith(("RE:", "FW:")) else subject),
        ("Thread-Index", thread_index(case, item)), ("Date", rfc(sent)), ("Message-ID", m),
        ("In-Reply-To", irt), ("References", refs), ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB")]


def gmail_headers(case, item, sent, *, frm, to, subject, cc=None, irt=None, refs=None, reply_to=None):
    raw = base64.b64encode(bytes.fromhex(h("gm2", case, item, n=30))).decode().replace("/", "_")
    m = f"<CA{h('gm', case, item, n=6).upper()}+{raw}@mail.gmail.com>"
    return m, [
        ("Received", received(sent, "mail-pj1-f50.google.com", "209.85.216.50")),
        ("MIME-Version", None), ("From", frm), ("Date", rfc(sent)), ("Message-ID", m),
        ("In-Reply-To", irt), ("References", refs), ("Subject", subject), ("To", to), ("Cc", cc),
        ("Reply-To", reply_to)]


def system_headers(case, item, sent, *, frm, subject, domain, host, ip, reply_to=None, to=None, extra=()):
    m = mid(case, item, domain)
    return m, [("Received", received(sent, host, ip)), ("Return-Path", f"<bounces+{h('rp', case, item, n=10)}@{domain}>"),
               ("From", frm), ("Reply-To", reply_to), ("To", to or addr(OWNER_NAME, OWNER)),
               ("Subject", subject), ("Date", rfc(sent)), ("Message-ID", m)] + list(extra)


def vevent_ics(*, prodid, uid, start, end, organizer, attendees, summary, description="", location="",
               sent, method="REQUEST", tz=None, floating=False, seq=0, status="CONFIRMED", extra=()):
    """Generic ATS/vendor iCalendar. tz: IANA key of VTZ (TZID form); None -> UTC 'Z' unless floating."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tz:
        lines += VTZ[tz]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(sent)}"]
    if floating:
        lines += [f"DTSTART:{local(start)}", f"DTEND:{local(end)}"]
    elif tz:
        lines += [f"DTSTART;TZID={tz}:{local(start)}", f"DTEND;TZID={tz}:{local(end)}"]
    else:
        lines += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    lines += [f"SUMMARY:{ics_escape(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{ics_escape(description)}")
    if location:
        lines.append(f"LOCATION:{ics_escape(location)}")
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n_, e_ in attendees:
        lines.append(attendee(n_, e_))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"] + list(extra) + ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


RACHEL = addr(OWNER_NAME, OWNER)
M = timedelta(minutes=1)
SIG_R = "Rachel"

# =========================================================================== cases


def c01():
    c = "01"
    sent = at("2026-09-07 16:12", SGT, "Mon", "+08:00")
    st = at("2026-09-10 10:00", SGT, "Thu", "+08:00")
    en = st + 45 * M
    org = ("Ong Wei Ling", "weiling.ong@straitsmeridian.example")
    hm = ("Kenneth Goh", "kenneth.goh@straitsmeridian.example")
    body = (
        "Dear Rachel,\n\n"
        "Thank you for your interest in the Senior Analyst, Credit Risk Management role in our "
        "Wholesale Banking Risk team.\n\n"
        "Kenneth Goh, Head of Wholesale Credit Risk, would like to meet you over Microsoft Teams. He is "
        "the hiring manager for the position and will spend most of the session on your experience with "
        "corporate credit reviews, early-warning indicators and your views on our SME portfolio.\n\n"
        "The session is 45 minutes. Please join a few minutes early; if the link gives you trouble on "
        "the day, call me on +65 6808 4417 and I will patch you in.\n\n"
        "Best regards,\nWei Ling\n\nOng Wei Ling | Talent Acquisition, Group Risk\nStraits Meridian Bank")
    uid = "040000008200E00074C5B7101A82E00800000000" + h("uid", c, n=32).upper()
    data = outlook_invite(c, "01", organizer=org, required=[hm, (OWNER_NAME, OWNER)],
                          summary="Interview: Rachel Tan / Senior Analyst, Credit Risk Management",
                          start=st, end=en, wintz="Singapore Standard Time", uid=uid, seq=0, sent=sent, body=body)
    lab = label([iv("Straits Meridian Bank", "Senior Analyst, Credit Risk Management", st, en, "scheduled",
                    [hm[1]], [hm[1]], "hiring_manager")], "easy", "positive/teams-invite-windows-tz",
                "Exchange/Teams invite, TZID 'Singapore Standard Time' with '(UTC+08:00) Kuala Lumpur, Singapore' "
                "label; organizer is a TA coordinator, the required attendee is the hiring manager.")
    return "b281-01-teams-singapore-standard-time", [("01-interview-straits-meridian.eml", data)], lab


def c02():
    c = "02"
    jas = ("Jasmine Lim", "jasmine.lim@cuppagesearch.example")
    s1 = at("2026-09-14 11:05", SGT, "Mon", "+08:00")
    s2 = at("2026-09-14 12:31", SGT, "Mon", "+08:00")
    s3 = at("2026-09-14 17:48", SGT, "Mon", "+08:00")
    opt1 = at("2026-09-17 15:00", SGT, "Thu", "+08:00")
    opt2 = at("2026-09-18 10:00", SGT, "Fri", "+08:00")
    subj = "Orchid Ledger - interview with their Head of Risk"
    b1 = (
        "Hi Rachel,\n\n"
        "Hope your week started well! Good news ah, Orchid Ledger came back and they want to meet you for "
        "the Senior Risk Analyst, Transaction Monitoring role.\n\n"
        "Daniel Koh (their Head of Risk, you would report to him) has two slots:\n"
        f"- {dshort(opt1)}, {t12(opt1)}\n- {dshort(opt2)}, {t12(opt2)}\n\n"
        "Both are face to face at their office in one-north, roughly one hour. Which one you prefer? "
        "Thursday can or not? If both cannot, tell me and I go back to them for other timings.\n\n"
        "Try to reply me by today if possible, they are moving quite fast on this one.\n\n"
        "Cheers,\nJasmine\n\nJasmine Lim\nSenior Consultant, Financial Services\n"
        "Cuppage Search Pte Ltd | EA Licence 19C9714\nM: +65 9123 4567")
    m1, hd1 = gmail_headers(c, "01", s1, frm=addr(*jas), to=RACHEL, subject=subj)
    e1 = mail(c, "01", hd1, b1, html_from(b1))
    b2 = (
        "Hi Jasmine,\n\n"
        "Thanks for pushing this through! Thursday is tricky, I have a team offsite the whole afternoon. "
        f"Friday {opt2.day} Sep at {t12(opt2)} works for me.\n\n"
        "Anything in particular I should prepare?\n\nRachel\n\n" + quote(b1, addr(*jas), s1))
    m2, hd2 = gmail_headers(c, "02", s2, frm=RACHEL, to=addr(*jas), subject="Re: " + subj, irt=m1, refs=m1)
    e2 = mail(c, "02", hd2, b2, html_from(b2))
    b3 = (
        "Hi Rachel,\n\n"
        f"Locked in liao! Daniel confirmed Friday {opt2.day} Sep, 10:00 to 11:00am.\n\n"
        "Orchid Ledger, Level 9, Fusionopolis Way. Register at the lobby kiosk and ask for Daniel.\n\n"
        "Some tips: he will ask you to walk through one alert investigation end to end, and he likes people "
        "who can explain rules tuning in simple English, not too much jargon. No need for a suit, smart "
        "casual can already, they are quite startup style.\n\n"
        "All the best! Message me after to let me know how it went.\n\nJasmine\n\n" + quote(b2, RACHEL, s2))
    m3, hd3 = gmail_headers(c, "03", s3, frm=addr(*jas), to=RACHEL, subject="Re: " + subj, irt=m2,
                            refs=f"{m1} {m2}")
    e3 = mail(c, "03", hd3, b3, html_from(b3))
    lab = label([iv("Orchid Ledger", "Senior Risk Analyst, Transaction Monitoring", opt2, opt2 + 60 * M,
                    "scheduled", [], [jas[1]], "hiring_manager")], "medium",
                "positive/headhunter-thread-propose-confirm",
                "Headhunter (Cuppage Search) offers two slots for client Orchid Ledger in Singlish ('can or not?'); "
                "owner picks Friday; headhunter confirms 10:00-11:00. Company is the client; the interviewer has no "
                "address, so follow-up goes to the headhunter. Thursday 3pm option is a decoy.")
    return "b281-02-headhunter-singlish-propose-confirm", [
        ("01-jasmine-orchid-ledger-slots.eml", e1), ("02-re-friday-works.eml", e2),
        ("03-re-locked-in.eml", e3)], lab


def c03():
    c = "03"
    sent = at("2026-09-15 09:02", SGT, "Tue", "+08:00")
    due = at("2026-09-20 23:59", SGT, "Sun", "+08:00")
    link = f"https://app.hirevue.com/interviews/{h('hv', c, n=10)}/start?token={h('hvt', c, n=24)}"
    plain = (
        "Hi Rachel,\n\n"
        "Thank you for applying for the Operational Risk Analyst position at Tanjong Rhu Bank. The next "
        "step in our selection process is an on-demand video interview on HireVue.\n\n"
        "You'll see a set of 5 pre-recorded questions and record your responses whenever it suits you before "
        "the deadline. For each question you get 30 seconds to think and up to 3 minutes to answer. Please set "
        "aside about 25 minutes in a quiet spot with a stable connection.\n\n"
        f"Deadline: {t12u(due)} (GMT+08:00) on {dlong(due)}\n\n"
        f"Start your interview: {link}\n\n"
        "Tip: answer the practice question first to check your camera and microphone. Practice answers are "
        "not shared with us.\n\n"
        "Good luck!\nTanjong Rhu Bank Talent Acquisition\n\n"
        "Need technical help? Visit https://www.hirevue.com/candidates/support")
    m, hd = system_headers(c, "01", sent, frm="Tanjong Rhu Bank <noreply@hirevue.com>",
                           subject="Tanjong Rhu Bank: complete your on-demand video interview",
                           domain="hirevue.com", host="o1.email.hirevue.com", ip="167.89.12.44")
    e = mail(c, "01", hd, plain, html_from(plain, font="Helvetica,Arial,sans-serif"), html_cte="base64",
             style="java")
    lab = label([], "medium", "negative/one-way-video-assessment",
                "HireVue on-demand (recorded, one-way) video interview with a completion deadline: no live "
                "conversation, not an interview.")
    return "b281-03-hirevue-one-way-recorded", [("01-hirevue-on-demand.eml", e)], lab


def c04():
    c = "04"
    sent = at("2026-09-16 10:22", HKT, "Wed", "+08:00")
    st = at("2026-09-22 14:00", HKT, "Tue", "+08:00")
    en = st + 60 * M
    ray = ("Raymond Cheung", "raymond.cheung@vpsecurities.example")
    cindy = "cindy.wong@vpsecurities.example"
    role = "Analyst, Market Risk (FRTB)"
    plain = (
        "Dear Rachel,\n\n"
        f"Your interview for {role} (R-0048213) has been scheduled. The details are below and a calendar "
        "file is attached.\n\n"
        "Interview Type: Technical Interview (Video)\n"
        f"Date: {dlong(st)}\n"
        f"Time: {t12u(st)} - {t12u(en)} Hong Kong Time (GMT+08:00)\n"
        "Interviewer(s): Raymond Cheung, Vice President, Market Risk\n"
        "Location: Microsoft Teams (link in the calendar invitation)\n\n"
        "Raymond will cover VaR and Expected Shortfall methodology, backtesting and P&L attribution under "
        "FRTB. You may be asked to talk through a sensitivity calculation, so keep pen and paper handy.\n\n"
        f"If you need to reschedule, please contact Cindy Wong, Talent Acquisition, at {cindy} at least "
        "24 hours in advance.\n\n"
        "To view your candidate home, sign in at https://vpsecurities.wd3.myworkdayjobs.com/en-US/Careers/userHome\n\n"
        "Kind regards,\nTalent Acquisition\nVictoria Peak Securities\n\n"
        "This message was sent by Workday on behalf of Victoria Peak Securities. Please do not reply to this email.")
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h('t', c, n=32)}%40thread.v2/0"
    cal = vevent_ics(prodid="-//Workday Inc.//Workday Recruiting//EN", uid=f"{h('uid', c, n=20)}@myworkday.com",
                     start=st, end=en, tz="Asia/Hong_Kong",
                     organizer=("Victoria Peak Securities", "vpsecurities@myworkday.com"),
                     attendees=[ray, (OWNER_NAME, OWNER)],
                     summary=f"Technical Interview - {role} - Rachel Tan",
                     description=f"Interviewer: Raymond Cheung\nJoin Microsoft Teams meeting: {teams}",
                     location=teams, sent=sent)
    m, hd = system_headers(c, "01", sent, frm="Victoria Peak Securities <vpsecurities@myworkday.com>",
                           subject=f"Interview Scheduled: {role} - R-0048213", domain="myworkday.com",
                           host="mta-out-11.myworkday.com", ip="185.23.14.71")
    e = mail(c, "01", hd, plain, html_from(plain), attachments=[(cal, "Interview.ics", "text/calendar", "REQUEST")],
             style="java")
    lab = label([iv("Victoria Peak Securities", role, st, en, "scheduled", [ray[1]], [ray[1]], "technical")],
                "easy", "positive/workday-ics-hong-kong",
                "Workday notification with .ics (TZID Asia/Hong_Kong, +08:00 same as Singapore); interviewer is an "
                "ATTENDEE; the recruiter address is only for rescheduling.")
    return "b281-04-workday-hk-market-risk", [("01-workday-interview-scheduled.eml", e)], lab


def c05():
    c = "05"
    s0 = at("2026-09-24 15:10", SGT, "Thu", "+08:00")
    farah = ("Farah Aziz", "farah.aziz@peninsulaorient.example")
    aaron = ("Aaron Lim", "aaron.lim@peninsulaorient.example")
    siti = ("Siti Rahmah", "siti.rahmah@peninsulaorient.example")
    mich = ("Michelle Tay", "michelle.tay@peninsulaorient.example")
    law = ("Lawrence Ng", "lawrence.ng@peninsulaorient.example")
    a1 = at("2026-09-30 09:30", SGT, "Wed", "+08:00"); a2 = a1 + 60 * M
    b1 = at("2026-09-30 10:45", SGT, "Wed", "+08:00"); b2 = b1 + 45 * M
    d1 = at("2026-09-30 13:30", SGT, "Wed", "+08:00"); d2 = d1 + 45 * M
    arrive = a1 - 15 * M
    role = "Associate, Enterprise Risk Management"
    plain = (
        "Dear Rachel,\n\n"
        f"Congratulations on reaching the final stage for the {role} role. We would like to invite you "
        f"to our Superday at the Marina Bay office on {dlong(a1)}.\n\n"
        "Programme (Singapore time):\n"
        f"{arrive:%H:%M}          Arrive and register at Level 2 reception (bring your NRIC or passport)\n"
        f"{a1:%H:%M} - {a2:%H:%M}  Case study: 30 minutes to prepare, then present to Aaron Lim (Director, ERM) "
        "and Siti Rahmah (VP, Risk Appetite & Stress Testing), followed by Q&A\n"
        f"{b1:%H:%M} - {b2:%H:%M}  Competency interview with Michelle Tay (HR Business Partner, Risk)\n"
        "12:00 - 13:00  Lunch with two of our analysts (informal, not assessed)\n"
        f"{d1:%H:%M} - {d2:%H:%M}  Conversation with Lawrence Ng, Chief Risk Officer\n\n"
        "You will get a separate calendar invitation for each assessed session in the next few minutes. For the "
        "case study a laptop is provided and there is nothing to prepare in advance, although a refresher on ICAAP "
        "and risk appetite frameworks would not hurt.\n\n"
        "Dress code is business formal. If anything comes up, my direct line is +65 6222 8190.\n\n"
        "Warm regards,\nFarah Aziz\nTalent Acquisition | Peninsula Orient Bank")
    rows = "".join(
        f"<tr><td style=\"padding:4px 12px\">{t}</td><td style=\"padding:4px 12px\">{html.escape(d)}</td></tr>"
        for t, d in [(f"{arrive:%H:%M}", "Arrive and register at Level 2 reception (NRIC or passport)"),
                     (f"{a1:%H:%M} &ndash; {a2:%H:%M}", "Case study: 30 min preparation, then presentation to Aaron Lim "
                      "(Director, ERM) and Siti Rahmah (VP, Risk Appetite & Stress Testing), Q&A"),
                     (f"{b1:%H:%M} &ndash; {b2:%H:%M}", "Competency interview with Michelle Tay (HR Business Partner, Risk)"),
                     ("12:00 &ndash; 13:00", "Lunch with two of our analysts (informal, not assessed)"),
                     (f"{d1:%H:%M} &ndash; {d2:%H:%M}", "Conversation with Lawrence Ng, Chief Risk Officer")])
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Arial,sans-serif;font-size:14px"><p>Dear Rachel,</p>'
           f"<p>Congratulations on reaching the final stage for the {role} role. We would like to invite you to our "
           f"Superday at the Marina Bay office on <b>{dlong(a1)}</b>.</p><p><b>Programme (Singapore time)</b></p>"
           f'<table style="border-collapse:collapse">{rows}</table>'
           "<p>You will get a separate calendar invitation for each assessed session in the next few minutes. For "
           "the case study a laptop is provided and there is nothing to prepare in advance, although a refresher on "
           "ICAAP and risk appetite frameworks would not hurt.</p><p>Dress code is business formal. If anything comes "
           "up, my direct line is +65 6222 8190.</p><p>Warm regards,<br>Farah Aziz<br>Talent Acquisition | "
           "Peninsula Orient Bank</p></div></body></html>\n")
    m0, hd0 = gmail_headers(c, "01", s0, frm=addr(*farah), to=RACHEL,
                            subject=f"Superday invitation - {role} - {dlong(a1)}")
    e0 = mail(c, "01", hd0, plain, htm)
    loc = "Peninsula Orient Bank, Marina Bay, Level 21"
    tzl = ("SGT", "Singapore Standard Time")
    sessions = [
        ("02", "POB Superday 1/3: Case study presentation (Rachel Tan)", a1, a2, [aaron, siti],
         "Case pack is handed out at 09:30 in Room Sentosa: 30 minutes to prepare, 20 minutes to present to "
         "Aaron and Siti, then Q&A.", "Room Sentosa"),
        ("03", "POB Superday 2/3: Competency interview (Rachel Tan)", b1, b2, [mich],
         "Structured competency interview with Michelle. Expect questions on stakeholder management and a time "
         "you challenged a risk decision.", "Room Pulau Ubin"),
        ("04", "POB Superday 3/3: Conversation with the CRO (Rachel Tan)", d1, d2, [law],
         "Final conversation with Lawrence Ng, Chief Risk Officer. Farah will collect you from the lobby after "
         "lunch.", "CRO office, Level 23"),
    ]
    items = [("01-farah-superday-programme.eml", e0)]
    for it, summ, s_, e_, who, note, room in sessions:
        sent = s0 + (int(it) + 2) * M
        guests = [(farah[0], farah[1], "ACCEPTED")] + [(n_, m_, "ACCEPTED") for n_, m_ in who] + \
                 [(OWNER_NAME, OWNER, "NEEDS-ACTION")]
        data = google_invite(c, it, organizer=farah, guests=guests, summary=summ, start=s_, end=e_,
                             uid=f"{h('uid', c, it, n=26)}@google.com", seq=0, sent=sent,
                             note=f"Hi Rachel,\n{note}\nFarah", tzlabel=tzl,
                             location=f"{loc} - {room}" if "Level" not in room else f"Peninsula Orient Bank, Marina Bay, {room}",
                             meet=False)
        items.append((f"{it}-invitation-superday-{int(it) - 1}-of-3.eml", data))
    allw = [aaron[1], siti[1], mich[1], law[1]]
    lab = label([iv("Peninsula Orient Bank", role, a1, d2, "scheduled", allw, allw, "onsite")], "hard",
                "positive/superday-loop-several-invites",
                "Superday: coordinator programme mail plus three Google invites (case study presentation, "
                "competency, CRO) on one day -> ONE onsite interview 09:30-14:15 with all four assessors. The 09:15 "
                "arrival time and the unassessed lunch are not session bounds; the coordinator is not an interviewer.")
    return "b281-05-superday-case-study-three-invites", items, lab


def c06():
    c = "06"
    sent = at("2026-09-25 20:41", SGT, "Fri", "+08:00")
    st = at("2026-11-03 09:30", SGT, "Tue", "+08:00")
    en = st + 90 * M
    report = st - 30 * M
    mod = "CMFAS Module 5 - Rules and Regulations for Dealing in Securities"
    plain = (
        "Dear TAN RACHEL,\n\n"
        "Your examination booking is confirmed.\n\n"
        f"Examination: {mod}\n"
        "Booking reference: CMX-26-0931842\n"
        f"Date: {st:%A}, {st:%d} {st:%B} {st.year}\n"
        f"Session: {t12u(st)} - {t12u(en)} (report by {t12u(report)})\n"
        "Venue: Hall B, Level 4, CMFAS Examination Centre, 28 Cecil Crescent, Singapore\n\n"
        "On the day:\n"
        "- Bring the original NRIC or passport used for this booking. Candidates without valid identification "
        "will not be admitted.\n"
        "- Only approved calculator models are allowed. Mobile phones must be switched off and stored in the lockers.\n"
        "- Your provisional result is shown on screen at the end of the session.\n\n"
        "The CMFAS examinations form part of the competency requirements set by the Monetary Authority of "
        "Singapore (MAS) for representatives conducting regulated activities.\n\n"
        "Rescheduling is possible up to 7 working days before the examination date and is subject to a fee. "
        "A calendar file for this booking is attached.\n\n"
        "CMFAS Examination Bookings\nThis is a computer-generated e-mail. Please do not reply.")
    cal = vevent_ics(prodid="-//CMFAS Exam Bookings//Candidate Portal//EN", uid=f"CMX-26-0931842-{h('u', c, n=8)}@cmfas-exams.example",
                     start=st, end=en, tz="Asia/Singapore",
                     organizer=("CMFAS Examination Bookings", "noreply@cmfas-exams.example"),
                     attendees=[("TAN RACHEL", OWNER)], summary=f"{mod} (CMX-26-0931842)",
                     description="Report by 09:00. Bring your original NRIC/passport.",
                     location="Hall B, Level 4, CMFAS Examination Centre, 28 Cecil Crescent", sent=sent)
    m, hd = system_headers(c, "01", sent, frm="CMFAS Examination Bookings <noreply@cmfas-exams.example>",
                           subject=f"Booking Confirmed: CMFAS Module 5 (Exam Date {st.day} {st:%b} {st.year})",
                           domain="cmfas-exams.example", host="smtp.cmfas-exams.example", ip="203.117.4.58")
    e = mail(c, "01", hd, plain, html_from(plain), attachments=[(cal, "CMFAS-M5-booking.ics", "text/calendar", "REQUEST")],
             style="java")
    lab = label([], "medium", "negative/licensing-exam-booking",
                "MAS/CMFAS licensing exam booking with an .ics and a candidate reference; an exam, not a job interview.")
    return "b281-06-mas-cmfas-exam-booking", [("01-cmfas-booking-confirmed.eml", e)], lab


def c07():
    c = "07"
    hp = ("Harpreet Kaur", "harpreet.kaur@marinaquay.example")
    s1 = at("2026-09-29 11:40", SGT, "Tue", "+08:00")
    st1 = at("2026-10-06 14:00", SGT, "Tue", "+08:00")
    s2 = at("2026-10-02 09:05", SGT, "Fri", "+08:00")
    st2 = at("2026-10-08 16:00", SGT, "Thu", "+08:00")
    uid = f"{h('uid', c, n=26)}@google.com"
    summ = "Marina Quay Payments - Fraud Risk Analyst: technical interview (Rachel Tan)"
    tzl = ("SGT", "Singapore Standard Time")
    guests = [(hp[0], hp[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    n1 = ("Hi Rachel,\nThis is the technical round for the Fraud Risk Analyst role. We'll work through a "
          "card-not-present fraud scenario together: some SQL on a sample transactions table, then how you'd set "
          "rule thresholds and measure false positives. Nothing to install, I'll share a notebook.\nHarpreet")
    n2 = ("Hi Rachel, moving us to Thursday afternoon: I've been pulled into a session with our regulator on "
          "Tuesday that I can't shift. Sorry for the reshuffle! Same format as before.\nHarpreet")
    e1 = google_invite(c, "01", organizer=hp, guests=guests, summary=summ, start=st1, end=st1 + 60 * M, uid=uid,
                       seq=0, sent=s1, note=n1, tzlabel=tzl)
    e2 = google_invite(c, "02", organizer=hp, guests=guests, summary=summ, start=st2, end=st2 + 60 * M, uid=uid,
                       seq=1, sent=s2, note=n2, tzlabel=tzl, updated=True)
    lab = label([iv("Marina Quay Payments", "Fraud Risk Analyst", st2, st2 + 60 * M, "scheduled", [hp[1]], [hp[1]],
                    "technical")], "medium", "positive/reschedule-sequence",
                "Google invite, then 'Updated invitation' with the same UID and SEQUENCE 1 moving Tue 6 Oct 14:00 "
                "to Thu 8 Oct 16:00 SGT; final time only.")
    return "b281-07-google-reschedule-sequence", [("01-invitation-fraud-technical.eml", e1),
                                                   ("02-updated-invitation-thursday.eml", e2)], lab


def c08():
    c = "08"
    jo = ("Joanne Chua", "joanne.chua@lanterncredit.example")
    pm = ("Priya Menon", "priya.menon@lanterncredit.example")
    s1 = at("2026-10-26 09:15", SGT, "Mon", "+08:00")
    st1 = at("2026-11-09 11:00", SGT, "Mon", "+08:00")
    s2 = at("2026-10-27 14:03", SGT, "Tue", "+08:00")
    st2 = at("2026-11-10 11:00", SGT, "Tue", "+08:00")
    s3 = at("2026-10-27 14:31", SGT, "Tue", "+08:00")
    role = "Credit Risk Manager, Consumer Lending"
    subj = f"Interview Invitation - {role} (Requisition 4127)"
    p1 = (
        "Dear Rachel Tan,\n\n"
        f"Thank you for your application for the position of {role} at Lantern Credit.\n\n"
        "We are pleased to invite you to an interview as follows:\n\n"
        f"Date: {st1:%d/%m/%Y} ({st1:%A})\n"
        f"Time: {st1:%H:%M} - {(st1 + 45 * M):%H:%M} (GMT+08:00) Singapore\n"
        "Format: In person\n"
        "Location: Lantern Credit, Level 12, 21 Telok Ayer Link, Singapore\n"
        "Interviewer: Priya Menon, Head of Credit Risk\n\n"
        "Please accept the attached calendar invitation and bring a copy of your CV and your NRIC for building "
        "registration.\n\n"
        "For any questions, reply to this email or contact Joanne Chua, Talent Acquisition.\n\n"
        "Regards,\nLantern Credit Talent Acquisition\n\nThis is a system-generated message from SAP SuccessFactors.")
    cal = vevent_ics(prodid="-//SAP SuccessFactors//Interview Scheduling//EN", uid=f"sf-{h('uid', c, n=24)}@successfactors.com",
                     start=st1, end=st1 + 45 * M, tz="Asia/Singapore",
                     organizer=("Lantern Credit Talent Acquisition", "careers-noreply@successfactors.com"),
                     attendees=[pm, (OWNER_NAME, OWNER)], summary=f"Interview: {role} - Rachel Tan",
                     description="Interviewer: Priya Menon, Head of Credit Risk",
                     location="Lantern Credit, Level 12, 21 Telok Ayer Link", sent=s1)
    m1, hd1 = system_headers(c, "01", s1, frm="Lantern Credit Careers <careers-noreply@successfactors.com>",
                             subject=subj, domain="successfactors.com", host="mail12.successfactors.com",
                             ip="155.56.208.31", reply_to=addr(*jo))
    e1 = mail(c, "01", hd1, p1, html_from(p1), attachments=[(cal, "interview.ics", "text/calendar", "REQUEST")],
              style="java")
    p2 = (
        "Hi Rachel,\n\n"
        "Apologies, I should have caught this earlier: Monday 9 November is a public holiday here (Deepavali "
        "falls on the Sunday, so the Monday is the holiday in lieu) and our office will be closed.\n\n"
        f"Priya is free the next day instead, Tuesday {st2.day} November, same time ({st2:%H:%M} to "
        f"{(st2 + 45 * M):%H:%M}) and same venue. Would that work for you? Please ignore the calendar entry for the "
        "9th; I'll cancel it in the system.\n\n"
        "Thanks for understanding, and Happy Deepavali in advance!\n\n"
        "Best,\nJoanne\n\nJoanne Chua\nTalent Acquisition Specialist | Lantern Credit\n"
        f"{jo[1]} | +65 6321 0457\n\n"
        "________________________________\n"
        "From: Lantern Credit Careers <careers-noreply@successfactors.com>\n"
        f"Sent: {s1:%A}, {s1:%d} {s1:%B} {s1.year} {s1:%H:%M}\nTo: Rachel Tan <{OWNER}>\nSubject: {subj}\n\n"
        + p1)
    m2, hd2 = outlook_headers(c, "02", s2, frm=addr(*jo), to=RACHEL, subject="RE: " + subj, irt=m1, refs=m1)
    e2 = mail(c, "02", hd2, p2, html_from(p2, font="Aptos,Calibri,sans-serif"), style="outlook")
    p3 = (
        "Hi Joanne,\n\n"
        f"No problem at all, Tuesday {st2.day} Nov at 11am works for me. See you and Priya then.\n\n"
        "Happy Deepavali to you too!\n\nRachel\n\n" + quote(p2.split("________________________________")[0], addr(*jo), s2))
    m3, hd3 = gmail_headers(c, "03", s3, frm=RACHEL, to=addr(*jo), subject="Re: " + subj, irt=m2, refs=f"{m1} {m2}")
    e3 = mail(c, "03", hd3, p3, html_from(p3))
    lab = label([iv("Lantern Credit", role, st2, st2 + 45 * M, "scheduled", [pm[1]], [pm[1]], "hiring_manager")],
                "hard", "positive/reschedule-by-email-public-holiday",
                "SuccessFactors invite (.ics, dd/mm date 09/11/2026) for Mon 9 Nov, the Deepavali holiday in lieu; "
                "recruiter moves it by mail to Tue 10 Nov 11:00-11:45 SGT and the owner accepts. No updated .ics.")
    return "b281-08-deepavali-reschedule-successfactors", [
        ("01-successfactors-interview-invitation.eml", e1), ("02-joanne-deepavali-move.eml", e2),
        ("03-re-tuesday-works.eml", e3)], lab


def c09():
    c = "09"
    sent = at("2026-09-30 14:07", SGT, "Wed", "+08:00")
    plain = (
        "Dear Candidate,\n\n"
        "Congratulations! Your profile on JobStreet has been shortlisted by Hudson Ridge Capital (Asia) for the "
        "position of Remote Risk Data Assistant (part time, flexible hours).\n\n"
        "Salary: S$300 - S$450 per day, paid daily via PayNow\n"
        "Requirements: no experience needed, only need smartphone and 1-2 hours per day\n\n"
        "Your online interview is arranged TODAY at 8:00 PM with our HR manager Ms. Lily Chen. Interview will be "
        "conducted by text chat on Telegram. Please add @HudsonRidge_HR_Lily and send the code HRC-2931 to "
        "confirm your slot.\n\n"
        "Note: a refundable onboarding deposit of S$50 is required to activate your training account after "
        "the interview.\n\n"
        "Slots are limited, kindly respond urgently.\n\n"
        "Best Regards\nHR Department\nHudson Ridge Capital (Asia) Pte Ltd")
    m, hd = system_headers(c, "01", sent, frm="Hudson Ridge Capital HR <hudsonridge.hr.recruit@hr-offers-asia.example>",
                           subject="Interview Invitation - Remote Risk Data Assistant (S$450/day)",
                           domain="hr-offers-asia.example", host="vps-2291.hr-offers-asia.example", ip="45.153.231.9",
                           reply_to="lily.hudsonridge.hr@quickmail.example", to="undisclosed-recipients:;")
    e = mail(c, "01", hd, plain, None, plain_cte="7bit")
    lab = label([], "easy", "negative/scam-recruiter",
                "Task/job scam impersonating a bank: Telegram 'interview' by text today at 8pm, deposit required.")
    return "b281-09-scam-telegram-interview", [("01-interview-invitation-remote-assistant.eml", e)], lab


def c10():
    c = "10"
    aly = ("Alyssa Moreno", "alyssa.moreno@hudsonridge.example")
    mark = ("Mark Feldman", "mark.feldman@hudsonridge.example")
    pri = ("Priyanka Iyer", "priyanka.iyer@hudsonridge.example")
    role = "Associate, Model Risk Management (APAC coverage)"
    s1 = at("2026-10-16 10:14", NYC, "Fri", "-04:00")
    i1 = at("2026-10-27 09:00", NYC, "Tue", "-04:00")
    e1_ = i1 + 45 * M
    s2 = at("2026-10-28 16:40", NYC, "Wed", "-04:00")
    i2 = at("2026-11-05 08:30", NYC, "Thu", "-05:00")
    e2_ = i2 + 60 * M
    assert i1.astimezone(ZoneInfo(SGT)).strftime("%a %H:%M") == "Tue 21:00"
    assert i2.astimezone(ZoneInfo(SGT)).strftime("%a %H:%M") == "Thu 21:30"
    zoom_id = "8%d" % (int(h("z", c, n=10), 16) % 10**10)
    zurl = f"https://hudsonridge.zoom.us/j/{zoom_id}?pwd={h('zp', c, n=22)}"
    sig = (f"Alyssa Moreno | Recruiting, Risk & Compliance\nHudson Ridge Capital | New York, NY\n{aly[1]}")
    p1 = (
        "Hi Rachel,\n\n"
        "Thanks again for your time on the phone last week. Mark Feldman, Managing Director and head of Model "
        f"Risk Management, would like to meet you for a first-round conversation about the {role} role.\n\n"
        f"{dus(i1)}, {t12u(i1).replace(' AM', '')} - {t12u(e1_)} ET (New York)\n\n"
        "I realize that's 9:00 PM on Tuesday evening for you in Singapore. Mark is based here in New York, so "
        "we really appreciate the flexibility. The Zoom details are in the attached invite.\n\n"
        "Mark will want to hear about your experience validating PD/LGD models and how you'd approach covering "
        "an APAC book for a team that sits twelve hours behind you.\n\n"
        f"Best,\nAlyssa\n\n{sig}")
    cal = vevent_ics(prodid="-//zoom.us//iCalendar Event//EN", uid=f"ZOOM{zoom_id}-{h('zu', c, n=8)}@zoom.us",
                     start=i1, end=e1_, tz="America/New_York", organizer=aly,
                     attendees=[mark, (OWNER_NAME, OWNER)],
                     summary="Hudson Ridge Capital | Rachel Tan / Mark Feldman (first round)",
                     description=(f"Alyssa Moreno is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                                  f"{zurl}\n\nMeeting ID: {zoom_id[:3]} {zoom_id[3:7]} {zoom_id[7:]}\n"
                                  f"Passcode: {h('pc', c, n=6)}"),
                     location=zurl, sent=s1)
    m1, hd1 = outlook_headers(c, "01", s1, frm=addr(*aly), to=RACHEL,
                              subject="Hudson Ridge Capital - first round with Mark Feldman")
    e1 = mail(c, "01", hd1, p1, html_from(p1, font="Calibri,sans-serif"),
              attachments=[(cal, "zoom_meeting.ics", "text/calendar", "REQUEST")], style="outlook")
    p2 = (
        "Hi Rachel,\n\n"
        "Mark really enjoyed yesterday's conversation (late evening on your side, I know!) and we'd like to move "
        "you forward. The next round is a technical interview with Priyanka Iyer, VP in Model Validation.\n\n"
        f"{dus(i2)}, {t12u(i2).replace(' AM', '')} - {t12u(e2_)} ET\n\n"
        "One thing to flag: clocks in the US fall back on Sunday, November 1, so the gap to Singapore widens to "
        "13 hours. 8:30 AM ET on the 5th will be 9:30 PM your time, not 8:30 PM.\n\n"
        "Priyanka will send the Zoom invite from her calendar shortly. Expect questions on validation standards "
        "(SR 11-7) and a walkthrough of a scorecard you have built or challenged.\n\n"
        f"Best,\nAlyssa\n\n{sig}")
    m2, hd2 = outlook_headers(c, "02", s2, frm=addr(*aly), to=RACHEL,
                              subject="RE: Hudson Ridge Capital - first round with Mark Feldman", irt=m1, refs=m1)
    e2 = mail(c, "02", hd2, p2, html_from(p2, font="Calibri,sans-serif"), style="outlook")
    created = (s2 + 25 * M).astimezone(UTC)
    zid2 = "8%d" % (int(h("z2", c, n=10), 16) % 10**10)
    zurl2 = f"https://hudsonridge.zoom.us/j/{zid2}?pwd={h('zp2', c, n=22)}"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h('etag', c, n=12), 16)}\"",
        "id": h("gid", c, n=26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{h('gid', c, n=26)} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + 2 * M).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Hudson Ridge Capital - Technical interview - Rachel Tan",
        "description": ("Technical round for the " + role + " role.\nInterviewer: Priyanka Iyer (VP, Model "
                        f"Validation)\n\nJoin Zoom Meeting\n{zurl2}\nMeeting ID: {zid2[:3]} {zid2[3:7]} {zid2[7:]}"),
        "location": zurl2,
        "creator": {"email": pri[1], "displayName": pri[0]},
        "organizer": {"email": pri[1], "displayName": pri[0]},
        "start": {"dateTime": iso(i2), "timeZone": NYC},
        "end": {"dateTime": iso(e2_), "timeZone": NYC},
        "iCalUID": f"{h('gid', c, n=26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": pri[1], "displayName": pri[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": zurl2, "label": zurl2.split("?")[0].replace("https://", ""),
                             "meetingCode": zid2}],
            "conferenceSolution": {"key": {"type": "addOn"}, "name": "Zoom Meeting",
                                   "iconUri": "https://lh3.googleusercontent.com/zoom-addon-icon"},
            "conferenceId": zid2},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([
        iv("Hudson Ridge Capital", role, i1, e1_, "scheduled", [mark[1]], [mark[1]], "hiring_manager"),
        iv("Hudson Ridge Capital", role, i2, e2_, "scheduled", [pri[1]], [pri[1]], "technical")],
        "hard", "positive/two-interviews-new-york-dst",
        "Two rounds with a New York team, both late evening in Singapore: Tue 27 Oct 09:00 EDT (-04:00) = 21:00 SGT "
        "via mail + Zoom .ics; Thu 5 Nov 08:30 EST (-05:00, after the US change on 1 Nov) = 21:30 SGT via mail "
        "(Date header still -0400) + Calendar API event. Recruiter is not an interviewer.")
    return "b281-10-new-york-two-rounds-dst", [
        ("01-alyssa-first-round-zoom.eml", e1), ("02-alyssa-technical-round.eml", e2),
        ("03-technical-round.gcal.json", j)], lab


def c11():
    c = "11"
    han = ("Hannah Price", "hannah.price@thamesgate.example")
    oli = ("Oliver Bennett", "oliver.bennett@thamesgate.example")
    sent = at("2026-10-20 11:02", LDN, "Tue", "+01:00")
    st = at("2026-10-29 09:00", LDN, "Thu", "+00:00")
    en = st + 60 * M
    assert st.astimezone(ZoneInfo(SGT)).strftime("%H:%M") == "17:00"
    role = "Counterparty Credit Risk Analyst"
    body = (
        "Hi Rachel,\n\n"
        "As promised, here is the invitation for your technical interview with Oliver Bennett, Head of "
        "Counterparty Credit Risk. Oliver will go through exposure modelling (PFE, EPE), CVA and wrong-way risk, "
        "and will share a short spreadsheet exercise on screen for the last 20 minutes, so please join from a "
        "laptop rather than your phone.\n\n"
        "I know this sits at the end of your working day in Singapore; thank you for making it work.\n\n"
        "Kind regards,\nHannah\n\nHannah Price\nTalent Partner, Markets & Risk\nThamesgate Markets, London")
    uid = "040000008200E00074C5B7101A82E00800000000" + h("uid", c, n=32).upper()
    data = outlook_invite(c, "01", organizer=han, required=[oli, (OWNER_NAME, OWNER)],
                          summary=f"Thamesgate Markets | Technical interview | {role} | Rachel Tan",
                          start=st, end=en, wintz="GMT Standard Time", uid=uid, seq=0, sent=sent, body=body,
                          lang="en-GB")
    lab = label([iv("Thamesgate Markets", role, st, en, "scheduled", [oli[1]], [oli[1]], "technical")], "hard",
                "positive/london-teams-after-uk-dst-change",
                "Teams invite sent from London in BST (Date +0100) for Thu 29 Oct 09:00 'GMT Standard Time', i.e. after "
                "the UK change on 25 Oct: 09:00 GMT = 17:00 SGT, not 16:00.")
    return "b281-11-london-teams-after-bst-ends", [("01-teams-technical-interview.eml", data)], lab


def c12():
    c = "12"
    sent = at("2026-10-06 21:18", SGT, "Tue", "+08:00")
    st = at("2026-10-10 11:00", SGT, "Sat", "+08:00")
    en = st + 45 * M
    zurl = f"https://kopiwallet.zoom.us/j/8{int(h('z', c, n=9), 16) % 10**9}"
    plain = (
        "Hi Rachel Tan,\n\nYour event has been scheduled.\n\n"
        "Event Type:\nKopi Wallet user interview (45 min)\n\n"
        f"Event Date/Time:\n{t12(st)} - {t12(en)} (Singapore Time), {st:%A}, {st.day} {st:%B} {st.year}\n\n"
        f"Location:\nZoom. Join link: {zurl}\n\n"
        f"Invitee Email:\n{OWNER}\n\n"
        "Questions:\nHow often do you use Kopi Wallet?\nWeekly\nDo you split bills with friends in the app?\nSometimes\n\n"
        "Description:\nThanks for helping us improve Kopi Wallet! In this session our design researcher will walk you "
        "through a new bill-splitting prototype and ask how you manage shared expenses. There are no right or wrong "
        "answers and we are testing the app, not you. As a thank-you, you'll receive a S$60 e-voucher within 5 working "
        "days of the session.\n\n"
        f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{h('cx', c, n=36)}\n"
        f"Reschedule: https://calendly.com/reschedulings/{h('cx', c, n=36)}\n\nPowered by Calendly.com")
    cal = vevent_ics(prodid="-//Calendly//Calendly Scheduling//EN", uid=f"{h('uid', c, n=32)}@calendly.com",
                     start=st, end=en, organizer=("Kopi Wallet Research", "research@kopiwallet.example"),
                     attendees=[(OWNER_NAME, OWNER)], summary="Kopi Wallet user interview (45 min) - Rachel Tan",
                     description="Bill-splitting prototype session. S$60 e-voucher as a thank-you.", location=zurl,
                     sent=sent)
    m, hd = system_headers(c, "01", sent, frm="Calendly <notifications@calendly.com>",
                           subject=(f"Confirmed: Kopi Wallet user interview (45 min) with Kopi Wallet Research on "
                                    f"{st:%A}, {st.day} {st:%B} {st.year}"),
                           domain="calendly.com", host="o7.ptr4471.calendly.com", ip="149.72.134.65",
                           reply_to="Kopi Wallet Research <research@kopiwallet.example>")
    e = mail(c, "01", hd, plain, html_from(plain), attachments=[(cal, "invite.ics", "text/calendar", "REQUEST")],
             style="java")
    lab = label([], "hard", "negative/user-research",
                "Calendly-booked paid 'user interview' for a fintech app (S$60 voucher) with an .ics: product research, "
                "not a job interview.")
    return "b281-12-calendly-fintech-user-research", [("01-calendly-confirmed-user-interview.eml", e)], lab


def c13():
    c = "13"
    sent = at("2026-10-09 17:25", HKT, "Fri", "+08:00")
    st = at("2026-10-15 15:30", HKT, "Thu", "+08:00")
    en = st + 45 * M
    ada = "ada.leung@junkbaydigital.example"
    role = "Operational Risk Manager"
    link = f"https://app.hirevue.com/live/{h('lv', c, n=12)}"
    plain = (
        "Hello Rachel,\n\n"
        f"Your live video interview for {role} at Junk Bay Digital Bank has been scheduled.\n\n"
        f"Date: {dus(st)}\nTime: {t12u(st)} - {t12u(en)} (GMT+08:00) Hong Kong\n"
        "Interviewer: Kelvin Chan, Head of Operational Risk\n\n"
        "This is a live interview: Kelvin will join the video call at the scheduled time and you will talk with him "
        "in real time. Please join from a computer with a webcam, using Chrome or Edge, 5 minutes before the start.\n\n"
        f"Join your interview: {link}\n"
        "Add to calendar: open the attached .ics file.\n\n"
        f"If you need to change the time, please contact Ada Leung (Talent Acquisition) at {ada}.\n\n"
        "Best of luck,\nThe Junk Bay Digital Bank Talent Team\n\nPowered by HireVue")
    cal = vevent_ics(prodid="-//HireVue//Live Interview//EN", uid=f"{h('uid', c, n=24)}@hirevue.com", start=st, end=en,
                     organizer=("Junk Bay Digital Bank", "noreply@hirevue.com"), attendees=[(OWNER_NAME, OWNER)],
                     summary=f"Live Interview: {role} - Junk Bay Digital Bank",
                     description=f"Live video interview with Kelvin Chan.\nJoin: {link}", location=link, sent=sent)
    m, hd = system_headers(c, "01", sent, frm="Junk Bay Digital Bank <noreply@hirevue.com>",
                           subject="Your live interview with Junk Bay Digital Bank is scheduled",
                           domain="hirevue.com", host="o1.email.hirevue.com", ip="167.89.12.44")
    e = mail(c, "01", hd, plain, html_from(plain, font="Helvetica,Arial,sans-serif"),
             attachments=[(cal, "interview.ics", "text/calendar", "REQUEST")], style="java", html_cte="base64")
    lab = label([iv("Junk Bay Digital Bank", role, st, en, "scheduled", [], [ada], "hiring_manager")], "medium",
                "positive/hirevue-live-video",
                "HireVue LIVE video interview (positive, unlike an on-demand one) with .ics in UTC; interviewer has no "
                "address, so follow-up goes to the TA contact in the text.")
    return "b281-13-hirevue-live-interview-hk", [("01-hirevue-live-interview-scheduled.eml", e)], lab


def c14():
    c = "14"
    vin = ("Vincent Ho", "vincent.ho@harcourtsearch.example")
    gra = ("Grace Yip", "grace.yip@sampanwealth.example")
    g = at("2026-10-13 17:55", HKT, "Tue", "+08:00")
    s1 = at("2026-10-13 18:42", HKT, "Tue", "+08:00")
    s2 = at("2026-10-13 19:20", SGT, "Tue", "+08:00")
    s3 = at("2026-10-13 20:05", HKT, "Tue", "+08:00")
    st = at("2026-10-14 14:00", HKT, "Wed", "+08:00")
    role = "Investment Risk Manager"
    zid = "8%d" % (int(h("z", c, n=10), 16) % 10**10)
    sig = "Vincent Ho\nAssociate Director, Banking & Financial Services\nHarcourt Executive Search | Hong Kong\n+852 3958 2210"
    fwd = (
        "---------- Forwarded message ---------\n"
        f"From: {addr(*gra)}\nDate: {g:%a}, {g.day} {g:%b} {g.year} at {g:%H:%M}\n"
        f"Subject: Re: Rachel Tan - {role}\nTo: {addr(*vin)}\n\n"
        "Vincent,\n\n"
        "Thanks for sending Rachel's profile over. Her liquidity stress testing work is quite relevant to what we "
        "need for the fund platform.\n\n"
        "I'd like to have an initial conversation with her tomorrow at 2pm if she is available. 30 minutes should be "
        f"enough. Here's my Zoom room:\nhttps://sampanwealth.zoom.us/j/{zid}  Passcode: {int(h('p', c, n=5), 16) % 10**6:06d}\n\n"
        "Regards,\nGrace\n\nGrace Yip\nChief Risk Officer, Sampan Wealth\n")
    p1 = (
        "Hi Rachel,\n\n"
        "Good news: Grace Yip, the CRO at Sampan Wealth, has read your CV and wants to speak with you, see below. "
        "Tomorrow at 2 works for you? Only 30 minutes on Zoom, and HK and Singapore are on the same clock, so no "
        "conversion needed.\n\n"
        "Let me know tonight and I'll confirm with her first thing.\n\n"
        f"Best regards,\nVincent\n\n{sig}\n\n" + fwd)
    subj = f"Fwd: Rachel Tan - {role}"
    m1, hd1 = gmail_headers(c, "01", s1, frm=addr(*vin), to=RACHEL, subject=subj)
    e1 = mail(c, "01", hd1, p1, html_from(p1))
    p2 = ("Hi Vincent,\n\nThanks for the quick turnaround! Yes, tomorrow at 2pm is fine. I'll join Grace's Zoom room.\n\n"
          "Rachel\n\n" + quote(p1[:p1.index("---------- Forwarded")], addr(*vin), s1))
    m2, hd2 = gmail_headers(c, "02", s2, frm=RACHEL, to=addr(*vin), subject="Re: " + subj, irt=m1, refs=m1)
    e2 = mail(c, "02", hd2, p2, None)
    p3 = ("Hi Rachel,\n\nDone, Grace has confirmed for tomorrow. Use the Zoom link in her note that I forwarded earlier. She is quite direct and "
          "numbers-driven, so have one or two stress-testing examples ready with actual figures. Good luck!\n\n"
          f"Vincent\n\n{sig}\n\n" + quote(p2, RACHEL, s2))
    m3, hd3 = gmail_headers(c, "03", s3, frm=addr(*vin), to=RACHEL, subject="Re: " + subj, irt=m2, refs=f"{m1} {m2}")
    e3 = mail(c, "03", hd3, p3, html_from(p3))
    lab = label([iv("Sampan Wealth", role, st, st + 30 * M, "scheduled", [gra[1]], [gra[1]], "hiring_manager")],
                "hard", "positive/body-only-relative-date-forwarded",
                "HK headhunter forwards the client's request: 'tomorrow at 2pm', 30 minutes, Zoom; message dates are "
                "Tue 13 Oct (+0800) -> Wed 14 Oct 14:00 HKT. Company is the client (Sampan Wealth), interviewer is the "
                "CRO whose address appears in the forwarded header.")
    return "b281-14-hk-headhunter-tomorrow-at-2", [
        ("01-fwd-grace-wants-to-meet.eml", e1), ("02-re-tomorrow-is-fine.eml", e2), ("03-re-grace-confirmed.eml", e3)], lab


def c15():
    c = "15"
    sent = at("2026-11-12 10:05", SGT, "Thu", "+08:00")
    call = at("2026-11-19 10:00", SGT, "Thu", "+08:00")
    due = at("2026-11-18 23:59", SGT, "Wed", "+08:00")
    plain = (
        "Dear Ms Tan,\n\n"
        "Straits Meridian Bank has engaged Sentinel Screening Asia to carry out pre-employment background screening "
        "in connection with your conditional offer of employment.\n\n"
        f"Please complete the following by {dlong(due)}:\n"
        "1. Sign the authorisation and consent form\n"
        "2. Upload your NRIC, degree certificate and your last three payslips\n"
        "3. Provide two referees, including one direct supervisor\n\n"
        "We have also booked a short verification call to go through your employment history and any gaps:\n"
        f"{dlong(call)}, {t12u(call)} - {t12u(call + 15 * M)} (Singapore time)\n"
        "A case officer will call the mobile number you provided. A calendar file is attached for convenience.\n\n"
        "The checks cover identity, education, employment history, credit (Credit Bureau Singapore), directorships "
        "and regulatory register searches, as required for your role.\n\n"
        f"Start here: https://portal.sentinelscreening.example/c/{h('case', c, n=16)}\n\n"
        "Sincerely,\nVerification Team\nSentinel Screening Asia Pte Ltd\nCase ref: SSA-2611-48213")
    cal = vevent_ics(prodid="-//Sentinel Screening Asia//Case Portal//EN", uid=f"SSA-2611-48213-{h('u', c, n=6)}@sentinelscreening.example",
                     start=call, end=call + 15 * M, tz="Asia/Singapore",
                     organizer=("Sentinel Screening Asia", "casework.sg@sentinelscreening.example"),
                     attendees=[(OWNER_NAME, OWNER)], summary="Background screening verification call (SSA-2611-48213)",
                     description="Employment history verification for Straits Meridian Bank.", location="Phone",
                     sent=sent)
    m, hd = system_headers(c, "01", sent, frm="Sentinel Screening Asia <verification@sentinelscreening.example>",
                           subject="Pre-employment screening for Straits Meridian Bank - action required (SSA-2611-48213)",
                           domain="sentinelscreening.example", host="out2.sentinelscreening.example", ip="103.6.151.20",
                           reply_to="Casework Team <casework.sg@sentinelscreening.example>")
    e = mail(c, "01", hd, plain, html_from(plain), attachments=[(cal, "verification-call.ics", "text/calendar", "REQUEST")],
             style="java")
    lab = label([], "hard", "negative/background-screening",
                "Post-offer background screening with a scheduled 15-minute verification call (.ics attached); "
                "administrative check, not an interview.")
    return "b281-15-background-screening-call", [("01-sentinel-screening-action-required.eml", e)], lab


def c16():
    c = "16"
    sha = ("Sharon Lee", "sharon.lee@merliontrust.example")
    s1 = at("2026-10-14 12:30", SGT, "Wed", "+08:00")
    st = at("2026-10-21 16:00", SGT, "Wed", "+08:00")
    en = st + 30 * M
    s2 = at("2026-10-19 10:20", SGT, "Mon", "+08:00")
    role = "Risk Analyst, Climate & ESG Risk"
    uid = "040000008200E00074C5B7101A82E00800000000" + h("uid", c, n=32).upper()
    p1 = (
        "Hi Rachel,\n\nThanks for picking a time. Your interview is confirmed.\n\n"
        f"Role: {role}\nStage: Recruiter phone screen\n"
        f"When: {dus(st)}, {t12u(st)} - {t12u(en)} (Asia/Singapore)\n"
        "Interviewer: Sharon Lee, Talent Acquisition Partner\n"
        "How: Sharon will call you on your mobile number ending 4417\n\n"
        f"Need to change the time? Use your candidate portal: https://merliontrust.eightfold.ai/careers/{h('p', c, n=10)}\n\n"
        "Merlion Trust Bank Talent Acquisition\nSent via Eightfold AI")
    cal = vevent_ics(prodid="-//Eightfold AI//Interview Scheduler//EN", uid=uid, start=st, end=en, tz="Asia/Singapore",
                     organizer=sha, attendees=[(OWNER_NAME, OWNER)],
                     summary=f"Phone screen: Rachel Tan - {role}",
                     description="Sharon will call you on your mobile.", location="Phone call", sent=s1)
    m1, hd1 = system_headers(c, "01", s1, frm="Merlion Trust Bank Careers <notifications@eightfold.ai>",
                             subject=f"Interview confirmed: {role} - Merlion Trust Bank", domain="eightfold.ai",
                             host="mail-out3.eightfold.ai", ip="198.2.180.17", reply_to=addr(*sha))
    e1 = mail(c, "01", hd1, p1, html_from(p1), attachments=[(cal, "invite.ics", "text/calendar", "REQUEST")],
              style="java")
    body = (
        "Hi Rachel,\n\n"
        "I'm sorry to be writing with this. Following a restructure of our Group Risk function, the Climate & ESG "
        "Risk Analyst position has been put on hold, so I have to cancel our call on Wednesday.\n\n"
        "I know you were keen on this one. If the role reopens in the new year I'll reach out to you first, and I'll "
        "keep an eye out for other openings in Group Risk that match your background.\n\n"
        "Kind regards,\nSharon")
    e2 = outlook_invite(c, "02", organizer=sha, required=[(OWNER_NAME, OWNER)],
                        summary=f"Phone screen: Rachel Tan - {role}", start=st, end=en,
                        wintz="Singapore Standard Time", uid=uid, seq=1, sent=s2, body=body, method="CANCEL",
                        location="Phone call", teams=False)
    lab = label([iv("Merlion Trust Bank", role, st, en, "cancelled", [sha[1]], [sha[1]], "phone_screen")], "medium",
                "positive/cancellation",
                "Eightfold confirmation (.ics) for a recruiter phone screen, then an Outlook METHOD:CANCEL with the same "
                "UID (role on hold): cancelled at its last time, Wed 21 Oct 16:00 SGT. Recruiter conducts the screen.")
    return "b281-16-eightfold-screen-then-cancelled", [
        ("01-eightfold-interview-confirmed.eml", e1), ("02-canceled-phone-screen.eml", e2)], lab


def c17():
    c = "17"
    nur = ("Nur Hidayah Salleh", "hidayah.salleh@bbu.example")
    prof = ("Anand Krishnan", "anand.krishnan@bbu.example")
    sent = at("2026-10-12 14:20", SGT, "Mon", "+08:00")
    st = at("2026-10-24 09:00", SGT, "Sat", "+08:00")
    en = st + 180 * M
    note = ("Dear Rachel,\nThank you again for volunteering as an alumni interviewer this year. You will sit on Panel B "
            "with Prof. Anand Krishnan and interview three shortlisted scholarship applicants (09:00, 10:00 and 11:00; "
            "45 minutes each plus 15 minutes to score). Candidate dossiers and the scoring rubric are in the shared "
            "folder; please keep them confidential.\nBreakfast is served from 08:30 in the Alumni House lounge.\n"
            "Nur Hidayah\nScholarships Office, Bras Basah University")
    e = google_invite(c, "01", organizer=nur,
                      guests=[(nur[0], nur[1], "ACCEPTED"), (prof[0], prof[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      summary="Global Merit Scholarship interviews - Panel B (alumni interviewer: Rachel Tan)",
                      start=st, end=en, uid=f"{h('uid', c, n=26)}@google.com", seq=0, sent=sent, note=note,
                      tzlabel=("SGT", "Singapore Standard Time"),
                      location="Alumni House, Seminar Room 2, Bras Basah University", meet=False)
    lab = label([], "hard", "negative/user-is-interviewer",
                "Google invite for scholarship interviews where the owner is a volunteer alumni interviewer on the panel.")
    return "b281-17-alumni-scholarship-interviewer", [("01-invitation-scholarship-panel-b.eml", e)], lab


def c18():
    c = "18"
    s1 = at("2026-09-18 15:30", HKT, "Fri", "+08:00")
    st = at("2026-09-29 09:00", HKT, "Tue", "+08:00")
    en = st + 60 * M
    eric = ("Eric Lau", "eric.lau@harbourorient.example")
    nat = ("Natalie Fung", "natalie.fung@harbourorient.example")
    car = "carmen.tsang@harbourorient.example"
    role = "Liquidity Risk Analyst, Treasury Risk"
    plain = (
        "Dear Rachel Tan,\n\n"
        "Thank you for your interest in career opportunities with Harbour Orient Bank.\n\n"
        f"We are pleased to invite you to a panel interview for the position of {role} (Requisition No. 2600318).\n\n"
        f"Date: {dlong(st)}\nTime: {t12u(st)} to {t12u(en)}, Hong Kong Time (HKT)\n"
        "Format: Video interview via Webex (link in the attached calendar file)\n"
        "Panel: Eric Lau, Head of Liquidity Risk; Natalie Fung, Senior Manager, Asset & Liability Management\n\n"
        "Please be prepared to discuss LCR and NSFR calculation, intraday liquidity monitoring and a liquidity "
        "stress scenario of your choice.\n\n"
        f"Should you have any questions, please contact Carmen Tsang at {car}.\n\n"
        "Yours sincerely,\nTalent Acquisition\nHarbour Orient Bank\n\n"
        "Please do not reply to this message. This mailbox is not monitored.")
    m, hd = system_headers(c, "01", s1, frm="Harbour Orient Bank <harbourorient@taleo.net>",
                           subject=f"Interview Invitation - {role} (Req. 2600318)", domain="taleo.net",
                           host="smtp-out4.taleo.net", ip="160.34.12.88")
    e = mail(c, "01", hd, plain, html_from(plain, font="Verdana,sans-serif"), style="java")
    webex = f"https://harbourorient.webex.com/meet/{h('wx', c, n=10)}"
    cal = vevent_ics(prodid="-//Oracle//Taleo Interview Scheduling 17//EN", uid=f"TLO-2600318-{h('uid', c, n=12)}",
                     start=st, end=en, floating=True, method="PUBLISH",
                     organizer=("Carmen Tsang", car), attendees=[eric, nat, (OWNER_NAME, OWNER)],
                     summary=f"Panel Interview - Rachel Tan - {role}",
                     description=f"Panel: Eric Lau, Natalie Fung\nWebex: {webex}", location=webex, sent=s1)
    lab = label([iv("Harbour Orient Bank", role, st, en, "scheduled", [eric[1], nat[1]], [eric[1], nat[1]], "onsite")],
                "hard", "positive/taleo-floating-ics-panel",
                "Taleo mail states HKT in text; the standalone .ics has FLOATING times (no TZID/Z) -> resolve as "
                "09:00 +08:00. Two-person panel -> onsite. Coordinator is the ORGANIZER only.")
    return "b281-18-taleo-panel-floating-ics", [("01-taleo-panel-interview-invitation.eml", e),
                                                 ("02-panel-interview-harbour-orient.ics", cal)], lab


def c19():
    c = "19"
    sent = at("2026-10-20 08:12", SGT, "Tue", "+08:00")
    st = at("2026-10-31 10:00", SGT, "Sat", "+08:00")
    title = "Bank Superday Masterclass + Live Mock Interviews"
    wid = "8%d" % (int(h("w", c, n=10), 16) % 10**10)
    plain = (
        "Hi Rachel,\n\n"
        f'Thank you for registering for "{title}".\n\n'
        "Please submit any questions to: hello@riskquantacademy.example\n\n"
        f"Date & Time: {st:%b} {st.day}, {st.year} {t12u(st)} Singapore\n\n"
        f"Join from PC, Mac, Linux, iOS or Android: https://us06web.zoom.us/w/{wid}?tk={h('tk', c, n=40)}\n"
        f"    Passcode: {int(h('pc', c, n=5), 16) % 10**6:06d}\n\n"
        "Description: A three-hour live session for candidates preparing for bank assessment centres in Singapore "
        "and Hong Kong. Part 1: how superdays are scored (case study, group exercise, competency interview). Part 2: "
        "live mock interviews, where volunteers are interviewed by former bank risk managers in front of the group and "
        "get feedback. Ticket: S$129 (paid).\n\n"
        "Add to Calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar\n\n"
        "You can cancel your registration at any time.")
    m, hd = system_headers(c, "01", sent, frm="Risk & Quant Careers Academy <no-reply@zoom.us>",
                           subject=f"Risk & Quant Careers Academy: {title} Confirmation", domain="zoom.us",
                           host="mta-178-62.sparkpostmail.com", ip="192.174.88.62",
                           reply_to="hello@riskquantacademy.example")
    e = mail(c, "01", hd, plain, html_from(plain, font="Lato,Helvetica,sans-serif"), style="java", html_cte="base64")
    lab = label([], "medium", "negative/webinar-mock-interview",
                "Paid Zoom webinar registration for a superday masterclass with mock interviews (coaching), not a "
                "hiring process.")
    return "b281-19-superday-masterclass-webinar", [("01-zoom-registration-confirmation.eml", e)], lab


def c20():
    c = "20"
    ais = ("Aisyah Rahim", "aisyah.rahim@payfern.example")
    created = at("2026-10-29 10:12", SGT, "Thu", "+08:00").astimezone(UTC)
    st = at("2026-11-03 17:30", SGT, "Tue", "+08:00")
    en = st + 30 * M
    zid = "8%d" % (int(h("z", c, n=10), 16) % 10**10)
    zurl = f"https://payfern.zoom.us/j/{zid}?pwd={h('zp', c, n=22)}"
    gid = h("gid", c, n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h('etag', c, n=12), 16)}\"",
        "id": gid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{gid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + 4 * M).strftime("%Y-%m-%dT%H:%M:%S.208Z"),
        "summary": "Payfern x Rachel Tan - intro call (Risk & Compliance Analyst)",
        "description": ("Hi Rachel, looking forward to our chat! 30 mins to walk through your background and what the "
                        "Risk & Compliance Analyst role at Payfern involves (MPI licence obligations, cross-border "
                        f"payments, fraud and AML monitoring).\n\nJoin Zoom Meeting\n{zurl}\n\nAisyah"),
        "location": zurl,
        "creator": {"email": ais[1], "displayName": ais[0]},
        "organizer": {"email": ais[1], "displayName": ais[0]},
        "start": {"dateTime": iso(st), "timeZone": SGT},
        "end": {"dateTime": iso(en), "timeZone": SGT},
        "iCalUID": f"{gid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": ais[1], "displayName": ais[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Payfern", "Risk & Compliance Analyst", st, en, "scheduled", [ais[1]], [ais[1]], "phone_screen")],
                "easy", "positive/gcal-json-only",
                "Calendar API event only: recruiter intro call on Zoom, Tue 3 Nov 17:30 SGT; the recruiter is the screener.")
    return "b281-20-gcal-json-payfern-intro-call", [("01-payfern-intro-call.gcal.json", j)], lab


def c21():
    c = "21"
    s1 = at("2026-11-02 22:14", SGT, "Mon", "+08:00")
    s2 = at("2026-11-05 11:47", SGT, "Thu", "+08:00")
    wk = at("2026-11-16 10:00", SGT, "Mon", "+08:00")
    co = "KALLANG BASIN FINANCE PTE. LTD."
    p1 = (
        "Hi RACHEL TAN,\n\nYour application has been sent to the employer.\n\n"
        f"Job: Risk Analyst\nCompany: {co}\nJob ID: MCF-2026-1184027\nApplied on: {s1.day} {s1:%b} {s1.year}\n\n"
        "What happens next?\nThe employer will review your application. If they are interested, they may contact you "
        "through MyCareersFuture or directly.\n\n"
        "Track your applications: https://www.mycareersfuture.gov.sg/applications\n\n"
        "This is an automated message. Please do not reply.")
    p2 = (
        f"Hi RACHEL TAN,\n\nYou have a new message from {co} regarding your application for Risk Analyst "
        "(MCF-2026-1184027):\n\n"
        "\"Dear Rachel,\n\n"
        "Thank you for your application. We would like to invite you for an interview at our Kallang office. Could "
        f"you let us know 2 or 3 time slots when you are available during the week of {wk.day} November (Monday to "
        "Friday, between 10am and 5pm)? We will confirm the interview slot once we hear from you.\n\n"
        "Regards,\nMelissa Ng\nHR Executive\"\n\n"
        "To reply, log in to MyCareersFuture and go to Messages: https://www.mycareersfuture.gov.sg/messages\n\n"
        "This is an automated message. Please do not reply to this email.")
    ma, hd1 = system_headers(c, "01", s1, frm="MyCareersFuture <no-reply@mycareersfuture.gov.sg>",
                             subject=f"Application sent: Risk Analyst at {co}", domain="mycareersfuture.gov.sg",
                             host="mail.mycareersfuture.gov.sg", ip="8.39.54.101")
    e1 = mail(c, "01", hd1, p1, html_from(p1), style="java")
    mb, hd2 = system_headers(c, "02", s2, frm="MyCareersFuture <no-reply@mycareersfuture.gov.sg>",
                             subject=f"{co} has sent you a message about Risk Analyst", domain="mycareersfuture.gov.sg",
                             host="mail.mycareersfuture.gov.sg", ip="8.39.54.101")
    e2 = mail(c, "02", hd2, p2, html_from(p2), style="java")
    lab = label([], "medium", "negative/availability-request-relay",
                "MyCareersFuture relay: application receipt, then the employer asks for availability in the week of "
                "16 Nov; nothing is booked.")
    return "b281-21-mycareersfuture-availability-request", [("01-mcf-application-sent.eml", e1),
                                                              ("02-mcf-employer-message.eml", e2)], lab


def c22():
    c = "22"
    sent = at("2026-10-16 16:45", SGT, "Fri", "+08:00")
    past = at("2026-10-06 10:00", SGT, "Tue", "+08:00")
    role = "Senior Analyst, Investment Risk"
    plain = (
        "Dear Rachel,\n\n"
        f"Thank you for meeting our panel on {dlong(past)} to discuss the {role} position, and for the time you put "
        "into the portfolio risk exercise.\n\n"
        "After careful consideration, we have decided to proceed with other candidates whose experience more closely "
        "matches our current requirements. This was a difficult decision given the strength of the shortlist.\n\n"
        "With your consent, we will keep your profile in our talent pool for 12 months and may contact you about "
        "future openings in Risk & Compliance.\n\n"
        "We wish you every success in your career.\n\n"
        "Yours sincerely,\nTalent Acquisition\nDunearn Private Bank")
    m, hd = system_headers(c, "01", sent, frm="Dunearn Private Bank <dunearnprivatebank@taleo.net>",
                           subject=f"Your application for {role} (Req. 26-0417)", domain="taleo.net",
                           host="smtp-out2.taleo.net", ip="160.34.12.61")
    e = mail(c, "01", hd, plain, html_from(plain, font="Verdana,sans-serif"), style="java")
    lab = label([], "easy", "negative/rejection-after-interview",
                "Taleo rejection that mentions a past panel interview date; no upcoming interview.")
    return "b281-22-taleo-rejection-after-panel", [("01-taleo-application-update.eml", e)], lab


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
         c21, c22]

TZ_POINTS = [
    ("01", "Exchange/Teams invite with Windows TZID 'Singapore Standard Time' and '(UTC+08:00) Kuala Lumpur, "
           "Singapore' label -> +08:00."),
    ("04", "Workday .ics with TZID Asia/Hong_Kong; Hong Kong (+08:00) equals Singapore time."),
    ("05", "Google invites carry UTC 'Z' times (01:30Z = 09:30 SGT); programme mail in SGT."),
    ("07", "Google invites in UTC; reschedule keeps +08:00."),
    ("08", "SuccessFactors date written dd/mm (09/11/2026 = 9 Nov); Deepavali 2026 is Sun 8 Nov, Mon 9 Nov is the "
           "Singapore holiday in lieu -> moved to Tue 10 Nov."),
    ("10", "New York: Tue 27 Oct 09:00 EDT (-04:00) = 21:00 SGT; Thu 5 Nov 08:30 EST (-05:00, after the US change "
           "on Sun 1 Nov) = 21:30 SGT; second mail's Date header is still -0400."),
    ("11", "London: invite sent in BST (Date +0100) for Thu 29 Oct 09:00 'GMT Standard Time', after the UK change "
           "on Sun 25 Oct -> +00:00 = 17:00 SGT."),
    ("13", "HireVue .ics in UTC (07:30Z); text says '(GMT+08:00) Hong Kong'."),
    ("14", "Relative 'tomorrow at 2pm' resolved against Date Tue 13 Oct 2026 +0800 -> Wed 14 Oct 14:00 HKT."),
    ("16", "Eightfold .ics with TZID Asia/Singapore; Outlook CANCEL with 'Singapore Standard Time'."),
    ("18", "Standalone .ics with floating times (no TZID); HKT stated only in the Taleo mail."),
    ("20", "Calendar API event with timeZone Asia/Singapore."),
]

THEME = "Singapore and Hong Kong banking and fintech"


def write_readme(results):
    pos = [r for r in results if r[2]["interview"]]
    neg = [r for r in results if not r[2]["interview"]]
    ivs = [i for r in results for i in r[2]["interviews"]]
    by_status = {}
    by_kind = {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = {"eml": 0, "ics": 0, "gcal.json": 0}
    for _, items, _ in results:
        for name, _ in items:
            if name.endswith(".gcal.json"):
                fmt["gcal.json"] += 1
            elif name.endswith(".ics"):
                fmt["ics"] += 1
            else:
                fmt["eml"] += 1
    lines = [
        f"# blind281: {THEME} (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a risk analyst in Singapore (Asia/Singapore, +08:00, no DST), "
        "interviewing with banks and fintechs in Singapore, Hong Kong, London and New York (Sep-Nov 2026).", "",
        "This set was written blind: only the eval README (label schema and rules) and a few dev files for format "
        "were read; no tool code, tests or other sets.", "",
        "## What it stresses",
        "- Headhunters forwarding client interviews (company = the client), Singlish phrasing, propose/confirm threads.",
        "- Superday assessment centre with a case study presentation sent as several invites (one onsite interview).",
        "- Reschedules (Google SEQUENCE bump; Deepavali holiday-in-lieu move by mail), an Eightfold screen cancelled "
        "via Outlook METHOD:CANCEL, two rounds in one case.",
        "- Late-evening Singapore interviews with New York across the US DST change; London after BST ends.",
        "- Live HireVue (positive) vs on-demand HireVue (negative); floating .ics; relative 'tomorrow at 2'.",
        "- Hard negatives: MAS/CMFAS exam booking, background-screening call, fintech user research via Calendly, "
        "owner as scholarship interviewer, superday masterclass webinar with mock interviews, recruiter scam, "
        "MyCareersFuture availability request, Taleo rejection.", "",
        "## Counts",
        f"- Cases: {len(results)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} (" + ", ".join(f"{k}: {v}" for k, v in sorted(by_status.items())) + ")",
        "- By kind: " + ", ".join(f"{k}: {v}" for k, v in sorted(by_kind.items())), "",
        "## Formats",
        f"- {fmt['eml']} .eml, {fmt['ics']} standalone .ics, {fmt['gcal.json']} .gcal.json",
        "- Google Calendar invitations (multipart/mixed: text/plain base64, text/html QP, text/calendar REQUEST, "
        "invite.ics); Exchange/Teams invites and a METHOD:CANCEL (Windows TZIDs, X-MICROSOFT-CDO-*); ATS/vendor mails "
        "with .ics (Workday, SuccessFactors, Eightfold, HireVue, Calendly, Zoom); Taleo and MyCareersFuture mails; "
        "Gmail/Outlook threads with In-Reply-To/References; QP and base64 bodies. Google Calendar notification Date "
        "headers are in +0000 as Google sends them; all other Date headers use the sender's offset.", "",
        "## Time-zone / DST points",
    ] + [f"- Case {n}: {t}" for n, t in TZ_POINTS] + [
        "", "Regenerate with `python make_cases.py` (deterministic, byte-identical output).", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for d in OUT.glob("b281-*"):
        if d.is_dir():
            shutil.rmtree(d)
    results = [f() for f in CASES]
    labels = {}
    for i, (slug, items, lab) in enumerate(results, 1):
        assert slug.startswith(f"b281-{i:02d}-"), slug
        d = OUT / slug
        d.mkdir()
        for name, data in items:
            assert name[:2].isdigit() and name[2] == "-", name
            (d / name).write_bytes(data)
        labels[slug] = lab
    text = ("# Labels for blind281 (written blind). Schema: /work/shared/eval/README.md\n" +
            yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(results)


if __name__ == "__main__":
    main()
