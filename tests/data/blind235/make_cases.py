#!/usr/bin/env python3
"""Regenerate the blind235 evaluation set (written blind).

Theme: an Anchorage-based fisheries biologist (Maren Tallis) applying to Alaska state
agencies (Workplace Alaska / NEOGOV GovernmentJobs), federal jobs (USAJOBS, NOAA),
environmental consultancies and a Seattle seafood company.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (derived from sha1 of
fixed seeds).  Standard library + PyYAML only.  Running it twice yields identical bytes.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b235-"

AK = ZoneInfo("America/Anchorage")
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
UTC = timezone.utc

OWNER = "maren.tallis@example.com"
OWNER_NAME = "Maren Tallis"
OWNER_CELL = "(907) 555-0186"

WIN_TZ = {  # Windows TZID -> (zoneinfo, std offset, dst offset, display label)
    "Alaskan Standard Time": (AK, "-0900", "-0800", "(UTC-09:00) Alaska"),
    "Pacific Standard Time": (PT, "-0800", "-0700", "(UTC-08:00) Pacific Time (US & Canada)"),
    "Eastern Standard Time": (ET, "-0500", "-0400", "(UTC-05:00) Eastern Time (US & Canada)"),
}


# ----------------------------------------------------------------------------- helpers
def h(seed, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random string from a seed."""
    out, i = "", 0
    while len(out) < n:
        dig = hashlib.sha1(f"{seed}|{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in dig)
        i += 1
    return out[:n]


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
UPHEX = "0123456789ABCDEF"


def dt(tz, y, mo, d, hh=0, mm=0, ss=0):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def wd(d, name):
    """Assert the weekday named in the text."""
    assert d.strftime("%A") == name, (d, name, d.strftime("%A"))
    return d


def rfcdate(d, utc=False):
    if utc:
        d = d.astimezone(UTC)
        return d.strftime("%a, %d %b %Y %H:%M:%S +0000")
    return format_datetime(d)


def icsdt_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def icsdt_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def t12(d):
    return d.strftime("%I:%M %p").lstrip("0")


def gtime(d):
    s = d.strftime("%I:%M%p").lstrip("0").lower()
    return s.replace(":00", "")


def longdate(d):
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def fa(name, addr):
    if any(c in name for c in '.,()@:;"'):
        name = '"' + name.replace('"', '') + '"'
    return f"{name} <{addr}>"


def addr_list(items):
    return ",\n ".join(items)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if first else 74
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtz_windows(tzid):
    _, std, dst, _ = WIN_TZ[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def vtz_olson_anchorage():
    return [
        "BEGIN:VTIMEZONE", "TZID:America/Anchorage", "X-LIC-LOCATION:America/Anchorage",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0900", "TZOFFSETTO:-0800", "TZNAME:AKDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0900", "TZNAME:AKST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def leaf(ctype, body, cte="7bit", extra=()):
    if isinstance(body, str):
        raw = body.encode("utf-8")
    else:
        raw = body
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        enc = raw.decode("utf-8")
    hdr = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hdr) + "\n\n" + enc.rstrip("\n") + "\n"


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def message(headers, body):
    hs = "\n".join(f"{k}: {v}" for k, v in headers if v is not None)
    return hs + "\nMIME-Version: 1.0\n" + body


def html_of(text, font="Calibri,sans-serif"):
    import html as _h
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def received(d, frm_host, by="mx.google.com"):
    sid = h("rcv" + frm_host + str(d), 12, "abcdefghijklmnopqrstuvwxyz0123456789")
    return (f"from {frm_host} ({frm_host}.)\n        by {by} with ESMTPS id {sid}\n"
            f"        for <{OWNER}>;\n        {rfcdate(d)}")


def outlook_mid(seed):
    box = "SJ0PR09MB" + h(seed + "box", 4, "0123456789")
    return f"<{box}{h(seed, 28, UPHEX)}@{box}.namprd09.prod.outlook.com>"


def gmail_mid(seed):
    return f"<CA+{h(seed, 38, ALNUM)}@mail.gmail.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22].ljust(22, b"\0")).decode()


def teams_block(seed):
    mid = h(seed + "m", 12, "0123456789")
    mtg = h(seed + "t", 32, ALNUM)
    pw = h(seed + "p", 6, ALNUM)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0>\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Passcode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________"), \
        f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0"


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + h(seed, 72, UPHEX)


def outlook_vevent(*, org, attendees, summary, start, end, tzid, location, description, uid, seq,
                   dtstamp, status="CONFIRMED", teams_url=None, busy="TENTATIVE"):
    L = [f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for name, addr, role, part in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{addr}")
    L += [
        f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
        f"DTSTART;TZID={tzid}:{icsdt_local(start)}",
        f"DTEND;TZID={tzid}:{icsdt_local(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsdt_utc(dtstamp)}", "TRANSP:OPAQUE",
        f"STATUS:{status}", f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=en-US:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(uid, 9, '0123456789')) + 100000000}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    return ["BEGIN:VEVENT"] + L + ["END:VEVENT"]


def outlook_invite(*, seed, org, to, subject, date, start, end, tzid, location, body,
                   attendees, seq=0, teams=True, cc=(), extra_headers=()):
    """Exchange/Outlook meeting request: multipart/alternative (plain QP, html QP, calendar b64)."""
    zi, _, _, label = WIN_TZ[tzid]
    assert start.tzinfo is zi and end.tzinfo is zi
    when = (f"When: {longdate(start)} {t12(start)}-{t12(end)} {label}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    tb, turl = teams_block(seed) if teams else ("", None)
    text = when + body.rstrip("\n") + ("\n\n" + tb if teams else "") + "\n"
    uid = outlook_uid(seed)
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += vtz_windows(tzid)
    cal += outlook_vevent(org=org, attendees=attendees, summary=subject, start=start, end=end,
                          tzid=tzid, location=location, description=text, uid=uid, seq=seq,
                          dtstamp=date, teams_url=turl)
    cal += ["END:VCALENDAR"]
    bnd = f"_000_{h(seed + 'bnd', 28, UPHEX)}prodoutlookcom_"
    body_mime = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_of(text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics(cal), "base64"),
    ])
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", received(date, "NAM10-BN7-obe.outbound.protection.outlook.com")),
        ("Return-Path", f"<{org[1]}>"),
        ("From", fa(*org)),
        ("To", addr_list(to)),
    ]
    if cc:
        hdrs.append(("CC", addr_list(cc)))
    hdrs += [
        ("Subject", subject),
        ("Thread-Topic", subject),
        ("Thread-Index", thread_index(seed)),
        ("Date", rfcdate(date, utc=True)),
        ("Message-ID", outlook_mid(seed)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ] + list(extra_headers)
    return message(hdrs, body_mime)


def plain_mail(*, seed, frm, to, subject, date, text, mid, cc=(), reply_to=None, in_reply_to=None,
               references=None, html=True, cte="quoted-printable", mailer=None, extra_headers=(),
               rcv_host="mail-sor-f41.google.com", outlook=False, flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ("; format=flowed; delsp=yes" if flowed else "")
    if html:
        bnd = (f"_000_{h(seed + 'bnd', 28, UPHEX)}prodoutlookcom_" if outlook
               else "0000000000" + h(seed + "bnd", 18, "0123456789abcdef"))
        body = multi("alternative", bnd, [
            leaf(ct, text, cte),
            leaf('text/html; charset="UTF-8"', html_of(text, "Aptos,Calibri,sans-serif" if outlook else "Arial,sans-serif"), cte),
        ])
    else:
        body = leaf(ct, text, cte)
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", received(date, rcv_host)),
        ("Return-Path", f"<{frm[1]}>"),
        ("From", fa(*frm)),
        ("To", addr_list(to)),
    ]
    if cc:
        hdrs.append(("CC", addr_list(cc)))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", subject), ("Date", rfcdate(date, utc=outlook)), ("Message-ID", mid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", "\n ".join(references)))
    if outlook:
        hdrs += [("Thread-Topic", subject.replace("RE: ", "").replace("Re: ", "")),
                 ("Thread-Index", thread_index(seed)), ("Accept-Language", "en-US"),
                 ("Content-Language", "en-US")]
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    hdrs += list(extra_headers)
    return message(hdrs, body)


def google_invite(*, seed, org, attendees, summary, start, end, tzlabel, abbr, description, location,
                  date, seq=0, updated=False, meet=False, mseed=None):
    """Google Calendar invitation e-mail (multipart/mixed > alternative + invite.ics)."""
    ms = mseed or seed
    uid = h(seed + "uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    same_day = start.date() == end.date()
    dline = (f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
             if same_day else "")
    head = "Invitation" if not updated else "Updated invitation"
    subj = (f"{head}: {summary} @ {start.strftime('%a %b')} {start.day}, {start.year} "
            f"{gtime(start)} - {gtime(end)} ({abbr}) ({OWNER})")
    guests = []
    for name, addr, role, part in attendees:
        guests.append(f"{name} - organizer" if addr == org[1] else (name if name else addr))
    meet_txt = ""
    meet_url = None
    if meet:
        code = h(seed + "meet", 10, "abcdefghijklmnopqrstuvwxyz")
        meet_url = f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}"
        meet_txt = f"Join with Google Meet\n{meet_url}\n\nJoin by phone\n(US) +1 650-555-0192 PIN: {h(seed + 'pin', 9, '0123456789')}#\n\n"
    changed = "This event has been updated\nChanged: time\n\n" if updated else ""
    text = (f"{changed}{summary}\n{dline}\n{tzlabel}\n\n{meet_txt}"
            + (f"Location\n{location}\nView map\n\n" if location else "")
            + f"{description.rstrip()}\n\nGuests\n" + "\n".join(guests)
            + f"\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Reply for {OWNER}\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event. To stop receiving future "
            f"updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient "
            f"to send a response to the organizer, be added to the guest list, invite others regardless of their "
            f"own invitation status, or modify your RSVP.\n")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{icsdt_utc(start)}", f"DTEND:{icsdt_utc(end)}", f"DTSTAMP:{icsdt_utc(date)}",
           f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"]
    for name, addr, role, part in attendees:
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name or addr};X-NUM-GUESTS=0:mailto:{addr}")
    if meet_url:
        cal.append(f"X-GOOGLE-CONFERENCE:{meet_url}")
    created = date - timedelta(minutes=3) if not updated else date - timedelta(days=7)
    cal += [f"CREATED:{icsdt_utc(created)}",
            f"DESCRIPTION:{esc(description.rstrip())}",
            f"LAST-MODIFIED:{icsdt_utc(date)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    icstext = ics(cal)
    b_mixed = "000000000000" + h(ms + "mx", 16, "0123456789abcdef")
    b_alt = "000000000000" + h(ms + "al", 16, "0123456789abcdef")
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_of(text, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', icstext, "7bit"),
    ])
    att = leaf('application/ics; name="invite.ics"', icstext, "base64",
               extra=['Content-Disposition: attachment; filename="invite.ics"'])
    body = multi("mixed", b_mixed, [alt, att])
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", received(date, "mail-sor-f73.google.com")),
        ("Return-Path", "<calendar-notification@google.com>"),
        ("Reply-To", fa(*org)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", fa(*org)),
        ("To", OWNER),
        ("Subject", subj),
        ("Date", rfcdate(date, utc=True)),
        ("Message-ID", f"<calendar-{h(ms + 'cm', 8)}-{h(ms + 'cm2', 4)}-{h(ms + 'cm3', 4)}-{h(ms + 'cm4', 4)}-{h(ms + 'cm5', 12)}@google.com>"),
    ]
    return message(hdrs, body), uid


