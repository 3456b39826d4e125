#!/usr/bin/env python3
"""Generate the blind315 evaluation set (Boston biotech/pharma job seeker, Oct-Nov 2026).

Deletes and rewrites every b315-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run (all ids, boundaries and dates derive from fixed seeds).
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
SEED = "blind315-boston-biotech"
OWNER = "priya.raman@example.com"
OWNER_NAME = "Priya Raman"
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
ZH = ZoneInfo("Europe/Zurich")
UTC = timezone.utc

# ----------------------------------------------------------------------------- time helpers

def T(tz, s, wd, off):
    """Aware datetime; asserts weekday abbreviation and UTC offset (e.g. '-04:00')."""
    fmt = "%Y-%m-%d %H:%M:%S" if len(s) > 16 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert dt.strftime("%a") == wd, (s, dt.strftime("%a"), wd)
    got = dt.strftime("%z")
    assert got == off.replace(":", ""), (s, got, off)
    return dt


def iso(dt):
    return dt.isoformat()


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gtime(dt):
    """Google style '11am' / '11:45am'."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def check_dst():
    # 2026 DST facts used by this set
    assert datetime(2026, 3, 8).strftime("%a") == "Sun" and datetime(2026, 11, 1).strftime("%a") == "Sun"
    assert datetime(2026, 3, 29).strftime("%a") == "Sun" and datetime(2026, 10, 25).strftime("%a") == "Sun"
    T(NY, "2026-10-31 12:00", "Sat", "-04:00"); T(NY, "2026-11-01 12:00", "Sun", "-05:00")
    T(NY, "2026-03-07 12:00", "Sat", "-05:00"); T(NY, "2026-03-08 12:00", "Sun", "-04:00")
    T(LA, "2026-10-31 12:00", "Sat", "-07:00"); T(LA, "2026-11-01 12:00", "Sun", "-08:00")
    T(ZH, "2026-10-24 12:00", "Sat", "+02:00"); T(ZH, "2026-10-25 12:00", "Sun", "+01:00")
    T(ZH, "2026-03-28 12:00", "Sat", "+01:00"); T(ZH, "2026-03-29 12:00", "Sun", "+02:00")


# ----------------------------------------------------------------------------- id helpers

def h(*parts):
    return hashlib.sha256(("|".join([SEED, *parts])).encode()).hexdigest()


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in h("digits", seed)[:n])


def mid(seed, style, domain=""):
    x = h("mid", seed)
    if style == "gmail":
        return f"<CA{x[:2].upper()}{x[2:14]}{x[14:30].upper()}+{x[30:38]}@mail.gmail.com>"
    if style == "gcal":
        return f"<calendar-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@google.com>"
    if style == "outlook":
        p = x[:4].upper()
        return f"<{p}PR0{digits(seed, 1)}MB{digits(seed + 'a', 4)}{x[4:28].upper()}@{p}PR0{digits(seed, 1)}MB{digits(seed + 'a', 4)}.namprd0{digits(seed + 'b', 1)}.prod.outlook.com>"
    return f"<{x[:16]}.{x[16:28]}@{domain}>"


def boundary(seed, style="google"):
    x = h("boundary", seed)
    if style == "google":
        return "000000000000" + x[:12]
    if style == "outlook":
        return f"_000_{x[:32].upper()}prodoutlookcom_"
    return f"----=_Part_{int(x[:8], 16) % 900000 + 100000}_{int(x[8:16], 16) % 90000000}.{1790000000000 + int(x[16:22], 16) % 10000000}"


def teams_link(seed):
    x = h("teams", seed)
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{base64.urlsafe_b64encode(bytes.fromhex(x[:48])).decode().rstrip('=')}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}%22%7d")


def zoom_id(seed):
    d = digits("zoom" + seed, 11)
    return f"{d[:3]} {d[3:7]} {d[7:]}", d


# ----------------------------------------------------------------------------- MIME helpers

def leaf(ctype, text, enc="7bit", disp=None, charset='"UTF-8"'):
    raw = text.encode("utf-8")
    if enc == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif enc == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = text
    ct = ctype if ("charset" in ctype or not ctype.startswith("text/")) else f"{ctype}; charset={charset}"
    hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {enc}"]
    if disp:
        hdrs.append(f"Content-Disposition: {disp}")
    return hdrs, body


def attach_ics(ics_text, fname="invite.ics", ctype="application/ics"):
    return leaf(f'{ctype}; name="{fname}"', ics_text, "base64", f'attachment; filename="{fname}"')


def multi(sub, parts, seed, style="google"):
    b = boundary(seed, style)
    out = []
    for hdrs, body in parts:
        out.append(f"--{b}\n" + "\n".join(hdrs) + "\n\n" + body.rstrip("\n") + "\n")
    out.append(f"--{b}--\n")
    return [f'Content-Type: multipart/{sub}; boundary="{b}"'], "\n".join(out)


