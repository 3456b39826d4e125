#!/usr/bin/env python3
"""Generate the blind322 evaluation set (Lagos accountant, Nigerian English), written blind.

Deletes and rewrites every b322-* case folder and labels.yaml next to this script.
Output is byte-identical on every run: all dates, Message-IDs, UIDs and MIME boundaries are
fixed or derived from SHA-256 hashes of SEED.
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
SEED = "blind322/lagos-accountant/v1"
OWNER = "adebayo.okonkwo@example.com"
OWNER_NAME = "Adebayo Okonkwo"
UTC = timezone.utc
TZ = {
    "lagos": ZoneInfo("Africa/Lagos"),
    "nairobi": ZoneInfo("Africa/Nairobi"),
    "london": ZoneInfo("Europe/London"),
    "la": ZoneInfo("America/Los_Angeles"),
    "utc": ZoneInfo("UTC"),
}


# --------------------------------------------------------------------------- basics
def h(*parts, n=32):
    """Deterministic hex token derived from the seed."""
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def T(s, wd, off, tz="lagos"):
    """Aware datetime; asserts the weekday and the UTC offset (zoneinfo, 2026 DST rules)."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=TZ[tz])
    assert dt.strftime("%a") == wd, f"{s}: weekday is {dt.strftime('%a')}, not {wd}"
    assert dt.strftime("%z") == off, f"{s} {tz}: offset is {dt.strftime('%z')}, not {off}"
    return dt


def check_calendar_facts():
    def off(tz, s):
        return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz)).strftime("%z")

    # 2026 DST changes
    assert off("America/New_York", "2026-03-07 12:00") == "-0500"
    assert off("America/New_York", "2026-03-09 12:00") == "-0400"
    assert off("America/New_York", "2026-10-31 12:00") == "-0400"
    assert off("America/New_York", "2026-11-02 12:00") == "-0500"
    assert off("America/Los_Angeles", "2026-10-08 12:00") == "-0700"
    assert off("Europe/London", "2026-03-28 12:00") == "+0000"
    assert off("Europe/London", "2026-03-30 12:00") == "+0100"
    assert off("Europe/London", "2026-10-24 12:00") == "+0100"
    assert off("Europe/London", "2026-10-25 00:30") == "+0100"
    assert off("Europe/London", "2026-10-25 02:30") == "+0000"
    assert off("Europe/London", "2026-10-26 12:00") == "+0000"
    assert off("Europe/Berlin", "2026-10-24 12:00") == "+0200"
    assert off("Europe/Berlin", "2026-10-26 12:00") == "+0100"
    # Lagos (WAT) and Nairobi (EAT) never change
    for s in ("2026-01-15 12:00", "2026-07-15 12:00", "2026-10-24 12:00", "2026-10-26 12:00",
              "2026-11-30 12:00"):
        assert off("Africa/Lagos", s) == "+0100"
        assert off("Africa/Nairobi", s) == "+0300"
    assert datetime(2026, 10, 22).strftime("%A") == "Thursday"
    assert datetime(2026, 10, 25).strftime("%A") == "Sunday"
    assert datetime(2026, 11, 1).strftime("%A") == "Sunday"


def iso(dt):
    return dt.isoformat()


def ordinal(d):
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


# --------------------------------------------------------------------------- MIME
def leaf(ctype, body, enc="quoted-printable", headers=()):
    data = body.encode("utf-8") if isinstance(body, str) else body
    if enc == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif enc == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("utf-8").replace("\r\n", "\n")
    if not payload.endswith("\n"):
        payload += "\n"
    hdr = [f"Content-Type: {ctype}"] + list(headers) + [f"Content-Transfer-Encoding: {enc}"]
    return {"headers": hdr, "body": payload}


def boundary(key, style):
    t = h("boundary", key, n=40)
    if style == "google":
        return "000000000000" + t[:12]
    if style == "outlook":
        return f"_000_{t[:24].upper()}prodoutlookcom_"
    if style == "workday":
        return f"----=_Part_{int(t[:8], 16) % 900000 + 100000}_{int(t[8:16], 16)}.{int(t[16:26], 16)}"
    if style == "sf":
        return f"----=_Part_{int(t[:6], 16)}_{int(t[6:14], 16)}.{1790000000000 + int(t[14:20], 16)}"
    return f"=_{t[:28]}"


def multi(subtype, key, parts, style="plain"):
    b = boundary(key, style)
    body = ""
    for p in parts:
        body += f"--{b}\n" + "\n".join(p["headers"]) + "\n\n" + p["body"]
    body += f"--{b}--\n"
    return {"headers": [f'Content-Type: multipart/{subtype}; boundary="{b}"'], "body": body}


def to_html(text, font="Calibri, Arial"):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           f'<body><div style="font-family:{font},sans-serif;font-size:11pt;color:#1f1f1f">']
    for para in text.strip("\n").split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def alt(key, text, style="plain", text_enc="quoted-printable", html_enc="quoted-printable", font="Calibri, Arial"):
    return multi("alternative", key + "/alt", [
        leaf('text/plain; charset="UTF-8"', text, text_enc),
        leaf('text/html; charset="UTF-8"', to_html(text, font), html_enc),
    ], style)


HOSTS = {
    "marinatrustbank.example": ("mail.marinatrustbank.example", "41.203.64.18"),
    "zumacrestenergy.example": ("mail-eur.outbound.zumacrestenergy.example", "52.100.7.41"),
    "hkpng.example": ("mail-am6eur.outbound.hkpng.example", "40.107.22.90"),
    "hkp-assess.example": ("smtp.hkp-assess.example", "185.12.80.33"),
    "mvuapay.example": ("mail-sor-f41.google.com", "209.85.220.41"),
    "ledgerwise.example": ("mail-sor-f69.google.com", "209.85.220.69"),
    "myworkday.com": ("mx-out2.myworkday.com", "216.221.231.47"),
    "successfactors.eu": ("mail.successfactors.eu", "155.56.210.24"),
    "ashbyhq.com": ("o12.email.ashbyhq.com", "149.72.160.12"),
    "talentbridgehr.example": ("mail.talentbridgehr.example", "102.89.33.7"),
    "nysc-gov.example": ("mail.nysc-gov.example", "196.46.20.9"),
    "ican-portal.example": ("mailer.ican-portal.example", "102.134.8.66"),
    "careers-mail.example": ("vps-4471.careers-mail.example", "45.83.91.200"),
    "christcovenantlekki.example": ("mail-sor-f73.google.com", "209.85.220.73"),
    "brightwaterlogistics.example": ("mail-db8eur.outbound.brightwaterlogistics.example", "40.107.6.51"),
    "example.com": ("mail-sor-f45.google.com", "209.85.220.45"),
}


def addr_of(s):
    return s.split("<")[-1].rstrip(">").strip()


def mail(key, date, frm, to, subject, part, cc=None, reply_to=None, irt=None, refs=None,
         msgid=None, extra=(), sender=None, return_path=None):
    """Return (bytes, message_id)."""
    dom = addr_of(sender or frm).split("@")[1]
    host, ip = HOSTS[dom]
    mid = msgid or f"<{h('mid', key, n=20).upper()}.{h('mid2', key, n=6)}@{'mail.' + dom}>"
    rcv = (f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id "
           f"{h('smtp', key, n=12)}\n        for <{OWNER}>; {format_datetime(date.astimezone(UTC))}")
    hdrs = [("Delivered-To", OWNER), ("Received", rcv),
            ("Return-Path", f"<{return_path or addr_of(sender or frm)}>"),
            ("From", frm), ("Sender", sender), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
            ("Subject", subject), ("Date", format_datetime(date)), ("Message-ID", mid),
            ("In-Reply-To", irt), ("References", refs)] + list(extra)
    lines = [f"{k}: {v}" for k, v in hdrs if v]
    lines += ["MIME-Version: 1.0"] + part["headers"]
    text = "\n".join(lines) + "\n\n" + part["body"]
    head = "\n".join(lines)
    assert head.isascii(), f"non-ASCII header in {key}"
    return text.encode("utf-8"), mid


def quote(text, who, date):
    when = f"{date.strftime('%a')}, {date.day} {date.strftime('%b %Y')} at {date.strftime('%H:%M')}"
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"On {when}, {who} wrote:\n{q}\n"


