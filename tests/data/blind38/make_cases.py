#!/usr/bin/env python3
"""Deterministic generator for the blind38 evaluation set.

Theme: a new-grad software engineer in the US applying to ~30 companies at once.
All people, companies and domains are invented (example.com / mail.example / *.example).
Every UTC offset is computed with zoneinfo. Re-run to rewrite all case folders and labels.yaml:

    /work/venv/bin/python tests/data/blind38/make_cases.py
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
PHX = ZoneInfo("America/Phoenix")
BER = ZoneInfo("Europe/Berlin")
KOL = ZoneInfo("Asia/Kolkata")
MTL = ZoneInfo("America/Toronto")

USER = "devon.achebe@mail.example"
USER_NAME = "Devon Achebe"
USER_ADDR = f"{USER_NAME} <{USER}>"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ampm(dt, lower=False):
    s = dt.strftime("%I:%M %p").lstrip("0")
    return s.lower().replace(" ", "") if lower else s


# ---------------------------------------------------------------- iCalendar
def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ_EASTERN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]

MS_X = [
    "X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:{oid}",
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
    "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
    "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name};X-NUM-GUESTS=0:mailto:{email}")


def google_ics(uid, start, end, stamp, organizer, attendees, summary, description,
               method="REQUEST", seq=0, status="CONFIRMED", location=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        lines.append(attendee(*a))
    lines += [f"CREATED:{utcstamp(stamp - timedelta(minutes=3))}",
              f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{utcstamp(stamp)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


# ---------------------------------------------------------------- e-mail
def new_msg(frm, to, subject, date, msgid, delivered=USER, cc=None, reply_to=None,
            sender=None, in_reply_to=None, references=None, extra=None):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].rstrip(">") + ">"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or []):
        m[k] = v
    return m


def body(m, text=None, html=None, cte_text="quoted-printable", cte_html="quoted-printable"):
    if text is not None:
        m.set_content(text, cte=cte_text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte_html)
    else:
        m.set_content(html, subtype="html", cte=cte_html)
    return m


def add_cal(m, ics_text, method="REQUEST", attach=True, attach_type=("application", "ics"),
            filename="invite.ics"):
    m.add_alternative(ics_text, subtype="calendar", params={"method": method}, cte="7bit")
    if attach:
        m.add_attachment(ics_text.encode("utf-8"), maintype=attach_type[0],
                         subtype=attach_type[1], filename=filename)
    return m


def attach_ics(m, ics_text, filename):
    m.add_attachment(ics_text.encode("utf-8"), maintype="text", subtype="calendar",
                     filename=filename, params={"method": "REQUEST"})
    return m


def htmlize(text):
    paras = text.strip().split("\n\n")
    inner = "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
            + inner + "</div></body></html>\n")


def add(case_id, name, data):
    if isinstance(data, EmailMessage):
        seed = hashlib.sha1((case_id + name).encode()).hexdigest()
        for i, part in enumerate(data.walk()):
            if part.is_multipart():
                part.set_boundary(f"{i:02d}00000000{seed[:16]}")
        data = data.as_bytes(policy=POLICY)
    elif isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case_id, []).append((name, data))


def label(case_id, interviews, difficulty, category, notes):
    LABELS[case_id] = {
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
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def google_invite(uid, org, attendees, start, end, stamp, summary, description, tzlabel,
                  msgid, subject_prefix="Invitation", method="REQUEST", seq=0,
                  status="CONFIRMED", location="", tz=None):
    """Google Calendar invitation e-mail (multipart/mixed, alt + invite.ics)."""
    tz = tz or start.tzinfo
    ls, le = start.astimezone(tz), end.astimezone(tz)
    when = (f"{ls.strftime('%a %b')} {ls.day}, {ls.year} {ampm(ls, True)} - {ampm(le, True)}"
            f" ({tzlabel})")
    subj = f"{subject_prefix}: {summary} @ {when} ({USER})"
    ical = google_ics(uid, start, end, stamp, org, attendees, summary, description,
                      method=method, seq=seq, status=status, location=location)
    guests = "\n".join(a[1] if a[0] == a[1] else f"{a[0]}\n{a[1]}" for a in attendees)
    head = "This event has been canceled.\n\n" if method == "CANCEL" else ""
    text = (f"{head}{summary}\n{ls.strftime('%A %b')} {ls.day}, {ls.year} \u22c5 "
            f"{ampm(ls, True)} \u2013 {ampm(le, True)}\n{tzlabel}\n\n"
            + ("Join with Google Meet\nhttps://meet.example/" + uid[:3] + "-" + uid[3:7] + "-" + uid[7:10]
               + "\n\n" if method != "CANCEL" else "")
            + f"Organizer\n{org[0]}\n{org[1]}\n\nGuests\n{guests}\n\n{description}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.example/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    m = new_msg(f"{org[0]} <{org[1]}>", USER, subj, stamp, msgid, reply_to=f"{org[0]} <{org[1]}>",
                sender="Google Calendar <calendar-notification@calendar.mail.example>")
    body(m, text, htmlize(text), cte_text="base64")
    add_cal(m, ical, method=method)
    return m


# =====================================================================================
# POSITIVES
# =====================================================================================

def c01():
    cid = "b38-01-greenhouse-recruiter-screen-2pm-et"
    s = T(2026, 2, 17, 14, 0, NY); e = s + timedelta(minutes=30)
    sent = T(2026, 2, 11, 16, 12, NY)
    text = f"""Hi Devon,

Thanks for applying to Lumen Harbor! We'd love to set up a recruiter phone screen for the Software Engineer, New Grad (2026 Start) role.

Confirmed details:
  When: Tuesday, February 17, 2026 at 2pm ET (30 minutes)
  Who: Jonah Pierce, University Recruiter
  How: Jonah will call you at the number on your application (+1 412-555-0148)

If something comes up, you can reach Jonah directly at jonah.pierce@lumenharbor.example. A calendar file is attached for your convenience.

Best,
Marisol Vega
Recruiting Coordinator | Lumen Harbor
1200 Wharf Street, Suite 400, Baltimore, MD 21202
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Scheduler//EN",
                "METHOD:PUBLISH", "BEGIN:VEVENT",
                "UID:gh-sched-77410293-1@greenhouse-mail.example",
                f"DTSTAMP:{utcstamp(sent)}", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
                "SUMMARY:Phone Screen - Lumen Harbor (Software Engineer\\, New Grad)",
                "DESCRIPTION:Jonah Pierce will call you.",
                "LOCATION:Phone call",
                "ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@lumenharbor.example",
                "END:VEVENT", "END:VCALENDAR"])
    m = new_msg("Marisol Vega <marisol.vega@lumenharbor.example>", USER_ADDR,
                "Phone Screen Confirmation - Lumen Harbor", sent,
                "<gh.8f2a61c0d4.77410293@greenhouse-mail.example>",
                sender="Greenhouse <no-reply@greenhouse-mail.example>")
    body(m, text, htmlize(text))
    m.add_attachment(ical.encode(), maintype="text", subtype="calendar", filename="Phone_Screen.ics")
    add(cid, "01-greenhouse-phone-screen-confirmation.eml", m)
    label(cid, [iv("Lumen Harbor", "Software Engineer, New Grad (2026 Start)", s, e, "scheduled",
                   ["jonah.pierce@lumenharbor.example"], ["jonah.pierce@lumenharbor.example"],
                   "phone_screen")],
          "easy", "positive/ats-email-with-ics",
          "Greenhouse confirmation from the coordinator; the recruiter who calls gives his address.")


