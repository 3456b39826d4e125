#!/usr/bin/env python3
"""Regenerate the blind231 evaluation cases and labels.yaml (deterministic).

Theme: a Honolulu ICU registered nurse job-hunting on O'ahu, Maui, Hawai'i Island and on the
mainland (Seattle, Portland, Phoenix).  Standard library + PyYAML + zoneinfo only.
Run:  python make_cases.py      (rewrites every b231-* folder and labels.yaml next to this file)
"""
import base64
import html
import json
import quopri
import shutil
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
HNL = ZoneInfo("Pacific/Honolulu")
LA = ZoneInfo("America/Los_Angeles")
PHX = ZoneInfo("America/Phoenix")
UTC = timezone.utc

OWNER = "noelani.akana.rn@example.com"
OWNER_NAME = "Noelani Akana"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ----------------------------------------------------------------------------- time helpers
def at(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt (in its own zone) falls on weekday `name`; return the name."""
    assert DAYS[dt.weekday()] == name, (dt, name, DAYS[dt.weekday()])
    return name


def off(dt, expected):
    """Assert the UTC offset of dt, e.g. off(x, '-07:00')."""
    got = dt.isoformat()[-6:]
    assert got == expected, (dt, got, expected)
    return dt


def zu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def rfc(dt):
    return format_datetime(dt)


def h12(dt, compact=False):
    """'9:00 AM' or Google style '9am' / '12:30pm'."""
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if compact:
        return f"{h}{'' if dt.minute == 0 else ':%02d' % dt.minute}{ap.lower()}"
    return f"{h}:{dt.minute:02d} {ap}"


def longdate(dt):
    return f"{DAYS[dt.weekday()]}, {dt.strftime('%B')} {dt.day}, {dt.year}"


# ----------------------------------------------------------------------------- MIME helpers
def A(name, addr):
    return formataddr((name, addr))


def H(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def hdrs(pairs):
    return "".join(f"{k}: {v}\n" for k, v in pairs)


def leaf(ctype, text, cte="7bit", extra=()):
    data = text.encode("utf-8") if isinstance(text, str) else text
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    return f"Content-Type: {ctype}\n" + hdrs(extra) + f"Content-Transfer-Encoding: {cte}\n\n" + body


def multi(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def eml(pairs, entity):
    return hdrs(pairs) + entity


def to_html(text, flavor="gmail"):
    paras = [p for p in text.split("\n\n")]

    def conv(p):
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            return f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>'
        return "<br>\n".join(html.escape(l) for l in lines)

    if flavor == "gmail":
        return '<div dir="ltr">' + "".join(f"<div>{conv(p)}</div><div><br></div>\n" for p in paras) + "</div>\n"
    if flavor == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;}--></style>\n'
                '</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
        body = "".join(f'<p class="MsoNormal">{conv(p)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                       for p in paras)
        return head + body + "</div>\n</body>\n</html>\n"
    # plain vendor template
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">\n'
            + "".join(f"<p>{conv(p)}</p>\n" for p in paras)
            + "</td></tr></table>\n</body></html>\n")


# ----------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n])
        b = b[n:]
        first = False
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def win_fixed_tz(tzid, offset):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}",
            "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}",
            "END:DAYLIGHT", "END:VTIMEZONE"]


WIN_HST = win_fixed_tz("Hawaiian Standard Time", "-1000")
WIN_AZ = win_fixed_tz("US Mountain Standard Time", "-0700")
WIN_PT = ["BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
          "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
          "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
OLSON_HNL = ["BEGIN:VTIMEZONE", "TZID:Pacific/Honolulu", "X-LIC-LOCATION:Pacific/Honolulu",
             "BEGIN:STANDARD", "TZOFFSETFROM:-1000", "TZOFFSETTO:-1000", "TZNAME:HST",
             "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


def att(name, addr, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{addr}"


# ----------------------------------------------------------------------------- Exchange / Teams
def teams_block(meeting_id, passcode, thread, tenant, org, dial=None):
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tenant}%22%2c%22Oid%22%3a%22{org}%22%7d")
    t = ("\n________________________________________________________________________________\n"
         "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
         f"Join the meeting now<{url}>\n"
         f"Meeting ID: {meeting_id}\nPasscode: {passcode}\n")
    if dial:
        t += ("________________________________\nDial in by phone\n"
              f"{dial[0]},,{dial[1].replace(' ', '')}# United States, Honolulu\n"
              "Find a local number<https://dialin.teams.microsoft.com/8b0d3f2e-7c41-4a8d-9e36-5f1b2c7d9a04?id="
              f"{dial[1].replace(' ', '')}>\nPhone conference ID: {dial[1]}#\n")
    t += (f"For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={org}"
          f"&tenantId={tenant}&threadId=19_meeting_{thread}@thread.v2&messageId=0&language=en-US>\n"
          "________________________________________________________________________________\n")
    return t, url


def outlook_invite(*, frm, to, cc=(), subject, date, msgid, thread_index, when_line, where, body,
                   teams=None, organizer, attendees, uid, dtstart, dtend, tzid, tz_block, dtstamp,
                   seq=0, method="REQUEST", boundary, received, rrule=None, extra_hdrs=()):
    """Exchange Online meeting request: multipart/alternative text/plain + text/html + text/calendar."""
    cancel = method == "CANCEL"
    plain = f"When: {when_line}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    if teams:
        plain += "\n" + teams[0]
    vevent = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    vevent += tz_block
    vevent += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    vevent += [att(n, a) for n, a in attendees]
    vevent += [f"DESCRIPTION;LANGUAGE=en-US:{esc(plain)}"]
    if rrule:
        vevent += [f"RRULE:{rrule}"]
    vevent += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
               f"DTSTART;TZID={tzid}:{loc(dtstart)}", f"DTEND;TZID={tzid}:{loc(dtend)}",
               "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zu(dtstamp)}", "TRANSP:OPAQUE",
               f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
               f"LOCATION;LANGUAGE=en-US:{esc(where)}",
               f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
               f"X-MICROSOFT-CDO-OWNERAPPTID:{abs(hash_int(uid)) % 2000000000}",
               f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
               f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
               "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if rrule else "0")]
    if teams:
        vevent += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams[1]}",
                   'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    vevent += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
               "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(where)}"]
    if not cancel:
        vevent += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                   "END:VALARM"]
    vevent += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(vevent)
    pairs = [("Delivered-To", OWNER), ("Received", received), ("Return-Path", f"<{frm[1]}>"),
             ("From", A(*frm)), ("To", ", ".join(A(*t) for t in to))]
    if cc:
        pairs.append(("CC", ", ".join(A(*c) for c in cc)))
    pairs += [("Subject", H(subject)), ("Thread-Topic", H(subject.split(": ", 1)[-1] if cancel else subject)),
              ("Thread-Index", thread_index), ("Date", rfc(date)), ("Message-ID", msgid),
              ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage")]
    if cancel:
        pairs += [("Importance", "high"), ("X-Priority", "1")]
    pairs += list(extra_hdrs) + [("x-ms-publictraffictype", "Email"), ("MIME-Version", "1.0")]
    ent = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(plain, "outlook"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    return eml(pairs, ent)


def hash_int(s):
    # deterministic (unlike hash()): simple FNV-1a
    h = 0xcbf29ce484222325
    for ch in s.encode():
        h = ((h ^ ch) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


# ----------------------------------------------------------------------------- Google Calendar invitations
def gdate(dt):
    """'Thursday Oct 29, 2026 ⋅ 11am' pieces in the owner's (Honolulu) calendar zone."""
    return f"{DAYS[dt.weekday()]} {dt.strftime('%b')} {dt.day}, {dt.year}"


def google_invite(*, organizer, guests, title, start, end, description, uid, seq, date, msgid, boundary,
                  meet=None, location="", kind="new", created, eid):
    """Google Calendar invitation as delivered to an owner whose calendar is set to Honolulu time."""
    s, e = start.astimezone(HNL), end.astimezone(HNL)
    subj_when = f"{s.strftime('%a')} {s.strftime('%b')} {s.day}, {s.year} {h12(s, True)} - {h12(e, True)} (HST)"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "cancel": "Canceled event"}[kind]
    subject = f"{prefix}: {title} @ {subj_when} ({OWNER})"
    when = f"{gdate(s)} ⋅ {h12(s, True)} – {h12(e, True)}"
    tzline = "Hawaii-Aleutian Standard Time - Honolulu"
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjAjZ&ctz=Pacific%2FHonolulu&hl=en&es=1"
    lines = []
    if kind == "updated":
        lines += ["This event has been updated", "Changed: date & time", ""]
    if kind == "cancel":
        lines += ["This event has been canceled.", ""]
    lines += [title, when, tzline, ""]
    if location:
        lines += ["Location", location, f"https://www.google.com/maps/search/{location.replace(' ', '+')}?hl=en", ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet[0]}", "", "Join by phone",
                  f"(US) {meet[1]} PIN: {meet[2]}#", "", "More phone numbers",
                  f"https://tel.meet/{meet[0]}?pin={meet[2].replace(' ', '')}", ""]
    if description:
        lines += [description, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, a, _ in guests:
        lines.append(f"{n} - organizer" if a == organizer[1] else (n or a))
        if n:
            lines.append(a)
    lines += [f"View all guest info {view}", "", f"Reply for {OWNER} and view more details {view}",
              "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving "
              "future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be "
              "added to the guest list, invite others regardless of their own invitation status, or modify "
              "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding", ""]
    plain = "\n".join(lines)
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    cal_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
                 f"DTSTART:{zu(start)}", f"DTEND:{zu(end)}", f"DTSTAMP:{zu(date)}",
                 f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, a, ps in guests:
        cal_lines.append(att(n or a, a, ps, google=True))
    desc_ics = description
    if meet:
        desc_ics += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Join with Google Meet: https://meet.google.com/{meet[0]}\n"
                     f"Or dial: {meet[1]} PIN: {meet[2]}#\n"
                     "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
                     "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal_lines += [f"X-MICROSOFT-CDO-OWNERAPPTID:-{hash_int(uid) % 2000000000}", f"CREATED:{zu(created)}",
                  f"DESCRIPTION:{esc(desc_ics)}", f"LAST-MODIFIED:{zu(date)}", f"LOCATION:{esc(location)}",
                  f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if kind == 'cancel' else 'CONFIRMED'}",
                  f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    if meet:
        cal_lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet[0]}")
    if kind != "cancel":
        cal_lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                      "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    cal_lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(cal_lines)
    html_body = ('<!doctype html><html><head><meta charset="utf-8"></head><body>'
                 '<div itemscope itemtype="http://schema.org/InformAction"><span itemprop="name" '
                 'content="View event"></span></div>\n<table role="presentation" style="width:100%">'
                 f'<tr><td><h2 style="font-size:22px;font-weight:400">{html.escape(title)}</h2>'
                 f'<div>{html.escape(when)} ({html.escape(tzline)})</div>'
                 + (f"<div>{html.escape(location)}</div>" if location else "")
                 + (f'<div><a href="https://meet.google.com/{meet[0]}">Join with Google Meet</a></div>' if meet else "")
                 + "<div>" + html.escape(description).replace("\n", "<br>") + "</div>"
                 + "<div><b>Guests</b><br>" + "<br>".join(html.escape(n or a) for n, a, _ in guests) + "</div>"
                 + f'<div><a href="{html.escape(view)}">View all guest info</a></div>'
                 + "</td></tr></table>\n<p style=\"font-size:12px;color:#70757a\">Invitation from Google Calendar</p>"
                 "</body></html>\n")
    pairs = [("Delivered-To", OWNER),
             ("Received", f"by 2002:a05:7300:5c0c:b0:1a2:{hash_int(msgid) % 9999:04x}:0 with SMTP id "
                          f"{msgid[10:22]}; {rfc(date)}"),
             ("Return-Path", f"<{organizer[1]}>"),
             ("MIME-Version", "1.0"), ("Reply-To", A(*organizer)),
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Auto-Submitted", "auto-generated"), ("Message-ID", msgid), ("Date", rfc(date)),
             ("Subject", H(subject)), ("From", A(*organizer)), ("To", OWNER)]
    ent = multi("mixed", boundary, [
        multi("alternative", boundary.replace("0000000000", "0000000001", 1), [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
            leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "7bit" if cal.isascii() else "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="invite.ics"')]),
    ])
    return eml(pairs, ent)


# ----------------------------------------------------------------------------- plain mails
def gmail_msg(*, frm, to, cc=(), subject, date, msgid, text, boundary, in_reply_to=None, references=None,
              delivered=OWNER, reply_to=None, received=None, extra=()):
    pairs = [("Delivered-To", delivered)]
    if received:
        pairs.append(("Received", received))
    pairs += [("MIME-Version", "1.0"), ("Date", rfc(date))]
    if references:
        pairs.append(("References", references))
    if in_reply_to:
        pairs.append(("In-Reply-To", in_reply_to))
    pairs += [("Message-ID", msgid), ("Subject", H(subject)), ("From", A(*frm)),
              ("To", ", ".join(A(*t) for t in to))]
    if cc:
        pairs.append(("Cc", ", ".join(A(*c) for c in cc)))
    if reply_to:
        pairs.append(("Reply-To", A(*reply_to)))
    pairs += list(extra)
    ent = multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', to_html(text, "gmail"), "quoted-printable"),
    ])
    return eml(pairs, ent)


