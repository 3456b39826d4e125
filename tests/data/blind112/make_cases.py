#!/usr/bin/env python3
"""Deterministic generator for the blind112 interview-detection set.

Theme: a marketing manager in Auckland (Pacific/Auckland) applying to NZ, Australian and US-remote
companies around the 5 April 2026 DST change.  Written blind; every name and domain is invented.

Run:  python make_cases.py      (rewrites every case folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.  All UTC offsets are computed with zoneinfo.
"""
import json
import shutil
import uuid
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
USER = "mereana.collins@example.com"
USER_NAME = "Mereana Collins"
USER_ADDR = f"{USER_NAME} <{USER}>"
WORK = "m.collins@manukalane.example"  # her current employer; auto-forwards to USER

AKL = ZoneInfo("Pacific/Auckland")
SYD = ZoneInfo("Australia/Sydney")
MEL = ZoneInfo("Australia/Melbourne")
BNE = ZoneInfo("Australia/Brisbane")
PER = ZoneInfo("Australia/Perth")
LAX = ZoneInfo("America/Los_Angeles")
BER = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def _seed(*parts):
    return uuid.uuid5(uuid.NAMESPACE_URL, "b112/" + "/".join(str(p) for p in parts))


def mid(case, n, domain):
    return f"<{_seed(case, n).hex[:24].upper()}@{domain}>"


# --------------------------------------------------------------------------- iCalendar helpers
def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > (75 if not out else 74):
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def off(tz, month):
    o = datetime(2026, month, 15, 12, tzinfo=tz).utcoffset()
    total = int(o.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"{sign}{total // 60:02d}{total % 60:02d}"


def vtimezone(tzid, tz, style="iana"):
    """VTIMEZONE with rules written as RRULEs; offsets taken from zoneinfo."""
    jan, jul = off(tz, 1), off(tz, 7)
    iana_rules = {
        "Pacific/Auckland": ("9", "-1SU", "020000", "4", "1SU", "030000"),
        "Australia/Sydney": ("10", "1SU", "020000", "4", "1SU", "030000"),
        "Australia/Melbourne": ("10", "1SU", "020000", "4", "1SU", "030000"),
        "Europe/Berlin": ("3", "-1SU", "020000", "10", "-1SU", "030000"),
        "America/Los_Angeles": ("3", "2SU", "020000", "11", "1SU", "020000"),
    }
    key = tz.key
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "iana":
        lines.append(f"X-LIC-LOCATION:{key}")
    if jan == jul:
        lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{jan}", f"TZOFFSETTO:{jan}",
                  "TZNAME:" + datetime(2026, 1, 15, tzinfo=tz).tzname(),
                  "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
        return lines
    dmon, dday, dtime, smon, sday, stime = iana_rules[key]
    # southern hemisphere: DST in January; northern: DST in July
    dst, std = (jan, jul) if key.startswith(("Pacific", "Australia")) else (jul, jan)
    base = "1601" if style == "exchange" else "1970"

    def first(mon, byday):
        import calendar
        n = int(byday[:-2])
        days = [d for d in range(1, calendar.monthrange(1970, int(mon))[1] + 1)
                if calendar.weekday(1970, int(mon), d) == 6]
        return days[n - 1] if n > 0 else days[n]
    lines += ["BEGIN:STANDARD", f"DTSTART:{base}0101T{stime}" if style == "exchange"
              else f"DTSTART:{base}{int(smon):02d}{first(smon, sday):02d}T{stime}",
              f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
              f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sday};BYMONTH={smon}"]
    if style == "iana":
        lines.append("TZNAME:" + datetime(2026, 7 if dst == jan else 1, 15, tzinfo=tz).tzname())
    lines += ["END:STANDARD", "BEGIN:DAYLIGHT",
              f"DTSTART:{base}0101T{dtime}" if style == "exchange"
              else f"DTSTART:{base}{int(dmon):02d}{first(dmon, dday):02d}T{dtime}",
              f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
              f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dday};BYMONTH={dmon}"]
    if style == "iana":
        lines.append("TZNAME:" + datetime(2026, 1 if dst == jan else 7, 15, tzinfo=tz).tzname())
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def vevent_ics(*, method, uid, start, end, tzid, summary, organizer, attendees, description="",
               location="", sequence=0, status="CONFIRMED", stamp, prodid, style="iana",
               extra=(), include_tz=True, user_attendee=USER):
    """organizer = (name, email); attendees = [(name, email, role)]"""
    tz = start.tzinfo
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    if style == "exchange":
        lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    if include_tz and tzid:
        lines += vtimezone(tzid, tz, "exchange" if style == "exchange" else "iana")
    lines.append("BEGIN:VEVENT")
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{local(start)}"]
        if end is not None:
            lines += [f"DTEND;TZID={tzid}:{local(end.astimezone(tz))}"]
    else:
        lines += [f"DTSTART:{utcstamp(start)}"]
        if end is not None:
            lines += [f"DTEND:{utcstamp(end)}"]
    lines += [f"DTSTAMP:{utcstamp(stamp)}",
              f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}', f"UID:{uid}"]
    for name, email, role in attendees:
        ps = "ACCEPTED" if email == organizer[1] else "NEEDS-ACTION"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN=\"{name}\";"
                     f"X-NUM-GUESTS=0:mailto:{email}")
    lines += [f"CREATED:{utcstamp(stamp - timedelta(minutes=3))}",
              f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{utcstamp(stamp)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    lines += list(extra)
    if method == "REQUEST" and style != "exchange":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H15M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines).encode("utf-8")


# --------------------------------------------------------------------------- e-mail helpers
RECEIVED = {
    "google": "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
    "outlook": "SY4PR01CU001.outbound.protection.outlook.com (mail-syaus01on2112.outbound.protection.outlook.com [40.107.108.112])",
    "mailgun": "m42-61.mailgun.example (m42-61.mailgun.example [198.51.100.61])",
    "sendgrid": "o1.ptr4410.sendgrid.example (o1.ptr4410.sendgrid.example [203.0.113.77])",
    "generic": "smtp.out.example (smtp.out.example [192.0.2.25])",
}


def new_msg(date, relay="generic"):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = USER
    m["Received"] = (f"from {RECEIVED[relay]} by mx1.mail.example with ESMTPS id "
                     f"{_seed(date).hex[:12]} for <{USER}>; "
                     f"{format_datetime(date.astimezone(UTC))}")
    return m


def headers(m, *, frm, to, subject, date, msgid, cc=None, reply_to=None, in_reply_to=None,
            references=None, extra=()):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"


def simple_mail(*, date, frm, to, subject, msgid, text=None, html=None, cc=None, reply_to=None,
                in_reply_to=None, references=None, cte=None, html_cte=None, relay="generic",
                extra=(), attachments=()):
    m = new_msg(date, relay)
    headers(m, frm=frm, to=to, subject=subject, date=date, msgid=msgid, cc=cc, reply_to=reply_to,
            in_reply_to=in_reply_to, references=references, extra=extra)
    if text is not None:
        kw = {"cte": cte} if cte else {}
        m.set_content(text, **kw)
        if html is not None:
            hk = {"cte": html_cte} if html_cte else {}
            m.add_alternative(html, subtype="html", **hk)
    else:
        hk = {"cte": html_cte} if html_cte else {}
        m.set_content(html, subtype="html", **hk)
    for data, maintype, subtype, fname, params in attachments:
        kw = {"filename": fname}
        if params:
            kw["params"] = params
        m.add_attachment(data, maintype, subtype, **kw)
    return m


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def on_wrote(date, who):
    return f"On {date.strftime('%a')}, {date.day} {date.strftime('%b %Y')} at {date.strftime('%H:%M')}, {who} wrote:"


def google_invite(*, date, organizer, to, subject, plain, html, ics, msgid, method="REQUEST"):
    m = new_msg(date, "google")
    m["Reply-To"] = f"{organizer[0]} <{organizer[1]}>"
    m["Sender"] = "Google Calendar <calendar-notification@google.com>"
    headers(m, frm=f"{organizer[0]} <{organizer[1]}>", to=to, subject=subject, date=date,
            msgid=msgid)
    m.set_content(plain, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, "text", "calendar", cte="base64",
                      params={"charset": "UTF-8", "method": method})
    m.add_attachment(ics, "application", "ics", filename="invite.ics")
    return m


def exchange_invite(*, date, frm, to, subject, plain, html, ics, msgid, cc=None, method="REQUEST",
                    forwarded_for=None):
    m = new_msg(date, "outlook")
    extra = [("Thread-Topic", subject.split(": ", 1)[-1]),
             ("Thread-Index", "AQHc" + _seed(msgid).hex[:20]),
             ("Accept-Language", "en-NZ, en-US"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + _seed(subject.split(": ", 1)[-1]).hex[:16])]
    if forwarded_for:
        extra.append(("X-MS-Exchange-Inbox-Rules-Loop", forwarded_for))
    headers(m, frm=frm, to=to, cc=cc, subject=subject, date=date, msgid=msgid, extra=extra)
    m.set_content(plain, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, "text", "calendar", cte="base64",
                      params={"charset": "UTF-8", "method": method})
    m["Content-Language"] = "en-NZ"
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return m


def to_html(text):
    import html as h
    paras = text.strip().split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
            + "</div></body></html>\n")


def add(case, fname, msg_or_bytes):
    if not isinstance(msg_or_bytes, bytes):
        for i, part in enumerate(msg_or_bytes.walk()):
            if part.is_multipart():
                part.set_boundary(f"_{i:03d}_{_seed(case, fname, i).hex[:24]}_")
    data = msg_or_bytes if isinstance(msg_or_bytes, bytes) else msg_or_bytes.as_bytes(policy=POLICY)
    CASES.setdefault(case, []).append((fname, data))


