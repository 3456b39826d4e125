#!/usr/bin/env python3
"""Generate the blind298 evaluation set (US public accounting campus recruiting).

Standard library + PyYAML + zoneinfo only. Deletes and rewrites every b298-* case folder,
labels.yaml and README.md next to this script. Output is byte-identical on every run.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind298-accounting-campus-v1"
OWNER = "marisol.vega@example.com"
OWNER_NAME = "Marisol Vega"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"

CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
NYC = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ---------------------------------------------------------------- DST sanity checks (2026)
def _off(dt):
    return dt.utcoffset().total_seconds() / 3600

assert _off(datetime(2026, 3, 7, 12, tzinfo=CHI)) == -6 and _off(datetime(2026, 3, 9, 12, tzinfo=CHI)) == -5
assert _off(datetime(2026, 10, 31, 12, tzinfo=CHI)) == -5 and _off(datetime(2026, 11, 2, 12, tzinfo=CHI)) == -6
assert _off(datetime(2026, 10, 31, 12, tzinfo=DEN)) == -6 and _off(datetime(2026, 11, 2, 12, tzinfo=DEN)) == -7
assert _off(datetime(2026, 10, 31, 12, tzinfo=NYC)) == -4 and _off(datetime(2026, 11, 2, 12, tzinfo=NYC)) == -5
assert _off(datetime(2026, 3, 28, 12, tzinfo=ZoneInfo("Europe/London"))) == 0
assert _off(datetime(2026, 3, 30, 12, tzinfo=ZoneInfo("Europe/London"))) == 1
assert _off(datetime(2026, 10, 24, 12, tzinfo=ZoneInfo("Europe/Berlin"))) == 2
assert _off(datetime(2026, 10, 26, 12, tzinfo=ZoneInfo("Europe/Berlin"))) == 1


def at(spec, tz, wd, off):
    """'2026-10-06 10:30' in tz; assert weekday name and UTC offset ('-05:00')."""
    d = datetime.strptime(spec, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    assert WEEKDAYS[d.weekday()] == wd, (spec, wd, WEEKDAYS[d.weekday()])
    got = d.isoformat()[-6:]
    assert got == off, (spec, off, got)
    return d


def iso(d):
    return d.isoformat()


def hx(*parts, n=32):
    return hashlib.sha256(("|".join([SEED, *map(str, parts)])).encode()).hexdigest()[:n]


def b36(*parts, n=26):
    v = int(hx(*parts, n=40), 16)
    al = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while v and len(s) < n:
        v, r = divmod(v, 36)
        s += al[r]
    return s[:n]


def mid(key, domain):
    return f"<{hx('mid', key, n=24).upper()}@{domain}>"


def boundary(key):
    return "00000000000" + hx("bnd", key, n=17)


def rfc(d):
    return format_datetime(d)


def hname(name, addr):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()&'"):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{Header(name, 'utf-8').encode()} <{addr}>"


# ---------------------------------------------------------------- MIME helpers
def enc_body(text, enc):
    data = text.encode("utf-8")
    if enc == "qp":
        return quopri.encodestring(data).decode("ascii")
    if enc == "b64":
        return base64.encodebytes(data).decode("ascii")
    return text


def leaf(ctype, text, enc="qp", charset="UTF-8", extra=None, params=""):
    cte = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit", "8bit": "8bit"}[enc]
    h = [f'Content-Type: {ctype}; charset="{charset}"{params}', f"Content-Transfer-Encoding: {cte}"]
    h += extra or []
    body = enc_body(text, enc)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(h) + "\n\n" + body


def attach(ctype, name, data, enc="b64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    body = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{name}"\n\n{body}')


def multipart(sub, parts, key):
    b = boundary(key + sub)
    out = f'Content-Type: multipart/{sub}; boundary="{b}"\n\n'
    for p in parts:
        out += f"--{b}\n{p}\n"
    out += f"--{b}--\n"
    return out


def message(headers, body_part):
    """headers: list of (name, value); body_part: a leaf()/multipart() string incl. its headers."""
    lines = [f"Delivered-To: {OWNER}"]
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body_part


def received(host, ip, when, sid):
    return (f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}\n"
            f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc(when)}")


def html_wrap(inner, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{inner}\n</div></body></html>\n')


def paras_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        esc = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + esc.replace("\n", "<br>") + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        lim = 75 if first else 74
        if len(cur) + len(cb) > lim:
            out.append(("" if first else " ") + cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(("" if first else " ") + cur.decode("utf-8"))
    return out


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_join(lines):
    out = []
    for ln in lines:
        out.extend(fold(ln))
    return "\r\n".join(out) + "\r\n"


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


VTZ_CHICAGO = [
    "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE"]
VTZ_DENVER = [
    "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE"]
VTZ_WIN_CENTRAL = [
    "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE"]


def attendee(name, addr, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE"):
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{addr}"


# ---------------------------------------------------------------- Google Calendar invitation
def google_time_line(start, end, tzlabel):
    def t(d):
        h = d.strftime("%I").lstrip("0")
        return h + ("" if d.minute == 0 else d.strftime(":%M")) + d.strftime("%p").lower()
    return f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {t(start)} \u2013 {t(end)}", tzlabel


def google_invite(key, *, organizer, org_email, guests, title, start, end, tzname, tzlabel, description,
                  sent, seq=0, method="REQUEST", uid=None, meet=None, location=None, subject_prefix="Invitation",
                  abbrev="CDT"):
    """guests: list of (name, email). Returns raw e-mail text."""
    uid = uid or (b36("guid", key) + "@google.com")
    when, tzl = google_time_line(start, end, tzlabel)
    def t(d):
        h = d.strftime("%I").lstrip("0")
        return h + ("" if d.minute == 0 else d.strftime(":%M")) + d.strftime("%p").lower()
    subj_when = f"{start.strftime('%a %b')} {start.day}, {start.year} {t(start)} - {t(end)} ({abbrev})"
    subject = f"{subject_prefix}: {title} @ {subj_when} ({OWNER})"
    meet_txt = ""
    if meet:
        meet_txt = f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\nJoin by phone\n(US) +1 402-555-0{int(hx('ph', key, n=4), 16) % 900 + 100}\nPIN: {int(hx('pin', key, n=8), 16) % 900000000 + 100000000}\n\n"
    loc_txt = f"Location\n{location}\n\n" if location else ""
    guest_txt = "\n".join([f"{organizer} - organizer\n{org_email}"] +
                          [f"{n}\n{e}" if n != e else e for n, e in guests if e != org_email])
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    cancelled = method == "CANCEL"
    head = "This event has been canceled and removed from your calendar.\n\n" if cancelled else ""
    plain = (f"{head}{title}\n{when}\n{tzl}\n\n{meet_txt}{loc_txt}Organizer\n{organizer}\n{org_email}\n\n"
             f"Guests\n{guest_txt}\n\n{description}\n\n"
             + ("" if cancelled else f"Reply for {OWNER} and view more details {view}\n\n")
             + "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n")
    html = html_wrap(paras_html(plain).replace(view, f'<a href="{view}">{view}</a>'),
                     font="Roboto,Helvetica,Arial,sans-serif")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(sent)}",
             f"ORGANIZER;CN={organizer}:mailto:{org_email}", f"UID:{uid}"]
    lines.append(attendee(organizer, org_email, "ACCEPTED"))
    for n, e in guests:
        if e == org_email:
            continue
        lines.append(attendee(n, e))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{utcstamp(sent - timedelta(days=1 if seq else 0))}",
              "DESCRIPTION:" + ics_text(description), f"LAST-MODIFIED:{utcstamp(sent)}",
              "LOCATION:" + ics_text(location or ""), f"SEQUENCE:{seq}",
              "STATUS:" + ("CANCELLED" if cancelled else "CONFIRMED"), "SUMMARY:" + ics_text(title),
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(lines)
    alt = multipart("alternative", [
        leaf('text/plain', plain, "b64", params="; format=flowed; delsp=yes"),
        leaf('text/html', html, "qp"),
        leaf('text/calendar', ics, "b64", params=f"; method={method}")], key + "alt")
    mixed = multipart("mixed", [alt, attach("application/ics", "invite.ics", ics)], key + "mix")
    hdrs = [
        ("Received", received("mail-sor-f41.google.com", "209.85.220.41", sent, hx("rx", key, n=12))),
        ("Return-Path", f"<{hx('rp', key, n=20)}@calendar-server.bounces.google.com>"),
        ("Reply-To", hname(organizer, org_email)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{hx('gm', key, n=8)}-{hx('gm2', key, n=4)}-{hx('gm3', key, n=4)}-{hx('gm4', key, n=12)}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Subject", subject),
        ("From", hname(organizer, org_email)),
        ("To", OWNER),
    ]
    return message(hdrs, mixed), uid, ics


# ---------------------------------------------------------------- Exchange / Teams invitation
def teams_block(key):
    mid_ = hx("teams", key, n=30)
    return (f"________________________________________________________________________________\n"
            f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid_}%40thread.v2/0>\n"
            f"Meeting ID: {int(hx('tmid', key, n=10), 16) % 10**12:012d}\nPasscode: {hx('tpw', key, n=6)}\n"
            f"________________________________________________________________________________\n")


def exchange_invite(key, *, org_name, org_email, required, subject, start, end, when_label, location, body,
                    sent, seq=0, uid=None, teams=True, tzid="Central Standard Time", vtz=None, method="REQUEST",
                    msg_domain="namprd05.prod.outlook.com", importance=1):
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hx("exuid", key, n=32).upper() + "0100000000000000001000000"
                  + hx("exuid2", key, n=32).upper())
    loc = "Microsoft Teams Meeting" if teams and not location else location
    plain = f"When: {when_label}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    if teams:
        plain += "\n" + teams_block(key)
    html = html_wrap(paras_html(plain), font="Aptos,Calibri,sans-serif")
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz or VTZ_WIN_CENTRAL
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_email}"]
    for n, e in required:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    lines += ["DESCRIPTION;LANGUAGE=en-US:" + ics_text(plain), f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{ics_text(subject)}",
              f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(sent)}", "TRANSP:OPAQUE",
              "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{ics_text(loc)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx('own', key, n=8), 16) % 2000000000)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('teams', key, n=30)}%40thread.v2/0")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_text(loc)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(lines)
    alt = multipart("alternative", [leaf("text/plain", plain, "qp"), leaf("text/html", html, "qp"),
                                    leaf("text/calendar", ics, "b64", params=f"; method={method}")], key)
    to = ", ".join(hname(n, e) for n, e in required)
    hdrs = [
        ("Received", received("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.92.77", sent, hx("rx", key, n=12))),
        ("Return-Path", f"<{org_email}>"),
        ("From", hname(org_name, org_email)),
        ("To", to),
        ("Subject", subject),
        ("Thread-Topic", subject.split(": ", 1)[-1] if subject.startswith(("Updated:", "Canceled:")) else subject),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", key, n=44))).decode()),
        ("Date", rfc(sent)),
        ("Message-ID", f"<{hx('exmid', key, n=38).upper()}@{msg_domain.split('.')[0].upper()}.{msg_domain}>"),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ]
    return message(hdrs, alt), uid, ics


# ---------------------------------------------------------------- plain human / system mails
def mail(key, *, frm, to, subject, date, body=None, html=None, enc="qp", cc=None, reply_to=None,
         domain="mail.example", in_reply_to=None, references=None, extra=None, attachments=None,
         rx=("mail-out.example", "198.51.100.23"), html_enc=None):
    """Build an e-mail. body: text/plain; html: optional HTML alternative; attachments: [(ctype,name,data)]."""
    parts = []
    if body is not None and html is not None:
        core = multipart("alternative", [leaf("text/plain", body, enc), leaf("text/html", html, html_enc or enc)], key)
    elif html is not None:
        core = leaf("text/html", html, html_enc or enc)
    else:
        core = leaf("text/plain", body, enc)
    if attachments:
        parts = [core] + [attach(ct, n, d) for ct, n, d in attachments]
        core = multipart("mixed", parts, key + "m")
    msgid = mid(key, domain)
    hdrs = [("Received", received(rx[0], rx[1], date, hx("rx", key, n=12))),
            ("Return-Path", f"<{frm[1]}>"),
            ("From", hname(*frm)), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
            ("Subject", subject), ("Date", rfc(date)), ("Message-ID", msgid),
            ("In-Reply-To", in_reply_to), ("References", references)]
    hdrs += extra or []
    return message(hdrs, core), msgid


def sig(*lines):
    return "\n".join(lines)


# ---------------------------------------------------------------- small generators
def simple_pdf(lines):
    """A tiny valid one-page PDF with the given text lines (deterministic)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 760 Td 14 TL\n" + "\n".join(f"({esc(l)}) '" for l in lines) + "\nET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug, items, lab):
    CASES.append((slug, items, lab))