# --------------------------------------------------------------------------- iCalendar
VTZ = {
    "Africa/Lagos": ["BEGIN:VTIMEZONE", "TZID:Africa/Lagos", "X-LIC-LOCATION:Africa/Lagos",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:WAT",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "W. Central Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                      "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                      "TZNAME:GMT", "DTSTART:19701025T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
}
TZID_ZONE = {"Africa/Lagos": TZ["lagos"], "W. Central Africa Standard Time": TZ["lagos"],
             "Europe/London": TZ["london"]}


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    assert line.isascii(), line
    out = []
    while len(line) > 75:
        out.append(line[:75])
        line = " " + line[75:]
    out.append(line)
    return "\r\n".join(out)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dtprop(name, dt, tzid):
    if tzid is None:
        return f"{name}:{utcstamp(dt)}"
    local = dt.astimezone(TZID_ZONE[tzid])
    return f"{name};TZID={tzid}:{local.strftime('%Y%m%dT%H%M%S')}"


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;'
                f'CN="{name}";X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN="{name}":mailto:{email}'


def vevent(uid, seq, start, end, summary, stamp, organizer, attendees, description="",
           location="", tzid=None, status="CONFIRMED", extra=(), created=None):
    lines = ["BEGIN:VEVENT", dtprop("DTSTART", start, tzid), dtprop("DTEND", end, tzid),
             f"DTSTAMP:{utcstamp(stamp)}", f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
             f"UID:{uid}"] + list(attendees)
    lines += [f"CREATED:{utcstamp(created or stamp)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{utcstamp(stamp)}", f"LOCATION:{esc(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    lines += list(extra) + ["END:VEVENT"]
    return lines


def vcalendar(method, prodid, events, tzids=(), extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra)
    for t in tzids:
        lines += VTZ[t]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# --------------------------------------------------------------------------- Google Calendar
GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"


def gtime(dt):
    s = f"{dt.hour % 12 or 12}" + ("" if dt.minute == 0 else f":{dt.minute:02d}")
    return s + ("am" if dt.hour < 12 else "pm")


def meet_code(key):
    t = h("meet", key, n=30)
    letters = "".join(chr(97 + int(c, 16) % 26) for c in t)
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def google_event_id(key):
    t = h("gev", key, n=40)
    return "".join("abcdefghijklmnopqrstuv0123456789"[int(t[i:i + 2], 16) % 32] for i in range(0, 40, 2)) + "n4"


def google_invite(key, date, org, guests, title, start, end, tz, tzlabel, tzabbr, desc, uid,
                  seq=0, location="", prefix="Invitation", stamp=None, created=None):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    local_s, local_e = start.astimezone(tz), end.astimezone(tz)
    code = meet_code(key)
    long_when = (f"{local_s.strftime('%A')} {local_s.day} {local_s.strftime('%b %Y')} \u22c5 "
                 f"{gtime(local_s)} \u2013 {gtime(local_e)} ({tzlabel})")
    short_when = (f"{local_s.strftime('%a')} {local_s.day} {local_s.strftime('%b %Y')} "
                  f"{gtime(local_s)} - {gtime(local_e)} ({tzabbr})")
    guest_lines = [f"{org[0]} - organiser"] + [g[1] if g[1] == OWNER else g[0] for g in guests]
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    text = (f"{prefix.replace('Invitation', 'You have been invited to the following event.') if prefix == 'Invitation' else 'This event has been updated.'}\n\n"
            f"{title}\n{long_when}\n"
            + (f"{location}\n" if location else "")
            + f"\nJoin with Google Meet\nhttps://meet.google.com/{code}\n\n"
            f"Join by phone\n(NG) +234 1 227 8{h('pin', key, n=3).translate(str.maketrans('abcdef', '123456'))} "
            f"PIN: {int(h('pin2', key, n=8), 16) % 900000000 + 100000000}#\n\n"
            + (f"{desc}\n\n" if desc else "")
            + "Guests\n" + "\n".join(guest_lines)
            + f"\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n"
            "Your attendance is optional.\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n")
    html_body = to_html(text, "Roboto, Helvetica, Arial")
    atts = [attendee(org[0], org[1], "ACCEPTED", google=True)]
    atts += [attendee(n, e, "NEEDS-ACTION", google=True) for n, e in guests]
    ics_desc = (desc + "\n\n" if desc else "") + (
        f"Join with Google Meet: https://meet.google.com/{code}\n\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        "Please do not edit this section of the description.")
    ev = vevent(uid, seq, start, end, title, stamp or date, org, atts, ics_desc, location, None,
                created=created or date)
    ics = vcalendar("REQUEST", GOOGLE_PRODID, [ev])
    body = multi("mixed", key, [
        multi("alternative", key + "/alt", [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
            leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "7bit"),
        ], "google"),
        leaf('application/ics; name="invite.ics"', ics.encode("utf-8"), "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ], "google")
    to = ", ".join(e for n, e in guests)
    subject = f"{prefix}: {title} @ {short_when} ({OWNER})"
    msgid = f"<calendar-{h('gmid', key, n=8)}-{h('gmid', key, n=12)[8:12]}-{h('gmid3', key, n=4)}-{h('gmid4', key, n=4)}-{h('gmid5', key, n=12)}@google.com>"
    return mail(key, date, f"{org[0]} <{org[1]}>", to, subject, body,
                reply_to=f"{org[0]} <{org[1]}>", msgid=msgid,
                extra=[("X-Google-Calendar-Content-Display", "1")], return_path=org[1])


# --------------------------------------------------------------------------- Exchange / Teams
WCA = "W. Central Africa Standard Time"
OUTLOOK_PRODID = "Microsoft Exchange Server 2010"


def outlook_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + h("olk", key, n=16).upper() + \
        "000000000000000010000000" + h("olk2", key, n=32).upper()


def outlook_when(start, end):
    s, e = start.astimezone(TZ["lagos"]), end.astimezone(TZ["lagos"])
    fmt = lambda d: d.strftime("%I:%M %p").lstrip("0")
    return (f"{s.strftime('%A, %B')} {s.day}, {s.year} {fmt(s)}-{fmt(e)} "
            f"(UTC+01:00) West Central Africa.")


def teams_block(key):
    mid = h("teams", key, n=40)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid[:32]}%40thread.v2/0>\n"
            f"Meeting ID: {int(mid[:10], 16) % 10**12:012d}"[:-12] + " ".join(
                [f"{int(mid[:10], 16) % 1000:03d}", f"{int(mid[10:18], 16) % 1000:03d}",
                 f"{int(mid[18:26], 16) % 1000:03d}", f"{int(mid[26:34], 16) % 1000:03d}"]) +
            f"\nPasscode: {mid[34:40].upper()}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "________________________________________________________________________________\n")


def outlook_invite(key, date, org, attendees, subject, start, end, note, location, uid, seq=0,
                   method="REQUEST", teams=True, cc_names=(), stamp=None, created=None):
    """Exchange/Teams meeting request: multipart/alternative(plain, html, calendar base64)."""
    where = "Microsoft Teams Meeting" if teams else location
    text = f"When: {outlook_when(start, end)}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note.strip()}\n\n"
    if teams and method == "REQUEST":
        text += teams_block(key)
    cancel = method == "CANCEL"
    atts = [attendee(n, e) for n, e in attendees]
    extra = ["CLASS:PUBLIC", "PRIORITY:" + ("1" if cancel else "5"),
             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(h('oa', key, n=7), 16)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
             "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if cancel else "1"),
             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{where}\",\"LocationAnnotation\":\"\",\"LocationSource\":0}}]"]
    if teams and not cancel:
        extra.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h('teams', key, n=32)}%40thread.v2/0")
    if not cancel:
        extra += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    ev = vevent(uid, seq, start, end, subject, stamp or date, org, atts, text, where, WCA,
                "CANCELLED" if cancel else "CONFIRMED", extra, created)
    ics = vcalendar(method, OUTLOOK_PRODID, [ev], [WCA])
    body = multi("alternative", key, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text, "Aptos, Calibri"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics.encode("utf-8"), "base64"),
    ], "outlook")
    to = ", ".join(f"{n} <{e}>" for n, e in attendees)
    subj = ("Canceled: " if cancel else "") + subject
    dom = org[1].split("@")[1].split(".")[0][:6].upper()
    msgid = f"<{dom}{h('omid', key, n=10).upper()}PR04MB{h('omid2', key, n=4).upper()}{h('omid3', key, n=18).upper()}@{dom}PR04MB{h('omid2', key, n=4).upper()}.eurprd04.prod.outlook.com>"
    ti = base64.b64encode(bytes.fromhex(h("ti", key.split("#")[0], n=44))).decode()
    extra_h = [("Thread-Topic", subject), ("Thread-Index", ti),
               ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + h("si", uid, n=24)),
               ("x-ms-publictraffictype", "Email")]
    return mail(key, date, f"{org[0]} <{org[1]}>", to, subj, body, msgid=msgid, extra=extra_h)


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, kind, interviewers, followups=None, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups if followups is not None else interviewers),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"
OWNER_SIG = "\nAdebayo Okonkwo, ACA\n0802 XXX 4417\n"

# People
FUNMI = ("Funmilayo Adeyemi", "funmilayo.adeyemi@marinatrustbank.example")
EMEKA = ("Emeka Nwosu", "emeka.nwosu@marinatrustbank.example")
NGOZI = ("Ngozi Bassey", "ngozi.bassey@marinatrustbank.example")
TUNDE = ("Tunde Bakare", "tunde.bakare@marinatrustbank.example")
BISOLA = ("Bisola Ogunleye", "bisola.ogunleye@marinatrustbank.example")
IFEOMA = ("Ifeoma Chukwu", "ifeoma.chukwu@marinatrustbank.example")
AISHA = ("Aisha Bello", "aisha.bello@zumacrestenergy.example")
IBRAHIM = ("Ibrahim Musa", "ibrahim.musa@zumacrestenergy.example")
SANI = ("Sani Danjuma", "sani.danjuma@zumacrestenergy.example")
CHINEDU = ("Chinedu Okafor", "chinedu.okafor@hkpng.example")
KEMI = ("Kemi Alade", "kemi.alade@hkpng.example")
OLUMIDE = ("Olumide Fashola", "olumide.fashola@hkpng.example")
WANJIRU = ("Wanjiru Kamau", "wanjiru.kamau@mvuapay.example")
OTIENO = ("Otieno Mwangi", "otieno.mwangi@mvuapay.example")
ACHIENG = ("Achieng Odhiambo", "achieng.odhiambo@mvuapay.example")
KIPRONO = ("David Kiprono", "david.kiprono@mvuapay.example")
HARRIET = ("Harriet Cole", "harriet.cole@ledgerwise.example")
TOM = ("Tom Ashworth", "tom.ashworth@ledgerwise.example")
SOPHIE = ("Sophie Marsh", "sophie.marsh@ledgerwise.example")
ME = (OWNER_NAME, OWNER)

