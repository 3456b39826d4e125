#!/usr/bin/env python3
"""Deterministic generator for the blind101 interview-detection set.

Theme: a nurse practitioner / ICU nurse in Houston (America/Chicago) applying to hospitals,
telehealth companies, travel-nursing agencies and clinics in TX, LA, CO, AZ and CA.
All people, companies and domains are invented (.example domains, owner at example.com).

Re-run to rewrite every case folder and labels.yaml:  python make_cases.py
Only stdlib + PyYAML + zoneinfo.
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
CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
PHX = ZoneInfo("America/Phoenix")
LAX = ZoneInfo("America/Los_Angeles")

OWNER = "noemi.adair@example.com"
OWNER_NAME = "Noemi Adair"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

LABELS = {}
CASES = {}  # case_id -> list of (filename, bytes)


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def msgid(seed, domain):
    return f"<{h('mid', seed)[:24].upper()}@{domain}>"


# --------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """Fold a content line at 75 octets without splitting UTF-8 sequences."""
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


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


US_RULES = {
    # tzid -> (std offset, dst offset or None, std name, dst name)
    "America/Chicago": ("-0600", "-0500", "CST", "CDT"),
    "America/Denver": ("-0700", "-0600", "MST", "MDT"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
    "America/Phoenix": ("-0700", None, "MST", None),
    "Central Standard Time": ("-0600", "-0500", "Central Standard Time", "Central Daylight Time"),
    "Mountain Standard Time": ("-0700", "-0600", "Mountain Standard Time", "Mountain Daylight Time"),
}


def vtimezone(tzid, ms=False):
    std, dst, sn, dn = US_RULES[tzid]
    q = f'"{tzid}"' if " " in tzid else tzid
    L = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        L += ["BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{std}",
              f"TZOFFSETTO:{std}", f"TZNAME:{sn}", "END:STANDARD"]
    elif ms:
        L += ["BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT"]
    else:
        L += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
              "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
              "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L, q


def ics(prodid, method, uid, start, end, summary, organizer, attendees, dtstamp, description="",
        location="", sequence=0, status="CONFIRMED", tzid=None, ms=False, extra=None, cal_extra=None):
    """Build an iCalendar object. attendees: list of (name, email, partstat).
    tzid None -> UTC times; otherwise local times with TZID and a VTIMEZONE block."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += cal_extra or []
    if tzid:
        vt, q = vtimezone(tzid, ms)
        L += vt
    L.append("BEGIN:VEVENT")
    if tzid:
        L.append(f"DTSTART;TZID={q}:{local(start)}")
        L.append(f"DTEND;TZID={q}:{local(end)}")
    else:
        L.append(f"DTSTART:{utc(start)}")
        L.append(f"DTEND:{utc(end)}")
    L.append(f"DTSTAMP:{utc(dtstamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, mail, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{mail}")
    L.append(f"CREATED:{utc(dtstamp)}")
    if description:
        L.append(f"DESCRIPTION:{ics_escape(description)}")
    L.append(f"LAST-MODIFIED:{utc(dtstamp)}")
    if location:
        L.append(f"LOCATION:{ics_escape(location)}")
    L.append(f"SEQUENCE:{sequence}")
    L.append(f"STATUS:{status}")
    L.append(f"SUMMARY:{ics_escape(summary)}")
    L.append("TRANSP:OPAQUE")
    L += extra or []
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# --------------------------------------------------------------------------- e-mail
def email(frm, subject, date, text=None, html=None, to=OWNER_FULL, cc=None, reply_to=None,
          mid=None, in_reply_to=None, references=None, text_cte=None, html_cte=None,
          calendar=None, cal_method="REQUEST", attach=None, headers=None, delivered_to=OWNER,
          received_from="mail.example", sender=None):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {received_from} ({received_from} [198.51.100.{int(h(subject, date)[:2], 16) % 250 + 1}]) "
                     f"by mx.mail.example with ESMTPS id {h('rcv', subject, date)[:12]} for <{delivered_to}>; "
                     f"{format_datetime(date + timedelta(seconds=2))}")
    for k, v in (headers or []):
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
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid or msgid(subject + str(date), received_from)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte) if text_cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method}, cte="7bit")
    for (fname, content, ctype, params) in (attach or []):
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            m.add_attachment(content, subtype=subtype, filename=fname, params=params or {})
        else:
            m.add_attachment(content.encode() if isinstance(content, str) else content,
                             maintype=maintype, subtype=subtype, filename=fname, params=params or {})
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"{h('bnd', subject, date, i)[:28]}")
    return m.as_bytes(policy=POLICY)


def html_wrap(body, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body}</div></body></html>\n')


def paras(text):
    from html import escape
    return "".join("<p>" + escape(p).replace("\n", "<br>") + "</p>\n" for p in text.strip().split("\n\n"))


def quote(text, who, when):
    return f"On {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.strip().split("\n"))


def fmt_when(dt):
    return dt.strftime("%a, %b %-d, %Y at %-I:%M %p")


def google_invite(frm_name, frm_mail, subject_title, start, end, tzlabel, guests, dtstamp, desc,
                  uid, sequence=0, updated=False, meet="https://meet.google.com/abc-defg-hij"):
    """Google Calendar invitation e-mail (multipart/mixed + invite.ics attachment)."""
    loc = start.astimezone(start.tzinfo)
    when = f"{loc.strftime('%A %b %-d, %Y')} \u22c5 {loc.strftime('%-I:%M%p').lower()} \u2013 {end.strftime('%-I:%M%p').lower()}"
    head = "Updated invitation" if updated else "Invitation"
    subj = (f"{head}: {subject_title} @ {loc.strftime('%a %b %-d, %Y')} "
            f"{loc.strftime('%-I:%M%p').lower()} - {end.strftime('%-I:%M%p').lower()} ({tzlabel}) ({OWNER})")
    glist = "\n".join(f"{n}{' - organizer' if m == frm_mail else ''}\n{m}" for n, m in guests)
    text = (f"{'This event has been updated' + chr(10) + 'Changed: time' + chr(10) + chr(10) if updated else ''}"
            f"{subject_title}\n{when}\n{tzlabel}\n\nJoin with Google Meet\n{meet}\n\n"
            f"Organizer\n{frm_name}\n{frm_mail}\n\nGuests\n{glist}\n{OWNER}\n\n{desc}\n\n"
            f"~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event.\n")
    html = html_wrap(paras(text), "Roboto,Helvetica,Arial,sans-serif")
    att = [(n, m, "ACCEPTED" if m == frm_mail else "NEEDS-ACTION") for n, m in guests] + [(OWNER, OWNER, "NEEDS-ACTION")]
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", uid, start, end, subject_title,
              (frm_name, frm_mail), att, dtstamp, description=desc + f"\n\nJoin with Google Meet: {meet}",
              location="", sequence=sequence, extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
    return email(f"{frm_name} <{frm_mail}>", subj, dtstamp.astimezone(UTC), text=text, html=html,
                 text_cte="base64", html_cte="quoted-printable", calendar=cal, to=OWNER,
                 reply_to=f"{frm_name} <{frm_mail}>", sender="Google Calendar <calendar-notification@google.com>",
                 attach=[("invite.ics", cal, "application/ics", None)],
                 mid=f"<calendar-{h(uid, sequence)[:8]}-{h(uid)[8:12]}-{h(uid)[12:16]}@google.com>",
                 received_from="mail-sor-f41.google.com")


def exchange_invite(frm, to, subject, date, when_line, body, cal, cancel=False, cc=None):
    text = f"When: {when_line}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n" + TEAMS_FOOTER
    html = html_wrap(paras(text), "Aptos,Calibri,sans-serif")
    return email(frm, subject, date, text=text, html=html, to=to, cc=cc, text_cte="quoted-printable",
                 html_cte="quoted-printable", calendar=cal, cal_method="CANCEL" if cancel else "REQUEST",
                 headers=[("Thread-Topic", subject.split(": ", 1)[-1]),
                          ("Thread-Index", "AdzN" + h(subject)[:20]),
                          ("Content-class", "urn:content-classes:calendarmessage"),
                          ("X-MS-Has-Attach", ""), ("Accept-Language", "en-US")],
                 mid=f"<{h(subject, date)[:16].upper()}@PH0PR19MB{h(frm)[:4].upper()}.namprd19.prod.outlook.com>",
                 received_from="NAM10-DM6-obe.outbound.protection.outlook.com")


