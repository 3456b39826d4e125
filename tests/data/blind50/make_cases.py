#!/usr/bin/env python3
"""Deterministic generator for the blind50 evaluation set (nurse manager / healthcare ops job seeker).
Rewrites every case folder and labels.yaml.  stdlib + PyYAML + zoneinfo only."""
import json, shutil, hashlib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo
import yaml

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York"); LA = ZoneInfo("America/Los_Angeles"); BER = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")
OWNER = "bridget.omondi@example.com"; OWNER_NAME = "Bridget Omondi"
CASES = {}; LABELS = {}

def dt(y, mo, d, h, mi=0, tz=NY):
    return datetime(y, mo, d, h, mi, tzinfo=tz)

def iso(x):
    return x.isoformat()

def mid(seed, dom):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24], dom)

# ---------------- iCalendar ----------------
def fold(line):
    b = line.encode("utf-8"); out = []; first = True
    while b:
        n = 75 if first else 74
        cut = min(n, len(b))
        while cut < len(b) and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append((b"" if first else b" ") + b[:cut]); b = b[cut:]; first = False
    return b"\r\n".join(out).decode("utf-8")

def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

VTZ = {
 "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500",
   "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
   "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
   "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
 "Eastern Standard Time": ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
   "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
   "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD", "BEGIN:DAYLIGHT",
   "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
   "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}
TZMAP = {"America/New_York": NY, "Eastern Standard Time": NY}

def ics(*, uid, start, end, summary, organizer, attendees, description="", location="", method="REQUEST",
        seq=0, status="CONFIRMED", tzid=None, prodid="-//Example Corp//Calendar 1.0//EN", stamp=None,
        outlook=False):
    def fmt(prop, x):
        if tzid:
            return "%s;TZID=%s:%s" % (prop, tzid, x.astimezone(TZMAP[tzid]).strftime("%Y%m%dT%H%M%S"))
        return "%s:%s" % (prop, x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method]
    if tzid:
        L += VTZ[tzid]
    L += ["BEGIN:VEVENT", fmt("DTSTART", start), fmt("DTEND", end),
          "DTSTAMP:" + (stamp or start - timedelta(days=5)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          'ORGANIZER;CN="%s":mailto:%s' % organizer, "UID:" + uid]
    for name, email, role in attendees:
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s'
                 % (role, name, email))
    L += ["SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(description), "LOCATION:" + esc(location),
          "SEQUENCE:%d" % seq, "STATUS:" + status, "TRANSP:OPAQUE"]
    if outlook:
        L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in L) + "\r\n").encode("utf-8")

# ---------------- e-mail ----------------
def email(*, frm, to, subject, date, text=None, html=None, cte="quoted-printable", cal=None, cal_method="REQUEST",
          attach_ics=None, layout="simple", extra=None, seed=None, dom="mail.example", delivered=OWNER,
          in_reply_to=None, references=None, cc=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered
    m["Return-Path"] = "<%s>" % frm.split("<")[-1].rstrip(">")
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(seed or subject + str(date), dom)
    if in_reply_to: m["In-Reply-To"] = in_reply_to
    if references: m["References"] = references
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    if layout == "simple":
        if html is not None and text is None:
            m.set_content(html, subtype="html", cte=cte)
        else:
            m.set_content(text, cte=cte)
            if html is not None:
                m.add_alternative(html, subtype="html", cte=cte)
        if attach_ics:
            name, data = attach_ics
            m.add_attachment(data, maintype="text", subtype="calendar", filename=name,
                             params={"method": cal_method})
    elif layout == "outlook":   # multipart/alternative: text/plain + text/calendar
        m.set_content(text, cte=cte)
        m.add_alternative(cal, maintype="text", subtype="calendar", cte="base64",
                          params={"method": cal_method, "charset": "utf-8"})
    elif layout == "google":    # multipart/mixed: alt(plain, html, calendar) + invite.ics
        m.set_content(text, cte="base64")
        m.add_alternative(html, subtype="html", cte="quoted-printable")
        m.add_alternative(cal, maintype="text", subtype="calendar", cte="7bit" if False else "base64",
                          params={"method": cal_method, "charset": "UTF-8"})
        m.make_mixed()
        m.add_attachment(cal, maintype="application", subtype="ics", filename="invite.ics")
    for i, part in enumerate(m.walk()):   # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary("=_b50_%s_%d" % (hashlib.sha1(str(m["Message-ID"]).encode()).hexdigest()[:16], i))
    return m.as_bytes(policy=policy.default)

def add(case, items, label):
    CASES[case] = items
    lab = {"user": OWNER}; lab.update(label)
    LABELS[case] = lab

def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}

ME = "%s <%s>" % (OWNER_NAME, OWNER)
SIG_ME = "\n\nBridget Omondi, MSN, RN, NE-BC\n(401) 555-0148\n"

# =====================================================================
# 01 Workday panel interview, e-mail sent in EST, interview after the US DST switch
def c01():
    dom = "hartwellmed.example"
    s, e = dt(2026, 3, 10, 9), dt(2026, 3, 10, 10, 30)
    sent = dt(2026, 3, 5, 10, 14)
    panel = [("Patricia Nwosu", "patricia.nwosu@" + dom), ("Alan Whitford", "alan.whitford@" + dom),
             ("Kerry Lindqvist", "kerry.lindqvist@" + dom)]
    text = f"""Hello Bridget,

Your interview has been scheduled for the position below.

Job Requisition: R-04417 Nurse Manager - Cardiac Step-Down Unit (5 East)
Interview Type: In Person - Panel
Date: Tuesday, March 10, 2026
Time: 9:00 AM - 10:30 AM EDT
Location: Hartwell Medical Center, Pavilion B, 4th Floor, Conference Room 4120
          220 Crane Street, Fallbrook, MA 01999

Interviewers:
  Patricia Nwosu, MSN, RN, NE-BC - Director of Nursing, Cardiovascular Services
  Alan Whitford, MD - Medical Director, Cardiology
  Kerry Lindqvist, BSN, RN - Charge Nurse, 5 East

Parking: please use the Crane Street visitor garage; bring your ticket to the interview for validation.
Please arrive 10 minutes early and check in at the Pavilion B information desk.

A calendar file is attached. If you need to make changes, contact your recruiter,
Jenna Morales, at jenna.morales@hartwellmed.example or (508) 555-0193.

Thank you,
Hartwell Medical Center Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    cal = ics(uid="WD-INT-7731902@myworkday.example", start=s, end=e,
              summary="Interview: Nurse Manager - Cardiac Step-Down Unit (5 East) - Bridget Omondi",
              organizer=("Hartwell Medical Center", "hartwellmed@myworkday.example"),
              attendees=[(n, a, "REQ-PARTICIPANT") for n, a in panel] + [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
              description="In Person - Panel. Pavilion B, Conference Room 4120.",
              location="Hartwell Medical Center - Pavilion B 4120", tzid="America/New_York",
              prodid="-//Workday//Interview Scheduling//EN", stamp=sent)
    add("b50-01-workday-panel-ics-est-to-edt", [
        ("01-workday-interview-scheduled.eml", email(
            frm="Hartwell Medical Center <hartwellmed@myworkday.example>", to=OWNER,
            subject="Interview Scheduled - R-04417 Nurse Manager - Cardiac Step-Down Unit (5 East)",
            date=sent, text=text, attach_ics=("Interview.ics", cal), dom="myworkday.example"))],
        {"interview": True, "interviews": [iv("Hartwell Medical Center", "Nurse Manager - Cardiac Step-Down Unit",
            s, e, "scheduled", [a for _, a in panel], [a for _, a in panel], "onsite")],
         "difficulty": "medium", "category": "positive/workday-ics",
         "notes": "Workday panel (3 clinical interviewers in the .ics); mail sent in EST, interview after Mar 8 -> EDT.",
         "source": "synthetic"})

# 02 Outlook/Teams invite, Windows TZID, hiring manager at an insurer
def c02():
    dom = "brightwaterhp.example"
    s, e = dt(2026, 3, 26, 14), dt(2026, 3, 26, 14, 45)
    sent = dt(2026, 3, 23, 16, 2)
    hm = ("Gregory Tan-Whitaker", "gtanwhitaker@" + dom)
    text = """When: Thursday, March 26, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Bridget -