def html_from_text(text, font="Arial,Helvetica,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def alt(text, seed, enc_t="quoted-printable", enc_h="quoted-printable", html_text=None, style="google"):
    return multi("alternative", [leaf("text/plain", text, enc_t),
                                 leaf("text/html", html_text or html_from_text(text), enc_h)], seed, style)


CASES = []   # (case_id, label dict)
FILES = {}   # relative path -> bytes


def add_file(case_id, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    FILES[f"{case_id}/{name}"] = data


def eml(case_id, name, *, frm, to, subject, date, msgid, body, cc=None, reply_to=None, sender=None,
        irt=None, refs=None, extra=(), relay="mail-sor-f41.google.com", return_path=None):
    hdrs, payload = body
    rcv = (date + timedelta(seconds=3 + int(h("rcv", case_id, name)[:2], 16) % 40)).astimezone(NY)
    rp = return_path or frm.split("<")[-1].rstrip(">")
    lines = [
        f"Delivered-To: {OWNER}",
        f"Received: from {relay} ({relay}. [209.85.{int(h('ip', name)[:2], 16) % 250}.{int(h('ip', name)[2:4], 16) % 250}])",
        f"        by mx.google.com with SMTPS id {h('smtp', case_id, name)[:12]}",
        f"        for <{OWNER}>",
        "        (Google Transport Security);",
        f"        {format_datetime(rcv)}",
        f"Return-Path: <{rp}>",
        f"From: {frm}",
    ]
    if sender:
        lines.append(f"Sender: {sender}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {subject}", f"Date: {format_datetime(date)}", f"Message-ID: {msgid}"]
    if irt:
        lines.append(f"In-Reply-To: {irt}")
    if refs:
        lines.append(f"References: {refs}")
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    lines += hdrs
    text = "\n".join(lines) + "\n\n" + payload
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    add_file(case_id, name, text)


# ----------------------------------------------------------------------------- iCalendar helpers

VTZ = {
    "America/New_York": """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "America/Los_Angeles": """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Zurich": """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Eastern Standard Time": """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "W. Europe Standard Time": """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
}


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], line.encode("utf-8")
    first = True
    while len(cur) > (75 if first else 74):
        n = 75 if first else 74
        while (cur[n] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            n -= 1
        out.append(cur[:n].decode("utf-8"))
        cur = cur[n:]
        first = False
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, style="google"):
    if style == "google":
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{email}"


def vevent(*, uid, start, end, summary, organizer, attendees, dtstamp, description="", location="",
           seq=0, status="CONFIRMED", tzid=None, extra=(), created=None):
    """start/end aware datetimes; tzid None -> UTC 'Z' form, else TZID=<tzid> local form."""
    L = ["BEGIN:VEVENT"]
    if tzid:
        L += [f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}"]
    else:
        L += [f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}"]
    L.append(f"DTSTAMP:{ics_utc(dtstamp)}")
    on, oe = organizer
    L.append(f"ORGANIZER;CN={on}:mailto:{oe}")
    L.append(f"UID:{uid}")
    L += attendees
    if created:
        L.append(f"CREATED:{ics_utc(created)}")
    if description:
        L.append(f"DESCRIPTION:{ics_escape(description)}")
    L.append(f"LAST-MODIFIED:{ics_utc(dtstamp)}")
    if location:
        L.append(f"LOCATION:{ics_escape(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcal(method, prodid, events, tzids=(), extra_head=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += list(extra_head)
    for t in tzids:
        L += VTZ[t].split("\n")
    for ev in events:
        L += ev
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in L) + "\r\n"


def exchange_props(busy="BUSY"):
    return [f"X-MICROSOFT-CDO-APPT-SEQUENCE:0", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy}", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


def google_invite(case_id, name, *, seed, organizer, guests, summary, start, end, sent, description,
                  location="", conf_text="", method="REQUEST", seq=0, uid=None, tzlabel=None, cc=None):
    """Google Calendar invitation e-mail (multipart/mixed; alt text/plain+html+calendar; invite.ics)."""
    on, oe = organizer
    uid = uid or f"{h('uid', seed)[:26]}@google.com"
    tzlabel = tzlabel or {"America/New_York": "Eastern Time - New York",
                          "America/Los_Angeles": "Pacific Time - Los Angeles",
                          "Europe/Zurich": "Central European Time - Zurich"}[start.tzinfo.key]
    abbr = start.tzname()
    when_subj = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({abbr})"
    subject = f"Invitation: {summary} @ {when_subj} ({OWNER})"
    when_body = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)} ({tzlabel})"
    atts = [attendee(on, oe, partstat="ACCEPTED", rsvp=True)]
    for gn, ge in guests:
        if ge != oe:
            atts.append(attendee(gn, ge))
    desc_full = description + ("\n\n" + conf_text if conf_text else "") + \
        "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nPlease do not edit this section of the description.\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    ev = vevent(uid=uid, start=start, end=end, summary=summary, organizer=organizer, attendees=atts,
                dtstamp=sent, description=desc_full, location=location, seq=seq,
                status="CANCELLED" if method == "CANCEL" else "CONFIRMED", created=sent - timedelta(minutes=2))
    ics = vcal(method, "-//Google Inc//Google Calendar 70.9054//EN", [ev])
    guest_lines = "\n".join(f"{gn}\n{ge}" for gn, ge in [organizer] + [g for g in guests if g[1] != oe])
    text = (f"{summary}\n{when_body}\n"
            + (f"\nLocation\n{location}\n" if location else "")
            + (f"\n{conf_text}\n" if conf_text else "")
            + f"\n{description}\n\nOrganizer\n{on}\n{oe}\n\nGuests\n{guest_lines}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={h('eid', seed)[:40]}\n\n"
            "Reply for priya.raman@example.com\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?action=VIEW\n\n"
            "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n")
    html_body = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 f'<div itemscope itemtype="http://schema.org/InformAction"><span itemprop="name" style="display:none">{html.escape(summary)}</span></div>'
                 f'<table role="presentation" style="width:100%"><tr><td><h2 style="font-family:Google Sans,Roboto,Arial,sans-serif;font-size:22px;font-weight:400">{html.escape(summary)}</h2>'
                 f'<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043"><b>When</b><br>{html.escape(when_body)}</div>'
                 + (f'<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043"><b>Location</b><br>{html.escape(location)}</div>' if location else "")
                 + (f'<div style="font-family:Roboto,Arial,sans-serif;font-size:14px">{html.escape(conf_text).replace(chr(10), "<br>")}</div>' if conf_text else "")
                 + f'<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;padding-top:12px">{html.escape(description).replace(chr(10), "<br>")}</div>'
                 f'<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;padding-top:12px"><b>Guests</b><br>'
                 + "<br>".join(f'<a href="mailto:{ge}">{html.escape(gn)}</a>' + (" - organizer" if ge == oe else "") for gn, ge in [organizer] + [g for g in guests if g[1] != oe])
                 + '</div></td></tr></table><p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></body></html>\n')
    cal_part = leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "7bit")
    inner = multi("alternative", [leaf("text/plain", text, "quoted-printable"),
                                  leaf("text/html", html_body, "quoted-printable"), cal_part], seed + "alt")
    body = multi("mixed", [inner, attach_ics(ics)], seed + "mixed")
    prefix = {"REQUEST": "Invitation", "CANCEL": "Canceled event"}[method]
    if seq > 0 and method == "REQUEST":
        prefix = "Updated invitation"
    subject = subject.replace("Invitation:", prefix + ":", 1)
    eml(case_id, name, frm=f"{on} <{oe}>", sender="Google Calendar <calendar-notification@google.com>",
        reply_to=f"{on} <{oe}>", to=OWNER, cc=cc, subject=subject, date=sent, msgid=mid(seed, "gcal"), body=body,
        return_path=f"3{h('rp', seed)[:20]}@calendar-server.bounces.google.com")
    return uid


def outlook_invite(case_id, name, *, seed, organizer, required, optional=(), subject, start, end, sent,
                   when_label, text_intro, location="Microsoft Teams Meeting", win_tz="Eastern Standard Time",
                   seq=0, method="REQUEST", uid=None, to_line=None, cc_line=None):
    """Exchange/Teams meeting request: multipart/alternative (text/plain, text/html, text/calendar)."""
    on, oe = organizer
    link = teams_link(seed)
    mtg = digits("mtg" + seed, 15)
    mtg_id = f"{mtg[:3]} {mtg[3:6]} {mtg[6:9]} {mtg[9:12]}"
    pc = base64.b32encode(bytes.fromhex(h("pc", seed)[:10])).decode()[:6].capitalize()
    teams_block = ("________________________________________________________________________________\n"
                   "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                   f"Click here to join the meeting<{link}>\nMeeting ID: {mtg_id}\nPasscode: {pc}\n"
                   "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                   "________________________________________________________________________________")
    text = f"When: {when_label}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{text_intro}\n\n{teams_block}\n"
    uid = uid or "040000008200E00074C5B7101A82E008000000" + h("uid", seed)[:32].upper()
    atts = [attendee(n, e, style="ms") for n, e in [(OWNER_NAME, OWNER)] + list(required) if True]
    atts += [attendee(n, e, role="OPT-PARTICIPANT", style="ms") for n, e in optional]
    desc = text
    ev = vevent(uid=uid, start=start, end=end, summary=subject, organizer=organizer, attendees=atts, dtstamp=sent,
                description=desc, location=location, seq=seq, tzid=win_tz,
                status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
                extra=["CLASS:PUBLIC", "PRIORITY:5"] + exchange_props("FREE" if method == "CANCEL" else "TENTATIVE")
                + [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}", f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{location}\",\"LocationAnnotation\":\"\",\"LocationSource\":0}}]"])
    ics = vcal(method, "Microsoft Exchange Server 2010", [ev], tzids=[win_tz])
    hb = html_from_text(text, font="Aptos,Calibri,sans-serif")
    body = multi("alternative", [leaf("text/plain", text, "quoted-printable"), leaf("text/html", hb, "quoted-printable"),
                                 leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64")], seed, "outlook")
    ex = ["Thread-Topic: " + subject, f"Thread-Index: {base64.b64encode(bytes.fromhex(h('ti', seed)[:44])).decode()}",
          "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "Content-class: urn:content-classes:calendarmessage", "x-ms-publictraffictype: Email"]
    eml(case_id, name, frm=f"{on} <{oe}>", to=to_line or ", ".join(f"{n} <{e}>" for n, e in [(OWNER_NAME, OWNER)] + list(required)),
        cc=cc_line, subject=subject, date=sent, msgid=mid(seed, "outlook"), body=body, extra=ex,
        relay=f"NAM1{digits(seed, 1)}-BN8-obe.outbound.protection.outlook.com")
    return uid, link


def case(case_id, interviews, difficulty, category, notes):
    CASES.append((case_id, {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}))


def iv(company, role, start, end, kind, interviewers, followup=None, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup if followup is not None else interviewers), "kind": kind}


P = f"{OWNER_NAME} <{OWNER}>"
PRIYA_SIG = "Priya\n\n--\nPriya Raman, PhD\nSenior Scientist, Cell Biology\n(617) 555-0143"


# ============================================================================= people / companies
HAL, HAL_D, HAL_ROLE = "Halcyon Cell Therapeutics", "halcyoncell.example", "Senior Scientist, Cell Biology"
RID, RID_D, RID_ROLE = "Ridgeway Pharmaceuticals", "ridgewaypharma.example", "Senior Scientist, Cell Biology - Immunology Discovery"
TID, TID_D, TID_ROLE = "Tidewater Bio", "tidewaterbio.example", "Senior Scientist, Cellular Pharmacology"
CAT, CAT_D, CAT_ROLE = "Catawba Research Partners", "catawbacro.example", "Principal Scientist, Cell-Based Assays"
RHE, RHE_D, RHE_ROLE = "Rheinfeld Therapeutics", "rheinfeld.example", "Senior Scientist Cell Biology (m/f/d)"
LFI_D = "longfellow-institute.example"

MEGAN = ("Megan Doherty", f"megan.doherty@{HAL_D}")
ALYSSA = ("Alyssa Brennan", f"alyssa.brennan@{HAL_D}")
NATHAN = ("Nathan Whitcomb", f"nathan.whitcomb@{HAL_D}")
KENJI = ("Kenji Arai", f"kenji.arai@{HAL_D}")
SHAUNA = ("Shauna McBride", f"shauna.mcbride@{HAL_D}")
RAHUL = ("Rahul Deshmukh", f"rahul.deshmukh@{HAL_D}")
ELENA = ("Elena Vasquez-Reid", f"elena.vasquezreid@{HAL_D}")
JOYCE = ("Joyce Albright", f"joyce.albright@{HAL_D}")
DANIELLE = ("Danielle Kowalski", f"danielle.kowalski@{RID_D}")
MARCUS = ("Marcus Feld", f"marcus.feld@{RID_D}")
TAMIKA = ("Tamika Grant", f"tamika.grant@{RID_D}")
JOANNE = ("Joanne Whitaker", f"joanne.whitaker@{RID_D}")
VIKRAM = ("Vikram Sethi", f"vikram.sethi@{RID_D}")
LAURA = ("Laura Benedetti", f"laura.benedetti@{RID_D}")
JENNA = ("Jenna Ortiz", f"jenna@{TID_D}")
OWEN = ("Owen Castellano", f"owen@{TID_D}")
MEILIN = ("Mei Lin Zhou", f"meilin@{TID_D}")
GABE = ("Gabriel Ruiz", f"gabe@{TID_D}")
HANNAH = ("Hannah Lindqvist", f"hannah@{TID_D}")
BRANDON = ("Brandon Tate", f"brandon.tate@{CAT_D}")
KAYLA = ("Kayla Simmons", f"kayla.simmons@{CAT_D}")
RENEE = ("Renee Holloway", f"renee.holloway@{CAT_D}")
SABINE = ("Sabine Keller", f"sabine.keller@{RHE_D}")
LUKAS = ("Lukas Brunner", f"lukas.brunner@{RHE_D}")
ANJA = ("Anja Frei", f"anja.frei@{RHE_D}")
MATTEO = ("Matteo Rossi", f"matteo.rossi@{RHE_D}")
CLAIRE = ("Claire Dubois", f"claire.dubois@{RHE_D}")
DEV = ("Dev Malhotra", f"dev.malhotra@{LFI_D}")
DONNA = ("Donna Pierce", f"donna.pierce@{LFI_D}")


def A(p):
    return f"{p[0]} <{p[1]}>"


# ============================================================================= cases 01-11

def c01():
    cid = "b315-01-halcyon-screen-propose-confirm"
    d1 = T(NY, "2026-10-12 09:14:37", "Mon", "-04:00")
    d2 = T(NY, "2026-10-12 12:41:05", "Mon", "-04:00")
    d3 = T(NY, "2026-10-13 08:52:19", "Tue", "-04:00")
    m1, m2, m3 = mid(cid + "1", "plain", "mail.halcyoncell.example"), mid(cid + "2", "gmail"), mid(cid + "3", "plain", "mail.halcyoncell.example")
    subj = "Halcyon Cell Therapeutics - Senior Scientist, Cell Biology"
    t1 = """Hi Priya,

I hope your week is off to a good start! My name is Megan and I lead talent acquisition for our research organization at Halcyon Cell Therapeutics here in Cambridge. Our Director of Cell Biology, Nathan Whitcomb, flagged your application for our Senior Scientist, Cell Biology opening. Your organoid and live-cell imaging work lines up really well with what the team is building.

Please let me know your availability for a 30-minute phone screen later this week or early next. I'm flexible most mornings and can usually make early afternoons work too.

Best,
Megan

Megan Doherty
Senior Talent Acquisition Partner, R&D
Halcyon Cell Therapeutics | 145 Athenaeum Street, Cambridge, MA 02142
m: 617-555-0187
"""
    eml(cid, "01-megan-doherty-phone-screen-request.eml", frm=A(MEGAN), to=P, subject=subj, date=d1, msgid=m1,
        body=leaf("text/plain", t1, "7bit"), relay="mail-0187.halcyoncell.example")
    t2 = f"""Hi Megan,

Thank you for reaching out - I'd be glad to talk. Thursday (10/15) anytime between 10:00 and noon would be ideal, or Friday (10/16) after 1 pm ET. My cell is (617) 555-0143 if a call is easiest.

Best,
{PRIYA_SIG}

On Mon, Oct 12, 2026 at 9:14 AM Megan Doherty <{MEGAN[1]}> wrote:
> Hi Priya,
>
> I hope your week is off to a good start! My name is Megan and I lead talent
> acquisition for our research organization at Halcyon Cell Therapeutics here in
> Cambridge.
> ...
> Please let me know your availability for a 30-minute phone screen later this
> week or early next.
"""
    eml(cid, "02-priya-reply-availability.eml", frm=P, to=A(MEGAN), subject="Re: " + subj, date=d2, msgid=m2,
        irt=m1, refs=m1, body=alt(t2, cid + "2"), relay="mail-sor-f41.google.com")
    t3 = f"""Hi Priya,

Great - let's lock in Thursday at 10:30. I'll call you at (617) 555-0143, and we should wrap up by 11. I'll share a bit more about the team and the role, and I'd love to hear what you're looking for in your next step.

Talk soon,
Megan

> On Oct 12, 2026, at 12:41 PM, Priya Raman <{OWNER}> wrote:
>
> Thursday (10/15) anytime between 10:00 and noon would be ideal, or Friday
> (10/16) after 1 pm ET.
"""
    eml(cid, "03-megan-doherty-confirms-thursday.eml", frm=A(MEGAN), to=P, subject="RE: " + subj, date=d3, msgid=m3,
        irt=m2, refs=f"{m1} {m2}", body=alt(t3, cid + "3", enc_h="base64"), relay="mail-0187.halcyoncell.example")
    s, e = T(NY, "2026-10-15 10:30", "Thu", "-04:00"), T(NY, "2026-10-15 11:00", "Thu", "-04:00")
    case(cid, [iv(HAL, HAL_ROLE, s, e, "phone_screen", [MEGAN[1]])], "medium", "positive/thread-propose-confirm",
         "Recruiter asks for availability, Priya offers Thu/Fri windows, recruiter confirms 'Thursday at 10:30' (resolved "
         "to Oct 15 from the thread; EDT). 'wrap up by 11' gives the end. Recruiter conducts the screen.")


def c02():
    cid = "b315-02-conference-oral-session-san-diego"
    sent = T(LA, "2026-10-08 15:02:44", "Thu", "-07:00")
    s, e = T(LA, "2026-11-16 14:15", "Mon", "-08:00"), T(LA, "2026-11-16 14:30", "Mon", "-08:00")
    txt = """Dear Dr. Raman,

Congratulations! On behalf of the Program Committee, we are pleased to confirm that your abstract #A-1187, "Apical-basal polarity checkpoints in intestinal organoid regeneration," has been selected for a short oral presentation at the Pacific Cell Biology Symposium 2026.

Your session details:
  Session 6B: Organoid Models of Epithelial Repair
  Date: Monday, November 16, 2026
  Your slot: 2:15 - 2:30 PM PT (12-minute talk + 3 minutes of questions)
  Room: Pacific Ballroom 20, Marriott Marquis San Diego Marina
  Session chairs: Dr. Ines Carvalho and Dr. Robert Tanaka

Please upload your slides (16:9, PowerPoint or PDF) to the speaker portal by Friday, November 13, and check in at the Speaker Ready Room at least two hours before your session. A calendar file with your slot is attached.

Speakers are also invited to the Meet-the-Speakers reception on Sunday evening, where trainees and press often ask for short interviews about the work - entirely optional.

We look forward to seeing you in San Diego.

Warm regards,
PCBS 2026 Program Committee
Pacific Cell Biology Symposium | pcbs2026.example
"""
    ev = vevent(uid=f"pcbs2026-6b-{h('u', cid)[:10]}@pcbs2026.example", start=s, end=e, tzid="America/Los_Angeles",
                summary="PCBS 2026 - Session 6B oral presentation (P. Raman)",
                organizer=("PCBS 2026 Program Committee", "program@pcbs2026.example"),
                attendees=[attendee(OWNER_NAME, OWNER, style="ms")], dtstamp=sent,
                description="Short talk, Session 6B: Organoid Models of Epithelial Repair. Check in at the Speaker Ready Room two hours before.",
                location="Pacific Ballroom 20, Marriott Marquis San Diego Marina, 333 W Harbor Dr, San Diego, CA")
    ics = vcal("REQUEST", "-//PCBS 2026//Speaker Scheduler//EN", [ev], tzids=["America/Los_Angeles"])
    body = multi("mixed", [leaf("text/plain", txt, "quoted-printable"), attach_ics(ics, "PCBS2026_Session6B_Raman.ics", "text/calendar")], cid, "part")
    eml(cid, "01-pcbs-2026-oral-presentation-confirmed.eml", frm="PCBS 2026 Program Committee <program@pcbs2026.example>",
        to=P, subject="PCBS 2026: Your oral presentation is scheduled - Session 6B", date=sent,
        msgid=mid(cid, "plain", "pcbs2026.example"), body=body, relay="smtp.pcbs2026.example")
    case(cid, [], "medium", "negative/conference-session",
         "Speaker slot at a scientific conference in San Diego (same city as Tidewater Bio) with an .ics attached; "
         "mentions 'interviews' at a reception. Not a job interview.")


def c03():
    cid = "b315-03-ridgeway-workday-reschedule-across-dst"
    s0, e0 = T(NY, "2026-10-29 13:00", "Thu", "-04:00"), T(NY, "2026-10-29 14:00", "Thu", "-04:00")
    s1, e1 = T(NY, "2026-11-03 13:00", "Tue", "-05:00"), T(NY, "2026-11-03 14:00", "Tue", "-05:00")
    d1 = T(NY, "2026-10-22 16:05:12", "Thu", "-04:00")
    d2 = T(NY, "2026-10-26 10:58:40", "Mon", "-04:00")
    d3 = T(NY, "2026-10-26 11:20:03", "Mon", "-04:00")
    uid = f"INTERVIEW_EVENT-6-{digits(cid, 6)}@myworkday.com"
    link = teams_link(cid)
    wd_from = "Ridgeway Pharmaceuticals <ridgewaypharma@myworkday.com>"

    def wd_ics(s, e, seq, stamp):
        ev = vevent(uid=uid, start=s, end=e, tzid="America/New_York", seq=seq, dtstamp=stamp,
                    summary="Interview: Priya Raman - Senior Scientist, Cell Biology - Immunology Discovery (R-0048213)",
                    organizer=("Ridgeway Pharmaceuticals Recruiting", "ridgewaypharma@myworkday.com"),
                    attendees=[attendee("Marcus Feld", MARCUS[1], style="ms"), attendee(OWNER_NAME, OWNER, style="ms")],
                    description=f"Interviewer: Marcus Feld, PhD - Director, Immunology Discovery\nJoin Microsoft Teams meeting: {link}",
                    location="Microsoft Teams")
        return vcal("REQUEST", "-//Workday Inc.//Workday Recruiting Calendar//EN", [ev], tzids=["America/New_York"])

    h1 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<img src="https://ridgewaypharma.wd5.myworkdayjobs.com/logo.png" alt="Ridgeway Pharmaceuticals" width="160">
<p>Hi Priya,</p>
<p>Your interview for <b>Senior Scientist, Cell Biology - Immunology Discovery (R-0048213)</b> has been scheduled. Please review the details below and add the attached invitation to your calendar.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td><b>Date</b></td><td>Thursday, October 29, 2026</td></tr>
<tr><td><b>Time</b></td><td>1:00 PM - 2:00 PM EDT</td></tr>
<tr><td><b>Interviewer</b></td><td>Marcus Feld, PhD - Director, Immunology Discovery</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams (<a href="{link}">join link</a>)</td></tr>
</table>
<p>If you need to make a change, please reply to your recruiter, Danielle Kowalski, at {DANIELLE[1]}.</p>
<p>Thank you,<br>Ridgeway Pharmaceuticals Talent Acquisition</p>
<p style="font-size:11px;color:#888">This message was sent from Workday. Please do not reply directly to this e-mail.</p>
</body></html>
"""
    b1 = multi("mixed", [leaf("text/html", h1, "base64"), attach_ics(wd_ics(s0, e0, 0, d1), "Interview.ics", "text/calendar")], cid + "1", "part")
    m1 = mid(cid + "1", "plain", "myworkday.com")
    eml(cid, "01-workday-interview-scheduled.eml", frm=wd_from, reply_to=A(DANIELLE), to=P,
        subject="Interview Scheduled: Senior Scientist, Cell Biology - Immunology Discovery (R-0048213)",
        date=d1, msgid=m1, body=b1, relay="mta-2.myworkday.com", return_path="bounce-ridgewaypharma@myworkday.com")
    t2 = """Hi Priya,

Quick heads up - Marcus has been pulled into a portfolio review on Thursday afternoon and asked whether we could slide your conversation to next Tuesday at the same time, 1:00 Eastern. I went ahead and made the change in Workday since you'd mentioned Tuesdays are open for you; you'll get an updated invite in a few minutes. Apologies for the shuffle!

Thanks,
Danielle

Danielle Kowalski
Talent Acquisition Partner, Research & Early Development
Ridgeway Pharmaceuticals | Lawrenceville, NJ
"""
    m2 = mid(cid + "2", "outlook")
    eml(cid, "02-danielle-kowalski-heads-up.eml", frm=A(DANIELLE), to=P, subject="Moving your interview with Marcus",
        date=d2, msgid=m2, body=alt(t2, cid + "2", style="outlook"), relay="NAM04-BN8-obe.outbound.protection.outlook.com")
    h3 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Priya,</p>
<p>Your interview for <b>Senior Scientist, Cell Biology - Immunology Discovery (R-0048213)</b> has been <b>rescheduled</b>. The updated details are below; the attached invitation replaces the previous one.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td><b>Previous time</b></td><td><s>Thursday, October 29, 2026, 1:00 PM - 2:00 PM EDT</s></td></tr>
<tr><td><b>New date</b></td><td>Tuesday, November 3, 2026</td></tr>
<tr><td><b>New time</b></td><td>1:00 PM - 2:00 PM EST</td></tr>
<tr><td><b>Interviewer</b></td><td>Marcus Feld, PhD - Director, Immunology Discovery</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams (<a href="{link}">join link</a>)</td></tr>
</table>
<p>Thank you,<br>Ridgeway Pharmaceuticals Talent Acquisition</p>
<p style="font-size:11px;color:#888">This message was sent from Workday. Please do not reply directly to this e-mail.</p>
</body></html>
"""
    b3 = multi("mixed", [leaf("text/html", h3, "quoted-printable"), attach_ics(wd_ics(s1, e1, 1, d3), "Interview.ics", "text/calendar")], cid + "3", "part")
    eml(cid, "03-workday-interview-updated.eml", frm=wd_from, reply_to=A(DANIELLE), to=P,
        subject="Updated Interview: Senior Scientist, Cell Biology - Immunology Discovery (R-0048213)",
        date=d3, msgid=mid(cid + "3", "plain", "myworkday.com"), body=b3, relay="mta-2.myworkday.com",
        return_path="bounce-ridgewaypharma@myworkday.com")
    case(cid, [iv(RID, RID_ROLE, s1, e1, "hiring_manager", [MARCUS[1]])], "hard", "positive/workday-reschedule",
         "Workday invite (SEQUENCE 0, Thu Oct 29 1 PM EDT) updated by Workday (same UID, SEQUENCE 1) to Tue Nov 3 1 PM, "
         "which is after US DST ends: same wall time, offset -05:00. Hiring manager is the interviewer.")


def c04():
    cid = "b315-04-rheinfeld-teams-screen-eu-dst-week"
    sent = T(ZH, "2026-10-20 14:32:08", "Tue", "+02:00")
    s, e = T(ZH, "2026-10-28 15:00", "Wed", "+01:00"), T(ZH, "2026-10-28 15:30", "Wed", "+01:00")
    assert s.astimezone(NY).strftime("%H:%M %z") == "10:00 -0400"
    intro = """Dear Priya,

Thank you for your application for the Senior Scientist Cell Biology (m/f/d) position in our Basel research centre. As a first step I would like to get to know you in a 30-minute introductory call on Microsoft Teams, and tell you more about Rheinfeld and the team.

One practical note: Switzerland goes back to winter time on Sunday 25 October, one week before the US does. During that week the time difference to Boston is only five hours, so 15:00 in Basel is 10:00 for you.

If the slot does not suit you, simply propose another time.

Kind regards,
Sabine

Sabine Keller
Senior Talent Acquisition Partner
Rheinfeld Therapeutics AG | Hochbergerstrasse 60, 4057 Basel, Switzerland
+41 61 555 24 80"""
    outlook_invite(cid, "01-sabine-keller-introductory-call.eml", seed=cid, organizer=SABINE, required=[],
                   subject="Rheinfeld Therapeutics | Introductory call - Senior Scientist Cell Biology", start=s, end=e,
                   sent=sent, win_tz="W. Europe Standard Time",
                   when_label="28 October 2026 15:00-15:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.",
                   text_intro=intro)
    case(cid, [iv(RHE, RHE_ROLE, s, e, "phone_screen", [SABINE[1]])], "medium", "positive/exchange-teams-eu-dst",
         "Exchange/Teams invite with TZID 'W. Europe Standard Time' and a (UTC+01:00) label for Wed Oct 28, between the "
         "EU (Oct 25) and US (Nov 1) DST changes: 15:00 CET = 10:00 EDT (5 h gap). Recruiter conducts the call.")


def c05():
    cid = "b315-05-catawba-paradox-phone-screen"
    sent = T(NY, "2026-10-16 10:47:31", "Fri", "-04:00")
    s, e = T(NY, "2026-10-20 14:00", "Tue", "-04:00"), T(NY, "2026-10-20 14:30", "Tue", "-04:00")
    h1 = f"""<html><body style="margin:0;background:#f4f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;padding:24px">
<tr><td><img src="https://cdn.paradox.ai/catawba/olivia-avatar.png" width="48" alt="Olivia"></td></tr>
<tr><td><p>Hi Priya!</p>
<p>You're all set. Here are the details for your phone screen with Catawba Research Partners:</p>
<p><b>Position:</b> Principal Scientist, Cell-Based Assays<br>
<b>With:</b> Brandon Tate, Senior Talent Acquisition Partner<br>
<b>When:</b> Tuesday, October 20, 2026 at 2:00 PM ET<br>
<b>Length:</b> 30 minutes<br>
<b>Where:</b> Phone - Brandon will call you at (617) 555-0143</p>
<p>Need to reschedule? Just reply to this email or text me at (919) 555-0110 and I'll find a new time.</p>
<p>Talk soon,<br>Olivia<br><span style="color:#777;font-size:12px">Catawba Research Partners' virtual recruiting assistant</span></p>
<p style="color:#999;font-size:11px">Questions about the role? You can reach Brandon directly at {BRANDON[1]}.<br>Powered by Paradox</p>
</td></tr></table></td></tr></table></body></html>
"""
    ev = vevent(uid=f"{h('u', cid)[:8]}-{h('u', cid)[8:12]}-{h('u', cid)[12:16]}@paradox.ai", start=s, end=e,
                tzid="America/New_York", dtstamp=sent,
                summary="Phone Screen: Priya Raman / Catawba Research Partners",
                organizer=("Olivia - Catawba Research Partners", "catawba@paradox.ai"),
                attendees=[attendee("Brandon Tate", BRANDON[1], style="ms"), attendee(OWNER_NAME, OWNER, style="ms")],
                description="Brandon Tate will call Priya at (617) 555-0143. Principal Scientist, Cell-Based Assays.",
                location="Phone call")
    ics = vcal("REQUEST", "-//Paradox//Olivia Scheduling//EN", [ev], tzids=["America/New_York"])
    body = multi("mixed", [leaf("text/html", h1, "quoted-printable"), attach_ics(ics, "phone_screen.ics", "text/calendar")], cid, "part")
    eml(cid, "01-olivia-phone-screen-confirmed.eml", frm="Olivia at Catawba Research Partners <catawba@paradox.ai>",
        to=P, subject="You're confirmed: phone screen with Catawba Research Partners", date=sent,
        msgid=mid(cid, "plain", "paradox.ai"), body=body, relay="o12.email.paradox.ai")
    case(cid, [iv(CAT, CAT_ROLE, s, e, "phone_screen", [BRANDON[1]])], "easy", "positive/ats-email-with-ics",
         "Paradox (Olivia) confirmation with an .ics; the recruiter who calls is the interviewer; the Paradox sender is not a follow-up address.")


def c06():
    cid = "b315-06-vendor-demo-calendly-current-lab"
    sent = T(NY, "2026-10-14 13:26:50", "Wed", "-04:00")
    s, e = T(NY, "2026-10-27 10:00", "Tue", "-04:00"), T(NY, "2026-10-27 11:30", "Tue", "-04:00")
    h1 = f"""<html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
<p>Hi Priya Raman,</p>
<p>A new event has been scheduled.</p>
<p><b>Event Type:</b><br>Onsite Demo - HoloStage Live-Cell Imager (90 min)</p>
<p><b>Invitee:</b><br>Priya Raman</p>
<p><b>Invitee Email:</b><br><a href="mailto:{OWNER}">{OWNER}</a></p>
<p><b>Event Date/Time:</b><br>10:00am - 11:30am (Eastern Time - US &amp; Canada) on Tuesday, October 27, 2026</p>
<p><b>Location:</b><br>Longfellow Institute for Biomedical Research, Imaging Core, Room 318, 77 Longwood Avenue, Boston, MA</p>
<p><b>Questions:</b><br>What would you like to see during the demo?<br>Time-lapse of intestinal organoids over 48 h in our incubator setup, plus how the analysis software exports to our existing pipeline. Our core manager and two postdocs will join.</p>
<p>Host: Greg Paterson, Field Application Scientist, Lumora Instruments</p>
<p><a href="https://calendly.com/cancellations/{h('cal', cid)[:24]}">Cancel</a> | <a href="https://calendly.com/reschedulings/{h('cal', cid)[:24]}">Reschedule</a></p>
<p style="color:#888;font-size:12px">Sent from Calendly</p>
</body></html>
"""
    eml(cid, "01-calendly-onsite-demo-confirmed.eml", frm="Calendly <notifications@calendly.com>", to=P,
        reply_to="Greg Paterson <greg.paterson@lumora-instruments.example>",
        subject="Confirmed: Onsite Demo - HoloStage Live-Cell Imager with Greg Paterson on Tuesday, October 27, 2026",
        date=sent, msgid=mid(cid, "plain", "calendly.com"), body=leaf("text/html", h1, "quoted-printable"),
        relay="o1.ptr4172.calendly.com", return_path="bounces+1187@em.calendly.com")
    case(cid, [], "medium", "negative/vendor-demo",
         "Calendly booking Priya made with an instrument vendor for a demo in her current lab; a scheduled meeting with a time, but not a hiring step.")


def c07():
    cid = "b315-07-tidewater-lever-phone-screen"
    sent = T(LA, "2026-10-09 16:40:26", "Fri", "-07:00")
    s, e = T(LA, "2026-10-14 09:00", "Wed", "-07:00"), T(LA, "2026-10-14 09:30", "Wed", "-07:00")
    txt = f"""Hi Priya,

Thanks for scheduling time with Tidewater Bio! Your phone screen for the Senior Scientist, Cellular Pharmacology role is confirmed.

When: Wednesday, October 14, 2026, 9:00 AM - 9:30 AM PDT (12:00 PM - 12:30 PM EDT)
Who: Jenna Ortiz, People & Talent Lead
Where: Jenna will call you at the phone number on your application.

A calendar invitation is attached. If anything changes, you can reach Jenna at {JENNA[1]}.

See you soon,
The Tidewater Bio team
"""
    ev = vevent(uid=f"lever-{h('u', cid)[:24]}@hire.lever.co", start=s, end=e, dtstamp=sent,
                summary="Tidewater Bio - Phone screen (Priya Raman)", organizer=JENNA,
                attendees=[attendee("Jenna Ortiz", JENNA[1], style="ms"), attendee(OWNER_NAME, OWNER, style="ms")],
                description="Phone screen for Senior Scientist, Cellular Pharmacology. Jenna will call you.",
                location="Phone")
    ics = vcal("REQUEST", "-//Lever//Lever Scheduling//EN", [ev])
    inner = alt(txt, cid + "alt")
    body = multi("mixed", [inner, attach_ics(ics, "invite.ics")], cid, "part")
    eml(cid, "01-lever-phone-screen-confirmed.eml", frm="Tidewater Bio <no-reply@hire.lever.co>", to=P,
        subject="Confirmed: Phone screen with Tidewater Bio", date=sent, msgid=mid(cid, "plain", "hire.lever.co"),
        body=body, relay="mail-out.hire.lever.co", return_path="bounces@hire.lever.co")
    case(cid, [iv(TID, TID_ROLE, s, e, "phone_screen", [JENNA[1]])], "easy", "positive/ats-email-with-ics",
         "Lever confirmation from a no-reply sender with a UTC .ics; San Diego time (PDT) with the ET equivalent in the text; recruiter address given in the text.")


def c08():
    cid = "b315-08-tidewater-hiring-manager-zoom-dedupe"
    d1 = T(LA, "2026-10-19 14:48:11", "Mon", "-07:00")
    d2 = T(LA, "2026-10-19 15:12:30", "Mon", "-07:00")
    s, e = T(LA, "2026-10-29 11:00", "Thu", "-07:00"), T(LA, "2026-10-29 11:45", "Thu", "-07:00")
    zid, zraw = zoom_id(cid)
    t1 = f"""Hi Priya,

Jenna shared her notes from your call last week and I'd love to continue the conversation. I run the cellular pharmacology group here - we're small (six scientists) and moving fast on our first in vivo package, so I want to hear how you've built assays from scratch.

I'm sending a Zoom invite for Thursday the 29th at 11 Pacific, which should be 2 pm for you in Boston. Plan on about 45 minutes. If that doesn't work, just reply and we'll find something else.

Owen

Owen Castellano, PhD
VP, Cellular Pharmacology | Tidewater Bio
10975 N Torrey Pines Rd, San Diego, CA 92037
"""
    m1 = mid(cid + "1", "gmail")
    eml(cid, "01-owen-castellano-next-conversation.eml", frm=A(OWEN), to=P, cc=A(JENNA),
        subject="Next conversation - Tidewater Bio", date=d1, msgid=m1, body=alt(t1, cid + "1"))
    conf = (f"Join Zoom Meeting\nhttps://tidewaterbio.zoom.us/j/{zraw}?pwd={h('pwd', cid)[:22]}\n\nMeeting ID: {zid}\n"
            f"Passcode: {digits('pass' + cid, 6)}\n\nOne tap mobile\n+16699006833,,{zraw}# US (San Jose)")
    google_invite(cid, "02-invitation-priya-owen.eml", seed=cid, organizer=OWEN, guests=[(OWNER_NAME, OWNER)],
                  summary="Priya Raman <> Owen Castellano (Tidewater Bio)", start=s, end=e, sent=d2,
                  description="Hiring manager conversation - Senior Scientist, Cellular Pharmacology.",
                  location=f"https://tidewaterbio.zoom.us/j/{zraw}", conf_text=conf)
    case(cid, [iv(TID, TID_ROLE, s, e, "hiring_manager", [OWEN[1]])], "medium", "positive/dedupe-email-google-invite",
         "Hiring manager e-mail plus Google Calendar invitation (UTC DTSTART, PDT) for the same Zoom call: one interview. "
         "Jenna is only cc'd.")


def c09():
    cid = "b315-09-institute-faculty-candidate-meeting"
    sent = T(NY, "2026-10-26 09:03:55", "Mon", "-04:00")
    s, e = T(NY, "2026-11-04 15:30", "Wed", "-05:00"), T(NY, "2026-11-04 16:15", "Wed", "-05:00")
    intro = """Dear colleagues,

Dr. Tomas Ibarra (Stanford University) will be visiting on Wednesday, November 4, as a candidate for the Assistant Member position in the Cell Biology Program. His seminar, "Mechanotransduction at cell-cell junctions," is at 2:00 PM in the Ames Auditorium - all are welcome.

This invitation is for the staff scientist meeting with Dr. Ibarra from 3:30 to 4:15 PM in Room 512 (Priya Raman and Farah Qureshi). Please come with a couple of questions about how he would run a shared imaging and organoid effort, and submit your feedback through the search committee form by Friday, November 6.

Thank you,
Donna

Donna Pierce
Program Administrator, Cell Biology Program
Longfellow Institute for Biomedical Research"""
    outlook_invite(cid, "01-faculty-candidate-staff-scientist-meeting.eml", seed=cid, organizer=DONNA,
                   required=[("Farah Qureshi", f"farah.qureshi@{LFI_D}")],
                   subject="Faculty Candidate Visit: Dr. Tomas Ibarra - meeting with staff scientists", start=s, end=e,
                   sent=sent, location="Room 512, Longfellow Institute",
                   when_label="Wednesday, November 4, 2026 3:30 PM-4:15 PM (UTC-05:00) Eastern Time (US & Canada).",
                   text_intro=intro)
    case(cid, [], "hard", "negative/user-is-interviewer",
         "Faculty-candidate seminar at Priya's own institute; the Exchange invite puts Priya in a meeting with the candidate "
         "and asks for feedback. Priya is evaluating someone else.")


def c10():
    cid = "b315-10-catawba-webex-interview-cancelled"
    d1 = T(NY, "2026-10-22 11:18:42", "Thu", "-04:00")
    d2 = T(NY, "2026-10-27 17:46:09", "Tue", "-04:00")
    s, e = T(NY, "2026-10-29 11:00", "Thu", "-04:00"), T(NY, "2026-10-29 12:00", "Thu", "-04:00")
    uid = f"icims-{digits(cid, 8)}-catawbacro@icims.com"
    webex = f"https://catawbacro.webex.com/catawbacro/j.php?MTID=m{h('wx', cid)[:32]}"
    wnum = digits("wx" + cid, 10)

    def ics_for(method, seq, stamp):
        ev = vevent(uid=uid, start=s, end=e, tzid="America/New_York", seq=seq, dtstamp=stamp,
                    status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
                    summary="Interview - Priya Raman - Principal Scientist, Cell-Based Assays (2026-3417)",
                    organizer=KAYLA,
                    attendees=[attendee("Renee Holloway", RENEE[1], style="ms"), attendee(OWNER_NAME, OWNER, style="ms")],
                    description=f"Webex: {webex}\nMeeting number: {wnum[:4]} {wnum[4:7]} {wnum[7:]}",
                    location="Cisco Webex")
        return vcal(method, "-//iCIMS//Interview Scheduling//EN", [ev], tzids=["America/New_York"])

    t1 = f"""Dear Priya,

Thank you for your continued interest in Catawba Research Partners. We are pleased to invite you to a video interview for the Principal Scientist, Cell-Based Assays position (Req 2026-3417).

Interview details
Date: Thursday, October 29, 2026
Time: 11:00 AM - 12:00 PM Eastern
Interviewer: Dr. Renee Holloway, Director, Cell-Based Assay Services
Format: Cisco Webex - {webex}
Meeting number: {wnum[:4]} {wnum[4:7]} {wnum[7:]}

Please accept the attached calendar invitation. If you have any questions, contact Kayla Simmons, Recruiting Coordinator, at {KAYLA[1]} or (919) 555-0162.

Sincerely,
Talent Acquisition
Catawba Research Partners | 4020 Stirrup Creek Drive, Durham, NC 27703
"""
    m1 = mid(cid + "1", "plain", "icims.com")
    b1 = multi("mixed", [alt(t1, cid + "a1", enc_h="base64"), attach_ics(ics_for("REQUEST", 0, d1), "Interview.ics", "text/calendar")], cid + "1", "part")
    eml(cid, "01-icims-video-interview-invitation.eml", frm="Catawba Research Partners <catawbacro-notifications@icims.com>",
        reply_to=A(KAYLA), to=P, subject="Interview Invitation - Principal Scientist, Cell-Based Assays (Req 2026-3417)",
        date=d1, msgid=m1, body=b1, relay="smtp-out7.icims.com", return_path="bounce@icims.com")
    t2 = """Hi Priya,

I'm sorry to be sending this, but we need to cancel Thursday's interview with Dr. Holloway. The sponsor program this role was going to support has been pushed into next year, and leadership has put the requisition on hold while they re-plan headcount.

I know you had blocked the time, and I apologize for the short notice. If the position reopens, Brandon or I will reach out to you first. A cancellation notice for the calendar hold is attached.

Best regards,
Kayla

Kayla Simmons
Recruiting Coordinator | Catawba Research Partners
(919) 555-0162
"""
    b2 = multi("mixed", [leaf("text/plain", t2, "7bit"), attach_ics(ics_for("CANCEL", 1, d2), "Canceled_Interview.ics", "text/calendar")], cid + "2", "part")
    eml(cid, "02-kayla-simmons-interview-cancelled.eml", frm=A(KAYLA), to=P, cc=A(BRANDON),
        subject="RE: Interview Invitation - Principal Scientist, Cell-Based Assays (Req 2026-3417)", date=d2,
        msgid=mid(cid + "2", "outlook"), irt=m1, refs=m1, body=b2, relay="NAM10-DM6-obe.outbound.protection.outlook.com")
    case(cid, [iv(CAT, CAT_ROLE, s, e, "hiring_manager", [RENEE[1]], status="cancelled")], "medium", "positive/cancellation",
         "iCIMS video interview invite (Webex) later cancelled by the coordinator with METHOD:CANCEL (same UID, SEQUENCE 1); "
         "kept as cancelled at its last scheduled time.")


def c11():
    cid = "b315-11-rheinfeld-hm-tomorrow-body-only"
    d1 = T(ZH, "2026-11-02 15:10:22", "Mon", "+01:00")
    d2 = T(NY, "2026-11-02 10:02:47", "Mon", "-05:00")
    d3 = T(ZH, "2026-11-02 16:20:05", "Mon", "+01:00")
    s, e = T(NY, "2026-11-03 09:00", "Tue", "-05:00"), T(NY, "2026-11-03 09:45", "Tue", "-05:00")
    assert s.astimezone(ZH).strftime("%H:%M") == "15:00"
    subj = "Senior Scientist Cell Biology - a conversation with me"
    t1 = """Dear Priya,

Sabine passed on very positive notes from your call last week, and before we plan the panel I would like to speak with you myself. I lead the cell biology group that this position sits in.

I realise it is short notice, but would tomorrow at 9:00 your time work? That is 15:00 here - now that the US has also changed its clocks, we are back to six hours apart. Please reserve about 45 minutes; I would like to hear about your organoid work and tell you about our fibrosis programme.

Best regards,
Lukas

Dr. Lukas Brunner
Head of Cell Biology, Discovery Sciences
Rheinfeld Therapeutics AG, Basel
"""
    m1 = mid(cid + "1", "outlook")
    eml(cid, "01-lukas-brunner-request.eml", frm=A(LUKAS), to=P, cc=A(SABINE), subject=subj, date=d1, msgid=m1,
        body=alt(t1, cid + "1", style="outlook"), relay="EUR05-DB8-obe.outbound.protection.outlook.com")
    t2 = f"""Dear Lukas,

Thank you - tomorrow at 9 ET works well for me. I look forward to speaking with you.

Best regards,
{PRIYA_SIG}
"""
    m2 = mid(cid + "2", "gmail")
    eml(cid, "02-priya-accepts.eml", frm=P, to=A(LUKAS), cc=A(SABINE), subject="Re: " + subj, date=d2, msgid=m2,
        irt=m1, refs=m1, body=leaf("text/plain", t2, "7bit"))
    t3 = f"""Dear Priya,

Wonderful. Here is the Teams link: {teams_link(cid)}

Talk to you tomorrow,
Lukas
"""
    eml(cid, "03-lukas-brunner-teams-link.eml", frm=A(LUKAS), to=P, cc=A(SABINE), subject="AW: Re: " + subj, date=d3,
        msgid=mid(cid + "3", "outlook"), irt=m2, refs=f"{m1} {m2}", body=alt(t3, cid + "3", enc_h="base64", style="outlook"),
        relay="EUR05-DB8-obe.outbound.protection.outlook.com")
    case(cid, [iv(RHE, RHE_ROLE, s, e, "hiring_manager", [LUKAS[1]])], "hard", "positive/email-body-relative-date",
         "Body-only: Basel hiring manager writes Mon Nov 2 (+01:00) 'tomorrow at 9:00 your time ... 15:00 here'; Priya confirms "
         "'tomorrow at 9 ET'. Tue Nov 3 09:00 EST (-05:00) = 15:00 CET, after both DST changes. 45 minutes.")


# ============================================================================= cases 12-22

def c12():
    cid = "b315-12-practice-job-talk-dry-run"
    sent = T(NY, "2026-10-28 18:22:40", "Wed", "-04:00")
    s, e = T(NY, "2026-11-02 16:00", "Mon", "-05:00"), T(NY, "2026-11-02 17:00", "Mon", "-05:00")
    google_invite(cid, "01-invitation-seminar-dry-run.eml", seed=cid, organizer=DEV,
                  guests=[(OWNER_NAME, OWNER), ("Farah Qureshi", f"farah.qureshi@{LFI_D}"),
                          ("Ben Okafor", f"ben.okafor@{LFI_D}"), ("Cell Bio Postdocs", f"cellbio-postdocs@{LFI_D}")],
                  summary="Priya's job talk dry run (Halcyon seminar practice)", start=s, end=e, sent=sent,
                  location="Longfellow Institute, 5th floor conference room 5-210",
                  description=("Practice run of Priya's 45-minute seminar before her onsite interview at Halcyon on Thursday. "
                               "Treat it like the real thing: full talk, then 15 minutes of mock Q&A where we play the search "
                               "committee and ask the nasty questions. Pizza provided.\n\n- Dev"))
    case(cid, [], "hard", "negative/mock-interview",
         "Colleague's Google invite for a practice run of Priya's interview seminar with mock Q&A at her current institute; "
         "mentions the Halcyon onsite but is not itself an interview.")


def c13():
    cid = "b315-13-halcyon-onsite-seminar-and-one-on-ones"
    sent = T(NY, "2026-10-30 14:25:16", "Fri", "-04:00")
    day = "2026-11-05"
    tt = lambda hm: T(NY, f"{day} {hm}", "Thu", "-05:00")
    rows = [("9:15 - 9:30 AM", "Arrival and check-in", "Lobby, 145 Athenaeum St. Alyssa Brennan will meet you"),
            ("9:30 - 10:30 AM", "Scientific seminar (45 min + 15 min Q&A)", "Kendall Room, 2nd floor. Host: Dr. Nathan Whitcomb"),
            ("10:45 - 11:30 AM", "One-on-one: Dr. Kenji Arai", "Principal Scientist, High-Content Screening"),
            ("11:30 AM - 12:15 PM", "One-on-one: Dr. Shauna McBride", "Associate Director, Translational Biology"),
            ("12:15 - 1:15 PM", "Lunch with the Cell Biology team", "Informal, 4th floor cafe"),
            ("1:15 - 2:00 PM", "One-on-one: Rahul Deshmukh", "Scientist II, Cell Biology"),
            ("2:00 - 2:45 PM", "One-on-one: Dr. Nathan Whitcomb", "Director, Cell Biology (hiring manager)"),
            ("2:45 - 3:00 PM", "Wrap-up and next steps", "Megan Doherty, Talent Acquisition")]
    trs = "\n".join(f'<tr><td style="border:1px solid #c9d3de;padding:6px 10px;white-space:nowrap">{html.escape(a)}</td>'
                    f'<td style="border:1px solid #c9d3de;padding:6px 10px"><b>{html.escape(b)}</b></td>'
                    f'<td style="border:1px solid #c9d3de;padding:6px 10px">{html.escape(c)}</td></tr>' for a, b, c in rows)
    hb = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Priya,</p>
<p>We're so excited to host you in Cambridge next Thursday, November 5! I've attached the agenda for the day below. You'll also receive three calendar invites from me - one for your seminar and two for the interview blocks - so everything shows up on your calendar.</p>
<p>A few logistics:</p>
<ul>
<li>Please plan on a 45-minute talk with about 15 minutes for questions. The room has an HDMI and USB-C connection; please bring your slides on a laptop and a backup on a USB drive.</li>
<li>Parking is available in the Kendall Center garage - keep your ticket and we'll validate it at the front desk.</li>
<li>Let me know about any dietary restrictions before Tuesday so we can order lunch.</li>
</ul>
<div style="border:1px solid #b7c4d1;border-radius:6px;max-width:720px;margin:16px 0">
<div style="background:#eef3f8;padding:8px 12px;border-bottom:1px solid #b7c4d1;font-size:13px;color:#44576b">&#128206; Priya_Raman_Onsite_Itinerary_Nov5.pdf &middot; 1 page</div>
<div style="padding:12px">
<p style="margin:0 0 4px 0;font-size:17px"><b>Candidate Itinerary - Priya Raman, PhD</b></p>
<p style="margin:0 0 10px 0;color:#555">Senior Scientist, Cell Biology &middot; Halcyon Cell Therapeutics &middot; Thursday, November 5, 2026 (all times ET)</p>
<table style="border-collapse:collapse;font-size:14px">
<tr style="background:#dfe8f1"><th style="border:1px solid #c9d3de;padding:6px 10px;text-align:left">Time</th><th style="border:1px solid #c9d3de;padding:6px 10px;text-align:left">Session</th><th style="border:1px solid #c9d3de;padding:6px 10px;text-align:left">Details</th></tr>
{trs}
</table>
</div></div>
<p>Megan and I will both be around all day, so please reach out if anything comes up - my cell is 617-555-0121.</p>
<p>Best,<br>Alyssa</p>
<p style="color:#555;font-size:13px">Alyssa Brennan<br>Recruiting Coordinator | Halcyon Cell Therapeutics<br>145 Athenaeum Street, Cambridge, MA 02142</p>
</body></html>
"""
    tb = ("Hi Priya,\n\nWe're so excited to host you in Cambridge next Thursday, November 5! I've attached the agenda for the day below. "
          "You'll also receive three calendar invites from me - one for your seminar and two for the interview blocks.\n\n"
          "Candidate Itinerary - Priya Raman, PhD (Thursday, November 5, 2026, all times ET)\n"
          + "\n".join(f"{a:<22}{b} - {c}" for a, b, c in rows)
          + "\n\nPlease plan on a 45-minute talk with about 15 minutes for questions. Parking is available in the Kendall Center garage; "
            "we'll validate your ticket. Let me know about any dietary restrictions before Tuesday.\n\nBest,\nAlyssa\n\n"
            "Alyssa Brennan\nRecruiting Coordinator | Halcyon Cell Therapeutics\n")
    body = multi("alternative", [leaf("text/plain", tb, "quoted-printable"), leaf("text/html", hb, "base64")], cid, "google")
    eml(cid, "01-alyssa-brennan-onsite-agenda.eml", frm=A(ALYSSA), to=P, cc=A(MEGAN),
        subject="Your onsite interview at Halcyon - Thursday, November 5 (agenda)", date=sent,
        msgid=mid(cid, "gmail"), body=body)
    loc = "Halcyon Cell Therapeutics, 145 Athenaeum Street, Cambridge, MA 02142"
    google_invite(cid, "02-invitation-scientific-seminar.eml", seed=cid + "sem", organizer=ALYSSA,
                  guests=[(OWNER_NAME, OWNER), NATHAN, KENJI, SHAUNA, RAHUL, ("Halcyon Research", f"research-all@{HAL_D}")],
                  summary="Scientific Seminar: Priya Raman, PhD (Senior Scientist, Cell Biology candidate)",
                  start=tt("09:30"), end=tt("10:30"), sent=sent + timedelta(minutes=6), location=loc + " - Kendall Room",
                  description="Candidate seminar, 45 minutes plus Q&A. Hosted by Nathan Whitcomb. All research staff welcome.")
    google_invite(cid, "03-invitation-onsite-interviews-morning.eml", seed=cid + "am", organizer=ALYSSA,
                  guests=[(OWNER_NAME, OWNER), KENJI, SHAUNA],
                  summary="Onsite Interviews (morning): Priya Raman - Kenji Arai, Shauna McBride",
                  start=tt("10:45"), end=tt("12:15"), sent=sent + timedelta(minutes=8), location=loc + " - Room 3E",
                  description="10:45 Kenji Arai\n11:30 Shauna McBride\nLunch with the team follows.")
    google_invite(cid, "04-invitation-onsite-interviews-afternoon.eml", seed=cid + "pm", organizer=ALYSSA,
                  guests=[(OWNER_NAME, OWNER), RAHUL, NATHAN],
                  summary="Onsite Interviews (afternoon): Priya Raman - Rahul Deshmukh, Nathan Whitcomb",
                  start=tt("13:15"), end=tt("14:45"), sent=sent + timedelta(minutes=9), location=loc + " - Room 3E",
                  description="1:15 Rahul Deshmukh\n2:00 Nathan Whitcomb\nMegan will meet you afterwards for a short wrap-up.")
    ivs = [NATHAN[1], KENJI[1], SHAUNA[1], RAHUL[1]]
    case(cid, [iv(HAL, HAL_ROLE, tt("09:30"), tt("14:45"), "onsite", ivs)], "hard", "positive/onsite-multi-invite",
         "Coordinator e-mail with an attachment-style HTML agenda table plus three Google invites (seminar, two 1:1 blocks) "
         "sent in EDT for a day in EST. One onsite from the seminar start (9:30) to the end of the last one-on-one (2:45); "
         "arrival and the recruiter wrap-up are outside the span.")


def c14():
    cid = "b315-14-poster-session-judging"
    sent = T(NY, "2026-10-27 12:07:33", "Tue", "-04:00")
    s, e = T(NY, "2026-11-13 15:30", "Fri", "-05:00"), T(NY, "2026-11-13 17:00", "Fri", "-05:00")
    txt = """Hello poster presenters,

Thank you for submitting to the Longfellow Fall Research Retreat. Poster assignments and the judging schedule are below.

  Presenter: Priya Raman - Poster P-42, "Live imaging of polarity recovery in intestinal organoids"
  Session: Poster Session B (odd-numbered posters present first)
  Date/time: Friday, November 13, 3:30 - 5:00 PM
  Place: Harborview Hotel Ballroom, Boston

Each poster will be visited by two judges from the faculty awards committee. Expect a 5-minute interview at your board: a 2-minute overview followed by questions. Awards are announced at dinner.

Boards are 4 ft x 8 ft; posters should be no larger than 44 x 88 in. Push pins are provided. A calendar file for your session is attached.

Best,
Retreat Organizing Committee
Longfellow Institute for Biomedical Research
"""
    ev = vevent(uid=f"retreat2026-posterB-{h('u', cid)[:12]}@{LFI_D}", start=s, end=e, tzid="America/New_York",
                dtstamp=sent, summary="Fall Research Retreat - Poster Session B (P-42, presenting)",
                organizer=("Retreat Organizing Committee", f"retreat@{LFI_D}"),
                attendees=[attendee(OWNER_NAME, OWNER, style="ms")],
                description="Judges visit each poster for a 5-minute interview. Poster P-42.",
                location="Harborview Hotel Ballroom, Boston")
    ics = vcal("PUBLISH", "-//Longfellow Institute//Events//EN", [ev], tzids=["America/New_York"])
    eml(cid, "01-retreat-poster-assignment.eml", frm=f"Longfellow Research Retreat <retreat@{LFI_D}>", to=P,
        subject="Fall Research Retreat: poster assignment and judging schedule", date=sent,
        msgid=mid(cid, "plain", LFI_D), body=leaf("text/plain", txt, "base64"), relay=f"smtp.{LFI_D}")
    add_file(cid, "02-poster-session-b.ics", ics)
    case(cid, [], "medium", "negative/poster-session",
         "Poster session at Priya's institute retreat with 'judges' and a '5-minute interview' at the board; e-mail plus standalone .ics.")


def c15():
    cid = "b315-15-ridgeway-teams-panel"
    sent = T(NY, "2026-11-04 10:41:27", "Wed", "-05:00")
    s, e = T(NY, "2026-11-10 10:00", "Tue", "-05:00"), T(NY, "2026-11-10 11:30", "Tue", "-05:00")
    intro = """Hi Priya,

Congratulations on moving forward! Marcus enjoyed your conversation yesterday, and the next step is a 90-minute panel interview on Teams with three members of the Immunology Discovery leadership team:

- Joanne Whitaker, PhD - Executive Director, Immunology Discovery
- Vikram Sethi, PhD - Associate Director, Cellular Assays & Screening
- Laura Benedetti, PhD - Principal Scientist, Translational Immunology

The first 20 minutes are yours: please prepare a short presentation on a project you led end to end, including a setback and how you handled it. The remaining time will be questions from the panel. I'll send the slides request to you separately if they'd like a copy in advance.

I'll be scheduling from our side only, so please reach out to me with any logistics questions.

Best regards,
Tamika Grant
Talent Acquisition Coordinator | Ridgeway Pharmaceuticals
Lawrenceville, NJ | (609) 555-0175"""
    outlook_invite(cid, "01-tamika-grant-panel-interview.eml", seed=cid, organizer=TAMIKA,
                   required=[JOANNE, VIKRAM, LAURA], optional=[DANIELLE],
                   subject="Panel Interview: Priya Raman - Senior Scientist, Cell Biology (R-0048213)",
                   start=s, end=e, sent=sent,
                   when_label="Tuesday, November 10, 2026 10:00 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada).",
                   text_intro=intro, cc_line=A(DANIELLE))
    ivs = [JOANNE[1], VIKRAM[1], LAURA[1]]
    case(cid, [iv(RID, RID_ROLE, s, e, "onsite", ivs)], "medium", "positive/exchange-teams-panel",
         "Exchange/Teams invite (TZID 'Eastern Standard Time', X-MICROSOFT-CDO props) for a three-person panel; the coordinator "
         "organizer and the optional recruiter are not interviewers.")


def c16():
    cid = "b315-16-catawba-rejection"
    sent = T(NY, "2026-11-09 09:30:12", "Mon", "-05:00")
    txt = """Dear Priya,

Thank you for your interest in the Principal Scientist, Cell-Based Assays position (Req 2026-3417) at Catawba Research Partners, and for the time you invested in speaking with our team.

After further review of our staffing needs, this requisition has been closed and will not be filled at this time. We know this is disappointing, particularly after your phone interview and the video interview that was planned with our hiring team.

We were impressed by your background and will keep your profile in our talent community. We encourage you to apply for future openings that match your experience at careers.catawbacro.example.

We wish you every success in your search.

Sincerely,
Talent Acquisition
Catawba Research Partners

Please do not reply to this message; this mailbox is not monitored.
"""
    eml(cid, "01-icims-application-update.eml", frm="Catawba Research Partners <catawbacro-notifications@icims.com>",
        to=P, subject="Update on your application - Principal Scientist, Cell-Based Assays (Req 2026-3417)", date=sent,
        msgid=mid(cid, "plain", "icims.com"), body=alt(txt, cid, enc_t="7bit"), relay="smtp-out7.icims.com",
        return_path="bounce@icims.com")
    case(cid, [], "easy", "negative/rejection",
         "iCIMS rejection (requisition closed) that mentions a past phone interview and a planned video interview; no new interview.")


def c17():
    cid = "b315-17-tidewater-deep-dive-and-ceo-chat"
    sent = T(LA, "2026-10-30 13:05:48", "Fri", "-07:00")
    s1, e1 = T(LA, "2026-11-09 10:00", "Mon", "-08:00"), T(LA, "2026-11-09 11:00", "Mon", "-08:00")
    s2, e2 = T(LA, "2026-11-11 15:00", "Wed", "-08:00"), T(LA, "2026-11-11 15:30", "Wed", "-08:00")
    assert s1.astimezone(NY).strftime("%H:%M") == "13:00" and s2.astimezone(NY).strftime("%H:%M") == "18:00"
    z1, z1r = zoom_id(cid + "1")
    z2, z2r = zoom_id(cid + "2")
    txt = f"""Hi Priya,

Great news - Owen would love to move you forward for the Senior Scientist, Cellular Pharmacology role! We've booked the next two conversations:

1) Science deep dive with Mei Lin Zhou (Head of Biology) and Gabriel Ruiz (Senior Scientist, Assay Development)
   Monday, Nov 9, 10:00 - 11:00 AM PT (1:00 - 2:00 PM ET)
   Please bring 3-4 slides on your organoid screening work - it's a working session, not a formal talk.
   Zoom: https://tidewaterbio.zoom.us/j/{z1r}

2) Conversation with Hannah Lindqvist, our co-founder & CEO
   Wednesday, Nov 11, 3:00 - 3:30 PM PT (6:00 - 6:30 PM ET)
   Zoom: https://tidewaterbio.zoom.us/j/{z2r}

Heads up that both of our clocks fall back this Sunday, so we stay three hours apart. Calendar invites for both are coming separately.

Let me know if anything doesn't work!
Jenna

Jenna Ortiz
People & Talent Lead | Tidewater Bio
"""
    eml(cid, "01-jenna-ortiz-next-two-conversations.eml", frm=A(JENNA), to=P, cc=A(OWEN),
        subject="Next steps at Tidewater: science deep dive + time with Hannah", date=sent,
        msgid=mid(cid, "gmail"), body=alt(txt, cid, enc_h="base64"))
    for n, (s, e, title, who, zr, desc) in enumerate([
            (s1, e1, "Tidewater Bio - Science deep dive (Priya Raman)", [MEILIN, GABE], z1r,
             "Working session on organoid screening data. 3-4 slides."),
            (s2, e2, "Tidewater Bio - Priya Raman / Hannah Lindqvist", [HANNAH], z2r,
             "Conversation with our co-founder & CEO.")], start=2):
        ev = vevent(uid=f"{h('u', cid, str(n))[:26]}@google.com", start=s, end=e, tzid="America/Los_Angeles",
                    dtstamp=sent + timedelta(minutes=n), summary=title, organizer=JENNA,
                    attendees=[attendee(JENNA[0], JENNA[1], partstat="ACCEPTED")] + [attendee(a, b) for a, b in who]
                    + [attendee(OWNER_NAME, OWNER)],
                    description=desc + f"\nJoin Zoom Meeting: https://tidewaterbio.zoom.us/j/{zr}",
                    location=f"https://tidewaterbio.zoom.us/j/{zr}")
        ics = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [ev], tzids=["America/Los_Angeles"])
        add_file(cid, f"0{n}-{'science-deep-dive' if n == 2 else 'ceo-conversation'}.ics", ics)
    case(cid, [iv(TID, TID_ROLE, s1, e1, "technical", [MEILIN[1], GABE[1]]),
               iv(TID, TID_ROLE, s2, e2, "other", [HANNAH[1]])], "medium", "positive/two-interviews",
         "Recruiter e-mail (sent in PDT) lists two interviews after the US DST change (PST), plus two standalone .ics "
         "files with TZID America/Los_Angeles: a technical deep dive and a CEO conversation.")


def c18():
    cid = "b315-18-linkedin-inmail-forwarded"
    sent = T(NY, "2026-10-21 07:52:19", "Wed", "-04:00")
    txt = """Saving this one - not sure yet.

---------- Forwarded message ---------
From: Trevor Nguyen via LinkedIn <inmail-hit-reply@linkedin.com>
Date: Tue, Oct 20, 2026 at 8:14 AM
Subject: Priya, are you open to new roles?
To: Priya Raman <priya.raman@longfellow-institute.example>


Hi Priya,

I came across your profile and your work on organoid polarity really stood out. I'm partnering with a Series B cell therapy company in Watertown that is building out its cell biology team, and I think a Senior Scientist or Principal Scientist role there could be a strong fit.

Are you open to new roles right now? If so, I'd love to grab 15 minutes next week - Tuesday or Wednesday afternoon usually works well on my end. Happy to share more about the team, the science and compensation.

Best,
Trevor Nguyen
Principal, Beacon Life Sciences Search
trevor@beaconlifesci.example

Reply  |  Not interested
This message was sent to Priya Raman via LinkedIn InMail.
"""
    eml(cid, "01-fwd-linkedin-inmail-open-to-new-roles.eml", frm=f"Priya Raman <priya.raman@{LFI_D}>", to=P,
        subject="Fwd: Priya, are you open to new roles?", date=sent, msgid=mid(cid, "outlook"),
        body=alt(txt, cid, style="outlook"), relay="NAM11-CO1-obe.outbound.protection.outlook.com")
    case(cid, [], "medium", "negative/recruiter-outreach",
         "LinkedIn InMail forwarded from Priya's work account; an agency recruiter asks for an unbooked 15-minute chat.")


def c19():
    cid = "b315-19-rheinfeld-smartrecruiters-panel"
    sent = T(ZH, "2026-11-05 09:12:51", "Thu", "+01:00")
    s, e = T(ZH, "2026-11-12 15:00", "Thu", "+01:00"), T(ZH, "2026-11-12 16:30", "Thu", "+01:00")
    assert s.astimezone(NY).strftime("%H:%M %z") == "09:00 -0500"
    link = teams_link(cid)
    txt = f"""Dear Priya,

Your interview has been confirmed.

Position: Senior Scientist Cell Biology (m/f/d)
Interview: Panel interview (90 minutes)
Date: Thursday, 12 November 2026
Time: 15:00 - 16:30 (Europe/Zurich, CET) - for you in Boston 09:00 - 10:30 EST
Location: Microsoft Teams - {link}

Your interviewers:
- Dr. Anja Frei, Head of Cell Biology Platforms
- Dr. Matteo Rossi, Lab Head, Phenotypic Screening
- Dr. Claire Dubois, Translational Sciences

The panel would like you to open with a 15-minute overview of your research. If you have questions, please contact Sabine Keller.

Best regards,
Rheinfeld Therapeutics AG - Talent Acquisition
"""
    who = [ANJA, MATTEO, CLAIRE]
    ev = vevent(uid=f"sr-{h('u', cid)[:8]}-{h('u', cid)[8:20]}@smartrecruiters.com", start=s, end=e, tzid="Europe/Zurich",
                dtstamp=sent, summary="Panel interview - Priya Raman - Senior Scientist Cell Biology (m/f/d)",
                organizer=SABINE,
                attendees=[attendee(a, b, style="ms") for a, b in who] + [attendee(OWNER_NAME, OWNER, style="ms")],
                description=f"Panel interview. Microsoft Teams: {link}", location="Microsoft Teams")
    ics = vcal("REQUEST", "-//SmartRecruiters//Interview Scheduler//EN", [ev], tzids=["Europe/Zurich"])
    body = multi("mixed", [alt(txt, cid + "alt"), attach_ics(ics, "interview.ics", "text/calendar")], cid, "part")
    eml(cid, "01-smartrecruiters-panel-confirmed.eml", frm="Rheinfeld Therapeutics AG <noreply@smartrecruiters.com>",
        reply_to=A(SABINE), to=P, subject="Interview confirmed: Senior Scientist Cell Biology (m/f/d) - Panel interview",
        date=sent, msgid=mid(cid, "plain", "smartrecruiters.com"), body=body, relay="mail.smartrecruiters.com",
        return_path="bounces@smartrecruiters.com")
    case(cid, [iv(RHE, RHE_ROLE, s, e, "onsite", [a[1] for a in who])], "medium", "positive/smartrecruiters-ics",
         "SmartRecruiters confirmation (no-reply sender, Reply-To recruiter) with a TZID Europe/Zurich .ics; panel of three. "
         "15:00 CET = 09:00 EST (6 h gap after Nov 1).")


def c20():
    cid = "b315-20-rheinfeld-basel-final-availability"
    sent = T(ZH, "2026-11-13 16:48:30", "Fri", "+01:00")
    txt = """Dear Priya,

Thank you for your time with the panel yesterday - the feedback was excellent, and the team would like to invite you to Basel for a final on-site day. It would include a seminar for the wider Discovery Sciences group and individual meetings with our CSO and the department heads.

Could you send me two or three dates that would work for you in the weeks starting 30 November or 7 December? Once I have your dates, our travel agency will contact you about flights and a hotel; Rheinfeld covers all travel costs.

Have a lovely weekend,
Sabine

Sabine Keller
Senior Talent Acquisition Partner
Rheinfeld Therapeutics AG | Basel
"""
    eml(cid, "01-sabine-keller-final-round-availability.eml", frm=A(SABINE), to=P,
        subject="Final round in Basel - your availability", date=sent, msgid=mid(cid, "outlook"),
        body=alt(txt, cid, style="outlook"), relay="EUR05-DB8-obe.outbound.protection.outlook.com")
    case(cid, [], "medium", "negative/availability-request",
         "Recruiter asks for dates for a future on-site in Basel; nothing is booked.")


def c21():
    cid = "b315-21-halcyon-cso-final-gcal"
    sent = T(NY, "2026-11-09 17:20:44", "Mon", "-05:00")
    s, e = T(NY, "2026-11-17 16:00", "Tue", "-05:00"), T(NY, "2026-11-17 16:45", "Tue", "-05:00")
    zid, zraw = zoom_id(cid)
    txt = f"""Hi Priya,

The team really enjoyed having you on Thursday - your seminar sparked a lot of hallway conversation. The last step in our process is a conversation with Dr. Elena Vasquez-Reid, our Chief Scientific Officer.

You're confirmed for Tuesday, November 17 at 4:00 PM ET (45 minutes, Zoom). Elena's EA, Joyce Albright, will send the calendar hold with the link. It's a fairly open conversation; Elena likes to talk about where you want your science to go over the next five years.

Best,
Megan
"""
    eml(cid, "01-megan-doherty-final-with-cso.eml", frm=A(MEGAN), to=P, subject="Final conversation with Elena (CSO)",
        date=sent, msgid=mid(cid, "plain", "mail.halcyoncell.example"), body=alt(txt, cid),
        relay="mail-0187.halcyoncell.example")
    eid = base64.b32encode(bytes.fromhex(h("eid", cid)[:30])).decode().lower()[:26]
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('etag' + cid, 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-10T14:02:11.000Z",
        "updated": "2026-11-10T14:05:37.204Z",
        "summary": "Priya Raman / Elena Vasquez-Reid (Halcyon) - final conversation",
        "description": f"Final-round conversation with Dr. Elena Vasquez-Reid, Chief Scientific Officer, for the Senior Scientist, Cell Biology role.\n\nJoin Zoom Meeting\nhttps://halcyoncell.zoom.us/j/{zraw}\nMeeting ID: {zid}",
        "location": f"https://halcyoncell.zoom.us/j/{zraw}",
        "creator": {"email": JOYCE[1], "displayName": JOYCE[0]},
        "organizer": {"email": JOYCE[1], "displayName": JOYCE[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(e), "timeZone": "America/New_York"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": JOYCE[1], "displayName": JOYCE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": ELENA[1], "displayName": ELENA[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add_file(cid, "02-final-conversation-elena.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    case(cid, [iv(HAL, HAL_ROLE, s, e, "other", [ELENA[1]])], "medium", "positive/gcal-json-dedupe",
         "Recruiter e-mail plus a Calendar API event organized by the CSO's assistant; one final interview with the CSO. "
         "The EA only schedules.")


def c22():
    cid = "b315-22-halcyon-offer-call"
    d1 = T(NY, "2026-11-19 11:05:27", "Thu", "-05:00")
    d2 = T(NY, "2026-11-19 11:31:02", "Thu", "-05:00")
    s, e = T(NY, "2026-11-20 12:30", "Fri", "-05:00"), T(NY, "2026-11-20 13:00", "Fri", "-05:00")
    txt = """Hi Priya,

I have some exciting news to share! Do you have time tomorrow at 12:30 for a quick call? I'd like to walk you through the verbal offer - base, bonus, equity and the sign-on - before we send the written letter through Greenhouse.

I'll put a hold on your calendar; if the time doesn't work, just let me know.

Megan
"""
    eml(cid, "01-megan-doherty-good-news.eml", frm=A(MEGAN), to=P, subject="Good news from Halcyon!", date=d1,
        msgid=mid(cid, "plain", "mail.halcyoncell.example"), body=leaf("text/plain", txt, "quoted-printable"),
        relay="mail-0187.halcyoncell.example")
    google_invite(cid, "02-invitation-offer-discussion.eml", seed=cid, organizer=MEGAN, guests=[(OWNER_NAME, OWNER)],
                  summary="Halcyon / Priya Raman - offer discussion", start=s, end=e, sent=d2,
                  location="Phone - Megan will call (617) 555-0143",
                  description="Walking through the verbal offer for the Senior Scientist, Cell Biology role.")
    case(cid, [], "hard", "negative/offer",
         "Offer call booked with a Google invite ('tomorrow at 12:30'); an offer discussion, not an interview.")


# ============================================================================= output

def readme(labels):
    ivs = [i for _, l in labels for i in l["interviews"]]
    pos = sum(1 for _, l in labels if l["interview"])
    by_status = {s: sum(1 for i in ivs if i["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = {}
    for i in ivs:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    kind_s = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return f"""# blind315: Boston cell biologist job search in biotech/pharma, Oct-Nov 2026 across US/EU DST changes (written blind)

Mailbox owner: Priya Raman <{OWNER}>, a senior scientist (cell biology) in Boston (America/New_York).

This set was written blind: only the eval README, two dev items and the top of the dev labels.yaml were read for format; no tool code, tests or other sets.

What it stresses: a job search with a Cambridge MA biotech (Halcyon Cell Therapeutics), a New Jersey pharma (Ridgeway
Pharmaceuticals, Workday), a San Diego startup (Tidewater Bio, America/Los_Angeles), a Research Triangle CRO (Catawba Research
Partners, Paradox/iCIMS/Webex) and a Basel company (Rheinfeld Therapeutics, Europe/Zurich, SmartRecruiters/Teams) during the
week between the EU (Oct 25) and US (Nov 1) DST changes; a Workday reschedule across the US change; an onsite that starts
with a scientific seminar and is sent as three invites plus an attachment-style HTML agenda; a body-only "tomorrow at 9"
interview; and science-flavoured hard negatives (conference talk, poster judging "interviews", a vendor demo, a faculty
candidate visit at her own institute, a mock job-talk dry run, rejection, offer call, forwarded InMail, unbooked availability).

Counts: {len(labels)} cases, {pos} positive, {len(labels) - pos} negative; {len(ivs)} labelled interviews
({by_status['scheduled']} scheduled, {by_status['cancelled']} cancelled; kinds: {kind_s}).

Formats: plain/QP/base64 text and HTML e-mails, human threads with In-Reply-To/References, Google Calendar invitations
(multipart/mixed with text/calendar + invite.ics), Exchange/Teams invites (Windows TZIDs, X-MICROSOFT-CDO-*, "(UTC+01:00)" and
"(UTC-05:00)" labels), ATS mails with .ics attachments (Workday, Paradox, Lever, iCIMS, SmartRecruiters), a Calendly
confirmation, standalone .ics files (cases 14, 17) and a Calendar API .gcal.json event (case 21).

Time-zone / DST points:
- 01: "Thursday at 10:30" resolved from the thread (Oct 15, EDT -04:00).
- 02: conference talk in San Diego Nov 16, PST -08:00 (negative).
- 03: Workday reschedule from Thu Oct 29 1 PM EDT (-04:00) to Tue Nov 3 1 PM EST (-05:00); same wall time, new offset.
- 04: Wed Oct 28 15:00 Basel (CET +01:00, after EU change) = 10:00 Boston (EDT -04:00, before US change): 5-hour gap.
- 07: Lever .ics in UTC; 9:00 AM PDT (-07:00) = 12:00 PM EDT.
- 08: Google invite in UTC for Oct 29 11:00 PDT (-07:00).
- 09: invite sent in EDT for Nov 4 (EST, "(UTC-05:00)" label) (negative).
- 11: "tomorrow at 9:00 your time ... 15:00 here" sent Mon Nov 2 +01:00 -> Tue Nov 3 09:00 EST (-05:00): 6-hour gap again.
- 12: Google invite sent in EDT for Nov 2 (EST) (negative).
- 13: agenda and three Google invites sent Oct 30 (EDT) for Thu Nov 5 (EST -05:00); UTC DTSTARTs.
- 15: Exchange "Eastern Standard Time" TZID for Nov 10 (-05:00).
- 17: mail sent Oct 30 in PDT for Nov 9 and Nov 11 (PST -08:00); TZID America/Los_Angeles .ics files.
- 19: SmartRecruiters .ics TZID Europe/Zurich Nov 12 15:00 CET (+01:00) = 09:00 EST.
- 21: Calendar API event Nov 17 16:00 -05:00.
- 22: "tomorrow at 12:30" from Nov 19 -> Nov 20 EST (negative).
"""


def main():
    check_dst()
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11,
               c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    ids = [c for c, _ in CASES]
    assert len(ids) == len(set(ids)) and all(c.startswith("b315-") for c in ids)
    for n, c in enumerate(ids, 1):
        assert c.startswith(f"b315-{n:02d}-"), c
    for rel in FILES:
        cdir, name = rel.split("/")
        assert cdir in ids and name[:2].isdigit() and name[2] == "-", rel
    for old in sorted(OUT.glob("b315-*")):
        shutil.rmtree(old)
    for rel, data in sorted(FILES.items()):
        p = OUT / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    body = yaml.safe_dump(dict(CASES), sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_bytes(
        ("# Labels for blind315 (written blind). Schema: /work/shared/eval/README.md\n" + body).encode("utf-8"))
    (OUT / "README.md").write_bytes(readme(CASES).encode("utf-8"))
    print(f"wrote {len(ids)} cases, {len(FILES)} items")


if __name__ == "__main__":
    main()