TEAMS_FOOTER = ("________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                "NzQ1ZTk4%40thread.v2/0>\nMeeting ID: 284 551 906 317\nPasscode: 7hQ2xZ\n"
                "________________________________________________________________________________")


def ms_cal(method, uid, start, end, summary, organizer, attendees, dtstamp, tzid, sequence=0,
           status="CONFIRMED", desc=""):
    extra = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
    if method == "CANCEL":
        extra = ["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:1"]
    return ics("Microsoft Exchange Server 2010", method, uid, start, end, summary, organizer, attendees,
               dtstamp, description=desc, location="Microsoft Teams Meeting", sequence=sequence,
               status=status, tzid=tzid, ms=True, extra=extra)


def label(cid, interviews, difficulty, category, notes, source="synthetic"):
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": source}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def add(cid, fname, data):
    CASES.setdefault(cid, []).append((fname, data))


SIG_NOEMI = "Noemi Adair, MSN, APRN, FNP-C\nCCRN | Houston, TX\n(713) 555-0148"


# =========================================================================== POSITIVES
def c01():
    cid = "b101-01-travel-agency-facility-call-window-louisiana"
    rec = "Brooke Tamsin <btamsin@solsticetravel.example>"
    d1 = T(2026, 4, 13, 10, 12, CHI)
    t1 = """Hi Noemi!!

Great news - Our Lady of the Teche Medical Center in Lafayette, LA reviewed your profile and wants to do a facility interview for the 13-week CVICU contract (nights, 3x12, start 5/11).

The nurse manager, Denise Arceneaux, will call you Wednesday 4/15 sometime between 2 and 4 PM CST at (713) 555-0148. It's usually a quick 10-20 min phone interview - she'll ask about your CVICU experience, devices (Impella, CRRT, fresh hearts), and your floating comfort. Have your questions ready (parking, orientation length, self-scheduling).

If the number is wrong or that window doesn't work let me know ASAP so I can tell the facility.

Brooke Tamsin
Senior Travel Recruiter | Solstice Travel Health
c (504) 555-0193 | btamsin@solsticetravel.example
1200 Poydras St, Ste 1850, New Orleans, LA 70112"""
    m1 = msgid("c01a", "solsticetravel.example")
    add(cid, "01-facility-interview-teche.eml",
        email(rec, "Facility interview - Our Lady of the Teche CVICU (Wed 4/15)", d1, text=t1, mid=m1,
              html=html_wrap(paras(t1)), html_cte="quoted-printable", received_from="mail.solsticetravel.example"))
    d2 = T(2026, 4, 13, 12, 47, CHI)
    t2 = ("That's awesome, thank you Brooke! Number is right. I'm off Wednesday so anytime in that window "
          "works, I'll keep my phone on me.\n\nNoemi\n\n" + quote(t1, rec, fmt_when(d1)))
    add(cid, "02-re-facility-interview.eml",
        email(OWNER_FULL, "Re: Facility interview - Our Lady of the Teche CVICU (Wed 4/15)", d2, text=t2,
              to=rec, in_reply_to=m1, mid=msgid("c01b", "mail.example")))
    label(cid, [iv("Our Lady of the Teche Medical Center", "Travel RN - CVICU (13 weeks, nights)",
                   T(2026, 4, 15, 14, 0, CHI), None, "scheduled", [], ["btamsin@solsticetravel.example"],
                   "hiring_manager")],
          "hard", "positive/agency-relayed-call-window",
          "Travel agency relays a facility phone interview with the nurse manager and only gives a window "
          "'between 2 and 4 PM CST'. Start = window start; 'CST' is used loosely (mid-April is CDT), so "
          "14:00 America/Chicago = -05:00. No duration -> end null. Manager has no e-mail in the case -> "
          "thank-you goes to the agency recruiter. Company = the facility.")


def c02():
    cid = "b101-02-hospital-workday-interview-scheduled"
    d = T(2026, 3, 5, 15, 40, CHI)
    start, end = T(2026, 3, 12, 9, 0, CHI), T(2026, 3, 12, 10, 0, CHI)
    text = """Bayou Gulf Health System

Hello Noemi Adair,

Your interview has been scheduled for the position below. Please review the details and arrive 15 minutes early to allow time for parking and badge check-in at the Main Tower welcome desk.

Job Requisition: R-0048213 Nurse Practitioner - Cardiology (Heart Failure Clinic)

Interview Date: Thursday, March 12, 2026
Interview Time: 9:00 AM - 10:00 AM CDT
Interview Type: In Person - Panel
Location: Bayou Gulf Heart Institute, 6700 Bertner Blvd, 4th Floor Conference Room 4B, Houston, TX 77030

Interviewers:
Raymond Okafor, MD - Medical Director, Advanced Heart Failure
Lisa Pham, DNP, APRN - Lead Nurse Practitioner

A calendar file is attached. If you need to reschedule, please contact your recruiter Tamika Rhodes at tamika.rhodes@bayougulf.example or (832) 555-0177.

View the interview in your candidate home: https://bayougulf.wd5.myworkday.example/bayougulf/d/home.htmld

This is an automatically generated message. Please do not reply."""
    cal = ics("-//Workday//Workday Recruiting//EN", "PUBLISH", "WD-INT-R0048213-77341@myworkday.example",
              start, end, "Interview: Nurse Practitioner - Cardiology (Heart Failure Clinic)", None, [], d,
              description="In Person - Panel with Raymond Okafor, MD and Lisa Pham, DNP. Recruiter: Tamika Rhodes",
              location="Bayou Gulf Heart Institute, 6700 Bertner Blvd, 4th Floor, Conf 4B, Houston, TX 77030",
              tzid="America/Chicago")
    add(cid, "01-workday-interview-scheduled.eml",
        email("Bayou Gulf Health System <bayougulf@myworkday.example>",
              "Interview Scheduled: Nurse Practitioner - Cardiology (Heart Failure Clinic)", d, text=text,
              html=html_wrap(paras(text)), html_cte="base64",
              attach=[("Interview.ics", cal, "text/calendar", {"method": "PUBLISH"})],
              received_from="wd5-smtp.myworkday.example"))
    label(cid, [iv("Bayou Gulf Health System", "Nurse Practitioner - Cardiology (Heart Failure Clinic)",
                   start, end, "scheduled", [], ["tamika.rhodes@bayougulf.example"], "onsite")],
          "medium", "positive/workday",
          "Workday notification (no-reply) + attached .ics with TZID America/Chicago. Sent before the DST switch "
          "(Mar 5, CST) for a date after it (Mar 12 -> CDT -05:00). In-person panel of two -> onsite. "
          "Interviewers have no e-mail addresses -> recruiter named in the text gets the thank-you.")


def c03():
    cid = "b101-03-telehealth-calendly-clinical-screen"
    d = T(2026, 4, 2, 11, 3, CHI)
    start, end = T(2026, 4, 7, 14, 30, CHI), T(2026, 4, 7, 15, 0, CHI)
    text = """Hi Noemi Adair,

A new event has been scheduled.

Event Type:
NP Clinical Screen (30 min)

Invitee:
Noemi Adair
noemi.adair@example.com

Event Date/Time:
2:30pm - 3:00pm (Central Time - US & Canada) on Tuesday, April 7, 2026

Location:
This is a Zoom web conference. https://lumentelecare.zoom.example/j/8812240097

Host:
Priya Raman, Clinical Talent Partner - Lumen Telecare

Questions:
Which role are you applying for? Telehealth Nurse Practitioner - Virtual Urgent Care (TX/LA/CO licenses)
What states are you licensed in? TX, LA (compact RN), APRN in TX

Need to make changes to this event?
Cancel: https://calendly.example/cancellations/6f1e0c2a-77b1
Reschedule: https://calendly.example/reschedulings/6f1e0c2a-77b1

Powered by Calendly.example"""
    body_html = html_wrap(paras(text))
    cal = ics("-//Calendly//EN", "REQUEST", "6f1e0c2a-77b1-4d2b-9a3e-1b0c0f55d0aa@calendly.example", start,
              end, "NP Clinical Screen (30 min) between Priya Raman and Noemi Adair",
              ("Priya Raman", "priya.raman@lumentelecare.example"),
              [("Noemi Adair", OWNER, "ACCEPTED")], d,
              description="Event Name: NP Clinical Screen (30 min)\nLocation: https://lumentelecare.zoom.example/j/8812240097",
              location="https://lumentelecare.zoom.example/j/8812240097")
    add(cid, "01-calendly-confirmed.eml",
        email("Calendly <notifications@calendly.example>",
              "Confirmed: NP Clinical Screen (30 min) with Priya Raman on Tuesday, April 7, 2026", d,
              html=body_html, html_cte="base64",
              reply_to="Priya Raman <priya.raman@lumentelecare.example>",
              attach=[("invite.ics", cal, "text/calendar", {"method": "REQUEST"})],
              received_from="mail.calendly.example"))
    label(cid, [iv("Lumen Telecare", "Telehealth Nurse Practitioner - Virtual Urgent Care", start, end,
                   "scheduled", ["priya.raman@lumentelecare.example"], ["priya.raman@lumentelecare.example"],
                   "phone_screen")],
          "medium", "positive/calendly",
          "HTML-only base64 Calendly confirmation (from the notification address, Reply-To = host) with a UTC .ics "
          "attached. Host (clinical talent partner) conducts the screen.")


