#!/usr/bin/env python3
"""Deterministic generator for the blind122 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.  stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example); the mailbox owner is a Houston RN / nurse educator.
"""
import html as _html
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b122-"
CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

USER = "mybarra.rn@mail.example"
USER_NAME = "Marisol Ybarra"
OLD_USER = "marisol.ybarra88@mail.example"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def wd(dt):
    return dt.strftime("%A")


def md(dt):
    return f"{dt.strftime('%B')} {dt.day}"


def hm(dt, lower=False, space=True):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    s = f"{h}:{dt.minute:02d}"
    return f"{s} {ap}" if space else f"{s}{ap}"


# ------------------------------------------------------------------ iCalendar helpers
def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b" "
            limit = 75
        cur += b
    out.append(cur)
    return b"\r\n".join(out)


def ics_bytes(lines):
    return b"\r\n".join(fold(l) for l in lines) + b"\r\n"


def vtz_olson(tzid, std, dst, stdname, dstname):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstname}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdname}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtz_windows(tzid, std, dst):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE"):
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


# ------------------------------------------------------------------ e-mail helpers
_msgcount = [0]


def headers(msg, h):
    for k, v in h:
        msg[k] = v


def finish(msg, tag):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_Part_{tag}_{i:02d}_b122")
    return msg.as_bytes()


def base_headers(frm, to, subject, date, mid, extra=(), delivered=USER):
    h = [("Delivered-To", delivered),
         ("Received", f"from mx.mail.example (mx.mail.example [203.0.113.25]) by mailstore.mail.example; "
                      f"{format_datetime(date)}"),
         ("Date", format_datetime(date)),
         ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid)]
    h += list(extra)
    return h


def plain_mail(h, text, cte=None, html=None, html_cte=None):
    m = EmailMessage()
    headers(m, h)
    m.set_content(text, cte=cte)
    if html is not None:
        m.add_alternative(html, subtype="html", cte=html_cte)
    return m


def html_only(h, html, cte="quoted-printable"):
    m = EmailMessage()
    headers(m, h)
    m.set_content(html, subtype="html", cte=cte)
    return m


def add(case, name, data):
    CASES.setdefault(case, []).append((name, data))


def label(case, interviews, difficulty, category, notes):
    LABELS[PREFIX + case] = {
        "user": USER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


SIG_TEAMS = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
             "Meeting ID: {mid}\nPasscode: {pc}\n"
             "________________________________________________________________________________\n")


# ================================================================== POSITIVES
def c01():
    case = "01-workday-phone-screen-html-only"
    sent = T(CHI, 2026, 2, 16, 10, 12)
    s, e = T(CHI, 2026, 2, 19, 13, 0), T(CHI, 2026, 2, 19, 13, 30)
    company, role = "Bayou Crescent Health", "Clinical Nurse Educator - Cardiovascular Services"
    rec = "keisha.dunmore@bayoucrescent.example"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;border-top:6px solid #0b5c7a">
<tr><td style="padding:24px 32px"><img src="https://bayoucrescent.wd5.myworkdaysite.example/logo.png" alt="Bayou Crescent Health" width="180"></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:20px;color:#0b5c7a"><b>Your interview is scheduled</b></td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#222">
<p>Dear Marisol,</p>
<p>Thank you for your interest in the <b>{role}</b> position (Job Requisition R-0048213) with Bayou Crescent Health.
We are pleased to confirm a phone interview with a member of our Talent Acquisition team.</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #d9dde3;background:#fafbfc">
<tr><td><b>Interview Type</b></td><td>Phone Screen</td></tr>
<tr><td><b>Date</b></td><td>{wd(s)}, {md(s)}, 2026</td></tr>
<tr><td><b>Time</b></td><td>{hm(s)} &ndash; {hm(e)} Central Time</td></tr>
<tr><td><b>Interviewer</b></td><td>Keisha Dunmore, Nurse Recruiter</td></tr>
<tr><td><b>Location</b></td><td>Keisha will call you at the mobile number in your candidate profile.</td></tr>
</table>
<p>If you need to reschedule, please reply to Keisha directly at <a href="mailto:{rec}">{rec}</a> or call 713-555-0186.
Please do not reply to this message; this mailbox is not monitored.</p>
<p>You can review your application at any time from the <a href="https://bayoucrescent.wd5.myworkdaysite.example/careers/userHome">Candidate Home</a> page.</p>
<p>Sincerely,<br>Talent Acquisition<br>Bayou Crescent Health</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#777">Bayou Crescent Health is an Equal Opportunity Employer. Powered by Workday.</td></tr>
</table></td></tr></table></body></html>
"""
    h = base_headers("Bayou Crescent Health <bayoucrescent@myworkday.example>", f"{USER_NAME} <{USER}>",
                     "Interview Scheduled: Clinical Nurse Educator - Cardiovascular Services (R-0048213)", sent,
                     "<wd-notif-9b41c02e7f@myworkday.example>")
    m = html_only(h, html)
    ics = ics_bytes(["BEGIN:VCALENDAR", "PRODID:-//Workday//Recruiting Interview//EN", "VERSION:2.0", "METHOD:REQUEST",
                     "BEGIN:VEVENT", "UID:INT-R-0048213-1187@myworkday.example", f"DTSTAMP:{utcz(sent)}",
                     f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
                     f"SUMMARY:Phone Screen - {role}",
                     "DESCRIPTION:" + esc(f"Phone screen with Keisha Dunmore (Nurse Recruiter). Keisha will call your mobile number.\nQuestions: {rec}"),
                     "LOCATION:Phone", "ORGANIZER;CN=Bayou Crescent Health:mailto:bayoucrescent@myworkday.example",
                     attendee(USER_NAME, USER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ics, maintype="text", subtype="calendar", filename="Interview.ics", params={"method": "REQUEST"})
    add(case, "01-workday-interview-scheduled.eml", finish(m, "c01"))
    label(case, [iv(company, role, s, e, "scheduled", [rec], [rec], "phone_screen")], "easy",
          "positive/workday-html",
          "Workday HTML-only notification (no text part) with a UTC .ics attachment; recruiter named as interviewer with address in text.")


def c02():
    case = "02-taleo-video-interview-denver-qp"
    sent = T(DEN, 2026, 4, 6, 15, 41)
    s, e = T(DEN, 2026, 4, 14, 10, 0), T(DEN, 2026, 4, 14, 11, 0)
    company, role = "Front Range Regional Medical Center", "Nurse Educator - Emergency Department"
    rec = "gabriel.montoya@frontrangeregional.example"
    html = f"""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<div style="background:#1d3f6e;color:#fff;padding:10px"><span style="font-size:16px">Front Range Regional Medical Center &mdash; Careers</span></div>
