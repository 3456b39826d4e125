#!/usr/bin/env python3
"""Regenerate the BLIND interview-detection evaluation set (25 synthetic cases).

    /work/venv/bin/python tests/data/scenarios_blind/make_cases.py

Writes one folder per case (bNN-...) next to this script plus labels.yaml.  Every person, company and
domain is invented (.example TLD).  Label schema and rules: /work/shared/eval/README.md.
Label times are computed with zoneinfo from the local wall time stated in the case and cross-checked
against the hand-written offset expected from the 2026 DST rules.
"""
import json
import os
import shutil
import textwrap
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF_POLICY = policy.SMTP  # RFC 5322 line endings

LABELS = {}
FILES = {}


# ------------------------------------------------------------------ helpers
def at(y, mo, d, h, mi, tz, expect_offset=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))
    iso = dt.isoformat()
    if expect_offset is not None:
        assert iso.endswith(expect_offset), (iso, expect_offset)
    return iso


def utc_stamp(iso):
    dt = datetime.fromisoformat(iso).astimezone(ZoneInfo("UTC"))
    return dt.strftime("%Y%m%dT%H%M%SZ")


def hdr_date(y, mo, d, h, mi, tz):
    return format_datetime(datetime(y, mo, d, h, mi, 17, tzinfo=ZoneInfo(tz)))


def fold(line):
    """RFC 5545 line folding at 73 octets."""
    out = []
    b = line.encode("utf-8")
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            cut -= 1
        out.append(b[:cut].decode())
        b = b" " + b[cut:]
    out.append(b.decode())
    return "\r\n".join(out)


def ics_text(raw):
    lines = [l.strip() for l in raw.strip("\n").split("\n") if l.strip()]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def add_file(case, name, content):
    FILES.setdefault(case, []).append((name, content))


def mail(case, name, *, frm, to, subject, date, msgid, delivered_to=None, text=None, html=None,
         text_cte=None, html_cte=None, reply_to=None, cc=None, in_reply_to=None, references=None,
         calendar=None, cal_method="REQUEST", cal_in_alternative=True, ics_attachment=None,
         ics_filename="invite.ics", attachments=(), extra=(), sender=None, received_from="mx.example"):
    m = EmailMessage()
    if delivered_to:
        m["Delivered-To"] = delivered_to
        m["Return-Path"] = "<bounces+%s>" % msgid.strip("<>").replace("@", "=")
        m["Received"] = ("from %s (%s [192.0.2.%d]) by mx.mailhost.example with ESMTPS id %s for <%s>; %s"
                         % (received_from, received_from, 10 + len(name), msgid[1:9], delivered_to, date))
        m["Authentication-Results"] = "mx.mailhost.example; dkim=pass; spf=pass smtp.mailfrom=%s" % (
            frm.split("@")[-1].strip(">"))
    for k, v in extra:
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    if text is not None:
        m.set_content(textwrap.dedent(text).lstrip("\n"), cte=text_cte) if text_cte else \
            m.set_content(textwrap.dedent(text).lstrip("\n"))
    if html is not None:
        h = textwrap.dedent(html).strip("\n")
        if text is None:
            m.set_content(h, subtype="html", cte=html_cte) if html_cte else m.set_content(h, subtype="html")
        else:
            m.add_alternative(h, subtype="html", cte=html_cte) if html_cte else m.add_alternative(h, subtype="html")
    if calendar is not None and cal_in_alternative:
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method})
    if ics_attachment is not None:
        m.add_attachment(ics_attachment.encode("utf-8"), maintype="application", subtype="ics",
                         filename=ics_filename)
    for fname, maintype, subtype, data in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary("=_%s_%s_%d" % (case[:3], name[:2], i))
    add_file(case, name, m.as_bytes(policy=CRLF_POLICY))


def label(case, *, user, interviews, difficulty, category, notes):
    LABELS[case] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start, "end": end, "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


VTZ_LONDON = """\
BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_DENVER = """\
BEGIN:VTIMEZONE
TZID:America/Denver
X-LIC-LOCATION:America/Denver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_AUCKLAND = """\
BEGIN:VTIMEZONE
TZID:Pacific/Auckland
X-LIC-LOCATION:Pacific/Auckland
BEGIN:DAYLIGHT
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
TZNAME:NZDT
DTSTART:19700927T020000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
TZNAME:NZST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_PACIFIC_WIN = """\
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def google_invite_bodies(title, when_line, organizer, guests, description, meet):
    guest_txt = "\n".join("- %s" % g for g in guests)
    text = "\n".join([
        title, description, "", "Join with Google Meet", meet, "", "When", when_line, "", "Guests", guest_txt, "",
        "View all guest info  https://calendar.google.example/calendar/event?action=VIEW&eid=abc", "",
        "Reply for this event with an email message", "Invitation from Google Calendar", "",
        "You are receiving this email because you are an attendee on the event. To stop receiving future",
        "updates for this event, decline this event.", ""])
    guest_html = "".join("<li>%s</li>" % g.replace("<", "&lt;").replace(">", "&gt;") for g in guests)
    html = (f'<html><body>\n<div itemscope itemtype="http://schema.org/Event">\n'
            f'<h2 style="font-size:18px">{title.replace("<", "&lt;").replace(">", "&gt;")}</h2>\n'
            f'<p>{description.replace(chr(10), "<br>")}</p>\n'
            f'<p><a href="{meet}">Join with Google Meet</a><br>{meet}</p>\n'
            f'<table><tr><td><b>When</b></td><td>{when_line}</td></tr>\n'
            f'<tr><td><b>Guests</b></td><td><ul>{guest_html}</ul></td></tr></table>\n'
            f'<p style="color:#70757a;font-size:11px">Invitation from Google Calendar</p>\n</div></body></html>\n')
    return text, html


# ================================================================== POSITIVES
# ---- b01 Ashby confirmation with itinerary + .ics (DST just started in the US)
def b01():
    c = "b01-ashby-confirmed-itinerary"
    user = "rhea.castellanos@fastpost.example"
    start = at(2026, 3, 10, 13, 0, "America/Los_Angeles", "-07:00")
    end = at(2026, 3, 10, 13, 45, "America/Los_Angeles", "-07:00")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Ashby//Interview Scheduling//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:ashby-int-7d1c0e55-2b9f-4c51-9e1f-quillmark
    DTSTAMP:20260306T011200Z
    DTSTART:{utc_stamp(start)}
    DTEND:{utc_stamp(end)}
    SUMMARY:Quillmark Labs - Hiring Manager Conversation (Rhea Castellanos)
    LOCATION:https://meet.quillmark.example/tw-rhea-0310
    DESCRIPTION:Hiring Manager Conversation for Senior Data Engineer.\\nInterviewer: Tomasz Wielgus
    ORGANIZER;CN=Halima Osei:mailto:halima.osei@quillmark.example
    ATTENDEE;CN=Rhea Castellanos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{user}
    ATTENDEE;CN=Tomasz Wielgus;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tomasz.wielgus@quillmark.example
    SEQUENCE:0
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-ashby-interview-confirmed.eml", delivered_to=user,
         frm='"Quillmark Labs" <no-reply@ashbyhq.example>',
         reply_to='"Halima Osei" <halima.osei@quillmark.example>',
         to=f'"Rhea Castellanos" <{user}>',
         subject="Your interview is confirmed - Quillmark Labs",
         date=hdr_date(2026, 3, 5, 17, 12, "America/Los_Angeles"),
         msgid="<01HQZK7ashby3b2f9@ashbyhq.example>",
         extra=[("X-Mailer", "Ashby Notifications"), ("List-Unsubscribe", "<https://app.ashbyhq.example/unsub/q1>")],
         text="""\
         Hi Rhea,

         Your interview with Quillmark Labs for the Senior Data Engineer role is confirmed.
         Here is your itinerary:

           Tuesday, March 10, 2026
           1:00 PM - 1:45 PM PDT   Hiring Manager Conversation
                                   Tomasz Wielgus, Engineering Manager - Data Platform

         Where: video call - https://meet.quillmark.example/tw-rhea-0310
         A calendar invitation is attached.

         Need to change something? Just reply to this email and Halima Osei (Recruiting Coordinator)
         will help.

         - The Quillmark Labs Recruiting Team
         """,
         html="""\
         <html><body style="font-family:Arial,sans-serif">
         <p>Hi Rhea,</p>
         <p>Your interview with <b>Quillmark Labs</b> for the <b>Senior Data Engineer</b> role is confirmed.</p>
         <h3>Itinerary</h3>
         <table cellpadding="6" style="border-collapse:collapse">
           <tr><td colspan="2"><b>Tuesday, March 10, 2026</b></td></tr>
           <tr><td>1:00 PM &ndash; 1:45 PM PDT</td>
               <td>Hiring Manager Conversation<br><span style="color:#666">Tomasz Wielgus, Engineering Manager &ndash; Data Platform</span></td></tr>
         </table>
         <p>Where: <a href="https://meet.quillmark.example/tw-rhea-0310">video call</a></p>
         <p>Need to change something? Reply to this email and Halima Osei (Recruiting Coordinator) will help.</p>
         <p style="color:#999;font-size:11px">Sent via Ashby</p>
         </body></html>
         """, html_cte="base64", ics_attachment=ics, ics_filename="interview.ics")
    label(c, user=user, interviews=[iv("Quillmark Labs", "Senior Data Engineer", start, end, "scheduled",
                                       ["tomasz.wielgus@quillmark.example"], ["tomasz.wielgus@quillmark.example"],
                                       "hiring_manager")],
          difficulty="easy", category="positive/ats-ashby",
          notes="Ashby confirmation with itinerary and .ics (UTC times). US DST began Mar 8, so 1:00 PM PDT = -07:00. "
                "Coordinator only schedules; interviewer address is in the .ics.")


