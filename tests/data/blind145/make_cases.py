#!/usr/bin/env python3
"""Regenerate the blind145 evaluation set (written blind, synthetic).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs (all derived
from hashes of fixed strings). Standard library + PyYAML + zoneinfo only.
Run:  python make_cases.py   (writes b145-* folders and labels.yaml next to this file)
"""
import base64
import hashlib
import json
import os
import quopri
import re
import shutil
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
NY = ZoneInfo("America/New_York")
CPH = ZoneInfo("Europe/Copenhagen")
UTC = timezone.utc
OWNER = "eilidh.mackintosh@example.com"
OWNER_NAME = "Eilidh Mackintosh"
OWNER_MOBILE = "07700 900417"

# DST sanity (2026): US Mar 8, UK/EU Mar 29.
assert datetime(2026, 3, 7, 12, tzinfo=NY).utcoffset() == timedelta(hours=-5)
assert datetime(2026, 3, 9, 12, tzinfo=NY).utcoffset() == timedelta(hours=-4)
assert datetime(2026, 3, 28, 12, tzinfo=LON).utcoffset() == timedelta(0)
assert datetime(2026, 3, 30, 12, tzinfo=LON).utcoffset() == timedelta(hours=1)
assert datetime(2026, 3, 27, 12, tzinfo=CPH).utcoffset() == timedelta(hours=1)


# ---------------------------------------------------------------- basics
def at(y, mo, d, h, mi, tz, weekday=None, s=0):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, weekday)
    return dt


def hx(*parts, n=32):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def huuid(*parts):
    return str(uuid.UUID(hx(*parts)))


def iso(dt):
    return dt.isoformat()


def ical_z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def day_long(dt):  # Tuesday 17 March 2026
    return f"{dt.strftime('%A')} {dt.day} {dt.strftime('%B')} {dt.year}"


def day_short(dt):  # Tue 17 Mar 2026
    return f"{dt.strftime('%a')} {dt.day} {dt.strftime('%b')} {dt.year}"


def ampm(dt):  # 3pm / 2:15pm
    h12 = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h12}{suf}" if dt.minute == 0 else f"{h12}:{dt.minute:02d}{suf}"


def hm(dt):
    return dt.strftime("%H:%M")


def rfcdate(dt):
    return format_datetime(dt)


# ---------------------------------------------------------------- MIME
def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if re.search(r'[(),.:;<>@\[\]"\']', name):
        name = '"' + name.replace('"', '\\"') + '"'
    return f"{name} <{email}>"


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def enc(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return text


def leaf(ctype, text, cte="7bit", extra=()):
    hs = [f"Content-Type: {ctype}"]
    hs += list(extra)
    hs.append(f"Content-Transfer-Encoding: {cte}")
    body = enc(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(hs) + "\n\n" + body


def multi(subtype, boundary, parts, preamble=None):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n" + p + "\n"
    out += f"--{boundary}--\n"
    return out


def received(host, ip, dt, tag):
    return ("Received",
            f"from {host} ({host} [{ip}])\n        by mx2.example.com (Postfix) with ESMTPS id "
            f"{hx(tag, n=11).upper()}\n        for <{OWNER}>; {rfcdate(dt.astimezone(UTC))}")


def eml(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + body).encode("utf-8")


def std_headers(*, frm, to, subject, date, msgid, cc=None, reply_to=None, in_reply_to=None,
                references=None, sender=None, return_path=None, relay=("mail.example.net", "198.51.100.23"),
                extra=()):
    rp = return_path or re.sub(r".*<|>.*", "", frm)
    hs = [("Delivered-To", OWNER),
          received(relay[0], relay[1], date + timedelta(seconds=3), msgid),
          ("Return-Path", f"<{rp}>"),
          ("From", frm)]
    if sender:
        hs.append(("Sender", sender))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", subj(subject)), ("Date", rfcdate(date)), ("Message-ID", msgid)]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    hs += list(extra)
    return hs


def gmail_mid(tag):
    return f"<CA+{hx(tag, 'gm', n=28)}{hx(tag, 'gm2', n=12).upper()}@mail.gmail.com>"


def outlook_mid(tag, region="EUR"):
    a = hx(tag, "ol", n=16).upper()
    host = ("DB9PR0" if region == "EUR" else "BN7PR1") + str(int(a[0], 16) % 9 + 1) + "MB" + str(int(a[1:5], 16) % 9000 + 1000)
    return f"<{host}{a}@{host}.{region.lower()}prd0{int(a[5], 16) % 9 + 1}.prod.outlook.com>"


def apple_mid(tag, domain="example.com"):
    return f"<{huuid(tag, 'apple').upper()}@{domain}>"


def gmail_boundary(tag):
    return "000000000000" + hx(tag, "bd", n=16)


def outlook_boundary(tag):
    return f"_000_{hx(tag, 'olb', n=24).upper()}prod_"


def html_wrap(text, font="Arial,sans-serif"):
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace('"', "&quot;"))
    paras = esc.split("\n\n")
    body = "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def alt(tag, text, cte_text="quoted-printable", cte_html="quoted-printable", font="Arial,sans-serif",
        boundary=None, html=None):
    return multi("alternative", boundary or gmail_boundary(tag), [
        leaf('text/plain; charset="UTF-8"', text, cte_text),
        leaf('text/html; charset="UTF-8"', html or html_wrap(text, font), cte_html),
    ])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- iCalendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    chunks = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b = b[cut:]
        limit = 74
    chunks.append(b)
    return "\r\n ".join(c.decode("utf-8") for c in chunks)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ_LONDON = [
    "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
    "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_NY = [
    "BEGIN:VTIMEZONE", "TZID:America/New_York", "LAST-MODIFIED:20231222T233358Z",
    "TZURL:https://www.tzurl.org/zoneinfo-outlook/America/New_York", "X-LIC-LOCATION:America/New_York",
    "BEGIN:DAYLIGHT", "TZNAME:EDT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZNAME:EST", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_WIN_GMT = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
WIN_GMT_LABEL = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    p = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}"
    if rsvp is not None:
        p += f";RSVP={'TRUE' if rsvp else 'FALSE'}"
    p += f";CN={name or email}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


def outlook_uid(tag):
    return "040000008200E00074C5B7101A82E00800000000" + hx(tag, "uid", n=32).upper() + "10000000000000000" + hx(tag, "uid2", n=32).upper()


# ---------------------------------------------------------------- Google Calendar invitation e-mail
def google_invite(*, tag, organizer, guests, title, start, end, description, sent, uid,
                  sequence=0, kind="new", location="", meet=None, relay_ip="209.85.220.69",
                  tzlabel="United Kingdom Time", cancel_note=None, dtstamp=None):
    """organizer=(name,email); guests=[(name,email,partstat)] incl. owner. kind=new|updated|cancelled"""
    oname, oemail = organizer
    tz_abbr = start.tzname()
    when_subj = f"{day_short(start)} {hm(start)} - {hm(end)} ({tz_abbr})"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "cancelled": "Cancelled event"}[kind]
    if kind == "cancelled" and cancel_note:
        prefix = "Cancelled event with note"
    subject = f"{prefix}: {title} @ {when_subj} ({OWNER})"
    when_body = f"{start.strftime('%A')} {start.day} {start.strftime('%b')} {start.year} \u22c5 {hm(start)} \u2013 {hm(end)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if kind == "cancelled":
        lines += ["This event has been cancelled." + (" A note from the organiser:" if cancel_note else ""), ""]
        if cancel_note:
            lines += [cancel_note, ""]
    elif kind == "updated":
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [title, when_body, tzlabel, ""]
    if meet and kind != "cancelled":
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", f"(GB) +44 20 3956 {int(hx(tag,'ph',n=4),16)%9000+1000}",
                  f"PIN: {int(hx(tag,'pin',n=8),16)%900000000+100000000}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organiser", oname, oemail, "", "Guests"]
    for gname, gemail, _ in guests:
        if gemail == oemail:
            lines += [f"{gname} - organiser", gemail]
        elif gname:
            lines += [gname, gemail]
        else:
            lines += [gemail]
    lines += [f"View all guest info {view}", ""]
    if description and kind != "cancelled":
        lines += [description, ""]
    if kind != "cancelled":
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organiser, "
              "be added to the guest list, invite others regardless of their own invitation status or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    text = re.sub(r"\n\n\n+", "\n\n", text)
    method = "CANCEL" if kind == "cancelled" else "REQUEST"
    stamp = ical_z(dtstamp or sent)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{ical_z(start)}", f"DTEND:{ical_z(end)}", f"DTSTAMP:{stamp}",
           f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}"]
    for gname, gemail, ps in guests:
        cal.append(attendee(gname or gemail, gemail, partstat=ps, google=True))
    if meet and kind != "cancelled":
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description or ""
    if meet and kind != "cancelled":
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal += [f"CREATED:{ical_z(sent - timedelta(minutes=7))}", f"DESCRIPTION:{ics_esc(desc)}",
            f"LAST-MODIFIED:{stamp}", f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{sequence}",
            f"STATUS:{'CANCELLED' if kind == 'cancelled' else 'CONFIRMED'}", f"SUMMARY:{ics_esc(title)}",
            "TRANSP:OPAQUE"]
    if kind != "cancelled":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    b_outer = gmail_boundary(tag + "outer")
    b_inner = gmail_boundary(tag + "inner")
    html = html_wrap(text, "Roboto,Helvetica,Arial,sans-serif")
    inner = multi("alternative", b_inner, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal_text, "base64"),
    ])
    fname = "invite.ics"
    att = leaf(f'application/ics; name="{fname}"', cal_text, "base64",
               extra=[f'Content-Disposition: attachment; filename="{fname}"'])
    body = multi("mixed", b_outer, [inner.rstrip("\n"), att])
    msgid = f"<calendar-{huuid(tag, 'cal')}@google.com>"
    hs = [("Delivered-To", OWNER),
          received("mail-sor-f69.google.com", relay_ip, sent + timedelta(seconds=2), tag),
          ("Return-Path", f"<{hx(tag,'rp',n=24)}@calendar-server.bounces.google.com>"),
          ("Reply-To", addr(oname, oemail)),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", msgid), ("Date", rfcdate(sent.astimezone(UTC))),
          ("Subject", subj(subject)), ("From", addr(oname, oemail)), ("To", OWNER)]
    return eml(hs, body), cal_text