def c02():
    cid = "b38-02-lever-thu-3-12-430p-pst-really-pdt"
    s = T(2026, 3, 12, 16, 30, LA); e = s + timedelta(hours=1)
    sent = T(2026, 3, 5, 9, 41, LA)
    text = """Hi Devon,

You're all set! Here are the details for your upcoming interview with Fernbank Software.

Interview: Technical Interview (Pair Programming)
Position: Software Engineer I - Platform
Time: Thu 3/12 @ 4:30p PST (60 min)
Interviewer: Ines Carvalho, Software Engineer
Location: Zoom - https://zoom.example/j/84410023391

Please have a working local environment in the language of your choice. Questions? Just reply to this email and it will reach Aaron, our recruiting coordinator.

Fernbank Software Recruiting Team

--
Sent via Lever. Do not forward this email.
"""
    m = new_msg("Fernbank Software <no-reply@hire.lever-mail.example>", USER,
                "Interview Confirmation: Fernbank Software - Software Engineer I - Platform", sent,
                "<0102018e1c4d2b7a-lv-55f1@hire.lever-mail.example>",
                reply_to="Aaron Feld <aaron.feld@fernbank.example>")
    body(m, text, htmlize(text))
    add(cid, "01-lever-interview-confirmation.eml", m)
    label(cid, [iv("Fernbank Software", "Software Engineer I - Platform", s, e, "scheduled",
                   [], ["aaron.feld@fernbank.example"], "technical")],
          "hard", "positive/ats-email-body-dst-label",
          "'Thu 3/12 @ 4:30p PST' is after the Mar 8 US DST switch: Pacific wall time, -07:00. "
          "Interviewer has no address; follow-up goes to the Reply-To coordinator.")


def c03():
    cid = "b38-03-ashby-plus-google-invite-dedupe"
    s = T(2026, 3, 2, 11, 0, LA); e = s + timedelta(hours=1)
    sent1 = T(2026, 2, 24, 13, 5, LA)
    text = f"""Hi Devon,

Your interview with Quillfeather AI is confirmed.

Technical Interview - Software Engineer, Early Career
Monday, March 2, 2026 \u00b7 11:00 AM \u2013 12:00 PM (Pacific Time)
Interviewer: Rafael Ostrowski

This is a 60 minute live coding session in CoderPad. You'll get a calendar invite from Hana shortly.

Need to reschedule? Reply here or use this link: https://app.ashby-mail.example/reschedule/7c1d0b

Cheers,
Hana Okonkwo
Recruiting, Quillfeather AI
"""
    m = new_msg("Quillfeather AI <no-reply@ashby-mail.example>", USER,
                "Your interview with Quillfeather AI is confirmed", sent1,
                "<ashby.4411c8f2.c3b1@ashby-mail.example>",
                reply_to="Hana Okonkwo <hana@quillfeather.example>")
    body(m, text, htmlize(text))
    add(cid, "01-ashby-confirmation.eml", m)
    org = ("Hana Okonkwo", "hana@quillfeather.example")
    att = [("Hana Okonkwo", "hana@quillfeather.example", "ACCEPTED"),
           ("Rafael Ostrowski", "rafael@quillfeather.example"), (USER, USER)]
    inv = google_invite("qf2k7m1p0c8d5r3t@calendar.example", org, att, s, e, T(2026, 2, 24, 13, 9, LA),
                        "Quillfeather AI: Technical Interview (Devon Achebe)",
                        "Live coding with Rafael Ostrowski. CoderPad link will be shared in Meet chat.",
                        "Pacific Time - Los Angeles",
                        "<calendar-1b4e0a5e-0e0c-4a2b-9d55-qf2k7m1p0c8d@calendar.example>")
    add(cid, "02-google-invitation.eml", inv)
    label(cid, [iv("Quillfeather AI", "Software Engineer, Early Career", s, e, "scheduled",
                   ["rafael@quillfeather.example"], ["rafael@quillfeather.example"], "technical")],
          "medium", "positive/dedupe-ats-plus-google-invite",
          "Ashby confirmation + Google invite for the same session (PST, before DST) = one interview.")


def c04():
    cid = "b38-04-workday-html-only-base64"
    s = T(2026, 3, 4, 9, 30, CHI); e = T(2026, 3, 4, 10, 15, CHI)
    sent = T(2026, 2, 26, 15, 2, CHI)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
<body style="margin:0;background:#f3f4f6"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0b3d5c;color:#fff;padding:18px 24px;font-size:18px">Granite Mutual Careers</td></tr>
<tr><td style="padding:24px">
<p>Dear Devon Achebe,</p>
<p>Thank you for your interest in the <b>Associate Software Developer - Technology Development Program</b> position (R-0041872). We are pleased to confirm your interview.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#666">Date</td><td>Wednesday, March 4, 2026</td></tr>
<tr><td style="color:#666">Time</td><td>9:30 AM &ndash; 10:15 AM Central Standard Time</td></tr>
<tr><td style="color:#666">Interview Type</td><td>Video (Zoom)</td></tr>
<tr><td style="color:#666">Interviewer(s)</td><td>Dale Whitcomb, Manager, Software Engineering</td></tr>
</table>
<p>The Zoom link will appear in your candidate home under <i>My Tasks</i> 24 hours before the interview.</p>
<p>If you have questions, please contact Brianna Lutz, Talent Acquisition Partner, at <a href="mailto:brianna.lutz@granitemutual.example">brianna.lutz@granitemutual.example</a> or 309-555-0172.</p>
<p>Sincerely,<br>Granite Mutual Talent Acquisition<br>One Granite Plaza, Bloomington, IL 61710</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">This message was sent from an unmonitored mailbox. Powered by Workday.</td></tr>
</table></td></tr></table></body></html>
"""
    m = new_msg("Granite Mutual Careers <granitemutual@myworkday-mail.example>", USER,
                "Interview Scheduled - Associate Software Developer (R-0041872)", sent,
                "<1917245082.88231.1772139720411@wd5-prod-mta.myworkday-mail.example>")
    body(m, html=html, cte_html="base64")
    add(cid, "01-workday-interview-scheduled.eml", m)
    label(cid, [iv("Granite Mutual", "Associate Software Developer - Technology Development Program",
                   s, e, "scheduled", [], ["brianna.lutz@granitemutual.example"], "hiring_manager")],
          "medium", "positive/workday-html-only",
          "HTML-only, base64 Workday mail; manager's address not given -> follow-up to the TA partner.")


def c05():
    cid = "b38-05-smartrecruiters-14-uhr-mez-dst-gap"
    s = T(2026, 3, 26, 14, 0, BER); e = s + timedelta(minutes=45)
    ny = s.astimezone(NY)
    sent = T(2026, 3, 18, 10, 24, BER)
    text = f"""Hallo Devon,

vielen Dank für Ihre Bewerbung als Graduate Software Engineer (m/w/d) – Boston. Gerne laden wir Sie zu einem Fachinterview ein:

Termin: Donnerstag, 26. März 2026, 14:00 Uhr (MEZ), Dauer ca. 45 Minuten
Ort: Microsoft Teams (Link folgt)
Ihr Gesprächspartner: Felix Baumgartner, Teamleiter Backend (felix.baumgartner@brennwerk.example)

