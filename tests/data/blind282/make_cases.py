#!/usr/bin/env python3
"""Generate the blind282 evaluation set (London fintech, consulting and insurance hiring).

Deletes and rewrites every b282-* case folder plus labels.yaml and README.md next to this
script. Output is byte-identical on every run: every date is fixed, and Message-IDs, UIDs,
MIME boundaries and meeting ids are derived from SHA-256 hashes of a fixed seed.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind282"
OWNER = "priyanka.shah@example.com"
OWNER_NAME = "Priyanka Shah"
ME = (OWNER_NAME, OWNER)

LON = ZoneInfo("Europe/London")
DUB = ZoneInfo("Europe/Dublin")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc
TZMAP = {"Europe/London": LON, "GMT Standard Time": LON, "Europe/Dublin": DUB,
         "America/New_York": NYC, "Eastern Standard Time": NYC}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----------------------------------------------------------------------------- checks
def _dst_checks():
    """2026 DST transitions and weekdays used throughout the set."""
    H = timedelta(hours=1)
    # EU/UK: clocks forward Sun 29 Mar 2026 01:00 UTC, back Sun 25 Oct 2026 01:00 UTC
    assert date(2026, 3, 29).weekday() == 6 and date(2026, 10, 25).weekday() == 6
    assert datetime(2026, 3, 29, 0, 30, tzinfo=LON).utcoffset() == timedelta(0)
    assert datetime(2026, 3, 29, 2, 30, tzinfo=LON).utcoffset() == H
    assert datetime(2026, 10, 24, 23, 0, tzinfo=LON).utcoffset() == H
    assert datetime(2026, 10, 25, 3, 0, tzinfo=LON).utcoffset() == timedelta(0)
    assert datetime(2026, 10, 24, 23, 0, tzinfo=DUB).utcoffset() == H
    assert datetime(2026, 10, 25, 3, 0, tzinfo=DUB).utcoffset() == timedelta(0)
    # US: forward Sun 8 Mar 2026, back Sun 1 Nov 2026
    assert date(2026, 3, 8).weekday() == 6 and date(2026, 11, 1).weekday() == 6
    assert datetime(2026, 3, 7, 12, tzinfo=NYC).utcoffset() == -5 * H
    assert datetime(2026, 3, 9, 12, tzinfo=NYC).utcoffset() == -4 * H
    assert datetime(2026, 10, 31, 12, tzinfo=NYC).utcoffset() == -4 * H
    assert datetime(2026, 11, 2, 12, tzinfo=NYC).utcoffset() == -5 * H
    # the London/New York gap is 4 h between 25 Oct and 1 Nov 2026, 5 h otherwise
    assert (datetime(2026, 10, 29, 11, tzinfo=NYC).astimezone(LON).hour) == 15
    assert (datetime(2026, 11, 6, 10, tzinfo=NYC).astimezone(LON).hour) == 15


_dst_checks()


def at(y, mo, d, h=0, mi=0, s=0, tz=LON, wd=None, off=None):
    """Aware datetime with asserted weekday ('Tue') and UTC offset ('+0100')."""
    t = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert WD[t.weekday()] == wd, (t, wd)
    if off is not None:
        assert t.strftime("%z") == off, (t, off)
    return t


def iso(t):
    return t.isoformat()


# ----------------------------------------------------------------------------- ids
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + parts).encode()).hexdigest()[:n]


def num(*parts, digits=10):
    return str(int(hx(*parts, n=30), 16) % (10 ** digits)).zfill(digits)


def mid(tag, right, prefix="", n=32, upper=False):
    h = hx("mid", tag, n=n)
    return f"<{prefix}{h.upper() if upper else h}@{right}>"


def gmail_mid(tag):
    h = base64.b64encode(bytes.fromhex(hx("gm", tag, n=48))).decode().replace("/", "_").replace("+", "-")
    return f"<CA{h}@mail.gmail.com>"


def outlook_mid(tag, host="LO2P265MB"):
    code = host + num("olh", tag, digits=4)
    return f"<{code}{hx('ol', tag, n=28).upper()}@{code}.GBRP265.PROD.OUTLOOK.COM>"


def boundary(tag, style="generic"):
    h = hx("bnd", tag, n=28)
    if style == "google":
        return "000000000000" + h[:12]
    if style == "outlook":
        return "_000_" + h.upper()[:24] + "GBRP265PRODOUTLO_"
    if style == "java":
        return f"----=_Part_{num('p', tag, digits=6)}_{num('q', tag, digits=9)}.{num('r', tag, digits=13)}"
    return "==_" + h + "=="


def thread_index(tag):
    return base64.b64encode(bytes.fromhex(hx("ti", tag, n=44))).decode()


# ----------------------------------------------------------------------------- MIME
def enc_body(text, cte):
    b = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        s = quopri.encodestring(b).decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    return text if text.endswith("\n") else text + "\n"


def leaf(ctype, text, cte="quoted-printable", extra=()):
    return {"headers": [("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)],
            "body": enc_body(text, cte)}


def attach(ctype, filename, text, cte="base64"):
    return leaf(f'{ctype}; name="{filename}"', text, cte,
                extra=[("Content-Disposition", f'attachment; filename="{filename}"')])


def multi(sub, bnd, *children):
    body = ""
    for c in children:
        body += f"--{bnd}\n" + render_entity(c)
    body += f"--{bnd}--\n"
    return {"headers": [("Content-Type", f'multipart/{sub}; boundary="{bnd}"')], "body": body}


def render_entity(e):
    return "".join(f"{k}: {v}\n" for k, v in e["headers"]) + "\n" + e["body"]


def addr(name, email):
    return formataddr((name, email)) if name else email


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def hdate(t):
    return format_datetime(t)


def received(tag, host, ip, sent):
    t = (sent + timedelta(seconds=2 + int(hx("rcv", tag, n=2), 16) % 7)).astimezone(UTC)
    return (f"from {host} ({host} [{ip}])\n        by mx1.example.com with ESMTPS id {hx('rid', tag, n=12)}\n"
            f"        for <{OWNER}>; {format_datetime(t)}")


def email_bytes(tag, *, frm, subject, sent, entity, to=(ME,), cc=(), reply_to=None, msgid,
                in_reply_to=None, references=None, host="mail.example.net", ip="203.0.113.10",
                return_path=None, extra=()):
    h = [("Delivered-To", OWNER),
         ("Received", received(tag, host, ip, sent)),
         ("Return-Path", f"<{return_path or frm[1]}>"),
         ("From", addr(*frm)),
         ("To", addrs(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    if reply_to:
        h.append(("Reply-To", addr(*reply_to)))
    h += [("Subject", subj(subject)), ("Date", hdate(sent)), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", " ".join(references)))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    s = "".join(f"{k}: {v}\n" for k, v in h) + render_entity(entity)
    return s.encode("ascii")


def to_html(text, font="Arial, Helvetica, sans-serif", size="14px"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size};color:#222222">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def alt(tag, text, html_text=None, text_cte="quoted-printable", html_cte="quoted-printable", style="generic"):
    return multi("alternative", boundary(tag + "alt", style),
                 leaf('text/plain; charset="UTF-8"', text, text_cte),
                 leaf('text/html; charset="UTF-8"', html_text or to_html(text), html_cte))


def plain(text, cte="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


# ----------------------------------------------------------------------------- iCalendar
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


VTZ = {
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def ics_dt(prop, t, tz):
    if tz is None:
        return f"{prop}:{t.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    return f"{prop};TZID={tz}:{t.astimezone(TZMAP[tz]).strftime('%Y%m%dT%H%M%S')}"


def zstamp(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def vevent(uid, start, end, summary, *, stamp, tz=None, organizer=None, attendees=(), description=None,
           location=None, seq=0, status="CONFIRMED", extra=(), google=False):
    L = ["BEGIN:VEVENT", ics_dt("DTSTART", start, tz), ics_dt("DTEND", end, tz), f"DTSTAMP:{zstamp(stamp)}"]
    if organizer:
        L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        name, email = a[0], a[1]
        part = a[2] if len(a) > 2 else "NEEDS-ACTION"
        role = a[3] if len(a) > 3 else "REQ-PARTICIPANT"
        extra_g = ";X-NUM-GUESTS=0" if google else ""
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={cn(name)}{extra_g}:mailto:{email}")
    if google:
        L.append(f"CREATED:{zstamp(stamp - timedelta(minutes=3))}")
    if description is not None:
        L.append("DESCRIPTION:" + ics_escape(description))
    if google:
        L.append(f"LAST-MODIFIED:{zstamp(stamp)}")
    L.append("LOCATION:" + ics_escape(location or ""))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcalendar(prodid, events, method="REQUEST", tz=None, version_first=False):
    L = ["BEGIN:VCALENDAR"]
    L += (["VERSION:2.0", f"PRODID:{prodid}"] if version_first else [f"PRODID:{prodid}", "VERSION:2.0"])
    L.append("CALSCALE:GREGORIAN")
    if method:
        L.append(f"METHOD:{method}")
    if tz:
        L += VTZ[tz]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ics_text(L)


# ----------------------------------------------------------------------------- vendor builders
def gcal_when(start, end, long=False):
    s, e = start.astimezone(LON), end.astimezone(LON)
    if long:
        return f"{s.strftime('%A')} {s.day} {s.strftime('%B %Y')} ⋅ {s:%H:%M} – {e:%H:%M} (United Kingdom Time)"
    return f"{s.strftime('%a')} {s.day} {s.strftime('%b %Y')} {s:%H:%M} - {e:%H:%M} ({s.strftime('%Z')})"


def google_invite(tag, *, organizer, guests, summary, start, end, description, sent, uid, seq=0,
                  updated=False, meet=None, location=None, cc_guests=()):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {gcal_when(start, end)} ({OWNER})"
    lines = [summary, gcal_when(start, end, long=True)]
    if updated:
        lines += ["", "This event has been updated", "Changed: time"]
    if meet:
        lines += ["", "Join with Google Meet", f"https://meet.google.com/{meet}",
                  "", "Join by phone", f"(GB) +44 20 3956 {num('ph', tag, digits=4)}",
                  f"PIN: {num('pin', tag, digits=9)}#"]
    if location:
        lines += ["", "Location", location, f"https://www.google.com/maps/search/{location.replace(' ', '+')}"]
    lines += ["", description.strip(), "", "Organiser", organizer[0], organizer[1], "", "Guests"]
    for g in guests:
        lines.append(g[0] + (" - organiser" if g[1] == organizer[1] else ""))
        lines.append(g[1])
    lines += ["View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=" + eid,
              "", f"Reply for {OWNER}", "Yes", "No", "Maybe",
              "More options https://calendar.google.com/calendar/event?action=VIEW&eid=" + eid,
              "", "Invitation from Google Calendar: https://calendar.google.com/calendar/",
              "",
              "You are receiving this email because you are an attendee on the event. To stop receiving "
              "future updates for this event, decline this event.",
              "",
              "Forwarding this invitation could allow any recipient to send a response to the organiser, "
              "be added to the guest list, invite others regardless of their own invitation status or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    html_text = to_html(text, font="Roboto, Helvetica, Arial, sans-serif")
    atts = [(g[0], g[1], "ACCEPTED" if g[1] == organizer[1] else ("ACCEPTED" if len(g) > 2 and g[2] else "NEEDS-ACTION"))
            for g in guests]
    extra = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"] if meet else []
    desc_ics = description.strip()
    if meet:
        desc_ics += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                     "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
                     "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = vevent(uid, start, end, summary, stamp=sent, organizer=organizer, attendees=atts,
                description=desc_ics, location=location, seq=seq, extra=extra, google=True)
    cal = vcalendar("-//Google Inc//Google Calendar 70.9054//EN", [ev])
    bnd_style = "google"
    entity = multi("mixed", boundary(tag + "mix", bnd_style),
                   multi("alternative", boundary(tag + "alt", bnd_style),
                         leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
                         leaf('text/html; charset="UTF-8"', html_text, "quoted-printable"),
                         leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64")),
                   attach("application/ics", "invite.ics", cal))
    to = [g[:2] for g in guests if g[1] != organizer[1]]
    return email_bytes(tag, frm=organizer, subject=subject, sent=sent, entity=entity, to=to,
                       reply_to=organizer, msgid=f"<calendar-{hx('gc', tag, n=8)}-{hx('gc2', tag, n=4)}-"
                                                 f"{hx('gc3', tag, n=4)}-{hx('gc4', tag, n=12)}@google.com>",
                       host="mail-sor-f69.google.com", ip="209.85.220.69",
                       extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                              ("Auto-Submitted", "auto-generated")])


def teams_block(tag):
    mt = hx("teams", tag, n=40)
    meet = f"19%3ameeting_{base64.b64encode(bytes.fromhex(mt)).decode().replace('/', 'a').replace('+', 'b').rstrip('=')}%40thread.v2"
    mid_ = num("mid", tag, digits=12)
    return ("\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/{meet}/0?context=%7b%22Tid%22%3a%22{hx('tid', tag, n=8)}-{hx('tid2', tag, n=4)}%22%7d>\n"
            f"Meeting ID: {mid_[:3]} {mid_[3:6]} {mid_[6:9]} {mid_[9:]}\n"
            f"Passcode: {hx('pc', tag, n=6).upper()}\n"
            "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")


def outlook_when(start, end):
    s, e = start.astimezone(LON), end.astimezone(LON)
    return (f"{s.strftime('%A')}, {s.day} {s.strftime('%B %Y')} {s:%H:%M}-{e:%H:%M} "
            "(UTC+00:00) Dublin, Edinburgh, Lisbon, London")


def teams_invite(tag, *, frm, to, subject, sent, start, end, body, uid, cc=(), seq=0,
                 location="Microsoft Teams Meeting"):
    """Exchange/Teams invitation: multipart/alternative(plain, html, text/calendar), GMT Standard Time."""
    when = outlook_when(start, end)
    text = f"When: {when}.\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n" + teams_block(tag)
    html_text = to_html(text, font="Aptos, Calibri, sans-serif", size="11pt")
    atts = [(n, e, "NEEDS-ACTION") for n, e in list(to) + list(cc)]
    ev = vevent(uid, start, end, subject, stamp=sent, tz="GMT Standard Time", organizer=frm,
                attendees=atts, description=text, location=location, seq=seq,
                extra=["CLASS:PUBLIC", "PRIORITY:5",
                       f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                       f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(num('oa', tag, digits=10)) // 3}",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                       f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}",
                       "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                       "ACTION:DISPLAY", "END:VALARM"])
    cal = vcalendar("Microsoft Exchange Server 2010", [ev], tz="GMT Standard Time", version_first=False)
    entity = multi("alternative", boundary(tag, "outlook"),
                   leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                   leaf('text/html; charset="utf-8"', html_text, "quoted-printable"),
                   leaf('text/calendar; charset="utf-8"; method=REQUEST', cal, "base64"))
    return email_bytes(tag, frm=frm, to=to, cc=cc, subject=subject, sent=sent, entity=entity,
                       msgid=outlook_mid(tag), host="LO3P265CU004.outbound.protection.outlook.com",
                       ip="52.101.96.57",
                       extra=[("Thread-Topic", subject), ("Thread-Index", thread_index(tag)),
                              ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                              ("Content-class", "urn:content-classes:calendarmessage"),
                              ("x-ms-publictraffictype", "Email")])


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def lab(interviews, difficulty, category, notes, tz_points=()):
    return {"user": OWNER, "interview": bool(interviews), "interviews": list(interviews),
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic",
            "_tz": list(tz_points)}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ============================================================================= cases 01-08
@case("greenhouse-competency-interview")
def c01():
    gemma = ("Gemma Pryce", "gemma.pryce@kestrelpay.example")
    helen = ("Helen Maddox", "helen.maddox@kestrelpay.example")
    sent = at(2026, 9, 8, 15, 12, 7, wd="Tue", off="+0100")
    start = at(2026, 9, 15, 10, 0, wd="Tue", off="+0100")
    end = start + timedelta(hours=1)
    role = "Senior Data Analyst, Payments Risk"
    text = f"""Hi Priyanka,

