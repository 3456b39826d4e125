#!/usr/bin/env python3
"""Generate the blind283 evaluation set (US higher-education hiring; written blind).

Deletes and rewrites every b283-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone, date
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind283/seed/2026-higher-ed"
OWNER = "maya.castillo@example.com"
OWNER_NAME = "Maya Castillo"
OWNER_TZ = "America/Detroit"
UTC = timezone.utc

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----------------------------------------------------------------------------- determinism
def h(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def hnum(*parts, digits=10):
    return str(int(h(*parts, n=16), 16))[:digits]


# ----------------------------------------------------------------------------- time checks
def T(s, tz, wd, off):
    """Local wall time 'YYYY-MM-DD HH:MM[:SS]' in tz; asserts weekday and UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(tz))
    assert DAYS[d.weekday()] == wd, (s, tz, "weekday is", DAYS[d.weekday()], "not", wd)
    got = d.strftime("%z")
    assert got == off.replace(":", ""), (s, tz, "offset is", got, "not", off)
    return d


def check_dst_2026():
    def off(tz, y, m, d, hh=12):
        return datetime(y, m, d, hh, tzinfo=ZoneInfo(tz)).utcoffset()

    H = lambda x: timedelta(hours=x)
    for d_, wd in ((date(2026, 3, 8), 6), (date(2026, 11, 1), 6), (date(2026, 3, 29), 6), (date(2026, 10, 25), 6)):
        assert d_.weekday() == wd, d_
    for tz, std in (("America/Detroit", -5), ("America/New_York", -5), ("America/Toronto", -5),
                    ("America/Chicago", -6), ("America/Menominee", -6), ("America/Los_Angeles", -8)):
        assert off(tz, 2026, 3, 7) == H(std), tz
        assert off(tz, 2026, 3, 8) == H(std + 1), tz
        assert off(tz, 2026, 10, 31) == H(std + 1), tz
        assert off(tz, 2026, 11, 1) == H(std), tz
    for m, d in ((1, 15), (3, 8), (7, 1), (10, 31), (11, 1), (11, 5)):
        assert off("America/Phoenix", 2026, m, d) == H(-7)
    assert off("Europe/London", 2026, 3, 28) == H(0) and off("Europe/London", 2026, 3, 29) == H(1)
    assert off("Europe/London", 2026, 10, 24) == H(1) and off("Europe/London", 2026, 10, 25) == H(0)


check_dst_2026()


def rfc(d):
    return format_datetime(d)


def iso(d):
    return d.isoformat()


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def hm12(d, style="google"):
    h12 = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    if style == "google":
        return f"{h12}{ap}" if d.minute == 0 else f"{h12}:{d.minute:02d}{ap}"
    return f"{h12}:{d.minute:02d} {ap.upper()}"


# ----------------------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def leaf(ctype, body, cte, extra=()):
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body)
    else:
        enc = body
    if not enc.endswith("\n"):
        enc += "\n"
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdr) + "\n\n" + enc


def multipart(subtype, parts, seed):
    b = "0000000000" + h("boundary", seed, n=18)
    out = [f'Content-Type: multipart/{subtype}; boundary="{b}"', ""]
    for p in parts:
        out.append(f"--{b}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{b}--")
    return "\n".join(out) + "\n"


def text_part(text, cte="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


def html_part(html, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', html, cte)


def alt(text, html, seed, tcte="quoted-printable", hcte="quoted-printable"):
    return multipart("alternative", [text_part(text, tcte), html_part(html, hcte)], seed)


def ics_attachment(ics_text, filename, method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{filename}"', ics_text.encode("utf-8"),
                "base64", [f'Content-Disposition: attachment; filename="{filename}"'])


def html_wrap(inner, font="Arial,Helvetica,sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{inner}</div></body></html>\n')


def paras(text):
    """Plain text -> simple HTML paragraphs."""
    import html as _h
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_h.escape(line) for line in block.split("\n")) + "</p>")
    return "\n".join(out)


def eml(*, frm, to, subject, date, mid, body, cc=None, reply_to=None, irt=None, refs=None,
        sender=None, extra=(), relay=None):
    """frm: (name, email); to/cc: lists of (name, email); body: MIME part string (its headers become
    the message's content headers)."""
    host = relay or ("mail-" + h("relay", mid, n=6) + ".outbound." + frm[1].split("@")[1])
    ip = ".".join(str(int(h("ip", mid, i, n=2), 16) % 250 + 2) for i in range(4))
    lines = [
        f"Delivered-To: {OWNER}",
        f"Received: from {host} ({host} [{ip}])",
        f"        by mx1.example.com with ESMTPS id {h('smtp', mid, n=12)}",
        f"        for <{OWNER}>; {rfc(date)}",
        f"Return-Path: <{(sender or frm)[1]}>",
        f"From: {addr(*frm)}",
    ]
    if sender:
        lines.append(f"Sender: {addr(*sender)}")
    lines.append(f"To: {addrs(to)}")
    if cc:
        lines.append(f"Cc: {addrs(cc)}")
    if reply_to:
        lines.append(f"Reply-To: {addr(*reply_to)}")
    lines += [f"Subject: {subj(subject)}", f"Date: {rfc(date)}", f"Message-ID: {mid}"]
    if irt:
        lines.append(f"In-Reply-To: {irt}")
    if refs:
        lines.append("References: " + "\n ".join(refs))
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body


def msgid(tag, domain):
    return f"<{h('mid', tag, n=24)}@{domain}>"


def quote(text, who, when):
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"On {when.strftime('%a, %b %-d, %Y at %-I:%M %p')} {who} wrote:\n{q}\n"


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


US_DST = ("TZOFFSETFROM:{dst}", "TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
          "TZOFFSETFROM:{std}", "TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")


def vtimezone(tzid, std, dst=None, stdname="", dstname="", windows=False):
    start = "16010101T020000" if windows else None
    if dst is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD",
                f"DTSTART:{'16010101T000000' if windows else '19700101T000000'}",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}"] + ([f"TZNAME:{stdname}"] if stdname else []) + \
               ["END:STANDARD", "END:VTIMEZONE"]
    if windows:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", f"DTSTART:{start}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:{start}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstname}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdname}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


IANA_VTZ = {
    "America/New_York": ("-0500", "-0400", "EST", "EDT"),
    "America/Detroit": ("-0500", "-0400", "EST", "EDT"),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
    "America/Phoenix": ("-0700", None, "MST", ""),
}
WINDOWS_TZ = {  # name -> (iana, std, dst, display label)
    "Eastern Standard Time": ("America/New_York", "-0500", "-0400", "(UTC-05:00) Eastern Time (US & Canada)"),
    "Central Standard Time": ("America/Chicago", "-0600", "-0500", "(UTC-06:00) Central Time (US & Canada)"),
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    p = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
    p += f";CN={name or email}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


# ----------------------------------------------------------------------------- vendor builders
GOOGLE_TZ_LABEL = {"America/Detroit": "Eastern Time - Detroit"}


def google_invite(*, seed, sent, organizer, guests, summary, start, end, description, uid, sequence=0,
                  prefix="Invitation", location="", conf_url=None, conf_label="Join with Google Meet",
                  method="REQUEST", status="CONFIRMED"):
    """Google Calendar invitation e-mail as the owner (calendar tz America/Detroit) receives it.
    guests: list of (name, email, partstat); organizer must also be in guests."""
    det = ZoneInfo(OWNER_TZ)
    s, e = start.astimezone(det), end.astimezone(det)
    abbr = s.strftime("%Z")
    when_subj = f"{s.strftime('%a %b %-d, %Y')} {hm12(s)} - {hm12(e)} ({abbr})"
    when_body = f"{s.strftime('%A %b %-d, %Y')} \u22c5 {hm12(s)} \u2013 {hm12(e)}"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guest_lines = []
    for n, em, _ in guests:
        if em == organizer[1]:
            guest_lines += [f"{n} - organizer", em]
        elif n:
            guest_lines += [n, em]
        else:
            guest_lines.append(em)
    conf = ""
    if conf_url:
        conf = f"{conf_label}\n{conf_url}\n\n"
    loc = f"Location\n{location}\n\n" if location else ""
    plain = (f"{summary}\n{when_body}\n{GOOGLE_TZ_LABEL[OWNER_TZ]}\n\n{conf}{loc}"
             f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n" + "\n".join(guest_lines) +
             f"\nView all guest info {view}\n\n{description.strip()}\n\n"
             f"Reply for {OWNER} and view more details {view}\n\n\n~~//~~\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, "
             "be added to the guest list, invite others regardless of their own invitation status, or "
             "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    import html as _h
    hbits = [f"<p><b>{_h.escape(summary)}</b><br>{_h.escape(when_body)}<br>{GOOGLE_TZ_LABEL[OWNER_TZ]}</p>"]
    if conf_url:
        hbits.append(f'<p>{_h.escape(conf_label)}<br><a href="{conf_url}">{_h.escape(conf_url)}</a></p>')
    if location:
        hbits.append(f"<p>Location<br>{_h.escape(location)}</p>")
    hbits.append(f"<p>Organizer<br>{_h.escape(organizer[0])}<br>{organizer[1]}</p>")
    hbits.append("<p>Guests<br>" + "<br>".join(_h.escape(x) for x in guest_lines) +
                 f'<br>View all guest info <a href="{_h.escape(view)}">{_h.escape(view)}</a></p>')
    hbits.append(paras(description))
    hbits.append(f'<p>Reply for {OWNER} and <a href="{_h.escape(view)}">view more details</a></p>')
    hbits.append('<p>~~//~~<br>Invitation from Google Calendar: <a href="https://calendar.google.com/calendar/">'
                 'https://calendar.google.com/calendar/</a></p><p>You are receiving this email because you are '
                 'an attendee on the event.</p>')
    htmlbody = html_wrap("\n".join(hbits), "Roboto,Helvetica,Arial,sans-serif")
    desc = description.strip()
    if conf_url:
        desc += f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n" \
                f"{conf_label}: {conf_url}\n\nPlease do not edit this section.\n" \
                f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    ev = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
          "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
          f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(sent)}",
          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, em, ps in guests:
        ev.append(attendee(n or em, em, ps, google=True))
    if conf_url and "meet.google" in conf_url:
        ev.append(f"X-GOOGLE-CONFERENCE:{conf_url}")
    ev += [f"CREATED:{utcstamp(sent - timedelta(minutes=3))}", f"DESCRIPTION:{esc(desc)}",
           f"LAST-MODIFIED:{utcstamp(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}",
           f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
           "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
           "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(ev)
    inner = multipart("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        html_part(htmlbody, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal.encode("utf-8"), "base64"),
    ], seed + "/alt")
    body = multipart("mixed", [inner, leaf('application/ics; name="invite.ics"', cal.encode("utf-8"), "base64",
                                           ['Content-Disposition: attachment; filename="invite.ics"'])], seed + "/mix")
    mid = f"<calendar-{h('gcal', seed, n=8)}-{h('gcal', seed, 1, n=4)}-{h('gcal', seed, 2, n=4)}-" \
          f"{h('gcal', seed, 3, n=4)}-{h('gcal', seed, 4, n=12)}@google.com>"
    return eml(frm=organizer, to=[(None, OWNER)], subject=subject, date=sent.astimezone(UTC), mid=mid, body=body,
               reply_to=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
               relay="mail-sor-f41.google.com")


def outlook_invite(*, seed, sent, organizer, required, optional=(), summary, start, end, wtz, intro,
                   uid, sequence=0, method="REQUEST", location="Microsoft Teams Meeting", teams=True,
                   subject=None, to=None):
    """Exchange/Teams invitation (multipart/alternative with text/calendar)."""
    iana, std, dst, label = WINDOWS_TZ[wtz]
    assert start.tzinfo.key in (iana, "America/Toronto", "America/Detroit", "America/Menominee"), start.tzinfo
    when = (f"When: {start.strftime('%A, %B %-d, %Y')} {hm12(start, 'ms')}-{hm12(end, 'ms')} {label}.")
    teams_block = ""
    if teams:
        tid = h("teams", seed, n=32)
        url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid[:28]}%40thread.v2/0?context=%7b%22Tid%22%3a%22{h('tid', seed, n=8)}%22%7d"
        teams_block = ("\n\n________________________________________________________________________________\n"
                       "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                       f"Click here to join the meeting<{url}>\nMeeting ID: {hnum('mtg', seed, digits=3)} "
                       f"{hnum('mtg2', seed, digits=3)} {hnum('mtg3', seed, digits=3)} {hnum('mtg4', seed, digits=3)}\n"
                       f"Passcode: {h('pc', seed, n=6)}\n"
                       "________________________________________________________________________________")
    desc = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro.strip()}{teams_block}"
    ev = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    ev += vtimezone(wtz, std, dst, windows=True)
    ev += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, em in required:
        ev.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{em}")
    for n, em in optional:
        ev.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{em}")
    ev += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}",
           f"SUMMARY;LANGUAGE=en-US:{esc(('Canceled: ' if method == 'CANCEL' else '') + summary)}",
           f"DTSTART;TZID={wtz}:{local(start)}", f"DTEND;TZID={wtz}:{local(end)}", "CLASS:PUBLIC",
           "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1", f"DTSTAMP:{utcstamp(sent)}", "TRANSP:OPAQUE",
           f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SEQUENCE:{sequence}",
           f"LOCATION;LANGUAGE=en-US:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hnum('own', uid, digits=10)) // 2}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
           f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method == "REQUEST"
           else "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method == "REQUEST":
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM"]
    ev += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(ev)
    import html as _h
    htmlbody = html_wrap(f"<p>{_h.escape(when)}<br>Where: {_h.escape(location)}</p><p>*~*~*~*~*~*~*~*~*~*</p>"
                         + paras(intro) + (paras(teams_block) if teams else ""), "Calibri,Arial,sans-serif")
    body = multipart("alternative", [
        text_part(desc.replace("\r", ""), "quoted-printable"),
        html_part(htmlbody, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal.encode("utf-8"), "base64"),
    ], seed)
    pre = "Canceled: " if method == "CANCEL" else ""
    tenant = "namprd" + hnum("tenant", organizer[1], digits=2)
    node = "SJ0PR" + hnum("node", organizer[1], digits=2) + "MB" + hnum("mb", organizer[1], digits=4)
    mid = f"<{node}{h('omid', seed, n=24).upper()}@{node}.{tenant}.prod.outlook.com>"
    all_to = to if to is not None else list(required)
    return eml(frm=organizer, to=all_to, cc=list(optional) or None, subject=subject or (pre + summary),
               date=sent.astimezone(UTC), mid=mid, body=body,
               relay=f"{node[:5]}-obe.outbound.protection.outlook.com",
               extra=[f"Thread-Topic: {subj(summary)}", f"Thread-Index: {b64(h('ti', seed, n=22))[:30]}==",
                      "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
                      "X-MS-TNEF-Correlator:", "Content-class: urn:content-classes:calendarmessage",
                      "x-ms-publictraffictype: Email"])


