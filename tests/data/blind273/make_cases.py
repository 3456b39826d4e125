#!/usr/bin/env python3
"""Regenerate the blind273 evaluation set (interview detection), written blind.

Owner: Lena Whitcombe <lena.whitcombe@example.com>, staff software engineer in Seattle (Pacific).
Running this script deletes and rewrites every b273-* case folder and labels.yaml next to it.
Output is byte-for-byte deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b273"
OWNER = "lena.whitcombe@example.com"
OWNER_NAME = "Lena Whitcombe"
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
TOR = ZoneInfo("America/Toronto")
UTC = timezone.utc
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Sanity: US DST ends Sunday 1 Nov 2026 (02:00 local).
assert DAYS[datetime(2026, 11, 1).weekday()] == "Sunday"
assert datetime(2026, 10, 31, 12, tzinfo=PT).utcoffset() == timedelta(hours=-7)
assert datetime(2026, 11, 2, 12, tzinfo=PT).utcoffset() == timedelta(hours=-8)
assert datetime(2026, 11, 2, 12, tzinfo=TOR).utcoffset() == timedelta(hours=-5)


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, tz=PT, day=None, s=0):
    """Aware datetime; `day` asserts the weekday named in the case text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if day is not None:
        assert DAYS[dt.weekday()] == day, (dt, day)
    return dt


def mins(n):
    return timedelta(minutes=n)


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def _h(dt):
    return dt.hour % 12 or 12, ("AM" if dt.hour < 12 else "PM")


def t_ampm(dt):                      # "10:00 AM"
    h, ap = _h(dt)
    return f"{h}:{dt.minute:02d} {ap}"


def t_lower(dt):                     # "10:00am"
    h, ap = _h(dt)
    return f"{h}:{dt.minute:02d}{ap.lower()}"


def t_g(dt):                         # Google style "10am" / "2:45pm"
    h, ap = _h(dt)
    return (f"{h}" if dt.minute == 0 else f"{h}:{dt.minute:02d}") + ap.lower()


def d_long(dt):                      # "Monday, November 2, 2026"
    return f"{DAYS[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def d_short(dt):                     # "Mon Nov 2, 2026"
    return f"{DAYS[dt.weekday()][:3]} {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}"


def d_md(dt):                        # "November 2"
    return f"{MONTHS[dt.month - 1]} {dt.day}"


def abbr(dt):
    return dt.tzname()


def span(a, b):                      # "10:00 AM - 10:30 AM PST"
    return f"{t_ampm(a)} - {t_ampm(b)} {abbr(a)}"


def hid(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def zulu(dt):                        # "2026-11-03T15:20:00.000Z"
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ----------------------------------------------------------------------------- MIME helpers
def enc_hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def leaf(ctype, body, cte="7bit", extra=()):
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        enc = raw.decode("utf-8")
    if not enc.endswith("\n"):
        enc += "\n"
    head = [f"Content-Type: {ctype}"]
    if cte:
        head.append(f"Content-Transfer-Encoding: {cte}")
    head += list(extra)
    return "\n".join(head) + "\n\n" + enc


def multi(subtype, boundary, parts, extra=()):
    head = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"'] + list(extra)
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return "\n".join(head) + "\n\n" + body


def message(headers, body):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {enc_hdr(v)}")
    out.append("MIME-Version: 1.0")
    return "\n".join(out) + "\n" + body


def received(date, host, ip, qid):
    return (f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id {qid}\n"
            f"        for <{OWNER}>; {rfc(date)}")


def base_headers(date, msgid, frm, subject, *, host, ip, to=None, reply_to=None, cc=None,
                 in_reply_to=None, references=None, extra=(), return_path=None):
    h = [("Delivered-To", OWNER),
         ("Received", received(date, host, ip, hid(msgid, 12).upper())),
         ("Return-Path", f"<{return_path}>" if return_path else None),
         ("Date", rfc(date)),
         ("From", frm),
         ("To", to or addr(OWNER_NAME, OWNER)),
         ("Cc", cc),
         ("Reply-To", reply_to),
         ("Subject", subject),
         ("Message-ID", msgid),
         ("In-Reply-To", in_reply_to),
         ("References", references)]
    return h + list(extra)


_URL = re.compile(r"(https?://[^\s<>\"]+)")


def html_doc(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2328"):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           f'<body><div style="{style}">']
    for para in text.split("\n\n"):
        lines = []
        for ln in para.split("\n"):
            esc = html.escape(ln)
            esc = _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', esc)
            lines.append(esc)
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out)


def alt(seed, text, html_text=None, text_cte="quoted-printable", html_cte="quoted-printable"):
    return multi("alternative", "alt_" + hid(seed + "alt", 24), [
        leaf('text/plain; charset="UTF-8"', text, text_cte),
        leaf('text/html; charset="UTF-8"', html_text or html_doc(text), html_cte)])


def ics_attachment(ics, name="invite.ics", method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', ics, "base64",
                [f'Content-Disposition: attachment; filename="{name}"'])


def mail_with_ics(seed, headers, text, ics, *, name="invite.ics", method="REQUEST", html_text=None):
    body = multi("mixed", "mix_" + hid(seed + "mix", 24),
                 [alt(seed, text, html_text), ics_attachment(ics, name, method)])
    return message(headers, body)


def plain_mail(seed, headers, text, html_text=None, only_text=False, cte="quoted-printable"):
    if only_text:
        return message(headers, leaf('text/plain; charset="UTF-8"', text, cte))
    return message(headers, alt(seed, text, html_text))


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    chunks, limit = [], 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b = b[cut:]
        limit = 74
    chunks.append(b)
    return [c.decode("utf-8") for c in chunks]


def ics_text(lines, eol="\r\n"):
    phys = []
    for ln in lines:
        parts = fold(ln)
        phys.append(parts[0])
        phys += [" " + p for p in parts[1:]]
    return eol.join(phys) + eol


_TZINFO = {  # IANA id -> (std name, dst name, std offset, dst offset)
    "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700"),
    "America/New_York": ("EST", "EDT", "-0500", "-0400"),
    "America/Toronto": ("EST", "EDT", "-0500", "-0400"),
    "America/Chicago": ("CST", "CDT", "-0600", "-0500"),
}
WINDOWS = {"Pacific Standard Time": "America/Los_Angeles", "Eastern Standard Time": "America/New_York",
           "Central Standard Time": "America/Chicago"}