def outlook_msg(*, frm, to, cc=(), subject, date, msgid, thread_index, text, boundary, in_reply_to=None,
                references=None, received, extra=()):
    pairs = [("Delivered-To", OWNER), ("Received", received), ("Return-Path", f"<{frm[1]}>"),
             ("From", A(*frm)), ("To", ", ".join(A(*t) for t in to))]
    if cc:
        pairs.append(("CC", ", ".join(A(*c) for c in cc)))
    pairs += [("Subject", H(subject)), ("Thread-Topic", H(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "Re:") else subject)),
              ("Thread-Index", thread_index), ("Date", rfc(date)), ("Message-ID", msgid)]
    if references:
        pairs.append(("References", references))
    if in_reply_to:
        pairs.append(("In-Reply-To", in_reply_to))
    pairs += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", "")] + list(extra) + [("MIME-Version", "1.0")]
    ent = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text, "outlook"), "quoted-printable"),
    ])
    return eml(pairs, ent)


def quote(text):
    return "\n".join(">" if not l else "> " + l for l in text.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------- labels
def IV(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def LABEL(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ============================================================================= cases
KOOLAU = "Koʻolau Pacific Medical Center"


@case
def c01():
    cid = "b231-01-workday-koolau-phone-screen"
    sent = at(UTC, 2026, 9, 14, 20, 12, 33)
    wd(sent.astimezone(HNL), "Monday")
    start = off(at(HNL, 2026, 9, 17, 9, 0), "-10:00")
    end = at(HNL, 2026, 9, 17, 9, 30)
    wd(start, "Thursday")
    rec = ("Kawika Palakiko", "kawika.palakiko@koolaupacific.example")
    role = "Registered Nurse - Intensive Care Unit (Full-Time, Nights)"
    text = f"""Aloha Noelani,

Thank you for your interest in the {role} position (R-0041187) at {KOOLAU}. We are pleased to invite you to the next step in our hiring process, a phone screen with our nurse recruiting team.

Interview Details
Position: {role}
Date: {longdate(start)}
Time: 9:00 AM - 9:30 AM Hawaii Time (GMT-10:00)
Format: Phone call. Your interviewer will call the mobile number listed on your application.
Interviewer: {rec[0]}, RN - Nurse Recruiter ({rec[1]})

Please have your current Hawaii RN license number, BLS/ACLS expiration dates and CCRN status (if applicable) handy. A calendar file is attached for your convenience.

Need to reschedule? Contact your recruiter directly at the address above. Please do not reply to this message; this mailbox is not monitored.

Mahalo,
Talent Acquisition
{KOOLAU} | Kāneʻohe, Oʻahu

View this task in Workday: https://wd5.myworkday.com/koolaupacific/d/inst/15$158872/9925$41187.htmld
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Workday Recruiting//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:wd-interview-41187-7f3c2a90d81e@myworkday.com", f"DTSTAMP:{zu(sent)}",
               f"DTSTART:{zu(start)}", f"DTEND:{zu(end)}",
               f"SUMMARY:{esc('Phone Screen - ' + role)}",
               f"DESCRIPTION:{esc('Phone screen with ' + rec[0] + ', Nurse Recruiter. The interviewer will call your mobile number.')}",
               "LOCATION:Phone", f"ORGANIZER;CN={esc(KOOLAU)}:mailto:koolaupacific@myworkday.com",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    pairs = [("Delivered-To", OWNER),
             ("Received", "from wd5-mta-02.myworkday.com (wd5-mta-02.myworkday.com [198.51.100.27]) by mx.example.com "
                          f"with ESMTPS id 4f9QkT1x2Zz9sWb for <{OWNER}>; {rfc(sent)}"),
             ("Return-Path", "<bounce-41187@myworkday.com>"),
             ("Date", rfc(sent)), ("From", A(KOOLAU, "koolaupacific@myworkday.com")),
             ("To", A(OWNER_NAME, OWNER)),
             ("Message-ID", "<1789431153218.33901.JavaMail.wdprod@wd5-prod-app-44>"),
             ("Subject", H(f"Interview Scheduled: {role}")),
             ("MIME-Version", "1.0"), ("X-Workday-Tenant", "koolaupacific")]
    ent = multi("mixed", "----=_Part_33901_1174882051.1789431153218", [
        multi("alternative", "----=_Part_33902_620118734.1789431153218", [
            leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            leaf("text/html; charset=UTF-8", to_html(text, "vendor"), "quoted-printable"),
        ]),
        leaf('text/calendar; charset=UTF-8; name="Interview.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="Interview.ics"')]),
    ])
    items = [("01-workday-interview-scheduled.eml", eml(pairs, ent))]
    lab = LABEL([IV(KOOLAU, role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "easy", "positive/workday-ats",
                "Workday notification from a no-reply tenant address; the recruiter conducts the screen and his "
                "address is in the body. 9:00-9:30 HST, ICS attachment in UTC.")
    return cid, items, lab


@case
def c02():
    cid = "b231-02-acls-bls-recert-class"
    sent = at(UTC, 2026, 9, 8, 18, 4, 51)
    start = at(HNL, 2026, 9, 29, 7, 30)
    end = at(HNL, 2026, 9, 29, 11, 30)
    wd(start, "Tuesday")
    org = ("Aileen Cabral", "acabral@nuuanugeneral.example")
    subject = "REQUIRED: ACLS/BLS Renewal - Skills Check-off & Megacode Testing (ICU)"
    body = """Aloha ICU team,

Our records show your AHA ACLS and/or BLS Provider cards expire on or before 10/31/2026. Per policy NUR-114 every ICU RN must hold current cards, and we have reserved a seat for you in the session below.

Before class: complete HeartCode ACLS Part 1 online and bring your completion certificate (paper or phone).

What to expect:
- BLS adult/infant CPR skills check-off with an AHA instructor
- ACLS megacode testing: each of you will be evaluated as team leader on one scenario
- Written exam (open resource), 50 questions

This is mandatory paid education time. Please clock in with the EDU pay code in Kronos; if you are scheduled on the unit that day, your charge nurse already has you off the grid from 0730-1130.

If you cannot attend, reply to me by 9/18 so I can move you to the October 13 session. Missing both sessions means being pulled from the schedule until you're current.

Mahalo,
Aileen Cabral, MSN, RN, CCRN-K
Clinical Nurse Educator - Critical Care
Nuʻuanu General Hospital | Clinical Education Dept.
(808) 555-0148
"""
    attendees = [(OWNER_NAME, OWNER), ("Dwayne Kalua", "dkalua@nuuanugeneral.example"),
                 ("Sienna Castro-Ng", "scastrong@nuuanugeneral.example")]
    item = outlook_invite(
        frm=org, to=[(n, a) for n, a in attendees], subject=subject, date=sent,
        msgid="<SJ0PR11MB5087C4F1E92D44A08B76C3D1A2F71@SJ0PR11MB5087.namprd11.prod.outlook.com>",
        thread_index="AdxB3Fq8mUwz2eR1TkGm4nH9b0cYPQ==",
        when_line="Tuesday, September 29, 2026 7:30 AM-11:30 AM (UTC-10:00) Hawaii.",
        where="Education Center Rm 210 (Makai Tower, 2nd floor)", body=body, organizer=org,
        attendees=attendees, uid="040000008200E00074C5B7101A82E00800000000D1C2A0E8F43BDC01000000000000000010000000A83F0E7C4B1D2E49B5C4F02A7E913D61",
        dtstart=start, dtend=end, tzid="Hawaiian Standard Time", tz_block=WIN_HST, dtstamp=sent,
        boundary="_000_SJ0PR11MB5087C4F1E92D44A08B76C3D1A2F71SJ0PR11MB5087namp_",
        received="from SJ0PR11MB5087.namprd11.prod.outlook.com (2603:10b6:a03:2d6::9) by "
                 f"BY5PR11MB4070.namprd11.prod.outlook.com with HTTPS; {rfc(sent)}")
    items = [("01-acls-bls-renewal-invite.eml", item)]
    lab = LABEL([], "medium", "negative/mandatory-training",
                "Mandatory ACLS/BLS recertification class at the owner's current employer (Outlook invite, "
                "Hawaiian Standard Time). 'evaluated', 'testing', 'check-off' vocabulary but not a job interview.")
    return cid, items, lab


@case
def c03():
    cid = "b231-03-travel-recruiter-texts-1pm-pacific"
    sent = off(at(LA, 2026, 10, 13, 8, 41, 7), "-07:00")
    wd(sent, "Tuesday")
    start = off(at(LA, 2026, 10, 15, 13, 0), "-07:00")
    end = at(LA, 2026, 10, 15, 13, 20)
    wd(start, "Thursday")
    assert start.astimezone(HNL).hour == 10
    rec = ("Brianna Castillo", "brianna.castillo@tidelinetravel.example")
    text = f"""Aloha Noelani!! 🌺

Pasting our texts from last night below so you have everything in one place (I know iMessage eats stuff). Submission details + manager info at the bottom.

---------- texts ----------
[Mon 10/12, 4:55 PM] Brianna: OMG Rainier Vista's CVICU manager wants to interview you!! 🙌
[Mon 10/12, 4:56 PM] Brianna: She can do Thursday 10/15 at 1pm Pacific, 20 min phone call. That work??
[Mon 10/12, 5:09 PM] Noelani: Yesss I'm off Thursday. Should I expect a Seattle number?
[Mon 10/12, 5:12 PM] Brianna: Yep she'll call your cell from a 206 number. Her name is Tamsin Greer. Locked in ✅
[Mon 10/12, 5:12 PM] Brianna: She likes to ask about CRRT + Impella experience so have examples ready
[Mon 10/12, 5:20 PM] Noelani: 🤙 mahalo!!
---------------------------

CONFIRMED
Facility: Rainier Vista Medical Center - Seattle, WA
Unit: CVICU, 13 weeks, nights (3x12), start 11/30
Interview: Thursday 10/15, 1:00 PM Pacific, phone, ~20 min
Interviewer: Tamsin Greer, RN - Nurse Manager, CVICU

If anything changes just text me. After the call, text me how it went so I can push for a fast offer - Seattle units book up fast before the holidays.

Brianna Castillo
Senior Travel Nurse Recruiter | TideLine Travel Nursing
c: (619) 555-0137 (text anytime!)
{rec[1]}
"""
    item = gmail_msg(frm=rec, to=[(OWNER_NAME, OWNER)], subject="Rainier Vista CVICU - interview set!! (our texts below)",
                     date=sent, msgid="<CAH7r2Lx0vQ9PZf3bY1gXnW5c+8eTqK4u_mAJd6sR1oVw2yN3hQ@mail.gmail.com>",
                     text=text, boundary="0000000000008a91c30624f7b1e2",
                     received=f"by 2002:a17:90b:3e8d:b0:2e2:c41a:77f1 with SMTP id rq13csp2285141pjb; {rfc(sent)}")
    items = [("01-recruiter-pasted-texts.eml", item)]
    lab = LABEL([IV("Rainier Vista Medical Center", "Travel RN - CVICU (13 weeks, nights)", start, end, "scheduled",
                    [], [rec[1]], "hiring_manager")],
                "hard", "positive/pasted-texts-pacific",
                "Travel recruiter pastes an SMS thread; interview is the facility manager's phone call, "
                "'1pm Pacific' on Thu Oct 15 (PDT, UTC-7) = 10:00 HST. Manager has no address in the case, so "
                "followup goes to the recruiter who corresponded. Company = the facility conducting the interview.")
    return cid, items, lab


@case
def c04():
    cid = "b231-04-charge-nurse-huddle-panel-signup"
    sent = at(UTC, 2026, 10, 1, 3, 18, 40)
    first = at(HNL, 2026, 10, 1, 6, 45)
    wd(first, "Thursday")
    org = ("Monique Fale", "mfale@nuuanugeneral.example")
    subject = "ICU Charge RN Huddle (weekly)"
    body = """Aloha charge nurses,

Moving our huddle to Thursdays at 0645 before day shift report, starting this week. 15 minutes, standing, at the charge desk. Night charge: please stay for it.

Standing agenda
1. Census / staffing for the next 72 hours, float pool asks
2. Sepsis bundle + CLABSI audit results
3. Equipment issues (CRRT machine #2 is still out)

This week also:
4. Interview panel sign-up - we're interviewing new-grad residency applicants Oct 20-22 and I need two charge RNs on every panel. Candidates rotate through a 30-min panel with me + two of you. I'll bring the interview guide and scoring rubric; please come ready to say which slots you can cover.

Teams link is for anyone at home on call.

Monique Fale, MSN, RN
Nurse Manager, Intensive Care Unit
Nuʻuanu General Hospital
"""
    teams = teams_block("283 611 045 972", "Ru4aQ9", "NjM1ZTA3YjItYzE4Ny00ODEwLWE0ZDEtNDNhMTY2MmRlNWI1",
                        "4d2b8f6e-1a37-4c58-9e0f-7b3c51a2d9e6", "9f1c0a3e-6b25-4d71-8c44-2e7b5f3a1d08",
                        dial=("+1 808-555-0190", "729 441 308"))
    attendees = [("ICU Charge RNs", "icu-charge-rns@nuuanugeneral.example")]
    item = outlook_invite(
        frm=org, to=attendees, subject=subject, date=sent,
        msgid="<BYAPR11MB3221E0A9F7C43B1D5E62A84FC3B92@BYAPR11MB3221.namprd11.prod.outlook.com>",
        thread_index="AdxRb1c0Zk2QvX7LSS2nT1vLq9YhMw==",
        when_line="Occurs every Thursday effective 10/1/2026 from 6:45 AM to 7:00 AM (UTC-10:00) Hawaii.",
        where="ICU Charge Desk / Microsoft Teams Meeting", body=body, teams=teams, organizer=org,
        attendees=attendees, uid="040000008200E00074C5B7101A82E0080000000072F6A1D3E53BDC01000000000000000010000000C15D2B7E8A4F3C41A6E09D7B2F18C4A3",
        dtstart=first, dtend=at(HNL, 2026, 10, 1, 7, 0), tzid="Hawaiian Standard Time", tz_block=WIN_HST,
        dtstamp=sent, rrule="FREQ=WEEKLY;BYDAY=TH;WKST=SU",
        boundary="_000_BYAPR11MB3221E0A9F7C43B1D5E62A84FC3B92BYAPR11MB3221namp_",
        received="from BYAPR11MB3221.namprd11.prod.outlook.com (2603:10b6:a03:7c::28) by "
                 f"MW4PR11MB5798.namprd11.prod.outlook.com with HTTPS; {rfc(sent)}")
    items = [("01-charge-rn-huddle-series.eml", item)]
    lab = LABEL([], "hard", "negative/user-is-interviewer",
                "Recurring charge-nurse huddle at the owner's current hospital (Teams, Hawaiian Standard Time, RRULE). "
                "Agenda asks charge RNs to sit on new-grad interview panels: the owner would be an interviewer, "
                "and the huddle itself is an internal meeting.")
    return cid, items, lab


HALEAKALA = "Haleakalā Regional Hospital"


@case
def c05():
    cid = "b231-05-maui-panel-plus-unit-shadow-onsite"
    coord = ("Kehaulani Kaupu", "kehaulani.kaupu@haleakala-regional.example")
    panel = [("Pualani Kamakea", "pualani.kamakea@haleakala-regional.example"),
             ("Marcus Ferreira", "marcus.ferreira@haleakala-regional.example"),
             ("Ginger Tavares", "ginger.tavares@haleakala-regional.example")]
    shadow = ("Ikaika Nāone", "ikaika.naone@haleakala-regional.example")
    p_start, p_end = at(HNL, 2026, 10, 8, 8, 30), at(HNL, 2026, 10, 8, 10, 0)
    s_start, s_end = at(HNL, 2026, 10, 8, 10, 15), at(HNL, 2026, 10, 8, 12, 0)
    wd(p_start, "Thursday")
    sent1 = at(UTC, 2026, 10, 1, 0, 37, 12)  # Wed Sep 30 14:37 HST
    wd(sent1.astimezone(HNL), "Wednesday")
    sent2 = at(UTC, 2026, 10, 1, 0, 52, 3)
    sent3 = at(UTC, 2026, 10, 1, 0, 55, 41)
    role = "Registered Nurse - ICU (Full-Time, Days)"
    text1 = f"""Aloha Noelani,

Mahalo for your patience while we lined up everyone's schedules! Here is your itinerary for your onsite interview for the {role} position at {HALEAKALA} on Thursday, October 8, 2026 (all times Hawaii time):

8:30 - 10:00 AM - Nurse manager panel, 3 West Conference Room
    Pualani Kamakea, MSN, RN - ICU Nurse Manager
    Marcus Ferreira, BSN, RN, CCRN - Assistant Nurse Manager
    Ginger Tavares, MSN, RN - Clinical Nurse Educator, Critical Care (joining by Teams from Kula)
10:00 - 10:15 AM - Break / quick badge photo with me
10:15 AM - 12:00 PM - ICU unit shadow with Ikaika Nāone, RN (day-shift charge nurse)

For the shadow please wear scrubs and closed-toe shoes. Ikaika shares her impressions with the panel afterward, so treat it as part of your interview, not just a tour.

We're about 15 minutes from Kahului Airport (OGG). We reimburse one round-trip interisland ticket from Honolulu; just keep your receipt and send it to me. Parking is free in the Lot C visitor stalls. Separate calendar invites for the panel and the shadow are coming from me in a few minutes.

Mahalo nui,
Kehaulani Kaupu
Talent Acquisition Coordinator | {HALEAKALA}
Wailuku, Maui | (808) 555-0173
{coord[1]}
"""
    m1 = outlook_msg(frm=coord, to=[(OWNER_NAME, OWNER)], subject="Onsite interview itinerary - ICU RN - Thursday 10/8",
                     date=sent1, msgid="<CH3PR19MB7414B8A2D0E15C6F93A7B40E1C2D8@CH3PR19MB7414.namprd19.prod.outlook.com>",
                     thread_index="AdxRjQ2w9Yb3LmU0QpK8vN1cT4eZfg==", text=text1,
                     boundary="_000_CH3PR19MB7414B8A2D0E15C6F93A7B40E1C2D8CH3PR19MB7414namp_",
                     received="from CH3PR19MB7414.namprd19.prod.outlook.com (2603:10b6:610:14c::6) by "
                              f"DM6PR19MB4011.namprd19.prod.outlook.com with HTTPS; {rfc(sent1)}")
    body2 = f"""Aloha Noelani,

Calendar hold for your nurse manager panel. Pualani and Marcus will be in the room with you; Ginger joins on Teams (link below), and we'll have her up on the screen.

Expect clinical scenario questions (sepsis, post-op cardiac, CRRT troubleshooting) and a few behavioral ones.

Kehaulani
"""
    teams = teams_block("241 760 398 115", "Hk8vT2", "ZDM5MjhmMDQtNGE3Yi00YjQ2LTk2ZDEtYTJlMzA1NTc3Yjkx",
                        "b7e21c4d-59a0-4f3e-8d16-0c9a2e5f7b31", "6a0d3f1b-2e84-4c97-b5a1-f38c7e20d914",
                        dial=("+1 808-555-0166", "381 902 664"))
    m2 = outlook_invite(
        frm=coord, to=[(OWNER_NAME, OWNER)] + panel, subject="Panel Interview - Noelani Akana - ICU RN", date=sent2,
        msgid="<CH3PR19MB74140F5D3B2A48E9C61D7A23B9E40@CH3PR19MB7414.namprd19.prod.outlook.com>",
        thread_index="AdxRjSx1VfQ0c2kqTZSh7dZ1aP0mXw==",
        when_line="Thursday, October 8, 2026 8:30 AM-10:00 AM (UTC-10:00) Hawaii.",
        where="3 West Conference Room, Haleakalā Regional Hospital; Microsoft Teams Meeting", body=body2, teams=teams,
        organizer=coord, attendees=[(OWNER_NAME, OWNER)] + panel,
        uid="040000008200E00074C5B7101A82E00800000000A4D7C2F1E83FDC01000000000000000010000000E92B71C4D0A65F4B8C3E17A9D4F2B806",
        dtstart=p_start, dtend=p_end, tzid="Hawaiian Standard Time", tz_block=WIN_HST, dtstamp=sent2,
        boundary="_000_CH3PR19MB74140F5D3B2A48E9C61D7A23B9E40CH3PR19MB7414namp_",
        received="from CH3PR19MB7414.namprd19.prod.outlook.com (2603:10b6:610:14c::6) by "
                 f"DM6PR19MB4011.namprd19.prod.outlook.com with HTTPS; {rfc(sent2)}")
    body3 = f"""Aloha Noelani,

Hold for your unit shadow right after the panel. Meet Ikaika at the ICU front desk (3 West). You'll follow her charge assignment, sit in on the 1030 safety huddle, and have time to ask staff questions.

Kehaulani
"""
    m3 = outlook_invite(
        frm=coord, to=[(OWNER_NAME, OWNER), shadow], subject="ICU Unit Shadow - Noelani Akana (RN candidate)",
        date=sent3, msgid="<CH3PR19MB7414D61C8E2F03A7B59E4C10F7A25@CH3PR19MB7414.namprd19.prod.outlook.com>",
        thread_index="AdxRjVh3oK0dQ0x4R4a1j2N8u5cGHA==",
        when_line="Thursday, October 8, 2026 10:15 AM-12:00 PM (UTC-10:00) Hawaii.",
        where="ICU, 3 West - Haleakalā Regional Hospital", body=body3, organizer=coord,
        attendees=[(OWNER_NAME, OWNER), shadow],
        uid="040000008200E00074C5B7101A82E008000000003B8E1F0A2C84DC01000000000000000010000000F17A3C9E2D4B6A48A02E5C81B7D9F314",
        dtstart=s_start, dtend=s_end, tzid="Hawaiian Standard Time", tz_block=WIN_HST, dtstamp=sent3,
        boundary="_000_CH3PR19MB7414D61C8E2F03A7B59E4C10F7A25CH3PR19MB7414namp_",
        received="from CH3PR19MB7414.namprd19.prod.outlook.com (2603:10b6:610:14c::6) by "
                 f"DM6PR19MB4011.namprd19.prod.outlook.com with HTTPS; {rfc(sent3)}")
    items = [("01-itinerary-from-coordinator.eml", m1), ("02-invite-nurse-manager-panel.eml", m2),
             ("03-invite-icu-unit-shadow.eml", m3)]
    ivs = [a for _, a in panel] + [shadow[1]]
    lab = LABEL([IV(HALEAKALA, role, p_start, s_end, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-loop",
                "Same-day onsite on Maui: nurse-manager panel 8:30-10:00 + unit shadow 10:15-12:00 HST, announced by "
                "itinerary mail and two Exchange invites with 'Hawaiian Standard Time' TZIDs -> ONE onsite 8:30-12:00. "
                "The shadow host is counted as an interviewer because the itinerary says her impressions feed the "
                "panel; the coordinator only schedules.")
    return cid, items, lab


@case
def c06():
    cid = "b231-06-family-care-conference-gcal"
    start = at(HNL, 2026, 10, 2, 14, 0)
    end = at(HNL, 2026, 10, 2, 15, 0)
    wd(start, "Friday")
    sw = ("Ruth Kanoho", "ruth.kanoho@nuuanugeneral.example")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3551870042981000\"",
        "id": "4q0r7mte2b1k9c8hvd6s5plg3a",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NHEwcjdtdGUyYjFrOWM4aHZkNnM1cGxnM2Egbm9lbGFuaS5ha2FuYS5ybkBleGFtcGxlLmNvbQ",
        "created": "2026-09-30T21:02:44.000Z",
        "updated": "2026-09-30T21:17:01.490Z",
        "summary": "Family Care Conference - ICU Rm 12",
        "description": ("Goals-of-care meeting with the patient's wife and two sons (one flying in from Hilo).\n"
                        "Present: Dr. A. Feldman (intensivist), Dr. J. Kuo (palliative), bedside RN, chaplain, SW.\n\n"
                        "Family specifically asked that the bedside nurse who has been caring for him be there - "
                        "Noelani, you're on days Fri so I've added you.\n"
                        "I'll do a short pre-meeting interview with the family at 1:30 to go over their questions so "
                        "we use the hour well. Please bring the latest vent settings and the drip summary.\n\n"
                        "Location: 4th floor family consult room (next to ICU waiting)."),
        "location": "ICU Family Consult Room, 4th floor, Nuʻuanu General Hospital",
        "creator": {"email": sw[1], "displayName": sw[0]},
        "organizer": {"email": sw[1], "displayName": sw[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Honolulu"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Honolulu"},
        "iCalUID": "4q0r7mte2b1k9c8hvd6s5plg3a@google.com",
        "sequence": 1,
        "attendees": [
            {"email": sw[1], "displayName": sw[0], "organizer": True, "responseStatus": "accepted"},
            {"email": "afeldman@nuuanugeneral.example", "displayName": "Aaron Feldman, MD", "responseStatus": "accepted"},
            {"email": "jkuo@nuuanugeneral.example", "displayName": "Jennifer Kuo, MD", "responseStatus": "tentative"},
            {"email": "spiritualcare@nuuanugeneral.example", "displayName": "Spiritual Care", "responseStatus": "needsAction"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 30}]},
        "eventType": "default",
    }
    items = [("01-family-care-conference.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")]
    lab = LABEL([], "medium", "negative/clinical-meeting",
                "Calendar API event for a patient family goals-of-care conference the owner attends as bedside RN; "
                "mentions a 'pre-meeting interview' with the family. Not a job interview.")
    return cid, items, lab


WILLAMETTE = "Willamette Summit Health"


@case
def c07():
    cid = "b231-07-portland-gcal-reschedule-across-dst"
    mgr = ("Dana Whitcomb", "dwhitcomb@willamettesummit.example")
    title = "Interview: Noelani Akana - RN, Adult ICU (Nights)"
    s1, e1 = off(at(LA, 2026, 10, 29, 14, 0), "-07:00"), at(LA, 2026, 10, 29, 14, 45)
    s2, e2 = off(at(LA, 2026, 11, 5, 14, 0), "-08:00"), at(LA, 2026, 11, 5, 14, 45)
    wd(s1, "Thursday")
    wd(s2, "Thursday")
    assert s1.astimezone(HNL).hour == 11 and s2.astimezone(HNL).hour == 12
    sent1 = at(LA, 2026, 10, 21, 11, 33, 12)
    sent2 = at(LA, 2026, 10, 27, 16, 2, 55)
    sent3 = at(LA, 2026, 10, 27, 16, 6, 20)
    wd(sent2, "Tuesday")
    desc = ("Video interview for the RN - Adult ICU (Nights) position at Willamette Summit Health, Portland OR.\n"
            "You'll meet with Dana Whitcomb, ICU Nurse Manager. Times are Pacific: 2:00-2:45 PM PT.\n"
            "Please have your unit census/ratio examples and a copy of your resume handy.")
    guests = [(mgr[0], mgr[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    m1 = google_invite(organizer=mgr, guests=guests, title=title, start=s1, end=e1, description=desc,
                       uid="1d7fq0b3k2m9x4v8c6n5p2r0ts@google.com", seq=0, date=sent1.astimezone(UTC),
                       msgid="<calendar-5b7c0e2a-91d4-4f3b-8a6e-2c1d9f70b843@google.com>",
                       boundary="0000000000004c1e9a0625a1d7f3", meet=("kdv-qxpe-wnm", "+1 503-555-0118", "604 771 392"),
                       created=sent1.astimezone(UTC), eid="MWQ3ZnEwYjNrMm05eDR2OGM2bjVwMnIwdHMgbm9lbGFuaQ")
    text2 = """Aloha Noelani (I hope I'm using that right!),

I'm so sorry to do this - I've been pulled in to cover charge on the 29th, and I'd rather not interview you with one eye on the unit. Could we push our video interview one week, to Thursday 11/5, same time (2:00 Pacific)?

Heads up that we fall back on November 1, so 2:00 here will be noon for you in Honolulu instead of 11. I've gone ahead and moved the calendar invite; just let me know if it doesn't work and we'll find another time.

Thanks for your flexibility,
Dana

Dana Whitcomb, MSN, RN, CCRN
Nurse Manager, Adult ICU | Willamette Summit Health
Portland, Oregon | 503-555-0184
"""
    m2 = gmail_msg(frm=mgr, to=[(OWNER_NAME, OWNER)], subject="Our interview on Thursday - need to move it",
                   date=sent2, msgid="<CAMx4pT0k8Zr1hQ2w9VbNf7Ld3Yc5_uEa6oJi0sGq2RtW8xP1mA@mail.gmail.com>",
                   text=text2, boundary="000000000000b52d7e0625b9c041",
                   received=f"by 2002:a05:6a10:b691:b0:5a1:26f0:9c3e with SMTP id bn17csp1839312pxb; {rfc(sent2)}")
    m3 = google_invite(organizer=mgr, guests=guests, title=title, start=s2, end=e2, description=desc,
                       uid="1d7fq0b3k2m9x4v8c6n5p2r0ts@google.com", seq=1, date=sent3.astimezone(UTC),
                       msgid="<calendar-d8a2f613-47c0-4e9b-b5d2-7f3e0a61c924@google.com>",
                       boundary="000000000000e7a40b0625b9d1a8", meet=("kdv-qxpe-wnm", "+1 503-555-0118", "604 771 392"),
                       kind="updated", created=sent1.astimezone(UTC), eid="MWQ3ZnEwYjNrMm05eDR2OGM2bjVwMnIwdHMgbm9lbGFuaQ")
    items = [("01-invitation-oct29.eml", m1), ("02-manager-asks-to-move.eml", m2), ("03-updated-invitation-nov5.eml", m3)]
    lab = LABEL([IV(WILLAMETTE, "RN, Adult ICU (Nights)", s2, e2, "scheduled", [mgr[1]], [mgr[1]], "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Google invite for Thu Oct 29 2:00 PM PDT (11:00 HST) moved by e-mail + updated invitation (SEQUENCE 1) "
                "to Thu Nov 5 2:00 PM PST, after the Nov 1 DST end = 12:00 HST. Invite subjects show HST; description "
                "keeps '2:00-2:45 PM PT'. One interview at the final time.")
    return cid, items, lab


@case
def c08():
    cid = "b231-08-hna-union-unit-meeting"
    rep = ("Jolene Barut", "jbarut@hawaiinurses-local.example")
    sent = at(HNL, 2026, 9, 24, 19, 48, 2)
    start = at(HNL, 2026, 10, 6, 17, 30)
    end = at(HNL, 2026, 10, 6, 19, 0)
    wd(start, "Tuesday")
    text = f"""Aloha kākou, ICU members,

Our next HNA unit meeting for Nuʻuanu General ICU is Tuesday, October 6, 5:30-7:00 PM at the union hall on Kapiʻolani Blvd (2nd floor). Zoom for neighbor-island and on-shift folks: https://zoom.us/j/83316402958 (passcode 557120). Pupus provided. Calendar file attached.

Agenda
- Bargaining update: management's latest proposal on Article 12 (posting and filling of positions) - they want to let managers interview and hire external charge RNs before internal applicants. We need to push back.
- Staffing-ratio survey results
- Story collection: after the meeting the organizing committee will interview members (about 10 minutes each) who want to share short-staffing stories for the ratios campaign. Totally voluntary.
- Steward elections for nights

If you can't make it, reply with your proxy vote on the steward election by 10/5.

In solidarity,
Jolene Barut, RN
HNA Unit Steward - ICU
Hawaiʻi Nurses Association (OPEIU Local 50)
{rep[1]} | (808) 555-0129
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoom Video Communications//Zoom Calendar//EN",
               "METHOD:PUBLISH", *OLSON_HNL, "BEGIN:VEVENT", f"DTSTAMP:{zu(sent)}",
               f"DTSTART;TZID=Pacific/Honolulu:{loc(start)}", f"DTEND;TZID=Pacific/Honolulu:{loc(end)}",
               "SUMMARY:HNA ICU Unit Meeting - Bargaining Update", "UID:ZOOM83316402958@zoom.us",
               f"ORGANIZER;CN={rep[0]}:mailto:{rep[1]}",
               "LOCATION:HNA union hall (Kapiʻolani Blvd) / https://zoom.us/j/83316402958",
               f"DESCRIPTION:{esc('Bargaining update (Art. 12)' + chr(10) + 'staffing survey' + chr(10) + 'steward elections' + chr(10) + 'member story interviews after the meeting')}",
               "END:VEVENT", "END:VCALENDAR"])
    pairs = [("Delivered-To", OWNER),
             ("Received", f"by 2002:a05:6504:51c6:b0:2b9:8e44:41d0 with SMTP id jf6csp771404ltb; {rfc(sent.astimezone(UTC))}"),
             ("MIME-Version", "1.0"), ("Date", rfc(sent)),
             ("Message-ID", "<CAKp0sW7nB1h3eT9fY2cLq4Rz6_Vd0xUm8Gk5oJa1iNs3PwE7tQ@mail.gmail.com>"),
             ("Subject", H("HNA ICU unit meeting Tues 10/6 - bargaining update + staffing survey")),
             ("From", A(*rep)), ("To", A("HNA NGH ICU members", "ngh-icu-members@hawaiinurses-local.example")),
             ("List-ID", "<ngh-icu-members.hawaiinurses-local.example>")]
    ent = multi("mixed", "000000000000f31b6d0623e0a54c", [
        multi("alternative", "000000000000f31b6a0623e0a54a", [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
            leaf('text/html; charset="UTF-8"', to_html(text, "gmail"), "quoted-printable"),
        ]),
        leaf('text/calendar; charset="UTF-8"; name="HNA_ICU_unit_meeting.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="HNA_ICU_unit_meeting.ics"')]),
    ])
    items = [("01-hna-unit-meeting.eml", eml(pairs, ent))]
    lab = LABEL([], "medium", "negative/union-meeting",
                "Union (HNA) unit meeting with .ics; mentions managers who 'interview and hire' and member story "
                "interviews. The owner is neither a job candidate nor interviewed for a job.")
    return cid, items, lab


@case
def c09():
    cid = "b231-09-phoenix-agency-screen-arizona-time"
    rec = ("Trevor Alcott", "trevor.alcott@medvoyage.example")
    sent1 = off(at(PHX, 2026, 10, 14, 9, 22, 40), "-07:00")
    sent2 = at(PHX, 2026, 10, 16, 8, 5, 13)
    wd(sent1, "Wednesday")
    wd(sent2, "Friday")
    start = off(at(PHX, 2026, 10, 20, 11, 0), "-07:00")
    end = at(PHX, 2026, 10, 20, 11, 30)
    wd(start, "Tuesday")
    assert start.astimezone(HNL).hour == 8
    # Mountain time (Denver) is on MDT (UTC-6) that day; Arizona stays on MST (UTC-7).
    assert start.replace(tzinfo=ZoneInfo("America/Denver")).utcoffset() != start.utcoffset()
    text1 = f"""Hi Noelani,

Thanks for filling out the profile on our site! I'm the recruiter covering ICU contracts in the Phoenix metro, and with your CCRN and 6 years of Level I trauma ICU you'd be a great fit for a couple of winter contracts I'm working on (Scottsdale + Mesa, 13 weeks, nights).

Before I can submit you anywhere, I do a quick intro interview with every new traveler - 30 minutes, Zoom, we go over your experience, must-haves, pay package, and I'll explain how MedVoyage works.

Would Tuesday 10/20 or Wednesday 10/21 work? I'm open 9 to noon Arizona time both days.

Talk soon,
Trevor Alcott
Travel Nurse Recruiter - Critical Care | MedVoyage Travel Nurses
Scottsdale, AZ | 480-555-0102
"""
    reply = """Hi Trevor,

Mahalo for reaching out! Tuesday the 20th works - could we do 11 your time? I'm coming off nights Monday so the earlier slots are rough.

Noelani

Sent from my iPhone"""
    text2 = f"""Perfect - you're booked!

Intro interview: Tuesday 10/20, 11:00 AM Arizona time (MST), 30 min
Join Zoom Meeting
https://us06web.zoom.us/j/87120493318?pwd=Qk2wY7ZrT1pDbWd4cFhLa3NxR0Fvdz09
Meeting ID: 871 2049 3318
Passcode: 602144

Go get some sleep after that Monday night shift :)

Trevor Alcott
Travel Nurse Recruiter - Critical Care | MedVoyage Travel Nurses
Scottsdale, AZ | 480-555-0102

On Thu, Oct 15, 2026 at 9:47 PM Noelani Akana <{OWNER}> wrote:

{quote(reply)}

On Wed, Oct 14, 2026 at 9:22 AM Trevor Alcott <{rec[1]}> wrote:
"""
    text2 += "\n" + "\n".join(">> " + l if l else ">>" for l in text1.rstrip().split("\n")) + "\n"
    mid1 = "<CADn3xQ+7LrV0wYcPb2Eh5sTf9KmZu4J_gN1aoR8dXiW6qH0vBk@mail.gmail.com>"
    mid_r = "<5E0A7C1D-92B4-4F6E-A13C-8D2F7B4E9C61@example.com>"
    mid2 = "<CADn3xQ-2sHf8YwKq0LmT5bZr1VcN7dE_jP4uXoG9aW3iB6yRtC@mail.gmail.com>"
    m1 = gmail_msg(frm=rec, to=[(OWNER_NAME, OWNER)], subject="Quick intro call? ICU contracts in Phoenix",
                   date=sent1, msgid=mid1, text=text1, boundary="000000000000a1f0c20624e6d7b9",
                   received=f"by 2002:a05:7208:8216:b0:91:4c3e:1a0f with SMTP id k22csp902114rbb; {rfc(sent1)}")
    m2 = gmail_msg(frm=rec, to=[(OWNER_NAME, OWNER)], subject="Re: Quick intro call? ICU contracts in Phoenix",
                   date=sent2, msgid=mid2, text=text2, boundary="000000000000d09e5b0625043a71",
                   in_reply_to=mid_r, references=f"{mid1} {mid_r}",
                   received=f"by 2002:a05:7208:8216:b0:91:4c3e:1a0f with SMTP id k22csp1174430rbb; {rfc(sent2)}")
    items = [("01-recruiter-proposes-days.eml", m1), ("02-recruiter-confirms-arizona-time.eml", m2)]
    lab = LABEL([IV("MedVoyage Travel Nurses", None, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "hard", "positive/arizona-no-dst",
                "Agency recruiter's own intro interview over Zoom. '11:00 AM Arizona time (MST)' on Tue Oct 20 is UTC-7 "
                "(Arizona has no DST; Denver is UTC-6 that day) = 08:00 HST. No specific role title is stated "
                "(only 'ICU contracts'), so role is null.")
    return cid, items, lab


@case
def c10():
    cid = "b231-10-board-of-nursing-verification-call"
    frm = ("Hawaii Board of Nursing - Licensing Branch", "nursing-licensing@hbon-dcca.example")
    spec = ("Corey Nishimura", "cnishimura@hbon-dcca.example")
    sent = at(HNL, 2026, 9, 30, 13, 15, 9)
    start = at(HNL, 2026, 10, 7, 10, 15)
    end = at(HNL, 2026, 10, 7, 10, 30)
    wd(start, "Wednesday")
    text = f"""Aloha Ms. Akana,

This confirms your telephone appointment with a Licensing Specialist.

Appointment type: License Verification / Endorsement Discrepancy
License: Registered Nurse, RN-0084417
Date: Wednesday, October 7, 2026
Time: 10:15 a.m. HST (approx. 15 minutes)
Specialist: {spec[0]}, Licensing Specialist

Reason for call: The Oregon State Board of Nursing reported that the verification of your Hawaii license did not match the name on your endorsement application (middle name / hyphenation). The specialist will confirm your identity and the name of record, and then re-send the verification through Nursys.

Please have ready:
- your Hawaii RN license number and the last four digits of your SSN
- a copy of your marriage certificate or other legal name-change document, if applicable

The specialist will call the phone number on file. If you need to reschedule, reply to {spec[1]} at least one business day in advance.

Mahalo,
Licensing Branch - Board of Nursing
Professional & Vocational Licensing Division
State of Hawaiʻi

This is an automated message. Replies to this address are not monitored.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Acuity Scheduling//acuityscheduling.com//EN",
               "METHOD:REQUEST", "BEGIN:VEVENT", "UID:hbon-appt-1188274@hbon-dcca.example", f"DTSTAMP:{zu(sent)}",
               f"DTSTART:{zu(start)}", f"DTEND:{zu(end)}",
               "SUMMARY:HI Board of Nursing - License Verification Call (Phone)",
               f"DESCRIPTION:{esc('Licensing Specialist ' + spec[0] + ' will call you. Appointment type: License Verification / Endorsement Discrepancy.')}",
               "LOCATION:Phone", f"ORGANIZER;CN=Hawaii Board of Nursing:mailto:{frm[1]}",
               att(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    pairs = [("Delivered-To", OWNER),
             ("Received", f"from mail-relay.hbon-dcca.example (mail-relay.hbon-dcca.example [203.0.113.44]) by mx.example.com with ESMTPS id 4fS1bq0Wkdz1rT for <{OWNER}>; {rfc(sent)}"),
             ("Date", rfc(sent)), ("From", A(*frm)), ("Reply-To", A(*spec)), ("To", OWNER),
             ("Message-ID", "<20260930231509.1188274.appt@hbon-dcca.example>"),
             ("Subject", "Appointment Confirmed: License Verification Call - Wed Oct 7, 10:15 a.m. HST"),
             ("MIME-Version", "1.0")]
    ent = multi("mixed", "b1_8f3e2a91c07d4b6e5a12f0c9d8e7b6a5", [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="appointment.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="appointment.ics"')]),
    ])
    items = [("01-hbon-appointment-confirmed.eml", eml(pairs, ent))]
    lab = LABEL([], "hard", "negative/licensure-call",
                "Scheduled phone appointment with the Hawaii Board of Nursing to fix a license-verification name "
                "mismatch (with invite). A named person calls the owner at a set time, but it is regulatory, not a "
                "hiring conversation.")
    return cid, items, lab


HILO = "Hilo Bay Health"


@case
def c11():
    cid = "b231-11-hilo-screen-and-manager-two-interviews"
    rec = ("Kaleo Mahoe", "kaleo.mahoe@hilobayhealth.example")
    mgr = ("Kealoha Nakamura-Spencer", "kealoha.spencer@hilobayhealth.example")
    sent1 = at(HNL, 2026, 9, 17, 15, 42, 18)
    wd(sent1, "Thursday")
    a_s, a_e = at(HNL, 2026, 9, 22, 8, 30), at(HNL, 2026, 9, 22, 9, 0)
    b_s, b_e = at(HNL, 2026, 9, 25, 13, 0), at(HNL, 2026, 9, 25, 13, 45)
    wd(a_s, "Tuesday")
    wd(b_s, "Friday")
    role = "Registered Nurse - ICU (Hilo campus)"
    text1 = f"""Aloha Noelani,

Mahalo for applying for our {role} opening, and for being so quick to send your availability. You're confirmed for two conversations:

1) Phone screen with me - Tuesday, September 22, 8:30-9:00 AM HST. I'll call your cell. We'll cover your background, shift preferences, and relocation to the east side of the island.

2) Video interview with Kealoha Nakamura-Spencer, our ICU Nurse Manager - Friday, September 25, 1:00-1:45 PM HST on Google Meet. Kealoha will send the invite herself.

If the phone screen goes well we'll keep Friday as planned; if anything changes on our side I'll let you know right away.

A hui hou,
Kaleo Mahoe
Nurse Recruiter | {HILO}
Hilo, Hawaiʻi Island | (808) 555-0112
"""
    m1 = gmail_msg(frm=rec, to=[(OWNER_NAME, OWNER)], cc=[mgr], subject="Next steps - ICU RN, Hilo",
                   date=sent1, msgid="<CAF9kQ2s+Lw0bR7xTn3Ve5Zc1Yp8_hUd4mGa6oJi2sKq0RtW1nA@mail.gmail.com>",
                   text=text1, boundary="0000000000007e23a10623d9c4f5",
                   received=f"by 2002:a05:6214:20a4:b0:6c3:5e01:8d12 with SMTP id 4csp618522qvd; {rfc(sent1)}")
    sent2 = at(UTC, 2026, 9, 18, 2, 3, 51)
    desc = ("ICU RN interview with Kealoha Nakamura-Spencer (ICU Nurse Manager). We'll talk through a couple of "
            "patient scenarios and what a typical night looks like on our 12-bed unit. Mahalo!")
    m2 = google_invite(organizer=mgr, guests=[(mgr[0], mgr[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION"),
                                              (rec[0], rec[1], "ACCEPTED")],
                       title="ICU RN Interview - Noelani Akana / Hilo Bay Health", start=b_s, end=b_e,
                       description=desc + "\n\nKaleo (recruiting) is on the invite for visibility only.",
                       uid="6m2t8qk0v5b3c1x7n9r4p0ls2d@google.com", seq=0, date=sent2,
                       msgid="<calendar-0e9f1a37-6c2b-4d85-a14e-93b7c0f2d516@google.com>",
                       boundary="000000000000c8f41d0623da1b27", meet=("wzh-fkbt-aeq", "+1 808-555-0155", "219 630 857"),
                       created=sent2, eid="Nm0ydDhxazB2NWIzYzF4N245cjRwMGxzMmQgbm9lbGFuaQ")
    items = [("01-recruiter-confirms-two-steps.eml", m1), ("02-invitation-manager-video.eml", m2)]
    lab = LABEL([
        IV(HILO, role, a_s, a_e, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
        IV(HILO, role, b_s, b_e, "scheduled", [mgr[1]], [mgr[1]], "hiring_manager"),
    ], "medium", "positive/two-interviews",
        "Two interviews on different days in one recruiter mail: recruiter phone screen Tue 9/22 8:30 HST and manager "
        "video interview Fri 9/25 1:00 PM HST; the Google invite for the second is the same interview (dedupe). "
        "Recruiter is on the second invite only for visibility, not as an interviewer.")
    return cid, items, lab


@case
def c12():
    cid = "b231-12-preceptor-interviews-nursing-student"
    coord = ("Tessa Agbayani", "tagbayani@alawai-nursing.example")
    student = ("Kainoa Lum", "kainoa.lum@students.alawai-nursing.example")
    start, end = at(HNL, 2026, 10, 19, 15, 0), at(HNL, 2026, 10, 19, 15, 30)
    wd(start, "Monday")
    sent = at(UTC, 2026, 10, 9, 20, 11, 5)
    desc = ("Preceptorship interview - Spring 2027 ICU capstone placement\n\n"
            "Noelani (preceptor), mahalo for agreeing to precept! Please use this 30 minutes to interview Kainoa about "
            "his clinical goals, prior rotations and availability for 12-hour shifts. The attached question guide is a "
            "starting point. After the interview, submit the Preceptor Acceptance Form (link in my e-mail) so we can "
            "finalize the placement with Nuʻuanu General.\n\n"
            "Kainoa: you're the one being interviewed - bring your clinical log and immunization record.\n\n"
            "Tessa Agbayani, MSN, RN\nClinical Placement Coordinator, Ala Wai School of Nursing")
    m = google_invite(organizer=coord, guests=[(coord[0], coord[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION"),
                                               (student[0], student[1], "ACCEPTED")],
                      title="Preceptorship interview: Kainoa Lum (BSN student) with Noelani Akana, RN",
                      start=start, end=end, description=desc, uid="3s0v9hk4q2m8b7x1c5n6r0dp4t@google.com",
                      seq=0, date=sent, msgid="<calendar-7a41c0d8-2e95-4b3f-9d16-c58e0f2a7b93@google.com>",
                      boundary="000000000000b3a7e5062449c0d1", meet=("qjr-mnvo-pxe", "+1 808-555-0171", "502 118 946"),
                      created=sent, eid="M3Mwdjloazc0cTJtOGI3eDFjNW42cjBkcDR0IG5vZWxhbmk")
    items = [("01-invitation-preceptorship-interview.eml", m)]
    lab = LABEL([], "hard", "negative/user-is-interviewer",
                "Google invite titled 'Preceptorship interview' where the owner (preceptor) interviews a nursing student "
                "for a clinical placement. The owner is the interviewer, not a candidate.")
    return cid, items, lab


SONORAN = "Sonoran Valley Medical Center"


@case
def c13():
    cid = "b231-13-phoenix-outlook-interview-cancelled"
    mgr = ("Renata Quiñones", "rquinones@sonoranvalleymc.example")
    start = off(at(PHX, 2026, 11, 10, 10, 0), "-07:00")
    end = at(PHX, 2026, 11, 10, 11, 0)
    wd(start, "Tuesday")
    assert start.astimezone(HNL).hour == 7
    sent1 = at(UTC, 2026, 11, 2, 22, 14, 7)
    sent2 = at(UTC, 2026, 11, 6, 17, 2, 44)
    wd(sent1.astimezone(PHX), "Monday")
    wd(sent2.astimezone(PHX), "Friday")
    role = "Registered Nurse - Medical/Surgical ICU"
    uid = "040000008200E00074C5B7101A82E00800000000B7C41E2A5F6BDD01000000000000000010000000D3A6F0194C2B7E4D9A51C8E6F20B3D47"
    body1 = f"""Hi Noelani,

Thank you for applying to our {role} position (Req 58812). I'd love to meet you over Teams.

We'll talk about your ICU background, our unit (28 beds, mixed medical/surgical, 1:2 ratios), and the relocation package for out-of-state hires. Plan on about an hour. I know 10 AM here is early for you in Honolulu - thank you for making it work!

Renata Quiñones, MSN, RN, CCRN
Nurse Manager, Med/Surg ICU
{SONORAN} | Phoenix, AZ
"""
    teams = teams_block("218 447 602 331", "dQ7xM3", "YjQ5ZDA3NzItOGM1NC00ZjE5LWE2YjItZDJlNjkxMzcwNDhm",
                        "1e8c4a7f-3b29-4d60-9f15-a2c7e0b84d13", "c43f9e1a-72d8-4b05-a6e3-8d19b2f0c576")
    attendees = [(OWNER_NAME, OWNER)]
    subj = f"Interview: Noelani Akana - {role}"
    m1 = outlook_invite(
        frm=mgr, to=attendees, subject=subj, date=sent1,
        msgid="<PH0PR14MB5513A9E04C7D21F3B68A0D5E2C719@PH0PR14MB5513.namprd14.prod.outlook.com>",
        thread_index="AdxsE4gA9v0b8d3kRIuIxQmB2hW3Lg==",
        when_line="Tuesday, November 10, 2026 10:00 AM-11:00 AM (UTC-07:00) Arizona.",
        where="Microsoft Teams Meeting", body=body1, teams=teams, organizer=mgr, attendees=attendees, uid=uid,
        dtstart=start, dtend=end, tzid="US Mountain Standard Time", tz_block=WIN_AZ, dtstamp=sent1,
        boundary="_000_PH0PR14MB5513A9E04C7D21F3B68A0D5E2C719PH0PR14MB5513namp_",
        received="from PH0PR14MB5513.namprd14.prod.outlook.com (2603:10b6:510:1e2::11) by "
                 f"SA1PR14MB7376.namprd14.prod.outlook.com with HTTPS; {rfc(sent1)}")
    body2 = """Noelani - I'm really sorry to do this. As of this morning leadership has put our ICU RN requisitions on hold (budget freeze through the end of Q1), so I have to cancel Tuesday's interview. This isn't about your application; I'll reach out personally if the position reopens.

Renata
"""
    m2 = outlook_invite(
        frm=mgr, to=attendees, subject=f"Canceled: {subj}", date=sent2,
        msgid="<PH0PR14MB55137E2B1F0A94C35D6E8B72A0C14@PH0PR14MB5513.namprd14.prod.outlook.com>",
        thread_index="AdxsE4gA9v0b8d3kRIuIxQmB2hW3LgC1xY7w",
        when_line="Tuesday, November 10, 2026 10:00 AM-11:00 AM (UTC-07:00) Arizona.",
        where="Microsoft Teams Meeting", body=body2, organizer=mgr, attendees=attendees, uid=uid,
        dtstart=start, dtend=end, tzid="US Mountain Standard Time", tz_block=WIN_AZ, dtstamp=sent2, seq=1,
        method="CANCEL", boundary="_000_PH0PR14MB55137E2B1F0A94C35D6E8B72A0C14PH0PR14MB5513namp_",
        received="from PH0PR14MB5513.namprd14.prod.outlook.com (2603:10b6:510:1e2::11) by "
                 f"SA1PR14MB7376.namprd14.prod.outlook.com with HTTPS; {rfc(sent2)}")
    items = [("01-teams-invite-interview.eml", m1), ("02-canceled-interview.eml", m2)]
    lab = LABEL([IV(SONORAN, role, start, end, "cancelled", [mgr[1]], [mgr[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Exchange invite with TZID 'US Mountain Standard Time' ((UTC-07:00) Arizona) for Tue Nov 10 10:00 MST "
                "(= 07:00 HST), then METHOD:CANCEL / STATUS:CANCELLED with a hiring-freeze note. Kept as cancelled.")
    return cid, items, lab


@case
def c14():
    cid = "b231-14-travel-recruiter-availability-texts"
    rec = ("Shaylee Pua", "shaylee.pua@alohacompass.example")
    sent = at(HNL, 2026, 10, 22, 18, 7, 33)
    wd(sent, "Thursday")
    for d, n in ((2, "Monday"), (3, "Tuesday"), (4, "Wednesday")):
        wd(at(LA, 2026, 11, d, 13, 0), n)
        assert at(LA, 2026, 11, d, 13, 0).astimezone(HNL).hour == 11
    assert at(LA, 2026, 10, 30, 13, 0).astimezone(HNL).hour == 10
    text = f"""Aloha Noelani!

Copying our texts here so it's in writing for my manager (she's a stickler, sorry!). Still waiting on Multnomah Ridge - nothing is booked yet.