Thank you for making time to speak with us. I'm pleased to confirm your competency-based interview for the {role} role at Kestrel Pay.

Date: Tuesday 15 September 2026
Time: 10:00 - 11:00 (BST, London time)
Format: In person
Location: Kestrel Pay, 3rd Floor, 41 Worship Street, London EC2A 2DX
Interviewer: Helen Maddox, Head of Analytics

The conversation follows a competency format, so it's worth having a few STAR examples to hand - in particular stakeholder management, a time you challenged a decision using data, and working with messy or incomplete data. There's no technical test at this stage.

Please bring photo ID and ask for me at reception when you arrive. A calendar file is attached so you can drop it straight into your diary.

If anything changes, just reply to this email and it will come through to me.

Best wishes,

Gemma Pryce
Talent Coordinator | Kestrel Pay
"""
    uid = f"{hx('c01uid', n=24)}@greenhouse.io"
    cal = vcalendar("-//Greenhouse Software Inc//Greenhouse Interview Scheduler//EN", [
        vevent(uid, start, end, f"Interview: Priyanka Shah - {role} (Kestrel Pay)", stamp=sent,
               tz="Europe/London", organizer=gemma,
               attendees=[(*ME, "NEEDS-ACTION"), (*helen, "ACCEPTED")],
               description=f"Competency-based interview with Helen Maddox (Head of Analytics).\n"
                           f"Ask for Gemma Pryce at reception. Bring photo ID.",
               location="Kestrel Pay, 3rd Floor, 41 Worship Street, London EC2A 2DX")], tz="Europe/London")
    entity = multi("mixed", boundary("c01m"),
                   alt("c01", text, html_cte="base64"),
                   attach("text/calendar", "interview.ics", cal))
    return [("kestrel-pay-interview-confirmation.eml", email_bytes(
        "c01", frm=("Gemma Pryce", "no-reply@greenhouse-mail.io"), reply_to=gemma,
        subject=f"Interview confirmation: {role} at Kestrel Pay", sent=sent, entity=entity,
        msgid=mid("c01", "greenhouse-mail.io"), host="o1.ptr4452.greenhouse-mail.io", ip="167.89.81.12",
        return_path="bounces+2210597@greenhouse-mail.io"))], lab(
        [iv("Kestrel Pay", role, start, end, "scheduled", [helen[1]], [helen[1]], "hiring_manager")],
        "easy", "positive/ats-email-with-ics",
        "Greenhouse confirmation sent from the no-reply relay with Reply-To the coordinator; .ics names the "
        "Head of Analytics as the only interviewer (coordinator only schedules).")


@case("hirevue-recorded-interview")
def c02():
    sent = at(2026, 9, 14, 8, 5, 33, tz=UTC, wd="Mon")
    text = """Dear Priyanka,

Thank you for your interest in the Senior Data Analyst (Commercial Lines) position at Grosvenor Hale Insurance.

As the next step in our selection process, we would like you to complete an on-demand video interview using HireVue. There is no interviewer on the other end: each question appears on screen, you will have 30 seconds to think and up to three minutes to record your answer. There are six questions and most candidates finish in about 25 minutes. You may re-record each answer once.

Please complete your interview by 23:59 (UK time) on Sunday 20 September 2026.

Start your interview:
https://app.hirevue.com/interviews/grosvenorhale/ondemand/""" + hx("c02link", n=20) + """

Before you begin:
- Use Chrome or the HireVue app on a phone or tablet
- Find a quiet, well-lit space and check your camera and microphone with the practice question
- Make sure you have a stable internet connection

Our talent team reviews every recording and we aim to let you know the outcome within ten working days.

Kind regards,

Talent Acquisition Team
Grosvenor Hale Insurance

This message was sent by HireVue on behalf of Grosvenor Hale Insurance. Replies to this address are not monitored. For help, visit https://support.hirevue.com
"""
    return [("grosvenor-hale-hirevue-invitation.eml", email_bytes(
        "c02", frm=("Grosvenor Hale Insurance", "noreply@hirevue.com"),
        subject="Grosvenor Hale Insurance - complete your video interview for Senior Data Analyst (Commercial Lines)",
        sent=sent, entity=alt("c02", text, style="java"), msgid=mid("c02", "hirevue.com", n=24),
        host="mta-201.hirevue.com", ip="198.51.100.41", return_path="bounce-c02@mail.hirevue.com"))], lab(
        [], "medium", "negative/one-way-video",
        "HireVue on-demand (recorded) interview with a completion deadline; no live interviewer, not an interview.")


@case("dublin-tomorrow-half-two-body-only")
def c03():
    cian = ("Cian Gallagher", "cian.gallagher@liffeyledger.example")
    s1 = at(2026, 9, 18, 11, 20, 41, tz=DUB, wd="Fri", off="+0100")
    s_me = at(2026, 9, 18, 13, 2, 0, wd="Fri", off="+0100")
    s2 = at(2026, 9, 21, 16, 42, 10, tz=DUB, wd="Mon", off="+0100")
    start = at(2026, 9, 22, 14, 30, tz=DUB, wd="Tue", off="+0100")
    end = start + timedelta(minutes=45)
    m1, m_me, m2 = gmail_mid("c03a"), gmail_mid("c03me"), gmail_mid("c03b")
    subject = "Senior Data Analyst role at Liffey Ledger"
    t1 = """Hi Priyanka,

Thanks for applying for the Senior Data Analyst role here - Aoife in our people team passed your CV over and I'd love to have a chat.

For context, we're about 60 people, mostly in Dublin, building reconciliation and reporting tooling for credit unions and small lenders. The role would sit in my team (analytics and reporting). It's advertised as Dublin-based but we're open to someone in London who can be over here a week a month.

Would you be around early next week for a call? It'd be 30-45 minutes: me telling you about the team and the problems we're working on, and hearing about the work you've been doing on affordability models.

Thanks,
Cian

--
Cian Gallagher
Head of Data | Liffey Ledger
Grand Canal Dock, Dublin 2
"""
    t2 = """Hi Priyanka,

