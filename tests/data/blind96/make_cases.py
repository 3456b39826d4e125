#!/usr/bin/env python3
"""Deterministic generator for the blind96 interview-detection set.

Rewrites every case folder (b96-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All people, companies and domains are invented.
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
OWNER = "renata.holloway@example.com"
OWNER_NAME = "Renata Holloway"
UTC = timezone.utc

YYC = "America/Edmonton"
YQR = "America/Regina"
YVR = "America/Vancouver"
YZF = "America/Yellowknife"
YYZ = "America/Toronto"
BER = "Europe/Berlin"


def D(y, mo, d, h=0, mi=0, tz=YYC, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ---------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, n = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " ", 1, 75
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


VTZ = {
    "Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Canada Central Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Canada Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0600",
        "TZOFFSETTO:-0600", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    YYC: [
        "BEGIN:VTIMEZONE", "TZID:America/Edmonton", "X-LIC-LOCATION:America/Edmonton",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    YQR: [
        "BEGIN:VTIMEZONE", "TZID:America/Regina", "X-LIC-LOCATION:America/Regina",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600", "TZNAME:CST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    YYZ: [
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def local(dt, tzid_zone):
    """Format dt in the given IANA zone as floating local time (for TZID= props)."""
    return dt.astimezone(ZoneInfo(tzid_zone)).strftime("%Y%m%dT%H%M%S")


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(method, uid, start, end, summary, organizer, attendees, *, prodid, stamp,
        tzid=None, tz_zone=None, description=None, location=None, sequence=0,
        status="CONFIRMED", extra=()):
    """tzid: label used in the file (IANA or Windows); tz_zone: IANA zone giving the local time."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    if tzid:
        lines += VTZ[tzid]
    lines.append("BEGIN:VEVENT")
    if tzid:
        lines.append(f"DTSTART;TZID={tzid}:{local(start, tz_zone)}")
        if end is not None:
            lines.append(f"DTEND;TZID={tzid}:{local(end, tz_zone)}")
    else:
        lines.append(f"DTSTART:{zulu(start)}")
        if end is not None:
            lines.append(f"DTEND:{zulu(end)}")
    lines.append(f"DTSTAMP:{zulu(stamp)}")
    oname, oaddr = organizer
    lines.append(f"ORGANIZER;CN={oname}:mailto:{oaddr}")
    lines.append(f"UID:{uid}")
    for name, addr, partstat in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
                     f"RSVP=TRUE;CN={name}:mailto:{addr}")
    if description:
        lines.append("DESCRIPTION:" + esc(description))
    lines.append("LOCATION:" + esc(location or ""))
    lines.append(f"SEQUENCE:{sequence}")
    lines.append(f"STATUS:{status}")
    lines.append("SUMMARY:" + esc(summary))
    lines += list(extra)
    lines.append("TRANSP:OPAQUE")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- e-mail
def mail(*, frm, to, subject, date, msgid, text=None, html=None, cte="quoted-printable",
         cc=None, reply_to=None, in_reply_to=None, references=None, headers=(),
         cal=None, cal_method="REQUEST", cal_cte="base64", attach=(), relay="mx.example.com",
         sender_host="mail.example", delivered_to=OWNER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    rdate = date + timedelta(seconds=3)
    m["Received"] = (f"from {sender_host} ({sender_host} [192.0.2.{(len(subject) * 7) % 250 + 1}]) "
                     f"by {relay} with ESMTPS id {abs(hash(msgid)) % 10**10:010d}x "
                     f"for <{delivered_to}>; {format_datetime(rdate)}")
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
    if references:
        m["References"] = references
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=cte)
        m.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte)
    else:
        m.set_content(text, cte=cte)
    if cal is not None:
        m.add_alternative(cal, maintype="text", subtype="calendar", cte=cal_cte,
                          params={"charset": "UTF-8", "method": cal_method})
    for data, maintype, subtype, fname in attach:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{hash(msgid + str(i)):08x}{hash(subject + str(i)):08x}_")
    return m.as_bytes(policy=m.policy.clone(max_line_length=120))


def hash(s):  # deterministic replacement for the salted builtin
    h = 2166136261
    for ch in s.encode():
        h = ((h ^ ch) * 16777619) % 2**32
    return h