# ----------------------------------------------------------------------------- case registry
CASES = []  # (case_id, items[(name, text)], label)
SIGNATURE = ("Maya Castillo, Ph.D.\nPostdoctoral Research Fellow, School for Environment and Sustainability\n"
             "Huron Research University | Ann Arbor, Michigan\n734-555-0142")
MAYA = (OWNER_NAME, OWNER)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def add(num, slug, items, interviews, difficulty, category, notes):
    cid = f"b283-{num:02d}-{slug}"
    CASES.append((cid, items, {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
        "category": category, "notes": notes, "source": "synthetic"}))


# ============================================================================= CASES
DET, NY, CHI, LA, PHX, TOR, MEN = ("America/Detroit", "America/New_York", "America/Chicago", "America/Los_Angeles",
                                   "America/Phoenix", "America/Toronto", "America/Menominee")


def case01():
    sent = T("2026-09-08 09:41:17", NY, "Tue", "-04:00")
    text = """Dear Maya Castillo,

Thank you for submitting your application for Assistant Professor of Environmental Data Science (Tenure-Track), Posting Number FAC0001842, at Western Lakes University.

Your application materials have been received and forwarded to the hiring department. Review of applications begins October 1, 2026 and continues until the position is filled. Should the search committee wish to schedule an interview, a member of the committee will contact you directly; we are unable to provide individual status updates.

You may review the status of your application at any time by logging in to your applicant account:
https://jobs.wlu.example/postings/18420

Please note that all finalists will be asked to authorize a background check prior to any on-campus visit.

Thank you for your interest in Western Lakes University.

Office of Human Resources
Western Lakes University | Kalamazoo, Michigan
An Equal Opportunity / Affirmative Action Employer

** This is an automated message sent via PeopleAdmin. Please do not reply to this e-mail. **
"""
    m = eml(frm=("Western Lakes University", "no-reply@peopleadmin.com"), to=[MAYA],
            reply_to=("WLU Faculty Recruitment", "facultyjobs@wlu.example"),
            subject="Application received: Assistant Professor of Environmental Data Science (FAC0001842)",
            date=sent, mid=msgid("c01", "peopleadmin.com"), body=text_part(text), relay="smtp-out3.peopleadmin.com")
    add(1, "peopleadmin-application-receipt", [("01-wlu-application-received.eml", m)], [], "easy",
        "negative/application-received",
        "PeopleAdmin receipt for a faculty posting; mentions interviews and campus visits only hypothetically.")


def case02():
    tz = NY
    s1 = T("2026-09-16 16:12:05", tz, "Wed", "-04:00")
    s2 = T("2026-09-16 17:38:44", DET, "Wed", "-04:00")
    ray = ("Raymond Okonkwo", "rokonkwo@sbu.example")
    t1 = """Hi Maya,

Thanks for sending your CV and the two papers after the IAGLR session last week. I read the lake-ice paper on the flight home, and I'd like to talk with you about the Research Scientist position in my lab before we post it more widely.

Would tomorrow at 2 work for a phone call? Thirty minutes should be plenty. I want to hear how you'd approach the ensemble forecasting work, and I'll tell you where the NOAA funding stands. I'll call the cell number on your CV (734-555-0142) unless you tell me otherwise.

Best,
Ray

--
Raymond Okonkwo, Ph.D.
Director, Great Lakes Hydroinformatics Lab
Saginaw Bay University | University Center, MI
989-555-0177
"""
    id1 = msgid("c02-1", "sbu.example")
    m1 = eml(frm=ray, to=[MAYA], subject="Research Scientist opening -- quick call?", date=s1, mid=id1,
             body=text_part(t1, "7bit"))
    t2 = ("Hi Ray,\n\nTomorrow at 2 is perfect. I'll be at my desk with the phone on, so call whenever you're "
          "ready. Looking forward to hearing more about the lab.\n\nBest,\nMaya\n\n" + SIGNATURE + "\n\n" +
          quote(t1, "Raymond Okonkwo <rokonkwo@sbu.example>", s1))
    m2 = eml(frm=MAYA, to=[ray], subject="Re: Research Scientist opening -- quick call?", date=s2,
             mid=msgid("c02-2", "mail.example.com"), irt=id1, refs=[id1], body=text_part(t2),
             relay="smtp.example.com")
    start = T("2026-09-17 14:00", tz, "Thu", "-04:00")
    add(2, "saginaw-phone-call-tomorrow", [("01-okonkwo-quick-call.eml", m1), ("02-re-quick-call.eml", m2)],
        [iv("Saginaw Bay University", "Research Scientist", start, start + timedelta(minutes=30), "scheduled",
            [ray[1]], [ray[1]], "hiring_manager")],
        "medium", "positive/email-body-only-relative-date",
        "Time only in the body: 'tomorrow at 2' resolved against Wed 16 Sep 2026 -0400 -> Thu 17 Sep 14:00 EDT; "
        "'Thirty minutes' gives the end. Lab director calls her, so he is the interviewer.")