[10/22 1:48 PM] Shaylee: Good news!! Multnomah Ridge (Portland) ICU manager wants to interview you for the 13wk nights contract 🙌
[10/22 1:49 PM] Shaylee: She has openings Mon 11/2 - Wed 11/4 between 1 and 4pm Pacific
[10/22 1:50 PM] Shaylee: Heads up the mainland clocks fall back Sun 11/1, so that's 11am-2pm your time, NOT 10-1 like it is now 😅
[10/22 1:51 PM] Shaylee: Send me 2-3 windows and I'll lock it in with her
[10/22 3:02 PM] Noelani: Mon 11/2 anytime after 12 HST, or Tue 11/3 11-1 HST. Wed I'm on shift
[10/22 3:05 PM] Shaylee: Perfect, sending to her now. Will confirm once she picks 🤞

I'll text you the minute she picks a slot, then you'll get a formal confirmation e-mail from me with the manager's name and call-in details.

Shaylee Pua
Travel Recruiter | Aloha Compass Staffing
Honolulu, HI | c: (808) 555-0109
"""
    m = gmail_msg(frm=rec, to=[(OWNER_NAME, OWNER)], subject="Multnomah Ridge ICU - interview times (texts)", date=sent,
                  msgid="<CAL2vB9e+Rk4tZw1Qx0Yn7Fs3Hm6_cPo8uJd5aGi2WbE0rT9kMs@mail.gmail.com>", text=text,
                  boundary="000000000000e1c02f0625a2b9d4",
                  received=f"by 2002:a05:6a11:4e95:b0:5f0:2b71:c3d8 with SMTP id ia21csp1501238pxb; {rfc(sent.astimezone(UTC))}")
    items = [("01-recruiter-availability-texts.eml", m)]
    lab = LABEL([], "hard", "negative/availability-request",
                "Travel recruiter pastes texts collecting availability windows for a facility interview (with a correct "
                "PDT->PST conversion note), but nothing is booked yet: availability request only.")
    return cid, items, lab


PSC = "Puget Sound Cascade Hospital"


@case
def c15():
    cid = "b231-15-seattle-thread-confirm-after-fall-back"
    mgr = ("Holly Brandvold", "hbrandvold@pscascade.example")
    sent1 = off(at(LA, 2026, 10, 28, 9, 14, 2), "-07:00")
    sent_r = at(HNL, 2026, 10, 28, 14, 40)
    sent2 = at(LA, 2026, 10, 29, 7, 51, 30)
    wd(sent1, "Wednesday")
    wd(sent2, "Thursday")
    start = off(at(LA, 2026, 11, 3, 13, 0), "-08:00")
    end = at(LA, 2026, 11, 3, 13, 30)
    wd(start, "Tuesday")
    wd(at(LA, 2026, 11, 4, 9, 0), "Wednesday")
    assert start.astimezone(HNL).hour == 11
    role = "RN - Medical ICU (Full-time, Days)"
    text1 = f"""Hi Noelani,