# ---------------------------------------------------------------- Exchange / Outlook invitation e-mail
def outlook_invite(*, tag, organizer, required, optional=(), title, start, end, body_text, sent, uid,
                   sequence=0, method="REQUEST", location="Microsoft Teams Meeting", teams=True,
                   lang="en-GB", to_line=None, cc_line=None, subject=None, extra_headers=(),
                   relay=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.101")):
    oname, oemail = organizer
    when = (f"When: {start.strftime('%A')}, {start.day} {start.strftime('%B')} {start.year} "
            f"{hm(start)}-{hm(end)} {WIN_GMT_LABEL}.")
    teams_block = ""
    meeting_id = " ".join(str(int(hx(tag, "mid", n=12), 16))[i:i + 3] for i in range(0, 15, 3))
    passcode = hx(tag, "pc", n=6)
    if teams:
        teams_block = ("\n________________________________________________________________________________\n"
                       "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                       f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(tag,'tm',n=40)}%40thread.v2/0>\n"
                       f"Meeting ID: {meeting_id}\nPasscode: {passcode}\n"
                       "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
                       "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                       "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                       "________________________________________________________________________________\n")
    if method == "CANCEL":
        head = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    else:
        head = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    text = head + body_text.rstrip("\n") + "\n" + teams_block
    html = html_wrap(text, "Aptos,Calibri,sans-serif")
    desc = text
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ_WIN_GMT
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={oname}:mailto:{oemail}"]
    for n_, e_ in required:
        cal.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n_}:mailto:{e_}")
    for n_, e_ in optional:
        cal.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n_}:mailto:{e_}")
    cal += [f"DESCRIPTION;LANGUAGE={lang}:{ics_esc(desc)}",
            f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{ics_esc(title)}",
            f"DTSTART;TZID=GMT Standard Time:{ical_local(start)}",
            f"DTEND;TZID=GMT Standard Time:{ical_local(end)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_z(sent)}", "TRANSP:OPAQUE",
            f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SEQUENCE:{sequence}",
            f"LOCATION;LANGUAGE={lang}:{ics_esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(tag,'own',n=7),16)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(tag,'tm',n=40)}%40thread.v2/0")
        cal.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + oemail + "\\;gruu\\;opaque=app:conf:focus:id:teams")
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if method != "CANCEL":
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    b = outlook_boundary(tag)
    body = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal_text, "base64"),
    ])
    if subject is None:
        subject = ("Canceled: " if method == "CANCEL" else "") + title
    all_names = [addr(n_, e_) for n_, e_ in required] + [addr(n_, e_) for n_, e_ in optional]
    hs = [("Delivered-To", OWNER), received(relay[0], relay[1], sent + timedelta(seconds=4), tag),
          ("Return-Path", f"<{oemail}>"), ("From", addr(oname, oemail)),
          ("To", to_line or ", ".join(all_names))]
    if cc_line:
        hs.append(("Cc", cc_line))
    hs += [("Subject", subj(subject)), ("Thread-Topic", subj(title)),
           ("Thread-Index", base64.b64encode(bytes.fromhex(hx(tag, "ti", n=44))).decode()),
           ("Date", rfcdate(sent.astimezone(UTC))), ("Message-ID", outlook_mid(tag)),
           ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("Content-class", "urn:content-classes:calendarmessage")]
    hs += list(extra_headers)
    return eml(hs, body), cal_text


# ---------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ======================================================================== cases
SIG_E = "Eilidh\n\n--\nDr Eilidh Mackintosh\nPhD (Structural Biology), University of Edinburgh\n" + OWNER_MOBILE


@case
def c01():
    slug = "b145-01-jobtrain-nhs-panel-floating-ics"
    org = "NHS Tweedvale"
    role = "Clinical Scientist (Genomics)"
    ref = "TWV-26-0412"
    lorna = "lorna.gillies@nhs-tweedvale.example"
    group = "recruitment@nhs-tweedvale.example"
    start = at(2026, 3, 10, 14, 15, LON, "Tuesday")
    end = start + timedelta(hours=1)
    alt_day = at(2026, 3, 11, 9, 0, LON, "Wednesday")
    sent1 = at(2026, 3, 2, 9, 12, LON, "Monday")
    sent2 = at(2026, 3, 3, 20, 41, LON, "Tuesday")
    footer = ("\n\nThis email was sent via Jobtrain on behalf of NHS Tweedvale. Please do not reply directly "
              "to this message; replies to this address are not monitored.\n"
              "Jobtrain Solutions Ltd | https://www.jobtrain.co.uk\n")
    t1 = (f"Dear Eilidh\n\nRe: {role} - Ref {ref}\n\n"
          f"Further to your recent application, I am pleased to let you know that you have been shortlisted "
          f"for interview for the above post.\n\n"
          f"Interviews will be held via Microsoft Teams on {day_long(start)} and {day_long(alt_day)}. "
          f"Please log in to your Jobtrain account and choose a time slot using the link below. "
          f"Slots are allocated on a first come, first served basis, so please book as soon as possible.\n\n"
          f"Book your interview slot: https://www.jobtrain.co.uk/nhstweedvale/Candidate/Interview/Book?id={hx(slug,'bk',n=10)}\n\n"
          f"As part of the interview you will be asked to give a 15-minute presentation on the following topic: "
          f"\"Interpreting a variant of uncertain significance: from bench data to a clinical report\". "
          f"This will be followed by questions from the panel.\n\n"
          f"If you have any queries about the arrangements, please contact Lorna Gillies, Recruitment Officer, "
          f"on 01896 552 710 or at {lorna}.\n\n"
          f"Kind regards\n\nRecruitment Team\n{org}" + footer)
    hdr1 = std_headers(frm=addr(f"{org} Recruitment", "no-reply@jobtrain.co.uk"), to=OWNER,
                       reply_to=group, subject=f"Invitation to interview - {role} - Ref {ref}",
                       date=sent1, msgid=f"<{hx(slug,1,n=20)}.{int(hx(slug,'n1',n=8),16)}@mailer.jobtrain.co.uk>",
                       relay=("mailer3.jobtrain.co.uk", "203.0.113.44"),
                       extra=[("X-Mailer", "Jobtrain Mailer 4.2")])
    item1 = eml(hdr1, alt(slug + "1", t1))
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Jobtrain//Interview Scheduler//EN", "METHOD:REQUEST",
           "BEGIN:VEVENT", f"UID:jt-int-{hx(slug,'uid',n=16)}@jobtrain.co.uk", f"DTSTAMP:{ical_z(sent2)}",
           f"DTSTART:{ical_local(start)}", f"DTEND:{ical_local(end)}",
           f"SUMMARY:{ics_esc('Interview - ' + role + ' - ' + org)}",
           f"DESCRIPTION:{ics_esc('Interview via Microsoft Teams. The panel chair will send the Teams link. Presentation: 15 minutes. Queries: ' + lorna)}",
           "LOCATION:Microsoft Teams", "ORGANIZER;CN=NHS Tweedvale Recruitment:mailto:no-reply@jobtrain.co.uk",
           attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    t2 = (f"Dear Eilidh\n\nThank you for booking your interview slot. Your interview details are confirmed as follows:\n\n"
          f"Post: {role}\nReference: {ref}\nDate: {day_long(start)}\nTime: {hm(start)}\n"
          f"Duration: up to one hour (including your 15-minute presentation)\nVenue: Microsoft Teams - the Chair "
          f"of the panel will send you a link the day before\n\n"
          f"Interview panel:\nDr Hamish Crerar, Consultant Clinical Scientist (Chair)\n"
          f"Anjali Mehta, Principal Clinical Scientist\nSarah Tait, Lead Genetic Technologist\n\n"
          f"Please have photographic ID to hand at the start of the interview. A calendar file is attached "
          f"for your convenience.\n\nIf you are no longer able to attend, please let Lorna Gillies know as soon "
          f"as possible at {lorna}.\n\nKind regards\n\nRecruitment Team\n{org}" + footer)
    b = gmail_boundary(slug + "mixed2")
    body2 = multi("mixed", b, [alt(slug + "2", t2).rstrip("\n"),
                               leaf('text/calendar; charset="utf-8"; method=REQUEST; name="interview.ics"', ics(cal), "base64",
                                    extra=['Content-Disposition: attachment; filename="interview.ics"'])])
    hdr2 = std_headers(frm=addr(f"{org} Recruitment", "no-reply@jobtrain.co.uk"), to=OWNER, reply_to=group,
                       subject=f"Interview booking confirmation - {role} - Ref {ref}", date=sent2,
                       msgid=f"<{hx(slug,2,n=20)}.{int(hx(slug,'n2',n=8),16)}@mailer.jobtrain.co.uk>",
                       relay=("mailer3.jobtrain.co.uk", "203.0.113.44"), extra=[("X-Mailer", "Jobtrain Mailer 4.2")])
    item2 = eml(hdr2, body2)
    lab = label([iv(org, role, start, end, "scheduled", [], [lorna], "onsite")], "medium", "positive/ats-floating-ics",
                "Jobtrain slot-booking request (01, unbooked) then booking confirmation (02) with a floating-time "
                ".ics (no TZID); UK time in March = GMT. Three-person panel, no panel addresses given, so no "
                "interviewer e-mails; follow-up goes to the named recruitment officer, not the group Reply-To or "
                "the Jobtrain no-reply sender.")
    return slug, [("01-jobtrain-invitation-to-book.eml", item1), ("02-jobtrain-booking-confirmed.eml", item2)], lab


@case
def c02():
    slug = "b145-02-phd-viva-teams-invite"
    pgr = ("PGR Student Office", "pgr.biology@edinburgh-uni.example")
    start = at(2026, 2, 10, 10, 0, LON, "Tuesday")
    end = at(2026, 2, 10, 12, 30, LON)
    sent = at(2026, 1, 20, 14, 22, LON, "Tuesday")
    body = (f"Dear Eilidh,\n\nI am writing to confirm the arrangements for your oral examination (viva voce) for the "
            f"degree of PhD. The viva will be held on {day_long(start)} at {hm(start)} via Microsoft Teams.\n\n"
            f"Thesis: \"Conformational dynamics of bacterial ABC transporters by cryo-EM and HDX-MS\"\n\n"
            f"Examiners:\nProf. Helen Marsh, Tayvale University (External Examiner)\n"
            f"Dr Kenneth Baird (Internal Examiner)\nNon-examining Chair: Dr Ross Inglis\n\n"
            f"Please allow up to two and a half hours. The examiners will question you on the thesis; your "
            f"supervisors may not be present during the examination. Please have a copy of your thesis with you and "
            f"join the call ten minutes early so that the Chair can check your ID.\n\n"
            f"Good luck!\n\nKind regards,\nAlison\n\nAlison Reekie\nPGR Student Office, School of Biological Sciences\n"
            f"University of Edinburgh")
    item, _ = outlook_invite(tag=slug, organizer=pgr,
                             required=[(OWNER_NAME, OWNER), ("Helen Marsh", "h.marsh@tayvale-uni.example"),
                                       ("Kenneth Baird", "kenneth.baird@edinburgh-uni.example"),
                                       ("Ross Inglis", "ross.inglis@edinburgh-uni.example")],
                             title="PhD oral examination (viva) - Eilidh Mackintosh", start=start, end=end,
                             body_text=body, sent=sent, uid=outlook_uid(slug))
    lab = label([], "medium", "negative/phd-viva",
                "Teams invite for the user's own PhD viva: examiners 'question' her, but it is an academic "
                "examination, not a job interview.")
    return slug, [("01-viva-arrangements.eml", item)], lab