def vtimezone(tzid):
    if tzid in WINDOWS:
        std, dst, so, do = _TZINFO[WINDOWS[tzid]]
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    std, dst, so, do = _TZINFO[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dst}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def dtprop(name, dt, tzid=None):
    if tzid is None:
        return f"{name}:{ics_utc(dt)}"
    zone = ZoneInfo(WINDOWS.get(tzid, tzid))
    return f"{name};TZID={tzid}:{dt.astimezone(zone).strftime('%Y%m%dT%H%M%S')}"


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def attendee(email, name=None, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False,
             cutype="INDIVIDUAL"):
    p = ["ATTENDEE", f"CUTYPE={cutype}", f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        p.append("RSVP=TRUE")
    if name:
        p.append(f"CN={cn(name)}")
    if google:
        p.append("X-NUM-GUESTS=0")
    return ";".join(p) + f":mailto:{email}"


def organizer(email, name=None):
    return f"ORGANIZER;CN={cn(name)}:mailto:{email}" if name else f"ORGANIZER:mailto:{email}"


def vcal(prodid, method, events, tzids=(), extra_cal=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_cal)
    for tz in tzids:
        lines += vtimezone(tz)
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return lines


def alarm(minutes=15):
    return ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


# ----------------------------------------------------------------------------- Google Calendar invite
GTZ_LABEL = {"America/Los_Angeles": "Pacific Time - Los Angeles", "America/New_York": "Eastern Time - New York",
             "America/Toronto": "Eastern Time - Toronto", "America/Chicago": "Central Time - Chicago"}


def meet_code(seed):
    h = hid(seed, 10)
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[int(c, 16) + (i * 7) % 10] for i, c in enumerate(h))
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def google_invite(seed, *, date, org, guests, summary, start, end, tzid, description, seq=0,
                  kind="Invitation", location=None, host="mail-sor-f41.google.com", ip="209.85.220.41"):
    """org=(name,email); guests=[(name,email,partstat)] not including org. Event tz = tzid."""
    uid = hid(seed + "uid", 26) + "@google.com"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    meet = meet_code(seed)
    ls, le = start.astimezone(ZoneInfo(tzid)), end.astimezone(ZoneInfo(tzid))
    subj = (f"{kind}: {summary} @ {d_short(ls)} {t_g(ls)} - {t_g(le)} ({abbr(ls)}) ({OWNER})")
    when = f"{DAYS[ls.weekday()]} {MONTHS[ls.month - 1][:3]} {ls.day}, {ls.year} \u22c5 {t_g(ls)} \u2013 {t_g(le)}"
    gl = [f"{org[0]} - organizer", org[1]]
    for n, e, _ in guests:
        if n:
            gl.append(n)
        gl.append(e)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    text = "\n".join([
        summary, when, GTZ_LABEL[tzid], "",
        "Join with Google Meet", f"https://meet.google.com/{meet}", "",
        "Join by phone", f"(US) +1 {hid(seed+'ph',3).translate(str.maketrans('abcdef','234567'))}-555-0{int(hid(seed+'p2',3),16)%900+100}",
        f"PIN: {int(hid(seed+'pin',8),16) % 900000000 + 100000000}", "",
        "Organizer", org[0], org[1], "",
        "Guests", *gl, f"View all guest info {view}", "",
        description, "",
        f"Reply for {OWNER} and view more details {view}",
        "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
        "You are receiving this email because you are an attendee on the event.", "",
        "Forwarding this invitation could allow any recipient to send a response to the organizer, "
        "be added to the guest list, invite others regardless of their own invitation status, or modify "
        "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding", ""])
    if kind.startswith("Updated"):
        text = "This event has been updated\n" + text
    html_text = html_doc(text, style="font-family:Roboto,Helvetica,Arial,sans-serif")
    method = "REQUEST"
    ev = [dtprop("DTSTART", start), dtprop("DTEND", end), f"DTSTAMP:{ics_utc(date)}",
          organizer(org[1], org[0]), f"UID:{uid}",
          attendee(org[1], org[0], "ACCEPTED", google=True)]
    for n, e, ps in guests:
        ev.append(attendee(e, n or e, ps, google=True))
    ev.append(attendee(OWNER, OWNER, "NEEDS-ACTION", google=True))
    ev += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",
           f"CREATED:{ics_utc(date - mins(2))}",
           "DESCRIPTION:" + ics_esc(description + "\n\nJoin with Google Meet: https://meet.google.com/" + meet
                                    + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
           f"LAST-MODIFIED:{ics_utc(date)}",
           "LOCATION:" + ics_esc(location or ""),
           f"SEQUENCE:{seq}", "STATUS:CONFIRMED", "SUMMARY:" + ics_esc(summary), "TRANSP:OPAQUE"] + alarm(10)
    cal = ics_text(vcal("-//Google Inc//Google Calendar 70.9054//EN", method, [ev]))
    cal_lf = cal.replace("\r\n", "\n")
    alt_part = multi("alternative", "0000000000" + hid(seed + "a", 14), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_text, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal_lf, "7bit")])
    body = multi("mixed", "0000000000" + hid(seed + "m", 14), [
        alt_part,
        leaf('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"'])])
    headers = [("Delivered-To", OWNER),
               ("Received", received(date, host, ip, hid(seed + "q", 12).upper())),
               ("Return-Path", f"<{hid(seed + 'rp', 22)}@calendar-server.bounces.google.com>"),
               ("Reply-To", addr(org[0], org[1])),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", f"<calendar-{hid(seed + 'mid', 8)}-{hid(seed + 'mid2', 4)}-{hid(seed + 'mid3', 4)}-"
                              f"{hid(seed + 'mid4', 4)}-{hid(seed + 'mid5', 12)}@google.com>"),
               ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")),
               ("Subject", subj),
               ("From", addr(org[0], org[1])),
               ("To", OWNER)]
    return message(headers, body)


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def label(interviews, difficulty, category, notes, source="synthetic"):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": source}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVE CASES
@case
def c01():
    slug = f"{PREFIX}-01-ashby-recruiter-screen-after-dst"
    co, role = "Tidewell Systems", "Staff Software Engineer, Storage Infrastructure"
    rec = ("Marcus Feld", "marcus.feld@tidewell.example")
    sent = T(2026, 10, 28, 14, 12, PT, "Wednesday", 7)
    st = T(2026, 11, 2, 10, 0, PT, "Monday")
    en = st + mins(30)
    assert abbr(st) == "PST" and abbr(sent) == "PDT"
    text = f"""Hi Lena,

Thanks for picking a time! Your interview with {co} is confirmed.

Recruiter Screen
{d_long(st)}
{span(st, en)} (America/Los_Angeles)
Interviewer: {rec[0]}, Technical Recruiter
Position: {role}
Video: https://tidewell.zoom.us/j/84120937716?pwd=VGlkZXdlbGxSY3JlZW4

Marcus will walk through your background, what you're looking for next, and how the rest of our process works. No preparation needed.

A calendar invitation is attached to this email. If you need to change the time, use the link below or just reply - your reply goes straight to Marcus.

Reschedule: https://app.ashbyhq.com/interview-schedules/reschedule/5c1e7a0b-8d64-4f0a-9b7e-2d51c3a9e4f2

Best,
The {co} Recruiting Team

--
Sent via Ashby on behalf of {co}
"""
    uid = "ashby-isch-5c1e7a0b-8d64-4f0a-9b7e-2d51c3a9e4f2@ashbyhq.com"
    ev = [f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}", dtprop("DTSTART", st, "America/Los_Angeles"),
          dtprop("DTEND", en, "America/Los_Angeles"), "SEQUENCE:0", "STATUS:CONFIRMED",
          "SUMMARY:" + ics_esc(f"Recruiter Screen: {OWNER_NAME} <> {co}"),
          "DESCRIPTION:" + ics_esc(f"Recruiter Screen for {role}\nInterviewer: {rec[0]}\n"
                                   "Zoom: https://tidewell.zoom.us/j/84120937716?pwd=VGlkZXdlbGxSY3JlZW4"),
          "LOCATION:https://tidewell.zoom.us/j/84120937716",
          organizer(rec[1], rec[0]),
          attendee(rec[1], rec[0], "ACCEPTED", role="CHAIR", rsvp=False),
          attendee(OWNER, OWNER_NAME, "NEEDS-ACTION")]
    ics = ics_text(vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", [ev], ["America/Los_Angeles"]))
    mid = "<01JBX4M7K2QW9ZP3R8T6V5N0C1.5c1e7a0b@ashbyhq.com>"
    h = base_headers(sent, mid, addr(co, "no-reply@ashbyhq.com"), f"Interview Confirmed: Recruiter Screen with {co}",
                     host="o12.email.ashbyhq.com", ip="149.72.201.44", reply_to=addr(*rec),
                     return_path="bounces+2210934-9c1f@email.ashbyhq.com",
                     extra=[("X-Entity-Ref-ID", "5c1e7a0b-8d64-4f0a-9b7e-2d51c3a9e4f2")])
    files = [("01-ashby-interview-confirmed.eml", mail_with_ics(slug, h, text, ics))]
    lab = label([iv(co, role, st, en, "scheduled", [rec[1]], [rec[1]], "phone_screen")], "medium",
                "positive/ats-email-with-ics-dst",
                "Ashby confirmation sent in PDT (Oct 28) for a Monday after US DST ends -> 10:00 PST (-08:00). "
                "Recruiter conducts the screen; Reply-To reaches him.")
    return slug, files, lab


@case
def c02():
    slug = f"{PREFIX}-02-quick-sync-text-is-phone-screen"
    co, role = "Brightwater Ledger", "Staff Software Engineer, Payments Platform"
    dana = ("Dana Okonkwo", "dana.okonkwo@brightwater-ledger.example")
    d1 = T(2026, 10, 20, 16, 47, ET, "Tuesday", 22)
    d_owner = T(2026, 10, 20, 14, 3, PT, "Tuesday")
    d2 = T(2026, 10, 20, 17, 21, ET, "Tuesday", 5)
    st = T(2026, 10, 21, 14, 30, ET, "Wednesday")   # "tomorrow ... 2:30 my time (ET)"
    en = st + mins(20)
    assert st.astimezone(PT).hour == 11 and st.astimezone(PT).minute == 30
    assert (st.date() - d1.date()).days == 1
    m1 = "<CAJ7fQ2x8Lk0pN4vR1@mail.brightwater-ledger.example>"
    m_own = "<CAHw3sZp0e9Q1t@mail.example.com>"
    m2 = "<CAJ7fQ3b2Hn5qS8wT4@mail.brightwater-ledger.example>"
    t1 = """Hi Lena!

Dana here from Brightwater Ledger, thanks for applying to the Staff Software Engineer, Payments Platform role. Any chance you're free for a quick sync tmrw? I could do 2:30 my time (ET) which I think is 11:30 for you. ~20 min, mostly so I can tell you about the team and hear what you're looking for. Happy to just call your cell.

Dana

Sent from my iPhone
"""
    h1 = base_headers(d1, m1, addr(*dana), "Quick sync tmrw?", host="mail-yw1-f170.google.com",
                      ip="209.85.128.170", extra=[("X-Mailer", "iPhone Mail (22B83)")])
    f1 = message(h1, leaf('text/plain; charset="utf-8"', t1, "quoted-printable"))
    t2 = f"""Perfect, talk tomorrow at 2:30 ET / 11:30 PT! I'll call you at (206) 555-0143.

Dana Okonkwo
Senior Technical Recruiter | Brightwater Ledger
New York, NY

On Tue, Oct 20, 2026 at 5:03 PM Lena Whitcombe <{OWNER}> wrote:
> Hi Dana,
>
> Thanks for reaching out - tomorrow works, and 11:30 PT is great. Best number
> is my cell, (206) 555-0143.
>
> Lena
>
> On Tue, Oct 20, 2026 at 1:47 PM Dana Okonkwo <{dana[1]}> wrote:
>> Hi Lena!
>>
>> Dana here from Brightwater Ledger, thanks for applying to the Staff Software
>> Engineer, Payments Platform role. Any chance you're free for a quick sync
>> tmrw? I could do 2:30 my time (ET) which I think is 11:30 for you. ~20 min,
>> mostly so I can tell you about the team and hear what you're looking for.
>> Happy to just call your cell.
>>
>> Dana
"""
    h2 = base_headers(d2, m2, addr(*dana), "Re: Quick sync tmrw?", host="mail-yw1-f171.google.com",
                      ip="209.85.128.171", in_reply_to=m_own, references=f"{m1} {m_own}")
    f2 = plain_mail(slug + "2", h2, t2, html_doc(t2, style="font-family:Arial,sans-serif;font-size:small"))
    files = [("01-quick-sync-tmrw.eml", f1), ("02-re-quick-sync-tmrw.eml", f2)]
    lab = label([iv(co, role, st, en, "scheduled", [dana[1]], [dana[1]], "phone_screen")], "hard",
                "positive/email-thread-relative-date",
                "Recruiter's texty 'quick sync tmrw' is a recruiter phone screen (never called 'interview'). "
                "'tmrw 2:30 my time (ET)' resolved against the Tue Oct 20 message -> Wed Oct 21 14:30 EDT "
                "= 11:30 PDT; '~20 min' gives the end. Quoted reply times are shown in the replier's zone.")
    return slug, files, lab


@case
def c03():
    slug = f"{PREFIX}-03-modernloop-virtual-onsite-four-invites"
    co, role = "Orcalight", "Staff Software Engineer, Data Platform"
    coord = ("Hollis Tran", "hollis.tran@orcalight.example")
    day = T(2026, 11, 10, 0, 0, PT, "Tuesday")
    sessions = [  # (title, interviewer, title of interviewer, start h:m, minutes)
        ("Coding: Data Structures & Algorithms", ("Wen Lindqvist", "wen.lindqvist@orcalight.example"),
         "Senior Software Engineer", (9, 0), 60),
        ("System Design", ("Tomasz Achebe", "tomasz.achebe@orcalight.example"), "Principal Engineer", (10, 15), 60),
        ("Hiring Manager Conversation", ("Gabriela Foss", "gabriela.foss@orcalight.example"),
         "Engineering Manager, Data Platform", (12, 0), 45),
        ("Technical Leadership & Collaboration", ("Kwame Ishikawa", "kwame.ishikawa@orcalight.example"),
         "Staff Software Engineer", (13, 0), 60),
    ]
    slots = []
    for title, who, wtitle, (hh, mm), dur in sessions:
        s = day.replace(hour=hh, minute=mm)
        slots.append((title, who, wtitle, s, s + mins(dur)))
    sent = T(2026, 10, 27, 11, 5, PT, "Tuesday", 41)
    rows = []
    for title, who, wtitle, s, e in slots:
        rows.append(f"{t_ampm(s)} - {t_ampm(e)}  {title} - {who[0]}, {wtitle}")
        if title.startswith("System Design"):
            rows.append(f"{t_ampm(e)} - {t_ampm(slots[2][3])}  Lunch break (on your own)")
        if title.startswith("Hiring Manager"):
            rows.append(f"{t_ampm(e)} - {t_ampm(slots[3][3])}  Break")
    text = f"""Hi Lena,

We're looking forward to your virtual onsite for the {role} role! Here's your itinerary. All times are Pacific Time (PST).

{d_long(day)}
""" + "\n".join(rows) + f"""

Each session has its own Zoom link, and you'll get a separate calendar invite from me for each one (four in total), so don't worry if they trickle in. The coding and system design sessions use CoderPad; the links are in the invites.

If anything comes up, or you'd like an accommodation, just reply here.

Thanks,
Hollis

Hollis Tran
Recruiting Coordinator, Orcalight
{coord[1]}

Scheduled with ModernLoop
"""
    html_rows = "".join(f"<tr><td style=\"padding:4px 12px 4px 0\">{html.escape(r.split('  ', 1)[0])}</td>"
                        f"<td style=\"padding:4px 0\">{html.escape(r.split('  ', 1)[1])}</td></tr>\n" for r in rows)
    html_text = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 f'<div style="font-family:Inter,Arial,sans-serif;font-size:14px">\n<p>Hi Lena,</p>\n'
                 f"<p>We&#x27;re looking forward to your virtual onsite for the {html.escape(role)} role! Here&#x27;s "
                 f"your itinerary. All times are Pacific Time (PST).</p>\n<p><b>{d_long(day)}</b></p>\n"
                 f"<table cellpadding=\"0\" cellspacing=\"0\">\n{html_rows}</table>\n"
                 "<p>Each session has its own Zoom link, and you&#x27;ll get a separate calendar invite from me for each "
                 "one (four in total), so don&#x27;t worry if they trickle in. The coding and system design sessions "
                 "use CoderPad; the links are in the invites.</p>\n<p>If anything comes up, or you&#x27;d like an "
                 "accommodation, just reply here.</p>\n<p>Thanks,<br>Hollis</p>\n<p>Hollis Tran<br>Recruiting "
                 f"Coordinator, Orcalight<br>{coord[1]}</p>\n"
                 '<p style="color:#8a8f98;font-size:11px">Scheduled with <a href="https://www.modernloop.io">'
                 "ModernLoop</a></p>\n</div></body></html>")
    mid = "<ml-itin-7f2a91c4e0b3@orcalight.example>"
    h = base_headers(sent, mid, addr(*coord), f"Your Orcalight virtual onsite - {d_long(day)}",
                     host="mail-pj1-f52.google.com", ip="209.85.216.52",
                     extra=[("X-ModernLoop-Itinerary", "itn_7f2a91c4e0b3")])
    files = [("01-orcalight-onsite-itinerary.eml", plain_mail(slug, h, text, html_text))]
    for i, (title, who, wtitle, s, e) in enumerate(slots, 1):
        summ = f"Orcalight Onsite ({i}/4): {title} - {OWNER_NAME}"
        desc = (f"Interviewer: {who[0]} ({wtitle})\nCandidate: {OWNER_NAME}\nRole: {role}\n\n"
                f"Zoom: https://orcalight.zoom.us/j/9{hid(slug + str(i), 9).translate(str.maketrans('abcdef', '123456'))}\n"
                + ("CoderPad: https://app.coderpad.io/" + hid(slug + 'pad' + str(i), 8).upper() + "\n" if i <= 2 else "")
                + "\nScheduled with ModernLoop")
        files.append((f"0{i + 1}-invitation-onsite-{i}-of-4.eml",
                      google_invite(f"{slug}-s{i}", date=sent + mins(2 + i), org=coord,
                                    guests=[(who[0], who[1], "ACCEPTED")], summary=summ, start=s, end=e,
                                    tzid="America/Los_Angeles", description=desc)))
    ivs = [s[1][1] for s in slots]
    lab = label([iv(co, role, slots[0][3], slots[-1][4], "scheduled", ivs, ivs, "onsite")], "medium",
                "positive/onsite-split-invites",
                "ModernLoop itinerary + four Google invites (one per session, lunch and a break between) on "
                "Tue Nov 10 -> ONE onsite 09:00-14:00 PST with all four interviewers; coordinator only schedules.")
    return slug, files, lab