# ---- b02 Greenhouse multi-session onsite in an HTML table (plain part is a stub)
def b02():
    c = "b02-greenhouse-onsite-html-table"
    user = "dmitri.volkov.dev@inboxly.example"
    tz = "America/Chicago"
    start = at(2026, 4, 14, 9, 30, tz, "-05:00")
    end = at(2026, 4, 14, 12, 30, tz, "-05:00")
    rows = [("9:30 AM - 10:15 AM", "System Design", "Kwame Asante", "kwame.asante@brightwater.example"),
            ("10:15 AM - 11:00 AM", "Coding &amp; Problem Solving", "Liesl Brandt", "liesl.brandt@brightwater.example"),
            ("11:00 AM - 11:45 AM", "Lunch with the team (not evaluated)", "", ""),
            ("11:45 AM - 12:30 PM", "Hiring Manager", "Omar Haddad", "omar.haddad@brightwater.example")]
    tr = "\n".join(
        f'<tr><td style="padding:6px;border:1px solid #ddd">{t}</td><td style="padding:6px;border:1px solid #ddd">{s}</td>'
        f'<td style="padding:6px;border:1px solid #ddd">{n}{(" &lt;" + e + "&gt;") if e else ""}</td></tr>'
        for t, s, n, e in rows)
    mail(c, "01-greenhouse-onsite-schedule.eml", delivered_to=user,
         frm='"Nadia Ferreira" <no-reply@us.greenhouse-mail.example>',
         reply_to='"Nadia Ferreira" <nadia.ferreira@brightwater.example>',
         to=user, subject="Your virtual onsite with Brightwater Analytics - schedule inside",
         date=hdr_date(2026, 4, 8, 10, 3, "America/New_York"),
         msgid="<gh.4a7c2f10.88123@us.greenhouse-mail.example>",
         text="""\
         Hi Dmitri,

         Your onsite schedule is included in the HTML version of this message.
         If you can't see it, open https://app.greenhouse.example/candidate/sched/8b1f2.

         Nadia
         """,
         html=f"""\
         <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
         <p>Hi Dmitri,</p>
         <p>We're excited to host you for the final stage for the <b>Staff Backend Engineer</b> position at
         Brightwater Analytics! Below is your schedule for <b>Tuesday, April 14, 2026</b>.
         All times are shown in <b>your time zone (Central Time - US &amp; Canada)</b>.</p>
         <table style="border-collapse:collapse">
         <tr><th style="padding:6px;border:1px solid #ddd">Time</th><th style="padding:6px;border:1px solid #ddd">Session</th><th style="padding:6px;border:1px solid #ddd">Interviewer</th></tr>
         {tr}
         </table>
         <p>All sessions take place on Zoom: https://brightwater.zoom.example/j/93012877410. Please keep the link open
         between sessions; the lunch is an informal chat with a couple of engineers.</p>
         <p>If anything comes up, reply to this email.</p>
         <p>Best,<br>Nadia Ferreira<br>Recruiting Coordinator, Brightwater Analytics</p>
         </body></html>
         """, html_cte="quoted-printable")
    label(c, user=user, interviews=[iv("Brightwater Analytics", "Staff Backend Engineer", start, end, "scheduled",
                                       ["kwame.asante@brightwater.example", "liesl.brandt@brightwater.example",
                                        "omar.haddad@brightwater.example"],
                                       ["kwame.asante@brightwater.example", "liesl.brandt@brightwater.example",
                                        "omar.haddad@brightwater.example"], "onsite")],
          difficulty="hard", category="positive/onsite-loop",
          notes="Greenhouse virtual onsite; schedule only in an HTML table (QP), plain part is a stub. Times in the "
                "candidate's zone (CDT, -05:00). One onsite 9:30-12:30 incl. unevaluated lunch; coordinator excluded.")