Apologies for the slow reply - Monday ran away from me.

Let's say tomorrow at half two, if that still suits? I'll ring you on the mobile number on your CV. Allow 45 minutes, though we may not need all of it.

Talk then,
Cian

On Fri, 18 Sept 2026 at 13:02, Priyanka Shah <priyanka.shah@example.com> wrote:
> Hi Cian,
>
> Thanks so much for getting in touch - I'd be glad to chat. I'm free Monday
> afternoon or any time on Tuesday.
>
> Best,
> Priyanka
>
> On Fri, 18 Sept 2026 at 11:20, Cian Gallagher <cian.gallagher@liffeyledger.example> wrote:
>> Hi Priyanka,
>>
>> Thanks for applying for the Senior Data Analyst role here - Aoife in our
>> people team passed your CV over and I'd love to have a chat.
>> [...]
"""
    return [
        ("cian-gallagher-intro.eml", email_bytes(
            "c03a", frm=cian, subject=subject, sent=s1, entity=alt("c03a", t1), msgid=m1,
            host="mail-ej1-f52.google.com", ip="209.85.218.52")),
        ("cian-gallagher-tomorrow.eml", email_bytes(
            "c03b", frm=cian, subject="Re: " + subject, sent=s2, entity=plain(t2), msgid=m2,
            in_reply_to=m_me, references=[m1, m_me], host="mail-ej1-f45.google.com", ip="209.85.218.45")),
    ], lab([iv("Liffey Ledger", "Senior Data Analyst", start, end, "scheduled", [cian[1]], [cian[1]],
               "hiring_manager")],
           "medium", "positive/email-body-relative-date",
           "Time only in the body: 'tomorrow at half two' resolved against the Monday 21 Sep Date header -> "
           "Tue 22 Sep 14:30 Dublin time; 45 minutes allowed.",
           ["Dublin sender in Irish Summer Time (+01:00, same as BST); 'half two' = 14:30 on the day after the Date header"])


@case("teams-gmt-standard-time-bst")
def c04():
    oliver = ("Oliver Brandt", "oliver.brandt@harrowgatemutual.example")
    nadia = ("Nadia Rahman", "nadia.rahman@harrowgatemutual.example")
    sent = at(2026, 10, 1, 10, 14, 52, wd="Thu", off="+0100")
    start = at(2026, 10, 8, 14, 30, wd="Thu", off="+0100")
    end = start + timedelta(hours=1)
    role = "Senior Data Analyst (Claims)"
    body = f"""Dear Priyanka,

Following our conversation last week, I'm pleased to invite you to the technical interview for the {role} role. You'll be meeting Nadia Rahman, Lead Data Scientist in our Claims Analytics team, for an hour on Teams.

Nadia will share a small anonymised claims dataset on screen and ask you to talk through how you would approach it in SQL and Python. There's no need to prepare code in advance, but do have a notepad handy. I'm around beforehand if you have any trouble joining, but I won't be on the call itself.

Kind regards,
Oliver

Oliver Brandt
Talent Acquisition Partner
Harrowgate Mutual | 20 Gracechurch Street, London EC3V 0BG"""
    uid = ("040000008200E00074C5B7101A82E00800000000" + hx("c04uid", n=40).upper())
    return [("harrowgate-teams-technical-interview.eml", teams_invite(
        "c04", frm=oliver, to=[ME, nadia], subject=f"Harrowgate Mutual | Technical interview - {role}",
        sent=sent, start=start, end=end, body=body, uid=uid))], lab(
        [iv("Harrowgate Mutual", role, start, end, "scheduled", [nadia[1]], [nadia[1]], "technical")],
        "medium", "positive/teams-utc-label-bst",
        "Exchange/Teams invite with TZID 'GMT Standard Time' and the display label '(UTC+00:00) Dublin, "
        "Edinburgh, Lisbon, London' although 8 Oct is in BST -> 14:30+01:00. Organizer does not attend.",
        ["Teams label says (UTC+00:00) but 8 Oct 2026 is BST: 14:30 London = 14:30+01:00"])


@case("bbc-radio-interview-request")
def c05():
    ellie = ("Ellie Carver", "ellie.carver@bbc.example")
    sent = at(2026, 10, 6, 14, 3, 19, wd="Tue", off="+0100")
    text = """Hi Priyanka,

I'm a producer on Wake Up to Money on BBC Radio 5 Live. I came across your LinkedIn post about lenders using open banking data in affordability checks, and wondered whether you'd be up for a short live interview on tomorrow's programme.

We're looking at a slot at around 05:40 on Wednesday 7 October - about four minutes, down the line from home. We'd either call your mobile or send you a link to our studio app so you sound lovely and clear. The presenter would ask what the data actually shows, whether it's fair to borrowers with thin credit files, and what people should check before they consent to sharing their bank data.

If you're happy to do it, could one of our researchers give you a quick ring at 5pm today for a pre-chat? Nothing formal - just so we know what you're likely to say.

I'm afraid it isn't paid, but we can credit you however you'd like on air.

Many thanks,
Ellie

Ellie Carver | Producer, Wake Up to Money
BBC Radio 5 Live | MediaCityUK, Salford M50 2BH
"""
    return [("bbc-5-live-interview-request.eml", email_bytes(
        "c05", frm=ellie, subject="BBC Radio 5 Live - could we interview you tomorrow morning?",
        sent=sent, entity=alt("c05", text, html_cte="base64"), msgid=outlook_mid("c05", "CWXP123MB"),
        host="mail-cwxgbr01on2110.outbound.protection.outlook.com", ip="52.101.67.110"))], lab(
        [], "medium", "negative/press-interview",
        "Live radio interview request with a precise slot and a pre-chat call; press, not a job interview.")


@case("google-case-interview-reschedule")
def c06():
    freya = ("Freya Lindqvist", "freya.lindqvist@ashdownvale.example")
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@ashdownvale.example", True)
    role = "Manager, Data & Analytics"
    summary = f"Case interview: Priyanka Shah ({role})"
    uid = f"{hx('c06uid', n=26)}@google.com"
    meet = f"{hx('c06m', n=3)}-{hx('c06n', n=4)}-{hx('c06o', n=3)}"
    guests = [freya, marcus, ME]
    s1 = at(2026, 10, 5, 12, 31, 48, wd="Mon", off="+0100")
    st1 = at(2026, 10, 13, 11, 0, wd="Tue", off="+0100")
    s2 = at(2026, 10, 9, 17, 48, 2, wd="Fri", off="+0100")
    st2 = at(2026, 10, 15, 15, 0, wd="Thu", off="+0100")
    d1 = """Hi Priyanka,

This is your first-round case interview with Marcus Oyelaran, a Principal in our Financial Services practice. Marcus will walk you through a short case - usually a client's pricing or customer-retention problem - and you'll be expected to structure it, ask for the data you need and work through some quick numbers out loud. Pen, paper and a calculator are all fine.

I'll join at the start to make sure you're both connected and then drop off.

Freya Lindqvist | Recruitment, Ashdown & Vale"""
    d2 = d1 + """

Update 9 Oct: moved to Thursday 15 October at 15:00 at Marcus's request - he's now on a client site all day Tuesday. Apologies for the shuffle!"""
    return [
        ("invitation-case-interview.eml", google_invite(
            "c06a", organizer=freya, guests=guests, summary=summary, start=st1, end=st1 + timedelta(hours=1),
            description=d1, sent=s1, uid=uid, seq=0, meet=meet)),
        ("updated-invitation-case-interview.eml", google_invite(
            "c06b", organizer=freya, guests=guests, summary=summary, start=st2, end=st2 + timedelta(hours=1),
            description=d2, sent=s2, uid=uid, seq=1, updated=True, meet=meet)),
    ], lab([iv("Ashdown & Vale", role, st2, st2 + timedelta(hours=1), "scheduled", [marcus[1]], [marcus[1]],
               "other")],
           "medium", "positive/google-invite-reschedule-sequence",
           "Consulting case interview: Google invite for Tue 13 Oct, then 'Updated invitation' with the same UID and "
           "SEQUENCE:1 moving it to Thu 15 Oct 15:00. Final time wins; the recruiter only sets up the call.")


@case("shl-numerical-test")
def c07():
    sent = at(2026, 10, 9, 8, 47, 11, wd="Fri", off="+0100")
    text = """Dear Priyanka Shah,

Thank you for applying for the role of Senior Data Analyst - Exposure Management at Aldermanbury Re.

As part of our selection process we ask all candidates to complete an online SHL Verify Interactive numerical reasoning assessment. It takes around 18 minutes and must be completed in one sitting. You will need a calculator, some rough paper and a quiet place where you won't be interrupted.

Please complete the assessment by 23:59 BST on Wednesday 14 October 2026.

Start your assessment: https://candidate.shl.com/launch/""" + hx("c07", n=24) + """
Candidate ID: ALR-""" + num("c07id", digits=7) + """

Candidates who meet the benchmark are usually invited to a first interview within ten working days of the deadline.

If you require any reasonable adjustments, please contact the recruitment team at careers@aldermanburyre.example before you start.

Good luck!

Recruitment Team
Aldermanbury Re

Powered by SHL. Please do not reply to this automated message.
"""
    return [("aldermanbury-re-shl-assessment.eml", email_bytes(
        "c07", frm=("Aldermanbury Re Recruitment", "noreply@shl.com"),
        subject="Aldermanbury Re: please complete your numerical reasoning assessment",
        sent=sent, entity=alt("c07", text, style="java"), msgid=mid("c07", "shl.com", n=28),
        host="smtp-out-3.shl.com", ip="198.51.100.77", return_path="bounces@shl.com"))], lab(
        [], "easy", "negative/online-assessment",
        "SHL numerical reasoning test with a deadline; mentions a future interview but nothing booked.")


@case("agency-recruiter-fenwick-re")
def c08():
    jonty = ("Jonty Ashcombe", "jonty.ashcombe@marlowsearch.example")
    s1 = at(2026, 9, 28, 17, 55, 20, wd="Mon", off="+0100")
    s_me = at(2026, 9, 28, 19, 2, 0, wd="Mon", off="+0100")
    s2 = at(2026, 9, 29, 9, 36, 44, wd="Tue", off="+0100")
    start = at(2026, 10, 1, 11, 0, wd="Thu", off="+0100")
    end = start + timedelta(hours=1)
    m1, m_me, m2 = outlook_mid("c08a", "LO4P123MB"), gmail_mid("c08me"), outlook_mid("c08b", "LO4P123MB")
    role = "Senior Data Analyst (Pricing)"
    t1 = f"""Hi Priyanka,

Good news - Fenwick Re came back to me this afternoon and they'd like to meet you for the {role} role we talked about.

First stage would be with Claire Ostrander, their Head of Pricing Analytics. She's suggested Thursday morning - shall we say 11 o'clock at their office on Fenchurch Avenue? It'd be about an hour: competency questions plus a good chat about your Lloyd's market experience.

Let me know if that works and I'll lock it in.

Cheers,
Jonty