def vendor_ics(prodid, uid, summary, start, end, stamp, organizer, attendees, location="", description="",
               tz=None, method="REQUEST", seq=0, status="CONFIRMED", utc=False):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tz and not utc:
        lines += {"America/Chicago": VTZ_CHICAGO, "America/Denver": VTZ_DENVER}[tz]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcstamp(stamp)}", f"SEQUENCE:{seq}"]
    if utc:
        lines += [f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}"]
    else:
        lines += [f"DTSTART;TZID={tz}:{local(start)}", f"DTEND;TZID={tz}:{local(end)}"]
    lines.append("SUMMARY:" + ics_text(summary))
    if location:
        lines.append("LOCATION:" + ics_text(location))
    if description:
        lines.append("DESCRIPTION:" + ics_text(description))
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, e in attendees:
        lines.append(attendee(n, e, "ACCEPTED" if e == OWNER else "NEEDS-ACTION", rsvp="FALSE"))
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(lines)


# ================================================================= CASES 01-11
def c01():
    sent1 = at("2026-10-01 14:14", UTC, "Thu", "+00:00")
    sent2 = at("2026-10-02 15:40", UTC, "Fri", "+00:00")
    start = at("2026-10-06 10:30", CHI, "Tue", "-05:00")
    end = at("2026-10-06 11:00", CHI, "Tue", "-05:00")
    assert at("2026-10-03 23:59", CHI, "Sat", "-05:00")
    hs = ("Handshake", "notifications@mail.joinhandshake.com")
    rx = ("o7.mail.joinhandshake.com", "167.89.64.12")
    b1 = ("Good news, Marisol!\n\n"
          "Halloran Pierce LLP has invited you to interview for Audit Associate - Chicago (Full-Time, Fall 2027 Start) "
          "through Lakeshore University Career Center.\n\n"
          "Interview date: Tuesday, October 6, 2026\n"
          "Location: Career Center, Kessler Hall Suite 120\n\n"
          "Time slots are first come, first served. Pick yours by Saturday, October 3 at 11:59 PM CDT - after that, "
          "unclaimed slots are released to the alternate list.\n\n"
          "Sign up for a time: https://lakeshore.joinhandshake.com/interview_schedules/48211/signup\n\n"
          "You're receiving this because you applied to this job on Handshake.\n"
          "Handshake, 225 Bush St, San Francisco, CA 94104")
    m1, id1 = mail("c01a", frm=hs, to=OWNER_HDR, subject="Halloran Pierce LLP invited you to sign up for an on-campus interview",
                   date=sent1, body=b1, html=html_wrap(paras_html(b1)), domain="mail.joinhandshake.com", rx=rx,
                   extra=[("List-Unsubscribe", "<https://app.joinhandshake.com/notifications/unsubscribe?t=" + hx("u1", n=20) + ">")])
    uid = f"interview-slot-{hx('c01uid', n=12)}@joinhandshake.com"
    ics = vendor_ics("-//Handshake//Interview Schedules//EN", uid, "On-Campus Interview: Halloran Pierce LLP",
                     start, end, sent2, ("Handshake", "no-reply@joinhandshake.com"),
                     [(OWNER_NAME, OWNER)], location="Lakeshore University Career Center, Kessler Hall Suite 120, Interview Room 4",
                     description="Audit Associate - Chicago. Interviewer: Dana Whitfield (Audit Senior Manager).",
                     tz="America/Chicago")
    b2 = ("You're scheduled!\n\n"
          "Employer: Halloran Pierce LLP\n"
          "Position: Audit Associate - Chicago\n"
          "Date: Tuesday, October 6, 2026\n"
          "Time: 10:30 AM - 11:00 AM CDT\n"
          "Location: Career Center, Kessler Hall Suite 120 - Interview Room 4\n"
          "Interviewer: Dana Whitfield, Audit Senior Manager\n\n"
          "Check in at the Career Center front desk ten minutes before your slot. Need to change your time? "
          "You can swap into another open slot until 48 hours before the schedule date.\n\n"
          "Questions about the interview itself should go to the employer's recruiting contact, Keisha Boone "
          "(Campus Recruiting Specialist), at kboone@halloranpierce.example.\n\n"
          "Add to calendar: the attached .ics file works with Google, Outlook and Apple Calendar.")
    m2, _ = mail("c01b", frm=hs, to=OWNER_HDR, subject="Interview confirmed: Halloran Pierce LLP on Tuesday, October 6",
                 date=sent2, body=b2, html=html_wrap(paras_html(b2)), domain="mail.joinhandshake.com", rx=rx, enc="b64",
                 attachments=[("text/calendar", "interview.ics", ics)])
    case("handshake-oci-slot-confirmed", [("01-handshake-oci-invite-to-sign-up.eml", m1), ("02-handshake-oci-confirmed.eml", m2)],
         label([iv("Halloran Pierce LLP", "Audit Associate", start, end, "scheduled", [], ["kboone@halloranpierce.example"], "other")],
               "easy", "positive/handshake-oci",
               "Handshake sign-up invitation (unbooked) then slot confirmation with .ics; interviewer named without address -> "
               "follow-up goes to the campus recruiter named in the text."))


def c02():
    sent = at("2026-10-02 21:05", UTC, "Fri", "+00:00")
    fs = at("2026-10-05 12:00", CHI, "Mon", "-05:00")
    fe = at("2026-10-05 16:00", CHI, "Mon", "-05:00")
    body = ("The Fall Accounting & Finance Career Fair is Monday!\n\n"
            "Monday, October 5, 2026 | 12:00 - 4:00 PM CDT | Lakeshore Student Union, Grand Ballroom\n\n"
            "62 employers are registered, including national and regional CPA firms hiring for audit, tax and advisory "
            "associate and internship roles. A few employers (Kessling & Rowe, Brightwater Tax Group) will hold "
            "on-the-spot screening conversations in the side rooms - stop by their tables to get on the list.\n\n"
            "Before you go:\n"
            "- Update your Handshake profile and upload your latest resume\n"
            "- Bring 15-20 printed copies\n"
            "- Business professional attire; coat check available\n"
            "- Download the Handshake app to check in at the door\n\n"
            "See you there,\nLakeshore University Career Center")
    m, _ = mail("c02", frm=("Lakeshore University Career Center via Handshake", "notifications@mail.joinhandshake.com"),
                to=OWNER_HDR, subject="Reminder: Fall Accounting & Finance Career Fair is Monday",
                date=sent, body=body, html=html_wrap(paras_html(body)), domain="mail.joinhandshake.com",
                rx=("o7.mail.joinhandshake.com", "167.89.64.12"),
                reply_to=hname("Lakeshore Career Center", "careercenter@lakeshore.example"))
    ics = vendor_ics("-//Handshake//Events//EN", f"event-90417-{hx('c02', n=8)}@joinhandshake.com",
                     "Fall Accounting & Finance Career Fair", fs, fe, sent, ("Lakeshore University Career Center", "careercenter@lakeshore.example"),
                     [(OWNER_NAME, OWNER)], location="Lakeshore Student Union, Grand Ballroom",
                     description="62 employers. Bring printed resumes. Check in with the Handshake app.", tz="America/Chicago")
    case("handshake-career-fair", [("01-career-fair-reminder.eml", m), ("02-career-fair.ics", ics)],
         label([], "easy", "negative/career-fair",
               "Career fair reminder + Handshake event .ics; mentions on-the-spot screenings at other firms' tables but nothing booked."))


