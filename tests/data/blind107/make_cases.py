#!/usr/bin/env python3
"""Deterministic generator for the blind107 interview-detection set.

Theme: a paralegal / legal operations specialist in Philadelphia (America/New_York) applying to law
firms, in-house legal teams and legal-tech companies. All people, companies and domains are invented
(.example domains; the owner uses example.com).

Run:  python make_cases.py   (rewrites every b107-* folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "marisol.treadwell@example.com"
OWNER_NAME = "Marisol Treadwell"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
WORK = "mtreadwell@hargrovepell.example"   # her current employer (Hargrove Pell LLP)

NY = ZoneInfo("America/New_York")
DEN = ZoneInfo("America/Denver")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
FRA = ZoneInfo("Europe/Berlin")
UTC = timezone.utc


def dt(y, mo, d, h, mi, tz, weekday=None):
    v = datetime(y, mo, d, h, mi, tzinfo=tz)
    if weekday is not None:
        assert v.strftime("%a") == weekday, (v, weekday)
    return v


def iso(v):
    return v.isoformat() if v is not None else None


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, limit = [], 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:   # do not split a UTF-8 sequence
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def utcstamp(v):
    return v.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


RULES = {
    "us": ("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "020000", "020000"),
    "eu": ("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "010000", "020000"),
    "ce": ("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "020000", "030000"),
}


def off(td):
    m = int(td.total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def vtimezone(tzid, zone, rules, windows=False):
    std = datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset()
    dst = datetime(2026, 7, 15, 12, tzinfo=zone).utcoffset()
    r_dst, r_std, t_dst, t_std = RULES[rules]
    start = "16010101T" if windows else "19700101T"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:{start}{t_std}", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}",
        r_std, "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{start}{t_dst}", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}",
        r_dst, "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ics(*, prodid, method, uid, seq, start, end, summary, organizer, attendees, stamp,
        description="", location="", tz=None, status=None, extra=(), cal_extra=()):
    """tz = None -> UTC times; tz = (tzid, zone, rules, windows) -> local times with VTIMEZONE."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(cal_extra)
    if tz:
        tzid, zone, rules, windows = tz
        L += vtimezone(tzid, zone, rules, windows)
    L.append("BEGIN:VEVENT")
    if tz:
        L.append(f"DTSTART;TZID={tzid}:{start.astimezone(zone).strftime('%Y%m%dT%H%M%S')}")
        if end:
            L.append(f"DTEND;TZID={tzid}:{end.astimezone(zone).strftime('%Y%m%dT%H%M%S')}")
    else:
        L.append(f"DTSTART:{utcstamp(start)}")
        if end:
            L.append(f"DTEND:{utcstamp(end)}")
    L.append(f"DTSTAMP:{utcstamp(stamp)}")
    oname, oaddr = organizer
    L.append(f"ORGANIZER;CN={oname}:mailto:{oaddr}")
    L.append(f"UID:{uid}")
    for name, addr, role in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{addr}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"SUMMARY:{esc(summary)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L.append(f"STATUS:{status or 'CONFIRMED'}")
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail helper
_counter = [0]


def mail(*, frm, to, subject, date, text=None, html=None, cte="quoted-printable", cc=None,
         reply_to=None, msgid=None, in_reply_to=None, references=None, headers=(),
         cal=None, cal_method="REQUEST", cal_inline=False, cal_attach=True, cal_name="invite.ics",
         received_by="mx.example.com", delivered=OWNER):
    _counter[0] += 1
    m = EmailMessage()
    m["Delivered-To"] = delivered
    m["Received"] = (f"from mta{_counter[0]:02d}.outbound.example ([198.51.100.{_counter[0] + 10}]) "
                     f"by {received_by} with ESMTPS id b107x{_counter[0]:04d} "
                     f"for <{delivered}>; {format_datetime(date)}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<b107.{_counter[0]:04d}.{date.strftime('%Y%m%d%H%M%S')}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    else:
        m.set_content(html, subtype="html", cte=cte)
    if cal is not None:
        data = cal.encode("utf-8")
        if cal_inline:
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(data, maintype="text", subtype="calendar", cte="base64",
                              params={"method": cal_method, "charset": "UTF-8"})
        if cal_attach:
            m.add_attachment(data, maintype="text" if not cal_inline else "application",
                             subtype="calendar" if not cal_inline else "ics", filename=cal_name,
                             params={"method": cal_method} if not cal_inline else None)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):   # deterministic boundaries
        part.set_boundary(f"00000000b107{_counter[0]:04d}{i:02d}{date.strftime('%H%M%S')}")
    return m.as_bytes(policy=policy.default)


def html_wrap(body, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body}</div></body></html>\n')


def paras_to_html(text):
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace("\n", "<br>") + "</p>")
    return "\n".join(out)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def google_invite(*, org_name, org_addr, subject_title, when_line, tzname_line, start, end, guests,
                  date, uid, description, seq=0, method="REQUEST", status=None, canceled=False,
                  meet="https://meet.example/abc-defg-hij", reply_to=None):
    """Google-Calendar-shaped invitation (text, html, text/calendar + invite.ics)."""
    verb = "Canceled event" if canceled else ("Updated invitation" if seq else "Invitation")
    subj = f"{verb}: {subject_title} @ {when_line} ({OWNER})"
    guest_lines = [f"{org_name} - organizer\n{org_addr}"] + [f"{n}\n{a}" for n, a in guests if a != org_addr]
    lead = ("This event has been canceled and removed from your calendar.\n\n" if canceled else "")
    text = (f"{lead}{subject_title}\n{when_line.split(' (')[0]}\n{tzname_line}\n\n"
            + ("" if canceled else f"Join with Google Meet\n{meet}\n\n")
            + f"Organizer\n{org_name}\n{org_addr}\n\nGuests\n" + "\n".join(guest_lines) + f"\n{OWNER}\n\n"
            + (f"{description}\n\n" if description else "")
            + "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
              "You are receiving this email because you are an attendee on the event.\n")
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method=method, uid=uid, seq=seq,
              start=start, end=end, summary=subject_title, organizer=(org_name, org_addr),
              attendees=[(n, a, "REQ-PARTICIPANT") for n, a in guests] + [(OWNER, OWNER, "REQ-PARTICIPANT")],
              stamp=date, description=description + ("" if canceled else f"\n\nJoin with Google Meet: {meet}"),
              status=status, extra=[] if canceled else [f"X-GOOGLE-CONFERENCE:{meet}"])
    return mail(frm=f"{org_name} <{org_addr}>", to=OWNER, subject=subj, date=date, text=text,
                html=html_wrap(paras_to_html(text), "Roboto,Helvetica,Arial,sans-serif"), cte="base64",
                reply_to=reply_to, cal=cal, cal_method=method, cal_inline=True,
                msgid=f"<calendar-{uid.split('@')[0]}-{seq}{'c' if canceled else ''}@google.com>",
                headers=[("Sender", "Google Calendar <calendar-notification@google.example>")])


# =====================================================================================
# POSITIVES
# =====================================================================================

# ---- 01 iCIMS in-person, downtown office, parking/security; DST edge (sent EST, interview EDT)
s = dt(2026, 3, 10, 10, 30, NY, "Tue"); e = s + timedelta(hours=1)
d1 = dt(2026, 3, 5, 16, 12, NY, "Thu")
body = f"""
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9"><tr><td style="background:#1b2a41;color:#fff;padding:14px 20px;font-size:18px">Castellane Burke LLP &mdash; Careers</td></tr>
<tr><td style="padding:20px">
<p>Dear Marisol,</p>
<p><b>Your interview has been scheduled.</b> Thank you for your interest in the <b>Litigation Paralegal</b> position (Req #2026-1184) with Castellane Burke LLP. Please review the details below and keep this message for your records.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Date:</b></td><td>Tuesday, March 10, 2026</td></tr>
<tr><td><b>Time:</b></td><td>10:30 AM &ndash; 11:30 AM (Eastern Time)</td></tr>
<tr><td><b>Interview Type:</b></td><td>In Person</td></tr>
<tr><td><b>Location:</b></td><td>Castellane Burke LLP, 1900 Arch Street, 27th Floor, Philadelphia, PA 19103</td></tr>
<tr><td><b>Interviewer:</b></td><td>Denise Okonjo-Pratt, Litigation Paralegal Manager</td></tr>
</table>
<p><b>Arriving at the building</b><br>
Please plan to arrive 15 minutes early. Building security at 1900 Arch requires a valid government-issued photo ID; check in at the lobby security desk and tell the officer you are a visitor for Castellane Burke, 27th floor reception. Visitor badges are printed at the desk.</p>
<p><b>Parking &amp; transit</b><br>
Visitor parking is available in the Arch Street Garage (entrance on N. 19th Street). Bring your ticket to reception &ndash; the firm validates up to two hours. If you are taking SEPTA, Suburban Station is a two-block walk.</p>
<p>If you need to reschedule, please contact Jenna Whitlock, Legal Recruiting Coordinator, at <a href="mailto:jwhitlock@castellaneburke.example">jwhitlock@castellaneburke.example</a> or 215-555-0143. Please do not reply to this message; this mailbox is not monitored.</p>
<p>We look forward to meeting you.</p>
<p>Sincerely,<br>Legal Recruiting<br>Castellane Burke LLP</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px 20px">This message was sent by iCIMS on behalf of Castellane Burke LLP. Req #2026-1184 &bull; Candidate ID 6650218</td></tr></table>
"""
cal1 = ics(prodid="-//iCIMS//Talent Platform//EN", method="REQUEST", uid="icims-int-6650218-2026-1184@icims.example",
           seq=0, start=s, end=e, summary="Interview: Litigation Paralegal - Castellane Burke LLP",
           organizer=("Castellane Burke LLP", "donotreply@castellaneburke.icims.example"),
           attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d1,
           description="In-person interview with Denise Okonjo-Pratt, Litigation Paralegal Manager. "
                       "Bring a photo ID for building security. Questions: jwhitlock@castellaneburke.example",
           location="1900 Arch Street, 27th Floor, Philadelphia, PA 19103",
           tz=("America/New_York", NY, "us", False))