I'm the nurse manager for the Medical ICU at {PSC} - our recruiter passed along your application for the {role} position and I'd like to set up a 30-minute video interview.

Would either of these work?
  - Tuesday 11/3 at 1:00 PM Pacific
  - Wednesday 11/4 at 9:00 AM Pacific

I realize there's a time difference, so let me know if neither is reasonable for you.

Best,
Holly Brandvold, MN, RN, CCRN
Nurse Manager, Medical ICU | {PSC}
Seattle, WA
"""
    reply = f"""Hi Holly,

Mahalo for reaching out! Tuesday 11/3 at 1:00 PM Pacific works great. (I double-checked: since you'll be off daylight saving by then, that's 11:00 AM here in Honolulu.)

Looking forward to it,
Noelani Akana, BSN, RN, CCRN"""
    text2 = f"""Perfect - Tuesday at 1:00 PT it is. I'll send a Teams link Monday. Plan on 30 minutes with just me; I'll ask about a few patient scenarios and then leave plenty of time for your questions about the unit.

Holly

On Wed, Oct 28, 2026 at 5:40 PM Noelani Akana <{OWNER}> wrote:
{quote(reply)}
>
> On Wed, Oct 28, 2026 at 9:14 AM Holly Brandvold <{mgr[1]}> wrote:
"""
    text2 += "\n".join(">> " + l if l else ">>" for l in text1.rstrip().split("\n")) + "\n"
    mid1 = "<CAGt5wN1+hQ0pZ8yRk3Xb6Lf2Vm9_eTs4oJd7cUi1aWq5nB0rFg@mail.gmail.com>"
    mid_r = "<CAPn0eY4kS8r-Lb2Tq7Wc1Zf5Hx9_uMd3iGo6aVj0nRs8tE2wKp@mail.gmail.com>"
    mid2 = "<CAGt5wN3-rW7bE1vQ9xJk0Tn4Yc2_fHs8pLd6mUa3oZi9gB5qXw@mail.gmail.com>"
    m1 = gmail_msg(frm=mgr, to=[(OWNER_NAME, OWNER)], subject="Interview - Medical ICU RN, Puget Sound Cascade",
                   date=sent1, msgid=mid1, text=text1, boundary="0000000000005d7a1c0625b0e3f2",
                   received=f"by 2002:a05:7010:6d21:b0:7a9:1e4c:22b0 with SMTP id cu33csp2740195mdb; {rfc(sent1)}")
    m2 = gmail_msg(frm=mgr, to=[(OWNER_NAME, OWNER)], subject="Re: Interview - Medical ICU RN, Puget Sound Cascade",
                   date=sent2, msgid=mid2, text=text2, boundary="000000000000f48b9e0625c1a7d0",
                   in_reply_to=mid_r, references=f"{mid1} {mid_r}",
                   received=f"by 2002:a05:7010:6d21:b0:7a9:1e4c:22b0 with SMTP id cu33csp2911876mdb; {rfc(sent2)}")
    assert sent_r.astimezone(LA).hour == 17
    items = [("01-manager-offers-two-slots.eml", m1), ("02-manager-confirms-tuesday.eml", m2)]
    lab = LABEL([IV(PSC, role, start, end, "scheduled", [mgr[1]], [mgr[1]], "hiring_manager")],
                "medium", "positive/thread-dst",
                "Manager offers two Pacific slots; owner picks Tue 11/3 1:00 PM Pacific (after the Nov 1 fall-back: "
                "PST, UTC-8 = 11:00 HST) in a quoted reply; manager confirms 'Tuesday at 1:00 PT'.")
    return cid, items, lab


@case
def c16():
    cid = "b231-16-workday-rejection-after-interview"
    frm = ("Mauka Ridge Hospital", "maukaridge@myworkday.com")
    sent = at(UTC, 2026, 9, 21, 23, 30, 5)
    past = at(HNL, 2026, 9, 10, 10, 0)
    wd(past, "Thursday")
    role = "Registered Nurse - Progressive Care / ICU Float Pool"
    text = f"""Aloha Noelani,