def c03():
    sent = at("2026-10-02 16:05", CHI, "Fri", "-05:00")
    s1 = at("2026-10-08 09:00", CHI, "Thu", "-05:00"); e1 = at("2026-10-08 09:30", CHI, "Thu", "-05:00")
    s2 = at("2026-10-08 14:30", CHI, "Thu", "-05:00"); e2 = at("2026-10-08 15:00", CHI, "Thu", "-05:00")
    plain = ("Hi Marisol,\n\n"
             "Employers have finalized their on-campus interview (OCI) schedules for Thursday, October 8. "
             "You are confirmed for the following interviews:\n\n"
             "9:00 - 9:30 AM  |  Halvard Dunn & Co.  |  Audit Associate (Chicago)  |  Interview Room 2\n"
             "   Interviewer: Tom Reyes, Audit Manager\n"
             "   Employer contact: Mark Yeager, Campus Recruiter - myeager@halvarddunn.example\n\n"
             "2:30 - 3:00 PM  |  Ridgeway Camden LLP  |  Tax Associate (Milwaukee)  |  Interview Room 5\n"
             "   Interviewer: Angela Petrov, Tax Senior Manager\n"
             "   Employer contact: Lena Haas, Recruiting Coordinator - lhaas@ridgewaycamden.example\n\n"
             "All times are Central. Interview rooms are on the lower level of Kessler Hall; please wait in the lounge "
             "until the interviewer comes to get you. Business professional dress, and bring two printed resumes.\n\n"
             "Cancellations must be made in Handshake at least 48 hours ahead. Late cancellations and no-shows lose OCI "
             "privileges for the rest of the semester.\n\n"
             "Good luck!\nDenise Farrow\nEmployer Relations & OCI Coordinator\nLakeshore University Career Center")
    rows = [("9:00 - 9:30 AM", "Halvard Dunn &amp; Co.", "Audit Associate (Chicago)", "Interview Room 2",
             "Tom Reyes, Audit Manager", "Mark Yeager, myeager@halvarddunn.example"),
            ("2:30 - 3:00 PM", "Ridgeway Camden LLP", "Tax Associate (Milwaukee)", "Interview Room 5",
             "Angela Petrov, Tax Senior Manager", "Lena Haas, lhaas@ridgewaycamden.example")]
    table = ("<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th>Time (CT)</th><th>Employer</th>"
             "<th>Position</th><th>Room</th><th>Interviewer</th><th>Employer contact</th></tr>\n" +
             "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    html = html_wrap("<p>Hi Marisol,</p>\n<p>Employers have finalized their on-campus interview (OCI) schedules for "
                     "<b>Thursday, October 8</b>. You are confirmed for the following interviews:</p>\n" + table +
                     "\n<p>All times are Central. Interview rooms are on the lower level of Kessler Hall; please wait in "
                     "the lounge until the interviewer comes to get you. Business professional dress, and bring two "
                     "printed resumes.</p>\n<p>Cancellations must be made in Handshake at least 48 hours ahead. Late "
                     "cancellations and no-shows lose OCI privileges for the rest of the semester.</p>\n"
                     "<p>Good luck!<br>Denise Farrow<br>Employer Relations &amp; OCI Coordinator<br>Lakeshore University Career Center</p>")
    m, _ = mail("c03", frm=("Lakeshore University Career Center", "careercenter@lakeshore.example"), to=OWNER_HDR,
                reply_to=hname("Denise Farrow", "dfarrow@lakeshore.example"),
                subject="Your On-Campus Interview Schedule - Thursday, October 8", date=sent, body=plain, html=html,
                enc="b64", html_enc="b64", domain="lakeshore.example", rx=("smtp.lakeshore.example", "192.0.2.45"))
    case("career-center-oci-two-firms", [("01-oci-schedule-oct-8.eml", m)],
         label([iv("Halvard Dunn & Co.", "Audit Associate", s1, e1, "scheduled", [], ["myeager@halvarddunn.example"], "other"),
                iv("Ridgeway Camden LLP", "Tax Associate", s2, e2, "scheduled", [], ["lhaas@ridgewaycamden.example"], "other")],
               "medium", "positive/two-interviews",
               "Career-center OCI schedule (base64 plain + HTML table) with two firms on one day; sender is the school, "
               "follow-up goes to each employer contact."))


def c04():
    sent = at("2026-10-05 18:22", UTC, "Mon", "+00:00")
    s = at("2026-10-07 18:00", CHI, "Wed", "-05:00"); e = at("2026-10-07 20:00", CHI, "Wed", "-05:00")
    body = ("Hi Marisol,\n\n"
            "Thanks for registering for Meet the Firm Night at Whitcomb Ferris. We're looking forward to hosting you!\n\n"
            "When: Wednesday, October 7, 2026, 6:00 - 8:00 PM CT\n"
            "Where: Whitcomb Ferris LLP, 71 S. Wacker Drive, 22nd Floor, Chicago\n"
            "Dress: business casual\n\n"
            "You'll meet partners, managers and first-year associates from our audit and tax groups, hear how our "
            "Superday process works, and get a feel for life at the firm. Heavy hors d'oeuvres will be served. "
            "This is an informal networking evening - there are no interviews.\n\n"
            "Bring your student ID for building check-in. A calendar invitation is attached.\n\n"
            "Whitcomb Ferris Campus Recruiting")
    ics = vendor_ics("-//Yello//Events//EN", f"yello-evt-{hx('c04', n=10)}@yello.co", "Meet the Firm Night - Whitcomb Ferris Chicago",
                     s, e, sent, ("Whitcomb Ferris Campus Recruiting", "campusrecruiting@whitcombferris.example"),
                     [(OWNER_NAME, OWNER)], location="71 S. Wacker Drive, 22nd Floor, Chicago, IL",
                     description="Networking evening with Whitcomb Ferris audit and tax professionals.", tz="America/Chicago")
    m, _ = mail("c04", frm=("Whitcomb Ferris Campus Recruiting", "noreply@yello.co"), to=OWNER_HDR,
                reply_to=hname("Whitcomb Ferris Campus Recruiting", "campusrecruiting@whitcombferris.example"),
                subject="You're registered: Meet the Firm Night - Whitcomb Ferris Chicago", date=sent, body=body,
                html=html_wrap(paras_html(body)), domain="yello.co", rx=("mta-2.yello.co", "198.51.100.77"),
                attachments=[("text/calendar", "MeetTheFirm.ics", ics)])
    case("yello-meet-the-firm-night", [("01-yello-meet-the-firm-registration.eml", m)],
         label([], "medium", "negative/firm-event",
               "Yello RSVP for a firm networking night with .ics; mentions Superdays and partners but it is not an interview."))