Jonty Ashcombe | Senior Consultant, Insurance & Actuarial
Marlow Search Ltd | 020 7946 0518 | 7 Leadenhall Market, London EC3V 1LR
"""
    t2 = """Morning Priyanka,

All sorted - I've pencilled you in with Claire for Thursday 1 October, 11:00 to 12:00, at Fenwick Re, 6th Floor, 30 Fenchurch Avenue, London EC3M 5AD. Sign in at the ground-floor reception and someone will bring you up.

A couple of pointers: Claire is big on how you explain model outputs to underwriters, so have an example ready, and she'll probably ask why you're looking to move. Smart dress - jacket, no tie needed.

Give me a ring afterwards and let me know how it went.

Jonty

Jonty Ashcombe | Senior Consultant, Insurance & Actuarial
Marlow Search Ltd | 020 7946 0518

________________________________
From: Priyanka Shah <priyanka.shah@example.com>
Sent: 28 September 2026 19:02
To: Jonty Ashcombe <jonty.ashcombe@marlowsearch.example>
Subject: Re: Fenwick Re - first stage

Thursday at 11 is perfect, thanks Jonty.

Priyanka
"""
    return [
        ("marlow-search-fenwick-first-stage.eml", email_bytes(
            "c08a", frm=jonty, subject="Fenwick Re - first stage", sent=s1, entity=alt("c08a", t1),
            msgid=m1, host="mail-lo4gbr01on2101.outbound.protection.outlook.com", ip="52.101.54.101",
            extra=[("Thread-Topic", "Fenwick Re - first stage"), ("Thread-Index", thread_index("c08a"))])),
        ("marlow-search-confirmed.eml", email_bytes(
            "c08b", frm=jonty, subject="RE: Fenwick Re - first stage", sent=s2, entity=alt("c08b", t2, html_cte="base64"),
            msgid=m2, in_reply_to=m_me, references=[m1, m_me],
            host="mail-lo4gbr01on2104.outbound.protection.outlook.com", ip="52.101.54.104",
            extra=[("Thread-Topic", "Fenwick Re - first stage"), ("Thread-Index", thread_index("c08b"))])),
    ], lab([iv("Fenwick Re", role, start, end, "scheduled", [], [jonty[1]], "hiring_manager")],
           "medium", "positive/agency-recruiter-thread",
           "Agency recruiter proposes 'Thursday at 11' then confirms it ('I've pencilled you in'); company is the "
           "client (Fenwick Re). Interviewer has no address in the case, so the follow-up goes to the agency recruiter.")


# ============================================================================= cases 09-16
@case("fca-approved-person-interview")
def c09():
    dan = ("Daniel Featherstone", "daniel.featherstone@fca.example")
    sent = at(2026, 10, 12, 11, 8, 27, wd="Mon", off="+0100")
    at(2026, 10, 21, 10, 0, wd="Wed", off="+0100")
    text = """Dear Ms Shah,

Application reference: IRN-""" + num("c09", digits=7) + """
Applicant firm: Ormonde Building Society
Application type: Form A - application for approval (Senior Managers & Certification Regime)

As part of our assessment of the above application, we would like to invite you to an interview with the FCA. The interview will be conducted by me and a colleague from the Retail Lending supervision team and will last approximately 90 minutes.

Date: Wednesday 21 October 2026
Time: 10:00
Location: Financial Conduct Authority, 12 Endeavour Square, London E20 1JN

The purpose of the interview is to help us assess your competence and capability for the proposed role, including your understanding of the firm's business model, its key risks and the regulatory responsibilities you would hold. It is not an assessment of the firm's recruitment decision, which has already been made.

Please bring photo ID and arrive 15 minutes early to allow time to pass through security. If you need any adjustments, or cannot attend on this date, please let me know by Friday 16 October. Please note that the statutory period for determining the application continues to run.

Yours sincerely,

Daniel Featherstone
Case Officer, Authorisations Division
Financial Conduct Authority
"""
    return [("fca-interview-arrangements.eml", email_bytes(
        "c09", frm=dan, subject="Application IRN-" + num("c09", digits=7) + " - interview arrangements",
        sent=sent, entity=alt("c09", text),
        msgid=outlook_mid("c09", "CWLP265MB"), host="mail-cwlgbr01on2130.outbound.protection.outlook.com",
        ip="52.101.73.130"))], lab(
        [], "hard", "negative/regulatory-interview",
        "FCA approved-person (SM&CR Form A) interview with date, time and venue; regulatory assessment after the "
        "hiring decision, not a job interview.")


@case("oleeo-assessment-centre-edinburgh")
def c10():
    isla = ("Isla Drummond", "isla.drummond@caledonianlife.example")
    euan = ("Euan Mackie", "euan.mackie@caledonianlife.example")
    fiona = ("Fiona Baird", "fiona.baird@caledonianlife.example")
    ravi = ("Ravi Menon", "ravi.menon@caledonianlife.example")
    alasdair = ("Alasdair Kerr", "alasdair.kerr@caledonianlife.example")
    role = "Senior Data Analyst, Customer Insight"
    venue = "Caledonian Life, 40 Haymarket Terrace, Edinburgh EH12 5LQ"
    s0 = at(2026, 10, 21, 16, 20, 5, wd="Wed", off="+0100")
    day = (2026, 11, 4)
    ge = (at(*day, 9, 30, wd="Wed", off="+0000"), at(*day, 10, 30, wd="Wed", off="+0000"))
    cs = (at(*day, 10, 45, wd="Wed", off="+0000"), at(*day, 11, 45, wd="Wed", off="+0000"))
    cb = (at(*day, 13, 0, wd="Wed", off="+0000"), at(*day, 14, 0, wd="Wed", off="+0000"))
    t0 = f"""Dear Priyanka,

Thank you for booking your place at our assessment centre for the {role} vacancy (ref. CL-2026-0418).

Date: Wednesday 4 November 2026
Arrival: 09:15 for a 09:30 start
Expected finish: approximately 14:00 (lunch is provided)
Venue: {venue}

The day is made up of three parts:
1. A group exercise with other candidates, observed by two assessors
2. A case study presentation - you'll receive the pack on the day and have 30 minutes to prepare
3. A competency-based interview

Your recruitment coordinator, Isla Drummond, will send you a separate calendar invitation for each session.

Please bring photo ID and let us know in advance if you need any adjustments. Reasonable travel expenses will be reimbursed - keep your receipts and submit them through your candidate account.

To view or amend your booking, log in to your candidate account at https://caledonianlife.tal.net/candidate

Kind regards,

Recruitment Team
Caledonian Life
"""
    sessions = [
        ("group-exercise", "Assessment centre - group exercise (Priyanka Shah)", ge, [euan, fiona],
         at(2026, 10, 22, 10, 2, 14, wd="Thu", off="+0100"),
         """Group exercise, Meeting Room 2 (ground floor).

You'll work with four other candidates on a prioritisation problem based on customer complaints data. Euan and Fiona will be observing - there are no right answers, we're interested in how you contribute, listen and build on others' ideas.

Please arrive at reception by 09:15.
Isla"""),
        ("case-study", "Assessment centre - case study presentation (Priyanka Shah)", cs, [euan, ravi],
         at(2026, 10, 22, 10, 4, 51, wd="Thu", off="+0100"),
         """Case study presentation, Meeting Room 5 (second floor).

The pack (a retention scenario with some summary tables) is handed out at the end of the group exercise. 30 minutes of prep is built in before this slot; you'll then present for 10 minutes to Euan and Ravi, followed by questions. Flipchart and screen available - no slides needed.
Isla"""),
        ("competency-interview", "Assessment centre - competency-based interview (Priyanka Shah)", cb, [fiona, alasdair],
         at(2026, 10, 22, 10, 7, 36, wd="Thu", off="+0100"),
         """Competency-based interview with Fiona Baird (Head of Customer Insight) and Alasdair Kerr (Senior Manager, Pricing & Analytics), Meeting Room 5.

Questions cover collaboration, influencing without authority, delivering under pressure and data quality. Lunch is 12:00-13:00 in the staff restaurant beforehand.
Isla"""),
    ]
    items = [("oleeo-assessment-centre-booked.eml", email_bytes(
        "c10o", frm=("Caledonian Life Recruitment", "caledonianlife-noreply@tal.net"),
        reply_to=("Caledonian Life Recruitment", "recruitment@caledonianlife.example"),
        subject=f"Assessment centre booking confirmed - {role} (CL-2026-0418)", sent=s0,
        entity=alt("c10o", t0, style="java"), msgid=mid("c10o", "tal.net", n=20),
        host="mailout2.tal.net", ip="198.51.100.130"))]
    for slug, summary, (st, en), people, sent, desc in sessions:
        items.append((f"invitation-{slug}.eml", google_invite(
            "c10" + slug, organizer=isla, guests=[isla] + people + [ME], summary=summary, start=st, end=en,
            description=desc, sent=sent, uid=f"{hx('c10uid', slug, n=26)}@google.com", location=venue)))
    everyone = [euan[1], fiona[1], ravi[1], alasdair[1]]
    return items, lab(
        [iv("Caledonian Life", role, ge[0], cb[1], "scheduled", everyone, everyone, "onsite")],
        "hard", "positive/assessment-centre-several-invites",
        "Oleeo booking mail plus three Google invites (group exercise, case study, competency interview) on one "
        "day in Edinburgh -> one onsite from the first session (09:30, not the 09:15 arrival) to 14:00, all four "
        "assessors as interviewers; the coordinator only schedules.",
        ["Invites sent 22 Oct in BST for 4 Nov, after the 25 Oct clock change: 09:30 GMT = 09:30+00:00"])


@case("scam-recruiter-telegram")
def c11():
    sent = at(2026, 10, 13, 3, 14, 55, tz=UTC, wd="Tue")
    text = """Dear Candidate Priyanka,

Your CV was reviewed from an online job board and we are pleased to inform you that you have been shortlisted for the position of Remote Data Analyst (Part Time) with Sterling Crane Wealth Management, London.

Position: Remote Data Analyst
Pay: GBP 48 per hour, 15-20 hours per week
Training: paid, provided online

Your interview will hold via Telegram instant chat on Thursday 15 October 2026 by 10:00 AM UK time with our Hiring Manager, Mr. David Lee. Kindly add him on Telegram with the username @DavidLee_SCW_HR and send the message "Interview Ready - Priyanka" before the time.

Please note: the successful candidate will receive a company cheque to purchase work equipment (laptop and software licence) from our approved vendor. Kindly have your full name, home address and mobile phone number ready for the interview.

We look forward to welcome you to our team.