def c04():
    cid = "b101-04-teams-panel-cno-denver"
    coord = ("Hannah Wexler", "hwexler@frmercy.example")
    cno = ("Colleen Marsh", "cmarsh@frmercy.example")
    dirc = ("Tobias Engel", "tengel@frmercy.example")
    d1 = T(2026, 4, 14, 9, 20, DEN)
    t1 = """Good morning Noemi,

Thank you for speaking with me last week. Colleen Marsh, our Chief Nursing Officer, and Tobias Engel, Director of Critical Care Services, would like to meet with you for a panel interview for the ICU Nurse Practitioner (Critical Care APP Team) position.

I'm sending a Teams invite for Wednesday 4/22 at 10 AM Mountain (11 AM in Houston). Plan on an hour. I'll get everyone connected and then drop off.

Best,
Hannah Wexler
Talent Acquisition Coordinator
Front Range Mercy Hospital | 2150 E 19th Ave, Denver, CO 80205
o 303-555-0162"""
    add(cid, "01-panel-heads-up.eml",
        email(f"{coord[0]} <{coord[1]}>", "Next step - panel interview with our CNO", d1, text=t1,
              html=html_wrap(paras(t1), "Aptos,Calibri,sans-serif"), html_cte="quoted-printable",
              received_from="NAM10-DM6-obe.outbound.protection.outlook.com"))
    d2 = T(2026, 4, 14, 9, 31, DEN)
    start, end = T(2026, 4, 22, 10, 0, DEN), T(2026, 4, 22, 11, 0, DEN)
    subj = "Panel Interview - Noemi Adair - ICU Nurse Practitioner"
    cal = ms_cal("REQUEST", "040000008200E00074C5B7101A82E00800000000B1F4C2A7E0CADC01000000000000000010000000A1",
                 start, end, subj, coord, [("Noemi Adair", OWNER, "NEEDS-ACTION"), (cno[0], cno[1], "NEEDS-ACTION"),
                                           (dirc[0], dirc[1], "NEEDS-ACTION")], d2, "Mountain Standard Time")
    body = ("Hi Noemi, panel interview with Colleen Marsh (CNO) and Tobias Engel (Director, Critical Care). "
            "I'll open the meeting and make introductions, then leave you with the panel.\n\nHannah")
    add(cid, "02-teams-invite.eml",
        exchange_invite(f"{coord[0]} <{coord[1]}>", f"{OWNER_FULL}, {cno[0]} <{cno[1]}>, {dirc[0]} <{dirc[1]}>",
                        subj, d2, "Wednesday, April 22, 2026 10:00 AM-11:00 AM (UTC-07:00) Mountain Time (US & Canada).",
                        body, cal))
    label(cid, [iv("Front Range Mercy Hospital", "ICU Nurse Practitioner (Critical Care APP Team)", start, end,
                   "scheduled", [cno[1], dirc[1]], [cno[1], dirc[1]], "onsite")],
          "medium", "positive/exchange-teams-panel",
          "Coordinator e-mail + Exchange/Teams invite with Windows TZID 'Mountain Standard Time' and a "
          "'(UTC-07:00)' display label; April 22 is MDT so the start is 10:00-06:00. Panel with CNO + director "
          "-> onsite; coordinator only schedules.")


def c05():
    cid = "b101-05-shadow-shift-working-interview-phoenix"
    mgr = ("Gabriela Soto", "gsoto@saguarofamily.example")
    md = ("Aaron Whitaker", "awhitaker@saguarofamily.example")
    d1 = T(2026, 3, 4, 13, 15, PHX)
    start, end = T(2026, 3, 12, 7, 0, PHX), T(2026, 3, 12, 11, 0, PHX)
    t1 = f"""Hi Noemi,

It was a pleasure talking with you Monday. The last step in our hiring process for the Family Nurse Practitioner - Walk-In Care position is a working interview: a half shift shadowing Dr. Aaron Whitaker (cc'd) at our Maryvale clinic, and then we sit down together at the end to talk about how it went and answer your questions.

When: Thursday, March 12, 7:00 a.m. to 11:00 a.m. (Arizona time)
Where: Saguaro Family Clinics - Maryvale, 5102 W Indian School Rd, Phoenix, AZ 85031. Check in at the front desk and ask for me.

Arizona doesn't change clocks, so that's 9 to 1 your time in Houston now that you've sprung forward. Scrubs and comfortable shoes are fine. We'll cover parking.

I've attached a calendar file. Let me know if anything changes with your travel.

Gabriela Soto, MSN, RN
Clinic Operations Manager
Saguaro Family Clinics
602-555-0119"""
    m1 = msgid("c05a", "saguarofamily.example")
    add(cid, "01-working-interview-shadow-shift.eml",
        email(f"{mgr[0]} <{mgr[1]}>", "Working interview / shadow shift - Maryvale clinic", d1, text=t1,
              cc=f"{md[0]} <{md[1]}>", mid=m1, received_from="mail.saguarofamily.example"))
    cal = ics("-//Apple Inc.//macOS 15.3//EN", None, "A3C1B6E2-5F8D-4C2A-9E71-0D4B8C11F2A0", start, end,
              "Shadow shift / working interview - Noemi Adair (FNP candidate)", mgr,
              [(md[0], md[1], "ACCEPTED"), ("Noemi Adair", OWNER, "NEEDS-ACTION")], d1,
              description="Working interview - shadow Dr. Whitaker in walk-in care, debrief with Gabriela at the end.",
              location="Saguaro Family Clinics - Maryvale, 5102 W Indian School Rd, Phoenix, AZ 85031",
              tzid="America/Phoenix")
    add(cid, "02-shadow-shift.ics", cal.encode())
    d3 = T(2026, 3, 4, 17, 2, CHI)
    t3 = ("Thank you Gabriela! I'll be there at 7 on the 12th. Flights are booked.\n\n" + SIG_NOEMI + "\n\n"
          + quote(t1, f"{mgr[0]} <{mgr[1]}>", fmt_when(d1)))
    add(cid, "03-re-working-interview.eml",
        email(OWNER_FULL, "Re: Working interview / shadow shift - Maryvale clinic", d3, text=t3,
              to=f"{mgr[0]} <{mgr[1]}>", cc=f"{md[0]} <{md[1]}>", in_reply_to=m1, mid=msgid("c05c", "mail.example")))
    label(cid, [iv("Saguaro Family Clinics", "Family Nurse Practitioner - Walk-In Care", start, end, "scheduled",
                   [mgr[1], md[1]], [mgr[1], md[1]], "onsite")],
          "hard", "positive/shadow-shift-working-interview",
          "A shadow shift that is explicitly the last step of the hiring process (working interview with a debrief) "
          "-> counted as one on-site interview 07:00-11:00 America/Phoenix (-07:00, no DST); the e-mail also gives "
          "'9 to 1 your time in Houston' (CDT). Standalone Apple .ics with TZID America/Phoenix.")