Thank you for interviewing with us on Thursday, September 10 for the {role} position (R-22719), and for the time you spent with our nurse leaders. We truly appreciated the chance to learn about your critical care experience.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the current needs of our float pool. This decision was not easy, as we had many highly qualified applicants.

We encourage you to keep an eye on our careers site, as new ICU and step-down positions open frequently at our Wahiawā and Mililani campuses. Your candidate profile will remain active for 12 months.

Mahalo for your interest in Mauka Ridge Hospital, and we wish you the very best in your search.

Talent Acquisition
Mauka Ridge Hospital | Wahiawā, Oʻahu

This is a system-generated e-mail from Workday. Please do not reply.
"""
    pairs = [("Delivered-To", OWNER),
             ("Received", f"from wd5-mta-07.myworkday.com (wd5-mta-07.myworkday.com [198.51.100.31]) by mx.example.com with ESMTPS id 4fT8wR2pNhz7Kd for <{OWNER}>; {rfc(sent)}"),
             ("Return-Path", "<bounce-22719@myworkday.com>"), ("Date", rfc(sent)), ("From", A(*frm)),
             ("To", A(OWNER_NAME, OWNER)), ("Message-ID", "<1790033405117.52214.JavaMail.wdprod@wd5-prod-app-17>"),
             ("Subject", H(f"Update on your application: {role}")), ("MIME-Version", "1.0"),
             ("X-Workday-Tenant", "maukaridge")]
    ent = multi("alternative", "----=_Part_52214_88120933.1790033405117", [
        leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        leaf("text/html; charset=UTF-8", to_html(text, "vendor"), "quoted-printable"),
    ])
    items = [("01-workday-application-update.eml", eml(pairs, ent))]
    lab = LABEL([], "medium", "negative/rejection",
                "Workday rejection that references a past interview date; no interview is scheduled or cancelled.")
    return cid, items, lab


KONA = "Kona Loa Medical Center"


@case
def c17():
    cid = "b231-17-kona-email-plus-calendar-api-event"
    coord = ("Makana Akiona", "makana.akiona@konaloa-med.example")
    mgr = ("Lehua Kealamakia", "lehua.kealamakia@konaloa-med.example")
    sent = at(HNL, 2026, 10, 5, 11, 26, 40)
    wd(sent, "Monday")
    start, end = at(HNL, 2026, 10, 14, 10, 30), at(HNL, 2026, 10, 14, 11, 15)
    wd(start, "Wednesday")
    role = "ICU Registered Nurse (Per Diem)"
    text = f"""Aloha e Noelani,

