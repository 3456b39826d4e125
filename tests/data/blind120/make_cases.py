#!/usr/bin/env python3
"""Deterministic generator for the blind120 evaluation set.

Theme: an hourly-hiring job seeker (warehouse shift supervisor / CDL-A driver in
Columbus, Ohio) - conversational AI schedulers, Indeed/Fountain/Harver/Workstream/
Snagajob-style mail, staffing branch, SMS forwarded to e-mail, terse mail.

Rewrites every case folder (b120-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All offsets are computed with zoneinfo.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
PHX = ZoneInfo("America/Phoenix")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

OWNER = "dale.kowalczyk@example.com"
OWNER_NAME = "Dale Kowalczyk"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
DALE_SIG = "Dale Kowalczyk\n614-555-0148"

# weekday sanity: 0=Mon
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def T(y, mo, d, hh, mi, s=0, tz=NY, wd=None):
    x = datetime(y, mo, d, hh, mi, s, tzinfo=tz)
    if wd is not None:
        assert WD[x.weekday()] == wd, (x, wd)
    return x


def iso(x):
    return x.isoformat() if x is not None else None


def h(s):
    return hashlib.sha1(s.encode()).hexdigest()


# ---------------------------------------------------------------- iCalendar
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += k
    out.append(cur)
    return "\r\n".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def u(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(x):
    return x.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def vevent(*, uid, start, end, summary, stamp, organizer=None, attendees=(), description=None,
           location=None, seq=0, status="CONFIRMED", tzid=None, extra=()):
    L = ["BEGIN:VEVENT"]
    if tzid:
        L.append(f"DTSTART;TZID={tzid}:{loc(start)}")
        if end is not None:
            L.append(f"DTEND;TZID={tzid}:{loc(end)}")
    else:
        L.append(f"DTSTART:{u(start)}")
        if end is not None:
            L.append(f"DTEND:{u(end)}")
    L.append(f"DTSTAMP:{u(stamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        name, mail = a[0], a[1]
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        stat = a[3] if len(a) > 3 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={stat};RSVP=TRUE;CN={cn(name)}:mailto:{mail}")
    if description is not None:
        L.append("DESCRIPTION:" + esc(description))
    if location is not None:
        L.append("LOCATION:" + esc(location))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary)]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcal(method, prodid, events, tzids=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzids:
        L += VTZ[t]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
def html_of(text):
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,'
            'sans-serif;font-size:14px;color:#222">\n' + body + "</body></html>\n")


def mail(case, n, *, frm, to, subject, date, text=None, html=None, text_cte=None, html_cte=None,
         cal=None, cal_method="REQUEST", cal_cte=None, attach_ics=None, attach_name="invite.ics",
         headers=(), reply_to=None, in_reply_to=None, references=None, cc=None, mid_domain="mail.example",
         received_from="mx.mail.example"):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from {received_from} ({received_from} [203.0.113.{10 + n}]) "
                     f"by mx1.example.com with ESMTPS id {h(case + str(n))[:12]} "
                     f"for <{OWNER}>; {format_datetime(date)}")
    m["Return-Path"] = "<" + (frm.split("<")[-1].rstrip(">") if "<" in frm else frm) + ">"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    mid = f"<{h(case + ':' + str(n))[:24]}@{mid_domain}>"
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=text_cte)
        m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    else:
        m.set_content(text, cte=text_cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), maintype="application", subtype="ics",
                         filename=attach_name)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"b120_{h(case + str(n) + str(i))[:20]}")
            i += 1
    return m.as_bytes(policy=policy.default), mid


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = dict(user=OWNER, **label)


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return dict(company=company, role=role, start=iso(start), end=iso(end), status=status,
                interviewer_emails=list(interviewers), followup_recipients=list(recipients), kind=kind)


# =================================================================== POSITIVES
def c01():
    cid = "b120-01-chat-assistant-confirmed-across-dst"
    bot = "Maya at Harbor & Pine <no-reply@hire.convohire.example>"
    kendra = "kendra.moss@harborpine.example"
    s, e = T(2026, 3, 12, 13, 30, wd="Thu"), T(2026, 3, 12, 14, 0)
    sent = T(2026, 3, 6, 15, 42, 11, wd="Fri")
    html1 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
<body style="margin:0;background:#f3f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d2b36">
<tr><td style="padding:24px 28px;background:#0f4c5c;color:#fff;font-size:20px">Harbor &amp; Pine Home &middot; Careers</td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:22px">
<p>Hi Dale! &#127881;</p>
<p><b>Your interview is confirmed!</b></p>
<p><b>Position:</b> Outbound Shift Supervisor &ndash; DC 4 (Groveport)<br>
<b>When:</b> Thu, Mar 12 at 1:30p<br>
<b>Where:</b> Harbor &amp; Pine DC 4, 4100 Alum Creek Dr, Groveport, OH 43125<br>
<b>With:</b> Shawna Pruitt, Outbound Operations Manager</p>
<p>Please check in at the guard shack and let them know you're here for an interview. Bring a photo ID.
Closed-toe shoes are required if you go on the floor tour.</p>
<p>Reply <b>C</b> to cancel or <b>R</b> to reschedule. I'm an automated assistant, so keep replies short!</p>
<p>Questions about the job itself? Your recruiter is Kendra Moss &ndash; <a href="mailto:{kendra}">{kendra}</a>.</p>
<p>&mdash; Maya, Harbor &amp; Pine hiring assistant</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#7a8793">Harbor &amp; Pine Home is an equal opportunity employer.
You are receiving this message because you applied for a position. Powered by ConvoHire.</td></tr>
</table></td></tr></table></body></html>
"""
    cal = vcal("REQUEST", "-//ConvoHire//Scheduling 4.2//EN", [vevent(
        uid=f"{h(cid)[:16]}@convohire.example", start=s, end=e, stamp=sent, tzid="America/New_York",
        summary="Interview: Outbound Shift Supervisor - Harbor & Pine DC 4",
        organizer=("Harbor & Pine Hiring", "no-reply@hire.convohire.example"),
        attendees=[(OWNER_NAME, OWNER)],
        description="In-person interview with Shawna Pruitt (Outbound Operations Manager). Check in at the guard shack. Reply C to cancel.",
        location="Harbor & Pine DC 4, 4100 Alum Creek Dr, Groveport, OH 43125")], tzids=["America/New_York"])
    m1, _ = mail(cid, 1, frm=bot, to=OWNER, subject="Your interview is confirmed! \U0001F389",
                 date=sent, html=html1, html_cte="base64", attach_ics=cal, attach_name="interview.ics",
                 mid_domain="hire.convohire.example", received_from="out-7.convohire.example")
    sent2 = T(2026, 3, 11, 13, 30, 2, wd="Wed")
    html2 = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px">
<p>Hi Dale, just a reminder: your interview for <b>Outbound Shift Supervisor</b> is <b>tomorrow at 1:30 PM</b> at DC 4 in Groveport.</p>
<p>Running late or can't make it? Reply <b>R</b> to reschedule or <b>C</b> to cancel.</p>
<p>&mdash; Maya</p></body></html>
"""
    m2, _ = mail(cid, 2, frm=bot, to=OWNER, subject="Reminder: interview tomorrow", date=sent2,
                 html=html2, html_cte="quoted-printable", mid_domain="hire.convohire.example",
                 received_from="out-3.convohire.example")
    case(cid, [("01-convohire-interview-confirmed.eml", m1), ("02-convohire-reminder.eml", m2)], dict(
        interview=True,
        interviews=[iv("Harbor & Pine Home", "Outbound Shift Supervisor", s, e, "scheduled", [], [kendra],
                       "hiring_manager")],
        difficulty="medium", category="positive/conversational-ai",
        notes="Paradox-style assistant, HTML-only base64 body with .ics; sent in EST for an EDT interview "
              "(after Mar 8). Manager has no address, recruiter named in footer is the follow-up contact.",
        source="synthetic"))


def c02():
    cid = "b120-02-indeed-interview-plus-recruiter-note"
    brent = "bhollis@ridgelinefreight.example"
    s, e = T(2026, 3, 17, 10, 0, wd="Tue"), T(2026, 3, 17, 10, 30)
    sent1 = T(2026, 3, 16, 9, 5, 40, wd="Mon")
    text1 = """Indeed

Your interview is confirmed

Ridgeline Freight Lines
Regional CDL-A Driver - Columbus, OH

Tuesday, March 17, 2026
10:00 AM - 10:30 AM EDT
Video interview on Indeed

Join your interview: https://interview.indeedemail.example/j/7KQ2-W9PL

Interviewer: Brent Hollis

Tips: join from a quiet spot, test your camera and microphone ahead of time, and have your CDL handy.

Need to reschedule? Go to My Jobs > Interviews.