Thanks for the quick turnaround on scheduling. This is our conversation about the Manager, Clinical
Operations (Utilization Management) opening. Expect questions about how you've run UM/UR workflows,
denials and peer-to-peer turnaround, and leading an RN review team that's mostly remote.

Greg

Gregory Tan-Whitaker, MBA, RN
Senior Director, Utilization Management
Brightwater Health Plan | 40 Harbor Walk, Suite 900, Port Ansel, RI 02999
O: 401-555-0177

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_YjBkNTI5%40thread.v2/0>
Meeting ID: 284 119 603 771
Passcode: 7hQk2z
________________________________________________________________________________
"""
    cal = ics(uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6B70100000000000000001000000029F1",
              start=s, end=e, summary="Bridget Omondi / Greg Tan-Whitaker - Manager, Clinical Operations (UM)",
              organizer=hm, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
              description=text, location="Microsoft Teams Meeting", tzid="Eastern Standard Time",
              prodid="Microsoft Exchange Server 2010", stamp=sent, outlook=True)
    add("b50-02-outlook-teams-insurer-hiring-manager", [
        ("01-outlook-invite.eml", email(
            frm="Gregory Tan-Whitaker <%s>" % hm[1], to=ME,
            subject="Bridget Omondi / Greg Tan-Whitaker - Manager, Clinical Operations (UM)", date=sent,
            text=text, cal=cal, layout="outlook", dom="PH0PR17MB4410.namprd17.prod.outlook.example",
            extra=[("Thread-Topic", "Bridget Omondi / Greg Tan-Whitaker - Manager, Clinical Operations (UM)"),
                   ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", "")]))],
        {"interview": True, "interviews": [iv("Brightwater Health Plan", "Manager, Clinical Operations (Utilization Management)",
            s, e, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
         "difficulty": "medium", "category": "positive/outlook-teams",
         "notes": "Exchange invite, TZID 'Eastern Standard Time' and '(UTC-05:00)' label but the date is in EDT. Subject has no word 'interview'.",
         "source": "synthetic"})

# 03 iCIMS phone interview, then rescheduled (SEQUENCE 1)
def c03():
    dom = "staldric.example"
    s0, e0 = dt(2026, 4, 2, 13), dt(2026, 4, 2, 13, 30)
    s1, e1 = dt(2026, 4, 7, 10, 30), dt(2026, 4, 7, 11)
    rec = ("Deb Farrow", "deb.farrow@" + dom)
    role = "Clinical Operations Manager, Emergency Department"
    def body(head, s, tail):
        return f"""Dear Bridget,

{head}

Position: {role} (Job ID 2026-11852)
Interview: Phone Interview (approx. 30 minutes)
Date/Time: {s.strftime('%A, %B')} {s.day}, 2026 at {s.strftime('%I:%M %p').lstrip('0')} Eastern
Interviewer: Deb Farrow, Talent Acquisition Partner

Deb will call you at the mobile number on your application. {tail}