@case
def c04():
    slug = f"{PREFIX}-04-gem-team-matching-after-onsite"
    co, role = "Halcyon Grid", "Staff Software Engineer"
    nia = ("Nia Castellano", "nia.castellano@halcyongrid.example")
    ezra = ("Ezra Kowalczyk", "ezra.kowalczyk@halcyongrid.example")
    d1 = T(2026, 11, 5, 15, 40, PT, "Thursday", 12)
    d2 = T(2026, 11, 5, 20, 12, PT, "Thursday", 3)
    st = T(2026, 11, 12, 13, 0, PT, "Thursday")
    en = st + mins(30)
    t1 = f"""Hi Lena,

Great news: the feedback from your onsite last week was really strong, and we'd like to move you into team matching for the Staff Software Engineer role.

First up is Ezra Kowalczyk, the engineering manager for Grid Forecasting. It's a 30-minute conversation. Ezra will want to go deep on a system you've owned end to end, and it's your chance to ask about the team's roadmap. It's still part of the process (Ezra shares a short write-up with the hiring committee), so treat it like a hiring manager conversation.

You can grab any open slot on Ezra's calendar here: https://gem.com/sch/halcyongrid/ezra-team-matching-30

Talk soon,
Nia

Nia Castellano
Senior Technical Recruiter | Halcyon Grid
"""
    m1 = "<gem.7d3a0e6f1b2c4d58.nia.castellano@halcyongrid.example>"
    h1 = base_headers(d1, m1, addr(*nia), "Next step: team matching with Ezra", host="mail-oi1-f181.google.com",
                      ip="209.85.167.181", extra=[("X-Gem-Sequence-Id", "seq_2f91c0d7")])
    t2 = f"""You're booked!

Team Matching: {OWNER_NAME} / {ezra[0]} (Grid Forecasting)
{d_long(st)}
{t_ampm(st)} - {t_ampm(en)} Pacific Time (US & Canada)

Meeting link: https://meet.google.com/{meet_code(slug + '-inv')}

Hosts: {ezra[0]}
A calendar invitation has been sent to {OWNER}.

Need to make a change? Reschedule or cancel: https://gem.com/sch/manage/b7c41d09e2

Questions? Reply to this email to reach {nia[0]}.

Powered by Gem
"""
    m2 = "<0100019a56f1c2d4-8e1f7a20-5b6c-4d3e-9f80-1a2b3c4d5e6f-000000@email.gem.com>"
    h2 = base_headers(d2, m2, addr(f"{co} via Gem", "no-reply@gem.com"),
                      f"Confirmed: Team Matching with {ezra[0]} on {d_long(st)}", host="a8-31.smtp-out.amazonses.com",
                      ip="54.240.8.31", reply_to=addr(*nia), return_path="0100019a56f1c2d4@email.gem.com")
    desc = (f"Team matching conversation for the {role} role.\n\nEzra will ask about a system you've owned; "
            "bring questions about Grid Forecasting.\n\nBooked via Gem")
    f3 = google_invite(slug + "-inv", date=d2 + timedelta(seconds=40), org=nia,
                       guests=[(ezra[0], ezra[1], "ACCEPTED")],
                       summary=f"Team Matching: {OWNER_NAME} / {ezra[0]} (Grid Forecasting)", start=st, end=en,
                       tzid="America/Los_Angeles", description=desc)
    files = [("01-next-step-team-matching.eml", plain_mail(slug, h1, t1)),
             ("02-gem-booking-confirmed.eml", plain_mail(slug + "2", h2, t2)),
             ("03-invitation-team-matching.eml", f3)]
    lab = label([iv(co, role, st, en, "scheduled", [ezra[1]], [ezra[1]], "hiring_manager")], "medium",
                "positive/team-matching-dedupe",
                "Post-onsite team-matching call; recruiter says it is part of the process with written feedback -> "
                "a hiring-manager interview. Gem booking mail + Google invite are ONE interview. Ezra conducts; Nia "
                "only schedules.")
    return slug, files, lab


@case
def c05():
    slug = f"{PREFIX}-05-calendly-routing-hm-self-booked"
    co, role = "Maplecrest Robotics", "Staff Software Engineer, Fleet Platform"
    owen = ("Owen Baptiste", "owen.baptiste@maplecrest.example")
    sio = ("Siobhan Marchetti", "siobhan.marchetti@maplecrest.example")
    d1 = T(2026, 11, 2, 9, 18, TOR, "Monday", 30)
    d2 = T(2026, 11, 2, 10, 41, PT, "Monday", 9)
    st = T(2026, 11, 6, 11, 0, PT, "Friday")
    en = st + mins(45)
    assert st.astimezone(TOR).hour == 14
    t1 = f"""Hi Lena,

Thanks again for the great chat last week. The next step for the {role} role is a conversation with one of our hiring managers.

We route candidates to the right manager based on focus area, so please fill out the short form here and it will show you that manager's open times: https://calendly.com/d/mcr-eng-routing/hiring-manager

Whatever slot you book is confirmed, there's nothing else to wait for from me. Heads up that our managers are in Toronto, but Calendly will show times in your time zone.

Cheers,
Owen

Owen Baptiste
Talent Partner, Engineering
Maplecrest Robotics | Toronto, ON
"""
    m1 = "<CAO5nR2kLw7yP0q@mail.maplecrest.example>"
    h1 = base_headers(d1, m1, addr(*owen), "Maplecrest: book time with the hiring manager",
                      host="mail-qk1-f180.google.com", ip="209.85.222.180")
    meet = meet_code(slug)
    t2 = f"""Hi {OWNER_NAME},

Your Hiring Manager Conversation with {sio[0]} at {t_lower(st)} (Pacific Time - US & Canada) on {d_long(st)} is scheduled.

Event Type:
Hiring Manager Conversation

Event Date/Time:
{t_lower(st)} - {t_lower(en)} (Pacific Time - US & Canada) {d_long(st)}

Location:
This is a Google Meet web conference.
https://meet.google.com/{meet}

Invitee Time Zone:
Pacific Time - US & Canada

Questions:
Which area is closest to your background?
Distributed systems / backend infrastructure

Anything you'd like Siobhan to know beforehand?
Most recently led the migration of our dispatch service to an event-sourced design.

View event in Calendly: https://calendly.com/events/8f3c2a1d-4b5e-4c6f-9d7a-0e1b2c3d4e5f
Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8f3c2a1d-4b5e-4c6f-9d7a-0e1b2c3d4e5f
Reschedule: https://calendly.com/reschedulings/8f3c2a1d-4b5e-4c6f-9d7a-0e1b2c3d4e5f

Powered by Calendly.com
"""
    ev = [f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(en)}", f"DTSTAMP:{ics_utc(d2)}",
          organizer(sio[1], sio[0]), "UID:8f3c2a1d-4b5e-4c6f-9d7a-0e1b2c3d4e5f@calendly.com",
          attendee(OWNER, OWNER_NAME, "ACCEPTED"), attendee(sio[1], sio[0], "ACCEPTED"),
          f"CREATED:{ics_utc(d2)}",
          "DESCRIPTION:" + ics_esc(f"Event Name: Hiring Manager Conversation\n\nLocation: This is a Google Meet web "
                                   f"conference. https://meet.google.com/{meet}\n\nNeed to make changes to this "
                                   "event?\nCancel: https://calendly.com/cancellations/8f3c2a1d-4b5e-4c6f-9d7a-"
                                   "0e1b2c3d4e5f\n\nPowered by Calendly.com"),
          f"LAST-MODIFIED:{ics_utc(d2)}", f"LOCATION:https://meet.google.com/{meet}", "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + ics_esc(f"Hiring Manager Conversation between {sio[0]} and {OWNER_NAME}"),
          "TRANSP:OPAQUE"]
    ics = ics_text(vcal("-//Calendly//EN", "REQUEST", [ev]))
    m2 = "<20261102184109.8f3c2a1d4b5e@calendly.com>"
    h2 = base_headers(d2, m2, addr("Calendly", "notifications@calendly.com"),
                      f"Confirmed: Hiring Manager Conversation with {sio[0]} on {d_long(st)}",
                      host="o7.sg.calendly.com", ip="167.89.96.7", reply_to=addr(*sio),
                      return_path="bounces+1184422-77aa@sg.calendly.com")
    files = [("01-book-time-with-hiring-manager.eml", plain_mail(slug, h1, t1)),
             ("02-calendly-confirmed.eml", mail_with_ics(slug + "2", h2, t2, ics))]
    lab = label([iv(co, role, st, en, "scheduled", [sio[1]], [sio[1]], "hiring_manager")], "medium",
                "positive/self-scheduled-booking",
                "Routing-form link alone is not an interview; the Calendly invitee confirmation IS the booking. "
                "Shown in the invitee's Pacific zone (11:00 PST = 14:00 EST Toronto), .ics in UTC.")
    return slug, files, lab