This message was sent to dale.kowalczyk@example.com. (c) 2026 Indeed - do not reply to this email.
"""
    m1, mid1 = mail(cid, 1, frm="Indeed <no-reply@indeedemail.example>", to=OWNER,
                    subject="Interview confirmed: Regional CDL-A Driver at Ridgeline Freight Lines",
                    date=sent1, text=text1, html=html_of(text1), html_cte="quoted-printable",
                    mid_domain="indeedemail.example", received_from="mail-a.indeedemail.example")
    sent2 = T(2026, 3, 16, 14, 21, 9, wd="Mon")
    text2 = """Hey Dale,

Looking forward to our Indeed video chat tmrw @ 10. If the video link gives you any trouble I'll just call you on 614-555-0148, no big deal either way.

I'll walk you through our regional lanes (mostly OH/IN/KY/PA, home every weekend), pay and the equipment, and want to hear about your driving history and the warehouse supervisor side too.

Thanks,
Brent Hollis
Driver Recruiter | Ridgeline Freight Lines
2250 Westbelt Dr, Columbus, OH 43228
o: 614-555-0190 | c: 614-555-0133
"""
    m2, _ = mail(cid, 2, frm=f"Brent Hollis <{brent}>", to=OWNER, subject="tomorrow",
                 date=sent2, text=text2, mid_domain="ridgelinefreight.example",
                 received_from="smtp.ridgelinefreight.example")
    case(cid, [("01-indeed-interview-confirmed.eml", m1), ("02-brent-tomorrow.eml", m2)], dict(
        interview=True,
        interviews=[iv("Ridgeline Freight Lines", "Regional CDL-A Driver", s, e, "scheduled", [brent], [brent],
                       "phone_screen")],
        difficulty="medium", category="positive/indeed",
        notes="Indeed Interview confirmation (no-reply) + recruiter's terse 'tmrw @ 10' note: one interview.",
        source="synthetic"))


def c03():
    cid = "b120-03-fountain-hiring-event-booked-slot"
    marisol = "mvega@olentangyfoods.example"
    s, e = T(2026, 3, 21, 10, 30, wd="Sat"), T(2026, 3, 21, 10, 45)
    sent1 = T(2026, 3, 17, 18, 2, 33, wd="Tue")
    text1 = """Hi Dale,

You're booked! Thanks for applying to Olentangy Foods Distribution.

OPEN INTERVIEW DAY - Warehouse Supervisor (Nights) & Order Selectors
Date: Saturday, March 21, 2026
Your time slot: 10:30 AM - 10:45 AM
Location: Olentangy Foods DC, 6200 Westerville Rd, Westerville, OH 43081 (use the visitor lot by Door 2)

Doors open at 9:00 AM and walk-ins are welcome until 1:00 PM, but candidates with a booked slot are seen first. At your slot you'll sit down with a member of our operations leadership team for a 15-minute interview. Qualified candidates may receive a conditional offer the same day.

What to bring:
- Photo ID
- Work history for the last 5 years
- Steel-toe boots if you want to join the floor walk

Can't make it? Reschedule here: https://olentangyfoods.fountain-apply.example/r/8fd2a1

Questions? Text (614) 555-0122 or email Marisol Vega, Talent Acquisition, mvega@olentangyfoods.example

Olentangy Foods Distribution | Powered by Fountain
"""
    m1, _ = mail(cid, 1, frm="Olentangy Foods Hiring Team <no-reply@fountain-apply.example>", to=OWNER,
                 subject="You're booked: Open Interview Day on Sat 3/21", date=sent1, text=text1,
                 html=html_of(text1), html_cte="base64", mid_domain="fountain-apply.example",
                 received_from="o1.fountain-apply.example")
    sent2 = T(2026, 3, 20, 12, 0, 5, wd="Fri")
    text2 = ("Olentangy Foods: Reminder - your interview is tomorrow (Sat) at 10:30am, 6200 Westerville Rd, "
             "Door 2. Reply YES to confirm or go to https://olentangyfoods.fountain-apply.example/r/8fd2a1 "
             "to reschedule.\n")
    m2, _ = mail(cid, 2, frm="Olentangy Foods Hiring Team <no-reply@fountain-apply.example>", to=OWNER,
                 subject="Reminder: interview tomorrow at 10:30am", date=sent2, text=text2,
                 mid_domain="fountain-apply.example", received_from="o2.fountain-apply.example")
    case(cid, [("01-fountain-booked.eml", m1), ("02-fountain-reminder.eml", m2)], dict(
        interview=True,
        interviews=[iv("Olentangy Foods Distribution", "Warehouse Supervisor (Nights)", s, e, "scheduled", [],
                       [marisol], "other")],
        difficulty="hard", category="positive/hiring-event",
        notes="Hiring event 9 AM-1 PM walk-in window, but the candidate booked a 10:30-10:45 slot: the booked "
              "slot is the interview (window is not). Interviewer unnamed; recruiter in the text is follow-up.",
        source="synthetic"))


def c04():
    cid = "b120-04-staffing-branch-walk-in-window"
    lor = "ldobbs@tricountyworkforce.example"
    s, e = T(2026, 3, 10, 9, 0, wd="Tue"), T(2026, 3, 10, 11, 0)
    sent1 = T(2026, 3, 5, 16, 10, 0, wd="Thu")
    text1 = """Hi Dale,

Got your application for the Shipping Supervisor (temp-to-hire) spot with our client out in Obetz - 2nd shift, $24/hr to start, goes perm after 90 days.

Come by the branch Tuesday between 9 and 11 and I'll do your interview and we'll get your paperwork started. Bring 2 forms of ID (DL + SS card or passport) and your forklift cert if you have it. Should take about an hour all in.

Thanks!
Lorraine Dobbs
Branch Recruiter
Tri-County Workforce Solutions - Westside Branch
3740 W Broad St, Suite 12, Columbus, OH 43228
P 614-555-0177 | F 614-555-0178
"""
    m1, mid1 = mail(cid, 1, frm=f"Lorraine Dobbs <{lor}>", to=OWNER,
                    subject="Shipping Supervisor - Obetz", date=sent1, text=text1,
                    mid_domain="tricountyworkforce.example", received_from="mail.tricountyworkforce.example")
    sent2 = T(2026, 3, 5, 19, 44, 51, wd="Thu")
    text2 = f"""Tuesday works, I'll see you then. I have my forklift card.

{DALE_SIG}

On Thu, Mar 5, 2026 at 4:10 PM Lorraine Dobbs <{lor}> wrote:
""" + "\n".join("> " + x if x else ">" for x in text1.splitlines()) + "\n"
    m2, mid2 = mail(cid, 2, frm=OWNER_FULL, to=f"Lorraine Dobbs <{lor}>",
                    subject="Re: Shipping Supervisor - Obetz", date=sent2, text=text2, in_reply_to=mid1,
                    mid_domain="example.com", received_from="smtp.example.com")
    sent3 = T(2026, 3, 6, 8, 2, 17, wd="Fri")
    text3 = "Great. Just ask for me at the front desk.\n\nLorraine\n\nSent from my iPhone\n"
    m3, _ = mail(cid, 3, frm=f"Lorraine Dobbs <{lor}>", to=OWNER, subject="Re: Shipping Supervisor - Obetz",
                 date=sent3, text=text3, in_reply_to=mid2, references=f"{mid1} {mid2}",
                 mid_domain="tricountyworkforce.example", received_from="mail.tricountyworkforce.example")
    case(cid, [("01-lorraine-come-by-branch.eml", m1), ("02-dale-reply.eml", m2), ("03-lorraine-ok.eml", m3)],
         dict(interview=True,
              interviews=[iv("Tri-County Workforce Solutions", "Shipping Supervisor (temp-to-hire)", s, e,
                             "scheduled", [lor], [lor], "other")],
              difficulty="hard", category="positive/staffing-agency",
              notes="Staffing branch recruiter conducts the interview in a walk-in window 'Tuesday between 9 "
                    "and 11' (resolved against Thu Mar 5 -> Tue Mar 10, already EDT); window taken as start/end.",
              source="synthetic"))


def c05():
    cid = "b120-05-terminal-manager-phone-screen-central-time"
    ray = "rduchene@keystonecarrier.example"
    s, e = T(2026, 3, 18, 14, 30, tz=CHI, wd="Wed"), T(2026, 3, 18, 14, 50, tz=CHI)
    sent1 = T(2026, 3, 13, 11, 2, 0, tz=CHI, wd="Fri")
    text1 = """Dale -

Saw your app for the Regional CDL-A (Ohio Valley lanes, home weekly in Columbus). I run the Nashville terminal these trucks dispatch out of. Want to do a quick phone screen before we send you to orientation paperwork.

How's Wed 3/18 at 2:30 my time (central)?