def label(case, *, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": USER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


SIG_M = """Mereana Collins
021 555 0143"""

# =========================================================================== POSITIVE CASES
# ---------------------------------------------------------------- 01 phone screen, plain thread
def case01():
    c = "b112-01-tuatara-phone-screen-arvo-thread"
    kirsty = "Kirsty Mahon <kirsty.mahon@tuatara-outdoor.example>"
    sig = """Ngā mihi,
Kirsty Mahon
Talent Partner | Tuatara Outdoor Ltd
P: +64 9 555 0187 | M: 027 555 0112
Level 2, 41 Sale Street, Freemans Bay, Auckland 1010"""
    d1 = T(AKL, 2026, 3, 27, 15, 42, 10)
    b1 = f"""Kia ora Mereana,

Thanks so much for applying for our Marketing Manager role - we really enjoyed reading about the
winter campaign you ran at Mānuka Lane.

I'd love to have a quick phone chat to learn a bit more about you and tell you about the team
before we line anything up with Hamish. Are you free Tuesday arvo? Say 2.30?

{sig}
"""
    m1id = mid(c, 1, "tuatara-outdoor.example")
    add(c, "01-kirsty-quick-chat.eml", simple_mail(
        date=d1, frm=kirsty, to=USER_ADDR, subject="Marketing Manager role - quick chat?",
        msgid=m1id, text=b1))
    d2 = T(AKL, 2026, 3, 28, 9, 5, 44)
    b2 = f"""Hi Kirsty,

Thanks for getting in touch! Tuesday arvo works great and 2.30 is perfect. Best number to reach me
on is 021 555 0143.

Cheers,
{SIG_M}

{on_wrote(d1, kirsty)}
{quote(b1)}
"""
    m2id = mid(c, 2, "mail.example")
    add(c, "02-re-quick-chat.eml", simple_mail(
        date=d2, frm=USER_ADDR, to=kirsty, subject="Re: Marketing Manager role - quick chat?",
        msgid=m2id, text=b2, in_reply_to=m1id, cte="quoted-printable"))
    d3 = T(AKL, 2026, 3, 30, 8, 47, 2)
    b3 = f"""Awesome, thanks Mereana.

I'll give you a ring at 2.30pm tomorrow on 021 555 0143 - it should only take about 20 minutes.
Talk then!

{sig}

{on_wrote(d2, USER_ADDR)}
{quote(b2)}
"""
    add(c, "03-re-re-quick-chat.eml", simple_mail(
        date=d3, frm=kirsty, to=USER_ADDR, subject="Re: Marketing Manager role - quick chat?",
        msgid=mid(c, 3, "tuatara-outdoor.example"), text=b3, in_reply_to=m2id,
        references=f"{m1id} {m2id}"))
    s = T(AKL, 2026, 3, 31, 14, 30)
    label(c, interviews=[iv("Tuatara Outdoor", "Marketing Manager", s, s + timedelta(minutes=20),
                            "scheduled", ["kirsty.mahon@tuatara-outdoor.example"],
                            ["kirsty.mahon@tuatara-outdoor.example"], "phone_screen")],
          difficulty="medium", category="positive/thread-propose-confirm",
          notes="'Tuesday arvo, say 2.30' proposed Fri 27 Mar; confirmed Mon 30 Mar as '2.30pm tomorrow' "
                "(Tue 31 Mar, NZDT +13), ~20 min; recruiter is the interviewer.")


# ---------------------------------------------------------------- 02 agency + JobAdder, reschedule across DST
def case02():
    c = "b112-02-agency-jobadder-reschedule-across-dst"
    brooke = "Brooke Hadley <brooke.hadley@tasmantalent.example>"
    sig = """Kind regards,

Brooke Hadley
Senior Consultant - Marketing & Digital
Tasman Talent Partners
Level 11, 60 Margaret Street, Sydney NSW 2000
T +61 2 5550 1840 | M +61 412 555 309"""
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@harbourline.example")
    role = "Senior Marketing Manager"
    d1 = T(SYD, 2026, 3, 23, 16, 10, 5)
    s0 = T(SYD, 2026, 4, 2, 10, 0)
    b1 = f"""Hi Mereana,

Great news - Harbourline Insurance would love to meet you for the {role} role!

You'll be meeting Marcus Oyelaran, their Head of Brand. I've booked you in for Thursday 2 April at
10am Sydney time, which is 12 noon NZDT for you. It'll be a 45 minute video call on Teams; Marcus
will send the link.

You'll get a calendar confirmation from our system shortly. Give me a call if you want to run
through anything beforehand.

{sig}
"""
    add(c, "01-brooke-harbourline-keen.eml", simple_mail(
        date=d1, frm=brooke, to=USER_ADDR, subject=f"Harbourline Insurance - {role} interview",
        msgid=mid(c, 1, "tasmantalent.example"), text=b1, relay="outlook"))

    uid = f"ja-interview-{_seed(c).hex[:12]}@jobadder.example"
    def notice(n, date, start, seq, title, lead):
        end = start + timedelta(minutes=45)
        local_str = f"{start.strftime('%A')} {start.day} {start.strftime('%B %Y')}, {start.strftime('%-I:%M %p')} - {end.strftime('%-I:%M %p')} ({start.tzname()})"
        text = f"""{lead}

Candidate: Mereana Collins
Position: {role}
Client: Harbourline Insurance
Interview type: Video interview (Microsoft Teams)
When: {local_str}
Interviewer: Marcus Oyelaran, Head of Brand

Please add the attached calendar file to your calendar. If you need to change this time,
reply to this email or contact Brooke Hadley on +61 412 555 309.

--
Sent on behalf of Tasman Talent Partners via JobAdder
"""
        ics = vevent_ics(
            method="REQUEST", uid=uid, start=start, end=end, tzid="Australia/Sydney",
            summary=f"Interview: Mereana Collins - {role} (Harbourline Insurance)",
            organizer=("Brooke Hadley", "brooke.hadley@tasmantalent.example"),
            attendees=[("Mereana Collins", USER, "REQ-PARTICIPANT"),
                       (marcus[0], marcus[1], "REQ-PARTICIPANT")],
            description=f"Interview with Marcus Oyelaran (Head of Brand) for the {role} role. Teams link to follow from Harbourline.",
            location="Microsoft Teams", sequence=seq, stamp=date, prodid="-//JobAdder//Calendar 2.0//EN")
        m = simple_mail(
            date=date, frm="Brooke Hadley via JobAdder <notifications@mail.jobadder.example>",
            reply_to=brooke, to=USER_ADDR, subject=title, msgid=mid(c, n, "mail.jobadder.example"),
            text=text, html=to_html(text), relay="sendgrid",
            attachments=[(ics, "text", "calendar", "interview.ics", {"method": "REQUEST"})])
        return m
    add(c, "02-jobadder-interview-confirmation.eml",
        notice(2, T(SYD, 2026, 3, 23, 16, 14, 40), s0, 0,
               f"Interview confirmation: {role} - Harbourline Insurance",
               "Hi Mereana,\n\nYour interview has been scheduled. Details below."))
    d3 = T(SYD, 2026, 3, 31, 11, 20, 31)
    s1 = T(SYD, 2026, 4, 7, 10, 0)
    b3 = f"""Hi Mereana,

Sorry for the shuffle - Marcus has had a family thing come up and is out of the office this
Thursday. He's asked if we can move to Tuesday 7 April, same time - 10am Sydney.

Quick heads up: clocks go back this Sunday on both sides of the ditch, so that's 10am AEST /
12pm NZST - still midday for you. I'll resend the invite from JobAdder now.

{sig}
"""
    add(c, "03-brooke-change-of-plan.eml", simple_mail(
        date=d3, frm=brooke, to=USER_ADDR, subject=f"Change of plan - Harbourline interview",
        msgid=mid(c, 3, "tasmantalent.example"), text=b3, relay="outlook"))
    add(c, "04-jobadder-interview-rescheduled.eml",
        notice(4, T(SYD, 2026, 3, 31, 11, 26, 3), s1, 1,
               f"Interview rescheduled: {role} - Harbourline Insurance",
               "Hi Mereana,\n\nYour interview has been rescheduled. The updated details are below."))
    label(c, interviews=[iv("Harbourline Insurance", role, s1, s1 + timedelta(minutes=45), "scheduled",
                            [marcus[1]], [marcus[1]], "hiring_manager")],
          difficulty="hard", category="positive/reschedule",
          notes="Agency books Thu 2 Apr 10:00 AEDT via JobAdder; moved to Tue 7 Apr 10:00 Sydney which is "
                "AEST (+10) after the 5 Apr change (SEQUENCE 1). One interview at the final time.")


# ---------------------------------------------------------------- 03 Employment Hero, Brisbane (no DST)
def case03():
    c = "b112-03-employment-hero-brisbane-no-dst"
    talia = "Talia Moana <talia.moana@wattlebird.example>"
    role = "Brand Manager"
    s = T(BNE, 2026, 4, 2, 9, 30)
    e = s + timedelta(minutes=45)
    d1 = T(BNE, 2026, 3, 27, 14, 3, 12)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview invitation</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1d1d1f">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;border-radius:8px;padding:32px">
<tr><td><img src="https://cdn.employmenthero.example/brand/wattlebird-logo.png" alt="Wattlebird Foods" width="140"></td></tr>
<tr><td><h2 style="font-size:20px">You're invited to an interview</h2>
<p>Hi Mereana,</p>
<p>Thanks for your application for the <strong>{role}</strong> role at Wattlebird Foods. We'd like to invite you to an interview.</p>
<table style="font-size:14px;line-height:22px">
<tr><td style="color:#6b6b6b;padding-right:16px">Date</td><td>Thursday, 2 April 2026</td></tr>
<tr><td style="color:#6b6b6b;padding-right:16px">Time</td><td>9:30 AM &ndash; 10:15 AM (AEST &ndash; Brisbane)</td></tr>
<tr><td style="color:#6b6b6b;padding-right:16px">Type</td><td>Video interview (Google Meet)</td></tr>
<tr><td style="color:#6b6b6b;padding-right:16px">Interviewer</td><td>Dane Kowalczyk, Head of Marketing</td></tr>
<tr><td style="color:#6b6b6b;padding-right:16px">Link</td><td><a href="https://meet.google.example/wbf-kqzt-rma">meet.google.example/wbf-kqzt-rma</a></td></tr>
</table>
<p><a href="https://jobs.employmenthero.example/interviews/8f2c1a/confirm" style="background:#7d3cff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Confirm attendance</a></p>
<p>If you have any questions, contact Talia Moana (People &amp; Culture) at talia.moana@wattlebird.example.</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a8a8a;padding-top:24px">Sent by Employment Hero on behalf of Wattlebird Foods Pty Ltd, 14 Doggett Street, Newstead QLD 4006. Please do not reply to this email.</td></tr>
</table></td></tr></table></body></html>
"""
    ics = vevent_ics(method="REQUEST", uid=f"eh-{_seed(c).hex}@employmenthero.example", start=s, end=e,
                     tzid="Australia/Brisbane", summary=f"Interview - {role} - Wattlebird Foods",
                     organizer=("Wattlebird Foods", "no-reply@employmenthero.example"),
                     attendees=[("Mereana Collins", USER, "REQ-PARTICIPANT")],
                     description="Video interview with Dane Kowalczyk (Head of Marketing). Google Meet: https://meet.google.example/wbf-kqzt-rma",
                     location="https://meet.google.example/wbf-kqzt-rma", stamp=d1,
                     prodid="-//Employment Hero//ATS//EN")
    m1id = mid(c, 1, "employmenthero.example")
    add(c, "01-employment-hero-interview-invitation.eml", simple_mail(
        date=d1, frm="Wattlebird Foods <no-reply@employmenthero.example>", to=USER_ADDR,
        subject=f"Interview invitation - {role} at Wattlebird Foods", msgid=m1id, html=html,
        html_cte="quoted-printable", relay="sendgrid",
        attachments=[(ics, "text", "calendar", "interview.ics", {"method": "REQUEST"})]))
    dq = T(AKL, 2026, 3, 27, 19, 12, 0)
    q = f"""Hi Talia,

Thanks for the invite - I've confirmed on the portal. Just to double check, is the 9:30 in Brisbane
time? I know Queensland doesn't do daylight saving so I want to make sure I get my conversion right.

Cheers,
{SIG_M}"""
    d2 = T(BNE, 2026, 3, 30, 8, 2, 55)
    b2 = f"""Hi Mereana,

Yep, 9:30am our time! Queensland doesn't do daylight saving, so you're 3 hours ahead of us until your
clocks change - that makes it 12:30pm Thursday for you. Dane's looking forward to it.

Talia Moana
People & Culture Advisor | Wattlebird Foods
07 5550 2231 | 14 Doggett Street, Newstead QLD 4006

{on_wrote(dq, "Mereana Collins <" + USER + ">")}
{quote(q)}
"""
    add(c, "02-talia-re-time-check.eml", simple_mail(
        date=d2, frm=talia, to=USER_ADDR, subject=f"Re: Interview - {role} - time check",
        msgid=mid(c, 2, "wattlebird.example"), text=b2, in_reply_to=mid(c, 99, "mail.example"),
        relay="google"))
    label(c, interviews=[iv("Wattlebird Foods", role, s, e, "scheduled", [],
                            ["talia.moana@wattlebird.example"], "hiring_manager")],
          difficulty="medium", category="positive/ats-email-with-ics",
          notes="Employment Hero HTML-only notice + .ics (TZID Australia/Brisbane, +10 all year; 12:30 NZDT). "
                "Interviewer Dane has no address -> follow-up to coordinator Talia; no-reply sender excluded.")


# ---------------------------------------------------------------- 04 US remote, Google invite, 19h behind
def case04():
    c = "b112-04-us-remote-google-invite-19h-behind"
    tess = ("Tess Alvarado", "tess@sunpeak.example")
    dev = ("Dev Raman", "dev.raman@sunpeak.example")
    role = "Senior Lifecycle Marketing Manager (Remote - APAC)"
    s = T(LAX, 2026, 4, 8, 13, 0)
    e = s + timedelta(minutes=45)
    d1 = T(LAX, 2026, 4, 1, 15, 20, 9)
    b1 = f"""Hey Mereana!

Dev (our VP of Marketing) loved your take-home notes and would like to meet. Are you able to do
Wed 4/8 at 1pm PT? I know that's Thursday morning for you - 8am NZ if my math is right after your
clocks change on the weekend. Totally fine to push if that's too early.

Tess

--
Tess Alvarado | Recruiting, Sunpeak Software
(310) 555-0148
1600 Rose Ave, Venice, CA 90291
"""
    m1id = mid(c, 1, "sunpeak.example")
    add(c, "01-tess-time-with-dev.eml", simple_mail(
        date=d1, frm=f"{tess[0]} <{tess[1]}>", to=USER_ADDR, subject="Next step: chat with Dev",
        msgid=m1id, text=b1, relay="google"))
    d2 = T(AKL, 2026, 4, 2, 11, 50, 40)
    b2 = f"""Hi Tess,

8am Thursday is no problem at all - happy to lock that in.

Thanks,
Mereana

{on_wrote(d1.astimezone(AKL), tess[0] + ' <' + tess[1] + '>')}
{quote(b1)}
"""
    add(c, "02-re-time-with-dev.eml", simple_mail(
        date=d2, frm=USER_ADDR, to=f"{tess[0]} <{tess[1]}>", subject="Re: Next step: chat with Dev",
        msgid=mid(c, 2, "mail.example"), text=b2, in_reply_to=m1id))
    d3 = T(LAX, 2026, 4, 1, 16, 31, 12)
    title = "Sunpeak <> Mereana Collins - Hiring Manager Interview (Dev Raman)"
    when = "Wednesday Apr 8, 2026 ⋅ 1pm – 1:45pm (Pacific Time - Los Angeles)"
    desc = f"Hiring manager conversation for the {role} role.\nDev will dig into lifecycle strategy and the APAC launch plan."
    plain = f"""{title}
{when}

Join with Google Meet
https://meet.google.example/spk-vtqe-hrn

Organizer
{tess[0]}
{tess[1]}

Guests
{tess[0]} - organizer
{dev[0]}
{USER}

{desc}

Invitation from Google Calendar: https://calendar.google.example/calendar/

You are receiving this email because you are an attendee on the event.
"""
    html = to_html(plain)
    ics = vevent_ics(method="REQUEST", uid=f"{_seed(c).hex[:26]}@google.com", start=s, end=e,
                     tzid="America/Los_Angeles", summary=title, organizer=tess,
                     attendees=[(tess[0], tess[1], "REQ-PARTICIPANT"), (dev[0], dev[1], "REQ-PARTICIPANT"),
                                (USER, USER, "REQ-PARTICIPANT")],
                     description=desc + "\n\nJoin with Google Meet: https://meet.google.example/spk-vtqe-hrn",
                     location="", stamp=d3, prodid="-//Google Inc//Google Calendar 70.9054//EN")
    add(c, "03-invitation-hiring-manager-interview.eml", google_invite(
        date=d3.astimezone(UTC), organizer=tess, to=USER,
        subject=f"Invitation: {title} @ Wed Apr 8, 2026 1pm - 1:45pm (PDT) ({USER})",
        plain=plain, html=html, ics=ics, msgid=f"<calendar-{_seed(c, 3)}@google.com>"))
    label(c, interviews=[iv("Sunpeak Software", role, s, e, "scheduled", [dev[1]], [dev[1]],
                            "hiring_manager")],
          difficulty="medium", category="positive/google-invite",
          notes="LA recruiter proposes Wed 4/8 1pm PT (= Thu 9 Apr 08:00 NZST, 19 h ahead after both DST changes); "
                "candidate confirms '8am Thursday'; Google invite in PDT. One interview.")


# ---------------------------------------------------------------- 05 job-board relay, case study presentation
def case05():
    c = "b112-05-jobboard-relay-case-study-presentation"
    role = "Marketing & Communications Manager"
    hana = "hana.ruatapu@pohutukawa-health.example"
    s = T(AKL, 2026, 4, 13, 10, 30)
    e = s + timedelta(hours=1)
    d1 = T(AKL, 2026, 4, 2, 17, 30, 45)
    text = f"""JobHarbour

You have a new message from Pōhutukawa Health
Regarding your application for: {role} (Wellington Central)

-----------------------------------------------------------------
Kia ora Mereana,

Thank you for your time on the phone last week. We'd love you to come in for the second stage,
which is a case-study presentation: 20 minutes presenting your approach to a brief, followed by
around 40 minutes of questions from the panel (myself and Louis Tremaine, our GM Communications).

We have Monday 13 April at half past ten available, at our office on Level 4, 22 Customhouse
Quay, Wellington. If flying down isn't practical, we're happy to do it on Teams.

I'll email the brief to you directly from hana.ruatapu@pohutukawa-health.example early next week
so you have a few days to prepare.

Ngā mihi,
Hana Ruatapu
Marketing Lead, Pōhutukawa Health
-----------------------------------------------------------------

Reply to this message: https://www.jobharbour.example/messages/th-55821904
Replies go to the employer through JobHarbour. Never share your bank details with an employer.

JobHarbour Ltd, PO Box 90213, Auckland 1142. Manage email preferences:
https://www.jobharbour.example/settings/notifications
"""
    add(c, "01-jobharbour-message-from-employer.eml", simple_mail(
        date=d1, frm="Pōhutukawa Health via JobHarbour <employer-messages@jobharbour.example>",
        reply_to="reply-7f3k2q9x@reply.jobharbour.example", to=USER_ADDR,
        subject=f"New message from Pōhutukawa Health about your application: {role}",
        msgid=mid(c, 1, "jobharbour.example"), text=text, html=to_html(text), cte="quoted-printable",
        html_cte="quoted-printable", relay="mailgun",
        extra=[("List-Unsubscribe", "<https://www.jobharbour.example/unsub?u=ab12>")]))
    d2 = T(AKL, 2026, 4, 7, 9, 12, 20)
    b2 = f"""Kia ora Mereana,

As promised, the case-study brief is attached. In short: we're launching the new after-hours nurse
line across the lower North Island in spring and need a launch plan on a modest budget.

Thanks for confirming you'll come down in person - we'll see you at 10.30 on Monday 13th. Ask for me
at reception on Level 4 and we'll have a screen and clicker ready. Louis and I will be your panel,
and we'll finish by 11.30.

Ngā mihi nui,

Hana Ruatapu
Marketing Lead | Pōhutukawa Health
DDI 04 555 0176 | M 022 555 0491
Level 4, 22 Customhouse Quay, Wellington 6011
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
           b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    add(c, "02-hana-case-study-brief.eml", simple_mail(
        date=d2, frm=f"Hana Ruatapu <{hana}>", to=USER_ADDR,
        subject="Case study brief - Marketing & Communications Manager", msgid=mid(c, 2, "pohutukawa-health.example"),
        text=b2, relay="outlook",
        attachments=[(pdf, "application", "pdf", "Case study brief - after-hours nurse line.pdf", None)]))
    label(c, interviews=[iv("Pōhutukawa Health", role, s, e, "scheduled", [hana], [hana], "onsite")],
          difficulty="hard", category="positive/job-board-relay",
          notes="SEEK-like relay message ('Monday 13 April at half past ten', NZST +12 after DST) then direct "
                "mail confirming 10.30-11.30 in person. Panel: Hana (address known) + Louis (no address). "
                "Relay reply-to address is not a follow-up recipient.")


# ---------------------------------------------------------------- 06 Teams panel, 3 introduced, UTC+10 label during AEDT
def case06():
    c = "b112-06-teams-panel-three-sydney-utc10-label"
    role = "Marketing Manager, Retail"
    priya = ("Priya Venkataraman", "priya.venkataraman@bluegum-energy.example")
    panel = [("Olivia Brandt", "olivia.brandt@bluegum-energy.example"),
             ("Tom Nguyen", "tom.nguyen@bluegum-energy.example"),
             ("Rangi Walker", "rangi.walker@bluegum-energy.example")]
    s = T(SYD, 2026, 4, 2, 13, 0)
    e = s + timedelta(hours=1)
    d1 = T(SYD, 2026, 3, 26, 10, 5, 40)
    when = "When: Thursday, 2 April 2026 1:00 PM-2:00 PM (UTC+10:00) Canberra, Melbourne, Sydney."
    body = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Mereana,

Thanks for making time to meet the team. Your panel interview for the {role} role will be with:

- Olivia Brandt, Chief Customer Officer - Olivia leads brand, retail and customer experience.
- Tom Nguyen, Head of Digital - Tom looks after performance marketing and our app.
- Rangi Walker, Senior Brand Manager - Rangi would be your closest peer in the team.

It will run for an hour, and I'm just setting things up so won't be joining. For you in Auckland
that should be 3pm.

Kind regards,
Priya Venkataraman
Talent Acquisition Coordinator | Bluegum Energy
+61 2 5550 7712 | Level 20, 100 Barangaroo Avenue, Barangaroo NSW 2000

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_Bgn4aQ%40thread.v2/0>
Meeting ID: 418 330 597 112
Passcode: Jq7Tx2
________________________________________________________________________________
"""
    attendees = [(USER_NAME, USER, "REQ-PARTICIPANT")] + [(n, a, "REQ-PARTICIPANT") for n, a in panel]
    ics = vevent_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + _seed(c).hex[:32].upper(),
                     start=s, end=e, tzid="AUS Eastern Standard Time",
                     summary=f"Panel Interview - Mereana Collins - {role}", organizer=priya,
                     attendees=attendees, description=body, location="Microsoft Teams Meeting",
                     stamp=d1, prodid="Microsoft Exchange Server 2010", style="exchange",
                     extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    add(c, "01-outlook-panel-interview.eml", exchange_invite(
        date=d1, frm=f"{priya[0]} <{priya[1]}>",
        to=", ".join([USER_ADDR] + [f"{n} <{a}>" for n, a in panel]),
        subject=f"Panel Interview - Mereana Collins - {role}", plain=body, html=to_html(body), ics=ics,
        msgid=f"<SY4PR01MB{_seed(c, 1).hex[:16].upper()}@SY4PR01MB7312.ausprd01.prod.outlook.com>"))
    emails = [a for _, a in panel]
    label(c, interviews=[iv("Bluegum Energy", role, s, e, "scheduled", emails, emails, "onsite")],
          difficulty="hard", category="positive/exchange-teams",
          notes="Outlook shows the fixed '(UTC+10:00) Canberra, Melbourne, Sydney' label but 2 Apr is still "
                "AEDT (+11); body says 3pm Auckland (NZDT). Three panellists introduced; coordinator not an interviewer.")


# ---------------------------------------------------------------- 07 Perth CEO final chat, gcal.json
def case07():
    c = "b112-07-perth-ceo-final-chat-gcal-json"
    role = "Head of Marketing"
    kayla = ("Kayla Reid", "kayla.reid@quokkatravel.example")
    jarrah = ("Jarrah Bell", "jarrah.bell@quokkatravel.example")
    s = T(PER, 2026, 4, 15, 12, 0)
    e = s + timedelta(minutes=30)
    d1 = T(PER, 2026, 4, 10, 11, 40, 2)
    b1 = f"""Hi Mereana,

Lovely to speak again yesterday. Jarrah (our CEO and co-founder) would love a final chat before we
wrap things up - nothing formal, mostly about how you'd set up the marketing function as we grow
into NZ.

Wednesday 15th at midday Perth time works for him, which I believe is 4pm your time. It'll be about
half an hour on Google Meet. I'll pop an invite in your calendar now.

Cheers,
Kayla

Kayla Reid | Talent & Culture Lead | Quokka Travel
+61 8 5550 3390 | 2/85 Stirling Street, Perth WA 6000
"""
    add(c, "01-kayla-final-chat-with-jarrah.eml", simple_mail(
        date=d1, frm=f"{kayla[0]} <{kayla[1]}>", to=USER_ADDR,
        subject=f"Final chat with Jarrah - {role}", msgid=mid(c, 1, "quokkatravel.example"),
        text=b1, relay="google"))
    ev_id = "5kq2t8r0m1v7hq3c9dfe6a0b4s"
    created = T(UTC, 2026, 4, 10, 3, 44, 0)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3501786263117000\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NWtxMnQ4cjBtMXY3aHEzYzlkZmU2YTBiNHM",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=1, seconds=11)).strftime("%Y-%m-%dT%H:%M:%S.558Z"),
        "summary": "Final chat: Jarrah Bell / Mereana Collins (Head of Marketing)",
        "description": "Informal final conversation with Jarrah, CEO & co-founder.\nKayla won't be joining.",
        "creator": {"email": kayla[1], "displayName": kayla[0]},
        "organizer": {"email": kayla[1], "displayName": kayla[0]},
        "start": {"dateTime": s.astimezone(AKL).isoformat(), "timeZone": "Australia/Perth"},
        "end": {"dateTime": e.astimezone(AKL).isoformat(), "timeZone": "Australia/Perth"},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": kayla[1], "displayName": kayla[0], "organizer": True, "responseStatus": "accepted"},
            {"email": jarrah[1], "displayName": jarrah[0], "responseStatus": "accepted"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.example/qkt-wbnd-zpa",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.example/qkt-wbnd-zpa",
                             "label": "meet.google.example/qkt-wbnd-zpa"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "qkt-wbnd-zpa"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add(c, "02-final-chat-jarrah.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())
    label(c, interviews=[iv("Quokka Travel", role, s, e, "scheduled", [jarrah[1]], [jarrah[1]],
                            "hiring_manager")],
          difficulty="medium", category="positive/gcal-json",
          notes="Perth (+8, no DST) midday = 16:00 NZST; API event dateTime given in Auckland offset with "
                "timeZone Australia/Perth. E-mail + event = one interview; CEO is the interviewer.")


# ---------------------------------------------------------------- 08 Teams invite then METHOD:CANCEL
def case08():
    c = "b112-08-teams-invite-then-cancelled"
    role = "Marketing Manager"
    sione = ("Sione Latu", "sione.latu@kotare-telecom.example")
    grace = ("Grace Holm", "grace.holm@kotare-telecom.example")
    s = T(AKL, 2026, 4, 1, 9, 0)
    e = s + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E00800000000" + _seed(c).hex[:32].upper()
    d1 = T(AKL, 2026, 3, 24, 16, 30, 11)
    body1 = f"""When: Wednesday, 1 April 2026 9:00 AM-10:00 AM (UTC+12:00) Auckland, Wellington.
Where: Microsoft Teams Meeting / Level 6, 2 Te Ara Street, Auckland CBD

*~*~*~*~*~*~*~*~*~*

Kia ora Mereana,

Thanks again for last week's conversation. For the second interview I'll be joined by Grace Holm
from our Customer Insights team - we'll spend most of the hour on how you'd approach our prepaid
mobile repositioning. Come into the office if you can; otherwise the Teams link below works.

Sione Latu
Marketing Director | Kōtare Telecom
09 555 0122 | 021 555 0870

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_KtR7%40thread.v2/0>
Meeting ID: 392 114 807 55
Passcode: 8xWmPq
________________________________________________________________________________
"""
    att = [(USER_NAME, USER, "REQ-PARTICIPANT"), (grace[0], grace[1], "REQ-PARTICIPANT")]
    ex = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1"]
    ics1 = vevent_ics(method="REQUEST", uid=uid, start=s, end=e, tzid="New Zealand Standard Time",
                      summary=f"{role} - second interview (Mereana Collins)", organizer=sione,
                      attendees=att, description=body1, location="Microsoft Teams Meeting; Level 6, 2 Te Ara Street",
                      stamp=d1, prodid="Microsoft Exchange Server 2010", style="exchange",
                      extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0"] + ex)
    to = f"{USER_ADDR}, {grace[0]} <{grace[1]}>"
    add(c, "01-outlook-second-interview.eml", exchange_invite(
        date=d1, frm=f"{sione[0]} <{sione[1]}>", to=to,
        subject=f"{role} - second interview (Mereana Collins)", plain=body1, html=to_html(body1), ics=ics1,
        msgid=f"<ME3PR01MB{_seed(c, 1).hex[:16].upper()}@ME3PR01MB8841.ausprd01.prod.outlook.com>"))
    d2 = T(AKL, 2026, 3, 30, 11, 58, 37)
    body2 = f"""When: Wednesday, 1 April 2026 9:00 AM-10:00 AM (UTC+12:00) Auckland, Wellington.
Where: Microsoft Teams Meeting / Level 6, 2 Te Ara Street, Auckland CBD

*~*~*~*~*~*~*~*~*~*

Hi Mereana,

I'm really sorry to do this. Following this morning's restructure announcement the role has been
put on hold, so we need to cancel Wednesday's interview. I'll be in touch personally if it reopens -
you were a genuinely strong candidate.

Sione
"""
    ics2 = vevent_ics(method="CANCEL", uid=uid, start=s, end=e, tzid="New Zealand Standard Time",
                      summary=f"Canceled: {role} - second interview (Mereana Collins)", organizer=sione,
                      attendees=att, description=body2, location="Microsoft Teams Meeting; Level 6, 2 Te Ara Street",
                      stamp=d2, prodid="Microsoft Exchange Server 2010", style="exchange", sequence=1,
                      status="CANCELLED", extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:1"] + ex)
    add(c, "02-outlook-canceled.eml", exchange_invite(
        date=d2, frm=f"{sione[0]} <{sione[1]}>", to=to,
        subject=f"Canceled: {role} - second interview (Mereana Collins)", plain=body2, html=to_html(body2),
        ics=ics2, method="CANCEL",
        msgid=f"<ME3PR01MB{_seed(c, 2).hex[:16].upper()}@ME3PR01MB8841.ausprd01.prod.outlook.com>"))
    ems = [sione[1], grace[1]]
    label(c, interviews=[iv("Kōtare Telecom", role, s, e, "cancelled", ems, ems, "onsite")],
          difficulty="medium", category="positive/cancellation",
          notes="Exchange REQUEST (TZID New Zealand Standard Time, but 1 Apr is NZDT +13 despite the "
                "'(UTC+12:00)' label) then METHOD:CANCEL -> cancelled at last time. Organizer interviews with Grace.")


# ---------------------------------------------------------------- 09 candidate withdrawal by e-mail
def case09():
    c = "b112-09-us-candidate-withdraws-pst-label"
    role = "Growth Marketing Manager (Remote)"
    corey = "Corey Whitman <corey.whitman@chaparral.example>"
    corinne = "Corinne Vasquez <corinne.vasquez@chaparral.example>"
    s = T(LAX, 2026, 3, 12, 16, 30)
    e = s + timedelta(minutes=45)
    d1 = T(LAX, 2026, 3, 9, 17, 2, 44)
    b1 = f"""Hi Mereana,

You're confirmed for Thu 3/12 @ 4:30p PST with Corinne (cc'd), our VP Marketing - 45 min on Zoom.
For you that's Fri 13th at 12:30pm NZ time. Zoom: https://chaparral.zoom.example/j/88123410021