def c06():
    cid = "b101-06-hurricane-reschedule-google"
    rec = ("Jolie Fontenot", "jfontenot@crescentparish.example")
    nm = ("Marcus Thibodeaux", "mthibodeaux@crescentparish.example")
    uid = "5q0ak2h7v1c3pe8r9m4tdl6bnu@google.com"
    title = "Interview: Noemi Adair - ICU RN (Nights) - Crescent Parish Medical Center"
    d1 = T(2026, 8, 20, 14, 5, CHI)
    s1, e1 = T(2026, 8, 27, 10, 0, CHI), T(2026, 8, 27, 10, 45, CHI)
    desc = ("Video interview with Marcus Thibodeaux, Nurse Manager - Medical ICU. "
            "Jolie Fontenot (Talent Acquisition) is scheduling only.")
    add(cid, "01-invitation.eml", google_invite(rec[0], rec[1], title, s1, e1, "Central Time - Chicago",
                                                [rec, nm], d1, desc, uid))
    d2 = T(2026, 8, 25, 7, 48, CHI)
    t2 = """Hi Noemi,

I hope you and your family are staying safe with Hurricane Edouard heading toward the coast. Our hospital activated its emergency operations plan this morning and all non-essential meetings are postponed through the weekend, so we need to move Thursday's interview with Marcus.

Would next Wednesday, September 2 at 1:30 pm work? Same Google Meet link, same length. I'll update the invite once you confirm.

Jolie Fontenot
Talent Acquisition Partner
Crescent Parish Medical Center | 3400 Prytania St, New Orleans, LA 70115
(504) 555-0130"""
    m2 = msgid("c06b", "crescentparish.example")
    add(cid, "02-hurricane-reschedule.eml",
        email(f"{rec[0]} <{rec[1]}>", "Postponing Thursday's interview - Hurricane Edouard", d2, text=t2, mid=m2,
              received_from="mail-crescentparish.example"))
    d3 = T(2026, 8, 25, 9, 12, CHI)
    t3 = ("No problem at all, stay safe over there. Wednesday 9/2 at 1:30 works for me.\n\nNoemi\n\n"
          + quote(t2, f"{rec[0]} <{rec[1]}>", fmt_when(d2)))
    add(cid, "03-re-reschedule.eml",
        email(OWNER_FULL, "Re: Postponing Thursday's interview - Hurricane Edouard", d3, text=t3,
              to=f"{rec[0]} <{rec[1]}>", in_reply_to=m2, mid=msgid("c06c", "mail.example")))
    d4 = T(2026, 8, 25, 9, 40, CHI)
    s2, e2 = T(2026, 9, 2, 13, 30, CHI), T(2026, 9, 2, 14, 15, CHI)
    add(cid, "04-updated-invitation.eml", google_invite(rec[0], rec[1], title, s2, e2, "Central Time - Chicago",
                                                        [rec, nm], d4, desc, uid, sequence=1, updated=True))
    label(cid, [iv("Crescent Parish Medical Center", "ICU RN (Nights)", s2, e2, "scheduled", [nm[1]], [nm[1]],
                   "hiring_manager")],
          "medium", "positive/reschedule-hurricane",
          "Google invite, then the hospital postpones because of a hurricane, candidate agrees, updated invitation "
          "(SEQUENCE 1, same UID). Final time Wed Sep 2 13:30-14:15 CDT. Recruiter only schedules.")


def c07():
    cid = "b101-07-agency-interview-cancelled-position-filled"
    rec = "Kyle Brandt <kbrandt@pacificcreststaffing.example>"
    d1 = T(2026, 5, 14, 16, 22, LAX)
    start, end = T(2026, 5, 19, 11, 0, LAX), T(2026, 5, 19, 11, 15, LAX)
    t1 = """Hey Noemi,

Your facility interview is CONFIRMED!

Facility: Valle Verde Community Hospital - Fresno, CA
Unit: ICU, 24 beds (mixed med/surg/neuro) - nights, 3x12s, 13 weeks
Date/time: Tue 5/19 at 11:00 AM Pacific (that's 1 PM your time)
Who: Anita Gill, RN, ICU Nurse Manager - she'll call your cell directly
Length: plan on about 15 minutes

Tips: have your CA license # handy (you're still pending endorsement, she knows) and be ready to talk about your CRRT and titrating drips experience.

Kyle Brandt | Travel Recruiter
Pacific Crest Staffing
P: 916-555-0184  |  Text me anytime
2801 Capitol Mall, Sacramento, CA 95816"""
    m1 = msgid("c07a", "pacificcreststaffing.example")
    add(cid, "01-facility-interview-confirmed.eml",
        email(rec, "CONFIRMED: Valle Verde ICU facility interview Tue 5/19", d1, text=t1, mid=m1,
              received_from="smtp.pacificcreststaffing.example"))
    d2 = T(2026, 5, 18, 8, 5, LAX)
    t2 = ("Morning Noemi,\n\nBad news, sorry - Valle Verde let us know late Friday that they filled the ICU "
          "position with a local candidate, so they've cancelled all pending interviews for that req, including "
          "yours tomorrow at 11. Nothing on your end at all.\n\nThe good news is I already have two more ICU "
          "contracts in the Central Valley I'd like to submit you to - call me when you get a sec?\n\nKyle\n\n"
          + quote(t1, rec, fmt_when(d1)))
    add(cid, "02-interview-cancelled.eml",
        email(rec, "RE: CONFIRMED: Valle Verde ICU facility interview Tue 5/19", d2, text=t2, in_reply_to=m1,
              mid=msgid("c07b", "pacificcreststaffing.example"), text_cte="quoted-printable",
              received_from="smtp.pacificcreststaffing.example"))
    label(cid, [iv("Valle Verde Community Hospital", "Travel RN - ICU (nights, 13 weeks)", start, end, "cancelled",
                   [], ["kbrandt@pacificcreststaffing.example"], "hiring_manager")],
          "medium", "positive/cancel-position-filled",
          "Agency-relayed facility phone interview (11:00 PDT, ~15 min) cancelled because the facility filled the "
          "position. Manager has no address -> recruiter. Company = the facility.")


def c08():
    cid = "b101-08-outlook-cancel-colorado-after-dst"
    md = ("Derek Haldane", "dhaldane@aspenridgeuc.example")
    uid = "040000008200E00074C5B7101A82E00800000000D3A9F5E1B047DD01000000000000000010000000C7"
    subj = "FNP Interview - Noemi Adair"
    start, end = T(2026, 11, 3, 13, 0, DEN), T(2026, 11, 3, 13, 45, DEN)
    d1 = T(2026, 10, 27, 15, 10, DEN)
    att = [("Noemi Adair", OWNER, "NEEDS-ACTION")]
    cal1 = ms_cal("REQUEST", uid, start, end, subj, md, att, d1, "Mountain Standard Time")
    b1 = ("Hi Noemi - thanks for applying for our Family Nurse Practitioner opening in Colorado Springs. "
          "Looking forward to chatting Tuesday. It's a Teams video call, about 45 minutes.\n\n"
          "Derek Haldane, MD\nMedical Director, Aspen Ridge Urgent Care\n719-555-0108")
    add(cid, "01-teams-invite.eml",
        exchange_invite(f"{md[0]} <{md[1]}>", OWNER_FULL, subj, d1,
                        "Tuesday, November 3, 2026 1:00 PM-1:45 PM (UTC-07:00) Mountain Time (US & Canada).", b1, cal1))
    d2 = T(2026, 10, 30, 11, 2, DEN)
    cal2 = ms_cal("CANCEL", uid, start, end, "Canceled: " + subj, md, att, d2, "Mountain Standard Time",
                  sequence=1, status="CANCELLED")
    b2 = ("Noemi, I'm sorry to do this - corporate has put a hold on new provider hiring for Q4, so I have to "
          "cancel our interview. I'll reach out if the position reopens.\n\nDerek")
    add(cid, "02-canceled.eml",
        exchange_invite(f"{md[0]} <{md[1]}>", OWNER_FULL, "Canceled: " + subj, d2,
                        "Tuesday, November 3, 2026 1:00 PM-1:45 PM (UTC-07:00) Mountain Time (US & Canada).", b2,
                        cal2, cancel=True))
    label(cid, [iv("Aspen Ridge Urgent Care", "Family Nurse Practitioner", start, end, "cancelled", [md[1]], [md[1]],
                   "hiring_manager")],
          "medium", "positive/exchange-cancel",
          "Exchange invite sent during MDT for a date after the Nov 1 DST change (Nov 3 -> MST -07:00), then "
          "METHOD:CANCEL / STATUS:CANCELLED (hiring freeze). Medical director is organizer and interviewer.")