def case03():
    sent = T("2026-09-25 15:03:22", "UTC", "Fri", "+00:00")
    chair = ("Priya Raman", "raman.41@olentangy.example")
    c2 = ("Thomas Whitfield", "whitfield.9@olentangy.example")
    c3 = ("Ana Gutiérrez-Moss", "gutierrezmoss.2@olentangy.example")
    start = T("2026-10-08 10:30", NY, "Thu", "-04:00")
    end = start + timedelta(minutes=30)
    zoom = "https://olentangy.zoom.us/j/93817264051?pwd=" + h("zpwd", 3, n=22)
    text = f"""Dear Dr. Castillo,

On behalf of the search committee for the tenure-track Assistant Professor of Environmental Data Science in the Department of Geography, I am pleased to invite you to a first-round interview by Zoom.

Your interview is confirmed for Thursday, October 8, 2026, from 10:30 to 11:00 a.m. Eastern Time. We will spend roughly twenty minutes on the committee's questions and leave the rest for yours.

Committee members joining:
  - Dr. Priya Raman, Associate Professor (chair) - {chair[1]}
  - Dr. Thomas Whitfield, Professor - {c2[1]}
  - Dr. Ana Gutiérrez-Moss, Assistant Professor - {c3[1]}

Zoom: {zoom}
Meeting ID: 938 1726 4051 | Passcode: 418220

A calendar file is attached. If the time no longer works for you, reply to this message and we will do our best to find an alternative.

Sincerely,
Priya Raman
Chair, Environmental Data Science Search Committee
Department of Geography, Olentangy State University, Delaware, Ohio

--
This message was sent to you through Interfolio on behalf of Olentangy State University. Replies go directly to the sender.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST"] + vtimezone(NY, *IANA_VTZ[NY][:2], *IANA_VTZ[NY][2:]) +
              ["BEGIN:VEVENT", f"DTSTAMP:{utcstamp(sent)}", f"DTSTART;TZID={NY}:{local(start)}",
               f"DTEND;TZID={NY}:{local(end)}", "SUMMARY:Olentangy State - EDS Search - First-round interview (Castillo)",
               f"UID:{h('uid', 3, n=8)}-zoom-93817264051@zoom.us", "TZID:America/New_York",
               f"DESCRIPTION:{esc('Priya Raman is inviting you to a scheduled Zoom meeting.' + chr(10) + chr(10) + 'Join Zoom Meeting' + chr(10) + zoom + chr(10) + chr(10) + 'Meeting ID: 938 1726 4051' + chr(10) + 'Passcode: 418220')}",
               f"LOCATION:{esc(zoom)}", f"ORGANIZER;CN={chair[0]}:mailto:{chair[1]}",
               attendee(chair[0], chair[1], "ACCEPTED"), attendee(c2[0], c2[1], "ACCEPTED"),
               attendee(c3[0], c3[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER),
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    html = html_wrap('<table width="100%" style="border-bottom:3px solid #0b5394"><tr><td>'
                     '<b>Olentangy State University</b> &middot; Faculty Search</td></tr></table>' + paras(text))
    body = multipart("mixed", [alt(text, html, "c03a", "quoted-printable", "base64"),
                               ics_attachment(cal, "zoom_interview_castillo.ics")], "c03m")
    m = eml(frm=("Priya Raman via Interfolio", "no-reply@interfolio.com"), to=[MAYA], reply_to=chair,
            subject="Olentangy State University: Interview invitation - Assistant Professor of Environmental Data Science",
            date=sent, mid=msgid("c03", "interfolio.com"), body=body, relay="o12.email.interfolio.com",
            extra=["X-Mailer: Interfolio Faculty Search"])
    add(3, "interfolio-zoom-committee-first-round", [("01-interfolio-interview-invitation.eml", m)],
        [iv("Olentangy State University", "Assistant Professor of Environmental Data Science", start, end,
            "scheduled", [chair[1], c2[1], c3[1]], [chair[1], c2[1], c3[1]], "onsite")],
        "medium", "positive/ats-email-with-ics",
        "Interfolio message (no-reply sender, Reply-To chair) with a Zoom .ics in America/New_York. Three-person "
        "search committee panel -> kind onsite per the panel rule.")


def case04():
    sent = T("2026-09-22 17:02:10", "UTC", "Tue", "+00:00")
    prod = ("Leah Abernathy", "leah.abernathy@wslpress.example")
    host = ("Sunil Mehra", "sunil.mehra@wslpress.example")
    start = T("2026-09-29 11:00", DET, "Tue", "-04:00")
    desc = """Hi Maya - thank you for agreeing to be interviewed for Currents, the Water & Society Letters podcast! Sunil will talk with you about your paper on lake-ice loss and winter nutrient loading, and we'll save a few minutes for your advice to early-career hydrologists.

We record on Riverside (link below). Please use headphones and a wired connection if you can; we'll do a two-minute sound check before we start. The episode should go live in mid-November and we'll send you the edit for a fact check first.

Riverside studio: https://riverside.fm/studio/currents-wsl

Leah Abernathy
Producer, Currents | Water & Society Letters"""
    m = google_invite(seed="c04", sent=sent, organizer=prod,
                      guests=[(prod[0], prod[1], "ACCEPTED"), (host[0], host[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                      summary="Currents podcast recording - Maya Castillo (lake-ice paper)", start=start,
                      end=start + timedelta(minutes=45), description=desc, uid=f"{h('uid', 4, n=26)}@google.com",
                      location="Riverside.fm (online)")
    add(4, "journal-podcast-interview", [("01-invitation-podcast-recording.eml", m)], [], "medium",
        "negative/podcast-interview",
        "Google Calendar invitation to be interviewed on a journal podcast about her paper; press-type interview, not hiring.")


def case05():
    sent = T("2026-10-05 11:22:09", LA, "Mon", "-07:00")
    start = T("2026-10-13 09:00", LA, "Tue", "-07:00")
    end = start + timedelta(minutes=45)
    mgr = ("Helen Marsh", "helen.marsh@sierrapacific.example")
    zoom = "https://sierrapacific.zoom.us/j/86120447713"
    text = f"""Hello Maya,

Thank you for your interest in the Staff Research Scientist - Watershed Analytics Center position (JR-04417). Your interview has been scheduled.

Interview Details
Date: Tuesday, October 13, 2026
Time: 9:00 AM - 9:45 AM (Pacific Time)
Format: Zoom video interview
Interviewer: Helen Marsh, Director, Watershed Analytics Center

The calendar invitation attached to this message contains the Zoom link. To view or manage your application, sign in to your candidate home account:
https://wd1.myworkdaysite.com/recruiting/sierrapacific/SPU_Careers

Questions about your interview can be directed to your recruiter, Jordan Ellis (jordan.ellis@sierrapacific.example).

Sierra Pacific University Talent Acquisition

This is an automated notification. Please do not reply to this email.
"""
    html = html_wrap('<div style="background:#003262;color:#fff;padding:8px"><b>Sierra Pacific University</b></div>'
                     + paras(text))
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Workday//Workday Recruiting//EN", "VERSION:2.0", "METHOD:REQUEST"]
              + vtimezone(LA, *IANA_VTZ[LA][:2], *IANA_VTZ[LA][2:]) +
              ["BEGIN:VEVENT", f"UID:{h('uid', 5, n=20)}@myworkday.com", f"DTSTAMP:{utcstamp(sent)}",
               f"DTSTART;TZID={LA}:{local(start)}", f"DTEND;TZID={LA}:{local(end)}",
               "SUMMARY:Interview: Staff Research Scientist - Watershed Analytics Center (JR-04417)",
               f"DESCRIPTION:{esc('Candidate: Maya Castillo' + chr(10) + 'Interviewer: Helen Marsh' + chr(10) + 'Join Zoom: ' + zoom)}",
               f"LOCATION:{zoom}", "ORGANIZER;CN=Sierra Pacific University:mailto:sierrapacific@myworkday.com",
               attendee(mgr[0], mgr[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED",
               "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", [alt(text, html, "c05a", "quoted-printable", "quoted-printable"),
                               ics_attachment(cal, "Interview.ics")], "c05m")
    m = eml(frm=("Sierra Pacific University", "sierrapacific@myworkday.com"), to=[MAYA],
            subject="Interview Scheduled: Staff Research Scientist - Watershed Analytics Center (JR-04417)",
            date=sent, mid=msgid("c05", "myworkday.com"), body=body, relay="mta-out-p2.myworkday.com")
    add(5, "workday-staff-scientist-pacific", [("01-workday-interview-scheduled.eml", m)],
        [iv("Sierra Pacific University", "Staff Research Scientist - Watershed Analytics Center", start, end,
            "scheduled", [mgr[1]], [mgr[1]], "hiring_manager")],
        "easy", "positive/workday-ats-ics",
        "Workday university instance; times in Pacific (PDT, -07:00) = noon in Ann Arbor. Interviewer's address "
        "only in the .ics; recruiter named in text is not the interviewer.")


def case06():
    chair = ("Luis Cantú", "luis.cantu@trinityplains.example")
    uid = f"{h('uid', 6, n=26)}@google.com"
    zoom = "https://trinityplains.zoom.us/j/97755310284"
    s_old = T("2026-10-20 14:00", CHI, "Tue", "-05:00")
    s_new = T("2026-10-22 14:00", CHI, "Thu", "-05:00")
    desc = (f"Maya - as the next step in our Geospatial Hydrology search, I'd like about 45 minutes with you on Zoom "
            f"to talk through the department, the teaching load and where you want to take your research. That's "
            f"2:00 Central on my end.\n\nZoom: {zoom}\n\nLuis Cantú\nProfessor and Chair, Department of Geosciences\n"
            f"Trinity Plains University")
    g = [(chair[0], chair[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    m1 = google_invite(seed="c06-1", sent=T("2026-10-06 19:31:40", "UTC", "Tue", "+00:00"), organizer=chair,
                       guests=g, summary="TPU Geosciences: conversation with the Chair (Maya Castillo)",
                       start=s_old, end=s_old + timedelta(minutes=45), description=desc, uid=uid, sequence=0,
                       location=zoom)
    s2 = T("2026-10-15 08:47:13", CHI, "Thu", "-05:00")
    id2 = msgid("c06-2", "trinityplains.example")
    t2 = """Maya,

My apologies - the Dean has called a mandatory budget meeting for Tuesday afternoon, so I need to move our conversation. Could we do Thursday the 22nd at the same time instead (2:00 Central, 3:00 for you)? I'll update the calendar invitation once I hear back.

Luis
"""
    m2 = eml(frm=chair, to=[MAYA], subject="Need to move our Tuesday conversation", date=s2, mid=id2,
             body=alt(t2, html_wrap(paras(t2)), "c06-2", "quoted-printable", "quoted-printable"))
    s3 = T("2026-10-15 10:05:51", DET, "Thu", "-04:00")
    id3 = msgid("c06-3", "mail.example.com")
    t3 = ("Dear Luis,\n\nNo problem at all. Thursday the 22nd at 2:00 Central works for me.\n\nBest regards,\nMaya\n\n"
          + quote(t2, "Luis Cantú <luis.cantu@trinityplains.example>", s2))
    m3 = eml(frm=MAYA, to=[chair], subject="Re: Need to move our Tuesday conversation", date=s3, mid=id3, irt=id2,
             refs=[id2], body=text_part(t3), relay="smtp.example.com")
    m4 = google_invite(seed="c06-4", sent=T("2026-10-15 15:20:02", "UTC", "Thu", "+00:00"), organizer=chair,
                       guests=g, summary="TPU Geosciences: conversation with the Chair (Maya Castillo)",
                       start=s_new, end=s_new + timedelta(minutes=45), description=desc, uid=uid, sequence=1,
                       location=zoom, prefix="Updated invitation")
    add(6, "texas-chair-chat-rescheduled", [("01-invitation-chair-conversation.eml", m1),
                                             ("02-chair-needs-to-move.eml", m2), ("03-re-thursday-works.eml", m3),
                                             ("04-updated-invitation-thursday.eml", m4)],
        [iv("Trinity Plains University", "Assistant Professor, Geospatial Hydrology", s_new,
            s_new + timedelta(minutes=45), "scheduled", [chair[1]], [chair[1]], "hiring_manager")],
        "medium", "positive/reschedule-sequence",
        "Google invite Tue 20 Oct 2pm CDT, chair asks to move, same UID re-sent with SEQUENCE:1 for Thu 22 Oct "
        "2:00-2:45 pm CDT (-05:00). Google subject/body show Detroit time (3pm EDT). Role appears only in the "
        "description ('Geospatial Hydrology search'); label uses the department's posting title.")


def case07():
    gail = ("Gail Henriksen", "gail.henriksen@wlu.example")
    s1 = T("2026-10-12 13:05:40", DET, "Mon", "-04:00")
    id1 = msgid("c07-1", "wlu.example")
    t1 = """Dear Dr. Castillo,