BANK, BANK_ROLE = "Marina Trust Bank Plc", "Senior Officer, Financial Control"
ZUMA, ZUMA_ROLE = "Zuma Crest Energy Limited", "Senior Accountant (Joint Venture Accounting)"
HKP, HKP_ROLE = "HKP Nigeria", "Audit Senior, Financial Services"
MVUA, MVUA_ROLE = "Mvua Pay", "Finance Manager, West Africa"
LW, LW_ROLE = "Ledgerwise", "Senior Accountant (Remote, EMEA)"


# =========================================================================== cases
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def c01():
    d = T("2026-10-02 14:05:31", "Fri", "+0100")
    s = T("2026-10-06 11:00", "Tue", "+0100")
    text = f"""Dear Adebayo,

Thank you for your interest in the {BANK_ROLE} role at Marina Trust Bank Plc.

We are pleased to inform you that your application has been shortlisted. You are invited for a telephone interview scheduled as follows:

Date: Tuesday, 6th October, 2026
Time: 11:00am - 11:30am (WAT)
Mode: Telephone. I will call you on the mobile number on your CV (0802 XXX 4417).

The conversation will cover your current role, your experience with month-end close and regulatory returns (CBN and FIRS), your notice period and your salary expectation.

Kindly confirm your availability by replying to this mail not later than Monday, 5th October, 2026.

Thank you.

Yours faithfully,

Funmilayo Adeyemi (Mrs.)
Human Resources Officer, Talent Acquisition
Marina Trust Bank Plc
Plot 12, Adeola Odeku Street, Victoria Island, Lagos
"""
    m, _ = mail("c01", d, f"{FUNMI[0]} <{FUNMI[1]}>", OWNER_ADDR,
                f"Invitation for Telephone Interview - {BANK_ROLE}", alt("c01", text))
    return ("b322-01-bank-telephone-interview-body-only", [("01-invitation-telephone-interview.eml", m)],
            label([iv(BANK, BANK_ROLE, s, s + timedelta(minutes=30), "phone_screen", [FUNMI[1]])],
                  "easy", "positive/email-body-only",
                  "HR officer books a 30-minute telephone interview in the mail body and makes the call herself."))


@case
def c02():
    d = T("2026-10-05 08:02:17", "Mon", "+0100", "london")
    text = f"""Dear Adebayo Okonkwo,

Thank you for applying for the Audit Senior (Financial Services) vacancy at HKP Nigeria.

As the next step in our selection process, you are required to complete an online aptitude test. The test comprises three timed sections:

- Numerical reasoning (25 minutes)
- Verbal reasoning (20 minutes)
- Logical reasoning (20 minutes)

Test link: https://assess.hkp-assess.example/c/7Q2M-KD91-ZX
Candidate ID: HKP-EXP-0917-2231
Deadline: 11:59pm WAT, Friday, 9th October, 2026

Please take the test in a quiet place with a stable internet connection; the sections cannot be paused once started. A calculator and rough paper are allowed.

Only candidates who meet the benchmark will be contacted for interview. Please do not reply to this e-mail; for technical difficulties write to support@hkp-assess.example.

Best regards,
HKP Nigeria Recruitment Team
"""
    T("2026-10-09 23:59", "Fri", "+0100")
    m, _ = mail("c02", d, "HKP Nigeria Recruitment <noreply@hkp-assess.example>", OWNER_ADDR,
                "HKP Nigeria: Online Aptitude Test - Audit Senior, Financial Services (Ref: HKP-EXP-0917)",
                alt("c02", text, text_enc="quoted-printable", html_enc="base64", font="Arial"),
                reply_to="HKP Nigeria Recruitment <recruitment@hkpng.example>")
    return ("b322-02-big-four-online-aptitude-test", [("01-online-aptitude-test.eml", m)],
            label([], "medium", "negative/online-assessment",
                  "Big Four firm sends a timed online aptitude test with a deadline; a test is not an interview."))


@case
def c03():
    d1 = T("2026-10-07 17:48:10", "Wed", "+0100")
    d2 = T("2026-10-07 19:12:45", "Wed", "+0100")
    s = T("2026-10-08 14:00", "Thu", "+0100")
    t1 = f"""Sannu Adebayo,

I trust you are doing well.

Thank you for your application for the position of {ZUMA_ROLE} at Zuma Crest Energy Limited, Abuja. Your CV came highly recommended by our Finance team.

I would like to have a brief telephone conversation with you as the first stage of the process. I will call you tomorrow at 2pm; it should not take more than 30 minutes. We will discuss your JV and cost-recovery exposure, your notice period and your willingness to relocate to Abuja.

If the time is not convenient, kindly let me know before 10am tomorrow so we can agree another slot.

Warm regards,

Aisha Bello
HR Business Partner
Zuma Crest Energy Limited
Plot 1044, Cadastral Zone A0, Central Business District, Abuja
+234 809 000 3321
"""
    subj = "Senior Accountant (JV Accounting) - Telephone Interview"
    m1, id1 = mail("c03a", d1, f"{AISHA[0]} <{AISHA[1]}>", OWNER_ADDR, subj,
                   leaf('text/plain; charset="UTF-8"', t1))
    t2 = f"""Dear Aisha,

Thank you for the mail. Tomorrow at 2pm is fine by me; I will be expecting your call on 0802 XXX 4417.

Best regards,
Adebayo Okonkwo

{quote(t1, f"{AISHA[0]} <{AISHA[1]}>", d1)}"""
    m2, _ = mail("c03b", d2, OWNER_ADDR, f"{AISHA[0]} <{AISHA[1]}>", "Re: " + subj, alt("c03b", t2, font="Arial"),
                 irt=id1, refs=id1)
    return ("b322-03-abuja-phone-screen-tomorrow-at-2", [("01-telephone-interview.eml", m1), ("02-re-telephone-interview.eml", m2)],
            label([iv(ZUMA, ZUMA_ROLE, s, s + timedelta(minutes=30), "phone_screen", [AISHA[1]])],
                  "medium", "positive/thread-relative-date",
                  "HR partner will call 'tomorrow at 2pm' (Date header Wed 7 Oct 2026 +0100 -> Thu 8 Oct 14:00 WAT), "
                  "'not more than 30 minutes'; she conducts the screen. Time only in the mail body."))


@case
def c04():
    d = T("2026-10-08 02:14:02", "Thu", "-0700", "la")
    s = T("2026-10-12 09:00", "Mon", "+0100")
    text = f"""Dear Adebayo,

Congratulations! Following a review of your application for {BANK_ROLE} (JR-4471), you have been shortlisted for the written assessment stage.

Details are as follows:

Date: Monday, 12th October, 2026
Time: 9:00am prompt (registration opens at 8:15am)
Venue: Marina Trust Bank Learning Centre, 3 Akin Adesola Street, Victoria Island, Lagos
Duration: 2 hours
Sections: Financial Reporting and IFRS, Excel-based case, Essay

Candidates are to come along with a valid means of identification (NIN slip, International Passport or Driver's Licence), a pen and a non-programmable calculator. Mobile phones will be surrendered at the entrance of the examination hall. Latecomers will not be admitted.

Successful candidates will be invited for interview at a later date. A calendar file is attached for your convenience.

Kind regards,
Talent Acquisition
Marina Trust Bank Plc

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    ev = vevent(f"{h('wd', 'c04', n=24)}@myworkday.com", 0, s, s + timedelta(hours=2),
                "Written Assessment - Senior Officer, Financial Control (JR-4471)", d,
                ("Marina Trust Bank", "marinatrust@myworkday.com"),
                [attendee(OWNER_NAME, OWNER)],
                "Written assessment (2 hours). Registration opens at 8:15am. Bring a valid ID, a pen and a calculator.",
                "Marina Trust Bank Learning Centre, 3 Akin Adesola Street, Victoria Island, Lagos", "Africa/Lagos")
    ics = vcalendar("REQUEST", "-//Workday//Workday Calendar//EN", [ev], ["Africa/Lagos"])
    body = multi("mixed", "c04", [
        alt("c04", text, "workday", text_enc="quoted-printable", html_enc="base64", font="Arial"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="WrittenAssessment.ics"', ics.encode(), "base64",
             ['Content-Disposition: attachment; filename="WrittenAssessment.ics"']),
    ], "workday")
    m, _ = mail("c04", d, "Marina Trust Bank <marinatrust@myworkday.com>", OWNER_ADDR,
                f"Invitation to Written Assessment - {BANK_ROLE} (JR-4471)", body,
                reply_to="Marina Trust Bank Recruitment <recruitment@marinatrustbank.example>")
    return ("b322-04-bank-written-assessment-workday-ics", [("01-workday-written-assessment.eml", m)],
            label([], "hard", "negative/written-assessment",
                  "Workday mail with an .ics for a proctored 2-hour written test at the bank's learning centre; "
                  "a written assessment is not an interview. Sent from a -0700 (PDT) Workday server."))


@case
def c05():
    d = T("2026-10-09 15:40:22", "Fri", "+0100")
    s = T("2026-10-13 11:00", "Tue", "+0100")
    note = f"""Sannu Adebayo,

Thank you for your time on the phone yesterday. As discussed, you have been moved to the technical stage.

Ranar Talata (Tuesday, 13th October, 2026) by 11:00am WAT, Mallam Ibrahim Musa, Finance Manager (JV and Cost Recovery), will conduct a one-hour technical interview with you on Microsoft Teams. Expect questions on cash calls, JV billing, cost recovery and IFRS 11.