Ray Duchene
Terminal Manager
Keystone Carrier Group - Nashville Terminal
880 Cowan St, Nashville, TN 37207
cell 615-555-0163
"""
    m1, mid1 = mail(cid, 1, frm=f"Ray Duchene <{ray}>", to=OWNER, subject="Regional CDL-A - phone screen",
                    date=sent1, text=text1, mid_domain="keystonecarrier.example",
                    received_from="mail.keystonecarrier.example",
                    headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    sent2 = T(2026, 3, 13, 12, 30, 44, wd="Fri")
    text2 = f"""Ray,

2:30 central works (3:30 for me). Best number is 614-555-0148.

Thanks
Dale

-----Original Message-----
From: Ray Duchene <{ray}>
Sent: Friday, March 13, 2026 11:02 AM
To: {OWNER}
Subject: Regional CDL-A - phone screen

{text1}"""
    m2, mid2 = mail(cid, 2, frm=OWNER_FULL, to=f"Ray Duchene <{ray}>", subject="RE: Regional CDL-A - phone screen",
                    date=sent2, text=text2, in_reply_to=mid1, mid_domain="example.com",
                    received_from="smtp.example.com")
    sent3 = T(2026, 3, 13, 13, 5, 12, tz=CHI, wd="Fri")
    text3 = "Perfect. I'll call you Wed at 2:30 CT. Plan on 20 min.\n\nRay\n"
    m3, _ = mail(cid, 3, frm=f"Ray Duchene <{ray}>", to=OWNER, subject="RE: Regional CDL-A - phone screen",
                 date=sent3, text=text3, in_reply_to=mid2, references=f"{mid1} {mid2}",
                 mid_domain="keystonecarrier.example", received_from="mail.keystonecarrier.example")
    case(cid, [("01-ray-phone-screen.eml", m1), ("02-dale-works.eml", m2), ("03-ray-confirms.eml", m3)], dict(
        interview=True,
        interviews=[iv("Keystone Carrier Group", "Regional CDL-A Driver", s, e, "scheduled", [ray], [ray],
                       "phone_screen")],
        difficulty="medium", category="positive/thread-timezone",
        notes="Terminal manager in Central time; 2:30 CT (CDT, -05:00) = 3:30 ET; 20 minutes.",
        source="synthetic"))


def c06():
    cid = "b120-06-harver-interview-cancelled-by-employer"
    gus = "gferreira@sciotovalleymfg.example"
    nadia = "nbrooks@sciotovalleymfg.example"
    s, e = T(2026, 3, 23, 14, 0, wd="Mon"), T(2026, 3, 23, 14, 45)
    sent1 = T(2026, 3, 18, 10, 15, 20, wd="Wed")
    uid = f"hv-{h(cid)[:20]}@harver-mail.example"
    ev = dict(uid=uid, start=s, end=e, tzid="America/New_York",
              summary="Interview - Production Supervisor, 2nd Shift - Scioto Valley Manufacturing",
              organizer=("Scioto Valley Manufacturing", "scheduling@harver-mail.example"),
              attendees=[("Gus Ferreira", gus), (OWNER_NAME, OWNER)],
              location="Scioto Valley Manufacturing Plant 2, 455 Eastern Ave, Chillicothe, OH 45601",
              description="In-person interview with Gus Ferreira (Plant Manager). Check in at the main lobby.")
    cal1 = vcal("REQUEST", "-//Harver//Scheduling//EN", [vevent(stamp=sent1, **ev)], ["America/New_York"])
    text1 = """Hi Dale,

Your interview is scheduled.

Production Supervisor, 2nd Shift
Scioto Valley Manufacturing

Mon, Mar 23, 2026 · 2:00 – 2:45 PM (EDT)
In person: Plant 2, 455 Eastern Ave, Chillicothe, OH 45601
Interviewer: Gus Ferreira, Plant Manager

A calendar file is attached. To change your time, use the link in your candidate portal.

Scioto Valley Manufacturing Talent Team
(sent via Harver)
"""
    m1, _ = mail(cid, 1, frm="Scioto Valley Manufacturing <scheduling@harver-mail.example>", to=OWNER,
                 subject="Your interview is scheduled - Production Supervisor, 2nd Shift", date=sent1,
                 text=text1, text_cte="quoted-printable", html=html_of(text1), html_cte="quoted-printable",
                 attach_ics=cal1, mid_domain="harver-mail.example", received_from="mta2.harver-mail.example")
    sent2 = T(2026, 3, 20, 8, 47, 3, wd="Fri")
    text2 = """Hi Dale,

I'm sorry to do this on short notice, but we need to cancel Monday's interview with Gus. The 2nd shift supervisor requisition was put on hold yesterday afternoon while we re-plan the line 4 expansion.

I'll reach out directly if it reopens - you were one of our top applicants.

Nadia Brooks
HR Generalist | Scioto Valley Manufacturing
455 Eastern Ave, Chillicothe, OH 45601 | 740-555-0126
"""
    m2, _ = mail(cid, 2, frm=f"Nadia Brooks <{nadia}>", to=OWNER, cc=f"Gus Ferreira <{gus}>",
                 subject="Monday's interview", date=sent2, text=text2,
                 mid_domain="sciotovalleymfg.example", received_from="mail.sciotovalleymfg.example")
    sent3 = T(2026, 3, 20, 8, 52, 41, wd="Fri")
    cal3 = vcal("CANCEL", "-//Harver//Scheduling//EN",
                [vevent(stamp=sent3, seq=1, status="CANCELLED", **ev)], ["America/New_York"])
    text3 = """Hi Dale,

Your interview for Production Supervisor, 2nd Shift on Mon, Mar 23, 2026 at 2:00 PM (EDT) has been cancelled by Scioto Valley Manufacturing.

Scioto Valley Manufacturing Talent Team
(sent via Harver)
"""
    m3, _ = mail(cid, 3, frm="Scioto Valley Manufacturing <scheduling@harver-mail.example>", to=OWNER,
                 subject="Interview cancelled - Production Supervisor, 2nd Shift", date=sent3, text=text3,
                 cal=cal3, cal_method="CANCEL", mid_domain="harver-mail.example",
                 received_from="mta2.harver-mail.example")
    case(cid, [("01-harver-scheduled.eml", m1), ("02-nadia-cancel.eml", m2), ("03-harver-cancelled.eml", m3)],
         dict(interview=True,
              interviews=[iv("Scioto Valley Manufacturing", "Production Supervisor, 2nd Shift", s, e, "cancelled",
                             [gus], [gus], "hiring_manager")],
              difficulty="easy", category="positive/cancellation",
              notes="Harver-style scheduled + .ics; HR cancels (req on hold) + METHOD:CANCEL. Cancelled at last time.",
              source="synthetic"))


def c07():
    cid = "b120-07-workstream-rescheduled-by-candidate"
    tasha = "tgreer@maumeecold.example"
    s0 = T(2026, 3, 25, 9, 0, wd="Wed")
    s, e = T(2026, 3, 26, 13, 30, wd="Thu"), T(2026, 3, 26, 14, 0)
    ws = "Maumee Cold Chain <notifications@workstream-mail.example>"
    sent1 = T(2026, 3, 23, 12, 5, 7, wd="Mon")
    text1 = """Hi Dale, your interview with Maumee Cold Chain is set!

Position: Warehouse Shift Lead - Freezer (Nights)
When: Wed, Mar 25 at 9:00 AM (30 min)
Where: 1800 Lockbourne Rd, Columbus, OH 43207 - front office
You'll meet with: Ron Szabo, Operations Manager

Dress warm if you want the freezer tour.
Need to reschedule? https://hire.workstream-mail.example/m/xk29Pq

Maumee Cold Chain via Workstream
"""
    m1, mid1 = mail(cid, 1, frm=ws, to=OWNER, reply_to=f"Tasha Greer <{tasha}>",
                    subject="Interview confirmed - Maumee Cold Chain", date=sent1, text=text1,
                    html=html_of(text1), mid_domain="workstream-mail.example",
                    received_from="send.workstream-mail.example")
    sent2 = T(2026, 3, 23, 20, 11, 30, wd="Mon")
    text2 = f"""Hi Tasha,

I just realized Wednesday morning I'm still on shift at my current job till 0700 and then we have a mandatory meeting after. Could we do Thursday afternoon instead? Anytime after 1 works.

Sorry for the hassle,
{DALE_SIG}
"""
    m2, mid2 = mail(cid, 2, frm=OWNER_FULL, to=f"Tasha Greer <{tasha}>",
                    subject="Re: Interview confirmed - Maumee Cold Chain", date=sent2, text=text2,
                    in_reply_to=mid1, mid_domain="example.com", received_from="smtp.example.com")
    sent3 = T(2026, 3, 24, 8, 30, 2, wd="Tue")
    text3 = f"""No problem Dale, I moved you to Thu 3/26 @ 1:30p with Ron. You'll get a new confirmation text/email.