Corey Whitman
Talent Acquisition | Chaparral Analytics
m: 213-555-0164
"""
    m1id = mid(c, 1, "chaparral.example")
    add(c, "01-corey-confirmed-with-corinne.eml", simple_mail(
        date=d1, frm=corey, to=USER_ADDR, cc=corinne, subject=f"Interview - {role}", msgid=m1id,
        text=b1, relay="google"))
    d2 = T(AKL, 2026, 3, 11, 8, 15, 3)
    b2 = f"""Hi Corey, hi Corinne,

Thank you both for the opportunity and for being so accommodating with the time difference. After a
lot of thought I've decided to withdraw from the process - the late-evening stand-ups the role
needs just won't work with school pick-ups and drop-offs here. So I'll need to cancel Thursday's
interview. Sorry for the short notice, and thanks again.

Ngā mihi,
{SIG_M}

{on_wrote(d1.astimezone(AKL), corey)}
{quote(b1)}
"""
    m2id = mid(c, 2, "mail.example")
    add(c, "02-re-withdrawing.eml", simple_mail(
        date=d2, frm=USER_ADDR, to=corey, cc=corinne, subject=f"Re: Interview - {role}", msgid=m2id,
        text=b2, in_reply_to=m1id, cte="quoted-printable"))
    d3 = T(LAX, 2026, 3, 10, 13, 40, 0)
    b3 = f"""Totally understand, Mereana - thanks for letting us know. I've taken the Zoom off Corinne's