def item_ics_attachment_mail(*, seed, frm, to, subject, date, text, mid, icstext, ics_name,
                             reply_to=None, extra_headers=(), html=True, cte="quoted-printable",
                             rcv_host="mail.governmentjobs.com"):
    b_mixed = "----=_Part_" + h(seed + "mx", 7, "0123456789") + "_" + h(seed + "mx2", 10, "0123456789") + "." + h(seed + "mx3", 13, "0123456789")
    b_alt = "----=_Part_" + h(seed + "al", 7, "0123456789") + "_" + h(seed + "al2", 10, "0123456789") + "." + h(seed + "al3", 13, "0123456789")
    parts = [leaf('text/plain; charset=UTF-8', text, cte)]
    if html:
        parts.append(leaf('text/html; charset=UTF-8', html_of(text, "Arial,Helvetica,sans-serif"), cte))
    alt = multi("alternative", b_alt, parts)
    att = leaf(f'text/calendar; charset=UTF-8; method=REQUEST; name="{ics_name}"', icstext, "base64",
               extra=[f'Content-Disposition: attachment; filename="{ics_name}"'])
    body = multi("mixed", b_mixed, [alt, att])
    hdrs = [("Delivered-To", OWNER), ("Received", received(date, rcv_host)),
            ("Return-Path", f"<bounce-{h(seed + 'rp', 10)}@{frm[1].split('@')[1]}>"),
            ("From", fa(*frm)), ("To", addr_list(to))]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", subject), ("Date", rfcdate(date)), ("Message-ID", mid)] + list(extra_headers)
    return message(hdrs, body)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {
        "company": company, "role": role,
        "start": start.isoformat(), "end": end.isoformat() if end else None,
        "status": status, "interviewer_emails": list(interviewers),
        "followup_recipients": list(followups), "kind": kind,
    }


def label(interviews, difficulty, category, notes):
    return {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic",
    }


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= cases
# ---------------------------------------------------------------- 01 ADF&G rating panel
@case
def c01():
    cid = "b235-01-adfg-rating-panel-neogov-teams"
    della = ("Della Rosenthal", "della.rosenthal@alaska-dfg.example")
    panel = [("Rachel Ivanoff", "rachel.ivanoff@alaska-dfg.example"),
             ("Tom Brightwater", "tom.brightwater@alaska-dfg.example"),
             ("Sina Faleolo", "sina.faleolo@alaska-dfg.example")]
    start = wd(dt(AK, 2026, 9, 15, 10, 0), "Tuesday")
    end = start + timedelta(minutes=60)
    d1 = wd(dt(AK, 2026, 9, 1, 9, 14, 22), "Tuesday")
    t1 = f"""Dear Maren Tallis,

Thank you for your interest in the Fishery Biologist II position (PCN 11-1742,
Recruitment 26-0412) with the Alaska Department of Fish and Game, Division of
Commercial Fisheries, in Anchorage.

Based on a review of your application, you have been selected to participate
in a structured interview. The interview is conducted by a rating panel of
three department staff. Every candidate is asked the same set of questions,
and each panel member scores your responses independently against
predetermined benchmarks. Panel members are not able to discuss your
application during the interview.

    Date:     Tuesday, September 15, 2026
    Time:     10:00 AM Alaska Time
    Length:   approximately 60 minutes
    Format:   Microsoft Teams video call (the hiring coordinator will send
              you a calendar invitation with the link)

You will receive a copy of the questions at the start of the interview. You
may bring notes and a copy of your resume.

If you need a reasonable accommodation, or cannot attend at the scheduled
time, please contact Della Rosenthal, Human Resource Consultant, at
della.rosenthal@alaska-dfg.example or (907) 555-0121 no later than
Thursday, September 10.

This message was sent from an unmonitored mailbox. Please do not reply.

State of Alaska | Workplace Alaska
https://www.governmentjobs.com/careers/alaska
"""
    wd(dt(AK, 2026, 9, 10), "Thursday")
    m1 = plain_mail(seed=cid + "1", frm=("Workplace Alaska", "noreply@governmentjobs.com"), to=[fa(OWNER_NAME, OWNER)],
                    subject="Interview Scheduled - Fishery Biologist II (Recruitment 26-0412)", date=d1, text=t1,
                    mid=f"<{h(cid + 'm1', 32)}@governmentjobs.com>", rcv_host="mta-07.governmentjobs.com",
                    extra_headers=[("X-Mailer", "NEOGOV Insight"), ("Auto-Submitted", "auto-generated")])
    d2 = dt(AK, 2026, 9, 1, 10, 2, 11)
    body2 = """Good morning Maren,

Here is the Teams link for your structured interview for the Fishery Biologist II
position (Recruitment 26-0412). Your rating panel:

    Rachel Ivanoff, Regional Research Biologist
    Tom Brightwater, Area Management Biologist (Cook Inlet)
    Sina Faleolo, Fishery Biologist III

I will open the meeting, read the standard instructions and then leave; the
panel will conduct the interview. Please join a few minutes early to test
your audio and camera.

Della Rosenthal
Human Resource Consultant II
Alaska Department of Fish and Game | Division of Administrative Services
(907) 555-0121
"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")] + [(n, a, "REQ-PARTICIPANT", "ACCEPTED") for n, a in panel]
    m2 = outlook_invite(seed=cid + "2", org=della, to=[fa(OWNER_NAME, OWNER)] + [fa(*p) for p in panel],
                        subject="Structured Interview - Fishery Biologist II - M. Tallis", date=d2,
                        start=start, end=end, tzid="Alaskan Standard Time", location="Microsoft Teams Meeting",
                        body=body2, attendees=att)
    emails = [a for _, a in panel]
    lab = label([iv("Alaska Department of Fish and Game", "Fishery Biologist II", start, end, "scheduled",
                    emails, emails, "onsite")], "medium", "positive/state-panel-dedupe",
                "NEOGOV/Workplace Alaska notice (noreply) + Outlook invite with TZID 'Alaskan Standard Time' are one "
                "interview. Outlook 'When' label says (UTC-09:00) Alaska but September is AKDT (-08:00). Structured "
                "rating panel of three -> onsite; HR coordinator Della opens the call and leaves, so she is not an interviewer.")
    return cid, [("01-workplace-alaska-interview-scheduled.eml", m1), ("02-invitation-structured-interview.eml", m2)], lab


# ---------------------------------------------------------------- 02 tribal consultation (neg)
@case
def c02():
    cid = "b235-02-tribal-consultation-tk-interviews"
    org = ("Loretta Sheldon", "lsheldon@chulitna-council.example")
    start = wd(dt(AK, 2026, 9, 24, 13, 0), "Thursday")
    end = start + timedelta(hours=2)
    body = """Hello all,

As discussed at the August meeting, the Council is requesting a formal
consultation with Susitna Basin Research before any traditional knowledge
interviews with Elders begin for the Chinook run-timing project.

Agenda
1. Opening and introductions
2. Review of the draft interview questions for Elders (attached to the
   August minutes)
3. Who will conduct the interviews, consent forms, and honoraria for Elders
4. Data ownership and sharing agreement (the Council retains ownership of
   all traditional knowledge recorded)
5. Field schedule for the 2027 season

Maren, please bring copies of the draft interview guide and the map of the
proposed weir sites. Darrell, the Council would like the draft data-sharing
agreement ahead of time if possible.

Lunch will not be provided, but there will be coffee and pilot bread.

Quyana,
Loretta Sheldon
Tribal Liaison, Chulitna Village Council
(907) 555-0174
"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
           ("Darrell Pike", "darrell.pike@susitnabasin.example", "REQ-PARTICIPANT", "ACCEPTED"),
           ("Chulitna Village Council", "council@chulitna-council.example", "OPT-PARTICIPANT", "NEEDS-ACTION")]
    m = outlook_invite(seed=cid, org=org, to=[fa(OWNER_NAME, OWNER), fa("Darrell Pike", "darrell.pike@susitnabasin.example"),
                                               fa("Chulitna Village Council", "council@chulitna-council.example")],
                       subject="Consultation: Chinook TK interviews - Susitna Basin Research / Chulitna Village Council",
                       date=dt(AK, 2026, 9, 8, 15, 41, 7), start=start, end=end, tzid="Alaskan Standard Time",
                       location="Council Hall, Chulitna / Microsoft Teams Meeting", body=body, attendees=att)
    lab = label([], "hard", "negative/tribal-consultation",
                "Outlook invite (Alaskan Standard Time) for a tribal consultation about traditional-knowledge "
                "interviews with Elders; the user attends as project staff of her current employer. Not a job interview.")
    return cid, [("01-consultation-chinook-tk-interviews.eml", m)], lab