Kind regards,
Deb Farrow
Talent Acquisition Partner | St. Aldric Regional Hospital
deb.farrow@staldric.example | 860-555-0122
"""
    frm = "St. Aldric Regional Hospital <staldric-notifications@talent.icims.example>"
    d0, d1 = dt(2026, 3, 24, 11, 5), dt(2026, 3, 31, 8, 47)
    uid = "icims-int-55120987@talent.icims.example"
    def cal(s, e, seq, d):
        return ics(uid=uid, start=s, end=e, summary="Phone Interview - St. Aldric Regional Hospital",
                   organizer=rec, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                   description="Deb Farrow will call you.", location="Phone", seq=seq,
                   prodid="-//iCIMS//Interview Scheduler//EN", stamp=d)
    add("b50-03-icims-phone-interview-rescheduled", [
        ("01-icims-interview-confirmation.eml", email(frm=frm, to=OWNER, subject="Interview Confirmation: " + role,
            date=d0, text=body("Thank you for your interest in St. Aldric Regional Hospital. Your interview is confirmed.",
                               s0, "If you need to change this time, reply to this message."),
            attach_ics=("interview.ics", cal(s0, e0, 0, d0)), extra=[("Reply-To", "Deb Farrow <%s>" % rec[1])],
            dom="talent.icims.example")),
        ("02-icims-interview-rescheduled.eml", email(frm=frm, to=OWNER, subject="Interview Rescheduled: " + role,
            date=d1, text=body("Our interview with you has been RESCHEDULED. Please note the new date and time below "
                               "(the previous time, Thursday, April 2 at 1:00 PM, is no longer valid).",
                               s1, "An updated calendar file is attached."),
            attach_ics=("interview.ics", cal(s1, e1, 1, d1)), extra=[("Reply-To", "Deb Farrow <%s>" % rec[1])],
            dom="talent.icims.example"))],
        {"interview": True, "interviews": [iv("St. Aldric Regional Hospital", role, s1, e1, "scheduled",
            [rec[1]], [rec[1]], "phone_screen")],
         "difficulty": "medium", "category": "positive/reschedule-ats",
         "notes": "iCIMS confirmation then reschedule (same UID, SEQUENCE 1); recruiter conducts the phone screen.",
         "source": "synthetic"})

# 04 Human thread: propose, accept, confirm, then cancel by e-mail
def c04():
    dom = "lakemontclinics.example"
    s, e = dt(2026, 4, 16, 14), dt(2026, 4, 16, 14, 45)
    rec = "Shonda Pierce <spierce@%s>" % dom
    vp = ("Martin Kowalczyk", "martin.kowalczyk@" + dom)
    sig = "\n\nShonda Pierce\nSenior Recruiter, Lakemont Community Clinics\n12 Mill Pond Rd, Lakemont, NH 03999 | (603) 555-0160\n"
    d1, d2, d3, d4 = dt(2026, 4, 13, 9, 40), dt(2026, 4, 13, 12, 2), dt(2026, 4, 13, 13, 15), dt(2026, 4, 15, 16, 31)
    m1, m2, m3 = mid("c04a", dom), mid("c04b", "mail.example"), mid("c04c", dom)
    subj = "Nurse Manager, Ambulatory Care - next step"
    q1 = "\n".join("> " + l for l in ("Hi Bridget,\n\nMartin Kowalczyk, our VP of Clinical Operations, would like to meet you. Would "
          "Thursday at 2pm ET work for a 45-minute video interview on Zoom?" + sig).split("\n"))
    add("b50-04-thread-confirmed-then-cancelled-on-hold", [
        ("01-recruiter-proposes.eml", email(frm=rec, to=ME, subject=subj, date=d1, seed="c04a", dom=dom,
            text="Hi Bridget,\n\nMartin Kowalczyk, our VP of Clinical Operations, would like to meet you. Would "
                 "Thursday at 2pm ET work for a 45-minute video interview on Zoom?" + sig)),
        ("02-candidate-accepts.eml", email(frm=ME, to=rec, subject="Re: " + subj, date=d2, seed="c04b",
            in_reply_to=m1, references=m1, delivered=OWNER,
            text="Hi Shonda,\n\nThursday at 2 works perfectly - I'm off that day.\n\nThanks,\nBridget\n\n"
                 "On Mon, Apr 13, 2026 at 9:40 AM Shonda Pierce <spierce@lakemontclinics.example> wrote:\n" + q1)),
        ("03-recruiter-confirms.eml", email(frm=rec, to=ME, cc="%s <%s>" % vp, subject="Re: " + subj, date=d3,
            seed="c04c", dom=dom, in_reply_to=m2, references=m1 + " " + m2,
            text="Great - you're confirmed for Thursday, April 16, 2:00-2:45 PM ET with Martin (cc'd).\n\n"
                 "Zoom: https://zoom.example/j/84411920375?pwd=Lk2 (passcode 552901)" + sig)),
        ("04-recruiter-cancels.eml", email(frm=rec, to=ME, cc="%s <%s>" % vp, subject="Re: " + subj, date=d4,
            seed="c04d", dom=dom, in_reply_to=m3, references=" ".join([m1, m2, m3]),
            text="Hi Bridget,\n\nI'm really sorry to do this on short notice, but we need to cancel tomorrow's "
                 "conversation with Martin. Leadership put the Ambulatory Care manager position on hold this morning "
                 "pending a budget review. I'll reach out personally if it reopens - you were a strong fit.\n" + sig))],
        {"interview": True, "interviews": [iv("Lakemont Community Clinics", "Nurse Manager, Ambulatory Care", s, e,
            "cancelled", [vp[1]], [vp[1]], "hiring_manager")],
         "difficulty": "medium", "category": "positive/cancellation",
         "notes": "Relative 'Thursday' from Mon Apr 13 = Apr 16; cancelled by e-mail (position on hold).",
         "source": "synthetic"})

# 05 Outlook invite then METHOD:CANCEL
def c05():
    dom = "carevine.example"
    s, e = dt(2026, 4, 27, 11), dt(2026, 4, 27, 12)
    hm = ("Priyanka Desai", "pdesai@" + dom)
    role = "Clinical Operations Lead, Virtual Nursing"
    d1, d2 = dt(2026, 4, 20, 15, 33), dt(2026, 4, 24, 9, 58)
    uid = "040000008200E00074C5B7101A82E0080000000077A1C0B9E3D1DC01000000000000000010000000A5B2"
    t1 = f"""When: Monday, April 27, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Bridget, looking forward to talking about the {role} role and how you'd stand up our
tele-sitter and virtual admission/discharge nurse program across partner hospitals.

Priyanka Desai | Head of Clinical Operations | Carevine
"""
    t2 = """When: Monday, April 27, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Bridget - apologies, we've decided to fill this role internally, so I'm cancelling our interview. Thank you for
your time and interest in Carevine.
"""
    def cal(method, seq, status, d, desc):
        return ics(uid=uid, start=s, end=e, summary=("Canceled: " if method == "CANCEL" else "") + "Interview - " + role,
                   organizer=hm, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], description=desc,
                   location="Microsoft Teams Meeting", method=method, seq=seq, status=status,
                   tzid="Eastern Standard Time", prodid="Microsoft Exchange Server 2010", stamp=d, outlook=True)
    ex = [("Content-class", "urn:content-classes:calendarmessage")]
    add("b50-05-outlook-invite-then-method-cancel", [
        ("01-invite.eml", email(frm="Priyanka Desai <%s>" % hm[1], to=ME, subject="Interview - " + role, date=d1,
            text=t1, cal=cal("REQUEST", 0, "CONFIRMED", d1, t1), layout="outlook", extra=ex, dom=dom)),
        ("02-canceled.eml", email(frm="Priyanka Desai <%s>" % hm[1], to=ME, subject="Canceled: Interview - " + role,
            date=d2, text=t2, cal=cal("CANCEL", 1, "CANCELLED", d2, t2), cal_method="CANCEL", layout="outlook",
            extra=ex + [("Importance", "high")], dom=dom))],
        {"interview": True, "interviews": [iv("Carevine", role, s, e, "cancelled", [hm[1]], [hm[1]], "hiring_manager")],
         "difficulty": "easy", "category": "positive/cancellation",
         "notes": "Exchange REQUEST then METHOD:CANCEL/STATUS:CANCELLED for the same UID.", "source": "synthetic"})

# 06 Thread confirmed by a phone-call summary, shift-style times, DST edge (Mar 9 = day after switch)
def c06():
    dom = "merritonchildrens.example"
    s, e = dt(2026, 3, 9, 7, 30), dt(2026, 3, 9, 9)
    rec = "Alana Greer <agreer@%s>" % dom
    p = [("Kwame Asante", "kwame.asante@" + dom), ("Helen Marsh", "helen.marsh@" + dom)]
    sig = ("\n\nAlana Greer, BSN, RN\nNurse Recruiter | Merriton Children's Hospital\n"
           "55 Linden Ave, Merriton, CT 06999\nCell 203-555-0135 | Office 203-555-0100 x4410\n")
    d1, d2, d3 = dt(2026, 3, 3, 14, 20), dt(2026, 3, 3, 21, 5), dt(2026, 3, 4, 17, 22)
    m1, m2 = mid("c06a", dom), mid("c06b", "mail.example")
    subj = "PICU Nurse Manager"
    add("b50-06-phone-call-summary-0730-before-huddle", [
        ("01-recruiter-asks-for-call.eml", email(frm=rec, to=ME, subject=subj, date=d1, seed="c06a", dom=dom,
            text="Hi Bridget,\n\nThe team loved your application for the PICU Nurse Manager role. Could we hop on a "
                 "quick call tomorrow to talk next steps? Easiest is to call my cell whenever you're free." + sig)),
        ("02-reply-availability.eml", email(frm=ME, to=rec, subject="Re: " + subj, date=d2, seed="c06b",
            in_reply_to=m1, references=m1,
            text="Hi Alana - I'm on days this week (0700-1930) but I'll have my lunch around 1300, I'll call you "
                 "then.\n\nBridget\n\nSent from my iPhone")),
        ("03-recap-after-phone-call.eml", email(frm=rec, to=ME, cc=", ".join("%s <%s>" % x for x in p),
            subject="Re: " + subj + " - recap of our call", date=d3, seed="c06c", dom=dom, in_reply_to=m2,
            references=m1 + " " + m2,
            html=("<div>Hi Bridget,</div><div><br></div><div>Great talking with you this afternoon! As promised, a quick "
                  "recap of what we agreed on the phone so it's in writing:</div><ul>"
                  "<li><b>Monday 3/9, 0730&ndash;0900</b>, before the unit's 0900 safety huddle</li>"
                  "<li>Panel interview with <b>Kwame Asante, MSN, RN</b> (Director of Critical Care Nursing) and "
                  "<b>Dr. Helen Marsh</b> (PICU Medical Director) - both cc'd - in the PICU family conference room, "
                  "3rd floor, followed by a short walk-through of the unit</li>"
                  "<li>Remember the clocks spring forward Sunday night, so it's an early one!</li></ul>"
                  "<div>Park in Garage C and text me when you're in the lobby.</div>"
                  + sig.replace("\n", "<br>") + "</div>"), cte="quoted-printable"))],
        {"interview": True, "interviews": [iv("Merriton Children's Hospital", "PICU Nurse Manager", s, e, "scheduled",
            [a for _, a in p], [a for _, a in p], "onsite")],
         "difficulty": "hard", "category": "positive/thread-phone-summary",
         "notes": "Recap e-mail after a phone call confirms the panel (HTML-only). '0730-0900' on Mon Mar 9 = EDT; 0900 huddle is not part of it.",
         "source": "synthetic"})

# 07 Invented ATS (RosterHire) HTML-only base64 itinerary for a full-day in-person loop with tour
def c07():
    dom = "pineharbor.example"
    role = "Director of Nursing Operations"
    rows = [((8, 0), (8, 30), "Welcome &amp; hospital tour", "Renata Okoye, Talent Acquisition", None),
            ((8, 30), (9, 30), "Nurse Manager panel", "Stephen Duval, RN (Med-Surg); Imani Clarke, RN (Oncology)",
             ["stephen.duval@" + dom, "imani.clarke@" + dom]),
            ((9, 30), (10, 30), "Meeting with the CMO", "Farid Haddad, MD, Chief Medical Officer", ["farid.haddad@" + dom]),
            ((10, 30), (11, 30), "Lunch with staff nurses (Harborview Caf&eacute;)", "Unit practice council members", None),
            ((11, 30), (12, 15), "Final conversation", "Maureen Falk, DNP, RN, Chief Nursing Officer", ["maureen.falk@" + dom])]
    s, e = dt(2026, 5, 5, 8), dt(2026, 5, 5, 12, 15)
    trs = "".join("<tr><td>%02d%02d&ndash;%02d%02d</td><td>%s</td><td>%s%s</td></tr>" % (
        a[0], a[1], b[0], b[1], what, who, ("<br>" + ", ".join('<a href="mailto:%s">%s</a>' % (x, x) for x in mails)) if mails else "")
        for a, b, what, who, mails in rows)
    html = f"""<html><body style="font-family:Arial">
