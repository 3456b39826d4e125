#!/usr/bin/env python3
"""Generate the BLIND3 interview-detection evaluation set (20 cases) deterministically.

Run:  python make_cases.py   (writes dNN-*/ case folders and labels.yaml next to this file)

Every person, company and domain is invented (.example).  Offsets are computed with zoneinfo and
checked against the 2026 DST rules of /work/shared/eval/README.md.  No randomness: MIME boundaries,
Message-IDs, UIDs and timestamps are fixed, so re-running produces byte-identical files.
"""
import html as htmlmod
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc


# ---------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, wd=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))
    if wd:
        assert dt.strftime("%a") == wd, (dt, wd)
    return dt


def iso(dt):
    return None if dt is None else dt.isoformat()


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def gtime(dt):
    h = dt.hour % 12 or 12
    s = str(h) + (f":{dt.minute:02d}" if dt.minute else "")
    return s + ("am" if dt.hour < 12 else "pm")


def rfc3339(dt):
    return dt.isoformat()


# ---------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "Europe/Stockholm": """BEGIN:VTIMEZONE
TZID:Europe/Stockholm
X-LIC-LOCATION:Europe/Stockholm
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "America/Los_Angeles": """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "America/New_York": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Pacific Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "GMT Standard Time": """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Asia/Kolkata": """BEGIN:VTIMEZONE
TZID:Asia/Kolkata
X-LIC-LOCATION:Asia/Kolkata
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
TZNAME:IST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
}


def vtz(name):
    return VTZ[name].splitlines()


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    extra = ";X-NUM-GUESTS=0" if google else ""
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
            f"CN={name}{extra}:mailto:{email}")


# ---------------------------------------------------------------- mail helpers
def text_to_html(text):
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n" + body + "</body></html>\n")


def addr(name, email):
    return formataddr((name, email)) if name else email


def mail(*, frm, to, subject, date, text, msgid, delivered_to, html=True, cc=None, reply_to=None, sender=None,
         in_reply_to=None, references=None, extra=(), calendar=None, cal_method="REQUEST", cal_cte="base64",
         attachments=(), cte=None, html_text=None):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered_to
    for k, v in extra:
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    if cte:
        m.set_content(text, cte=cte)
    else:
        m.set_content(text)
    if html:
        h = html_text if html_text is not None else text_to_html(text)
        if cte:
            m.add_alternative(h, subtype="html", cte=cte)
        else:
            m.add_alternative(h, subtype="html")
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    for fname, data, mt, st in attachments:
        m.add_attachment(data.encode("utf-8") if isinstance(data, str) else data, maintype=mt, subtype=st,
                         filename=fname)
    return m


def set_boundaries(m, tag):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"=_{tag}_{i:02d}_blind3")
            i += 1


# ---------------------------------------------------------------- output
CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