def c09():
    cid = "b101-09-spanish-border-clinic-two-interviews"
    hr = ("Lcda. Marisela Garza", "mgarza@clinicadelvalle.example")
    dra = ("Dra. Beatriz Salinas", "bsalinas@clinicadelvalle.example")
    s1, e1 = T(2026, 3, 10, 14, 0, CHI), T(2026, 3, 10, 14, 30, CHI)
    s2, e2 = T(2026, 3, 20, 9, 30, CHI), T(2026, 3, 20, 10, 30, CHI)
    sig = ("Lcda. Marisela Garza\nRecursos Humanos\nClínica del Valle Rio Grande\n"
           "1015 S Cage Blvd, Pharr, TX 78577\nTel. (956) 555-0126")
    d1 = T(2026, 3, 3, 10, 30, CHI)
    t1 = f"""Estimada Noemi:

Gracias por su interés en la posición de Enfermera Practicante Familiar (FNP) en nuestra clínica de Pharr. Me da gusto invitarla a una entrevista telefónica el martes 10 de marzo a las 14:00 h (hora del centro). La llamaré yo misma al (713) 555-0148; la conversación dura unos 30 minutos.

Si necesita otro horario, con gusto lo cambiamos.

Saludos cordiales,
{sig}"""
    m1 = msgid("c09a", "clinicadelvalle.example")
    add(cid, "01-entrevista-telefonica.eml",
        email(f"{hr[0]} <{hr[1]}>", "Entrevista telefónica - Enfermera Practicante Familiar (FNP)", d1, text=t1,
              mid=m1, text_cte="quoted-printable", received_from="mail.clinicadelvalle.example"))
    d2 = T(2026, 3, 10, 17, 45, CHI)
    t2 = f"""Noemi, muchas gracias por su tiempo esta tarde.

La Dra. Beatriz Salinas, nuestra directora médica, quiere conocerla en persona. ¿Le queda bien el viernes 20 de marzo a las 9:30 de la mañana aquí en la clínica de Pharr? La reunión dura aproximadamente una hora e incluye un recorrido breve por la clínica.

{sig}"""
    m2 = msgid("c09b", "clinicadelvalle.example")
    add(cid, "02-segunda-entrevista.eml",
        email(f"{hr[0]} <{hr[1]}>", "Segunda entrevista con la Dra. Salinas", d2, text=t2, mid=m2,
              html=html_wrap(paras(t2)), html_cte="quoted-printable", received_from="mail.clinicadelvalle.example"))
    d3 = T(2026, 3, 10, 20, 3, CHI)
    t3 = ("Buenas noches Lcda. Garza,\n\n¡Con mucho gusto! El viernes 20 a las 9:30 am me queda perfecto. "
          "Manejo desde Houston el jueves.\n\nSaludos,\nNoemi\n\n" + quote(t2, f"{hr[0]} <{hr[1]}>", fmt_when(d2)))
    m3 = msgid("c09c", "mail.example")
    add(cid, "03-re-segunda-entrevista.eml",
        email(OWNER_FULL, "Re: Segunda entrevista con la Dra. Salinas", d3, text=t3, to=f"{hr[0]} <{hr[1]}>",
              in_reply_to=m2, mid=m3))
    d4 = T(2026, 3, 11, 8, 20, CHI)
    t4 = (f"Perfecto, Noemi, queda confirmada su entrevista con la Dra. Salinas (la copio en este correo) el "
          f"viernes 20 de marzo a las 9:30 a.m. Pregunte por ella en recepción.\n\n{sig}\n\n"
          + quote(t3, OWNER_FULL, fmt_when(d3)))
    add(cid, "04-confirmada.eml",
        email(f"{hr[0]} <{hr[1]}>", "Re: Segunda entrevista con la Dra. Salinas", d4, text=t4,
              cc=f"{dra[0]} <{dra[1]}>", in_reply_to=m3, references=f"{m2} {m3}",
              mid=msgid("c09d", "clinicadelvalle.example"), received_from="mail.clinicadelvalle.example"))
    label(cid, [iv("Clínica del Valle Rio Grande", "Enfermera Practicante Familiar (FNP)", s1, e1, "scheduled",
                   [hr[1]], [hr[1]], "phone_screen"),
                iv("Clínica del Valle Rio Grande", "Enfermera Practicante Familiar (FNP)", s2, e2, "scheduled",
                   [dra[1]], [dra[1]], "hiring_manager")],
          "hard", "positive/spanish-two-interviews",
          "Spanish thread: HR phone screen Tue Mar 10 14:00 h hora del centro (CDT, two days after the DST "
          "change, 30 min, HR calls herself), then in-person interview with the medical director Fri Mar 20 "
          "9:30-10:30 CDT, confirmed with the director cc'd.")


def c10():
    cid = "b101-10-thread-pst-label-during-pdt"
    rec = "Tessa Lindqvist <tlindqvist@coastlinechc.example>"
    d1 = T(2026, 3, 6, 13, 40, LAX)
    t1 = """Hi Noemi,

Thanks for applying to the Nurse Practitioner - Urgent Care role at Coastline Community Health (Chula Vista site). I'd love to set up a 30 min phone screen. I have:

- Thu 3/12 @ 4:30p PST
- Fri 3/13 @ 9a PST

Let me know what works!

Tessa Lindqvist | Provider Recruitment
Coastline Community Health
(619) 555-0151 | 750 Third Ave, Chula Vista, CA 91910"""
    m1 = msgid("c10a", "coastlinechc.example")
    add(cid, "01-phone-screen-options.eml",
        email(rec, "NP - Urgent Care: phone screen", d1, text=t1, mid=m1, received_from="mail.coastlinechc.example"))
    d2 = T(2026, 3, 6, 19, 5, CHI)
    t2 = ("Hi Tessa,\n\nThursday 3/12 at 4:30 your time works great (6:30 for me in Houston). Best number is "
          "(713) 555-0148.\n\nThank you!\nNoemi\n\n" + quote(t1, rec, fmt_when(d1)))
    m2 = msgid("c10b", "mail.example")
    add(cid, "02-re-phone-screen.eml",
        email(OWNER_FULL, "Re: NP - Urgent Care: phone screen", d2, text=t2, to=rec, in_reply_to=m1, mid=m2))
    d3 = T(2026, 3, 9, 8, 15, LAX)
    t3 = ("Locked in - I'll call you Thursday at 4:30 PT. Talk then!\n\nTessa\n\n"
          + quote(t2, OWNER_FULL, fmt_when(d2)))
    add(cid, "03-re-locked-in.eml",
        email(rec, "Re: NP - Urgent Care: phone screen", d3, text=t3, in_reply_to=m2, references=f"{m1} {m2}",
              mid=msgid("c10c", "coastlinechc.example"), received_from="mail.coastlinechc.example"))
    start = T(2026, 3, 12, 16, 30, LAX)
    label(cid, [iv("Coastline Community Health", "Nurse Practitioner - Urgent Care", start,
                   start + timedelta(minutes=30), "scheduled", ["tlindqvist@coastlinechc.example"],
                   ["tlindqvist@coastlinechc.example"], "phone_screen")],
          "hard", "positive/thread-propose-confirm",
          "Recruiter offers 'Thu 3/12 @ 4:30p PST'; Mar 12 is after the Mar 8 DST change, so Pacific is PDT "
          "(-07:00); the candidate's '6:30 for me in Houston' (CDT) confirms 23:30Z. 30 min, recruiter calls.")


def c11():
    cid = "b101-11-html-ats-and-gcal-json-phoenix"
    tp = ("Owen Kessler", "okessler@desertbloom.example")
    cd = ("Farah Nadeem", "fnadeem@desertbloom.example")
    d1 = T(2026, 4, 28, 9, 12, PHX)
    start, end = T(2026, 5, 4, 13, 0, PHX), T(2026, 5, 4, 14, 0, PHX)
    html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3">
