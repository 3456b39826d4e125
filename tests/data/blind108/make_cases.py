#!/usr/bin/env python3
"""Deterministic generator for the blind108 evaluation set (written blind; all names invented).

Theme: a high-school science teacher in Phoenix (America/Phoenix, UTC-7 all year) moving into
instructional design. Rewrites every case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PHX = ZoneInfo("America/Phoenix")
LA = ZoneInfo("America/Los_Angeles")
DEN = ZoneInfo("America/Denver")
NY = ZoneInfo("America/New_York")
MTL = ZoneInfo("America/Toronto")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

OWNER = "marisol.keane@example.com"
OWNER_NAME = "Marisol Keane"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
SIG = ("Marisol Keane\nChemistry & Biology Teacher | Camelback Ridge High School\n"
       "M.Ed. candidate, Learning Design & Technology\n(602) 555-0173")


def D(y, mo, d, h, mi, tz=PHX, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(d):
    return d.isoformat()


def mid(seed, domain):
    return "<" + hashlib.sha1(seed.encode()).hexdigest()[:24] + "@" + domain + ">"


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zt(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lt(d):
    return d.strftime("%Y%m%dT%H%M%S")


VTZ_PHX = ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "BEGIN:STANDARD", "DTSTART:19700101T000000",
           "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST", "END:STANDARD", "END:VTIMEZONE"]
VTZ_LA = ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles",
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE"]
VTZ_WIN_AZ = ["BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time", "BEGIN:STANDARD",
              "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "END:STANDARD",
              "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


def google_ics(uid, start, end, summary, organizer, attendees, description, method="REQUEST",
               seq=0, status="CONFIRMED", stamp=None, location=""):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}", f"DTSTAMP:{zt(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e in attendees:
        L.append(att(n, e, "ACCEPTED" if e == organizer[1] else "NEEDS-ACTION") + "")
    L += [f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


# ---------------------------------------------------------------- e-mail helper
def mail(frm, to, subject, date, text=None, html=None, cc=None, reply_to=None, msgid=None,
         irt=None, refs=None, cte=None, cal=None, cal_method="REQUEST", cal_cte="7bit",
         attach=None, sender=None, extra=None, mailer=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].strip(">") + ">"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = frm.split("@")[-1].strip(">")
    m["Message-ID"] = msgid or mid(subject + str(date) + frm, dom)
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte) if cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte) if cte else m.set_content(html, subtype="html")
    if cal is not None:
        if cal_cte == "7bit" and not cal.isascii():
            cal_cte = "8bit"
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    for fname, data, mt, st in (attach or []):
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m.as_bytes(policy=default.clone(max_line_length=998))


def quote(text, who, when):
    q = "\n".join("> " + l if l else ">" for l in text.splitlines())
    return f"On {when.strftime('%a, %b %-d, %Y at %-I:%M %p')} {who} wrote:\n{q}"


def html_of(text):
    import html as h
    paras = text.strip().split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
            + "</div></body></html>")


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients,
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================ POSITIVES
@case
def c01():
    slug = "b108-01-principal-after-dismissal-thread"
    p = "Harold Benavides <hbenavides@vcusd.example>"
    d1 = D(2026, 2, 2, 12, 14)
    t1 = ("Ms. Keane,\n\nThe district forwarded your application for the STEM instructional coach "
          "opening here. Can you come in Thursday at 3:45 after dismissal? Should take 45 minutes or so. "
          "Just check in at the front office and ask for me.\n\n"
          "Harold Benavides\nPrincipal, Dos Palmas Middle School\nVerde Canyon Unified School District\n"
          "4410 W. Ironwood Dr., Glendale, AZ 85302\n(623) 555-0148\n\nSent from my iPhone")
    m1 = mid("c01a", "vcusd.example")
    d2 = D(2026, 2, 2, 16, 2)
    t2 = ("Hi Mr. Benavides,\n\nThursday at 3:45 works. My last class lets out at 3:20 so I'll come "
          "straight over.\n\nThank you!\n" + SIG + "\n\n" + quote(t1, p, d1))
    m2 = mid("c01b", "example.com")
    d3 = D(2026, 2, 2, 17, 40)
    t3 = ("Great. If you have a lesson plan you're proud of, bring it along. See you Thursday.\n\nHB\n\n"
          + quote(t2, OWNER_FULL, d2))
    items = [
        ("01-can-you-come-in-thursday.eml", mail(p, OWNER_FULL, "Instructional coach position", d1, t1,
                                                 msgid=m1, mailer="iPhone Mail (22D63)")),
        ("02-re-thursday.eml", mail(OWNER_FULL, p, "Re: Instructional coach position", d2, t2, msgid=m2,
                                    irt=m1, refs=m1)),
        ("03-re-re-see-you-thursday.eml", mail(p, OWNER_FULL, "Re: Instructional coach position", d3, t3,
                                               irt=m2, refs=f"{m1} {m2}", mailer="iPhone Mail (22D63)")),
    ]
    s = D(2026, 2, 5, 15, 45)
    lab = label([iv("Verde Canyon Unified School District", "STEM Instructional Coach", s,
                    s + timedelta(minutes=45), "scheduled", ["hbenavides@vcusd.example"],
                    ["hbenavides@vcusd.example"], "hiring_manager")],
                "medium", "positive/thread-body-only",
                "Principal's short mail 'Thursday at 3:45 after dismissal', ~45 min; Thursday resolved "
                "against Mon Feb 2 -> Feb 5. Company could also be Dos Palmas Middle School.")
    return slug, items, lab


@case
def c02():
    slug = "b108-02-district-portal-demo-lesson-ics"
    frm = "Mesa Arroyo School District <noreply@talentdesk-k12.example>"
    s = D(2026, 3, 11, 13, 0)
    e = D(2026, 3, 11, 14, 15)
    d1 = D(2026, 3, 3, 9, 22)
    body = ("Dear Marisol Keane,\n\n"
            "You have been scheduled for an interview for the following position:\n\n"
            "  Position: Secondary Science Curriculum Specialist (Job ID 4471)\n"
            "  Location: Mesa Arroyo SD - District Office, Room B-12\n"
            "            1050 N. Dobson Rd, Mesa, AZ 85201\n"
            "  Date:     03/11/2026\n"
            "  Time:     1:00 PM - 2:15 PM (Arizona)\n\n"
            "Interview format: The interview begins with a 15-minute demonstration lesson. Please "
            "prepare a sample lesson on a middle or high school science standard of your choice for an "
            "audience of adult learners (the committee will play the role of teachers in a PD session). "
            "A projector and HDMI connection will be available. The demonstration is followed by a panel "
            "interview with the Director of Secondary Education, a science curriculum specialist and a "
            "site principal.\n\n"
            "If you need to reschedule, please contact Lorena Baca, Human Resources Specialist, at "
            "lbaca@masd.example or (480) 555-0191. Do not reply to this message; this mailbox is not "
            "monitored.\n\n"
            "Mesa Arroyo School District is an equal opportunity employer.\n\n"
            "-- \nThis notification was generated by TalentDesk K-12 Applicant Tracking on behalf of "
            "Mesa Arroyo School District.")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//TalentDesk K12//Interview Scheduler 4.2//EN",
               "METHOD:PUBLISH"] + VTZ_PHX + [
        "BEGIN:VEVENT", "UID:intv-4471-88213@talentdesk-k12.example", f"DTSTAMP:{zt(d1)}",
        f"DTSTART;TZID=America/Phoenix:{lt(s)}", f"DTEND;TZID=America/Phoenix:{lt(e)}",
        "SUMMARY:Interview - Secondary Science Curriculum Specialist (Mesa Arroyo SD)",
        "LOCATION:" + esc("District Office, Room B-12, 1050 N. Dobson Rd, Mesa, AZ 85201"),
        "DESCRIPTION:" + esc("15-minute demonstration lesson followed by panel interview. Questions: "
                             "Lorena Baca, lbaca@masd.example, (480) 555-0191"),
        "ORGANIZER;CN=Mesa Arroyo School District:mailto:noreply@talentdesk-k12.example",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    d2 = D(2026, 3, 10, 8, 0)
    body2 = ("Dear Marisol Keane,\n\nThis is a reminder of your interview tomorrow, Wednesday, March 11, "
             "2026 at 1:00 PM for Secondary Science Curriculum Specialist (Job ID 4471) at the District "
             "Office, Room B-12. Please arrive 10 minutes early and bring materials for your "
             "demonstration lesson.\n\nQuestions: lbaca@masd.example\n\n-- \nTalentDesk K-12")
    items = [
        ("01-interview-scheduled.eml", mail(frm, OWNER, "Interview Scheduled - Secondary Science Curriculum "
                                             "Specialist", d1, body, attach=[("interview.ics", cal.encode(),
                                                                                "text", "calendar")])),
        ("02-interview-reminder.eml", mail(frm, OWNER, "Reminder: Interview Tomorrow - Job ID 4471", d2, body2)),
    ]
    lab = label([iv("Mesa Arroyo School District", "Secondary Science Curriculum Specialist", s, e,
                    "scheduled", [], ["lbaca@masd.example"], "onsite")],
                "medium", "positive/district-portal-ics",
                "AppliTrack/Frontline-like portal mail + .ics (TZID America/Phoenix) + reminder = ONE "
                "interview incl. demo lesson and panel (no panelist addresses). Follow-up to HR contact.")
    return slug, items, lab


@case
def c03():
    slug = "b108-03-panel-introduced-in-body-base64"
    frm = "Brenda Tsosie <btsosie@wsuhsd.example>"
    cc = ("Angela Marquez <amarquez@wsuhsd.example>, Tom Okonkwo <tokonkwo@wsuhsd.example>, "
          "Rachel Feld <rfeld@wsuhsd.example>")
    d1 = D(2026, 3, 10, 10, 41)
    t1 = ("Good morning Ms. Keane,\n\n"
          "Thank you for applying for the Instructional Technology Specialist position at Agua Fria "
          "Ranch High School. We would like to invite you to a panel interview on Tuesday, March 17, "
          "right after lunch - we'll start at 12:30 and wrap up by 1:30. The interview will be held in "
          "the main office conference room (Building A).\n\n"
          "Your panel will be Dr. Angela Marquez, Principal; Mr. Tom Okonkwo, Assistant Principal for "
          "Curriculum; and Ms. Rachel Feld, Science Department Chair. I have copied them on this email.\n\n"
          "Visitor parking is on the west side of the building. Please check in at the front desk with "
          "a photo ID.\n\n"
          "Thank you,\n\nBrenda Tsosie\nHuman Resources Clerk\nWest Salado Union High School District\n"
          "7650 W. Thunderbird Rd, Peoria, AZ 85381\nPhone: (623) 555-0122 | Fax: (623) 555-0129\n\n"
          "CONFIDENTIALITY NOTICE: This e-mail may contain confidential student or personnel information.")
    m1 = mid("c03a", "wsuhsd.example")
    d2 = D(2026, 3, 10, 15, 58)
    t2 = ("Hi Brenda,\n\nThank you, I'll be there Tuesday at 12:30. Is there anything I should bring "
          "besides my portfolio?\n\nBest,\nMarisol\n\n" + quote(t1, frm, d1))
    m2 = mid("c03b", "example.com")
    d3 = D(2026, 3, 11, 7, 32)
    t3 = "Just your portfolio and a copy of your resume. See you then!\n\nBrenda\n\n" + quote(t2, OWNER_FULL, d2)
    items = [
        ("01-panel-interview-invitation.eml", mail(frm, OWNER_FULL, "Interview - Instructional Technology "
                                                   "Specialist", d1, t1, html_of(t1), cc=cc, msgid=m1,
                                                   cte="base64", mailer="Microsoft Outlook 16.0")),
        ("02-re-interview.eml", mail(OWNER_FULL, frm, "RE: Interview - Instructional Technology Specialist",
                                     d2, t2, msgid=m2, irt=m1, refs=m1)),
        ("03-re-re-interview.eml", mail(frm, OWNER_FULL, "RE: Interview - Instructional Technology "
                                        "Specialist", d3, t3, irt=m2, refs=f"{m1} {m2}",
                                        mailer="Microsoft Outlook 16.0")),
    ]
    s = D(2026, 3, 17, 12, 30)
    panel = ["amarquez@wsuhsd.example", "tokonkwo@wsuhsd.example", "rfeld@wsuhsd.example"]
    lab = label([iv("West Salado Union High School District", "Instructional Technology Specialist", s,
                    D(2026, 3, 17, 13, 30), "scheduled", panel, panel, "onsite")],
                "hard", "positive/panel-body-only",
                "HR clerk (base64 body) introduces a 3-person panel only in the body (addresses in Cc); "
                "'right after lunch - 12:30 to 1:30'. Clerk only schedules. Company may also be "
                "Agua Fria Ranch High School.")
    return slug, items, lab


@case
def c04():
    slug = "b108-04-zoom-teaching-demo-pst-label-after-dst"
    frm = "Lillian Cho <lcho@pscc.example>"
    d1 = D(2026, 3, 4, 9, 5, LA)
    t1 = ("Dear Marisol,\n\n"
          "On behalf of the hiring committee for the Instructional Designer (Distance Education) "
          "position, I'm pleased to invite you to the next step: a 20-minute teaching demo followed by "
          "questions from the committee, all over Zoom. The committee is me, Marcus Eide (faculty, "
          "Instructional Technology) and Rosa Delgado (Distance Education Coordinator).\n\n"
          "For the demo, please teach us a short segment of an online module as if we were your "
          "students. Screen sharing is fine.\n\n"
          "Would Thu 3/12 @ 4:30p PST work? Plan on an hour in total.\n\n"
          "Best,\nLillian\n\n"
          "Lillian Cho, Ed.D.\nDean, Online Learning & Educational Technology\n"
          "Palo Seco Community College | 2100 Mission Palms Blvd, Riverside, CA 92506\n(951) 555-0164")
    m1 = mid("c04a", "pscc.example")
    d2 = D(2026, 3, 4, 11, 47)
    t2 = ("Dear Dr. Cho,\n\nThank you! Thursday 3/12 at 4:30 works well. Just to confirm, that's "
          "4:30 Pacific - I'm in Arizona time (same as Pacific right now), so it's 4:30 for me too.\n\n"
          "I look forward to meeting the committee.\n\n" + SIG + "\n\n" + quote(t1, frm, d1))
    m2 = mid("c04b", "example.com")
    d3 = D(2026, 3, 4, 13, 20, LA)
    t3 = ("Yes, 4:30 Pacific. Zoom invite to follow from my calendar.\n\nLillian\n\n" + quote(t2, OWNER_FULL, d2))
    s = D(2026, 3, 12, 16, 30, LA)
    e = D(2026, 3, 12, 17, 30, LA)
    z = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ_LA + [
        "BEGIN:VEVENT", f"DTSTAMP:{zt(d3)}",
        f"DTSTART;TZID=America/Los_Angeles:{lt(s)}", f"DTEND;TZID=America/Los_Angeles:{lt(e)}",
        "SUMMARY:Teaching Demo - Instructional Designer (Distance Ed) - M. Keane",
        "UID:ZOOM85520391746@pscc.example", "TZID:America/Los_Angeles",
        "DESCRIPTION:" + esc("Lillian Cho is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom "
                             "Meeting\nhttps://pscc.zoom.example/j/85520391746?pwd=Tq8cXk2\n\nMeeting ID: "
                             "855 2039 1746\nPasscode: 412093\n\nCommittee: Lillian Cho, Marcus Eide, "
                             "Rosa Delgado"),
        "LOCATION:https://pscc.zoom.example/j/85520391746?pwd=Tq8cXk2",
        "ORGANIZER;CN=Lillian Cho:mailto:lcho@pscc.example",
        att("Marcus Eide", "meide@pscc.example"), att("Rosa Delgado", "rdelgado@pscc.example"),
        att("Marisol Keane", OWNER), "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
        "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    items = [
        ("01-teaching-demo-invitation.eml", mail(frm, OWNER_FULL, "Next step: teaching demo - Instructional "
                                                 "Designer (Distance Ed)", d1, t1, msgid=m1)),
        ("02-re-teaching-demo.eml", mail(OWNER_FULL, frm, "Re: Next step: teaching demo - Instructional "
                                         "Designer (Distance Ed)", d2, t2, msgid=m2, irt=m1, refs=m1)),
        ("03-re-re-teaching-demo.eml", mail(frm, OWNER_FULL, "Re: Next step: teaching demo - Instructional "
                                            "Designer (Distance Ed)", d3, t3, irt=m2, refs=f"{m1} {m2}")),
        ("04-zoom-meeting.ics", z),
    ]
    com = ["lcho@pscc.example", "meide@pscc.example", "rdelgado@pscc.example"]
    lab = label([iv("Palo Seco Community College", "Instructional Designer (Distance Education)", s, e,
                    "scheduled", com, com, "onsite")],
                "hard", "positive/zoom-teaching-demo-dst",
                "'Thu 3/12 @ 4:30p PST' written after the US DST switch means Pacific local time "
                "(PDT, -07:00), confirmed by the candidate ('same as Pacific right now') and by the Zoom "
                ".ics (TZID America/Los_Angeles). Teaching demo + committee Q&A = one interview.")
    return slug, items, lab


@case
def c05():
    slug = "b108-05-greenhouse-denver-mdt-plus-google-invite"
    s = D(2026, 3, 10, 10, 0, DEN)
    e = D(2026, 3, 10, 10, 45, DEN)
    rec = ("Jenna Albright", "jenna.albright@trailmarklearning.example")
    hm = ("Owen Pruitt", "owen.pruitt@trailmarklearning.example")
    d1 = D(2026, 3, 5, 14, 12, DEN)
    t1 = ("Hi Marisol,\n\nYour interview with Trailmark Learning has been confirmed.\n\n"
          "Role: Learning Experience Designer, K-12 Science\n"
          "Interview: Hiring Manager Conversation\n"
          "When: Tuesday, March 10, 2026, 10:00 AM - 10:45 AM MDT (Mountain Time - Denver)\n"
          "Interviewer: Owen Pruitt, Director of Learning Design\n"
          "Where: Google Meet (link in the calendar invitation)\n\n"
          "Need to make a change? Reply to this email and Jenna will help.\n\n"
          "Best,\nJenna Albright\nRecruiting Coordinator, Trailmark Learning\n\n"
          "Powered by Greenhouse")
    gh = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Scheduling//EN",
              "METHOD:REQUEST", "BEGIN:VEVENT", "UID:gh-int-20457731@greenhouse-mail.example",
              f"DTSTAMP:{zt(d1)}", f"DTSTART:{zt(s)}", f"DTEND:{zt(e)}",
              "SUMMARY:Interview with Trailmark Learning - Learning Experience Designer\\, K-12 Science",
              "DESCRIPTION:Hiring Manager Conversation with Owen Pruitt",
              f"ORGANIZER;CN=Jenna Albright:mailto:{rec[1]}", att(OWNER_NAME, OWNER),
              "END:VEVENT", "END:VCALENDAR"])
    d2 = D(2026, 3, 5, 14, 20, DEN)
    desc = ("Hiring manager conversation for Learning Experience Designer, K-12 Science.\n"
            "Owen will ask about your curriculum work and how you think about adult learners.\n\n"
            "Join with Google Meet: https://meet.google.example/tkq-pwzr-aan")
    gcal = google_ics("5p2kq8c1m0r7t4vd9hsl3a6e2b@google.com", s, e,
                      "Marisol Keane <> Owen Pruitt | Trailmark Learning", rec,
                      [rec, hm, (OWNER, OWNER)], desc, stamp=d2)
    gt = ("Marisol Keane <> Owen Pruitt | Trailmark Learning\n"
          "Tuesday Mar 10, 2026 \u22c5 9am \u2013 9:45am\nMountain Standard Time - Phoenix\n\n"
          "Join with Google Meet\nhttps://meet.google.example/tkq-pwzr-aan\n\n"
          "Organizer\nJenna Albright\n" + rec[1] + "\n\nGuests\nJenna Albright - organizer\n" + rec[1] +
          "\nOwen Pruitt\n" + hm[1] + "\n" + OWNER + "\n\n" + desc + "\n\n~~//~~\n"
          "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee "
          "on the event.")
    items = [
        ("01-greenhouse-interview-confirmed.eml",
         mail("Trailmark Learning <no-reply@greenhouse-mail.example>", OWNER,
              "Interview Confirmation: Trailmark Learning - Learning Experience Designer, K-12 Science", d1, t1,
              html_of(t1), reply_to=f"{rec[0]} <{rec[1]}>", cte="quoted-printable",
              attach=[("interview.ics", gh.encode(), "text", "calendar")])),
        ("02-google-invitation.eml",
         mail(f"{rec[0]} <{rec[1]}>", OWNER, "Invitation: Marisol Keane <> Owen Pruitt | Trailmark Learning "
              "@ Tue Mar 10, 2026 9am - 9:45am (MST) (" + OWNER + ")", d2.astimezone(UTC), gt, html_of(gt),
              sender="Google Calendar <calendar-notification@google.example>", reply_to=f"{rec[0]} <{rec[1]}>",
              cte="quoted-printable", cal=gcal,
              attach=[("invite.ics", gcal.encode(), "application", "ics")])),
    ]
    lab = label([iv("Trailmark Learning", "Learning Experience Designer, K-12 Science", s, e, "scheduled",
                    [hm[1]], [hm[1]], "hiring_manager")],
                "hard", "positive/greenhouse-dedupe-tz",
                "Greenhouse confirmation says 10:00 MDT (Denver, DST since Mar 8 -> -06:00); Google invite "
                "renders the same instant as 9am 'Mountain Standard Time - Phoenix'. ONE interview.")
    return slug, items, lab


@case
def c06():
    slug = "b108-06-calendly-recruiter-screen-noon-html-only"
    s = D(2026, 3, 2, 12, 0)
    e = D(2026, 3, 2, 12, 30)
    d1 = D(2026, 2, 26, 19, 48)
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#1a1a1a\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"560\"><tr><td>"
            "<p>Hi Marisol Keane,</p><p>A new event has been scheduled.</p>"
            "<p><b>Event Type:</b><br>Lumenfield Intro Call - Learning Experience Designer</p>"
            "<p><b>Invitee:</b><br>Marisol Keane<br>marisol.keane@example.com</p>"
            "<p><b>Event Date/Time:</b><br>12:00pm - 12:30pm, Monday, March 2, 2026 (Arizona Time)</p>"
            "<p><b>Host:</b><br>Dana Whitcomb (dana.whitcomb@lumenfield.example)</p>"
            "<p><b>Location:</b><br>Phone call. Dana will call you at +1 602-555-0173.</p>"
            "<p><b>Questions:</b><br>What drew you to instructional design?<br>"
            "I've built most of my district's chemistry units in Canvas and want to do this full time.</p>"
            "<p><a href=\"https://calendly.example/cancellations/7b1e\">Cancel</a> | "
            "<a href=\"https://calendly.example/reschedulings/7b1e\">Reschedule</a></p>"
            "<p style=\"font-size:12px;color:#666\">Sent from Calendly</p>"
            "</td></tr></table></td></tr></table></body></html>")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"DTSTAMP:{zt(d1)}", f"DTSTART:{zt(s)}", f"DTEND:{zt(e)}",
               "UID:calendly-7b1e44c0-2f8a-4d8e-9c51-0d6f0e5e1a21",
               "SUMMARY:Lumenfield Intro Call - Learning Experience Designer (Marisol Keane)",
               "DESCRIPTION:Dana will call you at +1 602-555-0173.",
               "ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@lumenfield.example",
               att(OWNER_NAME, OWNER), "END:VEVENT", "END:VCALENDAR"])
    items = [("01-calendly-new-event.eml",
              mail("Calendly <notifications@calendly.example>", OWNER,
                   "New Event: Marisol Keane - 12:00pm Mon, Mar 2, 2026 - Lumenfield Intro Call", d1, html=html,
                   reply_to="Dana Whitcomb <dana.whitcomb@lumenfield.example>", cte="quoted-printable",
                   attach=[("invite.ics", cal.encode(), "text", "calendar")]))]
    lab = label([iv("Lumenfield", "Learning Experience Designer", s, e, "scheduled",
                    ["dana.whitcomb@lumenfield.example"], ["dana.whitcomb@lumenfield.example"], "phone_screen")],
                "easy", "positive/calendly",
                "HTML-only Calendly booking, noon Arizona Time; recruiter host conducts the screen.")
    return slug, items, lab


@case
def c07():
    slug = "b108-07-reschedule-for-stem-night"
    g = "Gloria Ramirez-Hollis <gramirez@tbesd.example>"
    d1 = D(2026, 3, 30, 8, 15)
    t1 = ("Dear Ms. Keane,\n\nThis confirms your interview for the Instructional Technology Integration "
          "Specialist position on Wednesday, April 8 at 3:45 p.m. at the District Office (Board Room), "
          "3100 E. Palo Verde Ln. You will meet with me and Paul Lindqvist, Coordinator of Educational "
          "Technology (plindqvist@tbesd.example). Please plan for about an hour.\n\n"
          "Sincerely,\nGloria Ramirez-Hollis\nDirector of Teaching & Learning\n"
          "Tierra Blanca Elementary School District No. 14\nOffice: (480) 555-0137")
    m1 = mid("c07a", "tbesd.example")
    d2 = D(2026, 4, 2, 14, 5)
    t2 = ("Dear Ms. Keane,\n\nI'm so sorry to do this - our spring STEM Night was moved to the evening of "
          "April 8 and Paul and I both need to be at Desert Wren Elementary for setup. Could we move your "
          "interview to Monday, April 13 at 4:00 p.m.? Same place, same format.\n\n"
          "Apologies for the change,\nGloria\n\n" + quote(t1, g, d1))
    m2 = mid("c07b", "tbesd.example")
    d3 = D(2026, 4, 2, 15, 31)
    t3 = ("Hi Gloria,\n\nNo problem at all - I've been on the STEM Night side of that myself! Monday, "
          "April 13 at 4:00 works for me.\n\nThank you,\nMarisol\n\n" + quote(t2, g, d2))
    m3 = mid("c07c", "example.com")
    d4 = D(2026, 4, 2, 16, 10)
    t4 = ("Wonderful, you're on the calendar for Monday 4/13 at 4:00. See you then!\n\nGloria\n\n"
          + quote(t3, OWNER_FULL, d3))
    items = [
        ("01-interview-confirmation.eml", mail(g, OWNER_FULL, "Interview Confirmation - Instructional "
                                               "Technology Integration Specialist", d1, t1, cc="Paul Lindqvist "
                                               "<plindqvist@tbesd.example>", msgid=m1)),
        ("02-need-to-move-interview.eml", mail(g, OWNER_FULL, "RE: Interview Confirmation - Instructional "
                                               "Technology Integration Specialist", d2, t2, msgid=m2, irt=m1,
                                               refs=m1, cc="Paul Lindqvist <plindqvist@tbesd.example>")),
        ("03-re-monday-works.eml", mail(OWNER_FULL, g, "RE: Interview Confirmation - Instructional Technology "
                                        "Integration Specialist", d3, t3, msgid=m3, irt=m2, refs=f"{m1} {m2}")),
        ("04-re-on-the-calendar.eml", mail(g, OWNER_FULL, "RE: Interview Confirmation - Instructional "
                                           "Technology Integration Specialist", d4, t4, irt=m3,
                                           refs=f"{m1} {m2} {m3}")),
    ]
    s = D(2026, 4, 13, 16, 0)
    ivs = ["gramirez@tbesd.example", "plindqvist@tbesd.example"]
    lab = label([iv("Tierra Blanca Elementary School District", "Instructional Technology Integration "
                    "Specialist", s, s + timedelta(hours=1), "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/reschedule-thread",
                "Confirmed Wed Apr 8 3:45, moved by the district because of STEM Night to Mon Apr 13 4:00 "
                "('same format' = about an hour). Final state only.")
    return slug, items, lab


@case
def c08():
    slug = "b108-08-hiring-freeze-cancel-exchange-arizona-tz"
    k = ("Keisha Drummond", "kdrummond@nsu.example")
    v = ("Victor Almada", "valmada@nsu.example")
    s = D(2026, 4, 2, 14, 0)
    e = D(2026, 4, 2, 15, 0)
    uid = "040000008200E00074C5B7101A82E00800000000A1F3C2B6D9B9DC01000000000000000010000000E3A5A7C4D2F1B84FA6"
    d1 = D(2026, 3, 24, 11, 2)
    when = "When: Thursday, April 2, 2026 2:00 PM-3:00 PM (UTC-07:00) Arizona."
    t1 = (when + "\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Hi Marisol,\n\nThank you for your interest in the Instructional Designer II position with the "
          "Center for Teaching and Learning. Victor Almada (Associate Director) and I would like to meet "
          "with you for a 60-minute interview over Teams. Please plan to share one course or module you "
          "have designed.\n\nKeisha Drummond\nSenior Instructional Designer & Search Chair\n"
          "Center for Teaching and Learning | Northern Sonora University\n(928) 555-0110\n\n"
          "________________________________________________________________________________\n"
          "Microsoft Teams meeting\nJoin: https://teams.microsoft.example/l/meetup-join/19%3ameeting_NSUctl\n"
          "Meeting ID: 284 117 903 552  Passcode: r8Q3tz\n"
          "________________________________________________________________________________")
    base = ["BEGIN:VCALENDAR", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]

    def ev(method, seq, status, summary):
        return ics(base[:1] + [f"METHOD:{method}"] + base[1:] + VTZ_WIN_AZ + [
            "BEGIN:VEVENT", f"ORGANIZER;CN={k[0]}:mailto:{k[1]}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={v[0]}:mailto:{v[1]}",
            "DESCRIPTION;LANGUAGE=en-US:" + esc(t1 if method == "REQUEST" else "The search has been suspended."),
            f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
            f"DTSTART;TZID=US Mountain Standard Time:{lt(s)}", f"DTEND;TZID=US Mountain Standard Time:{lt(e)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zt(d1 if seq == 0 else d3)}", "TRANSP:OPAQUE",
            f"STATUS:{status}", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if seq else "TENTATIVE"),
            "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if seq else "BUSY"), "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1" if seq == 0 else "X-MICROSOFT-CDO-IMPORTANCE:2",
            "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    d2 = D(2026, 3, 27, 9, 40)
    d3 = D(2026, 3, 27, 9, 44)
    t2 = ("Dear Marisol,\n\nI'm very sorry to have to write this. Yesterday afternoon the Provost announced "
          "an immediate hiring freeze on all staff positions, and the Instructional Designer II search has "
          "been suspended. That means we need to cancel your interview on Thursday, April 2. I'll send the "
          "calendar cancellation separately.\n\nIf the search reopens I will reach out to you personally - "
          "your materials were among the strongest we received.\n\nWith regret,\nKeisha\n\n"
          "Keisha Drummond\nSenior Instructional Designer & Search Chair\nNorthern Sonora University\n"
          "(928) 555-0110")
    exh = {"Thread-Topic": "Interview: Marisol Keane - Instructional Designer II",
           "Content-class": "urn:content-classes:calendarmessage", "X-MS-Has-Attach": ""}
    subj = "Interview: Marisol Keane - Instructional Designer II"
    items = [
        ("01-teams-interview-invite.eml", mail(f"{k[0]} <{k[1]}>", f"{OWNER_NAME} <{OWNER}>, {v[0]} <{v[1]}>",
                                               subj, d1.astimezone(UTC), t1, html_of(t1), cte="quoted-printable",
                                               cal=ev("REQUEST", 0, "CONFIRMED", subj), cal_cte="base64",
                                               extra=exh)),
        ("02-hiring-freeze.eml", mail(f"{k[0]} <{k[1]}>", f"{OWNER_NAME} <{OWNER}>",
                                      "Instructional Designer II - interview cancelled (hiring freeze)",
                                      d2.astimezone(UTC), t2, cc=f"{v[0]} <{v[1]}>")),
        ("03-canceled-teams-interview.eml", mail(f"{k[0]} <{k[1]}>", f"{OWNER_NAME} <{OWNER}>, {v[0]} <{v[1]}>",
                                                 "Canceled: " + subj, d3.astimezone(UTC),
                                                 "The search has been suspended.", cte="quoted-printable",
                                                 cal=ev("CANCEL", 1, "CANCELLED", "Canceled: " + subj),
                                                 cal_method="CANCEL", cal_cte="base64",
                                                 extra=dict(exh, **{"Thread-Topic": subj}))),
    ]
    ivs = [k[1], v[1]]
    lab = label([iv("Northern Sonora University", "Instructional Designer II", s, e, "cancelled", ivs, ivs,
                    "onsite")],
                "medium", "positive/cancellation",
                "Exchange invite with Windows TZID 'US Mountain Standard Time' (Arizona, -07:00), cancelled "
                "by a hiring freeze e-mail and a METHOD:CANCEL; keep as cancelled at last time.")
    return slug, items, lab


@case
def c09():
    slug = "b108-09-two-interviews-same-district-planning-period"
    dy = "Denise Yazzie <dyazzie@cbusd.example>"
    sig = ("Denise Yazzie\nHuman Resources Analyst - Certified Staffing\nCholla Basin Unified School "
           "District\n2205 S. Arrowhead Pkwy, Chandler, AZ 85286 | (480) 555-0155")
    d1 = D(2026, 2, 18, 13, 30)
    t1 = ("Hello Marisol,\n\nThank you for applying for the K-12 Science Curriculum Coordinator position. "
          "I'd like to set up a brief phone screen with you next week. What days and times work best?\n\n" + sig)
    m1 = mid("c09a", "cbusd.example")
    d2 = D(2026, 2, 18, 21, 3)
    t2 = ("Hi Denise,\n\nThank you for reaching out! Tuesday or Thursday during my planning period "
          "(10:10-11:00) would be ideal, since I'm in the classroom the rest of the day.\n\nBest,\n" + SIG
          + "\n\n" + quote(t1, dy, d1))
    m2 = mid("c09b", "example.com")
    d3 = D(2026, 2, 19, 8, 12)
    t3 = ("Perfect - let's do Tuesday at 10:15. I'll call your cell at (602) 555-0173. It should take 30 "
          "minutes at most, so you'll be done before the bell.\n\n" + sig + "\n\n" + quote(t2, OWNER_FULL, d2))
    m3 = mid("c09c", "cbusd.example")
    d4 = D(2026, 2, 26, 15, 50)
    t4 = ("Hi Marisol,\n\nThanks again for speaking with me on Tuesday. Good news - Dr. Carl Hofstadter, "
          "our Director of Curriculum & Instruction (chofstadter@cbusd.example), would like to meet with "
          "you in person. Are you available Monday, March 9 at 4:15 PM at the District Administration "
          "Building, 2nd floor? Plan on about 45 minutes.\n\n" + sig)
    m4 = mid("c09d", "cbusd.example")
    d5 = D(2026, 2, 26, 18, 22)
    t5 = ("Hi Denise,\n\nThat's great news. Monday, March 9 at 4:15 works - I'll see you and Dr. Hofstadter "
          "then.\n\nThank you,\nMarisol\n\n" + quote(t4, dy, d4))
    subj1 = "Phone screen - K-12 Science Curriculum Coordinator"
    subj2 = "Next step - K-12 Science Curriculum Coordinator"
    items = [
        ("01-phone-screen-request.eml", mail(dy, OWNER_FULL, subj1, d1, t1, msgid=m1)),
        ("02-re-planning-period.eml", mail(OWNER_FULL, dy, "Re: " + subj1, d2, t2, msgid=m2, irt=m1, refs=m1)),
        ("03-re-tuesday-1015.eml", mail(dy, OWNER_FULL, "RE: " + subj1, d3, t3, msgid=m3, irt=m2,
                                        refs=f"{m1} {m2}")),
        ("04-next-step-in-person.eml", mail(dy, OWNER_FULL, subj2, d4, t4, msgid=m4,
                                            cc="Carl Hofstadter <chofstadter@cbusd.example>")),
        ("05-re-next-step.eml", mail(OWNER_FULL, dy, "Re: " + subj2, d5, t5, irt=m4, refs=m4,
                                     cc="Carl Hofstadter <chofstadter@cbusd.example>")),
    ]
    s1 = D(2026, 2, 24, 10, 15)
    s2 = D(2026, 3, 9, 16, 15)
    co, role = "Cholla Basin Unified School District", "K-12 Science Curriculum Coordinator"
    lab = label([iv(co, role, s1, s1 + timedelta(minutes=30), "scheduled", ["dyazzie@cbusd.example"],
                    ["dyazzie@cbusd.example"], "phone_screen"),
                 iv(co, role, s2, s2 + timedelta(minutes=45), "scheduled", ["chofstadter@cbusd.example"],
                    ["chofstadter@cbusd.example"], "hiring_manager")],
                "hard", "positive/two-interviews",
                "Phone screen during planning period (Tue Feb 24 10:15, 30 min, HR analyst calls) and an "
                "in-person interview with the C&I director (Mon Mar 9 4:15 PM, 45 min; Arizona stays -07:00 "
                "after the US DST switch).")
    return slug, items, lab


@case
def c10():
    slug = "b108-10-handshake-interview-plus-interviewer-note"
    s = D(2026, 3, 24, 11, 0)
    e = D(2026, 3, 24, 11, 45)
    d1 = D(2026, 3, 16, 10, 31)
    html = ("<html><body style=\"font-family:Inter,Arial,sans-serif\">"
            "<div style=\"max-width:600px;margin:auto\">"
            "<h2 style=\"font-weight:600\">Your interview is scheduled</h2>"
            "<p>Hi Marisol,</p>"
            "<p><b>Cascadia Polytechnic University</b> scheduled an interview with you for "
            "<b>Instructional Design Fellow (Graduate, Remote)</b>.</p>"
            "<table style=\"border:1px solid #e1e1e1;padding:12px\">"
            "<tr><td>Date</td><td>Tue, Mar 24, 2026</td></tr>"
            "<tr><td>Time</td><td>11:00 AM &ndash; 11:45 AM MST</td></tr>"
            "<tr><td>Type</td><td>Video interview (link below)</td></tr>"
            "<tr><td>Interviewer</td><td>Priya Raman, Lead Instructional Designer</td></tr>"
            "</table>"
            "<p><a href=\"https://app.handshake.example/interviews/992184\">View interview details</a></p>"
            "<p style=\"color:#777;font-size:12px\">You're receiving this because you use Handshake. "
            "Manage notification settings in your account.</p></div></body></html>")
    d2 = D(2026, 3, 19, 16, 45, LA)
    t2 = ("Hi Marisol,\n\nI saw Handshake sent you the confirmation for Tuesday. Just wanted to say hi and "
          "share the video link directly in case the portal gives you trouble:\n"
          "https://cascadiapoly.zoom.example/j/93021774410\n\n"
          "That's 11 Arizona / 11 Pacific. We'll spend most of the time on your unit redesign sample, so feel "
          "free to have it open.\n\nSee you Tuesday,\nPriya\n\n"
          "Priya Raman (she/her)\nLead Instructional Designer, Office of Digital Learning\n"
          "Cascadia Polytechnic University | Seattle, WA | 206-555-0181")
    items = [
        ("01-handshake-interview-scheduled.eml",
         mail("Handshake <notifications@handshake-mail.example>", OWNER,
              "Interview scheduled: Cascadia Polytechnic University", d1, html=html, cte="quoted-printable")),
        ("02-looking-forward-to-tuesday.eml",
         mail("Priya Raman <praman@cascadiapoly.example>", OWNER_FULL, "Looking forward to Tuesday", d2, t2)),
    ]
    lab = label([iv("Cascadia Polytechnic University", "Instructional Design Fellow (Graduate, Remote)", s, e,
                    "scheduled", ["praman@cascadiapoly.example"], ["praman@cascadiapoly.example"],
                    "phone_screen")],
                "medium", "positive/handshake",
                "Handshake (HTML-only) shows 11:00-11:45 MST (viewer time zone = Arizona); interviewer's "
                "note confirms '11 Arizona / 11 Pacific'. ONE interview.")
    return slug, items, lab


@case
def c11():
    slug = "b108-11-forwarded-montreal-14h-et"
    cb = "Camille B\u00e9land <camille.beland@eduvia.example>"
    s = D(2026, 4, 16, 14, 0, MTL)
    e = D(2026, 4, 16, 15, 0, MTL)
    od = D(2026, 4, 9, 15, 12, MTL)
    orig = ("Hi Marisol,\n\n"
            "Thanks for getting back to me so quickly! You're confirmed for your portfolio review on "
            "Thursday, April 16 at 2pm ET (14h ici \u00e0 Montr\u00e9al - that's 11 am for you in Arizona). "
            "You'll meet with Mathieu Girard, our Head of Learning Design "
            "(mathieu.girard@eduvia.example), for 60 minutes. Please be ready to walk him through one or "
            "two projects - a science unit you've rebuilt is perfect.\n\n"
            "The Google Meet link will be in the invite Mathieu sends.\n\n"
            "\u00c0 bient\u00f4t,\nCamille\n\n"
            "Camille B\u00e9land | Talent Acquisition Partner\n"
            "\u00c9duvia Labs | 4200 boul. Saint-Laurent, bureau 600, Montr\u00e9al (QC) H2W 1Z3\n"
            "+1 514 555 0142")
    fd = D(2026, 4, 9, 12, 40)
    t = ("Saving this to my personal account - don't want interview stuff on district email.\n\n"
         "---------- Forwarded message ---------\n"
         f"From: {cb}\n"
         f"Date: {od.strftime('%a, %b %-d, %Y at %-I:%M %p')}\n"
         "Subject: Portfolio review confirmed - \u00c9duvia Labs\n"
         "To: Marisol Keane <mkeane@pvusd.example>\n\n" + orig)
    items = [("01-fwd-portfolio-review-confirmed.eml",
              mail("Marisol Keane <mkeane@pvusd.example>", OWNER,
                   "Fwd: Portfolio review confirmed - \u00c9duvia Labs", fd, t, cte="quoted-printable",
                   mailer="Microsoft Outlook 16.0"))]
    lab = label([iv("\u00c9duvia Labs", None, s, e, "scheduled", ["mathieu.girard@eduvia.example"],
                    ["mathieu.girard@eduvia.example"], "technical")],
                "hard", "positive/forwarded-tz",
                "Forwarded from her district account (quoted-printable, accents). '2pm ET (14h ici a "
                "Montreal - 11 am for you in Arizona)' on Apr 16 = 14:00-04:00 = 11:00-07:00. Role never "
                "stated (only 'portfolio review').")
    return slug, items, lab


@case
def c12():
    slug = "b108-12-berlin-uhr-google-invite-then-withdrawal"
    jh = ("Jana Hoffmeister", "jana.hoffmeister@klassenfuchs.example")
    lb = ("Lukas Brandt", "lukas.brandt@klassenfuchs.example")
    s = D(2026, 3, 31, 14, 0, BER)
    e = D(2026, 3, 31, 14, 45, BER)
    d1 = D(2026, 3, 20, 17, 5, BER)
    t1 = ("Hi Marisol,\n\nthank you for your application as Instructional Designer (US Market). Lukas Brandt, "
          "our Head of Content, would like to speak with you for 45 minutes. Would Tuesday, 31 March at "
          "14:00 Uhr Berlin time work? I know that is early for you - since our clocks change on the 29th "
          "it will be 5:00 in the morning in Arizona. If that is too early, we can try 16:00 Uhr.\n\n"
          "Viele Gr\u00fc\u00dfe / best regards\nJana Hoffmeister\nPeople & Culture | Klassenfuchs GmbH\n"
          "Oranienstra\u00dfe 183, 10999 Berlin\nTel. +49 30 5557 2210")
    m1 = mid("c12a", "klassenfuchs.example")
    d2 = D(2026, 3, 20, 13, 15)
    t2 = ("Hi Jana,\n\n5 a.m. is fine - I'm an early riser, and it's before school starts. Tuesday, March 31 "
          "at 14:00 your time works.\n\nBest,\nMarisol\n\n" + quote(t1, f"{jh[0]} <{jh[1]}>", d1))
    m2 = mid("c12b", "example.com")
    d3 = D(2026, 3, 20, 21, 30, BER)
    desc = "Kennenlernen / first interview with Lukas Brandt (Head of Content).\nGoogle Meet: https://meet.google.example/kfx-abqe-tnu"
    gcal = google_ics("0q7hv2kd9s4ne1lmx3gcp8wa5r@google.com", s, e,
                      "Interview Marisol Keane - Instructional Designer (US Market)", jh,
                      [jh, lb, (OWNER, OWNER)], desc, stamp=d3)
    gt = ("Interview Marisol Keane - Instructional Designer (US Market)\n"
          "Tuesday Mar 31, 2026 \u22c5 5am \u2013 5:45am\nMountain Standard Time - Phoenix\n\n"
          "Organizer\nJana Hoffmeister\n" + jh[1] + "\n\nGuests\n" + lb[1] + "\n" + OWNER + "\n\n" + desc)
    d4 = D(2026, 3, 26, 19, 48)
    t4 = ("Hi Jana,\n\nI'm sorry to do this on short notice, but I need to withdraw from the process. After "
          "talking it over with my family I realized that a role on Berlin hours isn't going to work for us "
          "long-term, and I don't want to take Lukas's time. Thank you both for the consideration.\n\n"
          "Best,\nMarisol\n\n" + quote(t1, f"{jh[0]} <{jh[1]}>", d1))
    d5 = D(2026, 3, 27, 9, 2, BER)
    gcal2 = google_ics("0q7hv2kd9s4ne1lmx3gcp8wa5r@google.com", s, e,
                       "Interview Marisol Keane - Instructional Designer (US Market)", jh,
                       [jh, lb, (OWNER, OWNER)], desc, method="CANCEL", seq=1, status="CANCELLED", stamp=d5)
    gt2 = ("This event has been canceled.\n\nInterview Marisol Keane - Instructional Designer (US Market)\n"
           "Tuesday Mar 31, 2026 \u22c5 5am \u2013 5:45am\nMountain Standard Time - Phoenix\n\n"
           "Organizer\nJana Hoffmeister\n" + jh[1])
    gsend = "Google Calendar <calendar-notification@google.example>"
    items = [
        ("01-interview-proposal.eml", mail(f"{jh[0]} <{jh[1]}>", OWNER_FULL, "Klassenfuchs - Interview "
                                           "Instructional Designer (US Market)", d1, t1, msgid=m1,
                                           cte="quoted-printable")),
        ("02-re-14-uhr-works.eml", mail(OWNER_FULL, f"{jh[0]} <{jh[1]}>", "Re: Klassenfuchs - Interview "
                                        "Instructional Designer (US Market)", d2, t2, msgid=m2, irt=m1, refs=m1)),
        ("03-google-invitation.eml", mail(f"{jh[0]} <{jh[1]}>", OWNER, "Invitation: Interview Marisol Keane - "
                                          "Instructional Designer (US Market) @ Tue Mar 31, 2026 5am - 5:45am "
                                          "(MST) (" + OWNER + ")", d3.astimezone(UTC), gt, html_of(gt),
                                          sender=gsend, cte="quoted-printable", cal=gcal,
                                          attach=[("invite.ics", gcal.encode(), "application", "ics")])),
        ("04-withdrawing.eml", mail(OWNER_FULL, f"{jh[0]} <{jh[1]}>", "Re: Klassenfuchs - Interview "
                                    "Instructional Designer (US Market)", d4, t4, irt=m1, refs=f"{m1} {m2}")),
        ("05-google-canceled-event.eml", mail(f"{jh[0]} <{jh[1]}>", OWNER, "Canceled event: Interview Marisol "
                                              "Keane - Instructional Designer (US Market) @ Tue Mar 31, 2026 "
                                              "5am - 5:45am (MST) (" + OWNER + ")", d5.astimezone(UTC), gt2,
                                              html_of(gt2), sender=gsend, cte="quoted-printable", cal=gcal2,
                                              cal_method="CANCEL",
                                              attach=[("invite.ics", gcal2.encode(), "application", "ics")])),
    ]
    lab = label([iv("Klassenfuchs GmbH", "Instructional Designer (US Market)", s, e, "cancelled", [lb[1]],
                    [lb[1]], "hiring_manager")],
                "hard", "positive/cancellation-withdrawal",
                "'14:00 Uhr Berlin time' on Tue Mar 31 (CEST +02:00, two days after EU DST) = 5:00 Phoenix; "
                "Google invite then candidate withdrawal and Google METHOD:CANCEL -> cancelled.")
    return slug, items, lab


@case
def c13():
    slug = "b108-13-half-past-ten-email-plus-gcal-json"
    so = ("Samuel Oyelaran", "soyelaran@rrsu.example")
    hw = ("Hannah Whitley", "hwhitley@rrsu.example")
    s = D(2026, 4, 21, 10, 30)
    e = D(2026, 4, 21, 12, 0)
    d1 = D(2026, 4, 14, 16, 20)
    t1 = ("Marisol -\n\nHannah and I really enjoyed your materials. For the final round, would Tuesday the "
          "21st at half past ten work? You'd walk us through a sample module for about 20 minutes and then "
          "we'd talk about the role; we'll wrap up by noon. It will be on Zoom, Arizona time obviously. "
          "I'll put it on the calendar.\n\nSam\n\n--\nSamuel Oyelaran, Ph.D.\n"
          "Director, Instructional Design & Media Services\nRed Rock State University\n"
          "PO Box 5512, Flagstaff, AZ 86011 | 928-555-0196")
    ev = {
        "kind": "calendar#event", "etag": "\"3489117702214000\"", "id": "4kd8s0rfq2v7m3lhz6ab1wyc9e",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NGtkOHMwcmZxMnY3bTNsaHo2YWIxd3ljOWU",
        "created": "2026-04-14T23:31:07.000Z", "updated": "2026-04-14T23:33:51.107Z",
        "summary": "Final interview: Marisol Keane (Instructional Designer) - sample module + conversation",
        "description": "Sample module walkthrough (~20 min), then conversation with Sam and Hannah.\n"
                       "Zoom: https://rrsu.zoom.example/j/91733002815",
        "location": "https://rrsu.zoom.example/j/91733002815",
        "creator": {"email": so[1], "displayName": so[0]},
        "organizer": {"email": so[1], "displayName": so[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Phoenix"},
        "end": {"dateTime": iso(e), "timeZone": "America/Phoenix"},
        "iCalUID": "4kd8s0rfq2v7m3lhz6ab1wyc9e@google.com", "sequence": 0,
        "attendees": [
            {"email": so[1], "displayName": so[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hw[1], "displayName": hw[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    items = [
        ("01-final-round.eml", mail(f"{so[0]} <{so[1]}>", OWNER_FULL, "Final round", d1, t1,
                                    cc=f"{hw[0]} <{hw[1]}>")),
        ("02-final-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n"),
    ]
    ivs = [so[1], hw[1]]
    lab = label([iv("Red Rock State University", "Instructional Designer", s, e, "scheduled", ivs, ivs,
                    "onsite")],
                "medium", "positive/gcal-json-dedupe",
                "'Tuesday the 21st at half past ten ... wrap up by noon' + Calendar API event in "
                "America/Phoenix: ONE interview 10:30-12:00 -07:00, sample module walkthrough is part of it.")
    return slug, items, lab


# ================================================================ NEGATIVES
@case
def c14():
    slug = "b108-14-parent-teacher-conference"
    pr = "Rosa Morales <rmorales.family@mail.example>"
    d1 = D(2026, 2, 9, 19, 2)
    t1 = ("Hi Ms. Keane,\n\nThis is Jaden Morales's mom (Chemistry, 3rd period). I saw his grade dropped "
          "to a D and I'd like to schedule a call or come in to talk about what he's missing. Can we meet "
          "Thursday at 3:45 after dismissal? I can be there in person.\n\nThank you,\nRosa Morales\n"
          "(602) 555-0188")
    m1 = mid("c14a", "mail.example")
    d2 = D(2026, 2, 9, 20, 30)
    t2 = ("Hi Mrs. Morales,\n\nThank you for reaching out. Thursday at 3:45 works - I booked us a "
          "conference slot through the school scheduler so the front office knows you're coming. We'll "
          "meet in Room 214. I'll have his missing labs printed out.\n\n" + SIG + "\n\n" + quote(t1, pr, d1))
    s = D(2026, 2, 12, 15, 45)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ConferenceSlot//Scheduler//EN", "METHOD:REQUEST"]
              + VTZ_PHX + ["BEGIN:VEVENT", "UID:cs-pvusd-crhs-20260212-1545-214@conferenceslot.example",
                           f"DTSTAMP:{zt(d2)}", f"DTSTART;TZID=America/Phoenix:{lt(s)}",
                           f"DTEND;TZID=America/Phoenix:{lt(s + timedelta(minutes=20))}",
                           "SUMMARY:Parent-Teacher Conference: Jaden Morales (Chemistry P3)",
                           "LOCATION:Camelback Ridge HS - Room 214",
                           "ORGANIZER;CN=Marisol Keane:mailto:mkeane@pvusd.example",
                           att("Rosa Morales", "rmorales.family@mail.example"), att(OWNER_NAME, OWNER),
                           "END:VEVENT", "END:VCALENDAR"])
    items = [
        ("01-can-we-meet-thursday.eml", mail(pr, OWNER_FULL, "Jaden's chemistry grade", d1, t1, msgid=m1)),
        ("02-re-conference-booked.eml", mail(OWNER_FULL, pr, "Re: Jaden's chemistry grade", d2, t2, irt=m1,
                                             refs=m1)),
        ("03-conference-slot.ics", cal),
    ]
    lab = label([], "hard", "negative/parent-teacher-conference",
                "Parent asks 'Can we meet Thursday at 3:45 after dismissal?' - a parent-teacher conference "
                "she hosts as the teacher; .ics is the booking. Not a job interview.")
    return slug, items, lab


@case
def c15():
    slug = "b108-15-iep-meeting-exchange-invite"
    o = ("Dolores Fitzgerald", "dfitzgerald@pvusd.example")
    s = D(2026, 3, 5, 7, 15)
    e = D(2026, 3, 5, 8, 0)
    d1 = D(2026, 2, 25, 13, 10)
    t1 = ("When: Thursday, March 5, 2026 7:15 AM-8:00 AM (UTC-07:00) Arizona.\nWhere: CRHS Conference Room "
          "C / Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Good afternoon team,\n\nPlease join us for the annual IEP review and 3-year reevaluation for "
          "student A.T. (Grade 10). Ms. Keane, as the general education teacher, please bring current "
          "grades and work samples. Our school psychologist, Dr. Renfro, will interview you briefly about "
          "classroom behaviors for the reevaluation; the student has also been invited as a transition "
          "candidate for the district's CTE program, which we will discuss.\n\n"
          "Parent has confirmed by phone. Please do not forward - this meeting contains confidential "
          "student information (FERPA).\n\nDolores Fitzgerald\nExceptional Student Services - Case Manager\n"
          "Camelback Ridge High School | (602) 555-0104")
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ_WIN_AZ + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={o[0]}:mailto:{o[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Neil Renfro:mailto:nrenfro@pvusd.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yvonne Pratt:mailto:ypratt@pvusd.example",
        "DESCRIPTION;LANGUAGE=en-US:" + esc(t1), "UID:040000008200E00074C5B7101A82E0080000000077AB8D0C2EA6DC01",
        "SUMMARY;LANGUAGE=en-US:IEP Annual Review / Reevaluation - A.T. (Gr. 10)",
        f"DTSTART;TZID=US Mountain Standard Time:{lt(s)}", f"DTEND;TZID=US Mountain Standard Time:{lt(e)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zt(d1)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:CRHS Conference Room C / Teams", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    items = [("01-iep-meeting-invite.eml",
              mail(f"{o[0]} <{o[1]}>", f"{OWNER_NAME} <{OWNER}>, Neil Renfro <nrenfro@pvusd.example>",
                   "IEP Annual Review / Reevaluation - A.T. (Gr. 10)", d1.astimezone(UTC), t1, html_of(t1),
                   cte="quoted-printable", cal=cal, cal_cte="base64",
                   extra={"Content-class": "urn:content-classes:calendarmessage",
                          "Sensitivity": "Company-Confidential"}))]
    lab = label([], "hard", "negative/iep-meeting",
                "Exchange invite for an IEP meeting at her current school ('psychologist will interview you', "
                "'candidate for CTE'). Not a job interview.")
    return slug, items, lab


@case
def c16():
    slug = "b108-16-pd-webinar-interviewing-students"
    s = D(2026, 3, 18, 16, 0, NY)
    e = D(2026, 3, 18, 17, 0, NY)
    d1 = D(2026, 3, 6, 10, 14, NY)
    t1 = ("Hi Marisol,\n\nThank you for registering for \"Interviewing Students: Using Clinical Interviews to "
          "Uncover Science Misconceptions\".\n\n"
          "Date & Time: Mar 18, 2026 04:00 PM Eastern Time (US and Canada)\n"
          "(1:00 PM Arizona)\n\n"
          "Presenters: Dr. Naomi Feldstein and Carlos Ybarra, Science Teaching Collaborative\n\n"
          "In this 60-minute session you'll learn how to plan and run a 5-minute one-on-one interview with "
          "a student, what questions to ask a candidate explanation, and how to schedule interview rounds "
          "during a unit. Participants earn 1 professional development hour.\n\n"
          "Join from PC, Mac, iPad, or Android: https://stc.zoom.example/w/86622019934?tk=Yb2k\n"
          "Passcode: 332781\n\n"
          "You can cancel your registration at any time.\n\nScience Teaching Collaborative\n"
          "webinars@scienceteaching.example")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"DTSTAMP:{zt(d1)}", f"DTSTART:{zt(s)}", f"DTEND:{zt(e)}",
               "SUMMARY:Interviewing Students: Using Clinical Interviews to Uncover Science Misconceptions",
               "UID:ZOOMW86622019934@scienceteaching.example",
               "DESCRIPTION:https://stc.zoom.example/w/86622019934?tk=Yb2k",
               "ORGANIZER;CN=Science Teaching Collaborative:mailto:webinars@scienceteaching.example",
               "END:VEVENT", "END:VCALENDAR"])
    items = [("01-webinar-registration-confirmed.eml",
              mail("Science Teaching Collaborative <no-reply@zoom.example>", OWNER,
                   "Interviewing Students: Using Clinical Interviews to Uncover Science Misconceptions "
                   "Confirmation", d1, t1, html_of(t1), reply_to="webinars@scienceteaching.example",
                   attach=[("iCalendar.ics", cal.encode(), "text", "calendar")]))]
    lab = label([], "hard", "negative/pd-webinar",
                "Zoom webinar registration for a PD session about interviewing students. Not a job interview.")
    return slug, items, lab


@case
def c17():
    slug = "b108-17-alumni-admissions-interviewer"
    frm = "Whitcombe College Alumni Interview Program <alumniinterviews@whitcombe.example>"
    d1 = D(2026, 2, 11, 9, 0, NY)
    t1 = ("Dear Marisol,\n\nThank you for volunteering as an alumni interviewer this season! You have been "
          "assigned a new candidate:\n\n  Applicant: Ethan Park (Class of 2030 applicant, Regular Decision)\n"
          "  School: Desert Vista Preparatory, Phoenix AZ\n  Applicant email: ethan.park.apply@mail.example\n\n"
          "Please contact the candidate within 3 days to schedule the interview, and submit your report "
          "in the Alumni Volunteer Portal within 48 hours of the conversation. Interviews should last 30 to "
          "45 minutes and take place in a public location or by video.\n\n"
          "Thank you for representing Whitcombe!\nOffice of Admission - Alumni Interview Program")
    d2 = D(2026, 2, 12, 18, 40)
    t2 = ("Hi Ms. Keane,\n\nThank you for reaching out! Saturday, February 21 at 10:00 AM at Lux Coffee on "
          "Central works great for my interview. I'll be wearing a green Desert Vista hoodie.\n\n"
          "Thanks,\nEthan Park")
    items = [
        ("01-new-candidate-assigned.eml", mail(frm, OWNER, "Alumni Interview assignment: Ethan Park", d1, t1)),
        ("02-re-interview-saturday.eml", mail("Ethan Park <ethan.park.apply@mail.example>", OWNER_FULL,
                                              "Re: Whitcombe College alumni interview", d2, t2)),
    ]
    lab = label([], "hard", "negative/user-is-interviewer-admissions",
                "She conducts a college admissions interview as an alumna volunteer ('candidate', 'schedule "
                "the interview', confirmed Saturday 10 AM). Not her job interview.")
    return slug, items, lab


@case
def c18():
    slug = "b108-18-substitute-assignment-absence"
    frm = "SubLine Absence Management <notifications@subline.example>"
    d1 = D(2026, 3, 9, 6, 2)
    t1 = ("Absence Confirmation #A-2291847\n\n"
          "Employee: Marisol Keane\nSchool: Camelback Ridge High School\nPosition: Teacher - Science "
          "(Chemistry / Biology)\n\nDate: Wednesday, 3/11/2026\nTime: 7:15 AM - 2:45 PM (Full Day)\n"
          "Reason: Personal Business\n\nStatus: FILLED\nSubstitute: Gary Nakamura\n\n"
          "Your job has been filled. The substitute will call in to the front office on arrival. Please "
          "upload lesson plans and your class schedule/roster to the Attachments tab before 6:00 AM on the "
          "day of the absence.\n\nTo view or cancel this absence, log in at https://app.subline.example or "
          "call the SubLine phone system at 1-800-555-0109 (PIN required).\n\n"
          "Papago Valley Unified School District - Human Resources")
    items = [("01-absence-filled.eml", mail(frm, OWNER, "Absence #A-2291847 filled - Wed 3/11/2026", d1, t1))]
    lab = label([], "medium", "negative/substitute-assignment",
                "Absence-management notice: a substitute fills her class on 3/11. No interview information.")
    return slug, items, lab


@case
def c19():
    slug = "b108-19-teacher-job-fair-onsite-interviews"
    frm = "AZ Educator Recruitment Network <events@azedrecruit.example>"
    d1 = D(2026, 3, 2, 7, 30)
    s = D(2026, 4, 11, 9, 0)
    e = D(2026, 4, 11, 13, 0)
    html = ("<html><body style=\"font-family:Georgia,serif\"><h1>Spring Educator Job Fair</h1>"
            "<p>Hi Marisol,</p><p>You're registered! Meet principals and HR teams from <b>35+ Arizona school "
            "districts, charter networks and colleges</b> - many will conduct <b>on-the-spot interviews</b> "
            "and some candidates leave with contingent offers.</p>"
            "<p><b>Saturday, April 11, 2026 &middot; 9:00 AM - 1:00 PM</b><br>"
            "Phoenix Convention Center, West Hall 301</p>"
            "<ul><li>Bring 15 copies of your resume</li><li>Dress for an interview</li>"
            "<li>Have your fingerprint clearance card number ready</li></ul>"
            "<p>Add it to your calendar with the attached file.</p>"
            "<p style=\"font-size:11px\">AZ Educator Recruitment Network, 1 N. Central Ave, Phoenix AZ. "
            "<a href=\"https://azedrecruit.example/unsub\">Unsubscribe</a></p></body></html>")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AZEdRecruit//Events//EN", "METHOD:PUBLISH"]
              + VTZ_PHX + ["BEGIN:VEVENT", "UID:spring-job-fair-2026@azedrecruit.example", f"DTSTAMP:{zt(d1)}",
                           f"DTSTART;TZID=America/Phoenix:{lt(s)}", f"DTEND;TZID=America/Phoenix:{lt(e)}",
                           "SUMMARY:Spring Educator Job Fair - on-site interviews",
                           "LOCATION:Phoenix Convention Center\\, West Hall 301",
                           "DESCRIPTION:Meet 35+ districts. Bring resumes. On-the-spot interviews.",
                           "END:VEVENT", "END:VCALENDAR"])
    items = [
        ("01-job-fair-registration.eml", mail(frm, OWNER, "You're registered: Spring Educator Job Fair (Apr 11)",
                                              d1, html=html, cte="quoted-printable")),
        ("02-spring-educator-job-fair.ics", cal),
    ]
    lab = label([], "hard", "negative/job-fair",
                "Job fair registration + .ics promising on-the-spot interviews; no specific interview booked.")
    return slug, items, lab


@case
def c20():
    slug = "b108-20-fingerprint-clearance-appointment"
    frm = "PrintPoint Fingerprinting <appointments@printpoint.example>"
    d1 = D(2026, 4, 3, 12, 51)
    s = D(2026, 4, 7, 15, 45)
    t1 = ("Appointment Confirmed\n\nMarisol Keane, your fingerprinting appointment is scheduled.\n\n"
          "Service: Arizona IVP Fingerprint Clearance Card (DPS) - Employment / School District new hire\n"
          "Date: Tuesday, April 7, 2026\nTime: 3:45 PM (please arrive 10 minutes early)\n"
          "Location: PrintPoint - Phoenix Midtown, 3300 N. Central Ave, Suite 140, Phoenix, AZ 85012\n"
          "Confirmation #: PP-7Q3M-88K1\n\n"
          "Bring: government-issued photo ID, the employer's ORI/applicant code if provided by your hiring "
          "district, and your completed application form. Candidates for school positions must list the "
          "hiring district on the form.\n\nNeed to reschedule? Call (602) 555-0107 or use the link below.\n"
          "https://printpoint.example/appt/PP-7Q3M-88K1")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PrintPoint//Booking//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:PP-7Q3M-88K1@printpoint.example", f"DTSTAMP:{zt(d1)}",
               f"DTSTART:{zt(s)}", f"DTEND:{zt(s + timedelta(minutes=15))}",
               "SUMMARY:Fingerprint appointment - PrintPoint Phoenix Midtown",
               "LOCATION:3300 N. Central Ave\\, Suite 140\\, Phoenix\\, AZ 85012", "END:VEVENT", "END:VCALENDAR"])
    items = [("01-fingerprint-appointment.eml", mail(frm, OWNER, "Your fingerprint appointment is confirmed - "
                                                     "Tue Apr 7, 3:45 PM", d1, t1, html_of(t1),
                                                     attach=[("appointment.ics", cal.encode(), "text", "calendar")]))]
    lab = label([], "medium", "negative/background-check",
                "Fingerprint clearance card appointment (hiring-related but not an interview).")
    return slug, items, lab


@case
def c21():
    slug = "b108-21-she-sits-on-hiring-committee"
    pr = ("Antonio Villaseñor", "avillasenor@pvusd.example")
    d1 = D(2026, 3, 18, 14, 55)
    t1 = ("Hi Marisol,\n\nThanks for agreeing to sit on the interview committee for the Biology teacher "
          "opening. We have three candidates on Tuesday, 3/24 starting at 3:45 after dismissal, 30 minutes "
          "each, in the library conference room. I'll send the interview questions and scoring rubric "
          "Monday - please take the lab safety and classroom management questions.\n\n"
          "Calendar invite coming from my Google calendar.\n\nAntonio\n\n"
          "Antonio Villaseñor, Principal\nCamelback Ridge High School\n(602) 555-0100")
    s = D(2026, 3, 24, 15, 45)
    e = D(2026, 3, 24, 17, 15)
    d2 = D(2026, 3, 18, 15, 2)
    desc = ("Biology teacher candidate interviews - committee: A. Villaseñor, M. Keane, J. Brooks.\n"
            "3:45 candidate 1, 4:15 candidate 2, 4:45 candidate 3. Rubric in shared drive.")
    gcal = google_ics("7hqv1u3lm9c0k2xsd8p4na6bte@google.com", s, e, "Biology Teacher Interviews (committee)",
                      pr, [pr, ("Marisol Keane", OWNER), ("Jerome Brooks", "jbrooks@pvusd.example")], desc,
                      stamp=d2, location="CRHS Library Conference Room")
    gt = ("Biology Teacher Interviews (committee)\nTuesday Mar 24, 2026 \u22c5 3:45pm \u2013 5:15pm\n"
          "Mountain Standard Time - Phoenix\n\nCRHS Library Conference Room\n\n" + desc)
    items = [
        ("01-interview-committee.eml", mail(f"{pr[0]} <{pr[1]}>", OWNER_FULL, "Bio interviews Tuesday", d1, t1,
                                            mailer="iPhone Mail (22D63)")),
        ("02-google-invitation.eml", mail(f"{pr[0]} <{pr[1]}>", OWNER, "Invitation: Biology Teacher Interviews "
                                          "(committee) @ Tue Mar 24, 2026 3:45pm - 5:15pm (MST) (" + OWNER + ")",
                                          d2.astimezone(UTC), gt, html_of(gt),
                                          sender="Google Calendar <calendar-notification@google.example>",
                                          cte="quoted-printable", cal=gcal,
                                          attach=[("invite.ics", gcal.encode(), "application", "ics")])),
    ]
    lab = label([], "hard", "negative/user-is-interviewer",
                "She is on her school's hiring committee interviewing biology teacher candidates. Not her "
                "interview.")
    return slug, items, lab


@case
def c22():
    slug = "b108-22-portal-select-interview-slot-unbooked"
    frm = "Saguaro Sky Community College District <do-not-reply@jobs-peopledesk.example>"
    d1 = D(2026, 3, 16, 10, 5)
    t1 = ("Dear Marisol Keane,\n\nCongratulations! The search committee for Instructional Design "
          "Specialist (Posting #ST-2026-114) has selected you for a first-round interview.\n\n"
          "Please log in to your applicant account and choose an interview time from the available slots "
          "(Monday, March 23 through Wednesday, March 25, between 9:00 AM and 3:00 PM Arizona time). "
          "Interviews are 45 minutes and will be held via Zoom. Slots are first-come, first-served.\n\n"
          "Select your interview time: https://saguarosky.jobs-peopledesk.example/applicant/interviews/55810\n\n"
          "If none of the times work, contact Mateo Quiroga, HR Generalist, at mquiroga@sscc.example.\n\n"
          "Saguaro Sky Community College District - Human Resources\nThis is an automated message.")
    d2 = D(2026, 3, 19, 10, 5)
    t2 = ("Dear Marisol Keane,\n\nReminder: you have not yet selected an interview time for Instructional "
          "Design Specialist (Posting #ST-2026-114). Slots close Friday, March 20 at 5:00 PM.\n\n"
          "https://saguarosky.jobs-peopledesk.example/applicant/interviews/55810\n\n"
          "Saguaro Sky Community College District - Human Resources")
    items = [
        ("01-selected-for-interview.eml", mail(frm, OWNER, "Interview Invitation - Instructional Design "
                                               "Specialist (#ST-2026-114)", d1, t1)),
        ("02-reminder-select-time.eml", mail(frm, OWNER, "Action needed: select your interview time", d2, t2)),
    ]
    lab = label([], "hard", "negative/availability-request",
                "PeopleAdmin-like portal asks her to pick an interview slot; never booked. Unbooked "
                "scheduling request = not an interview.")
    return slug, items, lab


def main():
    labels = {}
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b108-"):
            shutil.rmtree(p)
    for fn in CASES:
        slug, items, lab = fn()
        d = HERE / slug
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[slug] = lab
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
