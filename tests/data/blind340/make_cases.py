#!/usr/bin/env python3
"""Generate the blind340 evaluation set (Port Moresby / Lae, PNG; HSE officer mailbox).

Deletes and rewrites every b340-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run: all dates are fixed and every Message-ID, UID and MIME
boundary is derived from a SHA-256 hash of a fixed seed.
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
SEED = "blind340|png-hse|2026"
OWNER = "grace.kila@example.com"
OWNER_NAME = "Grace Kila"

POM = ZoneInfo("Pacific/Port_Moresby")
BNE = ZoneInfo("Australia/Brisbane")
SYD = ZoneInfo("Australia/Sydney")
PER = ZoneInfo("Australia/Perth")
UTC = timezone.utc

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TP_WEEKDAYS = ["Mande", "Tunde", "Trinde", "Fonde", "Fraide", "Sarere", "Sande"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TP_MONTHS = {10: "Oktoba", 11: "Novemba"}


# ---------------------------------------------------------------------------------------------
# time helpers (every hand-written weekday and offset is asserted)
# ---------------------------------------------------------------------------------------------
def at(tz, y, mo, d, hh=0, mi=0, ss=0, wd=None, off=None):
    """Aware datetime; wd asserts the weekday name, off asserts the UTC offset in hours."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if wd is not None:
        assert WEEKDAYS[dt.weekday()] == wd, (dt, wd)
    if off is not None:
        assert dt.utcoffset() == timedelta(hours=off), (dt, dt.utcoffset(), off)
    return dt


def check_offsets():
    def o(tz, y, mo, d, hh):
        return datetime(y, mo, d, hh, tzinfo=ZoneInfo(tz)).utcoffset() / timedelta(hours=1)
    # PNG, Brisbane, Perth: no DST at all in 2026
    for mo in range(1, 13):
        assert o("Pacific/Port_Moresby", 2026, mo, 15, 12) == 10
        assert o("Australia/Brisbane", 2026, mo, 15, 12) == 10
        assert o("Australia/Perth", 2026, mo, 15, 12) == 8
    # Sydney: DST ends Sun 5 Apr 2026, starts Sun 4 Oct 2026 (02:00 -> 03:00)
    assert WEEKDAYS[datetime(2026, 10, 4).weekday()] == "Sunday"
    assert o("Australia/Sydney", 2026, 10, 3, 12) == 10
    assert o("Australia/Sydney", 2026, 10, 4, 12) == 11
    assert o("Australia/Sydney", 2026, 4, 4, 12) == 11
    assert o("Australia/Sydney", 2026, 4, 5, 12) == 10
    assert o("Australia/Sydney", 2026, 11, 30, 12) == 11
    # US: Mar 8 / Nov 1; EU/UK: Mar 29 / Oct 25 (not used by any case, checked for the README)
    assert o("America/New_York", 2026, 3, 7, 12) == -5 and o("America/New_York", 2026, 3, 9, 12) == -4
    assert o("America/New_York", 2026, 10, 31, 12) == -4 and o("America/New_York", 2026, 11, 2, 12) == -5
    assert o("Europe/London", 2026, 3, 28, 12) == 0 and o("Europe/London", 2026, 3, 30, 12) == 1
    assert o("Europe/London", 2026, 10, 24, 12) == 1 and o("Europe/London", 2026, 10, 26, 12) == 0
    assert o("Europe/Berlin", 2026, 10, 24, 12) == 2 and o("Europe/Berlin", 2026, 10, 26, 12) == 1


def long_date(dt):  # "Tuesday 6 October 2026"
    return f"{WEEKDAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month - 1]} {dt.year}"


def day_month(dt):  # "Tuesday 6 October"
    return f"{WEEKDAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month - 1]}"


def tp_date(dt):  # "Mande 19 Oktoba"
    return f"{TP_WEEKDAYS[dt.weekday()]} {dt.day} {TP_MONTHS[dt.month]}"


def clock(dt, upper=False):  # "10:00am" / "2:30pm"
    h12 = dt.hour % 12 or 12
    s = f"{h12}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"
    return s.upper().replace("AM", " AM").replace("PM", " PM") if upper else s


def iso(dt):
    return dt.isoformat()


def icsdt(dt):  # local wall time for a TZID property
    return dt.strftime("%Y%m%dT%H%M%S")


def icsutc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------------------------------------
# deterministic ids
# ---------------------------------------------------------------------------------------------
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def boundary(*parts):
    return "000000000000" + hx("boundary", *parts, n=16)


def ol_boundary(*parts):
    return "_000_" + hx("olb", *parts, n=28).upper() + "prodoutlookcom_"


def msgid(domain, *parts):
    return f"<{hx('mid', *parts, n=24)}@{domain}>"


def ol_msgid(*parts):
    a = hx("olmid", *parts, n=32).upper()
    return f"<SY4P282MB{a[:20]}@SY4P282MB{a[20:24]}.AUSP282.PROD.OUTLOOK.COM>"


def gcal_msgid(*parts):
    a = hx("gmid", *parts, n=32)
    return f"<calendar-{a[:8]}-{a[8:12]}-{a[12:16]}-{a[16:20]}-{a[20:32]}@google.com>"


def ms_uid(*parts):
    return "040000008200E00074C5B7101A82E00800000000" + hx("msuid", *parts, n=56).upper()


# ---------------------------------------------------------------------------------------------
# MIME writer (hand-rolled so that bytes are fully under control)
# ---------------------------------------------------------------------------------------------
def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ',.()@:;"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def leaf(ctype, body, cte="quoted-printable", extra=()):
    return {"ctype": ctype, "body": body, "cte": cte, "extra": list(extra)}


def multi(sub, bnd, parts):
    return {"multi": sub, "boundary": bnd, "parts": parts}


def _encode(body, cte):
    data = body.encode("utf-8") if isinstance(body, str) else body
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        s = quopri.encodestring(data).decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    s = data.decode("utf-8")
    return s if s.endswith("\n") else s + "\n"


def render_part(p):
    """-> (list of header lines, body text)"""
    if "multi" in p:
        hdrs = [f'Content-Type: multipart/{p["multi"]}; boundary="{p["boundary"]}"']
        out = []
        for sub in p["parts"]:
            sh, sb = render_part(sub)
            out.append(f"--{p['boundary']}\n" + "\n".join(sh) + "\n\n" + sb)
        body = "".join(out) + f"--{p['boundary']}--\n"
        return hdrs, body
    hdrs = [f"Content-Type: {p['ctype']}"] + p["extra"] + [f"Content-Transfer-Encoding: {p['cte']}"]
    return hdrs, _encode(p["body"], p["cte"])


MX_HOSTS = {
    "google": ("mail-sor-f41.google.com", "209.85.220.41"),
    "outlook": ("mail-sy4aus01on2102.outbound.protection.outlook.com", "40.107.107.102"),
}


def email_msg(*, key, frm, to, date, subject, body, cc=None, reply_to=None, sender=None,
              in_reply_to=None, references=None, mid=None, extra=(), relay=None, return_path=None):
    """Return RFC 5322 bytes (CRLF). frm/to/cc are preformatted address strings."""
    dom = frm.split("@")[-1].rstrip(">").strip()
    mid = mid or msgid(dom, key)
    host, ip = relay or (f"mail.{dom}", "203.0.113." + str(int(hx('ip', key, n=4), 16) % 200 + 20))
    recv_dt = date + timedelta(seconds=2 + int(hx("rcv", key, n=2), 16) % 40)
    h = [
        f"Delivered-To: {OWNER}",
        f"Received: from {host} ({host} [{ip}])",
        f"        by mx1.example.com with ESMTPS id {hx('smtp', key, n=12)}",
        f"        for <{OWNER}>; {format_datetime(recv_dt.astimezone(POM))}",
        f"Return-Path: <{return_path or frm.split('<')[-1].rstrip('>')}>",
    ]
    if sender:
        h.append(f"Sender: {sender}")
    h.append(f"From: {frm}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {enc_header(subject)}")
    h.append(f"Date: {format_datetime(date)}")
    h.append(f"Message-ID: {mid}")
    if in_reply_to:
        h.append(f"In-Reply-To: {in_reply_to}")
    if references:
        h.append(f"References: {references}")
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    ph, pb = render_part(body)
    text = "\n".join(h + ph) + "\n\n" + pb
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def alt(key, text, cte_plain="quoted-printable", cte_html="quoted-printable", font=None):
    return multi("alternative", boundary(key, "alt"), [
        leaf('text/plain; charset="UTF-8"', text, cte_plain),
        leaf('text/html; charset="UTF-8"', to_html(text, font or "Arial,Helvetica,sans-serif"), cte_html),
    ])