@case
def c06():
    slug = f"{PREFIX}-06-greenhouse-prelude-updated-across-dst"
    co, role = "Quillfeather", "Staff Backend Engineer, Learning Platform"
    tam = ("Tamsin Adeyemi", "tamsin.adeyemi@quillfeather.example")
    bog = ("Bogdan Reyes", "bogdan.reyes@quillfeather.example")
    d1 = T(2026, 10, 23, 12, 2, ET, "Friday", 55)
    d2 = T(2026, 10, 27, 9, 47, ET, "Tuesday", 18)
    s0 = T(2026, 10, 29, 13, 0, ET, "Thursday")
    s1 = T(2026, 11, 4, 13, 0, ET, "Wednesday")
    e0, e1 = s0 + mins(60), s1 + mins(60)
    assert abbr(s0) == "EDT" and abbr(s1) == "EST"
    uid = "prelude-interview-4b7d1e93a6c2@greenhouse.io"
    zoom = "https://quillfeather.zoom.us/j/93318470265"

    def cal(seq, s, e, stamp):
        ev = [dtprop("DTSTART", s, "America/New_York"), dtprop("DTEND", e, "America/New_York"),
              f"DTSTAMP:{ics_utc(stamp)}", organizer(tam[1], tam[0]), f"UID:{uid}",
              attendee(bog[1], bog[0], "ACCEPTED"), attendee(OWNER, OWNER_NAME, "NEEDS-ACTION"),
              "DESCRIPTION:" + ics_esc(f"Technical Interview: Backend Systems\nInterviewer: {bog[0]}\n{zoom}"),
              f"LOCATION:{zoom}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
              "SUMMARY:" + ics_esc(f"{OWNER_NAME} - Technical Interview: Backend Systems (Quillfeather)")]
        return ics_text(vcal("-//Greenhouse//Prelude Scheduling//EN", "REQUEST", [ev], ["America/New_York"]))

    def when(s, e):
        return (f"{d_long(s)} \u00b7 {t_ampm(s)} \u2013 {t_ampm(e)} {abbr(s)} "
                f"({t_ampm(s.astimezone(PT))} \u2013 {t_ampm(e.astimezone(PT))} {abbr(s.astimezone(PT))})")

    t1 = f"""Hi Lena,

Thank you for your interest in Quillfeather! Your interview for the {role} position has been scheduled.

Technical Interview: Backend Systems (60 minutes)
{when(s0, e0)}
Interviewer: {bog[0]}, Staff Engineer
Join via Zoom: {zoom}

Bogdan will ask you to design and code parts of a small service in a shared editor; use whichever language you're most comfortable in.

A calendar invitation is attached. If you have any questions, reply to this email.

Best,
{tam[0]}
Recruiting Coordinator, Quillfeather

Powered by Greenhouse Prelude
"""
    t2 = f"""Hi Lena,

Your interview with Quillfeather has been updated. Please use the new details below and disregard the previous invitation.

Technical Interview: Backend Systems (60 minutes)
NEW TIME: {when(s1, e1)}
Interviewer: {bog[0]}, Staff Engineer
Join via Zoom: {zoom}

Previously scheduled: {when(s0, e0)}

Bogdan had a conflict come up, thanks so much for your flexibility. An updated calendar invitation is attached.

Best,
{tam[0]}
Recruiting Coordinator, Quillfeather

Powered by Greenhouse Prelude
"""
    frm = addr(tam[0], "no-reply@us.greenhouse-mail.io")
    h1 = base_headers(d1, "<6f1a2c3e84d94b6a9e21@us.greenhouse-mail.io>", frm,
                      f"Interview Confirmation: Quillfeather - {role}", host="o3.us.greenhouse-mail.io",
                      ip="167.89.74.113", reply_to=addr(*tam), extra=[("X-Mailer", "Greenhouse")])
    h2 = base_headers(d2, "<9b0d7e5f12a34c8d8f77@us.greenhouse-mail.io>", frm,
                      f"Your interview has been updated: Quillfeather - {role}", host="o3.us.greenhouse-mail.io",
                      ip="167.89.74.113", reply_to=addr(*tam), extra=[("X-Mailer", "Greenhouse")])
    files = [("01-interview-confirmation.eml", mail_with_ics(slug, h1, t1, cal(0, s0, e0, d1))),
             ("02-interview-updated.eml", mail_with_ics(slug + "2", h2, t2, cal(1, s1, e1, d2)))]
    lab = label([iv(co, role, s1, e1, "scheduled", [bog[1]], [bog[1]], "technical")], "medium",
                "positive/reschedule-vendor-update",
                "Greenhouse Prelude 'your interview has been updated' (same UID, SEQUENCE 1) moves Thu Oct 29 "
                "13:00 EDT to Wed Nov 4 13:00 EST, across the US DST change. Final time only.")
    return slug, files, lab


@case
def c07():
    slug = f"{PREFIX}-07-rippling-hm-interview-cancelled"
    co, role = "Bluebonnet Compute", "Staff Software Engineer, Billing Platform"
    rhett = ("Rhett Calloway", "rhett.calloway@bluebonnet-compute.example")
    dl = ("Delphine Oyelaran", "delphine.oyelaran@bluebonnet-compute.example")
    d1 = T(2026, 10, 30, 11, 26, CT, "Friday", 40)
    d2 = T(2026, 11, 3, 16, 5, CT, "Tuesday", 2)
    d3 = T(2026, 11, 3, 16, 19, CT, "Tuesday", 47)
    st = T(2026, 11, 5, 10, 30, CT, "Thursday")
    en = st + mins(45)
    assert abbr(d1) == "CDT" and abbr(st) == "CST"
    uid = "rpl-ats-intv-66a1f0c2b9d84e17@rippling.com"
    meet = meet_code(slug)

    def cal(method, seq, status, stamp):
        ev = [f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(stamp)}",
              dtprop("DTSTART", st, "America/Chicago"), dtprop("DTEND", en, "America/Chicago"),
              "SUMMARY:" + ics_esc(f"Hiring Manager Interview - {OWNER_NAME} - {role}"),
              "DESCRIPTION:" + ics_esc(f"Interviewer: {dl[0]}, Director of Engineering\n"
                                       f"Google Meet: https://meet.google.com/{meet}"),
              f"LOCATION:https://meet.google.com/{meet}", organizer(rhett[1], rhett[0]),
              attendee(dl[1], dl[0], "ACCEPTED"), attendee(OWNER, OWNER_NAME, "NEEDS-ACTION"),
              f"STATUS:{status}"]
        return ics_text(vcal("-//Rippling//Rippling Recruiting//EN", method, [ev], ["America/Chicago"]))

    t1 = f"""Hi Lena,

Your interview with Bluebonnet Compute has been scheduled.

Role: {role}
Interview: Hiring Manager Interview
Date: {d_long(st)}
Time: {span(st, en)}
Interviewer: {dl[0]}, Director of Engineering
Location: Google Meet - https://meet.google.com/{meet}

Add this interview to your calendar with the attached invite. If you need to reschedule, please reply to this email to reach {rhett[0]}.

Thanks,
Bluebonnet Compute Recruiting

This email was sent by Rippling on behalf of Bluebonnet Compute.
"""
    t2 = f"""Hi Lena,

Your Hiring Manager Interview for {role} at Bluebonnet Compute on {d_long(st)} at {t_ampm(st)} {abbr(st)} has been cancelled.

Your recruiter will follow up with next steps.

Bluebonnet Compute Recruiting

This email was sent by Rippling on behalf of Bluebonnet Compute.
"""
    t3 = f"""Hi Lena,

You'll have just seen a cancellation come through for Thursday's conversation with Delphine. I'm really sorry about the short notice. Leadership has put the Billing Platform req on hold while they finalize next year's headcount, so we can't move forward with interviews for it right now.

This isn't a reflection on you at all; your screen went really well. I'll reach out as soon as I know whether the role reopens, and I'd also be glad to talk about our Data Platform opening if that's of interest.

Rhett

Rhett Calloway
Technical Recruiter | Bluebonnet Compute
Austin, TX
"""
    frm = addr(f"{co} via Rippling", "no-reply@rippling.com")
    h1 = base_headers(d1, "<0100019a355d21b8-3c7e9f12-intv-scheduled@mail.rippling.com>", frm,
                      f"Interview scheduled: {role} at {co}", host="a48-112.smtp-out.amazonses.com",
                      ip="54.240.48.112", reply_to=addr(*rhett))
    h2 = base_headers(d2, "<0100019a4b8e7f60-91d2a4c3-intv-cancelled@mail.rippling.com>", frm,
                      f"Interview cancelled: {role} at {co}", host="a48-112.smtp-out.amazonses.com",
                      ip="54.240.48.112", reply_to=addr(*rhett))
    h3 = base_headers(d3, "<CAF9rC2wq0Lx3t@mail.bluebonnet-compute.example>", addr(*rhett),
                      "Thursday's conversation with Delphine", host="mail-io1-f47.google.com", ip="209.85.166.47")
    files = [("01-rippling-interview-scheduled.eml", mail_with_ics(slug, h1, t1, cal("REQUEST", 0, "CONFIRMED", d1))),
             ("02-rippling-interview-cancelled.eml",
              mail_with_ics(slug + "2", h2, t2, cal("CANCEL", 1, "CANCELLED", d2), method="CANCEL")),
             ("03-recruiter-note.eml", plain_mail(slug + "3", h3, t3))]
    lab = label([iv(co, role, st, en, "cancelled", [dl[1]], [dl[1]], "hiring_manager")], "medium",
                "positive/cancellation",
                "Rippling schedules a Thu Nov 5 10:30 CST HM interview (sent in CDT), then METHOD:CANCEL + recruiter "
                "note (req on hold). Kept as cancelled at its last time; follow-up goes to the named interviewer per rule.")
    return slug, files, lab