Tasha Greer
Recruiting Coordinator, Maumee Cold Chain
1800 Lockbourne Rd, Columbus, OH 43207 | 614-555-0109

-----Original Message-----
From: Dale Kowalczyk <{OWNER}>
Sent: Monday, March 23, 2026 8:11 PM
To: Tasha Greer <{tasha}>
Subject: Re: Interview confirmed - Maumee Cold Chain

{text2}"""
    m3, mid3 = mail(cid, 3, frm=f"Tasha Greer <{tasha}>", to=OWNER,
                    subject="RE: Interview confirmed - Maumee Cold Chain", date=sent3, text=text3,
                    in_reply_to=mid2, references=f"{mid1} {mid2}", mid_domain="maumeecold.example",
                    received_from="mail.maumeecold.example")
    sent4 = T(2026, 3, 24, 8, 31, 40, wd="Tue")
    text4 = """Hi Dale, your interview with Maumee Cold Chain has been rescheduled.

Position: Warehouse Shift Lead - Freezer (Nights)
New time: Thu, Mar 26 at 1:30 PM (30 min)
Where: 1800 Lockbourne Rd, Columbus, OH 43207 - front office
You'll meet with: Ron Szabo, Operations Manager

Maumee Cold Chain via Workstream
"""
    m4, _ = mail(cid, 4, frm=ws, to=OWNER, reply_to=f"Tasha Greer <{tasha}>",
                 subject="Interview rescheduled - Maumee Cold Chain", date=sent4, text=text4,
                 html=html_of(text4), mid_domain="workstream-mail.example",
                 received_from="send.workstream-mail.example")
    assert s0 < s
    case(cid, [("01-workstream-confirmed.eml", m1), ("02-dale-asks-to-move.eml", m2),
               ("03-tasha-moved.eml", m3), ("04-workstream-rescheduled.eml", m4)], dict(
        interview=True,
        interviews=[iv("Maumee Cold Chain", "Warehouse Shift Lead - Freezer (Nights)", s, e, "scheduled", [],
                       [tasha], "hiring_manager")],
        difficulty="medium", category="positive/reschedule",
        notes="Wed 3/25 9:00 moved by the candidate to Thu 3/26 1:30p; final time only. Interviewer Ron has no "
              "address; coordinator Tasha (Reply-To) is the follow-up.",
        source="synthetic"))


def c08():
    cid = "b120-08-two-interviews-snagajob-and-google-phoenix"
    carla = "cbenavides@lakeshoreparcel.example"
    s1 = T(2026, 3, 27, 11, 0, wd="Fri")
    s2, e2 = T(2026, 3, 30, 7, 0, tz=PHX, wd="Mon"), T(2026, 3, 30, 7, 30, tz=PHX)
    sent1 = T(2026, 3, 19, 16, 40, 12, wd="Thu")
    text1 = """Good news, Dale!

Grandview Home Goods scheduled an interview with you.

Inventory Control Supervisor
Grandview Home Goods DC - Etna, OH

Friday, March 27 at 11:00 AM EDT
In person - 9800 Etna Pkwy, Etna, OH 43062
Ask for: Pam Ostrowski

Can't make it? Message Grandview Home Goods from your Snagajob inbox.

Snagajob
"""
    m1, _ = mail(cid, 1, frm="Snagajob <alerts@snagajob-mail.example>", to=OWNER,
                 subject="Interview scheduled with Grandview Home Goods", date=sent1, text=text1,
                 html=html_of(text1), html_cte="base64", mid_domain="snagajob-mail.example",
                 received_from="mail.snagajob-mail.example")
    sent2 = T(2026, 3, 20, 13, 15, 30, tz=PHX, wd="Fri")
    uid = f"{h(cid)[:26]}@google.com"
    desc = ("Carla will call you at the number on your application (614-555-0148).\n\n"
            "Role: Linehaul Operations Supervisor - Columbus hub")
    ical = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [vevent(
        uid=uid, start=s2, end=e2, stamp=sent2,
        summary="Lakeshore Parcel - Phone Screen (Linehaul Operations Supervisor)",
        organizer=("Carla Benavides", carla),
        attendees=[("Carla Benavides", carla, "REQ-PARTICIPANT", "ACCEPTED"), (OWNER, OWNER)],
        description=desc, location="Phone", extra=["TRANSP:OPAQUE"])])
    text2 = f"""Lakeshore Parcel - Phone Screen (Linehaul Operations Supervisor)
Monday Mar 30, 2026 ⋅ 7am – 7:30am
Mountain Standard Time - Phoenix

Location
Phone

{desc}

Organizer
Carla Benavides
{carla}