I am only setting up the meeting and will not be on the call. Kindly accept the invite to confirm your attendance.

Nagode,
Aisha Bello
HR Business Partner, Zuma Crest Energy Limited"""
    m, _ = outlook_invite("c05", d, AISHA, [ME, IBRAHIM],
                          f"Technical Interview: {ZUMA_ROLE} - Adebayo Okonkwo", s, s + timedelta(hours=1),
                          note, "", outlook_uid("c05"))
    return ("b322-05-abuja-teams-technical-interview", [("01-teams-technical-interview.eml", m)],
            label([iv(ZUMA, ZUMA_ROLE, s, s + timedelta(hours=1), "technical", [IBRAHIM[1]])],
                  "medium", "positive/exchange-teams",
                  "Exchange/Teams request with TZID 'W. Central Africa Standard Time' and '(UTC+01:00) West Central Africa'; "
                  "Hausa greeting and 'Ranar Talata'; organiser says she will not join, so only the Finance Manager interviews."))


@case
def c06():
    s = T("2026-10-14 11:00", "Wed", "+0100", "london")
    stamp = T("2026-10-09 13:26:40", "Fri", "+0100", "london")
    uid = f"{google_event_id('c06')}@google.com"
    desc = ("Hi Adebayo - thanks for applying to Ledgerwise! This is a 30-minute video call with Harriet from our "
            "Talent team to talk through the Senior Accountant (Remote, EMEA) role, your background and what you're "
            "looking for next.\n\nTimes are UK time (BST).\n\nJoin with Google Meet: https://meet.google.com/"
            + meet_code("c06"))
    ev = vevent(uid, 0, s, s + timedelta(minutes=30),
                "Ledgerwise x Adebayo Okonkwo - Intro call (Senior Accountant, Remote EMEA)", stamp, HARRIET,
                [attendee(*HARRIET, "ACCEPTED", google=True), attendee(OWNER_NAME, OWNER, "ACCEPTED", google=True)],
                desc, "Google Meet", "Europe/London")
    ics = vcalendar("REQUEST", GOOGLE_PRODID, [ev], ["Europe/London"])
    return ("b322-06-london-intro-call-standalone-ics", [("01-ledgerwise-intro-call.ics", ics.encode())],
            label([iv(LW, LW_ROLE, s, s + timedelta(minutes=30), "phone_screen", [HARRIET[1]])],
                  "medium", "positive/standalone-ics",
                  "Standalone .ics with TZID=Europe/London on 14 Oct 2026 (BST, +01:00 = same wall time as Lagos); "
                  "the recruiter runs the intro call."))


@case
def c07():
    d = T("2026-10-12 09:15:40", "Mon", "+0300", "nairobi")
    s = T("2026-10-16 14:00", "Fri", "+0300", "nairobi")
    assert s.astimezone(TZ["lagos"]).hour == 12
    e = s + timedelta(minutes=30)
    uid = f"{google_event_id('c07')}@google.com"
    title = "Adebayo Okonkwo <> Mvua Pay | Intro call"
    desc = ("Hi Adebayo, great to connect! This is a 30-minute intro call about the Finance Manager, West Africa role: "
            "a bit about Mvua Pay, your experience so far and next steps.\n\nHeads-up: the invite is in Nairobi time "
            "(EAT), which is 12 noon for you in Lagos.\n\nWanjiru")
    m, _ = google_invite("c07", d, WANJIRU, [ME], title, s, e, TZ["nairobi"], "East Africa Time", "EAT",
                         desc, uid, created=d)
    eid = uid.split("@")[0]
    api = {
        "kind": "calendar#event",
        "etag": f"\"{int(h('etag', 'c07', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-12T06:15:40.000Z",
        "updated": "2026-10-12T07:02:11.318Z",
        "summary": title,
        "description": desc,
        "location": "",
        "creator": {"email": WANJIRU[1], "displayName": WANJIRU[0]},
        "organizer": {"email": WANJIRU[1], "displayName": WANJIRU[0]},
        "start": {"dateTime": iso(s), "timeZone": "Africa/Nairobi"},
        "end": {"dateTime": iso(e), "timeZone": "Africa/Nairobi"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": WANJIRU[1], "displayName": WANJIRU[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet_code('c07')}",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    del api["location"]
    return ("b322-07-nairobi-intro-google-invite-and-api-event",
            [("01-invitation-intro-call.eml", m),
             ("02-intro-call-event.gcal.json", (json.dumps(api, indent=2, ensure_ascii=False) + "\n").encode())],
            label([iv(MVUA, MVUA_ROLE, s, e, "phone_screen", [WANJIRU[1]])],
                  "medium", "positive/dedupe-google-invite-api",
                  "Google invitation and the matching Calendar API event (same iCalUID) are one interview; "
                  "times in Africa/Nairobi (+03:00), 12:00 WAT in Lagos."))


@case
def c08():
    d = T("2026-10-15 09:31:07", "Thu", "+0000", "utc")
    s = T("2026-10-20 10:00", "Tue", "+0100")
    e = s + timedelta(hours=1)
    text = f"""Dear Adebayo Okonkwo,

We are pleased to confirm that your interview for the position of {BANK_ROLE} (Req ID 4471) has been scheduled.

Interview type: Technical Interview (Virtual - Microsoft Teams)
Date: 20/10/2026
Time: 10:00 AM - 11:00 AM (GMT+01:00) West Central Africa
Interviewer: Emeka Nwosu, Head, Financial Control

The Microsoft Teams link is included in the attached calendar invitation. Please join at least 10 minutes before the start time and ensure your camera is switched on.

If you need to make any change, please contact the Talent Acquisition team at recruitment@marinatrustbank.example.

Best regards,
Talent Acquisition Team
Marina Trust Bank Plc

This is a system-generated message. Please do not reply directly to this e-mail.
"""
    ev = vevent(f"SF-IS-{h('sf', 'c08', n=20).upper()}", 0, s, e,
                f"Interview: {BANK_ROLE} - Adebayo Okonkwo", d,
                ("Marina Trust Bank Recruitment", "recruitment@marinatrustbank.example"),
                [attendee(*EMEKA), attendee(OWNER_NAME, OWNER)],
                "Technical interview for Senior Officer, Financial Control (Req ID 4471).\n"
                f"Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h('teams', 'c08', n=32)}%40thread.v2/0",
                "Microsoft Teams", "Africa/Lagos")
    ics = vcalendar("REQUEST", "-//SAP SuccessFactors//Interview Scheduling//EN", [ev], ["Africa/Lagos"])
    body = multi("mixed", "c08", [
        leaf('text/html; charset=UTF-8', to_html(text, "Arial"), "quoted-printable"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', ics.encode(), "base64",
             ['Content-Disposition: attachment; filename="Interview.ics"']),
    ], "sf")
    m, _ = mail("c08", d, "Marina Trust Bank Careers <no-reply@successfactors.eu>", OWNER_ADDR,
                f"Interview Scheduled: {BANK_ROLE} (Req ID 4471)", body,
                reply_to="recruitment@marinatrustbank.example")
    return ("b322-08-bank-technical-successfactors-ics", [("01-successfactors-interview-scheduled.eml", m)],
            label([iv(BANK, BANK_ROLE, s, e, "technical", [EMEKA[1]])],
                  "medium", "positive/ats-email-with-ics",
                  "SuccessFactors Interview Scheduling mail (HTML only, Date +0000) with Interview.ics; "
                  "date written 20/10/2026 (dd/mm); Head of Financial Control is the interviewer."))


@case
def c09():
    d = T("2026-10-15 12:20:55", "Thu", "+0100")
    s1 = T("2026-10-21 10:00", "Wed", "+0100")
    s2 = T("2026-10-22 14:00", "Thu", "+0100")
    text = f"""Dear Adebayo,

Congratulations! You performed well in the online aptitude test and we are delighted to invite you to the interview stage for the Audit Senior (Financial Services) role.

You are invited for two interviews scheduled as follows:

1. Technical Interview
Date: Wednesday, 21st October, 2026
Time: 10:00am - 11:00am WAT
Mode: Microsoft Teams (link in the attached invite)
Interviewer: Mrs. Kemi Alade, Senior Manager, Financial Services Audit

2. Partner Interview
Date: Thursday, 22nd October, 2026
Time: 2:00pm - 2:45pm WAT
Venue: HKP House, 5 Bishop Aboyade Cole Street, Victoria Island, Lagos
Interviewer: Mr. Olumide Fashola, Partner, Financial Services

For the partner interview, kindly arrive 15 minutes early and present this mail at the reception. Dress code is corporate.

Please confirm your attendance by replying to this mail. Should you have any questions, do not hesitate to reach out.

Kind regards,