calendar. Best of luck with everything!

Corey

{on_wrote(d2.astimezone(LAX), USER_ADDR)}
{quote(b2)}
"""
    add(c, "03-re-re-understood.eml", simple_mail(
        date=d3, frm=corey, to=USER_ADDR, cc=corinne, subject=f"Re: Interview - {role}",
        msgid=mid(c, 3, "chaparral.example"), text=b3, in_reply_to=m2id, references=f"{m1id} {m2id}",
        relay="google"))
    label(c, interviews=[iv("Chaparral Analytics", role, s, e, "cancelled", ["corinne.vasquez@chaparral.example"],
                            ["corinne.vasquez@chaparral.example"], "hiring_manager")],
          difficulty="hard", category="positive/cancellation",
          notes="'Thu 3/12 @ 4:30p PST' is after US DST start (Mar 8) -> Pacific local time PDT -07:00, "
                "confirmed by 'Fri 13th 12:30pm NZ'. Candidate withdraws by e-mail -> cancelled.")


# ---------------------------------------------------------------- 10 two interviews, same company
def case10():
    c = "b112-10-two-interviews-phone-then-in-person"
    role = "Marketing Manager"
    amber = "Amber Luxton <amber@pukeko-coffee.example>"
    roimata = "Roimata Hetaraka <roimata.hetaraka@pukeko-coffee.example>"
    sig_html = ("<p style=\"color:#555;font-size:12px\">Amber Luxton<br>People &amp; Culture Lead | Pūkeko "
                "Coffee Roasters<br>09 555 0148 | 118 Great North Road, Grey Lynn, Auckland 1021</p>")
    s1 = T(AKL, 2026, 3, 23, 11, 0)
    s2 = T(AKL, 2026, 4, 9, 14, 0)
    d1 = T(AKL, 2026, 3, 19, 10, 5, 27)
    h1 = f"""<html><body style="font-family:Georgia,serif">