---- English ----
Hi Devon, since you are in the US: because Europe switches to summer time later than the US this year, 14:00 Uhr in Munich on March 26 is {ampm(ny)} Eastern (EDT) for you. Felix will run a 45-minute technical interview about your Java project and some backend basics.

Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße / Best regards
Katrin Vollmer
Talent Acquisition | Brennwerk Systems GmbH
Landsberger Straße 88, 80339 München
Tel. +49 89 5550 1234
"""
    m = new_msg("Brennwerk Systems GmbH <noreply@smartrecruiters-mail.example>", USER,
                "Einladung zum Interview / Interview invitation – Graduate Software Engineer (m/w/d)",
                sent, "<sr-msg-5c0e9a7712@smartrecruiters-mail.example>",
                reply_to="Katrin Vollmer <katrin.vollmer@brennwerk.example>")
    body(m, text, htmlize(text))
    add(cid, "01-smartrecruiters-einladung.eml", m)
    label(cid, [iv("Brennwerk Systems", "Graduate Software Engineer (m/w/d)", s, e, "scheduled",
                   ["felix.baumgartner@brennwerk.example"], ["felix.baumgartner@brennwerk.example"],
                   "technical")],
          "hard", "positive/german-uhr-eu-us-dst-gap",
          "14:00 Uhr MEZ on Mar 26 (before EU DST on Mar 29) = +01:00; US already on EDT (9 AM).")


def outlook_invite(subject, org, attendees, start, end, stamp, uid, seq, when_line, intro,
                   msgid, method="REQUEST", status="CONFIRMED", summary=None, oid="-1802663321"):
    summary = summary or subject
    desc = intro + ("\n\n____________________\nMicrosoft Teams meeting\nJoin on your computer, "
                    "mobile app or room device\nClick here to join the meeting<https://teams.example/l/"
                    "meetup-join/19%3ameeting_" + uid[-12:] + ">\nMeeting ID: 281 554 019 377\n"
                    "Passcode: Zq7tR2\n____________________")
    tzid = "Eastern Standard Time"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}",
             "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ_EASTERN + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{local_stamp(start.astimezone(NY))}",
              f"DTEND;TZID={tzid}:{local_stamp(end.astimezone(NY))}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting"]
    lines += [x.format(seq=seq, oid=oid) for x in MS_X]
    if method == "CANCEL":
        lines.append("X-MICROSOFT-CDO-INTENDEDSTATUS:FREE")
    else:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    ical = ics(lines)
    to = ", ".join(f"{a[0]} <{a[1]}>" for a in attendees)
    m = new_msg(f"{org[0]} <{org[1]}>", to, subject, stamp, msgid,
                extra=[("Thread-Topic", summary), ("X-MS-Has-Attach", ""), ("Accept-Language", "en-US")])
    text = f"When: {when_line}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n"
    body(m, text, htmlize(text))
    m.add_alternative(ical, subtype="calendar", params={"method": method}, cte="base64")
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return m


def c06():
    cid = "b38-06-icims-then-outlook-invite-moved-by-update"
    s0 = T(2026, 3, 10, 13, 0, NY); e0 = s0 + timedelta(hours=1)
    s = T(2026, 3, 12, 15, 30, NY); e = s + timedelta(hours=1)
    sent1 = T(2026, 3, 3, 11, 15, NY)
    text = """Dear Devon,

Congratulations! The hiring team for Software Engineer I (Req 2026-1184) at Calloway Freight would like to invite you to an interview with the hiring manager, Gwen Delacroix.

Your recruiter, Theo Brandt, will send a Microsoft Teams invitation with the date and time shortly.

Please log in to the Calloway Freight career portal to review your application status:
https://careers-callowayfreight.icims-mail.example/jobs/candidate

Sincerely,
Calloway Freight Talent Acquisition

This email was sent by iCIMS on behalf of Calloway Freight. Please do not reply to this message.
"""
    m = new_msg("Calloway Freight Talent Acquisition <talent@callowayfreight.icims-mail.example>", USER,
                "Calloway Freight: Interview Invitation - Software Engineer I", sent1,
                "<icims.20260303161500.1184.9921@icims-mail.example>")
    body(m, text, htmlize(text))
    add(cid, "01-icims-interview-invitation.eml", m)
    org = ("Theo Brandt", "tbrandt@callowayfreight.example")
    att = [(USER_NAME, USER), ("Gwen Delacroix", "gdelacroix@callowayfreight.example")]
    uid = "040000008200E00074C5B7101A82E00800000000F0C2A4E9D1ACDC01000000000000000010000000A41C3D8E"
    intro = ("Hi Devon - this is your 60-minute conversation with Gwen Delacroix (Engineering "
             "Manager, Routing Platform) for the Software Engineer I role. - Theo")
    w0 = f"Tuesday, March 10, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada)"
    inv1 = outlook_invite("Calloway Freight | Interview - Devon Achebe - Software Engineer I", org, att,
                          s0, e0, T(2026, 3, 3, 14, 40, NY), uid, 0, w0, intro,
                          "<BN8PR04MB6244A1F0C3D2E1B0AA11D42C9E3A1@BN8PR04MB6244.namprd04.prod.exchange.example>")
    add(cid, "02-outlook-invitation.eml", inv1)
    w1 = f"Thursday, March 12, 2026 3:30 PM-4:30 PM (UTC-05:00) Eastern Time (US & Canada)"
    intro2 = ("Moving us to Thursday afternoon - Gwen had a conflict come up Tuesday. Same Teams link. "
              "Sorry for the shuffle! - Theo\n\n" + intro)
    inv2 = outlook_invite("Updated: Calloway Freight | Interview - Devon Achebe - Software Engineer I", org,
                          att, s, e, T(2026, 3, 6, 9, 5, NY), uid, 1, w1, intro2,
                          "<BN8PR04MB6244F77D01E2C3B4AA99E10C2B8F0@BN8PR04MB6244.namprd04.prod.exchange.example>",
                          summary="Calloway Freight | Interview - Devon Achebe - Software Engineer I")
    add(cid, "03-outlook-updated-invitation.eml", inv2)
    label(cid, [iv("Calloway Freight", "Software Engineer I", s, e, "scheduled",
                   ["gdelacroix@callowayfreight.example"], ["gdelacroix@callowayfreight.example"],
                   "hiring_manager")],
          "hard", "positive/reschedule-by-invite-outlook",
          "iCIMS heads-up, Exchange invite Tue 3/10 1 PM, then SEQUENCE:1 update to Thu 3/12 3:30 PM "
          "Eastern Standard Time TZID (EDT after Mar 8, display label says UTC-05:00).")


def c07():
    cid = "b38-07-workable-14h-moved-to-friday-noon"
    s0 = T(2026, 3, 17, 14, 0, MTL)
    s = T(2026, 3, 20, 12, 0, MTL); e = s + timedelta(hours=1)
    sent1 = T(2026, 3, 9, 10, 30, MTL)
    text1 = """Bonjour Devon,

Your interview has been scheduled for the Développeur(se) logiciel junior / Junior Software Developer position at Lachine Labs.

Quand / When: mardi 17 mars, 14h (heure de Montréal) / Tuesday, March 17 at 14h ET
Durée / Duration: 60 minutes
Avec / With: Étienne Gagnon, Senior Developer
Where: Google Meet (link in the calendar event)