# ---- b03 Lever confirmation mail + Google Calendar invite (London, before EU DST)
def b03():
    c = "b03-lever-google-invite"
    user = "ines.duarte@correio.example"
    tz = "Europe/London"
    start = at(2026, 3, 26, 9, 30, tz, "+00:00")
    end = at(2026, 3, 26, 10, 30, tz, "+00:00")
    mail(c, "01-lever-interview-booked.eml", delivered_to=user,
         frm='"Gareth Pryce" <no-reply@hire.lever.example>',
         reply_to='"Gareth Pryce" <gareth.pryce@ferrolink.example>',
         to=f'"Ines Duarte" <{user}>', subject="Ferrolink - interview booked",
         date=hdr_date(2026, 3, 19, 15, 41, tz), msgid="<lever-7781c2d9e0@hire.lever.example>",
         text="""\
         Hi Ines,

         Thanks for sending over your availability. Your technical interview for the Platform Engineer
         role is booked for Thursday 26 March at 09:30 UK time and will last an hour. You'll pair with
         Sunita Rao, one of our senior platform engineers, on a practical infrastructure problem.

         A Google Calendar invitation with the Meet link will follow separately.

         Cheers,
         Gareth Pryce
         Talent Coordinator, Ferrolink
         """)
    uid = "5k2m9qv1h7r3t0c8n4b6x2z1lq@google.example"
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:REQUEST
    {VTZ_LONDON}
    BEGIN:VEVENT
    DTSTART;TZID=Europe/London:20260326T093000
    DTEND;TZID=Europe/London:20260326T103000
    DTSTAMP:20260319T155802Z
    ORGANIZER;CN=Gareth Pryce:mailto:gareth.pryce@ferrolink.example
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sunita Rao;X-NUM-GUESTS=0:mailto:sunita.rao@ferrolink.example
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.duarte@correio.example;X-NUM-GUESTS=0:mailto:{user}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gareth Pryce;X-NUM-GUESTS=0:mailto:gareth.pryce@ferrolink.example
    X-GOOGLE-CONFERENCE:https://meet.google.example/xvr-pqzt-kmd
    DESCRIPTION:Technical interview for Platform Engineer (scheduled via Lever).\\nInterviewer: Sunita Rao\\n\\nJoin with Google Meet: https://meet.google.example/xvr-pqzt-kmd
    LOCATION:
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Ines Duarte <> Ferrolink | Technical Interview
    TRANSP:OPAQUE
    END:VEVENT
    END:VCALENDAR
    """)
    when = "Thursday 26 Mar 2026 · 09:30 – 10:30 (Greenwich Mean Time - London)"
    text, html = google_invite_bodies("Ines Duarte <> Ferrolink | Technical Interview", when,
                                      "gareth.pryce@ferrolink.example",
                                      ["Gareth Pryce - organiser", "Sunita Rao", user],
                                      "Technical interview for Platform Engineer (scheduled via Lever).\nInterviewer: Sunita Rao",
                                      "https://meet.google.example/xvr-pqzt-kmd")
    mail(c, "02-invitation-technical-interview.eml", delivered_to=user,
         frm='"Gareth Pryce" <gareth.pryce@ferrolink.example>',
         sender="Google Calendar <calendar-notification@google.example>",
         reply_to="gareth.pryce@ferrolink.example", to=user,
         subject=f"Invitation: Ines Duarte <> Ferrolink | Technical Interview @ Thu 26 Mar 2026 09:30 - 10:30 (GMT) ({user})",
         date=hdr_date(2026, 3, 19, 15, 58, tz), msgid="<calendar-3d0a7e1c-91b2-4a8e@google.example>",
         text=text, html=html, calendar=ics, ics_attachment=ics)
    label(c, user=user, interviews=[iv("Ferrolink", "Platform Engineer", start, end, "scheduled",
                                       ["sunita.rao@ferrolink.example"], ["sunita.rao@ferrolink.example"], "technical")],
          difficulty="medium", category="positive/dedupe",
          notes="Lever booking mail + Google invite for the same interview -> one. 26 Mar is before EU/UK DST (29 Mar), "
                "so 09:30 London = +00:00. Organizer/coordinator Gareth is also an attendee but not an interviewer.")


# ---- b04 Workday "Interview Scheduled" (no-reply, coordinator named in body)
def b04():
    c = "b04-workday-interview-scheduled"
    user = "marisol.quintero@mailhaven.example"
    tz = "America/New_York"
    start = at(2026, 5, 4, 14, 0, tz, "-04:00")
    end = at(2026, 5, 4, 15, 0, tz, "-04:00")
    mail(c, "01-workday-interview-scheduled.eml", delivered_to=user,
         frm='"Ridgeline Health" <ridgelinehealth@myworkday.example>',
         to=user, subject="Interview Scheduled",
         date=hdr_date(2026, 4, 27, 9, 15, "America/Los_Angeles"),
         msgid="<wd-notif-1f83d2a7b45c@myworkday.example>",
         extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         text="""\
         Dear Marisol Quintero,

         An interview has been scheduled for you for the following job:
         R-10482 Clinical Data Analyst II (Open)

         Interview Details
         Interview Type: Hiring Manager Interview
         Date: Monday, May 4, 2026
         Time: 2:00 PM - 3:00 PM Eastern Time
         Location: Microsoft Teams (link below)
         Interviewer: Marcus Feld - Director, Clinical Informatics

         Join: https://teams.microsoft.example/l/meetup-join/19%3ameeting_ridgeline_5521

         If you have questions or need to reschedule, please contact your recruiting coordinator,
         Dana Whitcombe, at dana.whitcombe@ridgelinehealth.example.

         This is a system-generated message. Please do not reply.
         Ridgeline Health Talent Acquisition
         """,
         html="""\
         <html><body><div style="font-family:Segoe UI,Arial">
         <p>Dear Marisol Quintero,</p>
         <p>An interview has been scheduled for you for the following job:<br><b>R-10482 Clinical Data Analyst II (Open)</b></p>
         <table>
         <tr><td>Interview Type</td><td>Hiring Manager Interview</td></tr>
         <tr><td>Date</td><td>Monday, May 4, 2026</td></tr>
         <tr><td>Time</td><td>2:00 PM - 3:00 PM Eastern Time</td></tr>
         <tr><td>Location</td><td>Microsoft Teams</td></tr>
         <tr><td>Interviewer</td><td>Marcus Feld - Director, Clinical Informatics</td></tr>
         </table>
         <p>If you have questions or need to reschedule, please contact your recruiting coordinator, Dana Whitcombe, at
         <a href="mailto:dana.whitcombe@ridgelinehealth.example">dana.whitcombe@ridgelinehealth.example</a>.</p>
         <p style="font-size:11px;color:#888">This is a system-generated message. Please do not reply.</p>
         </div></body></html>
         """, html_cte="base64")
    label(c, user=user, interviews=[iv("Ridgeline Health", "Clinical Data Analyst II", start, end, "scheduled",
                                       [], ["dana.whitcombe@ridgelinehealth.example"], "hiring_manager")],
          difficulty="medium", category="positive/ats-workday",
          notes="Workday no-reply notification; interviewer named without address, so recipients fall back to the "
                "coordinator address given in the text. Eastern Time in May = EDT -04:00. Sent from a PT server time.")


# ---- b05 iCIMS phone interview, Arizona time, floating .ics
def b05():
    c = "b05-icims-phone-interview-arizona"
    user = "jalen.brooks@desertmail.example"
    tz = "America/Phoenix"
    start = at(2026, 3, 18, 11, 0, tz, "-07:00")
    end = at(2026, 3, 18, 11, 30, tz, "-07:00")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//iCIMS//Interview Scheduler//EN
    METHOD:PUBLISH
    BEGIN:VEVENT
    UID:icims-int-2026-3317-55810
    DTSTAMP:20260312T221000Z
    DTSTART:20260318T110000
    DTEND:20260318T113000
    SUMMARY:Phone Interview - Operations Analyst - Harborview Logistics
    DESCRIPTION:Carla Mendez will call you. Times are Arizona time (MST).
    LOCATION:Phone
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-icims-phone-interview.eml", delivered_to=user,
         frm='"Harborview Logistics Careers" <harborviewlogistics@talent.icims.example>',
         reply_to='"Carla Mendez" <carla.mendez@harborview-logistics.example>',
         to=f'"Jalen Brooks" <{user}>',
         subject="Phone Interview Confirmation - Operations Analyst (Req 2026-3317)",
         date=hdr_date(2026, 3, 12, 15, 10, tz), msgid="<20260312221000.55810.icims@talent.icims.example>",
         text="""\
         Hello Jalen,

         Thank you for your interest in Harborview Logistics! Your phone interview for the position of
         Operations Analyst (Req 2026-3317) has been scheduled:

         Date:  Wednesday, March 18, 2026
         Time:  11:00 AM – 11:30 AM Arizona Time (MST)
         Interviewer: Carla Mendez, Senior Talent Acquisition Partner

         Carla will call you at the phone number on your candidate profile (***-***-4410). If that number has
         changed, please reply to this message with a better one.

         We look forward to speaking with you.

         Harborview Logistics Talent Acquisition
         """, text_cte="quoted-printable", ics_attachment=ics, ics_filename="PhoneInterview.ics")
    label(c, user=user, interviews=[iv("Harborview Logistics", "Operations Analyst", start, end, "scheduled",
                                       ["carla.mendez@harborview-logistics.example"],
                                       ["carla.mendez@harborview-logistics.example"], "phone_screen")],
          difficulty="medium", category="positive/ats-icims",
          notes="iCIMS mail (QP) with floating-time METHOD:PUBLISH .ics without attendees; the text says Arizona "
                "time -> Phoenix has no DST, -07:00 even after Mar 8. Recruiter doing the screen = interviewer "
                "(address via Reply-To).")


# ---- b06 GoodTime confirmation with Zoom link, IST
def b06():
    c = "b06-goodtime-zoom-ist"
    user = "ananya.iyer@postbox.example"
    tz = "Asia/Kolkata"
    start = at(2026, 4, 17, 19, 30, tz, "+05:30")
    end = at(2026, 4, 17, 20, 30, tz, "+05:30")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//GoodTime.io//GoodTime Scheduler//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:gt-evt-0b7d4c1e9a2f@goodtime.example
    DTSTAMP:20260410T060510Z
    DTSTART:{utc_stamp(start)}
    DTEND:{utc_stamp(end)}
    SUMMARY:Orbitale Robotics | Technical Interview | Ananya Iyer
    LOCATION:https://orbitale.zoom.example/j/84412290117?pwd=Zm9vYmFy
    DESCRIPTION:Technical Interview - Perception Software Engineer\\nInterviewer: Rohan Pillai\\nZoom: https://orbitale.zoom.example/j/84412290117?pwd=Zm9vYmFy\\nMeeting ID: 844 1229 0117
    ORGANIZER;CN=Orbitale Robotics Recruiting:mailto:scheduling@goodtime.example
    ATTENDEE;CN=Ananya Iyer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{user}
    ATTENDEE;CN=Rohan Pillai;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rohan.pillai@orbitale.example
    SEQUENCE:0
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-goodtime-interview-confirmed.eml", delivered_to=user,
         frm='"Orbitale Robotics Recruiting" <scheduling@goodtime.example>',
         reply_to='"Wen Zhao" <wen.zhao@orbitale.example>',
         to=f'"Ananya Iyer" <{user}>',
         subject="Interview Confirmed: Orbitale Robotics - Technical Interview",
         date=hdr_date(2026, 4, 9, 23, 5, "America/Los_Angeles"),
         msgid="<gt.msg.66f0a1b2c3d4@goodtime.example>",
         extra=[("X-GoodTime-Event", "gt-evt-0b7d4c1e9a2f")],
         text="""\
         Hi Ananya,

         You're all set! Here are the details of your upcoming interview with Orbitale Robotics.

         Position: Perception Software Engineer
         Interview: Technical Interview (60 min)
         When: Friday, April 17, 2026 · 7:30 PM – 8:30 PM India Standard Time (IST)
         Interviewer: Rohan Pillai, Staff Engineer

         Join Zoom Meeting
         https://orbitale.zoom.example/j/84412290117?pwd=Zm9vYmFy
         Meeting ID: 844 1229 0117   Passcode: 771203

         Need to reschedule? Reply to this email to reach Wen Zhao on the recruiting team.

         Powered by GoodTime
         """,
         html="""\
         <html><body><table width="600" style="font-family:Arial">
         <tr><td><h2>You're all set!</h2><p>Hi Ananya, here are the details of your upcoming interview with Orbitale Robotics.</p></td></tr>
         <tr><td><b>Position</b>: Perception Software Engineer<br><b>Interview</b>: Technical Interview (60 min)<br>
         <b>When</b>: Friday, April 17, 2026 &middot; 7:30 PM &ndash; 8:30 PM India Standard Time (IST)<br>
         <b>Interviewer</b>: Rohan Pillai, Staff Engineer</td></tr>
         <tr><td><a href="https://orbitale.zoom.example/j/84412290117?pwd=Zm9vYmFy">Join Zoom Meeting</a><br>Meeting ID: 844 1229 0117 &nbsp; Passcode: 771203</td></tr>
         <tr><td style="font-size:11px;color:#999">Need to reschedule? Reply to this email to reach Wen Zhao on the recruiting team. Powered by GoodTime</td></tr>
         </table></body></html>
         """, html_cte="quoted-printable", ics_attachment=ics, ics_filename="interview.ics")
    label(c, user=user, interviews=[iv("Orbitale Robotics", "Perception Software Engineer", start, end, "scheduled",
                                       ["rohan.pillai@orbitale.example"], ["rohan.pillai@orbitale.example"], "technical")],
          difficulty="easy", category="positive/scheduling-goodtime",
          notes="GoodTime confirmation sent from a US server at 23:05 PDT; interview 7:30 PM IST (+05:30). "
                "Organizer in .ics is the GoodTime scheduling address (not a follow-up recipient).")


# ---- b07 Calendly booked by candidate; recruiter is host (Sydney, DST just ended)
def b07():
    c = "b07-calendly-candidate-booked-recruiter"
    user = "liam.oconnell@harbourpost.example"
    tz = "Australia/Sydney"
    start = at(2026, 4, 7, 10, 0, tz, "+10:00")
    end = at(2026, 4, 7, 10, 30, tz, "+10:00")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Calendly//Calendly//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:calendly-0c4e58f1-9d33-4bb7-a2f4-72a1e0d5b611
    DTSTAMP:20260401T034412Z
    DTSTART:{utc_stamp(start)}
    DTEND:{utc_stamp(end)}
    SUMMARY:Lumenfold - Product Designer intro call (Liam O'Connell)
    DESCRIPTION:Event Name: Lumenfold - Product Designer intro call\\nHost: Beatrix Lang\\nInvitee: Liam O'Connell\\nLocation: Google Meet (link in invite)
    ORGANIZER;CN=Beatrix Lang:mailto:beatrix.lang@lumenfold.example
    ATTENDEE;CN=Liam O'Connell;PARTSTAT=ACCEPTED:mailto:{user}
    ATTENDEE;CN=Beatrix Lang;PARTSTAT=ACCEPTED:mailto:beatrix.lang@lumenfold.example
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-calendly-confirmed.eml", delivered_to=user,
         frm='"Calendly" <notifications@calendly.example>',
         reply_to='"Beatrix Lang" <beatrix.lang@lumenfold.example>',
         to=user,
         subject="Confirmed: Lumenfold - Product Designer intro call with Beatrix Lang on Tuesday, 7 April 2026",
         date=hdr_date(2026, 4, 1, 14, 44, tz), msgid="<calendly.inv.6b1d9e02@calendly.example>",
         text="""\
         Hi Liam O'Connell,

         Your Lumenfold - Product Designer intro call with Beatrix Lang is confirmed.

         Event Type: Lumenfold - Product Designer intro call (30 min)
         Host: Beatrix Lang (Talent Partner, Lumenfold)
         Invitee: Liam O'Connell
         Date/Time: 10:00am - 10:30am, Tuesday, 7 April 2026 (Australia/Sydney - AEST)
         Location: Google Meet - a link will be included in the calendar event.

         Questions shared: "What drew you to Lumenfold?" - Your answer: Design systems at scale.

         Need to make changes to this event?
         Cancel: https://calendly.example/cancellations/0c4e58f1
         Reschedule: https://calendly.example/reschedulings/0c4e58f1

         Sent from Calendly
         """, ics_attachment=ics)
    label(c, user=user, interviews=[iv("Lumenfold", "Product Designer", start, end, "scheduled",
                                       ["beatrix.lang@lumenfold.example"], ["beatrix.lang@lumenfold.example"],
                                       "phone_screen")],
          difficulty="medium", category="positive/scheduling-calendly",
          notes="Candidate booked the recruiter's Calendly; host = recruiter who conducts the intro screen. "
                "Sydney DST ended 5 Apr 2026, so 10:00 AEST = +10:00 (the booking mail was sent under +11:00).")


# ---- b08 Outlook/Teams invite with Windows TZID + VTIMEZONE (after US DST end)
def b08():
    c = "b08-outlook-teams-windows-tzid"
    user = "priscilla.nakamura@webpost.example"
    tz = "America/Los_Angeles"
    start = at(2026, 11, 3, 15, 0, tz, "-08:00")
    end = at(2026, 11, 3, 16, 0, tz, "-08:00")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    {VTZ_PACIFIC_WIN}
    BEGIN:VEVENT
    ORGANIZER;CN=Nikolai Brandt:mailto:nbrandt@cobaltmeridian.example
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priscilla Nakamura:mailto:{user}
    DESCRIPTION;LANGUAGE=en-US:Hi Priscilla\\, looking forward to our conversation about the Senior Cloud Security Engineer role.\\n\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nhttps://teams.microsoft.example/l/meetup-join/19%3ameeting_Y29iYWx0\\nMeeting ID: 291 554 870 33\\nPasscode: q7Xk2m
    UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
    SUMMARY;LANGUAGE=en-US:Interview: Senior Cloud Security Engineer - Hiring Manager Round
    DTSTART;TZID=Pacific Standard Time:20261103T150000
    DTEND;TZID=Pacific Standard Time:20261103T160000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20261027T183102Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
    X-MICROSOFT-CDO-APPT-SEQUENCE:0
    X-MICROSOFT-CDO-OWNERAPPTID:2119384756
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
    X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-CDO-INSTTYPE:0
    X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
    X-MICROSOFT-DONOTFORWARDMEETING:FALSE
    X-MICROSOFT-DISALLOW-COUNTER:FALSE
    X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
    BEGIN:VALARM
    DESCRIPTION:REMINDER
    TRIGGER;RELATED=START:-PT15M
    ACTION:DISPLAY
    END:VALARM
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-interview-hiring-manager-round.eml", delivered_to=user,
         frm='Nikolai Brandt <nbrandt@cobaltmeridian.example>', to=f'Priscilla Nakamura <{user}>',
         subject="Interview: Senior Cloud Security Engineer - Hiring Manager Round",
         date=hdr_date(2026, 10, 27, 11, 31, tz),
         msgid="<BY5PR11MB4017C2E8A9D3F1B6A0E4C1D2A5@BY5PR11MB4017.namprd11.prod.outlook.example>",
         extra=[("Thread-Topic", "Interview: Senior Cloud Security Engineer - Hiring Manager Round"),
                ("X-MS-Exchange-Organization-SCL", "1"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US")],
         text="""\
         Hi Priscilla, looking forward to our conversation about the Senior Cloud Security Engineer role.

         When: Tuesday, November 3, 2026 3:00 PM-4:00 PM. (UTC-08:00) Pacific Time (US & Canada)
         Where: Microsoft Teams Meeting

         ________________________________________________________________________________
         Microsoft Teams meeting
         Join on your computer, mobile app or room device
         Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_Y29iYWx0>
         Meeting ID: 291 554 870 33
         Passcode: q7Xk2m
         ________________________________________________________________________________
         """,
         html="""\
         <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
         <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
         <p>Hi Priscilla, looking forward to our conversation about the Senior Cloud Security Engineer role.</p>
         <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
         <div><span style="font-size:24px;font-weight:600;color:#252424">Microsoft Teams meeting</span></div>
         <div><a href="https://teams.microsoft.example/l/meetup-join/19%3ameeting_Y29iYWx0">Click here to join the meeting</a></div>
         <div>Meeting ID: 291 554 870 33<br>Passcode: q7Xk2m</div>
         </div></body></html>
         """, text_cte="quoted-printable", html_cte="quoted-printable", calendar=ics)
    label(c, user=user, interviews=[iv("Cobalt Meridian", "Senior Cloud Security Engineer", start, end, "scheduled",
                                       ["nbrandt@cobaltmeridian.example"], ["nbrandt@cobaltmeridian.example"],
                                       "hiring_manager")],
          difficulty="medium", category="positive/exchange-teams",
          notes="Exchange multipart/alternative with text/calendar, TZID 'Pacific Standard Time' + VTIMEZONE. Sent "
                "27 Oct (PDT) for 3 Nov, after US DST ended 1 Nov -> -08:00. Hiring manager is organizer/interviewer.")


# ---- b09 Outlook invite with '(UTC+01:00) Amsterdam, Berlin, ...' TZID, no VTIMEZONE, after EU DST start
def b09():
    c = "b09-outlook-utc-label-tzid-no-vtimezone"
    user = "sanne.bakker@mailpunt.example"
    tz = "Europe/Amsterdam"
    start = at(2026, 3, 31, 10, 0, tz, "+02:00")
    end = at(2026, 3, 31, 11, 0, tz, "+02:00")
    tzid = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft CDO for Microsoft Exchange
    VERSION:2.0
    BEGIN:VEVENT
    DTSTAMP:20260326T141530Z
    DTSTART;TZID="{tzid}":20260331T100000
    DTEND;TZID="{tzid}":20260331T110000
    SUMMARY:Technisch interview Data Scientist - Grid Forecasting (Sanne Bakker)
    UID:040000008200E00074C5B7101A82E00800000000B7C6D5E4F3A2DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
    ORGANIZER;CN="Femke de Wit":MAILTO:f.dewit@veldhuis-energie.example
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanne Bakker":MAILTO:{user}
    LOCATION:Veldhuis Energie\\, Stationsplein 12\\, Utrecht (zaal De Dynamo)
    DESCRIPTION:Technical interview: we will discuss the forecasting case you prepared. Femke de Wit (Lead Data Scientist).
    STATUS:CONFIRMED
    SEQUENCE:0
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
    X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
    X-MICROSOFT-CDO-IMPORTANCE:1
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-technisch-interview-invite.eml", delivered_to=user,
         frm='"Femke de Wit" <f.dewit@veldhuis-energie.example>', to=f'"Sanne Bakker" <{user}>',
         subject="Technisch interview Data Scientist - Grid Forecasting (Sanne Bakker)",
         date=hdr_date(2026, 3, 26, 15, 15, tz),
         msgid="<AM0PR07MB5410E1F2A3B4C5D6E7F8A9B0C1D2@AM0PR07MB5410.eurprd07.prod.outlook.example>",
         extra=[("Thread-Topic", "Technisch interview Data Scientist - Grid Forecasting (Sanne Bakker)"),
                ("X-MS-Exchange-Organization-AuthAs", "Anonymous")],
         text=f"""\
         When: Tuesday, March 31, 2026 10:00 AM-11:00 AM. {tzid}.
         Where: Veldhuis Energie, Stationsplein 12, Utrecht (zaal De Dynamo)

         Hoi Sanne,

         As discussed with HR, here is the invite for the technical interview for the Data Scientist -
         Grid Forecasting position. We'll go through the forecasting case you prepared; plan for an hour.
         Please report to the reception on the ground floor.

         Groet,
         Femke de Wit
         Lead Data Scientist | Veldhuis Energie
         """, calendar=ics)
    label(c, user=user, interviews=[iv("Veldhuis Energie", "Data Scientist - Grid Forecasting", start, end, "scheduled",
                                       ["f.dewit@veldhuis-energie.example"], ["f.dewit@veldhuis-energie.example"],
                                       "technical")],
          difficulty="hard", category="positive/exchange-teams",
          notes="TZID is the Windows display label '(UTC+01:00) Amsterdam, Berlin...' with no VTIMEZONE. The label is "
                "static; 31 Mar is after EU DST (29 Mar) so 10:00 local = +02:00, not +01:00.")


# ---- b10 Plain human thread: propose / yes / invite coming
def b10():
    c = "b10-human-thread-three-messages"
    user = "kofi.mensah@quickpost.example"
    rec = "avery.lindgren@tidepoolsoftware.example"
    start = at(2026, 2, 4, 10, 0, "America/Los_Angeles", "-08:00")
    end = at(2026, 2, 4, 10, 30, "America/Los_Angeles", "-08:00")
    m1 = "<CAF3x9Qk2aL7pR0wz@mail.tidepoolsoftware.example>"
    m2 = "<CAJm5u1Hd0vX8e3nQ@mail.quickpost.example>"
    m3 = "<CAF3x9Qk7bT2sW4yz@mail.tidepoolsoftware.example>"
    mail(c, "01-frontend-role-quick-call.eml", delivered_to=user,
         frm=f'Avery Lindgren <{rec}>', to=f'Kofi Mensah <{user}>',
         subject="Frontend Engineer at Tidepool - quick call?",
         date=hdr_date(2026, 2, 2, 9, 14, "America/Los_Angeles"), msgid=m1,
         text="""\
         Hi Kofi,

         Thanks for applying for the Frontend Engineer role at Tidepool Software - your work on the
         accessibility tooling caught our eye.

         I'd love to set up a 30-minute intro call with me to talk through the role and your background.
         Does Wed 10am PT work for you?

         Best,
         Avery Lindgren
         Technical Recruiter, Tidepool Software
         """)
    mail(c, "02-re-frontend-role-quick-call.eml",
         frm=f'Kofi Mensah <{user}>', to=f'Avery Lindgren <{rec}>',
         subject="Re: Frontend Engineer at Tidepool - quick call?",
         date=hdr_date(2026, 2, 2, 14, 40, "America/New_York"), msgid=m2, in_reply_to=m1, references=m1,
         text=f"""\
         Hi Avery,

         Yes, that works for me - talk then! The best number to reach me is +1 617 555 0142.

         Kofi

         On Mon, Feb 2, 2026 at 9:14 AM Avery Lindgren <{rec}> wrote:
         > Hi Kofi,
         > I'd love to set up a 30-minute intro call with me to talk through the role and your background.
         > Does Wed 10am PT work for you?
         """)
    mail(c, "03-re-re-frontend-role-quick-call.eml", delivered_to=user,
         frm=f'Avery Lindgren <{rec}>', to=f'Kofi Mensah <{user}>',
         subject="Re: Frontend Engineer at Tidepool - quick call?",
         date=hdr_date(2026, 2, 2, 12, 5, "America/Los_Angeles"), msgid=m3, in_reply_to=m2,
         references=f"{m1} {m2}",
         text=f"""\
         Great, invite coming shortly. Talk Wednesday!

         Avery

         On Mon, Feb 2, 2026 at 2:40 PM Kofi Mensah <{user}> wrote:
         > Yes, that works for me - talk then!
         """)
    label(c, user=user, interviews=[iv("Tidepool Software", "Frontend Engineer", start, end, "scheduled",
                                       [rec], [rec], "phone_screen")],
          difficulty="hard", category="positive/thread",
          notes="Time agreed across 3 messages: 'Wed 10am PT' proposed Mon 2 Feb -> Wed 4 Feb 10:00 PST (-08:00); "
                "30-minute call with the recruiter herself. The candidate's 'yes' (sent item, no Delivered-To) is message 2; "
                "no invite is in the case.")


# ---- b11 Reschedule: updated invite arrives BEFORE the original in file order
def b11():
    c = "b11-reschedule-update-before-original"
    user = "noor.haddad@inboxly.example"
    tz = "America/Denver"
    orig_s = at(2026, 6, 9, 14, 0, tz, "-06:00")
    start = at(2026, 6, 11, 15, 0, tz, "-06:00")
    end = at(2026, 6, 11, 16, 0, tz, "-06:00")
    uid = "7hq2nmd0c4p1s8v6k3r9t5w2ya@google.example"
    org = "meera.kulkarni@saltgrassgames.example"
    ivr = "jonas.eberle@saltgrassgames.example"

    def inv(seq, day, sh, eh, stamp):
        return ics_text(f"""\
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {VTZ_DENVER}
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:202606{day:02d}T{sh:02d}0000
        DTEND;TZID=America/Denver:202606{day:02d}T{eh:02d}0000
        DTSTAMP:{stamp}
        ORGANIZER;CN=Meera Kulkarni:mailto:{org}
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Meera Kulkarni;X-NUM-GUESTS=0:mailto:{org}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas Eberle;X-NUM-GUESTS=0:mailto:{ivr}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={user};X-NUM-GUESTS=0:mailto:{user}
        DESCRIPTION:Gameplay Engineer - technical interview with Jonas Eberle (Lead Gameplay Programmer). We'll look at a small Unity/C# exercise together.\\n\\nJoin with Google Meet: https://meet.google.example/sgm-tech-int
        SEQUENCE:{seq}
        STATUS:CONFIRMED
        SUMMARY:Saltgrass Games - Technical Interview (Noor Haddad)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    ics1 = inv(1, 11, 15, 16, "20260605T222000Z")
    t, h = google_invite_bodies("Saltgrass Games - Technical Interview (Noor Haddad)",
                                "Thursday Jun 11, 2026 ⋅ 3pm – 4pm (Mountain Time - Denver)", org,
                                ["Meera Kulkarni - organizer", "Jonas Eberle", user],
                                "This event has been changed.\nNew time: Thursday Jun 11, 2026 3pm - 4pm\n"
                                "Gameplay Engineer - technical interview with Jonas Eberle (Lead Gameplay Programmer).",
                                "https://meet.google.example/sgm-tech-int")
    mail(c, "01-updated-invitation.eml", delivered_to=user,
         frm=f'"Meera Kulkarni" <{org}>', sender="Google Calendar <calendar-notification@google.example>",
         reply_to=org, to=user,
         subject=f"Updated invitation: Saltgrass Games - Technical Interview (Noor Haddad) @ Thu Jun 11, 2026 3pm - 4pm (MDT) ({user})",
         date=hdr_date(2026, 6, 5, 16, 20, tz), msgid="<calendar-upd-b9e2f4a0-11c7@google.example>",
         text=t, html=h, calendar=ics1, ics_attachment=ics1)
    ics0 = inv(0, 9, 14, 15, "20260601T160500Z")
    t, h = google_invite_bodies("Saltgrass Games - Technical Interview (Noor Haddad)",
                                "Tuesday Jun 9, 2026 ⋅ 2pm – 3pm (Mountain Time - Denver)", org,
                                ["Meera Kulkarni - organizer", "Jonas Eberle", user],
                                "Gameplay Engineer - technical interview with Jonas Eberle (Lead Gameplay Programmer).",
                                "https://meet.google.example/sgm-tech-int")
    mail(c, "02-invitation.eml", delivered_to=user,
         frm=f'"Meera Kulkarni" <{org}>', sender="Google Calendar <calendar-notification@google.example>",
         reply_to=org, to=user,
         subject=f"Invitation: Saltgrass Games - Technical Interview (Noor Haddad) @ Tue Jun 9, 2026 2pm - 3pm (MDT) ({user})",
         date=hdr_date(2026, 6, 1, 10, 5, tz), msgid="<calendar-new-5a3c8d71-02e4@google.example>",
         text=t, html=h, calendar=ics0, ics_attachment=ics0)
    label(c, user=user, interviews=[iv("Saltgrass Games", "Gameplay Engineer", start, end, "scheduled",
                                       [ivr], [ivr], "technical")],
          difficulty="hard", category="positive/reschedule",
          notes=f"Same UID; SEQUENCE:1 update (Thu Jun 11 15:00 MDT) is file 01, SEQUENCE:0 original (was {orig_s}) is "
                "file 02 (mail Date headers show the real order). Final state = Thursday. Organizer is a recruiter.")