<img src="https://cdn.rosterhire.example/brand/pineharbor.png" alt="Pine Harbor Health System">
<h2>Your on-site interview itinerary</h2>
<p>Dear Bridget Omondi,</p>
<p>We're excited to host you on <b>Tuesday, May 5, 2026</b> for the <b>{role}</b> position. All times are Eastern.</p>
<table border="1" cellpadding="4"><tr><th>Time</th><th>Session</th><th>With</th></tr>{trs}</table>
<p>Location: Pine Harbor Medical Center, 1 Harbor Hill Drive, Pine Harbor, ME 04999 - Main Lobby, ask for Renata.</p>
<p>Questions? Contact Renata Okoye at <a href="mailto:renata.okoye@{dom}">renata.okoye@{dom}</a> or 207-555-0108.</p>
<p style="color:#888;font-size:11px">Sent via RosterHire on behalf of Pine Harbor Health System. Do not reply to this
automated message. <a href="https://app.rosterhire.example/c/9f2">Manage notification settings</a></p>
</body></html>"""
    add("b50-07-invented-ats-onsite-itinerary-tour", [
        ("01-rosterhire-itinerary.eml", email(frm="Pine Harbor Health System via RosterHire <notifications@rosterhire.example>",
            to=OWNER, subject="Your interview itinerary - " + role + " - Tue May 5", date=dt(2026, 4, 28, 10, 0),
            html=html, cte="base64", dom="rosterhire.example",
            extra=[("Reply-To", "noreply@rosterhire.example")]))],
        {"interview": True, "interviews": [iv("Pine Harbor Health System", role, s, e, "scheduled",
            ["stephen.duval@" + dom, "imani.clarke@" + dom, "farid.haddad@" + dom, "maureen.falk@" + dom],
            ["stephen.duval@" + dom, "imani.clarke@" + dom, "farid.haddad@" + dom, "maureen.falk@" + dom], "onsite")],
         "difficulty": "hard", "category": "positive/onsite-itinerary",
         "notes": "HTML-only base64 itinerary from an invented ATS; 0800 tour to 1215 CNO -> one onsite; coordinator not an interviewer.",
         "source": "synthetic"})

# 08 Recruiter e-mail "Thu 3/12 @ 4:30p PST" (really PDT) + Calendar API event
def c08():
    dom = "nuvolahealth.example"
    s, e = dt(2026, 3, 12, 16, 30, LA), dt(2026, 3, 12, 17, 15, LA)
    vp = ("Rosalind Achebe", "rachebe@" + dom)
    role = "Clinical Program Manager, Remote Patient Monitoring"
    sent = dt(2026, 3, 9, 13, 5, LA)
    ev = {"kind": "calendar#event", "etag": "\"3521907716402000\"", "id": "6q1n8vbr2k0mhs9ad4tc7e3l5p",
          "status": "confirmed", "htmlLink": "https://www.google.example/calendar/event?eid=NnExbjh2YnIyazBtaHM5",
          "created": "2026-03-09T20:41:00.000Z", "updated": "2026-03-09T20:44:12.804Z",
          "summary": "Bridget <> Rosalind (Clinical Program Mgr, RPM)",
          "description": "Conversation w/ Dr. Achebe, VP Clinical. Kenji coordinating.",
          "creator": {"email": vp[1], "displayName": vp[0]}, "organizer": {"email": vp[1], "displayName": vp[0]},
          "start": {"dateTime": iso(s), "timeZone": "America/Los_Angeles"},
          "end": {"dateTime": iso(e), "timeZone": "America/Los_Angeles"},
          "iCalUID": "6q1n8vbr2k0mhs9ad4tc7e3l5p@google.com", "sequence": 0,
          "attendees": [{"email": vp[1], "displayName": vp[0], "organizer": True, "responseStatus": "accepted"},
                        {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
          "hangoutLink": "https://meet.google.example/rpm-qxvz-tka", "reminders": {"useDefault": True},
          "eventType": "default"}
    add("b50-08-pst-label-in-pdt-plus-gcal-json", [
        ("01-recruiter-confirms.eml", email(frm="Kenji Watanabe-Lopez <kenji@%s>" % dom, to=ME,
            subject="You're on Rosalind's calendar!", date=sent, dom=dom,
            text=f"Hey Bridget!\n\nGood news - Dr. Rosalind Achebe (our VP, Clinical) can do Thu 3/12 @ 4:30p PST "
                 f"(7:30p your time, I know, late - she's in board meetings all day). 45 min, Google Meet, about the "
                 f"{role} role. She'll send the invite herself.\n\nKenji\n--\nKenji Watanabe-Lopez | Talent @ Nuvola Health\n"
                 f"415.555.0184 | 500 Folsom Yard, San Francisco CA\n")),
        ("02-calendar-event.gcal.json", (json.dumps(ev, indent=2) + "\n").encode())],
        {"interview": True, "interviews": [iv("Nuvola Health", role, s, e, "scheduled", [vp[1]], [vp[1]], "hiring_manager")],
         "difficulty": "hard", "category": "positive/dedupe-gcal-json",
         "notes": "'4:30p PST' written loosely on Mar 12 (PDT in force) = 7:30p EDT; API event authoritative, one interview.",
         "source": "synthetic"})

# 09 Taleo-like phone screen + recruiter-scheduled panel (two interviews)
def c09():
    dom = "greystonemutual.example"
    role = "Clinical Quality Manager"
    s1, e1 = dt(2026, 3, 20, 11), dt(2026, 3, 20, 11, 30)
    s2, e2 = dt(2026, 3, 31, 13), dt(2026, 3, 31, 14, 30)
    lisa = "lisa.montenegro@" + dom
    panel = [("Samuel Otieno", "samuel.otieno@" + dom), ("Wendy Carrasco", "wendy.carrasco@" + dom),
             ("Phil Gagnon", "phil.gagnon@" + dom)]
    t1 = f"""Greystone Mutual Insurance Company