Guests
Carla Benavides - organizer
{OWNER}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={h(uid)[:40]}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    m2, _ = mail(cid, 2, frm=f"Carla Benavides <{carla}>", to=OWNER, reply_to=f"Carla Benavides <{carla}>",
                 subject=f"Invitation: Lakeshore Parcel - Phone Screen (Linehaul Operations Supervisor) @ Mon Mar 30, 2026 7am - 7:30am (MST) ({OWNER})",
                 date=sent2, text=text2, text_cte="base64", html=html_of(text2), html_cte="quoted-printable",
                 cal=ical, attach_ics=ical, mid_domain="google.com",
                 received_from="mail-sor-f69.google.com",
                 headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    case(cid, [("01-snagajob-grandview.eml", m1), ("02-invitation-lakeshore.eml", m2)], dict(
        interview=True,
        interviews=[
            iv("Grandview Home Goods", "Inventory Control Supervisor", s1, None, "scheduled", [], [], "other"),
            iv("Lakeshore Parcel", "Linehaul Operations Supervisor", s2, e2, "scheduled", [carla], [carla],
               "phone_screen")],
        difficulty="hard", category="positive/two-interviews",
        notes="Two companies: Snagajob-scheduled in-person (no duration, no human address) and a Google invite "
              "from a Phoenix recruiter (MST, no DST: 7am MST = 10am EDT).",
        source="synthetic"))


def c09():
    cid = "b120-09-sms-thread-forwarded-to-self"
    jess = "jkuhlman@ironweedtransport.example"
    s = T(2026, 3, 31, 14, 0, wd="Tue")
    sent = T(2026, 3, 30, 21, 14, 8, wd="Mon")
    text = f"""forwarding so I don't lose it

---------- Forwarded conversation ----------
Text messages with (380) 555-0119

Mon, Mar 30, 4:52 PM
(380) 555-0119: Hi Dale this is Jess Kuhlman w/ Ironweed Transport recruiting. Got ur app for the CDL-A Dedicated (home daily) job out of our Obetz yard. U free for a phone interview tmrw @ 2?

Mon, Mar 30, 5:20 PM
Me: Yes 2 works

Mon, Mar 30, 5:21 PM
(380) 555-0119: Perfect I'll call this number at 2. If anything changes email me {jess}

Mon, Mar 30, 5:21 PM
Me: 👍

--
Sent from my Galaxy
"""
    m, _ = mail(cid, 1, frm=OWNER_FULL, to=OWNER, subject="Fwd: Text messages with (380) 555-0119",
                date=sent, text=text, text_cte="quoted-printable", mid_domain="example.com",
                received_from="smtp.example.com")
    case(cid, [("01-fwd-sms-ironweed.eml", m)], dict(
        interview=True,
        interviews=[iv("Ironweed Transport", "CDL-A Dedicated Driver (home daily)", s, None, "scheduled",
                       [jess], [jess], "phone_screen")],
        difficulty="hard", category="positive/sms-forward",
        notes="SMS thread forwarded by the owner to himself; 'tmrw @ 2' resolved against Mon Mar 30 -> Tue Mar 31 "
              "14:00 EDT; recruiter does the call; no duration.",
        source="synthetic"))


def c10():
    cid = "b120-10-outlook-hiring-manager-half-past-ten"
    ali = "afenwick@buckeyecrossroads.example"
    jamal = "jokafor@buckeyecrossroads.example"
    s, e = T(2026, 4, 7, 10, 30, wd="Tue"), T(2026, 4, 7, 11, 15)
    sent = T(2026, 4, 1, 10, 2, 55, wd="Wed")
    tz = "Eastern Standard Time"
    cal = vcal("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid="040000008200E00074C5B7101A82E00800000000" + h(cid)[:32].upper(), start=s, end=e, stamp=sent,
        tzid=tz, summary="Dale Kowalczyk / Alicia - DC Shift Supervisor (3rd shift)",
        organizer=("Alicia Fenwick", ali),
        attendees=[(OWNER_NAME, OWNER), ("Jamal Okafor", jamal, "OPT-PARTICIPANT")],
        description="Hi Dale, as discussed with Jamal, here is the invite for our conversation.", location="Microsoft Teams Meeting",
        extra=["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
               "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])], [tz])
    text = """When: Tuesday, April 7, 2026 10:30 AM-11:15 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Dale,

As discussed with Jamal, here's the invite for our conversation Tuesday at half past ten. I manage the 3rd shift operation at DC 2 and I'd like to walk through how you run a shift, how you handle call-offs and your safety record. Jamal is optional on the invite in case he can jump on, but it'll mainly be the two of us.

Alicia Fenwick
Distribution Center Manager, DC 2
Buckeye Crossroads Distribution
3100 Creekside Pkwy, Lockbourne, OH 43137
M: 614-555-0171

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_b120x%40thread.v2/0>
Meeting ID: 284 113 906 227
Passcode: 7tZq3B
________________________________________________________________________________
"""
    m, _ = mail(cid, 1, frm=f"Alicia Fenwick <{ali}>", to=f"Dale Kowalczyk <{OWNER}>",
                cc=f"Jamal Okafor <{jamal}>", subject="DC Shift Supervisor (3rd shift) - Dale Kowalczyk / Alicia",
                date=sent, text=text, text_cte="quoted-printable", html=html_of(text),
                html_cte="quoted-printable", cal=cal, mid_domain="BN8PR12MB3300.namprd12.prod.outlook.example",
                received_from="NAM12-BN8-obe.outbound.protection.outlook.example",
                headers=[("Thread-Topic", "DC Shift Supervisor (3rd shift) - Dale Kowalczyk / Alicia"),
                         ("Content-class", "urn:content-classes:calendarmessage"),
                         ("X-MS-Has-Attach", ""), ("Accept-Language", "en-US")])
    case(cid, [("01-outlook-invite-alicia.eml", m)], dict(
        interview=True,
        interviews=[iv("Buckeye Crossroads Distribution", "DC Shift Supervisor (3rd shift)", s, e, "scheduled",
                       [ali], [ali], "hiring_manager")],
        difficulty="medium", category="positive/exchange",
        notes="Outlook/Teams invite with Windows TZID and a '(UTC-05:00)' label although April is EDT (-04:00). "
              "Jamal (recruiter) is optional/cc and not an interviewer.",
        source="synthetic"))


def c11():
    cid = "b120-11-chat-assistant-candidate-cancels"
    bot = "Riley from Crestline Auto Parts <riley@talk.hireassist.example>"
    s = T(2026, 4, 2, 9, 0, wd="Thu")
    sent1 = T(2026, 3, 30, 11, 20, 3, wd="Mon")
    html1 = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Dale,</p>
<p>Your interview is confirmed! Here are the details:</p>
<ul>
<li><b>Job:</b> Distribution Center Supervisor</li>
<li><b>Date/time:</b> Thursday, April 2 at 9:00 AM</li>
<li><b>Location:</b> Crestline Auto Parts DC, 2600 Rohr Rd, Lockbourne, OH 43137</li>
<li><b>Interviewer:</b> Dwayne Pickett, DC General Manager</li>
</ul>
<p>Reply <b>C</b> to cancel or <b>R</b> to reschedule.</p>
<p>Riley<br><span style="color:#888">Crestline Auto Parts virtual recruiting assistant</span></p>
</body></html>
"""
    m1, mid1 = mail(cid, 1, frm=bot, to=OWNER, subject="Your interview is confirmed!", date=sent1, html=html1,
                    html_cte="quoted-printable", mid_domain="talk.hireassist.example",
                    received_from="mx-out.hireassist.example")
    sent2 = T(2026, 4, 1, 18, 3, 22, wd="Wed")
    text2 = ("C\n\nI accepted another offer, thank you.\n\n"
             "On Mon, Mar 30, 2026, 11:20 AM Riley from Crestline Auto Parts <riley@talk.hireassist.example> wrote:\n"
             "> Hi Dale,\n> Your interview is confirmed! Here are the details:\n"
             "> Job: Distribution Center Supervisor\n> Date/time: Thursday, April 2 at 9:00 AM\n"
             "> Location: Crestline Auto Parts DC, 2600 Rohr Rd, Lockbourne, OH 43137\n"
             "> Interviewer: Dwayne Pickett, DC General Manager\n> Reply C to cancel or R to reschedule.\n")
    m2, mid2 = mail(cid, 2, frm=OWNER_FULL, to=bot, subject="Re: Your interview is confirmed!", date=sent2,
                    text=text2, in_reply_to=mid1, mid_domain="example.com", received_from="smtp.example.com")
    sent3 = T(2026, 4, 1, 18, 3, 51, wd="Wed")
    html3 = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<p>Got it, Dale. Your interview on Thursday, April 2 at 9:00 AM has been cancelled.</p>
<p>Congrats on the new job! If you change your mind, reply <b>R</b> anytime and I'll find you a new time.</p>
<p>Riley</p></body></html>
"""
    m3, _ = mail(cid, 3, frm=bot, to=OWNER, subject="Re: Your interview is confirmed!", date=sent3, html=html3,
                 in_reply_to=mid2, references=f"{mid1} {mid2}", mid_domain="talk.hireassist.example",
                 received_from="mx-out.hireassist.example")
    case(cid, [("01-riley-confirmed.eml", m1), ("02-dale-replies-c.eml", m2), ("03-riley-cancelled.eml", m3)],
         dict(interview=True,
              interviews=[iv("Crestline Auto Parts", "Distribution Center Supervisor", s, None, "cancelled", [], [],
                             "hiring_manager")],
              difficulty="medium", category="positive/cancellation",
              notes="Conversational assistant; candidate withdraws by replying C. Cancelled at Thu Apr 2 9:00 EDT. "
                    "No human address anywhere (bot only) -> empty recipients.",
              source="synthetic"))


def c12():
    cid = "b120-12-german-plant-director-14-uhr-cest"
    meg = "mtully@vogtland-antrieb.example"
    jm = "j.maier@vogtland-antrieb.example"
    s, e = T(2026, 3, 31, 14, 0, tz=BER, wd="Tue"), T(2026, 3, 31, 15, 0, tz=BER)
    assert s.astimezone(NY).hour == 8
    sent1 = T(2026, 3, 27, 9, 30, 14, wd="Fri")
    text1 = """Hi Dale,

Thank you for coming out to the Marysville plant on Tuesday. Our Plant Director, Jürgen Maier, is at our Zwickau headquarters the next two weeks and would like to meet you over Teams before we make a decision on the Logistics Supervisor (Inbound/Shipping) position.

He proposed Tuesday, March 31 at 14:00 Uhr German time - that's 8:00 AM here in Ohio (Germany changes its clocks this weekend, so it's 6 hours, not 5). Plan on an hour. He'll send the Teams invite himself.

Best regards,
Megan Tully
HR Business Partner | Vogtland Antriebstechnik USA, Inc.
16500 Industrial Pkwy, Marysville, OH 43040
Tel. +1 937-555-0184
"""
    m1, _ = mail(cid, 1, frm=f"Megan Tully <{meg}>", to=OWNER, subject="Teams call with Jürgen Maier",
                 date=sent1, text=text1, text_cte="quoted-printable", mid_domain="vogtland-antrieb.example",
                 received_from="mail.vogtland-antrieb.example")
    sent2 = T(2026, 3, 27, 16, 48, 0, tz=BER, wd="Fri")
    tz = "W. Europe Standard Time"
    cal = vcal("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid="040000008200E00074C5B7101A82E00800000000" + h(cid)[:32].upper(), start=s, end=e, stamp=sent2,
        tzid=tz, summary="Interview Logistics Supervisor Marysville - D. Kowalczyk",
        organizer=("Maier, Jürgen", jm), attendees=[(OWNER_NAME, OWNER), ("Tully, Megan", meg, "OPT-PARTICIPANT")],
        description="Hallo Dale, looking forward to our talk. Best regards, Jürgen Maier",
        location="Microsoft Teams-Besprechung",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])], [tz])
    text2 = """Wann: Dienstag, 31. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Wo: Microsoft Teams-Besprechung

*~*~*~*~*~*~*~*~*~*

Hallo Dale,

looking forward to our talk about the Logistics Supervisor role in Marysville. Megan will join only if needed.

Mit freundlichen Grüßen / Best regards
Jürgen Maier
Werkleiter / Plant Director
Vogtland Antriebstechnik GmbH
Reichenbacher Str. 40, 08056 Zwickau
Tel. +49 375 555 0190

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf dem Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_b120de%40thread.v2/0>
Besprechungs-ID: 351 884 102 77
Passcode: Kq8vW2
________________________________________________________________________________
"""
    m2, _ = mail(cid, 2, frm=f"\"Maier, Jürgen\" <{jm}>", to=f"Dale Kowalczyk <{OWNER}>",
                 cc=f"\"Tully, Megan\" <{meg}>", subject="Interview Logistics Supervisor Marysville - D. Kowalczyk",
                 date=sent2, text=text2, text_cte="quoted-printable", html=html_of(text2),
                 html_cte="quoted-printable", cal=cal, cal_cte="quoted-printable",
                 mid_domain="FR2P281MB0123.DEUP281.PROD.OUTLOOK.example",
                 received_from="DEU01-FR2-obe.outbound.protection.outlook.example",
                 headers=[("Content-Language", "de-DE"),
                          ("Content-class", "urn:content-classes:calendarmessage")])
    case(cid, [("01-megan-proposes.eml", m1), ("02-outlook-invite-maier.eml", m2)], dict(
        interview=True,
        interviews=[iv("Vogtland Antriebstechnik", "Logistics Supervisor (Inbound/Shipping)", s, e, "scheduled",
                       [jm], [jm], "hiring_manager")],
        difficulty="hard", category="positive/international-dst",
        notes="German Outlook invite, 'W. Europe Standard Time', display label (UTC+01:00) but Mar 31 is after EU "
              "DST (Mar 29) -> +02:00 = 08:00 EDT. Megan is optional/coordinator.",
        source="synthetic"))