Best Regards,
HR Department
Sterling Crane Wealth Management
"""
    return [("sterling-crane-interview-invitation.eml", email_bytes(
        "c11", frm=("Sterling Crane HR Department", "recruitment@sterlingcrane-hr.example"),
        reply_to=("David Lee", "davidlee.scwhr@fastmail-inbox.example"),
        to=[("Undisclosed recipients", "undisclosed-recipients@sterlingcrane-hr.example"), ME],
        subject="Interview Invitation - Remote Data Analyst (GBP48/hr) - Sterling Crane Wealth Management",
        sent=sent, entity=plain(text, "7bit"), msgid=mid("c11", "sterlingcrane-hr.example", n=20),
        host="vps-4471.hostingcheap.example", ip="192.0.2.201"))], lab(
        [], "easy", "negative/scam",
        "Recruiter scam: Telegram 'chat interview', equipment cheque, reply-to on another domain.")


@case("calendly-informal-chat-after-clocks-change")
def c12():
    morag = ("Morag Lennox", "morag.lennox@thistlebank.example")
    role = "Senior Data Analyst, Financial Crime"
    s1 = at(2026, 10, 22, 14, 37, 9, wd="Thu", off="+0100")
    s2 = at(2026, 10, 23, 8, 12, 44, wd="Fri", off="+0100")
    start = at(2026, 10, 26, 10, 0, wd="Mon", off="+0000")
    end = start + timedelta(minutes=20)
    t1 = f"""Hi Priyanka,

Thanks for your application for the {role} role in our Edinburgh team (hybrid, with London as an option for the right person). I've had a read of your CV and I'd like to set up an informal chat as the first stage of the process.

It's a 20-minute video call with me. I'll tell you a bit more about the team and the role, and I'll ask about your experience, your notice period and what you're looking for salary-wise. If it all lines up, the next step is an interview with the hiring manager, Graeme Sutherland.

You can pick whatever time suits you here:
https://calendly.com/morag-lennox-thistlebank/informal-chat

Speak soon,
Morag

Morag Lennox
Talent Partner | Thistle Bank
St Andrew Square, Edinburgh EH2 2AF
"""
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('c12t', n=32)}%40thread.v2/0"
    t2 = f"""Hi Priyanka Shah,

A new event has been scheduled.

Event Type:
Informal chat (20 min)

Invitee:
Priyanka Shah

Invitee Email:
{OWNER}

Event Date/Time:
10:00am - Monday, 26 October 2026 (United Kingdom Time)

Location:
This is a Microsoft Teams web conference.
{teams}

Description:
A relaxed first conversation with Morag from the Thistle Bank talent team - about the role, your background and what you're looking for.

View event in Calendly: https://calendly.com/events/{hx('c12e', n=22)}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx('c12c', n=36)}
Reschedule: https://calendly.com/reschedulings/{hx('c12c', n=36)}

Powered by Calendly.com
"""
    uid = hx("c12uid", n=36)
    cal = vcalendar("-//Calendly//Calendly//EN", [vevent(
        uid, start, end, "Informal chat between Morag Lennox and Priyanka Shah", stamp=s2,
        organizer=morag, attendees=[(*ME, "ACCEPTED"), (*morag, "ACCEPTED")],
        description=f"Event Name: Informal chat (20 min)\n\nJoin: {teams}\n\nNeed to make changes to this event?\n"
                    f"Cancel: https://calendly.com/cancellations/{hx('c12c', n=36)}",
        location=teams)], method="REQUEST", version_first=True)
    e2 = multi("mixed", boundary("c12m"), alt("c12b", t2, html_cte="base64"), attach("text/calendar", "invite.ics", cal))
    return [
        ("thistle-bank-informal-chat.eml", email_bytes(
            "c12a", frm=morag, subject=f"Thistle Bank - {role}: next steps", sent=s1,
            entity=alt("c12a", t1), msgid=outlook_mid("c12a", "LO0P265MB"),
            host="mail-lo0gbr01on2119.outbound.protection.outlook.com", ip="52.101.59.119")),
        ("calendly-confirmed.eml", email_bytes(
            "c12b", frm=("Calendly", "notifications@calendly.com"), reply_to=morag,
            subject="Confirmed: Informal chat (20 min) with Morag Lennox on Monday, 26 October 2026",
            sent=s2, entity=e2, msgid=mid("c12b", "calendly.com", n=24), host="o7.mail.calendly.com",
            ip="149.72.10.17", return_path="bounces+881@mail.calendly.com")),
    ], lab([iv("Thistle Bank", role, start, end, "scheduled", [morag[1]], [morag[1]], "phone_screen")],
           "medium", "positive/calendly-informal-chat",
           "Recruiter's 'informal chat' is explicitly the first stage of the process; booked via Calendly for the "
           "Monday after the clocks go back (10:00 GMT). Recruiter conducts it.",
           ["Booked Fri 23 Oct (BST, +0100 Date header) for Mon 26 Oct, after the 25 Oct change: 10:00+00:00"])


@case("dentist-appointment")
def c13():
    sent = at(2026, 10, 26, 9, 0, 12, wd="Mon", off="+0000")
    start = at(2026, 11, 3, 8, 15, wd="Tue", off="+0000")
    end = at(2026, 11, 3, 9, 5, wd="Tue")
    practice = ("Harley Fields Dental", "appointments@harleyfieldsdental.example")
    text = """Dear Priyanka,

This is a reminder of your upcoming appointments at Harley Fields Dental, 14 Weymouth Street, London W1W 5BP.

Tuesday 3 November 2026
08:15 - Examination with Dr Anand Kapoor (20 minutes)
08:35 - Hygienist appointment with Chloe (30 minutes)

Please arrive five minutes early so we can update your medical history. Appointments cancelled or moved with less than 48 hours' notice are charged at the full fee.

To confirm, simply reply YES to this email or call us on 020 7946 0931.

Kind regards,
Reception team
Harley Fields Dental
"""
    cal = vcalendar("-//Harley Fields Dental//Practice Manager//EN", [vevent(
        hx("c13uid", n=30) + "@harleyfieldsdental.example", start, end,
        "Dental check-up and hygienist - Harley Fields Dental", stamp=sent, tz="Europe/London",
        organizer=practice, attendees=[(*ME, "NEEDS-ACTION")],
        description="Examination with Dr Anand Kapoor followed by hygienist appointment.",
        location="Harley Fields Dental, 14 Weymouth Street, London W1W 5BP")], method="PUBLISH", tz="Europe/London")
    entity = multi("mixed", boundary("c13m"), alt("c13", text), attach("text/calendar", "appointment.ics", cal))
    return [("harley-fields-dental-reminder.eml", email_bytes(
        "c13", frm=practice, subject="Appointment reminder: Tuesday 3 November at 08:15", sent=sent,
        entity=entity, msgid=mid("c13", "harleyfieldsdental.example", n=24), host="smtp.practicemail.example",
        ip="198.51.100.9"))], lab(
        [], "easy", "negative/medical-appointment", "Dentist appointment reminder with .ics attachment.")


@case("eightfold-two-rounds-across-dst")
def c14():
    hannah = ("Hannah Doyle", "hannah.doyle@beaufortspecialty.example")
    leon = ("Leon Varga", "leon.varga@beaufortspecialty.example")
    cath = ("Catherine Ellery", "catherine.ellery@beaufortspecialty.example")
    role = "Senior Data Analyst, Underwriting Insights"
    s1 = at(2026, 10, 14, 13, 26, 40, wd="Wed", off="+0100")
    r1 = at(2026, 10, 20, 13, 0, wd="Tue", off="+0100")
    s2 = at(2026, 10, 22, 17, 3, 18, wd="Thu", off="+0100")
    r2 = at(2026, 10, 27, 10, 0, wd="Tue", off="+0000")
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('c14t', n=30)}%40thread.v2/0"
    t1 = f"""Hi Priyanka,

Your interview has been scheduled.

Position: {role}
Interview: Technical interview
Date: Tuesday, October 20, 2026
Time: 1:00 PM - 2:00 PM BST (Europe/London)
Interviewer: Leon Varga, Analytics Engineering Lead
Location: Microsoft Teams - the joining link is in the attached calendar invitation

Leon will ask you to walk through a piece of analysis you're proud of, then work through a short SQL problem on a shared screen.

Need to reschedule? Reply to this email and Hannah Doyle from our talent team will help.

Beaufort Specialty Talent Acquisition

Powered by Eightfold AI
"""
    t2 = f"""Hi Priyanka,

Congratulations on progressing to the final stage! Your next interview has been scheduled.

Position: {role}
Interview: Final interview
Date: Tuesday, October 27, 2026
Time: 10:00 AM - 11:00 AM GMT (Europe/London)
Interviewer: Catherine Ellery, Director of Underwriting Analytics
Location: Beaufort Specialty, 52 Lime Street, London EC3M 7AF (in person)

A note from Hannah: a quick heads-up that the clocks go back this weekend - the time above is UK time after the change. Catherine's assistant will meet you at reception; please bring photo ID.

Beaufort Specialty Talent Acquisition

Powered by Eightfold AI
"""
    items = []
    for tag, sent, st, who, txt, subj_, loc, summ in [
        ("c14a", s1, r1, leon, t1, f"Interview confirmed: {role} - Beaufort Specialty", teams,
         f"Technical interview - Priyanka Shah ({role})"),
        ("c14b", s2, r2, cath, t2, f"Interview confirmed: Final interview - {role}",
         "Beaufort Specialty, 52 Lime Street, London EC3M 7AF", f"Final interview - Priyanka Shah ({role})")]:
        cal = vcalendar("-//Eightfold AI//Interview Scheduling//EN", [vevent(
            hx(tag, "uid", n=32) + "@eightfold.ai", st, st + timedelta(hours=1), summ, stamp=sent,
            tz="Europe/London", organizer=hannah, attendees=[(*ME, "NEEDS-ACTION"), (*who, "ACCEPTED")],
            description=f"Interviewer: {who[0]}", location=loc)], tz="Europe/London")
        ent = multi("mixed", boundary(tag + "m", "java"), alt(tag, txt, style="java"),
                    attach("text/calendar", "invite.ics", cal))
        items.append((f"eightfold-{'technical' if tag == 'c14a' else 'final'}-confirmed.eml", email_bytes(
            tag, frm=("Beaufort Specialty Talent", "notifications@eightfold.ai"), reply_to=hannah,
            subject=subj_, sent=sent, entity=ent, msgid=mid(tag, "eightfold.ai", n=30),
            host="o12.email.eightfold.ai", ip="168.245.33.12", return_path="bounces+4471@email.eightfold.ai")))
    return items, lab(
        [iv("Beaufort Specialty", role, r1, r1 + timedelta(hours=1), "scheduled", [leon[1]], [leon[1]], "technical"),
         iv("Beaufort Specialty", role, r2, r2 + timedelta(hours=1), "scheduled", [cath[1]], [cath[1]],
            "hiring_manager")],
        "medium", "positive/two-interviews-across-dst",
        "Two Eightfold confirmations with .ics, technical round then final round a week later; the UK clocks "
        "go back in between, so the offsets differ (+01:00 then +00:00).",
        ["Technical round Tue 20 Oct 13:00 BST (+01:00); final Tue 27 Oct 10:00 GMT (+00:00), after the 25 Oct change"])


@case("owner-interviews-candidate-teams")
def c15():
    rachel = ("Rachel Gunn", "rachel.gunn@albemarledirect.example")
    raj = ("Raj Patel", "raj.patel@albemarledirect.example")
    sent = at(2026, 10, 27, 11, 45, 30, wd="Tue", off="+0000")
    start = at(2026, 10, 30, 14, 0, wd="Fri", off="+0000")
    body = """Hi both,