d2 = dt(2026, 3, 9, 9, 0, NY, "Mon")
rem = html_wrap("""
<p>Dear Marisol,</p>
<p>This is a friendly reminder of your interview for the <b>Litigation Paralegal</b> position tomorrow, Tuesday, March 10 at 10:30 AM ET at 1900 Arch Street, 27th Floor.</p>
<p>Remember to bring a photo ID for the lobby security desk. Garage parking on N. 19th Street is validated at reception.</p>
<p>Questions? Contact Jenna Whitlock at jwhitlock@castellaneburke.example.</p>
<p>Legal Recruiting<br>Castellane Burke LLP</p>""")
case("b107-01-icims-inperson-downtown-parking-security", [
    ("01-icims-interview-confirmation.eml", mail(
        frm="Castellane Burke LLP <donotreply@castellaneburke.icims.example>", to=OWNER_FULL,
        subject="Interview Confirmation - Litigation Paralegal (Req #2026-1184)", date=d1,
        html=html_wrap(body), cal=cal1, cal_name="Interview.ics",
        headers=[("X-Mailer", "iCIMS Notification Service")])),
    ("02-icims-interview-reminder.eml", mail(
        frm="Castellane Burke LLP <donotreply@castellaneburke.icims.example>", to=OWNER_FULL,
        subject="Reminder: Your interview with Castellane Burke LLP is tomorrow", date=d2, html=rem,
        cte="base64")),
], lab([iv("Castellane Burke LLP", "Litigation Paralegal", s, e, "scheduled", [],
           ["jwhitlock@castellaneburke.example"], "hiring_manager")],
       "medium", "positive/ats-icims-inperson",
       "iCIMS HTML-only confirmation with .ics (sent in EST, interview after the Mar 8 DST switch -> -04:00) "
       "plus a reminder; interviewer named without address -> follow-up to the recruiting coordinator."))

# ---- 02 Taleo/Oracle phone screen + recruiter personal note + Gmail-mobile reply
s = dt(2026, 3, 12, 14, 0, NY, "Thu"); e = s + timedelta(minutes=30)
d1 = dt(2026, 3, 6, 11, 41, NY, "Fri")
taleo = """Dear Marisol Treadwell,

Thank you for your interest in Allegheny Crestline Energy.

We are pleased to inform you that an interview has been scheduled for the following position:

Job Title: Legal Operations Specialist
Job Number: 26000417
Interview Type: Phone Interview
Date: 03/12/2026
Time: 2:00 PM (GMT-05:00) Eastern Time (US and Canada)
Duration: 30 minutes
Interviewer: Brett Kaminski, Talent Acquisition Partner

The interviewer will call you at the primary phone number listed in your candidate profile. To view or update your profile, sign in to the Career Section.

Please do not reply to this message. This e-mail was sent from an unattended mailbox.

Sincerely,
Talent Acquisition
Allegheny Crestline Energy
"""
d2 = dt(2026, 3, 10, 9, 14, NY, "Tue")
brett = """Hi Marisol,

Looking forward to our call Thursday at 2pm ET. You should have gotten the automated confirmation from our system (the time zone label on it says GMT-05:00, just ignore that - it's 2:00 Eastern).

I have 267-555-0129 on your application - is that still the best number to reach you?

Thanks,
Brett

Brett Kaminski | Talent Acquisition Partner
Allegheny Crestline Energy
625 Liberty Avenue, Suite 1400 | Pittsburgh, PA 15222
o: 412-555-0187 | bkaminski@crestlineenergy.example
"""
d3 = dt(2026, 3, 10, 12, 2, NY, "Tue")
mid2 = "<CAJ8yLq0pVx2mBnT7rZe4wQ@mail.crestlineenergy.example>"
reply3 = ("Yep that's the one, I'll have my phone on me. Talk then!\n\n"
          "Brett\n\nOn Tue, Mar 10, 2026 at 12:01 PM Marisol Treadwell <marisol.treadwell@example.com> wrote:\n\n"
          + quote("Hi Brett,\n\nYes, 267-555-0129 is still best. Thanks and talk Thursday!\n\nMarisol\n\n"
                  "On Tue, Mar 10, 2026 at 9:14 AM Brett Kaminski <bkaminski@crestlineenergy.example> wrote:\n\n"
                  + quote(brett)) + "\n")
case("b107-02-taleo-phone-screen-gmail-mobile", [
    ("01-taleo-interview-scheduled.eml", mail(
        frm="Allegheny Crestline Energy <crestline-careers@taleo.example>", to=OWNER,
        subject="Interview Scheduled - Legal Operations Specialist (26000417)", date=d1, text=taleo, cte="7bit")),
    ("02-recruiter-looking-forward.eml", mail(
        frm="Brett Kaminski <bkaminski@crestlineenergy.example>", to=OWNER_FULL,
        subject="Thursday's call - Legal Operations Specialist", date=d2, text=brett, msgid=mid2)),
    ("03-recruiter-reply-gmail-mobile.eml", mail(
        frm="Brett Kaminski <bkaminski@crestlineenergy.example>", to=OWNER_FULL,
        subject="Re: Thursday's call - Legal Operations Specialist", date=d3, text=reply3,
        in_reply_to="<CAPm3r1s0l-T7x9@mail.example.com>", references=f"{mid2} <CAPm3r1s0l-T7x9@mail.example.com>",
        msgid="<CAJ8yLq0pVx2mBnT7rZe4wQ-k2@mail.gmail.example>")),
], lab([iv("Allegheny Crestline Energy", "Legal Operations Specialist", s, e, "scheduled",
           ["bkaminski@crestlineenergy.example"], ["bkaminski@crestlineenergy.example"], "phone_screen")],
       "medium", "positive/ats-taleo",
       "Taleo confirmation labels the time '(GMT-05:00) Eastern' although Mar 12 is EDT; recruiter confirms 2pm ET; "
       "short Gmail-mobile style reply with nested quotes. Recruiter conducts the screen."))