def c13():
    cid = "b120-13-onsite-itinerary-gcal-events"
    dana = "dwhitlock@pickawaypaper.example"
    carl = "cjessup@pickawaypaper.example"
    renee = "roduya@pickawaypaper.example"
    tom = "tvickers@pickawaypaper.example"
    s1, e1 = T(2026, 4, 9, 9, 30, wd="Thu"), T(2026, 4, 9, 11, 30)
    s2, e2 = T(2026, 4, 9, 11, 30), T(2026, 4, 9, 12, 15)
    sent = T(2026, 4, 3, 14, 0, 41, wd="Fri")
    text = f"""Hi Dale,

Great news - the team would like to bring you in for the final round for Warehouse & Shipping Supervisor. Here's the plan for Thursday, April 9:

 9:30 - 11:00  Panel interview - Carl Jessup (Warehouse Manager) and Renee Oduya (HR Manager)
11:00 - 11:30  Plant floor and shipping dock walk with Carl
11:30 - 12:15  Lunch with our General Manager, Tom Vickers

We should have you out the door by quarter past noon. You'll get calendar holds from me. Park in the visitor spaces on the south side and check in with security at the main gate, 1201 Lancaster Pike, Circleville.

Safety glasses and hearing protection will be provided; please wear closed-toe shoes.

Thanks,
Dana Whitlock
Talent Acquisition Specialist
Pickaway Paper & Packaging Co.
1201 Lancaster Pike, Circleville, OH 43113
740-555-0152
"""
    m, _ = mail(cid, 1, frm=f"Dana Whitlock <{dana}>", to=OWNER, subject="Final round - Thursday 4/9 itinerary",
                date=sent, text=text, html=html_of(text), html_cte="quoted-printable",
                mid_domain="pickawaypaper.example", received_from="mail.pickawaypaper.example")

    def ev(eid, summ, desc, s, e, people):
        att = [{"email": dana, "displayName": "Dana Whitlock", "organizer": True, "responseStatus": "accepted"}]
        att += [{"email": a, "displayName": n, "responseStatus": "accepted"} for n, a in people]
        att.append({"email": OWNER, "self": True, "responseStatus": "accepted"})
        return {
            "kind": "calendar#event", "etag": f"\"{int(h(eid)[:12], 16)}\"", "id": eid, "status": "confirmed",
            "htmlLink": f"https://www.google.com/calendar/event?eid={h(eid)[:32]}",
            "created": "2026-04-03T18:05:00.000Z", "updated": "2026-04-03T18:09:12.331Z",
            "summary": summ, "description": desc,
            "location": "Pickaway Paper & Packaging Co., 1201 Lancaster Pike, Circleville, OH 43113",
            "creator": {"email": dana, "displayName": "Dana Whitlock"},
            "organizer": {"email": dana, "displayName": "Dana Whitlock"},
            "start": {"dateTime": iso(s), "timeZone": "America/New_York"},
            "end": {"dateTime": iso(e), "timeZone": "America/New_York"},
            "iCalUID": f"{eid}@google.com", "sequence": 0, "attendees": att,
            "reminders": {"useDefault": True}, "eventType": "default"}
    j1 = ev("4k2p9rf0b120panel", "Onsite Interview - Dale Kowalczyk - Panel + Floor Walk",
            "Panel with Carl Jessup and Renee Oduya, then floor/dock walk with Carl.", s1, e1,
            [("Carl Jessup", carl), ("Renee Oduya", renee)])
    j2 = ev("7c1x0mq3b120lunch", "Lunch w/ Tom Vickers (GM) - Dale Kowalczyk",
            "Final part of Dale's onsite.", s2, e2, [("Tom Vickers", tom)])
    case(cid, [("01-dana-itinerary.eml", m),
               ("02-panel.gcal.json", json.dumps(j1, indent=2, ensure_ascii=False) + "\n"),
               ("03-lunch-gm.gcal.json", json.dumps(j2, indent=2, ensure_ascii=False) + "\n")], dict(
        interview=True,
        interviews=[iv("Pickaway Paper & Packaging", "Warehouse & Shipping Supervisor", s1, e2, "scheduled",
                       [carl, renee, tom], [carl, renee, tom], "onsite")],
        difficulty="medium", category="positive/onsite",
        notes="One-day onsite: recruiter itinerary + two Calendar API events -> ONE onsite 9:30-12:15 EDT with "
              "all three interviewers (coordinator Dana excluded).",
        source="synthetic"))


# =================================================================== NEGATIVES
def neg(cid, items, category, notes, difficulty="hard"):
    case(cid, items, dict(interview=False, interviews=[], difficulty=difficulty, category=category,
                          notes=notes, source="synthetic"))


def c14():
    cid = "b120-14-dot-physical-appointment"
    sent = T(2026, 3, 9, 10, 12, 0, wd="Mon")
    s, e = T(2026, 3, 16, 8, 15, wd="Mon"), T(2026, 3, 16, 9, 15)
    cal = vcal("PUBLISH", "-//WorksiteOcc//Appointments//EN", [vevent(
        uid=f"appt-{h(cid)[:14]}@worksiteocc.example", start=s, end=e, stamp=sent, tzid="America/New_York",
        summary="DOT Physical (CDL) - Worksite Occupational Health",
        organizer=("Worksite Occupational Health", "appointments@worksiteocc.example"),
        attendees=[(OWNER_NAME, OWNER)], location="1515 Morse Rd, Columbus, OH 43229",
        description="Pre-employment DOT physical authorized by Summit Ridge Tank Lines.")], ["America/New_York"])
    text = """Appointment confirmed

Dale Kowalczyk
Service: DOT Physical (CDL) - pre-employment
Authorized by: Summit Ridge Tank Lines (candidate reference SRT-22871)
When: Mon, Mar 16, 2026 at 8:15a - please arrive 15 minutes early
Where: Worksite Occupational Health - Morse Rd, 1515 Morse Rd, Columbus, OH 43229

Bring: driver's license, glasses/contacts or hearing aids if you use them, a list of your medications and doses, and any specialist paperwork (sleep study, CPAP compliance, etc.). The exam takes about an hour.

Reply C to cancel or call 614-555-0101 to reschedule. Your employer will receive your Medical Examiner's Certificate status, not your exam details.

Worksite Occupational Health
"""
    m, _ = mail(cid, 1, frm="Worksite Occupational Health <appointments@worksiteocc.example>", to=OWNER,
                subject="Appointment confirmed: DOT Physical - Mon 3/16 8:15a", date=sent, text=text,
                html=html_of(text), attach_ics=cal, attach_name="appointment.ics",
                mid_domain="worksiteocc.example", received_from="notify.worksiteocc.example")
    neg(cid, [("01-dot-physical-confirmed.eml", m)], "negative/medical-appointment",
        "DOT physical appointment requested by a prospective employer: medical exam, not an interview "
        "(has .ics, 'candidate', 'Reply C to cancel').")


def c15():
    cid = "b120-15-drug-screen-clinic"
    tanya = "troush@blackforkhauling.example"
    sent1 = T(2026, 3, 16, 15, 40, 0, wd="Mon")
    text1 = f"""Hey Dale,

Good talking with you on our call today - you're moving to the next step! I just ordered your pre-employment DOT drug screen. You'll get an email from Clearpath with your donor pass. Please go in by Thursday.

Once results are back (usually 24-48 hrs) we'll schedule your orientation.

Tanya Roush
Driver Recruiter | Black Fork Hauling
{tanya} | 740-555-0157
"""
    m1, _ = mail(cid, 1, frm=f"Tanya Roush <{tanya}>", to=OWNER, subject="next step - drug screen",
                 date=sent1, text=text1, mid_domain="blackforkhauling.example",
                 received_from="mail.blackforkhauling.example")
    sent2 = T(2026, 3, 16, 15, 52, 9, wd="Mon")
    html2 = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#00558c">Clearpath Testing Network - Donor Pass</h2>