<p>Kia ora Mereana,</p>
<p>Thanks for applying for the {role} role at Pūkeko! Could I grab 30 mins with you on
<b>Monday 23rd at 11am</b> for an initial phone chat? I'll call you on the number in your CV.</p>
<p>Ka kite,</p>{sig_html}</body></html>
"""
    m1id = mid(c, 1, "pukeko-coffee.example")
    add(c, "01-amber-initial-phone-chat.eml", simple_mail(
        date=d1, frm=amber, to=USER_ADDR, subject="Pūkeko - Marketing Manager", msgid=m1id, html=h1,
        relay="google"))
    d2 = T(AKL, 2026, 3, 19, 12, 41, 9)
    b2 = f"""Kia ora Amber,

Monday 11am is great - talk then.

Mereana

{on_wrote(d1, amber)}
> Thanks for applying for the {role} role at Pūkeko! Could I grab 30 mins with you on
> Monday 23rd at 11am for an initial phone chat? I'll call you on the number in your CV.
"""
    m2id = mid(c, 2, "mail.example")
    add(c, "02-re-monday-11.eml", simple_mail(
        date=d2, frm=USER_ADDR, to=amber, subject="Re: Pūkeko - Marketing Manager", msgid=m2id, text=b2,
        in_reply_to=m1id))
    d3 = T(AKL, 2026, 3, 25, 14, 20, 50)
    h3 = f"""<html><body style="font-family:Georgia,serif">
