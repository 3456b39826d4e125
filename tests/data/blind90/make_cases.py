#!/usr/bin/env python3
"""Deterministic generator for the blind90 evaluation set (written blind; all names invented).

Rewrites every b90-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MNL = ZoneInfo("Asia/Manila")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
SYD = ZoneInfo("Australia/Sydney")
UTC = timezone.utc

OWNER = "maricel.dizon@example.com"
OWNER_NAME = "Maricel Dizon"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

CASES = {}
LABELS = {}


def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(d):
    return d.isoformat() if d is not None else None


def z(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """Fold an iCalendar content line at 75 octets."""
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], b""
    limit = 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vcal(method, prodid, events, tz_block=None):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz_block:
        lines += tz_block
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ics(lines)


MANILA_VTZ = [
    "BEGIN:VTIMEZONE", "TZID:Asia/Manila", "X-LIC-LOCATION:Asia/Manila",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:PST",
    "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
]
SG_WIN_VTZ = [
    "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800", "END:DAYLIGHT", "END:VTIMEZONE",
]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


def mail(headers, text=None, html=None, text_cte="quoted-printable", html_cte="quoted-printable",
         calendar=None, cal_method="REQUEST", cal_cte="7bit", attachments=(), mixed_invite=False):
    """Build an EmailMessage. headers: list of (name, value) in order."""
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", cte=cal_cte, params={"method": cal_method})
    for (fname, ctype, data) in attachments:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
    return m


def add(case_id, items, label):
    CASES[case_id] = items
    lab = {"user": OWNER}
    lab.update(label)
    LABELS[case_id] = lab


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def rcv(date, host="mx.mail.example"):
    return ("Received", f"from {host} by mx.example.com with ESMTPS id 9x{date.strftime('%H%M%S')}; "
            + format_datetime(date))


SIG_CEL = "\n\n--\nMaricel \"Cel\" Dizon\nCustomer Success Lead\n+63 917 555 0142 | Quezon City, PH\n"


# ---------------------------------------------------------------------------------------------
# b90-01 job-board relayed message, "tomorrow 9:30 AM PHT", body only
d = dt(2026, 2, 2, 16, 10, MNL)
s = dt(2026, 2, 3, 9, 30, MNL)
m1 = mail([
    ("Delivered-To", OWNER), rcv(d, "out-12.trabahohub.example"),
    ("From", "Northbay Contact Solutions via TrabahoHub <employer-messages@trabahohub.example>"),
    ("Reply-To", "Joanna Reyes <joanna.reyes@northbaycx.example>"),
    ("To", OWNER_FULL), ("Date", format_datetime(d)),
    ("Subject", "New message from Northbay Contact Solutions re: Customer Success Team Lead (Makati)"),
    ("Message-ID", "<tbh-msg-88213.4471@trabahohub.example>"),
],
    text=("TrabahoHub  |  Employer Message\n\n"
          "You have a new message about your application for\n"
          "Customer Success Team Lead (Makati) - Northbay Contact Solutions\n\n"
          "------------------------------------------------------------\n"
          "Hi Maricel,\n\n"
          "Good afternoon po! Thank you for applying with Northbay Contact Solutions. We reviewed\n"
          "your profile and we would like to invite you for an initial interview over the phone\n"
          "tomorrow 9:30 AM PHT. I will call you on the mobile number in your TrabahoHub profile\n"
          "(+63 917 *** 0142). The call usually takes about 30 minutes.\n\n"
          "Kindly prepare a quiet place and have your updated resume in front of you. If the\n"
          "schedule does not work for you, just reply to this message or e-mail me directly at\n"
          "joanna.reyes@northbaycx.example.\n\n"
          "Salamat po and see you tomorrow (over the phone)!\n\n"
          "Joanna Reyes\nTalent Acquisition Specialist\nNorthbay Contact Solutions\n"
          "22F One Paseo Tower, Paseo de Roxas, Makati City 1226\nTel. +63 2 8555 0190 loc. 214\n"
          "------------------------------------------------------------\n\n"
          "Reply directly to this e-mail to answer the employer. Do not share OTPs or pay any fee.\n"
          "TrabahoHub Inc., Ortigas Center, Pasig City | Unsubscribe from employer messages\n"))
add("b90-01-jobboard-relay-tomorrow-pht", [("01-northbay-initial-interview.eml", m1)], {
    "interview": True,
    "interviews": [iv("Northbay Contact Solutions", "Customer Success Team Lead", s, s + timedelta(minutes=30),
                      "scheduled", ["joanna.reyes@northbaycx.example"], ["joanna.reyes@northbaycx.example"],
                      "phone_screen")],
    "difficulty": "medium", "category": "positive/job-board-relay",
    "notes": "Job-board relayed employer message; 'tomorrow 9:30 AM PHT' resolved against Feb 2 date; recruiter does the screen.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-02 US recruiter forgets DST; thread corrects to 9AM Eastern = 9PM Manila; then Google invite
d1 = dt(2026, 2, 24, 10, 5, NY)
d2 = dt(2026, 2, 25, 7, 40, MNL)
d3 = dt(2026, 2, 24, 19, 2, NY)
d4 = dt(2026, 2, 24, 19, 6, NY)
s = dt(2026, 3, 12, 9, 0, NY)
e = s + timedelta(minutes=45)
mid1 = "<CAO2k9x1Lm-dana-whitfield-1@mail.lumenpath.example>"
mid2 = "<CAJx7Qq2-cel-reply-2@mail.example.com>"
mid3 = "<CAO2k9x1Lm-dana-whitfield-3@mail.lumenpath.example>"
t1 = ("Hi Maricel,\n\n"
      "Thanks for applying to the Customer Success Manager (APAC) role at Lumenpath! I'd love to set\n"
      "up a 45-minute intro call to walk through your background and the role.\n\n"
      "Would Thursday 3/12 work? 9AM EST / 10PM Manila time. We'd do it over Google Meet.\n\n"
      "Best,\nDana\n\nDana Whitfield | Senior Recruiter | Lumenpath\n"
      "dana@lumenpath.example | 120 Broad St, New York, NY 10004\n")
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail.lumenpath.example"),
           ("From", "Dana Whitfield <dana@lumenpath.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d1)), ("Subject", "Lumenpath - intro call for CSM (APAC)"),
           ("Message-ID", mid1)], text=t1)
t2 = ("Hi Dana,\n\nThank you po for reaching out! Thursday 3/12 works for me.\n\n"
      "Quick check lang: US clocks move forward on March 8, so 9AM New York time on the 12th would be\n"
      "9PM here in Manila, not 10PM. Which one should I follow?\n\nThanks,\nCel" + SIG_CEL +
      "\nOn Tue, Feb 24, 2026 at 11:05 PM Dana Whitfield <dana@lumenpath.example> wrote:\n" +
      "".join("> " + l + "\n" for l in t1.splitlines()))
m2 = mail([("Delivered-To", OWNER), ("From", OWNER_FULL), ("To", "Dana Whitfield <dana@lumenpath.example>"),
           ("Date", format_datetime(d2)), ("Subject", "Re: Lumenpath - intro call for CSM (APAC)"),
           ("Message-ID", mid2), ("In-Reply-To", mid1), ("References", mid1)], text=t2)
t3 = ("Ugh, you're totally right - thanks for catching that! Let's keep it at 9AM my time (Eastern),\n"
      "so that's 9:00 PM Manila on Thursday 3/12. Sending the calendar invite now.\n\nDana\n\n"
      "On Tue, Feb 24, 2026 at 6:40 PM Maricel Dizon <maricel.dizon@example.com> wrote:\n"
      "> Hi Dana,\n> Thank you po for reaching out! Thursday 3/12 works for me.\n> ...\n")
m3 = mail([("Delivered-To", OWNER), rcv(d3, "mail.lumenpath.example"),
           ("From", "Dana Whitfield <dana@lumenpath.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d3)), ("Subject", "Re: Lumenpath - intro call for CSM (APAC)"),
           ("Message-ID", mid3), ("In-Reply-To", mid2), ("References", f"{mid1} {mid2}")], text=t3)
cal = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [[
    f"DTSTART:{z(s)}", f"DTEND:{z(e)}", f"DTSTAMP:{z(d4)}",
    "ORGANIZER;CN=Dana Whitfield:mailto:dana@lumenpath.example",
    "UID:7m2kq9r0b1lumenpath0312@google.com",
    att("Dana Whitfield", "dana@lumenpath.example", "ACCEPTED"),
    att(OWNER, OWNER),
    "X-GOOGLE-CONFERENCE:https://meet.google.com/qwe-rtyu-iop",
    "DESCRIPTION:" + ics_escape("Intro call - Customer Success Manager (APAC)\n\nJoin with Google Meet: https://meet.google.com/qwe-rtyu-iop"),
    "SEQUENCE:0", "STATUS:CONFIRMED",
    "SUMMARY:Lumenpath intro call - Maricel Dizon (CSM APAC)", "TRANSP:OPAQUE"]])
ltxt = ("Lumenpath intro call - Maricel Dizon (CSM APAC)\nThursday Mar 12, 2026 \u22c5 9pm \u2013 9:45pm\n"
        "Philippine Standard Time - Manila\n\nJoin with Google Meet\nhttps://meet.google.com/qwe-rtyu-iop\n\n"
        "Organizer\nDana Whitfield\ndana@lumenpath.example\n\nGuests\nDana Whitfield - organizer\n"
        f"{OWNER}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
m4 = mail([("Delivered-To", OWNER), rcv(d4, "mail-sor-f69.google.com"),
           ("Reply-To", "Dana Whitfield <dana@lumenpath.example>"),
           ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("From", "Dana Whitfield <dana@lumenpath.example>"), ("To", OWNER),
           ("Date", format_datetime(d4)),
           ("Subject", f"Invitation: Lumenpath intro call - Maricel Dizon (CSM APAC) @ Thu Mar 12, 2026 9pm - 9:45pm (PHT) ({OWNER})"),
           ("Message-ID", "<calendar-5a1c7d0e-2b7f-4e0a-9d5e-lumenpath@google.com>")],
          text=ltxt, text_cte="base64",
          html="<html><body><p>" + ltxt.replace("\n", "<br>") + "</p></body></html>",
          calendar=cal, attachments=[("invite.ics", "application/ics", cal)])
add("b90-02-us-recruiter-forgets-dst-thread-invite", [
    ("01-dana-intro-call.eml", m1), ("02-re-dst-question.eml", m2), ("03-re-keep-9am-eastern.eml", m3),
    ("04-invitation-lumenpath.eml", m4)], {
    "interview": True,
    "interviews": [iv("Lumenpath", "Customer Success Manager (APAC)", s, e, "scheduled",
                      ["dana@lumenpath.example"], ["dana@lumenpath.example"], "phone_screen")],
    "difficulty": "hard", "category": "positive/dst-thread-dedupe",
    "notes": "Recruiter first writes '9AM EST / 10PM Manila' for Mar 12 (after US DST); thread settles on 9AM Eastern = 9PM Manila (13:00Z); Google invite confirms. One interview.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-03 Sydney startup across Sydney DST end; email + Calendar API event
d1 = dt(2026, 4, 1, 14, 20, SYD)
s = dt(2026, 4, 7, 11, 0, SYD)
e = s + timedelta(minutes=45)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail.quokkaledger.example"),
           ("From", "Priya Raman <priya.raman@quokkaledger.example>"), ("To", OWNER_FULL),
           ("Cc", "Lachlan Ng <lachlan.ng@quokkaledger.example>"),
           ("Date", format_datetime(d1)),
           ("Subject", "Quokka Ledger - chat with Lachlan (Customer Success Lead)"),
           ("Message-ID", "<20260401032000.quokka.priya@quokkaledger.example>")],
          text=("Hi Maricel,\n\n"
                "Lovely speaking with you last week! Lachlan Ng, our Head of Customer, would love to meet you\n"
                "for the hiring manager interview for the Customer Success Lead role.\n\n"
                "How does Tuesday 7 April at 11am Sydney time sound? Heads up: daylight saving ends here on\n"
                "Sunday 5 April, so that'll be 9am for you in Manila (not 8am like it would be this week).\n"
                "It's 45 mins on Google Meet - I'll pop an invite in your calendar.\n\n"
                "Cheers,\nPriya\n\nPriya Raman | Talent Partner | Quokka Ledger\n"
                "Level 4, 77 King St, Sydney NSW 2000 | +61 2 5550 1184\n"))
ev = {
    "kind": "calendar#event", "etag": "\"3521448820114000\"", "id": "q0kk4ledg3r7apr1100lng",
    "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=cTBrazRsZWRnM3I3YXByMTEwMGxuZw",
    "created": "2026-04-01T03:24:10.000Z", "updated": "2026-04-01T03:24:10.057Z",
    "summary": "Maricel Dizon <> Lachlan Ng | Quokka Ledger",
    "description": "Hiring manager interview - Customer Success Lead.\nAgenda: your CS experience, a customer escalation story, Q&A.",
    "creator": {"email": "priya.raman@quokkaledger.example", "displayName": "Priya Raman"},
    "organizer": {"email": "priya.raman@quokkaledger.example", "displayName": "Priya Raman"},
    "start": {"dateTime": s.isoformat(), "timeZone": "Australia/Sydney"},
    "end": {"dateTime": e.isoformat(), "timeZone": "Australia/Sydney"},
    "iCalUID": "q0kk4ledg3r7apr1100lng@google.com", "sequence": 0,
    "attendees": [
        {"email": "priya.raman@quokkaledger.example", "displayName": "Priya Raman", "organizer": True,
         "responseStatus": "accepted"},
        {"email": "lachlan.ng@quokkaledger.example", "displayName": "Lachlan Ng", "responseStatus": "accepted"},
        {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
    "hangoutLink": "https://meet.google.com/kzp-wqmr-tsa",
    "reminders": {"useDefault": True}, "eventType": "default"}
add("b90-03-sydney-dst-end-email-plus-gcal-json", [
    ("01-priya-hm-interview.eml", m1), ("02-event-lachlan.gcal.json", ev)], {
    "interview": True,
    "interviews": [iv("Quokka Ledger", "Customer Success Lead", s, e, "scheduled",
                      ["lachlan.ng@quokkaledger.example"], ["lachlan.ng@quokkaledger.example"], "hiring_manager")],
    "difficulty": "medium", "category": "positive/dst-dedupe-gcal-json",
    "notes": "Tue 7 Apr 11am AEST (after Sydney DST end Apr 5) = 9am Manila; email + Calendar API event are one interview.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-04 Cebu BPO final interview with account manager, HTML-only quoted-printable
d1 = dt(2026, 3, 3, 17, 45, MNL)
s = dt(2026, 3, 6, 14, 0, MNL)
html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial\">"
        "<p>Dear Ms. Dizon,</p>"
        "<p>Congratulations po! You have passed the initial interview and the written assessment for the "
        "position of <b>Team Leader &ndash; Telco Account</b>.</p>"
        "<p>We are pleased to invite you to your <b>final interview with the account manager</b>, "
        "Mr. Ramon Villanueva (cc&#39;d, ramon.villanueva@tambuliglobal.example):</p>"
        "<table border=\"0\" cellpadding=\"3\"><tr><td><b>Date</b></td><td>Friday, March 6, 2026</td></tr>"
        "<tr><td><b>Time</b></td><td>2:00 in the afternoon (please be there 15 minutes early)</td></tr>"
        "<tr><td><b>Duration</b></td><td>approximately 1 hour</td></tr>"
        "<tr><td><b>Venue</b></td><td>12F Pacific Tower, Cebu IT Park, Lahug, Cebu City</td></tr></table>"
        "<p>Please bring <b>2 valid IDs</b> and a printed copy of your resume. Business casual attire.</p>"
        "<p>Kindly reply to confirm your attendance. Ingat po sa biyahe!</p>"
        "<p>Best regards,<br>Hazel Ompad<br>HR Recruitment Officer<br>Tambuli Global Services, Inc.<br>"
        "Tel: (032) 555 0177 | Mobile: 0918 555 0663</p></body></html>")
m1 = mail([("Delivered-To", OWNER), rcv(d1, "smtp.tambuliglobal.example"),
           ("From", "Hazel Ompad <hazel.ompad@tambuliglobal.example>"), ("To", OWNER_FULL),
           ("Cc", "Ramon Villanueva <ramon.villanueva@tambuliglobal.example>"),
           ("Date", format_datetime(d1)),
           ("Subject", "FINAL INTERVIEW INVITATION - Team Leader (Telco Account) - Dizon, Maricel"),
           ("Message-ID", "<000d01dcab12$4f3e2a10$eeba7e30$@tambuliglobal.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0")], html=html)
add("b90-04-cebu-final-interview-html-only", [("01-tambuli-final-interview.eml", m1)], {
    "interview": True,
    "interviews": [iv("Tambuli Global Services", "Team Leader - Telco Account", s, s + timedelta(hours=1),
                      "scheduled", ["ramon.villanueva@tambuliglobal.example"],
                      ["ramon.villanueva@tambuliglobal.example"], "hiring_manager")],
    "difficulty": "medium", "category": "positive/html-only-in-person",
    "notes": "HTML-only QP body; '2:00 in the afternoon'; final interview with account manager in Cebu; 2 valid IDs.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-05 Calendly-like booking (SlotPilot), host in LA after US DST
d1 = datetime(2026, 3, 5, 13, 12, 9, tzinfo=UTC)
s = dt(2026, 3, 10, 16, 30, LA)
e = s + timedelta(minutes=30)
sm = s.astimezone(MNL)
cal = vcal("REQUEST", "-//SlotPilot//Scheduling 4.2//EN", [[
    f"DTSTART:{z(s)}", f"DTEND:{z(e)}", f"DTSTAMP:{z(d1)}",
    "UID:sp-evt-5f2c19aa-77b1@slotpilot.example",
    "ORGANIZER;CN=Marcus Lee:mailto:marcus.lee@fernway.example",
    att("Marcus Lee", "marcus.lee@fernway.example", "ACCEPTED"),
    att(OWNER_NAME, OWNER, "ACCEPTED"),
    "SUMMARY:Recruiter Screen (30 min) between Marcus Lee and Maricel Dizon",
    "DESCRIPTION:" + ics_escape("Fernway - Customer Success Specialist\nMarcus will call you at +63 917 555 0142.\n\nNeed to make changes? https://slotpilot.example/reschedule/5f2c19aa"),
    "LOCATION:Phone call (Marcus will call +63 917 555 0142)", "STATUS:CONFIRMED", "SEQUENCE:0"]])
m1 = mail([("Delivered-To", OWNER), rcv(d1, "o12.email.slotpilot.example"),
           ("From", "SlotPilot <notifications@slotpilot.example>"),
           ("Reply-To", "Marcus Lee <marcus.lee@fernway.example>"), ("To", OWNER),
           ("Date", format_datetime(d1)),
           ("Subject", "Confirmed: Recruiter Screen (30 min) with Marcus Lee on Wednesday, March 11, 2026"),
           ("Message-ID", "<sp.5f2c19aa.invitee.confirm@slotpilot.example>")],
          text=("Hi Maricel Dizon,\n\nYour event is scheduled.\n\n"
                "Event: Recruiter Screen (30 min)\n"
                f"Host: Marcus Lee (Fernway)\n"
                f"When: {sm:%-I:%M}am - {(e.astimezone(MNL)):%-I:%M}am, Wednesday, March 11, 2026 (Philippine Standard Time)\n"
                "      Host's time: Tue 3/10 @ 4:30p PT\n"
                "Where: Marcus will call you at +63 917 555 0142\n\n"
                "Questions from Fernway:\n  Which role are you applying for? Customer Success Specialist\n\n"
                "Need to make changes to this event?\n"
                "Cancel: https://slotpilot.example/cancel/5f2c19aa\nReschedule: https://slotpilot.example/reschedule/5f2c19aa\n\n"
                "Powered by SlotPilot\n"),
          attachments=[("invite.ics", "text/calendar", cal)])
add("b90-05-slotpilot-booking-pt-to-manila", [("01-slotpilot-confirmed.eml", m1)], {
    "interview": True,
    "interviews": [iv("Fernway", "Customer Success Specialist", s, e, "scheduled",
                      ["marcus.lee@fernway.example"], ["marcus.lee@fernway.example"], "phone_screen")],
    "difficulty": "medium", "category": "positive/scheduling-vendor",
    "notes": "Calendly-like confirmation; Tue 3/10 4:30p PDT = Wed 3/11 7:30am Manila; notifications@ is not a recipient.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-06 Exchange invite (Singapore Standard Time) then METHOD:CANCEL
d1 = dt(2026, 3, 16, 10, 30, MNL)
d2 = dt(2026, 3, 18, 9, 12, MNL)
s = dt(2026, 3, 19, 15, 0, MNL)
e = s + timedelta(hours=1)
uid = "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789"


def pcts_ev(seq, status, extra_summary=""):
    return [
        "ORGANIZER;CN=Jessa Manalo:mailto:jessa.manalo@pacificcrest-ts.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maricel Dizon:mailto:" + OWNER,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paolo Guinto:mailto:paolo.guinto@pacificcrest-ts.example",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{extra_summary}Interview: Operations Supervisor - Maricel Dizon",
        f"DTSTART;TZID=Singapore Standard Time:{s:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=Singapore Standard Time:{e:%Y%m%dT%H%M%S}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(d1 if seq == 0 else d2)}", "TRANSP:OPAQUE",
        f"STATUS:{status}", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if seq else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if seq else "BUSY"),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
    ]


cal1 = vcal("REQUEST", "Microsoft Exchange Server 2010", [pcts_ev(0, "CONFIRMED")], SG_WIN_VTZ)
cal2 = vcal("CANCEL", "Microsoft Exchange Server 2010", [pcts_ev(1, "CANCELLED", "Canceled: ")], SG_WIN_VTZ)
when = "When: Thursday, March 19, 2026 3:00 PM-4:00 PM (UTC+08:00) Kuala Lumpur, Singapore.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
teams = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PCTS0319>\n"
         "Meeting ID: 418 220 517 903\nPasscode: Xq7bP2\n"
         "________________________________________________________________________________\n")
m1 = mail([("Delivered-To", OWNER), rcv(d1, "APC01-SG2-obe.outbound.protection.outlook.example"),
           ("From", "Jessa Manalo <jessa.manalo@pacificcrest-ts.example>"),
           ("To", f"{OWNER_FULL}, Paolo Guinto <paolo.guinto@pacificcrest-ts.example>"),
           ("Subject", "Interview: Operations Supervisor - Maricel Dizon"),
           ("Thread-Topic", "Interview: Operations Supervisor - Maricel Dizon"),
           ("Date", format_datetime(d1)),
           ("Message-ID", "<SG2PR06MB5321A1B2C3D4E5F6@SG2PR06MB5321.apcprd06.prod.outlook.example>"),
           ("Content-class", "urn:content-classes:calendarmessage")],
          text=(when + "Hi Maricel,\n\nAs discussed over the phone, here is your interview with Mr. Paolo Guinto, "
                "our Operations Manager, for the Operations Supervisor role. Please join 5 minutes early and keep "
                "your camera on.\n\nThank you po!\n\nJessa Manalo\nRecruitment Specialist | Pacific Crest "
                "Teleservices\n18F Ayala Tower Two, Ayala Avenue, Makati City\n+63 2 8555 0333\n" + teams),
          calendar=cal1, cal_cte="base64")
m2 = mail([("Delivered-To", OWNER), rcv(d2, "APC01-SG2-obe.outbound.protection.outlook.example"),
           ("From", "Jessa Manalo <jessa.manalo@pacificcrest-ts.example>"),
           ("To", f"{OWNER_FULL}, Paolo Guinto <paolo.guinto@pacificcrest-ts.example>"),
           ("Subject", "Canceled: Interview: Operations Supervisor - Maricel Dizon"),
           ("Thread-Topic", "Interview: Operations Supervisor - Maricel Dizon"),
           ("Date", format_datetime(d2)), ("Importance", "high"),
           ("Message-ID", "<SG2PR06MB5321F9E8D7C6B5A4@SG2PR06MB5321.apcprd06.prod.outlook.example>"),
           ("Content-class", "urn:content-classes:calendarmessage")],
          text=(when + "Hi Maricel,\n\nPasensya na po for the short notice. We need to cancel this interview "
                "because the client has put the Operations Supervisor requisition on hold. We will reach out "
                "once it reopens.\n\nJessa\n"),
          calendar=cal2, cal_method="CANCEL", cal_cte="base64")
add("b90-06-exchange-invite-then-cancel", [
    ("01-invite-operations-supervisor.eml", m1), ("02-canceled-operations-supervisor.eml", m2)], {
    "interview": True,
    "interviews": [iv("Pacific Crest Teleservices", "Operations Supervisor", s, e, "cancelled",
                      ["paolo.guinto@pacificcrest-ts.example"], ["paolo.guinto@pacificcrest-ts.example"],
                      "hiring_manager")],
    "difficulty": "medium", "category": "positive/cancellation",
    "notes": "Exchange/Teams invite with Windows TZID 'Singapore Standard Time' (+08:00), later METHOD:CANCEL.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-07 Zoom interview scheduled by email, then cancelled by email (role paused)
d1 = dt(2026, 3, 2, 11, 15, NY)
d2 = dt(2026, 3, 6, 16, 40, NY)
s = dt(2026, 3, 9, 20, 0, NY)
e = s + timedelta(minutes=30)
mid1 = "<0100018e-orbitly-tom-becker-0302@email.orbitly.example>"
t1 = ("Hi Maricel,\n\n"
      "Great news - Rachel Stein, our Head of Customer Success, would like to meet you for the Customer\n"
      "Success Lead, APAC role. I've cc'd her here (rachel.stein@orbitly.example).\n\n"
      "Time: Monday 3/9 at 8pm ET, which should be Tuesday 8am Manila for you.\n"
      "Length: 30 minutes\n"
      "Zoom: https://orbitly.zoom.example/j/83320194455?pwd=Q0x1b2RkT3JiaXRseQ\n"
      "Meeting ID: 833 2019 4455  Passcode: 620318\n\n"
      "Let me know if anything changes on your side.\n\nTom Becker\nRecruiting | Orbitly\n"
      "tom.becker@orbitly.example\n")
m1 = mail([("Delivered-To", OWNER), rcv(d1, "a48-112.smtp-out.orbitly.example"),
           ("From", "Tom Becker <tom.becker@orbitly.example>"), ("To", OWNER_FULL),
           ("Cc", "Rachel Stein <rachel.stein@orbitly.example>"), ("Date", format_datetime(d1)),
           ("Subject", "Orbitly: Zoom interview with Rachel (Customer Success Lead, APAC)"),
           ("Message-ID", mid1)], text=t1)
m2 = mail([("Delivered-To", OWNER), rcv(d2, "a48-112.smtp-out.orbitly.example"),
           ("From", "Tom Becker <tom.becker@orbitly.example>"), ("To", OWNER_FULL),
           ("Cc", "Rachel Stein <rachel.stein@orbitly.example>"), ("Date", format_datetime(d2)),
           ("Subject", "Re: Orbitly: Zoom interview with Rachel (Customer Success Lead, APAC)"),
           ("Message-ID", "<0100018e-orbitly-tom-becker-0306@email.orbitly.example>"),
           ("In-Reply-To", mid1), ("References", mid1)],
          text=("Hi Maricel,\n\nI'm really sorry to do this, but we need to cancel Monday's interview with Rachel.\n"
                "Leadership decided this week to pause hiring for the APAC team until Q3, so the role is on\n"
                "hold. I'll reach out personally if it reopens - your background is a great fit.\n\n"
                "Apologies again,\nTom\n\n> On Mar 2, 2026, at 11:15 AM, Tom Becker wrote:\n> Time: Monday 3/9 at 8pm ET, "
                "which should be Tuesday 8am Manila for you.\n"))
add("b90-07-zoom-email-then-cancel", [("01-orbitly-zoom-interview.eml", m1), ("02-re-cancel-role-paused.eml", m2)], {
    "interview": True,
    "interviews": [iv("Orbitly", "Customer Success Lead, APAC", s, e, "cancelled",
                      ["rachel.stein@orbitly.example"], ["rachel.stein@orbitly.example"], "hiring_manager")],
    "difficulty": "medium", "category": "positive/cancellation",
    "notes": "Mon 3/9 8pm EDT (day after US DST) = Tue 3/10 08:00 Manila; cancelled by e-mail.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-08 BPO ATS (Talentra): initial phone interview + final interview with account manager
d1 = dt(2026, 2, 9, 15, 2, MNL)
d2 = dt(2026, 2, 11, 18, 20, MNL)
s1 = dt(2026, 2, 10, 14, 0, MNL)
e1 = s1 + timedelta(minutes=30)
s2 = dt(2026, 2, 13, 10, 30, MNL)
cal = vcal("PUBLISH", "-//Talentra//ATS Calendar 2.1//EN", [[
    f"UID:talentra-int-77120-1@talentra.example", f"DTSTAMP:{z(d1)}",
    f"DTSTART;TZID=Asia/Manila:{s1:%Y%m%dT%H%M%S}", f"DTEND;TZID=Asia/Manila:{e1:%Y%m%dT%H%M%S}",
    "SUMMARY:Initial Interview - Isla CX Partners (Customer Success Lead)",
    "LOCATION:Phone call", "DESCRIPTION:" + ics_escape("Kristine Abellana will call your registered mobile number."),
    "ORGANIZER;CN=Isla CX Partners Recruitment:mailto:no-reply@talentra.example"]], MANILA_VTZ)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mta-3.talentra.example"),
           ("From", "Isla CX Partners Recruitment <no-reply@talentra.example>"), ("To", OWNER),
           ("Date", format_datetime(d1)),
           ("Subject", "Interview Schedule: Customer Success Lead (Cebu) - Isla CX Partners"),
           ("Message-ID", "<talentra.77120.1.notif@talentra.example>")],
          text=("Hello Maricel,\n\nThank you for your application for CUSTOMER SUCCESS LEAD (CEBU).\n\n"
                "Your initial interview has been scheduled:\n\n"
                "  Date:      Tuesday, February 10, 2026\n  Time:      2PM (Philippine time)\n"
                "  Duration:  30 minutes\n  Type:      Phone interview\n"
                "  Interviewer: Kristine Abellana, Recruitment Specialist\n\n"
                "Kristine will call you on your registered mobile number. For concerns, please e-mail\n"
                "kristine.abellana@islacx.example. Please do not reply to this automated message.\n\n"
                "Isla CX Partners | i2 Building, Asiatown IT Park, Cebu City\n"
                "Sent via Talentra ATS\n"),
          attachments=[("interview.ics", "text/calendar", cal)])
m2 = mail([("Delivered-To", OWNER), rcv(d2, "mta-3.talentra.example"),
           ("From", "Isla CX Partners Recruitment <no-reply@talentra.example>"), ("To", OWNER),
           ("Date", format_datetime(d2)),
           ("Subject", "Congratulations! Final Interview - Customer Success Lead (Cebu)"),
           ("Message-ID", "<talentra.77120.2.notif@talentra.example>")],
          html=("<html><body><p>Hello Maricel,</p><p>Congratulations, you passed the initial interview!</p>"
                "<p>You are now endorsed for the <b>final interview with the account manager</b>, "
                "Mr. Dominic Sy (dominic.sy@islacx.example).</p>"
                "<p><b>When:</b> Friday, 13 February, at half past ten in the morning<br>"
                "<b>Where:</b> Isla CX Partners, 7F i2 Building, Asiatown IT Park, Cebu City (look for the "
                "recruitment lobby)</p><p>Please bring 2 valid IDs (one government-issued) and wear business "
                "attire.</p><p>For concerns, e-mail Kristine Abellana at kristine.abellana@islacx.example.</p>"
                "<p>Good luck po!</p><p style=\"color:#888\">Sent via Talentra ATS. Please do not reply.</p>"
                "</body></html>"))
add("b90-08-talentra-two-interviews", [("01-talentra-initial-interview.eml", m1), ("02-talentra-final-interview.eml", m2)], {
    "interview": True,
    "interviews": [
        iv("Isla CX Partners", "Customer Success Lead (Cebu)", s1, e1, "scheduled",
           ["kristine.abellana@islacx.example"], ["kristine.abellana@islacx.example"], "phone_screen"),
        iv("Isla CX Partners", "Customer Success Lead (Cebu)", s2, None, "scheduled",
           ["dominic.sy@islacx.example"], ["dominic.sy@islacx.example"], "hiring_manager")],
    "difficulty": "hard", "category": "positive/two-interviews",
    "notes": "BPO ATS: initial phone interview (ics attached) then final interview 'Friday, 13 February, at half past ten' (no duration).",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-09 Google invite then Updated invitation moved across Sydney DST end
d1 = dt(2026, 3, 23, 9, 10, SYD)
d2 = dt(2026, 3, 27, 16, 0, SYD)
s0 = dt(2026, 3, 31, 10, 0, SYD)
s = dt(2026, 4, 8, 10, 0, SYD)
e = s + timedelta(hours=1)


def wb_cal(start, stamp, seq):
    return vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [[
        f"DTSTART:{z(start)}", f"DTEND:{z(start + timedelta(hours=1))}", f"DTSTAMP:{z(stamp)}",
        "ORGANIZER;CN=Georgia Pham:mailto:georgia.pham@wattlebird.example",
        "UID:3h9v1wattlebird0tech7c@google.com",
        att("Georgia Pham", "georgia.pham@wattlebird.example", "ACCEPTED"),
        att("Sam Okafor", "sam.okafor@wattlebird.example"), att(OWNER, OWNER),
        "DESCRIPTION:" + ics_escape("Technical interview - Customer Support Engineer\nSam will walk you through a few API troubleshooting scenarios.\n\nJoin with Google Meet: https://meet.google.com/wbx-tecq-ijs"),
        f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
        "SUMMARY:Technical interview: Maricel Dizon (Customer Support Engineer)", "TRANSP:OPAQUE"]])


def wb_mail(date, start, seq, updated):
    loc = start.astimezone(MNL)
    en = loc + timedelta(hours=1)
    when = f"{loc:%a %b} {loc.day}, 2026 {loc:%-I}am - {en:%-I}am (PHT)"
    subj = ("Updated invitation" if updated else "Invitation") + \
        f": Technical interview: Maricel Dizon (Customer Support Engineer) @ {when} ({OWNER})"
    body = ("This event has been changed.\n\n" if updated else "") + \
        ("Technical interview: Maricel Dizon (Customer Support Engineer)\n"
         f"{'When: CHANGED ' if updated else ''}{loc:%A %b} {loc.day}, 2026 \u22c5 {loc:%-I}am \u2013 {en:%-I}am\n"
         "Philippine Standard Time - Manila\n\nJoin with Google Meet\nhttps://meet.google.com/wbx-tecq-ijs\n\n"
         "Organizer\nGeorgia Pham\ngeorgia.pham@wattlebird.example\n\nGuests\nGeorgia Pham - organizer\n"
         f"Sam Okafor\nsam.okafor@wattlebird.example\n{OWNER}\n\nInvitation from Google Calendar\n")
    cal = wb_cal(start, date, seq)
    return mail([("Delivered-To", OWNER), rcv(date, "mail-sor-f41.google.com"),
                 ("Reply-To", "Georgia Pham <georgia.pham@wattlebird.example>"),
                 ("Sender", "Google Calendar <calendar-notification@google.com>"),
                 ("From", "Georgia Pham <georgia.pham@wattlebird.example>"), ("To", OWNER),
                 ("Date", format_datetime(date)), ("Subject", subj),
                 ("Message-ID", f"<calendar-wattlebird-{seq}-3h9v1@google.com>")],
                text=body, html="<html><body>" + body.replace("\n", "<br>") + "</body></html>",
                calendar=cal, attachments=[("invite.ics", "application/ics", cal)])


add("b90-09-google-updated-invitation-sydney-dst", [
    ("01-invitation-technical.eml", wb_mail(d1, s0, 0, False)),
    ("02-updated-invitation-technical.eml", wb_mail(d2, s, 1, True))], {
    "interview": True,
    "interviews": [iv("Wattlebird Software", "Customer Support Engineer", s, e, "scheduled",
                      ["sam.okafor@wattlebird.example"], ["sam.okafor@wattlebird.example"], "technical")],
    "difficulty": "medium", "category": "positive/reschedule",
    "notes": "Originally Tue 31 Mar 10am AEDT (7am Manila), moved to Wed 8 Apr 10am AEST (8am Manila) via SEQUENCE 1.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-10 onsite final round in Makati: itinerary email + standalone .ics block
d1 = dt(2026, 2, 18, 11, 0, MNL)
s = dt(2026, 2, 23, 13, 0, MNL)
e = dt(2026, 2, 23, 15, 0, MNL)
ivs = [("Arnel Cruz", "arnel.cruz@lakandulacc.example"), ("Joy Lim", "joy.lim@lakandulacc.example"),
       ("Grace Tolentino", "grace.tolentino@lakandulacc.example"), ("Carlo Reyes", "carlo.reyes@lakandulacc.example")]
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail.lakandulacc.example"),
           ("From", "Bea Santos <bea.santos@lakandulacc.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d1)),
           ("Subject", "Lakandula Contact Center | Final Round Schedule - Account Manager, US Healthcare"),
           ("Message-ID", "<CAL8k2-bea-santos-final-round@mail.lakandulacc.example>")],
          text=("Hi Maricel,\n\nThank you for your patience po! Here is your final round itinerary for the Account\n"
                "Manager - US Healthcare role. All sessions are face-to-face at our Makati site.\n\n"
                "Monday, February 23, 2026 - Lakandula Contact Center, 9F Ayala North Exchange, Makati City\n\n"
                "  1:00 PM - 1:45 PM  Panel interview - Arnel Cruz (Operations Manager) and Joy Lim (Training Manager)\n"
                "  1:45 PM - 2:30 PM  Client-side interview - Grace Tolentino (Account Director, US Healthcare)\n"
                "  2:30 PM - 3:00 PM  HR final interview - Carlo Reyes (HR Business Partner)\n\n"
                "Interviewers: arnel.cruz@, joy.lim@, grace.tolentino@, carlo.reyes@lakandulacc.example\n\n"
                "Please be at the 9F lobby by 12:45 PM and bring 2 valid IDs for the building pass.\n"
                "I'm just coordinating, so for any concern you can text me at 0917 555 0820.\n\n"
                "Salamat and good luck!\nBea Santos\nRecruitment Coordinator\n"))
cal = vcal("REQUEST", "-//Lakandula CC//Recruitment Scheduler//EN", [[
    "UID:lcc-finalround-20260223-dizon@lakandulacc.example", f"DTSTAMP:{z(d1)}",
    f"DTSTART;TZID=Asia/Manila:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID=Asia/Manila:{e:%Y%m%dT%H%M%S}",
    "SUMMARY:Final round (onsite) - Maricel Dizon - Account Manager\\, US Healthcare",
    "LOCATION:Lakandula Contact Center\\, 9F Ayala North Exchange\\, Makati City",
    "ORGANIZER;CN=Bea Santos:mailto:bea.santos@lakandulacc.example",
    att(OWNER_NAME, OWNER)] + [att(n, a) for n, a in ivs] + [
    "DESCRIPTION:" + ics_escape("1:00 PM panel (Arnel Cruz, Joy Lim)\n1:45 PM client-side interview (Grace Tolentino)\n2:30 PM HR final (Carlo Reyes)\nBring 2 valid IDs."),
    "SEQUENCE:0", "STATUS:CONFIRMED"]], MANILA_VTZ)
add("b90-10-onsite-final-round-makati", [("01-bea-final-round-itinerary.eml", m1),
                                         ("02-final-round-onsite.ics", cal)], {
    "interview": True,
    "interviews": [iv("Lakandula Contact Center", "Account Manager - US Healthcare", s, e, "scheduled",
                      [a for _, a in ivs], [a for _, a in ivs], "onsite")],
    "difficulty": "medium", "category": "positive/onsite-loop",
    "notes": "Three back-to-back in-person sessions 1:00-3:00 PM Manila = one onsite; coordinator Bea is not an interviewer.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-11 forwarded referral, "Thu 3/19 @ 6:30p PDT", reply-all confirmation
d1 = dt(2026, 3, 16, 20, 45, MNL)
d0 = dt(2026, 3, 15, 16, 31, LA)
d2 = dt(2026, 3, 16, 21, 30, MNL)
d3 = dt(2026, 3, 16, 7, 5, LA)
s = dt(2026, 3, 19, 18, 30, LA)
e = s + timedelta(minutes=30)
mid1 = "<CAHk2-joel-fwd-hannah@mail.pinecrestlabs.example>"
mid2 = "<CAJx7Qq2-cel-confirm-hannah@mail.example.com>"
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail.pinecrestlabs.example"),
           ("From", "Joel Navarro <joel.navarro@pinecrestlabs.example>"), ("To", OWNER_FULL),
           ("Cc", "Hannah Cole <hannah.cole@pinecrestlabs.example>"), ("Date", format_datetime(d1)),
           ("Subject", "Fwd: Referral - Maricel Dizon (CSM)"), ("Message-ID", mid1)],
          text=("Hi Cel!\n\nSee below - Hannah (our VP of Customer Success, cc'd) wants to do the first-round\n"
                "interview for the Customer Success Manager role with you. Thu 6:30p their time = Fri 9:30 AM\n"
                "sa atin. Just reply-all to confirm. Good luck, kaya mo 'yan!\n\nJoel\n\n"
                "---------- Forwarded message ---------\n"
                "From: Hannah Cole <hannah.cole@pinecrestlabs.example>\n"
                f"Date: {format_datetime(d0)}\n"
                "Subject: Re: Referral - Maricel Dizon (CSM)\n"
                "To: Joel Navarro <joel.navarro@pinecrestlabs.example>\n\n"
                "Thanks Joel! Her resume looks strong. Happy to do her first-round interview for the CSM role -\n"
                "does Thu 3/19 @ 6:30p PDT work for her? ~30 min, I'll send a Meet link. Please loop her in.\n\n"
                "Hannah Cole\nVP, Customer Success | Pinecrest Labs\n"
                "2100 Sunset Blvd, Los Angeles, CA 90026 | (323) 555-0147\n"))
m2 = mail([("Delivered-To", OWNER), ("From", OWNER_FULL),
           ("To", "Hannah Cole <hannah.cole@pinecrestlabs.example>"),
           ("Cc", "Joel Navarro <joel.navarro@pinecrestlabs.example>"), ("Date", format_datetime(d2)),
           ("Subject", "Re: Fwd: Referral - Maricel Dizon (CSM)"), ("Message-ID", mid2),
           ("In-Reply-To", mid1), ("References", mid1)],
          text=("Hi Hannah,\n\nThank you for the opportunity! Thu 3/19 @ 6:30p PDT (Friday 9:30 AM Manila time)\n"
                "works for me. Looking forward to it.\n\nSalamat, Joel!\n\nBest,\nMaricel" + SIG_CEL))
m3 = mail([("Delivered-To", OWNER), rcv(d3, "mail.pinecrestlabs.example"),
           ("From", "Hannah Cole <hannah.cole@pinecrestlabs.example>"), ("To", OWNER_FULL),
           ("Cc", "Joel Navarro <joel.navarro@pinecrestlabs.example>"), ("Date", format_datetime(d3)),
           ("Subject", "Re: Fwd: Referral - Maricel Dizon (CSM)"),
           ("Message-ID", "<CAHk2-hannah-confirm@mail.pinecrestlabs.example>"),
           ("In-Reply-To", mid2), ("References", f"{mid1} {mid2}")],
          text=("Perfect - see you Thursday evening (your Friday morning)! Meet link:\n"
                "https://meet.google.com/pcl-hnnh-csm\n\nHannah\n\nSent from my iPhone\n"))
add("b90-11-forwarded-referral-pdt", [("01-joel-fwd-hannah.eml", m1), ("02-re-cel-confirms.eml", m2),
                                      ("03-re-hannah-meet-link.eml", m3)], {
    "interview": True,
    "interviews": [iv("Pinecrest Labs", "Customer Success Manager", s, e, "scheduled",
                      ["hannah.cole@pinecrestlabs.example"], ["hannah.cole@pinecrestlabs.example"], "hiring_manager")],
    "difficulty": "hard", "category": "positive/forwarded-thread",
    "notes": "Referral forward with quoted 'Thu 3/19 @ 6:30p PDT' = Fri 3/20 09:30 Manila; referrer Joel is not an interviewer.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-12 Sydney recruiter thread: "Friday noon Manila time" -> Zoom confirmation
d1 = dt(2026, 3, 17, 13, 5, SYD)
d2 = dt(2026, 3, 17, 10, 30, MNL)
d3 = dt(2026, 3, 17, 14, 2, SYD)
s = dt(2026, 3, 20, 12, 0, MNL)
e = s + timedelta(minutes=45)
mid1 = "<ME3P282MB1734-mia-bluegum-1@ME3P282MB1734.AUSP282.prod.outlook.example>"
mid2 = "<CAJx7Qq2-cel-bluegum-2@mail.example.com>"
t1 = ("Hi Maricel,\n\nThanks for completing the screening call with me yesterday. Next step is a 45-minute\n"
      "technical interview with our Support Lead, Ravi Menon (ravi.menon@bluegum.example) - a walkthrough of a\n"
      "tricky customer ticket plus Q&A.\n\nWould Friday noon Manila time work? That's 3pm here in Sydney.\n\n"
      "Kind regards,\nMia Kowalski\nPeople & Talent | Bluegum Analytics\nSuite 3.02, 55 Harris St, Pyrmont NSW 2009\n")
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail-sy3aus01.outbound.protection.outlook.example"),
           ("From", "Mia Kowalski <mia.kowalski@bluegum.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d1)), ("Subject", "Bluegum Analytics - technical interview"),
           ("Message-ID", mid1)], text=t1)
m2 = mail([("Delivered-To", OWNER), ("From", OWNER_FULL), ("To", "Mia Kowalski <mia.kowalski@bluegum.example>"),
           ("Date", format_datetime(d2)), ("Subject", "Re: Bluegum Analytics - technical interview"),
           ("Message-ID", mid2), ("In-Reply-To", mid1), ("References", mid1)],
          text=("Hi Mia,\n\nFriday noon works po. Thank you!\n\nCel\n\n"
                "On Tue, 17 Mar 2026 at 10:05, Mia Kowalski <mia.kowalski@bluegum.example> wrote:\n" +
                "".join("> " + l + "\n" for l in t1.splitlines())))
m3 = mail([("Delivered-To", OWNER), rcv(d3, "mail-sy3aus01.outbound.protection.outlook.example"),
           ("From", "Mia Kowalski <mia.kowalski@bluegum.example>"), ("To", OWNER_FULL),
           ("Cc", "Ravi Menon <ravi.menon@bluegum.example>"), ("Date", format_datetime(d3)),
           ("Subject", "RE: Bluegum Analytics - technical interview"),
           ("Message-ID", "<ME3P282MB1734-mia-bluegum-3@ME3P282MB1734.AUSP282.prod.outlook.example>"),
           ("In-Reply-To", mid2), ("References", f"{mid1} {mid2}")],
          text=("Locked in! Friday 20 March, 12:00-12:45 PHT / 3:00-3:45pm AEDT. Ravi will host.\n\n"
                "Join Zoom Meeting\nhttps://bluegum.zoom.example/j/91755023381\nMeeting ID: 917 5502 3381\n"
                "Passcode: 448120\n\nMia\n\n-----Original Message-----\nFrom: Maricel Dizon <maricel.dizon@example.com>\n"
                "Sent: Tuesday, 17 March 2026 1:30 PM\nSubject: Re: Bluegum Analytics - technical interview\n\n"
                "Friday noon works po. Thank you!\n"))
add("b90-12-thread-noon-manila-zoom", [("01-mia-propose-friday-noon.eml", m1), ("02-re-cel-confirms.eml", m2),
                                       ("03-re-locked-in-zoom.eml", m3)], {
    "interview": True,
    "interviews": [iv("Bluegum Analytics", None, s, e, "scheduled",
                      ["ravi.menon@bluegum.example"], ["ravi.menon@bluegum.example"], "technical")],
    "difficulty": "medium", "category": "positive/thread-propose-confirm",
    "notes": "'Friday noon Manila time' (3pm AEDT) resolved against Tue 17 Mar -> Fri 20 Mar 12:00 +08:00. Role never named.",
    "source": "synthetic"})

# ---------------------------------------------------------------------------------------------
# b90-13 base64 Taglish recruiter mail, "14:00", Google Meet, no duration
d1 = dt(2026, 2, 20, 17, 30, MNL)
s = dt(2026, 2, 24, 14, 0, MNL)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail.bayanihancare.example"),
           ("From", "Rowena Dela Cruz <rowena.delacruz@bayanihancare.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d1)), ("Subject", "Initial interview - Healthcare CS Lead"),
           ("Message-ID", "<5f1a.rowena.20260220@bayanihancare.example>"),
           ("X-Mailer", "iPhone Mail (21D61)")],
          text=("Hi Cel!\n\nGood news po - shortlisted ka for our Healthcare Customer Success Lead opening. "
                "Your initial interview is on Tuesday, 24 Feb, 14:00 (Manila time) via Google Meet:\n"
                "meet.google.com/bch-rdcz-int\n\nAko po ang mag-iinterview sa'yo, so just message me here if may "
                "concern. Please have your camera on and a stable connection.\n\nIngat!\n\n"
                "Rowena Dela Cruz\nSenior Recruiter, Bayanihan Care Services\n"
                "Unit 1504 Makati Medical Plaza, Amorsolo St., Legaspi Village, Makati\n+63 2 8555 0459\n\n"
                "Sent from my iPhone\n"), text_cte="base64")
add("b90-13-base64-taglish-1400-meet", [("01-rowena-initial-interview.eml", m1)], {
    "interview": True,
    "interviews": [iv("Bayanihan Care Services", "Healthcare Customer Success Lead", s, None, "scheduled",
                      ["rowena.delacruz@bayanihancare.example"], ["rowena.delacruz@bayanihancare.example"],
                      "phone_screen")],
    "difficulty": "easy", "category": "positive/body-only-base64",
    "notes": "base64 plain body, Taglish; 'Tuesday, 24 Feb, 14:00 (Manila time)'; recruiter is the interviewer; no duration.",
    "source": "synthetic"})

# =============================================================================================
# NEGATIVES
NEG = {"interview": False, "interviews": []}

# b90-14 NBI clearance appointment (mentions "quality control interview")
d1 = dt(2026, 2, 2, 8, 14, MNL)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mailer.clearance.nbi.example"),
           ("From", "NBI Clearance Online <no-reply@clearance.nbi.example>"), ("To", OWNER),
           ("Date", format_datetime(d1)), ("Subject", "NBI Clearance Appointment Confirmation - Ref No. 2602-0218-4471"),
           ("Message-ID", "<appt.26020218-4471@clearance.nbi.example>")],
          html=("<html><body><h3>APPOINTMENT CONFIRMATION</h3><p>Name: DIZON, MARICEL SANTOS</p>"
                "<p>Purpose: LOCAL EMPLOYMENT<br>Appointment Schedule: February 5, 2026 (Thursday), 9:00 AM - 10:00 AM"
                "<br>Branch: NBI Clearance Center - Makati Satellite Office</p>"
                "<p>Please bring 2 valid IDs (original) and your reference number. Arrive 30 minutes before "
                "your schedule.</p><p>Note: Applicants with a HIT will be scheduled for a quality control "
                "interview and release after 8 working days.</p><p>This is a system-generated e-mail. "
                "Do not reply.</p></body></html>"))
add("b90-14-nbi-clearance-appointment", [("01-nbi-appointment.eml", m1)], dict(NEG, **{
    "difficulty": "medium", "category": "negative/government-appointment",
    "notes": "NBI clearance appointment for employment purposes; mentions 'quality control interview' and 2 valid IDs.",
    "source": "synthetic"}))

# b90-15 barangay fiesta invite; user is a judge for the pageant interview portion
d1 = dt(2026, 5, 1, 19, 22, MNL)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "smtp.mail.example"),
           ("From", "Kgd. Lito Paredes <lito.paredes@mail.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d1)), ("Subject", "Imbitasyon: Fiesta ng Barangay San Roque - May 15"),
           ("Message-ID", "<fiesta-sanroque-2026@mail.example>")],
          text=("Magandang gabi, Cel!\n\nYou are cordially invited to our Barangay San Roque Fiesta on Friday, "
                "May 15, 2026.\n\nSchedule of activities:\n  6:00 AM  Misa at Prusisyon\n  10:00 AM Parada ng "
                "banda\n  3:00 PM  Call time - candidates of Binibining San Roque 2026\n  7:00 PM  Coronation "
                "night (Q&A / interview portion)\n\nSince you are our pride in customer service, we would like "
                "to ask you po to be one of the judges for the interview portion of the pageant. Please let "
                "me know if you can join so we can include you in the program.\n\nMay handang pagkain sa "
                "bahay after. Salamat at ingat!\n\nKagawad Lito Paredes\nBarangay San Roque, Quezon City\n"
                "0919 555 0288\n"))
add("b90-15-barangay-fiesta-judge", [("01-fiesta-invite.eml", m1)], dict(NEG, **{
    "difficulty": "medium", "category": "negative/community-event",
    "notes": "Fiesta invitation; user judges the pageant 'interview portion' with a call time - not a job interview.",
    "source": "synthetic"}))

# b90-16 rejection after initial interview (with walk-in hours)
d1 = dt(2026, 2, 19, 10, 3, MNL)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mta-1.talentra.example"),
           ("From", "Solara Contact Hub Careers <no-reply@talentra.example>"),
           ("Reply-To", "careers@solarahub.example"), ("To", OWNER),
           ("Date", format_datetime(d1)), ("Subject", "Update on your application - Customer Success Supervisor"),
           ("Message-ID", "<talentra.solara.55103.rej@talentra.example>")],
          text=("Dear Maricel,\n\nThank you for taking the time to attend your initial interview with us last "
                "February 17 for the Customer Success Supervisor role.\n\nAfter careful consideration, we regret "
                "to inform you that we will not be moving forward with your application at this time. We will "
                "keep your profile in our talent pool and may schedule a call with you should a suitable role "
                "open.\n\nYou may also visit our walk-in recruitment hours, Monday to Friday, 9AM to 3PM, at "
                "3F Solara Tower, Bonifacio Global City, for our other open positions.\n\n"
                "We wish you the best in your job search.\n\nSolara Contact Hub Talent Acquisition\n"
                "Sent via Talentra ATS\n"))
add("b90-16-rejection-after-interview", [("01-solara-rejection.eml", m1)], dict(NEG, **{
    "difficulty": "medium", "category": "negative/rejection",
    "notes": "Rejection mentioning a past initial interview, 'schedule a call' and walk-in hours.",
    "source": "synthetic"}))

# b90-17 job offer / JO signing appointment
d1 = dt(2026, 3, 2, 16, 48, MNL)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail.harborpointbpo.example"),
           ("From", "Liza Samonte <liza.samonte@harborpointbpo.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d1)), ("Subject", "Job Offer (JO) - Customer Success Team Lead - Schedule of JO signing"),
           ("Message-ID", "<HP-JO-2026-0302-lsamonte@harborpointbpo.example>")],
          text=("Hi Maricel,\n\nCongratulations! After your final interview last week, we are happy to extend you a "
                "job offer for the position of Customer Success Team Lead.\n\nPlease come to our office on "
                "Thursday, March 5 at 10:00 AM for your JO discussion and signing with our HR Manager. Kindly "
                "bring 2 valid IDs and the following pre-employment requirements: NBI clearance, SSS E-1/UMID, "
                "PhilHealth MDR, Pag-IBIG MID, TIN, and your latest COE.\n\nVenue: Harbor Point BPO, 6F Glorietta "
                "Office Tower, Makati City.\n\nIf you have questions about the offer before the signing, you may "
                "call me at 0917 555 0931.\n\nWelcome to the team (soon)!\n\nLiza Samonte\nHR Officer - "
                "Onboarding\nHarbor Point BPO Inc.\n"))
add("b90-17-job-offer-jo-signing", [("01-harborpoint-jo.eml", m1)], dict(NEG, **{
    "difficulty": "hard", "category": "negative/offer",
    "notes": "Offer with a scheduled JO signing at 10 AM, mentions final interview and 2 valid IDs; not an interview.",
    "source": "synthetic"}))

# b90-18 QBR with client in current job (Exchange invite)
d1 = dt(2026, 3, 9, 9, 5, MNL)
qs = dt(2026, 3, 25, 9, 0, NY)   # 9AM EDT = 9PM Manila
qe = qs + timedelta(minutes=90)
qcal = vcal("REQUEST", "Microsoft Exchange Server 2010", [[
    "ORGANIZER;CN=Brent Hollis:mailto:brent.hollis@kestrelcloud.example",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maricel Dizon:mailto:" + OWNER,
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nora Quinn:mailto:nora.quinn@halcyonretail.example",
    "UID:040000008200E00074C5B7101A82E0080000000000QBRQ1HALCYON0000000001",
    "SUMMARY;LANGUAGE=en-US:Q1 QBR - Halcyon Retail x Kestrel Cloud",
    "DTSTART;TZID=Eastern Standard Time:" + f"{qs:%Y%m%dT%H%M%S}",
    "DTEND;TZID=Eastern Standard Time:" + f"{qe:%Y%m%dT%H%M%S}",
    f"DTSTAMP:{z(d1)}", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"]], [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
    "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"])
m1 = mail([("Delivered-To", OWNER), rcv(d1, "NAM04-BN8-obe.outbound.protection.outlook.example"),
           ("From", "Brent Hollis <brent.hollis@kestrelcloud.example>"),
           ("To", f"{OWNER_FULL}, Nora Quinn <nora.quinn@halcyonretail.example>"),
           ("Subject", "Q1 QBR - Halcyon Retail x Kestrel Cloud"), ("Date", format_datetime(d1)),
           ("Message-ID", "<BN8PR04MB6123QBRHALCYON@BN8PR04MB6123.namprd04.prod.outlook.example>"),
           ("Content-class", "urn:content-classes:calendarmessage")],
          text=("When: Wednesday, March 25, 2026 9:00 AM-10:30 AM (UTC-05:00) Eastern Time (US & Canada).\n"
                "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
                "Hi Nora, hi Cel (adding your personal address too since your work laptop is in for repair),\n\n"
                "Sending the invite for our Q1 quarterly business review call. Agenda: adoption metrics, support "
                "ticket trends, renewal timeline, and the candidate features for the Q2 roadmap. Cel will present "
                "the CS health scorecard; I'll cover the schedule for the renewal.\n\n"
                "Brent Hollis\nAccount Director | Kestrel Cloud\n"))
m1.add_alternative(qcal, subtype="calendar", cte="base64", params={"method": "REQUEST"})
add("b90-18-qbr-current-job-exchange", [("01-q1-qbr-invite.eml", m1)], dict(NEG, **{
    "difficulty": "hard", "category": "negative/work-meeting",
    "notes": "Exchange invite for a client QBR at the user's current job (call, schedule, candidate features).",
    "source": "synthetic"}))

# b90-19 walk-in job fair event with .ics
d1 = dt(2026, 3, 6, 12, 0, MNL)
js = dt(2026, 3, 14, 9, 0, MNL)
je = dt(2026, 3, 14, 17, 0, MNL)
jcal = vcal("PUBLISH", "-//TrabahoHub//Events//EN", [[
    "UID:thub-megafair-20260314@trabahohub.example", f"DTSTAMP:{z(d1)}",
    f"DTSTART;TZID=Asia/Manila:{js:%Y%m%dT%H%M%S}", f"DTEND;TZID=Asia/Manila:{je:%Y%m%dT%H%M%S}",
    "SUMMARY:TrabahoHub Mega Walk-in Job Fair (BPO & Remote)",
    "LOCATION:Ayala Triangle Hall\\, Makati City",
    "DESCRIPTION:" + ics_escape("Walk-in! On-the-spot initial interviews with 40+ employers. Bring 2 valid IDs and 5 copies of your resume."),
    "ORGANIZER;CN=TrabahoHub Events:mailto:events@trabahohub.example"]], MANILA_VTZ)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "out-07.trabahohub.example"),
           ("From", "TrabahoHub Events <events@trabahohub.example>"), ("To", OWNER),
           ("Date", format_datetime(d1)), ("Subject", "Cel, you're registered: Mega Walk-in Job Fair this Saturday!"),
           ("Message-ID", "<evt-megafair-0314-reg-99812@trabahohub.example>"), ("List-Unsubscribe", "<https://trabahohub.example/unsub>")],
          text=("Hi Cel,\n\nYou're registered for the TrabahoHub Mega Walk-in Job Fair!\n\n"
                "When: Saturday, March 14, 2026, 9AM-5PM\nWhere: Ayala Triangle Hall, Makati City\n\n"
                "40+ BPO and remote employers are hiring for CSR, Team Lead, Customer Success and QA roles. "
                "Many will conduct on-the-spot initial interviews for walk-in candidates - some applicants get "
                "hired on the same day!\n\nWhat to bring: 2 valid IDs, 5 copies of your resume, a pen, and "
                "your QR code below.\n\nSee you there!\nTrabahoHub Events Team\n"),
          attachments=[("megafair.ics", "text/calendar", jcal)])
add("b90-19-walk-in-job-fair", [("01-jobfair-registration.eml", m1)], dict(NEG, **{
    "difficulty": "hard", "category": "negative/job-fair",
    "notes": "Job fair registration with .ics; 'on-the-spot initial interviews' but no scheduled interview for the user.",
    "source": "synthetic"}))

# b90-20 SSS appointment
d1 = dt(2026, 3, 3, 14, 40, MNL)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "notify.sss.example"),
           ("From", "SSS Appointment System <appointment-noreply@sss.example>"), ("To", OWNER),
           ("Date", format_datetime(d1)), ("Subject", "Your SSS Branch Appointment is Confirmed"),
           ("Message-ID", "<sss-appt-0303-77142@sss.example>")],
          text=("Dear MARICEL S. DIZON,\n\nYour appointment has been confirmed.\n\n"
                "Transaction: Member Data Change Request (E-4) / UMID Card Enrollment\n"
                "Branch: SSS Makati-Gil Puyat Branch\nSchedule: March 10, 2026 (Tuesday), 10:00 AM - 11:00 AM\n"
                "Queue Ref: MKT-0310-1042\n\nPlease bring 2 valid IDs and the accomplished form. A member services "
                "representative will call your queue number; late arrivals will be re-scheduled.\n\n"
                "This is an auto-generated message from the SSS Appointment System.\n"), text_cte="7bit")
add("b90-20-sss-appointment", [("01-sss-appointment.eml", m1)], dict(NEG, **{
    "difficulty": "easy", "category": "negative/government-appointment",
    "notes": "SSS branch appointment with schedule and 'call your queue number'.",
    "source": "synthetic"}))

# b90-21 availability request with unbooked scheduling link
d1 = dt(2026, 3, 10, 14, 20, NY)
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mail.tidewaterapps.example"),
           ("From", "Kayla Brooks <kayla.brooks@tidewaterapps.example>"), ("To", OWNER_FULL),
           ("Date", format_datetime(d1)), ("Subject", "Tidewater Apps - let's schedule your initial interview"),
           ("Message-ID", "<CAFk-kayla-brooks-tidewater@mail.tidewaterapps.example>")],
          text=("Hi Maricel,\n\nThanks for applying for the Customer Success Manager (Remote, APAC hours) role! "
                "We'd love to move you forward to an initial interview with me.\n\n"
                "Please grab any open 30-min slot on my calendar here:\n"
                "https://slotpilot.example/kayla-brooks/initial-interview\n\n"
                "I usually have openings Tue-Thu, 9-11AM ET (that's 9-11PM Manila time now that we've sprung "
                "forward). If none of those work, reply with a few times that are good for you.\n\n"
                "Best,\nKayla Brooks\nTalent Acquisition | Tidewater Apps\n(617) 555-0188\n"))
add("b90-21-availability-request-link", [("01-kayla-book-a-slot.eml", m1)], dict(NEG, **{
    "difficulty": "hard", "category": "negative/availability-request",
    "notes": "Unbooked scheduling link and generic availability windows; no interview booked.",
    "source": "synthetic"}))

# b90-22 user is the interviewer (current employer's ATS)
d1 = dt(2026, 3, 20, 16, 0, MNL)
us = dt(2026, 3, 26, 14, 0, MNL)
ue = us + timedelta(minutes=45)
ucal = vcal("REQUEST", "-//Talentra//ATS Calendar 2.1//EN", [[
    "UID:talentra-int-kestrel-40917@talentra.example", f"DTSTAMP:{z(d1)}",
    f"DTSTART:{z(us)}", f"DTEND:{z(ue)}",
    "SUMMARY:Interview: Jerome Castillo - Customer Success Associate (you are interviewing)",
    "ORGANIZER;CN=Kestrel Cloud Recruiting:mailto:no-reply@talentra.example",
    att(OWNER_NAME, OWNER), att("Jerome Castillo", "jerome.castillo@mail.example"),
    "LOCATION:Google Meet - https://meet.google.com/kcr-jcas-csa", "STATUS:CONFIRMED", "SEQUENCE:0"]])
m1 = mail([("Delivered-To", OWNER), rcv(d1, "mta-2.talentra.example"),
           ("From", "Kestrel Cloud Recruiting <no-reply@talentra.example>"), ("To", OWNER),
           ("Date", format_datetime(d1)),
           ("Subject", "You're scheduled to interview Jerome Castillo (Customer Success Associate)"),
           ("Message-ID", "<talentra.kestrel.40917.interviewer@talentra.example>")],
          text=("Hi Maricel,\n\nYou have been added as an interviewer.\n\nCandidate: Jerome Castillo\n"
                "Role: Customer Success Associate (Manila)\nWhen: Thursday, March 26, 2026, 2:00 PM - 2:45 PM PHT\n"
                "Where: Google Meet\nYour focus area: customer empathy & de-escalation\n\n"
                "Please review the candidate's resume and submit your scorecard within 24 hours after the "
                "interview.\n\nKestrel Cloud Recruiting (via Talentra)\n"),
          calendar=ucal)
add("b90-22-user-is-interviewer", [("01-talentra-interviewer-assignment.eml", m1)], dict(NEG, **{
    "difficulty": "medium", "category": "negative/user-is-interviewer",
    "notes": "Current employer's ATS asks the user to interview a candidate; invite attached.",
    "source": "synthetic"}))


# =============================================================================================
def write():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b90-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        folder = os.path.join(HERE, cid)
        os.makedirs(folder)
        for fname, obj in items:
            path = os.path.join(folder, fname)
            if fname.endswith(".eml"):
                data = obj.as_bytes(policy=policy.default.clone(max_line_length=998))
            elif fname.endswith(".ics"):
                data = obj.encode("utf-8")
            elif fname.endswith(".gcal.json"):
                data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            else:
                raise ValueError(fname)
            with open(path, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(LABELS, f, sort_keys=True, allow_unicode=True, default_flow_style=False, width=110)


if __name__ == "__main__":
    write()
    print(f"wrote {len(CASES)} cases")