def plain(text, cte="quoted-printable", flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ("; format=flowed" if flowed else "")
    return leaf(ct, text, cte)


# ---------------------------------------------------------------------------------------------
# iCalendar writer
# ---------------------------------------------------------------------------------------------
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > (75 if not out else 74):
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "West Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:West Pacific Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000", "END:STANDARD",
        "END:VTIMEZONE"],
    "E. Australia Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Australia Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000", "END:STANDARD",
        "END:VTIMEZONE"],
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Australia Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Australia Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
        "END:VTIMEZONE"],
    "Pacific/Port_Moresby": [
        "BEGIN:VTIMEZONE", "TZID:Pacific/Port_Moresby", "X-LIC-LOCATION:Pacific/Port_Moresby",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000", "TZNAME:+10",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}
WIN_TZ = {  # Windows TZID -> IANA zone, used to assert that local wall times are right
    "West Pacific Standard Time": POM,
    "E. Australia Standard Time": BNE,
    "AUS Eastern Standard Time": SYD,
    "W. Australia Standard Time": PER,
    "Pacific/Port_Moresby": POM,
}


def dtprop(name, dt, tzid):
    if tzid == "UTC":
        return f"{name}:{icsutc(dt)}"
    assert dt.tzinfo is WIN_TZ[tzid] or dt.utcoffset() == dt.astimezone(WIN_TZ[tzid]).utcoffset()
    return f"{name};TZID={tzid}:{icsdt(dt.astimezone(WIN_TZ[tzid]))}"


def exchange_ics(*, key, method, uid, seq, start, end, tzid, summary, description, organizer,
                 attendees, location, stamp, status="CONFIRMED", lang="en-AU"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + VTZ[tzid] + ["BEGIN:VEVENT",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, em, role in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{em}")
    L += [f"DESCRIPTION;LANGUAGE={lang}:{ics_text(description)}",
          f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{ics_text(summary)}",
          dtprop("DTSTART", start, tzid), dtprop("DTEND", end, tzid),
          "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
          f"DTSTAMP:{icsutc(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE={lang}:{ics_text(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('owner', key, n=7), 16) * -1}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_text(location)}"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def teams_block(key):
    mid = int(hx("teams", key, n=10), 16) % 900_000_000_000 + 100_000_000_000
    m = f"{mid:,}".replace(",", " ")
    pc = base64.b64encode(bytes.fromhex(hx("pc", key, n=10))).decode()[:6]
    t = hx("thread", key, n=40)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{t}%40thread.v2/0>\n"
            f"Meeting ID: {m}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")


def outlook_when(start, end, label):
    return (f"{WEEKDAYS[start.weekday()]}, {start.day} {MONTHS[start.month - 1]} {start.year} "
            f"{clock(start, True)}-{clock(end, True)} {label}.")


def exchange_invite(*, key, method, seq, uid, organizer, attendees, start, end, tzid, label,
                    subject, intro, sent, location="Microsoft Teams Meeting", teams=True,
                    cc=None):
    """Exchange/Teams invite e-mail: multipart/alternative (plain QP, html QP, text/calendar b64)."""
    when = outlook_when(start, end, label)
    text = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro.strip()}\n\n"
    if teams:
        text += teams_block(key)
    cal = exchange_ics(key=key, method=method, uid=uid, seq=seq, start=start, end=end, tzid=tzid,
                       summary=subject, description=text, organizer=organizer,
                       attendees=[(n, e, "REQ-PARTICIPANT") for n, e in attendees],
                       location=location, stamp=sent,
                       status="CANCELLED" if method == "CANCEL" else "CONFIRMED")
    body = multi("alternative", ol_boundary(key), [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    subj = ("Canceled: " if method == "CANCEL" else "") + subject
    ti = base64.b64encode(bytes.fromhex(hx("ti", key, n=44))).decode()
    return email_msg(
        key=key, frm=addr(*organizer), to=", ".join(addr(n, e) for n, e in attendees),
        cc=cc, date=sent, subject=subj, body=body, mid=ol_msgid(key), relay=MX_HOSTS["outlook"],
        extra=[f"Thread-Topic: {enc_header(subject)}", f"Thread-Index: {ti}",
               "Accept-Language: en-AU, en-US", "Content-Language: en-AU", "X-MS-Has-Attach: ",
               "X-MS-TNEF-Correlator: ", "Content-class: urn:content-classes:calendarmessage",
               "x-ms-publictraffictype: Email",
               f"x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{hx('series', uid, n=24)}"])


def google_ics(*, method, uid, seq, start, end, summary, description, organizer, attendees,
               stamp, created, location="", status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{icsutc(start)}", f"DTEND:{icsutc(end)}", f"DTSTAMP:{icsutc(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, em, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE"
                 f";CN={name};X-NUM-GUESTS=0:mailto:{em}")
    L += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{gmeet(uid)}",
          f"CREATED:{icsutc(created)}", f"DESCRIPTION:{ics_text(description)}",
          f"LAST-MODIFIED:{icsutc(stamp)}", f"LOCATION:{ics_text(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{ics_text(summary)}", "TRANSP:OPAQUE", "END:VEVENT",
          "END:VCALENDAR"]
    return ics_join(L)


def gmeet(seed):
    a = "abcdefghijkmnopqrstuvwxyz"
    v = int(hx("meet", seed, n=16), 16)
    s = ""
    for _ in range(10):
        s += a[v % 25]
        v //= 25
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def g_time_range(start, end):
    def c(dt):
        h12 = dt.hour % 12 or 12
        return f"{h12}{'' if dt.minute == 0 else f':{dt.minute:02d}'}{'am' if dt.hour < 12 else 'pm'}"
    return c(start), c(end)


def google_invite(*, key, uid, seq, organizer, guests, start, end, tzlabel, tzabbr, summary,
                  note, sent, created, updated=False, location=""):
    """Google Calendar invitation: multipart/mixed(alternative(plain b64, html QP, calendar b64), invite.ics)."""
    a, b = g_time_range(start, end)
    dline = f"{WEEKDAYS[start.weekday()]} {MONTHS[start.month - 1][:3]} {start.day}, {start.year} ⋅ {a} – {b}"
    meet = gmeet(uid)
    eid = base64.b64encode(f"{hx('eid', uid, n=26)} {OWNER}".encode()).decode().rstrip("=")
    guest_lines = "\n".join(f"{n}{' - organizer' if e == organizer[1] else ''}\n{e}" if n != e else e
                            for n, e in guests)
    head = "This event has been updated\nChanged: time\n\n" if updated else ""
    text = (f"{head}{summary}\n{dline}\n{tzlabel}\n\n"
            + (f"Location\n{location}\n\n" if location else "")
            + f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n(AU) +61 2 9051 {int(hx('ph', uid, n=4), 16) % 9000 + 1000}\n"
            f"PIN: {int(hx('pin', uid, n=8), 16) % 900000000 + 100000000}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_lines}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"{note.strip()}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, "
            "be added to the guest list, invite others regardless of their own invitation status, or "
            "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    cal = google_ics(method="REQUEST", uid=uid, seq=seq, start=start, end=end, summary=summary,
                     description=note.strip() + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Join with Google Meet: https://meet.google.com/{meet}\n"
                     "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
                     organizer=organizer,
                     attendees=[(n, e, "ACCEPTED" if e == organizer[1] else "NEEDS-ACTION") for n, e in guests],
                     stamp=sent, created=created, location=location)
    body = multi("mixed", boundary(key, "mixed"), [
        multi("alternative", boundary(key, "galt"), [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
            leaf('text/html; charset="UTF-8"', to_html(text, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    word = "Updated invitation" if updated else "Invitation"
    subj = (f"{word}: {summary} @ {WEEKDAYS[start.weekday()][:3]} {MONTHS[start.month - 1][:3]} "
            f"{start.day}, {start.year} {a} - {b} ({tzabbr}) ({OWNER})")
    return email_msg(key=key, frm=addr(*organizer), to=OWNER, date=sent.astimezone(UTC), subject=subj,
                     body=body, mid=gcal_msgid(key), reply_to=addr(*organizer),
                     sender="Google Calendar <calendar-notification@google.com>",
                     relay=MX_HOSTS["google"],
                     return_path=f"{hx('rp', key, n=20)}@calendar-server.bounces.google.com")


# ---------------------------------------------------------------------------------------------
# case registry
# ---------------------------------------------------------------------------------------------
CASES = []


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def case(slug, items, interviews, difficulty, category, notes):
    n = len(CASES) + 1
    cid = f"b340-{n:02d}-{slug}"
    for i, (name, _) in enumerate(items, 1):
        assert name.startswith(f"{i:02d}-"), (cid, name)
        assert name.endswith((".eml", ".ics", ".gcal.json")), name
    label = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
             "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}
    CASES.append((cid, items, label))
    return n


# ---------------------------------------------------------------------------------------------
# people and companies (invented; .example domains)
# ---------------------------------------------------------------------------------------------
GRACE = (OWNER_NAME, OWNER)
HIRI = "hirilng.example"
DORCAS = ("Dorcas Tau", f"dorcas.tau@{HIRI}")
PETER = ("Peter Vagi", f"peter.vagi@{HIRI}")
NAOMI = ("Naomi Geno", f"naomi.geno@{HIRI}")
IAN = ("Ian Morea", f"ian.morea@{HIRI}")
CSM = "coralseams.example"
KYLIE = ("Kylie Brennan", f"kylie.brennan@{CSM}")
MARK = ("Mark Dwyer", f"mark.dwyer@{CSM}")
CRAIG = ("Craig Moloney", f"craig.moloney@{CSM}")
MVF = "markhamfreight.example"
JOE = ("Joe Wakias", f"joe.wakias@{MVF}")
RHODA = ("Rhoda Sapu", f"rhoda.sapu@{MVF}")
SRG = "sepikridgegold.example"
LYNETTE = ("Lynette Aisi", f"lynette.aisi@{SRG}")
TONY = ("Tony Kaupa", f"tony.kaupa@{SRG}")
RUTH = ("Ruth Pomat", f"ruth.pomat@{SRG}")
KEVIN = ("Kevin Yalu", f"kevin.yalu@{SRG}")
ESTHER = ("Esther Kiki", f"esther.kiki@{SRG}")
HBL = "harbourline.example"
CHLOE = ("Chloe Nguyen", f"chloe.nguyen@{HBL}")
DANIEL = ("Daniel Whitford", f"daniel.whitford@{HBL}")
FIONA = ("Fiona Reddy", f"fiona.reddy@{HBL}")
PWR = "pilbarawest.example"
SHARON = ("Sharon Pike", f"sharon.pike@{PWR}")
BRADLEY = ("Bradley Coombs", f"bradley.coombs@{PWR}")

check_offsets()


# =============================================================================================
# CASES 01-12
# =============================================================================================
def c01():
    sent = at(POM, 2026, 10, 1, 14, 22, wd="Thursday", off=10)
    s = at(POM, 2026, 10, 6, 10, 0, wd="Tuesday", off=10)
    e = s + timedelta(minutes=30)
    text = f"""Dear Ms Kila,

RE: APPLICATION FOR THE POSITION OF HSE ADVISOR (REF: HLS-2026-041)

Thank you for your application for the above position. Please be advised that you have been
shortlisted for an interview.

The first stage is a short telephone interview, which I will conduct myself. The details are:

  Date:  {long_date(s)}
  Time:  {clock(s)} - {clock(e)} (Port Moresby time)
  Mode:  Telephone - I will call you on the mobile number given in your application
         (ending 4418).

I will ask about your HSE experience to date, your current notice period, and whether you are
able to travel to our Caution Bay operations from time to time. Please keep your CV with you.

Should this time not suit you, kindly reply to this email before close of business on
{long_date(s - timedelta(days=1))} so that we can arrange another slot.

Yours sincerely,

Dorcas Tau
HR Officer - Recruitment
Hiri LNG Services Ltd
Section 20, Allotment 14, Champion Parade, Port Moresby NCD
T: +675 321 4460 | E: {DORCAS[1]}
"""
    m = email_msg(key="c01", frm=addr(*DORCAS), to=addr(*GRACE), date=sent,
                  subject="HSE Advisor (Ref: HLS-2026-041) - Shortlisted for Telephone Interview",
                  body=plain(text, "quoted-printable"))
    case("hiri-lng-phone-screen-body-only", [("01-hiri-shortlisted-phone-interview.eml", m)],
         [iv("Hiri LNG Services", "HSE Advisor", s, e, "scheduled", [DORCAS[1]], [DORCAS[1]], "phone_screen")],
         "easy", "positive/email-body-only",
         "HR officer's PNG-English shortlisting letter; she conducts the 30-minute phone interview herself. "
         "Time only in the plain-text body (Port Moresby, UTC+10).")


def c02():
    sent = at(POM, 2026, 10, 3, 6, 0, wd="Saturday", off=10)
    text = """Hi Grace,

7 new jobs match your alert "HSE Officer" in Port Moresby, Lae and FIFO (PNG).

1. HSE Officer - Terminal Operations
   Kumul Bulk Terminals - Port Moresby (NCD) - K95,000 - K110,000
   Closing 16 Oct. Shortlisted applicants will be interviewed in the week of 26 October.

2. Safety Coordinator (Warehouse & Fleet)
   Nadzab Cold Chain Ltd - Lae, Morobe
   Walk-in interviews this Saturday from 9:00am at our Malaita Street depot - bring your CV.

3. HSE Advisor - FIFO 4:2
   Confidential mining client - Western Province (FIFO ex Port Moresby)
   Posted 2 days ago

4. Environmental & Safety Officer
   Gulf Agro Oils - Kerema, Gulf Province
   Posted 3 days ago

5. Senior HSE Officer - Construction
   Highlands Road Builders - Mt Hagen, WHP
   Closing 9 Oct

6. Fire & Safety Trainer
   Pacific Emergency Services - Port Moresby
   Posted today

7. OHS Officer (Contract, 12 months)
   Lae City Authority - Lae, Morobe
   Posted today

Want more interviews? Upgrade to PNGJobsHub Premium and your profile is shown first to employers.

You are receiving this alert because you created it on PNGJobsHub.
Manage alerts: https://www.pngjobshub.example/alerts   Unsubscribe: https://www.pngjobshub.example/u/5f1c2a
PNGJobsHub, PO Box 1121, Boroko NCD, Papua New Guinea
"""
    m = email_msg(key="c02", frm=addr("PNGJobsHub Alerts", "alerts@pngjobshub.example"), to=OWNER,
                  date=sent, subject="7 new HSE jobs in Port Moresby, Lae & FIFO matching \"HSE Officer\"",
                  body=alt("c02", text, "quoted-printable", "quoted-printable"),
                  extra=["List-Unsubscribe: <https://www.pngjobshub.example/u/5f1c2a>",
                         "Precedence: bulk"])
    case("png-job-board-alert", [("01-pngjobshub-hse-alert.eml", m)], [], "easy", "negative/job-alert",
         "Job board digest; mentions interview weeks and walk-in interviews for other people. No interview for the user.")


def c03():
    sent = at(BNE, 2026, 10, 5, 9, 12, wd="Monday", off=10)
    s1 = at(BNE, 2026, 10, 7, 11, 0, wd="Wednesday", off=10)
    e1 = s1 + timedelta(minutes=20)
    s2 = at(BNE, 2026, 10, 12, 14, 0, wd="Monday", off=10)
    e2 = s2 + timedelta(hours=1)
    assert s1.utcoffset() == s1.astimezone(POM).utcoffset()  # Brisbane = Port Moresby clock
    role = "HSE Advisor - FIFO (PNG Projects)"
    text = f"""Hi Grace,

Great to connect on LinkedIn last week. I've been through your CV with the project team and we'd
love to move you forward for the HSE Advisor - FIFO (PNG Projects) role.

I've locked in two conversations for you:

1) Phone screen with me - {day_month(s1)}, 11:00-11:20am AEST.
   A quick 20-minute chat about your background, roster preferences and salary expectations.
   I'll ring your mobile.

2) Technical interview with Mark Dwyer, our HSE Superintendent ({MARK[1]}) -
   {day_month(s2)}, 2:00-3:00pm AEST on Teams.
   Mark will run through a couple of incident-investigation scenarios and ask about contractor
   management and permit-to-work on remote sites. A Teams invite will follow separately.

Both times are Brisbane time. Queensland doesn't do daylight saving, so we're on the same clock
as Port Moresby - no maths required!

If either slot doesn't work, just hit reply and I'll shuffle things around.

Cheers,
Kylie

Kylie Brennan
Talent Acquisition Partner | Coral Sea Mining Services
Level 9, 140 Eagle Terrace, Brisbane QLD 4000
M +61 412 558 306 | {KYLIE[1]}
"""
    m1 = email_msg(key="c03a", frm=addr(*KYLIE), to=addr(*GRACE), date=sent,
                   subject="Coral Sea Mining Services - HSE Advisor (FIFO, PNG Projects): your interviews",
                   body=alt("c03a", text, "quoted-printable", "base64"))
    inv_sent = at(BNE, 2026, 10, 5, 9, 41, off=10)
    intro = f"""Hi Grace and Mark,

Teams link below for Grace's technical interview. Mark - CV and the two scenario packs are in the
PNG Projects hiring folder. I won't be joining, so please send your notes through to me after.

Kylie"""
    m2 = exchange_invite(key="c03b", method="REQUEST", seq=0, uid=ms_uid("c03b"), organizer=KYLIE,
                         attendees=[MARK, GRACE], start=s2, end=e2, tzid="E. Australia Standard Time",
                         label="(UTC+10:00) Brisbane",
                         subject="Technical Interview - Grace Kila - HSE Advisor (FIFO PNG)",
                         intro=intro, sent=inv_sent)
    case("coral-sea-screen-and-technical", [("01-kylie-two-interviews.eml", m1),
                                            ("02-teams-invite-technical.eml", m2)],
         [iv("Coral Sea Mining Services", role, s1, e1, "scheduled", [KYLIE[1]], [KYLIE[1]], "phone_screen"),
          iv("Coral Sea Mining Services", role, s2, e2, "scheduled", [MARK[1]], [MARK[1]], "technical")],
         "medium", "positive/two-interviews",
         "Brisbane recruiter books a 20-min phone screen (she calls) and a Teams technical with the HSE "
         "Superintendent; the Teams invite duplicates the second one. AEST = PNG time (no DST in QLD); "
         "Outlook label '(UTC+10:00) Brisbane'. Kylie organizes the technical but does not join.")


def c04():
    sent = at(POM, 2026, 10, 6, 21, 14, wd="Tuesday", off=10)
    died = at(POM, 2026, 10, 4, wd="Sunday")
    wed = at(POM, 2026, 10, 7, wd="Wednesday")
    thu = at(POM, 2026, 10, 8, 14, 0, wd="Thursday")
    sat = at(POM, 2026, 10, 10, 10, 0, wd="Saturday")
    text = f"""Gude olgeta famili na wantok,

Wantaim bel hevi tru mi laik toksave olsem Lapun Papa bilong yumi, Willie Kila, i dai long
{tp_date(died)} long Port Moresby General Hospital. Em i bin sik longpela taim.

Haus krai i stap long haus bilong Anti Josephine long Gerehu Stage 6, Allotment 22.
Olgeta i ken kam stat long {tp_date(wed)} i go inap long Fraide.

{tp_date(thu)} long 2 klok long apinun bai yumi holim lotu long haus krai wantaim Pastor Aaron.
Funeral service bai stap long {tp_date(sat)} long 10 klok long moning long United Church Gerehu,
na bihain yumi go planim em long 9-Mile simetri.

Plis helpim long kaikai, tarpaulin na liklik moni sapos yu inap. Ol contribution i ken go long
Uncle Ben (7190 2234).

Grace - yu inap kam long Fonde na helpim mipela long redim kaikai?

Tenkyu tru na God i blesim yu olgeta.
Maria
"""
    m = email_msg(key="c04", frm=addr("Maria Kila", "maria.kila77@pngmail.example"),
                  to=addr("Kila Wantoks", "kila-wantoks@groups.pngmail.example"), cc=OWNER, date=sent,
                  subject="Sori tru - haus krai bilong Lapun Papa Willie Kila",
                  body=plain(text, "8bit"))
    case("haus-krai-notice", [("01-haus-krai-toksave.eml", m)], [], "easy", "negative/personal-event",
         "Tok Pisin haus krai (funeral gathering) notice with several dated times (Fonde 2 klok, Sarere 10 klok). Not a job interview.")


def c05():
    sent = at(POM, 2026, 10, 7, 15, 30, wd="Wednesday", off=10)
    due = at(POM, 2026, 10, 12, 17, 0, wd="Monday", off=10)
    text = f"""Dear Grace,

Thank you for taking part in the telephone screening on Tuesday. We are pleased to invite you to
the next step of our selection process for the HSE Advisor role: an online psychometric
assessment.

The assessment has three parts:
  - Numerical reasoning (18 minutes, timed)
  - Verbal reasoning (19 minutes, timed)
  - Workplace behaviour questionnaire (untimed, around 25 minutes)

You may complete it at any time before {long_date(due)}, {clock(due)} Port Moresby time, using a
laptop with a stable internet connection. A timed section cannot be paused once it begins.

Start here: https://assess.talentq-online.example/hls/start?c=HLS-GK-4471
Candidate code: HLS-GK-4471

Do the practice questions first. If the power or internet drops out during a timed section,
email us straight away and we will reset your link. A calculator and some scrap paper are all
you need.

Kind regards,

Recruitment Team
Hiri LNG Services Ltd
"""
    m = email_msg(key="c05", frm=addr("Hiri LNG Services Recruitment", f"recruitment@{HIRI}"),
                  to=addr(*GRACE), reply_to=addr(*DORCAS), date=sent,
                  subject="Next step: online psychometric assessment - HSE Advisor (HLS-2026-041)",
                  body=alt("c05", text, "base64", "quoted-printable"))
    case("hiri-psychometric-test", [("01-psychometric-assessment-link.eml", m)], [], "medium",
         "negative/assessment",
         "Online psychometric test with a deadline (Mon 12 Oct 5pm); a selection step but not a live interview.")


def c06():
    sent = at(POM, 2026, 10, 8, 16, 2, wd="Thursday", off=10)
    s = at(POM, 2026, 10, 12, 7, 0, wd="Monday", off=10)
    e = at(POM, 2026, 10, 12, 9, 0, off=10)
    jacob = ("Jacob Lakui", "jacob.lakui@fht.example")
    samuel = ("Samuel Gware", "samuel.gware@fht.example")
    intro = """Grace, Jacob,

Hornibrook Civil are mobilising 14 workers on Monday for the Berth 3 fender replacement. Please
run the full site induction before anyone is issued a gate pass:
  - Grace: site rules, JSA and permit-to-work, working over water, PPE check
  - Jacob: sign-in register, induction quiz and ID cards

I'll come in around 8:30 for questions with their supervisor. Please print 20 copies of the
induction booklet (Rev 7) - the old Rev 6 copies in the cupboard must be thrown out.

Samuel Gware
Site HSE Manager | Fairfax Harbour Terminals Ltd"""
    m = exchange_invite(key="c06", method="REQUEST", seq=0, uid=ms_uid("c06"), organizer=samuel,
                        attendees=[GRACE, jacob], start=s, end=e, tzid="West Pacific Standard Time",
                        label="(UTC+10:00) Guam, Port Moresby",
                        subject="HSE Site Induction - Hornibrook Civil crew (Berth 3 upgrade)",
                        intro=intro, sent=sent,
                        location="Training Room, Admin Block - Fairfax Harbour Terminal", teams=False)
    case("current-site-hse-induction", [("01-outlook-hse-induction.eml", m)], [], "medium",
         "negative/internal-meeting",
         "Exchange invite from her current employer: she delivers an HSE induction to a contractor crew. Internal work meeting.")


def c07():
    sent = at(POM, 2026, 10, 9, 18, 40, wd="Friday", off=10)
    s = at(POM, 2026, 10, 19, 14, 0, wd="Monday", off=10)
    e = s + timedelta(minutes=30)
    text = f"""Gude Grace,

Mi Tony Kaupa, Site HSE Superintendent long Wamuk Gold Project. Lynette long HR i salim CV bilong
yu i kam long mi. Mi laik toktok wantaim yu long fon pastaim - em i first interview bilong
Senior HSE Officer (FIFO) position long site.

Taim: {tp_date(s)} long 2 klok long apinun (Port Moresby taim)
Bai mi ringim yu long namba i stap long CV bilong yu. Toktok bai kisim 30 minit samting.

Mi laik harim long wok yu mekim pinis long contractor safety, incident investigation na ol
toolbox talk. Mi bai askim tu long FIFO - yu inap stap long site 4 wik na go bek long taun 2 wik?

Network long site i no strong tumas long apinun. Sapos lain i bruk, bai mi ringim yu gen.

Lukim yu,
Tony

Tony Kaupa
Site HSE Superintendent - Wamuk Gold Project
Sepik Ridge Gold Ltd | Site office +675 457 1120
"""
    mid1 = msgid(SRG, "c07a")
    m1 = email_msg(key="c07a", frm=addr(*TONY), to=addr(*GRACE), cc=addr(*LYNETTE), date=sent,
                   subject="Senior HSE Officer (FIFO) - toktok long fon / phone interview",
                   body=plain(text, "quoted-printable"), mid=mid1)
    reply_dt = at(POM, 2026, 10, 10, 8, 12, wd="Saturday", off=10)
    text2 = f"""Gude Tony,

Tenkyu tru long email bilong yu. {tp_date(s)} long 2 klok long apinun em i orait long mi.
My mobile is 7204 4418 (Digicel). If the line drops I will stay by the phone.

Lukim yu long Mande.
Grace

On Fri, 9 Oct 2026 at 6:40 PM Tony Kaupa <{TONY[1]}> wrote:
> Gude Grace,
> Mi Tony Kaupa, Site HSE Superintendent long Wamuk Gold Project. ...
"""
    m2 = email_msg(key="c07b", frm=addr(*GRACE), to=addr(*TONY), cc=addr(*LYNETTE), date=reply_dt,
                   subject="Re: Senior HSE Officer (FIFO) - toktok long fon / phone interview",
                   body=plain(text2, "8bit", flowed=True), in_reply_to=mid1, references=mid1,
                   relay=("mail.example.com", "192.0.2.44"))
    case("sepik-ridge-site-phone-screen-tokpisin", [("01-tony-toktok-long-fon.eml", m1),
                                                    ("02-grace-reply-orait.eml", m2)],
         [iv("Sepik Ridge Gold", "Senior HSE Officer (FIFO)", s, e, "scheduled", [TONY[1]], [TONY[1]], "phone_screen")],
         "medium", "positive/tok-pisin-body",
         "Site superintendent writes in Tok Pisin: 'Mande 19 Oktoba long 2 klok long apinun', 30 minit. "
         "Recruiter only cc'd. Candidate confirms in reply.")


def c08():
    sent = at(POM, 2026, 10, 14, 17, 5, wd="Wednesday", off=10)
    s = at(POM, 2026, 10, 15, 10, 0, wd="Thursday", off=10)  # "tumora long 10 klok long moning"
    assert (s.date() - sent.date()).days == 1
    e = s + timedelta(minutes=30)
    text = """Gude Grace,

Tenkyu long CV bilong yu long wok HSE Coordinator long Markham Valley Freight. Mi ritim pinis na
mi laikim tru experience bilong yu long port na long ol truck.

Mi laik mekim liklik intaviu wantaim yu long fon tumora long 10 klok long moning. Em bai kisim
30 minit samting. Mi yet bai ringim yu.

Mipela i gat 38 truck na tupela depot (Lae na Nadzab). Mi laik save olsem wanem yu bai lukautim
safety bilong ol draiva long Highlands Highway, na ol forklift long warehouse.

Sapos taim i no orait long yu, salim SMS long mi long 7345 0912.

Tenkyu tru,
Joe Wakias
Managing Director
Markham Valley Freight Ltd - Voco Point, Lae
"""
    mid1 = msgid(MVF, "c08a")
    m1 = email_msg(key="c08a", frm=addr(*JOE), to=OWNER, date=sent,
                   subject="HSE Coordinator wok - intaviu", body=plain(text, "8bit"), mid=mid1)
    reply_dt = at(POM, 2026, 10, 14, 19, 32, off=10)
    text2 = f"""Gude Joe,

Tenkyu tru. Tumora long 10 klok em i orait tru. Bai mi wetim kol bilong yu.

Grace Kila

-----Original Message-----
From: Joe Wakias <{JOE[1]}>
Sent: {format_datetime(sent)}
Subject: HSE Coordinator wok - intaviu
"""
    m2 = email_msg(key="c08b", frm=addr(*GRACE), to=addr(*JOE), date=reply_dt,
                   subject="RE: HSE Coordinator wok - intaviu", body=plain(text2, "base64"),
                   in_reply_to=mid1, references=mid1, relay=("mail.example.com", "192.0.2.44"))
    case("markham-freight-tumora-tokpisin", [("01-joe-intaviu-tumora.eml", m1),
                                             ("02-grace-orait.eml", m2)],
         [iv("Markham Valley Freight", "HSE Coordinator", s, e, "scheduled", [JOE[1]], [JOE[1]], "phone_screen")],
         "hard", "positive/relative-date",
         "Lae business owner, Tok Pisin only: 'tumora long 10 klok long moning' resolved against the Date "
         "header (Wed 14 Oct 17:05 +1000) -> Thu 15 Oct 10:00 +10:00, 30 minit.")


def c09():
    sent = at(POM, 2026, 10, 11, 20, 5, wd="Sunday", off=10)
    s = at(POM, 2026, 10, 17, 15, 0, wd="Saturday", off=10)
    e = at(POM, 2026, 10, 17, 17, 30, off=10)
    miriam = ("Miriam Tamarua", "miriam.tamarua@gerehuuc.example")
    kevinp = ("Kevin Paru", "kevin.paru@pngmail.example")
    note = f"""Gude ol youth leader,

{tp_date(s)} em i Career Night bilong Youth Fellowship. Planti Grade 12 school leavers bai kam.

Grace - yu wantaim Brata Kevin bai lukautim ol practice job interview (mock interview), 10 minit
long wanpela wanpela, na givim feedback long ol. Mi bai printim ol question sheet na CV template.

Yumi stat long prea na singsing long 3 klok. Plis kam wantaim Baibel na wanpela plet kaikai long
sharim bihain.

God i blesim yu,
Miriam"""
    m = google_invite(key="c09", uid=f"{hx('uid', 'c09', n=26)}@google.com", seq=0, organizer=miriam,
                      guests=[miriam, kevinp, (OWNER, OWNER)], start=s, end=e,
                      tzlabel="Papua New Guinea Time", tzabbr="PGT",
                      summary="Youth Fellowship - Career Night: CV help & practice job interviews",
                      note=note, sent=sent, created=sent, location="United Church Hall, Gerehu Stage 2")
    case("church-youth-fellowship-career-night", [("01-invitation-youth-career-night.eml", m)], [],
         "medium", "negative/mock-interview",
         "Google invite for a church youth fellowship evening where Grace runs practice (mock) job interviews for school leavers.")


def c10():
    uid = f"{hx('uid', 'c10', n=26)}@google.com"
    created = at(POM, 2026, 10, 12, 11, 3, wd="Monday", off=10)
    s0 = at(POM, 2026, 10, 20, 9, 0, wd="Tuesday", off=10)
    s = at(POM, 2026, 10, 22, 13, 30, wd="Thursday", off=10)
    e = s + timedelta(hours=1)
    summary = "Hiri LNG Services - Technical Interview: HSE Advisor (Grace Kila)"
    loc = "Hiri LNG Services, Level 4 Boardroom, Champion Parade, Port Moresby"
    note = """Dear Grace,

Thank you for completing the psychometric assessment. This invitation is for your technical
interview for the HSE Advisor position with Mr Peter Vagi, HSE Manager.

I will meet you at reception and make the introductions, but I will not be sitting in.
Please bring your original certificates (Cert IV in WHS and your Diploma) and the names of two
referees. Mr Vagi will ask you to talk through an incident investigation you have led.

Dorcas Tau, HR Officer"""
    m1 = google_invite(key="c10a", uid=uid, seq=0, organizer=DORCAS, guests=[DORCAS, PETER, (OWNER, OWNER)],
                       start=s0, end=s0 + timedelta(hours=1), tzlabel="Papua New Guinea Time", tzabbr="PGT",
                       summary=summary, note=note, sent=created, created=created, location=loc)
    sent2 = at(POM, 2026, 10, 16, 8, 40, wd="Friday", off=10)
    text2 = f"""Dear Grace,

Please be advised that Mr Vagi has been called out to Caution Bay for an incident review on
Tuesday and will only be back in town on Wednesday night. We therefore need to move your
technical interview.

The new time is {long_date(s)} at {clock(s)}, same venue (Level 4 Boardroom), still one hour.
I have updated the calendar invitation - kindly accept the new time when it comes through.

Apologies for the short notice.

Regards,

Dorcas Tau
HR Officer - Recruitment | Hiri LNG Services Ltd
"""
    m2 = email_msg(key="c10b", frm=addr(*DORCAS), to=addr(*GRACE), cc=addr(*PETER), date=sent2,
                   subject="Change of date - Technical Interview, HSE Advisor",
                   body=plain(text2, "quoted-printable"))
    sent3 = at(POM, 2026, 10, 16, 8, 52, off=10)
    m3 = google_invite(key="c10c", uid=uid, seq=1, organizer=DORCAS, guests=[DORCAS, PETER, (OWNER, OWNER)],
                       start=s, end=e, tzlabel="Papua New Guinea Time", tzabbr="PGT", summary=summary,
                       note=note, sent=sent3, created=created, location=loc, updated=True)
    case("hiri-lng-technical-rescheduled", [("01-invitation-technical.eml", m1),
                                            ("02-dorcas-change-of-date.eml", m2),
                                            ("03-updated-invitation-technical.eml", m3)],
         [iv("Hiri LNG Services", "HSE Advisor", s, e, "scheduled", [PETER[1]], [PETER[1]], "technical")],
         "medium", "positive/reschedule",
         "Google invite Tue 20 Oct 9am, then e-mail + updated invite (same UID, SEQUENCE 1) moving it to "
         "Thu 22 Oct 1:30-2:30pm. HR officer organizes but does not sit in.")


def c11():
    sent = at(SYD, 2026, 10, 13, 16, 20, wd="Tuesday", off=11)
    s = at(SYD, 2026, 10, 21, 10, 0, wd="Wednesday", off=11)
    e = s + timedelta(hours=1)
    assert s.astimezone(POM).hour == 9
    role = "Senior HSE Advisor - Infrastructure (PNG & Pacific)"
    text = f"""Hi Grace,

Thanks for your time on the phone last Thursday - Daniel enjoyed reading your write-up on the
wharf demolition job.

We'd like to invite you to a technical interview with Daniel Whitford, Principal HSE Engineer,
on {day_month(s)} from 10:00 to 11:00am Sydney time. A heads-up on the time difference: NSW
went onto daylight saving on Sunday 4 October, so Sydney is now an hour ahead of Port Moresby -
the interview starts at 9:00am your time.

Daniel will cover safety-in-design reviews, managing subcontractors on marine and civil works,
and how you would set up the HSE management plan for a new bridge project in Morobe Province.
No presentation is needed.

A Teams invite is on its way. I'll open the meeting and introduce you both, then leave you to it.

Kind regards,
Chloe

Chloe Nguyen | Senior Talent Acquisition Advisor
Harbourline Engineering Pty Ltd | Level 14, 88 Barrack Street, Sydney NSW 2000
"""
    m1 = email_msg(key="c11a", frm=addr(*CHLOE), to=addr(*GRACE), date=sent,
                   subject=f"Harbourline Engineering | Technical interview - {role}",
                   body=alt("c11a", text, "quoted-printable", "quoted-printable"))
    inv_sent = at(SYD, 2026, 10, 13, 16, 31, off=11)
    intro = """Grace - Teams details for your technical interview with Daniel.

Please join five minutes early to test your audio. If the video struggles on your connection,
switch to audio-only and keep your camera off - Daniel is fine with that.

Chloe"""
    m2 = exchange_invite(key="c11b", method="REQUEST", seq=0, uid=ms_uid("c11b"), organizer=CHLOE,
                         attendees=[DANIEL, GRACE], start=s, end=e, tzid="AUS Eastern Standard Time",
                         label="(UTC+10:00) Canberra, Melbourne, Sydney",
                         subject="Harbourline - Technical Interview - Grace Kila", intro=intro, sent=inv_sent)
    case("harbourline-technical-sydney-dst", [("01-chloe-technical-interview.eml", m1),
                                              ("02-teams-invite-technical.eml", m2)],
         [iv("Harbourline Engineering", role, s, e, "scheduled", [DANIEL[1]], [DANIEL[1]], "technical")],
         "hard", "positive/outlook-teams-dst",
         "Sydney on AEDT (+11) since Sun 4 Oct 2026; Outlook label still says '(UTC+10:00) Canberra, Melbourne, "
         "Sydney'. 10:00 Sydney = 09:00 Port Moresby. Recruiter introduces and leaves.")


def c12():
    sent = at(POM, 2026, 10, 22, 10, 5, wd="Thursday", off=10)
    d = dict(wd="Thursday", off=10)
    p1s, p1e = at(POM, 2026, 10, 29, 8, 30, **d), at(POM, 2026, 10, 29, 9, 30, **d)
    p2s, p2e = at(POM, 2026, 10, 29, 9, 45, **d), at(POM, 2026, 10, 29, 10, 30, **d)
    p3s, p3e = at(POM, 2026, 10, 29, 10, 30, **d), at(POM, 2026, 10, 29, 11, 0, **d)
    role = "Senior HSE Officer (FIFO) - Wamuk Gold Project"
    text = f"""Dear Grace,

Following your telephone interview with Mr Tony Kaupa, I am pleased to advise that you have been
shortlisted for a panel interview for the position of {role}.

Date:   {long_date(p1s)}
Venue:  Sepik Ridge Gold Ltd, Level 2, Waigani Central, Port Moresby
Please report to reception by 8:15am.

The panel runs in three back-to-back sessions and you will receive a separate calendar
invitation for each one:

  08:30 - 09:30  HSE technical - Ms Ruth Pomat (Group HSE Manager) and Mr Tony Kaupa
                 (Site HSE Superintendent, joining on Teams from Wamuk)
  09:45 - 10:30  Operations and leadership - Mr Kevin Yalu (Mine Operations Manager)
  10:30 - 11:00  FIFO roster, camp life and conditions - Ms Esther Kiki (HR Superintendent)

Please bring your original certificates, your police clearance if you have one, and the names
and contact details of two referees (one should be your current supervisor).

Kind regards,

Lynette Aisi
Recruitment Advisor | Sepik Ridge Gold Ltd
P: +675 302 7781
"""
    mid1 = msgid(SRG, "c12a")
    m1 = email_msg(key="c12a", frm=addr(*LYNETTE), to=addr(*GRACE), date=sent,
                   subject=f"Shortlisted - Panel Interview - {role}",
                   body=alt("c12a", text, "quoted-printable", "base64"), mid=mid1)
    loc = "Boardroom, Level 2, Waigani Central, Port Moresby"
    sessions = [
        ("c12b", p1s, p1e, [RUTH, TONY], "Panel Interview (1 of 3) - HSE Technical - Grace Kila",
         "Session 1 of your panel. Tony will dial in from the Wamuk site office on Teams; Ruth will be in the boardroom with you.", True,
         at(POM, 2026, 10, 22, 10, 20, off=10)),
        ("c12c", p2s, p2e, [KEVIN], "Panel Interview (2 of 3) - Operations & Leadership - Grace Kila",
         "Session 2 with Kevin Yalu, Mine Operations Manager. There will be a 15-minute tea break before this session.", False,
         at(POM, 2026, 10, 22, 10, 22, off=10)),
        ("c12d", p3s, p3e, [ESTHER], "Panel Interview (3 of 3) - FIFO & Conditions - Grace Kila",
         "Session 3 with Esther Kiki, HR Superintendent: roster, charter flights, camp rules, medicals and pay.", False,
         at(POM, 2026, 10, 22, 10, 25, off=10)),
    ]
    items = [("01-lynette-shortlisted-panel.eml", m1)]
    for i, (k, a, b, people, subj, intro, teams, st) in enumerate(sessions, 2):
        mm = exchange_invite(key=k, method="REQUEST", seq=0, uid=ms_uid(k), organizer=LYNETTE,
                             attendees=people + [GRACE], start=a, end=b, tzid="West Pacific Standard Time",
                             label="(UTC+10:00) Guam, Port Moresby", subject=subj,
                             intro=intro + "\n\nLynette Aisi | Recruitment Advisor", sent=st,
                             location=(loc + "; Microsoft Teams Meeting") if teams else loc, teams=teams)
        items.append((f"{i:02d}-invite-panel-session-{i - 1}.eml", mm))
    q_dt = at(POM, 2026, 10, 22, 19, 48, off=10)
    q_text = f"""Dear Lynette,

Thank you - I confirm I will attend on Thursday 29 October. I have a few FIFO questions before
the panel, if that is OK:

1. Is the roster 4 weeks on / 2 weeks off, or 3/1 for the Senior HSE Officer role?
2. Do the charter flights to site leave from Jacksons in Port Moresby, or would I need to get
   myself to Wewak or Vanimo first?
3. Are the travel days counted as paid work days?
4. Is there mobile coverage or wifi at camp? I have two young children and need to call home.

Many thanks,
Grace Kila
"""
    mid5 = msgid("example.com", "c12e")
    m5 = email_msg(key="c12e", frm=addr(*GRACE), to=addr(*LYNETTE), date=q_dt,
                   subject=f"RE: Shortlisted - Panel Interview - {role}", body=plain(q_text, "quoted-printable"),
                   in_reply_to=mid1, references=mid1, mid=mid5, relay=("mail.example.com", "192.0.2.44"))
    a_dt = at(POM, 2026, 10, 23, 8, 15, wd="Friday", off=10)
    a_text = """Morning Grace,

Esther will go through all of this in session 3, but quickly:

1. 4/2 for this role (28 days on, 14 off), 12-hour day shift.
2. Our charter leaves the Jacksons domestic terminal every second Tuesday at 6:00am - you do not
   need to get to Wewak or Vanimo yourself.
3. Yes, travel days are paid.
4. Digicel coverage is patchy, but camp wifi works in the wet mess and in the rooms after 6pm.

Tony asked me to pass on: "Tenkyu long ol gutpela askim. Lukim yu long Fonde!"

Regards,
Lynette
"""
    m6 = email_msg(key="c12f", frm=addr(*LYNETTE), to=addr(*GRACE), date=a_dt,
                   subject=f"RE: Shortlisted - Panel Interview - {role}", body=plain(a_text, "quoted-printable"),
                   in_reply_to=mid5, references=f"{mid1} {mid5}")
    items += [("05-grace-fifo-questions.eml", m5), ("06-lynette-fifo-answers.eml", m6)]
    case("sepik-ridge-panel-three-invites", items,
         [iv("Sepik Ridge Gold", role, p1s, p3e, "scheduled",
             [RUTH[1], TONY[1], KEVIN[1], ESTHER[1]], [RUTH[1], TONY[1], KEVIN[1], ESTHER[1]], "onsite")],
         "hard", "positive/onsite-loop",
         "Mining panel on one day sent as three Exchange invites (08:30-09:30, 09:45-10:30, 10:30-11:00, "
         "West Pacific Standard Time) plus a FIFO Q&A thread; one onsite interview 08:30-11:00 with all four "
         "interviewers. Recruiter only coordinates; 'report by 8:15am' is not the start.")


for _f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12):
    _f()


# =============================================================================================
# CASES 13-23
# =============================================================================================
def c13():
    sent = at(POM, 2026, 10, 21, 11, 0, wd="Wednesday", off=10)
    s = at(POM, 2026, 10, 26, 9, 30, wd="Monday", off=10)
    e = s + timedelta(minutes=20)
    ica = ("PNG ICA Passport Appointments", "no-reply@passports.ica-png.example")
    text = f"""Dear GRACE KILA,

Your appointment at the Passport Office has been confirmed.

Reference:         PPA-2026-118734
Service:           Adult passport renewal - lodgement, biometric capture and applicant interview
Date:              {long_date(s)}
Time:              {clock(s)}
Office:            Passport Office, ICA Haus, Waigani Drive, Port Moresby

Please bring:
  - your completed application form, signed by a guarantor
  - your original birth certificate and your current passport
  - your NID card
  - the receipt for the K250 passport fee

Arrive 15 minutes before your appointment. Applicants who arrive late will be asked to book
again. Photographs are taken at the office; do not bring your own.

This mailbox is not monitored. Do not reply to this e-mail.
Immigration & Citizenship Authority - Passport Services
"""
    cal = ics_join(["BEGIN:VCALENDAR", "PRODID:-//ICA PNG//Passport Appointments 2.1//EN", "VERSION:2.0",
                    "METHOD:PUBLISH"] + VTZ["Pacific/Port_Moresby"] + [
        "BEGIN:VEVENT", f"UID:PPA-2026-118734-{hx('uid', 'c13', n=12)}@passports.ica-png.example",
        f"DTSTAMP:{icsutc(sent)}", dtprop("DTSTART", s, "Pacific/Port_Moresby"),
        dtprop("DTEND", e, "Pacific/Port_Moresby"),
        "SUMMARY:Passport appointment - PPA-2026-118734",
        "LOCATION:Passport Office\\, ICA Haus\\, Waigani Drive\\, Port Moresby",
        "DESCRIPTION:Passport renewal: lodgement\\, biometric capture and applicant interview. Arrive 15 minutes early.",
        f"ORGANIZER;CN=Passport Services:mailto:{ica[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=GRACE KILA:mailto:{OWNER}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", boundary("c13", "mixed"), [
        alt("c13", text, "quoted-printable", "base64"),
        leaf('text/calendar; charset="UTF-8"; method=PUBLISH; name="appointment.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="appointment.ics"'])])
    m = email_msg(key="c13", frm=addr(*ica), to=OWNER, date=sent,
                  subject="Appointment Confirmation - Passport Application (Ref PPA-2026-118734)", body=body)
    case("passport-office-appointment", [("01-ica-passport-appointment.eml", m)], [], "medium",
         "negative/government-appointment",
         "Government passport appointment with .ics; 'applicant interview' is not a job interview.")


def c14():
    sent = at(PER, 2026, 10, 16, 13, 5, wd="Friday", off=8)
    s = at(PER, 2026, 10, 27, 9, 0, wd="Tuesday", off=8)
    e = s + timedelta(minutes=30)
    assert s.astimezone(POM).hour == 11
    wd_from = ("Pilbara West Resources", "pilbarawest@myworkday.com")
    role = "HSE Advisor - PNG Exploration"
    text = f"""Hi Grace,

Your interview has been scheduled. Please review the details below.

Job Requisition:  R-04417 {role}
Interview Type:   Phone Screen
Date:             {WEEKDAYS[s.weekday()]}, {s.day} {MONTHS[s.month - 1]} {s.year}
Time:             9:00 AM - 9:30 AM AWST (Australian Western Standard Time)
Interviewer:      Sharon Pike, Talent Acquisition Lead

Sharon will call you on +675 7204 4418. If you need to reschedule, please contact Sharon directly
at {SHARON[1]}.

A calendar invitation is attached to this message.

To view your interviews, sign in to Candidate Home:
https://wd3.myworkday.com/pilbarawest/d/home.htmld

This is a system-generated email. Please do not reply.
"""
    cal = ics_join(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc//Workday Recruiting//EN", "VERSION:2.0",
                    "METHOD:REQUEST", "BEGIN:VEVENT",
                    f"UID:INTERVIEW-R-04417-{hx('uid', 'c14', n=16)}@myworkday.com",
                    f"DTSTAMP:{icsutc(sent)}", f"DTSTART:{icsutc(s)}", f"DTEND:{icsutc(e)}",
                    f"SUMMARY:{ics_text('Phone Screen: ' + role + ' (R-04417)')}",
                    "DESCRIPTION:Phone screen with Sharon Pike\\, Talent Acquisition Lead. Sharon will call you.",
                    "LOCATION:Phone",
                    f"ORGANIZER;CN=Pilbara West Resources:mailto:{wd_from[1]}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sharon Pike:mailto:{SHARON[1]}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Grace Kila:mailto:{OWNER}",
                    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", boundary("c14", "mixed"), [
        alt("c14", text, "quoted-printable", "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    m = email_msg(key="c14", frm=addr(*wd_from), to=OWNER, date=sent,
                  subject=f"Interview Scheduled: {role} (R-04417)", body=body,
                  return_path="bounce-pilbarawest@myworkday.com")
    case("pilbara-workday-phone-screen-perth", [("01-workday-interview-scheduled.eml", m)],
         [iv("Pilbara West Resources", role, s, e, "scheduled", [SHARON[1]], [SHARON[1]], "phone_screen")],
         "medium", "positive/ats-ics",
         "Workday notification from myworkday.com with UTC .ics; 9:00 AWST (+08) = 11:00 Port Moresby. "
         "Recruiter conducts the screen; follow-up goes to her, not the Workday sender.")


def c15():
    sent = at(BNE, 2026, 10, 14, 12, 10, wd="Wednesday", off=10)
    s = at(BNE, 2026, 10, 20, 15, 0, wd="Tuesday", off=10)
    e = s + timedelta(minutes=45)
    desc = ("Hi Grace,\n\nCraig Moloney, our General Manager - Operations, would like to meet you for a final "
            "45-minute conversation over Teams. This is the last step before reference checks. Craig "
            "likes to talk about leadership, how you handle pushback from supervisors, and why FIFO suits "
            "you. I won't be on the call.\n\nKylie\n\n" + teams_block("c15"))
    cal = exchange_ics(key="c15", method="REQUEST", uid=ms_uid("c15"), seq=0, start=s, end=e,
                       tzid="E. Australia Standard Time",
                       summary="Final Interview - Grace Kila - HSE Advisor (FIFO PNG)", description=desc,
                       organizer=KYLIE, attendees=[(CRAIG[0], CRAIG[1], "REQ-PARTICIPANT"),
                                                   (GRACE[0], GRACE[1], "REQ-PARTICIPANT")],
                       location="Microsoft Teams Meeting", stamp=sent)
    case("coral-sea-final-standalone-ics", [("01-final-interview-craig.ics", cal.encode("utf-8"))],
         [iv("Coral Sea Mining Services", "HSE Advisor - FIFO (PNG Projects)", s, e, "scheduled",
             [CRAIG[1]], [CRAIG[1]], "hiring_manager")],
         "medium", "positive/standalone-ics",
         "Standalone Outlook .ics only (TZID E. Australia Standard Time, +10 = PNG). Final with the GM "
         "Operations; organizer recruiter not on the call.")


def c16():
    d1 = at(POM, 2026, 10, 26, 10, 15, wd="Monday", off=10)
    opt_a = at(POM, 2026, 11, 2, 15, 0, wd="Monday", off=10)
    s = at(POM, 2026, 11, 3, 9, 0, wd="Tuesday", off=10)
    e = s + timedelta(minutes=45)
    t1 = f"""Dear Grace,

Congratulations on progressing to the final stage for the HSE Advisor position. Our General
Manager, Mr Ian Morea, would like to meet you in person before we make a decision.

Could you please let me know which of the following times suits you:
  - {long_date(opt_a)} at {clock(opt_a)}, or
  - {long_date(s)} at {clock(s)}

The meeting will take about 45 minutes and will be held in the GM's office on Level 6.

Kind regards,
Dorcas Tau
HR Officer - Recruitment | Hiri LNG Services Ltd
"""
    mid1 = msgid(HIRI, "c16a")
    m1 = email_msg(key="c16a", frm=addr(*DORCAS), to=addr(*GRACE), date=d1,
                   subject="HSE Advisor - Final interview with the General Manager",
                   body=plain(t1, "quoted-printable"), mid=mid1)
    d2 = at(POM, 2026, 10, 26, 12, 40, off=10)
    t2 = f"""Dear Dorcas,

Thank you for the good news. Tuesday 3 November at 9:00am suits me best - on the Monday afternoon
I am at site for a toolbox audit.

Kind regards,
Grace

> Could you please let me know which of the following times suits you:
>   - {long_date(opt_a)} at {clock(opt_a)}, or
>   - {long_date(s)} at {clock(s)}
"""
    mid2 = msgid("example.com", "c16b")
    m2 = email_msg(key="c16b", frm=addr(*GRACE), to=addr(*DORCAS), date=d2,
                   subject="RE: HSE Advisor - Final interview with the General Manager",
                   body=plain(t2, "quoted-printable"), mid=mid2, in_reply_to=mid1, references=mid1,
                   relay=("mail.example.com", "192.0.2.44"))
    d3 = at(POM, 2026, 10, 27, 9, 5, wd="Tuesday", off=10)
    t3 = f"""Dear Grace,

Thank you. This is to confirm your final interview with Mr Ian Morea, General Manager (copied):

  {long_date(s)}, 9:00am - 9:45am
  GM's office, Level 6, Hiri LNG Services, Champion Parade, Port Moresby

Please report to the Level 6 reception by 8:45am. If you have not yet provided them, bring your
original certificates and the names of two referees.

Kind regards,
Dorcas
"""
    m3 = email_msg(key="c16c", frm=addr(*DORCAS), to=addr(*GRACE), cc=addr(*IAN), date=d3,
                   subject="RE: HSE Advisor - Final interview with the General Manager",
                   body=alt("c16c", t3, "quoted-printable", "base64"), in_reply_to=mid2,
                   references=f"{mid1} {mid2}")
    case("hiri-lng-gm-final-propose-confirm", [("01-dorcas-proposes-two-times.eml", m1),
                                               ("02-grace-picks-tuesday.eml", m2),
                                               ("03-dorcas-confirms-with-gm.eml", m3)],
         [iv("Hiri LNG Services", "HSE Advisor", s, e, "scheduled", [IAN[1]], [IAN[1]], "hiring_manager")],
         "medium", "positive/thread-propose-confirm",
         "Two options proposed (Mon 2 Nov 3pm / Tue 3 Nov 9am), candidate picks Tuesday, HR confirms with the "
         "GM copied. 8:45am reception time is not the start.")


def c17():
    d1 = at(POM, 2026, 10, 16, 9, 30, wd="Friday", off=10)
    s = at(POM, 2026, 10, 23, 14, 0, wd="Friday", off=10)
    t1 = f"""Gude Grace,

Tenkyu tru long gutpela toktok long fon asde. Mi laikim tingting bilong yu long safety bilong
ol draiva.

Nau mi wantaim Operations Manager bilong mi, Rhoda Sapu, laik lukim yu long ofis long Lae.
Yumi mekim intaviu long {tp_date(s)} long 2 klok long apinun, long ofis bilong mipela long
Voco Point, klostu long Main Wharf.

Kampani bai baim balus tiket bilong yu na hotel long nait. Rhoda bai salim itinerary.

Plis kisim ol original certificate bilong yu na nem bilong tupela referee.

Tenkyu tru,
Joe
"""
    mid1 = msgid(MVF, "c17a")
    m1 = email_msg(key="c17a", frm=addr(*JOE), to=OWNER, cc=addr(*RHODA), date=d1,
                   subject="Intaviu long Lae - HSE Coordinator", body=plain(t1, "quoted-printable"), mid=mid1)
    d2 = at(POM, 2026, 10, 16, 14, 10, off=10)
    t2 = f"""Hi Grace,

Joe asked me to sort your travel for {day_month(s)}.

  Flight:  PX 110 Port Moresby - Nadzab, departs 6:45am, arrives 7:40am ({day_month(s)})
  Return:  PX 117 Nadzab - Port Moresby, Saturday morning
  Hotel:   Melanesian Gardens Hotel, Lae - one night, breakfast included

Our driver Sione will meet you at Nadzab with a Markham Valley Freight sign. The interview with
Joe and me starts at 2pm at the Voco Point office; you'll have the morning free to rest.

Regards,
Rhoda Sapu
Operations Manager | Markham Valley Freight Ltd
"""
    m2 = email_msg(key="c17b", frm=addr(*RHODA), to=addr(*GRACE), cc=addr(*JOE), date=d2,
                   subject="Travel itinerary - Lae interview", body=alt("c17b", t2, "base64", "quoted-printable"),
                   in_reply_to=mid1, references=mid1)
    d3 = at(POM, 2026, 10, 16, 18, 2, off=10)
    t3 = """Gude Joe na Rhoda,

Tenkyu tru long ol arrangement. Mi bai stap long ofis long Fraide long 2 klok.

Grace
"""
    m3 = email_msg(key="c17c", frm=addr(*GRACE), to=addr(*JOE), cc=addr(*RHODA), date=d3,
                   subject="Re: Intaviu long Lae - HSE Coordinator", body=plain(t3, "8bit"),
                   in_reply_to=mid1, references=mid1, relay=("mail.example.com", "192.0.2.44"))
    case("markham-freight-lae-office-interview", [("01-joe-intaviu-long-lae.eml", m1),
                                                  ("02-rhoda-itinerary.eml", m2),
                                                  ("03-grace-confirms.eml", m3)],
         [iv("Markham Valley Freight", "HSE Coordinator", s, None, "scheduled", [JOE[1], RHODA[1]],
             [JOE[1], RHODA[1]], "onsite")],
         "hard", "positive/tok-pisin-onsite",
         "In-person interview in Lae with the owner and the operations manager: 'Fraide 23 Oktoba long 2 klok "
         "long apinun'. No duration given. Flight times 6:45am/7:40am are distractors.")


def c18():
    sent = at(BNE, 2026, 10, 30, 15, 40, wd="Friday", off=10)
    text = """Hi Grace,

Thank you for the time you've put in with us over the past few weeks, including your final
conversation with Craig on Tuesday the 20th.

It was a close call, but we've decided to go ahead with a candidate who has more underground
experience. I know that's not the news you were hoping for.

Craig and Mark were both impressed with your incident-investigation examples, and I'd like to
keep your details on file for the Western Province shutdown work we're bidding for in Q1. If
that's OK with you, I'll reach out when it kicks off.

All the best,
Kylie
"""
    m = email_msg(key="c18", frm=addr(*KYLIE), to=addr(*GRACE), date=sent,
                  subject="Your application - HSE Advisor (FIFO, PNG Projects)",
                  body=alt("c18", text, "quoted-printable", "base64"))
    case("coral-sea-rejection", [("01-kylie-outcome.eml", m)], [], "easy", "negative/rejection",
         "Rejection after the final interview; mentions past interviews only.")


def c19():
    uid = ms_uid("c19")
    sent = at(PER, 2026, 10, 28, 14, 10, wd="Wednesday", off=8)
    s = at(PER, 2026, 11, 5, 10, 0, wd="Thursday", off=8)
    e = s + timedelta(hours=1)
    assert s.astimezone(POM).hour == 12
    subj = "Pilbara West Resources - Technical Interview - HSE Advisor PNG Exploration"
    intro1 = """Hi Grace,

Thanks for a great phone screen. Bradley Coombs, our Exploration HSE Lead, would like to take you
through the technical side of the role: fly camp safety, helicopter operations and working with
landowner crews. 10:00am Perth time is 12 noon in Port Moresby.

Sharon"""
    m1 = exchange_invite(key="c19a", method="REQUEST", seq=0, uid=uid, organizer=SHARON,
                         attendees=[BRADLEY, GRACE], start=s, end=e, tzid="W. Australia Standard Time",
                         label="(UTC+08:00) Perth", subject=subj, intro=intro1, sent=sent)
    sent2 = at(PER, 2026, 11, 2, 9, 30, wd="Monday", off=8)
    intro2 = """Hi Grace,

I'm sorry to have to do this. Our board has deferred the 2027 PNG exploration program and the
HSE Advisor role has been put on hold, so we need to cancel Thursday's interview with Bradley.
If the role reopens, you'll be the first person I call.

Sharon"""
    m2 = exchange_invite(key="c19b", method="CANCEL", seq=1, uid=uid, organizer=SHARON,
                         attendees=[BRADLEY, GRACE], start=s, end=e, tzid="W. Australia Standard Time",
                         label="(UTC+08:00) Perth", subject=subj, intro=intro2, sent=sent2, teams=False)
    case("pilbara-technical-cancelled-perth", [("01-teams-invite-technical.eml", m1),
                                               ("02-canceled-technical.eml", m2)],
         [iv("Pilbara West Resources", "HSE Advisor - PNG Exploration", s, e, "cancelled",
             [BRADLEY[1]], [BRADLEY[1]], "technical")],
         "medium", "positive/cancellation",
         "Perth Exchange invite (W. Australia Standard Time, +08; 10:00 Perth = 12:00 POM) then METHOD:CANCEL "
         "with the same UID, SEQUENCE 1. Kept as cancelled at its last time.")


def c20():
    sent = at(POM, 2026, 10, 25, 22, 17, wd="Sunday", off=10)
    s = at(POM, 2026, 11, 2, 10, 0, wd="Monday", off=10)
    text = f"""Dear Candidate,

We are pleased to inform you that your CV has been selected by the Recruitment Board of HIGHLANDS
PETROLEUM INTERNATIONAL for the position of HSE OFFICER on our Papuan Gulf LNG expansion project.
Package: USD 9,500 per month, free housing, 2 x business class flights per year.

Your online interview is scheduled for {long_date(s)} at 10:00am via WhatsApp video call with our
Chief Recruitment Officer, Mr. Richard Thompson.

To CONFIRM your interview slot you are required to pay a REFUNDABLE processing and work permit
fee of K450.00 to our accredited agent within 48 hours:
  Account name: J. Morris Consultancy
  Bank: send by mobile money / bank transfer, then email the receipt to this address

Failure to pay will result in your slot being given to the next candidate on the list.
Do not discuss this offer with other staff as positions are limited.

Regards,
Mrs. Linda Carter
HR Coordinator, Highlands Petroleum International
"""
    m = email_msg(key="c20", frm=addr("Highlands Petroleum International HR", "hpi.hr.recruitment@freemail.example"),
                  to=OWNER, reply_to="hpi.onboarding.dept@quickmail.example", date=sent,
                  subject="URGENT: Interview Invitation - HSE Officer (Expatriate Package USD 9,500/month)",
                  body=plain(text, "7bit"))
    case("scam-recruiter-interview-fee", [("01-hpi-interview-fee.eml", m)], [], "medium", "negative/scam",
         "Fake recruiter from a freemail domain demands a K450 'processing fee' to confirm a WhatsApp interview slot.")


def c21():
    sent = at(SYD, 2026, 10, 29, 11, 0, wd="Thursday", off=11)
    s = at(SYD, 2026, 11, 4, 13, 0, wd="Wednesday", off=11)
    e = s + timedelta(minutes=45)
    assert s.astimezone(POM).hour == 12
    role = "Senior HSE Advisor - Infrastructure (PNG & Pacific)"
    text = f"""Hi Grace,

Good news - Daniel came out of your technical interview very positive.

The next step is a conversation with Fiona Reddy, Head of HSE - Pacific, who this role reports to.
Fiona has put a hold in your Google calendar for {day_month(s)}, 1:00-1:45pm Sydney time
(12:00-12:45pm in Port Moresby). The Google Meet link is in the event.

Fiona's style is pretty conversational - expect questions on how you'd build relationships with
site supervisors and clients across PNG and the Solomons.

Best,
Chloe
"""
    m = email_msg(key="c21a", frm=addr(*CHLOE), to=addr(*GRACE), date=sent,
                  subject="Next step - conversation with Fiona Reddy", body=alt("c21a", text, "quoted-printable", "quoted-printable"))
    eid = hx("gcal", "c21", n=26)
    meet = gmeet("c21")
    created = at(SYD, 2026, 10, 29, 10, 41, off=11).astimezone(UTC)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('etag', 'c21', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=3, seconds=12)).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Harbourline Engineering - Grace Kila / Fiona Reddy (Senior HSE Advisor, PNG & Pacific)",
        "description": "Hiring manager conversation for the Senior HSE Advisor - Infrastructure (PNG & Pacific) role. "
                       "45 minutes with Fiona Reddy, Head of HSE - Pacific.",
        "creator": {"email": FIONA[1], "displayName": FIONA[0]},
        "organizer": {"email": FIONA[1], "displayName": FIONA[0]},
        "start": {"dateTime": iso(s), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": iso(e), "timeZone": "Australia/Sydney"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": FIONA[1], "displayName": FIONA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case("harbourline-hm-gcal-json-sydney", [("01-chloe-next-step.eml", m), ("02-fiona-hold.gcal.json", js)],
         [iv("Harbourline Engineering", role, s, e, "scheduled", [FIONA[1]], [FIONA[1]], "hiring_manager")],
         "medium", "positive/gcal-api-dedupe",
         "Recruiter e-mail + Calendar API event (Australia/Sydney, +11 in DST): 1:00pm Sydney = 12:00 POM. "
         "One interview; recruiter does not attend.")


def c22():
    sent = at(POM, 2026, 11, 6, 10, 40, wd="Friday", off=10)
    wk = at(POM, 2026, 11, 16, wd="Monday")
    back = at(POM, 2026, 11, 13, wd="Friday")
    text = f"""Dear Grace,

Thank you for attending the panel interview last Thursday. The panel has recommended you to our
Mine General Manager, Dr Paul Hagen, for a final conversation.

Dr Hagen is on site until {day_month(back)}. Could you please send me two or three times that
suit you in the week of {day_month(wk)} (mornings are best for him)? Once he has picked one, I
will send you a calendar invitation with the Teams link.

Kind regards,
Lynette Aisi
Recruitment Advisor | Sepik Ridge Gold Ltd
"""
    m = email_msg(key="c22", frm=addr(*LYNETTE), to=addr(*GRACE), date=sent,
                  subject="Final step - availability for a call with the Mine General Manager",
                  body=plain(text, "quoted-printable"))
    case("sepik-ridge-gm-availability-request", [("01-lynette-availability.eml", m)], [], "medium",
         "negative/availability-request",
         "Asks for the candidate's availability for a final with the Mine GM; nothing is booked yet.")


def c23():
    sent = at(POM, 2026, 11, 10, 14, 30, wd="Tuesday", off=10)
    gm = at(POM, 2026, 11, 3, wd="Tuesday")
    due = at(POM, 2026, 11, 20, wd="Friday")
    first = at(POM, 2026, 11, 30, 7, 30, wd="Monday", off=10)
    text = f"""Dear Ms Kila,

Following your interview with our General Manager, Mr Ian Morea, on {day_month(gm)}, I am
delighted to inform you that Hiri LNG Services Ltd wishes to offer you the position of HSE Advisor.

Please find attached your Letter of Offer. It sets out your salary (K118,000 per annum), housing
allowance, medical cover and the three-month probation period.

Kindly sign and return the letter by {long_date(due)}. Subject to your acceptance, your first day
will be {long_date(first)}, starting with the company HSE induction at 7:30am at our Caution Bay
office. Please be advised that the offer is conditional on a satisfactory pre-employment medical
and a police clearance.

Congratulations, and welcome to the Hiri family.

Yours sincerely,
Dorcas Tau
HR Officer - Recruitment | Hiri LNG Services Ltd
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    body = multi("mixed", boundary("c23", "mixed"), [
        alt("c23", text, "quoted-printable", "quoted-printable"),
        leaf('application/pdf; name="HLS Letter of Offer - Grace Kila.pdf"', pdf, "base64",
             extra=['Content-Disposition: attachment; filename="HLS Letter of Offer - Grace Kila.pdf"'])])
    m = email_msg(key="c23", frm=addr(*DORCAS), to=addr(*GRACE), cc=addr(*IAN), date=sent,
                  subject="Letter of Offer - HSE Advisor (HLS-2026-041)", body=body)
    case("hiri-lng-letter-of-offer", [("01-letter-of-offer.eml", m)], [], "medium", "negative/offer",
         "Offer letter referring to the past GM interview and a future 7:30am induction; no interview to attend.")


for _f in (c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23):
    _f()


# =============================================================================================
# write everything
# =============================================================================================
def readme():
    labels = [lab for _, _, lab in CASES]
    pos = sum(1 for l in labels if l["interview"])
    ivs = [i for l in labels for i in l["interviews"]]
    by_status = {}
    by_kind = {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    num = {cid.split("-", 2)[2]: cid.split("-")[1] for cid, _, _ in CASES}
    L = [
        "# blind340: Port Moresby and Lae HSE officer - PNG English, Tok Pisin and Australian time zones (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, an HSE (health and safety) officer living in Port Moresby "
        "(Pacific/Port_Moresby, UTC+10, no DST).",
        "",
        "This set was written blind: only the eval README (label schema and rules) and a few dev files were "
        "read for format; no tool code, tests or other sets were looked at.",
        "",
        "## What it stresses",
        "- PNG English recruiter letters (\"Please be advised\", \"you have been shortlisted\", \"bring your original "
        "certificates and two referees\") and Tok Pisin mail from a Lae business owner and a mine-site supervisor "
        "(\"tumora long 10 klok long moning\", \"Mande 19 Oktoba long 2 klok long apinun\", weekdays Mande..Sande).",
        "- Employers on four clocks: Port Moresby (+10), Brisbane (+10, no DST), Sydney (+11 after DST began on "
        "4 Oct 2026) and Perth (+08).",
        "- The hiring steps: phone screens, a psychometric test (not an interview), technical interviews, a mining "
        "panel sent as three invites with FIFO questions, and finals with general managers.",
        "- Hard negatives: haus krai notice, church youth fellowship (mock interviews), passport office appointment, "
        "HSE induction at her current site, job-board alert, rejection, offer, scam recruiter, unbooked availability request.",
        "",
        "## Counts",
        f"- Cases: {len(CASES)} ({pos} positive, {len(CASES) - pos} negative)",
        f"- Labelled interviews: {len(ivs)} - by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats used",
        "- Plain-text and HTML e-mails (quoted-printable, base64, 8bit, 7bit), threads with In-Reply-To/References",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, invite.ics), "
        "including an updated invitation with the same UID and SEQUENCE 1",
        "- Exchange/Teams invites (Windows TZIDs West Pacific / E. Australia / AUS Eastern / W. Australia Standard Time, "
        "X-MICROSOFT-CDO-* properties, \"(UTC+10:00) ...\" labels), including a METHOD:CANCEL",
        "- ATS mail with .ics attachment (Workday, myworkday.com), a government appointment .ics, "
        "a standalone Outlook .ics and a Calendar API .gcal.json event",
        "",
        "## Time-zone / DST points",
        f"- Case {num['coral-sea-screen-and-technical']}: Brisbane AEST (+10, Queensland has no DST) equals Port Moresby; "
        "Outlook label \"(UTC+10:00) Brisbane\".",
        f"- Case {num['markham-freight-tumora-tokpisin']}: \"tumora long 10 klok long moning\" resolved against the Date "
        "header Wed 14 Oct 2026 17:05 +1000 -> Thu 15 Oct 10:00 +10:00.",
        f"- Case {num['harbourline-technical-sydney-dst']}: Sydney DST started Sun 4 Oct 2026; the Outlook label still reads "
        "\"(UTC+10:00) Canberra, Melbourne, Sydney\" but 10:00 Sydney is +11:00 = 09:00 Port Moresby.",
        f"- Case {num['sepik-ridge-panel-three-invites']}: Windows TZID West Pacific Standard Time, \"(UTC+10:00) Guam, Port Moresby\".",
        f"- Case {num['pilbara-workday-phone-screen-perth']}: Workday .ics in UTC; 09:00 AWST (+08) = 11:00 Port Moresby.",
        f"- Case {num['coral-sea-final-standalone-ics']}: standalone .ics with TZID E. Australia Standard Time (+10).",
        f"- Case {num['pilbara-technical-cancelled-perth']}: Perth (+08, no DST), 10:00 Perth = 12:00 Port Moresby; cancelled.",
        f"- Case {num['harbourline-hm-gcal-json-sydney']}: Calendar API event in Australia/Sydney, 13:00+11:00 = 12:00 Port Moresby.",
        "- US (Mar 8 / Nov 1) and EU/UK (Mar 29 / Oct 25) 2026 changes are asserted in make_cases.py but no case depends on them.",
        "",
        "## Cases",
    ]
    for cid, items, lab in CASES:
        tag = "P" if lab["interview"] else "N"
        L.append(f"- `{cid}` ({tag}, {lab['difficulty']}, {lab['category']}): {lab['notes']}")
    return "\n".join(L) + "\n"


def main():
    for old in sorted(OUT.glob("b340-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for cid, items, lab in CASES:
        d = OUT / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
        labels[cid] = lab
    y = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind340 (written blind). Schema: /work/shared/eval/README.md\n" + y, encoding="utf-8")
    (OUT / "README.md").write_text(readme(), encoding="utf-8")


if __name__ == "__main__":
    main()