Sophie Tremblay
Acquisition de talents, Lachine Labs

Powered by Workable
"""
    m1 = new_msg("Lachine Labs <noreply@workablemail.example>", USER,
                 "Interview scheduled: Junior Software Developer at Lachine Labs", sent1,
                 "<wk.6b1d2f0a9c@workablemail.example>",
                 reply_to="Sophie Tremblay <sophie@lachinelabs.example>")
    body(m1, text1, htmlize(text1))
    add(cid, "01-workable-interview-scheduled.eml", m1)
    sent2 = T(2026, 3, 16, 8, 47, MTL)
    id2 = "<CAF7s9Qk1x2LcW3vB8pT0mLachine2@mx.mail.example>"
    text2 = """Hi Devon,

Étienne is out sick and won't be back until later this week. Could we move your interview to Friday at noon instead? Same length (1 hour), same Meet link. I've cc'd him here.

Désolée pour le changement!

Sophie Tremblay
Talent Acquisition | Lachine Labs
5333 rue Notre-Dame O., Montréal QC H4C 1T6
514-555-0199
"""
    m2 = new_msg("Sophie Tremblay <sophie@lachinelabs.example>", USER_ADDR,
                 "Re: Interview scheduled: Junior Software Developer at Lachine Labs", sent2, id2,
                 cc="Étienne Gagnon <etienne@lachinelabs.example>",
                 in_reply_to="<wk.6b1d2f0a9c@workablemail.example>")
    body(m2, text2)
    add(cid, "02-sophie-can-we-move.eml", m2)
    sent3 = T(2026, 3, 16, 11, 2, MTL)
    text3 = f"""Perfect, you're confirmed for Friday at 12:00. Étienne's looking forward to it. Workable will send you the updated calendar event.

Sophie

On Mon, Mar 16, 2026 at 10:31 AM Devon Achebe <{USER}> wrote:
> Hi Sophie, no problem at all -- Friday at noon works for me. Hope Étienne feels better!
> Devon
>
> On Mon, Mar 16, 2026 at 8:47 AM Sophie Tremblay <sophie@lachinelabs.example> wrote:
>> Hi Devon,
>>
>> Étienne is out sick and won't be back until later this week. Could we move
>> your interview to Friday at noon instead? Same length (1 hour), same Meet link.
"""
    m3 = new_msg("Sophie Tremblay <sophie@lachinelabs.example>", USER_ADDR,
                 "Re: Interview scheduled: Junior Software Developer at Lachine Labs", sent3,
                 "<CAF7s9Qk1x2LcW3vB8pT0mLachine4@mx.mail.example>",
                 cc="Étienne Gagnon <etienne@lachinelabs.example>",
                 in_reply_to="<CAH2devonreply3@mail.example>",
                 references=f"<wk.6b1d2f0a9c@workablemail.example> {id2} <CAH2devonreply3@mail.example>")
    body(m3, text3)
    add(cid, "03-sophie-confirmed-friday.eml", m3)
    vtz = ["BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
           "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
           "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
           "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
           "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
           "END:VTIMEZONE"]
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Calendar//EN",
                "METHOD:REQUEST"] + vtz + [
                "BEGIN:VEVENT", "UID:wk-evt-6b1d2f0a9c@workablemail.example", "SEQUENCE:1",
                f"DTSTAMP:{utcstamp(sent3 + timedelta(minutes=4))}",
                f"DTSTART;TZID=America/Toronto:{local_stamp(s)}",
                f"DTEND;TZID=America/Toronto:{local_stamp(e)}",
                "SUMMARY:Entrevue / Interview - Devon Achebe - Junior Software Developer (Lachine Labs)",
                "ORGANIZER;CN=Sophie Tremblay:mailto:sophie@lachinelabs.example",
                attendee("Étienne Gagnon", "etienne@lachinelabs.example"),
                attendee(USER_NAME, USER),
                "LOCATION:Google Meet",
                "DESCRIPTION:Technical interview with Étienne Gagnon (updated time).",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    add(cid, "04-workable-updated-event.ics", ical)
    label(cid, [iv("Lachine Labs", "Junior Software Developer", s, e, "scheduled",
                   ["etienne@lachinelabs.example"], ["etienne@lachinelabs.example"], "technical")],
          "hard", "positive/reschedule-by-email-relative",
          f"Originally {iso(s0)} ('14h'); moved by e-mail on Mon 3/16 to 'Friday at noon' = Fri 3/20 "
          "12:00 Montreal (EDT).")


def c08():
    cid = "b38-08-jobvite-then-google-invite-cancelled"
    s = T(2026, 3, 23, 13, 0, CHI); e = s + timedelta(minutes=45)
    sent1 = T(2026, 3, 13, 14, 20, CHI)
    text = """Hi Devon,

Thank you for scheduling your interview with Tidewater Analytics!

Position: Software Engineer, Data Platform (New Grad)
Interview: Video interview with Omar Haddad, Data Platform Lead
Date/Time: Monday, March 23, 2026, 1:00 PM - 1:45 PM Central Daylight Time

A Google Calendar invitation with the meeting link will follow from Leah Nakamura.

Regards,
Tidewater Analytics Recruiting

This message was sent via Jobvite. Replies go to lnakamura@tidewater.example.
"""
    m = new_msg("Tidewater Analytics via Jobvite <notifications@jobvite-mail.example>", USER,
                "Interview Confirmed - Software Engineer, Data Platform (New Grad)", sent1,
                "<jv.0f8e2d11.20260313@jobvite-mail.example>",
                reply_to="Leah Nakamura <lnakamura@tidewater.example>")
    body(m, text, htmlize(text))
    add(cid, "01-jobvite-interview-confirmed.eml", m)
    org = ("Leah Nakamura", "lnakamura@tidewater.example")
    att = [("Leah Nakamura", "lnakamura@tidewater.example", "ACCEPTED"),
           ("Omar Haddad", "ohaddad@tidewater.example"), (USER, USER)]
    uid = "tw9h3k2m8q1v6x0z@calendar.example"
    summ = "Tidewater Analytics Interview: Devon Achebe / Omar Haddad"
    inv = google_invite(uid, org, att, s, e, T(2026, 3, 13, 14, 31, CHI), summ,
                        "45 min technical conversation with Omar (SQL, Python, one system question).",
                        "Central Time - Chicago",
                        "<calendar-7c0d5a1e-55b2-4f9e-8d1c-tw9h3k2m8q1v@calendar.example>")
    add(cid, "02-google-invitation.eml", inv)
    can = google_invite(uid, org, att, s, e, T(2026, 3, 20, 17, 3, CHI), summ,
                        "Hi Devon - we've paused hiring for this req and have to cancel Monday's "
                        "interview. Really sorry. - Leah",
                        "Central Time - Chicago",
                        "<calendar-0a9b7c6d-11e2-4f3a-9b8c-tw9h3k2m8q1v@calendar.example>",
                        subject_prefix="Canceled event", method="CANCEL", seq=1, status="CANCELLED")
    add(cid, "03-google-canceled-event.eml", can)
    label(cid, [iv("Tidewater Analytics", "Software Engineer, Data Platform (New Grad)", s, e,
                   "cancelled", ["ohaddad@tidewater.example"], ["ohaddad@tidewater.example"],
                   "technical")],
          "medium", "positive/cancel-by-invite",
          "Jobvite confirmation + Google invite, then METHOD:CANCEL for the same UID -> cancelled.")


def c09():
    cid = "b38-09-slotspring-booking-phoenix-recruiter"
    s = T(2026, 3, 19, 10, 0, PHX); e = s + timedelta(minutes=30)
    sl, el = s.astimezone(NY), e.astimezone(NY)
    sent1 = T(2026, 3, 12, 8, 55, PHX)
    text1 = f"""Hi Devon,