<tr><td style="background:#2f6f5e;color:#fff;padding:16px;font-size:18px">Desert Bloom Behavioral Telehealth</td></tr>
<tr><td style="padding:16px">
<p>Dear Noemi,</p>
<p>Thank you for your interest in the <b>Telehealth Nurse Practitioner - Behavioral Health (PMHNP/FNP)</b> position. We are pleased to confirm your interview:</p>
<table cellpadding="4">
<tr><td><b>Date</b></td><td>Monday, May 4, 2026</td></tr>
<tr><td><b>Time</b></td><td>1:00 PM &ndash; 2:00 PM Arizona Time (MST)</td></tr>
<tr><td><b>Format</b></td><td>Google Meet video interview (link in your calendar invitation)</td></tr>
<tr><td><b>Interviewer</b></td><td>Farah Nadeem, PMHNP-BC, Clinical Director</td></tr>
</table>
<p>Questions? Contact Owen Kessler, Talent Partner, at <a href="mailto:okessler@desertbloom.example">okessler@desertbloom.example</a>.</p>
<p style="color:#888;font-size:11px">This message was sent from an unmonitored mailbox via TalentPoint. Please do not reply.<br>
Desert Bloom Behavioral Telehealth &middot; 1 N Central Ave, Suite 900, Phoenix, AZ 85004</p>
</td></tr></table>""")
    add(cid, "01-ats-interview-confirmation.eml",
        email("Desert Bloom Careers <no-reply@desertbloom.talentpoint.example>",
              "Interview Confirmation - Telehealth Nurse Practitioner - Behavioral Health", d1, html=html,
              html_cte="base64", received_from="out.talentpoint.example"))
    ev = {
        "kind": "calendar#event", "etag": "\"3441207715562000\"", "id": "7m2c0ruq4dsh1kq8b9f3v0nmae",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N20yYzBydXE0ZHNoMWtxOGI5ZjN2MG5tYWU",
        "created": "2026-04-28T16:20:11.000Z", "updated": "2026-04-28T16:21:02.311Z",
        "summary": "Noemi Adair <> Desert Bloom | Clinical interview (Telehealth NP - Behavioral Health)",
        "description": "Clinical interview with Farah Nadeem (Clinical Director). Owen will pop in for the first two "
                       "minutes to make introductions.",
        "creator": {"email": tp[1], "displayName": tp[0]},
        "organizer": {"email": tp[1], "displayName": tp[0]},
        "start": {"dateTime": iso(start), "timeZone": "America/Phoenix"},
        "end": {"dateTime": iso(end), "timeZone": "America/Phoenix"},
        "iCalUID": "7m2c0ruq4dsh1kq8b9f3v0nmae@google.com", "sequence": 0,
        "attendees": [
            {"email": tp[1], "displayName": tp[0], "organizer": True, "responseStatus": "accepted"},
            {"email": cd[1], "displayName": cd[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/rvk-mzqa-twd",
        "reminders": {"useDefault": True}, "eventType": "default"}
    add(cid, "02-event.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())
    label(cid, [iv("Desert Bloom Behavioral Telehealth", "Telehealth Nurse Practitioner - Behavioral Health",
                   start, end, "scheduled", [cd[1]], [cd[1]], "hiring_manager")],
          "medium", "positive/dedupe-html-ats-gcal-json",
          "HTML-only base64 ATS confirmation from a no-reply address plus the Calendar API event for the same "
          "interview (America/Phoenix, -07:00, no DST) -> one interview. Talent partner organizes only.")


def c12():
    cid = "b101-12-html-only-tomorrow-half-past-ten"
    om = ("Rochelle Dubois", "rdubois@westheimercardio.example")
    dr = ("Vikas Anand", "vanand@westheimercardio.example")
    d1 = T(2026, 4, 20, 16, 5, CHI)
    start, end = T(2026, 4, 21, 10, 30, CHI), T(2026, 4, 21, 11, 15, CHI)
    html = html_wrap("""<p>Hi Noemi,</p>
<p>Thank you for sending over your CV for our nurse practitioner opening &mdash; Dr. Anand (copied here) read it over lunch and would love to meet you <b>tomorrow at half past ten</b> here at the office if that isn&rsquo;t too short notice. Plan on about 45 minutes; he&rsquo;ll walk you through the clinic and our device clinic workflow.</p>
<p>Parking is free in the garage behind the building, level 2 has visitor spots.</p>
<p>Warmly,</p>
<p style="font-size:12px;color:#444">Rochelle Dubois<br>Practice Administrator<br>
<b>Westheimer Cardiology Associates</b><br>4410 Westheimer Rd, Suite 300 &middot; Houston, TX 77027<br>
T 713.555.0172 &middot; F 713.555.0173<br>
<i>CONFIDENTIALITY NOTICE: This e-mail may contain protected health information...</i></p>""")
    m1 = msgid("c12a", "westheimercardio.example")
    add(cid, "01-meet-dr-anand.eml",
        email(f"{om[0]} <{om[1]}>", "Meeting with Dr. Anand", d1, html=html, html_cte="quoted-printable",
              cc=f"{dr[0]} <{dr[1]}>", mid=m1, received_from="mail.westheimercardio.example"))
    d2 = T(2026, 4, 20, 16, 51, CHI)
    t2 = ("Hi Rochelle,\n\nNot too short at all - I'll be there at 10:30 tomorrow. Thank you both!\n\n"
          + SIG_NOEMI)
    add(cid, "02-re-meeting.eml",
        email(OWNER_FULL, "Re: Meeting with Dr. Anand", d2, text=t2, to=f"{om[0]} <{om[1]}>",
              cc=f"{dr[0]} <{dr[1]}>", in_reply_to=m1, mid=msgid("c12b", "mail.example")))
    label(cid, [iv("Westheimer Cardiology Associates", "Nurse Practitioner", start, end, "scheduled", [dr[1]], [dr[1]],
                   "hiring_manager")],
          "medium", "positive/email-body-relative-date",
          "HTML-only quoted-printable mail: 'tomorrow at half past ten' resolved against Mon Apr 20 -> Tue Apr 21 "
          "10:30 CDT, ~45 min, with the physician (cc'd). Practice administrator only schedules.")


def c13():
    cid = "b101-13-marketplace-request-arizona-call-window"
    rec = "Jasmine Oyelaran <joyelaran@trailheadnursing.example>"
    d1 = T(2026, 6, 8, 15, 30, CHI)
    t1 = """Interview requested!

Sonoran Valley Medical Center (Tucson, AZ) wants to interview you for:
Travel RN - ICU | 13 weeks | Nights | $2,480/wk est. gross
Agency: Trailhead Nursing

Your recruiter will reach out to confirm the interview time. Keep your phone handy - facilities often call from blocked numbers.

View job: https://app.nomadicnurse.example/jobs/884213

You're receiving this because you applied through Nomadic Nurse. Manage notifications: https://app.nomadicnurse.example/settings"""
    add(cid, "01-platform-interview-requested.eml",
        email("Nomadic Nurse <alerts@nomadicnurse.example>", "Interview requested: Travel RN - ICU in Tucson, AZ",
              d1, text=t1, html=html_wrap(paras(t1)), html_cte="quoted-printable",
              received_from="o1.email.nomadicnurse.example"))
    d2 = T(2026, 6, 9, 10, 2, CHI)
    t2 = """Hi Noemi, it's Jasmine with Trailhead - congrats, Sonoran Valley wants to talk to you!

Interview is set for this Thursday, June 11. The ICU manager, Craig Benally, will call you between 9 and 11 AM Arizona time (that's 11 AM - 1 PM Houston, AZ doesn't do daylight saving). Answer unknown numbers that morning!

He usually asks about your patient ratios, CRRT, and whether you'd be open to extending. Text me right after so we can talk about the offer if he extends one on the call.

Jasmine Oyelaran
Travel Recruiter, Trailhead Nursing
C: 480-555-0111
7350 E Camelback Rd, Scottsdale, AZ 85251"""
    add(cid, "02-recruiter-interview-set.eml",
        email(rec, "Sonoran Valley ICU - interview Thursday!", d2, text=t2, received_from="mail.trailheadnursing.example"))
    label(cid, [iv("Sonoran Valley Medical Center", "Travel RN - ICU (13 weeks, nights)", T(2026, 6, 11, 9, 0, PHX),
                   None, "scheduled", [], ["joyelaran@trailheadnursing.example"], "hiring_manager")],
          "hard", "positive/agency-relayed-call-window",
          "Travel-nursing marketplace 'interview requested' notification (no time) + agency recruiter relaying "
          "a manager call window 'between 9 and 11 AM Arizona time'. Start = window start, 09:00 America/Phoenix "
          "(-07:00); no duration -> end null. Manager has no address -> recruiter. Company = the facility.")


