#!/usr/bin/env python3
"""Regenerate the blind211 evaluation set (written blind, synthetic).

Standard library + PyYAML + zoneinfo only.  Deterministic: every date, Message-ID,
MIME boundary, UID and meeting id is fixed or derived from a fixed seed, so two runs
produce identical bytes.  Run:  python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b211-"

CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
MT = ZoneInfo("America/Denver")
AZ = ZoneInfo("America/Phoenix")
UTC = timezone.utc

OWNER_NAME = "Suresh Kondapalli"
OWNER = "suresh.kondapalli@example.com"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"
OWNER_CELL = "(214) 555-0148"


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, *rest, day=None):
    """Aware datetime: T(y, mo, d, h, mi, [sec,] tz); `day` asserts the weekday named in the text."""
    sec, tz = (0, rest[0]) if len(rest) == 1 else rest
    dt = datetime(y, mo, d, h, mi, sec, tzinfo=tz)
    if day is not None:
        assert dt.strftime("%A") == day, (dt, day)
    return dt


def rfc(dt, tz=None):
    """RFC 5322 Date header value (optionally shown in another zone)."""
    if tz is not None:
        dt = dt.astimezone(tz)
    return format_datetime(dt)


def iso(dt):
    return dt.isoformat()


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def h12(dt, ampm=True):
    s = f"{dt.hour % 12 or 12}:{dt.minute:02d}"
    return f"{s} {'AM' if dt.hour < 12 else 'PM'}" if ampm else s


def longdate(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def gmail_when(dt):
    """'Mon, Apr 13, 2026 at 10:41 AM' (Gmail quote/forward header style)."""
    return f"{dt:%a}, {dt:%b} {dt.day}, {dt.year} at {h12(dt)}"


def outlook_sent(dt):
    """'Wednesday, April 15, 2026 5:02 PM' (Outlook forward header style)."""
    return f"{longdate(dt)} {h12(dt)}"


def seed_hex(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def seed_digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hashlib.sha256(("d" + seed).encode()).hexdigest())[:n]


# --------------------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def hdr(s):
    """Encode a header value as RFC 2047 when it is not plain ASCII."""
    if s.isascii():
        return s
    return Header(s, "utf-8", maxlinelen=76).encode()


def leaf(ctype, text, cte="7bit", extra=()):
    if cte == "base64":
        body = b64(text)
    elif cte == "quoted-printable":
        body = qp(text if text.endswith("\n") else text + "\n")
    else:
        body = text if text.endswith("\n") else text + "\n"
    return ([("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)], body)


def multi(subtype, boundary, children, extra=(), blank_line=False):
    out = []
    for h, b in children:
        out.append(f"--{boundary}\n{render_headers(h)}\n{b}" + ("\n" if blank_line else ""))
    body = "".join(out) + f"--{boundary}--\n"
    return ([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')] + list(extra), body)


def render_headers(h):
    return "".join(f"{k}: {v}\n" for k, v in h)


def eml(top, entity):
    h, body = entity
    return render_headers(list(top) + [("MIME-Version", "1.0")] + h) + "\n" + body


def quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n")) + "\n"


def to_html(text, font="Calibri, Arial, Helvetica, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    parts = []
    for p in paras:
        parts.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(parts) + "\n</div></body></html>\n")


def received(host, ip, when, msgid_seed):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id "
                        f"{seed_hex(msgid_seed, 12)}\n        for <{OWNER}>;\n        {rfc(when, UTC)}")


# --------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line, nl="\r\n"):
    assert line.isascii(), line
    out = []
    while len(line) > 75:
        out.append(line[:75])
        line = " " + line[75:]
    out.append(line)
    return nl.join(out)


def ics_text(lines, nl="\r\n"):
    return nl.join(fold(l, nl) for l in lines) + nl


def vtz_windows(tzid, std, dst=None):
    """Exchange-style VTIMEZONE (1601 base year).  std/dst as '-0600' strings."""
    if dst is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_olson(tzid, std, dst, stdname, dstname):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstname}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdname}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


WIN_TZ = {
    "Central Standard Time": ("-0600", "-0500"),
    "Eastern Standard Time": ("-0500", "-0400"),
    "Pacific Standard Time": ("-0800", "-0700"),
    "Mountain Standard Time": ("-0700", "-0600"),
    "US Mountain Standard Time": ("-0700", None),
}
WIN_LABEL = {
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
    "US Mountain Standard Time": "(UTC-07:00) Arizona",
}


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE"):
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + seed_hex(seed, 16).upper() + \
        "000000000000000010000000" + seed_hex(seed + "x", 32).upper()


def outlook_vcal(*, method, tzid, start, end, organizer, attendees, summary, description, location,
                 uid, seq=0, dtstamp, status="CONFIRMED", teams_url=None, rrule=None,
                 prodid="Microsoft Exchange Server 2010", busy="TENTATIVE"):
    """Lines of an Exchange/Outlook VCALENDAR.  start/end are aware datetimes; they are
    written as local wall time in `tzid` (a Windows zone name)."""
    std, dst = WIN_TZ[tzid]
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    lines += vtz_windows(tzid, std, dst)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [att(*a) if isinstance(a, tuple) else a for a in attendees]
    if description is not None:
        lines.append(f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(dtstamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(seed_digits(uid, 9)) - 1000000000}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else busy}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              f"X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0")]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return lines


def teams(seed, dial="+1 469-555-0110", city="United States, Dallas"):
    """(plain text block, join url) in the current Teams invitation format."""
    mid = seed_hex(seed, 40)
    tid = seed_hex(seed + "t", 8) + "-" + seed_hex(seed + "t2", 4) + "-4" + seed_hex(seed + "t3", 3) + "-a" + \
        seed_hex(seed + "t4", 3) + "-" + seed_hex(seed + "t5", 12)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%7d")
    meeting_id = seed_digits(seed, 12)
    meeting_id = " ".join([meeting_id[:3], meeting_id[3:6], meeting_id[6:9], meeting_id[9:]])
    conf = seed_digits(seed + "c", 9)
    passcode = seed_hex(seed + "p", 6).replace("a", "Q").replace("e", "x")
    block = ("_" * 80 + "\n"
             "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
             f"Join the meeting now<{url}>\n"
             f"Meeting ID: {meeting_id}\n"
             f"Passcode: {passcode}\n"
             "________________________________\n"
             "Dial in by phone\n"
             f"{dial},,{conf}# {city}\n"
             "Find a local number<https://dialin.teams.microsoft.com/" + seed_hex(seed + "f", 8) + ">\n"
             f"Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
             "For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId="
             + seed_hex(seed + "o", 8) + ">\n"
             + "_" * 80 + "\n")
    return block, url


def outlook_invite_eml(*, seed, frm, to, cc=(), subject, date, tzid, start, end, intro, organizer,
                       attendees, summary, location="Microsoft Teams Meeting", method="REQUEST", seq=0,
                       status="CONFIRMED", uid, rrule=None, when_text=None, teams_seed=None, extra_top=(),
                       host=("NAM10-DM6-obe.outbound.protection.outlook.com", "40.107.93.71")):
    """An Exchange Online meeting request / cancellation as delivered to the owner."""
    if when_text is None:
        when_text = f"{longdate(start)} {h12(start)}-{h12(end)} {WIN_LABEL[tzid]}."
    tblock, turl = teams(teams_seed or seed) if location == "Microsoft Teams Meeting" else ("", None)
    plain = f"When: {when_text}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro.rstrip()}\n\n" + tblock
    htm = to_html(plain, font="Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif")
    cal = outlook_vcal(method=method, tzid=tzid, start=start, end=end, organizer=organizer,
                       attendees=attendees, summary=summary, description=plain, location=location,
                       uid=uid, seq=seq, dtstamp=date, status=status, teams_url=turl, rrule=rrule)
    mid = f"<{seed_hex(seed, 8).upper()}{seed_hex(seed + 'm', 24).upper()}@SJ0PR11MB{seed_digits(seed, 4)}.namprd11.prod.outlook.com>"
    top = [("Delivered-To", OWNER), received(host[0], host[1], date, seed),
           ("Return-Path", f"<{frm[1]}>"), ("From", f"{frm[0]} <{frm[1]}>"), ("To", to)]
    if cc:
        top.append(("Cc", cc))
    top += [("Subject", hdr(subject)), ("Thread-Topic", hdr(subject.split(": ", 1)[-1] if method == "CANCEL" else subject)),
            ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
            ("Date", rfc(date, UTC)), ("Message-ID", mid), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage")] + list(extra_top)
    entity = multi("alternative", f"_000_{seed_hex(seed + 'b', 24).upper()}namprd11prodoutlookcom_", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', htm, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text(cal), "base64"),
    ], blank_line=True)
    return eml(top, entity), mid


def google_ics(*, uid, start, end, stamp, organizer, attendees, summary, description, location="",
               seq=0, status="CONFIRMED", method="REQUEST", meet=None, created=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, ps in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{z(created or stamp)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{z(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return lines


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# --------------------------------------------------------------------------- generic human mail
def human_eml(*, seed, frm, to, subject, date, body, cc=None, reply_to=None, in_reply_to=None,
              references=None, client="gmail", attachments=(), extra_top=(), html_text=None,
              sender=None, date_tz=None):
    """A person's mail from Gmail, Outlook (Exchange Online) or a plain-text system."""
    if client == "gmail":
        mid = f"<CA+{seed_hex(seed, 10)}{seed_hex(seed + 'g', 28)}@mail.gmail.com>"
        host = ("mail-sor-f41.google.com", "209.85.220.41")
        bnd = "000000000000" + seed_hex(seed + "b", 12)
        font = "arial, sans-serif"
    elif client == "outlook":
        mid = f"<{seed_hex(seed, 8).upper()}{seed_hex(seed + 'm', 24).upper()}@BN0PR12MB{seed_digits(seed, 4)}.namprd12.prod.outlook.com>"
        host = ("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.64")
        bnd = f"_000_{seed_hex(seed + 'b', 24).upper()}namprd12prodoutlookcom_"
        font = "Aptos, Calibri, Helvetica, sans-serif"
    else:
        mid = f"<{seed_hex(seed, 24)}@{client}>"
        host = (f"smtp.{client}", "198.51.100." + str(int(seed_digits(seed, 2)) + 10))
        bnd = "----=_Part_" + seed_digits(seed, 7) + "_" + seed_digits(seed + "x", 9) + "." + seed_digits(seed + "y", 13)
        font = "Helvetica, Arial, sans-serif"
    fr = frm if isinstance(frm, str) else f"{frm[0]} <{frm[1]}>"
    ret = frm[1] if isinstance(frm, tuple) else frm.split("<")[-1].rstrip(">")
    top = [("Delivered-To", OWNER), received(host[0], host[1], date, seed), ("Return-Path", f"<{ret}>")]
    top += [("From", fr)]
    if sender:
        top.append(("Sender", sender))
    if reply_to:
        top.append(("Reply-To", reply_to))
    top.append(("To", to))
    if cc:
        top.append(("Cc", cc))
    top += [("Date", rfc(date, date_tz)), ("Message-ID", mid), ("Subject", hdr(subject))]
    if in_reply_to:
        top.append(("In-Reply-To", in_reply_to))
        top.append(("References", references or in_reply_to))
    if client == "outlook":
        top += [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "Re:", "FW:") else subject)),
                ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    top += list(extra_top)
    htm = to_html(html_text if html_text is not None else body, font=font)
    alt = multi("alternative", bnd if not attachments else bnd + "_alt", [
        leaf('text/plain; charset="UTF-8"', body, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
    ])
    if attachments:
        ent = multi("mixed", bnd, [alt] + list(attachments))
    else:
        ent = alt
    return eml(top, ent), mid


def ics_attachment(filename, lines, method=None, ctype="text/calendar"):
    ct = f'{ctype}; charset="UTF-8"; name="{filename}"' + (f"; method={method}" if method else "")
    return leaf(ct, ics_text(lines), "base64",
                extra=[("Content-Disposition", f'attachment; filename="{filename}"')])


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


KIRAN_SIG = """Thanks & Regards,
Kiran Reddy
Sr. Technical Recruiter | Apex Bridge Staffing Inc.
Direct: (732) 555-0164 | kiran.r@apexbridge-staffing.example
Edison, NJ 08837
E-Verified company | Certified MBE
"""
OWNER_SIG = f"""Thanks,
Suresh

--
Suresh Kondapalli, PMP, CSM
Sr. IT Project Manager | Frisco, TX
{OWNER_CELL}
"""


# =========================================================================== POSITIVES
@case
def c01():
    slug = "b211-01-c2c-two-layer-client-teams-est"
    kiran = ("Kiran Reddy", "kiran.r@apexbridge-staffing.example")
    d1 = T(2026, 4, 13, 10, 41, 7, ET, day="Monday")
    d_reply = T(2026, 4, 13, 10, 5, 44, CT, day="Monday")
    d_corv = T(2026, 4, 15, 17, 2, 0, ET, day="Wednesday")
    d3 = T(2026, 4, 15, 17, 20, 3, ET, day="Wednesday")
    start = T(2026, 4, 16, 11, 30, ET, day="Thursday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(CT).hour == 10
    subj = "Client Interview Confirmation || Sr. IT Project Manager (ServiceNow ITSM) || Great Lakes Mutual || Remote || C2C"
    body1 = f"""Hi Suresh,

Hope you are doing great!

Good news - your profile has been shortlisted by our implementation partner Corvantis Consulting, and the end client Great Lakes Mutual would like to interview you for the Sr. IT Project Manager (ServiceNow ITSM) position.

Interview details:
Date: {start:%A}, {start:%m/%d/%Y}
Time: 11:30 AM EST (10:30 AM CST)
Duration: 45 mins
Mode: MS Teams video (camera on)
Interviewer: Greg Halloran - Delivery Manager, IT Service Management, Great Lakes Mutual

The Teams link will come from the prime vendor side, I will forward it as soon as I receive.

Rate confirmed: $72/hr on C2C with your corp (SK Delivery Consulting LLC). Duration 12+ months, remote (Eastern hours).

Kindly reply with your confirmation ASAP so I can update Corvantis.

Few tips: keep your ServiceNow ITSM/ITOM implementation examples ready (CMDB, change management, go-live/hypercare) and go through the JD once again.

{KIRAN_SIG}"""
    m1, mid1 = human_eml(seed=slug + "1", frm=kiran, to=OWNER_HDR, subject=subj, date=d1, body=body1,
                         client="outlook", date_tz=ET)
    reply = f"""Hi Kiran,

Confirmed - I am available Thursday at 10:30 AM Central / 11:30 AM Eastern. Please send the Teams link once you have it.

{OWNER_SIG}"""
    tblock, _ = teams(slug + "corv", dial="+1 614-555-0193", city="United States, Columbus")
    corv_when = f"{longdate(start)} {h12(start)}-{h12(end)} (UTC-05:00) Eastern Time (US & Canada)."
    body3 = f"""Hi Suresh,

Please find below the Teams details from Corvantis for tomorrow's client interview with Great Lakes Mutual. Kindly join 5 mins early and keep your camera on.

All the best!

{KIRAN_SIG}
From: Corvantis Talent Desk <talentdesk@corvantis.example>
Sent: {outlook_sent(d_corv)}
To: Kiran Reddy <{kiran[1]}>
Subject: Interview: Suresh Kondapalli | Great Lakes Mutual | Sr. IT PM (ServiceNow ITSM)
When: {corv_when}
Where: Microsoft Teams Meeting

Hi Kiran - please forward to your candidate. Greg Halloran (Delivery Manager, ITSM - Great Lakes Mutual) will conduct the interview; 45 minutes, video on.

{tblock}
From: {OWNER_NAME} <{OWNER}>
Sent: {outlook_sent(d_reply.astimezone(ET))}
To: Kiran Reddy <{kiran[1]}>
Subject: Re: {subj}

{reply}
From: Kiran Reddy <{kiran[1]}>
Sent: {outlook_sent(d1)}
To: {OWNER_NAME} <{OWNER}>
Subject: {subj}

{body1}"""
    m3, _ = human_eml(seed=slug + "3", frm=kiran, to=OWNER_HDR, subject="RE: " + subj, date=d3, body=body3,
                      client="outlook", in_reply_to=mid1, date_tz=ET)
    label = lab([iv("Great Lakes Mutual", "Sr. IT Project Manager (ServiceNow ITSM)", start, end, "scheduled",
                    [], [kiran[1]], "hiring_manager")],
                "hard", "positive/staffing-two-layer-thread",
                "Sub-vendor (Apex Bridge) -> implementation partner (Corvantis) -> end client (Great Lakes Mutual). "
                "'11:30 AM EST (10:30 AM CST)' written in April and a forwarded Outlook block labelled "
                "'(UTC-05:00) Eastern Time' both mean 11:30 EDT (-04:00). Greg Halloran's address never appears, so "
                "no interviewer e-mail; follow-up goes to the human recruiter Kiran (talentdesk@ is a group desk).")
    return slug, [("01-apexbridge-client-interview-confirmation.eml", m1),
                  ("02-re-client-interview-teams-details.eml", m3)], label


@case
def c02():
    slug = "b211-02-workday-interview-scheduled-ics"
    d = T(2026, 4, 21, 19, 3, 55, UTC)
    assert d.astimezone(CT).strftime("%A") == "Tuesday"
    start = T(2026, 4, 28, 13, 0, CT, day="Tuesday")
    end = T(2026, 4, 28, 13, 45, CT)
    alyssa = ("Alyssa Ferguson", "alyssa.ferguson@brazosenergy.example")
    monica = ("Monica Tran", "monica.tran@brazosenergy.example")
    role = "IT Project Manager - Enterprise Applications"
    body = f"""Dear Suresh,

Thank you for your interest in the {role} position (R-0041877) at Brazos Energy Partners. We are pleased to confirm your interview.

Interview Type: Video Interview (Microsoft Teams)
Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} Central Daylight Time
Interviewer: Monica Tran, Director, IT PMO (Hiring Manager)

A calendar invitation is attached; the Microsoft Teams link is included in the invitation.

If you need to reschedule, please contact your recruiter, Alyssa Ferguson, at {alyssa[1]} at least 24 hours in advance.

You can review the status of your application at any time by signing in to your candidate home account.

Sincerely,
Talent Acquisition
Brazos Energy Partners

This is a system-generated message. Please do not reply to this email; this mailbox is not monitored.
"""
    tblock, turl = teams(slug)
    desc = f"Interview for {role} (R-0041877)\nInterviewer: Monica Tran\nCandidate: Suresh Kondapalli\n\n{tblock}"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Workday\\, Inc.//Workday Recruiting//EN", "VERSION:2.0", "METHOD:REQUEST"]
    cal += vtz_olson("America/Chicago", "-0600", "-0500", "CST", "CDT")
    cal += ["BEGIN:VEVENT", f"UID:INTERVIEW_EVENT-6-{seed_digits(slug, 6)}@myworkday.com", "SEQUENCE:0",
            f"DTSTAMP:{z(d)}", f"DTSTART;TZID=America/Chicago:{loc(start)}",
            f"DTEND;TZID=America/Chicago:{loc(end)}",
            f"SUMMARY:{esc('Interview: ' + role + ' - Suresh Kondapalli')}",
            f"DESCRIPTION:{esc(desc)}", "LOCATION:Microsoft Teams Meeting",
            f"ORGANIZER;CN={alyssa[0]}:mailto:{alyssa[1]}",
            att(OWNER_NAME, OWNER), att(monica[0], monica[1], "ACCEPTED"),
            "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    bnd = "----=_Part_" + seed_digits(slug, 6) + "_" + seed_digits(slug + "b", 10) + "." + seed_digits(slug + "c", 13)
    mid = f"<{seed_digits(slug, 9)}.{seed_digits(slug + 'x', 6)}.{seed_digits(slug + 'y', 13)}@wd5-prod-mail.myworkday.com>"
    top = [("Delivered-To", OWNER), received("wd5-smtp-out.myworkday.com", "198.51.100.37", d, slug),
           ("Return-Path", "<bounce-brazosenergy@myworkday.com>"),
           ("From", "Brazos Energy Partners <brazosenergy@myworkday.com>"), ("To", OWNER),
           ("Date", rfc(d)), ("Message-ID", mid),
           ("Subject", f"Interview Scheduled: {role} (R-0041877)"),
           ("X-Workday-Notification", "Candidate_Interview_Scheduled"), ("Auto-Submitted", "auto-generated")]
    alt = multi("alternative", bnd + "_alt", [leaf('text/plain; charset=UTF-8', body, "quoted-printable"),
                                            leaf('text/html; charset=UTF-8', to_html(body, font="Arial, sans-serif", size="10pt"), "quoted-printable")])
    ent = multi("mixed", bnd, [alt, ics_attachment("Interview.ics", cal, method="REQUEST")])
    label = lab([iv("Brazos Energy Partners", role, start, end, "scheduled", [monica[1]], [monica[1]], "hiring_manager")],
                "easy", "positive/workday-ats-ics",
                "Workday notification from a no-reply tenant address with an attached .ics (America/Chicago VTIMEZONE). "
                "Monica Tran conducts it and is an ATTENDEE; Alyssa only schedules.")
    return slug, [("01-workday-interview-scheduled.eml", eml(top, ent))], label


@case
def c03():
    slug = "b211-03-icims-recruiter-screen-pacific"
    d = T(2026, 5, 6, 16, 22, 41, PT, day="Wednesday")
    start = T(2026, 5, 11, 9, 30, PT, day="Monday")
    end = start + timedelta(minutes=30)
    assert start.astimezone(CT).hour == 11
    jenna = ("Jenna Park", "jenna.park@sierravistahealth.example")
    role = "Sr. Technical Project Manager"
    body = f"""Hi Suresh,

Thanks for applying for the {role} position (Req #2026-3318) with Sierra Vista Health. I'd like to learn more about your background, so I've scheduled a phone screen with you:

Date: {longdate(start)}
Time: {h12(start)} - {h12(end)} Pacific Time (11:30 AM - 12:00 PM Central)
Format: Phone call - I will call you at the number on your application ({OWNER_CELL})
With: Jenna Park, Talent Acquisition Partner

We'll talk through your experience leading EHR and infrastructure projects, your interest in the role, compensation expectations, and the next steps in our process.

If this time no longer works, just reply to this message and I'll find another slot.

Best regards,
Jenna Park
Talent Acquisition Partner | Sierra Vista Health
San Diego, CA
"""
    htm = to_html(body, font="Arial, sans-serif", size="10pt")
    mid = f"<{seed_digits(slug, 10)}.{seed_digits(slug + 'a', 5)}.JavaMail.icims@prod-mailer-07.icims.com>"
    top = [("Delivered-To", OWNER), received("mta-out-07.icims.com", "198.51.100.84", d, slug),
           ("Return-Path", "<bounces+sierravistahealth@icims.com>"),
           ("From", "Sierra Vista Health <no-reply@icims.com>"), ("Reply-To", f"{jenna[0]} <{jenna[1]}>"),
           ("To", OWNER_HDR), ("Date", rfc(d, UTC)), ("Message-ID", mid),
           ("Subject", f"Phone Screen Confirmed - {role} (Req #2026-3318)"),
           ("X-iCIMS-Customer", "sierravistahealth"), ("Auto-Submitted", "auto-generated")]
    ent = multi("alternative", "----=_Part_" + seed_digits(slug, 8) + "_" + seed_digits(slug + "b", 9), [
        leaf("text/plain; charset=UTF-8", body, "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "quoted-printable")])
    label = lab([iv("Sierra Vista Health", role, start, end, "scheduled", [jenna[1]], [jenna[1]], "phone_screen")],
                "medium", "positive/icims-recruiter-screen",
                "iCIMS mail from no-reply with Reply-To the recruiter, who conducts the screen herself. "
                "9:30 AM Pacific (PDT, -07:00) = 11:30 AM Central.")
    return slug, [("01-icims-phone-screen-confirmed.eml", eml(top, ent))], label


@case
def c04():
    slug = "b211-04-indeed-relay-thursday-at-2"
    relay = ("Tanya Holcomb", "tanya-holcomb-8f2c1a9d@indeedemail.com")
    direct = "tholcomb@lakeshorefreight.example"
    d1 = T(2026, 5, 18, 9, 14, 22, CT, day="Monday")
    d_reply = T(2026, 5, 18, 12, 31, 5, CT, day="Monday")
    d2 = T(2026, 5, 19, 8, 47, 36, CT, day="Tuesday")
    start = T(2026, 5, 21, 14, 0, CT, day="Thursday")
    end = start + timedelta(minutes=30)
    role = "IT Project Manager (Hybrid - Addison, TX)"
    footer = """
--
This message was sent to you via Indeed. Lakeshore Freight Systems will receive your reply.
To protect your privacy, Indeed masks your email address. Learn more: https://www.indeed.com/legal
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
"""
    body1 = f"""Hi Suresh,

Thank you for applying to the {role} position with Lakeshore Freight Systems. Your experience running TMS and warehouse system rollouts stood out.

I'd like to set up a 30-minute phone interview to talk through your background and the role. Would Wednesday at 10:00 AM or Thursday at 2:00 PM (Central) work for you?

Thank you,
Tanya Holcomb
HR Generalist - Talent Acquisition
Lakeshore Freight Systems
{footer}"""
    m1, mid1 = human_eml(seed=slug + "1", frm=relay, to=OWNER, subject=f"{role} - Lakeshore Freight Systems",
                         date=d1, body=body1, client="indeedemail.com", date_tz=CT,
                         extra_top=[("X-Indeed-Message-Type", "employer_candidate_message")])
    reply = f"""Hi Tanya,

Thank you for reaching out. Thursday at 2 PM works great for me. The best number to reach me is {OWNER_CELL}.

Looking forward to it,
Suresh
"""
    body2 = f"""Hi Suresh,

Perfect - you're on my calendar for Thursday at 2:00 PM. I'll call you at {OWNER_CELL}; plan on about 30 minutes.

If anything changes, you can reach me directly at {direct} or (972) 555-0193.

Thanks,
Tanya Holcomb
HR Generalist - Talent Acquisition
Lakeshore Freight Systems

On {gmail_when(d_reply)}, Suresh Kondapalli wrote:
{quote(reply)}
{footer}"""
    m2, _ = human_eml(seed=slug + "2", frm=relay, to=OWNER, subject=f"Re: {role} - Lakeshore Freight Systems",
                      date=d2, body=body2, client="indeedemail.com", in_reply_to=mid1, date_tz=CT,
                      extra_top=[("X-Indeed-Message-Type", "employer_candidate_message")])
    label = lab([iv("Lakeshore Freight Systems", "IT Project Manager", start, end, "scheduled",
                    [direct], [direct], "phone_screen")],
                "hard", "positive/indeed-relay-relative-date",
                "Employer messages through Indeed's masked relay (@indeedemail.com). 'Wednesday at 10 or Thursday at 2' "
                "offered on Mon 2026-05-18, Thursday chosen, confirmed Tuesday -> Thu 2026-05-21 14:00 CDT, 30 min. "
                "The HR generalist conducts the call; her direct address (given in the text) is used rather than the "
                "per-conversation relay alias.")
    return slug, [("01-indeed-message-phone-interview.eml", m1), ("02-indeed-message-confirmed.eml", m2)], label


@case
def c05():
    slug = "b211-05-dice-subvendor-webex-pacific-client"
    nikhil = ("Nikhil Sharma", "nikhil.sharma@technospring.example")
    darren = ("Darren Liu", "darren.liu@helix-si.example")
    meera = ("Meera Iyer", "meera.iyer@pinecrestsemi.example")
    d1 = T(2026, 5, 21, 16, 2, 9, UTC)
    assert d1.astimezone(CT).strftime("%A") == "Thursday"
    d_webex = T(2026, 5, 22, 9, 12, 0, PT, day="Friday")
    d_darren = T(2026, 5, 22, 11, 31, 0, CT, day="Friday")
    d2 = T(2026, 5, 22, 13, 48, 30, CT, day="Friday")
    start = T(2026, 5, 26, 10, 0, PT, day="Tuesday")
    end = start + timedelta(hours=1)
    assert start.astimezone(CT).hour == 12
    role = "Technical Project Manager - SAP S/4HANA"
    dice_body = f"""New message on Dice

Nikhil Sharma (TechnoSpring Inc) sent you a message about:
{role} | Remote (PST hours) | Contract

"Hi Suresh, thanks for sharing the signed RTR. Our prime vendor Helix Systems Integration has submitted your profile to the end client Pinecrest Semiconductor and they want to interview you next week. I will send the Webex invite to your email once the client manager sends it. Please keep Tue/Wed mornings PST open. - Nikhil"

View and reply: https://www.dice.com/dashboard/messages/{seed_hex(slug, 20)}

You are receiving this email because you have an active profile on Dice.
Manage notifications: https://www.dice.com/dashboard/settings/notifications
DHI Group, Inc. | 6465 South Greenwood Plaza, Suite 400 | Centennial, CO 80111
"""
    m1, _ = human_eml(seed=slug + "1", frm=("Dice", "noreply@dice.com"), to=OWNER,
                      subject="Nikhil Sharma sent you a message on Dice", date=d1, body=dice_body,
                      client="mail.dice.com", extra_top=[("List-Unsubscribe", "<https://www.dice.com/unsubscribe>")])
    meeting_no = seed_digits(slug, 11)
    meeting_no = f"{meeting_no[:4]} {meeting_no[4:7]} {meeting_no[7:]}"
    webex = f"""Meera Iyer invites you to join this Webex meeting.

Pinecrest TPM interview - Suresh Kondapalli
Hosted by Meera Iyer
https://pinecrestsemi.webex.com/pinecrestsemi/j.php?MTID=m{seed_hex(slug + 'w', 32)}

{start:%A}, {start:%B} {start.day}, {start.year} {h12(start)} | 1 hour | (UTC-07:00) Pacific Time (US & Canada)
Meeting number: {meeting_no}
Password: Pc7Jxm2R

Join by video system
Dial {seed_digits(slug + 'v', 11)}@pinecrestsemi.webex.com
You can also dial 173.243.2.68 and enter your meeting number.

Join by phone
+1-408-555-0127 United States Toll (San Jose)
Access code: {meeting_no}
"""
    body2 = f"""Hi Suresh,

Please see the Webex invite below from the client. Interview is on Tuesday 05/26 at 12:00 PM CST (10:00 AM PST), 1 hr, with Meera Iyer (Sr. Manager, SAP Program Office - she is the hiring manager). Join 5 min early and keep your camera on. She will go deep on cutover planning and hypercare, so keep your S/4 migration examples ready.

Let me know once you accept.

Regards,
Nikhil Sharma
Account Manager | TechnoSpring Inc.
(972) 555-0186 | {nikhil[1]}
www.technospring.example

---------- Forwarded message ---------
From: {darren[0]} <{darren[1]}>
Date: {gmail_when(d_darren)}
Subject: FW: Webex meeting invitation: Pinecrest TPM interview - Suresh Kondapalli
To: {nikhil[0]} <{nikhil[1]}>


Nikhil - invite below from Meera, please pass it along to Suresh and have him confirm.

Darren Liu | Vendor Manager | Helix Systems Integration

---------- Forwarded message ---------
From: Meera Iyer via Webex <messenger@webex.com>
Date: {gmail_when(d_webex)}
Subject: Webex meeting invitation: Pinecrest TPM interview - Suresh Kondapalli
To: {darren[0]} <{darren[1]}>
Reply-To: {meera[1]}


{webex}"""
    m2, _ = human_eml(seed=slug + "2", frm=nikhil, to=OWNER_HDR,
                      subject="Fwd: Webex meeting invitation: Pinecrest TPM interview - Suresh Kondapalli",
                      date=d2, body=body2, client="gmail", date_tz=CT)
    label = lab([iv("Pinecrest Semiconductor", role, start, end, "scheduled", [meera[1]], [meera[1]], "hiring_manager")],
                "hard", "positive/staffing-two-layer-forwarded-webex",
                "Dice relay message (no time) then a double-forwarded Webex invitation (client -> prime vendor -> "
                "sub-vendor -> candidate). '12:00 PM CST (10:00 AM PST)' in May = 10:00 PDT (-07:00). The client host "
                "Meera Iyer conducts it; her address appears as Reply-To in the forwarded block.")
    return slug, [("01-dice-message-nikhil.eml", m1), ("02-fwd-webex-client-interview.eml", m2)], label


@case
def c06():
    slug = "b211-06-teams-reschedule-eastern"
    beth = ("Beth Kowalski", "bkowalski@harborlinebank.example")
    sam = ("Samuel Adeyemi", "sadeyemi@harborlinebank.example")
    role = "Senior Project Manager, Digital Banking"
    summary = f"Interview: Suresh Kondapalli - {role}"
    uid = exchange_uid(slug)
    d1 = T(2026, 6, 2, 10, 15, 2, ET, day="Tuesday")
    s1 = T(2026, 6, 4, 15, 0, ET, day="Thursday")
    d2 = T(2026, 6, 3, 9, 2, 44, ET, day="Wednesday")
    d_ok = T(2026, 6, 3, 8, 31, 0, CT)
    d3 = T(2026, 6, 3, 11, 40, 19, ET, day="Wednesday")
    s2 = T(2026, 6, 8, 11, 0, ET, day="Monday")
    alt = T(2026, 6, 9, 14, 0, ET, day="Tuesday")
    to = f"{OWNER_HDR}, {sam[0]} <{sam[1]}>"
    atts = [(OWNER_NAME, OWNER), (sam[0], sam[1], "ACCEPTED")]
    intro1 = f"""Hi Suresh,

This is your video interview with Samuel Adeyemi, SVP Digital Delivery and hiring manager for the {role} role. Plan for the full hour - Samuel will spend most of it on how you've run multi-vendor mobile and online-banking releases.

Please accept so it lands on your calendar. Reach out with any questions.

Beth Kowalski
Senior Recruiting Coordinator | Harborline Bank
Charlotte, NC"""
    m1, mid1 = outlook_invite_eml(seed=slug + "1", frm=beth, to=to, subject=summary, date=d1,
                                  tzid="Eastern Standard Time", start=s1, end=s1 + timedelta(hours=1),
                                  intro=intro1, organizer=beth, attendees=atts, summary=summary, uid=uid,
                                  teams_seed=slug)
    body2 = f"""Hi Suresh,

Samuel was just pulled into a board prep session {s1:%A} afternoon. Could we move your conversation to {s2:%A}, {s2:%B} {s2.day} at 11:00 AM Eastern (10:00 AM Central)? Same Teams link, same length. If that doesn't work, {alt:%A} 6/9 at 2:00 PM ET is the backup.

Sorry for the shuffle - let me know and I'll update the invite.

Thanks,
Beth

Beth Kowalski
Senior Recruiting Coordinator | Harborline Bank
"""
    m2, mid2 = human_eml(seed=slug + "2", frm=beth, to=OWNER_HDR, subject=f"Moving your {s1:%A} interview",
                         date=d2, body=body2, client="outlook", date_tz=UTC)
    intro3 = f"""Hi Suresh - updated to {s2:%A} at 11:00 AM ET as we confirmed this morning. Teams link is unchanged.

Beth Kowalski
Senior Recruiting Coordinator | Harborline Bank"""
    m3, _ = outlook_invite_eml(seed=slug + "3", frm=beth, to=to, subject=summary, date=d3,
                               tzid="Eastern Standard Time", start=s2, end=s2 + timedelta(hours=1),
                               intro=intro3, organizer=beth, attendees=atts, summary=summary, uid=uid, seq=1,
                               teams_seed=slug)
    label = lab([iv("Harborline Bank", role, s2, s2 + timedelta(hours=1), "scheduled", [sam[1]], [sam[1]], "hiring_manager")],
                "medium", "positive/reschedule-outlook-sequence",
                "Exchange invite for Thu 2026-06-04 15:00 ET, reschedule e-mail (with a backup slot that was not used), "
                "then the same UID with SEQUENCE:1 at Mon 2026-06-08 11:00 EDT. One interview at the final time.")
    return slug, [("01-invite-hiring-manager-interview.eml", m1), ("02-moving-your-interview.eml", m2),
                  ("03-updated-invite-monday.eml", m3)], label


@case
def c07():
    slug = "b211-07-w2-client-on-hold-cancelled"
    anjali = ("Anjali Mehta", "anjali.mehta@summitridge-it.example")
    carlos = ("Carlos Ibarra", "carlos.ibarra@redwoodvalleyfoods.example")
    role = "Sr. IT Project Manager - WMS Rollout"
    summary = f"Client interview - Redwood Valley Foods - {role} - Suresh Kondapalli"
    uid = exchange_uid(slug)
    d1 = T(2026, 6, 8, 15, 30, 12, CT, day="Monday")
    start = T(2026, 6, 11, 9, 0, AZ, day="Thursday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(CT).hour == 11
    d2 = T(2026, 6, 10, 16, 5, 50, CT, day="Wednesday")
    d3 = T(2026, 6, 10, 16, 7, 3, CT)
    to = f"{OWNER_HDR}; {carlos[0]} <{carlos[1]}>".replace(";", ",")
    atts = [(OWNER_NAME, OWNER), (carlos[0], carlos[1], "ACCEPTED")]
    intro1 = f"""Hi Suresh,

Confirming your client round for the W2 contract {role} with Carlos Ibarra, Director of Supply Chain Systems at Redwood Valley Foods (Phoenix). That's 11:00 AM our time in Dallas - Arizona does not change clocks, so in summer they are two hours behind us.

Rate as discussed: $68/hr W2, 9 months + extension.

Regards,
Anjali Mehta
Senior Recruiter | Summit Ridge IT Solutions
(469) 555-0131"""
    m1, mid1 = outlook_invite_eml(seed=slug + "1", frm=anjali, to=to, subject=summary, date=d1,
                                  tzid="US Mountain Standard Time", start=start, end=end, intro=intro1,
                                  organizer=anjali, attendees=atts, summary=summary, uid=uid)
    body2 = f"""Hi Suresh,

I just heard back from the MSP - the position has been put on hold by the end client (Q3 budget freeze), so tomorrow's interview with Carlos is cancelled. I'm sending the calendar cancellation now.

Really sorry about the short notice. The client said they may reopen the req in August; if that happens I'll reach out to you first.

Regards,
Anjali Mehta
Senior Recruiter | Summit Ridge IT Solutions
(469) 555-0131
"""
    m2, mid2 = human_eml(seed=slug + "2", frm=anjali, to=OWNER_HDR, subject=f"RE: {summary}", date=d2,
                         body=body2, client="outlook", in_reply_to=mid1, date_tz=UTC)
    intro3 = "Position put on hold by the end client - interview cancelled. Apologies for the inconvenience."
    m3, _ = outlook_invite_eml(seed=slug + "3", frm=anjali, to=to, subject="Canceled: " + summary, date=d3,
                               tzid="US Mountain Standard Time", start=start, end=end, intro=intro3,
                               organizer=anjali, attendees=atts, summary="Canceled: " + summary, uid=uid,
                               method="CANCEL", seq=1, status="CANCELLED", teams_seed=slug + "1")
    label = lab([iv("Redwood Valley Foods", role, start, end, "cancelled", [carlos[1]], [carlos[1]], "hiring_manager")],
                "medium", "positive/cancellation-on-hold",
                "Vendor-hosted Teams invite in 'US Mountain Standard Time' (Arizona, no DST: 09:00 -07:00 = 11:00 CDT), "
                "then 'position put on hold by the end client' mail and METHOD:CANCEL. Kept as cancelled at its time.")
    return slug, [("01-invite-client-interview.eml", m1), ("02-re-position-on-hold.eml", m2),
                  ("03-canceled-client-interview.eml", m3)], label


def gcal_event(*, eid, created, updated, summary, description, creator, organizer, start, end, tzname,
               attendees, meet=None, sequence=0, status="confirmed", display_tz=CT, location=None,
               teams_desc=False):
    """A Google Calendar API v3 Event resource as returned by events.list on the owner's calendar
    (dateTime rendered in the owner's calendar zone, timeZone = the event's zone)."""
    link = base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("=")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{seed_digits(eid, 16)}\"",
        "id": eid,
        "status": status,
        "htmlLink": f"https://www.google.com/calendar/event?eid={link}",
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + seed_digits(eid + "u", 3) + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": creator[1], "displayName": creator[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.astimezone(display_tz).isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.astimezone(display_tz).isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+1-720-555-0148", "label": "+1 720-555-0148",
                 "pin": seed_digits(eid + "pin", 9), "regionCode": "US"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps({k: v for k, v in ev.items()}, indent=2, ensure_ascii=False) + "\n"


def gtime(dt):
    return f"{dt.hour % 12 or 12}" + (f":{dt.minute:02d}" if dt.minute else "") + ("am" if dt.hour < 12 else "pm")


def google_invite_eml(*, seed, organizer, guests, subject_summary, date, start, end, zone_label, zone_abbr,
                      description, meet, method="REQUEST", prefix="Invitation", seq=0, uid, created=None):
    """Google Calendar invitation mail (multipart/mixed, alternative + invite.ics)."""
    when = f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)} ({zone_label})"
    subj = (f"{prefix}: {subject_summary} @ {start:%a} {start:%b} {start.day}, {start.year} "
            f"{gtime(start)} - {gtime(end)} ({zone_abbr}) ({OWNER})")
    guest_lines = "\n".join(f"{n}{' - organizer' if e == organizer[1] else ''}" if n else e for n, e, _ in guests)
    plain = f"""{subject_summary}
{when}

Joining info
Join with Google Meet
meet.google.com/{meet}

Join by phone
(US) +1 503-555-0117 PIN: {seed_digits(seed + 'pin', 9)}#

More phone numbers: https://tel.meet/{meet}?pin={seed_digits(seed + 'pin2', 13)}

{description}

Guests
{guest_lines}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={seed_hex(seed, 40)}

Reply for {OWNER}
Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={seed_hex(seed, 40)}&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&eid={seed_hex(seed, 40)}&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={seed_hex(seed, 40)}&rst=3
More options https://calendar.google.com/calendar/event?action=VIEW&eid={seed_hex(seed, 40)}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""
    htm = to_html(plain, font="Google Sans, Roboto, Arial, sans-serif", size="14px")
    cal = google_ics(uid=uid, start=start, end=end, stamp=date, organizer=organizer,
                     attendees=guests, summary=subject_summary, description=description, meet=meet,
                     seq=seq, method=method, created=created)
    bnd = "000000000000" + seed_hex(seed + "b1", 12)
    bnd2 = "000000000000" + seed_hex(seed + "b2", 12)
    top = [("Delivered-To", OWNER), received("mail-sor-f73.google.com", "209.85.220.73", date, seed),
           ("Return-Path", f"<{seed_hex(seed, 20)}-calendar-notification@google.com>"),
           ("Reply-To", f"{organizer[0]} <{organizer[1]}>"),
           ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Message-ID", f"<calendar-{seed_hex(seed, 8)}-{seed_hex(seed + '1', 4)}-{seed_hex(seed + '2', 4)}-{seed_hex(seed + '3', 4)}-{seed_hex(seed + '4', 12)}@google.com>"),
           ("Date", rfc(date, UTC)), ("Subject", hdr(subj)),
           ("From", f"{organizer[0]} <{organizer[1]}>"), ("To", OWNER)]
    alt = multi("alternative", bnd2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_text(cal, "\n"), "7bit"),
    ])
    ent = multi("mixed", bnd, [alt, leaf('application/ics; name="invite.ics"', ics_text(cal), "base64",
                                         extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
    return eml(top, ent)


VIKRAM_SIG = """Thanks,
Vikram Das
Lead Recruiter | Brightpath Talent Group
(469) 555-0172 | vikram.das@brightpath-talent.example
Plano, TX
"""


@case
def c08():
    slug = "b211-08-partner-screen-then-client-round"
    vikram = ("Vikram Das", "vikram.das@brightpath-talent.example")
    rohan = ("Rohan Bhatia", "rohan.bhatia@stratuspoint.example")
    hannah = ("Hannah Cole", "hannah.cole@bluemesa-utilities.example")
    role = "Project Manager (AMI Deployment)"
    d1 = T(2026, 7, 13, 9, 40, 18, CT, day="Monday")
    r1 = T(2026, 7, 15, 13, 0, CT, day="Wednesday")
    d2 = T(2026, 7, 16, 10, 3, 55, CT, day="Thursday")
    r2 = T(2026, 7, 21, 10, 0, MT, day="Tuesday")
    assert r2.astimezone(CT).hour == 11
    subj1 = f"Tech screen w/ Stratus Point - Wed 7/15 1 PM CST - {role} - Blue Mesa Utilities"
    body1 = f"""Hi Suresh,

As discussed, Stratus Point Consulting (the implementation partner for Blue Mesa Utilities) wants to do a technical screen before they present you to the client. Rohan Bhatia, their Practice Lead for Utilities, will call you on your cell.

When: {r1:%A}, {r1:%B} {r1.day} at 1:00 PM CST
Duration: 30 mins
Phone: {OWNER_CELL}

Rohan is copied here. Expect questions on AMI meter deployment waves, MDM integration and field-vendor coordination. If he clears you, next step is a video interview with the Blue Mesa IT Director.

Rate: $80/hr C2C, 6+ months, remote with travel to Denver one week a month.

{VIKRAM_SIG}"""
    m1, mid1 = human_eml(seed=slug + "1", frm=vikram, to=OWNER_HDR, cc=f"{rohan[0]} <{rohan[1]}>",
                         subject=subj1, date=d1, body=body1, client="outlook", date_tz=UTC)
    body2 = f"""Hi Suresh,

Great news - Rohan gave very positive feedback and Stratus Point has submitted you to Blue Mesa Utilities.

Hannah Cole (IT Director, Grid Modernization - she is the hiring manager) will send a Google Meet invite directly for {r2:%A} 7/21 at 10 AM Mountain / 11 AM Central. Please accept it once you get it and let me know.

{VIKRAM_SIG}
From: Vikram Das <{vikram[1]}>
Sent: {outlook_sent(d1)}
To: {OWNER_NAME} <{OWNER}>
Cc: {rohan[0]} <{rohan[1]}>
Subject: {subj1}

{body1}"""
    m2, _ = human_eml(seed=slug + "2", frm=vikram, to=OWNER_HDR, subject="RE: " + subj1, date=d2, body=body2,
                      client="outlook", in_reply_to=mid1, date_tz=UTC)
    created = T(2026, 7, 16, 12, 20, 0, MT)
    ev = gcal_event(eid="4k2vq8m1t0c9e7bluemesa5s3r2", created=created, updated=created + timedelta(minutes=3),
                    summary=f"Interview: Suresh Kondapalli - {role}",
                    description=("Hiring manager interview with Hannah Cole (IT Director, Grid Modernization).\n"
                                 "Candidate submitted via Stratus Point Consulting.\n\n"
                                 "Please have your AMI deployment plan example ready to screen-share."),
                    creator=hannah, organizer=hannah, start=r2, end=r2 + timedelta(hours=1),
                    tzname="America/Denver",
                    attendees=[{"email": hannah[1], "displayName": hannah[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
                    meet="fvq-rzkp-wmd")
    label = lab([iv("Stratus Point Consulting", role, r1, r1 + timedelta(minutes=30), "scheduled",
                    [rohan[1]], [rohan[1]], "technical"),
                 iv("Blue Mesa Utilities", role, r2, r2 + timedelta(hours=1), "scheduled",
                    [hannah[1]], [hannah[1]], "hiring_manager")],
                "hard", "positive/two-interviews-partner-then-client",
                "Two interviews for one contract: implementation-partner technical screen Wed 2026-07-15 '1:00 PM CST' "
                "(= 13:00 CDT) by Rohan (cc'd), then the end-client hiring-manager round Tue 2026-07-21 10:00 MDT as a "
                "Calendar API event (dateTime rendered -05:00, timeZone America/Denver). The recruiter only arranges.")
    return slug, [("01-tech-screen-stratus-point.eml", m1), ("02-re-cleared-client-round.eml", m2),
                  ("03-blue-mesa-interview.gcal.json", ev)], label


@case
def c09():
    slug = "b211-09-google-invite-across-dst-start"
    leah = ("Leah Morgan", "leah.morgan@cobaltpeak.example")
    tom = ("Tom Becker", "tom.becker@cobaltpeak.example")
    d1 = T(2026, 3, 3, 14, 22, 10, PT, day="Tuesday")
    d2 = T(2026, 3, 3, 14, 31, 55, PT)
    start = T(2026, 3, 10, 9, 0, PT, day="Tuesday")
    end = start + timedelta(minutes=45)
    assert d1.utcoffset() == timedelta(hours=-8) and start.utcoffset() == timedelta(hours=-7)
    assert start.astimezone(CT).hour == 11
    role = "Technical Program Manager, Release Engineering"
    body1 = f"""Hi Suresh,

Thanks for the great conversation last week! The next step is the technical portion of the process: a 45-minute conversation with Tom Becker, our Director of Engineering Programs, on how you run cross-team release planning and dependency management.

I've held {start:%A}, {start:%B} {start.day} at 9:00 AM Pacific, which should be 11:00 AM for you in Dallas (we both switch to daylight time on the 8th, so the two-hour gap stays the same). You'll get a Google Calendar invite from me in a few minutes with the Meet link.

Best,
Leah

Leah Morgan | Recruiter | Cobalt Peak Software
Portland, OR
"""
    m1, mid1 = human_eml(seed=slug + "1", frm=leah, to=OWNER_HDR, subject=f"Next step for the {role} role",
                         date=d1, body=body1, client="gmail", date_tz=PT)
    summ = f"Technical interview: Suresh Kondapalli / Cobalt Peak ({role})"
    m2 = google_invite_eml(seed=slug + "2", organizer=leah,
                           guests=[(leah[0], leah[1], "ACCEPTED"), (tom[0], tom[1], "ACCEPTED"),
                                   (OWNER, OWNER, "NEEDS-ACTION")],
                           subject_summary=summ, date=d2, start=start, end=end,
                           zone_label="Pacific Time - Los Angeles", zone_abbr="PDT",
                           description=f"Interviewer: {tom[0]}, Director of Engineering Programs\n"
                                       "Focus: release planning, cross-team dependencies, risk management.",
                           meet="hqd-xmtw-pjo", uid=f"{seed_hex(slug, 26)}@google.com")
    label = lab([iv("Cobalt Peak Software", role, start, end, "scheduled", [tom[1]], [tom[1]], "technical")],
                "hard", "positive/google-invite-dst-start",
                "Mail and Google invite sent 2026-03-03 (PST, -08:00) for Tue 2026-03-10 09:00 PDT (-07:00), after the "
                "2026-03-08 DST switch; invite.ics uses UTC (16:00Z). Tom Becker conducts; Leah organizes only.")
    return slug, [("01-next-step-email.eml", m1), ("02-invitation-technical-interview.eml", m2)], label


@case
def c10():
    slug = "b211-10-irving-onsite-loop-with-lunch"
    marisol = ("Marisol Vega", "marisol.vega@pecangrovehealth.example")
    karen = ("Karen Liu", "karen.liu@pecangrovehealth.example")
    ben = ("Ben Ortiz", "ben.ortiz@pecangrovehealth.example")
    priya = ("Priya Natarajan", "priya.natarajan@pecangrovehealth.example")
    ray = ("Raymond Castellanos", "raymond.castellanos@pecangrovehealth.example")
    role = "Senior IT Project Manager, Clinical Systems"
    d1 = T(2026, 10, 15, 16, 10, 27, CT, day="Thursday")
    s1 = T(2026, 10, 22, 9, 0, CT, day="Thursday")
    e1 = T(2026, 10, 22, 9, 45, CT)
    s2, e2 = T(2026, 10, 22, 10, 0, CT), T(2026, 10, 22, 10, 45, CT)
    l1, l2 = T(2026, 10, 22, 11, 0, CT), T(2026, 10, 22, 11, 45, CT)
    s3, e3 = T(2026, 10, 22, 12, 0, CT), T(2026, 10, 22, 12, 45, CT)
    addr = "Pecan Grove Health System, 5400 N MacArthur Blvd, Irving, TX 75038"
    body = f"""Hi Suresh,

We're excited to host you on campus for your onsite interview for the {role} role! Here is your itinerary for {longdate(s1)}:

Arrival: 8:40 AM - main lobby, Tower B. Park in Garage B (visitor level 2) and check in with security using your driver's license; they will call me to come down.

{h12(s1, False)} - {h12(e1)}  Karen Liu, Director, Enterprise PMO (hiring manager) - Conf Room 8B
{h12(s2, False)} - {h12(e2)}  Ben Ortiz, Epic Applications Manager & Priya Natarajan, Clinical Informatics Lead - Conf Room 8B
{h12(l1, False)} - {h12(l2)}  Lunch break - cafeteria voucher provided at the front desk
{h12(s3, False)} - {h12(e3)}  Raymond Castellanos, Chief Information Officer - Executive Suite, 10th floor

I have copied your interviewers so everyone has the same schedule. Karen and Raymond's sessions will also show up as calendar invites.

Dress is business casual. Please bring a few copies of your resume; no presentation is required.

Warm regards,
Marisol Vega
Senior Talent Acquisition Partner | Pecan Grove Health System
(972) 555-0158 | {marisol[1]}
"""
    cc = ",\n ".join(f"{n} <{e}>" for n, e in (karen, ben, priya, ray))
    m1, _ = human_eml(seed=slug + "1", frm=marisol, to=OWNER_HDR, cc=cc,
                      subject=f"Onsite itinerary - Thursday 10/22 - {role}", date=d1, body=body,
                      client="outlook", date_tz=UTC)
    room = f"{addr} - 8th floor, Conf Room 8B"

    def standalone(n, who, s, e, method, where):
        summ = f"Onsite interview - Suresh Kondapalli ({role}) - {who[0]}"
        desc = f"Part of your onsite interview loop on {longdate(s)}. Full itinerary sent by Marisol Vega."
        lines = outlook_vcal(method=method, tzid="Central Standard Time", start=s, end=e, organizer=marisol,
                             attendees=[(OWNER_NAME, OWNER), (who[0], who[1], "ACCEPTED")], summary=summ,
                             description=desc, location=where, uid=exchange_uid(slug + n), dtstamp=d1 + timedelta(minutes=4),
                             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", busy="BUSY")
        return ics_text(lines)
    i2 = standalone("a", karen, s1, e1, "REQUEST", room)
    i3 = standalone("b", ray, s3, e3, "PUBLISH", f"{addr} - Executive Suite, 10th floor")
    everyone = [karen[1], ben[1], priya[1], ray[1]]
    label = lab([iv("Pecan Grove Health System", role, s1, e3, "scheduled", everyone, everyone, "onsite")],
                "hard", "positive/onsite-loop-itinerary",
                "In-person loop on Thu 2026-10-22 (CDT, before the Nov 1 fall-back): itinerary mail cc'ing all four "
                "interviewers plus two standalone Outlook .ics files for the first and last sessions. One onsite "
                "09:00-12:45 despite the lunch break; the recruiter only coordinates.")
    return slug, [("01-onsite-itinerary.eml", m1), ("02-session-karen-liu.ics", i2),
                  ("03-session-raymond-castellanos.ics", i3)], label


@case
def c11():
    slug = "b211-11-gcal-api-seattle-event"
    olivia = ("Olivia Grant", "olivia.grant@quartzline.example")
    ethan = ("Ethan Brooks", "ethan.brooks@quartzline.example")
    start = T(2026, 6, 16, 11, 30, PT, day="Tuesday")
    end = start + timedelta(minutes=45)
    role = "Technical Program Manager, Payments Platform"
    tblock, _ = teams(slug, dial="+1 206-555-0175", city="United States, Seattle")
    created = T(2026, 6, 9, 15, 2, 0, PT)
    ev = gcal_event(eid="q7m3c1lk0n5qzpay9t2hb6r4", created=created, updated=created + timedelta(hours=2, minutes=11),
                    summary="Quartzline | Hiring Manager Interview | Suresh Kondapalli",
                    description=(f"Hiring manager interview for {role} (Req QP-2291).\n"
                                 f"You'll meet Ethan Brooks, Sr. Director of Program Management "
                                 f"({h12(start)} - {h12(end)} Pacific).\n"
                                 f"Scheduled by Olivia Grant, Recruiting Coordinator.\n\n{tblock}"),
                    creator=olivia, organizer=olivia, start=start, end=end, tzname="America/Los_Angeles",
                    attendees=[{"email": olivia[1], "displayName": olivia[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": ethan[1], "displayName": ethan[0], "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                    location="Microsoft Teams Meeting")
    label = lab([iv("Quartzline", role, start, end, "scheduled", [ethan[1]], [ethan[1]], "hiring_manager")],
                "medium", "positive/gcal-api-only",
                "Calendar API event only: dateTime rendered in the owner's zone (13:30-05:00) with timeZone "
                "America/Los_Angeles; description states 11:30 AM Pacific. Ethan conducts, Olivia coordinates.")
    return slug, [("01-quartzline-interview.gcal.json", ev)], label


@case
def c12():
    slug = "b211-12-webex-tomorrow-eastern-thread"
    dana = ("Dana Whitmore", "dana.whitmore@keystoneharbor.example")
    phil = ("Phil Marchetti", "pmarchetti@keystoneharbor.example")
    role = "IT Project Manager, Claims Modernization"
    d1 = T(2026, 9, 9, 16, 40, 2, ET, day="Wednesday")
    d_reply = T(2026, 9, 9, 15, 58, 30, CT, day="Wednesday")
    d2 = T(2026, 9, 9, 17, 21, 40, ET, day="Wednesday")
    start = T(2026, 9, 10, 15, 30, ET, day="Thursday")
    end = start + timedelta(minutes=45)
    friday = T(2026, 9, 11, 9, 0, ET, day="Friday")
    assert d_reply > d1 and start.astimezone(CT).hour == 14
    sig = """Dana Whitmore
Talent Acquisition Partner | Keystone Harbor Insurance
Pittsburgh, PA | (412) 555-0139
"""
    body1 = f"""Hi Suresh,

Good news - Phil Marchetti (IT Program Director and hiring manager for the {role} role) had a cancellation and can meet with you tomorrow at 3:30 PM Eastern (2:30 PM your time) over Webex. If tomorrow is too short notice, {friday:%A} at 9:00 AM ET also works for him. Plan on about 45 minutes.

Which works better for you? Phil is copied.

Thanks!
{sig}"""
    m1, mid1 = human_eml(seed=slug + "1", frm=dana, to=OWNER_HDR, cc=f"{phil[0]} <{phil[1]}>",
                         subject=f"Next step - conversation with Phil Marchetti ({role})",
                         date=d1, body=body1, client="gmail", date_tz=ET)
    reply = f"""Hi Dana,

Tomorrow at 3:30 Eastern works for me - thank you for squeezing me in!

Suresh

On {gmail_when(d1.astimezone(CT))} Dana Whitmore <{dana[1]}> wrote:
{quote(body1)}"""
    body2 = f"""Great - you're confirmed for tomorrow, {start:%A} 9/10, 3:30-4:15 PM ET with Phil.

He'll use his personal room: https://keystoneharbor.webex.com/meet/pmarchetti
If you need to dial in: +1-412-555-0102, access code 2631 447 9081

Good luck!
{sig}
On {gmail_when(d_reply.astimezone(ET))} Suresh Kondapalli <{OWNER}> wrote:
{quote(reply)}"""
    m2, _ = human_eml(seed=slug + "2", frm=dana, to=OWNER_HDR, cc=f"{phil[0]} <{phil[1]}>",
                      subject=f"Re: Next step - conversation with Phil Marchetti ({role})",
                      date=d2, body=body2, client="gmail", in_reply_to=mid1, date_tz=ET)
    label = lab([iv("Keystone Harbor Insurance", role, start, end, "scheduled", [phil[1]], [phil[1]], "hiring_manager")],
                "medium", "positive/thread-relative-date-webex",
                "Two options offered ('tomorrow at 3:30 PM Eastern' or Friday 9 AM ET) on Wed 2026-09-09; candidate "
                "picks tomorrow -> Thu 2026-09-10 15:30-16:15 EDT on a Webex personal room. Phil (cc'd) conducts.")
    return slug, [("01-next-step-phil-marchetti.eml", m1), ("02-re-confirmed-tomorrow.eml", m2)], label


@case
def c13():
    slug = "b211-13-teams-panel-pacific-after-fallback"
    felicia = ("Felicia Okoye", "felicia.okoye@palomar-orbital.example")
    natalie = ("Natalie Cho", "natalie.cho@palomar-orbital.example")
    marcus = ("Marcus Reyes", "marcus.reyes@palomar-orbital.example")
    role = "IT Project Manager - Ground Systems"
    d = T(2026, 10, 29, 11, 2, 36, PT, day="Thursday")
    start = T(2026, 11, 3, 8, 0, PT, day="Tuesday")
    end = start + timedelta(hours=1)
    assert d.utcoffset() == timedelta(hours=-7) and start.utcoffset() == timedelta(hours=-8)
    assert start.astimezone(CT).hour == 10
    summary = f"Panel Interview - Suresh Kondapalli - {role}"
    intro = f"""Hi Suresh,

Here is your panel interview for the {role} role with Natalie Cho (Sr. Manager, IT PMO) and Marcus Reyes (Principal Engineer, Ground Systems). Both will be on the full hour.

Heads-up since you're in Central time: this is 10:00 AM your time. Both of our zones fall back this Sunday, so it is still a two-hour difference.

Felicia Okoye
Recruiting Coordinator | Palomar Orbital Systems
El Segundo, CA"""
    m, _ = outlook_invite_eml(seed=slug, frm=felicia, to=f"{OWNER_HDR}, {natalie[0]} <{natalie[1]}>, {marcus[0]} <{marcus[1]}>",
                              subject=summary, date=d, tzid="Pacific Standard Time", start=start, end=end,
                              intro=intro, organizer=felicia,
                              attendees=[(OWNER_NAME, OWNER), (natalie[0], natalie[1], "ACCEPTED"),
                                         (marcus[0], marcus[1], "TENTATIVE")],
                              summary=summary, uid=exchange_uid(slug))
    label = lab([iv("Palomar Orbital Systems", role, start, end, "scheduled", [natalie[1], marcus[1]],
                    [natalie[1], marcus[1]], "onsite")],
                "medium", "positive/outlook-panel-dst-end",
                "Exchange invite sent Thu 2026-10-29 (PDT) for Tue 2026-11-03 08:00 PST (-08:00), after the Nov 1 "
                "fall-back. Two interviewers -> panel -> kind onsite per the rules.")
    return slug, [("01-panel-interview-invite.eml", m)], label


# =========================================================================== NEGATIVES (look-alikes)
@case
def c14():
    slug = "b211-14-pmp-exam-appointment"
    d = T(2026, 3, 2, 18, 5, 33, UTC)
    assert d.astimezone(CT).strftime("%A") == "Monday"
    exam = T(2026, 3, 21, 8, 0, CT, day="Saturday")
    assert exam.utcoffset() == timedelta(hours=-5)
    body = f"""Dear Suresh Kondapalli,

Thank you for scheduling your exam with Pearson VUE. Please review the details of your appointment below.

Exam: PMP: Project Management Professional Exam (English)
Exam Sponsor: Project Management Institute (PMI)
Date: {longdate(exam)}
Start Time: {h12(exam)} Central Daylight Time
Appointment Length: 240 minutes (includes two 10-minute optional breaks)
Registration ID: 512847306
PMI Eligibility ID: 2026-0318774

Test Center:
Pearson Professional Centers - Dallas TX
4400 Alpha Road, Suite 210
Dallas, Texas 75244
United States
Site Number: 87312

Please arrive at the test center 30 minutes before your scheduled appointment to complete the check-in process. You will be asked to present one valid, unexpired, government-issued ID with your photo and signature; the name on your ID must exactly match the name on your exam registration. Your photo will be taken and a palm-vein scan will be captured at check-in.

If you arrive more than 15 minutes late, you may be refused admission and forfeit your exam fee.

To reschedule or cancel, please do so at least 48 hours before your appointment at https://home.pearsonvue.com/pmi.

Sincerely,
Pearson VUE Candidate Services

This is an automatically generated email. Replies to this message are not monitored.
"""
    m, _ = human_eml(seed=slug, frm=("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=OWNER,
                     subject="Pearson VUE Confirmation of Booking - PMP Exam", date=d, body=body,
                     client="pearsonvue.com", extra_top=[("Auto-Submitted", "auto-generated")])
    label = lab([], "easy", "negative/certification-exam-appointment",
                "PMP exam booking: a timed appointment with check-in and ID rules, but an exam, not an interview.")
    return slug, [("01-pearson-vue-confirmation.eml", m)], label


@case
def c15():
    slug = "b211-15-vendor-project-tool-demo"
    ryan = ("Ryan Mercer", "ryan.mercer@taskforge.example")
    amy = ("Amy Lindqvist", "amy.lindqvist@taskforge.example")
    d = T(2026, 4, 1, 15, 48, 20, ET, day="Wednesday")
    start = T(2026, 4, 7, 13, 0, ET, day="Tuesday")
    summary = "Taskforge Portfolio - tailored demo & Q&A (Suresh Kondapalli)"
    intro = f"""Hi Suresh,

Thanks for taking the discovery call yesterday. As promised, here's time for a tailored demo of Taskforge Portfolio for your PMO evaluation:

- Resource capacity planning across your ERP workstreams
- Automated RAG status reporting for the steering committee
- Jira and ServiceNow connectors

Amy Lindqvist, our Solutions Engineer, will drive the demo. We'll save the last 15 minutes to interview you a bit more about your intake and approval process so we can configure your 30-day sandbox.

Feel free to forward this to anyone else on the evaluation team.

Ryan Mercer
Senior Account Executive | Taskforge
(617) 555-0190"""
    m, _ = outlook_invite_eml(seed=slug, frm=ryan, to=f"{OWNER_HDR}, {amy[0]} <{amy[1]}>", subject=summary,
                              date=d, tzid="Eastern Standard Time", start=start, end=start + timedelta(hours=1),
                              intro=intro, organizer=ryan, attendees=[(OWNER_NAME, OWNER), (amy[0], amy[1], "ACCEPTED")],
                              summary=summary, uid=exchange_uid(slug),
                              host=("NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.52"))
    label = lab([], "medium", "negative/vendor-product-demo",
                "Teams invite from a software vendor's account executive for a product demo; it mentions it will "
                "'interview you' about the intake process, but the owner is a prospective customer, not a candidate.")
    return slug, [("01-taskforge-demo-invite.eml", m)], label


@case
def c16():
    slug = "b211-16-steering-committee-current-contract"
    me_work = ("Suresh Kondapalli", "skondapalli@trinitymutual.example")
    linda = ("Linda Harrow", "linda.harrow@trinitymutual.example")
    others = [("Mark Albers", "mark.albers@trinitymutual.example"), ("Janelle Brooks", "janelle.brooks@trinitymutual.example"),
              ("Devon Price", "devon.price@trinitymutual.example")]
    sent = T(2026, 4, 9, 9, 14, 0, CT, day="Thursday")
    d = T(2026, 4, 9, 18, 22, 41, CT, day="Thursday")
    start = T(2026, 4, 16, 14, 0, CT, day="Thursday")
    assert 15 <= start.day <= 21   # third Thursday
    end = start + timedelta(minutes=90)
    summary = "ERP Modernization Program - Steering Committee (Monthly)"
    when = (f"Occurs the third Thursday of every month effective {start.month}/{start.day}/{start.year} from "
            f"{h12(start)} to {h12(end)}. (UTC-06:00) Central Time (US & Canada).")
    intro = f"""Fwd to personal calendar. -SK

-----Original Appointment-----
From: {linda[0]} <{linda[1]}>
Sent: {outlook_sent(sent)}
To: {linda[0]}; {me_work[0]}; {'; '.join(n for n, _ in others)}; ERP-PMO
Subject: {summary}
When: {when}
Where: 12th floor Boardroom / Microsoft Teams Meeting

Agenda
1. Program health - RAG, milestones, budget burn (Suresh Kondapalli, PM Wave 2)
2. Cutover readiness - Wave 2 finance and procurement
3. Change requests CR-114 / CR-117 - decisions needed
4. Staffing - PMO analyst backfill: final interviews complete, offer pending (Janelle)
5. Risks and escalations

Pre-read will be posted in the SteerCo Teams channel by Tuesday COB."""
    atts = [(me_work[0], me_work[1], "ACCEPTED")] + [(n, e, "ACCEPTED") for n, e in others] + [(OWNER_NAME, OWNER)]
    m, _ = outlook_invite_eml(seed=slug, frm=me_work, to=OWNER, subject="FW: " + summary, date=d,
                              tzid="Central Standard Time", start=start, end=end, intro=intro, organizer=linda,
                              attendees=atts, summary=summary, uid=exchange_uid(slug), when_text=when,
                              rrule="FREQ=MONTHLY;BYDAY=3TH", teams_seed=slug,
                              host=("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.99"))
    label = lab([], "medium", "negative/steering-committee-current-job",
                "Recurring steering committee at the owner's current contract, forwarded from his client mailbox. "
                "Agenda mentions 'final interviews complete' for a backfill he is not a candidate for.")
    return slug, [("01-fw-steering-committee.eml", m)], label


@case
def c17():
    slug = "b211-17-background-check-drug-screen"
    megan = ("Megan Foster", "megan.foster@crestline-staffing.example")
    d = T(2026, 9, 21, 14, 12, 8, CT, day="Monday")
    appt = T(2026, 9, 23, 8, 30, CT, day="Wednesday")
    start_day = T(2026, 10, 5, 8, 0, CT, day="Monday")
    body = f"""Hi Suresh,

Congratulations again on being selected by Sabine River Energy for the Sr. IT Project Manager (W2) contract! Before your tentative start date of {start_day:%A}, {start_day:%B} {start_day.day}, we need to complete the client-required pre-employment screening.

1) Background check
You'll receive an e-mail invitation from our screening partner within 24 hours. Please complete the online form (7-year address history, employment verification, education) within 48 hours of receiving it.

2) 10-panel drug screen - I scheduled it for you:
   {longdate(appt)} at {h12(appt)}
   LabPoint Diagnostics Patient Service Center
   4100 W 15th St, Suite 210, Plano, TX 75093
   Bring a government-issued photo ID and the attached donor pass (Registration # A7K2-93315).
   No appointment changes without checking with me first - results take 2-3 business days.

Please reply to confirm the appointment works for you. If you need a different time, the collection site is open 7:00 AM - 4:30 PM on weekdays.

On your first day, please bring original documents for the I-9.

Best,
Megan Foster
Onboarding Specialist | Crestline Staffing Solutions
(214) 555-0177 | {megan[1]}
"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
           "METHOD:PUBLISH"] + vtz_windows("Central Standard Time", "-0600", "-0500") + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={megan[0]}:mailto:{megan[1]}",
        f"DESCRIPTION;LANGUAGE=en-US:{esc('Drug screen (10-panel). Bring photo ID and donor pass A7K2-93315.')}",
        f"UID:{exchange_uid(slug)}", "SUMMARY;LANGUAGE=en-US:Drug screen - LabPoint Diagnostics (Plano)",
        f"DTSTART;TZID=Central Standard Time:{loc(appt)}",
        f"DTEND;TZID=Central Standard Time:{loc(appt + timedelta(minutes=30))}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(d)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-US:{esc('LabPoint Diagnostics PSC, 4100 W 15th St, Suite 210, Plano, TX 75093')}",
        "END:VEVENT", "END:VCALENDAR"]
    m, _ = human_eml(seed=slug, frm=megan, to=OWNER_HDR,
                     subject="Onboarding: Background Check & Drug Screen - Sr. IT Project Manager (W2) - Sabine River Energy",
                     date=d, body=body, client="outlook", date_tz=UTC,
                     attachments=[ics_attachment("DrugScreen_Appointment.ics", cal)])
    label = lab([], "medium", "negative/post-offer-screening",
                "Post-selection onboarding: background check and a timed drug-screen appointment with an .ics "
                "attached. No interview.")
    return slug, [("01-onboarding-background-drug-screen.eml", m)], label


@case
def c18():
    slug = "b211-18-right-to-represent-confirmation"
    prakash = ("Prakash Iyer", "prakash.iyer@nexgen-infotech.example")
    d1 = T(2026, 8, 4, 11, 3, 0, ET, day="Tuesday")
    d_reply = T(2026, 8, 4, 13, 20, 0, CT)
    d2 = T(2026, 8, 4, 15, 47, 12, ET)
    subj = "RTR Confirmation || Sr. IT Project Manager - Data Center Migration || Irving, TX (Hybrid) || End Client: Lone Prairie Health"
    sig = """Thanks & Regards,
Prakash Iyer
Technical Recruiter | Nexgen Infotech Solutions Inc.
(201) 555-0119 | prakash.iyer@nexgen-infotech.example
"""
    body1 = f"""Hi Suresh,

Thanks for your time on the phone. As discussed, please reply to this email with the below Right to Represent (RTR) so that I can submit your profile.

Job Title: Sr. IT Project Manager - Data Center Migration
End Client: Lone Prairie Health
Implementation Partner: Vantix Global Services
Location: Irving, TX (Hybrid - 3 days onsite)
Duration: 12+ months
Rate: $75/hr on C2C

RTR:
I, Suresh Kondapalli, hereby confirm that I give Nexgen Infotech Solutions Inc. the exclusive right to represent me for the above position at Lone Prairie Health for a period of 90 days. I confirm that I have not been submitted to this position by any other vendor.

Interview process: 1st round video interview with the implementation partner, 2nd round in-person with the end client manager. Interview slots will be shared after submission.

Please also attach your updated resume, a copy of your visa/ID, and two professional references.

{sig}"""
    m1, mid1 = human_eml(seed=slug + "1", frm=prakash, to=OWNER_HDR, subject=subj, date=d1, body=body1,
                         client="gmail", date_tz=ET)
    reply = f"""Hi Prakash,

I, Suresh Kondapalli, hereby confirm that I give Nexgen Infotech Solutions Inc. the exclusive right to represent me for the Sr. IT Project Manager - Data Center Migration position at Lone Prairie Health for a period of 90 days. I have not been submitted to this position by any other vendor.

Rate: $75/hr C2C. Resume and references attached.

{OWNER_SIG}"""
    body2 = f"""Hi Suresh,

Thank you for confirming the RTR. I have submitted your profile to Vantix Global Services for Lone Prairie Health. I will update you once the client reviews it and shares interview slots.

{sig}
On {gmail_when(d_reply.astimezone(ET))} Suresh Kondapalli <{OWNER}> wrote:
{quote(reply)}"""
    m2, _ = human_eml(seed=slug + "2", frm=prakash, to=OWNER_HDR, subject="Re: " + subj, date=d2, body=body2,
                      client="gmail", in_reply_to=mid1, date_tz=ET)
    label = lab([], "medium", "negative/staffing-rtr",
                "Right-to-represent request and acknowledgement for a C2C role; interview rounds are only described, "
                "no interview is booked.")
    return slug, [("01-rtr-request.eml", m1), ("02-re-rtr-submitted.eml", m2)], label


@case
def c19():
    slug = "b211-19-vendor-asks-availability-slots"
    sandeep = ("Sandeep Gupta", "sandeep.g@keyport-systems.example")
    d1 = T(2026, 10, 5, 10, 12, 44, CT, day="Monday")
    d_reply = T(2026, 10, 5, 11, 2, 0, CT)
    d2 = T(2026, 10, 5, 15, 40, 9, CT)
    tue, wed, thu = T(2026, 10, 6, 10, 0, CT, day="Tuesday"), T(2026, 10, 7, 13, 0, CT, day="Wednesday"), T(2026, 10, 8, 9, 0, CT, day="Thursday")
    subj = "Interview availability || Sr. Project Manager - Core Banking Conversion || Ozark Valley Bank"
    sig = """Regards,
Sandeep Gupta
Sr. Recruiter | Keyport Systems Inc.
(469) 555-0165 | sandeep.g@keyport-systems.example
"""
    body1 = f"""Hi Suresh,

Good news, the client would like to interview you for the Sr. Project Manager - Core Banking Conversion role with Ozark Valley Bank this week!

Please share 3-4 time slots in CST between Tuesday and Thursday. The interview will be 45 mins on MS Teams with the client's Conversion Program Manager. Client is in Eastern time and prefers 10 AM - 4 PM ET.

Please reply at the earliest.

{sig}"""
    m1, mid1 = human_eml(seed=slug + "1", frm=sandeep, to=OWNER_HDR, subject=subj, date=d1, body=body1,
                         client="outlook", date_tz=CT)
    reply = f"""Hi Sandeep,

Thanks! Here is my availability (Central):
- {tue:%a} {tue.month}/{tue.day}: 10:00 AM - 12:00 PM CST
- {wed:%a} {wed.month}/{wed.day}: after 1:00 PM CST
- {thu:%a} {thu.month}/{thu.day}: 9:00 - 11:00 AM CST

{OWNER_SIG}"""
    body2 = f"""Hi Suresh,

Thanks, I have shared your slots with the prime vendor. I will confirm as soon as the client picks one - please keep these slots blocked for now.

{sig}
From: {OWNER_NAME} <{OWNER}>
Sent: {outlook_sent(d_reply)}
To: Sandeep Gupta <{sandeep[1]}>
Subject: Re: {subj}

{reply}"""
    m2, _ = human_eml(seed=slug + "2", frm=sandeep, to=OWNER_HDR, subject="RE: " + subj, date=d2, body=body2,
                      client="outlook", in_reply_to=mid1, date_tz=CT)
    label = lab([], "hard", "negative/availability-request-unbooked",
                "Vendor asks for slots, the candidate offers three windows, the vendor forwards them; no slot is "
                "ever confirmed, so no interview exists yet.")
    return slug, [("01-interview-availability-request.eml", m1), ("02-re-slots-shared.eml", m2)], label


@case
def c20():
    slug = "b211-20-owner-on-interview-panel"
    debra = ("Debra Sandoval", "dsandoval@trinitymutual.example")
    me_work = ("Suresh Kondapalli", "skondapalli@trinitymutual.example")
    d = T(2026, 5, 5, 8, 55, 10, CT, day="Tuesday")
    start = T(2026, 5, 7, 14, 0, CT, day="Thursday")
    end = start + timedelta(hours=1)
    body = f"""Suresh -

Can you sit in on the panel interview for the Scrum Master contractor candidate (Jamal Richardson) on {start:%A} 5/7, 2-3 PM CT? You'd cover delivery cadence and release-planning questions; I'll take stakeholder management and Kendra will cover Jira/Confluence.

Resume is attached. Please enter your scorecard in Workday by end of day {T(2026, 5, 8, 17, 0, CT, day='Friday'):%A}. Invite to follow - I'm copying your personal email since your Trinity laptop is still being reimaged.

Thanks,
Debra Sandoval
Director, Enterprise PMO | Trinity Mutual Insurance
"""
    m, _ = human_eml(seed=slug, frm=debra, to=f"{me_work[0]} <{me_work[1]}>", cc=OWNER_HDR,
                     subject="Panel for Scrum Master candidate - Thursday 2 PM", date=d, body=body,
                     client="outlook", date_tz=UTC)
    summ = "Interview: Jamal Richardson - Scrum Master (Contract) - Panel"
    desc = ("Panel: Debra Sandoval\\, Suresh Kondapalli\\, Kendra Walsh\nCandidate: Jamal Richardson\n"
            "Scorecards due in Workday by Friday EOD.")
    lines = outlook_vcal(method="REQUEST", tzid="Central Standard Time", start=start, end=end, organizer=debra,
                         attendees=[(me_work[0], me_work[1]), (OWNER_NAME, OWNER),
                                    ("Kendra Walsh", "kendra.walsh@trinitymutual.example", "ACCEPTED")],
                         summary=summ, description=desc.replace("\\,", ","), location="Microsoft Teams Meeting",
                         uid=exchange_uid(slug), dtstamp=d + timedelta(minutes=9),
                         teams_url=teams(slug)[1], prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    label = lab([], "hard", "negative/user-is-interviewer",
                "The owner (a contractor PM at his current client) is asked to sit on a panel interviewing a Scrum "
                "Master candidate; the .ics is titled 'Interview: ...' but he is an interviewer.")
    return slug, [("01-panel-request-scrum-master.eml", m), ("02-interview-jamal-richardson.ics", ics_text(lines))], label


@case
def c21():
    slug = "b211-21-indeed-interview-invite-pick-a-time"
    d = T(2026, 6, 19, 15, 21, 7, UTC)
    assert d.astimezone(CT).strftime("%A") == "Friday"
    w1 = T(2026, 6, 22, 9, 0, CT, day="Monday")
    w2 = T(2026, 6, 26, 16, 0, CT, day="Friday")
    body = f"""Granite Creek Builders wants to interview you

Hi Suresh,

Granite Creek Builders has invited you to a video interview for:
IT Project Manager - Fort Worth, TX

Pick a time that works for you. Available times are between {w1:%a}, {w1:%b} {w1.day} and {w2:%a}, {w2:%b} {w2.day} (Central Time).

Schedule your interview: https://www.indeed.com/interview/schedule/{seed_hex(slug, 24)}

Interviews take place on Indeed - no downloads required. You'll get a reminder and a link to join once you choose a time.

This invitation expires in 5 days.

Good luck!
The Indeed Team

You received this email because you applied to a job on Indeed.
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
Unsubscribe: https://www.indeed.com/unsubscribe
"""
    m, _ = human_eml(seed=slug, frm=("Indeed", "no-reply@indeed.com"), to=OWNER,
                     subject="Granite Creek Builders wants to interview you for IT Project Manager", date=d, body=body,
                     client="indeed.com", extra_top=[("List-Unsubscribe", "<https://www.indeed.com/unsubscribe>"),
                                                     ("Auto-Submitted", "auto-generated")])
    label = lab([], "hard", "negative/unbooked-scheduling-link",
                "Indeed 'wants to interview you' invitation with a pick-a-time link and a date window; nothing is booked.")
    return slug, [("01-indeed-interview-invitation.eml", m)], label


@case
def c22():
    slug = "b211-22-hirevue-on-demand-video"
    d = T(2026, 4, 13, 14, 30, 2, UTC)
    assert d.astimezone(CT).strftime("%A") == "Monday"
    due = T(2026, 4, 17, 23, 59, CT, day="Friday")
    body = f"""Dear Suresh,

Thank you for your interest in the Sr. Project Manager, IT Infrastructure position at Northfield Insurance Group.

As the next step, we invite you to complete an on-demand digital interview. You will record video responses to 6 questions at a time that is convenient for you - there is no live interviewer. Each question allows up to 3 minutes to respond, and you can practice before you begin.

Please complete your interview by {longdate(due)} at 11:59 PM Central Time.

Start your interview: https://app.hirevue.com/interviews/{seed_hex(slug, 16)}

Tips: use a laptop with a webcam, find a quiet place with good lighting, and allow about 30 minutes.

Best regards,
Northfield Insurance Group Talent Acquisition

Powered by HireVue. Questions? Visit https://candidate.support.hirevue.com
"""
    m, _ = human_eml(seed=slug, frm=("Northfield Insurance Group", "noreply@hirevue.com"), to=OWNER,
                     subject="Northfield Insurance Group - Digital Interview Invitation: Sr. Project Manager, IT Infrastructure",
                     date=d, body=body, client="hirevue.com", extra_top=[("Auto-Submitted", "auto-generated")])
    label = lab([], "medium", "negative/one-way-video-interview",
                "HireVue on-demand (one-way) video interview with a completion deadline; no live conversation.")
    return slug, [("01-hirevue-digital-interview.eml", m)], label


# =========================================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for idx, fn in enumerate(CASES, 1):
        slug, items, label = fn()
        assert slug.startswith(f"{PREFIX}{idx:02d}-"), slug
        assert slug not in labels
        folder = os.path.join(HERE, slug)
        os.makedirs(folder)
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for n, content in items:
            assert n[:3] == f"{names.index(n) + 1:02d}-", n
            with open(os.path.join(folder, n), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = label
    head = ("# blind211 labels (written blind; synthetic). Schema and rules: see the eval README.\n"
            "# Regenerate with: python make_cases.py\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110,
                                      default_flow_style=False))
    n_pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(labels)} cases: {n_pos} positive, {len(labels) - n_pos} negative; "
          f"{len(ivs)} interviews ({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