I came across your profile through the Ridgeview University career portal and think you'd be a great fit for our Associate Software Engineer opening on the patient-scheduling team.

If you're interested, grab 30 minutes on my calendar for a quick intro screen: https://slotspring.example/carmen-ruiz/30min

Thanks!
Carmen Ruiz | Technical Recruiter
Brightwater Health
2200 E Camelback Rd, Phoenix, AZ 85016 | (602) 555-0133
"""
    m1 = new_msg("Carmen Ruiz <carmen.ruiz@brightwaterhealth.example>", USER,
                 "Associate Software Engineer at Brightwater Health", sent1,
                 "<MN2PR11MB4321C0A1B2@MN2PR11MB4321.namprd11.prod.exchange.example>")
    body(m1, text1)
    add(cid, "01-recruiter-scheduling-link.eml", m1)
    sent2 = T(2026, 3, 12, 20, 14, NY)
    text2 = f"""Hi Devon Achebe,

A new event has been scheduled.

Event Type: 30 Minute Recruiter Screen
Invitee: Devon Achebe ({USER})
Host: Carmen Ruiz (carmen.ruiz@brightwaterhealth.example)
Event Date/Time: {ampm(sl, True)} - {ampm(el, True)} (Eastern Time - US & Canada), {sl.strftime('%A')}, March {sl.day}, 2026
Location: Carmen will call you at +1 412-555-0148

Need to make changes to this event?
Cancel: https://slotspring.example/cancellations/5f2e0d1c
Reschedule: https://slotspring.example/reschedulings/5f2e0d1c