@case
def c03():
    slug = "b145-03-us-lab-zoom-et-dst-gap"
    rachel = ("Rachel Okafor", "rokafor@whitcombe-institute.example")
    daniel = ("Daniel Brandt", "dbrandt@whitcombe-institute.example")
    company = "Whitcombe Institute for Biomedical Research"
    role = "Postdoctoral Fellow (cryo-EM of membrane transporters)"
    start = at(2026, 3, 17, 11, 0, NY, "Tuesday")
    end = start + timedelta(hours=1)
    assert start.astimezone(LON).hour == 15  # 3pm in Edinburgh (4 h gap between Mar 8 and Mar 29)
    s1 = at(2026, 3, 9, 10, 14, NY, "Monday")
    s_reply = at(2026, 3, 9, 19, 40, LON)
    s2 = at(2026, 3, 10, 9, 2, NY, "Tuesday")
    subj1 = "Postdoctoral Fellow position - Okafor lab"
    sigr = ("Rachel\n\nRachel Okafor, PhD\nAssociate Professor, Department of Structural Biology\n"
            f"{company}\n1420 Harbor View Drive, Baltimore, MD 21230")
    t1 = ("Dear Eilidh,\n\nThank you for applying for the postdoctoral fellow position in my lab. I enjoyed your "
          "research statement, and Jean Forsyth speaks very highly of your HDX-MS work.\n\n"
          f"I'd like to set up a Zoom interview. Would {start.strftime('%A')}, {start.strftime('%B')} {start.day} at "
          f"11:00 am Eastern work for you? I realize that's afternoon for you. We should need about an hour: I'll ask "
          "you to walk me through one project in some depth (no formal slides needed, but feel free to share your "
          "screen), and then I'm happy to answer your questions about the lab and about Baltimore.\n\n"
          "If that doesn't work, just send me a couple of alternatives that week.\n\nBest wishes,\n" + sigr)
    mid1 = outlook_mid(slug + "1", "NAM")
    item1 = eml(std_headers(frm=addr(*rachel), to=addr(OWNER_NAME, OWNER), subject=subj1, date=s1, msgid=mid1,
                            relay=("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.93.55"),
                            extra=[("Thread-Topic", subj1), ("Content-Language", "en-US")]),
                alt(slug + "1", t1, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "1")))
    mid_r = apple_mid(slug + "r")
    reply = ("Dear Rachel,\n\nThank you so much - I'd be delighted. Tuesday 17 March at 11am Eastern is perfect. "
             "Just to check my arithmetic: your clocks went forward yesterday and ours don't change until the 29th, "
             "so that's 3pm here in Edinburgh.\n\nBest wishes,\n" + SIG_E)
    s_reply_ny = s_reply.astimezone(NY)
    t2 = ("Hi Eilidh,\n\nYes, 3pm your time is right - for these couple of weeks we're only four hours apart. "
          "It's in my calendar.\n\nDaniel Brandt, our lab manager (cc'd), set up the Zoom for us; the calendar "
          "file is attached and the link is below. It'll just be me on the call.\n\n"
          f"Join Zoom Meeting\nhttps://whitcombe.zoom.us/j/{int(hx(slug,'z',n=9),16)%90000000000+10000000000}"
          f"?pwd={hx(slug,'pw',n=22)}\n\nTalk soon,\n" + sigr + "\n\n"
          "________________________________\n"
          f"From: Eilidh Mackintosh <{OWNER}>\n"
          f"Sent: {s_reply_ny.strftime('%A')}, {s_reply_ny.strftime('%B')} {s_reply_ny.day}, {s_reply_ny.year} "
          f"{ampm(s_reply_ny).upper().replace('PM',' PM').replace('AM',' AM')}\n"
          f"To: Rachel Okafor <{rachel[1]}>\nSubject: Re: {subj1}\n\n" + reply + "\n\n"
          "________________________________\n"
          f"From: Rachel Okafor <{rachel[1]}>\nSent: Monday, March 9, 2026 10:14 AM\n"
          f"To: Eilidh Mackintosh <{OWNER}>\nSubject: {subj1}\n\n" + t1)
    zoom_id = int(hx(slug, 'z', n=9), 16) % 90000000000 + 10000000000
    zcal = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ_NY + [
            "BEGIN:VEVENT", f"DTSTAMP:{ical_z(s2 - timedelta(minutes=20))}",
            f"DTSTART;TZID=America/New_York:{ical_local(start)}",
            f"DTEND;TZID=America/New_York:{ical_local(end)}",
            "SUMMARY:Eilidh Mackintosh - postdoc interview (Okafor lab)",
            f"UID:{ical_local(start)}-{zoom_id}@zoom.us", "TZID:America/New_York",
            "DESCRIPTION:" + ics_esc(f"Daniel Brandt is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                                     f"https://whitcombe.zoom.us/j/{zoom_id}?pwd={hx(slug,'pw',n=22)}\n\n"
                                     f"Meeting ID: {str(zoom_id)[:3]} {str(zoom_id)[3:7]} {str(zoom_id)[7:]}\n"
                                     f"Passcode: {int(hx(slug,'pc',n=5),16)%900000+100000}\n"),
            f"LOCATION:https://whitcombe.zoom.us/j/{zoom_id}?pwd={hx(slug,'pw',n=22)}",
            "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"]
    b = outlook_boundary(slug + "m2")
    body2 = multi("mixed", b, [alt(slug + "2", t2, font="Calibri,sans-serif",
                                   boundary=outlook_boundary(slug + "2")).rstrip("\n"),
                               leaf('text/calendar; name="Zoom Meeting.ics"', ics(zcal), "base64",
                                    extra=['Content-Description: Zoom Meeting.ics',
                                           'Content-Disposition: attachment; filename="Zoom Meeting.ics"'])])
    item2 = eml(std_headers(frm=addr(*rachel), to=addr(OWNER_NAME, OWNER), cc=addr(*daniel),
                            subject="RE: " + subj1, date=s2, msgid=outlook_mid(slug + "2", "NAM"),
                            in_reply_to=mid_r, references=f"{mid1} {mid_r}",
                            relay=("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.93.55"),
                            extra=[("Thread-Topic", subj1), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]),
                body2)
    lab = label([iv(company, role, start, end, "scheduled", [rachel[1]], [rachel[1]], "hiring_manager")],
                "hard", "positive/thread-us-et-dst-gap",
                "US PI proposes 11:00 ET on Tue 17 Mar, which falls in the three-week window when the US is on EDT "
                "(-04:00) but the UK is still on GMT: 15:00 in Edinburgh, not 16:00. Zoom .ics from the lab manager "
                "(cc'd, only set up the call, not an interviewer). Owner's reply only appears quoted.")
    return slug, [("01-okafor-interview-request.eml", item1), ("02-okafor-confirm-zoom.eml", item2)], lab


@case
def c04():
    slug = "b145-04-thesis-committee-corrections"
    jean = ("Jean Forsyth", "jean.forsyth@edinburgh-uni.example")
    start = at(2026, 2, 24, 14, 0, LON, "Tuesday")
    end = start + timedelta(hours=1)
    sent = at(2026, 2, 17, 11, 5, LON, "Tuesday")
    desc = ("Hi Eilidh - thesis committee meeting to sign off your minor corrections before the Graduate School "
            "deadline. Andrew and Lucy will both be there, so it's the full panel. Could you give a 15-minute "
            "run-through of the main changes since the viva, then we'll go through the corrections table line by "
            "line and answer any questions. Bring a printed copy of the table.\n\nJean")
    item, _ = google_invite(tag=slug, organizer=jean,
                            guests=[(jean[0], jean[1], "ACCEPTED"),
                                    ("Andrew Lyall", "andrew.lyall@edinburgh-uni.example", "ACCEPTED"),
                                    ("Lucy Carmichael", "lucy.carmichael@edinburgh-uni.example", "NEEDS-ACTION"),
                                    ("", OWNER, "NEEDS-ACTION")],
                            title="Thesis committee - corrections sign-off (Eilidh M.)", start=start, end=end,
                            description=desc, sent=sent, uid=f"{hx(slug,'g',n=26)}@google.com",
                            location="Room 3.31, Waddington Building, King's Buildings")
    lab = label([], "medium", "negative/thesis-committee",
                "Google invite from her supervisor for a thesis committee meeting ('full panel', 15-minute "
                "run-through, questions) - academic progress meeting, not a hiring process.")
    return slug, [("01-invitation-thesis-committee.eml", item)], lab


@case
def c05():
    slug = "b145-05-teams-panel-moved-across-bst"
    fiona = ("Fiona Laidlaw", "fiona.laidlaw@garnock-university.example")
    samir = ("Samir Haddad", "samir.haddad@garnock-university.example")
    company = "Garnock University"
    role = "Research Associate (Computational Enzymology)"
    title = f"Interview - {role} - Eilidh Mackintosh"
    uid = outlook_uid(slug)
    s1 = at(2026, 3, 12, 16, 30, LON, "Thursday")
    old = at(2026, 3, 23, 10, 0, LON, "Monday")
    new = at(2026, 4, 2, 11, 0, LON, "Thursday")
    assert new.utcoffset() == timedelta(hours=1)
    s2 = at(2026, 3, 18, 9, 47, LON, "Wednesday")
    s3 = at(2026, 3, 20, 10, 2, LON, "Friday")
    sig = ("Fiona\n\nDr Fiona Laidlaw\nSenior Lecturer, School of Chemistry\nGarnock University\n"
           "Tel: 0141 496 0382")
    b1 = ("Dear Eilidh,\n\nThank you for applying for the Research Associate post (Computational Enzymology, ref. "
          "GU-RA-0217). I'm pleased to invite you to interview with Dr Samir Haddad and me on Teams.\n\n"
          "Please prepare a 15-minute presentation on your PhD research and how it might inform the project; we'll "
          "then have around 45 minutes of questions.\n\nKind regards,\n" + sig)
    item1, _ = outlook_invite(tag=slug + "1", organizer=fiona, required=[(OWNER_NAME, OWNER), samir],
                              title=title, start=old, end=old + timedelta(hours=1), body_text=b1, sent=s1, uid=uid)
    t2 = ("Dear Eilidh,\n\nI'm sorry to do this, but Samir has been asked to examine a PhD viva on Monday the 23rd at "
          "short notice, so we need to move your interview. Would you be able to do Thursday 2 April at 11:00 "
          "instead? Same format and same Teams link.\n\nIf that's no good, let me know what would suit the week "
          "of 30 March.\n\nWith apologies,\n" + sig)
    mid2 = outlook_mid(slug + "2")
    item2 = eml(std_headers(frm=addr(*fiona), to=addr(OWNER_NAME, OWNER), cc=addr(*samir),
                            subject="Moving your interview - Research Associate", date=s2, msgid=mid2,
                            relay=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.101"),
                            extra=[("Thread-Topic", "Moving your interview - Research Associate"),
                                   ("Content-Language", "en-GB")]),
                alt(slug + "2", t2, font="Aptos,Calibri,sans-serif", boundary=outlook_boundary(slug + "2")))
    b3 = ("Dear Eilidh,\n\nThanks for being so flexible. Here is the updated invitation: Thursday 2 April at 11:00 "
          "UK time (note the clocks will have gone forward by then). Same format - a 15-minute presentation "
          "followed by questions from Samir and me.\n\nBest wishes,\n" + sig)
    item3, _ = outlook_invite(tag=slug + "3", organizer=fiona, required=[(OWNER_NAME, OWNER), samir],
                              title=title, start=new, end=new + timedelta(hours=1), body_text=b3, sent=s3,
                              uid=uid, sequence=1)
    lab = label([iv(company, role, new, new + timedelta(hours=1), "scheduled", [fiona[1], samir[1]],
                    [fiona[1], samir[1]], "onsite")], "hard", "positive/reschedule-across-bst",
                "Exchange invite (GMT Standard Time) for Mon 23 Mar 10:00 GMT, moved by e-mail and an updated invite "
                "(same UID, SEQUENCE 1) to Thu 2 Apr 11:00, which is BST (+01:00) although Outlook's When: line still "
                "shows the '(UTC+00:00) Dublin, Edinburgh...' label. Two-person panel -> onsite.")
    return slug, [("01-invite-original.eml", item1), ("02-request-to-move.eml", item2),
                  ("03-invite-updated.eml", item3)], lab