# ---- 03 SmartRecruiters video interview, link changes (Superhuman note + updated invite)
s = dt(2026, 3, 18, 13, 0, NY, "Wed"); e = s + timedelta(minutes=45)
d1 = dt(2026, 3, 11, 15, 20, NY, "Wed")
uid3 = "sr-interview-7f31c2a9-briefcraft@smartrecruiters.example"
priya = ("Priya Raman", "priya.raman@briefcraft.example")
sr1 = f"""Hi Marisol,

You have been invited to an interview for the Legal Operations Analyst position at Briefcraft Technologies.

Interview details
When: Wednesday, March 18, 2026, 1:00 PM - 1:45 PM (EDT)
Where: Video call - https://zoom.example/j/84120077311?pwd=bRfC2026
Interviewers: Priya Raman, Head of Legal Operations

Please confirm your attendance:
Accept: https://jobs.smartrecruiters.example/interview/7f31c2a9/accept
Decline: https://jobs.smartrecruiters.example/interview/7f31c2a9/decline

Good luck!
Briefcraft Technologies Hiring Team

Powered by SmartRecruiters
"""
cal3a = ics(prodid="-//SmartRecruiters//Interview Scheduler//EN", method="REQUEST", uid=uid3, seq=0,
            start=s, end=e, summary="Interview: Legal Operations Analyst - Briefcraft Technologies",
            organizer=("Briefcraft Technologies", "noreply@smartrecruiters.example"),
            attendees=[priya + ("REQ-PARTICIPANT",), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d1,
            description="Video interview with Priya Raman.\nJoin: https://zoom.example/j/84120077311?pwd=bRfC2026",
            location="https://zoom.example/j/84120077311?pwd=bRfC2026")
d2 = dt(2026, 3, 16, 18, 47, NY, "Mon")
sh = """Hi Marisol -

Quick heads up: we moved the whole company off Zoom last week, so the link in your invite for Wednesday is dead. Same time (1pm ET), new room:

https://meet.example/brf-lgop-qkd

SmartRecruiters should send you an updated invite too. See you Wednesday!

Priya

--
Priya Raman
Head of Legal Operations, Briefcraft
m: 646-555-0172

Sent via Superhuman
"""
shtml = html_wrap(paras_to_html(sh), "-apple-system,BlinkMacSystemFont,Helvetica,sans-serif")
d3 = dt(2026, 3, 16, 19, 5, NY, "Mon")
sr3 = """Hi Marisol,

Your interview for the Legal Operations Analyst position at Briefcraft Technologies has been updated.

When: Wednesday, March 18, 2026, 1:00 PM - 1:45 PM (EDT)
Where: Video call - https://meet.example/brf-lgop-qkd   (updated)
Interviewers: Priya Raman, Head of Legal Operations

An updated calendar invitation is attached.

Briefcraft Technologies Hiring Team
Powered by SmartRecruiters
"""
cal3b = ics(prodid="-//SmartRecruiters//Interview Scheduler//EN", method="REQUEST", uid=uid3, seq=1,
            start=s, end=e, summary="Interview: Legal Operations Analyst - Briefcraft Technologies",
            organizer=("Briefcraft Technologies", "noreply@smartrecruiters.example"),
            attendees=[priya + ("REQ-PARTICIPANT",), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d3,
            description="Video interview with Priya Raman.\nJoin: https://meet.example/brf-lgop-qkd",
            location="https://meet.example/brf-lgop-qkd")
case("b107-03-smartrecruiters-video-link-changes", [
    ("01-smartrecruiters-invitation.eml", mail(
        frm="Briefcraft Technologies <noreply@smartrecruiters.example>", to=OWNER, reply_to="Priya Raman <priya.raman@briefcraft.example>",
        subject="Interview invitation: Legal Operations Analyst at Briefcraft Technologies", date=d1,
        text=sr1, html=html_wrap(paras_to_html(sr1)), cal=cal3a)),
    ("02-superhuman-new-link.eml", mail(
        frm="Priya Raman <priya.raman@briefcraft.example>", to=OWNER_FULL,
        subject="New video link for Wednesday", date=d2, text=sh, html=shtml,
        msgid="<lmq3x7.6d1f0c2b8a@we.are.superhuman.example>",
        headers=[("X-Mailer", "Superhuman Desktop (2026-03-12T22:04:11Z)")])),
    ("03-smartrecruiters-interview-updated.eml", mail(
        frm="Briefcraft Technologies <noreply@smartrecruiters.example>", to=OWNER,
        subject="Interview updated: Legal Operations Analyst at Briefcraft Technologies", date=d3,
        text=sr3, cal=cal3b)),
], lab([iv("Briefcraft Technologies", "Legal Operations Analyst", s, e, "scheduled",
           ["priya.raman@briefcraft.example"], ["priya.raman@briefcraft.example"], "hiring_manager")],
       "medium", "positive/ats-smartrecruiters-update",
       "SmartRecruiters invite + Superhuman note changing only the video link + updated .ics (SEQUENCE 1, same time): one interview."))

# ---- 04 BambooHR writing exercise (not an interview) then real interview; iPad replies
s = dt(2026, 3, 23, 10, 30, NY, "Mon"); e = s + timedelta(minutes=45)
gwen = "Gwen Ferraro <gferraro@wexlerostrowski.example>"
d1 = dt(2026, 3, 11, 10, 5, NY, "Wed")
bamboo = """Hi Marisol,

Thank you for applying for the Regulatory Paralegal position at Wexler Ostrowski PLLC. As the next step in our hiring process, we ask every candidate to complete a short writing exercise.

Please download the exercise packet here: https://wexlerostrowski.bamboohr.example/careers/exercise/88213

Instructions: Draft a two-page memo to a partner summarizing the attached FERC order and flagging any filing deadlines. Work on your own time; the exercise is not timed and there is no call or interview involved at this stage. Please reply with your memo within 48 hours.

We'll review submissions and reach out about next steps.

Best regards,
Gwen Ferraro
Paralegal Supervisor, Wexler Ostrowski PLLC

Sent via BambooHR
"""
d2 = dt(2026, 3, 17, 15, 48, NY, "Tue")
mid4b = "<CA+wxo.5c2e.GF@wexlerostrowski.example>"
g2 = """Hi Marisol,

Thank you for the memo - it was clear, well organized and you caught the compliance deadline that most candidates missed.

We'd like to invite you to interview with me as the next step. Would Monday, March 23 at half past ten work for you? It should take about 45 minutes. You're welcome to come to the office (1120 Vermont Avenue NW, Suite 800) or we can do it by Teams, whichever is easier from Philadelphia.

Best,
Gwen

Gwen Ferraro
Paralegal Supervisor
Wexler Ostrowski PLLC
1120 Vermont Avenue NW, Suite 800, Washington, DC 20005
T 202-555-0164
"""
d3 = dt(2026, 3, 18, 8, 12, NY, "Wed")
g3 = ("Perfect - Teams it is. Invite link below; see you Monday at 10:30.\n\n"
      "https://teams.example/l/meetup-join/19%3ameeting_WxOsRegPara0323\n\n"
      "Gwen\n\nSent from my iPad\n\n"
      "> On Mar 17, 2026, at 9:02 PM, Marisol Treadwell <marisol.treadwell@example.com> wrote:\n>\n"
      "> Hi Gwen,\n>\n> Thank you so much! Monday the 23rd at 10:30 works well for me. If it's all the same I'll join by Teams.\n>\n"
      "> Best,\n> Marisol\n>\n" + quote(g2) + "\n")
case("b107-04-bamboohr-writing-test-then-interview", [
    ("01-bamboohr-writing-exercise.eml", mail(
        frm=gwen, to=OWNER_FULL, subject="Writing Exercise - Regulatory Paralegal", date=d1, text=bamboo,
        headers=[("X-Mailer", "BambooHR ATS")])),
    ("02-invitation-to-interview.eml", mail(
        frm=gwen, to=OWNER_FULL, subject="Re: Writing Exercise - Regulatory Paralegal", date=d2, text=g2,
        msgid=mid4b)),
    ("03-ipad-confirmation.eml", mail(
        frm=gwen, to=OWNER_FULL, subject="Re: Writing Exercise - Regulatory Paralegal", date=d3, text=g3,
        in_reply_to="<B7C1-44E0-9a1e@mail.example.com>", references=f"{mid4b} <B7C1-44E0-9a1e@mail.example.com>",
        msgid="<4F2D9A7E-1C3B-4B8E-9D55-0E6F7A1B2C3D@wexlerostrowski.example>",
        headers=[("X-Mailer", "iPad Mail (22D82)")])),
], lab([iv("Wexler Ostrowski PLLC", "Regulatory Paralegal", s, e, "scheduled",
           ["gferraro@wexlerostrowski.example"], ["gferraro@wexlerostrowski.example"], "hiring_manager")],
       "hard", "positive/thread-after-take-home",
       "BambooHR take-home writing exercise (not an interview), then supervisor proposes 'Monday, March 23 at half "
       "past ten', ~45 min; confirmation from an iPad quoting the candidate's acceptance."))

# ---- 05 Breezy HR partner interview at noon + Outlook Web note from the partner's assistant
s = dt(2026, 3, 27, 12, 0, NY, "Fri"); e = s + timedelta(minutes=30)
d1 = dt(2026, 3, 20, 14, 33, NY, "Fri")
breezy = """<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;color:#333">
<p style="font-size:20px;color:#0a7cff">Interview Scheduled</p>
<p>Hi Marisol,</p>
<p>Your interview with <strong>Lindqvist Amadi LLP</strong> for the <strong>Corporate Paralegal</strong> position has been scheduled.</p>
<p style="background:#f4f7fb;padding:12px"><strong>Partner Interview</strong><br>
Friday, March 27, 2026<br>12:00 PM - 12:30 PM EDT<br>Phone call - the interviewer will call you</p>
<p>Need to make a change? Reply to this email and the hiring team will get back to you.</p>
<p>Thanks,<br>The Lindqvist Amadi LLP Hiring Team</p>
<p style="font-size:11px;color:#999">Sent with Breezy HR</p></div>"""
d2 = dt(2026, 3, 23, 9, 51, NY, "Mon")
owa = """<div style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Good morning Marisol,</p>
<p>I support Helena Lindqvist, who will be doing your partner interview on Friday. Helena will call you at noon on the number from your resume (267-555-0129). She has a hard stop at 12:30 for a client call, so she'll be prompt.</p>
<p>Helena is copied here in case you need to reach her directly. If anything comes up, you can also call me at 215-555-0190.</p>
<p>Best regards,</p>
<p>Rosa Delacroix<br>Legal Administrative Assistant to Helena Lindqvist<br>Lindqvist Amadi LLP<br>1735 Market Street, Suite 3100 | Philadelphia, PA 19103<br>215-555-0190</p>
</div>"""
case("b107-05-breezy-partner-interview-owa", [
    ("01-breezy-interview-scheduled.eml", mail(
        frm="Lindqvist Amadi LLP <notifications@breezy-mail.example>", to=OWNER,
        reply_to="Lindqvist Amadi LLP <lindqvist-amadi-llp+c8812@candidates.breezy.example>",
        subject="Interview Scheduled: Corporate Paralegal at Lindqvist Amadi LLP", date=d1, html=html_wrap(breezy))),
    ("02-owa-assistant-note.eml", mail(
        frm="Rosa Delacroix <rdelacroix@lindqvistamadi.example>", to=f"{OWNER_NAME} <{OWNER}>",
        cc="Helena Lindqvist <hlindqvist@lindqvistamadi.example>",
        subject="Your call with Helena Lindqvist on Friday", date=d2, html=html_wrap(owa, "Aptos,Calibri,sans-serif"),
        msgid="<BN0PR19MB5318A9F1E7C2D7A51B5C0E8AB8D02@BN0PR19MB5318.namprd19.prod.outlook.example>",
        headers=[("X-MS-Exchange-Organization-AuthSource", "BN0PR19MB5318.namprd19.prod.outlook.example"),
                 ("X-OriginatorOrg", "lindqvistamadi.example"), ("Accept-Language", "en-US")])),
], lab([iv("Lindqvist Amadi LLP", "Corporate Paralegal", s, e, "scheduled",
           ["hlindqvist@lindqvistamadi.example"], ["hlindqvist@lindqvistamadi.example"], "hiring_manager")],
       "medium", "positive/ats-breezy-partner",
       "Breezy HR 'Interview Scheduled' (HTML only) + Outlook-Web note from the partner's assistant ('at noon'); "
       "partner is cc'd and conducts the call; assistant only coordinates."))

# ---- 06 JazzHR + Exchange/Teams invite, panel of three attorneys
s = dt(2026, 4, 7, 14, 0, NY, "Tue"); e = s + timedelta(minutes=90)
d1 = dt(2026, 3, 30, 10, 17, NY, "Mon")
panel = [("Caroline Vail", "cvail@pembertonvail.example"), ("Marcus Obi", "mobi@pembertonvail.example"),
         ("Tanya Feld", "tfeld@pembertonvail.example")]
jazz = """Hi Marisol,

You've been scheduled for an interview with Pemberton Vail LLP for the Senior Litigation Paralegal position.

Date: Tuesday, April 7th, 2026
Time: 2:00pm - 3:30pm EDT
Location: Microsoft Teams (a calendar invitation will follow from our office)

You'll meet with a panel of three attorneys from our Commercial Litigation group:
  - Caroline Vail, Partner
  - Marcus Obi, Senior Associate
  - Tanya Feld, Counsel

Please reply to this message if you have any questions.

Lauren Mistry
Recruiting Manager, Pemberton Vail LLP
(212) 555-0138

Sent via JazzHR
"""
d2 = dt(2026, 3, 30, 11, 2, NY, "Mon")
when6 = "When: Tuesday, April 7, 2026 2:00 PM-3:30 PM (UTC-05:00) Eastern Time (US & Canada)."
ex_text = f"""{when6}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Marisol - panel interview with Caroline, Marcus and Tanya (Commercial Litigation). I'll open the meeting and step off once everyone has joined.

Lauren

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_PVpanel0407>
Meeting ID: 281 774 905 362
Passcode: Vq8sLp
________________________________________________________________________________
"""
cal6 = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
           uid="040000008200E00074C5B7101A82E00800000000B0C7A2F9E1C0DC01000000000000000010000000A3F5C1D2E7B84A4F9",
           seq=0, start=s, end=e, summary="Panel Interview - Marisol Treadwell - Senior Litigation Paralegal",
           organizer=("Lauren Mistry", "lmistry@pembertonvail.example"),
           attendees=[(n, a, "REQ-PARTICIPANT") for n, a in panel] + [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
           stamp=d2, description=ex_text, location="Microsoft Teams Meeting",
           tz=("Eastern Standard Time", NY, "us", True),
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"])
case("b107-06-jazzhr-panel-three-attorneys-teams", [
    ("01-jazzhr-interview-scheduled.eml", mail(
        frm="Lauren Mistry <lmistry@pembertonvail.example>", to=OWNER,
        subject="Interview with Pemberton Vail LLP - Senior Litigation Paralegal", date=d1, text=jazz,
        headers=[("X-Mailer", "JazzHR Mailer")])),
    ("02-exchange-panel-invite.eml", mail(
        frm="Lauren Mistry <lmistry@pembertonvail.example>",
        to=", ".join([OWNER_FULL] + [f"{n} <{a}>" for n, a in panel]),
        subject="Panel Interview - Marisol Treadwell - Senior Litigation Paralegal", date=d2.astimezone(UTC),
        text=ex_text, cal=cal6, cal_inline=True, cal_attach=False,
        msgid="<MN2PR12MB4471C0A6F3E2B91D8E77A2F4B1C52@MN2PR12MB4471.namprd12.prod.outlook.example>",
        headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", "Panel Interview - Marisol Treadwell - Senior Litigation Paralegal")])),
], lab([iv("Pemberton Vail LLP", "Senior Litigation Paralegal", s, e, "scheduled",
           [a for _, a in panel], [a for _, a in panel], "onsite")],
       "medium", "positive/ats-jazzhr-panel",
       "JazzHR scheduling mail + Exchange/Teams invite (Windows TZID, '(UTC-05:00)' label in EDT); panel of three "
       "attorneys -> onsite; coordinator opens the meeting only."))

# ---- 07 Workable self-scheduling, Denver company, booked across the DST switch
s = dt(2026, 3, 9, 13, 0, NY, "Mon"); e = s + timedelta(minutes=30)
assert s.astimezone(DEN).hour == 11
d1 = dt(2026, 3, 3, 12, 40, DEN, "Tue")
wk1 = """Hi Marisol,

Thanks for applying to the Legal Operations Specialist (Remote) role at Summit Ledger! Jess Okafor, our Talent Partner, would like to schedule a 30-minute intro call with you.

Pick a time that works for you:
https://apply.workable.example/summit-ledger/j/3C1A77B2E0/interview/slots/9f2e

Available times are shown in your local time zone.

Best,
Summit Ledger Hiring Team
"""
d2 = dt(2026, 3, 4, 7, 55, DEN, "Wed")
wk2 = """Hi Marisol,

Your interview with Summit Ledger has been scheduled.

Legal Operations Specialist (Remote) - Intro call with Jess Okafor
Monday, March 9, 2026
1:00 PM - 1:30 PM (America/New_York)

Video call: https://meet.example/sml-jess-intro

Need to reschedule? Use this link: https://apply.workable.example/summit-ledger/j/3C1A77B2E0/interview/reschedule/9f2e

Note from Jess: That's 11am for us in Denver - talk soon!

Summit Ledger Hiring Team
via Workable
"""
cal7 = ics(prodid="-//Workable//Interview//EN", method="REQUEST", uid="workable-ev-9f2e-3C1A77B2E0@workable.example",
           seq=0, start=s, end=e, summary="Intro call: Marisol Treadwell <> Summit Ledger (Legal Operations Specialist)",
           organizer=("Summit Ledger", "noreply@workable.example"),
           attendees=[("Jess Okafor", "jess.okafor@summitledger.example", "REQ-PARTICIPANT"),
                      (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
           stamp=d2, description="Video call: https://meet.example/sml-jess-intro", location="https://meet.example/sml-jess-intro")
case("b107-07-workable-self-schedule-denver-dst", [
    ("01-workable-pick-a-time.eml", mail(
        frm="Summit Ledger <noreply@workable.example>", to=OWNER, reply_to="Jess Okafor <jess.okafor@summitledger.example>",
        subject="Schedule your interview with Summit Ledger", date=d1, text=wk1, html=html_wrap(paras_to_html(wk1)))),
    ("02-workable-interview-scheduled.eml", mail(
        frm="Summit Ledger <noreply@workable.example>", to=OWNER, reply_to="Jess Okafor <jess.okafor@summitledger.example>",
        subject="Interview scheduled: Legal Operations Specialist (Remote) at Summit Ledger", date=d2,
        text=wk2, html=html_wrap(paras_to_html(wk2)), cal=cal7, cal_name="interview.ics")),
], lab([iv("Summit Ledger", "Legal Operations Specialist (Remote)", s, e, "scheduled",
           ["jess.okafor@summitledger.example"], ["jess.okafor@summitledger.example"], "phone_screen")],
       "medium", "positive/ats-workable-selfschedule",
       "Workable pick-a-time link (not a booking) then the booked confirmation; booked from MST (Mar 4) for the "
       "first Monday after the DST switch, '11am for us in Denver' = 13:00 EDT."))

# ---- 08 firm's own careers portal; cancelled because filled internally
s = dt(2026, 3, 31, 11, 0, NY, "Tue"); e = s + timedelta(hours=1)
d1 = dt(2026, 3, 20, 17, 3, NY, "Fri")
uid8 = "MH-CP-INT-000314-eDisc@careers.moorcrofthaines.example"
portal = """Moorcroft Haines LLP - Careers Portal

Dear Marisol,

Your interview has been booked.

Position:      eDiscovery Paralegal (Job ID MH-0314)
Date:          Tuesday, March 31, 2026
Time:          11:00 a.m. - 12:00 p.m. (Eastern)
Format:        Video conference (Webex) - link in the attached calendar file
With:          Alan Reyes-Whitfield, Litigation Support Manager

Log in to the Careers Portal at any time to view your application status.

Questions? Contact Theresa Gaul, Legal Talent Manager, tgaul@moorcrofthaines.example.

Moorcroft Haines LLP | 1455 K Street NW | Washington, DC 20005
This is an automated message from the Moorcroft Haines Careers Portal.
"""
cal8 = ics(prodid="-//Moorcroft Haines//Careers Portal 4.2//EN", method="REQUEST", uid=uid8, seq=0,
           start=s, end=e, summary="Interview - eDiscovery Paralegal (Moorcroft Haines LLP)",
           organizer=("Moorcroft Haines Careers", "careers-portal@moorcrofthaines.example"),
           attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d1,
           description="Webex: https://moorcrofthaines.webex.example/meet/mh-int-0314\nWith Alan Reyes-Whitfield",
           location="Webex", tz=("America/New_York", NY, "us", False))
d2 = dt(2026, 3, 26, 16, 22, NY, "Thu")
tg = """Dear Marisol,

I'm sorry to be writing with this news. The eDiscovery Paralegal position has been filled internally - a member of our Litigation Support team applied for the role late in the process and has accepted it.

Because of that, we need to cancel your interview with Alan on Tuesday, March 31. You will receive an automated cancellation from the portal as well.

Thank you for your interest in Moorcroft Haines. Your materials were strong, and with your permission I'd like to keep your resume on file for future openings.

Kind regards,

Theresa Gaul
Legal Talent Manager
Moorcroft Haines LLP
1455 K Street NW, Washington, DC 20005
202-555-0117 | tgaul@moorcrofthaines.example
"""
d3 = dt(2026, 3, 26, 16, 40, NY, "Thu")
cal8c = ics(prodid="-//Moorcroft Haines//Careers Portal 4.2//EN", method="CANCEL", uid=uid8, seq=1,
            start=s, end=e, summary="CANCELLED: Interview - eDiscovery Paralegal (Moorcroft Haines LLP)",
            organizer=("Moorcroft Haines Careers", "careers-portal@moorcrofthaines.example"),
            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d3, status="CANCELLED",
            location="Webex", tz=("America/New_York", NY, "us", False))
case("b107-08-firm-portal-cancelled-filled-internally", [
    ("01-portal-interview-booked.eml", mail(
        frm="Moorcroft Haines Careers <careers-portal@moorcrofthaines.example>", to=OWNER,
        subject="Interview booked: eDiscovery Paralegal - Tuesday, March 31", date=d1, text=portal, cal=cal8)),
    ("02-recruiter-position-filled.eml", mail(
        frm="Theresa Gaul <tgaul@moorcrofthaines.example>", to=OWNER_FULL,
        subject="eDiscovery Paralegal - update on your interview", date=d2, text=tg, cte="base64")),
    ("03-portal-interview-cancelled.eml", mail(
        frm="Moorcroft Haines Careers <careers-portal@moorcrofthaines.example>", to=OWNER,
        subject="Interview cancelled: eDiscovery Paralegal", date=d3,
        text="Dear Marisol,\n\nYour interview for eDiscovery Paralegal (Job ID MH-0314) on Tuesday, March 31, 2026 at 11:00 a.m. has been cancelled.\n\nMoorcroft Haines Careers Portal\n",
        cal=cal8c, cal_method="CANCEL")),
], lab([iv("Moorcroft Haines LLP", "eDiscovery Paralegal", s, e, "cancelled", [],
           ["tgaul@moorcrofthaines.example"], "hiring_manager")],
       "medium", "positive/cancellation",
       "Firm's own careers portal books the interview; recruiter cancels because the role was filled internally; "
       "portal METHOD:CANCEL follows. Interviewer named without address."))

# ---- 09 Google invite, candidate withdraws (quoted), Google cancellation
s = dt(2026, 4, 14, 16, 30, NY, "Tue"); e = s + timedelta(minutes=45)
dana = ("Dana Whitcombe", "dwhitcombe@threeriversmutual.example")
sam = ("Samuel Ortiz-Lund", "sortizlund@threeriversmutual.example")
uid9 = "5kq2r0v8bnt7c3e1xw9h4d6j2m@google.com"
d1 = dt(2026, 4, 6, 13, 25, NY, "Mon")
desc9 = ("Contracts Paralegal - interview with Samuel Ortiz-Lund, Associate General Counsel. "
         "Dana (Talent Acquisition) will not join.")
d2 = dt(2026, 4, 9, 10, 48, NY, "Thu")
dw = """Hi Marisol,

Thank you for letting me know, and congratulations on the new position! I've cancelled Tuesday's interview with Samuel and withdrawn your application in our system. Best of luck - I hope our paths cross again.

Dana

Dana Whitcombe | Talent Acquisition Specialist
Three Rivers Mutual Insurance | 11 Stanwix Street, Pittsburgh, PA 15222
412-555-0150

On Thu, Apr 9, 2026 at 8:02 AM Marisol Treadwell <marisol.treadwell@example.com> wrote:
> Hi Dana,
>
> I wanted to let you know that I have accepted another offer, so I need to withdraw from consideration for the Contracts Paralegal role. Please pass along my thanks to Samuel - I was looking forward to our conversation on the 14th.
>
> Best regards,
> Marisol
"""
d3 = dt(2026, 4, 9, 10, 50, NY, "Thu")
case("b107-09-google-invite-candidate-withdraws", [
    ("01-google-invitation.eml", google_invite(
        org_name=dana[0], org_addr=dana[1], subject_title="Contracts Paralegal Interview - Marisol Treadwell",
        when_line="Tue Apr 14, 2026 4:30pm - 5:15pm (EDT)", tzname_line="Eastern Time - New York",
        start=s, end=e, guests=[dana, sam], date=d1, uid=uid9, description=desc9,
        meet="https://meet.example/trm-cpar-int")),
    ("02-recruiter-ack-withdrawal.eml", mail(
        frm=f"{dana[0]} <{dana[1]}>", to=OWNER_FULL, subject="Re: Contracts Paralegal - withdrawing", date=d2,
        text=dw, in_reply_to="<CAPm3r1s0l-withdraw-0409@mail.example.com>")),
    ("03-google-canceled-event.eml", google_invite(
        org_name=dana[0], org_addr=dana[1], subject_title="Contracts Paralegal Interview - Marisol Treadwell",
        when_line="Tue Apr 14, 2026 4:30pm - 5:15pm (EDT)", tzname_line="Eastern Time - New York",
        start=s, end=e, guests=[dana, sam], date=d3, uid=uid9, description=desc9, seq=1, method="CANCEL",
        status="CANCELLED", canceled=True)),
], lab([iv("Three Rivers Mutual Insurance", "Contracts Paralegal", s, e, "cancelled",
           [sam[1]], [sam[1]], "hiring_manager")],
       "medium", "positive/cancellation",
       "Google invite; candidate withdrawal visible only as quoted text in the recruiter's reply; Google "
       "'Canceled event' METHOD:CANCEL. Organizer recruiter does not join."))

# ---- 10 two interviews, same company: ET phone screen + '@ 1:30p PST' hiring manager (PDT)
s1 = dt(2026, 3, 16, 15, 0, NY, "Mon"); e1 = s1 + timedelta(minutes=30)
s2 = dt(2026, 3, 26, 13, 30, LA, "Thu"); e2 = s2 + timedelta(minutes=45)
nadia = ("Nadia Brenner", "nadia@clausewell.example")
theo = ("Theo Vandermeer", "theo@clausewell.example")
d1 = dt(2026, 3, 11, 17, 6, NY, "Wed")
nb = """Hi Marisol,

Thanks for applying to the Implementation Specialist, Legal Ops role at Clausewell! I'd love to set up a quick 30-minute call to learn more about your background and walk you through the role.

Would Monday the 16th at 3pm ET work? If so I'll send over a calendar invite.

Cheers,
Nadia Brenner
Recruiting @ Clausewell | 116 W 23rd St, New York, NY 10011
"""
d2 = dt(2026, 3, 11, 18, 30, NY, "Wed")
d3 = dt(2026, 3, 18, 10, 12, LA, "Wed")
tv = """hi Marisol - Nadia passed along great notes from your call. I run implementation for our law-firm customers and would love to chat about how you've handled matter intake + e-billing rollouts.

does Thu 3/26 @ 1:30p PST work for a 45-min conversation? I'll send an invite if so.

-theo

Theo Vandermeer
Head of Implementation, Clausewell (SF office)
"""
d4 = dt(2026, 3, 18, 11, 40, LA, "Wed")
case("b107-10-two-interviews-screen-then-pacific-manager", [
    ("01-recruiter-proposes-screen.eml", mail(
        frm=f"{nadia[0]} <{nadia[1]}>", to=OWNER_FULL, subject="Clausewell - Implementation Specialist, Legal Ops",
        date=d1, text=nb, html=html_wrap(paras_to_html(nb)))),
    ("02-google-invitation-screen.eml", google_invite(
        org_name=nadia[0], org_addr=nadia[1], subject_title="Marisol / Nadia - Clausewell intro call",
        when_line="Mon Mar 16, 2026 3pm - 3:30pm (EDT)", tzname_line="Eastern Time - New York",
        start=s1, end=e1, guests=[nadia], date=d2, uid="0v7t3kq9ab2cd1e5fgh6ijk8lm@google.com",
        description="Recruiter screen for Implementation Specialist, Legal Ops.", meet="https://meet.example/clw-nadia-ms")),
    ("03-hiring-manager-proposes.eml", mail(
        frm=f"{theo[0]} <{theo[1]}>", to=OWNER_FULL, cc=f"{nadia[0]} <{nadia[1]}>",
        subject="Next step: chat with Theo (Clausewell)", date=d3, text=tv)),
    ("04-google-invitation-manager.eml", google_invite(
        org_name=theo[0], org_addr=theo[1], subject_title="Clausewell: Marisol Treadwell <> Theo Vandermeer",
        when_line="Thu Mar 26, 2026 4:30pm - 5:15pm (EDT)", tzname_line="Eastern Time - New York",
        start=s2, end=e2, guests=[theo, nadia], date=d4, uid="9p8o7n6m5l4k3j2h1g0fedcba1@google.com",
        description="45 min with Theo (Head of Implementation). Nadia is on the invite for visibility only.",
        meet="https://meet.example/clw-theo-mt")),
], lab([iv("Clausewell", "Implementation Specialist, Legal Ops", s1, e1, "scheduled",
           [nadia[1]], [nadia[1]], "phone_screen"),
        iv("Clausewell", "Implementation Specialist, Legal Ops", s2, e2, "scheduled",
           [theo[1]], [theo[1]], "hiring_manager")],
       "hard", "positive/two-interviews",
       "Two rounds: recruiter screen 3pm ET, then 'Thu 3/26 @ 1:30p PST' from an SF manager (Pacific is on PDT, "
       "invite shows 4:30pm EDT). Nadia is only a visibility guest on the second."))

# ---- 11 London GC interviewer during the US/UK DST gap (Exchange, GMT Standard Time)
s = dt(2026, 3, 18, 15, 0, LON, "Wed"); e = s + timedelta(minutes=45)
assert s.astimezone(NY).hour == 11
imogen = ("Imogen Hartley-Shaw", "ihartleyshaw@veritycontract.example")
d1 = dt(2026, 3, 12, 14, 10, NY, "Thu")
rc = """Hi Marisol,

Great news - Imogen Hartley-Shaw, our Deputy General Counsel, would like to meet you for the Legal Operations Specialist, Contract Management role. Imogen is based in our London office, so she'll send you a Teams invite directly for Wednesday the 18th at 11am ET.

Heads up that the UK hasn't changed its clocks yet, so her invite will show 3pm on her end.

Best,
Kyle Osterman
Talent Acquisition | Verity Contract Intelligence
350 Fifth Avenue, 48th Floor, New York, NY 10118 | 917-555-0133
"""
d2 = dt(2026, 3, 12, 19, 32, LON, "Thu")
when11 = "When: Wednesday, 18 March 2026 15:00-15:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London."
it = f"""{when11}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Marisol,

I'm looking forward to our conversation. For the avoidance of doubt: 15:00 London is 11:00 in Philadelphia that day. We'll talk about contract lifecycle work and how you've supported attorneys with CLM tooling.

Kind regards,
Imogen

Imogen Hartley-Shaw
Deputy General Counsel, Verity Contract Intelligence Ltd
22 Bishopsgate, London EC2N 4BQ | +44 20 7946 0815

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.example/l/meetup-join/19%3ameeting_VCIlondon0318
Meeting ID: 377 102 448 291  Passcode: Hs5tQe
________________________________________________________________________________
"""
cal11 = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
            uid="040000008200E00074C5B7101A82E0080000000050A1C77E23B2DC01000000000000000010000000C9E1F2",
            seq=0, start=s, end=e, summary="Marisol Treadwell - Legal Ops Specialist interview (Imogen)",
            organizer=imogen, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d2,
            description=it, location="Microsoft Teams Meeting", tz=("GMT Standard Time", LON, "eu", True),
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
case("b107-11-london-interviewer-dst-gap-exchange", [
    ("01-recruiter-intro.eml", mail(
        frm="Kyle Osterman <kosterman@veritycontract.example>", to=OWNER_FULL,
        subject="Verity - interview with Imogen Hartley-Shaw", date=d1, text=rc)),
    ("02-exchange-invite-london.eml", mail(
        frm=f"{imogen[0]} <{imogen[1]}>", to=OWNER_FULL,
        subject="Marisol Treadwell - Legal Ops Specialist interview (Imogen)", date=d2.astimezone(UTC),
        text=it, cal=cal11, cal_inline=True, cal_attach=False,
        headers=[("Content-class", "urn:content-classes:calendarmessage")])),
], lab([iv("Verity Contract Intelligence", "Legal Operations Specialist, Contract Management", s.astimezone(NY),
           e.astimezone(NY), "scheduled", [imogen[1]], [imogen[1]], "hiring_manager")],
       "hard", "positive/timezone-dst-gap",
       "London interviewer's Exchange invite in 'GMT Standard Time' 15:00 on Mar 18 (UK still GMT, US already EDT) = 11:00 ET."))

# ---- 12 Frankfurt counsel, '14:00 Uhr', standalone Outlook .ics (W. Europe Standard Time), after EU DST
s = dt(2026, 4, 2, 14, 0, FRA, "Thu"); e = s + timedelta(hours=1)
assert s.astimezone(NY).hour == 8
katrin = ("Katrin Oberholzer", "katrin.oberholzer@brandauerlisle.example")
d1 = dt(2026, 3, 26, 9, 15, FRA, "Thu")
k1 = """Dear Marisol,

Thank you for your application for the International Arbitration Paralegal position in our New York office. I am counsel in our Frankfurt arbitration team and the paralegal would support our matters on both sides of the Atlantic, so I would like to speak with you as the next round of the process.

Would Thursday, 2 April at 14:00 Uhr Frankfurt time suit you? That should be 8:00 in the morning for you in Philadelphia (our clocks change this weekend) - I realise it is early, apologies. We would need about one hour, by Zoom.

Mit freundlichen Grüßen / Kind regards

Katrin Oberholzer
Counsel | International Arbitration
Brandauer Lisle LLP
Bockenheimer Landstraße 51, 60325 Frankfurt am Main
T +49 69 2475 3310
"""
d2 = dt(2026, 3, 26, 16, 2, FRA, "Thu")
k2 = ("Dear Marisol,\n\nWonderful, then we keep Thursday 2 April, 14:00 Uhr our time / 8:00 a.m. ET. "
      "The invitation is attached.\n\nKind regards\nKatrin\n\n"
      "-----Ursprüngliche Nachricht-----\nVon: Marisol Treadwell <marisol.treadwell@example.com>\n"
      "Gesendet: Donnerstag, 26. März 2026 15:47\nAn: Katrin Oberholzer <katrin.oberholzer@brandauerlisle.example>\n"
      "Betreff: Re: International Arbitration Paralegal - next round\n\n"
      "Hi Katrin,\n\nThursday April 2 at 8:00 a.m. Eastern works perfectly - early is no problem.\n\nBest,\nMarisol\n")
cal12 = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
            uid="040000008200E00074C5B7101A82E00800000000F1B2C3D4E5C0DC0100000000000000001000000088AB12",
            seq=0, start=s, end=e, summary="Interview Marisol Treadwell - International Arbitration Paralegal (NY)",
            organizer=katrin, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d2,
            description="Zoom: https://brandauerlisle.zoom.example/j/61830042217\n14:00 Uhr Frankfurt / 8:00 ET",
            location="Zoom", tz=("W. Europe Standard Time", FRA, "ce", True),
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
case("b107-12-frankfurt-counsel-uhr-standalone-ics", [
    ("01-counsel-proposes-1400-uhr.eml", mail(
        frm=f"{katrin[0]} <{katrin[1]}>", to=OWNER_FULL,
        subject="International Arbitration Paralegal - next round", date=d1, text=k1,
        msgid="<AM9PR07MB7410F1E2D3C4B5A6@AM9PR07MB7410.eurprd07.prod.outlook.example>")),
    ("02-counsel-confirms.eml", mail(
        frm=f"{katrin[0]} <{katrin[1]}>", to=OWNER_FULL,
        subject="AW: International Arbitration Paralegal - next round", date=d2, text=k2,
        in_reply_to="<CAPm3r1s0l-katrin@mail.example.com>")),
    ("03-interview-invitation.ics", cal12.encode("utf-8")),
], lab([iv("Brandauer Lisle LLP", "International Arbitration Paralegal", s.astimezone(NY), e.astimezone(NY),
           "scheduled", [katrin[1]], [katrin[1]], "hiring_manager")],
       "hard", "positive/timezone-europe-standalone-ics",
       "Frankfurt counsel proposes '14:00 Uhr Frankfurt time' (after EU DST Mar 29 -> CEST) = 08:00 EDT; German quote "
       "header; standalone Outlook .ics with W. Europe Standard Time."))

# ---- 13 staffing agency forward + Google Calendar API event (gcal.json)
s = dt(2026, 4, 9, 9, 0, NY, "Thu"); e = s + timedelta(minutes=45)
ramon = ("Ramon Estrada", "restrada@harrowbio.example")
d1 = dt(2026, 4, 3, 15, 37, NY, "Fri")
fw = """Hi Marisol!

Good news - Harrow wants to meet you. See Ramon's note below. He's sending the calendar invite directly; let me know if the time doesn't work and I'll handle it.

Brianna Colt
Senior Recruiter, Keystone Legal Staffing
1650 Market Street, Suite 3600, Philadelphia, PA 19103
C: 215-555-0176

---------- Forwarded message ---------
From: Ramon Estrada <restrada@harrowbio.example>
Date: Fri, Apr 3, 2026 at 2:58 PM
Subject: RE: Candidate - Marisol Treadwell (Legal Operations Coordinator)
To: Brianna Colt <bcolt@keystonelegalstaffing.example>

Brianna,

Thanks for sending Marisol's profile. I'd like to interview her for the Legal Operations Coordinator role next Thursday, April 9, 9:00-9:45am by Zoom. I'll send her the invite.

Ramon Estrada
Associate General Counsel | Harrow Biotherapeutics
3711 Market Street, Philadelphia, PA 19104
"""
d2 = dt(2026, 4, 3, 16, 5, NY, "Fri")
ev = {
    "kind": "calendar#event", "etag": "\"3391844726114000\"", "id": "h7rb2q0lc4ot1v3ks8n5g9m6pe",
    "status": "confirmed",
    "htmlLink": "https://www.google.example/calendar/event?eid=aDdyYjJxMGxjNG90MXYzazhuNWc5bTZwZQ",
    "created": d2.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    "updated": (d2 + timedelta(minutes=2)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
    "summary": "Harrow Biotherapeutics - Legal Operations Coordinator interview (Marisol Treadwell)",
    "description": "Interview with Ramon Estrada, Associate General Counsel.\nZoom: https://harrowbio.zoom.example/j/93510027764",
    "location": "https://harrowbio.zoom.example/j/93510027764",
    "creator": {"email": ramon[1], "displayName": ramon[0]},
    "organizer": {"email": ramon[1], "displayName": ramon[0]},
    "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
    "end": {"dateTime": e.isoformat(), "timeZone": "America/New_York"},
    "iCalUID": "h7rb2q0lc4ot1v3ks8n5g9m6pe@google.com", "sequence": 0,
    "attendees": [
        {"email": ramon[1], "displayName": ramon[0], "organizer": True, "responseStatus": "accepted"},
        {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
    ],
    "reminders": {"useDefault": True}, "eventType": "default",
}
case("b107-13-agency-forward-plus-gcal-json", [
    ("01-agency-forward.eml", mail(
        frm="Brianna Colt <bcolt@keystonelegalstaffing.example>", to=OWNER_FULL,
        subject="Fwd: RE: Candidate - Marisol Treadwell (Legal Operations Coordinator)", date=d1, text=fw)),
    ("02-interview-harrow.gcal.json", (json.dumps(ev, indent=2) + "\n").encode("utf-8")),
], lab([iv("Harrow Biotherapeutics", "Legal Operations Coordinator", s, e, "scheduled",
           [ramon[1]], [ramon[1]], "hiring_manager")],
       "medium", "positive/forward-plus-gcal-json",
       "Staffing-agency recruiter forwards the client's e-mail; the same interview appears as a Calendar API event: one interview."))

# =====================================================================================
# NEGATIVES
# =====================================================================================
FWD = [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]

# ---- 14 witness interview + deposition she schedules at her current job
ws = dt(2026, 3, 24, 14, 0, NY, "Tue"); we = ws + timedelta(minutes=90)
d1 = dt(2026, 3, 16, 9, 30, NY, "Mon")
kl = """Marisol -

Two scheduling items for Daley v. Prescott Logistics:

1. Please set up the witness interview with Gerald Pruitt (former dispatch supervisor) - he's available next Tuesday at 2. Book the small conference room on 14 and send him the calendar invite; plan on 90 minutes. I'll conduct the interview, you take notes.

2. Please schedule the deposition of Prescott's corporate designee for Thursday, April 16 at 10:00 AM. Call Keystone Reporting for a court reporter + videographer and prepare the notice of deposition for my signature.

Thanks,
Kevin

Kevin Lusk | Partner
Hargrove Pell LLP
2005 Market Street, 14th Floor | Philadelphia, PA 19103
215-555-0102
"""
cal14 = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST",
            uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC010000000000000000100000007744EE",
            seq=0, start=ws, end=we, summary="Witness Interview - Gerald Pruitt (Daley v. Prescott Logistics)",
            organizer=("Kevin Lusk", "klusk@hargrovepell.example"),
            attendees=[("Marisol Treadwell", WORK, "REQ-PARTICIPANT"),
                       ("Gerald Pruitt", "gpruitt58@mail.example", "REQ-PARTICIPANT")],
            stamp=dt(2026, 3, 16, 10, 5, NY), description="Witness interview conducted by Kevin Lusk. Notes: M. Treadwell.",
            location="Hargrove Pell LLP, 14th Floor Conference Room B", tz=("Eastern Standard Time", NY, "us", True))
case("b107-14-neg-witness-interview-deposition-current-job", [
    ("01-partner-asks-to-schedule.eml", mail(
        frm="Kevin Lusk <klusk@hargrovepell.example>", to=f"Marisol Treadwell <{WORK}>",
        subject="Daley v. Prescott - witness interview + 30(b)(6) depo", date=d1, text=kl, headers=FWD)),
    ("02-partner-witness-interview-invite.eml", mail(
        frm="Kevin Lusk <klusk@hargrovepell.example>", to=f"Marisol Treadwell <{WORK}>, Gerald Pruitt <gpruitt58@mail.example>",
        subject="Witness Interview - Gerald Pruitt (Daley v. Prescott Logistics)", date=dt(2026, 3, 16, 10, 5, NY),
        text="When: Tuesday, March 24, 2026 2:00 PM-3:30 PM (UTC-05:00) Eastern Time (US & Canada).\n"
             "Where: Hargrove Pell LLP, 14th Floor Conference Room B\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             "Mr. Pruitt - thank you for agreeing to meet with Kevin Lusk regarding the Daley matter. "
             "Please check in with reception on the 14th floor. Parking at 20th & Market is validated. "
             "My paralegal, Marisol Treadwell, will join to take notes.\n\n"
             "Kevin Lusk | Partner | Hargrove Pell LLP | 215-555-0102\n",
        cal=cal14, cal_inline=True, cal_attach=False, headers=FWD + [("Content-class", "urn:content-classes:calendarmessage")])),
], lab([], "hard", "negative/user-schedules-witness-interview",
       "At her current firm she schedules a witness interview (conducted by a partner) and a deposition; "
       "auto-forwarded work mail. She is not a candidate."))

# ---- 15 client intake interview at her current firm
d1 = dt(2026, 3, 19, 16, 44, NY, "Thu")
cs = dt(2026, 3, 25, 10, 0, NY, "Wed"); ce = cs + timedelta(minutes=45)
intake = """New consultation booked

Client: Yolanda Briggs
Matter type: Employment - wrongful termination
Appointment: Initial client intake interview
Date/time: Wednesday, March 25, 2026, 10:00 AM - 10:45 AM ET
Conducted by: Marisol Treadwell, Paralegal (you)
Reviewing attorney: Kevin Lusk
Location: Phone - call the client at 484-555-0161

Before the call: run a conflict check on the employer (Brightwater Home Health) and send the intake questionnaire.

Manage this booking in IntakeDesk: https://hargrovepell.intakedesk.example/bookings/55120

IntakeDesk for Hargrove Pell LLP
"""
cal15 = ics(prodid="-//IntakeDesk//Bookings//EN", method="REQUEST", uid="intakedesk-55120@intakedesk.example", seq=0,
            start=cs, end=ce, summary="Client intake interview: Yolanda Briggs (Employment)",
            organizer=("IntakeDesk", "bookings@intakedesk.example"),
            attendees=[("Marisol Treadwell", WORK, "REQ-PARTICIPANT")], stamp=d1,
            description="Initial client intake interview. Conducted by Marisol Treadwell. Call client at 484-555-0161.")
case("b107-15-neg-client-intake-interview-current-firm", [
    ("01-intakedesk-booking.eml", mail(
        frm="IntakeDesk <bookings@intakedesk.example>", to=f"Marisol Treadwell <{WORK}>",
        subject="New booking: Initial client intake interview - Yolanda Briggs (Wed 3/25 10:00 AM)", date=d1,
        text=intake, cal=cal15, headers=FWD)),
], lab([], "hard", "negative/user-conducts-client-intake",
       "Intake-software booking of a client intake interview that she conducts at her current firm (auto-forwarded)."))

# ---- 16 court hearing date
d1 = dt(2026, 3, 13, 14, 2, NY, "Fri")
hear = """*** NOTICE OF HEARING ***
COURT OF COMMON PLEAS - CIVIL TRIAL DIVISION (e-Filing System)

Case: DALEY vs PRESCOTT LOGISTICS INC
Case No.: 251003377
Filing: Plaintiff's Motion to Compel Discovery Responses (Control No. 26031544)

You are hereby notified that ORAL ARGUMENT on the above motion is SCHEDULED as follows:

Date: Thursday, April 2, 2026
Time: 9:30 AM
Place: Courtroom 653, City Hall, Philadelphia, PA

Counsel shall appear in person. Requests for continuance must be filed no later than five (5) business days before the scheduled hearing. Parties may call chambers at 215-555-0110 with scheduling questions only.

This notice was electronically served on all registered e-filers for this case.
"""
d2 = dt(2026, 3, 13, 14, 20, NY, "Fri")
kl2 = ("Marisol - please calendar the oral argument below and schedule a prep call with the client for "
       "April 1 in the afternoon. Also pull the deposition transcripts we cited.\n\nKevin\n\n"
       "-----Original Message-----\nFrom: efiling-notice@courts.phila.example\nSent: Friday, March 13, 2026 2:02 PM\n"
       "Subject: NOTICE OF HEARING - 251003377\n\n" + hear)
case("b107-16-neg-court-hearing-notice", [
    ("01-efiling-notice-of-hearing.eml", mail(
        frm="Court e-Filing <efiling-notice@courts.phila.example>", to=f"{WORK}",
        subject="NOTICE OF HEARING - 251003377 - DALEY vs PRESCOTT LOGISTICS INC", date=d1, text=hear,
        cte="7bit", headers=FWD)),
    ("02-partner-calendar-this.eml", mail(
        frm="Kevin Lusk <klusk@hargrovepell.example>", to=f"Marisol Treadwell <{WORK}>",
        subject="FW: NOTICE OF HEARING - 251003377 - DALEY vs PRESCOTT LOGISTICS INC", date=d2, text=kl2, headers=FWD)),
], lab([], "medium", "negative/court-hearing",
       "Court e-filing notice of an oral argument date and the partner asking her to calendar it and schedule a client prep call."))

# ---- 17 bar association CLE webinar about interviewing witnesses
ws = dt(2026, 4, 16, 12, 0, NY, "Thu"); we = ws + timedelta(minutes=90)
d1 = dt(2026, 4, 8, 8, 30, NY, "Wed")
cle = """You're registered!

Schuylkill County Bar Association - CLE Webinar
"Interviewing Witnesses and Clients: Ethics, Privilege and Practical Technique"
Thursday, April 16, 2026 | 12:00 PM - 1:30 PM ET | Zoom Webinar
1.5 CLE credits (1.0 Substantive, 0.5 Ethics) - paralegals welcome; NALA CLE credit available

Panelists:
  Hon. Patricia Nwosu (ret.)
  Daniel Kirsch, Esq., Kirsch & Albright
  Amy Tran, ACP, Senior Paralegal

Join link (unique to you - do not share): https://scba.zoom.example/w/81133006621?tk=mtreadwell
A calendar file is attached. Materials will be posted 24 hours before the program.

Questions? cle@schuylkillbar.example | 570-555-0124
Schuylkill County Bar Association, 401 N. Centre Street, Pottsville, PA 17901
"""
cal17 = ics(prodid="-//Zoom Video Communications//Webinar//EN", method="REQUEST", uid="zw-81133006621-mtreadwell@zoom.example",
            seq=0, start=ws, end=we, summary="CLE Webinar: Interviewing Witnesses and Clients",
            organizer=("Schuylkill County Bar Association", "no-reply@zoom.example"),
            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], stamp=d1,
            description="Join: https://scba.zoom.example/w/81133006621?tk=mtreadwell",
            tz=("America/New_York", NY, "us", False))
case("b107-17-neg-bar-cle-webinar-interviewing-witnesses", [
    ("01-cle-webinar-registration.eml", mail(
        frm="Schuylkill County Bar Association <no-reply@zoom.example>", to=OWNER_FULL,
        reply_to="cle@schuylkillbar.example",
        subject="Confirmation: CLE Webinar - Interviewing Witnesses and Clients (Apr 16)", date=d1,
        text=cle, html=html_wrap(paras_to_html(cle)), cal=cal17, cal_name="webinar.ics")),
], lab([], "medium", "negative/webinar",
       "Bar association CLE webinar registration on interviewing witnesses/clients with a Zoom .ics attached."))

# ---- 18 jury duty summons
d1 = dt(2026, 3, 27, 6, 15, NY, "Fri")
jury = """<table width="640" style="font-family:Georgia,serif;font-size:15px"><tr><td>
<h2 style="margin:0">SUMMONS FOR JURY SERVICE</h2>
<p>Juror Participant No. 2026-0419-88731</p>
<p>Dear MARISOL TREADWELL,</p>
<p>You have been selected for jury service. You are scheduled to report on <b>Monday, April 20, 2026 at 8:00 AM</b> to the Jury Assembly Room, 1301 Filbert Street, Philadelphia, PA 19107.</p>
<p>Please call the Juror Information Line at 215-555-0100 after 5:30 PM on the Friday before your service date, or check online, to confirm whether you must report. During jury selection, prospective jurors may be questioned (voir dire) by the judge and attorneys.</p>
<p>To request a postponement, complete the online juror questionnaire within 10 days. Employers may not penalize employees for jury service.</p>
<p>Office of Jury Management &ndash; First Judicial District (e-Juror)</p>
</td></tr></table>"""
case("b107-18-neg-jury-duty-summons", [
    ("01-ejuror-summons.eml", mail(
        frm="e-Juror Notifications <ejuror-noreply@courts.phila.example>", to=OWNER,
        subject="Your Summons for Jury Service - Report Monday, April 20, 2026", date=d1,
        html=html_wrap(jury, "Georgia,serif"), cte="base64")),
], lab([], "medium", "negative/jury-duty",
       "E-juror summons with a report date/time, call-in line and voir dire questioning (HTML only, base64)."))

# ---- 19 rejection after an interview (quoted thank-you note)
d1 = dt(2026, 3, 20, 10, 26, NY, "Fri")
rej = """Dear Marisol,

Thank you for taking the time to interview with Anton, Michelle and me on Tuesday, and for your kind note afterward. We enjoyed learning about your trial-preparation experience.

After careful consideration, we have decided to move forward with another candidate whose background more closely matches the needs of our real estate group at this time. This was a difficult decision - we had a strong candidate pool.

We will keep your resume on file and encourage you to apply for future roles with Sorensen Alcott.

With best wishes,

Claire Hollis
Director of Legal Talent
Sorensen Alcott LLP
One Oxford Centre, 301 Grant Street, Suite 2700, Pittsburgh, PA 15219
412-555-0148

On Tue, Mar 17, 2026 at 6:41 PM Marisol Treadwell <marisol.treadwell@example.com> wrote:
> Dear Claire,
>
> Thank you for the opportunity to interview today for the Real Estate Paralegal position. I enjoyed meeting Anton and Michelle and hearing about the closing calendar the team manages. I'd welcome the chance to discuss next steps.
>
> Best regards,
> Marisol Treadwell
> 267-555-0129
"""
case("b107-19-neg-rejection-after-interview", [
    ("01-rejection-reply.eml", mail(
        frm="Claire Hollis <chollis@sorensenalcott.example>", to=OWNER_FULL,
        subject="RE: Thank you - Real Estate Paralegal interview", date=d1, text=rej,
        in_reply_to="<CAPm3r1s0l-thanks-0317@mail.example.com>")),
], lab([], "medium", "negative/rejection",
       "Rejection replying to her post-interview thank-you note (past interview only, no new meeting)."))

# ---- 20 ATS thank-you-for-applying receipt (iCIMS)
d1 = dt(2026, 3, 2, 21, 9, NY, "Mon")
rcpt = """<p>Dear Marisol,</p>
<p>Thank you for applying for the <b>Paralegal - Trusts &amp; Estates</b> position (Req #2026-0211) at Keller Dunmore LLP. We have received your application.</p>
<p><b>What happens next?</b><br>Our Legal Recruiting team reviews every application. If your qualifications match the requirements of the role, a recruiter will contact you to schedule an interview. Due to the volume of applications, we are unable to respond to every candidate individually.</p>
<p>You can check the status of your application at any time in our Career Portal.</p>
<p>Thank you for your interest in Keller Dunmore.</p>
<p>Legal Recruiting<br>Keller Dunmore LLP | Washington, DC &middot; New York &middot; Philadelphia</p>
<p style="font-size:11px;color:#888">Please do not reply to this email. Powered by iCIMS.</p>"""
case("b107-20-neg-icims-thank-you-for-applying", [
    ("01-icims-application-received.eml", mail(
        frm="Keller Dunmore LLP <donotreply@kellerdunmore.icims.example>", to=OWNER,
        subject="Thank you for applying - Paralegal - Trusts & Estates (Req #2026-0211)", date=d1,
        html=html_wrap(rcpt))),
], lab([], "easy", "negative/application-received",
       "iCIMS application receipt that says a recruiter may contact her to schedule an interview."))

# ---- 21 Breezy 'select a time' with candidate slots, never booked
d1 = dt(2026, 3, 25, 13, 10, NY, "Wed")
sel = """<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;color:#333">
<p style="font-size:20px;color:#0a7cff">Schedule Your Interview</p>
<p>Hi Marisol,</p>
<p>Tillman Greer LLP would like to schedule a <strong>phone interview</strong> with you for the <strong>Real Estate Paralegal</strong> position. Please choose one of the times below (all times Eastern):</p>
<ul>
<li>Tuesday, March 31 &ndash; 10:00 AM</li>
<li>Tuesday, March 31 &ndash; 11:30 AM</li>
<li>Wednesday, April 1 &ndash; 2:00 PM</li>
<li>Thursday, April 2 &ndash; 4:00 PM</li>
</ul>
<p><a href="https://tillman-greer-llp.breezy.example/p/5ad1c0e7/schedule" style="background:#0a7cff;color:#fff;padding:10px 16px;text-decoration:none">Select a Time</a></p>
<p>Once you choose a time, you'll receive a confirmation with the call details. If none of these work, reply and let us know your availability.</p>
<p>Thanks,<br>Joel Pratt, Office Manager<br>Tillman Greer LLP</p>
<p style="font-size:11px;color:#999">Sent with Breezy HR</p></div>"""
case("b107-21-neg-breezy-select-a-time-unbooked", [
    ("01-breezy-schedule-your-interview.eml", mail(
        frm="Tillman Greer LLP <notifications@breezy-mail.example>", to=OWNER,
        reply_to="Tillman Greer LLP <tillman-greer-llp+c4410@candidates.breezy.example>",
        subject="Schedule your phone interview with Tillman Greer LLP", date=d1, html=html_wrap(sel))),
], lab([], "hard", "negative/availability-request",
       "Breezy HR asks her to pick one of several listed slots; nothing is ever booked."))

# ---- 22 one-way recorded video interview (firm portal + vendor)
d1 = dt(2026, 3, 30, 8, 2, NY, "Mon")
ow = """Hi Marisol,

Thank you for your interest in the Litigation Paralegal position at Northgate Whitney LLP. The next step in our process is an on-demand video interview.

This is a one-way interview: there is no live interviewer. You will see 5 questions on screen and record your answers. You'll have 30 seconds to prepare and up to 2 minutes to answer each question. Most candidates finish in about 20 minutes.

Please complete your video interview by Friday, April 3, 2026 at 11:59 PM ET:
https://northgatewhitney.cliphire.example/interview/AX7-22Q9

Tips: find a quiet spot, test your camera and microphone, and use Chrome or Edge.

Good luck!
Northgate Whitney LLP Recruiting
Powered by ClipHire
"""
case("b107-22-neg-one-way-video-interview", [
    ("01-on-demand-video-interview.eml", mail(
        frm="Northgate Whitney LLP Recruiting <no-reply@cliphire.example>", to=OWNER,
        subject="Action required: complete your video interview for Litigation Paralegal", date=d1,
        text=ow, html=html_wrap(paras_to_html(ow)))),
], lab([], "medium", "negative/one-way-video",
       "One-way recorded video interview with a completion deadline (no live conversation)."))


# =====================================================================================
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b107-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind107 labels (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), "
          f"{sum(len(v['interviews']) for v in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