Powered by SlotSpring
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SlotSpring//Booking 3.2//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:5f2e0d1c-9a77-4c1f-bb20-slotspring.example",
                f"DTSTAMP:{utcstamp(sent2)}", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
                "SUMMARY:30 Minute Recruiter Screen between Carmen Ruiz and Devon Achebe",
                "ORGANIZER;CN=Carmen Ruiz:mailto:carmen.ruiz@brightwaterhealth.example",
                attendee(USER_NAME, USER), "LOCATION:+1 412-555-0148",
                "DESCRIPTION:Event Name: 30 Minute Recruiter Screen\\n\\nNeed to make changes? https://slotspring.example/reschedulings/5f2e0d1c",
                "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m2 = new_msg("SlotSpring <notifications@slotspring.example>", USER,
                 f"New Event: Devon Achebe - {ampm(sl, True)} {sl.strftime('%a')}, Mar {sl.day}, 2026 - 30 Minute Recruiter Screen",
                 sent2, "<booking.5f2e0d1c@slotspring.example>",
                 reply_to="Carmen Ruiz <carmen.ruiz@brightwaterhealth.example>")
    body(m2, text2, htmlize(text2))
    m2.add_attachment(ical.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    add(cid, "02-slotspring-booking-confirmed.eml", m2)
    label(cid, [iv("Brightwater Health", "Associate Software Engineer", s, e, "scheduled",
                   ["carmen.ruiz@brightwaterhealth.example"], ["carmen.ruiz@brightwaterhealth.example"],
                   "phone_screen")],
          "medium", "positive/scheduling-link-booked",
          "Recruiter link (not an interview alone) then the invented SlotSpring booking confirmation "
          "shown in the invitee's Eastern time; recruiter does the screen.")


def c10():
    cid = "b38-10-rosterly-superday-back-to-back"
    D = (2026, 4, 10)
    slots = [((9, 30), (10, 15), "Coding I", "Priyanka Raman", "praman@bramblecrest.example"),
             ((10, 15), (11, 0), "Coding II", "Luca Bianchi", "lbianchi@bramblecrest.example"),
             ((11, 0), (11, 45), "Lunch with the team (not evaluated)", "Cody Ferris", None),
             ((11, 45), (12, 30), "Systems & Design", "Nadia Farouk", "nfarouk@bramblecrest.example"),
             ((12, 30), (13, 0), "Hiring Manager", "Greg Tanaka", "gtanaka@bramblecrest.example")]
    s = T(*D, 9, 30, NY); e = T(*D, 13, 0, NY)
    sent = T(2026, 4, 2, 17, 45, NY)
    rows = ""
    plain = ""
    for (h1, m1_), (h2, m2_), what, who, mail in slots:
        a, b = T(*D, h1, m1_, NY), T(*D, h2, m2_, NY)
        whom = f"{who} ({mail})" if mail else who
        rows += (f"<tr><td style=\"padding:6px 10px\">{ampm(a)} &ndash; {ampm(b)}</td>"
                 f"<td style=\"padding:6px 10px\">{what}</td><td style=\"padding:6px 10px\">{whom}</td></tr>\n")
        plain += f"  {ampm(a)} - {ampm(b)}  {what}  {whom}\n"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:15px;color:#1b1b1b">
<p>Hi Devon,</p>
<p>Congratulations on making it to the <b>Superday</b> for the <b>Software Engineer, Analyst Program 2026</b> at Bramblecrest Capital! Below is your itinerary for <b>Friday, April 10</b>. All times are Eastern.</p>
<table style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#24344d;color:#fff"><th style="padding:6px 10px">Time</th><th style="padding:6px 10px">Session</th><th style="padding:6px 10px">With</th></tr>
{rows}</table>
<p><b>Location:</b> Bramblecrest Capital, 14th floor, 410 Park Example Ave, New York, NY 10022. Please check in at the lobby desk with a photo ID about 10 minutes early.</p>
<p>Dress is business casual. We'll reimburse travel within the tri-state area.</p>
<p>Questions? Reply to this email or reach me at (212) 555-0190.</p>
<p>Best,<br>Iris Lambert<br>Campus Recruiting Coordinator, Bramblecrest Capital</p>
<p style="font-size:11px;color:#777">Scheduled with Rosterly &middot; rosterly.example</p>
</body></html>
"""
    m = new_msg("Iris Lambert via Rosterly <scheduling@rosterly.example>", USER,
                "Your Bramblecrest Capital Superday Itinerary - Friday, April 10", sent,
                "<rst-itin-3390a1f2.c88@rosterly.example>",
                reply_to="Iris Lambert <ilambert@bramblecrest.example>")
    body(m, html=html)
    add(cid, "01-rosterly-superday-itinerary.eml", m)
    ivs = [x[4] for x in slots if x[4]]
    label(cid, [iv("Bramblecrest Capital", "Software Engineer, Analyst Program 2026", s, e,
                   "scheduled", ivs, ivs, "onsite")],
          "hard", "positive/onsite-superday-itinerary",
          "HTML-only itinerary from an invented ATS; back-to-back sessions incl. lunch = one onsite "
          "9:30 AM-1:00 PM EDT with the four interviewers (lunch host has no address).")


def c11():
    cid = "b38-11-gcal-json-cto-final-chat"
    s = T(2026, 4, 2, 9, 0, LA); e = s + timedelta(minutes=30)
    sent = T(2026, 3, 27, 15, 18, LA)
    text = """Devon -- great news, the team loved your technical round. Last step is a short chat with our CTO, Mei Lin. I just put it on your calendar for next Thursday morning, 9am Pacific. Nothing to prepare, she mostly wants to hear what you want to work on.

Oscar

Sent from my iPhone
"""
    m = new_msg("Oscar Delgado <oscar@orchardlane.example>", USER,
                "Next step: chat with Mei", sent, "<2F9C1B7E-5A3D-4E0B-9C61-7A3E2D1B0C9F@orchardlane.example>",
                extra=[("X-Mailer", "iPhone Mail (22D82)")])
    body(m, text, cte_text="7bit")
    add(cid, "01-recruiter-next-step.eml", m)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3511820446120000\"",
        "id": "6r2ol4nd9kq1m0c3t7x5",
        "status": "confirmed",
        "htmlLink": "https://calendar.example/event?eid=NnIyb2w0bmQ5a3ExbTBjM3Q3eDU",
        "created": sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent + timedelta(minutes=2)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Orchard Lane Robotics - Final conversation w/ Mei Lin (CTO) - Devon Achebe",
        "description": "Final round for Software Engineer (New Grad), Autonomy Tools. 30 min, video.",
        "creator": {"email": "oscar@orchardlane.example", "displayName": "Oscar Delgado"},
        "organizer": {"email": "oscar@orchardlane.example", "displayName": "Oscar Delgado"},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": "6r2ol4nd9kq1m0c3t7x5@calendar.example",
        "sequence": 0,
        "attendees": [
            {"email": "oscar@orchardlane.example", "displayName": "Oscar Delgado", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "mei@orchardlane.example", "displayName": "Mei Lin", "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.example/pzr-kqwe-tmn",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add(cid, "02-calendar-event.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(cid, [iv("Orchard Lane Robotics", "Software Engineer (New Grad), Autonomy Tools", s, e,
                   "scheduled", ["mei@orchardlane.example"], ["mei@orchardlane.example"],
                   "hiring_manager")],
          "medium", "positive/gcal-json-plus-email",
          "iPhone-mail note + Calendar API event for the CTO final chat; the organizer only schedules.")


def c12():
    cid = "b38-12-phone-screen-then-panel-same-company"
    s1 = T(2026, 3, 3, 10, 30, CHI); e1 = s1 + timedelta(minutes=30)
    s2 = T(2026, 3, 11, 14, 0, NY); e2 = s2 + timedelta(minutes=90)
    sig = """--
Ruth Lindqvist
Senior Technical Recruiter, Saltmarsh Games
m: (512) 555-0107 | 901 E 5th St, Austin, TX 78702
"""
    d1 = T(2026, 3, 2, 9, 12, CHI)
    t1 = f"""Hi Devon,

Thanks for your application for the Gameplay Engineer (Entry Level) role! I'd love to do a quick 30-min phone screen. Does tomorrow at half past ten my time (Central) work? I'd call your cell.

{sig}"""
    id1 = "<CAJr5tHr1Lq@mx.mail.example>"
    m1 = new_msg("Ruth Lindqvist <ruth.lindqvist@saltmarshgames.example>", USER_ADDR,
                 "Saltmarsh Games - quick chat?", d1, id1)
    body(m1, t1, cte_text="7bit")
    add(cid, "01-ruth-quick-chat.eml", m1)
    d2 = T(2026, 3, 2, 10, 5, CHI)
    t2 = f"""Great, locked in -- talk to you tomorrow at 10:30 CT!

{sig}
On Mon, Mar 2, 2026 at 11:02 AM Devon Achebe <{USER}> wrote:
> Hi Ruth, that works -- 10:30 your time (11:30 for me in Pittsburgh). My number is 412-555-0148.
> Thanks, Devon
"""
    id2 = "<CAJr5tHr2Lq@mx.mail.example>"
    m2 = new_msg("Ruth Lindqvist <ruth.lindqvist@saltmarshgames.example>", USER_ADDR,
                 "Re: Saltmarsh Games - quick chat?", d2, id2, in_reply_to="<CADv0n1@mail.example>",
                 references=f"{id1} <CADv0n1@mail.example>")
    body(m2, t2, cte_text="7bit")
    add(cid, "02-ruth-locked-in.eml", m2)
    d3 = T(2026, 3, 4, 16, 40, CHI)
    t3 = f"""Hi Devon,

Great talking yesterday -- the team would like to move you forward! Next up is a technical interview with two of our engineers, Dmitri Sokol and Ama Boateng (both cc'd):

Wednesday 3/11, 2pm ET / 1pm Central, 90 minutes on Zoom
First half: C++ / data structures. Second half: a small gameplay-systems design discussion.

Zoom: https://zoom.example/j/93310044821
Let me know if you need any accommodations.

{sig}"""
    m3 = new_msg("Ruth Lindqvist <ruth.lindqvist@saltmarshgames.example>", USER_ADDR,
                 "Saltmarsh Games - next round", d3, "<CAJr5tHr3Lq@mx.mail.example>",
                 cc="Dmitri Sokol <dsokol@saltmarshgames.example>, Ama Boateng <aboateng@saltmarshgames.example>")
    body(m3, t3, htmlize(t3))
    add(cid, "03-ruth-next-round.eml", m3)
    panel = ["dsokol@saltmarshgames.example", "aboateng@saltmarshgames.example"]
    label(cid, [iv("Saltmarsh Games", "Gameplay Engineer (Entry Level)", s1, e1, "scheduled",
                   ["ruth.lindqvist@saltmarshgames.example"], ["ruth.lindqvist@saltmarshgames.example"],
                   "phone_screen"),
                iv("Saltmarsh Games", "Gameplay Engineer (Entry Level)", s2, e2, "scheduled",
                   panel, panel, "onsite")],
          "hard", "positive/two-interviews-thread",
          "'tomorrow at half past ten my time (Central)' on Mon 3/2 -> Tue 3/3 10:30 CST; then a "
          "90-min two-engineer panel Wed 3/11 2pm ET (EDT, after DST).")


def c13():
    cid = "b38-13-agency-forward-ist-then-cancel-by-email"
    s = T(2026, 4, 8, 21, 0, NY); e = s + timedelta(minutes=45)
    si = s.astimezone(KOL)
    fwd_date = T(2026, 4, 1, 22, 14, KOL)
    sent1 = T(2026, 4, 1, 13, 20, NY)
    text1 = f"""Devon -- see below from Anand, the hiring manager at Kaveri Cloud. Evening call for you, morning for him. Let me know if any issues.

Nate Ellison
Senior Recruiter, Harlan Staffing Partners
(617) 555-0162 | 75 Example Row, Boston, MA 02110

---------- Forwarded message ---------
From: Anand Raghavan <anand.raghavan@kavericloud.example>
Date: {fwd_date.strftime('%a, %b')} {fwd_date.day}, 2026 at {ampm(fwd_date)}
Subject: Kaveri Cloud technical discussion - Devon Achebe
To: Nate Ellison <nate@harlanstaffing.example>

Hi Nate,

Confirming the technical discussion with Devon for the Associate Engineer (Distributed Systems) position on Thursday {si.day} April, {si.strftime('%I:%M').lstrip('0')} AM IST. I understand that is Wednesday evening, {ampm(s)} Eastern, for him. 45 minutes on Google Meet; I will share the link on the day.

Regards,
Anand Raghavan
Engineering Manager, Kaveri Cloud Pvt. Ltd., Bengaluru
"""
    m1 = new_msg("Nate Ellison <nate@harlanstaffing.example>", USER,
                 "Fwd: Kaveri Cloud technical discussion - Devon Achebe", sent1,
                 "<CAN8te11ison1@mx.mail.example>")
    body(m1, text1, htmlize(text1))
    add(cid, "01-fwd-hiring-manager-confirmation.eml", m1)
    sent2 = T(2026, 4, 6, 10, 2, NY)
    text2 = """Hi Devon,

Bad news, I'm afraid: Kaveri Cloud has put the Associate Engineer req on hold for budget reasons, so we need to cancel Wednesday's call with Anand. I'm really sorry -- you were a strong fit. I'll keep you in mind for my other clients.

Nate
"""
    m2 = new_msg("Nate Ellison <nate@harlanstaffing.example>", USER,
                 "Re: Fwd: Kaveri Cloud technical discussion - Devon Achebe", sent2,
                 "<CAN8te11ison2@mx.mail.example>", in_reply_to="<CAN8te11ison1@mx.mail.example>")
    body(m2, text2, cte_text="7bit")
    add(cid, "02-nate-cancel.eml", m2)
    label(cid, [iv("Kaveri Cloud", "Associate Engineer (Distributed Systems)", s, e, "cancelled",
                   ["anand.raghavan@kavericloud.example"], ["anand.raghavan@kavericloud.example"],
                   "technical")],
          "hard", "positive/forwarded-cancel-by-email",
          "Agency forwards the manager's confirmation (Thu 6:30 AM IST = Wed 9 PM EDT); later "
          "cancelled by e-mail.")


# =====================================================================================
# NEGATIVES
# =====================================================================================

def c14():
    cid = "b38-14-neg-career-fair-onsite-interviews-ics"
    s = T(2026, 2, 25, 11, 0, NY); e = T(2026, 2, 25, 15, 0, NY)
    sent = T(2026, 2, 16, 9, 0, NY)
    text = """Hi Devon,

The Spring Tech & Engineering Career Fair is next week! 40+ employers will be in the Student Union Ballroom, and many are conducting on-the-spot first-round interviews -- bring 10+ copies of your resume.

When: Wednesday, February 25, 11am-3pm
Where: Ridgeview Student Union Ballroom
Employers include: Lumen Harbor, Granite Mutual, Tidewater Analytics, and more

RSVP on CampusLink so employers can see your profile before the fair. A calendar file is attached.

Ridgeview University Career Center
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CampusLink//Events//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:cl-evt-88120@campuslink.example", f"DTSTAMP:{utcstamp(sent)}",
                f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
                "SUMMARY:Spring Tech & Engineering Career Fair (on-the-spot interviews)",
                "LOCATION:Ridgeview Student Union Ballroom",
                "DESCRIPTION:Meet recruiters and interview on the spot. Bring resumes.",
                "ORGANIZER;CN=Ridgeview Career Center:mailto:careers@ridgeview.example",
                "END:VEVENT", "END:VCALENDAR"])
    m = new_msg("Ridgeview Career Center via CampusLink <no-reply@campuslink.example>", USER,
                "Next week: Spring Tech Career Fair - employers interviewing on the spot", sent,
                "<cl.mail.88120.2291@campuslink.example>")
    body(m, text, htmlize(text))
    attach_ics(m, ical, "career-fair.ics")
    add(cid, "01-career-fair-invitation.eml", m)
    label(cid, [], "medium", "negative/career-fair",
          "Career fair with 'on-the-spot interviews' and an .ics; no interview for the user.")


