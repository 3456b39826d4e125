#!/usr/bin/env python3
"""Regenerate the blind167 evaluation set (written blind).

Theme: a Seattle senior backend engineer (Maren Holloway) in US tech hiring.
Standard library + PyYAML + zoneinfo only.  Output is byte-identical on every
run: all dates, Message-IDs, UIDs and MIME boundaries are fixed literals.

    python make_cases.py        # rewrites every b167-* folder and labels.yaml
"""
import base64
import html
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b167-"

USER = "maren.holloway@example.com"
USER_NAME = "Maren Holloway"
WORK = "maren.holloway@cascadefreight.example"   # her current employer (auto-forwards to USER)

PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = timezone.utc


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=PT):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that the weekday named in the text is right; return the name."""
    assert dt.strftime("%A") == name, (dt, name, dt.strftime("%A"))
    return name


def rfc(dt):
    return format_datetime(dt)


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ampm(dt, cap=True, zero_min=True):
    """'9:30 AM' (cap) or '9:30am'; zero_min=False drops ':00'."""
    h = dt.hour % 12 or 12
    s = str(h)
    if dt.minute or zero_min:
        s += ":%02d" % dt.minute
    suf = "AM" if dt.hour < 12 else "PM"
    if cap:
        return s + " " + suf
    return s + suf.lower()


def gtime(dt):
    return ampm(dt, cap=False, zero_min=False)


def long_date(dt):
    """'Tuesday, March 10, 2026'"""
    return "%s, %s %d, %d" % (dt.strftime("%A"), dt.strftime("%B"), dt.day, dt.year)


def short_date(dt):
    """'Tue, Mar 10'"""
    return "%s, %s %d" % (dt.strftime("%a"), dt.strftime("%b"), dt.day)


# --------------------------------------------------------------------------- MIME helpers
def enc_name(name):
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s"' % name.replace('"', '\\"')
    return name


def addr(name, email):
    return "%s <%s>" % (enc_name(name), email) if name else email


def subj(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8", maxlinelen=76, header_name="Subject").encode()


def b64(text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii") + (
        "" if text.endswith("\n") else "\n")


def leaf(ctype, text, cte="7bit", extra=()):
    if cte == "base64":
        body = b64(text)
    elif cte == "quoted-printable":
        body = qp(text)
    else:
        body = text if text.endswith("\n") else text + "\n"
    head = ["Content-Type: " + ctype]
    head += list(extra)
    head.append("Content-Transfer-Encoding: " + cte)
    return "\n".join(head) + "\n\n" + body


def multi(subtype, boundary, parts):
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, boundary)
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n")
    out += "--%s--\n" % boundary
    return out


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body


def received(by_host, from_host, from_ip, dt, smtp_id):
    return ("from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>;\n        %s"
            % (from_host, from_host, from_ip, by_host, smtp_id, USER, rfc(dt)))


def text_to_html(text, font="Arial,Helvetica,sans-serif"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        lines = [re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', l) for l in lines]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n'
            % (font, "\n".join(out)))


def quote(text, header):
    lines = text.rstrip("\n").split("\n")
    return header + "\n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"


# --------------------------------------------------------------------------- iCalendar helpers
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
    return b"\r\n ".join(chunks).decode("utf-8")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def vtz_iana(name):
    std, dst = {"America/Los_Angeles": ("PST", "PDT"), "America/New_York": ("EST", "EDT"),
                "America/Chicago": ("CST", "CDT")}[name]
    so, do = {"America/Los_Angeles": ("-0800", "-0700"), "America/New_York": ("-0500", "-0400"),
              "America/Chicago": ("-0600", "-0500")}[name]
    return ["BEGIN:VTIMEZONE", "TZID:" + name, "X-LIC-LOCATION:" + name,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:" + so, "TZOFFSETTO:" + do, "TZNAME:" + dst,
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:" + do, "TZOFFSETTO:" + so, "TZNAME:" + std,
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


WINDOWS_TZ = {"Pacific Standard Time": ("-0800", "-0700", PT),
              "Central Standard Time": ("-0600", "-0500", CT),
              "Eastern Standard Time": ("-0500", "-0400", ET)}


def vtz_windows(name):
    so, do, _ = WINDOWS_TZ[name]
    return ["BEGIN:VTIMEZONE", "TZID:" + name,
            "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:" + do,
            "TZOFFSETTO:" + so, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:" + so,
            "TZOFFSETTO:" + do, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
            "END:DAYLIGHT", "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE",
             cutype="INDIVIDUAL", google=False):
    extra = ";X-NUM-GUESTS=0" if google else ""
    return ("ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s%s:mailto:%s"
            % (cutype, role, partstat, rsvp, name, extra, email))


# --------------------------------------------------------------------------- Google Calendar invite e-mail
GOOGLE_FOOTER = (
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the "
    "organizer, be added to the guest list, invite others regardless of their own "
    "invitation status, or modify your RSVP. Learn more "
    "https://support.google.com/calendar/answer/37135#forwarding")


def google_invite(*, date, msgid, organizer, guests, title, start, end, description,
                  uid, eid, boundary_seed, meet=None, location="", sequence=0,
                  kind="Invitation", method="REQUEST", created=None, smtp_id="x"):
    """organizer=(name,email); guests=[(name,email,partstat)] including organizer & user.
    Rendered for the user in Pacific Time, as Google does for a Seattle calendar."""
    s, e = start.astimezone(PT), end.astimezone(PT)
    when_subj = "%s %s %d, %d %s - %s (%s)" % (s.strftime("%a"), s.strftime("%b"), s.day,
                                                 s.year, gtime(s), gtime(e), s.tzname())
    subject = "%s: %s @ %s (%s)" % (kind, title, when_subj, USER)
    when_body = "%s %s %d, %d \u22c5 %s \u2013 %s" % (s.strftime("%A"), s.strftime("%b"), s.day,
                                                      s.year, gtime(s), gtime(e))
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=" + eid
    plain = [title, when_body, "Pacific Time - Los Angeles", ""]
    if location:
        plain += ["Location", location, "View map https://www.google.com/maps/search/"
                  + re.sub(r"\W+", "+", location).strip("+"), ""]
    if meet:
        pin = str(abs(hash_str(meet)) % 900000000 + 100000000)
        plain += ["Join with Google Meet", "https://meet.google.com/" + meet, "",
                  "Join by phone", "(US) +1 402-555-0%03d" % (int(pin[:3]) % 1000), "PIN: " + pin, ""]
    plain += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, em, _ in guests:
        if em == organizer[1]:
            plain += ["%s - organizer" % n, em]
        else:
            plain += [n, em] if n != em else [em]
    plain += ["View all guest info " + view, ""]
    if description:
        plain += [description.strip("\n"), ""]
    plain += ["Reply for %s and view more details %s" % (USER, view), "", "", "~~//~~",
              GOOGLE_FOOTER]
    plain_text = "\n".join(plain) + "\n"
    html_text = text_to_html(plain_text, font="Roboto,Helvetica,Arial,sans-serif")

    now = zulu(date)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
           "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method, "BEGIN:VEVENT",
           "DTSTART:" + zulu(start), "DTEND:" + zulu(end), "DTSTAMP:" + now,
           "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]), "UID:" + uid]
    for n, em, ps in guests:
        cal.append(attendee(n, em, partstat=ps, google=True))
    if meet:
        cal.append("X-GOOGLE-CONFERENCE:https://meet.google.com/" + meet)
    desc = description or ""
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 "Join with Google Meet: https://meet.google.com/%s\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % meet)
    cal += ["CREATED:" + zulu(created or date), "DESCRIPTION:" + esc(desc.strip("\n")),
            "LAST-MODIFIED:" + now, "LOCATION:" + esc(location), "SEQUENCE:%d" % sequence,
            "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
            "SUMMARY:" + esc(title), "TRANSP:OPAQUE"]
    if method == "REQUEST":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)

    b1 = "000000000000%s0611d920" % boundary_seed
    b2 = "000000000000%s0d909aca" % boundary_seed
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain_text, "base64"),
        leaf('text/html; charset="UTF-8"', html_text, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=' + method, cal_text, "base64"),
    ])
    body = multi("mixed", b1, [
        alt,
        leaf('application/ics; name="invite.ics"', cal_text, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Delivered-To", USER),
        ("Received", "from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n"
                     "        by mx.google.com with SMTPS id %s\n        for <%s>\n"
                     "        (Google Transport Security);\n        %s" % (smtp_id, USER, rfc(date))),
        ("Return-Path", "<%s@calendar-server.bounces.google.com>" % smtp_id[:20]),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfc(date.astimezone(UTC))),
        ("Subject", subj(subject)),
        ("From", addr(*organizer)),
        ("To", USER),
    ]
    return message(headers, body)


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


# --------------------------------------------------------------------------- Outlook / Exchange invite e-mail
def outlook_invite(*, date, msgid, organizer, to, subject, body_text, summary, start, end,
                   wtz, uid, sequence, method, location, attendees, description,
                   boundary, cc=(), thread_index="AQHcr1", headers_extra=()):
    _, _, zone = WINDOWS_TZ[wtz]
    assert start.tzinfo is zone and end.tzinfo is zone
    cancel = method == "CANCEL"
    cal = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0"] + vtz_windows(wtz) + ["BEGIN:VEVENT",
           "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for a in attendees:
        cal.append(a)
    cal += ["DESCRIPTION;LANGUAGE=en-US:" + esc(description),
            "UID:" + uid,
            "SUMMARY;LANGUAGE=en-US:" + esc(summary),
            "DTSTART;TZID=%s:%s" % (wtz, local(start)),
            "DTEND;TZID=%s:%s" % (wtz, local(end)),
            "CLASS:PUBLIC", "PRIORITY:%d" % (1 if cancel else 5), "DTSTAMP:" + zulu(date),
            "TRANSP:" + ("TRANSPARENT" if cancel else "OPAQUE"),
            "STATUS:" + ("CANCELLED" if cancel else "CONFIRMED"),
            "SEQUENCE:%d" % sequence, "LOCATION;LANGUAGE=en-US:" + esc(location),
            "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % sequence,
            "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (2100000000 + hash_str(uid) % 99999999),
            "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
            "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if cancel else 1),
            "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:" + esc(location)]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    html_text = text_to_html(body_text, font="Aptos,Calibri,Helvetica,sans-serif")
    body = multi("alternative", boundary, [
        leaf('text/plain; charset="us-ascii"' if is_ascii(body_text) else 'text/plain; charset="utf-8"',
             body_text, "quoted-printable"),
        leaf('text/html; charset="us-ascii"' if is_ascii(html_text) else 'text/html; charset="utf-8"',
             html_text, "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=' + method, cal_text, "base64"),
    ])
    dom = organizer[1].split("@")[1]
    headers = [("Delivered-To", USER),
               ("Received", "from %s (mail-%s.outbound.protection.outlook.example [52.100.%d.%d])\n"
                "        by mx.example.com with ESMTPS id %s\n        for <%s>;\n        %s"
                % (dom.replace(".example", ""), dom.split(".")[0], hash_str(uid) % 200, hash_str(msgid) % 250,
                   msgid[1:13], USER, rfc(date)))]
    headers += list(headers_extra)
    headers += [("From", addr(*organizer)), ("To", to)]
    if cc:
        headers.append(("CC", cc))
    headers += [("Subject", subj(subject)), ("Thread-Topic", subj(summary)),
                ("Thread-Index", thread_index), ("Date", rfc(date)), ("Message-ID", msgid),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return message(headers, body)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------- plain/ATS e-mail
def simple_email(*, date, msgid, frm, to, subject, text, boundary=None, html_body=None,
                 cte="quoted-printable", reply_to=None, cc=None, in_reply_to=None,
                 references=None, attachments=(), extra=(), received_hdr=None,
                 delivered=USER, plain_only=False, charset="UTF-8"):
    """attachments: [(ctype, filename, text)] -- base64 encoded."""
    if plain_only:
        body = leaf('text/plain; charset="%s"' % charset, text, cte)
    else:
        alt = multi("alternative", boundary + "a" if attachments else boundary, [
            leaf('text/plain; charset="%s"' % charset, text, cte),
            leaf('text/html; charset="%s"' % charset, html_body or text_to_html(text),
                 "quoted-printable"),
        ])
        if attachments:
            parts = [alt]
            for ctype, fname, data in attachments:
                parts.append(leaf('%s; name="%s"' % (ctype, fname), data, "base64",
                                  extra=['Content-Disposition: attachment; filename="%s"' % fname]))
            body = multi("mixed", boundary, parts)
        else:
            body = alt
    headers = [("Delivered-To", delivered)]
    if received_hdr:
        headers.append(("Received", received_hdr))
    headers += list(extra)
    headers += [("Date", rfc(date)), ("From", frm)]
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers.append(("To", to))
    if cc:
        headers.append(("Cc", cc))
    headers += [("Message-ID", msgid), ("In-Reply-To", in_reply_to),
                ("References", references), ("Subject", subj(subject))]
    return message(headers, body)


def ats_ics(*, prodid, uid, sequence, dtstamp, start, end, summary, description, organizer,
            attendees, location="", method="REQUEST", tzid=None, status="CONFIRMED"):
    """Vendor-generated calendar file (Greenhouse/GoodTime/Calendly/...)."""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN",
           "METHOD:" + method]
    if tzid:
        cal += vtz_iana(tzid)
        ds = "DTSTART;TZID=%s:%s" % (tzid, local(start.astimezone(ZoneInfo(tzid))))
        de = "DTEND;TZID=%s:%s" % (tzid, local(end.astimezone(ZoneInfo(tzid))))
    else:
        ds, de = "DTSTART:" + zulu(start), "DTEND:" + zulu(end)
    cal += ["BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:%d" % sequence, "DTSTAMP:" + zulu(dtstamp),
            ds, de, "SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(description),
            "LOCATION:" + esc(location), "ORGANIZER;CN=%s:mailto:%s" % organizer]
    cal += attendees
    cal += ["STATUS:" + status, "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(cal)


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =========================================================================== POSITIVE CASES
@case
def c01():
    slug = "b167-01-calendly-recruiter-screen"
    jordan = ("Jordan Ekwueme", "jordan.ekwueme@tidewaterpay.example")
    sent = T(2026, 2, 23, 14, 12, 9)
    start, end = T(2026, 2, 26, 10, 0), T(2026, 2, 26, 10, 30)
    day = wd(start, "Thursday")
    when = "%s, February 26, 2026" % day
    text = (
        "Hi Maren Holloway,\n\n"
        "Your Recruiter Screen (30 min) with Jordan Ekwueme at 10:00am (Pacific Time - US & Canada) "
        "on %s is scheduled.\n\n"
        "Event Type:\nTidewater Payments - Recruiter Screen (30 min)\n\n"
        "Event Date/Time:\n10:00am - %s (Pacific Time - US & Canada)\n\n"
        "Location:\nJordan will call you at +1 206-555-0182\n\n"
        "Invitee Email:\n%s\n\n"
        "Questions:\n"
        "Which role are you applying for?\nSenior Backend Engineer, Ledger Platform\n\n"
        "Best number to reach you?\n+1 206-555-0182\n\n"
        "Anything you'd like us to know before the call?\n"
        "I'm currently at Cascade Freightline and can only take calls before noon.\n\n"
        "Description:\n"
        "A quick first conversation with Tidewater Payments recruiting: your background, what you're "
        "looking for, and how our interview process works from here. No prep needed.\n\n"
        "Need to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/4f1c9d0e-6b2a-4e7d-9a51-0c3e77a2b8d4\n"
        "Reschedule: https://calendly.com/reschedulings/4f1c9d0e-6b2a-4e7d-9a51-0c3e77a2b8d4\n\n"
        "Powered by Calendly.com\n" % (when, when, USER))
    cal = ats_ics(prodid="-//Calendly//Calendly Scheduling//EN",
                  uid="4f1c9d0e-6b2a-4e7d-9a51-0c3e77a2b8d4@calendly.com", sequence=0,
                  dtstamp=sent, start=start, end=end,
                  summary="Maren Holloway and Jordan Ekwueme",
                  description="Event Name: Tidewater Payments - Recruiter Screen (30 min)\n\n"
                              "Location: Jordan will call you at +1 206-555-0182\n\n"
                              "Need to make changes to this event?\nCancel: https://calendly.com/"
                              "cancellations/4f1c9d0e-6b2a-4e7d-9a51-0c3e77a2b8d4\nReschedule: https://"
                              "calendly.com/reschedulings/4f1c9d0e-6b2a-4e7d-9a51-0c3e77a2b8d4\n\n"
                              "Powered by Calendly.com",
                  organizer=jordan, location="+1 206-555-0182",
                  attendees=[attendee(*jordan, partstat="ACCEPTED", rsvp="FALSE"),
                             attendee(USER_NAME, USER, partstat="ACCEPTED", rsvp="FALSE")])
    mail = simple_email(
        date=sent.astimezone(UTC), msgid="<20260223221209.7e3f1a90c4b2@calendly.com>",
        frm="Calendly <notifications@calendly.com>", reply_to=addr(*jordan),
        to=addr(USER_NAME, USER),
        subject="Confirmed: Recruiter Screen (30 min) with Jordan Ekwueme on %s" % when,
        text=text, boundary="----=_Part_5521907_1120365521.1771884729301",
        attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal)],
        received_hdr=received("mx.example.com", "o1.email.calendly.com", "167.89.24.61",
                              sent.astimezone(UTC), "a9f2c7de41"),
        extra=[("Return-Path", "<bounces+2231985-4f1c-maren.holloway=example.com@email.calendly.com>")])
    return slug, {"01-confirmed-recruiter-screen-tidewater.eml": mail}, label(
        [iv("Tidewater Payments", "Senior Backend Engineer, Ledger Platform", start, end,
            "scheduled", [jordan[1]], [jordan[1]], "phone_screen")],
        "easy", "positive/calendly-booking",
        "Calendly invitee confirmation (notifications@calendly.com, Reply-To the recruiter) with an "
        ".ics in UTC; the recruiter herself calls, so she is the interviewer. Feb 26 is PST (-08:00).")


@case
def c02():
    slug = "b167-02-greenhouse-hm-eastern-dst"
    dana = ("Dana Whitcombe", "dana.whitcombe@quarrybay.example")
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@quarrybay.example")
    sent = T(2026, 3, 4, 10, 41, 27, tz=ET)
    start, end = T(2026, 3, 10, 12, 0, tz=ET), T(2026, 3, 10, 12, 45, tz=ET)
    assert start.utcoffset() == timedelta(hours=-4) and sent.utcoffset() == timedelta(hours=-5)
    sp, ep = start.astimezone(PT), end.astimezone(PT)
    text = (
        "Hi Maren,\n\n"
        "Thanks so much for making time to speak with us! Your next interview for the Senior Backend "
        "Engineer, Core Services role is confirmed. Here are the details:\n\n"
        "Hiring Manager Interview\n"
        "%s\n"
        "12:00 PM - 12:45 PM Eastern Time (US & Canada)\n"
        "(that's %s - %s Pacific for you in Seattle -- note the US clock change on Sunday, March 8)\n\n"
        "Interviewer:\nMarcus Oyelaran, Director of Engineering, Core Services\n\n"
        "Location: Zoom\n"
        "https://quarrybay.zoom.us/j/84120397715?pwd=cVJ0aHpWbWxQeTZrRkQ3N2dWcE9QZz09\n"
        "Meeting ID: 841 2039 7715\nPasscode: 662914\n\n"
        "Marcus will want to hear about a backend system you owned end to end, how you handled an "
        "incident or two, and what you're looking for in your next team. There's no coding in this "
        "conversation.\n\n"
        "I've attached a calendar invitation. If anything comes up, just reply to this email.\n\n"
        "Best,\nDana\n\n"
        "--\nDana Whitcombe | Recruiting Coordinator\nQuarry Bay Systems | 85 Broad St, New York, NY\n"
        % (long_date(start), ampm(sp), ampm(ep)))
    cal = ats_ics(prodid="-//Greenhouse Software//Greenhouse Interview Scheduler//EN",
                  uid="interview-58211943-3c7d2e@greenhouse.io", sequence=0, dtstamp=sent,
                  start=start, end=end, tzid="America/New_York",
                  summary="Hiring Manager Interview - Maren Holloway - Quarry Bay Systems",
                  description="Interview for Senior Backend Engineer, Core Services\n"
                              "Interviewer: Marcus Oyelaran\n\nJoin Zoom Meeting\n"
                              "https://quarrybay.zoom.us/j/84120397715?pwd=cVJ0aHpWbWxQeTZrRkQ3N2dWcE9QZz09\n"
                              "Meeting ID: 841 2039 7715\nPasscode: 662914",
                  location="https://quarrybay.zoom.us/j/84120397715", organizer=dana,
                  attendees=[attendee(*marcus, partstat="ACCEPTED"),
                             attendee(USER_NAME, USER)])
    mail = simple_email(
        date=sent, msgid="<6d41f0a2b9e3.58211943.1772638887@mail.greenhouse.io>",
        frm=addr(*dana), to=addr(USER_NAME, USER),
        subject="Interview Confirmation: Quarry Bay Systems - Senior Backend Engineer, Core Services",
        text=text, boundary="--==_mimepart_69a851a7c4e1f_3b2d1d4c71829a",
        attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "Interview.ics", cal)],
        received_hdr=received("mx.example.com", "o3.sgmail.greenhouse.io", "149.72.183.20", sent,
                              "c3d91b7f02"),
        extra=[("Return-Path", "<bounces+6021417-ef7a-maren.holloway=example.com@sgmail.greenhouse.io>"),
               ("X-Mailer", "Greenhouse")])
    return slug, {"01-interview-confirmation-quarry-bay.eml": mail}, label(
        [iv("Quarry Bay Systems", "Senior Backend Engineer, Core Services", start, end, "scheduled",
            [marcus[1]], [marcus[1]], "hiring_manager")],
        "medium", "positive/greenhouse-ics-dst",
        "Greenhouse confirmation sent on Mar 4 (EST) for Mar 10, after the US switch: 12:00 ET is "
        "-04:00 (16:00Z = 9:00 PDT). Interviewer address only in the .ics ATTENDEE; coordinator is "
        "organizer only.")


@case
def c03():
    slug = "b167-03-ashby-virtual-onsite-two-days"
    sofia = ("Sofia Brandt", "sofia.brandt@lumenledger.example")
    ahmed = ("Ahmed Rahimi", "ahmed.rahimi@lumenledger.example")
    grace = ("Grace Tanaka-Liu", "grace.tanaka-liu@lumenledger.example")
    seun = ("Oluwaseun Adeyemi", "seun.adeyemi@lumenledger.example")
    rebecca = ("Rebecca Stroud", "rebecca.stroud@lumenledger.example")
    role = "Senior Backend Engineer, Payments Infrastructure"
    sent = T(2026, 3, 9, 16, 5, 33)
    d1 = [(T(2026, 3, 16, 9, 30), T(2026, 3, 16, 10, 30), "Coding & Problem Solving", ahmed,
           "Senior Software Engineer"),
          (T(2026, 3, 16, 10, 45), T(2026, 3, 16, 11, 45), "System Design", grace,
           "Staff Software Engineer")]
    d2 = [(T(2026, 3, 18, 13, 0), T(2026, 3, 18, 14, 0), "Backend Deep Dive (a past project of yours)",
           seun, "Principal Engineer"),
          (T(2026, 3, 18, 14, 15), T(2026, 3, 18, 15, 0), "Hiring Manager Conversation", rebecca,
           "Engineering Manager, Payments Infrastructure")]
    wd(d1[0][0], "Monday")
    wd(d2[0][0], "Wednesday")

    def block(day, label_):
        lines = ["%s - %s" % (label_, long_date(day[0][0]).rsplit(",", 1)[0])]
        for s, e, what, who, title in day:
            lines.append("  %s - %s   %s\n      with %s, %s" % (ampm(s), ampm(e), what, who[0], title))
        return "\n".join(lines)

    text = (
        "Hi Maren,\n\n"
        "We're excited to move you forward to the virtual onsite for the %s role! To keep things "
        "humane we've split it across two days, so neither one is a marathon. All times below are "
        "Pacific Time.\n\n%s\n\n%s\n\n"
        "Each day has its own Google Meet link; you'll get a separate calendar invitation for each "
        "day from me in a few minutes. For the coding session you'll use CoderPad (link in the Day 1 "
        "invite) and can pick any language you like. For the deep dive, pick one system you know "
        "well; no slides needed.\n\n"
        "If either day stops working for you, reply here and I'll sort it out.\n\n"
        "Sofia Brandt\nRecruiting Coordinator, Lumen Ledger\n\n"
        "Sent via Ashby\n" % (role, block(d1, "Day 1"), block(d2, "Day 2")))
    ashby = simple_email(
        date=sent.astimezone(UTC), msgid="<01000195d1c2a7f3-7c1b5e7a-2f44-4b0e-9d3a-6e0f2b1c9a55-000000@email.ashbyhq.com>",
        frm="Lumen Ledger <no-reply@ashbyhq.com>", reply_to=addr(*sofia), to=addr(USER_NAME, USER),
        subject="Your virtual onsite with Lumen Ledger (Mar 16 & Mar 18)", text=text,
        boundary="b1=_ZkY2Njc3ZmQ0YjE4NDY1ZGE4ZjM2",
        received_hdr=received("mx.example.com", "a8-31.smtp-out.amazonses.com", "54.240.8.31",
                              sent.astimezone(UTC), "5e1b03ac7d"))

    def day_invite(day, n, eid, uid, meet, seed, msgid, sid, minutes_after):
        guests = [(sofia[0], sofia[1], "ACCEPTED")]
        guests += [(who[0], who[1], "ACCEPTED") for _, _, _, who, _ in day]
        guests.append((USER, USER, "NEEDS-ACTION"))
        desc = "Lumen Ledger virtual onsite, Day %d of 2, for the %s role.\n\n" % (n, role)
        for s, e, what, who, title in day:
            desc += "%s - %s  %s (%s)\n" % (ampm(s), ampm(e), what, who[0])
        if n == 1:
            desc += "\nCoderPad for the coding session: https://app.coderpad.io/LMN7Q2XK\n"
        desc += "\nQuestions? Reply to Sofia (sofia.brandt@lumenledger.example)."
        return google_invite(
            date=(sent + timedelta(minutes=minutes_after)).astimezone(UTC), msgid=msgid,
            organizer=sofia, guests=guests,
            title="Lumen Ledger Virtual Onsite - Day %d (Maren Holloway)" % n,
            start=day[0][0], end=day[-1][1], description=desc, uid=uid, eid=eid,
            boundary_seed=seed, meet=meet, smtp_id=sid)

    inv1 = day_invite(d1, 1, "NmJxM3Q4dWx2a2EyOWVmcDBjNXJ6N3loNGcgbWFyZW4uaG9sbG93YXlAZXhhbXBsZS5jb20",
                      "6bq3t8ulvka29efp0c5rz7yh4g@google.com", "wbt-qkzr-fma", "7a3e",
                      "<calendar-6f3d8a21-4c0b-47e5-b1d2-9a8e7c6b5d41@google.com>", "uyq17abcLmN3", 9)
    inv2 = day_invite(d2, 2, "MmtlOXA0cjFzN3d4Y2Ftb3EwdjZ0Zmh6M2ogbWFyZW4uaG9sbG93YXlAZXhhbXBsZS5jb20",
                      "2ke9p4r1s7wxcamoq0v6tfhz3j@google.com", "pdx-hnuv-skc", "91b0",
                      "<calendar-0b7c5e93-8d2a-4f61-a3c4-1e5d7f9b2c80@google.com>", "uyq17abdPqR8", 11)
    files = {"01-ashby-virtual-onsite-itinerary.eml": ashby,
             "02-invitation-onsite-day-1.eml": inv1,
             "03-invitation-onsite-day-2.eml": inv2}
    return slug, files, label(
        [iv("Lumen Ledger", role, d1[0][0], d1[-1][1], "scheduled", [ahmed[1], grace[1]],
            [ahmed[1], grace[1]], "onsite"),
         iv("Lumen Ledger", role, d2[0][0], d2[-1][1], "scheduled", [seun[1], rebecca[1]],
            [seun[1], rebecca[1]], "onsite")],
        "hard", "positive/two-day-virtual-onsite",
        "Ashby itinerary (names only) plus one Google invite per day listing that day's interviewers. "
        "Two separate interview days = two onsite interviews, each from first session start to last "
        "session end. Coordinator Sofia only schedules.")


@case
def c04():
    slug = "b167-04-goodtime-reschedule-across-dst"
    tomas = ("Tom\u00e1s Reyes", "tomas.reyes@orcasignal.example")
    nadia = ("Nadia Volkova", "nadia.volkova@orcasignal.example")
    role = "Senior Backend Engineer (Streaming)"
    s1, e1 = T(2026, 3, 5, 11, 0), T(2026, 3, 5, 12, 0)
    s2, e2 = T(2026, 3, 9, 11, 0), T(2026, 3, 9, 12, 0)
    wd(s1, "Thursday")
    wd(s2, "Monday")
    assert s1.tzname() == "PST" and s2.tzname() == "PDT"
    sent1, sent2 = T(2026, 2, 27, 13, 22, 5), T(2026, 3, 3, 9, 48, 51)
    zoom = "https://orcasignal.zoom.us/j/93350218846?pwd=T3JjYVNpZ25hbFRlY2gx"
    uid = "gt-evt-7H2K9QX4M1@goodtime.io"

    def body(kind, s, e, extra):
        return (
            "Hi Maren,\n\n%s\n\n"
            "Company: Orca Signal\nPosition: %s\n"
            "Interview: Technical Interview - Distributed Systems (60 minutes)\n"
            "When: %s, %s - %s (%s)\n"
            "Interviewer: Nadia Volkova, Senior Software Engineer (she's based in our Chicago office)\n"
            "Where: Zoom - %s\n\n"
            "Expect a mix of design discussion and some hands-on work in a shared editor: partitioning, "
            "consumer lag, exactly-once tradeoffs. Bring questions for Nadia too.\n\n"
            "%s"
            "A calendar invite is attached. Need to make a change? Reply to this email and Tom\u00e1s "
            "from our recruiting team will help.\n\n"
            "Orca Signal Talent Team\n\n"
            "--\nScheduled with GoodTime. This message was sent on behalf of Orca Signal.\n"
            % (kind, role, long_date(s), ampm(s), ampm(e), s.tzname(), zoom, extra))

    text1 = body("Your interview with Orca Signal has been scheduled.", s1, e1, "")
    text2 = body("Your interview with Orca Signal has been rescheduled. Nadia had a conflict come up "
                 "on Thursday, so we've moved you to the following Monday. Sorry for the shuffle!",
                 s2, e2,
                 "Previously: %s, %s - %s (%s)\n\nHeads up: US clocks spring forward on Sunday, "
                 "March 8, so this is %s Pacific Daylight Time.\n\n"
                 % (long_date(s1), ampm(s1), ampm(e1), s1.tzname(), ampm(s2)))

    def cal(seq, s, e, stamp):
        return ats_ics(prodid="-//GoodTime.io//GoodTime Hire//EN", uid=uid, sequence=seq,
                       dtstamp=stamp, start=s, end=e,
                       summary="Orca Signal - Technical Interview - Distributed Systems",
                       description="Interview for %s\nInterviewer: Nadia Volkova\nZoom: %s" % (role, zoom),
                       location=zoom, organizer=tomas,
                       attendees=[attendee(*nadia, partstat="ACCEPTED"), attendee(USER_NAME, USER)])

    m1 = simple_email(
        date=sent1.astimezone(UTC), msgid="<gt.3f8e21c0a9d64b7e.confirm@goodtime.io>",
        frm="Orca Signal Talent Team <no-reply@goodtime.io>", reply_to=addr(*tomas),
        to=addr(USER_NAME, USER),
        subject="Interview Confirmed: Orca Signal - Technical Interview (%s)" % short_date(s1),
        text=text1, boundary="_----------=_1772227325190431",
        attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal(0, s1, e1, sent1))],
        received_hdr=received("mx.example.com", "mail.goodtime.io", "198.2.134.17",
                              sent1.astimezone(UTC), "7d2b0e1f94"))
    m2 = simple_email(
        date=sent2.astimezone(UTC), msgid="<gt.3f8e21c0a9d64b7e.resched.1@goodtime.io>",
        frm="Orca Signal Talent Team <no-reply@goodtime.io>", reply_to=addr(*tomas),
        to=addr(USER_NAME, USER),
        subject="Interview Rescheduled: Orca Signal - Technical Interview (now %s)" % short_date(s2),
        text=text2, boundary="_----------=_1772560131772084",
        attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal(1, s2, e2, sent2))],
        received_hdr=received("mx.example.com", "mail.goodtime.io", "198.2.134.17",
                              sent2.astimezone(UTC), "81ce4a3b60"))
    return slug, {"01-goodtime-interview-confirmed.eml": m1,
                  "02-goodtime-interview-rescheduled.eml": m2}, label(
        [iv("Orca Signal", role, s2, e2, "scheduled", [nadia[1]], [nadia[1]], "technical")],
        "hard", "positive/reschedule-across-dst",
        "GoodTime confirmation (Thu Mar 5 11:00 PST) then reschedule to Mon Mar 9 11:00, after the "
        "US DST switch: -07:00 (18:00Z), same wall-clock time. Same UID, SEQUENCE 0 -> 1. One "
        "interview at the final time.")


@case
def c05():
    slug = "b167-05-modernloop-outlook-cancel-central"
    keisha = ("Keisha Brandon", "keisha.brandon@bramblewood.example")
    victor = ("Victor Anand", "victor.anand@bramblewood.example")
    role = "Senior Backend Engineer, Grid Data"
    start, end = T(2026, 3, 12, 13, 0, tz=CT), T(2026, 3, 12, 13, 45, tz=CT)
    wd(start, "Thursday")
    assert start.utcoffset() == timedelta(hours=-5)
    sp, ep = start.astimezone(PT), end.astimezone(PT)
    sent1 = T(2026, 3, 5, 9, 14, 2, tz=CT)
    sent2 = T(2026, 3, 5, 9, 16, 40, tz=CT)
    sent3 = T(2026, 3, 10, 16, 27, 13, tz=CT)
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ3ZjE2YTktYjE1Mi00ZGQ1LWE0"
             "YzQtZmI3M2U5OWRhNzQx%40thread.v2/0?context=%7b%22Tid%22%3a%22b5a1c2d3%22%7d")
    text1 = (
        "Hi Maren,\n\n"
        "You're confirmed for your next interview with Bramblewood Energy. Details below.\n\n"
        "Hiring Manager Interview - %s\n"
        "%s \u00b7 %s \u2013 %s CDT (%s \u2013 %s PDT)\n"
        "Victor Anand, Director of Platform Engineering\n"
        "Microsoft Teams (link in the calendar invitation)\n\n"
        "Victor is based in Chicago and leads the team that owns our meter-data ingestion and "
        "settlement services. Expect to talk through your recent work and how you think about "
        "reliability for high-volume pipelines.\n\n"
        "You'll receive a separate calendar invitation from me. If you need to reschedule, reply to "
        "this email.\n\n"
        "Thanks,\nKeisha Brandon\nTalent Coordinator, Bramblewood Energy\n\n"
        "Powered by ModernLoop\n"
        % (role, long_date(start), ampm(start), ampm(end), ampm(sp), ampm(ep)))
    m1 = simple_email(
        date=sent1, msgid="<ml-cand-conf.1d8c4b7a-93f0-4e21-b6a5-2f7e8d9c0b13@mail.modernloop.io>",
        frm="%s <notifications@modernloop.io>" % enc_name("Keisha Brandon (Bramblewood Energy)"),
        reply_to=addr(*keisha), to=addr(USER_NAME, USER),
        subject="Your Bramblewood Energy interview is confirmed - %s" % short_date(start),
        text=text1, boundary="----=_NextPart_ML_7f21e0c9b4a3",
        received_hdr=received("mx.example.com", "mail.modernloop.io", "159.183.10.44", sent1,
                              "0e9a4c71d2"))
    uid = ("040000008200E00074C5B7101A82E008000000002C9F0B4E6CACDC01000000000000000010000000"
           "8D2A1E7F5B3C4A4E9F1E0D6C7B8A9F10")
    desc_invite = ("Hiring Manager Interview - %s\nCandidate: Maren Holloway\nInterviewer: Victor "
                   "Anand\n\nScheduled with ModernLoop\n\n" % role +
                   "_" * 80 + "\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
                   "Join the meeting now<%s>\nMeeting ID: 231 884 907 552 1\nPasscode: Wq7Pv2Ek\n" % teams
                   + "_" * 80)
    inv_body = desc_invite.replace("\\n", "\n")
    atts = [attendee(USER_NAME, USER), attendee(*victor, partstat="ACCEPTED")]
    atts = [a.replace("CUTYPE=INDIVIDUAL;", "") for a in atts]
    m2 = outlook_invite(
        date=sent2, msgid="<CH0PR11MB5410E3A9F1C24B7D8E6A2C1BD7A92@CH0PR11MB5410.namprd11.prod.outlook.example>",
        organizer=keisha, to="%s; %s" % (addr(USER_NAME, USER), addr(*victor)),
        subject="Bramblewood Energy | Hiring Manager Interview | Maren Holloway",
        body_text=inv_body, summary="Bramblewood Energy | Hiring Manager Interview | Maren Holloway",
        start=start, end=end, wtz="Central Standard Time", uid=uid, sequence=0, method="REQUEST",
        location="Microsoft Teams Meeting", attendees=atts, description=desc_invite,
        boundary="_000_CH0PR11MB5410E3A9F1C24B7D8E6A2C1BD7A92CH0PR11MB5410namp_",
        thread_index="AQHcrGk1mWq2x7N0T0u8b2P5cJ3k8A==")
    cancel_text = (
        "Hi Maren,\n\n"
        "I'm so sorry to do this on short notice. The %s position has been put on hold pending a "
        "budget review, so we need to cancel Thursday's conversation with Victor. I'll reach back out "
        "right away if the role reopens -- we really enjoyed your earlier conversations.\n\n"
        "Keisha\n" % role)
    m3 = outlook_invite(
        date=sent3, msgid="<CH0PR11MB5410A7C2D9E84F1B3C6D0E2FA8B41@CH0PR11MB5410.namprd11.prod.outlook.example>",
        organizer=keisha, to="%s; %s" % (addr(USER_NAME, USER), addr(*victor)),
        subject="Canceled: Bramblewood Energy | Hiring Manager Interview | Maren Holloway",
        body_text=cancel_text, summary="Canceled: Bramblewood Energy | Hiring Manager Interview | Maren Holloway",
        start=start, end=end, wtz="Central Standard Time", uid=uid, sequence=1, method="CANCEL",
        location="Microsoft Teams Meeting", attendees=atts, description=cancel_text,
        boundary="_000_CH0PR11MB5410A7C2D9E84F1B3C6D0E2FA8B41CH0PR11MB5410namp_",
        thread_index="AQHcrGk1mWq2x7N0T0u8b2P5cJ3k8AH3kQ7x")
    return slug, {"01-modernloop-interview-confirmed.eml": m1,
                  "02-outlook-invite-hiring-manager.eml": m2,
                  "03-outlook-canceled-hiring-manager.eml": m3}, label(
        [iv("Bramblewood Energy", role, start, end, "cancelled", [victor[1]], [victor[1]],
            "hiring_manager")],
        "medium", "positive/cancellation",
        "ModernLoop confirmation + Exchange invite (Windows TZID 'Central Standard Time' in March after "
        "DST -> -05:00) then METHOD:CANCEL with the same UID (req on hold). Kept as one cancelled "
        "interview at its last time; Victor (attendee) is the interviewer.")


@case
def c06():
    slug = "b167-06-gem-hiring-manager-meet-dedupe"
    colette = ("Colette Marchetti", "colette.marchetti@halyarddata.example")
    dev = ("Dev Malhotra", "dev.malhotra@halyarddata.example")
    role = "Senior Backend Engineer, Ingestion"
    start, end = T(2026, 3, 17, 11, 0), T(2026, 3, 17, 11, 45)
    wd(start, "Tuesday")
    se = start.astimezone(ET)
    sent1 = T(2026, 3, 11, 10, 2, 44, tz=ET)
    sent2 = T(2026, 3, 11, 11, 37, 9)
    sent3 = T(2026, 3, 11, 11, 52, 30)
    link = "https://scheduling.gem.com/s/halyard-data/colette-marchetti/hm-conversation-4e9b"
    text1 = (
        "Hi Maren,\n\n"
        "Thanks again for the great conversation yesterday! The team was excited about your "
        "experience with high-throughput ingestion, and the next step is a 45-minute conversation "
        "with Dev Malhotra, our VP of Engineering and the hiring manager for the %s role.\n\n"
        "Dev is in Boston, so I've only opened morning slots on your Pacific calendar (afternoons "
        "for him). Grab whichever works best:\n%s\n\n"
        "Once you book, you'll get a confirmation and a Google Calendar invite with the Meet link.\n\n"
        "Best,\nColette\n\n"
        "Colette Marchetti\nSenior Technical Recruiter | Halyard Data\n" % (role, link))
    html1 = text_to_html(text1).replace(
        "</div></body>", '<img width="1" height="1" src="https://t.gem.com/o/7b2e9c41a0f3d5/'
        'open.gif" alt=""></div></body>')
    m1 = simple_email(
        date=sent1, msgid="<CAGem+7b2e9c41a0f3d5.Xq4vN1@mail.gmail.com>", frm=addr(*colette),
        to=addr(USER_NAME, USER), subject="Next step with Halyard Data: chat with Dev Malhotra",
        text=text1, html_body=html1, boundary="0000000000004e8c1a0626f0a1b2",
        received_hdr=received("mx.example.com", "mail-yw1-f170.google.com", "209.85.128.170", sent1,
                              "e41f7a22c8"))
    text2 = (
        "You're confirmed!\n\n"
        "Halyard Data - Hiring Manager Conversation\n"
        "%s, %s - %s Pacific Daylight Time (%s - %s Eastern)\n\n"
        "With: Dev Malhotra (VP of Engineering)\n"
        "Scheduled by: Colette Marchetti\n"
        "Location: Google Meet - https://meet.google.com/hxq-rtvm-pwe\n\n"
        "A calendar invitation has been sent to %s.\n\n"
        "Need to reschedule? https://scheduling.gem.com/r/8c1d5e0f2a7b\n\n"
        "Sent with Gem\n" % (long_date(start), ampm(start), ampm(end), ampm(se),
                              ampm(end.astimezone(ET)), USER))
    m2 = simple_email(
        date=sent2.astimezone(UTC), msgid="<sched-conf.8c1d5e0f2a7b.1773254229@gem.com>",
        frm="Gem Scheduling <scheduling@gem.com>", reply_to=addr(*colette), to=USER,
        subject="Confirmed: Halyard Data - Hiring Manager Conversation on %s" % short_date(start),
        text=text2, boundary="--_NmP-2b7d1c0e93a4f5e6-Part_1",
        received_hdr=received("mx.example.com", "o7.ptr1432.gem.com", "168.245.67.14",
                              sent2.astimezone(UTC), "b0d6e8a153"))
    desc = ("Hiring manager conversation for the %s role.\nDev is joining from Boston "
            "(Eastern Time).\n\nScheduled via Gem." % role)
    m3 = google_invite(
        date=sent3.astimezone(UTC), msgid="<calendar-4a7e2b19-6c3d-4f0e-8b5a-d2c1e9f07a36@google.com>",
        organizer=colette,
        guests=[(colette[0], colette[1], "ACCEPTED"), (dev[0], dev[1], "ACCEPTED"),
                (USER, USER, "NEEDS-ACTION")],
        title="Halyard Data - Hiring Manager Conversation (Maren Holloway / Dev Malhotra)",
        start=start, end=end, description=desc, uid="3v7k1m9q2x5c8n0b4h6j2l4p1r@google.com",
        eid="M3Y3azFtOXEyeDVjOG4wYjRoNmoybDRwMXIgbWFyZW4uaG9sbG93YXlAZXhhbXBsZS5jb20",
        boundary_seed="c24f", meet="hxq-rtvm-pwe", smtp_id="kfr99zYtP0q")
    return slug, {"01-next-step-pick-a-time.eml": m1, "02-gem-confirmed.eml": m2,
                  "03-invitation-hiring-manager-conversation.eml": m3}, label(
        [iv("Halyard Data", role, start, end, "scheduled", [dev[1]], [dev[1]], "hiring_manager")],
        "medium", "positive/dedupe-gem-google",
        "Gem scheduling link (not an interview by itself), then Gem confirmation and a Google invite "
        "for the same slot: ONE interview. Hiring manager in Eastern (14:00 EDT = 11:00 PDT).")


@case
def c07():
    slug = "b167-07-internal-mobility-forwarded"
    hannah = ("Hannah Osei", "hannah.osei@cascadefreight.example")
    theo = ("Theo Marangoni", "theo.marangoni@cascadefreight.example")
    role = "Senior Backend Engineer, Routing Platform"
    start, end = T(2026, 3, 6, 14, 30), T(2026, 3, 6, 15, 15)
    wd(start, "Friday")
    orig = T(2026, 3, 2, 15, 15)
    fwd = T(2026, 3, 2, 19, 48, 10)
    wd(orig, "Monday")
    inner = (
        "Hi Maren,\n\n"
        "Thanks for applying to the %s opening through the internal mobility program! Theo "
        "Marangoni (Engineering Manager, Routing Platform, cc'd) would like to meet with you for the "
        "internal interview.\n\n"
        "When: Friday, March 6, %s - %s PT\n"
        "Where: Teams (Theo will send the invite from his calendar)\n"
        "Format: 45 minutes with Theo -- your background on Shipments, a design discussion about "
        "route re-planning, and what you'd want from the move.\n\n"
        "A reminder of how internal moves work: this is a real interview for the role and Theo "
        "will submit feedback in Greenhouse like any other loop. Your current manager has been "
        "notified per policy, but the content of the conversation stays between you, Theo and "
        "Talent.\n\n"
        "Good luck!\nHannah\n\n"
        "Hannah Osei (she/her)\nTalent Partner, Internal Mobility\nCascade Freightline\n"
        % (role, ampm(start), ampm(end)))
    text = (
        "Saving this to my personal inbox so I have it off the work calendar too.\n\n"
        "- M\n\n"
        "________________________________\n"
        "From: Hannah Osei <%s>\n"
        "Sent: %s %s\n"
        "To: Maren Holloway <%s>\n"
        "Cc: Theo Marangoni <%s>\n"
        "Subject: Internal interview: %s\n\n%s"
        % (hannah[1], long_date(orig), ampm(orig), WORK, theo[1], role, inner))
    m = simple_email(
        date=fwd, msgid="<SJ0PR08MB8311B2E46A1C0F9D7E3B5A47C9E12@SJ0PR08MB8311.namprd08.prod.outlook.example>",
        frm=addr(USER_NAME, WORK), to=USER,
        subject="FW: Internal interview: %s" % role, text=text,
        boundary="_000_SJ0PR08MB8311B2E46A1C0F9D7E3B5A47C9E12SJ0PR08MB8311namp_",
        received_hdr=received("mx.example.com", "mail-sj0pr08.outbound.protection.outlook.example",
                              "40.107.7.88", fwd, "f03c19e7b5"),
        extra=[("Thread-Topic", "Internal interview: %s" % role),
               ("Thread-Index", "AQHcqkH7rT2mZb0aQ0C1yqfP3D4nWg=="),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
        charset="us-ascii")
    return slug, {"01-fw-internal-interview-routing-platform.eml": m}, label(
        [iv("Cascade Freightline", role, start, end, "scheduled", [theo[1]], [theo[1]],
            "hiring_manager")],
        "medium", "positive/internal-mobility",
        "Internal-mobility interview at her current employer, forwarded from her work Outlook "
        "account; she is the candidate. Time only in the forwarded body (Fri Mar 6, PST -08:00). "
        "Theo (cc'd) conducts it; Hannah only arranges.")


@case
def c08():
    slug = "b167-08-recruiter-thread-thursday-at-2"
    avery = ("Avery Coleman", "avery.coleman@pinecresthealth.example")
    rafael = ("Rafael Quintero", "rafael.quintero@pinecresthealth.example")
    role = "Senior Backend Engineer, Care Coordination APIs"
    sent1 = T(2026, 3, 12, 11, 20, 41)
    sent2 = T(2026, 3, 12, 20, 3, 17)
    sent3 = T(2026, 3, 13, 8, 47, 2)
    wd(sent1, "Thursday")
    wd(sent3, "Friday")
    start, end = T(2026, 3, 19, 14, 0), T(2026, 3, 19, 14, 45)
    wd(start, "Thursday")      # "Thursday" of "next week" relative to Thu Mar 12 / Fri Mar 13
    id1 = "<9E1B7C3A-52D4-4F0B-A6E8-3C1D0B9F7A24@pinecresthealth.example>"
    id2 = "<CAMh0L=vR2p8xY4qN7tK1bWz9sFj3u6eDc0a+XyQhT5gP1mLr4w@mail.gmail.com>"
    id3 = "<4A0D2F81-7C3E-4B9A-9E15-D6F2A8C7B3E0@pinecresthealth.example>"
    t1 = (
        "Hi Maren,\n\n"
        "Great news -- the hiring team would like to move you forward for the %s role. The next "
        "step is a 45-minute technical phone screen with Rafael Quintero, one of our staff "
        "engineers. It's a conversation plus some live problem solving (no IDE needed, he'll share a "
        "doc).\n\n"
        "Would any of these work next week? All times Pacific:\n\n"
        "- Tuesday at 10am\n- Wednesday at 1pm\n- Thursday at 2pm\n\n"
        "Thanks!\nAvery\n\n"
        "Avery Coleman\nTechnical Recruiter, Pinecrest Health\n" % role)
    m1 = simple_email(
        date=sent1, msgid=id1, frm=addr(*avery), to=addr(USER_NAME, USER),
        subject="Pinecrest Health - technical phone screen", text=t1,
        boundary="Apple-Mail=_5C2E9A71-3B84-4D6F-A0E1-7F9B2C4D8E63",
        received_hdr=received("mx.example.com", "mail.pinecresthealth.example", "198.51.100.23",
                              sent1, "2a7f0c5e9b"),
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    t2 = ("Hi Avery,\n\nThanks, that's great to hear! Thursday at 2 works best for me.\n\n"
          "Maren\n\n" + quote(t1, "On Thu, Mar 12, 2026 at 11:20\u202fAM Avery Coleman <%s> wrote:" % avery[1]))
    m2 = simple_email(
        date=sent2, msgid=id2, frm=addr(USER_NAME, USER), to=addr(*avery),
        subject="Re: Pinecrest Health - technical phone screen", text=t2, in_reply_to=id1,
        references=id1, boundary="000000000000a9c83e0626f3b4c7",
        extra=[("Received", "by 2002:a05:7300:5b21:b0:1f2:83a4:c911 with HTTP; %s" % rfc(sent2))])
    t3 = ("Perfect -- you're all set for Thursday at 2pm PT with Rafael. He'll call the mobile "
          "number on your resume, and you should plan on 45 minutes. His email is %s in case "
          "anything comes up the day of.\n\n"
          "Have a great weekend!\nAvery\n\n" % rafael[1]
          + quote(t2, "On Mar 12, 2026, at 8:03\u202fPM, Maren Holloway <%s> wrote:" % USER))
    m3 = simple_email(
        date=sent3, msgid=id3, frm=addr(*avery), to=addr(USER_NAME, USER), cc=addr(*rafael),
        subject="Re: Pinecrest Health - technical phone screen", text=t3, in_reply_to=id2,
        references="%s %s" % (id1, id2), boundary="Apple-Mail=_0B7D3E15-9A2C-4F68-B1D4-E5C7A9F2036B",
        received_hdr=received("mx.example.com", "mail.pinecresthealth.example", "198.51.100.23",
                              sent3, "6c13e8d0fa"),
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    return slug, {"01-pinecrest-phone-screen-options.eml": m1, "02-re-thursday-works.eml": m2,
                  "03-re-confirmed-thursday-2pm.eml": m3}, label(
        [iv("Pinecrest Health", role, start, end, "scheduled", [rafael[1]], [rafael[1]],
            "technical")],
        "hard", "positive/thread-relative-date",
        "Plain human thread: options 'next week' sent Thu Mar 12, she picks 'Thursday at 2', "
        "confirmation on Fri Mar 13 -> Thu Mar 19 14:00 PDT (-07:00), 45 min. Engineer Rafael "
        "conducts; the recruiter only schedules.")


@case
def c09():
    slug = "b167-09-outlook-zoom-system-design"
    ingrid = ("Ingrid Halvorsen", "ingrid.halvorsen@kelpienet.example")
    samir = ("Samir Haddad", "samir.haddad@kelpienet.example")
    group = ("Kelpie Interview Scheduling", "interview-scheduling@kelpienet.example")
    role = "Senior Backend Engineer (Network Control Plane)"
    start, end = T(2026, 3, 23, 10, 0), T(2026, 3, 23, 11, 0)
    wd(start, "Monday")
    assert start.tzname() == "PDT"
    sent = T(2026, 3, 17, 15, 30, 12)
    zoom = "https://kelpienet.zoom.us/j/81735920466?pwd=S2VscGllU3lzRGVzaWduMjAyNg.1"
    desc = (
        "Hi Maren,\n\nThis is your system design interview for the %s role with Samir Haddad, "
        "Principal Engineer. Samir will ask you to design a service end to end; we use Excalidraw "
        "during the call (link will be shared in the chat).\n\n"
        "Ingrid\n\n"
        "Ingrid Halvorsen is inviting you to a scheduled Zoom meeting.\n\n"
        "Join Zoom Meeting\n%s\n\nMeeting ID: 817 3592 0466\nPasscode: 402117\n\n"
        "One tap mobile\n+12532158782,,81735920466#,,,,*402117# US (Tacoma)\n"
        "+13462487799,,81735920466#,,,,*402117# US (Houston)\n" % (role, zoom))
    atts = [
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (USER_NAME, USER),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s:mailto:%s" % samir,
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % group,
    ]
    m = outlook_invite(
        date=sent, msgid="<BY5PR17MB3986C1F0A2E74D9B8C5E3A16F0D27@BY5PR17MB3986.namprd17.prod.outlook.example>",
        organizer=ingrid, to="%s; %s" % (addr(USER_NAME, USER), addr(*samir)), cc=addr(*group),
        subject="Kelpie Networks | System Design Interview | Maren Holloway",
        body_text=desc, summary="Kelpie Networks | System Design Interview | Maren Holloway",
        start=start, end=end, wtz="Pacific Standard Time",
        uid=("040000008200E00074C5B7101A82E0080000000071A3E05D48B6DC010000000000000000100000"
             "00B3C7E9A1D5F24E6C8A0B2D4F6E8C1A3B"),
        sequence=0, method="REQUEST", location=zoom, attendees=atts, description=desc,
        boundary="_000_BY5PR17MB3986C1F0A2E74D9B8C5E3A16F0D27BY5PR17MB3986namp_",
        thread_index="AQHctlQ0a7c3ZkZ3SEuYVb2nW8pTqQ==")
    return slug, {"01-system-design-interview-invite.eml": m}, label(
        [iv("Kelpie Networks", role, start, end, "scheduled", [samir[1]], [samir[1]], "technical")],
        "medium", "positive/outlook-zoom-windows-tzid",
        "Exchange invite with Zoom details; TZID 'Pacific Standard Time' on Mar 23 means PDT (-07:00). "
        "The optional group mailbox attendee and the organizer/coordinator are not interviewers.")


@case
def c10():
    slug = "b167-10-gcal-api-reschedule-central"
    leo = ("Leo Park", "leo.park@verdigris.example")
    aisha = ("Aisha Kamara", "aisha.kamara@verdigris.example")
    role = "Senior Backend Engineer, Detection Pipeline"
    s1, e1 = T(2026, 3, 24, 13, 0, tz=CT), T(2026, 3, 24, 14, 0, tz=CT)
    s2, e2 = T(2026, 3, 25, 12, 0, tz=CT), T(2026, 3, 25, 13, 0, tz=CT)
    wd(s1, "Tuesday")
    wd(s2, "Wednesday")
    desc = ("Technical interview for the %s role.\n\nAisha (Staff Engineer, Detection) will pair "
            "with you on a service-design + coding exercise in CoderPad: https://app.coderpad.io/V8RDX2KQ\n\n"
            "Times are shown in Central because Aisha is in our Chicago office. Coordinator: Leo Park."
            % role)

    def event(seq, s, e, updated, description, etag):
        return {
            "kind": "calendar#event", "etag": '"%s"' % etag,
            "id": "0v9q3k7m1d5t8h2r6c4b0n8x1s",
            "status": "confirmed",
            "htmlLink": "https://www.google.com/calendar/event?eid=MHY5cTNrN20xZDV0OGgycjZjNGIwbjh4MXMgbWFyZW4uaG9sbG93YXlAZXhhbXBsZS5jb20",
            "created": "2026-03-13T17:05:12.000Z", "updated": updated,
            "summary": "Verdigris Security: Backend Technical Interview w/ Aisha Kamara",
            "description": description,
            "creator": {"email": leo[1], "displayName": leo[0]},
            "organizer": {"email": leo[1], "displayName": leo[0]},
            "start": {"dateTime": iso(s), "timeZone": "America/Chicago"},
            "end": {"dateTime": iso(e), "timeZone": "America/Chicago"},
            "iCalUID": "0v9q3k7m1d5t8h2r6c4b0n8x1s@google.com", "sequence": seq,
            "attendees": [
                {"email": leo[1], "displayName": leo[0], "organizer": True, "responseStatus": "accepted"},
                {"email": aisha[1], "displayName": aisha[0], "responseStatus": "accepted"},
                {"email": USER, "self": True,
                 "responseStatus": "accepted" if seq == 0 else "needsAction"},
            ],
            "hangoutLink": "https://meet.google.com/vrk-ptsd-qam",
            "conferenceData": {
                "entryPoints": [
                    {"entryPointType": "video", "uri": "https://meet.google.com/vrk-ptsd-qam",
                     "label": "meet.google.com/vrk-ptsd-qam"},
                    {"entryPointType": "phone", "uri": "tel:+1-312-555-0148",
                     "label": "+1 312-555-0148", "pin": "604118392", "regionCode": "US"}],
                "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                "conferenceId": "vrk-ptsd-qam"},
            "reminders": {"useDefault": True},
            "eventType": "default",
        }

    desc2 = desc + ("\n\nUpdate 3/18: moved to Wednesday 3/25, 12:00-1:00 PM CT at Aisha's request "
                    "(10:00-11:00 AM for you in Seattle).")
    f1 = json.dumps(event(0, s1, e1, "2026-03-13T17:09:40.221Z", desc, "3547102259881000"),
                    indent=2, ensure_ascii=False) + "\n"
    f2 = json.dumps(event(1, s2, e2, "2026-03-18T20:22:07.486Z", desc2, "3548011854972000"),
                    indent=2, ensure_ascii=False) + "\n"
    assert s2.astimezone(PT).hour == 10
    return slug, {"01-verdigris-technical.gcal.json": f1,
                  "02-verdigris-technical-updated.gcal.json": f2}, label(
        [iv("Verdigris Security", role, s2, e2, "scheduled", [aisha[1]], [aisha[1]], "technical")],
        "medium", "positive/gcal-api-reschedule",
        "Two Calendar API snapshots of the same event id: sequence 0 (Tue Mar 24 13:00 CDT) then "
        "sequence 1 moved to Wed Mar 25 12:00 CDT (-05:00). Final time wins; coordinator Leo is "
        "organizer only.")


@case
def c11():
    slug = "b167-11-greenhouse-panel-candidate-withdraws"
    olivia = ("Olivia Chen-Ramos", "olivia.chenramos@tessellatehealth.example")
    panel = [("Gabriel Ferreira", "gabriel.ferreira@tessellatehealth.example", "Staff Engineer"),
             ("Yuki Sato", "yuki.sato@tessellatehealth.example", "Senior Software Engineer"),
             ("Imani Clarke", "imani.clarke@tessellatehealth.example", "Engineering Manager")]
    role = "Senior Backend Engineer, Claims Platform"
    start, end = T(2026, 3, 26, 10, 0), T(2026, 3, 26, 12, 0)
    wd(start, "Thursday")
    sent1 = T(2026, 3, 19, 13, 4, 55)
    sent2 = T(2026, 3, 23, 8, 15, 31)
    sent3 = T(2026, 3, 23, 10, 2, 8)
    id1 = "<7c2d9f14a6b0.71633458.1773950695@mail.greenhouse.io>"
    id2 = "<CAMh0L=wK4t1sB7rE9pZ2cVn5yGd8qXf0aJ3uHm6LoN1+RkT7Yg@mail.gmail.com>"
    id3 = "<CAOl1v+Ra8d3KpQw0xNe7FhT2yZb5mUc9gSj4iVr6LkH0tWq1Dw@mail.gmail.com>"
    meet = "https://meet.google.com/tzc-okwa-bvn"
    t1 = (
        "Hi Maren,\n\n"
        "Your virtual panel interview with Tessellate Health is confirmed!\n\n"
        "Role: %s\n"
        "Date: %s\n"
        "Time: %s - %s Pacific Time\n"
        "Location: Google Meet - %s\n\n"
        "Panelists:\n%s\n\n"
        "The panel is one two-hour session: a short intro, a system design discussion around claims "
        "adjudication, and a behavioral segment with Imani at the end. A calendar invite is "
        "attached.\n\n"
        "If you have any questions or need to make a change, reply to this email and it will come "
        "straight to me.\n\n"
        "Olivia Chen-Ramos\nRecruiting Coordinator, Tessellate Health\n"
        % (role, long_date(start), ampm(start), ampm(end), meet,
           "\n".join("- %s, %s" % (n, t) for n, _, t in panel)))
    cal = ats_ics(prodid="-//Greenhouse Software//Greenhouse Interview Scheduler//EN",
                  uid="interview-71633458-9e1f04@greenhouse.io", sequence=0, dtstamp=sent1,
                  start=start, end=end,
                  summary="Virtual Panel Interview: Maren Holloway (Tessellate Health)",
                  description="Panel interview for %s\nPanelists: %s\nGoogle Meet: %s"
                              % (role, ", ".join(n for n, _, _ in panel), meet),
                  location=meet, organizer=olivia,
                  attendees=[attendee(n, e, partstat="ACCEPTED") for n, e, _ in panel]
                  + [attendee(USER_NAME, USER)])
    m1 = simple_email(
        date=sent1, msgid=id1, frm="Tessellate Health Recruiting <no-reply@greenhouse.io>",
        reply_to=addr(*olivia), to=addr(USER_NAME, USER),
        subject="Your panel interview with Tessellate Health is confirmed", text=t1,
        boundary="--==_mimepart_69bc5be7a1c44_2f1a3c9d18471b",
        attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal)],
        received_hdr=received("mx.example.com", "o3.sgmail.greenhouse.io", "149.72.183.20", sent1,
                              "91d7c2e0ab"),
        extra=[("X-Mailer", "Greenhouse")])
    t2 = ("Hi Olivia,\n\n"
          "I wanted to let you know as early as possible: I've accepted an offer with another "
          "company, so I'd like to withdraw from the process. Please free up Thursday's panel -- "
          "I don't want to take up Gabriel, Yuki and Imani's time.\n\n"
          "Thank you for all your help, and I hope our paths cross again.\n\nBest,\nMaren\n\n"
          + quote(t1, "On Thu, Mar 19, 2026 at 1:04\u202fPM Tessellate Health Recruiting "
                  "<no-reply@greenhouse.io> wrote:"))
    m2 = simple_email(
        date=sent2, msgid=id2, frm=addr(USER_NAME, USER), to=addr(*olivia),
        subject="Re: Your panel interview with Tessellate Health is confirmed", text=t2,
        in_reply_to=id1, references=id1, boundary="000000000000f2b73c0627a1d9e4",
        extra=[("Received", "by 2002:a05:7300:5b21:b0:1f2:83a4:c911 with HTTP; %s" % rfc(sent2))])
    t3 = ("Hi Maren,\n\n"
          "Congratulations on the new role, and thank you for the heads-up! I've cancelled "
          "Thursday's panel and let the team know. We'd love to stay in touch.\n\n"
          "All the best,\nOlivia\n\n" + quote(t2, "On Mon, Mar 23, 2026 at 8:15\u202fAM Maren Holloway <%s> wrote:" % USER))
    m3 = simple_email(
        date=sent3, msgid=id3, frm=addr(*olivia), to=addr(USER_NAME, USER),
        subject="Re: Your panel interview with Tessellate Health is confirmed", text=t3,
        in_reply_to=id2, references="%s %s" % (id1, id2), boundary="0000000000001c84d90627a35b02",
        received_hdr=received("mx.example.com", "mail-sor-f41.google.com", "209.85.220.41", sent3,
                              "3e8b5a17f0"))
    emails = [e for _, e, _ in panel]
    return slug, {"01-greenhouse-panel-confirmed.eml": m1, "02-re-withdrawing.eml": m2,
                  "03-re-panel-cancelled.eml": m3}, label(
        [iv("Tessellate Health", role, start, end, "cancelled", emails, emails, "onsite")],
        "medium", "positive/candidate-withdrawal",
        "Greenhouse (no-reply, Reply-To coordinator) confirms a 2-hour three-person panel; the "
        "candidate withdraws and the coordinator confirms the cancellation by e-mail only (no "
        "METHOD:CANCEL). Panel -> onsite, status cancelled.")


@case
def c12():
    slug = "b167-12-founder-final-chat-central"
    nate = ("Nathaniel Brooks", "nate@copperleaf.example")
    start, end = T(2026, 3, 20, 15, 30, tz=CT), T(2026, 3, 20, 16, 0, tz=CT)
    wd(start, "Friday")
    assert start.astimezone(PT).strftime("%H:%M") == "13:30"
    sent1 = T(2026, 3, 16, 16, 48, 22, tz=CT)
    sent2 = T(2026, 3, 16, 15, 10, 5)
    sent3 = T(2026, 3, 16, 17, 31, 40, tz=CT)
    id1 = "<CAF7nB+q2Xk0Tz9uR4dWm1sLc8hVy3eN5oJa6pGi=Qb0tKfD7rA@mail.gmail.com>"
    id2 = "<CAMh0L=x9Pd2mW5vC8kQ1rZt4bNf7sJe0gYh3uLa6TiO+KcV2Bn@mail.gmail.com>"
    id3 = "<CAF7nB+p4Hs8Lm2xN6yW0eQa3rTj9vKd1cZb5uGf=Oi7tRk0Ym@mail.gmail.com>"
    t1 = ("Hi Maren,\n\n"
          "The team really enjoyed spending time with you last week. Before we put something "
          "together for you, I'd like to do a final conversation -- 30 minutes, mostly about how "
          "you'd approach our ingestion rewrite and what you want out of your next role.\n\n"
          "Could you do Friday the 20th at 3:30 Central? I'm in Austin; I think that's 1:30 for "
          "you.\n\nNate\n\n--\nNathaniel Brooks\nCo-founder & CEO, Copperleaf AI\n")
    m1 = simple_email(
        date=sent1, msgid=id1, frm=addr(*nate), to=addr(USER_NAME, USER),
        subject="Final conversation?", text=t1, boundary="000000000000d1e6a20627152f8b",
        received_hdr=received("mx.example.com", "mail-oi1-f171.google.com", "209.85.167.171", sent1,
                              "c7a03f5e21"))
    t2 = ("Hi Nate,\n\nFriday the 20th at 3:30 Central / 1:30 Pacific works for me. Looking "
          "forward to it!\n\nMaren\n\n"
          + quote(t1, "On Mon, Mar 16, 2026 at 2:48\u202fPM Nathaniel Brooks <%s> wrote:" % nate[1]))
    m2 = simple_email(
        date=sent2, msgid=id2, frm=addr(USER_NAME, USER), to=addr(*nate),
        subject="Re: Final conversation?", text=t2, in_reply_to=id1, references=id1,
        boundary="000000000000e8f1b3062715a40c",
        extra=[("Received", "by 2002:a05:7300:5b21:b0:1f2:83a4:c911 with HTTP; %s" % rfc(sent2))])
    t3 = ("Great -- locked in. I'll send a Meet link: https://meet.google.com/cfa-wnyx-tbe\n\n"
          "Nate\n\n" + quote(t2, "On Mon, Mar 16, 2026 at 5:10\u202fPM Maren Holloway <%s> wrote:" % USER))
    m3 = simple_email(
        date=sent3, msgid=id3, frm=addr(*nate), to=addr(USER_NAME, USER),
        subject="Re: Final conversation?", text=t3, in_reply_to=id2,
        references="%s %s" % (id1, id2), boundary="000000000000f0a4d7062716c1e5",
        received_hdr=received("mx.example.com", "mail-oi1-f171.google.com", "209.85.167.171", sent3,
                              "d95e12b7c4"))
    made = T(2026, 3, 16, 17, 33, 2, tz=CT)
    apple = (["BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.3.2//EN",
              "CALSCALE:GREGORIAN"] + vtz_iana("America/Chicago") +
             ["BEGIN:VEVENT", "TRANSP:OPAQUE",
              "DTEND;TZID=America/Chicago:" + local(end),
              'ORGANIZER;CN="Nathaniel Brooks";EMAIL=%s:mailto:%s' % (nate[1], nate[1]),
              "UID:6E1F0C8A-3B5D-4E27-9A4C-71D2B8F05E39",
              "DTSTAMP:" + zulu(made),
              "LOCATION:https://meet.google.com/cfa-wnyx-tbe",
              "DESCRIPTION:" + esc("Final conversation before we put an offer together. "
                                   "Google Meet: https://meet.google.com/cfa-wnyx-tbe"),
              "URL;VALUE=URI:https://meet.google.com/cfa-wnyx-tbe",
              "SEQUENCE:0", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
              "SUMMARY:Copperleaf AI - final conversation (Maren / Nate)",
              "LAST-MODIFIED:" + zulu(made), "CREATED:" + zulu(made),
              "DTSTART;TZID=America/Chicago:" + local(start),
              'ATTENDEE;CN="Maren Holloway";CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=NEEDS-ACTION;'
              'ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (USER, USER),
              'ATTENDEE;CN="Nathaniel Brooks";CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;'
              'ROLE=CHAIR:mailto:%s' % (nate[1], nate[1]),
              "BEGIN:VALARM", "X-WR-ALARMUID:0B3D5F71-A9C2-4E68-8D14-2F6A9C0E7B53",
              "UID:0B3D5F71-A9C2-4E68-8D14-2F6A9C0E7B53", "TRIGGER:-PT15M",
              "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"])
    return slug, {"01-final-conversation.eml": m1, "02-re-friday-works.eml": m2,
                  "03-re-locked-in.eml": m3, "04-copperleaf-final-conversation.ics": ics(apple)}, label(
        [iv("Copperleaf AI", None, start, end, "scheduled", [nate[1]], [nate[1]], "other")],
        "medium", "positive/founder-final-chat",
        "Founder/CEO final conversation agreed in a Gmail thread: 'Friday the 20th at 3:30 Central' "
        "= 2026-03-20 15:30 CDT (-05:00) = 13:30 PDT; 30 minutes. No role is named. Quoted 'wrote:' "
        "lines show the viewer's local time, not the sender's. A standalone Apple Calendar .ics "
        "(TZID America/Chicago) repeats the same slot: one interview.")


@case
def c13():
    slug = "b167-13-ashby-reminder-tomorrow"
    bianca = ("Bianca Flores", "bianca.flores@junipergrid.example")
    role = "Senior Backend Engineer, Grid Services"
    sent = T(2026, 3, 2, 9, 0, 4)
    wd(sent, "Monday")
    start = T(2026, 3, 3, 9, 0)            # "tomorrow at 9:00 AM PT"
    end = start + timedelta(minutes=60)
    wd(start, "Tuesday")
    text = (
        "Hi Maren,\n\n"
        "This is a friendly reminder that your Technical Interview - API Design for the %s role "
        "at Juniper Grid is tomorrow at 9:00 AM PT.\n\n"
        "It will run for 60 minutes with Kenji Mori (Staff Engineer). You'll design and partly "
        "implement a small REST/gRPC API; use whatever language you're most comfortable in.\n\n"
        "Join via Zoom: https://junipergrid.zoom.us/j/86620574113?pwd=SnVuaXBlckdyaWRBUEk\n\n"
        "Questions or need to reschedule? Just reply to this email to reach Bianca Flores, your "
        "recruiting coordinator.\n\n"
        "Good luck!\nThe Juniper Grid Recruiting Team\n" % role)
    m = simple_email(
        date=sent.astimezone(UTC),
        msgid="<01000195a77f4c2e-3b9d1e0a-7f52-4c8b-a6e3-1d0f9b2e4c77-000000@email.ashbyhq.com>",
        frm="Juniper Grid <no-reply@ashbyhq.com>", reply_to=addr(*bianca), to=addr(USER_NAME, USER),
        subject="Reminder: Your interview with Juniper Grid is tomorrow", text=text,
        boundary="b1=_YTc0N2ZjODE2ZGI0NDk2NjlmNGE5",
        received_hdr=received("mx.example.com", "a8-52.smtp-out.amazonses.com", "54.240.8.52",
                              sent.astimezone(UTC), "4b2e9c07d1"))
    return slug, {"01-ashby-reminder-tomorrow.eml": m}, label(
        [iv("Juniper Grid", role, start, end, "scheduled", [], [bianca[1]], "technical")],
        "medium", "positive/relative-date-reminder",
        "Only an Ashby reminder, Date Mon Mar 2 17:00Z (9:00 PST): 'tomorrow at 9:00 AM PT' = Tue "
        "Mar 3 09:00 -08:00, 60 min. The interviewer has no address in the case, so follow-up goes "
        "to the coordinator named as the Reply-To.")


# =========================================================================== NEGATIVE CASES
@case
def c14():
    slug = "b167-14-pramp-peer-mock-interview"
    sent = T(2026, 3, 8, 19, 41, 16)
    assert sent.tzname() == "PDT"       # evening of the DST switch day
    start, end = T(2026, 3, 11, 18, 0), T(2026, 3, 11, 19, 0)
    wd(start, "Wednesday")
    text = (
        "Hi Maren,\n\n"
        "You're all set! Your peer practice interview is scheduled.\n\n"
        "Topic: System Design\n"
        "When: %s, %s - %s PDT\n"
        "Your peer: a backend engineer with 7+ years of experience (you'll see their name when the "
        "session starts)\n\n"
        "How it works: you'll spend 30 minutes interviewing your peer using the question we send you, "
        "then switch roles and they'll interview you for 30 minutes. At the end you'll both leave "
        "feedback. Practice sessions are never shared with employers.\n\n"
        "Join from your dashboard at the scheduled time: https://www.pramp.com/dashboard\n"
        "Can't make it? Please cancel at least 6 hours ahead so your peer isn't left waiting: "
        "https://www.pramp.com/sessions/cancel/8Q3Z7K\n\n"
        "Happy practicing!\nThe Pramp Team\n" % (long_date(start), ampm(start), ampm(end)))
    cal = ats_ics(prodid="-//Pramp//Practice Sessions//EN", uid="session-8Q3Z7K@pramp.com",
                  sequence=0, dtstamp=sent, start=start, end=end,
                  summary="Pramp practice interview: System Design",
                  description="Peer mock interview (30 min each way). Join: https://www.pramp.com/dashboard",
                  location="https://www.pramp.com/dashboard",
                  organizer=("Pramp", "team@pramp.com"),
                  attendees=[attendee(USER_NAME, USER, partstat="ACCEPTED", rsvp="FALSE")])
    m = simple_email(
        date=sent.astimezone(UTC), msgid="<20260309024116.1.8Q3Z7K.mailgun@mg.pramp.com>",
        frm="Pramp <team@pramp.com>", to=USER,
        subject="You're scheduled: System Design practice interview, %s" % short_date(start),
        text=text, boundary="0b6a4e1f2c3d48a59e7f8a1b2c3d4e5f",
        attachments=[("text/calendar; charset=utf-8; method=PUBLISH", "pramp-session.ics", cal)],
        received_hdr=received("mx.example.com", "m228-12.mailgun.net", "159.135.228.12",
                              sent.astimezone(UTC), "1f8d3c6a2e"))
    return slug, {"01-pramp-practice-interview-scheduled.eml": m}, label(
        [], "medium", "negative/mock-interview",
        "Pramp peer practice session with a calendar file and the word 'interview' throughout; "
        "mock/practice sessions are not job interviews.")


@case
def c15():
    slug = "b167-15-interviewing-io-anonymous-mock"
    sent = T(2026, 3, 10, 12, 5, 49)
    start, end = T(2026, 3, 13, 17, 0), T(2026, 3, 13, 18, 0)
    wd(start, "Friday")
    text = (
        "Hey Maren,\n\n"
        "Your mock interview is booked.\n\n"
        "Type: Senior backend / system design\n"
        "Interviewer: anonymous senior engineer at a FAANG company\n"
        "When: %s at %s Pacific\n"
        "Length: 60 minutes (45 min interview + 15 min feedback)\n"
        "Amount charged: $225.00\n\n"
        "Everything is anonymous: your interviewer sees only your handle (quiet-heron), and your "
        "performance isn't shared with any employer. You'll get written feedback and a recording "
        "afterwards.\n\n"
        "Join here when it's time: https://interviewing.io/interview/qh-51d7e2\n\n"
        "-- the interviewing.io team\n" % (long_date(start), ampm(start)))
    cal = ats_ics(prodid="-//interviewing.io//Booking//EN", uid="mock-qh-51d7e2@interviewing.io",
                  sequence=0, dtstamp=sent, start=start, end=end,
                  summary="interviewing.io mock interview (system design)",
                  description="Anonymous mock interview. Join: https://interviewing.io/interview/qh-51d7e2",
                  location="https://interviewing.io/interview/qh-51d7e2",
                  organizer=("interviewing.io", "support@interviewing.io"),
                  attendees=[attendee("quiet-heron", USER, partstat="ACCEPTED", rsvp="FALSE")])
    m = simple_email(
        date=sent.astimezone(UTC), msgid="<0100019580c7e0f1-1d5a7b3e-c2f9-4e84-9b61-3a0e7d2f4c19-000000@email.amazonses.com>",
        frm="interviewing.io <support@interviewing.io>", to=USER,
        subject="Your mock interview is booked for %s" % short_date(start), text=text,
        boundary="----=_Part_81044_1209385731.1773169549000",
        attachments=[("text/calendar; charset=utf-8; method=REQUEST", "mock-interview.ics", cal)],
        received_hdr=received("mx.example.com", "a48-93.smtp-out.amazonses.com", "54.240.48.93",
                              sent.astimezone(UTC), "f6a2d81c03"))
    return slug, {"01-mock-interview-booked.eml": m}, label(
        [], "medium", "negative/mock-interview",
        "Paid anonymous mock interview on interviewing.io with an .ics; practice, not a hiring "
        "process step.")


@case
def c16():
    slug = "b167-16-interviewer-shadow-training"
    wes = ("Wes Tolliver", "wes.tolliver@cascadefreight.example")
    priscilla = ("Priscilla Nakamura", "priscilla.nakamura@cascadefreight.example")
    start, end = T(2026, 3, 18, 15, 0), T(2026, 3, 18, 16, 0)
    wd(start, "Wednesday")
    sent1 = T(2026, 3, 13, 11, 2, 37)
    sent2 = T(2026, 3, 13, 11, 6, 12)
    fwd_hdr = [("X-Forwarded-To", USER), ("X-Forwarded-For", "%s %s" % (WORK, USER))]
    text1 = (
        "Hi Maren,\n\n"
        "You've been added to an interview as a shadow interviewer, as part of interviewer training "
        "(shadow 1 of 2).\n\n"
        "Candidate: Jamal Whitaker\nJob: Backend Engineer II\nInterview: Coding (60 minutes)\n"
        "When: %s, %s - %s PDT\n"
        "Lead interviewer: Priscilla Nakamura\n\n"
        "As a shadow, please observe and take notes; Priscilla will run the interview. Review the "
        "interview kit beforehand and submit a practice scorecard within 24 hours:\n"
        "https://app.greenhouse.io/guides/58830211/people/90218834?application_id=77104392\n\n"
        "Thanks for helping us hire!\nCascade Freightline Talent\n\n"
        "-- Sent by Greenhouse\n" % (long_date(start), ampm(start), ampm(end)))
    m1 = simple_email(
        date=sent1, msgid="<2b8e4f70c1d9.90218834.1773424957@mail.greenhouse.io>",
        frm="Greenhouse <no-reply@greenhouse.io>", to=addr(USER_NAME, WORK),
        subject="You've been added as a shadow interviewer: Jamal Whitaker (Coding)", text=text1,
        boundary="--==_mimepart_69b45e3d8a2b1_4c7e1a2f39d07c",
        received_hdr=received("mx.example.com", "mail-sj0pr08.outbound.protection.outlook.example",
                              "40.107.7.88", sent1, "8e0b27d4c1"),
        extra=fwd_hdr)
    desc = ("Candidate: Jamal Whitaker\nRole: Backend Engineer II\nInterview: Coding (60 min)\n"
            "Lead: Priscilla Nakamura\nShadow: Maren Holloway (interviewer training)\n\n"
            "Interview kit & scorecard in Greenhouse. Join Zoom: "
            "https://cascadefreight.zoom.us/j/97720051438")
    atts = ["ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s:mailto:%s" % priscilla,
            "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s"
            % (USER_NAME, WORK)]
    m2 = outlook_invite(
        date=sent2, msgid="<MW4PR08MB9172D5E8B0A34C1F6E9D2B7A4C3E8@MW4PR08MB9172.namprd08.prod.outlook.example>",
        organizer=wes, to="%s; %s" % (addr(*priscilla), addr(USER_NAME, WORK)),
        subject="Interview: Jamal Whitaker - Coding (Shadow: Maren Holloway)", body_text=desc,
        summary="Interview: Jamal Whitaker - Coding (Shadow: Maren Holloway)",
        start=start, end=end, wtz="Pacific Standard Time",
        uid=("040000008200E00074C5B7101A82E00800000000E4B1C72D99B2DC0100000000000000001000000"
             "07A1C3E5F9B2D4E6A8C0E2F4B6D8A1C3E"),
        sequence=0, method="REQUEST", location="Zoom", attendees=atts, description=desc,
        boundary="_000_MW4PR08MB9172D5E8B0A34C1F6E9D2B7A4C3E8MW4PR08MB9172namp_",
        thread_index="AQHcsuyR0v3m9QdNQkKb1T7e2wP4nA==", headers_extra=fwd_hdr)
    return slug, {"01-greenhouse-shadow-interviewer.eml": m1,
                  "02-outlook-invite-interview-jamal-whitaker.eml": m2}, label(
        [], "hard", "negative/user-is-interviewer-shadow",
        "Interviewer training at her current employer: she shadows Priscilla interviewing a "
        "candidate. Greenhouse + Exchange invite titled 'Interview: ...'; the user is on the "
        "interviewing side, so not her job interview.")


@case
def c17():
    slug = "b167-17-linkedin-newsletter-interviewing"
    sent = T(2026, 3, 14, 6, 31, 0)
    live = T(2026, 3, 19, 10, 0)
    wd(live, "Thursday")
    text = (
        "Engineering Career Notes\nBy Ruth Adebayo-Kim | Issue #48 | 6 min read\n\n"
        "THE SYSTEM DESIGN INTERVIEW, DECODED: 7 THINGS SENIOR CANDIDATES GET WRONG\n\n"
        "If your virtual onsite is next Tuesday, you don't need another list of 50 distributed "
        "systems concepts. You need to stop making the same seven mistakes I see in almost every "
        "senior loop I sit on.\n\n"
        "1. Jumping to boxes before agreeing on requirements. The first 8 minutes of a 60-minute "
        "interview decide the next 52.\n"
        "2. Treating the hiring manager interview as a formality...\n"
        "3. Over-indexing on the database choice...\n\n"
        "Read the full article: https://www.linkedin.com/pulse/system-design-interview-decoded-ruth-adebayo-kim-4nq8c\n\n"
        "LIVE: Mock interview teardown\n"
        "Join me and two hiring managers on LinkedIn Live, %s at %s PT, as we replay a real "
        "(anonymized) system design interview and score it together.\n"
        "Add to calendar: https://www.linkedin.com/events/7306611823402215424/\n\n"
        "You are receiving this newsletter because you subscribed to Engineering Career Notes.\n"
        "Unsubscribe: https://www.linkedin.com/newsletters/unsubscribe/?id=7031&t=e3a9\n"
        "Help: https://www.linkedin.com/help/linkedin/answer/67\n\n"
        "This email was intended for Maren Holloway (Senior Backend Engineer at Cascade Freightline)\n"
        "\u00a9 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n"
        % (long_date(live).rsplit(",", 1)[0], ampm(live)))
    m = simple_email(
        date=sent.astimezone(UTC), msgid="<1498221073.8890217.1773495060118@ltx1-app3519.prod.linkedin.com>",
        frm="%s <newsletters-noreply@linkedin.com>" % enc_name("Engineering Career Notes via LinkedIn"),
        to=addr(USER_NAME, USER),
        subject="The system design interview, decoded: 7 things senior candidates get wrong",
        text=text, boundary="----=_Part_8890216_1461780251.1773495060118",
        received_hdr=received("mx.example.com", "mailb-dc.linkedin.com", "108.174.0.213",
                              sent.astimezone(UTC), "0c5f9e2a71"),
        extra=[("List-Unsubscribe", "<https://www.linkedin.com/newsletters/unsubscribe/?id=7031&t=e3a9>"),
               ("X-LinkedIn-Class", "NEWSLETTER"), ("X-LinkedIn-Template", "email_newsletter_edition")])
    return slug, {"01-linkedin-newsletter-system-design-interview.eml": m}, label(
        [], "easy", "negative/newsletter",
        "LinkedIn newsletter about interviewing with a LinkedIn Live 'mock interview teardown' date; "
        "no interview for the user.")


@case
def c18():
    slug = "b167-18-hackathon-kickoff-invite"
    jun = ("Jun Okafor-Lee", "jun@emeraldcityhack.example")
    start, end = T(2026, 3, 21, 9, 0), T(2026, 3, 21, 10, 30)
    wd(start, "Saturday")
    sent = T(2026, 3, 16, 20, 14, 51)
    desc = ("Welcome to Emerald City Hack 2026! Kickoff starts at 9:00 sharp: opening talk, sponsor "
            "challenges, then team formation.\n\n"
            "Recruiters from several sponsors will be around all weekend and some are doing quick "
            "chats at their tables, so bring a few resumes if you're looking. On Sunday afternoon "
            "each team gets a 5-minute interview with the judges about what they built.\n\n"
            "Hacker guide: https://emeraldcityhack.example/guide")
    m = google_invite(
        date=sent.astimezone(UTC), msgid="<calendar-9d2e4b71-0a3c-4f58-b6e7-1c8d5a3f0e92@google.com>",
        organizer=jun, guests=[(jun[0], jun[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")],
        title="Emerald City Hack 2026 - Kickoff & Team Formation", start=start, end=end,
        description=desc, uid="5p1n8c3x0v6b2m9k7h4d1s3q5w@google.com",
        eid="NXAxbjhjM3gwdjZiMm05azdoNGQxczNxNXcgbWFyZW4uaG9sbG93YXlAZXhhbXBsZS5jb20",
        boundary_seed="e18a", location="Stone Way Commons, 3900 Stone Way N, Seattle, WA 98103",
        smtp_id="hk8ZqT1aW0x")
    return slug, {"01-invitation-hackathon-kickoff.eml": m}, label(
        [], "medium", "negative/hackathon",
        "Google invite for a hackathon kickoff; mentions recruiters and a judges' 'interview' of "
        "teams, but nothing is a job interview for the user.")


@case
def c19():
    slug = "b167-19-meet-the-team-happy-hour-after-offer"
    marisol = ("Marisol Vega", "marisol.vega@lumenledger.example")
    rebecca = ("Rebecca Stroud", "rebecca.stroud@lumenledger.example")
    team = [("Ahmed Rahimi", "ahmed.rahimi@lumenledger.example"),
            ("Grace Tanaka-Liu", "grace.tanaka-liu@lumenledger.example"),
            ("Tobias Wren", "tobias.wren@lumenledger.example")]
    sent1 = T(2026, 3, 20, 9, 12, 40)
    sent2 = T(2026, 3, 20, 10, 1, 5)
    sent3 = T(2026, 3, 23, 14, 33, 18)
    start, end = T(2026, 4, 2, 17, 30), T(2026, 4, 2, 19, 30)
    first_day = T(2026, 4, 13, 9, 0)
    wd(start, "Thursday")
    wd(first_day, "Monday")
    id0 = "<CAO1m8+Lr7e2Wq9xVb4Nc0aTy5kPd3sHf6gZj1uRi8=oMt2YcE@mail.gmail.com>"
    id1 = "<CAMh0L=y3Rt7nB1wK6pQ9cXv2mZs5dGh8eLa0uJf4TiO+PbN7Wq@mail.gmail.com>"
    id2 = "<CAO1m8+Ns2c5Yk8vR1xMw4bQe7tPa0dLh3gFj9uZi6=Kr5TbGu@mail.gmail.com>"
    offer = ("Hi Maren,\n\nAs discussed on the phone, attached is your offer for the Senior Backend "
             "Engineer, Payments Infrastructure role. Let me know if you have any questions!\n\n"
             "Marisol\n")
    t1 = ("Hi Marisol,\n\nI'm thrilled to accept! I've signed the offer in DocuSign just now. "
          "Monday, April 13 works as a start date.\n\nThank you for everything,\nMaren\n\n"
          + quote(offer, "On Wed, Mar 18, 2026 at 4:40\u202fPM Marisol Vega <%s> wrote:" % marisol[1]))
    m1 = simple_email(
        date=sent1, msgid=id1, frm=addr(USER_NAME, USER), to=addr(*marisol),
        subject="Re: Your offer from Lumen Ledger", text=t1, in_reply_to=id0, references=id0,
        boundary="000000000000b4e1f7062767a9c3",
        extra=[("Received", "by 2002:a05:7300:5b21:b0:1f2:83a4:c911 with HTTP; %s" % rfc(sent1))])
    t2 = ("Welcome aboard, Maren!! So happy this worked out.\n\n"
          "Rebecca wants to get you together with the team before you start, so keep an eye out for "
          "an invite from her. I'll send your onboarding paperwork next week.\n\nMarisol\n\n"
          + quote(t1, "On Fri, Mar 20, 2026 at 9:12\u202fAM Maren Holloway <%s> wrote:" % USER))
    m2 = simple_email(
        date=sent2, msgid=id2, frm=addr(*marisol), to=addr(USER_NAME, USER), cc=addr(*rebecca),
        subject="Re: Your offer from Lumen Ledger", text=t2, in_reply_to=id1,
        references="%s %s" % (id0, id1), boundary="000000000000c7a20d062768b1f4",
        received_hdr=received("mx.example.com", "mail-sor-f41.google.com", "209.85.220.41", sent2,
                              "2d9c4e7a15"))
    desc = ("Come meet the Payments Infrastructure crew before your first day on Monday 4/13! "
            "Drinks and snacks are on us; partners welcome. No agenda, no whiteboards.\n\nRebecca")
    guests = [(rebecca[0], rebecca[1], "ACCEPTED")] + [(n, e, "ACCEPTED") for n, e in team]
    guests.append((USER, USER, "NEEDS-ACTION"))
    m3 = google_invite(
        date=sent3.astimezone(UTC), msgid="<calendar-1e7c3a95-2b4d-4c80-9f16-7a5d0e3b8c24@google.com>",
        organizer=rebecca, guests=guests,
        title="Payments Infra happy hour - welcome Maren!", start=start, end=end,
        description=desc, uid="8r2t6y0u4i1o9p3a5s7d2f4g6h@google.com",
        eid="OHIydDZ5MHU0aTFvOXAzYTVzN2QyZjRnNmggbWFyZW4uaG9sbG93YXlAZXhhbXBsZS5jb20",
        boundary_seed="5b3d", location="Ballard Alehouse, 5300 Ballard Ave NW, Seattle, WA 98107",
        smtp_id="mq4LhW2sE7t")
    return slug, {"01-re-offer-accepting.eml": m1, "02-re-offer-welcome.eml": m2,
                  "03-invitation-team-happy-hour.eml": m3}, label(
        [], "hard", "negative/post-offer-social",
        "She has accepted the offer; the hiring manager invites her and team members (some were "
        "her interviewers) to a happy hour. Social event after the hiring process, not an interview.")


@case
def c20():
    slug = "b167-20-recruiter-calendly-link-unbooked"
    derek = ("Derek Ng", "derek.ng@saltmarsh.example")
    sent1 = T(2026, 3, 9, 10, 15, 3)
    sent2 = T(2026, 3, 12, 13, 40, 29)
    id1 = "<CAK9vT3+eW8mPq1zR4xNb7cLs0dYh5gJa2uFi6=oVk3TnQ8Bw@mail.gmail.com>"
    id2 = "<CAK9vT3+fX0nQr2aS5yOc8dMt1eZi6hKb3vGj7=pWl4UoR9Cx@mail.gmail.com>"
    t1 = ("Hi Maren,\n\n"
          "I'm a recruiter at Saltmarsh Software -- your background in event-driven backends caught "
          "my eye for our Senior Backend Engineer opening on the Billing team (remote-friendly, "
          "Seattle hub).\n\n"
          "Would you be open to a 30-minute intro interview with our hiring manager, Paula? You can "
          "grab any time that works for you here:\n"
          "https://calendly.com/saltmarsh-derek/intro-interview-30\n\n"
          "Most slots next week are open.\n\nCheers,\nDerek Ng\nTechnical Recruiter | Saltmarsh Software\n")
    m1 = simple_email(
        date=sent1, msgid=id1, frm=addr(*derek), to=addr(USER_NAME, USER),
        subject="Senior Backend Engineer @ Saltmarsh - intro interview?", text=t1,
        boundary="000000000000a1d5c3062675e8f9",
        received_hdr=received("mx.example.com", "mail-pj1-f52.google.com", "209.85.216.52", sent1,
                              "5a0e3d9c72"))
    t2 = ("Hi Maren, bumping this in case it got buried. Happy to work around your schedule if "
          "none of the Calendly slots fit -- just reply with a couple of times.\n\nDerek\n\n"
          + quote(t1, "On Mon, Mar 9, 2026 at 10:15\u202fAM Derek Ng <%s> wrote:" % derek[1]))
    m2 = simple_email(
        date=sent2, msgid=id2, frm=addr(*derek), to=addr(USER_NAME, USER),
        subject="Re: Senior Backend Engineer @ Saltmarsh - intro interview?", text=t2,
        in_reply_to=id1, references=id1, boundary="000000000000f3b8e90626a0c4d1",
        received_hdr=received("mx.example.com", "mail-pj1-f52.google.com", "209.85.216.52", sent2,
                              "9b4f1a6e08"))
    return slug, {"01-intro-interview-calendly-link.eml": m1, "02-re-bumping-this.eml": m2}, label(
        [], "medium", "negative/availability-request",
        "Recruiter outreach with an unbooked Calendly link for an 'intro interview' plus a follow-up "
        "nudge; nothing was ever booked.")


@case
def c21():
    slug = "b167-21-codesignal-assessment-invite"
    sent = T(2026, 3, 13, 9, 30, 11)
    due = T(2026, 3, 20, 23, 59)
    wd(due, "Friday")
    text = (
        "Hi Maren,\n\n"
        "Ridgeback Cloud has invited you to complete the General Coding Assessment as the next step "
        "in the interview process for Senior Backend Engineer, Storage.\n\n"
        "Duration: 70 minutes, in one sitting\n"
        "Deadline: %s, 11:59 PM PDT\n"
        "Format: 4 coding tasks in the language of your choice\n\n"
        "Start your assessment: https://app.codesignal.com/public-test/Rb7Xk2NqLw9/dT4mYp8Zs1\n\n"
        "Tips: use a quiet place with a stable connection, and take the practice test first if "
        "you've never used CodeSignal before. You can't pause once you begin.\n\n"
        "Questions about the role or the process? Contact the Ridgeback Cloud recruiting team at "
        "recruiting@ridgebackcloud.example.\n\n"
        "Good luck!\nCodeSignal, on behalf of Ridgeback Cloud\n" % long_date(due))
    m = simple_email(
        date=sent.astimezone(UTC), msgid="<20260313163011.4f2a8c1e7b9d@codesignal.com>",
        frm="%s <no-reply@codesignal.com>" % enc_name("Ridgeback Cloud via CodeSignal"), to=USER,
        subject="Ridgeback Cloud invited you to take a coding assessment", text=text,
        boundary="----sinikael-?=_1-17734194110560.3817204911762845",
        received_hdr=received("mx.example.com", "o1.mail.codesignal.com", "167.89.40.12",
                              sent.astimezone(UTC), "e7c2b05d9a"))
    return slug, {"01-codesignal-assessment-invite.eml": m}, label(
        [], "easy", "negative/online-assessment",
        "Asynchronous coding assessment with a deadline, described as a step in the interview "
        "process; not a live conversation. Only a group recruiting address.")


@case
def c22():
    slug = "b167-22-goodtime-availability-request"
    lena = ("Lena Fischer", "lena.fischer@wrenfield.example")
    sent = T(2026, 3, 16, 11, 8, 2)
    w1, w2 = T(2026, 3, 23), T(2026, 3, 27)
    wd(w1, "Monday")
    wd(w2, "Friday")
    text = (
        "Hi Maren,\n\n"
        "Congratulations on moving forward to the virtual onsite for Senior Backend Engineer, "
        "Routing at Wrenfield Maps! The onsite is four 45-minute interviews (coding, system design, "
        "backend deep dive, and a hiring manager conversation).\n\n"
        "Please share your availability using the link below. We're looking for at least three "
        "windows of 4 hours or more between %s and %s, 9:00 AM - 4:00 PM Pacific.\n\n"
        "Share your availability: https://app.goodtime.io/availability/c/wrenfield/Lp8Xq2Rt7M\n\n"
        "Once your interviews are scheduled you'll receive a confirmation with the full itinerary "
        "and calendar invitations. Questions? Reply to this email to reach Lena.\n\n"
        "Wrenfield Maps Recruiting\n\n--\nSent with GoodTime\n"
        % (long_date(w1).rsplit(",", 1)[0], long_date(w2).rsplit(",", 1)[0]))
    m = simple_email(
        date=sent.astimezone(UTC), msgid="<gt.a71c0e9f3b52d846.availreq@goodtime.io>",
        frm="Wrenfield Maps Recruiting <no-reply@goodtime.io>", reply_to=addr(*lena),
        to=addr(USER_NAME, USER),
        subject="Action needed: share your availability for your Wrenfield Maps onsite",
        text=text, boundary="_----------=_1773684482270915",
        received_hdr=received("mx.example.com", "mail.goodtime.io", "198.2.134.17",
                              sent.astimezone(UTC), "c08f5b3e2d"))
    return slug, {"01-goodtime-share-availability.eml": m}, label(
        [], "medium", "negative/availability-request",
        "GoodTime availability request for a future onsite; no time is booked yet.")


# =========================================================================== main
def main():
    for old in HERE.glob(PREFIX + "*"):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    seen = set()
    for fn in CASES:
        slug, files, lab = fn()
        assert slug.startswith(PREFIX) and slug not in seen, slug
        nn = slug[len(PREFIX):len(PREFIX) + 2]
        assert nn == "%02d" % (len(seen) + 1), slug
        seen.add(slug)
        d = HERE / slug
        d.mkdir()
        for name, content in sorted(files.items()):
            assert re.match(r"^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$", name), name
            data = content.encode("utf-8")
            if name.endswith(".eml"):
                data.decode("ascii")           # e-mails are 7-bit clean
            (d / name).write_bytes(data)
        labels[slug] = lab
    header = ("# Labels for blind167 (written blind). Generated by make_cases.py -- do not edit.\n"
              "# Schema and rules: shared/eval/README.md\n")
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000,
                          default_flow_style=False)
    (HERE / "labels.yaml").write_text(header + body, encoding="utf-8")
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in labels.values())
    print("%d cases (%d positive, %d negative), %d interviews" % (len(labels), pos,
                                                                  len(labels) - pos, n_iv))


if __name__ == "__main__":
    main()