@case
def c08():
    slug = f"{PREFIX}-08-dover-founder-chat-mail-and-invite"
    co, role = "Parcelwise", "Founding Staff Engineer"
    nadia = ("Nadia Sorensen", "nadia@parcelwise.example")
    theo = ("Theo Vasquez", "theo@parcelwise.example")
    d1 = T(2026, 10, 29, 10, 14, PT, "Thursday", 26)
    d2 = T(2026, 10, 29, 10, 31, PT, "Thursday", 50)
    st = T(2026, 11, 3, 14, 0, PT, "Tuesday")
    en = st + mins(45)
    t1 = f"""Hi Lena,

Great news, you're confirmed to chat with Theo Vasquez, Parcelwise's co-founder & CEO, on Tuesday 11/3 at 2:00pm PT (45 min). Theo will send the calendar invite from his own calendar shortly, so keep an eye out for that.

A bit of context: this is the first conversation in Parcelwise's process for the {role} role. Theo likes to go deep on one or two systems you've built and talk through how you'd approach the first six months. Come with questions for him too!

After this, the next step would be a paid half-day working session with the team.

Best,
Nadia

Nadia Sorensen
Recruiting Partner for Parcelwise
Sent with Dover | https://www.dover.com
"""
    h1 = base_headers(d1, "<dover.7b12f0.c4e9a1d3@parcelwise.example>", addr(*nadia),
                      "Parcelwise: chat with Theo (CEO) confirmed for Tue 11/3", host="mail-sor-f65.google.com",
                      ip="209.85.220.65", extra=[("X-Dover-Campaign", "cmp_parcelwise_founding_staff")])
    desc = ("Intro chat for the Founding Staff Engineer role. Happy to keep this conversational - I'll ask about "
            "something you've built that you're proud of.\n\n- Theo")
    f2 = google_invite(slug, date=d2, org=theo, guests=[], summary=f"{OWNER_NAME} <> Theo (Parcelwise)",
                       start=st, end=en, tzid="America/Los_Angeles", description=desc,
                       host="mail-sor-f73.google.com", ip="209.85.220.73")
    files = [("01-dover-chat-with-theo-confirmed.eml", plain_mail(slug, h1, t1)),
             ("02-invitation-lena-theo.eml", f2)]
    lab = label([iv(co, role, st, en, "scheduled", [theo[1]], [theo[1]], "hiring_manager")], "medium",
                "positive/dedupe-mail-and-invite",
                "Dover recruiting partner confirms a CEO chat ('Tue 11/3 at 2:00pm PT', sent before DST ends) and the "
                "founder's own Google invite follows (UTC DTSTART) -> ONE interview, 14:00 PST.")
    return slug, files, lab


@case
def c09():
    slug = f"{PREFIX}-09-paradox-olivia-phone-interview"
    co, role = "Sitka Outfitters", "Staff Software Engineer, Checkout & Payments"
    jal = ("Jalen Ashworth", "jalen.ashworth@sitkaoutfitters.example")
    d1 = T(2026, 11, 6, 9, 2, PT, "Friday", 14)
    d2 = T(2026, 11, 6, 9, 16, PT, "Friday", 51)
    opts = [T(2026, 11, 11, 10, 0, PT, "Wednesday"), T(2026, 11, 12, 15, 0, PT, "Thursday"),
            T(2026, 11, 13, 9, 30, PT, "Friday")]
    st = opts[1]
    en = st + mins(30)
    o = "\n".join(f"{i}) {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day} at {t_ampm(d)} {abbr(d)}"
                  for i, d in enumerate(opts, 1))
    t1 = f"""Hi Lena! I'm Olivia, the recruiting assistant for Sitka Outfitters.

{jal[0]} would like to set up a 30-minute phone interview with you for the {role} role. Which of these times works best for you?

{o}

Just reply with the number, or text me at (206) 555-0190. If none of these work, reply "more times".

Olivia
Sitka Outfitters Recruiting
"""
    t2 = f"""You're all set, Lena!

Your phone interview is confirmed.

Position: {role}
When: {d_long(st)} at {t_ampm(st)} {abbr(st)} (30 minutes)
Who: {jal[0]}, Technical Recruiter
How: {jal[0].split()[0]} will call you at (206) 555-0143

Have a question for {jal[0].split()[0]} before your interview? You can email {jal[1]}.

Need to reschedule? Reply "reschedule" to this email or text me at (206) 555-0190.

Good luck!
Olivia

Olivia is an AI assistant powered by Paradox.
"""
    ev = [f"UID:pdx-evt-3e8b1f27c0a94d65@paradox.ai", f"DTSTAMP:{ics_utc(d2)}",
          f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(en)}",
          "SUMMARY:" + ics_esc(f"Phone Interview with {co}"),
          "DESCRIPTION:" + ics_esc(f"{jal[0]} will call you at (206) 555-0143.\nPosition: {role}"),
          "LOCATION:Phone call", organizer("no-reply@paradox.ai", "Olivia (Sitka Outfitters)"),
          attendee(OWNER, OWNER_NAME, "ACCEPTED"), "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = ics_text(vcal("-//Paradox//Olivia Scheduling//EN", "REQUEST", [ev]))
    frm = addr("Olivia from Sitka Outfitters", "no-reply@paradox.ai")
    h1 = base_headers(d1, "<pdx.conv.9a4c7e21.m1@paradox.ai>", frm,
                      "Let's schedule your phone interview with Sitka Outfitters", host="o4.mail.paradox.ai",
                      ip="168.245.12.41")
    h2 = base_headers(d2, "<pdx.conv.9a4c7e21.m2@paradox.ai>", frm,
                      "Your phone interview with Sitka Outfitters is confirmed", host="o4.mail.paradox.ai",
                      ip="168.245.12.41", in_reply_to="<pdx.conv.9a4c7e21.m1@paradox.ai>")
    files = [("01-olivia-pick-a-time.eml", plain_mail(slug, h1, t1)),
             ("02-olivia-phone-interview-confirmed.eml", mail_with_ics(slug + "2", h2, t2, ics, name="interview.ics"))]
    lab = label([iv(co, role, st, en, "scheduled", [jal[1]], [jal[1]], "phone_screen")], "medium",
                "positive/conversational-scheduler",
                "Paradox (Olivia) offers three slots (availability request, not an interview), then confirms option 2. "
                "Recruiter conducts the call; his address is only in the confirmation text (organizer is no-reply).")
    return slug, files, lab


@case
def c10():
    slug = f"{PREFIX}-10-goodtime-two-rounds"
    co, role = "Caprock Data", "Staff Software Engineer, Streaming Ingestion"
    mar = ("Marisela Cantu", "marisela.cantu@caprock-data.example")
    seun = ("Oluwaseun Park", "seun.park@caprock-data.example")
    ines = ("Ines Halvorsen", "ines.halvorsen@caprock-data.example")
    d1 = T(2026, 10, 29, 14, 40, CT, "Thursday", 3)
    d2 = T(2026, 11, 10, 10, 12, CT, "Tuesday", 36)
    s1 = T(2026, 11, 9, 11, 0, CT, "Monday")
    s2 = T(2026, 11, 17, 13, 0, CT, "Tuesday")
    e1, e2 = s1 + mins(60), s2 + mins(60)

    def cal(uid, s, e, who, title, stamp):
        ev = [f"UID:{uid}", f"DTSTAMP:{ics_utc(stamp)}", dtprop("DTSTART", s, "America/Chicago"),
              dtprop("DTEND", e, "America/Chicago"), "SEQUENCE:0", "STATUS:CONFIRMED",
              "SUMMARY:" + ics_esc(f"{co} - {title} ({OWNER_NAME})"),
              "DESCRIPTION:" + ics_esc(f"{title} for {role}\nInterviewer: {who[0]}\n"
                                       f"Zoom: https://caprock-data.zoom.us/j/8{hid(uid, 9).translate(str.maketrans('abcdef', '123456'))}"),
              "LOCATION:Zoom", organizer(mar[1], mar[0]),
              attendee(who[1], who[0], "ACCEPTED"), attendee(OWNER, OWNER_NAME, "NEEDS-ACTION")]
        return ics_text(vcal("-//GoodTime.io//GoodTime Hire//EN", "REQUEST", [ev], ["America/Chicago"]))

    def body(title, s, e, who, wtitle, intro):
        return f"""Hi Lena,

{intro}

Interview: {title}
Position: {role}
Date: {d_long(s)}
Time: {span(s, e)} ({span(s.astimezone(PT), e.astimezone(PT))})
Interviewer: {who[0]}, {wtitle}
Location: Zoom (link in the attached invite)

If you need to reschedule, please reply to this email.

Best regards,
{mar[0]}
Recruiting Coordinator, {co}

Scheduled with GoodTime
"""
    t1 = body("Technical Interview: Coding", s1, e1, seun, "Senior Staff Engineer",
              "Thank you for sharing your availability. Your technical interview is confirmed:")
    t2 = body("System Design Interview", s2, e2, ines, "Principal Engineer",
              "Thanks for your time with Seun yesterday! We'd like to move you forward to the system design round, "
              "which is now confirmed:")
    frm = addr(f"{co} Recruiting", "scheduling@goodtime.io")
    h1 = base_headers(d1, "<gt-8c21e0f4a7b9.r1@goodtime.io>", frm, f"Interview Confirmation: Technical Interview - {co}",
                      host="o1.outbound.goodtime.io", ip="198.21.0.144", reply_to=addr(*mar))
    h2 = base_headers(d2, "<gt-8c21e0f4a7b9.r2@goodtime.io>", frm,
                      f"Interview Confirmation: System Design Interview - {co}", host="o1.outbound.goodtime.io",
                      ip="198.21.0.144", reply_to=addr(*mar))
    files = [("01-goodtime-technical-confirmed.eml",
              mail_with_ics(slug, h1, t1, cal("gt-evt-8c21e0f4a7b9-1@goodtime.io", s1, e1, seun,
                                              "Technical Interview: Coding", d1))),
             ("02-goodtime-system-design-confirmed.eml",
              mail_with_ics(slug + "2", h2, t2, cal("gt-evt-8c21e0f4a7b9-2@goodtime.io", s2, e2, ines,
                                                    "System Design Interview", d2)))]
    lab = label([iv(co, role, s1, e1, "scheduled", [seun[1]], [seun[1]], "technical"),
                 iv(co, role, s2, e2, "scheduled", [ines[1]], [ines[1]], "technical")], "medium",
                "positive/two-interviews",
                "Two GoodTime rounds a week apart (Mon Nov 9 and Tue Nov 17, Central) -> two interviews, each with its "
                "own interviewer. First confirmation sent in CDT for a CST slot; text also shows PST.")
    return slug, files, lab