Priyanka - I've sent this to your personal address too, as your work mailbox is still showing as unavailable after the laptop rebuild. Please accept from whichever calendar is working.

You're interviewing Callum Frost for the Data Analyst (Pricing) vacancy. His CV and the interview scorecard are in Workday under your inbox tasks - please submit your feedback within 24 hours of the interview so we can move quickly, as he has another process running.

Suggested split: Priyanka to lead the SQL exercise (the motor renewals question from the interview pack), Raj to take the competency section. I'll bring Callum into the Teams lobby a couple of minutes early.

Thanks,
Rachel

Rachel Gunn
Recruitment Coordinator | Albemarle Direct"""
    return [("interview-callum-frost.eml", teams_invite(
        "c15", frm=rachel, to=[ME, raj],
        subject="Interview: Callum Frost - Data Analyst (Pricing) | Interviewers: Priyanka Shah, Raj Patel",
        sent=sent, start=start, end=start + timedelta(hours=1), body=body,
        uid="040000008200E00074C5B7101A82E00800000000" + hx("c15uid", n=40).upper()))], lab(
        [], "hard", "negative/user-is-interviewer",
        "Teams invite from the owner's current employer: she is an interviewer assessing another candidate.")


@case("workday-technical-gcal-json")
def c16():
    lauren = ("Lauren Hsu", "lauren.hsu@pellbridge.example")
    tobias = ("Tobias Wren", "tobias.wren@pellbridge.example")
    role = "Senior Consultant, Insurance Analytics"
    sent = at(2026, 11, 3, 16, 11, 52, wd="Tue", off="+0000")
    start = at(2026, 11, 10, 14, 0, wd="Tue", off="+0000")
    end = start + timedelta(hours=1)
    zoom = f"https://pellbridge.zoom.us/j/{num('c16z', digits=11)}?pwd={hx('c16p', n=22)}"
    text = f"""Dear Priyanka,

Thank you for your continued interest in Pellbridge Consulting. We are pleased to confirm the details of your interview below.

Job Requisition: JR-10482 {role}
Interview Type: Technical interview (live SQL and modelling exercise)
Date: 10/11/2026
Start Time: 14:00 GMT
End Time: 15:00 GMT
Interviewer(s): Tobias Wren
Location: Zoom - the joining link will follow in a calendar invitation

If you have any questions about your interview, please contact Lauren Hsu, Recruiting Coordinator, at {lauren[1]}.

You can review your application at any time by signing in to your candidate home account.

Kind regards,
Pellbridge Consulting Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
"""
    ev_id = hx("c16ev", n=26)
    event = {
        "kind": "calendar#event",
        "etag": f"\"{num('c16etag', digits=16)}\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{ev_id} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-03T16:20:05.000Z",
        "updated": "2026-11-03T16:24:41.338Z",
        "summary": "Pellbridge Consulting | Technical interview - Priyanka Shah",
        "description": f"Technical interview for {role} (JR-10482).\n\nLive SQL and modelling exercise with "
                       f"Tobias Wren (Partner, Insurance Analytics). Lauren will not join.\n\nJoin Zoom: {zoom}",
        "location": zoom,
        "creator": {"email": lauren[1], "displayName": lauren[0]},
        "organizer": {"email": lauren[1], "displayName": lauren[0]},
        "start": {"dateTime": "2026-11-10T14:00:00Z", "timeZone": "Europe/London"},
        "end": {"dateTime": "2026-11-10T15:00:00Z", "timeZone": "Europe/London"},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": lauren[1], "displayName": lauren[0], "organizer": True, "responseStatus": "accepted"},
            {"email": tobias[1], "displayName": tobias[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanSeeOtherGuests": True,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert datetime.fromisoformat(event["start"]["dateTime"].replace("Z", "+00:00")) == start
    return [
        ("workday-interview-scheduled.eml", email_bytes(
            "c16", frm=("Pellbridge Consulting", "pellbridge@myworkday.com"),
            subject=f"Interview Scheduled - {role} (JR-10482)", sent=sent,
            entity=alt("c16", text, html_cte="base64", style="java"), msgid=mid("c16", "myworkday.com", n=26),
            host="mail-out-21.myworkday.com", ip="198.51.100.221", return_path="bounce@myworkday.com")),
        ("pellbridge-technical-interview.gcal.json",
         (json.dumps(event, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
    ], lab([iv("Pellbridge Consulting", role, start, end, "scheduled", [tobias[1]], [tobias[1]], "technical")],
           "medium", "positive/workday-plus-gcal-json",
           "Workday notification with the UK-format date '10/11/2026' (10 November) plus the same interview as a "
           "Calendar API event (organizer = coordinator, interviewer = Tobias). One interview.",
           ["Workday date 10/11/2026 is day/month (10 Nov, GMT); Calendar API event in UTC 'Z' with timeZone Europe/London"])


# ============================================================================= cases 17-23
@case("availability-request-unbooked")
def c17():
    sophie = ("Sophie Tranter", "sophie.tranter@knightsbridgeadvisory.example")
    sent = at(2026, 11, 4, 10, 22, 15, wd="Wed", off="+0000")
    at(2026, 11, 16, 9, 0, wd="Mon")
    text = """Dear Priyanka,

Thank you for your application for the Consultant, Insurance Data & Analytics role. I'm pleased to let you know that the team would like to invite you to a first-round case interview - 45 minutes on Teams with one of our managers.

Could you send me three or four times that would suit during the week commencing 16 November? Mornings tend to work best for the team, anywhere between 9 and 12.

Alternatively, you're welcome to choose a slot directly from my Bookings page:
https://outlook.office365.com/book/KnightsbridgeAdvisoryRecruitment@knightsbridgeadvisory.example/

Once we've agreed a time I'll send a calendar invitation along with some guidance on the case format.

Kind regards,

Sophie Tranter
Graduate & Experienced Hire Recruitment
Knightsbridge Advisory Partners
"""
    return [("knightsbridge-advisory-availability.eml", email_bytes(
        "c17", frm=sophie, subject="Knightsbridge Advisory - first-round case interview: your availability",
        sent=sent, entity=alt("c17", text, html_cte="base64"), msgid=outlook_mid("c17", "LO6P265MB"),
        host="mail-lo6gbr01on2093.outbound.protection.outlook.com", ip="52.101.64.93",
        extra=[("Thread-Topic", "Knightsbridge Advisory - first-round case interview: your availability"),
               ("Thread-Index", thread_index("c17"))]))], lab(
        [], "medium", "negative/availability-request",
        "Invitation to a case interview but only an availability request plus a Bookings link; nothing booked.")


@case("smartrecruiters-cancelled")
def c18():
    amira = ("Amira Haddad", "amira.haddad@castlegateinsurance.example")
    jon = ("Jonathan Pike", "jonathan.pike@castlegateinsurance.example")
    role = "Senior Data Analyst - Claims Analytics"
    s1 = at(2026, 9, 24, 12, 40, 9, wd="Thu", off="+0100")
    s2 = at(2026, 9, 28, 18, 5, 51, wd="Mon", off="+0100")
    start = at(2026, 9, 30, 15, 0, wd="Wed", off="+0100")
    end = start + timedelta(minutes=45)
    uid = hx("c18uid", n=32) + "@smartrecruiters.com"
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('c18t', n=30)}%40thread.v2/0"
    t1 = f"""Hi Priyanka,

Your interview with Castlegate Insurance has been confirmed.

{role}
Wed, Sep 30, 2026, 3:00 PM - 3:45 PM (Europe/London)
Video interview (Microsoft Teams)
With: Jonathan Pike, Head of Claims Analytics

The joining link is in the attached calendar invitation. If you need to change the time, reply to this email to reach Amira Haddad in the recruiting team.

Good luck!
Castlegate Insurance Recruiting

Sent via SmartRecruiters
"""
    t2 = f"""Hi Priyanka,

Your interview for {role} on Wed, Sep 30, 2026 at 3:00 PM (Europe/London) has been cancelled.

Message from the hiring team:
"Priyanka, I'm really sorry to do this at short notice. We need to cancel Wednesday's interview - the role has been put on hold while the claims function goes through a restructure. I'll be in touch straight away if it reopens, and I'd be glad to keep you in mind for anything similar. Amira"

Castlegate Insurance Recruiting

Sent via SmartRecruiters
"""
    def cal(method, seq, status, stamp):
        return vcalendar("-//SmartRecruiters//Interview Scheduler//EN", [vevent(
            uid, start, end, f"Interview: Priyanka Shah - {role}", stamp=stamp, tz="Europe/London",
            organizer=amira, attendees=[(*ME, "NEEDS-ACTION"), (*jon, "ACCEPTED")],
            description=f"Video interview with Jonathan Pike.\nJoin: {teams}", location=teams, seq=seq,
            status=status)], method=method, tz="Europe/London")
    items = []
    for tag, sent, txt, subj_, c, fn in [
        ("c18a", s1, t1, f"Interview confirmed: {role}", cal("REQUEST", 0, "CONFIRMED", s1), "interview-confirmed"),
        ("c18b", s2, t2, f"Interview cancelled: {role}", cal("CANCEL", 1, "CANCELLED", s2), "interview-cancelled")]:
        ent = multi("mixed", boundary(tag + "m"), alt(tag, txt),
                    attach(f"text/calendar; method={'REQUEST' if tag == 'c18a' else 'CANCEL'}", "invite.ics", c))
        items.append((f"smartrecruiters-{fn}.eml", email_bytes(
            tag, frm=("Castlegate Insurance", "no-reply@smartrecruiters.com"), reply_to=amira, subject=subj_,
            sent=sent, entity=ent, msgid=mid(tag, "smartrecruiters.com", n=28), host="mail-eu.smartrecruiters.com",
            ip="198.51.100.88", return_path="bounce@smartrecruiters.com")))
    return items, lab(
        [iv("Castlegate Insurance", role, start, end, "cancelled", [jon[1]], [jon[1]], "hiring_manager")],
        "medium", "positive/cancellation",
        "SmartRecruiters confirmation (.ics REQUEST) then cancellation (METHOD:CANCEL, SEQUENCE:1) because the role "
        "is on hold -> one cancelled interview at the last scheduled time.")


@case("receipt-alert-rejection")
def c19():
    marta = ("Marta Kowalczyk", "marta.kowalczyk@lanternanalytics.example")
    s1 = at(2026, 9, 16, 21, 44, 2, wd="Wed", off="+0100")
    s2 = at(2026, 10, 5, 7, 30, 0, wd="Mon", off="+0100")
    s3 = at(2026, 10, 23, 15, 55, 31, wd="Fri", off="+0100")
    t1 = """Hi Priyanka,

Thanks for applying for the Senior Product Analyst role at Lantern Analytics - we've received your application.

Our team reviews every application and we'll be in touch if your experience is a match. In the meantime, you can learn more about how we work at lanternanalytics.example/careers.

Best,
The Lantern Analytics Talent Team
"""
    t2 = """Hi Priyanka,