def c15():
    cid = "b38-15-neg-application-viewed-interview-tips"
    sent = T(2026, 3, 6, 7, 30, NY)
    text = """Good news, Devon!

Northgate Systems viewed your application for Software Engineer, New Grad.

Candidates whose applications are viewed are 3x more likely to be invited to an interview. Get ready now:
 - 5 phone screen questions every new grad should practice
 - How to schedule your interview without missing a beat

View application status: https://launchlist.example/applications/22813

You're receiving this because you applied through LaunchList. Unsubscribe: https://launchlist.example/u/22813
"""
    m = new_msg("LaunchList <updates@launchlist.example>", USER,
                "Your application was viewed by Northgate Systems", sent,
                "<ll-20260306-22813@launchlist.example>")
    body(m, text, htmlize(text))
    add(cid, "01-application-viewed.eml", m)
    label(cid, [], "easy", "negative/application-viewed",
          "Job-board 'your application was viewed' with interview-prep upsell.")


def c16():
    cid = "b38-16-neg-rejection-after-phone-screen"
    sent = T(2026, 3, 10, 16, 5, LA)
    text = """Hi Devon,

Thank you for taking the time to interview with us on Tuesday, March 3 at 10:00 AM PT for the Software Engineer, New Grad role at Corvid Security. We enjoyed learning about your capstone project.

After careful consideration, we've decided not to move forward with your candidacy at this time. We receive many applications and this was a difficult decision.

We'll keep your resume on file and encourage you to apply for future roles that match your background.

Best regards,
Kelsey Amato
Recruiting, Corvid Security
"""
    m = new_msg("Kelsey Amato <kelsey.amato@corvidsecurity.example>", USER,
                "Update on your application - Corvid Security", sent,
                "<gh.a90b22c1.551203@greenhouse-mail.example>",
                sender="Greenhouse <no-reply@greenhouse-mail.example>")
    body(m, text, htmlize(text))
    add(cid, "01-rejection.eml", m)
    label(cid, [], "medium", "negative/rejection",
          "Rejection that mentions the past interview date and time.")


def c17():
    cid = "b38-17-neg-offer-and-offer-call-invite"
    sent = T(2026, 4, 14, 12, 10, NY)
    s = T(2026, 4, 16, 15, 0, NY); e = s + timedelta(minutes=30)
    text = """Hi Devon,

On behalf of everyone you met during your final-round interviews, I'm thrilled to extend you an offer to join Halyard Systems as a Software Engineer I! Your offer letter is attached via our e-signature portal.

I'd love to walk you through compensation, benefits and the start date. I've sent a calendar invite for Thursday at 3pm ET -- it's not an interview, just a chance to answer your questions.

The offer is open until April 24.

Warmly,
Paula Greer
University Recruiting Lead, Halyard Systems
(773) 555-0155
"""
    m = new_msg("Paula Greer <pgreer@halyard.example>", USER_ADDR,
                "Your offer from Halyard Systems!", sent, "<CAPg7reer1@mx.mail.example>")
    body(m, text, htmlize(text))
    add(cid, "01-offer-email.eml", m)
    org = ("Paula Greer", "pgreer@halyard.example")
    inv = google_invite("hy4o1ff3rc4ll0a2@calendar.example", org,
                        [("Paula Greer", "pgreer@halyard.example", "ACCEPTED"), (USER, USER)],
                        s, e, T(2026, 4, 14, 12, 14, NY),
                        "Halyard Systems - Offer Discussion (Devon Achebe)",
                        "Walk through of your offer: comp, benefits, start date. Bring questions!",
                        "Eastern Time - New York",
                        "<calendar-3d1f0b2a-9e8c-4a71-b6d5-hy4o1ff3rc4l@calendar.example>")
    add(cid, "02-offer-discussion-invite.eml", inv)
    label(cid, [], "hard", "negative/offer-call",
          "Offer e-mail + Google invite for an offer walkthrough call; offers are not interviews.")