@case
def c11():
    slug = f"{PREFIX}-11-gcal-json-final-conversation-moved"
    co, role = "Birchlight Payments", "Staff Software Engineer, Risk Platform"
    cal_r = ("Callum Reid", "callum.reid@birchlight.example")
    vp = ("Anouk Desrosiers", "anouk.desrosiers@birchlight.example")
    s0 = T(2026, 11, 13, 12, 0, TOR, "Friday")
    s1 = T(2026, 11, 16, 15, 30, TOR, "Monday")
    created = T(2026, 11, 3, 10, 20, TOR, "Tuesday")
    upd = T(2026, 11, 10, 9, 5, TOR, "Tuesday", 44)
    eid = "6hk3acpm68o3gb9j6cr32b9kcgqjib9o"
    meet = meet_code(slug)

    def event(seq, s, updated, desc_extra):
        e = s + mins(45)
        return {
            "kind": "calendar#event",
            "etag": f"\"{3560000000000000 + seq * 604823451 + 118}\"",
            "id": eid,
            "status": "confirmed",
            "htmlLink": "https://www.google.com/calendar/event?eid=" +
                        base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
            "created": zulu(created),
            "updated": zulu(updated),
            "summary": f"Birchlight Payments - Final conversation with {vp[0]} (VP Engineering)",
            "description": (f"Final-round conversation for the {role} role with {vp[0]}, VP Engineering. "
                            "Expect to talk through your leadership style, how you set technical direction, and any "
                            "questions you have about Birchlight.\n\nCoordinated by Callum Reid (Talent)." + desc_extra),
            "creator": {"email": cal_r[1], "displayName": cal_r[0]},
            "organizer": {"email": cal_r[1], "displayName": cal_r[0]},
            "start": {"dateTime": s.isoformat(), "timeZone": "America/Toronto"},
            "end": {"dateTime": e.isoformat(), "timeZone": "America/Toronto"},
            "iCalUID": f"{eid}@google.com",
            "sequence": seq,
            "attendees": [
                {"email": cal_r[1], "displayName": cal_r[0], "organizer": True, "responseStatus": "accepted"},
                {"email": vp[1], "displayName": vp[0], "responseStatus": "accepted"},
                {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
            ],
            "hangoutLink": f"https://meet.google.com/{meet}",
            "conferenceData": {
                "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                                 "label": f"meet.google.com/{meet}"}],
                "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                "conferenceId": meet},
            "reminders": {"useDefault": True},
            "eventType": "default",
        }
    j0 = json.dumps(event(0, s0, created + timedelta(seconds=41), ""), indent=2, ensure_ascii=False) + "\n"
    j1 = json.dumps(event(1, s1, upd, "\n\nUpdate: moved to Monday afternoon at Anouk's request."),
                    indent=2, ensure_ascii=False) + "\n"
    e1 = s1 + mins(45)
    files = [("01-birchlight-final-conversation.gcal.json", j0),
             ("02-birchlight-final-conversation-updated.gcal.json", j1)]
    lab = label([iv(co, role, s1, e1, "scheduled", [vp[1]], [vp[1]], "other")], "medium",
                "positive/gcal-json-reschedule",
                "Two Calendar API snapshots of the same event id; sequence 1 moves Fri Nov 13 12:00 to Mon Nov 16 "
                "15:30 America/Toronto (EST). Final-round chat with the VP; recruiter only organizes.")
    return slug, files, lab


@case
def c12():
    slug = f"{PREFIX}-12-outlook-teams-utc-label-in-pdt"
    co, role = "Snoqualmie Labs", "Staff Software Engineer, Edge Compute"
    bea = ("Beatriz Olsen", "beatriz.olsen@snoqualmie-labs.example")
    yus = ("Yusuf Brandt", "yusuf.brandt@snoqualmie-labs.example")
    sent = T(2026, 10, 26, 16, 52, PT, "Monday", 19)
    st = T(2026, 10, 30, 9, 30, PT, "Friday")
    en = st + mins(60)
    assert abbr(st) == "PDT"     # the Outlook body still says (UTC-08:00)
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTFhYzItOWIwZC00ZDRiLWE3ZjEtMmM1ZTc4"
             "OWRmMDEz%40thread.v2/0?context=%7b%22Tid%22%3a%22b0f2e6c4-1d3a-4e5f-8a9b-0c1d2e3f4a5b%22%7d")
    when = (f"{d_long(st)} {t_ampm(st)}-{t_ampm(en)} (UTC-08:00) Pacific Time (US & Canada).")
    text = f"""When: {when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Lena,

Please find the invite for your technical interview for the {role} position. You'll be meeting with {yus[0]} (Principal Engineer) for 60 minutes: roughly 40 minutes of coding in a shared editor followed by an architecture discussion about a system you've worked on.

Let me know if you have any questions.

Thanks,
Beatriz

Beatriz Olsen | Talent Acquisition Coordinator
Snoqualmie Labs | Bellevue, WA

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{teams}>
Meeting ID: 293 604 118 557
Passcode: Xk7tQ2
________________________________________________________________________________
"""
    desc = text.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    uid = "040000008200E00074C5B7101A82E0080000000070C0A1F3E661DD01000000000000000010000000B4D2C7E9A1F04C3B8E7D6A5F4C3B2A19"
    ev = [organizer(bea[1], bea[0]),
          attendee(OWNER, OWNER_NAME, "NEEDS-ACTION", cutype="INDIVIDUAL"),
          attendee(yus[1], yus[0], "NEEDS-ACTION"),
          "DESCRIPTION;LANGUAGE=en-US:" + ics_esc(desc),
          f"UID:{uid}", "SUMMARY;LANGUAGE=en-US:" + ics_esc(f"Snoqualmie Labs Interview: Coding & Architecture - {OWNER_NAME}"),
          dtprop("DTSTART", st, "Pacific Standard Time"), dtprop("DTEND", en, "Pacific Standard Time"),
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
          "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119443871",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
          f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtimezone("Pacific Standard Time") + ["BEGIN:VEVENT"] + ev + ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(lines)
    html_text = html_doc(text, style="font-family:Aptos,Calibri,Arial,Helvetica,sans-serif;font-size:12pt")
    body = multi("alternative", "_000_BY5PR11MB41239C0E5D6A7B8F9A0B1C2D3E4FBY5PR11MB4123namp_", [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_text, "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")])
    mid = "<BY5PR11MB41239C0E5D6A7B8F9A0B1C2D3E4F@BY5PR11MB4123.namprd11.prod.outlook.com>"
    h = base_headers(sent, mid, addr(*bea), f"Snoqualmie Labs Interview: Coding & Architecture - {OWNER_NAME}",
                     host="mail-bn8nam12on2091.outbound.protection.outlook.com", ip="40.107.237.91",
                     to=addr(OWNER_NAME, OWNER), cc=addr(*yus),
                     extra=[("Thread-Topic", f"Snoqualmie Labs Interview: Coding & Architecture - {OWNER_NAME}"),
                            ("Thread-Index", "AdsoNk4yQ2xhYm9yYXRpb25JbnRlcnZpZXc="),
                            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                            ("X-MS-Exchange-Organization-SCL", "1")])
    files = [("01-teams-interview-coding-architecture.eml", message(h, body))]
    lab = label([iv(co, role, st, en, "scheduled", [yus[1]], [yus[1]], "technical")], "hard",
                "positive/exchange-utc-label-dst",
                "Exchange/Teams invite with Windows TZID 'Pacific Standard Time'. The body's display label says "
                "'(UTC-08:00)' but Fri Oct 30 is still PDT -> 09:30-07:00. Coordinator organizes; Yusuf interviews.")
    return slug, files, lab


@case
def c13():
    slug = f"{PREFIX}-13-ashby-onsite-ny-group-calendar-names-only"
    co, role = "Tessellate Labs", "Staff Software Engineer, Search Infrastructure"
    ros = ("Rosalind Achterberg", "rosalind.achterberg@tessellate.example")
    grp = ("Tessellate Interviews", "interviews@tessellate.example")
    sent = T(2026, 11, 4, 13, 30, ET, "Wednesday", 8)
    day = T(2026, 11, 12, 0, 0, ET, "Thursday")
    plan = [("Coding", "Marguerite Oduya", "Senior Software Engineer", (12, 0), 60),
            ("System Design", "Hamish Trent", "Staff Software Engineer", (13, 0), 60),
            ("Hiring Manager", "Carmen Ibarra", "Engineering Manager, Search", (14, 30), 45),
            ("Values & Collaboration", "Desmond Vale", "Director of Engineering", (15, 15), 45)]
    slots = []
    for title, who, wt, (hh, mm), dur in plan:
        s = day.replace(hour=hh, minute=mm)
        slots.append((title, who, wt, s, s + mins(dur)))
    lines = []
    for i, (title, who, wt, s, e) in enumerate(slots):
        sp, ep = s.astimezone(PT), e.astimezone(PT)
        lines.append(f"{t_ampm(sp)} - {t_ampm(ep)} {abbr(sp)}   {title} with {who} ({wt})")
        if title == "System Design":
            nxt = slots[i + 1][3].astimezone(PT)
            lines.append(f"{t_ampm(ep)} - {t_ampm(nxt)} {abbr(ep)}   Break")
    text = f"""Hi Lena,

Your onsite interview for the {role} role at Tessellate Labs is confirmed! Here is your schedule, shown in your time zone (Pacific Time):

{d_long(day)}
""" + "\n".join(lines) + f"""

All sessions are on Zoom. You'll receive a separate calendar invite for each session from our Tessellate Interviews calendar; the Zoom link for each session is in its invite.

Please have a laptop with your preferred editor ready for the coding session. If you have questions or need any accommodations, reply to this email and it will reach {ros[0]}, your recruiting coordinator.

We're excited to have you meet the team!

Tessellate Labs Recruiting

Sent via Ashby
"""
    h = base_headers(sent, "<01JC2Q8ZK5R3T7W9Y1A4C6E8G0.tessellate@ashbyhq.com>",
                     addr(co, "no-reply@ashbyhq.com"), f"Your onsite interview schedule - {co}",
                     host="o12.email.ashbyhq.com", ip="149.72.201.44", reply_to=addr(*ros),
                     return_path="bounces+2210934-1a7e@email.ashbyhq.com")
    files = [("01-ashby-onsite-schedule.eml", plain_mail(slug, h, text))]
    for i, (title, who, wt, s, e) in enumerate(slots, 1):
        zoom = f"https://tessellate.zoom.us/j/8{hid(slug + title, 9).translate(str.maketrans('abcdef', '987654'))}"
        ev = [f"UID:ashby-isch-{hid(slug + title, 8)}-{hid(slug + 'x' + title, 4)}-4e2a-9c1d-{hid(slug + 'y' + title, 12)}@ashbyhq.com",
              f"DTSTAMP:{ics_utc(sent)}", dtprop("DTSTART", s, "America/New_York"),
              dtprop("DTEND", e, "America/New_York"), "SEQUENCE:0", "STATUS:CONFIRMED",
              "SUMMARY:" + ics_esc(f"Tessellate Labs Onsite - {title} ({OWNER_NAME})"),
              "DESCRIPTION:" + ics_esc(f"{title} interview for {role}\nInterviewer: {who}, {wt}\nZoom: {zoom}\n\n"
                                       f"Questions? Contact {ros[0]}."),
              f"LOCATION:{zoom}", organizer(grp[1], grp[0]),
              attendee(OWNER, OWNER_NAME, "NEEDS-ACTION")]
        ics = ics_text(vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", [ev], ["America/New_York"]))
        slugt = title.lower().replace(" & ", "-").replace(" ", "-")
        files.append((f"0{i + 1}-onsite-{slugt}.ics", ics))
    lab = label([iv(co, role, slots[0][3], slots[-1][4], "scheduled", [], [ros[1]], "onsite")], "hard",
                "positive/onsite-split-names-only",
                "Ashby onsite schedule (shown in PST) + four standalone .ics in America/New_York from a group "
                "calendar; Thu Nov 12 12:00-16:00 EST = 09:00-13:00 PST with a break -> ONE onsite. Interviewers are "
                "named but have no addresses -> interviewer_emails empty; follow-up to the coordinator in Reply-To "
                "(never the group calendar or no-reply).")
    return slug, files, lab


# ============================================================================= NEGATIVE CASES
@case
def c14():
    slug = f"{PREFIX}-14-interviewingio-mock-with-friend"
    od = ("Odette Nakamura", "odette@nakamura-home.example")
    d1 = T(2026, 11, 2, 19, 44, PT, "Monday", 2)
    d2 = T(2026, 11, 2, 20, 3, PT, "Monday", 31)
    st = T(2026, 11, 7, 10, 0, PT, "Saturday")
    en = st + mins(45)
    t1 = f"""hey Lena!

Since your onsites are coming up, want to do a mock system design round this Saturday morning? I'll play the interviewer and run it exactly like the real thing: 45 min, then I'll write up feedback the way I would for a real loop at work. We can use interviewing.io's practice-with-a-friend room so we get the whiteboard + recording. I'll send the invite from there.

10am work?

O
"""
    h1 = base_headers(d1, "<CAG2mN0cQh4rT8vXk@mail.nakamura-home.example>", addr(*od), "mock sys design sat?",
                      host="mail-ua1-f44.google.com", ip="209.85.222.44")
    t2 = f"""Hi Lena,

{od[0]} has invited you to a practice interview on interviewing.io.

Practice interview: System Design (mock interview)
{d_long(st)}
{t_ampm(st)} - {t_ampm(en)} {abbr(st)}
Interviewer: {od[0]} (peer practice)

Join the room: https://interviewing.io/practice/room/fr-6d1c9b2a

This is a practice session. Nothing from it is shared with any employer, and you can choose whether to keep the recording.

Good luck!
The interviewing.io team
"""
    ev = [f"UID:iio-practice-fr-6d1c9b2a@interviewing.io", f"DTSTAMP:{ics_utc(d2)}",
          f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(en)}",
          "SUMMARY:Mock Interview: System Design (interviewing.io practice)",
          "DESCRIPTION:" + ics_esc(f"Practice interview with {od[0]}.\nhttps://interviewing.io/practice/room/fr-6d1c9b2a"),
          "LOCATION:https://interviewing.io/practice/room/fr-6d1c9b2a", organizer("no-reply@interviewing.io", "interviewing.io"),
          attendee(od[1], od[0], "ACCEPTED"), attendee(OWNER, OWNER_NAME, "NEEDS-ACTION"),
          "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = ics_text(vcal("-//interviewing.io//Practice//EN", "REQUEST", [ev]))
    h2 = base_headers(d2, "<iio.practice.fr-6d1c9b2a.invite@interviewing.io>",
                      addr("interviewing.io", "no-reply@interviewing.io"),
                      f"You're invited to a practice interview on {d_long(st)}", host="o2.mail.interviewing.io",
                      ip="149.72.88.19")
    files = [("01-mock-sys-design-sat.eml", plain_mail(slug, h1, t1, only_text=True)),
             ("02-interviewingio-practice-invite.eml", mail_with_ics(slug + "2", h2, t2, ics))]
    lab = label([], "hard", "negative/mock-interview",
                "Peer mock system-design interview with a friend on interviewing.io, with a calendar invite: "
                "practice, not a hiring process.")
    return slug, files, lab


@case
def c15():
    slug = f"{PREFIX}-15-conference-talk-qa-speaker-interview"
    im = ("Imogen Hartley", "imogen.hartley@cascadeconf.example")
    d1 = T(2026, 10, 22, 10, 5, PT, "Thursday", 40)
    d2 = T(2026, 10, 22, 10, 9, PT, "Thursday", 12)
    talk = T(2026, 11, 5, 14, 30, PT, "Thursday")
    st = T(2026, 11, 5, 15, 15, PT, "Thursday")
    en = st + mins(30)
    t1 = f"""Hi Lena,

Thanks again for speaking at CascadeConf! Quick logistics for your session:

Talk: "Tail Latency Budgets in Multi-Tenant Storage"
When: {d_long(talk)}, {t_ampm(talk)} {abbr(talk)}, Hall B
Speaker check-in: 30 minutes before your slot at the AV desk

Right after the talk we run a moderated Q&A in the speaker lounge, and our content team would love to record a short speaker interview (about 10 minutes) for the CascadeConf YouTube channel and blog. I'm sending a calendar hold for the Q&A + interview block now.

No prep needed. We'll ask about the talk and what you're excited about in storage.

Best,
Imogen

Imogen Hartley
Program & Content Lead, CascadeConf 2026
"""
    h1 = base_headers(d1, "<CAE4kP7s2Vm9wQ@mail.cascadeconf.example>", addr(*im),
                      "CascadeConf: your session + speaker Q&A/interview", host="mail-pl1-f170.google.com",
                      ip="209.85.214.170")
    f2 = google_invite(slug, date=d2, org=im, guests=[("Rafael Mendes", "rafael.mendes@cascadeconf.example", "ACCEPTED")],
                       summary=f"CascadeConf: Speaker Q&A + interview ({OWNER_NAME})", start=st, end=en,
                       tzid="America/Los_Angeles",
                       description="Moderated audience Q&A in the speaker lounge, followed by a ~10 minute recorded "
                                   "speaker interview with Rafael from our content team.",
                       location="Speaker Lounge, Level 3, Seattle Convention Center")
    files = [("01-cascadeconf-session-logistics.eml", plain_mail(slug, h1, t1)),
             ("02-invitation-speaker-qa-interview.eml", f2)]
    lab = label([], "hard", "negative/press-interview",
                "Conference talk Q&A plus a recorded speaker interview for the conference channel; invite says "
                "'interview' but it is press/media, not hiring.")
    return slug, files, lab


@case
def c16():
    slug = f"{PREFIX}-16-coffee-chat-not-part-of-process"
    so = ("Soren Aldana", "soren.aldana@halyard.example")
    mei = ("Mei-Lin Castillo", "meilin.castillo@halyard.example")
    d1 = T(2026, 10, 26, 12, 30, PT, "Monday", 55)
    d2 = T(2026, 10, 26, 15, 2, PT, "Monday", 17)
    st = T(2026, 10, 29, 9, 0, PT, "Thursday")
    en = st + mins(30)
    t1 = f"""Hi Lena,

Thanks for your interest in the Staff Engineer, Detection Platform role at Halyard Security!

Before we get your formal interviews going, a few people on the team volunteer for informal coffee chats with candidates who want a feel for the day-to-day. {mei[0]}, a staff engineer on Detection, has time this Thursday morning and I've asked her to send you an invite.

To be clear, this is a networking conversation and not part of the interview process: Mei-Lin won't submit any feedback and nothing from the chat goes into your application. Ask her anything!

Your formal process starts with a technical screen. I'll send a scheduling link for that separately later this week.

Best,
Soren

Soren Aldana
Technical Recruiter, Halyard Security
"""
    h1 = base_headers(d1, "<CAB8xK1fWq3nZ5@mail.halyard.example>", addr(*so),
                      "Halyard: informal coffee chat with Mei-Lin", host="mail-lj1-f176.google.com",
                      ip="209.85.208.176")
    f2 = google_invite(slug, date=d2, org=mei, guests=[], summary=f"Coffee chat: {OWNER_NAME} / {mei[0]}",
                       start=st, end=en, tzid="America/Los_Angeles",
                       description="Informal coffee chat, bring any questions about Detection or life at Halyard!")
    files = [("01-informal-coffee-chat.eml", plain_mail(slug, h1, t1)),
             ("02-invitation-coffee-chat.eml", f2)]
    lab = label([], "hard", "negative/networking-coffee-chat",
                "Coffee chat with a team engineer that the recruiter explicitly says is NOT part of the interview "
                "process (no feedback). The real technical screen is only promised, not booked.")
    return slug, files, lab


@case
def c17():
    slug = f"{PREFIX}-17-goodtime-owner-is-interviewer-fwd"
    work = "lena.whitcombe@evergrove.example"
    ayla = ("Ayla Brennan", "ayla.brennan@evergrove.example")
    cand = "Jordan Pike"
    d0 = T(2026, 10, 27, 16, 2, PT, "Tuesday", 11)
    d1 = T(2026, 10, 28, 8, 15, PT, "Wednesday", 29)
    st = T(2026, 11, 2, 13, 0, PT, "Monday")
    en = st + mins(60)
    inner = f"""Hi Lena,

You have been scheduled to interview a candidate.

Candidate: {cand}
Position: Senior Software Engineer, Platform
Interview: System Design
When: {d_long(st)}, {span(st, en)}
Where: Zoom - https://evergrove.zoom.us/j/97204418836
Resume & interview kit: https://evergrove.greenhouse.io/guides/4418830/people/62190557

Please submit your scorecard in Greenhouse within 24 hours of the interview.

Can't make it? Decline the calendar invite and GoodTime will find a replacement interviewer.

Thanks,
{ayla[0]}
Recruiting Coordinator, Evergrove

Scheduled with GoodTime
"""
    text = f"""fwd to personal so it shows up on my phone calendar

---------- Forwarded message ---------
From: Evergrove Recruiting <scheduling@goodtime.io>
Date: Tue, Oct 27, 2026 at 4:02 PM
Subject: Interviewer Confirmation: {cand} - Senior Software Engineer, Platform (System Design)
To: {OWNER_NAME} <{work}>


""" + inner
    ev = [f"UID:gt-evt-int-51d0c7a93e2b@goodtime.io", f"DTSTAMP:{ics_utc(d0)}",
          dtprop("DTSTART", st, "America/Los_Angeles"), dtprop("DTEND", en, "America/Los_Angeles"),
          "SEQUENCE:0", "STATUS:CONFIRMED",
          "SUMMARY:" + ics_esc(f"[Interviewer] System Design - {cand} (Senior Software Engineer, Platform)"),
          "DESCRIPTION:" + ics_esc(f"You are interviewing {cand}.\nZoom: https://evergrove.zoom.us/j/97204418836\n"
                                   "Interview kit: https://evergrove.greenhouse.io/guides/4418830/people/62190557"),
          "LOCATION:https://evergrove.zoom.us/j/97204418836", organizer(ayla[1], ayla[0]),
          attendee(work, OWNER_NAME, "ACCEPTED")]
    ics = ics_text(vcal("-//GoodTime.io//GoodTime Hire//EN", "REQUEST", [ev], ["America/Los_Angeles"]))
    h = base_headers(d1, "<CAP1zE8tVw0hK2@mail.evergrove.example>", addr(OWNER_NAME, work),
                     f"Fwd: Interviewer Confirmation: {cand} - Senior Software Engineer, Platform (System Design)",
                     host="mail-evergrove-prod-out.evergrove.example", ip="203.0.113.25")
    files = [("01-fwd-interviewer-confirmation.eml", mail_with_ics(slug, h, text, ics))]
    lab = label([], "hard", "negative/user-is-interviewer",
                "Owner forwards a GoodTime *interviewer* confirmation from her current employer to her personal "
                "mailbox; she is interviewing a candidate, not being interviewed.")
    return slug, files, lab


@case
def c18():
    slug = f"{PREFIX}-18-blood-drive-appointment"
    d1 = T(2026, 11, 4, 12, 0, PT, "Wednesday", 33)
    st = T(2026, 11, 11, 11, 15, PT, "Wednesday")
    en = st + mins(60)
    text = f"""Hi Lena,

Thank you for scheduling your donation! Your appointment is confirmed.

Drive: Evergrove Campus Blood Drive
Date: {d_long(st)}
Time: {t_ampm(st)}
Location: Evergrove Campus, Building C Commons, 1400 Westlake Ave N, Seattle
Donation type: Whole blood (plan for about an hour)

Before you arrive:
- Complete your health history interview online with QuickPass on the day of your donation.
- At the drive, a staff member will check your ID, do a brief mini-physical and review your answers in a short, confidential interview.
- Eat a good meal and drink extra water.

Need to reschedule? https://donate.pugetblood.example/appointments/PSB-7731-0482

Thank you for saving lives,
Puget Sound Blood Partners
"""
    ev = [f"UID:psb-appt-7731-0482@pugetblood.example", f"DTSTAMP:{ics_utc(d1)}",
          dtprop("DTSTART", st, "America/Los_Angeles"), dtprop("DTEND", en, "America/Los_Angeles"),
          "SUMMARY:Blood donation appointment - Evergrove Campus Blood Drive",
          "LOCATION:" + ics_esc("Evergrove Campus, Building C Commons, 1400 Westlake Ave N, Seattle"),
          "DESCRIPTION:" + ics_esc("Complete your QuickPass health history interview before arriving. "
                                   "Bring a photo ID."),
          organizer("appointments@pugetblood.example", "Puget Sound Blood Partners"),
          attendee(OWNER, OWNER_NAME, "ACCEPTED", rsvp=False), "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = ics_text(vcal("-//Puget Sound Blood Partners//Donor Scheduling//EN", "PUBLISH", [ev],
                        ["America/Los_Angeles"]))
    h = base_headers(d1, "<appt.PSB-7731-0482.confirm@pugetblood.example>",
                     addr("Puget Sound Blood Partners", "appointments@pugetblood.example"),
                     f"Appointment confirmed: Evergrove Campus Blood Drive, {DAYS[st.weekday()][:3]} {MONTHS[st.month - 1][:3]} {st.day}",
                     host="mta3.pugetblood.example", ip="198.51.100.73")
    files = [("01-donation-appointment-confirmed.eml", mail_with_ics(slug, h, text, ics, name="appointment.ics",
                                                                     method="PUBLISH"))]
    lab = label([], "medium", "negative/appointment",
                "Blood drive appointment with .ics; mentions a 'confidential interview' (donor health history), "
                "not a job interview.")
    return slug, files, lab


@case
def c19():
    slug = f"{PREFIX}-19-car-service-booking"
    d1 = T(2026, 10, 31, 9, 40, PT, "Saturday", 4)
    st = T(2026, 11, 9, 7, 30, PT, "Monday")
    en = st + mins(120)
    text = f"""Hi Lena,

Your service appointment is confirmed.

Confirmation #: LSM-558120
Date: {d_long(st)}
Drop-off time: {t_ampm(st)}
Vehicle: 2021 Subaru Outback (VIN ending 4471)
Services: 30,000-mile scheduled maintenance; tire rotation
Service advisor: Tyler Brooks, (425) 555-0176
Estimated completion: {t_ampm(en)}

When you arrive, pull into the service drive. Tyler will meet you for a quick walkaround and confirm the work order before we start. Complimentary shuttle available within 5 miles.

To change or cancel: https://lakeshore-motors.example/service/appt/LSM-558120

Lakeshore Motors of Kirkland - Service Department
11820 NE 116th St, Kirkland, WA

We're hiring! Join our service team as an automotive technician. Walk-in interviews every Thursday, 4-6 PM. https://lakeshore-motors.example/careers
"""
    ev = [f"UID:LSM-558120@lakeshore-motors.example", f"DTSTAMP:{ics_utc(d1)}",
          f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(en)}",
          "SUMMARY:Service appointment - Lakeshore Motors of Kirkland",
          "DESCRIPTION:" + ics_esc("30,000-mile scheduled maintenance; tire rotation. Advisor: Tyler Brooks."),
          "LOCATION:" + ics_esc("11820 NE 116th St, Kirkland, WA"),
          organizer("service@lakeshore-motors.example", "Lakeshore Motors Service"), "STATUS:CONFIRMED"]
    ics = ics_text(vcal("-//Lakeshore Motors//Service Scheduler//EN", "PUBLISH", [ev]))
    h = base_headers(d1, "<svc.LSM-558120.confirm@lakeshore-motors.example>",
                     addr("Lakeshore Motors Service", "service@lakeshore-motors.example"),
                     f"Your service appointment is confirmed - {DAYS[st.weekday()][:3]}, {MONTHS[st.month - 1][:3]} {st.day} at {t_ampm(st)}",
                     host="smtp.lakeshore-motors.example", ip="198.51.100.19")
    files = [("01-service-appointment-confirmed.eml", mail_with_ics(slug, h, text, ics, name="service.ics",
                                                                    method="PUBLISH"))]
    lab = label([], "medium", "negative/appointment",
                "Car service booking with .ics; footer advertises 'walk-in interviews' for technicians. Not a job "
                "interview for the owner.")
    return slug, files, lab