Dear Bridget Omondi,

Thank you for applying for the position of {role} (Req. 26-0193). We would like to invite you to a phone interview.

  Interview Type: Phone Screen
  Date: 03/20/2026
  Time: 11:00 AM Eastern Time
  Duration: 30 minutes
  Interviewer: Lisa Montenegro, Senior Talent Advisor ({lisa})

Lisa will call you at (401) 555-0148. To reschedule please contact Lisa directly.

Sincerely,
Greystone Mutual Talent Acquisition

*** This is an automated message generated by the Greystone Careers system. Replies are not monitored. ***
"""
    t2 = """Hi Bridget,

Thanks so much for the time this morning - really enjoyed hearing about your HEDIS hybrid-season work.
I've shared my notes with the hiring team and they'd like to move you forward to a panel interview:

  Tuesday, March 31, 1:00-2:30 PM ET (Microsoft Teams - link to follow)

Panel:
  - Samuel Otieno, MD, VP Medical Management (samuel.otieno@greystonemutual.example)
  - Wendy Carrasco, RN, CPHQ, Director, Quality Improvement (wendy.carrasco@greystonemutual.example)
  - Phil Gagnon, HEDIS Program Lead (phil.gagnon@greystonemutual.example)

Expect a mix of behavioral questions and a short case on a NCQA accreditation gap.

Best,
Lisa

Lisa Montenegro | Senior Talent Advisor
Greystone Mutual Insurance Company
1 Greystone Plaza, Hartwick, CT 06999 | 860.555.0150
"""
    add("b50-09-taleo-like-screen-then-panel-two-interviews", [
        ("01-careers-phone-screen.eml", email(frm="Greystone Careers <careers@greystonemutual.taleo.example>", to=OWNER,
            subject="Interview Invitation - %s (26-0193)" % role, date=dt(2026, 3, 12, 9, 30), text=t1,
            dom="greystonemutual.taleo.example")),
        ("02-recruiter-panel.eml", email(frm="Lisa Montenegro <%s>" % lisa, to=ME, subject="Next step: panel interview",
            date=dt(2026, 3, 20, 15, 10), text=t2, dom=dom))],
        {"interview": True, "interviews": [
            iv("Greystone Mutual Insurance", role, s1, e1, "scheduled", [lisa], [lisa], "phone_screen"),
            iv("Greystone Mutual Insurance", role, s2, e2, "scheduled", [a for _, a in panel], [a for _, a in panel], "onsite")],
         "difficulty": "medium", "category": "positive/two-interviews",
         "notes": "Taleo-style screen (03/20 11:00 AM ET) + panel scheduled by the screener (Mar 31 1:00-2:30 ET).",
         "source": "synthetic"})

# 10 German health-tech, "15:00 Uhr MEZ" in the US/EU DST gap week
def c10():
    dom = "klinova.example"
    s, e = dt(2026, 3, 19, 15, 0, BER), dt(2026, 3, 19, 16, 0, BER)
    kat = "Katrin Vogel <katrin.vogel@%s>" % dom
    cmo = ("Jonas Brandt", "jonas.brandt@" + dom)
    role = "Head of Clinical Operations, North America"
    d1, d2, d3 = dt(2026, 3, 13, 9, 12, BER), dt(2026, 3, 13, 7, 40), dt(2026, 3, 13, 14, 3, BER)
    m1, m2 = mid("c10a", dom), mid("c10b", "mail.example")
    sig = "\n\nMit freundlichen Grüßen / Kind regards\nKatrin Vogel\nTalent Acquisition | Klinova GmbH\nLeopoldstraße 200, 80999 München\nTel. +49 89 5550 2217\n"
    add("b50-10-german-healthtech-uhr-dst-gap-week", [
        ("01-proposal.eml", email(frm=kat, to=ME, subject="Klinova - %s / Gespräch mit Dr. Brandt" % role, date=d1,
            seed="c10a", dom=dom,
            text="Dear Bridget,\n\nDr. Jonas Brandt, our Chief Medical Officer, would like to speak with you about the "
                 "Head of Clinical Operations, North America role. Would Thursday 19 March at 15:00 Uhr (our time, "
                 "CET) suit you? Please note that the US has already switched to summer time but we only switch on 29 "
                 "March, so this week the difference to Boston is 5 hours, not 6 - that would be 10:00 for you." + sig)),
        ("02-yes.eml", email(frm=ME, to=kat, subject="Re: Klinova - %s / Gespräch mit Dr. Brandt" % role, date=d2,
            seed="c10b", in_reply_to=m1, references=m1,
            text="Hi Katrin,\n\nYes, 10:00 my time on the 19th works well. Thank you for flagging the time change!"
                 + SIG_ME)),
        ("03-confirmation.eml", email(frm=kat, to=ME, cc="Dr. Jonas Brandt <%s>" % cmo[1],
            subject="Re: Klinova - %s / Gespräch mit Dr. Brandt" % role, date=d3, seed="c10c", dom=dom,
            in_reply_to=m2, references=m1 + " " + m2,
            text="Perfekt! Confirmed:\n\nDonnerstag, 19. März 2026, 15:00–16:00 Uhr MEZ (10:00–11:00 EDT)\n"
                 "Video call (MS Teams, link follows) with Dr. Jonas Brandt (cc). I'm only coordinating and won't join."
                 + sig, cte="quoted-printable"))],
        {"interview": True, "interviews": [iv("Klinova", role, s, e, "scheduled", [cmo[1]], [cmo[1]], "hiring_manager")],
         "difficulty": "hard", "category": "positive/international-dst-gap",
         "notes": "15:00 Uhr MEZ (+01:00) = 10:00 EDT during the Mar 8-29 gap; coordinator excluded.", "source": "synthetic"})

# 11 Google Calendar invitation from a clinic medical director, "noon"
def c11():
    dom = "hvfamilyhealth.example"
    s, e = dt(2026, 4, 10, 12), dt(2026, 4, 10, 12, 45)
    md = ("Maribel Ocasio", "maribel.ocasio@" + dom)
    role = "Practice Operations Manager"
    sent = dt(2026, 4, 6, 19, 48)
    desc = ("Interview for the Practice Operations Manager role (Kingsbridge & Rhinecliff sites). I'm between patients, "
            "so let's keep it to 45 minutes - noon sharp! - Maribel")
    cal = ics(uid="3v0kq9m2c1r8t7hbnd4e5slu6a@google.com", start=s, end=e,
              summary="Bridget Omondi <> Dr. Ocasio - Practice Ops Manager", organizer=md,
              attendees=[(md[0], md[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")], description=desc,
              location="https://meet.google.example/hvf-nmpq-ruw", prodid="-//Google Inc//Google Calendar 70.9054//EN",
              stamp=sent)
    text = (f"Bridget Omondi <> Dr. Ocasio - Practice Ops Manager\nFriday Apr 10, 2026 \u22c5 12pm \u2013 12:45pm\n"
            f"Eastern Time - New York\n\nJoin with Google Meet\nhttps://meet.google.example/hvf-nmpq-ruw\n\n"
            f"Organizer\nMaribel Ocasio\n{md[1]}\n\nGuests\nMaribel Ocasio - organizer\n{OWNER}\n\n{desc}\n\n"
            f"Invitation from Google Calendar\n")
    html = "<html><body><h3>Bridget Omondi &lt;&gt; Dr. Ocasio - Practice Ops Manager</h3><p>Friday Apr 10, 2026 &sdot; 12pm &ndash; 12:45pm (Eastern Time - New York)</p><p>%s</p></body></html>" % desc
    add("b50-11-google-invite-clinic-noon", [
        ("01-invitation.eml", email(frm="Maribel Ocasio <%s>" % md[1], to=OWNER,
            subject="Invitation: Bridget Omondi <> Dr. Ocasio - Practice Ops Manager @ Fri Apr 10, 2026 12pm - 12:45pm (EDT) (%s)" % OWNER,
            date=sent, text=text, html=html, cal=cal, layout="google", dom="google.example",
            extra=[("Sender", "Google Calendar <calendar-notification@google.example>"), ("Reply-To", "Maribel Ocasio <%s>" % md[1])]))],
        {"interview": True, "interviews": [iv("Hudson Valley Family Health", role, s, e, "scheduled", [md[1]], [md[1]], "hiring_manager")],
         "difficulty": "easy", "category": "positive/google-invite",
         "notes": "Google invite (UTC times in .ics) from the clinic's medical director; 'noon'.", "source": "synthetic"})

# 12 Agency recruiter mail forwarded from work address; "this Friday at half past ten"
def c12():
    dom = "northgaterehab.example"
    s, e = dt(2026, 4, 24, 10, 30), dt(2026, 4, 24, 11, 30)
    cno = "carla.mbeki@" + dom
    text = """FYI - saving this to my personal email.