def c05():
    sent = at("2026-10-05 13:48", CHI, "Mon", "-05:00")
    s = at("2026-10-08 11:00", CHI, "Thu", "-05:00"); e = at("2026-10-08 11:45", CHI, "Thu", "-05:00")
    body = ("Dear Marisol,\n\n"
            "Thank you for your interest in Kettering Vance LLP. This message confirms your first-round virtual "
            "interview for the Audit Associate position in our Milwaukee office.\n\n"
            "Date: Thursday, October 8, 2026\n"
            "Time: 11:00 AM - 11:45 AM Central\n"
            "Format: Microsoft Teams (the join link is in the attached calendar invitation)\n"
            "Interviewer: Rosa Delgado, Audit Senior Manager\n\n"
            "Please test your audio and camera ahead of time and join a few minutes early. If something comes up, "
            "reply to this message and our recruiting team will help you find another time.\n\n"
            "Best regards,\n"
            "Brooke Ahlgren\nCampus Recruiting Manager | Kettering Vance LLP\n"
            "777 E. Wisconsin Avenue, Milwaukee, WI 53202\n\n"
            "This email was sent through iCIMS on behalf of Kettering Vance LLP.")
    desc = ("First-round interview - Audit Associate (Milwaukee). Interviewer: Rosa Delgado.\n"
            "Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + hx("c05t", n=24) + "%40thread.v2/0")
    ics = vendor_ics("-//iCIMS//Interview Scheduler 2.0//EN", f"{hx('c05uid', n=20)}@icims.com",
                     "Interview: Marisol Vega - Audit Associate (Milwaukee)", s, e, sent,
                     ("Brooke Ahlgren", "bahlgren@ketteringvance.example"),
                     [(OWNER_NAME, OWNER), ("Rosa Delgado", "rdelgado@ketteringvance.example")],
                     location="Microsoft Teams", description=desc, utc=True)
    m, _ = mail("c05", frm=("Kettering Vance LLP", "kettering-vance@talent.icims.com"), to=OWNER_HDR,
                reply_to=hname("Brooke Ahlgren", "bahlgren@ketteringvance.example"),
                subject="Interview Confirmation - Audit Associate (Req 2026-1187) - Kettering Vance LLP",
                date=sent, body=body, domain="talent.icims.com", rx=("mail12.icims.com", "198.51.100.140"),
                attachments=[("text/calendar", "Interview.ics", ics)],
                extra=[("X-Mailer", "iCIMS Talent Platform")])
    case("icims-first-round-teams", [("01-icims-interview-confirmation.eml", m)],
         label([iv("Kettering Vance LLP", "Audit Associate", s, e, "scheduled", ["rdelgado@ketteringvance.example"],
                   ["rdelgado@ketteringvance.example"], "other")],
               "easy", "positive/ats-email-with-ics",
               "iCIMS confirmation with .ics in UTC (16:00Z = 11:00 CDT); interviewer is an ATTENDEE with an address."))


def c06():
    sent = at("2026-10-09 11:20", CHI, "Fri", "-05:00")
    dinner = at("2026-10-15 18:30", CHI, "Thu", "-05:00")
    s = at("2026-10-16 09:00", CHI, "Fri", "-05:00"); e = at("2026-10-16 13:00", CHI, "Fri", "-05:00")
    assert dinner.date() + timedelta(days=1) == s.date()
    itin = [
        "WHITCOMB FERRIS LLP - CHICAGO AUDIT SUPERDAY",
        "Candidate: Marisol Vega    Position: Audit Associate (Fall 2027)",
        "Friday, October 16, 2026    71 S. Wacker Drive, 22nd Floor",
        "",
        "Thursday, October 15 - 6:30 PM  Candidate dinner, Tavolo Rosso, 420 N. Wells St. (optional, casual)",
        "",
        "8:45 AM   Arrival and check-in, 22nd floor reception",
        "9:00 - 9:45 AM    Interview - Gregory Atwater, Audit Partner",
        "10:00 - 10:45 AM  Interview - Priya Raman, Senior Manager, Audit & Assurance",
        "11:00 AM - 12:00 PM  Lunch with first-year associates (Harbor Room)",
        "12:15 - 1:00 PM   Interview - Colin Beaumont, Audit Manager",
        "1:00 PM   Departure",
    ]
    pdf = simple_pdf(itin)
    plain = ("Hi Marisol,\n\n"
             "We're excited to host you for our Audit Superday at the Chicago office on Friday, October 16! Your "
             "schedule for the day is attached, and I've copied it below so it's easy to find on your phone.\n\n"
             "Please arrive by 8:45 AM and check in at reception on the 22nd floor - bring a photo ID for the lobby desk.\n\n"
             "9:00 - 9:45 AM - Gregory Atwater, Audit Partner (gatwater@whitcombferris.example)\n"
             "10:00 - 10:45 AM - Priya Raman, Senior Manager (praman@whitcombferris.example)\n"
             "11:00 AM - 12:00 PM - Lunch with a few of our first-year associates\n"
             "12:15 - 1:00 PM - Colin Beaumont, Audit Manager (cbeaumont@whitcombferris.example)\n"
             "You'll be on your way by 1:00.\n\n"
             "The night before (Thursday, October 15) we're taking this week's Superday candidates to dinner at "
             "Tavolo Rosso, 420 N. Wells, at 6:30 PM. It's relaxed and totally optional - just a chance to meet a few "
             "of us before the big day. Let me know by Tuesday if you can make it.\n\n"
             "Dress is business professional for Friday and business casual for dinner. We'll reimburse your CTA fare "
             "or parking; keep the receipt.\n\n"
             "See you soon,\nLauren Mateo\nCampus Recruiter, Midwest | Whitcomb Ferris LLP\nlmateo@whitcombferris.example | 312-555-0193")
    html = html_wrap(
        "<p>Hi Marisol,</p>\n<p>We&#39;re excited to host you for our <b>Audit Superday</b> at the Chicago office on "
        "<b>Friday, October 16</b>! Your schedule for the day is attached, and I&#39;ve copied it below so it&#39;s easy "
        "to find on your phone.</p>\n<p>Please arrive by <b>8:45 AM</b> and check in at reception on the 22nd floor - "
        "bring a photo ID for the lobby desk.</p>\n<table cellpadding=\"4\">"
        "<tr><td>9:00 - 9:45 AM</td><td>Gregory Atwater, Audit Partner (gatwater@whitcombferris.example)</td></tr>"
        "<tr><td>10:00 - 10:45 AM</td><td>Priya Raman, Senior Manager (praman@whitcombferris.example)</td></tr>"
        "<tr><td>11:00 AM - 12:00 PM</td><td>Lunch with a few of our first-year associates</td></tr>"
        "<tr><td>12:15 - 1:00 PM</td><td>Colin Beaumont, Audit Manager (cbeaumont@whitcombferris.example)</td></tr>"
        "</table>\n<p>You&#39;ll be on your way by 1:00.</p>\n"
        "<p>The night before (Thursday, October 15) we&#39;re taking this week&#39;s Superday candidates to dinner at "
        "Tavolo Rosso, 420 N. Wells, at 6:30 PM. It&#39;s relaxed and totally optional - just a chance to meet a few of "
        "us before the big day. Let me know by Tuesday if you can make it.</p>\n"
        "<p>Dress is business professional for Friday and business casual for dinner. We&#39;ll reimburse your CTA fare "
        "or parking; keep the receipt.</p>\n<p>See you soon,<br>Lauren Mateo<br>Campus Recruiter, Midwest | Whitcomb Ferris LLP"
        "<br>lmateo@whitcombferris.example | 312-555-0193</p>")
    m, _ = mail("c06", frm=("Lauren Mateo", "lmateo@whitcombferris.example"), to=OWNER_HDR,
                subject="Whitcomb Ferris Superday - Friday, October 16 (itinerary attached)", date=sent, body=plain,
                html=html, domain="whitcombferris.example", rx=("mx-out.whitcombferris.example", "203.0.113.18"),
                attachments=[("application/pdf", "WF_Superday_Itinerary_Vega.pdf", pdf)])
    ivs = ["gatwater@whitcombferris.example", "praman@whitcombferris.example", "cbeaumont@whitcombferris.example"]
    case("superday-itinerary-titles-dinner", [("01-superday-itinerary.eml", m)],
         label([iv("Whitcomb Ferris LLP", "Audit Associate", s, e, "scheduled", ivs, ivs, "onsite")],
               "hard", "positive/onsite-itinerary",
               "Superday itinerary with titled interviewers and a lunch in the middle; the 8:45 arrival and the dinner the night "
               "before are not part of the interview window (9:00-1:00 CDT)."))


def c07():
    s1 = at("2026-10-11 20:15", CHI, "Sun", "-05:00")
    s2 = at("2026-10-12 16:42", CHI, "Mon", "-05:00")
    st = at("2026-10-13 14:00", CHI, "Tue", "-05:00"); en = at("2026-10-13 14:45", CHI, "Tue", "-05:00")
    assert s2.date() + timedelta(days=1) == st.date()
    b1 = ("Dear Mr. Kim,\n\n"
          "Thank you for taking the time to talk with me at Thursday's Beta Alpha Psi meet-and-greet. I enjoyed hearing "
          "how Prairie Ledger staffs its not-for-profit audits, and I'm very interested in the audit staff accountant "
          "opening for next fall.\n\n"
          "You mentioned you might like to continue the conversation at your office. I'm free Tuesday afternoon and "
          "Wednesday after 3:00 if either works for you.\n\n"
          "Best regards,\nMarisol Vega\nLakeshore University, B.S. Accountancy '27\n(312) 555-0148")
    m1, id1 = mail("c07a", frm=(OWNER_NAME, OWNER), to=hname("Walter Kim", "wkim@prairieledger.example"),
                   subject="Following up from the Beta Alpha Psi meet-and-greet", date=s1, body=b1, enc="7bit",
                   domain="mail.example.com", rx=("mail-out.example.com", "198.51.100.9"))
    b2 = ("Marisol,\n\n"
          "Tuesday afternoon works on our end. Let's do tomorrow at 2 at our office - 180 N. LaSalle, Suite 2600; "
          "check in with reception on 26. Ruth Adebayo, who leads our audit & assurance staff, will sit in with me "
          "(copied here). Plan on about 45 minutes.\n\n"
          "It's a conversation, not a test. We mostly want to hear why a regional firm appeals to you and talk "
          "through the kind of work a first-year does here.\n\n"
          "Walter\n\n"
          "Walter Kim, CPA | Partner\nPrairie Ledger Partners\n180 N. LaSalle St., Suite 2600, Chicago, IL 60601\n\n"
          "> On Sun, Oct 11, 2026 at 8:15 PM Marisol Vega <marisol.vega@example.com> wrote:\n"
          "> I'm free Tuesday afternoon and Wednesday after 3:00 if either works for you.")
    m2, _ = mail("c07b", frm=("Walter Kim", "wkim@prairieledger.example"), to=OWNER_HDR,
                 cc=hname("Ruth Adebayo", "radebayo@prairieledger.example"),
                 subject="RE: Following up from the Beta Alpha Psi meet-and-greet", date=s2, body=b2,
                 domain="prairieledger.example", in_reply_to=id1, references=id1,
                 rx=("mail.prairieledger.example", "203.0.113.61"))
    case("body-only-tomorrow-at-2", [("01-marisol-follow-up.eml", m1), ("02-partner-tomorrow-at-2.eml", m2)],
         label([iv("Prairie Ledger Partners", "Audit Staff Accountant", st, en, "scheduled",
                   ["wkim@prairieledger.example", "radebayo@prairieledger.example"],
                   ["wkim@prairieledger.example", "radebayo@prairieledger.example"], "hiring_manager")],
               "hard", "positive/email-body-only",
               "Partner writes 'tomorrow at 2' on Mon Oct 12 -> Tue Oct 13 14:00 CDT, 45 minutes; no invite, no explicit date."))


def c08():
    sent = at("2026-10-06 19:31", UTC, "Tue", "+00:00")
    s = at("2026-10-13 19:00", CHI, "Tue", "-05:00"); e = at("2026-10-13 20:15", CHI, "Tue", "-05:00")
    body = ("Hi Marisol Vega,\n\n"
            "Thank you for registering for \"Campus to CPA: Info Session for Accounting Students\".\n\n"
            "Date & Time: Oct 13, 2026 07:00 PM Central Time (US and Canada)\n\n"
            "Join from PC, Mac, iPad, or Android:\nhttps://us06web.zoom.us/w/8" + str(int(hx('c08z', n=8), 16) % 10**9) +
            "?tk=" + hx("c08tk", n=22) + "\n\n"
            "Description: The Great Lakes Society of CPAs student chapter hosts an evening for juniors and seniors. A "
            "panel of first- and second-year associates will talk about how they prepared for Superdays and partner "
            "interviews, how busy season really feels, and how to plan the CPA Exam around a full-time start. We'll also "
            "cover student membership and the Society's exam scholarship.\n\n"
            "You can cancel your registration at any time.\n\n"
            "Add to calendar: the attached file works with Outlook, Google and Apple calendars.")
    ics = vendor_ics("-//zoom.us//iCalendar Event//EN", f"ZOOM8{int(hx('c08u', n=8), 16) % 10**10}@zoom.us",
                     "Campus to CPA: Info Session for Accounting Students", s, e, sent,
                     ("Great Lakes Society of CPAs", "no-reply@zoom.us"), [(OWNER_NAME, OWNER)],
                     location="https://us06web.zoom.us/j/8" + str(int(hx('c08z', n=8), 16) % 10**9),
                     description="Student info session hosted by the Great Lakes Society of CPAs.", tz="America/Chicago")
    m, _ = mail("c08", frm=("Great Lakes Society of CPAs", "no-reply@zoom.us"), to=OWNER_HDR,
                reply_to=hname("GLSCPA Student Programs", "students@glscpa.example"),
                subject="Campus to CPA: Info Session for Accounting Students Confirmation", date=sent, body=body,
                html=html_wrap(paras_html(body)), domain="zoom.us", rx=("mta-sj-2.zoom.us", "198.51.100.201"),
                attachments=[("text/calendar", "iCalendar.ics", ics)])
    case("society-info-session-zoom", [("01-zoom-webinar-registration.eml", m)],
         label([], "medium", "negative/webinar",
               "Accounting society info session (Zoom webinar registration + .ics) about Superdays and partner interviews."))


def c09():
    sent = at("2026-10-13 10:05", NYC, "Tue", "-04:00")
    s = at("2026-10-21 11:00", NYC, "Wed", "-04:00"); e = at("2026-10-21 12:00", NYC, "Wed", "-04:00")
    assert s.astimezone(CHI).strftime("%H:%M") == "10:00"
    zoom = "https://satomercer.zoom.us/j/9" + str(int(hx("c09z", n=8), 16) % 10**9) + "?pwd=" + hx("c09p", n=24)
    html = html_wrap(
        "<p>Hi Marisol,</p>\n"
        "<p>Congratulations on moving forward to the case interview stage for the <b>Tax Associate</b> position in our "
        "<b>Chicago</b> office. Your virtual case interview is confirmed:</p>\n"
        "<p><b>Wednesday, October 21, 2026<br>11:00 AM - 12:00 PM ET</b><br>"
        f"Zoom: <a href=\"{zoom}\">{zoom}</a></p>\n"
        "<p>About fifteen minutes before we start you'll receive a short case about a client's multistate sales-tax "
        "exposure. You'll then walk Owen Petrakis (Tax Senior Manager) and Jillian Fox (Tax Manager), both from the "
        "Chicago tax practice, through how you'd approach it. There's no right answer - they're interested in how you "
        "structure the problem and explain your thinking. Have Excel open and a pen handy.</p>\n"
        "<p>If you need to reach us before then, reply to this email or contact Renata Cole directly at "
        "rcole@satomercer.example.</p>\n"
        "<p>Best,<br>Sato Mercer Campus Recruiting<br>1290 Avenue of the Americas, New York, NY 10104</p>\n"
        "<p style=\"font-size:11px;color:#777\">You are receiving this email because you applied to a position at Sato "
        "Mercer LLP. <a href=\"https://satomercer.phenompeople.com/unsubscribe\">Manage preferences</a></p>")
    m, _ = mail("c09", frm=("Sato Mercer Campus Recruiting", "campus-noreply@satomercer.example"), to=OWNER_HDR,
                reply_to=hname("Renata Cole", "rcole@satomercer.example"),
                subject="Sato Mercer | Virtual Case Interview - Tax Associate, Chicago", date=sent, html=html, enc="b64",
                domain="satomercer.example", rx=("smtp.phenompeople.com", "198.51.100.166"),
                extra=[("X-Mailer", "Phenom CRM"),
                       ("List-Unsubscribe", "<https://satomercer.phenompeople.com/unsubscribe?c=" + hx("c09u", n=16) + ">")])
    case("phenom-case-interview-eastern-only", [("01-phenom-case-interview.eml", m)],
         label([iv("Sato Mercer LLP", "Tax Associate", s, e, "scheduled", [], ["rcole@satomercer.example"], "technical")],
               "hard", "positive/timezone",
               "New York recruiting team gives the case interview only in ET (11:00 EDT = 10:00 CDT) for a Chicago-office role; "
               "HTML-only base64 Phenom mail; interviewers named without addresses."))


def c10():
    s = at("2026-10-14 18:00", CHI, "Wed", "-05:00"); e = at("2026-10-14 19:30", CHI, "Wed", "-05:00")
    created = at("2026-09-30 02:11", UTC, "Wed", "+00:00")
    ev = {
        "kind": "calendar#event",
        "etag": "\"" + str(int(hx("c10e", n=14), 16)) + "\"",
        "id": b36("c10id"),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{b36('c10id')} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(days=8, minutes=37)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Beta Alpha Psi Chapter Meeting: Superday Prep + Mock Interviews",
        "description": ("Agenda\n6:00 Officer updates (Marisol)\n6:15 Panel: what a Superday actually looks like - three "
                        "Halvard Dunn associates\n6:45 Mock interview rotations in pairs (bring a resume; we'll swap "
                        "interviewer/candidate every 10 min)\n7:25 Service hours sign-up\n\nPizza from Pequod's. "
                        "Business casual encouraged."),
        "location": "Kessler Hall 210",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": iso(s), "timeZone": "America/Chicago"},
        "end": {"dateTime": iso(e), "timeZone": "America/Chicago"},
        "iCalUID": b36("c10id") + "@google.com",
        "sequence": 2,
        "attendees": [
            {"email": OWNER, "organizer": True, "self": True, "responseStatus": "accepted"},
            {"email": "bap-members@lakeshore.example", "displayName": "Beta Alpha Psi - Members", "responseStatus": "needsAction"},
            {"email": "dquintero@lakeshore.example", "displayName": "Prof. Daniel Quintero", "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("beta-alpha-psi-meeting-she-runs", [("01-bap-chapter-meeting.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
         label([], "medium", "negative/user-organizer",
               "Calendar API event organized by the owner (self) for her student chapter: Superday prep panel and mock interviews."))


def c11():
    s1 = at("2026-10-14 09:31", DEN, "Wed", "-06:00")
    s2 = at("2026-10-14 11:02", CHI, "Wed", "-05:00")
    s3 = at("2026-10-15 08:47", DEN, "Thu", "-06:00")
    st = at("2026-10-23 13:00", DEN, "Fri", "-06:00"); en = at("2026-10-23 13:30", DEN, "Fri", "-06:00")
    assert at("2026-10-22 09:00", DEN, "Thu", "-06:00") and at("2026-10-22 11:30", DEN, "Thu", "-06:00")
    assert st.astimezone(CHI).strftime("%H:%M") == "14:00"
    carly = ("Carly Brennan", "cbrennan@aldridgesummit.example")
    b1 = ("Hi Marisol,\n\n"
          "Thanks for applying to the Audit Associate role with Aldridge Summit Group in Denver. Jared Holm, one of our "
          "audit senior managers, would like to set up a 30-minute phone interview with you. Would any of these work?\n\n"
          "  - Thursday 10/22, 9:00 AM MT\n  - Thursday 10/22, 11:30 AM MT\n  - Friday 10/23, 1:00 PM MT\n\n"
          "Just a heads-up that we're on Mountain time, an hour behind you in Chicago.\n\n"
          "Thanks,\nCarly Brennan\nTalent Acquisition Specialist | Aldridge Summit Group\n1600 Stout St., Suite 1100, Denver, CO 80202")
    m1, id1 = mail("c11a", frm=carly, to=OWNER_HDR, subject="Phone interview - Aldridge Summit Group, Audit Associate",
                   date=s1, body=b1, domain="aldridgesummit.example", rx=("mail.aldridgesummit.example", "203.0.113.90"))
    b2 = ("Hi Carly,\n\n"
          "Thank you! Friday, October 23 at 1:00 PM Mountain works best for me (2:00 PM here in Chicago). The best number "
          "to reach me is (312) 555-0148.\n\n"
          "I look forward to speaking with Jared.\n\nBest,\nMarisol\n\n"
          "On Wed, Oct 14, 2026 at 10:31 AM Carly Brennan <cbrennan@aldridgesummit.example> wrote:\n"
          "> Would any of these work?\n>   - Thursday 10/22, 9:00 AM MT\n>   - Thursday 10/22, 11:30 AM MT\n>   - Friday 10/23, 1:00 PM MT")
    m2, id2 = mail("c11b", frm=(OWNER_NAME, OWNER), to=hname(*carly),
                   subject="Re: Phone interview - Aldridge Summit Group, Audit Associate", date=s2, body=b2, enc="7bit",
                   domain="mail.example.com", in_reply_to=id1, references=id1, rx=("mail-out.example.com", "198.51.100.9"))
    b3 = ("Perfect - you're confirmed for Friday 10/23 at 1:00 PM MT. Jared (copied) will call you at (312) 555-0148. "
          "Plan on about 30 minutes; he'll ask about your internship and why Denver, and leave time for your questions.\n\n"
          "Carly\n\n"
          "On Wed, Oct 14, 2026 at 11:02 AM Marisol Vega <marisol.vega@example.com> wrote:\n"
          "> Friday, October 23 at 1:00 PM Mountain works best for me (2:00 PM here in Chicago).")
    m3, _ = mail("c11c", frm=carly, to=OWNER_HDR, cc=hname("Jared Holm", "jholm@aldridgesummit.example"),
                 subject="Re: Phone interview - Aldridge Summit Group, Audit Associate", date=s3, body=b3,
                 domain="aldridgesummit.example", in_reply_to=id2, references=f"{id1} {id2}",
                 rx=("mail.aldridgesummit.example", "203.0.113.90"))
    case("denver-thread-propose-confirm", [("01-recruiter-proposes-times.eml", m1), ("02-marisol-picks-friday.eml", m2),
                                           ("03-recruiter-confirms.eml", m3)],
         label([iv("Aldridge Summit Group", "Audit Associate", st, en, "scheduled", ["jholm@aldridgesummit.example"],
                   ["jholm@aldridgesummit.example"], "phone_screen")],
               "medium", "positive/thread-propose-confirm",
               "Three Mountain-time options, owner picks Friday 1:00 PM MT (MDT, -06:00), recruiter confirms and copies the "
               "interviewer."))


# ================================================================= CASES 12-22
def c12():
    sent0 = at("2026-10-14 14:10", CHI, "Wed", "-05:00")
    tammy = ("Tammy Reinholt", "treinholt@brandtkessler.example")
    slots = [("Hugh Brandt", "hbrandt@brandtkessler.example", "Tax Partner", "13:00", "13:45", "Lakefront Conference Room"),
             ("Nadia Kowalczyk", "nkowalczyk@brandtkessler.example", "Tax Senior Manager", "14:00", "14:45", "Juneau Conference Room"),
             ("Eli Stroud", "estroud@brandtkessler.example", "Tax Senior", "15:00", "15:30", "Juneau Conference Room")]
    b0 = ("Hi Marisol,\n\n"
          "We're glad you can visit us in Milwaukee next Tuesday, October 20, for the next step on our Tax Associate "
          "position! Here's how the afternoon will go:\n\n"
          "  1:00 - 1:45   Hugh Brandt, Tax Partner\n"
          "  2:00 - 2:45   Nadia Kowalczyk, Tax Senior Manager\n"
          "  3:00 - 3:30   Eli Stroud, Tax Senior (he'll also give you a quick tour)\n\n"
          "You'll get three separate calendar invitations from me, one for each conversation. Please come to the 3rd floor "
          "reception desk at 12:45. There's visitor parking in the 310 W. Michigan St. garage - we validate.\n\n"
          "If you're taking the Hiawatha up from Chicago, let me know and we'll reimburse the ticket.\n\n"
          "Tammy Reinholt\nRecruiting Coordinator | Brandt & Kessler CPAs\n310 W. Michigan St., 3rd Floor, Milwaukee, WI 53203")
    m0, _ = mail("c12", frm=tammy, to=OWNER_HDR, subject="Your office visit on Tuesday, October 20",
                 date=sent0, body=b0, domain="brandtkessler.example", rx=("mail.brandtkessler.example", "203.0.113.33"))
    items = [("01-coordinator-office-visit-overview.eml", m0)]
    for i, (nm, em, title, a, b, room) in enumerate(slots):
        s = at(f"2026-10-20 {a}", CHI, "Tue", "-05:00"); e = at(f"2026-10-20 {b}", CHI, "Tue", "-05:00")
        sent = at(f"2026-10-14 14:{15 + i * 2}", CHI, "Wed", "-05:00")
        ampm = lambda d: d.strftime("%I:%M %p").lstrip("0")
        when = f"Tuesday, October 20, 2026 {ampm(s)}-{ampm(e)} (UTC-06:00) Central Time (US & Canada)."
        body = (f"Marisol - office visit conversation with {nm}, {title}. Please check in at 3rd floor reception by "
                f"12:45; someone will walk you to each room.\n\nTammy")
        raw, _, _ = exchange_invite(f"c12-{i}", org_name=tammy[0], org_email=tammy[1],
                                    required=[(OWNER_NAME, OWNER), (nm, em)],
                                    subject=f"Brandt & Kessler Office Visit: Marisol Vega / {nm} ({title})",
                                    start=s, end=e, when_label=when, location=f"Brandt & Kessler - 3rd Floor, {room}",
                                    body=body, sent=sent, teams=False)
        items.append((f"{i + 2:02d}-invite-{nm.split()[1].lower()}.eml", raw))
    s = at("2026-10-20 13:00", CHI, "Tue", "-05:00"); e = at("2026-10-20 15:30", CHI, "Tue", "-05:00")
    ivs = [x[1] for x in slots]
    case("office-visit-three-outlook-invites", items,
         label([iv("Brandt & Kessler CPAs", "Tax Associate", s, e, "scheduled", ivs, ivs, "onsite")],
               "hard", "positive/onsite-loop",
               "Milwaukee office visit sent as three Exchange invites (TZID 'Central Standard Time', display label "
               "'(UTC-06:00)' although CDT applies) plus an overview mail -> one onsite 13:00-15:30 CDT with three interviewers."))


def c13():
    sent = at("2026-10-12 08:03", NYC, "Mon", "-04:00")
    ex = at("2026-10-24 08:00", CHI, "Sat", "-05:00")
    body = ("PROMETRIC APPOINTMENT CONFIRMATION\n\n"
            "Dear MARISOL VEGA,\n\n"
            "This email confirms your appointment to take the following exam:\n\n"
            "Program: AICPA Uniform CPA Examination\n"
            "Exam: AUD - Auditing and Attestation\n"
            "Confirmation Number: " + str(int(hx("c13c", n=12), 16) % 10**16).zfill(16) + "\n"
            "Date: Saturday, October 24, 2026\n"
            "Time: 8:00 AM (Central Time)\n"
            "Test Center: Chicago, IL #4471\n"
            "Address: 175 W. Jackson Blvd., Suite 1620, Chicago, IL 60604\n\n"
            "Please arrive at least 30 minutes before your scheduled appointment. You must present an unexpired, "
            "government-issued ID with a photo and signature, and the name must match your Notice to Schedule exactly.\n\n"
            "To reschedule or cancel, visit prometric.com/cpa at least 5 days before your appointment; fees may apply.\n\n"
            "Good luck on your exam,\nPrometric Candidate Services")
    m, _ = mail("c13", frm=("Prometric", "noreply@prometric.com"), to=OWNER, subject="Prometric Appointment Confirmation - AICPA AUD",
                date=sent, body=body, enc="7bit", domain="prometric.com", rx=("mail2.prometric.com", "198.51.100.58"))
    assert ex
    case("prometric-cpa-exam-appointment", [("01-prometric-confirmation.eml", m)],
         label([], "easy", "negative/exam-appointment", "CPA Exam (AUD) appointment at a Prometric test center."))


def c14():
    sent = at("2026-10-19 10:26", CHI, "Mon", "-05:00")
    html = html_wrap(
        "<p>Dear Marisol,</p>\n<p>Thank you for meeting with Angela Petrov during our on-campus interviews at Lakeshore on "
        "October 8, and for your interest in the Tax Associate position in our Milwaukee office.</p>\n"
        "<p>We were fortunate to speak with many strong candidates this fall. After careful consideration, we have "
        "decided not to invite you to an office visit this season. This was a difficult decision, and it is not a "
        "reflection of your potential.</p>\n<p>We'd be glad to see your name again - our spring internship and "
        "experienced-hire postings open in January.</p>\n"
        "<p>Warm regards,<br>Lena Haas<br>Recruiting Coordinator<br>Ridgeway Camden LLP</p>")
    m, _ = mail("c14", frm=("Lena Haas", "lhaas@ridgewaycamden.example"), to=OWNER_HDR,
                subject="Ridgeway Camden LLP - Tax Associate (Milwaukee)", date=sent, html=html,
                domain="ridgewaycamden.example", rx=("mail.ridgewaycamden.example", "203.0.113.120"))
    case("rejection-after-oci", [("01-ridgeway-camden-decision.eml", m)],
         label([], "easy", "negative/rejection", "Rejection after an on-campus interview; only a past date is mentioned."))


def c15():
    beth = ("Beth Sandoval", "bsandoval@lindqvistortega.example")
    frank = ("Frank Ortega", "fortega@lindqvistortega.example")
    sent1 = at("2026-10-19 10:02", CHI, "Mon", "-05:00")
    o_s = at("2026-10-29 15:00", CHI, "Thu", "-05:00"); o_e = at("2026-10-29 15:45", CHI, "Thu", "-05:00")
    n_s = at("2026-11-05 15:00", CHI, "Thu", "-06:00"); n_e = at("2026-11-05 15:45", CHI, "Thu", "-06:00")
    body = ("Hi Marisol,\n\nAs discussed, here is your partner interview with Frank Ortega, Audit Partner, for the Audit "
            "Associate position. We'll meet on Teams for about 45 minutes. Frank likes to hear about a time you had to "
            "dig into something that didn't add up, so have an example ready.\n\nBeth Sandoval\nRecruiting Manager | "
            "Lindqvist & Ortega LLP")
    subj = "Lindqvist & Ortega - Partner Interview: Marisol Vega"
    raw1, uid, _ = exchange_invite("c15", org_name=beth[0], org_email=beth[1], required=[(OWNER_NAME, OWNER), frank],
                                   subject=subj, start=o_s, end=o_e,
                                   when_label="Thursday, October 29, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).",
                                   location=None, body=body, sent=sent1)
    sent2 = at("2026-10-26 09:12", CHI, "Mon", "-05:00")
    b2 = ("Hi Marisol,\n\nFrank has been pulled into a client's year-end planning meeting on Thursday afternoon, so I "
          "need to move your interview. Would next Thursday, November 5, at the same time (3:00 Central) work instead? "
          "Once you confirm I'll send an updated invitation.\n\nSorry for the shuffle,\nBeth")
    m2, id2 = mail("c15b", frm=beth, to=OWNER_HDR, subject="Moving your partner interview", date=sent2, body=b2,
                   domain="lindqvistortega.example", rx=("mail.lindqvistortega.example", "203.0.113.150"))
    sent3 = at("2026-10-26 09:40", CHI, "Mon", "-05:00")
    b3 = ("Hi Beth,\n\nNo problem at all - Thursday, November 5 at 3:00 works for me.\n\nThank you,\nMarisol\n\n"
          "On Mon, Oct 26, 2026 at 9:12 AM Beth Sandoval <bsandoval@lindqvistortega.example> wrote:\n"
          "> Would next Thursday, November 5, at the same time (3:00 Central) work instead?")
    m3, id3 = mail("c15c", frm=(OWNER_NAME, OWNER), to=hname(*beth), subject="Re: Moving your partner interview",
                   date=sent3, body=b3, enc="7bit", domain="mail.example.com", in_reply_to=id2, references=id2,
                   rx=("mail-out.example.com", "198.51.100.9"))
    sent4 = at("2026-10-26 10:05", CHI, "Mon", "-05:00")
    raw4, uid4, _ = exchange_invite("c15", org_name=beth[0], org_email=beth[1], required=[(OWNER_NAME, OWNER), frank],
                                    subject="Updated: " + subj, start=n_s, end=n_e, uid=uid,
                                    when_label="Thursday, November 5, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).",
                                    location=None, body=body, sent=sent4, seq=1)
    assert uid4 == uid
    case("teams-partner-reschedule-across-dst", [("01-teams-invite-oct-29.eml", raw1), ("02-recruiter-asks-to-move.eml", m2),
                                                 ("03-marisol-agrees.eml", m3), ("04-updated-invite-nov-5.eml", raw4)],
         label([iv("Lindqvist & Ortega LLP", "Audit Associate", n_s, n_e, "scheduled", [frank[1]], [frank[1]], "hiring_manager")],
               "hard", "positive/reschedule",
               "Teams partner interview moved from Thu Oct 29 3:00 PM CDT (-05:00) to Thu Nov 5 3:00 PM CST (-06:00) across "
               "the US DST change; same UID, SEQUENCE 1; Windows TZID 'Central Standard Time'."))


def c16():
    avery = ("Avery Quinlan", "aquinlan@granitepeak.example")
    sam = ("Sam Whitehorse", "swhitehorse@granitepeak.example")
    s = at("2026-10-28 15:00", DEN, "Wed", "-06:00"); e = at("2026-10-28 15:45", DEN, "Wed", "-06:00")
    sent1 = at("2026-10-20 17:12", UTC, "Tue", "+00:00")
    title = "Granite Peak Advisors: First-Round Interview - Tax Associate (Marisol Vega)"
    desc = ("Hi Marisol - this is your first-round video interview with Sam Whitehorse, Tax Senior Manager. Sam will ask "
            "about your tax coursework and your VITA volunteering. Talk soon! - Avery")
    raw1, uid, _ = google_invite("c16", organizer=avery[0], org_email=avery[1], guests=[sam, (OWNER, OWNER)], title=title,
                                 start=s, end=e, tzname="America/Denver", tzlabel="Mountain Time - Denver",
                                 description=desc, sent=sent1, meet="kpw-rtno-vxe", abbrev="MDT")
    sent2 = at("2026-10-26 18:14", UTC, "Mon", "+00:00")
    raw2, uid2, _ = google_invite("c16x", organizer=avery[0], org_email=avery[1], guests=[sam, (OWNER, OWNER)], title=title,
                                  start=s, end=e, tzname="America/Denver", tzlabel="Mountain Time - Denver",
                                  description=desc, sent=sent2, meet="kpw-rtno-vxe", abbrev="MDT", seq=1,
                                  method="CANCEL", uid=uid, subject_prefix="Canceled event")
    assert uid2 == uid
    sent3 = at("2026-10-26 12:20", DEN, "Mon", "-06:00")
    b3 = ("Hi Marisol,\n\n"
          "I'm sorry to do this on short notice. Our 2027 Denver tax start class filled faster than we expected, so we "
          "need to cancel Wednesday's interview with Sam - you'll see the calendar cancellation come through separately.\n\n"
          "I'd genuinely like to stay in touch. If a spot opens up, or if you'd consider a winter busy-season internship, "
          "I'll reach out.\n\n"
          "Best,\nAvery Quinlan\nCampus Recruiter | Granite Peak Advisors")
    m3, _ = mail("c16c", frm=avery, to=OWNER_HDR, cc=hname(*sam), subject="Wednesday's interview", date=sent3, body=b3,
                 domain="granitepeak.example", rx=("mail.granitepeak.example", "203.0.113.177"))
    case("google-invite-cancelled", [("01-google-invite-first-round.eml", raw1), ("02-google-canceled-event.eml", raw2),
                                     ("03-recruiter-explains-cancellation.eml", m3)],
         label([iv("Granite Peak Advisors", "Tax Associate", s, e, "cancelled", [sam[1]], [sam[1]], "other")],
               "medium", "positive/cancellation",
               "Google invite for Wed Oct 28 3:00 PM MDT, then METHOD:CANCEL (same UID, SEQUENCE 1) and a recruiter note; "
               "kept as cancelled."))


def c17():
    sent = at("2026-10-22 15:30", CHI, "Thu", "-05:00")
    start_day = at("2027-09-13 08:30", CHI, "Mon", "-05:00")
    dl = at("2026-11-20 17:00", CHI, "Fri", "-06:00")
    assert start_day and dl
    body = ("Marisol,\n\n"
            "Congratulations! On behalf of everyone at Whitcomb Ferris, I'm delighted to extend you an offer to join our "
            "Chicago Audit & Assurance practice as an Audit Associate, starting Monday, September 13, 2027.\n\n"
            "Your offer letter is attached with the details: a starting salary of $70,500, a $5,000 CPA Exam completion "
            "bonus, and reimbursement for your review course and exam fees.\n\n"
            "Please let us know your decision by Friday, November 20, 2026. Gregory Atwater will give you a call Monday "
            "afternoon around 4 to congratulate you personally and answer any questions about the practice - no "
            "preparation needed. If you'd like to talk with a first-year associate before deciding, just say the word and "
            "I'll set it up.\n\n"
            "We really enjoyed having you in the office for Superday.\n\n"
            "Lauren Mateo\nCampus Recruiter, Midwest | Whitcomb Ferris LLP")
    pdf = simple_pdf(["WHITCOMB FERRIS LLP", "Offer of Employment - Audit Associate, Chicago",
                      "Start date: September 13, 2027", "Base salary: $70,500", "Please respond by November 20, 2026."])
    m, _ = mail("c17", frm=("Lauren Mateo", "lmateo@whitcombferris.example"), to=OWNER_HDR,
                subject="Your offer from Whitcomb Ferris LLP", date=sent, body=body, html=html_wrap(paras_html(body)),
                domain="whitcombferris.example", rx=("mx-out.whitcombferris.example", "203.0.113.18"),
                attachments=[("application/pdf", "Vega_Offer_Letter.pdf", pdf)])
    case("offer-with-deadline", [("01-offer-letter.eml", m)],
         label([], "medium", "negative/offer",
               "Offer with a Nov 20 decision deadline; mentions a congratulatory partner call 'Monday around 4' (not an interview)."))


def c18():
    sent = at("2026-10-20 14:45", UTC, "Tue", "+00:00")
    dl = at("2026-10-30 23:59", CHI, "Fri", "-05:00")
    assert dl
    body = ("Hi Marisol,\n\n"
            "Baird Lockwood LLP has invited you to complete an on-demand video interview for the position of "
            "Audit Associate - Chicago.\n\n"
            "What to expect:\n"
            "  - 5 questions, recorded on your own time\n"
            "  - Up to 30 seconds to think and 3 minutes to answer each question\n"
            "  - One practice question and one retake per question\n\n"
            "Please complete your interview by Friday, October 30, 2026 at 11:59 PM CDT.\n\n"
            "Start your interview: https://app.hirevue.com/interviews/" + hx("c18l", n=20) + "\n\n"
            "Use a laptop or phone with a working camera and microphone, in a quiet, well-lit spot. Nobody from Baird "
            "Lockwood will be live on the call; the team reviews recordings afterward.\n\n"
            "HireVue, on behalf of Baird Lockwood LLP")
    m, _ = mail("c18", frm=("Baird Lockwood LLP", "noreply@hirevue.com"), to=OWNER_HDR,
                subject="Baird Lockwood LLP: Complete your video interview", date=sent, body=body,
                html=html_wrap(paras_html(body)), domain="hirevue.com", rx=("mail.hirevue.com", "198.51.100.212"))
    case("hirevue-one-way-video", [("01-hirevue-invitation.eml", m)],
         label([], "medium", "negative/one-way-video", "HireVue on-demand video interview with a completion deadline."))


def c19():
    sent = at("2026-10-27 20:18", UTC, "Tue", "+00:00")
    s = at("2026-11-02 10:00", DEN, "Mon", "-07:00"); e = at("2026-11-02 11:00", DEN, "Mon", "-07:00")
    zoom = "https://corbelnash.zoom.us/j/8" + str(int(hx("c19z", n=8), 16) % 10**9)
    html = html_wrap(
        "<p>Hello Marisol,</p>\n<p>Your interview for <b>Audit Associate - Denver (R-10482)</b> has been scheduled.</p>\n"
        "<p><b>Interview Details</b><br>Date: Monday, November 2, 2026<br>Time: 10:00 AM - 11:00 AM Mountain Standard Time"
        f"<br>Location: Zoom - <a href=\"{zoom}\">{zoom}</a></p>\n"
        "<p><b>Interviewers</b><br>Miguel Santos - Audit Senior Manager<br>Hannah Oyelaran - Audit Manager</p>\n"
        "<p>A calendar file is attached for your convenience. If you have questions or need to reschedule, please "
        "contact your recruiter, Tessa Lund, at tessa.lund@corbelnash.example.</p>\n"
        "<p>You can also view this interview on your Candidate Home: "
        "<a href=\"https://wd5.myworkdaysite.com/recruiting/corbelnash/Careers/userHome\">Candidate Home</a></p>\n"
        "<p>Corbel Nash LLP Talent Acquisition</p>\n"
        "<p style=\"font-size:11px;color:#888\">This is a system-generated message. Please do not reply.</p>")
    ics = vendor_ics("-//Workday//Recruiting//EN", f"WD-INT-{hx('c19uid', n=16).upper()}@myworkday.com",
                     "Interview: Audit Associate - Denver (R-10482)", s, e, sent,
                     ("Corbel Nash LLP", "corbelnash@myworkday.com"), [(OWNER_NAME, OWNER)], location=zoom,
                     description="Interviewers: Miguel Santos (Audit Senior Manager), Hannah Oyelaran (Audit Manager).",
                     tz="America/Denver")
    m, _ = mail("c19", frm=("Corbel Nash LLP", "corbelnash@myworkday.com"), to=OWNER,
                subject="Interview Scheduled: Audit Associate - Denver (R-10482)", date=sent, html=html,
                domain="myworkday.com", rx=("mail-wd5.myworkday.com", "198.51.100.31"),
                attachments=[("text/calendar", "Interview.ics", ics)])
    case("workday-denver-after-dst", [("01-workday-interview-scheduled.eml", m)],
         label([iv("Corbel Nash LLP", "Audit Associate", s, e, "scheduled", [], ["tessa.lund@corbelnash.example"], "other")],
               "medium", "positive/workday",
               "Workday mail sent Oct 27 (MDT) for Mon Nov 2 10:00 AM in Denver, the day after the DST change -> MST -07:00; "
               "interviewers named without addresses, recruiter address in text."))


def c20():
    sent = at("2026-10-28 14:10", NYC, "Wed", "-04:00")
    body = ("Hi Marisol,\n\n"
            "Thanks for your interest in the Tax Associate role in our Chicago office - your internship with the "
            "county treasurer's office caught my eye. I'd love to set up a 30-minute first-round conversation with one "
            "of our tax managers.\n\n"
            "Please grab whatever time works for you next week using my Calendly: "
            "https://calendly.com/gosei-meridianthorne/first-round-30\n"
            "Slots will show in your local time. If nothing fits, send me a few windows and I'll work around them.\n\n"
            "Best,\nGabriel Osei\nCampus Talent Acquisition | Meridian Thorne LLP\n7 Hanover Square, New York, NY 10004")
    m, _ = mail("c20", frm=("Gabriel Osei", "gosei@meridianthorne.example"), to=OWNER_HDR,
                subject="Meridian Thorne - first-round interview scheduling", date=sent, body=body,
                html=html_wrap(paras_html(body)), domain="meridianthorne.example",
                rx=("mail.meridianthorne.example", "203.0.113.201"))
    case("calendly-link-not-booked", [("01-recruiter-calendly-link.eml", m)],
         label([], "medium", "negative/availability-request",
               "Recruiter sends a Calendly link for a first-round; nothing is booked in the mailbox."))


def c21():
    simone = ("Simone Achebe", "sachebe@osterhoutbell.example")
    ray = ("Raymond Osterhout", "rosterhout@osterhoutbell.example")
    sent = at("2026-11-03 15:02", UTC, "Tue", "+00:00")
    s = at("2026-11-12 10:00", CHI, "Thu", "-06:00"); e = at("2026-11-12 10:45", CHI, "Thu", "-06:00")
    title = "Osterhout Bell: Partner Interview - Tax Associate (Marisol Vega)"
    desc = ("Hi Marisol, this is your final-round conversation with Raymond Osterhout, Tax Partner - 45 minutes over "
            "Google Meet. I'll follow up afterward with next steps. - Simone")
    raw, uid, _ = google_invite("c21", organizer=simone[0], org_email=simone[1], guests=[ray, (OWNER, OWNER)], title=title,
                                start=s, end=e, tzname="America/Chicago", tzlabel="Central Time - Chicago",
                                description=desc, sent=sent, meet="hqz-mdbf-eru", abbrev="CST")
    ev = {
        "kind": "calendar#event",
        "etag": "\"" + str(int(hx("c21e", n=14), 16)) + "\"",
        "id": uid.split("@")[0],
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("="),
        "created": sent.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent + timedelta(hours=2, minutes=9)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": title,
        "description": desc,
        "creator": {"email": simone[1], "displayName": simone[0]},
        "organizer": {"email": simone[1], "displayName": simone[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Chicago"},
        "end": {"dateTime": iso(e), "timeZone": "America/Chicago"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": simone[1], "displayName": simone[0], "organizer": True, "responseStatus": "accepted"},
            {"email": ray[1], "displayName": ray[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/hqz-mdbf-eru",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/hqz-mdbf-eru",
                             "label": "meet.google.com/hqz-mdbf-eru"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "hqz-mdbf-eru"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("google-invite-plus-api-event", [("01-google-invite-partner.eml", raw),
                                          ("02-partner-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
         label([iv("Osterhout Bell", "Tax Associate", s, e, "scheduled", [ray[1]], [ray[1]], "hiring_manager")],
               "medium", "positive/dedupe",
               "Same partner interview as Google invite and Calendar API event (same iCalUID); Thu Nov 12 10:00 CST (-06:00)."))


def c22():
    sent = at("2026-11-10 19:48", UTC, "Tue", "+00:00")
    s = at("2026-11-19 09:30", CHI, "Thu", "-06:00"); e = at("2026-11-19 11:30", CHI, "Thu", "-06:00")
    msg = ("Hi Marisol,\n\n"
           "Thanks again for your time at the career fair and on the phone last week. We'd love to bring you in for a "
           "second-round office visit! I've got you down for Thursday, November 19 at 9:30 AM at our Milwaukee office, "
           "411 E. Wisconsin Ave., Suite 900. You'll meet with two of our audit managers, Derek Lund and Alina Marsh, "
           "back to back, and we'll wrap up around 11:30.\n\n"
           "If you're driving up from Chicago we'll reimburse mileage. You can reply here or email me directly at "
           "jhollis@vossharmon.example.\n\n"
           "Jenna")
    body = ("Jenna Hollis from Voss & Harmon CPAs sent you a message:\n\n" + msg +
            "\n\nReply on Handshake: https://lakeshore.joinhandshake.com/messages/" + str(int(hx("c22m", n=8), 16) % 10**8) + "\n\n"
            "Replies to this email are not delivered to the sender.\n"
            "Handshake, 225 Bush St, San Francisco, CA 94104")
    m, _ = mail("c22", frm=("Jenna Hollis via Handshake", "messages@mail.joinhandshake.com"), to=OWNER_HDR,
                subject="New message from Jenna Hollis at Voss & Harmon CPAs", date=sent, body=body,
                html=html_wrap(paras_html(body)), domain="mail.joinhandshake.com", enc="b64",
                rx=("o7.mail.joinhandshake.com", "167.89.64.12"))
    case("handshake-message-office-visit", [("01-handshake-message-relay.eml", m)],
         label([iv("Voss & Harmon CPAs", None, s, e, "scheduled", [], ["jhollis@vossharmon.example"], "onsite")],
               "medium", "positive/handshake-relay",
               "Handshake message relay; second-round office visit Thu Nov 19 9:30-11:30 CST in Milwaukee with two managers "
               "(names only); role never stated; follow-up to the recruiter's direct address."))


# ================================================================= output
TZ_POINTS = [
    "05: iCIMS .ics in UTC (20261008T160000Z) = 11:00 CDT.",
    "07: relative date: 'tomorrow at 2' in a mail dated Mon Oct 12 (-05:00) -> Tue Oct 13 14:00 CDT.",
    "09: time given only in ET (11:00 AM EDT, -04:00) for a Chicago-office role = 10:00 CDT.",
    "11: Denver thread in MT; Fri Oct 23 1:00 PM MDT (-06:00) = 2:00 PM CDT.",
    "12: Exchange invites with TZID 'Central Standard Time' and display label '(UTC-06:00)' while CDT (-05:00) applies on Oct 20.",
    "15: reschedule across the US DST change (Nov 1): Oct 29 3:00 PM CDT (-05:00) -> Nov 5 3:00 PM CST (-06:00).",
    "16: Google invite shown in 'Mountain Time - Denver', Oct 28 3:00 PM MDT (-06:00), cancelled.",
    "19: Workday .ics TZID America/Denver, Mon Nov 2 (day after DST ends) 10:00 AM MST (-07:00); mail sent while MDT.",
    "21: Google invite + Calendar API event Thu Nov 12 10:00 AM CST (-06:00).",
    "22: Milwaukee office visit Thu Nov 19 9:30 AM CST (-06:00).",
]


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind298: US public accounting campus recruiting (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a senior accounting student in Chicago (America/Chicago: CDT until "
        "Nov 1, 2026, then CST) interviewing for audit and tax associate roles at invented national and regional CPA "
        "firms in Chicago, Milwaukee, Denver and New York.",
        "",
        "This set was written blind: only the eval README and a few dev files were read for the format; no tool code, "
        "tests or other sets were consulted. All files are produced by `make_cases.py` (deterministic).",
        "",
        "## What it stresses",
        "- Campus recruiting flow: Handshake OCI sign-up vs. confirmed slot, career-center schedule with two firms, "
        "Superday itinerary (titled interviewers, 8:45 arrival, lunch in the middle, dinner the night before), "
        "office visit sent as three Outlook invites, partner interviews, virtual case interview.",
        "- Look-alike negatives: career fair, Meet the Firm night (Yello), accounting-society info session (Zoom "
        "webinar), Beta Alpha Psi meeting the owner organizes (mock interviews), Prometric CPA Exam appointment, "
        "rejection, offer with a deadline and a partner call, HireVue one-way video, unbooked Calendly link.",
        "- Time zones: Central/Mountain/Eastern, relative date ('tomorrow at 2'), reschedule across the Nov 1 DST change.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} (status: {fmt(by_status)}; kind: {fmt(by_kind)})",
        "",
        "## Formats used",
        "- Plain-text and HTML e-mails (quoted-printable, base64, 7bit), threads with In-Reply-To/References",
        "- Google Calendar invitations (multipart/mixed, text/calendar METHOD:REQUEST/CANCEL + invite.ics)",
        "- Exchange/Teams invites (multipart/alternative, TZID 'Central Standard Time', X-MICROSOFT-CDO-*)",
        "- ATS / vendor mails: Handshake (schedules, relay message, event .ics), iCIMS, Workday and Yello with .ics "
        "attachments, Phenom (HTML only), HireVue, Zoom webinar, Calendly link, Prometric; PDF attachments",
        "- Standalone .ics (career fair) and Google Calendar API `.gcal.json` events",
        "",
        "## Time-zone / DST points (case number)",
    ] + [f"- {p}" for p in TZ_POINTS] + [
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for old in sorted(OUT.glob("b298-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for n, (slug, items, lab) in enumerate(CASES, 1):
        cid = f"b298-{n:02d}-{slug}"
        d = OUT / cid
        d.mkdir()
        for name, content in items:
            assert name[:2].isdigit() and name[2] == "-", name
            data = content.encode("utf-8") if isinstance(content, str) else content
            (d / name).write_bytes(data)
        labels[cid] = lab
    text = ("# Labels for blind298 (written blind). Schema: /work/shared/eval/README.md\n" +
            yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(labels)
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