Chinedu Okafor
Experienced Hire Recruitment
HKP Nigeria
"""
    ev1 = vevent(outlook_uid("c09a"), 0, s1, s1 + timedelta(hours=1),
                 "Technical Interview - Adebayo Okonkwo (Audit Senior, FS)", d, CHINEDU,
                 [attendee(*KEMI), attendee(OWNER_NAME, OWNER)],
                 "Technical interview with Kemi Alade.\n" + teams_block("c09a"), "Microsoft Teams Meeting", WCA,
                 extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    ev2 = vevent(outlook_uid("c09b"), 0, s2, s2 + timedelta(minutes=45),
                 "Partner Interview - Adebayo Okonkwo (Audit Senior, FS)", d, CHINEDU,
                 [attendee(*OLUMIDE), attendee(OWNER_NAME, OWNER)],
                 "Partner interview with Olumide Fashola. Please arrive 15 minutes early.",
                 "HKP House, 5 Bishop Aboyade Cole Street, Victoria Island, Lagos", WCA,
                 extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    atts = []
    for ev, fname in ((ev1, "Technical Interview - Adebayo Okonkwo.ics"), (ev2, "Partner Interview - Adebayo Okonkwo.ics")):
        ics = vcalendar("REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev], [WCA])
        atts.append(leaf(f'text/calendar; charset="utf-8"; method=REQUEST; name="{fname}"', ics.encode(), "base64",
                         [f'Content-Disposition: attachment; filename="{fname}"']))
    body = multi("mixed", "c09", [alt("c09", text, "outlook")] + atts, "outlook")
    m, _ = mail("c09", d, f"{CHINEDU[0]} <{CHINEDU[1]}>", OWNER_ADDR,
                "Invitation to Interviews - Audit Senior, Financial Services", body,
                extra=[("Thread-Topic", "Invitation to Interviews - Audit Senior, Financial Services"),
                       ("Content-Language", "en-GB")])
    return ("b322-09-big-four-technical-and-partner-interviews", [("01-invitation-to-interviews.eml", m)],
            label([iv(HKP, HKP_ROLE, s1, s1 + timedelta(hours=1), "technical", [KEMI[1]]),
                   iv(HKP, HKP_ROLE, s2, s2 + timedelta(minutes=45), "hiring_manager", [OLUMIDE[1]])],
                  "medium", "positive/two-interviews",
                  "One mail lists two interviews on different days (technical on Teams, partner in person), each with an "
                  "Outlook .ics attachment; the mail mentions the aptitude test already passed."))


@case
def c10():
    d = T("2026-10-13 11:02:00", "Tue", "+0100")
    T("2026-10-19 09:00", "Mon", "+0100")
    text = """Dear Sir/Ma,

RE: VERIFICATION OF CERTIFICATE OF NATIONAL SERVICE - OKONKWO ADEBAYO (LA/19B/4521)

We acknowledge receipt of a verification request on the above named ex-corps member from Marina Trust Bank Plc.

Owing to a discrepancy in the date of birth on our records, you are invited for a clearance meeting scheduled as follows:

Date: Monday, 19th October, 2026
Time: 9:00am
Venue: NYSC Lagos State Secretariat, Certificate Unit, Ikeja

You are to come along with the following:
1. Original Certificate of National Service
2. Call-up letter and posting letter
3. Birth certificate or statutory declaration of age
4. Two recent passport photographs

Please note that no fee is charged for this exercise.

Thank you.

For: State Coordinator
NYSC Lagos
"""
    m, _ = mail("c10", d, "NYSC Lagos Certificate Verification <verification.lagos@nysc-gov.example>", OWNER_ADDR,
                "RE: VERIFICATION OF CERTIFICATE OF NATIONAL SERVICE - OKONKWO ADEBAYO (LA/19B/4521)",
                leaf('text/plain; charset="us-ascii"', text, "7bit"))
    return ("b322-10-nysc-clearance-meeting", [("01-nysc-clearance-meeting.eml", m)],
            label([], "medium", "negative/government-appointment",
                  "NYSC certificate clearance meeting triggered by the bank's background check; uses the "
                  "'invited ... scheduled as follows' template but is a government appointment."))


@case
def c11():
    d1 = T("2026-10-16 11:05:43", "Fri", "+0100")
    d2 = T("2026-10-26 14:22:09", "Mon", "+0100")
    s = T("2026-10-28 10:00", "Wed", "+0100")
    e = s + timedelta(hours=2)
    uid = outlook_uid("c11")
    loc = "Boardroom, 3rd Floor, Zuma House, Plot 1044, Cadastral Zone A0, Central Business District, Abuja"
    subj = f"Second-Stage Interview: {ZUMA_ROLE} - Adebayo Okonkwo"
    n1 = """Dear Adebayo,

Further to your technical interview with Mallam Ibrahim, I am pleased to invite you to the second-stage (panel) interview at our head office in Abuja.

Panel: Alhaji Sani Danjuma (General Manager, Finance) and Mallam Ibrahim Musa (Finance Manager, JV and Cost Recovery).
Please come along with your original credentials and a copy of your most recent payslip.

The company will book your Lagos-Abuja return flight; our travel desk will send the e-ticket separately.

Kindly accept this invite to confirm.

Regards,
Aisha"""
    n2 = """Dear Adebayo,

Please accept our sincere apologies. Management has directed that all second-stage interviews for this position be suspended pending approval of the 2027 budget, so Wednesday's panel will no longer hold.

Kindly disregard the flight booking; the travel desk has been informed. We will revert once a new date is fixed.

Regards,
Aisha Bello"""
    atts = [ME, SANI, IBRAHIM]
    m1, _ = outlook_invite("c11#1", d1, AISHA, atts, subj, s, e, n1, loc, uid, 0, teams=False)
    m2, _ = outlook_invite("c11#2", d2, AISHA, atts, subj, s, e, n2, loc, uid, 1, method="CANCEL", teams=False,
                           created=d1)
    return ("b322-11-abuja-panel-cancelled", [("01-second-stage-interview.eml", m1), ("02-canceled-second-stage.eml", m2)],
            label([iv(ZUMA, ZUMA_ROLE, s, e, "onsite", [SANI[1], IBRAHIM[1]], status="cancelled")],
                  "medium", "positive/cancellation",
                  "In-person panel in Abuja (Outlook request), then METHOD:CANCEL with the same UID and SEQUENCE 1; "
                  "kept as cancelled at its last scheduled time."))


@case
def c12():
    d1 = T("2026-10-20 16:30:12", "Tue", "+0100", "london")
    d2 = T("2026-10-20 18:02:33", "Tue", "+0100")
    d3 = T("2026-10-21 09:12:05", "Wed", "+0100", "london")
    s = T("2026-10-27 14:00", "Tue", "+0000", "london")
    assert s.astimezone(TZ["lagos"]).hour == 15  # after the UK change, 2pm London = 3pm Lagos
    e = s + timedelta(hours=1)
    t1 = """Hi Adebayo,

Thanks so much for your time on the intro call last week - I really enjoyed hearing about the month-end close you rebuilt at Brightwater.

I'm pleased to say we'd love to move you forward to a conversation with Tom Ashworth, our Head of Finance, who the role reports into. It's an hour, fairly conversational, with some questions on multi-entity consolidation and how you'd approach our UK/Nigeria intercompany.

Would next Tuesday, 27 October at 2pm UK time work? Handily that's 2pm for you in Lagos too, so no mental maths needed.

Let me know and I'll send a calendar invite with a Google Meet link.

Best,
Harriet

Harriet Cole
Talent Partner | Ledgerwise
"""
    subj = "Next step: chat with Tom (Head of Finance) - Senior Accountant, Remote EMEA"
    m1, id1 = mail("c12a", d1, f"{HARRIET[0]} <{HARRIET[1]}>", OWNER_ADDR, subj,
                   alt("c12a", t1, "google", font="Arial"),
                   msgid=f"<CAJ{h('c12', 'a', n=30)}@mail.gmail.com>")
    t2 = f"""Hi Harriet,

Thank you, that's great news. Tuesday 27 October at 2pm UK time works for me. I look forward to speaking with Tom.

Regards,
Adebayo

{quote(t1, f"{HARRIET[0]} <{HARRIET[1]}>", d1)}"""
    m2, id2 = mail("c12b", d2, OWNER_ADDR, f"{HARRIET[0]} <{HARRIET[1]}>", "Re: " + subj,
                   leaf('text/plain; charset="UTF-8"', t2), irt=id1, refs=id1,
                   msgid=f"<CAO{h('c12', 'b', n=30)}@mail.gmail.com>")
    uid = f"{google_event_id('c12')}@google.com"
    m3, _ = google_invite("c12c", d3, HARRIET, [TOM, ME], "Adebayo Okonkwo / Tom Ashworth - Senior Accountant (Remote, EMEA)",
                          s, e, TZ["london"], "United Kingdom Time", "GMT",
                          "Hiring manager conversation with Tom Ashworth, Head of Finance. 60 minutes.", uid)
    return ("b322-12-london-hiring-manager-after-uk-clock-change",
            [("01-next-step-chat-with-tom.eml", m1), ("02-re-next-step.eml", m2), ("03-invitation-tom-ashworth.eml", m3)],
            label([iv(LW, LW_ROLE, s, e, "hiring_manager", [TOM[1]])],
                  "hard", "positive/dst-gap",
                  "Proposed on 20 Oct (BST) for Tue 27 Oct 2pm UK time; the UK left BST on 25 Oct, so 14:00 GMT = 15:00 WAT. "
                  "The recruiter wrongly says it is also 2pm in Lagos; the Google invite (UTC in the .ics) settles it."))


@case
def c13():
    d1 = T("2026-10-23 16:10:40", "Fri", "+0100")
    d2 = T("2026-10-23 16:14:02", "Fri", "+0100")
    d3 = T("2026-10-26 09:02:18", "Mon", "+0100")
    d4 = T("2026-10-26 09:05:51", "Mon", "+0100")
    s0 = T("2026-10-29 10:00", "Thu", "+0100")
    s = T("2026-10-30 12:00", "Fri", "+0100")
    dur = timedelta(hours=1, minutes=30)
    venue = "5th Floor Boardroom, Head Office, Plot 12, Adeola Odeku Street, Victoria Island, Lagos"
    t1 = f"""Dear Adebayo,