I'm writing with good news: after reviewing your materials and your first-round conversation with us, the committee has placed you on the short list for the Environmental Data Science position.

Our next step is reference checks. We plan to contact the three letter writers listed in your Interfolio dossier (Prof. Ellen Brandt, Prof. Dmitri Volkov and Dr. Sarah Oyelowo) by phone over the next ten days. Please let them know to expect a call, and tell me if any of them should not be contacted at this stage.

We expect to bring finalists to campus in early November and will be in touch about dates once the reference calls are complete.

With best wishes,
Gail Henriksen
Professor and Chair, Environmental Data Science Search Committee
Department of Environmental and Sustainability Sciences
Western Lakes University
"""
    m1 = eml(frm=gail, to=[MAYA], subject="Environmental Data Science search - reference checks", date=s1, mid=id1,
             body=alt(t1, html_wrap(paras(t1)), "c07-1", "quoted-printable", "base64"))
    ellen = ("Ellen Brandt", "ebrandt@hru.example")
    s2 = T("2026-10-14 19:22:08", DET, "Wed", "-04:00")
    t2 = """Maya,

Gail Henriksen's assistant just booked me for a reference call on Friday at 10:30. Anything in particular you'd like me to stress? I'm planning to talk up the EAS 340 labs you redesigned and the way you've mentored the two undergrads on the lake-ice project.

Dmitri says he hasn't heard from them yet. Fingers crossed!

Ellen

Ellen Brandt
Professor, School for Environment and Sustainability
Huron Research University
"""
    m2 = eml(frm=ellen, to=[MAYA], subject="WLU reference call", date=s2, mid=msgid("c07-2", "hru.example"),
             body=text_part(t2))
    add(7, "reference-request-letter-writers", [("01-wlu-reference-checks.eml", m1),
                                                 ("02-mentor-reference-call.eml", m2)], [], "hard",
        "negative/reference-request",
        "Search chair announces reference checks; the mentor's 'reference call on Friday at 10:30' is her letter "
        "writer being interviewed about her, not the owner's interview. Campus visit only vaguely foreshadowed.")


def case08():
    karen = ("Karen Szabo", "kszabo@cuyahogapoly.example")
    novak = ("Daniel Novak", "dnovak@cuyahogapoly.example")
    rhea = ("Rhea Banerjee", "rbanerjee@cuyahogapoly.example")
    start = T("2026-10-19 13:00", NY, "Mon", "-04:00")
    end = start + timedelta(minutes=30)
    uid = "040000008200E00074C5B7101A82E00800000000" + h("uid", 8, n=16).upper() + "0000000000000000" + \
          "10000000" + h("uid2", 8, n=32).upper()
    summary = "CPU CEE Faculty Search - First-Round Interview: Maya Castillo"
    intro = """Dear Dr. Castillo,

Thank you for making time for a first-round conversation with the search committee for the Assistant Professor position in Water Resources Engineering.

Prof. Daniel Novak (search chair) and Prof. Rhea Banerjee will meet with you for 30 minutes over Microsoft Teams. I am handling logistics only, so please contact me with any technical questions.

Kind regards,
Karen Szabo
Department Administrator, Civil & Environmental Engineering
Cuyahoga Polytechnic University | Cleveland, Ohio"""
    req = [MAYA, novak, rhea]
    m1 = outlook_invite(seed="c08-1", sent=T("2026-10-07 14:12:30", NY, "Wed", "-04:00"), organizer=karen,
                        required=req, summary=summary, start=start, end=end, wtz="Eastern Standard Time",
                        intro=intro, uid=uid, sequence=0)
    cancel = """Dr. Castillo,

I'm very sorry to send this. The Provost's office has placed the Water Resources search on hold pending the FY27 budget review, and the committee has been asked to cancel all scheduled interviews, including yours on October 19.

Prof. Novak will write to you separately if the search reopens.

Karen Szabo"""
    m2 = outlook_invite(seed="c08-2", sent=T("2026-10-14 09:48:02", NY, "Wed", "-04:00"), organizer=karen,
                        required=req, summary=summary, start=start, end=end, wtz="Eastern Standard Time",
                        intro=cancel, uid=uid, sequence=1, method="CANCEL", teams=False)
    add(8, "cuyahoga-teams-interview-cancelled", [("01-outlook-invite-first-round.eml", m1),
                                                  ("02-outlook-canceled.eml", m2)],
        [iv("Cuyahoga Polytechnic University", "Assistant Professor, Water Resources Engineering", start, end,
            "cancelled", [novak[1], rhea[1]], [novak[1], rhea[1]], "onsite")],
        "medium", "positive/cancellation",
        "Exchange/Teams invite (Windows TZID 'Eastern Standard Time', '(UTC-05:00)' label while EDT applies) "
        "followed by METHOD:CANCEL after a hiring freeze. Organizer is the administrator, not an interviewer.")


def case09():
    dana = ("Dana Whitlock", "dwhitlock@hru.example")
    ellen = ("Ellen Brandt", "ebrandt@hru.example")
    kwame = ("Kwame Asante", "kasante@hru.example")
    start = T("2026-10-15 10:00", NY, "Thu", "-04:00")
    intro = """Hi all,

Our second Staff Scientist candidate, Dr. Tomasz Wierzbicki, will meet with the search committee on Thursday. Maya - I've sent this to your personal address since your HRU calendar still isn't syncing while you travel.

Committee: Ellen (chair), Kwame, Maya.
Suggested question assignments: Ellen - research fit and independence; Kwame - field operations and boat safety; Maya - data management and reproducibility.

Candidate packet and the scoring rubric are in the shared Box folder. Please submit your score sheet by 5 pm the same day so we can compare notes Friday.

Thanks,
Dana Whitlock
Lab Manager, Freshwater Systems Lab"""
    m = outlook_invite(seed="c09", sent=T("2026-10-08 13:15:44", NY, "Thu", "-04:00"), organizer=dana,
                       required=[ellen, kwame, MAYA],
                       summary="Staff Scientist Search - Candidate Interview: Dr. Tomasz Wierzbicki", start=start,
                       end=start + timedelta(hours=1), wtz="Eastern Standard Time", intro=intro,
                       uid="040000008200E00074C5B7101A82E00800000000" + h("uid", 9, n=48).upper(),
                       location="Dana Building 2024 / Microsoft Teams Meeting")
    add(9, "owner-on-staff-scientist-search-committee", [("01-committee-candidate-interview.eml", m)], [], "hard",
        "negative/user-is-interviewer",
        "Teams invite titled 'Candidate Interview' where the owner sits on the search committee interviewing "
        "someone else for a staff scientist post.")


def case10():
    ruiz = ("Marisol Ruiz", "marisol.ruiz@sonoranstate.example")
    begay = ("Daniel Begay", "daniel.begay@sonoranstate.example")
    lind = ("Hannah Lindqvist", "hannah.lindqvist@sonoranstate.example")
    s1 = T("2026-10-27 09:14:31", PHX, "Tue", "-07:00")
    id1 = msgid("c10-1", "sonoranstate.example")
    t1 = """Dear Dr. Castillo,

Thank you for applying for the Assistant Professor of Hydroinformatics position in the School of Earth and Environmental Systems. The committee enjoyed reading your file and would like to meet you for a 25-minute Zoom interview.

We have two openings left:
  * Wednesday, November 4, 10:00 a.m.
  * Thursday, November 5, 1:30 p.m.

Both times are Arizona time (MST). Arizona does not observe daylight saving time, so once Michigan falls back on November 1 we will be two hours behind you rather than three.

Please let me know which works best and I'll send a Zoom link.

Best regards,
Marisol Ruiz
Professor and Search Committee Chair
School of Earth and Environmental Systems, Sonoran State University
"""
    m1 = eml(frm=ruiz, to=[MAYA], subject="Hydroinformatics search: first-round interview scheduling", date=s1,
             mid=id1, body=text_part(t1))
    s2 = T("2026-10-27 14:02:10", DET, "Tue", "-04:00")
    id2 = msgid("c10-2", "mail.example.com")
    t2 = ("Dear Dr. Ruiz,\n\nThank you, I'd be glad to meet the committee. Thursday, November 5 at 1:30 p.m. "
          "Arizona time works best for me (3:30 p.m. here after the clocks change).\n\nBest regards,\nMaya Castillo\n\n"
          + quote(t1, "Marisol Ruiz <marisol.ruiz@sonoranstate.example>", s1))
    m2 = eml(frm=MAYA, to=[ruiz], subject="Re: Hydroinformatics search: first-round interview scheduling", date=s2,
             mid=id2, irt=id1, refs=[id1], body=text_part(t2), relay="smtp.example.com")
    s3 = T("2026-10-28 08:30:02", PHX, "Wed", "-07:00")
    zoom = "https://sonoranstate.zoom.us/j/91460238857?pwd=" + h("zp", 10, n=20)
    t3 = f"""Wonderful - you're confirmed for Thursday, Nov. 5, 1:30-1:55 p.m. MST.

Dr. Daniel Begay and Dr. Hannah Lindqvist (copied here) will join me. We'll ask about your research program and teaching, and save the last five minutes for your questions.

Zoom: {zoom}

Marisol
"""
    m3 = eml(frm=ruiz, to=[MAYA], cc=[begay, lind],
             subject="Re: Hydroinformatics search: first-round interview scheduling", date=s3,
             mid=msgid("c10-3", "sonoranstate.example"), irt=id2, refs=[id1, id2],
             body=alt(t3 + "\n" + quote(t2, "Maya Castillo <maya.castillo@example.com>", s2),
                      html_wrap(paras(t3)), "c10-3", "quoted-printable", "quoted-printable"))
    start = T("2026-11-05 13:30", PHX, "Thu", "-07:00")
    assert start.astimezone(ZoneInfo(DET)).strftime("%H:%M %z") == "15:30 -0500"
    add(10, "arizona-propose-confirm-across-dst", [("01-ruiz-two-slots.eml", m1), ("02-re-thursday-works.eml", m2),
                                                   ("03-re-confirmed-with-committee.eml", m3)],
        [iv("Sonoran State University", "Assistant Professor of Hydroinformatics", start,
            start + timedelta(minutes=25), "scheduled", [ruiz[1], begay[1], lind[1]],
            [ruiz[1], begay[1], lind[1]], "onsite")],
        "hard", "positive/thread-propose-confirm",
        "Two slots offered in Arizona time (MST, no DST); owner picks Thu 5 Nov 1:30 pm MST (-07:00) = 3:30 pm EST "
        "after the 1 Nov US change; chair confirms 1:30-1:55 with two committee members cc'd -> panel (onsite).")


def case11():
    ellen = ("Ellen Brandt", "ebrandt@hru.example")
    kwame = ("Kwame Asante", "kasante@hru.example")
    start = T("2026-11-06 15:00", DET, "Fri", "-05:00")
    desc = """Dry run before the Western Lakes visit. Maya gives the full 45-minute job talk, then the 20-minute teaching demo. The lab will play sophomores in ENVS 2100, and I'll play a grumpy dean during Q&A.