@case
def c06():
    slug = "b145-06-inverallan-thread-next-wednesday"
    gordon = ("Gordon Munro", "g.munro@inverallan-uni.example")
    elspeth = ("Elspeth Grant", "e.grant@inverallan-uni.example")
    kwame = ("Kwame Asante", "k.asante@inverallan-uni.example")
    company = "University of Inverallan"
    role = "PDRA in Chemical Biology"
    s1 = at(2026, 3, 19, 11, 20, LON, "Thursday")
    s_reply = at(2026, 3, 19, 18, 3, LON, "Thursday")
    s2 = at(2026, 3, 20, 8, 55, LON, "Friday")
    start = at(2026, 3, 25, 14, 0, LON, "Wednesday")  # "next Wednesday" from Thu 19 Mar; "Wednesday" from Fri 20 Mar
    end = start + timedelta(hours=1)
    sig = ("Gordon\n\n--\nProf. Gordon Munro\nSchool of Chemistry\nUniversity of Inverallan\n")
    subj1 = "PDRA in Chemical Biology - interview"
    t1 = ("Dear Eilidh,\n\nMany thanks for your application for the PDRA post in Chemical Biology. Elspeth, Kwame and "
          "I were very impressed and would like to invite you to interview.\n\n"
          "The format is a 15-minute presentation on your research to date and what you'd bring to the project, "
          "followed by about 45 minutes of questions from the three of us. Would next Wednesday afternoon suit - "
          "say 2pm? We can do it on Teams, but if you're able to come through to Inverallan in person that would be "
          "grand, and we'll cover your train fare.\n\nAll the best,\n" + sig)
    mid1 = outlook_mid(slug + "1")
    item1 = eml(std_headers(frm=addr(*gordon), to=addr(OWNER_NAME, OWNER), cc=f"{addr(*elspeth)}, {addr(*kwame)}",
                            subject=subj1, date=s1, msgid=mid1,
                            relay=("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.90"),
                            extra=[("Thread-Topic", subj1), ("Content-Language", "en-GB")]),
                alt(slug + "1", t1, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "1")))
    mid_r = apple_mid(slug + "r")
    reply = ("Dear Gordon,\n\nThank you so much - I'd be delighted. Next Wednesday at 2pm is perfect, and I'll come "
             "through in person: there's a train from Waverley that gets in at ten past one, so that works well.\n\n"
             "Best wishes,\n" + SIG_E)
    t2 = ("Dear Eilidh,\n\nGrand - we'll see you on Wednesday at 2pm, then. We're in Room 2.07 of the Gilmour "
          "Building; ask at the main reception and someone will come down for you. Keep your train tickets and "
          "Kwame's admin will sort the expenses on the day.\n\nBest,\n" + sig + "\n"
          "________________________________\n"
          f"From: Eilidh Mackintosh <{OWNER}>\nSent: 19 March 2026 18:03\nTo: Gordon Munro <{gordon[1]}>\n"
          f"Cc: Elspeth Grant <{elspeth[1]}>; Kwame Asante <{kwame[1]}>\nSubject: Re: {subj1}\n\n" + reply)
    item2 = eml(std_headers(frm=addr(*gordon), to=addr(OWNER_NAME, OWNER), cc=f"{addr(*elspeth)}, {addr(*kwame)}",
                            subject="RE: " + subj1, date=s2, msgid=outlook_mid(slug + "2"), in_reply_to=mid_r,
                            references=f"{mid1} {mid_r}",
                            relay=("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.90"),
                            extra=[("Thread-Topic", subj1), ("Content-Language", "en-GB")]),
                alt(slug + "2", t2, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "2")))
    ivs = [gordon[1], elspeth[1], kwame[1]]
    lab = label([iv(company, role, start, end, "scheduled", ivs, ivs, "onsite")], "hard",
                "positive/thread-relative-date",
                "E-mail-only thread; no explicit date anywhere. 'Next Wednesday ... 2pm' from Thu 19 Mar and "
                "'Wednesday at 2pm' from Fri 20 Mar both resolve to Wed 25 Mar (GMT). 15-min presentation + ~45 min "
                "questions = 1 h. Three-person panel (two cc'd) -> onsite.")
    return slug, [("01-munro-invite.eml", item1), ("02-munro-confirm.eml", item2)], lab


@case
def c07():
    slug = "b145-07-careers-practice-interview"
    start = at(2026, 3, 5, 11, 0, LON, "Thursday")
    end = start + timedelta(minutes=45)
    sent = at(2026, 2, 23, 13, 37, LON, "Monday")
    careers = ("Careers Service", "careers.noreply@edinburgh-uni.example")
    text = (f"Dear Eilidh\n\nYour appointment has been booked.\n\nAppointment type: Practice interview (academic and "
            f"research posts)\nWith: Gillian Moffat, Careers Consultant\nDate: {day_long(start)}\n"
            f"Time: {hm(start)} - {hm(end)}\nLocation: Careers Service, Main Library, Level 2 (Room 2.14)\n\n"
            "This is a mock panel interview to help you prepare for a real one. Please send the job description and "
            "your application to your consultant at least two working days before the appointment. If the post asks "
            "for a presentation, bring a 15-minute version and we will run through it as part of the practice "
            "session, followed by feedback.\n\nTo cancel or change your appointment, log in to MyCareerHub at least 24 "
            "hours in advance.\n\nCareers Service\nUniversity of Edinburgh\n\nThis is an automated message - please "
            "do not reply.")
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CareerHub//Appointments 6.2//EN", "METHOD:REQUEST"] + VTZ_LONDON + [
        "BEGIN:VEVENT", f"UID:appt-{int(hx(slug,'a',n=7),16)}@careerhub.edinburgh-uni.example",
        f"DTSTAMP:{ical_z(sent)}", f"DTSTART;TZID=Europe/London:{ical_local(start)}",
        f"DTEND;TZID=Europe/London:{ical_local(end)}",
        "SUMMARY:Practice interview (academic and research posts) with Gillian Moffat",
        "LOCATION:Careers Service\\, Main Library\\, Level 2 (Room 2.14)",
        f"ORGANIZER;CN=Careers Service:mailto:{careers[1]}", attendee(OWNER_NAME, OWNER, rsvp=False),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    b = gmail_boundary(slug + "m")
    body = multi("mixed", b, [alt(slug, text).rstrip("\n"),
                              leaf('text/calendar; charset="utf-8"; name="appointment.ics"', ics(cal), "base64",
                                   extra=['Content-Disposition: attachment; filename="appointment.ics"'])])
    item = eml(std_headers(frm=addr(*careers), to=OWNER, subject="Appointment confirmed: Practice interview (academic and research posts)",
                           date=sent, msgid=f"<{hx(slug,'m',n=24)}@careerhub.edinburgh-uni.example>",
                           relay=("smtp.careerhub.edinburgh-uni.example", "192.0.2.77")), body)
    lab = label([], "easy", "negative/mock-interview",
                "University careers service books a practice (mock) panel interview with a consultant, with an .ics - "
                "coaching, not a hiring-process interview.")
    return slug, [("01-careerhub-appointment.eml", item)], lab