<p>Hi Mereana,</p>
<p>Thanks for your time on Monday - I really enjoyed our chat. Roimata (our GM Brand, cc'd) would
like to meet you in person: <b>Thursday 9 April, 14:00</b> at the Grey Lynn roastery,
118 Great North Road. Allow about an hour - and yes, there will be coffee.</p>
<p>Just a reminder our clocks go back the weekend before, so that's 2pm NZST.</p>
<p>Ka kite,</p>{sig_html}</body></html>
"""
    add(c, "03-amber-meet-roimata.eml", simple_mail(
        date=d3, frm=amber, to=USER_ADDR, cc=roimata, subject="Re: Pūkeko - Marketing Manager - next step",
        msgid=mid(c, 3, "pukeko-coffee.example"), html=h3, in_reply_to=m2id, references=f"{m1id} {m2id}",
        html_cte="base64", relay="google"))
    label(c, interviews=[
        iv("Pūkeko Coffee Roasters", role, s1, s1 + timedelta(minutes=30), "scheduled",
           ["amber@pukeko-coffee.example"], ["amber@pukeko-coffee.example"], "phone_screen"),
        iv("Pūkeko Coffee Roasters", role, s2, s2 + timedelta(hours=1), "scheduled",
           ["roimata.hetaraka@pukeko-coffee.example"], ["roimata.hetaraka@pukeko-coffee.example"],
           "hiring_manager")],
        difficulty="medium", category="positive/two-interviews",
        notes="HTML-only mails. Phone chat Mon 23 Mar 11:00 NZDT (30 min) with recruiter, then in-person "
              "Thu 9 Apr 14:00 NZST (+12) with GM Brand, about an hour. Two interviews.")


# ---------------------------------------------------------------- 11 agency forwards client mail (base64)
def case11():
    c = "b112-11-agency-forwards-client-confirmation"
    role = "Marketing Manager"
    liam = "Liam Forsyth <liam@kowhaisearch.example>"
    nikau = "nikau.brennan@harakeke-home.example"
    jess = "jess.mould@harakeke-home.example"
    s = T(AKL, 2026, 3, 25, 14, 0)
    e = s + timedelta(minutes=45)
    fd = T(AKL, 2026, 3, 20, 11, 2)
    d1 = T(AKL, 2026, 3, 20, 13, 15, 48)
    b1 = f"""Hi Mereana,

Great news - see below from Nikau at Harakeke Home. 2pm Wednesday at their Ponsonby office. Give me
a bell after and let me know how it went!

Liam

Liam Forsyth | Principal Consultant
Kōwhai Search | Marketing, Digital & Comms recruitment
M 021 555 0736 | 12 Nelson Street, Auckland CBD 1010

---------- Forwarded message ---------
From: Nikau Brennan <{nikau}>
Date: Fri, 20 Mar 2026 at 11:02
Subject: RE: Mereana Collins - Marketing Manager
To: Liam Forsyth <liam@kowhaisearch.example>
Cc: Jess Mould <{jess}>

Hi Liam,

Thanks for sending Mereana through - we'd love to meet her. Could she come in on Wednesday 25 March
at 14:00? It'll be me and our Head of Ecommerce, Jess Mould ({jess}), so allow 45 minutes.

We're at 210 Ponsonby Road - just buzz the Harakeke door and someone will come down.

Cheers,
Nikau Brennan
Brand & Marketing Director | Harakeke Home
09 555 0391
"""
    add(c, "01-fwd-interview-wednesday.eml", simple_mail(
        date=d1, frm=liam, to=USER_ADDR, subject=f"Fwd: RE: Mereana Collins - {role}",
        msgid=mid(c, 1, "kowhaisearch.example"), text=b1, cte="base64", relay="outlook"))
    ems = [nikau, jess]
    label(c, interviews=[iv("Harakeke Home", role, s, e, "scheduled", ems, ems, "onsite")],
          difficulty="medium", category="positive/forwarded",
          notes="Base64 body; agency forwards the client's 'Wednesday 25 March at 14:00' (NZDT +13), 45 min, "
                "two interviewers with addresses in the forwarded header/body; consultant is not an interviewer.")


# ---------------------------------------------------------------- 12 Berlin company, "10:00 Uhr", Google invite
def case12():
    c = "b112-12-berlin-startup-uhr-google-invite"
    role = "Marketing Manager APAC"
    lena = ("Lena Hoffmann", "lena.hoffmann@fernwerk.example")
    jonas = ("Jonas Weber", "jonas.weber@fernwerk.example")
    s = T(BER, 2026, 3, 31, 10, 0)
    e = s + timedelta(minutes=45)
    d1 = T(BER, 2026, 3, 25, 9, 30, 18)
    b1 = f"""Dear Mereana,

thank you for your application as {role} at Fernwerk. We would be happy to invite you to a first
interview with Jonas Weber, our Head of Growth. Jonas will run the conversation; I only organise.

Would Tuesday, 31 March at 10:00 Uhr (Berlin) suit? That should be 21:00 in Auckland - I hope not
too late for you! Our clocks move forward this weekend, so I double-checked. The call takes 45 Minuten.

Best regards / Viele Grüße
Lena Hoffmann
People Operations | Fernwerk GmbH
Torstraße 109, 10119 Berlin
+49 30 5557 2210
"""
    m1id = mid(c, 1, "fernwerk.example")
    add(c, "01-lena-first-interview.eml", simple_mail(
        date=d1, frm=f"{lena[0]} <{lena[1]}>", to=USER_ADDR, subject=f"Your application - {role}",
        msgid=m1id, text=b1, relay="google"))
    d2 = T(AKL, 2026, 3, 25, 22, 3, 0)
    b2 = f"""Hi Lena,

9pm is fine for me - looking forward to meeting Jonas.

Kind regards,
{SIG_M}

{on_wrote(d1.astimezone(AKL), lena[0] + ' <' + lena[1] + '>')}
{quote(b1)}
"""
    add(c, "02-re-suits.eml", simple_mail(
        date=d2, frm=USER_ADDR, to=f"{lena[0]} <{lena[1]}>", subject=f"Re: Your application - {role}",
        msgid=mid(c, 2, "mail.example"), text=b2, in_reply_to=m1id, cte="quoted-printable"))
    d3 = T(BER, 2026, 3, 25, 11, 12, 40)
    title = f"Interview Fernwerk - {role} (Mereana Collins)"
    plain = f"""{title}
Tuesday 31 Mar 2026 ⋅ 10:00 – 10:45 (Central European Time - Berlin)

Join with Google Meet
https://meet.google.example/fwk-ahdp-xqe

Organizer
{lena[0]}
{lena[1]}

Guests
{lena[0]} - organizer
{jonas[0]}
{USER}

Invitation from Google Calendar
"""
    ics = vevent_ics(method="REQUEST", uid=f"{_seed(c).hex[:26]}@google.com", start=s, end=e,
                     tzid="Europe/Berlin", summary=title, organizer=lena,
                     attendees=[(lena[0], lena[1], "REQ-PARTICIPANT"), (jonas[0], jonas[1], "REQ-PARTICIPANT"),
                                (USER, USER, "REQ-PARTICIPANT")],
                     description="First interview with Jonas Weber (Head of Growth).\nJoin with Google Meet: https://meet.google.example/fwk-ahdp-xqe",
                     stamp=d3, prodid="-//Google Inc//Google Calendar 70.9054//EN")
    add(c, "03-invitation-interview-fernwerk.eml", google_invite(
        date=d3.astimezone(UTC), organizer=lena, to=USER,
        subject=f"Invitation: {title} @ Tue 31 Mar 2026 10:00 - 10:45 (CEST) ({USER})",
        plain=plain, html=to_html(plain), ics=ics, msgid=f"<calendar-{_seed(c, 3)}@google.com>"))
    label(c, interviews=[iv("Fernwerk", role, s, e, "scheduled", [jonas[1]], [jonas[1]], "hiring_manager")],
          difficulty="medium", category="positive/google-invite",
          notes="Berlin sender before EU DST (CET) proposes 10:00 Uhr on 31 Mar, which is CEST (+02) = 21:00 NZDT. "
                "Google invite in Europe/Berlin. Lena only organises; Jonas interviews.")


# ---------------------------------------------------------------- 13 Bookings-style confirmation, customer tz shown
def case13():
    c = "b112-13-bookings-phone-screen-after-dst"
    role = "Marketing Manager"
    ellie = ("Ellie Park", "ellie.park@lyrebird.example")
    s = T(AKL, 2026, 4, 8, 18, 0)
    e = s + timedelta(minutes=30)
    d1 = T(MEL, 2026, 3, 31, 12, 0, 33)
    b1 = f"""Hi Mereana,

Thanks for applying for the {role} role at Lyrebird Digital. I'd love to set up a 30 min phone
screen - please grab whatever time suits you here:
https://outlook.office.example/book/LyrebirdTalent@lyrebird.example/

Thanks,
Ellie Park
Talent Acquisition Partner | Lyrebird Digital
+61 3 5550 8841 | Level 3, 520 Bourke Street, Melbourne VIC 3000
"""
    add(c, "01-ellie-booking-link.eml", simple_mail(
        date=d1, frm=f"{ellie[0]} <{ellie[1]}>", to=USER_ADDR, subject=f"{role} - phone screen",
        msgid=mid(c, 1, "lyrebird.example"), text=b1, relay="outlook"))
    d2 = T(MEL, 2026, 4, 1, 19, 45, 10)
    body = f"""Your booking is confirmed

Lyrebird Digital Talent

Phone screen - {role}
Wednesday, 8 April 2026
6:00 PM - 6:30 PM (UTC+12:00) Auckland, Wellington
Staff: Ellie Park

We'll call you on +64 21 555 0143.

Need to make changes?  Reschedule: https://outlook.office.example/book/LyrebirdTalent@lyrebird.example/reschedule
                       Cancel: https://outlook.office.example/book/LyrebirdTalent@lyrebird.example/cancel

This email was sent from an unmonitored mailbox. Powered by Microsoft Bookings.
"""
    ics = vevent_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + _seed(c).hex[:32].upper(),
                     start=s, end=e, tzid="New Zealand Standard Time",
                     summary=f"Phone screen - {role} - Lyrebird Digital Talent",
                     organizer=("Lyrebird Digital Talent", "LyrebirdTalent@lyrebird.example"),
                     attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")], description=body,
                     location="Phone call", stamp=d2, prodid="Microsoft Exchange Server 2010", style="exchange")
    add(c, "02-bookings-confirmed.eml", simple_mail(
        date=d2, frm="Lyrebird Digital Talent <LyrebirdTalent@lyrebird.example>", to=USER_ADDR,
        subject="Your booking with Lyrebird Digital Talent has been confirmed",
        msgid=mid(c, 2, "lyrebird.example"), text=body, html=to_html(body), cte="quoted-printable",
        html_cte="quoted-printable", relay="outlook",
        attachments=[(ics, "text", "calendar", "Booking.ics", {"method": "REQUEST"})]))
    label(c, interviews=[iv("Lyrebird Digital", role, s, e, "scheduled", [ellie[1]], [ellie[1]], "phone_screen")],
          difficulty="medium", category="positive/scheduling-vendor",
          notes="Booking link (not an interview by itself) then Bookings confirmation in the customer's zone "
                "(NZST +12 on 8 Apr = 16:00 AEST Melbourne). Shared booking mailbox is not a recipient; staff Ellie is.")


# =========================================================================== NEGATIVE CASES
def case14():
    c = "b112-14-radio-interview-about-campaign"
    mia = "Mia Tupou <mia.tupou@harbourfm.example>"
    d1 = T(AKL, 2026, 4, 13, 10, 22, 0)
    b1 = """Kia ora Mereana,

I'm a producer on Harbour FM's Drive show with Jono Keepa. We've loved seeing the Shop Local Aotearoa
campaign pop up around town and would love to interview you about it - how it came together, the
response from small retailers, that kind of thing.

Could we do it live on Thursday's show at 5.20pm? It'd be about seven minutes. I'd call you on
your mobile at 5.15pm to check the line and then put you through to Jono.

Mia Tupou
Producer, Drive with Jono Keepa | Harbour FM 96.4
09 555 0964 | 7 Fanshawe Street, Auckland
"""
    m1id = mid(c, 1, "harbourfm.example")
    add(c, "01-mia-interview-request.eml", simple_mail(
        date=d1, frm=mia, to=USER_ADDR, subject="Interview request - Shop Local Aotearoa campaign",
        msgid=m1id, text=b1))
    d2 = T(AKL, 2026, 4, 13, 12, 5, 0)
    s = T(AKL, 2026, 4, 16, 17, 20)
    b2 = """Awesome, thanks Mereana - you're locked in. I've attached a calendar hold. Jono will likely ask
what prompted the campaign and what's next, nothing curly.

Mia
"""
    ics = vevent_ics(method="REQUEST", uid=f"{_seed(c).hex}@harbourfm.example", start=s,
                     end=s + timedelta(minutes=10), tzid="Pacific/Auckland",
                     summary="Harbour FM Drive - live interview w/ Mereana Collins (Shop Local Aotearoa)",
                     organizer=("Mia Tupou", "mia.tupou@harbourfm.example"),
                     attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")],
                     description="Mia calls at 5.15pm, on air ~5.20pm for 7 min.", location="Phone",
                     stamp=d2, prodid="-//Apple Inc.//macOS 15.3//EN")
    add(c, "02-mia-locked-in.eml", simple_mail(
        date=d2, frm=mia, to=USER_ADDR, subject="Re: Interview request - Shop Local Aotearoa campaign",
        msgid=mid(c, 2, "harbourfm.example"), text=b2, in_reply_to=m1id,
        attachments=[(ics, "text", "calendar", "Harbour FM interview.ics", {"method": "REQUEST"})]))
    label(c, interviews=[], difficulty="hard", category="negative/media-interview",
          notes="Radio interview about her marketing campaign with a calendar hold; press interview, not a job interview.")


def case15():
    c = "b112-15-real-estate-open-home-viewing"
    craig = "Craig Donnelly <craig.donnelly@bayleafrealty.example>"
    d1 = T(AKL, 2026, 4, 9, 16, 40, 0)
    s = T(AKL, 2026, 4, 12, 12, 0)
    b1 = """Hi Mereana,

Thanks for registering at the open home for 14 Kauri Road, Mt Albert. As discussed, I've scheduled
a private viewing for you and your partner this Sunday at noon (about half an hour), since Saturday's
11-11.30am open home clashes with netball. Calendar invite attached.

The vendors are interviewing a couple of candidate tenants for the granny flat too, so if you're
interested in that let me know. Any questions, give me a call.

Craig Donnelly
Sales Consultant | Bayleaf Realty (Licensed REAA 2008)
M 027 555 0455 | 301 Dominion Road, Mt Eden, Auckland
"""
    ics = vevent_ics(method="REQUEST", uid=f"{_seed(c).hex}@bayleafrealty.example", start=s,
                     end=s + timedelta(minutes=30), tzid="Pacific/Auckland",
                     summary="Private viewing - 14 Kauri Road, Mt Albert",
                     organizer=("Craig Donnelly", "craig.donnelly@bayleafrealty.example"),
                     attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")],
                     description="Private viewing with Craig Donnelly. Call 027 555 0455 on arrival.",
                     location="14 Kauri Road, Mt Albert, Auckland", stamp=d1,
                     prodid="-//Bayleaf Realty//AgentBox//EN")
    add(c, "01-craig-private-viewing.eml", simple_mail(
        date=d1, frm=craig, to=USER_ADDR, subject="Private viewing Sunday - 14 Kauri Road, Mt Albert",
        msgid=mid(c, 1, "bayleafrealty.example"), text=b1, html=to_html(b1),
        attachments=[(ics, "text", "calendar", "viewing.ics", {"method": "REQUEST"})]))
    label(c, interviews=[], difficulty="medium", category="negative/appointment",
          notes="Real-estate private viewing with .ics; mentions 'interviewing candidate tenants' and 'call'.")


def case16():
    c = "b112-16-kindergarten-enrolment-interview"
    d1 = T(AKL, 2026, 4, 7, 14, 12, 0)
    s = T(AKL, 2026, 4, 14, 9, 15)
    b1 = """Kia ora Mereana,

Thank you for your enrolment application for Nikau. We'd love to invite you both in for an
enrolment interview with our head teacher, Ruth Pomare, on Tuesday 14 April at 9.15am. It takes
about 30 minutes and Nikau is welcome to play in the whānau room while we chat.

Please bring:
 - Nikau's birth certificate or passport
 - Immunisation certificate
 - Any questions about our settling-in process

If the time doesn't suit, just call the office on 09 555 0320 to reschedule.

Ngā mihi,
Anahera
Office Administrator | Little Kōwhai Kindergarten
5 Allendale Road, Mt Albert, Auckland 1025
"""
    ics = vevent_ics(method="PUBLISH", uid=f"{_seed(c).hex}@littlekowhai.example", start=s,
                     end=s + timedelta(minutes=30), tzid="Pacific/Auckland",
                     summary="Enrolment interview - Nikau Collins",
                     organizer=("Little Kōwhai Kindergarten", "office@littlekowhai.example"),
                     attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")],
                     description="Enrolment interview with Ruth Pomare (Head Teacher).",
                     location="Little Kōwhai Kindergarten, 5 Allendale Road", stamp=d1,
                     prodid="-//Storypark//Centre Calendar//EN")
    add(c, "01-enrolment-interview-nikau.eml", simple_mail(
        date=d1, frm="Little Kōwhai Kindergarten <office@littlekowhai.example>", to=USER_ADDR,
        subject="Enrolment interview for Nikau - Tuesday 14 April", msgid=mid(c, 1, "littlekowhai.example"),
        text=b1, cte="quoted-printable",
        attachments=[(ics, "text", "calendar", "enrolment-interview.ics", None)]))
    label(c, interviews=[], difficulty="hard", category="negative/non-job-interview",
          notes="Kindergarten enrolment interview for her child, with an .ics; not a job interview.")


def case17():
    c = "b112-17-marketing-webinar-customer-interviews"
    d1 = T(AKL, 2026, 4, 9, 7, 30, 0)
    s = T(AKL, 2026, 4, 16, 12, 0)
    text = """You're registered!

Customer Interviews That Actually Change Your Roadmap
A live webinar for marketing leaders

Thursday 16 April 2026, 12:00 PM - 1:00 PM NZST (10:00 AM AEST)

Speakers:
  Priscilla Amankwah, Head of Research, Brightline Marketing Institute
  Owen Tregear, CMO, Fieldnote

You'll learn how to recruit the right candidates for customer interviews, schedule calls that
people actually turn up to, and turn the transcripts into positioning your sales team will use.

Join from your computer: https://brightline.zoom.example/w/93012884411?tk=b112
Webinar ID: 930 1288 4411

Add to calendar: see attached.

Brightline Marketing Institute | Level 1, 8 Lorne Street, Auckland 1010
You're receiving this because you registered at brightline-institute.example. Unsubscribe.
"""
    ics = vevent_ics(method="PUBLISH", uid=f"{_seed(c).hex}@brightline-institute.example", start=s,
                     end=s + timedelta(hours=1), tzid="Pacific/Auckland",
                     summary="Webinar: Customer Interviews That Actually Change Your Roadmap",
                     organizer=("Brightline Marketing Institute", "events@brightline-institute.example"),
                     attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")],
                     description="Join: https://brightline.zoom.example/w/93012884411", location="Zoom webinar",
                     stamp=d1, prodid="-//Zoom Video Communications//Webinar//EN")
    add(c, "01-webinar-registration.eml", simple_mail(
        date=d1, frm="Brightline Marketing Institute <events@brightline-institute.example>", to=USER_ADDR,
        subject="Confirmed: Customer Interviews That Actually Change Your Roadmap (Thu 16 April)",
        msgid=mid(c, 1, "brightline-institute.example"), text=text, html=to_html(text),
        html_cte="quoted-printable", relay="sendgrid",
        attachments=[(ics, "text", "calendar", "webinar.ics", None)]))
    label(c, interviews=[], difficulty="medium", category="negative/webinar",
          notes="Marketing webinar about customer interviews (candidates, schedule calls) with an .ics.")


def case18():
    c = "b112-18-performance-review-current-job"
    tom = ("Tom Ashby", "tom.ashby@manukalane.example")
    s = T(AKL, 2026, 4, 10, 10, 0)
    e = s + timedelta(hours=1)
    d1 = T(AKL, 2026, 4, 2, 9, 14, 0)
    body = f"""When: Friday, 10 April 2026 10:00 AM-11:00 AM (UTC+12:00) Auckland, Wellington.
Where: Microsoft Teams Meeting / Boardroom 2

*~*~*~*~*~*~*~*~*~*

Hi Mereana,

Let's use this time for your mid-year performance review. We'll go through your self-assessment,
progress against the brand goals, and pick up the conversation about the Senior Marketing Manager
role - you're a strong candidate and I'd like us to map out the path. No need to prepare slides.

Tom

Tom Ashby | GM Marketing | Mānuka Lane Cosmetics
09 555 0601 | 44 Khyber Pass Road, Grafton, Auckland
"""
    ics = vevent_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + _seed(c).hex[:32].upper(),
                     start=s, end=e, tzid="New Zealand Standard Time",
                     summary="Mid-year performance review - Mereana / Tom", organizer=tom,
                     attendees=[(USER_NAME, WORK, "REQ-PARTICIPANT")], description=body,
                     location="Microsoft Teams Meeting; Boardroom 2", stamp=d1,
                     prodid="Microsoft Exchange Server 2010", style="exchange",
                     extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"])
    add(c, "01-outlook-mid-year-review.eml", exchange_invite(
        date=d1, frm=f"{tom[0]} <{tom[1]}>", to=f"{USER_NAME} <{WORK}>",
        subject="Mid-year performance review - Mereana / Tom", plain=body, html=to_html(body), ics=ics,
        msgid=f"<SY6PR01MB{_seed(c, 1).hex[:16].upper()}@SY6PR01MB5521.ausprd01.prod.outlook.com>",
        forwarded_for=WORK))
    label(c, interviews=[], difficulty="hard", category="negative/internal-meeting",
          notes="Teams invite for a performance review at her current employer (work mail auto-forwarded); "
                "mentions 'candidate' and 'role'.")


def case19():
    c = "b112-19-jobharbour-job-alert"
    d1 = T(AKL, 2026, 4, 8, 6, 2, 0)
    text = """JobHarbour

12 new jobs for "marketing manager" in Auckland

Marketing Manager - Tōtara Bay Foods (Penrose, Auckland)
$125,000 - $140,000 + KiwiSaver
"Interviews being held this week - apply now!"

Senior Marketing Manager - Whetu Insurance (Auckland CBD)
Hybrid | Permanent full time
"Shortlisted candidates will be contacted to schedule a call."

Brand Manager - Ferngully Pet Co (East Tāmaki, Auckland)
"Immediate start - we're interviewing now."

Marketing & Events Manager - Harbourside Conventions (Auckland CBD)
Fixed term 12 months

View all 12 jobs: https://www.jobharbour.example/jobs?q=marketing+manager&where=Auckland

You're receiving this job alert because you created it on JobHarbour.
Manage alerts: https://www.jobharbour.example/settings/alerts
JobHarbour Ltd, PO Box 90213, Auckland 1142
"""
    add(c, "01-job-alert.eml", simple_mail(
        date=d1, frm="JobHarbour <jobalerts@jobharbour.example>", to=USER_ADDR,
        subject="12 new Marketing Manager jobs in Auckland", msgid=mid(c, 1, "jobharbour.example"),
        text=text, html=to_html(text), cte="quoted-printable", html_cte="quoted-printable", relay="mailgun",
        extra=[("List-Unsubscribe", "<https://www.jobharbour.example/unsub?a=77>")]))
    label(c, interviews=[], difficulty="easy", category="negative/job-alert",
          notes="SEEK-like job alert with 'interviews being held', 'schedule a call' snippets.")


def case20():
    c = "b112-20-rejection-after-interview"
    d1 = T(SYD, 2026, 4, 14, 15, 5, 0)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Mereana,</p>
<p>Thank you for taking the time to interview with us for the <b>Marketing Manager</b> role at Saltmarsh
Brewing Co on Tuesday 7 April. We really enjoyed hearing about your work on regional campaigns.</p>
<p>After careful consideration, we've decided to move forward with another candidate whose
experience more closely matches our current needs. This was a difficult decision.</p>
<p>We'll keep your details on file and may be in touch to schedule a call if a suitable role comes up.
We wish you all the best in your search.</p>
<p>Kind regards,<br>The Saltmarsh Brewing Co hiring team</p>
<p style="font-size:11px;color:#888">Sent via Employment Hero on behalf of Saltmarsh Brewing Co Pty Ltd,
3 Bourke Road, Alexandria NSW 2015. Please do not reply to this email.</p>
</body></html>
"""
    add(c, "01-employment-hero-outcome.eml", simple_mail(
        date=d1, frm="Saltmarsh Brewing Co <no-reply@employmenthero.example>", to=USER_ADDR,
        subject="Update on your application - Marketing Manager at Saltmarsh Brewing Co",
        msgid=mid(c, 1, "employmenthero.example"), html=html, html_cte="base64", relay="sendgrid"))
    label(c, interviews=[], difficulty="medium", category="negative/rejection",
          notes="Employment Hero rejection that mentions the past interview date and 'schedule a call'.")


def case21():
    c = "b112-21-agency-availability-request"
    sophie = "Sophie Tan <sophie.tan@coralseapeople.example>"
    d1 = T(BNE, 2026, 4, 8, 10, 48, 0)
    b1 = """Hi Mereana,

Lovely to chat on Monday. My client - a Brisbane-based fintech I mentioned - has reviewed your CV and
would like to set up a video interview with their Head of Marketing next week for the Marketing
Manager role.

Could you send me 3-4 times that suit between Tuesday and Thursday, ideally between 9am and 3pm
Brisbane time (11am-5pm NZST for you)? Once I have them I'll lock something in and send the details.

Thanks!
Sophie Tan
Consultant - Marketing & Communications | Coralsea People
+61 7 5550 4471 | Level 9, 240 Queen Street, Brisbane City QLD 4000
"""
    add(c, "01-sophie-times-that-suit.eml", simple_mail(
        date=d1, frm=sophie, to=USER_ADDR, subject="Interview - Marketing Manager (fintech client)",
        msgid=mid(c, 1, "coralseapeople.example"), text=b1, relay="outlook"))
    label(c, interviews=[], difficulty="hard", category="negative/availability-request",
          notes="Agency asks for availability for an interview next week; nothing is booked.")


def case22():
    c = "b112-22-user-is-interviewer-forwarded-schedule"
    jade = "Jade Wu <jade.wu@manukalane.example>"
    d0 = T(AKL, 2026, 4, 14, 16, 2, 0)
    d1 = T(AKL, 2026, 4, 14, 19, 30, 0)
    b1 = f"""Forwarding to my personal email so I can look at the CVs at home.

---------- Forwarded message ---------
From: Jade Wu <jade.wu@manukalane.example>
Date: Tue, 14 Apr 2026 at 16:02
Subject: Interview schedule - Marketing Coordinator candidates
To: Mereana Collins <{WORK}>

Hi Mereana,

Here's the interview schedule for the Marketing Coordinator role. You'll be interviewing with me;
I'll send the scorecards separately.

  Tue 21 April, 10:00am - Liam Te Rangi
  Tue 21 April, 11:30am - Georgia Platt
  Wed 22 April, 2:00pm  - Anaru Kingi (video call)

Each slot is 45 mins in Meeting Room 3. CVs are in the Recruitment folder on SharePoint.

Thanks!
Jade Wu
People & Culture Advisor | Mānuka Lane Cosmetics
09 555 0612 | 44 Khyber Pass Road, Grafton, Auckland
"""
    add(c, "01-fwd-interview-schedule-coordinator.eml", simple_mail(
        date=d1, frm=f"{USER_NAME} <{WORK}>", to=USER_ADDR,
        subject="Fwd: Interview schedule - Marketing Coordinator candidates",
        msgid=mid(c, 1, "manukalane.example"), text=b1, relay="outlook"))
    label(c, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
          notes="She forwards herself the schedule of candidate interviews she will conduct at her current job.")


def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for d in HERE.iterdir():
        if d.is_dir() and d.name.startswith("b112-"):
            shutil.rmtree(d)
    for case, items in CASES.items():
        p = HERE / case
        p.mkdir()
        for fname, data in items:
            (p / fname).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# Labels for blind112 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