# ---------------------------------------------------------------- cases
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def L(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


# 01 ---------------------------------------------------------------------
@case
def c01():
    cid = "b96-01-dayforce-quick-chat-sask-time"
    dom = "quappellepotash.example"
    rec = f"marisol.febres@{dom}"
    start, end = D(2026, 3, 5, 9, 30, YQR), D(2026, 3, 5, 10, 0, YQR)
    sent1 = D(2026, 3, 2, 10, 14, YQR)
    t1 = f"""Hi Renata,

Thanks for applying to our Maintenance Planner - Mobile Equipment posting (req 4471) at the Belle Plaine site. Your CMMS background (SAP PM and the haul-truck PM program you mentioned) lines up nicely with what the site team is after.

I'd like to set up a quick chat - 20 to 30 minutes, just me, by phone - to go over your background, the 7-on/7-off rotation and the salary range before I pass you along to the maintenance superintendent.

I've booked you in for this Thursday at 9:30 a.m. Sask time (that's 8:30 your time in Calgary - we don't change our clocks, you folks do). You'll get a confirmation from Dayforce in a few minutes. I'll call you at the number on your application, 403-555-0148, so no need to dial in.

If Thursday doesn't work, just reply here and we'll sort something else out.

Cheers,
Marisol

Marisol Febres | Talent Acquisition Specialist
Qu'Appelle Potash Corp.
2100 - 1874 Scarth Street, Regina, SK  S4P 4B3
T 306-555-0172 | M 306-555-0139
"""
    e1 = mail(frm=f"Marisol Febres <{rec}>", to=f"{OWNER_NAME} <{OWNER}>",
              subject="Maintenance Planner - Mobile Equipment (req 4471) - quick chat",
              date=sent1, msgid=f"<CAqp4471.7731@{dom}>", text=t1, sender_host=f"smtp.{dom}")
    sent2 = sent1 + timedelta(minutes=6)
    uid = "dfx-int-88213-4471@dayforcehcm.example"
    cal = ics("REQUEST", uid, start, end,
              "Phone Interview - Maintenance Planner - Mobile Equipment", ("Marisol Febres", rec),
              [("Marisol Febres", rec, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              prodid="-//Ceridian//Dayforce Recruiting//EN", stamp=sent2, tzid=YQR, tz_zone=YQR,
              description="Phone interview with Marisol Febres. Marisol will call you.",
              location="Phone")
    html = f"""<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#1b3a5c;color:#fff;padding:14px">
<b>Qu'Appelle Potash Corp.</b> &nbsp;|&nbsp; Careers</td></tr>
<tr><td style="padding:18px">
<p>Hello Renata,</p>
<p>An interview has been scheduled for you for the position <b>Maintenance Planner - Mobile Equipment</b> (Requisition 4471).</p>
<table cellpadding="4">
<tr><td><b>Date</b></td><td>Thursday, March 5, 2026</td></tr>
<tr><td><b>Time</b></td><td>9:30 AM - 10:00 AM (GMT-06:00) Saskatchewan</td></tr>
<tr><td><b>Interview Type</b></td><td>Phone</td></tr>
<tr><td><b>Interviewer(s)</b></td><td>Marisol Febres</td></tr>
</table>
<p>A calendar file is attached for your convenience.</p>
<p>Please do not reply to this message. This mailbox is not monitored.</p>
</td></tr><tr><td style="font-size:11px;color:#777;padding:10px">Powered by Dayforce</td></tr></table>
</body></html>"""
    text = """Hello Renata,

An interview has been scheduled for you for the position Maintenance Planner - Mobile Equipment (Requisition 4471).

Date: Thursday, March 5, 2026
Time: 9:30 AM - 10:00 AM (GMT-06:00) Saskatchewan
Interview Type: Phone
Interviewer(s): Marisol Febres

A calendar file is attached for your convenience.

Please do not reply to this message. This mailbox is not monitored.
Powered by Dayforce
"""
    e2 = mail(frm="Qu'Appelle Potash Corp. <no-reply@jobs.dayforcehcm.example>", to=OWNER,
              subject="Interview Scheduled: Maintenance Planner - Mobile Equipment",
              date=sent2, msgid="<dfx.88213.1772468040@jobs.dayforcehcm.example>",
              text=text, html=html, sender_host="mta2.dayforcehcm.example",
              attach=[(cal, "text", "calendar", "Interview.ics")])
    items = {"01-marisol-quick-chat.eml": e1, "02-dayforce-interview-scheduled.eml": e2}
    label = {"interview": True, "interviews": [
        L("Qu'Appelle Potash Corp.", "Maintenance Planner - Mobile Equipment", start, end,
          "scheduled", [rec], [rec], "phone_screen")],
        "difficulty": "medium", "category": "positive/ats-dayforce",
        "notes": "Recruiter calls the phone screen 'a quick chat'; 'Thursday' resolved from Mon Mar 2; "
                 "Sask time (CST, no DST) while Calgary is still MST. Dayforce mail + .ics = one interview."}
    return cid, items, label


# 02 ---------------------------------------------------------------------
@case
def c02():
    cid = "b96-02-indeed-job-alert-interviewing-now"
    sent = D(2026, 4, 8, 6, 2, YYC)
    jobs = [
        ("Maintenance Planner - Heavy Equipment", "Aspen Butte Contracting", "Calgary, AB",
         "$95,000 - $112,000 a year", "Urgently hiring"),
        ("Planner/Scheduler - Mobile Fleet", "Red Deer Valley Haul Ltd.", "Red Deer, AB",
         "$42 - $48 an hour", "Interviewing now - Hiring multiple candidates"),
        ("Reliability & Maintenance Planner", "Lodgepole Gas Processing", "Hinton, AB",
         "From $104,000 a year", "Employer typically responds within 1 day"),
        ("Heavy Duty Maintenance Coordinator", "Whitemud Rail Services", "Edmonton, AB",
         "$88,000 a year", "Schedule: 4 on / 4 off, 12 hour shift"),
    ]
    rows = "".join(
        f"""<tr><td style="padding:12px;border-bottom:1px solid #ddd">
<a href="https://ca.indeed.example/rc/clk?jk={hash(t) % 10**12:012d}" style="font-size:16px;color:#2557a7"><b>{t}</b></a><br>
{c} - {loc}<br><span style="color:#595959">{pay}</span><br>
<span style="background:#e4f7e4;font-size:12px">{tag}</span> &nbsp;<span style="font-size:12px">Easily apply</span></td></tr>"""
        for t, c, loc, pay, tag in jobs)
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="font-size:20px"><b>14 new maintenance planner jobs in Calgary, AB</b></p>
<p>These employers are actively reviewing candidates. Apply today and you could be scheduled for an interview this week.</p>
<table width="600">{rows}</table>
<p><a href="https://ca.indeed.example/jobs?q=maintenance+planner&l=Calgary%2C+AB">See all jobs</a></p>
<p style="font-size:11px;color:#767676">You are receiving this job alert because you asked Indeed to notify you of new jobs matching "maintenance planner" near Calgary, AB.
<a href="https://ca.indeed.example/unsubscribe">Unsubscribe</a> | Indeed, 6433 Champion Grandview Way, Austin, TX</p>
</body></html>"""
    e = mail(frm="Indeed <alert@indeed.example>", to=OWNER,
             subject="14 new Maintenance Planner jobs in Calgary, AB - interviewing now",
             date=sent, msgid="<0100018e.alert.77120@email.indeed.example>", html=html,
             sender_host="mail.indeed.example",
             headers=[("List-Unsubscribe", "<https://ca.indeed.example/unsubscribe>")])
    return cid, {"01-indeed-job-alert.eml": e}, {
        "interview": False, "interviews": [], "difficulty": "easy", "category": "negative/job-alert",
        "notes": "Indeed job alert with 'Interviewing now', 'Schedule: 4 on / 4 off'; HTML only."}


# 03 ---------------------------------------------------------------------
@case
def c03():
    cid = "b96-03-outlook-mst-panel-dst-week"
    dom = "chinookpower.example"
    coord = f"bakers@{dom}"
    panel = [("Gord Tremblay", f"gtremblay@{dom}"), ("Anjali Sidhu", f"asidhu@{dom}"),
             ("Colm Byrne", f"cbyrne@{dom}")]
    start, end = D(2026, 3, 10, 9, 0, YYC), D(2026, 3, 10, 10, 30, YYC)
    sent1 = D(2026, 3, 4, 15, 41, YYC)
    t1 = """Good afternoon Renata,

Thank you for your interest in the Fleet Maintenance Planner position with Chinook Power Distribution. The hiring team would like to invite you to an in-person panel interview next Tuesday morning at our Service Centre.

The panel will be:
  - Gord Tremblay, Manager, Fleet Services
  - Anjali Sidhu, Senior Reliability Engineer
  - Colm Byrne, HR Business Partner

Please plan for about an hour and a half. There is visitor parking off 52 Street; check in with Security at the front desk and bring photo ID. Steel-toed boots are not required for the interview.

I'll send a calendar invitation separately. Please note the clocks spring forward on Sunday, so the time on the invite is Mountain Daylight Time.

Kind regards,

Bethany Akers
Recruitment Coordinator | Human Resources
Chinook Power Distribution Inc.
4410 - 52 Street SE, Calgary, AB  T2B 3R2
Office: 403-555-0110 ext. 2214
"""
    e1 = mail(frm=f"Bethany Akers <{coord}>", to=f"Renata Holloway <{OWNER}>",
              subject="Panel Interview - Fleet Maintenance Planner - Chinook Power",
              date=sent1, msgid=f"<YT3PR01MB8843A1@YT3PR01MB8843.CANPRD01.PROD.OUTLOOK.{dom}>",
              text=t1, sender_host=f"mail-yt3can01.{dom}",
              headers=[("Thread-Topic", "Panel Interview - Fleet Maintenance Planner - Chinook Power")])
    sent2 = sent1 + timedelta(minutes=9)
    when = ("When: Tuesday, March 10, 2026 9:00 AM-10:30 AM (UTC-07:00) Mountain Time (US & Canada).\n"
            "Where: Chinook Power Service Centre, 4410 - 52 Street SE, Calgary - Boardroom 2B\n")
    body = when + """
*~*~*~*~*~*~*~*~*~*

Panel interview - Renata Holloway - Fleet Maintenance Planner

Panel: Gord Tremblay, Anjali Sidhu, Colm Byrne
Coordinator: Bethany Akers (will meet you in the lobby)
"""
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E0080000000031A7C2F5A4ABDC01000000000000000010000000B5C1",
              start, end, "Panel Interview - Renata Holloway - Fleet Maintenance Planner",
              ("Bethany Akers", coord),
              [("Renata Holloway", OWNER, "NEEDS-ACTION")] + [(n, a, "ACCEPTED") for n, a in panel],
              prodid="Microsoft Exchange Server 2010", stamp=sent2,
              tzid="Mountain Standard Time", tz_zone=YYC, description=body,
              location="Chinook Power Service Centre, 4410 - 52 Street SE, Calgary - Boardroom 2B",
              extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                     "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                     "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"])
    html = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif\">" + body.replace(
        "&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>"
    e2 = mail(frm=f"Bethany Akers <{coord}>",
              to=", ".join([f"Renata Holloway <{OWNER}>"] + [f"{n} <{a}>" for n, a in panel]),
              subject="Panel Interview - Renata Holloway - Fleet Maintenance Planner",
              date=sent2, msgid=f"<YT3PR01MB8843B7@YT3PR01MB8843.CANPRD01.PROD.OUTLOOK.{dom}>",
              text=body, html=html, cal=cal, sender_host=f"mail-yt3can01.{dom}",
              headers=[("Content-class", "urn:content-classes:calendarmessage"),
                       ("Thread-Topic", "Panel Interview - Renata Holloway - Fleet Maintenance Planner")])
    addrs = [a for _, a in panel]
    return cid, {"01-bethany-panel-invite.eml": e1, "02-outlook-invite-panel.eml": e2}, {
        "interview": True, "interviews": [L("Chinook Power Distribution", "Fleet Maintenance Planner",
                                            start, end, "scheduled", addrs, addrs, "onsite")],
        "difficulty": "hard", "category": "positive/outlook-windows-tz",
        "notes": "Outlook invite TZID 'Mountain Standard Time'; When-line label says (UTC-07:00) but Mar 10 "
                 "is two days after DST start -> MDT -06:00. Coordinator not an interviewer."}


# 04 ---------------------------------------------------------------------
@case
def c04():
    cid = "b96-04-wcb-claim-phone-interview"
    dom = "wcb-claims.example"
    sent = D(2026, 4, 9, 11, 20, YYC)
    t = """Claim number: 6120-448-19
Worker: Renata Holloway
Date of incident: February 26, 2026

Hello Ms. Holloway,

I am the Adjudicator assigned to your claim for the left shoulder strain reported by you and your employer, Rundle Earthworks Ltd.

To make a decision on the claim I need to interview you by telephone about how the injury happened, the work you were doing at the time (the planner role and the shop duties you were covering), and your treatment so far. I have scheduled the call for:

    Wednesday, April 15, 2026 at 1:30 p.m. Mountain Time
    Approximately 45 minutes. I will call you at 403-555-0148.

Your employer's representative and the shop foreman will be interviewed separately. If this time does not work, please call me directly or reply to this e-mail and I will reschedule.

Please have the following ready: the names of any witnesses, your physiotherapy appointment dates, and any modified-duty offer you have received.

Regards,

Sunil Varghese
Claims Adjudicator, Short-Term Disability Team
Workers' Compensation Board
Phone 780-555-0166 | Toll free 1-866-555-0100
This e-mail may contain confidential information. If you received it in error, please delete it.
"""
    e = mail(frm=f"Sunil Varghese <sunil.varghese@{dom}>", to=OWNER,
             subject="Claim 6120-448-19 - telephone interview scheduled", date=sent,
             msgid=f"<8a1f0c.6120448@{dom}>", text=t, sender_host=f"smtp.{dom}")
    return cid, {"01-wcb-adjudicator.eml": e}, {
        "interview": False, "interviews": [], "difficulty": "hard",
        "category": "negative/non-job-interview",
        "notes": "Workers' compensation adjudicator schedules a telephone 'interview' about an injury claim. Not a job interview."}


# 05 ---------------------------------------------------------------------
@case
def c05():
    cid = "b96-05-indeed-interview-video-room"
    dom = "foothillsrail.example"
    dale = f"dale.matsumoto@{dom}"
    start, end = D(2026, 4, 14, 13, 0, YYC), D(2026, 4, 14, 13, 45, YYC)
    sent1 = D(2026, 4, 9, 16, 52, YYC)
    room = "https://interview.indeed.example/room/7QH2-KX9R-M4PT"
    html1 = f"""<html><body style="margin:0;font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0"><img src="https://ca.indeed.example/images/indeed-logo.png" alt="indeed" width="90"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:8px">Your interview is confirmed</td></tr>
<tr><td style="padding-bottom:16px">Foothills Shortline Railway &middot; Heavy Equipment Maintenance Planner - Maintenance of Way</td></tr>
<tr><td style="border:1px solid #e4e2e0;border-radius:8px;padding:16px">
<b>Tue, Apr 14, 2026</b><br>1:00&nbsp;PM &ndash; 1:45&nbsp;PM (MDT)<br><br>
<b>Video interview on Indeed</b><br>No downloads needed. Join from your browser or the Indeed app up to 10 minutes early.<br><br>
<a href="{room}" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Join interview</a>
</td></tr>
<tr><td style="padding-top:16px"><b>Message from Foothills Shortline Railway</b><br>
&ldquo;Hi Renata, thanks for picking a time. You&rsquo;ll be meeting with me, Dale Matsumoto, Track Equipment Superintendent. We&rsquo;ll talk about our ballast regulators, tampers and hi-rail fleet and how you&rsquo;d plan around track windows. If anything comes up before the 2026-04-14 interview you can reach me directly at <a href="mailto:{dale}">{dale}</a>.&rdquo;</td></tr>
<tr><td style="padding-top:16px"><a href="https://ca.indeed.example/interviews/manage?id=iv_55e1">Reschedule or cancel</a> &middot; <a href="https://ca.indeed.example/interviews/add-to-calendar?id=iv_55e1">Add to calendar</a></td></tr>
<tr><td style="padding-top:24px;font-size:12px;color:#767676">You received this email because you scheduled an interview on Indeed.<br>&copy; 2026 Indeed &middot; <a href="https://ca.indeed.example/legal">Privacy</a></td></tr>
</table></td></tr></table></body></html>"""
    e1 = mail(frm="Indeed <invitationtointerview@indeed.example>", to=OWNER,
              reply_to="Foothills Shortline Railway <reply-5f31a9c2e7@reply.indeed.example>",
              subject="Interview confirmed: Foothills Shortline Railway on Tue, Apr 14",
              date=sent1, msgid="<0100018ec2.iv55e1.confirm@email.indeed.example>", html=html1,
              sender_host="mail.indeed.example")
    sent2 = D(2026, 4, 13, 13, 0, YYC)
    html2 = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<p style="font-size:20px"><b>Reminder: your interview is tomorrow</b></p>
<p>Foothills Shortline Railway<br>Heavy Equipment Maintenance Planner - Maintenance of Way</p>
<p><b>Tuesday, April 14</b> &middot; 1:00 PM MDT &middot; 45 min<br>Indeed Interview (video)</p>
<p><a href="{room}">Join interview</a></p>
<p><b>Tips:</b> test your camera and microphone, find a quiet spot, and have a copy of your resume handy.</p>
<p style="font-size:12px;color:#767676">Need to make a change? <a href="https://ca.indeed.example/interviews/manage?id=iv_55e1">Manage interview</a></p>
</body></html>"""
    e2 = mail(frm="Indeed <invitationtointerview@indeed.example>", to=OWNER,
              subject="Reminder: Interview with Foothills Shortline Railway tomorrow at 1:00 PM",
              date=sent2, msgid="<0100018ec2.iv55e1.remind@email.indeed.example>", html=html2,
              cte="base64", sender_host="mail.indeed.example")
    return cid, {"01-indeed-interview-confirmed.eml": e1, "02-indeed-reminder.eml": e2}, {
        "interview": True, "interviews": [L("Foothills Shortline Railway",
                                            "Heavy Equipment Maintenance Planner - Maintenance of Way",
                                            start, end, "scheduled", [dale], [dale], "hiring_manager")],
        "difficulty": "medium", "category": "positive/indeed-interview",
        "notes": "Indeed's own scheduling + Indeed Interview video room; HTML-only; reply relay is not a human "
                 "address, superintendent gives his e-mail in the employer message. Reminder = same interview."}


# 06 ---------------------------------------------------------------------
@case
def c06():
    cid = "b96-06-site-supervisor-reschedule-texts"
    dom = "kettleriveragg.example"
    wes = f"wes.dubrow@{dom}"
    start = D(2026, 3, 13, 16, 30, YVR)
    s1 = D(2026, 3, 9, 17, 42, YVR)
    m1 = f"<A81C2F0E-77B1-4C1E-9D2A-0F3C@{dom}>"
    t1 = """Renata - got ur resume from Trish in HR re the maintenance planner posting. want to do a phone interview. Thu 3/12 @ 4:30p PST work? I'll call u

Wes

Sent from my iPhone
"""
    e1 = mail(frm=f"Wes Dubrow <{wes}>", to=OWNER, subject="maint planner - call?", date=s1,
              msgid=m1, text=t1, cte="7bit", sender_host=f"mail.{dom}")
    s2 = D(2026, 3, 11, 6, 10, YVR)
    m2 = f"<5D0B9A44-1E2C-4F7A-8E61-77AA@{dom}>"
    t2 = """crusher's down at the pit thurs, can't do it. fri 13th same time? sorry

Sent from my iPhone

> On Mar 9, 2026, at 8:05 PM, Renata Holloway <renata.holloway@example.com> wrote:
>
> Hi Wes,
>
> Thanks for reaching out. Thursday at 4:30 p.m. Pacific (5:30 my time) works
> for me. My cell is 403-555-0148.
>
> Renata
>
>> On Mar 9, 2026, at 5:42 PM, Wes Dubrow <wes.dubrow@kettleriveragg.example> wrote:
>>
>> Renata - got ur resume from Trish in HR re the maintenance planner posting.
>> want to do a phone interview. Thu 3/12 @ 4:30p PST work? I'll call u
"""
    e2 = mail(frm=f"Wes Dubrow <{wes}>", to=f"Renata Holloway <{OWNER}>",
              subject="Re: maint planner - call?", date=s2, msgid=m2, in_reply_to=m1,
              references=m1, text=t2, sender_host=f"mail.{dom}")
    s3 = D(2026, 3, 11, 12, 58, YVR)
    t3 = """k fri 4:30 it is. talk then

Wes Dubrow
Pit Superintendent | Kettle River Aggregates
c. 250-555-0191

Sent from my iPhone

> On Mar 11, 2026, at 8:47 AM, Renata Holloway <renata.holloway@example.com> wrote:
>
> No problem - Friday the 13th at 4:30 Pacific works. Same number.
"""
    e3 = mail(frm=f"Wes Dubrow <{wes}>", to=f"Renata Holloway <{OWNER}>",
              subject="Re: maint planner - call?", date=s3,
              msgid=f"<C3E7D1B2-0A44-4B19-A2F8-1199@{dom}>", in_reply_to=m2,
              references=f"{m1} {m2}", text=t3, cte="7bit", sender_host=f"mail.{dom}")
    return cid, {"01-wes-phone-interview.eml": e1, "02-wes-crusher-down.eml": e2,
                 "03-wes-fri-it-is.eml": e3}, {
        "interview": True, "interviews": [L("Kettle River Aggregates", "Maintenance Planner", start, None,
                                            "scheduled", [wes], [wes], "hiring_manager")],
        "difficulty": "hard", "category": "positive/reschedule-thread",
        "notes": "Terse phone-written thread: 'Thu 3/12 @ 4:30p PST' (actually PDT after Mar 8) moved to Fri 13th "
                 "same time. Final Fri Mar 13 16:30 America/Vancouver (-07:00). No duration."}


# 07 ---------------------------------------------------------------------
@case
def c07():
    cid = "b96-07-union-hall-dispatch-call"
    dom = "oelocal1120.example"
    sent = D(2026, 4, 17, 15, 5, YYC)
    t = """OPERATING ENGINEERS LOCAL 1120 - DISPATCH NOTICE

Members on the Out-of-Work List (Heavy Duty / Planning classifications):

The next DISPATCH CALL is Monday, April 20. Job calls are posted to the member portal at 6:00 a.m.; the dispatch line opens at 7:00 a.m. and closes at 8:00 a.m. sharp. You must call in during the window to be considered - dispatchers will not call you back.

Calls posted so far:
  * Heavy Duty Mechanic (Journeyperson) x3 - Fort McKay, 14/7 rotation, camp provided
  * Maintenance Planner/Scheduler x1 - Hinton, 4 on / 4 off, LOA paid
  * Welder-Mechanic x2 - Grande Prairie, days

Name requests: employers may name-request members as per Article 9. Name-hired members do not need to attend an interview; the employer's site safety orientation is scheduled after dispatch.

Reminder: keep your tickets (H2S Alive, Standard First Aid, CSTS) current in the portal or you will be passed over on the call.

In solidarity,
Dispatch Office
Operating Engineers Local 1120
11420 - 170 Street NW, Edmonton, AB | 780-555-0120
This is an automated bulletin to members. Do not reply.
"""
    e = mail(frm=f"OE Local 1120 Dispatch <dispatch-noreply@{dom}>", to=OWNER,
             subject="Dispatch Call Mon Apr 20 - Out-of-Work List", date=sent,
             msgid=f"<bulletin.20260417.dispatch@{dom}>", text=t, sender_host=f"lists.{dom}",
             headers=[("Precedence", "bulk")])
    return cid, {"01-dispatch-call-notice.eml": e}, {
        "interview": False, "interviews": [], "difficulty": "medium",
        "category": "negative/union-dispatch",
        "notes": "Union hall dispatch call bulletin with a call window; no interview for the user."}


# 08 ---------------------------------------------------------------------
@case
def c08():
    cid = "b96-08-camp-site-visit-with-charter-flight"
    dom = "snowbirddiamonds.example"
    harriet = f"harriet.lafferty@{dom}"
    people = [("Pat Zoe", f"pat.zoe@{dom}"), ("Lorne Beaulieu", f"lorne.beaulieu@{dom}"),
              ("Ingrid Sveinsson", f"ingrid.sveinsson@{dom}"), ("Michel Arcand", f"michel.arcand@{dom}"),
              ("Olu Bankole", f"olu.bankole@{dom}")]
    start, end = D(2026, 5, 5, 8, 30, YZF), D(2026, 5, 5, 13, 30, YZF)
    sent1 = D(2026, 4, 21, 10, 3, YZF)
    t1 = """Dear Renata Holloway,

Your interview has been scheduled. Please find the details below.

Interview Name : Site Visit & Interviews
Job Opening    : Maintenance Planner (Mobile Fleet) - Tundra Crest Mine
Date           : 05-May-2026
From           : 08:30 AM
To             : 01:30 PM
Time Zone      : (GMT-06:00) Mountain Time - Yellowknife
Venue          : Tundra Crest Mine, Northwest Territories (fly-in)
Interviewer(s) : Pat Zoe, Lorne Beaulieu, Ingrid Sveinsson, Michel Arcand, Olu Bankole

Travel details will be sent by our Talent Advisor.

Regards,
Snowbird Diamond Mines Recruiting

--
This email was sent using Zoho Recruit.
"""
    e1 = mail(frm="Snowbird Diamond Mines Recruiting <notification@zohorecruit.example>", to=OWNER,
              reply_to=f"Harriet Lafferty <{harriet}>",
              subject="Interview Scheduled - Maintenance Planner (Mobile Fleet) - Site Visit & Interviews",
              date=sent1, msgid="<1745251380.zr.561002@zohorecruit.example>", text=t1,
              sender_host="sender.zohorecruit.example")
    sent2 = D(2026, 4, 21, 14, 37, YZF)
    t2 = f"""Hi Renata,

Great news that the 5th works for you. Here's the full plan for your site visit. Please read the travel part carefully - the charter won't wait.

MONDAY, MAY 4 - Calgary to Yellowknife
  Boreal Air BA 2291, departs YYC 18:10, arrives YZF 20:25 (booked and paid - e-ticket to follow)
  Hotel: Frame Lake Inn, 2 nights, confirmation FL-20988

TUESDAY, MAY 5 - site day (all times Yellowknife / Mountain time)
  05:45  Check in at the Arctic Sky Charters hangar, Yellowknife Airport (photo ID, no liquids over 100 ml)
  06:30  Charter departs YZF
  07:50  Arrive Tundra Crest airstrip; site orientation video and PPE issue at the gatehouse
  08:30 - 09:30  Interview with Pat Zoe, Maintenance Superintendent (behavioural + technical)
  09:30 - 10:30  Truck shop and warehouse walk-through with Lorne Beaulieu, Senior Planner (informal interview - he'll ask how you'd build the weekly schedule)
  10:45 - 11:45  Panel: Ingrid Sveinsson, Reliability Engineer, and Michel Arcand, HR Superintendent
  11:45 - 12:30  Lunch in the camp kitchen
  12:30 - 1:30 p.m.  Wrap-up conversation with Olu Bankole, General Manager
  15:30  Charter departs site, arrives YZF about 16:50

WEDNESDAY, MAY 6 - YZF 07:05 to YYC (BA 2288)

Bring steel-toed boots; we'll supply the rest of your PPE. Weather at site is still winter - dress for -10.

Interviewer contacts, in case you need them on the day:
  Pat Zoe {people[0][1]}
  Lorne Beaulieu {people[1][1]}
  Ingrid Sveinsson {people[2][1]}
  Michel Arcand {people[3][1]}
  Olu Bankole {people[4][1]}

Safe travels,
Harriet

Harriet Lafferty
Talent Advisor, Snowbird Diamond Mines Ltd.
5010 - 49th Street, Yellowknife, NT  X1A 2N4
867-555-0143
"""
    e2 = mail(frm=f"Harriet Lafferty <{harriet}>", to=f"Renata Holloway <{OWNER}>",
              subject="Tundra Crest site visit - itinerary for May 5", date=sent2,
              msgid=f"<b47a9e.itin.0505@{dom}>", text=t2, sender_host=f"mx1.{dom}")
    sent3 = D(2026, 4, 22, 9, 15, YZF)
    flt_s, flt_e = D(2026, 5, 5, 6, 30, YZF), D(2026, 5, 5, 7, 50, YZF)
    flight_ics = ics("PUBLISH", "ASC-20260505-TC-0630@arcticskycharters.example", flt_s, flt_e,
                     "Charter YZF - Tundra Crest (Snowbird Diamond Mines crew change)",
                     ("Arctic Sky Charters", "ops@arcticskycharters.example"),
                     [(OWNER_NAME, OWNER, "ACCEPTED")],
                     prodid="-//Arctic Sky Charters//Booking//EN", stamp=sent3,
                     description="Passenger: HOLLOWAY/RENATA. Check-in 05:45 at hangar 3. 1 checked bag max 23 kg.",
                     location="Yellowknife Airport (YZF), Hangar 3")
    t3 = """Booking confirmation - Arctic Sky Charters

Passenger: HOLLOWAY/RENATA
Flight: Charter SNB-0505, Yellowknife (YZF) to Tundra Crest airstrip
Date: Tuesday 05 May 2026, departs 06:30, arrives 07:50 (local time)
Return: departs Tundra Crest 15:30, arrives YZF 16:50
Booked by: Snowbird Diamond Mines Ltd.

Check-in closes 45 minutes before departure.
"""
    e3 = mail(frm="Arctic Sky Charters <bookings@arcticskycharters.example>", to=OWNER,
              subject="Booking confirmation SNB-0505 - HOLLOWAY/RENATA", date=sent3,
              msgid="<bk.SNB0505.holloway@arcticskycharters.example>", text=t3,
              sender_host="mail.arcticskycharters.example",
              attach=[(flight_ics, "text", "calendar", "SNB-0505.ics")])
    addrs = [a for _, a in people]
    return cid, {"01-zoho-interview-scheduled.eml": e1, "02-harriet-itinerary.eml": e2,
                 "03-charter-booking.eml": e3}, {
        "interview": True, "interviews": [L("Snowbird Diamond Mines", "Maintenance Planner (Mobile Fleet)",
                                            start, end, "scheduled", addrs, addrs, "onsite")],
        "difficulty": "hard", "category": "positive/onsite-site-visit",
        "notes": "Fly-in camp site visit: first session 08:30, last ends 13:30 (America/Yellowknife, MDT). "
                 "Charter flight .ics and airline times are travel, not the interview. Zoho Recruit notice."}


# 09 ---------------------------------------------------------------------
@case
def c09():
    cid = "b96-09-ukg-pro-cancel-hiring-freeze"
    dom = "redwatermidstream.example"
    kurt = f"kurt.hollander@{dom}"
    jas = f"jasmine.ortizreyes@{dom}"
    start, end = D(2026, 4, 29, 10, 0, YYC), D(2026, 4, 29, 11, 0, YYC)
    sent1 = D(2026, 4, 17, 9, 31, YYC)
    uid = "ukg-rec-iv-30018842@ukgpro-recruiting.example"
    cal1 = ics("REQUEST", uid, start, end, "Interview: Maintenance Planner - Rotating Equipment",
               ("Redwater Midstream Talent", "noreply@ukgpro-recruiting.example"),
               [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Kurt Hollander", kurt, "ACCEPTED")],
               prodid="-//UKG//UKG Pro Recruiting//EN", stamp=sent1, tzid=YYC, tz_zone=YYC,
               description="Microsoft Teams interview with Kurt Hollander, Maintenance Manager.",
               location="Microsoft Teams")
    t1 = f"""Hi Renata,

Thank you for your interest in Redwater Midstream. Your interview for Maintenance Planner - Rotating Equipment (Requisition 2026-0311) has been scheduled.

Date: Wednesday, April 29, 2026
Time: 10:00 AM - 11:00 AM Mountain Time
Format: Microsoft Teams (link in the attached calendar invitation)
Interviewer: Kurt Hollander, Maintenance Manager, Redwater Gas Plant

If you have questions or need an accommodation, please contact Jasmine Ortiz-Reyes, Talent Acquisition Partner, at {jas}.

Redwater Midstream Talent Acquisition
This message was sent from UKG Pro. Replies to this address are not monitored.
"""
    e1 = mail(frm="Redwater Midstream Talent <noreply@ukgpro-recruiting.example>", to=OWNER,
              subject="Interview Invitation: Maintenance Planner - Rotating Equipment", date=sent1,
              msgid="<ukg.30018842.invite@ukgpro-recruiting.example>", text=t1,
              sender_host="out.ukgpro-recruiting.example",
              attach=[(cal1, "text", "calendar", "interview.ics")])
    sent2 = D(2026, 4, 24, 16, 48, YYC)
    t2 = """Hi Renata,

I'm sorry to be writing with this news. With the drop in oil prices over the last two weeks, Redwater has put a company-wide hiring freeze in place effective today, and the Maintenance Planner - Rotating Equipment requisition is on hold.

Unfortunately that means we need to cancel your interview with Kurt on Wednesday, April 29 at 10:00. You'll get an automated cancellation from UKG as well.

This has nothing to do with your application - Kurt was looking forward to speaking with you. If the requisition reopens I'll reach out to you first.

Take care,
Jasmine

Jasmine Ortiz-Reyes
Talent Acquisition Partner | Redwater Midstream Ltd.
Suite 900, 10180 - 101 Street NW, Edmonton, AB  T5J 3S4
780-555-0187
"""
    e2 = mail(frm=f"Jasmine Ortiz-Reyes <{jas}>", to=f"Renata Holloway <{OWNER}>",
              subject="Your interview on April 29 - update", date=sent2,
              msgid=f"<MN2PR.freeze.0424@{dom}>", text=t2, sender_host=f"mail.{dom}")
    sent3 = sent2 + timedelta(minutes=4)
    cal3 = ics("CANCEL", uid, start, end, "Cancelled: Interview: Maintenance Planner - Rotating Equipment",
               ("Redwater Midstream Talent", "noreply@ukgpro-recruiting.example"),
               [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Kurt Hollander", kurt, "ACCEPTED")],
               prodid="-//UKG//UKG Pro Recruiting//EN", stamp=sent3, tzid=YYC, tz_zone=YYC,
               sequence=1, status="CANCELLED", location="Microsoft Teams")
    t3 = """Hi Renata,

Your interview for Maintenance Planner - Rotating Equipment scheduled for Wednesday, April 29, 2026 at 10:00 AM Mountain Time has been cancelled.

Redwater Midstream Talent Acquisition
This message was sent from UKG Pro.
"""
    e3 = mail(frm="Redwater Midstream Talent <noreply@ukgpro-recruiting.example>", to=OWNER,
              subject="Interview Cancelled: Maintenance Planner - Rotating Equipment", date=sent3,
              msgid="<ukg.30018842.cancel@ukgpro-recruiting.example>", text=t3,
              cal=cal3, cal_method="CANCEL", sender_host="out.ukgpro-recruiting.example")
    return cid, {"01-ukg-interview-invitation.eml": e1, "02-jasmine-hiring-freeze.eml": e2,
                 "03-ukg-interview-cancelled.eml": e3}, {
        "interview": True, "interviews": [L("Redwater Midstream", "Maintenance Planner - Rotating Equipment",
                                            start, end, "cancelled", [kurt], [kurt], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "UKG Pro invite, then hiring freeze after oil price drop: human cancellation + METHOD:CANCEL."}


# 10 ---------------------------------------------------------------------
@case
def c10():
    cid = "b96-10-equipment-vendor-demo-invite"
    dom = "ridgelinetelematics.example"
    rep = f"connor.bishop@{dom}"
    se = f"amara.nwosu@{dom}"
    start, end = D(2026, 5, 14, 14, 0, YYZ), D(2026, 5, 14, 14, 45, YYZ)
    sent = D(2026, 5, 8, 11, 12, YYZ)
    body = """When: Thursday, May 14, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Renata,

Great meeting you at the booth at the Edmonton heavy equipment show. As promised, here's a 45-minute call to walk you through FleetSense - our oil-analysis and telematics platform for haul trucks, dozers and graders. That's Thursday at 2pm ET, noon your time.

Agenda:
 - Live demo: predictive PM scheduling and work-order push to SAP PM / Maximo
 - Case study: how a coal operator cut unplanned downtime 18%
 - Pilot program - we're looking for one or two planners who'd be a good candidate site for a 90-day pilot

Amara Nwosu, our solutions engineer, will run the demo.

Connor Bishop
Account Executive, Western Canada | Ridgeline Telematics
M 647-555-0135
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_RdGl9x>
Meeting ID: 284 611 930 775
Passcode: q7Vr2T
________________________________________________________________________________
"""
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000D2B4F1A7E0DEDC010000000000000000100000009A7F",
              start, end, "FleetSense demo - Ridgeline Telematics / Renata Holloway", ("Connor Bishop", rep),
              [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Amara Nwosu", se, "ACCEPTED")],
              prodid="Microsoft Exchange Server 2010", stamp=sent, tzid="Eastern Standard Time",
              tz_zone=YYZ, description=body, location="Microsoft Teams Meeting",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])
    e = mail(frm=f"Connor Bishop <{rep}>", to=f"Renata Holloway <{OWNER}>", cc=f"Amara Nwosu <{se}>",
             subject="FleetSense demo - Ridgeline Telematics / Renata Holloway", date=sent,
             msgid=f"<YQBPR01MB5521.demo@{dom}>", text=body, cal=cal, sender_host=f"mail.{dom}",
             headers=[("Content-class", "urn:content-classes:calendarmessage")])
    return cid, {"01-fleetsense-demo-invite.eml": e}, {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/vendor-demo",
        "notes": "Equipment telematics vendor's sales demo, Outlook/Teams invite with 'candidate site'."}


# 11 ---------------------------------------------------------------------
@case
def c11():
    cid = "b96-11-outlook-canada-central-behavioural"
    dom = "wascanagrid.example"
    leanne = f"lkowalchuk@{dom}"
    trevor = f"tashdown@{dom}"
    start, end = D(2026, 4, 22, 14, 0, YQR), D(2026, 4, 22, 15, 0, YQR)
    sent1 = D(2026, 4, 14, 8, 55, YQR)
    m1 = f"<SA1PR10MB6612.0414@{dom}>"
    t1 = """Hi Renata,

Thank you for applying for the Work Planner - T&D Fleet position with Wascana Grid Utilities. We'd like to invite you to a behavioural interview with Trevor Ashdown, Manager, Fleet Maintenance.

It's a one-on-one interview over Microsoft Teams, about an hour. The questions are behavioural (tell us about a time when...), so it helps to have a few examples ready using the STAR format - situation, task, action, result.

We have Wednesday, April 22 at 2:00 p.m. Sask time. Saskatchewan doesn't do daylight saving, so in April that's also 2:00 p.m. in Calgary. I'll send a Teams invitation shortly.

Thank you,

Leanne Kowalchuk
Human Resources Coordinator
Wascana Grid Utilities
1900 Albert Street, Regina, SK  S4P 4C1
306-555-0124
"""
    e1 = mail(frm=f"Leanne Kowalchuk <{leanne}>", to=f"Renata Holloway <{OWNER}>",
              subject="Interview invitation - Work Planner - T&D Fleet", date=sent1, msgid=m1,
              text=t1, sender_host=f"mail-sa1.{dom}")
    sent2 = sent1 + timedelta(minutes=22)
    body = """When: Wednesday, April 22, 2026 2:00 PM-3:00 PM (UTC-06:00) Saskatchewan.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Behavioural interview - Work Planner - T&D Fleet
Candidate: Renata Holloway
Interviewer: Trevor Ashdown, Manager, Fleet Maintenance

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_WgU2k1>
Meeting ID: 251 887 004 219
Passcode: Fz3p8Q
________________________________________________________________________________
"""
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000A0E3C9D8F7CBDC01000000000000000010000000C33E",
              start, end, "Behavioural Interview - Renata Holloway - Work Planner T&D Fleet",
              ("Leanne Kowalchuk", leanne),
              [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Trevor Ashdown", trevor, "ACCEPTED")],
              prodid="Microsoft Exchange Server 2010", stamp=sent2,
              tzid="Canada Central Standard Time", tz_zone=YQR, description=body,
              location="Microsoft Teams Meeting",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-INSTTYPE:0"])
    e2 = mail(frm=f"Leanne Kowalchuk <{leanne}>",
              to=f"Renata Holloway <{OWNER}>, Trevor Ashdown <{trevor}>",
              subject="Behavioural Interview - Renata Holloway - Work Planner T&D Fleet", date=sent2,
              msgid=f"<SA1PR10MB6612.0414b@{dom}>", text=body, cal=cal,
              sender_host=f"mail-sa1.{dom}",
              headers=[("Content-class", "urn:content-classes:calendarmessage")])
    return cid, {"01-leanne-behavioural-invite.eml": e1, "02-outlook-teams-invite.eml": e2}, {
        "interview": True, "interviews": [L("Wascana Grid Utilities", "Work Planner - T&D Fleet", start, end,
                                            "scheduled", [trevor], [trevor], "hiring_manager")],
        "difficulty": "medium", "category": "positive/outlook-windows-tz",
        "notes": "Exchange invite with TZID 'Canada Central Standard Time' (Saskatchewan, -06:00 all year). "
                 "Behavioural one-on-one; HR coordinator organizes only."}


# 12 ---------------------------------------------------------------------
@case
def c12():
    cid = "b96-12-linkedin-message-then-gcal-event"
    dom = "sukunkaridge.example"
    pg = f"priyanka.gill@{dom}"
    start, end = D(2026, 6, 1, 12, 0, YVR), D(2026, 6, 1, 12, 30, YVR)
    sent1 = D(2026, 5, 27, 16, 4, YVR)
    t1 = """Priyanka Gill sent you a new message

Priyanka Gill
Talent Acquisition Lead at Sukunka Ridge Coal

"Hi Renata - thanks for the quick reply! Let's do Monday at noon Pacific (1 p.m. your time) for a 30-minute intro call about the Maintenance Planner - Mine Mobile Equipment role. I'll send a calendar invite to the email on your resume. Talk soon!"

View message: https://www.linkedin.example/messaging/thread/2-ZmE4NDk1Y2Qt/

You are receiving Messages notifications. Unsubscribe: https://www.linkedin.example/comm/psettings/email-unsubscribe
This email was intended for Renata Holloway (Maintenance Planner | SAP PM | Heavy Mobile Equipment)
(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    html1 = """<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<p style="font-size:18px"><b>Priyanka Gill</b> sent you a new message</p>
<table style="border:1px solid #e0dfdc;border-radius:8px;padding:12px"><tr><td>
<b>Priyanka Gill</b><br><span style="color:#666">Talent Acquisition Lead at Sukunka Ridge Coal</span><br><br>
Hi Renata - thanks for the quick reply! Let's do Monday at noon Pacific (1 p.m. your time) for a 30-minute intro call about the Maintenance Planner - Mine Mobile Equipment role. I'll send a calendar invite to the email on your resume. Talk soon!
</td></tr></table>
<p><a href="https://www.linkedin.example/messaging/thread/2-ZmE4NDk1Y2Qt/" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Reply</a></p>
<p style="font-size:11px;color:#888">This email was intended for Renata Holloway. <a href="https://www.linkedin.example/comm/psettings/email-unsubscribe">Unsubscribe</a></p>
</body></html>"""
    e1 = mail(frm="Priyanka Gill via LinkedIn <messages-noreply@linkedin.example>", to=f"Renata Holloway <{OWNER}>",
              subject="Priyanka just messaged you", date=sent1,
              msgid="<1822041377.4410.1780009440@ltx1-app31.prod.linkedin.example>",
              text=t1, html=html1, sender_host="mailb-ed.linkedin.example")
    created = D(2026, 5, 27, 16, 19, YVR).astimezone(UTC)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3451190745210000\"",
        "id": "7k2m9qv4rj1t0s8bq3c5ne6dfa",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=N2syTTlxdjRyajF0MHM4YnEzYzVuZTZkZmE",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(seconds=41)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Renata Holloway <> Sukunka Ridge Coal - intro call (Maintenance Planner)",
        "description": "30-min intro call with Priyanka Gill (Talent Acquisition) about the Maintenance "
                       "Planner - Mine Mobile Equipment role at our Peace River coalfield operation. "
                       "I'll call your cell; Meet link is a backup.",
        "creator": {"email": pg, "displayName": "Priyanka Gill"},
        "organizer": {"email": pg, "displayName": "Priyanka Gill"},
        "start": {"dateTime": iso(start), "timeZone": YVR},
        "end": {"dateTime": iso(end), "timeZone": YVR},
        "iCalUID": "7k2m9qv4rj1t0s8bq3c5ne6dfa@google.com",
        "sequence": 0,
        "attendees": [
            {"email": pg, "displayName": "Priyanka Gill", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.example/pkr-wtsd-xqe",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return cid, {"01-linkedin-message.eml": e1,
                 "02-intro-call.gcal.json": (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()}, {
        "interview": True, "interviews": [L("Sukunka Ridge Coal", "Maintenance Planner - Mine Mobile Equipment",
                                            start, end, "scheduled", [pg], [pg], "phone_screen")],
        "difficulty": "medium", "category": "positive/linkedin-gcal",
        "notes": "LinkedIn message notification ('Monday at noon Pacific', resolved from Wed May 27) + "
                 "Calendar API event for the same recruiter intro call."}


# 13 ---------------------------------------------------------------------
@case
def c13():
    cid = "b96-13-safety-orientation-new-employer"
    dom = "hawksheados.example"
    ob = f"onboarding@{dom}"
    start, end = D(2026, 6, 15, 6, 0, YYC), D(2026, 6, 15, 16, 30, YYC)
    sent = D(2026, 6, 9, 13, 26, YYC)
    t = """Hi Renata,

Welcome to Hawkshead Oil Sands Maintenance! We're excited to have you join the team as a Maintenance Planner - Mine Fleet, and congratulations again on the new role.

Your first day is your Site Safety Orientation:

    Monday, June 15, 2026, 6:00 a.m. - 4:30 p.m.
    Hawkshead Training Centre, 250 MacDonald Crescent, Fort McMurray, AB

Before orientation:
  - Complete your pre-access drug & alcohol test (booking instructions attached to your offer)
  - Bring your H2S Alive and Standard First Aid tickets and two pieces of ID
  - You'll have a short fit-for-duty interview with the Occupational Health nurse during the morning break - this is a standard questionnaire, nothing to prepare

Bus pickup for the training centre is at 5:15 a.m. from the Eagle Ridge lot. A calendar hold is attached.

See you on the 15th!

Onboarding Team
Hawkshead Oil Sands Maintenance Ltd.
780-555-0150
"""
    cal = ics("REQUEST", "onb-20260615-rholloway@hawksheados.example", start, end,
              "Site Safety Orientation - New Hire (R. Holloway)", ("Hawkshead Onboarding", ob),
              [(OWNER_NAME, OWNER, "NEEDS-ACTION")], prodid="-//Hawkshead//Onboarding//EN",
              stamp=sent, tzid=YYC, tz_zone=YYC,
              description="New hire site safety orientation. Bring tickets and ID.",
              location="Hawkshead Training Centre, 250 MacDonald Crescent, Fort McMurray, AB")
    e = mail(frm=f"Hawkshead Onboarding <{ob}>", to=f"Renata Holloway <{OWNER}>",
             subject="Welcome aboard! Your Site Safety Orientation - June 15", date=sent,
             msgid=f"<onb.0615.holloway@{dom}>", text=t, sender_host=f"mail.{dom}",
             attach=[(cal, "application", "ics", "orientation.ics")])
    return cid, {"01-welcome-orientation.eml": e, "02-orientation-hold.ics": cal}, {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/onboarding",
        "notes": "Already hired: new-hire safety orientation (with an OH 'fit-for-duty interview'); e-mail + standalone .ics."}


# 14 ---------------------------------------------------------------------
@case
def c14():
    cid = "b96-14-manatal-agency-technical-14h-et"
    dom = "cordilleratech.example"
    et = f"etienne.gagnonroy@{dom}"
    priya = "priya.deshpande@kinbasketcopper.example"
    start, end = D(2026, 5, 19, 14, 0, YYZ), D(2026, 5, 19, 14, 45, YYZ)
    sent = D(2026, 5, 12, 9, 40, YYZ)
    t = f"""Bonjour Renata,

Good news - Kinbasket Copper would like to move forward with you for the Senior Maintenance Planner role at their mine near Golden, BC.

Your technical interview is confirmed:

  Tuesday May 19 at 14h ET (12h00 MT for you / 11h00 PT for the site team)
  45 minutes, Google Meet: https://meet.google.example/kbc-mnpl-ynr
  Interviewer: Priya Deshpande, Senior Reliability Engineer ({priya})

Expect questions on work order backlog management, PM optimisation for the concentrator and mobile fleet, critical spares and shutdown planning. Priya may ask you to walk through how you'd build a 10-day shutdown schedule, so have an example in mind.

I'll give you a call afterwards to debrief.

Merci et bonne chance!

Étienne Gagnon-Roy
Senior Recruiter, Mining & Heavy Industry
Cordillera Technical Staffing
1250 boul. René-Lévesque O., bureau 2200, Montréal (QC) H3B 4W8
T 514-555-0193 | C 438-555-0177

Sent via Manatal
"""
    e = mail(frm=f"Étienne Gagnon-Roy <{et}>", to=f"Renata Holloway <{OWNER}>",
             subject="Entrevue technique / Technical interview - Kinbasket Copper - May 19", date=sent,
             msgid="<mntl.cand.20931.iv.5521@mailer.manatal.example>", text=t, cte="base64",
             sender_host="mailer.manatal.example", headers=[("X-Mailer", "Manatal")])
    cal = ics("REQUEST", "manatal-iv-5521@manatal.example", start, end,
              "Technical interview - Renata Holloway - Kinbasket Copper (Senior Maintenance Planner)",
              ("Étienne Gagnon-Roy", et),
              [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Priya Deshpande", priya, "ACCEPTED")],
              prodid="-//Manatal//Calendar//EN", stamp=sent, tzid=YYZ, tz_zone=YYZ,
              description="Technical interview with Priya Deshpande (Kinbasket Copper).",
              location="https://meet.google.example/kbc-mnpl-ynr")
    return cid, {"01-etienne-technical-interview.eml": e, "02-manatal-interview.ics": cal}, {
        "interview": True, "interviews": [L("Kinbasket Copper", "Senior Maintenance Planner", start, end,
                                            "scheduled", [priya], [priya], "technical")],
        "difficulty": "medium", "category": "positive/agency-manatal",
        "notes": "Montreal agency recruiter via Manatal: '14h ET (12h00 MT)'; base64 body; client is the "
                 "employer; standalone .ics with TZID America/Toronto."}


# 15 ---------------------------------------------------------------------
@case
def c15():
    cid = "b96-15-two-interviews-rail-screen-then-shop"
    dom = "pdrail.example"
    sh = f"swhitecalf@{dom}"
    ray = f"ray.lachance@{dom}"
    s1, e1_ = D(2026, 3, 3, 8, 0, YYC), D(2026, 3, 3, 8, 30, YYC)
    s2, e2_ = D(2026, 3, 24, 10, 30, YQR), D(2026, 3, 24, 12, 0, YQR)
    sent1 = D(2026, 2, 27, 14, 18, YQR)
    m1 = f"<20260227201800.sw.1@{dom}>"
    t1 = """Hi Renata,

Thanks for applying to the Mechanical Maintenance Planner - Locomotive Shop posting with Prairie Dominion Railway.

I'd like to book a 30-minute phone screen with you. Would Tuesday, March 3 at 8:00 a.m. MST (your time - 9:00 a.m. here in Saskatoon) work? I'll call you at 403-555-0148.

Regards,
Shauna Whitecalf
Talent Acquisition Advisor
Prairie Dominion Railway | 715 Avenue P North, Saskatoon, SK  S7L 2W1
306-555-0158
"""
    e1 = mail(frm=f"Shauna Whitecalf <{sh}>", to=f"Renata Holloway <{OWNER}>",
              subject="Phone screen - Mechanical Maintenance Planner", date=sent1, msgid=m1,
              text=t1, sender_host=f"mail.{dom}")
    sent2 = D(2026, 2, 27, 16, 2, YQR)
    m2 = f"<20260227220200.sw.2@{dom}>"
    t2 = """Perfect, you're booked for Tuesday at 8:00 a.m. your time. Talk to you then!

Shauna

-----Original Message-----
From: Renata Holloway <renata.holloway@example.com>
Sent: Friday, February 27, 2026 2:51 PM
To: Shauna Whitecalf <swhitecalf@pdrail.example>
Subject: RE: Phone screen - Mechanical Maintenance Planner

Hi Shauna, Tuesday at 8 my time works well. Thanks! Renata
"""
    e2 = mail(frm=f"Shauna Whitecalf <{sh}>", to=f"Renata Holloway <{OWNER}>",
              subject="RE: Phone screen - Mechanical Maintenance Planner", date=sent2, msgid=m2,
              in_reply_to=m1, references=m1, text=t2, sender_host=f"mail.{dom}")
    sent3 = D(2026, 3, 3, 13, 40, YQR)
    t3 = f"""Hi Renata,

Thanks for chatting with me this morning - I really enjoyed hearing about your work on the haul truck component-replacement schedule.

Good news: Ray Lachance, our Locomotive Shop Superintendent, would like to meet you in person at the Sutherland shop here in Saskatoon. He's proposed Tuesday, March 24 at half past ten, Sask time. Plan on about an hour and a half - a sit-down interview with Ray followed by a walk through the shop with him. We'll cover your mileage or a flight.

Just a heads up that Saskatoon doesn't change clocks, so once Alberta springs forward on the 8th we'll be on the same time as you.

Ray's email is {ray} if you have technical questions ahead of time; I'll look after logistics. Please bring safety boots and glasses for the shop walk.

Shauna
"""
    e3 = mail(frm=f"Shauna Whitecalf <{sh}>", to=f"Renata Holloway <{OWNER}>", cc=f"Ray Lachance <{ray}>",
              subject="Next step - in-person interview at Sutherland shop", date=sent3,
              msgid=f"<20260303194000.sw.3@{dom}>", text=t3, sender_host=f"mail.{dom}")
    sent4 = D(2026, 3, 4, 9, 5, YQR)
    t4 = """Great - you're confirmed with Ray on Tuesday, March 24, 10:30 a.m. CST at the Sutherland Locomotive Shop, 3320 Millar Avenue, Saskatoon. Ask for me at the gatehouse.

Shauna

> On Mar 3, 2026, at 6:12 PM, Renata Holloway <renata.holloway@example.com> wrote:
> Hi Shauna, that works - I'll drive out the day before. See you on the 24th.
"""
    e4 = mail(frm=f"Shauna Whitecalf <{sh}>", to=f"Renata Holloway <{OWNER}>", cc=f"Ray Lachance <{ray}>",
              subject="RE: Next step - in-person interview at Sutherland shop", date=sent4,
              msgid=f"<20260304150500.sw.4@{dom}>", in_reply_to=f"<20260303194000.sw.3@{dom}>",
              references=f"<20260303194000.sw.3@{dom}>", text=t4, cte="7bit", sender_host=f"mail.{dom}")
    role = "Mechanical Maintenance Planner - Locomotive Shop"
    return cid, {"01-shauna-phone-screen.eml": e1, "02-shauna-booked.eml": e2,
                 "03-shauna-next-step-in-person.eml": e3, "04-shauna-confirmed-24th.eml": e4}, {
        "interview": True, "interviews": [
            L("Prairie Dominion Railway", role, s1, e1_, "scheduled", [sh], [sh], "phone_screen"),
            L("Prairie Dominion Railway", role, s2, e2_, "scheduled", [ray], [ray], "hiring_manager")],
        "difficulty": "hard", "category": "positive/two-interviews",
        "notes": "Phone screen Tue Mar 3 08:00 MST (Calgary, before DST) then in-person Tue Mar 24 'half past "
                 "ten, Sask time' (CST -06:00, 90 min)."}


# 16 ---------------------------------------------------------------------
@case
def c16():
    cid = "b96-16-rejection-after-interview-dayforce"
    sent = D(2026, 3, 27, 10, 2, YYC)
    t = """Dear Renata,

Thank you for taking the time to interview with us on March 18 for the Maintenance Planner - Compression position. We appreciated the opportunity to learn more about your experience.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the role at this time.

We will keep your profile on file, and we encourage you to apply for future openings that match your skills. You can update your profile or schedule job alerts at any time on our careers site.

We wish you every success in your search.

Sincerely,
Talent Acquisition
Tamarack Energy Services Ltd.

Please do not reply to this email. Powered by Dayforce.
"""
    e = mail(frm="Tamarack Energy Services <no-reply@jobs.dayforcehcm.example>", to=OWNER,
             subject="Update on your application - Maintenance Planner - Compression", date=sent,
             msgid="<dfx.50332.1774627320@jobs.dayforcehcm.example>", text=t,
             sender_host="mta1.dayforcehcm.example")
    return cid, {"01-dayforce-update.eml": e}, {
        "interview": False, "interviews": [], "difficulty": "easy", "category": "negative/rejection",
        "notes": "Rejection after a past interview (mentions 'interview with us on March 18')."}


# 17 ---------------------------------------------------------------------
@case
def c17():
    cid = "b96-17-german-oem-uhr-teams"
    dom = "brenner-mining.example"
    kat = f"katrin.woehrle@{dom}"
    jorg = f"joerg.hasselbach@{dom}"
    start, end = D(2026, 4, 16, 17, 0, BER), D(2026, 4, 16, 18, 0, BER)
    sent1 = D(2026, 4, 8, 10, 47, BER)
    m1 = f"<AM9PR07MB7190.0408@{dom}>"
    t1 = """Dear Ms. Holloway,

thank you very much for your application as Service Planner - Mining Equipment (Western Canada) with Brenner Mining Systems Canada Ltd.

Mr. Jörg Hasselbach, our Head of Service North America, would like to get to know you in a video interview (MS Teams, approx. 60 minutes). We would propose:

    Thursday, 16 April 2026, 17:00 Uhr (German time, CEST)
    - this should be 09:00 in Calgary, please double-check on your side.

Please confirm if this suits you; I will then send the Teams invitation.

Mit freundlichen Grüßen / Kind regards

Katrin Wöhrle
Recruiting & Talent Management
Brenner Fördertechnik GmbH
Industriestraße 14, 44147 Dortmund, Germany
Tel. +49 231 555 0188
"""
    e1 = mail(frm=f"Katrin Wöhrle <{kat}>", to=f"Renata Holloway <{OWNER}>",
              subject="Your application - Service Planner Mining Equipment / video interview",
              date=sent1, msgid=m1, text=t1, sender_host=f"mail.{dom}")
    sent2 = D(2026, 4, 9, 8, 12, BER)
    body = """When: Thursday, 16 April 2026 17:00-18:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Ms. Holloway,

thank you for your confirmation. Here is the invitation for the interview with Mr. Hasselbach (17:00 Uhr CEST / 9:00 a.m. MDT).

Kind regards
Katrin Wöhrle

________________________________________________________________________________
Microsoft Teams Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder über ein Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.example/l/meetup-join/19%3ameeting_BrNn44>
Besprechungs-ID: 371 902 665 118
Passcode: aZ6k3e
________________________________________________________________________________
"""
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000F1B07E8A5BC7DC01000000000000000010000000E81A",
              start, end, "Interview Renata Holloway - Service Planner Mining Equipment (Western Canada)",
              ("Katrin Wöhrle", kat),
              [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Jörg Hasselbach", jorg, "ACCEPTED")],
              prodid="Microsoft Exchange Server 2010", stamp=sent2, tzid="W. Europe Standard Time",
              tz_zone=BER, description=body, location="Microsoft Teams Besprechung",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])
    e2 = mail(frm=f"Katrin Wöhrle <{kat}>", to=f"Renata Holloway <{OWNER}>, Jörg Hasselbach <{jorg}>",
              subject="Interview Renata Holloway - Service Planner Mining Equipment (Western Canada)",
              date=sent2, msgid=f"<AM9PR07MB7190.0409@{dom}>", in_reply_to=m1, references=m1,
              text=body, cal=cal, sender_host=f"mail.{dom}",
              headers=[("Content-class", "urn:content-classes:calendarmessage"),
                       ("Content-Language", "de-DE")])
    return cid, {"01-katrin-proposal.eml": e1, "02-teams-invite-berlin.eml": e2}, {
        "interview": True, "interviews": [L("Brenner Mining Systems Canada", "Service Planner - Mining Equipment (Western Canada)",
                                            start, end, "scheduled", [jorg], [jorg], "hiring_manager")],
        "difficulty": "hard", "category": "positive/international-tz",
        "notes": "German OEM: '17:00 Uhr (CEST)' = 09:00 MDT; Exchange invite TZID 'W. Europe Standard Time' with "
                 "'(UTC+01:00)' label in summer time; quoted-printable umlauts."}


# 18 ---------------------------------------------------------------------
@case
def c18():
    cid = "b96-18-zoho-self-schedule-link-unbooked"
    dom = "lspowercoop.example"
    sent1 = D(2026, 4, 22, 11, 5, YYC)
    link = "https://recruit.zoho.example/recruit/InterviewSlot.do?digest=Lsp7Hq2x"
    t1 = f"""Dear Renata,

Thank you for applying for the Maintenance Planner - Line Fleet role with Lesser Slave Power Co-operative. We would like to invite you for an interview with our Operations Manager.

Please select an interview slot that suits you using the link below. Available slots are Monday, April 27 to Friday, May 1, between 9:00 AM and 4:00 PM Mountain Time.

Schedule your interview: {link}

This link expires in 5 days. Once you pick a slot you will receive a confirmation with the meeting details.

Regards,
Dana Cardinal
HR Generalist, Lesser Slave Power Co-operative
780-555-0114

--
This email was sent using Zoho Recruit.
"""
    e1 = mail(frm="Lesser Slave Power Co-operative <notification@zohorecruit.example>", to=OWNER,
              reply_to=f"Dana Cardinal <dana.cardinal@{dom}>",
              subject="Schedule your interview - Maintenance Planner - Line Fleet", date=sent1,
              msgid="<1776877500.zr.771930@zohorecruit.example>", text=t1,
              sender_host="sender.zohorecruit.example")
    sent2 = D(2026, 4, 25, 11, 5, YYC)
    t2 = f"""Dear Renata,

This is a reminder that you have not yet selected a slot for your interview for Maintenance Planner - Line Fleet. Your scheduling link expires in 2 days.

Select a slot: {link}

Regards,
Lesser Slave Power Co-operative

--
This email was sent using Zoho Recruit.
"""
    e2 = mail(frm="Lesser Slave Power Co-operative <notification@zohorecruit.example>", to=OWNER,
              reply_to=f"Dana Cardinal <dana.cardinal@{dom}>",
              subject="Reminder: select your interview slot - Maintenance Planner - Line Fleet",
              date=sent2, msgid="<1777136700.zr.771931@zohorecruit.example>", text=t2,
              sender_host="sender.zohorecruit.example")
    return cid, {"01-zoho-schedule-link.eml": e1, "02-zoho-reminder-no-slot.eml": e2}, {
        "interview": False, "interviews": [], "difficulty": "hard",
        "category": "negative/availability-request",
        "notes": "Zoho Recruit self-scheduling link never booked (reminder confirms no slot picked)."}


# 19 ---------------------------------------------------------------------
@case
def c19():
    cid = "b96-19-candidate-withdraws-gcal-cancel"
    dom = "steepbank.example"
    nadia = f"nadia.okafor@{dom}"
    grant = f"grant.mctavish@{dom}"
    start, end = D(2026, 6, 11, 15, 0, YYC), D(2026, 6, 11, 16, 0, YYC)
    uid = "5tq1v8h3mkd0r2e7bq9c4lx6ne@google.com"
    title = "Interview - Renata Holloway - Turnaround Maintenance Planner"
    sent1 = D(2026, 6, 2, 10, 30, YYC)
    att = [(OWNER, OWNER, "NEEDS-ACTION"), ("Grant McTavish", grant, "ACCEPTED"),
           ("Nadia Okafor", nadia, "ACCEPTED")]
    desc = "Interview with Grant McTavish (Turnaround Manager). Nadia will join for the first 5 minutes."
    cal1 = ics("REQUEST", uid, start, end, title, ("Nadia Okafor", nadia), att,
               prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp=sent1, description=desc,
               location="https://meet.google.example/stp-bnkq-wre")
    txt1 = f"""{title}
Thursday Jun 11, 2026 ⋅ 3pm – 4pm
Mountain Time - Edmonton

Join with Google Meet
https://meet.google.example/stp-bnkq-wre

Organizer
Nadia Okafor
{nadia}

Guests
Nadia Okafor - organizer
Grant McTavish
{OWNER}

{desc}

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""
    e1 = mail(frm=f"Nadia Okafor <{nadia}>", to=OWNER, reply_to=f"Nadia Okafor <{nadia}>",
              subject=f"Invitation: {title} @ Thu Jun 11, 2026 3pm - 4pm (MDT) ({OWNER})",
              date=sent1, msgid="<calendar-3b8e6f21-0c55-4d8a-9d4e-7a1f0b2c6e90@google.com>",
              text=txt1, cte="base64", cal=cal1, sender_host="mail-sor-f69.google.example",
              headers=[("Sender", "Google Calendar <calendar-notification@google.example>")],
              attach=[(cal1, "application", "ics", "invite.ics")])
    sent2 = D(2026, 6, 8, 9, 14, YYC)
    t2 = """Hi Renata,

Thanks for letting me know, and congratulations on the new role - Hawkshead is lucky to have you. I've cancelled Thursday's interview with Grant and withdrawn your application in our system.

If things ever change, please keep us in mind.

Nadia

Nadia Okafor | Recruiter, Steepbank Energy Services
9915 Franklin Avenue, Fort McMurray, AB  T9H 2K4 | 780-555-0176

On Sun, Jun 7, 2026 at 8:41 PM Renata Holloway <renata.holloway@example.com> wrote:
> Hi Nadia,
>
> I wanted to let you know that I've accepted an offer elsewhere, so I'd like to
> withdraw from the process and free up Thursday's interview slot with Grant.
> Thank you for your time, and sorry for the short notice.
>
> Renata
"""
    e2 = mail(frm=f"Nadia Okafor <{nadia}>", to=f"Renata Holloway <{OWNER}>",
              subject="Re: Interview on Thursday - withdrawing", date=sent2,
              msgid=f"<CAN8x0p.0608.nadia@{dom}>", in_reply_to="<CAR7wd.0607.renata@example.com>",
              references="<CAR7wd.0607.renata@example.com>", text=t2, sender_host=f"mail.{dom}")
    sent3 = sent2 + timedelta(minutes=1)
    cal3 = ics("CANCEL", uid, start, end, title, ("Nadia Okafor", nadia), att,
               prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp=sent3, description=desc,
               location="https://meet.google.example/stp-bnkq-wre", sequence=1, status="CANCELLED")
    txt3 = f"""This event has been canceled and removed from your calendar.

{title}
Thursday Jun 11, 2026 ⋅ 3pm – 4pm
Mountain Time - Edmonton

Organizer
Nadia Okafor
{nadia}

Invitation from Google Calendar
"""
    e3 = mail(frm=f"Nadia Okafor <{nadia}>", to=OWNER,
              subject=f"Canceled event: {title} @ Thu Jun 11, 2026 3pm - 4pm (MDT) ({OWNER})",
              date=sent3, msgid="<calendar-9d2a4c71-5e3b-4f10-8c6d-2b7e1a0f9c33@google.com>",
              text=txt3, cte="base64", cal=cal3, cal_method="CANCEL",
              sender_host="mail-sor-f69.google.example",
              headers=[("Sender", "Google Calendar <calendar-notification@google.example>")],
              attach=[(cal3, "application", "ics", "invite.ics")])
    return cid, {"01-google-invitation.eml": e1, "02-nadia-withdrawal-ack.eml": e2,
                 "03-google-canceled-event.eml": e3}, {
        "interview": True, "interviews": [L("Steepbank Energy Services", "Turnaround Maintenance Planner",
                                            start, end, "cancelled", [grant], [grant], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "Candidate withdrawal (accepted another offer) + Google 'Canceled event' METHOD:CANCEL."}


# 20 ---------------------------------------------------------------------
@case
def c20():
    cid = "b96-20-user-on-apprentice-hiring-panel"
    dom = "rundleearthworks.example"
    hr = f"kmcallister@{dom}"
    mike = f"mpelletier@{dom}"
    start, end = D(2026, 5, 7, 13, 0, YYC), D(2026, 5, 7, 14, 0, YYC)
    sent = D(2026, 5, 1, 14, 20, YYC)
    body = """When: Thursday, May 7, 2026 1:00 PM-2:00 PM (UTC-07:00) Mountain Time (US & Canada).
Where: Shop Office - Rundle Earthworks, 7805 Ogden Dale Road SE, Calgary

*~*~*~*~*~*~*~*~*~*

Hi Renata and Mike,

Sending this to your personal email too, Renata, since you're on days off this week.

You're both on the interview panel for our Heavy Duty Apprentice (1st year) candidate, Tyler Fontaine. Renata - please cover the planning/work order questions and the PM scheduling scenario; Mike will do the shop and tooling questions. Resume and scoring sheet are on the HR share under Apprentice Hiring 2026.

Please submit your scores by end of day Friday.

Thanks,
Kerri McAllister
HR Advisor | Rundle Earthworks Ltd.
403-555-0105
"""
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E008000000004C2D9B11E6D7DC01000000000000000010000000A4B2",
              start, end, "Interview Panel - Tyler Fontaine - HD Apprentice (1st yr)",
              ("Kerri McAllister", hr),
              [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Mike Pelletier", mike, "ACCEPTED")],
              prodid="Microsoft Exchange Server 2010", stamp=sent, tzid="Mountain Standard Time",
              tz_zone=YYC, description=body,
              location="Shop Office - Rundle Earthworks, 7805 Ogden Dale Road SE, Calgary",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])
    e = mail(frm=f"Kerri McAllister <{hr}>", to=f"Renata Holloway <{OWNER}>, Mike Pelletier <{mike}>",
             subject="Interview Panel - Tyler Fontaine - HD Apprentice (1st yr)", date=sent,
             msgid=f"<CY8PR.panel.0501@{dom}>", text=body, cal=cal, sender_host=f"mail.{dom}",
             headers=[("Content-class", "urn:content-classes:calendarmessage")])
    return cid, {"01-panel-invite-apprentice.eml": e}, {
        "interview": False, "interviews": [], "difficulty": "hard",
        "category": "negative/user-is-interviewer",
        "notes": "Current employer puts the user on an apprentice hiring panel; Outlook invite. User is the interviewer."}


# 21 ---------------------------------------------------------------------
@case
def c21():
    cid = "b96-21-forwarded-recruiter-mail-dst-end"
    dom = "kootenayhydro.example"
    fel = f"fnakamura@{dom}"
    bog = f"bpetrescu@{dom}"
    old = "rholloway@mail.example"
    start, end = D(2026, 11, 2, 8, 0, YVR), D(2026, 11, 2, 9, 0, YVR)
    orig = D(2026, 10, 28, 15, 12, YVR)
    sent = D(2026, 10, 29, 7, 48, YYC)
    t = f"""Moving this to my main account.

---------- Forwarded message ---------
From: Felicity Nakamura <{fel}>
Date: Wed, Oct 28, 2026 at 3:12 PM
Subject: Technical interview - Equipment Maintenance Planner (Illecillewaet Dam Refurbishment)
To: Renata Holloway <{old}>


Hi Renata,

Thanks for your patience while the project team reviewed applications. We'd like to invite you to a technical interview for the Equipment Maintenance Planner position on the Illecillewaet Dam Refurbishment project.

You'll meet with Bogdan Petrescu, Maintenance Engineering Lead ({bog}), for one hour on Zoom:

    Monday, November 2 at 8:00 a.m. Pacific (9:00 a.m. Mountain)

Heads up: clocks fall back this Sunday, so the time above is after the change.

Bogdan will ask you to walk through a crane and haul-fleet PM plan, so feel free to bring a sample (sanitized) work package.

Zoom: https://zoom.example/j/84420193377?pwd=KtHy2026

Best,
Felicity

Felicity Nakamura
People & Culture Advisor | Kootenay Hydro Constructors
1400 Columbia Avenue, Castlegar, BC  V1N 1H4
250-555-0162
"""
    html = "<html><body><div dir=\"ltr\">" + t.replace("&", "&amp;").replace("<", "&lt;").replace(
        ">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>"
    e = mail(frm=f"Renata Holloway <{old}>", to=f"Renata Holloway <{OWNER}>",
             subject="Fwd: Technical interview - Equipment Maintenance Planner (Illecillewaet Dam Refurbishment)",
             date=sent, msgid="<CAF3kT9n.fwd.1029@mail.example>", text=t, html=html,
             sender_host="smtp.mail.example")
    return cid, {"01-fwd-technical-interview.eml": e}, {
        "interview": True, "interviews": [L("Kootenay Hydro Constructors", "Equipment Maintenance Planner",
                                            start, end, "scheduled", [bog], [bog], "technical")],
        "difficulty": "hard", "category": "positive/forwarded-dst",
        "notes": "Self-forwarded recruiter mail; Mon Nov 2 is the day after DST ends -> PST -08:00."}


# 22 ---------------------------------------------------------------------
@case
def c22():
    cid = "b96-22-one-way-video-interview"
    sent = D(2026, 5, 15, 9, 0, YQR)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Renata,</p>
<p><b>Coteau Hills Rail Services</b> has invited you to complete a video interview for <b>Maintenance Planner - Railcar Repair</b>.</p>
<p>This is a <b>one-way, on-demand interview</b>: you'll see 5 questions on screen and record your answers. Nobody from the hiring team will be live on the call - they will review your recordings afterwards.</p>
<ul><li>About 20 minutes</li><li>You get 30 seconds to think and up to 3 minutes per answer</li><li>One practice question before you start</li></ul>
<p><b>Deadline:</b> Friday, May 22, 2026 at 11:59 PM CST (Saskatchewan)</p>
<p><a href="https://app.vidscreen.example/i/cohrs-4418-renata" style="background:#0f766e;color:#fff;padding:10px 16px;text-decoration:none">Start my interview</a></p>
<p>Good luck!<br>The Vidscreen team, on behalf of Coteau Hills Rail Services</p>
<p style="font-size:11px;color:#888">Vidscreen Inc. | You received this because an employer invited you. <a href="https://app.vidscreen.example/privacy">Privacy</a></p>
</body></html>"""
    e = mail(frm="Coteau Hills Rail Services via Vidscreen <no-reply@vidscreen.example>", to=OWNER,
             subject="Coteau Hills Rail Services invited you to a video interview", date=sent,
             msgid="<vs.inv.cohrs4418@vidscreen.example>", html=html, sender_host="mail.vidscreen.example")
    return cid, {"01-vidscreen-one-way.eml": e}, {
        "interview": False, "interviews": [], "difficulty": "medium",
        "category": "negative/one-way-video",
        "notes": "One-way recorded video interview with a deadline; no live conversation."}


# ---------------------------------------------------------------- main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b96-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        cid, items, lab = fn()
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items.items():
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
        entry = {"user": OWNER, "interview": lab["interview"], "interviews": lab["interviews"],
                 "difficulty": lab["difficulty"], "category": lab["category"], "notes": lab["notes"],
                 "source": "synthetic"}
        labels[cid] = entry
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind96 - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    main()