Great news - our ICU Nurse Manager, Lehua Kealamakia, would like to interview you for the {role} position in Kailua-Kona.

Your interview is set for Wednesday, October 14 at 10:30 a.m. (HST) and will run about 45 minutes on Google Meet. Lehua will send the calendar invitation from her own account, so watch for that.

A few things to have ready: your per diem availability for November-January (we need holiday coverage!), and whether you'd fly over from Honolulu for shifts or relocate to the Kona side.

Mahalo,
Makana Akiona
HR Coordinator - Nursing Recruitment
{KONA} | Kailua-Kona, Hawaiʻi
(808) 555-0193
"""
    m = gmail_msg(frm=coord, to=[(OWNER_NAME, OWNER)], subject=f"Interview with our ICU Nurse Manager - {role}",
                  date=sent, msgid="<CAB8mR3v+Nk1tQw7Yz0Lc5Hf9Xp2_gUa6dJe4oSi3bWr1nE8kTq@mail.gmail.com>", text=text,
                  boundary="0000000000002a6f8d0624a3c517",
                  received=f"by 2002:a05:6022:31a:b0:97:d2f4:6b80 with SMTP id ff26csp3300742lab; {rfc(sent.astimezone(UTC))}")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3553034822410000\"",
        "id": "0h5k2r9tq7m1b4v8x3c6n0pz5w",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MGg1azJyOXRxN20xYjR2OHgzYzZuMHB6NXcgbm9lbGFuaS5ha2FuYS5ybkBleGFtcGxlLmNvbQ",
        "created": "2026-10-05T21:48:11.000Z",
        "updated": "2026-10-05T22:03:41.205Z",
        "summary": "Interview - Noelani Akana (ICU RN, Per Diem)",
        "description": ("Interview with Lehua Kealamakia, ICU Nurse Manager, Kona Loa Medical Center.\n"
                        "Per diem ICU RN position. Mahalo for making the time!"),
        "creator": {"email": mgr[1], "displayName": mgr[0]},
        "organizer": {"email": mgr[1], "displayName": mgr[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Honolulu"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Honolulu"},
        "iCalUID": "0h5k2r9tq7m1b4v8x3c6n0pz5w@google.com",
        "sequence": 0,
        "attendees": [
            {"email": mgr[1], "displayName": mgr[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/pbe-gsuw-tkr",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/pbe-gsuw-tkr", "label": "meet.google.com/pbe-gsuw-tkr"},
                {"entryPointType": "phone", "uri": "tel:+1-808-555-0184", "label": "+1 808-555-0184",
                 "pin": "774203519", "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "pbe-gsuw-tkr",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-coordinator-email.eml", m),
             ("02-interview-event.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")]
    lab = LABEL([IV(KONA, role, start, end, "scheduled", [mgr[1]], [mgr[1]], "hiring_manager")],
                "easy", "positive/dedupe-gcal-json",
                "Coordinator e-mail + the manager's Calendar API event for the same interview (one interview). "
                "Coordinator only schedules; the manager is the interviewer.")
    return cid, items, lab


@case
def c18():
    cid = "b231-18-one-way-video-interview"
    frm = ("Kalaeloa Health Partners via OnCue", "no-reply@oncue-interviews.example")
    sent = at(UTC, 2026, 10, 2, 19, 0, 12)
    due = at(HNL, 2026, 10, 9, 23, 59)
    wd(due, "Friday")
    text = """Aloha Noelani,