# ---- b12 Company cancels over email
def b12():
    c = "b12-company-cancels-by-email"
    user = "george.achterberg@postbox.example"
    tz = "Europe/London"
    rec = "callum.reid@pembertonvale.example"
    ivr = "aoife.brennan@pembertonvale.example"
    start = at(2026, 5, 18, 16, 0, tz, "+01:00")
    end = at(2026, 5, 18, 16, 45, tz, "+01:00")
    m1 = "<PV-2026-05-05-a81f@pembertonvale.example>"
    m2 = "<PV-2026-05-14-c22e@pembertonvale.example>"
    mail(c, "01-first-stage-interview-confirmation.eml", delivered_to=user,
         frm=f'Callum Reid <{rec}>', to=f'George Achterberg <{user}>',
         subject="Treasury Analyst - first stage interview",
         date=hdr_date(2026, 5, 5, 11, 22, tz), msgid=m1,
         text=f"""\
         Dear George,

         Thank you for your application for the Treasury Analyst role at Pemberton & Vale.

         I'm pleased to confirm your first-stage interview on Monday 18 May at 4pm (UK time). It will last
         around 45 minutes and will be held on Microsoft Teams with Aoife Brennan ({ivr}), our Head of
         Treasury. I'll send the joining link the day before.

         Kind regards,
         Callum Reid
         Recruitment Partner | Pemberton & Vale
         """)
    mail(c, "02-re-first-stage-interview.eml", delivered_to=user,
         frm=f'Callum Reid <{rec}>', to=f'George Achterberg <{user}>',
         subject="RE: Treasury Analyst - first stage interview",
         date=hdr_date(2026, 5, 14, 9, 48, tz), msgid=m2, in_reply_to=m1, references=m1,
         text="""\
         Dear George,

         I'm very sorry to be writing with this news, but we need to cancel your interview on Monday.
         The Treasury Analyst position has been put on hold following an internal restructure, and we are
         not able to progress any candidates at this stage.

         I'll be in touch if the role reopens. Thank you for your understanding, and apologies for the
         inconvenience.

         Kind regards,
         Callum
         """, text_cte="base64")
    label(c, user=user, interviews=[iv("Pemberton & Vale", "Treasury Analyst", start, end, "cancelled",
                                       [ivr], [ivr], "hiring_manager")],
          difficulty="medium", category="positive/cancellation",
          notes="Interview confirmed by e-mail (Mon 18 May 16:00 BST = +01:00, 45 min), then cancelled by the company "
                "in a reply (base64 body). Cancellation-only case: no scheduled interview remains.")