<div style="padding:14px">
<p>Dear Marisol Ybarra,</p>
<p>Thank you for applying for Requisition <b>2600417 &ndash; {role}</b>.</p>
<p>The hiring team would like to meet with you. An interview has been confirmed with the following details:</p>
<table border="0" cellpadding="4" style="font-size:12px">
<tr><td style="color:#555">Interview format:</td><td>Video interview (Microsoft Teams)</td></tr>
<tr><td style="color:#555">Date:</td><td>{s.strftime('%m/%d/%Y')}</td></tr>
<tr><td style="color:#555">Start time:</td><td>10:00 AM (MT &ndash; Denver)</td></tr>
<tr><td style="color:#555">Duration:</td><td>60 minutes</td></tr>
<tr><td style="color:#555">You will meet with:</td><td>Lorraine Haskett, DNP, RN &ndash; Director of Clinical Education</td></tr>
</table>
<p>A Teams link will be sent to you from the hiring manager&rsquo;s calendar the day before. Please test your camera and microphone in advance.</p>
<p>Please note: candidates located outside of Colorado should adjust for the time difference (10:00 AM Mountain is 11:00 AM Central).</p>
<p>Questions? Contact your recruiter, Gabriel Montoya, at {rec} or 720-555-0133.</p>
<p>Regards,<br>Talent Acquisition<br>Front Range Regional Medical Center<br>1400 Ponderosa Pkwy, Aurora, CO 80011</p>
<p style="color:#888;font-size:10px">This is an automated message from our recruiting system (Oracle Taleo). Replies to this address are not read.</p>
</div></body></html>
"""
    h = base_headers("Front Range Regional Careers <frontrange-noreply@taleo.example>", USER,
                     "Interview Confirmation - Req 2600417 Nurse Educator - Emergency Department", sent,
                     "<TALEO.2600417.55821904@taleo.example>")
    m = html_only(h, html, cte="quoted-printable")
    add(case, "01-taleo-interview-confirmation.eml", finish(m, "c02"))
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Oracle//Taleo Scheduling Center//EN", "METHOD:PUBLISH"]
                    + vtz_olson("America/Denver", "-0700", "-0600", "MST", "MDT")
                    + ["BEGIN:VEVENT", "UID:TSC-2600417-77310@taleo.example", f"DTSTAMP:{utcz(sent)}",
                       f"DTSTART;TZID=America/Denver:{local(s)}", f"DTEND;TZID=America/Denver:{local(e)}",
                       f"SUMMARY:Interview - {role} - Front Range Regional Medical Center",
                       "DESCRIPTION:" + esc("Video interview (Microsoft Teams) with Lorraine Haskett, DNP, RN - Director of Clinical Education.\n"
                                            f"Recruiter: Gabriel Montoya, {rec}, 720-555-0133"),
                       "LOCATION:Microsoft Teams (link to follow)", "ORGANIZER;CN=Front Range Regional Careers:mailto:frontrange-noreply@taleo.example",
                       attendee(USER_NAME, USER, role="REQ-PARTICIPANT", partstat="ACCEPTED", rsvp="FALSE"),
                       "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    add(case, "02-add-to-calendar.ics", ics)
    label(case, [iv(company, role, s, e, "scheduled", [], [rec], "hiring_manager")], "medium",
          "positive/taleo-html-qp",
          "Taleo-style HTML-only quoted-printable mail + standalone add-to-calendar .ics (TZID America/Denver); 10:00 AM MT (MDT, -06:00). Interviewer address not given -> recipients = recruiter.")


def c03():
    case = "03-home-health-recruiter-texting-style"
    co, role = "Sunbelt Home Health Partners", "RN Case Manager"
    tasha = "tasha.greer@sunbelthomehealth.example"
    d1 = T(CHI, 2026, 3, 3, 8, 47)
    d2 = T(CHI, 2026, 3, 3, 9, 20)
    s, e = T(CHI, 2026, 3, 4, 14, 0), T(CHI, 2026, 3, 4, 14, 15)
    t1 = ("hey marisol!! got ur app for the RN case mgr spot (katy/fulshear territory). can u do a quick "
          "call tmrw @ 2? 15 min max, just want to go over visits/day, pay per visit + ur availability. lmk\n\n"
          "-tasha\n\nSent from my iPhone\n")
    add(case, "01-quick-call-tmrw.eml", finish(plain_mail(
        base_headers(f"Tasha Greer <{tasha}>", USER, "RN case mgr", d1, "<A81C0F2E-77B1-4C2A-9E3D-1F0B5E8C21AA@sunbelthomehealth.example>"),
        t1), "c03a"))
    t2 = ("perfect ty!! talk at 2 tmrw, i'll call ur cell\n\n-tasha\n\n"
          "Tasha Greer | Nurse Recruiter\nSunbelt Home Health Partners\nc: 281-555-0177\n\nSent from my iPhone\n\n"
          f"> On Mar 3, 2026, at 9:12 AM, {USER_NAME} <{USER}> wrote:\n>\n"
          "> Hi Tasha, 2 works for me tomorrow. My cell is 713-555-0142.\n> Marisol\n>\n"
          f">> On Mar 3, 2026, at 8:47 AM, Tasha Greer <{tasha}> wrote:\n>>\n"
          ">> hey marisol!! got ur app for the RN case mgr spot (katy/fulshear territory). can u do a quick\n"
          ">> call tmrw @ 2? 15 min max\n")
    add(case, "02-re-quick-call.eml", finish(plain_mail(
        base_headers(f"Tasha Greer <{tasha}>", USER, "Re: RN case mgr", d2,
                     "<0D4E1B77-2C11-4F0A-8B6E-5D2C9A7F3E10@sunbelthomehealth.example>",
                     [("In-Reply-To", "<CAMy0rTh3r3p1y01@mail.example>"),
                      ("References", "<A81C0F2E-77B1-4C2A-9E3D-1F0B5E8C21AA@sunbelthomehealth.example> <CAMy0rTh3r3p1y01@mail.example>")]),
        t2), "c03b"))
    label(case, [iv(co, role, s, e, "scheduled", [tasha], [tasha], "phone_screen")], "hard",
          "positive/recruiter-texting-style",
          "Texting-style recruiter mail; 'tmrw @ 2' resolved against Tue Mar 3 2026 (CST) -> Wed Mar 4 14:00-06:00; '15 min max'. Company only in signature of reply.")


def c04():
    case = "04-teams-peer-panel-charge-nurses"
    sent = T(CHI, 2026, 3, 19, 11, 5)
    s, e = T(CHI, 2026, 3, 25, 15, 30), T(CHI, 2026, 3, 25, 16, 30)
    co, role = "Cypress Ridge Medical Center", "RN - Cardiac Step-Down Unit (Nights)"
    mgr = "angela.whitford@cypressridgemc.example"
    c1 = "derrick.obi@cypressridgemc.example"
    c2 = "leticia.caballero@cypressridgemc.example"
    when = f"When: {wd(s)}, {md(s)}, 2026 {hm(s)}-{hm(e)} (UTC-06:00) Central Time (US & Canada)."
    body = (f"{when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Marisol,\n\nAs discussed, this is our peer interview for the night-shift RN position on 5 North "
            "(Cardiac Step-Down). I'll be joined by two of our night charge nurses, Derrick Obi and Leticia "
            "Caballero. Plan on about an hour - we'll do behavioral questions and a couple of telemetry scenarios.\n\n"
            "Thanks,\nAngela\n\nAngela Whitford, MSN, RN, CCRN-K\nNurse Manager, 5 North Cardiac Step-Down\n"
            "Cypress Ridge Medical Center | 17200 Grogan's Mill Rd, The Woodlands, TX 77380\nOffice 281-555-0162\n\n"
            + SIG_TEAMS.format(id="Zq81nWv0", mid="248 551 907 316", pc="u7Kp2Q"))
    desc = body
    ics = ics_bytes(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                    + vtz_windows("Central Standard Time", "-0600", "-0500")
                    + ["BEGIN:VEVENT", f"ORGANIZER;CN=Angela Whitford:mailto:{mgr}",
                       attendee(USER_NAME, USER), attendee("Derrick Obi", c1), attendee("Leticia Caballero", c2),
                       "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
                       "UID:040000008200E00074C5B7101A82E00800000000A0B3C6F2D2B7DC01000000000000000010000000E4F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5",
                       f"SUMMARY;LANGUAGE=en-US:Peer Interview - Marisol Ybarra - {role}",
                       f"DTSTART;TZID=Central Standard Time:{local(s)}", f"DTEND;TZID=Central Standard Time:{local(e)}",
                       "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcz(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
                       "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                       "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                       "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                       "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                       "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.example/l/meetup-join/19%3ameeting_Zq81nWv0%40thread.v2/0",
                       "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                       "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
                       "END:VEVENT", "END:VCALENDAR"])
    h = base_headers(f"Angela Whitford <{mgr}>",
                     f"{USER_NAME} <{USER}>, Derrick Obi <{c1}>, Leticia Caballero <{c2}>",
                     f"Peer Interview - Marisol Ybarra - {role}", sent,
                     "<SA1PR04MB8123D0E55A1F2B7C9E0D11A2B3C4@SA1PR04MB8123.namprd04.prod.outlook.example>",
                     [("Thread-Topic", f"Peer Interview - Marisol Ybarra - {role}"),
                      ("Content-class", "urn:content-classes:calendarmessage"),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    m = plain_mail(h, body, cte="quoted-printable")
    m.add_alternative(ics, maintype="text", subtype="calendar", params={"method": "REQUEST", "charset": "UTF-8"})
    add(case, "01-peer-interview-teams.eml", finish(m, "c04"))
    label(case, [iv(co, role, s, e, "scheduled", [mgr, c1, c2], [mgr, c1, c2], "onsite")], "medium",
          "positive/exchange-teams-panel",
          "Exchange/Teams invite, TZID 'Central Standard Time', When-line says (UTC-06:00) but date is CDT (-05:00). "
          "Peer interview with nurse manager + 2 charge nurses = panel (onsite).")


def c05():
    case = "05-nursing-faculty-teaching-demo-dst"
    sent = T(DEN, 2026, 3, 5, 16, 18)
    s, e = T(DEN, 2026, 3, 10, 13, 30), T(DEN, 2026, 3, 10, 15, 0)
    co, role = "Aspen Plateau University", "Assistant Professor of Nursing (Clinical Track)"
    chair = "renata.solberg@aspenplateau.example"
    f1 = "owen.marchbanks@aspenplateau.example"
    f2 = "hyejin.park@aspenplateau.example"
    asst = "nursing.search@aspenplateau.example"
    houston = s.astimezone(CHI)
    text = (f"Dear Ms. Ybarra,\n\nOn behalf of the faculty search committee of the Aspen Plateau University School of "
            f"Nursing, I am pleased to invite you to a virtual interview for the position of {role}.\n\n"
            f"Date: {wd(s)}, {md(s)}, 2026\n"
            f"Time: 1:30 p.m. - 3:00 p.m. Mountain Time (that is {hm(houston, lower=True).replace('pm', 'p.m.')} Central, "
            f"your time in Houston; note that daylight saving time begins on Sunday, March 8)\n"
            "Platform: Zoom - https://aspenplateau.zoom.example/j/83120457719?pwd=Tq2fN\n\n"
            "Agenda:\n"
            "  1:30  Welcome and introductions\n"
            "  1:40  Teaching demonstration (20 minutes). Please prepare a lesson on a medical-surgical topic of "
            "your choice pitched to second-semester BSN students; you may share slides. Committee members will "
            "play the role of students.\n"
            "  2:05  Interview with the search committee\n"
            "  2:45  Your questions for us\n"
            "  3:00  Adjourn\n\n"
            "The committee consists of myself, Dr. Owen Marchbanks (copied) and Dr. Hye-jin Park (copied). "
            f"Please confirm your availability with our program coordinator at {asst} by Monday.\n\n"
            "With best regards,\n\nRenata Solberg, PhD, RN, CNE\nProfessor and Chair, Faculty Search Committee\n"
            "School of Nursing, Aspen Plateau University\n2250 Austin Bluffs Trail, Colorado Springs, CO 80918\n"
            "Tel. (719) 555-0148\n")
    h = base_headers(f"Renata Solberg <{chair}>", f"Marisol Ybarra <{USER}>",
                     "Virtual interview and teaching demonstration - Assistant Professor of Nursing", sent,
                     "<MN2PR12MB4471E8A0C3@aspenplateau.example>",
                     [("Cc", f"Owen Marchbanks <{f1}>, Hye-jin Park <{f2}>, Nursing Faculty Search <{asst}>")])
    add(case, "01-virtual-interview-invitation.eml", finish(plain_mail(h, text, cte="base64"), "c05"))
    label(case, [iv(co, role, s, e, "scheduled", [chair, f1, f2], [chair, f1, f2], "onsite")], "hard",
          "positive/faculty-teaching-demo-dst",
          "Faculty search committee panel incl. teaching demo; sent Mar 5 (MST) for Mar 10 after US DST start -> -06:00. Base64 body.")


def c06():
    case = "06-travel-agency-recruiter-call-slotwise"
    sent = T(LA, 2026, 3, 9, 12, 2)
    s, e = T(LA, 2026, 3, 12, 16, 30), T(LA, 2026, 3, 12, 17, 0)
    co, role = "Compass Lantern Travel Nursing", "Travel RN (Med/Surg-Tele)"
    rec = "brandon.lusk@compasslantern.example"
    chs = s.astimezone(CHI)
    text = ("Your meeting is confirmed\n\n"
            "30 Minute Recruiter Call with Brandon Lusk\n"
            f"{wd(chs)}, {md(chs)}, 2026 {hm(chs, lower=True)} - {hm(e.astimezone(CHI), lower=True)} (America/Chicago)\n\n"
            "Location: Brandon will call you at +1 713-555-0142\n\n"
            "Answers you provided:\n  Specialty: Med/Surg, Tele\n  Licenses: TX (compact)\n  Earliest start: May\n\n"
            "Need to make changes?\nReschedule: https://slotwise.example/r/blusk/4e9a77\n"
            "Cancel: https://slotwise.example/c/blusk/4e9a77\n\nPowered by Slotwise\n")
    h = base_headers("Slotwise <notifications@slotwise.example>", USER,
                     "Confirmed: 30 Minute Recruiter Call with Brandon Lusk", sent,
                     "<booking-4e9a77.confirm@slotwise.example>", [("Reply-To", f"Brandon Lusk <{rec}>")])
    m = plain_mail(h, text)
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Slotwise//Booking//EN", "METHOD:REQUEST",
                     "BEGIN:VEVENT", "UID:4e9a77@slotwise.example", f"DTSTAMP:{utcz(sent)}",
                     f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
                     "SUMMARY:30 Minute Recruiter Call with Brandon Lusk (Compass Lantern)",
                     "DESCRIPTION:" + esc("Brandon will call you at +1 713-555-0142.\nReschedule: https://slotwise.example/r/blusk/4e9a77"),
                     f"ORGANIZER;CN=Brandon Lusk:mailto:{rec}", attendee(USER_NAME, USER, partstat="ACCEPTED"),
                     "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ics, maintype="text", subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
    add(case, "01-slotwise-booking-confirmed.eml", finish(m, "c06a"))
    d2 = T(LA, 2026, 3, 9, 12, 40)
    t2 = ("Hi Marisol!\n\nSaw you grabbed a time on my calendar - Thu 3/12 @ 4:30p PST works great. I'll give you a ring "
          "on your cell. We'll go over the Med/Surg-Tele travel contracts I have open in Colorado and Arizona "
          "for a May start, pay packages, housing stipend etc.\n\n"
          "Talk soon,\nBrandon\n\nBrandon Lusk\nSenior Travel Nurse Recruiter | Compass Lantern Travel Nursing\n"
          "4350 La Jolla Village Dr, Suite 300, San Diego, CA 92122\nD: 858-555-0119 | Text: 858-555-0120\n")
    add(case, "02-brandon-looking-forward.eml", finish(plain_mail(
        base_headers(f"Brandon Lusk <{rec}>", USER, "Looking forward to our call!", d2,
                     "<CAB7x0lusk2026031201@compasslantern.example>"), t2, cte="quoted-printable"), "c06b"))
    label(case, [iv(co, role, s, e, "scheduled", [rec], [rec], "phone_screen")], "hard",
          "positive/travel-agency-scheduling-vendor",
          "Booking confirmation in Chicago time + UTC ics; recruiter writes 'Thu 3/12 @ 4:30p PST' although Pacific is on PDT after Mar 8 "
          "-> 16:30-07:00 (= 18:30 CDT). One interview.")


def c07():
    case = "07-unit-manager-moves-interview-outlook"
    co, role = "Bellaire Harbor Children's Hospital", "Nurse Educator, Pediatric ICU"
    mgr = "sachterberg@bellaireharbor.example"
    d1 = T(CHI, 2026, 4, 17, 14, 25)
    first = T(CHI, 2026, 4, 21, 9, 30)
    d2 = T(CHI, 2026, 4, 20, 7, 52)
    d3 = T(CHI, 2026, 4, 20, 12, 14)
    s, e = T(CHI, 2026, 4, 23, 10, 30), T(CHI, 2026, 4, 23, 11, 30)
    sig = ("Simone Achterberg, MSN, RN, CCRN\nNurse Manager | Pediatric Intensive Care Unit\n"
           "Bellaire Harbor Children's Hospital\n6621 Fannin Crossing, 4th Floor, Houston, TX 77030\n"
           "O: 832-555-0171 | Vocera: PICU Manager\n")
    t1 = (f"Hi Marisol,\n\nThank you for applying to the {role} role. I'd love to have you in to interview with me on "
          f"Tuesday 4/21 at 9:30am. We'll meet in the 4th floor PICU conference room (check in at the west tower "
          "security desk and they'll call up). Plan on about an hour.\n\nLet me know if that works.\n\n" + sig)
    mid1 = "<BY5PR20MB3321A1F4E2@BY5PR20MB3321.namprd20.prod.outlook.example>"
    add(case, "01-interview-tuesday.eml", finish(plain_mail(
        base_headers(f"Achterberg, Simone <{mgr}>", f"Marisol Ybarra <{USER}>", f"Interview - {role}", d1, mid1), t1), "c07a"))
    quoted1 = ("-----Original Message-----\n"
               f"From: Achterberg, Simone <{mgr}>\nSent: Friday, April 17, 2026 2:25 PM\n"
               f"To: Marisol Ybarra <{USER}>\nSubject: Interview - {role}\n\n" + t1)
    herreply = ("-----Original Message-----\n"
                f"From: Marisol Ybarra <{USER}>\nSent: Friday, April 17, 2026 3:02 PM\n"
                f"To: Achterberg, Simone <{mgr}>\nSubject: RE: Interview - {role}\n\n"
                "Hi Simone,\n\nTuesday at 9:30 works well. Thank you, I look forward to meeting you.\n\nMarisol\n\n")
    t2 = ("Good morning Marisol,\n\nI'm so sorry to do this - I've been pulled into a state survey prep meeting Tuesday "
          "morning that I can't get out of. Could we move our interview to Thursday at half past ten instead? "
          "Same room, still about an hour.\n\nApologies for the shuffle,\nSimone\n\n" + sig + "\n" + herreply + quoted1)
    mid2 = "<BY5PR20MB3321B7C9D0@BY5PR20MB3321.namprd20.prod.outlook.example>"
    add(case, "02-re-interview-move-to-thursday.eml", finish(plain_mail(
        base_headers(f"Achterberg, Simone <{mgr}>", f"Marisol Ybarra <{USER}>", f"RE: Interview - {role}", d2, mid2,
                     [("In-Reply-To", "<CAMyb0rnRe0417@mail.example>"), ("References", f"{mid1} <CAMyb0rnRe0417@mail.example>"),
                      ("Thread-Topic", f"Interview - {role}")]), t2, cte="quoted-printable"), "c07b"))
    t3 = ("Perfect - Thursday 10:30 it is. See you then!\n\nSimone\n\n" + sig + "\n"
          "-----Original Message-----\n"
          f"From: Marisol Ybarra <{USER}>\nSent: Monday, April 20, 2026 11:48 AM\n"
          f"To: Achterberg, Simone <{mgr}>\nSubject: RE: Interview - {role}\n\n"
          "No problem at all, Thursday at 10:30 works for me.\n\nMarisol\n\n"
          "-----Original Message-----\n"
          f"From: Achterberg, Simone <{mgr}>\nSent: Monday, April 20, 2026 7:52 AM\n"
          f"To: Marisol Ybarra <{USER}>\nSubject: RE: Interview - {role}\n\n"
          "Could we move our interview to Thursday at half past ten instead? Same room, still about an hour.\n")
    add(case, "03-re-thursday-it-is.eml", finish(plain_mail(
        base_headers(f"Achterberg, Simone <{mgr}>", f"Marisol Ybarra <{USER}>", f"RE: Interview - {role}", d3,
                     "<BY5PR20MB3321C2E8F1@BY5PR20MB3321.namprd20.prod.outlook.example>",
                     [("In-Reply-To", "<CAMyb0rnRe0420@mail.example>"), ("References", f"{mid1} {mid2} <CAMyb0rnRe0420@mail.example>"),
                      ("Thread-Topic", f"Interview - {role}")]), t3), "c07c"))
    label(case, [iv(co, role, s, e, "scheduled", [mgr], [mgr], "hiring_manager")], "hard",
          "positive/reschedule-by-email-outlook-thread",
          f"Unit manager proposes Tue 4/21 9:30 ({iso(first)}), then moves to 'Thursday at half past ten' (Apr 23, CDT). "
          "Outlook '-----Original Message-----' quoting; final state wins.")


def gcal_invite(h, summary, s, e, tzname, tzlabel, organizer, guests, desc, uid, sent, method="REQUEST", seq=0,
                status="CONFIRMED", tag="g"):
    org_name, org_mail = organizer
    when = f"{s.strftime('%a %b')} {s.day}, 2026 {hm(s, lower=True, space=False).replace(':00', '')} - {hm(e, lower=True, space=False).replace(':00', '')} ({tzlabel})"
    gl = "\n".join(f"{n}{' - organizer' if m == org_mail else ''}\n{m}" for n, m in guests)
    if method == "CANCEL":
        text = (f"This event has been canceled.\n\n{summary}\n{when}\n\nOrganizer\n{org_name}\n{org_mail}\n\nGuests\n{gl}\n\n"
                "Invitation from Google Calendar: https://calendar.google.example/\n")
    else:
        text = (f"{summary}\n{when}\n{tzname}\n\n{desc}\n\nJoin with Google Meet\nhttps://meet.google.example/rkd-pqwm-fzt\n\n"
                f"Organizer\n{org_name}\n{org_mail}\n\nGuests\n{gl}\n\n"
                "Invitation from Google Calendar: https://calendar.google.example/\n\n"
                "You are receiving this email because you are an attendee on the event.\n")
    html = "<html><body>" + "".join(f"<p>{_html.escape(l)}</p>" for l in text.split("\n") if l) + "</body></html>"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}", f"DTSTAMP:{utcz(sent)}",
             f"ORGANIZER;CN={org_name}:mailto:{org_mail}", f"UID:{uid}"]
    for n, m in guests:
        ps = "ACCEPTED" if m == org_mail else "NEEDS-ACTION"
        lines.append(attendee(n, m, partstat=ps, rsvp="TRUE" if m != org_mail else "TRUE"))
    lines += ["X-GOOGLE-CONFERENCE:https://meet.google.example/rkd-pqwm-fzt", "CREATED:" + utcz(sent - timedelta(minutes=3)),
              "DESCRIPTION:" + esc(desc), "LAST-MODIFIED:" + utcz(sent), "LOCATION:", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_bytes(lines)
    m = plain_mail(h, text, html=html, html_cte="quoted-printable")
    m.add_alternative(ics, maintype="text", subtype="calendar", params={"method": method, "charset": "UTF-8"})
    m.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")
    return m


def c08():
    case = "08-healthtech-cancelled-filled-internally"
    co, role = "Tendwell Health", "Clinical Content Nurse Specialist"
    jonah = "jonah.preiss@tendwellhealth.example"
    amara = "amara.lindqvist@tendwellhealth.example"
    d0 = T(NY, 2026, 4, 21, 16, 5)
    d1 = T(NY, 2026, 4, 22, 10, 31)
    d2 = T(NY, 2026, 4, 24, 13, 58)
    d3 = T(NY, 2026, 4, 24, 14, 0)
    s, e = T(NY, 2026, 4, 28, 14, 0), T(NY, 2026, 4, 28, 14, 45)
    t0 = ("Hi Marisol,\n\nThanks for sending over your writing samples - the team loved them! Amara Lindqvist, our Director of Clinical Content, "
          "would like to meet you next. Does Tuesday 4/28 at 2pm ET (1pm your time) work for a 45-minute video call? "
          "I'll send a calendar invite once you confirm.\n\nBest,\nJonah\n\nJonah Preiss (he/him)\nTalent Partner, Tendwell Health\n"
          "tendwellhealth.example/careers\n")
    add(case, "01-next-step-with-amara.eml", finish(plain_mail(
        base_headers(f"Jonah Preiss <{jonah}>", USER, "Next step: Tendwell <> Marisol", d0,
                     "<CAJp7rEeSs0421a@tendwellhealth.example>"), t0), "c08a"))
    summary = "Tendwell | Marisol Ybarra <> Amara Lindqvist (Clinical Content Nurse Specialist)"
    guests = [("Jonah Preiss", jonah), ("Amara Lindqvist", amara), (USER_NAME, USER)]
    desc = ("45-minute conversation with Amara Lindqvist, Director of Clinical Content, about the Clinical Content Nurse "
            "Specialist role. Jonah will not join.")
    uid = "5v0c1q8n2hq3t7m4s9b6a1e0kx@google.com"
    h = base_headers(f"Jonah Preiss <{jonah}>", USER,
                     f"Invitation: {summary} @ Tue Apr 28, 2026 2pm - 2:45pm (EDT) ({USER})", d1,
                     "<calendar-3a1d5e0f-0c6b-4d43-9b1e-1f2a9d7c4e11@google.example>",
                     [("Reply-To", f"Jonah Preiss <{jonah}>"), ("Sender", "Google Calendar <calendar-notification@google.example>")])
    add(case, "02-invitation.eml", finish(gcal_invite(h, summary, s, e, "Eastern Time - New York", "EDT", ("Jonah Preiss", jonah),
                                                      guests, desc, uid, d1, tag="c08b"), "c08b"))
    t2 = ("Hi Marisol,\n\nI wanted to reach out personally before you see the calendar notice. We've made the decision "
          "to fill the Clinical Content Nurse Specialist role internally - a nurse on our care team applied late in "
          "the process and was the right fit for where the team is today. Because of that I need to cancel Tuesday's "
          "conversation with Amara.\n\nI'm genuinely sorry, and I'd love to keep you in mind for our clinical "
          "operations openings later this year.\n\nWarmly,\nJonah\n")
    add(case, "03-update-on-the-role.eml", finish(plain_mail(
        base_headers(f"Jonah Preiss <{jonah}>", USER, "Update on the Clinical Content role", d2,
                     "<CAJp7rEeSs0424b@tendwellhealth.example>"), t2), "c08c"))
    h3 = base_headers(f"Jonah Preiss <{jonah}>", USER,
                      f"Canceled event: {summary} @ Tue Apr 28, 2026 2pm - 2:45pm (EDT) ({USER})", d3,
                      "<calendar-7c2b8e41-55aa-4f0e-a3d1-0b9e6f2c8d77@google.example>",
                      [("Reply-To", f"Jonah Preiss <{jonah}>"), ("Sender", "Google Calendar <calendar-notification@google.example>")])
    add(case, "04-canceled-event.eml", finish(gcal_invite(h3, summary, s, e, "Eastern Time - New York", "EDT", ("Jonah Preiss", jonah),
                                                          guests, desc, uid, d3, method="CANCEL", seq=1, status="CANCELLED"), "c08d"))
    label(case, [iv(co, role, s, e, "cancelled", [amara], [amara], "hiring_manager")], "medium",
          "positive/cancelled-filled-internally",
          "Proposal '2pm ET', Google invite, then role filled internally + METHOD:CANCEL. One cancelled interview at its last time.")


def c09():
    case = "09-clinic-outlook-invite-then-cancel"
    co, role = "Columbine Family Clinics", "RN Care Coordinator"
    coord = "joelle.marchetti@columbinefamily.example"
    mgr = "trevor.haldane@columbinefamily.example"
    d1 = T(DEN, 2026, 4, 27, 9, 14)
    d2 = T(DEN, 2026, 5, 1, 16, 40)
    s, e = T(DEN, 2026, 5, 4, 9, 0), T(DEN, 2026, 5, 4, 9, 45)
    tz = "Mountain Standard Time"
    when = f"When: {wd(s)}, {md(s)}, 2026 {hm(s)}-{hm(e)} (UTC-07:00) Mountain Time (US & Canada)."
    uid = "040000008200E00074C5B7101A82E0080000000050C1D7E4A1D6DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56"

    def inv(method, seq, sent, body, subject, status):
        ics = ics_bytes(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                        + vtz_windows(tz, "-0700", "-0600")
                        + ["BEGIN:VEVENT", f"ORGANIZER;CN=Joelle Marchetti:mailto:{coord}",
                           attendee(USER_NAME, USER), attendee("Trevor Haldane", mgr),
                           "DESCRIPTION;LANGUAGE=en-US:" + esc(body), f"UID:{uid}",
                           f"SUMMARY;LANGUAGE=en-US:{subject}",
                           f"DTSTART;TZID={tz}:{local(s)}", f"DTEND;TZID={tz}:{local(e)}",
                           "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1", f"DTSTAMP:{utcz(sent)}",
                           "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
                           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
                           "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
                           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("1" if method == "REQUEST" else "2"),
                           "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
        h = base_headers(f"Joelle Marchetti <{coord}>", f"Marisol Ybarra <{USER}>; Trevor Haldane <{mgr}>".replace(";", ","),
                         subject, sent,
                         f"<CO1PR17MB5{seq}44E1A9B7@CO1PR17MB5544.namprd17.prod.outlook.example>",
                         [("Thread-Topic", "Interview - RN Care Coordinator - Marisol Ybarra"),
                          ("Content-class", "urn:content-classes:calendarmessage")]
                         + ([("Importance", "high")] if method == "CANCEL" else []))
        m = plain_mail(h, body, cte="quoted-printable")
        m.add_alternative(ics, maintype="text", subtype="calendar", params={"method": method, "charset": "UTF-8"})
        return m

    b1 = (f"{when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Marisol,\n\nPlease accept this invitation for "
          "your interview with Trevor Haldane, Clinic Operations Manager, for the RN Care Coordinator position at our "
          "Lakewood clinic. The interview will last about 45 minutes.\n\nThank you,\nJoelle Marchetti\nHR Coordinator | "
          "Columbine Family Clinics\n303-555-0124\n\n" + SIG_TEAMS.format(id="Hx44Lm2q", mid="271 904 338 120", pc="Ga9sT3"))
    add(case, "01-interview-invite.eml", finish(inv("REQUEST", 0, d1, b1, "Interview - RN Care Coordinator - Marisol Ybarra", "CONFIRMED"), "c09a"))
    b2 = (f"{when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Marisol,\n\nI'm sorry to let you know that the "
          "RN Care Coordinator position has been put on hold due to a budget review, so we need to cancel Monday's "
          "interview with Trevor. We'll reach out if the position reopens.\n\nJoelle\n")
    add(case, "02-canceled-interview.eml", finish(inv("CANCEL", 1, d2, b2, "Canceled: Interview - RN Care Coordinator - Marisol Ybarra", "CANCELLED"), "c09b"))
    label(case, [iv(co, role, s, e, "cancelled", [mgr], [mgr], "hiring_manager")], "medium",
          "positive/outlook-cancel",
          "Exchange invite TZID 'Mountain Standard Time' with (UTC-07:00) label during MDT (-06:00), then METHOD:CANCEL (req on hold). Coordinator not interviewer.")


def c10():
    case = "10-panel-then-unit-tour-one-onsite"
    co, role = "Clear Lake Bayfront Hospital", "RN Clinical Educator - Women's Services"
    rec = "dwhitaker@clearlakebayfront.example"
    colleen = "cruiz@clearlakebayfront.example"
    marcus = "mbell@clearlakebayfront.example"
    yvonne = "ytran@clearlakebayfront.example"
    d1 = T(CHI, 2026, 5, 1, 13, 7)
    d2 = T(CHI, 2026, 5, 1, 15, 33)
    p_s, p_e = T(CHI, 2026, 5, 8, 9, 0), T(CHI, 2026, 5, 8, 10, 0)
    t_s, t_e = T(CHI, 2026, 5, 8, 10, 15), T(CHI, 2026, 5, 8, 10, 45)
    text = (f"Hello Marisol,\n\nCongratulations! The hiring team for the {role} position (Job ID 2026-11842) would like to invite "
            f"you for an in-person interview on {wd(p_s)}, {md(p_s)}.\n\n"
            "YOUR ITINERARY\n"
            "9:00a - 10:00a   Panel interview - Education Conference Room B, 2nd floor, Medical Office Building\n"
            f"                  Colleen Ruiz, MSN, RNC-OB - Nurse Manager, Labor & Delivery ({colleen})\n"
            f"                  Marcus Bell, BSN, RN - Clinical Educator, Mother/Baby ({marcus})\n"
            f"                  Yvonne Tran, RN - Charge Nurse, L&D ({yvonne})\n"
            "10:00a - 10:15a  Break\n"
            "10:15a - 10:45a  Unit tour of Labor & Delivery and Mother/Baby with Colleen Ruiz\n\n"
            "Parking: please use the visitor garage off Bay Area Blvd; we will validate your ticket.\n"
            "What to bring: a copy of your resume and your RN license number.\n\n"
            f"If you have any questions, please contact Denise Whitaker at {rec} or 281-555-0109.\n\n"
            "Best regards,\nDenise Whitaker\nTalent Acquisition Specialist\nClear Lake Bayfront Hospital\n"
            "500 Bayfront Medical Dr, Webster, TX 77598\n\n--\nThis message was sent via iCIMS. Manage your profile: "
            "https://careers-clearlakebayfront.icims.example/jobs/candidate\n")
    add(case, "01-icims-onsite-itinerary.eml", finish(plain_mail(
        base_headers(f"Clear Lake Bayfront Hospital <donotreply@icims.example>", USER,
                     f"Interview Invitation - {role}", d1, "<icims.2026-11842.88214@icims.example>",
                     [("Reply-To", f"Denise Whitaker <{rec}>")]), text), "c10a"))
    body = (f"When: {wd(t_s)}, {md(t_s)}, 2026 {hm(t_s)}-{hm(t_e)} (UTC-06:00) Central Time (US & Canada).\nWhere: L&D Nurses' Station, 3rd floor\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\nHi Marisol - after the panel I'll walk you through L&D and Mother/Baby so you can see "
            "the units and meet some of the staff. Meet me at the 3rd floor nurses' station.\n\nColleen\n")
    ics = ics_bytes(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                    + vtz_windows("Central Standard Time", "-0600", "-0500")
                    + ["BEGIN:VEVENT", f"ORGANIZER;CN=Ruiz\\, Colleen:mailto:{colleen}", attendee(USER_NAME, USER),
                       "DESCRIPTION;LANGUAGE=en-US:" + esc(body),
                       "UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
                       "SUMMARY;LANGUAGE=en-US:Unit tour - Marisol Ybarra (Educator candidate)",
                       f"DTSTART;TZID=Central Standard Time:{local(t_s)}", f"DTEND;TZID=Central Standard Time:{local(t_e)}",
                       "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcz(d2)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
                       "LOCATION;LANGUAGE=en-US:L&D Nurses' Station\\, 3rd floor", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT", "END:VCALENDAR"])
    h = base_headers(f"Ruiz, Colleen <{colleen}>", f"Marisol Ybarra <{USER}>", "Unit tour - Marisol Ybarra (Educator candidate)",
                     d2, "<DM6PR03MB4410AA7E21@DM6PR03MB4410.namprd03.prod.outlook.example>",
                     [("Content-class", "urn:content-classes:calendarmessage")])
    m = plain_mail(h, body, cte="quoted-printable")
    m.add_alternative(ics, maintype="text", subtype="calendar", params={"method": "REQUEST", "charset": "UTF-8"})
    add(case, "02-unit-tour-invite.eml", finish(m, "c10b"))
    label(case, [iv(co, role, p_s, t_e, "scheduled", [colleen, marcus, yvonne], [colleen, marcus, yvonne], "onsite")], "hard",
          "positive/onsite-two-part-day",
          "iCIMS itinerary: panel 9:00-10:00, break, unit tour with manager 10:15-10:45 (separate Outlook invite) -> ONE onsite 9:00-10:45 CDT.")


def gcal_event(eid, summary, desc, s, e, tzname, organizer, attendees_, created, updated, seq=0, status="confirmed", meet=None):
    org_name, org_mail = organizer
    ev = {"kind": "calendar#event", "etag": f"\"3{eid[:6].encode().hex()[:15]}\"",
          "id": eid, "status": status,
          "htmlLink": f"https://www.google.example/calendar/event?eid={eid}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "summary": summary, "description": desc,
          "creator": {"email": org_mail, "displayName": org_name},
          "organizer": {"email": org_mail, "displayName": org_name},
          "start": {"dateTime": s.isoformat(), "timeZone": tzname},
          "end": {"dateTime": e.isoformat(), "timeZone": tzname},
          "iCalUID": f"{eid}@google.com", "sequence": seq, "attendees": attendees_,
          "reminders": {"useDefault": True}, "eventType": "default"}
    if meet:
        ev["hangoutLink"] = f"https://meet.google.example/{meet}"
    return (json.dumps(ev, indent=2) + "\n").encode()


def c11():
    case = "11-healthtech-two-interviews-gcal-json"
    co, role = "Clarivue Health", "Clinical Implementation Specialist (RN)"
    noor = "noor.haddad@clarivue.example"
    kelsey = "kelsey.brandt@clarivue.example"
    s1, e1 = T(DEN, 2026, 4, 1, 11, 0), T(DEN, 2026, 4, 1, 11, 30)
    s2, e2 = T(DEN, 2026, 4, 7, 12, 0), T(DEN, 2026, 4, 7, 12, 45)
    c1 = T(DEN, 2026, 3, 27, 10, 2)
    add(case, "01-recruiter-screen.gcal.json", gcal_event(
        "7hq2c0v9lkm3r5t1nb8x4p6d2e", "Clarivue Health - Recruiter Screen (Marisol Ybarra)",
        "30 min intro call about the Clinical Implementation Specialist (RN) role. Noor will call via Google Meet.",
        s1, e1, "America/Denver", ("Noor Haddad", noor),
        [{"email": noor, "displayName": "Noor Haddad", "organizer": True, "responseStatus": "accepted"},
         {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"}],
        c1, c1 + timedelta(minutes=41), meet="tqa-xmbe-owk"))
    d2 = T(DEN, 2026, 4, 1, 13, 26)
    t2 = ("Hi Marisol,\n\nGreat chatting this morning! I shared my notes with the team and we'd like to move you forward. "
          "Next step is a 45-min conversation with Kelsey Brandt, our Director of Clinical Implementation. She has "
          f"Tue 4/7 at 12:00 pm MT / 1:00 pm CT open - I went ahead and put a hold on both calendars; "
          "let me know if you need a different time.\n\nKelsey will ask about your experience rolling out EHR and "
          "device workflows to nursing units, so have an example or two ready.\n\nCheers,\nNoor\n\n"
          "Noor Haddad | Senior Recruiter | Clarivue Health\nDenver, CO (remote-first)\n")
    add(case, "02-next-step-kelsey.eml", finish(plain_mail(
        base_headers(f"Noor Haddad <{noor}>", USER, "Clarivue - next step", d2, "<CAN0rHdd4d0401x@clarivue.example>"), t2), "c11"))
    add(case, "03-hiring-manager.gcal.json", gcal_event(
        "0p3m9xk2wq7h5c4v8r1y6t2b0s", "Clarivue | Marisol Ybarra <> Kelsey Brandt",
        "Hiring manager interview - Clinical Implementation Specialist (RN). Organized by Noor Haddad (Recruiting).",
        s2, e2, "America/Denver", ("Noor Haddad", noor),
        [{"email": noor, "displayName": "Noor Haddad", "organizer": True, "responseStatus": "accepted"},
         {"email": kelsey, "displayName": "Kelsey Brandt", "responseStatus": "accepted"},
         {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "needsAction"}],
        d2 + timedelta(minutes=2), d2 + timedelta(minutes=2), meet="bvy-kqzr-hje"))
    label(case, [iv(co, role, s1, e1, "scheduled", [noor], [noor], "phone_screen"),
                 iv(co, role, s2, e2, "scheduled", [kelsey], [kelsey], "hiring_manager")], "medium",
          "positive/two-interviews-gcal-json",
          "Two Calendar API events (America/Denver) for recruiter screen and hiring-manager interview; e-mail between them. Two interviews.")


def c12():
    case = "12-berlin-healthtech-forwarded-uhr"
    co, role = "Pflegewerk Digital", "Clinical Nurse Advisor (US market)"
    lukas = "lukas.brenninger@pflegewerk.example"
    aylin = "aylin.demir@pflegewerk.example"
    orig = T(BER, 2026, 3, 16, 10, 4)
    fwd = T(CHI, 2026, 3, 16, 7, 55)
    s, e = T(BER, 2026, 3, 19, 15, 0), T(BER, 2026, 3, 19, 15, 45)
    hou = s.astimezone(CHI)
    inner = (f"Dear Marisol,\n\nthank you for your application and the friendly note about your work as a nurse educator - "
             "it was a pleasure to read.\n\nWe would like to invite you to a first interview for the position "
             f"\"{role}\". Would Thursday, 19 March at 15:00 Uhr (Berlin time) suit you? If I calculate correctly, that "
             f"is {hou.hour}:{hou.minute:02d} in the morning in Houston (the US has already switched to summer time, we "
             "switch only on 29 March, so the difference is just 6 hours this week).\n\n"
             "We will speak for about 45 minutes via Google Meet: https://meet.google.example/pfw-clin-adv\n"
             f"My colleague Aylin Demir ({aylin}), Product Lead Care Workflows, will join me.\n\n"
             "If the slot does not fit, just propose another one - 14h to 18h Berlin time works most days.\n\n"
             "Viele Gruesse / best regards\nLukas Brenninger\nHead of Clinical Affairs\n"
             "Pflegewerk Digital GmbH | Koepenicker Str. 148 | 10997 Berlin\nTel. +49 30 5557 2291\n")
    text = ("Forwarding to my main address so I don't lose it - will reply from this address.\n\n"
            "---------- Forwarded message ---------\n"
            f"From: Lukas Brenninger <{lukas}>\n"
            f"Date: Mon, Mar 16, 2026 at {hm(orig.astimezone(CHI))}\n"
            "Subject: Interview invitation - Clinical Nurse Advisor (US market)\n"
            f"To: Marisol Ybarra <{OLD_USER}>\n\n" + inner)
    h = base_headers(f"Marisol Ybarra <{OLD_USER}>", f"Marisol Ybarra <{USER}>",
                     "Fwd: Interview invitation - Clinical Nurse Advisor (US market)", fwd,
                     "<CAMyb0ldFwd0316z@mail.example>")
    add(case, "01-fwd-interview-invitation.eml", finish(plain_mail(h, text, cte="quoted-printable"), "c12a"))
    d2 = T(BER, 2026, 3, 16, 17, 12)
    t2 = ("Dear Marisol,\n\nwonderful - then it's settled: Thursday, 19.03., 15:00-15:45 Uhr Berlin time (9:00 am Houston). "
          "Aylin and I look forward to it.\n\nBest,\nLukas\n\n"
          f"> Am 16.03.2026 um 14:58 schrieb Marisol Ybarra <{USER}>:\n>\n"
          "> Hi Lukas, Thursday at 15:00 your time / 9:00 am my time works perfectly. Thank you!\n")
    add(case, "02-re-confirmed.eml", finish(plain_mail(
        base_headers(f"Lukas Brenninger <{lukas}>", f"Marisol Ybarra <{USER}>",
                     "Re: Interview invitation - Clinical Nurse Advisor (US market)", d2, "<8F2A1C@pflegewerk.example>",
                     [("In-Reply-To", "<CAMyb0ldRe0316y@mail.example>")]), t2, cte="quoted-printable"), "c12b"))
    label(case, [iv(co, role, s, e, "scheduled", [lukas, aylin], [lukas, aylin], "hiring_manager")], "hard",
          "positive/forwarded-berlin-dst-gap",
          "Forwarded mail from owner's old address; '15:00 Uhr (Berlin time)' on Mar 19 in the US/EU DST gap (CET +01:00 = 09:00 CDT).")


def c13():
    case = "13-hospice-don-phone-interview-noon-base64"
    co, role = "Magnolia Grove Hospice & Palliative Care", "RN Clinical Educator (Hospice)"
    don = "bkowalczyk@magnoliagrove.example"
    sent = T(CHI, 2026, 2, 23, 17, 46)
    s, e = T(CHI, 2026, 2, 27, 12, 0), T(CHI, 2026, 2, 27, 12, 30)
    text = ("Marisol,\n\nThank you for applying for our Clinical Educator opening. I reviewed your resume over the weekend "
            "and would like to set up a phone interview with you this Friday at noon, if that suits. I will call you at "
            "the number on your application. Plan on about 30 minutes - I'd like to hear how you've handled competency "
            "validation and new-grad onboarding.\n\nIf Friday doesn't work, just reply with a couple of other times.\n\n"
            "Kind regards,\n\nBernadette Kowalczyk, BSN, RN, CHPN\nDirector of Nursing\n"
            "Magnolia Grove Hospice & Palliative Care\n9110 Katy Fwy, Suite 240, Houston, TX 77055\n"
            "Office: 713-555-0193 | Fax: 713-555-0194\n\nCONFIDENTIALITY NOTICE: This e-mail may contain protected health "
            "information. If you received it in error, please delete it and notify the sender.\n")
    add(case, "01-phone-interview-friday-noon.eml", finish(plain_mail(
        base_headers(f"Bernadette Kowalczyk <{don}>", USER, "Clinical Educator position", sent,
                     "<000f01dca4e1$7b2c4a90$71846fb0$@magnoliagrove.example>"), text, cte="base64"), "c13"))
    label(case, [iv(co, role, s, e, "scheduled", [don], [don], "hiring_manager")], "medium",
          "positive/body-only-relative-noon",
          "Base64 body only; 'this Friday at noon' resolved against Mon Feb 23 2026 -> Fri Feb 27 12:00 CST; ~30 minutes.")


# ================================================================== NEGATIVES
def n14():
    case = "14-neg-doctor-visit-patient-portal"
    sent = T(CHI, 2026, 3, 23, 9, 0)
    s = T(CHI, 2026, 3, 26, 14, 40)
    e = s + timedelta(minutes=20)
    html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#2e7d6b;color:#fff;padding:12px 18px;font-size:18px">MyHealthLink</div>
<div style="padding:18px">
<p>Hello Marisol,</p>
<p>This is a reminder of your upcoming visit.</p>
<table cellpadding="5"><tr><td><b>Visit type</b></td><td>Office Visit - Annual Physical</td></tr>
<tr><td><b>Provider</b></td><td>Hollis Grant, MD</td></tr>
<tr><td><b>When</b></td><td>{wd(s)}, {md(s)}, 2026 at {hm(s)}</td></tr>
<tr><td><b>Where</b></td><td>Westchase Primary Care, 10850 Richmond Ave, Suite 110, Houston, TX 77042</td></tr></table>
<p><b>Please arrive 15 minutes early to check in.</b> Save time by completing eCheck-in before your visit: confirm
insurance, update your medications and answer the pre-visit health interview questions.</p>
<p>Need to cancel or reschedule? Please call us at least 24 hours in advance at 713-555-0150, or use the Schedule
tab in MyHealthLink. A nurse may call you the day before to review your health history.</p>
<p><a href="https://myhealthlink.westchasepc.example/echeckin">Start eCheck-in</a></p>
<p style="font-size:11px;color:#666">Please do not reply to this message. This mailbox is not monitored.</p>
</div></body></html>"""
    m = html_only(base_headers("MyHealthLink <noreply@myhealthlink.westchasepc.example>", USER,
                               "Appointment reminder: your visit on " + s.strftime("%m/%d/%Y"), sent,
                               "<reminder.88213.visit@myhealthlink.westchasepc.example>"), html)
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MyHealthLink//Appointments//EN", "METHOD:PUBLISH",
                     "BEGIN:VEVENT", "UID:appt-88213@westchasepc.example", f"DTSTAMP:{utcz(sent)}",
                     f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}", "SUMMARY:Office Visit with Hollis Grant\\, MD",
                     "LOCATION:Westchase Primary Care\\, 10850 Richmond Ave\\, Suite 110\\, Houston\\, TX 77042",
                     "DESCRIPTION:Arrive 15 minutes early to check in.", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ics, maintype="text", subtype="calendar", filename="appointment.ics")
    add(case, "01-visit-reminder.eml", finish(m, "n14"))
    label(case, [], "medium", "negative/doctor-appointment",
          "Own doctor visit via patient portal (provider, visit, check-in, 'pre-visit health interview', .ics).")