# =========================================================================== NEGATIVES
def n14():
    cid = "b101-14-neg-credentialing-skills-checklist"
    d1 = T(2026, 4, 7, 6, 0, CHI)
    t1 = """Solstice Travel Health - Credentialing

Hi Noemi,

You have 3 outstanding compliance items. Your profile cannot be submitted to facilities for interview until these are complete.

1. Critical Care RN Skills Checklist - DUE Fri 04/10/2026 5:00 PM CT
2. ACLS card (front and back) - EXPIRED 03/31/2026
3. TB test or QuantiFERON result (within 12 months)

Complete your items: https://portal.credentiatrack.example/solstice/tasks

Questions? Your credentialing specialist is Renee Boudreaux, rboudreaux@solsticetravel.example, (504) 555-0199.

This is an automated message from CredentiaTrack on behalf of Solstice Travel Health."""
    add(cid, "01-credentialing-items-due.eml",
        email("Solstice Credentialing <no-reply@credentiatrack.example>",
              "Action required: 3 compliance items due before facility submission", d1, text=t1,
              html=html_wrap(paras(t1)), html_cte="base64", received_from="mta.credentiatrack.example"))
    d2 = T(2026, 4, 8, 7, 30, CHI)
    t2 = """Hello Noemi,

You have been assigned the following required learning by Solstice Travel Health:

- Critical Care RN Exam (Basic) - Due 04/12/2026 11:59 PM
- Dysrhythmia Interpretation: Advanced - Due 04/12/2026 11:59 PM
- Pharmacology Exam for Critical Care - Due 04/12/2026 11:59 PM

Each exam is timed (60 minutes). You may schedule them at any time before the due date. A passing score is required before your facility interview can be scheduled.

Launch PulseLearn: https://learn.pulselearn.example/solstice

PulseLearn - Healthcare Workforce Learning"""
    add(cid, "02-competency-exams-assigned.eml",
        email("PulseLearn <notifications@pulselearn.example>", "New required learning assigned - due 04/12/2026",
              d2, text=t2, received_from="smtp.pulselearn.example"))
    label(cid, [], "medium", "negative/credentialing",
          "Agency credentialing platform deadline + competency exam assignment (Symplr/HealthStream-like); they "
          "mention interviews and due times but nothing is an interview.")


def n15():
    cid = "b101-15-neg-post-offer-drug-screen-physical"
    hr = ("Monique Castillo", "mcastillo@sanjacintohv.example")
    d1 = T(2026, 5, 26, 14, 10, CHI)
    start, end = T(2026, 6, 1, 8, 15, CHI), T(2026, 6, 1, 9, 0, CHI)
    t1 = """Hi Noemi,

Congratulations again on accepting our offer for the Nurse Practitioner - Vascular Surgery position! We are so excited to have you join the team.

Next step in onboarding is your pre-employment drug screen and physical. I've scheduled you at:

WorkWell Occupational Health - Medical Center
2500 Holcombe Blvd, Suite 110, Houston, TX 77021
Monday, June 1 at 8:15 AM (allow 45 minutes)

Bring a photo ID, your immunization records (Hep B, MMR, varicella, Tdap, flu) and wear short sleeves for the TB test. No need to fast. A calendar hold is attached.

Please note your start date is contingent on clear results. Let me know if you need to move the appointment.

Monique Castillo
HR Onboarding Specialist | San Jacinto Heart & Vascular
(713) 555-0134"""
    cal = ics("-//San Jacinto Heart & Vascular//Onboarding//EN", "REQUEST", "sjhv-onb-20260601-0815-nadair",
              start, end, "Pre-employment drug screen & physical - WorkWell Occupational Health",
              hr, [("Noemi Adair", OWNER, "NEEDS-ACTION")], d1,
              location="WorkWell Occupational Health, 2500 Holcombe Blvd, Suite 110, Houston, TX 77021",
              tzid="America/Chicago")
    add(cid, "01-drug-screen-physical.eml",
        email(f"{hr[0]} <{hr[1]}>", "Onboarding: pre-employment drug screen & physical scheduled", d1, text=t1,
              attach=[("appointment.ics", cal, "text/calendar", {"method": "REQUEST"})],
              received_from="mail.sanjacintohv.example"))
    label(cid, [], "medium", "negative/pre-employment-screening",
          "Post-offer pre-employment drug screen and physical with a calendar invite and a time; not an interview.")


def n16():
    cid = "b101-16-neg-new-hire-orientation-invite"
    ed = ("Clinical Education - Memorial Brazos", "clinicaled@brazosmemorial.example")
    d1 = T(2026, 6, 3, 10, 0, CHI)
    start, end = T(2026, 6, 15, 7, 30, CHI), T(2026, 6, 15, 16, 0, CHI)
    subj = "New Hire Nursing Orientation - Day 1"
    cal = ms_cal("REQUEST", "040000008200E00074C5B7101A82E00800000000E1B2C3D4E5F6DC01000000000000000010000000F2",
                 start, end, subj, ed, [("Noemi Adair", OWNER, "NEEDS-ACTION")], d1, "Central Standard Time")
    body = ("Welcome to Memorial Brazos Hospital! Day 1 of nursing orientation is in the Education Center, "
            "Room 210 (Tower B). Breakfast is provided. Please bring your badge paperwork and I-9 documents. "
            "Your unit manager (the person you interviewed with) will meet you at lunch to walk you to the unit. "
            "Days 2-3 will be sent as separate invites.\n\nClinical Education Department\n"
            "Memorial Brazos Hospital | 8100 Greenbriar Dr, Houston, TX 77054")
    add(cid, "01-orientation-day1.eml",
        exchange_invite(f"{ed[0]} <{ed[1]}>", OWNER_FULL, subj, d1,
                        "Monday, June 15, 2026 7:30 AM-4:00 PM (UTC-06:00) Central Time (US & Canada).", body, cal))
    label(cid, [], "medium", "negative/orientation",
          "New-hire orientation Exchange invite (a calendar event after hiring; mentions the interview in passing).")


def n17():
    cid = "b101-17-neg-patient-video-visit"
    d1 = T(2026, 5, 4, 12, 30, CHI)
    start, end = T(2026, 5, 7, 14, 20, CHI), T(2026, 5, 7, 14, 40, CHI)
    t1 = """MyHealthLink | Heights Primary Care

Your video visit is scheduled

Noemi Adair
Thursday, May 7, 2026 at 2:20 PM CDT
Video Visit with Sandra Ochoa, MD - Family Medicine
Reason: Follow-up

Before your visit, complete eCheck-In (insurance, medications, and a short health history interview questionnaire). Join the video visit up to 15 minutes early from the MyHealthLink app.

Need to cancel or reschedule? Call (713) 555-0100 at least 24 hours in advance.

Please do not reply to this message. To view your appointment, log in at https://myhealthlink.example"""
    cal = ics("-//MyHealthLink//Appointments//EN", "PUBLISH", "mhl-appt-55190341@myhealthlink.example", start, end,
              "Video Visit - Heights Primary Care", None, [], d1, location="MyHealthLink Video Visit",
              tzid="America/Chicago")
    add(cid, "01-video-visit-scheduled.eml",
        email("MyHealthLink <noreply@myhealthlink.example>", "Your video visit is scheduled", d1, text=t1,
              html=html_wrap(paras(t1)), html_cte="quoted-printable",
              attach=[("appointment.ics", cal, "text/calendar", {"method": "PUBLISH"})],
              received_from="notify.myhealthlink.example"))
    label(cid, [], "easy", "negative/patient-appointment",
          "The owner's own medical video visit (patient portal, .ics); 'health history interview questionnaire'.")