Kalaeloa Health Partners has invited you to complete an on-demand video interview for:

Critical Care Registered Nurse - Kapolei (Req #CC-2290)

How it works
- Record your answers to 5 questions whenever it suits you, from your phone or computer.
- You'll have 30 seconds to read each question and up to 3 minutes to answer. One re-record is allowed per question.
- Your recorded interview will be reviewed by the nursing hiring team, who will contact you about next steps.

Deadline: Friday, October 9, 2026 at 11:59 PM HST

Start your interview: https://app.oncue-interviews.example/i/7Ks2vQp9XwLm?lang=en

Tips: find a quiet, well-lit spot and test your camera first using the practice question.

Mahalo,
The Kalaeloa Health Partners Talent Team

Powered by OnCue | Privacy: https://oncue-interviews.example/privacy
You are receiving this because you applied for a position with Kalaeloa Health Partners.
"""
    pairs = [("Delivered-To", OWNER),
             ("Received", f"from o12.mail.oncue-interviews.example (o12.mail.oncue-interviews.example [192.0.2.88]) by mx.example.com with ESMTPS id 4fQnK70mXbz5Lp for <{OWNER}>; {rfc(sent)}"),
             ("Return-Path", "<bounces+5521870-ab12@mail.oncue-interviews.example>"),
             ("Date", rfc(sent)), ("From", A(*frm)), ("Reply-To", "talent@kalaeloa-health.example"),
             ("To", OWNER), ("Message-ID", "<ab91e3f0c7d24e58.20261002190012@mail.oncue-interviews.example>"),
             ("Subject", "Action required: your on-demand video interview with Kalaeloa Health Partners"),
             ("MIME-Version", "1.0"), ("List-Unsubscribe", "<https://oncue-interviews.example/u/7Ks2vQp9XwLm>")]
    ent = multi("alternative", "=_7d2f0a9c3b81e46e5d1a0f2b9c8e7d64", [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", to_html(text, "vendor"), "base64"),
    ])
    items = [("01-on-demand-video-interview.eml", eml(pairs, ent))]
    lab = LABEL([], "medium", "negative/one-way-video",
                "One-way (on-demand) recorded video interview with a deadline; not a live conversation.")
    return cid, items, lab


LEEWARD = "Leeward Oʻahu Medical Center"


@case
def c19():
    cid = "b231-19-hospital-ats-floating-ics"
    frm = ("Leeward Oʻahu Medical Center Careers", "careers-noreply@leewardoahu-med.example")
    tap = ("Shayna Kekumu", "shayna.kekumu@leewardoahu-med.example")
    sent = at(UTC, 2026, 10, 7, 21, 4, 56)
    wd(sent.astimezone(HNL), "Wednesday")
    start, end = at(HNL, 2026, 10, 13, 14, 30), at(HNL, 2026, 10, 13, 15, 15)
    wd(start, "Tuesday")
    role = "Critical Care RN II - ICU"
    text = f"""INTERVIEW CONFIRMATION

Dear Noelani Akana,

Thank you for your application for {role} (Job ID 104417). We're happy to confirm your interview.

Date: Tuesday, October 13, 2026
Time: 2:30 PM - 3:15 PM (Hawaii-Aleutian Standard Time)
Type: In-person
Interviewer: Dana Higa, MSN, RN - Director of Critical Care Services
Location: {LEEWARD}, Tower B, 4th floor - Nursing Administration
           Fort Weaver Road, ʻEwa Beach, HI 96706

Please check in with the Tower B lobby volunteer desk 10 minutes early; parking validation is available.

Questions or need to reschedule? Reply to this message and it will go to your Talent Acquisition Partner, {tap[0]} ({tap[1]}).

Mahalo,
Talent Acquisition | {LEEWARD}

This message was sent via UKG Pro Recruiting on behalf of {LEEWARD}.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//UKG//Pro Recruiting Scheduler 4.2//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:ukg-rec-104417-int-0a7c91e2@leewardoahu-med.example", f"DTSTAMP:{zu(sent)}",
               f"DTSTART:{loc(start)}", f"DTEND:{loc(end)}",
               f"SUMMARY:{esc('Interview - ' + role + ' - ' + LEEWARD)}",
               f"DESCRIPTION:{esc('Interviewer: Dana Higa (Director of Critical Care Services). Check in at Tower B lobby.')}",
               f"LOCATION:{esc(LEEWARD + ', Tower B 4th floor, ʻEwa Beach HI')}",
               f"ORGANIZER;CN=Careers:mailto:{frm[1]}", "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    pairs = [("Delivered-To", OWNER),
             ("Received", f"from smtp-out-03.leewardoahu-med.example (smtp-out-03.leewardoahu-med.example [203.0.113.71]) by mx.example.com with ESMTPS id 4fR7vJ9c2tz3Xw for <{OWNER}>; {rfc(sent)}"),
             ("Date", rfc(sent)), ("From", A(*frm)), ("Reply-To", A(*tap)), ("To", A(OWNER_NAME, OWNER)),
             ("Message-ID", "<0101019a7f3c2e41-5b8d7e10-2c4a-4f61-9e07-d31b6a8c0f52-000000@us-west-2.amazonses.com>"),
             ("Subject", H(f"Interview Confirmation - {role} - {LEEWARD}")), ("MIME-Version", "1.0")]
    ent = multi("mixed", "=_Part_104417_1791407096", [
        multi("alternative", "=_Alt_104417_1791407096", [
            leaf("text/plain; charset=utf-8", text, "quoted-printable"),
            leaf("text/html; charset=utf-8", to_html(text, "vendor"), "quoted-printable"),
        ]),
        leaf('text/calendar; charset=utf-8; name="interview.ics"', cal, "base64",
             extra=[("Content-Disposition", 'attachment; filename="interview.ics"')]),
    ])
    items = [("01-ukg-interview-confirmation.eml", eml(pairs, ent))]
    lab = LABEL([IV(LEEWARD, role, start, end, "scheduled", [], [tap[1]], "hiring_manager")],
                "hard", "positive/floating-ics",
                "Hospital ATS confirmation from a no-reply address with a floating-time .ics (DTSTART 20261013T143000, "
                "no TZID/Z); the text says Hawaii-Aleutian Standard Time -> 14:30 HST. The interviewer's address is not "
                "in the case, so followup goes to the Talent Acquisition Partner named as Reply-To.")
    return cid, items, lab


