#!/usr/bin/env python3
"""Deterministic generator for the blind65 interview-detection set.

Rewrites every b65-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names invented; all domains .example / example.com.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "tamsin.okaforbell@example.com"
OWNER_NAME = "Tamsin Okafor-Bell"
UTC = timezone.utc
NY = ZoneInfo("America/New_York")


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz) if isinstance(tz, str) else tz)


def iso(d):
    return d.isoformat() if d else None


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gcal_dates(s, e):
    return f"{utcstamp(s)}/{utcstamp(e)}"


# ---------------------------------------------------------------- iCalendar
def _esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    out, cur = [], b""
    limit = 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur = b" "
            limit = 75
        cur += cb
    out.append(cur)
    return b"\r\n".join(out).decode("utf-8")


VTZ_NY = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_WEU = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def ics(method, uid, seq, start, end, summary, organizer, attendees, desc="", location="",
        status="CONFIRMED", mode="utc", prodid="-//Invented ATS//Scheduling 4.2//EN",
        stamp=None, extra=()):
    """mode: utc | ny (TZID America/New_York) | weu (Windows 'W. Europe Standard Time')."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "ny":
        L += VTZ_NY.split("\n")
    elif mode == "weu":
        L += VTZ_WEU.split("\n")
    L.append("BEGIN:VEVENT")
    for key, d in (("DTSTART", start), ("DTEND", end)):
        if mode == "utc":
            L.append(f"{key}:{utcstamp(d)}")
        elif mode == "ny":
            L.append(f"{key};TZID=America/New_York:{d.astimezone(NY).strftime('%Y%m%dT%H%M%S')}")
        else:
            L.append(f"{key};TZID=W. Europe Standard Time:"
                     f"{d.astimezone(ZoneInfo('Europe/Berlin')).strftime('%Y%m%dT%H%M%S')}")
    L.append(f"DTSTAMP:{utcstamp(stamp or start - timedelta(days=5))}")
    on, oe = organizer
    L.append(f"ORGANIZER;CN={on}:mailto:{oe}")
    L.append(f"UID:{uid}")
    for an, ae in attendees:
        ps = "NEEDS-ACTION" if ae == OWNER else "ACCEPTED"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={an}:mailto:{ae}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"SUMMARY:{_esc(summary)}")
    if desc:
        L.append(f"DESCRIPTION:{_esc(desc)}")
    if location:
        L.append(f"LOCATION:{_esc(location)}")
    L.append(f"STATUS:{status}")
    L.append("TRANSP:OPAQUE")
    L += list(extra)
    L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return "\r\n".join(_fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
_mid = [0]


def mid(domain):
    _mid[0] += 1
    return f"<b65.{_mid[0]:04d}.{len(domain) * 7919 + _mid[0] * 31337}@{domain}>"


def mail(frm, subject, date, text=None, html=None, to=None, reply_to=None, cc=None,
         ics_text=None, ics_method="REQUEST", ics_inline=False, ics_name="invite.ics",
         cte="quoted-printable", headers=(), in_reply_to=None, references=None, msgid_domain=None,
         sender=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    dom = msgid_domain or frm.split("@")[-1].rstrip(">")
    m["Return-Path"] = "<bounces+" + str(_mid[0] + 1) + "@" + dom + ">"
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to or f"{OWNER_NAME} <{OWNER}>"
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(dom)
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
    if ics_text is not None:
        if ics_inline:
            m.add_alternative(ics_text, subtype="calendar", params={"method": ics_method}, cte="7bit")
            m.add_attachment(ics_text.encode("utf-8"), maintype="application", subtype="ics",
                             filename=ics_name)
        else:
            m.add_attachment(ics_text.encode("utf-8"), maintype="text", subtype="calendar",
                             filename=ics_name, params={"method": ics_method})
    return m


def exchange_invite(frm, to, subject, date, text, ics_text, headers=()):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Thread-Topic"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid("prod.outlook.example")
    m["Accept-Language"] = "de-DE, en-US"
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(ics_text, subtype="calendar", params={"method": "REQUEST"}, cte="base64")
    # set_content() drops Content-* headers, so add the Exchange ones afterwards
    m["Content-Language"] = "en-US"
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return m


def msg_id(m):
    return m["Message-ID"]


# ---------------------------------------------------------------- helpers for labels
def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


SIG_PHONE = "\n--\n{name}\n{title}\n{company}\n{addr}\n{phone}\n"

CASES = {}
LABELS = {}


def case(cid, items, lab):
    CASES[cid] = items
    LABELS[cid] = lab


# =====================================================================
# 01 Workable: no-reply "via Workable", Reply-To human, HTML-only, .ics in UTC
def c01():
    co, role = "Brightwater Analytics", "Senior Product Manager, Growth"
    jess = "jess.albright@brightwateranalytics.example"
    s = T(2026, 3, 12, 14, 0, NY); e = s + timedelta(minutes=30)
    html = f"""<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f5f7">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://cdn.workable-mail.example/logos/brightwater.png" alt="Brightwater Analytics" height="32">
<p>Hi Tamsin,</p>
<p>Thanks for applying for the <b>{role}</b> position at Brightwater Analytics. I'd love to set up an
introductory phone call so we can get to know each other.</p>
<table style="border:1px solid #e1e4e8;padding:12px;margin:16px 0">
<tr><td style="color:#6a737d">When</td><td><b>Thursday, March 12, 2026 &middot; 2:00 PM &ndash; 2:30 PM ET</b></td></tr>
<tr><td style="color:#6a737d">Where</td><td>Phone &ndash; I'll call you at the number on your application</td></tr>
<tr><td style="color:#6a737d">With</td><td>Jess Albright, Senior Technical Recruiter</td></tr>
</table>
<p><a href="https://calendar.google.example/render?action=TEMPLATE&amp;dates={gcal_dates(s, e)}&amp;text=Phone+call+-+Brightwater+Analytics">Add to Google Calendar</a> &nbsp;|&nbsp;
<a href="https://apply.workable.example/brightwater/j/8C41F2/ics">Download .ics</a></p>
<p>If the time no longer works, just reply to this email and it will come straight to me.</p>
<p>Talk soon,<br>Jess</p>
<p style="font-size:11px;color:#959da5">Sent via Workable on behalf of Brightwater Analytics &middot; 1 Beacon Yard, Boston MA &middot;
You are receiving this because you applied for a job at Brightwater Analytics.</p>
</td></tr></table></body></html>"""
    ic = ics("REQUEST", "wk-8C41F2-call-1@workable.example", 0, s, e,
             "Phone call: Tamsin Okafor-Bell / Brightwater Analytics",
             ("Jess Albright", "noreply@workable-mail.example"),
             [("Jess Albright", jess), (OWNER_NAME, OWNER)],
             desc=f"Introductory phone call for the {role} role. Jess will call you.",
             location="Phone call", prodid="-//Workable//Interview Scheduler//EN")
    m = mail("Jess Albright via Workable <noreply@workable-mail.example>",
             "Phone call with Brightwater Analytics", T(2026, 3, 9, 10, 12, NY), html=html,
             reply_to=f"Jess Albright <{jess}>", ics_text=ic)
    case("b65-01-workable-phone-screen-html-utc-ics", [("01-workable-phone-call.eml", m)],
         label([iv(co, role, s, e, "scheduled", [jess], [jess], "phone_screen")], "easy",
               "positive/ats-workable",
               "Workable no-reply sender with Reply-To recruiter, HTML-only body, .ics in UTC; recruiter runs the call."))


# 02 JazzHR: scheduled, then rescheduled through the vendor (SEQUENCE 1), "half past ten"
def c02():
    co, role = "Orchard Lane Foods", "Product Manager, Supply Chain Platform"
    dev, mar = "dev.raman@orchardlanefoods.example", "marisol.quint@orchardlanefoods.example"
    s0 = T(2026, 3, 17, 11, 0, NY); e0 = s0 + timedelta(minutes=45)
    s1 = T(2026, 3, 19, 10, 30, NY); e1 = s1 + timedelta(minutes=45)
    uid = "jz-interview-551902-aa31@jazzhr.example"
    frm = "Orchard Lane Foods (via JazzHR) <notifications@jazzhr-mail.example>"
    rt = f"Marisol Quint <{mar}>"
    t1 = f"""Hello Tamsin,

You have been scheduled for an interview with Orchard Lane Foods.

Position: {role}
Interviewer: Dev Raman, Director of Product ({dev})
Date: Tuesday, March 17, 2026
Time: 11:00 AM - 11:45 AM Eastern Time
Location: Zoom - https://zoom.example/j/83310427715?pwd=OLF

A calendar file is attached. Please reply to this message if you have any questions.

Marisol Quint
Talent Acquisition Partner | Orchard Lane Foods
2200 Commerce Dr, Suite 400, Hoboken, NJ 07030
o: (201) 555-0143

Powered by JazzHR
"""
    ic1 = ics("REQUEST", uid, 0, s0, e0, f"Interview: {role} - Tamsin Okafor-Bell",
              ("Marisol Quint", mar), [("Dev Raman", dev), (OWNER_NAME, OWNER)],
              desc="Zoom: https://zoom.example/j/83310427715", location="Zoom",
              prodid="-//JazzHR//Calendar//EN")
    m1 = mail(frm, f"Interview Scheduled: {role}", T(2026, 3, 10, 15, 41, NY), text=t1, reply_to=rt,
              ics_text=ic1)
    t2 = f"""Hello Tamsin,

Your interview with Orchard Lane Foods has been RESCHEDULED.

Previous time: Tuesday, March 17, 2026 at 11:00 AM ET (no longer valid)

New time: Thursday, March 19 at half past ten in the morning, Eastern (10:30 - 11:15 AM ET)
Interviewer: Dev Raman, Director of Product
Location: Zoom - same link as before

Dev had a conflict come up with a supplier visit on Tuesday - sorry for the shuffle! The updated
calendar file is attached.

Marisol Quint
Talent Acquisition Partner | Orchard Lane Foods
o: (201) 555-0143

Powered by JazzHR
"""
    ic2 = ics("REQUEST", uid, 1, s1, e1, f"Interview: {role} - Tamsin Okafor-Bell",
              ("Marisol Quint", mar), [("Dev Raman", dev), (OWNER_NAME, OWNER)],
              desc="Rescheduled. Zoom: https://zoom.example/j/83310427715", location="Zoom",
              prodid="-//JazzHR//Calendar//EN", stamp=T(2026, 3, 13, 9, 2, NY))
    m2 = mail(frm, f"Interview Rescheduled: {role}", T(2026, 3, 13, 9, 2, NY), text=t2, reply_to=rt,
              ics_text=ic2)
    case("b65-02-jazzhr-reschedule-half-past-ten", [("01-jazzhr-scheduled.eml", m1), ("02-jazzhr-rescheduled.eml", m2)],
         label([iv(co, role, s1, e1, "scheduled", [dev], [dev], "hiring_manager")], "medium",
               "positive/reschedule",
               "JazzHR invite then vendor reschedule (SEQUENCE 1) to Thu 10:30 ET, written 'half past ten'; one interview at final time."))


# 03 BambooHR: scheduled then cancelled through the vendor (Mountain time)
def c03():
    co, role = "Trellis Mobility", "Senior Product Manager, Fleet"
    kel, ruth = "kelsey.arbuckle@trellismobility.example", "ruth.amsel@trellismobility.example"
    s = T(2026, 4, 1, 13, 0, "America/Denver"); e = s + timedelta(hours=1)
    uid = "bhr-intv-20931-trellis@bamboohr.example"
    frm = "Trellis Mobility via BambooHR <notifications@bamboohr-mail.example>"
    t1 = f"""Hi Tamsin,

Great news - Kelsey Arbuckle (VP of Product) would like to meet with you for the {role} role.

  When:  Wednesday, April 1, 2026, 1:00 PM - 2:00 PM Mountain Time (that's 3:00 PM Eastern for you)
  Where: Google Meet - https://meet.example/tmf-kqar-wve
  With:  Kelsey Arbuckle <{kel}>

This will be a conversation about your product background and how you'd approach our fleet roadmap.
We've attached a calendar invitation.

Thanks,
Ruth Amsel
Recruiting Coordinator, Trellis Mobility
1801 Wynkoop St, Denver, CO 80202 | +1 720 555 0186
"""
    ic1 = ics("REQUEST", uid, 0, s, e, f"Trellis Mobility interview - {role}",
              ("Ruth Amsel", ruth), [("Kelsey Arbuckle", kel), (OWNER_NAME, OWNER)],
              location="Google Meet", prodid="-//BambooHR//ATS//EN")
    m1 = mail(frm, "Interview confirmed: Trellis Mobility", T(2026, 3, 16, 12, 30, "America/Denver"),
              text=t1, reply_to=f"Ruth Amsel <{ruth}>", ics_text=ic1)
    t2 = f"""Hi Tamsin,

Unfortunately we need to cancel your interview scheduled for Wednesday, April 1 at 1:00 PM MT
with Kelsey Arbuckle. We've paused hiring for the {role} position while we finalize our Q2 plan.

I'm sorry for the late notice. I'll reach out personally if the role reopens.

Ruth Amsel
Recruiting Coordinator, Trellis Mobility
+1 720 555 0186
"""
    ic2 = ics("CANCEL", uid, 1, s, e, f"Canceled: Trellis Mobility interview - {role}",
              ("Ruth Amsel", ruth), [("Kelsey Arbuckle", kel), (OWNER_NAME, OWNER)],
              location="Google Meet", status="CANCELLED", prodid="-//BambooHR//ATS//EN",
              stamp=T(2026, 3, 27, 16, 5, "America/Denver"))
    m2 = mail(frm, "Interview canceled: Trellis Mobility", T(2026, 3, 27, 16, 5, "America/Denver"),
              text=t2, reply_to=f"Ruth Amsel <{ruth}>", ics_text=ic2, ics_method="CANCEL",
              ics_name="cancel.ics")
    case("b65-03-bamboohr-cancelled-mountain", [("01-bamboohr-confirmed.eml", m1), ("02-bamboohr-cancelled.eml", m2)],
         label([iv(co, role, s, e, "cancelled", [kel], [kel], "hiring_manager")], "medium",
               "positive/cancellation",
               "BambooHR confirmation (MT, DST already on) then METHOD:CANCEL through vendor; kept as cancelled."))


# 04 Recruitee: virtual onsite itinerary, HTML-only, plus one block .ics
def c04():
    co, role = "Fjordlight Media", "Principal Product Manager"
    aoife = "aoife.brennan@fjordlightmedia.example"
    people = [("Lior Ben-David", "lior.bendavid@fjordlightmedia.example", "Product sense", (9, 30), (10, 15)),
              ("Grace Nakamura", "grace.nakamura@fjordlightmedia.example", "Execution & metrics", (10, 15), (11, 0)),
              ("Mateo Ruiz", "mateo.ruiz@fjordlightmedia.example", "Working with engineering", (11, 15), (12, 0)),
              ("Hannah Sorensen", "hannah.sorensen@fjordlightmedia.example", "Chief Product Officer chat", (13, 0), (13, 45))]
    s = T(2026, 4, 8, 9, 30, NY); e = T(2026, 4, 8, 13, 45, NY)
    def h12(hm):
        h, mi = hm
        return f"{(h - 1) % 12 + 1}:{mi:02d}"
    rows = [f"<tr><td>{h12(a)}</td><td>{h12(b)}</td><td>{t.replace('&', '&amp;')}</td><td>{n}</td></tr>\n"
            for n, _, t, a, b in people]
    rows.insert(3, '<tr><td>12:00</td><td>1:00</td><td colspan="2"><em>Lunch break - step away!</em></td></tr>\n')
    rows = "".join(rows)
    html = f"""<html><body><div style="max-width:640px;font-family:Arial">
<h2 style="color:#1b3a5c">Your interview day at Fjordlight Media</h2>
<p>Hi Tamsin,</p>
<p>We're excited to host you for the final stage for <strong>{role}</strong> on
<strong>Wednesday, April 8</strong>. All sessions are on Zoom and all times below are <strong>Eastern (EDT)</strong>.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Start</th><th>End</th><th>Session</th><th>Interviewer</th></tr>
{rows}</table>
<p>Your interviewers: {', '.join(f'{n} ({m})' for n, m, *_ in people)}.</p>
<p>I'll be around all day on Slack or at {aoife} if anything goes sideways.</p>
<p>Best,<br>Aoife Brennan<br>Recruiting Coordinator<br>Fjordlight Media &middot; 75 Varick St, New York, NY &middot; +1 (646) 555-0119</p>
<hr><p style="font-size:11px;color:#888">Sent with Recruitee</p></div></body></html>"""
    m1 = mail("Fjordlight Media <jobs@fjordlightmedia.recruitee-mail.example>",
              f"Your interview schedule - {role}", T(2026, 3, 31, 17, 20, NY), html=html,
              reply_to=f"Aoife Brennan <{aoife}>")
    ic = ics("REQUEST", "rc-onsite-77120@recruitee.example", 0, s, e,
             f"Fjordlight Media - final interviews ({role})", ("Aoife Brennan", aoife),
             [(n, m) for n, m, *_ in people] + [(OWNER_NAME, OWNER)],
             desc="Four back-to-back Zoom sessions with a lunch break 12:00-1:00. See the schedule email.",
             location="Zoom (links per session)", mode="ny", prodid="-//Recruitee//Events//EN")
    case("b65-04-recruitee-virtual-onsite", [("01-recruitee-itinerary.eml", m1)],
         label([iv(co, role, s, e, "scheduled", [m for _, m, *_ in people], [m for _, m, *_ in people], "onsite")],
               "hard", "positive/onsite",
               "Recruitee HTML itinerary + standalone .ics block; 4 sessions with lunch = one onsite 9:30-13:45 ET."))
    CASES["b65-04-recruitee-virtual-onsite"].append(("02-final-interviews.ics", ic))


# 05 Teamtailor: Stockholm, DST gap week, base64 bodies, add-to-calendar links
def c05():
    co, role = "Norrsken Audio", "Product Manager, Creator Tools"
    lin, johan = "linnea.holm@norrskenaudio.example", "johan.ek@norrskenaudio.example"
    s = T(2026, 3, 26, 15, 0, "Europe/Stockholm"); e = s + timedelta(minutes=45)
    text = f"""Hej Tamsin!

Thanks for your patience. Johan Ek, our Head of Product, would like to meet you for a video interview
about the {role} role.

Torsdag 26 mars, kl. 15:00-15:45 CET - that is 10:00-10:45 in New York (Europe changes its clocks
only on 29 March, so the gap is 5 hours that week, not 6).

Microsoft Teams link: https://teams.example/l/meetup-join/19%3ameeting_NRSK

Add to calendar:
  Google: https://calendar.google.example/render?action=TEMPLATE&dates={gcal_dates(s, e)}&text=Norrsken+Audio+interview
  Outlook: https://outlook.example/calendar/deeplink/compose?startdt={s.isoformat()}

Vi ses!
Linnea Holm
Talent Partner, Norrsken Audio AB
Hornsgatan 64, 118 21 Stockholm
+46 8 555 012 34
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + \
        "<p style='color:#999;font-size:10px'>Sent with Teamtailor</p></body></html>"
    m = mail("Linnea Holm via Teamtailor <no-reply@teamtailor-mail.example>",
             "Interview with Norrsken Audio - 26 March", T(2026, 3, 18, 14, 3, "Europe/Stockholm"),
             text=text, html=html, reply_to=f"Linnea Holm <{lin}>", cte="base64",
             cc=f"Johan Ek <{johan}>")
    case("b65-05-teamtailor-stockholm-dst-gap", [("01-teamtailor-interview.eml", m)],
         label([iv(co, role, s, e, "scheduled", [johan], [johan], "hiring_manager")], "hard",
               "positive/timezone-dst-gap",
               "Teamtailor base64 mail; 15:00 CET on 26 Mar (EU not yet on summer time) = 10:00 EDT; Head of Product interviews."))


# 06 Pinpoint: confirmation + day-before reminder (dedupe), "Thu 4/16 @ 4:30p PT"
def c06():
    co, role = "Halcyon Grid", "Senior Product Manager, Energy Markets"
    sun, bea = "sunil.varma@halcyongrid.example", "beatriz.lomeli@halcyongrid.example"
    s = T(2026, 4, 16, 16, 30, "America/Los_Angeles"); e = s + timedelta(hours=1)
    frm = "Halcyon Grid Talent Team <no-reply@pinpointhq-mail.example>"
    t1 = f"""Hi Tamsin,

Thanks for picking a slot! Your product case interview is booked:

Thu 4/16 @ 4:30p PT (7:30p ET) - 60 min
Interviewer: Sunil Varma, Group Product Manager ({sun})
Video: https://meet.example/hgx-case-0416

Sunil will share a short market-design prompt at the start; no prep needed beyond the job description.

Need to change something? Reply here and Beatriz from our talent team will help.

Halcyon Grid | 500 Terry Francois Blvd, San Francisco, CA 94158
"""
    ic = ics("REQUEST", "pp-ivw-0416-3390@pinpointhq.example", 0, s, e,
             f"Product case interview - Halcyon Grid", ("Halcyon Grid Talent Team", "no-reply@pinpointhq-mail.example"),
             [("Sunil Varma", sun), (OWNER_NAME, OWNER)], location="https://meet.example/hgx-case-0416",
             prodid="-//Pinpoint//Interview//EN")
    m1 = mail(frm, "Confirmed: your interview with Halcyon Grid", T(2026, 4, 10, 11, 47, "America/Los_Angeles"),
              text=t1, reply_to=f"Beatriz Lomeli <{bea}>", ics_text=ic)
    t2 = """Hi Tamsin,

Just a friendly reminder that your interview with Halcyon Grid is tomorrow.

Product case interview with Sunil Varma
Tomorrow, 4:30 PM - 5:30 PM PDT
https://meet.example/hgx-case-0416

Good luck!
Halcyon Grid Talent Team
"""
    m2 = mail(frm, "Reminder: Interview tomorrow with Halcyon Grid", T(2026, 4, 15, 9, 0, "America/Los_Angeles"),
              text=t2, reply_to=f"Beatriz Lomeli <{bea}>")
    case("b65-06-pinpoint-confirm-and-reminder", [("01-pinpoint-confirmed.eml", m1), ("02-pinpoint-reminder.eml", m2)],
         label([iv(co, role, s, e, "scheduled", [sun], [sun], "technical")], "medium", "positive/dedupe",
               "Pinpoint booking ('Thu 4/16 @ 4:30p PT') + day-before reminder = one interview."))


# 07 Breezy HR: two interviews (recruiter screen, then hiring manager)
def c07():
    co, role = "Copperline Robotics", "Technical Product Manager"
    nell, ari = "nell.pruitt@copperlinerobotics.example", "ari.feld@copperlinerobotics.example"
    s1 = T(2026, 3, 13, 12, 0, NY); e1 = s1 + timedelta(minutes=30)
    s2 = T(2026, 3, 24, 14, 0, NY); e2 = s2 + timedelta(hours=1)
    frm = "Nell Pruitt (via Breezy HR) <notifications@breezy-mail.example>"
    t1 = f"""Hi Tamsin,

Thanks for applying to the {role} role at Copperline Robotics. I'd like to schedule a quick
30-minute phone screen: Friday, March 13 at noon ET. I'll call the number on your resume.

Nell Pruitt | Recruiter | Copperline Robotics
{nell} | 412-555-0172
6401 Penn Ave, Pittsburgh, PA 15206
"""
    ic1 = ics("REQUEST", "breezy-screen-4471@breezy.example", 0, s1, e1, "Phone screen - Copperline Robotics",
              ("Nell Pruitt", nell), [("Nell Pruitt", nell), (OWNER_NAME, OWNER)], location="Phone",
              prodid="-//Breezy HR//Scheduler//EN")
    m1 = mail(frm, "Phone screen - Copperline Robotics", T(2026, 3, 11, 16, 2, NY), text=t1,
              reply_to=f"Nell Pruitt <{nell}>", ics_text=ic1)
    t2 = f"""Hi Tamsin,

Great talking on Friday! Ari Feld, our Director of Product (and the hiring manager for this role),
would like to meet you next.

Tuesday, March 24
2pm ET, 60 minutes, on Zoom: https://zoom.example/j/91200311
With: Ari Feld ({ari})

Invite attached.

Nell Pruitt | Recruiter | Copperline Robotics | 412-555-0172
"""
    ic2 = ics("REQUEST", "breezy-hm-4490@breezy.example", 0, s2, e2, "Interview with Ari Feld - Copperline Robotics",
              ("Nell Pruitt", nell), [("Ari Feld", ari), (OWNER_NAME, OWNER)], location="Zoom",
              prodid="-//Breezy HR//Scheduler//EN")
    m2 = mail(frm, "Next step: interview with our hiring manager", T(2026, 3, 16, 10, 14, NY), text=t2,
              reply_to=f"Nell Pruitt <{nell}>", ics_text=ic2)
    case("b65-07-breezy-two-rounds", [("01-breezy-phone-screen.eml", m1), ("02-breezy-hiring-manager.eml", m2)],
         label([iv(co, role, s1, e1, "scheduled", [nell], [nell], "phone_screen"),
                iv(co, role, s2, e2, "scheduled", [ari], [ari], "hiring_manager")], "medium",
               "positive/two-interviews",
               "Breezy HR: recruiter screen Fri noon ET, then hiring-manager interview Tue 2pm ET; two interviews."))


# 08 Rippling email + Google Calendar invite (dedupe), "noon"
def c08():
    co, role = "Saltmarsh Health", "Product Manager, Patient Experience"
    pri, tom = "priyanka.dorsey@saltmarshhealth.example", "tomasz.wren@saltmarshhealth.example"
    s = T(2026, 4, 21, 12, 0, NY); e = s + timedelta(minutes=45)
    html = f"""<html><body style="font-family:-apple-system,Segoe UI,sans-serif">
<div style="border-top:4px solid #502d3c;padding:20px">
<p>Hi Tamsin,</p><p>Your interview with <b>Saltmarsh Health</b> is scheduled.</p>
<p><b>{role}</b><br>Tuesday, April 21 &middot; noon &ndash; 12:45 PM EDT<br>
Interviewer: Priyanka Dorsey, Senior Director of Product<br>Google Meet link in your calendar invite</p>
<p>Questions? Contact Tomasz Wren ({tom}).</p>
<p style="color:#888;font-size:11px">Rippling Recruiting &middot; This is an automated message, replies to this address are not monitored.</p>
</div></body></html>"""
    m1 = mail("Saltmarsh Health via Rippling <no-reply@rippling-mail.example>",
              "Interview scheduled with Saltmarsh Health", T(2026, 4, 14, 13, 5, NY), html=html)
    ic = ics("REQUEST", "7ks0q1c9gm2r6b8uv0rj4q@google.example", 0, s, e,
             f"Saltmarsh Health - PM interview (Tamsin Okafor-Bell)", ("Priyanka Dorsey", pri),
             [("Priyanka Dorsey", pri), ("Tomasz Wren", tom), (OWNER_NAME, OWNER)],
             desc="Interview for " + role + ". Join with Google Meet: https://meet.example/swh-pxqa-rtd",
             location="", mode="ny", prodid="-//Google Inc//Google Calendar 70.9054//EN")
    text = f"""Saltmarsh Health - PM interview (Tamsin Okafor-Bell)
Tuesday Apr 21, 2026 \u22c5 12pm \u2013 12:45pm
Eastern Time - New York

Join with Google Meet
https://meet.example/swh-pxqa-rtd

Organizer
Priyanka Dorsey
{pri}

Guests
Priyanka Dorsey - organizer
Tomasz Wren - optional
{OWNER}

Invitation from Google Calendar
"""
    html2 = "<html><body><pre>" + text + "</pre></body></html>"
    m2 = mail(f"Priyanka Dorsey <{pri}>",
              "Invitation: Saltmarsh Health - PM interview (Tamsin Okafor-Bell) @ Tue Apr 21, 2026 12pm - 12:45pm (EDT) (" + OWNER + ")",
              T(2026, 4, 14, 13, 9, NY), text=text, html=html2, reply_to=f"Priyanka Dorsey <{pri}>",
              ics_text=ic, ics_inline=True, cte="base64", sender="Google Calendar <calendar-notification@google.example>",
              msgid_domain="google.example")
    case("b65-08-rippling-and-google-invite", [("01-rippling-scheduled.eml", m1), ("02-google-invitation.eml", m2)],
         label([iv(co, role, s, e, "scheduled", [pri], [pri], "hiring_manager")], "medium", "positive/dedupe",
               "Rippling no-reply HTML ('noon') + Google Calendar invite (TZID America/New_York) for the same slot."))


# 09 Personio (US office, Munich HQ): German/English email + Exchange invite with Windows TZID
def c09():
    co, role = "Kallweit Systems", "Senior Product Manager (US)"
    fra, mat = "franziska.lorenz@kallweit.example", "matthias.brandl@kallweit.example"
    s = T(2026, 3, 31, 16, 0, "Europe/Berlin"); e = s + timedelta(hours=1)
    t1 = f"""Hi Tamsin,

thank you for your application for the position {role} in our New York office.

We would like to invite you to an interview with Matthias Brandl (VP Product, Munich):

  Termin / Date: Dienstag, 31. März 2026
  Uhrzeit / Time: 16:00 - 17:00 Uhr (MESZ) = 10:00 - 11:00 AM EDT
  Ort / Location: Microsoft Teams (Einladung folgt separat)

Please confirm the appointment via the link below.
https://kallweit.jobs.personio.example/appointment/confirm/8f1c22

Mit freundlichen Grüßen / Kind regards
Franziska Lorenz
People & Culture | Kallweit Systems GmbH
Leopoldstraße 112, 80802 München | +49 89 5550 1247
US office: 110 William St, New York, NY 10038
"""
    m1 = mail("Kallweit Systems GmbH <noreply@personio-mail.example>",
              f"Einladung zum Interview / Interview invitation - {role}", T(2026, 3, 20, 9, 31, "Europe/Berlin"),
              text=t1, reply_to=f"Franziska Lorenz <{fra}>")
    ic = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000C07D0F2F0AB8DC01000000000000000010000000B65KALLWEIT",
             0, s, e, f"Interview Tamsin Okafor-Bell - {role}", ("Matthias Brandl", mat),
             [(OWNER_NAME, OWNER), ("Franziska Lorenz", fra)],
             desc="Microsoft Teams meeting. Join: https://teams.example/l/meetup-join/19%3ameeting_KWS",
             location="Microsoft Teams Meeting", mode="weu",
             prodid="Microsoft Exchange Server 2010", stamp=T(2026, 3, 20, 10, 2, "Europe/Berlin"),
             extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"])
    t2 = f"""When: Tuesday, March 31, 2026 4:00 PM-5:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Tamsin, looking forward to our conversation. Franziska is optional and will just say hello.
Best, Matthias

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.example/l/meetup-join/19%3ameeting_KWS
Meeting ID: 271 004 918 33  Passcode: kW7sPz
________________________________________________________________________________
"""
    m2 = exchange_invite(f"Matthias Brandl <{mat}>", f"{OWNER_NAME} <{OWNER}>",
                         f"Interview Tamsin Okafor-Bell - {role}", T(2026, 3, 20, 10, 2, "Europe/Berlin"), t2, ic,
                         headers=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAACwB65K")])
    case("b65-09-personio-munich-exchange", [("01-personio-einladung.eml", m1), ("02-teams-invite.eml", m2)],
         label([iv(co, role, s, e, "scheduled", [mat], [mat], "hiring_manager")], "hard",
               "positive/exchange-german",
               "Personio bilingual mail '16:00 Uhr (MESZ)' + Exchange invite TZID 'W. Europe Standard Time' (UTC+01:00 label, but 31 Mar is summer time +02:00)."))


# 10 Chat-assistant scheduling (Paradox-like 'Juniper'), in-person, recruiter address in text
def c10():
    co, role = "Tidewell Outfitters", "Product Manager, Omnichannel"
    cor = "corinne.abalos@tidewelloutfitters.example"
    s = T(2026, 4, 3, 9, 15, "America/Chicago"); e = s + timedelta(hours=1)
    html = f"""<html><body style="font-family:Arial;background:#eef3f1">
<div style="max-width:480px;margin:auto;background:#fff;border-radius:12px;padding:18px">
<p style="font-size:13px;color:#3b7a57"><b>Juniper</b> &middot; Tidewell Outfitters Hiring Assistant</p>
<div style="background:#e7f4ec;border-radius:10px;padding:10px">You're all set, Tamsin! &#127881; I booked your
<b>in-person interview</b> for the {role} role.</div>
<p><b>Fri, Apr 3 &middot; 9:15 AM CDT</b> (about 1 hour)<br>
Tidewell Outfitters Support Center<br>400 W Lake St, 9th floor, Chicago, IL 60606<br>
You'll meet with Dana Whitlock, Director of Digital Product.</p>
<p>Bring a photo ID for the front desk. Need to reschedule? Just text <b>RESCHEDULE</b> to (312) 555-0155,
or email your recruiter Corinne Abalos at <a href="mailto:{cor}">{cor}</a>.</p>
<p><a href="https://hirelark.example/c/tdw/ev/88213.ics">Add to calendar</a></p>
<p style="font-size:10px;color:#999">Juniper is an automated assistant powered by Hirelark. Replies to this email are not read.</p>
</div></body></html>"""
    m = mail("Juniper at Tidewell Outfitters <juniper@hirelark-mail.example>",
             "You're confirmed! Interview on Fri, Apr 3", T(2026, 3, 27, 18, 42, "America/Chicago"), html=html)
    case("b65-10-chat-assistant-in-person", [("01-juniper-confirmed.eml", m)],
         label([iv(co, role, s, e, "scheduled", [], [cor], "hiring_manager")], "medium",
               "positive/chat-assistant",
               "Paradox-style assistant confirms in-person interview 9:15 AM CDT; interviewer has no address, recruiter e-mail in text."))


# 11 Founder on free mail: thread, relative date resolved from message Date
def c11():
    co, role = "Parcelwise", "Head of Product"
    eli = "eli.vance.sf@mail.example"
    PT = "America/Los_Angeles"
    d1 = T(2026, 3, 23, 9, 12, PT)
    t1 = """Hi Tamsin,

I'm one of the two founders at Parcelwise (returns logistics for DTC brands - we just closed our seed).
Your application for our first product hire stood out, especially the marketplace work at your last job.

Could we do a 45-minute chat this week? I'm free Wed or Thu afternoon my time (Pacific).

Eli
--
Eli Vance, co-founder & CEO, Parcelwise
m: 415.555.0190
"""
    m1 = mail(f"Eli Vance <{eli}>", "Parcelwise - Head of Product", d1, text=t1, cte="7bit")
    d2 = T(2026, 3, 23, 14, 40, NY)
    t2 = f"""Hi Eli,

Thanks so much for reaching out - I'd love to chat. Thursday at 3:30 PT / 6:30 ET works well for me.

Best,
Tamsin

On Mon, Mar 23, 2026 at 9:12 AM Eli Vance <{eli}> wrote:
""" + "".join("> " + ln + "\n" for ln in t1.splitlines())
    m2 = mail(f"{OWNER_NAME} <{OWNER}>", "Re: Parcelwise - Head of Product", d2, text=t2, to=f"Eli Vance <{eli}>",
              in_reply_to=msg_id(m1), cte="7bit")
    d3 = T(2026, 3, 24, 8, 5, PT)
    t3 = f"""Ugh, board prep landed on Thursday. Could we do tomorrow at 1 instead (Pacific)? Same 45 min.
I'll call your cell.

Eli

On Mon, Mar 23, 2026 at 11:40 AM {OWNER_NAME} <{OWNER}> wrote:
> Thursday at 3:30 PT / 6:30 ET works well for me.
"""
    m3 = mail(f"Eli Vance <{eli}>", "Re: Parcelwise - Head of Product", d3, text=t3, in_reply_to=msg_id(m2),
              references=f"{msg_id(m1)} {msg_id(m2)}", cte="7bit")
    d4 = T(2026, 3, 24, 11, 20, NY)
    t4 = f"""Works! Talk tomorrow at 1 PT (4 ET). My cell is 617-555-0138.

Tamsin

On Tue, Mar 24, 2026 at 8:05 AM Eli Vance <{eli}> wrote:
> Could we do tomorrow at 1 instead (Pacific)? Same 45 min.
"""
    m4 = mail(f"{OWNER_NAME} <{OWNER}>", "Re: Parcelwise - Head of Product", d4, text=t4, to=f"Eli Vance <{eli}>",
              in_reply_to=msg_id(m3), references=f"{msg_id(m1)} {msg_id(m2)} {msg_id(m3)}", cte="7bit")
    s = T(2026, 3, 25, 13, 0, PT); e = s + timedelta(minutes=45)
    case("b65-11-founder-freemail-thread", [("01-eli-intro.eml", m1), ("02-tamsin-reply.eml", m2),
                                             ("03-eli-moves-to-tomorrow.eml", m3), ("04-tamsin-confirms.eml", m4)],
         label([iv(co, role, s, e, "scheduled", [eli], [eli], "hiring_manager")], "hard",
               "positive/thread-relative-date",
               "Founder on free mail; Thu proposal replaced by 'tomorrow at 1 (Pacific)' sent Tue 24 Mar -> Wed 25 Mar 13:00 PDT."))


# 12 Workable: invite, cancellation, then a stale automated reminder
def c12():
    co, role = "Lumora Labs", "Product Manager, Payments"
    rhea, owen = "rhea.castellanos@lumoralabs.example", "owen.pike@lumoralabs.example"
    s = T(2026, 4, 6, 11, 0, NY); e = s + timedelta(minutes=45)
    uid = "wk-D93A07-ivw-2@workable.example"
    frm = "Owen Pike via Workable <noreply@workable-mail.example>"
    rt = f"Owen Pike <{owen}>"
    t1 = f"""Hi Tamsin,

You're invited to a product case interview for {role} with Rhea Castellanos (Group PM, Payments).

Monday, April 6, 2026
11:00 AM - 11:45 AM (GMT-04:00) Eastern Time
Google Meet: https://meet.example/lum-prd-case

Owen Pike
Recruiter, Lumora Labs | 915 Broadway, New York, NY 10010 | (917) 555-0107
"""
    ic1 = ics("REQUEST", uid, 0, s, e, f"Product case interview - Lumora Labs", ("Owen Pike", "noreply@workable-mail.example"),
              [("Rhea Castellanos", rhea), (OWNER_NAME, OWNER)], location="Google Meet",
              prodid="-//Workable//Interview Scheduler//EN")
    m1 = mail(frm, "Interview invitation: Lumora Labs", T(2026, 4, 1, 9, 30, NY), text=t1, reply_to=rt, ics_text=ic1)
    t2 = f"""Hi Tamsin,

I'm sorry to say we've had to cancel your interview on Monday, April 6 at 11:00 AM. The {role}
opening was filled internally this week, so we're closing the search.

Thank you for the time you've invested with us.

Owen
"""
    ic2 = ics("CANCEL", uid, 1, s, e, "Cancelled: Product case interview - Lumora Labs",
              ("Owen Pike", "noreply@workable-mail.example"), [("Rhea Castellanos", rhea), (OWNER_NAME, OWNER)],
              status="CANCELLED", prodid="-//Workable//Interview Scheduler//EN", stamp=T(2026, 4, 3, 16, 50, NY))
    m2 = mail(frm, "Interview cancelled: Lumora Labs", T(2026, 4, 3, 16, 50, NY), text=t2, reply_to=rt,
              ics_text=ic2, ics_method="CANCEL")
    html3 = """<html><body><p>Hi Tamsin,</p><p>This is a reminder that you have an interview <b>tomorrow at 11:00 AM</b>
with <b>Lumora Labs</b> (Product case interview).</p><p><a href="https://meet.example/lum-prd-case">Join Google Meet</a></p>
<p style="font-size:11px;color:#999">Automated reminder sent by Workable. Please do not reply.</p></body></html>"""
    m3 = mail("Lumora Labs via Workable <noreply@workable-mail.example>", "Reminder: your interview tomorrow",
              T(2026, 4, 5, 11, 0, NY), html=html3)
    case("b65-12-workable-cancel-then-stale-reminder",
         [("01-workable-invite.eml", m1), ("02-workable-cancelled.eml", m2), ("03-workable-reminder.eml", m3)],
         label([iv(co, role, s, e, "cancelled", [rhea], [rhea], "technical")], "hard",
               "positive/cancellation",
               "Workable invite, vendor cancellation (role filled), then an automated reminder the day before; final state cancelled."))


# 13 Forwarded confirmation + Calendar API event in Sydney time (Sydney DST ended Apr 5)
def c13():
    co, role = "Wattle & Finch", "Senior Product Manager, Marketplace"
    mei, har = "meilin.tran@wattleandfinch.example", "harriet.quon@mail.example"
    s = T(2026, 4, 8, 8, 0, "Australia/Sydney"); e = s + timedelta(minutes=45)
    t1 = f"""Tam - Mei Lin sent this to my work address by mistake (she used the old intro thread). Forwarding!
Good luck, you'll crush it.
H

---------- Forwarded message ---------
From: Mei Lin Tran <{mei}>
Date: Wed, Apr 1, 2026 at 10:14 AM
Subject: Re: Intro - Tamsin <> Wattle & Finch
To: Harriet Quon <{har}>

Thanks Harriet! Please pass on to Tamsin: Tuesday evening her time works for us - 6pm ET on Tue 7 April,
which is 8am Wednesday here in Sydney (our clocks go back on the 5th so it's 14 hours, not 15).
45 minutes, video. I'll send a calendar invite directly.

Mei Lin Tran
Head of Product, Wattle & Finch
Level 4, 88 Foveaux St, Surry Hills NSW 2010 | +61 2 5550 1184
"""
    m1 = mail(f"Harriet Quon <{har}>", "Fwd: Re: Intro - Tamsin <> Wattle & Finch", T(2026, 3, 31, 21, 3, NY), text=t1,
              cte="quoted-printable")
    ev = {
        "kind": "calendar#event", "etag": "\"3411870043216000\"", "id": "6pq2c1w8v0la93k7mhrb5ts1e4",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NnBxMmMxdzh2MGxhOTNrN21ocmI1dHMxZTQ",
        "created": "2026-04-01T00:20:11.000Z", "updated": "2026-04-01T00:22:43.118Z",
        "summary": "Wattle & Finch <> Tamsin Okafor-Bell | Senior PM, Marketplace",
        "description": "Interview with Mei Lin Tran (Head of Product). 45 min video call. Sydney morning / New York evening.",
        "creator": {"email": mei, "displayName": "Mei Lin Tran"},
        "organizer": {"email": mei, "displayName": "Mei Lin Tran"},
        "start": {"dateTime": iso(s), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": iso(e), "timeZone": "Australia/Sydney"},
        "iCalUID": "6pq2c1w8v0la93k7mhrb5ts1e4@google.example", "sequence": 0,
        "attendees": [{"email": mei, "displayName": "Mei Lin Tran", "organizer": True, "responseStatus": "accepted"},
                      {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.example/wfn-okbt-ssp",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    case("b65-13-forward-plus-gcal-sydney", [("01-fwd-from-harriet.eml", m1),
                                             ("02-wattle-finch.gcal.json", json.dumps(ev, indent=2) + "\n")],
         label([iv(co, role, s, e, "scheduled", [mei], [mei], "hiring_manager")], "hard",
               "positive/gcal-json-timezone",
               "Forwarded confirmation + Calendar API event in Australia/Sydney (+10:00 after Apr 5); Tue 6pm EDT = Wed 8am AEST."))


# ============================== negatives
def n14():
    html = """<html><body style="font-family:Georgia,serif"><div style="max-width:600px;margin:auto">
<p style="font-size:12px;color:#888">The Candidate Brief &middot; Issue #48 &middot; View in browser</p>
<h1>5 interview questions to ask before you say yes</h1>
<p>You've made it to the final interview. The hiring manager leans back and asks: "So, any questions for us?"
Here are five we'd ask in any product manager interview:</p>
<ol><li>What does the first 90 days look like for this role?</li>
<li>How are roadmap decisions made when sales and engineering disagree?</li>
<li>Who was the last candidate you hired for this team, and why?</li>
<li>What would make you call this hire a mistake a year from now?</li>
<li>What's the next step in the interview process, and when should I expect to hear back?</li></ol>
<p><b>Live session:</b> our recruiters answer your questions on Thursday, March 19 at 1pm ET.
<a href="https://workable.example/events/ask-a-recruiter">Save your seat</a></p>
<p>Also this week: how to schedule your job search like a sprint, and the new "Easy Apply" badge.</p>
<p style="font-size:11px;color:#999">You receive this newsletter because you created a Workable candidate profile.
<a href="https://workable.example/unsubscribe">Unsubscribe</a> &middot; Workable Candidate Network, 33 Arch St, Boston MA</p>
</div></body></html>"""
    m = mail("Workable for Candidates <newsletter@workable-mail.example>",
             "5 interview questions to ask before you say yes", T(2026, 3, 17, 7, 30, NY), html=html)
    case("b65-14-vendor-newsletter-interview-questions", [("01-newsletter.eml", m)],
         label([], "medium", "negative/newsletter",
               "ATS vendor candidate newsletter: interview questions + a live Q&A session date; no interview."))


def n15():
    text = """Hi Tamsin,

Thanks for applying for the Product Manager, Rider Experience role at Brisa Mobility! We've received your
application and our team is reviewing it now.

What happens next?
 1. Our recruiting team reviews every application within 10 business days.
 2. If there's a match, we'll invite you to a 30-minute video interview with a recruiter.
 3. Candidates then meet the hiring manager and complete a case interview.

You can follow the status of your application in your candidate profile:
https://brisamobility.teamtailor.example/candidate/applications

Best regards,
The Brisa Mobility Talent Team
"""
    m = mail("Brisa Mobility <no-reply@teamtailor-mail.example>", "Thanks for applying to Brisa Mobility!",
             T(2026, 3, 12, 22, 15, NY), text=text, html="<html><body><pre>" + text + "</pre></body></html>")
    case("b65-15-teamtailor-application-receipt", [("01-application-received.eml", m)],
         label([], "easy", "negative/application-received",
               "Teamtailor receipt describing future interview steps; nothing scheduled."))


def n16():
    text = """Hi Tamsin,

Thanks for your interest in the Senior Product Manager role at Quarry Point Software. As the next step in
our interview process, we'd like you to complete a short product sense assessment.

  Format: 4 written questions, timed (60 minutes), completed on your own - no interviewer
  Deadline: Friday, April 24 at 5:00 PM ET
  Start here: https://app.pinpointhq.example/assessments/qps-7c11f0

Candidates who complete the assessment will hear from us about scheduling a call within a week.

Quarry Point Software Recruiting
"""
    m = mail("Quarry Point Software <no-reply@pinpointhq-mail.example>",
             "Next step in your interview process: product sense assessment", T(2026, 4, 20, 10, 5, NY), text=text)
    case("b65-16-pinpoint-assessment-link", [("01-assessment.eml", m)],
         label([], "medium", "negative/assessment",
               "Timed self-paced assessment with a deadline, framed as an interview step; not a live interview."))


def n17():
    text = """Dear Tamsin,

Thank you for taking the time to interview with us on Tuesday, March 17 for the Product Manager, Claims
position at Greyhaven Insurance. The team enjoyed speaking with you.

After careful consideration, we have decided to move forward with another candidate whose experience more
closely matches our needs at this time. We'll keep your profile on file and may reach out about future roles.

We wish you the best in your search.

Sincerely,
Wendell Osei
Talent Acquisition, Greyhaven Insurance

Powered by JazzHR
"""
    m = mail("Greyhaven Insurance (via JazzHR) <notifications@jazzhr-mail.example>",
             "Your application to Greyhaven Insurance", T(2026, 3, 24, 16, 45, NY), text=text,
             reply_to="Wendell Osei <wendell.osei@greyhaveninsurance.example>")
    case("b65-17-jazzhr-rejection-after-interview", [("01-rejection.eml", m)],
         label([], "easy", "negative/rejection",
               "JazzHR rejection referencing a past interview date; no interview in the mailbox."))


def n18():
    html = """<html><body style="font-family:Arial"><p>Hi Tamsin,</p>
<p>You recently interviewed with <b>Arbor &amp; Vale</b> for the <b>Product Manager, Member Apps</b> role
(Thursday, April 2 at 2:00 PM). We'd love to hear about your candidate experience.</p>
<p>How likely are you to recommend interviewing at Arbor &amp; Vale to a friend?</p>
<p>0 1 2 3 4 5 6 7 8 9 10 &nbsp; <a href="https://survey.bamboohr.example/s/av-cx-2291">Take the 2-minute survey</a></p>
<p>Your answers are anonymous and don't affect your candidacy.</p>
<p style="font-size:11px;color:#999">Sent by BambooHR on behalf of Arbor &amp; Vale.</p></body></html>"""
    m = mail("Arbor & Vale via BambooHR <notifications@bamboohr-mail.example>",
             "How was your interview with Arbor & Vale?", T(2026, 4, 6, 12, 0, NY), html=html)
    case("b65-18-bamboohr-candidate-survey", [("01-survey.eml", m)],
         label([], "medium", "negative/survey",
               "Candidate-experience survey citing a past interview date/time; nothing to attend."))


def n19():
    html = """<html><body style="font-family:Arial"><div style="max-width:480px;margin:auto">
<p><b>Remy</b> &middot; Hiring Assistant for Calloway Home</p>
<p>Hi Tamsin! Thanks for chatting with me earlier. The next step for the Associate Director, Product role is a
<b>one-way video interview</b> - you'll record answers to 5 questions on your own time. No one will be live on the call.</p>
<p>Please complete it by <b>Sunday, March 29 at 11:59 PM CT</b>. It takes about 20 minutes.</p>
<p><a href="https://hirelark.example/v/clh-22810">Start my video interview</a></p>
<p>If you're selected, I'll help you schedule a live interview with the hiring team.</p>
<p style="font-size:10px;color:#999">Remy is an automated assistant powered by Hirelark. Reply STOP to opt out of texts.</p>
</div></body></html>"""
    m = mail("Remy at Calloway Home <remy@hirelark-mail.example>", "Your video interview is ready",
             T(2026, 3, 25, 15, 30, "America/Chicago"), html=html)
    case("b65-19-chat-assistant-one-way-video", [("01-one-way-video.eml", m)],
         label([], "hard", "negative/one-way-video",
               "Chat-assistant one-way recorded video 'interview' with a deadline; not a live conversation."))


def n20():
    vic, gab = "victor.lam@sablecrest.example", "gabriela.munoz@sablecrest.example"
    t1 = f"""Hi Tamsin,

Forwarding Gabriela's note below - she'd like to meet you! Could you send me your availability for a 30-min
call with her next week? Some windows that work on her side (all ET):

  - Tue 4/14: 2-4pm
  - Wed 4/15: anytime after 10
  - Thu 4/16: 14:00-16:00

Once I have a couple of options I'll send a calendar invite.

Victor Lam
Senior Recruiter, Sablecrest | 200 Clarendon St, Boston, MA 02116 | 617-555-0164

---------- Forwarded message ---------
From: Gabriela Munoz <{gab}>
Date: Wed, Apr 8, 2026 at 4:51 PM
Subject: candidate - Tamsin O-B (PM, Data Platform)
To: Victor Lam <{vic}>

Strong background. Happy to do the hiring manager interview next week - can you find a slot and schedule?
"""
    m1 = mail("Victor Lam (via Rippling) <victor.lam@sablecrest.example>", "Fwd: candidate - Tamsin O-B (PM, Data Platform)",
              T(2026, 4, 9, 9, 22, NY), text=t1)
    t2 = f"""Hi Victor,

Wonderful, thank you! Tue 4/14 at 2:30 or Wed 4/15 at 11 would both work for me.

Best,
Tamsin

On Thu, Apr 9, 2026 at 9:22 AM Victor Lam <{vic}> wrote:
> Could you send me your availability for a 30-min call with her next week?
"""
    m2 = mail(f"{OWNER_NAME} <{OWNER}>", "Re: Fwd: candidate - Tamsin O-B (PM, Data Platform)", T(2026, 4, 9, 12, 4, NY),
              text=t2, to=f"Victor Lam <{vic}>", in_reply_to=msg_id(m1))
    case("b65-20-recruiter-availability-poll", [("01-victor-availability.eml", m1), ("02-tamsin-offers-slots.eml", m2)],
         label([], "hard", "negative/availability-request",
               "Forwarded HM note + recruiter availability poll and the candidate's proposed slots; nothing confirmed."))


def n21():
    kai = "kai.lindqvist@ledgerleaf.example"
    s = T(2026, 4, 9, 14, 0, NY); e = s + timedelta(minutes=30)
    text = f"""Hi Tamsin,

Thanks for signing up to help shape our product! Your research interview is confirmed:

  Thursday, April 9, 2:00-2:30 PM ET (Zoom)
  Topic: how you track candidates and interviews during your job search
  Thank-you: $75 gift card, sent within 5 business days

This is a product research session, not a job interview - there are no right answers.

Kai Lindqvist
User Researcher, Ledgerleaf HR
"""
    ic = ics("REQUEST", "ur-session-4410@ledgerleaf.example", 0, s, e, "Research interview (30 min) - $75 thank-you",
             ("Kai Lindqvist", kai), [("Kai Lindqvist", kai), (OWNER_NAME, OWNER)], location="Zoom",
             prodid="-//Invented Research Ops//EN")
    m = mail(f"Kai Lindqvist <{kai}>", "Confirmed: research interview on Thursday", T(2026, 4, 6, 10, 40, NY),
             text=text, ics_text=ic)
    case("b65-21-paid-user-research-interview", [("01-research-session.eml", m)],
         label([], "hard", "negative/user-research",
               "Paid user-research 'interview' with a calendar invite; user is a research participant, not a candidate."))


def n22():
    org = "events@recruitee-mail.example"
    s = T(2026, 4, 14, 13, 0, NY); e = s + timedelta(hours=1)
    ic = ics("REQUEST", "webinar-pm-hiring-2026@recruitee.example", 0, s, e,
             "Webinar: Interviewing product managers in 2026 - what candidates should expect",
             ("Recruitee Events", org), [(OWNER_NAME, OWNER)],
             desc="Join our panel of hiring managers for a live webinar on the PM interview loop: phone screen, "
                  "product case, onsite. Q&A with candidates at the end. Link: https://webinar.recruitee.example/pm26",
             location="https://webinar.recruitee.example/pm26", prodid="-//Recruitee//Webinars//EN")
    case("b65-22-vendor-webinar-ics", [("01-webinar.ics", ic)],
         label([], "medium", "negative/webinar",
               "Standalone .ics for a vendor webinar about PM interviews with the user as attendee."))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b65-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fn, obj in items:
            with open(os.path.join(d, fn), "wb") as fh:
                if isinstance(obj, EmailMessage):
                    n = 0
                    for part in obj.walk():
                        if part.is_multipart():
                            n += 1
                            part.set_boundary(f"b65_{cid[4:6]}_{fn[:2]}_{n:02d}_0000{n * 7919:06d}")
                    fh.write(obj.as_bytes())
                else:
                    fh.write(obj.encode("utf-8"))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for the blind65 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=120)


if __name__ == "__main__":
    main()