---------- Forwarded message ---------
From: Ray Castellanos <ray@meridalesearch.example>
Date: Mon, Apr 20, 2026 at 4:47 PM
Subject: Northgate Rehab - they want to meet you!
To: Bridget Omondi <bridget.omondi@stfelicity.example>

Bridget,

Great news - Northgate Rehabilitation Hospital wants to meet you this Friday at half past ten for the
Nurse Manager, Inpatient Rehabilitation role. You'll sit down with Carla Mbeki, DNP, RN, their CNO
(carla.mbeki@northgaterehab.example) at the Tewks Hill campus, 88 Orchard Rd, building A, 2nd floor.
Plan on about an hour. Wear your badge-free business casual :)

Call me after - I want to hear everything.

Ray Castellanos
Principal, Meridale Search Partners | Healthcare Leadership
m. 978-555-0119
"""
    add("b50-12-forwarded-agency-mail-half-past-ten", [
        ("01-fwd-from-work-account.eml", email(frm="Bridget Omondi <bridget.omondi@stfelicity.example>", to=ME,
            subject="Fwd: Northgate Rehab - they want to meet you!", date=dt(2026, 4, 20, 19, 2), text=text,
            dom="stfelicity.example"))],
        {"interview": True, "interviews": [iv("Northgate Rehabilitation Hospital", "Nurse Manager, Inpatient Rehabilitation",
            s, e, "scheduled", [cno], [cno], "hiring_manager")],
         "difficulty": "hard", "category": "positive/forwarded",
         "notes": "Self-forward; 'this Friday' resolved against the inner date Mon Apr 20 -> Apr 24 10:30 EDT; agency recruiter is not the interviewer.",
         "source": "synthetic"})

# 13 Standalone Outlook .ics, late October (still EDT under 'Eastern Standard Time' TZID)
def c13():
    dom = "wexleymemorial.example"
    s, e = dt(2026, 10, 29, 14), dt(2026, 10, 29, 15, 30)
    p = [("Luis Ferreira-Santos", "luis.ferreirasantos@" + dom), ("Ann-Marie Kowal", "annmarie.kowal@" + dom)]
    desc = ("Panel interview - Director, Perioperative Services (candidate: Bridget Omondi)\n"
            "Panel: Dr. Luis Ferreira-Santos, Chief of Surgery; Ann-Marie Kowal, MSN, RN, VP Patient Care Services.\n"
            "Administration Building, Board Room (2nd floor). Yvonne Petrakis (HR) coordinating - 413-555-0170.")
    cal = ics(uid="040000008200E00074C5B7101A82E00800000000D0E4A41B9F63DC0100000000000000001000000063C7",
              start=s, end=e, summary="Panel Interview - Director, Perioperative Services - B. Omondi",
              organizer=("Yvonne Petrakis", "ypetrakis@" + dom),
              attendees=[(n, a, "REQ-PARTICIPANT") for n, a in p] + [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
              description=desc, location="Wexley Memorial - Administration Board Room", tzid="Eastern Standard Time",
              prodid="Microsoft Exchange Server 2010", stamp=dt(2026, 10, 19, 11, 12), outlook=True)
    add("b50-13-standalone-outlook-ics-late-october-edt", [("01-panel-interview.ics", cal)],
        {"interview": True, "interviews": [iv("Wexley Memorial Hospital", "Director, Perioperative Services", s, e,
            "scheduled", [a for _, a in p], [a for _, a in p], "onsite")],
         "difficulty": "medium", "category": "positive/standalone-ics",
         "notes": "Oct 29 is before the Nov 1 US switch -> -04:00 despite 'Eastern Standard Time'; organizer is HR, not a panelist.",
         "source": "synthetic"})

# ============================ NEGATIVES ============================
def c14():
    s, e = dt(2026, 4, 9, 8, 15), dt(2026, 4, 9, 8, 45)
    cal = ics(uid="appt-883120-riverbend@mychart.example", start=s, end=e, summary="Annual physical - Dr. Olivia Sandoval",
              organizer=("Riverbend Medical Group", "noreply@riverbendmed.example"),
              attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], description="Please arrive 15 minutes early.",
              location="Riverbend Medical Group, 14 Elm St, Suite 200", tzid="America/New_York",
              prodid="-//RiverbendMyHealth//Appointments//EN", stamp=dt(2026, 3, 30, 12, 0))
    add("b50-14-neg-patient-appointment-previsit-call", [
        ("01-appointment-scheduled.eml", email(frm="Riverbend MyHealth <noreply@riverbendmed.example>", to=OWNER,
            subject="Your appointment is scheduled - Thu, Apr 9 at 8:15 AM", date=dt(2026, 3, 30, 8, 0),
            text="Hi Bridget,\n\nYour appointment has been scheduled.\n\nAnnual physical with Olivia Sandoval, MD\n"
                 "Thursday, April 9, 2026 at 8:15 AM\nRiverbend Medical Group, 14 Elm St, Suite 200\n\n"
                 "Pre-visit call: a medical assistant will call you 1-2 days before your visit for a short intake "
                 "interview to review your medications and allergies.\n\nNeed to reschedule? Log in to MyHealth or call "
                 "(401) 555-0100.\n", attach_ics=("appointment.ics", cal), dom="riverbendmed.example"))],
        {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/patient-appointment",
         "notes": "User's own doctor visit with an 'intake interview' call.", "source": "synthetic"})

def c15():
    s, e = dt(2026, 4, 22, 12), dt(2026, 4, 22, 13)
    title = "Behavioral Interviewing for Nurse Leaders: Selecting the Right Candidate (1.0 contact hour)"
    cal = ics(uid="zw-83319071142-reg-5521@zoom.example", start=s, end=e, summary=title,
              organizer=("Northeast Nurse Leaders Academy", "webinars@nenlacademy.example"),
              attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], description="Zoom webinar. CNE certificate after evaluation.",
              location="https://zoom.example/w/83319071142", prodid="-//zoom.us//iCalendar Event//EN",
              stamp=dt(2026, 4, 1, 15, 0))
    add("b50-15-neg-cme-webinar-behavioral-interviewing", [
        ("01-webinar-registration.eml", email(frm="NENL Academy <webinars@nenlacademy.example>", to=OWNER,
            subject="Confirmation: " + title, date=dt(2026, 4, 1, 11, 0),
            html=("<p>Hi Bridget,</p><p>Thank you for registering for <b>%s</b>.</p>"
                  "<p><b>Date &amp; Time:</b> Apr 22, 2026 12:00 PM Eastern Time (US and Canada)</p>"
                  "<p>Learn to structure a panel interview, score candidates consistently, and avoid bias when "
                  "hiring for your unit. Nursing continuing professional development contact hours awarded.</p>"
                  "<p><a href='https://zoom.example/w/83319071142'>Join Webinar</a></p>") % title,
            attach_ics=("webinar.ics", cal), dom="zoom.example"))],
        {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/webinar",
         "notes": "CE webinar about interviewing candidates.", "source": "synthetic"})

def c16():
    s, e = dt(2026, 4, 14, 19, 30), dt(2026, 4, 14, 21)
    dom = "nurseslocal5.example"
    text = """When: Tuesday, April 14, 2026 7:30 PM-9:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Union Hall, 310 Foundry St (and Zoom)