SALISH = "Salish Bay Medical Center"


@case
def c20():
    cid = "b231-20-seattle-teams-panel-pacific-label-pdt"
    coord = ("Owen Baptiste", "obaptiste@salishbaymc.example")
    panel = [("Grace Lim", "glim@salishbaymc.example"), ("Teodoro Ruiz", "truiz@salishbaymc.example")]
    start = off(at(LA, 2026, 10, 27, 15, 0), "-07:00")
    end = at(LA, 2026, 10, 27, 16, 0)
    wd(start, "Tuesday")
    assert start.astimezone(HNL).hour == 12
    sent = at(UTC, 2026, 10, 20, 17, 45, 9)
    wd(sent.astimezone(LA), "Tuesday")
    role = "Staff RN - Neuro/Trauma ICU"
    body = f"""Hi Noelani,

Here is the Teams invite for your panel interview for the {role} position. You'll meet with Grace Lim (Nurse Manager, NTICU) and Teo Ruiz (Clinical Nurse Specialist, Neuro Critical Care). I'll open the meeting, make introductions and hand off; I won't stay for the interview itself.

Expect about an hour of behavioral and clinical scenario questions (EVD management, post-craniotomy care, massive transfusion). Feel free to have notes nearby.

Best,
Owen Baptiste
Talent Acquisition Coordinator, Nursing | {SALISH}
Seattle, WA
"""
    teams = teams_block("265 019 774 380", "Vq3Lp8", "NWE4ZTEyNzUtMzY5Yi00M2Q0LWJmNzAtNTFmOGE2ZTAyYzQx",
                        "0f6d2a18-94c3-4e7b-a5d1-3b80c9e27f45", "e8b35c7d-1a40-4f96-8d2e-67c0a4f1b935",
                        dial=("+1 206-555-0148", "904 377 215"))
    to = [(OWNER_NAME, OWNER)] + panel
    m = outlook_invite(
        frm=coord, to=to, subject="Panel Interview: Noelani Akana - Staff RN, NTICU", date=sent,
        msgid="<MW5PR22MB3318D2E7A90C41F68B5E3A17C0D46@MW5PR22MB3318.namprd22.prod.outlook.com>",
        thread_index="AdxgQ7wKx2c8qPFDR0WZ8nT3Lk5bVA==",
        when_line="Tuesday, October 27, 2026 3:00 PM-4:00 PM (UTC-08:00) Pacific Time (US & Canada).",
        where="Microsoft Teams Meeting", body=body, teams=teams, organizer=coord, attendees=to,
        uid="040000008200E00074C5B7101A82E00800000000E5A2C7D04F69DD01000000000000000010000000A27F3E9B1C0D8E4F96B52A0C7D31E8F5",
        dtstart=start, dtend=end, tzid="Pacific Standard Time", tz_block=WIN_PT, dtstamp=sent,
        boundary="_000_MW5PR22MB3318D2E7A90C41F68B5E3A17C0D46MW5PR22MB3318namp_",
        received="from MW5PR22MB3318.namprd22.prod.outlook.com (2603:10b6:303:1f4::7) by "
                 f"CO1PR22MB5237.namprd22.prod.outlook.com with HTTPS; {rfc(sent)}")
    items = [("01-teams-panel-invite.eml", m)]
    ivs = [a for _, a in panel]
    lab = LABEL([IV(SALISH, role, start, end, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/teams-pacific-dst",
                "Teams invite with TZID 'Pacific Standard Time' and display label '(UTC-08:00) Pacific Time', but "
                "Tue Oct 27 is still PDT (UTC-7): 3:00 PM PT = 22:00Z = 12:00 HST. Two-person panel -> onsite; "
                "coordinator only introduces.")
    return cid, items, lab


MANOA = "Mānoa Heights Medical Center"


@case
def c21():
    cid = "b231-21-standalone-ics-cno-final-interview"
    ea = ("Lokelani Yamane", "lyamane@manoaheights.example")
    cno = ("Celeste Kahale-Ortiz, DNP, RN", "ckahaleortiz@manoaheights.example")
    start, end = at(HNL, 2026, 12, 2, 7, 30), at(HNL, 2026, 12, 2, 8, 0)
    wd(start, "Wednesday")
    stamp = at(UTC, 2026, 11, 24, 19, 20, 44)
    desc = ("Final interview - ICU Charge Nurse (Req 3317)\n\n"
            "This is the last step in the hiring process: a 30-minute conversation with our Chief Nursing Officer, "
            "Dr. Celeste Kahale-Ortiz. Please check in at the Hale Ola lobby; I'll walk you up to the 6th floor "
            "executive suite.\n\nLokelani Yamane\nExecutive Assistant to the CNO\n" + MANOA + "\n(808) 555-0127")
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:-//Apple Inc.//macOS 15.6//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", *OLSON_HNL, "BEGIN:VEVENT", f"CREATED:{zu(stamp)}", f"DTSTAMP:{zu(stamp)}",
               f"LAST-MODIFIED:{zu(stamp)}", "UID:5C1E7A93-2B04-4D8F-A6E1-0F3B9C72D8A4",
               f"DTSTART;TZID=Pacific/Honolulu:{loc(start)}", f"DTEND;TZID=Pacific/Honolulu:{loc(end)}",
               "SUMMARY:Final interview - Noelani Akana w/ CNO (ICU Charge RN)",
               f"DESCRIPTION:{esc(desc)}",
               f"LOCATION:{esc(MANOA + ' - Hale Ola, 6th floor executive suite, Honolulu')}",
               f"ORGANIZER;CN={ea[0]}:mailto:{ea[1]}",
               att(ea[0], ea[1], "ACCEPTED", rsvp="FALSE"),
               att(cno[0], cno[1], "ACCEPTED"),
               att(OWNER_NAME, OWNER, "NEEDS-ACTION"),
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
               "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H",
               "UID:8D0C3B41-7E52-4A96-B1F8-2C6A0E9D5F37", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    items = [("01-final-interview-cno.ics", cal)]
    lab = LABEL([IV(MANOA, "ICU Charge Nurse", start, end, "scheduled", [cno[1]], [cno[1]], "other")],
                "medium", "positive/standalone-ics",
                "Standalone Apple-style .ics (TZID=Pacific/Honolulu): final-step conversation with the Chief Nursing "
                "Officer; the executive assistant organizes but does not interview.")
    return cid, items, lab


WAIMEA = "Waimea Uplands Hospital"


@case
def c22():
    cid = "b231-22-waimea-reschedule-by-email-next-monday"
    rec = ("Noa Kalani-Rivera", "noa.rivera@waimeauplands.example")
    mgr = ("Sheldon Apo", "sheldon.apo@waimeauplands.example")
    sent1 = at(HNL, 2026, 11, 13, 9, 2, 17)
    sent2 = at(HNL, 2026, 11, 16, 6, 48, 51)
    sent3 = at(HNL, 2026, 11, 17, 8, 15, 3)
    wd(sent1, "Friday")
    wd(sent2, "Monday")
    wd(sent3, "Tuesday")
    old = at(HNL, 2026, 11, 19, 13, 0)
    wd(old, "Thursday")
    start, end = at(HNL, 2026, 11, 23, 7, 30), at(HNL, 2026, 11, 23, 8, 0)
    wd(start, "Monday")
    role = "ICU/Step-Down RN"
    text1 = f"""Aloha Noelani,

Mahalo for your interest in the {role} opening at {WAIMEA} in Kamuela. You're confirmed for a 30-minute phone interview with our ICU manager, Sheldon Apo (cc'd), on Thursday, November 19 at 1:00 p.m. HST. Sheldon will call the cell number on your application.

We're a small 8-bed ICU/step-down unit, so he'll ask a lot about flexibility and working without in-house residents at night.

Mahalo,
Noa Kalani-Rivera
Recruitment Specialist | {WAIMEA}
Kamuela, Hawaiʻi Island | (808) 555-0135
"""
    text2 = f"""Aloha Noelani,

Sheldon just let me know he's been pulled onto the floor for staffing this Thursday, so we need to move your phone interview. Could we do next Monday at 7:30 a.m. instead? Same format - Sheldon will call your cell, still about 30 minutes.

So sorry for the shuffle!

Noa

On Fri, Nov 13, 2026 at 9:02 AM Noa Kalani-Rivera <{rec[1]}> wrote:
{quote(text1)}
"""
    reply = """Aloha Noa,

No worries at all, Monday at 7:30 works for me. Mahalo!

Noelani"""
    text3 = f"""Mahalo! Updated on our end - Sheldon will call you Monday at 7:30.

Noa

On Mon, Nov 16, 2026 at 8:01 PM Noelani Akana <{OWNER}> wrote:
{quote(reply)}
"""
    mid1 = "<CAE0dP7r+Vk2mYq5Tb8Xn1Lh4Wc9_sJo3eGa6uRi0fNz2tB7kQx@mail.gmail.com>"
    mid2 = "<CAE0dP7s-Hw9bN3xQk6Rf0Zt1Yc8_mLp5oJd2aVi7eUg4sC9rTn@mail.gmail.com>"
    mid_r = "<C31F5A7E-0B9D-4E24-8C61-7A2D5F3E9B08@example.com>"
    mid3 = "<CAE0dP7t+Qm4cR8wLz2Ys7Nf5Xb1_vKh9oTd3aEi6gWp0uJ2nMr@mail.gmail.com>"
    common = dict(frm=rec, to=[(OWNER_NAME, OWNER)], cc=[mgr])
    m1 = gmail_msg(**common, subject=f"Phone interview - {role}, {WAIMEA}", date=sent1, msgid=mid1, text=text1,
                   boundary="0000000000009c3e5f0626a0d1b8",
                   received=f"by 2002:a05:6919:1c0a:b0:1e8:7a21:5d03 with SMTP id ab10csp400917ysb; {rfc(sent1.astimezone(UTC))}")
    m2 = gmail_msg(**common, subject=f"Re: Phone interview - {role}, {WAIMEA}", date=sent2, msgid=mid2, text=text2,
                   boundary="000000000000d4a27b0626cf03e9", in_reply_to=mid1, references=mid1,
                   received=f"by 2002:a05:6919:1c0a:b0:1e8:7a21:5d03 with SMTP id ab10csp1322064ysb; {rfc(sent2.astimezone(UTC))}")
    m3 = gmail_msg(**common, subject=f"Re: Phone interview - {role}, {WAIMEA}", date=sent3, msgid=mid3, text=text3,
                   boundary="0000000000001f8e6c0626e4a7b2", in_reply_to=mid_r, references=f"{mid1} {mid2} {mid_r}",
                   received=f"by 2002:a05:6919:1c0a:b0:1e8:7a21:5d03 with SMTP id ab10csp1640330ysb; {rfc(sent3.astimezone(UTC))}")
    items = [("01-phone-interview-thursday.eml", m1), ("02-can-we-move-to-next-monday.eml", m2),
             ("03-confirmed-monday.eml", m3)]
    lab = LABEL([IV(WAIMEA, role, start, end, "scheduled", [mgr[1]], [mgr[1]], "hiring_manager")],
                "medium", "positive/reschedule-by-email",
                "Thu Nov 19 1:00 PM HST interview moved by e-mail sent Mon Nov 16 to 'next Monday at 7:30 a.m.' "
                "(= Mon Nov 23, 07:30 HST), confirmed Tue Nov 17 as 'Monday at 7:30'. The manager (cc'd) conducts it.")
    return cid, items, lab


# ============================================================================= main
def main():
    for d in sorted(HERE.glob("b231-*")):
        if d.is_dir():
            shutil.rmtree(d)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        cid, items, lab = fn()
        assert cid.startswith(f"b231-{i:02d}-"), cid
        folder = HERE / cid
        folder.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names), names
        for name, content in items:
            (folder / name).write_bytes(content.encode("utf-8"))
        labels[cid] = lab
    with open(HERE / "labels.yaml", "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind231 labels - generated by make_cases.py; schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in labels.values())
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews")


if __name__ == "__main__":
    main()