Dana Building 2024; Kwame will join by Zoom from the field station. Bring the clicker.

Ellen"""
    m = google_invite(seed="c11", sent=T("2026-11-02 14:40:19", "UTC", "Mon", "+00:00"), organizer=ellen,
                      guests=[(ellen[0], ellen[1], "ACCEPTED"), (kwame[0], kwame[1], "ACCEPTED"),
                              (None, OWNER, "NEEDS-ACTION")],
                      summary="Practice run: Maya's job talk + teaching demo", start=start,
                      end=start + timedelta(minutes=90), description=desc, uid=f"{h('uid', 11, n=26)}@google.com",
                      location="Dana Building, Room 2024")
    add(11, "mentor-teaching-demo-practice", [("01-invitation-practice-run.eml", m)], [], "medium",
        "negative/mock-interview",
        "Mentor's practice run of job talk and teaching demo ahead of a campus visit; coaching, not an interview.")


def case12():
    tz = TOR
    coord = ("Priyanka Sethi", "psethi@lakeshorewater.example")
    grah = ("Graham Whitcombe", "gwhitcombe@lakeshorewater.example")
    aiko = ("Aiko Tanaka", "atanaka@lakeshorewater.example")
    femi = ("Femi Adeyemi", "fadeyemi@lakeshorewater.example")
    nadia = ("Nadia Boucher", "nboucher@lakeshorewater.example")
    seminar = ("LIWR Seminar Series", "seminars@lakeshorewater.example")
    s1 = T("2026-10-21 10:05:33", tz, "Wed", "-04:00")
    t1 = """Dear Maya,

We're looking forward to hosting you for your on-site interview for the Research Scientist, Hydrological Modelling position on Thursday, October 29. Everything takes place at our offices at 160 Queens Quay East, 5th floor, Toronto. Please check in at reception at 9:15; I'll come down to meet you.

Schedule for the day:
  9:30 - 10:15   Welcome and overview - Dr. Graham Whitcombe, Director of Research
  10:30 - 11:30  Research seminar (45-minute talk + questions) - Harbour Boardroom
  11:45 - 12:30  Technical discussion with the modelling team - Dr. Aiko Tanaka and Dr. Femi Adeyemi
  12:30 - 1:30   Lunch with two of our postdoctoral fellows
  1:30 - 2:15    Conversation with Dr. Nadia Boucher, Head, Data Science Group

I'll send a separate calendar invitation for each meeting so you can see who is attending. The seminar room has HDMI and USB-C; please bring your slides on a USB stick as a backup.

We'll reimburse your flight from Detroit and one night at the Westin Harbour Castle; keep your receipts and send them to me afterwards.

Warm regards,
Priyanka Sethi
Talent & HR Coordinator
Lakeshore Institute for Water Research
"""
    m1 = eml(frm=coord, to=[MAYA], subject="Your on-site interview - Thursday, October 29", date=s1,
             mid=msgid("c12-1", "lakeshorewater.example"),
             body=alt(t1, html_wrap(paras(t1), "Calibri,Arial,sans-serif"), "c12-1", "quoted-printable", "base64"))
    blocks = [
        ("09:30", 45, "Welcome & overview - Dr. Graham Whitcombe", [grah], "LIWR, 5th floor, Director's office",
         "Graham will walk you through the institute's programmes and the scope of the role."),
        ("10:30", 60, "Research seminar - Dr. Maya Castillo (candidate, Research Scientist)", [grah, aiko, femi, nadia, seminar],
         "Harbour Boardroom", "Candidate seminar: 'Ensemble forecasts of lake ice and winter nutrient loading'. "
         "45-minute talk followed by questions."),
        ("11:45", 45, "Technical discussion - modelling team", [aiko, femi], "Modelling team room 5B",
         "Aiko and Femi will go through a model calibration problem with you and discuss our operational setup."),
        ("13:30", 45, "Conversation with Dr. Nadia Boucher", [nadia], "LIWR, 5th floor, Room 512",
         "Nadia leads the Data Science Group that this role would partner with most closely."),
    ]
    items = [("01-onsite-schedule-email.eml", m1)]
    for i, (hhmm, mins, summ, people, loc, note) in enumerate(blocks):
        st = T(f"2026-10-29 {hhmm}", tz, "Thu", "-04:00")
        intro = f"{note}\n\nThis is part of your on-site interview day. Please contact me with any questions.\n\nPriyanka"
        m = outlook_invite(seed=f"c12-{i + 2}", sent=T(f"2026-10-21 10:{12 + 3 * i}:0{i}", tz, "Wed", "-04:00"),
                           organizer=coord, required=[MAYA] + [p for p in people if p != seminar],
                           optional=[seminar] if seminar in people else (), summary=summ, start=st,
                           end=st + timedelta(minutes=mins), wtz="Eastern Standard Time", intro=intro,
                           uid="040000008200E00074C5B7101A82E00800000000" + h("uid", 12, i, n=48).upper(),
                           location=loc, teams=False)
        items.append((f"0{i + 2}-invite-{['welcome', 'seminar', 'technical', 'boucher'][i]}.eml", m))
    start = T("2026-10-29 09:30", tz, "Thu", "-04:00")
    end = T("2026-10-29 14:15", tz, "Thu", "-04:00")
    ivs = [grah[1], aiko[1], femi[1], nadia[1]]
    add(12, "toronto-institute-onsite-several-invites", items,
        [iv("Lakeshore Institute for Water Research", "Research Scientist, Hydrological Modelling", start, end,
            "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop",
        "Toronto on-site day sent as a schedule e-mail plus four Exchange invites (Windows 'Eastern Standard Time', "
        "'(UTC-05:00)' label; Toronto still on EDT -04:00 on 29 Oct, before the 1 Nov change). One onsite from "
        "9:30 to 14:15; coordinator and seminar list are not interviewers.")


def case13():
    rob = ("Robert Feliciano", "rfeliciano@centralcoaststate.example")
    shauna = ("Shauna Kealoha", "skealoha@centralcoaststate.example")
    start = T("2026-10-25 16:15", CHI, "Sun", "-05:00")
    end = start + timedelta(minutes=30)
    s1 = T("2026-10-16 15:48:27", LA, "Fri", "-07:00")
    id1 = msgid("c13-1", "centralcoaststate.example")
    t1 = """Dear Maya,

Thanks for your application to the Assistant Professor of Coastal Hydrology position at Central Coast State. The committee is holding preliminary interviews at the Society for Watershed Science meeting in San Antonio, and we would very much like to meet you there.

We have you down for Sunday, October 25, from 4:15 to 4:45 p.m. Central time. We'll be in the committee's suite at the Riverwalk Marquis Hotel, Room 1718 - call up from the house phone in the lobby, or text me at 805-555-0193 when you arrive. Dr. Shauna Kealoha (cc'd) and I will be there. Expect about half an hour on your research and teaching; no slides needed.

I've attached a calendar entry. Note that it's in Central time, since we'll all be in Texas.

See you in San Antonio,
Rob

Robert Feliciano
Associate Professor and Search Chair, Department of Earth and Ocean Sciences
Central Coast State University, San Luis Obispo, CA
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.5//EN",
               "CALSCALE:GREGORIAN"] + vtimezone(CHI, *IANA_VTZ[CHI][:2], *IANA_VTZ[CHI][2:]) +
              ["BEGIN:VEVENT", f"UID:{h('uid', 13, n=8).upper()}-{h('uid', 13, 1, n=4).upper()}-"
                               f"{h('uid', 13, 2, n=4).upper()}-{h('uid', 13, 3, n=12).upper()}",
               f"DTSTAMP:{utcstamp(s1)}", f"CREATED:{utcstamp(s1)}", f"DTSTART;TZID={CHI}:{local(start)}",
               f"DTEND;TZID={CHI}:{local(end)}", "SUMMARY:CCSU Coastal Hydrology interview - Maya Castillo (SWS)",
               "LOCATION:Riverwalk Marquis Hotel\\, Room 1718\\, San Antonio TX",
               "DESCRIPTION:Preliminary interview at SWS 2026. Text Rob at 805-555-0193 from the lobby.",
               f"ORGANIZER;CN={rob[0]}:mailto:{rob[1]}", attendee(shauna[0], shauna[1], "ACCEPTED"),
               attendee(OWNER_NAME, OWNER), "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", [text_part(t1), ics_attachment(cal, "CCSU interview - SWS.ics")], "c13m")
    m1 = eml(frm=rob, to=[MAYA], cc=[shauna], subject="CCSU interview at SWS San Antonio - Sunday 10/25", date=s1,
             mid=id1, body=body, extra=["X-Mailer: Apple Mail (2.3826.500.181)"])
    s2 = T("2026-10-17 09:12:55", DET, "Sat", "-04:00")
    t2 = ("Dear Rob,\n\nThank you - I'll be there at 4:15 on Sunday and will text you from the lobby. I land on "
          "Friday evening, so the timing is easy for me.\n\nBest,\nMaya\n\n" +
          quote(t1, "Robert Feliciano <rfeliciano@centralcoaststate.example>", s1))
    m2 = eml(frm=MAYA, to=[rob], cc=[shauna], subject="Re: CCSU interview at SWS San Antonio - Sunday 10/25",
             date=s2, mid=msgid("c13-2", "mail.example.com"), irt=id1, refs=[id1], body=text_part(t2),
             relay="smtp.example.com")
    add(13, "conference-hotel-interview-san-antonio", [("01-ccsu-conference-interview.eml", m1),
                                                       ("02-re-see-you-sunday.eml", m2)],
        [iv("Central Coast State University", "Assistant Professor of Coastal Hydrology", start, end, "scheduled",
            [rob[1], shauna[1]], [rob[1], shauna[1]], "onsite")],
        "medium", "positive/conference-interview",
        "California committee interviews at a scholarly meeting hotel in San Antonio; times in Central (CDT, -05:00) "
        "although the sender writes from Pacific. Two interviewers -> panel (onsite).")