Brothers, sisters and siblings -

General membership meeting. Agenda:
 1. Contract campaign update - staffing ratios article
 2. Meet the candidates: bargaining committee election (each candidate gets 5 minutes + Q&A)
 3. Schedule for steward trainings, night-shift call-in option

Donna Reyes, RN
Chapter President, Northeast Nurses Local 5 | 401-555-0166
"""
    cal = ics(uid="040000008200E00074C5B7101A82E0080000000022BF19C02CC9DC010000000000000000100000005E10",
              start=s, end=e, summary="Local 5 General Membership Meeting - candidate forum", organizer=("Donna Reyes", "dreyes@" + dom),
              attendees=[(OWNER_NAME, OWNER, "OPT-PARTICIPANT")], description=text, location="Union Hall, 310 Foundry St",
              tzid="Eastern Standard Time", prodid="Microsoft Exchange Server 2010", stamp=dt(2026, 4, 2, 20, 0), outlook=True)
    add("b50-16-neg-union-meeting-candidate-forum", [
        ("01-union-meeting-invite.eml", email(frm="Donna Reyes <dreyes@%s>" % dom, to="Local 5 Members <members@%s>" % dom,
            subject="Local 5 General Membership Meeting - candidate forum", date=dt(2026, 4, 2, 20, 0), text=text,
            cal=cal, layout="outlook", dom=dom, extra=[("Content-class", "urn:content-classes:calendarmessage")]))],
        {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/union-meeting",
         "notes": "Union meeting invite with 'candidates' Q&A; not a hiring process.", "source": "synthetic"})

def c17():
    add("b50-17-neg-credentialing-reminder", [
        ("01-recredentialing-reminder.eml", email(frm="Medical Staff & Credentialing Office <credentialing@stfelicity.example>",
            to=OWNER, subject="ACTION REQUIRED: Reappointment packet due May 1 - schedule your verification call",
            date=dt(2026, 4, 6, 7, 0),
            text="Dear Bridget Omondi,\n\nOur records show your reappointment/re-credentialing for your current role "
                 "(Nurse Manager, 6 North) is due. Please upload the following by Friday, May 1, 2026:\n"
                 "  - RN license (primary source verification will be completed by our office)\n"
                 "  - BLS/ACLS cards\n  - Annual competency attestation\n\n"
                 "If anything is missing, a credentialing specialist will schedule a short call with you to review. "
                 "Office hours: Mon-Fri 0800-1630.\n\nSt. Felicity Health - Medical Staff & Credentialing Office\n"
                 "This is an automated reminder.\n", dom="stfelicity.example"))],
        {"interview": False, "interviews": [], "difficulty": "easy", "category": "negative/credentialing",
         "notes": "Employer credentialing reminder mentioning role/schedule/call.", "source": "synthetic"})

def c18():
    add("b50-18-neg-staffing-agency-shift-offer", [
        ("01-per-diem-shift.eml", email(frm="Tristate Nurse Staffing <shifts@tristatenurse.example>", to=OWNER,
            subject="Shift match: ICU Charge RN - Sat 4/18 0700-1930 - $96/hr", date=dt(2026, 4, 15, 6, 30),
            html="<p>Hi Bridget,</p><p>You're a top candidate for this per diem shift:</p><ul><li><b>Role:</b> ICU Charge RN "
                 "(travel-ready)</li><li><b>Facility:</b> Eastbrook General, Providence area</li><li><b>When:</b> Saturday 4/18, "
                 "0700-1930</li><li><b>Rate:</b> $96/hr</li></ul><p>No interview needed - your profile is already "
                 "credentialed. Reply <b>YES</b> to book or call your recruiter Tasha at 401-555-0181.</p>"
                 "<p>Tristate Nurse Staffing, 9 Weybosset Ct, Providence RI</p>", cte="quoted-printable",
            dom="tristatenurse.example"))],
        {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/staffing-shift",
         "notes": "Agency shift offer with time, role, 'candidate', 'no interview needed'.", "source": "synthetic"})

def c19():
    add("b50-19-neg-workday-rejection-after-panel", [
        ("01-rejection.eml", email(frm="Ashby General Hospital <ashbygeneral@myworkday.example>", to=OWNER,
            subject="Update on your application - Nurse Manager, Medical ICU (R-10388)", date=dt(2026, 3, 27, 16, 45),
            text="Dear Bridget,\n\nThank you for taking the time to interview with our panel on March 18 for the Nurse "
                 "Manager, Medical ICU position. The team appreciated learning about your experience.\n\n"
                 "After careful consideration, we have decided to move forward with another candidate whose "
                 "background more closely matches our current needs. We encourage you to apply for future roles and "
                 "may reach out to schedule a conversation should a suitable opening arise.\n\n"
                 "Sincerely,\nAshby General Hospital Talent Acquisition\n", dom="myworkday.example"))],
        {"interview": False, "interviews": [], "difficulty": "easy", "category": "negative/rejection",
         "notes": "Rejection referencing a past panel date.", "source": "synthetic"})

def c20():
    s, e = dt(2026, 4, 2, 15), dt(2026, 4, 2, 15, 30)
    cal = ics(uid="calendly-8a41c2e7-5b1f@calendly.example", start=s, end=e,
              summary="Research interview: nurse staffing workflows (Tendril Health)",
              organizer=("Owen Pirelli", "owen.pirelli@tendrilhealth.example"),
              attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
              description="30-minute user research interview. $150 gift card for participating.",
              location="Zoom", prodid="-//Calendly//EN", stamp=dt(2026, 3, 28, 14, 0))
    add("b50-20-neg-booked-research-interview-gift-card", [
        ("01-calendly-confirmation.eml", email(frm="Calendly <notifications@calendly.example>", to=OWNER,
            subject="Confirmed: Research interview: nurse staffing workflows with Owen Pirelli on Thursday, April 2, 2026",
            date=dt(2026, 3, 28, 10, 0),
            text="Hi Bridget Omondi,\n\nA new event has been scheduled.\n\nEvent Type: Research interview: nurse staffing "
                 "workflows (30 min)\nInvitee: Bridget Omondi\nEvent Date/Time: 03:00pm - 03:30pm (Eastern Time - US & "
                 "Canada) Thursday, April 2, 2026\nLocation: Zoom\n\nFrom Owen: Thanks for helping us understand how nurse "
                 "managers build schedules! This is a product research interview, not a job interview - there are no "
                 "right answers. You'll receive a $150 gift card after the session.\n\nCancel or reschedule: "
                 "https://calendly.example/cancellations/8a41c2e7\n", attach_ics=("invite.ics", cal),
            extra=[("Reply-To", "Owen Pirelli <owen.pirelli@tendrilhealth.example>")], dom="calendly.example"))],
        {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-research",
         "notes": "Booked Calendly 'research interview' with incentive from a health-tech company.", "source": "synthetic"})

def c21():
    dom = "stfelicity.example"
    s, e = dt(2026, 4, 8, 10), dt(2026, 4, 8, 10, 45)
    text = """When: Wednesday, April 8, 2026 10:00 AM-10:45 AM (UTC-05:00) Eastern Time (US & Canada).