@case
def c08():
    slug = "b145-08-copenhagen-forwarded-cet"
    jean = ("Jean Forsyth", "jean.forsyth@edinburgh-uni.example")
    mette = ("Mette Kjærgaard", "mette.kjaergaard@oresund-biocenter.example")
    company = "Øresund Biocenter"
    role = "Postdoctoral Researcher, Membrane Protein Dynamics"
    start = at(2026, 3, 27, 11, 0, CPH, "Friday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(LON).hour == 10
    s_orig = at(2026, 3, 13, 17, 48, LON, "Friday")
    s1 = at(2026, 3, 16, 8, 31, LON, "Monday")
    s_reply = at(2026, 3, 16, 10, 2, LON, "Monday")
    s2 = at(2026, 3, 17, 9, 15, CPH, "Tuesday")
    subj0 = "Postdoc in the Kjærgaard group - Eilidh Mackintosh"
    orig = ("Dear Jean,\n\nThank you for putting Eilidh in touch, and for the lovely letter. Her HDX-MS work is exactly "
            "what we need for the transporter project, and I would be very happy to interview her for the "
            f"position ({role}).\n\nCould she do Friday 27 March at 11:00 CET on Zoom? It would be about 45 minutes, "
            "just with me. She is welcome to write to me directly.\n\nBest wishes,\nMette\n\n"
            "Mette Kjærgaard, PhD\nGroup Leader, Øresund Biocenter\nBlegdamsvej 3B, 2200 Copenhagen N, Denmark")
    t1 = ("Eilidh - see below, good news! I've copied Mette in; please reply to her directly.\n\nJ.\n\n"
          "Prof. Jean Forsyth\nInstitute of Structural and Molecular Biology\nUniversity of Edinburgh\n\n"
          "________________________________\n"
          f"From: Mette Kjærgaard <{mette[1]}>\nSent: 13 March 2026 17:48\nTo: Jean Forsyth <{jean[1]}>\n"
          f"Subject: {subj0}\n\n" + orig)
    mid1 = outlook_mid(slug + "1")
    item1 = eml(std_headers(frm=addr(*jean), to=addr(OWNER_NAME, OWNER), cc=addr(*mette), subject="Fw: " + subj0,
                            date=s1, msgid=mid1,
                            relay=("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.120"),
                            extra=[("Thread-Topic", subj(subj0)), ("Content-Language", "en-GB")]),
                alt(slug + "1", t1, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "1")))
    mid_r = apple_mid(slug + "r")
    reply = ("Dear Mette,\n\nThank you very much - and thank you, Jean, for passing this on. I'd be delighted to talk. "
             "Friday 27 March at 11:00 CET (10:00 here in Edinburgh) suits me perfectly.\n\nBest wishes,\n" + SIG_E)
    zid = int(hx(slug, 'z', n=9), 16) % 9000000000 + 1000000000
    t2 = ("Dear Eilidh,\n\nWonderful. Here is the Zoom link for Friday:\n\n"
          f"https://oresund-biocenter.zoom.us/j/{zid}\nMeeting ID: {str(zid)[:3]} {str(zid)[3:6]} {str(zid)[6:]}\n\n"
          "I look forward to talking to you.\n\nBest wishes,\nMette\n\n"
          f"> On 16 Mar 2026, at 11:02, Eilidh Mackintosh <{OWNER}> wrote:\n>\n" + quote(reply))
    item2 = eml(std_headers(frm=addr(*mette), to=addr(OWNER_NAME, OWNER), cc=addr(*jean), subject="Re: Fw: " + subj0,
                            date=s2, msgid=apple_mid(slug + "2", "oresund-biocenter.example"), in_reply_to=mid_r,
                            references=f"{mid1} {mid_r}", relay=("smtp.oresund-biocenter.example", "192.0.2.140"),
                            extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
                alt(slug + "2", t2, font="Helvetica,sans-serif", boundary="Apple-Mail=_" + huuid(slug, "ab").upper()))
    lab = label([iv(company, role, start, end, "scheduled", [mette[1]], [mette[1]], "hiring_manager")], "hard",
                "positive/forwarded-cet",
                "Supervisor forwards a group leader's offer to interview (Outlook forward block); the owner's "
                "acceptance is only quoted in the group leader's reply with the Zoom link. 11:00 CET on Fri 27 Mar "
                "(EU still on winter time) = 10:00 UK. The supervisor is not an interviewer.")
    return slug, [("01-fw-from-supervisor.eml", item1), ("02-kjaergaard-zoom-link.eml", item2)], lab


@case
def c09():
    slug = "b145-09-google-cancel-then-rebook"
    anya = ("Anya Petrova", "anya.petrova@sgurr-labs.example")
    company = "Sgurr Labs"
    role = "Research Scientist, Protein Design"
    title = "Sgurr Labs - technical interview (Eilidh Mackintosh)"
    a_start = at(2026, 3, 20, 15, 0, LON, "Friday")
    b_start = at(2026, 3, 31, 15, 0, LON, "Tuesday")
    assert b_start.utcoffset() == timedelta(hours=1)
    s1 = at(2026, 3, 12, 15, 10, LON, "Thursday")
    s2 = at(2026, 3, 19, 17, 44, LON, "Thursday")
    s3 = at(2026, 3, 24, 9, 30, LON, "Tuesday")
    guests = [(anya[0], anya[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    uid_a = f"{hx(slug,'a',n=26)}@google.com"
    uid_b = f"{hx(slug,'b',n=26)}@google.com"
    d1 = (f"Hi Eilidh, this is the technical interview for the {role} role. We'll work through a short design "
          "problem together (no prep needed) and then talk about your HDX-MS analysis pipeline. It'll just be me.\n\nAnya")
    item1, _ = google_invite(tag=slug + "1", organizer=anya, guests=guests, title=title, start=a_start,
                             end=a_start + timedelta(hours=1), description=d1, sent=s1, uid=uid_a,
                             meet="kqe-wbrn-tzs")
    item2, _ = google_invite(tag=slug + "2", organizer=anya, guests=guests, title=title, start=a_start,
                             end=a_start + timedelta(hours=1), description=d1, sent=s2, uid=uid_a, sequence=1,
                             kind="cancelled",
                             cancel_note="Eilidh, really sorry - I've come down with flu and need to cancel tomorrow. "
                                         "I'll send a new time as soon as I'm back on my feet. Anya")
    d3 = ("Rebooking our technical interview - sorry again about last week! Same plan as before: a short design "
          f"problem and your HDX-MS pipeline, for the {role} role.\n\nAnya")
    item3, _ = google_invite(tag=slug + "3", organizer=anya, guests=guests,
                             title="Sgurr Labs - technical interview (Eilidh Mackintosh) - rebooked", start=b_start,
                             end=b_start + timedelta(hours=1), description=d3, sent=s3, uid=uid_b,
                             meet="mhv-ocxa-pdj")
    lab = label([
        iv(company, role, a_start, a_start + timedelta(hours=1), "cancelled", [anya[1]], [anya[1]], "technical"),
        iv(company, role, b_start, b_start + timedelta(hours=1), "scheduled", [anya[1]], [anya[1]], "technical"),
    ], "hard", "positive/cancel-and-rebook",
        "Google invite for Fri 20 Mar 15:00 GMT, cancelled (METHOD:CANCEL, note: flu), then a NEW event (different "
        "UID) for Tue 31 Mar 15:00 BST -> two entries, one cancelled and one scheduled. Organizer conducts it.")
    return slug, [("01-invitation-technical.eml", item1), ("02-cancelled-event.eml", item2),
                  ("03-invitation-rebooked.eml", item3)], lab


@case
def c10():
    slug = "b145-10-jobtrain-outcome-after-interview"
    past = at(2026, 3, 12, 10, 30, LON, "Thursday")
    sent = at(2026, 3, 26, 16, 2, LON, "Thursday")
    pirie = "a.pirie@dunmore-university.example"
    role = "Postdoctoral Research Associate in Cryo-EM"
    t = (f"Dear Eilidh\n\nRe: {role} - Ref DUN-2026-118\n\n"
         f"Thank you for attending interview for the above post on {day_long(past)}. The panel very much enjoyed "
         "meeting you and hearing your presentation.\n\n"
         "I am sorry to tell you that on this occasion you have not been successful. The panel were faced with a "
         "very strong field and the decision was a difficult one.\n\n"
         "Dr Alan Pirie, who chaired the panel, would be happy to give you feedback on your interview. If you would "
         f"like this, please contact him directly at {pirie} to arrange a convenient time.\n\n"
         "Thank you for your interest in working at the University of Dunmore, and we wish you every success in "
         "your career.\n\nYours sincerely\n\nHR Recruitment Team\nUniversity of Dunmore\n\n"
         "This email was sent via Jobtrain. Please do not reply to this address.")
    item = eml(std_headers(frm=addr("University of Dunmore Recruitment", "no-reply@jobtrain.co.uk"), to=OWNER,
                           subject=f"Outcome of your interview - {role} - Ref DUN-2026-118", date=sent,
                           msgid=f"<{hx(slug,n=20)}.{int(hx(slug,'n',n=8),16)}@mailer.jobtrain.co.uk>",
                           relay=("mailer1.jobtrain.co.uk", "203.0.113.41"), extra=[("X-Mailer", "Jobtrain Mailer 4.2")]),
               alt(slug, t))
    lab = label([], "medium", "negative/rejection-after-interview",
                "Post-interview rejection naming the past interview date and offering an (unbooked) feedback call.")
    return slug, [("01-outcome-of-interview.eml", item)], lab


@case
def c11():
    slug = "b145-11-bookings-screen-after-clock-change"
    nicola = ("Nicola Ferguson", "nicola.ferguson@ardmhor-bio.example")
    mbox = ("Ardmhor Biologics Talent Acquisition", "TalentAcquisition@ardmhor-bio.example")
    company = "Ardmhor Biologics"
    role = "Senior Scientist, Upstream Process Development"
    start = at(2026, 3, 30, 9, 0, LON, "Monday")
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(hours=1)
    sent = at(2026, 3, 26, 16, 20, LON, "Thursday")
    body = (f"Hi Eilidh,\n\nThanks for booking with {mbox[0]}. Your booking is confirmed.\n\n"
            f"Service: Video screening call - {role}\nStaff: {nicola[0]}\n"
            f"Date: {start.strftime('%A')}, {start.day} {start.strftime('%B')} {start.year}\n"
            f"Time: {hm(start)} - {hm(end)} {WIN_GMT_LABEL}\n\n"
            "Nicola will ask about your background, notice period and salary expectations, and tell you more about "
            "the role and our Glasgow site. If you need to get in touch before the call, email Nicola at "
            f"{nicola[1]}.\n\nManage booking: https://outlook.office365.com/owa/calendar/ArdmhorBiologicsTalent@ardmhor-bio.example/bookings/s/{hx(slug,'bk',n=22)}\n\n"
            "This booking was made with Microsoft Bookings.")
    item, _ = outlook_invite(tag=slug, organizer=mbox, required=[(OWNER_NAME, OWNER), nicola],
                             title=f"Video screening call - {role}", start=start, end=end, body_text=body,
                             sent=sent, uid=outlook_uid(slug), to_line=addr(OWNER_NAME, OWNER),
                             subject=f"Your booking is confirmed: Video screening call - {role}")
    lab = label([iv(company, role, start, end, "scheduled", [nicola[1]], [nicola[1]], "phone_screen")], "hard",
                "positive/bookings-after-bst",
                "Microsoft Bookings confirmation booked on Thu 26 Mar (GMT) for Mon 30 Mar 09:00, the first working "
                "day of BST: the text shows the '(UTC+00:00) Dublin, Edinburgh...' zone label and the .ics uses "
                "'GMT Standard Time', so the start is 08:00Z. Sender is a shared Bookings mailbox; the talent partner "
                "doing the screen is the interviewer.")
    return slug, [("01-bookings-confirmation.eml", item)], lab


@case
def c12():
    slug = "b145-12-corehr-interview-lecture-and-panel"
    company = "Ardlair University"
    role = "Research Fellow in Structural Biology"
    ref = "ARD-012458"
    morag = ("Morag Sinclair", "m.sinclair@ardlair-university.example")
    kerr = "a.kerr@ardlair-university.example"
    osei = "n.osei@ardlair-university.example"
    whitelaw = "t.whitelaw@ardlair-university.example"
    lecture = at(2026, 4, 1, 13, 30, LON, "Wednesday")
    panel = at(2026, 4, 1, 14, 30, LON)
    end = at(2026, 4, 1, 15, 30, LON)
    assert lecture.utcoffset() == timedelta(hours=1)
    s1 = at(2026, 3, 16, 10, 5, LON, "Monday")
    s2 = at(2026, 3, 24, 15, 40, LON, "Tuesday")
    t1 = (f"Dear Dr Mackintosh\n\nApplication for {role} (Vacancy Ref: {ref})\n\n"
          f"I am pleased to inform you that you have been shortlisted for the above post, and I would like to "
          f"invite you to attend for interview on {day_long(lecture)}.\n\n"
          f"The selection process will comprise an interview lecture at {hm(lecture)}, followed by a formal panel "
          f"interview at {hm(panel)}. The interview lecture should last 20 minutes, with 10 minutes for questions, "
          "and will be open to members of the School. The title of your lecture is for you to choose; please send "
          "it to the School Office by Friday 27 March.\n\n"
          "Please confirm whether you will attend by logging in to the CoreHR candidate portal and selecting "
          "'Accept interview'. The School Administrator will contact you separately with details of the venue "
          "and the panel.\n\n"
          "Reasonable travel expenses will be reimbursed in line with University policy.\n\n"
          "Yours sincerely\n\nHuman Resources (Recruitment)\nArdlair University\n\n"
          "This is an automated message sent from CoreHR e-Recruitment. Replies to this address are not read.")
    mid1 = f"<{hx(slug,'c',n=12).upper()}.{int(hx(slug,'cc',n=8),16)}.JavaMail.corehr@ardlair-university.example>"
    item1 = eml(std_headers(frm=addr("Ardlair University Recruitment", "recruitment.noreply@ardlair-university.example"),
                            to=OWNER, subject=f"Invitation to Interview - {role} - {ref}", date=s1, msgid=mid1,
                            relay=("corehr-mail.ardlair-university.example", "192.0.2.201"),
                            extra=[("X-Mailer", "CoreHR e-Recruitment")]),
                leaf('text/plain; charset="UTF-8"', t1, "quoted-printable"))
    t2 = ("Dear Eilidh,\n\nFurther to the invitation from HR, I'm writing with the arrangements for Wednesday 1 April. "
          "Please note the clocks go forward on Sunday 29 March - all of the times below are BST.\n\n"
          "13:15  Arrive at the School Office (Kelso Building, ground floor)\n"
          "13:30 - 14:00  Interview lecture, Lecture Theatre 2 (20 min + 10 min questions; the panel will attend)\n"
          "14:00 - 14:30  Coffee with members of the structural biology group (informal, not assessed)\n"
          "14:30 - 15:30  Panel interview, Room 4.12\n\n"
          "Panel:\n"
          f"Prof. Alasdair Kerr, Head of School (Chair) - {kerr}\n"
          f"Dr Nadia Osei, Reader in Structural Biology - {osei}\n"
          f"Dr Tom Whitelaw, Senior Lecturer - {whitelaw}\n\n"
          "The lecture theatre has a PC with PowerPoint and a clicker; please bring your slides on a USB stick as a "
          "backup. Any questions about the day, just let me know.\n\nKind regards,\nMorag\n\n"
          "Morag Sinclair\nSchool Administrator, School of Life Sciences\nArdlair University\n01738 496 210")
    item2 = eml(std_headers(frm=addr(*morag), to=addr(OWNER_NAME, OWNER), subject=f"Interview on 1 April - {role}",
                            date=s2, msgid=outlook_mid(slug + "2"),
                            relay=("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.66"),
                            extra=[("Thread-Topic", f"Interview on 1 April - {role}"), ("Content-Language", "en-GB")]),
                alt(slug + "2", t2, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "2")))
    ivs = [kerr, osei, whitelaw]
    lab = label([iv(company, role, lecture, end, "scheduled", ivs, ivs, "onsite")], "hard",
                "positive/interview-lecture-loop",
                "CoreHR invitation (no-reply) plus the School Administrator's schedule: interview lecture 13:30, "
                "informal coffee, panel 14:30-15:30 on Wed 1 Apr (BST, first week after the clock change). One "
                "same-day process -> one onsite 13:30-15:30 with the three panel members; the administrator only "
                "coordinates.")
    return slug, [("01-corehr-invitation.eml", item1), ("02-school-office-arrangements.eml", item2)], lab


@case
def c13():
    slug = "b145-13-founder-chat-half-ten"
    jenna = ("Jenna Kerr", "jenna@thistledown-bio.example")
    ruaridh = ("Ruaridh Campbell", "ruaridh@thistledown-bio.example")
    company = "Thistledown Biosystems"
    role = "Biophysics Scientist"
    s1 = at(2026, 4, 3, 11, 48, LON, "Friday")
    s_reply = at(2026, 4, 3, 13, 5, LON, "Friday")
    s2 = at(2026, 4, 3, 14, 20, LON, "Friday")
    start = at(2026, 4, 6, 10, 30, LON, "Monday")  # "Monday at half ten" from Fri 3 Apr
    end = start + timedelta(minutes=30)
    sig = ("Jenna\n\n--\nJenna Kerr | People & Operations\nThistledown Biosystems\n"
           "Nine Edinburgh BioQuarter, Little France Road, Edinburgh")
    subj1 = "Next steps - Biophysics Scientist"
    t1 = ("Hi Eilidh,\n\nThanks again for your time with Aileen and the team - they really enjoyed meeting you. "
          f"The last step in our process for the {role} role is a wee chat with Ruaridh, our CEO and co-founder "
          "(cc'd).\n\nWould Monday at half ten work for you? He'll phone you on the mobile number on your CV, and it "
          "shouldn't take more than half an hour.\n\nCheers,\n" + sig)
    mid1 = gmail_mid(slug + "1")
    item1 = eml(std_headers(frm=addr(*jenna), to=addr(OWNER_NAME, OWNER), cc=addr(*ruaridh), subject=subj1,
                            date=s1, msgid=mid1, relay=("mail-wr1-f45.google.com", "209.85.221.45")),
                alt(slug + "1", t1, cte_text="quoted-printable", boundary=gmail_boundary(slug + "1")))
    mid_r = apple_mid(slug + "r")
    reply = ("Hi Jenna,\n\nThat's great news, thank you! Monday at half ten is perfect - I'll make sure I'm "
             f"somewhere quiet. My mobile is {OWNER_MOBILE} just in case.\n\nBest wishes,\n" + SIG_E)
    t2 = ("Brilliant, I've let Ruaridh know - he'll call you then. Have a lovely Easter weekend!\n\n" + sig +
          f"\n\nOn Fri, 3 Apr 2026 at 13:05, Eilidh Mackintosh <{OWNER}> wrote:\n" + quote(reply))
    item2 = eml(std_headers(frm=addr(*jenna), to=addr(OWNER_NAME, OWNER), cc=addr(*ruaridh), subject="Re: " + subj1,
                            date=s2, msgid=gmail_mid(slug + "2"), in_reply_to=mid_r, references=f"{mid1} {mid_r}",
                            relay=("mail-wr1-f45.google.com", "209.85.221.45")),
                alt(slug + "2", t2, boundary=gmail_boundary(slug + "2")))
    lab = label([iv(company, role, start, end, "scheduled", [ruaridh[1]], [ruaridh[1]], "hiring_manager")], "hard",
                "positive/founder-chat-body-only",
                "Final-stage phone chat with the CEO/co-founder, e-mail only. 'Monday at half ten' (Scottish/British "
                "for 10:30) from Fri 3 Apr -> Mon 6 Apr 10:30 BST; 'no more than half an hour' -> 11:00. The earlier "
                "meeting with 'Aileen and the team' has no date/time and is not labelled. Kind is debatable "
                "(final chat with a founder); labelled hiring_manager.")
    return slug, [("01-next-steps-ceo-chat.eml", item1), ("02-confirmed-half-ten.eml", item2)], lab


@case
def c14():
    slug = "b145-14-newsletter-spotlight-interview"
    sunita = ("Sunita Rao", "sunita.rao@macromol-reports.example")
    s1 = at(2026, 3, 30, 10, 12, LON, "Monday")
    s2 = at(2026, 4, 1, 16, 0, LON, "Wednesday")
    start = at(2026, 4, 9, 15, 0, LON, "Thursday")
    end = start + timedelta(minutes=30)
    subj1 = "Macromolecular Reports - Early Career Spotlight interview?"
    t1 = ("Dear Dr Mackintosh,\n\nCongratulations on your recent paper in Macromolecular Reports on ABC transporter "
          "dynamics - it has been one of our most-read articles this quarter.\n\n"
          "I am the Managing Editor, and I would love to interview you for the Early Career Spotlight column in our "
          "monthly newsletter. It's an informal 30-minute conversation over Google Meet about your research, your "
          "route into science and your plans now that you've finished the PhD (including, if you're happy to talk "
          "about it, the postdoc job hunt!). We would then write it up as a ~800-word Q&A and send it to you for "
          "approval before publication.\n\nWould Thursday 9 April at 3pm UK time suit? If so, I'll send an invite.\n\n"
          "With best wishes,\nSunita\n\nDr Sunita Rao\nManaging Editor, Macromolecular Reports")
    mid1 = gmail_mid(slug + "1")
    item1 = eml(std_headers(frm=addr(*sunita), to=addr(OWNER_NAME, OWNER), subject=subj1, date=s1, msgid=mid1,
                            relay=("mail-ej1-f41.google.com", "209.85.218.41")),
                alt(slug + "1", t1, boundary=gmail_boundary(slug + "1")))
    desc = ("Early Career Spotlight interview for the Macromolecular Reports newsletter. Informal chat, ~30 minutes; "
            "the write-up will be sent to you for approval.")
    item2, _ = google_invite(tag=slug + "2", organizer=sunita,
                             guests=[(sunita[0], sunita[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                             title="Interview: Eilidh Mackintosh - ECR Spotlight (Macromolecular Reports)",
                             start=start, end=end, description=desc, sent=s2,
                             uid=f"{hx(slug,'g',n=26)}@google.com", meet="pwr-haxn-vue")
    lab = label([], "hard", "negative/press-interview",
                "Journal editor's Google Calendar invite titled 'Interview: ...' for a newsletter Q&A (mentions the "
                "job hunt) - a press interview, not a job interview.")
    return slug, [("01-editor-request.eml", item1), ("02-invitation-spotlight.eml", item2)], lab


@case
def c15():
    slug = "b145-15-hirevue-one-way-video"
    sent = at(2026, 4, 2, 9, 0, LON, "Thursday")
    deadline = at(2026, 4, 12, 23, 59, LON, "Sunday")
    t = ("Hi Eilidh,\n\nThank you for applying to the Gallowhill Pharma 2026 R&D Graduate Programme (Biologics). "
         "We'd like to invite you to the next stage: an on-demand video interview.\n\n"
         "You'll be asked 6 questions. For each one you'll have 30 seconds to prepare and up to 2 minutes to record "
         "your answer. There's no one on the other end - you can complete it at any time that suits you before the "
         f"deadline.\n\nDeadline: {day_long(deadline)}, 23:59 (UK time)\n\n"
         f"Start your interview: https://app.hirevue.com/interviews/{hx(slug,'hv',n=24)}\n\n"
         "Tips: find a quiet, well-lit room, check your camera and microphone first, and try the practice questions "
         "before you begin.\n\nGood luck!\n\nGallowhill Pharma Early Careers Team\n\n"
         "Powered by HireVue. Please do not reply to this email.")
    item = eml(std_headers(frm=addr("Gallowhill Pharma Early Careers", "no-reply@hirevue.com"), to=OWNER,
                           subject="Gallowhill Pharma: please complete your video interview", date=sent,
                           msgid=f"<0100{hx(slug,n=12)}-{huuid(slug)}-000000@email.amazonses.com>",
                           relay=("a48-112.smtp-out.amazonses.com", "54.240.48.112")),
               alt(slug, t))
    lab = label([], "medium", "negative/one-way-video",
                "HireVue on-demand (one-way) video interview with a deadline - an assessment, not a live interview.")
    return slug, [("01-hirevue-invitation.eml", item)], lab


@case
def c16():
    slug = "b145-16-cambridge-onsite-greenhouse-dedupe"
    hannah = ("Hannah Pryce", "hannah.pryce@fenwoldbio.example")
    oliver = ("Oliver Stanage", "oliver.stanage@fenwoldbio.example")
    meilin = ("Mei Lin Tan", "meilin.tan@fenwoldbio.example")
    femi = ("Femi Adeyemi", "femi.adeyemi@fenwoldbio.example")
    caroline = ("Caroline Ashworth", "caroline.ashworth@fenwoldbio.example")
    company = "Fenwold Bio"
    role = "Scientist II, Protein Engineering"
    start = at(2026, 4, 14, 9, 30, LON, "Tuesday")
    end = at(2026, 4, 14, 14, 30, LON)
    s1 = at(2026, 4, 7, 14, 10, LON, "Tuesday")
    s2 = at(2026, 4, 7, 14, 25, LON)
    loc = "Fenwold Bio, Building 310, Cambridge Science Park, Milton Road, Cambridge CB4 0WG"
    t1 = (f"Hi Eilidh,\n\nWe're excited to welcome you to Fenwold Bio for your onsite interview for the {role} role! "
          f"Here is your itinerary for {day_long(start)} (all times UK):\n\n"
          f"Location: {loc}\nPlease arrive at 09:15 and sign in at reception - I'll meet you there.\n\n"
          "09:30 - 10:15  Research presentation (15 minutes + questions) - Dr Oliver Stanage (Head of Protein "
          "Sciences) and Dr Mei Lin Tan (Senior Scientist)\n"
          "10:30 - 11:15  Technical deep-dive: protein engineering - Dr Mei Lin Tan\n"
          "11:15 - 12:00  Biophysics and assay design - Femi Adeyemi (Principal Scientist)\n"
          "12:00 - 13:00  Lunch with the Protein Sciences team\n"
          "13:00 - 13:45  Hiring manager conversation - Dr Oliver Stanage\n"
          "13:45 - 14:30  Chat with our Chief Scientific Officer - Dr Caroline Ashworth\n\n"
          "Travel: we'll reimburse your return train from Edinburgh (standard class) - just keep your tickets. The "
          "Guided Busway stops right outside the Science Park.\n\nPlease bring a laptop with your presentation "
          "(HDMI adapter provided). Any dietary requirements for lunch? Just reply to this email.\n\n"
          "Looking forward to meeting you!\n\nHannah Pryce\nTalent Coordinator, Fenwold Bio\n\n"
          "--\nPowered by Greenhouse | https://www.greenhouse.io")
    item1 = eml(std_headers(frm=addr(hannah[0], "no-reply@greenhouse.io"), to=OWNER, reply_to=addr(*hannah),
                            subject=f"Your onsite interview with Fenwold Bio - {day_long(start)}", date=s1,
                            msgid=f"<{huuid(slug,'gh')}@mail.greenhouse.io>",
                            return_path=f"bounces+{int(hx(slug,'b',n=6),16)}@em.greenhouse.io",
                            relay=("o1.em.greenhouse.io", "198.51.100.171")),
                alt(slug + "1", t1, cte_text="base64", boundary=hx(slug, "ghb", n=32)))
    desc = (f"Onsite interview for the {role} role. The full itinerary is in my email; in short: research "
            "presentation 09:30, technical sessions until 12:00, lunch, then Oliver and Caroline in the afternoon. "
            "Please bring your laptop.\n\nHannah")
    guests = [(hannah[0], hannah[1], "ACCEPTED"), (oliver[0], oliver[1], "ACCEPTED"), (meilin[0], meilin[1], "ACCEPTED"),
              (femi[0], femi[1], "ACCEPTED"), (caroline[0], caroline[1], "TENTATIVE"), ("", OWNER, "NEEDS-ACTION")]
    item2, _ = google_invite(tag=slug + "2", organizer=hannah, guests=guests,
                             title=f"Onsite interview - Eilidh Mackintosh ({role})", start=start, end=end,
                             description=desc, sent=s2, uid=f"{hx(slug,'g',n=26)}@google.com", location=loc)
    ivs = [oliver[1], meilin[1], femi[1], caroline[1]]
    lab = label([iv(company, role, start, end, "scheduled", ivs, ivs, "onsite")], "medium",
                "positive/onsite-dedupe",
                "Greenhouse itinerary (no-reply sender, Reply-To coordinator) + Google invite for the same Cambridge "
                "onsite -> ONE onsite 09:30-14:30 BST. The 09:15 reception sign-in is not a session. Coordinator "
                "only organises; four interviewers from the invite's guest list.")
    return slug, [("01-greenhouse-itinerary.eml", item1), ("02-invitation-onsite.eml", item2)], lab


@case
def c17():
    slug = "b145-17-outlook-ics-hiring-manager"
    marcus = ("Marcus Reid", "marcus.reid@hallglen.example")
    company = "Hallglen Instruments"
    role = "Applications Scientist"
    start = at(2026, 4, 16, 9, 30, LON, "Thursday")
    end = start + timedelta(hours=1)
    sent = at(2026, 4, 9, 17, 12, LON, "Thursday")
    body = ("Hi Eilidh,\n\nThanks for your application. Here's an invite for an informal interview with me for the "
            f"{role} role, followed by a quick tour of the lab. Expect about an hour in total. There are visitor "
            "spaces at the front of the building.\n\nMarcus\n\nDr Marcus Reid\nR&D Manager | Hallglen Instruments\n"
            "Unit 4, Houstoun Road, Livingston EH54 5BZ")
    _, cal = outlook_invite(tag=slug, organizer=marcus, required=[(OWNER_NAME, OWNER)],
                            title=f"Interview - Eilidh Mackintosh - {role}", start=start, end=end, body_text=body,
                            sent=sent, uid=outlook_uid(slug), teams=False,
                            location="Hallglen Instruments, Unit 4, Houstoun Road, Livingston")
    lab = label([iv(company, role, start, end, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")], "medium",
                "positive/standalone-ics-windows-tz",
                "Standalone Exchange .ics (TZID 'GMT Standard Time' with VTIMEZONE) for Thu 16 Apr 09:30, i.e. BST; "
                "the DESCRIPTION repeats Outlook's '(UTC+00:00)' label. The R&D manager organises and conducts it.")
    return slug, [("01-interview-hallglen.ics", cal.encode("utf-8"))], lab


@case
def c18():
    slug = "b145-18-availability-request-april-slots"
    claire = ("Claire Docherty", "c.docherty@ormiston-institute.example")
    role = "Research Scientist - Antibody Engineering"
    s1 = at(2026, 4, 8, 10, 30, LON, "Wednesday")
    s_reply = at(2026, 4, 9, 19, 12, LON, "Thursday")
    s2 = at(2026, 4, 10, 9, 14, LON, "Friday")
    for d_, w_ in ((21, "Tuesday"), (22, "Wednesday"), (24, "Friday")):
        at(2026, 4, d_, 9, 0, LON, w_)
    at(2026, 4, 13, 9, 0, LON, "Monday")
    sig = ("Claire\n\nClaire Docherty\nHR Adviser (Recruitment)\nThe Ormiston Institute\nForesterhill, Aberdeen")
    subj1 = f"Invitation to interview - {role} (Ref OI-0391)"
    t1 = (f"Dear Eilidh,\n\nWe are pleased to invite you to interview for the post of {role} (Ref OI-0391).\n\n"
          "Interviews will be held in person at our Aberdeen site on Tuesday 21, Wednesday 22 and Friday 24 April "
          "2026. The interview will consist of a 15-minute presentation followed by a panel interview of "
          "approximately 45 minutes.\n\nCould you please let me know which of these dates you could attend, and any "
          "times you could not make, by Monday 13 April? Once we have everyone's availability I will confirm your "
          "interview time and the presentation topic.\n\nKind regards,\n" + sig)
    mid1 = outlook_mid(slug + "1")
    item1 = eml(std_headers(frm=addr(*claire), to=addr(OWNER_NAME, OWNER), subject=subj1, date=s1, msgid=mid1,
                            relay=("EUR04-DB3-obe.outbound.protection.outlook.com", "40.107.6.95"),
                            extra=[("Thread-Topic", subj1), ("Content-Language", "en-GB")]),
                alt(slug + "1", t1, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "1")))
    mid_r = apple_mid(slug + "r")
    reply = ("Dear Claire,\n\nThank you very much for the invitation. I could attend on Tuesday 21 or Wednesday 22 "
             "April (any time after 10am, as I'll be travelling up from Edinburgh that morning), but unfortunately "
             "not on Friday 24th.\n\nBest wishes,\n" + SIG_E)
    t2 = ("Dear Eilidh,\n\nThanks very much - I've noted that you're available on the 21st and 22nd but not the "
          "24th. I'll be in touch with a confirmed time once the panel's diaries are finalised, hopefully early next "
          "week.\n\nKind regards,\n" + sig + "\n\n________________________________\n"
          f"From: Eilidh Mackintosh <{OWNER}>\nSent: 09 April 2026 19:12\nTo: Claire Docherty <{claire[1]}>\n"
          f"Subject: Re: {subj1}\n\n" + reply)
    item2 = eml(std_headers(frm=addr(*claire), to=addr(OWNER_NAME, OWNER), subject="RE: " + subj1, date=s2,
                            msgid=outlook_mid(slug + "2"), in_reply_to=mid_r, references=f"{mid1} {mid_r}",
                            relay=("EUR04-DB3-obe.outbound.protection.outlook.com", "40.107.6.95"),
                            extra=[("Thread-Topic", subj1), ("Content-Language", "en-GB")]),
                alt(slug + "2", t2, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "2")))
    lab = label([], "hard", "negative/availability-request",
                "'Invitation to interview' with three candidate dates and a 15-min presentation, owner replies with "
                "availability, HR will confirm later - no time is ever booked.")
    return slug, [("01-invitation-choose-date.eml", item1), ("02-availability-noted.eml", item2)], lab


def gcal_event(*, tag, summary, description, organizer, attendees, start, end, tzname, created, updated,
               location=None, meet=None, sequence=0):
    eid_raw = hx(tag, "id", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(tag,'etag',n=12),16)}\"",
        "id": eid_raw,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{eid_raw} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(tag,'ms',n=3),16)%1000:03d}Z",
        "summary": summary,
    }
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": iso(start), "timeZone": tzname}
    ev["end"] = {"dateTime": iso(end), "timeZone": tzname}
    ev["iCalUID"] = f"{eid_raw}@google.com"
    ev["sequence"] = sequence
    att = []
    for a in attendees:
        d = {"email": a[1]}
        if a[0]:
            d["displayName"] = a[0]
        if a[1] == organizer[1]:
            d["organizer"] = True
        if a[1] == OWNER:
            d["self"] = True
        d["responseStatus"] = a[2]
        att.append(d)
    ev["attendees"] = att
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@case
def c19():
    slug = "b145-19-gcal-json-two-interviews"
    shona = ("Shona Blair", "shona.blair@caddonfoot.example")
    iain = ("Iain Rutherford", "iain.rutherford@caddonfoot.example")
    jess = ("Jessica Alvarez", "jalvarez@petrelbio.example")
    lucy = ("Lucy Carmichael", "lucy.carmichael@edinburgh-uni.example")
    a_start = at(2026, 4, 21, 10, 0, LON, "Tuesday")
    a_end = a_start + timedelta(hours=1)
    b_start = at(2026, 4, 28, 11, 0, NY, "Tuesday")
    b_end = b_start + timedelta(minutes=30)
    assert b_start.astimezone(LON).hour == 16
    jc = at(2026, 4, 22, 12, 0, LON, "Wednesday")
    ev1 = gcal_event(tag=slug + "a", summary="Caddonfoot Imaging - technical interview (Optical Biosensor Scientist)",
                     description=("Technical interview for the Optical Biosensor Scientist role. Iain will ask you to "
                                  "talk through your SPR/BLI data analysis and then work through a short assay-design "
                                  "problem together.\n\nShona (Talent) has set this up and won't be joining the call."),
                     organizer=shona, attendees=[(shona[0], shona[1], "accepted"), (iain[0], iain[1], "accepted"),
                                                 ("", OWNER, "accepted")],
                     start=a_start, end=a_end, tzname="Europe/London", created=at(2026, 4, 9, 11, 2, LON),
                     updated=at(2026, 4, 9, 15, 40, LON), meet="vtd-qzmk-yre")
    ev2 = gcal_event(tag=slug + "jc", summary="Structural biology journal club",
                     description="This week: Lucy presents the new AlphaFold-multimer benchmarking preprint. Bring lunch!",
                     organizer=lucy, attendees=[(lucy[0], lucy[1], "accepted"), ("", OWNER, "tentative")],
                     start=jc, end=jc + timedelta(hours=1), tzname="Europe/London",
                     created=at(2026, 4, 10, 9, 0, LON), updated=at(2026, 4, 10, 9, 0, LON),
                     location="Seminar Room 1, Waddington Building")
    ev3 = gcal_event(tag=slug + "b", summary="Petrel Bioworks: intro call with Jessica (Scientist, Protein Characterization)",
                     description=("Hi Eilidh! Thanks for applying. This is your first-round screen: a 30-minute intro "
                                  "call with me from the Petrel Bioworks talent team - we'll talk about your background, the Scientist, Protein Characterization role, "
                                  "visa sponsorship and next steps. Looking forward to it!\n\nJessica"),
                     organizer=jess, attendees=[(jess[0], jess[1], "accepted"), ("", OWNER, "accepted")],
                     start=b_start, end=b_end, tzname="America/New_York", created=at(2026, 4, 14, 13, 30, NY),
                     updated=at(2026, 4, 14, 14, 5, NY), meet="ubn-wjxs-kop")
    lab = label([
        iv("Caddonfoot Imaging", "Optical Biosensor Scientist", a_start, a_end, "scheduled", [iain[1]], [iain[1]],
           "technical"),
        iv("Petrel Bioworks", "Scientist, Protein Characterization", b_start, b_end, "scheduled", [jess[1]],
           [jess[1]], "phone_screen"),
    ], "medium", "positive/gcal-json-two-interviews",
        "Three Calendar API events: a technical interview (organised by a talent partner who won't attend), a "
        "journal club (not an interview) and a US recruiter intro call in America/New_York (11:00 EDT = 16:00 BST).")
    return slug, [("01-caddonfoot-technical.gcal.json", ev1), ("02-journal-club.gcal.json", ev2),
                  ("03-petrel-intro-call.gcal.json", ev3)], lab


@case
def c20():
    slug = "b145-20-poster-session-judging"
    org = ("SSBM 2026 Organising Committee", "ssbm2026@scot-structbio.example")
    start = at(2026, 4, 22, 16, 0, LON, "Wednesday")
    end = at(2026, 4, 22, 18, 0, LON)
    sent = at(2026, 4, 13, 11, 0, LON, "Monday")
    t = ("Dear Eilidh,\n\nThank you for registering for the Scottish Structural Biology Meeting 2026. Your poster\n\n"
         "  P-47: \"Nucleotide-driven conformational switching in a bacterial ABC exporter\"\n\n"
         f"has been allocated to Poster Session B on {day_long(start)}, {hm(start)}-{hm(end)}, in the Clyde Suite. "
         "Please put your poster up during the lunch break and be at your board for the whole session.\n\n"
         "Judges for the Early Career Poster Prize will visit between 16:30 and 17:30 and may interview you briefly "
         "(about five minutes) about your work. Representatives from our industry sponsors will also be touring the "
         "posters, and several of them are recruiting - a great chance to talk about careers outside academia.\n\n"
         "A calendar file for your session is attached.\n\nSee you in Glasgow!\n\nSSBM 2026 Organising Committee")
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SSBM 2026//Programme//EN", "METHOD:PUBLISH"] + VTZ_LONDON + [
        "BEGIN:VEVENT", f"UID:ssbm2026-posterB-P47-{hx(slug,n=8)}@scot-structbio.example",
        f"DTSTAMP:{ical_z(sent)}", f"DTSTART;TZID=Europe/London:{ical_local(start)}",
        f"DTEND;TZID=Europe/London:{ical_local(end)}",
        "SUMMARY:SSBM 2026 - Poster Session B (your poster P-47)",
        "DESCRIPTION:" + ics_esc("Present poster P-47. Prize judging 16:30-17:30: judges may interview presenters "
                                 "briefly. Industry sponsors attending."),
        "LOCATION:Clyde Suite\\, Glasgow", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
        "END:VEVENT", "END:VCALENDAR"]
    b = gmail_boundary(slug + "m")
    body = multi("mixed", b, [alt(slug, t).rstrip("\n"),
                              leaf('text/calendar; charset="utf-8"; name="SSBM2026-poster-P47.ics"', ics(cal), "base64",
                                   extra=['Content-Disposition: attachment; filename="SSBM2026-poster-P47.ics"'])])
    item = eml(std_headers(frm=addr(*org), to=addr(OWNER_NAME, OWNER),
                           subject="SSBM 2026: your poster session and prize judging", date=sent,
                           msgid=gmail_mid(slug), relay=("mail-oa1-f52.google.com", "209.85.160.52")), body)
    lab = label([], "medium", "negative/poster-session",
                "Conference poster session .ics; judges 'interview' presenters for a prize and recruiting sponsors "
                "attend - not a job interview.")
    return slug, [("01-poster-allocation.eml", item)], lab


@case
def c21():
    slug = "b145-21-grant-panel-early-career-reviewer"
    moira = ("Moira Henderson", "moira.henderson@caledonian-trust.example")
    start = at(2026, 4, 23, 9, 0, LON, "Thursday")
    end = at(2026, 4, 23, 16, 30, LON)
    sent = at(2026, 4, 7, 10, 0, LON, "Tuesday")
    at(2026, 4, 17, 9, 0, LON, "Friday")
    body = ("Dear Panel members,\n\nThank you for agreeing to sit on Interview Panel B for this year's Early Career "
            "Fellowships. Eilidh - a warm welcome as our early-career reviewer; you'll have full scoring rights for "
            "the interviews, and David will give you a short briefing beforehand.\n\n"
            "Schedule (all times UK):\n09:00 - 09:30  Panel briefing (members only)\n"
            "09:30 - 16:00  Candidate interviews: six shortlisted applicants, 40 minutes each (10-minute "
            "presentation + 30 minutes of questions from the panel)\n16:00 - 16:30  Ranking and moderation\n\n"
            "The candidate pack and scoring sheets are in the Panel B SharePoint folder. Please declare any conflicts "
            "of interest by Friday 17 April.\n\nBest wishes,\nMoira\n\nMoira Henderson\nSenior Programme Manager, "
            "Fellowships\nCaledonian Biomedical Trust")
    item, _ = outlook_invite(tag=slug, organizer=moira,
                             required=[("David Ochieng", "d.ochieng@caledonian-trust.example"),
                                       ("Shona Mackay", "shona.mackay@kirkton-uni.example"),
                                       ("Pradeep Nair", "p.nair@tayvale-uni.example"), (OWNER_NAME, OWNER)],
                             title="Early Career Fellowships 2026 - Interview Panel B", start=start, end=end,
                             body_text=body, sent=sent, uid=outlook_uid(slug))
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite titled 'Interview Panel' for a funder's fellowship interviews; the owner sits on the "
                "panel as early-career reviewer and interviews the applicants.")
    return slug, [("01-invite-interview-panel-b.eml", item)], lab