def case14():
    s1 = T("2026-10-29 11:20:14", CHI, "Thu", "-05:00")
    coord = ("Brianna Tran", "btran@gulfcoaststate.example")
    t = """Dear Dr. Castillo,

The search committee for the Assistant Professor of Marine Hydrology position at Gulf Coast State University would like to schedule a 30-minute video interview with you.

Please choose a time that suits you using the link below. Available slots run from Monday, November 9 through Friday, November 13, between 9:00 a.m. and 4:00 p.m. Central. Slots are first-come, first-served, and we ask that you select one by Wednesday, November 4.

https://calendly.com/gcsu-marinehydro/first-round-interview

Once you book, Calendly will send a confirmation with the Zoom details. If none of the times work, just reply and we'll find another option.

Best,
Brianna Tran
Academic Program Coordinator, Department of Physical and Environmental Sciences
Gulf Coast State University | Corpus Christi, Texas
"""
    m = eml(frm=coord, to=[MAYA], subject="Gulf Coast State - Marine Hydrology search: please select an interview time",
            date=s1, mid=msgid("c14", "gulfcoaststate.example"),
            body=alt(t, html_wrap(paras(t)), "c14", "quoted-printable", "base64"))
    add(14, "availability-request-calendly-unbooked", [("01-gcsu-select-interview-time.eml", m)], [], "medium",
        "negative/availability-request",
        "Calendly self-scheduling link with a window of days; nothing booked in the mailbox.")