<p>Donor: <b>Dale Kowalczyk</b><br>Registration ID: <b>CP-4471-9930-2</b><br>
Ordered by: Black Fork Hauling (Candidate - DOT Pre-Employment)<br>
Test: DOT 5-panel urine drug screen</p>
<p><b>Please complete your collection by Thu, Mar 19, 2026 11:59 PM ET.</b></p>
<p>Collection site: Clearpath Patient Service Center - Groveport<br>
5120 S Hamilton Rd, Groveport, OH 43125<br>
Walk-in hours: Mon-Fri 7:00 AM - 4:30 PM (closed 12-12:30 for lunch). No appointment needed.</p>
<p>Bring a government-issued photo ID and this pass (printed or on your phone). Do not bring anyone with you into the collection area.</p>
<p>Questions? Call 1-800-555-0144.</p>
</body></html>
"""
    m2, _ = mail(cid, 2, frm="Clearpath Testing Network <donorpass@clearpathtesting.example>", to=OWNER,
                 subject="Your Donor Pass - DOT Pre-Employment Drug Screen", date=sent2, html=html2,
                 html_cte="base64", mid_domain="clearpathtesting.example",
                 received_from="out.clearpathtesting.example")
    neg(cid, [("01-tanya-next-step.eml", m1), ("02-clearpath-donor-pass.eml", m2)], "negative/drug-screen",
        "Drug screen ordered after a (past, unscheduled-in-mailbox) call; clinic walk-in window is not an interview.")


def c16():
    cid = "b120-16-new-hire-orientation-after-offer"
    hr = "kpatel@hollisterbrands.example"
    mike = "mgarrity@hollisterbrands.example"
    sent1 = T(2026, 3, 27, 11, 14, 0, wd="Fri")
    text1 = f"""Hi Dale,

Welcome aboard! We're excited you accepted our offer for Night Shift Supervisor - Mike said after your interview he knew you were the one.

Your first day is New Hire Orientation on Monday, April 6 from 7:00 AM to 3:30 PM at our Obetz fulfillment center (Training Room B). You'll receive a calendar invite. Please bring:
- Two forms of ID for your I-9
- Steel-toe boots
- Direct deposit info

Lunch is provided. After orientation you'll shadow Mike on nights starting Tuesday.

Kavita Patel
HR Coordinator | Hollister Brands Fulfillment
{hr} | 614-555-0115
"""
    m1, _ = mail(cid, 1, frm=f"Kavita Patel <{hr}>", to=OWNER, cc=f"Mike Garrity <{mike}>",
                 subject="Welcome to Hollister Brands! Orientation details", date=sent1, text=text1,
                 mid_domain="hollisterbrands.example", received_from="mail.hollisterbrands.example")
    sent2 = T(2026, 3, 27, 11, 20, 30, wd="Fri")
    s, e = T(2026, 4, 6, 7, 0, wd="Mon"), T(2026, 4, 6, 15, 30)
    uid = f"{h(cid)[:26]}@google.com"
    ical = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [vevent(
        uid=uid, start=s, end=e, stamp=sent2, summary="New Hire Orientation - Night Shift Supervisors",
        organizer=("Kavita Patel", hr),
        attendees=[("Kavita Patel", hr, "REQ-PARTICIPANT", "ACCEPTED"), (OWNER, OWNER)],
        description="Training Room B. Bring I-9 documents and steel-toe boots.",
        location="Hollister Brands Fulfillment, 2900 Alum Creek Dr, Obetz, OH 43207")])
    text2 = f"""New Hire Orientation - Night Shift Supervisors
Monday Apr 6, 2026 ⋅ 7am – 3:30pm
Eastern Time - New York

Location
Hollister Brands Fulfillment, 2900 Alum Creek Dr, Obetz, OH 43207

Training Room B. Bring I-9 documents and steel-toe boots.