def n18():
    cid = "b101-18-neg-ce-webinar-job-interview-topic"
    d1 = T(2026, 4, 22, 9, 0, CHI)
    start, end = T(2026, 4, 29, 19, 0, CHI), T(2026, 4, 29, 20, 0, CHI)
    t1 = """You're registered!

From Bedside to Provider: Nailing Your First NP Job Interview
Wednesday, April 29, 2026 - 7:00 PM Central (8:00 PM Eastern)
1.0 contact hour (ANCC) - free for members

Presenter: Janelle Frost, DNP, FNP-BC, Director of APP Recruitment
Topics: behavioral interview questions, negotiating your first contract, credentialing timelines, shadow days and working interviews - what to expect.

Join: https://nppathways.zoom.example/w/94410227731
Add to calendar: the attached file works with Outlook, Apple and Google.

NP Pathways CE | 1500 Chestnut St, Philadelphia, PA 19102"""
    cal = ics("-//NP Pathways//Webinars//EN", "PUBLISH", "npp-web-20260429-interview", start, end,
              "Webinar: Nailing Your First NP Job Interview (1.0 CE)", None, [], d1,
              location="https://nppathways.zoom.example/w/94410227731", tzid="America/Chicago")
    add(cid, "01-webinar-registration.eml",
        email("NP Pathways CE <events@nppathways.example>", "Registration confirmed: Nailing Your First NP Job Interview",
              d1, text=t1, html=html_wrap(paras(t1)), html_cte="base64",
              attach=[("webinar.ics", cal, "text/calendar", {"method": "PUBLISH"})],
              received_from="mail.nppathways.example"))
    label(cid, [], "easy", "negative/ce-webinar",
          "Continuing-education webinar about job interviews, with a time and an .ics; not an interview.")


def n19():
    cid = "b101-19-neg-rejection-after-interview"
    d1 = T(2026, 3, 23, 11, 40, CHI)
    t1 = """Dear Noemi,

Thank you for taking the time to interview with Dr. Keller and our team last Thursday for the Pediatric Nurse Practitioner - After-Hours Clinic role. We enjoyed learning about your critical care background.

After careful consideration, we have decided to move forward with another candidate whose pediatric primary care experience more closely matches the needs of the clinic at this time. We will keep your application on file and encourage you to apply for future openings.

We wish you the very best in your search.

Sincerely,
Alyssa Monroe
Practice Recruiter, Lone Star Pediatric Partners
amonroe@lonestarpeds.example | (281) 555-0187"""
    add(cid, "01-update-on-your-application.eml",
        email("Alyssa Monroe <amonroe@lonestarpeds.example>", "Update on your application - Pediatric NP",
              d1, text=t1, received_from="mail.lonestarpeds.example"))
    label(cid, [], "easy", "negative/rejection",
          "Rejection that refers to a past interview ('last Thursday'); no interview is scheduled in the case.")


def n20():
    cid = "b101-20-neg-agency-hot-jobs-list"
    d1 = T(2026, 5, 11, 6, 30, CHI)
    t1 = """HOT JOBS THIS WEEK - Horizon Travel Nurses

Hi Noemi! Here are this week's top ICU/CVICU contracts. Many of these facilities are doing QUICK INTERVIEWS - some offer same-day!

1. ICU - Houston, TX (Med Center) - Nights - $2,650/wk - start 6/1 - interview within 24 hrs
2. CVICU - Denver, CO - Days - $2,890/wk - start 6/8 - phone interview w/ manager, auto-offer for strong candidates
3. Neuro ICU - Phoenix, AZ - Nights - $2,540/wk - start 6/15 - interviews Tues/Thurs 2-4 PM MST
4. MICU - Baton Rouge, LA - Nights - $2,310/wk - start 5/25 - no interview, auto-offer
5. ICU Float - San Diego, CA - $3,120/wk - start 6/22 - 15 min interview

Want me to submit you? Reply to this email or grab a time on my calendar to talk: https://calendly.example/horizon-dmoreau

Dominique Moreau | Senior Recruiter
Horizon Travel Nurses | (832) 555-0145
Unsubscribe: https://horizontravelrn.example/unsub"""
    add(cid, "01-hot-jobs.eml",
        email("Dominique Moreau <dmoreau@horizontravelrn.example>", "\U0001F525 Hot ICU jobs + quick interviews this week",
              d1, text=t1, html=html_wrap(paras(t1)), html_cte="quoted-printable",
              received_from="bulk.horizontravelrn.example"))
    label(cid, [], "medium", "negative/agency-hot-jobs",
          "Agency weekly 'hot jobs' list with interview windows per job and a booking link; no interview booked.")


def n21():
    cid = "b101-21-neg-telehealth-availability-request-unbooked"
    rec = "Marcus Lee <mlee@carebridgevh.example>"
    d1 = T(2026, 4, 15, 10, 20, CHI)
    t1 = """Hi Noemi,

Thanks for applying to the Telehealth Nurse Practitioner (Remote - TX/CO) role at CareBridge Virtual Health. The hiring team would like to set up an initial 30-minute interview with you.

Please grab a slot on my calendar that works for you - I have openings Tue through Thu next week, 9 AM to 3 PM Central: https://calendly.example/carebridge-mlee/np-interview

If none of those times work, send me two or three windows and I'll make it happen.

Marcus Lee
Talent Acquisition, CareBridge Virtual Health
(512) 555-0166"""
    m1 = msgid("n21a", "carebridgevh.example")
    add(cid, "01-schedule-your-interview.eml",
        email(rec, "Schedule your interview - Telehealth NP", d1, text=t1, mid=m1, received_from="mail.carebridgevh.example"))
    d2 = T(2026, 4, 20, 9, 5, CHI)
    t2 = ("Hi Noemi, just bumping this up in case it got buried - are you still interested? Link below, or reply "
          "with a couple of times.\n\nhttps://calendly.example/carebridge-mlee/np-interview\n\nMarcus\n\n"
          + quote(t1, rec, fmt_when(d1)))
    add(cid, "02-following-up.eml",
        email(rec, "Re: Schedule your interview - Telehealth NP", d2, text=t2, in_reply_to=m1,
              mid=msgid("n21b", "carebridgevh.example"), received_from="mail.carebridgevh.example"))
    label(cid, [], "medium", "negative/availability-request",
          "Recruiter asks the candidate to book an interview via a scheduling link; never booked.")


def n22():
    cid = "b101-22-neg-user-on-peer-interview-panel"
    rec = ("Shonda Whitley", "swhitley@bellaireregional.example")
    mgr = ("Paul Ivanov", "pivanov@bellaireregional.example")
    d1 = T(2026, 2, 24, 13, 30, CHI)
    start, end = T(2026, 3, 3, 15, 0, CHI), T(2026, 3, 3, 15, 45, CHI)
    subj = "Peer Interview - RN Candidate Jordan Ellis (CVICU Nurse Residency)"
    cal = ms_cal("REQUEST", "040000008200E00074C5B7101A82E0080000000077A1B2C3D4E5DC01000000000000000010000000B9",
                 start, end, subj, rec, [("Noemi Adair", OWNER, "NEEDS-ACTION"), (mgr[0], mgr[1], "ACCEPTED")],
                 d1, "Central Standard Time")
    body = ("Hi Noemi and Paul,\n\nThank you for agreeing to sit on the peer interview panel as the CVICU staff "
            "representative. The candidate, Jordan Ellis, is a new graduate applying to our nurse residency. "
            "Please use the standardized behavioral question sheet attached to the requisition and submit your "
            "scores in the hiring portal within 24 hours.\n\nShonda Whitley\nNurse Recruiter, Bellaire Regional Hospital")
    add(cid, "01-peer-interview-panel.eml",
        exchange_invite(f"{rec[0]} <{rec[1]}>", f"{OWNER_FULL}, {mgr[0]} <{mgr[1]}>", subj, d1,
                        "Tuesday, March 3, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).", body, cal))
    label(cid, [], "hard", "negative/user-is-interviewer",
          "Teams invite asking the owner (current staff RN) to sit on a peer interview panel for someone else.")


BUILDERS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
            n14, n15, n16, n17, n18, n19, n20, n21, n22]


def main():
    for b in BUILDERS:
        b()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b101-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind101 (written blind; see README.md). Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