Further to your technical interview with the Head, Financial Control, we are pleased to inform you that you have been shortlisted for the next stage of the recruitment process for the role of {BANK_ROLE}.

You are invited for a panel interview scheduled as follows:

Date: Thursday, 29th October, 2026
Time: 10:00am prompt
Venue: Marina Trust Bank Plc, Head Office, Plot 12, Adeola Odeku Street, Victoria Island, Lagos (5th Floor Boardroom)
Duration: About 1 hour 30 minutes

Panel members:
- Mr. Emeka Nwosu, Head, Financial Control
- Mrs. Ngozi Bassey, Chief Accountant
- Mr. Tunde Bakare, Head, Treasury Operations

Kindly come along with the originals of your academic and professional certificates (ICAN/ACCA), your NYSC discharge certificate and a valid means of identification. A calendar invitation will follow shortly.

Kindly confirm your availability.

Yours faithfully,

Funmilayo Adeyemi (Mrs.)
Human Resources Officer, Talent Acquisition
Marina Trust Bank Plc
"""
    subj = f"Invitation for Panel Interview - {BANK_ROLE}"
    m1, id1 = mail("c13a", d1, f"{FUNMI[0]} <{FUNMI[1]}>", OWNER_ADDR, subj, alt("c13a", t1, "outlook"),
                   cc=f"{EMEKA[0]} <{EMEKA[1]}>")
    uid = outlook_uid("c13")
    atts = [ME, EMEKA, NGOZI, TUNDE]
    isubj = f"Panel Interview - Adebayo Okonkwo ({BANK_ROLE})"
    m2, _ = outlook_invite("c13#1", d2, FUNMI, atts, isubj, s0, s0 + dur,
                           "Dear Adebayo,\n\nPlease find attached the calendar invitation for your panel interview.\n\nRegards,\nFunmilayo",
                           venue, uid, 0, teams=False)
    t3 = f"""Dear Adebayo,

E kaaro. Please be informed that the interview has been moved to Friday, 30th October, 2026 at 12:00noon, as the panel members are required to attend an emergency ALCO meeting on Thursday morning.

The venue and the panel remain the same. An updated calendar invitation will be sent to you shortly.

We regret any inconvenience this may cause. Kindly revert to confirm your availability for the new time.

Regards,

Funmilayo Adeyemi (Mrs.)
HR Officer, Talent Acquisition
Marina Trust Bank Plc

{quote(t1, f"{FUNMI[0]} <{FUNMI[1]}>", d1)}"""
    m3, _ = mail("c13b", d3, f"{FUNMI[0]} <{FUNMI[1]}>", OWNER_ADDR, "RE: " + subj, alt("c13b", t3, "outlook"),
                 cc=f"{EMEKA[0]} <{EMEKA[1]}>", irt=id1, refs=id1)
    m4, _ = outlook_invite("c13#2", d4, FUNMI, atts, isubj, s, s + dur,
                           "Dear Adebayo,\n\nThis invitation has been updated with the new date and time (Friday, 30th October, 2026, 12:00noon). Venue unchanged.\n\nRegards,\nFunmilayo",
                           venue, uid, 1, teams=False, created=d2)
    return ("b322-13-bank-panel-moved-to-friday",
            [("01-invitation-panel-interview.eml", m1), ("02-panel-interview-invite.eml", m2),
             ("03-re-interview-moved.eml", m3), ("04-panel-interview-updated.eml", m4)],
            label([iv(BANK, BANK_ROLE, s, s + dur, "onsite", [EMEKA[1], NGOZI[1], TUNDE[1]])],
                  "hard", "positive/reschedule",
                  "Panel at Plot 12 Adeola Odeku Street: first Thu 29 Oct 10:00, then 'the interview has been moved to' "
                  "Fri 30 Oct 12:00noon by mail and by an Outlook update (same UID, SEQUENCE 1). Three panellists -> onsite; "
                  "duration 'about 1 hour 30 minutes'."))


@case
def c14():
    d = T("2026-10-27 10:47:00", "Tue", "+0100")
    text = """Dear Sir/Ma,

Good day. I am a Senior Consultant with TalentBridge HR Consult, a Lagos-based recruitment and executive search firm serving clients in banking, oil and gas and FMCG.

I came across your profile while sourcing for mid-level finance professionals and I would like to invite you for a CV review session with our team. The session helps us position your CV properly before we present you to our clients, and there is no charge for it.

Kindly revert with two or three convenient times between Wednesday and Friday this week (10:00am - 4:00pm), together with an updated copy of your CV in Word format. Once I receive your availability, I will send a calendar invite for a 20-minute call.

Looking forward to hearing from you.

Best regards,

Tolu Adebisi
Senior Consultant, Finance Practice
TalentBridge HR Consult
14B Ajose Adeogun Street, Victoria Island, Lagos
"""
    m, _ = mail("c14", d, "Tolu Adebisi <tolu.adebisi@talentbridgehr.example>", OWNER_ADDR,
                "CV Review Session - Finance & Accounting Roles (Banking/Oil & Gas)", alt("c14", text, font="Tahoma"))
    return ("b322-14-agency-cv-review-availability-request", [("01-cv-review-session.eml", m)],
            label([], "easy", "negative/availability-request",
                  "Recruitment agency asks for availability for a 'CV review session'; nothing is booked and it is not a "
                  "hiring-process interview."))


@case
def c15():
    d1 = T("2026-11-02 10:05:33", "Mon", "+0300", "nairobi")
    s1 = T("2026-11-05 13:00", "Thu", "+0300", "nairobi")
    s2 = T("2026-11-05 14:00", "Thu", "+0300", "nairobi")
    s3 = T("2026-11-05 15:00", "Thu", "+0300", "nairobi")
    end = s3 + timedelta(minutes=30)
    assert s1.astimezone(TZ["lagos"]).hour == 11 and end.astimezone(TZ["lagos"]).strftime("%H:%M") == "13:30"
    t1 = """Hi Adebayo,

Great news - the team really enjoyed your conversations so far, and we'd like to invite you to the final round for the Finance Manager, West Africa role.

It's a virtual loop on Thursday, 5 November, made up of three sessions on Google Meet with short breaks in between:

1:00pm - 1:45pm EAT: Technical deep-dive (IFRS, multi-currency reporting, FX revaluation) with Otieno Mwangi, Financial Controller
2:00pm - 2:45pm EAT: Case study walkthrough with Achieng Odhiambo, FP&A Lead - we'll send the case 24 hours before
3:00pm - 3:30pm EAT: Culture and values conversation with David Kiprono, VP Finance

All times are Nairobi time; in Lagos that is 11:00am to 1:30pm. You'll receive a separate calendar invite for each session.

Karibu, and all the best!
Wanjiru

Wanjiru Kamau
Senior Talent Partner, Mvua Pay
"""
    m1, _ = mail("c15a", d1, f"{WANJIRU[0]} <{WANJIRU[1]}>", OWNER_ADDR,
                 "Your final round at Mvua Pay - Thursday 5 November", alt("c15a", t1, "google", font="Arial"),
                 msgid=f"<CAK{h('c15', 'a', n=30)}@mail.gmail.com>")
    items = [("01-final-round-overview.eml", m1)]
    sessions = [
        (s1, 45, OTIENO, "Technical deep-dive", "IFRS, multi-currency reporting and FX revaluation with Otieno Mwangi (Financial Controller)."),
        (s2, 45, ACHIENG, "Case study walkthrough", "Walk Achieng Odhiambo (FP&A Lead) through your case study. The case will be shared 24 hours before."),
        (s3, 30, KIPRONO, "Culture & values", "Conversation with David Kiprono (VP Finance)."),
    ]
    for i, (st, mins, who, what, desc) in enumerate(sessions, 1):
        d = d1 + timedelta(minutes=14 + i)
        m, _ = google_invite(f"c15s{i}", d, WANJIRU, [who, ME],
                             f"Mvua Pay Final Round {i}/3: {what} (Adebayo Okonkwo)", st, st + timedelta(minutes=mins),
                             TZ["nairobi"], "East Africa Time", "EAT", desc, f"{google_event_id(f'c15s{i}')}@google.com")
        items.append((f"0{i + 1}-invitation-final-round-{i}.eml", m))
    return ("b322-15-nairobi-final-loop-three-invites", items,
            label([iv(MVUA, MVUA_ROLE, s1, end, "onsite", [OTIENO[1], ACHIENG[1], KIPRONO[1]])],
                  "hard", "positive/onsite-loop",
                  "Virtual final loop on one day sent as an overview mail plus three Google invites (13:00-15:30 EAT, "
                  "11:00-13:30 WAT); one onsite interview from the first start to the last end with all three interviewers."))


@case
def c16():
    d = T("2026-11-02 07:30:11", "Mon", "+0100")
    s = T("2026-11-07 16:00", "Sat", "+0100")
    org = ("Folake Adewale", "folake.adewale@christcovenantlekki.example")
    guests = [("Olumuyiwa Ojo", "olumuyiwa.ojo@christcovenantlekki.example"),
              ("Grace Etim", "grace.etim@christcovenantlekki.example"), ME]
    desc = ("E kaaro o, beloved in Christ.\n\nThis is to remind all members of the Finance & Audit Committee of our "
            "meeting this Saturday. Agenda: review of the Q3 offering and tithe reconciliation, the 2027 budget proposal "
            "and the building fund account. Brother Adebayo, as honorary auditor, kindly bring the reconciliation schedules."
            "\n\nWe shall start with a short prayer by 4:00pm prompt.\n\nGod bless you.\nDcns. Folake Adewale\nChurch Secretary")
    m, _ = google_invite("c16", d, org, guests, "Finance & Audit Committee Meeting - 2027 Budget", s,
                         s + timedelta(hours=2), TZ["lagos"], "West Africa Standard Time", "WAT", desc,
                         f"{google_event_id('c16')}@google.com",
                         location="Church Annex, 7 Admiralty Way, Lekki Phase 1, Lagos")
    return ("b322-16-church-finance-committee-invite", [("01-invitation-finance-committee.eml", m)],
            label([], "easy", "negative/church-meeting",
                  "Google invitation to a church finance committee meeting where the owner is honorary auditor; not job-related."))


@case
def c17():
    d1 = T("2026-11-03 09:40:27", "Tue", "+0100")
    d2 = T("2026-11-03 11:02:10", "Tue", "+0100")
    d3 = T("2026-11-04 08:15:44", "Wed", "+0100")
    T("2026-11-09 15:00", "Mon", "+0100")
    s = T("2026-11-11 11:00", "Wed", "+0100")
    e = s + timedelta(minutes=45)
    t1 = f"""Dear Mr. Okonkwo,