Organizer
Kavita Patel
{hr}

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
    m2, _ = mail(cid, 2, frm=f"Kavita Patel <{hr}>", to=OWNER,
                 subject=f"Invitation: New Hire Orientation - Night Shift Supervisors @ Mon Apr 6, 2026 7am - 3:30pm (EDT) ({OWNER})",
                 date=sent2, text=text2, html=html_of(text2), cal=ical, attach_ics=ical, mid_domain="google.com",
                 received_from="mail-sor-f41.google.com",
                 headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    neg(cid, [("01-welcome-aboard.eml", m1), ("02-invitation-orientation.eml", m2)], "negative/orientation",
        "New-hire orientation after an accepted offer (Google invite); mentions the past interview.")


def c17():
    cid = "b120-17-background-check-notice"
    sent = T(2026, 3, 13, 9, 1, 0, wd="Fri")
    text = """Hello Dale,

Harbor & Pine Home has requested a background check as part of your candidacy for Outbound Shift Supervisor. Before we can begin, we need your authorization and a few details.

Complete your information by Mon, Mar 16, 2026:
https://portal.veritycheck.example/c/HP-77310

This usually takes 10 minutes. You'll need your Social Security number, addresses for the past 7 years, and your driver's license number. Harbor & Pine will not see your answers until the report is complete.

Once submitted, most reports finish in 2-4 business days. If something needs clarification we may call you from 1-888-555-0133.

Thank you,
VerityCheck Screening Services
on behalf of Harbor & Pine Home

A summary of your rights under the Fair Credit Reporting Act is attached in your portal.
"""
    m, _ = mail(cid, 1, frm="VerityCheck on behalf of Harbor & Pine <noreply@veritycheck.example>", to=OWNER,
                subject="Action required: background check for Harbor & Pine Home", date=sent, text=text,
                html=html_of(text), html_cte="base64", mid_domain="veritycheck.example",
                received_from="mailer.veritycheck.example")
    neg(cid, [("01-veritycheck-request.eml", m)], "negative/background-check",
        "Background check authorization request with a deadline; not an interview.")


def c18():
    cid = "b120-18-forklift-certification-class"
    sent = T(2026, 3, 20, 14, 33, 0, wd="Fri")
    s, e = T(2026, 3, 28, 8, 0, wd="Sat"), T(2026, 3, 28, 14, 0)
    cal = vcal("REQUEST", "-//COSTC//Class Scheduler//EN", [vevent(
        uid=f"class-{h(cid)[:12]}@costc.example", start=s, end=e, stamp=sent, tzid="America/New_York",
        summary="Forklift Operator Certification (Sit-down & Reach) - Classroom + Practical Evaluation",
        organizer=("Central Ohio Safety Training Center", "classes@costc.example"),
        attendees=[(OWNER_NAME, OWNER)], location="COSTC, 480 Harmon Ave, Columbus, OH 43223",
        description="Instructor: Wade Linville. Bring photo ID and steel-toe boots.")], ["America/New_York"])
    text = """Hi Dale,

You're registered! Here are your class details:

Forklift Operator Certification (OSHA 1910.178) - Sit-down counterbalance & Reach truck
Saturday, March 28 - 8a to 2p
Central Ohio Safety Training Center, 480 Harmon Ave, Columbus, OH 43223

The morning is classroom; after lunch each student does a hands-on practical evaluation with the instructor. You'll leave with a wallet card valid for 3 years - a lot of employers ask for it at the interview, so hang on to it.

Please arrive by 7:45. Late arrivals will need to reschedule.

Central Ohio Safety Training Center
614-555-0166
"""
    m, _ = mail(cid, 1, frm="Central Ohio Safety Training Center <classes@costc.example>", to=OWNER,
                subject="Registration confirmed: Forklift Operator Certification - Sat 3/28", date=sent,
                text=text, attach_ics=cal, attach_name="class.ics", mid_domain="costc.example",
                received_from="mail.costc.example")
    neg(cid, [("01-forklift-class-registered.eml", m)], "negative/training-class",
        "Forklift certification class with a practical evaluation and .ics; not a hiring step.")


def c19():
    cid = "b120-19-hiring-fair-flyer"
    sent = T(2026, 3, 10, 7, 0, 0, wd="Tue")
    s, e = T(2026, 3, 19, 10, 0, wd="Thu"), T(2026, 3, 19, 14, 0)
    cal = vcal("PUBLISH", "-//Franklin County Workforce Board//Events//EN", [vevent(
        uid=f"fair-{h(cid)[:12]}@fcworkforce.example", start=s, end=e, stamp=sent, tzid="America/New_York",
        summary="Logistics, Trucking & Manufacturing Hiring Fair",
        organizer=("Franklin County Workforce Board", "events@fcworkforce.example"),
        location="Franklin County Fairgrounds, Bldg 4, 4100 Columbia St, Hilliard, OH 43026",
        description="40+ employers. On-the-spot interviews. Free parking.")], ["America/New_York"])
    html = """<html><body style="margin:0;font-family:Arial,sans-serif">
<div style="background:#1b3a57;color:#fff;padding:24px;text-align:center">
<h1 style="margin:0">HIRING FAIR</h1><p style="font-size:18px;margin:6px 0 0">Logistics &middot; Trucking &middot; Manufacturing</p></div>
<div style="padding:20px;font-size:15px">
<p><b>Thursday, March 19 &middot; 10a&ndash;2p</b><br>Franklin County Fairgrounds, Bldg 4, Hilliard</p>
<p><b>40+ employers hiring now</b> &ndash; CDL-A/B drivers, warehouse associates &amp; supervisors, forklift operators, maintenance techs, production leads.</p>
<p>&#10004; On-the-spot interviews &nbsp; &#10004; Same-day offers from select employers &nbsp; &#10004; Free resume review</p>
<p>Participating: Ridgeline Freight Lines, Maumee Cold Chain, Olentangy Foods, Crestline Auto Parts, and many more.</p>
<p>Bring several copies of your resume and dress for an interview. No registration required &ndash; just walk in!</p>
<p style="font-size:12px;color:#666">You're receiving this because you signed up for job-seeker updates from the Franklin County Workforce Board. <a href="https://fcworkforce.example/unsubscribe">Unsubscribe</a></p>
</div></body></html>
"""
    m, _ = mail(cid, 1, frm="Franklin County Workforce Board <news@fcworkforce.example>", to=OWNER,
                subject="\U0001F69A Hiring Fair Thu 3/19 - on-the-spot interviews!", date=sent, html=html,
                html_cte="quoted-printable", attach_ics=cal, attach_name="add-to-calendar.ics",
                mid_domain="fcworkforce.example", received_from="bulk.fcworkforce.example",
                headers=[("List-Unsubscribe", "<https://fcworkforce.example/unsubscribe>"),
                         ("Precedence", "bulk")])
    neg(cid, [("01-hiring-fair-flyer.eml", m)], "negative/job-fair",
        "Mass-mailed hiring fair flyer with 'on-the-spot interviews' and an add-to-calendar .ics; not tied to an "
        "application of the user.")


def c20():
    cid = "b120-20-rejection-after-interview"
    ali = "gtoth@marionridgemfg.example"
    sent1 = T(2026, 3, 26, 17, 5, 0, wd="Thu")
    text1 = """Dear Dale,

Thank you for taking the time to interview with us for the Shipping & Receiving Supervisor position on March 24. We enjoyed learning about your experience running second shift and your CDL background.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. We will keep your application on file and encourage you to apply for future openings.

We wish you the best in your search.

Marion Ridge Manufacturing Talent Acquisition
This mailbox is not monitored.
"""
    m1, mid1 = mail(cid, 1, frm="Marion Ridge Manufacturing Careers <careers-noreply@marionridgemfg.example>",
                    to=OWNER, subject="Your application for Shipping & Receiving Supervisor", date=sent1,
                    text=text1, html=html_of(text1), mid_domain="marionridgemfg.example",
                    received_from="ats.marionridgemfg.example")
    sent2 = T(2026, 3, 26, 19, 40, 0, wd="Thu")
    text2 = f"""Hi Greg,

Got the email that you moved forward with other candidates. Thanks for interviewing me anyway, I appreciated your time. If a 2nd shift or day supervisor spot opens up I'd love a call. Happy to schedule something anytime.

{DALE_SIG}
"""
    m2, mid2 = mail(cid, 2, frm=OWNER_FULL, to=f"Greg Toth <{ali}>", subject="Thank you", date=sent2,
                    text=text2, mid_domain="example.com", received_from="smtp.example.com")
    sent3 = T(2026, 3, 27, 7, 58, 0, wd="Fri")
    text3 = ("Thanks Dale, it was a close call. I'll reach out if something opens on 2nd.\n\n"
             "Greg\n\nSent from my iPhone\n")
    m3, _ = mail(cid, 3, frm=f"Greg Toth <{ali}>", to=OWNER, subject="Re: Thank you", date=sent3,
                 text=text3, in_reply_to=mid2, mid_domain="marionridgemfg.example",
                 received_from="mail.marionridgemfg.example")
    neg(cid, [("01-ats-rejection.eml", m1), ("02-dale-thanks.eml", m2), ("03-alicia-reply.eml", m3)],
        "negative/rejection",
        "Rejection ('move forward with other candidates') referring to a past interview; follow-up thread offers "
        "a vague future call, nothing scheduled.")


def c21():
    cid = "b120-21-safety-meeting-current-job"
    org = "bstrand@redbudlogistics.example"
    sent = T(2026, 3, 19, 9, 12, 0, wd="Thu")
    s, e = T(2026, 3, 26, 14, 30, wd="Thu"), T(2026, 3, 26, 15, 30)
    tz = "Eastern Standard Time"
    cal = vcal("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid="040000008200E00074C5B7101A82E00800000000" + h(cid)[:32].upper(), start=s, end=e, stamp=sent,
        tzid=tz, summary="MANDATORY: Q1 Safety Meeting - DC5 2nd Shift Supervisors",
        organizer=("Bethany Strand", org),
        attendees=[(OWNER_NAME, OWNER), ("Luis Ocampo", "locampo@redbudlogistics.example"),
                   ("Tara Quinn", "tquinn@redbudlogistics.example")],
        description="Agenda in the message body.", location="DC5 Break Room / Teams",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])], [tz])
    text = """When: Thursday, March 26, 2026 2:30 PM-3:30 PM (UTC-05:00) Eastern Time (US & Canada).
Where: DC5 Break Room / Teams

*~*~*~*~*~*~*~*~*~*

2nd shift supervisors - this is mandatory, please come in 30 min before shift. Sent to personal emails too since some of you don't check Outlook.

Agenda:
1. Forklift/pedestrian near miss in aisle 14 - root cause review
2. Heat illness prevention plan for summer
3. Updated interview & onboarding checklist for the seasonal temp candidates you'll be screening in April
4. Open floor

If you can't make it, call me before Tuesday so we can schedule a make-up session.

Bethany Strand
EHS Manager | Redbud Logistics DC5
2450 Rickenbacker Pkwy W, Columbus, OH 43217
o: 614-555-0182
"""
    m, _ = mail(cid, 1, frm=f"Bethany Strand <{org}>", to=f"Dale Kowalczyk <{OWNER}>",
                subject="MANDATORY: Q1 Safety Meeting - DC5 2nd Shift Supervisors", date=sent, text=text,
                html=html_of(text), cal=cal, mid_domain="CH3PR10MB7712.namprd10.prod.outlook.example",
                received_from="NAM10-CH3-obe.outbound.protection.outlook.example",
                headers=[("Content-class", "urn:content-classes:calendarmessage")])
    neg(cid, [("01-outlook-safety-meeting.eml", m)], "negative/internal-meeting",
        "Safety meeting at the user's current employer (Outlook invite) that mentions interviewing candidates the "
        "user will screen.")


def c22():
    cid = "b120-22-road-test-after-conditional-offer"
    hank = "hbrewer@ohvbulk.example"
    sent = T(2026, 3, 16, 13, 22, 0, wd="Mon")
    text = f"""Dale,

Congratulations - you've been conditionally approved for the Regional Tanker CDL-A position. The offer is contingent on passing your road test, DOT physical and drug screen.

Road test is set for Fri 3/20 @ 0800 at our Grove City yard, 3300 Jackson Pike, Grove City OH 43123. Luis Medina (driver trainer) will ride along and score it: pre-trip inspection, coupling, backing, and about 30 miles of city/highway. Plan on 2 hours. Bring your CDL and med card.

If you pass we'll get you into the April 6 orientation class.

Hank Brewer
Safety & Driver Recruiting Manager
Ohio Valley Bulk Carriers
{hank} | 614-555-0139
"""
    m, _ = mail(cid, 1, frm=f"Hank Brewer <{hank}>", to=OWNER, subject="Conditional offer / road test Fri",
                date=sent, text=text, mid_domain="ohvbulk.example", received_from="mail.ohvbulk.example")
    neg(cid, [("01-hank-conditional-offer-road-test.eml", m)], "negative/road-test",
        "Road test (ride-along skills test) after a conditional offer: a practical assessment, not a live "
        "interview conversation; labelled negative per the README (assessments/offers are not interviews).")


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for d in os.listdir(ROOT):
        p = os.path.join(ROOT, d)
        if d.startswith("b120-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(ROOT, cid))
        for name, data in items:
            mode = "wb" if isinstance(data, bytes) else "w"
            kw = {} if mode == "wb" else {"encoding": "utf-8", "newline": ""}
            with open(os.path.join(ROOT, cid, name), mode, **kw) as fh:
                fh.write(data)
    with open(os.path.join(ROOT, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind120 (schema: /work/shared/eval/README.md). Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