def case15():
    rosa = ("Rosa Ibarra", "ribarra@caldelta.example")
    liu = ("Wen Liu", "liu.wen@caldelta.example")
    start = T("2026-11-02 11:00", LA, "Mon", "-08:00")
    end = start + timedelta(minutes=30)
    assert start.astimezone(ZoneInfo(DET)).strftime("%H:%M %z") == "14:00 -0500"
    zid = hnum("zoomid", 15, digits=11)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hnum('etag', 15, digits=16)}\"",
        "id": h("gid", 15, n=26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{h('gid', 15, n=26)} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-22T18:04:11.000Z",
        "updated": "2026-10-22T18:09:47.512Z",
        "summary": "Cal Delta EnvSci - Zoom interview w/ Dr. Wen Liu (Maya Castillo)",
        "description": ("First-round conversation with the search chair for the Assistant Professor of "
                        "Environmental Informatics position (30 minutes).\n\nRosa Ibarra (department coordinator) "
                        "set this up and will not be on the call. Questions: ribarra@caldelta.example\n\n"
                        f"Join Zoom: https://caldelta.zoom.us/j/{zid}"),
        "location": f"https://caldelta.zoom.us/j/{zid}",
        "creator": {"email": rosa[1], "displayName": rosa[0]},
        "organizer": {"email": rosa[1], "displayName": rosa[0]},
        "start": {"dateTime": iso(start), "timeZone": LA},
        "end": {"dateTime": iso(end), "timeZone": LA},
        "iCalUID": f"{h('gid', 15, n=26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": rosa[1], "displayName": rosa[0], "organizer": True, "responseStatus": "accepted"},
            {"email": liu[1], "displayName": liu[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://caldelta.zoom.us/j/{zid}",
                             "label": f"caldelta.zoom.us/j/{zid}", "meetingCode": zid}],
            "conferenceSolution": {"key": {"type": "addOn"}, "name": "Zoom Meeting",
                                   "iconUri": "https://lh3.googleusercontent.com/zoom-icon"},
            "conferenceId": zid,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add(15, "gcal-api-pacific-after-dst", [("01-caldelta-zoom-interview.gcal.json",
                                            json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
        [iv("Cal Delta University", "Assistant Professor of Environmental Informatics", start, end, "scheduled",
            [liu[1]], [liu[1]], "hiring_manager")],
        "medium", "positive/gcal-api-json",
        "Calendar API event only; Mon 2 Nov 11:00 PST (-08:00), the day after the US change (= 2 pm EST in Ann "
        "Arbor). Organizer is the coordinator who will not attend; the chair is the interviewer.")


def case16():
    tamara = ("Tamara Lee", "tlee@wlu.example")
    gail = ("Gail Henriksen", "gail.henriksen@wlu.example")
    owen = ("Owen Pritchard", "owen.pritchard@wlu.example")
    sent = T("2026-10-27 16:40:18", DET, "Tue", "-04:00")
    d1 = [("8:00-9:00 am", "Breakfast with Dr. Gail Henriksen, search committee chair", "Faculty Club, Bronson Room"),
          ("9:15-10:00 am", "Meeting with Dr. Owen Pritchard, Department Chair", "Wood Hall 1120"),
          ("10:15-11:00 am", "Open meeting with ESS faculty", "Wood Hall 1302"),
          ("11:15 am-12:15 pm", "Research presentation (job talk)", "Wood Hall 1710"),
          ("12:30-1:45 pm", "Lunch with graduate students", "Student Center, Room 204"),
          ("2:00-2:45 pm", "Meeting with Dr. Loretta Ames, Dean, College of Arts and Sciences", "Walwood Hall 2nd floor"),
          ("3:00-3:30 pm", "Lab and field equipment tour with Dr. Kyle Brennan", "Wood Hall basement"),
          ("3:45-4:30 pm", "Undergraduate curriculum committee", "Wood Hall 1120"),
          ("4:30-6:15 pm", "Break at hotel", ""),
          ("6:15-8:30 pm", "Dinner with the search committee", "Harvest Table, 412 S. Kalamazoo Mall")]
    d2 = [("8:00-8:45 am", "Breakfast with junior faculty (Dr. Kyle Brennan, Dr. Ines Ferraro)", "Faculty Club"),
          ("9:00-9:50 am", "Teaching demonstration: ENVS 2100 Hydrology and Society (regular class, ~60 students)",
           "Brown Hall 2002"),
          ("10:00-10:45 am", "Dr. Michael Osei, Associate Provost for Faculty Affairs", "Seibert Admin. Bldg 3040"),
          ("11:00-11:30 am", "Benefits overview with Human Resources (Julie Park)", "Seibert Admin. Bldg 1300"),
          ("11:45 am-1:00 pm", "Lunch with the search committee", "Faculty Club, Bronson Room"),
          ("1:15-1:45 pm", "Exit meeting with Dr. Pritchard", "Wood Hall 1120")]

    def table(rows):
        import html as _h
        r = "".join(f'<tr><td style="padding:4px 10px;white-space:nowrap">{_h.escape(a)}</td>'
                    f'<td style="padding:4px 10px">{_h.escape(b)}</td><td style="padding:4px 10px">{_h.escape(c)}</td></tr>'
                    for a, b, c in rows)
        return ('<table border="1" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
                '<tr style="background:#e8eef7"><th>Time</th><th>Event</th><th>Location</th></tr>' + r + "</table>")

    def plain(rows):
        return "\n".join(f"  {a:<19} {b}" + (f" ({c})" if c else "") for a, b, c in rows)

    intro = """Dear Dr. Castillo,

We are delighted that you will be visiting Western Lakes University as a finalist for the Assistant Professor of Environmental Data Science position. Your itinerary for Monday, November 9 and Tuesday, November 10 is below (all times Eastern).

We have booked the Radisson Plaza Kalamazoo for Sunday and Monday nights, and mileage from Ann Arbor will be reimbursed. I will meet you in the hotel lobby at 7:40 on Monday and walk you over to the Faculty Club."""
    outro = """For the teaching demonstration, Dr. Brennan's class has just finished the unit on groundwater recharge; a 50-minute lesson on surface water-groundwater interaction would fit well. The room has a document camera and a lectern PC.

Please send me your job talk title and abstract by November 2 so we can advertise the talk.

Best regards,
Tamara Lee
Academic Department Coordinator
Department of Environmental and Sustainability Sciences, Western Lakes University
269-555-0148"""
    text = (intro + "\n\nMONDAY, NOVEMBER 9\n" + plain(d1) + "\n\nTUESDAY, NOVEMBER 10\n" + plain(d2) + "\n\n" +
            outro + "\n")
    html = html_wrap(paras(intro) + "<h3>Monday, November 9</h3>" + table(d1) + "<h3>Tuesday, November 10</h3>" +
                     table(d2) + paras(outro))
    m = eml(frm=tamara, to=[MAYA], cc=[gail, owen],
            subject="Campus visit itinerary - Dr. Maya Castillo, Nov. 9-10", date=sent,
            mid=msgid("c16", "wlu.example"), body=alt(text, html, "c16", "quoted-printable", "base64"))
    a1 = T("2026-11-09 08:00", DET, "Mon", "-05:00")
    b1 = T("2026-11-09 20:30", DET, "Mon", "-05:00")
    a2 = T("2026-11-10 08:00", DET, "Tue", "-05:00")
    b2 = T("2026-11-10 13:45", DET, "Tue", "-05:00")
    ivs = [gail[1], owen[1]]
    role = "Assistant Professor of Environmental Data Science"
    add(16, "wlu-two-day-campus-visit-itinerary", [("01-campus-visit-itinerary.eml", m)],
        [iv("Western Lakes University", role, a1, b1, "scheduled", ivs, ivs, "onsite"),
         iv("Western Lakes University", role, a2, b2, "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/campus-visit-two-days",
        "Two-day campus visit in an HTML itinerary table (base64) + text/plain; one onsite per day. Day 1 runs "
        "from the 8:00 breakfast with the chair to the end of the committee dinner (8:30 pm); day 2 from 8:00 to "
        "the 1:45 exit meeting. Sent in EDT (-04:00) for visit days in EST (-05:00), after the 1 Nov change. Only "
        "the chair and department chair (cc'd) have addresses; the coordinator only schedules.")


def case17():
    carla = ("Carla Benavides", "cbenavides@brazosvalley.example")
    yusuf = ("Yusuf Hamdan", "yhamdan@brazosvalley.example")
    elaine = ("Elaine Whitaker", "ewhitaker@brazosvalley.example")
    s1 = T("2026-09-30 10:12:26", CHI, "Wed", "-05:00")
    id1 = msgid("c17-1", "brazosvalley.example")
    t1 = """Dear Dr. Castillo,

Thank you for applying for the Research Scientist II (Flood Forecasting) position, Req. 2026-0391, at the Institute for Coastal Water Resilience. We'd like to invite you to two virtual conversations next week:

1. Technical interview - Tuesday, October 6, 10:00-10:45 a.m. Central
   with Dr. Yusuf Hamdan, Senior Research Scientist. Expect a walk-through of one of your modelling projects and a discussion of our operational forecasting stack.

2. Conversation with the Institute Director - Thursday, October 8, 3:30-4:00 p.m. Central
   with Dr. Elaine Whitaker.

Both will be on Zoom; I'll send links once you confirm. Dr. Hamdan and Dr. Whitaker are copied.

Kind regards,
Carla Benavides
Research Program Manager, Institute for Coastal Water Resilience
Brazos Valley University
"""
    m1 = eml(frm=carla, to=[MAYA], cc=[yusuf, elaine], subject="Research Scientist II - next steps (two conversations)",
             date=s1, mid=id1, body=text_part(t1))
    s2 = T("2026-09-30 12:47:03", DET, "Wed", "-04:00")
    id2 = msgid("c17-2", "mail.example.com")
    t2 = ("Dear Ms. Benavides,\n\nThank you for the invitation. Both times work for me: Tuesday at 10:00 Central "
          "(11:00 my time) with Dr. Hamdan, and Thursday at 3:30 Central with Dr. Whitaker.\n\nI look forward to "
          "speaking with them.\n\nBest regards,\nMaya Castillo\n\n" +
          quote(t1, "Carla Benavides <cbenavides@brazosvalley.example>", s1))
    m2 = eml(frm=MAYA, to=[carla], cc=[yusuf, elaine],
             subject="Re: Research Scientist II - next steps (two conversations)", date=s2, mid=id2, irt=id1,
             refs=[id1], body=text_part(t2), relay="smtp.example.com")
    a = T("2026-10-06 10:00", CHI, "Tue", "-05:00")
    b = T("2026-10-08 15:30", CHI, "Thu", "-05:00")
    zoom = f"https://brazosvalley.zoom.us/j/{hnum('z', 17, digits=11)}"
    m3 = google_invite(seed="c17-3", sent=T("2026-10-01 14:05:12", "UTC", "Thu", "+00:00"), organizer=carla,
                       guests=[(carla[0], carla[1], "ACCEPTED"), (elaine[0], elaine[1], "ACCEPTED"),
                               (None, OWNER, "NEEDS-ACTION")],
                       summary="ICWR Director conversation - Maya Castillo (Research Scientist II)", start=b,
                       end=b + timedelta(minutes=30),
                       description=f"30-minute conversation with Dr. Elaine Whitaker, Institute Director.\n\nZoom: {zoom}",
                       uid=f"{h('uid', 17, n=26)}@google.com", location=zoom)
    role = "Research Scientist II (Flood Forecasting)"
    add(17, "texas-institute-two-interviews", [("01-two-conversations.eml", m1), ("02-re-both-times-work.eml", m2),
                                               ("03-invitation-director-conversation.eml", m3)],
        [iv("Brazos Valley University", role, a, a + timedelta(minutes=45), "scheduled", [yusuf[1]], [yusuf[1]],
            "technical"),
         iv("Brazos Valley University", role, b, b + timedelta(minutes=30), "scheduled", [elaine[1]], [elaine[1]],
            "hiring_manager")],
        "hard", "positive/two-interviews",
        "One e-mail proposes two interviews (Central, CDT -05:00), owner confirms both, and only the second gets a "
        "Google invite (shown in Detroit time) -> two interviews, the invite is a duplicate of the second.")


def case18():
    sent = T("2026-09-21 14:03:45", DET, "Mon", "-04:00")
    text = """Hi Maya Castillo,

Thank you for registering for "Acing the Campus Interview: Job Talks, Teaching Demos and Dinners".

Please submit any questions to: postdocs@hru.example

Date & Time: Oct 7, 2026 12:00 PM Eastern Time (US and Canada)

Description: Faculty who chaired searches last year walk through a typical two-day campus visit, from the job talk to the dean's meeting and the dreaded dinner. The session ends with a live mock interview Q&A with volunteers from the audience. Hosted by the HRU Office of Postdoctoral Affairs.

Join from PC, Mac, iPad, or Android:
https://hru.zoom.us/w/98120044771?tk=""" + h("tk", 18, n=40) + """

Passcode: 271828

Add to calendar: https://hru.zoom.us/webinar/tZ0vd-ysrT8j/ics?user_id=""" + h("uid", 18, n=12) + """

You can cancel your registration at any time.
"""
    m = eml(frm=("HRU Office of Postdoctoral Affairs", "no-reply@zoom.us"), to=[MAYA],
            reply_to=("HRU Postdoctoral Affairs", "postdocs@hru.example"),
            subject="Acing the Campus Interview: Job Talks, Teaching Demos and Dinners Confirmation",
            date=sent, mid=msgid("c18", "zoom.us"),
            body=alt(text, html_wrap(paras(text), "Lato,Helvetica,Arial,sans-serif"), "c18", "quoted-printable",
                     "quoted-printable"), relay="mta-sender-0201.zoom.us")
    add(18, "zoom-webinar-campus-interview-prep", [("01-zoom-webinar-registration.eml", m)], [], "medium",
        "negative/webinar",
        "Zoom webinar registration about campus interviews (with a 'mock interview Q&A'); not a hiring process step.")


def case19():
    sent = T("2026-10-23 18:20:00", "UTC", "Fri", "+00:00")
    chair = ("Priya Raman", "raman.41@olentangy.example")
    text = """Dear Dr. Castillo,

Thank you for your interest in the Assistant Professor of Environmental Data Science position at Olentangy State University, and for the time you spent with our committee earlier this month.

We received more than 140 applications, and the pool was exceptionally strong. After much deliberation, the committee has invited other candidates to campus, and I am sorry to tell you that we will not be moving your application forward.

Your work on winter limnology and ensemble forecasting stood out to several of us, and I have no doubt you will land in a department that is lucky to have you. I wish you every success on the market this year.

Sincerely,
Priya Raman
Chair, Environmental Data Science Search Committee

--
This message was sent to you through Interfolio on behalf of Olentangy State University.
"""
    m = eml(frm=("Priya Raman via Interfolio", "no-reply@interfolio.com"), to=[MAYA], reply_to=chair,
            subject="Update on your application - Assistant Professor of Environmental Data Science",
            date=sent, mid=msgid("c19", "interfolio.com"),
            body=alt(text, html_wrap(paras(text)), "c19", "quoted-printable", "base64"),
            relay="o12.email.interfolio.com", extra=["X-Mailer: Interfolio Faculty Search"])
    add(19, "interfolio-rejection-after-first-round", [("01-interfolio-search-update.eml", m)], [], "easy",
        "negative/rejection",
        "Search committee rejection after a first-round interview (past, no date).")


def case20():
    sent = T("2026-10-20 16:05:37", LA, "Tue", "-07:00")
    text = """Hello Maya,

Thank you for applying to Research Data Scientist - Snow Hydrology Program (JR-11820) at Pacific Crest University. We'd like to learn more about you.

As the next step, please complete a one-way recorded video interview. You will see four questions, one at a time, with two minutes to prepare and up to three minutes to record each answer. There is no live interviewer; the hiring team reviews the recordings afterward.

Complete your video interview by Friday, October 30, 2026 at 11:59 PM Pacific Time:
https://pacificcrest.wd5.myworkdaysite.com/recruiting/pacificcrest/Staff/interview/""" + h("vid", 20, n=20) + """

Tip: use a quiet room and test your camera and microphone first. You may retry each question once.

Pacific Crest University Talent Acquisition
"""
    m = eml(frm=("Pacific Crest University", "pacificcrest@myworkday.com"), to=[MAYA],
            subject="Action Required: Complete Your Recorded Video Interview - Research Data Scientist (JR-11820)",
            date=sent, mid=msgid("c20", "myworkday.com"),
            body=alt(text, html_wrap(paras(text)), "c20", "quoted-printable", "quoted-printable"),
            relay="mta-out-p5.myworkday.com")
    add(20, "workday-one-way-video-staff-role", [("01-workday-recorded-video-interview.eml", m)], [], "medium",
        "negative/one-way-video",
        "Workday asynchronous recorded video 'interview' with a deadline; no live conversation.")


def case21():
    dean = ("Loretta Ames", "loretta.ames@wlu.example")
    owen = ("Owen Pritchard", "owen.pritchard@wlu.example")
    sent = T("2026-11-18 15:30:09", DET, "Wed", "-05:00")
    text = """Dear Dr. Castillo,

On behalf of Western Lakes University, I am delighted to offer you a tenure-track appointment as Assistant Professor of Environmental Data Science in the Department of Environmental and Sustainability Sciences, effective August 16, 2027.

The attached letter sets out the terms: an academic-year salary of $92,500, a start-up package of $325,000 over three years, a reduced teaching load in your first year, and summer salary support for two summers.

Please review the letter and return the signed copy by 5:00 p.m. Eastern on Friday, December 4, 2026. Owen and I are glad to answer questions by phone or e-mail, and if a second visit to look at housing would help, Tamara Lee can arrange it.

We very much hope you will join us.

Warm regards,
Loretta Ames
Dean, College of Arts and Sciences
Western Lakes University
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    body = multipart("mixed", [alt(text, html_wrap(paras(text)), "c21a", "quoted-printable", "base64"),
                               leaf('application/pdf; name="Castillo_Offer_Letter_ESS.pdf"', pdf, "base64",
                                    ['Content-Disposition: attachment; filename="Castillo_Offer_Letter_ESS.pdf"'])],
                     "c21m")
    m = eml(frm=dean, to=[MAYA], cc=[owen],
            subject="Offer of appointment - Assistant Professor, Environmental and Sustainability Sciences",
            date=sent, mid=msgid("c21", "wlu.example"), body=body)
    add(21, "wlu-offer-letter", [("01-offer-of-appointment.eml", m)], [], "easy", "negative/offer",
        "Dean's offer letter with a signing deadline; no interview.")


def case22():
    rosa = ("Rosa Ibarra", "ribarra@caldelta.example")
    huang = ("Patricia Huang", "phuang@caldelta.example")
    liu = ("Wen Liu", "liu.wen@caldelta.example")
    start = T("2026-11-24 12:00", LA, "Tue", "-08:00")
    end = start + timedelta(minutes=45)
    zoom = f"https://caldelta.zoom.us/j/{hnum('z', 22, digits=11)}"
    desc = (f"Second-round conversation with Dean Patricia Huang, College of Natural Sciences, for the Assistant "
            f"Professor of Environmental Informatics search. 45 minutes on Zoom; noon Pacific.\n\nZoom: {zoom}\n\n"
            f"Rosa Ibarra, Department Coordinator")
    m1 = google_invite(seed="c22-1", sent=T("2026-11-12 17:44:05", "UTC", "Thu", "+00:00"), organizer=rosa,
                       guests=[(rosa[0], rosa[1], "ACCEPTED"), (huang[0], huang[1], "ACCEPTED"),
                               (None, OWNER, "ACCEPTED")],
                       summary="Cal Delta EnvSci - second round with Dean Huang (Maya Castillo)", start=start, end=end,
                       description=desc, uid=f"{h('uid', 22, n=26)}@google.com", location=zoom)
    s2 = T("2026-11-20 10:15:40", DET, "Fri", "-05:00")
    id2 = msgid("c22-2", "mail.example.com")
    t2 = ("Dear Ms. Ibarra and Dr. Liu,\n\nI'm writing to withdraw my application for the Assistant Professor of "
          "Environmental Informatics position. I have accepted an offer from another university, and it would not be "
          "fair to take up Dean Huang's time. Please release the Tuesday, November 24 slot.\n\nThank you both for a "
          "very thoughtful process; I enjoyed our conversation and hope our paths cross at SWS.\n\nWith best wishes,\n"
          "Maya Castillo\n\n" + SIGNATURE + "\n")
    m2 = eml(frm=MAYA, to=[rosa], cc=[liu], subject="Withdrawing from the Environmental Informatics search", date=s2,
             mid=id2, body=text_part(t2), relay="smtp.example.com")
    s3 = T("2026-11-20 09:02:17", LA, "Fri", "-08:00")
    t3 = """Dr. Castillo,

Thank you for letting us know so promptly, and congratulations! I've taken the November 24 meeting off Dean Huang's calendar.

All the best,
Rosa
"""
    m3 = eml(frm=rosa, to=[MAYA], cc=[liu], subject="Re: Withdrawing from the Environmental Informatics search",
             date=s3, mid=msgid("c22-3", "caldelta.example"), irt=id2, refs=[id2],
             body=text_part(t3 + "\n" + quote(t2, "Maya Castillo <maya.castillo@example.com>", s2)))
    add(22, "candidate-withdraws-dean-interview", [("01-invitation-dean-huang.eml", m1), ("02-withdrawal.eml", m2),
                                                   ("03-re-withdrawal-removed.eml", m3)],
        [iv("Cal Delta University", "Assistant Professor of Environmental Informatics", start, end, "cancelled",
            [huang[1]], [huang[1]], "hiring_manager")],
        "hard", "positive/cancellation-by-candidate",
        "Google invite for Tue 24 Nov 12:00 PST (-08:00) (shown as 3pm EST); the owner withdraws by e-mail and "
        "the coordinator removes the meeting without a calendar CANCEL -> cancelled at the last scheduled time.")


def case23():
    chair = ("Kaisa Lindholm", "klindholm@menomineebay.example")
    peter = ("Peter Kowalczyk", "pkowalczyk@menomineebay.example")
    start = T("2026-11-04 14:00", MEN, "Wed", "-06:00")
    end = start + timedelta(minutes=30)
    assert start.astimezone(ZoneInfo(DET)).strftime("%H:%M") == "15:00"
    wtz = "Central Standard Time"
    iana, std, dst, label = WINDOWS_TZ[wtz]
    zoom = f"https://menomineebay.zoom.us/j/{hnum('z', 23, digits=11)}"
    desc = (f"When: Wednesday, November 4, 2026 2:00 PM-2:30 PM {label}.\nWhere: {zoom}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Dear Dr. Castillo,\n\nThis confirms your first-round Zoom interview with the search committee for the "
            "Assistant Professor of Environmental Science (Great Lakes Ecosystems) position. Dr. Peter Kowalczyk and I "
            "will be on the call. Please note that our Menominee campus is on Central time, even though we are in "
            "Michigan: 2:00 p.m. here is 3:00 p.m. in Ann Arbor.\n\nKaisa Lindholm\nAssociate Professor and Search "
            "Chair, Menominee Bay University")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + vtimezone(wtz, std, dst, windows=True) + [
        "BEGIN:VEVENT", f"ORGANIZER;CN=\"{chair[0]}\":mailto:{chair[1]}",
        f"ATTENDEE;CN=\"{peter[0]}\";RSVP=TRUE:mailto:{peter[1]}",
        f"ATTENDEE;CN=\"{OWNER_NAME}\";RSVP=TRUE:mailto:{OWNER}", "CLASS:PUBLIC",
        f"CREATED:{utcstamp(T('2026-10-23 15:10', MEN, 'Fri', '-05:00'))}", f"DESCRIPTION:{esc(desc)}",
        f"DTEND;TZID=\"{wtz}\":{local(end)}", f"DTSTAMP:{utcstamp(T('2026-10-23 15:12', MEN, 'Fri', '-05:00'))}",
        f"DTSTART;TZID=\"{wtz}\":{local(start)}", f"LAST-MODIFIED:{utcstamp(T('2026-10-23 15:12', MEN, 'Fri', '-05:00'))}",
        f"LOCATION:{zoom}", "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-us:MBU Environmental Science search - first-round interview (M. Castillo)",
        "TRANSP:OPAQUE", "UID:040000008200E00074C5B7101A82E00800000000" + h("uid", 23, n=48).upper(),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:0",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    add(23, "standalone-ics-michigan-central-time", [("01-mbu-first-round-interview.ics", ics(lines))],
        [iv("Menominee Bay University", "Assistant Professor of Environmental Science (Great Lakes Ecosystems)", start,
            end, "scheduled", [chair[1], peter[1]], [chair[1], peter[1]], "onsite")],
        "hard", "positive/standalone-ics",
        "Standalone Outlook .ics; a Michigan university on Central time (Menominee), TZID 'Central Standard Time', "
        "Wed 4 Nov 2:00 pm CST (-06:00) after the US change = 3 pm in Ann Arbor. Two-person committee -> onsite.")


# ============================================================================= output
TZ_POINTS = [
    (2, "'tomorrow at 2' in a mail dated Wed 16 Sep 2026 16:12 -0400 -> Thu 17 Sep 14:00 EDT (-04:00)."),
    (3, "Zoom .ics with TZID America/New_York, Thu 8 Oct 10:30 EDT (-04:00); Interfolio Date header in UTC."),
    (5, "Workday .ics in America/Los_Angeles, Tue 13 Oct 09:00 PDT (-07:00) = noon in Ann Arbor."),
    (6, "Google invites carry UTC DTSTART and show Detroit time (3pm EDT) for a 2:00 pm CDT (-05:00) chat; "
        "reschedule to Thu 22 Oct, same offsets."),
    (8, "Windows TZID 'Eastern Standard Time' with '(UTC-05:00)' label while EDT (-04:00) applies on 19 Oct."),
    (10, "Arizona (America/Phoenix, MST -07:00, no DST): offered on 27 Oct when AZ is 3 h behind Michigan; the "
         "interview on Thu 5 Nov is after the 1 Nov US change, so 1:30 pm MST = 3:30 pm EST."),
    (12, "Toronto on-site Thu 29 Oct, still EDT (-04:00) (Canada also changes on 1 Nov); Windows TZID with "
         "'(UTC-05:00)' label."),
    (13, "Sender in Pacific (-07:00), interview at a San Antonio hotel Sun 25 Oct 4:15 pm CDT (-05:00); 25 Oct is "
         "the EU change date, irrelevant here; the reply is in Detroit time."),
    (15, "Calendar API event Mon 2 Nov 11:00 PST (-08:00), the day after the US change (= 14:00 EST)."),
    (16, "Itinerary sent Tue 27 Oct (EDT, -04:00) for a visit on 9-10 Nov in EST (-05:00)."),
    (17, "Two interviews in Central (CDT, -05:00); owner's reply in EDT; Google invite displays Detroit time."),
    (22, "Google invite Tue 24 Nov 12:00 PST (-08:00) shown as 3pm EST; withdrawal mails in -05:00 and -08:00."),
    (23, "Michigan university on Central time (America/Menominee), Outlook TZID 'Central Standard Time', "
         "Wed 4 Nov 2:00 pm CST (-06:00) = 3 pm EST in Ann Arbor."),
]


def main():
    for f in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
              case13, case14, case15, case16, case17, case18, case19, case20, case21, case22, case23):
        f()
    for old in sorted(OUT.glob("b283-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    nums = []
    for cid, items, label in CASES:
        nums.append(int(cid.split("-")[1]))
        d = OUT / cid
        d.mkdir()
        prefixes = [n.split("-")[0] for n, _ in items]
        assert prefixes == [f"{i:02d}" for i in range(1, len(items) + 1)], (cid, prefixes)
        for name, content in items:
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(content.encode("utf-8"))
        labels[cid] = label
    assert nums == list(range(1, len(CASES) + 1))
    header = "# Labels for blind283 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")

    pos = [l for _, _, l in CASES if l["interview"]]
    ivs = [i for l in pos for i in l["interviews"]]
    by_status = {s: sum(1 for i in ivs if i["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = {}
    for i in ivs:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    exts = {}
    for _, items, _ in CASES:
        for n, _ in items:
            e = ".gcal.json" if n.endswith(".gcal.json") else Path(n).suffix
            exts[e] = exts.get(e, 0) + 1
    readme = f"""# blind283: US higher-education hiring (written blind)

Mailbox owner: Dr. Maya Castillo <{OWNER}>, a postdoc in Ann Arbor, Michigan (America/Detroit) on the
academic job market for assistant professor and staff/research scientist positions (Michigan, Ohio,
California, Texas, Arizona, Toronto).

This set was written blind: only the eval README and a few dev files were read for the format; no tool code,
tests or other sets were consulted. Everything is generated by `make_cases.py` (deterministic; rerun to rebuild).

## What it stresses
Academic-search wording (search committees, Interfolio, PeopleAdmin, Workday university instances, campus
visits with job talks and teaching demos, conference interviews), committee panels (labelled `onsite` per the
panel rule), a two-day campus visit (one onsite per day) from an HTML itinerary table, an on-site day sent as
several Exchange invites, a reschedule by Google invite (same UID, SEQUENCE 1), cancellations by METHOD:CANCEL
and by candidate withdrawal, a proposal/confirmation thread, a relative date in a body, two interviews in one
thread, and many time zones around the 1 Nov 2026 US DST change (Arizona and Michigan's Central-time corner
included). Hard negatives: application receipt, reference checks (mentor's reference call), journal podcast,
owner on a search committee, mentor practice run, Calendly availability request, postdoc-office webinar,
rejection, one-way video, offer letter.

## Counts
- Cases: {len(CASES)} ({len(pos)} positive, {len(CASES) - len(pos)} negative)
- Labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})
- By kind: {', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}

## Formats
{', '.join(f'{v} x {k}' for k, v in sorted(exts.items()))}. E-mails: plain human threads (7bit / quoted-printable),
multipart/alternative with base64 or QP HTML, Google Calendar invitations (multipart/mixed, text/calendar
method=REQUEST + invite.ics), Exchange/Teams invites and a cancellation (Windows TZIDs, X-MICROSOFT-CDO-*),
Interfolio / Workday / PeopleAdmin / Zoom system mails, .ics attachments (Zoom, Workday, Apple), a PDF
attachment, one standalone Outlook .ics and one Calendar API `.gcal.json` event.

## Time-zone and DST points
""" + "\n".join(f"- Case {n:02d}: {t}" for n, t in TZ_POINTS) + "\n"
    (OUT / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