5 new jobs match your saved search "Senior Data Analyst" in London, United Kingdom.

Senior Data Analyst, Mortgages - Northgate Bank - London (Hybrid)
Lead Analyst, Customer Data Platform - Northgate Bank - London / Leeds
Data Analyst II, Financial Crime Analytics - Northgate Bank - London
Senior MI Analyst, Treasury - Northgate Bank - London (Hybrid)
Analytics Manager, Payments - Northgate Bank - Remote (UK)

View all jobs: https://careers.northgatebank.example/careers?query=senior+data+analyst

You're receiving this because you joined the Northgate Bank Talent Network. Manage alerts or unsubscribe in your profile settings.

Powered by Eightfold AI
"""
    t3 = """Hi Priyanka,

Thank you for taking the time to interview with Ben and me on Tuesday, and for the thought you put into the take-home exercise - we enjoyed talking it through with you.

After a lot of deliberation, we've decided to move forward with another candidate whose experience in marketplace lending is closer to what we need right now. This was a genuinely difficult decision, and it's no reflection on the quality of your work.

If you're open to it, we'd love to keep your details on file for future analytics roles - we expect to be hiring again in the new year.

All the best,
Marta

Marta Kowalczyk
Head of Analytics, Lantern Analytics
"""
    return [
        ("lantern-application-received.eml", email_bytes(
            "c19a", frm=("Lantern Analytics", "no-reply@greenhouse-mail.io"),
            subject="Thank you for applying to Lantern Analytics", sent=s1, entity=alt("c19a", t1),
            msgid=mid("c19a", "greenhouse-mail.io"), host="o1.ptr4452.greenhouse-mail.io", ip="167.89.81.12",
            return_path="bounces+2210597@greenhouse-mail.io")),
        ("northgate-bank-job-alert.eml", email_bytes(
            "c19b", frm=("Northgate Bank Careers", "notifications@eightfold.ai"),
            subject="5 new jobs for you at Northgate Bank", sent=s2, entity=alt("c19b", t2, style="java"),
            msgid=mid("c19b", "eightfold.ai", n=30), host="o12.email.eightfold.ai", ip="168.245.33.12",
            return_path="bounces+4471@email.eightfold.ai",
            extra=[("List-Unsubscribe", "<https://careers.northgatebank.example/unsubscribe>")])),
        ("lantern-decision.eml", email_bytes(
            "c19c", frm=("Marta Kowalczyk", "no-reply@greenhouse-mail.io"), reply_to=marta,
            subject="Your application to Lantern Analytics", sent=s3, entity=alt("c19c", t3, html_cte="base64"),
            msgid=mid("c19c", "greenhouse-mail.io"), host="o1.ptr4452.greenhouse-mail.io", ip="167.89.81.12",
            return_path="bounces+2210597@greenhouse-mail.io")),
    ], lab([], "medium", "negative/receipt-alert-rejection",
           "Application receipt, an Eightfold job alert and a rejection that mentions a past interview ('on Tuesday'); "
           "no upcoming interview.")


@case("zoom-reschedule-by-email")
def c20():
    tasha = ("Tasha Greenwood", "tasha.greenwood@quaysidepayments.example")
    dom = ("Dominic Achterberg", "dominic.achterberg@quaysidepayments.example")
    s1 = at(2026, 10, 12, 15, 20, 40, wd="Mon", off="+0100")
    s_me1 = at(2026, 10, 16, 10, 5, 0, wd="Fri", off="+0100")
    s2 = at(2026, 10, 16, 9, 18, 2, wd="Fri", off="+0100")
    s3 = at(2026, 10, 16, 11, 54, 37, wd="Fri", off="+0100")
    old = at(2026, 10, 19, 11, 0, wd="Mon", off="+0100")
    new = at(2026, 10, 21, 11, 0, wd="Wed", off="+0100")
    zid = num("c20z", digits=11)
    zoom = f"https://quaysidepayments.zoom.us/j/{zid}?pwd={hx('c20p', n=26)}"
    subject = "Quayside Payments - interview with Dominic Achterberg (Head of Data)"
    t1 = f"""Hi Priyanka,

Lovely to speak earlier! As promised, here are the details for your interview with Dominic, our Head of Data.

It'll be 45 minutes on Zoom - mostly a conversation about your experience building fraud and risk dashboards, plus a few questions on how you like to work with product and engineering teams.

When: Monday 19 October, 11:00-11:45 (UK time)
Join Zoom Meeting: {zoom}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {num('c20pc', digits=6)}

I've attached a calendar invite for your diary.

Best,
Tasha

Tasha Greenwood
Talent Partner | Quayside Payments
"""
    t2 = """Morning Priyanka,

I'm so sorry to do this - Dominic has been pulled into a board session on Monday that he can't move. Would Wednesday 21st at the same time work for you instead? Same Zoom link, same format.

Apologies again,
Tasha
"""
    t3 = """Thanks so much for being flexible, Priyanka.

That's all confirmed for Wednesday at 11 with Dominic - I've let him know, and the Zoom details stay exactly as they were. I'll update the invite on our side too.

Have a lovely weekend!
Tasha

-----Original Message-----
From: Priyanka Shah <priyanka.shah@example.com>
Sent: Friday, October 16, 2026 10:05 AM
To: Tasha Greenwood <tasha.greenwood@quaysidepayments.example>
Subject: Re: Quayside Payments - interview with Dominic Achterberg (Head of Data)

Hi Tasha, no problem at all - Wednesday at 11 is fine for me.

Priyanka
"""
    cal = vcalendar("-//zoom.us//iCalendar Event//EN", [vevent(
        f"ZOOM{zid}", old, old + timedelta(minutes=45), "Priyanka Shah / Quayside Payments - interview with Dominic",
        stamp=s1, tz="Europe/London", organizer=tasha, attendees=[(*ME, "NEEDS-ACTION"), (*dom, "ACCEPTED")],
        description=f"Tasha Greenwood is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zoom}",
        location=zoom)], tz="Europe/London", version_first=False)
    m1 = gmail_mid("c20a")
    m2 = gmail_mid("c20b")
    m_me = gmail_mid("c20me")
    bm = [("X-Mailer", "Beamery"), ("X-Beamery-Conversation", hx("c20conv", n=24))]
    return [
        ("quayside-interview-invite.eml", email_bytes(
            "c20a", frm=tasha, subject=subject, sent=s1,
            entity=multi("mixed", boundary("c20m"), alt("c20a", t1, html_cte="base64"),
                         attach("text/calendar", "iCalendar.ics", cal)),
            msgid=m1, host="mail-wm1-f54.google.com", ip="209.85.128.54", extra=bm)),
        ("quayside-can-we-move.eml", email_bytes(
            "c20b", frm=tasha, subject="Re: " + subject, sent=s2, entity=alt("c20b", t2), msgid=m2,
            in_reply_to=m1, references=[m1], host="mail-wm1-f41.google.com", ip="209.85.128.41", extra=bm)),
        ("quayside-moved-to-wednesday.eml", email_bytes(
            "c20c", frm=tasha, subject="Re: " + subject, sent=s3, entity=alt("c20c", t3), msgid=gmail_mid("c20c"),
            in_reply_to=m_me, references=[m1, m2, m_me], host="mail-wm1-f47.google.com", ip="209.85.128.47",
            extra=bm)),
    ], lab([iv("Quayside Payments", None, new, new + timedelta(minutes=45), "scheduled",
               [dom[1]], [dom[1]], "hiring_manager")],
           "medium", "positive/reschedule-by-email",
           "Zoom .ics for Mon 19 Oct 11:00, then the recruiter moves it by e-mail to 'Wednesday 21st at the same "
           "time' and confirms 'Wednesday at 11' -> Wed 21 Oct 11:00-11:45 BST. The .ics still shows Monday. "
           "Role never stated.")


@case("webinar-case-masterclass")
def c21():
    sent = at(2026, 10, 29, 19, 2, 11, wd="Thu", off="+0000")
    start = at(2026, 11, 5, 18, 30, wd="Thu", off="+0000")
    wid = num("c21w", digits=11)
    link = f"https://us06web.zoom.us/w/{wid}?tk={hx('c21tk', n=30)}"
    text = f"""Hi Priyanka,

Thank you for registering for "Cracking the Case Interview & Assessment Centre - live masterclass for finance, insurance and consulting candidates".

Date & Time: Nov 5, 2026 06:30 PM London

Join from PC, Mac, iPad, or Android: {link}
Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

You'll learn how assessors score group exercises, how to structure a market-sizing case in under two minutes, and what interviewers at the big consultancies listen for in competency answers. There will be a live Q&A at the end.

Want personal feedback? FinCareers Academy members can book a 1:1 mock interview with one of our coaches for GBP 59 - see fincareersacademy.example/mock.

You can cancel your registration at any time.

FinCareers Academy
"""
    cal = vcalendar("-//zoom.us//iCalendar Event//EN", [vevent(
        f"ZOOMW{wid}", start, start + timedelta(hours=1),
        "Cracking the Case Interview & Assessment Centre - live masterclass", stamp=sent, tz="Europe/London",
        organizer=("FinCareers Academy", "no-reply@zoom.us"), attendees=[(*ME, "ACCEPTED")],
        description=f"Join from PC, Mac, iPad, or Android: {link}", location=link)],
        method="PUBLISH", tz="Europe/London")
    return [("fincareers-webinar-registration.eml", email_bytes(
        "c21", frm=("FinCareers Academy", "no-reply@zoom.us"),
        reply_to=("FinCareers Academy", "events@fincareersacademy.example"),
        subject="FinCareers Academy: Cracking the Case Interview & Assessment Centre Confirmation", sent=sent,
        entity=multi("mixed", boundary("c21m"), alt("c21", text, html_cte="base64"),
                     attach("text/calendar", "iCalendar.ics", cal)),
        msgid=mid("c21", "zoom.us", n=30), host="mail.zoom.us", ip="170.114.52.12",
        return_path="bounces@zoom.us"))], lab(
        [], "easy", "negative/webinar",
        "Zoom webinar registration about case interviews and assessment centres, with a paid mock-interview upsell.")


@case("new-york-friday-week-thread")
def c22():
    dana = ("Dana Whitcombe", "dana.whitcombe@hudsonkite.example")
    role = "Senior Data Analyst, Credit Strategy"
    s1 = at(2026, 10, 27, 9, 12, 45, tz=NYC, wd="Tue", off="-0400")
    s_me = at(2026, 10, 27, 14, 31, 0, tz=NYC, wd="Tue", off="-0400")
    s2 = at(2026, 10, 28, 8, 40, 3, tz=NYC, wd="Wed", off="-0400")
    s3 = at(2026, 11, 5, 16, 20, 11, tz=NYC, wd="Thu", off="-0500")
    start = at(2026, 11, 6, 10, 0, tz=NYC, wd="Fri", off="-0500")
    assert start.astimezone(LON).strftime("%H:%M %z") == "15:00 +0000"
    at(2026, 10, 29, 11, 0, tz=NYC, wd="Thu", off="-0400")
    end = start + timedelta(minutes=45)
    zoom = f"https://hudsonkite.zoom.us/j/{num('c22z', digits=10)}"
    subject = f"Hudson Kite - {role}"
    m1, m_me, m2, m3 = gmail_mid("c22a"), gmail_mid("c22me"), gmail_mid("c22b"), gmail_mid("c22c")
    t1 = f"""Hi Priyanka,