# ---------------------------------------------------------------- 03 NOAA DC panel (Eastern)
@case
def c03():
    cid = "b235-03-noaa-usajobs-dc-panel-eastern"
    gordon = ("Gordon Whitlock - NOAA Federal", "gordon.whitlock@noaa-fisheries.example")
    panel = [("Helen Ostrowski", "helen.ostrowski@noaa-fisheries.example"),
             ("Marcus Delacroix", "marcus.delacroix@noaa-fisheries.example"),
             ("Kiri Yamashita", "kiri.yamashita@noaa-fisheries.example")]
    start = wd(dt(ET, 2026, 10, 8, 13, 0), "Thursday")
    end = start + timedelta(hours=1)
    ak_start = start.astimezone(AK)
    assert (ak_start.hour, ak_start.minute) == (9, 0) and ak_start.utcoffset() == timedelta(hours=-8)
    d1 = wd(dt(ET, 2026, 9, 21, 6, 5, 10), "Monday")
    t1 = """Hello Maren,

The status of your application has changed.

Fishery Biologist (Stock Assessment)
Department of Commerce
National Oceanic and Atmospheric Administration
Announcement number: NMFS-AKR-26-12093114
Control number: 841275500

New status: Referred

Your application was referred to the hiring manager for further
consideration. This does not mean you have been selected. If you are
selected for an interview, the hiring agency will contact you directly.

Track your application: https://www.usajobs.gov/applicant/applications/

This is an automated message. Please do not reply to this email.

USAJOBS
U.S. Office of Personnel Management
"""
    m1 = plain_mail(seed=cid + "1", frm=("USAJOBS", "no-reply@usajobs.gov"), to=[OWNER],
                    subject="Your USAJOBS application status has been updated", date=d1, text=t1,
                    mid=f"<{h(cid + 'm1', 24)}.{h(cid + 'm1b', 8, '0123456789')}@usajobs.gov>",
                    rcv_host="mail.usajobs.gov")
    d2 = wd(dt(ET, 2026, 9, 25, 11, 42, 37), "Friday")
    wd(dt(ET, 2026, 9, 30), "Wednesday")
    t2 = """Dear Ms. Tallis,

Thank you for applying to announcement NMFS-AKR-26-12093114, Fishery
Biologist (Stock Assessment), ZP-0482-III. The selecting official would like
to invite you to a structured panel interview.

Date: Thursday, October 8, 2026
Time: 1:00 - 2:00 PM Eastern Time (9:00 - 10:00 AM Alaska Daylight Time)
Platform: Microsoft Teams (invitation to follow from my calendar)

Your interview panel:
 - Dr. Helen Ostrowski, Division Chief, Office of Science and Technology
   (Silver Spring, MD) - helen.ostrowski@noaa-fisheries.example
 - Marcus Delacroix, Supervisory Fishery Biologist, Alaska Regional Office
   (Juneau) - marcus.delacroix@noaa-fisheries.example
 - Dr. Kiri Yamashita, Research Fishery Biologist, Alaska Fisheries Science
   Center (Seattle) - kiri.yamashita@noaa-fisheries.example

The panel will ask the same eight questions of every candidate; plan on
about five minutes per answer. Dr. Ostrowski will chair. I will not be on the
call. Please confirm your availability by replying to this message by
Wednesday, September 30.

V/r,

Gordon Whitlock
Human Resources Specialist (Recruitment & Placement)
NOAA Fisheries (National Marine Fisheries Service)
Workforce Management Office
(301) 555-0177
"""
    m2 = plain_mail(seed=cid + "2", frm=gordon, to=[fa(OWNER_NAME, OWNER)],
                    subject="Interview Invitation - Fishery Biologist (Stock Assessment), ZP-0482-III",
                    date=d2, text=t2, mid=gmail_mid(cid + "2"), rcv_host="mail-sor-f41.google.com")
    d3 = wd(dt(ET, 2026, 9, 28, 9, 3, 55), "Monday")
    body3 = """Panel interview for Maren Tallis - Fishery Biologist (Stock Assessment),
NMFS-AKR-26-12093114.

Maren - thank you for confirming. 1:00 PM Eastern is 9:00 AM in Anchorage.

Panel members: candidate materials and the rating guide are in the shared
folder. Please do not forward this invitation.
"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")] + [(n, a, "REQ-PARTICIPANT", "ACCEPTED") for n, a in panel]
    m3 = outlook_invite(seed=cid + "3", org=gordon, to=[fa(OWNER_NAME, OWNER)] + [fa(*p) for p in panel],
                        subject="Panel Interview: Fishery Biologist (Stock Assessment) - M. Tallis", date=d3,
                        start=start, end=end, tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                        body=body3, attendees=att)
    emails = [a for _, a in panel]
    lab = label([iv("NOAA Fisheries", "Fishery Biologist (Stock Assessment)", start, end, "scheduled",
                    emails, emails, "onsite")], "hard", "positive/federal-panel-eastern",
                "USAJOBS 'Referred' status mail (not an interview by itself) + HR e-mail + Teams invite in 'Eastern "
                "Standard Time' = one panel interview at 1:00 PM EDT (9:00 AM AKDT). The (UTC-05:00) label is EDT in "
                "October. HR specialist coordinates only.")
    return cid, [("01-usajobs-status-referred.eml", m1), ("02-interview-invitation-panel.eml", m2),
                 ("03-teams-panel-interview.eml", m3)], lab


# ---------------------------------------------------------------- 04 Board of Fisheries testimony (neg)
@case
def c04():
    cid = "b235-04-board-of-fisheries-testimony-slot"
    begin = wd(dt(AK, 2026, 10, 27, 8, 30), "Tuesday")
    est = dt(AK, 2026, 10, 27, 14, 0)
    text = """Alaska Board of Fisheries - Oral Public Testimony Sign-Up Confirmation

Thank you for signing up to provide oral public testimony to the Alaska
Board of Fisheries.

    Testimony number:   63
    Name:               Maren Tallis
    Representing:       Self
    Meeting:            Board of Fisheries Work Session
    Location:           Dena'ina Civic and Convention Center, Anchorage
    Public testimony begins: Tuesday, October 27, 2026, 8:30 AM

Based on the number of people signed up ahead of you, we estimate you will be
called at approximately 2:00 PM. This is only an estimate; please be in the
room or on the teleconference line when your number is getting close.

Each individual has 3 minutes. Board members may ask you questions after your
testimony; answers do not count against your time. Written comments (record
copies) can be submitted at the Boards Support table.

A calendar reminder is attached for your convenience.