Where: 6 North conference room / Microsoft Teams

Hi Bridget and Marco,

Booking you both to interview Jordan Pike (external candidate) for the Staff RN, 6 North Med/Surg night position.
Bridget - as nurse manager you'll lead the clinical scenario questions; Marco covers the peer questions.
Candidate resume and interview guide attached in Workday.

Thanks,
Gina Falcone | HR Business Partner, Nursing | St. Felicity Health | x5521
"""
    cal = ics(uid="040000008200E00074C5B7101A82E00800000000A1F0C33D88C5DC0100000000000000001000000099AB",
              start=s, end=e, summary="Interview: Jordan Pike - Staff RN, 6 North (nights)",
              organizer=("Gina Falcone", "gfalcone@" + dom),
              attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), ("Marco Lentini", "mlentini@" + dom, "REQ-PARTICIPANT")],
              description=text, location="6 North conference room / Microsoft Teams", tzid="Eastern Standard Time",
              prodid="Microsoft Exchange Server 2010", stamp=dt(2026, 4, 1, 13, 0), outlook=True)
    add("b50-21-neg-user-is-interviewer-staff-rn", [
        ("01-interview-invite-as-panelist.eml", email(frm="Gina Falcone <gfalcone@%s>" % dom,
            to="Bridget Omondi <%s>, Marco Lentini <mlentini@%s>" % (OWNER, dom),
            subject="Interview: Jordan Pike - Staff RN, 6 North (nights)", date=dt(2026, 4, 1, 9, 0), text=text,
            cal=cal, layout="outlook", dom=dom, extra=[("Content-class", "urn:content-classes:calendarmessage")]))],
        {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
         "notes": "Owner (a current nurse manager) is on the interview panel for a staff RN.", "source": "synthetic"})

def c22():
    add("b50-22-neg-icims-self-schedule-unbooked", [
        ("01-select-interview-time.eml", email(frm="Calderwood Health <calderwood-notifications@talent.icims.example>",
            to=OWNER, subject="Action needed: select your interview time - Patient Care Services Manager",
            date=dt(2026, 4, 9, 14, 20),
            text="Hi Bridget,\n\nCongratulations! The hiring team would like to interview you for Patient Care Services "
                 "Manager (Job ID 2026-20417).\n\nPlease choose a 30-minute video interview slot between Tuesday, April 14 "
                 "and Friday, April 17 using the link below. Slots are first-come, first-served.\n\n"
                 "Select your interview time: https://calderwood.icims.example/schedule/ab12cd\n\n"
                 "Questions? Email Tom Reyna at treyna@calderwoodhealth.example.\n\nCalderwood Health Talent Acquisition\n",
            extra=[("Reply-To", "Tom Reyna <treyna@calderwoodhealth.example>")], dom="talent.icims.example"))],
        {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/availability-request",
         "notes": "Self-scheduling link, no slot booked.", "source": "synthetic"})

def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for d in HERE.iterdir():
        if d.is_dir() and d.name.startswith("b50-"):
            shutil.rmtree(d)
    for case, items in CASES.items():
        (HERE / case).mkdir()
        for name, data in items:
            (HERE / case / name).write_bytes(data)
    with open(HERE / "labels.yaml", "w") as fh:
        fh.write("# blind50 labels - see /work/shared/eval/README.md for the schema\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)

if __name__ == "__main__":
    main()