Thanks for your interest in the {role} role. Jess on our recruiting team mentioned you're based in London, which is exactly what we're after - the role reports into my team here in New York but would be the first analyst hire in our new London office.

I'd like to set up a 45-minute video interview. I could do this Thursday (Oct 29) at 11am ET, or if next week is easier for you, Friday the 6th at around the same point in my morning. I know the time difference is a moving target right now - your clocks changed on Sunday and ours don't until this coming weekend - so let me know what works on your end.

Best,
Dana

Dana Whitcombe | VP, Credit Strategy
Hudson Kite Capital | 245 Park Avenue South, New York, NY 10003
"""
    t2 = f"""Hi Priyanka,

Friday week works perfectly. Let's lock in Friday, November 6 at 3:00pm your time. By then we'll have fallen back too, so that's 10:00am here in New York - I double-checked. 45 minutes; I'll send a Zoom link closer to the day.

Best,
Dana

On Tue, Oct 27, 2026 at 2:31 PM Priyanka Shah <priyanka.shah@example.com> wrote:
> Hi Dana,
>
> Thank you - I'd really like to talk. Thursday is tricky as I'm in the office all
> day, but could we do Friday week instead, ideally mid-afternoon UK time?
>
> Kind regards,
> Priyanka
"""
    t3 = f"""Hi Priyanka,

Here's the link for tomorrow (Fri 11/6, 10:00-10:45am ET / 3:00-3:45pm London):
{zoom}

It'll just be me. Looking forward to it.

Dana
"""
    return [
        ("hudson-kite-interview-request.eml", email_bytes(
            "c22a", frm=dana, subject=subject, sent=s1, entity=alt("c22a", t1), msgid=m1,
            host="mail-qt1-f170.google.com", ip="209.85.160.170")),
        ("hudson-kite-friday-week-confirmed.eml", email_bytes(
            "c22b", frm=dana, subject="Re: " + subject, sent=s2, entity=plain(t2), msgid=m2, in_reply_to=m_me,
            references=[m1, m_me], host="mail-qt1-f172.google.com", ip="209.85.160.172")),
        ("hudson-kite-zoom-link.eml", email_bytes(
            "c22c", frm=dana, subject="Zoom link for tomorrow", sent=s3, entity=alt("c22c", t3), msgid=m3,
            host="mail-qt1-f176.google.com", ip="209.85.160.176")),
    ], lab([iv("Hudson Kite Capital", role, start, end, "scheduled", [dana[1]], [dana[1]], "hiring_manager")],
           "hard", "positive/thread-propose-confirm-ny-dst",
           "New York hiring manager offers Thu 29 Oct 11am ET or 'Friday the 6th'; the owner asks for 'Friday week' "
           "and Dana confirms Fri 6 Nov 3pm London = 10am ET; Zoom link mail the day before repeats it.",
           ["Thu 29 Oct offer: London/NY gap only 4 h (UK on GMT, US still on EDT)",
            "Confirmed Fri 6 Nov after US fall-back on 1 Nov: 10:00-05:00 = 15:00 London (+00:00); Date headers switch -0400 -> -0500"])


@case("owa-dublin-final-standalone-ics")
def c23():
    sio = ("Siobhán Mulcahy", "siobhan.mulcahy@anchorline.example")
    declan = ("Declan Fahy", "declan.fahy@anchorline.example")
    orla = ("Orla Brennan", "orla.brennan@anchorline.example")
    role = "Senior Data Analyst, Reserving Analytics"
    sent = at(2026, 11, 2, 12, 7, 33, tz=DUB, wd="Mon", off="+0000")
    s_ics = at(2026, 11, 2, 12, 19, 5, tz=DUB, wd="Mon", off="+0000")
    start = at(2026, 11, 13, 10, 0, tz=DUB, wd="Fri", off="+0000")
    end = at(2026, 11, 13, 11, 30, tz=DUB, wd="Fri", off="+0000")
    text = f"""Hi Priyanka,

Thank you for your time on the video call with Declan last week - the team really enjoyed meeting you.

I'm delighted to invite you to a final interview for the {role} position at our Dublin office on Friday 13 November, from 10:00 to 11:30 Irish time. You'll meet Declan Fahy (Director of Analytics) again, together with Orla Brennan, our Chief Financial Officer.

The first half hour is a presentation: please prepare 15 minutes on "How would you use data to improve our claims-reserving process?", followed by questions. The remaining hour is a conversation with Declan and Orla about your experience and how you'd approach the first six months.

We'll cover your flights and a hotel for the Thursday night - our travel team will be in touch separately. I'll send a calendar invitation shortly.

Address: Anchorline Insurance DAC, Anchorline House, 3 Harcourt Road, Dublin 2, D02 X285 - Boardroom, 4th floor.

Kind regards,
Siobhán

Siobhán Mulcahy
HR Business Partner | Anchorline Insurance DAC
"""
    html_text = to_html(text, font="Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif",
                        size="12pt").replace("<p>", '<p class="elementToProof">')
    when = outlook_when(start, end)
    desc = (f"When: {when}.\nWhere: Anchorline House, 3 Harcourt Road, Dublin 2 - Boardroom (4th floor)\n\n"
            "Final interview with Declan Fahy and Orla Brennan: 15-minute presentation, then questions.")
    ics = vcalendar("Microsoft Exchange Server 2010", [vevent(
        "040000008200E00074C5B7101A82E00800000000" + hx("c23uid", n=40).upper(), start, end,
        f"Final interview - Priyanka Shah ({role})", stamp=s_ics, tz="GMT Standard Time", organizer=sio,
        attendees=[(*ME, "NEEDS-ACTION"), (*declan, "NEEDS-ACTION"), (*orla, "NEEDS-ACTION")],
        description=desc, location="Anchorline House, 3 Harcourt Road, Dublin 2 - Boardroom (4th floor)",
        extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])],
        tz="GMT Standard Time")
    return [
        ("anchorline-final-interview.eml", email_bytes(
            "c23", frm=sio, subject="Final interview - Anchorline Insurance, Dublin", sent=sent,
            entity=alt("c23", text, html_text, html_cte="base64", style="outlook"),
            msgid=outlook_mid("c23", "DB9PR02MB"), host="mail-db5eur03on2121.outbound.protection.outlook.com",
            ip="52.101.68.121",
            extra=[("Thread-Topic", "Final interview - Anchorline Insurance, Dublin"),
                   ("Thread-Index", thread_index("c23")), ("Accept-Language", "en-IE, en-GB"),
                   ("Content-Language", "en-IE"), ("X-MS-Has-Attach", ""),
                   ("x-ms-exchange-messagesentrepresentingtype", "1"),
                   ("X-Mailer", "Microsoft Outlook Web App")])),
        ("final-interview-anchorline.ics", ics.encode("utf-8")),
    ], lab([iv("Anchorline Insurance", role, start, end, "scheduled", [declan[1], orla[1]],
               [declan[1], orla[1]], "onsite")],
           "medium", "positive/owa-email-plus-standalone-ics",
           "Outlook on the web mail from HR plus a standalone Exchange .ics (GMT Standard Time) for the same Dublin "
           "final panel -> one onsite interview; HR only organises.",
           ["Dublin in November is on GMT (+00:00), same wall time as London; .ics uses TZID 'GMT Standard Time'"])


# ============================================================================= writer
def main():
    for p in sorted(OUT.glob("b282-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels, readme_cases, tz_lines = {}, [], []
    for i, (slug, fn) in enumerate(CASES, 1):
        nn = f"{i:02d}"
        cid = f"b282-{nn}-{slug}"
        items, label = fn()
        d = OUT / cid
        d.mkdir()
        for j, (name, data) in enumerate(items, 1):
            (d / f"{j:02d}-{name}").write_bytes(data)
        for t in label.pop("_tz"):
            tz_lines.append(f"- Case {nn} ({slug}): {t}")
        labels[cid] = label
        readme_cases.append((nn, slug, label))
    head = "# Labels for blind282 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                     encoding="utf-8")
    ivs = [x for _, _, lb in readme_cases for x in lb["interviews"]]
    pos = sum(1 for _, _, lb in readme_cases if lb["interview"])
    by_status, by_kind = {}, {}
    for x in ivs:
        by_status[x["status"]] = by_status.get(x["status"], 0) + 1
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind282: London fintech, consulting and insurance hiring (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a senior data analyst in London (Europe/London; BST +01:00 until "
        "25 Oct 2026, then GMT +00:00).",
        "",
        "This set was written blind: only the eval README, the head of dev labels.yaml and two dev items were read to check formats; no tool "
        "code, tests or other sets were consulted. All files are generated by `make_cases.py` (deterministic).",
        "",
        "## What it stresses",
        "- UK/Irish/US DST boundaries in Sep-Nov 2026 (UK change 25 Oct, US change 1 Nov) and the one-week 4-hour "
        "London/New York gap.",
        "- Teams invites whose label reads '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' while the date is in BST.",
        "- British wording: 'half two', 'Friday week', 'shall we say', 'I've pencilled you in', diary; UK day/month dates.",
        "- Assessment centre sent as several invites, agency recruiter (company = client), recruiter 'informal chat' "
        "as a process step, case and competency-based interviews.",
        "- Hard negatives: HireVue recorded interview, SHL numerical test, BBC radio interview request, FCA "
        "approved-person interview, dentist, owner as interviewer, scam, availability request, webinar, "
        "receipt/alert/rejection.",
        "",
        "## Counts",
        f"- Cases: {len(readme_cases)} ({pos} positive, {len(readme_cases) - pos} negative)",
        f"- Labelled interviews: {len(ivs)} (by status: {fmt(by_status)}; by kind: {fmt(by_kind)})",
        "",
        "## Formats used",
        "- Greenhouse, Eightfold, SmartRecruiters and Calendly mails with .ics attachments; Oleeo (tal.net), Workday, "
        "HireVue, SHL and Zoom notification mails; Beamery-sent recruiter mails.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics), including an 'Updated invitation' with a higher SEQUENCE.",
        "- Exchange/Teams invitations (multipart/alternative with text/calendar, TZID 'GMT Standard Time', "
        "X-MICROSOFT-CDO-* properties); Outlook on the web HTML mail; a standalone Exchange .ics; a Calendar API "
        "`.gcal.json` event.",
        "- Plain human threads (Gmail and Outlook) with In-Reply-To/References; quoted-printable and base64 bodies; "
        "METHOD:CANCEL invite.",
        "",
        "## Time-zone / DST points",
    ] + tz_lines + ["", "## Cases"] + [
        f"- {nn} `{slug}`: {'positive' if lb['interview'] else 'negative'} ({lb['category']}, {lb['difficulty']})"
        for nn, slug, lb in readme_cases] + [""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