def n15():
    case = "15-neg-lab-draw-appointment"
    sent = T(CHI, 2026, 4, 2, 18, 30)
    s = T(CHI, 2026, 4, 4, 8, 15)
    text = (f"Hi MARISOL,\n\nYour appointment is confirmed.\n\nService: Lab draw (blood work) - FASTING\n"
            f"Date: {wd(s)}, {md(s)}, 2026\nTime: 8:15 AM\nLocation: Quantis Diagnostics Patient Service Center\n"
            "          2900 Weslayan St, Suite 120, Houston, TX 77027\nOrdering provider: Hollis Grant, MD\n"
            "Confirmation #: QD-5518-2207\n\nBefore your visit:\n- Fast for 10-12 hours (water is OK).\n"
            "- Bring your photo ID and insurance card.\n- Use the kiosk to check in, or text HERE to 55123 when you arrive.\n\n"
            "Running late? We'll hold your slot for 10 minutes, then you'll be seen as a walk-in.\n"
            "To reschedule, visit https://appointments.quantisdx.example or call 866-555-0107.\n\n"
            "Quantis Diagnostics\n")
    add(case, "01-lab-appointment-confirmed.eml", finish(plain_mail(
        base_headers("Quantis Diagnostics <appointments@quantisdx.example>", USER,
                     "Appointment Confirmed: Sat, Apr 4 at 8:15 AM", sent, "<qd-5518-2207@quantisdx.example>"), text), "n15"))
    label(case, [], "easy", "negative/lab-draw", "Lab draw appointment confirmation (provider, check-in, appointment time).")