Alaska Board of Fisheries | Boards Support Section
Alaska Department of Fish and Game
This mailbox is not monitored for replies.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ADFG Boards Support//Testimony//EN", "METHOD:PUBLISH"]
              + vtz_olson_anchorage() +
              ["BEGIN:VEVENT", f"UID:bof-ws-2026-testimony-63@alaska-dfg.example", f"DTSTAMP:{icsdt_utc(dt(AK, 2026, 10, 19, 14, 10))}",
               f"DTSTART;TZID=America/Anchorage:{icsdt_local(est)}",
               f"DTEND;TZID=America/Anchorage:{icsdt_local(est + timedelta(minutes=15))}",
               "SUMMARY:BOF Oral Public Testimony - #63 (estimated time)",
               "LOCATION:Dena'ina Civic and Convention Center\\, 600 W 7th Ave\\, Anchorage",
               "DESCRIPTION:Estimated time for testimony #63. Testimony begins at 8:30 AM.\\n3 minutes per person. Board members may ask questions.",
               "ORGANIZER;CN=Boards Support Section:mailto:dfg.bof.comments@alaska-dfg.example",
               "STATUS:TENTATIVE", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    m = item_ics_attachment_mail(seed=cid, frm=("Alaska Board of Fisheries", "dfg.bof.comments@alaska-dfg.example"),
                                 to=[OWNER], subject="Board of Fisheries - Oral Testimony Sign-Up Confirmation (#63)",
                                 date=wd(dt(AK, 2026, 10, 19, 14, 10, 3), "Monday"), text=text,
                                 mid=f"<{h(cid, 20, UPHEX)}@alaska-dfg.example>", icstext=cal, ics_name="BOF_testimony_63.ics",
                                 rcv_host="smtp.alaska-dfg.example")
    lab = label([], "hard", "negative/public-testimony",
                "Board of Fisheries public testimony slot with .ics; 'board members may ask questions' but it is "
                "public process, not a hiring interview.")
    return cid, [("01-bof-testimony-confirmation.eml", m)], lab


# ---------------------------------------------------------------- 05 DEC voicemail -> phone interview
@case
def c05():
    cid = "b235-05-dec-voicemail-transcript-phone-interview"
    curtis = ("Curtis Pelkey", "curtis.pelkey@ak-dec.example")
    d1 = wd(dt(AK, 2026, 9, 14, 16, 12, 40), "Monday")
    t1 = f"""Hi Maren, this is Curtis Pelkey with the Department of Environmental Conservation, Division of Water, calling about the Environmental Program Specialist 3 position you applied for. Uh, we'd like to set up a phone interview with you. Would Thursday afternoon work, say around 2 o'clock? Give me a call back at 907-555-0147, or you can email me, it's curtis dot pelkey at ak dash dec dot example. Thanks, talk soon.

Play message
https://voice.google.com/u/0/voicemail/message/{h(cid + 'vm', 40, ALNUM)}

YOUR ACCOUNT <https://voice.google.com>  HELP CENTER <https://support.google.com/voice#topic=1707989>  HELP FORUM <https://productforums.google.com/forum/#!forum/voice>

This email was sent to you because you indicated that you'd like to receive email notifications for voicemails. If you don't want to receive such emails in the future, please update your email notification settings <https://voice.google.com/settings#messaging>.

Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
"""
    m1 = plain_mail(seed=cid + "1", frm=("Google Voice", "voice-noreply@google.com"), to=[OWNER],
                    subject="New voicemail from (907) 555-0147 at 4:12 PM", date=d1, text=t1,
                    mid=f"<{h(cid + 'm1', 22, ALNUM)}-voice-noreply@google.com>", rcv_host="mail-sor-f69.google.com")
    maren_mid = gmail_mid(cid + "maren")
    d2 = wd(dt(AK, 2026, 9, 15, 8, 31, 19), "Tuesday")
    interview = wd(dt(AK, 2026, 9, 17, 14, 30), "Thursday")
    t2 = """Hi Maren,

2:30 on Thursday works fine. I'll call you at (907) 555-0186. It'll be just
me this round, roughly 45 minutes: questions about your water quality
monitoring and QA/QC experience, then time for yours.

Curtis

Curtis Pelkey
Environmental Program Manager I
Division of Water, Water Quality Standards
Alaska Department of Environmental Conservation
(907) 555-0147

-----Original Message-----
From: Maren Tallis <maren.tallis@example.com>
Sent: Monday, September 14, 2026 5:05 PM
To: Pelkey, Curtis <curtis.pelkey@ak-dec.example>
Subject: EPS III phone interview

Hi Curtis,

Thanks for the voicemail! Thursday works, but I'm out at the Ship Creek weir
until about 1:30 -- could we do 2:30 instead of 2? My cell is (907) 555-0186.

Thanks,
Maren
"""
    m2 = plain_mail(seed=cid + "2", frm=("Pelkey, Curtis", curtis[1]), to=[fa(OWNER_NAME, OWNER)],
                    subject="RE: EPS III phone interview", date=d2, text=t2, mid=outlook_mid(cid + "2"),
                    in_reply_to=maren_mid, references=[maren_mid], outlook=True,
                    rcv_host="GCC02-DM3-obe.outbound.protection.office365.us")
    lab = label([iv("Alaska Department of Environmental Conservation", "Environmental Program Specialist III",
                    interview, interview + timedelta(minutes=45), "scheduled", [curtis[1]], [curtis[1]], "phone_screen")],
                "hard", "positive/voicemail-thread",
                "Google Voice voicemail transcript proposes 'Thursday afternoon, around 2'; the reply moves it to "
                "2:30 Thursday (Sep 17, AKDT). Duration 'roughly 45 minutes'. The user's own reply is only quoted.")
    return cid, [("01-google-voice-voicemail.eml", m1), ("02-re-eps-iii-phone-interview.eml", m2)], lab


# ---------------------------------------------------------------- 06 consultancy Zoom reschedule across DST end
@case
def c06():
    cid = "b235-06-consultancy-zoom-reschedule-across-dst"
    hanna = ("Hanna Soderberg", "hanna.soderberg@kachemak-env.example")
    owen = ("Owen Strand", "owen.strand@kachemak-env.example")
    first = wd(dt(AK, 2026, 10, 30, 10, 0), "Friday")
    final = wd(dt(AK, 2026, 11, 3, 10, 0), "Tuesday")
    assert first.utcoffset() == timedelta(hours=-8) and final.utcoffset() == timedelta(hours=-9)
    wd(dt(AK, 2026, 11, 1), "Sunday")  # "the clocks fall back on Sunday"
    assert dt(AK, 2026, 10, 31, 12).utcoffset() != dt(AK, 2026, 11, 1, 12).utcoffset()
    zid = h(cid + "zoom", 11, "0123456789")
    zurl = f"https://us02web.zoom.us/j/{zid}?pwd={h(cid + 'zpw', 32, ALNUM)}"
    desc = f"""Interview for the Fisheries Biologist (Habitat Permitting) position with Owen Strand, Principal Fisheries Scientist. About 60 minutes; Owen will ask you to walk through a Title 16 fish habitat permit you've worked on.

Join Zoom Meeting
{zurl}

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {h(cid + 'zp', 6, '0123456789')}

Kachemak Environmental Consulting | Anchorage, AK"""
    summary = "Interview: Maren Tallis / Fisheries Biologist (Habitat Permitting)"
    att = [(hanna[0], hanna[1], "REQ-PARTICIPANT", "ACCEPTED"), (owen[0], owen[1], "REQ-PARTICIPANT", "ACCEPTED"),
           ("", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    m1, uid = google_invite(seed=cid, org=hanna, attendees=att, summary=summary, start=first,
                            end=first + timedelta(hours=1), tzlabel="Alaska Time - Anchorage", abbr="AKDT",
                            description=desc, location=zurl, date=wd(dt(AK, 2026, 10, 21, 13, 20, 44), "Wednesday"))
    d2 = wd(dt(AK, 2026, 10, 27, 17, 48, 3), "Tuesday")
    t2 = """Hi Maren,

Owen was just called to a permit hearing in Homer on Friday, so we need to
move your interview. Would Tuesday, November 3 at 10:00 AM work instead? Same
Zoom link, same length. Heads up that the clocks fall back on Sunday, but
it's still 10 AM Anchorage time for both of us.

If that works I'll update the calendar invite. Sorry for the shuffle!

Hanna

Hanna Soderberg
Office Manager
Kachemak Environmental Consulting
(907) 555-0155
"""
    m2 = plain_mail(seed=cid + "2", frm=hanna, to=[fa(OWNER_NAME, OWNER)], cc=[fa(*owen)],
                    subject="Moving your interview to Tuesday 11/3?", date=d2, text=t2, mid=gmail_mid(cid + "2"))
    seed3 = cid  # same seed -> same UID / event
    m3, uid3 = google_invite(seed=seed3, org=hanna, attendees=[(hanna[0], hanna[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                                              (owen[0], owen[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                                              ("", OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
                             summary=summary, start=final, end=final + timedelta(hours=1),
                             tzlabel="Alaska Time - Anchorage", abbr="AKST", description=desc, location=zurl,
                             date=wd(dt(AK, 2026, 10, 28, 8, 5, 12), "Wednesday"), seq=1, updated=True,
                             mseed=cid + "update")
    assert uid == uid3
    lab = label([iv("Kachemak Environmental Consulting", "Fisheries Biologist (Habitat Permitting)", final,
                    final + timedelta(hours=1), "scheduled", [owen[1]], [owen[1]], "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Google invite Fri Oct 30 10am AKDT, moved by e-mail and 'Updated invitation' (SEQUENCE 1, same UID) "
                "to Tue Nov 3 10am, which is AKST (-09:00) after DST ends Nov 1: same wall time, different offset. "
                "Office manager organizes; Owen interviews.")
    return cid, [("01-invitation-interview.eml", m1), ("02-moving-your-interview.eml", m2),
                 ("03-updated-invitation.eml", m3)], lab


# ---------------------------------------------------------------- 07 dive physical (neg)
@case
def c07():
    cid = "b235-07-dive-physical-appointment"
    appt = wd(dt(AK, 2026, 10, 13, 8, 40), "Tuesday")
    text = """Appointment Confirmation

Patient:        Maren Tallis
Visit type:     Scientific Diver Medical Evaluation (AAUS) - Pre-placement
Provider:       Paul Everly, MD
Date:           Tuesday, October 13, 2026
Arrival time:   8:20 AM (appointment at 8:40 AM)
Location:       Midtown Occupational Health
                2900 Arctic Blvd, Suite 210, Anchorage, AK 99503
Authorized by:  Susitna Basin Research - Dive Program (Auth # SBR-2611)

What to bring
 - Completed AAUS Medical Evaluation form, Part 1 (diver history)
 - Photo ID and your employer authorization
 - Glasses or contact lenses, and a list of current medications

Your visit begins with a health history interview with the provider, followed
by the physical exam, spirometry, audiometry and a resting ECG. Plan on about
90 minutes. Results are sent to your employer's Diving Safety Officer.

To cancel or reschedule, call (907) 555-0110 at least 24 hours in advance.

This is an automated message from our patient scheduling system. Replies to
this address are not monitored.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Midtown Occupational Health//Patient Scheduling//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:appt-{h(cid, 10, '0123456789')}@midtown-occhealth.example",
               f"DTSTAMP:{icsdt_utc(dt(AK, 2026, 10, 2, 11, 5))}", f"DTSTART:{icsdt_utc(appt)}",
               f"DTEND:{icsdt_utc(appt + timedelta(minutes=90))}",
               "SUMMARY:Scientific Diver Medical Evaluation - Midtown Occupational Health",
               "LOCATION:2900 Arctic Blvd\\, Suite 210\\, Anchorage\\, AK 99503",
               "DESCRIPTION:Provider: Paul Everly\\, MD. Please arrive at 8:20 AM.", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    m = item_ics_attachment_mail(seed=cid, frm=("Midtown Occupational Health", "appointments@midtown-occhealth.example"),
                                 to=[OWNER], subject="Your appointment on Tue, Oct 13 at 8:40 AM - Midtown Occupational Health",
                                 date=wd(dt(AK, 2026, 10, 2, 11, 5, 48), "Friday"), text=text,
                                 mid=f"<{h(cid, 24, ALNUM)}@notify.midtown-occhealth.example>", icstext=cal,
                                 ics_name="appointment.ics", rcv_host="notify.midtown-occhealth.example")
    lab = label([], "hard", "negative/medical-appointment",
                "AAUS dive physical ('pre-placement', 'health history interview with the provider') with .ics. "
                "Medical appointment, not a hiring interview.")
    return cid, [("01-dive-physical-confirmation.eml", m)], lab


# ---------------------------------------------------------------- 08 Seattle seafood: two interviews
@case
def c08():
    cid = "b235-08-seattle-seafood-screen-then-hiring-manager"
    dana = ("Dana Whitcomb", "dana.whitcomb@salishtide.example")
    rob = ("Rob Kaneshiro", "rob.kaneshiro@salishtide.example")
    s1 = wd(dt(PT, 2026, 10, 1, 11, 0), "Thursday")
    e1 = s1 + timedelta(minutes=30)
    assert s1.astimezone(AK).hour == 10
    d1 = wd(dt(PT, 2026, 9, 28, 15, 2, 31), "Monday")
    t1 = """Hi Maren,

Thanks for scheduling time with us! Here are the details of your upcoming
interview for the Fisheries Sustainability Manager role at Salish Tide
Seafoods.

Interview: Recruiter Phone Screen
Date: Thursday, October 1, 2026
Time: 11:00 AM - 11:30 AM PDT (10:00 AM - 10:30 AM AKDT)
Interviewer: Dana Whitcomb, Senior Talent Partner
Location: Phone call - Dana will call you at (907) 555-0186

A calendar invitation is attached. If you need to reschedule, just reply to
this email.

Best,
Dana Whitcomb
Salish Tide Seafoods | Seattle, WA

Powered by Greenhouse
"""
    cal1 = ics(["BEGIN:VCALENDAR", "PRODID:-//Greenhouse Software//Greenhouse Calendar//EN", "VERSION:2.0",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{h(cid + 'gh', 24)}@greenhouse.io",
                f"DTSTAMP:{icsdt_utc(d1)}", f"DTSTART:{icsdt_utc(s1)}", f"DTEND:{icsdt_utc(e1)}",
                "SUMMARY:Recruiter Phone Screen: Maren Tallis - Fisheries Sustainability Manager",
                "DESCRIPTION:Dana Whitcomb will call Maren at (907) 555-0186.",
                "LOCATION:Phone call", f"ORGANIZER;CN=Dana Whitcomb:mailto:{dana[1]}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana Whitcomb:mailto:{dana[1]}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maren Tallis:mailto:{OWNER}",
                "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1 = item_ics_attachment_mail(seed=cid + "1", frm=("Salish Tide Seafoods", "no-reply@greenhouse.io"), to=[OWNER],
                                  subject="Interview Confirmation: Fisheries Sustainability Manager - Salish Tide Seafoods",
                                  date=d1, text=t1, mid=f"<{h(cid + 'm1', 24)}@greenhouse.io>", icstext=cal1,
                                  ics_name="invite.ics", reply_to=fa(*dana), rcv_host="o12.email.greenhouse.io")
    d2 = wd(dt(PT, 2026, 10, 2, 9, 15, 40), "Friday")
    s2 = wd(dt(PT, 2026, 10, 7, 13, 0), "Wednesday")
    e2 = s2 + timedelta(hours=1)
    assert s2.astimezone(AK).hour == 12
    t2 = """Hi Maren,

Great talking with you yesterday! I shared my notes with Rob and he'd like to
meet you. Next step is a 60-minute video interview with Rob Kaneshiro, our VP
of Sourcing & Sustainability (this role reports to him).

He has Wednesday, October 7 at 1:00 PM Pacific open, which I believe is noon
your time in Anchorage. Could you make that work? I'll send a Teams invite
once you confirm.

Thanks,
Dana

Dana Whitcomb | Senior Talent Partner
Salish Tide Seafoods
1420 W Nickerson St (Fishermen's Terminal), Seattle, WA
(206) 555-0148
"""
    mid2 = outlook_mid(cid + "2")
    m2 = plain_mail(seed=cid + "2", frm=dana, to=[fa(OWNER_NAME, OWNER)], subject="Next step: interview with Rob Kaneshiro",
                    date=d2, text=t2, mid=mid2, outlook=True, rcv_host="NAM11-CO1-obe.outbound.protection.outlook.com")
    body3 = """Maren - confirmed for Wednesday at 1:00 PM Pacific / 12:00 PM Alaska.
Rob will send over a short sourcing scenario on Monday to talk through.

Dana Whitcomb | Senior Talent Partner
Salish Tide Seafoods
"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (rob[0], rob[1], "REQ-PARTICIPANT", "ACCEPTED")]
    m3 = outlook_invite(seed=cid + "3", org=dana, to=[fa(OWNER_NAME, OWNER), fa(*rob)],
                        subject="Salish Tide Seafoods - Interview with Rob Kaneshiro (Fisheries Sustainability Manager)",
                        date=wd(dt(PT, 2026, 10, 2, 14, 40, 2), "Friday"), start=s2, end=e2,
                        tzid="Pacific Standard Time", location="Microsoft Teams Meeting", body=body3, attendees=att)
    role = "Fisheries Sustainability Manager"
    lab = label([iv("Salish Tide Seafoods", role, s1, e1, "scheduled", [dana[1]], [dana[1]], "phone_screen"),
                 iv("Salish Tide Seafoods", role, s2, e2, "scheduled", [rob[1]], [rob[1]], "hiring_manager")],
                "hard", "positive/two-interviews-pacific",
                "Two interviews: Greenhouse-confirmed recruiter screen (ics in UTC, 11:00 PDT = 10:00 AKDT; the "
                "recruiter conducts it) and a Teams hiring-manager interview (TZID 'Pacific Standard Time', label "
                "(UTC-08:00) but PDT). Seattle is one hour ahead of Anchorage.")
    return cid, [("01-greenhouse-phone-screen-confirmation.eml", m1), ("02-next-step-hiring-manager.eml", m2),
                 ("03-teams-interview-rob-kaneshiro.eml", m3)], lab


# ---------------------------------------------------------------- 09 radio interview (neg)
@case
def c09():
    cid = "b235-09-radio-interview-sockeye-returns"
    nell = ("Nell Brandvold", "nbrandvold@akairwaves.example")
    d1 = wd(dt(AK, 2026, 9, 7, 15, 32, 10), "Monday")
    slot = wd(dt(AK, 2026, 9, 10, 7, 30), "Thursday")
    t1 = """Hi Maren,

I'm a producer for Alaska Morning at Alaska Public Airwaves. Our host Gabe
Lindner would love to interview you live about this summer's sockeye returns
on the Susitna and what your weir counts are showing compared to last year.

Could you do Thursday, Sept. 10 at 7:40 AM? It's a 7-8 minute conversation.
We'd call you at 7:30 for a quick sound check, so please be somewhere quiet
with good cell service. No prep needed, though a couple of numbers (total
count to date, peak day) would be great for listeners.

I'll send a calendar hold. Thanks so much!

Nell Brandvold
Producer, Alaska Morning
Alaska Public Airwaves
(907) 555-0129
"""
    m1 = plain_mail(seed=cid + "1", frm=nell, to=[fa(OWNER_NAME, OWNER)],
                    subject="Interview request: Susitna sockeye returns on Alaska Morning", date=d1, text=t1,
                    mid=gmail_mid(cid + "1"))
    desc = ("Live radio interview on Alaska Morning with host Gabe Lindner about Susitna sockeye returns. "
            "We'll call Maren at 7:30 for a sound check; on air at about 7:40.\n\nProducer: Nell Brandvold, (907) 555-0129")
    att = [(nell[0], nell[1], "REQ-PARTICIPANT", "ACCEPTED"), ("", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    m2, _ = google_invite(seed=cid, org=nell, attendees=att,
                          summary="Alaska Morning LIVE interview - Maren Tallis (sockeye returns)", start=slot,
                          end=slot + timedelta(minutes=20), tzlabel="Alaska Time - Anchorage", abbr="AKDT",
                          description=desc, location="Phone (we call you)",
                          date=wd(dt(AK, 2026, 9, 7, 16, 1, 55), "Monday"))
    lab = label([], "medium", "negative/press-interview",
                "Radio interview (press) with a Google Calendar invite titled 'interview'. Not a job interview.")
    return cid, [("01-interview-request-alaska-morning.eml", m1), ("02-invitation-alaska-morning-live.eml", m2)], lab


# ---------------------------------------------------------------- 10 float-plane site interview cancelled (weather)
@case
def c10():
    cid = "b235-10-floatplane-site-interview-weather-cancel"
    derek = ("Derek Nilsen", "derek.nilsen@aldercreek-fish.example")
    tasha = ("Tasha Koonooka", "tasha.koonooka@aldercreek-fish.example")
    start = wd(dt(AK, 2026, 9, 2, 8, 0), "Wednesday")
    end = dt(AK, 2026, 9, 2, 15, 0)
    d1 = wd(dt(AK, 2026, 8, 24, 10, 12, 45), "Monday")
    mid1 = gmail_mid(cid + "1")
    t1 = """Hi Maren,

Thanks for talking with Tasha and me on Zoom last week. We'd like to bring you
out for the last step for the Field Project Leader position: an in-person
interview at our Ptarmigan Lake weir camp, where the position would be based
next season. It's the best way for you to see the operation and for the
crew to meet you.

Tentative plan for Wednesday, September 2 -- the interview day runs 8:00 AM
to 3:00 PM, door to door:

  8:00 AM    wheels up from the Lake Hood float dock (Northway Air Taxi);
             I'll fly out with you
  ~9:15      arrive at camp; walk the weir and counting tower with Tasha
             Koonooka, our camp lead, then a sit-down interview with the
             two of us; lunch with the crew
  2:00 PM    depart camp, back at Lake Hood around 3:00 PM

Bring rubber boots, rain gear and a warm layer, and keep your bag under 20 lb
for the plane. Everything depends on weather: if the ceilings are low the air
taxi won't fly, and we'll make the go/no-go call by 6 PM the night before.

I'll send a calendar hold for the day.

Derek

Derek Nilsen
Project Manager, Alder Creek Fisheries Consulting
(907) 555-0168
"""
    m1 = plain_mail(seed=cid + "1", frm=derek, to=[fa(OWNER_NAME, OWNER)], cc=[fa(*tasha)],
                    subject="Site interview at Ptarmigan Lake - Wed 9/2", date=d1, text=t1, mid=mid1)
    body2 = """Site interview for the Field Project Leader position at the Ptarmigan Lake
weir camp. WEATHER PERMITTING - go/no-go call by 6 PM the evening before.

Meet at the Northway Air Taxi float dock, Lake Hood, at 7:45 for an 8:00
departure. Back at Lake Hood about 3:00 PM.

Derek Nilsen
Project Manager, Alder Creek Fisheries Consulting
(907) 555-0168
"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (tasha[0], tasha[1], "REQ-PARTICIPANT", "ACCEPTED")]
    m2 = outlook_invite(seed=cid + "2", org=derek, to=[fa(OWNER_NAME, OWNER), fa(*tasha)],
                        subject="Site interview - Ptarmigan Lake camp (weather permitting)",
                        date=wd(dt(AK, 2026, 8, 24, 10, 41, 9), "Monday"), start=start, end=end,
                        tzid="Alaskan Standard Time", location="Lake Hood float dock (Northway Air Taxi) / Ptarmigan Lake camp",
                        body=body2, attendees=att, teams=False)
    d3 = wd(dt(AK, 2026, 9, 1, 17, 55, 30), "Tuesday")
    maren_mid = gmail_mid(cid + "maren")
    t3 = """Maren,

Bad news, I'm afraid. The forecast for tomorrow on the west side is ceilings
around 300 feet with gusts to 35 knots, and Northway has grounded all their
float planes until Thursday at the earliest. We need to cancel due to weather.

I'm sorry about the early alarm you'd already set. Tasha and I will talk
about what makes sense for the rest of the season and I'll reach back out --
it may be that we do the final conversation over Zoom instead.

Derek

On Tue, Aug 25, 2026 at 7:02 AM Maren Tallis <maren.tallis@example.com> wrote:
> Hi Derek,
>
> That sounds amazing, count me in for Wednesday the 2nd. I'll be at the
> float dock at 7:45 with boots and rain gear. Fingers crossed for the
> weather!
>
> Maren
>
> On Mon, Aug 24, 2026 at 10:12 AM Derek Nilsen <derek.nilsen@aldercreek-fish.example> wrote:
>> Hi Maren,
>>
>> Thanks for talking with Tasha and me on Zoom last week. We'd like to
>> bring you out for the last step for the Field Project Leader position:
>> an in-person interview at our Ptarmigan Lake weir camp [...]
"""
    wd(dt(AK, 2026, 8, 25), "Tuesday")
    m3 = plain_mail(seed=cid + "3", frm=derek, to=[fa(OWNER_NAME, OWNER)], cc=[fa(*tasha)],
                    subject="Re: Site interview at Ptarmigan Lake - Wed 9/2", date=d3, text=t3,
                    mid=gmail_mid(cid + "3"), in_reply_to=maren_mid, references=[mid1, maren_mid])
    emails = [derek[1], tasha[1]]
    lab = label([iv("Alder Creek Fisheries Consulting", "Field Project Leader", start, end, "cancelled",
                    emails, emails, "onsite")], "hard", "positive/cancel-by-email-weather",
                "In-person site interview reached by float plane (8:00 AM-3:00 PM 'door to door', same on the "
                "Outlook hold in 'Alaskan Standard Time' = AKDT). Cancelled by e-mail the evening before ('We need to "
                "cancel due to weather'; 'tomorrow' = Wed Sep 2); no re-booking, so one cancelled interview. "
                "Derek flies out with the candidate and interviews with Tasha.")
    return cid, [("01-site-interview-ptarmigan-lake.eml", m1), ("02-invitation-site-interview.eml", m2),
                 ("03-re-site-interview-cancel-weather.eml", m3)], lab


# ---------------------------------------------------------------- 11 owner interviews a seasonal tech (neg)
@case
def c11():
    cid = "b235-11-owner-interviews-seasonal-technician"
    kristy = ("Kristy Olmstead", "kristy.olmstead@susitnabasin.example")
    caleb = ("Caleb Fry", "caleb.fry@northmail.example")
    start = wd(dt(AK, 2026, 9, 22, 15, 0), "Tuesday")
    end = start + timedelta(minutes=45)
    body = """Maren - thanks for agreeing to lead this one. Caleb is a candidate for the
seasonal Fisheries Technician I opening on the weir crew (May-September
2027). His resume, the standard question set and the scoring sheet are in
the Hiring folder on the shared drive. Please send me your scores by Friday.

Caleb - Maren Tallis, Project Biologist, will interview you. The conversation
takes about 45 minutes and will be on Teams; please test your link ahead of
time.

Kristy Olmstead
Operations & HR Coordinator
Susitna Basin Research
"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED"), (caleb[0], caleb[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
           ("Darrell Pike", "darrell.pike@susitnabasin.example", "OPT-PARTICIPANT", "NEEDS-ACTION")]
    m1 = outlook_invite(seed=cid, org=kristy, to=[fa(OWNER_NAME, OWNER), fa(*caleb)],
                        cc=[fa("Darrell Pike", "darrell.pike@susitnabasin.example")],
                        subject="Interview: Fisheries Technician I (Seasonal) - Caleb Fry",
                        date=wd(dt(AK, 2026, 9, 16, 11, 20, 0), "Wednesday"), start=start, end=end,
                        tzid="Alaskan Standard Time", location="Microsoft Teams Meeting", body=body, attendees=att)
    t2 = """Hi Ms. Tallis,

Thanks for the invite! I'll be on the Teams call Tuesday at 3. I'm really
excited about the weir crew job -- I spent last summer on a seine crew in
Bristol Bay, so I'm used to long days and wet gear.

See you then,
Caleb Fry
"""
    m2 = plain_mail(seed=cid + "2", frm=caleb, to=[fa(OWNER_NAME, OWNER)],
                    subject="Re: Interview: Fisheries Technician I (Seasonal) - Caleb Fry",
                    date=wd(dt(AK, 2026, 9, 17, 19, 2, 14), "Thursday"), text=t2, mid=gmail_mid(cid + "2"),
                    in_reply_to=outlook_mid(cid), references=[outlook_mid(cid)], html=False, cte="7bit")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Outlook invite titled 'Interview' where the user (current Project Biologist) interviews a seasonal "
                "technician candidate, plus the candidate's reply. User is the interviewer -> not her job interview.")
    return cid, [("01-invitation-interview-caleb-fry.eml", m1), ("02-re-interview-caleb.eml", m2)], lab


# ---------------------------------------------------------------- 12 Kuskokwim council Zoom panel (pasted Zoom text)
@case
def c12():
    cid = "b235-12-watershed-council-zoom-committee"
    agnes = ("Agnes Morgan", "agnes.morgan@kuskokwim-wc.example")
    victor = ("Victor Nicholai", "victor.nicholai@kuskokwim-wc.example")
    lucy = ("Lucy Andrew", "lucy.andrew@kuskokwim-wc.example")
    start = wd(dt(AK, 2026, 9, 24, 13, 30), "Thursday")
    end = start + timedelta(hours=1)
    zid = h(cid + "z", 11, "0123456789")
    t = f"""Hi Maren,

The hiring committee would like to interview you for the Fisheries Biologist
(In-Season Management) position. We have you down for Thursday, September 24
at 1:30 PM. The committee is me, our board chair Victor Nicholai
(victor.nicholai@kuskokwim-wc.example) and our subsistence coordinator Lucy
Andrew (lucy.andrew@kuskokwim-wc.example). Plan on about an hour. Internet
in Bethel can be shaky, so if my video freezes we'll switch to the call-in
number.

Zoom info below.

Agnes Morgan is inviting you to a scheduled Zoom meeting.

Topic: KWC Fisheries Biologist Interview - M. Tallis
Time: Sep 24, 2026 01:30 PM Alaska

Join Zoom Meeting
https://us06web.zoom.us/j/{zid}?pwd={h(cid + 'pw', 32, ALNUM)}

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {h(cid + 'pc', 6, '0123456789')}

---

One tap mobile
+12532158782,,{zid}# US (Tacoma)
+13462487799,,{zid}# US (Houston)

Dial by your location
 +1 253 215 8782 US (Tacoma)
 +1 346 248 7799 US (Houston)

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}

Quyana,
Agnes

Agnes Morgan
Executive Director
Kuskokwim Watershed Council | Bethel, Alaska
(907) 555-0137
"""
    wd(dt(AK, 2026, 9, 17), "Thursday")
    m = plain_mail(seed=cid, frm=agnes, to=[fa(OWNER_NAME, OWNER)], cc=[fa(*victor), fa(*lucy)],
                   subject="Interview - Fisheries Biologist position", date=dt(AK, 2026, 9, 17, 12, 3, 27), text=t,
                   mid=outlook_mid(cid), outlook=True, rcv_host="NAM04-MW2-obe.outbound.protection.outlook.com")
    emails = [agnes[1], victor[1], lucy[1]]
    lab = label([iv("Kuskokwim Watershed Council", "Fisheries Biologist (In-Season Management)", start, end,
                    "scheduled", emails, emails, "onsite")], "medium", "positive/zoom-pasted-committee",
                "Plain e-mail with pasted Zoom invitation ('Time: Sep 24, 2026 01:30 PM Alaska' = AKDT). Hiring "
                "committee of three including the sender -> onsite; 'about an hour'.")
    return cid, [("01-interview-fisheries-biologist.eml", m)], lab


# ---------------------------------------------------------------- 13 USA Staffing notice of results (neg)
@case
def c13():
    cid = "b235-13-usa-staffing-not-referred"
    t = """Dear Maren Tallis,

Thank you for your interest in the following position:

    Position:      Fish Biologist, GS-0482-11
    Agency:        U.S. Fish and Wildlife Service, Region 7 (Alaska)
    Announcement:  R7-26-12114007-MP
    Location:      Anchorage, AK

We have reviewed your application and supporting documents. Your status for
this position is:

    Eligible - Not Referred

You met the minimum qualifications for the position; however, you were not
among the highest qualified candidates referred to the selecting official.
Only applicants whose names are referred may be contacted for an interview.
We encourage you to apply for future vacancies.

You can view your application status at any time on USAJOBS.

This is an automated notice. Please do not reply to this message.

USA Staffing
U.S. Office of Personnel Management
"""
    m = plain_mail(seed=cid, frm=("USA Staffing", "no-reply@usastaffing.gov"), to=[OWNER],
                   subject="Notice of Results - Fish Biologist, GS-0482-11 (R7-26-12114007-MP)",
                   date=wd(dt(ET, 2026, 9, 30, 10, 14, 0), "Wednesday"), text=t,
                   mid=f"<{h(cid, 30, ALNUM)}@usastaffing.gov>", rcv_host="smtp.usastaffing.gov")
    lab = label([], "medium", "negative/application-status",
                "Federal notice of results (Eligible - Not Referred) mentioning interviews; no interview.")
    return cid, [("01-notice-of-results.eml", m)], lab


# ---------------------------------------------------------------- 14 Calendar API event only (Pacific organizer)
@case
def c14():
    cid = "b235-14-gcal-api-technical-seattle-consultancy"
    lars = ("Lars Engebretsen", "lars.engebretsen@pugetestuary.example")
    group = ("Puget Estuary Associates Recruiting", "recruiting@pugetestuary.example")
    start = wd(dt(PT, 2026, 10, 15, 9, 0), "Thursday")
    end = start + timedelta(minutes=75)
    assert start.astimezone(AK).hour == 8
    eid = h(cid + "id", 26, "abcdefghijklmnopqrstuv0123456789")
    code = h(cid + "meet", 10, "abcdefghijklmnopqrstuvwxyz")
    meet = f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{h(cid + 'etag', 16, '0123456789')}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-06T22:14:09.000Z",
        "updated": "2026-10-07T16:02:51.344Z",
        "summary": "Technical Interview: Maren Tallis - Senior Fisheries Scientist",
        "description": ("Technical interview for the Senior Fisheries Scientist (remote - Alaska) position.\n\n"
                        "- 10 min: introductions\n"
                        "- 50 min: walk through a run-reconstruction dataset in R with Lars Engebretsen (Lead Quantitative Scientist)\n"
                        "- 15 min: your questions\n\n"
                        "Maren, heads-up: 9:00 AM Pacific is 8:00 AM in Anchorage.\n\n"
                        "Questions? Reply to recruiting@pugetestuary.example or call Sofia at (206) 555-0139."),
        "location": "Google Meet",
        "creator": {"email": group[1], "displayName": group[0]},
        "organizer": {"email": group[1], "displayName": group[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": group[1], "displayName": group[0], "organizer": True, "responseStatus": "accepted"},
            {"email": lars[1], "displayName": lars[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": meet,
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": meet, "label": meet.replace("https://", "")},
                {"entryPointType": "phone", "uri": "tel:+1-206-555-0171", "label": "+1 206-555-0171",
                 "pin": h(cid + "pin", 9, "0123456789"), "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": f"{code[:3]}-{code[3:7]}-{code[7:]}",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    lab = label([iv("Puget Estuary Associates", "Senior Fisheries Scientist", start, end, "scheduled",
                    [lars[1]], [lars[1]], "technical")], "medium", "positive/gcal-api-pacific",
                "Calendar API event only; organizer is a group recruiting address (never a follow-up recipient); "
                "the interviewer Lars is an attendee. 9:00 PDT = 8:00 AKDT; 75 minutes.")
    return cid, [("01-technical-interview.gcal.json", j)], lab


# ---------------------------------------------------------------- 15 NEOGOV self-scheduling, not booked (neg)
@case
def c15():
    cid = "b235-15-neogov-interview-self-schedule-unbooked"
    for dd, name in [((2026, 10, 6), "Tuesday"), ((2026, 10, 7), "Wednesday"), ((2026, 10, 8), "Thursday"),
                     ((2026, 10, 2), "Friday")]:
        wd(dt(AK, *dd), name)
    t = """Dear Maren Tallis,

Congratulations! You have been selected to interview for the position of
Habitat Protection Biologist (Recruitment #26-00231) with the Kenai Peninsula
Borough, River Center.

Please log in to your GovernmentJobs.com account and select an interview
time using the link below. Interview slots are first-come, first-served and
are available on the following dates:

    Tuesday, October 6, 2026      9:00 AM - 4:00 PM
    Wednesday, October 7, 2026    9:00 AM - 4:00 PM
    Thursday, October 8, 2026     9:00 AM - 12:00 PM

Each interview is 45 minutes and will be held in person at the River Center
in Soldotna, or by Zoom on request.

You must select a time by Friday, October 2, 2026 at 5:00 PM. If you do not
select a time by this deadline, you will not be interviewed for this
position.

Select Interview Time:
https://www.governmentjobs.com/Applications/InterviewScheduling?token=""" + h(cid, 40, ALNUM) + """

Human Resources
Kenai Peninsula Borough
This is an automated message; replies are not monitored.
"""
    m = plain_mail(seed=cid, frm=("Kenai Peninsula Borough", "noreply@governmentjobs.com"), to=[OWNER],
                   subject="Action Required: Schedule Your Interview - Habitat Protection Biologist",
                   date=wd(dt(AK, 2026, 9, 28, 8, 45, 0), "Monday"), text=t,
                   mid=f"<{h(cid + 'm', 32)}@governmentjobs.com>", rcv_host="mta-03.governmentjobs.com",
                   extra_headers=[("X-Mailer", "NEOGOV Insight"), ("Auto-Submitted", "auto-generated")])
    lab = label([], "hard", "negative/unbooked-self-scheduling",
                "NEOGOV 'select your interview time' with open date ranges and a deadline; no time was booked in the "
                "mailbox, so there is no interview yet.")
    return cid, [("01-schedule-your-interview.eml", m)], lab


# ---------------------------------------------------------------- 16 standalone Outlook .ics after DST end
@case
def c16():
    cid = "b235-16-dnr-standalone-ics-after-dst"
    greta = ("Greta Lindqvist", "greta.lindqvist@alaska-dnr.example")
    start = wd(dt(AK, 2026, 11, 5, 9, 0), "Thursday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-9)
    tb, turl = teams_block(cid)
    desc = (f"When: {longdate(start)} {t12(start)}-{t12(end)} (UTC-09:00) Alaska.\n"
            "Where: Atwood Building, Room 1270 / Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Maren,\n\nLooking forward to talking with you about the Fish Habitat position. I'll be interviewing you "
            "myself; it's a one-on-one, about an hour. In person at the Atwood Building is preferred, but Teams is fine "
            "if you're still in the field.\n\nGreta Lindqvist\nSection Chief, Fish Habitat Permitting\n"
            "Alaska Department of Natural Resources\n(907) 555-0183\n\n" + tb)
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz_windows("Alaskan Standard Time")
    lines += outlook_vevent(org=greta, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                            summary="Interview - Natural Resource Specialist III (Fish Habitat) - Maren Tallis",
                            start=start, end=end, tzid="Alaskan Standard Time",
                            location="Atwood Building, Room 1270 / Microsoft Teams Meeting", description=desc,
                            uid=outlook_uid(cid), seq=0, dtstamp=dt(AK, 2026, 10, 23, 12, 15, 0), teams_url=turl)
    lines += ["END:VCALENDAR"]
    lab = label([iv("Alaska Department of Natural Resources", "Natural Resource Specialist III (Fish Habitat)", start, end,
                    "scheduled", [greta[1]], [greta[1]], "hiring_manager")], "medium", "positive/standalone-ics-akst",
                "Standalone Exchange .ics with TZID 'Alaskan Standard Time', after DST end (Nov 5 = AKST, -09:00); "
                "sent Oct 23 while still AKDT. Organizer is the interviewer.")
    return cid, [("01-interview-fish-habitat.ics", ics(lines))], lab


# ---------------------------------------------------------------- 17 Juneau consultancy: propose then confirm
@case
def c17():
    cid = "b235-17-juneau-consultancy-propose-confirm"
    ingrid = ("Ingrid Baptiste", "ingrid.baptiste@takuinlet-env.example")
    d1 = wd(dt(AK, 2026, 10, 8, 14, 22, 9), "Thursday")
    for dd, name in [((2026, 10, 13), "Tuesday"), ((2026, 10, 14), "Wednesday")]:
        wd(dt(AK, *dd), name)
    mid1 = gmail_mid(cid + "1")
    t1 = """Hi Maren,

Thanks for applying for the Fisheries Biologist II (Hydropower Licensing)
position. I'd like to set up a 30-minute phone interview next week. I could
do:

  - Tuesday 10/13 at 9:00 AM or 3:00 PM
  - Wednesday 10/14 at 11:00 AM

All times Juneau (Alaska) time. Let me know what works and the best number
to reach you.

Ingrid

Ingrid Baptiste
Senior Fisheries Biologist
Taku Inlet Environmental | Juneau, AK
(907) 555-0191
"""
    m1 = plain_mail(seed=cid + "1", frm=ingrid, to=[fa(OWNER_NAME, OWNER)],
                    subject="Phone interview - Fisheries Biologist II (Hydropower Licensing)", date=d1, text=t1, mid=mid1)
    maren_mid = gmail_mid(cid + "maren")
    start = dt(AK, 2026, 10, 13, 15, 0)
    t2 = """Perfect -- Tuesday the 13th at 3:00 it is. I'll call your cell. Talk then!

Ingrid

On Thu, Oct 8, 2026 at 4:05 PM Maren Tallis <maren.tallis@example.com> wrote:
> Hi Ingrid,
>
> Thanks so much! Tuesday at 3 works best for me. My cell is
> (907) 555-0186.
>
> Maren
>
> On Thu, Oct 8, 2026 at 2:22 PM Ingrid Baptiste <ingrid.baptiste@takuinlet-env.example> wrote:
>> Hi Maren,
>>
>> Thanks for applying for the Fisheries Biologist II (Hydropower Licensing)
>> position. I'd like to set up a 30-minute phone interview next week. I
>> could do:
>>
>>   - Tuesday 10/13 at 9:00 AM or 3:00 PM
>>   - Wednesday 10/14 at 11:00 AM
>>
>> All times Juneau (Alaska) time.
"""
    m2 = plain_mail(seed=cid + "2", frm=ingrid, to=[fa(OWNER_NAME, OWNER)],
                    subject="Re: Phone interview - Fisheries Biologist II (Hydropower Licensing)",
                    date=wd(dt(AK, 2026, 10, 9, 7, 50, 31), "Friday"), text=t2, mid=gmail_mid(cid + "2"),
                    in_reply_to=maren_mid, references=[mid1, maren_mid])
    lab = label([iv("Taku Inlet Environmental", "Fisheries Biologist II (Hydropower Licensing)", start,
                    start + timedelta(minutes=30), "scheduled", [ingrid[1]], [ingrid[1]], "phone_screen")],
                "medium", "positive/thread-propose-confirm",
                "Three proposed slots, the user's choice is only quoted; confirmation 'Tuesday the 13th at 3:00' (AKDT).")
    return cid, [("01-phone-interview-options.eml", m1), ("02-re-phone-interview-confirmed.eml", m2)], lab


# ---------------------------------------------------------------- 18 HireVue one-way (neg)
@case
def c18():
    cid = "b235-18-hirevue-one-way-video-interview"
    wd(dt(PT, 2026, 10, 9), "Friday")
    t = """Hi Maren,

Thank you for your interest in the Quality Assurance Biologist position at
Northline Seafoods!

The next step in our process is an on-demand video interview. You'll record
answers to 5 questions on your own schedule; there is no live interviewer,
and you'll have up to 3 minutes per answer with one practice question first.

Please complete your interview by Friday, October 9, 2026 at 11:59 PM PDT.

Start Interview: https://app.hirevue.com/interviews/""" + h(cid, 22, ALNUM) + """

Tips
 - Use Chrome or Firefox on a computer with a webcam, or the HireVue app
 - Find a quiet, well-lit place
 - Check your connection before you begin

Good luck!
Northline Seafoods Talent Acquisition

Need help? Visit https://candidate.support.hirevue.com
"""
    m = plain_mail(seed=cid, frm=("Northline Seafoods", "no-reply@hirevue.com"), to=[OWNER],
                   subject="Northline Seafoods: Complete your video interview for Quality Assurance Biologist",
                   date=wd(dt(PT, 2026, 10, 6, 10, 3, 0), "Tuesday"), text=t,
                   mid=f"<{h(cid + 'm', 36, ALNUM)}@hirevue.com>", rcv_host="o1.email.hirevue.com")
    lab = label([], "medium", "negative/one-way-video",
                "HireVue on-demand (one-way) video interview with a deadline; no live conversation.")
    return cid, [("01-hirevue-video-interview-invite.eml", m)], lab


# ---------------------------------------------------------------- 19 Google Voice texts -> phone interview
@case
def c19():
    cid = "b235-19-google-voice-texts-observer-screen"
    marisol = "marisol.quintero@npobs.example"
    gv = f"19075550186.19075550163.{h(cid, 10, ALNUM)}@txt.voice.google.com"
    footer = """

YOUR ACCOUNT <https://voice.google.com>  HELP CENTER <https://support.google.com/voice#topic=1707989>  HELP FORUM <https://productforums.google.com/forum/#!forum/voice>

To respond to this text message, reply to this email or visit Google Voice <https://voice.google.com>.

This email was sent to you because you indicated that you'd like to receive email notifications for text messages. If you don't want to receive such emails in the future, please update your email notification settings <https://voice.google.com/settings#messaging>.

Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
"""
    d1 = wd(dt(AK, 2026, 9, 16, 15, 47, 2), "Wednesday")
    t1 = ("Hi Maren its Marisol Quintero w/ North Pacific Observer Services re: the debriefer position. "
          "Can u do a phone interview fri at 10am? Takes ~30 min. I'd call this number" + footer)
    m1 = plain_mail(seed=cid + "1", frm=("(907) 555-0163", gv), to=[OWNER],
                    subject="New text message from (907) 555-0163", date=d1, text=t1,
                    mid=f"<{h(cid + 'm1', 28, ALNUM)}@txt.voice.google.com>", rcv_host="mail-sor-f69.google.com")
    d2 = dt(AK, 2026, 9, 16, 16, 20, 44)
    start = wd(dt(AK, 2026, 9, 18, 10, 0), "Friday")
    t2 = ("Perfect, Fri 9/18 10am it is. I'll call u. If anything changes email me "
          f"{marisol}" + footer)
    m2 = plain_mail(seed=cid + "2", frm=("(907) 555-0163", gv), to=[OWNER],
                    subject="New text message from (907) 555-0163", date=d2, text=t2,
                    mid=f"<{h(cid + 'm2', 28, ALNUM)}@txt.voice.google.com>", rcv_host="mail-sor-f69.google.com")
    lab = label([iv("North Pacific Observer Services", "Observer Debriefer", start, start + timedelta(minutes=30),
                    "scheduled", [marisol], [marisol], "phone_screen")], "hard", "positive/sms-terse",
                "Two Google Voice text notifications: 'fri at 10am' proposed Wed Sep 16, confirmed 'Fri 9/18 10am' "
                "(AKDT), '~30 min'. The recruiter conducts the call and gives her address in the second text; the "
                "txt.voice.google.com relay address is not a follow-up recipient. Role 'debriefer position'.")
    return cid, [("01-google-voice-text.eml", m1), ("02-google-voice-text.eml", m2)], lab


# ---------------------------------------------------------------- 20 informational interview (neg)
@case
def c20():
    cid = "b235-20-informational-interview-noaa-scientist"
    teo = ("Teodor Lindahl - NOAA Federal", "teodor.lindahl@noaa-fisheries.example")
    maren_mid = gmail_mid(cid + "maren")
    slot = wd(dt(AK, 2026, 10, 29, 11, 0), "Thursday")
    t1 = """Hi Maren,

Happy to chat! To be upfront: we don't have any openings in the salmon ecology
program at Auke Bay this year and I'm not on any hiring panels right now, so
this would just be an informational conversation about the career path and
how federal hiring works. Dale mentioned you're looking at the NOAA stock
assessment job -- I can't speak to that process, but I'm glad to share what
I know about the science centers generally.

How about Thursday the 29th at 11? I'll send a Meet link.

Teo

On Mon, Oct 19, 2026 at 8:44 PM Maren Tallis <maren.tallis@example.com> wrote:
> Hi Dr. Lindahl,
>
> Dale Reyes suggested I reach out. I'm a fisheries biologist in Anchorage
> working on Susitna Chinook and I'm exploring a move into federal research.
> Would you have 30 minutes for an informational interview sometime in the
> next couple of weeks?
>
> Thank you,
> Maren Tallis
"""
    wd(dt(AK, 2026, 10, 19), "Monday")
    m1 = plain_mail(seed=cid + "1", frm=teo, to=[fa(OWNER_NAME, OWNER)], subject="Re: Informational interview?",
                    date=wd(dt(AK, 2026, 10, 21, 9, 10, 5), "Wednesday"), text=t1, mid=gmail_mid(cid + "1"),
                    in_reply_to=maren_mid, references=[maren_mid])
    att = [(teo[0].split(" - ")[0], teo[1], "REQ-PARTICIPANT", "ACCEPTED"), ("", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    m2, _ = google_invite(seed=cid, org=(teo[0].split(" - ")[0], teo[1]), attendees=att,
                          summary="Informational interview: Maren Tallis / Teo Lindahl", start=slot,
                          end=slot + timedelta(minutes=30), tzlabel="Alaska Time - Anchorage", abbr="AKDT",
                          description="Informational chat about careers in federal fisheries research (not related to any vacancy).",
                          location="", date=dt(AK, 2026, 10, 21, 9, 14, 40), meet=True)
    lab = label([], "hard", "negative/informational-interview",
                "Informational interview requested by the user; the scientist states there are no openings and it is "
                "not part of any hiring process. Google invite titled 'Informational interview'.")
    return cid, [("01-re-informational-interview.eml", m1), ("02-invitation-informational-interview.eml", m2)], lab


# ---------------------------------------------------------------- 21 Municipality NEOGOV oral board, UTC ics
@case
def c21():
    cid = "b235-21-municipality-oral-board-utc-ics"
    jolene = "jolene.park@muni-anchorage.example"
    start = wd(dt(AK, 2026, 9, 29, 14, 30), "Tuesday")
    end = start + timedelta(hours=1)
    d = wd(dt(AK, 2026, 9, 15, 13, 30, 0), "Tuesday")
    t = f"""Dear Maren Tallis,

You are invited to an oral board interview for the position of Watershed
Biologist (Job #2026-0887) with the Municipality of Anchorage, Watershed
Management Services.

    Date:      Tuesday, September 29, 2026
    Time:      2:30 PM - 3:30 PM (Alaska Time)
    Location:  Watershed Management Services, Conference Room B
               2600 Fireweed Parkway (fictional), Anchorage, AK

The oral board consists of three panel members from Watershed Management
Services and Human Resources. Please check in at the front desk 10 minutes
early and bring a government-issued photo ID.

If you have questions or need to reschedule, contact Jolene Park, HR
Generalist, at {jolene} or (907) 555-0132.

An Interview.ics calendar file is attached.

Municipality of Anchorage | Employee Relations
Sent via GovernmentJobs.com - please do not reply to this message.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//NEOGOV//Insight Interview Scheduling//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{h(cid + 'uid', 8)}-{h(cid + 'u2', 4)}-{h(cid + 'u3', 4)}-{h(cid + 'u4', 12)}@governmentjobs.com",
               f"DTSTAMP:{icsdt_utc(d)}", f"DTSTART:{icsdt_utc(start)}", f"DTEND:{icsdt_utc(end)}",
               "SUMMARY:Oral Board Interview - Watershed Biologist (2026-0887)",
               "LOCATION:Watershed Management Services\\, Conference Room B\\, 2600 Fireweed Parkway\\, Anchorage",
               "DESCRIPTION:Oral board interview for Watershed Biologist. Questions: Jolene Park\\, HR Generalist\\, (907) 555-0132.",
               "ORGANIZER;CN=Municipality of Anchorage:mailto:noreply@governmentjobs.com",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Maren Tallis:mailto:{OWNER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = item_ics_attachment_mail(seed=cid, frm=("Municipality of Anchorage", "noreply@governmentjobs.com"), to=[OWNER],
                                 subject="Interview Scheduled: Watershed Biologist (Job #2026-0887)", date=d, text=t,
                                 mid=f"<{h(cid + 'm', 32)}@governmentjobs.com>", icstext=cal, ics_name="Interview.ics",
                                 rcv_host="mta-05.governmentjobs.com",
                                 extra_headers=[("X-Mailer", "NEOGOV Insight"), ("Auto-Submitted", "auto-generated")])
    lab = label([iv("Municipality of Anchorage", "Watershed Biologist", start, end, "scheduled", [], [jolene], "onsite")],
                "medium", "positive/neogov-utc-ics",
                "NEOGOV oral board invitation; attached .ics in UTC (22:30Z = 2:30 PM AKDT). Panel members unnamed, so "
                "no interviewer e-mails; follow-up goes to the HR contact named in the text, never noreply.")
    return cid, [("01-interview-scheduled-oral-board.eml", m)], lab


# ---------------------------------------------------------------- 22 UAF Juneau campus visit loop (one onsite)
@case
def c22():
    cid = "b235-22-university-juneau-campus-visit-loop"
    brenda = ("Brenda Castellano", "brenda.castellano@uaf-cfos.example")
    nils = ("Nils Ferreira", "nils.ferreira@uaf-cfos.example")
    ruth = ("Ruth Calloway", "ruth.calloway@uaf-cfos.example")
    sam = ("Samuel Kline", "samuel.kline@uaf-cfos.example")
    eliza = ("Eliza Burnham", "eliza.burnham@uaf-cfos.example")
    wd(dt(AK, 2026, 11, 10), "Tuesday")
    wd(dt(AK, 2026, 11, 9), "Monday")
    start = dt(AK, 2026, 11, 10, 8, 30)
    end = dt(AK, 2026, 11, 10, 14, 45)
    assert start.utcoffset() == timedelta(hours=-9)
    wd(dt(AK, 2026, 11, 1), "Sunday")  # "clocks fall back on Sunday, November 1"
    d1 = wd(dt(AK, 2026, 10, 28, 10, 30, 12), "Wednesday")
    assert d1.utcoffset() == timedelta(hours=-8)
    t1 = f"""Dear Maren,

We are delighted to host you in Juneau for your on-campus interview for the
Assistant Research Professor (Salmon Ecology) position with the College of
Fisheries and Ocean Sciences. Your itinerary is below. All times are Alaska
time; the clocks fall back on Sunday, November 1, so these are AKST.

Monday, November 9
  6:10 PM           Arrive JNU (flight booked by our travel desk; confirmation
                    to follow). Taxi to the Harborview Inn, reimbursed.

Tuesday, November 10 - Lena Point Fisheries Building
  8:30 - 9:15 AM    Meeting with Dr. Nils Ferreira, search committee chair
                    (coffee in his office, Room 214)
  9:30 - 10:30 AM   Research seminar, Room 101 (45-minute talk + questions;
                    open to the public)
  10:45 - 11:30 AM  Meeting with Dr. Ruth Calloway, Fisheries Oceanography
  11:30 - 12:45 PM  Lunch with graduate students
  1:00 - 2:00 PM    Search committee interview (Drs. Ferreira, Calloway and
                    Samuel Kline), Conference Room 212
  2:15 - 2:45 PM    Meeting with Dr. Eliza Burnham, Director
  3:00 PM           Ride to the airport for the 5:25 PM flight to Anchorage

Contacts: {nils[1]},
{ruth[1]}, {sam[1]},
{eliza[1]}. My cell is (907) 555-0104 if anything goes sideways with
travel.

Warm regards,
Brenda

Brenda Castellano
Administrative Manager
College of Fisheries and Ocean Sciences, University of Alaska Fairbanks
Juneau Center
"""
    m1 = plain_mail(seed=cid + "1", frm=brenda, to=[fa(OWNER_NAME, OWNER)], cc=[fa(*nils)],
                    subject="Campus visit itinerary - Assistant Research Professor (Salmon Ecology)", date=d1, text=t1,
                    mid=outlook_mid(cid + "1"), outlook=True, rcv_host="NAM12-BN8-obe.outbound.protection.outlook.com")
    s2 = dt(AK, 2026, 11, 10, 13, 0)
    body2 = """Search committee interview for Maren Tallis, candidate for Assistant
Research Professor (Salmon Ecology). Part of the campus visit on 11/10 - see
the full itinerary sent 10/28.

Brenda Castellano
Administrative Manager, CFOS Juneau Center
"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")] + [(n, a, "REQ-PARTICIPANT", "ACCEPTED") for n, a in (nils, ruth, sam)]
    m2 = outlook_invite(seed=cid + "2", org=brenda, to=[fa(OWNER_NAME, OWNER), fa(*nils), fa(*ruth), fa(*sam)],
                        subject="Search Committee Interview - M. Tallis (Asst. Research Prof., Salmon Ecology)",
                        date=wd(dt(AK, 2026, 10, 29, 9, 12, 0), "Thursday"), start=s2, end=s2 + timedelta(hours=1),
                        tzid="Alaskan Standard Time", location="Lena Point Building, Conference Room 212",
                        body=body2, attendees=att, teams=False)
    emails = [nils[1], ruth[1], sam[1], eliza[1]]
    lab = label([iv("University of Alaska Fairbanks", "Assistant Research Professor (Salmon Ecology)", start, end,
                    "scheduled", emails, emails, "onsite")], "hard", "positive/onsite-loop-dst",
                "One-day campus visit (meetings, seminar, committee interview, director) = ONE onsite from 8:30 to "
                "2:45 PM on Tue Nov 10 (AKST, -09:00), although the itinerary was sent in AKDT. The separate Outlook "
                "invite for the 1:00 committee session is part of the same onsite. Coordinator Brenda is not an interviewer.")
    return cid, [("01-campus-visit-itinerary.eml", m1), ("02-invitation-search-committee.eml", m2)], lab


# ============================================================================= writer
README = """# blind235: Anchorage fisheries biologist - state, federal, consultancy and seafood interviews across Alaska/Pacific/Eastern time (written blind)

Owner: **Maren Tallis** (`maren.tallis@example.com`), a fisheries biologist in Anchorage, Alaska,
currently a seasonal project biologist at a small research nonprofit, applying to Alaska state
agencies (Workplace Alaska / NEOGOV GovernmentJobs mail), federal jobs (USAJOBS, USA Staffing,
NOAA Fisheries), environmental consultancies in Anchorage, Juneau and Seattle, a Bethel watershed
council, a university and a Seattle seafood company.

This set was **written blind**: the author did not read the detector code, its tests or the other
evaluation sets; only the label schema and rules in the shared eval README and the file formats of
two or three dev cases were consulted. All people and organisations are invented (`.example`
domains); system senders keep their product domains (governmentjobs.com, usajobs.gov,
usastaffing.gov, greenhouse.io, hirevue.com, calendar-notification@google.com, Google Voice).

## What it stresses
- Alaska time: AKDT (-08:00) until DST ends on **Sun 1 Nov 2026**, AKST (-09:00) after; Outlook
  'Alaskan Standard Time' TZIDs with the "(UTC-09:00) Alaska" display label used in AKDT months;
  a reschedule that keeps the same wall time (10 AM) across the DST change; an itinerary sent in AKDT
  for an onsite in AKST; a standalone .ics after the change.
- Pacific (Seattle, one hour ahead of Anchorage) and Eastern (Washington DC panel at 1:00 PM EDT =
  9:00 AM AKDT), including "Pacific Standard Time"/"Eastern Standard Time" Windows TZIDs in DST months.
- Structured state/federal rating panels, a hiring committee, a one-day campus-visit loop (one onsite),
  a two-interview case (recruiter screen + hiring manager), one reschedule, one cancellation by e-mail
  ("we need to cancel due to weather") of a float-plane site interview at a field camp.
- Terse Google Voice text messages and a voicemail transcript delivered as e-mail; plain threads with
  quoted replies; a pasted Zoom invitation; a Calendar API event whose organizer is a group address;
  NEOGOV .ics in UTC with an HR contact only in the text.
- Look-alikes: tribal consultation about traditional-knowledge interviews, Board of Fisheries public
  testimony slot, dive physical ("health history interview"), live radio interview about salmon
  returns, the owner interviewing a seasonal technician, an informational interview, NEOGOV
  self-scheduling without a booked slot, a HireVue one-way video interview, a federal "not referred" notice.

## Counts
- 22 cases: 13 positive, 9 negative.
- 14 labelled interviews: 13 scheduled, 1 cancelled (case 10, a cancellation-only positive).
- One case with two interviews (case 08); one reschedule (case 06); one cancellation (case 10).

## Formats
`.eml` (Outlook/Exchange meeting requests: multipart/alternative with quoted-printable text/html and a
base64 text/calendar part; Google Calendar invitations: multipart/mixed with base64 text, QP html,
text/calendar and invite.ics; Greenhouse/NEOGOV/clinic/BOF mails with .ics attachments; Gmail/Outlook
human threads with In-Reply-To/References; Google Voice voicemail and SMS notifications), one
standalone `.ics` (case 16) and one Google Calendar API `.gcal.json` event (case 14).

## Regenerating
`python make_cases.py` rewrites every `b235-*` folder and `labels.yaml` deterministically
(standard library + PyYAML + zoneinfo).
"""


def main():
    for p in sorted(HERE.glob(PREFIX + "*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    ids = []
    for fn in CASES:
        cid, files, lab = fn()
        assert cid.startswith(PREFIX) and cid not in labels
        ids.append(cid)
        d = HERE / cid
        d.mkdir()
        names = [n for n, _ in files]
        assert names == sorted(names)
        for name, content in files:
            assert name[:3] in {f"{i:02d}-" for i in range(1, 10)}
            assert name.endswith((".eml", ".ics", ".gcal.json"))
            (d / name).write_bytes(content.encode("utf-8"))
        labels[cid] = lab
    nums = [int(c.split("-")[1]) for c in ids]
    assert nums == list(range(1, len(ids) + 1)), nums
    with open(HERE / "labels.yaml", "w", encoding="utf-8", newline="\n") as f:
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (HERE / "README.md").write_text(README, encoding="utf-8")
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in labels.values())
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews")


if __name__ == "__main__":
    main()