@case
def c22():
    slug = "b145-22-youcanbook-screen-cancelled"
    kirsty = ("Kirsty Duncan", "kirsty.duncan@merrowdx.example")
    company = "Merrow Diagnostics"
    role = "R&D Scientist (Assay Development)"
    start = at(2026, 4, 24, 13, 0, LON, "Friday")
    end = start + timedelta(minutes=30)
    s1 = at(2026, 4, 17, 10, 22, LON, "Friday")
    s2 = at(2026, 4, 22, 16, 5, LON, "Wednesday")
    s3 = at(2026, 4, 22, 16, 7, LON)
    uid = f"ycbm-{huuid(slug,'u')}@youcanbook.me"
    link = f"https://merrowdx.youcanbook.me/bookings/{hx(slug,'bk',n=20)}"

    def ycbm_cal(method, seq, stamp):
        lines = ["BEGIN:VCALENDAR", "PRODID:-//YouCanBook.me//Booking//EN", "VERSION:2.0", f"METHOD:{method}",
                 "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ical_z(stamp)}", f"DTSTART:{ical_z(start)}",
                 f"DTEND:{ical_z(end)}", f"SUMMARY:{ics_esc('Initial call - ' + role + ' (Merrow Diagnostics)')}",
                 "DESCRIPTION:" + ics_esc(f"Kirsty Duncan will phone you on {OWNER_MOBILE}.\nManage: {link}"),
                 f"ORGANIZER;CN=Kirsty Duncan:mailto:{kirsty[1]}", attendee(OWNER_NAME, OWNER),
                 f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
                 "END:VEVENT", "END:VCALENDAR"]
        return ics(lines)

    when = f"{start.strftime('%A')} 24th {start.strftime('%B')} {start.year}, {hm(start)} - {hm(end)} (Europe/London)"
    t1 = (f"Hi Eilidh,\n\nThanks for booking a call with Kirsty Duncan at {company}.\n\n"
          f"What: Initial call - {role}\nWhen: {when}\nHow: Kirsty will phone you on {OWNER_MOBILE}\n\n"
          f"Need to make a change? Cancel or reschedule here: {link}\n\n--\nPowered by YouCanBook.me")
    b1 = gmail_boundary(slug + "m1")
    item1 = eml(std_headers(frm=addr(f"{company} via YouCanBook.me", "noreply@youcanbook.me"), to=OWNER,
                            reply_to=addr(*kirsty), subject=f"Booking confirmed: Initial call - {role}", date=s1,
                            msgid=f"<{huuid(slug,'1')}@youcanbook.me>", relay=("mta-12.youcanbook.me", "198.51.100.12")),
                multi("mixed", b1, [alt(slug + "1", t1).rstrip("\n"),
                                    leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="booking.ics"',
                                         ycbm_cal("REQUEST", 0, s1), "base64",
                                         extra=['Content-Disposition: attachment; filename="booking.ics"'])]))
    t2 = ("Hi Eilidh,\n\nI'm really sorry to do this, but I'm going to have to cancel our call on Friday at 1pm. We "
          f"found out this afternoon that the {role} role has been put on hold following a budget review, so it "
          "wouldn't be fair to take up your time. I've cancelled the booking, so you'll get an automatic email "
          "too.\n\nI'll keep your CV on file and will get in touch if the role reopens.\n\nAll the best,\nKirsty\n\n"
          f"Kirsty Duncan\nTalent Acquisition Partner | {company}\nDundee")
    item2 = eml(std_headers(frm=addr(*kirsty), to=addr(OWNER_NAME, OWNER), subject="Our call on Friday", date=s2,
                            msgid=outlook_mid(slug + "2"),
                            relay=("EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.84"),
                            extra=[("Thread-Topic", "Our call on Friday"), ("Content-Language", "en-GB")]),
                alt(slug + "2", t2, font="Calibri,sans-serif", boundary=outlook_boundary(slug + "2")))
    t3 = (f"Hi Eilidh,\n\nYour booking has been cancelled.\n\nWhat: Initial call - {role}\nWhen: {when}\n\n"
          "Cancelled by: Kirsty Duncan\nReason: Role on hold - sorry!\n\n--\nPowered by YouCanBook.me")
    b3 = gmail_boundary(slug + "m3")
    item3 = eml(std_headers(frm=addr(f"{company} via YouCanBook.me", "noreply@youcanbook.me"), to=OWNER,
                            reply_to=addr(*kirsty), subject=f"Booking cancelled: Initial call - {role}", date=s3,
                            msgid=f"<{huuid(slug,'3')}@youcanbook.me>", relay=("mta-12.youcanbook.me", "198.51.100.12")),
                multi("mixed", b3, [alt(slug + "3", t3).rstrip("\n"),
                                    leaf('text/calendar; charset="UTF-8"; method=CANCEL; name="booking.ics"',
                                         ycbm_cal("CANCEL", 1, s3), "base64",
                                         extra=['Content-Disposition: attachment; filename="booking.ics"'])]))
    lab = label([iv(company, role, start, end, "cancelled", [kirsty[1]], [kirsty[1]], "phone_screen")], "medium",
                "positive/cancellation-only",
                "YouCanBook.me booking for a recruiter phone call (Fri 24 Apr 13:00 BST), then the recruiter's "
                "e-mail and an automatic CANCEL: kept once with status cancelled. The recruiter would conduct the "
                "call, so she is the interviewer and follow-up recipient (not the YCBM no-reply sender).")
    return slug, [("01-ycbm-booking-confirmed.eml", item1), ("02-kirsty-cancelling.eml", item2),
                  ("03-ycbm-booking-cancelled.eml", item3)], lab


# ======================================================================== main
def main():
    for name in os.listdir(HERE):
        if name.startswith("b145-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"b145-{i:02d}-"), slug
        assert slug not in labels
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names)
        for n, data in items:
            assert re.match(r"^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$", n), n
            with open(os.path.join(d, n), "wb") as f:
                f.write(data)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind145 labels (synthetic, written blind) - regenerate with: python make_cases.py\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in labels.values())
    n_c = sum(1 for l in labels.values() for x in l["interviews"] if x["status"] == "cancelled")
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews "
          f"({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