def n16():
    case = "16-neg-bls-acls-recertification"
    sent = T(CHI, 2026, 4, 3, 11, 20)
    s, e = T(CHI, 2026, 4, 11, 8, 0), T(CHI, 2026, 4, 11, 16, 30)
    text = (f"Dear Marisol Ybarra,\n\nYou are registered for:\n\n  ACLS Provider Renewal + BLS Provider (combined)\n"
            f"  {wd(s)}, {md(s)}, 2026, 8:00 AM - 4:30 PM\n  Lifeline Resuscitation Training Center, 7700 Westpark Dr, Room 4, Houston TX 77063\n\n"
            "Course schedule:\n  08:00  Check-in, pretest review\n  08:30  BLS skills (adult/infant CPR, AED)\n"
            "  10:30  ACLS cases: bradycardia, tachycardia, cardiac arrest\n  12:00  Lunch (on your own)\n"
            "  13:00  Megacode practice\n  14:30  Megacode testing - students are called in one at a time in scheduled order\n"
            "  15:30  Written exam\n\nYou must bring a completed pre-course self-assessment (score 70% or above). "
            "Candidates who do not pass the megacode may remediate once on the same day.\n\n"
            "Your eCards will be issued within 48 hours of successful completion.\n\n"
            "Questions? Call 832-555-0158.\n\nLifeline Resuscitation Training Center\n")
    m = plain_mail(base_headers("Lifeline Training <classes@lifelinetraining.example>", USER,
                                "Class confirmation: ACLS Renewal + BLS - " + s.strftime("%m/%d/%Y"), sent,
                                "<reg-44120@lifelinetraining.example>"), text)
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lifeline Training//Registration//EN", "METHOD:PUBLISH"]
                    + vtz_olson("America/Chicago", "-0600", "-0500", "CST", "CDT")
                    + ["BEGIN:VEVENT", "UID:class-44120@lifelinetraining.example", f"DTSTAMP:{utcz(sent)}",
                       f"DTSTART;TZID=America/Chicago:{local(s)}", f"DTEND;TZID=America/Chicago:{local(e)}",
                       "SUMMARY:ACLS Renewal + BLS Provider", "LOCATION:Lifeline Resuscitation Training Center\\, Room 4",
                       "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ics, maintype="text", subtype="calendar", filename="class.ics")
    add(case, "01-class-confirmation.eml", finish(m, "n16"))
    label(case, [], "medium", "negative/certification-class",
          "BLS/ACLS renewal class with schedule, 'candidates', 'called in', .ics.")


def n17():
    case = "17-neg-orientation-schedule-current-employer"
    sent = T(CHI, 2026, 3, 30, 14, 2)
    s, e = T(CHI, 2026, 4, 6, 7, 30), T(CHI, 2026, 4, 6, 16, 0)
    edu = "pnwosu@greenspointmc.example"
    html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Marisol,</p>
<p>Welcome to the Clinical Education team! As part of your internal transfer from 4 West into the Unit Educator role, please
attend the following orientation sessions. Your manager has already adjusted your schedule so these are paid, non-patient-care hours.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde6f0"><th>Day</th><th>Time</th><th>Session</th><th>Location</th></tr>
<tr><td>Mon {s.month}/{s.day}</td><td>0730&ndash;1600</td><td>Nursing Orientation Day 1 (policies, badge, Pyxis access)</td><td>Education Center Rm 210</td></tr>
<tr><td>Tue {s.month}/{s.day + 1}</td><td>0800&ndash;1200</td><td>EHR super-user class</td><td>IT Training Lab</td></tr>
<tr><td>Tue {s.month}/{s.day + 1}</td><td>1400&ndash;1430</td><td>1:1 check-in with your director</td><td>Nursing Admin, 2nd fl</td></tr>
<tr><td>Wed {s.month}/{s.day + 2}</td><td>0700&ndash;1930</td><td>Shadow shift with the 6 East educator (meet your preceptor)</td><td>6 East</td></tr>
</table>
<p>Please wear business casual for Day 1 and scrubs for the shadow shift. Call me at x4417 if you can't make a session.</p>
<p>Thanks,<br>Precious Nwosu, MSN, RN-BC<br>Manager, Clinical Education<br>Greenspoint Medical Center</p>
</body></html>"""
    add(case, "01-orientation-schedule.eml", finish(html_only(
        base_headers(f"Nwosu, Precious <{edu}>", f"Ybarra, Marisol <{USER}>", "Orientation schedule - week of 4/6", sent,
                     "<SN6PR07MB9912F1@SN6PR07MB9912.namprd07.prod.outlook.example>"), html), "n17"))
    label(case, [], "hard", "negative/orientation-schedule",
          "Current employer's orientation schedule after an internal transfer (1:1, shadow shift, preceptor); she is already hired.")


def n18():
    case = "18-neg-patient-interviewing-training-module"
    sent = T(CHI, 2026, 3, 16, 6, 0)
    s, e = T(CHI, 2026, 3, 24, 13, 0), T(CHI, 2026, 3, 24, 14, 0)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#5a2d82">LearnPath &mdash; New assignment</h2>
<p>Marisol Ybarra, you have been assigned the following learning:</p>
<p><b>Patient Interviewing &amp; Health History: Motivational Interviewing for Nurses (1.5 contact hours)</b><br>
Due: 03/31/2026<br>Assigned by: Greenspoint Medical Center - Clinical Education</p>
<p>Part 1 is a self-paced module (45 min) covering open-ended questions, reflective listening and the
teach-back method. Part 2 is a live virtual skills session with a standardized patient:</p>
<p>&nbsp;&nbsp;{wd(s)}, {s.month}/{s.day}, {hm(s)}&ndash;{hm(e)} CT on Microsoft Teams (you will role-play a patient interview and receive feedback)</p>
<p>Sessions are also offered 3/25 and 3/26; you may switch sessions from the Schedule tab.</p>
<p><a href="https://greenspointmc.learnpath.example/assignments/88127">Launch course</a></p>
<p style="color:#888;font-size:11px">This is an automated message from LearnPath. Do not reply.</p>
</body></html>"""
    add(case, "01-learning-assignment.eml", finish(html_only(
        base_headers("LearnPath <no-reply@learnpath.example>", USER,
                     "New assignment: Patient Interviewing & Health History (due 03/31/2026)", sent,
                     "<assign-88127@learnpath.example>"), html, cte="base64"), "n18"))
    label(case, [], "hard", "negative/training-module",
          "CE module on patient interviewing with a live Teams role-play session; not a job interview.")


def n19():
    case = "19-neg-shift-swap-approved"
    sent = T(CHI, 2026, 3, 11, 21, 14)
    text = ("RosterPoint - Greenspoint Medical Center\n\nSHIFT SWAP APPROVED\n\n"
            "Your swap request with Kayla Nguyen, RN has been approved by Jerome Pratt (Nurse Manager, 4 West).\n\n"
            "You will now work:\n  Sun 3/15  1900-0730  4 West Med/Surg  (Charge)\n"
            "Kayla will work your:\n  Fri 3/13  1900-0730  4 West Med/Surg\n\n"
            "Reminder: you are on call Sat 3/14 0700-1900. Daylight saving time started 3/8 - please double-check "
            "your badge clock-in times for night shifts that crossed the change.\n\nView your schedule: https://rosterpoint.example/app/schedule\n\n"
            "Questions about this swap? Contact your staffing office at 281-555-0100 ext. 2.\n")
    add(case, "01-swap-approved.eml", finish(plain_mail(
        base_headers("RosterPoint <notify@rosterpoint.example>", USER, "Shift swap approved: Sun 3/15 1900", sent,
                     "<swap-55210-approved@rosterpoint.example>"), text), "n19"))
    label(case, [], "easy", "negative/shift-swap", "Scheduling app shift-swap approval at her current hospital (schedule, on call, manager).")


def n20():
    case = "20-neg-nursing-license-renewal"
    sent = T(CHI, 2026, 2, 25, 8, 30)
    text = ("TEXAS NURSE LICENSURE OFFICE\n\nLicense Renewal Notice\n\nLicensee: MARISOL YBARRA\nLicense type: Registered Nurse\n"
            "License #: 883412\nExpiration: 04/30/2026\n\nYour RN license is due for renewal. To renew online you must:\n"
            "  1. Complete 20 contact hours of continuing nursing education (incl. 2 hours nursing jurisprudence & ethics)\n"
            "  2. Answer the eligibility questions\n  3. Pay the renewal fee of $68.00\n\n"
            "Because your record is flagged for a criminal background check update, you have been scheduled for a "
            "fingerprinting appointment:\n  Tuesday, March 10, 2026 at 10:45 AM\n  FingerPoint Services, 5900 Bissonnet St, Houston TX\n"
            "  Bring your service code 11G7HXN and a government photo ID.\n\n"
            "If you cannot attend, reschedule at https://fingerpoint.example or call 888-555-0131. No interview or "
            "board appearance is required for standard renewals.\n\nRenew online: https://nurselicensure.example/renew\n\n"
            "Texas Nurse Licensure Office | Austin, Texas\n")
    add(case, "01-license-renewal-notice.eml", finish(plain_mail(
        base_headers("Texas Nurse Licensure Office <renewals@nurselicensure.example>", USER,
                     "Action required: RN license renewal - expires 04/30/2026", sent, "<rn883412.renewal@nurselicensure.example>"),
        text, cte="quoted-printable"), "n20"))
    label(case, [], "medium", "negative/license-renewal", "License renewal notice with a scheduled fingerprinting appointment; 'no interview ... required'.")


def n21():
    case = "21-neg-reference-check-call-about-her"
    sent = T(CHI, 2026, 5, 12, 10, 22)
    hr = "sasha.kim@northparkmeadows.example"
    text = ("Hi Marisol,\n\nQuick update - thank you for sending your references. I was able to reach Denise Albright, "
            "your former nurse manager, and we have a reference check call scheduled for Thursday, 5/14 at 11:00 AM CT. "
            "I'll also try Dr. Kofi Mensah this week.\n\nYou do not need to join the call or do anything on your end; this "
            "is just so you're aware and can give Denise a heads-up. Once references and credentialing (license "
            "verification, BLS card, TB test) are complete, I'll be in touch about next steps for the Staff Development "
            "Specialist role.\n\nThanks,\nSasha Kim\nHR Generalist | Northpark Meadows Hospital\n"
            "281-555-0175 | 1200 Northpark Meadows Dr, Kingwood, TX 77339\n")
    add(case, "01-reference-check-update.eml", finish(plain_mail(
        base_headers(f"Sasha Kim <{hr}>", USER, "Reference check scheduled", sent, "<CAS4shK1m0512@northparkmeadows.example>"),
        text), "n21"))
    label(case, [], "hard", "negative/reference-check",
          "HR schedules a reference-check call with her former manager; the user is not on the call.")


def n22():
    case = "22-neg-rejection-after-interview"
    sent = T(CHI, 2026, 3, 13, 16, 3)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="margin:auto"><tr><td style="padding:20px">
<p><img src="https://lakeshorepines.wd1.myworkdaysite.example/logo.png" alt="Lakeshore Pines Behavioral Health" width="160"></p>
<p>Dear Marisol,</p>
<p>Thank you for taking the time to interview with our team on March 2 for the <b>Nurse Educator - Behavioral Health</b>
position. We enjoyed learning about your experience and appreciate your interest in Lakeshore Pines.</p>
<p>After careful consideration, we have decided to move forward with another candidate whose experience more closely matches
our current needs. This was a difficult decision.</p>
<p>We encourage you to continue to apply for future roles; we would be happy to schedule a call if new openings match your
background. You can update your candidate profile at any time.</p>
<p>Best wishes in your search,<br>Talent Acquisition<br>Lakeshore Pines Behavioral Health</p>
</td></tr></table></body></html>"""
    add(case, "01-update-on-your-application.eml", finish(html_only(
        base_headers("Lakeshore Pines Behavioral Health <lakeshorepines@myworkday.example>", USER,
                     "Update on your application - Nurse Educator - Behavioral Health", sent,
                     "<wd-notif-rej-41a7e0@myworkday.example>"), html), "n22"))
    label(case, [], "medium", "negative/rejection", "Workday-style rejection that references a past interview date.")


def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith(PREFIX):
            shutil.rmtree(p)
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22]:
        f()
    for case, items in CASES.items():
        d = HERE / (PREFIX + case)
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    assert set(LABELS) == {PREFIX + c for c in CASES}
    with open(HERE / "labels.yaml", "w") as fh:
        fh.write("# blind122 - written blind, synthetic; regenerate with make_cases.py\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    print(f"{len(CASES)} cases, {sum(1 for l in LABELS.values() if l['interview'])} positive, "
          f"{sum(len(l['interviews']) for l in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
