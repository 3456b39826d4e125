#!/usr/bin/env python3
"""Generate the blind325 evaluation set (Seattle job seeker, Oct-Nov 2026).

Deletes and rewrites every b325-* case folder, labels.yaml and README.md next to this
script. Standard library + PyYAML only; output is byte-identical on every run (all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of SEED).
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind325-seattle-2026"
PREFIX = "b325"
OWNER = "sam.nakamura@example.com"
OWNER_NAME = "Sam Nakamura"
SAM = (OWNER_NAME, OWNER)
SAM_WORK = "sam.nakamura@soundharbor.example"

LA = ZoneInfo("America/Los_Angeles")
CHI = ZoneInfo("America/Chicago")
DUB = ZoneInfo("Europe/Dublin")
UTC = timezone.utc


# --------------------------------------------------------------------------- basics
def hx(*parts, n=16):
    s = "|".join((SEED,) + tuple(str(p) for p in parts))
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def off(t):
    s = t.strftime("%z")
    return s[:3] + ":" + s[3:]


def at(y, mo, d, hh, mm, tz, weekday, offset, ss=0):
    """Aware datetime with asserted weekday and UTC offset."""
    t = datetime(y, mo, d, hh, mm, ss, tzinfo=tz)
    assert t.strftime("%A") == weekday, (t, t.strftime("%A"), weekday)
    assert off(t) == offset, (t, off(t), offset)
    # reject non-existent / ambiguous wall times
    assert t.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == t.replace(tzinfo=None), t
    return t


def dst_checks():
    def o(y, mo, d, h, tz):
        return off(datetime(y, mo, d, h, 0, tzinfo=tz))
    for tz in (LA, CHI):
        assert o(2026, 3, 7, 12, tz) != o(2026, 3, 9, 12, tz)
        assert o(2026, 10, 31, 12, tz) != o(2026, 11, 2, 12, tz)
    assert o(2026, 10, 31, 12, LA) == "-07:00" and o(2026, 11, 2, 12, LA) == "-08:00"
    assert o(2026, 10, 31, 12, CHI) == "-05:00" and o(2026, 11, 2, 12, CHI) == "-06:00"
    assert o(2026, 10, 24, 12, DUB) == "+01:00" and o(2026, 10, 26, 12, DUB) == "+00:00"
    assert o(2026, 3, 28, 12, DUB) == "+00:00" and o(2026, 3, 30, 12, DUB) == "+01:00"
    for (y, mo, d) in ((2026, 3, 8), (2026, 11, 1), (2026, 3, 29), (2026, 10, 25)):
        assert datetime(y, mo, d).strftime("%A") == "Sunday"
    # the US change happens on Nov 1 at 02:00 local, the Irish one on Oct 25 at 02:00 local
    assert o(2026, 11, 1, 1, LA) == "-07:00" and o(2026, 11, 1, 3, LA) == "-08:00"
    assert o(2026, 10, 25, 0, DUB) == "+01:00" and o(2026, 10, 25, 3, DUB) == "+00:00"


def gtime(t):
    h12 = t.hour % 12 or 12
    ap = "am" if t.hour < 12 else "pm"
    return f"{h12}{ap}" if t.minute == 0 else f"{h12}:{t.minute:02d}{ap}"


def clock(t):
    h12 = t.hour % 12 or 12
    return f"{h12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def long_date(t):
    return f"{t:%A}, {t:%B} {t.day}, {t.year}"


def ics_local(t):
    return t.strftime("%Y%m%dT%H%M%S")


def ics_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def ics_join(lines):
    return "\n".join(fold(l) for l in lines) + "\n"


VTZ = {
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Chicago": [
        "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}
WIN_TZ = {
    "Pacific Standard Time": (LA, "(UTC-08:00) Pacific Time (US & Canada)"),
    "GMT Standard Time": (DUB, "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"),
}


# --------------------------------------------------------------------------- MIME
def text_part(s, sub="plain", enc="qp", extra=""):
    raw = s if s.endswith("\n") else s + "\n"
    if enc == "qp":
        body, cte = quopri.encodestring(raw.encode("utf-8")).decode("ascii"), "quoted-printable"
    elif enc == "b64":
        body, cte = base64.encodebytes(raw.encode("utf-8")).decode("ascii"), "base64"
    else:
        assert raw.isascii(), raw[:80]
        body, cte = raw, "7bit"
    return ([f'Content-Type: text/{sub}; charset="UTF-8"{extra}', f"Content-Transfer-Encoding: {cte}"], body)


def cal_part(ics_text, method, name=None, attach=False, ctype="text/calendar", enc=None):
    if enc is None:
        enc = "7bit" if ics_text.isascii() else "b64"
    if enc == "b64":
        body = base64.encodebytes(ics_text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
        cte = "base64"
    else:
        body, cte = ics_text, "7bit"
    ct = f'Content-Type: {ctype}; charset="UTF-8"; method={method}'
    if name:
        ct += f'; name="{name}"'
    hdrs = [ct]
    if attach:
        hdrs.append(f'Content-Disposition: attachment; filename="{name}"')
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    return (hdrs, body)


def multi(sub, parts, key, style="google"):
    k = hx(key, sub, "boundary", n=28)
    if style == "google":
        b = "000000000000" + k[:16]
    elif style == "outlook":
        b = "_000_" + k[:24].upper() + "namprd" + k[24:] + "prod_"
    else:
        b = "----=_Part_" + str(int(k[:8], 16)) + "_" + str(int(k[8:16], 16)) + "." + k[16:]
    body = "".join(f"--{b}\n" + "\n".join(p[0]) + "\n\n" + p[1] + "\n" for p in parts) + f"--{b}--\n"
    return ([f'Content-Type: multipart/{sub}; boundary="{b}"'], body)


def addr(p):
    name, email = p
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def addrs(ps):
    return ",\n ".join(addr(p) for p in ps)


def hdr(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def domain(email):
    return email.split("@", 1)[1]


def html_doc(inner, font="Arial,Helvetica,sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px;color:#222">\n{inner}\n</div></body></html>\n')


def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def alt(plain, key, html_inner=None, enc_plain="qp", enc_html="qp", style="google", font=None):
    """multipart/alternative with a plain part and an HTML rendering."""
    inner = html_inner if html_inner is not None else paras(plain)
    hd = html_doc(inner, font) if font else html_doc(inner)
    return multi("alternative", [text_part(plain, "plain", enc_plain), text_part(hd, "html", enc_html)], key, style)


def quote(text, when, who):
    t = when.astimezone(LA)
    head = f"On {t:%a}, {t:%b} {t.day}, {t.year} at {clock(t)} {who[0]} <{who[1]}> wrote:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------- cases / writers
class Case:
    def __init__(self, n, slug):
        self.n = n
        self.id = f"{PREFIX}-{n:02d}-{slug}"
        self.dir = OUT / self.id
        self.dir.mkdir(parents=True)
        self.items = []


CASES = []
LABELS = {}
FORMATS = set()


def new_case(n, slug):
    c = Case(n, slug)
    assert not CASES or CASES[-1].n == n - 1
    CASES.append(c)
    return c


def mail(case, fname, *, frm, to, subject, date, part, cc=(), reply_to=None, irt=None, refs=(),
         extra=(), sender=None, mid=None, relay="mail-sor-f41.google.com", fmt="plain/HTML e-mail (human threads, vendor and ATS notifications)"):
    assert fname.startswith(f"{len(case.items) + 1:02d}-") and fname.endswith(".eml"), fname
    mid = mid or f"<{hx(case.id, fname, 'mid', n=20)}@{domain((sender or frm)[1])}>"
    rx = date + timedelta(seconds=2 + int(hx(case.id, fname, 'd', n=2), 16) % 40)
    H = [f"Delivered-To: {OWNER}",
         f"Received: from {relay} ({relay}. [209.85.220.{int(hx(case.id, fname, 'ip', n=2), 16) % 200 + 20}])\n"
         f"        by mx.google.com with SMTPS id {hx(case.id, fname, 'smtp', n=18)}\n"
         f"        for <{OWNER}>\n        (Google Transport Security);\n        {format_datetime(rx)}",
         f"Return-Path: <{(sender or frm)[1]}>",
         f"From: {addr(frm)}"]
    if sender:
        H.append(f"Sender: {addr(sender)}")
    H.append(f"To: {addrs(to)}")
    if cc:
        H.append(f"Cc: {addrs(cc)}")
    if reply_to:
        H.append(f"Reply-To: {addr(reply_to)}")
    H.append(f"Subject: {hdr(subject)}")
    H.append(f"Date: {format_datetime(date)}")
    H.append(f"Message-ID: {mid}")
    if irt:
        H.append(f"In-Reply-To: {irt}")
    if refs:
        H.append("References: " + "\n ".join(refs))
    H.extend(extra)
    H.append("MIME-Version: 1.0")
    text = "\n".join(H) + "\n" + "\n".join(part[0]) + "\n\n" + part[1]
    assert "\r" not in text and text.isascii(), (case.id, fname)
    (case.dir / fname).write_bytes(text.replace("\n", "\r\n").encode("ascii"))
    case.items.append(fname)
    FORMATS.add(fmt)
    return mid


def write_ics(case, fname, ics_text, fmt="standalone .ics"):
    assert fname.startswith(f"{len(case.items) + 1:02d}-") and fname.endswith(".ics"), fname
    (case.dir / fname).write_bytes(ics_text.replace("\n", "\r\n").encode("utf-8"))
    case.items.append(fname)
    FORMATS.add(fmt)


def write_gcal(case, fname, obj):
    assert fname.startswith(f"{len(case.items) + 1:02d}-") and fname.endswith(".gcal.json"), fname
    (case.dir / fname).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    case.items.append(fname)
    FORMATS.add("Calendar API .gcal.json")


def iv(company, role, start, end, interviewers, followup, kind, status="scheduled"):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case.id] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                       "difficulty": difficulty, "category": category, "notes": notes,
                       "source": "synthetic"}


TZ_NOTES = []


def tznote(case, text):
    TZ_NOTES.append(f"- Case {case.n:02d} (`{case.id}`): {text}")


# --------------------------------------------------------------------------- calendar messages
def google_invite(case, fname, *, organizer, guests, summary, start, end, description, date, uid,
                  seq=0, updated=False, meet=None, location="", tzlabel="Pacific Time - Los Angeles",
                  to_addr=OWNER, created=None, extra_headers=()):
    """Google Calendar invitation: mixed[alternative[plain, html, text/calendar], invite.ics]."""
    abbrev = start.tzname()
    short = f"{start:%a %b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({abbrev})"
    subject = f"{'Updated invitation' if updated else 'Invitation'}: {summary} @ {short} ({to_addr})"
    when = f"{start:%A %b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {to_addr}".encode()).decode().rstrip("=")
    who = [f"{organizer[0]} - organizer"] + [g[0] or g[1] for g in guests]
    plain = []
    if updated:
        plain.append("This event has been updated\nChanged: time\n")
    plain.append(f"{summary}\n{when}\n{tzlabel}\n")
    if meet:
        plain.append(f"Join with Google Meet\nhttps://meet.google.com/{meet}\n")
    if location:
        plain.append(f"Location\n{location}\n")
    plain.append(f"{description}\n")
    plain.append("Guests\n" + "\n".join(who))
    plain.append(f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n")
    plain.append(f"Reply for {to_addr}\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n"
                 f"No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n"
                 f"Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n")
    plain.append("Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee "
                 "on the event. To stop receiving future updates for this event, decline this event.\n\n"
                 "Forwarding this invitation could allow any recipient to send a response to the organizer, "
                 "be added to the guest list, invite others regardless of their own invitation status, "
                 "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")
    plain_s = "\n".join(plain)
    h = [f'<div itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" '
         f'content="http://schema.org/EventScheduled"/>']
    if updated:
        h.append('<p style="color:#d93025">This event has been updated</p>')
    h.append(f'<h2 itemprop="name">{html.escape(summary)}</h2>')
    h.append(f'<p><time itemprop="startDate" datetime="{ics_utc(start)}"></time>'
             f'<time itemprop="endDate" datetime="{ics_utc(end)}"></time>'
             f'{html.escape(when)}<br>{html.escape(tzlabel)}</p>')
    if meet:
        h.append(f'<p><a href="https://meet.google.com/{meet}">Join with Google Meet</a><br>meet.google.com/{meet}</p>')
    if location:
        h.append(f'<p>Location<br><span itemprop="location">{html.escape(location)}</span></p>')
    h.append(paras(description))
    h.append("<p>Guests<br>" + "<br>".join(html.escape(w) for w in who) + "</p>")
    h.append(f'<p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}">View all guest info</a></p>')
    h.append('<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></div>')
    created = created or date
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(date)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={organizer[0]};X-NUM-GUESTS=0:mailto:{organizer[1]}"]
    for g in guests:
        st = "NEEDS-ACTION;RSVP=TRUE" if g[1] == to_addr else "ACCEPTED;RSVP=TRUE"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={st};CN={g[0] or g[1]};X-NUM-GUESTS=0:mailto:{g[1]}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(hx(uid, 'owner', n=7), 16)}",
              f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{ics_esc(description)}",
              f"LAST-MODIFIED:{ics_utc(date)}", f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{seq}",
              "STATUS:CONFIRMED", f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
              "SUMMARY:Alarm notification", f"ATTENDEE:mailto:{to_addr}", "TRIGGER:-P0DT0H30M0S", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(lines)
    key = (case.id, fname)
    part = multi("mixed", [
        multi("alternative", [text_part(plain_s, "plain", "b64", '; format=flowed; delsp=yes'),
                              text_part(html_doc("\n".join(h), "Roboto,Helvetica,Arial,sans-serif"), "html", "qp"),
                              cal_part(ics, "REQUEST")], key),
        cal_part(ics, "REQUEST", name="invite.ics", attach=True, ctype="application/ics", enc="b64")], key)
    return mail(case, fname, frm=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
                to=[("", to_addr)], reply_to=organizer, subject=subject, date=date, part=part,
                extra=list(extra_headers) + [f"X-Google-Calendar-Content-Display: 1"],
                mid=f"<calendar-{hx(uid, seq, 'gmid', n=8)}-{hx(uid, seq, 'g2', n=4)}-{hx(uid, seq, 'g3', n=4)}-"
                    f"{hx(uid, seq, 'g4', n=12)}@google.com>",
                relay="mail-sor-f73.google.com", fmt="Google Calendar invitation (.eml)")


def teams_invite(case, fname, *, organizer, required, subject, start, end, wintz, body, date, uid, seq,
                 method="REQUEST", optional=(), to_hdr=None, irt=None, refs=(), meeting_id=None, extra=()):
    """Exchange/Teams invitation: alternative[plain, html, text/calendar base64] with Windows TZID."""
    tz, tzlab = WIN_TZ[wintz]
    assert start.tzinfo is tz and end.tzinfo is tz
    when = f"When: {long_date(start)} {clock(start)}-{clock(end)} {tzlab}."
    meeting_id = meeting_id or " ".join(str(int(hx(uid, 'mid', n=10), 16))[i:i + 3] for i in (0, 3, 6, 9))
    passcode = hx(uid, "pc", n=6).upper()
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(uid, 'teams', n=40)}%40thread.v2/0"
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<{link}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
             "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
             "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
             "________________________________________________________________________________")
    if method == "CANCEL":
        plain = f"{when}\nWhere: Microsoft Teams Meeting\n\n{body}\n"
    else:
        plain = f"{when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n{teams}\n"
    inner = paras(plain)
    attendees = []
    for p in required:
        attendees.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={p[0]}:mailto:{p[1]}")
    for p in optional:
        attendees.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={p[0]}:mailto:{p[1]}")
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[wintz]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"] + attendees
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{ics_esc(plain)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{ics_esc(('Canceled: ' if method == 'CANCEL' else '') + subject)}",
              f"DTSTART;TZID={wintz}:{ics_local(start)}", f"DTEND;TZID={wintz}:{ics_local(end)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if method == 'CANCEL' else 5}", f"DTSTAMP:{ics_utc(date)}",
              "TRANSP:OPAQUE" if method != "CANCEL" else "TRANSP:TRANSPARENT",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SEQUENCE:{seq}",
              "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 'oa', n=7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              f"X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}", "X-MICROSOFT-CDO-INSTTYPE:0",
              f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(lines)
    key = (case.id, fname)
    part = multi("alternative", [text_part(plain, "plain", "qp"),
                                 text_part(html_doc(inner, "Aptos,Calibri,sans-serif"), "html", "qp"),
                                 cal_part(ics, method, enc="b64")], key, style="outlook")
    pre = "Canceled: " if method == "CANCEL" else ""
    tidx = base64.b64encode(bytes.fromhex(hx(uid, "ti", n=44))).decode()
    k = hx(case.id, fname, "omid", n=30).upper()
    mid = f"<SJ0PR{k[:2]}MB{k[2:6]}{k[6:30]}@SJ0PR{k[:2]}MB{k[2:6]}.namprd{int(k[6:8], 16) % 20:02d}.prod.outlook.com>"
    hdrs = [f"Thread-Topic: {hdr(subject)}", f"Thread-Index: {tidx}", "Accept-Language: en-US",
            "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
            "Content-class: urn:content-classes:calendarmessage",
            "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx(uid, "ser", n=24),
            "x-ms-publictraffictype: Email"] + list(extra)
    return mail(case, fname, frm=organizer, to=to_hdr or required, subject=pre + subject, date=date, part=part,
                mid=mid, irt=irt, refs=refs, extra=hdrs,
                relay="NAM10-BN7-obe.outbound.protection.outlook.com", fmt="Exchange/Teams invitation (.eml)")


# =========================================================================== companies / people
CC_CO, CC_ROLE = "Cascadia Cloud", "Senior Software Engineer, Block Storage"
MEGAN = ("Megan Ortiz", "megan.ortiz@cascadiacloud.example")
EG_CO, EG_ROLE = "Emberlight Games", "Senior Software Engineer, Online Services"
TYLER = ("Tyler Brooks", "tyler.brooks@emberlightgames.example")
TO_CO, TO_ROLE = "Timberline Outfitters", "Software Engineer II, Digital Commerce"
KELSEY = ("Kelsey Marsh", "kelsey.marsh@timberlineoutfitters.example")
BB_CO, BB_ROLE = "Bluebonnet Labs", "Backend Engineer (Platform)"
ROSA = ("Rosa Delgado", "rosa@bluebonnetlabs.example")
LP_CO, LP_ROLE = "Liffey Pay", "Senior Software Engineer, Card Issuing"
AOIFE = ("Aoife Byrne", "aoife.byrne@liffeypay.example")
SIG_MEGAN = ("Megan Ortiz | Technical Recruiter, Infrastructure\n"
             "Cascadia Cloud | 2201 Westlake Ave, Seattle, WA 98121")


# =========================================================================== cases 01-11
def c01():
    c = new_case(1, "cascadia-recruiter-screen-tomorrow-at-2")
    d1 = at(2026, 10, 5, 9, 14, LA, "Monday", "-07:00", 22)
    t1 = ("Hi Sam,\n\nI'm a technical recruiter at Cascadia Cloud and came across your application for our "
          "Senior Software Engineer opening on the Block Storage team. Your work on the replication layer at "
          "Sound Harbor jumped out at me - it's very close to what the team is building right now.\n\n"
          "Would you have 30 minutes for an intro call this week? I have tomorrow at 2 open, or Wednesday "
          "morning anytime between 9 and 11. Let me know what works and the best number to reach you.\n\n"
          f"Best,\nMegan\n\n--\n{SIG_MEGAN}")
    subj = "Cascadia Cloud - Senior Software Engineer, Block Storage"
    m1 = mail(c, "01-megan-intro-call.eml", frm=MEGAN, to=[SAM], subject=subj, date=d1, part=alt(t1, (c.id, 1)))
    d2 = at(2026, 10, 5, 9, 41, LA, "Monday", "-07:00", 5)
    t2 = ("Hi Megan,\n\nThanks for reaching out! The Block Storage team sounds like a great fit. Tomorrow at 2 "
          "works for me. Best number is (206) 555-0148.\n\nThanks,\nSam\n\n" + quote(t1, d1, MEGAN))
    m2 = mail(c, "02-sam-tomorrow-works.eml", frm=SAM, to=[MEGAN], subject="Re: " + subj, date=d2,
              part=text_part(t2, "plain", "7bit"), irt=m1, refs=[m1])
    d3 = at(2026, 10, 5, 10, 3, LA, "Monday", "-07:00", 47)
    t3 = ("Perfect \u2014 you're on my calendar for tomorrow at 2:00 PT. I'll call you at (206) 555-0148, "
          "plan on about 30 minutes.\n\nWe'll cover your background and what you're looking for next, and I'll "
          "give you an overview of the team and how our interview process works. Nothing to prepare.\n\n"
          f"Talk then!\nMegan\n\n--\n{SIG_MEGAN}\n\n" + quote(t2, d2, SAM))
    mail(c, "03-megan-confirmed.eml", frm=MEGAN, to=[SAM], subject="Re: " + subj, date=d3,
         part=alt(t3, (c.id, 3)), irt=m2, refs=[m1, m2])
    s = at(2026, 10, 6, 14, 0, LA, "Tuesday", "-07:00")
    label(c, [iv(CC_CO, CC_ROLE, s, s + timedelta(minutes=30), [MEGAN[1]], [MEGAN[1]], "phone_screen")],
          "medium", "positive/relative-date-body-only",
          "Recruiter offers 'tomorrow at 2' on Mon Oct 5 (-0700); Sam accepts; confirmation repeats 'tomorrow at "
          "2:00 PT' and '30 minutes'. Time only in bodies, resolved against the Date header. Recruiter does the screen.")
    tznote(c, "\"tomorrow at 2\" in mails dated Mon Oct 5 2026 -0700 -> Tue Oct 6 14:00 PDT (-07:00).")


def c02():
    c = new_case(2, "timberline-olivia-phone-screen")
    olivia = ("Olivia | Timberline Outfitters", "olivia@paradox.ai")
    d1 = at(2026, 10, 6, 10, 48, LA, "Tuesday", "-07:00", 9)
    slots = [at(2026, 10, 8, 9, 0, LA, "Thursday", "-07:00"), at(2026, 10, 8, 11, 30, LA, "Thursday", "-07:00"),
             at(2026, 10, 9, 13, 0, LA, "Friday", "-07:00")]
    btns = "".join(f'<a href="https://olivia.paradox.ai/r/{hx(c.id, i, n=10)}" style="display:block;margin:6px 0;'
                   f'padding:10px;border:1px solid #2f5d3a;border-radius:6px;color:#2f5d3a;text-decoration:none">'
                   f'{t:%a}, {t:%b} {t.day} - {clock(t)} PT</a>' for i, t in enumerate(slots))
    h1 = ("<p>Hi Sam! \U0001F332</p><p>I'm Olivia, the virtual recruiting assistant for Timberline Outfitters. "
          "Thanks for applying to <b>Software Engineer II, Digital Commerce</b>!</p>"
          "<p>Kelsey from our Talent team would like to set up a <b>30-minute phone interview</b> with you. "
          "Tap a time below that fits your schedule:</p>" + btns +
          f'<p><a href="https://olivia.paradox.ai/r/{hx(c.id, "more", n=10)}">See more times</a></p>'
          "<p>Talk soon,<br>Olivia<br>Timberline Outfitters Recruiting Assistant</p>"
          '<p style="font-size:11px;color:#888">Powered by Paradox. Reply STOP to opt out of text messages.</p>')
    m1 = mail(c, "01-olivia-pick-a-time.eml", frm=olivia, to=[SAM], date=d1,
              subject="Schedule your phone interview with Timberline Outfitters",
              part=text_part(html_doc(h1), "html", "b64"), relay="mail-a12.paradox.ai")
    d2 = at(2026, 10, 6, 16, 22, LA, "Tuesday", "-07:00", 40)
    s = slots[1]
    e = s + timedelta(minutes=30)
    h2 = ("<p>Hi Sam, you're all set! \u2705</p><p>Here are the details for your interview:</p>"
          '<table cellpadding="4" style="border-collapse:collapse">'
          f"<tr><td><b>Position</b></td><td>{TO_ROLE}</td></tr>"
          "<tr><td><b>Interview type</b></td><td>Phone interview (30 min)</td></tr>"
          f"<tr><td><b>Date</b></td><td>{long_date(s)}</td></tr>"
          f"<tr><td><b>Time</b></td><td>{clock(s)} PDT</td></tr>"
          "<tr><td><b>Interviewer</b></td><td>Kelsey Marsh, Senior Talent Acquisition Partner</td></tr>"
          "<tr><td><b>How</b></td><td>Kelsey will call you at (206) 555-0148</td></tr></table>"
          "<p>Need to reschedule? Just reply to this email or text me at (503) 555-0190 and I'll find you a new "
          f"time. Questions for Kelsey? You can reach her at {KELSEY[1]}.</p>"
          "<p>Good luck! \U0001F44B<br>Olivia</p>")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paradox//Olivia Scheduling//EN", "METHOD:REQUEST"]
    lines += VTZ["America/Los_Angeles"]
    lines += ["BEGIN:VEVENT", f"UID:{hx(c.id, 'uid', n=32)}@paradox.ai", f"DTSTAMP:{ics_utc(d2)}",
              f"DTSTART;TZID=America/Los_Angeles:{ics_local(s)}", f"DTEND;TZID=America/Los_Angeles:{ics_local(e)}",
              "SUMMARY:Phone Interview - Timberline Outfitters",
              f"DESCRIPTION:{ics_esc('Phone interview for ' + TO_ROLE + '. Kelsey Marsh will call you at (206) 555-0148.')}",
              "LOCATION:Phone call", "ORGANIZER;CN=Olivia:mailto:olivia@paradox.ai",
              f"ATTENDEE;CN=Sam Nakamura;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
              f"ATTENDEE;CN=Kelsey Marsh;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{KELSEY[1]}",
              "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    part = multi("mixed", [text_part(html_doc(h2), "html", "b64"),
                           cal_part(ics_join(lines), "REQUEST", name="interview.ics", attach=True, enc="b64")],
                 (c.id, 2), style="part")
    mail(c, "02-olivia-confirmed.eml", frm=olivia, to=[SAM], date=d2, irt=m1, refs=[m1],
         subject="You're confirmed! Phone interview with Timberline Outfitters", part=part,
         relay="mail-a12.paradox.ai", fmt="ATS e-mail with .ics attachment")
    label(c, [iv(TO_CO, TO_ROLE, s, e, [KELSEY[1]], [KELSEY[1]], "phone_screen")], "medium",
          "positive/scheduling-bot",
          "Paradox 'Olivia' first offers three slot buttons (unbooked), then confirms Thu Oct 8 11:30 AM PDT with "
          "an .ics; the recruiter named in the text conducts the call. Bot address is not a follow-up recipient.")


def c03():
    c = new_case(3, "bluebonnet-screen-central-time-thread")
    d1 = at(2026, 10, 7, 11, 5, CHI, "Wednesday", "-05:00", 31)
    t1 = ("Hey Sam,\n\nRosa here - I lead talent at Bluebonnet Labs. We're a 14-person seed-stage team in Austin "
          "building data pipelines for regional utilities, and your Go + Kafka background is exactly what we're "
          "looking for in our Backend Engineer (Platform) role.\n\nWould love to grab 30 min to tell you more and hear what you're "
          "looking for. I could do Tue 10/13 at 10am or 2pm CT, or Wed 10/14 anytime between 11 and 3 CT. "
          "Heads up that we're on Central, so two hours ahead of you.\n\nCheers,\nRosa\n\n"
          "Rosa Delgado\nHead of Talent, Bluebonnet Labs\nbluebonnetlabs.example")
    subj = "Bluebonnet Labs <> Sam"
    m1 = mail(c, "01-rosa-times.eml", frm=ROSA, to=[SAM], subject=subj, date=d1, part=alt(t1, (c.id, 1)))
    d2 = at(2026, 10, 7, 12, 30, LA, "Wednesday", "-07:00", 12)
    t2 = ("Hi Rosa,\n\nThanks for getting in touch - would love to learn more. Wednesday at 1 CT (11 my time) "
          "would be perfect.\n\nSam\n\n" + quote(t1, d1, ROSA))
    m2 = mail(c, "02-sam-wednesday-1ct.eml", frm=SAM, to=[ROSA], subject="Re: " + subj, date=d2,
              part=text_part(t2, "plain", "7bit"), irt=m1, refs=[m1])
    d3 = at(2026, 10, 8, 8, 47, CHI, "Thursday", "-05:00", 3)
    t3 = ("Done! Locked in for Wed 10/14, 1:00-1:30pm CT. I'll drop a Zoom link in here the morning of.\n\n"
          "Talk soon,\nRosa\n\n" + quote(t2, d2, SAM))
    m3 = mail(c, "03-rosa-locked-in.eml", frm=ROSA, to=[SAM], subject="Re: " + subj, date=d3,
              part=alt(t3, (c.id, 3), enc_plain="7bit"), irt=m2, refs=[m1, m2])
    d4 = at(2026, 10, 14, 8, 2, CHI, "Wednesday", "-05:00", 55)
    t4 = ("Morning! Here's the Zoom for today at 1 CT:\nhttps://bluebonnetlabs.zoom.us/j/83150274419?pwd="
          f"{hx(c.id, 'pwd', n=22)}\n\nMeeting ID: 831 5027 4419\n\nSee you then,\nRosa")
    mail(c, "04-rosa-zoom-today.eml", frm=ROSA, to=[SAM], subject="Re: " + subj, date=d4,
         part=alt(t4, (c.id, 4)), irt=m3, refs=[m1, m2, m3])
    s = at(2026, 10, 14, 13, 0, CHI, "Wednesday", "-05:00")
    label(c, [iv(BB_CO, BB_ROLE, s, s + timedelta(minutes=30), [ROSA[1]], [ROSA[1]], "phone_screen")],
          "medium", "positive/thread-propose-confirm",
          "Head of Talent proposes several Central-time windows, Sam picks 'Wednesday at 1 CT (11 my time)', Rosa "
          "confirms 1:00-1:30pm CT a day later and sends the Zoom 'for today' on the morning of Oct 14.")
    tznote(c, "proposals in CT (America/Chicago, CDT -05:00); confirmed Wed Oct 14 13:00 CDT = 11:00 PDT.")


def c04():
    c = new_case(4, "emberlight-recruiter-screen-zoom-ics")
    s = at(2026, 10, 12, 15, 0, LA, "Monday", "-07:00")
    e = s + timedelta(minutes=30)
    stamp = at(2026, 10, 9, 16, 44, LA, "Friday", "-07:00", 18)
    desc = ("Tyler Brooks is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Emberlight Games - Recruiter Phone Screen (Sam Nakamura)\n"
            "Role: Senior Software Engineer, Online Services\n\n"
            "Join Zoom Meeting\nhttps://emberlightgames.zoom.us/j/92046618830?pwd=" + hx(c.id, "pwd", n=24) +
            "\n\nMeeting ID: 920 4661 8830\nPasscode: 571903\n\nOne tap mobile\n+12532158782,,92046618830# US (Tacoma)\n\n"
            "Hi Sam - looking forward to chatting! We'll spend about 30 minutes on your background, what you're "
            "looking for, and the Online Services team. If video isn't convenient, feel free to dial in. - Tyler")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["America/Los_Angeles"] + [
             "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(stamp)}",
             f"DTSTART;TZID=America/Los_Angeles:{ics_local(s)}", f"DTEND;TZID=America/Los_Angeles:{ics_local(e)}",
             "SUMMARY:Emberlight Games - Recruiter Phone Screen (Sam Nakamura)",
             f"UID:ZOOM92046618830{hx(c.id, 'z', n=8).upper()}@zoom.us", "TZID:America/Los_Angeles",
             f"DESCRIPTION:{ics_esc(desc)}", "LOCATION:https://emberlightgames.zoom.us/j/92046618830",
             f"ORGANIZER;CN=Tyler Brooks:mailto:{TYLER[1]}",
             f"ATTENDEE;CN=Sam Nakamura;RSVP=TRUE:mailto:{OWNER}",
             "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    write_ics(c, "01-emberlight-recruiter-screen.ics", ics_join(lines))
    label(c, [iv(EG_CO, EG_ROLE, s, e, [TYLER[1]], [TYLER[1]], "phone_screen")], "easy", "positive/standalone-ics",
          "Standalone Zoom-generated .ics (METHOD:PUBLISH, TZID America/Los_Angeles) for a 30-minute recruiter screen; "
          "the organizer is the recruiter who runs the call.")


def c05():
    c = new_case(5, "cascadia-karat-technical-round")
    d1 = at(2026, 10, 8, 15, 40, LA, "Thursday", "-07:00", 2)
    t1 = ("Hi Sam,\n\nGreat chatting on Tuesday! I shared my notes with the hiring team and they'd like to move "
          "you forward to the technical interview.\n\nFor this step we partner with Karat. It's a 60-minute live "
          "coding interview over video with one of their Interview Engineers - a real person, not a recorded "
          "screen. Expect a couple of short design questions up front and then one or two coding problems in the "
          "language of your choice.\n\nYou'll get an email from Karat in the next day or so with a link to pick a "
          "time. Try to book it within the next week if you can.\n\nIf anything comes up, just reply here.\n\n"
          f"Megan\n\n--\n{SIG_MEGAN}")
    m1 = mail(c, "01-megan-next-step-karat.eml", frm=MEGAN, to=[SAM], date=d1,
              subject="Next step: technical interview with Karat", part=alt(t1, (c.id, 1)))
    karat = ("Karat", "scheduling@karat.com")
    d2 = at(2026, 10, 9, 8, 12, LA, "Friday", "-07:00", 51)
    s = at(2026, 10, 15, 10, 0, LA, "Thursday", "-07:00")
    e = s + timedelta(hours=1)
    join = f"https://app.karat.com/candidate/interview/{hx(c.id, 'kjoin', n=20)}"
    t2 = (f"Hi Sam,\n\nYour technical interview for the {CC_ROLE} role at Cascadia Cloud is confirmed.\n\n"
          f"Date: {long_date(s)}\nTime: {clock(s)} - {clock(e)} Pacific Daylight Time\n"
          "Format: Live video interview with a Karat Interview Engineer (60 minutes)\n\n"
          f"Join here at your scheduled time: {join}\n\n"
          "Before your interview:\n- Run the system check (camera, microphone, browser) from the link above.\n"
          "- Have a government-issued photo ID handy.\n- Review the practice question in your candidate portal.\n\n"
          "Need to change your time? You can reschedule from the candidate portal up to 24 hours before your "
          "interview.\n\nQuestions about the role or the process at Cascadia Cloud? Contact your recruiter, "
          f"Megan Ortiz, at {MEGAN[1]}.\n\nGood luck!\nThe Karat Team")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Karat//Interview Scheduling//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:karat-{hx(c.id, 'uid', n=24)}@karat.com", f"DTSTAMP:{ics_utc(d2)}",
             f"DTSTART:{ics_utc(s)}", f"DTEND:{ics_utc(e)}",
             "SUMMARY:Karat Technical Interview - Cascadia Cloud",
             f"DESCRIPTION:{ics_esc('Live technical interview with a Karat Interview Engineer. Join: ' + join)}",
             f"LOCATION:{join}", "ORGANIZER;CN=Karat:mailto:scheduling@karat.com",
             f"ATTENDEE;CN=Sam Nakamura;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
             "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    part = multi("mixed", [alt(t2, (c.id, 2, "a"), enc_plain="qp", enc_html="b64", style="part"),
                           cal_part(ics_join(lines), "REQUEST", name="karat-interview.ics", attach=True)],
                 (c.id, 2), style="part")
    mail(c, "02-karat-confirmation.eml", frm=karat, to=[SAM], date=d2, part=part,
         subject="Your Karat interview with Cascadia Cloud is confirmed for Thu, Oct 15",
         relay="o1.email.karat.com", fmt="ATS e-mail with .ics attachment")
    label(c, [iv(CC_CO, CC_ROLE, s, e, [], [MEGAN[1]], "technical")], "medium", "positive/vendor-live-interview",
          "Karat round is a live interview with a Karat Interview Engineer (no address given); confirmation + .ics "
          "(UTC times) from scheduling@karat.com. Follow-up goes to the Cascadia recruiter named in the text.")


def c06():
    c = new_case(6, "timberline-hirevue-on-demand")
    d = at(2026, 10, 9, 10, 5, LA, "Friday", "-07:00", 37)
    due = at(2026, 10, 14, 23, 59, LA, "Wednesday", "-07:00")
    link = f"https://app.hirevue.com/candidate/{hx(c.id, 'hv', n=24)}"
    t = ("Hi Sam,\n\nThank you for speaking with Kelsey! As the next step for the Software Engineer II, Digital "
         "Commerce position, Timberline Outfitters invites you to complete an on-demand video interview "
         "through HireVue.\n\nWhat to expect:\n- 5 questions, recorded on your own time - there is no live "
         "interviewer\n- Up to 3 minutes per answer, with one practice question first\n- About 25 minutes total; "
         "use a laptop or phone with a camera\n\n"
         f"Please complete your interview by {due:%A}, {due:%B} {due.day} at 11:59 PM PT.\n\n"
         f"Start your interview: {link}\n\nHaving technical trouble? Visit https://www.hirevue.com/candidates "
         "or reply to this message.\n\nBest of luck,\nTimberline Outfitters Talent Acquisition")
    mail(c, "01-hirevue-invitation.eml", frm=("Timberline Outfitters", "noreply@hirevue.com"), to=[SAM], date=d,
         subject="Timberline Outfitters: complete your HireVue interview for Software Engineer II",
         part=alt(t, (c.id, 1), enc_html="b64", style="part"), relay="mta-12.hirevue.com")
    label(c, [], "medium", "negative/one-way-video",
          "HireVue on-demand (one-way recorded) interview with a completion deadline; no live conversation.")


def c07():
    c = new_case(7, "emberlight-calendly-hiring-manager")
    jordan = ("Jordan Reyes", "jordan.reyes@emberlightgames.example")
    d1 = at(2026, 10, 13, 9, 20, LA, "Tuesday", "-07:00", 44)
    t1 = ("Hi Sam,\n\nThanks again for the great conversation yesterday! Next up is a 30-minute chat with Jordan "
          "Reyes, the engineering manager for Online Services (matchmaking, player identity, leaderboards). "
          "It's pretty informal - Jordan wants to hear about projects you're proud of and share where the team "
          "is headed.\n\nJordan keeps his calendar on Calendly, so grab whatever slot works for you:\n"
          "https://calendly.com/jordan-reyes-emberlight/hm-chat\n\nTyler\n\n"
          "Tyler Brooks | Senior Technical Recruiter | Emberlight Games\nBellevue, WA")
    m1 = mail(c, "01-tyler-book-with-jordan.eml", frm=TYLER, to=[SAM], date=d1,
              subject="Emberlight Games: next step with Jordan", part=alt(t1, (c.id, 1)))
    d2 = at(2026, 10, 13, 11, 2, LA, "Tuesday", "-07:00", 8)
    s = at(2026, 10, 16, 9, 30, LA, "Friday", "-07:00")
    e = s + timedelta(minutes=30)
    zoom = "https://emberlightgames.zoom.us/j/95512870036"
    t2 = ("Hi Sam Nakamura,\n\nA new event has been scheduled.\n\n"
          "Event Type:\nHiring Manager Chat \u2013 Online Services\n\nInvitee:\nSam Nakamura\n\n"
          f"Event Date/Time:\n09:30am - 10:00am (Pacific Time - US & Canada) on {s:%A}, {s:%B} {s.day}, {s.year}\n\n"
          f"Location:\nThis is a Zoom web conference.\n{zoom}\n\n"
          "Questions:\nAnything you'd like Jordan to know ahead of time?\n"
          "Happy to walk through the cross-region replication project.\n\n"
          f"Cancel: https://calendly.com/cancellations/{hx(c.id, 'cx', n=8)}-{hx(c.id, 'cx2', n=4)}\n"
          f"Reschedule: https://calendly.com/reschedulings/{hx(c.id, 'cx', n=8)}-{hx(c.id, 'cx2', n=4)}\n\n"
          "Powered by Calendly.com")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{hx(c.id, 'u1', n=8)}-{hx(c.id, 'u2', n=4)}-{hx(c.id, 'u3', n=4)}-{hx(c.id, 'u4', n=12)}",
             f"DTSTAMP:{ics_utc(d2)}", f"DTSTART:{ics_utc(s)}", f"DTEND:{ics_utc(e)}",
             "SUMMARY:Sam Nakamura and Jordan Reyes",
             f"DESCRIPTION:{ics_esc('Event Name: Hiring Manager Chat - Online Services. Location: ' + zoom)}",
             f"LOCATION:{zoom}", f"ORGANIZER;CN=Jordan Reyes:mailto:{jordan[1]}",
             f"ATTENDEE;CN=Sam Nakamura;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
             "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    part = multi("mixed", [alt(t2, (c.id, 2, "a"), style="part"),
                           cal_part(ics_join(lines), "REQUEST", name="invite.ics", attach=True, enc="b64")],
                 (c.id, 2), style="part")
    mail(c, "02-calendly-confirmed.eml", frm=("Calendly", "notifications@calendly.com"), to=[SAM], date=d2,
         reply_to=jordan, part=part,
         subject=f"Confirmed: Hiring Manager Chat \u2013 Online Services with Jordan Reyes on {long_date(s)}",
         relay="o3.email.calendly.com", fmt="ATS e-mail with .ics attachment")
    label(c, [iv(EG_CO, EG_ROLE, s, e, [jordan[1]], [jordan[1]], "hiring_manager")], "easy",
          "positive/calendly",
          "Recruiter sends the HM's Calendly link (unbooked), then Calendly confirms Fri Oct 16 9:30-10:00 PT; "
          "host address is in Reply-To and the .ics ORGANIZER.")


def c08():
    c = new_case(8, "liffey-intro-call-irish-time-teams")
    d1 = at(2026, 10, 13, 16, 10, DUB, "Tuesday", "+01:00", 26)
    t1 = ("Hi Sam,\n\nThanks for applying for the Senior Software Engineer role on our Card Issuing team. The "
          "role is remote-friendly for US West, and I'd love to set up an initial 30 minute call to tell you a "
          "bit more.\n\nHow would Monday the 19th at 5pm IST suit? By my maths that's 9am for you in Seattle. If "
          "that's too early I have a few slots later in the week as well.\n\nKind regards,\nAoife\n\n"
          "Aoife Byrne\nTalent Partner | Liffey Pay\nGrand Canal Dock, Dublin 2")
    subj = "Liffey Pay - Senior Software Engineer, Card Issuing"
    m1 = mail(c, "01-aoife-intro.eml", frm=AOIFE, to=[SAM], subject=subj, date=d1,
              part=alt(t1, (c.id, 1), style="outlook", font="Aptos,Calibri,sans-serif"),
              relay="EUR05-AM6-obe.outbound.protection.outlook.com")
    d2 = at(2026, 10, 13, 9, 2, LA, "Tuesday", "-07:00", 14)
    t2 = ("Hi Aoife,\n\nThanks for reaching out. Monday at 5pm your time / 9am mine works well.\n\nBest,\nSam\n\n"
          + quote(t1, d1, AOIFE))
    m2 = mail(c, "02-sam-monday-works.eml", frm=SAM, to=[AOIFE], subject="Re: " + subj, date=d2,
              part=text_part(t2, "plain", "7bit"), irt=m1, refs=[m1])
    d3 = at(2026, 10, 13, 17, 30, DUB, "Tuesday", "+01:00", 1)
    s = at(2026, 10, 19, 17, 0, DUB, "Monday", "+01:00")
    e = s + timedelta(minutes=30)
    assert s.astimezone(LA).hour == 9
    body = ("Hi Sam,\n\nLooking forward to our chat on Monday. I'll give you an overview of Liffey Pay and the "
            "Card Issuing team and hear a bit more about what you're looking for. 30 minutes, nothing to prepare.\n\n"
            "Aoife")
    teams_invite(c, "03-teams-invite-intro-call.eml", organizer=AOIFE, required=[SAM], date=d3,
                 subject="Liffey Pay | Intro call - Sam Nakamura (Senior Software Engineer, Card Issuing)",
                 start=s, end=e, wintz="GMT Standard Time", body=body, seq=0, irt=m2, refs=[m1, m2],
                 uid="040000008200E00074C5B7101A82E00800000000" + hx(c.id, "uid", n=72).upper())
    label(c, [iv(LP_CO, LP_ROLE, s, e, [AOIFE[1]], [AOIFE[1]], "phone_screen")], "hard",
          "positive/exchange-teams-timezone",
          "'5pm IST' is Irish Standard Time (+01:00, not India). Teams invite uses TZID 'GMT Standard Time' and the "
          "display label '(UTC+00:00) Dublin...' although Oct 19 is still summer time: 17:00+01:00 = 09:00 PDT.")
    tznote(c, "\"5pm IST\" = Irish Standard Time; Outlook label \"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\" "
              "with TZID \"GMT Standard Time\"; Mon Oct 19 is before Ireland's Oct 25 change -> 17:00+01:00 = 09:00 PDT.")


def c09():
    c = new_case(9, "bluebonnet-codesignal-assessment")
    d = at(2026, 10, 15, 10, 30, CHI, "Thursday", "-05:00", 16)
    due = at(2026, 10, 22, 23, 59, CHI, "Thursday", "-05:00")
    h = ('<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
         '<img src="https://codesignal.com/assets/logo.png" alt="CodeSignal" height="28">'
         "<h2>Bluebonnet Labs has invited you to take an assessment</h2>"
         "<p>Hi Sam,</p><p>As part of your application for <b>Backend Engineer (Platform)</b>, Bluebonnet Labs "
         "would like you to complete the <b>General Coding Assessment</b> on CodeSignal.</p>"
         "<ul><li>Duration: 70 minutes, 4 questions</li><li>Proctoring: camera and screen recording required</li>"
         f"<li>Complete by: {due:%A}, {due:%B} {due.day}, {due.year} at 11:59 PM CDT</li></ul>"
         "<p>Once you start, the timer can't be paused, so pick a quiet time when you can focus. You can take it "
         "whenever you like before the deadline - there's no interviewer on the other end.</p>"
         f'<p><a href="https://app.codesignal.com/test/{hx(c.id, "cs", n=18)}" style="background:#1062fb;color:#fff;'
         'padding:10px 18px;border-radius:4px;text-decoration:none">Start assessment</a></p>'
         '<p style="color:#888;font-size:12px">Questions about the role? Contact Rosa Delgado at '
         f"{ROSA[1]}. Technical issues: support@codesignal.com</p></td></tr></table>")
    mail(c, "01-codesignal-invite.eml", frm=("CodeSignal", "no-reply@codesignal.com"), to=[SAM], date=d,
         reply_to=ROSA, subject="Bluebonnet Labs has invited you to take a CodeSignal assessment",
         part=text_part(html_doc(h), "html", "qp"), relay="o7.mail.codesignal.com")
    label(c, [], "easy", "negative/online-assessment",
          "CodeSignal General Coding Assessment with a deadline; self-paced, no interviewer.")


def c10():
    c = new_case(10, "emberlight-system-design-pushed-to-friday")
    hannah = ("Hannah Lee", "hannah.lee@emberlightgames.example")
    marcus = ("Marcus Chen", "marcus.chen@emberlightgames.example")
    priya = ("Priya Raman", "priya.raman@emberlightgames.example")
    uid = f"{hx(c.id, 'guid', n=26)}@google.com"
    meet = "wcx-pmqa-tdr"
    summary = "System Design Interview - Sam Nakamura (Senior Software Engineer, Online Services)"
    desc = ("Hi Sam, this is your 60-minute system design interview with Marcus Chen (Principal Engineer) and "
            "Priya Raman (Senior Software Engineer). Expect to design a backend service end to end - think "
            "matchmaking or leaderboards at scale. We'll use Excalidraw; the link will be shared in the Meet chat.\n"
            "Questions? Reply to this invite or email me. - Hannah, Recruiting Coordinator")
    d1 = at(2026, 10, 14, 14, 5, LA, "Wednesday", "-07:00", 33)
    s0 = at(2026, 10, 22, 10, 0, LA, "Thursday", "-07:00")
    m1 = google_invite(c, "01-invitation-system-design.eml", organizer=hannah, guests=[marcus, priya, SAM],
                       summary=summary, start=s0, end=s0 + timedelta(hours=1), description=desc, date=d1,
                       uid=uid, seq=0, meet=meet)
    d2 = at(2026, 10, 15, 8, 12, LA, "Thursday", "-07:00", 40)
    t2 = ("Hi Hannah,\n\nThanks for setting this up! Something came up at work on Thursday the 22nd that I can't "
          "move. Can we push to Friday? I'm flexible all day on the 23rd.\n\nSorry for the shuffle,\nSam")
    m2 = mail(c, "02-sam-push-to-friday.eml", frm=SAM, to=[hannah], date=d2,
              subject="Re: System Design Interview - Sam Nakamura", part=text_part(t2, "plain", "7bit"),
              irt=m1, refs=[m1])
    d3 = at(2026, 10, 15, 10, 47, LA, "Thursday", "-07:00", 5)
    t3 = ("Hi Sam,\n\nNo problem at all! Marcus is out Friday morning, so I moved you to Friday 10/23 from "
          "1-2 PM PT with the same interviewers. You should see an updated invite shortly.\n\n"
          "Hannah\n\nHannah Lee | Recruiting Coordinator | Emberlight Games\n\n" + quote(t2, d2, SAM))
    m3 = mail(c, "03-hannah-moved.eml", frm=hannah, to=[SAM], date=d3,
              subject="Re: System Design Interview - Sam Nakamura", part=alt(t3, (c.id, 3)), irt=m2, refs=[m1, m2])
    d4 = at(2026, 10, 15, 10, 52, LA, "Thursday", "-07:00", 29)
    s = at(2026, 10, 23, 13, 0, LA, "Friday", "-07:00")
    e = s + timedelta(hours=1)
    google_invite(c, "04-updated-invitation.eml", organizer=hannah, guests=[marcus, priya, SAM], summary=summary,
                  start=s, end=e, description=desc, date=d4, uid=uid, seq=1, updated=True, meet=meet, created=d1)
    label(c, [iv(EG_CO, EG_ROLE, s, e, [marcus[1], priya[1]], [marcus[1], priya[1]], "technical")], "medium",
          "positive/reschedule",
          "Google invite for Thu Oct 22 10am; Sam asks 'Can we push to Friday?'; coordinator moves it to Fri Oct 23 "
          "1-2 PM PT and an Updated invitation (same UID, SEQUENCE:1) follows. One interview at the final time.")


def c11():
    c = new_case(11, "timberline-hiring-manager-cancelled")
    greg = ("Greg Olsen", "greg.olsen@timberlineoutfitters.example")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(c.id, "uid", n=72).upper()
    subject = "Interview: Sam Nakamura - Software Engineer II, Digital Commerce (Hiring Manager)"
    s = at(2026, 10, 29, 14, 0, LA, "Thursday", "-07:00")
    e = s + timedelta(hours=1)
    d1 = at(2026, 10, 16, 13, 15, LA, "Friday", "-07:00", 49)
    body = ("Hi Sam,\n\nCongrats on moving forward! This is a 60-minute video interview with Greg Olsen, "
            "Engineering Manager for Digital Commerce. Greg will dig into a project you led end to end and how you "
            "approach trade-offs on a small team shipping to a busy storefront (Black Friday is our Super Bowl).\n\n"
            "Let me know if the time doesn't work.\n\nKelsey Marsh\nSenior Talent Acquisition Partner | Timberline "
            "Outfitters | Portland, OR")
    m1 = teams_invite(c, "01-teams-invite-hiring-manager.eml", organizer=KELSEY, required=[SAM, greg], date=d1,
                      subject=subject, start=s, end=e, wintz="Pacific Standard Time", body=body, seq=0, uid=uid)
    d2 = at(2026, 10, 26, 11, 40, LA, "Monday", "-07:00", 21)
    t2 = ("Hi Sam,\n\nI'm really sorry to be sending this. This morning we learned that the Software Engineer II "
          "req on Digital Commerce has been put on hold through the end of the year, so we need to cancel your "
          "interview with Greg on Thursday. You'll see the cancellation come through on your calendar.\n\n"
          "This has nothing to do with you - the team was excited to meet you. I'll keep your profile active and "
          "reach out the moment the role reopens.\n\nKelsey")
    m2 = mail(c, "02-kelsey-role-on-hold.eml", frm=KELSEY, to=[SAM], cc=[greg], date=d2,
              subject="Your interview on Thursday", part=alt(t2, (c.id, 2), style="outlook",
                                                               font="Aptos,Calibri,sans-serif"),
              relay="NAM10-BN7-obe.outbound.protection.outlook.com")
    d3 = at(2026, 10, 26, 11, 42, LA, "Monday", "-07:00", 3)
    teams_invite(c, "03-canceled-hiring-manager.eml", organizer=KELSEY, required=[SAM, greg], date=d3,
                 subject=subject, start=s, end=e, wintz="Pacific Standard Time", method="CANCEL", seq=1, uid=uid,
                 body="The position has been put on hold, so we're cancelling this interview for now. Sorry for "
                      "the inconvenience. - Kelsey")
    label(c, [iv(TO_CO, TO_ROLE, s, e, [greg[1]], [greg[1]], "hiring_manager", status="cancelled")], "hard",
          "positive/cancellation",
          "Teams invite (TZID 'Pacific Standard Time', label '(UTC-08:00)') for Thu Oct 29 2-3 PM, which is still "
          "PDT (-07:00); later the req is put on hold and a METHOD:CANCEL follows. Cancelled at its last time.")
    tznote(c, "Outlook label \"(UTC-08:00) Pacific Time (US & Canada)\" / TZID \"Pacific Standard Time\" for Thu "
              "Oct 29, which is still PDT -> 14:00-07:00 (not -08:00).")


# =========================================================================== cases 12-22
def c12():
    c = new_case(12, "seattle-tech-career-fair-tickets")
    d = at(2026, 10, 16, 20, 11, LA, "Friday", "-07:00", 58)
    s = at(2026, 10, 22, 16, 0, LA, "Thursday", "-07:00")
    e = at(2026, 10, 22, 20, 0, LA, "Thursday", "-07:00")
    order = str(int(hx(c.id, "order", n=10), 16))[:10]
    t = ("You're going to Seattle Tech Career Fair - Fall 2026!\n\n"
         f"Order #{order} - 1 x General Admission (Job Seeker) - Free\n\n"
         f"{long_date(s)} from 4:00 PM to 8:00 PM PDT\nFisher Pavilion, Seattle Center\n"
         "305 Harrison St, Seattle, WA 98109\n\n"
         "Meet hiring teams from 60+ Seattle and Eastside companies - cloud, gaming, retail tech and startups. "
         "Many employers run on-the-spot interviews, so bring a few printed copies of your resume and be ready "
         "for a quick chat at the booth. Free headshots from 4-6 PM.\n\n"
         "Your mobile ticket is in the Eventbrite app. Add this event to your calendar with the attached file.\n\n"
         "Organized by Puget Sound Tech Careers. Questions? Contact the organizer from the event page.")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventbrite//Eventbrite Calendar//EN", "METHOD:PUBLISH",
             "BEGIN:VEVENT", f"UID:eventbrite-{order}@eventbrite.com", f"DTSTAMP:{ics_utc(d)}",
             f"DTSTART:{ics_utc(s)}", f"DTEND:{ics_utc(e)}", "SUMMARY:Seattle Tech Career Fair - Fall 2026",
             "LOCATION:Fisher Pavilion\\, Seattle Center\\, 305 Harrison St\\, Seattle\\, WA 98109",
             "DESCRIPTION:Meet hiring teams from 60+ companies. On-the-spot interviews at many booths.",
             f"ATTENDEE;CN=Sam Nakamura;PARTSTAT=ACCEPTED:mailto:{OWNER}", "END:VEVENT", "END:VCALENDAR"]
    part = multi("mixed", [alt(t, (c.id, 1, "a"), style="part"),
                           cal_part(ics_join(lines), "PUBLISH", name="event.ics", attach=True, enc="b64")],
                 (c.id, 1), style="part")
    mail(c, "01-eventbrite-tickets.eml", frm=("Eventbrite", "noreply@order.eventbrite.com"), to=[SAM], date=d,
         subject="Your tickets for Seattle Tech Career Fair \u2013 Fall 2026", part=part,
         relay="o1.order.eventbrite.com")
    label(c, [], "medium", "negative/career-fair",
          "Eventbrite ticket + .ics for a career fair that mentions 'on-the-spot interviews'; no scheduled interview.")


def c13():
    c = new_case(13, "current-job-1on1-with-manager")
    dana = ("Dana Whitfield", "dana.whitfield@soundharbor.example")
    d = at(2026, 10, 19, 9, 30, LA, "Monday", "-07:00", 12)
    s = at(2026, 10, 21, 15, 0, LA, "Wednesday", "-07:00")
    desc = ("Moving our weekly to Wednesday since I'm at the offsite Tuesday.\n"
            "Agenda: Q4 storage roadmap, on-call handoff for the replication service, and let's spend the second "
            "half on your promo packet feedback from calibration.")
    google_invite(c, "01-invitation-1on1.eml", organizer=dana, guests=[("Sam Nakamura", SAM_WORK)],
                  summary="Sam / Dana 1:1", start=s, end=s + timedelta(minutes=30), description=desc, date=d,
                  uid=f"{hx(c.id, 'guid', n=26)}_R20261021T220000@google.com", meet="hfu-zkne-qbw",
                  to_addr=SAM_WORK,
                  extra_headers=[f"X-Forwarded-To: {OWNER}", f"X-Forwarded-For: {SAM_WORK} {OWNER}"])
    label(c, [], "easy", "negative/internal-1on1",
          "Weekly 1:1 with the manager at Sam's current employer (forwarded from the work address); mentions promo "
          "feedback but is not part of any hiring process.")


def c14():
    c = new_case(14, "bluebonnet-ashby-two-interviews")
    nate = ("Nate Foster", "nate@bluebonnetlabs.example")
    lena = ("Lena Park", "lena@bluebonnetlabs.example")
    d = at(2026, 10, 20, 9, 30, CHI, "Tuesday", "-05:00", 6)
    s1 = at(2026, 10, 27, 13, 0, CHI, "Tuesday", "-05:00")
    e1 = s1 + timedelta(minutes=90)
    s2 = at(2026, 10, 29, 15, 30, CHI, "Thursday", "-05:00")
    e2 = s2 + timedelta(minutes=45)
    assert (s1.astimezone(LA).hour, s2.astimezone(LA).hour, s2.astimezone(LA).minute) == (11, 13, 30)
    meet = "https://meet.google.com/ruo-xbkd-vna"
    zoom = "https://bluebonnetlabs.zoom.us/j/84407219365"
    t = ("Hi Sam,\n\nThanks for wrapping up the coding assessment - the team liked what they saw! Here's your "
         "schedule for the next round with Bluebonnet Labs. Calendar invites for both sessions are attached.\n\n"
         f"1) Technical Pairing Session (90 min)\n{long_date(s1)}\n1:00 PM - 2:30 PM CDT\n"
         f"With: Nate Foster, Staff Engineer ({nate[1]})\nWhere: Google Meet - {meet}\n"
         "You'll work with Nate on a real (sanitized) slice of our ingestion service. Use your own editor; Go is "
         "preferred but not required.\n\n"
         f"2) Founder Chat (45 min)\n{long_date(s2)}\n3:30 PM - 4:15 PM CDT\n"
         f"With: Lena Park, CTO & Co-founder ({lena[1]})\nWhere: Zoom - {zoom}\n"
         "A conversation about how you like to work, what you want to own, and where the company is going.\n\n"
         "All times are Central. For you in Seattle that's 11:00 AM and 1:30 PM Pacific.\n\n"
         "Need to change something? Just reply and Rosa will sort it out.\n\nBluebonnet Labs Recruiting")
    rows = "".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #eee"><b>{n}</b><br>{long_date(a)}<br>{w}</td>'
        f'<td style="padding:8px;border-bottom:1px solid #eee">{p}<br><a href="{u}">{u}</a></td></tr>'
        for n, a, w, p, u in [
            ("Technical Pairing Session (90 min)", s1, "1:00 PM &ndash; 2:30 PM CDT",
             f"Nate Foster, Staff Engineer &lt;{nate[1]}&gt;", meet),
            ("Founder Chat (45 min)", s2, "3:30 PM &ndash; 4:15 PM CDT",
             f"Lena Park, CTO &amp; Co-founder &lt;{lena[1]}&gt;", zoom)])
    hpart = ("<p>Hi Sam,</p><p>Thanks for wrapping up the coding assessment - the team liked what they saw! Here's "
             "your schedule for the next round with Bluebonnet Labs. Calendar invites for both sessions are "
             f'attached.</p><table style="border-collapse:collapse">{rows}</table>'
             "<p>All times are Central. For you in Seattle that's 11:00 AM and 1:30 PM Pacific.</p>"
             "<p>Need to change something? Just reply and Rosa will sort it out.</p><p>Bluebonnet Labs Recruiting</p>"
             '<p style="font-size:11px;color:#999">Sent with Ashby</p>')

    def ics(n, a, b, who, summ, loc):
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ashby//Interview Scheduling//EN", "METHOD:REQUEST"]
        lines += VTZ["America/Chicago"]
        lines += ["BEGIN:VEVENT", f"UID:ashby-{hx(c.id, n, 'uid', n=28)}@ashbyhq.com", f"DTSTAMP:{ics_utc(d)}",
                  f"DTSTART;TZID=America/Chicago:{ics_local(a)}", f"DTEND;TZID=America/Chicago:{ics_local(b)}",
                  f"SUMMARY:{ics_esc(summ)}", f"LOCATION:{loc}",
                  f"DESCRIPTION:{ics_esc('Bluebonnet Labs - ' + BB_ROLE + '. Interviewer: ' + who[0])}",
                  f"ORGANIZER;CN=Rosa Delgado:mailto:{ROSA[1]}",
                  f"ATTENDEE;CN={who[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{who[1]}",
                  f"ATTENDEE;CN=Sam Nakamura;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
                  "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
        return ics_join(lines)
    part = multi("mixed", [
        alt(t, (c.id, 1, "a"), html_inner=hpart, style="part"),
        cal_part(ics(1, s1, e1, nate, "Bluebonnet Labs: Technical Pairing Session (Sam Nakamura)", meet),
                 "REQUEST", name="technical-pairing.ics", attach=True, enc="b64"),
        cal_part(ics(2, s2, e2, lena, "Bluebonnet Labs: Founder Chat with Lena Park (Sam Nakamura)", zoom),
                 "REQUEST", name="founder-chat.ics", attach=True, enc="b64")], (c.id, 1), style="part")
    mail(c, "01-ashby-schedule.eml", frm=("Bluebonnet Labs", "no-reply@ashbyhq.com"), to=[SAM], reply_to=ROSA,
         date=d, subject="Your upcoming interviews with Bluebonnet Labs", part=part, relay="mail.ashbyhq.com",
         fmt="ATS e-mail with .ics attachment")
    label(c, [iv(BB_CO, BB_ROLE, s1, e1, [nate[1]], [nate[1]], "technical"),
              iv(BB_CO, BB_ROLE, s2, e2, [lena[1]], [lena[1]], "hiring_manager")], "medium",
          "positive/two-interviews",
          "One Ashby mail books two interviews on different days (Tue Oct 27 pairing, Thu Oct 29 founder/CTO chat), "
          "each with its own .ics in America/Chicago; two separate interviews, not a loop.")
    tznote(c, "both sessions in CDT (-05:00) before the US change on Nov 1; mail also gives 11:00 AM / 1:30 PM Pacific.")


def c15():
    c = new_case(15, "liffey-deep-dive-gcal-eu-dst-gap")
    siob = ("Siobh\u00e1n Kelly", "siobhan.kelly@liffeypay.example")
    tomas = ("Tom\u00e1s Ryan", "tomas.ryan@liffeypay.example")
    d = at(2026, 10, 21, 15, 20, DUB, "Wednesday", "+01:00", 44)
    s = at(2026, 10, 28, 16, 0, DUB, "Wednesday", "+00:00")
    e = s + timedelta(minutes=45)
    assert s.astimezone(LA).isoformat() == "2026-10-28T09:00:00-07:00"
    t = ("Hi Sam,\n\nGreat news - the team really enjoyed Monday's call and we'd like to invite you to a technical "
         "deep dive.\n\nWhen: Wednesday 28 October, 16:00-16:45 Irish time\n"
         f"Who: {siob[0]} (Staff Engineer) and {tomas[0]} (Engineering Manager, Card Issuing)\n"
         "Where: Google Meet - the invite is already in your calendar\n\n"
         "Expect a conversation about a system you've built, then a practical exercise on idempotent card "
         "authorisation. No prep needed beyond a working mic and camera.\n\n"
         "One thing to flag: our clocks go back this Sunday (25 October) and yours don't change until 1 November, "
         "so that week we're only seven hours apart - it'll be 9:00 in Seattle rather than 8:00.\n\n"
         "Best of luck,\nAoife\n\nAoife Byrne | Talent Partner | Liffey Pay")
    mail(c, "01-lever-deep-dive.eml", frm=AOIFE, sender=("Liffey Pay", "no-reply@hire.lever.co"), to=[SAM],
         reply_to=AOIFE, date=d, subject="Liffey Pay - technical deep dive on 28 October",
         part=alt(t, (c.id, 1), enc_plain="b64"), relay="mail.hire.lever.co",
         extra=["X-Mailer: Lever", f"X-Lever-Candidate-Id: {hx(c.id, 'lever', n=8)}-{hx(c.id, 'lv2', n=4)}"])
    eid = hx(c.id, "gcal", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(c.id, 'etag', n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-21T14:18:07.000Z",
        "updated": "2026-10-21T14:19:52.311Z",
        "summary": "Liffey Pay - Technical Deep Dive (Sam Nakamura)",
        "description": (f"Technical deep dive with {siob[0]} and {tomas[0]}. 45 minutes: system walkthrough, "
                        "then a practical exercise. Aoife is coordinating - reach out to her with any questions."),
        "creator": {"email": AOIFE[1], "displayName": AOIFE[0]},
        "organizer": {"email": AOIFE[1], "displayName": AOIFE[0]},
        "start": {"dateTime": s.astimezone(LA).isoformat(), "timeZone": "Europe/Dublin"},
        "end": {"dateTime": e.astimezone(LA).isoformat(), "timeZone": "Europe/Dublin"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": AOIFE[1], "displayName": AOIFE[0], "organizer": True, "responseStatus": "accepted",
             "optional": True},
            {"email": siob[1], "displayName": siob[0], "responseStatus": "accepted"},
            {"email": tomas[1], "displayName": tomas[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/kdt-wqmb-fse",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/kdt-wqmb-fse",
                             "label": "meet.google.com/kdt-wqmb-fse"},
                            {"entryPointType": "phone", "uri": "tel:+353-1-437-0962", "label": "+353 1 437 0962",
                             "pin": "518204937", "regionCode": "IE"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "kdt-wqmb-fse"},
        "reminders": {"useDefault": True},
        "eventType": "default"}
    write_gcal(c, "02-deep-dive.gcal.json", ev)
    label(c, [iv(LP_CO, LP_ROLE, s, e, [siob[1], tomas[1]], [siob[1], tomas[1]], "technical")], "hard",
          "positive/dst-gap-dedupe",
          "Lever mail ('16:00-16:45 Irish time') + Calendar API event (dateTime in Sam's -07:00 offset, timeZone "
          "Europe/Dublin) describe ONE interview. Oct 28 falls in the week Ireland is on GMT but Seattle is still "
          "on PDT: 16:00+00:00 = 09:00-07:00.")
    tznote(c, "Wed Oct 28 is after Ireland's Oct 25 change and before the US Nov 1 change: 16:00 GMT (+00:00) = "
              "09:00 PDT (7-hour gap); the .gcal.json dateTime is 2026-10-28T09:00:00-07:00 with timeZone Europe/Dublin.")


def c16():
    c = new_case(16, "meetup-inside-the-loop-panel")
    d = at(2026, 10, 22, 18, 45, LA, "Thursday", "-07:00", 30)
    s = at(2026, 10, 27, 18, 30, LA, "Tuesday", "-07:00")
    ev = "Inside the Loop: How Seattle Tech Companies Interview Engineers"
    h = ('<table width="100%"><tr><td style="padding:20px">'
         f'<p style="font-size:13px;color:#666">Seattle Backend Engineers</p><h2>You\'re going to "{html.escape(ev)}"</h2>'
         f"<p><b>{long_date(s)}</b><br>6:30 PM to 8:30 PM PDT</p>"
         "<p>Brightwater Coworking<br>1420 5th Ave, Seattle, WA</p>"
         "<p>Hiring managers and interviewers from three Seattle companies walk through what actually happens in "
         "a technical interview loop - how coding and system design rounds are scored and what a strong "
         "debrief looks like. After the panel we'll pair up for practice system-design questions. Pizza from "
         "Big Mario's.</p>"
         f'<p><a href="https://www.meetup.com/seattle-backend-engineers/events/{int(hx(c.id, "ev", n=8), 16)}/">'
         "View event</a> &middot; Add to calendar &middot; Change RSVP</p>"
         '<p style="font-size:11px;color:#999">You received this because you RSVP\'d on Meetup. '
         "Meetup LLC, POB 4668 #37895, New York, NY 10163-4668</p></td></tr></table>")
    mail(c, "01-meetup-rsvp.eml", frm=("Meetup", "info@meetup.com"), to=[SAM], date=d,
         subject=f'You\'re going to "{ev}"', part=text_part(html_doc(h), "html", "qp"), relay="mail42.meetup.com")
    label(c, [], "medium", "negative/meetup",
          "Meetup RSVP for a panel about interview loops, with practice design questions; Sam is an attendee, not a "
          "candidate in any process.")


def c17():
    c = new_case(17, "sam-interviews-candidate-at-current-job")
    brooke = ("Brooke Tanaka", "brooke.tanaka@soundharbor.example")
    d = at(2026, 10, 23, 14, 10, LA, "Friday", "-07:00", 17)
    s = at(2026, 11, 4, 10, 0, LA, "Wednesday", "-08:00")
    body = ("Hi Sam,\n\nThanks for volunteering for this loop! You're on the coding session with Jordan Ellis, a "
            "candidate for Backend Engineer II on the Ingest team. Please use question set B from the interview "
            "kit so we don't overlap with the phone screen.\n\n"
            f"Interview kit: https://app.greenhouse.io/interview_kits/{int(hx(c.id, 'kit', n=7), 16)}\n"
            "Please submit your scorecard in Greenhouse within 24 hours of the interview. The candidate will join "
            "from the Teams link below.\n\nBrooke Tanaka\nRecruiting Coordinator | Sound Harbor Software")
    teams_invite(c, "01-teams-you-are-interviewer.eml", organizer=brooke, required=[("Sam Nakamura", SAM_WORK)],
                 subject="Interview: Jordan Ellis - Backend Engineer II - Coding (Interviewer: Sam Nakamura)",
                 start=s, end=s + timedelta(hours=1), wintz="Pacific Standard Time", body=body, date=d, seq=0,
                 uid="040000008200E00074C5B7101A82E00800000000" + hx(c.id, "uid", n=72).upper(),
                 extra=[f"X-Forwarded-To: {OWNER}", f"X-Forwarded-For: {SAM_WORK} {OWNER}"])
    label(c, [], "hard", "negative/user-is-interviewer",
          "Teams invite at Sam's current employer where Sam interviews a candidate (scorecard, interview kit); "
          "Sam's name is in the subject but he is the interviewer.")
    tznote(c, "negative; Wed Nov 4 10:00 is PST (-08:00) although the invite was sent in PDT.")


def c18():
    c = new_case(18, "cascadia-virtual-onsite-four-sessions")
    jas = ("Jasmine Cole", "jasmine.cole@cascadiacloud.example")
    ppl = [("Ravi Menon", "ravi.menon@cascadiacloud.example", "Senior Software Engineer",
            "Coding: Data Structures & Algorithms", (9, 0), (9, 45), "4418203317"),
           ("Erin Kowalski", "erin.kowalski@cascadiacloud.example", "Principal Engineer",
            "System Design", (10, 0), (10, 45), "6120554978"),
           ("Derek Huang", "derek.huang@cascadiacloud.example", "Senior Engineering Manager",
            "Behavioral & Collaboration", (11, 0), (11, 45), "5307781146"),
           ("Nina Patel", "nina.patel@cascadiacloud.example", "Engineering Manager, Block Storage",
            "Hiring Manager", (12, 30), (13, 15), "2896417730")]
    S = [(at(2026, 11, 3, a[0], a[1], LA, "Tuesday", "-08:00"), at(2026, 11, 3, b[0], b[1], LA, "Tuesday", "-08:00"))
         for *_, a, b, _x in ppl]
    d = at(2026, 10, 27, 12, 5, LA, "Tuesday", "-07:00", 10)
    def rng(a, b):
        return f"{clock(a).replace(' AM', '').replace(' PM', '')} - {clock(b)}"
    rows = [(rng(a, b), p[3], f"{p[0]}, {p[2]}") for p, (a, b) in zip(ppl, S)]
    rows.insert(3, ("11:45 - 12:30 PM", "Lunch break", "-"))
    rows_t = "\n".join(f"{r[0]:<18} {r[1]:<38} {r[2]}" for r in rows)
    t = ("Hi Sam,\n\nCongratulations on making it to the final round! Your virtual onsite with Cascadia Cloud is "
         "confirmed for Tuesday, November 3. Here's your schedule (all times Pacific):\n\n" + rows_t + "\n\n"
         "Each session has its own Amazon Chime link, and you'll get a separate calendar invitation for each one in "
         "the next few minutes. For the coding session we'll share a CoderPad link in the Chime chat. A $30 "
         "DoorDash credit for lunch will land in your inbox the morning of.\n\n"
         "If anything changes or you need an accommodation, just reply to this email and I'll take care of it.\n\n"
         "Jasmine Cole\nRecruiting Coordinator, Cascadia Cloud\n\nScheduled with GoodTime")
    trs = []
    for i, (p, (a, b)) in enumerate(zip(ppl, S)):
        if i == 3:
            trs.append('<tr style="background:#f6f6f6"><td style="padding:6px 10px">11:45 AM &ndash; 12:30 PM</td>'
                       '<td style="padding:6px 10px"><i>Lunch break</i></td><td style="padding:6px 10px">&ndash;</td></tr>')
        trs.append(f'<tr><td style="padding:6px 10px">{clock(a)} &ndash; {clock(b)}</td>'
                   f'<td style="padding:6px 10px">{html.escape(p[3])}</td>'
                   f'<td style="padding:6px 10px">{p[0]}<br><span style="color:#666">{html.escape(p[2])}</span></td></tr>')
    hp = ("<p>Hi Sam,</p><p>Congratulations on making it to the final round! Your virtual onsite with Cascadia Cloud "
          "is confirmed for <b>Tuesday, November 3</b>. Here's your schedule (all times Pacific):</p>"
          '<table style="border-collapse:collapse;border:1px solid #ddd"><tr style="background:#0b3d5c;color:#fff">'
          '<th style="padding:6px 10px;text-align:left">Time (PT)</th><th style="padding:6px 10px;text-align:left">'
          'Session</th><th style="padding:6px 10px;text-align:left">Interviewer</th></tr>' + "".join(trs) +
          "</table><p>Each session has its own Amazon Chime link, and you'll get a separate calendar invitation for "
          "each one in the next few minutes. For the coding session we'll share a CoderPad link in the Chime chat. "
          "A $30 DoorDash credit for lunch will land in your inbox the morning of.</p>"
          "<p>If anything changes or you need an accommodation, just reply to this email and I'll take care of it.</p>"
          "<p>Jasmine Cole<br>Recruiting Coordinator, Cascadia Cloud</p>"
          '<p style="font-size:11px;color:#999">Scheduled with GoodTime</p>')
    m1 = mail(c, "01-goodtime-onsite-schedule.eml", frm=("Cascadia Cloud Recruiting", "scheduling@goodtime.io"),
              to=[SAM], reply_to=jas, date=d, subject="Your virtual onsite with Cascadia Cloud - Tuesday, November 3",
              part=alt(t, (c.id, 1), html_inner=hp, style="part"), relay="mail.goodtime.io")
    for i, (p, (a, b)) in enumerate(zip(ppl, S)):
        chime = f"https://chime.aws/{p[6]}"
        desc = (f"Session {i + 1} of 4 - {p[3]}\nInterviewer: {p[0]}, {p[2]}\n\n"
                f"Join via Amazon Chime: {chime}\nMeeting ID: {p[6][:4]} {p[6][4:6]} {p[6][6:]}\n"
                "Please join a couple of minutes early. Questions? Reply to Jasmine Cole.")
        google_invite(c, f"{i + 2:02d}-invitation-{['coding', 'system-design', 'behavioral', 'hiring-manager'][i]}.eml",
                      organizer=jas, guests=[(p[0], p[1]), SAM],
                      summary=f"Cascadia Cloud Virtual Onsite: {p[3]} (Sam Nakamura)", start=a, end=b,
                      description=desc, location=chime, date=d + timedelta(minutes=2, seconds=17 * i + 9),
                      uid=f"{hx(c.id, i, 'guid', n=26)}@google.com", extra_headers=[f"References: {m1}"])
    label(c, [iv(CC_CO, CC_ROLE, S[0][0], S[-1][1], [p[1] for p in ppl], [p[1] for p in ppl], "onsite")], "hard",
          "positive/onsite-loop-several-invites",
          "GoodTime mail with a four-session schedule table (times 'Pacific', no offset) + four separate Google "
          "invites (UTC, subject '(PST)') for Tue Nov 3; one onsite 9:00-13:15 PST with all four interviewers. Mail "
          "sent Oct 27 in PDT; onsite day is after the US DST change.")
    tznote(c, "schedule mail dated Tue Oct 27 -0700 (PDT) for a loop on Tue Nov 3, which is PST: 09:00-13:15 -08:00 "
              "(invites carry 17:00Z-21:15Z).")


def c19():
    c = new_case(19, "emberlight-rejection-after-design-round")
    d = at(2026, 10, 30, 11, 20, LA, "Friday", "-07:00", 41)
    t = ("Hi Sam,\n\nThank you for taking the time to interview for the Senior Software Engineer, Online Services "
         "role, and for meeting with Marcus and Priya last Friday. We know how much effort goes into preparing for "
         "a system design round.\n\nAfter a lot of discussion, the team has decided not to move forward with your "
         "candidacy for this role. This was a close call - the panel especially appreciated how you reasoned about "
         "regional failover - but we're prioritizing candidates with more console platform experience right now.\n\n"
         "We'd genuinely like to stay in touch, and I'll reach out if a backend role opens up on Live Ops.\n\n"
         "All the best,\nTyler Brooks\nSenior Technical Recruiter, Emberlight Games")
    mail(c, "01-greenhouse-decision.eml", frm=("Emberlight Games", "no-reply@us.greenhouse-mail.io"), to=[SAM],
         reply_to=TYLER, date=d, subject="Your application with Emberlight Games",
         part=alt(t, (c.id, 1), enc_plain="qp", enc_html="b64", style="part"), relay="o12.us.greenhouse-mail.io")
    label(c, [], "easy", "negative/rejection",
          "Greenhouse rejection that refers to a past interview ('last Friday'); nothing upcoming.")


def c20():
    c = new_case(20, "liffey-vp-final-availability-request")
    d = at(2026, 10, 30, 14, 5, DUB, "Friday", "+00:00", 52)
    t = ("Hi Sam,\n\nSiobh\u00e1n and Tom\u00e1s really enjoyed Wednesday's session, and we'd like to move you to the "
         "final stage: a 45-minute conversation with Ciar\u00e1n Walsh, our VP of Engineering.\n\n"
         "Could you send me a few windows that work for you the week of 9 November? Ciar\u00e1n is usually free "
         "between 15:00 and 18:00 Irish time, which will be 7-10am for you once your clocks change this Sunday.\n\n"
         "Once I have your availability I'll lock something in and send over an invite.\n\n"
         "Have a lovely weekend,\nAoife\n\nAoife Byrne | Talent Partner | Liffey Pay")
    mail(c, "01-aoife-final-stage-availability.eml", frm=AOIFE, to=[SAM], date=d,
         subject="Liffey Pay - final stage", part=alt(t, (c.id, 1), style="outlook", font="Aptos,Calibri,sans-serif"),
         relay="EUR05-AM6-obe.outbound.protection.outlook.com")
    label(c, [], "medium", "negative/availability-request",
          "Request for availability for a VP final with a window in Irish time; nothing booked yet.")
    tznote(c, "negative; mail dated Fri Oct 30 +0000 (Ireland already on GMT) talks about 15:00-18:00 Irish time "
              "= 7-10am Pacific after the US change.")


def c21():
    c = new_case(21, "cascadia-vp-final-workday")
    alan = ("Alan Brightwater", "alan.brightwater@cascadiacloud.example")
    d1 = at(2026, 11, 4, 10, 15, LA, "Wednesday", "-08:00", 8)
    t1 = ("Hi Sam,\n\nThe feedback from Tuesday's loop was really strong - nice work! The last step is a "
          "45-minute conversation with Alan Brightwater, our VP of Engineering for Storage. It's less technical than "
          "the loop: Alan likes to talk about how you make decisions, how you grow other engineers, and what you'd "
          "want to own in your first year.\n\nI've cc'd Alan so you two are connected. Workday will send the official "
          "confirmation with the details shortly.\n\n"
          f"Megan\n\n--\n{SIG_MEGAN}")
    m1 = mail(c, "01-megan-final-with-vp.eml", frm=MEGAN, to=[SAM], cc=[alan], date=d1,
              subject="Final conversation with Alan (VP Engineering)", part=alt(t1, (c.id, 1)))
    d2 = at(2026, 11, 4, 13, 30, LA, "Wednesday", "-08:00", 36)
    s = at(2026, 11, 9, 10, 0, LA, "Monday", "-08:00")
    e = s + timedelta(minutes=45)
    h = ('<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial">'
         '<tr><td style="background:#005cb9;color:#fff;padding:12px 16px;font-size:18px">Cascadia Cloud Careers</td></tr>'
         '<tr><td style="padding:16px">'
         "<p>Hello Sam,</p><p>Your interview has been scheduled. Please review the details below.</p>"
         f"<p><b>Job Requisition:</b> R-2026-04417 {CC_ROLE}<br>"
         "<b>Interview:</b> Final Interview - VP of Engineering<br>"
         f"<b>Date:</b> {s:%m/%d/%Y}<br><b>Start Time:</b> {clock(s)} PST<br><b>End Time:</b> {clock(e)} PST<br>"
         "<b>Interviewer:</b> Alan Brightwater<br>"
         "<b>Location:</b> Amazon Chime - https://chime.aws/7719034452 (Meeting ID 7719 03 4452)</p>"
         "<p>If you need to reschedule, please contact your recruiter Megan Ortiz at "
         f"{MEGAN[1]}.</p>"
         '<p>You can view your application status at any time in the <a href="https://cascadiacloud.wd5.'
         'myworkdayjobs.com/en-US/External/userHome">Candidate Home</a>.</p>'
         "<p>Thank you,<br>Cascadia Cloud Talent Acquisition</p>"
         '<p style="font-size:11px;color:#888">This is a system-generated message from Workday. Please do not '
         "reply.</p></td></tr></table>")
    mail(c, "02-workday-interview-scheduled.eml", frm=("Cascadia Cloud", "cascadiacloud@myworkday.com"),
         to=[SAM], date=d2, subject=f"Interview Scheduled: {CC_ROLE} (R-2026-04417)",
         part=text_part(html_doc(h), "html", "b64"), relay="wd5-smtp.myworkday.com")
    label(c, [iv(CC_CO, CC_ROLE, s, e, [alan[1]], [alan[1]], "hiring_manager")], "medium",
          "positive/workday-vp-final",
          "Recruiter mail (VP cc'd) announces the final; Workday HTML-only (base64) notification gives 11/09/2026 "
          "10:00-10:45 AM PST on Amazon Chime. VP address known from Cc.")
    tznote(c, "Workday 'MM/DD/YYYY' date with 'PST' for Mon Nov 9 -> 10:00-08:00.")


def c22():
    c = new_case(22, "cascadia-offer-call")
    d1 = at(2026, 11, 11, 9, 5, LA, "Wednesday", "-08:00", 20)
    t1 = ("Hi Sam,\n\nI have some great news I'd love to share over the phone! Do you have 20 minutes tomorrow "
          f"at 4?\n\nMegan\n\n--\n{SIG_MEGAN}")
    m1 = mail(c, "01-megan-great-news.eml", frm=MEGAN, to=[SAM], date=d1, subject="Quick call tomorrow?",
              part=alt(t1, (c.id, 1)))
    d2 = at(2026, 11, 11, 9, 31, LA, "Wednesday", "-08:00", 2)
    t2 = "Hi Megan,\n\nYes! Tomorrow at 4 works.\n\nSam\n\n" + quote(t1, d1, MEGAN)
    m2 = mail(c, "02-sam-yes.eml", frm=SAM, to=[MEGAN], date=d2, subject="Re: Quick call tomorrow?",
              part=text_part(t2, "plain", "7bit"), irt=m1, refs=[m1])
    d3 = at(2026, 11, 11, 9, 44, LA, "Wednesday", "-08:00", 50)
    s = at(2026, 11, 12, 16, 0, LA, "Thursday", "-08:00")
    google_invite(c, "03-invitation-offer-call.eml", organizer=MEGAN, guests=[SAM],
                  summary="Offer call: Sam Nakamura / Cascadia Cloud", start=s, end=s + timedelta(minutes=20),
                  description=("Walking through your offer: base, RSU grant, sign-on bonus and start date. The written "
                               "offer will follow in Workday after we talk. I'll call (206) 555-0148."),
                  date=d3, uid=f"{hx(c.id, 'guid', n=26)}@google.com", extra_headers=[f"References: {m1} {m2}"])
    label(c, [], "medium", "negative/offer-call",
          "Recruiter schedules a call to present the offer (calendar invite, 'tomorrow at 4'); offers are not interviews.")


# =========================================================================== README / main
def readme():
    pos = [k for k, v in LABELS.items() if v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    lines = [
        "# blind325: Seattle engineer interviewing across PT, CT and Dublin around the autumn 2026 DST changes (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a software engineer in Seattle (America/Los_Angeles) who currently "
        "works at Sound Harbor Software (work address sam.nakamura@soundharbor.example, forwarded to the personal "
        "mailbox).",
        "",
        "This set was written blind: only /work/shared/eval/README.md and three dev files (labels.yaml head, one .gcal.json, one Outlook invite) were read for formats; no "
        "tool code, tests or other sets were looked at. All people and companies are invented (.example domains); "
        "vendor system senders keep their product domains.",
        "",
        "## What it stresses",
        "- Big-tech and startup hiring flows in US English: Cascadia Cloud (Seattle), Emberlight Games (Bellevue), "
        "Timberline Outfitters (Portland), Bluebonnet Labs (Austin, America/Chicago) and Liffey Pay (Dublin, "
        "Europe/Dublin).",
        "- Vendor mail: Workday, Greenhouse, Lever, Ashby, GoodTime, Paradox 'Olivia', Calendly, Karat (live "
        "interview), HireVue on-demand and CodeSignal (not interviews), Eventbrite, Meetup.",
        "- Relative dates in bodies, propose/confirm threads, a reschedule ('Can we push to Friday?' + SEQUENCE:1), "
        "a cancellation (req on hold + METHOD:CANCEL), a loop of four sessions sent as a schedule table plus four "
        "invites, two interviews in one ATS mail, mail + Calendar API dedupe.",
        "- The week between Ireland's change (Oct 25) and the US change (Nov 1), Outlook '(UTC-08:00)' / '(UTC+00:00)' "
        "labels that ignore DST, 'IST' meaning Irish Standard Time, and events after Nov 1 announced in PDT mail.",
        "- Hard negatives: HireVue alone, CodeSignal alone, career fair, meetup on interview loops, 1:1 at the current "
        "job, Sam as the interviewer, rejection after an interview, an unbooked VP availability request, an offer call.",
        "",
        "## Counts",
        f"- Cases: {len(LABELS)} ({len(pos)} positive, {len(LABELS) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)}; by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())),
        "- By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats used",
    ] + [f"- {f}" for f in sorted(FORMATS)] + [
        "- bodies: text/plain and text/html, 7bit, quoted-printable and base64; Google-, Outlook- and vendor-style "
        "MIME boundaries",
        "",
        "## Time-zone / DST points",
    ] + TZ_NOTES + [
        "",
        "Regenerate with `python make_cases.py` (deterministic; rewrites all b325-* folders, labels.yaml and README.md).",
        ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    dst_checks()
    for p in sorted(OUT.glob(f"{PREFIX}-*")):
        shutil.rmtree(p)
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
              c20, c21, c22):
        f()
    assert 20 <= len(CASES) <= 24
    assert [c.id for c in CASES] == list(LABELS)
    npos = sum(1 for v in LABELS.values() if v["interview"])
    assert 0.55 <= npos / len(LABELS) <= 0.60, npos
    text = ("# Labels for blind325 (written blind). Schema: /work/shared/eval/README.md\n" +
            yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    readme()
    print(f"wrote {len(CASES)} cases ({npos} positive) to {OUT}")


if __name__ == "__main__":
    main()
