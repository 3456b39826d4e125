#!/usr/bin/env python3
"""Regenerate the blind153 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every UTC offset is computed
with zoneinfo and every weekday named in the text is asserted.  Standard library + PyYAML only.

    python make_cases.py
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
INDY = ZoneInfo("America/Indiana/Indianapolis")
UTC = timezone.utc

OWNER = "travis.kowalski@example.com"
OWNER_NAME = "Travis Kowalski"
OWNER_CELL = "(567) 555-0139"

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ---------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=ET):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday named (prefix match, e.g. 'thurs', 'Mon')."""
    full = DAYS[dt.weekday()].lower()
    n = name.lower().rstrip(".")
    ok = full.startswith(n) or (n == "thurs" and full == "thursday") or (n == "tues" and full == "tuesday")
    assert ok, f"{dt.isoformat()} is a {full}, text says {name!r}"
    return name


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def h12(dt, sep=" "):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{sep}{'AM' if dt.hour < 12 else 'PM'}"


def gtime(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def day(dt):
    return DAYS[dt.weekday()]


def dy3(dt):
    return DAYS[dt.weekday()][:3]


def mon(dt):
    return MONTHS[dt.month - 1]


def mo3(dt):
    return MONTHS[dt.month - 1][:3]


def longdate(dt):
    return f"{day(dt)}, {mon(dt)} {dt.day}, {dt.year}"


# ---------------------------------------------------------------- MIME helpers
def enc_b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def enc_qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def leaf(ctype, body, cte="7bit", extra=()):
    if cte == "base64":
        payload = enc_b64(body)
    elif cte == "quoted-printable":
        payload = enc_qp(body)
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        body.encode("ascii")  # 7bit bodies must be ASCII
        payload = body if body.endswith("\n") else body + "\n"
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(hdr) + "\n\n" + payload


def multi(subtype, boundary, parts, extra=()):
    hdr = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"'] + list(extra)
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return "\n".join(hdr) + "\n\n" + body


def message(headers, root):
    for k, v in headers:
        (k + v).encode("ascii")
    return "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n" + root


def html_paras(text):
    """Very small plain->HTML converter (paragraphs + <br>)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        p = (para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace("\n", "<br>\n"))
        out.append(f"<p>{p}</p>")
    return "\n".join(out)


def smtp_id(seed):
    return base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode()[:14].lower()


def received(host, ip, when, msgid_tag):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {msgid_tag}\n"
            f"        for <{OWNER}>; {rfc(when)}")


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while True:
        limit = 75 if first else 74
        if len(b) <= limit:
            out.append(b)
            break
        cut = limit
        while (b[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def vtz_olson(tzid):
    std, dst, sn, dn = {
        "America/New_York": ("-0500", "-0400", "EST", "EDT"),
        "America/Chicago": ("-0600", "-0500", "CST", "CDT"),
        "America/Indiana/Indianapolis": ("-0500", "-0400", "EST", "EDT"),
    }[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtz_windows(name):
    std, dst = {"Eastern Standard Time": ("-0500", "-0400"),
                "Central Standard Time": ("-0600", "-0500")}[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


# ---------------------------------------------------------------- Google Calendar invitation
GOOGLE_FOOTER = (
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, be "
    "added to the guest list, invite others regardless of their own invitation status, or modify "
    "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")

TZ_LONG = {"America/New_York": "Eastern Time - New York", "America/Chicago": "Central Time - Chicago"}


def google_invite(*, msgid, sent, org_name, org_email, summary, start, end, tzid, location,
                  description, guests, uid, eid, bnd, sequence=0, created=None, meet=None,
                  received_ip="209.85.220.73"):
    """guests: list of (name, email, partstat, is_organizer). Times shown in tzid."""
    s, e = start.astimezone(ZoneInfo(tzid)), end.astimezone(ZoneInfo(tzid))
    abbr = s.tzname()
    when_subj = f"{dy3(s)} {mo3(s)} {s.day}, {s.year} {gtime(s)} - {gtime(e)} ({abbr})"
    subject = f"Invitation: {summary} @ {when_subj} ({OWNER})"
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guest_lines = []
    for name, email, _ps, is_org in guests:
        if name != email:
            guest_lines.append(f"{name} - organizer" if is_org else name)
        guest_lines.append(email)
    text = f"{summary}\n{day(s)} {mo3(s)} {s.day}, {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}\n{TZ_LONG[tzid]}\n\n"
    if location:
        text += f"Location\n{location}\n\n"
    if meet:
        text += f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
    text += (f"Organizer\n{org_name}\n{org_email}\n\nGuests\n" + "\n".join(guest_lines) +
             f"\nView all guest info {view}\n\n{description}\n\n"
             f"Reply for {OWNER} and view more details {view}\n\n\n~~//~~\n" + GOOGLE_FOOTER)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
            + html_paras(text).replace(view.replace("&", "&amp;"),
                                       f'<a href="{view.replace("&", "&amp;")}">{view.replace("&", "&amp;")}</a>')
            + "\n</div></body></html>\n")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(sent)}",
           f"ORGANIZER;CN={org_name}:mailto:{org_email}", f"UID:{uid}"]
    for name, email, ps, _o in guests:
        cal.append(attendee(name, email, ps, google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal += [f"CREATED:{z(created or sent)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{z(sent)}",
            f"LOCATION:{esc(location or '')}", f"SEQUENCE:{sequence}", "STATUS:CONFIRMED",
            f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    alt = multi("alternative", bnd + "b", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal_text, "base64"),
    ])
    root = multi("mixed", bnd + "a", [
        alt,
        leaf('application/ics; name="invite.ics"', cal_text, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("mail-sor-f73.google.com", received_ip, sent, smtp_id(msgid)),
        ("Return-Path", f"<{bnd[:10]}@calendar-server.bounces.google.com>"),
        ("Reply-To", f"{org_name} <{org_email}>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<{msgid}>"),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Subject", subject),
        ("From", f"{org_name} <{org_email}>"),
        ("To", OWNER),
    ]
    return message(headers, root)


# ---------------------------------------------------------------- Exchange / Outlook meeting request
WIN_LABEL = {"Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
             "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)"}


def outlook_invite(*, msgid, sent, from_name, from_email, to_list, subject, start, end, wintz,
                   location, body, attendees, uid, sequence, method, thread_index, thread_topic,
                   bnd, cancelled=False, ownerapptid="-1934772051"):
    """attendees: list of (name, email, role). start/end aware datetimes (shown in wintz)."""
    tz = {"Eastern Standard Time": ET, "Central Standard Time": CT}[wintz]
    s, e = start.astimezone(tz), end.astimezone(tz)
    when = f"{longdate(s)} {h12(s)}-{h12(e)} {WIN_LABEL[wintz]}."
    text = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + html_paras(text) + "\n</div></body></html>\n")
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += vtz_windows(wintz)
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={from_name}:mailto:{from_email}"]
    for name, email, role in attendees:
        cal.append(attendee(name, email, "NEEDS-ACTION", role))
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{esc(body)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
            f"DTSTART;TZID={wintz}:{loc(s)}", f"DTEND;TZID={wintz}:{loc(e)}",
            "CLASS:PUBLIC", f"PRIORITY:{1 if cancelled else 5}", f"DTSTAMP:{z(sent)}", "TRANSP:OPAQUE",
            f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}", f"SEQUENCE:{sequence}",
            f"LOCATION;LANGUAGE=en-US:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}", f"X-MICROSOFT-CDO-OWNERAPPTID:{ownerapptid}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancelled else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancelled else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancelled else 1}",
            "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancelled:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    root = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics(cal), "base64"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.212.58", sent, smtp_id(msgid)),
        ("From", f"{from_name} <{from_email}>"),
        ("To", ", ".join(to_list)),
        ("Subject", subject),
        ("Thread-Topic", thread_topic),
        ("Thread-Index", thread_index),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", f"<{msgid}>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return message(headers, root)


# ---------------------------------------------------------------- Google Voice text -> e-mail
GV_FOOTER_TXT = (
    "YOUR ACCOUNT <https://voice.google.com> HELP CENTER "
    "<https://support.google.com/voice#topic=1707989> HELP FORUM "
    "<https://productforums.google.com/forum/#!forum/voice>\n"
    "This email was sent to you because you indicated that you'd like to receive email "
    "notifications for text messages. If you don't want to receive such emails in the future, "
    "please update your email notification settings <https://voice.google.com/settings#messaging>.\n\n"
    "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n")


def gvoice_text(*, msgid, sent, from_num, from_digits, relay_tag, text, bnd):
    """A Google Voice 'New text message' notification (SMS forwarded to e-mail)."""
    body_txt = f"{text}\n\nTo respond to this text message, reply to this email or visit Google Voice.\n\n" + GV_FOOTER_TXT
    html = ('<html><body><table width="100%" style="font-family:Roboto,Arial,sans-serif">'
            f'<tr><td style="font-size:14px;color:#202124">{html_paras(text)}</td></tr>'
            '<tr><td style="font-size:12px;color:#5f6368">To respond to this text message, reply to this '
            'email or visit <a href="https://voice.google.com">Google Voice</a>.</td></tr>'
            '<tr><td style="font-size:11px;color:#9aa0a6">Google LLC 1600 Amphitheatre Pkwy Mountain View CA 94043 USA'
            '</td></tr></table></body></html>\n')
    root = multi("alternative", bnd, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', body_txt, "base64"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
    ])
    relay = f"15675550139.1{from_digits}.{relay_tag}@txt.voice.google.com"
    headers = [
        ("Delivered-To", OWNER),
        received("mail-sor-f69.google.com", "209.85.220.69", sent, smtp_id(msgid)),
        ("Return-Path", "<voice-noreply@google.com>"),
        ("Message-ID", f"<{msgid}>"),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Subject", f"New text message from {from_num}"),
        ("From", f'"{from_num}" <{relay}>'),
        ("To", OWNER),
    ]
    return message(headers, root)


# ---------------------------------------------------------------- generic e-mail
def email_msg(*, msgid, sent, from_, to, subject, text, bnd, html=None, reply_to=None, cc=None,
              in_reply_to=None, references=None, extra_headers=(), attachments=(), text_cte="quoted-printable",
              html_cte="quoted-printable", return_path=None, recv=("mail.example.net", "203.0.113.25")):
    html = html if html is not None else (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="ltr">' + html_paras(text) + "</div></body></html>\n")
    alt = multi("alternative", bnd + "1", [
        leaf('text/plain; charset="UTF-8"', text, text_cte),
        leaf('text/html; charset="UTF-8"', html, html_cte),
    ])
    root = alt
    if attachments:
        parts = [alt]
        for fname, ctype, data in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                              [f'Content-Disposition: attachment; filename="{fname}"']))
        root = multi("mixed", bnd + "0", parts)
    headers = [("Delivered-To", OWNER), received(recv[0], recv[1], sent, smtp_id(msgid))]
    if return_path:
        headers.append(("Return-Path", f"<{return_path}>"))
    headers += [("From", from_), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers += [("Subject", subject), ("Date", rfc(sent)), ("Message-ID", f"<{msgid}>")]
    if in_reply_to:
        headers.append(("In-Reply-To", f"<{in_reply_to}>"))
    if references:
        headers.append(("References", " ".join(f"<{r}>" for r in references)))
    headers += list(extra_headers)
    return message(headers, root)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# =====================================================================================
# CASES
# =====================================================================================

def ats_html(title, text, brand, footer):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title></head>\n'
            '<body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" '
            'cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;'
            'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f'<tr><td style="padding:16px 24px;background:{brand};color:#fff;font-size:18px"><b>{title}</b></td></tr>\n'
            '<tr><td style="padding:24px">\n' + html_paras(text) + '\n</td></tr>\n'
            '<tr><td style="padding:12px 24px;font-size:11px;color:#777">' + footer + '</td></tr>\n'
            '</table></td></tr></table></body></html>\n')


# ---------------------------------------------------------------- 01
@case("b153-01-tenstreet-phone-screen-central")
def c01():
    sent = T(2026, 3, 5, 15, 12, 7)
    start = T(2026, 3, 10, 10, 0, tz=CT)
    wd(start, "Tuesday")
    text = f"""Hi Travis,

Thanks for applying with Volunteer State Express for our CDL-A OTR Company Driver (Solo - 48 States) position. I went over your application and MVR and I'd like to set up a phone interview.

PHONE INTERVIEW
Date: {longdate(start)}
Time: {h12(start)} Central ({h12(start.astimezone(ET))} Eastern)
Recruiter: Lakeisha Moody
We will call: {OWNER_CELL}

Please be parked and somewhere you can talk for a few minutes. We'll go over your last 10 years of employment, any gaps, home time and pay package. If that time doesn't work, just reply to this email or call/text me at (901) 555-0172 and we'll find another slot.

Thank you,

Lakeisha Moody
Driver Recruiter | Volunteer State Express
lmoody@vsexpress.example | (901) 555-0172
3850 Tchulahoma Rd, Memphis, TN 38118
"""
    footer = ("This message was sent through Tenstreet on behalf of Volunteer State Express. "
              "Tenstreet, LLC - 11 E 2nd St, Tulsa, OK 74103. To stop receiving messages from this carrier: "
              "https://www.tenstreet.com/unsubscribe?c=vsx&amp;d=8831204")
    eml = email_msg(
        msgid="20260305201207.8831204.6f2a91@tenstreet.com", sent=sent,
        from_="Volunteer State Express Recruiting <noreply@tenstreet.com>",
        to=f"{OWNER_NAME} <{OWNER}>", reply_to="Lakeisha Moody <lmoody@vsexpress.example>",
        subject="Volunteer State Express - Phone Interview Scheduled", text=text + "\n--\n" + footer.replace("&amp;", "&"),
        html=ats_html("Volunteer State Express", text, "#0b3d6e", footer), bnd="=_ts_8831204_a91f",
        return_path="bounces+8831204-6f2a91@tenstreet.com", recv=("mta-14.tenstreet.com", "198.51.100.24"),
        extra_headers=[("X-Mailer", "Tenstreet Notification Service")])
    files = {"01-tenstreet-phone-interview-scheduled.eml": eml}
    lab = label([iv("Volunteer State Express", "CDL-A OTR Company Driver", start, None, "scheduled",
                    ["lmoody@vsexpress.example"], ["lmoody@vsexpress.example"], "phone_screen")],
                "medium", "positive/ats-central-time-dst",
                "Tenstreet mail sent under EST (Mar 5); screen is Tue Mar 10 10:00 AM Central, after the "
                "Mar 8 DST switch -> -05:00 (CDT). Recruiter does the call; no duration given -> end null.")
    return files, lab


# ---------------------------------------------------------------- 02
@case("b153-02-dot-physical-drug-screen")
def c02():
    sent = T(2026, 3, 17, 13, 48, 30)
    appt = T(2026, 3, 19, 7, 30)
    wd(appt, "Thursday")
    appt_end = appt + timedelta(hours=1, minutes=30)
    text = f"""Dear TRAVIS KOWALSKI,

Your employer has scheduled the following pre-employment services for you.

Employer: Black Swamp Bulk Transport
Services: DOT Physical Exam (FMCSA Form MCSA-5875)
          DOT 5-Panel Urine Drug Screen (49 CFR Part 40)
Appointment: {dy3(appt)} {appt.month}/{appt.day}/{appt.year} {h12(appt)} ET
Location: Maple Ridge Occupational Health - Bowling Green
          1025 N Main St, Suite B, Bowling Green, OH 43402
Authorization #: BSB-26-04417

PLEASE BRING:
- Valid driver's license / CDL and a second photo ID
- A list of all current medications and prescribing doctors
- Glasses, contacts or hearing aids
- CPAP compliance report if you are treated for sleep apnea

Please arrive 15 minutes early to complete paperwork. During the exam the certified medical examiner will interview you about your health history and review your answers on the MCSA-5875 form. Do not drink large amounts of water before your drug screen.

Questions about your hiring process should be directed to your employer contact, Angie Kroll (akroll@blackswampbulk.example).

Maple Ridge Occupational Health
Scheduling: (419) 555-0186
This mailbox is not monitored.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Maple Ridge OccMed//Patient Scheduling//EN",
               "METHOD:PUBLISH", *vtz_olson("America/New_York"), "BEGIN:VEVENT",
               "UID:appt-2026-0319-0730-77120@mapleridgeoccmed.example", "SEQUENCE:0", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=America/New_York:{loc(appt)}", f"DTEND;TZID=America/New_York:{loc(appt_end)}",
               "SUMMARY:DOT Physical + Drug Screen (Black Swamp Bulk Transport)",
               "LOCATION:" + esc("Maple Ridge Occupational Health, 1025 N Main St Suite B, Bowling Green, OH 43402"),
               "DESCRIPTION:" + esc("Pre-employment DOT physical and 5-panel drug screen. Authorization BSB-26-04417. "
                                    "Bring photo ID and medication list."),
               "ORGANIZER;CN=Maple Ridge Occupational Health:mailto:scheduling@mapleridgeoccmed.example",
               attendee(OWNER_NAME, OWNER, "NEEDS-ACTION", rsvp="FALSE"),
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    eml = email_msg(
        msgid="PS.20260317.174830.77120@mapleridgeoccmed.example", sent=sent,
        from_="Maple Ridge Occupational Health <scheduling@mapleridgeoccmed.example>",
        to=f"TRAVIS KOWALSKI <{OWNER}>",
        subject=f"Appointment Confirmation: DOT Physical + Drug Screen - {dy3(appt)} {appt.month}/{appt.day} {h12(appt)}",
        text=text, bnd="----=_Part_77120_1873", attachments=[("appointment.ics", "text/calendar; charset=utf-8", cal)],
        recv=("smtp.mapleridgeoccmed.example", "203.0.113.61"))
    files = {"01-appointment-dot-physical-drug-screen.eml": eml}
    lab = label([], "medium", "negative/dot-physical-drug-screen",
                "Pre-employment DOT physical + drug screen at a clinic, with .ics; the 'medical examiner will "
                "interview you about your health history' is not a job interview.")
    return files, lab


# ---------------------------------------------------------------- 03
@case("b153-03-google-voice-texts-terminal-interview")
def c03():
    sent1 = T(2026, 4, 13, 17, 41, 22)
    sent2 = T(2026, 4, 13, 17, 58, 5)
    start = T(2026, 4, 16, 13, 30)
    wd(sent1, "Mon")
    wd(start, "thurs")
    assert start.date() - sent1.date() == timedelta(days=3)
    t1 = ("Travis its Rick w/ Maumee Valley Transport. got ur app for the regional CDL-A spot. can u come in "
          "thurs at 1:30 to sit down w/ Dale our terminal mgr? 4410 Hagman Rd Toledo. bring ur CDL, med card "
          "& 10yr work history. txt back or email me rszabo@maumeevalley.example")
    t2 = "ok good. see u thurs 1:30. park by the shop door not the dock"
    files = {
        "01-text-from-4195550148.eml": gvoice_text(
            msgid="0000000000004c9f1a0617e3b7c2a1f0@google.com", sent=sent1, from_num="(419) 555-0148",
            from_digits="4195550148", relay_tag="Qm3xKp_0aZ", text=t1, bnd="0000000000004c9f1a0617e3b7c2"),
        "02-text-from-4195550148.eml": gvoice_text(
            msgid="000000000000b81d2c0617e3f4a9d3e2@google.com", sent=sent2, from_num="(419) 555-0148",
            from_digits="4195550148", relay_tag="Qm3xKp_0aZ", text=t2, bnd="000000000000b81d2c0617e3f4a9"),
    }
    lab = label([iv("Maumee Valley Transport", "Regional CDL-A Driver", start, None, "scheduled", [],
                    ["rszabo@maumeevalley.example"], "hiring_manager")],
                "hard", "positive/sms-to-email",
                "Google Voice SMS-to-email, terse. 'thurs at 1:30' resolved against Mon Apr 13 -> Thu Apr 16 "
                "1:30 PM ET. Interviewer Dale (terminal manager) has no address; follow-up goes to the recruiter "
                "address given in the text, not the txt.voice.google.com relay.")
    return files, lab


# ---------------------------------------------------------------- 04
@case("b153-04-orientation-after-hire")
def c04():
    sent = T(2026, 4, 24, 11, 3, 40)
    o_start = T(2026, 4, 27, 7, 0, tz=INDY)
    o_end = T(2026, 4, 29, 16, 0, tz=INDY)
    wd(o_start, "Monday")
    wd(o_end, "Wednesday")
    text = f"""Congratulations Travis!

You have been approved for hire with Hoosier Heartland Transport, pending successful completion of orientation. Welcome to the team!

ORIENTATION
Dates: {longdate(o_start)} - {longdate(o_end)}
Check-in: {day(o_start)} at {h12(o_start)} Eastern (Indianapolis time) - driver lounge
Location: Indianapolis Terminal, 5100 W Raymond St, Indianapolis, IN 46241

What to expect:
Day 1 - Paperwork, company policies, ELD training, drug screen collection
Day 2 - Road test, pre-trip and backing evaluation, meet your Driver Manager
Day 3 - Truck assignment and first dispatch

Hotel is booked for Sunday through Tuesday night at the Red Roof near the terminal (confirmation in your driver portal). Bus ticket from Findlay is attached to your portal as well.

Please bring: CDL, DOT medical card, Social Security card, voided check for direct deposit, and clothes/gear for your first trip.

Questions? Reply to this message or call Carla Neff, Orientation Coordinator, at (317) 555-0107 - cneff@hhtransport.example

See you Monday!
Hoosier Heartland Transport - Driver Recruiting
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tenstreet//Driver Pipeline//EN", "METHOD:REQUEST",
               *vtz_olson("America/Indiana/Indianapolis"), "BEGIN:VEVENT",
               "UID:orient-hht-20260427-8410932@tenstreet.com", "SEQUENCE:0", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=America/Indiana/Indianapolis:{loc(o_start)}",
               f"DTEND;TZID=America/Indiana/Indianapolis:{loc(o_end)}",
               "SUMMARY:Driver Orientation - Hoosier Heartland Transport",
               "LOCATION:" + esc("Indianapolis Terminal, 5100 W Raymond St, Indianapolis, IN 46241"),
               "DESCRIPTION:" + esc("3-day new driver orientation. Check in 7:00 AM Monday at the driver lounge."),
               "ORGANIZER;CN=Carla Neff:mailto:cneff@hhtransport.example",
               attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    footer = "Sent via Tenstreet on behalf of Hoosier Heartland Transport."
    eml = email_msg(
        msgid="20260424150340.8410932.c7e1@tenstreet.com", sent=sent,
        from_="Hoosier Heartland Transport <noreply@tenstreet.com>", to=f"{OWNER_NAME} <{OWNER}>",
        reply_to="Carla Neff <cneff@hhtransport.example>",
        subject="You're hired! Orientation scheduled - Hoosier Heartland Transport",
        text=text, html=ats_html("Orientation Scheduled", text, "#7a1f1f", footer), bnd="=_ts_8410932_c7e1",
        attachments=[("orientation.ics", "text/calendar; charset=utf-8; method=REQUEST", cal)],
        return_path="bounces+8410932-c7e1@tenstreet.com", recv=("mta-09.tenstreet.com", "198.51.100.19"))
    files = {"01-orientation-scheduled.eml": eml}
    lab = label([], "medium", "negative/orientation",
                "Post-hire 3-day orientation with .ics (Indianapolis zone); includes 'meet your Driver Manager' "
                "and a road test, but the user is already hired - not an interview.")
    return files, lab


# ---------------------------------------------------------------- 05
@case("b153-05-driverreach-joliet-terminal-ics")
def c05():
    sent = T(2026, 4, 30, 14, 26, 51, tz=CT)
    start = T(2026, 5, 6, 9, 0, tz=CT)
    end = T(2026, 5, 6, 10, 0, tz=CT)
    wd(start, "Wednesday")
    text = f"""Hi Travis,

Your in-person interview with Prairie Lane Carriers is confirmed.

Position: CDL-A Dedicated Driver - Home Daily (Joliet, IL)
When: {longdate(start)}, {h12(start)} - {h12(end)} CDT
Where: Joliet Terminal, 2201 Channahon Rd, Joliet, IL 60436 (driver entrance on the east side of the building)
You'll meet with: Craig Dunlap, Terminal Manager

Heads up: our terminal runs on Central time, so that's {h12(start.astimezone(ET))} Ohio time. We'll reimburse mileage from Findlay per our recruiting policy.

What to bring:
- CDL and DOT medical card
- Social Security card
- 10-year employment history (if not already completed in your application)

A calendar invite is attached. If you need to reschedule, reply to this email or contact Megan Hollis, Recruiting Coordinator, at mhollis@prairielane.example or (815) 555-0164.

Prairie Lane Carriers Recruiting
"""
    footer = "Powered by DriverReach. You are receiving this email because you applied to Prairie Lane Carriers."
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DriverReach//Interview Scheduler 2.4//EN",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", *vtz_olson("America/Chicago"), "BEGIN:VEVENT",
               "UID:drv-int-5521907@driverreach.com", "SEQUENCE:0", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=America/Chicago:{loc(start)}", f"DTEND;TZID=America/Chicago:{loc(end)}",
               "SUMMARY:In-Person Interview - Prairie Lane Carriers (CDL-A Dedicated Driver - Home Daily)",
               "LOCATION:" + esc("Joliet Terminal, 2201 Channahon Rd, Joliet, IL 60436"),
               "DESCRIPTION:" + esc("Interview with Craig Dunlap, Terminal Manager. Questions: Megan Hollis "
                                    "(815) 555-0164."),
               "ORGANIZER;CN=Megan Hollis:mailto:mhollis@prairielane.example",
               attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    eml = email_msg(
        msgid="0100018f2c9e5a11-5521907-drv@email.driverreach.com", sent=sent,
        from_="Prairie Lane Carriers <no-reply@driverreach.com>", to=OWNER,
        reply_to="Megan Hollis <mhollis@prairielane.example>",
        subject="Interview Confirmed - Prairie Lane Carriers", text=text,
        html=ats_html("Interview Confirmed", text, "#1b5e20", footer), bnd="b1_5521907_drv",
        attachments=[("interview.ics", "text/calendar; charset=utf-8; method=REQUEST", cal)],
        return_path="0100018f2c9e5a11-bounce@amazonses.com", recv=("a8-31.smtp-out.amazonses.com", "54.240.8.31"))
    files = {"01-driverreach-interview-confirmed.eml": eml}
    lab = label([iv("Prairie Lane Carriers", "CDL-A Dedicated Driver - Home Daily", start, end, "scheduled", [],
                    ["mhollis@prairielane.example"], "hiring_manager")],
                "medium", "positive/ats-email-with-ics-central",
                "DriverReach confirmation + .ics with America/Chicago VTIMEZONE; terminal in Central time "
                "(9 AM CDT = 10 AM Ohio). Terminal manager has no address -> follow-up to the coordinator.")
    return files, lab


# ---------------------------------------------------------------- 06
@case("b153-06-dispatcher-call-about-load")
def c06():
    sent = T(2026, 5, 7, 18, 20, 14)
    start = T(2026, 5, 8, 6, 15)
    end = T(2026, 5, 8, 6, 30)
    wd(start, "Friday")
    desc = ("Need to go over the detention at the Wapakoneta DC on load 7781204 before you roll out - "
            "they're disputing 3 hrs. Have your reefer temp download and your BOL pics ready. Also want to "
            "look at your 70 hr clock for next week.\n\nIf I don't pick up call the dispatch line 419-555-0110.\n-Ron")
    eml = google_invite(
        msgid="calendar-5d0f3b7e-91a2-4f6c-b0a8-7e2d41c9e113@google.com", sent=sent,
        org_name="Ron Tipton", org_email="rtipton@flagcityfreight.example",
        summary="Call w/ Travis - load 7781204 (Wapak reefer) + HOS", start=start, end=end,
        tzid="America/New_York", location="Phone", description=desc,
        guests=[("Ron Tipton", "rtipton@flagcityfreight.example", "ACCEPTED", True),
                (OWNER, OWNER, "NEEDS-ACTION", False)],
        uid="1h7q0c2m9sd4k5r8tvx3b6ya01@google.com",
        eid="MWg3cTBjMm05c2Q0azVyOHR2eDNiNnlhMDEgdHJhdmlzLmtvd2Fsc2tpQGV4YW1wbGUuY29t",
        bnd="0000000000009e1f2b0618a1c")
    files = {"01-invitation-dispatch-call.eml": eml}
    lab = label([], "medium", "negative/dispatcher-call",
                "Google Calendar invite from the user's current dispatcher about a load, detention and hours of "
                "service - a work call, not a hiring conversation.")
    return files, lab


# ---------------------------------------------------------------- 07
@case("b153-07-indeed-interview-rescheduled")
def c07():
    sent1 = T(2026, 5, 14, 9, 2, 11)
    s1, e1 = T(2026, 5, 19, 14, 0), T(2026, 5, 19, 14, 30)
    sent2 = T(2026, 5, 18, 16, 47, 3)
    s2, e2 = T(2026, 5, 20, 15, 30), T(2026, 5, 20, 16, 0)
    wd(s1, "Tue")
    wd(s2, "Wed")
    uid = "IIV-7f3c21d8a4e94b0c@indeed.com"
    role = "Warehouse Lead - 2nd Shift"

    def cal(seq, s, e, stamp):
        return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Indeed//Indeed Interview//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{z(stamp)}",
                    f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
                    f"SUMMARY:Interview: {role} at Great Miami Cold Storage",
                    "LOCATION:Indeed video interview (link in your Indeed account)",
                    "DESCRIPTION:" + esc("Video interview on Indeed. Join from https://www.indeed.com/interviews "
                                         "up to 15 minutes before the start time."),
                    "ORGANIZER;CN=Indeed:mailto:donotreply@indeed.com",
                    attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    t1 = f"""Your interview is confirmed

{role}
Great Miami Cold Storage - Dayton, OH

{dy3(s1)}, {mo3(s1)} {s1.day}, {s1.year}
{h12(s1)} - {h12(e1)} EDT
Video interview on Indeed

Interviewer: Tonya Bell, Warehouse Operations Manager

Message from Great Miami Cold Storage:
"Hi Travis - looking forward to talking about the 2nd shift lead role. If anything comes up you can reach me directly at tbell@greatmiamicold.example. - Tonya"

Join interview: https://www.indeed.com/interviews/iiv-7f3c21d8
You can join up to 15 minutes early. Test your camera and microphone: https://www.indeed.com/interviews/test

Need to reschedule? https://www.indeed.com/interviews/iiv-7f3c21d8/reschedule

(c) 2026 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750
"""
    t2 = f"""Your interview was rescheduled

Great Miami Cold Storage changed the time of your interview for {role}.

New time:
{dy3(s2)}, {mo3(s2)} {s2.day}, {s2.year}
{h12(s2)} - {h12(e2)} EDT
Video interview on Indeed

Previous time (canceled): {dy3(s1)}, {mo3(s1)} {s1.day}, {h12(s1)} EDT

Message from Great Miami Cold Storage:
"Sorry Travis, we've got a trailer audit tomorrow afternoon and I need to be on the dock. Wednesday work? - Tonya"

Join interview: https://www.indeed.com/interviews/iiv-7f3c21d8
Can't make it? https://www.indeed.com/interviews/iiv-7f3c21d8/reschedule

(c) 2026 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750
"""
    files = {
        "01-indeed-interview-confirmed.eml": email_msg(
            msgid="0100018f7a1e3c55-iiv7f3c21d8-conf@indeed.com", sent=sent1,
            from_="Indeed <donotreply@indeed.com>", to=OWNER,
            subject=f"Interview confirmed: {role} at Great Miami Cold Storage", text=t1,
            html=ats_html("Your interview is confirmed", t1, "#2557a7", "Indeed"), bnd="indeed_a1f0c2",
            attachments=[("interview.ics", "text/calendar; charset=utf-8; method=REQUEST", cal(0, s1, e1, sent1))],
            return_path="bounce-iiv7f3c21d8@indeed.com", recv=("mail-a12.indeed.com", "198.51.100.112")),
        "02-indeed-interview-rescheduled.eml": email_msg(
            msgid="0100018f8b6d90a2-iiv7f3c21d8-resch@indeed.com", sent=sent2,
            from_="Indeed <donotreply@indeed.com>", to=OWNER,
            subject=f"Interview rescheduled: {role} at Great Miami Cold Storage", text=t2,
            html=ats_html("Your interview was rescheduled", t2, "#2557a7", "Indeed"), bnd="indeed_b7d3e9",
            attachments=[("interview.ics", "text/calendar; charset=utf-8; method=REQUEST", cal(1, s2, e2, sent2))],
            return_path="bounce-iiv7f3c21d8@indeed.com", recv=("mail-a07.indeed.com", "198.51.100.107")),
    }
    lab = label([iv("Great Miami Cold Storage", role, s2, e2, "scheduled", ["tbell@greatmiamicold.example"],
                    ["tbell@greatmiamicold.example"], "hiring_manager")],
                "medium", "positive/reschedule",
                "Indeed Interview confirmation then reschedule (same UID, SEQUENCE 0->1): final Wed May 20 "
                "3:30-4:00 PM EDT. Interviewer's own address is quoted in the employer message.")
    return files, lab


# ---------------------------------------------------------------- 08
@case("b153-08-workstream-one-way-video")
def c08():
    sent = T(2026, 6, 16, 10, 31, 44)
    due = T(2026, 6, 19, 23, 59)
    wd(due, "Friday")
    text = f"""Hi Travis!

Thanks for applying to Shift Lead - Outbound at Sandusky Bay Logistics. You're moving forward!

Next step: your video interview
Answer 3 short questions on your phone. No need to schedule - record whenever it works for you before {day(due)}, {mon(due)} {due.day} at 11:59 PM.

You'll be asked:
1. Tell us about a time you led a team through a busy shift.
2. How do you handle an associate who keeps missing safety rules?
3. What shifts are you available to work?

You get up to 2 minutes per answer and can re-record each answer once.

Start my video interview: https://app.workstream.us/v/sbl-8c41e0

Good luck!
Sandusky Bay Logistics Hiring Team

Reply STOP to opt out of texts. Powered by Workstream.
"""
    eml = email_msg(
        msgid="wst.20260616143144.8c41e0@mail.workstream.us", sent=sent,
        from_="Sandusky Bay Logistics <no-reply@workstream.us>", to=OWNER,
        subject="Next step: record your video interview for Shift Lead - Outbound", text=text,
        html=ats_html("Sandusky Bay Logistics", text, "#5b2be0", "Powered by Workstream"), bnd="wst_8c41e0_",
        return_path="bounces@mail.workstream.us", recv=("o7.mail.workstream.us", "198.51.100.207"))
    files = {"01-workstream-video-interview.eml": eml}
    lab = label([], "medium", "negative/one-way-video",
                "Workstream one-way recorded video interview with a deadline - no live conversation.")
    return files, lab


# ---------------------------------------------------------------- 09
@case("b153-09-workstream-interview-cancelled")
def c09():
    sent1 = T(2026, 6, 1, 12, 15, 2)
    start = T(2026, 6, 5, 11, 0)
    end = start + timedelta(minutes=30)
    sent2 = T(2026, 6, 3, 8, 44, 19)
    wd(start, "Fri")
    role = "Warehouse Lead (Nights)"
    t1 = f"""Hi Travis, your interview is scheduled!

Lakeshore Beverage Distributors - {role}

{dy3(start)}, {mo3(start)} {start.day}, {start.year} at {h12(start)} EDT (30 min)
In person: 1200 Venice Rd, Sandusky, OH 44870
Interview with: Marcus T., Night Warehouse Manager - ask for him at the front desk

Please bring a photo ID and wear closed-toe shoes; we'll walk the warehouse floor.

Add to calendar: https://app.workstream.us/i/lbd-5f92aa/calendar
Need to reschedule? https://app.workstream.us/i/lbd-5f92aa/reschedule

Reply STOP to opt out of texts. Powered by Workstream.
"""
    t2 = f"""Hi Travis,

Your interview for {role} at Lakeshore Beverage Distributors on {dy3(start)}, {mo3(start)} {start.day} at {h12(start)} EDT has been canceled.

Reason: This position has been filled.

Thank you for your interest in Lakeshore Beverage Distributors. We'll keep your application on file and you may hear from us about future openings.

See other open jobs: https://app.workstream.us/j/lakeshore-beverage

Reply STOP to opt out of texts. Powered by Workstream.
"""
    files = {
        "01-workstream-interview-scheduled.eml": email_msg(
            msgid="wst.20260601161502.5f92aa@mail.workstream.us", sent=sent1,
            from_="Lakeshore Beverage Distributors <no-reply@workstream.us>", to=OWNER,
            subject=f"Interview scheduled: {role} - Lakeshore Beverage Distributors", text=t1,
            html=ats_html("Your interview is scheduled", t1, "#0f6cbd", "Powered by Workstream"), bnd="wst_5f92aa_a",
            return_path="bounces@mail.workstream.us", recv=("o7.mail.workstream.us", "198.51.100.207")),
        "02-workstream-interview-canceled.eml": email_msg(
            msgid="wst.20260603124419.5f92aa@mail.workstream.us", sent=sent2,
            from_="Lakeshore Beverage Distributors <no-reply@workstream.us>", to=OWNER,
            subject=f"Interview canceled: {role} - Lakeshore Beverage Distributors", text=t2,
            html=ats_html("Interview canceled", t2, "#0f6cbd", "Powered by Workstream"), bnd="wst_5f92aa_b",
            return_path="bounces@mail.workstream.us", recv=("o7.mail.workstream.us", "198.51.100.207")),
    }
    lab = label([iv("Lakeshore Beverage Distributors", role, start, end, "cancelled", [], [], "hiring_manager")],
                "medium", "positive/cancellation-only",
                "Workstream scheduled then canceled (position filled). Kept as cancelled at its last time. "
                "Only no-reply addresses and an interviewer without e-mail -> no follow-up recipients.")
    return files, lab


# ---------------------------------------------------------------- 10
@case("b153-10-road-test-only")
def c10():
    sent = T(2026, 7, 20, 15, 5, 33)
    start = T(2026, 7, 23, 7, 0)
    end = T(2026, 7, 23, 9, 0)
    wd(sent, "Monday")
    wd(start, "Thursday")
    desc = ("Travis - thanks again for coming in to interview this morning. Next step is your road test and "
            "pre-trip inspection with our driver trainer Sal Mancuso. Bring your CDL and med card and plan on "
            "about 2 hrs. We'll schedule your DOT drug screen after.\n\nMeet at the fuel island, "
            "Erie Shores Carriers, 5400 Smith Rd, Brook Park OH.\n\nWes Pohlman\nSafety Director")
    eml = google_invite(
        msgid="calendar-a3c84e10-2b7d-4d59-8f61-09be27c4d5aa@google.com", sent=sent,
        org_name="Wes Pohlman", org_email="wpohlman@erieshorescarriers.example",
        summary="Road Test + Pre-Trip - Travis Kowalski", start=start, end=end, tzid="America/New_York",
        location="Erie Shores Carriers - fuel island, 5400 Smith Rd, Brook Park, OH 44142", description=desc,
        guests=[("Wes Pohlman", "wpohlman@erieshorescarriers.example", "ACCEPTED", True),
                ("Sal Mancuso", "smancuso@erieshorescarriers.example", "ACCEPTED", False),
                (OWNER, OWNER, "NEEDS-ACTION", False)],
        uid="6b2n8f0q4vmc7t1z3kd9xw5e2p@google.com",
        eid="NmIybjhmMHE0dm1jN3QxejNrZDl4dzVlMnAgdHJhdmlzLmtvd2Fsc2tpQGV4YW1wbGUuY29t",
        bnd="000000000000f3a81d0619c2b")
    files = {"01-invitation-road-test.eml": eml}
    lab = label([], "hard", "negative/road-test",
                "Road test + pre-trip skills evaluation with a trainer (practical test, not a conversation). "
                "The interview it mentions already happened that morning and has no time in the case.")
    return files, lab


# ---------------------------------------------------------------- 11
@case("b153-11-screen-then-terminal-two-interviews")
def c11():
    sent1 = T(2026, 6, 3, 10, 2, 48, tz=CT)
    s1, e1 = T(2026, 6, 8, 9, 0, tz=CT), T(2026, 6, 8, 9, 20, tz=CT)
    sent2 = T(2026, 6, 8, 9, 41, 12, tz=CT)
    s2, e2 = T(2026, 6, 11, 10, 0), T(2026, 6, 11, 11, 0)
    wd(s1, "Monday")
    wd(sent2, "Monday")
    wd(s2, "Thursday")
    assert 0 < (s2.date() - sent2.date()).days < 7  # "this Thursday"
    role = "CDL-A Tanker Driver (Hazmat)"
    desc = (f"Phone interview for the {role} position, Columbus terminal. I'll call you at {OWNER_CELL}. "
            "Have your endorsements and last 3 employers handy.\n\nJolene Pruitt\nDriver Recruiter - Cumberland Tank Lines\n"
            "(615) 555-0133")
    inv = google_invite(
        msgid="calendar-7e19d0c4-56ab-4c3e-9d27-f1b8a03e6c52@google.com", sent=sent1,
        org_name="Jolene Pruitt", org_email="jpruitt@cumberlandtank.example",
        summary=f"Phone Interview: Travis Kowalski - {role}", start=s1, end=e1, tzid="America/Chicago",
        location=f"Phone - Jolene will call {OWNER_CELL}", description=desc,
        guests=[("Jolene Pruitt", "jpruitt@cumberlandtank.example", "ACCEPTED", True),
                (OWNER, OWNER, "NEEDS-ACTION", False)],
        uid="3kq9v1x7m2c8b4n6t0ph5rj2aw@google.com",
        eid="M2txOXYxeDdtMmM4YjRuNnQwcGg1cmoyYXcgdHJhdmlzLmtvd2Fsc2tpQGV4YW1wbGUuY29t",
        bnd="0000000000005c7e0a0618d0f")
    t2 = f"""Hi Travis,

Enjoyed our call this morning - your tanker time with the food-grade outfit is exactly what our Columbus lanes need.

Next step is an in-person interview with Bryce Lantz, our Columbus terminal manager. He has this {wd(s2, 'Thursday')} at {h12(s2)} Eastern open. Plan on about an hour, including a walk through the wash rack and shop.

Columbus Terminal
2750 Alum Creek Dr
Obetz, OH 43207

Bryce is copied here (blantz@cumberlandtank.example) - if you're running late that morning let him know directly. Just a reminder that I'm in our Nashville office on Central time, but the {h12(s2)} is Columbus time.

Bring your CDL, med card and hazmat/tanker endorsement paperwork.

Thanks,
Jolene

--
Jolene Pruitt
Driver Recruiter | Cumberland Tank Lines
(615) 555-0133 | jpruitt@cumberlandtank.example
"""
    em = email_msg(
        msgid="CAJp7Vw3kR1m0cT9xQe4bFz8nL2uH6sY5aD0gK3pW7iE1oMv@mail.gmail.com", sent=sent2,
        from_="Jolene Pruitt <jpruitt@cumberlandtank.example>", to=f"Travis Kowalski <{OWNER}>",
        cc="Bryce Lantz <blantz@cumberlandtank.example>",
        subject="Next step - Columbus terminal interview", text=t2, bnd="000000000000a4d2f70618d1e",
        recv=("mail-sor-f41.google.com", "209.85.220.41"))
    files = {"01-invitation-phone-interview.eml": inv, "02-next-step-terminal-interview.eml": em}
    lab = label([
        iv("Cumberland Tank Lines", role, s1, e1, "scheduled", ["jpruitt@cumberlandtank.example"],
           ["jpruitt@cumberlandtank.example"], "phone_screen"),
        iv("Cumberland Tank Lines", role, s2, e2, "scheduled", ["blantz@cumberlandtank.example"],
           ["blantz@cumberlandtank.example"], "hiring_manager"),
    ], "hard", "positive/two-interviews-mixed-tz",
        "Two interviews: Google invite for a recruiter phone screen in Central time (9:00 CDT = -05:00), then "
        "an e-mail (sent from Central time) booking 'this Thursday at 10:00 AM Eastern' at the Ohio terminal. "
        "Terminal manager is cc'd and named as interviewer.")
    return files, lab


# ---------------------------------------------------------------- 12
@case("b153-12-terminal-hiring-event-walkins")
def c12():
    sent = T(2026, 7, 27, 12, 0, 9)
    start, end = T(2026, 8, 1, 9, 0), T(2026, 8, 1, 15, 0)
    wd(start, "Sat")
    text = f"""You're registered, Travis!

DRIVER HIRING EVENT - TERRE HAUTE TERMINAL
{longdate(start)} | {h12(start)} - {h12(end)} ET
Crossroads Intermodal, 1800 S 13th St, Terre Haute, IN 47802

* On-the-spot interviews with our recruiters - no appointment needed, first come first served
* Same-day conditional offers for qualified CDL-A drivers
* Terminal and equipment tours
* Free cookout 11-1

Bring your CDL, DOT medical card and a copy of your MVR if you have one. Walk in any time between 9 and 3.

Add to your calendar: the event file is attached.

Questions? recruiting@crossroadsintermodal.example | (812) 555-0150

Crossroads Intermodal | 1800 S 13th St | Terre Haute, IN 47802
You are receiving this email because you registered for a Crossroads Intermodal event.
Unsubscribe: https://crossroadsintermodal.us21.list-manage.com/unsubscribe?u=9f1d&id=a72c
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Crossroads Intermodal//Events//EN", "METHOD:PUBLISH",
               *vtz_olson("America/Indiana/Indianapolis"), "BEGIN:VEVENT",
               "UID:hiring-event-20260801-tht@crossroadsintermodal.example", "SEQUENCE:0", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=America/Indiana/Indianapolis:{loc(start)}",
               f"DTEND;TZID=America/Indiana/Indianapolis:{loc(end)}",
               "SUMMARY:Driver Hiring Event - On-the-Spot Interviews (Crossroads Intermodal)",
               "LOCATION:" + esc("Crossroads Intermodal, 1800 S 13th St, Terre Haute, IN 47802"),
               "DESCRIPTION:" + esc("Walk-ins welcome 9 AM - 3 PM ET. On-the-spot interviews with recruiters, "
                                    "terminal tours, cookout. Bring CDL and med card."),
               "ORGANIZER;CN=Crossroads Intermodal Recruiting:mailto:recruiting@crossroadsintermodal.example",
               attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
               "STATUS:CONFIRMED", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    eml = email_msg(
        msgid="9f1d3c0a72c4b.20260727160009@mail181.suw121.mcdlv.net", sent=sent,
        from_="Crossroads Intermodal Recruiting <recruiting@crossroadsintermodal.example>", to=f"Travis <{OWNER}>",
        subject=f"You're registered: Driver Hiring Event {dy3(start)} {start.month}/{start.day} - On-the-spot interviews!",
        text=text, html=ats_html("Driver Hiring Event", text, "#c62828", "Sent with Mailchimp"),
        bnd="_----------=_MCPart_1829301144", text_cte="quoted-printable",
        attachments=[("hiring-event.ics", "text/calendar; charset=utf-8", cal)],
        return_path="bounce-mc.us21_9f1d.a72c-travis.kowalski=example.com@mail181.suw121.mcdlv.net",
        recv=("mail181.suw121.mcdlv.net", "198.2.181.121"),
        extra_headers=[("List-Unsubscribe", "<https://crossroadsintermodal.us21.list-manage.com/unsubscribe?u=9f1d&id=a72c>"),
                       ("X-Mailer", "Mailchimp Mailer - **CIDa72c9f1d3c**")])
    files = {"01-registered-driver-hiring-event.eml": eml, "02-driver-hiring-event.ics": cal}
    lab = label([], "hard", "negative/hiring-event-walkin",
                "Registration for a terminal hiring event with 'on-the-spot interviews', walk-in 9-3, no booked "
                "interview slot (like a career fair); mail + standalone .ics of the same event.")
    return files, lab


# ---------------------------------------------------------------- 13
@case("b153-13-outlook-panel-distribution-center")
def c13():
    sent = T(2026, 7, 8, 11, 22, 40)
    start, end = T(2026, 7, 14, 13, 0), T(2026, 7, 14, 14, 0)
    wd(start, "Tuesday")
    role = "Warehouse Lead - Inbound"
    body = f"""Hi Travis,

Confirming your in-person panel interview for the {role} position at our Lima distribution center. You'll meet with Greg Oyler (Operations Manager) and Nina Castellano (Inbound Supervisor). The last 15 minutes will be a walk of the receiving floor, so please wear safety-toe boots.

Check in at the front lobby and ask for me; I'll bring you back.

Thanks,
Alyssa Fenn
HR Coordinator | Buckeye Parts Fulfillment
900 Industry Ave, Lima, OH 45804
(419) 555-0176
"""
    eml = outlook_invite(
        msgid="BN8PR12MB3361F0A9C2D54E7B8A11C4E5A62A9@BN8PR12MB3361.namprd12.prod.outlook.com", sent=sent,
        from_name="Alyssa Fenn", from_email="afenn@buckeyeparts.example",
        to_list=[f"Travis Kowalski <{OWNER}>", "Greg Oyler <goyler@buckeyeparts.example>",
                 "Nina Castellano <ncastellano@buckeyeparts.example>"],
        subject=f"Panel Interview - {role} - Travis Kowalski", start=start, end=end,
        wintz="Eastern Standard Time", location="Buckeye Parts Fulfillment - Front Lobby, 900 Industry Ave, Lima OH",
        body=body, attendees=[("Travis Kowalski", OWNER, "REQ-PARTICIPANT"),
                              ("Greg Oyler", "goyler@buckeyeparts.example", "REQ-PARTICIPANT"),
                              ("Nina Castellano", "ncastellano@buckeyeparts.example", "REQ-PARTICIPANT")],
        uid="040000008200E00074C5B7101A82E0080000000090A1B6C3E7F6DC01000000000000000010000000A7D2E43F91C8B54FA11D2E9C0B7F3A61",
        sequence=0, method="REQUEST", thread_index="AQHc8k2Vt4pX1mN0QkS9a2Zr3YwLxg==",
        thread_topic=f"Panel Interview - {role} - Travis Kowalski", bnd="_000_BN8PR12MB3361F0A9C2D54E7B8A11C4E5A62A9BN8PR12MB3361_")
    files = {"01-panel-interview-invite.eml": eml}
    lab = label([iv("Buckeye Parts Fulfillment", role, start, end, "scheduled",
                    ["goyler@buckeyeparts.example", "ncastellano@buckeyeparts.example"],
                    ["goyler@buckeyeparts.example", "ncastellano@buckeyeparts.example"], "onsite")],
                "medium", "positive/outlook-panel",
                "Exchange meeting request with Windows TZID 'Eastern Standard Time' and the '(UTC-05:00)' "
                "display label in July (EDT, -04:00). Two-person panel -> onsite; HR coordinator organizer "
                "is not an interviewer.")
    return files, lab


# ---------------------------------------------------------------- 14
@case("b153-14-user-interviews-forklift-candidate")
def c14():
    sent = T(2026, 8, 20, 9, 14, 52)
    start, end = T(2026, 8, 25, 14, 0), T(2026, 8, 25, 14, 30)
    wd(start, "Tuesday")
    desc = ("Travis - you'll be the lead interviewer on this one since he'd be on your 2nd shift crew. Use the "
            "lead interview guide (safety + attendance questions), then take him out for the sit-down forklift "
            "eval on the Raymond.\n\nSending to your personal email since your @blanchardriverdist account is "
            "locked out again - IT ticket is in.\n\nDee Warner\nHR Generalist, Blanchard River Distribution")
    eml = google_invite(
        msgid="calendar-c0d7f2a1-3e58-4b96-a1c4-5f0e9b27d813@google.com", sent=sent,
        org_name="Dee Warner", org_email="dwarner@blanchardriverdist.example",
        summary="Interview: Forklift Operator (2nd shift) - Jamal Reese", start=start, end=end,
        tzid="America/New_York", location="Blanchard River Distribution - Training Room B, 2600 Production Dr, Findlay OH",
        description=desc,
        guests=[("Dee Warner", "dwarner@blanchardriverdist.example", "ACCEPTED", True),
                (OWNER, OWNER, "NEEDS-ACTION", False),
                ("Jamal Reese", "jreese1988@example.net", "ACCEPTED", False)],
        uid="0r4d8w2k6p1s9m3x7c5v0b2n8f@google.com",
        eid="MHI0ZDh3Mms2cDFzOW0zeDdjNXYwYjJuOGYgdHJhdmlzLmtvd2Fsc2tpQGV4YW1wbGUuY29t",
        bnd="000000000000d7b4e10619f2a")
    files = {"01-invitation-forklift-candidate.eml": eml}
    lab = label([], "hard", "negative/user-is-interviewer",
                "Google invite titled 'Interview: ...' from the user's current employer HR; the user is the lead "
                "interviewer and the candidate is someone else.")
    return files, lab


# ---------------------------------------------------------------- 15
@case("b153-15-calendly-hiring-event-slot-evansville")
def c15():
    sent = T(2026, 8, 10, 19, 37, 25)
    start, end = T(2026, 8, 15, 10, 30, tz=CT), T(2026, 8, 15, 11, 0, tz=CT)
    ev_s, ev_e = T(2026, 8, 15, 8, 0, tz=CT), T(2026, 8, 15, 14, 0, tz=CT)
    wd(start, "Saturday")
    se, ee = start.astimezone(ET), end.astimezone(ET)

    def cly(dt):  # Calendly style: 11:30am, 12:00pm
        return f"{dt.hour % 12 or 12}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"
    role = "CDL-A Delivery Driver (Home Daily)"
    desc = (f"Our {role} hiring event at the Evansville DC runs {gtime(ev_s)}-{gtime(ev_e)} Central. Walk-ins are "
            "welcome, but booking this slot guarantees you a 30-minute sit-down interview with me instead of "
            "waiting in line. Find the Driver Recruiting tent in the west lot. Bring your CDL, med card and "
            "MVR. - Dana Whitcomb, Driver Recruiter, (812) 555-0145")
    text = f"""Hi Travis Kowalski,

Your Hiring Event Interview (30 min) with Dana Whitcomb at {cly(se)} (Eastern Time - US & Canada) on {longdate(se)} is scheduled.

Event Type:
Hiring Event Interview (30 min)

Invitee:
Travis Kowalski
{OWNER}

Event Date/Time:
{cly(se)} - {cly(ee)} (Eastern Time - US & Canada), {longdate(se)}

Location:
Ohio River Foodservice - Evansville DC, 4900 Broadway Ave, Evansville, IN 47712

Description:
{desc}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7d2e91c4-aa10-4b3f-9c65-1e08f3b2d4a7
Reschedule: https://calendly.com/reschedulings/7d2e91c4-aa10-4b3f-9c65-1e08f3b2d4a7

Powered by Calendly.com
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTAMP:{z(sent)}", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               "SUMMARY:Hiring Event Interview (30 min) between Dana Whitcomb and Travis Kowalski",
               "UID:7d2e91c4-aa10-4b3f-9c65-1e08f3b2d4a7@calendly.com", "SEQUENCE:0",
               "DESCRIPTION:" + esc(desc),
               "LOCATION:" + esc("Ohio River Foodservice - Evansville DC, 4900 Broadway Ave, Evansville, IN 47712"),
               "ORGANIZER;CN=Dana Whitcomb:mailto:dwhitcomb@ohioriverfoods.example",
               attendee("Dana Whitcomb", "dwhitcomb@ohioriverfoods.example", "ACCEPTED", rsvp="FALSE"),
               attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    eml = email_msg(
        msgid="calendly.7d2e91c4-aa10-4b3f-9c65-1e08f3b2d4a7.invitee@calendly.com", sent=sent,
        from_="Calendly <notifications@calendly.com>", to=OWNER,
        reply_to="Dana Whitcomb <dwhitcomb@ohioriverfoods.example>",
        subject=f"Confirmed: Hiring Event Interview (30 min) with Dana Whitcomb on {longdate(se)}",
        text=text, html=ats_html("A new event has been scheduled", text, "#006bff", "Powered by Calendly.com"),
        bnd="calendly_7d2e91c4", attachments=[("invite.ics", "text/calendar; charset=utf-8; method=REQUEST", cal)],
        return_path="bounces+2208714-7d2e@em.calendly.com", recv=("o1.em.calendly.com", "198.51.100.41"))
    files = {"01-calendly-confirmed.eml": eml}
    lab = label([iv("Ohio River Foodservice", role, start, end, "scheduled", ["dwhitcomb@ohioriverfoods.example"],
                    ["dwhitcomb@ohioriverfoods.example"], "other")],
                "hard", "positive/hiring-event-booked-slot",
                "Booked 30-min sit-down interview slot at a terminal hiring event. Calendly shows it in the "
                "invitee's Eastern time (11:30 am EDT) while the DC in Evansville, IN is on Central (10:30 CDT); "
                "same instant. The 8-2 event window is not the interview.")
    return files, lab


# ---------------------------------------------------------------- 16
@case("b153-16-indeed-availability-request")
def c16():
    sent = T(2026, 8, 31, 13, 9, 58)
    a1, a1e = T(2026, 9, 3, 9, 0), T(2026, 9, 3, 12, 0)
    a2, a2e = T(2026, 9, 4, 13, 0), T(2026, 9, 4, 16, 0)
    due = T(2026, 9, 2, 23, 59)
    wd(a1, "Thu")
    wd(a2, "Fri")
    wd(due, "Wed")
    text = f"""Miami Valley Produce wants to interview you

CDL-A Local Delivery Driver - Troy, OH

Choose a time for a 15-minute phone interview. Times shown in Eastern Time (EDT).

{dy3(a1)}, {mo3(a1)} {a1.day}: {h12(a1)} - {h12(a1e)}
{dy3(a2)}, {mo3(a2)} {a2.day}: {h12(a2)} - {h12(a2e)}

Select a time: https://www.indeed.com/interviews/schedule/iiv-2b90e6f1

Please respond by {dy3(due)}, {mo3(due)} {due.day}.

Message from Miami Valley Produce:
"Travis, saw your resume - we run local produce routes out of Troy, home every night, no touch freight. Grab a time that works. - Gina"

None of these times work? Let the employer know: https://www.indeed.com/interviews/schedule/iiv-2b90e6f1/decline

(c) 2026 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750
"""
    eml = email_msg(
        msgid="0100018fa3e7b210-iiv2b90e6f1-req@indeed.com", sent=sent,
        from_="Indeed <donotreply@indeed.com>", to=OWNER,
        subject="Miami Valley Produce wants to schedule an interview with you", text=text,
        html=ats_html("Schedule your interview", text, "#2557a7", "Indeed"), bnd="indeed_2b90e6",
        return_path="bounce-iiv2b90e6f1@indeed.com", recv=("mail-a12.indeed.com", "198.51.100.112"))
    files = {"01-indeed-choose-interview-time.eml": eml}
    lab = label([], "medium", "negative/availability-request",
                "Indeed asks the user to pick a phone-interview time from two windows; nothing is booked in the case.")
    return files, lab


# ---------------------------------------------------------------- 17
@case("b153-17-recruiter-email-and-gcal-json")
def c17():
    sent0 = T(2026, 9, 14, 11, 5, 0)
    sent_u = T(2026, 9, 14, 20, 47, 0)
    sent = T(2026, 9, 15, 10, 12, 36)
    start = T(2026, 9, 16, 16, 15)
    end = start + timedelta(minutes=20)
    wd(sent, "Tuesday")
    assert start.date() - sent.date() == timedelta(days=1)  # "tomorrow"
    role = "Regional Flatbed CDL-A Driver"
    text = f"""Travis,

Thanks for getting back to me. I put you on my calendar for tomorrow at 4:15 for a quick phone interview - should take about 20 minutes. I'll call you at 567-555-0139.

We'll go over your flatbed time (securement, tarping, coil loads), what home time you need, and the pay package for the {role} opening out of our Toledo drop yard. If something comes up just reply here.

Sean Petrakis
Driver Recruiter | Allegheny Flatbed Inc.
412-555-0190 | spetrakis@alleghenyflatbed.example

From: Travis Kowalski <{OWNER}>
Sent: {longdate(sent_u)} {h12(sent_u)}
To: Sean Petrakis <spetrakis@alleghenyflatbed.example>
Subject: Re: {role} - Allegheny Flatbed

Sean, got your voicemail. I'm home {wd(T(2026, 9, 16), 'Wed')} and {wd(T(2026, 9, 17), 'Thu')} this week, afternoons are best. 2 yrs flatbed w/ tarps, mostly steel and lumber.
Travis

From: Sean Petrakis <spetrakis@alleghenyflatbed.example>
Sent: {longdate(sent0)} {h12(sent0)}
To: Travis Kowalski <{OWNER}>
Subject: {role} - Allegheny Flatbed

Hi Travis,
I came across your resume on Indeed and wanted to reach out about our {role} position - home every weekend, percentage pay, tarp pay. Let me know a good time to talk.
Sean
"""
    eml = email_msg(
        msgid="SA1PR08MB7744C2E5B90A3D1F6E8C07B1A93F2@SA1PR08MB7744.namprd08.prod.outlook.com", sent=sent,
        from_="Sean Petrakis <spetrakis@alleghenyflatbed.example>", to=f"Travis Kowalski <{OWNER}>",
        subject=f"RE: {role} - Allegheny Flatbed", text=text, bnd="_000_SA1PR08MB7744C2E5B90A3D1F6E8C07B1A93F2_",
        in_reply_to="CAKw9Tq2uV8nR4xB1mZ6cL0pJ3sF7hD5gY2eN9aK4oW1iQ8t@mail.example.com",
        references=["SA1PR08MB77449A01D3C7E2B4F5A6081C7D3E9@SA1PR08MB7744.namprd08.prod.outlook.com",
                    "CAKw9Tq2uV8nR4xB1mZ6cL0pJ3sF7hD5gY2eN9aK4oW1iQ8t@mail.example.com"],
        recv=("NAM10-DM6-obe.outbound.protection.outlook.com", "40.107.93.81"),
        extra_headers=[("Thread-Topic", f"{role} - Allegheny Flatbed"),
                       ("Thread-Index", "AQHdJ4b2mXkS0pVxQ0KtN3g7zR1a9g=="), ("Content-Language", "en-US")])
    event = {
        "kind": "calendar#event",
        "etag": "\"3459120771422000\"",
        "id": "4v8k2m6q0t3x9c1b7n5r2p8w4z",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NHY4azJtNnEwdDN4OWMxYjduNXIycDh3NHogdHJhdmlzLmtvd2Fsc2tpQGV4YW1wbGUuY29t",
        "created": sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent + timedelta(minutes=1, seconds=12)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Phone interview - Travis Kowalski (Regional Flatbed CDL-A)",
        "description": f"Call Travis at 567-555-0139. {role}, Toledo drop yard.",
        "location": "Phone",
        "creator": {"email": "spetrakis@alleghenyflatbed.example", "displayName": "Sean Petrakis"},
        "organizer": {"email": "spetrakis@alleghenyflatbed.example", "displayName": "Sean Petrakis"},
        "start": {"dateTime": iso(start), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(end), "timeZone": "America/New_York"},
        "iCalUID": "4v8k2m6q0t3x9c1b7n5r2p8w4z@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "spetrakis@alleghenyflatbed.example", "displayName": "Sean Petrakis", "organizer": True,
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-re-flatbed-phone-interview.eml": eml,
             "02-phone-interview-allegheny.gcal.json": json.dumps(event, indent=2) + "\n"}
    lab = label([iv("Allegheny Flatbed Inc.", role, start, end, "scheduled", ["spetrakis@alleghenyflatbed.example"],
                    ["spetrakis@alleghenyflatbed.example"], "phone_screen")],
                "medium", "positive/dedupe-email-and-api-event",
                "Outlook reply 'tomorrow at 4:15 ... about 20 minutes' (sent Tue Sep 15) plus the same call as a "
                "Calendar API event -> one interview Wed Sep 16 4:15-4:35 PM EDT.")
    return files, lab


# ---------------------------------------------------------------- 18
@case("b153-18-rejection-after-terminal-interview")
def c18():
    sent = T(2026, 10, 23, 15, 30, 5)
    past = T(2026, 10, 20)
    wd(past, "Tuesday")
    text = f"""Hi Travis,

Thank you for taking the time to interview with Lakeland Reefer Lines on {day(past)}, {mon(past)} {past.day}, and for making the drive to our Fort Wayne terminal.

After careful consideration, we've decided to move forward with other candidates whose experience more closely matches the needs of our dedicated grocery fleet at this time.

We'll keep your application on file for six months. You're welcome to apply for our Regional Reefer CDL-A openings, which are posted on our careers page.

We wish you the best in your search and safe travels.

Lakeland Reefer Lines - Driver Recruiting
recruiting@lakelandreefer.example
"""
    eml = email_msg(
        msgid="0100019294b1f0c7-6630418-drv@email.driverreach.com", sent=sent,
        from_="Lakeland Reefer Lines <no-reply@driverreach.com>", to=OWNER,
        reply_to="Lakeland Reefer Lines Recruiting <recruiting@lakelandreefer.example>",
        subject="Update on your application - Lakeland Reefer Lines", text=text,
        html=ats_html("Lakeland Reefer Lines", text, "#004d61", "Powered by DriverReach"), bnd="b1_6630418_drv",
        return_path="0100019294b1f0c7-bounce@amazonses.com", recv=("a8-44.smtp-out.amazonses.com", "54.240.8.44"))
    files = {"01-update-on-your-application.eml": eml}
    lab = label([], "easy", "negative/rejection",
                "Rejection that mentions a past in-person interview (no time) - not an upcoming interview.")
    return files, lab


# ---------------------------------------------------------------- 19
@case("b153-19-thread-propose-confirm-dst")
def c19():
    sent1 = T(2026, 3, 4, 14, 30, 12)
    sent_u = T(2026, 3, 4, 19, 52, 0)
    sent2 = T(2026, 3, 5, 8, 5, 41)
    opt1 = T(2026, 3, 9, 9, 0)
    opt2 = T(2026, 3, 10, 13, 0)
    end = opt1 + timedelta(minutes=45)
    wd(opt1, "Monday")
    wd(opt2, "Tuesday")
    assert opt1.utcoffset() == timedelta(hours=-4) and sent2.utcoffset() == timedelta(hours=-5)
    role = "Shift Lead - Cross Dock"
    sig = """Kendra Yates
Talent Acquisition Specialist | Scioto Logistics Group
6055 Rickenbacker Pkwy W, Groveport, OH 43125
(614) 555-0129"""
    t1 = f"""Hi Travis,

Thank you for applying for the {role} opening at our Groveport facility. Our site manager, Luis Ferreira, would like to meet with you in person. Would either of these work for you?

- {day(opt1)} {opt1.month}/{opt1.day} at {h12(opt1)}
- {day(opt2)} {opt2.month}/{opt2.day} at {h12(opt2)}

Plan on about 45 minutes.

Thank you,
{sig}
"""
    t2 = f"""Perfect - you're confirmed for {day(opt1)}, {mon(opt1)} {opt1.day} at {h12(opt1)} with Luis.

Check in at the guard shack at Gate 2 (6055 Rickenbacker Pkwy W) with a photo ID and they'll walk you up to the office. If you're running behind that morning, email Luis directly at lferreira@sciotologistics.example.

Thanks,
{sig}

From: Travis Kowalski <{OWNER}>
Sent: {longdate(sent_u)} {h12(sent_u)}
To: Kendra Yates <kyates@sciotologistics.example>
Subject: Re: {role} interview

Monday at 9 works for me. I'm coming off nights so the morning is better.
Thanks
Travis

From: Kendra Yates <kyates@sciotologistics.example>
Sent: {longdate(sent1)} {h12(sent1)}
To: Travis Kowalski <{OWNER}>
Subject: {role} interview

""" + t1
    ext = [("Thread-Topic", f"{role} interview"), ("Content-Language", "en-US")]
    m1 = "MN2PR04MB6512A0C3E14F27B9D85C6E01B4A78@MN2PR04MB6512.namprd04.prod.outlook.com"
    mu = "CAH3x7Lq0pB4nV9sK2mW6cT1rY8dJ5gE3uF0aZ7iQ4oX9hN2@mail.example.com"
    files = {
        "01-shift-lead-interview-times.eml": email_msg(
            msgid=m1, sent=sent1, from_="Kendra Yates <kyates@sciotologistics.example>", to=f"Travis Kowalski <{OWNER}>",
            subject=f"{role} interview", text=t1, bnd="_000_MN2PR04MB6512A0C3E14F27B9D85C6E01B4A78_",
            recv=("NAM04-MW2-obe.outbound.protection.outlook.com", "40.107.100.63"),
            extra_headers=ext + [("Thread-Index", "AdmOq1Kx7vB3Y2nLQ0a8Hc4RkT9w5A==")]),
        "02-re-shift-lead-interview-confirmed.eml": email_msg(
            msgid="MN2PR04MB65128E7F02C1B4A69D3E0F27C58B1@MN2PR04MB6512.namprd04.prod.outlook.com", sent=sent2,
            from_="Kendra Yates <kyates@sciotologistics.example>", to=f"Travis Kowalski <{OWNER}>",
            subject=f"RE: {role} interview", text=t2, bnd="_000_MN2PR04MB65128E7F02C1B4A69D3E0F27C58B1_",
            in_reply_to=mu, references=[m1, mu],
            recv=("NAM04-MW2-obe.outbound.protection.outlook.com", "40.107.100.63"),
            extra_headers=ext + [("Thread-Index", "AdmOq1Kx7vB3Y2nLQ0a8Hc4RkT9w5AAhx3Nw")]),
    }
    lab = label([iv("Scioto Logistics Group", role, opt1, end, "scheduled", ["lferreira@sciotologistics.example"],
                    ["lferreira@sciotologistics.example"], "hiring_manager")],
                "hard", "positive/thread-dst",
                "Thread proposes Mon 3/9 9:00 or Tue 3/10 1:00; user picks Monday; recruiter confirms. Mails are "
                "EST (-05:00) but Mar 9 is after the US DST switch -> -04:00. 'about 45 minutes' -> end 9:45.")
    return files, lab


# ---------------------------------------------------------------- 20
@case("b153-20-tenstreet-confirm-text-reschedule")
def c20():
    sent1 = T(2026, 9, 21, 10, 40, 17)
    s0, e0 = T(2026, 9, 24, 8, 0), T(2026, 9, 24, 8, 45)
    rt0 = T(2026, 9, 24, 9, 0)
    sent2 = T(2026, 9, 23, 12, 14, 3)
    sent3 = T(2026, 9, 23, 12, 40, 50)
    s1, e1 = T(2026, 9, 28, 8, 0), T(2026, 9, 28, 8, 45)
    wd(s0, "Thursday")
    wd(sent2, "Wed")
    wd(s1, "Mon")
    assert s0.date() - sent2.date() == timedelta(days=1)  # "tmrw"
    role = "Local P&D Driver - CDL-A"
    t1 = f"""Hi Travis,

Your interview with Firelands Freight Co. is confirmed.

Position: {role}
Date: {longdate(s0)}

{h12(s0)} - {h12(e0)}  Interview with Pete Halvorsen, Terminal Manager
{h12(rt0)}             Road test with driver trainer (if applicable, approx. 1 hour)

Location: Firelands Freight Co., 310 Industrial Pkwy, Norwalk, OH 44857 - park in visitor spots by the office.

Please bring your CDL, DOT medical card and a pen. Wear boots - the road test includes a full pre-trip.

If anything changes, contact your recruiter:
Bethany Cole | bcole@firelandsfreight.example | (419) 555-0121 (call or text)

Firelands Freight Co.
"""
    footer = "This message was sent through Tenstreet on behalf of Firelands Freight Co."
    tx1 = (f"Hi Travis its Bethany @ Firelands. Pete got pulled to our Fremont yard tmrw. can we move ur interview "
           f"to Mon {s1.month}/{s1.day} same time 8am? road test right after. lmk")
    tx2 = "Perfect ur set for Mon 8am w/ Pete. see u then!"
    files = {
        "01-tenstreet-interview-confirmation.eml": email_msg(
            msgid="20260921144017.7710254.e3b9@tenstreet.com", sent=sent1,
            from_="Firelands Freight Co. <noreply@tenstreet.com>", to=f"{OWNER_NAME} <{OWNER}>",
            reply_to="Bethany Cole <bcole@firelandsfreight.example>",
            subject="Interview Confirmation - Firelands Freight Co.", text=t1,
            html=ats_html("Interview Confirmation", t1, "#8a3b12", footer), bnd="=_ts_7710254_e3b9",
            return_path="bounces+7710254-e3b9@tenstreet.com", recv=("mta-14.tenstreet.com", "198.51.100.24")),
        "02-text-from-4195550121.eml": gvoice_text(
            msgid="0000000000007a3e9b061a4c21f8d0e3@google.com", sent=sent2, from_num="(419) 555-0121",
            from_digits="4195550121", relay_tag="Zr8vBq_4mT", text=tx1, bnd="0000000000007a3e9b061a4c21f8"),
        "03-text-from-4195550121.eml": gvoice_text(
            msgid="000000000000c51f04061a4c8e27b1a9@google.com", sent=sent3, from_num="(419) 555-0121",
            from_digits="4195550121", relay_tag="Zr8vBq_4mT", text=tx2, bnd="000000000000c51f04061a4c8e27"),
    }
    lab = label([iv("Firelands Freight Co.", role, s1, e1, "scheduled", [], ["bcole@firelandsfreight.example"],
                    "hiring_manager")],
                "hard", "positive/reschedule-by-text",
                "Tenstreet confirms Thu Sep 24 8:00-8:45 interview (road test after); recruiter texts via Google "
                "Voice to move it to Mon 9/28 'same time 8am' and confirms. Final Mon Sep 28 8:00-8:45 EDT; the "
                "road test is not part of the interview window. Terminal manager has no address -> recruiter.")
    return files, lab


# ---------------------------------------------------------------- 21
@case("b153-21-outlook-cancel-then-rebook")
def c21():
    sent1 = T(2026, 10, 7, 15, 2, 9)
    s1, e1 = T(2026, 10, 13, 10, 0), T(2026, 10, 13, 11, 0)
    sent2 = T(2026, 10, 12, 16, 40, 55)
    sent3 = T(2026, 10, 13, 9, 18, 2)
    s2, e2 = T(2026, 10, 16, 14, 0), T(2026, 10, 16, 15, 0)
    wd(s1, "Tuesday")
    wd(s2, "Friday")
    assert s1.date() - sent2.date() == timedelta(days=1)  # "tomorrow"
    role = "Warehouse Lead - 1st Shift"
    subj = f"Interview - Travis Kowalski ({role})"
    loc_ = "Tri-State Tire Distribution - DC Front Office, 9780 Princeton Glendale Rd, West Chester OH"
    sig = "Rosa Mendez\nHR Generalist | Tri-State Tire Distribution\n(513) 555-0168"
    att = [("Travis Kowalski", OWNER, "REQ-PARTICIPANT"), ("Kurt Engel", "kengel@tristatetire.example", "REQ-PARTICIPANT")]
    to = [f"Travis Kowalski <{OWNER}>", "Kurt Engel <kengel@tristatetire.example>"]
    uid1 = "040000008200E00074C5B7101A82E00800000000F0C3D1A8B251DD01000000000000000010000000C31E7A0B54D2F946B8E5A2C70D19F3B4"
    uid2 = "040000008200E00074C5B7101A82E0080000000062A8E4F9C853DD0100000000000000001000000019B7C4E3A0F6D2458C3E91A7B2D05F68"
    b1 = f"""Hi Travis,

Thanks for your time on the phone last week. Please join Kurt Engel, our DC Manager, for an in-person interview for the {role} position. Check in at the front office; visitor parking is on the north side.

{sig}
"""
    b2 = f"""Travis - Kurt had a family emergency and is out tomorrow, so I need to cancel our interview. I'll get a new time on the calendar as soon as I can. Sorry for the short notice.

{sig}
"""
    b3 = f"""Hi Travis,

Here is the new time with Kurt - {day(s2)} at {h12(s2)}. Same place, check in at the front office. Thanks for being flexible.

{sig}
"""
    common = dict(from_name="Rosa Mendez", from_email="rmendez@tristatetire.example", to_list=to,
                  wintz="Eastern Standard Time", location=loc_, attendees=att)
    files = {
        "01-interview-invite.eml": outlook_invite(
            msgid="CH3PR11MB7890B1A2C3D4E5F60718293A4B5C6@CH3PR11MB7890.namprd11.prod.outlook.com", sent=sent1,
            subject=subj, start=s1, end=e1, body=b1, uid=uid1, sequence=0, method="REQUEST",
            thread_index="AQHdQ1x7b2Vk9mZ0S0uYc3Fh8Tn5rA==", thread_topic=subj,
            bnd="_000_CH3PR11MB7890B1A2C3D4E5F60718293A4B5C6_", ownerapptid="1206348812", **common),
        "02-canceled-interview.eml": outlook_invite(
            msgid="CH3PR11MB78906F5E4D3C2B1A0918273645A3B@CH3PR11MB7890.namprd11.prod.outlook.com", sent=sent2,
            subject=f"Canceled: {subj}", start=s1, end=e1, body=b2, uid=uid1, sequence=1, method="CANCEL",
            cancelled=True, thread_index="AQHdQ1x7b2Vk9mZ0S0uYc3Fh8Tn5rAAG3kLp", thread_topic=subj,
            bnd="_000_CH3PR11MB78906F5E4D3C2B1A0918273645A3B_", ownerapptid="1206348812", **common),
        "03-interview-invite-new-time.eml": outlook_invite(
            msgid="CH3PR11MB7890A9B8C7D6E5F4031221304F5E6@CH3PR11MB7890.namprd11.prod.outlook.com", sent=sent3,
            subject=f"{subj} - NEW TIME", start=s2, end=e2, body=b3, uid=uid2, sequence=0, method="REQUEST",
            thread_index="AQHdQ9m4Xc2Lr8pT1kYv0Bw6Nq3sEg==", thread_topic=f"{subj} - NEW TIME",
            bnd="_000_CH3PR11MB7890A9B8C7D6E5F4031221304F5E6_", ownerapptid="-771309245", **common),
    }
    lab = label([
        iv("Tri-State Tire Distribution", role, s1, e1, "cancelled", ["kengel@tristatetire.example"],
           ["kengel@tristatetire.example"], "hiring_manager"),
        iv("Tri-State Tire Distribution", role, s2, e2, "scheduled", ["kengel@tristatetire.example"],
           ["kengel@tristatetire.example"], "hiring_manager"),
    ], "hard", "positive/cancel-then-rebook",
        "Exchange REQUEST, then METHOD:CANCEL (same UID), then a NEW event (new UID) three days later -> two "
        "entries: cancelled Tue Oct 13 10:00 and scheduled Fri Oct 16 2:00 PM EDT.")
    return files, lab


# ---------------------------------------------------------------- 22
@case("b153-22-staffing-forward-nov-dst")
def c22():
    sent_j0 = T(2026, 10, 27, 9, 12, 0)
    sent_h = T(2026, 10, 28, 16, 5, 0)
    sent = T(2026, 10, 29, 15, 22, 48)
    start = T(2026, 11, 2, 7, 0)
    end = start + timedelta(minutes=30)
    wd(start, "Monday")
    assert sent.utcoffset() == timedelta(hours=-4) and start.utcoffset() == timedelta(hours=-5)
    role = "Warehouse Lead (Temp-to-Hire)"
    text = f"""Hi Travis!

Good news - Howard at NWO Grocers wants to meet you for the temp-to-hire {role.split(' (')[0]} spot. See his note below. {day(start)} the {start.day}nd at {h12(start)} works per our call this morning.

Wear steel toes and bring your ID. Call me after and let me know how it went!

Jenna Albright
Staffing Recruiter | Peak Workforce Staffing - Findlay Branch
(419) 555-0192 | jalbright@peakworkforce.example

---------- Forwarded message ---------
From: Howard Fitch <hfitch@nwogrocers.example>
Date: {dy3(sent_h)}, {mo3(sent_h)} {sent_h.day}, {sent_h.year} at {gtime(sent_h).upper().replace('PM', ' PM').replace('AM', ' AM')}
Subject: RE: Candidate - Travis Kowalski - {role}
To: Jenna Albright <jalbright@peakworkforce.example>


Jenna,

Resume looks good, I like that he's run a shift before. I can meet him {day(start)} {start.month}/{start.day} at {h12(start)} before first shift starts - 30 minutes, in the shipping office by Door 4 at the Napoleon DC (1500 Oakwood Ave). Have him come around to the shipping side, not the front entrance.

Howard Fitch
DC Manager | Northwest Ohio Grocers Cooperative
hfitch@nwogrocers.example

From: Jenna Albright <jalbright@peakworkforce.example>
Sent: {longdate(sent_j0)} {h12(sent_j0)}
To: Howard Fitch <hfitch@nwogrocers.example>
Subject: Candidate - Travis Kowalski - {role}

Howard - sending over Travis for the lead opening. 4 yrs as a warehouse lead, CDL-A, sit-down and reach certified. Resume attached. When could you meet him?
Jenna
"""
    assert start.day == 2  # "the 2nd"
    eml = email_msg(
        msgid="CAM8vR2p0xK5nT1qW7bZ3cY9fL4hJ6dG0sE2aU8iO5mV1kN3@mail.gmail.com", sent=sent,
        from_="Jenna Albright <jalbright@peakworkforce.example>", to=f"Travis Kowalski <{OWNER}>",
        subject=f"Fwd: RE: Candidate - Travis Kowalski - {role}", text=text, bnd="0000000000003f8e2c061b7d9",
        recv=("mail-sor-f41.google.com", "209.85.220.41"))
    files = {"01-fwd-candidate-interview-monday.eml": eml}
    lab = label([iv("Northwest Ohio Grocers Cooperative", role, start, end, "scheduled", ["hfitch@nwogrocers.example"],
                    ["hfitch@nwogrocers.example"], "hiring_manager")],
                "hard", "positive/staffing-forward-dst",
                "Staffing recruiter forwards the client DC manager's note. Company is the client (the interviewer's "
                "employer), not the agency. Mail sent Oct 29 (EDT) for Mon Nov 2 7:00 AM, after the Nov 1 switch "
                "-> -05:00; 30 minutes.")
    return files, lab


# =====================================================================================
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b153-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        assert slug.startswith(f"b153-{i:02d}-"), slug
        files, lab = fn()
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for j, fname in enumerate(sorted(files), 1):
            assert fname.startswith(f"{j:02d}-"), (slug, fname)
            assert fname.endswith((".eml", ".ics", ".gcal.json")), fname
            content = files[fname]
            if fname.endswith(".eml"):
                assert f"Delivered-To: {OWNER}\n" in content, fname
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind153 (generated by make_cases.py - edit the script, not this file).\n")
        f.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