def google_invite(*, owner, owner_name, organizer, guests, summary, start, end, view_tz, view_tz_label, uid, seq,
                  sent, description, msgid, location="", meet=None, updated=False, stamp_created=None,
                  changed="time"):
    """Google Calendar invitation e-mail.  organizer=(name,email); guests=[(name,email,optional?)] incl. owner."""
    s_loc, e_loc = start.astimezone(ZoneInfo(view_tz)), end.astimezone(ZoneInfo(view_tz))
    abbr = s_loc.tzname()
    when_subj = f"{s_loc.strftime('%a %b')} {s_loc.day}, {s_loc.year} {gtime(s_loc)} - {gtime(e_loc)} ({abbr})"
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {when_subj} ({owner})"
    lines = []
    if updated:
        lines += [f"This event has been updated", f"Changed: {changed}", ""]
    else:
        lines += ["You have been invited to the following event.", ""]
    lines += [summary,
              f"{s_loc.strftime('%A %b')} {s_loc.day}, {s_loc.year} \u22c5 {gtime(s_loc)} \u2013 {gtime(e_loc)}",
              view_tz_label, ""]
    if meet:
        lines += ["Join with Google Meet", meet, "", "Join by phone", "(US) +1 555-0199 PIN: 481 220 937#", ""]
    if location:
        lines += ["Location", location, ""]
    if description:
        lines += [description, ""]
    lines += ["Guests", f"{organizer[0]} - organizer"]
    for n, e, opt in guests:
        if e == organizer[1]:
            continue
        shown = n if n and e != owner else e
        lines.append(shown + (" - optional" if opt else ""))
    lines += ["View all guest info https://calendar.google.example/calendar/event?action=VIEW&eid=" + uid[:16], "",
              f"Reply for {owner}", "Yes", "No", "Maybe", "More options https://calendar.google.example/calendar/event",
              "", "Invitation from Google Calendar", "",
              f"You are receiving this email because you are an attendee on the event. To stop receiving future "
              f"updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP.", ""]
    text = "\n".join(lines)
    created = stamp_created or sent - timedelta(minutes=7)
    desc_full = description + ("\n\nJoin with Google Meet: " + meet if meet else "")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(sent)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, opt in guests:
        ps = "ACCEPTED" if e == organizer[1] else "NEEDS-ACTION"
        cal.append(attendee(n or e, e, role="OPT-PARTICIPANT" if opt else "REQ-PARTICIPANT", partstat=ps,
                            rsvp="FALSE" if e == organizer[1] else "TRUE", google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:{meet}")
    cal += [f"CREATED:{utcstamp(created)}", f"DESCRIPTION:{ics_escape(desc_full)}",
            f"LAST-MODIFIED:{utcstamp(sent)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(cal)
    return mail(frm=addr(*organizer), sender="Google Calendar <calendar-notification@google.example>",
                reply_to=addr(*organizer), to=owner, subject=subject, date=sent, text=text, msgid=msgid,
                delivered_to=owner, calendar=cal, cal_cte="7bit" if cal.isascii() else "base64",
                attachments=[("invite.ics", cal, "application", "ics")])


def gcal_event(**kw):
    return json.dumps(kw, indent=2, ensure_ascii=False) + "\n"


# =====================================================================================================
# d01  Teamtailor booking confirmation + .ics (Stockholm, CEST)
# =====================================================================================================
def d01():
    owner, oname = "sofia.lindqvist@brevlada.example", "Sofia Lindqvist"
    elin = "elin.sandberg@fjallvik.example"
    hanna = "hanna.berg@fjallvik.example"
    start = T(2026, 4, 14, 10, 0, "Europe/Stockholm", "Tue")
    end = start + timedelta(minutes=45)
    sent = T(2026, 4, 8, 9, 12, "Europe/Stockholm", "Wed")
    assert start.utcoffset() == timedelta(hours=2)
    text = f"""Hi Sofia,

Thanks for picking a time! Your interview for the Data Engineer position at Fjällvik Logistics is now booked.

When: Tuesday 14 April 2026, 10:00–10:45 (Stockholm time, CEST)
Where: Microsoft Teams – you'll find the link in the attached calendar file
Who you'll meet: Elin Sandberg, Head of Data Platform ({elin})

Elin will spend most of the time on your background and how you like to work with data pipelines, and leave room for your questions about the team.

Need another time? You can pick a new slot here until 24 hours before the meeting:
https://fjallvik.teamtailor.example/meetings/8f1c2b7d/reschedule

Questions? Just reply to this e-mail and Hanna in our talent team will get back to you.

Kind regards,
Fjällvik Logistics

--
Sent via Teamtailor · fjallvik.teamtailor.example · Manage your data: https://fjallvik.teamtailor.example/privacy
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Meetings//EN", "METHOD:REQUEST",
               *vtz("Europe/Stockholm"), "BEGIN:VEVENT", "UID:tt-meeting-8f1c2b7d-41d2@teamtailor.example",
               f"DTSTAMP:{utcstamp(sent)}", f"DTSTART;TZID=Europe/Stockholm:{local_stamp(start)}",
               f"DTEND;TZID=Europe/Stockholm:{local_stamp(end)}",
               "SUMMARY:Interview – Data Engineer – Fjällvik Logistics",
               "DESCRIPTION:" + ics_escape("Interview with Elin Sandberg (Head of Data Platform).\n"
                                           "Join Microsoft Teams meeting: https://teams.microsoft.example/l/meetup-join/19%3ameeting_ZjA4YTc\n"
                                           "Reschedule: https://fjallvik.teamtailor.example/meetings/8f1c2b7d/reschedule"),
               "LOCATION:Microsoft Teams", "ORGANIZER;CN=Fjällvik Logistics:mailto:no-reply@mail.teamtailor.example",
               attendee("Elin Sandberg", elin, partstat="ACCEPTED"), attendee(oname, owner),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm="Fjällvik Logistics <no-reply@mail.teamtailor.example>", reply_to=addr("Hanna Berg", hanna),
             to=addr(oname, owner), subject="Your interview with Fjällvik Logistics is booked – Data Engineer",
             date=sent, text=text, msgid="<tt.8f1c2b7d.20260408071200@mail.teamtailor.example>",
             delivered_to=owner, cte="base64",
             extra=[("List-Unsubscribe", "<https://fjallvik.teamtailor.example/unsubscribe/8f1c2b7d>")],
             attachments=[("interview.ics", cal, "text", "calendar")])
    case("d01-fjallvik", [("01-interview-booked.eml", m)], label(owner, [
        iv("Fjällvik Logistics", "Data Engineer", start, end, "scheduled", [elin], [elin], "hiring_manager")],
        "easy", "positive/ats-teamtailor",
        "Teamtailor booking confirmation (base64 body) from a no-reply ATS address with Reply-To recruiter and an "
        ".ics with TZID Europe/Stockholm; interviewer address given in text and as ATTENDEE; recruiter Hanna only "
        "handles questions, so recipients = interviewer."))


# =====================================================================================================
# d02  Career expo registration (negative)
# =====================================================================================================
def d02():
    owner, oname = "marcus.bell@tidemail.example", "Marcus Bell"
    start = T(2026, 5, 16, 10, 0, "America/Los_Angeles", "Sat")
    end = T(2026, 5, 16, 15, 0, "America/Los_Angeles")
    sent = T(2026, 4, 27, 19, 48, "America/Los_Angeles", "Mon")
    text = f"""You're in, Marcus!

Order #HX-20417 · 1 x General Admission (Job Seeker) · $0.00

HARBORLINE TECH CAREERS EXPO — SPRING 2026
Saturday, May 16, 2026 · 10:00 AM – 3:00 PM PDT
Pier 9 Pavilion, 1 Embarcadero Way, Oakland, CA

What to expect
- 60+ employers hiring for software, data, IT support and hardware roles
- Résumé review lounge (bring 10–15 printed copies)
- Some exhibitors run on-the-spot interviews — check the exhibitor list the week before and plan your route
- Lightning talks: "Negotiating your first offer" (11:30 AM) and "Breaking into hardware" (1:15 PM)

Your ticket
Show the QR code below at the registration desk. Doors close at 2:30 PM.
https://tickets.harborline-events.example/t/HX-20417

Add to calendar: the attached .ics file works with Google, Outlook and Apple Calendar.

Can't make it? Release your spot so someone on the waitlist can come:
https://tickets.harborline-events.example/t/HX-20417/cancel

See you at the pier,
The Harborline Events team
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harborline Events//Ticketing 4.2//EN", "METHOD:PUBLISH",
               *vtz("America/Los_Angeles"), "BEGIN:VEVENT", "UID:expo-spring-2026-HX-20417@harborline-events.example",
               f"DTSTAMP:{utcstamp(sent)}", f"DTSTART;TZID=America/Los_Angeles:{local_stamp(start)}",
               f"DTEND;TZID=America/Los_Angeles:{local_stamp(end)}",
               "SUMMARY:Harborline Tech Careers Expo – Spring 2026",
               "DESCRIPTION:" + ics_escape("Meet 60+ hiring companies. Bring printed résumés. Ticket: "
                                           "https://tickets.harborline-events.example/t/HX-20417"),
               "LOCATION:" + ics_escape("Pier 9 Pavilion, 1 Embarcadero Way, Oakland, CA"),
               "ORGANIZER;CN=Harborline Events:mailto:tickets@harborline-events.example",
               attendee(oname, owner, partstat="ACCEPTED", rsvp="FALSE"),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm="Harborline Events <tickets@harborline-events.example>", to=addr(oname, owner),
             subject="Your ticket: Harborline Tech Careers Expo (Sat, May 16)", date=sent, text=text,
             msgid="<HX-20417.confirm@tickets.harborline-events.example>", delivered_to=owner,
             attachments=[("harborline-expo.ics", cal, "text", "calendar")])
    case("d02-harborline", [("01-ticket.eml", m)], label(owner, [], "medium", "negative/job-fair",
         "Career-fair registration with an .ics (METHOD:PUBLISH) and the phrase 'on-the-spot interviews'; no "
         "interview with a specific employer is booked."))


# =====================================================================================================
# d03  Outlook/Exchange invite, Windows TZID "Pacific Standard Time" during PDT
# =====================================================================================================
def d03():
    owner, oname = "aiko.tanaka@hearthmail.example", "Aiko Tanaka"
    derek = "derek.osei@cobaltine.example"
    start = T(2026, 3, 24, 13, 0, "America/Los_Angeles", "Tue")
    end = start + timedelta(minutes=45)
    sent = T(2026, 3, 18, 10, 41, "America/Los_Angeles", "Wed")
    assert start.utcoffset() == timedelta(hours=-7)
    subj = "Cobaltine Systems - Hiring Manager Interview (Aiko Tanaka) - Senior Backend Engineer, Storage"
    text = f"""When: Tuesday, March 24, 2026 1:00 PM-1:45 PM (UTC-08:00) Pacific Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Aiko,

Thanks for making time to talk with me. I lead the Storage team at Cobaltine and I'm the hiring manager for the Senior Backend Engineer opening. I'd like to hear about the systems you've built, and I'll walk you through what the team is working on this year. Plan on 45 minutes; no preparation needed beyond your resume.

Talk soon,
Derek Osei
Engineering Manager, Storage | Cobaltine Systems

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_NWQ3ZjE2YmEt%40thread.v2/0>
Meeting ID: 248 771 309 562
Passcode: q7XkP2
________________________________________________________________________________
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
               *vtz("Pacific Standard Time"), "BEGIN:VEVENT",
               f"ORGANIZER;CN=Derek Osei:mailto:{derek}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={oname}:mailto:{owner}",
               "DESCRIPTION;LANGUAGE=en-US:" + ics_escape(text.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]),
               "UID:040000008200E00074C5B7101A82E00800000000A0C3E1F1B4B6DC01000000000000000010000000"
               "7D2C61F0A5C3B94E8D0F5E3A1B2C9D44",
               f"SUMMARY;LANGUAGE=en-US:{ics_escape(subj)}",
               f"DTSTART;TZID=Pacific Standard Time:{local_stamp(start)}",
               f"DTEND;TZID=Pacific Standard Time:{local_stamp(end)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
               "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2120448731",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null}",
               "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
               "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
               "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm=addr("Derek Osei", derek), to=addr(oname, owner), subject=subj, date=sent, text=text,
             msgid="<BY5PR11MB4021A7C3D2E1F0B9C8D7E6F5A4B3C2D1@BY5PR11MB4021.namprd11.prod.outlook.example>",
             delivered_to=owner, cte="quoted-printable", calendar=cal,
             extra=[("Thread-Topic", subj), ("Thread-Index", "AdqYc3Jk8mRzT0nCQ1aWl2x1b3Jhcw=="),
                    ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                    ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", "")])
    case("d03-cobaltine", [("01-hiring-manager-interview.eml", m)], label(owner, [
        iv("Cobaltine Systems", "Senior Backend Engineer, Storage", start, end, "scheduled", [derek], [derek],
           "hiring_manager")], "medium", "positive/exchange-windows-tz",
        "Exchange invite (multipart/alternative with text/calendar) using Windows TZID 'Pacific Standard Time' "
        "and its VTIMEZONE; the date is after the US DST switch (Mar 8) so the offset is -07:00 although the "
        "body label says '(UTC-08:00)'. Organizer = hiring manager = interviewer."))


# =====================================================================================================
# d04  One-way (asynchronous) video interview request (negative)
# =====================================================================================================
def d04():
    owner, oname = "jamal.price@mailnest.example", "Jamal Price"
    sent = T(2026, 3, 16, 14, 3, "America/New_York", "Mon")
    text = """Hi Jamal,

Thank you for your interest in the Store Operations Analyst role at Verdant Retail Group. As the next step, the hiring team has invited you to complete an on-demand video interview.

How it works
• It's a one-way interview: you'll see 5 pre-recorded questions and record your answers on your own time. Nobody from Verdant will be live with you.
• You get 30 seconds to think and up to 3 minutes to answer each question, with one re-take per question.
• It takes most candidates about 20 minutes. Use a laptop or phone with a camera and a stable connection.

Deadline: please complete your interview by Friday, March 20, 2026 at 11:59 PM Eastern Time.

Start your interview: https://app.hirevue.example/candidate/interviews/VRG-41827-aa93c

You can also try a practice question first — it's not shared with the employer.

Need an accommodation? Reply to this message and the Verdant recruiting team will help.

Good luck!
Verdant Retail Group Talent Acquisition

This message was sent by HireVue on behalf of Verdant Retail Group. Please do not reply directly to this address.
"""
    m = mail(frm="Verdant Retail Group via HireVue <noreply@hirevue.example>",
             reply_to="Verdant Recruiting <talent@verdantretail.example>", to=addr(oname, owner),
             subject="Verdant Retail Group: please complete your video interview by March 20", date=sent,
             text=text, msgid="<0100018e4a1b2c3d-VRG-41827@email.hirevue.example>", delivered_to=owner,
             cte="quoted-printable")
    case("d04-verdant", [("01-video-interview-invitation.eml", m)], label(owner, [], "medium",
         "negative/one-way-video",
         "HireVue-style asynchronous video interview with a completion deadline (a date and time) - no live "
         "conversation, so not an interview per the rules."))


# =====================================================================================================
# d05  Google invite, then recruiter moves it in prose ("let's do Friday 9:30 instead"), no new invite
# =====================================================================================================
def d05():
    owner, oname = "jkessler@owlpost.example", "Jordan Kessler"
    tasha = ("Tasha Morgan", "tasha.morgan@lumenfold.example")
    priya = ("Priya Raman", "priya.raman@lumenfold.example")
    s0 = T(2026, 6, 10, 13, 0, "America/New_York", "Wed")
    start = T(2026, 6, 12, 9, 30, "America/New_York", "Fri")
    end = start + timedelta(hours=1)
    m1 = google_invite(owner=owner, owner_name=oname, organizer=tasha,
                       guests=[tasha + (False,), priya + (False,), (oname, owner, False)],
                       summary="Lumenfold Health - Technical Interview (Jordan Kessler) - Data Scientist, Clinical Analytics",
                       start=s0, end=s0 + timedelta(hours=1), view_tz="America/New_York",
                       view_tz_label="Eastern Time - New York", uid="6r1q0c9lm2kfj8v3dn5e7ab4ph@google.example",
                       seq=0, sent=T(2026, 6, 3, 11, 26, "America/New_York", "Wed"),
                       description="Hi Jordan - this is your technical interview with Priya Raman (Senior Data "
                                   "Scientist). Expect a discussion of a past project and a short live exercise in "
                                   "Python/SQL. Zoom: https://lumenfold.zoom.example/j/83310029471",
                       msgid="<calendar-0b9d7e1f-5a44-4c1e-9a61-3f2f0c1d7e20@google.example>",
                       location="https://lumenfold.zoom.example/j/83310029471")
    d2 = T(2026, 6, 8, 16, 52, "America/New_York", "Mon")
    id2 = "<CAH7tM0rg=Yk2pLw8sX1nQv3@mail.lumenfold.example>"
    t2 = f"""Hi Jordan,

Apologies for the shuffle! Priya just got pulled into a site visit with one of our hospital partners on Wednesday afternoon, so we need to move your technical interview.

Let's do Friday 9:30 instead — same Zoom link, same hour-long format, still with Priya. I won't send a new invite for now since the link stays the same; just treat Friday 9:30 as the time.

If Friday morning doesn't work, tell me and I'll find something early next week.

Thanks for being flexible,
Tasha

Tasha Morgan | Technical Recruiter | Lumenfold Health
"""
    m2 = mail(frm=addr(*tasha), to=addr(oname, owner), subject="Change of plans for Wednesday", date=d2,
              text=t2, msgid=id2, delivered_to=owner, html=True)
    d3 = T(2026, 6, 8, 18, 10, "America/New_York", "Mon")
    t3 = f"""Hi Tasha,

No problem at all - Friday 9:30 works for me. Looking forward to talking with Priya.

Best,
Jordan

On Mon, Jun 8, 2026 at 4:52 PM Tasha Morgan <{tasha[1]}> wrote:
> Hi Jordan,
>
> Apologies for the shuffle! Priya just got pulled into a site visit with one of our hospital partners on
> Wednesday afternoon, so we need to move your technical interview.
>
> Let's do Friday 9:30 instead — same Zoom link, same hour-long format, still with Priya.
"""
    m3 = mail(frm=addr(oname, owner), to=addr(*tasha), subject="Re: Change of plans for Wednesday", date=d3,
              text=t3, msgid="<9F3B2A1C-77D4-4E0B-8C2A-1D5E6F708192@owlpost.example>", delivered_to=owner,
              in_reply_to=id2, references=id2, html=False)
    case("d05-lumenfold", [("01-invitation.eml", m1), ("02-change-of-plans.eml", m2), ("03-re-change.eml", m3)],
         label(owner, [iv("Lumenfold Health", "Data Scientist, Clinical Analytics", start, end, "scheduled",
                          [priya[1]], [priya[1]], "technical")], "hard", "positive/reschedule-prose",
               "Google invite for Wed Jun 10 1pm ET, then the recruiter moves it in prose to 'Friday 9:30' (Jun 12, "
               "EDT, inferred from the invite's zone) with the same one-hour format and no new invite; the user "
               "confirms. One interview at the final time; the Wednesday slot must not be reported."))


# =====================================================================================================
# d06  Volunteer mentoring session (negative) - mail + standalone .ics
# =====================================================================================================
def d06():
    owner, oname = "leila.haddad@corvidmail.example", "Leila Haddad"
    grant = "grant.whitaker@bridgewell.example"
    start = T(2026, 4, 23, 18, 0, "America/New_York", "Thu")
    end = start + timedelta(minutes=45)
    sent = T(2026, 4, 15, 8, 30, "America/New_York", "Wed")
    text = f"""Hi Leila,

Good news - Grant Whitaker accepted your session request.

Mentor: Grant Whitaker, Group Product Manager (volunteer mentor since 2023)
Topic you picked: Preparing for product manager interviews
When: Thursday, April 23, 2026, 6:00 – 6:45 PM Eastern
Where: Bridgewell video room - https://bridgewell.example/room/lh-gw-5521

Before the session
• Share your resume and the roles you're targeting in your Bridgewell profile so Grant can skim them.
• Bring 2-3 questions. Many mentees use the time for a practice interview with feedback.

Bridgewell is a volunteer-run community: sessions are always free and mentors are never recruiting for their employers.

Add it to your calendar with the attached file. If you need to cancel, please do it at least 24 hours ahead so Grant can offer the slot to someone else.

Warmly,
The Bridgewell Mentors team
"""
    m = mail(frm="Bridgewell Mentors <sessions@bridgewell.example>", to=addr(oname, owner),
             subject="Confirmed: your mentoring session with Grant on Thu, Apr 23", date=sent, text=text,
             msgid="<session-5521-confirmed@bridgewell.example>", delivered_to=owner)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bridgewell Mentors//Sessions//EN", "METHOD:PUBLISH",
               *vtz("America/New_York"), "BEGIN:VEVENT", "UID:session-5521@bridgewell.example",
               f"DTSTAMP:{utcstamp(sent)}", f"DTSTART;TZID=America/New_York:{local_stamp(start)}",
               f"DTEND;TZID=America/New_York:{local_stamp(end)}",
               "SUMMARY:Mentoring: Leila Haddad + Grant Whitaker (PM interview prep)",
               "DESCRIPTION:" + ics_escape("Bridgewell mentoring session. Topic: Preparing for product manager "
                                           "interviews. Room: https://bridgewell.example/room/lh-gw-5521"),
               "LOCATION:https://bridgewell.example/room/lh-gw-5521",
               "ORGANIZER;CN=Bridgewell Mentors:mailto:sessions@bridgewell.example",
               attendee("Grant Whitaker", grant, partstat="ACCEPTED"),
               attendee(oname, owner, partstat="ACCEPTED"), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    case("d06-bridgewell", [("01-session-confirmed.eml", m), ("02-session.ics", cal)],
         label(owner, [], "medium", "negative/mentoring",
               "Free volunteer mentoring session about interview preparation (possibly a practice interview) - "
               "coaching, not a hiring process. Mail plus standalone .ics."))


# =====================================================================================================
# d07  London panel just before the UK DST change, seen by a New York user
# =====================================================================================================
def d07():
    owner, oname = "naomi.fischer@relaymail.example", "Naomi Fischer"
    oliver = ("Oliver Grant", "oliver.grant@kestrelquay.example")
    harriet = ("Harriet Lowe", "harriet.lowe@kestrelquay.example")
    sanjay = ("Sanjay Mehta", "sanjay.mehta@kestrelquay.example")
    tom = ("Tom Ashworth", "tom.ashworth@kestrelquay.example")
    start = T(2026, 3, 26, 14, 0, "Europe/London", "Thu")
    end = T(2026, 3, 26, 15, 30, "Europe/London")
    assert start.utcoffset() == timedelta(0)
    assert start.astimezone(ZoneInfo("America/New_York")).hour == 10
    d1 = T(2026, 3, 19, 16, 5, "Europe/London", "Thu")
    t1 = f"""Hi Naomi,

Thanks again for your time with Harriet last week - the feedback was really positive and we'd like to invite you to the panel stage for the Quantitative Developer role.

Date: Thursday 26 March
Time: 14:00-15:30 UK time (10:00-11:30 for you in New York)
Format: video call, 90 minutes
Panel: Harriet Lowe (Head of Rates Technology), Sanjay Mehta (Senior Quant Developer) and Tom Ashworth (Risk Technology)

Roughly: 30 minutes on your background and a project of your choice, 45 minutes of problem solving (C++ and some probability), and 15 minutes for your questions.

I'll send the calendar invitation in a moment. Any problems, just shout.

Best wishes,
Oliver

Oliver Grant
Talent Partner, Technology | Kestrel Quay Capital LLP
"""
    m1 = mail(frm=addr(*oliver), to=addr(oname, owner), subject="Kestrel Quay - panel interview next Thursday",
              date=d1, text=t1, msgid="<LO2P265MB5561E0B3C9A2@LO2P265MB5561.GBRP265.prod.outlook.example>",
              delivered_to=owner)
    m2 = google_invite(owner=owner, owner_name=oname, organizer=oliver,
                       guests=[oliver + (False,), harriet + (False,), sanjay + (False,), tom + (False,),
                               (oname, owner, False)],
                       summary="Kestrel Quay Capital | Panel Interview | Naomi Fischer (Quantitative Developer)",
                       start=start, end=end, view_tz="America/New_York", view_tz_label="Eastern Time - New York",
                       uid="2k8v4d0s1rq7o5mj3hbt9c6nla@google.example", seq=0,
                       sent=T(2026, 3, 19, 16, 22, "Europe/London"),
                       description="Panel: Harriet Lowe, Sanjay Mehta, Tom Ashworth. Coordinator: Oliver Grant.",
                       meet="https://meet.google.example/xqd-umbr-kfa",
                       msgid="<calendar-7c2f5e10-93a1-4d6b-b2f0-0a8e1c4d5f36@google.example>")
    ivs = [harriet[1], sanjay[1], tom[1]]
    case("d07-kestrel-quay", [("01-panel-stage.eml", m1), ("02-invitation.eml", m2)],
         label(owner, [iv("Kestrel Quay Capital", "Quantitative Developer", start, end, "scheduled", ivs, ivs,
                          "onsite")], "medium", "positive/dst-gap-london",
               "London panel on Thu 26 Mar 2026 14:00-15:30 GMT (+00:00): UK clocks change on Mar 29 but US ones "
               "already changed on Mar 8, so it is 10:00 EDT for the New York user (4 h gap). Google invite in "
               "UTC rendered in the user's zone; recruiter mail + invite = one interview; coordinator Oliver is "
               "not an interviewer."))


# =====================================================================================================
# d08  Vendor product demo (negative)
# =====================================================================================================
def d08():
    owner, oname = "rafa.moreno@pinemail.example", "Rafael Moreno"
    kelsey = ("Kelsey Park", "kelsey.park@ledgerline.example")
    ben = ("Ben Adeyemi", "ben.adeyemi@ledgerline.example")
    start = T(2026, 4, 29, 11, 0, "America/Chicago", "Wed")
    end = start + timedelta(minutes=30)
    d1 = T(2026, 4, 21, 9, 14, "America/Chicago", "Tue")
    t1 = f"""Hi Rafael,

Great meeting you at the Midwest Finance Ops Summit last week! As promised, I've set up a 30-minute walkthrough of Ledgerline for Wednesday, April 29 at 11:00 AM CT. My colleague Ben Adeyemi, one of our solutions engineers, will show how Ledgerline handles invoice capture, approval routing and the NetSuite sync.

Ben will open with a few questions about how Tallgrass handles AP today (volumes, approval chains, month-end pain points) - think of it as a quick discovery interview so he can tailor the demo. Feel free to bring anyone from your AP team.

Calendar invite coming from Ben's calendar shortly.

Cheers,
Kelsey

Kelsey Park | Account Executive | Ledgerline
"""
    m1 = mail(frm=addr(*kelsey), to=addr(oname, owner), subject="Ledgerline walkthrough for Tallgrass - Wed 4/29",
              date=d1, text=t1, msgid="<kp.0421.tallgrass@ledgerline.example>", delivered_to=owner,
              extra=[("X-Mailer", "Outreach")])
    m2 = google_invite(owner=owner, owner_name=oname, organizer=ben,
                       guests=[ben + (False,), kelsey + (False,), (oname, owner, False)],
                       summary="Ledgerline <> Tallgrass Outdoor Co. | AP automation demo",
                       start=start, end=end, view_tz="America/Chicago", view_tz_label="Central Time - Chicago",
                       uid="0f3n7s2c8vd1ql5k9mhoa4re6b@google.example", seq=0,
                       sent=T(2026, 4, 21, 9, 40, "America/Chicago"),
                       description="Agenda: 5 min discovery, 20 min live demo, 5 min next steps / pricing.",
                       meet="https://meet.google.example/pvn-hewd-trc",
                       msgid="<calendar-a41c9e22-1b7d-4f0a-8e55-2c3b4d6e7f80@google.example>")
    case("d08-ledgerline", [("01-walkthrough.eml", m1), ("02-invitation.eml", m2)],
         label(owner, [], "easy", "negative/vendor-demo",
               "Sales demo booked by a vendor's account executive (Google invite). Mentions a 'discovery interview' "
               "but the user is a prospective customer, not a candidate."))


# =====================================================================================================
# d09  Italian recruiter thread (propose / choose / confirm), CEST
# =====================================================================================================
def d09():
    owner, oname = "marco.rinaldi@postaveloce.example", "Marco Rinaldi"
    chiara = ("Chiara Colombo", "chiara.colombo@altavela.example")
    giulia = "giulia.ferri@altavela.example"
    luca = "luca.bassi@altavela.example"
    start = T(2026, 4, 16, 15, 0, "Europe/Rome", "Thu")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=2)
    d1 = T(2026, 4, 9, 11, 20, "Europe/Rome", "Thu")
    id1 = "<a7c3e91f-2b4d-4f8e-9c10-altavela.0409@altavela.example>"
    t1 = f"""Ciao Marco,

grazie ancora per la chiacchierata di ieri, è stato un piacere conoscerti.

Come anticipato, il passo successivo per la posizione di Sviluppatore Backend Senior (Java) è il colloquio tecnico con il team. Ti propongo due possibilità:

- giovedì 16 aprile alle 15:00
- venerdì 17 aprile alle 10:00

Il colloquio dura circa un'ora e si svolge su Google Meet. Saranno presenti Giulia Ferri, Tech Lead ({giulia}), e Luca Bassi, Engineering Manager ({luca}). Ti chiederanno di ragionare insieme su un piccolo problema di design di API e di raccontare un progetto di cui vai fiero.

Fammi sapere quale data preferisci.

Un saluto,
Chiara

Chiara Colombo
Talent Acquisition Specialist · Altavela Software S.r.l.
Via dei Mille 14, Torino
"""
    m1 = mail(frm=addr(*chiara), to=addr(oname, owner), subject="Colloquio tecnico - Sviluppatore Backend Senior",
              date=d1, text=t1, msgid=id1, delivered_to=owner, cte="quoted-printable")
    d2 = T(2026, 4, 9, 13, 2, "Europe/Rome", "Thu")
    id2 = "<CAF5x+Lp9mR2@mail.postaveloce.example>"
    t2 = """Ciao Chiara,

grazie mille! Per me va benissimo giovedì 16 alle 15:00.

A presto,
Marco

Il giorno gio 9 apr 2026 alle ore 11:20 Chiara Colombo <chiara.colombo@altavela.example> ha scritto:
> Ciao Marco,
> ... Ti propongo due possibilità:
> - giovedì 16 aprile alle 15:00
> - venerdì 17 aprile alle 10:00
"""
    m2 = mail(frm=addr(oname, owner), to=addr(*chiara), subject="Re: Colloquio tecnico - Sviluppatore Backend Senior",
              date=d2, text=t2, msgid=id2, in_reply_to=id1, references=id1, delivered_to=owner, html=False,
              cte="quoted-printable")
    d3 = T(2026, 4, 9, 14, 37, "Europe/Rome", "Thu")
    t3 = f"""Perfetto Marco!

Ti confermo il colloquio tecnico giovedì 16 aprile dalle 15:00 alle 16:00 con Giulia e Luca. A breve ti arriverà l'invito con il link a Google Meet.

Buona giornata,
Chiara
"""
    m3 = mail(frm=addr(*chiara), to=addr(oname, owner), cc=f"Giulia Ferri <{giulia}>, Luca Bassi <{luca}>",
              subject="Re: Colloquio tecnico - Sviluppatore Backend Senior", date=d3, text=t3,
              msgid="<b81d0a44-6e2f-4c71-8a3e-altavela.0409b@altavela.example>", in_reply_to=id2,
              references=f"{id1} {id2}", delivered_to=owner, cte="quoted-printable")
    ivs = [giulia, luca]
    case("d09-altavela", [("01-colloquio.eml", m1), ("02-re-colloquio.eml", m2), ("03-re-re-colloquio.eml", m3)],
         label(owner, [iv("Altavela Software", "Sviluppatore Backend Senior (Java)", start, end, "scheduled", ivs,
                          ivs, "technical")], "medium", "positive/italian",
               "Italian thread, quoted-printable: two proposed slots, candidate picks Thu 16 Apr 15:00, recruiter "
               "confirms 15:00-16:00 (CEST, +02:00). Interviewers Giulia Ferri and Luca Bassi (addresses in the "
               "text and Cc); the recruiter only coordinates. No invite in the case."))


# =====================================================================================================
# d10  Recruiter phone screen confirmed in a short reply ("Perfect, I'll call you at 4:15pm ET on Tuesday")
# =====================================================================================================
def d10():
    owner, oname = "dana.whitfield@kitemail.example", "Dana Whitfield"
    megan = ("Megan Liu", "megan.liu@bramblecote.example")
    start = T(2026, 3, 10, 16, 15, "America/New_York", "Tue")
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(hours=-4)
    d1 = T(2026, 3, 5, 10, 2, "America/Los_Angeles", "Thu")
    id1 = "<CAJm4Lq9e1V0nB7r@mail.bramblecote.example>"
    t1 = f"""Hi Dana,

I'm on the recruiting team at Bramblecote - I came across your portfolio (the transit app case study is great) and think you'd be a strong fit for our Senior Product Designer opening on the Marketplace team.

Would you be up for a 30-minute phone call next week? I'd share more about the role and the team and hear what you're looking for next. I'm pretty open Tuesday afternoon or Wednesday before noon - happy to work around Eastern time since I see you're in Boston.

What's the best number to reach you?

Thanks,
Megan

Megan Liu | Senior Recruiter, Design | Bramblecote
"""
    m1 = mail(frm=addr(*megan), to=addr(oname, owner), subject="Senior Product Designer at Bramblecote", date=d1,
              text=t1, msgid=id1, delivered_to=owner)
    d2 = T(2026, 3, 5, 14, 40, "America/New_York", "Thu")
    id2 = "<etPan.65e7a1b2.3c4d5e6f.9a1@kitemail.example>"
    t2 = f"""Hi Megan,

Thanks for reaching out - I'd love to learn more. Tuesday afternoon works well, any time after 3:30pm ET. My cell is (617) 555-0143.

Best,
Dana

On Thu, Mar 5, 2026 at 1:02 PM, Megan Liu <{megan[1]}> wrote:
> Would you be up for a 30-minute phone call next week? ... I'm pretty open Tuesday afternoon or
> Wednesday before noon
"""
    m2 = mail(frm=addr(oname, owner), to=addr(*megan), subject="Re: Senior Product Designer at Bramblecote",
              date=d2, text=t2, msgid=id2, in_reply_to=id1, references=id1, delivered_to=owner, html=False)
    d3 = T(2026, 3, 5, 12, 15, "America/Los_Angeles", "Thu")
    t3 = """Perfect, I'll call you at 4:15pm ET on Tuesday. Talk then!

Megan

Sent from my iPhone
"""
    m3 = mail(frm=addr(*megan), to=addr(oname, owner), subject="Re: Senior Product Designer at Bramblecote",
              date=d3, text=t3, msgid="<5B7E1C0A-3F2D-4A9B-8E61-0C4D2B1A9F33@bramblecote.example>",
              in_reply_to=id2, references=f"{id1} {id2}", delivered_to=owner, html=False)
    case("d10-bramblecote", [("01-designer-role.eml", m1), ("02-re-designer-role.eml", m2),
                             ("03-re-re-designer-role.eml", m3)],
         label(owner, [iv("Bramblecote", "Senior Product Designer", start, end, "scheduled", [megan[1]],
                          [megan[1]], "phone_screen")], "hard", "positive/thread-short-confirm",
               "Three-message thread; final one-line reply 'Perfect, I'll call you at 4:15pm ET on Tuesday' sent "
               "Thu Mar 5 -> Tue Mar 10, which is after the US DST switch (Mar 8) so -04:00 although the thread "
               "dates are in standard time. End from the 30-minute call proposed in the first mail. The recruiter "
               "conducts the screen."))


# =====================================================================================================
# d11  User is the interviewer (Outlook invite, GMT Standard Time) - negative
# =====================================================================================================
def d11():
    owner, oname = "h.moreau@orchardview-ins.example", "Helen Moreau"
    rhea = ("Rhea Castillo", "rhea.castillo@orchardview-ins.example")
    cand = ("Tomasz Nowak", "tomasz.nowak@postwing.example")
    start = T(2026, 4, 21, 11, 0, "Europe/London", "Tue")
    end = start + timedelta(hours=1)
    sent = T(2026, 4, 14, 15, 27, "Europe/London", "Tue")
    subj = "Interview: Tomasz Nowak - Senior Actuarial Analyst (Interviewer: Helen Moreau)"
    text = f"""When: Tuesday, 21 April 2026 11:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Helen,

Thank you for agreeing to interview Tomasz Nowak for the Senior Actuarial Analyst vacancy in your team. I've included Tomasz on this invite so he has the joining link.

Focus areas for you: reserving methods, stakeholder communication, and Python/R modelling.
His CV and the interview scorecard are in Workday (Req R-20931). Please submit your feedback within 24 hours of the interview so we can keep the process moving.

Many thanks,
Rhea Castillo
Talent Acquisition Partner | Orchardview Insurance

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_OTRhZDI1%40thread.v2/0>
Meeting ID: 391 004 258 117
Passcode: Zb4tWq
________________________________________________________________________________
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
               *vtz("GMT Standard Time"), "BEGIN:VEVENT",
               f"ORGANIZER;CN={rhea[0]}:mailto:{rhea[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={oname}:mailto:{owner}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cand[0]}:mailto:{cand[1]}",
               "DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(text.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]),
               "UID:040000008200E00074C5B7101A82E0080000000070B2D4C8A1CCDC0100000000000000001000000"
               "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
               f"SUMMARY;LANGUAGE=en-GB:{ics_escape(subj)}",
               f"DTSTART;TZID=GMT Standard Time:{local_stamp(start)}",
               f"DTEND;TZID=GMT Standard Time:{local_stamp(end)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
               "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1730918841",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
               "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
               "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm=addr(*rhea), to=f"{addr(oname, owner)}, {addr(*cand)}", subject=subj, date=sent, text=text,
             msgid="<AM9PR06MB7713C0D4A1B2E3F4@AM9PR06MB7713.eurprd06.prod.outlook.example>", delivered_to=owner,
             cte="quoted-printable", calendar=cal,
             extra=[("Thread-Topic", subj), ("Thread-Index", "AdqOrWNoYXJkdmlldzEyMzQ1Ng=="),
                    ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")])
    case("d11-orchardview", [("01-interview-invite.eml", m)],
         label(owner, [], "medium", "negative/user-is-interviewer",
               "Exchange invite (TZID 'GMT Standard Time', during BST) from the user's own employer asking the "
               "user to interview an external candidate (Tomasz Nowak is the candidate and an attendee)."))


# =====================================================================================================
# d12  Virtual onsite itinerary in plain text, four sessions with a lunch break (US Central)
# =====================================================================================================
def d12():
    owner, oname = "kofi.mensah@quaysidemail.example", "Kofi Mensah"
    brooke = ("Brooke Simmons", "brooke.simmons@tessellatelabs.example")
    wei, rosa, aaron, nadia = ("wei.zhang@tessellatelabs.example", "rosa.delgado@tessellatelabs.example",
                               "aaron.feld@tessellatelabs.example", "nadia.karimi@tessellatelabs.example")
    start = T(2026, 4, 22, 9, 0, "America/Chicago", "Wed")
    end = T(2026, 4, 22, 13, 30, "America/Chicago")
    sent = T(2026, 4, 16, 15, 48, "America/Chicago", "Thu")
    text = f"""Hi Kofi,

Congratulations on moving to the final stage for the Staff Machine Learning Engineer role! Below is your virtual onsite itinerary for next Wednesday, April 22. All times are US Central (Austin).

09:00 - 09:45  Coding & data structures
               Wei Zhang, Senior Software Engineer ({wei})
10:00 - 10:45  ML system design
               Rosa Delgado, Principal ML Engineer ({rosa})
11:00 - 11:45  Research deep dive (present one project, ~15 min of slides is plenty)
               Aaron Feld, Research Lead ({aaron})
11:45 - 12:45  Lunch break - step away, eat something!
12:45 - 13:30  Conversation with the hiring manager
               Nadia Karimi, Director of Machine Learning ({nadia})

Each session has its own Zoom link; you'll receive them as separate calendar holds from me tomorrow. If a link doesn't work on the day, text me at (512) 555-0178 and I'll sort it out.

A few tips: have a code editor you like ready for the first session, and keep a notepad handy for system design. There's no dress code.

Please reply to confirm you've received this, and let me know if you need any accommodations.

Best,
Brooke

Brooke Simmons
Recruiting Coordinator | Tessellate Labs
"""
    m = mail(frm=addr(*brooke), to=addr(oname, owner), subject="Your virtual onsite - Wednesday, April 22",
             date=sent, text=text, msgid="<20260416204800.7f3c9a@tessellatelabs.example>", delivered_to=owner,
             html=False)
    ivs = [wei, rosa, aaron, nadia]
    case("d12-tessellate", [("01-itinerary.eml", m)],
         label(owner, [iv("Tessellate Labs", "Staff Machine Learning Engineer", start, end, "scheduled", ivs,
                          ivs, "onsite")], "medium", "positive/onsite-itinerary",
               "Plain-text itinerary (no invite) with four sessions and a lunch break on one day, CDT (-05:00). "
               "One onsite interview from the first start (09:00) to the last end (13:30) with all four "
               "interviewers; the coordinator is not an interviewer."))


# =====================================================================================================
# d13  Recruiter confirmation, then the Calendar API event comes back with status "cancelled" (Brazil)
# =====================================================================================================
def d13():
    owner, oname = "bia.souza@caixapostal.example", "Beatriz Souza"
    renata = ("Renata Alves", "renata.alves@pitanga.example")
    felipe = ("Felipe Costa", "felipe.costa@pitanga.example")
    start = T(2026, 8, 20, 10, 0, "America/Sao_Paulo", "Thu")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-3)
    d1 = T(2026, 8, 13, 17, 5, "America/Sao_Paulo", "Thu")
    t1 = f"""Hi Beatriz,

Great talking to you on Tuesday! As discussed, here are the details for the technical interview for the Mobile Engineer (iOS) position:

- Thursday, August 20, 10:00-11:00 (Brasília time)
- With Felipe Costa, our iOS Tech Lead
- Google Meet - Felipe will send you the calendar invite with the link

Felipe usually starts with a short architecture conversation about an app you've shipped and then does some pair programming in Swift, so have Xcode ready.

Any questions, I'm around.

Abraços,
Renata Alves
Tech Recruiter | Pitanga Pagamentos
"""
    m1 = mail(frm=addr(*renata), to=addr(oname, owner), subject="Pitanga | Technical interview - next Thursday",
              date=d1, text=t1, msgid="<CAGp3tA1v+0813@mail.pitanga.example>", delivered_to=owner)
    ev = gcal_event(
        kind="calendar#event", etag="\"3446892518842000\"", id="7h2kq9d4mbe1r0v6c3s8n5tjfo",
        status="cancelled",
        htmlLink="https://calendar.google.example/calendar/event?eid=N2gya3E5ZDRtYmUxcjB2NmMzczhuNXRqZm8",
        created="2026-08-13T20:31:07.000Z", updated="2026-08-18T21:04:11.421Z",
        summary="Entrevista técnica - Beatriz Souza (Mobile Engineer iOS)",
        description="Entrevista técnica com Felipe Costa. Arquitetura + pair programming em Swift.",
        creator={"email": felipe[1], "displayName": felipe[0]},
        organizer={"email": felipe[1], "displayName": felipe[0]},
        start={"dateTime": rfc3339(start), "timeZone": "America/Sao_Paulo"},
        end={"dateTime": rfc3339(end), "timeZone": "America/Sao_Paulo"},
        iCalUID="7h2kq9d4mbe1r0v6c3s8n5tjfo@google.example", sequence=1,
        attendees=[{"email": felipe[1], "displayName": felipe[0], "organizer": True, "responseStatus": "accepted"},
                   {"email": owner, "displayName": oname, "self": True, "responseStatus": "accepted"},
                   {"email": renata[1], "displayName": renata[0], "optional": True, "responseStatus": "needsAction"}],
        hangoutLink="https://meet.google.example/ryk-pzqa-mvd",
        reminders={"useDefault": True}, eventType="default")
    case("d13-pitanga", [("01-technical-interview.eml", m1), ("02-event.gcal.json", ev)],
         label(owner, [iv("Pitanga Pagamentos", "Mobile Engineer (iOS)", start, end, "cancelled", [felipe[1]],
                          [felipe[1]], "technical")], "hard", "positive/cancellation-gcal-api",
               "Recruiter confirms Thu Aug 20 10:00 Brasília (-03:00, no DST); the Calendar API event for that slot "
               "(user self:true, accepted) later has status 'cancelled' with no explanatory mail. Final state: one "
               "cancelled interview; the case has no scheduled interview."))


# =====================================================================================================
# d14  Visa interview appointment (negative) - mail + standalone .ics
# =====================================================================================================
def d14():
    owner, oname = "arjun.menon@swiftinbox.example", "Arjun Menon"
    start = T(2026, 7, 7, 9, 15, "Asia/Kolkata", "Tue")
    end = start + timedelta(minutes=30)
    sent = T(2026, 6, 12, 18, 44, "Asia/Kolkata", "Fri")
    text = """Dear ARJUN MENON,

Your appointment has been successfully scheduled.

Application ID: VLD-MUM-2026-0884213
Visa category: Temporary Skilled Work (Class TSW-2)
Appointment type: Consular visa interview (in person)
Date: Tuesday, 07 July 2026
Time: 09:15 (India Standard Time) - please arrive 30 minutes early
Location: Consulate General of the Republic of Veldoria, 4th Floor, Harbour Point, Nariman Point, Mumbai 400021

Please bring:
1. Your valid passport and one old passport (if any)
2. Appointment confirmation page (printed)
3. Signed employment contract / offer letter from your sponsoring employer
4. Two photographs, 50 x 50 mm, white background
5. Fee payment receipt

Electronic devices, bags and food are not permitted inside the consulate.

To reschedule, sign in to your account at https://visa-appointments.veldoria.example. Appointments can be rescheduled at most twice.

This is an automatically generated e-mail. Please do not reply.
Visa Appointment Service - Consulate General of Veldoria, Mumbai
"""
    m = mail(frm="Veldoria Visa Appointment Service <no-reply@visa-appointments.veldoria.example>",
             to=owner, subject="Appointment Confirmation - VLD-MUM-2026-0884213", date=sent, text=text,
             msgid="<appt.0884213.1781269440@visa-appointments.veldoria.example>", delivered_to=owner)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Veldoria VAS//Appointments//EN", "METHOD:PUBLISH",
               *vtz("Asia/Kolkata"), "BEGIN:VEVENT", "UID:VLD-MUM-2026-0884213@visa-appointments.veldoria.example",
               f"DTSTAMP:{utcstamp(sent)}", f"DTSTART;TZID=Asia/Kolkata:{local_stamp(start)}",
               f"DTEND;TZID=Asia/Kolkata:{local_stamp(end)}",
               "SUMMARY:Visa interview - Consulate General of Veldoria (VLD-MUM-2026-0884213)",
               "LOCATION:" + ics_escape("Harbour Point, Nariman Point, Mumbai 400021"),
               "DESCRIPTION:" + ics_escape("Arrive 30 minutes early. Bring passport, appointment confirmation, "
                                           "employment contract, photographs, fee receipt."),
               "ORGANIZER;CN=Veldoria VAS:mailto:no-reply@visa-appointments.veldoria.example",
               attendee(oname, owner, partstat="ACCEPTED", rsvp="FALSE"),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    case("d14-veldoria", [("01-confirmation.eml", m), ("02-appointment.ics", cal)],
         label(owner, [], "medium", "negative/visa",
               "Consular visa interview for a work visa (mentions employer/offer letter) - a non-job interview."))


# =====================================================================================================
# d15  Second-round video interview in India (IST), two interviewers, .ics attached
# =====================================================================================================
def d15():
    owner, oname = "sneha.k@chitthi.example", "Sneha Kulkarni"
    karthik = ("Karthik Iyer", "karthik.iyer@nilgiricloud.example")
    ananya = ("Ananya Rao", "ananya.rao@nilgiricloud.example")
    rohit = ("Rohit Bansal", "rohit.bansal@nilgiricloud.example")
    start = T(2026, 5, 11, 11, 30, "Asia/Kolkata", "Mon")
    end = T(2026, 5, 11, 12, 45, "Asia/Kolkata")
    sent = T(2026, 5, 8, 17, 22, "Asia/Kolkata", "Fri")
    text = f"""Hi Sneha,

Congratulations on clearing Round 1! Happy to share that your Round 2 for the SDE-2 (Backend) position has been scheduled as below:

Date: Monday, 11 May 2026
Time: 11:30 AM - 12:45 PM IST
Mode: Zoom video call (link in the attached invite)
Interviewers: Ananya Rao (Senior Engineering Manager) and Rohit Bansal (Staff Engineer)

This round covers low-level design and one coding problem, so please keep a laptop with a working IDE and a stable internet connection. Kindly keep your camera on throughout the interview.

Request you to accept the calendar invite to confirm. In case of any clash, reply to this mail at the earliest.

Thanks & Regards,
Karthik Iyer
Talent Acquisition | Nilgiri Cloudworks Pvt. Ltd.
Bengaluru
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Zoom Video Communications//Zoom Scheduler//EN", "VERSION:2.0",
               "METHOD:REQUEST", *vtz("Asia/Kolkata"), "BEGIN:VEVENT",
               f"DTSTAMP:{utcstamp(sent)}", f"DTSTART;TZID=Asia/Kolkata:{local_stamp(start)}",
               f"DTEND;TZID=Asia/Kolkata:{local_stamp(end)}",
               "SUMMARY:Round 2 | SDE-2 Backend | Sneha Kulkarni",
               "UID:ZOOM87412093315-R2-SK@nilgiricloud.example",
               f"ORGANIZER;CN={karthik[0]}:mailto:{karthik[1]}",
               attendee(ananya[0], ananya[1], partstat="ACCEPTED"), attendee(rohit[0], rohit[1], partstat="ACCEPTED"),
               attendee(oname, owner), "LOCATION:https://nilgiricloud.zoom.example/j/87412093315",
               "DESCRIPTION:" + ics_escape("Round 2 (LLD + coding) with Ananya Rao and Rohit Bansal.\n"
                                           "Join Zoom Meeting https://nilgiricloud.zoom.example/j/87412093315\n"
                                           "Meeting ID: 874 1209 3315  Passcode: 551902"),
               "SEQUENCE:0", "STATUS:CONFIRMED", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
               "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm=addr(*karthik), to=addr(oname, owner), cc=f"{addr(*ananya)}, {addr(*rohit)}",
             subject="Interview Schedule: Round 2 - SDE-2 (Backend) - Nilgiri Cloudworks", date=sent, text=text,
             msgid="<MA0PR01MB9388A1B2C3D4@MA0PR01MB9388.INDPRD01.PROD.OUTLOOK.example>", delivered_to=owner,
             attachments=[("invite.ics", cal, "text", "calendar")])
    ivs = [ananya[1], rohit[1]]
    case("d15-nilgiri", [("01-round-2.eml", m)],
         label(owner, [iv("Nilgiri Cloudworks", "SDE-2 (Backend)", start, end, "scheduled", ivs, ivs,
                          "technical")], "easy", "positive/ist",
               "Second-round video interview, 11:30-12:45 IST (+05:30) with two interviewers (Cc and ATTENDEE); "
               "recruiter is organizer only. Kind 'technical' (two co-interviewers on one round, as in the README "
               "example), not 'onsite'."))


# =====================================================================================================
# d16  Recruiting-agency newsletter "how to prepare for your interview" (negative)
# =====================================================================================================
def d16():
    owner, oname = "chloe.martin@mailbeam.example", "Chloe Martin"
    sent = T(2026, 5, 12, 7, 0, "America/New_York", "Tue")
    text = """SUMMIT TALENT PARTNERS · Candidate Insider · May 2026

Interview tomorrow? Your 10-minute prep checklist

Hi Chloe,

Whether your interview is on Tuesday at 10am or next month, the night before matters more than you think. Our recruiters pulled together what they see the strongest candidates do:

1. Re-read the job description and map three of your stories to it (situation, action, result).
2. Research who you're meeting - check their LinkedIn and the team's recent launches.
3. Test your video setup 30 minutes before: camera, mic, lighting, and a backup dial-in.
4. Prepare two thoughtful questions about the team's priorities for the next six months.
5. Send a short thank-you note within 24 hours - mention one specific thing you discussed.

LIVE Q&A: "Ask a recruiter anything about interviews"
Thursday, May 21, 12:00 PM ET · 45 minutes · free for Summit candidates
Save your seat: https://summittalent.example/events/ask-a-recruiter-may

HOT JOBS THIS WEEK
- Senior Financial Analyst · Hartford, CT · hybrid
- Payroll Specialist · Remote (US)
- Controller · Providence, RI

You're receiving this because you registered with Summit Talent Partners.
Update preferences or unsubscribe: https://summittalent.example/preferences?u=cm-55120
Summit Talent Partners, 200 Pearl St, Hartford, CT 06103
"""
    m = mail(frm="Summit Talent Partners <insights@news.summittalent.example>", to=owner,
             subject="Interview tomorrow? Your 10-minute prep checklist", date=sent, text=text,
             msgid="<20260512110000.cm-55120.may-insider@news.summittalent.example>", delivered_to=owner,
             cte="quoted-printable",
             extra=[("List-Unsubscribe", "<https://summittalent.example/preferences?u=cm-55120>, "
                                         "<mailto:unsubscribe@news.summittalent.example>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    case("d16-summit-talent", [("01-candidate-insider.eml", m)],
         label(owner, [], "easy", "negative/newsletter",
               "Staffing-agency newsletter with interview tips, 'Tuesday at 10am' as an example phrase and a "
               "webinar date; nothing is scheduled for the user."))


# =====================================================================================================
# d17  Reschedule via a new Google invite: same UID, higher SEQUENCE (Denver)
# =====================================================================================================
def d17():
    owner, oname = "evan.brooks@peakpost.example", "Evan Brooks"
    maria = ("Maria Santos", "maria.santos@ridgebacknet.example")
    dev = ("Dev Patel", "dev.patel@ridgebacknet.example")
    s0 = T(2026, 4, 7, 14, 0, "America/Denver", "Tue")
    start = T(2026, 4, 9, 15, 30, "America/Denver", "Thu")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-6)
    uid = "3f9c1a7e0b2d4c58a1e6kq7pzr@google.example"
    common = dict(owner=owner, owner_name=oname, organizer=maria,
                  guests=[maria + (False,), dev + (False,), (oname, owner, False)],
                  summary="Ridgeback Networks: SRE technical interview - Evan Brooks",
                  view_tz="America/Denver", view_tz_label="Mountain Time - Denver", uid=uid,
                  description="Hi Evan - Dev and I will walk through an incident scenario together and then dig "
                              "into Linux/networking fundamentals. Site Reliability Engineer, Platform team.",
                  meet="https://meet.google.example/wbs-jmtr-ohe",
                  stamp_created=T(2026, 3, 31, 9, 2, "America/Denver"))
    m1 = google_invite(start=s0, end=s0 + timedelta(hours=1), seq=0, sent=T(2026, 3, 31, 9, 9, "America/Denver", "Tue"),
                       msgid="<calendar-5e8f0a13-2c7b-4d91-a6e4-71b3c2d9f001@google.example>", **common)
    m2 = google_invite(start=start, end=end, seq=2, sent=T(2026, 4, 3, 13, 51, "America/Denver", "Fri"),
                       msgid="<calendar-5e8f0a13-2c7b-4d91-a6e4-71b3c2d9f002@google.example>", updated=True,
                       **common)
    ivs = [maria[1], dev[1]]
    case("d17-ridgeback", [("01-invitation.eml", m1), ("02-updated-invitation.eml", m2)],
         label(owner, [iv("Ridgeback Networks", "Site Reliability Engineer", start, end, "scheduled", ivs, ivs,
                          "technical")], "medium", "positive/reschedule-sequence",
               "Google invite Tue Apr 7 2pm MDT (SEQUENCE:0) replaced by 'Updated invitation' with the same UID and "
               "SEQUENCE:2 for Thu Apr 9 3:30-4:30pm MDT (-06:00). One interview at the final time. Organizer "
               "Maria (SRE manager) and Dev both conduct it."))


# =====================================================================================================
# d18  Reference-check call about someone else (negative)
# =====================================================================================================
def d18():
    owner, oname = "sam.achebe@northbox.example", "Samuel Achebe"
    irene = ("Irene Walsh", "irene.walsh@copperleaf.example")
    d1 = T(2026, 5, 11, 10, 12, "America/New_York", "Mon")
    id1 = "<CAKq2w0Rf7-ref-0511@mail.copperleaf.example>"
    t1 = f"""Hi Samuel,

I'm a recruiter at Copperleaf Analytics. Tomás Reyes is in the final stage of our process for a Senior Data Analyst role and listed you as a reference from your time working together at Brightwater.

Would you have 15 minutes for a quick call this week? I'm free Thursday at 2pm ET or Friday morning. I'll ask about Tomás's strengths, how he works with stakeholders, and areas where he's grown.

Thanks so much in advance,
Irene

Irene Walsh | Recruiting Manager | Copperleaf Analytics
"""
    m1 = mail(frm=addr(*irene), to=addr(oname, owner), subject="Reference call for Tomás Reyes?", date=d1,
              text=t1, msgid=id1, delivered_to=owner, cte="quoted-printable")
    d2 = T(2026, 5, 11, 12, 31, "America/New_York", "Mon")
    id2 = "<DM6PR19MB4410.ref@northbox.example>"
    t2 = f"""Hi Irene,

Happy to help - Tomás was one of the best analysts on my team. Thursday at 2 works. You can reach me at 202-555-0116.

Samuel

> Would you have 15 minutes for a quick call this week? I'm free Thursday at 2pm ET or Friday morning.
"""
    m2 = mail(frm=addr(oname, owner), to=addr(*irene), subject="Re: Reference call for Tomás Reyes?", date=d2,
              text=t2, msgid=id2, in_reply_to=id1, references=id1, delivered_to=owner, html=False,
              cte="quoted-printable")
    d3 = T(2026, 5, 11, 13, 5, "America/New_York", "Mon")
    t3 = """Wonderful, thank you Samuel! I'll call you Thursday at 2pm ET - it shouldn't take more than 15 minutes.

Irene
"""
    m3 = mail(frm=addr(*irene), to=addr(oname, owner), subject="Re: Reference call for Tomás Reyes?", date=d3,
              text=t3, msgid="<CAKq2w0Rf7-ref-0511b@mail.copperleaf.example>", in_reply_to=id2,
              references=f"{id1} {id2}", delivered_to=owner, html=False)
    case("d18-copperleaf", [("01-reference-call.eml", m1), ("02-re-reference-call.eml", m2),
                            ("03-re-re-reference-call.eml", m3)],
         label(owner, [], "hard", "negative/reference-check",
               "Recruiter books a 15-minute call with the user (Thu May 14 2pm ET) to give a reference for another "
               "person who is the candidate; same shape as a phone-screen thread but the user is not a candidate."))


# =====================================================================================================
# d19  Informal "chat with the team lead" framed as the next step; Calendar API event (Sydney, after DST end)
# =====================================================================================================
def d19():
    owner, oname = "hamish.doyle@bluegummail.example", "Hamish Doyle"
    sarah = ("Sarah Nguyen", "sarah.nguyen@wattlebird.example")
    ravi = ("Ravi Chandran", "ravi.chandran@wattlebird.example")
    start = T(2026, 4, 9, 15, 0, "Australia/Sydney", "Thu")
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(hours=10)
    d1 = T(2026, 4, 6, 9, 40, "Australia/Sydney", "Mon")
    t1 = f"""Hey Hamish,

Hope you had a good Easter break! Good news - the team really enjoyed reading your take-home, especially the way you handled the rollout plan.

Next step in the process is an informal chat with Ravi Chandran, who leads our Platform team. It's very relaxed - no tech questions, just a chance for you both to work out whether it's a good fit: how the team works, on-call, what the first few months would look like.

Ravi's free Thursday at 3pm, so I've popped a 30 min Google Meet in your calendar. If that doesn't suit, just let me know and we'll move it.

Cheers,
Sarah

Sarah Nguyen | Talent Acquisition | Wattlebird Digital
"""
    m1 = mail(frm=addr(*sarah), to=addr(oname, owner), subject="Next step - chat with Ravi", date=d1, text=t1,
              msgid="<SY4PR01MB6120B7E8@SY4PR01MB6120.ausprd01.prod.outlook.example>", delivered_to=owner)
    ev = gcal_event(
        kind="calendar#event", etag="\"3437719920412000\"", id="1ud6o3p9vh8m2a7kqc0s4bgtre",
        status="confirmed",
        htmlLink="https://calendar.google.example/calendar/event?eid=MXVkNm8zcDl2aDhtMmE3a3FjMHM0Ymd0cmU",
        created="2026-04-05T23:36:02.000Z", updated="2026-04-06T01:12:00.206Z",
        summary="Hamish / Ravi - chat",
        description="Informal chat with Ravi (Platform team lead) - next step for the Platform Engineer role.",
        creator={"email": sarah[1], "displayName": sarah[0]},
        organizer={"email": sarah[1], "displayName": sarah[0]},
        start={"dateTime": rfc3339(start), "timeZone": "Australia/Sydney"},
        end={"dateTime": rfc3339(end), "timeZone": "Australia/Sydney"},
        iCalUID="1ud6o3p9vh8m2a7kqc0s4bgtre@google.example", sequence=0,
        attendees=[{"email": sarah[1], "displayName": sarah[0], "organizer": True, "responseStatus": "accepted"},
                   {"email": ravi[1], "displayName": ravi[0], "responseStatus": "accepted"},
                   {"email": owner, "self": True, "responseStatus": "accepted"}],
        hangoutLink="https://meet.google.example/hgt-wqzc-yaa",
        conferenceData={"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.example/hgt-wqzc-yaa",
                                         "label": "meet.google.example/hgt-wqzc-yaa"}],
                        "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                        "conferenceId": "hgt-wqzc-yaa"},
        reminders={"useDefault": True}, eventType="default")
    case("d19-wattlebird", [("01-next-step.eml", m1), ("02-event.gcal.json", ev)],
         label(owner, [iv("Wattlebird Digital", "Platform Engineer", start, end, "scheduled", [ravi[1]], [ravi[1]],
                          "hiring_manager")], "medium", "positive/informal-chat",
               "Recruiter frames an 'informal chat' with the team lead as the next step in the process; the API "
               "event (self:true) gives Thu Apr 9 15:00-15:30 AEST (+10:00, after Sydney DST ended Apr 5). Role "
               "only in the event description. Kind labelled hiring_manager (team lead chat)."))


# =====================================================================================================
# d20  Google invite: hiring manager is organizer, recruiter optional attendee (New York, after DST end)
# =====================================================================================================
def d20():
    owner, oname = "tessa.novak@larkmail.example", "Tessa Novak"
    colin = ("Colin Baptiste", "colin.baptiste@marrowstone.example")
    jenna = ("Jenna Ruiz", "jenna.ruiz@marrowstone.example")
    start = T(2026, 11, 4, 11, 0, "America/New_York", "Wed")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-5)
    m = google_invite(owner=owner, owner_name=oname, organizer=colin,
                      guests=[colin + (False,), jenna + (True,), (oname, owner, False)],
                      summary="Tessa Novak <> Colin Baptiste (Senior Marketing Manager, Lifecycle)",
                      start=start, end=end, view_tz="America/New_York", view_tz_label="Eastern Time - New York",
                      uid="5mt2c8o1qg7r4e0kdv9ahl3bsn@google.example", seq=0,
                      sent=T(2026, 10, 28, 16, 18, "America/New_York", "Wed"),
                      description="Hi Tessa, looking forward to our conversation about the Lifecycle Marketing "
                                  "role and what you'd want to build in your first year at Marrowstone Outdoor. "
                                  "Jenna from our recruiting team is on the invite as optional in case any "
                                  "logistics come up. - Colin (VP Marketing, hiring manager)",
                      meet="https://meet.google.example/cfr-nkap-dwu",
                      msgid="<calendar-e0b4c7d2-98a3-41f5-bc06-5d1e2f3a4b10@google.example>")
    case("d20-marrowstone", [("01-invitation.eml", m)],
         label(owner, [iv("Marrowstone Outdoor", "Senior Marketing Manager, Lifecycle", start, end, "scheduled",
                          [colin[1]], [colin[1]], "hiring_manager")], "medium", "positive/google-invite-hm",
               "Google invite sent one week before, across the US DST end (Nov 1): Wed Nov 4 11:00-11:45 EST "
               "(-05:00). Organizer = hiring manager = interviewer; recruiter is ROLE=OPT-PARTICIPANT "
               "('optional') for logistics only, so not an interviewer or recipient."))


# ---------------------------------------------------------------- main
def main():
    for fn in (d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20):
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name[:1] == "d" and name[1:3].isdigit():
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, obj in items:
            path = os.path.join(HERE, cid, fname)
            if isinstance(obj, EmailMessage):
                set_boundaries(obj, cid.split("-")[0])
                data = obj.as_bytes(policy=POLICY)
            else:
                data = obj.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# BLIND3 interview-detection set - generated by make_cases.py, do not edit by hand\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for l in LABELS.values() if l["interview"])
    print(f"wrote {len(CASES)} cases ({pos} with an interview, {len(CASES) - pos} without) to {HERE}")


if __name__ == "__main__":
    main()