# ---- b13 Candidate withdraws (Auckland, before NZ DST)
def b13():
    c = "b13-candidate-withdrawal"
    user = "hemi.walker@kiwimail.example"
    tz = "Pacific/Auckland"
    rec = "tamsin.gould@kererupay.example"
    ivr = "rawiri.ngata@kererupay.example"
    start = at(2026, 9, 24, 11, 0, tz, "+12:00")
    end = at(2026, 9, 24, 12, 0, tz, "+12:00")
    uid = "1n7c0vq3r8m2k5x9d4h6p0s1ta@google.example"
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:REQUEST
    {VTZ_AUCKLAND}
    BEGIN:VEVENT
    DTSTART;TZID=Pacific/Auckland:20260924T110000
    DTEND;TZID=Pacific/Auckland:20260924T120000
    DTSTAMP:20260915T013300Z
    ORGANIZER;CN=Tamsin Gould:mailto:{rec}
    UID:{uid}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rawiri Ngata;X-NUM-GUESTS=0:mailto:{ivr}
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hemi Walker;X-NUM-GUESTS=0:mailto:{user}
    DESCRIPTION:Site Reliability Engineer - technical interview with Rawiri Ngata (Principal SRE).\\nJoin with Google Meet: https://meet.google.example/krp-sre-int
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Kereru Payments | SRE technical interview | Hemi Walker
    END:VEVENT
    END:VCALENDAR
    """)
    t, h = google_invite_bodies("Kereru Payments | SRE technical interview | Hemi Walker",
                                "Thursday 24 Sep 2026 ⋅ 11am – 12pm (New Zealand Time)", rec,
                                ["Tamsin Gould - organiser", "Rawiri Ngata", user],
                                "Site Reliability Engineer - technical interview with Rawiri Ngata (Principal SRE).",
                                "https://meet.google.example/krp-sre-int")
    m1 = "<calendar-9f1e22d0-aa01@google.example>"
    mail(c, "01-invitation-sre-technical-interview.eml", delivered_to=user,
         frm=f'"Tamsin Gould" <{rec}>', sender="Google Calendar <calendar-notification@google.example>",
         reply_to=rec, to=user,
         subject=f"Invitation: Kereru Payments | SRE technical interview | Hemi Walker @ Thu 24 Sep 2026 11am - 12pm (NZST) ({user})",
         date=hdr_date(2026, 9, 15, 13, 33, tz), msgid=m1, text=t, html=h, calendar=ics, ics_attachment=ics)
    m2 = "<CAHw1kiwi8Zr0aQp@mail.kiwimail.example>"
    mail(c, "02-withdrawing-my-application.eml",
         frm=f'Hemi Walker <{user}>', to=f'Tamsin Gould <{rec}>',
         subject="Withdrawing my application - Site Reliability Engineer",
         date=hdr_date(2026, 9, 21, 8, 2, tz), msgid=m2,
         text="""\
         Kia ora Tamsin,

         Thank you so much for your time throughout the process. I've just accepted another offer, so I'd
         like to withdraw my application for the Site Reliability Engineer role. Could you please cancel
         Thursday's interview with Rawiri and pass on my apologies?

         Ngā mihi,
         Hemi
         """, text_cte="quoted-printable")
    mail(c, "03-re-withdrawing-my-application.eml", delivered_to=user,
         frm=f'Tamsin Gould <{rec}>', to=f'Hemi Walker <{user}>',
         subject="Re: Withdrawing my application - Site Reliability Engineer",
         date=hdr_date(2026, 9, 21, 9, 40, tz), msgid="<CAKt9mg0uLd2@mail.kererupay.example>",
         in_reply_to=m2, references=m2,
         text="""\
         Hi Hemi,

         Thanks for letting me know, and congratulations on the new role! I've let Rawiri know and taken
         Thursday's session out of the diary. All the best.

         Tamsin
         """)
    label(c, user=user, interviews=[iv("Kereru Payments", "Site Reliability Engineer", start, end, "cancelled",
                                       [ivr], [ivr], "technical")],
          difficulty="hard", category="positive/cancellation",
          notes="Google invite (Thu 24 Sep 11:00 NZST; NZ DST starts 27 Sep so +12:00), then the candidate withdraws "
                "by e-mail (sent item) and the recruiter confirms; no METHOD:CANCEL is ever sent. Final: cancelled.")


# ---- b14 French recruiter mail, time only in the body
def b14():
    c = "b14-french-recruiter-body-only"
    user = "camille.arnaud@courriel.example"
    tz = "Europe/Paris"
    rec = "julien.marchetti@maisonvertbois.example"
    ivr = "solene.garnier@maisonvertbois.example"
    start = at(2026, 4, 2, 14, 30, tz, "+02:00")
    end = at(2026, 4, 2, 15, 30, tz, "+02:00")
    mail(c, "01-confirmation-entretien.eml", delivered_to=user,
         frm=f'Julien Marchetti <{rec}>', to=f'Camille Arnaud <{user}>',
         subject="Confirmation de votre entretien - Cheffe de projet data",
         date=hdr_date(2026, 3, 23, 17, 6, tz), msgid="<7c1e0b2a-maisonvertbois-rh-0323@maisonvertbois.example>",
         text=f"""\
         Bonjour Camille,

         Suite à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer votre entretien
         pour le poste de Cheffe de projet data (CDI) le jeudi 2 avril 2026 à 14h30, heure de Paris.

         L'entretien durera environ une heure. Vous rencontrerez Solène Garnier, Directrice Data
         ({ivr}), dans nos locaux : 18 rue des Tanneurs, 69002 Lyon (2e étage, accueil Maison Vertbois).

         Pensez à vous munir d'une pièce d'identité pour l'accueil. N'hésitez pas à me contacter pour
         toute question.

         Bien cordialement,

         Julien Marchetti
         Chargé de recrutement - Maison Vertbois
         04 72 00 00 00
         """, text_cte="quoted-printable",
         html=f"""\
         <html><body style="font-family:Arial">
         <p>Bonjour Camille,</p>
         <p>Suite à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer votre entretien pour le poste de
         <b>Cheffe de projet data (CDI)</b> le <b>jeudi 2 avril 2026 à 14h30</b>, heure de Paris.</p>
         <p>L'entretien durera environ une heure. Vous rencontrerez Solène Garnier, Directrice Data
         (<a href="mailto:{ivr}">{ivr}</a>), dans nos locaux : 18 rue des Tanneurs, 69002 Lyon.</p>
         <p>Bien cordialement,<br>Julien Marchetti<br>Chargé de recrutement - Maison Vertbois</p>
         </body></html>
         """, html_cte="quoted-printable")
    label(c, user=user, interviews=[iv("Maison Vertbois", "Cheffe de projet data", start, end, "scheduled",
                                       [ivr], [ivr], "hiring_manager")],
          difficulty="hard", category="positive/non-english",
          notes="French, QP; 'jeudi 2 avril 2026 à 14h30, heure de Paris', 'environ une heure'. Sent under CET "
                "(+01:00) on 23 Mar; interview after EU DST (29 Mar) -> +02:00. In person with the Data director.")


# ---- b15 Final round with the CEO as a "chat" (mail + Calendar API event)
def b15():
    c = "b15-ceo-final-chat"
    user = "beatriz.souza@caixapostal.example"
    tz = "America/Sao_Paulo"
    rec = "renata.alves@capivaracloud.example"
    ceo = "thiago.moreira@capivaracloud.example"
    start = at(2026, 6, 12, 15, 0, tz, "-03:00")
    end = at(2026, 6, 12, 15, 30, tz, "-03:00")
    mail(c, "01-final-step-chat-with-thiago.eml", delivered_to=user,
         frm=f'Renata Alves <{rec}>', to=f'Beatriz Souza <{user}>',
         subject="Next (and last!) step - a chat with Thiago",
         date=hdr_date(2026, 6, 8, 10, 12, tz), msgid="<CAP1vara-final-step-0608@capivaracloud.example>",
         text="""\
         Hi Beatriz,

         Great news - the team loved meeting you, and you're through to the final step for the Head of
         Customer Success role!

         Our CEO, Thiago Moreira, would love a relaxed chat with you - no preparation needed, it's really
         about getting to know each other. I've put it in the calendar for Friday, 12 June, 3:00-3:30 pm
         (Brasília time) on Google Meet. You should see the invite from Thiago shortly.

         Boa sorte!
         Renata Alves
         People & Talent, Capivara Cloud
         """)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3391028734512000\"",
        "id": "4k1vq7m2c9p3d8s0n6r5t2x1yb",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NGsxdnE3bTJjOXAzZDhzMG42cjV0MngxeWI",
        "created": "2026-06-08T13:20:11.000Z",
        "updated": "2026-06-08T13:20:44.371Z",
        "summary": "Beatriz <> Thiago - chat",
        "description": "Informal conversation - final step for Head of Customer Success. No prep needed!",
        "creator": {"email": ceo, "displayName": "Thiago Moreira"},
        "organizer": {"email": ceo, "displayName": "Thiago Moreira"},
        "start": {"dateTime": start, "timeZone": tz},
        "end": {"dateTime": end, "timeZone": tz},
        "iCalUID": "4k1vq7m2c9p3d8s0n6r5t2x1yb@google.example",
        "sequence": 0,
        "attendees": [
            {"email": ceo, "displayName": "Thiago Moreira", "organizer": True, "responseStatus": "accepted"},
            {"email": user, "displayName": "Beatriz Souza", "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.example/cpv-ceo-chat",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.example/cpv-ceo-chat",
                                            "label": "meet.google.example/cpv-ceo-chat"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "cpv-ceo-chat"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add_file(c, "02-chat-with-thiago.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())
    label(c, user=user, interviews=[iv("Capivara Cloud", "Head of Customer Success", start, end, "scheduled",
                                       [ceo], [ceo], "other")],
          difficulty="hard", category="positive/founder-chat",
          notes="Final step framed as a relaxed 'chat' with the CEO; recruiter mail + Calendar API event whose summary "
                "never says 'interview'. Sao Paulo has no DST (-03:00). One interview (dedupe).")


# ================================================================== NEGATIVES
def b16():
    c = "b16-neg-interview-prep-newsletter"
    user = "rhea.castellanos@fastpost.example"
    mail(c, "01-offer-desk-weekly.eml", delivered_to=user,
         frm='"The Offer Desk" <hello@offerdesk-news.example>', to=user,
         subject="Interview on Tuesday? Read this first (+ live workshop Thursday)",
         date=hdr_date(2026, 3, 9, 6, 0, "America/New_York"), msgid="<nl.2026-03-09.88412@offerdesk-news.example>",
         extra=[("List-Unsubscribe", "<https://offerdesk-news.example/u/88412>, <mailto:unsub@offerdesk-news.example>"),
                ("List-Id", "The Offer Desk weekly <weekly.offerdesk-news.example>"), ("Precedence", "bulk")],
         text="""\
         THE OFFER DESK - issue #112

         Got an interview coming up on Tuesday? Here are the five questions hiring managers wish you
         asked at the end of your interview, plus a 20-minute warm-up routine for the morning of.

         LIVE WORKSHOP: "Acing the system design interview"
         Thursday, March 12, 2026 at 12:00 PM ET (45 minutes) - save your seat:
         https://offerdesk-news.example/workshops/system-design

         This week's reads
         - How to follow up after an onsite (with templates)
         - Salary talk: when to mention numbers
         - Why your phone screen went quiet

         You're receiving this because you subscribed at offerdesk-news.example.
         Unsubscribe: https://offerdesk-news.example/u/88412
         """,
         html="""\
         <html><body><table width="640"><tr><td>
         <h1>The Offer Desk</h1><p>Got an interview coming up on Tuesday? Here are the five questions hiring managers wish you asked.</p>
         <h2>LIVE WORKSHOP: Acing the system design interview</h2>
         <p>Thursday, March 12, 2026 at 12:00 PM ET (45 minutes) &mdash; <a href="https://offerdesk-news.example/workshops/system-design">save your seat</a></p>
         <p style="font-size:11px"><a href="https://offerdesk-news.example/u/88412">Unsubscribe</a></p>
         </td></tr></table></body></html>
         """, html_cte="base64")
    label(c, user=user, interviews=[], difficulty="easy", category="negative/newsletter",
          notes="Interview-prep newsletter with a dated webinar; mentions interviews generically.")


def b17():
    c = "b17-neg-recruiter-viewed-profile"
    user = "dmitri.volkov.dev@inboxly.example"
    mail(c, "01-recruiter-viewed-your-profile.eml", delivered_to=user,
         frm='"ProLink" <notifications-noreply@prolink.example>', to=f'Dmitri Volkov <{user}>',
         subject="A recruiter from Nimbus Freight viewed your profile",
         date=hdr_date(2026, 5, 12, 8, 31, "UTC"), msgid="<pl-notif-1b7f2e3d4c5a@prolink.example>",
         extra=[("List-Unsubscribe", "<https://prolink.example/settings/notifications>")],
         text="""\
         Dmitri, your profile is getting noticed.

         Sonia Patel, Technical Recruiter at Nimbus Freight, viewed your profile.
         Nimbus Freight is hiring for 4 roles that match your skills, including Senior Backend Engineer.

         You appeared in 14 searches this week.

         Message Sonia: https://prolink.example/messaging/compose?to=sonia-patel-nf
         See all views: https://prolink.example/me/profile-views

         Get hired faster: try ProLink Premium free for 1 month and see everyone who viewed your profile.
         """,
         html="""\
         <html><body><p>Dmitri, your profile is getting noticed.</p>
         <p><b>Sonia Patel</b>, Technical Recruiter at Nimbus Freight, viewed your profile.</p>
         <p>Nimbus Freight is hiring for 4 roles that match your skills.</p>
         <p><a href="https://prolink.example/messaging/compose?to=sonia-patel-nf">Message Sonia</a></p></body></html>
         """)
    label(c, user=user, interviews=[], difficulty="easy", category="negative/recruiter-outreach",
          notes="Social-network profile-view notification.")


def b18():
    c = "b18-neg-rejection-after-interview"
    user = "ines.duarte@correio.example"
    mail(c, "01-update-on-your-application.eml", delivered_to=user,
         frm='Elif Kaya <elif.kaya@saffronbyte.example>', to=f'Ines Duarte <{user}>',
         subject="Update on your application - Saffronbyte",
         date=hdr_date(2026, 4, 20, 16, 2, "Europe/London"), msgid="<SB-TA-5531-20260420@saffronbyte.example>",
         text="""\
         Hi Ines,

         Thank you for taking the time to speak with Daniel and the team during your interview last week
         (Tuesday 14 April at 2pm). We really enjoyed the conversation about your migration work.

         After careful consideration, we've decided not to move forward with your application for the
         Cloud Engineer position at this time. This was a difficult decision given the strength of the
         candidates we met.

         We'd be glad to keep your details on file for future roles. Wishing you every success.

         Best regards,
         Elif Kaya
         Talent Acquisition, Saffronbyte
         """)
    label(c, user=user, interviews=[], difficulty="medium", category="negative/rejection",
          notes="Rejection that references a past interview with an explicit date/time; rejections are not interviews.")


def b19():
    c = "b19-neg-offer-letter"
    user = "kofi.mensah@quickpost.example"
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    mail(c, "01-offer-of-employment.eml", delivered_to=user,
         frm='Hollis Grant <hollis.grant@tessellate.example>', to=f'Kofi Mensah <{user}>',
         cc='Mirela Costin <mirela.costin@tessellate.example>',
         subject="Offer of employment - Tessellate Systems",
         date=hdr_date(2026, 6, 8, 17, 45, "America/New_York"), msgid="<offer-tsl-20260608-kmensah@tessellate.example>",
         text="""\
         Dear Kofi,

         Following your interviews with Mirela, Sam and Joaquim on 2 and 3 June, I'm delighted to offer you
         the position of Senior Frontend Engineer at Tessellate Systems!

         Your offer letter is attached. Highlights:
           - Start date: Monday, July 6, 2026
           - Base salary: $172,000 plus equity (details in the letter)

         I'd be happy to walk you through the package - I've held Friday, June 12 at 11:00 AM ET for a
         quick call, but any time that week works. Please sign via the link in the letter by June 19.

         Congratulations again - the whole panel was impressed.

         Warmly,
         Hollis Grant
         Head of People, Tessellate Systems
         """, attachments=[("Tessellate_Offer_Kofi_Mensah.pdf", "application", "pdf", pdf)])
    label(c, user=user, interviews=[], difficulty="medium", category="negative/offer",
          notes="Offer letter that names past interview dates and proposes a package walkthrough call; not an interview.")


def b20():
    c = "b20-neg-user-is-greenhouse-interviewer"
    user = "sam.okafor@harlowbio.example"
    tz = "America/New_York"
    s = at(2026, 4, 23, 13, 0, tz, "-04:00")
    e = at(2026, 4, 23, 13, 45, tz, "-04:00")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Greenhouse//Interview Scheduler//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:gh-interview-5518832-harlowbio
    DTSTAMP:20260417T190000Z
    DTSTART:{utc_stamp(s)}
    DTEND:{utc_stamp(e)}
    SUMMARY:Interview: Jane Doe - Technical Screen (Senior Data Engineer)
    DESCRIPTION:You are interviewing Jane Doe for Senior Data Engineer.\\nInterview kit: https://app.greenhouse.example/guides/5518832\\nPlease submit your scorecard within 24 hours.
    LOCATION:https://harlowbio.zoom.example/j/55188320
    ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@harlowbio.example
    ATTENDEE;CN=Sam Okafor;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{user}
    SEQUENCE:0
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-youre-scheduled-to-interview.eml", delivered_to=user,
         frm='"Greenhouse" <no-reply@greenhouse-mail.example>',
         reply_to='Priya Natarajan <priya.natarajan@harlowbio.example>', to=f'Sam Okafor <{user}>',
         subject="You're scheduled to interview Jane Doe for Senior Data Engineer",
         date=hdr_date(2026, 4, 17, 15, 0, tz), msgid="<gh.int.5518832.a1@greenhouse-mail.example>",
         text="""\
         Hi Sam,

         You're scheduled to interview Jane Doe for the Senior Data Engineer role.

         Interview: Technical Screen
         When: Thursday, April 23, 2026, 1:00 PM - 1:45 PM EDT
         Where: https://harlowbio.zoom.example/j/55188320

         Interview kit: https://app.greenhouse.example/guides/5518832
         Candidate resume: https://app.greenhouse.example/people/88102/resume

         Please submit your scorecard within 24 hours of the interview.

         Thanks,
         Priya Natarajan, Recruiting Coordinator (Harlow Bio)
         """, ics_attachment=ics, ics_filename="interview.ics")
    label(c, user=user, interviews=[], difficulty="medium", category="negative/user-is-interviewer",
          notes="Greenhouse interviewer notification: the mailbox owner interviews a candidate (scorecard, interview kit).")


def b21():
    c = "b21-neg-paid-user-research-session"
    user = "marisol.quintero@mailhaven.example"
    tz = "America/New_York"
    s = at(2026, 5, 20, 17, 0, tz, "-04:00")
    e = at(2026, 5, 20, 18, 0, tz, "-04:00")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Fernhill Research//Sessions//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:fr-session-20260520-mq-4471
    DTSTAMP:20260514T160000Z
    DTSTART:{utc_stamp(s)}
    DTEND:{utc_stamp(e)}
    SUMMARY:Fernhill user interview - research session (60 min)
    DESCRIPTION:Remote research session with the Fernhill product research team. $120 e-gift card thank-you.
    LOCATION:https://fernhill-research.example/room/4471
    ORGANIZER;CN=Fernhill Research:mailto:studies@fernhill-research.example
    ATTENDEE;CN=Marisol Quintero;RSVP=TRUE:mailto:{user}
    ATTENDEE;CN=Owen Tracy;PARTSTAT=ACCEPTED:mailto:owen.tracy@fernhill-research.example
    SEQUENCE:0
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-research-session-confirmed.eml", delivered_to=user,
         frm='"Fernhill Research" <studies@fernhill-research.example>',
         reply_to='Owen Tracy <owen.tracy@fernhill-research.example>', to=user,
         subject="You're confirmed: 60-min user interview on May 20 ($120 thank-you)",
         date=hdr_date(2026, 5, 14, 12, 0, tz), msgid="<fr-confirm-4471@fernhill-research.example>",
         text="""\
         Hi Marisol,

         Thanks for booking a session with the Fernhill product research team! In this 60-minute user
         interview, Owen Tracy (UX Researcher) will ask how you plan and track your household budget and
         show you a couple of early prototypes. There are no right or wrong answers.

         When: Wednesday, May 20, 2026, 5:00 - 6:00 PM Eastern
         Where: https://fernhill-research.example/room/4471 (camera on, please)

         As a thank-you, you'll receive a $120 e-gift card within 3 business days after the session.

         The Fernhill Research team
         """, calendar=ics, cal_in_alternative=True)
    label(c, user=user, interviews=[], difficulty="medium", category="negative/user-research",
          notes="Paid user-research session called a 'user interview', with a calendar invite and a named researcher.")


def b22():
    c = "b22-neg-podcast-guest-calendly"
    user = "priscilla.nakamura@webpost.example"
    tz = "America/Los_Angeles"
    s = at(2026, 5, 13, 9, 0, tz, "-07:00")
    e = at(2026, 5, 13, 10, 0, tz, "-07:00")
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Calendly//Calendly//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:calendly-a91b3c55-podcast-buildlog
    DTSTAMP:20260428T170000Z
    DTSTART:{utc_stamp(s)}
    DTEND:{utc_stamp(e)}
    SUMMARY:Guest interview - The Build Log podcast (Priscilla Nakamura)
    DESCRIPTION:Host: Marisa Chen\\nRecording via Riverside: https://riverside.example/studio/buildlog
    ORGANIZER;CN=Marisa Chen:mailto:marisa@thebuildlog.example
    ATTENDEE;CN=Priscilla Nakamura;PARTSTAT=ACCEPTED:mailto:{user}
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-calendly-podcast-confirmed.eml", delivered_to=user,
         frm='"Calendly" <notifications@calendly.example>', reply_to='Marisa Chen <marisa@thebuildlog.example>',
         to=user, subject="Confirmed: Guest interview - The Build Log podcast with Marisa Chen on Wednesday, May 13, 2026",
         date=hdr_date(2026, 4, 28, 10, 0, tz), msgid="<calendly.inv.podcast77@calendly.example>",
         text="""\
         Hi Priscilla Nakamura,

         Your Guest interview - The Build Log podcast with Marisa Chen is confirmed.

         Event Type: Guest interview - The Build Log podcast (60 min)
         Host: Marisa Chen
         Date/Time: 9:00am - 10:00am, Wednesday, May 13, 2026 (Pacific Time - US & Canada)
         Location: Riverside studio - https://riverside.example/studio/buildlog

         Questions shared: "What would you like to talk about?" - Your answer: Our zero-trust migration story
         and lessons for small security teams.

         We record audio + video; the episode usually goes live about three weeks later.

         Cancel: https://calendly.example/cancellations/a91b3c55
         Reschedule: https://calendly.example/reschedulings/a91b3c55
         """, ics_attachment=ics)
    label(c, user=user, interviews=[], difficulty="medium", category="negative/podcast",
          notes="Podcast guest booking via Calendly ('Guest interview'); press/podcast interviews are not job interviews.")


def b23():
    c = "b23-neg-doctor-appointment"
    user = "noor.haddad@inboxly.example"
    tz = "America/Denver"
    s = at(2026, 6, 16, 8, 20, tz, "-06:00")
    e = at(2026, 6, 16, 9, 0, tz, "-06:00")
    mail(c, "01-appointment-confirmation.eml", delivered_to=user,
         frm='"Lakeside Family Medicine" <noreply@lakesidefm-portal.example>', to=user,
         subject="Appointment confirmed: Tue, Jun 16 at 8:20 AM",
         date=hdr_date(2026, 6, 2, 14, 0, tz), msgid="<appt-771203-lfm@lakesidefm-portal.example>",
         text="""\
         Hello Noor,

         Your appointment is confirmed.

         Provider: Dr. Adaeze Okafor, MD
         Visit type: Annual physical (40 min)
         When: Tuesday, June 16, 2026 at 8:20 AM
         Where: Lakeside Family Medicine, 1450 Clarkson St, Suite 200, Denver

         Please arrive 15 minutes early and bring your insurance card. Reply C to cancel.
         """)
    ev = {
        "kind": "calendar#event", "etag": "\"3392200011234000\"", "id": "lfm771203noorannual",
        "status": "confirmed", "htmlLink": "https://www.google.example/calendar/event?eid=bGZtNzcxMjAz",
        "created": "2026-06-02T20:01:00.000Z", "updated": "2026-06-02T20:01:00.000Z",
        "summary": "Dr. Okafor - annual physical",
        "location": "Lakeside Family Medicine, 1450 Clarkson St, Suite 200, Denver",
        "description": "Bring insurance card. Fasting bloodwork - no food after midnight.",
        "creator": {"email": user, "self": True}, "organizer": {"email": user, "self": True},
        "start": {"dateTime": s, "timeZone": tz}, "end": {"dateTime": e, "timeZone": tz},
        "iCalUID": "lfm771203noorannual@google.example", "sequence": 0,
        "attendees": [{"email": user, "self": True, "organizer": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]},
        "eventType": "default",
    }
    add_file(c, "02-dr-okafor-annual-physical.gcal.json", (json.dumps(ev, indent=2) + "\n").encode())
    label(c, user=user, interviews=[], difficulty="easy", category="negative/appointment",
          notes="Clinic confirmation mail + the user's own calendar event for a doctor visit.")


def b24():
    c = "b24-neg-employer-team-offsite"
    user = "ravi.subramanian@postbox.example"
    mgr = "hannah.kowalski@wexfordsystems.example"
    ics = ics_text(f"""\
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    BEGIN:VTIMEZONE
    TZID:Central Standard Time
    BEGIN:STANDARD
    DTSTART:16010101T020000
    TZOFFSETFROM:-0500
    TZOFFSETTO:-0600
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:16010101T020000
    TZOFFSETFROM:-0600
    TZOFFSETTO:-0500
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
    END:DAYLIGHT
    END:VTIMEZONE
    BEGIN:VEVENT
    ORGANIZER;CN=Hannah Kowalski:mailto:{mgr}
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Platform Team:mailto:platform-team@wexfordsystems.example
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ravi Subramanian:mailto:{user}
    ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ortega:mailto:luis.ortega@wexfordsystems.example
    DESCRIPTION;LANGUAGE=en-US:Platform team offsite - Q3 planning.\\n09:30 Breakfast\\n10:00 H1 retro\\n11:00 Q3 roadmap\\n13:30 Hiring: interview loop calibration & panel training\\n15:00 Team activity (kayaking)
    UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000010000000C0FFEE00112233445566778899AABB
    SUMMARY;LANGUAGE=en-US:Platform Team Offsite - Q3 planning
    DTSTART;TZID=Central Standard Time:20260710T093000
    DTEND;TZID=Central Standard Time:20260710T170000
    LOCATION;LANGUAGE=en-US:Riverside Lodge\\, Stillwater
    STATUS:CONFIRMED
    SEQUENCE:0
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
    X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
    END:VEVENT
    END:VCALENDAR
    """)
    mail(c, "01-platform-team-offsite.eml", delivered_to=user,
         frm=f'Hannah Kowalski <{mgr}>',
         to='Platform Team <platform-team@wexfordsystems.example>', cc=f'Ravi Subramanian <{user}>',
         subject="Platform Team Offsite - Q3 planning",
         date=hdr_date(2026, 6, 22, 13, 10, "America/Chicago"),
         msgid="<SA1PR04MB8830AB12CD34EF56@SA1PR04MB8830.namprd04.prod.outlook.example>",
         text="""\
         Hi team,

         As promised, here's the invite for our Platform team offsite on Friday, July 10 (9:30-5:00).
         I've added personal addresses for those of you who asked, since we'll be off the VPN all day.

         Agenda: breakfast, H1 retro, Q3 roadmap, then after lunch a session on our hiring process
         (interview loop calibration and panel training for new interviewers), and kayaking to finish.

         Please RSVP by Friday so I can confirm numbers with the lodge.

         Thanks,
         Hannah
         Engineering Manager, Platform - Wexford Systems
         """, calendar=ics)
    label(c, user=user, interviews=[], difficulty="medium", category="negative/employer-internal",
          notes="Exchange invite from the user's own manager for a team offsite; agenda mentions interview-loop "
                "calibration for the team's own hiring. Not a job interview for the user.")


def b25():
    c = "b25-neg-telegram-interview-scam"
    user = "jalen.brooks@desertmail.example"
    mail(c, "01-congratulations-shortlisted.eml", delivered_to=user,
         frm='"HR Department" <hr.recruitment.dept@globalstaffing-careers.example>',
         reply_to="talentteam.onboarding@freemailer.example", to=f"undisclosed-recipients:;",
         subject="Congratulations!! Remote Data Entry Interview Invitation",
         date=hdr_date(2026, 3, 20, 3, 12, "UTC"), msgid="<20260320031244.Horde.x8Kk@globalstaffing-careers.example>",
         text="""\
         Dear Applicant,

         Congratulations! Your resume has been reviewed and you have been SHORTLISTED for the position of
         Remote Data Entry Clerk ($45/hr, flexible hours, full benefits) at Brixton Meridian Holdings.

         Your interview will be conducted via Telegram text chat with our Hiring Manager, Mr. Walter Greene
         (Telegram: @WalterGreeneHR_Official) on Monday, March 23, 2026 at 10:00 AM EST.

         Please download Telegram and add the Hiring Manager before the interview. After the interview you
         will receive a check to purchase your home-office equipment from our approved vendor.

         Kindly reply with your full name, address and phone number to confirm.

         HR Department
         Brixton Meridian Holdings
         """)
    label(c, user=user, interviews=[], difficulty="medium", category="negative/scam",
          notes="Classic 'interview on Telegram' scam: generic greeting, free-mail Reply-To, equipment check.")


def main():
    for fn in (b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15,
               b16, b17, b18, b19, b20, b21, b22, b23, b24, b25):
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name[:1] == "b" and name[1:3].isdigit():
            shutil.rmtree(p)
    for case, files in FILES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for name, content in files:
            with open(os.path.join(d, name), "wb") as f:
                f.write(content)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# BLIND evaluation set - generated by make_cases.py (do not edit by hand; edit the script)\n")
        yaml.safe_dump(LABELS, f, sort_keys=True, allow_unicode=True, width=120)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative) to {HERE}")


if __name__ == "__main__":
    main()