I am writing on behalf of the Chief Financial Officer, Mrs. Ifeoma Chukwu, who would like to meet with you for the final interview for the role of {BANK_ROLE}.

Kindly confirm your availability for one of the following slots:

Option A: Monday, 9th November, 2026 at 3:00pm
Option B: Wednesday, 11th November, 2026 at 11:00am

The meeting will hold in the CFO's office, 9th Floor, Plot 12, Adeola Odeku Street, Victoria Island, and should last about 45 minutes.

Best regards,

Bisola Ogunleye
Executive Assistant to the CFO
Marina Trust Bank Plc
"""
    subj = "Final Interview with the Chief Financial Officer"
    m1, id1 = mail("c17a", d1, f"{BISOLA[0]} <{BISOLA[1]}>", OWNER_ADDR, subj, alt("c17a", t1, "outlook"),
                   cc=f"{FUNMI[0]} <{FUNMI[1]}>")
    t2 = f"""Dear Bisola,

Thank you for the good news. Option B, Wednesday, 11th November, 2026 at 11:00am, works best for me.

I look forward to meeting Mrs. Chukwu.

Kind regards,
{OWNER_SIG}
{quote(t1, f"{BISOLA[0]} <{BISOLA[1]}>", d1)}"""
    m2, id2 = mail("c17b", d2, OWNER_ADDR, f"{BISOLA[0]} <{BISOLA[1]}>", "Re: " + subj,
                   leaf('text/plain; charset="UTF-8"', t2), cc=f"{FUNMI[0]} <{FUNMI[1]}>", irt=id1, refs=id1,
                   msgid=f"<CAP{h('c17', 'b', n=30)}@mail.gmail.com>")
    t3 = f"""Dear Mr. Okonkwo,

Noted with thanks. Your final interview with the CFO is hereby confirmed for Wednesday, 11/11/2026, 11:00am - 11:45am.

Kindly report at the 9th floor reception by 10:45am with a valid ID card, as security will register you at the ground floor. I have copied Mrs. Chukwu on this mail for her information.

Best regards,
Bisola

{quote(t2, f"{OWNER_NAME} <{OWNER}>", d2)}"""
    m3, _ = mail("c17c", d3, f"{BISOLA[0]} <{BISOLA[1]}>", OWNER_ADDR, "RE: " + subj, alt("c17c", t3, "outlook"),
                 cc=f"{IFEOMA[0]} <{IFEOMA[1]}>, {FUNMI[0]} <{FUNMI[1]}>", irt=id2, refs=f"{id1} {id2}")
    return ("b322-17-bank-cfo-final-propose-then-confirm",
            [("01-final-interview-with-cfo.eml", m1), ("02-re-final-interview.eml", m2), ("03-re-confirmed.eml", m3)],
            label([iv(BANK, BANK_ROLE, s, e, "hiring_manager", [IFEOMA[1]])],
                  "hard", "positive/thread-propose-confirm",
                  "CFO's assistant offers two slots, the owner picks Option B, the assistant confirms 11/11/2026 11:00-11:45 "
                  "and copies the CFO (the interviewer); Option A must not be reported."))


@case
def c18():
    s = T("2026-11-03 16:30", "Tue", "+0000", "london")
    e = s + timedelta(minutes=30)
    assert s.astimezone(TZ["lagos"]).strftime("%H:%M") == "17:30"
    eid = google_event_id("c18")
    api = {
        "kind": "calendar#event",
        "etag": f"\"{int(h('etag', 'c18', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-29T15:48:02.000Z",
        "updated": "2026-10-30T08:11:57.204Z",
        "summary": "Ledgerwise: final chat with Sophie Marsh (CEO)",
        "description": ("Final-stage conversation for the Senior Accountant (Remote, EMEA) role with Sophie Marsh, "
                        "CEO & co-founder. 30 mins, informal.\n\nReminder: UK clocks went back on 25 Oct, so this is "
                        "4:30pm in London and 5:30pm in Lagos.\n\nHarriet"),
        "creator": {"email": HARRIET[1], "displayName": HARRIET[0]},
        "organizer": {"email": HARRIET[1], "displayName": HARRIET[0]},
        "start": {"dateTime": "2026-11-03T16:30:00Z", "timeZone": "Europe/London"},
        "end": {"dateTime": "2026-11-03T17:00:00Z", "timeZone": "Europe/London"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": HARRIET[1], "displayName": HARRIET[0], "organizer": True, "responseStatus": "accepted"},
            {"email": SOPHIE[1], "displayName": SOPHIE[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet_code('c18')}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet_code('c18')}",
                             "label": f"meet.google.com/{meet_code('c18')}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet_code("c18"),
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return ("b322-18-london-ceo-final-api-event-only",
            [("01-final-chat-sophie.gcal.json", (json.dumps(api, indent=2) + "\n").encode())],
            label([iv(LW, LW_ROLE, s, e, "hiring_manager", [SOPHIE[1]])],
                  "medium", "positive/gcal-json-only",
                  "Only a Calendar API event: final chat with the CEO, dateTime in UTC ('Z') with timeZone Europe/London "
                  "after the UK change (16:30 GMT = 17:30 WAT)."))


@case
def c19():
    d = T("2026-11-04 13:27:00", "Wed", "+0100")
    T("2026-11-17 09:00", "Tue", "+0100")
    T("2026-11-09 09:00", "Mon", "+0100")
    text = """Dear OKONKWO, ADEBAYO CHUKWUEMEKA,

Registration Number: ICAN/S/2019/418763

This is to confirm your booking for the November 2026 Diet of the ICAN Professional Examinations.

Level: Professional
Paper: Case Study
Date: Tuesday, 17th November, 2026
Time: 9:00am - 1:00pm (candidates to be seated by 8:30am)
Centre: Lagos (Yaba) - Centre Code 0412

Your examination docket will be available on the student portal from Monday, 9th November, 2026. You will not be admitted into the examination hall without your docket and a valid means of identification.

Wishing you success.

Examinations Directorate
The Institute of Chartered Accountants of Nigeria
"""
    m, _ = mail("c19", d, "ICAN Examinations <examinations@ican-portal.example>", OWNER_ADDR,
                "Examination Booking Confirmation - November 2026 Diet",
                multi("alternative", "c19", [leaf('text/html; charset="UTF-8"', to_html(text, "Verdana"), "base64")]))
    return ("b322-19-ican-exam-booking", [("01-ican-exam-booking.eml", m)],
            label([], "easy", "negative/exam-booking",
                  "Professional exam booking confirmation with date, time and centre; not an interview."))


@case
def c20():
    d = T("2026-11-05 05:12:44", "Thu", "+0000", "utc")
    T("2026-11-09 10:00", "Mon", "+0100")
    T("2026-11-07 12:00", "Sat", "+0100")
    text = """Dear Candidate,

CONGRATULATIONS!!!

Following your application through our recruitment portal, we are pleased to inform you that you have been shortlisted for the position of ACCOUNT OFFICER at Atlantic Petrogas Nigeria Limited with a monthly take-home salary of \u20a6850,000 plus official car and accommodation.

You are invited for an interview scheduled as follows:

Date: Monday, 9th November, 2026
Time: 10:00am
Mode: Online (Telegram video call with the HR Manager)

To be accredited for the interview, all shortlisted candidates are required to pay a non-refundable processing and medical fee of \u20a625,500 to our accredited consultant on or before Saturday, 7th November, 2026:

Account Name: Grace Ventures Consult
Account details will be sent on WhatsApp

Send evidence of payment to the WhatsApp line 0907 XXX 1183. Failure to make payment will lead to automatic disqualification.

NOTE: This offer is strictly confidential.

Management
Atlantic Petrogas Nigeria Limited
"""
    m, _ = mail("c20", d, "Atlantic Petrogas Nigeria HR <hr.atlanticpetrogas@careers-mail.example>", "undisclosed-recipients:;",
                "SHORTLISTED: Interview Invitation for Account Officer Position", leaf('text/plain; charset="UTF-8"', text),
                reply_to="atlanticpetrogas.recruit@careers-mail.example")
    return ("b322-20-scam-oil-company-interview-fee", [("01-shortlisted-interview-invitation.eml", m)],
            label([], "hard", "negative/scam",
                  "Fake oil-company recruiter states an interview date and time but demands a 'processing fee' via WhatsApp; scam."))


@case
def c21():
    d = T("2026-11-06 15:18:20", "Fri", "+0100")
    s = T("2026-11-12 10:00", "Thu", "+0100")
    ronke = ("Ronke Ajayi", "ronke.ajayi@brightwaterlogistics.example")
    note = """Hi Adebayo,