def c18():
    cid = "b38-18-neg-codesprint-online-assessment"
    sent1 = T(2026, 3, 2, 12, 0, LA)
    text1 = """Hi Devon,

Northgate Systems has invited you to complete the General Coding Assessment for the Software Engineer, New Grad position.

Duration: 70 minutes, 4 questions
Deadline: Monday, March 9, 2026, 11:59 PM PT
Proctoring: camera on, single screen

Candidates who pass will be contacted by a recruiter to schedule interviews.

Start assessment: https://app.codesprint.example/invite/ngs-7c19e2

Good luck!
The CodeSprint team, on behalf of Northgate Systems
"""
    m1 = new_msg("Northgate Systems via CodeSprint <assessments@codesprint.example>", USER,
                 "Northgate Systems invited you to a coding assessment", sent1,
                 "<cs-inv-ngs-7c19e2@codesprint.example>")
    body(m1, text1, htmlize(text1))
    add(cid, "01-assessment-invitation.eml", m1)
    sent2 = T(2026, 3, 8, 23, 59, LA)
    text2 = """Reminder: your Northgate Systems coding assessment expires in 24 hours.

Tip: treat it like a real technical interview -- talk through edge cases in comments.

Start now: https://app.codesprint.example/invite/ngs-7c19e2
"""
    m2 = new_msg("CodeSprint <assessments@codesprint.example>", USER,
                 "Reminder: 24 hours left - Northgate Systems assessment", sent2,
                 "<cs-rem-ngs-7c19e2@codesprint.example>")
    body(m2, text2)
    add(cid, "02-assessment-reminder.eml", m2)
    label(cid, [], "medium", "negative/online-assessment",
          "CodeSignal-style online assessment with a deadline; not a live interview.")


def c19():
    cid = "b38-19-neg-career-center-mock-interview-outlook"
    s = T(2026, 3, 5, 16, 0, NY); e = s + timedelta(hours=1)
    org = ("Yolanda Pryce", "ypryce@ridgeview.example")
    intro = ("Hi Devon, this is your practice technical interview with the Career Center. I'll play "
             "the interviewer and we'll debrief for the last 15 minutes. Bring your resume and a "
             "laptop. - Yolanda Pryce, Career Coach, Engineering")
    when = "Thursday, March 5, 2026 4:00 PM-5:00 PM (UTC-05:00) Eastern Time (US & Canada)"
    inv = outlook_invite("Mock Technical Interview (Practice) - Devon Achebe", org,
                         [(USER_NAME, USER)], s, e, T(2026, 2, 27, 10, 0, NY),
                         "040000008200E00074C5B7101A82E0080000000011D5B9E2A6A7DC01000000000000000010000000MOCK0305",
                         0, when, intro,
                         "<SA1PR02MB8890C1D2E3F4@SA1PR02MB8890.namprd02.prod.exchange.example>")
    add(cid, "01-mock-interview-invite.eml", inv)
    label(cid, [], "hard", "negative/mock-interview",
          "Career-centre mock interview sent as an Exchange invite; coaching is not a job interview.")


def c20():
    cid = "b38-20-neg-profile-viewed-interview-ready"
    sent = T(2026, 3, 9, 6, 45, NY)
    html = """<html><body style="font-family:-apple-system,Segoe UI,Arial;font-size:14px">
<p>Hi Devon,</p>
<p><b>A recruiter at Fernbank Software viewed your profile.</b> You also appeared in 14 searches this week.</p>
<p>Recruiters are 2x more likely to reach out to members who are <i>Open to Work</i>. Want to land that interview?</p>
<p><a href="https://netloop.example/premium">Try NetLoop Premium free for 1 month</a> &mdash; get AI mock interviews, see who viewed your profile, and message recruiters directly.</p>
<p style="color:#777;font-size:11px">This email was intended for Devon Achebe (New Grad Software Engineer). Unsubscribe &middot; Help<br>NetLoop Corporation, 1 Example Way, Sunnyvale, CA 94089</p>
</body></html>
"""
    m = new_msg("NetLoop <notifications-noreply@netloop.example>", USER,
                "Devon, a recruiter viewed your profile - get interview-ready", sent,
                "<nl-pv-20260309-1199@netloop.example>")
    body(m, html=html)
    add(cid, "01-profile-viewed.eml", m)
    label(cid, [], "easy", "negative/profile-viewed",
          "LinkedIn-style 'someone viewed your profile' with interview upsell.")


def c21():
    cid = "b38-21-neg-hackathon-judging-slot"
    s = T(2026, 3, 29, 13, 40, NY); e = s + timedelta(minutes=10)
    sent = T(2026, 3, 27, 19, 0, NY)
    text = """Hey hackers!

Your team "Tabs Not Spaces" is confirmed for ForgeHacks 2026. Judging schedule:

  Sunday, March 29 - your team's slot: 1:40pm, Room 204
  5-minute demo + 5-minute Q&A "interview" with the judges

Sponsor recruiters (Lumen Harbor, Quillfeather AI) will be at the career booth all weekend and some may schedule interviews with hackers -- bring your resume!

See you Saturday,
ForgeHacks Organizing Team
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ForgeHacks//Judging//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:judging-tabsnotspaces@forgehacks.example",
                f"DTSTAMP:{utcstamp(sent)}", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
                "SUMMARY:ForgeHacks judging - Tabs Not Spaces", "LOCATION:Room 204",
                "END:VEVENT", "END:VCALENDAR"])
    m = new_msg("ForgeHacks 2026 <team@forgehacks.example>", USER,
                "[ForgeHacks] Your judging slot + sponsor recruiters", sent,
                "<fh-judging-0329-tns@forgehacks.example>")
    body(m, text, htmlize(text))
    attach_ics(m, ical, "judging.ics")
    add(cid, "01-hackathon-judging.eml", m)
    label(cid, [], "medium", "negative/hackathon",
          "Hackathon judging slot described as a judges' 'interview'; not a job interview.")


def c22():
    cid = "b38-22-neg-friend-referral-tips-call"
    sent = T(2026, 4, 11, 20, 33, CHI)
    text = """yo Devon!!

heard the Bramblecrest superday went well, congrats 🎉 

random ask: I'm applying to Fernbank and Lumen Harbor and you've been through both of their processes. could you refer me or at least give me tips on the interview? maybe a quick call Sunday around 4 (my time, Central)? totally fine if not

also my phone screen w/ Fernbank isn't even booked yet lol, they just sent me the scheduling link

Kofi
"""
    m = new_msg("Kofi Mensah <kofi.mensah@mail.example>", USER_ADDR,
                "referral + interview tips??", sent, "<CAK0f1m3nsah@mail.example>",
                extra=[("User-Agent", "Mozilla Thunderbird 128.4")])
    body(m, text, cte_text="base64")
    add(cid, "01-friend-referral-ask.eml", m)
    label(cid, [], "hard", "negative/friend-referral-call",
          "Friend asks for referral/interview tips and a casual call; no interview for the user.")


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b38-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for name, data in items:
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind38 labels - see /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    main()