@case
def c20():
    slug = f"{PREFIX}-20-codesignal-async-assessment"
    co, role = "Sablepoint", "Staff Software Engineer, Ads Infrastructure"
    yara = ("Yara Lindgren", "yara.lindgren@sablepoint.example")
    d1 = T(2026, 11, 3, 11, 20, PT, "Tuesday", 45)
    due = T(2026, 11, 8, 23, 59, PT, "Sunday")
    blk = T(2026, 11, 7, 9, 0, PT, "Saturday")
    text = f"""Hi Lena,

{co} has invited you to complete a CodeSignal assessment as part of the interview process for the {role} role.

Assessment: Industry Coding Framework
Time limit: 90 minutes (must be completed in one sitting)
Complete by: {d_long(due)}, {t_ampm(due)} {abbr(due)}

Start whenever you're ready: https://app.codesignal.com/invite/Kq8vT3mZpR2wXy7N

Before you begin, make sure you have a stable internet connection and a working webcam; this assessment is proctored. Once you submit, {co}'s recruiting team will review your results and reach out about next steps, including scheduling your technical interviews.

Questions about the role? Contact {yara[0]} at {yara[1]}.
Technical issues? Visit https://support.codesignal.com

Good luck!
The CodeSignal Team on behalf of {co}
"""
    h = base_headers(d1, "<20261103192045.7f3e1a9c@codesignal.com>", addr(f"{co} via CodeSignal", "no-reply@codesignal.com"),
                     f"{co} has invited you to take a CodeSignal assessment", host="o1.email.codesignal.com",
                     ip="167.89.115.52", reply_to=addr(*yara))
    evj = {
        "kind": "calendar#event",
        "etag": "\"3561120984512000\"",
        "id": "2vq8m0d3rk7l1n5p9s4t6u8w0y",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"2vq8m0d3rk7l1n5p9s4t6u8w0y {OWNER}".encode()).decode().rstrip("="),
        "created": zulu(d1 + mins(25)),
        "updated": zulu(d1 + mins(26)),
        "summary": "Sablepoint CodeSignal assessment (90 min, proctored)",
        "description": "Do it Saturday morning when it's quiet. Link in the CodeSignal email. Deadline Sun 11:59pm.",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": blk.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": (blk + mins(105)).isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": "2vq8m0d3rk7l1n5p9s4t6u8w0y@google.com",
        "sequence": 0,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = [("01-codesignal-assessment-invite.eml", plain_mail(slug, h, text)),
             ("02-self-block-assessment.gcal.json", json.dumps(evj, indent=2) + "\n")]
    lab = label([], "hard", "negative/async-assessment",
                "Proctored CodeSignal assessment taken alone before a deadline, plus the owner's own calendar "
                "block for it. Async assessments are not interviews; real interviews are only promised later.")
    return slug, files, lab