As discussed at Monday's team meeting, please help us interview Chiamaka Eze, the SIWES student from UNILAG who applied for the accounts internship. You will be on the panel with me; kindly focus on basic bookkeeping, bank reconciliation and Excel.

Her CV and the interview scorecard are on the HR SharePoint. Please return the completed scorecard to me by close of business the same day.

(Sent to your personal mail because your Brightwater mailbox is still being migrated.)

Thanks,
Ronke Ajayi
HR Officer, Brightwater Logistics Ltd"""
    m, _ = outlook_invite("c21", d, ronke, [ME, ("Chiamaka Eze", "chiamaka.eze@students-unilag.example")],
                          "Interview: Chiamaka Eze - SIWES Accounts Intern", s, s + timedelta(minutes=45), note,
                          "Finance Conference Room, Brightwater Logistics, 22 Creek Road, Apapa", outlook_uid("c21"),
                          teams=False)
    return ("b322-21-owner-interviews-intern", [("01-interview-chiamaka-eze.eml", m)],
            label([], "medium", "negative/user-is-interviewer",
                  "Current employer asks the owner to sit on the panel interviewing an intern; the owner is the interviewer."))


@case
def c22():
    d = T("2026-11-10 11:41:09", "Tue", "+0000", "london")
    text = """Hi Adebayo,

Thank you for the time you've invested in Ledgerwise over the past few weeks - the intro call, your conversation with Tom on Tuesday 27 October and the final chat with Sophie last week.

This was a genuinely difficult decision, but we've decided to move forward with another candidate whose experience with UK statutory reporting was a closer match for where the team is right now.

Tom asked me to pass on that he was impressed by your approach to intercompany reconciliations, and we'd love to keep in touch for future roles - particularly as we grow our Lagos entity next year.

Wishing you all the best in your search,
Harriet

Harriet Cole | Talent Partner, Ledgerwise
"""
    m, _ = mail("c22", d, f"{HARRIET[0]} <no-reply@ashbyhq.com>", OWNER_ADDR,
                "Your application for Senior Accountant (Remote, EMEA) at Ledgerwise",
                alt("c22", text, html_enc="base64", font="Inter, Helvetica"),
                reply_to=f"{HARRIET[0]} <{HARRIET[1]}>")
    return ("b322-22-london-rejection-after-interviews", [("01-ledgerwise-application-update.eml", m)],
            label([], "medium", "negative/rejection",
                  "Ashby rejection that mentions past interview dates ('Tuesday 27 October'); nothing new is scheduled."))


@case
def c23():
    d = T("2026-11-23 10:22:00", "Mon", "+0100")
    T("2026-11-27 10:00", "Fri", "+0100")
    text = f"""Dear Adebayo,

E kaaro. Following the successful conclusion of the recruitment process, we are delighted to offer you the position of {BANK_ROLE} in the Finance Group of Marina Trust Bank Plc.

You are invited for the signing of your offer letter as follows:

Date: Friday, 27th November, 2026
Time: 10:00am prompt
Venue: Human Resources Department, 3rd Floor, Plot 12, Adeola Odeku Street, Victoria Island, Lagos

Kindly come along with the originals and two photocopies each of your academic and professional certificates, NYSC discharge certificate, birth certificate, two passport photographs and evidence of your BVN. The HR team will take you through your compensation, resumption date and documentation.

Once again, congratulations and welcome to the Marina family!

Yours faithfully,

Funmilayo Adeyemi (Mrs.)
For: Head, Human Resources
Marina Trust Bank Plc
"""
    m, _ = mail("c23", d, f"{FUNMI[0]} <{FUNMI[1]}>", OWNER_ADDR, f"Offer of Employment - {BANK_ROLE}",
                alt("c23", text, "outlook"))
    return ("b322-23-bank-offer-letter-signing", [("01-offer-of-employment.eml", m)],
            label([], "medium", "negative/offer",
                  "Offer letter with an in-person signing appointment at the head office ('by 10:00am prompt'); an offer, not an interview."))


# =========================================================================== README
TZ_POINTS = """- All Lagos and Abuja times are WAT, Africa/Lagos, UTC+01:00 all year (no DST). E-mail Date headers from Nigerian senders use +0100.
- Case 04: the Workday server's Date header is -0700 (America/Los_Angeles, still PDT on 8 Oct; the US changes on Nov 1). The assessment is a negative.
- Case 05, 09, 11, 13, 21: Exchange/Outlook .ics with TZID "W. Central Africa Standard Time" and the "(UTC+01:00) West Central Africa" label.
- Case 06: Europe/London on Wed 14 Oct 2026 = BST (+01:00), the same wall time as Lagos.
- Case 07: Africa/Nairobi (EAT, +03:00, no DST): 14:00 EAT = 12:00 WAT; invite sent with a +0300 Date header.
- Case 08: SuccessFactors Date header is +0000; the interview is 20/10/2026 10:00 (GMT+01:00).
- Case 12: proposed on 20 Oct (BST, +0100) for Tue 27 Oct "2pm UK time". The UK changed on Sun 25 Oct, so it is 14:00 GMT = 15:00 WAT. The recruiter's line that it is "2pm for you in Lagos too" is wrong.
- Case 15: the loop runs 13:00-15:30 EAT (+03:00) = 11:00-13:30 WAT.
- Case 18: Calendar API dateTime "2026-11-03T16:30:00Z" with timeZone Europe/London (GMT after Oct 25) = 17:30 WAT.
- Case 20 and 22: Date headers are +0000 (UTC, and London after the change).
- Case 03: "tomorrow at 2pm" is resolved against Date: Wed, 07 Oct 2026 17:48 +0100, giving Thu 8 Oct 14:00 WAT."""


def readme(labels, cases):
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    rows = "\n".join(f"| {k} | {'positive' if v['interview'] else 'negative'} | {len(v['interviews'])} | "
                     f"{v['difficulty']} | {v['category']} |" for k, v in labels.items())
    return f"""# blind322: Lagos accountant job search in Nigerian English (written blind)

Mailbox owner: **Adebayo Okonkwo <{OWNER}>**, an accountant living in Lagos (Africa/Lagos, WAT, no DST).

This set was written blind. The author read only the eval README and a couple of dev files to check formats;
no detector code, tests or other sets were read. `make_cases.py` regenerates every case and `labels.yaml` byte-for-byte.

## What it stresses
Nigerian English recruiting mail: "Dear Sir/Ma", "Kindly confirm your availability", "You are invited for an interview
scheduled as follows", "by 10:00am prompt", "revert", dates such as "Thursday, 22nd October, 2026" and "20/10/2026",
and Yoruba and Hausa lines ("E kaaro", "Sannu", "Ranar Talata", "Nagode"). The owner applies to a Lagos bank
(Workday and SuccessFactors), an Abuja oil-and-gas firm (Exchange/Teams), a Big Four firm (aptitude test first), a
Nairobi fintech (Google Calendar, EAT) and a London remote company (Google, Ashby, the UK clock change on 25 Oct 2026).
Hard negatives look like interviews: a written assessment with an .ics, an online aptitude test, an NYSC clearance
meeting, an ICAN exam booking, a church committee invite, an agency "CV review" that books nothing, a fee-demanding
scam that gives an interview time, the owner interviewing an intern, a rejection and an offer-letter signing.

## Counts
- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)
- Labelled interviews: {len(ivs)}; by status: {', '.join(f'{k} {v}' for k, v in sorted(by_status.items()))};
  by kind: {', '.join(f'{k} {v}' for k, v in sorted(by_kind.items()))}
- Features: reschedule (case 13, by mail and by Outlook update with the same UID and SEQUENCE 1), cancellation (case 11,
  METHOD:CANCEL), two interviews in one case (case 09), a loop sent as several invites (case 15), a time found only in
  the body via "tomorrow at 2pm" (case 03), propose-then-confirm thread (case 17), mail + invite + API dedupe (case 07).

## Formats
.eml: text/plain and text/html (quoted-printable, base64, 7bit); Google Calendar invitations (multipart/mixed with
text/plain, text/html, text/calendar;method=REQUEST and invite.ics); Exchange/Teams requests and a cancellation
(multipart/alternative, base64 text/calendar, Windows TZIDs, X-MICROSOFT-CDO-*); Workday and SuccessFactors mails with
.ics attachments; Outlook .ics attachments on a recruiter mail; Ashby mail. Standalone `.ics` (case 06) and Calendar API
`.gcal.json` events (cases 07, 18).

## Time zones and DST
{TZ_POINTS}

## Cases
| case | type | interviews | difficulty | category |
|---|---|---|---|---|
{rows}
"""


# =========================================================================== main
def main():
    check_calendar_facts()
    for p in sorted(OUT.glob("b322-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        slug, items, lab = fn()
        nn = slug.split("-")[1]
        assert slug not in labels
        d = OUT / slug
        d.mkdir()
        for name, data in items:
            assert name[:2].isdigit() and name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(data)
        labels[slug] = lab
    nums = [k.split("-")[1] for k in labels]
    assert nums == [f"{i:02d}" for i in range(1, len(labels) + 1)], nums
    head = "# Labels for blind322 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    (OUT / "README.md").write_text(readme(labels, CASES), encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