@case
def c21():
    slug = f"{PREFIX}-21-modernloop-availability-request"
    co, role = "Larkspur Aero", "Staff Software Engineer, Flight Software Tooling"
    jun = ("Juniper Saldana", "juniper.saldana@larkspur-aero.example")
    d1 = T(2026, 11, 9, 10, 10, PT, "Monday", 27)
    d2 = T(2026, 11, 11, 15, 0, PT, "Wednesday", 2)
    w0 = T(2026, 11, 17, 0, 0, PT, "Tuesday")
    w1 = T(2026, 11, 24, 0, 0, PT, "Tuesday")
    link = "https://app.modernloop.io/candidate/availability/lka-3f9d0c7e21b4"
    t1 = f"""Hi Lena,

Congratulations on moving forward to the virtual onsite for the {role} role!

Your onsite will be four 45-minute interviews (coding, system design, hiring manager, and a behavioral conversation) with short breaks, about 4 hours in total, all over Zoom.

Please share at least three half-day windows between {d_long(w0)} and {d_long(w1)} using the link below. Once we have your availability, we'll confirm the schedule and send a calendar invite for each session.

Share your availability: {link}

Thanks!
Juniper

Juniper Saldana
Recruiting Coordinator, Larkspur Aero

Scheduled with ModernLoop
"""
    t2 = f"""Hi Lena,

Just a friendly reminder to share your availability for your virtual onsite with {co}. We can't send interview invites until we hear from you.

Share your availability: {link}

If you have any questions, reply to this email to reach {jun[0]}.

{co} Recruiting
Powered by ModernLoop
"""
    h1 = base_headers(d1, "<ml-avail-3f9d0c7e21b4@larkspur-aero.example>", addr(*jun),
                      f"{co}: please share your availability for your virtual onsite", host="mail-pf1-f181.google.com",
                      ip="209.85.210.181")
    h2 = base_headers(d2, "<ml-avail-3f9d0c7e21b4.reminder1@modernloop.io>", addr(co, "no-reply@modernloop.io"),
                      f"Reminder: share your availability for {co}", host="o9.mail.modernloop.io",
                      ip="149.72.143.9", reply_to=addr(*jun))
    files = [("01-share-availability-onsite.eml", plain_mail(slug, h1, t1)),
             ("02-availability-reminder.eml", plain_mail(slug + "2", h2, t2))]
    lab = label([], "medium", "negative/availability-request",
                "ModernLoop availability request and reminder for an onsite that is not yet booked; a date window "
                "but no scheduled time.")
    return slug, files, lab


@case
def c22():
    slug = f"{PREFIX}-22-ashby-rejection-after-screen"
    co, role = "Fernhollow Software", "Staff Software Engineer, Developer Tools"
    ada = ("Adaeze Lund", "adaeze.lund@fernhollow.example")
    d1 = T(2026, 11, 6, 14, 12, ET, "Friday", 50)
    text = f"""Hi Lena,

Thank you for taking the time to interview with us for the {role} role, and for the great conversation with Adaeze on Tuesday.

After careful consideration, we've decided not to move forward with your candidacy at this time. This was a difficult decision. The team was impressed by your background, but we're prioritizing candidates with deeper experience building IDE and language-server tooling for this particular role.

We'd love to stay in touch as new roles open up, and we wish you the best in your search.

Best,
The {co} Recruiting Team

Sent via Ashby
"""
    h = base_headers(d1, "<01JC7M3X9B2D4F6H8K0N1P3R5T.fernhollow@ashbyhq.com>", addr(co, "no-reply@ashbyhq.com"),
                     f"Your application to {co}", host="o12.email.ashbyhq.com", ip="149.72.201.44",
                     reply_to=addr(*ada), return_path="bounces+2210934-4c2b@email.ashbyhq.com")
    files = [("01-update-on-your-application.eml", plain_mail(slug, h, text))]
    lab = label([], "medium", "negative/rejection",
                "Ashby rejection that thanks the owner for a past screen ('on Tuesday'); no interview is scheduled.")
    return slug, files, lab


# ============================================================================= main
def main():
    for p in sorted(HERE.glob(f"{PREFIX}-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        slug, files, lab = fn()
        assert slug not in labels, slug
        d = HERE / slug
        d.mkdir()
        names = [n for n, _ in files]
        assert names == sorted(names), names
        for name, content in files:
            assert re.match(r"^\d\d-.+\.(eml|ics|gcal\.json)$", name), name
            with open(d / name, "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
        labels[slug] = lab
    with open(HERE / "labels.yaml", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind273 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews")


if __name__ == "__main__":
    main()
